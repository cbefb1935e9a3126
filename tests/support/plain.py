"""Words for people: text a person reads (mail, invitations, pages, exports, the CLI) never shows
an internal id (``final_cin_meeting``, ``mash_step_up``), a file name (``knowsley.txt``) or an ISO
timestamp (``2026-12-11T10:00:00+00:00``).

``problems(text, given=...)`` lists what a person should not see. ``given`` is text that came from
outside (a sender's subject, a quoted protocol sentence, a comment): it is masked first, because
stepbot must repeat it as it was written.
"""
from __future__ import annotations

import re

SNAKE = re.compile(r"(?<![\w@./:-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w@/-])")
FILE = re.compile(r"(?<![\w@/])[\w-]+\.(?:txt|ya?ml|j2|py|eml|json|md|html)\b")
ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:[+-]\d{2}:?\d{2}|Z)?)?\b")
# Addresses and links are for machines and people alike; they are not read as words.
_MASK = re.compile(r"\S+@\S+|https?://\S+|<[^<>\s]+>")

# Context values that come from outside stepbot and are repeated as written.
GIVEN_KEYS = frozenset({
    "original_subject", "subject", "sender", "sender_name", "sentence", "comment", "note",
    "source_quote", "rule_quote", "quote", "address", "name",
})


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, (list, tuple, set)):
        for v in value:
            yield from _strings(v)


def given_from(ctx: dict) -> list[str]:
    return [s for k, v in ctx.items() if k in GIVEN_KEYS for s in _strings(v) if s]


def problems(text: str, given=()) -> list[str]:
    for g in sorted(given, key=len, reverse=True):
        if len(g) >= 3:
            text = text.replace(g, " ")
    text = _MASK.sub(" ", text)
    found = [f"id {m}" for m in SNAKE.findall(text)]
    found += [f"file name {m.group(0)}" for m in FILE.finditer(text)]
    found += [f"ISO timestamp {m.group(0)}" for m in ISO.finditer(text)]
    return found


def assert_plain(sent, *given: str) -> None:
    """Nothing a person reads in the mail ``sent`` (objects with ``subject``, ``body`` and
    ``purpose``) shows an internal id, a file name or an ISO timestamp."""
    for m in sent:
        found = problems(m.subject + "\n" + m.body, given=given)
        assert not found, (m.purpose, m.subject, found)
