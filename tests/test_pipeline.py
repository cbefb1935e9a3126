"""The walking skeleton end to end: sample mail in a Maildir → intake → handlers → outbox."""
from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from bot import intake, outbox
from bot.demo import SAMPLES, render_sample
from bot.mailbox.maildir import MaildirMailbox
from bot.models import AuditEvent, InboundMessage, OutboxMessage, Request
from bot import protocols
from tests.conftest import outbox_messages, reference_of


def _deliver(app, name: str, authority: str, role: str) -> MaildirMailbox:
    box = app.mailbox(authority, role)
    box.deliver(render_sample(SAMPLES / name, app))
    return box


def _poll(app, authority: str, role: str, box) -> list:
    """One daemon pass over a mailbox (bot.daemon.process_mailbox); the ingest results."""
    from bot.daemon import process_mailbox

    results = []

    def recording(*args, **kw):
        results.append(intake.ingest(*args, **kw))
        return results[-1]

    process_mailbox(app, authority, role, box, ingest=recording)
    return results


def _body(msg) -> str:
    return msg.get_body(preferencelist=("plain",)).get_content()


def test_complete_step_up_is_acknowledged_with_reference(tmp_app):
    box = _deliver(tmp_app, "01_torbay_step_up_complete.eml", "torbay", "mash_step_up")
    [res] = _poll(tmp_app, "torbay", "mash_step_up", box)
    # the reference is short and unguessable: the authority's code, the number, a check part
    assert re.fullmatch(r"TOR-0001-[0-9A-HJKMNP-TV-Z]{3}", res.reference) and res.kind == "step_up" and not res.review
    assert list(box.fetch_new()) == []  # moved to Processed only after commit
    outbox.deliver_due(tmp_app)
    [ack] = [m for m in outbox_messages(tmp_app) if m["Auto-Submitted"] == "auto-replied"]
    assert ack["To"].lower() == "becca.stentiford@torbay.gov.uk"
    assert ack["Auto-Submitted"] == "auto-replied"
    assert ack["In-Reply-To"] == "<demo-01-torbay-stepup@torbay.gov.uk>"
    text = _body(ack)
    assert f"Its reference is {res.reference}" in text
    assert "More needed" not in ack["Subject"]
    with tmp_app.Session() as s:
        req = s.scalar(select(Request))
        assert req.kind == "step_up" and req.missing == []
        assert [c.name for c in req.children] == ["Tyler Holloway", "Ellie-Mae Holloway"]
        assert req.state in ("ready", "booked")


def test_incomplete_request_lists_each_missing_item_with_its_rule(tmp_app):
    box = _deliver(tmp_app, "02_richmond_step_up_incomplete.eml", "richmond_wandsworth", "mash_step_up")
    [res] = _poll(tmp_app, "richmond_wandsworth", "mash_step_up", box)
    outbox.deliver_due(tmp_app)
    [ack] = outbox_messages(tmp_app)
    assert ack["Subject"].startswith(f"[{res.reference}] More needed")
    text = _body(ack)
    pack = tmp_app.pack("richmond_wandsworth")
    rationale = next(r for r in pack.kind("step_up").requirements if r.id == "rationale")
    assert rationale.explain in text
    assert protocols.cite(rationale.source.file, rationale.source.quote) in " ".join(text.split()) and rationale.source.quote[:40] in " ".join(text.split())
    with tmp_app.Session() as s:
        req = s.scalar(select(Request))
        assert req.state == "awaiting_info" and req.missing == ["rationale"]


