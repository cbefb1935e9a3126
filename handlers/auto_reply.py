"""Out-of-office, bounces and other automatic mail: never answered (RFC 3834), never changes a
request's state or timers. An out-of-office in answer to a reminder sends the next one to the
owner's deputy at once (bot.deadlines.on_auto_reply)."""
from __future__ import annotations

from bot import audit, deadlines


class AutoReply:
    name = "auto_reply"
    description = "Automatic mail: recorded, never replied to."

    def process(self, ctx) -> None:
        audit.record(ctx.session, "auto_reply", at=ctx.now, inbound=ctx.inbound.id)
        deadlines.on_auto_reply(ctx.app, ctx.session, ctx.parsed, ctx.inbound)
