"""Sign-in with the council's identity provider (Microsoft Entra ID, or any OpenID Connect one).

Authlib does the protocol: discovery, the authorisation-code redirect with state and nonce, the
code exchange, and the ID token's signature, issuer, audience, expiry and nonce checks. This module
decides what a verified ID token is allowed to do:
- the account is found by the provider's stable id (``issuer|oid``), never by the user name alone,
  so a recycled e-mail address cannot inherit someone else's account;
- the role and authorities come from ``web.oidc.groups`` at every sign-in (highest role, every
  authority of every mapped group); in no mapped group, the sign-in is refused and any session
  still open for that account ends;
- an account switched off with ``stepbot user disable`` stays off whatever the groups say;
- the session asks the provider again after ``session_minutes`` (``expired``), so a group
  removal takes effect then at the latest.
"""
from __future__ import annotations

import ssl
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from bot import audit
from bot.config import Oidc
from bot.models import User
from bot.web import sessions
from bot.web.security import ROLES

UNTIL_KEY = "oidc_until"     # in the session: when the provider must be asked again (ISO, UTC-naive as the clock)
NEXT_KEY = "oidc_next"       # in the session: where to go after the provider sends the user back
PROVIDER = "entra"           # Authlib's name for the one registered provider


@dataclass(frozen=True)
class Grant:
    role: str
    authorities: tuple[str, ...]


def grant_for(oidc: Oidc, groups) -> Grant | None:
    """What the mapped groups among ``groups`` give; None when there are none."""
    mapped = [oidc.groups[g] for g in (groups or ()) if isinstance(g, str) and g in oidc.groups]
    if not mapped:
        return None
    role = max((m.role for m in mapped), key=ROLES.index)
    authorities = tuple(dict.fromkeys(a for m in mapped for a in m.authorities))
    return Grant(role, () if role == "admin" else authorities)


@dataclass(frozen=True)
class Outcome:
    user_id: int | None
    reason: str | None = None      # None: signed in; else no_subject | no_group | groups_overage | inactive

    @property
    def ok(self) -> bool:
        return self.reason is None


def sign_in(s, oidc: Oidc, claims: dict, *, now: datetime) -> Outcome:
    """The account for these verified claims, created or brought up to date (caller commits)."""
    subject = claims.get(oidc.subject_claim) or claims.get("sub")
    if not isinstance(subject, str) or not subject:
        return Outcome(None, "no_subject")
    key = f"{claims.get('iss', oidc.issuer)}|{subject}"[:255]
    user = s.scalar(select(User).where(User.oidc_subject == key))
    if "groups" not in claims and "_claim_names" in claims:
        # Entra ID leaves the groups out when a user is in too many; the app registration should
        # send only the groups assigned to the application (docs/operations.md).
        return Outcome(user.id if user else None, "groups_overage")
    grant = grant_for(oidc, claims.get("groups"))
    if grant is None:
        if user is not None:
            sessions.end_for_user(s, user.id, "group_removed", now)
        return Outcome(user.id if user else None, "no_group")
    if user is not None and not user.active:
        return Outcome(user.id, "inactive")
    name = str(claims.get(oidc.username_claim) or claims.get("email") or subject).strip().lower()[:100]
    if user is None:
        taken = s.scalar(select(User).where(User.username == name))
        # A local account of the same name keeps its name; the provider's account gets its own.
        user = User(username=name if taken is None else f"{name}#{subject[:8]}", password_hash="",
                    created_at=now, oidc_subject=key)
        s.add(user)
    user.display_name = str(claims.get("name") or "")[:200]
    user.role, user.authorities = grant.role, list(grant.authorities)
    user.active = True
    s.flush()
    return Outcome(user.id)


def session_until(oidc: Oidc, now: datetime) -> str:
    return (now + timedelta(minutes=oidc.session_minutes)).isoformat()


def expired(session: dict, now: datetime) -> bool:
    """True when this session signed in through the provider and must ask it again."""
    until = session.get(UNTIL_KEY)
    if not isinstance(until, str):
        return False
    try:
        return now >= datetime.fromisoformat(until)
    except ValueError:
        return True


def client(app):
    """Authlib's client for the configured provider (one per app, made on first use)."""
    existing = getattr(app, "_oidc_client", None)
    if existing is not None:
        return existing
    from authlib.integrations.starlette_client import OAuth

    oidc = app.settings.deployment.web.oidc
    verify = ssl.create_default_context()
    if oidc.ca_file:
        verify.load_verify_locations(cafile=str(oidc.ca_file))
    registry = OAuth()
    registry.register(
        PROVIDER, client_id=oidc.client_id, client_secret=oidc.client_secret.read(),
        server_metadata_url=oidc.metadata_url,
        client_kwargs={"scope": " ".join(oidc.scopes), "verify": verify, "timeout": 15},
    )
    app._oidc_client = registry.create_client(PROVIDER)
    return app._oidc_client


def record(s, outcome: Outcome, *, now: datetime) -> None:
    """The audit line for one provider sign-in (no token, no claims beyond the outcome)."""
    if outcome.ok:
        user = s.get(User, outcome.user_id)
        audit.record(s, "web.signed_in", at=now, actor=f"user:{user.username}", via="identity provider")
    else:
        audit.record(s, "web.sign_in_refused", at=now, actor="web", reason=outcome.reason, via="identity provider")


REFUSALS = {
    "no_group": "Your account is not in a group that may use stepbot. Ask your manager to request access.",
    "groups_overage": "Your account is in too many groups for the sign-in to list them. "
                      "Ask IT to send only the groups assigned to stepbot.",
    "inactive": "This account is switched off. Ask an administrator.",
    "no_subject": "The sign-in service did not say who you are. Ask IT to check stepbot's app registration.",
}
