"""The parser: one raw message in, DESIGN.md's contract (and the parsed parts) out.

``parse_message`` is the single code path for ``stepbot parse`` and the daemon's intake. It never
raises for bad input: a message it cannot read safely comes back as kind ``other`` with
``next_action: human_review``, an ``error``, and ``refused`` saying why in plain words. The one
exception it lets through is MemoryError: running out of memory is the worker's limit being hit
(``bot.parsepool``), not something wrong with the message, and its caller reports it as such.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime

from bot.parser.attachments import ParsedAttachment
from bot.parser.auth_results import AuthResults
from bot.parser.checks import Checks
from bot.parser.errors import MessageRefused
from bot.policy import PolicyPack
from bot.workcal import WorkingCalendar

log = logging.getLogger(__name__)

__all__ = ["ParseResult", "ParsedAttachment", "parse_message", "refused_contract"]


@dataclass
class ParseResult:
    contract: dict
    sender: str = ""
    sender_name: str = ""
    sender_problem: str | None = None     # why the From line gives no address to reply to (mime.sender_of)
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
    warnings: list[str] = field(default_factory=list)
    refused: str | None = None  # why the parser would not read this message, in plain words

    @property
    def kind(self) -> str:
        return self.contract["kind"]


def parse_message(raw: bytes, *, pack: PolicyPack | None, authority: str, mailbox: str | None,
                  now: datetime | None, max_attachment_bytes: int = 20 * 2**20,
                  own_addresses: set[str] | frozenset[str] = frozenset(),
                  calendar: WorkingCalendar | None = None) -> ParseResult:
    """Parse one RFC 5322 message. See the module docstring."""
    from bot.parser.pipeline import run

    try:
        return run(raw, pack=pack, authority=authority, mailbox=mailbox, now=now,
                   max_attachment_bytes=max_attachment_bytes,
                   own_addresses={a.lower() for a in own_addresses},
                   calendar=calendar or WorkingCalendar())
    except MessageRefused as e:
        log.info("message refused by the parser: %s", e)
        return _refused(authority, mailbox, str(e))
    except RecursionError:
        return _refused(authority, mailbox, "the message nests too deeply to read")
    except MemoryError:
        raise
    except Exception as e:  # fail closed: a person looks at anything the parser cannot read
        # the type and where, never the text: the exception may quote the message
        log.error("parser failed on a message (%s) at %s", type(e).__name__, _where(e))
        return _refused(authority, mailbox, "the parser stopped with an error while reading it",
                        f"the parser could not read this message ({type(e).__name__})")


def _refused(authority: str, mailbox: str | None, reason: str, error: str | None = None) -> ParseResult:
    return ParseResult(contract=refused_contract(authority, mailbox, error or reason), refused=reason)


def _where(e: BaseException) -> str:
    import traceback

    tb = traceback.extract_tb(e.__traceback__)
    return "; ".join(f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno}" for f in tb[-3:])


def refused_contract(authority: str, mailbox: str | None, error: str, message_id: str | None = None) -> dict:
    from bot.parser.contract import empty_contract

    c = empty_contract(authority, mailbox, message_id)
    c["kind"] = "other"
    c["next_action"] = "human_review"
    c["error"] = error
    return c
