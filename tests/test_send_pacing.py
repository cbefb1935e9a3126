"""Send pacing per mailbox (issues 19 and 21): Exchange Online accepts 30 messages a minute from one
mailbox, so the outbox sends at most ``send_per_minute`` from each mailbox in any minute. A message
over the pace waits, queued: no error, no attempt counted; it goes out when the minute allows.
Urgent alerts still go first, and count toward the pace. Time is the app's fixed clock."""
from __future__ import annotations

import pytest
import yaml
from sqlalchemy import select

from bot import outbox
from bot.app import App
from bot.clock import FixedClock
from bot.config import EXCHANGE_ONLINE_PER_MINUTE, Mailbox, Outgoing, load_settings, send_per_minute
from bot.mail import build_message
from bot.models import OutboxMessage
from tests.support.dovecot import make_settings
from tests.test_outbox_delivery import RecordingTransport

AUTH, MASH, EH = "torbay", "mash_step_up", "early_help_duty"


def add(app, subject: str, *, mailbox: str = MASH, urgent: bool = False, authority: str = AUTH) -> int:
    with app.Session.begin() as s:
        row = outbox.enqueue(s, app, key=f"test:{mailbox}:{subject}", authority=authority, mailbox=mailbox,
                             purpose="reminder", to=["someone@torbay.gov.uk"],
                             msg=build_message(subject=subject, text="text"),
                             priority=outbox.PRIORITY_URGENT if urgent else outbox.PRIORITY_NORMAL)
        s.flush()
        return row.id


def rows(app, mailbox: str = MASH) -> list[OutboxMessage]:
    with app.Session() as s:
        return list(s.scalars(select(OutboxMessage).where(OutboxMessage.mailbox == mailbox)
                              .order_by(OutboxMessage.id)))


def paced_config(tmp_config, **per_minute):
    """The demo deployment with ``send_per_minute`` given for torbay's mailboxes."""
    dep_file = tmp_config / "deployment.yaml"
    dep = yaml.safe_load(dep_file.read_text())
    for role, n in per_minute.items():
        dep["authorities"][AUTH]["mailboxes"][role]["send_per_minute"] = n
    dep_file.write_text(yaml.safe_dump(dep))
    return tmp_config


@pytest.fixture
def paced(tmp_config, clock):
    app = App(load_settings(paced_config(tmp_config, mash_step_up=30, early_help_duty=30)), clock=clock)
    transports = {role: RecordingTransport() for role in (MASH, EH)}
    for role, t in transports.items():
        app.set_transport(AUTH, role, t)
    yield app, transports
    app.close()


def test_seventy_queued_for_one_mailbox_go_out_thirty_a_minute(paced, clock):
    app, transports = paced
    for n in range(70):
        add(app, f"routine {n}")
    assert outbox.deliver_due(app) == 30
    assert transports[MASH].subjects == [f"routine {n}" for n in range(30)]
    waiting = [r for r in rows(app) if r.state == "pending"]
    assert len(waiting) == 40
    assert {(r.attempts, r.last_error) for r in waiting} == {(0, None)}   # waiting is not failing
    assert outbox.next_due_in(app) == 60                                # the daemon sleeps till then

    clock.advance(seconds=59)
    assert outbox.deliver_due(app) == 0
    assert outbox.next_due_in(app) == 1
    clock.advance(seconds=1)
    assert outbox.deliver_due(app) == 30
    assert transports[MASH].subjects[30:] == [f"routine {n}" for n in range(30, 60)]
    clock.advance(seconds=60)
    assert outbox.deliver_due(app) == 10
    assert [r.state for r in rows(app)] == ["sent"] * 70
    assert {r.attempts for r in rows(app)} == {1}
    assert outbox.next_due_in(app) is None


def test_an_urgent_alert_queued_behind_routine_mail_goes_in_the_first_batch_and_counts(paced, clock):
    app, transports = paced
    for n in range(40):
        add(app, f"routine {n}")
    clock.advance(seconds=5)
    add(app, "urgent alert", urgent=True)
    assert outbox.deliver_due(app) == 30
    sent = transports[MASH].subjects
    assert sent[0] == "urgent alert"
    assert sent[1:] == [f"routine {n}" for n in range(29)]          # the alert took one of the 30


def test_an_urgent_alert_queued_when_the_minute_is_used_up_waits_then_goes_first(paced, clock):
    app, transports = paced
    for n in range(35):
        add(app, f"routine {n}")
    assert outbox.deliver_due(app) == 30
    clock.advance(seconds=20)
    add(app, "urgent alert", urgent=True)
    assert outbox.deliver_due(app) == 0                              # even an urgent alert keeps the pace
    assert outbox.next_due_in(app) == 40
    clock.advance(seconds=40)
    assert outbox.deliver_due(app) == 6
    assert transports[MASH].subjects[30:] == ["urgent alert"] + [f"routine {n}" for n in range(30, 35)]


def test_two_mailboxes_are_paced_independently(tmp_config, clock):
    app = App(load_settings(paced_config(tmp_config, mash_step_up=30, early_help_duty=5)), clock=clock)
    try:
        transports = {role: RecordingTransport() for role in (MASH, EH)}
        for role, t in transports.items():
            app.set_transport(AUTH, role, t)
        for n in range(40):
            add(app, f"mash {n}")
            add(app, f"early help {n}", mailbox=EH)
        add(app, "urgent from early help", mailbox=EH, urgent=True)
        assert outbox.deliver_due(app) == 35
        assert len(transports[MASH].subjects) == 30                  # one mailbox's pace ...
        assert transports[EH].subjects == ["urgent from early help"] + [f"early help {n}" for n in range(4)]
        clock.advance(seconds=60)                                    # ... never holds up the other's
        assert outbox.deliver_due(app) == 15
        assert len(transports[MASH].subjects) == 40 and len(transports[EH].subjects) == 10
    finally:
        app.close()


