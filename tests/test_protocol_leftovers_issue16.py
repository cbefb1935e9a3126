"""Issue 16, what was left: each item played through the daemon (Maildir inbox, SQLite, a fixed
clock; ``tests.support.journey``), asserting on the mail sent and the deadlines stored.

1. Torbay: an under-5 goes to the fortnightly under-5s triage with AFC attending
   (torbay.txt: "*Please note step downs for under 5’s heard fortnightly – AFC attending.").
2. Knowsley step-down after a C&F assessment (knowsley.txt §3): level 2 holds no meeting; level 3 is
   a joint home visit for which the seed asks "the date and time", not a venue.
3. Herefordshire: the Tuesday-morning drop-in is the discussion with an Early Help co-ordinator
   that comes before the plan (herefordshire.txt: "following a discussion with an early help
   co-ordinator, send it through to the Early Help Co-ordinator team within two weeks"); the MAG
   reviews have no timescale in the seed.
4. The deadlines that could never start: each start event can now be recorded, on its own day.

Cases marked ``xfail(strict=True)`` are protocol rules stepbot does not yet keep; the reason names
the change they wait for (outside the files this work may edit). Each turns into a failure the
day that change lands, so the mark is taken off then.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from email import policy as email_policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from bot import milestones, workflow
from bot.booking.service import active_booking
from bot.models import Deadline, Request
from bot.web import create_app
from bot.workcal import to_london
from tests.support.journey import Journey, attachments_of, london, mail
from tests.support.plain import assert_plain
from tests.support.web_kit import csrf_of, make_user, sign_in

DATA = Path(__file__).parent / "data"



SINGLE_ASSESSMENT = attachments_of("corpus/dev/torbay_01.eml")           # Torbay: the Single Assessment
PLAN_AND_CONSENT = attachments_of("corpus/dev/herefordshire_01.eml")     # Herefordshire: EHA plan, consent
CF_ASSESSMENT_AND_PLAN = attachments_of("holdout3/tower_hamlets_03.eml")  # Tower Hamlets: C&F, TAF plan




@dataclass
class Seen:
    """The one request after a pass, read in a short session (SQLite: the daemon writes next)."""
    state: str
    missing: list
    panel: str | None
    start: datetime | None
    location: str | None
    deadlines: dict                     # rule id -> Deadline (detached), first cycle
    evidence: dict
    reference: str


class Play(Journey):
    def send(self, authority: str, mailbox: str, raw: bytes, at: datetime):
        return self.run(at, deliver=(authority, mailbox, raw))

    def rule_hits(self) -> list:
        with self.app.Session() as s:
            return list(s.scalars(select(Request).order_by(Request.id)).first().rule_hits or [])

    def seen(self) -> Seen:
        with self.app.Session() as s:
            req = s.scalars(select(Request).order_by(Request.id)).first()
            b = active_booking(req)
            rows = s.scalars(select(Deadline).where(Deadline.request_id == req.id).order_by(Deadline.id)).all()
            s.expunge_all()
            return Seen(str(req.state), list(req.missing or []), b.panel if b else None,
                        to_london(b.start) if b else None, b.location if b else None,
                        {d.rule_id: d for d in reversed(rows)}, dict(req.evidence or {}), req.reference)


@pytest.fixture
def play(tmp_path):
    p = Play(tmp_path, london(2026, 11, 23, 9))
    yield p
    p.close()


plain = assert_plain


# -- 1. Torbay: under-5s at the fortnightly under-5s triage, AFC attending -----------------------

TORBAY = ("Hi Early Help,\n\nPlease could I have a triage slot for {child}, whom I am stepping down from the "
          "Single Assessment Team to a level 3 coordinated Early Help response. LCS ref: LCS-2231457.\n\n"
          "The Single Assessment (attached) includes my analysis and the rationale behind the decision to step "
          "down. My Team Manager, Claire Hext, has recorded her manager's analysis confirming the threshold is "
          "met for level 3 intervention. Mum signed consent for level 3 Early Help on 19/11/2026.\n\nThanks,\nJess\n")
AFC = "ursula.kemp@torbay.gov.uk"


# The Tozers' Single Assessment, naming no child: the mail says who and how old. (The corpus PDF
# above is the Tremaynes' and lists Freya Tremayne, DOB 14/03/2023: read whenever the mail gives no
# date of birth, it would make every Tozer an under-5s case.)
TOZER_ASSESSMENT = [("Single Assessment - Tozer - Nov 2026.txt", (
    "Single Assessment - Analysis and Recommendation\nLCS LCS-2231457\nAssessing social worker Jess Hannaford\n"
    "Analysis\nMum's depression affects her ability to meet the children's basic care needs on some days; "
    "neglect of basic care. No\nevidence of significant harm.\nRecommendation\nNo further action at level 4. "
    "High level of need: step down to level 3 coordinated Early Help response.\nManager's analysis\n"
    "Claire Hext (Team Manager), 20/11/2026: I agree that the threshold for level 3 intervention is met.\n"
).encode(), "text/plain")]


@pytest.mark.parametrize("child,panel,docs", [
    ("Lily Tozer – DOB 14/03/2023", "under5_triage", SINGLE_ASSESSMENT),
    ("Lily Tozer (DOB 14.03.2023)", "under5_triage", SINGLE_ASSESSMENT),
    ("Lily Tozer, date of birth 1st June 2024", "under5_triage", SINGLE_ASSESSMENT),
    ("Noah Tozer – DOB 02/11/2016", "triage", SINGLE_ASSESSMENT),
    ("Freya Tremayne, aged 3", "under5_triage", SINGLE_ASSESSMENT),
    # an age but no date of birth: the stated age decides (issue 16)
    ("Noah Tozer (aged 7)", "triage", TOZER_ASSESSMENT),
    ("Lily Tozer, aged 3", "under5_triage", TOZER_ASSESSMENT),
    ("Lily Tozer (18 months)", "under5_triage", TOZER_ASSESSMENT),
    ("Lily Tozer, 2yo", "under5_triage", TOZER_ASSESSMENT),
    ("Lily Tozer (aged 4)", "under5_triage", TOZER_ASSESSMENT),
    ("Lily Tozer, 4 years old", "under5_triage", TOZER_ASSESSMENT),
    ("Lily Tozer, she's eleven weeks", "under5_triage", TOZER_ASSESSMENT),
    ("Lily Tozer, she is three", "under5_triage", TOZER_ASSESSMENT),
    ("Noah Tozer, aged 5", "triage", TOZER_ASSESSMENT),
    ("Noah Tozer, he is nine", "triage", TOZER_ASSESSMENT),
    ("Noah Tozer, 12yo", "triage", TOZER_ASSESSMENT),
    ("Noah Tozer, aged 8, and his sister Lily Tozer, aged 2", "under5_triage", TOZER_ASSESSMENT),
    # a date of birth, when given, wins over a stated age
    ("Noah Tozer (aged 3, DOB 02/11/2016)", "triage", TOZER_ASSESSMENT),
    ("Lily Tozer (aged 9, DOB 14/03/2023)", "under5_triage", TOZER_ASSESSMENT),
])
def test_torbay_under_5s_are_heard_at_the_under_5s_triage_with_afc(play, child, panel, docs):
    at = london(2026, 11, 25, 14, 30)  # Wednesday
    sent = play.send("torbay", "early_help_duty",
                     mail("Jess Hannaford <jess.hannaford@torbay.gov.uk>", "earlyhelp@torbay.gov.uk",
                          "Triage slot request - step down", TORBAY.format(child=child), at, docs), at)
    got = play.seen()
    assert (got.state, got.panel) == ("booked", panel), got
    assert got.start.weekday() == 1 and got.start.hour < 12           # Tuesday morning
    agenda = [m for m in sent if m.purpose == "agenda"]
    invite = [m for m in sent if m.purpose == "invitation"]
    assert any("jess.hannaford@torbay.gov.uk" in m.to for m in invite)  # the slot is confirmed to the social worker
    if panel == "under5_triage":
        assert any(AFC in m.to for m in agenda)                           # AFC attending
        assert "under5_triage_next_sitting" in got.deadlines and "triage_within_5_wd" not in got.deadlines
    else:
        assert not any(AFC in m.to for m in agenda + invite)
        assert "triage_within_5_wd" in got.deadlines
    plain(sent, "Triage slot request - step down")


@pytest.mark.parametrize("team,route", [
    ("the Safeguarding and Supporting Families Team", True),
    ("the CWD team", True),
    ("the Children with Disabilities Team", True),
    ("the Single Assessment Team", False),
])
def test_torbay_sasf_and_cwd_step_downs_book_the_next_taf_and_close_to_level_4(play, team, route):
    """torbay.txt, "Step down process from Safeguarding and Supporting Families Team and CWD team":
    the warm handover is the final core group/CIN meeting, where the "Social worker and lead
    professional book date for next Team around the Family meeting", and "Following the meeting the
    case will be closed to level 4". Both are tracked from the handover for that route only."""
    at = london(2026, 11, 25, 14, 30)
    body = TORBAY.format(child="Noah Tozer – DOB 02/11/2016").replace("the Single Assessment Team", team)
    play.send("torbay", "early_help_duty", mail("Jess Hannaford <jess.hannaford@torbay.gov.uk>",
                                                "earlyhelp@torbay.gov.uk", "Triage slot request - step down",
                                                body, at, SINGLE_ASSESSMENT), at)
    assert ("milestone.sasf_cwd_route" in play.seen().evidence) is route
    with play.app.Session.begin() as s:
        req = s.scalars(select(Request)).first()
        done = london(2026, 12, 1, 12)
        workflow.record_decision(play.app, s, req, outcome="agreed", rationale="Threshold met for level 3.",
                                 contingency_plan=None, decided_by="Service Manager", at=done, actor="business support")
        workflow.record_event(play.app, s, req, "handover", at=london(2026, 12, 8, 12), actor="business support")
    got = play.seen().deadlines
    assert ({"sasf_next_taf_booked", "sasf_closed_to_level_4"} <= got.keys()) is route, sorted(got)
    if route:
        assert to_london(got["sasf_next_taf_booked"].due_at).date() == date(2026, 12, 10)
        with play.app.Session.begin() as s:
            req = s.scalars(select(Request)).first()
            workflow.record_event(play.app, s, req, "next_taf_booked", at=london(2026, 12, 9, 12), actor="business support")
        assert play.seen().deadlines["sasf_next_taf_booked"].state == "met"


