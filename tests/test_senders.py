"""Issue 14, hardening: who a mail is from, who may change a request, and references nobody can guess.

- Addresses are parsed from the raw header before encoded names are decoded: "Ó Dálaigh, Ciarán"
  and "Zieliński, Piotr" (tests/data/holdout5) keep their real addresses; a name hiding CR/LF and
  a Bcc sends the reply to the real address only; an address list in one From gets no reply.
- A follow-up changes a request only from its thread (requester, people copied, the authority's
  people and trusted domains) and when the From domain did not fail SPF/DKIM/DMARC.
- References read KNO-0013-7QK; a wrong check part finds nothing; the old SB- form still finds
  requests opened before.
"""
from __future__ import annotations

import email
import re
from email import policy
from pathlib import Path

import pytest
import yaml
from sqlalchemy import func, select

from bot import intake, outbox, references
from bot.app import App
from bot.config import ConfigError, load_settings
from bot.demo import SAMPLES, render_sample
from bot.mail import recipients
from bot.models import AuditEvent, OutboxMessage, Request
from bot.parser.auth_results import read as read_auth
from bot.parser.mime import sender_of
from tests.conftest import outbox_messages
from tests.support.smtpd import SmtpServer

HOLDOUT5 = Path(__file__).parent / "data" / "holdout5"


def _msg(headers: str) -> email.message.Message:
    return email.message_from_bytes((headers.strip() + "\r\n\r\nHello\r\n").encode(), policy=policy.compat32)


# --- addresses from the raw header --------------------------------------------------------------

@pytest.mark.parametrize("from_line, name, address", [
    ("=?utf-8?b?w5MgRMOhbGFpZ2gsIENpYXLDoW4=?=\r\n <Ciaran.ODalaigh@knowsley.gov.uk>",
     "Ó Dálaigh, Ciarán", "ciaran.odalaigh@knowsley.gov.uk"),
    ("=?utf-8?q?Zieli=C5=84ski=2C_Piotr?=\r\n <Piotr.Zielinski@towerhamlets.gov.uk>",
     "Zieliński, Piotr", "piotr.zielinski@towerhamlets.gov.uk"),
    ("=?utf-8?q?Claire=0D=0ABcc:_evil@attacker.test=0D=0A?= <claire@partner.example.org>",
     "Claire Bcc: evil@attacker.test", "claire@partner.example.org"),
    ("=?utf-8?q?a=22_=3Cevil=40attacker=2Etest=3E?= <good@partner.example.org>",
     'a" <evil@attacker.test>', "good@partner.example.org"),
    ("Cabdi, Hamdi <Hamdi.Cabdi@towerhamlets.gov.uk>", "Cabdi, Hamdi", "hamdi.cabdi@towerhamlets.gov.uk"),
    ('"alice@partner.example.org" <bob@partner.example.org>', "alice@partner.example.org", "bob@partner.example.org"),
])
def test_the_address_comes_from_the_raw_header_not_the_decoded_name(from_line, name, address):
    s = sender_of(_msg(f"From: {from_line}"))
    assert (s.name, s.address, s.problem) == (name, address, None)
    assert "\r" not in s.name and "\n" not in s.name


@pytest.mark.parametrize("headers, problem", [
    ("From: a@partner.example.org, b@partner.example.org", "more than one address"),
    ("From: Team: a@partner.example.org, b@partner.example.org;", "more than one address"),
    ("From: a@partner.example.org\r\nFrom: b@partner.example.org", "more than one From line"),
    ("From: Adaeze Nwosu-Fletcher", "no address"),
    ("From: <>", "no address"),
    ("From: =?utf-8?q?Zieli=C5=84ski?= <zieli\u0144ski@partner.example.org>".encode().decode("latin-1"), "no address"),
    ("Subject: no sender", "no From line"),
])
def test_no_single_usable_sender_gives_no_address_and_says_why(headers, problem):
    s = sender_of(_msg(headers))
    assert s.address == "" and problem in s.problem


def test_every_holdout5_sender_is_one_real_address():
    for f in sorted(HOLDOUT5.glob("*.eml")):
        s = sender_of(email.message_from_bytes(f.read_bytes(), policy=policy.compat32))
        assert s.problem is None and re.fullmatch(r"[^@\s]+@[a-z0-9.-]+\.[a-z]+", s.address), f.name


