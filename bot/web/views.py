"""Pages and actions of the business support queue. Each handler is small and named.

Reading pages are plain ``def`` handlers (FastAPI runs them in a thread); actions are POST forms
checked for CSRF by ``bot.web.csrf_guard`` before they run, and each action is one transaction:
the change, its audit event and whatever the workflow does next commit together or not at all.
"""
from __future__ import annotations

import json
import logging
import math
import urllib.parse
from datetime import date, datetime

from fastapi import APIRouter, HTTPException, Request as HTTPRequest
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from sqlalchemy import func, select
from sqlalchemy.orm import defer, selectinload
from starlette.concurrency import run_in_threadpool
from starsessions import get_session_id, regenerate_session_id

from bot import audit, booking, deadlines, intake, monthly, protocols, workflow
from bot.db import session_scope
from bot.mail import TEMPLATES as TEMPLATE_ROOT
from bot.models import STATES, AuditEvent, Child, Deadline, InboundMessage, OutboxMessage, Request
from bot.states import REVIEW_STATUSES, RUNNING_DEADLINES, InboundStatus, RequestState, move
from bot.vocabulary import CONCERNS, MAILBOX_ROLES as MAILBOXES, MESSAGE_KINDS as KINDS
from bot.web import reports, sessions
from bot.web.access import WebUser, find_request, load_user, visible_authorities
from bot.web.casenotes import case_note, systems_for
from bot.web.emailview import view_email
from bot.web.security import authenticate, csrf_token
from bot.workcal import LONDON, to_london

log = logging.getLogger("stepbot.web")

# Refusals the workflow and bookings raise for a request in the wrong state: shown, not crashed on.
WORKFLOW_ERRORS = (workflow.InvalidTransition, ValueError)
BOOKING_ERRORS = (booking.BookingError, *WORKFLOW_ERRORS)
router = APIRouter()

TEMPLATES = TEMPLATE_ROOT / "web"
env = Environment(loader=FileSystemLoader(str(TEMPLATES)), undefined=StrictUndefined,
                  autoescape=select_autoescape(["html", "j2"], default=True))
env.filters["cite"] = protocols.cite
env.filters["london"] = lambda dt, fmt="%a %d %b %Y %H:%M": to_london(dt).strftime(fmt) if dt else ""
env.filters["words"] = lambda s: str(s).replace("_", " ") if s is not None else ""
env.filters["tojson_pretty"] = lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True, default=str)

QUEUE_LIMIT = 500
# Inbound messages a person must look at (``REVIEW_STATUSES``): parked for review, failed in the
# pipeline, or quarantined after crashing the process (bot.intake). "Process again" and "Mark
# handled" take them off the list.
SAFE_DOWNLOAD_TYPES = {
    "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/msword", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "text/plain", "image/png", "image/jpeg",
}


class ActionError(Exception):
    """A user's input that cannot be applied: shown back to them, nothing changes."""


# --- plumbing -----------------------------------------------------------------------------------

def _app(request: HTTPRequest):
    return request.app.state.app


def _now(request: HTTPRequest) -> datetime:
    return _app(request).clock.now()


def _user(request: HTTPRequest, s) -> WebUser | None:
    """The signed-in user; also counts, in the same transaction, what waits in "Needs review" for
    them (the nav badge: a second connection would wait on SQLite's write lock)."""
    user = load_user(s, request.session.get(sessions.USER_KEY))
    if user is not None:
        request.state.review_count = _review_count(s, _app(request), user)
    return user


class SignInRequired(Exception):
    """No one is signed in: answered with a redirect to the sign-in page (see ``create_app``)."""


def _signed_in(request: HTTPRequest, s) -> WebUser:
    user = _user(request, s)
    if user is None:
        raise SignInRequired
    return user


def _flash(request: HTTPRequest, kind: str, text: str) -> None:
    request.session.setdefault("flash", []).append([kind, text])


def render(request: HTTPRequest, name: str, status: int = 200, *, user: WebUser | None, **ctx) -> HTMLResponse:
    flashes = request.session.pop("flash", [])
    review_count = getattr(request.state, "review_count", 0) if user is not None else 0
    html = env.get_template(name).render(
        user=user, csrf=csrf_token(request.session), flashes=flashes, path=request.url.path,
        review_count=review_count, **ctx)
    return HTMLResponse(html, status_code=status)


