"""The SMTP acceptance is committed in the same breath as the server gives it (issue 14), against a
real SMTP server (aiosmtpd) and SQLite:

- the outbox takes the row (and the database's write lock) *before* the message's last line goes,
  so a ``kill -9`` while the sender waits for the database leaves the server with nothing, and the
  message goes once, after the lease;
- a row another process has taken over is never finished: the connection is dropped before the
  final line, and the server discards what it had;
- a server that refuses the message at the final line leaves the row to be retried.
"""
from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import update

from bot import outbox
from bot.app import App
from bot.clock import FixedClock
from bot.mail import build_message
from bot.models import OutboxMessage
from tests.support.dovecot import make_settings

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)
AUTH, ROLE = "knowsley", "mash_step_up"
MAILDIR = {"type": "maildir"}


def smtp_app(tmp_path, smtp, clock=NOW) -> App:
    outgoing = {"type": "smtp", "smtp": {"host": "127.0.0.1", "port": smtp.port, "security": "none"}}
    backend = dict(MAILDIR, path=str(tmp_path / "mail"))
    return App(make_settings(tmp_path, {ROLE: backend}, outgoing=outgoing), clock=FixedClock(clock))


def queue_one(app) -> int:
    with app.Session.begin() as s:
        row = outbox.enqueue(s, app, key="acceptance:ack-1", authority=AUTH, mailbox=ROLE, purpose="ack",
                             to=["worker@partner.example.org"],
                             msg=build_message(subject="Acknowledgement 1", text="We have your request."))
        s.flush()
        return row.id


def state(app, oid) -> tuple[str, int]:
    with app.Session() as s:
        r = s.get(OutboxMessage, oid)
        return r.state, r.attempts


def sender(patch: str) -> str:
    """A child process that queues nothing and sends what is queued, after ``patch`` (Python that
    sees ``args`` and ``tmp``) replaced part of the send path."""
    return ("import json, os, signal, sys, time\nfrom pathlib import Path\nfrom datetime import datetime\n"
            "from bot import outbox\nfrom tests.test_outbox_acceptance import smtp_app\n"
            "args = json.loads(sys.argv[1])\ntmp = Path(args['tmp'])\n"
            + patch +
            "\nclass Port:\n    port = args['port']\n"
            "app = smtp_app(tmp, Port, datetime.fromisoformat(args['now']))\n"
            "outbox.deliver_due(app)\nprint('not killed')\n")


# Once connected to SMTP it waits for the test to lock the database, then goes on (and blocks in
# the outbox's acceptance, with the whole message but its last line sent).
CHILD = sender(r"""
from bot.mailbox import smtp as smtp_module
real_connect = smtp_module.SmtpTransport._connect

def connect_then_wait(self):
    conn = real_connect(self)
    (tmp / "connected").touch()
    while not (tmp / "locked").exists():
        time.sleep(0.01)
    return conn

smtp_module.SmtpTransport._connect = connect_then_wait
""")


