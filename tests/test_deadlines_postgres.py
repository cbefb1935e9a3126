"""On PostgreSQL (the production database): several stepbot processes sweep at once and still send
each reminder once (FOR UPDATE SKIP LOCKED + idempotency keys); the sweep uses the index; and
``stepbot simulate`` works inside a transaction that is rolled back."""
from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import func, select, text

from bot import deadlines, simulate
from bot.db import session_scope
from bot.models import Deadline, OutboxMessage
from tests.support.deadlines_kit import add_request, london, make_app, small_pack, src
from tests.support.postgres import temporary_database

PEOPLE = {r: [{"name": r, "email": f"{r}@testshire.gov.uk"}] for r in ("business_support", "team_manager", "duty")}
RULE = dict(id="invite", title="Send the invitation", kinds=["step_up"], starts_on="request_complete",
            met_by="invitation_sent", working_days=1, owner_role="business_support", remind_before_working_days=[0],
            escalation=[{"after_working_days": 0, "role": "team_manager"}],
            source=src("invitation within 1 working day of a complete request"))


@pytest.fixture
def pg_app(tmp_path):
    with temporary_database("stepbot_deadlines") as url:
        app = make_app(tmp_path, small_pack([RULE]), PEOPLE, at=london(2026, 11, 23, 10), database_url=url)
        try:
            yield app
        finally:
            app.close()


def seed(app, n):
    with session_scope(app.Session) as s:
        for _ in range(n):
            req = add_request(s, app, children=(("Paula White", date(2012, 2, 3)),))
            deadlines.on_event(app, s, req, "request_complete", at=app.clock.now())


@pytest.mark.postgres
def test_concurrent_sweeps_send_each_reminder_once(pg_app):
    app = pg_app
    seed(app, 40)
    app.clock.at = london(2026, 11, 24, 9, 30)
    workers, totals, errors = 4, [], []
    barrier = threading.Barrier(workers)

    def run():
        try:
            barrier.wait(timeout=30)
            totals.append(deadlines.sweep(app, limit=15))
            totals.append(deadlines.sweep(app, limit=15))
            totals.append(deadlines.sweep(app, limit=15))
        except BaseException as e:  # noqa: BLE001
            errors.append(e)

    threads = [threading.Thread(target=run) for _ in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors
    assert sum(totals) == 40
    with app.Session() as s:
        keys = list(s.scalars(select(OutboxMessage.idempotency_key)))
        assert len(keys) == len(set(keys)) == 40
        assert set(s.scalars(select(Deadline.reminders_sent))) == {1}


@pytest.mark.postgres
def test_the_sweep_query_can_use_its_index_on_postgresql(pg_app):
    app = pg_app
    with app.engine.connect() as c:
        c.execute(text("SET enable_seqscan = off"))
        sql = str(deadlines.due_query(london(2026, 11, 24, 9)).compile(app.engine,
                                                                        compile_kwargs={"literal_binds": True}))
        plan = "\n".join(r[0] for r in c.execute(text("EXPLAIN " + sql)))
    assert "ix_deadlines_sweep" in plan


@pytest.mark.postgres
def test_simulate_on_postgresql_rolls_everything_back(pg_app):
    app = pg_app
    seed(app, 3)
    days = simulate.run(app.settings, date(2026, 11, 24), 2)
    assert days[0]["counts"] == {"reminder": 3, "digest": 1}
    assert days[1]["counts"] == {"escalation": 3, "digest": 2}
    with app.Session() as s:
        assert s.scalar(select(func.count()).select_from(OutboxMessage)) == 0
        assert set(s.scalars(select(Deadline.reminders_sent))) == {0}


@pytest.mark.postgres
def test_restart_mid_sweep_and_a_failing_row_on_postgresql(pg_app, monkeypatch):
    app = pg_app
    seed(app, 4)
    app.clock.at = london(2026, 11, 24, 9, 30)
    real = deadlines._remind
    calls = {"n": 0}

    def crashing(*a, **kw):
        calls["n"] += 1
        if calls["n"] == 3:
            raise SystemExit("the process dies mid-sweep")
        return real(*a, **kw)

    monkeypatch.setattr(deadlines.engine, "_remind", crashing)
    with pytest.raises(SystemExit):
        deadlines.sweep(app)
    with app.Session() as s:   # the batch was one transaction: nothing of it is left
        assert s.scalar(select(func.count()).select_from(OutboxMessage)) == 0

    def failing(app_, s, req, d, **kw):
        if req.seq == 2:
            raise RuntimeError("template broke")
        return real(app_, s, req, d, **kw)

    monkeypatch.setattr(deadlines.engine, "_remind", failing)
    assert deadlines.sweep(app) == 3
    monkeypatch.setattr(deadlines.engine, "_remind", real)
    assert deadlines.sweep(app) == 0                      # the failed row waits for its retry time
    app.clock.at = london(2026, 11, 24, 9, 46)
    assert deadlines.sweep(app) == 1
    with app.Session() as s:
        keys = list(s.scalars(select(OutboxMessage.idempotency_key)))
        assert len(keys) == len(set(keys)) == 4
