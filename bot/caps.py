"""Caps on what stepbot does automatically for one address (issue 14): at most
``replies_per_window`` automatic replies in ``reply_window_minutes`` and ``replies_per_day`` in
24 hours to one address (Zammad's and Znuny's defaults: 10 in 10 minutes, 40 a day), and at most
``requests_per_sender_hour`` requests opened from one sender in an hour.

A loop with another robot whose loop headers a gateway stripped, or a flood, ends within a cap.
Over a cap nothing is lost: the message is stored, and held for a person (a request in the queue,
or the message in "Needs review"); only the automatic answer is withheld. Business support are
told once a day per address. Alerts to the duty or on-call team are never capped (they are not
replies: their purpose is "alert"); the urgent reply to a sender is capped like any other reply,
and an urgent message is never held by the request cap. No address leaves this module in a log
line or the audit trail, only in the alert to business support.
"""
from __future__ import annotations

import hashlib
import logging
from datetime import timedelta

from sqlalchemy import case, func, select

from bot.words import say
from bot import audit
from bot.models import OutboxMessage, Request
from bot.parser.classify import machine_address
from bot.workcal import to_london

log = logging.getLogger(__name__)

# answers to whoever wrote to us: counted by the reply caps, never sent to a machine address
REPLY_PURPOSES = frozenset({"ack", "urgent_reply", "chase"})


def _recent_replies(session, address: str, later, earlier) -> tuple[int, int]:
    """Automatic replies to ``address`` queued since ``later`` and since ``earlier`` (both caps in
    one query over ``ix_outbox_reply_to``)."""
    since_earlier, since_later = session.execute(
        select(func.count(), func.count(case((OutboxMessage.created_at >= later, 1))))
        .select_from(OutboxMessage)
        .where(OutboxMessage.reply_to == address, OutboxMessage.created_at >= earlier)).one()
    return int(since_later or 0), int(since_earlier or 0)


def reply_recipients(session, app, *, authority: str, mailbox: str, purpose: str, to: list[str], key: str,
                     request=None) -> list[str]:
    """The recipients an automatic reply may still go to: machine addresses and addresses over a
    cap are left out (recorded, and business support told once a day per address)."""
    caps, now = app.settings.deployment.caps, app.clock.now()
    kept = []
    for addr in to:
        if machine_address(addr):
            audit.record(session, "reply_withheld", at=now, request=request, purpose=purpose, key=key,
                         why="machine address")
            continue
        window_since, day_since = now - timedelta(minutes=caps.reply_window_minutes), now - timedelta(days=1)
        if window_since >= day_since:
            window, day = _recent_replies(session, addr.lower(), window_since, day_since)
        else:   # a window longer than a day (a deployment's choice)
            day, window = _recent_replies(session, addr.lower(), day_since, window_since)
        if window >= caps.replies_per_window or day >= caps.replies_per_day:
            over = ("window", window) if window >= caps.replies_per_window else ("day", day)
            log.warning("automatic reply %s withheld: recipient over the %s cap (%d)", key, *over)
            audit.record(session, "reply_capped", at=now, request=request, purpose=purpose, key=key,
                         cap=over[0], count=over[1])
            tell_support_once(session, app, authority=authority, mailbox=mailbox, address=addr, what="replies")
            continue
        kept.append(addr)
    return kept


def over_request_cap(session, app, *, authority: str, parsed, now) -> bool:
    """True when this message would open one request too many from its sender within the hour.
    Urgent mail, automatic mail and meeting replies are never held here."""
    c = parsed.contract
    if c.urgent or c.kind in ("auto_reply", "meeting_reply") or not parsed.sender:
        return False
    opened = session.scalar(select(func.count()).select_from(Request).where(
        Request.authority == authority, Request.sender == parsed.sender,
        Request.created_at >= now - timedelta(hours=1)))
    return opened >= app.settings.deployment.caps.requests_per_sender_hour


def hold_over_request_cap(session, app, *, authority: str, mailbox: str, inbound, sender: str, now) -> None:
    """Keep the message for a person in "Needs review" rather than open another request."""
    cap = app.settings.deployment.caps.requests_per_sender_hour
    inbound.status, inbound.processed_at = "needs_review", now
    inbound.error = (f"more than {cap} requests came from the same sender within an hour, so stepbot "
                     "opened no more and sent no reply; a person should read it")
    audit.record(session, "requests_capped", at=now, inbound=inbound.id, cap=cap)
    log.warning("inbound %s held: its sender is over the requests-per-hour cap", inbound.id)
    tell_support_once(session, app, authority=authority, mailbox=mailbox, address=sender, what="requests")


def tell_support_once(session, app, *, authority: str, mailbox: str, address: str, what: str) -> None:
    """One alert to business support per address per day (the outbox key makes it once)."""
    from bot.mail import build_message, render
    from bot.outbox import enqueue

    now, settings, caps = app.clock.now(), app.settings, app.settings.deployment.caps
    digest = hashlib.sha256(address.lower().encode()).hexdigest()[:24]
    to = [p.email for p in settings.people(authority, "business_support")] or \
        ([settings.deployment.admin_email] if settings.deployment.admin_email else [])
    if not to:
        return
    subject, text = render("cap_reached", what=what, address=address, authority=app.pack(authority).display_name,
                           mailbox=say(mailbox), now=now,
                           replies_per_window=caps.replies_per_window, window=caps.reply_window_minutes,
                           replies_per_day=caps.replies_per_day, requests_per_hour=caps.requests_per_sender_hour)
    enqueue(session, app, key=f"cap-alert:{authority}:{digest}:{to_london(now).date().isoformat()}",
            authority=authority, mailbox=mailbox, purpose="alert", to=to, msg=build_message(subject=subject, text=text))