# -- 2. Knowsley step-down after a C&F assessment (§3) -------------------------------------------

KNOWSLEY = ("Hello,\n\n{opening}\n\nWhat are we worried about: mum's low mood and Paula's school attendance.\n"
            "What is working well: mum engages with the school.\nWhat needs to happen: a TAF to support "
            "attendance.\n\nThanks\nSam Carter\nSocial Worker\n")
L3 = ("Step down to Family First at level 3 for Paula White (DOB 03/02/2012) following my C&F assessment. Mum has "
      "consented to the case being referred to Family First.\n")

def knowsley_step_down(play, opening: str, at=london(2026, 11, 23, 10)):
    raw = mail("Sam Carter <sam.carter@knowsley.gov.uk>", "FamilyFirst0-18DutyMailbox@knowsley.gov.uk",
               "Step down - Paula White", KNOWSLEY.format(opening=opening), at)
    return play.send("knowsley", "early_help_duty", raw, at)


@pytest.mark.parametrize("visit,start", [
    ("Joint home visit booked for Thursday 3rd December 2026 at 11am.", london(2026, 12, 3, 11)),
    ("Date and time of joint visit: 3/12/2026 11:00", london(2026, 12, 3, 11)),
    ("The joint visit to the family home will be on 03.12.26 at 10.30am.", london(2026, 12, 3, 10, 30)),
    ("The joint home visit is on Wednesday 2 December 2026 at 10:00.", london(2026, 12, 2, 10)),
    ("I'd like a Family First case manager to come with me on a joint home visit to mum and Paula.\n"
     "Date: Thursday 3 December 2026\nTime: 11:00", london(2026, 12, 3, 11)),
    ("Can a case manager join me to visit mum at home on Thursday 3 December 2026 at 2pm?", london(2026, 12, 3, 14)),
    ("We will be visiting the children at their home.\nDate: 3/12/2026\nTime: 9.30am", london(2026, 12, 3, 9, 30)),
])
def test_knowsley_level_3_joint_home_visit_needs_the_date_and_time_not_a_venue(play, visit, start):
    """knowsley.txt §3: "with the date and time of a joint home visit to the family ... A Family First
    Case Manager will accompany the Social Worker on the home visit"."""
    first = knowsley_step_down(play, L3 + visit)
    got = play.seen()
    assert got.missing == [] and got.state == "booked", got
    assert (got.panel, got.start, got.location) == ("level3_cin_meeting_or_joint_visit", start, "the family's home")
    assert any("farid.quayle@knowsley.gov.uk" in m.to for m in first if m.purpose == "invitation")
    (confirm,) = [m for m in first if m.purpose == "confirmation"]
    assert confirm.to == ("sam.carter@knowsley.gov.uk",) and "We will not move it" in confirm.body
    later = play.walk(date(2026, 11, 30))
    assert not [m for m in later if m.purpose == "chase"]
    plain(first + later, "Step down - Paula White")


