"""DESIGN.md's `stepbot parse` contract as one typed model.

The parser produces a :class:`Contract`; intake, the handlers and the web page read its fields by
name; ``stepbot parse`` prints :meth:`Contract.to_dict` as JSON, with exactly the field names,
order and value shapes DESIGN.md fixes. The vocabularies (kinds, next actions, concerns) are
here once and everything else imports them.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from bot.vocabulary import CONCERNS, MESSAGE_KINDS as KINDS, NEXT_ACTIONS, REQUEST_KINDS, MessageKind, NextAction

__all__ = ["CONCERNS", "FIELDS", "KINDS", "NEXT_ACTIONS", "REQUEST_KINDS", "Contract", "validate"]


@dataclass
class Contract:
    """One parsed message, as DESIGN.md's contract. Nested values (children, attachments, notice,
    the proposed meeting, the lead practitioner) keep the contract's JSON shapes."""

    authority: str
    mailbox: str | None
    message_id: str | None = None
    kind: MessageKind = "other"
    urgent: bool = False
    level: int | None = None
    case_ids: list[str] = field(default_factory=list)
    children: list[dict] = field(default_factory=list)          # {"name", "dob": ISO date or None}
    concerns: list[str] = field(default_factory=list)
    consent: bool | None = None
    manager_agreed: bool | None = None
    lead_practitioner: dict | None = None                       # {"name", "agency", "phone", "email"}
    proposed_meeting: dict | None = None                        # {"start": ISO 8601, "venue"}
    attachments: list[dict] = field(default_factory=list)       # {"filename", "role", "accepted", "problem"}
    missing: list[str] = field(default_factory=list)            # requirement ids, sorted
    notice: dict | None = None                                  # {"required_working_days", "given_working_days", "ok"}
    reference: str | None = None
    next_action: NextAction = "human_review"
    evidence: dict[str, str] = field(default_factory=dict)
    error: str | None = None                                    # why the parser could not read it (printed only when set)

    def to_dict(self) -> dict:
        """The contract's JSON object: DESIGN.md's fields in order, then ``error`` when set."""
        out = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "error"}
        if self.error is not None:
            out["error"] = self.error
        return out

    @classmethod
    def refused(cls, authority: str, mailbox: str | None, error: str, message_id: str | None = None) -> Contract:
        """A message the parser would not read: for a person to look at."""
        return cls(authority=authority, mailbox=mailbox, message_id=message_id, kind="other",
                   next_action="human_review", error=error)

    @property
    def is_request(self) -> bool:
        return self.kind in REQUEST_KINDS


FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Contract) if f.name != "error")


def validate(c: dict) -> list[str]:
    """Problems with a contract as printed (used by tests and the property test)."""
    problems = [f"missing key {k}" for k in FIELDS if k not in c]
    if c.get("kind") not in KINDS:
        problems.append(f"bad kind {c.get('kind')!r}")
    if c.get("next_action") not in NEXT_ACTIONS:
        problems.append(f"bad next_action {c.get('next_action')!r}")
    if not isinstance(c.get("urgent"), bool):
        problems.append("urgent is not a bool")
    if c.get("level") not in (None, 2, 3):
        problems.append("bad level")
    for k in ("consent", "manager_agreed"):
        if c.get(k) not in (None, True, False):
            problems.append(f"bad {k}")
    if any(x not in CONCERNS for x in c.get("concerns") or []):
        problems.append("unknown concern")
    if c.get("missing") != sorted(c.get("missing") or []):
        problems.append("missing is not sorted")
    return problems
