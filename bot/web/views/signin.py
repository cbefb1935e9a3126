"""Sign-in and sign-out: the form, the throttled check of the password, a fresh session id.
"""
from __future__ import annotations

import math

from fastapi import APIRouter, Request as HTTPRequest
from fastapi.responses import HTMLResponse, RedirectResponse
from starlette.concurrency import run_in_threadpool
from starsessions import get_session_id, regenerate_session_id

from bot import audit
from bot.db import session_scope
from bot.web import sessions
from bot.web.security import authenticate, csrf_token
from bot.web.views.common import _app, _now, _safe_next, _user, log, render

router = APIRouter()


@router.get("/signin", response_class=HTMLResponse)
def signin_page(request: HTTPRequest, next: str = "/"):
    return render(request, "signin.html", user=None, next=_safe_next(next), error=None, username="")


@router.post("/signin")
async def signin(request: HTTPRequest):
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
            return render(request, "signin.html", 429, user=None, next=nxt, username=username,
                          error=f"Too many failed sign-ins. Wait {wait} and try again, "
                                "or ask an administrator to reset your password.")
        msg = {"inactive": "This account is switched off. Ask an administrator."}.get(
            result.reason, "The user name or password is not right.")
        return render(request, "signin.html", 401, user=None, next=nxt, username=username, error=msg)
    regenerate_session_id(request)
    request.session.clear()
    request.session[sessions.USER_KEY] = uid
    csrf_token(request.session)
    return RedirectResponse(nxt, status_code=303)


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
