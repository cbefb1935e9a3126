"""``stepbot simulate``: replays the calendar on a copy of the database and prints what would be
sent, day by day, sending nothing and leaving the real database as it was."""
from __future__ import annotations

import argparse
from datetime import date

from sqlalchemy import func, select

from bot import deadlines, simulate
from bot.app import App
from bot.clock import FixedClock
from bot.config import load_settings
from bot.db import session_scope
from bot.models import Deadline, OutboxMessage
from tests.support.deadlines_kit import add_request, london


def seed(cfg):
    app = App(load_settings(cfg), clock=FixedClock(london(2026, 11, 20, 10)))
    with session_scope(app.Session) as s:
        req = add_request(s, app, authority="knowsley", kind="step_up", at=london(2026, 11, 20, 10))
        deadlines.on_event(app, s, req, "request_complete", at=london(2026, 11, 20, 10))
    app.close()


def counts(cfg):
    app = App(load_settings(cfg), clock=FixedClock(london(2026, 11, 20, 10)))
    try:
        with app.Session() as s:
            return (s.scalar(select(func.count()).select_from(OutboxMessage)),
                    [(d.state, d.reminders_sent, d.escalation_step) for d in s.scalars(select(Deadline))])
    finally:
        app.close()


def test_simulate_prints_each_day_and_sends_nothing(tmp_config, capsys):
    seed(tmp_config)
    before = counts(tmp_config)
    args = argparse.Namespace(config=str(tmp_config), from_date="2026-11-23", days=3)
    assert simulate.main(args) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].startswith("stepbot simulate: 3 days from 2026-11-23, on a copy of the database")
    # Fri 20 Nov request: invitation due Mon 23 Nov 17:00; reminder Monday 09:00, escalation Tuesday 09:00
    mon = lines.index(next(l for l in lines if l.startswith("Mon 23 Nov 2026")))
    assert lines[mon] == "Mon 23 Nov 2026: 2 messages (digest 1, reminder 1)"
    assert any("[SB-knowsley-1] Reminder: Send the step-up TAF meeting invitation" in l and "due today" in l
               for l in lines[mon + 1:mon + 3])
    assert "Tue 24 Nov 2026: 3 messages (digest 2, escalation 1)" in lines
    assert any("[SB-knowsley-1] Escalation 1 of 1" in l for l in lines)
    assert "Wed 25 Nov 2026: 2 messages (digest 2)" in lines
    assert lines[-1] == "total: 7 (digest 5, escalation 1, reminder 1)"
    # the real database and the real outbox are untouched
    assert counts(tmp_config) == before == (0, [("open", 0, 0)])
    outdir = tmp_config.parent / "var" / "demo" / "outbox"
    assert not outdir.exists() or not any(p.is_file() for p in outdir.rglob("*"))


def test_replay_walks_weekends_without_sending(tmp_config):
    seed(tmp_config)
    settings = load_settings(tmp_config)
    days = simulate.run(settings, date(2026, 11, 28), 2)
    assert [(d["day"], sum(d["counts"].values())) for d in days] == [(date(2026, 11, 28), 0), (date(2026, 11, 29), 0)]
    assert "Sat 28 Nov 2026: nothing would be sent" in simulate.format_report(days)


def test_simulate_rejects_bad_arguments(tmp_config, capsys):
    assert simulate.main(argparse.Namespace(config=str(tmp_config), from_date="23/11/2026", days=3)) == 2
    assert simulate.main(argparse.Namespace(config=str(tmp_config), from_date="2026-11-23", days=0)) == 2
    err = capsys.readouterr().err
    assert "is not a date" in err and "--days" in err
