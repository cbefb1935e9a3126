"""Mailbox health: the state the daemon records, `stepbot status`, and the admin alerts for an
unreachable mailbox (after unreachable_alert_minutes) and a quiet one (quiet_alert_working_hours)."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from bot import health
from bot.app import App
from bot.clock import FixedClock
from bot.models import MailboxState, OutboxMessage
from bot.workcal import LONDON, WorkingCalendar
from tests.support.dovecot import make_settings

MON_9 = datetime(2026, 11, 23, 9, 0, tzinfo=LONDON)      # Monday


@pytest.fixture
def app(tmp_path):
    boxes = {"mash_step_up": {"type": "maildir", "path": str(tmp_path / "mash")},
             "early_help_duty": {"type": "maildir", "path": str(tmp_path / "eh")}}
    a = App(make_settings(tmp_path, boxes), clock=FixedClock(MON_9))
    yield a
    a.close()


def alerts(app) -> list[OutboxMessage]:
    with app.Session() as s:
        return list(s.scalars(select(OutboxMessage).where(OutboxMessage.purpose == "alert").order_by(OutboxMessage.id)))


def state(app, role="mash_step_up") -> MailboxState:
    with app.Session() as s:
        return s.scalar(select(MailboxState).where(MailboxState.mailbox == role))


def healthy_now(app):
    for role in ("mash_step_up", "early_help_duty"):
        health.record_pass(app, "knowsley", role, received=1)


def test_health_unreachable_alert_after_the_configured_minutes_once_per_episode(app):
    healthy_now(app)
    app.clock.advance(minutes=5)
    health.record_error(app, "knowsley", "mash_step_up", "MailboxError: connection refused")
    app.clock.advance(minutes=29)
    health.record_error(app, "knowsley", "mash_step_up", "MailboxError: connection refused")
    assert health.check_health(app) == []                               # 29 minutes: not yet
    app.clock.advance(minutes=1)
    [key] = health.check_health(app)                                    # 30 minutes
    assert key.startswith("health:unreachable:knowsley:mash_step_up:")
    app.clock.advance(minutes=10)
    assert health.check_health(app) == []                               # same episode: once
    [row] = alerts(app)
    assert row.recipients == ["stepbot-admin@example.org"]
    assert row.priority == 0
    assert row.mailbox == "early_help_duty"      # sent from the other duty mailbox
    assert "cannot be reached" in row.subject and "MASH step-up mailbox" in row.subject
    assert b"since Monday 23 November 2026 at 09:05" in row.raw
    assert state(app).error_count == 2 and state(app).alerted_at == app.clock.now() - timedelta(minutes=10)

    # Back, then down again: a new episode, a new alert after another 30 minutes.
    health.record_pass(app, "knowsley", "mash_step_up")
    app.clock.advance(minutes=1)
    health.record_error(app, "knowsley", "mash_step_up", "MailboxError: timeout")
    app.clock.advance(minutes=31)
    assert len(health.check_health(app)) == 1
    assert len(alerts(app)) == 2


def test_health_message_errors_do_not_make_a_mailbox_unreachable(app):
    healthy_now(app)
    health.record_error(app, "knowsley", "mash_step_up", "message 1:2: ValueError", connection=False)
    app.clock.advance(hours=2)
    assert health.check_health(app) == []
    assert state(app).error_count == 1 and state(app).last_error == "message 1:2: ValueError"


@pytest.mark.parametrize("last_mail,now,alert", [
    # 16 working hours = two office days (09:00-17:00) without mail
    (datetime(2026, 11, 23, 9, 0), datetime(2026, 11, 24, 16, 59), False),
    (datetime(2026, 11, 23, 9, 0), datetime(2026, 11, 24, 17, 0), True),
    # Friday 13:00 -> Tuesday 13:00 spans a weekend: 4 + 8 + 4 = 16 working hours
    (datetime(2026, 11, 20, 13, 0), datetime(2026, 11, 24, 12, 59), False),
    (datetime(2026, 11, 20, 13, 0), datetime(2026, 11, 24, 13, 0), True),
    # over Christmas: 24 Dec 09:00 -> 29 Dec 17:00 holds 25, 26 (Sat), 27, 28 (bank holiday)
    (datetime(2026, 12, 24, 9, 0), datetime(2026, 12, 29, 16, 59), False),
    (datetime(2026, 12, 24, 9, 0), datetime(2026, 12, 29, 17, 0), True),
])
def test_health_quiet_mailbox_alert_counts_working_hours(app, last_mail, now, alert):
    app.clock.at = last_mail.replace(tzinfo=LONDON)
    healthy_now(app)
    app.clock.at = now.replace(tzinfo=LONDON)
    health.record_pass(app, "knowsley", "early_help_duty", received=1)   # the other one is busy
    keys = health.check_health(app)
    assert [k.split(":")[1:4] for k in keys] == ([["quiet", "knowsley", "mash_step_up"]] if alert else [])
    assert health.check_health(app) == []                               # once per quiet spell


def test_health_quiet_since_watching_began_when_nothing_ever_arrived(app):
    health.ensure_state_rows(app)
    app.clock.advance(days=1, hours=8)                                  # Tuesday 17:00
    keys = health.check_health(app)
    assert sorted(k.split(":")[3] for k in keys) == ["early_help_duty", "mash_step_up"]


def test_health_no_admin_address_means_no_alert(tmp_path):
    a = App(make_settings(tmp_path, {"mash_step_up": {"type": "maildir", "path": str(tmp_path / "m")}},
                          admin_email=None), clock=FixedClock(MON_9))
    health.record_error(a, "knowsley", "mash_step_up", "MailboxError: down")
    a.clock.advance(hours=1)
    assert health.check_health(a) == []
    a.close()


def test_health_working_hours_between():
    cal = WorkingCalendar()
    h = health.working_hours_between
    assert h(cal, MON_9, MON_9 + timedelta(hours=3)) == 3
    assert h(cal, MON_9 - timedelta(hours=3), MON_9 + timedelta(hours=1)) == 1      # before opening
    assert h(cal, MON_9 + timedelta(hours=10), MON_9 + timedelta(days=1, hours=1)) == 1
    assert h(cal, MON_9, MON_9 - timedelta(hours=1)) == 0


def test_health_status_table(app, capsys, tmp_path):
    health.record_pass(app, "knowsley", "mash_step_up", received=1, backlog=3)
    app.clock.advance(minutes=2)
    health.record_error(app, "knowsley", "early_help_duty", "MailboxError: IMAP connect failed")
    out = health.format_status(health.status_rows(app))
    lines = out.splitlines()
    assert lines[0].split() == list(health.COLUMNS)
    mash = next(line for line in lines if "mash_step_up" in line).split()
    assert mash[:4] == ["knowsley", "mash_step_up", "maildir", "ok"]
    assert "2026-11-23" in mash and "09:00" in mash and mash[-2:] == ["3", "0"]
    eh = next(line for line in lines if "early_help_duty" in line)
    assert "unreachable" in eh and "never" in eh and "IMAP connect failed" in eh