def _review_count(s, app, user: WebUser) -> int:
    """How many messages wait in "Needs review" for this user's authorities (the nav badge)."""
    allowed = visible_authorities(app, user)
    if not allowed:
        return 0
    return s.scalar(select(func.count()).select_from(InboundMessage).where(
        InboundMessage.status.in_(REVIEW_STATUSES), InboundMessage.authority.in_(allowed))) or 0


def error_page(request: HTTPRequest, status: int, detail: str) -> HTMLResponse:
    titles = {401: "Please sign in", 403: "Not allowed", 404: "Not found", 405: "Not allowed",
              413: "Too large", 429: "Too many attempts"}
    if status == 404:
        detail = "There is no such page, or it is not one your account can see."
    user = None
    if sessions.USER_KEY in request.session:
        with request.app.state.app.Session() as s:
            user = _user(request, s)
    return render(request, "error.html", status, user=user, title=titles.get(status, "Error"), detail=detail)


def signin_redirect(request: HTTPRequest) -> RedirectResponse:
    nxt = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return RedirectResponse("/signin?" + urllib.parse.urlencode({"next": nxt}), status_code=303)


def _safe_next(nxt: str | None) -> str:
    """Only same-site paths: never redirect to another host after sign-in."""
    if not nxt or not nxt.startswith("/") or nxt.startswith("//") or "\\" in nxt:
        return "/"
    return nxt


# --- sign-in ------------------------------------------------------------------------------------

@router.get("/signin", response_class=HTMLResponse)
def signin_page(request: HTTPRequest, next: str = "/"):
    return render(request, "signin.html", user=None, next=_safe_next(next), error=None, username="")


@router.post("/signin")
async def signin(request: HTTPRequest):
    form = await request.form()
    username = str(form.get("username", ""))[:100]
    password = str(form.get("password", ""))[:1024]
    nxt = _safe_next(str(form.get("next", "/")))
    addr = request.client.host if request.client else "?"
    return await run_in_threadpool(_signin, request, username, password, nxt, addr)


def _wait_words(seconds: float) -> str:
    """ "a minute", "3 minutes": how long to wait before the next try, in words."""
    minutes = max(1, math.ceil(seconds / 60))
    return "a minute" if minutes == 1 else f"{minutes} minutes"


def _signin(request, username, password, nxt, addr):
    app, now = _app(request), _now(request)
    with session_scope(app.Session) as s:
        result = authenticate(s, username, password, address=addr, now=now)
        if result.ok:
            audit.record(s, "web.signed_in", at=now, actor=f"user:{result.user.username}")
            uid = result.user.id
            # A fresh session id (and CSRF token) on sign-in: no fixation; the old one ends.
            sessions.end(s, get_session_id(request), "replaced", now)
        else:
            audit.record(s, "web.sign_in_refused", at=now, actor="web", reason=result.reason)
    if not result.ok:
        log.info("sign-in refused: %s", result.reason)
        if result.reason == "throttled":
            # The same words whether or not the name exists: nothing tells which names do.
            wait = _wait_words((result.retry_at - now).total_seconds())
            return render(request, "signin.html", 429, user=None, next=nxt, username=username,
                          error=f"Too many failed sign-ins. Wait {wait} and try again, "
                                "or ask an administrator to reset your password.")
        msg = {"inactive": "This account is switched off. Ask an administrator."}.get(
            result.reason, "The user name or password is not right.")
        return render(request, "signin.html", 401, user=None, next=nxt, username=username, error=msg)
    regenerate_session_id(request)
    request.session.clear()
    request.session[sessions.USER_KEY] = uid
    csrf_token(request.session)
    return RedirectResponse(nxt, status_code=303)


@router.post("/signout")
def signout(request: HTTPRequest):
    app, now = _app(request), _now(request)
    with session_scope(app.Session) as s:
        user = _user(request, s)
        if user:
            audit.record(s, "web.signed_out", at=now, actor=user.actor)
        sessions.end(s, get_session_id(request), "signed_out", now)
    request.session.clear()   # the cookie is cleared too
    return RedirectResponse("/signin", status_code=303)


