"""The outbox: every outgoing message is a row first, written in the same transaction as the
decision that caused it, then delivered.

Exactly-once in effect (DESIGN.md safety rule 3):
- ``enqueue`` is idempotent on ``key``: a second enqueue of the same reminder is a no-op.
  ``Enqueuer`` (and ``enqueue_many``) queue a transaction's messages together, with the same rows
  and the same idempotency, in one lookup of their keys and one ``INSERT … ON CONFLICT DO NOTHING``.
- The MIME bytes, with a fixed Message-ID, are built once at enqueue, so any retry sends the very
  same message.
- ``deliver_due`` claims one row at a time, urgent first and then oldest: the claim marks it
  ``sending`` with a short lease (``LEASE``) and commits *before* handing it to the transport, and
  ``sent`` after. While the send is under way the lease is renewed; a row whose lease ran out (its
  process crashed or was killed mid-send) becomes ``unsure`` and is checked against the transport's
  sent copies (``already_sent(message_id)``, where the transport can tell) before it is sent
  again, so a crash between sending and recording does not send twice, and delays at most that one
  message, by at most the lease.
- The server's acceptance is recorded in the same breath as it is given. A transport that can
  (SMTP, and the IMAP backend through it) takes an ``acceptance`` context manager and sends the
  message's last line inside it: the outbox first takes the row (and the database's write lock),
  stages it ``sent``, then the transport sends the final ``.`` and reads the server's reply, and the
  row is committed at once on a 250 (rolled back on anything else). Waiting for the database happens
  *before* the server has the message, so a kill while waiting cannot send it twice; what is left is
  the reply's read and one commit, and the Message-ID is noted in a local file first
  (``bot.acceptances``), where a row left mid-send is looked up before any resend. A row no longer ours (its lease ran out) is never finished: the
  transport drops the connection before the final line. Anything after (the IMAP backend's Sent
  copy) comes after the commit; should the commit fail, the Sent copy is still made and the unsure
  row is found there (``UID SEARCH HEADER Message-ID``) before any resend.

- Pacing per mailbox (``Pacer``): a mailbox that has sent its ``send_per_minute`` (Exchange
  Online: 30) in the last minute is skipped by the claim; its rows stay pending, untouched (no
  attempt counted, no error), and go out as the minute allows, urgent first as ever. Urgent rows
  count toward the pace like any other. ``next_due_in`` tells the daemon when the window opens.

Row states (``bot.states.OutboxState``, moves in ``TRANSITIONS``): pending → sending → sent;
sending → pending (failed, retried with backoff) or failed (after ``MAX_ATTEMPTS``);
sending/checking → unsure (lease ran out) → checking → sent / unsure / failed.
"""
from __future__ import annotations

import email.policy
import logging
import threading
import time
import weakref
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid

from sqlalchemy import and_, bindparam, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import defer

from bot import audit, states
from bot.caps import REPLY_PURPOSES, reply_recipients
from bot.config import send_per_minute
from bot.db import insert_or_nothing
from bot.mail import recipients
from bot.models import AuditEvent, OutboxMessage
from bot.states import LEASED, OutboxState, move

log = logging.getLogger(__name__)

# Python's default folding puts a long subject on a continuation line of its own, which readers
# show with a leading space; RFC 5322 allows lines up to 998 characters.
_WIRE = email.policy.default.clone(max_line_length=998)
MAX_ATTEMPTS = 12
LEASE = timedelta(seconds=40)     # how long a claimed row is held without a renewal
RENEW_SECONDS = 10.0              # how often a live sender renews it (well inside LEASE)
EXPIRE_EVERY = 5.0                # in a run of sends, how often leases that ran out are looked for
CLAIM_RETRIES = 5                 # another daemon may take the row between the read and the claim
TRANSITIONS = states.TRANSITIONS[OutboxState]
PRIORITY_URGENT = 0
PRIORITY_NORMAL = 5
PACE_WINDOW = timedelta(minutes=1)   # send_per_minute counts the sends in any such window
SENT_EVENT = "mail_sent"             # the audit event of each send; the pace is counted from these


@dataclass
class Mail:
    """One message for the outbox: ``enqueue``'s arguments (``Enqueuer.add`` takes the same)."""

    key: str
    authority: str
    mailbox: str
    purpose: str
    to: object
    msg: EmailMessage
    priority: int = PRIORITY_NORMAL
    request: object = None
    cc: object = ()
    in_reply_to: str | None = None
    auto_submitted: str = "auto-generated"
    suppress_auto_replies: bool = True


