"""The request page: what was read from the email with its evidence, what is missing and the rule
behind it, the messages, what stepbot sent, the booking, the deadlines, the case notes and the
history; and the download of an accepted attachment.
"""
from __future__ import annotations

import json
import urllib.parse
from datetime import date, datetime

from fastapi import APIRouter, HTTPException, Request as HTTPRequest
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import defer

from bot import audit, booking, deadlines, disputes, milestones, workflow
from bot.db import session_scope
from bot.models import AuditEvent, InboundMessage, OutboxMessage, Request
from bot.states import RUNNING_DEADLINES
from bot.vocabulary import CONCERNS
from bot.web.access import find_request
from bot.web.casenotes import case_note, systems_for
from bot.web.emailview import view_email
from bot.web.views.common import _app, _now, _signed_in, render
from bot.workcal import to_london

router = APIRouter()


SAFE_DOWNLOAD_TYPES = {
    "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/msword", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "text/plain", "image/png", "image/jpeg",
}


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
        "booking": active, "bookings": req.bookings, "further": _further(app, req),
        "not_invited": _not_invited(history, active),
        "deadlines": req.deadlines, "history": history, "series": _series(pack, req),
        "earlier": {d.id for d in open_deadlines if (r := deadlines.rule_by_id(pack, d.rule_id)) is not None
                    and r.earlier_if_agreed},
        "case_notes": notes, "concern_choices": CONCERNS,
        "meeting_local": _meeting_local(req.proposed_meeting),
        "milestones": milestones.recordable(pack, req.kind) if req.state != "closed" else [],
        "dispute_routes": disputes.applicable(app, req), "dispute": disputes.status(s, app, req),
        "suggestions": _suggestions(history, req) if req.state != "closed" else [],
    }


def _series(pack, req: Request) -> list[dict]:
    """Each repeating timescale on the request (Herefordshire's four MAG reviews): how many of
    them are recorded, of how many, and the one now running."""
    out = []
    for rule in pack.deadlines if pack else []:
        rows = [d for d in req.deadlines if d.rule_id == rule.id]
        if not rule.repeats or not rows:
            continue
        out.append({"title": rule.title, "counted_as": rule.counted_as, "total": rule.repeats,
                    "done": sum(d.state == "met" for d in rows),
                    "running": next((d for d in rows if d.state in RUNNING_DEADLINES), None)})
    return out


def _further(app, req: Request) -> str | None:
    """The meeting a further hearing would be booked at (its title), when the "not agreed" loop
    offers one on this request; else None."""
    if not workflow.further_hearing_due(app, req):
        return None
    chosen = booking.panel_for(app, req)
    return chosen[1].title if chosen is not None else None


def _suggestions(history: list[AuditEvent], req: Request) -> list[dict]:
    """Milestones a reply told of and nobody has recorded since: one click each."""
    recorded = {(e.detail or {}).get("event") for e in history if e.action == "event"}
    out, seen = [], set()
    for e in history:
        d = e.detail or {}
        if e.action == "milestone_suggested" and d.get("event") not in recorded and d.get("event") not in seen:
            seen.add(d["event"])
            out.append({"event": d["event"], "label": milestones.label(d["event"]), "on": d.get("on"),
                        "day": date.fromisoformat(d["on"]) if d.get("on") else None, "note": d.get("note") or ""})
    return out


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
