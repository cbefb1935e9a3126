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
    """A problem with what the sender sent: they get a helpful reply; nothing is retried."""
