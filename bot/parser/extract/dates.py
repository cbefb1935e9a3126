"""UK dates and times as people write them: 02/12/2026, 2.12.26, "Wed 2nd Dec at 10am",
"2 December 2026 10:00", "Tuesday 29/12/2026 at 10:00", "next Monday 7th at 11"."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

MONTHS = {m: i for i, ms in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
     ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
     ("oct", "october"), ("nov", "november"), ("dec", "december")], start=1) for m in ms}
WEEKDAYS = {d: i for i, ds in enumerate(
    [("mon", "monday"), ("tue", "tues", "tuesday"), ("wed", "weds", "wednesday"),
     ("thu", "thur", "thurs", "thursday"), ("fri", "friday"), ("sat", "saturday"),
     ("sun", "sunday")]) for d in ds}

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_WD_RE = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
ISO_DATE = r"(?<![\d/.-])(?P<iy>(?:19|20)\d\d)-(?P<im>0?[1-9]|1[0-2])-(?P<id>0?[1-9]|[12]\d|3[01])(?!\d)"
NUMERIC_DATE = r"(?<!\d)(?P<d>\d{1,2})[/.\-](?P<m>\d{1,2})[/.\-](?P<y>\d{4}|\d{2})(?!\d)"
_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
          "eighteenth", "nineteenth"]
# "the second of February 2015": ordinal words, 1 to 31
ORDINALS = {w: i + 1 for i, w in enumerate(_UNITS)} | {w: i + 10 for i, w in enumerate(_TEENS)} | \
    {"twentieth": 20, "thirtieth": 30, "thirty-first": 31, "thirty first": 31} | \
    {f"twenty{sep}{w}": 21 + i for i, w in enumerate(_UNITS) for sep in ("-", " ")}
_ORDINAL_RE = "|".join(sorted((re.escape(w) for w in ORDINALS), key=len, reverse=True))
# "6 March 2014", "the 3rd of May 2016", and the system style "06-Mar-2010"
WORD_DATE = (rf"(?P<d2>\d{{1,2}}|{_ORDINAL_RE})(?:st|nd|rd|th)?(?:\s+(?:of\s+)?|-(?=[A-Za-z]{{3}}\b|[A-Za-z]{{3}}-\d))(?P<mon>{_MONTH_RE})\.?"
             rf"(?:(?:,?\s+(?:of\s+)?|(?<=[A-Za-z])-)(?P<y2>\d{{4}}))?")  # "the 3 of May of 2035"
# ... and "Nov 9 36", a two-digit year where the date ends the line or the entry
MONTH_FIRST = (rf"(?P<mon3>{_MONTH_RE})\.?\s+(?P<d3>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?"
               rf"(?:,?\s+(?P<y3>\d{{4}}|\d{{2}}(?=[ \t]*(?:$|[,;)\n]))))?")
WEEKDAY_ONLY = r"(?P<d4>\d{1,2})(?:st|nd|rd|th)\b"
# Dictated: "the 4th of the 11th 2026" (day and month as ordinals, then the year)
SPOKEN_DATE = r"(?P<d5>\d{1,2})(?:st|nd|rd|th)\s+of\s+the\s+(?P<m5>\d{1,2})(?:st|nd|rd|th)\s+(?P<y5>\d{4})\b"
# A date starts a word (and the engine skips the middles of words at once).
DATE_RE = re.compile(
    rf"(?<![A-Za-z])(?:(?P<wd>{_WD_RE})\.?,?\s+(?:the\s+)?)?(?:{ISO_DATE}|{NUMERIC_DATE}|{SPOKEN_DATE}|{WORD_DATE}|{MONTH_FIRST}|{WEEKDAY_ONLY})",
    re.I)
TIME_RE = re.compile(
    r"(?<![\d/.])(?:(?P<h>\d{1,2})[:.](?P<mi>\d{2})\s*(?P<ap>am|pm|a\.m\.|p\.m\.)?|(?P<h2>\d{1,2})\s*(?P<ap2>am|pm|a\.m\.|p\.m\.)"
    r"|(?:at|@)\s+(?P<h3>\d{1,2})(?!\d|[:.]\d|/|\s*[ap]\.?m))(?![\d/])", re.I)


@dataclass
class FoundDate:
    value: date
    start: int
    end: int
    text: str
    has_year: bool
    weekday: str | None


def _year(y: str | None, ref: date) -> int | None:
    if not y:
        return None
    n = int(y)
    return n + 2000 if n < 100 else n


# How a meeting's day is told in passing (``find_dates(..., loose=True)``): "the 22nd" (the next
# 22nd), "02/11" (a day and month), "Thursday week" (the Thursday after the coming one).
_LOOSE = re.compile(
    rf"\bthe\s+(?P<nth>\d{{1,2}})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:{_MONTH_RE})\b)"
    rf"(?!\s+(?:time|child|floor|week|day|month|year|attempt|occasion|one|of|and|or|birthday|anniversary)\b)"
    r"|(?<![\d/.:])(?P<sd>\d{1,2})/(?P<sm>\d{1,2})(?![\d/]|\.\d)"
    rf"|\b(?P<wdw>{_WD_RE})\s+week\b", re.I)


def _loose(text: str, ref: date, taken: list[FoundDate]) -> list[FoundDate]:
    out = []
    for m in _LOOSE.finditer(text):
        if any(f.start <= m.start() < f.end for f in taken):
            continue
        try:
            if m.group("nth"):
                value = _resolve(int(m.group("nth")), None, None, None, ref, True)
            elif m.group("sd"):
                value = _resolve(int(m.group("sd")), int(m.group("sm")), None, None, ref, True)
            else:
                ahead = (WEEKDAYS[m.group("wdw").lower()] - ref.weekday()) % 7 or 7
                value = ref + timedelta(days=ahead + 7)
        except (ValueError, KeyError):
            continue
        if value is not None:
            out.append(FoundDate(value, m.start(), m.end(), m.group(0), False, None))
    return out


def find_dates(text: str, ref: date | None = None, *, future_bias: bool = False, loose: bool = False) -> list[FoundDate]:
    """Every date in text. Dates without a year take the year that puts them nearest ``ref``
    (or, with ``future_bias``, the next one on or after ``ref``). ``loose``: also the ways a
    meeting's day is told in passing (``_LOOSE``), always the next such day."""
    ref = ref or date.today()
    out = []
    for m in DATE_RE.finditer(text):
        g = m.groupdict()
        try:
            if g["iy"]:
                d, mo, y = int(g["id"]), int(g["im"]), int(g["iy"])
            elif g["d"]:
                d, mo, y = int(g["d"]), int(g["m"]), _year(g["y"], ref)
                if mo > 12 >= d >= 1:
                    d, mo = mo, d  # "7/19/2017" can only be month first (an American-order export)
            elif g["d5"]:
                d, mo, y = int(g["d5"]), int(g["m5"]), int(g["y5"])
            elif g["d2"]:
                d2 = g["d2"].lower()
                d, mo, y = ORDINALS.get(d2) or int(d2), MONTHS[g["mon"].lower()], _year(g["y2"], ref)
            elif g["d3"]:
                d, mo, y = int(g["d3"]), MONTHS[g["mon3"].lower()], _year(g["y3"], ref)
            else:
                if not g["wd"]:
                    continue  # a bare "7th" is only a date next to a weekday
                d, mo, y = int(g["d4"]), None, None
            wd = g["wd"].lower() if g["wd"] else None
            value = _resolve(d, mo, y, wd, ref, future_bias)
        except (ValueError, KeyError):
            continue
        if value is None:
            continue
        out.append(FoundDate(value, m.start(), m.end(), m.group(0), y is not None, wd))
    if loose:
        out = sorted(out + _loose(text, ref, out), key=lambda f: f.start)
    return out