# --- the queue ----------------------------------------------------------------------------------

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
            .options(selectinload(Request.children), selectinload(Request.deadlines))
            .order_by(Request.urgent.desc(), nd.c.due.is_(None), nd.c.due, Request.received_at, Request.id)
            .limit(QUEUE_LIMIT)
        ).all()
        items = []
        for req, due in rows:
            nxt = next((d for d in req.deadlines if d.state in RUNNING_DEADLINES), None)
            items.append({"req": req, "next": nxt, "children": [c.name for c in req.children]})
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


# --- the request page ---------------------------------------------------------------------------

FIELDS = (
    ("children", "Children"), ("case_ids", "Case IDs"), ("concerns", "Concerns"),
    ("consent", "Consent"), ("manager_agreed", "Manager agreed"), ("level", "Early Help level"),
    ("lead_practitioner", "Lead practitioner"), ("proposed_meeting", "Proposed meeting"),
    ("notice", "Notice"), ("urgent", "Urgent"),
)


def _evidence_for(evidence: dict, field: str) -> list[tuple[str, str]]:
    out = []
    for k, v in (evidence or {}).items():
        if k == field or k.startswith(field + ".") or k.startswith(field + "["):
            out.append((k, v if isinstance(v, str) else json.dumps(v, ensure_ascii=False, default=str)))
    return out


def _requirement_info(pack, req: Request, item: str) -> dict:
    """The rule behind a missing item: what the pack asks for and the sentence it enforces. The
    rule hit the checks stamped on the request (``req.rule_hits``) names the exact source."""
    kp = pack.kind(req.kind) if pack else None
    info = {"id": item, "explain": None, "file": None, "quote": None}
    for r in (kp.requirements if kp else []):
        if r.id == item:
            info.update(explain=r.explain, file=r.source.file, quote=r.source.quote)
            break
    for h in req.rule_hits or []:
        if isinstance(h, dict) and h.get("rule") == f"requirement:{item}" and isinstance(h.get("source"), dict):
            info.update(file=h["source"].get("file"), quote=h["source"].get("quote"))
            break
    return info


def _rules_checked(req: Request) -> list[dict]:
    """Every rule the checks applied to this request, met or not, with its source."""
    out = []
    for h in req.rule_hits or []:
        if not isinstance(h, dict) or not h.get("rule"):
            continue
        src = h.get("source") if isinstance(h.get("source"), dict) else {}
        name = str(h["rule"]).split(":", 1)[-1]
        out.append({"name": name, "met": h.get("met"), "file": src.get("file"), "quote": src.get("quote")})
    return out


def _notice_info(pack, req: Request) -> dict | None:
    if not req.notice:
        return None
    kp = pack.kind(req.kind) if pack else None
    rule = None
    if kp is not None:
        rule = kp.notice_for(concerns=req.concerns or (), level=req.level,
                             child_ages=req.child_ages(to_london(req.received_at).date()))
    return {"notice": req.notice, "rule": rule}


def _request_context(app, s, req: Request) -> dict:
    pack = app.pack(req.authority)
    inbound = s.scalars(select(InboundMessage).where(InboundMessage.request_id == req.id)
                        .order_by(InboundMessage.received_at, InboundMessage.id)).all()
    original = inbound[0] if inbound else None
    history = s.scalars(select(AuditEvent).where(AuditEvent.request_id == req.id)
                        .order_by(AuditEvent.at, AuditEvent.id)).all()
    field_keys = {f for f, _ in FIELDS}
    other_evidence = [(k, v) for k, v in (req.evidence or {}).items()
                      if k.split(".")[0].split("[")[0] not in field_keys]
    active = booking.active_booking(req)
    open_deadlines = [d for d in req.deadlines if d.state in RUNNING_DEADLINES]
    notes = {sys: case_note(sys, req, pack=pack, booking=active, deadlines=open_deadlines)
             for sys in systems_for(pack)}
    return {
        "req": req, "pack": pack, "fields": FIELDS,
        "evidence": {f: _evidence_for(req.evidence, f) for f, _ in FIELDS},
        "other_evidence": other_evidence,
        "missing": [_requirement_info(pack, req, m) for m in (req.missing or [])],
        "notice": _notice_info(pack, req), "rules_checked": _rules_checked(req),
        "email": view_email(original.raw if original else None),
        "later_messages": inbound[1:],
        "messages": _messages(req, inbound),
        "sent": _sent(s, req),
        "booking": active, "bookings": req.bookings,
        "not_invited": _not_invited(history, active),
        "deadlines": req.deadlines, "history": history,
        "case_notes": notes, "concern_choices": CONCERNS,
        "meeting_local": _meeting_local(req.proposed_meeting),
    }


