"""Mailbox health: the per-mailbox state the daemon keeps, ``stepbot status``, and the alerts.

State (``MailboxState``, one row per authority and mailbox role):
- ``last_connected_at``: the last time the mailbox was reached and read successfully;
- ``last_received_at``: the last time a new message (not a duplicate) was taken in;
- ``backlog``: messages still waiting in the inbox after the last pass;
- ``last_error`` / ``last_error_at`` / ``error_count``: what went wrong (connection failures and
  messages that could not be processed), counted since the row was made.

A mailbox is *unreachable* while its last error is newer than its last successful pass. The start
of each outage is written to the audit trail (``mailbox_unreachable``), and the end
(``mailbox_reconnected``), so the episode has a start time that survives a restart.

Alerts (``check_health``): to ``deployment.admin_email`` when a mailbox has been unreachable for
``unreachable_alert_minutes``, or has received nothing for ``quiet_alert_working_hours`` working
hours (office hours on working days, per the authority's working calendar). Each alert is
enqueued once per episode (the outbox key names the mailbox and the episode start).
"""
from __future__ import annotations

import logging
import random
import time
from datetime import datetime, timedelta

from sqlalchemy.exc import IntegrityError
from sqlalchemy import select

from bot import audit, outbox
from bot.app import App
from bot.config import load_settings
from bot.mail import build_message, render
from bot.models import AuditEvent, MailboxState
from bot.workcal import WorkingCalendar, to_london

log = logging.getLogger(__name__)


# -- state -----------------------------------------------------------------------------------
def state_row(session, authority: str, role: str, *, at: datetime) -> MailboxState:
    """The mailbox's state row, made (and its watch start audited) the first time."""
    st = session.scalar(select(MailboxState).where(MailboxState.authority == authority,
                                                   MailboxState.mailbox == role))
    if st is None:
        st = MailboxState(authority=authority, mailbox=role, error_count=0, backlog=0)
        try:
            with session.begin_nested():   # another daemon on the same database may make it first
                session.add(st)
                session.flush()
        except IntegrityError:
            return session.scalar(select(MailboxState).where(MailboxState.authority == authority,
                                                             MailboxState.mailbox == role))
        audit.record(session, "mailbox_watching", at=at, authority=authority, mailbox=role)
    return st


def ensure_state_rows(app) -> None:
    """Make every configured mailbox's state row (one writer, before the watchers start)."""

    def write(s, now):
        for authority, auth in app.settings.deployment.authorities.items():
            for role in auth.mailboxes:
                state_row(s, authority, role, at=now)

    _write(app, write)


def unreachable(st: MailboxState) -> bool:
    """The last attempt to reach the mailbox failed."""
    return st.last_error_at is not None and (st.last_connected_at is None or st.last_error_at > st.last_connected_at)


HEARTBEAT = timedelta(seconds=60)   # a quiet, healthy mailbox's state is rewritten at most this often
WRITE_ATTEMPTS = 10


def _write(app, fn) -> None:
    """Run ``fn(session, now)`` in one transaction, again if SQLite reports a stale snapshot
    ("database is locked" when a read transaction cannot become a write one; waiting cannot help
    there, starting again does). The state rows are bookkeeping: never worth failing a pass for."""
    from sqlalchemy.exc import OperationalError

    for attempt in range(WRITE_ATTEMPTS):
        try:
            with app.Session.begin() as s:
                fn(s, app.clock.now())
            return
        except OperationalError as e:
            if "locked" not in str(e) or attempt == WRITE_ATTEMPTS - 1:
                raise
            time.sleep(random.uniform(0.02, 0.1) * (attempt + 1))


def record_pass(app, authority: str, role: str, *, received: int = 0, backlog: int = 0) -> None:
    """A successful pass over the inbox: ``received`` new messages taken in, ``backlog`` left."""
    now = app.clock.now()
    with app.Session() as s:
        st = s.scalar(select(MailboxState).where(MailboxState.authority == authority, MailboxState.mailbox == role))
        if (st is not None and not received and not unreachable(st) and st.backlog == backlog
                and st.last_connected_at is not None and now - st.last_connected_at < HEARTBEAT):
            return  # nothing to tell: spare the database a write on every poll

    def write(s, now):
        st = state_row(s, authority, role, at=now)
        if unreachable(st):
            audit.record(s, "mailbox_reconnected", at=now, authority=authority, mailbox=role)
            log.info("%s/%s: reachable again", authority, role)
        st.last_connected_at = now
        st.backlog = backlog
        if received:
            st.last_received_at = now

    _write(app, write)


def record_error(app, authority: str, role: str, error: str, *, connection: bool = True) -> None:
    """A failure. ``connection=True`` (the mailbox could not be reached or read) may open an
    outage episode; ``False`` is one message that could not be processed."""

    def write(s, now):
        st = state_row(s, authority, role, at=now)
        if connection and not unreachable(st):
            audit.record(s, "mailbox_unreachable", at=now, authority=authority, mailbox=role,
                         error=error[:200])
        st.error_count = (st.error_count or 0) + 1
        st.last_error = error[:1000]
        if connection:
            st.last_error_at = now

    _write(app, write)


def _episode_start(session, action: str, authority: str, role: str) -> datetime | None:
    """When the latest audit event ``action`` for this mailbox happened."""
    q = (select(AuditEvent).where(AuditEvent.action == action, AuditEvent.request_id.is_(None))
         .order_by(AuditEvent.id.desc()).limit(500))
    for ev in session.scalars(q):
        if ev.detail.get("authority") == authority and ev.detail.get("mailbox") == role:
            return ev.at
    return None


