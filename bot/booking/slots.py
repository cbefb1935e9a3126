"""The slot finder: which panel hears a request, and the slots it may be booked into, best first.

Everything here is pure (no database): the panel rules come from the policy pack, the days from the
working calendar, "now" from the caller. ``bot.booking.service`` walks the ordered slots and lets
the database's unique ``slot_key`` decide who gets a place.

Rules, all from the pack's ``Panel``:

* a slot is on one of ``weekdays`` at one of ``times`` (Europe/London wall-clock time), on a working
  day (no weekend, England & Wales bank holiday or local closure day), inside office hours, and in
  the future;
* ``cadence_weeks`` > 1 (a fortnightly panel) sits only in weeks a whole number of cadences from the
  week of ``cadence_anchor``;
* ``min_notice_working_days``: at least that many working days d with today < d <= slot day
  (DESIGN.md's notice rule, ``WorkingCalendar.working_days_between``);
* ``book_within_working_days`` / ``book_within_calendar_days`` (counted from the day the request is
  booked, i.e. the day it became complete): slots up to that day come first; when there are none, the
  earliest later slot is used and the booking records that the window was missed;
* ``preferred_weekdays`` ("a Wednesday where possible"): inside the booking window, or (for a panel
  with no window) inside the working week of the earliest valid slot, a preferred day comes first;
* a meeting the sender arranges (``arranged_by: requester``) is never found here: it is recorded as
  given (``bot.booking.service``); ``proposed`` is honoured when it is a future working time inside
  office hours and satisfies the notice rule, whatever the panel's usual days and times.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Iterable, Iterator

from bot.policy import WEEKDAYS, Panel, PolicyPack
from bot.workcal import WorkingCalendar, to_london

DEFAULT_HORIZON_DAYS = 120


@dataclass(frozen=True)
class Slot:
    panel: str
    start: datetime          # aware, Europe/London
    end: datetime
    in_window: bool = True   # inside book_within_working_days (True when the panel sets none)
    proposed: bool = False   # the request's own proposed time

    def key(self, authority: str, place: int) -> str:
        """The value of ``Booking.slot_key``: unique while the booking is active."""
        return f"{authority}|{self.panel}|{self.start.isoformat()}|{place}"


def age_on(dob: date | None, on: date) -> int | None:
    if dob is None:
        return None
    years = on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))
    return max(years, 0)


def choose_panel(pack: PolicyPack, kind: str, *, concerns=(), level=None,
                 child_ages=(), stated=()) -> tuple[str, Panel] | None:
    """The first of the kind's panel choices whose condition holds, or None (no panel: a person
    arranges the meeting)."""
    kp = pack.kind(kind)
    if kp is None:
        return None
    for choice in kp.panels:
        if choice.when is None or choice.when.holds(concerns=concerns, level=level, child_ages=child_ages, stated=stated):
            return choice.panel, pack.panels[choice.panel]
    return None


def in_cadence(panel: Panel, d: date) -> bool:
    """True when the panel sits in d's week (every week, or every n-th week from the anchor's)."""
    if panel.cadence_weeks <= 1 or panel.cadence_anchor is None:
        return True
    monday = d - timedelta(days=d.weekday())
    anchor_monday = panel.cadence_anchor - timedelta(days=panel.cadence_anchor.weekday())
    return ((monday - anchor_monday).days // 7) % panel.cadence_weeks == 0


def _times(panel: Panel) -> list[time]:
    return sorted(time.fromisoformat(t) for t in panel.times)


def fits(panel: Panel, cal: WorkingCalendar, start: datetime, *, today: date, now: datetime,
         panel_times_only: bool = True) -> str | None:
    """Why ``start`` is not a valid slot for the panel, or None when it is."""
    local = to_london(start)
    d = local.date()
    end = local + timedelta(minutes=panel.duration_minutes)
    if start <= now:
        return "in the past"
    if not cal.is_working_day(d):
        return cal.holiday_name(d) or "not a working day"
    if panel_times_only and WEEKDAYS[d.weekday()] not in panel.weekdays:
        return "not one of the panel's days"
    if panel_times_only and not in_cadence(panel, d):
        return "not a week the panel sits"
    if panel_times_only and local.time().replace(second=0, microsecond=0) not in _times(panel):
        return "not one of the panel's times"
    if local.time() < cal.office_start or end.date() != d or end.time() > cal.office_end:
        return "outside office hours"
    if cal.working_days_between(today, d) < panel.min_notice_working_days:
        return f"less than {panel.min_notice_working_days} working days' notice"
    return None


def valid_slots(name: str, panel: Panel, cal: WorkingCalendar, *, now: datetime,
                horizon_days: int = DEFAULT_HORIZON_DAYS) -> Iterator[Slot]:
    """Every valid slot of the panel, in time order, from ``now`` for ``horizon_days``."""
    today = to_london(now).date()
    first = today
    if panel.min_notice_working_days:
        first = cal.add_working_days(today, panel.min_notice_working_days)
    for offset in range((first - today).days, horizon_days + 1):
        d = today + timedelta(days=offset)
        if WEEKDAYS[d.weekday()] not in panel.weekdays or not cal.is_working_day(d) or not in_cadence(panel, d):
            continue
        for t in _times(panel):
            start = cal.at(d, t)
            if fits(panel, cal, start, today=today, now=now) is None:
                yield Slot(name, start, start + timedelta(minutes=panel.duration_minutes))


def window_end(panel: Panel, cal: WorkingCalendar, today: date) -> date | None:
    """The last day of the booking window (``book_within_working_days`` and/or
    ``book_within_calendar_days`` from today), or None when the panel sets none."""
    ends = []
    if panel.book_within_working_days is not None:
        ends.append(cal.add_working_days(today, panel.book_within_working_days))
    calendar_days = getattr(panel, "book_within_calendar_days", None)
    if calendar_days is not None:
        ends.append(today + timedelta(days=calendar_days))
    return min(ends) if ends else None


def ordered_slots(name: str, panel: Panel, cal: WorkingCalendar, *, now: datetime,
                  proposed: datetime | None = None, horizon_days: int = DEFAULT_HORIZON_DAYS) -> list[Slot]:
    """The slots to try, best first (see the module docstring for the order)."""
    today = to_london(now).date()
    slots = list(valid_slots(name, panel, cal, now=now, horizon_days=horizon_days))
    limit = window_end(panel, cal, today)
    out: list[Slot] = []
    if proposed is not None and fits(panel, cal, proposed, today=today, now=now, panel_times_only=False) is None:
        start = to_london(proposed)
        out.append(Slot(name, start, start + timedelta(minutes=panel.duration_minutes),
                        in_window=limit is None or start.date() <= limit, proposed=True))
    if limit is not None:
        inside = [s for s in slots if s.start.date() <= limit]
        after = [Slot(s.panel, s.start, s.end, in_window=False) for s in slots if s.start.date() > limit]
    elif slots:
        # No booking window: "where possible" means within the working week of the earliest slot.
        first = slots[0].start.date()
        week_end = first + timedelta(days=6 - first.weekday())
        inside = [s for s in slots if s.start.date() <= week_end]
        after = [s for s in slots if s.start.date() > week_end]
    else:
        inside, after = [], []
    preferred = set(panel.preferred_weekdays)
    inside.sort(key=lambda s: (WEEKDAYS[s.start.weekday()] not in preferred, s.start))
    out += inside + after
    return _dedupe(out)


def _dedupe(slots: Iterable[Slot]) -> list[Slot]:
    seen, out = set(), []
    for s in slots:
        if s.start not in seen:
            seen.add(s.start)
            out.append(s)
    return out
