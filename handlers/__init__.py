"""One handler per kind of message, registered explicitly (STYLE.md "avoid silent discovery").

The pipeline is data: each kind's tuple of handler names, run in order inside one transaction.
The safeguarding override runs for every kind and sends its alert at the top priority.
"""
from __future__ import annotations

from handlers.auto_reply import AutoReply
from handlers.follow_up import FollowUp
from handlers.meeting_reply import MeetingReply
from handlers.other import Other
from handlers.safeguarding import Safeguarding
from handlers.step_down import StepDown
from handlers.step_up import StepUp

REGISTRY = {h.name: h() for h in (StepUp, StepDown, FollowUp, MeetingReply, AutoReply, Other, Safeguarding)}

# kind (DESIGN.md's contract) -> handler names, in order.
PIPELINES: dict[str, tuple[str, ...]] = {
    "step_up": ("step_up", "safeguarding"),
    "step_down": ("step_down", "safeguarding"),
    "follow_up": ("follow_up", "safeguarding"),
    "meeting_reply": ("meeting_reply", "safeguarding"),
    "auto_reply": ("auto_reply", "safeguarding"),  # never answered (RFC 3834); an alert still goes to duty
    "other": ("other", "safeguarding"),
}


def run(ctx) -> None:
    kind = ctx.contract.kind or "other"
    for name in PIPELINES.get(kind, PIPELINES["other"]):
        REGISTRY[name].process(ctx)
