"""Retention (issue 20): the purge deletes exactly what the pack's retention settings make due, on
a frozen clock, and nothing else; it records counts, never content; the dry run changes nothing."""
from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select

from bot import audit, retention
from bot.db import session_scope
from bot.models import Attachment, AuditEvent, Child, InboundMessage, OutboxMessage, Request
from bot.outbox import enqueue
from bot.mail import build_message
from tests.support.web_kit import seed_request

DAY = timedelta(days=1)
PDF = ("plan.pdf", "application/pdf", b"%PDF-1.4 plan", True, None)


def closed(app, ref: str, days_ago: int) -> int:
    """Close the seeded request ``days_ago`` days before now, with a sent acknowledgement."""
    with session_scope(app.Session) as s:
        req = next(r for r in s.scalars(select(Request)) if r.reference == ref)
        at = app.clock.now() - days_ago * DAY
        req.state = "closed"
        audit.record(s, "state", at=at, request=req, frm="decided", to="closed", reason="step-down completed")
        enqueue(s, app, key=f"ack-{ref}", authority=req.authority, mailbox=req.mailbox, purpose="alert",
                to=["worker@agency.org.uk"], msg=build_message(subject="Received", text="Thank you, Paula"), request=req)
        return req.id


def test_purge_deletes_exactly_what_is_due_and_nothing_else(tmp_app):
    now = tmp_app.clock.now()
    a = closed(tmp_app, seed_request(tmp_app, attachments=[PDF], children=(("Amy Ash", date(2014, 1, 1)),)), 400)
    b = closed(tmp_app, seed_request(tmp_app, attachments=[PDF], children=(("Ben Birch", date(2014, 1, 1)),)), 330)
    c = closed(tmp_app, seed_request(tmp_app, children=(("Cal Cedar", date(2014, 1, 1)),)), 7 * 365)
    d_ref = seed_request(tmp_app, attachments=[PDF], received_offset_hours=24 * 3000,
                         children=(("Dee Elm", date(2014, 1, 1)),))   # open, 8 years old: never touched
    with session_scope(tmp_app.Session) as s:
        for days in (120, 60):
            s.add(InboundMessage(authority="knowsley", mailbox="mash_step_up", message_key=f"bounce-{days}",
                                 raw=b"Subject: Undeliverable\r\n\r\nx", size=27, status="done",
                                 received_at=now - days * DAY))

    with tmp_app.Session() as s:
        due = retention.plan(s, tmp_app, now)
    assert due.emptied_requests == [a] and due.deleted_requests == [c] and len(due.unmatched_inbound) == 1
    with tmp_app.Session() as s:   # the dry run (the plan) changed nothing
        assert s.scalar(select(func.count()).select_from(Request)) == 4

    retention.run(tmp_app)
    with tmp_app.Session() as s:
        inbound = {m.request_id: m for m in s.scalars(select(InboundMessage).where(InboundMessage.request_id.is_not(None)))}
        assert inbound[a].raw == b"" and inbound[a].size == 0 and inbound[a].parsed is None
        assert s.scalars(select(Attachment).where(Attachment.request_id == a)).one().content is None
        assert s.scalars(select(OutboxMessage).where(OutboxMessage.request_id == a)).one().raw == b""
        assert s.get(Request, a) is not None                                  # the record stays
        assert inbound[b].raw and s.scalars(select(Attachment).where(Attachment.request_id == b)).one().content
        assert s.get(Request, c) is None and c not in inbound                 # deleted, with its children
        assert not s.scalars(select(Child).where(Child.request_id == c)).all()
        assert not s.scalars(select(AuditEvent).where(AuditEvent.request_id == c)).all()
        d = next(r for r in s.scalars(select(Request)) if r.reference == d_ref)
        assert inbound[d.id].raw and d.state != "closed"
        bounces = {m.message_key: m for m in s.scalars(select(InboundMessage).where(InboundMessage.request_id.is_(None)))}
        assert bounces["bounce-120"].raw == b"" and bounces["bounce-60"].raw
        (ev,) = s.scalars(select(AuditEvent).where(AuditEvent.action == "retention_purge")).all()
        assert ev.detail["counts"] == {"knowsley: closed requests' emails emptied": 1,
                                       "knowsley: emails that never became a request emptied": 1,
                                       "knowsley: requests deleted": 1}
        assert "Paula" not in str(ev.detail) and "Ash" not in str(ev.detail)
    # a second run finds nothing more
    with tmp_app.Session() as s:
        assert retention.plan(s, tmp_app, now).empty()


def test_the_dry_run_command_prints_counts_and_changes_nothing(tmp_app, capsys, tmp_config):
    import types

    closed(tmp_app, seed_request(tmp_app), 400)
    assert retention.command(types.SimpleNamespace(config=str(tmp_config), dry_run=True)) == 0
    out = capsys.readouterr().out
    assert "Would delete (dry run, nothing changed)" in out and "knowsley: 1 closed requests' emails emptied" in out
    with tmp_app.Session() as s:
        assert s.scalars(select(InboundMessage)).one().raw