@pytest.mark.parametrize("opening", [
    "I am completing a C&F assessment for Paula White (DOB 03/02/2012) and the family would benefit from level 2 "
    "support. Mum has given consent for the case to transfer to Early Help. The new Lead Practitioner will be Jane "
    "Doe, Pastoral Lead, Halewood Academy.",
    "Level 2 step-down for Paula White (DOB 03/02/2012) following my Children and Families Assessment, which I am "
    "finalising with Transfer to EHM as the outcome. Consent given by mum. Lead Practitioner: Jane Doe, Pastoral "
    "Lead at Halewood Academy, who has agreed to take on the role.",
])
def test_knowsley_level_2_after_a_cf_assessment_is_not_chased_for_a_meeting(play, opening):
    """knowsley.txt §3, "Further support required from a Level 2 partner agency": the email carries
    the Signs of Safety headings and the Lead Practitioner; no CIN meeting is held. The parse
    contract's `missing` still follows REQUIREMENTS.md's matrix (level 2: meeting_details); the
    daemon reads the route from the mail (``milestones``: assessment_route) and follows the seed."""
    first = knowsley_step_down(play, opening)
    later = play.walk(date(2026, 12, 4))
    got = play.seen()
    assert "meeting_details" not in got.missing
    assert not [m for m in first + later if m.purpose == "chase"]


def test_knowsley_level_2_via_the_final_cin_meeting_is_still_asked_for_its_date_time_and_venue(play):
    """knowsley.txt §2, level 2: "The Social Worker needs to include in the email the date, time and
    venue of the step down meeting." Without them the request waits and the sender is asked."""
    first = knowsley_step_down(play, "I intend to step Paula White (DOB 03/02/2012) down from Child in Need to "
                                     "Level 2 at the final CIN meeting. Consent given. The Lead Practitioner will "
                                     "be Jane Doe, Pastoral Lead, Halewood Academy.")
    got = play.seen()
    assert got.state == "awaiting_info" and "meeting_details" in got.missing
    (ack,) = [m for m in first if m.purpose == "ack"]
    assert "venue" in ack.body
    plain(first, "Step down - Paula White")


# -- 3. Herefordshire: the drop-in comes before the plan -----------------------------------------

HEREFORDSHIRE = ("Hello,\n\n{opening}please find attached the Early Help Assessment step-down plan for Poppy Oakley "
                 "(DOB 11/06/2013) and mum's signed written consent. The family's remaining needs are at intensive "
                 "(Level 3).\n\nKey person: Sarah Pritchard, Family Support Worker, Leominster Family Hub - she has been "
                 "consulted and is happy to lead.\n\nThanks,\nSam Carter\nSocial Worker\n")
DISCUSSED = ("stepbot books a drop-in for every plan; knowing the plan was discussed with a co-ordinator needs a fact "
             "from bot/parser and a pack field in bot/policy.py, and tests/test_journeys.py expects a booking for "
             "corpus/dev/herefordshire_01.eml, which says it was discussed at Tuesday's drop-in: see the report")


def herefordshire_plan(play, opening: str, at: datetime):
    raw = mail("Sam Carter <sam.carter@herefordshire.gov.uk>", "earlyhelpcoordinators@herefordshire.gov.uk",
               "Step down plan - Oakley", HEREFORDSHIRE.format(opening=opening), at, PLAN_AND_CONSENT)
    return play.send("herefordshire", "early_help_duty", raw, at)


@pytest.mark.parametrize("at,tuesday", [
    (london(2026, 11, 23, 10), london(2026, 11, 24, 9, 30)),   # Monday: tomorrow's drop-in
    (london(2026, 11, 25, 15), london(2026, 12, 1, 9, 30)),    # Wednesday: next week's
    (london(2026, 11, 24, 13), london(2026, 12, 1, 9, 30)),    # Tuesday afternoon: this morning's has passed
])
def test_herefordshire_a_plan_not_yet_discussed_is_offered_the_next_tuesday_drop_in(play, at, tuesday):
    first = herefordshire_plan(play, "", at)
    got = play.seen()
    assert (got.panel, got.start) == ("step_down_drop_in", tuesday)
    (invite,) = [m for m in first if m.purpose == "invitation"]
    assert {"sam.carter@herefordshire.gov.uk", "verity.lang@herefordshire.gov.uk"} <= set(invite.to)
    plain(first, "Step down plan - Oakley")