def _addressed(session, app, m: Mail, before_caps=None) -> tuple[list[str], list[str]] | None:
    """The message's (To, Cc) as plain addr-specs (``bot.mail.recipients``), an automatic reply's To
    left without machine addresses and addresses over a cap (``bot.caps.reply_recipients``, which
    records what it withholds). None when the caps left nobody; ValueError when there was nobody.
    ``before_caps(to)`` runs before the caps count the outbox (``Enqueuer`` writes its rows then)."""
    to = recipients(m.to)   # plain addr-specs only (bot/mail.py)
    cc = [a for a in recipients(m.cc) if a not in to]
    if not to:
        raise ValueError(f"outbox {m.key}: no recipients")
    if m.purpose in REPLY_PURPOSES:  # never to a machine address, and within the per-address caps
        if before_caps is not None:
            before_caps(to)
        to = reply_recipients(session, app, authority=m.authority, mailbox=m.mailbox, purpose=m.purpose, to=to,
                              key=m.key, request=m.request)
        if not to:
            return None
    return to, cc


def _row_values(app, m: Mail, to: list[str], cc: list[str], now: datetime) -> dict:
    """The outbox row of one message, as column values: its headers set on ``m.msg`` (From, To, Cc,
    Date, a new Message-ID, Auto-Submitted, the reference), and the MIME bytes built once."""
    msg = m.msg
    address = app.mailbox_config(m.authority, m.mailbox).address
    domain = address.split("@", 1)[1]
    ref = m.request.reference if m.request is not None else None
    for h in ("From", "To", "Cc", "Date", "Message-ID", "Auto-Submitted", "X-Stepbot-Ref", "Precedence"):
        del msg[h]
    msg["From"] = formataddr((app.settings.deployment.outgoing.from_name, address))
    msg["To"] = ", ".join(to)
    if cc:
        msg["Cc"] = ", ".join(cc)
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = make_msgid(idstring=f"stepbot.{m.purpose}", domain=domain)
    # RFC 3834: mark what we send as automatic, so well-behaved responders do not answer it.
    msg["Auto-Submitted"] = m.auto_submitted
    if m.suppress_auto_replies:
        msg["X-Auto-Response-Suppress"] = "All"
    msg["X-Stepbot-Ref"] = ref or "-"
    if m.in_reply_to:
        msg["In-Reply-To"] = m.in_reply_to
        msg["References"] = m.in_reply_to
    return dict(
        idempotency_key=m.key, authority=m.authority, mailbox=m.mailbox, purpose=m.purpose, priority=m.priority,
        request_id=getattr(m.request, "id", None), recipients=to + cc,
        reply_to=to[0].lower() if m.purpose in REPLY_PURPOSES else None, subject=str(msg["Subject"]),
        message_id=str(msg["Message-ID"]), raw=msg.as_bytes(policy=_WIRE), state=OutboxState.PENDING, attempts=0,
        next_attempt_at=now, created_at=now,
    )


def _audit_queued(session, m: Mail, values: dict, now: datetime) -> None:
    audit.record(session, "mail_queued", at=now, request=m.request, purpose=m.purpose, key=m.key,
                 recipients=len(values["recipients"]))


def enqueue(session, app, *, key: str, authority: str, mailbox: str, purpose: str, to, msg: EmailMessage,
            priority: int = PRIORITY_NORMAL, request=None, cc=(), in_reply_to: str | None = None,
            auto_submitted: str = "auto-generated", suppress_auto_replies: bool = True) -> OutboxMessage | None:
    """Add one message to the outbox unless ``key`` was enqueued before. Returns the row or None.
    (Many at once, in one query and one insert: ``Enqueuer``.)"""
    m = Mail(key=key, authority=authority, mailbox=mailbox, purpose=purpose, to=to, msg=msg, priority=priority,
             request=request, cc=cc, in_reply_to=in_reply_to, auto_submitted=auto_submitted,
             suppress_auto_replies=suppress_auto_replies)
    if session.scalar(select(OutboxMessage.id).where(OutboxMessage.idempotency_key == key)) is not None:
        return None
    addressed = _addressed(session, app, m)
    if addressed is None:
        return None
    now = app.clock.now()
    values = _row_values(app, m, *addressed, now=now)
    row = OutboxMessage(**values)
    try:
        with session.begin_nested():
            session.add(row)
    except IntegrityError:
        return None  # another process enqueued the same key at the same moment
    _audit_queued(session, m, values, now)
    return row


