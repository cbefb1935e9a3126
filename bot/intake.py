"""Intake: store every message whole, de-duplicate it, parse it, run its handlers, and commit the
result in one transaction. Nothing is lost (DESIGN.md safety rule 3).

Reading is bounded (safety rule 5): the message is parsed in a worker process under a time and a
memory limit (``bot.parsepool``). A message the parser refuses or overruns the limits with, one a
handler crashes on, and one quarantined after MAX_ATTEMPTS runs that never finished are *set
aside*: kept whole, checked for urgency on their readable text, shown in "Needs review" with the
reason in plain words, and business support are alerted at once (the duty team too when the text
is urgent, or cannot be checked in time). The mailbox then moves on.

System errors are not the sender's: a lost database connection is retried with back-off and never
marks a message failed; if it persists the error goes up to the daemon, which leaves the message
in the inbox for its next pass (STYLE.md "typed outcomes").
"""
from __future__ import annotations

import hashlib
import logging
import pickle
import re
import time
import traceback
from dataclasses import dataclass

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import defer
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from bot.words import say
from bot import audit, caps
from bot.contacts import on_call, own_addresses
from bot.db import insert_or_nothing, lazily_durable
from bot.mail import build_message, render
from bot.models import InboundMessage, Request
from bot.outbox import PRIORITY_URGENT, enqueue_many
from bot.parsepool import Triage
from bot.states import FINISHED_STATUSES, REVIEW_STATUSES, InboundStatus, move
from bot.workcal import to_london
import handlers
from handlers.base import Context

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 3
HEAD_LIMIT = 256 * 1024  # where the Message-ID is looked for
RETRY_DELAYS = (0.5, 1.0, 2.0, 4.0, 8.0)   # seconds between tries after a lost database connection
_MSGID = re.compile(rb"^message-id:[ \t]*(.*(?:\r?\n[ \t].*)*)", re.I | re.M)

# What a person reads in "Needs review" and in the alert (no ids, no exception names).
QUARANTINED = (f"processing it stopped stepbot {MAX_ATTEMPTS} times before it could finish, so it was set "
               "aside and not tried again")
INTERNAL_ERROR = "an error inside stepbot stopped it being processed (the details are in the log)"
_NO_RAW = defer(InboundMessage.raw)  # the message is up to 50 MB: loaded only where it is read
AUDIT_ACTION = {InboundStatus.NEEDS_REVIEW: "inbound_set_aside", InboundStatus.FAILED: "inbound_failed",
                InboundStatus.QUARANTINED: "inbound_quarantined"}


@dataclass(frozen=True)
class IngestResult:
    inbound_id: int
    duplicate: bool
    reference: str | None
    kind: str | None
    review: bool


# The headers that make a message what it is. Trace headers (Received, Return-Path, Delivered-To,
# Authentication-Results, X-…) differ between two deliveries of the same mail and are left out.
CONTENT_HEADERS = frozenset((b"from", b"sender", b"reply-to", b"to", b"cc", b"date", b"subject", b"message-id",
                             b"in-reply-to", b"references", b"mime-version", b"content-type",
                             b"content-transfer-encoding", b"auto-submitted"))
_CHUNK = 1 << 20


def _header_end(raw: bytes) -> int:
    return min((i for i in (raw.find(b"\r\n\r\n", 0, HEAD_LIMIT), raw.find(b"\n\n", 0, HEAD_LIMIT)) if i >= 0),
               default=HEAD_LIMIT)


def message_id_hint(raw: bytes) -> str | None:
    """The Message-ID as written (folded whitespace closed up), or None: a hint, never the key."""
    m = _MSGID.search(raw[:_header_end(raw)])  # a slice of the header block: never a copy of a 50 MB body
    if m:
        mid = b" ".join(m.group(1).split()).decode("ascii", "replace").strip()
        return mid[:998] or None
    return None