@pytest.mark.parametrize("opening", [
    "Following our discussion at Tuesday's drop-in, ",
    "I discussed this family with Verity at the step-down drop-in on 17 November; as agreed, ",
    "Following my chat with an Early Help co-ordinator last week, ",
])
def test_herefordshire_a_plan_already_discussed_gets_no_second_drop_in(play, opening):
    """herefordshire.txt: the plan is sent "following a discussion with an early help co-ordinator"
    (REQUIREMENTS.md: the drop-in is for the social worker *before* sending the plan)."""
    first = herefordshire_plan(play, opening, london(2026, 11, 23, 10))
    got = play.seen()
    assert got.panel is None and got.state == "ready", got
    assert "drop_in_invitation" not in got.deadlines
    assert {"step_down_completed_10_wd"} <= got.deadlines.keys()
    assert "milestone.coordinator_discussion" in got.evidence
    assert not [m for m in first if m.purpose == "invitation"]
    (ack,) = [m for m in first if m.purpose == "ack"]
    assert "no further meeting is needed" in ack.body and "invitation" not in ack.body, ack.body
    later = play.walk(date(2026, 12, 4))
    assert not [m for m in later if m.purpose in ("chase", "escalation") and "drop-in" in m.body.lower()]
    plain(first, "Step down plan - Oakley")


@pytest.mark.parametrize("opening", [
    "I will discuss this at Tuesday's drop-in, but in the meantime ",
    "I have not yet discussed this with a co-ordinator, so ",
    "I would like to talk it through at the next drop-in; ",
])
def test_herefordshire_a_discussion_still_to_come_keeps_the_drop_in(play, opening):
    herefordshire_plan(play, opening, london(2026, 11, 23, 10))
    got = play.seen()
    assert (got.panel, got.start) == ("step_down_drop_in", london(2026, 11, 24, 9, 30)), got
    assert "milestone.coordinator_discussion" not in got.evidence


BEFORE_PLAN = ("Hello,\n\nFollowing my C&F assessment I am planning to step Poppy Oakley (DOB 11/06/2013) down to "
               "Early Help at intensive (Level 3). {ask}\n\nThanks,\nSam Carter\nSocial Worker\n")


@pytest.mark.parametrize("ask", [
    "I would like to discuss the family at Tuesday's drop-in before I complete the step-down plan.",
    "Could I book into the drop-in next week? I'd like to talk it through with a co-ordinator before sending the plan.",
    "Please can I have a drop-in slot - I will send the plan, consent and key person once we have discussed it.",
    "I'd like a drop-in slot with a co-ordinator; I will send the plan after the drop-in.",
])
def test_herefordshire_a_social_worker_asking_for_the_drop_in_before_the_plan_gets_it_unchased(play, ask):
    """REQUIREMENTS.md: the Tuesday drop-in is "for the social worker before sending the plan"
    (herefordshire.txt: the plan goes "following a discussion with an early help co-ordinator").
    Asked for first, the drop-in is booked; the plan, consent and key person are not chased as
    missing, but the two weeks for the plan run from the request and remind the social worker."""
    at = london(2026, 11, 23, 10)
    first = play.send("herefordshire", "early_help_duty",
                      mail("Sam Carter <sam.carter@herefordshire.gov.uk>", "earlyhelpcoordinators@herefordshire.gov.uk",
                           "Step down - Oakley - drop-in please", BEFORE_PLAN.format(ask=ask), at), at)
    got = play.seen()
    assert (got.state, got.panel, got.start) == ("booked", "step_down_drop_in", london(2026, 11, 24, 9, 30)), got
    assert got.missing == [] and "milestone.drop_in_before_plan" in got.evidence
    assert "plan_after_drop_in" in got.deadlines
    assert not [m for m in first if m.purpose == "chase"]
    later = play.walk(date(2026, 12, 8))
    assert not [m for m in later if m.purpose == "chase"]
    reminders = [m for m in later if m.purpose == "reminder" and "sam.carter@herefordshire.gov.uk" in m.to]
    assert any("plan" in m.body.lower() for m in reminders), [m.subject for m in later]
    plain(first + later, "Step down - Oakley - drop-in please")


def test_herefordshire_the_plan_sent_after_the_drop_in_meets_its_timescale(play):
    at = london(2026, 11, 23, 10)
    play.send("herefordshire", "early_help_duty",
              mail("Sam Carter <sam.carter@herefordshire.gov.uk>", "earlyhelpcoordinators@herefordshire.gov.uk",
                   "Step down - Oakley", BEFORE_PLAN.format(
                       ask="Can I come to the drop-in before I send the plan?"), at), at)
    ref = play.seen().reference
    at = london(2026, 11, 25, 11)
    play.send("herefordshire", "early_help_duty",
              mail("Sam Carter <sam.carter@herefordshire.gov.uk>", "earlyhelpcoordinators@herefordshire.gov.uk",
                   f"RE: [{ref}] Step down - Oakley", "Thanks for yesterday. Plan and consent attached.\n\nSam",
                   at, PLAN_AND_CONSENT, msgid="m2"), at)
    d = play.seen().deadlines["plan_after_drop_in"]
    assert d.state == "met", d.state


@pytest.mark.parametrize("text,told", [
    ("I would like to discuss this at the drop-in before I send the plan.", True),
    ("Can I book a co-ordinator slot before finalising the EHA plan?", True),
    ("I'll send the step-down plan once I have spoken with a co-ordinator at the drop-in.", True),
    # a talk already had, or no talk asked for, is not this
    ("I discussed the family at the drop-in before sending the plan (attached).", False),
    ("Plan to follow.", False),
    ("Please find the plan attached; I will come to Tuesday's drop-in.", False),
    ("I will send the plan next week.", False),
    ("Please find attached the step-down plan, following our discussion at this morning's drop-in.", False),
    ("Please find the plan attached, which I talked through with a co-ordinator before sending.", False),
])
def test_the_drop_in_asked_for_before_the_plan_is_read_from_the_mail(play, text, told):
    pack = play.app.pack("herefordshire")
    got = {e for e, _, _ in milestones.stated_before_request(pack, "step_down", text, date(2026, 11, 23))}
    assert ("drop_in_before_plan" in got) is told, got


