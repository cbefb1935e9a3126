"""The daemon's parts without a mail server: one pass over a mailbox (bad messages, system
errors), the watcher's reconnect with backoff, `stepbot run --once`, the scheduler and web seams,
clean stop, and `stepbot status`."""
from __future__ import annotations

import time

import httpx
import pytest
import yaml
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from bot import cli, health
from bot.app import App
from bot.config import load_settings
from bot import daemon as daemon_module
from bot.daemon import Daemon, Watcher, process_mailbox
from bot.demo import SAMPLES, render_sample
from bot.intake import IngestResult
from bot.mailbox.base import Incoming, MailboxError
from bot.models import AuditEvent, InboundMessage, MailboxState
from tests.conftest import outbox_messages, reference_of
from tests.support.dovecot import free_port


def sample(app, name="01_torbay_step_up_complete.eml") -> bytes:
    return render_sample(SAMPLES / name, app)


def numbered(n: int) -> bytes:
    return f"From: a@partner.example.org\r\nMessage-ID: <n{n}@x>\r\nSubject: m{n}\r\n\r\nbody\r\n".encode()


class FakeIngest:
    """Stands in for bot.intake.ingest: message bodies listed in ``bad`` raise."""

    def __init__(self, bad=(), error=ValueError):
        self.bad, self.error, self.calls = set(bad), error, []

    def __call__(self, app, authority, role, raw, backend_id=None):
        self.calls.append(backend_id)
        if any(b in raw for b in self.bad):
            raise self.error("boom")
        return IngestResult(len(self.calls), False, f"SB-{authority}-{len(self.calls)}", "step_up", False)


def test_daemon_pass_moves_each_message_and_sends_a_bad_one_to_review(tmp_app):
    box = tmp_app.mailbox("torbay", "mash_step_up")
    for n in (1, 2, 3):
        box.deliver(numbered(n))
    ingest = FakeIngest(bad=[b"<n2@x>"])
    res = process_mailbox(tmp_app, "torbay", "mash_step_up", box, ingest=ingest)
    assert (res.fetched, res.new, res.failed, res.moved) == (3, 2, 1, 3)
    assert len(ingest.calls) == 4                               # the bad one was tried twice
    assert list(box.fetch_new()) == []                          # nothing blocks the inbox
    review = box.md.get_folder("Needs review")
    assert [m["Message-ID"] for m in review] == ["<n2@x>"]      # kept, in the mailbox
    assert len(box.md.get_folder("Processed")) == 2
    with tmp_app.Session() as s:
        st = s.scalar(select(MailboxState).where(MailboxState.mailbox == "mash_step_up",
                                                 MailboxState.authority == "torbay"))
    assert st.error_count == 1 and "ValueError" in st.last_error


@pytest.mark.parametrize("error", [MailboxError, OSError])
def test_daemon_pass_stops_on_a_system_error_and_moves_nothing_more(tmp_app, error):
    box = tmp_app.mailbox("torbay", "mash_step_up")
    for n in (1, 2):
        box.deliver(numbered(n))
    with pytest.raises(error):
        process_mailbox(tmp_app, "torbay", "mash_step_up", box, ingest=FakeIngest(bad=[b"<n1@x>"], error=error))
    assert len(list(box.fetch_new())) == 2


def test_daemon_pass_treats_a_database_outage_as_a_system_error(tmp_app):
    box = tmp_app.mailbox("torbay", "mash_step_up")
    box.deliver(numbered(1))

    def ingest(*a, **kw):
        raise OperationalError("INSERT", {}, Exception("database is locked"))

    with pytest.raises(OperationalError):
        process_mailbox(tmp_app, "torbay", "mash_step_up", box, ingest=ingest)
    assert len(list(box.fetch_new())) == 1


def test_daemon_pass_with_the_real_intake_is_idempotent(tmp_app):
    box = tmp_app.mailbox("torbay", "mash_step_up")
    raw = sample(tmp_app)
    box.deliver(raw)
    first = process_mailbox(tmp_app, "torbay", "mash_step_up", box)
    assert first.references == [reference_of(tmp_app, "torbay", 1)]
    box.deliver(raw)                                            # the same message again
    second = process_mailbox(tmp_app, "torbay", "mash_step_up", box)
    assert (second.new, second.duplicates) == (0, 1)
    with tmp_app.Session() as s:
        assert len(list(s.scalars(select(InboundMessage)))) == 1


