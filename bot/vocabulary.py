"""The words stepbot's data is made of, defined once: kinds of message, mailbox roles, concerns,
requirement ids and next actions. The parse contract (bot/parser/contract.py), the policy packs'
schema (bot/policy.py), the checks and the web page all take them from here."""
from __future__ import annotations

from typing import Literal, get_args

MessageKind = Literal["step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"]
Kind = Literal["step_up", "step_down"]  # the kinds of request a protocol sets rules for
MailboxRole = Literal["mash_step_up", "early_help_duty"]
NextAction = Literal["alert_duty", "ignore", "record_reply", "attach_to_request", "human_review",
                     "request_info", "book_meeting"]
Concern = Literal[
    "neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
    "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation",
    "school_attendance", "young_carer", "disability_send",
]
DocumentId = Literal[
    "case_summary", "rationale", "draft_plan", "step_up_form", "taf_minutes", "gcp2",
    "engaging_families", "exploitation_assessment", "assessment", "cin_minutes", "consent_form",
    "request_for_support",
]
FactId = Literal[
    "case_id", "children", "consent", "manager_agreed", "lead_practitioner", "meeting_details",
    "worries_strengths_next",
]
RequirementId = Literal[DocumentId, FactId]

MESSAGE_KINDS: tuple[str, ...] = get_args(MessageKind)
REQUEST_KINDS: tuple[str, ...] = get_args(Kind)
MAILBOX_ROLES: tuple[str, ...] = get_args(MailboxRole)
NEXT_ACTIONS: tuple[str, ...] = get_args(NextAction)
CONCERNS: tuple[str, ...] = get_args(Concern)
DOCUMENT_IDS: tuple[str, ...] = get_args(DocumentId)
FACT_IDS: tuple[str, ...] = get_args(FactId)