def test_herefordshire_mag_reviews_cadence_is_a_stated_local_choice(play):
    """herefordshire.txt: "To review the progress of family at four consecutive multi-agency
    meetings (MAGs)." No cadence or dates in the seed: the pack's four-review timescale says its
    cadence is a local choice (tests/test_protocol_issue16_rows.py runs it end to end)."""
    pack = play.app.pack("herefordshire")
    (mags,) = [d for d in pack.deadlines if d.met_by == "mag_review_held"]
    (silence,) = [s for s in pack.silent_on if "MAG" in s.topic]
    assert mags.local_choice and "four consecutive" in silence.source.quote and "default" in silence.note


def test_herefordshire_a_mag_review_can_be_recorded_on_the_request_page(play, web):
    """The pack's ``records`` offer the MAG review on the request page, with no timescale."""
    assert "mag_review_held" in dict(milestones.recordable(play.app.pack("herefordshire"), "step_down"))
    assert "mag_review_held" not in dict(milestones.recordable(play.app.pack("torbay"), "step_down"))
    herefordshire_plan(play, "", london(2026, 11, 23, 10))
    sign_in(web, "kate")
    page = web.get(f"/requests/{play.request().reference}")
    assert page.status_code == 200 and "Multi-agency group review held" in page.text


# -- 4. Every deadline can start, from its own day -----------------------------------------------

@pytest.fixture
def web(play):
    make_user(play.app, "kate", authorities=("richmond_wandsworth", "herefordshire", "torbay", "tower_hamlets"))
    return TestClient(create_app(play.app))


def milestone(client, ref: str, event: str, on: date | None = None):
    """Business support record a milestone on the request page (signed in at the clock's time)."""
    sign_in(client, "kate")
    token = csrf_of(client.get(f"/requests/{ref}").text)
    data = {"csrf": token, "event": event, "note": "recorded in the test"}
    if on is not None:
        data["on"] = on.isoformat()
    return client.post(f"/requests/{ref}/milestone", data=data, follow_redirects=True)


RW = ("Hello,\n\nI am stepping Paula White (DOB 03/02/2012) down to Early Help. Mum has consented.\n\nThanks\nSam\n")


@pytest.mark.parametrize("authority,raw,event,rule,due", [
    # R&W: "a review meeting within 4 weeks of handover" -- handed over Wed 2 Dec
    ("richmond_wandsworth", lambda at, to: mail("Sam Carter <sam.carter@richmondandwandsworth.gov.uk>", to, "Step down", RW, at),
     "handover", "step_down_review_4_weeks", london(2026, 12, 30, 17)),
    # Herefordshire: escalate a step-down "not received within 10 days of the closure" -- closed Wed 2 Dec
    ("herefordshire", lambda at, to: mail("Sam Carter <sam.carter@herefordshire.gov.uk>", to, "Step down plan - Oakley",
                                          HEREFORDSHIRE.format(opening=""), at, PLAN_AND_CONSENT),
     "case_closed", "step_down_received_after_closure", london(2026, 12, 14, 17)),
    # Torbay: the ATM records the lead practitioner (2 working days) once the step-down is completed
    ("torbay", lambda at, to: mail("Jess Hannaford <jess.hannaford@torbay.gov.uk>", to, "Triage slot request",
                                   TORBAY.format(child="Mason Tremayne – DOB 02/11/2016"), at, SINGLE_ASSESSMENT),
     "step_down_completed", "lead_practitioner_recorded", london(2026, 12, 4, 17)),
])
def test_a_milestone_after_the_request_starts_its_timescale_from_the_day_given(play, web, authority, raw, event,
                                                                                rule, due):
    at = london(2026, 11, 23, 10)
    address = play.app.mailbox_config(authority, "early_help_duty").address
    play.send(authority, "early_help_duty", raw(at, address), at)
    ref = play.seen().reference
    play.clock.at = london(2026, 12, 3, 11)
    page = milestone(web, ref, event, on=date(2026, 12, 2))
    assert f"Recorded: {milestones.label(event)} on 2 December 2026" in page.text
    d = play.seen().deadlines[rule]
    assert (to_london(d.starts_at).date(), to_london(d.due_at)) == (date(2026, 12, 2), due)
    later = play.walk(due.date() + timedelta(days=1))
    mine = [m for m in later if d.title in m.subject or d.title in m.body]
    assert mine, [m.subject for m in later]
    plain(later, "Step down", "Step down plan - Oakley", "Triage slot request")


TH_OPENING = ("Hello,\n\n{said} I am stepping Aisha Ahmed-Price (DOB 14/03/2016, Mosaic 1462250) down to a Team "
              "Around the Family; the assessment and the draft TAF plan are attached. Mum has consented. The Lead "
              "Practitioner will be Jo Bloggs, Family Support Worker, Stepney Children's Centre.\n\nThanks\nSam\n")


