"""Issue 16, the rows of docs/protocol-audit.md moved from "partly" to "enforced": each played
through the daemon (a Maildir inbox, SQLite, a fixed clock; ``tests.support.journey``), asserting
the mail sent, the request page and the deadlines stored.

- K5  Knowsley: a step-up TAF meeting on another day than Wednesday is kept as given; the
      acknowledgement notes the protocol's "where possible on a Wednesday".
- K15 Knowsley: the parent's consent at level 2 (§3: "Once consent has been gained and a Level 2
      practitioner identified the Social Worker should email the Family First Duty Team").
- R3  Richmond & Wandsworth: the step-up case discussion includes the Early Help worker; when the
      mail names them without an address, business support are told by name who is still to invite.
- T3  Tower Hamlets: the named lead practitioner is invited to the TAF meeting the social worker
      arranges; without an address, the same "still to invite" task.
- H6  Herefordshire: the reviews at four consecutive MAGs are counted ("review 2 of 4") and the
      co-ordinator is reminded when a MAG passes with no review recorded.
- K17 / R8: an earlier review date agreed is recorded on the request page and moves the review's
      timescale, on the record.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from bot.booking.service import active_booking
from bot.models import AuditEvent, Deadline, Request
from bot.web import create_app
from bot.workcal import to_london
from tests.support.journey import Journey, attachments_of, london, mail
from tests.support.plain import assert_plain
from tests.support.web_kit import csrf_of, make_user, sign_in

KNOWSLEY_DOCS = attachments_of("corpus/dev/knowsley_01.eml")            # FF step-up form, GCP2, TAF minutes
CF_ASSESSMENT_AND_PLAN = attachments_of("holdout3/tower_hamlets_03.eml")  # Tower Hamlets: C&F, TAF plan
PLAN_AND_CONSENT = attachments_of("corpus/dev/herefordshire_01.eml")     # Herefordshire: EHA plan, consent


@dataclass
class Seen:
    state: str
    missing: list
    panel: str | None
    start: datetime | None
    location: str | None
    deadlines: dict                     # rule id -> Deadline (detached), latest cycle
    reference: str


class Play(Journey):
    def send(self, authority: str, mailbox: str, raw: bytes, at: datetime):
        return self.run(at, deliver=(authority, mailbox, raw))

    def seen(self) -> Seen:
        with self.app.Session() as s:
            req = s.scalars(select(Request).order_by(Request.id)).first()
            b = active_booking(req)
            rows = s.scalars(select(Deadline).where(Deadline.request_id == req.id)
                             .order_by(Deadline.cycle, Deadline.id)).all()
            s.expunge_all()
            return Seen(str(req.state), list(req.missing or []), b.panel if b else None,
                        to_london(b.start) if b else None, b.location if b else None,
                        {d.rule_id: d for d in rows}, req.reference)

    def history(self, action: str) -> list[dict]:
        with self.app.Session() as s:
            return [dict(e.detail or {}) for e in s.scalars(select(AuditEvent).where(AuditEvent.action == action)
                                                          .order_by(AuditEvent.id))]


@pytest.fixture
def play(tmp_path):
    p = Play(tmp_path, london(2026, 11, 23, 9))
    yield p
    p.close()


@pytest.fixture
def web(play):
    make_user(play.app, "kate", authorities=("knowsley", "richmond_wandsworth", "herefordshire", "tower_hamlets"))
    return TestClient(create_app(play.app))


def page(client, ref: str) -> str:
    sign_in(client, "kate")
    got = client.get(f"/requests/{ref}")
    assert got.status_code == 200
    return got.text


def post(client, ref: str, action: str, **data):
    """Business support act on the request page (signed in at the clock's time)."""
    token = csrf_of(page(client, ref))
    return client.post(f"/requests/{ref}/{action}", data={"csrf": token, **data}, follow_redirects=True)


plain = assert_plain


# -- K5 Knowsley: the step-up TAF "where possible on a Wednesday" --------------------------------

STEP_UP = ("Good morning,\n\nPlease find attached a step up request for Kacie-Leigh Moran (DOB 14/09/2013), EHM-48872, "
           "who is open to Family First 0-18 at Level 3.\n\nThe concern is neglect. The GCP2 is attached, along with the "
           "step up form and the minutes from the last TAF on 10/11/2026.\n\nI have discussed the step up with my Team "
           "Manager, Lisa Carney, who has agreed to it.\n\n{meeting}\n\nKind regards\n\nRachel Toohey\n"
           "Family First Case Manager\n")


@pytest.mark.parametrize("meeting,start,noted", [
    ("I would like to hold the step up TAF meeting on Tue 8th Dec at 10am at Kirkby Family Hub.",
     london(2026, 12, 8, 10), "Tuesday"),
    ("Date of step up TAF meeting: Thursday 10 December 2026 at 1.30pm, Kirkby Family Hub.",
     london(2026, 12, 10, 13, 30), "Thursday"),
    ("I would like to hold the step up TAF meeting on Wed 9th Dec at 10am at Kirkby Family Hub.",
     london(2026, 12, 9, 10), None),
])
def test_knowsley_step_up_taf_on_another_day_is_kept_and_the_wednesday_preference_noted(play, meeting, start, noted):
    """knowsley.txt §4: "(please arrange any step up TAF meeting where possible on a Wednesday)". A
    preference, not a rule: the meeting the case manager arranged is recorded as given, never
    refused or moved, and the acknowledgement mentions the preference, politely."""
    at = london(2026, 11, 23, 10)
    sent = play.send("knowsley", "mash_step_up",
                     mail("Rachel Toohey <rachel.toohey@knowsley.gov.uk>", "knowsleymash@knowsley.gov.uk",
                          "Step up - Moran", STEP_UP.format(meeting=meeting), at, KNOWSLEY_DOCS), at)
    got = play.seen()
    assert (got.state, got.missing, got.panel, got.start) == ("booked", [], "step_up_taf_meeting", start), got
    (ack,) = [m for m in sent if m.purpose == "ack"]
    assert "Noted" in ack.subject and "we will not move it" in ack.body
    if noted:
        assert f"Yours is on a {noted}: that is fine, and it stays as you arranged it" in ack.body, ack.body
        assert "where possible on a Wednesday" in ack.body
    else:
        assert "where possible" not in ack.body and "Yours is on" not in ack.body, ack.body
    assert not [m for m in sent if m.purpose in ("chase", "alert")]
    plain(sent, "Step up - Moran")


# -- K15 Knowsley: the parent's consent at level 2 -----------------------------------------------

KNOWSLEY_DOWN = ("Hello,\n\n{opening}\n\nWhat are we worried about: mum's low mood and Paula's school attendance.\n"
                 "What is working well: mum engages with the school.\nWhat needs to happen: a TAF to support "
                 "attendance.\n\nThanks\nSam Carter\nSocial Worker\n")
LEVEL_2_CF = ("I am completing a C&F assessment for Paula White (DOB 03/02/2012) and the family would benefit from level 2 "
              "support. The new Lead Practitioner will be Jane Doe, Pastoral Lead, Halewood Academy, who has agreed to "
              "take on the role.")


def knowsley_step_down(play, opening: str, at=london(2026, 11, 23, 10), msgid="m1", subject="Step down - Paula White"):
    raw = mail("Sam Carter <sam.carter@knowsley.gov.uk>", "FamilyFirst0-18DutyMailbox@knowsley.gov.uk",
               subject, KNOWSLEY_DOWN.format(opening=opening), at, msgid=msgid)
    return play.send("knowsley", "early_help_duty", raw, at)


def test_knowsley_level_2_after_the_cf_assessment_without_consent_is_held_and_chased_for_it(play):
    """knowsley.txt §3: "The Social Worker need to gain consent from the parent for the case to
    transfer to Early Help" and "Once consent has been gained and a Level 2 practitioner identified
    the Social Worker should email the Family First Duty Team". A level 2 step-down from the C&F
    assessment that does not say the parent consented waits, and its sender is asked and chased."""
    first = knowsley_step_down(play, LEVEL_2_CF)
    got = play.seen()
    assert (got.state, got.missing) == ("awaiting_info", ["consent"]), got
    (ack,) = [m for m in first if m.purpose == "ack"]
    assert "More needed" in ack.subject and "parent has consented to the case transferring to Early Help" in ack.body
    assert "need to gain consent from the parent for the case to transfer to Early Help" in ack.body
    later = play.walk(date(2026, 11, 25))
    (chase,) = [m for m in later if m.purpose == "chase"]
    assert chase.to == ("sam.carter@knowsley.gov.uk",) and "consent" in chase.body.lower(), chase.body
    at = london(2026, 11, 25, 11)
    reply = knowsley_step_down(play, "Mum has given her consent for the case to transfer to Early Help.", at=at,
                               msgid="m2", subject=f"RE: [{got.reference}] Step down - Paula White")
    assert play.seen().missing == [] and play.seen().state != "awaiting_info", play.seen()
    assert not [m for m in play.walk(date(2026, 12, 4)) if m.purpose == "chase"]
    plain(first + later + reply, "Step down - Paula White", f"RE: [{got.reference}] Step down - Paula White")


@pytest.mark.parametrize("opening,held", [
    # §3 level 2 with consent: goes ahead
    (LEVEL_2_CF + " Mum has given consent for the case to transfer to Early Help.", False),
    # §3 level 3 without consent: held, as before
    ("Step down to Family First at level 3 for Paula White (DOB 03/02/2012) following my C&F assessment. "
     "Joint home visit booked for Thursday 3rd December 2026 at 11am.", True),
    # §2 level 2 by the final CIN meeting: consent may still be gained at the meeting ("if they haven't
    # done so in advance"), so the mail is not held for it
    ("I intend to step Paula White (DOB 03/02/2012) down from Child in Need to Level 2 at the final CIN meeting on "
     "Wednesday 9 December 2026 at 2pm at Stockbridge Village Family Hub. The Lead Practitioner will be Jane Doe, "
     "Pastoral Lead, Halewood Academy.", False),
])
def test_knowsley_consent_by_route_and_level(play, opening, held):
    knowsley_step_down(play, opening)
    assert ("consent" in play.seen().missing) is held, play.seen()


# -- R3 Richmond & Wandsworth: the Early Help worker at the step-up case discussion --------------

def rw_step_up(play, worker: str, *, cc: bool = True):
    """corpus/dev/richmond_wandsworth_01.eml, the Early Help team manager's step-up (Bethany Clarke,
    the Early Help practitioner, copied), with ``worker`` said after the first paragraph."""
    from email import policy as email_policy
    from email.parser import BytesParser
    from tests.support.journey import DATA
    msg = BytesParser(policy=email_policy.default).parsebytes((DATA / "corpus/dev/richmond_wandsworth_01.eml").read_bytes())
    body = msg.get_body(preferencelist=("plain",))
    text = body.get_content().replace("\r\n", "\n")
    body.set_content(text.replace("Rationale for step up\n", f"{worker}\n\nRationale for step up\n", 1))
    if not cc:
        del msg["Cc"]
    msg.replace_header("Message-ID", "<rw-up@example.org>")
    at = london(2026, 11, 24, 10, 20)
    return play.send("richmond_wandsworth", "mash_step_up", msg.as_bytes(), at)


MASH_MANAGER, SENDER = "imogen.varley@richmondandwandsworth.gov.uk", "marcus.fenwick@richmondandwandsworth.gov.uk"
RW_BS = {"business.support@richmondandwandsworth.gov.uk", "mash.businesssupport@richmondandwandsworth.gov.uk"}


def test_richmond_wandsworth_an_early_help_worker_named_without_an_address_is_business_supports_to_invite(play, web):
    """richmond_wandsworth.txt: "The Step-Up Case Discussion will include the MASH Manager, the
    Early Help Manager, and the Early Help worker." The mail names the worker but gives no address:
    the invitation goes to those whose addresses are known, and business support are told at once,
    by name, who is still to invite; the request page shows the same."""
    sent = rw_step_up(play, "Lead Practitioner: Priya Shah, Early Help Practitioner, Wandsworth North Early Help", cc=False)
    got = play.seen()
    assert (got.state, got.panel) == ("booked", "step_up_case_discussion"), got
    (invite,) = [m for m in sent if m.purpose == "invitation"]
    assert {MASH_MANAGER, SENDER} <= set(invite.to) and not any("shah" in a for a in invite.to), invite.to
    (alert,) = [m for m in sent if m.purpose == "alert"]
    assert set(alert.to) == RW_BS and "Still to invite" in alert.subject
    assert "The Early Help worker: the request gives no email address for Priya Shah." in alert.body, alert.body
    assert "Imogen Varley (MASH manager)" in alert.body                # and who was invited
    assert "The Early Help (team) manager who sent the request" in alert.body
    text = page(web, got.reference)
    assert "Still to invite" in text and "the Early Help worker: the request gives no email address for Priya Shah" in text
    plain(sent, "Step up - Kai Brennan (Mosaic 1184529)")


@pytest.mark.parametrize("worker,invited", [
    # the address given: invited
    ("Lead Practitioner: Priya Shah, Early Help Practitioner, priya.shah@richmondandwandsworth.gov.uk",
     "priya.shah@richmondandwandsworth.gov.uk"),
    # named, and copied on the mail: that address is theirs
    ("Lead Practitioner: Bethany Clarke, Early Help Practitioner, Wandsworth North Early Help", "bethany.clarke@richmondandwandsworth.gov.uk"),
])
def test_richmond_wandsworth_the_early_help_worker_whose_address_is_known_is_invited(play, worker, invited):
    sent = rw_step_up(play, worker)
    (invite,) = [m for m in sent if m.purpose == "invitation"]
    assert {MASH_MANAGER, SENDER, invited} <= set(invite.to), invite.to
    assert not [m for m in sent if m.purpose == "alert"]


def test_richmond_wandsworth_an_early_help_worker_not_named_is_not_dropped_either(play):
    """The corpus mail itself: the worker is not named in the manager's words (only copied in).
    Business support are told the worker is still to invite, with who was copied."""
    sent = rw_step_up(play, "")
    (alert,) = [m for m in sent if m.purpose == "alert"]
    assert "The Early Help worker: the request does not name them" in alert.body, alert.body
    assert "bethany.clarke@richmondandwandsworth.gov.uk" in alert.body.lower()


# -- T3 Tower Hamlets: the lead practitioner invited to the TAF the social worker arranges -------

TH = ("Hello,\n\nThe Child and Family Assessment concluded on 18 November 2026. I am stepping Aisha Ahmed-Price "
      "(DOB 14/03/2016, Mosaic 1462250) down to a Team Around the Family; the assessment and the draft TAF plan are "
      "attached. Mum has consented. {lp}\n\nThe TAF meeting is on Thursday 3 December 2026 at 10am at Stepney Family "
      "Hub.\n\nThanks\nSam\n")
TH_BS = {"business.support@towerhamlets.gov.uk", "earlyhelp.businesssupport@towerhamlets.gov.uk"}


def th_step_down(play, lp: str):
    at = london(2026, 11, 23, 10)
    return play.send("tower_hamlets", "early_help_duty",
                     mail("Sam Carter <sam.carter@towerhamlets.gov.uk>", "EarlyHelpHub@towerhamlets.gov.uk",
                          "Step down - TAF", TH.format(lp=lp), at, CF_ASSESSMENT_AND_PLAN), at)


@pytest.mark.parametrize("lp,invited,still", [
    ("Lead Practitioner: Jo Smith, Family Support Worker, Stepney Family Hub, jo.smith@stepneyfamilyhub.org.uk",
     "jo.smith@stepneyfamilyhub.org.uk", None),
    ("Lead Practitioner: Jo Smith, Family Support Worker, Stepney Family Hub", None,
     "the new Lead Practitioner: the request gives no email address for Jo Smith"),
    # none identified: the Early Help co-ordinator takes the minutes; nobody is missing
    ("No Lead Practitioner has been identified, so the minutes will go to the Early Help Co-ordinator.", None, None),
])
def test_tower_hamlets_the_named_lead_practitioner_is_invited_to_the_taf_the_social_worker_arranges(play, web, lp,
                                                                                                   invited, still):
    """tower_hamlets.txt: "The Allocated social worker to arrange and chair the TAF meeting"; the
    step-down is to the Lead Practitioner, who attends it. stepbot records the meeting as given and
    invites the council's side, the lead practitioner included when their address is known; when it
    is not, business support are told by name, as at Richmond & Wandsworth."""
    sent = th_step_down(play, lp)
    got = play.seen()
    assert (got.state, got.start) == ("booked", london(2026, 12, 3, 10)), got
    to = {a for m in sent if m.purpose == "invitation" for a in m.to}
    assert "nadim.rahman@towerhamlets.gov.uk" in to and "sam.carter@towerhamlets.gov.uk" not in to, to
    if invited:
        assert invited in to
    alerts = [m for m in sent if m.purpose == "alert" and "Still to invite" in m.subject]
    if still:
        (alert,) = alerts
        assert set(alert.to) == TH_BS and still[0].upper() + still[1:] in alert.body, alert.body
        assert still in page(web, got.reference)
        (confirm,) = [m for m in sent if m.purpose == "confirmation"]
        assert "Business support will confirm who attends as" in confirm.body
    else:
        assert not alerts, [m.body for m in alerts]
    plain(sent, "Step down - TAF")


# -- H6 Herefordshire: reviews at four consecutive MAGs, counted and followed up -----------------

HEREFORDSHIRE = ("Hello,\n\nFollowing our discussion at Tuesday's drop-in, please find attached the Early Help Assessment "
                 "step-down plan for Poppy Oakley (DOB 11/06/2013) and mum's signed written consent. The family's "
                 "remaining needs are at intensive (Level 3).\n\nKey person: Sarah Pritchard, Family Support Worker, "
                 "Leominster Family Hub - she has been consulted and is happy to lead.\n\nThanks,\nSam Carter\n"
                 "Social Worker\n")


def milestone(play, client, ref: str, event: str, at: datetime, on: date | None = None) -> str:
    play.clock.at = at
    data = {"event": event, "note": "recorded in the test", "section": "deadlines"}
    if on is not None:
        data["on"] = on.isoformat()
    got = post(client, ref, "milestone", **data)
    assert got.status_code == 200
    return got.text


def test_herefordshire_mag_reviews_are_counted_to_four_and_a_mag_passed_without_one_is_followed_up(play, web):
    """herefordshire.txt, the Early Help co-ordinator: "To review the progress of family at four
    consecutive multi-agency meetings (MAGs)." Once the step-down is completed, each review recorded
    on the request page is counted ("review 2 of 4") and starts the wait for the next MAG (every 4
    weeks, the pack's default: the seed gives no cadence); a MAG that passes with no review recorded
    is followed up with the co-ordinator the next working morning, then their manager. After the
    fourth, nothing more is asked."""
    at = london(2026, 11, 23, 10)
    first = play.send("herefordshire", "early_help_duty",
                      mail("Sam Carter <sam.carter@herefordshire.gov.uk>", "earlyhelpcoordinators@herefordshire.gov.uk",
                           "Step down plan - Oakley", HEREFORDSHIRE, at, PLAN_AND_CONSENT), at)
    ref = play.seen().reference
    milestone(play, web, ref, "step_down_completed", london(2026, 12, 1, 11))
    d = play.seen().deadlines["mag_reviews"]
    assert (d.cycle, to_london(d.due_at)) == (0, london(2026, 12, 29, 17)), d.due_at
    assert d.title.endswith("(review 1 of 4)")
    assert "0 of 4 reviews recorded; now running: review 1 of 4" in page(web, ref)

    # the first MAG review, on the day of the MAG: the next runs from it
    text = milestone(play, web, ref, "mag_review_held", london(2026, 12, 22, 15))
    assert "Recorded: Multi-agency group review held" in text
    d = play.seen().deadlines["mag_reviews"]
    assert (d.cycle, d.state, to_london(d.due_at)) == (1, "open", london(2027, 1, 19, 17))
    assert "1 of 4 reviews recorded; now running: review 2 of 4" in page(web, ref)
    assert "(review 2 of 4)" in page(web, ref)

    # the next MAG passes (Tuesday 19 January) with no review recorded: the co-ordinator is told the
    # next working morning, then the co-ordinator manager
    coordinator = play.people("herefordshire", "early_help_coordinator")
    manager = play.people("herefordshire", "early_help_coordinator_manager")
    later = play.walk(date(2027, 1, 28))
    mag = [m for m in later if "review 2 of 4" in m.subject]
    assert [(m.purpose, m.at.date()) for m in mag] == [("escalation", date(2027, 1, 20)),
                                                       ("escalation", date(2027, 1, 27))], [(m.to, m.at) for m in mag]
    assert set(mag[0].to) == coordinator and manager <= set(mag[1].to)   # the co-ordinator copied on the second
    assert "four consecutive multi-agency meetings" in mag[0].body

    # reviews 2, 3 and 4: counted, and nothing more is asked after the fourth
    for day in (date(2027, 1, 28), date(2027, 2, 23), date(2027, 3, 23)):
        milestone(play, web, ref, "mag_review_held", datetime.combine(day, datetime.min.time().replace(hour=16),
                                                                      tzinfo=london(2027, 1, 1).tzinfo))
    with play.app.Session() as s:
        rows = s.scalars(select(Deadline).where(Deadline.rule_id == "mag_reviews").order_by(Deadline.cycle)).all()
        assert [(r.cycle, r.state) for r in rows] == [(0, "met"), (1, "met"), (2, "met"), (3, "met")]
    text = page(web, ref)
    assert "4 of 4 reviews recorded; all done" in text
    assert not [m for m in play.walk(date(2027, 5, 1)) if "MAG" in m.subject]
    plain(first + later, "Step down plan - Oakley")


# -- K17 / R8: an earlier review date agreed moves the review's timescale ------------------------

L3_VISIT = ("Step down to Family First at level 3 for Paula White (DOB 03/02/2012) following my C&F assessment. Mum has "
            "consented to the case being referred to Family First.\nJoint home visit booked for Thursday 3rd December "
            "2026 at 11am.")


def earlier(play, client, ref: str, rule: str, on: date, at: datetime, reason="agreed at the final meeting"):
    play.clock.at = at
    d = play.seen().deadlines[rule]
    return post(client, ref, "bring_forward", deadline=str(d.id), on=on.isoformat(), reason=reason,
                section="deadlines").text


def test_knowsley_first_taf_review_earlier_than_6_weeks_agreed_is_recorded_and_moves_the_timescale(play, web):
    """knowsley.txt §2: "The final CIN meeting should agree the appropriate time scale for the first
    TAF review meeting, (6 weeks unless earlier is agreed)". Business support record the earlier date
    agreed on the request page: the review is due that day, its reminders and escalation follow it,
    and the history says who recorded it, why, and the date it had."""
    first = knowsley_step_down(play, L3_VISIT)
    ref = play.seen().reference
    play.clock.at = london(2026, 12, 3, 14)
    post(web, ref, "outcome", outcome="agreed", rationale="Needs met at level 3 with Family First.",
         decided_by="Sam Carter, Social Worker", section="outcome")
    d = play.seen().deadlines["first_taf_review_6_weeks_level3"]
    assert to_london(d.due_at) == london(2027, 1, 14, 17)                 # 6 weeks from Thursday 3 December
    assert "Earlier date agreed" in page(web, ref)

    # later than the 6 weeks, or a day gone: refused, nothing changes
    assert "not earlier than the date it is due" in earlier(play, web, ref, "first_taf_review_6_weeks_level3",
                                                             date(2027, 1, 21), london(2026, 12, 4, 10))
    assert "that day has passed" in earlier(play, web, ref, "first_taf_review_6_weeks_level3",
                                            date(2026, 12, 3), london(2026, 12, 4, 10))
    assert to_london(play.seen().deadlines["first_taf_review_6_weeks_level3"].due_at) == london(2027, 1, 14, 17)

    text = earlier(play, web, ref, "first_taf_review_6_weeks_level3", date(2026, 12, 22), london(2026, 12, 4, 10),
                   reason="Agreed at the joint visit: mum asked for an early review")
    assert "now due on Tuesday 22 December 2026" in text
    d = play.seen().deadlines["first_taf_review_6_weeks_level3"]
    assert (d.state, to_london(d.due_at)) == ("open", london(2026, 12, 22, 17))
    (moved,) = play.history("deadline_brought_forward")
    assert moved["reason"] == "Agreed at the joint visit: mum asked for an early review" and moved["rule"] == d.rule_id
    assert moved["frm"].startswith("2027-01-14")

    case_manager = play.people("knowsley", "family_first_case_manager")
    duty_tm = play.people("knowsley", "family_first_duty_team_manager")
    later = play.walk(date(2026, 12, 24))
    review = [m for m in later if "First TAF review" in m.subject]
    assert [(m.purpose, m.at.date()) for m in review] == [
        ("reminder", date(2026, 12, 15)), ("reminder", date(2026, 12, 21)), ("escalation", date(2026, 12, 23))], \
        [(m.purpose, m.at) for m in review]
    assert set(review[0].to) == case_manager and duty_tm <= set(review[2].to)
    plain(first + later, "Step down - Paula White")


def test_a_timescale_the_protocol_does_not_let_be_agreed_earlier_offers_no_earlier_date(play, web):
    """Only the rules that say so (``earlier_if_agreed``): the documents' 10 working days are not."""
    knowsley_step_down(play, L3_VISIT)
    ref = play.seen().reference
    play.clock.at = london(2026, 12, 3, 14)
    post(web, ref, "outcome", outcome="agreed", rationale="Needs met at level 3.", decided_by="Sam Carter",
         section="outcome")
    text = earlier(play, web, ref, "step_down_documents_10_wd", date(2026, 12, 8), london(2026, 12, 4, 10))
    assert "the protocol does not let this timescale be brought forward" in text
    assert not play.history("deadline_brought_forward")


RW_DOWN = ("Hello,\n\nI am stepping Paula White (DOB 03/02/2012) down to Early Help. Mum has consented.\n\nThanks\nSam\n")


def test_richmond_wandsworth_review_earlier_for_engagement_concerns_is_recorded_and_moves_the_4_weeks(play, web):
    """richmond_wandsworth.txt: "a review meeting must be agreed to take place within 4 weeks of the
    hand over or earlier if there are concerns regarding the families' engagement"."""
    at = london(2026, 11, 23, 10)
    first = play.send("richmond_wandsworth", "early_help_duty",
                      mail("Sam Carter <sam.carter@richmondandwandsworth.gov.uk>", "EarlyHelpDuty@richmondandwandsworth.gov.uk",
                           "Step down", RW_DOWN, at), at)
    ref = play.seen().reference
    milestone(play, web, ref, "handover", london(2026, 12, 3, 11), on=date(2026, 12, 2))
    d = play.seen().deadlines["step_down_review_4_weeks"]
    assert to_london(d.due_at) == london(2026, 12, 30, 17)
    text = earlier(play, web, ref, "step_down_review_4_weeks", date(2026, 12, 16), london(2026, 12, 3, 12),
                   reason="Concerns about the family's engagement: mum missed two sessions")
    assert "now due on Wednesday 16 December 2026" in text
    assert to_london(play.seen().deadlines["step_down_review_4_weeks"].due_at) == london(2026, 12, 16, 17)
    (moved,) = play.history("deadline_brought_forward")
    assert "engagement" in moved["reason"]
    eh_manager = play.people("richmond_wandsworth", "early_help_manager")
    sm = play.people("richmond_wandsworth", "service_manager_early_help")
    later = play.walk(date(2026, 12, 18))
    review = [m for m in later if "Step-down review meeting" in m.subject]
    assert [(m.purpose, m.at.date()) for m in review] == [
        ("reminder", date(2026, 12, 9)), ("reminder", date(2026, 12, 15)), ("escalation", date(2026, 12, 17))], \
        [(m.purpose, m.at) for m in review]
    assert set(review[0].to) == eh_manager and sm <= set(review[2].to)
    plain(first + later, "Step down")
