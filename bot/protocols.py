"""The five published protocols the policy packs enforce, kept in ``docs/protocols/``, and how a
rule is cited to a person: "Knowsley step-up/step-down protocol, under “Step Up Process”", never
by file name.

Each protocol file starts with a short ``#`` header whose first line is the protocol's title as a
council officer would name it; the text below the header is the published document, verbatim, so
every quote in a pack can be found in it (tests/test_policy_packs.py checks this).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

PROTOCOLS_DIR = Path(__file__).resolve().parent.parent / "docs" / "protocols"

# A heading: a short line of its own, no full stop at the end, starting with a capital or a number,
# not a bare number, a date or a table cell of one word.
_HEADING = re.compile(r"^[ \t]*((?:\d+(?:\.\d+)*\.?\s+)?[A-Z][^\n.:;?!]{3,70})[ \t]*$")
# A numbered section heading ("4. Cases 'Stepping-Up' from Family First 0-18 … on a Planned Basis"):
# one line, no full stop inside or at the end, so a numbered paragraph of sentences is not one.
_SECTION = re.compile(r"^[ \t]*(\d{1,2})\.[ \t]+[A-Z'‘][^\n]{3,200}$")
_TAG = re.compile(r"<[^>]+>|\[bookmark:[^\]]*\]")


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", _TAG.sub(" ", text)).strip()


@lru_cache(maxsize=16)
def _load(file: str) -> tuple[str, str] | None:
    """(title, body) of a protocol file, or None when there is no such file."""
    if "/" in file or "\\" in file:
        return None
    path = PROTOCOLS_DIR / file
    if not path.is_file():
        return None
    text = path.read_text(encoding="utf-8")
    header, body = [], []
    lines = text.splitlines(keepends=True)
    i = 0
    while i < len(lines) and lines[i].startswith("#"):
        header.append(lines[i][1:].strip())
        i += 1
    body = "".join(lines[i:])
    title = header[0] if header else file.rsplit(".", 1)[0].replace("_", " ").title()
    return title, body


def title(file: str) -> str:
    """The protocol's name for people ("Knowsley step-up/step-down protocol")."""
    loaded = _load(file)
    return loaded[0] if loaded else "the council's protocol"


def body(file: str) -> str | None:
    """The published text, without the header (None when the file is not in docs/protocols)."""
    loaded = _load(file)
    return loaded[1] if loaded else None


def _heading_before(text: str, quote: str) -> str | None:
    """The nearest heading above the first line of ``quote`` in ``text``."""
    words = _norm(quote).split()[:8]
    if not words:
        return None
    lines = text.splitlines()
    probe = " ".join(words[:5])
    for n, line in enumerate(lines):
        if probe in _norm(" ".join(lines[n:n + 3])) and probe not in _norm(" ".join(lines[n + 1:n + 3])):
            for prev in reversed(lines[:n]):
                prev = _TAG.sub("", prev).rstrip(" \t:")
                s = _SECTION.match(prev)
                if s and not re.search(r"[.!?](?:\s|$)", prev[s.end(1) + 1:]):
                    return "§" + s.group(1)
                m = _HEADING.match(prev)
                if m and len(m.group(1).split()) <= 10 and not m.group(1).strip().isdigit():
                    return _norm(m.group(1))
            return None
    return None


@lru_cache(maxsize=1024)
def cite(file: str | None, quote: str | None = None) -> str:
    """How a rule is cited to a person: the protocol's name and, where the quote is found under a
    heading, that heading: "Knowsley step-up/step-down protocol, §4" for a numbered section,
    "Torbay step-up/step-down processes, under “Step down plan not agreed at triage”" for a named one."""
    if not file:
        return "the council's protocol"
    name = title(file)
    text = body(file)
    heading = _heading_before(text, quote) if text and quote else None
    if not heading:
        return name
    return f"{name}, {heading}" if heading.startswith("§") else f"{name}, under “{heading}”"