def test_outgoing_mail_is_addressed_to_plain_addresses_only():
    assert recipients(["Claire@partner.example.org", " claire@partner.example.org "]) == [
        "Claire@partner.example.org", "claire@partner.example.org"]
    for bad in ("Zieliński, Piotr", "ó", "Claire\r\nBcc: evil@attacker.test", "a@b.org, c@d.org",
                "Claire <claire@partner.example.org>", "zieliński@partner.example.org"):
        with pytest.raises(ValueError, match="not plain email addresses"):
            recipients([bad])


CLAIRE = """From: =?utf-8?q?Claire=0D=0ABcc:_evil@attacker.test=0D=0A?= <claire@{domain}>
To: FamilyFirst0-18DutyMailbox@knowsley.gov.uk
Subject: Enquiry about the step-down form
Date: Mon, 23 Nov 2026 09:30:00 +0000
Message-ID: <claire-1@{domain}>
Content-Type: text/plain; charset=utf-8

Hello, could you tell me where to find the step-down form? Thanks, Claire
"""


def _ingest(app, authority, mailbox, text: str):
    return intake.ingest(app, authority, mailbox, text.replace("\n", "\r\n").encode())


def test_a_name_hiding_a_bcc_gets_the_reply_at_its_own_address_only(tmp_app):
    _ingest(tmp_app, "knowsley", "early_help_duty", CLAIRE.format(domain="knowsley.gov.uk"))
    outbox.deliver_due(tmp_app)
    [ack] = outbox_messages(tmp_app)
    assert ack["To"] == "claire@knowsley.gov.uk" and ack["Bcc"] is None and ack["Cc"] is None
    with tmp_app.Session() as s:
        assert s.scalar(select(OutboxMessage)).recipients == ["claire@knowsley.gov.uk"]
        assert s.scalar(select(Request)).sender == "claire@knowsley.gov.uk"


def test_an_address_list_in_one_from_is_not_answered_and_goes_to_a_person(tmp_app):
    raw = render_sample(SAMPLES / "01_torbay_step_up_complete.eml", tmp_app).decode()
    raw = re.sub(r"(?m)^From: .*$", "From: becca.stentiford@torbay.gov.uk, someone@attacker.test", raw, count=1)
    res = intake.ingest(tmp_app, "torbay", "mash_step_up", raw.encode())
    assert res.review
    with tmp_app.Session() as s:
        req = s.scalar(select(Request))
        assert req.sender == "" and req.next_action == "human_review"
        assert s.scalar(select(func.count()).select_from(OutboxMessage)) == 0


@pytest.fixture
def smtp_app(tmp_config, clock):
    with SmtpServer() as smtp:
        dep = yaml.safe_load((tmp_config / "deployment.yaml").read_text())
        dep["outgoing"] = {"type": "smtp", "smtp": {"host": "127.0.0.1", "port": smtp.port, "security": "none"}}
        (tmp_config / "deployment.yaml").write_text(yaml.safe_dump(dep))
        app = App(load_settings(tmp_config), clock=clock)
        try:
            yield app, smtp
        finally:
            app.close()


def test_acks_to_encoded_names_with_a_comma_reach_the_real_senders_over_smtp(smtp_app):
    app, smtp = smtp_app
    intake.ingest(app, "knowsley", "early_help_duty", (HOLDOUT5 / "knowsley_04.eml").read_bytes())
    intake.ingest(app, "tower_hamlets", "mash_step_up", (HOLDOUT5 / "tower_hamlets_05.eml").read_bytes())
    assert outbox.deliver_due(app) >= 2
    got = smtp.wait_for(2)
    rcpts = sorted(r for m in got for r in m.rcpt_tos)
    assert {"ciaran.odalaigh@knowsley.gov.uk", "piotr.zielinski@towerhamlets.gov.uk"} <= set(rcpts)
    with app.Session() as s:
        assert s.scalar(select(func.count()).select_from(OutboxMessage).where(OutboxMessage.state != "sent")) == 0


# --- references ---------------------------------------------------------------------------------

