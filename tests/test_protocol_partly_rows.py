"""Issue 16, the seven rows docs/protocol-audit.md rated "partly" (K2, K12, R5, T4, T5, T7, B9),
each played through the daemon: real mail dropped into the authority's Maildir inbox and
``Daemon.run_once`` with a frozen clock (``tests.support.journey``), business support acting on the
request page followed by the daemon's pass (``Walk`` from tests/test_protocol_daemon_gaps.py).

Where REQUIREMENTS.md (the client's statement of what each authority requires) reads a seed, the
daemon follows that reading; each test says which sentence it follows:

- K2  Knowsley §4 and the step-up form: GCP2 when neglect, the Engaging Families toolkit when
      non-engagement, the Merseyside Exploitation Assessment when exploitation; REQUIREMENTS.md lists
      all three as step-up requirements, so each holds the request until it comes.
- K12 Knowsley §2: level 3 "with a minimum of 5 days' notice": REQUIREMENTS.md reads it as 5 working
      days, like the step-up and level 2 rules.
- R5  Richmond & Wandsworth: "seek agreement on who will take on the Lead Professional role":
      asked for, not waited on (the email carries "the latest case summary and the draft plan").
- T4  Tower Hamlets: the TAF "within 10 working days of the conclusion of the Child and Family
      Assessment/s": a day only the social worker knows, asked for, and recordable on the page on
      a day before the request.
- T5  Tower Hamlets: "the minutes from the CIN Review Meeting are sent to the Lead Practitioner …
      within 10 working days": from the final CIN review, told or recorded.
- T7  Tower Hamlets: "If there is an immediate child protection concern, contact MAST … and this
      should be followed up with a completed Multi-Agency Request for Support form." REQUIREMENTS.md
      lists the form as a step-up requirement: a step-up without it is held; the urgent reply tells
      the sender to follow their call up with it.
- B9  Torbay SASF/CWD: "Social worker and lead professional book date for next Team around the
      Family meeting": the reply that gives the date is read and offered with it.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from bot.booking.service import active_booking
from bot.models import AuditEvent, Request
from bot.words import say
from bot.workcal import to_london
from tests.support.journey import attachments_of, london, mail
from tests.support.plain import assert_plain
from tests.support.web_kit import sign_in
from tests.test_protocol_daemon_gaps import Walk, flash

plain = assert_plain


@pytest.fixture
def walk(tmp_path):
    w = Walk(tmp_path, london(2026, 11, 23, 9))
    yield w
    w.close()


def booked(w: Walk):
    with w.app.Session() as s:
        req = s.scalars(select(Request).order_by(Request.id)).first()
        b = active_booking(req)
        s.expunge_all()
        return req, b


def history(w: Walk, action: str) -> list[dict]:
    with w.app.Session() as s:
        return [dict(e.detail or {}) for e in s.scalars(select(AuditEvent).where(AuditEvent.action == action)
                                                      .order_by(AuditEvent.id))]


# -- K2 Knowsley: GCP2, Engaging Families toolkit, exploitation assessment ------------------------

KNOWSLEY_DOCS = attachments_of("corpus/dev/knowsley_01.eml")   # FF step-up form, GCP2, TAF minutes
NO_GCP2 = [d for d in KNOWSLEY_DOCS if not d[0].startswith("GCP2")]
TOOLKIT = [("Engaging Families Toolkit - Moran.txt", b"Engaging Families Toolkit\nSigns of Well-being Family "
            b"Engagement Risk Assessment Tool, completed 12/11/2026: engagement low despite six home visits, texts "
            b"and a joint visit with school.\n", "text/plain")]
RACHEL = "rachel.toohey@knowsley.gov.uk"
K_STEP_UP = ("Good morning,\n\nPlease find attached a step up request for Kacie-Leigh Moran (DOB 14/09/2013), EHM-48872, "
             "who is open to Family First 0-18 at Level 3.\n\n{concern} The step up form and the minutes from the last "
             "TAF on 10/11/2026 are attached.\n\nI have discussed the step up with my Team Manager, Lisa Carney, who has "
             "agreed to it.\n\nI would like to hold the step up TAF meeting on Wed 9th Dec at 10am at Kirkby Family Hub."
             "\n\nKind regards\n\nRachel Toohey\nFamily First Case Manager\n")
NEGLECT = "The concern is neglect: the children's basic care needs are not being met."
NON_ENGAGEMENT = "The step up relates to non-engagement: mum has not engaged with the TAF plan for three months."
EXPLOITATION = ("The concerns are neglect and child criminal exploitation: Kacie-Leigh is being groomed by older males "
                "to carry drugs.")
EXPLOITATION_ASSESSMENT = [("Merseyside Exploitation Assessment - Moran.txt", b"Merseyside Exploitation Assessment\n"
                            b"CE/CSE concern: completed 16/11/2026 with the Exploitation team; risk high (county lines)."
                            b"\n", "text/plain")]


def knowsley_step_up(w: Walk, concern: str, docs, at=london(2026, 11, 23, 10)):
    return w.send("knowsley", "mash_step_up",
                  mail(f"Rachel Toohey <{RACHEL}>", "knowsleymash@knowsley.gov.uk", "Step up - Moran",
                       K_STEP_UP.format(concern=concern), at, docs), at)


BRINGS = {"gcp2": [d for d in KNOWSLEY_DOCS if d[0].startswith("GCP2")], "engaging_families": TOOLKIT,
          "exploitation_assessment": EXPLOITATION_ASSESSMENT}


@pytest.mark.parametrize("concern,docs,held,words,quote", [
    # §4: "If your concerns are relating to Neglect then the Graded Care profile must be reflected in
    # your step up form."
    (NEGLECT, NO_GCP2, "gcp2", "the Graded Care Profile 2 (GCP2), because the concerns include neglect",
     "the Graded Care profile must be reflected in your step up form"),
    # §4: "If your step up is relating to non-engagement, then you must reference your use of the
    # Engaging Families toolkit within your step up document and what this tells you."
    (NON_ENGAGEMENT, KNOWSLEY_DOCS, "engaging_families", "the Engaging Families toolkit and what it tells you",
     "you must reference your use of the Engaging Families toolkit"),
    # Appendix 1, the step-up form: "Merseyside Exploitation Assessment - CE/CSE concern."
    # REQUIREMENTS.md: "`exploitation_assessment` when `exploitation`", a requirement like the other two
    (EXPLOITATION, KNOWSLEY_DOCS, "exploitation_assessment",
     "the Merseyside Exploitation Assessment, because the concerns include exploitation (CE/CSE)",
     "Merseyside Exploitation Assessment - CE/CSE concern."),
], ids=["neglect-without-gcp2", "non-engagement-without-the-toolkit", "exploitation-without-the-assessment"])
def test_knowsley_gcp2_toolkit_and_exploitation_assessment_hold_the_step_up_until_they_come(walk, concern, docs, held,
                                                                                            words, quote):
    """REQUIREMENTS.md (knowsley, step_up): "plus `gcp2` when `neglect`, `engaging_families` when
    `non_engagement`, `exploitation_assessment` when `exploitation`". Without the one its concern
    calls for, the step-up waits (nothing booked, nobody invited), its sender is told what is missing
    and the seed's sentence for it, chased two working days later, and the reply that brings it
    books the TAF."""
    first = knowsley_step_up(walk, concern, docs)
    req, b = booked(walk)
    assert (req.state, req.missing, b) == ("awaiting_info", [held], None), (req.state, req.missing)
    assert {"rule": f"requirement:{held}", "met": False} in [
        {k: h[k] for k in ("rule", "met")} for h in req.rule_hits]          # on the record, for the audit trail
    (ack,) = [m for m in first if m.purpose == "ack"]
    assert "More needed" in ack.subject and words in ack.body and quote in ack.body, ack.body
    assert "does not hold your request up" not in ack.body
    assert not [m for m in first if m.purpose == "invitation"]
    later = walk.walk(date(2026, 11, 25))
    (chase,) = [m for m in later if m.purpose == "chase"]
    assert chase.to == (RACHEL,) and chase.at.date() == date(2026, 11, 25), (chase.to, chase.at)
    assert f"  - {say(held)}\n" in chase.body, chase.body
    at = london(2026, 11, 25, 11)
    reply = walk.send("knowsley", "mash_step_up",
                      mail(f"Rachel Toohey <{RACHEL}>", "knowsleymash@knowsley.gov.uk", f"RE: [{req.reference}] Step up - Moran",
                           "Please find it attached.\n\nRachel", at, BRINGS[held], msgid="m2"), at)
    req, b = booked(walk)
    assert (req.state, req.missing, b.start) == ("booked", [], london(2026, 12, 9, 10)), (req.state, req.missing)
    assert any("aled.pryce@knowsley.gov.uk" in m.to for m in reply if m.purpose == "invitation")
    plain(first + later + reply, "Step up - Moran", f"RE: [{req.reference}] Step up - Moran")


def test_knowsley_a_step_up_that_tells_what_the_engaging_families_toolkit_shows_is_not_held_for_it(walk):
    """§4: "you must reference your use of the Engaging Families toolkit within your step up document
    and what this tells you": a step-up that does so in its own words meets it, with no toolkit
    attached, and its TAF is booked at once."""
    said = (NON_ENGAGEMENT + " I used the Engaging Families toolkit with mum on 12/11/2026 and it shows she engages "
            "only when visits are at home.")
    first = knowsley_step_up(walk, said, KNOWSLEY_DOCS)
    req, b = booked(walk)
    assert (req.state, req.missing, b.start) == ("booked", [], london(2026, 12, 9, 10)), (req.state, req.missing)
    assert not [m for m in first if m.purpose == "ack" and "More needed" in m.subject]


# -- K12 Knowsley level 3: "a minimum of 5 days' notice" of the final CIN meeting ------------------

FARID = "farid.quayle@knowsley.gov.uk"   # the Family First case manager (config/deployment.yaml)
SAM_K = "sam.carter@knowsley.gov.uk"
K_L3 = ("Hello,\n\nI am stepping Paula White (DOB 03/02/2012) down to Family First at level 3. Mum has consented to the "
        "case being referred to Family First.\n\n{meeting}\n\nWhat are we worried about: mum's low mood and Paula's "
        "school attendance.\nWhat is working well: mum engages with the school.\nWhat needs to happen: a TAF to "
        "support attendance.\n\nThanks\nSam Carter\nSocial Worker\n")


def knowsley_level_3(w: Walk, meeting: str, at: datetime, msgid="m1", subject="Step down - Paula White"):
    return w.send("knowsley", "early_help_duty",
                  mail(f"Sam Carter <{SAM_K}>", "FamilyFirst0-18DutyMailbox@knowsley.gov.uk", subject,
                       K_L3.format(meeting=meeting), at, msgid=msgid), at)


CIN_TUE = "The final CIN meeting is on Tuesday 1 December 2026 at 2pm at Stockbridge Village Family Hub."
LEVEL_3_NOTICE = "with a minimum of 5 days’ notice"


def test_knowsley_level_3_cin_meeting_five_days_but_three_working_days_ahead_waits_and_is_chased(walk):
    """knowsley.txt §2: "at Level 3 the Social Worker should, with a minimum of 5 days' notice, email
    the Family First 0- 18 duty email". REQUIREMENTS.md: "stepbot reads all three as 5 working days,
    and the pack quotes each wording". Thursday 26 November for Tuesday 1 December is 5 days but 3
    working days: the request waits (nobody invited), the acknowledgement says how much notice it
    gives, what the protocol asks and quotes the level 3 sentence; the social worker is chased; a
    later date in the reply (Monday 7 December, 5 working days after the reply) is recorded and the
    Family First case manager invited."""
    first = knowsley_level_3(walk, CIN_TUE, london(2026, 11, 26, 10))
    req, b = booked(walk)
    assert (req.state, req.missing, b) == ("awaiting_info", [], None), (req.state, req.missing)
    assert (req.notice["ok"], req.notice["given_working_days"], req.notice["required_working_days"]) == (False, 3, 5)
    assert req.parsed["notice"]["ok"] is False                     # the daemon and the parse contract agree
    assert not [m for m in first if m.purpose == "invitation"]
    (ack,) = [m for m in first if m.purpose == "ack"]
    assert "gives 3 working days' notice; the protocol asks for at least 5" in ack.body, ack.body
    assert LEVEL_3_NOTICE in ack.body and "Please propose a later date" in ack.body
    later = walk.walk(date(2026, 11, 30))
    (chase,) = [m for m in later if m.purpose == "chase"]
    assert chase.to == (SAM_K,) and chase.at.date() == date(2026, 11, 30), (chase.to, chase.at)
    assert "allows 3 working days' notice and the protocol asks for at least 5" in chase.body, chase.body
    at = london(2026, 11, 30, 11)
    reply = knowsley_level_3(walk, "The final CIN meeting has moved to Monday 7 December 2026 at 2pm at Stockbridge "
                                   "Village Family Hub.", at, msgid="m2", subject=f"RE: [{req.reference}] Step down - Paula White")
    req, b = booked(walk)
    assert (req.state, to_london(b.start), req.notice["given_working_days"]) == ("booked", london(2026, 12, 7, 14), 5)
    assert any(FARID in m.to for m in reply if m.purpose == "invitation")
    plain(first + later + reply, "Step down - Paula White", f"RE: [{req.reference}] Step down - Paula White")


def test_knowsley_level_3_cin_meeting_five_working_days_ahead_is_enough_and_a_case_manager_attends(walk):
    """§2: "The Social Worker needs to include in the email the date, time and venue of the step down
    meeting … A Family First Case Manager will attend the CIN meeting." Thursday 26 November for
    Thursday 3 December is 5 working days: the meeting is recorded as given, the Family First case
    manager invited to it, and the social worker told who attends; nobody is chased."""
    first = knowsley_level_3(walk, CIN_TUE.replace("Tuesday 1 December", "Thursday 3 December"), london(2026, 11, 26, 10))
    req, b = booked(walk)
    assert (req.state, req.missing, req.notice["ok"], req.notice["given_working_days"]) == ("booked", [], True, 5)
    assert (b.panel, to_london(b.start), b.location) == ("level3_cin_meeting_or_joint_visit", london(2026, 12, 3, 14),
                                                         "Stockbridge Village Family Hub")
    (invite,) = [m for m in first if m.purpose == "invitation"]
    assert FARID in invite.to and SAM_K not in invite.to, invite.to
    (confirm,) = [m for m in first if m.purpose == "confirmation"]
    assert confirm.to == (SAM_K,) and "We will not move it" in confirm.body and "notice" not in confirm.body
    assert not [m for m in walk.walk(date(2026, 12, 3)) if m.purpose == "chase"]
    plain(first, "Step down - Paula White")


def test_knowsley_level_3_cin_meeting_without_its_venue_waits_for_it(walk):
    """"the date, time and venue of the step down meeting": a CIN meeting with no venue waits, and the
    acknowledgement asks for the level 3 meeting's details (not level 2's)."""
    first = knowsley_level_3(walk, "The final CIN meeting is on Monday 7 December 2026 at 2pm.", london(2026, 11, 26, 10))
    req, b = booked(walk)
    assert (req.state, req.missing, b) == ("awaiting_info", ["meeting_details"], None)
    (ack,) = [m for m in first if m.purpose == "ack"]
    assert "the date, time and venue of the CIN meeting, or the date and time of the joint home visit" in ack.body


# -- R5 Richmond & Wandsworth step-down: summary, plan, consent; the Lead Professional sought -----

RW_DOCS = attachments_of("corpus/dev/richmond_wandsworth_04.eml")     # case summary, draft Early Help plan
SAM_RW = "sam.carter@richmondandwandsworth.gov.uk"
RW_DOWN = ("Hello,\n\nFurther to our call this morning, I am stepping Paula White (DOB 03/02/2012) down to Early Help. "
           "The latest case summary and the draft plan for Early Help are attached. Mum and Paula have consented to "
           "Early Help continuing the plan.{lp}\n\nAs agreed, the case discussion is on Friday 27 November 2026 at "
           "2pm on Teams.\n\nThanks\nSam Carter\nSocial Worker\n")


def rw_step_down(w: Walk, lp: str, docs=RW_DOCS, at=london(2026, 11, 23, 10)):
    return w.send("richmond_wandsworth", "early_help_duty",
                  mail(f"Sam Carter <{SAM_RW}>", "EarlyHelpDuty@richmondandwandsworth.gov.uk", "Step down - Paula White",
                       RW_DOWN.format(lp=lp), at, docs), at)


@pytest.mark.parametrize("lp,asked", [
    ("", True),
    (" We have agreed with mum that the Lead Professional will be Priya Shah, Family Support Worker, Wandsworth "
     "North Early Help.", False),
], ids=["lead-professional-not-said", "lead-professional-agreed"])
def test_richmond_wandsworth_step_down_asks_who_takes_on_the_lead_professional_role(walk, lp, asked):
    """richmond_wandsworth.txt: "The allocated social worker should gain consent … and seek agreement
    on who will take on the Lead Professional role." The email the protocol describes carries "the
    latest case summary and the draft plan for Early Help", so the agreed case discussion is recorded
    either way; a mail that does not say who takes the role is asked for it, on the record."""
    first = rw_step_down(walk, lp)
    req, b = booked(walk)
    assert (req.state, req.missing, to_london(b.start)) == ("booked", [], london(2026, 11, 27, 14)), req.missing
    (ack,) = [m for m in first if m.purpose == "ack"]
    assert ("who will take on the Lead Professional role, as agreed with the family" in ack.body) is asked, ack.body
    assert ("It does not hold your request up" in ack.body) is asked
    hit = next(h for h in req.rule_hits if h["rule"] == "ask:lead_practitioner")
    assert hit["met"] is not asked
    assert not [m for m in walk.walk(date(2026, 11, 27)) if m.purpose == "chase"]
    plain(first, "Step down - Paula White")


@pytest.mark.parametrize("docs,consent,missing,words", [
    ([d for d in RW_DOCS if "plan" not in d[0].lower()], "Mum and Paula have consented", ["draft_plan"],
     "the draft plan for Early Help"),
    (RW_DOCS, "I will ask mum for her consent at my next visit", ["consent"],
     "confirmation that the child, young person and family consent to Early Help continuing the plan"),
], ids=["no-draft-plan", "no-consent"])
def test_richmond_wandsworth_step_down_missing_summary_plan_or_consent_waits_and_is_chased(walk, docs, consent,
                                                                                           missing, words):
    """"confirming this by email with the latest case summary and the draft plan for Early Help"; "The
    allocated social worker should gain consent": without one, nothing is recorded or invited, the
    sender is told what and why, and chased."""
    at = london(2026, 11, 23, 10)
    first = walk.send("richmond_wandsworth", "early_help_duty",
                      mail(f"Sam Carter <{SAM_RW}>", "EarlyHelpDuty@richmondandwandsworth.gov.uk", "Step down - Paula White",
                           RW_DOWN.format(lp="").replace("Mum and Paula have consented", consent), at, docs), at)
    req, b = booked(walk)
    assert (req.state, req.missing, b) == ("awaiting_info", missing, None), (req.state, req.missing)
    (ack,) = [m for m in first if m.purpose == "ack"]
    assert words in ack.body, ack.body
    later = walk.walk(date(2026, 11, 25))
    assert [m.to for m in later if m.purpose == "chase"] == [(SAM_RW,)]
    plain(first + later, "Step down - Paula White")


# -- T7 Tower Hamlets step-up: the Request for Support form follows an immediate-CP call ----------

JO = "jo.smith@towerhamlets.gov.uk"
TH_UP = ("Hello MAST,\n\nI would like to step up Ryan Miah (DOB 02/05/2014, Mosaic 1462251) to Children's Social Care. "
         "Despite the early help plan, mum has not engaged for three months and Ryan's school attendance has fallen to "
         "60%; the needs are now beyond what Early Help can provide. {manager}\n\nThanks\nJo Smith\nEarly Help "
         "Practitioner\n")


def th_step_up(w: Walk, body: str, at=london(2026, 11, 23, 10), docs=()):
    return w.send("tower_hamlets", "mash_step_up",
                  mail(f"Jo Smith <{JO}>", "MAST@towerhamlets.gov.uk", "Step up - Ryan Miah", body, at, docs), at)


RFS = [("Multi-Agency Request for Support form - Ryan Miah.txt", b"Multi-Agency Request for Support form\nChild: "
        b"Ryan Miah, 02/05/2014. Reason for request: step up from Early Help; non-engagement for three months, school "
        b"attendance 60%.\n", "text/plain")]


def test_tower_hamlets_step_up_without_a_request_for_support_form_waits_and_is_chased(walk):
    """REQUIREMENTS.md (tower_hamlets, step_up): "`request_for_support`, `manager_agreed`". A step-up
    with management oversight but without the Multi-Agency Request for Support form waits (no MAST
    discussion booked, nobody invited), the acknowledgement names the form with the seed's sentence,
    the sender is chased two working days later, and the reply that brings the form books the MAST
    discussion."""
    first = th_step_up(walk, TH_UP.format(manager="My manager, Ruth Okafor, has agreed the step-up."))
    req, b = booked(walk)
    assert (req.state, req.missing, b) == ("awaiting_info", ["request_for_support"], None), (req.state, req.missing)
    assert not [m for m in first if m.purpose == "invitation"]
    (ack,) = [m for m in first if m.purpose == "ack"]
    assert "More needed" in ack.subject and "the completed Multi-Agency Request for Support form" in ack.body, ack.body
    assert "this should be followed up with a completed Multi-Agency Request for Support form" in ack.body
    assert "does not hold your request up" not in ack.body
    later = walk.walk(date(2026, 11, 25))
    (chase,) = [m for m in later if m.purpose == "chase"]
    assert chase.to == (JO,) and chase.at.date() == date(2026, 11, 25), (chase.to, chase.at)
    assert f"  - {say('request_for_support')}\n" in chase.body, chase.body
    at = london(2026, 11, 25, 11)
    reply = walk.send("tower_hamlets", "mash_step_up",
                      mail(f"Jo Smith <{JO}>", "MAST@towerhamlets.gov.uk", f"RE: [{req.reference}] Step up - Ryan Miah",
                           "The form is attached.\n\nJo", at, RFS, msgid="m2"), at)
    req, b = booked(walk)
    assert (req.state, req.missing, b.panel) == ("booked", [], "mast_discussion"), (req.state, req.missing)
    assert [m.purpose for m in reply if m.purpose == "invitation"] == ["invitation"]
    plain(first + later + reply, "Step up - Ryan Miah", f"RE: [{req.reference}] Step up - Ryan Miah")


def test_tower_hamlets_step_up_without_management_oversight_still_waits(walk):
    """"management oversight … this is to be evidenced via MOSAIC": with the form but without it, the
    step-up is held and chased, as before."""
    first = th_step_up(walk, TH_UP.format(manager=""), docs=RFS)
    req, b = booked(walk)
    assert (req.state, req.missing, b) == ("awaiting_info", ["manager_agreed"], None), (req.state, req.missing)
    later = walk.walk(date(2026, 11, 25))
    assert [m.to for m in later if m.purpose == "chase"] == [(JO,)]
    plain(first + later, "Step up - Ryan Miah")


def test_tower_hamlets_immediate_child_protection_concern_is_told_to_phone_mast_then_send_the_form(walk):
    """"If there is an immediate child protection concern, contact MAST (0207 364 5606/5601 or out of
    hours in an emergency only 0207 364 4079) and this should be followed up with a completed
    Multi-Agency Request for Support form." The duty desk is alerted at once; the sender is told to
    phone MAST now and then to send the form."""
    body = ("Hello MAST,\n\nI am the Early Help practitioner for Ryan Miah (DOB 02/05/2014, Mosaic 1462251). Ryan told me "
            "at school this morning that his stepfather hit him with a belt last night and he is too frightened to go "
            "home tonight.\n\nJo Smith\nEarly Help Practitioner\n")
    sent = th_step_up(walk, body, at=london(2026, 11, 23, 11))
    (alert,) = [m for m in sent if m.purpose == "alert"]
    assert "mast.duty@towerhamlets.gov.uk" in alert.to
    (reply,) = [m for m in sent if m.purpose == "urgent_reply"]
    assert reply.to == (JO,) and "0207 364 5606" in reply.body
    assert ("Once you have phoned, follow your call up with a completed Multi-Agency Request for Support form"
            in reply.body), reply.body
    assert not [m for m in sent if m.purpose in ("ack", "invitation")]
    plain(sent, "Step up - Ryan Miah")


# -- T4 Tower Hamlets: the TAF within 10 working days of the end of the assessment ---------------

CF_AND_PLAN = attachments_of("holdout3/tower_hamlets_03.eml")      # the C&F assessment, the draft TAF plan
SAM_TH = "sam.carter@towerhamlets.gov.uk"
TH_DOWN = ("Hello,\n\n{said} I am stepping Aisha Ahmed-Price (DOB 14/03/2016, Mosaic 1462250) down to a Team Around the "
           "Family; the assessment and the draft TAF plan are attached. Mum has consented. The Lead Practitioner will be "
           "Jo Bloggs, Family Support Worker, Stepney Children's Centre.\n\nThanks\nSam\n")
UNDATED = "Following my Child and Family Assessment, the outcome is step-down."


def th_step_down(w: Walk, said: str, at=london(2026, 11, 23, 10), docs=CF_AND_PLAN):
    return w.send("tower_hamlets", "early_help_duty",
                  mail(f"Sam Carter <{SAM_TH}>", "EarlyHelpHub@towerhamlets.gov.uk", "Step down - TAF",
                       TH_DOWN.format(said=said), at, docs), at)


def th_reply(w: Walk, ref: str, body: str, at: datetime, docs=(), msgid="m2"):
    return w.send("tower_hamlets", "early_help_duty",
                  mail(f"Sam Carter <{SAM_TH}>", "EarlyHelpHub@towerhamlets.gov.uk", f"RE: [{ref}] Step down - TAF",
                       body, at, docs, msgid=msgid), at)


def test_tower_hamlets_the_day_the_assessment_ended_is_asked_for_and_the_reply_starts_the_taf_timescale(walk):
    """tower_hamlets.txt, Definitions: "The Allocated social worker to arrange and chair the TAF meeting
    and minutes to the meeting to be evidenced on Mosaic within 10 working days of the conclusion of
    the Child and Family Assessment/s." A step-down that does not say when the assessment concluded
    (holdout2's tower_hamlets_03 is one) is asked for the day; the reply that gives it starts the 10
    working days from that day, and the social worker is reminded before they run out."""
    first = th_step_down(walk, UNDATED)
    req, _ = booked(walk)
    assert req.missing == [] and "taf_meeting_minutes_10_wd" not in {d.rule_id for d in walk.deadlines()}
    (ack,) = [m for m in first if m.purpose == "ack"]
    assert "the day the Child and Family Assessment concluded (the TAF meeting and its minutes are due" in ack.body
    assert "It does not hold your request up" in ack.body
    reply = th_reply(walk, req.reference, "Sorry - the C&F assessment concluded on 18 November 2026.\n\nSam",
                     london(2026, 11, 24, 10))
    d = walk.deadline("taf_meeting_minutes_10_wd")
    # 18 Nov + 10 working days: 19, 20, 23, 24, 25, 26, 27, 30 Nov, 1, 2 Dec
    assert (to_london(d.starts_at).date(), to_london(d.due_at), d.state) == (date(2026, 11, 18), london(2026, 12, 2, 17),
                                                                            "open")
    later = walk.walk(date(2026, 12, 2))
    assert [(m.purpose, m.to, m.at.date()) for m in later if "TAF meeting held" in m.subject] == [
        ("reminder", (SAM_TH,), date(2026, 11, 27)), ("reminder", (SAM_TH,), date(2026, 12, 1))]
    plain(first + reply + later, "Step down - TAF", f"RE: [{req.reference}] Step down - TAF")


def test_tower_hamlets_business_support_record_the_end_of_the_assessment_on_a_day_before_the_request(walk):
    """The request page takes the day the assessment concluded even though it is before the request
    arrived (an event that comes before it), within the 120 days a step looks back; the timescale
    runs from that day, not from the day it was recorded."""
    th_step_down(walk, UNDATED)
    page, _ = walk.page("milestone", london(2026, 11, 24, 11), event="assessment_completed", on="2026-04-01",
                        note="from Mosaic")
    flash(page, "more than 120 days before the request arrived")
    assert walk.deadline("taf_meeting_minutes_10_wd") is None
    page, sent = walk.page("milestone", london(2026, 11, 24, 11), event="assessment_completed", on="2026-11-17",
                           note="from Mosaic")
    flash(page, "Recorded: Assessment completed on 17 November 2026.")
    d = walk.deadline("taf_meeting_minutes_10_wd")
    assert (to_london(d.starts_at).date(), to_london(d.due_at)) == (date(2026, 11, 17), london(2026, 12, 1, 17))
    # a milestone after the request still may not be dated before it
    page, _ = walk.page("milestone", london(2026, 11, 24, 12), event="minutes_received", on="2026-11-20", note="x")
    flash(page, "That day is before the request arrived")
    plain(sent, "Step down - TAF")


# -- T5 Tower Hamlets: the final CIN review minutes within 10 working days of the review ---------

CIN_MINUTES = [("CIN review minutes 19.11.26 - Ahmed-Price.txt", b"CIN minutes\nMinutes of the final Child in Need "
                b"review meeting, 19/11/2026. Present: Sam Carter (SW), Jo Bloggs (Stepney Children's Centre), mum. "
                b"Step-down to a TAF agreed.\n", "text/plain")]


def test_tower_hamlets_cin_review_minutes_run_from_the_final_cin_review_the_mail_tells(walk):
    """tower_hamlets.txt: "The Social Worker must ensure that the minutes from the CIN Review Meeting are
    sent to the Lead Practitioner/alerted via mosaic if in targeted early help services, or where a
    Lead Practitioner is not identified to the Early Help Co-ordinator within 10 working days". The
    mail says the final CIN review was on Thursday 19 November: the 10 working days run from it (to
    Thursday 3 December), not from the TAF meeting recorded later; the social worker is reminded,
    their reply with the minutes meets it, and the family's written confirmation follows the
    outcome."""
    first = th_step_down(walk, "The Child and Family Assessment concluded on 18 November 2026, and the step-down was "
                               "agreed at the final CIN review meeting held on 19 November 2026.")
    req, _ = booked(walk)
    d = walk.deadline("cin_review_minutes_10_wd")
    assert (to_london(d.starts_at).date(), to_london(d.due_at), d.state) == (date(2026, 11, 19), london(2026, 12, 3, 17),
                                                                            "open"), d
    assert "milestone.cin_review_held" in req.evidence
    later = walk.walk(date(2026, 12, 2))
    assert [(m.purpose, m.to, m.at.date()) for m in later if "Final CIN review minutes" in m.subject] == [
        ("reminder", (SAM_TH,), date(2026, 11, 30)), ("reminder", (SAM_TH,), date(2026, 12, 2))]
    reply = th_reply(walk, req.reference, "The CIN review minutes are attached; they went to Jo Bloggs today.\n\nSam",
                     london(2026, 12, 2, 15), CIN_MINUTES)
    assert walk.deadline("cin_review_minutes_10_wd").state == "met"
    later += walk.walk(date(2026, 12, 8))
    assert not [m for m in later if "Final CIN review minutes" in m.subject and m.at.date() > date(2026, 12, 2)]
    plain(first + later + reply, "Step down - TAF", f"RE: [{req.reference}] Step down - TAF")


def test_tower_hamlets_cin_review_recorded_on_the_page_starts_the_minutes_from_the_review(walk):
    """Not told in the mail: the TAF meeting stepbot recorded does not start the CIN review minutes
    (REQUIREMENTS.md: "final CIN review minutes … within 10 WD"); business support record the final
    CIN review on the page (a day before the request), and the 10 working days run from the review,
    with the written confirmation to the family still due 5 working days after the outcome (a local
    choice: the seed gives none). A corrected day starts them again from it."""
    first = th_step_down(walk, "The Child and Family Assessment concluded on 18 November 2026. The TAF meeting is on "
                               "Thursday 3 December 2026 at 10am at Stepney Family Hub.")
    req, b = booked(walk)
    assert to_london(b.start) == london(2026, 12, 3, 10)
    page, out = walk.page("outcome", london(2026, 12, 3, 12), outcome="agreed", decided_by="Sam Carter, Social Worker",
                          rationale="Needs can be met by a TAF with a Lead Practitioner.")
    assert walk.deadline("cin_review_minutes_10_wd") is None        # the TAF meeting is not the CIN review
    page, more = walk.page("milestone", london(2026, 12, 4, 10), event="cin_review_held", on="2026-11-23",
                           note="final CIN review, from the social worker")
    flash(page, "Recorded: Final Child in Need review meeting held on 23 November 2026.")
    d = walk.deadline("cin_review_minutes_10_wd")
    # 23 Nov + 10 working days: 24, 25, 26, 27, 30 Nov, 1, 2, 3, 4, 7 Dec
    assert (to_london(d.starts_at).date(), to_london(d.due_at), d.cycle) == (date(2026, 11, 23), london(2026, 12, 7, 17), 0)
    # Mosaic shows the review was on Friday 20 November: recorded again, the minutes run from that day
    page, again = walk.page("milestone", london(2026, 12, 4, 10, 5), event="cin_review_held", on="2026-11-20",
                            note="corrected from Mosaic")
    flash(page, "Recorded: Final Child in Need review meeting held on 20 November 2026.")
    more += again
    d = walk.deadline("cin_review_minutes_10_wd")
    # 20 Nov + 10 working days: 23, 24, 25, 26, 27, 30 Nov, 1, 2, 3, 4 Dec
    assert (to_london(d.starts_at).date(), to_london(d.due_at), d.cycle) == (date(2026, 11, 20), london(2026, 12, 4, 17), 1)
    w = walk.deadline("written_confirmation_to_family")
    assert to_london(w.due_at) == london(2026, 12, 10, 17)
    later = walk.walk(date(2026, 12, 11))
    # due Friday 4 December (not Monday 7, as from the TAF): the sender's manager (the admin when none
    # was copied) the next working morning, the Early Help service manager two working days later
    assert [(m.purpose, m.at.date()) for m in later if "Final CIN review minutes" in m.subject] == [
        ("escalation", date(2026, 12, 7)), ("escalation", date(2026, 12, 9))], [
        (m.purpose, m.at, m.to) for m in later if "Final CIN review minutes" in m.subject]
    assert [(m.purpose, m.to, m.at.date()) for m in later if "Written confirmation" in m.subject][0] == (
        "reminder", (SAM_TH,), date(2026, 12, 9))
    plain(first + out + more + later, "Step down - TAF")


# -- B9 Torbay SASF/CWD: the next TAF booked at the handover, the case closed to level 4 ---------

JESS, CLAIRE = "jess.hannaford@torbay.gov.uk", "claire.hext@torbay.gov.uk"      # social worker, their TM
ATM = "silas.penrose@torbay.gov.uk"
SASF = ("Hi Early Help,\n\nPlease could I have a triage slot for Noah Tozer – DOB 02/11/2016, whom I am stepping down "
        "from the Safeguarding and Supporting Families Team: no further action on the CIN plan, outcomes achieved, but "
        "a high level of need requiring a level 3 coordinated response. LCS ref: LCS-2231457.\n\nThe Single Assessment "
        "(attached) includes my analysis and the rationale. My Team Manager, Claire Hext, has recorded her manager's "
        "analysis confirming the threshold is met for level 3 intervention. Mum signed consent for level 3 Early Help "
        "on 19/11/2026.\n\nThanks,\nJess\n")


def test_torbay_sasf_step_down_the_next_taf_booked_at_the_handover_is_read_from_the_reply(walk):
    """torbay.txt, "Step down process from Safeguarding and Supporting Families Team and CWD team", 10:
    "Warm handover - Final Core group/CIN meeting held … Social worker and lead professional book date
    for next Team around the Family meeting to be held in the community." 11: "Following the meeting
    the case will be closed to level 4 by the 'Social Care Team manager closing the Social Care
    Referral'." Triage (Tuesday 1 December) agrees it; the handover is recorded on Tuesday 8
    December; the social worker is reminded to book the next TAF; their reply giving its date is
    offered on the request page with that date, recorded with one click, and meets the timescale;
    the team manager copied on the request is reminded to close the case to level 4, then the
    assistant team manager told."""
    at = london(2026, 11, 25, 14, 30)
    first = walk.send("torbay", "early_help_duty",
                      mail(f"Jess Hannaford <{JESS}>", "earlyhelp@torbay.gov.uk", "Triage slot request - step down", SASF,
                           at, attachments_of("corpus/dev/torbay_01.eml"), cc=f"Claire Hext <{CLAIRE}>"), at)
    req, b = booked(walk)
    assert "milestone.sasf_cwd_route" in req.evidence and b.panel == "triage"
    triage = to_london(b.start)
    page, out = walk.page("outcome", triage + timedelta(hours=3), outcome="agreed",
                          decided_by="Tamsin Verity, Service Manager Early Help", rationale="Level 3 response agreed.")
    page, more = walk.page("milestone", london(2026, 12, 8, 15), event="handover",
                           note="Final CIN meeting held with the Early Help rep")
    taf = walk.deadline("sasf_next_taf_booked")
    assert (to_london(taf.due_at), taf.owner_role) == (london(2026, 12, 10, 17), "requester")
    later = walk.walk(date(2026, 12, 9))
    assert [(m.purpose, m.to) for m in later if "next Team Around the Family" in m.subject] == []
    at = london(2026, 12, 9, 16)
    reply = walk.send("torbay", "early_help_duty",
                      mail(f"Jess Hannaford <{JESS}>", "earlyhelp@torbay.gov.uk",
                           f"RE: [{req.reference}] Triage slot request - step down",
                           "Hi,\n\nAt the final CIN meeting we booked the next TAF meeting for Tuesday 12 January 2027 "
                           "at 10am at Paignton Library.\n\nJess", at, msgid="m2"), at)
    (sgt,) = [d for d in history(walk, "milestone_suggested") if d["event"] == "next_taf_booked"]
    assert sgt["on"] == "2026-12-09" and "Tuesday 12 January 2027 at 10:00" in sgt["note"], sgt
    walk.clock.at = london(2026, 12, 10, 9, 30)
    sign_in(walk.web, "kate")
    text = walk.web.get(f"/requests/{req.reference}").text
    assert ("A reply says: Next Team Around the Family meeting booked on 9 December 2026 (Next Team Around the Family "
            "meeting booked: Tuesday 12 January 2027 at 10:00, Paignton Library).") in text, text[text.find("A reply"):][:300]
    page, click = walk.page("milestone", london(2026, 12, 10, 9, 30), event="next_taf_booked", on="2026-12-09",
                            note=sgt["note"] + " (from the sender's reply)")
    flash(page, "Recorded: Next Team Around the Family meeting booked on 9 December 2026.")
    assert walk.deadline("sasf_next_taf_booked").state == "met"
    assert "Tuesday 12 January 2027 at 10:00" in str(history(walk, "event")[-1])
    close = walk.deadline("sasf_closed_to_level_4")
    assert to_london(close.due_at) == london(2026, 12, 15, 17)
    after = walk.walk(date(2026, 12, 17))
    assert [(m.purpose, m.at.date()) for m in after if "closes the case to level 4" in m.subject] == [
        ("reminder", date(2026, 12, 14)), ("escalation", date(2026, 12, 16))], [(m.subject, m.at) for m in after]
    rem, esc = [m for m in after if "closes the case to level 4" in m.subject]
    assert rem.to == (CLAIRE,) and ATM in esc.to
    assert not [m for m in after if "next Team Around the Family" in m.subject]
    plain(first + out + more + later + reply + click + after, "Triage slot request - step down",
          f"RE: [{req.reference}] Triage slot request - step down")
