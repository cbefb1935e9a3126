"""`stepbot run` end to end against a real Dovecot (IMAP IDLE) and a real SMTP server (aiosmtpd):
the acknowledgement of a request APPENDed to the duty inbox reaches SMTP within 5 seconds; a restart
repeats nothing; a Dovecot outage loses nothing; a UIDVALIDITY change is handled; an urgent mail
that arrives while a pass is running (IDLE on, and polling) is alerted in the very next pass, not
at the next mail, the IDLE renewal or the poll after next."""
from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import yaml
from sqlalchemy import func, select

from bot import cli
from bot.app import App
from bot.clock import Clock, FixedClock
from bot.config import load_settings
from bot.daemon import Daemon
from bot.demo import SAMPLES, render_sample
from bot.models import AuditEvent, InboundMessage, MailboxState, OutboxMessage
from bot.workcal import LONDON
from tests.support.dovecot import config_with_dovecot, rewrite_uidvalidity

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=LONDON)
AUTH, ROLE = "torbay", "mash_step_up"

pytestmark = pytest.mark.dovecot


@pytest.fixture
def config(tmp_path, dovecot, smtp) -> Path:
    """A copy of config/ whose Torbay MASH mailbox is the Dovecot account, sending through SMTP."""
    return config_with_dovecot(tmp_path, dovecot, smtp.port, AUTH, ROLE)


def request_mail(app, n: int) -> bytes:
    """The complete Torbay step-up sample, as the n-th distinct message."""
    raw = render_sample(SAMPLES / "01_torbay_step_up_complete.eml", app)
    return raw.replace(b"<demo-01-torbay-stepup@torbay.gov.uk>", f"<daemon-test-{n}@torbay.gov.uk>".encode())


def acks(smtp, n: int | None = None) -> list:
    got = [m for m in smtp.messages if b"X-Stepbot-Ref: TOR-" in m.data]
    return got if n is None else [m for m in got if f"<daemon-test-{n}@torbay.gov.uk>".encode() in m.data]


class TickingClock(Clock):
    """Monday 09:00 in Torbay, moving on in real time (the daemon runs in real time)."""

    def __init__(self, start: datetime = NOW):
        self.start, self.t0 = start, time.monotonic()

    def now(self) -> datetime:
        return (self.start + timedelta(seconds=time.monotonic() - self.t0)).astimezone(timezone.utc)


class Running:
    """A daemon on its own App, as `stepbot run --no-web` runs it, in this process."""

    def __init__(self, config: Path, ingest=None):
        self.app = App(load_settings(config), clock=TickingClock())
        self.daemon = Daemon(self.app, web=False, poll_seconds=2, backoff_initial=0.2, backoff_max=1.0,
                             ingest=ingest)

    def watcher(self):
        return next(w for w in self.daemon.watchers if (w.authority, w.role) == (AUTH, ROLE))

    def __enter__(self):
        self.daemon.start()
        wait_until(lambda: self.state().last_connected_at is not None, 10, "the first pass")
        return self

    def state(self) -> MailboxState:
        with self.app.Session() as s:
            return s.scalar(select(MailboxState).where(MailboxState.authority == AUTH, MailboxState.mailbox == ROLE)) \
                or MailboxState()

    def __exit__(self, *exc):
        self.daemon.stop()
        self.daemon.join()
        self.app.close()


def wait_until(cond, timeout: float, what: str) -> float:
    t0 = time.monotonic()
    while time.monotonic() - t0 < timeout:
        if cond():
            return time.monotonic() - t0
        time.sleep(0.05)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


def inbox_count(dovecot, folder="INBOX") -> int:
    c = dovecot.client()
    try:
        return c.select_folder(folder, readonly=True)[b"EXISTS"]
    finally:
        c.logout()


