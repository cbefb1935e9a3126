"""The actions on a request (``POST /requests/{reference}/{action}``): one ``_do_*`` function per
action in ``ACTIONS``, each run in one transaction by ``_act``; an ``ActionError`` is shown back
to the user and nothing changes.
"""
from __future__ import annotations

import re
import urllib.parse
from collections import Counter
from datetime import date, datetime, timedelta

from fastapi import APIRouter, HTTPException, Request as HTTPRequest
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import func, select
from starlette.concurrency import run_in_threadpool

from bot import audit, booking, deadlines, disputes, milestones, workflow
from bot.db import session_scope
from bot.models import Child, OutboxMessage, Request
from bot.vocabulary import CONCERNS
from bot.web.access import WebUser, find_request
from bot.words import say
from bot.web.views.common import _app, _flash, _now, _signed_in, _text, log
from bot.workcal import LONDON, to_london

router = APIRouter()


# Refusals the workflow and bookings raise for a request in the wrong state: shown, not crashed on.
WORKFLOW_ERRORS = (workflow.InvalidTransition, ValueError)
BOOKING_ERRORS = (booking.BookingError, *WORKFLOW_ERRORS)


class ActionError(Exception):
    """A user's input that cannot be applied: shown back to them, nothing changes."""


async def _act(request: HTTPRequest, reference: str, fn) -> Response:
    """Run one action in one transaction; a user error is shown back and nothing changes."""
    form = await request.form()
    return await run_in_threadpool(_act_sync, request, reference, fn, form)


def _act_sync(request, reference, fn, form):
    app = _app(request)
    section = str(form.get("section") or "")
    # Back to the section the person was working in, not the top of the page.
    target = f"/requests/{urllib.parse.quote(reference)}" + (f"#{section}" if re.fullmatch(r"[a-z-]{1,40}", section) else "")
    try:
        with session_scope(app.Session) as s:
            user = _signed_in(request, s)
            req = find_request(s, app, user, reference)
            if req is None:
                raise HTTPException(404)
            before = _footprint(s, req)
            message = fn(app, s, req, user, form, _now(request))
            message = " ".join(filter(None, [message, _what_followed(s, req, before)]))
    except ActionError as e:
        _flash(request, "error", str(e))
        return RedirectResponse(target, status_code=303)
    _flash(request, "ok", message)
    log.info("web action %s on %s", fn.__name__.removeprefix("_do_"), reference)
    return RedirectResponse(target, status_code=303)


def _footprint(s, req) -> tuple[int, str, int | None]:
    """What an action may change besides what it says: mail queued, the state, the booking."""
    last = s.scalar(select(func.max(OutboxMessage.id)).where(OutboxMessage.request_id == req.id)) or 0
    b = booking.active_booking(req)
    return last, req.state, (b.id if b is not None else None)


def _what_followed(s, req, before) -> str:
    """Every action says what it set off: "Booked Wed 2 Dec 10:00. 2 emails queued: invitation (3 people)"."""
    s.flush()
    last, state, booking_id = before
    parts = []
    b = booking.active_booking(req)
    if b is not None and b.id != booking_id:
        parts.append(f"Booked {to_london(b.start):%a %-d %b %H:%M}.")
    if req.state != state:
        parts.append(f"The request is now {say(req.state)}.")
    new = s.scalars(select(OutboxMessage).where(OutboxMessage.request_id == req.id, OutboxMessage.id > last)
                    .order_by(OutboxMessage.id)).all()
    if new:
        kinds: Counter[str] = Counter()
        for o in new:
            kinds[say(o.purpose)] += len(o.recipients or [])
        what = ", ".join(f"{k} ({n} {'person' if n == 1 else 'people'})" for k, n in kinds.items())
        parts.append(f"{len(new)} email{'s' if len(new) != 1 else ''} queued to send: {what}.")
    return " ".join(parts)


def _tristate(v: str):
    return {"yes": True, "no": False}.get(v)


def _parse_children(text: str) -> list[tuple[str, date | None]]:
    out = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        name, _, dob = line.partition(",")
        dob = dob.strip()
        try:
            d = date.fromisoformat(dob) if dob else None
        except ValueError:
            raise ActionError(f"A date of birth (child {len(out) + 1}) is not a date like 2014-03-21.") from None
        if not name.strip():
            raise ActionError("Each child needs a name.")
        out.append((name.strip()[:200], d))
    return out


def _parse_local(text: str) -> datetime:
    try:
        dt = datetime.fromisoformat(text)
    except ValueError:
        raise ActionError("That is not a date and time.") from None
    return dt.replace(tzinfo=LONDON) if dt.tzinfo is None else dt


