"""The deadline engine: every timescale in the protocols, chased until it is met.

A deadline is one row (``bot.models.Deadline``) created by an event on a request
(``on_event``), from the authority's policy pack (``pack.deadlines``). Each has an owner role,
reminders before it is due (``remind_before_working_days``) and an escalation ladder after it
(``escalation``). Its life is a small explicit state machine::

    open ──► met                 (the ``met_by`` event, or documents in ``met_by_documents``)
    open ──► paused ──► open     (request awaiting information; due time moves on on resume)
    open ──► breached ──► met    (late, but met: escalation stops)
    open/paused/breached ──► cancelled   (a new cycle of the rule: ``restarts_on``)

What happens next to a deadline is a pure function of the row (its counters ``reminders_sent``
and ``escalation_step`` against the schedule the rule gives); ``next_at`` caches when that is, and
is the only column the sweep filters on (``WHERE next_at <= now``, index ``ix_deadlines_sweep``).

Exactly-once in effect: every mail goes through ``bot.outbox.enqueue`` with an idempotency key
(``remind:{id}:{n}``, ``escalate:{id}:{step}``, ``chase:{id}:{n}``), in the same transaction as the
counter that records it. A crash before commit leaves neither; a lost counter update re-enqueues
the same key, which the outbox refuses. So a restart or a second sweep never sends twice.

No mail at night or at weekends: an action that falls outside office hours on a working day is
deferred to the next working time (``WorkingCalendar.next_working_time``).

Chasing missing information: when a request goes to ``awaiting_info`` its pausable deadlines stop
(the pause is recorded) and a chase row (rule id ``chase``) starts: the sender is chased every
``pack.chase.every_working_days`` up to ``max_chases``, then the chase escalates up
``pack.chase.escalation``. The chase is met when the information is complete.

Digest vs reminders (the choice, documented): reminders and escalations are sent one per deadline
at their time, because each is answerable on its own (a reply carrying the reference and the
minutes meets it; an out-of-office reroutes it to the deputy). The daily digest
(``bot.digest``) is the once-a-day overview for each manager of everything of theirs due soon or
overdue; it does not replace the timed reminders, and it is sent only to people who have something
in it, so volume stays at one digest plus one mail per reminder point and ladder step.
"""
from __future__ import annotations

import logging
from datetime import date, datetime, timedelta
from email import message_from_bytes
from email import policy as email_policy
from email.utils import getaddresses, parseaddr

from sqlalchemy import select

from bot import audit, mail, outbox
from bot.app import App
from bot.config import ConfigError, load_settings
from bot.models import Deadline, InboundMessage, OutboxMessage, Request
from bot.policy import DeadlineRule, Escalation
from bot.states import ACTIVE_DEADLINES, DeadlineState, RequestState, move
from bot.workcal import LONDON, WorkingCalendar, to_london

log = logging.getLogger(__name__)

ACTIVE = ACTIVE_DEADLINES
CHASE_RULE = "chase"
SWEEP_BATCH = 500
RETRY_AFTER = timedelta(minutes=15)

# Events that pause / resume the pausable deadlines (the workflow emits them on its transitions).
PAUSE_EVENT = "awaiting_info"
RESUME_EVENTS = ("info_complete",)


# -- schedules -------------------------------------------------------------------------------

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
    d.next_at = t if kind == "breach" else app.calendar(d.authority).next_working_time(t)


# -- events ----------------------------------------------------------------------------------

def _rows(session, req: Request, *, active_only=True) -> list[Deadline]:
    q = select(Deadline).where(Deadline.request_id == req.id)
    if active_only:
        q = q.where(Deadline.state.in_(ACTIVE))
    return list(session.scalars(q.order_by(Deadline.id)))