@dataclass(eq=False)
class Ticket:
    """A message given to an ``Enqueuer``: after its ``flush``, ``id`` is the new row's id, or None
    when the key was in the outbox already (stored before, earlier in the batch, or raced in by
    another process) or the reply caps left nobody to send it to: as ``enqueue``'s None."""

    mail: Mail
    then: object = None       # called with the ticket once it is settled, in the order added
    id: int | None = None
    values: dict | None = field(default=None, repr=False)   # the row written, when it was
    settled: bool = False

    @property
    def queued(self) -> bool:
        return self.id is not None

    @property
    def message_id(self) -> str | None:
        return self.values["message_id"] if self.values is not None else None


_NO_RAW = defer(OutboxMessage.raw)   # the MIME bytes: not read back to record an outcome
_KEYS_PER_LOOKUP = 1000   # far inside both databases' limits on bound parameters


def state_in(states) -> object:
    """``outbox.state IN (...)`` with the states written into the SQL, not sent as parameters: a
    planner can only use a partial index (``ix_outbox_waiting``, ``ix_outbox_leased``: the rows
    waiting or being sent, not every row ever sent) when it sees that the query asks for its states
    alone, and neither SQLite nor a prepared PostgreSQL plan looks inside a parameter."""
    return OutboxMessage.state.in_(bindparam(None, [str(x) for x in states], expanding=True, literal_execute=True))


WAITING = (OutboxState.PENDING, OutboxState.UNSURE)   # the states of ix_outbox_waiting (migration 0006)


class Enqueuer:
    """Messages collected during one transaction and written to the outbox together, before it
    commits: ``add`` (``enqueue``'s arguments, and ``then``) as the decisions are made, ``flush``
    once, in the same transaction.

    ``flush`` gives each message what ``enqueue`` would have, in the order added: one query finds
    which of the keys are stored already, a key given a row earlier in the batch counts as stored, the
    recipients and the reply caps are as ``enqueue``'s, the rows and their ``mail_queued`` audit
    entries are the same; then one multi-row ``INSERT … ON CONFLICT (idempotency_key) DO NOTHING
    RETURNING`` writes them, so a key another process committed between the query and the insert
    is skipped, not an error that fails the batch: the rows that come back are queued, the others
    are duplicates. (A reply to an address that a row of this batch also answers has the rows
    before it written first, so the caps count them, as one ``enqueue`` after another would.)

    Nothing is written before ``flush``; an error in it (no recipients, the database) leaves the
    transaction to be rolled back, as any error in a decision does."""

    def __init__(self, session, app):
        self.session, self.app = session, app
        self._tickets: list[Ticket] = []

    def __len__(self) -> int:
        return len(self._tickets)

    def add(self, *, then=None, **kw) -> Ticket:
        """Take one message (``enqueue``'s keyword arguments). ``then(ticket)`` runs when ``flush``
        has settled it; ``ticket.queued`` tells whether it was queued or a duplicate."""
        t = Ticket(Mail(**kw), then)
        self._tickets.append(t)
        return t

    def flush(self) -> int:
        """Write the messages added since the last flush. Returns how many were queued."""
        tickets, self._tickets = self._tickets, []
        if not tickets:
            return 0
        session, app = self.session, self.app
        taken: set[str] = set()       # keys stored, or given a row in this flush
        keys = sorted({t.mail.key for t in tickets})
        for i in range(0, len(keys), _KEYS_PER_LOOKUP):
            taken.update(session.scalars(select(OutboxMessage.idempotency_key)
                                         .where(OutboxMessage.idempotency_key.in_(keys[i:i + _KEYS_PER_LOOKUP]))))
        now = app.clock.now()
        pending: list[tuple[Ticket, dict]] = []
        answering: set[str] = set()   # reply_to of the pending rows

        def before_caps(to):
            if answering & {a.lower() for a in to}:
                self._insert(pending)
                pending.clear()
                answering.clear()

        for t in tickets:
            m = t.mail
            if m.key in taken:
                continue
            addressed = _addressed(session, app, m, before_caps)
            if addressed is None:
                continue
            values = _row_values(app, m, *addressed, now=now)
            taken.add(m.key)
            pending.append((t, values))
            if values["reply_to"]:
                answering.add(values["reply_to"])
        self._insert(pending)
        queued = 0
        for t in tickets:
            t.settled = True
            if t.queued:
                queued += 1
                _audit_queued(session, t.mail, t.values, now)
            if t.then is not None:
                t.then(t)
        return queued

    def _insert(self, pending: list[tuple[Ticket, dict]]) -> None:
        """One ``INSERT … ON CONFLICT (idempotency_key) DO NOTHING RETURNING id, key`` for the
        rows (SQLAlchemy's "insertmanyvalues": one statement of many VALUES, per 1,000 rows); a
        ticket whose row did not come back is a duplicate."""
        if not pending:
            return
        session = self.session
        session.flush()   # the ORM's pending writes first, in statement order
        stmt = (insert_or_nothing(session, OutboxMessage, [OutboxMessage.idempotency_key])
                .returning(OutboxMessage.id, OutboxMessage.idempotency_key))
        by_key = {t.mail.key: (t, values) for t, values in pending}
        for oid, key in session.connection().execute(stmt, [values for _, values in pending]):
            t, values = by_key[key]
            t.id, t.values = oid, values


