"""kill -9 mid-send, as a real process: `stepbot run` is sending a queue of urgent alerts and routine
mail through a real SMTP server that stalls on the second message; the process is killed with
SIGKILL while it waits for the server's reply, and started again. Every urgent alert reaches SMTP
within 60 s of the restart (the stranded one once its lease has run out, the rest at once, before
any routine mail), and no message reaches SMTP twice."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from email import message_from_bytes
from pathlib import Path

import pytest
import yaml
from sqlalchemy import select

from bot import outbox
from bot.app import App
from bot.config import load_settings
from bot.mail import build_message
from bot.models import OutboxMessage
from tests.support.daemon_process import start, stop
from tests.support.dovecot import free_port

ROOT = Path(__file__).resolve().parent.parent
AUTH, ROLE = "torbay", "mash_step_up"
URGENT, ROUTINE = 5, 30


@pytest.fixture
def config(tmp_path, smtp) -> Path:
    cfg = tmp_path / "config"
    shutil.copytree(ROOT / "config", cfg)
    dep_file = cfg / "deployment.yaml"
    dep = yaml.safe_load(dep_file.read_text())
    dep["database_url"] = f"sqlite:///{tmp_path / 'stepbot.db'}"
    dep["outgoing"] = {"type": "smtp", "smtp": {"host": "127.0.0.1", "port": smtp.port, "security": "none"}}
    dep["web"]["port"] = free_port()
    dep_file.write_text(yaml.safe_dump(dep))
    return cfg


def queue_mail(config: Path) -> None:
    app = App(load_settings(config))
    try:
        with app.Session.begin() as s:
            for n in range(URGENT):
                outbox.enqueue(s, app, key=f"crash-test:urgent-{n}", authority=AUTH, mailbox=ROLE, purpose="alert",
                               to=["mash.duty@torbay.gov.uk"], priority=outbox.PRIORITY_URGENT,
                               msg=build_message(subject=f"urgent {n}", text="urgent"))
            for n in range(ROUTINE):
                outbox.enqueue(s, app, key=f"crash-test:routine-{n}", authority=AUTH, mailbox=ROLE,
                               purpose="reminder", to=["someone@torbay.gov.uk"],
                               msg=build_message(subject=f"routine {n}", text="routine"))
    finally:
        app.close()


def received(smtp) -> list[str]:
    """Subjects of the test's messages that SMTP accepted, in order (one entry per delivery)."""
    subjects = (str(message_from_bytes(m.data)["Subject"]) for m in list(smtp.messages))
    return [s for s in subjects if s.startswith(("urgent ", "routine "))]


def wait_until(cond, timeout: float, what: str, proc: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if cond():
            return
        assert proc.poll() is None, f"stepbot run exited ({proc.returncode}):\n{log.read_text()[-3000:]}"
        time.sleep(0.1)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}:\n{log.read_text()[-3000:]}")


def test_kill_9_mid_send_delays_urgent_mail_by_at_most_the_lease_and_sends_nothing_twice(config, smtp, tmp_path):
    queue_mail(config)
    log = tmp_path / "stepbot.log"
    smtp.handler.hold_after = 1               # "urgent 0" goes out; the server stalls on the next one
    first = start(config, log)
    try:
        wait_until(smtp.handler.holding.is_set, 60, "the daemon to be stuck mid-send", first, log)
        assert received(smtp) == ["urgent 0"]
        os.kill(first.pid, signal.SIGKILL)
        first.wait(10)
    finally:
        stop(first)
    smtp.handler.release.set()                # the dead sender's connection is refused, never accepted

    restarted_at = time.monotonic()
    second = start(config, log)
    try:
        urgent = {f"urgent {n}" for n in range(URGENT)}
        wait_until(lambda: urgent <= set(received(smtp)), 60, "every urgent alert", second, log)
        assert time.monotonic() - restarted_at < 60
        # The urgent alerts that were not mid-send went before any routine mail.
        after_restart = received(smtp)[1:]
        assert after_restart[:URGENT - 2] == [f"urgent {n}" for n in range(2, URGENT)]
        wait_until(lambda: len(set(received(smtp))) == URGENT + ROUTINE, 30, "the routine mail", second, log)
        time.sleep(2)                         # anything sent twice would show up now
    finally:
        stop(second)
    got = received(smtp)
    assert len(got) == URGENT + ROUTINE and len(set(got)) == URGENT + ROUTINE
    app = App(load_settings(config), migrate=False)
    try:
        with app.Session() as s:
            rows = list(s.scalars(select(OutboxMessage).where(OutboxMessage.idempotency_key.like("crash-test:%"))))
        assert {r.state for r in rows} == {"sent"} and len(rows) == URGENT + ROUTINE
        stranded = next(r for r in rows if r.subject == "urgent 1")
        assert stranded.attempts == 2         # the killed claim, then the one after its lease ran out
    finally:
        app.close()
