"""Server-side sessions: starsessions' middleware with a store in our database.

The cookie carries only a random id (starsessions makes 128 random bits); the database keeps its
SHA-256 (so a copy of the table signs no one in), the session's data (CSRF token, signed-in user,
notices) and when it was made and last used. A session ends, and is never read again, when:
- its user signs out (``end``), or an administrator disables the user (``end_for_user``);
- it has not been used for ``deployment.web.session_idle_minutes`` (idle timeout);
- ``deployment.web.session_hours`` have passed since it was made (absolute timeout).

Time comes from the app's clock. A request that was under way when its session ended does not
bring the session back: its data is saved under a new id, without the signed-in user.
"""
from __future__ import annotations

import hashlib
import json
import logging
from datetime import datetime, timedelta

import anyio.to_thread
from sqlalchemy import delete, update
from starsessions import SessionStore
from starsessions.session import generate_session_id

from bot.models import WebSession

log = logging.getLogger(__name__)

USER_KEY = "uid"
TOUCH_EVERY = timedelta(seconds=60)   # how stale ``last_seen_at`` may get before a read-only request writes it
KEEP_ENDED = timedelta(days=1)        # ended and abandoned rows are removed this long after last use


def digest(session_id: str) -> str:
    return hashlib.sha256(session_id.encode()).hexdigest()


def end(s, session_id: str | None, reason: str, now: datetime) -> None:
    """End one session by its cookie id (caller commits)."""
    if session_id:
        s.execute(update(WebSession).where(WebSession.id == digest(session_id), WebSession.ended_at.is_(None))
                  .values(ended_at=now, ended_reason=reason).execution_options(synchronize_session=False))


def end_for_user(s, user_id: int, reason: str, now: datetime) -> int:
    """End every live session of one user (caller commits). Returns how many were ended."""
    res = s.execute(update(WebSession).where(WebSession.user_id == user_id, WebSession.ended_at.is_(None))
                    .values(ended_at=now, ended_reason=reason).execution_options(synchronize_session=False))
    return res.rowcount


def _content(data: bytes) -> dict:
    """The session's own data, without starsessions' ``__metadata__`` (wall-clock times we do not use)."""
    try:
        parsed = json.loads(data or b"{}")
    except ValueError:
        return {}
    if not isinstance(parsed, dict):
        return {}
    parsed.pop("__metadata__", None)
    return parsed


class DatabaseStore(SessionStore):
    """starsessions ``SessionStore`` over the ``web_sessions`` table (sync SQLAlchemy in a worker thread)."""

    def __init__(self, app):
        self.app = app
        web = app.settings.deployment.web
        self.idle = timedelta(minutes=web.session_idle_minutes)
        self.absolute = timedelta(hours=web.session_hours)

    def _live(self, row: WebSession | None, now: datetime) -> bool:
        """True when the row may be used; ends it (idle / expired) when a timeout has passed."""
        if row is None or row.ended_at is not None:
            return False
        if now - row.created_at >= self.absolute:
            row.ended_at, row.ended_reason = now, "expired"
            return False
        if now - row.last_seen_at >= self.idle:
            row.ended_at, row.ended_reason = now, "idle"
            return False
        return True

    def read_sync(self, session_id: str) -> bytes:
        now = self.app.clock.now()
        with self.app.Session.begin() as s:
            row = s.get(WebSession, digest(session_id))
            if not self._live(row, now):
                return b""
            return row.data.encode()

    def write_sync(self, session_id: str, data: bytes) -> str:
        now = self.app.clock.now()
        content = _content(data)
        with self.app.Session.begin() as s:
            row = s.get(WebSession, digest(session_id))
            if row is not None and not self._live(row, now):
                # Ended while this request was under way (signed out in another tab, user disabled,
                # timed out): never revive it, and never carry its sign-in over.
                content.pop(USER_KEY, None)
                session_id, row = generate_session_id(), None
            uid = content.get(USER_KEY)
            uid = uid if isinstance(uid, int) else None
            text = json.dumps(content, separators=(",", ":"))
            if row is None:
                s.execute(delete(WebSession).where(WebSession.last_seen_at < now - self.absolute - KEEP_ENDED)
                          .execution_options(synchronize_session=False))
                s.add(WebSession(id=digest(session_id), user_id=uid, data=text, created_at=now, last_seen_at=now))
            elif row.data != text or row.user_id != uid or now - row.last_seen_at >= TOUCH_EVERY:
                row.data, row.user_id, row.last_seen_at = text, uid, now
        return session_id

    def remove_sync(self, session_id: str) -> None:
        with self.app.Session.begin() as s:
            end(s, session_id, "signed_out", self.app.clock.now())

    async def read(self, session_id: str, lifetime: int) -> bytes:
        return await anyio.to_thread.run_sync(self.read_sync, session_id)

    async def write(self, session_id: str, data: bytes, lifetime: int, ttl: int) -> str:
        return await anyio.to_thread.run_sync(self.write_sync, session_id, data)

    async def remove(self, session_id: str) -> None:
        await anyio.to_thread.run_sync(self.remove_sync, session_id)
