"""One handler per kind of message, registered explicitly (STYLE.md "avoid silent discovery").

The pipeline is data: each kind's tuple of handler names, run in order inside one transaction. An
urgent message (DESIGN.md safety rule 1) takes its kind's urgent pipeline, which ends with the
safeguarding handler: whoever can act at that hour is alerted, at the top priority in the outbox,
and a request is never checked, chased or booked on the way. A handler that finds a problem the
sender must fix raises ``SenderError``; ``run`` refers the message to business support
(:func:`handlers.common.refer`) and goes on with the next handler.
"""
from __future__ import annotations

from handlers.auto_reply import AutoReply
from handlers.base import SenderError
from handlers.common import refer
from handlers.follow_up import FollowUp
from handlers.meeting_reply import MeetingReply
from handlers.other import Other
from handlers.request_kind import UrgentRequest
from handlers.safeguarding import Safeguarding
from handlers.step_down import StepDown
from handlers.step_up import StepUp

REGISTRY = {h.name: h() for h in (StepUp, StepDown, UrgentRequest, FollowUp, MeetingReply, AutoReply, Other,
                                  Safeguarding)}

# kind (the contract's, bot/vocabulary.py MESSAGE_KINDS) -> handler names, in order.
PIPELINES: dict[str, tuple[str, ...]] = {
    "step_up": ("step_up",),
    "step_down": ("step_down",),
    "follow_up": ("follow_up",),
    "meeting_reply": ("meeting_reply",),
    "auto_reply": ("auto_reply",),  # never answered (RFC 3834)
    "other": ("other",),
}
# The same kinds when the message is urgent: a new request is opened as it stands (the duty team
# decides what happens next), anything else is handled as usual (the handlers send no reply of
# their own: ``acknowledge`` stays silent), and the safeguarding handler alerts and replies.
URGENT_PIPELINES: dict[str, tuple[str, ...]] = {
    "step_up": ("urgent_request", "safeguarding"),
    "step_down": ("urgent_request", "safeguarding"),
    "follow_up": ("follow_up", "safeguarding"),
    "meeting_reply": ("meeting_reply", "safeguarding"),
    "auto_reply": ("auto_reply", "safeguarding"),  # an alert still goes to duty
    "other": ("other", "safeguarding"),
}


def pipeline(contract) -> tuple[str, ...]:
    table = URGENT_PIPELINES if contract.urgent else PIPELINES
    return table.get(contract.kind or "other", table["other"])


def run(ctx) -> None:
    for name in pipeline(ctx.contract):
        try:
            REGISTRY[name].process(ctx)
        except SenderError as e:
            refer(ctx, e)
