"""Case numbers as written. A prefix joined to the number is part of it ("EHM-48872"); a
label before it is not ("Mosaic ID 1184529" -> "1184529")."""
from __future__ import annotations

import re

from bot.parser.extract.tables import table_records

PREFIXES = r"EHM|LCS|ICS|EHA"
_JOINED = re.compile(rf"\b(?:{PREFIXES})[-‐–]?\d{{4,}}\b", re.I)
_LABELS = r"mosaic|lcs|ehm|ics|eha|case"
# a child's first name before each number: "Mosaic: Lily 622090, Mason 622091"
_FIRSTNAME = r"(?-i:[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?)"
_LABELLED = re.compile(
    rf"\b(?:{_LABELS})\)?\s*(?:(?:person|child|client|family)\s+)?(?:ids?|numbers?|nos?\.?|num|ref(?:erence)?s?|#)?\)?(?:\s*\((?:if|where|when) (?:known|available|applicable)\))?"
    rf"\s*(?:(?:is|are|was|were)\s+)?[:#|]?\s*"
    rf"(?:{_FIRSTNAME}[ \t]+)?(?P<first>\d{{5,}})(?P<more>(?:(?:\s*\([^()\n]{{1,30}}\))?\s*(?:,|/|&|and)\s*(?:{_FIRSTNAME}[ \t]+)?\d{{5,}})*)", re.I)
# a case system's own list: "Mosaic ID", "LCS no.", and the "Person ID" of a Mosaic or LCS export
_ID_COLUMN = re.compile(rf"^(?:{_LABELS})\b.*(?:id|no|number|ref)?$|^(?:{_LABELS})$|^(?:person|client)[ \t]*(?:id|no\.?|number)$", re.I)


# Another council's case system named before its ID: "Eclipse ID 3318207", "Liquidlogic ID: 882001"
# (not a health, school or police number)
_SYSTEM_ID = re.compile(r"\b(?!(?:NHS|UPN|ULN|Police|Crime|CAD|PNC|Staff|Employee|Payroll|Booking|Order)\b)"
                        r"[A-Z][A-Za-z]{2,15}[ \t]+ID[ \t]*[:#]?[ \t]*(?P<id>\d{5,8})\b")


def find_case_ids(text: str) -> list[tuple[str, str]]:
    """(id, evidence) pairs in order of appearance, deduplicated."""
    found: list[tuple[int, str, str]] = []
    for m in _SYSTEM_ID.finditer(text):
        found.append((m.start(), m.group("id"), _line(text, m.start())))
    for m in _JOINED.finditer(text):
        found.append((m.start(), m.group(0).upper() if m.group(0)[:3].isalpha() else m.group(0),
                      _line(text, m.start())))
    for m in _LABELLED.finditer(text):
        nums = [m.group("first")] + re.findall(r"\d{5,}", m.group("more") or "")
        for n in nums:
            found.append((m.start(), n, _line(text, m.start())))
    for rec in table_records(text):
        for key, val in rec.cells.items():
            if _ID_COLUMN.match(key.strip()):
                for n in re.findall(r"(?<![\w-])\d{5,}(?![\w-])", val):
                    found.append((rec.start, n, rec.line))
    found.sort(key=lambda x: x[0])
    out, seen = [], set()
    for _, cid, ev in found:
        if cid not in seen:
            seen.add(cid)
            out.append((cid, ev))
    return out


def _line(text: str, pos: int) -> str:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return text[a:b if b >= 0 else len(text)].strip()[:300]
