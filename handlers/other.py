"""Anything else (general enquiry, newsletter, misdirected mail): a person reads it."""
from __future__ import annotations

from email.parser import BytesHeaderParser

from bot.parser.classify import is_mailing_list
from handlers.common import acknowledge, open_request


class Other:
    name = "other"
    description = "Mail that is not a request: queued for business support to read."

    def process(self, ctx) -> None:
        req = open_request(ctx, "other")
        req.next_action = "human_review"
        # lists and bulletins (List-Id, Precedence: bulk) are never answered (RFC 3834)
        bulk = is_mailing_list(BytesHeaderParser().parsebytes(ctx.inbound.raw, headersonly=True))
        sender = (ctx.parsed.sender or "").lower()
        if not bulk and not sender.startswith(("noreply", "no-reply", "donotreply", "do-not-reply")):
            acknowledge(ctx, "ack_review", reason="it does not look like a step-up or step-down request")