@pytest.mark.parametrize("said,ended", [
    ("The Child and Family Assessment concluded on 18 November 2026 with a recommendation to step down.", date(2026, 11, 18)),
    ("Step down following C&F assessment (concluded 18/11/2026).", date(2026, 11, 18)),
    ("C&F Assessment concluded on: 19/11/2026", date(2026, 11, 19)),
    ("Following the conclusion of my C&F assessment on 20/11/2026, the outcome is step-down to a TAF.", date(2026, 11, 20)),
    ("Following the Child and Family Assessment (completed 17 November, attached), the outcome is step-down.", date(2026, 11, 17)),
    ("The C&F assessment will conclude on 30 November.", None),
    ("The assessment has not concluded yet; I expect it to on 20 November.", None),
    ("Following my Child and Family Assessment, the outcome is step-down.", None),
])
def test_tower_hamlets_the_end_of_the_assessment_in_the_request_starts_the_taf_timescale(play, said, ended):
    """tower_hamlets.txt: the TAF meeting and its minutes on Mosaic "within 10 working days of the
    conclusion of the Child and Family Assessment/s" -- a day before the request arrives."""
    at = london(2026, 11, 23, 10)
    first = play.send("tower_hamlets", "early_help_duty",
                      mail("Sam Carter <sam.carter@towerhamlets.gov.uk>", "EarlyHelpHub@towerhamlets.gov.uk",
                           "Step down - TAF", TH_OPENING.format(said=said), at, CF_ASSESSMENT_AND_PLAN), at)
    got = play.seen()
    d = got.deadlines.get("taf_meeting_minutes_10_wd")
    if ended is None:
        assert d is None
        return
    cal = play.app.calendar("tower_hamlets")
    assert to_london(d.starts_at).date() == ended and d.state == "open"
    assert to_london(d.due_at) == cal.end_of_working_day(cal.add_working_days(ended, 10))
    assert "milestone.assessment_completed" in got.evidence
    later = play.walk(to_london(d.due_at).date())
    reminders = [m for m in later if m.purpose == "reminder" and "TAF meeting held" in m.subject]
    assert reminders and all(m.to == ("sam.carter@towerhamlets.gov.uk",) for m in reminders)
    plain(first + later, "Step down - TAF")


@pytest.mark.parametrize("opening,decided,late", [
    ("Following my C&F assessment (decision 16/11/2026), ", date(2026, 11, 16), False),
    ("The assessment decision was made on 12/11/2026 and the case will close to social care on 30/11/2026; ",
     date(2026, 11, 12), False),
    ("Step-down to Intensive (level 3) following the Child and Family Assessment decision on 2 November 2026; ",
     date(2026, 11, 2), True),
    ("Assessment decision: 20/11/2026. ", date(2026, 11, 20), False),
])
def test_herefordshire_the_decision_in_the_request_starts_the_two_weeks_and_the_plan_meets_them(play, opening,
                                                                                             decided, late):
    """herefordshire.txt: the plan goes to the co-ordinator team "within two weeks" of the decision
    made after the assessment. The request that brings the plan meets it, late or not; nobody is
    reminded to send a plan that has arrived."""
    at = london(2026, 11, 23, 10)
    first = herefordshire_plan(play, opening, at)
    d = play.seen().deadlines["plan_within_two_weeks"]
    assert to_london(d.starts_at).date() == decided
    assert (d.state, d.met_at, d.met_by) == ("met", at, "documents:draft_plan")
    assert (d.met_at > d.due_at) is late
    later = play.walk(date(2026, 12, 8))
    assert not [m for m in later if "Step-down plan sent" in m.subject]
    plain(first + later, "Step down plan - Oakley")


def test_herefordshire_a_follow_up_that_gives_the_decision_day_starts_the_two_weeks(play):
    at = london(2026, 11, 23, 10)
    first = play.send("herefordshire", "early_help_duty",
                      mail("Sam Carter <sam.carter@herefordshire.gov.uk>", "earlyhelpcoordinators@herefordshire.gov.uk",
                           "Step down - Oakley", "Hello,\n\nI will be stepping Poppy Oakley (DOB 11/06/2013) down to "
                           "Early Help at level 3; the plan will follow.\n\nThanks,\nSam\n", at), at)
    ref = play.seen().reference
    assert "plan_within_two_weeks" not in play.seen().deadlines
    reply = mail("Sam Carter <sam.carter@herefordshire.gov.uk>", "earlyhelpcoordinators@herefordshire.gov.uk",
                 f"Re: [{ref}] Step down - Oakley", "Hello,\n\nSorry, I should have said: the assessment decision "
                 "was made on 20/11/2026.\n\nSam\n", london(2026, 11, 24, 9), msgid="m2")
    play.send("herefordshire", "early_help_duty", reply, london(2026, 11, 24, 9, 5))
    d = play.seen().deadlines["plan_within_two_weeks"]
    assert (to_london(d.starts_at).date(), d.state) == (date(2026, 11, 20), "open")
    assert to_london(d.due_at) == london(2026, 12, 4, 17)
    later = play.walk(date(2026, 12, 4))
    reminders = [m for m in later if m.purpose == "reminder" and "Step-down plan sent" in m.subject]
    assert reminders and all(m.to == ("sam.carter@herefordshire.gov.uk",) for m in reminders)
    plain(first + later, "Step down - Oakley", f"Re: [{ref}] Step down - Oakley")


def test_herefordshire_the_decision_recorded_on_the_page_after_the_plan_came_is_met_by_it(play, web):
    at = london(2026, 11, 23, 10)
    herefordshire_plan(play, "", at)
    ref = play.seen().reference
    play.clock.at = london(2026, 11, 23, 15)
    assert "Recorded: Assessment decision made" in milestone(web, ref, "assessment_decision").text
    d = play.seen().deadlines["plan_within_two_weeks"]
    assert (d.state, d.met_by) == ("met", "documents:draft_plan")
    assert not [m for m in play.walk(date(2026, 12, 8)) if "Step-down plan sent" in m.subject]


KNOWSLEY_UP = ("Hi MASH,\n\nPlease find attached the FF step up request for Kai Brennan (DOB 12/09/2015, EHM "
               "reference 7781234). Mum has given consent and my team manager Lisa Orr has agreed the step up. {dmm}\n\n"
               "Thanks\nJo Platt\nFamily First Case Manager\n")


