"""The business support queue: a small server-rendered FastAPI app.

``create_app(app)`` builds the ASGI app for a :class:`bot.app.App`; ``start_server(app)`` serves it
with uvicorn in a background thread (used by ``stepbot run`` / ``stepbot demo`` and the browser
tests) and returns a handle whose ``stop()`` shuts it down.
"""
from __future__ import annotations

import logging
import threading
import time as _time
from pathlib import Path

from fastapi import Depends, FastAPI, Request as HTTPRequest
from fastapi.exceptions import HTTPException
from fastapi.responses import HTMLResponse, PlainTextResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starsessions import SessionAutoloadMiddleware, SessionMiddleware

from bot.web.security import SECURITY_HEADERS, csrf_ok
from bot.web.sessions import DatabaseStore

log = logging.getLogger("stepbot.web")

STATIC = Path(__file__).resolve().parent / "static"
SESSION_COOKIE = "stepbot_session"


async def csrf_guard(request: HTTPRequest) -> None:
    """Every POST must carry the session's CSRF token (form field ``csrf`` or X-CSRF-Token)."""
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return
    token = request.headers.get("x-csrf-token")
    if token is None:
        form = await request.form()
        token = form.get("csrf")
    if not csrf_ok(request.session, token if isinstance(token, str) else None):
        raise HTTPException(status_code=403, detail="The form has expired or did not come from this site. "
                                                   "Go back, reload the page and try again.")


def create_app(app) -> FastAPI:
    from bot.web import probes
    from bot.web.views import actions, common, queue, reporting, request_page, review, signin

    api = FastAPI(title="stepbot queue", docs_url=None, redoc_url=None, openapi_url=None,
                  dependencies=[Depends(csrf_guard)])
    api.state.app = app

    @api.middleware("http")
    async def _headers(request, call_next):
        response = await call_next(request)
        for k, v in SECURITY_HEADERS.items():
            if k == "Cache-Control" and request.url.path.startswith("/static/"):
                continue
            response.headers.setdefault(k, v)
        return response

    # Server-side sessions (bot/web/sessions.py): loaded before anything else reads them. The
    # cookie lives as long as the browser; the idle and absolute timeouts are kept in the database.
    api.add_middleware(SessionAutoloadMiddleware)
    api.add_middleware(
        SessionMiddleware, store=DatabaseStore(app), cookie_name=SESSION_COOKIE, lifetime=0, rolling=False,
        cookie_same_site="lax", cookie_https_only=app.settings.deployment.web.secure_cookies,
    )
    api.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    # The pages, one router per job (bot/web/views/), in the order their routes were always
    # declared; then the monitoring endpoints (bot/web/probes.py).
    for pages in (signin, queue, request_page, actions, review, reporting, probes):
        api.include_router(pages.router)

    @api.exception_handler(StarletteHTTPException)
    async def _http_error(request, exc: StarletteHTTPException):
        if exc.status_code in (401, 403, 404, 405, 413, 429):
            return common.error_page(request, exc.status_code, str(exc.detail))
        return PlainTextResponse(str(exc.detail), status_code=exc.status_code)

    @api.exception_handler(common.SignInRequired)
    async def _signin_required(request, exc):
        return common.signin_redirect(request)

    return api


def proxy_options(app) -> dict:
    """uvicorn's proxy-header settings from ``deployment.web.forwarded_allow_ips``: only a listed
    proxy's X-Forwarded-For / X-Forwarded-Proto are believed (the client address is then the one
    the proxy saw); from anyone else they are ignored. None listed: proxy headers are off."""
    allowed = app.settings.deployment.web.forwarded_allow_ips
    if not allowed:
        return {"proxy_headers": False}
    return {"proxy_headers": True, "forwarded_allow_ips": ",".join(allowed)}


class WebServer:
    """uvicorn in a daemon thread. ``url`` is where it listens; ``stop()`` waits for shutdown."""

    def __init__(self, server, thread: threading.Thread, url: str):
        self.server, self.thread, self.url = server, thread, url

    def stop(self, timeout: float = 10) -> None:
        self.server.should_exit = True
        self.thread.join(timeout)


def start_server(app, host: str | None = None, port: int | None = None, *, timeout: float = 15) -> WebServer:
    """Serve ``create_app(app)`` on host:port (default: ``deployment.web``); port 0 picks a free one."""
    import uvicorn

    web = app.settings.deployment.web
    host = host or web.host
    port = web.port if port is None else port
    config = uvicorn.Config(create_app(app), host=host, port=port, log_level="warning",
                            access_log=False, lifespan="off", **proxy_options(app))
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="stepbot-web", daemon=True)
    thread.start()
    deadline = _time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or _time.monotonic() > deadline:
            server.should_exit = True
            raise RuntimeError(f"the web page could not start on {host}:{port}")
        _time.sleep(0.02)
    bound = server.servers[0].sockets[0].getsockname()[1] if server.servers else port
    url = f"http://{host}:{bound}"
    log.info("web page serving on %s", url)
    return WebServer(server, thread, url)


def serve_forever(app, host: str | None = None, port: int | None = None) -> None:
    """Serve in the foreground until interrupted (``stepbot demo`` after processing the samples)."""
    import uvicorn

    web = app.settings.deployment.web
    uvicorn.run(create_app(app), host=host or web.host, port=web.port if port is None else port,
                log_level="warning", access_log=False, lifespan="off", **proxy_options(app))


__all__ = ["create_app", "start_server", "serve_forever", "WebServer", "HTMLResponse"]
