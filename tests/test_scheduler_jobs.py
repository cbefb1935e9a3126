"""The APScheduler jobs inside ``stepbot run``: what runs, when, and that a failing job is retried
at its next run rather than killing the scheduler."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from apscheduler.schedulers.background import BackgroundScheduler

from bot import deadlines, scheduler
from bot.db import session_scope
from bot.models import OutboxMessage
from bot.workcal import LONDON
from tests.support.deadlines_kit import add_request, london, make_app, small_pack, src

PEOPLE = {r: [{"name": r, "email": f"{r}@testshire.gov.uk"}] for r in ("business_support", "team_manager", "duty")}
RULE = dict(id="invite", title="Send the invitation", kinds=["step_up"], starts_on="request_complete",
            met_by="invitation_sent", working_days=1, owner_role="business_support", remind_before_working_days=[0],
            escalation=[{"after_working_days": 0, "role": "team_manager"}],
            source=src("invitation within 1 working day of a complete request"))


class Recorder:
    def __init__(self):
        self.sent = []

    def send(self, raw, recipients):
        self.sent.append((raw, list(recipients)))


@pytest.fixture
def app(tmp_path):
    a = make_app(tmp_path, small_pack([RULE]), PEOPLE, at=london(2026, 11, 23, 10))
    yield a
    a.close()


def test_the_scheduler_has_every_job_with_its_trigger(app):
    sched = scheduler.make_scheduler(app)
    jobs = {j.id: j for j in sched.get_jobs()}
    assert set(jobs) == {"sweep", "deliver", "digest", "health", "reports", "book", "purge"}
    assert str(jobs["purge"].trigger.fields[5]) == "2"  # the retention purge runs nightly at 02:30
    assert jobs["book"].trigger.interval.total_seconds() == 300
    assert jobs["sweep"].trigger.interval.total_seconds() == 60
    assert jobs["deliver"].trigger.interval.total_seconds() == 30
    digest = jobs["digest"].trigger
    # from Friday 27 Nov after 09:00, the next digest is Monday 30 Nov at the office opening, London time
    nxt = digest.get_next_fire_time(None, datetime(2026, 11, 27, 10, tzinfo=LONDON))
    assert nxt == datetime(2026, 11, 30, 9, 0, tzinfo=LONDON)
    # in summer time too (09:00 BST is 08:00 UTC)
    nxt = digest.get_next_fire_time(None, datetime(2027, 6, 1, 10, tzinfo=LONDON))
    assert nxt.astimezone(timezone.utc) == datetime(2027, 6, 2, 8, 0, tzinfo=timezone.utc)
    sched.start(paused=True)
    try:
        assert all(j.max_instances == 1 and j.coalesce for j in sched.get_jobs())
    finally:
        sched.shutdown(wait=False)


def test_the_jobs_sweep_deliver_and_digest_through_the_app(app):
    rec = Recorder()
    for role in ("mash_step_up", "early_help_duty"):
        app.set_transport("testshire", role, rec)
    with session_scope(app.Session) as s:
        req = add_request(s, app)
        deadlines.on_event(app, s, req, "request_complete", at=app.clock.now())
    jobs = scheduler.job_functions(app)
    app.clock.at = london(2026, 11, 24, 9)
    assert jobs["sweep"]() == 1        # the morning reminder
    assert jobs["digest"]() == 1       # the business support digest
    assert jobs["deliver"]() == 2
    assert sorted(r for _, (r,) in rec.sent) == ["business_support@testshire.gov.uk"] * 2
    assert jobs["sweep"]() == 0 and jobs["digest"]() == 0 and jobs["deliver"]() == 0


def test_a_failing_job_is_logged_and_runs_again(app, monkeypatch, caplog):
    calls = []

    def broken(app_):
        calls.append(1)
        raise RuntimeError("database went away")

    monkeypatch.setattr(deadlines, "sweep", broken)
    job = scheduler._guarded("sweep", scheduler.job_functions(app)["sweep"])
    assert job() is None and job() is None
    assert len(calls) == 2
    assert "scheduled job sweep failed" in caplog.text


def test_the_scheduler_starts_and_stops(app):
    sched = scheduler.make_scheduler(app)
    assert isinstance(sched, BackgroundScheduler)
    sched.start(paused=True)
    try:
        assert sched.running and len(sched.get_jobs()) == 7
    finally:
        sched.shutdown(wait=False)
    with app.Session() as s:
        assert s.query(OutboxMessage).count() == 0
