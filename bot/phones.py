"""UK telephone numbers in configuration: their form, and Ofcom's drama ranges.

Ofcom keeps blocks of numbers that are never given to a subscriber, for use in TV and radio drama
and in examples. A sender told to phone one of them in an emergency reaches nobody, so a
production deployment may not use them (``bot.config.load_settings`` refuses it); the demo may.

The ranges below are Ofcom's list of numbers for drama ("Telephone numbers for use in TV and radio
drama programmes"), as national significant numbers with the leading 0, first and last inclusive.
"""
from __future__ import annotations

import re

# (where Ofcom says the range is, first number, last number): digits only, leading 0 kept.
DRAMA_RANGES: tuple[tuple[str, str, str], ...] = (
    ("Leeds", "01134960000", "01134960999"),
    ("Sheffield", "01144960000", "01144960999"),
    ("Nottingham", "01154960000", "01154960999"),
    ("Leicester", "01164960000", "01164960999"),
    ("Bristol", "01174960000", "01174960999"),
    ("Reading", "01184960000", "01184960999"),
    ("Birmingham", "01214960000", "01214960999"),
    ("Edinburgh", "01314960000", "01314960999"),
    ("Glasgow", "01414960000", "01414960999"),
    ("Liverpool", "01514960000", "01514960999"),
    ("Manchester", "01614960000", "01614960999"),
    ("Tyneside, Durham and Sunderland", "01914980000", "01914980999"),
    ("London", "02079460000", "02079460999"),
    ("Belfast", "02896496000", "02896496999"),
    ("Cardiff", "02920180000", "02920180999"),
    ("no area", "01632960000", "01632960999"),
    ("mobile", "07700900000", "07700900999"),
    ("freephone", "08081570000", "08081570999"),
    ("premium rate", "09098790000", "09098790999"),
    ("UK-wide", "03069990000", "03069990999"),
)

# Short emergency numbers a contact may give besides a full number.
EMERGENCY_NUMBERS = frozenset({"999", "112"})

_SEPARATORS = re.compile(r"[\s\-().]")
_NATIONAL = re.compile(r"0\d{9,10}")


def digits(number: str) -> str:
    """The number as digits with the leading 0 ('+44 (0)20 7946 0123' -> '02079460123')."""
    n = _SEPARATORS.sub("", number.strip())
    if n.startswith("+44"):
        n = n[3:]
        n = n if n.startswith("0") else "0" + n
    return n


def problem(number: str) -> str | None:
    """Why ``number`` is not a UK number someone can be told to ring, else None."""
    n = digits(number)
    if n in EMERGENCY_NUMBERS or _NATIONAL.fullmatch(n):
        return None
    return (f"{number!r} is not a UK telephone number (expected 10 or 11 digits starting with 0, "
            "for example 0207 364 5606, or 999)")


def drama_range(number: str) -> str | None:
    """The Ofcom drama range ``number`` falls in, described for people, else None."""
    n = digits(number)
    for where, first, last in DRAMA_RANGES:
        if len(n) == len(first) and first <= n <= last:
            return f"{where}, {_spaced(first)} to {_spaced(last)}"
    return None


def _spaced(n: str) -> str:
    # 020 and 028/029 numbers are written 0xx xxxx xxxx; the others 0xxxx xxxxxx or 0xxx xxx xxxx.
    if n.startswith(("020", "028", "029")):
        return f"{n[:3]} {n[3:7]} {n[7:]}"
    if n.startswith("01") and n[3] == "1" or n.startswith("011"):
        return f"{n[:4]} {n[4:7]} {n[7:]}"
    if n.startswith("0909"):
        return f"{n[:4]} {n[4:]}"
    return f"{n[:5]} {n[5:]}"


def check_all(phones) -> None:
    """Raise ValueError naming the first number (``phones.<i>``) that cannot go to a person."""
    for i, number in enumerate(phones):
        if (why := problem(number)) is not None:
            raise ValueError(f"phones.{i}: {why}")
