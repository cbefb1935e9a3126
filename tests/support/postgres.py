"""A fresh PostgreSQL database per test, on the local server (127.0.0.1:5432, trust auth)."""
from __future__ import annotations

import uuid
from contextlib import contextmanager

from sqlalchemy import create_engine, text

from tests.support.requires import require

SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432/"
PG_ADMIN = SERVER + "test"


def available() -> bool:
    try:
        eng = create_engine(PG_ADMIN)
        with eng.connect() as c:
            c.execute(text("select 1"))
        eng.dispose()
        return True
    except Exception:  # noqa: BLE001 - any failure means "not there"
        return False


@contextmanager
def temporary_database(prefix: str = "stepbot"):
    """Create an empty database, yield its URL, drop it afterwards (fails under CI=true if no server)."""
    require(available(), "PostgreSQL on 127.0.0.1:5432",
            "apt-get install postgresql, or start it: pg_ctlcluster --skip-systemctl-redirect "
            "$(ls /etc/postgresql) main start")
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield SERVER + name
    finally:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
