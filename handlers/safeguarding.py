"""The safeguarding override (DESIGN.md safety rule 1).

An email describing an immediate child-protection risk is never just queued: the people who can
act at that hour are alerted at once (top priority in the outbox) and the sender is told what is
true and which number to phone now, or 999 in an emergency (:func:`bot.contacts.on_call`: the
MASH duty team in office hours, the out-of-hours service otherwise). Out of hours the duty
mailbox's own team also gets a hand-over that says when they are next expected to read it.
This reply is the only one the sender gets (``handlers.common.acknowledge`` stays silent on
urgent mail). Missing documents never hold it back.
"""
from __future__ import annotations

from bot import audit
from bot.contacts import on_call
from bot.mail import build_message, render
from bot.outbox import PRIORITY_URGENT, enqueue_many
from handlers.common import open_request
from bot.vocabulary import REQUEST_KINDS

PRIORITY_HANDOVER = PRIORITY_URGENT + 1   # after the alert and the reply, before routine mail


def _urgent(msg):
    msg["Importance"] = "high"
    msg["X-Priority"] = "1"
    return msg


class Safeguarding:
    name = "safeguarding"
    description = "Alert whoever can act at this hour and tell the sender which number to phone now."

    def process(self, ctx) -> None:
        """Runs only in the urgent pipelines (``handlers.URGENT_PIPELINES``)."""
        app, s = ctx.app, ctx.session
        pack = app.pack(ctx.authority)
        req = ctx.request
        if req is None:
            req = open_request(ctx, ctx.contract.kind if ctx.contract.kind in REQUEST_KINDS
                               else "other")
        req.urgent = True
        req.next_action = "alert_duty"
        reason = getattr(ctx.parsed, "urgent_evidence", None) or req.urgent_reason or "(see the message)"
        req.urgent_reason = reason
        oc = on_call(app.settings, ctx.authority, ctx.now)
        facts = dict(ref=req.reference, authority=pack.display_name, kind=req.kind, on_call=oc, now=ctx.now,
                     sender=ctx.parsed.sender or "(unknown sender)", sentence=reason,
                     received=ctx.inbound.received_at)
        # queued together (one lookup, one insert), the alert first: the outbox sends urgent rows
        # in the order they were queued
        mails = []
        subject, text = render("urgent_alert", **facts)
        mails.append(dict(key=f"urgent-alert:{ctx.inbound.id}", authority=ctx.authority, mailbox=ctx.mailbox,
                          purpose="alert", to=list(oc.emails), msg=_urgent(build_message(subject=subject, text=text)),
                          priority=PRIORITY_URGENT, request=req))
        if not oc.in_office_hours and oc.day_emails and set(oc.day_emails) != set(oc.emails):
            subject, text = render("urgent_handover", **facts)
            mails.append(dict(key=f"urgent-handover:{ctx.inbound.id}", authority=ctx.authority,
                              mailbox=ctx.mailbox, purpose="alert", to=list(oc.day_emails),
                              msg=_urgent(build_message(subject=subject, text=text)), priority=PRIORITY_HANDOVER,
                              request=req))
        if ctx.contract.kind != "auto_reply" and ctx.parsed.sender:
            subject, text = render("urgent_reply", ref=req.reference, authority=pack.display_name, on_call=oc,
                                   now=ctx.now, original_subject=ctx.parsed.subject or "",
                                   follow_up_with=pack.contacts.follow_up_with)
            mails.append(dict(key=f"urgent-reply:{ctx.inbound.id}", authority=ctx.authority, mailbox=ctx.mailbox,
                              purpose="urgent_reply", to=[ctx.parsed.sender],
                              msg=build_message(subject=subject, text=text), priority=PRIORITY_URGENT, request=req,
                              in_reply_to=ctx.contract.message_id, auto_submitted="auto-replied"))
        enqueue_many(s, app, mails)
        ctx.acknowledged = True
        audit.record(s, "safeguarding_alert", at=ctx.now, request=req, inbound=ctx.inbound.id,
                     alerted=len(oc.emails), period=oc.period)
