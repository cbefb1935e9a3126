"""A new SQLite database for a test, migrated once per test process.

Most tests build an App on a fresh SQLite file, and every App brings its schema to the newest
migration (bot.db.upgrade): some 0.3 s of Alembic a time, a minute and more of a suite. The first
new database of a process is migrated for real and kept as a template; each later brand-new SQLite
database (no tables yet) is a copy of it, made with SQLite's own backup. A database with tables,
or any other dialect, is left to the real upgrade. The migrations themselves are tested by tests/test_migrations*.
"""
from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from sqlalchemy.engine import Engine

from bot import db

_real_upgrade = db.upgrade
_template: list[Path] = []


def _brand_new(engine: Engine) -> bool:
    with engine.connect() as c:
        return c.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE type = 'table'").scalar() == 0


def upgrade(engine_or_url) -> None:
    if not isinstance(engine_or_url, Engine) or engine_or_url.dialect.name != "sqlite" or \
            engine_or_url.url.database in (None, "", ":memory:") or not _brand_new(engine_or_url):
        return _real_upgrade(engine_or_url)
    if not _template:
        _real_upgrade(engine_or_url)
        path = Path(tempfile.mkdtemp(prefix="stepbot-schema-")) / "template.db"
        with sqlite3.connect(engine_or_url.url.database) as src, sqlite3.connect(path) as dst:
            src.backup(dst)
        _template.append(path)
        return None
    raw = engine_or_url.raw_connection()
    try:
        with sqlite3.connect(_template[0]) as src:
            src.backup(raw.driver_connection)
    finally:
        raw.close()
    return None  # the template is at head: made by the real upgrade in this process