def on_event(app, session, req: Request, event: str, *, at: datetime, **detail) -> list[Deadline]:
    """Start, meet, restart, pause or resume the request's deadlines for one event.

    Returns the deadlines created. Idempotent: an event delivered twice creates nothing twice.
    """
    pack = app.pack(req.authority)
    session.flush()
    rows = _rows(session, req, active_only=False)
    created: list[Deadline] = []

    # 1. Meet what this event meets.
    for d in rows:
        if d.state not in ACTIVE:
            continue
        rule = rule_by_id(pack, d.rule_id)
        if d.rule_id == CHASE_RULE and event in RESUME_EVENTS + ("request_complete",):
            _meet(session, d, req, at=at, by=event)
        elif rule is not None and rule.met_by == event:
            _meet(session, d, req, at=at, by=event)

    # 2. Restart the rules this event loops back (a new cycle; the active one is cancelled).
    kind_ok = pack.kind(req.kind) is not None
    for rule in pack.deadlines if kind_ok else []:
        if event in rule.restarts_on and req.kind in rule.kinds and _applies(pack, req, rule, at):
            mine = [d for d in rows if d.rule_id == rule.id]
            if any(d.state in ACTIVE and d.starts_at == at for d in mine):
                continue  # the same event delivered twice: one new cycle, not two
            for d in mine:
                if d.state in ACTIVE:
                    cancel(session, req, d, at=at, reason=event)
            cycle = max((d.cycle for d in mine), default=-1) + 1
            created.append(_create(app, session, req, rule, at=at, cycle=cycle))

    # 3. Start the rules this event starts (once per request and rule; cycles come from restarts).
    started = {d.rule_id for d in rows} | {d.rule_id for d in created}
    for rule in pack.deadlines_for(req.kind, event, concerns=req.concerns or [], level=req.level,
                                   child_ages=req.child_ages(to_london(at).date())):
        if rule.id not in started:
            created.append(_create(app, session, req, rule, at=at, cycle=0))

    # 4. Pause and chase; resume.
    if event == PAUSE_EVENT:
        _pause(app, session, req, rows, at=at)
        _start_chase(app, session, req, rows, at=at)
    elif event in RESUME_EVENTS:
        _resume(app, session, req, rows, at=at)
    session.flush()
    return created


def _applies(pack, req, rule, at) -> bool:
    if rule.when is None:
        return True
    kp = pack.kind(req.kind)
    lvl = kp.effective_level(req.level) if kp else req.level
    return rule.when.holds(concerns=req.concerns or [], level=lvl,
                           child_ages=req.child_ages(to_london(at).date()))


def _create(app, session, req, rule: DeadlineRule, *, at: datetime, cycle: int) -> Deadline:
    cal = app.calendar(req.authority)
    d = Deadline(request_id=req.id, authority=req.authority, rule_id=rule.id, cycle=cycle, title=rule.title,
                 owner_role=rule.owner_role, state=DeadlineState.OPEN, starts_at=at, due_at=due_for(cal, rule, at),
                 reminders_sent=0, escalation_step=0, paused_total_seconds=0,
                 source_file=rule.source.file, source_quote=rule.source.quote)
    session.add(d)
    _refresh_next_at(app, d)
    session.flush()
    audit.record(session, "deadline_started", at=at, request=req, rule=rule.id, cycle=cycle,
                 deadline=d.id, due=d.due_at.isoformat(), owner=rule.owner_role)
    if req.state == RequestState.AWAITING_INFO and rule.pauses_while_awaiting_info:
        _pause_one(session, req, d, at=at)
    return d


def _meet(session, d: Deadline, req, *, at: datetime, by: str) -> None:
    late = at > d.due_at
    move(d, DeadlineState.MET, what="deadline")
    d.met_at, d.met_by, d.next_at = at, by[:64], None
    audit.record(session, "deadline_met", at=at, request=req, rule=d.rule_id, cycle=d.cycle, deadline=d.id,
                 by=by, late=late)


def cancel(session, req, d: Deadline, *, at: datetime, reason: str, actor: str = "stepbot") -> None:
    """Stop a deadline for good: no more reminders or escalations."""
    move(d, DeadlineState.CANCELLED, what="deadline")
    d.next_at = None
    audit.record(session, "deadline_cancelled", at=at, request=req, actor=actor, rule=d.rule_id, cycle=d.cycle,
                 deadline=d.id, reason=reason)


def _pause_one(session, req, d: Deadline, *, at: datetime) -> None:
    move(d, DeadlineState.PAUSED, what="deadline")
    d.paused_at, d.next_at = at, None
    audit.record(session, "deadline_paused", at=at, request=req, rule=d.rule_id, deadline=d.id,
                 reason="awaiting information")


def _pause(app, session, req, rows, *, at):
    pack = app.pack(req.authority)
    for d in rows:
        rule = rule_by_id(pack, d.rule_id)
        if d.state == DeadlineState.OPEN and rule is not None and rule.pauses_while_awaiting_info:
            _pause_one(session, req, d, at=at)