def message_key(raw: bytes) -> str:
    """The de-duplication key: a SHA-256 of the message's content headers and body, line endings
    made alike. The same mail twice (again from the server, or by another route with other trace
    headers) has the same key; another mail that reuses a Message-ID does not."""
    end = _header_end(raw)
    h = hashlib.sha256()
    lines = re.split(rb"\r?\n(?![ \t])", raw[:end])  # unfolded header fields
    for line in sorted(lines):
        name, _, value = line.partition(b":")
        if name.strip().lower() in CONTENT_HEADERS:
            h.update(name.strip().lower() + b":" + b" ".join(value.split()) + b"\n")
    h.update(b"\n")
    carry = b""
    view = memoryview(raw)[end:]
    for i in range(0, len(view), _CHUNK):  # the body in chunks, CRLF read as LF: no 50 MB copy
        chunk = carry + bytes(view[i:i + _CHUNK])
        carry = b"\r" if chunk.endswith(b"\r") else b""
        h.update((chunk[:-1] if carry else chunk).replace(b"\r\n", b"\n"))
    h.update(carry)
    return "sha256:" + h.hexdigest()


def _store(app, authority: str, mailbox: str, raw: bytes, backend_id: str | None):
    """Insert the inbound row (or find it). Returns (id, what next): "process", "done" (seen
    before) or "quarantine" (it has been tried MAX_ATTEMPTS times and never finished).

    The unique (authority, mailbox, message_key) constraint decides between two daemons storing
    the same mail at once. A different mail reusing a Message-ID seen before is a message of its
    own: processed, and the reuse recorded in the audit trail."""
    now = app.clock.now()
    key, mid = message_key(raw), message_id_hint(raw)
    here = (InboundMessage.authority == authority, InboundMessage.mailbox == mailbox)
    q = select(InboundMessage).where(*here, InboundMessage.message_key == key)
    # this mail, and up to five others that gave its Message-ID, in one query before the insert (on
    # SQLite the transaction holds the write lock throughout; on PostgreSQL another daemon's mail
    # with the same Message-ID stored in between goes unremarked: both are processed all the same)
    # (each side of the OR whole, so that each reads its own index: an OR of the two columns under one
    # authority and mailbox read every row of the mailbox, slower with each message stored)
    seen = select(InboundMessage.id, InboundMessage.message_key).where(
        or_(and_(*here, InboundMessage.message_key == key), and_(*here, InboundMessage.message_id == mid))
        if mid is not None else and_(*here, InboundMessage.message_key == key)).order_by(InboundMessage.id).limit(6)
    # Lazily durable (bot.db): the row must survive this process being killed, so that a message
    # that keeps killing it is counted; the message leaves the inbox only after make_durable.
    with lazily_durable(app.Session) as s:
        found = s.execute(seen).all()
        row = s.scalar(q.options(_NO_RAW)) if any(k == key for _, k in found) else None
        if row is None:
            # One statement, not a savepoint around an insert: a row another process stored at the
            # same moment makes it insert nothing (the unique constraint decides), not an error.
            new_id = s.scalar(_insert_new(s).values(
                authority=authority, mailbox=mailbox, message_key=key, message_id=mid, backend_id=backend_id,
                raw=raw, size=len(raw), status=InboundStatus.PROCESSING, attempts=1, received_at=now))
            if new_id is None:
                return s.scalar(q.options(_NO_RAW)).id, "done"  # another process stored it at the same moment
            if mid is not None:
                earlier = [i for i, _ in found][:5]
                if earlier:
                    log.warning("inbound %s reuses the Message-ID of inbound %s with other content; processed "
                                "as a message of its own", new_id, earlier[0])
                    audit.record(s, "message_id_reused", at=now, inbound=new_id, earlier=list(earlier))
            return new_id, "process"
        if row.status in FINISHED_STATUSES:
            return row.id, "done"
        # Still "processing": an earlier run died mid-way (its transaction rolled back). Try again,
        # but set aside a message that keeps killing the process (Mailman's switchboard rule).
        if row.attempts >= MAX_ATTEMPTS:
            return row.id, "quarantine"
        row.attempts += 1
        return row.id, "process"