def test_urgent_mail_alerts_duty_and_tells_sender_to_phone_before_anything_else(tmp_app):
    _deliver(tmp_app, "01_torbay_step_up_complete.eml", "torbay", "mash_step_up")
    _poll(tmp_app, "torbay", "mash_step_up", tmp_app.mailbox("torbay", "mash_step_up"))
    box = _deliver(tmp_app, "03_knowsley_step_up_urgent.eml", "knowsley", "mash_step_up")
    [res] = _poll(tmp_app, "knowsley", "mash_step_up", box)
    outbox.deliver_due(tmp_app)
    sent = outbox_messages(tmp_app)
    # Urgent mail is delivered first, although the Torbay acknowledgement was queued earlier.
    assert [m["X-Stepbot-Ref"] for m in sent[:2]] == [res.reference, res.reference]
    alert = next(m for m in sent if m["Subject"].startswith("URGENT"))
    pack = tmp_app.pack("knowsley")
    duty = [p.email for p in tmp_app.settings.people("knowsley", pack.contacts.duty_role)]
    assert alert["To"] == ", ".join(duty)  # Monday 09:00: office hours, the MASH duty team
    [phone], _ = tmp_app.settings.urgent_phones("knowsley", "office_hours")
    assert alert["Importance"] == "high"
    text = _body(alert)
    with tmp_app.Session() as s:
        reason = s.scalar(select(Request.urgent_reason).where(Request.authority == "knowsley"))
    assert "bruise" in reason  # the words that raised the alert are quoted to the duty team
    assert res.reference in text and reason in " ".join(text.split()) and phone in text
    reply = next(m for m in sent if "Please phone the MASH Duty Social Work Team now" in m["Subject"])
    assert reply["To"].lower() == "claire.hesketh@knowsley.gov.uk"
    body = _body(reply)
    assert phone in body and "999" in body
    with tmp_app.Session() as s:
        req = s.scalar(select(Request).where(Request.authority == "knowsley"))
        assert req.urgent and req.next_action == "alert_duty"
        assert req.state == "received"  # not held back, not booked: the duty team decides
        assert s.scalar(select(func.count()).select_from(OutboxMessage)
                        .where(OutboxMessage.priority == 0)) == 2


def test_running_twice_processes_and_sends_nothing_twice(tmp_app):
    raw = render_sample(SAMPLES / "01_torbay_step_up_complete.eml", tmp_app)
    first = intake.ingest(tmp_app, "torbay", "mash_step_up", raw)
    again = intake.ingest(tmp_app, "torbay", "mash_step_up", raw)
    assert not first.duplicate and again.duplicate and again.reference == first.reference
    outbox.deliver_due(tmp_app)
    assert outbox.deliver_due(tmp_app) == 0
    with tmp_app.Session() as s:
        assert s.scalar(select(func.count()).select_from(Request)) == 1
        assert s.scalar(select(func.count()).select_from(InboundMessage)) == 1
        assert s.scalar(select(func.count()).select_from(OutboxMessage).where(OutboxMessage.purpose == "ack")) == 1
    assert len([m for m in outbox_messages(tmp_app) if m["X-Stepbot-Ref"] == first.reference
                and "Received" in m["Subject"] or "Booked" in m["Subject"]]) <= 1


def test_auto_reply_is_never_answered(tmp_app):
    box = _deliver(tmp_app, "06_herefordshire_out_of_office.eml", "herefordshire", "early_help_duty")
    [res] = _poll(tmp_app, "herefordshire", "early_help_duty", box)
    assert res.kind == "auto_reply" and res.reference is None
    outbox.deliver_due(tmp_app)
    assert outbox_messages(tmp_app) == []


def test_a_message_that_breaks_processing_is_kept_alerted_and_sent_to_review(tmp_app, monkeypatch):
    import handlers

    def boom(*a, **k):
        raise RuntimeError("handler exploded")

    # the parser runs in a worker process (tests/test_bounded_intake.py); a handler crash is ours
    monkeypatch.setattr(handlers, "run", boom)
    box = _deliver(tmp_app, "01_torbay_step_up_complete.eml", "torbay", "mash_step_up")
    [res] = _poll(tmp_app, "torbay", "mash_step_up", box)
    assert res.review
    review = box.md.get_folder("Needs review")
    assert len(review.keys()) == 1  # kept, not lost
    outbox.deliver_due(tmp_app)
    [alert] = outbox_messages(tmp_app)
    assert "could not be processed" in alert["Subject"]
    with tmp_app.Session() as s:
        row = s.scalar(select(InboundMessage))
        assert row.status == "failed" and row.raw.startswith(b"From:")
        assert row.error == intake.INTERNAL_ERROR  # words for the review list, not "RuntimeError"
        assert s.scalar(select(AuditEvent).where(AuditEvent.action == "inbound_failed")) is not None


