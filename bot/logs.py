"""One logging set-up for every stepbot process, with a formatter that keeps personal data out of
the logs (DESIGN.md safety rule 4) even when a message or an exception's text carries it.

Code logs references and row ids, never names or bodies; this is the net under that rule: e-mail
addresses and UK phone numbers in a log line become ``<address>`` / ``<phone>``, and an
exception's own text (which may quote the message it choked on) is replaced by its type, keeping
the traceback's file and line numbers for the developer."""
from __future__ import annotations

import logging
import re
import traceback

from bot.parser.text import EMAIL_ADDRESS

FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"
_PHONE = re.compile(r"(?<![\w/-])(?:\+44\s?|0)(?:\d[\s-]?){9,10}(?![\w/-])")


def redact(text: str) -> str:
    return _PHONE.sub("<phone>", EMAIL_ADDRESS.sub("<address>", text))


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))

    def formatException(self, ei) -> str:  # noqa: N802 - logging's name
        exc_type, _, tb = ei
        frames = "".join(traceback.format_tb(tb))
        return f"Traceback (most recent call last):\n{frames}{exc_type.__name__}: <text withheld>"


def install(level: int = logging.INFO) -> None:
    """Send the root logger's records through the redacting formatter, once per process."""
    root = logging.getLogger()
    if any(isinstance(h.formatter, RedactingFormatter) for h in root.handlers):
        return
    handler = logging.StreamHandler()
    handler.setFormatter(RedactingFormatter(FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