def test_the_window_slides_it_is_any_minute_not_the_clock_minute(paced, clock):
    app, transports = paced
    for n in range(20):
        add(app, f"first {n}")
    assert outbox.deliver_due(app) == 20
    clock.advance(seconds=30)
    for n in range(25):
        add(app, f"second {n}")
    assert outbox.deliver_due(app) == 10                             # 20 + 10 in the last minute
    clock.advance(seconds=29)
    assert outbox.deliver_due(app) == 0
    clock.advance(seconds=1)                                         # the first 20 have left the window
    assert outbox.deliver_due(app) == 15


def test_sends_by_another_daemon_count_toward_the_pace(paced, tmp_config, clock):
    """The count is the database's, not one process's: a second app on the same database (a
    second daemon) counts the first one's sends, and a row the first one is sending right now."""
    app, transports = paced
    other = App(load_settings(tmp_config), clock=clock)
    try:
        theirs = RecordingTransport()
        other.set_transport(AUTH, MASH, theirs)
        for n in range(40):
            add(app, f"routine {n}")
        assert outbox.deliver_due(app, limit=20) == 20
        sending = outbox.claim_next(app)                             # mid-send in the first daemon
        assert sending is not None
        assert outbox.deliver_due(other) == 9                        # 20 sent + 1 under way + 9 = 30
        assert outbox.deliver_due(app) == 0
        assert len(transports[MASH].subjects) == 20 and len(theirs.subjects) == 9
    finally:
        other.close()


def test_a_failed_send_takes_no_place_in_the_minute(paced, clock):
    app, _ = paced

    def refuse(subject):
        raise OSError("connection refused")

    failing = RecordingTransport(refuse)
    app.set_transport(AUTH, MASH, failing)
    add(app, "refused")
    assert outbox.deliver_due(app) == 0
    working = RecordingTransport()
    app.set_transport(AUTH, MASH, working)
    for n in range(30):
        add(app, f"routine {n}")
    assert outbox.deliver_due(app) == 30                             # the failure used none of the 30


def test_send_per_minute_defaults_to_exchange_onlines_thirty_where_mail_leaves_through_microsoft(monkeypatch):
    monkeypatch.setenv("STEPBOT_TEST_UNUSED", "x")
    oauth = {"tenant_id": "t", "client_id": "c", "client_secret": {"env": "STEPBOT_TEST_UNUSED"}}

    def imap(smtp_host):
        return {"type": "imap", "host": "imap.example", "username": "u", "password": {"env": "X"},
                "smtp": {"host": smtp_host}}

    def pace(backend, outgoing=None, **mb):
        return send_per_minute(Mailbox.model_validate({"address": "mash@council.gov.uk", "backend": backend, **mb}),
                               Outgoing.model_validate(outgoing or {}))

    graph = {"type": "graph", "user": "mash@council.gov.uk", "oauth2": oauth}
    ews = {"type": "ews", "server": "mail.council.gov.uk", "primary_smtp_address": "mash@council.gov.uk",
           "username": "svc", "password": {"env": "X"}}
    maildir = {"type": "maildir", "path": "mail"}
    assert EXCHANGE_ONLINE_PER_MINUTE == 30
    assert pace(graph) == 30 and pace(ews) == 30
    assert pace(imap("smtp.office365.com")) == 30 and pace(imap("SMTP.Office365.com.")) == 30
    assert pace(imap("127.0.0.1")) is None and pace(imap("smtp.council.gov.uk")) is None
    assert pace(maildir) is None
    # a relay for every mailbox: its own server decides
    assert pace(graph, {"type": "smtp", "smtp": {"host": "relay.council.gov.uk"}}) is None
    assert pace(maildir, {"type": "smtp", "smtp": {"host": "smtp.office365.com"}}) == 30
    assert pace(graph, {"type": "maildir", "path": "out"}) is None
    # the deployment's own number, or null for none
    assert pace(graph, send_per_minute=10) == 10 and pace(graph, send_per_minute=None) is None
    assert pace(imap("127.0.0.1"), send_per_minute=120) == 120
    with pytest.raises(ValueError, match="send_per_minute"):
        pace(graph, send_per_minute=0)


def test_a_graph_mailbox_is_paced_at_thirty_without_being_told(tmp_path, monkeypatch, clock):
    monkeypatch.setenv("STEPBOT_TEST_UNUSED", "x")
    graph = {"type": "graph", "user": "mash@knowsley.example.gov.uk",
             "oauth2": {"tenant_id": "t", "client_id": "c", "client_secret": {"env": "STEPBOT_TEST_UNUSED"}}}
    app = App(make_settings(tmp_path, {MASH: graph}), clock=FixedClock(clock.now()))
    try:
        transport = RecordingTransport()
        app.set_transport("knowsley", MASH, transport)
        for n in range(31):
            add(app, f"routine {n}", authority="knowsley")
        assert outbox.deliver_due(app) == 30
        assert outbox.next_due_in(app) == 60
    finally:
        app.close()


def test_an_unpaced_mailbox_sends_everything_due_at_once(tmp_app):
    transport = RecordingTransport()
    tmp_app.set_transport(AUTH, MASH, transport)
    for n in range(70):
        add(tmp_app, f"routine {n}")
    assert outbox.deliver_due(tmp_app) == 70                         # the demo's Maildir: no pace
