"""One logging set-up for every stepbot process, with a formatter that keeps personal data out of
the logs (DESIGN.md safety rule 4) even when a message or an exception's text carries it.

Code logs references and row ids, never names or bodies; this is the net under that rule: e-mail
addresses and UK phone numbers in a log line become ``<address>`` / ``<phone>``, and an
exception's own text (which may quote the message it choked on) is replaced by its type, keeping
the traceback's file and line numbers for the developer."""
from __future__ import annotations

import json
import logging
import os
import re
import traceback
from datetime import datetime, timezone

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


class JsonFormatter(RedactingFormatter):
    """One JSON object per line (``STEPBOT_LOG_FORMAT=json``), for a council's log collector:
    time, level, logger, thread, message, and the traceback (its text withheld) when there is one."""

    def format(self, record: logging.LogRecord) -> str:
        out = {"time": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds"),
               "level": record.levelname, "logger": record.name, "thread": record.threadName,
               "message": redact(record.getMessage())}
        if record.exc_info:
            out["exception"] = self.formatException(record.exc_info)
        return json.dumps(out, ensure_ascii=False)


def install(level: int = logging.INFO) -> None:
    """Send the root logger's records through the redacting formatter, once per process: plain
    lines, or JSON lines when ``STEPBOT_LOG_FORMAT=json``."""
    root = logging.getLogger()
    if any(isinstance(h.formatter, RedactingFormatter) for h in root.handlers):
        return
    handler = logging.StreamHandler()
    json_lines = os.environ.get("STEPBOT_LOG_FORMAT", "").strip().lower() == "json"
    handler.setFormatter(JsonFormatter() if json_lines else RedactingFormatter(FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
