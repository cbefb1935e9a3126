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

A sentence is read against hundreds of patterns and so against a thousand and more such strings:
``Screen`` finds which of them it contains in one pass (an Aho-Corasick automaton), and each
pattern then asks only whether its strings meet that set.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

import ahocorasick

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


def could_match(needed: frozenset[str] | None, present: frozenset[str]) -> bool:
    """Whether a sentence could match a pattern that ``needs`` ``needed``, given the strings
    ``present`` in it (``Screen.present``)."""
    return needed is None or not needed.isdisjoint(present)


class Screen:
    """Which of the strings some patterns need (``needs``) a folded sentence contains, in one pass."""

    def __init__(self, needed: Iterable[frozenset[str] | None]):
        self._automaton = ahocorasick.Automaton()
        for s in set().union(*(n for n in needed if n)):
            self._automaton.add_word(s, s)
        self._empty = not len(self._automaton)
        if not self._empty:
            self._automaton.make_automaton()

    def present(self, folded: str) -> frozenset[str]:
        """The screen's strings that occur in ``folded`` (``fold``)."""
        return frozenset() if self._empty else frozenset(s for _, s in self._automaton.iter(folded))


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


def live(patterns: Sequence[re.Pattern], read: str) -> list[re.Pattern]:
    """Those of ``patterns``, in order, that could match somewhere in ``read`` (all the text they
    will be run on, joined): a rule list read sentence by sentence runs only these."""
    needed, screen = _screened(tuple(patterns))
    present = screen.present(fold(read))
    return [p for p, n in zip(patterns, needed) if could_match(n, present)]


@lru_cache(maxsize=64)
def _screened(patterns: tuple[re.Pattern, ...]) -> tuple[list[frozenset[str] | None], Screen]:
    needed = [needs(p) for p in patterns]
    return needed, Screen(needed)
