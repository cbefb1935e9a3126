"""Tables written as text (HTML and Word tables become ``a | b`` lines, plain-text mail uses
tabs): a header row followed by data rows gives records keyed by the header."""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass
class Record:
    cells: dict[str, str]
    line: str
    start: int


_SEP = re.compile(r"\s*\|\s*|\t+")


# A fixed-width export (a case system's list pasted as plain text): columns apart by three or more
# spaces, at least three of them on the line.
_WIDE_GAP = re.compile(r" {3,}")


def cells(line: str, *, wide: bool = False) -> list[str]:
    if "|" not in line and "\t" not in line:
        cols = _WIDE_GAP.split(line.strip()) if wide else []
        return [c.strip() for c in cols] if len(cols) >= 3 else []
    return [c.strip() for c in _SEP.split(line.strip().strip("|"))]


_RULE_ROW = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*:?-*:?[ \t]*\|?[ \t]*$")


def table_records(text: str) -> list[Record]:
    out: list[Record] = []
    header: list[str] | None = None
    pos = 0
    for line in text.splitlines(keepends=True):
        if _RULE_ROW.match(line):  # a Markdown table's rule under its header: "|-----|:---:|"
            pos += len(line)
            continue
        row = cells(line, wide=True)
        if header is not None and len(header) > len(row) >= 2 and line.rstrip().endswith("|"):
            row += [""] * (len(header) - len(row))  # empty last cells: "Kerry Tierney | 02/11/1996 | Mother | "
        if len(row) >= 2:
            if header is None or len(row) != len(header) or _looks_header(row):
                header = row if _looks_header(row) else None
            else:
                out.append(Record(dict(zip(header, row)), line.strip(), pos))
        else:
            header = None
        pos += len(line)
    return out


def _looks_header(cells: list[str]) -> bool:
    return all(c and not re.search(r"\d{2,}", c) and len(c) < 40 for c in cells)


_FIELD_ROW = re.compile(r"^\s*[^|\t\n]{2,80}?\s*(?:\||\t+|:)\s*\S[^|\t\n]*$")


def looks_like_form(text: str) -> bool:
    """A request form: at least three "field | value" (or "field: value") rows, which are most of
    its non-blank lines (a letter or a case summary is prose)."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    rows = sum(1 for ln in lines if _FIELD_ROW.match(ln) and len(cells(ln)) <= 2)
    return rows >= 3 and rows * 2 >= len(lines)


def looks_like_table(text: str) -> bool:
    """A data table (a case-system export: a header row, then a row per person): most non-blank
    lines are rows of one table with at least two records."""
    records = len(table_records(text))
    return records >= 2 and records * 2 >= sum(1 for ln in text.splitlines() if ln.strip())