def test_a_kill_while_waiting_for_the_database_leaves_the_server_with_nothing(tmp_path, smtp):
    app = smtp_app(tmp_path, smtp)
    oid = queue_one(app)
    app.close()
    args = {"tmp": str(tmp_path), "port": smtp.port, "now": NOW.isoformat()}
    child = subprocess.Popen([sys.executable, "-c", CHILD, json.dumps(args)], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        while not (tmp_path / "connected").exists():
            assert child.poll() is None and time.monotonic() < deadline, child.stdout.read().decode()
            time.sleep(0.01)
        other = sqlite3.connect(tmp_path / "stepbot.db", isolation_level=None)
        other.execute("BEGIN IMMEDIATE")           # another writer holds the database
        (tmp_path / "locked").touch()
        time.sleep(1.5)                             # the sender sends the body, then waits for the lock
        assert child.poll() is None
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        other.execute("ROLLBACK")
        other.close()
    finally:
        if child.poll() is None:
            child.kill()
    time.sleep(0.5)
    assert smtp.messages == [], "the server had the message before the database recorded it"

    later = smtp_app(tmp_path, smtp, NOW + timedelta(minutes=5))   # after the lease ran out
    try:
        assert state(later, oid) == ("sending", 1)
        assert outbox.deliver_due(later) == 1
        assert state(later, oid) == ("sent", 2)
        later.clock.advance(hours=2)
        assert outbox.deliver_due(later) == 0
    finally:
        later.close()
    assert len(smtp.wait_for(1)) == 1


def test_a_row_taken_over_by_another_process_is_never_finished(tmp_path, smtp):
    app = smtp_app(tmp_path, smtp)
    try:
        oid = queue_one(app)
        claim = outbox.claim_next(app)
        with app.Session.begin() as s:             # its lease ran out and another process took it
            s.execute(update(OutboxMessage).where(OutboxMessage.id == oid)
                      .values(state="checking", attempts=OutboxMessage.attempts + 1))
        outcome = outbox._send(app, claim)
        assert outcome.error and "LeaseLost" in outcome.error and not outcome.recorded
        assert state(app, oid) == ("checking", 2)  # left to the process that holds it
    finally:
        app.close()
    time.sleep(0.5)
    assert smtp.messages == []


def test_a_refusal_at_the_final_line_leaves_the_row_to_be_retried(tmp_path, smtp):
    smtp.handler.fail_next = 1       # 451 at the final line
    app = smtp_app(tmp_path, smtp)
    try:
        oid = queue_one(app)
        assert outbox.deliver_due(app) == 0
        assert state(app, oid) == ("pending", 1)
        app.clock.advance(minutes=5)
        assert outbox.deliver_due(app) == 1
        assert state(app, oid) == ("sent", 2)
    finally:
        app.close()
    assert len(smtp.wait_for(1)) == 1


# Killed the moment the server's 250 is noted, before the database commit.
KILLED_AFTER_THE_REPLY = sender(r"""
from bot.acceptances import AcceptanceLog
real = AcceptanceLog.record

def record_then_die(self, message_id):
    real(self, message_id)
    os.kill(os.getpid(), signal.SIGKILL)

AcceptanceLog.record = record_then_die
""")


def test_a_kill_between_the_servers_reply_and_the_commit_sends_nothing_again(tmp_path, smtp):
    app = smtp_app(tmp_path, smtp)
    oid = queue_one(app)
    app.close()
    args = {"tmp": str(tmp_path), "port": smtp.port, "now": NOW.isoformat()}
    child = subprocess.run([sys.executable, "-c", KILLED_AFTER_THE_REPLY, json.dumps(args)], cwd=ROOT,
                           capture_output=True, timeout=60)
    assert child.returncode == -signal.SIGKILL, child.stdout + child.stderr
    assert len(smtp.wait_for(1)) == 1                       # the server has it

    later = smtp_app(tmp_path, smtp, NOW + timedelta(minutes=5))   # after the lease ran out
    try:
        assert state(later, oid) == ("sending", 1)          # the database never heard
        assert outbox.deliver_due(later) == 1               # found in the acceptance log: recorded, not sent
        assert state(later, oid) == ("sent", 2)
        later.clock.advance(hours=2)
        assert outbox.deliver_due(later) == 0
    finally:
        later.close()
    time.sleep(0.5)
    assert len(smtp.messages) == 1, "the message went out twice"


def test_the_acceptance_log_remembers_message_ids_and_forgets_old_ones(tmp_path, monkeypatch):
    from bot import acceptances

    log = acceptances.AcceptanceLog(tmp_path / "state" / "outbox-accepted.log")
    assert not log.contains("<a@x>")
    log.record("<a@x>")
    log.record("<ab@x>")
    assert log.contains("<a@x>") and log.contains("<ab@x>") and not log.contains("<b@x>")
    assert not log.contains("<a@x") and not log.contains("a@x>")
    monkeypatch.setattr(acceptances, "MAX_BYTES", 10)
    monkeypatch.setattr(acceptances.time, "time", lambda: 10**10)   # far in the future: both are old
    log.record("<c@x>")
    log.prune()
    assert log.contains("<c@x>") and not log.contains("<a@x>")


def test_a_database_restored_from_before_a_send_does_not_send_it_again(tmp_path, smtp):
    """docs/operations.md: restore a backup taken before a message went out, keep the acceptance
    log, start again: the message is recorded as sent, not sent twice."""
    import shutil

    app = smtp_app(tmp_path, smtp)
    try:
        oid = queue_one(app)
        app.engine.dispose()
        shutil.copy(tmp_path / "stepbot.db", tmp_path / "backup.db")      # the nightly backup
        assert outbox.deliver_due(app) == 1
    finally:
        app.close()
    assert len(smtp.wait_for(1)) == 1
    shutil.copy(tmp_path / "backup.db", tmp_path / "stepbot.db")          # restored
    for extra in ("stepbot.db-wal", "stepbot.db-shm"):
        (tmp_path / extra).unlink(missing_ok=True)
    restored = smtp_app(tmp_path, smtp, NOW + timedelta(minutes=5))
    try:
        assert state(restored, oid) == ("pending", 0)
        outbox.deliver_due(restored)
        assert state(restored, oid)[0] == "sent"
    finally:
        restored.close()
    time.sleep(0.5)
    assert len(smtp.messages) == 1, "the restored database sent it again"
