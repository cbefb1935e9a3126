"""What the pages of the business support queue share: the Jinja environment and ``render``,
who is signed in (``_signed_in``, ``SignInRequired``), the app and its clock (``_app``, ``_now``),
flash messages, form text (``_text``), the error page and the sign-in redirect.
"""
from __future__ import annotations

import json
import logging
import urllib.parse
from datetime import datetime

from fastapi import Request as HTTPRequest
from fastapi.responses import HTMLResponse, RedirectResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from sqlalchemy import func, select

from bot import protocols, words
from bot.mail import TEMPLATES as TEMPLATE_ROOT
from bot.models import InboundMessage
from bot.states import REVIEW_STATUSES
from bot.web import oidc, sessions
from bot.web.access import WebUser, load_user, visible_authorities
from bot.web.security import csrf_token
from bot.workcal import to_london

log = logging.getLogger("stepbot.web")

TEMPLATES = TEMPLATE_ROOT / "web"
env = Environment(loader=FileSystemLoader(str(TEMPLATES)), undefined=StrictUndefined,
                  autoescape=select_autoescape(["html", "j2"], default=True))
env.filters["cite"] = protocols.cite
env.filters["london"] = lambda dt, fmt="%a %d %b %Y %H:%M": to_london(dt).strftime(fmt) if dt else ""
env.filters["words"] = words.say
env.filters["capital"] = words.capital
env.filters["tojson_pretty"] = lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True, default=str)


# --- plumbing -----------------------------------------------------------------------------------

def _app(request: HTTPRequest):
    return request.app.state.app


def _now(request: HTTPRequest) -> datetime:
    return _app(request).clock.now()


def _user(request: HTTPRequest, s) -> WebUser | None:
    """The signed-in user; also counts, in the same transaction, what waits in "Needs review" for
    them (the nav badge: a second connection would wait on SQLite's write lock)."""
    if oidc.expired(request.session, _now(request)):
        request.session.clear()      # signed in through the identity provider: ask it again
    user = load_user(s, request.session.get(sessions.USER_KEY))
    if user is not None:
        request.state.review_count = _review_count(s, _app(request), user)
    return user


class SignInRequired(Exception):
    """No one is signed in: answered with a redirect to the sign-in page (see ``create_app``)."""


def _signed_in(request: HTTPRequest, s) -> WebUser:
    user = _user(request, s)
    if user is None:
        raise SignInRequired
    return user


def _flash(request: HTTPRequest, kind: str, text: str) -> None:
    request.session.setdefault("flash", []).append([kind, text])


def render(request: HTTPRequest, name: str, status: int = 200, *, user: WebUser | None, **ctx) -> HTMLResponse:
    flashes = request.session.pop("flash", [])
    review_count = getattr(request.state, "review_count", 0) if user is not None else 0
    html = env.get_template(name).render(
        user=user, csrf=csrf_token(request.session), flashes=flashes, path=request.url.path,
        review_count=review_count, **ctx)
    return HTMLResponse(html, status_code=status)


def _review_count(s, app, user: WebUser) -> int:
    """How many messages wait in "Needs review" for this user's authorities (the nav badge)."""
    allowed = visible_authorities(app, user)
    if not allowed:
        return 0
    return s.scalar(select(func.count()).select_from(InboundMessage).where(
        InboundMessage.status.in_(REVIEW_STATUSES), InboundMessage.authority.in_(allowed))) or 0


def error_page(request: HTTPRequest, status: int, detail: str) -> HTMLResponse:
    titles = {401: "Please sign in", 403: "Not allowed", 404: "Not found", 405: "Not allowed",
              413: "Too large", 429: "Too many attempts"}
    if status == 404:
        detail = "There is no such page, or it is not one your account can see."
    user = None
    if sessions.USER_KEY in request.session:
        with request.app.state.app.Session() as s:
            user = _user(request, s)
    return render(request, "error.html", status, user=user, title=titles.get(status, "Error"), detail=detail)


def signin_redirect(request: HTTPRequest) -> RedirectResponse:
    nxt = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return RedirectResponse("/signin?" + urllib.parse.urlencode({"next": nxt}), status_code=303)


def _safe_next(nxt: str | None) -> str:
    """Only same-site paths: never redirect to another host after sign-in."""
    if not nxt or not nxt.startswith("/") or nxt.startswith("//") or "\\" in nxt:
        return "/"
    return nxt


def _text(form, name: str, limit: int = 2000) -> str:
    v = form.get(name, "")
    return str(v).strip()[:limit]