def _not_invited(history: list[AuditEvent], booking) -> list[dict]:
    """Who the active booking's invitation could not reach (recorded when it was booked)."""
    if booking is None:
        return []
    return next(((e.detail or {}).get("not_invited") or [] for e in reversed(history)
                 if e.action == "booked" and (e.detail or {}).get("booking") == booking.id), [])


def _messages(req: Request, inbound: list[InboundMessage]) -> list[dict]:
    """Every message filed on the request, oldest first, each with its safe view and the stored
    attachments it brought (downloadable through the request's attachment route when accepted)."""
    by_inbound: dict[int | None, list] = {}
    for a in req.attachments:
        by_inbound.setdefault(a.inbound_id, []).append(a)
    return [{"row": m, "view": view_email(m.raw), "attachments": by_inbound.get(m.id, []), "original": i == 0}
            for i, m in enumerate(inbound)]


def _sent(s, req: Request) -> list[OutboxMessage]:
    """What stepbot queued or sent about this request (acknowledgement, invitations, reminders,
    escalations), oldest first. The page shows the envelope and state, never the raw bytes."""
    return list(s.scalars(select(OutboxMessage).options(defer(OutboxMessage.raw))
                          .where(OutboxMessage.request_id == req.id).order_by(OutboxMessage.created_at, OutboxMessage.id)).all())


def _meeting_local(pm: dict | None) -> str:
    """The proposed meeting's start as a datetime-local value (London), or ''."""
    try:
        dt = datetime.fromisoformat((pm or {}).get("start") or "")
    except (TypeError, ValueError):
        return ""
    return (to_london(dt) if dt.tzinfo else dt).strftime("%Y-%m-%dT%H:%M")


@router.get("/requests/{reference}", response_class=HTMLResponse)
def request_page(request: HTTPRequest, reference: str):
    app = _app(request)
    with session_scope(app.Session) as s:
        user = _signed_in(request, s)
        req = find_request(s, app, user, reference)
        if req is None:
            raise HTTPException(404)
        audit.record(s, "web.viewed", request=req, at=_now(request), actor=user.actor)
        ctx = _request_context(app, s, req)
        return render(request, "request.html", user=user, **ctx)


@router.get("/requests/{reference}/attachments/{attachment_id}")
def download_attachment(request: HTTPRequest, reference: str, attachment_id: int):
    app = _app(request)
    with session_scope(app.Session) as s:
        user = _signed_in(request, s)
        req = find_request(s, app, user, reference)
        att = next((a for a in req.attachments if a.id == attachment_id), None) if req else None
        if att is None or not att.accepted or att.content is None:
            raise HTTPException(404)
        audit.record(s, "web.attachment_downloaded", request=req, at=_now(request), actor=user.actor,
                     attachment_id=att.id)
        ctype = att.content_type if att.content_type in SAFE_DOWNLOAD_TYPES else "application/octet-stream"
        quoted = urllib.parse.quote(att.filename, safe="")
        ascii_name = att.filename.encode("ascii", "replace").decode().replace('"', "_").replace("?", "_")
        return Response(att.content, media_type=ctype, headers={
            "Content-Disposition": f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quoted}",
            "X-Content-Type-Options": "nosniff",
        })


# --- actions ------------------------------------------------------------------------------------

async def _act(request: HTTPRequest, reference: str, fn) -> Response:
    """Run one action in one transaction; a user error is shown back and nothing changes."""
    form = await request.form()
    return await run_in_threadpool(_act_sync, request, reference, fn, form)