def _do_correct(app, s, req: Request, user: WebUser, form, now: datetime) -> str:
    changed: list[str] = []

    def set_field(name, value):
        if getattr(req, name) != value:
            setattr(req, name, value)
            changed.append(name)

    ids = [p.strip() for p in _text(form, "case_ids").replace(";", ",").split(",") if p.strip()]
    set_field("case_ids", list(dict.fromkeys(ids)))
    concerns = [c for c in form.getlist("concerns") if c in CONCERNS]
    set_field("concerns", sorted(set(concerns)))
    set_field("consent", _tristate(_text(form, "consent")))
    set_field("manager_agreed", _tristate(_text(form, "manager_agreed")))
    level = _text(form, "level")
    if level not in ("", "2", "3"):
        raise ActionError("Early Help level must be 2, 3 or not stated.")
    set_field("level", int(level) if level else None)
    lp = {k: _text(form, f"lp_{k}", 320) for k in ("name", "agency", "phone", "email")}
    set_field("lead_practitioner", lp if any(lp.values()) else None)
    start, venue = _text(form, "meeting_start"), _text(form, "meeting_venue", 300)
    if start:
        meeting = {"start": _parse_local(start).isoformat(), "venue": venue or None}
        old = req.proposed_meeting or {}
        same = old.get("venue") == meeting["venue"] and old.get("start") and \
            datetime.fromisoformat(old["start"]) == datetime.fromisoformat(meeting["start"])
        if not same:
            set_field("proposed_meeting", meeting)
    elif req.proposed_meeting:
        set_field("proposed_meeting", None)
    kids = _parse_children(_text(form, "children", 5000))
    current = [(c.name, c.dob) for c in req.children]
    if kids != current:
        stated = {" ".join(c.name.split()).casefold(): c.age_years for c in req.children}  # kept for a name kept
        req.children.clear()
        s.flush()
        for i, (name, dob) in enumerate(kids):
            req.children.append(Child(name=name, dob=dob, position=i,
                                      age_years=stated.get(" ".join(name.split()).casefold())))
        changed.append("children")
    if not changed:
        return "Nothing was changed."
    ev = dict(req.evidence or {})
    for f in changed:
        ev[f] = f"corrected by {user.actor} on {to_london(now):%d/%m/%Y %H:%M}"
    req.evidence = ev
    req.updated_at = now
    audit.record(s, "web.corrected", request=req, at=now, actor=user.actor, fields=changed)
    try:
        workflow.recheck(app, s, req, at=now, actor=user.actor)
    except WORKFLOW_ERRORS as e:
        raise ActionError(f"The correction could not be applied: {e}") from None
    return f"Saved {say(changed)}; the checks were run again."


def _do_mark_received(app, s, req, user, form, now) -> str:
    item = _text(form, "item", 64)
    if item not in (req.missing or []):
        raise ActionError("That item is not missing from this request.")
    try:
        workflow.mark_received(app, s, req, item, at=now, actor=user.actor)
    except WORKFLOW_ERRORS as e:
        raise ActionError(f"Could not mark {say(item)} received: {e}") from None
    return f"Marked {say(item)} received; the checks were run again."


def _do_outcome(app, s, req, user, form, now) -> str:
    outcome = _text(form, "outcome")
    rationale, plan, who = _text(form, "rationale", 8000), _text(form, "contingency_plan", 8000), \
        _text(form, "decided_by", 200)
    if outcome not in ("agreed", "not_agreed"):
        raise ActionError("Choose agreed or not agreed.")
    if not rationale:
        raise ActionError("Write the rationale for the decision.")
    if not who:
        raise ActionError("Say who made the decision.")
    if outcome == "not_agreed" and not plan:
        raise ActionError("A decision that is not agreed needs a contingency plan.")
    try:
        workflow.record_decision(app, s, req, outcome=outcome, rationale=rationale,
                                    contingency_plan=plan or None, decided_by=who, at=now, actor=user.actor)
    except WORKFLOW_ERRORS as e:
        raise ActionError(f"The outcome could not be recorded: {e}") from None
    return "Outcome recorded; the next deadlines have started."



def _chosen_time(form) -> tuple:
    """The time business support chose by hand and why (both empty for the next free slot)."""
    start = _parse_local(_text(form, "start")) if _text(form, "start") else None
    reason = _text(form, "reason", 500)
    if start is not None and not reason:
        raise ActionError("Say why you are booking this time by hand (for example: no slot within the 5 days).")
    return start, reason


def _do_book(app, s, req, user, form, now) -> str:
    """Book the next free slot, or (``start`` and ``reason`` given) a time business support chose."""
    if booking.active_booking(req) is not None:
        raise ActionError("This request already has a booking.")
    start, reason = _chosen_time(form)
    try:
        b = workflow.book_now(app, s, req, start=start, reason=reason, actor=user.actor)
    except BOOKING_ERRORS as e:
        raise ActionError(f"Could not book: {e}") from None
    audit.record(s, "web.booking_requested", request=req, at=now, actor=user.actor)
    if b is None:
        raise ActionError("No slot could be booked for this request.")
    return "Booking made."


