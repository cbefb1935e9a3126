"""The protocol audit's daemon-level gaps (docs/protocol-audit.md: K8, K9, K10, K16, R7, R9, R10, T9,
B5, B7, B11, H8), each played through the daemon's own entry points: real mail dropped into the
authority's Maildir inbox, ``Daemon.run_once`` with a frozen clock (``tests.support.journey``), and
business support acting on the request page (``POST /requests/{ref}/...``) followed by the daemon's
pass, which sends what the page queued and sweeps the deadlines and open disputes. From the step a
rule starts on (the outcome recorded, the dispute raised) the daemon runs every morning at 09:05,
weekends and bank holidays included; the days before it, which no rule here looks at, are not
walked.

Each test asserts who gets each mail (addresses from config/deployment.yaml), on which London
working day, and the subject's words; the deadlines stored; and that nothing a person reads shows
an internal id, a file name or an ISO timestamp (``tests.support.plain``). The decisions fall in
December 2026, so the timescales cross Christmas (Friday 25 and Monday 28 December are bank
holidays) and New Year's Day.

A journey that serves two rules (the R&W decision starts both the joint visit and the Mosaic
record; the Torbay triage both the minutes and the warm handover; a Knowsley step-up kept at level
3 both the contingency plan and the dispute) is played once (a module-scoped fixture) and asserted
by one test per rule.

``xfail(strict=True)`` marks a rule stepbot does not yet keep (the reason names the gap): it turns
into a failure the day the behaviour is fixed, and the mark is taken off then.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from bot.booking.service import active_booking
from bot.models import Deadline, Request
from bot.web import create_app
from bot.workcal import to_london
from tests.support.journey import Journey, Sent, attachments_of, london, mail
from tests.support.plain import assert_plain
from tests.support.web_kit import csrf_of, make_user, sign_in

AUTHORITIES = ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire")





class Walk(Journey):
    """A journey with the request page: business support act at a time, then the daemon's pass."""

    def __init__(self, tmp_path: Path, start: datetime):
        super().__init__(tmp_path, start)
        make_user(self.app, "kate", authorities=AUTHORITIES)
        self.web = TestClient(create_app(self.app))

    def send(self, authority: str, mailbox: str, raw: bytes, at: datetime) -> list[Sent]:
        return self.run(at, deliver=(authority, mailbox, raw))

    def page(self, action: str, at: datetime, **form) -> tuple[str, list[Sent]]:
        """Post ``action`` on the request's page at ``at`` (signed in then), then run the daemon's
        pass a minute later, which sends what the page queued; (the page shown, what was sent)."""
        self.clock.at = at
        ref = self.request().reference
        sign_in(self.web, "kate")
        token = csrf_of(self.web.get(f"/requests/{ref}").text)
        r = self.web.post(f"/requests/{ref}/{action}", data={"csrf": token, **form}, follow_redirects=True)
        assert r.status_code == 200, r.status_code
        return r.text, self.run(at + timedelta(minutes=1))

    def deadline(self, rule_id: str) -> Deadline | None:
        """The request's latest cycle of a rule, detached."""
        with self.app.Session() as s:
            d = s.scalars(select(Deadline).where(Deadline.rule_id == rule_id)
                          .order_by(Deadline.cycle.desc(), Deadline.id.desc())).first()
            s.expunge_all()
            return d


def log(sent: list[Sent], ref: str, *, about: str | None = None) -> list[tuple[str, str, tuple[str, ...]]]:
    """(London day, purpose, recipients) of each mail about the request (its subject naming
    ``about`` when given), in the order sent."""
    return [(f"{m.at:%a %d %b}", m.purpose, m.to) for m in sent
            if m.ref == ref and (about is None or about in m.subject)]


plain = assert_plain


def flash(page: str, words: str) -> None:
    assert words in page, page[page.find("flash"):page.find("flash") + 400]


# -- Knowsley: the step-up TAF meeting's outcome (K8, K9) ---------------------------------------

RACHEL, LISA = "rachel.toohey@knowsley.gov.uk", "lisa.carney@knowsley.gov.uk"       # FF case manager, her TM
ALED, CORINNE, DESMOND = ("aled.pryce@knowsley.gov.uk", "corinne.oduya@knowsley.gov.uk",
                          "desmond.faulk@knowsley.gov.uk")  # MASH SW (chairs), MASH TM, FF MASH manager
GWEN, HAMISH = "gwen.holloway@knowsley.gov.uk", "hamish.ibbot@knowsley.gov.uk"     # heads of service
STEP_UP_SUBJECT = "Step up request - Kacie-Leigh Moran"
STEP_UP = ("Good morning,\n\nPlease find attached a step up request for Kacie-Leigh Moran (DOB 14/09/2013), EHM-48872, "
           "who is open to Family First 0-18 at Level 3. The concern is neglect; the GCP2, the step up form and the minutes "
           "of the last TAF on 10/11/2026 are attached.\n\nI have discussed the step up with my Team Manager, Lisa Carney "
           "(cc'd), who has agreed to it.\n\nI would like to hold the step up TAF meeting on Wednesday 23 December 2026 at "
           "10am at Kirkby Family Hub. I will invite the current TAF members.\n\nKind regards\nRachel Toohey\n"
           "Family First Case Manager\n")


def knowsley_step_up(w: Walk) -> str:
    """Monday 14 December: the FF case manager's step-up for a TAF on Wednesday 23 December."""
    at = london(2026, 12, 14, 9, 30)
    first = w.send("knowsley", "mash_step_up",
                   mail(f"Rachel Toohey <{RACHEL}>", "knowsleymash@knowsley.gov.uk", STEP_UP_SUBJECT, STEP_UP, at,
                        attachments_of("corpus/dev/knowsley_01.eml"), cc=f"Lisa Carney <{LISA}>"), at)
    req = w.request()
    assert (req.state, req.missing) == ("booked", []), (req.state, req.missing)
    assert any(ALED in m.to for m in first if m.purpose == "invitation")      # the MASH SW who chairs
    return req.reference


@pytest.mark.parametrize("transferred", [True, False], ids=["transferred-that-day", "not-transferred"])
def test_knowsley_step_up_agreed_is_transferred_the_same_day(tmp_path, transferred):
    """knowsley.txt, Appendix 2 (step up process flow chart), YES: "Lead Professional to initiate
    transfer within same day clearly stating date and time of step up meeting"; 7-minute briefing,
    6: "If it is agreed that the case should step-up to CSC, the Family First Case Manger will
    transfer the case to ICS from EHM". Agreed on the page at the meeting (Wednesday 23 December),
    the transfer is due by 17:00 that day; not recorded, the Family First MASH manager hears on
    Thursday 24 December and the MASH team manager on Tuesday 29 December (25 and 28 are bank
    holidays), the case manager copied."""
    w = Walk(tmp_path, london(2026, 12, 14, 9))
    try:
        ref = knowsley_step_up(w)
        page, sent = w.page("outcome", london(2026, 12, 23, 12), outcome="agreed", decided_by="Aled Pryce, MASH social worker",
                            rationale="Neglect is escalating despite the TAF plan; the threshold for a C&F assessment is met.")
        flash(page, "Outcome recorded; the next deadlines have started.")
        d = w.deadline("step_up_transfer_same_day")
        assert (to_london(d.starts_at), to_london(d.due_at), d.owner_role) == (
            london(2026, 12, 23, 12), london(2026, 12, 23, 17), "requester")
        if transferred:
            page, more = w.page("milestone", london(2026, 12, 23, 15, 30), event="case_transferred",
                                note="Transferred from EHM to ICS")
            flash(page, "Recorded: Case transferred.")
            sent += more
        sent += w.walk(date(2026, 12, 30))
        d = w.deadline("step_up_transfer_same_day")
        if transferred:
            assert (d.state, to_london(d.met_at), d.met_by) == ("met", london(2026, 12, 23, 15, 30), "case_transferred")
            assert w.request().state == "closed"
            assert log(sent, ref) == []
        else:
            assert d.state == "breached"
            assert log(sent, ref) == [
                ("Thu 24 Dec", "escalation", (DESMOND, RACHEL)),
                ("Tue 29 Dec", "escalation", (CORINNE, RACHEL)),
            ]
            first, second = [m for m in sent if m.ref == ref]
            assert first.subject == (f"[{ref}] Escalation 1 of 2: Transfer the case from EHM to ICS on the day the "
                                     "step-up is agreed overdue by 1 working day")
            assert "Escalation 2 of 2" in second.subject and "overdue by 2 working days" in second.subject
            assert "Wednesday 23 December 2026 at 17:00" in first.body
            assert "Lead Professional to initiate transfer within same day" in first.body
        plain(sent, STEP_UP_SUBJECT)
    finally:
        w.close()