def _act_sync(request, reference, fn, form):
    app = _app(request)
    target = f"/requests/{urllib.parse.quote(reference)}"
    try:
        with session_scope(app.Session) as s:
            user = _signed_in(request, s)
            req = find_request(s, app, user, reference)
            if req is None:
                raise HTTPException(404)
            message = fn(app, s, req, user, form, _now(request))
    except ActionError as e:
        _flash(request, "error", str(e))
        return RedirectResponse(target, status_code=303)
    _flash(request, "ok", message)
    log.info("web action %s on %s", fn.__name__.removeprefix("_do_"), reference)
    return RedirectResponse(target, status_code=303)




def _text(form, name: str, limit: int = 2000) -> str:
    v = form.get(name, "")
    return str(v).strip()[:limit]


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
        req.children.clear()
        s.flush()
        for i, (name, dob) in enumerate(kids):
            req.children.append(Child(name=name, dob=dob, position=i))
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
    return f"Saved {', '.join(f.replace('_', ' ') for f in changed)}; the checks were run again."


def _do_mark_received(app, s, req, user, form, now) -> str:
    item = _text(form, "item", 64)
    if item not in (req.missing or []):
        raise ActionError("That item is not missing from this request.")
    try:
        workflow.mark_received(app, s, req, item, at=now, actor=user.actor)
    except WORKFLOW_ERRORS as e:
        raise ActionError(f"Could not mark {item.replace('_', ' ')} received: {e}") from None
    return f"Marked {item.replace('_', ' ')} received; the checks were run again."


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




def _do_book(app, s, req, user, form, now) -> str:
    if booking.active_booking(req) is not None:
        raise ActionError("This request already has a booking.")
    try:
        b = workflow.book_now(app, s, req)
    except BOOKING_ERRORS as e:
        raise ActionError(f"Could not book: {e}") from None
    audit.record(s, "web.booking_requested", request=req, at=now, actor=user.actor)
    if b is None:
        raise ActionError("No slot could be booked for this request.")
    return "Booked; invitations are on their way."


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
    return "Booking moved; updated invitations are on their way."


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
    return "Booking cancelled; cancellations are on their way."


def _do_confirm(app, s, req, user, form, now) -> str:
    """Business support checked the booking stepbot made (panel, time, invitees): on the record."""
    b = booking.active_booking(req)
    if b is None:
        raise ActionError("This request has no booking to confirm.")
    audit.record(s, "web.booking_confirmed", request=req, at=now, actor=user.actor, booking=b.id,
                 start=b.start.isoformat())
    return "Booking confirmed."


def _do_milestone(app, s, req, user, form, now) -> str:
    """Record the event that meets one of the request's open deadlines (joint visit held, letter
    sent, minutes received…): the rule's own ``met_by`` event, never a name taken from the form."""
    d = next((d for d in req.deadlines if str(d.id) == _text(form, "deadline", 20)), None)
    rule = deadlines.rule_by_id(app.pack(req.authority), d.rule_id) if d is not None else None
    if d is None or rule is None or d.state not in ("open", "paused"):
        raise ActionError("That deadline is not open on this request.")
    try:
        workflow.record_event(app, s, req, rule.met_by, at=now, actor=user.actor, note=_text(form, "note", 500))
    except WORKFLOW_ERRORS as e:
        raise ActionError(f"It could not be recorded: {e}") from None
    return f"Recorded: {rule.met_by.replace('_', ' ')}."


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
    "correct": _do_correct,
    "received": _do_mark_received,
    "outcome": _do_outcome,
    "book": _do_book,
    "move": _do_move,
    "cancel": _do_cancel,
}


@router.post("/requests/{reference}/{action}")
async def request_action(request: HTTPRequest, reference: str, action: str):
    fn = ACTIONS.get(action)
    if fn is None:
        raise HTTPException(404)
    return await _act(request, reference, fn)


# --- needs review: messages that failed or wait for a person without a request ------------------

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


# --- reports ------------------------------------------------------------------------------------

def _report_scope(request, s, authority: str):
    app = _app(request)
    user = _signed_in(request, s)
    allowed = visible_authorities(app, user)
    if authority and authority not in allowed:
        raise HTTPException(404)
    return app, user, allowed


