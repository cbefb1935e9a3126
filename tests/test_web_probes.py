"""The monitoring endpoints (issue 20): ``/healthz``, ``/readyz`` (database and every mailbox) and
``/metrics`` (Prometheus text, read from the database), with no sign-in and nothing about a family."""
from __future__ import annotations

from datetime import timedelta

from fastapi.testclient import TestClient
from prometheus_client.parser import text_string_to_metric_families

from bot import health
from bot.web import create_app
from tests.support.web_kit import add_deadline, seed_request


def mailboxes(app):
    return [(a, r) for a, auth in app.settings.deployment.authorities.items() for r in auth.mailboxes]


def reach_all(app):
    for authority, role in mailboxes(app):
        health.record_pass(app, authority, role, received=0, backlog=0)


def test_healthz_answers_without_a_sign_in(tmp_app):
    r = TestClient(create_app(tmp_app)).get("/healthz")
    assert r.status_code == 200 and r.text == "ok\n"


def test_readyz_is_ready_when_the_database_and_every_mailbox_answer(tmp_app):
    client = TestClient(create_app(tmp_app))
    r = client.get("/readyz")
    assert r.status_code == 503 and r.json()["ready"] is False      # no mailbox reached yet
    reach_all(tmp_app)
    r = client.get("/readyz")
    assert r.status_code == 200, r.json()
    assert r.json()["database"] == "ok" and set(r.json()["mailboxes"].values()) == {"ok"}


def test_readyz_fails_when_a_mailbox_is_down(tmp_app):
    reach_all(tmp_app)
    authority, role = mailboxes(tmp_app)[0]
    tmp_app.clock.advance(minutes=1)
    health.record_error(tmp_app, authority, role, "ConnectionRefusedError: [Errno 111]")
    r = TestClient(create_app(tmp_app)).get("/readyz")
    assert r.status_code == 503
    assert r.json()["mailboxes"][f"{authority}/{role}"] == "unreachable"
    assert list(r.json()["mailboxes"].values()).count("ok") == len(mailboxes(tmp_app)) - 1


def test_readyz_fails_when_the_database_is_gone(tmp_app):
    from bot.db import make_engine, session_factory

    client = TestClient(create_app(tmp_app))
    tmp_app.Session = session_factory(make_engine("sqlite:////nonexistent/dir/stepbot.db"))
    r = client.get("/readyz")
    assert r.status_code == 503 and r.json()["ready"] is False and "unreachable" in r.json()["database"]


def test_metrics_are_counts_read_from_the_database(tmp_app):
    reach_all(tmp_app)
    urgent = seed_request(tmp_app, urgent=True, children=(("Kacie Moran", None),))
    seed_request(tmp_app)
    add_deadline(tmp_app, urgent, -2)           # overdue
    add_deadline(tmp_app, urgent, 48)
    tmp_app.clock.advance(minutes=5)
    r = TestClient(create_app(tmp_app)).get("/metrics")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain")
    assert "Kacie" not in r.text and "Moran" not in r.text
    got = {(s.name, tuple(sorted(s.labels.items()))): s.value
           for fam in text_string_to_metric_families(r.text) for s in fam.samples}
    assert got[("stepbot_urgent_requests", (("authority", "knowsley"),))] == 1
    assert got[("stepbot_deadlines", (("authority", "knowsley"), ("state", "open")))] == 2
    assert got[("stepbot_deadlines_due", ())] == 1
    assert got[("stepbot_outbox_waiting", ())] == 0
    authority, role = mailboxes(tmp_app)[0]
    assert got[("stepbot_mailbox_last_reached_seconds", (("authority", authority), ("mailbox", role)))] == \
        timedelta(minutes=5).total_seconds()
