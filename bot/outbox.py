"""The outbox: every outgoing message is a row first, written in the same transaction as the
decision that caused it, then delivered.

Exactly-once in effect (DESIGN.md safety rule 3):
- ``enqueue`` is idempotent on ``key``: a second enqueue of the same reminder is a no-op.
- The MIME bytes, with a fixed Message-ID, are built once at enqueue, so any retry sends the very
  same message.
- ``deliver_due`` marks a row ``sending`` and commits *before* handing it to the transport, and
  ``sent`` after. A row found still ``sending`` after a crash is checked against the transport's
  sent copies (``already_sent(message_id)``, where the transport can tell) before it is sent
  again, so a crash between sending and recording does not send twice.
"""
from __future__ import annotations

import email.policy
import logging
from datetime import timedelta
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from bot import audit
from bot.models import OutboxMessage

log = logging.getLogger(__name__)

# Python's default folding puts a long subject on a continuation line of its own, which readers
# show with a leading space; RFC 5322 allows lines up to 998 characters.
_WIRE = email.policy.default.clone(max_line_length=998)
MAX_ATTEMPTS = 12
STALE_SENDING = timedelta(minutes=10)
PRIORITY_URGENT = 0
PRIORITY_NORMAL = 5


def enqueue(session, app, *, key: str, authority: str, mailbox: str, purpose: str, to, msg: EmailMessage,
            priority: int = PRIORITY_NORMAL, request=None, cc=(), in_reply_to: str | None = None,
            auto_submitted: str = "auto-generated", suppress_auto_replies: bool = True) -> OutboxMessage | None:
    """Add one message to the outbox unless ``key`` was enqueued before. Returns the row or None."""
    if session.scalar(select(OutboxMessage.id).where(OutboxMessage.idempotency_key == key)) is not None:
        return None
    to = [a for a in dict.fromkeys(a.strip() for a in to if a and a.strip())]
    cc = [a for a in dict.fromkeys(a.strip() for a in cc if a and a.strip()) if a not in to]
    if not to:
        raise ValueError(f"outbox {key}: no recipients")
    now = app.clock.now()
    address = app.mailbox_config(authority, mailbox).address
    domain = address.split("@", 1)[1]
    ref = request.reference if request is not None else None
    for h in ("From", "To", "Cc", "Date", "Message-ID", "Auto-Submitted", "X-Stepbot-Ref", "Precedence"):
        del msg[h]
    msg["From"] = formataddr((app.settings.deployment.outgoing.from_name, address))
    msg["To"] = ", ".join(to)
    if cc:
        msg["Cc"] = ", ".join(cc)
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = make_msgid(idstring=f"stepbot.{purpose}", domain=domain)
    # RFC 3834: mark what we send as automatic, so well-behaved responders do not answer it.
    msg["Auto-Submitted"] = auto_submitted
    if suppress_auto_replies:
        msg["X-Auto-Response-Suppress"] = "All"
    msg["X-Stepbot-Ref"] = ref or "-"
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    row = OutboxMessage(
        idempotency_key=key, authority=authority, mailbox=mailbox, purpose=purpose, priority=priority,
        request_id=getattr(request, "id", None), recipients=to + cc, subject=str(msg["Subject"]),
        message_id=str(msg["Message-ID"]), raw=msg.as_bytes(policy=_WIRE), state="pending", attempts=0,
        next_attempt_at=now, created_at=now,
    )
    try:
        with session.begin_nested():
            session.add(row)
    except IntegrityError:
        return None  # another process enqueued the same key at the same moment
    audit.record(session, "mail_queued", at=now, request=request, purpose=purpose, key=key,
                 recipients=len(to) + len(cc))
    return row


def _backoff(attempts: int) -> timedelta:
    return timedelta(seconds=min(3600, 30 * 2 ** max(0, attempts - 1)))


def _claim(app, limit: int) -> list[int]:
    """Mark due rows ``sending`` (committed) and return their ids, urgent first."""
    now = app.clock.now()
    with app.Session.begin() as s:
        stale = s.scalars(select(OutboxMessage).where(OutboxMessage.state.in_(("sending", "checking")),
                                                      OutboxMessage.next_attempt_at <= now - STALE_SENDING))
        for row in stale:
            row.state = "unsure"  # crashed mid-send: checked below before any resend
        q = (select(OutboxMessage)
             .where(OutboxMessage.state.in_(("pending", "unsure")), OutboxMessage.next_attempt_at <= now)
             .order_by(OutboxMessage.priority, OutboxMessage.id).limit(limit))
        if s.bind.dialect.name == "postgresql":
            q = q.with_for_update(skip_locked=True)
        rows = list(s.scalars(q))
        ids = []
        for row in rows:
            if row.state == "unsure":
                row.last_error = "crashed while sending; checking before resending"
            row.state = "sending" if row.state == "pending" else "checking"
            row.attempts += 1
            row.next_attempt_at = now
            ids.append(row.id)
    return ids


def deliver_due(app, limit: int = 100) -> int:
    """Send what is due. Returns the number sent. A failed send is retried with backoff."""
    sent = 0
    for oid in _claim(app, limit):
        with app.Session() as s:
            row = s.get(OutboxMessage, oid)
            transport = app.transport(row.authority, row.mailbox)
            raw, recipients, message_id, state = row.raw, list(row.recipients), row.message_id, row.state
        error = None
        try:
            checker = getattr(transport, "already_sent", None)
            if state == "checking" and checker is not None and checker(message_id):
                pass  # it went out before the crash: record it, do not send again
            else:
                transport.send(raw, recipients)
        except Exception as e:  # noqa: BLE001 - any transport failure is retried
            error = f"{type(e).__name__}: {e}"[:500]
        now = app.clock.now()
        with app.Session.begin() as s:
            row = s.get(OutboxMessage, oid)
            if error is None:
                row.state, row.sent_at, row.last_error = "sent", now, None
                audit.record(s, "mail_sent", at=now, request=row.request_id, purpose=row.purpose,
                             key=row.idempotency_key)
                sent += 1
            else:
                row.last_error = error
                if row.attempts >= MAX_ATTEMPTS:
                    row.state = "failed"
                    audit.record(s, "mail_failed", at=now, request=row.request_id, purpose=row.purpose,
                                 key=row.idempotency_key, error=error)
                else:
                    row.state = "pending"
                    row.next_attempt_at = now + _backoff(row.attempts)
                log.warning("outbox %s (%s) attempt %d failed: %s", oid, row.purpose, row.attempts, error)
    return sent