def test_daemon_idle_ack_reaches_smtp_within_5_seconds_and_restart_repeats_nothing(config, dovecot, smtp):
    with Running(config) as run:
        time.sleep(0.5)                                   # let the watcher settle into IDLE
        t0 = time.monotonic()
        raw1 = request_mail(run.app, 1)
        dovecot.append(raw1)
        wait_until(lambda: acks(smtp, 1), 5, "the acknowledgement")
        assert time.monotonic() - t0 < 5
        [ack] = acks(smtp, 1)
        assert [r.lower() for r in ack.rcpt_tos] == ["becca.stentiford@torbay.gov.uk"]
        assert b"X-Stepbot-Ref: TOR-0001-" in ack.data
        wait_until(lambda: inbox_count(dovecot) == 0, 5, "the move")
        assert inbox_count(dovecot, "Processed") == 1
        wait_until(lambda: inbox_count(dovecot, "Sent") >= 1, 5, "the sent copy")
        sent_before = len(smtp.messages)

    # Restart: nothing is read or sent again, even with the same message put back in the inbox
    # (as if the move had been lost in a crash after the commit).
    dovecot.append(raw1)   # the very bytes again (de-duplication reads the content, Date included)
    with Running(config) as run:
        wait_until(lambda: inbox_count(dovecot) == 0, 5, "the duplicate to be moved")
        time.sleep(1.0)
        with run.app.Session() as s:
            assert s.scalar(select(func.count()).select_from(InboundMessage)) == 1
            assert s.scalar(select(func.count()).select_from(OutboxMessage)
                            .where(OutboxMessage.purpose == "ack")) == 1
    assert len(smtp.messages) == sent_before
    assert len(acks(smtp, 1)) == 1


def test_daemon_dovecot_outage_mid_run_loses_nothing(config, dovecot, smtp):
    with Running(config) as run:
        dovecot.append(request_mail(run.app, 1))
        dovecot.stop()                                     # maybe before, maybe after message 1 was read
        wait_until(lambda: run.state().last_error_at is not None, 10, "the outage to be noticed")
        time.sleep(1.0)
        dovecot.start()
        dovecot.append(request_mail(run.app, 2))
        # Generous: a connection accepted by the dying server can hang until the IMAP timeout (5 s here).
        wait_until(lambda: acks(smtp, 1) and acks(smtp, 2), 45, "both acknowledgements after the outage")
        wait_until(lambda: inbox_count(dovecot) == 0, 5, "the inbox to empty")
        st = run.state()
        assert st.error_count >= 1 and st.last_connected_at >= st.last_error_at
        with run.app.Session() as s:
            actions = [e.action for e in s.scalars(select(AuditEvent).where(AuditEvent.action.like("mailbox_%")))]
        assert "mailbox_unreachable" in actions and "mailbox_reconnected" in actions
    assert len(acks(smtp, 1)) == 1 and len(acks(smtp, 2)) == 1


def test_daemon_handles_a_uidvalidity_change(config, dovecot, smtp):
    with Running(config) as run:
        raw1 = request_mail(run.app, 1)   # the very bytes restored below (its Date is part of the mail)
        dovecot.append(raw1)
        wait_until(lambda: acks(smtp, 1) and inbox_count(dovecot) == 0, 5, "message 1")
        old = run.state().uidvalidity
        raw2 = request_mail(run.app, 2)
    # The mailbox is restored from a backup: the inbox gets a new UIDVALIDITY, and holds message 1
    # again (already handled) next to a new message 2 whose UID is one message 1 once had.
    dovecot.append(raw1)
    dovecot.append(raw2)
    dovecot.stop()
    rewrite_uidvalidity(dovecot, old + 12345)
    dovecot.start()
    with Running(config) as run:
        wait_until(lambda: acks(smtp, 2), 5, "message 2 after the UIDVALIDITY change")
        wait_until(lambda: inbox_count(dovecot) == 0, 5, "the inbox to empty")
        assert run.state().uidvalidity == old + 12345
        with run.app.Session() as s:
            assert s.scalar(select(AuditEvent).where(AuditEvent.action == "mailbox_uidvalidity_changed")) is not None
    assert len(acks(smtp, 1)) == 1 and len(acks(smtp, 2)) == 1


def test_stepbot_run_once_processes_what_waits_and_exits(config, dovecot, smtp):
    app = App(load_settings(config), clock=FixedClock(NOW))
    dovecot.append(request_mail(app, 1))
    app.close()
    assert cli.main(["--config", str(config), "run", "--once"]) == 0
    assert len(acks(smtp, 1)) == 1
    assert inbox_count(dovecot) == 0
    assert cli.main(["--config", str(config), "run", "--once"]) == 0      # nothing twice
    assert len(acks(smtp, 1)) == 1


# -- mail that arrives while a pass is running ----------------------------------------------------

