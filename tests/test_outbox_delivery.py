"""The outbox sends urgent mail first and never strands it: rows are claimed one at a time (urgent,
then oldest), so an urgent row enqueued while routine mail goes out is the very next one sent; a
crash mid-send holds back only the row being sent, and only until its short lease runs out (the
transport's sent copies are checked before a resend); a slow live send keeps its lease; two
daemons on one PostgreSQL never send a row twice; ``stepbot run --once`` sends everything due."""
from __future__ import annotations

import threading
import time
from datetime import timedelta

import pytest
import yaml
from sqlalchemy import select

from bot import cli, outbox
from bot.app import App
from bot.config import load_settings
from bot.mail import build_message
from bot.models import OutboxMessage
from tests.conftest import outbox_messages
from tests.support.postgres import temporary_database

AUTH, ROLE = "torbay", "mash_step_up"


class RecordingTransport:
    """Records what it is asked to send (by subject); ``on_send`` runs inside a send."""

    def __init__(self, on_send=None, sent_copies=()):
        self.subjects: list[str] = []
        self.on_send = on_send
        self.sent_copies = set(sent_copies)
        self.checked: list[str] = []
        self.lock = threading.Lock()

    def send(self, raw: bytes, recipients) -> None:
        subject = next(line for line in raw.decode().splitlines() if line.startswith("Subject: "))[9:]
        with self.lock:
            self.subjects.append(subject)
        if self.on_send is not None:
            self.on_send(subject)

    def already_sent(self, message_id: str) -> bool:
        self.checked.append(message_id)
        return message_id in self.sent_copies


def add(app, subject: str, *, urgent: bool = False) -> int:
    with app.Session.begin() as s:
        row = outbox.enqueue(s, app, key=f"test:{subject}", authority=AUTH, mailbox=ROLE, purpose="reminder",
                             to=["someone@torbay.gov.uk"], msg=build_message(subject=subject, text="text"),
                             priority=outbox.PRIORITY_URGENT if urgent else outbox.PRIORITY_NORMAL)
        s.flush()
        return row.id


def row(app, oid: int) -> OutboxMessage:
    with app.Session() as s:
        return s.get(OutboxMessage, oid)


@pytest.fixture
def transport(tmp_app):
    t = RecordingTransport()
    tmp_app.set_transport(AUTH, ROLE, t)
    return t


def test_outbox_sends_urgent_rows_before_routine_ones_then_oldest_first(tmp_app, transport, clock):
    start = clock.now()
    clock.at = start + timedelta(seconds=5)
    add(tmp_app, "routine newer")
    clock.at = start
    add(tmp_app, "routine older")                   # a higher id, but enqueued earlier
    add(tmp_app, "urgent one", urgent=True)
    clock.at = start + timedelta(seconds=10)
    add(tmp_app, "urgent two", urgent=True)
    assert outbox.deliver_due(tmp_app) == 4
    assert transport.subjects == ["urgent one", "urgent two", "routine older", "routine newer"]


def test_outbox_sends_an_urgent_row_enqueued_mid_delivery_next(tmp_app, clock):
    def on_send(subject):
        if subject == "routine 0":                  # an urgent mail is taken in while routine mail goes out
            add(tmp_app, "urgent", urgent=True)

    transport = RecordingTransport(on_send)
    tmp_app.set_transport(AUTH, ROLE, transport)
    for n in range(6):
        add(tmp_app, f"routine {n}")
    assert outbox.deliver_due(tmp_app) == 7
    assert transport.subjects[:3] == ["routine 0", "urgent", "routine 1"]


def test_outbox_crash_mid_send_holds_back_only_that_row_and_only_for_the_lease(tmp_app, transport, clock):
    crashed = add(tmp_app, "urgent being sent when the process died", urgent=True)
    add(tmp_app, "urgent waiting", urgent=True)
    for n in range(3):
        add(tmp_app, f"routine {n}")
    claim = outbox.claim_next(tmp_app)              # the dead process's claim: never recorded
    assert claim.id == crashed
    assert outbox.deliver_due(tmp_app) == 4         # everything else goes at once, urgent first
    assert transport.subjects == ["urgent waiting", "routine 0", "routine 1", "routine 2"]
    clock.advance(seconds=outbox.LEASE.total_seconds() - 1)
    assert outbox.deliver_due(tmp_app) == 0         # still leased
    assert 0 < outbox.next_due_in(tmp_app) <= 1
    clock.advance(seconds=1)
    assert outbox.next_due_in(tmp_app) == 0
    assert outbox.deliver_due(tmp_app) == 1         # lease over: checked against the sent copies, then sent
    assert transport.subjects[-1] == "urgent being sent when the process died"
    assert transport.checked == [row(tmp_app, crashed).message_id]
    assert row(tmp_app, crashed).state == "sent" and row(tmp_app, crashed).attempts == 2
    assert outbox.deliver_due(tmp_app) == 0 and len(transport.subjects) == 5


