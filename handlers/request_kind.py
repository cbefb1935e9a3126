"""The shared body of the step-up and step-down handlers."""
from __future__ import annotations

from bot import workflow
from handlers.base import SenderError
from handlers.common import acknowledge, open_request


def sender_allowed(app, authority: str, sender: str | None) -> bool:
    """True when the authority accepts requests from the sender's domain (or sets no list)."""
    allowed = [d.lower().lstrip("@") for d in app.settings.deployment.authorities[authority].allowed_sender_domains]
    if not allowed:
        return True
    domain = (sender or "").rpartition("@")[2].lower()
    return any(domain == d or domain.endswith("." + d) for d in allowed)


class RequestHandler:
    name = ""
    description = ""

    def process(self, ctx) -> None:
        req = open_request(ctx, self.name)
        pack = ctx.app.pack(ctx.authority)
        if pack.kind(self.name) is not None:
            # "the C&F assessment concluded on 20 November", "following our discussion at the
            # drop-in": what happened before the request, told first, as timescales and the
            # meeting the request needs depend on it
            workflow.record_stated(ctx.app, ctx.session, req, ctx.parsed.body_text, now=ctx.now)
        workflow.emit(ctx.app, ctx.session, req, "request_received", at=ctx.now)
        if pack.kind(self.name) is None:
            # The authority's protocol does not define this kind: a person decides (REQUIREMENTS.md).
            raise SenderError(pack.kinds[self.name].reason if self.name in pack.kinds
                              else "this protocol does not cover it")
        if not ctx.parsed.sender:
            # No single address to answer (none, or an address list in one From): a person checks it.
            raise SenderError(None, rule="no_usable_sender", review=True)
        if not sender_allowed(ctx.app, ctx.authority, ctx.parsed.sender):
            # Not from an address this council takes requests from: a person checks it before
            # anything about the family is sent back (the acknowledgement says nothing of them).
            raise SenderError("it comes from an address outside the organisations this mailbox takes "
                              "requests from", rule="sender_not_recognised")
        kp = pack.kind(self.name)
        if (other := kp.elsewhere_for(concerns=req.concerns or [], level=req.level, stated=req.stated())) is not None:
            # the protocol sends this request another way (Knowsley §4: a transfer, not a step-up)
            req.evidence = {**(req.evidence or {}), "review": f"Not this process: {other.reason}."}
            raise SenderError(other.reason, rule="another_route", review=True)
        if req.stated():
            # what the mail told can change what the protocol asks of it ("no Lead Practitioner has
            # been identified": the Early Help co-ordinator takes it)
            workflow.recheck(ctx.app, ctx.session, req, at=ctx.now)
        else:
            workflow.apply_checks(ctx.app, ctx.session, req, missing=req.missing, notice=req.notice,
                                  rule_hits=req.rule_hits, next_action=req.next_action, at=ctx.now)
        acknowledge(ctx)


class UrgentRequest:
    """An urgent step-up or step-down: the request is recorded as it stands, with no checks against
    the protocol and no booking (the duty team decides what happens next); the safeguarding handler
    after it alerts and replies."""

    name = "urgent_request"
    description = "Record an urgent request as it stands, for the duty team."

    def process(self, ctx) -> None:
        req = open_request(ctx, ctx.contract.kind)
        workflow.emit(ctx.app, ctx.session, req, "request_received", at=ctx.now)
