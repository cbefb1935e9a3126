"""The schema comes from Alembic migrations, from empty, on SQLite and on PostgreSQL."""
from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from bot.db import make_engine, upgrade
from bot.models import Base
from tests.support.postgres import temporary_database



def _assert_matches_models(engine):
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == [], f"models and migrations differ: {diff}"
    names = set(inspect(engine).get_table_names())
    assert set(Base.metadata.tables) <= names


def test_migrate_from_empty_on_sqlite(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    upgrade(engine)
    upgrade(engine)  # idempotent
    _assert_matches_models(engine)


@pytest.fixture
def pg_database():
    with temporary_database("stepbot_mig") as url:
        yield url


def test_migrate_from_empty_on_postgresql(pg_database):
    engine = make_engine(pg_database)
    upgrade(engine)
    upgrade(engine)
    _assert_matches_models(engine)
    engine.dispose()
