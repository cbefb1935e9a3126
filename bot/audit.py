"""The append-only audit trail. ``detail`` carries references and rule ids, not personal data.

A decision records five to a dozen events, and each used to be an ``INSERT`` of its own: the ORM
inserts them one row a statement (it reads each new row's id back) and a decision flushes between
its queries. In a session made by ``bot.db.session_factory`` (an ``AuditedSession``) the events a
transaction records wait in the session instead and are written together when it commits, one
``INSERT`` of many rows (the ids are not read back: nothing needs them); every event recorded is
written, in the order recorded, in the transaction that recorded it:

- a statement that reads or changes the audit trail in the same session (an ORM statement naming
  ``audit_events``) has the waiting events written first, so it sees them as it always did;
- ``events`` answers "what has this request recorded" for a request opened in this transaction from
  the events themselves, with no query (there can be no other: its row is not committed yet);
- a savepoint (``begin_nested``) has the events recorded before it written first, and drops the
  ones recorded inside it when it is rolled back, as the ORM drops its rows;
- a rollback of the transaction drops them all, as before;
- ``write`` puts them in the session as ORM objects, for a caller that needs an event's id.

A session of another kind (a plain ``sqlalchemy.orm.Session``) writes each event at its next flush,
as before.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import event, insert
from sqlalchemy.orm import Session
from sqlalchemy.sql.util import find_tables

from bot.models import AuditEvent

_TABLE = AuditEvent.__table__
_OPENED = "request_opened"   # the event that says a request's whole history is in this transaction


class _Pending:
    """The events of a session's current transaction (``Session.info["audit"]``)."""

    __slots__ = ("events", "written", "opened", "marks", "ended")

    def __init__(self):
        self.events: list[AuditEvent] = []   # every event recorded in this transaction, in order
        self.written = 0                     # events[:written] are in the session (flushed or about to be)
        self.opened: set[int] = set()        # requests opened in this transaction
        self.marks: dict = {}                # open savepoint -> len(events) when it began
        self.ended: tuple | None = None      # (savepoint, its mark), the last savepoint that ended


class AuditedSession(Session):
    """A session whose audit events are written together (module docstring)."""

    def begin_nested(self):
        _insert(self)   # recorded before the savepoint: written before it, so its rollback keeps them
        return super().begin_nested()

    def begin(self, nested: bool = False):
        if nested:
            _insert(self)
        return super().begin(nested=nested)


def record(session, action: str, *, at: datetime, request=None, actor: str = "stepbot", **detail) -> AuditEvent:
    ev = AuditEvent(at=at, request_id=getattr(request, "id", request), actor=actor, action=action, detail=detail)
    if not isinstance(session, AuditedSession) or not session.in_transaction():
        session.add(ev)
        return ev
    p = session.info.get("audit")
    if p is None:
        p = session.info["audit"] = _Pending()
    p.events.append(ev)
    if action == _OPENED and ev.request_id is not None:
        p.opened.add(ev.request_id)
    return ev


def write(session) -> None:
    """Put the events recorded and not yet written into the session as ORM objects, for a caller
    that needs an event's id: ``record``, ``write``, then a flush gives it one."""
    p = session.info.get("audit")
    if p is not None and p.written < len(p.events):
        session.add_all(p.events[p.written:])
        p.written = len(p.events)


_COLUMNS = ("at", "request_id", "actor", "action", "detail")


def flush(session) -> None:
    """Write the events recorded and not yet written now, in one ``INSERT`` (for a caller that
    wants every statement of its transaction made before a moment: the outbox before SMTP's last
    line); the event objects stay as they are, without ids."""
    _insert(session)


def _insert(session) -> None:
    """Write the events recorded and not yet written: one ``INSERT`` of their rows, on the session's
    connection, in its transaction (the event objects stay as they are, without ids)."""
    p = session.info.get("audit")
    if p is None or p.written >= len(p.events):
        return
    rows = [{c: getattr(e, c) for c in _COLUMNS} for e in p.events[p.written:]]
    p.written = len(p.events)
    session.connection().execute(insert(_TABLE), rows)


def opened_here(session, request) -> bool:
    """True when the request was opened in the session's current transaction (its ``request_opened``
    event is among this transaction's): everything it has is in this session."""
    p = session.info.get("audit") if isinstance(session, AuditedSession) else None
    return p is not None and getattr(request, "id", request) in p.opened


def events(session, request, actions) -> list[AuditEvent]:
    """The request's audit events whose action is one of ``actions``, oldest first (by time, then
    as recorded). For a request opened in this transaction, from the events recorded (no query);
    otherwise read from the database, the waiting events written first."""
    actions = (actions,) if isinstance(actions, str) else tuple(actions)
    rid = getattr(request, "id", request)
    p = session.info.get("audit") if isinstance(session, AuditedSession) else None
    if opened_here(session, rid):
        return sorted((e for e in p.events if e.request_id == rid and e.action in actions), key=lambda e: e.at)
    from sqlalchemy import select

    return list(session.scalars(select(AuditEvent).where(AuditEvent.request_id == rid, AuditEvent.action.in_(actions))
                                .order_by(AuditEvent.at, AuditEvent.id)))


@event.listens_for(AuditedSession, "before_commit")
def _before_commit(session) -> None:
    if not session.in_nested_transaction():   # a released savepoint's events are its parent's now
        _insert(session)


_NAMES_AUDIT: dict = {}   # a statement's cache key -> whether it names audit_events (bounded)


def _names_audit(statement) -> bool:
    """Whether the statement reads or changes ``audit_events`` (a walk of it, remembered by its
    cache key, which SQLAlchemy computes once for it anyway)."""
    try:
        key = statement._generate_cache_key()
        key = key.key if key is not None else None
    except Exception:  # noqa: BLE001 - a statement without a cache key is walked every time
        key = None
    if key is not None:
        found = _NAMES_AUDIT.get(key)
        if found is not None:
            return found
    found = _TABLE in find_tables(statement, include_crud=True, include_joins=True)
    if key is not None:
        if len(_NAMES_AUDIT) >= 2000:
            _NAMES_AUDIT.clear()
        _NAMES_AUDIT[key] = found
    return found


@event.listens_for(AuditedSession, "do_orm_execute")
def _before_reading(state) -> None:
    p = state.session.info.get("audit")
    if p is not None and p.written < len(p.events) and _names_audit(state.statement):
        _insert(state.session)


@event.listens_for(AuditedSession, "after_transaction_create")
def _began(session, transaction) -> None:
    if transaction.nested:
        p = session.info.get("audit")
        if p is None:
            p = session.info["audit"] = _Pending()
        p.marks[transaction] = len(p.events)


@event.listens_for(AuditedSession, "after_transaction_end")
def _ended(session, transaction) -> None:
    p = session.info.get("audit")
    if p is None:
        return
    if transaction.parent is None:
        del session.info["audit"]   # committed (written) or rolled back: nothing waits any more
    elif transaction.nested and transaction in p.marks:
        p.ended = (transaction, p.marks.pop(transaction))


@event.listens_for(AuditedSession, "after_soft_rollback")
def _rolled_back(session, previous) -> None:
    p = session.info.get("audit")
    if p is None or p.ended is None or p.ended[0] is not previous:
        return
    mark = p.ended[1]
    p.ended = None
    del p.events[mark:]   # recorded inside the savepoint; any written were rolled back with it
    p.written = min(p.written, mark)
    p.opened = {e.request_id for e in p.events if e.action == _OPENED and e.request_id is not None}
