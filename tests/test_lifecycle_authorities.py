"""One case per authority walked through its whole lifecycle on the real policy packs
(``config/authorities/*.yaml``): complete → booked → decided → every later deadline met or
breached. The clock moves an hour at a time and the deadline sweep runs at each step, as the
scheduler does; every reminder and escalation is asserted: who, when, and which rule."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from bot import deadlines, workflow
from bot.db import session_scope
from bot.models import Deadline, InboundMessage, OutboxMessage, Request
from bot.workcal import LONDON
from bot import protocols
from tests.support.deadlines_kit import add_request, body, london

SENDER = "sam.worker@agency.org.uk"
SENDER_MANAGER = "team.manager@agency.org.uk"


def new_request(app, authority, kind, *, at, level=None, children=(("Paula White", date(2012, 2, 3)),),
                complete=True):
    """A request as intake leaves it: received, the original message kept (its Cc names the sender's
    manager), request_received emitted, then request_complete or awaiting_info."""
    app.clock.at = at
    with session_scope(app.Session) as s:
        req = add_request(s, app, authority=authority, kind=kind, level=level, children=children,
                          sender=SENDER, state="received", at=at)
        raw = (f"From: {SENDER}\r\nTo: duty@example.org\r\nCc: {SENDER_MANAGER}\r\nSubject: request\r\n"
               f"Message-ID: <{authority}-{req.seq}@agency.org.uk>\r\n\r\nbody\r\n").encode()
        s.add(InboundMessage(authority=authority, mailbox=req.mailbox, message_key=f"<{authority}-{req.seq}>",
                             raw=raw, size=len(raw), request_id=req.id, received_at=at))
        workflow.emit(app, s, req, "request_received", at=at)
        if complete:
            workflow.transition(s, req, "ready", at=at)
            workflow.emit(app, s, req, "request_complete", at=at)
        else:
            req.missing = ["consent"]
            workflow.transition(s, req, "awaiting_info", at=at)
            workflow.emit(app, s, req, "awaiting_info", at=at)
        return req.id


def event(rid, name, *, state=None):
    def run(app, s, req, at):
        if state:
            workflow.transition(s, req, state, at=at)
        workflow.emit(app, s, req, name, at=at)
        if name == "info_complete":
            workflow.emit(app, s, req, "request_complete", at=at)
    run.rid = rid
    return run


def decide(rid, outcome):
    def run(app, s, req, at):
        workflow.record_decision(app, s, req, outcome=outcome, rationale="agreed at the meeting",
                                 contingency_plan=None, decided_by="Chair", at=at, actor="business support")
    run.rid = rid
    return run


def documents(rid, roles):
    def run(app, s, req, at):
        deadlines.on_documents(app, s, req, set(roles), at=at)
    run.rid = rid
    return run


def play(app, steps, *, until):
    """Apply each step at its time, sweeping on every hour in between (and just after each step)."""
    steps = sorted(steps, key=lambda x: x[0])
    tick = app.clock.now().replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
    for at, action in steps + [(until, None)]:
        while tick <= at:
            app.clock.at = tick
            deadlines.sweep(app)
            tick += timedelta(hours=1)
        app.clock.at = at
        if action is not None:
            with session_scope(app.Session) as s:
                action(app, s, s.get(Request, action.rid), at)
        deadlines.sweep(app)


def roles_of(app, authority):
    out = {SENDER: "requester", SENDER_MANAGER: "requester_manager"}
    for role, people in app.settings.deployment.authorities[authority].people.items():
        for p in people:
            out.setdefault(p.email, role)
    return out


def log(app, authority):
    """(London time, purpose, recipient roles (To, then Cc), rule id) for each reminder/escalation,
    in time order (rule id breaks ties within one sweep)."""
    roles = roles_of(app, authority)
    out = []
    with app.Session() as s:
        for r in s.scalars(select(OutboxMessage).where(OutboxMessage.purpose.in_(("reminder", "escalation", "chase")))
                           .order_by(OutboxMessage.id)):
            d = s.get(Deadline, int(r.idempotency_key.split(":")[1]))
            out.append((r.created_at, r.purpose, tuple(roles.get(a, a) for a in r.recipients), d.rule_id))
    out.sort(key=lambda x: (x[0], x[3]))
    return [(t.astimezone(LONDON).strftime("%a %d %b %H:%M"), *rest) for t, *rest in out]


def states(app, rid):
    with app.Session() as s:
        return sorted((d.rule_id, d.cycle, d.state) for d in s.scalars(select(Deadline).where(Deadline.request_id == rid)))


def outbox_rows(app):
    with app.Session() as s:
        return list(s.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))


def assert_safe_and_sourced(app, authority):
    pack = app.pack(authority)
    for r in outbox_rows(app):
        text = body(r)
        assert r.subject.startswith(f"[SB-{authority}-")
        assert "Paula" not in text and "White" not in text and "P.W." in text
        assert "(Europe/London)" in text
        assert any(protocols.cite(rule.source.file, rule.source.quote) in text and rule.source.quote in text
               for rule in pack.deadlines) or \
            (pack.chase and "chase" in r.idempotency_key)


# -- Knowsley ----------------------------------------------------------------------------------

def test_knowsley_step_down_level_3(tmp_app):
    app = tmp_app
    rid = new_request(app, "knowsley", "step_down", at=london(2026, 11, 23, 10))
    play(app, [
        (london(2026, 11, 24, 11), event(rid, "invitation_sent", state="booked")),
        (london(2026, 12, 2, 12), decide(rid, "agreed")),                 # final CIN meeting
        (london(2027, 1, 12, 14), event(rid, "review_held")),             # first TAF review at 6 weeks
    ], until=london(2027, 1, 15, 18))
    assert log(app, "knowsley") == [
        ("Tue 24 Nov 09:00", "reminder", ("family_first_business_support",), "step_down_acknowledged"),
        ("Fri 11 Dec 09:00", "reminder", ("requester",), "step_down_documents_10_wd"),
        ("Tue 15 Dec 09:00", "reminder", ("requester",), "step_down_documents_10_wd"),
        ("Thu 17 Dec 09:00", "escalation", ("requester_manager", "requester"), "step_down_documents_10_wd"),
        ("Mon 21 Dec 09:00", "escalation", ("family_first_duty_team_manager", "requester"), "step_down_documents_10_wd"),
        ("Thu 24 Dec 09:00", "escalation", ("head_of_service_cin_cp", "requester"), "step_down_documents_10_wd"),
        ("Wed 06 Jan 09:00", "reminder", ("family_first_case_manager",), "first_taf_review_6_weeks_level3"),
        ("Tue 12 Jan 09:00", "reminder", ("family_first_case_manager",), "first_taf_review_6_weeks_level3"),
    ]
    assert states(app, rid) == [("first_taf_review_6_weeks_level3", 0, "met"),
                                ("step_down_acknowledged", 0, "met"),
                                ("step_down_documents_10_wd", 0, "breached")]
    esc = [r for r in outbox_rows(app) if r.purpose == "escalation"]
    assert esc[2].subject == ("[SB-knowsley-1] Escalation 3 of 3: C&F assessment, final CIN minutes and closing "
                              "summary to reach the new Lead Practitioner overdue by 6 working days")
    assert "Wednesday 16 December 2026 at 17:00 (Europe/London)" in body(esc[2])
    assert_safe_and_sourced(app, "knowsley")


def test_knowsley_step_up_agreed_is_transferred_the_same_day(tmp_app):
    app = tmp_app
    rid = new_request(app, "knowsley", "step_up", at=london(2026, 11, 23, 10))
    play(app, [
        (london(2026, 11, 23, 15), event(rid, "invitation_sent", state="booked")),
        (london(2026, 12, 2, 14), decide(rid, "agreed")),
        (london(2026, 12, 4, 12), event(rid, "case_transferred")),
    ], until=london(2026, 12, 8, 18))
    assert log(app, "knowsley") == [
        # the same-day rule's only reminder (09:00 on the decision day) is before the decision: none
        ("Thu 03 Dec 09:00", "escalation", ("family_first_mash_manager", "requester"), "step_up_transfer_same_day"),
        ("Fri 04 Dec 09:00", "escalation", ("mash_team_manager", "requester"), "step_up_transfer_same_day"),
    ]
    with app.Session() as s:
        d = s.scalars(select(Deadline).where(Deadline.rule_id == "step_up_transfer_same_day")).one()
        assert (d.due_at, d.state, d.met_by) == (london(2026, 12, 2, 17), "met", "case_transferred")


# -- Richmond & Wandsworth ---------------------------------------------------------------------

def test_richmond_wandsworth_step_up_paused_then_late(tmp_app):
    app = tmp_app
    rid = new_request(app, "richmond_wandsworth", "step_up", at=london(2026, 11, 23, 10), complete=False)
    play(app, [
        (london(2026, 12, 1, 11), event(rid, "info_complete", state="ready")),
        (london(2026, 12, 3, 15), event(rid, "invitation_sent", state="booked")),
        (london(2026, 12, 8, 11), decide(rid, "agreed")),
        (london(2026, 12, 9, 12), event(rid, "mosaic_recorded")),
        (london(2026, 12, 15, 16), event(rid, "joint_visit_held")),
        (london(2026, 12, 21, 10), event(rid, "letter_sent")),
    ], until=london(2026, 12, 23, 18))
    assert log(app, "richmond_wandsworth") == [
        # paused: the invitation clock is not reminded; the sender is chased instead
        ("Wed 25 Nov 09:00", "chase", ("requester",), "chase"),
        ("Fri 27 Nov 09:00", "chase", ("requester",), "chase"),
        ("Tue 01 Dec 09:00", "chase", ("requester",), "chase"),
        # resumed Tue 1 Dec: 6 working days paused move "within 1 working day" to Wed 2 Dec
        ("Wed 02 Dec 09:00", "reminder", ("mash_business_support",), "step_up_invitation_1_wd"),
        ("Thu 03 Dec 09:00", "escalation", ("mash_manager", "mash_business_support"), "step_up_invitation_1_wd"),
        ("Wed 09 Dec 09:00", "reminder", ("mash_manager",), "step_up_decision_on_mosaic"),
        ("Fri 11 Dec 09:00", "reminder", ("requester",), "step_up_joint_visit_5_wd"),
        ("Tue 15 Dec 09:00", "reminder", ("requester",), "step_up_joint_visit_5_wd"),
        ("Thu 17 Dec 09:00", "reminder", ("requester",), "step_up_letter_to_family"),
        ("Fri 18 Dec 09:00", "escalation", ("service_manager_early_help", "requester"), "step_up_letter_to_family"),
    ]
    with app.Session() as s:
        inv = s.scalars(select(Deadline).where(Deadline.rule_id == "step_up_invitation_1_wd")).one()
        assert (inv.due_at, inv.state, inv.met_at) == (london(2026, 12, 2, 17), "met", london(2026, 12, 3, 15))
        assert inv.paused_total_seconds == int((london(2026, 12, 1, 11) - london(2026, 11, 23, 10)).total_seconds())
    assert ("chase", 0, "met") in states(app, rid)
    chase = [r for r in outbox_rows(app) if r.purpose == "chase"]
    assert "consent" in body(chase[0]) and "chase 1 of 3" in chase[0].subject
    assert_safe_and_sourced(app, "richmond_wandsworth")


# -- Tower Hamlets -----------------------------------------------------------------------------

def cin_review_on(rid, day):
    """The final CIN review on the day the step-down email gives (``workflow.record_stated``)."""
    def run(app, s, req, at):
        workflow.record_event(app, s, req, "cin_review_held", at=min(at, day), actor="stepbot",
                              note="the day the sender's email gives")
    run.rid = rid
    return run


def test_tower_hamlets_step_down_minutes_emailed(tmp_app):
    app = tmp_app
    rid = new_request(app, "tower_hamlets", "step_down", at=london(2026, 11, 23, 10))
    play(app, [
        (london(2026, 11, 23, 10, 5), event(rid, "assessment_completed")),
        # the email says the final CIN review was on Friday 20 November: the CIN minutes' 10 working
        # days run from it (due Friday 4 December), not from the TAF meeting held on 3 December
        (london(2026, 11, 23, 10, 5), cin_review_on(rid, london(2026, 11, 20, 12))),
        (london(2026, 11, 23, 15), event(rid, "invitation_sent", state="booked")),
        (london(2026, 12, 3, 10), decide(rid, "agreed")),
        # a follow-up email with the reference, the TAF and CIN minutes attached
        (london(2026, 12, 4, 14), documents(rid, {"taf_minutes", "cin_minutes"})),
    ], until=london(2026, 12, 18, 18))
    with app.Session() as s:
        (cin,) = s.scalars(select(Deadline).where(Deadline.request_id == rid,
                                                  Deadline.rule_id == "cin_review_minutes_10_wd")).all()
        assert (cin.starts_at.astimezone(LONDON), cin.due_at.astimezone(LONDON)) == (
            london(2026, 11, 20, 12), london(2026, 12, 4, 17))
    assert log(app, "tower_hamlets") == [
        ("Tue 01 Dec 09:00", "reminder", ("requester",), "cin_review_minutes_10_wd"),
        ("Wed 02 Dec 09:00", "reminder", ("requester",), "taf_meeting_minutes_10_wd"),
        ("Thu 03 Dec 09:00", "reminder", ("requester",), "cin_review_minutes_10_wd"),
        ("Fri 04 Dec 09:00", "reminder", ("requester",), "taf_meeting_minutes_10_wd"),
        ("Wed 09 Dec 09:00", "reminder", ("requester",), "written_confirmation_to_family"),
        ("Fri 11 Dec 09:00", "escalation", ("requester_manager", "requester"), "written_confirmation_to_family"),
    ]
    assert states(app, rid) == [("cin_review_minutes_10_wd", 0, "met"), ("step_down_invitation", 0, "met"),
                                ("taf_meeting_minutes_10_wd", 0, "met"),
                                ("written_confirmation_to_family", 0, "breached")]
    cin_first, taf_first = outbox_rows(app)[:2]
    assert "or a reply with the reference in the subject brings the TAF meeting minutes" in body(taf_first)
    assert "Final CIN review minutes" in cin_first.subject and "due in 3 working days (Fri 4 Dec)" in cin_first.subject
    assert "brings the CIN meeting minutes" in body(cin_first)
    assert_safe_and_sourced(app, "tower_hamlets")


# -- Torbay ------------------------------------------------------------------------------------

def test_torbay_step_down_under_5_not_agreed_loops_back_to_triage(tmp_app):
    app = tmp_app
    rid = new_request(app, "torbay", "step_down", at=london(2026, 11, 23, 10), level=3,
                      children=(("Paula White", date(2023, 5, 1)),))
    play(app, [
        (london(2026, 11, 23, 14), event(rid, "invitation_sent", state="booked")),
        (london(2026, 12, 1, 11), decide(rid, "not_agreed")),               # first triage
        (london(2026, 12, 2, 10), event(rid, "minutes_received")),
        (london(2026, 12, 3, 10), event(rid, "triage_rebooked", state="ready")),
        (london(2026, 12, 3, 10, 5), event(rid, "invitation_sent", state="booked")),
        (london(2026, 12, 15, 11), decide(rid, "agreed")),                  # back at triage
        (london(2026, 12, 30, 14), event(rid, "handover")),
        (london(2027, 1, 4, 10), event(rid, "step_down_completed")),
        (london(2027, 1, 6, 12), event(rid, "lead_practitioner_recorded")),
    ], until=london(2027, 1, 8, 18))
    assert log(app, "torbay") == [
        ("Wed 02 Dec 09:00", "reminder", ("early_help_business_support",), "triage_minutes_recorded"),
        ("Tue 15 Dec 09:00", "reminder", ("early_help_business_support",), "under5_triage_next_sitting"),
        ("Wed 16 Dec 09:00", "reminder", ("early_help_business_support",), "triage_minutes_recorded"),
        ("Thu 17 Dec 09:00", "escalation", ("early_help_assistant_team_manager", "early_help_business_support"),
         "triage_minutes_recorded"),
        ("Thu 24 Dec 09:00", "reminder", ("requester",), "warm_handover"),
        ("Wed 30 Dec 09:00", "reminder", ("requester",), "warm_handover"),
        ("Wed 06 Jan 09:00", "reminder", ("early_help_assistant_team_manager",), "lead_practitioner_recorded"),
    ]
    assert states(app, rid) == [
        ("lead_practitioner_recorded", 0, "met"), ("not_agreed_back_to_triage", 0, "met"),
        ("triage_minutes_recorded", 0, "met"), ("triage_minutes_recorded", 1, "breached"),
        ("triage_slot_confirmed", 0, "met"),
        ("under5_triage_next_sitting", 0, "met"), ("under5_triage_next_sitting", 1, "met"),
        ("warm_handover", 0, "met"),
    ]
    roles = roles_of(app, "torbay")
    with app.Session() as s:
        told = [tuple(roles.get(a, a) for a in r.recipients) for r in s.scalars(
            select(OutboxMessage).where(OutboxMessage.purpose == "outcome"))]
    assert told == [("requester", "requester_manager")]  # the actions after "not agreed"
    assert_safe_and_sourced(app, "torbay")


# -- Herefordshire -----------------------------------------------------------------------------

def test_herefordshire_step_down_completed_then_not_received(tmp_app):
    app = tmp_app
    rid = new_request(app, "herefordshire", "step_down", at=london(2026, 11, 23, 10), level=3)
    play(app, [
        (london(2026, 11, 23, 10, 5), event(rid, "assessment_decision")),
        (london(2026, 11, 25, 10), event(rid, "invitation_sent", state="booked")),
        (london(2026, 12, 1, 11), decide(rid, "agreed")),                   # Tuesday drop-in
        (london(2026, 12, 3, 10), event(rid, "plan_sent")),
        (london(2026, 12, 4, 15), event(rid, "step_down_completed")),
        (london(2026, 12, 7, 10), event(rid, "case_closed")),
    ], until=london(2026, 12, 22, 18))
    assert log(app, "herefordshire") == [
        ("Tue 24 Nov 09:00", "reminder", ("early_help_coordinator", "early_help_coordinator"), "drop_in_invitation"),
        ("Wed 25 Nov 09:00", "escalation", ("early_help_coordinator_manager", "early_help_coordinator",
                                            "early_help_coordinator"), "drop_in_invitation"),
        ("Wed 02 Dec 09:00", "reminder", ("requester",), "plan_within_two_weeks"),
        ("Wed 02 Dec 09:00", "reminder", ("requester",), "step_down_completed_10_wd"),
        ("Fri 04 Dec 09:00", "reminder", ("requester",), "step_down_completed_10_wd"),
        ("Wed 16 Dec 09:00", "reminder", ("early_help_coordinator_manager",), "step_down_received_after_closure"),
        ("Fri 18 Dec 09:00", "escalation", ("requester_manager", "early_help_coordinator_manager"),
         "step_down_received_after_closure"),
    ]
    assert_safe_and_sourced(app, "herefordshire")


@pytest.mark.parametrize("authority", ["knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"])
def test_every_pack_rule_starts_and_its_recipients_resolve(tmp_app, authority):
    """Each rule of each pack, started by its event on a matching request, has a due date on a
    working day at close of business and somebody to remind and to escalate to."""
    app = tmp_app
    pack = app.pack(authority)
    cal = app.calendar(authority)
    for rule in pack.deadlines:
        kind = rule.kinds[0]
        level = rule.when.level if rule.when and rule.when.level else None
        young = rule.when is not None and rule.when.any_child_under is not None
        children = (("Ann Bee", date(2024, 1, 1) if young else date(2012, 1, 1)),)
        with session_scope(app.Session) as s:
            req = add_request(s, app, authority=authority, kind=kind, level=level, children=children)
            if rule.when is not None and rule.when.stated:   # told in the sender's mail
                req.evidence = {f"milestone.{rule.when.stated}": "as the mail said"}
            created = deadlines.on_event(app, s, req, rule.starts_on, at=london(2026, 11, 23, 10))
            mine = [d for d in created if d.rule_id == rule.id]
            assert len(mine) == 1, rule.id
            due = mine[0].due_at.astimezone(LONDON)
            assert cal.is_working_day(due.date()) and due.hour == 17, rule.id
            for role in [rule.owner_role] + [e.role for e in rule.escalation]:
                assert deadlines.recipients_for(app, s, req, role) or role in ("requester_manager",
                                                                                "lead_practitioner"), (rule.id, role)
