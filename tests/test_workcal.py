"""The working calendar: weekends, England & Wales bank holidays, local closure days, office hours
and Europe/London across both clock changes."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings, strategies as st

from bot.config import load_settings
from bot.workcal import LONDON, WorkingCalendar, bank_holidays, calendar_for, to_london

CAL = WorkingCalendar()
UTC = timezone.utc
CONFIG = Path(__file__).resolve().parents[1] / "config"


def london(y, m, d, hh=0, mm=0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=LONDON)


def utc(y, m, d, hh=0, mm=0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=UTC)


# -- which days are working days ---------------------------------------------------------------

@pytest.mark.parametrize("day,working,why", [
    (date(2026, 12, 24), True, None),                      # Christmas Eve: an ordinary Thursday
    (date(2026, 12, 25), False, "Christmas Day"),
    (date(2026, 12, 26), False, "Boxing Day"),              # a Saturday
    (date(2026, 12, 28), False, "Boxing Day (observed)"),   # the substitute Monday
    (date(2026, 12, 29), True, None),
    (date(2027, 1, 1), False, "New Year's Day"),
    (date(2027, 1, 4), True, None),
    (date(2027, 3, 26), False, "Good Friday"),
    (date(2027, 3, 29), False, "Easter Monday"),
    (date(2027, 3, 30), True, None),
    (date(2027, 3, 28), False, None),                      # Sunday of the spring clock change
    (date(2027, 10, 31), False, None),                     # Sunday of the autumn clock change
    (date(2027, 11, 1), True, None),
    (date(2027, 3, 17), True, None),                       # St Patrick's Day: not an English bank holiday
])
def test_working_days(day, working, why):
    assert CAL.is_working_day(day) is working
    assert CAL.holiday_name(day) == why


def test_a_datetime_is_judged_by_its_london_date():
    # In winter UTC and London agree; in summer 23:30 UTC is 00:30 BST the next day, so 23:30 UTC
    # on Sunday 2 May 2027 is already the May Day bank holiday in London.
    assert CAL.is_working_day(utc(2027, 3, 25, 23, 30))          # Thursday 23:30 GMT
    assert not CAL.is_working_day(utc(2027, 3, 26, 0, 30))       # Good Friday
    assert to_london(utc(2027, 5, 2, 23, 30)).date() == date(2027, 5, 3)
    assert not CAL.is_working_day(utc(2027, 5, 2, 23, 30))       # May Day in London
    assert CAL.is_working_day(utc(2027, 4, 30, 22, 30))          # Friday 23:30 BST


def test_naive_datetimes_are_refused():
    with pytest.raises(ValueError, match="naive"):
        CAL.next_working_time(datetime(2027, 1, 4, 10, 0))


# -- Christmas 2026 and New Year 2027 -------------------------------------------------------

@pytest.mark.parametrize("start,n,expected", [
    (date(2026, 12, 24), 1, date(2026, 12, 29)),   # skips 25, 26, 27 and the substitute 28th
    (date(2026, 12, 23), 2, date(2026, 12, 29)),
    (date(2026, 12, 24), 4, date(2027, 1, 4)),     # 29, 30, 31, (1 Jan), 4
    (date(2026, 12, 25), 0, date(2026, 12, 29)),   # 0 from a holiday: the next working day
    (date(2026, 12, 18), 5, date(2026, 12, 29)),   # 21, 22, 23, 24, 29
    (date(2027, 3, 25), 1, date(2027, 3, 30)),     # Easter 2027: Good Friday and Easter Monday
    (date(2027, 3, 24), 5, date(2027, 4, 2)),
    (date(2027, 10, 29), 1, date(2027, 11, 1)),    # autumn clock change weekend
])
def test_add_working_days(start, n, expected):
    assert CAL.add_working_days(start, n) == expected


@pytest.mark.parametrize("start,end,count", [
    (date(2026, 12, 23), date(2027, 1, 4), 5),     # 24, 29, 30, 31, 4
    (date(2026, 12, 24), date(2026, 12, 28), 0),   # 25 to 28 all off
    (date(2026, 12, 24), date(2026, 12, 29), 1),
    (date(2027, 3, 25), date(2027, 3, 30), 1),     # Good Friday and Easter Monday excluded
    (date(2027, 3, 22), date(2027, 3, 31), 5),     # 23, 24, 25, 30, 31
    (date(2027, 10, 27), date(2027, 11, 3), 5),    # 28, 29, 1, 2, 3
    (date(2027, 1, 4), date(2027, 1, 4), 0),       # start < d <= end
    (date(2027, 1, 5), date(2027, 1, 4), 0),       # end before start
    # (1 Jan 2026, 1 Jan 2027]: 261 weekdays, minus 7 bank holidays after 1 Jan 2026 and 1 Jan 2027
    (date(2026, 1, 1), date(2027, 1, 1), 253),
])
def test_working_days_between(start, end, count):
    assert CAL.working_days_between(start, end) == count


def test_sub_working_days_and_previous():
    assert CAL.sub_working_days(date(2026, 12, 29), 1) == date(2026, 12, 24)
    assert CAL.sub_working_days(date(2027, 4, 2), 5) == date(2027, 3, 24)
    assert CAL.sub_working_days(date(2027, 3, 29), 0) == date(2027, 3, 25)
    assert CAL.previous_working_day(date(2027, 1, 4)) == date(2026, 12, 31)


# -- local closure days -------------------------------------------------------------------------

def test_local_closure_days_are_not_working_days():
    cal = WorkingCalendar(closure_days=[date(2026, 12, 24), date(2026, 12, 31)])
    assert not cal.is_working_day(date(2026, 12, 24))
    assert cal.holiday_name(date(2026, 12, 24)) == "local closure day"
    assert cal.add_working_days(date(2026, 12, 23), 1) == date(2026, 12, 29)
    assert cal.working_days_between(date(2026, 12, 23), date(2027, 1, 4)) == 3  # 29, 30, 4
    assert cal.next_working_time(london(2026, 12, 23, 17, 30)) == london(2026, 12, 29, 9, 0)


def test_calendar_for_reads_the_deployments_closure_days_and_office_hours(tmp_path):
    import shutil

    cfg = tmp_path / "config"
    shutil.copytree(CONFIG, cfg)
    dep = yaml.safe_load((cfg / "deployment.yaml").read_text(encoding="utf-8"))
    dep["closure_days"] = [date(2026, 12, 24)]
    dep["office_hours_start"] = "08:30"
    dep["authorities"]["torbay"]["closure_days"] = [date(2026, 12, 31)]
    (cfg / "deployment.yaml").write_text(yaml.safe_dump(dep, sort_keys=False), encoding="utf-8")
    settings = load_settings(cfg)
    torbay = calendar_for(settings, "torbay")
    knowsley = calendar_for(settings, "knowsley")
    assert not torbay.is_working_day(date(2026, 12, 24)) and not knowsley.is_working_day(date(2026, 12, 24))
    assert not torbay.is_working_day(date(2026, 12, 31)) and knowsley.is_working_day(date(2026, 12, 31))
    assert torbay.office_start == time(8, 30)


# -- office hours and clock changes ---------------------------------------------------------------

@pytest.mark.parametrize("when,expected_local,expected_utc", [
    # spring forward, Sunday 28 March 2027: Thursday evening before Easter -> Tuesday 09:00 BST
    (london(2027, 3, 25, 17, 0), london(2027, 3, 30, 9, 0), utc(2027, 3, 30, 8, 0)),
    # within office hours: unchanged
    (london(2027, 3, 25, 16, 59), london(2027, 3, 25, 16, 59), utc(2027, 3, 25, 16, 59)),
    # before opening on a working day: that day's opening
    (utc(2027, 3, 30, 7, 30), london(2027, 3, 30, 9, 0), utc(2027, 3, 30, 8, 0)),
    # fall back, Sunday 31 October 2027: Saturday night BST -> Monday 09:00 GMT
    (london(2027, 10, 30, 23, 30), london(2027, 11, 1, 9, 0), utc(2027, 11, 1, 9, 0)),
    # 08:30 UTC on Friday 29 Oct 2027 is 09:30 BST: inside office hours
    (utc(2027, 10, 29, 8, 30), london(2027, 10, 29, 9, 30), utc(2027, 10, 29, 8, 30)),
    # Christmas: Christmas Eve after hours -> Tuesday 29 Dec
    (london(2026, 12, 24, 17, 5), london(2026, 12, 29, 9, 0), utc(2026, 12, 29, 9, 0)),
])
def test_next_working_time(when, expected_local, expected_utc):
    got = CAL.next_working_time(when)
    assert got == expected_local == expected_utc
    assert got.tzinfo is not None and got.utcoffset() == expected_local.utcoffset()
    assert CAL.is_working_time(got)


def test_office_hours_are_wall_clock_on_both_sides_of_each_clock_change():
    assert CAL.at(date(2027, 3, 26), time(9)).utcoffset() == timedelta(0)
    assert CAL.at(date(2027, 3, 30), time(9)).utcoffset() == timedelta(hours=1)
    assert CAL.at(date(2027, 10, 29), time(17)).astimezone(UTC) == utc(2027, 10, 29, 16, 0)
    assert CAL.at(date(2027, 11, 1), time(17)).astimezone(UTC) == utc(2027, 11, 1, 17, 0)
    assert not CAL.is_working_time(utc(2027, 10, 29, 16, 30))   # 17:30 BST: closed
    assert CAL.is_working_time(utc(2027, 11, 1, 16, 30))        # 16:30 GMT: open


@pytest.mark.parametrize("start,n,due", [
    (london(2027, 3, 25, 10, 0), 1, utc(2027, 3, 30, 16, 0)),    # GMT start, BST due (Easter + spring)
    (london(2027, 10, 29, 10, 0), 1, utc(2027, 11, 1, 17, 0)),   # BST start, GMT due
    (london(2027, 10, 29, 18, 0), 1, utc(2027, 11, 2, 17, 0)),   # after hours: counts from Monday
    (london(2026, 12, 24, 11, 0), 0, utc(2026, 12, 24, 17, 0)),  # same working day
    (london(2026, 12, 25, 11, 0), 0, utc(2026, 12, 29, 17, 0)),  # "same day" on a holiday: next one
    (london(2026, 12, 24, 11, 0), 5, utc(2027, 1, 5, 17, 0)),  # 29, 30, 31, 4, 5
])
def test_due_after_working_days(start, n, due):
    assert CAL.due_after_working_days(start, n) == due


@pytest.mark.parametrize("start,kw,due", [
    (london(2026, 12, 21, 10), {"calendar_days": 5}, london(2026, 12, 29, 17)),  # Sat 26 -> Tue 29
    (london(2027, 3, 1, 11), {"weeks": 4}, london(2027, 3, 30, 17)),             # Easter Monday -> Tue
    (london(2027, 3, 15, 10), {"weeks": 4}, utc(2027, 4, 12, 16)),               # across spring change
    (london(2027, 10, 18, 10), {"weeks": 2}, utc(2027, 11, 1, 17)),              # across autumn change
    (london(2027, 3, 24, 9, 30), {"working_days": 5}, london(2027, 4, 2, 17)),
])
def test_due_by_offset(start, kw, due):
    assert CAL.due(start, **kw) == due


def test_due_needs_exactly_one_offset():
    with pytest.raises(ValueError):
        CAL.due(london(2027, 1, 4), working_days=1, weeks=1)


def test_reminder_and_escalation_times():
    due = london(2026, 12, 29, 17)
    assert CAL.reminder_time(due, 0) == london(2026, 12, 29, 9)
    assert CAL.reminder_time(due, 1) == london(2026, 12, 24, 9)
    assert CAL.escalation_time(due, 0) == due
    assert CAL.escalation_time(due, 2) == london(2026, 12, 31, 17)
    assert CAL.reminder_time(utc(2027, 3, 30, 16), 1) == utc(2027, 3, 25, 9)  # GMT morning before Easter


# -- properties -----------------------------------------------------------------------------------

DAYS = st.dates(min_value=date(2024, 1, 1), max_value=date(2030, 12, 31))
CLOSURES = st.lists(DAYS, max_size=6)


@settings(max_examples=300, deadline=None)
@given(d=DAYS, n=st.integers(min_value=1, max_value=80), closures=CLOSURES)
def test_adding_n_working_days_then_counting_back_gives_n(d, n, closures):
    cal = WorkingCalendar(closure_days=closures)
    end = cal.add_working_days(d, n)
    assert cal.working_days_between(d, end) == n
    assert cal.sub_working_days(end, n) == (d if cal.is_working_day(d) else cal.previous_working_day(d))


@settings(max_examples=300, deadline=None)
@given(d=DAYS, n=st.integers(min_value=0, max_value=80), closures=CLOSURES)
def test_no_computed_working_day_is_a_weekend_bank_holiday_or_closure(d, n, closures):
    cal = WorkingCalendar(closure_days=closures)
    for got in (cal.add_working_days(d, n), cal.next_working_day(d), cal.on_or_after(d),
                cal.sub_working_days(d, n), cal.previous_working_day(d),
                cal.due_after_working_days(cal.at(d, time(12)), n).date(),
                cal.due(cal.at(d, time(12)), calendar_days=n).date()):
        assert got.weekday() < 5
        assert got not in bank_holidays(got.year)
        assert got not in set(closures)


@settings(max_examples=200, deadline=None)
@given(a=DAYS, b=DAYS, closures=CLOSURES)
def test_working_days_between_matches_counting_day_by_day(a, b, closures):
    cal = WorkingCalendar(closure_days=closures)
    slow = sum(1 for i in range(1, (b - a).days + 1) if cal.is_working_day(a + timedelta(days=i)))
    assert cal.working_days_between(a, b) == max(slow, 0)


@settings(max_examples=200, deadline=None)
@given(ts=st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2030, 12, 31),
                       timezones=st.just(UTC)))
def test_next_working_time_is_always_a_working_time_and_never_earlier(ts):
    got = CAL.next_working_time(ts)
    assert got >= ts
    assert CAL.is_working_time(got)
    assert got.tzinfo is not None
