"""Engine, sessions and migrations. One transaction per decision: use ``session_scope``.

Durable at once, or durable before it matters (``lazily_durable``, ``make_durable``). A commit
survives this process being killed at any moment, whatever the setting: SQLite has written it to
the WAL file (the kernel holds it), PostgreSQL's server has it. Waiting at every commit until the
disk has it too (SQLite's ``synchronous=FULL``, PostgreSQL's ``synchronous_commit=on``: an fsync)
only matters if the machine itself stops in the next moments, and for intake's commits it matters
at two points only, both of which make every commit before them durable first:

* a message leaves its inbox only after ``make_durable`` (``bot.daemon._Mover``), so a decision lost
  with the machine's power leaves its message in the inbox, to be read again;
* nothing is sent before the sender's claim of its row commits, and that commit is durable (the
  sender's transactions are ordinary ones): SQLite's WAL and PostgreSQL's WAL are written in commit
  order, so flushing the claim flushes every commit before it, the decision that queued the mail
  included. A decision lost with the power has sent nothing.

So intake commits lazily (``lazily_durable``: SQLite ``synchronous=NORMAL`` in WAL mode, PostgreSQL
``synchronous_commit=off`` for that transaction; the database stays consistent either way) and
``make_durable`` flushes once per batch of moved messages. Everything else commits durably.
"""
from __future__ import annotations

import os
import time
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, event, exc
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
LAZY_COMMIT = "stepbot_lazy_commit"   # an execution option: see ``lazily_durable``


def make_engine(url: str) -> Engine:
    kw = {}
    if url.startswith("sqlite"):
        kw["connect_args"] = {"timeout": 30}
    engine = create_engine(url, future=True, **kw)
    if not url.startswith("sqlite"):
        _ping_when_idle(engine)
    if url.startswith("sqlite"):
        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, record):
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.execute("PRAGMA synchronous=FULL")
            cur.close()
            record.info["synchronous"] = "FULL"
            # pysqlite would otherwise only BEGIN before DML, so a SAVEPOINT opened first (a booking
            # or outbox insert in session.begin_nested()) ran outside a transaction and its RELEASE
            # committed at once. Let SQLAlchemy emit BEGIN itself (SQLAlchemy's pysqlite recipe).
            dbapi_conn.isolation_level = None

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn):
            # FULL: the commit waits for the disk; NORMAL (a lazily durable transaction) does not.
            # Set per transaction, before it begins (SQLite takes it per connection).
            want = "NORMAL" if conn.get_execution_options().get(LAZY_COMMIT) else "FULL"
            info = conn.connection.info
            if info.get("synchronous") != want:
                conn.exec_driver_sql(f"PRAGMA synchronous={want}")
                info["synchronous"] = want
            # IMMEDIATE takes the write lock at BEGIN: a transaction that reads and then writes can
            # otherwise fail at once with "database is locked" (a stale WAL snapshot, which
            # busy_timeout cannot wait out) when another thread of the daemon wrote meanwhile.
            conn.exec_driver_sql("BEGIN IMMEDIATE")
    elif engine.dialect.name == "postgresql":
        @event.listens_for(engine, "begin")
        def _pg_begin(conn):
            if conn.get_execution_options().get(LAZY_COMMIT):
                conn.exec_driver_sql("SET LOCAL synchronous_commit TO OFF")
    return engine


def insert_or_nothing(session: Session, model, index_elements):
    """``INSERT … ON CONFLICT (index_elements) DO NOTHING`` for ``model`` in the session's dialect
    (SQLAlchemy's PostgreSQL and SQLite inserts; not ``INSERT OR IGNORE``, which would also swallow
    a broken row): the unique constraint decides, a conflicting row is simply not inserted."""
    dialect = session.bind.dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    elif dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert
    else:  # pragma: no cover - stepbot runs on SQLite and PostgreSQL only
        raise RuntimeError(f"no INSERT … ON CONFLICT for {dialect}")
    return insert(model).on_conflict_do_nothing(index_elements=index_elements)


IDLE_PING_SECONDS = 10.0


def _ping_when_idle(engine: Engine) -> None:
    """A pooled connection that has lain unused for IDLE_PING_SECONDS is checked (``SELECT 1``)
    before it is handed out, and replaced if the server has dropped it (a restart, a network
    timeout): what ``pool_pre_ping`` does, but not for a connection that was in use a moment ago,
    which it would check at every transaction (a round trip each, several per message of a
    backlog). A connection that dies while in use fails its transaction; intake tries again
    (``bot.intake._retrying``) and SQLAlchemy then replaces every connection of the pool."""
    @event.listens_for(engine, "checkin")
    def _checked_in(_dbapi_conn, record):
        record.info["checked_in_at"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _checked_out(dbapi_conn, record, _proxy):
        since = record.info.get("checked_in_at")
        if since is None or time.monotonic() - since < IDLE_PING_SECONDS:
            return   # just connected, or in use a moment ago
        try:
            cur = dbapi_conn.cursor()
            try:
                cur.execute("SELECT 1")
            finally:
                cur.close()
            dbapi_conn.rollback()
        except Exception as e:  # noqa: BLE001 - any failure: the pool drops it and connects again
            raise exc.DisconnectionError(f"a pooled connection was dropped: {type(e).__name__}") from e


@contextmanager
def lazily_durable(factory: sessionmaker[Session]):
    """One transaction (committed on success, rolled back on an error, as ``factory.begin()``)
    whose commit does not wait for the disk: it survives this process being killed at any
    moment, and reaches the disk at the next durable commit or ``make_durable`` (module
    docstring). For intake's commits, whose messages leave the inbox only after ``make_durable``."""
    with factory() as s, s.begin():
        s.connection(execution_options={LAZY_COMMIT: True})
        yield s


def make_durable(engine: Engine) -> None:
    """Every transaction committed so far, lazily or not, is on disk when this returns: SQLite's
    WAL file is flushed (what a FULL commit does; the rows a checkpoint has moved into the database
    file were flushed there before the WAL could be reused); on PostgreSQL a transaction that has a
    transaction id commits durably, and with it all of the write-ahead log before its commit."""
    if engine.dialect.name == "sqlite":
        path = engine.url.database
        if not path or path == ":memory:" or path.startswith("file:"):
            return
        for name in (f"{path}-wal", path):   # the WAL, and the file itself should WAL be unavailable
            try:
                fd = os.open(name, os.O_RDONLY)
            except FileNotFoundError:
                continue
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
    elif engine.dialect.name == "postgresql":
        with engine.begin() as c:
            c.exec_driver_sql("SELECT txid_current()")


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
    """Sessions whose audit events are written together, once a transaction (``bot.audit``)."""
    from bot.audit import AuditedSession

    return sessionmaker(engine, class_=AuditedSession, expire_on_commit=False, future=True)


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
