"""The prefilter (bot/parser/prefilter.py) skips only what its pattern could never match."""
from __future__ import annotations

import email
import re
from email import policy

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.parser import risk
from bot.parser.extract import concerns
from bot.parser.prefilter import Screen, could_match, fold, needs
from bot.parser.text import sentences
from tests.support import DATA


@pytest.mark.parametrize("pattern, needed", [
    (r"\b(?:cupboards?|fridge)\b[^.;]{0,15}\b(?:bare|empty)\b", {"cupboard", "fridge"}),  # the longer words tell more
    (r"(?<!sclerosis )\brelaps\w+(?![- ]remitting)", {"relaps"}),  # look-arounds need nothing
    (r"\b(?:CMHT|(?i:mental health (?:team|ward)))\b", {"cmht", "mental health "}),
    (r"\bon (?:a )?(?:methadone|subutex) script", {" script"}),
    (r"(?:very )?\bdrunk\b", {"drunk"}),  # an optional word is not needed
    (r"(?:abuse)+d?", {"abuse"}),  # a repeat of at least one is needed once
])
def test_what_a_pattern_needs(pattern, needed):
    assert needs(re.compile(pattern, re.I)) == needed


@pytest.mark.parametrize("pattern", [
    r"\bC[SC]E\b",  # nothing of two letters or more
    r"(?:foo)?\d+",  # nothing at all
    r"(?:mum|x)\b",  # one of the alternatives is a single letter
])
def test_a_pattern_that_needs_no_word_is_always_read(pattern):
    assert needs(re.compile(pattern)) is None
    assert could_match(None, "")


def test_case_and_the_turkish_i_are_matched_as_a_case_blind_pattern_matches_them():
    p = re.compile(r"\bdisclosed\b", re.I)
    for sentence in ("She DISCLOSED it", "she dİsclosed it", "she dısclosed it"):
        assert p.search(sentence) and could_match(needs(p), Screen([needs(p)]).present(fold(sentence)))


def test_the_screen_finds_every_string_a_sentence_contains_overlapping_or_nested():
    screen = Screen([frozenset({"abuse", "abused", "buse"}), frozenset({"mental health ", "health"}), None])
    assert screen.present(fold("He was ABUSED; mental health team")) == {"abuse", "abused", "buse", "mental health ", "health"}
    assert screen.present("nothing here") == frozenset()
    assert Screen([None]).present("anything") == frozenset()


def _every_pattern():
    v = risk.vocabulary()
    return [p for pats in concerns._COMPILED.values() for p in pats] + list(v.concepts.values())


def _sentences_of(folder):
    for f in sorted((DATA / folder).glob("*.eml")):
        body = email.message_from_bytes(f.read_bytes(), policy=policy.default).get_body(("plain",))
        try:
            text = body.get_content() if body else ""
        except (LookupError, ValueError):
            continue
        for line in text.splitlines():
            yield from (s.text for s in sentences(line))


def test_no_pattern_is_skipped_on_a_sentence_it_matches():
    """Every concern and risk pattern, on every sentence of the dev corpus and three held-out sets, in
    its own case, capitals and small letters: skipped only where it finds nothing."""
    patterns = [(p, needs(p)) for p in _every_pattern()]
    screen = Screen(n for _, n in patterns)
    assert sum(n is not None for _, n in patterns) > 0.9 * len(patterns)  # it does skip: most patterns need a word
    checked = 0
    for folder in ("corpus/dev", "mixed58", "mixed59", "mixed60"):
        for sentence in _sentences_of(folder):
            for variant in (sentence, sentence.upper(), sentence.lower()):
                present = screen.present(fold(variant))
                for p, needed in patterns:
                    if not could_match(needed, present):
                        assert not p.search(variant), (p.pattern[:80], variant)
                        checked += 1
    assert checked > 100_000


_WORDS = sorted({w for p in _every_pattern() for w in (needs(p) or ())})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS) | st.sampled_from([" ", ".", "İ", "ı", "ſ", "K", "'", "’", "-", "\n", "12"]),
                max_size=12), st.sampled_from(_every_pattern()))
def test_no_pattern_is_skipped_on_text_made_of_the_words_patterns_need(parts, pattern):
    text = "".join(parts)
    for variant in (text, text.upper(), text.title()):
        if pattern.search(variant):
            assert could_match(needs(pattern), Screen([needs(pattern)]).present(fold(variant)))
