"""Journeys (issue 16): each authority's protocol played through the daemon, from the first mail to
the timescales after the meeting, with a frozen clock across Christmas 2026 (Friday 25 December,
and Monday 28 December for Boxing Day). Every labelled complete request of the dev corpus and the
first two held-out sets is one journey (29 in all): the mail is dropped into the authority's
Maildir inbox and the daemon's own pass runs every morning until 15 January 2027.

For every journey the rules asserted are:
- acknowledged_at_once: the sender has an acknowledgement from the first pass;
- meeting_within_one_working_day: the meeting is booked (or recorded) and its invitation or
  confirmation sent at the first pass;
- requester_arranged_meeting_never_moved: where the protocol has the sender arrange the meeting,
  it is recorded at the date and time the mail gives, the sender is not invited to it, the
  council's attendees are, and the sender is told who attends;
- stepbot_booked_meeting_on_a_working_day_with_notice: elsewhere the slot is a working day
  inside office hours and the sender is invited;
- standing_meeting_agenda_slot: at a standing meeting (Torbay's Tuesday triage) the request takes
  a place on the agenda: the sender is invited to it, the panel is sent the agenda item;
- nothing_sent_on_weekends_or_bank_holidays: no reminder, chase or escalation is queued on a
  Saturday, Sunday, 25 or 28 December 2026 or 1 January 2027;
- every_deadline_due_on_a_working_day;
- reminders_before_due_escalations_after: each reminder is queued before its deadline is due,
  each escalation after, and the escalation goes to the holder of the rule's role.
"""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from email.utils import format_datetime, parseaddr
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.booking.service import active_booking, panel_for
from bot.models import AuditEvent, Booking, OutboxMessage, Request
from bot.workcal import LONDON, to_london
from tests.support.journey import Journey

DATA = Path(__file__).parent / "data"
SETS = ("corpus/dev", "holdout", "holdout2")
UNTIL = date(2027, 1, 15)
CHRISTMAS = {date(2026, 12, 25), date(2026, 12, 28), date(2027, 1, 1)}


def _journeys():
    out = []
    for name in SETS:
        for item in json.loads((DATA / name / "labels.json").read_text(encoding="utf-8")):
            if item["expect"]["next_action"] == "book_meeting":
                out.append(pytest.param(name, item, id=f"{name.replace('/', '-')}-{item['file'][:-4]}"))
    return out


JOURNEYS = _journeys()


def test_there_are_at_least_25_journeys():
    assert len(JOURNEYS) >= 25


def follow_up(req, at: datetime) -> bytes:
    """The sender's reply giving the date, time and venue of the meeting they arranged: the
    second working day after the request, at 14:00."""
    day = at.date() + timedelta(days=1)
    while day.weekday() >= 5 or day in CHRISTMAS:
        day += timedelta(days=1)
    day += timedelta(days=1)
    while day.weekday() >= 5 or day in CHRISTMAS:
        day += timedelta(days=1)
    return (f"From: {req.sender}\r\nTo: duty@example.org\r\nSubject: Re: [{req.reference}] {req.subject}\r\n"
            f"Date: {format_datetime(at)}\r\nMessage-ID: <follow-{req.reference}@example.org>\r\n"
            f"Content-Type: text/plain; charset=utf-8\r\n\r\n"
            f"Hello, the meeting is arranged for {day:%A %-d %B %Y} at 14:00 at Hillside Family Hub.\r\n"
            f"Thanks\r\n").encode()


