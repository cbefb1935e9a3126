"""A reply carrying a [SB-…] reference: add what it brings to that request and check again."""
from __future__ import annotations

from bot import audit, deadlines, workflow
from handlers.common import acknowledge, add_attachments, find_request, open_request


class FollowUp:
    name = "follow_up"
    description = "A reply that adds documents or information to an existing request."

    def process(self, ctx) -> None:
        req = find_request(ctx.session, ctx.contract.reference)
        if req is None or req.authority != ctx.authority:
            # A reference we do not know (typo, another council's): a person looks at it.
            open_request(ctx, "other")
            ctx.request.next_action = "human_review"
            acknowledge(ctx, "ack_review", reason=(
                "the reference in your email does not match an open request" if ctx.contract.reference else
                "it adds to a request you sent earlier but carries no reference [SB-…], so business support "
                "will match it to that request"))
            return
        ctx.request = req
        ctx.inbound.request_id = req.id
        new = add_attachments(ctx, req)
        # Documents this message brings: accepted attachments, or a document pasted under its heading.
        roles = {a.role for a in new if a.accepted and a.role} | set(ctx.parsed.documents)
        if ctx.parsed.wsn:
            roles.add("worries_strengths_next")
        c = ctx.contract
        # Facts the follow-up states fill gaps; they never overwrite what business support corrected.
        for field in ("consent", "manager_agreed"):
            if getattr(req, field) is None and getattr(c, field) is not None:
                setattr(req, field, getattr(c, field))
        if not req.lead_practitioner and c.lead_practitioner:
            req.lead_practitioner = c.lead_practitioner
        if c.proposed_meeting:
            req.proposed_meeting = c.proposed_meeting
        req.received_items = sorted(set(req.received_items or []) | roles)
        if c.urgent:
            req.urgent = True
            req.urgent_reason = getattr(ctx.parsed, "urgent_evidence", None)
        audit.record(ctx.session, "follow_up", at=ctx.now, request=req, inbound=ctx.inbound.id,
                     documents=sorted(roles))
        if roles:
            deadlines.on_documents(ctx.app, ctx.session, req, roles, at=ctx.now)
        if req.kind in ("step_up", "step_down") and not req.urgent:
            workflow.recheck(ctx.app, ctx.session, req, at=ctx.now)
        if not c.urgent:
            acknowledge(ctx, "ack_follow_up", added=sorted(roles))
