"""The proposed meeting: the first future date near meeting words, its time and venue."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from bot.parser.extract.dates import find_dates, find_time
from bot.workcal import LONDON

_MEETING_WORDS = re.compile(
    r"\b(?:meeting|TAF|CIN|visit(?:s|ing)?|discussion|triage|drop[- ]in|panel|conference|strategy|"
    r"date/time|date and time|when)\b", re.I)
_PAST = re.compile(r"\b(?:last|previous|held on|was held|took place|minutes (?:of|from)|completed on|"
                   r"done on|was done|concluded|ended|dated)\b", re.I)
_NOT_THE_DAY = re.compile(r"(?:\b(?:dob|d\.o\.b\.?|date of birth|born|birthday)|(?<!day )\bw/c|(?<!day )\bweek (?:commencing|beginning)|"
                          r"\b(?:tbc|tba|to be (?:confirmed|arranged|agreed))\b)\W*(?:\w+\W+){0,2}$", re.I)
# ... a form's row included: "Venue\t-\tHuyton Hub" (a Y/N column left "-")
_VENUE_LABEL = re.compile(r"\b(?:venue|location|where)(?:\s+(?:is\s+)?(?:now\s+)?(?:confirmed|agreed|changed to|booked))?"
                          r"[ \t]*(?:[:|]|\t)(?:[ \t]*[-–|:](?=[ \t]*\w))?[ \t]*(?P<v>[^\n]+)", re.I)
_VENUE_TBC = re.compile(r"\b(?:venue|location|place)\s*(?:is\s+)?(?:tbc|tba|to be (?:confirmed|arranged|agreed))\b"
                        r"|\b(?:venue|location)\s*[:|]\s*(?:tbc|tba|to be)", re.I)
_ONLINE = re.compile(r"\b(?:on |via |by |over )?(?:microsoft )?teams\b|\bzoom\b|\bvirtual(?:ly)?\b|\bonline\b", re.I)


@dataclass
class Meeting:
    day: date
    start: datetime | None
    venue: str | None
    venue_tbc: bool
    evidence: str

    def contract(self) -> dict:
        return {"start": self.start.isoformat() if self.start else None, "venue": self.venue}


def find_meeting(text: str, today: date) -> Meeting | None:
    best = timed = None
    for line in _units(text):
        if not _MEETING_WORDS.search(line):
            continue
        for d in find_dates(line, today, future_bias=True, loose=True):
            if d.value < today:
                continue
            before = line[max(0, d.start - 60):d.start]
            if _PAST.search(before) and not re.search(r"\b(?:on|for|at)\s*$", before):
                continue
            if _NOT_THE_DAY.search(before[-30:]) or (not d.has_year and (d.value - today).days > 180):
                continue  # a date of birth; a week or a date still to be confirmed; a day and month long gone
            after = line[d.end:d.end + 60]
            t = find_time(after)
            start = datetime.combine(d.value, t[0], tzinfo=LONDON) if t else None
            tail = line[d.end + (t[1].end() if t else 0):][:150]  # the venue may run past the time's window
            venue = _venue(tail, line)
            m = Meeting(d.value, start, venue, bool(_VENUE_TBC.search(line)), line.strip()[:300])
            if start is not None and (venue or m.venue_tbc):
                return m if timed is None or timed.start == m.start else timed
            if start is not None and timed is None:
                timed = m  # a form's "date:" and "time:" rows read before its "venue:" row: the same meeting may follow
            if best is None:
                best = m
    return timed or best


def invited_meeting(ical: dict | None, today: date) -> Meeting | None:
    """The meeting a mail that is itself a meeting request (iTIP METHOD:REQUEST) invites to: its
    start and location are the meeting the sender arranged (Knowsley's step-up "via teams
    calendar"), whatever other dates the text mentions."""
    if not ical or (ical.get("method") or "").upper() != "REQUEST" or not ical.get("start"):
        return None
    try:
        start = datetime.fromisoformat(ical["start"])
    except ValueError:
        return None
    if start.tzinfo is None:
        start = start.replace(tzinfo=LONDON)
    start = start.astimezone(LONDON)
    if start.date() < today:
        return None
    venue = (ical.get("location") or "").strip() or None
    return Meeting(start.date(), start, venue, False, f"meeting invitation: {ical.get('summary') or ''}".strip()[:300])


def venue_given(text: str) -> str | None:
    """The venue a line labels ("Venue confirmed: Stockbridge Village Family Hub"), with no date: a
    reply that completes the meeting an earlier mail told."""
    for line in (text or "").splitlines():
        lab = _VENUE_LABEL.search(line)
        if lab and (v := _venue("", line)):
            return v
    return None


def _units(text: str):
    """Lines, with a label line joined to the value line after it ("Final CIN meeting" /
    "Date/time: ...")."""
    lines = [x for x in text.splitlines()]
    for i, line in enumerate(lines):
        joined = line
        if _DATE_LABEL.match(line) and not _MEETING_WORDS.search(line):
            # a "Date: / Time: / Venue:" block under the sentence that says what it is for
            context = next((x for x in reversed(lines[max(0, i - 3):i]) if x.strip() and not _BLOCK_LABEL.match(x)), "")
            block = [line] + [x for x in lines[i + 1:i + 3] if _BLOCK_LABEL.match(x)]
            joined = context.rstrip(" .") + " - " + " ".join(block)
        elif i + 1 < len(lines) and len(line.strip()) < 40 and _MEETING_WORDS.search(line):
            joined = line + " " + lines[i + 1] + (" " + lines[i + 2] if i + 2 < len(lines) else "")
        elif (after := next((x for x in lines[i + 1:i + 3] if x.strip()), None)) is not None and _VENUE_LABEL.match(after.strip()):
            joined = line + " " + after  # (a paragraph apart, as HTML mail puts it)
        yield from re.split(r"(?<=[.!?])\s+(?=[A-Z])", joined)


_DATE_LABEL = re.compile(r"\s*(?:date|day|when)\s*[:|]", re.I)
_BLOCK_LABEL = re.compile(r"\s*(?:date|day|when|time|venue|location|where)\s*[:|]", re.I)


def _venue(tail: str, line: str) -> str | None:
    lab = _VENUE_LABEL.search(line)
    if lab:
        v = lab.group("v").strip()
        return None if re.match(r"(?:tbc|tba|to be)", v, re.I) else v.split(".")[0][:120]
    m = re.match(r"^\s*(?:,|at|in|@|-|–)\s*(?P<v>[A-Za-z0-9][^.;()\n]{2,100}?)(?=\s+and\s+[a-z]|[.;()\n]|$)", tail)
    if m and not re.match(r"(?:(?:venue|location|place)\s+(?:is\s+)?)?(?:tbc|tba|to be)\b", m.group("v"), re.I):
        return m.group("v").strip().rstrip(",")
    o = _ONLINE.search(tail)
    if o:
        return "Microsoft Teams" if "team" in o.group(0).lower() else o.group(0).strip()
    if _HOME_VISIT.search(line):  # a (joint) home visit takes place at the family's home
        return HOME
    return None


_HOME_VISIT = re.compile(r"\b(?:joint |home |family )+visit\b|\bvisit(?:ing)?\b[^.?!\n]{0,40}?\b(?:at|to) "
                         r"(?:the |their |her |his )?(?:family(?:'s|’s)? )?home\b", re.I)
HOME = "the family's home"
