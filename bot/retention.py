"""Retention: keep what stepbot holds about a family only as long as the council's pack says.

``plan`` finds what is due (pure: it changes nothing); ``purge`` deletes exactly that in the
caller's transaction and records what it did as counts, never content. Three things fall due, per
authority (``retention:`` in its policy pack, ``bot.policy.Retention``):

- the emails, attachments and sent mail of a request closed more than
  ``raw_mail_months_after_closure`` ago are emptied (the rows stay, with dates and sizes, so the
  history still reads "an email arrived on …");
- a request closed more than ``record_years_after_closure`` ago is deleted with everything about
  it: children, attachments, deadlines, bookings, messages and its history;
- mail that never became a request, older than ``unmatched_mail_months``, is emptied.

An open request is never touched. The nightly job runs ``purge``; ``stepbot purge --dry-run``
prints the plan.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import delete, or_, select, update

from bot import audit
from bot.models import (AttendeeReply, Attachment, AuditEvent, Booking, Child, Deadline, InboundMessage,
                        OutboxMessage, Request)
from bot.states import RequestState

MONTH = timedelta(days=30)
YEAR = timedelta(days=365)


@dataclass
class Plan:
    emptied_requests: list[int] = field(default_factory=list)     # closed: their mail emptied
    deleted_requests: list[int] = field(default_factory=list)     # closed long ago: deleted
    unmatched_inbound: list[int] = field(default_factory=list)    # never a request: emptied
    counts: Counter = field(default_factory=Counter)              # (authority, what) -> n

    def empty(self) -> bool:
        return not (self.emptied_requests or self.deleted_requests or self.unmatched_inbound)


def _closed_at(session, req: Request) -> datetime:
    """When the request closed: its last move to closed in the history, else its last change."""
    at = session.scalar(select(AuditEvent.at).where(AuditEvent.request_id == req.id, AuditEvent.action == "state",
                                                    AuditEvent.detail["to"].as_string() == RequestState.CLOSED)
                        .order_by(AuditEvent.at.desc()).limit(1))
    return at or req.updated_at


def plan(session, app, now: datetime) -> Plan:
    out = Plan()
    for req in session.scalars(select(Request).where(Request.state == RequestState.CLOSED)):
        keep = app.pack(req.authority).retention
        closed = _closed_at(session, req)
        if closed <= now - keep.record_years_after_closure * YEAR:
            out.deleted_requests.append(req.id)
            out.counts[(req.authority, "requests deleted")] += 1
        elif closed <= now - keep.raw_mail_months_after_closure * MONTH and _holds_mail(session, req.id):
            out.emptied_requests.append(req.id)
            out.counts[(req.authority, "closed requests' emails emptied")] += 1
    for authority in app.authorities():
        cutoff = now - app.pack(authority).retention.unmatched_mail_months * MONTH
        ids = list(session.scalars(select(InboundMessage.id).where(
            InboundMessage.authority == authority, InboundMessage.request_id.is_(None),
            InboundMessage.received_at <= cutoff, InboundMessage.size > 0)))
        out.unmatched_inbound += ids
        if ids:
            out.counts[(authority, "emails that never became a request emptied")] += len(ids)
    return out


def _holds_mail(session, request_id: int) -> bool:
    return bool(session.scalar(select(InboundMessage.id).where(InboundMessage.request_id == request_id,
                                                               InboundMessage.size > 0).limit(1))
                or session.scalar(select(Attachment.id).where(Attachment.request_id == request_id,
                                                              Attachment.content.is_not(None)).limit(1))
                or session.scalar(select(OutboxMessage.id).where(OutboxMessage.request_id == request_id,
                                                                 OutboxMessage.raw != b"").limit(1)))


def purge(session, p: Plan, *, now: datetime, actor: str = "stepbot") -> Plan:
    """Delete exactly what ``p`` holds, in the caller's transaction; record the counts."""
    if p.empty():
        return p
    if p.emptied_requests:
        _empty_mail(session, InboundMessage.request_id.in_(p.emptied_requests),
                    OutboxMessage.request_id.in_(p.emptied_requests))
        session.execute(update(Attachment).where(Attachment.request_id.in_(p.emptied_requests)).values(content=None))
    if p.unmatched_inbound:
        _empty_mail(session, InboundMessage.id.in_(p.unmatched_inbound), None)
    if p.deleted_requests:
        _delete_requests(session, p.deleted_requests)
    audit.record(session, "retention_purge", at=now, actor=actor,
                 counts={f"{authority}: {what}": n for (authority, what), n in sorted(p.counts.items())})
    return p


def _empty_mail(session, inbound_where, outbox_where) -> None:
    session.execute(update(InboundMessage).where(inbound_where).values(raw=b"", size=0, parsed=None, error=None))
    if outbox_where is not None:
        session.execute(update(OutboxMessage).where(outbox_where).values(raw=b""))


def _delete_requests(session, ids: list[int]) -> None:
    bookings = select(Booking.id).where(Booking.request_id.in_(ids))
    session.execute(delete(AttendeeReply).where(AttendeeReply.booking_id.in_(bookings)))
    for model in (Booking, Deadline, Attachment, Child, AuditEvent, OutboxMessage):
        session.execute(delete(model).where(model.request_id.in_(ids)))
    session.execute(delete(InboundMessage).where(or_(InboundMessage.request_id.in_(ids))))
    session.execute(delete(Request).where(Request.id.in_(ids)))


def describe(p: Plan) -> str:
    """The plan in plain English, counts only."""
    if p.empty():
        return "Nothing is due for deletion under the retention settings."
    lines = [f"{authority}: {n} {what}" for (authority, what), n in sorted(p.counts.items())]
    return "\n".join(lines)


def run(app) -> Plan:
    """The nightly job: plan and purge in one transaction."""
    with app.Session.begin() as s:
        return purge(s, plan(s, app, app.clock.now()), now=app.clock.now())


def command(args) -> int:
    """``stepbot purge [--dry-run]``."""
    from bot.app import App
    from bot.config import load_settings

    app = App(load_settings(args.config))
    try:
        if args.dry_run:
            with app.Session() as s:
                print("Would delete (dry run, nothing changed):\n" + describe(plan(s, app, app.clock.now())))
            return 0
        print("Deleted:\n" + describe(run(app)))
        return 0
    finally:
        app.close()
