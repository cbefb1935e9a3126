"""Scheduled reports from the policy packs' ``reports:`` (Knowsley §6: "CSC workers to complete
step-up request log and review monthly").

For each report rule of each authority, on the rule's working day of the month
(``send_on_working_day``: 1 = the first working day, after bank holidays and closure days), the
previous calendar month's step-up request log goes to everyone holding ``to_role``: the same rows
as the web page's XLSX export (``bot.web.reports``), attached, with a short summary in the body.
A report late because the daemon was down goes on the next run in the same month.

The review is recorded on the web Reports page (managers) or with
``stepbot report reviewed AUTHORITY REPORT_ID YYYY-MM`` (an audit
event ``report_reviewed``). If it is not recorded by close of business ``after_working_days``
working days after the report went, each escalation step goes once to its role (the report's
recipients copied in).

Exactly once: the report's outbox key is ``report:{authority}:{report_id}:{YYYY-MM}`` and each
escalation's ``report:{authority}:{report_id}:{YYYY-MM}:escalation:{n}``, where YYYY-MM is the
month the log covers; a second run, or a run after a restart, enqueues nothing. Each send or
escalation is one transaction (outbox row and audit event together).
"""
from __future__ import annotations

import getpass
import logging
import re
import sys
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select

from bot.words import say
from bot import audit
from bot.models import AuditEvent, OutboxMessage
from bot.workcal import to_london

log = logging.getLogger(__name__)

XLSX_TYPE = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
LOOKBACK_MONTHS = 3  # escalation windows that started this many months ago are still watched


# --- the calendar of a monthly report ---------------------------------------------------------

def first_of_month(d: date) -> date:
    return d.replace(day=1)


def previous_month(month: date) -> date:
    """The first of the month before ``month``."""
    return first_of_month(first_of_month(month) - timedelta(days=1))


def month_key(month: date) -> str:
    return f"{month:%Y-%m}"


def send_day(cal, month: date, nth_working_day: int) -> date:
    """The ``nth_working_day``-th working day of ``month`` (1 = the first)."""
    return cal.add_working_days(cal.on_or_after(first_of_month(month)), nth_working_day - 1)


def report_key(authority: str, report_id: str, period: date) -> str:
    return f"report:{authority}:{report_id}:{month_key(period)}"


def escalation_key(authority: str, report_id: str, period: date, step: int) -> str:
    return f"{report_key(authority, report_id, period)}:escalation:{step}"


# --- what the report says ---------------------------------------------------------------------

@dataclass(frozen=True)
class Summary:
    received: int
    complete: int
    booked: int
    invited_within_1_wd: int
    notice_rule: int
    notice_given: int
    agreed: int
    not_agreed: int
    references: list[dict]


def summarise(session, cal, reqs) -> Summary:
    """Counts for one month's step-up requests (the log's requests, already loaded)."""
    from bot.web.reports import invited_within

    ids = [r.id for r in reqs]
    completed = set()
    if ids:
        for rid, detail in session.execute(select(AuditEvent.request_id, AuditEvent.detail).where(
                AuditEvent.action == "event", AuditEvent.request_id.in_(ids))):
            if (detail or {}).get("event") == "request_complete":
                completed.add(rid)
    complete = booked = within = notice_rule = notice_given = 0
    refs = []
    for r in reqs:
        if r.id in completed or r.state in ("ready", "booked", "decided"):
            complete += 1
        if r.bookings:
            booked += 1
            if invited_within(cal, r.received_at, min(b.created_at for b in r.bookings)):
                within += 1
        ok = (r.notice or {}).get("ok")
        if ok is not None:
            notice_rule += 1
            notice_given += 1 if ok else 0
        refs.append({"reference": r.reference, "initials": ", ".join(c.initials for c in r.children) or "-",
                     "state": r.state, "outcome": {"agreed": "agreed", "not_agreed": "not agreed"}.get(r.outcome or "", "")})
    return Summary(
        received=len(reqs), complete=complete, booked=booked, invited_within_1_wd=within,
        notice_rule=notice_rule, notice_given=notice_given,
        agreed=sum(1 for r in reqs if r.outcome == "agreed"),
        not_agreed=sum(1 for r in reqs if r.outcome == "not_agreed"),
        references=refs,
    )


def build_report(session, app, authority: str, rule, period: date):
    """(xlsx bytes, filename, Summary) for one report rule and the month it covers."""
    from bot.web import reports

    if rule.report != "step_up_log":  # the schema admits only step_up_log; a new kind needs code here
        raise ValueError(f"unknown report kind {rule.report!r}")
    reqs = reports.step_up_requests(session, authority, period)
    xlsx = reports.to_xlsx("Step-up request log", reports.LOG_COLUMNS, reports.log_rows(reqs))
    return xlsx, f"step-up-log-{authority}-{month_key(period)}.xlsx", summarise(session, app.calendar(authority), reqs)


