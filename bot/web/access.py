"""Who may see what: a user sees only their authorities (admins see all), also by URL."""
from __future__ import annotations

from dataclasses import dataclass


from bot import references
from bot.models import Request, User


@dataclass(frozen=True)
class WebUser:
    """The signed-in user, read from the database on every request (so a deactivation bites at once)."""

    id: int
    username: str
    display_name: str
    role: str
    authorities: tuple[str, ...]

    @property
    def actor(self) -> str:
        """How the audit trail names this user."""
        return f"user:{self.username}"

    @property
    def label(self) -> str:
        return self.display_name or self.username


def load_user(session, user_id) -> WebUser | None:
    if not isinstance(user_id, int):
        return None
    u = session.get(User, user_id)
    if u is None or not u.active:
        return None
    return WebUser(u.id, u.username, u.display_name or "", u.role, tuple(u.authorities or ()))


def visible_authorities(app, user: WebUser) -> list[str]:
    """The configured authorities this user may see, in configuration order."""
    configured = app.authorities()
    if user.role == "admin":
        return configured
    return [a for a in configured if a in user.authorities]


def find_request(session, app, user: WebUser, reference: str) -> Request | None:
    """The request with this reference if the user may see it, else None (the caller answers 404,
    the same as for a reference that does not exist, so nothing leaks about other authorities)."""
    req = references.lookup(session, reference)
    if req is None or req.authority not in visible_authorities(app, user):
        return None
    return req
