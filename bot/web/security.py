"""Sign-in, sessions, CSRF and security headers for the business support queue.

- Passwords are argon2id hashes (argon2-cffi); a hash made with old parameters is upgraded on the
  next good sign-in.
- Sessions are Starlette's signed cookie (itsdangerous): HttpOnly, SameSite=Lax, Secure unless the
  deployment says ``web.secure_cookies: false`` (the demo on plain http://localhost).
- Every POST carries the session's CSRF token (a form field, or the ``X-CSRF-Token`` header); a
  missing or wrong token is refused with 403 before any handler runs.
- Sign-in is rate limited in the database: 5 failures lock the account for 15 minutes. A small
  in-process limit per client address also slows guessing across many user names.
"""
from __future__ import annotations

import hmac
import secrets
from collections import deque
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select

from bot.models import User

MAX_FAILURES = 5
LOCK_MINUTES = 15
ROLES = ("business_support", "manager", "admin")

_hasher = PasswordHasher()
# Verified against when the user name is unknown, so timing does not tell which names exist.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    try:
        return _hasher.check_needs_rehash(stored_hash)
    except InvalidHashError:
        return False


@dataclass(frozen=True)
class SignIn:
    """The outcome of one sign-in attempt. ``user`` is set only when ``ok``."""

    ok: bool
    reason: str  # ok | bad_credentials | locked | inactive
    user: User | None = None
    locked_until: datetime | None = None


def authenticate(session, username: str, password: str, *, now: datetime) -> SignIn:
    """Check a user name and password, counting failures in the database (caller commits)."""
    user = session.scalar(select(User).where(User.username == username.strip()))
    if user is None:
        verify_password(_DUMMY_HASH, password)
        return SignIn(False, "bad_credentials")
    if user.locked_until is not None and user.locked_until > now:
        verify_password(_DUMMY_HASH, password)
        return SignIn(False, "locked", locked_until=user.locked_until)
    if not verify_password(user.password_hash, password):
        user.failed_logins = (user.failed_logins or 0) + 1
        if user.failed_logins >= MAX_FAILURES:
            user.locked_until = now + timedelta(minutes=LOCK_MINUTES)
            user.failed_logins = 0
            return SignIn(False, "locked", locked_until=user.locked_until)
        return SignIn(False, "bad_credentials")
    if not user.active:
        return SignIn(False, "inactive")
    user.failed_logins = 0
    user.locked_until = None
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    return SignIn(True, "ok", user=user)


class AddressLimiter:
    """At most ``limit`` failed sign-ins per client address in a sliding window (per process)."""

    def __init__(self, limit: int = 20, window: timedelta = timedelta(minutes=15)):
        self.limit = limit
        self.window = window
        self._fails: dict[str, deque[datetime]] = {}

    def _trim(self, addr: str, now: datetime) -> deque[datetime]:
        q = self._fails.setdefault(addr, deque())
        while q and q[0] <= now - self.window:
            q.popleft()
        return q

    def blocked(self, addr: str, now: datetime) -> bool:
        return len(self._trim(addr, now)) >= self.limit

    def failed(self, addr: str, now: datetime) -> None:
        self._trim(addr, now).append(now)
        if len(self._fails) > 10_000:  # bound memory under a spray of addresses
            for k in [k for k, q in self._fails.items() if not q][:5_000]:
                del self._fails[k]


# --- CSRF ---------------------------------------------------------------------------------------

CSRF_KEY = "csrf"


def csrf_token(session: dict) -> str:
    """The session's CSRF token, created on first use."""
    tok = session.get(CSRF_KEY)
    if not tok:
        tok = secrets.token_urlsafe(32)
        session[CSRF_KEY] = tok
    return tok


def csrf_ok(session: dict, presented: str | None) -> bool:
    expected = session.get(CSRF_KEY)
    return bool(expected and presented) and hmac.compare_digest(str(expected), str(presented))


# --- headers ------------------------------------------------------------------------------------

CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
])

SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    "Cache-Control": "no-store",
}