# -- working hours ---------------------------------------------------------------------------
def working_hours_between(cal: WorkingCalendar, start: datetime, end: datetime) -> float:
    """Office hours on working days between two instants, in hours."""
    if end <= start:
        return 0.0
    a, b = to_london(start), to_london(end)
    total = timedelta()
    d = a.date()
    while d <= b.date():
        if cal.is_working_day(d):
            open_, close = cal.at(d, cal.office_start), cal.at(d, cal.office_end)
            lo, hi = max(open_, a), min(close, b)
            if hi > lo:
                total += hi - lo
        d += timedelta(days=1)
    return total.total_seconds() / 3600


# -- alerts ----------------------------------------------------------------------------------
def _alert_sender(app, authority: str, role: str) -> str:
    """Send the alert from the authority's other duty mailbox when it has one: the troubled one
    may be the reason mail is not moving."""
    roles = list(app.settings.deployment.authorities[authority].mailboxes)
    others = [r for r in roles if r != role]
    return others[0] if others else role


def alert_admin(app, session, *, key: str, authority: str, role: str, what: str, template: str, context: dict,
                sender: str | None = None):
    """Queue one urgent alert to the deployment's ``admin_email`` (``template`` rendered with
    ``context``), sent from ``sender`` (default: the mailbox ``role``). Returns the outbox row, or
    None when no admin_email is configured (logged) or ``key`` was queued before."""
    admin = app.settings.deployment.admin_email
    if not admin:
        log.warning("%s/%s: %s, but no admin_email is configured", authority, role, what)
        return None
    subject, text = render(template, **context)
    return outbox.enqueue(session, app, key=key, authority=authority, mailbox=sender or role, purpose="alert",
                          to=[admin], msg=build_message(subject=subject, text=text), priority=outbox.PRIORITY_URGENT)


def _enqueue_alert(app, session, *, key: str, authority: str, role: str, problem: str, since: datetime,
                   now: datetime) -> bool:
    mb = app.mailbox_config(authority, role)
    row = alert_admin(app, session, key=key, authority=authority, role=role, what=problem,
                      template="mailbox_alert", sender=_alert_sender(app, authority, role),
                      context=dict(problem=problem, authority=app.display_name(authority), mailbox=role,
                                   address=mb.address, since=since, now=now,
                                   unreachable_minutes=mb.unreachable_alert_minutes,
                                   quiet_hours=mb.quiet_alert_working_hours))
    if row is not None:
        log.warning("%s/%s: %s since %s; admin alerted", authority, role, problem, since.isoformat())
    return row is not None


def check_health(app) -> list[str]:
    """Enqueue the alerts that are due; returns the outbox keys newly enqueued."""
    now = app.clock.now()
    sent: list[str] = []
    for authority, auth in app.settings.deployment.authorities.items():
        cal = app.calendar(authority)
        for role, mb in auth.mailboxes.items():
            with app.Session.begin() as s:
                st = state_row(s, authority, role, at=now)
                if unreachable(st):
                    since = _episode_start(s, "mailbox_unreachable", authority, role) or st.last_error_at
                    if now - since >= timedelta(minutes=mb.unreachable_alert_minutes):
                        key = f"health:unreachable:{authority}:{role}:{since.isoformat()}"
                        if _enqueue_alert(app, s, key=key, authority=authority, role=role,
                                          problem="unreachable", since=since, now=now):
                            st.alerted_at = now
                            sent.append(key)
                since = st.last_received_at or _episode_start(s, "mailbox_watching", authority, role)
                if since is not None and working_hours_between(cal, since, now) >= mb.quiet_alert_working_hours:
                    key = f"health:quiet:{authority}:{role}:{since.isoformat()}"
                    if _enqueue_alert(app, s, key=key, authority=authority, role=role,
                                      problem="quiet", since=since, now=now):
                        st.alerted_at = now
                        sent.append(key)
    return sent


# -- stepbot status --------------------------------------------------------------------------
def _fmt(dt: datetime | None) -> str:
    return to_london(dt).strftime("%Y-%m-%d %H:%M") if dt else "never"


def status_rows(app) -> list[dict]:
    rows = []
    with app.Session() as s:
        states = {(st.authority, st.mailbox): st for st in s.scalars(select(MailboxState))}
    for authority, auth in app.settings.deployment.authorities.items():
        for role, mb in auth.mailboxes.items():
            st = states.get((authority, role))
            rows.append({
                "authority": authority, "mailbox": role, "backend": mb.backend.type,
                "state": ("unreachable" if st is not None and unreachable(st)
                          else "ok" if st is not None and st.last_connected_at else "not yet seen"),
                "last_connected": _fmt(st.last_connected_at if st else None),
                "last_received": _fmt(st.last_received_at if st else None),
                "backlog": st.backlog if st else 0,
                "errors": st.error_count if st else 0,
                "last_error": (st.last_error or "") if st else "",
            })
    return rows


COLUMNS = ("authority", "mailbox", "backend", "state", "last_connected", "last_received", "backlog", "errors",
           "last_error")


def format_status(rows: list[dict]) -> str:
    cells = [[str(r[c]) for c in COLUMNS] for r in rows]
    cells = [[c if len(c) <= 60 else c[:57] + "..." for c in row] for row in cells]
    widths = [max([len(h)] + [len(row[i]) for row in cells]) for i, h in enumerate(COLUMNS)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(COLUMNS, widths)).rstrip()]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in cells]
    return "\n".join(lines)


def status_command(args) -> int:
    """``stepbot status``: one line per mailbox (times in Europe/London)."""
    app = App(load_settings(args.config))
    try:
        print(format_status(status_rows(app)))
    finally:
        app.close()
    return 0