def _do_book_again(app, s, req, user, form, now) -> str:
    """The "not agreed" loop: book the further hearing (the next free slot, or a time business
    support chose with a reason); the meeting already held stays in the history."""
    if not workflow.further_hearing_due(app, req):
        raise ActionError("No further meeting is due for this request.")
    start, reason = _chosen_time(form)
    try:
        b = workflow.book_further_hearing(app, s, req, at=now, actor=user.actor, start=start, reason=reason)
    except BOOKING_ERRORS as e:
        raise ActionError(f"Could not book: {e}") from None
    audit.record(s, "web.booking_requested", request=req, at=now, actor=user.actor, further=True)
    if b is None:
        return "No free slot yet: the request is ready and stepbot keeps trying; business support were told."
    return "Further meeting booked."


def _do_move(app, s, req, user, form, now) -> str:
    b = booking.active_booking(req)
    if b is None:
        raise ActionError("This request has no booking to move.")
    new_start = _parse_local(_text(form, "start"))
    if new_start <= now:
        raise ActionError("The new time must be in the future.")
    try:
        booking.move_booking(app, s, b, new_start, at=now, actor=user.actor)
    except BOOKING_ERRORS as e:
        raise ActionError(f"Could not move the booking: {e}") from None
    return f"Booking moved to {to_london(new_start):%a %-d %b %H:%M}."


def _do_cancel(app, s, req, user, form, now) -> str:
    b = booking.active_booking(req)
    if b is None:
        raise ActionError("This request has no booking to cancel.")
    reason = _text(form, "reason", 500)
    if not reason:
        raise ActionError("Say why the booking is cancelled.")
    try:
        workflow.cancel_booking(app, s, b, reason=reason, at=now, actor=user.actor)
    except BOOKING_ERRORS as e:
        raise ActionError(f"Could not cancel the booking: {e}") from None
    return "Booking cancelled."


def _do_confirm(app, s, req, user, form, now) -> str:
    """Business support checked the booking stepbot made (panel, time, invitees): on the record."""
    b = booking.active_booking(req)
    if b is None:
        raise ActionError("This request has no booking to confirm.")
    audit.record(s, "web.booking_confirmed", request=req, at=now, actor=user.actor, booking=b.id,
                 start=b.start.isoformat())
    return (f"Booking at {to_london(b.start):%a %-d %b %H:%M} confirmed as checked; nothing was changed "
            "and nothing was sent.")


def _do_milestone(app, s, req, user, form, now) -> str:
    """Record a milestone: the event that meets one of the request's open deadlines ("Done" in the
    deadlines table), or any event the protocol's timescales start on that only a person knows
    (handover, assessment completed…), with the day it happened and a note. Only the pack's own
    events are accepted, never a name taken from the form."""
    if _text(form, "deadline", 20):
        d = next((d for d in req.deadlines if str(d.id) == _text(form, "deadline", 20)), None)
        rule = deadlines.rule_by_id(app.pack(req.authority), d.rule_id) if d is not None else None
        if d is None or rule is None or d.state not in ("open", "paused"):
            raise ActionError("That deadline is not open on this request.")
        event = rule.met_by
    else:
        event = _text(form, "event", 60)
        if event not in dict(milestones.recordable(app.pack(req.authority), req.kind)):
            raise ActionError("Choose one of the milestones listed for this request.")
    at = _milestone_time(form, req, now, before_request=event in milestones.BEFORE_REQUEST)
    try:
        workflow.record_event(app, s, req, event, at=at, actor=user.actor, note=_text(form, "note", 500))
    except WORKFLOW_ERRORS as e:
        raise ActionError(f"It could not be recorded: {e}") from None
    day = "" if to_london(at).date() == to_london(now).date() else f" on {to_london(at):%-d %B %Y}"
    return f"Recorded: {milestones.label(event)}{day}."


