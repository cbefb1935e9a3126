"""A reply carrying a reference: add what it brings to that request and check again.

Only someone on the request's thread may change it (:func:`on_thread`): the requester, the people
copied on the mail that opened it, the authority's configured people and its trusted domains.
Anyone else's follow-up, or one whose From domain failed the receiving server's SPF, DKIM or DMARC
check, is an unverified follow-up: it is kept as a request of its own for business support to
check, and the reply says nothing of the family or of the request it names.
"""
from __future__ import annotations

from bot import audit, deadlines, milestones, workflow
from bot.parser.extract.meeting import venue_given
from bot.states import RUNNING_DEADLINES, RequestState
from handlers.base import SenderError
from handlers.common import acknowledge, add_attachments, find_request, open_request
from bot.vocabulary import REQUEST_KINDS
from bot.workcal import to_london

UNVERIFIED = "unverified_follow_up"


def on_thread(app, req, sender: str | None) -> bool:
    """True when ``sender`` may add to ``req``. See the module docstring."""
    sender = (sender or "").lower()
    if not sender:
        return False
    if sender == (req.sender or "").lower() or sender in {a.lower() for a in (req.copied or [])}:
        return True
    addresses, domains = app.settings.trusted_senders(req.authority)
    domain = sender.rpartition("@")[2]
    return sender in addresses or any(domain == d or domain.endswith("." + d) for d in domains)


def why_unverified(ctx, req) -> str | None:
    """Why this follow-up may not change ``req``, in plain words, or None when it may."""
    auth = ctx.parsed.auth
    if auth is not None and auth.from_domain_failed:
        return "the receiving server could not confirm it came from the address it shows"
    if getattr(ctx.parsed, "relayed_by", None):
        # a portal or an online form: the address it names (its Reply-To) is not one anyone checked
        return "it came through a portal or online form, so the address it names could not be confirmed"
    if not on_thread(ctx.app, req, ctx.parsed.sender):
        return "it comes from an address that is not part of that request's conversation"
    return None


class FollowUp:
    name = "follow_up"
    description = "A reply that adds documents or information to an existing request."

    def process(self, ctx) -> None:
        req = find_request(ctx.session, ctx.contract.reference)
        if req is None or req.authority != ctx.authority:
            # A reference we do not know (typo, a wrong check part, another council's): a person looks at it.
            raise SenderError(
                "the reference in your email does not match an open request" if ctx.contract.reference else
                "it adds to a request you sent earlier but carries no reference, so business support "
                "will match it to that request", review=True)
        if (why := why_unverified(ctx, req)) is not None:
            self.unverified(ctx, req, why)
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
        if req.state not in (RequestState.DECIDED, RequestState.CLOSED):
            # "Venue confirmed: Stockbridge Village Family Hub" completes the meeting told before; a
            # meeting already held (the request decided) is history, whatever a reply mentions
            given = {k: v for k, v in (c.proposed_meeting or {}).items() if v not in (None, "")}
            if not given and (req.proposed_meeting or {}).get("start") and (venue := venue_given(ctx.parsed.body_text)):
                given = {"venue": venue}
            if given:
                req.proposed_meeting = {**(req.proposed_meeting or {}), **given}
        req.received_items = sorted(set(req.received_items or []) | roles)
        if c.urgent:
            req.urgent = True
            req.urgent_reason = getattr(ctx.parsed, "urgent_evidence", None)
        audit.record(ctx.session, "follow_up", at=ctx.now, request=req, inbound=ctx.inbound.id,
                     documents=sorted(roles), **_auth_detail(ctx))
        if roles:
            deadlines.on_documents(ctx.app, ctx.session, req, roles, at=ctx.now)
        if req.kind in REQUEST_KINDS and not req.urgent:
            workflow.record_stated(ctx.app, ctx.session, req, ctx.parsed.body_text, now=ctx.now)
            workflow.recheck(ctx.app, ctx.session, req, at=ctx.now)
            self.suggest_milestones(ctx, req)
        acknowledge(ctx, "ack_follow_up", added=sorted(roles))

    @staticmethod
    def suggest_milestones(ctx, req) -> None:
        """A reply to a reminder ("the joint visit was done on 4 Jan"): offer business support the
        milestone it tells of, to record with one click on the request page."""
        pack = ctx.app.pack(req.authority)
        open_events = {rule.met_by for d in req.deadlines if d.state in RUNNING_DEADLINES
                       if (rule := deadlines.rule_by_id(pack, d.rule_id)) is not None}
        today = to_london(ctx.now).date()
        for event, day in milestones.suggested(pack, req.kind, open_events, ctx.parsed.body_text, today):
            note = milestones.booked_meeting(event, ctx.parsed.body_text, today)
            audit.record(ctx.session, "milestone_suggested", at=ctx.now, request=req, inbound=ctx.inbound.id,
                         event=event, on=day.isoformat(), **({"note": note} if note else {}))

    @staticmethod
    def unverified(ctx, target, why: str) -> None:
        """Keep the mail as its own request for business support; change nothing on ``target``."""
        req = open_request(ctx, "other")
        req.evidence = {**(req.evidence or {}), "review": f"Unverified follow-up to {target.reference}: {why}."}
        audit.record(ctx.session, UNVERIFIED, at=ctx.now, request=req, inbound=ctx.inbound.id,
                     claims=target.reference, on_thread=on_thread(ctx.app, target, ctx.parsed.sender),
                     **_auth_detail(ctx))
        raise SenderError(why, rule=UNVERIFIED, review=True, template="ack_unverified", claims=target.reference)


def _auth_detail(ctx) -> dict:
    auth = ctx.parsed.auth
    return {"authentication": auth.results, "auth_failed": list(auth.failed)} if auth is not None and auth.results else {}