def enqueue_many(session, app, mails) -> list[Ticket]:
    """Queue many messages at once (each a ``Mail``, or a dict of ``enqueue``'s arguments): one
    lookup and one insert (``Enqueuer``). Returns a ticket for each, in order; ``ticket.queued``
    is False for a duplicate, as ``enqueue`` returns None."""
    out = Enqueuer(session, app)
    tickets = [out.add(**(vars(m) if isinstance(m, Mail) else dict(m))) for m in mails]
    out.flush()
    return tickets


def _backoff(attempts: int) -> timedelta:
    return timedelta(seconds=min(3600, 30 * 2 ** max(0, attempts - 1)))


@dataclass(frozen=True)
class Claim:
    """One row this process holds the lease on. ``attempt`` (the row's ``attempts`` after the claim)
    fences the lease: once another process has taken the row over, the numbers differ. What
    ``_send`` needs of the row is read with the claim, in its transaction (``raw`` None: not read)."""

    id: int
    attempt: int
    state: OutboxState  # sending, or checking when a crash may have sent it already
    authority: str | None = None
    mailbox: str | None = None
    recipients: tuple = ()
    message_id: str | None = None
    raw: bytes | None = field(default=None, repr=False)


def _lease_until(app) -> datetime:
    return app.clock.now() + LEASE


def _expire_leases(s, now) -> int:
    """Rows whose holder stopped renewing (crashed or killed mid-send) become ``unsure``: they are
    checked against the transport's sent copies before any resend."""
    res = s.execute(update(OutboxMessage)
                    .where(state_in(LEASED), OutboxMessage.next_attempt_at <= now)
                    .values(state=OutboxState.UNSURE, last_error="crashed while sending; checking before resending")
                    .execution_options(synchronize_session=False))
    if res.rowcount:
        log.warning("outbox: %d message(s) left mid-send by a stopped process; checking them before resending",
                    res.rowcount)
    return res.rowcount


