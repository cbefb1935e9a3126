"""Milestones: the events a protocol's timescales start, end or restart on.

stepbot produces some events itself (the request arrived, became complete, the invitation went,
the outcome was recorded). The rest only a person knows: the handover happened, the assessment
ended, the plan was sent, the lead practitioner was recorded. Each of those is a *milestone*
business support record on the request page, with the date it happened and a note, so every
deadline in every pack can start (tests/test_milestones.py walks every pack's event graph).
"""
from __future__ import annotations

from bot.policy import PolicyPack

# Events stepbot emits itself, and what emits them.
AUTOMATIC = {
    "request_received": "the request arrives",
    "request_complete": "the request has everything the protocol asks for",
    "invitation_sent": "the meeting invitation is sent",
    "decision_recorded": "the outcome is recorded on the request page",
    "decision_agreed": "the outcome 'agreed' is recorded on the request page",
    "decision_not_agreed": "the outcome 'not agreed' is recorded on the request page",
}

# Every event in words a person reads (the page's list, the history, mail).
LABELS = {
    "request_received": "Request received",
    "request_complete": "Request complete",
    "invitation_sent": "Meeting invitation sent",
    "meeting_held": "Meeting held",
    "decision_agreed": "Step agreed",
    "decision_not_agreed": "Step not agreed",
    "decision_recorded": "Outcome recorded",
    "handover": "Case handed over to the new worker",
    "joint_visit_held": "Joint home visit done",
    "letter_sent": "Letter sent",
    "review_held": "Review held",
    "minutes_received": "Minutes received",
    "documents_sent": "Documents sent",
    "case_transferred": "Case transferred",
    "contingency_plan_recorded": "Contingency plan recorded",
    "plan_sent": "Plan sent",
    "step_down_completed": "Step-down completed",
    "case_closed": "Case closed",
    "step_down_received": "Step-down received by Early Help",
    "lead_practitioner_recorded": "Lead practitioner recorded",
    "mosaic_recorded": "Recorded on Mosaic",
    "family_confirmation_sent": "Confirmation sent to the family",
    "triage_rebooked": "Triage booked again",
    "mag_review_held": "Multi-agency group review held",
    "assessment_completed": "Assessment completed",
    "assessment_decision": "Assessment decision made",
}


def label(event: str) -> str:
    return LABELS.get(event, event.replace("_", " ").capitalize())


def pack_events(pack: PolicyPack, kind: str | None = None) -> set[str]:
    """Every event the pack's deadlines start, end or restart on (for one kind, or all)."""
    out: set[str] = set()
    for rule in pack.deadlines:
        if kind is None or kind in rule.kinds:
            out |= {rule.starts_on, rule.met_by, *rule.restarts_on}
    return out


def recordable(pack: PolicyPack, kind: str | None) -> list[tuple[str, str]]:
    """(event, label) a person may record on a request of this kind, in the page's order."""
    events = pack_events(pack, kind) - AUTOMATIC.keys()
    return sorted(((e, label(e)) for e in events), key=lambda pair: pair[1])