@dataclass
class Played:
    """What a module-scoped journey left: everything it sent, and its request and deadlines."""
    ref: str
    sent: list
    pages: dict            # step -> the page shown after it
    request: Request
    deadlines: dict        # rule id -> Deadline (latest cycle), detached


def played(w: Walk, ref: str, sent: list, pages: dict) -> Played:
    with w.app.Session() as s:
        rows = s.scalars(select(Deadline).order_by(Deadline.cycle, Deadline.id)).all()
        req = s.scalars(select(Request)).one()
        s.expunge_all()
    return Played(ref, sent, pages, req, {d.rule_id: d for d in rows})


@pytest.fixture(scope="module")
def knowsley_kept_at_level_3(tmp_path_factory) -> Played:
    """The step-up TAF meeting on Wednesday 23 December keeps the case at level 3 (recorded on the
    page, with its rationale and contingency plan); on Thursday 24 December the case manager still
    disagrees and business support record the dispute, take it to the MASH team manager on Monday
    4 January and record its resolution on Wednesday 6 January."""
    w = Walk(tmp_path_factory.mktemp("knowsley_level_3"), london(2026, 12, 14, 9))
    try:
        ref = knowsley_step_up(w)
        pages, sent = {}, []
        decision = dict(outcome="not_agreed", decided_by="Aled Pryce, MASH social worker",
                        rationale="Needs can be met at level 3 with a revised TAF plan.")
        pages["no plan"], out = w.page("outcome", london(2026, 12, 23, 12), **decision)
        sent += out
        pages["outcome"], out = w.page("outcome", london(2026, 12, 23, 12, 5), **decision,
                                       contingency_plan="Weekly TAF meetings; GCP2 reviewed by 20 January; "
                                                        "step up again if home conditions do not improve.")
        sent += out
        pages["dispute"], out = w.page("dispute", london(2026, 12, 24, 11), dispute="step_up_not_agreed",
                                       note="Rachel and the school remain concerned about neglect.")
        sent += out + w.walk(date(2027, 1, 3))
        pages["escalate"], out = w.page("dispute_escalate", london(2027, 1, 4, 10),
                                        note="Not agreed with the team manager; to the MASH team manager.")
        sent += out + w.walk(date(2027, 1, 5))
        pages["resolve"], out = w.page("dispute_resolve", london(2027, 1, 6, 10),
                                       outcome="Discussed at the contact meeting: stepped up for a C&F assessment.")
        sent += out + w.walk(date(2027, 1, 8))
        return played(w, ref, sent, pages)
    finally:
        w.close()


def test_knowsley_step_up_not_agreed_records_the_rationale_and_a_contingency_plan(knowsley_kept_at_level_3):
    """knowsley.txt, Appendix 2 (flow chart), No: "MASH social worker to document on ICS case note
    rationale for not stepping up with clear contingency plan documented."; 7-minute briefing, 7:
    "If its not agreed for a step up then a summary and reason is also documented and a action and
    contingency plan is produced". The page refuses a "not agreed" with no contingency plan; with
    one, the rationale and plan are stored and the MASH social worker is reminded to put them on
    ICS (due Thursday 24 December), then the MASH team manager told on Tuesday 29 December."""
    k = knowsley_kept_at_level_3
    flash(k.pages["no plan"], "A decision that is not agreed needs a contingency plan.")
    flash(k.pages["outcome"], "Outcome recorded; the next deadlines have started.")
    assert (k.request.outcome, k.request.rationale) == ("not_agreed", "Needs can be met at level 3 with a revised TAF plan.")
    assert k.request.contingency_plan.startswith("Weekly TAF meetings")
    assert "step_up_transfer_same_day" not in k.deadlines
    d = k.deadlines["step_up_contingency_plan"]
    assert (to_london(d.due_at), d.owner_role, d.state) == (london(2026, 12, 24, 17), "mash_social_worker", "breached")
    ics = "Record the rationale for not stepping up and a contingency plan on ICS"
    assert log(k.sent, k.ref, about=ics) == [
        ("Thu 24 Dec", "reminder", (ALED,)),
        ("Tue 29 Dec", "escalation", (CORINNE, ALED)),
    ]
    (esc,) = [m for m in k.sent if m.ref == k.ref and ics in m.subject and m.purpose == "escalation"]
    assert "MASH social worker to document on ICS case note rationale" in esc.body
    plain(k.sent, STEP_UP_SUBJECT, "Rachel and the school remain concerned about neglect.")


def test_knowsley_step_up_kept_at_level_3_goes_to_the_team_manager_then_the_mash_team_manager(knowsley_kept_at_level_3):
    """knowsley.txt §4: "If, following a step up TAF meeting, the decision is that the case can
    remain at Level 3 and professionals working with the child/family remain concerned as to the
    decision, the Family First Case Manager should discuss this with their Team Manager and if
    required this should be escalated to the MASH Team Manager for discussion, if no agreement take
    to contact meeting." Raised on the page on Thursday 24 December: the case manager's team
    manager (copied on the request) is told at once and reminded by the daemon's sweep three
    working days later, Thursday 31 December (25 and 28 December are bank holidays); taken further
    on Monday 4 January, the MASH team manager is told, with the contact meeting named as what
    follows; resolved on Wednesday 6 January, before her reminder was due (Thursday 7 January),
    nobody hears more."""
    k = knowsley_kept_at_level_3
    flash(k.pages["dispute"], "Dispute recorded; the sender&#39;s team manager has been told.")
    flash(k.pages["escalate"], "Taken to the next level; the MASH team manager has been told.")
    flash(k.pages["resolve"], "Dispute resolved and recorded.")
    assert "Resolved: Discussed at the contact meeting" in k.pages["resolve"]
    dispute = "Dispute for you to resolve: Professionals remain concerned after a step-up TAF meeting"
    assert log(k.sent, k.ref, about=dispute) == [
        ("Thu 24 Dec", "escalation", (LISA,)),
        ("Thu 31 Dec", "escalation", (LISA,)),       # the reminder: still with her after 3 working days
        ("Mon 04 Jan", "escalation", (CORINNE,)),
    ]
    told = [m for m in k.sent if m.ref == k.ref and dispute in m.subject]
    assert not told[0].subject.startswith(f"[{k.ref}] Reminder") and "(level 1 of 2)" in told[0].body
    assert "goes next to: MASH team manager" in told[0].body
    assert told[1].subject.startswith(f"[{k.ref}] Reminder: Dispute for you to resolve")
    assert "(level 2 of 2)" in told[2].body and "if no agreement take to contact meeting" in told[2].body
    assert "the case goes to the contact meeting" in told[2].body
    plain(k.sent, STEP_UP_SUBJECT, "Rachel and the school remain concerned about neglect.",
          "Not agreed with the team manager; to the MASH team manager.")


