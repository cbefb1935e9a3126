"""Imported by the parse pool's forkserver: reads one small built-in request once, so the
regular expressions, vocabularies and lazily built tables the parser compiles on first use are
already in memory when each worker is forked. A worker then starts in milliseconds and its first
message costs what any other message costs (a cold worker took about 0.6 s).

Nothing here touches a database, a mailbox or a file: the message is invented, it names no real
person, and the result is thrown away."""
from __future__ import annotations

from datetime import datetime, timezone

from bot.parser import parse_message
from bot.parser.readable import readable_text
from bot.parser.urgency import assess

SAMPLE = b"""From: Early Help <early.help@example.org>
To: MASH <mash@example.org>
Subject: Step up request - Sam Example (dob 01/02/2019) - EHM-10001
Date: Mon, 02 Mar 2026 09:00:00 +0000
Message-ID: <warmup@example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Please see attached step-up request for Sam Example, DOB 01/02/2019, EHM-10001.
Concerns: neglect and domestic abuse. Mum has given consent and my team manager has agreed.
The child disclosed that dad hit her last night and she is going home with him tonight.

Thanks, Alex
"""


def warm() -> None:
    now = datetime(2026, 3, 2, 10, 0, tzinfo=timezone.utc)
    try:
        parse_message(SAMPLE, pack=None, authority="warmup", mailbox=None, now=now)
        assess(readable_text(SAMPLE), today=now.date())
    except Exception:  # noqa: BLE001 - a cold worker is slower, never wrong: the pool must still start
        pass


warm()
