"""Needs review: inbound messages a person must look at (parked for review, failed in the pipeline,
or quarantined after crashing the process), shown one by one, processed again or marked handled.
"""
from __future__ import annotations

import urllib.parse

from fastapi import APIRouter, HTTPException, Request as HTTPRequest
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import func, select
from sqlalchemy.orm import defer
from starlette.concurrency import run_in_threadpool

from bot import audit, intake
from bot.db import session_scope
from bot.models import InboundMessage, Request
from bot.states import REVIEW_STATUSES, InboundStatus, move
from bot.web.access import WebUser, visible_authorities
from bot.web.emailview import view_email
from bot.web.views.common import _app, _flash, _now, _signed_in, _text, log, render

router = APIRouter()


# Inbound messages a person must look at (``REVIEW_STATUSES``): parked for review, failed in the
# pipeline, or quarantined after crashing the process (bot.intake). "Process again" and "Mark
# handled" take them off the list.
REVIEW_LIMIT = 500


def _find_inbound(s, app, user: WebUser, inbound_id: int) -> InboundMessage | None:
    """The inbound message if it belongs to one of the user's authorities, else None (answered
    with 404, as for an id that does not exist: nothing leaks about other authorities)."""
    row = s.get(InboundMessage, inbound_id)
    if row is None or row.authority not in visible_authorities(app, user):
        return None
    return row


@router.get("/review", response_class=HTMLResponse)
def review_list(request: HTTPRequest):
    app = _app(request)
    with session_scope(app.Session) as s:
        user = _signed_in(request, s)
        allowed = visible_authorities(app, user)
        where = (InboundMessage.status.in_(REVIEW_STATUSES), InboundMessage.authority.in_(allowed))
        rows = s.scalars(select(InboundMessage).options(defer(InboundMessage.raw), defer(InboundMessage.parsed))
                         .where(*where).order_by(InboundMessage.received_at, InboundMessage.id)
                         .limit(REVIEW_LIMIT)).all()
        total = s.scalar(select(func.count()).select_from(InboundMessage).where(*where))
        refs = _references(s, {r.request_id for r in rows if r.request_id is not None})
        audit.record(s, "web.review_listed", at=_now(request), actor=user.actor, shown=len(rows))
        displays = {a: app.pack(a).display_name for a in allowed}
        return render(request, "review.html", user=user, rows=rows, total=total, refs=refs, displays=displays)


def _references(s, request_ids: set[int]) -> dict[int, str]:
    if not request_ids:
        return {}
    return {r.id: r.reference for r in s.scalars(select(Request).where(Request.id.in_(request_ids))).all()}


@router.get("/review/{inbound_id}", response_class=HTMLResponse)
def review_item(request: HTTPRequest, inbound_id: int):
    app = _app(request)
    with session_scope(app.Session) as s:
        user = _signed_in(request, s)
        row = _find_inbound(s, app, user, inbound_id)
        if row is None:
            raise HTTPException(404)
        audit.record(s, "web.inbound_viewed", request=row.request_id, at=_now(request), actor=user.actor,
                     inbound=row.id)
        refs = _references(s, {row.request_id} if row.request_id is not None else set())
        return render(request, "review_item.html", user=user, row=row, email=view_email(row.raw),
                      reference=refs.get(row.request_id), display=app.pack(row.authority).display_name,
                      reviewable=row.status in REVIEW_STATUSES)


@router.post("/review/{inbound_id}/reprocess")
async def review_reprocess(request: HTTPRequest, inbound_id: int):
    await request.form()
    return await run_in_threadpool(_reprocess, request, inbound_id)


def _reprocess(request: HTTPRequest, inbound_id: int) -> Response:
    """Run the message through intake again (``bot.intake.reprocess`` audits it and commits its own
    transactions); go to the resulting request, or back to the message if it still needs a person."""
    app = _app(request)
    here = f"/review/{inbound_id}"
    with session_scope(app.Session) as s:
        user = _signed_in(request, s)
        row = _find_inbound(s, app, user, inbound_id)
        if row is None:
            raise HTTPException(404)
        if row.status not in REVIEW_STATUSES:
            _flash(request, "error", "This message is not waiting for review any more; nothing was done.")
            return RedirectResponse(here, status_code=303)
    try:
        result = intake.reprocess(app, inbound_id, actor=user.actor)
    except ValueError:  # another person processed or handled it a moment ago
        _flash(request, "error", "This message is not waiting for review any more; nothing was done.")
        return RedirectResponse(here, status_code=303)
    log.info("web action reprocess on inbound %s: ref=%s", inbound_id, result.reference)
    with app.Session() as s:
        row = s.get(InboundMessage, inbound_id)
        status, error = row.status, row.error
    if result.reference:
        _flash(request, "ok", f"Processed again: the message is now on {result.reference}.")
        return RedirectResponse(f"/requests/{urllib.parse.quote(result.reference)}", status_code=303)
    if status == "failed":
        _flash(request, "error", f"Processing failed again ({error or 'unknown error'}). The message is kept "
                                 "here; mark it handled once it has been dealt with by hand.")
        return RedirectResponse(here, status_code=303)
    if status == "needs_review" and error:  # set aside again: too big, unreadable, an unsafe file
        _flash(request, "error", f"Processed again, but the message still needs a person: {error}. "
                                 "Deal with it by hand, then mark it handled.")
        return RedirectResponse(here, status_code=303)
    if status == "needs_review":
        _flash(request, "error", "Processed again, but the message still needs a person: it belongs to no "
                                 "request of ours. Deal with it by hand, then mark it handled.")
        return RedirectResponse(here, status_code=303)
    _flash(request, "ok", "Processed again; the message needed no request.")
    return RedirectResponse("/review", status_code=303)


@router.post("/review/{inbound_id}/handled")
async def review_handled(request: HTTPRequest, inbound_id: int):
    form = await request.form()
    return await run_in_threadpool(_handled, request, inbound_id, _text(form, "note", 2000))


def _handled(request: HTTPRequest, inbound_id: int, note: str) -> Response:
    """A person dealt with the message by hand: on the record, and off the list (one transaction)."""
    app = _app(request)
    now = _now(request)
    with session_scope(app.Session) as s:
        user = _signed_in(request, s)
        row = _find_inbound(s, app, user, inbound_id)
        if row is None:
            raise HTTPException(404)
        if row.status not in REVIEW_STATUSES:
            _flash(request, "error", "This message is not waiting for review any more; nothing was done.")
            return RedirectResponse(f"/review/{inbound_id}", status_code=303)
        audit.record(s, "inbound_handled", request=row.request_id, at=now, actor=user.actor, inbound=row.id,
                     previous_status=row.status, note=note or None)
        move(row, InboundStatus.DONE, field="status", what="inbound")
        row.processed_at = row.processed_at or now
    log.info("web action handled on inbound %s", inbound_id)
    _flash(request, "ok", "Marked handled; the message is off the review list.")
    return RedirectResponse("/review", status_code=303)