# -- Knowsley: after a level 3 step-down (K16, K10) ----------------------------------------------

SAM, DEE = "sam.carter@knowsley.gov.uk", "dee.hughes@knowsley.gov.uk"        # social worker, their TM
ELINOR, FARID = "elinor.marsh@knowsley.gov.uk", "farid.quayle@knowsley.gov.uk"  # FF duty TM, FF case manager
STEP_DOWN_SUBJECT = "Step down - Paula White"
STEP_DOWN = ("Hello,\n\nStep down to Family First at level 3 for Paula White (DOB 03/02/2012). Mum has consented to the "
             "case being referred to Family First.\nThe final CIN meeting is on Thursday 17 December 2026 at 2pm at "
             "Huyton Family Hub.\n\nWhat are we worried about: mum's low mood and Paula's school attendance.\n"
             "What is working well: mum engages with the school.\nWhat needs to happen: a TAF to support attendance.\n\n"
             "Thanks\nSam Carter\nSocial Worker\n")


def knowsley_step_down(w: Walk) -> str:
    at = london(2026, 12, 7, 10)
    first = w.send("knowsley", "early_help_duty",
                   mail(f"Sam Carter <{SAM}>", "FamilyFirst0-18DutyMailbox@knowsley.gov.uk", STEP_DOWN_SUBJECT,
                        STEP_DOWN, at, cc=f"Dee Hughes <{DEE}>"), at)
    req = w.request()
    assert (req.state, req.missing) == ("booked", []), (req.state, req.missing)
    assert any(FARID in m.to for m in first if m.purpose == "invitation")     # a FF case manager attends
    return req.reference


@pytest.mark.parametrize("documents_sent", [False, True], ids=["never-sent", "sent-on-4-january"])
def test_knowsley_step_down_documents_reach_the_new_lead_practitioner_within_10_working_days(tmp_path, documents_sent):
    """knowsley.txt §2, "The final CIN Meeting": "the final CIN meeting and any other relevant
    documentation such as C&F assessments documentation will need to be received within 10 working
    days of step-down". Agreed at the final CIN meeting on Thursday 17 December: 10 working days
    over Christmas and New Year end on Tuesday 5 January. The social worker is reminded on
    Wednesday 30 December and Monday 4 January; if nothing is recorded their team manager (copied on
    the request) hears on Wednesday 6 January, the Family First duty team manager on Friday 8 and
    the head of service (CIN and CP) on Wednesday 13 January. Documents recorded as sent on 4
    January stop it."""
    w = Walk(tmp_path, london(2026, 12, 7, 9))
    try:
        ref = knowsley_step_down(w)
        page, sent = w.page("outcome", london(2026, 12, 17, 16), outcome="agreed", decided_by="CIN chair",
                           rationale="Agreed at the final CIN meeting: the CIN plan's goals are met.")
        flash(page, "Outcome recorded; the next deadlines have started.")
        d = w.deadline("step_down_documents_10_wd")
        assert (to_london(d.starts_at), to_london(d.due_at), d.owner_role) == (
            london(2026, 12, 17, 16), london(2027, 1, 5, 17), "requester")
        sent += w.walk(date(2027, 1, 4))
        if documents_sent:
            page, out = w.page("milestone", london(2027, 1, 4, 11), event="documents_sent",
                               note="C&F assessment and CIN minutes sent to the FF case manager")
            flash(page, "Recorded: Documents sent.")
            sent += out
        sent += w.walk(date(2027, 1, 8) if documents_sent else date(2027, 1, 13))
        docs = "C&F assessment, final CIN minutes and closing summary to reach the new Lead Practitioner"
        reminders = [("Wed 30 Dec", "reminder", (SAM,)), ("Mon 04 Jan", "reminder", (SAM,))]
        escalations = [("Wed 06 Jan", "escalation", (DEE, SAM)), ("Fri 08 Jan", "escalation", (ELINOR, SAM)),
                       ("Wed 13 Jan", "escalation", (GWEN, SAM))]
        assert log(sent, ref, about=docs) == reminders + ([] if documents_sent else escalations)
        mine = [m for m in sent if m.ref == ref and docs in m.subject]
        assert mine[0].subject == f"[{ref}] Reminder: {docs} due in 3 working days (Tue 5 Jan)"
        if documents_sent:
            d = w.deadline("step_down_documents_10_wd")
            assert (d.state, to_london(d.met_at)) == ("met", london(2027, 1, 4, 11))
        else:
            assert mine[-1].subject == f"[{ref}] Escalation 3 of 3: {docs} overdue by 6 working days"
            assert "Tuesday 5 January 2027 at 17:00" in mine[-1].body
        plain(sent, STEP_DOWN_SUBJECT)
    finally:
        w.close()


def test_knowsley_step_down_disagreement_goes_to_both_heads_of_service(tmp_path):
    """knowsley.txt §2, N.B.: "If there is disagreement between CSC and the EH service receiving
    responsibility for the family concerning the plan to step down, which cannot be resolved by
    managers then the case should be escalated to respective Heads of Service." Raised on the page on
    Friday 11 December, both heads of service (CIN and CP; Early Help) are told, and both are
    reminded by the daemon's sweep on Wednesday 16 December."""
    w = Walk(tmp_path, london(2026, 12, 7, 9))
    try:
        ref = knowsley_step_down(w)
        sent = []
        page, out = w.page("dispute", london(2026, 12, 11, 11), dispute="step_down_disagreement",
                           note="Family First and the CIN team managers disagree about the step-down plan.")
        sent += out
        told = {a for m in out if m.ref == ref and "Dispute for you to resolve" in m.subject for a in m.to}
        assert {GWEN, HAMISH} <= told, told
        sent += w.walk(date(2026, 12, 17))
        reminded = {a for m in sent if m.ref == ref and "Reminder: Dispute" in m.subject for a in m.to}
        assert {GWEN, HAMISH} <= reminded
    finally:
        w.close()


# -- Richmond & Wandsworth: after the decision (R7, R9) ------------------------------------------

MARCUS = "marcus.fenwick@richmondandwandsworth.gov.uk"          # Early Help team manager (step-up sender)
OLU, ANITA = "oluwaseun.bright@richmondandwandsworth.gov.uk", "anita.desai-lowe@richmondandwandsworth.gov.uk"
IMOGEN, JASPER = "imogen.varley@richmondandwandsworth.gov.uk", "jasper.quint@richmondandwandsworth.gov.uk"
KEZIAH, LORCAN = "keziah.bloom@richmondandwandsworth.gov.uk", "lorcan.pettigrew@richmondandwandsworth.gov.uk"
RW_UP_SUBJECT, RW_DOWN_SUBJECT = "Step up - Kai Brennan", "Step down - Zoe Adeyemi-Clarke"
RW_UP = ("Dear MASH colleagues,\n\nFollowing a reflective discussion with Bethany I am requesting a step up to Children's "
         "Services for Kai Brennan (DOB 07/03/2013, Mosaic ID 1184529). The latest case summary is attached.\n\n"
         "Rationale for step up\nSince Early Help started in June there have been three further police call-outs for "
         "domestic abuse between mum and her partner, and Kai was present each time. We do not think the risk can be "
         "managed at Early Help level any longer, although there is no immediate child protection concern today.\n\n"
         "Mum is aware of the step up and agrees with it.\n\nAs Early Help Team Manager I agree the step up.\n\n"
         "Marcus Fenwick\nEarly Help Team Manager\n")
