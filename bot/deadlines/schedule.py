"""Deadline schedules: when a rule is due, when its reminders and escalations fall, what is next.

Pure arithmetic on the working calendar and the policy pack, no mail and no writes beyond the
row's own ``next_at``: ``due_for`` (the due time of a rule started at an event), ``plan_for`` (a
deadline's ``Plan``: reminder times and the escalation ladder, or the pack's chase schedule),
``next_action`` (what is next for a row), ``rule_by_id``, ``ladder``. The engine
(``bot.deadlines.engine``) and the messages (``bot.deadlines.notify``) read them.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta

from bot.booking.service import parse_time
from bot.models import Deadline
from bot.policy import DeadlineRule, Escalation
from bot.states import ACTIVE_DEADLINES, DeadlineState
from bot.workcal import WorkingCalendar, to_london

ACTIVE = ACTIVE_DEADLINES
CHASE_RULE = "chase"


def sub_working_days(cal: WorkingCalendar, d: date, n: int) -> date:
    """The n-th working day before d (n >= 0; n == 0 gives d itself if working, else the one before)."""
    cur = d
    if n == 0:
        while not cal.is_working_day(cur):
            cur -= timedelta(days=1)
        return cur
    while n:
        cur -= timedelta(days=1)
        if cal.is_working_day(cur):
            n -= 1
    return cur


def due_for(cal: WorkingCalendar, rule: DeadlineRule, start: datetime) -> datetime:
    """When a rule started at ``start`` is due: close of business, Europe/London.

    ``working_days`` count from the working day the event falls in (an event at night or at a
    weekend counts from the next opening; 0 = the same working day). ``calendar_days`` and
    ``weeks`` count calendar days from the event's date, and a due date that is not a working day
    (weekend, bank holiday, closure day) moves forward to the next working day.
    """
    if rule.working_days is not None:
        base = to_london(cal.next_working_time(start)).date()
        day = cal.add_working_days(base, rule.working_days)
    else:
        days = rule.calendar_days if rule.calendar_days is not None else 7 * rule.weeks
        day = to_london(start).date() + timedelta(days=days)
        if not cal.is_working_day(day):
            day = cal.next_working_day(day)
    return cal.end_of_working_day(day)


def reminder_times(cal: WorkingCalendar, d: Deadline, leads) -> list[datetime]:
    """Office opening on each lead-time day before the due day, after the deadline started."""
    due_day = to_london(d.due_at).date()
    out = set()
    for lead in leads:
        t = cal.at(sub_working_days(cal, due_day, lead), cal.office_start)
        if t > d.starts_at and t < d.due_at:
            out.add(t)
    return sorted(out)


def escalation_time(cal: WorkingCalendar, due_at: datetime, after_working_days: int) -> datetime:
    """Office opening the morning after the n-th working day past the due day (n=0: the next morning)."""
    return cal.at(cal.add_working_days(to_london(due_at).date(), after_working_days + 1), cal.office_start)


def ladder(rule: DeadlineRule) -> list[Escalation]:
    """The escalation ladder; a rule with none still tells its owner once that it is overdue."""
    return list(rule.escalation) or [Escalation(after_working_days=0, role=rule.owner_role)]


class Plan:
    """A deadline's schedule, from its rule (or the pack's chase rule)."""

    def __init__(self, reminders: list[datetime], escalations: list[tuple[datetime, str]]):
        self.reminders = reminders
        self.escalations = escalations


def plan_for(app, d: Deadline) -> Plan | None:
    cal = app.calendar(d.authority)
    pack = app.pack(d.authority)
    if d.rule_id == CHASE_RULE:
        chase = pack.chase
        if chase is None:
            return None
        return Plan(_chase_times(cal, d.starts_at, chase),
                    [(escalation_time(cal, d.due_at, e.after_working_days), e.role) for e in chase.escalation])
    rule = rule_by_id(pack, d.rule_id)
    if rule is None:
        return None
    return Plan(reminder_times(cal, d, rule.remind_before_working_days),
                [(escalation_time(cal, d.due_at, e.after_working_days), e.role) for e in ladder(rule)])


def _chase_times(cal, start: datetime, chase) -> list[datetime]:
    base = to_london(cal.next_working_time(start)).date()
    return [cal.at(cal.add_working_days(base, chase.every_working_days * n), cal.office_start)
            for n in range(1, chase.max_chases + 1)]


def short_notice_day(req) -> date | None:
    """The day of the meeting a request is held for only because its notice is short (it waits for
    a later date or an agreed shorter notice: Knowsley's "Please allow at least 5 working days'
    notice when requesting attendance at a TAF Meeting."), or None."""
    notice = req.notice or {}
    when = parse_time((req.proposed_meeting or {}).get("start") if isinstance(req.proposed_meeting, dict) else None)
    if notice.get("ok") is not False or when is None or req.missing:
        return None  # with items missing too, the chase is for them as well and goes on
    return to_london(when).date()


def short_notice_passed(req, now: datetime) -> date | None:
    """``short_notice_day`` once that day is over: no longer a notice question; business support
    find out what happened."""
    day = short_notice_day(req)
    return day if day is not None and day < to_london(now).date() else None


def chase_checks_notice_at(cal: WorkingCalendar, d: Deadline) -> datetime | None:
    """For the chase of a request held for short notice: the opening the morning after its
    meeting's day, when the chase stops (``short_notice_passed``); else None."""
    day = short_notice_day(d.request) if d.rule_id == CHASE_RULE and d.request is not None else None
    return cal.at(cal.next_working_day(day), cal.office_start) if day is not None else None


def rule_by_id(pack, rule_id: str) -> DeadlineRule | None:
    for r in pack.deadlines:
        if r.id == rule_id:
            return r
    return None


def next_action(d: Deadline, plan: Plan):
    """(kind, index, time) of what is next for a deadline, or None when nothing is left."""
    if d.state == DeadlineState.OPEN:
        if d.reminders_sent < len(plan.reminders):
            return ("remind", d.reminders_sent, plan.reminders[d.reminders_sent])
        return ("breach", 0, d.due_at)
    if d.state == DeadlineState.BREACHED and d.escalation_step < len(plan.escalations):
        return ("escalate", d.escalation_step, plan.escalations[d.escalation_step][0])
    return None


def _refresh_next_at(app, d: Deadline) -> None:
    plan = plan_for(app, d)
    act = next_action(d, plan) if plan is not None else None
    if act is None:
        d.next_at = None
        return
    kind, _, t = act
    d.next_at = wake_at(app.calendar(d.authority), d, kind, t)


def wake_at(cal: WorkingCalendar, d: Deadline, kind: str, t: datetime, now: datetime | None = None) -> datetime:
    """When the sweep next looks at ``d``, whose next action is ``kind`` at ``t``: a breach at ``t``
    itself, anything else at the next working time; sooner, the morning after a short-notice
    meeting's day (``chase_checks_notice_at``), when that is still to come after ``now``."""
    at = t if kind == "breach" else cal.next_working_time(t)
    check = chase_checks_notice_at(cal, d)
    if check is not None and (now is None or check > now):
        at = min(at, check)
    return at