def test_audit_trail_is_append_only(tmp_app):
    import pytest

    raw = render_sample(SAMPLES / "01_torbay_step_up_complete.eml", tmp_app)
    intake.ingest(tmp_app, "torbay", "mash_step_up", raw)
    with tmp_app.Session() as s:
        ev = s.scalar(select(AuditEvent))
        ev.action = "tampered"
        with pytest.raises(RuntimeError, match="append-only"):
            s.flush()


def test_logs_carry_no_personal_data(tmp_app, caplog):
    import logging

    caplog.set_level(logging.DEBUG)
    raw = render_sample(SAMPLES / "01_torbay_step_up_complete.eml", tmp_app)
    intake.ingest(tmp_app, "torbay", "mash_step_up", raw)
    outbox.deliver_due(tmp_app)
    for name in ("Holloway", "Tyler", "Becca", "Stentiford", "domestic"):
        assert name not in caplog.text


def test_request_from_an_unrecognised_domain_goes_to_a_person(tmp_config, clock):
    import yaml

    from bot.app import App
    from bot.config import load_settings

    f = tmp_config / "deployment.yaml"
    data = yaml.safe_load(f.read_text())
    data["authorities"]["torbay"]["allowed_sender_domains"] = ["devon.gov.uk", "nhs.net"]
    f.write_text(yaml.safe_dump(data))
    app = App(load_settings(tmp_config), clock=clock)
    try:
        res = intake.ingest(app, "torbay", "mash_step_up", render_sample(SAMPLES / "01_torbay_step_up_complete.eml", app))
        outbox.deliver_due(app)
        [ack] = outbox_messages(app)
        assert "A member of business support will read it" in _body(ack)
        assert "Holloway" not in _body(ack) and "Tyler" not in _body(ack)
        with app.Session() as s:
            req = s.scalar(select(Request))
            assert req.reference == res.reference and req.next_action == "human_review"
            assert req.state == "received" and not req.bookings
    finally:
        app.close()


FOLLOW_UP = """From: "Okonkwo, Ruth" <Ruth.Okonkwo@richmondandwandsworth.gov.uk>
To: MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk>
Subject: RE: [{ref}] More needed: Step up - Mosaic ID 2201847
Date: Mon, 23 Nov 2026 11:00:00 +0000
Message-ID: <demo-02-rw-followup@richmondandwandsworth.gov.uk>
In-Reply-To: <ack@richmondandwandsworth.gov.uk>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Hi,

Rationale:
Early Help support has not reduced the risk: the partner's drug use continues in the home, the
arguments are escalating and Jayden's lateness has doubled. We think the threshold for a social
work assessment is now met.

Ruth
"""


def test_a_follow_up_with_the_missing_document_completes_and_books_the_request(tmp_app):
    first = intake.ingest(tmp_app, "richmond_wandsworth", "mash_step_up",
                          render_sample(SAMPLES / "02_richmond_step_up_incomplete.eml", tmp_app))
    raw = FOLLOW_UP.format(ref=first.reference).replace("\n", "\r\n").encode()
    res = intake.ingest(tmp_app, "richmond_wandsworth", "mash_step_up", raw)
    assert res.kind == "follow_up" and res.reference == first.reference
    with tmp_app.Session() as s:
        req = s.scalar(select(Request))
        assert s.scalar(select(func.count()).select_from(Request)) == 1  # added to, not a new request
        assert req.missing == [] and req.state == "booked"
        assert "rationale" in req.received_items
    outbox.deliver_due(tmp_app)
    reply = next(m for m in outbox_messages(tmp_app) if "Added to your request" in m["Subject"])
    assert "is booked for" in _body(reply)


NO_REFERENCE = """From: "Okonkwo, Ruth" <Ruth.Okonkwo@richmondandwandsworth.gov.uk>
To: MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk>
Subject: Jayden - rationale
Date: Mon, 23 Nov 2026 11:00:00 +0000
Message-ID: <no-ref-followup@richmondandwandsworth.gov.uk>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Hi, further to my step up email this morning, the rationale: the partner's drug use continues
in the home and Jayden's lateness has doubled.

Ruth
"""