RW_DOWN = ("Dear Duty Team Manager,\n\nFurther to our call this morning, I am confirming the step-down case discussion for "
           "Zoe Adeyemi-Clarke (DOB 30/09/2018, Mosaic 1355810) on Thursday 17th December at 2pm on Teams.\n\n"
           "The plan has largely been achieved and statutory involvement is no longer needed, but Zoe and her mum would "
           "benefit from continued Early Help support. Ms Clarke has given her consent for Early Help to continue the "
           "plan. My Team Manager, Anita Desai-Lowe (cc'd), has agreed the step down.\n\n"
           "Attached: latest case summary and the draft plan for Early Help.\n\nOluwaseun Bright\nSocial Worker\n")


def rw_request(w: Walk, kind: str) -> str:
    """Monday 14 December: an R&W step-up (the EH team manager to the MASH Step Up inbox; stepbot
    books the case discussion) or step-down (the social worker confirms the discussion they agreed,
    Thursday 17 December at 14:00)."""
    at = london(2026, 12, 14, 10)
    if kind == "step_up":
        raw = mail(f"Marcus Fenwick <{MARCUS}>", "MASH-StepUP@richmondandwandsworth.gov.uk", RW_UP_SUBJECT, RW_UP, at,
                   attachments_of("corpus/dev/richmond_wandsworth_01.eml"))
        first = w.send("richmond_wandsworth", "mash_step_up", raw, at)
        assert any(IMOGEN in m.to for m in first if m.purpose == "invitation")
    else:
        raw = mail(f"Oluwaseun Bright <{OLU}>", "EarlyHelpDuty@richmondandwandsworth.gov.uk", RW_DOWN_SUBJECT, RW_DOWN,
                   at, attachments_of("corpus/dev/richmond_wandsworth_04.eml"), cc=f"Anita Desai-Lowe <{ANITA}>")
        first = w.send("richmond_wandsworth", "early_help_duty", raw, at)
        assert any(JASPER in m.to for m in first if m.purpose == "invitation")
    req = w.request()
    assert (req.state, req.missing) == ("booked", []), (req.state, req.missing)
    return req.reference


@pytest.fixture(scope="module", params=[("step_up", False), ("step_up", True), ("step_down", False),
                                        ("step_down", True)],
                ids=["step-up-nothing-recorded", "step-up-recorded", "step-down-nothing-recorded",
                     "step-down-recorded"])
def rw_decided(request, tmp_path_factory) -> tuple[str, bool, Played]:
    """The decision recorded on the page on Thursday 17 December (after the case discussion); then,
    in the "recorded" journeys, business support record the decision put on Mosaic on Friday 18
    December and the joint visit done on Wednesday 23 December. The daemon runs every morning from
    the decision to Thursday 31 December (recorded) or Tuesday 5 January."""
    kind, recorded = request.param
    w = Walk(tmp_path_factory.mktemp(f"rw_{kind}_{recorded}"), london(2026, 12, 14, 9))
    try:
        ref = rw_request(w, kind)
        sent, pages = [], {}
        pages["outcome"], out = w.page(
            "outcome", london(2026, 12, 17, 16), outcome="agreed",
            decided_by="Imogen Varley, MASH manager" if kind == "step_up" else "Jasper Quint, Early Help manager",
            rationale="Agreed at the case discussion.")
        sent += out + w.walk(date(2026, 12, 18))
        if recorded:
            pages["mosaic"], out = w.page("milestone", london(2026, 12, 18, 12), event="mosaic_recorded",
                                          note="Decision and rationale on Mosaic")
            sent += out
        sent += w.walk(date(2026, 12, 23))
        if recorded:
            pages["visit"], out = w.page("milestone", london(2026, 12, 23, 11), event="joint_visit_held",
                                         note="Joint visit with the new worker")
            sent += out
        sent += w.walk(date(2026, 12, 31) if recorded else date(2027, 1, 5))
        return kind, recorded, played(w, ref, sent, pages)
    finally:
        w.close()


def test_richmond_wandsworth_joint_visit_within_5_working_days_of_the_decision_then_the_letter(rw_decided):
    """richmond_wandsworth.txt, "Step Up Discussion": "Following the joint visit (which should take
    place within 5 working days of the decision to step-up) a letter should be sent to the family
    from the Early Help Worker to confirm arrangements."; "Step Down Case Discussion": the same
    "within 5 working days of the agreement to step-down", the letter from the social worker.
    Agreed on Thursday 17 December, the visit is due on Thursday 24 December; the sender is
    reminded on Tuesday 22 and Thursday 24 December; not recorded, the escalations go on Tuesday 29
    December (after Christmas) to the Early Help service manager (step-up) or the social worker's
    team manager (step-down), then to the social care service manager. Recorded on Wednesday 23
    December, the letter is due two working days later, Tuesday 29 December (a local choice)."""
    kind, recorded, p = rw_decided
    flash(p.pages["outcome"], "Outcome recorded; the next deadlines have started.")
    sender = MARCUS if kind == "step_up" else OLU
    visit = p.deadlines[f"{kind}_joint_visit_5_wd"]
    assert (to_london(visit.starts_at), to_london(visit.due_at), visit.owner_role) == (
        london(2026, 12, 17, 16), london(2026, 12, 24, 17), "requester")
    about = ("Joint visit by the Early Help worker and the social worker after the step-up is agreed" if kind == "step_up"
             else "Joint visit by the social worker and the new Early Help worker after the step-down is agreed")
    if recorded:
        flash(p.pages["visit"], "Recorded: Joint home visit done.")
        assert (visit.state, to_london(visit.met_at)) == ("met", london(2026, 12, 23, 11))
        assert log(p.sent, p.ref, about=about) == [("Tue 22 Dec", "reminder", (sender,))]
        letter = p.deadlines[f"{kind}_letter_to_family"]
        assert (to_london(letter.starts_at), to_london(letter.due_at)) == (london(2026, 12, 23, 11), london(2026, 12, 29, 17))
        title = ("Letter to the family from the Early Help worker confirming arrangements" if kind == "step_up"
                 else "Letter to the family from the social worker confirming arrangements")
        assert log(p.sent, p.ref, about=title) == [
            ("Tue 29 Dec", "reminder", (sender,)),
            ("Wed 30 Dec", "escalation", (KEZIAH if kind == "step_up" else ANITA, sender)),
        ]
    else:
        assert visit.state == "breached" and f"{kind}_letter_to_family" not in p.deadlines
        first, second = (KEZIAH, "Mon 04 Jan") if kind == "step_up" else (ANITA, "Thu 31 Dec")
        assert log(p.sent, p.ref, about=about) == [
            ("Tue 22 Dec", "reminder", (sender,)),
            ("Thu 24 Dec", "reminder", (sender,)),
            ("Tue 29 Dec", "escalation", (first, sender)),
            (second, "escalation", (LORCAN, sender)),
        ]
        mine = [m for m in p.sent if m.ref == p.ref and about in m.subject]
        assert mine[0].subject == f"[{p.ref}] Reminder: {about} due in 2 working days (Thu 24 Dec)"
        assert mine[2].subject == f"[{p.ref}] Escalation 1 of 2: {about} overdue by 1 working day"
        assert "within 5 working days of the" in mine[2].body
    plain(p.sent, RW_UP_SUBJECT, RW_DOWN_SUBJECT)