def _milestone_time(form, req, now: datetime, *, before_request: bool = False) -> datetime:
    """When the milestone happened: the day given (not in the future, not before the request
    arrived), at this time of day if it is today, else at noon; now when no day is given.
    ``before_request``: an event that comes before the request (``milestones.BEFORE_REQUEST``:
    Tower Hamlets' assessment concluded, the final CIN review) may be given a day before it
    arrived, within the months a step looks back (``milestones.DAYS_BACK``)."""
    raw = _text(form, "on", 10)
    if not raw:
        return now
    try:
        day = date.fromisoformat(raw)
    except ValueError:
        raise ActionError("Give the day it happened as a date, for example 4 January 2027.") from None
    today = to_london(now).date()
    if day > today:
        raise ActionError("A milestone cannot be recorded for a day still to come.")
    received = to_london(req.received_at).date() if req.received_at else None
    if received and day < received and not before_request:
        raise ActionError(f"That day is before the request arrived ({to_london(req.received_at):%-d %B %Y}).")
    if received and day < received - timedelta(days=milestones.DAYS_BACK):
        raise ActionError(f"That day is more than {milestones.DAYS_BACK} days before the request arrived "
                          f"({to_london(req.received_at):%-d %B %Y}); check the date.")
    return now if day == today else datetime.combine(day, datetime.min.time().replace(hour=12), tzinfo=LONDON)


def _do_bring_forward(app, s, req, user, form, now) -> str:
    """An earlier date agreed for a timescale whose rule allows it (Knowsley's first TAF review "6
    weeks unless earlier is agreed"; R&W's review "earlier if there are concerns regarding the
    families' engagement"): the deadline is due on that day instead, on the record."""
    d = next((d for d in req.deadlines if str(d.id) == _text(form, "deadline", 20)), None)
    if d is None:
        raise ActionError("That deadline is not on this request.")
    try:
        day = date.fromisoformat(_text(form, "on", 10))
    except ValueError:
        raise ActionError("Give the earlier date agreed as a date, for example 4 January 2027.") from None
    reason = _text(form, "reason", 500)
    if not reason:
        raise ActionError("Say who agreed the earlier date and why (for example: agreed at the final CIN meeting).")
    try:
        deadlines.bring_forward(app, s, req, d, day, reason=reason, at=now, actor=user.actor)
    except ValueError as e:
        raise ActionError(f"The earlier date could not be recorded: {e}.") from None
    return f"{d.title}: now due on {day:%A %-d %B %Y}."


def _do_short_notice(app, s, req, user, form, now) -> str:
    reason = _text(form, "reason", 500)
    if not reason:
        raise ActionError("Say who agreed the shorter notice and why (for example: agreed with the MASH manager by phone).")
    try:
        workflow.agree_short_notice(app, s, req, reason=reason, at=now, actor=user.actor)
    except WORKFLOW_ERRORS as e:
        raise ActionError(f"It could not be recorded: {e}") from None
    return "Shorter notice agreed and recorded; the checks were run again."


def _do_dispute(app, s, req, user, form, now) -> str:
    try:
        st = disputes.raise_dispute(app, s, req, _text(form, "dispute", 64), note=_text(form, "note", 1000),
                                    at=now, actor=user.actor)
    except disputes.DisputeError as e:
        raise ActionError(f"The dispute could not be recorded: {e}.") from None
    return f"Dispute recorded; the {say(st.role)} has been told."


def _do_dispute_escalate(app, s, req, user, form, now) -> str:
    try:
        st = disputes.escalate(app, s, req, note=_text(form, "note", 1000), at=now, actor=user.actor)
    except disputes.DisputeError as e:
        raise ActionError(f"It could not be taken further: {e}.") from None
    return f"Taken to the next level; the {say(st.role)} has been told."


def _do_dispute_resolve(app, s, req, user, form, now) -> str:
    try:
        disputes.resolve(app, s, req, outcome=_text(form, "outcome", 1000), at=now, actor=user.actor)
    except disputes.DisputeError as e:
        raise ActionError(f"It could not be recorded: {e}.") from None
    return "Dispute resolved and recorded."


def _do_close(app, s, req, user, form, now) -> str:
    reason = _text(form, "reason", 500)
    if not reason:
        raise ActionError("Say why the request is closed (for example: taken over by the MASH duty team).")
    try:
        workflow.close(app, s, req, at=now, actor=user.actor, reason=reason)
    except BOOKING_ERRORS as e:
        raise ActionError(f"It could not be closed: {e}") from None
    return "Request closed: no more reminders, and any booking was cancelled."


ACTIONS = {
    "close": _do_close,
    "confirm": _do_confirm,
    "milestone": _do_milestone,
    "short_notice": _do_short_notice,
    "bring_forward": _do_bring_forward,
    "dispute": _do_dispute,
    "dispute_escalate": _do_dispute_escalate,
    "dispute_resolve": _do_dispute_resolve,
    "correct": _do_correct,
    "received": _do_mark_received,
    "outcome": _do_outcome,
    "book": _do_book,
    "book_again": _do_book_again,
    "move": _do_move,
    "cancel": _do_cancel,
}


@router.post("/requests/{reference}/{action}")
async def request_action(request: HTTPRequest, reference: str, action: str):
    fn = ACTIONS.get(action)
    if fn is None:
        raise HTTPException(404)
    return await _act(request, reference, fn)
