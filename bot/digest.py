"""The daily digest: one email per manager listing everything of theirs due soon or overdue.

"Managers receive reminders before deadlines and a daily digest, never a flood" (DESIGN.md). A
person is in the digest of a deadline when they hold its owner role, or a ladder role it has
already been escalated to. Only people in the authority's people directory get a digest (the
senders of requests are chased, not digested), and only on working days, once a day: the
idempotency key ``digest:{authority}:{email}:{date}`` makes a second run the same day a no-op.
Someone with nothing due soon or overdue gets nothing.
"""
from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import select

from bot.words import say
from bot import audit, mail, outbox
from bot.deadlines import CHASE_RULE, context, initials, ladder, rule_by_id
from bot.models import Deadline
from bot.workcal import to_london

log = logging.getLogger(__name__)

HORIZON_WORKING_DAYS = 2


def digest_items(app, session, authority: str, *, now: datetime, horizon: int = HORIZON_WORKING_DAYS):
    """{email: (person, roles, [item, ...])} for one authority."""
    cal = app.calendar(authority)
    pack = app.pack(authority)
    until = cal.end_of_working_day(cal.add_working_days(to_london(now).date(), horizon))
    q = (select(Deadline).where(Deadline.authority == authority, Deadline.state.in_(("open", "breached")),
                                Deadline.rule_id != CHASE_RULE, Deadline.due_at <= until)
         .order_by(Deadline.due_at, Deadline.id))
    people = app.settings.deployment.authorities[authority].people
    out: dict[str, tuple] = {}
    for d in session.scalars(q):
        rule = rule_by_id(pack, d.rule_id)
        roles = {d.owner_role}
        if rule is not None and d.state == "breached":
            roles |= {e.role for e in ladder(rule)[: d.escalation_step]}
        ctx = context(app, d.request, d, now=now)
        item = dict(reference=ctx["reference"], initials=initials(d.request), title=d.title, due=d.due_at,
                    status=ctx["status"], owner_role=ctx["owner_role"], rule_id=d.rule_id,
                    source_file=d.source_file, source_quote=d.source_quote, escalated=d.escalation_step,
                    overdue=now > d.due_at, deadline_id=d.id)
        for role in sorted(roles):
            for p in people.get(role, []):
                key = p.email.lower()
                if key not in out:
                    out[key] = (p, set(), [], {})
                _, their_roles, items, seen = out[key]
                their_roles.add(role)
                if d.id not in seen:
                    seen[d.id] = True
                    items.append(item)
    return {k: (p, roles, items) for k, (p, roles, items, _) in out.items()}


def send_digests(app, *, now: datetime | None = None) -> int:
    """Enqueue today's digests for every authority. Returns how many were enqueued."""
    now = now or app.clock.now()
    count = 0
    for authority in app.authorities():
        cal = app.calendar(authority)
        if not cal.is_working_day(to_london(now).date()):
            continue
        mailbox = _digest_mailbox(app, authority)
        today = to_london(now).date()
        with app.Session.begin() as s:
            for email, (person, roles, items) in sorted(digest_items(app, s, authority, now=now).items()):
                overdue = [i for i in items if i["overdue"]]
                soon = [i for i in items if not i["overdue"]]
                subject, text = mail.render(
                    "digest", authority=app.pack(authority).display_name, name=person.name,
                    roles=sorted(say(r) for r in roles), overdue=overdue, soon=soon,
                    horizon=HORIZON_WORKING_DAYS, today=today.strftime("%a %-d %b %Y"))
                key = f"digest:{authority}:{email}:{today.isoformat()}"
                row = outbox.enqueue(s, app, key=key, authority=authority, mailbox=mailbox, purpose="digest",
                                     to=[person.email], msg=mail.build_message(subject=subject, text=text))
                if row is not None:
                    count += 1
                    audit.record(s, "digest_sent", at=now, key=key, items=[i["deadline_id"] for i in items])
    return count


def _digest_mailbox(app, authority: str) -> str:
    mbs = app.settings.deployment.authorities[authority].mailboxes
    return "early_help_duty" if "early_help_duty" in mbs else next(iter(mbs))
