"""Engine, sessions and migrations. One transaction per decision: use ``session_scope``."""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def make_engine(url: str) -> Engine:
    kw = {}
    if url.startswith("sqlite"):
        kw["connect_args"] = {"timeout": 30}
    engine = create_engine(url, future=True, pool_pre_ping=not url.startswith("sqlite"), **kw)
    if url.startswith("sqlite"):
        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()
            # pysqlite would otherwise only BEGIN before DML, so a SAVEPOINT opened first (a booking
            # or outbox insert in session.begin_nested()) ran outside a transaction and its RELEASE
            # committed at once. Let SQLAlchemy emit BEGIN itself (SQLAlchemy's pysqlite recipe).
            dbapi_conn.isolation_level = None

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn):
            # IMMEDIATE takes the write lock at BEGIN: a transaction that reads and then writes can
            # otherwise fail at once with "database is locked" (a stale WAL snapshot, which
            # busy_timeout cannot wait out) when another thread of the daemon wrote meanwhile.
            conn.exec_driver_sql("BEGIN IMMEDIATE")
    return engine


def alembic_config(url: str):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def upgrade(engine_or_url) -> None:
    """Bring the schema to the newest migration (idempotent)."""
    from alembic import command

    if isinstance(engine_or_url, Engine):
        cfg = alembic_config(engine_or_url.url.render_as_string(hide_password=False))
        with engine_or_url.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    else:
        command.upgrade(alembic_config(engine_or_url), "head")


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False, future=True)


@contextmanager
def session_scope(factory: sessionmaker[Session]):
    """One transaction: commit on success, roll back on any error."""
    s = factory()
    try:
        yield s
        s.commit()
    except BaseException:
        s.rollback()
        raise
    finally:
        s.close()
