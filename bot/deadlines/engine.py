"""The deadline engine: deadlines started, met, paused, resumed and cancelled by the request's
events, and the sweep that sends what is due.

``on_event`` (start, meet, restart, pause and chase, resume), ``on_documents`` (documents that
meet a deadline), ``cancel``, ``sweep`` (one indexed query a batch of due rows; each row's
counters, mail and audit in the batch's one transaction, the mail in one insert) and
``on_auto_reply`` (an out-of-office on a reminder goes to the deputy).
The schedule comes from ``bot.deadlines.schedule``; the mail from ``bot.deadlines.notify``.
"""
from __future__ import annotations

import logging
from datetime import datetime, timedelta
from email import message_from_bytes
from email import policy as email_policy
from email.utils import parseaddr

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from bot import audit, outbox
from bot.deadlines.notify import _escalate, _notice_passed, _remind, _send, recipients_for
from bot.deadlines.schedule import (
    ACTIVE, CHASE_RULE, _chase_times, _refresh_next_at, due_for, ladder, next_action, plan_for, rule_by_id,
    short_notice_passed, wake_at,
)
from bot.models import Deadline, OutboxMessage, Request
from bot.policy import DeadlineRule
from bot.states import DeadlineState, RequestState, move
from bot.words import say
from bot.workcal import to_london

log = logging.getLogger("bot.deadlines")

SWEEP_BATCH = 100  # rows a sweep transaction takes (and, on SQLite, holds the write lock for)
RETRY_AFTER = timedelta(minutes=15)

# Events that pause / resume the pausable deadlines (the workflow emits them on its transitions).
PAUSE_EVENT = "awaiting_info"
RESUME_EVENTS = ("info_complete",)


# -- events ----------------------------------------------------------------------------------

def _rows(session, req: Request, *, active_only=True) -> list[Deadline]:
    """The request's deadlines in the order made. A request opened in this transaction has them all
    in ``req.deadlines`` (made empty with it, and every deadline is made with ``request=req``), so
    they are not read back; any other request's are read from the database."""
    if audit.opened_here(session, req) and "deadlines" in req.__dict__:
        rows = sorted(req.deadlines, key=lambda d: d.id)
        return [d for d in rows if d.state in ACTIVE] if active_only else rows
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

    # 1. Meet what this event meets; a repeating rule (``repeats``) starts its next one from here.
    for d in rows:
        if d.state not in ACTIVE:
            continue
        rule = rule_by_id(pack, d.rule_id)
        if d.rule_id == CHASE_RULE and event in RESUME_EVENTS + ("request_complete",):
            _meet(session, d, req, at=at, by=event)
        elif rule is not None and rule.met_by == event:
            _meet(session, d, req, at=at, by=event)
            if rule.repeats and d.cycle + 1 < rule.repeats and not any(
                    x.rule_id == rule.id and x.cycle == d.cycle + 1 for x in rows):
                created.append(_create(app, session, req, rule, at=at, cycle=d.cycle + 1))

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
                                   child_ages=req.child_ages(to_london(at).date()), stated=req.stated()):
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
                           child_ages=req.child_ages(to_london(at).date()), stated=req.stated())