def test_richmond_wandsworth_decision_and_rationale_recorded_on_mosaic(rw_decided):
    """richmond_wandsworth.txt, "Mosaic": "The MASH Manager will detail the decision making and
    rationale for the agreement or not to the child, young person and their family being stepped up
    to Children's Services on Mosaic." and "The Early Help Manager will detail the decision making
    and rationale for the agreement or not ... being stepped down to Early Help Services on Mosaic."
    The page needs the rationale with the outcome; the record on Mosaic is due the next working day
    (a local choice), Friday 18 December: the MASH manager (step-up) or the Early Help manager
    (step-down) is reminded that morning and, if it is not recorded, their service manager (social
    care; Early Help) hears on Tuesday 22 December."""
    kind, recorded, p = rw_decided
    assert (p.request.outcome, p.request.rationale) == ("agreed", "Agreed at the case discussion.")
    owner, manager = (IMOGEN, LORCAN) if kind == "step_up" else (JASPER, KEZIAH)
    d = p.deadlines[f"{kind}_decision_on_mosaic"]
    assert (to_london(d.starts_at), to_london(d.due_at)) == (london(2026, 12, 17, 16), london(2026, 12, 18, 17))
    who = "MASH manager" if kind == "step_up" else "Early Help manager"
    about = f"{who} records the {kind.replace('_', '-')} decision and rationale on Mosaic"
    if recorded:
        flash(p.pages["mosaic"], "Recorded: Recorded on Mosaic.")
        assert (d.state, to_london(d.met_at)) == ("met", london(2026, 12, 18, 12))
        assert log(p.sent, p.ref, about=about) == [("Fri 18 Dec", "reminder", (owner,))]
    else:
        assert d.state == "breached"
        assert log(p.sent, p.ref, about=about) == [
            ("Fri 18 Dec", "reminder", (owner,)),
            ("Tue 22 Dec", "escalation", (manager, owner)),
        ]
        (esc,) = [m for m in p.sent if m.ref == p.ref and about in m.subject and m.purpose == "escalation"]
        assert esc.subject == f"[{p.ref}] Escalation 1 of 1: {about} overdue by 2 working days"
        assert f"The {who.title().replace('Mash', 'MASH')} will detail the decision making and rationale" in esc.body
    plain(p.sent, RW_UP_SUBJECT, RW_DOWN_SUBJECT)


# -- Richmond & Wandsworth, Tower Hamlets, Herefordshire: dispute ladders (R10, T9, H8) ----------

def ladder(w: Walk, ref: str, dispute: str, *, raised: datetime, taken: list[datetime], resolved: datetime,
           until: date) -> tuple[list[Sent], dict]:
    """Raise the dispute on the page, take it up a level at each of ``taken``, resolve it; the
    daemon runs every morning in between (and after each step, to send what the page queued)."""
    sent, pages = [], {}
    pages["raised"], out = w.page("dispute", raised, dispute=dispute, note="The professionals disagree about the service.")
    sent += out
    for i, at in enumerate(taken):
        sent += w.walk(at.date() - timedelta(days=1))
        pages[f"taken {i + 1}"], out = w.page("dispute_escalate", at, note="Not resolved at that level.")
        sent += out
    sent += w.walk(resolved.date() - timedelta(days=1))
    pages["resolved"], out = w.page("dispute_resolve", resolved, outcome="A way forward was agreed.")
    sent += out + w.walk(until)
    return sent, pages