def test_references_are_short_readable_and_read_back_forgivingly():
    ref = references.make("KNO", 13, "7QK")
    assert ref == "KNO-0013-7QK"
    assert references.parse("kno-0013-7qk").text == ref
    assert references.find("RE: [KNO-0013-7QK] Added to your request").text == ref
    # what people mistype reading it out: O for 0, I or L for 1
    assert references.parse("KNO-0013-O1K").text == references.parse("KNO-0013-OIK").text == "KNO-0013-01K"
    old = references.find("RE: [SB-knowsley-13] info needed")
    assert old.legacy and (old.authority, old.seq) == ("knowsley", 13)
    assert references.find("case EHM-4821-A2B", codes={"KNO"}) is None
    checks = {references.new_check() for _ in range(200)}
    assert len(checks) > 150 and all(re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{3}", c) for c in checks)


def test_a_wrong_check_part_or_an_old_form_number_finds_nothing(tmp_app):
    first = _ingest_step_up(tmp_app)
    with tmp_app.Session() as s:
        req = s.scalar(select(Request))
        assert references.lookup(s, req.reference).id == req.id
        assert references.lookup(s, req.reference.lower()).id == req.id
        wrong = req.reference[:-3] + ("ZZZ" if not req.reference.endswith("ZZZ") else "YYY")
        assert references.lookup(s, wrong) is None
        assert references.lookup(s, f"SB-{req.authority}-{req.seq}") is None  # new requests have no old form
        # a request opened before the new references keeps its old one and is found by it
        req.ref = None
        s.flush()
        assert req.reference == f"SB-{req.authority}-{req.seq}" and references.lookup(s, req.reference).id == req.id
    assert first.reference


def test_two_authorities_may_not_share_a_reference_code(tmp_config):
    dep = yaml.safe_load((tmp_config / "deployment.yaml").read_text())
    dep["authorities"]["torbay"]["reference_code"] = "KNO"
    (tmp_config / "deployment.yaml").write_text(yaml.safe_dump(dep))
    with pytest.raises(ConfigError, match="reference code KNO"):
        load_settings(tmp_config)


# --- who may change a request -------------------------------------------------------------------

REQUESTER = "Ruth.Okonkwo@richmondandwandsworth.gov.uk"

FOLLOW = """From: {sender}
To: MASH-StepUP@richmondandwandsworth.gov.uk
Subject: RE: [{ref}] More needed
Date: Mon, 23 Nov 2026 11:00:00 +0000
Message-ID: <{mid}@example.org>
{extra}Content-Type: text/plain; charset=utf-8

Manager agreement: I agree this step up. Consent has been obtained from mum.
Rationale: the drug use continues in the home.
"""


def _ingest_step_up(app):
    res = intake.ingest(app, "richmond_wandsworth", "mash_step_up",
                        render_sample(SAMPLES / "02_richmond_step_up_incomplete.eml", app))
    assert res.kind == "step_up"
    return res


def _follow(app, ref, sender, mid, extra=""):
    return _ingest(app, "richmond_wandsworth", "mash_step_up",
                   FOLLOW.format(sender=sender, ref=ref, mid=mid, extra=extra))


def _snapshot(app, ref):
    with app.Session() as s:
        req = references.lookup(s, ref)
        return (req.manager_agreed, req.consent, list(req.received_items), len(req.attachments), req.state)


def test_a_stranger_quoting_the_reference_changes_nothing_and_learns_nothing(tmp_app):
    first = _ingest_step_up(tmp_app)
    before = _snapshot(tmp_app, first.reference)
    res = _follow(tmp_app, first.reference, "Helpful Person <someone@attacker.test>", "stranger")
    assert res.review and res.reference != first.reference
    assert _snapshot(tmp_app, first.reference) == before
    with tmp_app.Session() as s:
        new = s.scalar(select(Request).where(Request.ref == res.reference))
        assert new.kind == "other" and new.next_action == "human_review"
        assert {"rule": "unverified_follow_up", "met": False, "claims": first.reference} in new.rule_hits
        assert "Unverified follow-up" in new.evidence["review"]
        assert s.scalar(select(AuditEvent).where(AuditEvent.action == "unverified_follow_up")) is not None
        family = [c.name for c in references.lookup(s, first.reference).children]
    outbox.deliver_due(tmp_app)
    [reply] = [m for m in outbox_messages(tmp_app) if m["To"] == "someone@attacker.test"]
    text = reply.get_body(preferencelist=("plain",)).get_content()
    assert first.reference not in reply["Subject"] + text and "More needed" not in reply["Subject"]
    assert family and not any(part in text + reply["Subject"] for n in family for part in n.split())
    assert "not part of that request's conversation" in text


@pytest.mark.parametrize("sender, extra", [
    (REQUESTER, ""),                                                       # the requester
    ("Keziah Bloom <keziah.bloom@richmondandwandsworth.gov.uk>", ""),       # a configured person
    ("Someone New <someone.new@richmondandwandsworth.gov.uk>", ""),         # the council's trusted domain
])
def test_people_on_the_thread_change_the_request(tmp_app, sender, extra):
    first = _ingest_step_up(tmp_app)
    res = _follow(tmp_app, first.reference, sender, "thread", extra)
    assert res.kind == "follow_up" and res.reference == first.reference
    agreed, consent, items, _, _ = _snapshot(tmp_app, first.reference)
    assert agreed is True or "rationale" in items


def test_someone_copied_on_the_request_may_add_to_it(tmp_app):
    raw = render_sample(SAMPLES / "02_richmond_step_up_incomplete.eml", tmp_app).decode()
    raw = raw.replace("\r\nSubject:", "\r\nCc: =?utf-8?q?Zieli=C5=84ski=2C_Piotr?= <piotr@school.example.org>\r\nSubject:", 1)
    first = intake.ingest(tmp_app, "richmond_wandsworth", "mash_step_up", raw.encode())
    with tmp_app.Session() as s:
        assert references.lookup(s, first.reference).copied == ["piotr@school.example.org"]
    res = _follow(tmp_app, first.reference, "piotr@school.example.org", "copied")
    assert res.reference == first.reference and not res.review
    outsider = _follow(tmp_app, first.reference, "piotr@other-school.example.org", "not-copied")
    assert outsider.reference != first.reference and outsider.review


def test_a_forged_team_manager_failing_dmarc_does_not_set_manager_agreement(tmp_app):
    first = _ingest_step_up(tmp_app)
    before = _snapshot(tmp_app, first.reference)
    forged = ("Authentication-Results: mx.richmondandwandsworth.gov.uk; spf=pass smtp.mailfrom=attacker.test;\n"
              " dkim=none; dmarc=fail (p=none) header.from=richmondandwandsworth.gov.uk\n")
    res = _follow(tmp_app, first.reference, "Imogen Varley <imogen.varley@richmondandwandsworth.gov.uk>",
                  "forged", forged)
    assert res.review and res.reference != first.reference
    assert _snapshot(tmp_app, first.reference) == before
    with tmp_app.Session() as s:
        ev = s.scalar(select(AuditEvent).where(AuditEvent.action == "unverified_follow_up"))
        assert ev.detail["auth_failed"] == ["dmarc"] and ev.detail["authentication"]["dmarc"] == "fail"


def test_a_guessed_reference_with_a_wrong_check_part_is_not_attached(tmp_app):
    first = _ingest_step_up(tmp_app)
    before = _snapshot(tmp_app, first.reference)
    guess = first.reference[:-3] + ("ZZZ" if not first.reference.endswith("ZZZ") else "YYY")
    res = _follow(tmp_app, guess, REQUESTER, "guess")
    assert res.review and res.reference != first.reference
    assert _snapshot(tmp_app, first.reference) == before


def test_authentication_results_are_judged_for_the_from_domain():
    def auth(value, sender="x@council.gov.uk"):
        return read_auth(_msg(f"From: {sender}\r\nAuthentication-Results: {value}"), sender)

    ok = auth("mx.council.gov.uk; spf=pass smtp.mailfrom=council.gov.uk; dkim=pass header.d=council.gov.uk; "
              "dmarc=pass header.from=council.gov.uk")
    assert ok.results == {"spf": "pass", "dkim": "pass", "dmarc": "pass"} and not ok.from_domain_failed
    assert auth("mx; dmarc=fail header.from=council.gov.uk").failed == ("dmarc",)
    assert auth("mx; spf=fail smtp.mailfrom=council.gov.uk").failed == ("spf",)
    assert auth("mx; spf=fail smtp.mailfrom=bounces.mailer.example").failed == ()   # not the From domain
    assert auth("mx; dkim=fail header.d=council.gov.uk").failed == ("dkim",)
    assert auth("mx; dkim=fail header.d=council.gov.uk; dkim=pass header.d=council.gov.uk").failed == ()
    assert read_auth(_msg("From: x@council.gov.uk"), "x@council.gov.uk").results == {}
    assert auth("this is not a header").failed == ()


def test_a_portal_naming_the_requester_in_reply_to_does_not_change_the_request(tmp_app):
    """A portal or online form (From a noreply address) is answered at the one person its Reply-To
    names, but that address is whatever the form was given: it may not change a request."""
    first = _ingest_step_up(tmp_app)
    before = _snapshot(tmp_app, first.reference)
    raw = FOLLOW.format(sender="Online Forms <noreply@forms.example.org>", ref=first.reference, mid="portal", extra="")
    raw = raw.replace("\nTo:", f"\nReply-To: {REQUESTER}\nTo:", 1)
    res = _ingest(tmp_app, "richmond_wandsworth", "mash_step_up", raw)
    assert res.review and res.reference != first.reference
    assert _snapshot(tmp_app, first.reference) == before
