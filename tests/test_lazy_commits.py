"""Intake commits lazily, and nothing depends on a lazy commit before it is on disk (bot/db.py):
a message leaves its inbox only after ``make_durable``, and its mail goes out only after the
sender's durable claim. On SQLite (``synchronous`` NORMAL for intake, FULL for everything else) and
on PostgreSQL (``synchronous_commit`` off for intake's transactions only)."""
from __future__ import annotations

import pytest
from sqlalchemy import event, text

from bot import daemon as daemon_module
from bot import outbox
from bot.app import App
from bot.config import load_settings
from bot.daemon import process_mailbox
from bot.db import LAZY_COMMIT, lazily_durable, make_durable
from bot.demo import SAMPLES, render_sample
from tests.support.postgres import temporary_database


def _setting(s) -> str:
    q = "PRAGMA synchronous" if s.bind.dialect.name == "sqlite" else "SHOW synchronous_commit"
    return str(s.execute(text(q)).scalar())


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def app(request, tmp_config, clock):
    if request.param == "sqlite":
        a = App(load_settings(tmp_config), clock=clock)
        yield a
        a.close()
        return
    import yaml

    with temporary_database("stepbot_lazy") as url:
        dep_file = tmp_config / "deployment.yaml"
        dep = yaml.safe_load(dep_file.read_text())
        dep["database_url"] = url
        dep_file.write_text(yaml.safe_dump(dep))
        a = App(load_settings(tmp_config), clock=clock)
        try:
            yield a
        finally:
            a.close()


def test_only_a_lazily_durable_transaction_skips_the_wait_for_the_disk(app):
    lazy, durable = ("1", "2") if app.engine.dialect.name == "sqlite" else ("off", "on")
    app.engine.pool.dispose()
    for _ in range(2):   # the same pooled connection, lazy then durable then lazy again
        with app.Session.begin() as s:
            assert _setting(s) == durable
        with lazily_durable(app.Session) as s:
            assert _setting(s) == lazy
        with app.Session() as s:       # a session's own transaction: durable
            assert _setting(s) == durable
    with pytest.raises(RuntimeError), lazily_durable(app.Session) as s:
        s.execute(text("CREATE TABLE gone (x INTEGER)"))
        raise RuntimeError("rolled back, as Session.begin() would")
    with app.Session() as s:
        with pytest.raises(Exception):
            s.execute(text("SELECT x FROM gone")).all()
    make_durable(app.engine)           # callable at any time, whatever was committed


def _record_transactions(app, log):
    @event.listens_for(app.engine, "begin")
    def _begin(conn):
        log.append("lazy" if conn.get_execution_options().get(LAZY_COMMIT) else "durable")
    return _begin


def test_a_message_leaves_the_inbox_only_after_its_lazy_commits_are_made_durable(app, monkeypatch):
    box = app.mailbox("knowsley", "mash_step_up")
    for name in ("03_knowsley_step_up_urgent.eml", "04_knowsley_step_down_complete.eml"):
        box.deliver(render_sample(SAMPLES / name, app))
    log: list[str] = []
    real_durable, real_move = make_durable, box.mark_processed

    def durable(engine):
        real_durable(engine)
        log.append("make_durable")     # when it has returned

    def move(backend_id, *, review=False):
        log.append("move")
        real_move(backend_id, review=review)

    monkeypatch.setattr(daemon_module, "make_durable", durable)
    monkeypatch.setattr(box, "mark_processed", move)
    listener = _record_transactions(app, log)
    try:
        res = process_mailbox(app, "knowsley", "mash_step_up", box)
    finally:
        event.remove(app.engine, "begin", listener)
    assert res.new == 2 and res.moved == 2
    # every commit of intake is lazy, and the last thing before any move is make_durable
    before = log[:log.index("make_durable")]
    assert before.count("lazy") >= 4                     # each message's store and decision
    assert before.count("durable") <= (app.engine.dialect.name == "postgresql")   # make_durable's own
    assert log.index("move") > log.index("make_durable")
    assert all(log[i - 1] in ("make_durable", "move") for i, x in enumerate(log) if x == "move")


def test_mail_goes_out_only_after_a_durable_claim(app):
    box = app.mailbox("knowsley", "mash_step_up")
    box.deliver(render_sample(SAMPLES / "03_knowsley_step_up_urgent.eml", app))
    process_mailbox(app, "knowsley", "mash_step_up", box)
    log: list[str] = []
    sends = []

    class Transport:
        def send(self, raw, recipients):
            sends.append(len(log))     # where in the transactions each send came

    for authority in app.settings.deployment.authorities:
        for role in app.settings.deployment.authorities[authority].mailboxes:
            app.set_transport(authority, role, Transport())
    listener = _record_transactions(app, log)
    try:
        assert outbox.deliver_due(app) >= 2
    finally:
        event.remove(app.engine, "begin", listener)
    # the sender's transactions (its claims above all) wait for the disk: flushing a claim flushes
    # every commit before it, the lazily committed decision that queued the mail included
    assert sends and set(log) == {"durable"}


def test_make_durable_flushes_the_sqlite_wal_to_disk(tmp_app, monkeypatch):
    import os

    from bot import db

    with lazily_durable(tmp_app.Session) as s:
        s.execute(text("CREATE TABLE kept (x INTEGER)"))
    flushed = []
    real = os.fsync

    def fsync(fd):
        flushed.append(os.readlink(f"/proc/self/fd/{fd}"))
        real(fd)

    monkeypatch.setattr(db.os, "fsync", fsync)
    make_durable(tmp_app.engine)
    assert any(p.endswith(".db-wal") for p in flushed)