class Pacer:
    """Send pacing per mailbox: at most ``send_per_minute`` sends in any minute (the deployment's
    number, or Exchange Online's 30 where mail leaves through Microsoft; ``bot.config.send_per_minute``).

    Counted from the database, so every daemon sees every other's sends: the ``mail_sent`` events
    of the last minute (read by their indexed time, not by scanning the outbox's history) and the
    rows being sent right now. A mailbox found full is remembered until its window opens (sends
    only ever add to the count, so that is never too early), and costs no query meanwhile."""

    def __init__(self, app):
        dep = app.settings.deployment
        self.limits: dict[tuple[str, str], int] = {}
        for authority, auth in dep.authorities.items():
            for role, mb in auth.mailboxes.items():
                n = send_per_minute(mb, dep.outgoing)
                if n is not None:
                    self.limits[(authority, role)] = n
        self._full_until: dict[tuple[str, str], datetime] = {}
        self._lock = threading.Lock()

    def opens_at(self, s, authority: str, mailbox: str, now: datetime) -> datetime | None:
        """When the mailbox may send again, or None when it may now (or is not paced)."""
        key = (authority, mailbox)
        limit = self.limits.get(key)
        if limit is None:
            return None
        with self._lock:
            until = self._full_until.get(key)
        if until is not None and until > now:
            return until
        times = self._recent(s, key, now)
        if len(times) < limit:
            return None
        # The window has room again once all but limit - 1 of these have left it.
        until = times[len(times) - limit] + PACE_WINDOW
        with self._lock:
            self._full_until[key] = until
        log.info("outbox: %s/%s has sent its %d messages for this minute; the rest wait %.0f s",
                 authority, mailbox, limit, (until - now).total_seconds())
        return until

    def _recent(self, s, key: tuple[str, str], now: datetime) -> list[datetime]:
        """The times of the mailbox's sends in the window, oldest first; a row being sent counts now."""
        authority, mailbox = key
        sent = [at for at, detail in s.execute(select(AuditEvent.at, AuditEvent.detail).where(
                    AuditEvent.at > now - PACE_WINDOW, AuditEvent.action == SENT_EVENT))
                if isinstance(detail, dict) and detail.get("authority") == authority and detail.get("mailbox") == mailbox]
        sending = s.scalar(select(func.count()).select_from(OutboxMessage).where(
            state_in(LEASED), OutboxMessage.authority == authority, OutboxMessage.mailbox == mailbox))
        return sorted([*sent, *([now] * (sending or 0))])


_pacers: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()
_pacers_lock = threading.Lock()


def pacer_for(app) -> Pacer:
    """The app's one ``Pacer`` (its limits read from the deployment once)."""
    with _pacers_lock:
        p = _pacers.get(app)
        if p is None:
            p = _pacers[app] = Pacer(app)
        return p


def claim_next(app, pacer: Pacer | None = None, *, expire: bool = True) -> Claim | None:
    """Take the lease on the next due row, urgent first, then oldest (committed before sending).

    One row at a time, so a crash strands at most one message for at most ``LEASE``, and an urgent
    row enqueued while routine mail is going out is the very next one sent. The claim is a
    compare-and-set on (state, attempts), and on PostgreSQL the candidates are read ``FOR UPDATE
    SKIP LOCKED``: two daemons never hold the same row. A row of a mailbox that has sent its
    ``send_per_minute`` this minute is passed over, untouched (``Pacer``), for the next mailbox's.
    ``expire``: first turn leases that ran out into ``unsure`` rows (``deliver_due`` does it on its
    first claim and then every ``EXPIRE_EVERY`` seconds, not for every row)."""
    pacer = pacer or pacer_for(app)
    now = app.clock.now()
    with app.Session.begin() as s:
        if expire:
            _expire_leases(s, now)
        due = (select(OutboxMessage.id, OutboxMessage.state, OutboxMessage.attempts, OutboxMessage.authority,
                      OutboxMessage.mailbox, OutboxMessage.recipients, OutboxMessage.message_id, OutboxMessage.raw)
               .where(state_in(WAITING), OutboxMessage.next_attempt_at <= now)
               .order_by(OutboxMessage.priority, OutboxMessage.created_at, OutboxMessage.id).limit(1))
        full: set[tuple[str, str]] = set()
        races = 0
        while races < CLAIM_RETRIES:
            q = due.where(*[~and_(OutboxMessage.authority == a, OutboxMessage.mailbox == m) for a, m in full])
            if s.bind.dialect.name == "postgresql":
                # Lock only the one row taken: locking more would make another daemon skip urgent
                # rows this one is not about to send, and send routine mail before them.
                q = q.with_for_update(skip_locked=True)
            found = s.execute(q).first()
            if found is None:
                return None
            oid, state, attempts, authority, mailbox, to, message_id, raw = found
            if pacer.opens_at(s, authority, mailbox, now) is not None:
                full.add((authority, mailbox))   # over its pace: its rows wait as they are
                continue
            races += 1
            new_state = OutboxState.SENDING if state == OutboxState.PENDING else OutboxState.CHECKING
            res = s.execute(update(OutboxMessage)
                            .where(OutboxMessage.id == oid, OutboxMessage.state == state,
                                   OutboxMessage.attempts == attempts)
                            .values(state=new_state, attempts=attempts + 1, next_attempt_at=now + LEASE)
                            .execution_options(synchronize_session=False))
            if res.rowcount == 1:
                return Claim(oid, attempts + 1, new_state, authority, mailbox, tuple(to or ()), message_id, raw)
    return None