@pytest.mark.parametrize("dmm,elsewhere", [
    ("At the DMM on 2 November the recommendation was that a C&F assessment be considered as the contingency plan "
     "if things did not improve.", True),
    ("MASH screening in October recommended consideration of a Child and Family Assessment if neglect continued.", True),
    ("The MASH outcome was Early Help with a contingency plan of a C&F assessment.", True),
    ("There were no recommendations from MASH screening or the DMM.", False),
    ("The family were discussed at the DMM last month.", False),
    ("", False),
])
def test_knowsley_a_family_mash_or_the_dmm_recommended_an_assessment_for_is_a_transfer(play, dmm, elsewhere):
    """knowsley.txt §4: "If the family had any recommendations from MASH screening or DMM as a
    contingency plan and consideration for C&F assessment, then this should be a transfer from EHM
    to ICS and does not require to follow the step-up process." Such a mail is not booked or
    chased as a step-up: business support take it, and the sender is told why."""
    at = london(2026, 11, 23, 10)
    first = play.send("knowsley", "mash_step_up",
                      mail("Jo Platt <jo.platt@knowsley.gov.uk>", "MASH@knowsley.gov.uk", "Step up - Kai Brennan",
                           KNOWSLEY_UP.format(dmm=dmm), at, attachments_of("corpus/dev/knowsley_01.eml")), at)
    got = play.seen()
    assert ("milestone.mash_recommendation" in got.evidence) is elsewhere, got.evidence
    if elsewhere:
        assert got.panel is None and "another_route" in str(play.rule_hits()), got
        (ack,) = [m for m in first if m.purpose == "ack"]
        assert "transfer from EHM to ICS" in ack.body and "business support" in ack.body, ack.body
        assert not [m for m in first + play.walk(date(2026, 11, 30)) if m.purpose in ("chase", "invitation")]
        plain(first, "Step up - Kai Brennan")
    else:
        assert "another_route" not in str(play.rule_hits())


TEAMS_INVITE = """BEGIN:VCALENDAR\r
METHOD:REQUEST\r
PRODID:Microsoft Exchange Server 2010\r
VERSION:2.0\r
BEGIN:VEVENT\r
ORGANIZER;CN=Jo Platt:mailto:jo.platt@knowsley.gov.uk\r
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Knowsley MASH:mailto:knowsleymash@knowsley.gov.uk\r
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=MASH business support:mailto:{bs}\r
SUMMARY:Step up TAF meeting - Moran family\r
DTSTART;TZID=Europe/London:20261202T100000\r
DTEND;TZID=Europe/London:20261202T113000\r
UID:040000008200E00074C5B7101A82E00800000000sender-own-uid\r
SEQUENCE:0\r
DTSTAMP:20261123T100000Z\r
LOCATION:Microsoft Teams Meeting\r
END:VEVENT\r
END:VCALENDAR\r
"""


CHAIR = "aled.pryce@knowsley.gov.uk"   # the MASH social worker who chairs: never on the sender's invitation


@pytest.mark.parametrize("bs,reinvited", [
    ("mash.businesssupport@knowsley.gov.uk", {CHAIR}),                                # MASH and MASH BS invited
    ("someone.else@knowsley.gov.uk", {CHAIR, "mash.businesssupport@knowsley.gov.uk"}),  # MASH BS left off
])
def test_knowsley_step_up_sent_as_the_teams_invitation_is_recorded_and_not_sent_again(play, bs, reinvited):
    """knowsley.txt, 7-minute briefing: the FF case manager arranges the meeting "and send[s] this
    meeting via teams calendar to Knowsley MASH and MASH business support". The request that is
    itself that meeting request gives its date, time and venue from the calendar; stepbot records
    it as sent, never moves it, and invites only the council attendees it does not already invite."""
    at = london(2026, 11, 23, 10)
    m = EmailMessage()
    m["From"], m["To"] = "Jo Platt <jo.platt@knowsley.gov.uk>", "knowsleymash@knowsley.gov.uk"
    m["Subject"], m["Date"], m["Message-ID"] = "Step up TAF meeting - Moran family", format_datetime(at), "<t1@knowsley.gov.uk>"
    m.set_content("Step up TAF for Kacie-Leigh Moran (DOB 14/09/2013), EHM case ID EHM-48872. The step up form, "
                  "GCP2 and the last TAF minutes are attached. My team manager Lisa Orr has agreed the step up.\n\n"
                  "Jo Platt\nFamily First Case Manager\n")
    m.add_alternative(TEAMS_INVITE.format(bs=bs), subtype="calendar", params={"method": "REQUEST"})
    for name, data, ctype in attachments_of("corpus/dev/knowsley_01.eml"):
        main, sub = ctype.split("/")
        m.add_attachment(data, maintype=main, subtype=sub, filename=name)
    first = play.send("knowsley", "mash_step_up", m.as_bytes(), at)
    got = play.seen()
    assert got.missing == [] and got.state == "booked", got
    assert (got.start, got.location) == (london(2026, 12, 2, 10), "Microsoft Teams Meeting")
    invited = {a for x in first if x.purpose == "invitation" for a in x.to}
    assert invited == reinvited, invited
    (confirm,) = [x for x in first if x.purpose == "confirmation"]
    assert ("Already on your invitation" in confirm.body) is (bs == "mash.businesssupport@knowsley.gov.uk"), confirm.body
    assert "We will not move it" in confirm.body and "11:30" in confirm.body
    plain(first, "Step up TAF meeting - Moran family")


TH_NO_LP = ("Hello,\n\nThe Child and Family Assessment concluded on 18 November 2026. I am stepping Aisha Ahmed-Price "
            "(DOB 14/03/2016, Mosaic 1462250) down to a Team Around the Family; the assessment and the draft TAF plan "
            "are attached. Mum has consented. {lp}\n\nThanks\nSam\n")


@pytest.mark.parametrize("lp,chased", [
    ("No Lead Practitioner has been identified, so the minutes will go to the Early Help Co-ordinator.", False),
    ("Lead Practitioner: none identified yet - to the Early Help Co-ordinator please.", False),
    ("We have not been able to identify a Lead Practitioner.", False),
    ("", True),                                                    # silent: the protocol asks for one
])
def test_tower_hamlets_a_step_down_with_no_lead_practitioner_goes_to_the_coordinator_unchased(play, lp, chased):
    """tower_hamlets.txt: the CIN review minutes go "to the Lead Practitioner ... or where a Lead
    Practitioner is not identified to the Early Help Co-ordinator": a mail that says none is
    identified is not held or chased for one; a mail silent about it is."""
    at = london(2026, 11, 23, 10)
    first = play.send("tower_hamlets", "early_help_duty",
                      mail("Sam Carter <sam.carter@towerhamlets.gov.uk>", "EarlyHelpHub@towerhamlets.gov.uk",
                           "Step down - TAF", TH_NO_LP.format(lp=lp), at, CF_ASSESSMENT_AND_PLAN), at)
    got = play.seen()
    assert ("lead_practitioner" in got.missing) is chased, got.missing
    assert ("milestone.no_lead_practitioner" in got.evidence) is not chased
    (ack,) = [m for m in first if m.purpose == "ack"]
    assert ("lead practitioner" in ack.body.lower()) is chased, ack.body
    plain(first, "Step down - TAF")