def _resolve(d, mo, y, wd, ref: date, future_bias: bool) -> date | None:
    if mo is None:  # "Monday 7th": the next such day whose weekday matches
        for k in range(0, 120):
            c = ref + timedelta(days=k)
            if c.day == d and (wd is None or c.weekday() == WEEKDAYS[wd]):
                return c
        return None
    if y is not None:
        return date(y, mo, d)
    cands = []
    for yy in (ref.year - 1, ref.year, ref.year + 1):
        try:
            cands.append(date(yy, mo, d))
        except ValueError:
            continue
    if wd is not None:
        matching = [c for c in cands if c.weekday() == WEEKDAYS[wd]]
        cands = matching or cands
    if future_bias:
        fut = [c for c in cands if c >= ref]
        if fut:
            return min(fut)
    return min(cands, key=lambda c: abs((c - ref).days)) if cands else None


def find_time(text: str) -> tuple[time, re.Match] | None:
    for m in TIME_RE.finditer(text):
        g = m.groupdict()
        if g["h"] is not None:
            h, mi, ap = int(g["h"]), int(g["mi"]), g["ap"]
        elif g["h2"] is not None:
            h, mi, ap = int(g["h2"]), 0, g["ap2"]
        else:
            h, mi, ap = int(g["h3"]), 0, None
        if ap:
            ap = ap.lower().replace(".", "")
            if ap == "pm" and h < 12:
                h += 12
            if ap == "am" and h == 12:
                h = 0
        elif g["h3"] is not None and 1 <= h <= 7:
            h += 12  # "at 2" in working hours is the afternoon
        if 0 <= h < 24 and 0 <= mi < 60:
            return time(h, mi), m
    return None


def age_on(dob: date, day: date) -> int:
    return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


def combine(d: date, t: time, tz) -> datetime:
    return datetime.combine(d, t, tzinfo=tz)
