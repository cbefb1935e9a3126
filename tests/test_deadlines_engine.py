"""The deadline engine on small packs built in the test: due dates, reminders, the ladder, pauses,
chases, documents, restarts, out-of-office cover, exactly-once and the one indexed sweep query."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import event, select, text

from bot import deadlines
from bot.db import session_scope
from bot.models import AuditEvent, Deadline, InboundMessage
from bot.policy import DeadlineRule
from bot.workcal import WorkingCalendar
from tests.support.deadlines_kit import add_request, body, london, make_app, outbox, sent_log, small_pack, src

ROLES = ["business_support", "team_manager", "service_manager", "head_of_service", "duty"]


def people(**deputies):
    return {r: [{"name": r.replace("_", " ").title(), "email": f"{r}@testshire.gov.uk",
                 **({"deputy": deputies[r]} if r in deputies else {})}] for r in ROLES}


INVITE = dict(id="invite", title="Send the invitation", kinds=["step_up"], starts_on="request_complete",
              met_by="invitation_sent", working_days=3, owner_role="business_support",
              remind_before_working_days=[2, 0], pauses_while_awaiting_info=True,
              escalation=[{"after_working_days": 0, "role": "team_manager"},
                          {"after_working_days": 2, "role": "service_manager"}],
              source=src("invitation within 3 working days of a complete request"))
MINUTES = dict(id="minutes", title="Minutes to the lead practitioner", kinds=["step_up"], starts_on="meeting_held",
               met_by="minutes_received", working_days=10, owner_role="business_support",
               remind_before_working_days=[1], met_by_documents=["taf_minutes", "cin_minutes"],
               escalation=[{"after_working_days": 0, "role": "team_manager"}],
               source=src("minutes within 10 working days of the meeting"))
TRIAGE = dict(id="triage", title="Hear the plan at triage", kinds=["step_down"], starts_on="request_complete",
              restarts_on=["decision_not_agreed"], met_by="meeting_held", working_days=5,
              owner_role="business_support", remind_before_working_days=[1],
              escalation=[{"after_working_days": 0, "role": "team_manager"}],
              source=src("a triage slot within 5 working days"))
CHASE = dict(every_working_days=2, max_chases=2,
             escalation=[{"after_working_days": 1, "role": "requester_manager"},
                         {"after_working_days": 3, "role": "team_manager"}],
             local_choice="stepbot chases every 2 working days, twice, then escalates")


@pytest.fixture
def app(tmp_path):
    pack = small_pack([INVITE, MINUTES, TRIAGE], chase=CHASE)
    a = make_app(tmp_path, pack, people(business_support="cover@testshire.gov.uk"), at=london(2026, 11, 23, 10))
    yield a
    a.close()


def start(app, event="request_complete", **kw):
    with session_scope(app.Session) as s:
        req = add_request(s, app, **kw)
        deadlines.on_event(app, s, req, event, at=app.clock.now())
        return req.id


def emit(app, req_id, event):
    with session_scope(app.Session) as s:
        from bot.models import Request

        req = s.get(Request, req_id)
        req.state = {"awaiting_info": "awaiting_info", "info_complete": "ready"}.get(event, req.state)
        deadlines.on_event(app, s, req, event, at=app.clock.now())


def walk(app, *, until, step=timedelta(hours=1)):
    while app.clock.now() < until:
        app.clock.advance(seconds=step.total_seconds())
        deadlines.sweep(app)


def rows(app, **where):
    with app.Session() as s:
        return list(s.scalars(select(Deadline).filter_by(**where).order_by(Deadline.id)))


# -- due dates ---------------------------------------------------------------------------------

def rule(**offset):
    return DeadlineRule(id="r", title="t", starts_on="request_received", met_by="invitation_sent", owner_role="x",
                        source=src("some quoted rule text"), **offset)


@pytest.mark.parametrize("start,offset,due", [
    (london(2026, 11, 23, 10), {"working_days": 1}, london(2026, 11, 24, 17)),       # Mon -> Tue
    (london(2026, 11, 23, 10), {"working_days": 0}, london(2026, 11, 23, 17)),       # same day
    (london(2026, 11, 27, 18), {"working_days": 0}, london(2026, 11, 30, 17)),       # Fri night -> Mon
    (london(2026, 11, 28, 11), {"working_days": 1}, london(2026, 12, 1, 17)),        # Sat counts from Mon
    (london(2026, 12, 23, 10), {"working_days": 2}, london(2026, 12, 29, 17)),       # over Christmas + Boxing Day (sub)
    (london(2026, 11, 23, 10), {"calendar_days": 5}, london(2026, 11, 30, 17)),      # Sat 28 -> Mon 30
    (london(2026, 11, 27, 10), {"weeks": 4}, london(2026, 12, 29, 17)),              # Fri 25 Dec -> Tue 29 Dec
    (london(2026, 3, 30, 10), {"weeks": 1}, london(2026, 4, 7, 17)),              # Easter Monday 6 Apr -> Tue
])
def test_due_dates_follow_the_working_calendar(start, offset, due):
    cal = WorkingCalendar()
    assert deadlines.due_for(cal, rule(**offset), start) == due


def test_a_bank_holiday_moves_a_due_date(app):
    """Due 3 working days after Thu 24 Dec 2026: Christmas Day (Fri 25) and the Boxing Day substitute
    (Mon 28) are not working days, so the due date is Thu 31 Dec, not Tue 29 Dec."""
    app.clock.at = london(2026, 12, 24, 10)
    rid = start(app)
    d = rows(app, request_id=rid, rule_id="invite")[0]
    assert d.due_at == london(2026, 12, 31, 17)
    assert deadlines.due_for(WorkingCalendar(), rule(working_days=3), london(2026, 11, 24, 10)) \
        == london(2026, 11, 27, 17)  # the same rule in an ordinary week: 3 days later
    # and a local closure day moves it too
    cal = WorkingCalendar(closure_days=[date(2026, 12, 30)])
    assert deadlines.due_for(cal, rule(working_days=3), london(2026, 12, 24, 10)) == london(2027, 1, 4, 17)


# -- reminders and the ladder ------------------------------------------------------------------

def test_reminders_then_escalations_in_ladder_order(app):
    rid = start(app)
    walk(app, until=london(2026, 12, 4, 18))
    log = sent_log(app)
    assert [(t, p, to[0]) for t, p, to, _ in log] == [
        ("2026-11-24 09:00", "reminder", "business_support@testshire.gov.uk"),   # 2 WD before Thu 26
        ("2026-11-26 09:00", "reminder", "business_support@testshire.gov.uk"),   # morning of the due day
        ("2026-11-27 09:00", "escalation", "team_manager@testshire.gov.uk"),     # the morning after the breach
        ("2026-12-01 09:00", "escalation", "service_manager@testshire.gov.uk"),  # 2 WD later
    ]
    first, _, esc1, esc2 = outbox(app)
    assert first.subject == "[SB-testshire-1] Reminder: Send the invitation due in 2 working days (Thu 26 Nov)"
    text = body(first)
    assert "Thursday 26 November 2026 at 17:00 (Europe/London)" in text
    assert '"invitation within 3 working days of a complete request"' in text
    assert "Source: Knowsley step-up/step-down protocol" in text and ".txt" not in text
    assert "P.W." in text and "Paula" not in text and "White" not in text
    assert esc1.recipients == ["team_manager@testshire.gov.uk", "business_support@testshire.gov.uk"]
    assert "Escalation step 1 of 2" in body(esc1) and "next step goes to the service manager" in body(esc1)
    assert "overdue by 3 working days" in esc2.subject
    d = rows(app, request_id=rid)[0]
    assert (d.state, d.reminders_sent, d.escalation_step, d.next_at) == ("breached", 2, 2, None)
    with app.Session() as s:
        actions = [a.action for a in s.scalars(select(AuditEvent).where(AuditEvent.request_id == rid)
                                                .order_by(AuditEvent.id))
                   if a.action.startswith(("deadline", "reminder", "escalation"))]
    assert actions == ["deadline_started", "reminder_sent", "reminder_sent", "deadline_breached",
                       "escalation_sent", "escalation_sent"]


def test_meeting_the_deadline_stops_everything(app):
    rid = start(app)
    walk(app, until=london(2026, 11, 25, 12))
    emit(app, rid, "invitation_sent")
    walk(app, until=london(2026, 12, 4, 18))
    assert [p for _, p, _, _ in sent_log(app)] == ["reminder"]
    d = rows(app, request_id=rid)[0]
    assert (d.state, d.met_by, d.next_at) == ("met", "invitation_sent", None)


def test_no_mail_at_night_or_at_weekends(app):
    app.clock.at = london(2026, 11, 25, 10)   # Wed; due Mon 30 Nov; reminder Thu 26 09:00 + Mon 30 09:00
    start(app)
    for t in [london(2026, 11, 26, 7), london(2026, 11, 28, 11), london(2026, 11, 29, 20)]:
        app.clock.at = t
        deadlines.sweep(app)
    # the Thursday reminder was due at 09:00, the clock jumped from 07:00 Thu to Saturday: deferred
    assert sent_log(app) == []
    assert rows(app)[0].next_at == london(2026, 11, 30, 9)
    app.clock.at = london(2026, 11, 30, 9, 5)
    deadlines.sweep(app)
    # Thursday's reminder is stale by Monday (a later one is due): only one goes, the morning one
    assert [(t, p) for t, p, _, _ in sent_log(app)] == [("2026-11-30 09:05", "reminder")]
    assert "due today" in outbox(app)[0].subject


# -- pauses and chases -------------------------------------------------------------------------

def test_a_paused_request_is_not_reminded_and_the_sender_is_chased(app):
    rid = start(app)                                       # Mon 23 10:00, due Thu 26
    app.clock.at = london(2026, 11, 23, 14)
    emit(app, rid, "awaiting_info")
    walk(app, until=london(2026, 12, 4, 8))
    log = sent_log(app)
    assert all(p != "reminder" for _, p, _, _ in log)
    assert [(t, p, to) for t, p, to, _ in log] == [
        ("2026-11-25 09:00", "chase", ("worker@agency.org.uk",)),
        ("2026-11-27 09:00", "chase", ("worker@agency.org.uk",)),
        # requester_manager: nobody copied and nobody in the directory -> the admin, recorded
        ("2026-12-01 09:00", "escalation", ("admin@testshire.gov.uk", "worker@agency.org.uk")),
        ("2026-12-03 09:00", "escalation", ("team_manager@testshire.gov.uk", "worker@agency.org.uk")),
    ]
    fallback = outbox(app, purpose="escalation")[0]
    assert "Nobody holds the sender's team manager role" in body(fallback)
    assert "Nobody holds" not in body(outbox(app, purpose="escalation")[1])
    chase_mail = outbox(app, purpose="chase")[-1]
    assert "chase 2 of 2" in chase_mail.subject and "This is the last reminder" in body(chase_mail)
    inv = rows(app, request_id=rid, rule_id="invite")[0]
    assert inv.state == "paused" and inv.next_at is None and inv.paused_at == london(2026, 11, 23, 14)
    # information arrives Fri 4 Dec: 9 working days paused (Tue 24 Nov .. Fri 4 Dec)
    app.clock.at = london(2026, 12, 4, 11)
    emit(app, rid, "info_complete")
    inv = rows(app, request_id=rid, rule_id="invite")[0]
    chase = rows(app, request_id=rid, rule_id="chase")[0]
    assert chase.state == "met"
    assert inv.state == "open" and inv.due_at == london(2026, 12, 9, 17)
    assert inv.paused_total_seconds == int((london(2026, 12, 4, 11) - london(2026, 11, 23, 14)).total_seconds())
    with app.Session() as s:
        resumed = s.scalars(select(AuditEvent).where(AuditEvent.action == "deadline_resumed")).one()
    assert resumed.detail["paused_working_days"] == 9


def test_a_request_closed_while_awaiting_info_is_no_longer_chased(app):
    rid = start(app)
    with session_scope(app.Session) as s:
        from bot.models import Request

        req = s.get(Request, rid)
        req.state = "awaiting_info"
        deadlines.on_event(app, s, req, "awaiting_info", at=app.clock.now())
    walk(app, until=london(2026, 11, 25, 10))
    assert [p for _, p, _, _ in sent_log(app)] == ["chase"]
    with session_scope(app.Session) as s:
        s.get(Request, rid).state = "closed"
    walk(app, until=london(2026, 12, 10, 10))
    assert [p for _, p, _, _ in sent_log(app)] == ["chase"]
    assert rows(app, request_id=rid, rule_id="chase")[0].state == "cancelled"


def test_copied_manager_is_the_requester_manager(app):
    rid = start(app)
    with session_scope(app.Session) as s:
        raw = (b"From: worker@agency.org.uk\r\nTo: mash@testshire.gov.uk\r\nCc: their.manager@agency.org.uk, "
               b"mash@testshire.gov.uk\r\nSubject: x\r\nMessage-ID: <a@b>\r\n\r\nbody\r\n")
        s.add(InboundMessage(authority="testshire", mailbox="mash_step_up", message_key="<a@b>", raw=raw,
                             size=len(raw), request_id=rid, received_at=app.clock.now()))
    app.clock.at = london(2026, 11, 23, 14)
    emit(app, rid, "awaiting_info")
    walk(app, until=london(2026, 12, 1, 12))
    esc = outbox(app, purpose="escalation")
    assert esc[0].recipients == ["their.manager@agency.org.uk", "worker@agency.org.uk"]


# -- documents, restarts -----------------------------------------------------------------------

def test_minutes_emailed_meet_the_minutes_deadline(app):
    rid = start(app, event="meeting_held")
    with session_scope(app.Session) as s:
        from bot.models import Request

        req = s.get(Request, rid)
        assert deadlines.on_documents(app, s, req, {"gcp2"}, at=app.clock.now()) == []
        met = deadlines.on_documents(app, s, req, {"taf_minutes"}, at=app.clock.now())
        assert [d.rule_id for d in met] == ["minutes"]
    d = rows(app, request_id=rid, rule_id="minutes")[0]
    assert (d.state, d.met_by) == ("met", "documents:taf_minutes")


def test_not_agreed_loops_back_to_triage_as_a_new_cycle(app):
    rid = start(app, kind="step_down")
    emit(app, rid, "meeting_held")
    app.clock.at = london(2026, 11, 26, 15)
    emit(app, rid, "decision_not_agreed")
    emit(app, rid, "decision_not_agreed")       # delivered twice: still one new cycle
    cycles = [(d.cycle, d.state) for d in rows(app, request_id=rid, rule_id="triage")]
    assert cycles == [(0, "met"), (1, "open")]
    assert rows(app, request_id=rid, rule_id="triage")[1].due_at == london(2026, 12, 3, 17)


def test_the_same_event_twice_creates_nothing_twice(app):
    rid = start(app)
    emit(app, rid, "request_complete")
    assert len(rows(app, request_id=rid, rule_id="invite")) == 1


# -- out of office -----------------------------------------------------------------------------

def test_out_of_office_on_a_reminder_goes_to_the_deputy_at_once(app):
    rid = start(app)
    app.clock.at = london(2026, 11, 24, 9)
    deadlines.sweep(app)
    reminder = outbox(app, purpose="reminder")[0]
    app.clock.at = london(2026, 11, 24, 9, 2)
    raw = (f"From: Business Support <business_support@testshire.gov.uk>\r\nTo: mash@testshire.gov.uk\r\n"
           f"Subject: Automatic reply: {reminder.subject}\r\nAuto-Submitted: auto-replied\r\n"
           f"In-Reply-To: {reminder.message_id}\r\nMessage-ID: <ooo1@testshire.gov.uk>\r\n\r\nI am away.\r\n").encode()
    before = rows(app, request_id=rid)[0]
    with session_scope(app.Session) as s:
        inbound = InboundMessage(authority="testshire", mailbox="mash_step_up", message_key="<ooo1@testshire.gov.uk>",
                                 raw=raw, size=len(raw), received_at=app.clock.now())
        s.add(inbound)
        s.flush()
        assert deadlines.on_auto_reply(app, s, {"kind": "auto_reply"}, inbound) is not None
    cover = outbox(app)[-1]
    assert cover.recipients == ["cover@testshire.gov.uk"]
    assert cover.created_at == london(2026, 11, 24, 9, 2)
    assert "Cover needed" in cover.subject and "out of the office" in body(cover)
    after = rows(app, request_id=rid)[0]
    assert (after.state, after.due_at, after.next_at, after.reminders_sent) == \
        (before.state, before.due_at, before.next_at, before.reminders_sent)   # timers untouched
    with app.Session() as s:
        red = s.scalars(select(AuditEvent).where(AuditEvent.action == "reminder_redirected")).one()
    assert red.detail["to"] == "deputy"
    # the same auto-reply again sends nothing more
    with session_scope(app.Session) as s:
        inbound = s.scalars(select(InboundMessage)).one()
        deadlines.on_auto_reply(app, s, {"kind": "auto_reply"}, inbound)
    assert len(outbox(app)) == 2


def test_an_auto_reply_to_something_else_changes_nothing(app):
    rid = start(app)
    raw = b"From: someone@x.org\r\nSubject: Out of office\r\nIn-Reply-To: <unknown@x>\r\n\r\naway\r\n"
    with session_scope(app.Session) as s:
        inbound = InboundMessage(authority="testshire", mailbox="mash_step_up", message_key="k", raw=raw,
                                 size=len(raw), received_at=app.clock.now())
        s.add(inbound)
        s.flush()
        assert deadlines.on_auto_reply(app, s, {}, inbound) is None
    assert outbox(app) == [] and rows(app, request_id=rid)[0].state == "open"


# -- exactly once ------------------------------------------------------------------------------

def test_a_second_sweep_sends_nothing_twice(app):
    for _ in range(3):
        start(app)
    app.clock.at = london(2026, 11, 24, 9, 30)
    assert deadlines.sweep(app) == 3
    assert deadlines.sweep(app) == 0
    # a crash between enqueueing and recording: the counters are lost, the outbox rows are not
    with session_scope(app.Session) as s:
        for d in s.scalars(select(Deadline)):
            d.reminders_sent, d.next_at = 0, london(2026, 11, 24, 9)
    assert deadlines.sweep(app) == 0
    assert len(outbox(app)) == 3


def test_restarting_mid_sweep_sends_nothing_twice(app, monkeypatch):
    for _ in range(5):
        start(app)
    app.clock.at = london(2026, 11, 24, 9, 30)
    real = deadlines._remind
    calls = {"n": 0}

    def crashing(*a, **kw):
        calls["n"] += 1
        if calls["n"] == 4:
            raise SystemExit("the process dies mid-sweep")
        return real(*a, **kw)

    monkeypatch.setattr(deadlines.engine, "_remind", crashing)
    with pytest.raises(SystemExit):
        deadlines.sweep(app, limit=2)           # batches of 2: the second dies after its first row
    monkeypatch.setattr(deadlines.engine, "_remind", real)
    assert len(outbox(app)) == 2                # the first batch is committed; the cut one left nothing
    assert sorted(d.reminders_sent for d in rows(app)) == [0, 0, 0, 1, 1]
    assert deadlines.sweep(app, limit=2) == 3   # the restart does the other three, once
    assert deadlines.sweep(app) == 0
    keys = [r.idempotency_key for r in outbox(app)]
    assert len(keys) == len(set(keys)) == 5
    with app.Session() as s:
        sent = [a.detail["key"] for a in s.scalars(select(AuditEvent).where(AuditEvent.action == "reminder_sent"))]
    assert sorted(sent) == sorted(keys)         # no audit entry for a reminder that was rolled back


def test_a_failing_row_does_not_stop_the_others(app, monkeypatch):
    for _ in range(2):
        start(app)
    app.clock.at = london(2026, 11, 24, 9, 30)
    real = deadlines._remind

    def failing(app_, s, req, d, **kw):
        if req.seq % 2:
            raise RuntimeError("template broke")
        return real(app_, s, req, d, **kw)

    monkeypatch.setattr(deadlines.engine, "_remind", failing)
    assert deadlines.sweep(app) == 1
    broken = [d for d in rows(app) if d.reminders_sent == 0]
    assert len(broken) == 1 and broken[0].next_at == london(2026, 11, 24, 9, 45)


# -- the sweep is one indexed query ------------------------------------------------------------

@pytest.mark.parametrize("open_requests", [5, 60])
def test_the_sweep_is_one_indexed_query(app, open_requests):
    for _ in range(open_requests):
        start(app)
    app.clock.at = london(2026, 11, 23, 11)     # nothing due yet
    statements = []

    def listen(conn, cursor, statement, params, context, executemany):
        if statement.lstrip().upper().startswith("SELECT") and "FROM deadlines" in statement:
            statements.append(statement)

    event.listen(app.engine, "before_cursor_execute", listen)
    try:
        assert deadlines.sweep(app) == 0
        app.clock.at = london(2026, 11, 24, 9, 30)
        statements.clear()
        assert deadlines.sweep(app) == open_requests
    finally:
        event.remove(app.engine, "before_cursor_execute", listen)
    assert len(statements) == 1 and "next_at <=" in statements[0]
    with app.engine.connect() as c:
        sql = str(deadlines.due_query(app.clock.now()).compile(app.engine, compile_kwargs={"literal_binds": True}))
        plan = " ".join(str(r) for r in c.execute(text("EXPLAIN QUERY PLAN " + sql)))
    assert "ix_deadlines_sweep" in plan
