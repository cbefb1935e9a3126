"""Pooled PostgreSQL connections are checked before use only after lying idle (bot/db.py): a
connection the server dropped while it was idle is replaced unseen; one in use a moment ago is not
checked (a round trip per transaction, several per message of a backlog), so if the server drops
it in that moment its next transaction fails once, and the pool then connects afresh."""
from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from bot import db
from tests.support.postgres import temporary_database

pytestmark = pytest.mark.postgres


@pytest.fixture
def engines():
    with temporary_database("stepbot_ping") as url:
        engine = db.make_engine(url)
        admin = create_engine(url, isolation_level="AUTOCOMMIT")
        try:
            yield engine, admin
        finally:
            engine.dispose()
            admin.dispose()


def _pid(engine) -> int:
    with engine.connect() as c:
        return c.execute(text("SELECT pg_backend_pid()")).scalar()


def _drop(admin, pid: int) -> None:
    with admin.connect() as c:
        assert c.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid}).scalar()


def test_a_connection_dropped_while_idle_is_replaced_unseen(engines, monkeypatch):
    engine, admin = engines
    first = _pid(engine)
    _drop(admin, first)
    monkeypatch.setattr(db, "IDLE_PING_SECONDS", 0.0)   # it has lain idle long enough to be checked
    assert _pid(engine) != first                         # no error: checked, dropped, connected again


def test_a_connection_in_use_a_moment_ago_is_not_checked_and_the_pool_recovers(engines):
    engine, admin = engines
    first = _pid(engine)
    _drop(admin, first)
    with pytest.raises(DBAPIError) as e:                 # not checked: its next transaction fails once
        _pid(engine)
    assert e.value.connection_invalidated
    assert _pid(engine) != first                         # and the pool has connected afresh