def test_outbox_crash_after_the_send_went_out_does_not_send_it_again(tmp_app, clock):
    crashed = add(tmp_app, "urgent", urgent=True)
    transport = RecordingTransport(sent_copies=[row(tmp_app, crashed).message_id])
    tmp_app.set_transport(AUTH, ROLE, transport)
    outbox.claim_next(tmp_app)                      # sent, then the process died before recording it
    clock.advance(seconds=outbox.LEASE.total_seconds())
    assert outbox.deliver_due(tmp_app) == 1
    assert transport.subjects == [] and row(tmp_app, crashed).state == "sent"


def test_outbox_renews_the_lease_while_a_slow_send_runs(tmp_app, clock, monkeypatch):
    monkeypatch.setattr(outbox, "RENEW_SECONDS", 0.05)
    taken_over = []

    def slow_send(subject):
        for _ in range(3):                          # 90 s of a slow SMTP server, in steps of 30 s
            clock.advance(seconds=30)
            time.sleep(0.3)                         # the lease keeper renews meanwhile
        taken_over.append(outbox.claim_next(tmp_app))   # another daemon looks for work

    transport = RecordingTransport(slow_send)
    tmp_app.set_transport(AUTH, ROLE, transport)
    oid = add(tmp_app, "urgent", urgent=True)
    assert outbox.deliver_due(tmp_app) == 1
    assert taken_over == [None]
    assert transport.subjects == ["urgent"] and row(tmp_app, oid).attempts == 1


def test_outbox_a_failed_send_is_retried_later_and_the_loop_ends(tmp_app, clock):
    def fail(subject):
        raise OSError("connection refused")

    tmp_app.set_transport(AUTH, ROLE, RecordingTransport(fail))
    oid = add(tmp_app, "urgent", urgent=True)
    assert outbox.deliver_due(tmp_app) == 0
    r = row(tmp_app, oid)
    assert r.state == "pending" and r.attempts == 1 and "connection refused" in r.last_error
    assert outbox.next_due_in(tmp_app) == 30
    transport = RecordingTransport()
    tmp_app.set_transport(AUTH, ROLE, transport)
    clock.advance(seconds=30)
    assert outbox.deliver_due(tmp_app) == 1 and transport.subjects == ["urgent"]


def test_stepbot_run_once_sends_every_due_message_not_just_a_hundred(tmp_config, tmp_app):
    for n in range(150):
        add(tmp_app, f"routine {n}")
    add(tmp_app, "urgent", urgent=True)
    assert cli.main(["--config", str(tmp_config), "run", "--once"]) == 0
    sent = [str(m["Subject"]) for m in outbox_messages(tmp_app)]
    assert len(sent) == 151 and len(set(sent)) == 151
    with tmp_app.Session() as s:
        assert set(s.scalars(select(OutboxMessage.state))) == {"sent"}


def test_stepbot_run_help_says_once_sends_everything_due(capsys):
    with pytest.raises(SystemExit):
        cli.main(["run", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "send every outgoing message that is due (all of them, urgent first)" in out


@pytest.mark.postgres
def test_outbox_two_daemons_on_one_postgresql_send_each_row_once_urgent_first(tmp_config, clock):
    with temporary_database("stepbot_outbox") as url:
        dep_file = tmp_config / "deployment.yaml"
        dep = yaml.safe_load(dep_file.read_text())
        dep["database_url"] = url
        dep_file.write_text(yaml.safe_dump(dep))
        apps = [App(load_settings(tmp_config), clock=clock) for _ in range(2)]
        try:
            for n in range(60):
                add(apps[0], f"routine {n}")
            for n in range(5):
                add(apps[0], f"urgent {n}", urgent=True)
            transports = [RecordingTransport(lambda _s: time.sleep(0.005)) for _ in apps]
            for app, t in zip(apps, transports):
                app.set_transport(AUTH, ROLE, t)
            barrier, errors = threading.Barrier(2), []

            def run(app):
                try:
                    barrier.wait(timeout=30)
                    outbox.deliver_due(app)
                except BaseException as e:  # noqa: BLE001
                    errors.append(e)

            threads = [threading.Thread(target=run, args=(a,)) for a in apps]
            for t in threads:
                t.start()
            for t in threads:
                t.join(120)
            assert errors == []
            sent = transports[0].subjects + transports[1].subjects
            assert len(sent) == 65 and len(set(sent)) == 65
            assert all(t.subjects for t in transports)                 # both did share the work
            for t in transports:                                        # each sent its urgent rows first
                urgent = [i for i, s in enumerate(t.subjects) if s.startswith("urgent")]
                assert urgent == list(range(len(urgent)))
            with apps[0].Session() as s:
                assert set(s.scalars(select(OutboxMessage.state))) == {"sent"}
        finally:
            for app in apps:
                app.close()


def test_outbox_delivery_stops_between_messages_when_the_daemon_stops(tmp_app, clock):
    stop = threading.Event()
    transport = RecordingTransport(lambda subject: stop.set() if subject == "routine 2" else None)
    tmp_app.set_transport(AUTH, ROLE, transport)
    for n in range(10):
        add(tmp_app, f"routine {n}")
    assert outbox.deliver_due(tmp_app, stop=stop) == 3          # the send under way is finished and recorded
    with tmp_app.Session() as s:
        states = list(s.scalars(select(OutboxMessage.state).order_by(OutboxMessage.id)))
    assert states == ["sent"] * 3 + ["pending"] * 7
