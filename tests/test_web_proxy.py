"""``deployment.web.forwarded_allow_ips``: behind a trusted reverse proxy the client address (what
the sign-in throttle counts) is the one in X-Forwarded-For; from any other peer the header is
ignored, so no one can pick their own address. Real uvicorn on loopback, real HTTP."""
from __future__ import annotations

import re

import httpx
import pytest
from sqlalchemy import select

from bot.models import SignInThrottle
from bot.web import start_server
from tests.support.web_kit import make_user


def _with_proxies(app, allowed):
    dep = app.settings.deployment
    app.settings.deployment = dep.model_copy(
        update={"web": dep.web.model_copy(update={"forwarded_allow_ips": allowed})})


def _failed_sign_in_from(url: str, forwarded_for: str) -> int:
    headers = {"X-Forwarded-For": forwarded_for}
    with httpx.Client(base_url=url, headers=headers, follow_redirects=False, timeout=10) as c:
        page = c.get("/signin")
        csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
        r = c.post("/signin", data={"username": "kate", "password": "not the password", "csrf": csrf})
        return r.status_code


def _counted_addresses(app) -> set[str]:
    with app.Session() as s:
        return {r.address for r in s.scalars(select(SignInThrottle).where(SignInThrottle.scope == "address"))}


@pytest.mark.parametrize("allowed,expected", [
    (["127.0.0.1"], "203.0.113.9"),            # the proxy on this host is trusted
    (["127.0.0.0/8"], "203.0.113.9"),          # a trusted network
    (["10.9.9.9"], "127.0.0.1"),               # the peer is not the trusted proxy: header ignored
    ([], "127.0.0.1"),                         # no proxy configured: header ignored
])
def test_client_address_comes_from_x_forwarded_for_only_behind_a_trusted_proxy(tmp_app, allowed, expected):
    _with_proxies(tmp_app, allowed)
    make_user(tmp_app, "kate")
    server = start_server(tmp_app, "127.0.0.1", 0)
    try:
        assert _failed_sign_in_from(server.url, "203.0.113.9") == 401
    finally:
        server.stop()
    assert _counted_addresses(tmp_app) == {expected}


def test_forwarded_allow_ips_must_be_addresses_or_networks(tmp_app):
    from pydantic import ValidationError

    from bot.config import Web

    assert Web(forwarded_allow_ips=["10.0.0.0/8", "192.0.2.4", "::1"]).forwarded_allow_ips
    with pytest.raises(ValidationError, match="not an IP address or network"):
        Web(forwarded_allow_ips=["proxy.example"])
