"""Intake: store every message whole, de-duplicate it, parse it, run its handlers, and commit the
result in one transaction. A message that cannot be processed is kept, marked failed, sent to
"Needs review", and business support is alerted: nothing is lost (DESIGN.md safety rule 3).
"""
from __future__ import annotations

import hashlib
import logging
import re
import traceback
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from bot import audit
from bot.mail import build_message, render
from bot.models import InboundMessage
from bot.outbox import PRIORITY_URGENT, enqueue

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 3
_MSGID = re.compile(rb"^message-id:[ \t]*(.*(?:\r?\n[ \t].*)*)", re.I | re.M)


@dataclass(frozen=True)
class IngestResult:
    inbound_id: int
    duplicate: bool
    reference: str | None
    kind: str | None
    review: bool


def message_key(raw: bytes) -> str:
    """The de-duplication key: the Message-ID, or a hash of the bytes when there is none."""
    head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    m = _MSGID.search(head)
    if m:
        mid = b" ".join(m.group(1).split()).decode("ascii", "replace").strip()
        if mid:
            return "mid:" + (mid if len(mid) <= 200 else hashlib.sha256(mid.encode()).hexdigest())
    return "sha256:" + hashlib.sha256(raw).hexdigest()


def own_addresses(settings) -> set[str]:
    return {mb.address.lower() for a in settings.deployment.authorities.values() for mb in a.mailboxes.values()}


def _store(app, authority: str, mailbox: str, raw: bytes, backend_id: str | None):
    """Insert the inbound row (or find it). Returns (id, already_done)."""
    now = app.clock.now()
    key = message_key(raw)
    q = select(InboundMessage).where(InboundMessage.authority == authority, InboundMessage.mailbox == mailbox,
                                     InboundMessage.message_key == key)
    with app.Session.begin() as s:
        row = s.scalar(q)
        if row is None:
            row = InboundMessage(authority=authority, mailbox=mailbox, message_key=key, backend_id=backend_id,
                                 raw=raw, size=len(raw), status="processing", attempts=1, received_at=now)
            try:
                with s.begin_nested():
                    s.add(row)
            except IntegrityError:
                return s.scalar(q).id, True  # another process stored it at the same moment
            return row.id, False
        if row.status in ("done", "needs_review", "failed", "quarantined"):
            return row.id, True
        # Still "processing": an earlier run died mid-way (its transaction rolled back). Try again,
        # but quarantine a message that keeps killing the process (Mailman's switchboard rule).
        if row.attempts >= MAX_ATTEMPTS:
            row.status = "quarantined"
            audit.record(s, "inbound_quarantined", at=now, inbound=row.id, attempts=row.attempts)
            return row.id, True
        row.attempts += 1
        return row.id, False


def ingest(app, authority: str, mailbox: str, raw: bytes, backend_id: str | None = None) -> IngestResult:
    """Process one message from a duty mailbox. Idempotent: the same message twice is a no-op."""
    inbound_id, done = _store(app, authority, mailbox, raw, backend_id)
    if done:
        with app.Session() as s:
            row = s.get(InboundMessage, inbound_id)
            ref = _reference(s, row.request_id)
            return IngestResult(inbound_id, True, ref, row.kind, row.status != "done")
    return _process(app, authority, mailbox, inbound_id, raw)


def reprocess(app, inbound_id: int, *, actor: str) -> IngestResult:
    """Run a message that failed or waits for review through the pipeline again (from the web page)."""
    now = app.clock.now()
    with app.Session.begin() as s:
        row = s.get(InboundMessage, inbound_id)
        if row is None or row.status not in ("failed", "quarantined", "needs_review"):
            raise ValueError("only a message that failed or waits for review can be processed again")
        row.status, row.error = "processing", None
        row.attempts += 1
        audit.record(s, "inbound_reprocessed", at=now, actor=actor, inbound=inbound_id)
        authority, mailbox, raw = row.authority, row.mailbox, row.raw
    return _process(app, authority, mailbox, inbound_id, raw)


def _process(app, authority: str, mailbox: str, inbound_id: int, raw: bytes) -> IngestResult:
    from bot.parser import parse_message
    from handlers import run
    from handlers.base import Context

    now = app.clock.now()
    try:
        with app.Session.begin() as s:
            inbound = s.get(InboundMessage, inbound_id)
            parsed = parse_message(
                raw, pack=app.pack(authority), authority=authority, mailbox=mailbox, now=now,
                max_attachment_bytes=int(app.settings.deployment.max_attachment_mb * 2**20),
                own_addresses=own_addresses(app.settings), calendar=app.calendar(authority))
            inbound.kind = parsed.contract.get("kind")
            inbound.message_id = (parsed.contract.get("message_id") or "")[:998] or None
            inbound.parsed = parsed.contract
            ctx = Context(app=app, session=s, inbound=inbound, parsed=parsed, authority=authority,
                          mailbox=mailbox, now=now)
            run(ctx)
            # A message a handler sent to review without a request to hang it on (a meeting reply
            # to no meeting of ours) waits in the "needs review" list of the web page.
            inbound.status = "needs_review" if ctx.review and ctx.request is None else "done"
            inbound.processed_at = now
            s.flush()
            ref = ctx.request.reference if ctx.request is not None else None
            review = ctx.review or (parsed.contract.get("next_action") == "human_review")
            kind = inbound.kind
        log.info("inbound %s processed: kind=%s ref=%s", inbound_id, kind, ref)
        return IngestResult(inbound_id, False, ref, kind, review)
    except Exception as e:  # noqa: BLE001 - a system error: keep the message, alert, send to review
        error = type(e).__name__
        # The exception's text may quote the message, so the log gets its type and where it was
        # raised, never its words (DESIGN.md safety rule 4).
        log.error("inbound %s failed (%s) at:\n%s", inbound_id, error,
                  "".join(traceback.format_tb(e.__traceback__)[-5:]))
        _failed(app, authority, mailbox, inbound_id, error)
        return IngestResult(inbound_id, False, None, None, True)


def _failed(app, authority: str, mailbox: str, inbound_id: int, error: str) -> None:
    now = app.clock.now()
    with app.Session.begin() as s:
        row = s.get(InboundMessage, inbound_id)
        row.status = "failed"
        row.error = error
        row.processed_at = now
        audit.record(s, "inbound_failed", at=now, inbound=inbound_id, error=error)
        # Fail closed: the message may be urgent, so a person is told at once.
        subject, text = render("processing_failed", authority=app.pack(authority).display_name,
                               mailbox=mailbox, inbound_id=inbound_id, error=error)
        people = app.settings.people(authority, "business_support") + app.settings.people(
            authority, app.pack(authority).contacts.duty_role)
        enqueue(s, app, key=f"inbound-failed:{inbound_id}", authority=authority, mailbox=mailbox,
                purpose="alert", to=[p.email for p in people], msg=build_message(subject=subject, text=text),
                priority=PRIORITY_URGENT)


def _reference(session, request_id):
    if request_id is None:
        return None
    from bot.models import Request

    req = session.get(Request, request_id)
    return req.reference if req else None