def _resume(app, session, req, rows, *, at):
    """Restart paused deadlines; the due time moves on by the working days spent paused."""
    cal = app.calendar(req.authority)
    for d in rows:
        if d.state != DeadlineState.PAUSED or d.paused_at is None:
            continue
        lost = cal.working_days_between(to_london(d.paused_at).date(), to_london(at).date())
        old_due = d.due_at
        if lost:
            d.due_at = cal.end_of_working_day(cal.add_working_days(to_london(d.due_at).date(), lost))
        d.paused_total_seconds = (d.paused_total_seconds or 0) + int((at - d.paused_at).total_seconds())
        move(d, DeadlineState.OPEN, what="deadline")
        d.paused_at = None
        _refresh_next_at(app, d)
        audit.record(session, "deadline_resumed", at=at, request=req, rule=d.rule_id, deadline=d.id,
                     paused_working_days=lost, due_was=old_due.isoformat(), due=d.due_at.isoformat())


def _start_chase(app, session, req, rows, *, at):
    chase = app.pack(req.authority).chase
    if chase is None:
        return
    mine = [d for d in rows if d.rule_id == CHASE_RULE]
    if any(d.state in ACTIVE for d in mine):
        return
    cal = app.calendar(req.authority)
    times = _chase_times(cal, at, chase)
    last = times[-1]
    due = cal.end_of_working_day(to_london(last).date())
    src = chase.source
    d = Deadline(request_id=req.id, authority=req.authority, rule_id=CHASE_RULE,
                 cycle=max((x.cycle for x in mine), default=-1) + 1,
                 title="Missing information from the sender", owner_role="requester", state=DeadlineState.OPEN,
                 starts_at=at, due_at=due, reminders_sent=0, escalation_step=0, paused_total_seconds=0,
                 source_file=src.file if src else app.pack(req.authority).protocol,
                 source_quote=src.quote if src else (chase.local_choice or "the deployment's chase schedule"))
    session.add(d)
    _refresh_next_at(app, d)
    session.flush()
    audit.record(session, "chase_started", at=at, request=req, deadline=d.id, chases=chase.max_chases,
                 every_working_days=chase.every_working_days)


def on_documents(app, session, req: Request, roles: set[str], *, at: datetime) -> list[Deadline]:
    """Documents arrived for a request (an emailed follow-up, or marked received in the queue):
    meet every active deadline whose rule lists one of them in ``met_by_documents``."""
    pack = app.pack(req.authority)
    met = []
    for d in _rows(session, req):
        rule = rule_by_id(pack, d.rule_id)
        if rule is None:
            continue
        hit = sorted(set(rule.met_by_documents) & set(roles))
        if hit:
            _meet(session, d, req, at=at, by="documents:" + ",".join(hit))
            met.append(d)
    session.flush()
    return met


# -- recipients ------------------------------------------------------------------------------

def recipients_for(app, session, req: Request, role: str) -> list[str]:
    """Email addresses for a role: the people directory, or the request itself for request roles."""
    if role == "requester":
        return [req.sender] if req.sender else []
    if role == "lead_practitioner":
        lp = req.lead_practitioner or {}
        if lp.get("email"):
            return [lp["email"]]
    elif role == "requester_manager":
        found = _copied_on_request(app, session, req)
        if found:
            return found
    people = app.settings.people(req.authority, role)
    return [p.email for p in people]


def _copied_on_request(app, session, req) -> list[str]:
    """Whoever the sender copied on the original request (their manager, in the protocols' words
    "the manager sent or is copied"), less our own mailboxes."""
    raw = session.scalar(select(InboundMessage.raw).where(InboundMessage.request_id == req.id)
                         .order_by(InboundMessage.id).limit(1))
    if not raw:
        return []
    msg = message_from_bytes(raw, policy=email_policy.default)
    ours = {mb.address.lower() for auth in app.settings.deployment.authorities.values()
            for mb in auth.mailboxes.values()}
    out = []
    for _, addr in getaddresses([str(v) for v in msg.get_all("Cc", [])]):
        if addr and addr.lower() not in ours and addr.lower() != (req.sender or "").lower():
            out.append(addr)
    return out


