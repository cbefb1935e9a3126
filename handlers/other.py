"""Anything else (general enquiry, newsletter, misdirected mail): a person reads it."""
from __future__ import annotations

from email.parser import BytesHeaderParser

from bot.parser.classify import is_mailing_list
from handlers.base import SenderError
from handlers.common import open_request


class Other:
    name = "other"
    description = "Mail that is not a request: queued for business support to read."

    def process(self, ctx) -> None:
        open_request(ctx, "other")
        # lists and bulletins (List-Id, Precedence: bulk) are never answered (RFC 3834)
        bulk = is_mailing_list(BytesHeaderParser().parsebytes(ctx.inbound.raw, headersonly=True))
        quiet = bulk or (ctx.parsed.sender or "").lower().startswith(("noreply", "no-reply", "donotreply",
                                                                      "do-not-reply"))
        raise SenderError(None if quiet else "it does not look like a step-up or step-down request")