@pytest.mark.parametrize("name,item", JOURNEYS)
def test_journey(tmp_path, name, item):
    start = datetime.fromisoformat(item["now"])
    j = Journey(tmp_path, start)
    try:
        raw = (DATA / name / item["file"]).read_bytes()
        j.deliver(item["authority"], item["mailbox"], raw)
        first = j.run(start + timedelta(minutes=2))
        with j.app.Session() as s:
            req = s.scalars(select(Request)).one()
            sender = parseaddr(req.sender)[1].lower()
            assert req.kind == item["expect"]["kind"] and not req.urgent

            # acknowledged_at_once
            assert any(m.purpose == "ack" and sender in m.to for m in first), [m.purpose for m in first]

            chosen = panel_for(j.app, req)
            if chosen is None:
                # plan_already_discussed_needs_no_drop_in (Herefordshire: the drop-in comes before the plan)
                (ack,) = [m for m in first if m.purpose == "ack"]
                assert "no further meeting is needed" in ack.body and "coordinator_discussion" in req.stated()
                assert not [m for m in first if m.purpose == "invitation"]
            panel_name, panel = chosen or (None, None)
            b = active_booking(req)
            if panel is None:
                pass
            elif b is None and panel.arranged_by == "requester":
                # the sender arranges it and has not said when: asked for it, then told who attends
                (ack,) = [m for m in first if m.purpose == "ack"]
                assert "The protocol has you arrange" in ack.body
                reply = follow_up(req, start + timedelta(minutes=50))
                s.rollback()  # end this transaction before the daemon writes (SQLite)
                first = j.run(start + timedelta(hours=1), deliver=(item["authority"], item["mailbox"], reply))
                b = active_booking(req)
            # meeting_within_one_working_day
            assert b is not None or panel is None, s.scalars(select(AuditEvent.detail).where(AuditEvent.action.like("booking%"))).all()
            invites = [m for m in first if m.purpose == "invitation"]
            if panel is None:
                pass
            elif panel.arranged_by == "requester":
                # requester_arranged_meeting_never_moved
                proposed = datetime.fromisoformat(req.proposed_meeting["start"])
                assert b.start == to_london(proposed)
                assert all(sender not in m.to for m in invites)
                council = {p for a in panel.attendees if a.for_council for p in j.people(req.authority, a.role)}
                organiser = j.app.mailbox_config(req.authority, req.mailbox).address.lower()
                assert council - {organiser} <= {a for m in invites for a in m.to}
                (confirm,) = [m for m in first if m.purpose == "confirmation"]
                assert confirm.to == (sender,) and "We will not move it" in confirm.body
            else:
                # stepbot_booked_meeting_on_a_working_day_with_notice
                cal = j.app.calendar(req.authority)
                local = to_london(b.start)
                assert cal.is_working_day(local.date()) and cal.office_start <= local.time() < cal.office_end
                assert local > to_london(start)
                assert invites and any(sender in m.to for m in invites)
                if panel.arranged_by == "standing":
                    # standing_meeting_agenda_slot: the panel is told what is on its agenda, not invited again
                    council = {p for a in panel.attendees if a.for_council for p in j.people(req.authority, a.role)}
                    (agenda,) = [m for m in first if m.purpose == "agenda"]
                    assert council and council <= set(agenda.to) and not council & {a for m in invites for a in m.to}

        later = j.walk(UNTIL)
        cal = j.app.calendar(item["authority"])
        # nothing_sent_on_weekends_or_bank_holidays
        for m in later:
            if m.ref is None:
                continue  # the IT team's mailbox-health alerts keep real time
            assert cal.is_working_day(m.at.date()) and m.at.date() not in CHRISTMAS, (m.purpose, m.subject, m.at)

        with j.app.Session() as s:
            req = s.scalars(select(Request)).one()
            for d in req.deadlines:
                # every_deadline_due_on_a_working_day
                assert cal.is_working_day(to_london(d.due_at).date()), (d.rule_id, d.due_at)
            events = s.scalars(select(AuditEvent).where(AuditEvent.action.in_(("reminder_sent", "escalation_sent")))).all()
            due = {d.id: d for d in req.deadlines}
            for e in events:
                d = due[e.detail["deadline"]]
                # reminders_before_due_escalations_after
                if e.action == "reminder_sent":
                    assert e.at <= d.due_at, (d.rule_id, e.at, d.due_at)
                else:
                    assert e.at > d.due_at, (d.rule_id, e.at, d.due_at)
                    holders = j.people(req.authority, e.detail["role"])
                    sent = [m for m in j.log if m.purpose == "escalation" and m.at == to_london(e.at)]
                    assert not holders or any(holders & set(m.to) for m in sent), (e.detail["role"], sent)
            assert s.scalars(select(Booking)).all() or panel is None
    finally:
        j.close()


def test_stepbot_run_once_now_runs_the_whole_daemon_at_that_time(tmp_path, capsys):
    """The command a council rehearses with: the same pass, as of the time given (UK time)."""
    import mailbox
    import shutil

    from bot import cli
    from bot.app import App
    from bot.config import load_settings
    from tests.support.journey import ROOT

    cfg = tmp_path / "config"
    shutil.copytree(ROOT / "config", cfg)
    item = next(p.values[1] for p in JOURNEYS if p.values[1]["file"] == "torbay_01.eml")
    app = App(load_settings(cfg))
    path = app.settings.path(app.mailbox_config(item["authority"], item["mailbox"]).backend.path)
    app.close()
    path.parent.mkdir(parents=True, exist_ok=True)
    mailbox.Maildir(str(path), create=True).add((DATA / "corpus/dev" / item["file"]).read_bytes())
    assert cli.main(["--config", str(cfg), "run", "--once", "--now", "2026-11-25T14:40"]) == 0
    app = App(load_settings(cfg))
    try:
        with app.Session() as s:
            rows = s.scalars(select(OutboxMessage)).all()
            assert rows and all(r.state == "sent" for r in rows)
            assert {to_london(r.created_at) for r in rows} == {datetime(2026, 11, 25, 14, 40, tzinfo=LONDON)}
    finally:
        app.close()
    assert cli.main(["--config", str(cfg), "run", "--now", "2026-11-25T14:40"]) == 2
    assert "--now needs --once" in capsys.readouterr().err
