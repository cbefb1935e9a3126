"""Hostile HTML in an email renders inert: nh3 strips what runs or fetches (table-driven)."""
from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from bot.web import create_app
from bot.web.emailview import sanitise_html, view_email
from tests.support.web_kit import email_bytes, make_user, seed_request, sign_in

HOSTILE = [
    ("script element", "<p>hi</p><script>alert(1)</script>", ["<script", "alert(1)"]),
    ("event handler", '<p onclick="alert(1)" onmouseover="x()">hi</p>', ["onclick", "onmouseover"]),
    ("img onerror", '<img src="x" onerror="alert(1)">', ["onerror", "alert"]),
    ("remote image", '<img src="https://tracker.example/pixel.gif" alt="logo">', ["tracker.example"]),
    ("protocol-relative image", '<img src="//tracker.example/p.gif">', ["tracker.example"]),
    ("javascript link", '<a href="javascript:alert(1)">click</a>', ["javascript:"]),
    ("data html link", '<a href="data:text/html,<script>alert(1)</script>">x</a>', ["data:text/html", "<script"]),
    ("iframe", '<iframe src="https://evil.example/"></iframe>', ["<iframe", "evil.example"]),
    ("style element", "<style>body{background:url(https://evil.example/x)}</style>", ["<style", "evil.example"]),
    ("style attribute", '<p style="background:url(https://evil.example/x)">x</p>', ["style=", "evil.example"]),
    ("svg onload", '<svg onload="alert(1)"><circle r="1"/></svg>', ["<svg", "onload"]),
    ("form", '<form action="https://evil.example"><input name="pw"></form>', ["<form", "<input"]),
    ("meta refresh", '<meta http-equiv="refresh" content="0;url=https://evil.example">', ["<meta", "evil.example"]),
    ("base href", '<base href="https://evil.example/">', ["<base", "evil.example"]),
    ("object", '<object data="https://evil.example/x.swf"></object>', ["<object", "evil.example"]),
    ("link stylesheet", '<link rel="stylesheet" href="https://evil.example/x.css">', ["<link", "evil.example"]),
    ("background attribute", '<table background="https://evil.example/bg.png"><tr><td>x</td></tr></table>',
     ["background", "evil.example"]),
]


@pytest.mark.parametrize("name,html,forbidden", HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_html_is_made_inert(name, html, forbidden):
    out = sanitise_html(html)
    for bad in forbidden:
        assert bad.lower() not in out.lower(), (name, out)


@pytest.mark.parametrize("html,kept", [
    ("<p>Dear <b>MASH</b>,</p>", "<p>Dear <b>MASH</b>,</p>"),
    ('<a href="https://www.knowsley.gov.uk/">site</a>', 'href="https://www.knowsley.gov.uk/"'),
    ('<img src="data:image/png;base64,iVBORw0KGgo=" alt="sig">', 'src="data:image/png;base64,iVBORw0KGgo="'),
    ("<table><tr><td>Child</td><td>Paula</td></tr></table>", "<td>Paula</td>"),
])
def test_ordinary_formatting_survives(html, kept):
    assert kept in sanitise_html(html)


def test_view_email_prefers_text_and_sanitises_html():
    raw = email_bytes(text="plain words", html='<p onclick="x()">rich <script>bad()</script>words</p>')
    v = view_email(raw)
    assert v.text.strip() == "plain words"
    assert v.html.strip() == "<p>rich words</p>"
    assert ("Subject", "Step up request") in v.headers


@pytest.mark.parametrize("raw", [b"", b"\xff\xfe not an email at all", b"Subject: x\r\n\r\n\x80\x81 body"])
def test_view_email_survives_malformed_input(raw):
    v = view_email(raw)
    assert v.problem or v.text is not None


def test_request_page_shows_the_hostile_email_inert(tmp_app):
    hostile = ('<p onmouseover="alert(1)">Please step up</p><script>alert("x")</script>'
               '<img src="https://tracker.example/p.gif" onerror="alert(2)">')
    ref = seed_request(tmp_app, raw=email_bytes(text="<script>alert(3)</script> as text", html=hostile))
    make_user(tmp_app, "kate")
    c = TestClient(create_app(tmp_app))
    sign_in(c, "kate")
    html = c.get(f"/requests/{ref}").text
    assert len(re.findall(r"<script\b", html)) == 1  # only our own /static/app.js
    assert '<script src="/static/app.js" defer></script>' in html
    assert "tracker.example" not in html and "onmouseover" not in html and "onerror" not in html
    assert "&lt;script&gt;alert(3)&lt;/script&gt; as text" in html  # the text part is escaped, shown as words
    assert "<p>Please step up</p>" in html
