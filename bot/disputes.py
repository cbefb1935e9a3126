"""Disputes: when professionals disagree with a decision, each pack's ``disputes:`` ladder says
who hears it next (team manager → service manager → head of service…).

Business support record "dispute raised" on the request page; stepbot tells the first role on the
ladder, and a reminder goes to that role after ``REMIND_AFTER_WORKING_DAYS`` working days while
the dispute stands. "Take it to the next level" tells the next role; "resolved" ends it with its
outcome. Where a dispute stands is read from the request's history (``status``), so it is on the
record the same way every other step is.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from bot.words import say
from bot import audit, deadlines
from bot.mail import build_message, render
from bot.models import AuditEvent, Request
from bot.outbox import enqueue
from bot.states import RequestState

REMIND_AFTER_WORKING_DAYS = 3
ACTIONS = ("dispute_raised", "dispute_escalated", "dispute_resolved", "dispute_reminded")


class DisputeError(ValueError):
    """A dispute step that does not fit where the dispute stands."""


@dataclass
class Status:
    dispute_id: str
    title: str
    step: int                 # index in the ladder of the role that has it now
    roles: list[str]
    raised_at: datetime
    since: datetime           # when the current role was told
    resolved: bool
    outcome: str = ""

    @property
    def role(self) -> str:
        return self.roles[self.step]

    @property
    def next_role(self) -> str | None:
        return self.roles[self.step + 1] if self.step + 1 < len(self.roles) else None


def applicable(app, req: Request) -> list:
    """The pack's dispute ladders for this request's kind."""
    return [d for d in app.pack(req.authority).disputes if req.kind in d.kinds]


def status(session, app, req: Request) -> Status | None:
    """The latest dispute on the request and where it stands, from its history."""
    events = list(session.scalars(select(AuditEvent).where(AuditEvent.request_id == req.id,
                                                           AuditEvent.action.in_(ACTIONS)).order_by(AuditEvent.id)))
    current: Status | None = None
    for e in events:
        d = e.detail or {}
        if e.action == "dispute_raised":
            rule = next((x for x in applicable(app, req) if x.id == d.get("dispute")), None)
            if rule is not None:
                current = Status(rule.id, rule.title, 0, list(rule.roles), e.at, e.at, False)
        elif current is not None and e.action == "dispute_escalated":
            current.step, current.since = int(d.get("step", current.step + 1)), e.at
        elif current is not None and e.action == "dispute_resolved":
            current.resolved, current.outcome = True, d.get("outcome", "")
    return current


def raise_dispute(app, session, req: Request, dispute_id: str, *, note: str, at: datetime, actor: str) -> Status:
    if req.state == RequestState.CLOSED:
        raise DisputeError("the request is closed")
    rule = next((x for x in applicable(app, req) if x.id == dispute_id), None)
    if rule is None:
        raise DisputeError("choose one of the protocol's dispute routes for this request")
    if not note.strip():
        raise DisputeError("say who disagrees and why")
    now = status(session, app, req)
    if now is not None and not now.resolved:
        raise DisputeError("a dispute is already open on this request")
    return _step(app, session, req, "dispute_raised", note=note, at=at, actor=actor, dispute=rule.id)


def escalate(app, session, req: Request, *, note: str, at: datetime, actor: str) -> Status:
    st = status(session, app, req)
    if st is None or st.resolved:
        raise DisputeError("there is no open dispute on this request")
    if st.next_role is None:
        raise DisputeError("the dispute is already with the last role the protocol names")
    return _step(app, session, req, "dispute_escalated", note=note, at=at, actor=actor, dispute=st.dispute_id,
                 step=st.step + 1)


def _step(app, session, req: Request, action: str, *, note: str, at: datetime, actor: str, **detail) -> Status:
    """Record a step of the ladder and tell the role that has the dispute now."""
    audit.record(session, action, at=at, request=req, actor=actor, note=note.strip()[:1000], **detail)
    session.flush()
    st = status(session, app, req)
    _tell(app, session, req, st, at=at, note=note.strip(), key=f"dispute:{req.id}:{_count(session, req)}:{st.step}")
    return st


def resolve(app, session, req: Request, *, outcome: str, at: datetime, actor: str) -> Status:
    st = status(session, app, req)
    if st is None or st.resolved:
        raise DisputeError("there is no open dispute on this request")
    if not outcome.strip():
        raise DisputeError("say how it was resolved")
    audit.record(session, "dispute_resolved", at=at, request=req, actor=actor, dispute=st.dispute_id,
                 outcome=outcome.strip()[:1000])
    session.flush()
    return status(session, app, req)


def remind_open(app, session, req: Request, *, at: datetime) -> bool:
    """A reminder to the role that has an open dispute, once, after REMIND_AFTER_WORKING_DAYS."""
    st = status(session, app, req)
    if st is None or st.resolved:
        return False
    cal = app.calendar(req.authority)
    if cal.working_days_between(st.since.date(), at.date()) < REMIND_AFTER_WORKING_DAYS:
        return False
    key = f"dispute-remind:{req.id}:{_count(session, req)}:{st.step}"
    row = _tell(app, session, req, st, at=at, note="", key=key, reminder=True)
    if row is not None:
        audit.record(session, "dispute_reminded", at=at, request=req, dispute=st.dispute_id, step=st.step)
    return row is not None


def _count(session, req: Request) -> int:
    return len(session.scalars(select(AuditEvent.id).where(AuditEvent.request_id == req.id,
                                                           AuditEvent.action == "dispute_raised")).all())


def _tell(app, session, req: Request, st: Status, *, at: datetime, note: str, key: str, reminder: bool = False):
    rule = next(x for x in applicable(app, req) if x.id == st.dispute_id)
    to = [a for role in rule.told_at(st.step) for a in deadlines.recipients_for(app, session, req, role)] \
        or [app.settings.deployment.admin_email]
    subject, text = render("dispute", ref=req.reference, authority=app.pack(req.authority).display_name,
                           title=st.title, role=say(st.role), step=st.step + 1, steps=len(st.roles),
                           next_role=say(st.next_role), note=note, reminder=reminder,
                           rule_note=rule.note, rule_quote=rule.source.quote, rule_file=rule.source.file,
                           raised_at=st.raised_at)
    return enqueue(session, app, key=key, authority=req.authority, mailbox=req.mailbox, purpose="escalation",
                   to=list(dict.fromkeys(a for a in to if a)), msg=build_message(subject=subject, text=text), request=req)


def remind_all(app) -> int:
    """The sweep's part: remind the role that has each open dispute (once per level)."""
    sent = 0
    with app.Session.begin() as s:
        ids = s.scalars(select(AuditEvent.request_id).where(AuditEvent.action == "dispute_raised").distinct()).all()
        for rid in ids:
            req = s.get(Request, rid)
            if req is not None and req.state != RequestState.CLOSED:
                sent += remind_open(app, s, req, at=app.clock.now())
    return sent