def renew(app, claim: Claim) -> bool:
    """Extend the lease while a send is still under way. False when the row is no longer ours."""
    with app.Session.begin() as s:
        res = s.execute(update(OutboxMessage)
                        .where(OutboxMessage.id == claim.id, OutboxMessage.state == claim.state,
                               OutboxMessage.attempts == claim.attempt)
                        .values(next_attempt_at=_lease_until(app))
                        .execution_options(synchronize_session=False))
    return res.rowcount == 1


class _LeaseKeeper:
    """A thread that renews the lease of the row being sent every ``RENEW_SECONDS``, so a slow but
    live send is never taken over, while a dead process's lease runs out within ``LEASE``."""

    def __init__(self, app):
        self.app = app
        self.current: Claim | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="outbox-lease", daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(RENEW_SECONDS):
            claim = self.current
            if claim is None:
                continue
            try:
                if not renew(self.app, claim):
                    log.warning("outbox %s: lease lost while sending", claim.id)
            except Exception:  # noqa: BLE001 - the database may be down; the send goes on
                log.exception("outbox %s: could not renew the lease", claim.id)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


@dataclass
class _Outcome:
    """What one send attempt came to: ``error`` None when the message went out; ``recorded`` when
    its acceptance is already committed (``reports_acceptance`` transports)."""

    error: str | None = None
    recorded: bool = False
    counted: bool = False     # this process recorded it as sent (for deliver_due's count)


class LeaseLost(Exception):
    """The row was taken over by another process: do not finish sending it."""


@contextmanager
def _acceptance(app, claim: Claim, outcome: _Outcome):
    """Around the transport's final step (SMTP's last line and the server's reply): take the row,
    stage it ``sent``, and commit the moment the transport says the server accepted (the block ends
    without an error). A failure to commit is logged, not raised (the message went out); the row
    then stays leased, becomes unsure and is found in the sent copies, or is recorded by
    ``deliver_due`` once the database answers again."""
    now = app.clock.now()
    s = app.Session()
    try:
        s.begin()
        row = s.get(OutboxMessage, claim.id, options=[_NO_RAW], with_for_update=s.bind.dialect.name == "postgresql")
        if row is None or row.state != claim.state or row.attempts != claim.attempt:
            raise LeaseLost(f"outbox {claim.id}: taken over by another process")
        move(row, OutboxState.SENT)
        row.sent_at, row.last_error = now, None
        audit.record(s, SENT_EVENT, at=now, request=row.request_id, purpose=row.purpose,
                     key=row.idempotency_key, authority=row.authority, mailbox=row.mailbox)
        audit.flush(s)   # every statement made before the final line: after the server's reply, the commit alone
        s.flush()
        message_id = row.message_id
        yield                       # the transport sends the final line; an error rolls back
        app.acceptances.record(message_id)   # before the commit: a kill here is found there
        try:
            s.commit()
            outcome.recorded = outcome.counted = True
        except Exception:  # noqa: BLE001 - the database may be down; the message went out
            log.exception("outbox %s: accepted by the server, but could not record it yet", claim.id)
    finally:
        s.close()


def _send(app, claim: Claim) -> _Outcome:
    """Hand one claimed row to its transport."""
    outcome = _Outcome()
    try:
        if claim.raw is not None:   # read with the claim: no transaction of its own
            authority, mailbox = claim.authority, claim.mailbox
            raw, recipients, message_id = claim.raw, list(claim.recipients), claim.message_id
        else:
            with app.Session() as s:
                row = s.get(OutboxMessage, claim.id)
                authority, mailbox = row.authority, row.mailbox
                raw, recipients, message_id = row.raw, list(row.recipients), row.message_id
        transport = app.transport(authority, mailbox)
        checker = getattr(transport, "already_sent", None)
        # Accepted before a crash (or before a restored backup was taken back): record it, do not
        # send it again. The local log is asked about every row; the transport's sent copies (a
        # server round trip) only about a row left mid-send.
        if app.acceptances.contains(message_id) or (claim.state == OutboxState.CHECKING and checker is not None
                                                    and checker(message_id)):
            log.info("outbox %s: the server accepted it before; recording it as sent", claim.id)
            return outcome
        if getattr(transport, "reports_acceptance", False):
            transport.send(raw, recipients, acceptance=lambda: _acceptance(app, claim, outcome))
        else:
            transport.send(raw, recipients)
        return outcome
    except Exception as e:  # noqa: BLE001 - any transport failure is retried
        if outcome.recorded:
            # Accepted and recorded; what failed came after (it is the transport's to log).
            log.warning("outbox %s: sent, then %s", claim.id, type(e).__name__)
            return outcome
        outcome.error = f"{type(e).__name__}: {e}"[:500]
        return outcome


