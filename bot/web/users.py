"""Web accounts: ``stepbot user add USERNAME --role R --authority A… --name N``,
``stepbot user disable USERNAME`` and ``stepbot user enable USERNAME``.

The password comes from ``$STEPBOT_NEW_PASSWORD`` (for scripts and the demo) or is asked for twice
with getpass; it is stored only as an argon2 hash. Adding an existing user name replaces that
user's password, role and authorities (and unlocks the account), so the command is also how a
password is reset (and how a disabled user is switched back on).

Disabling a user switches the account off and ends every one of their sessions in the same
transaction: an open browser is signed out on its next click. An account that signs in through the
council's identity provider (bot/web/oidc.py) is switched off the same way, and stays off whatever
its groups say until ``stepbot user enable``.
"""
from __future__ import annotations

import getpass
import os
import sys

from sqlalchemy import select

from bot import audit
from bot.db import session_scope
from bot.models import User
from bot.web import sessions
from bot.web.security import ROLES, forget_failures, hash_password

MIN_PASSWORD = 12


class UserError(ValueError):
    """A bad user name, role, authority or password: told to the person at the keyboard."""


def add_user(app, username: str, password: str, *, role: str, authorities: list[str], display_name: str = "",
             actor: str = "cli") -> User:
    """Create or update a user (one transaction, audited without the password)."""
    username = username.strip()
    if not username or len(username) > 100 or any(c.isspace() for c in username):
        raise UserError("the user name must be 1-100 characters with no spaces")
    if role not in ROLES:
        raise UserError(f"role must be one of {', '.join(ROLES)}")
    known = set(app.authorities())
    unknown = [a for a in authorities if a not in known]
    if unknown:
        raise UserError(f"unknown authority {', '.join(unknown)} (configured: {', '.join(sorted(known))})")
    if role != "admin" and not authorities:
        raise UserError("give at least one --authority (only admins see every authority)")
    if len(password) < MIN_PASSWORD:
        raise UserError(f"the password must be at least {MIN_PASSWORD} characters")
    now = app.clock.now()
    with session_scope(app.Session) as s:
        user = s.scalar(select(User).where(User.username == username))
        created = user is None
        if created:
            user = User(username=username, created_at=now, password_hash="")
            s.add(user)
        user.password_hash = hash_password(password)
        user.role = role
        user.authorities = list(dict.fromkeys(authorities))
        user.display_name = display_name
        user.active = True
        user.failed_logins = 0
        user.locked_until = None
        forget_failures(s, username)
        s.flush()
        audit.record(s, "user.added" if created else "user.updated", at=now, actor=actor,
                     username=username, role=role, authorities=user.authorities)
    return user


def disable_user(app, username: str, *, actor: str = "cli") -> int:
    """Switch a user off and end all their sessions (one transaction, audited). Returns how many
    sessions were ended."""
    return _switch(app, username, on=False, actor=actor)


def enable_user(app, username: str, *, actor: str = "cli") -> None:
    """Switch a user back on (one transaction, audited)."""
    _switch(app, username, on=True, actor=actor)


def _switch(app, username: str, *, on: bool, actor: str) -> int:
    now = app.clock.now()
    with session_scope(app.Session) as s:
        user = s.scalar(select(User).where(User.username == username.strip()))
        if user is None:
            raise UserError(f"there is no user {username.strip()!r}")
        user.active = on
        if on:
            audit.record(s, "user.enabled", at=now, actor=actor, username=user.username)
            return 0
        ended = sessions.end_for_user(s, user.id, "user_disabled", now)
        audit.record(s, "user.disabled", at=now, actor=actor, username=user.username, sessions_ended=ended)
    return ended


def _read_password() -> str:
    pw = os.environ.get("STEPBOT_NEW_PASSWORD")
    if pw is not None:
        return pw
    if not sys.stdin.isatty():
        raise UserError("no terminal to ask for the password: set STEPBOT_NEW_PASSWORD")
    first = getpass.getpass("New password: ")
    if getpass.getpass("Repeat it: ") != first:
        raise UserError("the two passwords differ")
    return first


def user_command(args) -> int:
    from bot.app import App
    from bot.commands import load_or_exit

    if args.user_command not in ("add", "disable", "enable"):
        print(f"unknown user command {args.user_command!r}", file=sys.stderr)
        return 2
    app = App(load_or_exit(args.config))
    if args.user_command in ("disable", "enable"):
        try:
            ended = _switch(app, args.username, on=args.user_command == "enable", actor="cli")
        except UserError as e:
            print(f"stepbot user {args.user_command}: {e}", file=sys.stderr)
            return 2
        finally:
            app.close()
        if args.user_command == "enable":
            print(f"user {args.username} switched back on")
            return 0
        signed_in = "no browser was signed in" if not ended else (
            "1 browser signed out" if ended == 1 else f"{ended} browsers signed out")
        print(f"user {args.username} switched off; {signed_in}")
        return 0
    try:
        add_user(app, args.username, _read_password(), role=args.role, authorities=args.authorities,
                 display_name=args.name)
    except UserError as e:
        print(f"stepbot user add: {e}", file=sys.stderr)
        return 2
    finally:
        app.close()
    print(f"user {args.username} saved ({args.role}; {', '.join(args.authorities) or 'all authorities'})")
    return 0


DEMO_USER = "demo"


def ensure_demo_user(app) -> tuple[str, str]:
    """The demo's business support account over every configured authority. Its password is
    ``$STEPBOT_DEMO_PASSWORD`` or a fresh random one each run (printed by ``stepbot demo``)."""
    import secrets

    password = os.environ.get("STEPBOT_DEMO_PASSWORD") or secrets.token_urlsafe(12)
    add_user(app, DEMO_USER, password, role="business_support", authorities=app.authorities(),
             display_name="Demo business support", actor="demo")
    return DEMO_USER, password
