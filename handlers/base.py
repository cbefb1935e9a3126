"""What every handler gets, and what it must look like (STYLE.md 1: small and named)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import ClassVar, Protocol


@dataclass
class Context:
    """One incoming message on its way through the pipeline, inside one transaction."""

    app: object
    session: object
    inbound: object            # bot.models.InboundMessage
    parsed: object             # bot.parser.ParseResult
    authority: str
    mailbox: str
    now: datetime
    request: object | None = None   # bot.models.Request, once a handler has made or found it
    acknowledged: bool = False
    review: bool = False            # move the message to "Needs review" rather than "Processed"
    notes: list[str] = field(default_factory=list)

    @property
    def contract(self) -> dict:
        return self.parsed.contract


class Handler(Protocol):
    name: ClassVar[str]
    description: ClassVar[str]

    def process(self, ctx: Context) -> None:
        """Act on one message. Raise SenderError for a problem the sender must fix."""


class SenderError(Exception):
    """A problem with what the sender sent, for business support to sort out: nothing is retried.

    ``handlers.run`` catches it: the request (a request of kind "other" when the handler made none)
    goes to business support, ``rule`` is recorded among its rule hits, the message waits in the
    review list when ``review`` is set, and the sender gets ``template`` (the "business support
    will review it" reply) saying ``reason`` in plain words; with no ``reason``, no reply.
    The next handler in the pipeline (the safeguarding one, for urgent mail) still runs."""

    def __init__(self, reason: str | None, *, rule: str | None = None, review: bool = False,
                 template: str = "ack_review", **detail):
        super().__init__(reason or rule or "sender error")
        self.reason, self.rule, self.review, self.template, self.detail = reason, rule, review, template, detail
