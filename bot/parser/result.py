"""What the parser returns: the contract and the parsed parts the handlers and the web page use."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from bot.parser.attachments import ParsedAttachment
from bot.parser.auth_results import AuthResults
from bot.parser.checks import Checks
from bot.parser.contract import Contract


@dataclass
class ParseResult:
    contract: Contract
    sender: str = ""
    sender_name: str = ""
    sender_problem: str | None = None     # why the From line gives no address to reply to (mime.sender_of)
    relayed_by: str | None = None         # the portal or form service's own From when ``sender`` is its Reply-To
    copied: list[str] = field(default_factory=list)   # addresses on the Cc line
    auth: AuthResults | None = None       # the receiving server's Authentication-Results
    subject: str = ""
    message_id: str | None = None
    date: datetime | None = None
    in_reply_to: str | None = None
    references: list[str] = field(default_factory=list)
    body_text: str = ""
    history_text: str = ""
    html: str | None = None
    attachments: list[ParsedAttachment] = field(default_factory=list)
    urgent_evidence: str | None = None
    ical: dict | None = None
    wsn: bool = False
    documents: set[str] = field(default_factory=set)  # document ids this message itself brings
    checks: Checks | None = None
    # each child's age as stated in words ("aged 3", "18 months" → 0), in the order of contract.children;
    # None where no age is stated. Not in the contract (children there are {name, dob}): the daemon
    # stores it on the child so that a child with no date of birth counts by it (issue 16).
    child_ages: list[int | None] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    refused: str | None = None  # why the parser would not read this message, in plain words

    @property
    def kind(self) -> str:
        return self.contract.kind