def _resolve(app, session, req, role, *, at) -> list[str]:
    to = recipients_for(app, session, req, role)
    if not to:
        admin = app.settings.deployment.admin_email
        audit.record(session, "no_recipient", at=at, request=req, role=role)
        log.warning("%s: nobody holds role %s; sending to the admin", req.reference, role)
        to = [admin] if admin else []
    return to


# -- messages --------------------------------------------------------------------------------

def initials(req: Request) -> str:
    return ", ".join(c.initials for c in req.children) or "(no child named)"


def context(app, req: Request, d: Deadline, *, now: datetime) -> dict:
    pack = app.pack(req.authority)
    cal = app.calendar(req.authority)
    rule = rule_by_id(pack, d.rule_id)
    today = to_london(now).date()
    due_day = to_london(d.due_at).date()
    if now > d.due_at:
        overdue = max(1, cal.working_days_between(due_day, today))
        status = f"overdue by {overdue} working day{'s' if overdue != 1 else ''}"
    elif due_day == today:
        status = "due today"
    else:
        n = cal.working_days_between(today, due_day)
        status = f"due in {n} working day{'s' if n != 1 else ''}"
    return dict(
        reference=req.reference, initials=initials(req), authority=pack.display_name, kind=req.kind.replace("_", " "),
        title=d.title, due=d.due_at, status=status, owner_role=_role_words(d.owner_role),
        rule_id=d.rule_id, source_file=d.source_file, source_quote=d.source_quote,
        met_by=(rule.met_by.replace("_", " ") if rule else "the information being complete"),
        met_by_documents=[x.replace("_", " ") for x in (rule.met_by_documents if rule else [])],
        local_choice=(rule.local_choice if rule else None), missing=[m.replace("_", " ") for m in (req.missing or [])],
    )


def _send(app, session, req, d, *, key, purpose, template, to, cc=(), at, **extra):
    ctx = context(app, req, d, now=at) | extra
    subject, text = mail.render(template, **ctx)
    msg = mail.build_message(subject=subject, text=text)
    row = outbox.enqueue(session, app, key=key, authority=req.authority, mailbox=req.mailbox, purpose=purpose,
                         to=to, cc=[c for c in cc if c not in to], msg=msg, request=req)
    return row


# -- the sweep -------------------------------------------------------------------------------

def due_query(now: datetime, limit: int = SWEEP_BATCH):
    """The sweep's one query: rows whose ``next_at`` is due, on index ``ix_deadlines_sweep``."""
    return select(Deadline).where(Deadline.next_at <= now).order_by(Deadline.next_at).limit(limit)


def sweep(app, *, limit: int = SWEEP_BATCH) -> int:
    """Send the reminders and escalations that are due. Returns the number of messages enqueued.

    One indexed query reads the due rows. On PostgreSQL it takes them ``FOR UPDATE SKIP LOCKED``
    and holds the locks for the batch (each row in its own savepoint, one commit at the end), so
    several stepbot processes share the work without touching the same row; on SQLite (one
    writer) each row commits on its own. Either way a row's counters, outbox rows and audit events
    commit together, so a crash part-way leaves each row done or still due, never half done. A row
    that fails is logged by id and retried after ``RETRY_AFTER``.
    """
    now = app.clock.now()
    sent = 0
    with app.Session() as session:
        pg = session.bind.dialect.name == "postgresql"
        q = due_query(now, limit)
        if pg:
            q = q.with_for_update(skip_locked=True, of=Deadline)
        rows = list(session.scalars(q))
        for d in rows:
            did = d.id
            try:
                if pg:
                    with session.begin_nested():
                        n = _advance(app, session, d, now=now)
                else:
                    n = _advance(app, session, d, now=now)
                    session.commit()
                sent += n
            except Exception:  # noqa: BLE001 - system error: log by id, retry the row later
                log.exception("deadline %s: sweep failed; retrying later", did)
                if not pg:
                    session.rollback()
                d = session.get(Deadline, did)
                if d is not None:
                    d.next_at = now + RETRY_AFTER
                    if not pg:
                        session.commit()
        if pg:
            session.commit()
    return sent