class BatchRecorder:
    """A Maildir inbox that also moves a batch in one call, and records each batch."""

    def __init__(self, box):
        self.box, self.batches = box, []

    def fetch_new(self):
        return self.box.fetch_new()

    def mark_processed(self, backend_id, *, review=False):
        self.box.mark_processed(backend_id, review=review)

    def mark_processed_many(self, backend_ids, *, review=False):
        self.batches.append((len(backend_ids), review))
        for backend_id in backend_ids:
            self.box.mark_processed(backend_id, review=review)


def test_committed_messages_leave_the_inbox_a_batch_at_a_time(tmp_app, monkeypatch):
    monkeypatch.setattr(daemon_module, "MOVE_BATCH", 2)
    box = tmp_app.mailbox("torbay", "mash_step_up")
    for n in range(1, 6):
        box.deliver(numbered(n))
    rec = BatchRecorder(box)
    res = process_mailbox(tmp_app, "torbay", "mash_step_up", rec, ingest=FakeIngest(bad=[b"<n3@x>"]))
    # n3 fails twice and goes to review with the batch it falls in; the last one moves at the pass's end
    assert rec.batches == [(2, False), (1, False), (1, True), (1, False)]
    assert (res.fetched, res.new, res.failed, res.moved) == (5, 4, 1, 5)
    assert list(box.fetch_new()) == []


def test_a_stop_before_the_batch_moves_leaves_the_message_to_be_read_again(tmp_app):
    box = tmp_app.mailbox("torbay", "mash_step_up")
    raw = sample(tmp_app)
    box.deliver(raw)
    box.deliver(numbered(2))
    from bot.intake import ingest as real_ingest

    def ingest(app, authority, role, raw, backend_id=None):
        if b"<n2@x>" in raw:
            raise OSError("disk gone")             # a system error: the pass stops at once
        return real_ingest(app, authority, role, raw, backend_id=backend_id)

    with pytest.raises(OSError):
        process_mailbox(tmp_app, "torbay", "mash_step_up", box, ingest=ingest)
    assert len(list(box.fetch_new())) == 2         # committed, but its batch never moved: still there
    again = process_mailbox(tmp_app, "torbay", "mash_step_up", box)
    assert (again.new, again.duplicates, again.moved) == (1, 1, 2)
    assert list(box.fetch_new()) == []
    with tmp_app.Session() as s:
        assert len(list(s.scalars(select(InboundMessage)))) == 2


class FlakyBackend:
    """Fails to connect ``failures`` times, then serves one message."""

    def __init__(self, failures: int):
        self.failures, self.closed, self.moved = failures, 0, []

    def fetch_new(self):
        if self.failures:
            self.failures -= 1
            raise MailboxError("connection refused")
        if not self.moved:
            yield Incoming("k1", numbered(1))

    def mark_processed(self, backend_id, *, review=False):
        self.moved.append((backend_id, review))

    def close(self):
        self.closed += 1


def test_daemon_watcher_reconnects_with_capped_exponential_backoff(tmp_app, monkeypatch):
    backend = FlakyBackend(failures=4)
    monkeypatch.setattr(tmp_app, "mailbox", lambda a, r: backend)
    d = Daemon(tmp_app, web=False, scheduler=False, ingest=FakeIngest(), backoff_initial=0.01, backoff_max=0.04,
               poll_seconds=0.05, deliver=lambda app: 0)
    waits = []
    real_wait = d.stop_event.wait
    monkeypatch.setattr(d.stop_event, "wait", lambda t=None: (waits.append(t), real_wait(t))[1])
    w = Watcher(d, "torbay", "mash_step_up")
    w.start()
    deadline = time.monotonic() + 5
    while not backend.moved and time.monotonic() < deadline:
        time.sleep(0.01)
    d.stop()
    w.join(5)
    assert backend.moved == [("k1", False)]
    assert waits[:4] == [0.01, 0.02, 0.04, 0.04]                # doubling, capped
    assert backend.closed == 4
    with tmp_app.Session() as s:
        st = s.scalar(select(MailboxState).where(MailboxState.authority == "torbay",
                                                 MailboxState.mailbox == "mash_step_up"))
        actions = [e.action for e in s.scalars(select(AuditEvent).where(AuditEvent.action.like("mailbox_%")))]
    assert st.error_count == 4 and st.last_connected_at is not None
    assert actions.count("mailbox_unreachable") == 1 and actions.count("mailbox_reconnected") == 1


