"""The web queue on PostgreSQL (the production database): sign in, the queue's ordering query,
an action through the workflow, and the reports' aggregate queries."""
from __future__ import annotations


import pytest
from fastapi.testclient import TestClient

from bot.app import App
from bot.config import load_settings
from bot.web import create_app
from tests.support.postgres import temporary_database
from tests.support.web_kit import add_deadline, csrf_of, make_user, queue_refs, seed_request, sign_in

@pytest.fixture
def pg_app(tmp_config, clock, monkeypatch):
    with temporary_database("stepbot_web") as url:
        monkeypatch.setenv("STEPBOT_DATABASE_URL", url)
        app = App(load_settings(tmp_config), clock=clock)
        try:
            yield app
        finally:
            app.close()


def test_queue_actions_and_reports_on_postgres(pg_app):
    late, soon = seed_request(pg_app), seed_request(pg_app)
    urgent = seed_request(pg_app, urgent=True)
    plain = seed_request(pg_app)
    seed_request(pg_app, authority="torbay")
    add_deadline(pg_app, late, 30)
    add_deadline(pg_app, soon, 3)
    make_user(pg_app, "kate")
    c = TestClient(create_app(pg_app))
    assert sign_in(c, "kate").status_code == 303
    assert queue_refs(c.get("/").text) == [urgent, soon, late, plain]
    token = csrf_of(c.get(f"/requests/{soon}").text)
    r = c.post(f"/requests/{soon}/received", data={"csrf": token, "item": "taf_minutes"})
    assert "Marked TAF meeting minutes received" in r.text
    assert c.get("/requests/SB-torbay-1").status_code == 404
    assert c.get("/reports?month=2026-11").status_code == 200
    csv_text = c.get("/reports/monthly-log.csv?authority=knowsley&month=2026-11").content.decode("utf-8-sig")
    assert all(ref in csv_text for ref in (late, soon, urgent, plain))
    assert c.get("/reports/timeliness.xlsx?month=2026-11").status_code == 200
