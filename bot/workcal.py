"""The working calendar: Monday to Friday, minus England & Wales bank holidays (``holidays``),
minus local closure days, with office hours in Europe/London.

Every timescale in the protocols ("within 1 working day", "at least 5 working days' notice",
"within 4 weeks") stands on this module. All datetimes it returns are timezone-aware in
Europe/London; it refuses naive datetimes. Wall-clock times are combined with the date through
``zoneinfo``, so 09:00 is 09:00 GMT in winter and 09:00 BST in summer, across both clock changes.

Conventions (documented once, used by the notice check, the slot finder and the deadline engine):

* ``working_days_between(start, end)`` counts working days d with start < d <= end (DESIGN.md's
  notice rule): a meeting on Wednesday proposed on the Monday before has 2 days' notice.
* A deadline of n working days is due at close of business on the n-th working day after the
  day the event happened; an event outside office hours counts from the next opening, so a request
  that lands on Friday evening has until close of business on Tuesday for "1 working day".
  n == 0 means "the same working day".
* A deadline in calendar days or weeks is due at close of business on that date, moved forward to
  the next working day when the date is not one.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

LONDON = ZoneInfo("Europe/London")


@lru_cache(maxsize=256)
def _bank_holiday_names(year: int) -> dict[date, str]:
    # subdiv="ENG": England and Wales share the same bank holidays (all five authorities are
    # English). ``observed`` substitutes are included (26 Dec 2026 is a Saturday: Monday 28th).
    return dict(holidays.UnitedKingdom(subdiv="ENG", years=year).items())


def bank_holidays(year: int) -> frozenset[date]:
    """England & Wales bank holidays (with substitute days) in one year."""
    return frozenset(_bank_holiday_names(year))


def _day(d: date | datetime) -> date:
    """The London calendar date of a date or an aware datetime."""
    if isinstance(d, datetime):
        return to_london(d).date()
    return d


class WorkingCalendar:
    def __init__(self, closure_days: Iterable[date] = (), office_start: time = time(9, 0),
                 office_end: time = time(17, 0)):
        if office_end <= office_start:
            raise ValueError("office_end must be after office_start")
        self.closure_days = frozenset(closure_days)
        self.office_start = office_start
        self.office_end = office_end

    def __repr__(self) -> str:
        return (f"WorkingCalendar({len(self.closure_days)} closure days, "
                f"{self.office_start:%H:%M}-{self.office_end:%H:%M} Europe/London)")

    # -- days -------------------------------------------------------------------------------
    def is_working_day(self, d: date | datetime) -> bool:
        d = _day(d)
        return d.weekday() < 5 and d not in _bank_holiday_names(d.year) and d not in self.closure_days

    def holiday_name(self, d: date | datetime) -> str | None:
        """Why a weekday is not a working day ("Good Friday", "local closure day"), else None."""
        d = _day(d)
        if d in self.closure_days:
            return "local closure day"
        return _bank_holiday_names(d.year).get(d)

    def add_working_days(self, d: date | datetime, n: int) -> date:
        """The n-th working day after d (n >= 0). n == 0 gives d itself if working, else the next."""
        if n < 0:
            raise ValueError("n must be >= 0 (use sub_working_days to go back)")
        d = _day(d)
        if n == 0:
            return d if self.is_working_day(d) else self.next_working_day(d)
        cur = d
        while n:
            cur += timedelta(days=1)
            if self.is_working_day(cur):
                n -= 1
        return cur

    def sub_working_days(self, d: date | datetime, n: int) -> date:
        """The n-th working day before d (n >= 0). n == 0 gives d itself if working, else the previous."""
        if n < 0:
            raise ValueError("n must be >= 0")
        d = _day(d)
        if n == 0:
            return d if self.is_working_day(d) else self.previous_working_day(d)
        cur = d
        while n:
            cur -= timedelta(days=1)
            if self.is_working_day(cur):
                n -= 1
        return cur

    def next_working_day(self, d: date | datetime) -> date:
        """The first working day strictly after d."""
        cur = _day(d) + timedelta(days=1)
        while not self.is_working_day(cur):
            cur += timedelta(days=1)
        return cur

    def previous_working_day(self, d: date | datetime) -> date:
        """The last working day strictly before d."""
        cur = _day(d) - timedelta(days=1)
        while not self.is_working_day(cur):
            cur -= timedelta(days=1)
        return cur

    def on_or_after(self, d: date | datetime) -> date:
        """d if it is a working day, else the next one."""
        d = _day(d)
        return d if self.is_working_day(d) else self.next_working_day(d)

    def working_days_between(self, start: date | datetime, end: date | datetime) -> int:
        """Working days d with start < d <= end (DESIGN.md's notice rule); 0 if end <= start."""
        start, end = _day(start), _day(end)
        if end <= start:
            return 0
        # Whole weeks at once (5 weekdays each), then the remainder day by day; subtract holidays
        # and closures that fall on weekdays inside the range.
        days = (end - start).days
        weeks, rest = divmod(days, 7)
        count = weeks * 5
        cur = start + timedelta(days=weeks * 7)
        for _ in range(rest):
            cur += timedelta(days=1)
            if cur.weekday() < 5:
                count += 1
        off = set()
        for year in range(start.year, end.year + 1):
            off.update(_bank_holiday_names(year))
        off.update(self.closure_days)
        count -= sum(1 for h in off if start < h <= end and h.weekday() < 5)
        return count

    def working_days_in_range(self, start: date, end: date) -> Iterator[date]:
        """Working days d with start <= d <= end, in order."""
        cur = _day(start)
        end = _day(end)
        while cur <= end:
            if self.is_working_day(cur):
                yield cur
            cur += timedelta(days=1)

    # -- times ------------------------------------------------------------------------------
    def at(self, d: date, t: time) -> datetime:
        """Wall-clock time t on day d in London (zoneinfo picks GMT or BST correctly)."""
        return datetime.combine(_day(d), t, tzinfo=LONDON)

    def is_working_time(self, dt: datetime) -> bool:
        local = to_london(dt)
        return self.is_working_day(local.date()) and self.office_start <= local.time() < self.office_end

    def next_working_time(self, dt: datetime) -> datetime:
        """dt itself if inside office hours on a working day, else the next office opening."""
        local = to_london(dt)
        if self.is_working_day(local.date()):
            if local.time() < self.office_start:
                return self.at(local.date(), self.office_start)
            if local.time() < self.office_end:
                return local
        return self.at(self.next_working_day(local.date()), self.office_start)

    def start_of_working_day(self, d: date) -> datetime:
        return self.at(d, self.office_start)

    def end_of_working_day(self, d: date) -> datetime:
        return self.at(d, self.office_end)

    def due_after_working_days(self, start: datetime, n: int) -> datetime:
        """Close of business on the n-th working day after the (working) day of ``start``.

        An event outside office hours counts from the next opening; n == 0 is the same working day.
        """
        effective = self.next_working_time(start)
        return self.end_of_working_day(self.add_working_days(effective.date(), n))

    def due_after_calendar_days(self, start: datetime, days: int) -> datetime:
        """Close of business ``days`` calendar days after the London date of ``start``, moved
        forward to the next working day when that date is not one."""
        if days < 0:
            raise ValueError("days must be >= 0")
        target = to_london(start).date() + timedelta(days=days)
        return self.end_of_working_day(self.on_or_after(target))

    def due_after_weeks(self, start: datetime, weeks: int) -> datetime:
        """Close of business ``weeks`` weeks after the London date of ``start`` (same weekday),
        moved forward to the next working day when that date is not one."""
        return self.due_after_calendar_days(start, 7 * weeks)

    def due(self, start: datetime, *, working_days: int | None = None, calendar_days: int | None = None,
            weeks: int | None = None) -> datetime:
        """The due time for exactly one of the offsets a deadline rule may give."""
        given = [x for x in (working_days, calendar_days, weeks) if x is not None]
        if len(given) != 1:
            raise ValueError("give exactly one of working_days, calendar_days, weeks")
        if working_days is not None:
            return self.due_after_working_days(start, working_days)
        if calendar_days is not None:
            return self.due_after_calendar_days(start, calendar_days)
        return self.due_after_weeks(start, weeks)  # type: ignore[arg-type]

    def due_for_rule(self, rule, start: datetime) -> datetime:
        """When a :class:`bot.policy.DeadlineRule` started at ``start`` is due."""
        return self.due(start, working_days=rule.working_days, calendar_days=rule.calendar_days,
                        weeks=rule.weeks)

    def reminder_time(self, due: datetime, working_days_before: int) -> datetime:
        """Office opening on the working day ``working_days_before`` before the due day
        (0 = the morning of the due day)."""
        day = self.sub_working_days(to_london(due).date(), working_days_before)
        return self.start_of_working_day(day)

    def escalation_time(self, due: datetime, working_days_after: int) -> datetime:
        """When an escalation rung fires: the due time itself for 0, else close of business on
        the n-th working day after the due day."""
        if working_days_after == 0:
            return to_london(due)
        return self.end_of_working_day(self.add_working_days(to_london(due).date(), working_days_after))


def to_london(dt: datetime) -> datetime:
    if dt.tzinfo is None:
        raise ValueError("naive datetime: stepbot only handles timezone-aware times")
    return dt.astimezone(LONDON)


def calendar_for(settings, authority: str) -> WorkingCalendar:
    dep = settings.deployment
    return WorkingCalendar(settings.closure_days(authority), dep.office_hours_start, dep.office_hours_end)
