"""Sign-in and sign-out: the form, the throttled check of the password, a fresh session id; and
sign-in through the council's identity provider when ``web.oidc`` is configured (bot/web/oidc.py).
"""
from __future__ import annotations

import math

import httpx

from fastapi import APIRouter, Request as HTTPRequest
from fastapi.exceptions import HTTPException
from fastapi.responses import HTMLResponse, RedirectResponse
from starlette.concurrency import run_in_threadpool
from starsessions import get_session_id, regenerate_session_id

from bot import audit
from bot.db import session_scope
from bot.web import oidc, sessions
from bot.web.security import authenticate, csrf_token
from bot.web.views.common import _app, _now, _safe_next, _user, log, render

router = APIRouter()

UNREACHABLE = "The council sign-in service cannot be reached just now. Try again in a minute; if it keeps failing, tell IT."


def _oidc(request: HTTPRequest):
    return _app(request).settings.deployment.web.oidc


def _page(request: HTTPRequest, status: int = 200, **ctx) -> HTMLResponse:
    """The sign-in page: the provider's button when one is configured, the password form unless
    the deployment has switched local accounts off."""
    provider = _oidc(request)
    ctx.setdefault("username", "")
    ctx.setdefault("error", None)
    return render(request, "signin.html", status, user=None, provider=provider.label if provider else None,
                  local=provider is None or provider.local_accounts, **ctx)


@router.get("/signin", response_class=HTMLResponse)
def signin_page(request: HTTPRequest, next: str = "/"):
    return _page(request, next=_safe_next(next))


@router.post("/signin")
async def signin(request: HTTPRequest):
    provider = _oidc(request)
    if provider is not None and not provider.local_accounts:
        raise HTTPException(status_code=403, detail="Sign in with your council account: "
                                                   "user names and passwords are switched off here.")
    form = await request.form()
    username = str(form.get("username", ""))[:100]
    password = str(form.get("password", ""))[:1024]
    nxt = _safe_next(str(form.get("next", "/")))
    addr = request.client.host if request.client else "?"
    return await run_in_threadpool(_signin, request, username, password, nxt, addr)


def _wait_words(seconds: float) -> str:
    """ "a minute", "3 minutes": how long to wait before the next try, in words."""
    minutes = max(1, math.ceil(seconds / 60))
    return "a minute" if minutes == 1 else f"{minutes} minutes"


def _signin(request, username, password, nxt, addr):
    app, now = _app(request), _now(request)
    with session_scope(app.Session) as s:
        result = authenticate(s, username, password, address=addr, now=now)
        if result.ok:
            audit.record(s, "web.signed_in", at=now, actor=f"user:{result.user.username}")
            uid = result.user.id
            # A fresh session id (and CSRF token) on sign-in: no fixation; the old one ends.
            sessions.end(s, get_session_id(request), "replaced", now)
        else:
            audit.record(s, "web.sign_in_refused", at=now, actor="web", reason=result.reason)
    if not result.ok:
        log.info("sign-in refused: %s", result.reason)
        if result.reason == "throttled":
            # The same words whether or not the name exists: nothing tells which names do.
            wait = _wait_words((result.retry_at - now).total_seconds())
            return _page(request, 429, next=nxt, username=username,
                         error=f"Too many failed sign-ins. Wait {wait} and try again, "
                               "or ask an administrator to reset your password.")
        msg = {"inactive": "This account is switched off. Ask an administrator."}.get(
            result.reason, "The user name or password is not right.")
        return _page(request, 401, next=nxt, username=username, error=msg)
    return _start_session(request, uid, nxt)


def _start_session(request, uid: int, nxt: str, **extra) -> RedirectResponse:
    """A fresh session id and CSRF token for a user who has just signed in."""
    regenerate_session_id(request)
    request.session.clear()
    request.session[sessions.USER_KEY] = uid
    request.session.update(extra)
    csrf_token(request.session)
    return RedirectResponse(nxt, status_code=303)


@router.get("/signin/oidc")
async def signin_oidc(request: HTTPRequest, next: str = "/"):
    """Off to the identity provider (Authlib keeps the state and nonce in this session)."""
    provider = _oidc(request)
    if provider is None:
        raise HTTPException(status_code=404, detail="Sign-in with a council account is not set up here.")
    request.session[oidc.NEXT_KEY] = _safe_next(next)
    try:
        return await oidc.client(_app(request)).authorize_redirect(request, provider.redirect_url)
    except (httpx.HTTPError, ValueError) as e:     # the provider is down, or its discovery document is not JSON
        log.warning("identity provider unreachable: %s", type(e).__name__)
        return _page(request, 503, next=_safe_next(next), error=UNREACHABLE)


@router.get("/signin/oidc/callback")
async def signin_oidc_callback(request: HTTPRequest):
    """Back from the identity provider: verify the code and ID token, then map the groups."""
    from authlib.integrations.base_client import OAuthError
    from joserfc.errors import JoseError

    provider = _oidc(request)
    if provider is None:
        raise HTTPException(status_code=404, detail="Sign-in with a council account is not set up here.")
    nxt = _safe_next(request.session.get(oidc.NEXT_KEY))
    try:
        token = await oidc.client(_app(request)).authorize_access_token(request)
    except httpx.HTTPError as e:
        log.warning("identity provider unreachable: %s", type(e).__name__)
        return _page(request, 503, next=nxt, error=UNREACHABLE)
    except (OAuthError, JoseError, ValueError) as e:
        # A stale or replayed link, a refused consent, a token that fails its checks: never signed in.
        log.info("identity provider sign-in not completed: %s", type(e).__name__)
        return _page(request, 401, next=nxt, error="The sign-in with your council account did not complete. "
                                                   "Try again; if it keeps failing, tell IT.")
    claims = dict(token.get("userinfo") or {})
    return await run_in_threadpool(_signin_oidc, request, provider, claims, nxt)


def _signin_oidc(request, provider, claims: dict, nxt: str):
    app, now = _app(request), _now(request)
    with session_scope(app.Session) as s:
        outcome = oidc.sign_in(s, provider, claims, now=now)
        oidc.record(s, outcome, now=now)
        if outcome.ok:
            sessions.end(s, get_session_id(request), "replaced", now)
    if not outcome.ok:
        log.info("identity provider sign-in refused: %s", outcome.reason)
        return _page(request, 403, next=nxt, error=oidc.REFUSALS[outcome.reason])
    return _start_session(request, outcome.user_id, nxt, **{oidc.UNTIL_KEY: oidc.session_until(provider, now)})


@router.post("/signout")
def signout(request: HTTPRequest):
    app, now = _app(request), _now(request)
    with session_scope(app.Session) as s:
        user = _user(request, s)
        if user:
            audit.record(s, "web.signed_out", at=now, actor=user.actor)
        sessions.end(s, get_session_id(request), "signed_out", now)
    request.session.clear()   # the cookie is cleared too
    return RedirectResponse("/signin", status_code=303)