@router.get("/reports", response_class=HTMLResponse)
def reports_page(request: HTTPRequest, authority: str = "", month: str = ""):
    app = _app(request)
    with session_scope(app.Session) as s:
        app, user, allowed = _report_scope(request, s, authority)
        now = _now(request)
        m = reports.parse_month(month, to_london(now).date())
        log_authority = authority or (allowed[0] if allowed else "")
        log_rows = reports.monthly_log(s, log_authority, m) if log_authority else []
        tl = reports.timeliness(s, allowed, {a: app.calendar(a) for a in allowed}, m, now)
        displays = {a: app.pack(a).display_name for a in allowed}
        reviews = monthly.review_status(s, app, log_authority, m, now) if log_authority else []
        return render(request, "reports.html", user=user, month=m, authority=log_authority,
                      reviews=reviews, can_review=user.role in REVIEWER_ROLES,
                      authorities=allowed, displays=displays, log_rows=log_rows,
                      log_columns=reports.LOG_COLUMNS, tl_rows=tl, tl_columns=reports.TIMELINESS_COLUMNS,
                      chart=reports.chart_bars(tl, displays))


REVIEWER_ROLES = ("manager", "admin")  # the monthly log goes to a team manager, who reviews it


@router.post("/reports/reviewed")
async def report_reviewed(request: HTTPRequest):
    form = await request.form()
    return await run_in_threadpool(_report_reviewed, request, form)


def _report_reviewed(request: HTTPRequest, form) -> Response:
    """Record that a month's step-up log was reviewed (stops its escalation), as
    `stepbot report reviewed` does; managers and admins only."""
    authority, report_id, month = _text(form, "authority", 100), _text(form, "report_id", 100), _text(form, "month", 7)
    target = "/reports?" + urllib.parse.urlencode({"authority": authority, "month": month})
    with session_scope(_app(request).Session) as s:
        app, user, _ = _report_scope(request, s, authority)
        if not authority or report_id not in {r.id for r in app.pack(authority).reports}:
            raise HTTPException(404)
        if user.role not in REVIEWER_ROLES:
            raise HTTPException(403, "Only a manager can record that the log was reviewed.")
        m = monthly.MONTH_RE.match(month)
        period = date(int(m[1]), int(m[2]), 1) if m else None
        now = _now(request)
        if period is None or period >= monthly.first_of_month(to_london(now).date()):
            _flash(request, "error", "A month's log can be marked reviewed only after the month has ended.")
            return RedirectResponse(target, status_code=303)
        new, ev = monthly.record_review(s, authority, report_id, period, actor=user.actor, at=now)
        text = (f"Recorded: the {period:%B %Y} log was reviewed." if new else
                f"Already recorded by {ev.actor} on {to_london(ev.at):%d %b %Y %H:%M}.")
    log.info("web action report_reviewed for %s %s", authority, month)
    _flash(request, "ok", text)
    return RedirectResponse(target, status_code=303)


@router.get("/reports/{name}.{fmt}")
def report_export(request: HTTPRequest, name: str, fmt: str, authority: str = "", month: str = ""):
    if name not in ("monthly-log", "timeliness") or fmt not in ("csv", "xlsx"):
        raise HTTPException(404)
    app = _app(request)
    with session_scope(app.Session) as s:
        app, user, allowed = _report_scope(request, s, authority)
        now = _now(request)
        m = reports.parse_month(month, to_london(now).date())
        if name == "monthly-log":
            if not authority:
                raise HTTPException(404)
            cols, rows, title = reports.LOG_COLUMNS, reports.monthly_log(s, authority, m), "Step-up request log"
            fname = f"step-up-log-{authority}-{m:%Y-%m}"
        else:
            scope = [authority] if authority else allowed
            cols, title = reports.TIMELINESS_COLUMNS, "Timeliness"
            rows = reports.timeliness(s, scope, {a: app.calendar(a) for a in scope}, m, now)
            fname = f"timeliness-{authority or 'all'}-{m:%Y-%m}"
        audit.record(s, "web.report_exported", at=now, actor=user.actor, report=name, format=fmt,
                     authority=authority or None, month=f"{m:%Y-%m}")
    if fmt == "csv":
        body, ctype = reports.to_csv(cols, rows), "text/csv; charset=utf-8"
    else:
        body = reports.to_xlsx(title, cols, rows)
        ctype = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    return Response(body, media_type=ctype, headers={
        "Content-Disposition": f'attachment; filename="{fname}.{fmt}"', "X-Content-Type-Options": "nosniff"})
