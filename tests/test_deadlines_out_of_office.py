"""An out-of-office answering a reminder, through the real intake pipeline: the next reminder goes
at once to the owner's deputy, recorded; the request's state and timers do not change, and the
auto-reply itself is never answered."""
from __future__ import annotations

from datetime import date

from sqlalchemy import select

from bot import deadlines, intake, workflow
from bot.db import session_scope
from bot.models import AuditEvent, Deadline, OutboxMessage, Request
from tests.support.deadlines_kit import add_request, body, london


def test_out_of_office_reply_to_a_reminder_reroutes_to_the_deputy(tmp_app):
    app = tmp_app
    app.clock.at = london(2026, 12, 2, 14)
    with session_scope(app.Session) as s:
        req = add_request(s, app, authority="knowsley", kind="step_up", state="booked",
                          children=(("Jo Bloggs", date(2015, 6, 1)),), at=app.clock.now())
        workflow.record_decision(app, s, req, outcome="not_agreed", rationale="threshold not met",
                                 contingency_plan="TAF continues", decided_by="MASH TM", at=app.clock.now(),
                                 actor="business support")
        rid = req.id
    app.clock.at = london(2026, 12, 3, 9)       # the morning reminder for the contingency plan
    deadlines.sweep(app)
    with app.Session() as s:
        reminder = s.scalars(select(OutboxMessage).where(OutboxMessage.purpose == "reminder")).one()
        assert reminder.recipients == ["aled.pryce@knowsley.gov.uk"]          # the MASH social worker
        before = {d.rule_id: (d.state, d.due_at, d.next_at, d.reminders_sent, d.escalation_step)
                  for d in s.scalars(select(Deadline).where(Deadline.request_id == rid))}
        state_before = s.get(Request, rid).state
    app.clock.at = london(2026, 12, 3, 9, 1)
    raw = ("From: Aled Pryce <aled.pryce@knowsley.gov.uk>\r\nTo: knowsleymash@knowsley.gov.uk\r\n"
           f"Subject: Automatic reply: {reminder.subject}\r\nAuto-Submitted: auto-replied\r\n"
           "X-Auto-Response-Suppress: All\r\nDate: Thu, 03 Dec 2026 09:01:00 +0000\r\n"
           f"In-Reply-To: {reminder.message_id}\r\nReferences: {reminder.message_id}\r\n"
           "Message-ID: <ooo-aled-1@knowsley.gov.uk>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
           "I am out of the office until Monday 7 December with no access to email.\r\n").encode()
    result = intake.ingest(app, "knowsley", "mash_step_up", raw)
    assert result.kind == "auto_reply" and not result.review
    with app.Session() as s:
        new = list(s.scalars(select(OutboxMessage).where(OutboxMessage.id > reminder.id)))
        assert [(m.purpose, m.recipients) for m in new] == [("reminder", ["bryony.tate@knowsley.gov.uk"])]
        assert new[0].created_at == london(2026, 12, 3, 9, 1)                 # at once, not at the breach
        text = body(new[0])
        assert "out of the office" in text and "J.B." in text and "Bloggs" not in text
        assert "MASH social worker to document on ICS case note rationale" in text
        after = {d.rule_id: (d.state, d.due_at, d.next_at, d.reminders_sent, d.escalation_step)
                 for d in s.scalars(select(Deadline).where(Deadline.request_id == rid))}
        assert after == before and s.get(Request, rid).state == state_before
        red = s.scalars(select(AuditEvent).where(AuditEvent.action == "reminder_redirected")).one()
        assert red.request_id == rid and red.detail["to"] == "deputy"
    # the same auto-reply delivered again is a duplicate: nothing more is sent
    again = intake.ingest(app, "knowsley", "mash_step_up", raw)
    assert again.duplicate
    with app.Session() as s:
        assert s.query(OutboxMessage).count() == 2