def _advance(app, session, d: Deadline, *, now: datetime) -> int:
    """Take every action due on one deadline. Returns the number of messages enqueued."""
    plan = plan_for(app, d)
    req = d.request
    if plan is None:
        audit.record(session, "deadline_orphaned", at=now, request=req, rule=d.rule_id, deadline=d.id)
        d.next_at = None
        return 0
    if d.rule_id == CHASE_RULE and req.state != RequestState.AWAITING_INFO:
        # the request moved on without an info_complete event (closed, withdrawn): stop chasing
        cancel(session, req, d, at=now, reason=f"request {req.state}")
        return 0
    cal = app.calendar(d.authority)
    pack = app.pack(d.authority)
    enqueued = 0
    while True:
        act = next_action(d, plan)
        if act is None:
            d.next_at = None
            return enqueued
        kind, idx, t = act
        if t > now:
            d.next_at = t if kind == "breach" else cal.next_working_time(t)
            return enqueued
        if kind == "breach":
            move(d, DeadlineState.BREACHED, what="deadline")
            audit.record(session, "deadline_breached", at=now, request=req, rule=d.rule_id, cycle=d.cycle,
                         deadline=d.id, due=d.due_at.isoformat())
            continue
        if not cal.is_working_time(now):
            d.next_at = cal.next_working_time(now)  # no mail at night or at weekends
            return enqueued
        if kind == "remind":
            if now >= d.due_at or (idx + 1 < len(plan.reminders) and plan.reminders[idx + 1] <= now):
                d.reminders_sent += 1  # a stale reminder (a later one, or the due time, has passed)
                continue
            enqueued += _remind(app, session, req, d, n=idx + 1, at=now)
            d.reminders_sent += 1
            continue
        # escalate
        role = plan.escalations[idx][1]
        enqueued += _escalate(app, session, req, d, pack, step=idx + 1, role=role, at=now)
        d.escalation_step += 1


def _remind(app, session, req, d, *, n, at) -> int:
    if d.rule_id == CHASE_RULE:
        chase = app.pack(d.authority).chase
        to = _resolve(app, session, req, "requester", at=at)
        esc = plan_for(app, d).escalations
        row = _send(app, session, req, d, key=f"chase:{d.id}:{n}", purpose="chase", template="chase",
                    to=to, at=at, chase_number=n, max_chases=chase.max_chases,
                    escalate_at=esc[0][0] if esc else None,
                    escalate_to=_role_words(esc[0][1]) if esc else None)
        audit.record(session, "chase_sent", at=at, request=req, deadline=d.id, n=n, key=f"chase:{d.id}:{n}")
        return int(row is not None)
    to = _resolve(app, session, req, d.owner_role, at=at)
    key = f"remind:{d.id}:{n}"
    row = _send(app, session, req, d, key=key, purpose="reminder", template="reminder", to=to, at=at,
                reminder_number=n)
    audit.record(session, "reminder_sent", at=at, request=req, rule=d.rule_id, deadline=d.id, n=n,
                 role=d.owner_role, key=key, queued=row is not None)
    return int(row is not None)


def _role_words(role: str) -> str:
    return {"requester_manager": "sender's team manager", "requester": "sender"}.get(role, role.replace("_", " "))


def _escalate(app, session, req, d, pack, *, step, role, at) -> int:
    holder_missing = not recipients_for(app, session, req, role)
    to = _resolve(app, session, req, role, at=at)
    owner_role = "requester" if d.rule_id == CHASE_RULE else d.owner_role
    cc = recipients_for(app, session, req, owner_role) if role != owner_role else []
    key = f"escalate:{d.id}:{step}"
    steps = plan_for(app, d).escalations
    row = _send(app, session, req, d, key=key, purpose="escalation", template="escalation", to=to, cc=cc, at=at,
                step=step, steps=len(steps), role=_role_words(role),
                next_role=(_role_words(steps[step][1]) if step < len(steps) else None),
                is_chase=d.rule_id == CHASE_RULE, holder_missing=holder_missing)
    audit.record(session, "escalation_sent", at=at, request=req, rule=d.rule_id, deadline=d.id, step=step,
                 role=role, key=key, queued=row is not None)
    return int(row is not None)


# -- out-of-office on a reminder -------------------------------------------------------------

