"""Deadline mail and listing: who a role reaches, the reminder / escalation / chase mails, and
``stepbot deadlines``.

``recipients_for`` (the people directory, or the request itself for request roles), ``context``
(what the reminder and escalation templates are given), ``_send`` (one mail through the outbox
with its idempotency key, at once or in the sweep batch's ``outbox.Enqueuer``), ``_remind`` and
``_escalate`` (one reminder or ladder step into the batch, audited when the batch is flushed),
and the listing the ``stepbot deadlines`` command prints (``list_deadlines``, ``format_rows``,
``list_command``). The engine (``bot.deadlines.engine``) decides when; this module writes the mail.
"""
from __future__ import annotations

import logging
import sys
from datetime import datetime
from email import message_from_bytes
from email import policy as email_policy
from email.utils import getaddresses

from sqlalchemy import select

from bot import audit, mail, outbox
from bot.app import App
from bot.config import ConfigError, load_settings
from bot.deadlines.schedule import ACTIVE, CHASE_RULE, plan_for, rule_by_id
from bot.booking.service import lead_practitioner_address
from bot.contacts import copied_on
from bot.models import Deadline, InboundMessage, Request
from bot.states import DeadlineState
from bot.workcal import to_london
from bot.words import say

log = logging.getLogger("bot.deadlines")


# -- recipients ------------------------------------------------------------------------------

def recipients_for(app, session, req: Request, role: str) -> list[str]:
    """Email addresses for a role: the people directory, or the request itself for request roles."""
    if role == "requester":
        return [req.sender] if req.sender else []
    if role == "lead_practitioner":
        found = lead_practitioner_address(app, req)  # the email given, or their address copied in
        if found is not None:
            return [found[1]]
    elif role == "requester_manager":
        found = copied_on(app, req) or _copied_on_request(app, session, req)
        if found:
            return found
    people = app.settings.people(req.authority, role)
    return [p.email for p in people]


def _copied_on_request(app, session, req) -> list[str]:
    """The Cc of the original request read from its stored mail: for requests opened before the
    request kept its ``copied`` addresses."""
    raw = session.scalar(select(InboundMessage.raw).where(InboundMessage.request_id == req.id)
                         .order_by(InboundMessage.id).limit(1))
    if not raw:
        return []
    msg = message_from_bytes(raw, policy=email_policy.default)
    return copied_on(app, req, [addr for _, addr in getaddresses([str(v) for v in msg.get_all("Cc", [])])])


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
        reference=req.reference, initials=initials(req), authority=pack.display_name, kind=say(req.kind),
        title=d.title, due=d.due_at, status=status, owner_role=say(d.owner_role),
        rule_id=d.rule_id, source_file=d.source_file, source_quote=d.source_quote,
        met_by=(say(rule.met_by) if rule else "the information being complete"),
        met_by_documents=[say(x) for x in (rule.met_by_documents if rule else [])],
        local_choice=(rule.local_choice if rule else None), missing=[say(m) for m in (req.missing or [])],
    )


def _send(app, session, req, d, *, key, purpose, template, to, cc=(), at, out=None, then=None, **extra):
    """One deadline mail through the outbox. With ``out`` (an ``outbox.Enqueuer``, the sweep's
    batch) it is queued when ``out`` is flushed and a ``Ticket`` is returned, ``then(ticket)`` called
    once it is settled; without, it is queued at once (``outbox.enqueue``: the row, or None)."""
    ctx = context(app, req, d, now=at) | extra
    subject, text = mail.render(template, **ctx)
    msg = mail.build_message(subject=subject, text=text)  # headers parsed once a sweep (mail.ReusedHeaders)
    kw = dict(key=key, authority=req.authority, mailbox=req.mailbox, purpose=purpose, to=to,
              cc=[c for c in cc if c not in to], msg=msg, request=req)
    if out is not None:
        return out.add(then=then, **kw)
    return outbox.enqueue(session, app, **kw)


def _short(req) -> dict | None:
    """The request's notice finding when it is too short (and no shorter notice was agreed)."""
    notice = req.notice or {}
    return notice if notice.get("ok") is False else None


def _remind(app, session, req, d, *, n, at, out) -> None:
    """Reminder (or chase) ``n`` of a deadline, added to ``out`` (the sweep's ``outbox.Enqueuer``);
    its audit entry is written when ``out`` is flushed, saying whether it was queued."""
    if d.rule_id == CHASE_RULE:
        chase = app.pack(d.authority).chase
        to = _resolve(app, session, req, "requester", at=at)
        esc = plan_for(app, d).escalations
        key = f"chase:{d.id}:{n}"
        _send(app, session, req, d, key=key, purpose="chase", template="chase",
              to=to, at=at, chase_number=n, max_chases=chase.max_chases, short_notice=_short(req),
              escalate_at=esc[0][0] if esc else None,
              escalate_to=say(esc[0][1]) if esc else None, out=out,
              then=lambda t: audit.record(session, "chase_sent", at=at, request=req, deadline=d.id, n=n, key=key))
        return
    to = _resolve(app, session, req, d.owner_role, at=at)
    key = f"remind:{d.id}:{n}"
    _send(app, session, req, d, key=key, purpose="reminder", template="reminder", to=to, at=at,
          reminder_number=n, out=out,
          then=lambda t: audit.record(session, "reminder_sent", at=at, request=req, rule=d.rule_id, deadline=d.id,
                                      n=n, role=d.owner_role, key=key, queued=t.queued))


# Who is told when the day of a short-notice meeting passes (as ``bot.booking``'s alerts).
NOTICE_PASSED_ROLE = "business_support"


def _notice_passed(app, session, req, d, *, day, at, out) -> None:
    """The day of a meeting held back for short notice is over and the sender's chase has stopped:
    business support are told once, with what the request now needs, into ``out``."""
    to = _resolve(app, session, req, NOTICE_PASSED_ROLE, at=at)
    key = f"notice-passed:{d.id}"
    notice = req.notice or {}
    rule = next((h.get("source") or {} for h in req.rule_hits or [] if isinstance(h, dict) and h.get("rule") == "notice"),
                {})
    _send(app, session, req, d, key=key, purpose="alert", template="notice_passed", to=to, at=at, out=out,
          meeting_day=day, given=notice.get("given_working_days"), required=notice.get("required_working_days"),
          chases_sent=d.reminders_sent, source_file=rule.get("file") or d.source_file,
          source_quote=rule.get("quote") or d.source_quote,
          then=lambda t: audit.record(session, "notice_passed_alert", at=at, request=req, deadline=d.id,
                                      key=key, queued=t.queued))


def _escalate(app, session, req, d, pack, *, step, role, at, out) -> None:
    """Ladder step ``step`` of a deadline, added to ``out`` as ``_remind``'s mail is."""
    holder_missing = not recipients_for(app, session, req, role)
    to = _resolve(app, session, req, role, at=at)
    owner_role = "requester" if d.rule_id == CHASE_RULE else d.owner_role
    cc = recipients_for(app, session, req, owner_role) if role != owner_role else []
    key = f"escalate:{d.id}:{step}"
    steps = plan_for(app, d).escalations
    _send(app, session, req, d, key=key, purpose="escalation", template="escalation", to=to, cc=cc, at=at,
          step=step, steps=len(steps), role=say(role),
          next_role=(say(steps[step][1]) if step < len(steps) else None),
          is_chase=d.rule_id == CHASE_RULE, holder_missing=holder_missing, out=out,
          then=lambda t: audit.record(session, "escalation_sent", at=at, request=req, rule=d.rule_id,
                                      deadline=d.id, step=step, role=role, key=key, queued=t.queued))


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
