"""Who a sentence tells of: a child of the request, an adult, or someone else named.

A reader follows the people of an account the way a duty worker does: the nearest person named
before the words, a pronoun standing for the nearest person it can stand for ("he" is not mum) or
for the last sentence's subject, a verb joined by "and" sharing its clause's subject. Used where a
concern is only one when a child is the one told of (a child doing a carer's work, a child not
back) or when a parent is ("She is very depressed", the mother)."""
from __future__ import annotations

import re

from bot.parser.extract.names import NOT_NAME

_A_CHILDS_AGE = re.compile(r"^\s*(?:\(\s*(?:aged?\s*)?\d{1,2}\s*\)|,?\s*(?:who is|who's|who’s|aged|is|,)\s*\d{1,2}\b)", re.I)
_A_PERSON = re.compile(
    r"(?P<child>\b(?:eldest|oldest|older (?:sister|brother|sibling|child)|big (?:sister|brother))\b)"
    r"|(?P<adult>\b(?:I|we|mum|mummy|mam|mother|dad|daddy|father|parents?|nan|gran|grandma|grandad|grandparents?|aunt\w*|uncle|"
    r"partner|boyfriend|girlfriend|step-?dad|step-?mum|carers|worker|practitioner|nurse|staff|she and (?:mum|dad))\b|\bM(?:r|s|rs|iss)\.?\s)"
    r"|(?P<pronoun>\b(?:he|she|they)\b)"
    r"|(?P<name>(?-i:\b[A-Z][a-z'’-]+\b|\b[A-Z]\.[A-Z]\.))", re.I)


# Words that open a sentence with a capital and name nobody
_OPENERS = frozenset("""since after before when while yesterday today tonight unfortunately however also then as if but and
so because although though last this that these those on at in for from with by our my your his her their its
there here what which who where why how it they she he we you i""".split())
_NAMES_NOBODY = NOT_NAME | _OPENERS


def people(text: str, kids: frozenset[str]) -> list[tuple[int, str, str]]:
    """(position, "child" | "adult" | "pronoun" | "other", word) of each person the text names, in
    order: "other" is someone named who is not a child of the request ("Shanice", "Steve")."""
    out = []
    for p in _A_PERSON.finditer(text):
        if p.group("name"):
            name = p.group("name").rstrip("'’").removesuffix("'s").removesuffix("’s")
            if name.casefold() in kids or _A_CHILDS_AGE.match(text[p.end():]):
                out.append((p.start(), "child", name))
            elif name.lower() not in _NAMES_NOBODY and not name.isupper():
                out.append((p.start(), "other", name))
        else:
            out.append((p.start(), p.lastgroup, p.group(0)))
    return out


def sentence_subject(sentence: str, kids: frozenset[str], before: str | None) -> str | None:
    """Who the sentence is first about ("child" or "adult"); a pronoun stands for ``before``."""
    first = next(iter(people(sentence, kids)), None)
    if first is None:
        return None
    return before if first[1] == "pronoun" else first[1]


_AND_BEFORE = re.compile(r"\band\s+(?:(?:has|have|had|is|was)\s+)?$", re.I)
_REPORTED = re.compile(r"\b(?:says?|said|saying|told (?:me|us|him|her|them|staff|police|school)|reports?|reported)\b(?:\s+that)?", re.I)
# Who a pronoun cannot stand for: "he" is not mum, "she" is not dad.
_NOT_FOR = {"he": re.compile(r"(?i)mum|mummy|mam|mother|nan|gran|grandma|aunt\w*|girlfriend|she and (?:mum|dad)|M(?:s|rs|iss)\.?\s"),
            "she": re.compile(r"(?i)dad|daddy|father|grandad|uncle|step-?dad|boyfriend|Mr\.?\s")}


def whose(sentence: str, start: int, kids: frozenset[str], before: str | None) -> str | None:
    """Who the words at ``start`` are told of ("child" or "adult"): the nearest person named before
    them; a pronoun stands for the nearest person before it it can stand for, or the last sentence's
    subject."""
    named = people(sentence[:start], kids)
    if not named:
        return before
    i = len(named) - 1
    if _AND_BEFORE.search(sentence[:start]):
        # a verb joined by "and" has its clause's subject, after any "says": "Shanice left Nevaeh with
        # her and hasn't come back", "She says mummy went out and didn't come back"
        said = max((r.end() for r in _REPORTED.finditer(sentence, 0, start)), default=0)
        i = next((j for j, (at, _, _) in enumerate(named) if at >= said), i)
    _, who, word = named[i]
    if who == "pronoun":
        not_for = _NOT_FOR.get(word.lower())
        earlier = [w for _, w, told in named[:i] if w != "pronoun" and not (not_for and not_for.fullmatch(told))]
        who = earlier[-1] if earlier else before
    return who