def test_stepbot_run_once_processes_every_mailbox_and_delivers(tmp_config, tmp_app):
    tmp_app.mailbox("torbay", "mash_step_up").deliver(sample(tmp_app))
    assert cli.main(["--config", str(tmp_config), "run", "--once"]) == 0
    assert any("[TOR-0001-" in m["Subject"] for m in outbox_messages(tmp_app))
    assert list(tmp_app.mailbox("torbay", "mash_step_up").fetch_new()) == []


def test_stepbot_run_once_reports_a_mailbox_it_could_not_read(tmp_app, monkeypatch):
    real = tmp_app.mailbox
    monkeypatch.setattr(tmp_app, "mailbox",
                        lambda a, r: FlakyBackend(failures=1) if (a, r) == ("knowsley", "mash_step_up") else real(a, r))
    real("torbay", "mash_step_up").deliver(sample(tmp_app))
    assert Daemon(tmp_app, web=False, scheduler=False).run_once() == 1
    assert any("[TOR-0001-" in m["Subject"] for m in outbox_messages(tmp_app))   # the others went on


def test_daemon_with_scheduler_sends_the_ack_at_once_and_stops_cleanly(tmp_app):
    d = Daemon(tmp_app, web=False, poll_seconds=0.2)
    d.start()
    try:
        assert d.scheduler is not None and d.scheduler.get_job("deliver") is not None
        t0 = time.monotonic()
        tmp_app.mailbox("torbay", "mash_step_up").deliver(sample(tmp_app))
        while time.monotonic() - t0 < 5 and not any("[TOR-0001-" in m["Subject"] for m in outbox_messages(tmp_app)):
            time.sleep(0.05)
        assert time.monotonic() - t0 < 5
    finally:
        d.stop()
        t0 = time.monotonic()
        d.join()
    assert time.monotonic() - t0 < 10
    assert not any(w.is_alive() for w in d.watchers)
    assert not d.scheduler.running


def test_daemon_serves_the_web_page(tmp_config, clock):
    dep_file = tmp_config / "deployment.yaml"
    dep = yaml.safe_load(dep_file.read_text())
    port = free_port()
    dep["web"]["port"] = port
    dep_file.write_text(yaml.safe_dump(dep))
    app = App(load_settings(tmp_config), clock=clock)
    d = Daemon(app, web=True, scheduler=False, poll_seconds=0.5)
    d.start()
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/", follow_redirects=False, timeout=2)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        assert r.status_code in (200, 302, 303, 307)
    finally:
        d.stop()
        d.join()
        app.close()


def test_stepbot_status_prints_every_mailbox(tmp_config, tmp_app, capsys):
    health.record_pass(tmp_app, "knowsley", "mash_step_up", received=1)
    assert cli.main(["--config", str(tmp_config), "status"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("authority")
    assert len(out) == 1 + sum(len(a.mailboxes) for a in tmp_app.settings.deployment.authorities.values())
    assert any(line.startswith("knowsley") and " ok " in line for line in out)


def test_maildir_fetches_in_arrival_order_not_string_order():
    from bot.mailbox.maildir import arrival_order
    keys = ["1795373027.M10001P13921Q10.vm", "1795373027.M8835P13921Q9.vm",
            "1795373026.M999999P1Q1.vm", "1795373027.M8835P13921Q11.vm", "junk"]
    assert sorted(keys, key=arrival_order) == [
        "1795373026.M999999P1Q1.vm", "1795373027.M8835P13921Q9.vm",
        "1795373027.M8835P13921Q11.vm", "1795373027.M10001P13921Q10.vm", "junk"]


def test_daemon_sends_while_a_backlog_is_still_being_read(tmp_app):
    """Each committed message wakes the sender (issue 21): the first acknowledgement goes out while
    the rest of a backlog is still being read, not after the whole pass."""
    box = tmp_app.mailbox("torbay", "mash_step_up")
    for n in range(12):
        box.deliver(numbered(n))
    read_at: list[float] = []
    delivered_at: list[float] = []

    class SlowIngest(FakeIngest):
        def __call__(self, *a, **k):
            time.sleep(0.1)
            read_at.append(time.monotonic())
            return super().__call__(*a, **k)

    def deliver(app):
        delivered_at.append(time.monotonic())
        return 0

    d = Daemon(tmp_app, web=False, scheduler=False, ingest=SlowIngest(), deliver=deliver,
               housekeeping_seconds=60, poll_seconds=60)
    d.start()
    try:
        deadline = time.monotonic() + 20
        while len(read_at) < 12 and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        d.stop()
    assert len(read_at) == 12
    during = [t for t in delivered_at if read_at[0] <= t < read_at[-1]]
    assert len(during) >= 3, f"the sender ran {len(during)} times while 12 messages were read"