def _insert_new(s):
    """``INSERT … ON CONFLICT (authority, mailbox, message_key) DO NOTHING RETURNING id``."""
    return insert_or_nothing(s, InboundMessage, [InboundMessage.authority, InboundMessage.mailbox,
                                                 InboundMessage.message_key]).returning(InboundMessage.id)


def ingest(app, authority: str, mailbox: str, raw: bytes, backend_id: str | None = None) -> IngestResult:
    """Process one message from a duty mailbox. Idempotent: the same message twice is a no-op."""
    inbound_id, step = _retrying("storing a message", lambda: _store(app, authority, mailbox, raw, backend_id))
    if step == "quarantine":
        return _set_aside(app, authority, mailbox, inbound_id, status=InboundStatus.QUARANTINED, reason=QUARANTINED,
                          triage=app.parse_pool.triage(raw, today=_today(app)))
    if step == "done":
        with app.Session() as s:
            row = s.get(InboundMessage, inbound_id, options=[_NO_RAW])
            ref = _reference(s, row.request_id)
            return IngestResult(inbound_id, True, ref, row.kind, row.status != InboundStatus.DONE)
    return _process(app, authority, mailbox, inbound_id, raw)


def reprocess(app, inbound_id: int, *, actor: str) -> IngestResult:
    """Run a message that failed or waits for review through the pipeline again (from the web page)."""
    now = app.clock.now()
    with app.Session.begin() as s:
        row = s.get(InboundMessage, inbound_id)
        if row is None or row.status not in REVIEW_STATUSES:
            raise ValueError("only a message that failed or waits for review can be processed again")
        move(row, InboundStatus.PROCESSING, field="status", what="inbound")
        row.error = None
        row.attempts += 1
        audit.record(s, "inbound_reprocessed", at=now, actor=actor, inbound=inbound_id)
        authority, mailbox, raw = row.authority, row.mailbox, row.raw
    return _process(app, authority, mailbox, inbound_id, raw)


def _parse_args(app, authority: str, mailbox: str, now) -> dict:
    return dict(pack=app.pack(authority), authority=authority, mailbox=mailbox, now=now,
                max_attachment_bytes=int(app.settings.deployment.max_attachment_mb * 2**20),
                own_addresses=own_addresses(app.settings), calendar=app.calendar(authority))


def prefetch(app, authority: str, mailbox: str, raw: bytes) -> None:
    """Start reading a message that ``ingest`` will be given next (a backlog's next messages), so
    the parse workers read while this process runs the handlers of the one before."""
    app.parse_pool.prefetch(raw, **_parse_args(app, authority, mailbox, app.clock.now()))


def _process(app, authority: str, mailbox: str, inbound_id: int, raw: bytes) -> IngestResult:
    now = app.clock.now()
    parsed = app.parse_pool.parse(raw, **_parse_args(app, authority, mailbox, now))
    problem = parsed.problem or parsed.result.refused
    if problem:
        log.warning("inbound %s could not be read: %s", inbound_id, problem)  # our words, not the mail's
        return _set_aside(app, authority, mailbox, inbound_id, status=InboundStatus.NEEDS_REVIEW,
                          reason=f"stepbot could not read it automatically: {problem}",
                          triage=app.parse_pool.triage(raw, today=_today(app)))
    result = parsed.result
    # a fresh copy for each try: a try that lost its connection may have changed the one it had
    # (a pickle, as the result came from the parse worker: a C round trip, not a deepcopy in Python)
    frozen = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
    try:
        return _retrying("processing a message",
                         lambda: _run_handlers(app, authority, mailbox, inbound_id, pickle.loads(frozen), now,
                                               raw=raw))
    except Exception as e:
        if is_disconnect(e):
            raise  # still no database after the retries: a system error for the daemon
        # The exception's text may quote the message, so the log gets its type and where it was
        # raised, never its words (DESIGN.md safety rule 4).
        log.error("inbound %s failed (%s) at:\n%s", inbound_id, type(e).__name__,
                  "".join(traceback.format_tb(e.__traceback__)[-5:]))
        return _set_aside(app, authority, mailbox, inbound_id, status=InboundStatus.FAILED, reason=INTERNAL_ERROR,
                          triage=_triage_of(result), error=type(e).__name__)