def disputes_told(sent: list[Sent], ref: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """(London day, first or reminder, recipients) of each dispute mail about the request."""
    return [(f"{m.at:%a %d %b}", "reminder" if "] Reminder: Dispute" in m.subject else "told", m.to)
            for m in sent if m.ref == ref and "Dispute for you to resolve" in m.subject]


DISPUTE_DAYS = dict(raised=london(2026, 12, 21, 11), taken=[london(2026, 12, 29, 10), london(2027, 1, 5, 10)],
                    resolved=london(2027, 1, 7, 10), until=date(2027, 1, 8))


@pytest.mark.parametrize("kind", ["step_up", "step_down"])
def test_richmond_wandsworth_a_dispute_goes_from_the_team_manager_to_their_service_managers(tmp_path, kind):
    """richmond_wandsworth.txt, "Step Up Discussion": "Where there is a dispute as to Children's
    Services being the right service ... the Early Help Team Manager is responsible for speaking to
    their Service Managers to agree a way forward."; "Step Down Case Discussion": the same for "Early
    Help being the right service", "the Social Work Team Manager". Raised on the page on Monday 21
    December, the team manager (step-up: the Early Help team manager who sent it; step-down: the
    social worker's, copied on it) is told, and reminded by the daemon's sweep three working days
    later, Thursday 24 December; taken further on Tuesday 29 December and Tuesday 5 January, it goes
    to their service managers (the first reminded on Monday 4 January, across New Year's Day);
    resolved on Thursday 7 January, before the last one's reminder was due (Friday 8 January),
    nobody hears more."""
    w = Walk(tmp_path, london(2026, 12, 14, 9))
    try:
        ref = rw_request(w, kind)
        sent, pages = ladder(w, ref, f"{kind}_dispute", **DISPUTE_DAYS)
        tm, first_sm, second_sm = (MARCUS, KEZIAH, LORCAN) if kind == "step_up" else (ANITA, LORCAN, KEZIAH)
        flash(pages["raised"], "Dispute recorded; the ")
        flash(pages["resolved"], "Dispute resolved and recorded.")
        assert disputes_told(sent, ref) == [
            ("Mon 21 Dec", "told", (tm,)), ("Thu 24 Dec", "reminder", (tm,)),
            ("Tue 29 Dec", "told", (first_sm,)), ("Mon 04 Jan", "reminder", (first_sm,)),
            ("Tue 05 Jan", "told", (second_sm,)),
        ]
        told = [m for m in sent if m.ref == ref and m.subject.startswith(f"[{ref}] Dispute for you to resolve")]
        service = "Children" if kind == "step_up" else "Early Help"
        assert f"Dispute whether {service}" in told[0].subject and "(level 1 of 3)" in told[0].body
        assert "is responsible for speaking to their Service Managers" in told[0].body
        assert "You are the last level the protocol names." in told[2].body
        plain(sent, RW_UP_SUBJECT, RW_DOWN_SUBJECT)
    finally:
        w.close()


ANWAR, SHIRIN = "anwar.hossain@towerhamlets.gov.uk", "shirin.haque@towerhamlets.gov.uk"
OLWEN, PRIYA, QUENTIN = ("olwen.fairclough@towerhamlets.gov.uk", "priya.castellan@towerhamlets.gov.uk",
                         "quentin.ashdown@towerhamlets.gov.uk")
TH_SUBJECT = "Step up to MAST - Rahman children"
TH_STEP_UP = ("Dear MAST,\n\nI am requesting a step up for Ayaan Rahman (DOB 12/05/2014) and Inaya Rahman (DOB 03/10/2017), "
              "Mosaic ID 1420716. Dad's mental health has declined and the children are coming to school hungry and in "
              "unwashed uniform; I would describe it as neglect. Dad has consented to the referral to MAST. My team "
              "manager Shirin Haque (cc'd) has agreed the step up, and the completed Multi-Agency Request for Support form "
              "is attached.\n\nAnwar Hossain\nEarly Help Practitioner\n")


def test_tower_hamlets_a_difference_of_opinion_follows_the_partnership_escalation_procedure(tmp_path):
    """tower_hamlets.txt, "Dispute resolution/ Escalation": "If there is a difference of opinion
    between professionals about a step up or step down process; for example, ... a 'step up' is not
    accepted by MAST, the partnership dispute resolution/ escalation procedure should be followed."
    The seed names no rungs; the pack maps the procedure to the practitioner's team manager, the
    Early Help service manager, then the heads of service who approved the guidance (MAST; Early
    Help). A step-up MAST did not accept, raised on the page on Monday 21 December: each rung is
    told when it has the dispute and reminded by the daemon's sweep three working days later
    (Thursday 24 December; Monday 4 January, across Christmas and New Year; Friday 8 January);
    resolved on Tuesday 12 January, before the last rung's reminder, nobody hears more."""
    w = Walk(tmp_path, london(2026, 12, 14, 9))
    try:
        at = london(2026, 12, 14, 10)
        first = w.send("tower_hamlets", "mash_step_up",
                       mail(f"Anwar Hossain <{ANWAR}>", "MAST@towerhamlets.gov.uk", TH_SUBJECT, TH_STEP_UP, at,
                            attachments_of("corpus/dev/tower_hamlets_01.eml"), cc=f"Shirin Haque <{SHIRIN}>"), at)
        assert any("maryam.okonjo@towerhamlets.gov.uk" in m.to for m in first if m.purpose == "invitation")
        ref = w.request().reference
        days = dict(DISPUTE_DAYS, taken=[london(2026, 12, 29, 10), london(2027, 1, 5, 10), london(2027, 1, 11, 10)],
                    resolved=london(2027, 1, 12, 10), until=date(2027, 1, 14))
        sent, pages = ladder(w, ref, "partnership_escalation", **days)
        flash(pages["raised"], "Dispute recorded; the sender&#39;s team manager has been told.")
        flash(pages["taken 3"], "Taken to the next level; the ")
        flash(pages["resolved"], "Dispute resolved and recorded.")
        assert disputes_told(sent, ref) == [
            ("Mon 21 Dec", "told", (SHIRIN,)), ("Thu 24 Dec", "reminder", (SHIRIN,)),
            ("Tue 29 Dec", "told", (OLWEN,)), ("Mon 04 Jan", "reminder", (OLWEN,)),
            ("Tue 05 Jan", "told", (PRIYA,)), ("Fri 08 Jan", "reminder", (PRIYA,)),
            ("Mon 11 Jan", "told", (QUENTIN,)),       # resolved on 12 January, before his reminder (14th)
        ]
        told = [m for m in sent if m.ref == ref and m.subject.startswith(f"[{ref}] Dispute for you to resolve")]
        assert "MAST does not accept a step-up" in told[0].subject
        assert "partnership dispute resolution/ escalation procedure should be followed" in told[0].body
        assert "(level 1 of 4)" in told[0].body and "(level 4 of 4)" in told[-1].body
        plain(sent, TH_SUBJECT)
    finally:
        w.close()


WILFRED = "wilfred.oyelaran@herefordshire.gov.uk"    # Early Help co-ordinator manager
HSAM, RHIAN = "sam.carter@herefordshire.gov.uk", "rhian.powell@herefordshire.gov.uk"   # social worker, their TM
HEREFORDSHIRE_SUBJECT = "Step down plan - Oakley"
HEREFORDSHIRE = ("Hello,\n\nPlease find attached the Early Help Assessment step-down plan for Poppy Oakley (DOB 11/06/2013) "
                 "and mum's signed written consent. The family's remaining needs are at intensive (Level 3).\n\n"
                 "Key person: Sarah Pritchard, Family Support Worker, Leominster Family Hub - she has been consulted and "
                 "is happy to lead.\n\nThanks,\nSam Carter\nSocial Worker\n")


def test_herefordshire_unresolved_queries_go_to_the_coordinator_manager_who_liaises_with_social_care(tmp_path):
    """herefordshire.txt, "Roles and responsibilities", Early help co-ordinator manager: "To liaise
    with social care workers or managers regarding any unresolved queries." Raised on the page on
    Monday 21 December, the co-ordinator manager is told and reminded by the daemon's sweep on
    Thursday 24 December; taken further on Tuesday 29 December, the social worker's manager
    (copied on the plan) is told; resolved on Thursday 31 December, before her reminder was due
    (Monday 4 January, after New Year's Day), nobody hears more."""
    w = Walk(tmp_path, london(2026, 12, 14, 9))
    try:
        at = london(2026, 12, 14, 10)
        w.send("herefordshire", "early_help_duty",
               mail(f"Sam Carter <{HSAM}>", "earlyhelpcoordinators@herefordshire.gov.uk", HEREFORDSHIRE_SUBJECT,
                    HEREFORDSHIRE, at, attachments_of("corpus/dev/herefordshire_01.eml"), cc=f"Rhian Powell <{RHIAN}>"), at)
        ref = w.request().reference
        days = dict(DISPUTE_DAYS, taken=[london(2026, 12, 29, 10)], resolved=london(2026, 12, 31, 10), until=date(2027, 1, 4))
        sent, pages = ladder(w, ref, "unresolved_queries", **days)
        flash(pages["raised"], "Dispute recorded; the Early Help coordinator manager has been told.")
        flash(pages["resolved"], "Dispute resolved and recorded.")
        assert disputes_told(sent, ref) == [
            ("Mon 21 Dec", "told", (WILFRED,)), ("Thu 24 Dec", "reminder", (WILFRED,)),
            ("Tue 29 Dec", "told", (RHIAN,)),        # resolved on 31 December, before her reminder
        ]
        told = [m for m in sent if m.ref == ref and "Dispute for you to resolve" in m.subject]
        assert told[0].subject == f"[{ref}] Dispute for you to resolve: Unresolved queries about a step-down"
        assert "To liaise with social care workers or managers regarding any unresolved queries." in told[0].body
        assert "(level 1 of 2)" in told[0].body and "(level 2 of 2)" in told[2].body
        plain(sent, HEREFORDSHIRE_SUBJECT)
    finally:
        w.close()


# -- Torbay: after the triage (B5, B7) and the MASH threshold discussion (B11) -------------------

JESS, CLAIRE = "jess.hannaford@torbay.gov.uk", "claire.hext@torbay.gov.uk"      # social worker, their TM
BS, ATM, SM = ("earlyhelp.businesssupport@torbay.gov.uk", "silas.penrose@torbay.gov.uk", "tamsin.verity@torbay.gov.uk")
TORBAY_SUBJECT = "Triage slot request - step down"
TORBAY = ("Hi Early Help,\n\nPlease could I have a triage slot for Noah Tozer – DOB 02/11/2016, whom I am stepping down "
          "from the Single Assessment Team to a level 3 coordinated Early Help response. LCS ref: LCS-2231457.\n\n"
          "The Single Assessment (attached) includes my analysis and the rationale behind the decision to step down. My "
          "Team Manager, Claire Hext, has recorded her manager's analysis confirming the threshold is met for level 3 "
          "intervention. Mum signed consent for level 3 Early Help on 19/11/2026.\n\nThanks,\nJess\n")


@pytest.fixture(scope="module", params=[False, True], ids=["nothing-recorded", "recorded"])
def torbay_triaged(request, tmp_path_factory) -> tuple[bool, Played]:
    """Wednesday 9 December: the social worker asks for a triage slot; stepbot books the Tuesday
    triage on 15 December, where the step-down is agreed (recorded on the page at noon). In the
    "recorded" journey business support record the minutes added on Wednesday 16 December and the
    warm handover on Wednesday 30 December. The daemon runs every morning from the triage to
    Tuesday 5 January (recorded) or Thursday 7 January."""
    recorded = request.param
    w = Walk(tmp_path_factory.mktemp(f"torbay_{recorded}"), london(2026, 12, 9, 9))
    try:
        at = london(2026, 12, 9, 14, 30)
        first = w.send("torbay", "early_help_duty",
                       mail(f"Jess Hannaford <{JESS}>", "earlyhelp@torbay.gov.uk", TORBAY_SUBJECT, TORBAY, at,
                            attachments_of("corpus/dev/torbay_01.eml"), cc=f"Claire Hext <{CLAIRE}>"), at)
        with w.app.Session() as s:
            b = active_booking(s.scalars(select(Request)).one())
            assert (b.panel, to_london(b.start)) == ("triage", london(2026, 12, 15, 9, 30))
        ref = w.request().reference
        sent, pages = first, {}
        pages["outcome"], out = w.page("outcome", london(2026, 12, 15, 12), outcome="agreed",
                                       decided_by="Tamsin Verity, Service Manager Early Help",
                                       rationale="Threshold for a level 3 coordinated response is met.")
        sent += out + w.walk(date(2026, 12, 16))
        if recorded:
            pages["minutes"], out = w.page("milestone", london(2026, 12, 16, 11), event="minutes_received",
                                           note="Minutes and actions added to LCS and EHM")
            sent += out
        sent += w.walk(date(2026, 12, 30))
        if recorded:
            pages["handover"], out = w.page("milestone", london(2026, 12, 30, 15), event="handover",
                                            note="Warm handover with the family and the EH worker")
            sent += out
        sent += w.walk(date(2027, 1, 5) if recorded else date(2027, 1, 7))
        return recorded, played(w, ref, sent, pages)
    finally:
        w.close()


def test_torbay_triage_minutes_and_actions_added_by_business_support(torbay_triaged):
    """torbay.txt, "Step down process from Single Assessment Team", 8: "Triage minutes & actions
    added to LCS/EHM by business support." The triage on Tuesday 15 December (its outcome recorded
    on the page) starts it; due the next working day (a local choice): Early Help business support
    are reminded on Wednesday 16 December and, if it is not recorded, the Early Help assistant team
    manager hears on Thursday 17 December."""
    recorded, p = torbay_triaged
    flash(p.pages["outcome"], "Outcome recorded; the next deadlines have started.")
    d = p.deadlines["triage_minutes_recorded"]
    assert (to_london(d.starts_at), to_london(d.due_at), d.owner_role) == (
        london(2026, 12, 15, 12), london(2026, 12, 16, 17), "early_help_business_support")
    about = "Business support add the triage minutes and actions to LCS/EHM"
    if recorded:
        flash(p.pages["minutes"], "Recorded: Minutes received.")
        assert (d.state, to_london(d.met_at)) == ("met", london(2026, 12, 16, 11))
        assert log(p.sent, p.ref, about=about) == [("Wed 16 Dec", "reminder", (BS,))]
    else:
        assert d.state == "breached"
        assert log(p.sent, p.ref, about=about) == [
            ("Wed 16 Dec", "reminder", (BS,)),
            ("Thu 17 Dec", "escalation", (ATM, BS)),
        ]
        (esc,) = [m for m in p.sent if m.ref == p.ref and about in m.subject and m.purpose == "escalation"]
        assert esc.subject == f"[{p.ref}] Escalation 1 of 1: {about} overdue by 1 working day"
        assert "Triage minutes & actions added to LCS/EHM by business support." in esc.body
    plain(p.sent, TORBAY_SUBJECT)


def test_torbay_social_worker_arranges_the_warm_handover(torbay_triaged):
    """torbay.txt, "Step down process from Single Assessment Team", 9-10: "If step down agreed,
    Social Worker/Team Manger initiate step-down process." / "SW to arrange warm handover meeting
    with rep from Early Help, family and relevant professionals to support transition process."
    Agreed at the triage on Tuesday 15 December; 10 working days (a local choice) over Christmas end
    on Thursday 31 December. The social worker is reminded on Thursday 24 and Wednesday 30
    December; not recorded, their team manager (copied on the request) hears on Monday 4 January
    (1 January is a bank holiday) and the Early Help assistant team manager on Thursday 7 January.
    Recorded on 30 December, nobody hears more."""
    recorded, p = torbay_triaged
    d = p.deadlines["warm_handover"]
    assert (to_london(d.starts_at), to_london(d.due_at), d.owner_role) == (
        london(2026, 12, 15, 12), london(2026, 12, 31, 17), "requester")
    about = "Social worker arranges the warm handover meeting with Early Help, the family and professionals"
    reminders = [("Thu 24 Dec", "reminder", (JESS,)), ("Wed 30 Dec", "reminder", (JESS,))]
    if recorded:
        flash(p.pages["handover"], "Recorded: Case handed over to the new worker.")
        assert (d.state, to_london(d.met_at)) == ("met", london(2026, 12, 30, 15))
        assert log(p.sent, p.ref, about=about) == reminders
    else:
        assert d.state == "breached"
        assert log(p.sent, p.ref, about=about) == reminders + [
            ("Mon 04 Jan", "escalation", (CLAIRE, JESS)),
            ("Thu 07 Jan", "escalation", (ATM, JESS)),
        ]
        mine = [m for m in p.sent if m.ref == p.ref and about in m.subject]
        assert mine[0].subject == f"[{p.ref}] Reminder: {about} due in 3 working days (Thu 31 Dec)"
        assert "SW to arrange warm handover meeting" in mine[2].body
    plain(p.sent, TORBAY_SUBJECT)


TORBAY_CONTACT_SUBJECT = "Harley B - contact to MASH"
TORBAY_CONTACT = ("Hi MASH,\n\nMy manager Steve Narracott (cc'd) has agreed that Harley Bickford (DOB 25/07/2014, EHM-733104) "
                  "needs to come to you for consideration of a level 4 response. Harley is currently open to me at level 3."
                  "\n\nDad's drinking has escalated and there have been two domestic abuse incidents in the last fortnight; "
                  "Harley was in the house both times. Dad has given his consent for this contact to MASH.\n\n"
                  "Lauren Widdicombe\nEarly Help Practitioner\n")


def test_torbay_mash_triages_the_contact_with_the_early_help_atm_and_service_manager(tmp_path):
    """torbay.txt, "Step up processes from level 3 to level 4", 2: "MASH will triage this
    information against the thresholds to include discussion with ATM/Service Manager Early Help
    and will advise the lead professional of the outcome". A contact to MASH on Monday 21 December:
    the MASH threshold discussion is booked and its invitation goes at the first pass to the MASH
    manager, the Early Help assistant team manager and the Early Help service manager (the role
    holders in config/deployment.yaml) and the lead professional who made the contact; the
    invitation deadline is met at once and nobody is chased over Christmas."""
    w = Walk(tmp_path, london(2026, 12, 21, 9))
    try:
        at = london(2026, 12, 21, 12, 30)
        lauren = "lauren.widdicombe@torbay.gov.uk"
        sent = w.send("torbay", "mash_step_up",
                      mail(f"Lauren Widdicombe <{lauren}>", "mash@torbay.gov.uk", TORBAY_CONTACT_SUBJECT, TORBAY_CONTACT,
                           at, cc="Steve Narracott <steve.narracott@torbay.gov.uk>"), at)
        assert w.people("torbay", "early_help_assistant_team_manager") == {ATM}
        assert w.people("torbay", "early_help_service_manager") == {SM}
        mash_manager = "rhiannon.tully@torbay.gov.uk"
        assert w.people("torbay", "mash_manager") == {mash_manager}
        ref = w.request().reference
        (invite,) = [m for m in sent if m.purpose == "invitation"]
        assert set(invite.to) == {mash_manager, ATM, SM, lauren}, invite.to
        assert invite.subject.startswith(f"Invitation: MASH threshold discussion [{ref}] Mon 21 Dec 2026 ")
        assert "discussion with ATM/Service Manager Early Help" in invite.body
        (ack,) = [m for m in sent if m.purpose == "ack"]
        assert ack.to == (lauren,) and "MASH threshold discussion is booked for Monday 21 December 2026" in ack.body
        d = w.deadline("step_up_discussion_invitation")
        assert (d.state, d.met_by) == ("met", "invitation_sent")
        later = w.walk(date(2026, 12, 24))
        assert log(later, ref) == []
        plain(sent + later, TORBAY_CONTACT_SUBJECT)
    finally:
        w.close()


# -- Torbay: the step-down plan not agreed at triage, then a further triage (B6) -----------------

ACTIONS = "N.T.: school attendance figures for the autumn term; safety plan reviewed with mum."


def test_torbay_step_down_plan_not_agreed_actions_go_to_the_social_worker_and_team_manager_then_a_further_triage(
        tmp_path):
    """torbay.txt, "Step down plan not agreed at triage": "If following triage meeting the step-down
    plan is not agreed, minutes and actions to be shared with Social Worker/Team Manager." / "Social
    Worker to liaise Assistant Team Manager & Service Manager Early Help once actions have been
    completed." / "Further triage discussion".

    Triage on Tuesday 15 December; the outcome "not agreed" is recorded on the page at noon with the
    actions. The social worker and her team manager (copied on the request) get the actions that
    day, with the day the plan is expected back (20 working days, a local choice: Friday 15
    January). The page then offers the further triage; the social worker is reminded on Friday 8
    January. Business support book it on Monday 11 January: the first triage stays in the history,
    a new place on the standing triage (Tuesday 12 January 09:30) goes to the social worker and her
    team manager, the agenda to the service manager and ATM, and the 5-working-day triage timescale
    starts again (due Monday 18 January): business support are reminded on Thursday 14 and Monday 18
    January and the ATM hears on Tuesday 19 January, when the outcome is finally recorded."""
    w = Walk(tmp_path, london(2026, 12, 9, 9))
    try:
        at = london(2026, 12, 9, 14, 30)
        sent = w.send("torbay", "early_help_duty",
                      mail(f"Jess Hannaford <{JESS}>", "earlyhelp@torbay.gov.uk", TORBAY_SUBJECT, TORBAY, at,
                           attachments_of("corpus/dev/torbay_01.eml"), cc=f"Claire Hext <{CLAIRE}>"), at)
        ref = w.request().reference
        w.clock.at = london(2026, 12, 15, 11)
        sign_in(w.web, "kate")
        assert "/book_again" not in w.web.get(f"/requests/{ref}").text   # nothing to book again before the outcome

        page, out = w.page("outcome", london(2026, 12, 15, 12), outcome="not_agreed", contingency_plan=ACTIONS,
                           decided_by="Tamsin Verity, Service Manager Early Help",
                           rationale="The plan does not yet show school attendance is improving.")
        sent += out
        flash(page, "Outcome recorded; the next deadlines have started.")
        assert log(out, ref) == [("Tue 15 Dec", "outcome", (JESS, CLAIRE))]
        (told,) = [m for m in out if m.ref == ref]
        assert told.subject == f"[{ref}] Step-down plan not agreed: actions before a further discussion"
        assert ACTIONS in told.body
        assert "not agreed at the Early Help triage meeting on Tuesday 15 December 2026" in told.body
        assert "liaise with the Early Help assistant team manager and service manager" in told.body
        assert "expected back by Friday 15 January 2027 at 17:00 (Europe/London)" in told.body
        assert "minutes and actions to be shared with Social Worker/Team Manager" in told.body
        assert "Book the further Early Help triage meeting (next free slot)" in page
        d = w.deadline("not_agreed_back_to_triage")
        assert (to_london(d.due_at), d.owner_role, d.state) == (london(2027, 1, 15, 17), "requester", "open")

        _, out = w.page("milestone", london(2026, 12, 16, 11), event="minutes_received",
                        note="Minutes and actions added to LCS and EHM")
        sent += out + w.walk(date(2027, 1, 10))
        sent += w.run(london(2027, 1, 11, 9, 5))  # the morning pass before business support book it
        page, out = w.page("book_again", london(2027, 1, 11, 10))
        sent += out
        flash(page, "Further meeting booked. Booked Tue 12 Jan 09:30.")
        assert "Held: triage" in page and "/book_again" not in page
        with w.app.Session() as s:
            req = s.scalars(select(Request)).one()
            assert [(b.panel, to_london(b.start), b.state) for b in req.bookings] == [
                ("triage", london(2026, 12, 15, 9, 30), "held"), ("triage", london(2027, 1, 12, 9, 30), "booked")]
            assert req.state == "booked"
        assert sorted(log(out, ref)) == sorted([("Mon 11 Jan", "invitation", (JESS, CLAIRE)),
                                                ("Mon 11 Jan", "agenda", (SM, ATM))])
        invitation = next(m for m in out if m.ref == ref and m.purpose == "invitation")
        assert "Tue 12 Jan 2027 09:30" in invitation.subject
        d = w.deadline("not_agreed_back_to_triage")
        assert (d.state, to_london(d.met_at)) == ("met", london(2027, 1, 11, 10))
        d = w.deadline("triage_within_5_wd")
        assert (d.cycle, to_london(d.starts_at), to_london(d.due_at), d.state) == (
            1, london(2027, 1, 11, 10), london(2027, 1, 18, 17), "open")

        sent += w.walk(date(2027, 1, 19))
        page, out = w.page("outcome", london(2027, 1, 19, 11), outcome="agreed",
                           decided_by="Tamsin Verity, Service Manager Early Help",
                           rationale="Attendance is improving; the threshold for level 3 is met.")
        sent += out
        flash(page, "Outcome recorded; the next deadlines have started.")
        d = w.deadline("triage_within_5_wd")
        assert (d.cycle, d.state, to_london(d.met_at)) == (1, "met", london(2027, 1, 19, 11))
        assert w.deadline("warm_handover").state == "open"

        assert log(sent, ref, about="Step-down not agreed") == [("Fri 08 Jan", "reminder", (JESS,))]
        assert log(sent, ref, about="Hear the step-down at the weekly triage within 5 working days") == [
            ("Thu 14 Jan", "reminder", (BS,)),
            ("Mon 18 Jan", "reminder", (BS,)),
            ("Tue 19 Jan", "escalation", (ATM, BS)),
        ]
        plain(sent, TORBAY_SUBJECT, ACTIONS)
    finally:
        w.close()
