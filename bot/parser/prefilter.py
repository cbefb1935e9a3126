"""Skip a pattern that cannot match before the regex engine reads the sentence.

Most of the parser's time is its patterns read against sentences they do not match: the concern
patterns alone are about two hundred, read against every sentence of every part. Nearly every one
needs some word to be there ("relaps", "dementia", one of "mum", "mother", "carer" …). ``Needs``
works out, once per pattern, a set of strings one of which every match contains (from the pattern's
own parse tree), and ``could_match`` then asks only whether the case-folded sentence contains one of
them: a plain substring test, many times cheaper than running the pattern. It never skips a
sentence the pattern would match (the strings are read from the parts every match must pass
through, and compared case-folded, which only widens them); a pattern it cannot read this way is
always run.
"""
from __future__ import annotations

import re

try:  # the regular-expression parser the `re` module itself compiles with
    from re import _constants as _C, _parser as _sre
except ImportError:  # pragma: no cover - Python before 3.11
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _sre  # type: ignore[no-redef]

_REPEATS = {_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", _C.MAX_REPEAT)}


def needs(pattern: re.Pattern) -> frozenset[str] | None:
    """Case-folded strings one of which every match of ``pattern`` contains; None when there is no
    such set of strings of two characters or more (the pattern is then always run)."""
    try:
        found = _sequence(_sre.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - any parse this module does not know: run the pattern
        return None
    if not found or min(map(len, found)) < 2:
        return None
    return frozenset(s.casefold() for s in found)


def fold(sentence: str) -> str:
    """The sentence as ``could_match`` reads it: case-folded, with the Turkish dotted and dotless i
    made a plain i, as a case-blind pattern matches them."""
    return sentence.translate(_TURKISH_I).casefold()


def could_match(needed: frozenset[str] | None, folded: str) -> bool:
    """Whether a sentence (``fold``) could match a pattern that ``needs`` ``needed``."""
    return needed is None or any(s in folded for s in needed)


_TURKISH_I = str.maketrans({"İ": "i", "ı": "i"})


def _sequence(items) -> frozenset[str] | None:
    """The most telling set of strings a sequence of regex items needs: a run of plain characters,
    or what a group, an alternation or a repeat of at least one needs."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def end_run() -> None:
        if run:
            candidates.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in items:
        if op is _C.LITERAL:
            run.append(chr(av))
            continue
        if op is _C.AT:
            continue  # \b, ^: takes no characters, so it leaves a run of literals whole
        end_run()
        if op is _C.SUBPATTERN:
            found = _sequence(av[-1])
        elif op is _C.BRANCH:
            branches = [_sequence(b) for b in av[1]]
            found = None if any(b is None for b in branches) else frozenset().union(*branches)
        elif op in _REPEATS:
            found = _sequence(av[2]) if av[0] >= 1 else None
        else:
            found = None  # a character class, a look-around, a back-reference: nothing needed
        if found:
            candidates.append(found)
    end_run()
    # the set whose shortest string is longest tells most; of those, the smallest set costs least
    return max(candidates, key=lambda c: (min(map(len, c)), -len(c)), default=None)