def report_mailbox(app, authority: str, rule) -> str:
    """The duty mailbox the report is sent from: the one step-ups arrive at, if configured."""
    mbs = app.settings.deployment.authorities[authority].mailboxes
    kp = app.pack(authority).kind("step_up")
    if kp is not None and kp.mailbox in mbs:
        return kp.mailbox
    return next(iter(mbs))


def _emails(app, authority: str, role: str) -> list[str]:
    return [p.email for p in app.settings.people(authority, role)]


def _message(app, authority, rule, period, template, xlsx, filename, summary, **extra):
    from bot import mail

    pack = app.pack(authority)
    subject, text = mail.render(
        template, authority=pack.display_name, title=rule.title, report_id=rule.id, authority_key=authority,
        month=f"{period:%B %Y}", month_key=month_key(period), s=summary, filename=filename,
        quote=" ".join(rule.source.quote.split()), source_file=rule.source.file, **extra)
    msg = mail.build_message(subject=subject, text=text)
    msg.add_attachment(xlsx, maintype=XLSX_TYPE[0], subtype=XLSX_TYPE[1], filename=filename)
    return msg


# --- the review -------------------------------------------------------------------------------

def review_event(session, authority: str, report_id: str, period: date) -> AuditEvent | None:
    """The audit event recording the review of one month's report, or None."""
    want = {"authority": authority, "report": report_id, "month": month_key(period)}
    for ev in session.scalars(select(AuditEvent).where(AuditEvent.action == "report_reviewed")
                              .order_by(AuditEvent.id)):
        d = ev.detail or {}
        if all(d.get(k) == v for k, v in want.items()):
            return ev
    return None


def record_review(session, authority: str, report_id: str, period: date, *, actor: str,
                  at: datetime) -> tuple[bool, AuditEvent]:
    """Record, in the caller's transaction, that a month's report was reviewed (stops its
    escalation). Returns (newly recorded, the event); a second record keeps the first."""
    ev = review_event(session, authority, report_id, period)
    if ev is not None:
        return False, ev
    ev = audit.record(session, "report_reviewed", at=at, actor=actor, authority=authority,
                      report=report_id, month=month_key(period))
    audit.write(session)   # written now, as an ORM row (bot.audit)
    session.flush()
    return True, ev


def review_status(session, app, authority: str, period: date, now: datetime) -> list[dict]:
    """For the web page: each report rule of ``authority`` with its review for ``period``
    (the event or None) and whether the month has ended, so a review can be recorded."""
    ended = period < first_of_month(to_london(now).date())
    return [{"rule": rule, "review": review_event(session, authority, rule.id, period), "ended": ended}
            for rule in app.pack(authority).reports]


# --- the scheduled job ------------------------------------------------------------------------

CATCH_UP_WORKING_DAYS = 5


def run_reports(app, *, now: datetime | None = None) -> int:
    """Send every report that is due and every escalation that is due. Returns messages enqueued.

    One authority's failure is logged and does not stop the others; the next run retries it.
    """
    now = now or app.clock.now()
    count = 0
    for authority in app.authorities():
        for rule in app.pack(authority).reports:
            try:
                count += _send_if_due(app, authority, rule, now)
                count += _escalate_if_due(app, authority, rule, now)
            except Exception:  # noqa: BLE001 - logged by reference; the next run retries
                log.exception("report %s for %s failed; the next run retries it", rule.id, authority)
    return count


def _send_if_due(app, authority: str, rule, now: datetime) -> int:
    from bot import outbox

    cal = app.calendar(authority)
    today = to_london(now).date()
    due = send_day(cal, today, rule.send_on_working_day)
    # A run missed on the day (daemon down) catches up within a few working days; a deployment that
    # starts mid-month does not mail out a stale log.
    if not cal.is_working_day(today) or not due <= today <= cal.add_working_days(due, CATCH_UP_WORKING_DAYS):
        return 0
    period = previous_month(today)
    key = report_key(authority, rule.id, period)
    with app.Session.begin() as s:
        if s.scalar(select(OutboxMessage.id).where(OutboxMessage.idempotency_key == key)) is not None:
            return 0
        xlsx, filename, summary = build_report(s, app, authority, rule, period)
        msg = _message(app, authority, rule, period, "monthly_report", xlsx, filename, summary,
                       escalation=[{"after": e.after_working_days, "role": say(e.role)}
                                   for e in rule.escalation],
                       review_by=_review_deadline_text(cal, today, rule))
        row = outbox.enqueue(s, app, key=key, authority=authority, mailbox=report_mailbox(app, authority, rule),
                             purpose="monthly_report", to=_emails(app, authority, rule.to_role), msg=msg)
        if row is None:
            return 0
        audit.record(s, "report_sent", at=now, authority=authority, report=rule.id, month=month_key(period),
                     key=key, received=summary.received)
    log.info("report %s for %s %s queued", rule.id, authority, month_key(period))
    return 1