def test_a_follow_up_without_a_reference_goes_to_a_person_who_matches_it(tmp_app):
    first = intake.ingest(tmp_app, "richmond_wandsworth", "mash_step_up",
                          render_sample(SAMPLES / "02_richmond_step_up_incomplete.eml", tmp_app))
    res = intake.ingest(tmp_app, "richmond_wandsworth", "mash_step_up", NO_REFERENCE.replace("\n", "\r\n").encode())
    assert res.reference != first.reference                      # never guessed onto a request
    with tmp_app.Session() as s:
        req = s.scalar(select(Request).where(Request.seq == 2))
        assert req.next_action == "human_review" and req.parsed["kind"] == "follow_up"
    outbox.deliver_due(tmp_app)
    ack = next(m for m in outbox_messages(tmp_app) if res.reference in m["Subject"])
    assert "carries no reference" in " ".join(_body(ack).split())


def test_a_failed_message_can_be_processed_again_once_the_fault_is_fixed(tmp_app, monkeypatch, caplog):
    import handlers

    real = handlers.run

    def boom(ctx):
        raise ValueError("cannot read " + ctx.inbound.raw.decode()[:2000])  # an error whose text quotes the message

    monkeypatch.setattr(handlers, "run", boom)
    raw = render_sample(SAMPLES / "01_torbay_step_up_complete.eml", tmp_app)
    res = intake.ingest(tmp_app, "torbay", "mash_step_up", raw)
    assert res.review and "Tyler" not in caplog.text and "ValueError" in caplog.text
    assert intake.ingest(tmp_app, "torbay", "mash_step_up", raw).duplicate  # not retried by itself
    monkeypatch.setattr(handlers, "run", real)
    again = intake.reprocess(tmp_app, res.inbound_id, actor="user:rita")
    assert again.reference == reference_of(tmp_app, "torbay", 1) and again.kind == "step_up"
    with tmp_app.Session() as s:
        assert s.get(InboundMessage, res.inbound_id).status == "done"
        assert s.scalar(select(AuditEvent).where(AuditEvent.action == "inbound_reprocessed")).actor == "user:rita"


def test_a_booking_error_keeps_the_request_and_is_retried(tmp_app, monkeypatch):
    from bot import booking, workflow

    real = booking.book_request

    def unreachable(*a, **k):
        raise ConnectionError("calendar server unreachable")

    monkeypatch.setattr(booking, "book_request", unreachable)
    res = intake.ingest(tmp_app, "torbay", "mash_step_up", render_sample(SAMPLES / "01_torbay_step_up_complete.eml", tmp_app))
    assert res.reference == reference_of(tmp_app, "torbay", 1) and not res.review
    with tmp_app.Session() as s:
        req = s.scalar(select(Request))
        assert req.state == "ready" and req.bookings == []
        assert s.scalar(select(AuditEvent).where(AuditEvent.action == "booking_error")) is not None
    monkeypatch.setattr(booking, "book_request", real)
    assert workflow.book_ready(tmp_app) == 1
    assert workflow.book_ready(tmp_app) == 0
    with tmp_app.Session() as s:
        assert s.scalar(select(Request)).state == "booked"


BULLETIN = """From: ICT Service Desk <servicedesk@knowsley.gov.uk>
To: All staff <allstaff@knowsley.gov.uk>
Subject: {subject}
Date: Mon, 23 Nov 2026 08:00:00 +0000
Message-ID: <bulletin-{n}@knowsley.gov.uk>
{extra}MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Mosaic will be unavailable on Saturday. Please save your step-up forms before then.
"""


@pytest.mark.parametrize("n,subject,extra,kind", [
    (1, "IMPORTANT: Mosaic unavailable Saturday", "Precedence: bulk\n", "other"),
    (2, "Practice Matters - November", "List-Id: <practice.knowsley.gov.uk>\n", "other"),
    (3, "RE: Step up request", "Precedence: bulk\n", "auto_reply"),
])
def test_bulletins_and_bulk_responders_are_never_answered(tmp_app, n, subject, extra, kind):
    raw = BULLETIN.format(n=n, subject=subject, extra=extra).replace("\n", "\r\n").encode()
    res = intake.ingest(tmp_app, "knowsley", "mash_step_up", raw)
    assert res.kind == kind
    outbox.deliver_due(tmp_app)
    assert outbox_messages(tmp_app) == []                      # RFC 3834: no reply to bulk mail
