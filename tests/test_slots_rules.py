"""The slot finder against the working calendar and the panel rules (pure: no database)."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from bot.booking.slots import age_on, choose_panel, fits, in_cadence, ordered_slots, valid_slots
from bot.workcal import LONDON, WorkingCalendar
from tests.test_booking_support import taf_panel, torbay_pack, triage_panel, under5_panel

CAL = WorkingCalendar()
EVERY_DAY = ["monday", "tuesday", "wednesday", "thursday", "friday"]


def at(y, m, d, hh=9, mm=0):
    return datetime(y, m, d, hh, mm, tzinfo=LONDON)


def test_no_slot_on_christmas_boxing_day_substitute_or_new_year():
    panel = triage_panel(weekdays=EVERY_DAY, times=["10:00"], book_within_working_days=None)
    slots = list(valid_slots("triage", panel, CAL, now=at(2026, 12, 24, 17, 0), horizon_days=14))
    days = [s.start.date() for s in slots]
    for holiday in (date(2026, 12, 25), date(2026, 12, 28), date(2027, 1, 1)):
        assert holiday not in days
    assert days[:4] == [date(2026, 12, 29), date(2026, 12, 30), date(2026, 12, 31), date(2027, 1, 4)]


@pytest.mark.parametrize("start, reason", [
    (at(2026, 12, 25, 10), "Christmas Day"),
    (at(2026, 12, 28, 10), "Boxing Day"),
    (at(2027, 1, 1, 10), "New Year"),
    (at(2027, 1, 9, 10), "not a working day"),             # Saturday
    (at(2026, 12, 29, 8, 30), "outside office hours"),
    (at(2026, 12, 29, 16, 45), "outside office hours"),     # ends after 17:00
    (at(2026, 12, 22, 10), "in the past"),
    (at(2026, 12, 29, 10), None),
])
def test_fits_explains_refusals(start, reason):
    panel = triage_panel(weekdays=EVERY_DAY, times=["10:00"])
    why = fits(panel, CAL, start, today=date(2026, 12, 24), now=at(2026, 12, 24, 17), panel_times_only=False)
    if reason is None:
        assert why is None
    else:
        assert why is not None and reason.lower() in why.lower()


def test_local_closure_day_is_skipped():
    cal = WorkingCalendar(closure_days=[date(2026, 11, 24)])
    slots = ordered_slots("triage", triage_panel(), cal, now=at(2026, 11, 23))
    # the closure day is not a working day, so the 5-working-day window reaches Tue 1 Dec
    assert slots[0].start == at(2026, 12, 1, 9, 30) and slots[0].in_window


def test_window_missed_books_the_earliest_later_slot():
    cal = WorkingCalendar(closure_days=[date(2026, 11, 24), date(2026, 12, 1)])
    slots = ordered_slots("triage", triage_panel(), cal, now=at(2026, 11, 23))
    assert slots[0].start == at(2026, 12, 8, 9, 30) and not slots[0].in_window


def test_weekly_tuesday_triage_within_five_working_days():
    slots = ordered_slots("triage", triage_panel(), CAL, now=at(2026, 11, 23))
    assert slots[0].start == at(2026, 11, 24, 9, 30) and slots[0].in_window
    assert [s.start.strftime("%a %H:%M") for s in slots[:3]] == ["Tue 09:30", "Tue 10:00", "Tue 10:30"]
    assert all(s.start.weekday() == 1 for s in slots)


def test_fortnightly_cadence_from_anchor():
    panel = under5_panel()
    tuesdays = [date(2026, 12, 1), date(2026, 12, 8), date(2026, 12, 15), date(2026, 12, 22), date(2026, 11, 17)]
    assert [in_cadence(panel, d) for d in tuesdays] == [True, False, True, False, True]
    days = [s.start.date() for s in valid_slots("u5", panel, CAL, now=at(2026, 11, 23), horizon_days=40)]
    assert days == [date(2026, 12, 1), date(2026, 12, 15), date(2026, 12, 29)]


@pytest.mark.parametrize("dobs, expected", [
    ([date(2012, 2, 3)], "triage"),
    ([date(2012, 2, 3), date(2023, 6, 1)], "under5_triage"),     # any child under 5
    ([date(2021, 11, 23)], "triage"),                           # exactly 5 today
    ([date(2021, 11, 24)], "under5_triage"),                    # 5 tomorrow
    ([None], "triage"),                                         # unknown age: the weekly triage
])
def test_under_fives_triage_rule(dobs, expected):
    ages = [age_on(d, date(2026, 11, 23)) for d in dobs]
    name, _ = choose_panel(torbay_pack(), "step_down", child_ages=ages)
    assert name == expected


def test_notice_rule_and_preferred_wednesday():
    slots = ordered_slots("taf", taf_panel(), CAL, now=at(2026, 11, 23))
    # 5 working days d with 23 Nov < d <= slot day: Mon 30 Nov is the first allowed day,
    # and the Wednesday of that week comes first.
    assert slots[0].start == at(2026, 12, 2, 10, 0)
    assert slots[1].start == at(2026, 12, 2, 13, 30)
    assert min(s.start for s in slots) == at(2026, 11, 30, 10, 0)
    assert all(CAL.working_days_between(date(2026, 11, 23), s.start.date()) >= 5 for s in slots)


def test_proposed_time_is_honoured_when_valid_else_next_slot():
    panel = taf_panel()
    ok = ordered_slots("taf", panel, CAL, now=at(2026, 11, 23), proposed=at(2026, 12, 9, 11, 15))
    assert ok[0].proposed and ok[0].start == at(2026, 12, 9, 11, 15)
    short = ordered_slots("taf", panel, CAL, now=at(2026, 11, 23), proposed=at(2026, 11, 26, 10))
    assert not short[0].proposed and short[0].start == at(2026, 12, 2, 10)
    holiday = ordered_slots("taf", panel, CAL, now=at(2026, 12, 14), proposed=at(2026, 12, 25, 10))
    assert not holiday[0].proposed


@pytest.mark.parametrize("day, local_hour, utc_hour", [
    (date(2027, 3, 25), 10, 10),   # Thursday before the clocks go forward (GMT; Fri 26 is Good Friday)
    (date(2027, 3, 30), 10, 9),    # Tuesday after the last Sunday of March 2027 (BST; Mon 29 is Easter Monday)
    (date(2027, 10, 29), 10, 9),   # Friday before the clocks go back (BST)
    (date(2027, 11, 1), 10, 10),   # Monday after the last Sunday of October 2027 (GMT)
])
def test_slots_across_the_2027_clock_changes(day, local_hour, utc_hour):
    panel = triage_panel(weekdays=EVERY_DAY, times=["10:00"], book_within_working_days=None)
    now = datetime.combine(day, datetime.min.time(), tzinfo=LONDON).replace(hour=7)
    first = next(iter(valid_slots("t", panel, CAL, now=now)))
    assert first.start.date() == day and first.start.hour == local_hour
    assert first.start.astimezone(timezone.utc).hour == utc_hour


def test_slot_key_is_stable_text():
    s = next(iter(valid_slots("triage", triage_panel(), CAL, now=at(2026, 11, 23))))
    assert s.key("torbay", 0) == "torbay|triage|2026-11-24T09:30:00+00:00|0"