def _create(app, session, req, rule: DeadlineRule, *, at: datetime, cycle: int) -> Deadline:
    cal = app.calendar(req.authority)
    d = Deadline(request_id=req.id, request=req, authority=req.authority, rule_id=rule.id, cycle=cycle,
                 title=rule.title_for(cycle),
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


def bring_forward(app, session, req: Request, d: Deadline, day, *, reason: str, at: datetime, actor: str) -> Deadline:
    """An earlier date agreed for a deadline whose rule allows it (``earlier_if_agreed``): it is due
    at close of business on ``day`` instead, its reminders and escalations follow the new date, and
    the audit trail keeps who recorded it, why, and the date it had. Raises ValueError (in words a
    person reads) for a rule that does not allow it, a day that is not earlier, not a working day,
    or already past."""
    rule = rule_by_id(app.pack(req.authority), d.rule_id)
    cal = app.calendar(req.authority)
    if rule is None or not rule.earlier_if_agreed:
        raise ValueError("the protocol does not let this timescale be brought forward")
    if d.state not in ACTIVE:
        raise ValueError("this timescale is no longer running")
    if not reason.strip():
        raise ValueError("say who agreed the earlier date and why")
    if day < to_london(at).date():
        raise ValueError("that day has passed")
    if not cal.is_working_day(day):
        raise ValueError(f"{day:%A %-d %B %Y} is not a working day")
    due = cal.end_of_working_day(day)
    if due >= d.due_at:
        raise ValueError(f"that is not earlier than the date it is due ({to_london(d.due_at):%A %-d %B %Y})")
    was = d.due_at
    d.due_at = due
    _refresh_next_at(app, d)
    session.flush()
    audit.record(session, "deadline_brought_forward", at=at, request=req, actor=actor, rule=d.rule_id,
                 cycle=d.cycle, deadline=d.id, frm=was.isoformat(), to=due.isoformat(), reason=reason.strip()[:500])
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
    d = Deadline(request_id=req.id, request=req, authority=req.authority, rule_id=CHASE_RULE,
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


# -- the sweep -------------------------------------------------------------------------------

def due_query(now: datetime, limit: int = SWEEP_BATCH):
    """The sweep's one query: rows whose ``next_at`` is due, on index ``ix_deadlines_sweep``."""
    return select(Deadline).where(Deadline.next_at <= now).order_by(Deadline.next_at).limit(limit)


def sweep(app, *, limit: int = SWEEP_BATCH) -> int:
    """Send the reminders and escalations that are due. Returns the number of messages enqueued.

    The due rows are read ``limit`` at a time by one indexed query (``due_query``), with their
    requests and children loaded alongside (``selectinload``: two more queries a batch, not two a
    row), until none is left, so one call sends a whole morning's backlog. Each batch is one
    transaction, and a row's counters, outbox rows and audit events are written in it together (the
    batch's mail is collected in an ``outbox.Enqueuer`` and written just before the commit: one
    lookup of its idempotency keys, one multi-row insert that skips a key already there): a
    crash part-way through a batch rolls the whole batch back (none of its mail is queued and every
    row of it is still due, so the next sweep does it, once), and the batches committed before it
    stand. Should anything in a batch fail, the batch is rolled back and done again row by row,
    each row in its own savepoint: the row that fails is logged by id and retried after
    ``RETRY_AFTER``, and the others commit. On PostgreSQL a batch is taken ``FOR UPDATE SKIP
    LOCKED``, so several stepbot processes share the work without touching the same row; on SQLite
    a batch holds the one write lock, so ``limit`` also bounds how long the intake waits for it.
    """
    now = app.clock.now()
    sent, done = 0, set()
    while True:
        batch = _sweep_batch(app, now=now, limit=limit, done=done, row_by_row=False)
        if batch is None:  # something failed: the batch was rolled back; again, one savepoint a row
            batch = _sweep_batch(app, now=now, limit=limit, done=done, row_by_row=True)
        n_rows, n_sent = batch
        sent += n_sent
        if n_rows < limit:
            return sent


def _sweep_batch(app, *, now: datetime, limit: int, done: set, row_by_row: bool) -> tuple[int, int] | None:
    """One batch of the sweep in one transaction: (rows read, messages enqueued), or None when
    something failed and the batch was rolled back (only when not ``row_by_row``)."""
    sent = 0
    with app.Session() as session:
        q = due_query(now, limit).options(selectinload(Deadline.request).selectinload(Request.children))
        if session.bind.dialect.name == "postgresql":
            q = q.with_for_update(skip_locked=True, of=Deadline)
        rows = list(session.scalars(q))
        todo = [d for d in rows if d.id not in done]
        if not todo:
            return 0, 0  # a guard: every row read was sent this pass (each moves its next_at on)
        if not row_by_row:
            try:
                out = outbox.Enqueuer(session, app)
                for d in todo:
                    _advance(app, session, d, now=now, out=out)
                sent = out.flush()              # the batch's mail: one lookup, one insert
                session.commit()
            except Exception as e:  # noqa: BLE001 - do the batch again row by row to find the row
                # the row by row pass logs the failing row's id and traceback; here only what failed
                log.warning("deadline sweep: a batch of %d rows failed (%s); doing it again row by row",
                            len(todo), type(e).__name__)
                session.rollback()
                return None
        else:
            for d in todo:
                did = d.id
                try:
                    with session.begin_nested():
                        out = outbox.Enqueuer(session, app)
                        _advance(app, session, d, now=now, out=out)
                        n = out.flush()
                    sent += n
                except Exception:  # noqa: BLE001 - system error: log by id, retry the row later
                    log.exception("deadline %s: sweep failed; retrying later", did)
                    d = session.get(Deadline, did)
                    if d is not None:
                        d.next_at = now + RETRY_AFTER
            session.commit()
        done.update(d.id for d in todo)
    return len(rows), sent


def _advance(app, session, d: Deadline, *, now: datetime, out: outbox.Enqueuer) -> None:
    """Take every action due on one deadline; its mail goes into ``out`` (queued, and audited, when
    the caller flushes it, in the same transaction)."""
    plan = plan_for(app, d)
    req = d.request
    if plan is None:
        audit.record(session, "deadline_orphaned", at=now, request=req, rule=d.rule_id, deadline=d.id)
        d.next_at = None
        return
    if d.rule_id == CHASE_RULE and req.state != RequestState.AWAITING_INFO:
        # the request moved on without an info_complete event (closed, withdrawn): stop chasing
        cancel(session, req, d, at=now, reason=f"request {req.state}")
        return
    if d.rule_id == CHASE_RULE and (day := short_notice_passed(req, now)) is not None:
        # chasing the sender for more notice of a meeting whose day is over helps nobody
        cancel(session, req, d, at=now, reason="the meeting's day has passed with the notice short")
        _notice_passed(app, session, req, d, day=day, at=now, out=out)
        return
    cal = app.calendar(d.authority)
    pack = app.pack(d.authority)
    while True:
        act = next_action(d, plan)
        if act is None:
            d.next_at = None
            return
        kind, idx, t = act
        if t > now:
            d.next_at = wake_at(cal, d, kind, t, now)
            return
        if kind == "breach":
            move(d, DeadlineState.BREACHED, what="deadline")
            audit.record(session, "deadline_breached", at=now, request=req, rule=d.rule_id, cycle=d.cycle,
                         deadline=d.id, due=d.due_at.isoformat())
            continue
        if not cal.is_working_time(now):
            d.next_at = cal.next_working_time(now)  # no mail at night or at weekends
            return
        if kind == "remind":
            if now >= d.due_at or (idx + 1 < len(plan.reminders) and plan.reminders[idx + 1] <= now):
                d.reminders_sent += 1  # a stale reminder (a later one, or the due time, has passed)
                continue
            _remind(app, session, req, d, n=idx + 1, at=now, out=out)
            d.reminders_sent += 1
            continue
        # escalate
        role = plan.escalations[idx][1]
        _escalate(app, session, req, d, pack, step=idx + 1, role=role, at=now, out=out)
        d.escalation_step += 1


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
                reminder_number=int(n) if n.isdigit() else 1, away_role=say(d.owner_role), how=how)
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
