"""The parser: one raw message in, DESIGN.md's contract (and the parsed parts) out.

``parse_message`` is the single code path for ``stepbot parse`` and the daemon's intake. It never
raises for bad input: a message it cannot read safely comes back as kind ``other`` with
``next_action: human_review``, an ``error``, and ``refused`` saying why in plain words. The one
exception it lets through is MemoryError: running out of memory is the worker's limit being hit
(``bot.parsepool``), not something wrong with the message, and its caller reports it as such.
"""
from __future__ import annotations

import logging
from datetime import datetime, timezone

from bot.parser.attachments import ParsedAttachment
from bot.parser.contract import Contract
from bot.parser.errors import MessageRefused
from bot.parser.pipeline import run
from bot.parser.result import ParseResult
from bot.policy import PolicyPack
from bot.workcal import WorkingCalendar

log = logging.getLogger(__name__)

__all__ = ["ParseResult", "ParsedAttachment", "parse_message", "refused_contract"]


def parse_message(raw: bytes, *, pack: PolicyPack | None, authority: str, mailbox: str | None,
                  now: datetime | None, max_attachment_bytes: int = 20 * 2**20,
                  own_addresses: set[str] | frozenset[str] = frozenset(),
                  calendar: WorkingCalendar | None = None) -> ParseResult:
    """Parse one RFC 5322 message. See the module docstring."""
    try:
        return run(raw, pack=pack, authority=authority, mailbox=mailbox, now=now,
                   max_attachment_bytes=max_attachment_bytes,
                   own_addresses={a.lower() for a in own_addresses},
                   calendar=calendar or WorkingCalendar())
    except MessageRefused as e:
        log.info("message refused by the parser: %s", e)
        return _refused(authority, mailbox, str(e))
    except RecursionError:
        return _assessed(_refused(authority, mailbox, "the message nests too deeply to read"), raw, now)
    except MemoryError:
        raise
    except Exception as e:  # fail closed: a person looks at anything the parser cannot read
        # the type and where, never the text: the exception may quote the message
        log.error("parser failed on a message (%s) at %s", type(e).__name__, _where(e))
        return _assessed(_refused(authority, mailbox, "the parser stopped with an error while reading it",
                                  f"the parser could not read this message ({type(e).__name__})"), raw, now)


def _assessed(result: ParseResult, raw: bytes, now: datetime | None) -> ParseResult:
    """A message the parser stopped on is still read for an immediate risk, on its readable text
    (the subject and its text parts); one whose text cannot be read either is possibly urgent
    (DESIGN.md safety rule 1)."""
    from bot.parser.readable import readable_urgency

    try:
        urgent, why = readable_urgency(raw, (now or datetime.now(timezone.utc)).date())
    except MemoryError:
        raise
    except Exception as e:
        log.error("readable text of a message could not be assessed (%s): treated as possibly urgent", type(e).__name__)
        urgent, why = True, None
    if urgent:
        result.contract.urgent, result.contract.next_action = True, "alert_duty"
        result.urgent_evidence = why
        if why:
            result.contract.evidence["urgent"] = why
    return result


def _refused(authority: str, mailbox: str | None, reason: str, error: str | None = None) -> ParseResult:
    return ParseResult(contract=refused_contract(authority, mailbox, error or reason), refused=reason)


def _where(e: BaseException) -> str:
    import traceback

    tb = traceback.extract_tb(e.__traceback__)
    return "; ".join(f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno}" for f in tb[-3:])


def refused_contract(authority: str, mailbox: str | None, error: str, message_id: str | None = None) -> Contract:
    return Contract.refused(authority, mailbox, error, message_id)
