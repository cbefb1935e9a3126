"""Logs keep personal data out (DESIGN.md safety rule 4): addresses and phone numbers in a log line
are masked, and an exception's text (which may quote the mail) is withheld, its traceback kept."""
from __future__ import annotations

import logging

import pytest

from bot.logs import RedactingFormatter, redact


@pytest.mark.parametrize("text,expected", [
    ("ack sent to claire.jones@school.example.org.uk", "ack sent to <address>"),
    ("ring 0207 364 4079 now", "ring <phone> now"),
    ("call 07700 900871", "call <phone>"),
    ("inbound 42 processed: kind=step_up ref=KNO-0013-7QK", "inbound 42 processed: kind=step_up ref=KNO-0013-7QK"),
    ("Mosaic 1184529 and LCS-2257731", "Mosaic 1184529 and LCS-2257731"),
])
def test_redact(text, expected):
    assert redact(text) == expected


def test_an_exception_keeps_its_type_and_place_but_not_its_text():
    fmt = RedactingFormatter("%(message)s")
    words = "could not parse " + repr(", ".join(["Paula White", "DOB 03/02/2012", "paula@example.org"]))
    try:
        raise ValueError(words)
    except ValueError:
        record = logging.LogRecord("t", logging.ERROR, __file__, 1, "parse failed for inbound %s", (7,),
                                   exc_info=__import__("sys").exc_info())
    out = fmt.format(record)
    assert "parse failed for inbound 7" in out and "ValueError: <text withheld>" in out
    assert "test_logs.py" in out
    assert "Paula" not in out and "paula@" not in out and "03/02/2012" not in out


def test_json_log_lines_are_one_object_each_and_keep_personal_data_out(monkeypatch, capsys):
    import json
    import logging

    from bot import logs

    monkeypatch.setenv("STEPBOT_LOG_FORMAT", "json")
    root = logging.getLogger()
    saved = root.handlers[:]
    root.handlers = [h for h in root.handlers if not isinstance(h.formatter, logs.RedactingFormatter)]
    try:
        logs.install()
        text = "Paula White, paula@example.org"   # what a message might carry into an exception
        try:
            raise ValueError(text)
        except ValueError:
            logging.getLogger("bot.test").exception("KNO-0001 failed for worker@agency.org.uk")
        line = capsys.readouterr().err.strip().splitlines()[-1]
        rec = json.loads(line)
        assert rec["level"] == "ERROR" and rec["logger"] == "bot.test" and rec["time"].endswith("+00:00")
        assert rec["message"] == "KNO-0001 failed for <address>"
        assert "ValueError: <text withheld>" in rec["exception"] and "Paula" not in line
    finally:
        root.handlers = saved
