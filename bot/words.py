"""Words for people: the one place that turns stepbot's ids into what a person reads.

Mail, invitations, the web pages, exports and the CLI show ``say(id)`` (or the ``words`` template
filter), never the id itself: "Early Help duty inbox", not ``early_help_duty``; "MASH manager",
not ``mash_manager``. The tables below are data; an id they do not name (a role a council added to
its pack) is spelled out by ``spell``: underscores become spaces and known initialisms are
capitalised, so a new id still reads as words.
"""
from __future__ import annotations

import re

# Initialisms councils write in capitals.
INITIALISMS = {
    "mash": "MASH", "taf": "TAF", "cin": "CIN", "cp": "CP", "afc": "AFC", "send": "SEND",
    "lado": "LADO", "ics": "ICS", "gcp2": "GCP2", "camhs": "CAMHS", "mast": "MAST", "mag": "MAG",
    "ehm": "EHM", "lp": "LP", "atm": "ATM", "dsl": "DSL", "sw": "SW", "eha": "EHA", "ehat": "EHAT",
}
# Words that keep a capital inside a phrase.
PROPER = {"early": "Early", "help": "Help"}

WORDS: dict[str, str] = {
    # kinds of message and request
    "step_up": "step-up", "step_down": "step-down", "follow_up": "follow-up",
    "meeting_reply": "reply to a meeting invitation", "auto_reply": "automatic reply",
    "other": "other mail",
    # mailboxes
    "mash_step_up": "MASH step-up", "early_help_duty": "Early Help duty",
    # request states
    "received": "received", "awaiting_info": "waiting for information", "ready": "complete",
    "booked": "meeting booked", "decided": "decided", "closed": "closed",
    # message states
    "processing": "being read", "done": "done", "needs_review": "needs checking by a person",
    "failed": "could not be read", "quarantined": "held back as unsafe",
    # deadline states
    "open": "open", "paused": "paused (waiting for information)", "met": "met",
    "breached": "missed", "cancelled": "cancelled",
    # booking states
    "held": "held",
    # outgoing mail states
    "pending": "waiting to send", "sending": "sending", "sent": "sent", "unsure": "being checked",
    "checking": "being checked",
    # concerns
    "neglect": "neglect", "non_engagement": "family not engaging", "exploitation": "exploitation",
    "domestic_abuse": "domestic abuse", "parental_mental_health": "a parent's mental health",
    "substance_misuse": "substance misuse", "missing": "missing episodes",
    "physical_harm": "physical harm", "sexual_harm": "sexual harm",
    "radicalisation": "radicalisation", "school_attendance": "school attendance",
    "young_carer": "young carer", "disability_send": "disability or special educational needs",
    # what the protocol asks for
    "case_summary": "case summary", "rationale": "rationale for the request",
    "draft_plan": "draft plan", "step_up_form": "step-up form", "taf_minutes": "TAF meeting minutes",
    "gcp2": "Graded Care Profile 2 (GCP2)", "engaging_families": "Engaging Families form",
    "exploitation_assessment": "exploitation assessment", "assessment": "assessment",
    "cin_minutes": "CIN meeting minutes", "consent_form": "signed consent form",
    "request_for_support": "request for support form", "case_id": "case number",
    "children": "each child's name and date of birth", "consent": "the family's consent",
    "manager_agreed": "your manager's agreement", "lead_practitioner": "lead practitioner",
    "meeting_details": "the meeting's date, time and place",
    "worries_strengths_next": "worries, strengths and next steps",
    # next actions
    "alert_duty": "alert the duty team now", "ignore": "nothing to do",
    "record_reply": "record the reply", "attach_to_request": "add it to its request",
    "human_review": "a person checks it", "request_info": "ask for what is missing",
    "book_meeting": "book the meeting",
    # roles
    "requester": "sender", "requester_manager": "sender's team manager",
    "duty": "duty team", "out_of_hours": "out-of-hours team", "mash_inbox": "MASH inbox", "head_of_service_cin_cp": "Head of Service (CIN and CP)",
    "head_of_service_early_help": "Head of Service (Early Help)",
    "head_of_service_mast": "Head of Service (MAST)", "head_of_early_help": "Head of Early Help",
    "family_first_business_support": "Family First business support",
    "family_first_case_manager": "Family First case manager",
    "family_first_duty_team_manager": "Family First duty team manager",
    "family_first_mash_manager": "Family First MASH manager",
    # who arranges a meeting
    "stepbot": "business support (booked by stepbot)", "standing": "a standing meeting",
    # authorities (their packs' display names are longer; these are for tight places)
    "knowsley": "Knowsley", "richmond_wandsworth": "Richmond and Wandsworth",
    "tower_hamlets": "Tower Hamlets", "torbay": "Torbay", "herefordshire": "Herefordshire",
}


# The parse contract's fields, one item of each (for evidence labels such as "children.0").
FIELDS = {"children": "child", "concerns": "concern", "case_ids": "case number", "missing": "missing",
          "attachments": "attachment", "consent": "consent", "manager_agreed": "manager's agreement"}


def spell(value: str) -> str:
    """An id spelled out as words: ``early_help_service_manager`` → "Early Help service manager"."""
    parts = re.split(r"[_\s]+", value.strip())
    out = [INITIALISMS.get(p.lower()) or PROPER.get(p.lower()) or p for p in parts if p]
    return re.sub(r"(?<=[a-z])(?=\d)", " ", " ".join(out))  # "level3" → "level 3"


def say(value) -> str:
    """The words for an id (or a list of ids, joined); anything else as given; None as ''."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple, set, frozenset)):
        return join([say(v) for v in value])
    text = str(value)
    if text in WORDS:
        return WORDS[text]
    m = re.fullmatch(r"([a-z_]+)\.([a-z0-9_]+)", text)  # an evidence label: "children.0", "concerns.neglect"
    if m:
        field, item = m.groups()
        one = FIELDS.get(field, spell(field))
        return f"{one} {int(item) + 1}" if item.isdigit() else f"{one}: {say(item)}"
    if re.fullmatch(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+", text):
        return spell(text)
    return text


def join(items) -> str:
    """"a", "a and b", "a, b and c"."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]