def set_backend(config: Path, **over) -> None:
    dep_file = config / "deployment.yaml"
    dep = yaml.safe_load(dep_file.read_text())
    dep["authorities"][AUTH]["mailboxes"][ROLE]["backend"].update(over)
    dep_file.write_text(yaml.safe_dump(dep))


def urgent_mail(app, n: int) -> bytes:
    """The urgent sample (a child hit with a belt last night), sent to Torbay's MASH inbox."""
    raw = render_sample(SAMPLES / "03_knowsley_step_up_urgent.eml", app)
    raw = raw.replace(b"knowsleymash@knowsley.gov.uk", app.mailbox_config(AUTH, ROLE).address.encode())
    return raw.replace(b"<demo-03-knowsley-urgent@knowsley.gov.uk>", f"<daemon-urgent-{n}@knowsley.gov.uk>".encode())


class PassRecorder:
    """The real intake, noting the watcher's pass number each message was taken in during
    (``Watcher.passes`` counts finished passes), and running ``during`` once inside the first one."""

    def __init__(self, during=None):
        self.during = during
        self.run: Running | None = None
        self.taken_in: dict[bytes, int] = {}

    def __call__(self, app, authority, role, raw, backend_id=None):
        from bot.intake import ingest

        mid = raw.split(b"Message-ID: ", 1)[1].split(b">", 1)[0] + b">"
        self.taken_in.setdefault(mid, self.run.watcher().passes)
        if self.during is not None:
            during, self.during = self.during, None
            during()
        return ingest(app, authority, role, raw, backend_id=backend_id)


def urgent_rows_delivered(run: Running, smtp) -> bool:
    with run.app.Session() as s:
        rows = list(s.scalars(select(OutboxMessage).where(OutboxMessage.priority == 0)))
    sent = b"".join(m.data for m in smtp.messages)
    return any(r.purpose == "alert" for r in rows) and all(r.message_id.encode() in sent for r in rows)


@pytest.mark.parametrize("idle", [True, False], ids=["idle", "polling"])
def test_daemon_alerts_urgent_mail_that_arrived_during_a_pass_in_the_next_pass(config, dovecot, smtp, idle):
    # Polling every 60 s: only looking again after the pass can make this in time.
    set_backend(config, idle=idle, poll_seconds=60)
    arrived = {}

    def urgent_arrives():
        dovecot.append(urgent_mail(run.app, 1))
        arrived["at"], arrived["pass"] = time.monotonic(), run.watcher().passes
        # Dovecot now announces it in the untagged responses to this pass's next commands (FETCH,
        # MOVE), which are discarded; IDLE afterwards reports nothing new.
        time.sleep(1.5)

    setup = App(load_settings(config), clock=FixedClock(NOW))
    dovecot.append(request_mail(setup, 1))                # a routine request waits: the first pass takes it
    setup.close()
    recorder = PassRecorder(urgent_arrives)
    run = recorder.run = Running(config, ingest=recorder)
    with run:
        wait_until(lambda: "at" in arrived, 10, "the pass to start")
        wait_until(lambda: urgent_rows_delivered(run, smtp), 15, "the urgent alert")
        assert time.monotonic() - arrived["at"] < 15
        assert recorder.taken_in[b"<daemon-urgent-1@knowsley.gov.uk>"] == arrived["pass"] + 1
        wait_until(lambda: inbox_count(dovecot) == 0, 5, "the inbox to empty")
        wait_until(lambda: acks(smtp, 1), 10, "the routine acknowledgement")
    assert len(acks(smtp, 1)) == 1


def test_daemon_polling_sees_mail_that_arrived_since_the_last_poll(config, dovecot, smtp):
    """Dovecot shows another session's new mail only after the next command: the poll's SEARCH
    must come after a NOOP, or every poll misses what arrived since the one before."""
    set_backend(config, idle=False, poll_seconds=3)
    recorder = PassRecorder()
    with Running(config, ingest=recorder) as run:
        recorder.run = run
        for n in (1, 2):
            done = run.watcher().passes
            wait_until(lambda: run.watcher().passes > done, 10, "a poll to finish")
            time.sleep(0.5)                               # the watcher sleeps until its next poll
            polls_before = run.watcher().passes
            dovecot.append(request_mail(run.app, n))
            wait_until(lambda: acks(smtp, n), 10, f"the acknowledgement of message {n}")
            assert recorder.taken_in[f"<daemon-test-{n}@torbay.gov.uk>".encode()] == polls_before
