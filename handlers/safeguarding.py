"""The safeguarding override (DESIGN.md safety rule 1).

An email describing an immediate child-protection risk is never just queued: the duty team is
alerted at once (top priority in the outbox) and the sender is told to phone the MASH now, or 999
in an emergency. Missing documents never hold it back.
"""
from __future__ import annotations

from bot import audit
from bot.mail import build_message, render
from bot.outbox import PRIORITY_URGENT, enqueue
from handlers.common import open_request


class Safeguarding:
    name = "safeguarding"
    description = "Alert the duty team at once and tell the sender to phone the MASH."

    def process(self, ctx) -> None:
        if not ctx.contract.get("urgent"):
            return
        app, s = ctx.app, ctx.session
        pack = app.pack(ctx.authority)
        req = ctx.request
        if req is None:
            req = open_request(ctx, ctx.contract.get("kind") if ctx.contract.get("kind") in ("step_up", "step_down")
                               else "other")
        req.urgent = True
        req.next_action = "alert_duty"
        reason = getattr(ctx.parsed, "urgent_evidence", None) or req.urgent_reason or "(see the message)"
        req.urgent_reason = reason
        duty = [p.email for p in app.settings.people(ctx.authority, pack.contacts.duty_role)]
        subject, text = render("urgent_alert", ref=req.reference, authority=pack.display_name,
                               kind=req.kind, sender=ctx.parsed.sender or "(unknown sender)",
                               sentence=reason, mash_phone=pack.contacts.mash_phone,
                               received=ctx.inbound.received_at)
        msg = build_message(subject=subject, text=text)
        msg["Importance"] = "high"
        msg["X-Priority"] = "1"
        enqueue(s, app, key=f"urgent-alert:{ctx.inbound.id}", authority=ctx.authority, mailbox=ctx.mailbox,
                purpose="alert", to=duty, msg=msg, priority=PRIORITY_URGENT, request=req)
        if ctx.contract.get("kind") != "auto_reply" and ctx.parsed.sender:
            subject, text = render("urgent_reply", ref=req.reference, authority=pack.display_name,
                                   mash_phone=pack.contacts.mash_phone, emergency=pack.contacts.emergency,
                                   original_subject=ctx.parsed.subject or "")
            enqueue(s, app, key=f"urgent-reply:{ctx.inbound.id}", authority=ctx.authority, mailbox=ctx.mailbox,
                    purpose="urgent_reply", to=[ctx.parsed.sender], msg=build_message(subject=subject, text=text),
                    priority=PRIORITY_URGENT, request=req, in_reply_to=ctx.contract.get("message_id"),
                    auto_submitted="auto-replied")
        ctx.acknowledged = True
        audit.record(s, "safeguarding_alert", at=ctx.now, request=req, inbound=ctx.inbound.id,
                     alerted=len(duty))