def on_auto_reply(app, session, parsed, inbound) -> Deadline | None:
    """An auto-reply arrived. It never changes a request's state or timers, with one exception:
    an out-of-office answering one of our reminders or escalations sends that message at once to
    the absent person's deputy (``Person.deputy``), or else to the next role on the ladder, and
    the audit trail records it. Returns the deadline rerouted, or None."""
    msg = message_from_bytes(inbound.raw, policy=email_policy.default)
    refs = []
    for h in ("In-Reply-To", "References"):
        for v in msg.get_all(h, []):
            refs += [x if x.startswith("<") else f"<{x}>" for x in str(v).replace(",", " ").split() if x.strip()]
    if not refs:
        return None
    row = session.scalar(select(OutboxMessage).where(OutboxMessage.message_id.in_(refs),
                                                     OutboxMessage.purpose.in_(("reminder", "escalation"))))
    if row is None:
        return None
    try:
        _, did, n = row.idempotency_key.split(":")[:3]
        d = session.get(Deadline, int(did))
    except (ValueError, TypeError):
        return None
    now = app.clock.now()
    if d is None or d.state not in ACTIVE:
        return None
    req = d.request
    away = parseaddr(str(msg.get("From", "")))[1].lower()
    cover, how = _cover_for(app, session, req, d, away)
    if not cover:
        audit.record(session, "out_of_office_no_cover", at=now, request=req, deadline=d.id, inbound=inbound.id)
        return None
    key = f"cover:{d.id}:{row.idempotency_key}:{cover[0].lower()}"
    out = _send(app, session, req, d, key=key, purpose="reminder", template="reminder_cover", to=cover, at=now,
                reminder_number=int(n) if n.isdigit() else 1, away_role=_role_words(d.owner_role), how=how)
    audit.record(session, "reminder_redirected", at=now, request=req, deadline=d.id, inbound=inbound.id,
                 original=row.idempotency_key, to=how, key=key, queued=out is not None)
    return d


def _cover_for(app, session, req, d, away: str) -> tuple[list[str], str]:
    for role, people in app.settings.deployment.authorities[req.authority].people.items():
        for p in people:
            if p.email.lower() == away and p.deputy:
                return [p.deputy], "deputy"
    rule = rule_by_id(app.pack(req.authority), d.rule_id)
    if rule is not None:
        for e in ladder(rule)[d.escalation_step:]:
            to = [a for a in recipients_for(app, session, req, e.role) if a.lower() != away]
            if to:
                return to, f"escalation role {e.role}"
    return [], ""


# -- listing ---------------------------------------------------------------------------------

def list_deadlines(session, *, authority: str | None = None, overdue: bool = False, now: datetime):
    q = select(Deadline).where(Deadline.state.in_(ACTIVE))
    if authority:
        q = q.where(Deadline.authority == authority)
    if overdue:
        q = q.where(Deadline.due_at < now)
    return list(session.scalars(q.order_by(Deadline.due_at, Deadline.id)))


def format_rows(rows, *, now: datetime) -> str:
    head = f"{'reference':<28} {'rule':<30} {'owner':<26} {'state':<9} {'due (Europe/London)':<17} status"
    lines = [head, "-" * len(head)]
    for d in rows:
        ref = d.request.reference
        status = "OVERDUE" if d.due_at < now and d.state != DeadlineState.PAUSED else ("paused" if d.state == DeadlineState.PAUSED else "")
        if d.escalation_step:
            status += f" (escalated {d.escalation_step})"
        lines.append(f"{ref:<28} {d.rule_id[:30]:<30} {d.owner_role[:26]:<26} {d.state:<9} "
                     f"{to_london(d.due_at).strftime('%a %d %b %H:%M'):<17} {status}".rstrip())
    lines.append(f"{len(rows)} deadline{'s' if len(rows) != 1 else ''}")
    return "\n".join(lines)


def list_command(args) -> int:
    """``stepbot deadlines [--authority A] [--overdue]``."""
    import sys


    try:
        settings = load_settings(getattr(args, "config", None))
    except ConfigError as e:
        print(e, file=sys.stderr)
        return 2
    if args.authority and args.authority not in settings.deployment.authorities:
        print(f"unknown authority {args.authority!r}; configured: "
              f"{', '.join(sorted(settings.deployment.authorities))}", file=sys.stderr)
        return 2
    app = App(settings)
    try:
        now = app.clock.now()
        with app.Session() as s:
            rows = list_deadlines(s, authority=args.authority, overdue=args.overdue, now=now)
            print(format_rows(rows, now=now))
    finally:
        app.close()
    return 0


__all__ = ["on_event", "on_documents", "on_auto_reply", "sweep", "list_command", "due_for", "LONDON"]