def _record(app, claim: Claim, error: str | None) -> bool:
    now = app.clock.now()
    with app.Session.begin() as s:
        row = s.get(OutboxMessage, claim.id, options=[_NO_RAW])
        ours = row.state == claim.state and row.attempts == claim.attempt
        if error is None:
            if OutboxState.SENT not in TRANSITIONS[row.state]:
                return False  # another process that took the row over recorded it first
            move(row, OutboxState.SENT)
            row.sent_at, row.last_error = now, None
            audit.record(s, SENT_EVENT, at=now, request=row.request_id, purpose=row.purpose,
                         key=row.idempotency_key, authority=row.authority, mailbox=row.mailbox)
            return True
        log.warning("outbox %s (%s) attempt %d failed: %s", claim.id, row.purpose, claim.attempt, error)
        if not ours:
            return False  # the lease ran out and another process holds the row now: leave it be
        row.last_error = error
        if row.attempts >= MAX_ATTEMPTS:
            move(row, OutboxState.FAILED)
            audit.record(s, "mail_failed", at=now, request=row.request_id, purpose=row.purpose,
                         key=row.idempotency_key, error=error)
        else:
            move(row, OutboxState.PENDING if claim.state == OutboxState.SENDING else OutboxState.UNSURE)
            row.next_attempt_at = now + _backoff(row.attempts)
        return False


def deliver_due(app, limit: int | None = None, stop: threading.Event | None = None) -> int:
    """Send every row that is due, one claim at a time, urgent first, until none is left (or
    ``limit`` rows were tried, or ``stop`` is set). Returns the number sent. A failed send is
    retried later with backoff, so the loop always ends."""
    sent = tried = 0
    app.acceptances.prune()
    pacer = pacer_for(app)
    expired_at = None
    with _LeaseKeeper(app) as keeper:
        while (limit is None or tried < limit) and not (stop is not None and stop.is_set()):
            # leases that ran out are looked for on the first claim and every EXPIRE_EVERY seconds of
            # a long run (a lease is LEASE long: a stopped process's row waits a few seconds more)
            expire = expired_at is None or time.monotonic() - expired_at >= EXPIRE_EVERY
            if expire:
                expired_at = time.monotonic()
            claim = claim_next(app, pacer, expire=expire)
            if claim is None:
                break
            tried += 1
            keeper.current = claim
            try:
                outcome = _send(app, claim)
            finally:
                keeper.current = None
            sent += outcome.counted if outcome.recorded else _record(app, claim, outcome.error)
    return sent


def next_due_in(app) -> float | None:
    """Seconds until the next row falls due or a lease runs out (0 when one is due now), or None
    when nothing waits. The daemon sleeps no longer than this before delivering again. A row of a
    mailbox that has sent its number for this minute falls due when the minute allows."""
    now = app.clock.now()
    pacer = pacer_for(app)
    with app.Session() as s:
        # the leased rows and the waiting rows asked for apart, each from its own partial index
        at = s.scalar(select(func.min(OutboxMessage.next_attempt_at)).where(state_in(LEASED)))
        if not pacer.limits:
            due = s.scalar(select(func.min(OutboxMessage.next_attempt_at)).where(state_in(WAITING)))
            at = due if at is None else at if due is None else min(at, due)
        else:
            for authority, mailbox, due in s.execute(
                    select(OutboxMessage.authority, OutboxMessage.mailbox, func.min(OutboxMessage.next_attempt_at))
                    .where(state_in(WAITING))
                    .group_by(OutboxMessage.authority, OutboxMessage.mailbox)):
                opens = pacer.opens_at(s, authority, mailbox, now)
                due = due if opens is None else max(due, opens)
                at = due if at is None else min(at, due)
    if at is None:
        return None
    return max(0.0, (at - now).total_seconds())