def test_tower_hamlets_the_social_worker_not_business_support_is_asked_for_the_taf_date(play):
    """tower_hamlets.txt: "The Allocated social worker to arrange and chair the TAF meeting". A
    complete step-down with no TAF date: the social worker is reminded (business support cannot
    invite anyone to a meeting nobody has told them of); their reply with the date is recorded and
    the council's attendees are invited."""
    at = london(2026, 11, 23, 10)
    play.send("tower_hamlets", "early_help_duty",
              mail("Sam Carter <sam.carter@towerhamlets.gov.uk>", "EarlyHelpHub@towerhamlets.gov.uk", "Step down - TAF",
                   TH_NO_LP.format(lp="Lead Practitioner: Jo Smith, Family Support Worker, Stepney Family Hub."),
                   at, CF_ASSESSMENT_AND_PLAN), at)
    first = play.seen()
    assert first.missing == [] and first.panel is None and "step_down_invitation" in first.deadlines
    later = play.walk(date(2026, 11, 25))
    due = [m for m in later if m.purpose in ("reminder", "escalation") and "TAF meeting you arrange" in m.subject]
    assert due and due[0].to == ("sam.carter@towerhamlets.gov.uk",), [(m.purpose, m.to) for m in due]
    at = london(2026, 11, 25, 14)
    sent = play.send("tower_hamlets", "early_help_duty",
                     mail("Sam Carter <sam.carter@towerhamlets.gov.uk>", "EarlyHelpHub@towerhamlets.gov.uk",
                          f"RE: [{first.reference}] Step down - TAF",
                          "The TAF is on Thursday 3 December 2026 at 10am at Stepney Family Hub.\n\nSam", at, msgid="m2"), at)
    got = play.seen()
    assert got.start == london(2026, 12, 3, 10) and got.deadlines["step_down_invitation"].state == "met", got
    assert [m for m in sent if m.purpose == "invitation"]


def test_a_follow_up_giving_only_the_venue_completes_the_meeting_told_before(play):
    """knowsley.txt §2: "the date, time and venue of the step down meeting". A reply that confirms
    the venue keeps the date and time the first mail gave."""
    knowsley_step_down(play, "I intend to step Paula White (DOB 03/02/2012) down to Level 2 at the final CIN meeting "
                             "on Wednesday 9 December 2026 at 2pm, venue tbc. Consent given. The Lead Practitioner "
                             "will be Jane Doe, Pastoral Lead, Halewood Academy.")
    first = play.seen()
    assert "meeting_details" in first.missing
    at = london(2026, 11, 24, 9)
    play.send("knowsley", "early_help_duty",
              mail("Sam Carter <sam.carter@knowsley.gov.uk>", "FamilyFirst0-18DutyMailbox@knowsley.gov.uk",
                   f"RE: [{first.reference}] Step down - Paula White",
                   "Venue confirmed: Stockbridge Village Family Hub, meeting room 2.\n\nSam", at, msgid="m2"), at)
    got = play.seen()
    assert "meeting_details" not in got.missing, got
    assert got.start == london(2026, 12, 9, 14) and "Stockbridge" in (got.location or ""), got


def test_the_senders_invitation_is_matched_by_the_moment_not_by_how_it_is_written():
    """Summer time: the request's meeting in London time and the invitation's DTSTART in UTC are
    the same moment, so who the invitation already invites is kept."""
    from types import SimpleNamespace
    from handlers.common import _proposed_meeting
    parsed = SimpleNamespace(ical={"method": "REQUEST", "start": "2027-06-02T09:00:00+00:00",
                                   "end": "2027-06-02T10:30:00+00:00", "attendees": ["knowsleymash@knowsley.gov.uk"]})
    got = _proposed_meeting({"start": "2027-06-02T10:00:00+01:00", "venue": "Teams"}, parsed)
    assert got["invited"] == ["knowsleymash@knowsley.gov.uk"] and got["end"] == "2027-06-02T10:30:00+00:00"
    other = _proposed_meeting({"start": "2027-06-03T10:00:00+01:00", "venue": "Teams"}, parsed)
    assert "invited" not in other


def test_richmond_wandsworth_the_identified_early_help_worker_is_invited_to_the_case_discussion(play):
    """richmond_wandsworth.txt: the step-down case discussion involves "the allocated Social Worker,
    their Team Manager with the Early Help Manager, and ideally with the identified Early Help
    Worker". The social worker arranges it; stepbot invites the council's side, the identified
    worker included when the request gives their email."""
    msg = BytesParser(policy=email_policy.default).parsebytes((DATA / "corpus/dev/richmond_wandsworth_04.eml").read_bytes())
    body = msg.get_body(preferencelist=("plain",))
    body.set_content(body.get_content().replace(
        "Attached: latest case summary",
        "Lead Practitioner: Priya Shah, Early Help Practitioner, priya.shah@richmondandwandsworth.gov.uk\n\n"
        "Attached: latest case summary"))
    msg.replace_header("Message-ID", "<rw-ehw@example.org>")
    at = london(2026, 11, 26, 12, 15)
    sent = play.send("richmond_wandsworth", "early_help_duty", msg.as_bytes(), at)
    invited = {a for m in sent if m.purpose == "invitation" for a in m.to}
    assert "priya.shah@richmondandwandsworth.gov.uk" in invited, invited
    assert "oluwaseun.bright@wandsworth.gov.uk" not in {a.lower() for a in invited}