def _review_deadline_text(cal, sent: date, rule) -> str:
    if not rule.escalation:
        return ""
    due = cal.end_of_working_day(cal.add_working_days(sent, rule.escalation[0].after_working_days))
    return to_london(due).strftime("%A %-d %B %Y at %H:%M")


def _escalate_if_due(app, authority: str, rule, now: datetime) -> int:
    if not rule.escalation:
        return 0
    cal = app.calendar(authority)
    today = to_london(now).date()
    if not cal.is_working_day(today):
        return 0
    count = 0
    period = previous_month(today)
    for _ in range(LOOKBACK_MONTHS):
        count += _escalate_period(app, authority, rule, period, now)
        period = previous_month(period)
    return count


def _escalate_period(app, authority: str, rule, period: date, now: datetime) -> int:
    """Escalate one month's report if it went out, is not reviewed, and a step's time has come."""
    from bot import outbox

    cal = app.calendar(authority)
    count = 0
    with app.Session.begin() as s:
        sent = s.scalar(select(OutboxMessage).where(
            OutboxMessage.idempotency_key == report_key(authority, rule.id, period)))
        if sent is None or review_event(s, authority, rule.id, period) is not None:
            return 0
        sent_day = to_london(sent.created_at).date()
        for step, esc in enumerate(rule.escalation):
            due = cal.end_of_working_day(cal.add_working_days(sent_day, esc.after_working_days))
            ekey = escalation_key(authority, rule.id, period, step)
            if now < due or s.scalar(select(OutboxMessage.id).where(OutboxMessage.idempotency_key == ekey)):
                continue
            xlsx, filename, summary = build_report(s, app, authority, rule, period)
            msg = _message(app, authority, rule, period, "monthly_report_escalation", xlsx, filename, summary,
                           sent_on=sent_day.strftime("%A %-d %B %Y"), due=due,
                           to_role=say(rule.to_role), after=esc.after_working_days)
            row = outbox.enqueue(s, app, key=ekey, authority=authority, mailbox=report_mailbox(app, authority, rule),
                                 purpose="monthly_report_escalation", to=_emails(app, authority, esc.role),
                                 cc=_emails(app, authority, rule.to_role), msg=msg)
            if row is None:
                continue
            audit.record(s, "report_escalated", at=now, authority=authority, report=rule.id,
                         month=month_key(period), key=ekey, role=esc.role, step=step)
            count += 1
            log.info("report %s for %s %s not reviewed: escalated to %s",
                     rule.id, authority, month_key(period), esc.role)
    return count


# --- `stepbot report reviewed AUTHORITY REPORT_ID YYYY-MM` -------------------------------------

MONTH_RE = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


def report_command(args) -> int:
    from bot.app import App
    from bot.commands import load_or_exit

    if args.report_command != "reviewed":
        print(f"unknown report command {args.report_command!r}", file=sys.stderr)
        return 2
    settings = load_or_exit(args.config)
    authorities = settings.deployment.authorities
    if args.authority not in authorities:
        print(f"no authority {args.authority!r}; known: {', '.join(sorted(authorities))}", file=sys.stderr)
        return 2
    rules = {r.id: r for r in settings.pack(args.authority).reports}
    if args.report_id not in rules:
        print(f"{args.authority} has no report {args.report_id!r}; its reports: {', '.join(rules) or 'none'}",
              file=sys.stderr)
        return 2
    m = MONTH_RE.match(args.month)
    if not m:
        print(f"month {args.month!r} is not YYYY-MM (the month the log covers, e.g. 2026-12)", file=sys.stderr)
        return 2
    period = date(int(m.group(1)), int(m.group(2)), 1)
    app = App(settings)
    try:
        if period >= first_of_month(to_london(app.clock.now()).date()):
            print(f"{args.month} has not ended yet: its log is reviewed in the month after", file=sys.stderr)
            return 2
        actor = args.by or getpass.getuser()
        with app.Session.begin() as s:
            new, ev = record_review(s, args.authority, args.report_id, period, actor=actor, at=app.clock.now())
            by, at = ev.actor, ev.at
    finally:
        app.close()
    if new:
        print(f"recorded: {args.authority} {args.report_id} {args.month} reviewed by {actor}")
    else:
        print(f"already recorded: {args.authority} {args.report_id} {args.month} reviewed by {by} "
              f"on {to_london(at):%Y-%m-%d %H:%M}")
    return 0