def _triage_of(parsed) -> Triage:
    """What the parser found, in the shape the alert takes."""
    return Triage(urgent=bool(parsed.contract.urgent), evidence=parsed.urgent_evidence, assessed=True,
                  subject=parsed.subject, sender=parsed.sender)


def _run_handlers(app, authority: str, mailbox: str, inbound_id: int, parsed, now, *,
                  raw: bytes | None = None) -> IngestResult:
    """The handlers for one parsed message, and everything they decide, in one transaction (lazily
    durable: the message leaves the inbox after make_durable, its mail is sent after a durable claim)."""
    with lazily_durable(app.Session) as s:
        # Locked (PostgreSQL: the row; SQLite: the database) and checked: another daemon reading the
        # same mailbox may have finished this message while we parsed it. Then nothing is done twice.
        inbound = s.get(InboundMessage, inbound_id, options=[_NO_RAW],
                        with_for_update=s.bind.dialect.name == "postgresql")
        if inbound.status in FINISHED_STATUSES:
            log.info("inbound %s was finished by another process; nothing done twice", inbound_id)
            return IngestResult(inbound_id, True, _reference(s, inbound.request_id), inbound.kind,
                                inbound.status != InboundStatus.DONE)
        if caps.over_request_cap(s, app, authority=authority, parsed=parsed, now=now):
            _note_parsed(inbound, parsed)
            caps.hold_over_request_cap(s, app, authority=authority, mailbox=mailbox, inbound=inbound,
                                       sender=parsed.sender, now=now)
            return IngestResult(inbound_id, False, None, inbound.kind, True)
        if raw is not None:
            # the bytes this process read are the stored ones: a handler that reads ``inbound.raw``
            # gets them without the stored copy (up to 50 MB) being read back
            set_committed_value(inbound, "raw", raw)
        ctx = Context(app=app, session=s, inbound=inbound, parsed=parsed, authority=authority,
                      mailbox=mailbox, now=now)
        handlers.run(ctx)
        # A message a handler sent to review without a request to hang it on (a meeting reply
        # to no meeting of ours) waits in the "needs review" list of the web page.
        review = ctx.review or (parsed.contract.next_action == "human_review")
        unsafe = [a for a in parsed.attachments if a.unsafe]
        # An unsafe attachment is handled as usual (the sender is told the file was refused), and a
        # person is told too: a file built to exhaust the reader is not an ordinary mistake.
        to_review = bool(unsafe) or (ctx.review and ctx.request is None)
        # noted with the outcome, so the row is written once at the end, not at the handlers' first flush
        _note_parsed(inbound, parsed)
        move(inbound, InboundStatus.NEEDS_REVIEW if to_review else InboundStatus.DONE, field="status",
             what="inbound")
        inbound.processed_at = now
        if unsafe:
            review = True
            inbound.error = f"an attachment could not be opened safely: {unsafe[0].problem}"
            audit.record(s, "inbound_unsafe_attachment", at=now, inbound=inbound_id, request=ctx.request,
                         attachments=len(unsafe))
            _alert(s, app, authority, mailbox, inbound, inbound.error.rstrip("."), _triage_of(parsed),
                   handled=True)
        s.flush()
        ref = ctx.request.reference if ctx.request is not None else None
        kind = inbound.kind
    log.info("inbound %s processed: kind=%s ref=%s", inbound_id, kind, ref)
    return IngestResult(inbound_id, False, ref, kind, review)


