"""Sign-in, CSRF and security headers for the business support queue.

- Passwords are argon2id hashes (argon2-cffi); a hash made with old parameters is upgraded on the
  next good sign-in.
- Sessions are kept in the database (bot/web/sessions.py); the cookie carries only a random id and
  is HttpOnly, SameSite=Lax, Secure unless the deployment says ``web.secure_cookies: false`` (the
  demo on plain http://localhost).
- Every POST carries the session's CSRF token (a form field, or the ``X-CSRF-Token`` header); a
  missing or wrong token is refused with 403 before any handler runs.
- Failed sign-ins are counted in the database, shared by every web process (``THROTTLES``): per
  user name from one address, per address across names, and per user name across addresses.
  Past each one's free allowance every further failure doubles the wait before the next try, up to
  a cap: no account is locked outright, and a guesser elsewhere cannot lock a colleague out of
  their own desk for long. A name that does not exist is counted and answered exactly like one
  that does, so the page never tells which names exist.
"""
from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from bot.models import SignInThrottle, User

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
class Throttle:
    """One counter of failed sign-ins: ``free`` failures cost nothing, then each further one makes
    the next try wait ``first_wait`` × 2^(failures − free − 1), at most ``cap``. Counters forget
    failures older than ``forget_after``."""

    scope: str           # pair (user name from one address) | address | user (from anywhere)
    free: int
    first_wait: timedelta
    cap: timedelta
    forget_after: timedelta = timedelta(hours=24)

    def wait(self, failures: int) -> timedelta | None:
        over = failures - self.free
        if over <= 0:
            return None
        return min(self.cap, self.first_wait * 2 ** min(over - 1, 30))


THROTTLES = (
    Throttle("pair", free=4, first_wait=timedelta(seconds=30), cap=timedelta(minutes=15)),
    Throttle("address", free=20, first_wait=timedelta(seconds=30), cap=timedelta(minutes=15)),
    Throttle("user", free=30, first_wait=timedelta(seconds=10), cap=timedelta(minutes=2)),
)


@dataclass(frozen=True)
class SignIn:
    """The outcome of one sign-in attempt. ``user`` is set only when ``ok``."""

    ok: bool
    reason: str  # ok | bad_credentials | throttled | inactive
    user: User | None = None
    retry_at: datetime | None = None


def _key(throttle: Throttle, username: str, address: str) -> tuple[str, str, str]:
    name = username.strip().lower()[:100]
    address = address[:64]
    return (throttle.scope, "" if throttle.scope == "address" else name, "" if throttle.scope == "user" else address)


def _counters(session, username: str, address: str) -> dict[Throttle, SignInThrottle | None]:
    found = {}
    for t in THROTTLES:
        scope, name, addr = _key(t, username, address)
        found[t] = session.scalar(select(SignInThrottle).where(
            SignInThrottle.scope == scope, SignInThrottle.username == name, SignInThrottle.address == addr))
    return found


def retry_at(session, username: str, address: str, *, now: datetime) -> datetime | None:
    """When this user name may next be tried from this address (None: now)."""
    waits = [c.blocked_until for c in _counters(session, username, address).values()
             if c is not None and c.blocked_until is not None and c.blocked_until > now]
    return max(waits) if waits else None


def _count_failure(session, username: str, address: str, now: datetime) -> None:
    for t, row in _counters(session, username, address).items():
        if row is None:
            scope, name, addr = _key(t, username, address)
            row = SignInThrottle(scope=scope, username=name, address=addr, failures=0, last_failure_at=now)
            try:
                with session.begin_nested():
                    session.add(row)
            except IntegrityError:   # another process counted the first failure at the same moment
                row = session.scalar(select(SignInThrottle).where(
                    SignInThrottle.scope == scope, SignInThrottle.username == name, SignInThrottle.address == addr))
        if now - row.last_failure_at > t.forget_after:
            row.failures = 0
        row.failures += 1
        row.last_failure_at = now
        wait = t.wait(row.failures)
        row.blocked_until = now + wait if wait is not None else None


def forget_failures(session, username: str, address: str | None = None) -> None:
    """A good sign-in (or an administrator's reset) clears the user name's counters; the address's
    own counter is kept, so signing in to one account does not buy more guesses at others."""
    name = username.strip().lower()[:100]
    q = delete(SignInThrottle).where(SignInThrottle.scope.in_(("pair", "user")), SignInThrottle.username == name)
    if address is not None:
        q = q.where((SignInThrottle.scope == "user") | (SignInThrottle.address == address[:64]))
    session.execute(q.execution_options(synchronize_session=False))


def authenticate(session, username: str, password: str, *, address: str, now: datetime) -> SignIn:
    """Check a user name and password from one client address, counting failures in the database
    (caller commits). While a wait is running the password is not even looked at, and the answer is
    the same whether or not the name exists."""
    wait_until = retry_at(session, username, address, now=now)
    if wait_until is not None:
        verify_password(_DUMMY_HASH, password)
        return SignIn(False, "throttled", retry_at=wait_until)
    user = session.scalar(select(User).where(User.username == username.strip()))
    if user is None or not verify_password(user.password_hash, password):
        if user is None:
            verify_password(_DUMMY_HASH, password)
        _count_failure(session, username, address, now)
        return SignIn(False, "bad_credentials")
    if not user.active:
        return SignIn(False, "inactive")
    forget_failures(session, username, address)
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    return SignIn(True, "ok", user=user)


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
