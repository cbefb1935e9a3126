"""Per-authority access: a user sees only their authorities, also by URL (404 for the rest)."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from bot.models import AuditEvent, Request
from bot.web import create_app
from tests.support.web_kit import csrf_of, make_user, seed_request, sign_in


@pytest.fixture
def seeded(tmp_app):
    make_user(tmp_app, "kate", authorities=("knowsley",))
    make_user(tmp_app, "tom", authorities=("torbay",))
    make_user(tmp_app, "ada", role="admin", authorities=())
    k = seed_request(tmp_app, authority="knowsley", attachments=[("a.pdf", "application/pdf", b"%PDF-1.4", True, None)])
    t = seed_request(tmp_app, authority="torbay", attachments=[("b.pdf", "application/pdf", b"%PDF-1.4", True, None)])
    return tmp_app, k, t


def _client(app, user):
    c = TestClient(create_app(app))
    sign_in(c, user)
    return c


def test_queue_lists_only_the_users_authorities(seeded):
    app, k, t = seeded
    html = _client(app, "kate").get("/").text
    assert k in html and t not in html
    # asking for another authority by filter shows nothing of it
    html = _client(app, "kate").get("/?authority=torbay").text
    assert t not in html


@pytest.mark.parametrize("path", [
    "/requests/{t}", "/requests/{t}/attachments/{att}", "/reports/monthly-log.csv?authority=torbay",
    "/reports/timeliness.xlsx?authority=torbay", "/requests/SB-torbay-999", "/requests/not-a-reference",
    "/no/such/page",
])
def test_another_authoritys_pages_are_not_found_by_url(seeded, path):
    app, k, t = seeded
    with app.Session() as s:
        att = s.scalar(select(Request).where(Request.authority == "torbay")).attachments[0].id
    r = _client(app, "kate").get(path.format(t=t, att=att))
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert "Not found" in r.text
    assert "torbay" not in r.text.lower().replace("/requests/sb-torbay", "")


def test_another_authoritys_request_cannot_be_changed(seeded):
    app, k, t = seeded
    c = _client(app, "kate")
    token = csrf_of(c.get("/").text)
    r = c.post(f"/requests/{t}/received", data={"csrf": token, "item": "taf_minutes"}, follow_redirects=False)
    assert r.status_code == 404
    with app.Session() as s:
        assert not s.scalars(select(AuditEvent).where(AuditEvent.request_id.isnot(None),
                                                      AuditEvent.actor == "user:kate")).all()


def test_admin_sees_every_authority(seeded):
    app, k, t = seeded
    c = _client(app, "ada")
    html = c.get("/").text
    assert k in html and t in html
    assert c.get(f"/requests/{t}").status_code == 200


def test_torbay_user_sees_torbay_only(seeded):
    app, k, t = seeded
    c = _client(app, "tom")
    assert c.get(f"/requests/{t}").status_code == 200
    assert c.get(f"/requests/{k}").status_code == 404