def _note_parsed(inbound, parsed) -> None:
    """The message's kind, Message-ID and parse on its row (no handler reads them from the row)."""
    inbound.kind = parsed.contract.kind
    inbound.message_id = inbound.message_id or (parsed.contract.message_id or "")[:998] or None
    inbound.parsed = parsed.contract.to_dict()


def _set_aside(app, authority: str, mailbox: str, inbound_id: int, *, status: InboundStatus, reason: str,
               triage: Triage, error: str | None = None) -> IngestResult:
    """Keep the message for a person: status and plain-words reason on its row, an audit event, and
    the alerts, in one transaction (see the module docstring)."""
    def write() -> None:
        now = app.clock.now()
        with lazily_durable(app.Session) as s:   # as _run_handlers': durable before it leaves the inbox
            row = s.get(InboundMessage, inbound_id, options=[_NO_RAW])
            move(row, status, field="status", what="inbound")
            row.error, row.processed_at = reason, now
            audit.record(s, AUDIT_ACTION[status], at=now, inbound=inbound_id, reason=reason,
                         urgent=triage.urgent, assessed=triage.assessed, **({"error": error} if error else {}))
            _alert(s, app, authority, mailbox, row, reason, triage)

    _retrying("setting a message aside", write)
    log.warning("inbound %s set aside (%s), urgent=%s", inbound_id, status, triage.urgent)
    return IngestResult(inbound_id, False, None, None, True)


def _alert(s, app, authority: str, mailbox: str, row, reason: str, triage: Triage, *, handled: bool = False) -> None:
    """Business support at once; the duty team as well, at the top of the outbox, when it may be urgent."""
    pack = app.pack(authority)
    settings = app.settings
    # the people who can act at this hour: the MASH duty team by day, out of hours the EDT
    who = on_call(settings, authority, app.clock.now())
    words = dict(authority=pack.display_name, mailbox=say(mailbox),
                 reason=reason, urgent=triage.urgent, assessed=triage.assessed, evidence=triage.evidence,
                 subject=(triage.subject or "")[:200], sender=triage.sender or "", received=row.received_at,
                 team=who.team, phones=who.phones_text, emergency=who.emergency, handled=handled)
    support = [p.email for p in settings.people(authority, "business_support")]
    duty = list(who.emails)
    admin = [settings.deployment.admin_email] if settings.deployment.admin_email else []
    subject, text = render("processing_failed", audience="support", **words)
    mails = [dict(key=f"inbound-failed:{row.id}", authority=authority, mailbox=mailbox, purpose="alert",
                  to=support or duty or admin, msg=_important(build_message(subject=subject, text=text)),
                  priority=PRIORITY_URGENT)]
    if triage.urgent and duty and duty != support:
        subject, text = render("processing_failed", audience="duty", **words)
        mails.append(dict(key=f"inbound-failed-duty:{row.id}", authority=authority, mailbox=mailbox,
                          purpose="alert", to=duty, msg=_important(build_message(subject=subject, text=text)),
                          priority=PRIORITY_URGENT))
    enqueue_many(s, app, mails)   # one lookup and one insert


def _important(msg):
    msg["Importance"] = "high"
    msg["X-Priority"] = "1"
    return msg


def _today(app):
    return to_london(app.clock.now()).date()


def is_disconnect(e: BaseException) -> bool:
    """A lost or refused database connection: a system error, tried again, never the message's fault."""
    return isinstance(e, DBAPIError) and (bool(e.connection_invalidated) or isinstance(e, (OperationalError, InterfaceError)))


def _retrying(what: str, fn, *, sleep=time.sleep):
    """``fn()``, tried again after each RETRY_DELAYS pause while the database connection is lost."""
    for delay in (*RETRY_DELAYS, None):
        try:
            return fn()
        except DBAPIError as e:
            if delay is None or not is_disconnect(e):
                raise
            log.warning("database connection lost while %s (%s); trying again in %.1f s", what,
                        type(e).__name__, delay)
            sleep(delay)


def _reference(session, request_id):
    if request_id is None:
        return None

    req = session.get(Request, request_id)
    return req.reference if req else None
