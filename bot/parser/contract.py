"""DESIGN.md's JSON contract: field names, order and value shapes in one place."""
from __future__ import annotations

FIELDS = ("authority", "mailbox", "message_id", "kind", "urgent", "level", "case_ids", "children",
          "concerns", "consent", "manager_agreed", "lead_practitioner", "proposed_meeting",
          "attachments", "missing", "notice", "reference", "next_action", "evidence")
KINDS = ("step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other")
NEXT_ACTIONS = ("alert_duty", "ignore", "record_reply", "attach_to_request", "human_review",
                "request_info", "book_meeting")
CONCERNS = ("neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
            "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation",
            "school_attendance", "young_carer", "disability_send")


def empty_contract(authority: str, mailbox: str | None, message_id: str | None = None) -> dict:
    return {
        "authority": authority, "mailbox": mailbox, "message_id": message_id, "kind": "other",
        "urgent": False, "level": None, "case_ids": [], "children": [], "concerns": [],
        "consent": None, "manager_agreed": None, "lead_practitioner": None,
        "proposed_meeting": None, "attachments": [], "missing": [], "notice": None,
        "reference": None, "next_action": "human_review", "evidence": {},
    }


def validate(c: dict) -> list[str]:
    """Problems with a contract dict (used by tests and the property test)."""
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
