"""An attendee's iTIP REPLY (accepted / declined / tentative) or COUNTER: record it on the booking."""
from __future__ import annotations

from bot import booking


class MeetingReply:
    name = "meeting_reply"
    description = "Accept, decline or counter-proposal to a meeting invitation stepbot sent."

    def process(self, ctx) -> None:
        found = booking.record_reply(ctx.app, ctx.session, ctx.parsed, ctx.inbound)
        if found is None:
            ctx.review = True  # a reply to no meeting of ours: business support looks at it
