"""Subject access: everything stepbot holds about a named child, for the council's DPO.

``stepbot sar --child "Paula White" [--dob 2012-02-03] [--authority A] --out DIR`` writes one
folder per request that names the child: the emails as they arrived (``.eml``), their
attachments, the mail stepbot sent, the parsed record, deadlines, bookings and the history, and an
``index.txt`` in plain English that lists it all. Names match whole words, case and accents aside;
a date of birth, when given, must match too. Other children on the same request are part of that
request's record: the DPO redacts before disclosure (the index says so).
"""
from __future__ import annotations

import json
import re
import unicodedata
from datetime import date
from pathlib import Path

from sqlalchemy import select

from bot.models import AuditEvent, InboundMessage, OutboxMessage, Request
from bot.workcal import to_london


def _words(name: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    return re.findall(r"[a-z0-9]+", plain)


def requests_about(session, name: str, dob: date | None = None, authority: str | None = None) -> list[Request]:
    wanted = _words(name)
    out = []
    q = select(Request).order_by(Request.received_at)
    if authority:
        q = q.where(Request.authority == authority)
    for req in session.scalars(q):
        if any(_words(c.name) == wanted and (dob is None or c.dob == dob) for c in req.children):
            out.append(req)
    return out


def _day(dt) -> str:
    return f"{to_london(dt):%-d %B %Y at %H:%M}" if dt else "not recorded"


def _safe(name: str) -> str:
    return re.sub(r"[^\w.-]+", "_", name).strip("_")[:80] or "file"


def export(session, name: str, out: Path, *, dob: date | None = None, authority: str | None = None) -> int:
    """Write the export; returns the number of requests found."""
    found = requests_about(session, name, dob, authority)
    out.mkdir(parents=True, exist_ok=True)
    index = [f"Subject access export for {name}" + (f" (born {dob:%-d %B %Y})" if dob else ""),
             f"Requests that name this child: {len(found)}", "",
             "Each request's folder holds the emails as they arrived, their attachments, the mail stepbot sent, "
             "the parsed record, its deadlines and bookings, and its history. Other people named in them "
             "(other children, parents, workers) must be redacted before disclosure.", ""]
    for req in found:
        folder = out / _safe(req.reference)
        for sub in ("emails", "attachments", "sent"):
            (folder / sub).mkdir(parents=True, exist_ok=True)
        index.append(f"Request {req.reference} ({req.kind.replace('_', '-')}, {req.authority.replace('_', ' ').title()}), "
                     f"received {_day(req.received_at)}, now {req.state.replace('_', ' ')}")
        inbound = list(session.scalars(select(InboundMessage).where(InboundMessage.request_id == req.id)
                                       .order_by(InboundMessage.received_at)))
        for i, m in enumerate(inbound, 1):
            if m.raw:
                (folder / "emails" / f"{i:03d}.eml").write_bytes(m.raw)
            index.append(f"  email {i}, received {_day(m.received_at)}" + ("" if m.raw else " (emptied under retention)"))
        for a in req.attachments:
            if a.content is not None:
                (folder / "attachments" / f"{a.id}-{_safe(a.filename)}").write_bytes(a.content)
            index.append(f"  attachment {a.filename}" + ("" if a.content is not None else " (not kept)"))
        sent = list(session.scalars(select(OutboxMessage).where(OutboxMessage.request_id == req.id)
                                    .order_by(OutboxMessage.created_at)))
        for i, o in enumerate(sent, 1):
            if o.raw:
                (folder / "sent" / f"{i:03d}.eml").write_bytes(o.raw)
            index.append(f"  sent {_day(o.created_at)}: {o.subject}")
        history = list(session.scalars(select(AuditEvent).where(AuditEvent.request_id == req.id).order_by(AuditEvent.at)))
        record = {
            "reference": req.reference, "authority": req.authority, "kind": req.kind, "state": req.state,
            "received_at": req.received_at.isoformat(), "children": [{"name": c.name, "dob": c.dob.isoformat()
                                                                       if c.dob else None} for c in req.children],
            "case_ids": req.case_ids, "concerns": req.concerns, "consent": req.consent,
            "manager_agreed": req.manager_agreed, "lead_practitioner": req.lead_practitioner,
            "outcome": req.outcome, "rationale": req.rationale, "contingency_plan": req.contingency_plan,
            "parsed": req.parsed,
            "deadlines": [{"title": d.title, "due_at": d.due_at.isoformat(), "state": d.state} for d in req.deadlines],
            "bookings": [{"panel": b.panel, "start": b.start.isoformat(), "location": b.location, "state": b.state}
                         for b in req.bookings],
            "history": [{"at": e.at.isoformat(), "who": e.actor, "what": e.action, "detail": e.detail} for e in history],
        }
        (folder / "record.json").write_text(json.dumps(record, indent=2, default=str), encoding="utf-8")
        index.append(f"  {len(req.deadlines)} deadlines, {len(req.bookings)} bookings, {len(history)} history entries "
                     f"(record.json)")
        index.append("")
    (out / "index.txt").write_text("\n".join(index) + "\n", encoding="utf-8")
    return len(found)


def command(args) -> int:
    """``stepbot sar``."""
    from bot.app import App
    from bot.config import load_settings

    try:
        dob = date.fromisoformat(args.dob) if args.dob else None
    except ValueError:
        print(f"stepbot sar: --dob {args.dob!r} is not a date such as 2012-02-03")
        return 2
    app = App(load_settings(args.config))
    try:
        with app.Session() as s:
            n = export(s, args.child, Path(args.out), dob=dob, authority=args.authority)
        print(f"{n} request{'s' if n != 1 else ''} name this child; the export and its index are in {args.out}")
        return 0
    finally:
        app.close()
