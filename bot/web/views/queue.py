"""The queue: the list of requests, filtered by authority, mailbox, kind and state, urgent first
and then by the next deadline due.
"""
from __future__ import annotations

from fastapi import APIRouter, Request as HTTPRequest
from fastapi.responses import HTMLResponse
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from bot.db import session_scope
from bot.models import STATES, Deadline, Request
from bot.states import RUNNING_DEADLINES, RequestState
from bot.vocabulary import MAILBOX_ROLES as MAILBOXES, MESSAGE_KINDS as KINDS
from bot.web.access import visible_authorities
from bot.web.views.common import _app, _now, _signed_in, render

router = APIRouter()


QUEUE_LIMIT = 500


def _next_deadline_subquery():
    return (select(Deadline.request_id, func.min(Deadline.due_at).label("due"))
            .where(Deadline.state.in_(RUNNING_DEADLINES)).group_by(Deadline.request_id).subquery())


@router.get("/", response_class=HTMLResponse)
def queue(request: HTTPRequest, authority: str = "", mailbox: str = "", kind: str = "", state: str = "open"):
    app = _app(request)
    with session_scope(app.Session) as s:
        user = _signed_in(request, s)
        allowed = visible_authorities(app, user)
        scope = [authority] if authority in allowed else allowed
        base = select(Request).where(Request.authority.in_(scope))
        if mailbox in MAILBOXES:
            base = base.where(Request.mailbox == mailbox)
        if kind in KINDS:
            base = base.where(Request.kind == kind)
        counts = _state_counts(s, base)
        if state in STATES:
            base = base.where(Request.state == state)
        elif state != "all":
            state = "open"
            base = base.where(Request.state != RequestState.CLOSED)
        nd = _next_deadline_subquery()
        rows = s.execute(
            base.add_columns(nd.c.due).outerjoin(nd, nd.c.request_id == Request.id)
            .options(selectinload(Request.children), selectinload(Request.deadlines), selectinload(Request.bookings))
            .order_by(Request.urgent.desc(), nd.c.due.is_(None), nd.c.due, Request.received_at, Request.id)
            .limit(QUEUE_LIMIT)
        ).all()
        items = []
        for req, due in rows:
            running = [d for d in req.deadlines if d.state in RUNNING_DEADLINES]
            nxt = min(running, key=lambda d: d.due_at, default=None)
            meeting = next((b for b in req.bookings if b.state == "booked"), None)
            items.append({"req": req, "next": nxt, "meeting": meeting, "children": [c.name for c in req.children]})
        displays = {a: app.pack(a).display_name for a in allowed}
        total = s.scalar(select(func.count()).select_from(base.subquery()))
        return render(request, "queue.html", user=user, items=items, counts=counts, total=total,
                      urgent=sum(1 for i in items if i["req"].urgent),
                      filters={"authority": authority if authority in allowed else "", "mailbox": mailbox,
                               "kind": kind, "state": state},
                      authorities=allowed, displays=displays, mailboxes=MAILBOXES, kinds=KINDS,
                      states=STATES, now=_now(request))


def _state_counts(s, base) -> dict[str, int]:
    sub = base.subquery()
    return {st: n for st, n in s.execute(select(sub.c.state, func.count()).group_by(sub.c.state)).all()}
