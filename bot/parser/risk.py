"""Concepts, combined over an account: how a duty social worker reads a mail for immediate risk.

Each sentence is tagged with the concepts of ``risk_concepts.yaml`` found in it (an injury, a
disclosure by the child, a baby, the alleged harmer's access, being alone, now, …). A concept
counts only when it is *live* where it is written: a negation, history, a hypothetical or a
resolution in its own clause governs it, not the whole sentence. An immediate risk is a
combination of live concepts (an injury + access, a young child + alone, …) found within one
account: a few consecutive sentences of one part of the message (the new text, the quoted
history, one attachment, a meeting reply's comment). A sentence that gives examples, training or
policy ("signs of abuse include…") describes no real child and is not read for risk.
"""
from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import combinations
from pathlib import Path

import yaml

from bot.parser.extract.dates import MONTHS, find_dates
from bot.schema import LOADER
from bot.parser.prefilter import Screen, could_match, fold, needs
from bot.parser.text import (
    CONDITIONAL, DENIED_AS_A_WHOLE, HISTORIC, NOT_AN_END, SENTENCE_STOP, a_negator_governs, clause_around, clause_before,
    negated, sentences,
)

VOCABULARY = Path(__file__).with_name("risk_concepts.yaml")
ACCOUNT_SENTENCES = 4  # the concepts of one combination lie within this many consecutive sentences
TIME_SENTENCES = 1  # ... and a time ("tonight", "since 1pm") within this many sentences of the event it dates


@dataclass(frozen=True)
class Vocabulary:
    concepts: dict[str, re.Pattern]
    combinations: tuple[frozenset[str], ...]
    standalone: frozenset[str]
    example: re.Pattern
    resolved: re.Pattern
    habitual: re.Pattern
    past: re.Pattern
    closed: re.Pattern
    needs: dict[str, frozenset[str] | None] = field(default_factory=dict)  # concept -> what it needs (prefilter)
    screen: Screen = field(default_factory=lambda: Screen(()))  # finds those strings in a sentence


def _alternation(patterns: list[str]) -> re.Pattern:
    return re.compile(r"(?<![\w-])(?:" + "|".join(f"(?:{p})" for p in patterns) + r")(?![\w])", re.I)


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    data = yaml.load(VOCABULARY.read_text(encoding="utf-8"), Loader=LOADER)
    concepts = {name: _alternation(pats) for name, pats in data["concepts"].items()}
    combos = tuple(frozenset(row) for row in data["combinations"])
    unknown = {c for row in combos for c in row} - set(concepts)
    if unknown:
        raise ValueError(f"{VOCABULARY.name}: combinations name unknown concepts {sorted(unknown)}")
    return Vocabulary(concepts=concepts, combinations=combos, standalone=frozenset(data.get("standalone") or ()),
                      example=_alternation(data["scope"]["example"]),
                      resolved=_alternation(data["scope"]["resolved"]),
                      habitual=_alternation(data["scope"]["habitual"]), past=_alternation(data["scope"]["past"]),
                      closed=re.compile(r"(?<![\w-])(?:" + "|".join(f"(?:{p})" for p in data["scope"]["closed"]) + ")", re.I),
                      needs=(needed := {name: needs(pattern) for name, pattern in concepts.items()}),
                      screen=Screen(needed.values()))


# A "now" that is about the paperwork, not the child: "I am sending the form today".
_ADMIN = re.compile(r"\b(?:meeting|TAF|CIN|forms?|e-?mail\w*|writing|write|attach\w*|paperwork|deadline|"
                    r"appointment|call me|ring me|phone me|available|availability|reply|respond\w*|minutes(?! ago)|report|"
                    r"referral|request\w*|documents?|office|annual leave|on leave|holiday|training|panel|triage|"
                    r"supervision|discuss\w*|update|chase|chasing|agreed|signed|manager|TM|open to|allocated|caseload|visit (?:is |was )?(?:booked|planned|arranged)|"
                    r"draft\w*|licence conditions?)\b",
                    re.I)
# Concepts that a pattern over time ("twice this term") makes a worry, not an emergency tonight.
# An injury, sexual harm, a threat or the child's fear stays live however often it happened.
_EPISODIC = frozenset({"access", "alone", "now", "fresh", "incapacitated", "substance", "exploitation", "unexplained", "unreachable"})
# A hypothetical: "if he were to return", "would call 999", "might come back". A possibility about
# what has happened ("it could be a cigarette burn") is a suspicion, and a suspicion is read; what
# the writer could hear or see is what they heard or saw ("I could hear Jayden screaming").
_HYPOTHETICAL = re.compile(r"\b(?:were to|was to|would|in case|in the event|should (?:he|she|they|dad|mum)|"
                           r"(?:could|might|may) (?!be\b|have\b|well\b|also\b|hear\b|see\b|smell\b|feel\b|tell\b)\w+|"
                           r"what if|imagine|suppose|supposing|hypothetical\w*|unless|otherwise)\b", re.I)
# "no other bruises, marks or injuries": a negation governs every item of its list.
_LIST_NEGATED = re.compile(r"\b(?:no|not|nor|without|never|denie[sd]|free (?:of|from))\s+(?:other\s+|further\s+|new\s+|obvious\s+|visible\s+)?"
                           r"[\w'’-]+(?:\s*,\s*[\w'’-]+(?:\s+[\w'’-]+)?)*\s*(?:,\s*)?(?:or|and|nor)\s+(?:any\s+)?$", re.I)
_OTHER = re.compile(r"\b(?:other|further|additional|more|else|new|obvious|visible)\b", re.I)
# "if you take her off me I'll take us both off the bridge": the speaker's own "I will" after a
# condition is a threat, not a hypothetical.
_SPEAKER_WILL = re.compile(r"\b(?:I'll|I’ll|I will|I'm going to|I’m going to|I am going to|I'm gonna|I’m gonna)\s+(?:\w+\s+){0,2}$", re.I)
# "If he doesn't go they will hurt his little sister": what others will do to make a child comply
# (or stay silent) is a threat, not a hypothetical.
_COMPLY = re.compile(r"\bif (?:he|she|they|you|I|we|[A-Z][a-z]+) (?:doesn't|doesn’t|don't|don’t|didn't|didn’t|won't|won’t|"
                     r"does not|do not|will not|refuses?|tells?|says? anything|goes? to|speaks? to|talks? to|grasses)\b"
                     # ... or to keep anyone from stopping the speaker: "If anyone tries to stop me at that gate they will regret it"
                     r"|\bif (?:anyone|anybody|someone|somebody|any of you|you|they|he|she|the (?:school|police|social|council)) "
                     r"(?:tries|try|tried|dares?|attempts?) to (?:stop|keep|block|get in|come between|interfere)\b", re.I)
# ("he's putting the pics on the group chat": the present told as what comes next)
_OTHERS_WILL = re.compile(r"\b(?:they|he|she|we)(?:'ll|’ll| will| are going to| is going to| are gonna| is gonna|"
                          r"(?:'s|’s| is|'re|’re| are) (?:putting|posting|sending|sharing|telling|coming|leaking))\b", re.I)


def _coerced(sentence: str, start: int) -> bool:
    cond = _COMPLY.search(sentence[:start])
    return bool(cond and _OTHERS_WILL.search(sentence[cond.end():start + 12]))


# A sentence that opens on a condition or a hypothetical: "If he comes back…", "Hypothetically: if,
# in a TAF, a child says…", "Imagine a child tells you…".
_HYPOTHETICAL_START = re.compile(
    r"^\s*(?:[-–•*]\s*)?(?:(?:an? )?(?:hypothetical|example|scenario)\b[^:.]{0,40}:\s*)?"  # "A hypothetical to make it concrete: say a player …"
    r"(?:(?:hypothetically|theoretically|in theory|for (?:example|instance)|e\.g\.|say)\s*[:,-]?\s*)?"
    r"(?:if|should|in an emergency|unless|in case|imagine|suppose|supposing|hypothetically|(?:let['’]s )?say (?:a|an|someone|somebody|that|"
    r"(?:I|we|you) (?:was|were|am|are|had|have|did|found|saw|got|noticed|heard)))\b", re.I)


def hypothetical_start(sentence: str) -> bool:
    return bool(_HYPOTHETICAL_START.match(sentence))


# The one telling is an agency or a professional, not the child.
_PROFESSIONAL_TOLD = re.compile(r"\b(?:probation|police|officers?|the school|nursery|GP|doctor|health visitor|midwife|"
                                r"social worker|housing|the hospital|the ward|the court|cafcass|solicitor|"
                                r"(?:his|her|my|the) manager)\s+(?:\w+\s+)?(?:have|has|had)?\s*$", re.I)
# "he said he would kill the baby" reports a threat; it is not a hypothetical.
_REPORTED = re.compile(r"\b(?:said|says|told|tells|threaten\w*|texted|messaged|shouted|screamed|wrote|posted|warned)\b", re.I)
_LONG_AGO = re.compile(HISTORIC.pattern + r"|\b(?:\d+|a|an|one|two|three|four|five|six|several|few|many) "
                       r"(?:weeks|months|years) ago\b|\bsince (?:\w+ )?(?:19|20)\d\d\b|\blast (?:month|year|summer|spring|autumn|winter|term)\b"
                       r"|\bwhen (?:he|she|they) (?:was|were) (?:a baby|younger|little|small)\b|\bas a (?:baby|toddler|young child)\b", re.I)
_FRESH_TIME = re.compile(r"\b(?:today|tonight|now|this (?:morning|afternoon|evening)|last night|yesterday|just now|still)\b", re.I)
_BIRTH = re.compile(r"\b(?:dob|d\.o\.b|born|date of birth|birthday)\W{0,3}$", re.I)
# A sentence the writer opens as old news set down for the file: "For completeness, because it will
# show on the police log: ...". Told so that nobody is alarmed by it; its incident is not today's.
FOR_THE_FILE = (r"(?:for completeness|for (?:anyone|whoever) (?:who )?reads|for the (?:file|record)|"
                r"(?:just )?so (?:it's|it’s|it is|this is) on (?:the |his |her |their |\w+(?:'s|’s) )?(?:file|record)|"
                r"one thing you will see|you will see (?:it )?in the (?:file|records?|log)|for context|"
                r"(?:history|background)\s*,?\s*as it (?:will|may|might) (?:come up|show)|"
                r"you(?:'ll|’ll| will) see (?:the |a |an )?(?:\w+(?:'s|’s)? ){0,2}(?:CPOMS |MyConcern )?(?:note|entry|record|log|report)\b)")
_FOR_THE_FILE = re.compile(rf"^\W*{FOR_THE_FILE}\b", re.I)
_QUOTE_MARKS = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.M)
DATED_DAYS_AGO = 8  # a disclosure two days ago with access this Saturday is still today's worry


@dataclass
class Tagged:
    text: str
    concepts: dict[str, str] = field(default_factory=dict)  # concept -> the words that showed it
    denied: set[str] = field(default_factory=set)  # concepts this sentence negates ("no marks seen")
    closes: bool = False  # the writer closes what was told before ("he was remanded in custody")


# A question to look into, not a report: "asked me to check for any forced marriage or FGM concerns"
CHECK_FOR = re.compile(r"\b(?:check\w*|screen\w*|ask\w*|enquir\w*|explor\w*|look(?:ed|ing)? out)\b[^.]{0,40}\b(?:for|about|whether|if)\s+"
                       r"(?:there (?:are|is|were|was) )?(?:any\s+)?(?:[^.]{0,40}?\b(?:or|and)\s+)?$", re.I)
_STANCE = re.compile(r"\b(?:against|oppos\w+|anti-?)\s+(?:the\s+)?$", re.I)


def checked_for(sentence: str, start: int) -> bool:
    """The words at ``start`` are what someone was asked to look into (``CHECK_FOR``)."""
    return bool(CHECK_FOR.search(sentence[max(0, start - 80):start]))


# The reason for a sanction already given is an act told as past: "excluded for carrying a knife".
_SANCTIONED_FOR = re.compile(r"\b(?:excluded|suspended|expelled|cautioned|reprimanded|disciplined|sent home|"
                             r"given an? (?:caution|warning|detention|(?:fixed[- ]term |permanent )?exclusion))\b"
                             r"[^.;]{0,30}?\bfor\s+(?:\w+ing\s+)?(?:(?:a|an|the|his|her|their)\s+)?(?:\w+\s+)?$", re.I)


def sanctioned_for(sentence: str, start: int) -> bool:
    return bool(_SANCTIONED_FOR.search(sentence[max(0, start - 80):start]))


def _live(sentence: str, start: int, end: int, resolved_at: list[int], negatable: bool = True) -> bool:
    """The concept at [start, end) is not negated, historic, hypothetical, or resolved before it.
    ``negatable=False``: the concept stands whatever is denied before it (a time: ``_CANNOT``)."""
    if sanctioned_for(sentence, start):
        return False
    coerced = _coerced(sentence, start)  # its "doesn't" is the condition's, not the threat's
    if negatable and not coerced and (_negated(sentence, start) or _LIST_NEGATED.search(re.split(r"[.;:!?]", sentence[:start])[-1])):
        return False
    before = clause_before(sentence, start)
    if checked_for(sentence, start) or _STANCE.search(sentence[max(0, start - 40):start]):
        return False  # a question looked into, or a stance against it: "check for any FGM concerns", "against FGM"
    if not (_SPEAKER_WILL.search(before) or coerced):
        if CONDITIONAL.search(before) or _RATHER_THAN.search(sentence[:start]) or \
                (_HYPOTHETICAL.search(" ".join(before.split()[-6:])) and not _REPORTED.search(before)):
            return False
        if _HYPOTHETICAL_START.match(sentence):
            return False
    clause = clause_around(sentence, start, end)
    if (_LONG_AGO.search(clause) or vocabulary().past.search(clause)) and not _SINCE_UNTIL_NOW.search(sentence):
        return False
    # a resolution told after the concept in the same sentence ("had a bruise, explained as a fall")
    # or before it governs it; a concept told after "arrested but released this morning" stays.
    return not any(r > start or _same_clause(sentence, r, start) for r in resolved_at)


# A negation governs its own clause: "I don't have a key and there's no one else in there".
_CLAUSE_END = re.compile(r"[,;:()]|\s[-–—]\s|\s(?:and|but|so|because|while|when|as|then|which|who|that|where|till|until)\s", re.I)


# "he was telling me he misses his dad, not that he wants to die": the clause after "not that" is denied
_NOT_THAT = re.compile(r"\b(?:not|never|nor) that\s+(?:[\w'’]+\s+){0,2}$", re.I)


# A negator in a condition governs the condition, not what follows it: "if I not pay £3000 tonight he
# will take my daughter", "if she hasn't got £500 by tonight he'll ..." (the threat stands).
_AFTER_A_NEGATED_CONDITION = re.compile(r"\b(?:if|unless)\b[^,;]*?(?:\b(?:not|no|never)\b|n['’]t\b)[^,;]*?"
                                        r"\b(?:he|she|they|we|you|(?-i:[A-Z][a-z]+))(?:['’](?:ll|d)|\s+(?:will|would|is going to|are going to|gonna))?\s*$", re.I)


_ANSWERED_NO = re.compile(r"\s*[:|?]\s*(?:no|none|nil|n/?a|not known|not applicable|n)\b(?!\s*[-–:]?\s*(?:yes|one|longer))", re.I)


# What began then and goes on to now: "has had sex with her since January, most recently last night"
_SINCE_UNTIL_NOW = re.compile(r"(?i)\bsince\b[^.]{0,60}\b(?:most recently|the last time was|last time was|latest)\b[^.]{0,20}?"
                              r"\b(?:last night|this morning|today|yesterday|tonight)\b")


def supposed(sentence: str, start: int) -> bool:
    """What is at ``start`` is supposed, not told: a condition before it ("If the school ever find mum
    under the influence …", "Hypothetically, if we found out he was on the sex offenders register")
    or a sentence that opens as a hypothetical."""
    head = sentence[:start]
    return bool(CONDITIONAL.search(head)) or hypothetical_start(sentence) or bool(_RATHER_THAN.search(head)) or \
        (bool(_IF_THEN_WOULD.search(head)) and not _REPORTED.search(head))


# What would follow a supposition, told mid-sentence: "She is worried that if she is put on nights she
# would have nobody to care for the children" (not a threat passed on: "he said if she told he would ...")
_IF_THEN_WOULD = re.compile(r"(?i)\bif\b[^.;]{0,80}?\b(?:would|could|might)\s+(?:\w+\s+){0,3}$")
# The alternative refused: "she would rather give up the post than leave them on their own"
_RATHER_THAN = re.compile(r"(?i)\b(?:rather|sooner)\b[^.;]{0,80}?\bthan\s+(?:\w+\s+){0,2}$")


def _negated(sentence: str, start: int) -> bool:
    if _NOT_THAT.search(sentence[:start]):
        return True
    head = _CLAUSE_END.split(sentence[:start])[-1]
    if DENIED_AS_A_WHOLE.search(re.split(r"[;:]", sentence[:start])[-1]):
        return True  # "Nor is it the case that Kian was left alone"
    if _AFTER_A_NEGATED_CONDITION.search(head) or _A_WISH.search(head):
        return False
    return a_negator_governs(" ".join(head.split()[-6:]))


# A wish denied is the wish, not the event: "I don't want to go home tonight" (she is going home tonight)
_A_WISH = re.compile(r"(?i)(?:\b(?:do|does|did|would)\s+not|n['’]?t)\s+(?:really\s+)?(?:want|wanna|wish|like)\b(?:\s+(?:to|me|him|her|them))*(?:\s+(?:go|be|stay|come|sleep|live)\b(?:\s+\S+){0,3})?\s*$")


def _same_clause(sentence: str, a: int, b: int) -> bool:
    lo, hi = sorted((a, b))
    return not re.search(r"[;.]|\bbut\b|\bhowever\b|\bthen\b|\bnow\b", sentence[lo:hi], re.I)


def told_for_the_file(sentence: str) -> bool:
    return bool(_FOR_THE_FILE.search(sentence))


@lru_cache(maxsize=4096)
def dated_before(sentence: str, today: date, days: int | None = None, years: bool = False) -> bool:
    """Every date in the sentence (dates of birth aside) is ``days`` or more before today (default
    DATED_DAYS_AGO), and nothing in it says now: an account of an earlier incident. ``years``: a year
    told alone as when it happened ("in early 2047") dates the sentence too (the urgency reading)."""
    if _FRESH_TIME.search(sentence):
        return False
    months = _month_years(sentence)
    told_as_past = _TOLD_AS_PAST.search(sentence)
    dates = [_last_year_if_later(d, today) if told_as_past else d.value for d in find_dates(sentence, today)
             if not _BIRTH.search(sentence[max(0, d.start - 16):d.start]) and not any(s <= d.start < e for s, e, _ in months)
             and not _BORN_IN_BRACKETS.search(sentence, 0, d.start)]
    dates += _short_dates(sentence, today)
    dates += [last for s, _, last in months if not _BIRTH.search(sentence[max(0, s - 16):s])]
    if not dates and (year := _ENTRY_YEAR.match(sentence)):
        dates = [date(int(year.group(1)), 12, 31)]
    # a year alone, as when it happened: "During a family visit to Bangladesh in early 2047"
    if years:
        dates += [date(int(y.group(1)), 12, 31) for y in _IN_A_YEAR.finditer(sentence) if not any(d.year == int(y.group(1)) for d in dates)]
    return bool(dates) and all((today - d).days >= (DATED_DAYS_AGO if days is None else days) for d in dates)


# ("in the summer holidays of 2065", "over the Easter break of 2064")
_IN_A_YEAR = re.compile(r"\b(?:in|during|over)\s+(?:early\s+|late\s+|mid-?\s*|the\s+(?:[\w-]+\s+){1,3}?of\s+)?((?:19|20)\d\d)\b(?![/.-]\d)", re.I)


# A month and year with no day ("03/2029", "March 2029"), as a chronology's first column has them:
# dated by the month's last day.
_MONTH_YEAR = re.compile(r"(?<![\d/.])(?P<m>0?[1-9]|1[0-2])/(?P<y>(?:19|20)\d\d)(?![\d/])"
                         r"|\b(?P<name>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?P<y2>(?:19|20)\d\d)\b", re.I)


def _month_years(sentence: str) -> list[tuple[int, int, date]]:
    out = []
    for m in _MONTH_YEAR.finditer(sentence):
        month = int(m.group("m")) if m.group("m") else MONTHS[m.group("name").lower()[:3]]
        year = int(m.group("y") or m.group("y2"))
        out.append((m.start(), m.end(), date(year, month, monthrange(year, month)[1])))
    return out


# A date in brackets after a child's name is the child's date of birth: "Aaliyah Okonkwo-Reid (Y9, 29.05.2029)"
_BORN_IN_BRACKETS = re.compile(r"(?-i:[A-Z][\w'’-]+)\s*\((?:[^()]{0,15}?[,;]\s*)?$")
# A day and month with no year, told in the past tense, is the last one: "That was Giulia's
# overdose on 14 October; she was in hospital for three days" (written in May)
NOT_THIS_YEAR_DAYS = 60
_TOLD_AS_PAST = re.compile(r"(?i)\b(?:was|were|had|did|happened|took place|went)\b")


def _last_year_if_later(found, today: date) -> date:
    # (a date a few weeks ahead is an appointment still to come: "... until the team review her on
    # Thursday 17 August")
    if found.has_year or (found.value - today).days <= NOT_THIS_YEAR_DAYS:
        return found.value
    try:
        return found.value.replace(year=found.value.year - 1)
    except ValueError:  # 29 February
        return found.value.replace(year=found.value.year - 1, day=28)


# A chronology entry dated by its year alone: "- 2029: dad threatened to take the children to
# Lagos", "In 2030, S47 for a bruise": dated by the year's last day.
_ENTRY_YEAR = re.compile(r"^[\s\-–—•*·>]*(?:in\s+)?((?:19|20)\d\d)\b(?!\s*[/.]\d)\s*[:\-–—,)]", re.I)


# "at our visit on 19/11": a day and month with no year is this year's (a future one is upcoming).
_SHORT_DATE = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})(?![\d/])")


def _short_dates(sentence: str, today: date) -> list[date]:
    out = []
    for m in _SHORT_DATE.finditer(sentence):
        if _BIRTH.search(sentence[max(0, m.start() - 16):m.start()]):
            continue
        try:
            out.append(date(today.year, int(m.group(2)), int(m.group(1))))
        except ValueError:
            continue
    return out


@lru_cache(maxsize=4096)
def closes(sentence: str) -> bool:
    """The sentence closes the account told before it (``scope.closed``), not negated or hypothetical."""
    sentence = sentence.strip()
    for m in vocabulary().closed.finditer(sentence):
        # the closing words are not their own history: "No further action is needed from MASH today"
        around = sentence[:m.start()] + " " * (m.end() - m.start()) + sentence[m.end():]
        if _live(around, m.start(), m.end(), []) and not _ASKED_FOR.search(sentence[:m.start()]) and \
                not _UNDECIDED.search(sentence, 0, m.start()) and not _still_open(sentence, m.end()):
            return True
    return False


# "Officers are with mum now, but nobody knows where Zayan and his dad are": what follows "but" is
# still open (a child taken, out of reach or alone), so the sentence closes nothing
_BUT = re.compile(r"\b(?:but|however|yet)\b", re.I)
_STILL_OPEN = frozenset({"taken", "unreachable", "alone"})


def _still_open(sentence: str, end: int) -> bool:
    but = _BUT.search(sentence, end)
    return bool(but) and bool(tag(sentence[but.end():].strip()).concepts.keys() & _STILL_OPEN)


# What the writer asks for has not happened: "We ask for a strategy discussion today", "please
# arrange a strategy meeting this afternoon" (a closure that is under way says so: "is booked").
_ASKED_FOR = re.compile(r"\b(?:ask(?:ing)? for|request(?:ing)?|need|want|call(?:ing)? for|would (?:like|welcome|appreciate)|"
                        r"please (?:arrange|convene|hold|set up|book)|(?:can|could|will) (?:you|someone|somebody|the duty team) "
                        r"(?:please )?(?:arrange|convene|hold|set up|book))[:\s]+(?:\S+\s+){0,2}$", re.I)


# Still to be decided: "... talk to about whether we take her under police protection"
_UNDECIDED = re.compile(r"\b(?:whether|if)\b(?:\s+\S+){0,5}\s*$", re.I)


def _a_list_of_worries(sentence: str) -> bool:
    """A form's list of what the worker is worried about, in short items ("Dad's drinking; the
    children's basic physical care; Tyler left uncollected after training; Ellis left with a
    15-year-old"): the worries a request is about, not what is happening now (unless an item says
    it is: "dad back tonight")."""
    items = sentence.split(";")
    return len(items) >= 3 and all(len(item.split()) <= 12 for item in items) and not _FRESH_TIME.search(sentence)


def _habitual_with(sentence: str, m: re.Match, habitual: re.Pattern) -> bool:
    """The match, with no subject of its own, is joined by "and" to a predicate told as habitual:
    "she is often drowsy and slurring" (not "he often drinks, and tonight he is drunk", nor "he
    dropped the bottle twice and there is nobody else")."""
    head = sentence[:m.start()]
    if not re.search(r"\band\s+$", head) or _A_SUBJECT.match(m.group(0)):
        return False
    joined = re.split(r"[,;:]|\s(?:and|but)\s", re.sub(r"\s*\band\s+$", "", head))[-1]
    return bool(habitual.search(joined)) and not _FRESH_TIME.search(joined)


_A_SUBJECT = re.compile(r"(?i)(?:there|he|she|they|I|we|it|you|mum|dad|nobody|no one)\b")


def last_closing(sentences: list[str]) -> int:
    """The index of the last sentence that closes the account, or -1."""
    return max((i for i, st in enumerate(sentences) if closes(st)), default=-1)


_A_CHILD_CARES_FOR = re.compile(r"(?i)\b(?:looks after|look after|cares for|caring for|helps|helping)\s+(?:her|his|their)\s+"
                                r"(?:dad|mum|father|mother|nan|gran|grandad|grandma|grandfather|grandmother|brother|sister)\b")
_BACK = re.compile(r"(?i)\bback\b")
_PAST_TENSE = re.compile(r"(?i)\b(?:did|didn't|didn’t|didnt|was|wasn't|were|weren't|had|used to)\b")


def _told_as_now(sentence: str, m: re.Match, today: date | None) -> bool:
    """The clause ``m`` stands in is told in the present, inside a sentence about the past."""
    clause = clause_around(sentence, m.start(), m.end())
    return not (HISTORIC.search(clause) or vocabulary().past.search(clause) or _PAST_TENSE.search(clause) or
                (today is not None and dated_before(clause, today, years=True)))


@lru_cache(maxsize=4096)
def tag(sentence: str, today: date | None = None) -> Tagged:
    """The live concepts of one sentence (shared between callers: read it, never change it)."""
    v = vocabulary()
    out = Tagged(sentence)
    if v.example.search(sentence):
        return out  # examples, training, policy: no real child
    if ((HISTORIC.search(sentence) or v.past.search(sentence)) and not _FRESH_TIME.search(sentence)) or \
            (today is not None and dated_before(sentence, today, years=True)) or told_for_the_file(sentence):
        # An account of the past; but a status it records (a conviction for harming a child, an
        # order keeping an adult from the children) is still true today however long ago it began.
        for name in _STATUS | _ORDERED:
            m = v.concepts[name].search(sentence)
            if m and not _negated(sentence, m.start()):
                out.concepts[name] = m.group(0)
        # ... and the adult who harmed the child before, with the child again now ("mum's ex Dean back
        # living there since Sat, he broke Kayla's wrist in Feb"): a risk known, as a conviction is
        harmed = v.concepts["harm"].search(sentence)
        access = v.concepts["access"].search(sentence)
        if harmed and access and _BACK.search(access.group(0)) and not _negated(sentence, harmed.start()) and \
                not _negated(sentence, access.start()) and not not_harm_to_a_child(sentence, harmed.start(), harmed.end()) \
                and _told_as_now(sentence, access, None):  # ("since Sat" dates the return, not an event over)
            out.concepts["offender"], out.concepts["access"] = harmed.group(0), access.group(0)
        # ... and a child's fear told in the present in a clause of its own: "She was taken there in
        # September and came home without her underwear, and she does not want to go."
        m = v.concepts["fear"].search(sentence)
        if m and not _negated(sentence, m.start()) and _told_as_now(sentence, m, today):
            out.concepts["fear"] = m.group(0)
        # ... and it may still close what came before: "The CP medical concluded the injury was
        # consistent with the described fall; the s47 was closed with no further action"
        out.closes = closes(sentence)
        return out
    resolutions = [m for m in v.resolved.finditer(sentence) if not negated(sentence, m.start())]
    resolved_at = [m.start() for m in resolutions]
    # a carer held by the police is why the children are alone, not the end of it: "C Price remanded -
    # her kids have been on their own since 8am"
    uncared_at = [m.start() for m in resolutions if not _HELD.match(m.group(0))]
    # no further action is why a man is free: "He was released at 2pm today, NFA'd because she won't give a statement"
    freed_at = [m.start() for m in resolutions if not _NO_FURTHER_ACTION.match(m.group(0))]
    out.closes = closes(sentence)
    present = v.screen.present(fold(sentence))
    listed = _a_list_of_worries(sentence)
    for name, pattern in v.concepts.items():
        if not could_match(v.needs[name], present):
            continue
        for m in pattern.finditer(sentence):
            clause = clause_around(sentence, m.start(), m.end())
            if name in ("now", "fresh") and _ADMIN.search(clause):
                continue
            if ((name == "now" and m.group(0).lower().startswith("at")) or name in ("alone", "unwell")) and today is not None and \
                    _on_an_earlier_day(sentence, today):
                continue  # "at my visit on Monday mum was intoxicated at 11am", "on Friday Kayla told her teacher she
                # was 'left in the car'": that day's time, that day's account
            if name == "incapacitated" and (a_level(sentence, m) or _A_CHILD_CARES_FOR.search(sentence, 0, m.start())):
                continue  # (a young carer's account: "Maryam (10) looks after her dad, who had a stroke in the spring")
            if name in _EPISODIC and (v.habitual.search(clause) or _habitual_with(sentence, m, v.habitual) or listed):
                continue
            if name == "confined" and _AN_ANIMAL_BEFORE.search(sentence, max(0, m.start() - 60), m.start()):
                continue  # "I found the family's dog, a Staffie, shut in the garden shed"
            if name == "drink_driving" and v.habitual.search(sentence[:m.start()]) and not _FRESH_TIME.search(sentence):
                continue  # how much, told of a habit: "is drinking most days when he gets in - ... '8 or 10 cans, to sleep'"
            if names_a_service(sentence, m.end()):
                continue  # "a CSE marker", "the DV worker", "exploitation screening": a record or a service, not an event
            if not sentence[:m.start()].strip() and re.match(r"\s*[:|]", sentence[m.end():]):
                continue  # a form's label ("Injury: small graze", "Injury | Red mark"): its value is the account
            if _ANSWERED_NO.match(sentence, m.end()):
                continue  # a form's question answered no, wherever it stands: "SAFEGUARDING: Suspected NAI: No."
            if name == "disclosure" and _PROFESSIONAL_TOLD.search(sentence[:m.start()]):
                continue  # "Probation have told us …": an agency passing on news, not the child's account
            if name in _HURT_WORDS and not_harm_to_a_child(sentence, m.start(), m.end()):
                continue
            if name == "disclosure" and _TOLD_NOTHING.match(sentence, m.end()):
                continue  # "Yonas has told me and his teacher that nobody has hurt him": nothing disclosed
            if name in _HURT_WORDS | {"sexual"} and _NOT_TOLD.search(sentence[:m.start()]):
                continue  # "He has not said that anyone has hurt him": nothing told
            if _DID_NOT_HAPPEN.match(sentence, m.end()):
                continue  # "scared she would kick me out but she didn't"
            if name == "alone" and things_uncollected(sentence, m.start()):
                continue  # "her new NHS glasses are ready; they have not been collected": things, not children
            if name == "access" and _A_PROFESSIONAL.match(sentence, m.end()):
                continue  # "she is with her GP and talking therapies": care for the adult, not an adult with the child
            if name == "access" and _PROTECTIVE.match(sentence, m.end()):
                continue  # "Olu is living with dad, who is protective": the child is with a safe adult
            if name in ("threat", "access") and _ASKED_OF_YOU.search(sentence[:m.start()]) and sentence.rstrip().endswith("?"):
                continue  # "Are you going to take him off me?": a parent's fear of the council, not a threat
            resolved = uncared_at if name in _CURRENT_STATE | _TIME else \
                freed_at if name == "threat" and _FREED.match(m.group(0)) else resolved_at
            if _live(sentence, m.start(), m.end(), resolved, not (name in _TIME and _CANNOT.search(sentence[:m.start()]))) or \
                    (name in _STATUS and not _negated(sentence, m.start()) and not supposed(sentence, m.start())) or \
                    (name in _ORDERED and _live(sentence[:m.end()] + _SINCE_TAIL.sub("", sentence[m.end():], 1),
                                                m.start(), m.end(), resolved)):
                if name == "harm" and re.search(r"(?i)\bher$", m.group(0)) and \
                        (_HER_IS_MUM.search(sentence[max(0, m.start() - 50):m.start()]) or aimed_at_an_adult(sentence, m.start(), m.end())):
                    # "mum's partner hit her", "Mrs Ahmed disclosed that … he pushed her": violence to the
                    # mother, read as such, not harm to a child
                    out.concepts.setdefault("violence", m.group(0))
                    continue
                out.concepts[name] = m.group(0)
                break
            head = re.split(r"[.;:!?]", sentence[:m.start()])[-1]
            # "no marks seen" answers an earlier worry; "no other marks" adds to it
            if (_negated(sentence, m.start()) or _LIST_NEGATED.search(head)) and not _OTHER.search(head[-40:]):
                out.denied.add(name)
    out.denied -= out.concepts.keys()
    return out


_A_PROFESSIONAL = re.compile(r"(?i)\s*(?:GP|doctor|social worker|support worker|key worker|therapist|counsellor|midwife|"
                             r"health visitor|nurse|psychiatrist|talking therap\w*|mental health team|probation officer)\b")
_THEY_BEFORE = re.compile(r"(?i)\bthey(?:\s+(?:have|had|are|were)|'ve|’ve)?\s*$")


def things_uncollected(sentence: str, start: int) -> bool:
    """"They" at ``start`` (or just before it) are things told of earlier in the sentence that wait
    to be collected ("her new NHS glasses are ready; they have not been collected"), not children."""
    head = sentence[:start]
    return bool(_THINGS_UNCOLLECTED.search(head)) and \
        (bool(_THEY_BEFORE.search(head)) or sentence[start:start + 5].lower().startswith("they"))


_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_ON_A_WEEKDAY = re.compile(r"(?i)\b(?:on|last)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
_ON_THE_NTH = re.compile(r"(?i)\bon the (\d{1,2})(?:st|nd|rd|th)\b")
_TOLD_IN_THE_PAST = re.compile(r"(?i)\b(?:was|were|had|did)\b")
_TOLD_AHEAD = re.compile(r"(?i)\b(?:will|'ll|’ll|going to|gonna|tonight|today|this (?:morning|afternoon|evening)|now|still|since|"
                        r"hasn't|has not|haven't|have not)\b")


def _on_an_earlier_day(sentence: str, today: date) -> bool:
    """The sentence tells, in the past tense, of a named weekday that is not today ("at my visit
    on Monday mum was intoxicated at 11am"): its clock times are that day's, not now."""
    if not _TOLD_IN_THE_PAST.search(sentence) or _TOLD_AHEAD.search(sentence):
        return False
    days = {d.lower() for d in _ON_A_WEEKDAY.findall(sentence)}
    if days:
        return _WEEKDAY_NAMES[today.weekday()] not in days
    # ... or dates, each before today: "When I visited on the 10th and the 17th ... in bed at 5pm"
    dates = [d.value for d in find_dates(sentence, today) if not _BIRTH.search(sentence[max(0, d.start - 16):d.start])]
    if not dates:  # a day of the month alone: "on the 10th and the 17th"
        return any(int(n) != today.day for n in _ON_THE_NTH.findall(sentence))
    return all(d < today for d in dates)


# Things that wait to be collected: glasses, a prescription, a parcel
_THINGS_UNCOLLECTED = re.compile(r"(?i)\b(?:glasses|spectacles|hearing aids?|prescriptions?|medication|medicines?|parcels?|packages?|"
                                 r"results|items|belongings|forms?|letters?|keys|bags?|uniform|equipment|food parcels?|vouchers?|"
                                 r"dentures|orthotics|splints?|insoles|wheelchairs?)\b")


# "high" of a level, not of a person on drugs: "Mum's anxiety is now very high", "arrears are very high"
_LEVEL_OF = re.compile(r"\b(?:anxiety|stress|worry|worries|levels?|risks?|needs?|demand|temperature|pressure|mood|expectations?|"
                       r"numbers?|rates?|prices?|bills?|costs?|arrears|debts?|scores?)\b[^.,;:]{0,25}$", re.I)


def a_level(sentence: str, m: re.Match) -> bool:
    """The match ("very high") tells of a level, not of a person intoxicated."""
    return m.group(0).lower().endswith("high") and bool(_LEVEL_OF.search(sentence, 0, m.start()))


def names_a_service(sentence: str, end: int) -> bool:
    """The concept's words, ending at ``end``, name a record, a process or a service ("a CSE
    marker", "the forced marriage checklist", "a Forced Marriage Protection Order")."""
    return bool(_NAMES_A_SERVICE.match(sentence, end))


# Hurt that is not harm to a child: an animal's injury ("brought in their Jack Russell with a
# fractured leg"), brothers fighting each other with nothing serious done ("my two boys fight all
# the time … Noah bit Alfie's arm"), and a figure of speech ("could cheerfully strangle the pair of them").
_HURT_WORDS = frozenset({"harm", "violence", "threat"})
_AN_ANIMAL = re.compile(r"(?i)\b(?:dog|dogs|puppy|puppies|cat|cats|kitten|kittens|pet|pets|rabbit|hamster|guinea pig|"
                        r"Jack Russell|terrier|spaniel|labrador|staffie|collie|budgie|parrot|pony|horse)\b")
# the animal the one hurt: "their Jack Russell, Biscuit, with a fractured front leg" (not "the dog bit the baby"),
# "stamped on the dog" (not "hit Mason with the dog's lead")
_AN_ANIMAL_WITH = re.compile(_AN_ANIMAL.pattern + r"(?:,?\s+[A-Z]\w+,?)?\s+(?:with|has|had|who has|which has)\b"
                             r"(?![^.;,]*\b(?:he|she|they|dad|mum|mother|father|partner|boyfriend|brother|sister|(?-i:[A-Z][a-z]+))\b)"
                             r"[^.;,]{0,40}$")
# ... or the one shut in: "the family's dog, a Staffie, shut in the garden shed"
_AN_ANIMAL_BEFORE = re.compile(_AN_ANIMAL.pattern + r"(?:,?\s+(?:a\s+)?[A-Z]\w+,?)?[^.;]{0,15}$")
# ... or the one the harm was done to: "The cat was badly injured and had to be put down"
_THE_ANIMAL_WAS = re.compile(_AN_ANIMAL.pattern + r"(?:,?\s+[A-Z]\w+,?)?\s+(?:was|were|is|got|had been|has been)\s+(?:\w+\s+)?$")
_THE_ANIMAL_HURT = re.compile(r"(?i)\s+(?:on |at |into )?(?:the |their |our |his |her )?(?:\w+ )?(?:dog|puppy|cat|kitten|pet|rabbit)\b"
                              r"(?!['’]?s?\s+(?:lead|leash|collar|bowl|chain|toy|cage))")
_CHILDREN_FIGHTING = re.compile(
    r"(?i)\b(?:brothers|sisters|siblings|sons|daughters|boys|girls|twins)\b[^.;]{0,40}?\b(?:fight|fights|fighting|fought|scrap\w*|"
    r"squabbl\w*|wrestl\w*|play[- ]?fight\w*)\b|\b(?:fight|fighting|fought|scrapping|squabbling|wrestling)\b[^.;]{0,25}?\b(?:each other|"
    r"with (?:his|her|their) (?:brothers?|sisters?|siblings?))\b")
_SERIOUS = re.compile(r"(?i)\b(?:knife|knives|stab\w*|weapon|hospital|A ?& ?E|fractur\w*|broken|unconscious|baby|babies|toddler|"
                      r"strangl\w*|chok\w*|sexual\w*)\b")
_FIGURE_OF_SPEECH = re.compile(r"(?i)\b(?:could|would|'d|’d) (?:cheerfully|happily|gladly|quite happily) (?:kill|strangle|murder|throttle|throw|swing)\b"
                               # the writer upset by news: "it's really shaken me"
                               r"|\b(?:it|that|this|which)(?:'s|’s| has| had)? (?:really |quite |badly |a bit )?(?:shaken|shook) (?:me|us)\b")


def not_harm_to_a_child(sentence: str, start: int, end: int) -> bool:
    if _FIGURE_OF_SPEECH.search(sentence, max(0, start - 30), end + 30):
        return True
    if _AN_ADULTS.search(sentence, 0, start) or _AN_ADULT_HAS.search(sentence, 0, start) or \
            _A_CONDITION.search(sentence, max(0, start - 25), end):
        return True  # "mum's back injury", "He has a spinal cord injury and uses a power wheelchair"
    if _AN_ANIMAL_WITH.search(sentence[max(0, start - 80):start]) or _THE_ANIMAL_WAS.search(sentence[max(0, start - 60):start]) or \
            _THE_ANIMAL_HURT.match(sentence, end):
        return True
    if _AN_ADULTS_ACCIDENT.search(sentence, 0, start):
        return True  # "mum had slipped at work and been taken to hospital with a broken wrist"
    if _A_GLOSS.search(sentence, end, end + 120):
        return True  # a translator's gloss says what the words meant: "Tiago is burning since Sunday [she means a high temperature ...]"
    return children_fighting(sentence)


_A_GLOSS = re.compile(r"(?i)[\[(]\s*(?:(?:she|he|they|mum|dad|the (?:mother|father|family|child))\s+means?t?|i\.e\.|meaning|translation note|translator)\b")
# An adult hurt in an accident: "mum had slipped at work", "dad came off his bike"
_AN_ADULTS_ACCIDENT = re.compile(r"(?i)\b(?:mum|mummy|mother|dad|daddy|father|nan|nana|gran|granny|grandma|grandad|grandpa|carer)\b"
                                 r"(?:(?!\b(?:he|she|they|him|her|them|(?-i:[A-Z][a-z]+))\b)[^.;]){0,30}?\b(?:slipped|fell|tripped|had an accident|"
                                 r"was in an accident|crashed|came off)\b")


# An injury that is a lasting condition, not an event: "a spinal cord injury", "an acquired brain injury"
_A_CONDITION = re.compile(r"(?i)\b(?:spinal(?: cord)?|acquired brain|brain|back|knee|hip|shoulder|neck|sports|war|old|work(?:place)?|"
                          r"long-term|whiplash|repetitive strain) injur(?:y|ies)\b")
# ... or told as hers: "Mum has bruises on her arm", "mum had a black eye"
_AN_ADULT_HAS = re.compile(r"(?i)^\W*(?:mum|mummy|mother|nan|nana|gran|granny|grandma|her mum|his mum|their mum|the mother)\s+"
                           r"(?:has|had|has got|had got|was left with|has been left with)\s+"
                           r"(?:(?!(?:he|she|they|(?-i:[A-Z][a-z]+))\s+(?:has|had)\b)[\w'’-]+\s+){0,6}$")  # ("a black eye and a split lip")
# An adult's own injury or illness, told by whose it is: "mum's back injury", "dad's burns"
_AN_ADULTS = re.compile(r"\b(?:mum|mummy|mother|dad|daddy|father|nan|nana|gran|granny|grandma|grandad|grandpa|partner|carer|"
                        r"step-?(?:dad|mum))(?:'s|’s) (?:(?!(?:boyfriend|girlfriend|partner|husband|wife|ex|brother|sister|friend|mate|"
                        r"son|daughter|new|dog)\b)[a-z]+ )?$", re.I)


def children_fighting(sentence: str) -> bool:
    """The sentence tells of children fighting each other, with nothing serious done."""
    return bool(_CHILDREN_FIGHTING.search(sentence)) and not _SERIOUS.search(sentence)


# What cannot be done is still done at its time: "she can't stay out tonight" is tonight.
_CANNOT = re.compile(r"\b(?:can't|can’t|cannot|can not|couldn't|could not|mustn't|must not|shouldn't|should not)\s+\w+(?:\s+\w+){0,3}\s*$", re.I)
# A telling that has not happened governs what it would have told, up to a "but" or the clause's end.
_NOT_TOLD = re.compile(r"(?i)\b(?:has not|hasn't|have not|haven't|did not|didn't|does not|doesn't|never|not yet)\s+"
                       r"(?:said|told|disclosed|mentioned|reported|alleged|named)\b(?:(?!\bbut\b)[^.;:!?])*$")
# What was feared and did not happen: "I was scared she would kick me out but she didn't"
_DID_NOT_HAPPEN = re.compile(r"(?i)[^.;]{0,40}?\bbut (?:she|he|they|it|mum|dad|nobody|no one) (?:didn't|didn’t|did not|never did|never has|"
                             r"hasn't|hasn’t|has not|wasn't|wasn’t)\b(?!\s\w)")
# The adult the child is with is the one who keeps them safe: "living with dad, who is protective",
# "staying with her nan, a protective carer"
_PROTECTIVE = re.compile(r"(?i)[^.;:]{0,40}?\b(?:(?:who|which|she|he)(?:'s|’s|\s+is|\s+are|\s+has been|\s+have been)\s+(?:very\s+|fully\s+|really\s+|"
                         r"consistently\s+)?protective|a\s+(?:safe\s+and\s+)?protective\s+(?:parent|father|mother|dad|mum|carer|grandparent|"
                         r"nan|gran|grandmother|grandfather|adult))\b")
# A question put to the reader: "Are you going to take him off me?", "Will social services take my kids?"
_ASKED_OF_YOU = re.compile(r"(?i)\b(?:are|will|would|could|can|do|did|is|was)\s+(?:you|social services|the council|social workers?|"
                           r"they)\b[^.;!?]*$")
# What a child told is that nothing happened: "told me … that nobody has hurt him", "said he hasn't been hit"
_TOLD_NOTHING = re.compile(r"(?i)(?:\s+[\w'’]+){0,5}?\s+that\s+(?:nobody|no one|no-one|nothing|(?:he|she|they|\w+)\s+"
                           r"(?:has|had|have|did|does|do|is|was|were)(?:n['’]t|\s+not|\s+never))\b")


# A concept's words naming a record, a process or a service rather than what happened.
_NAMES_A_SERVICE = re.compile(r"(?:\s+(?:and|&)\s+[\w-]+)?(?:\s+(?:prevention|response|support|safety|liaison))?\s+(?:markers?|flags?|warning markers?|screening(?:\s+tool)?|risk assessments?|toolkits?|checklists?|"
                              r"protection orders?|units?|"
                              r"panels?|teams?|workers?|leads?|champions?|training|policy|procedures?|pathways?|"
                              r"services?|hubs?|co-?ordinators?|officers?|navigators?|courses?|awareness|modules?)\b", re.I)


# The one "her" can stand for when the mother's partner is the subject: the mother.
# Who "her" or "him" is: the last person of that sex the sentence names before it, an adult by
# relation ("her mother", "his wife"), a child by relation or by name.
_ADULT_OF = {"her": re.compile(r"^(?:mother|mum|mummy|grandmother|grandma|gran|nan|nana|wife|girlfriend|aunt|auntie)$", re.I),
             "him": re.compile(r"^(?:father|dad|daddy|grandfather|grandad|husband|boyfriend|uncle|step-?father|step-?dad)$", re.I)}
_CHILD_WORD = re.compile(r"^(?:daughter|son|girl|boy|baby|child|toddler|sister|brother|niece|nephew)s?$", re.I)
_NOT_A_NAME = re.compile(r"^(?:He|She|They|I|We|It|The|This|That|Last|Yesterday|Today|Mum|Dad|Police|School|And|But|"
                         r"Jan\w*|Feb\w*|Mar\w*|Apr\w*|May|Jun\w*|Jul\w*|Aug\w*|Sep\w*|Oct\w*|Nov\w*|Dec\w*|"
                         r"Mon\w*|Tue\w*|Wed\w*|Thu\w*|Fri\w*|Sat\w*|Sun\w*)$")
_BARE_OBJECT = re.compile(r"\b(her|him)\b(?=\s*(?:$|[.,;:!?)–\"”’'-]|(?:and|but|if|when|because|again|too|with|against|into|onto)\b))", re.I)


def aimed_at_an_adult(sentence: str, start: int, end: int) -> bool:
    """The object of the words found (a threat, or an act of harm), a bare "her" or "him" in or just
    after them, is an adult the sentence names before it: "beating her mother for years, and last
    week he threatened to kill her", "Mrs Ahmed disclosed that … he pushed her against the wall"."""
    obj = _BARE_OBJECT.search(sentence, start)
    if not obj or obj.start() > end + 1:
        return False
    adult = _ADULT_OF[obj.group(1).lower()]
    last = titled = None
    for i, m in enumerate(re.finditer(r"[\w-]+(?:['’]s)?", sentence[:obj.start()])):
        word = re.sub(r"['’]s$", "", m.group(0))  # "Jade's dad" names Jade too
        if adult.match(word) or _TITLE.match(word):
            last, titled = "adult", _TITLE.match(word)  # "Mr Dale threatened to smash his car and then him"
        elif titled and word[:1].isupper():
            titled = None
        elif _CHILD_WORD.match(word) or (i > 0 and word[:1].isupper() and not _NOT_A_NAME.match(word)):
            last = "child"
    return last == "adult"


_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr)$")


_HER_IS_MUM = re.compile(r"(?i)\b(?:mum|mother|mummy)(?:'s|’s) (?:partner|boyfriend|husband|ex(?:-partner)?|new partner)\b(?:\s+\w+){0,4}\s*$")
_NO_FURTHER_ACTION = re.compile(r"(?i)NFA|no further action")
_FREED = re.compile(r"(?i)released|bailed|let out|freed")
_HELD_ONLY = re.compile(r"(?i)\b(?:remanded|arrested|detained|kept|held)\b[^.]{0,40}\b(?:custody|prison|cells|overnight|HMP)\b")
_HELD = re.compile(r"(?i)arrest|remand|custody|in prison|charged|held|detained|in the cells")
_TIME = frozenset({"now", "fresh"})
_CURRENT_STATE = frozenset({"incapacitated", "alone"})  # states that are now by their nature
# with a child under five in the mail, these are an immediate risk however far from the child's age
# they are told ("Willow Hemming (5 months)" … "Willow was floppy, grey around her lips")
_YOUNG_AT_RISK = _CURRENT_STATE | {"unwell", "care_refused", "farewell"}  # (a toddler taken off the ward mid-treatment; a carer's goodbye)
# Facts about the family that stand for the whole part, not one account: a birth under way, a
# convicted sex offender in the family, an order keeping an adult from the children, a child drawn
# into extremism.
_STANDING = frozenset({"birth", "offender", "order", "extremism"})
_STATUS = frozenset({"offender", "extremism"})
# An order or bail condition told with when it began ("on bail not to go to the address since
# April") is still in force today: kept from a sentence about the past, but not from a future or
# hypothetical one ("there will be bail conditions").
_ORDERED = frozenset({"order"})
# ... told with what it followed: "on police bail not to contact Leah since he assaulted mum last
# month" (the past is the assault's, the bail is in force)
_SINCE_TAIL = re.compile(r"\s+since\b.*", re.S)


def _one_fact(combo: frozenset[str], window: list[Tagged]) -> bool:
    """Every concept of the combination is shown by (nearly) the same words of one sentence: one fact
    read two ways ("They have not come back" as children alone and as carers out of reach), not two
    facts. Words that only contain another concept's ("the baby crying" in an account of a bang) are two."""
    where = {name: [w for w in window if name in w.concepts] for name in combo}
    if any(len(ws) != 1 for ws in where.values()) or len({id(ws[0]) for ws in where.values()}) != 1:
        return False
    w = where[next(iter(combo))][0]
    spans = [(at := w.text.find(w.concepts[name]), at + len(w.concepts[name])) for name in combo]
    return all(min(b, d) - max(a, c) >= 2 / 3 * max(b - a, d - c) for (a, b), (c, d) in combinations(spans, 2))


def _timely(combo: frozenset[str], window: list[Tagged]) -> bool:
    """A "now" or "fresh" belongs to the event told within TIME_SENTENCES of it (its own sentence or the next)."""
    times = combo & _TIME
    if not times:
        return True
    others = combo - _TIME
    at = {name: [j for j, w in enumerate(window) if name in w.concepts] for name in combo}
    return all(any(abs(a - b) <= TIME_SENTENCES for a in at[t] for o in others for b in at[o]) for t in times)


# Mobile mail often starts sentences in lower case: ". i have not gone in. ringing the police now".
_ANY_CASE_SPLIT = re.compile(SENTENCE_STOP + NOT_AN_END + r"\s+(?=\S)|\n\s*\n|\n(?=\s*[-•*>]\s)|\n")
# A table row ("10/05/2027 | Nursery | bruising round both eyes. Ryan is collecting her at 12:00")
# is one entry: its cells are read together, and its date dates every sentence in it.
_TABLE_ROW = re.compile(r"^[^|\n]*\S\s*\|.*\||^[ ]*[^\t\n]*\S\t+\S", re.M)  # cells between pipes, or after tabs
# The header lines of a quoted or forwarded message are not an account ("From: Emergency Duty
# Team <edt@…>"); its date ("Sent: 14 February 2027", "On 22 May 2027, at 22:41, Bev wrote:")
# dates what it says.
_QUOTED_HEADER = re.compile(r"^\s*(?:(?:from|to|cc|bcc|sent|date|reply-to|importance)\s*:.*"
                            r"|(?:on|le|am)\b.{4,160}\b(?:wrote|a écrit|schrieb)\s*:\s*"
                            r"|-{2,}\s*(?:original message|forwarded message)\s*-{2,}.*|_{8,})$", re.I)
_HEADER_DATE = re.compile(r"^\s*(?:sent|date)\s*:|\bwrote\s*:\s*$", re.I)


# A list item's number or letter on a line of its own ("1.", "(b)", "iv)") is no sentence: the items it
# separates are one account.
_LIST_MARK = re.compile(r"^\W*(?:\d{1,3}|[a-z]|[ivx]{1,4})?\W*$", re.I)


def split_sentences(text: str) -> list[str]:
    """Sentences for the urgency reading: every [.!?] + space ends one, whatever the case of the
    next word, so a negation in one sentence never reaches into the next; a table row is one."""
    return [s for s, _ in units(text)]


@lru_cache(maxsize=256)
def units(text: str, today: date | None = None) -> tuple[tuple[str, bool], ...]:
    """(sentence, told of the past) for each sentence of ``text``: the urgency reading's units.
    Header lines of quoted messages are left out; a sentence of a quoted message sent
    DATED_DAYS_AGO days or more before ``today`` is told of the past ("tonight" was that night)."""
    out: list[tuple[str, bool]] = []
    block_past = False
    for line in text.split("\n"):
        if _QUOTED_HEADER.match(line):
            if today is not None and _HEADER_DATE.search(line):
                dates = find_dates(line, today)
                block_past = bool(dates) and all((today - d.value).days >= DATED_DAYS_AGO for d in dates)
            continue
        if _TABLE_ROW.match(line):
            out.append((line.strip(), block_past))
            continue
        for chunk in sentences(line):
            out.extend((p.strip(), block_past) for p in _ANY_CASE_SPLIT.split(chunk.text)
                       if p.strip() and not _LIST_MARK.match(p))
    return tuple(out)


def forget_sentences() -> None:
    """Empty the sentence caches (``tag``, ``units``, ``closes``, ``dated_before``): called as each
    message is read, so they hold one message's sentences at most, never a worker's history."""
    for cached in (tag, units, closes, dated_before):
        cached.cache_clear()


def _normalise(part: str) -> str:
    return _QUOTE_MARKS.sub("", part)


# The person a safety plan rests on leaves now: "Mrs Obeng flies back to Accra this afternoon".
_LEAVES_NOW = re.compile(r"\b(?:flies|flying|fly|leaves|leaving|goes|going|travels?|travelling|returns?|returning|moves? out)\b"
                         r"[^.]{0,60}\b(?:today|this (?:afternoon|evening|morning)|tonight|now)\b", re.I)
_RESTS_ON = re.compile(r"\bsafety plan\b|\bat all times\b|\bstay(?:s|ing)? (?:at|with|in)\b", re.I)
_KIN = re.compile(r"\b(?:grand(?:mother|father|ma|pa|parents?)|nan|nana|gran|granny|grandad|aunt(?:ie)?|uncle|dad|father|partner)\b", re.I)


# ... or the adult it keeps away is back: "he has come back to the address and she has let him in"
_BACK_AGAIN = re.compile(r"\b(?:has|have|had|is|'s|’s)\s+(?:come|gone|moved)\s+back\b|\b(?:came|went|moved)\s+back\s+(?:to|in|home)\b|"
                         r"\blet\s+(?:him|her|them)\s+(?:in|back)\b", re.I)


def _undoes(closing: str, later: str) -> bool:
    """``later`` says the person the closing sentence's plan rests on is leaving now (the same
    surname or the same relation named in both), or that the adult it keeps away is back."""
    if not _RESTS_ON.search(closing):
        return False
    if _BACK_AGAIN.search(later):
        return True
    return bool(_LEAVES_NOW.search(later)) and bool((_names(closing) & _names(later)) or (_kin(closing) & _kin(later)))


def _names(sentence: str) -> set[str]:
    return set(re.findall(r"\b[A-Z][a-z]{2,}\b", sentence)) - {"The", "She", "He", "They", "Mum", "Dad", "This"}


def _kin(sentence: str) -> set[str]:
    return {m.group(0).lower() for m in _KIN.finditer(sentence)}


# An entry of a duty log or handover ("4. Sun 02:40 - Anonymous call …", "ENTRY 3 - 22:05 - …"):
# each is its own account, so one entry's "NFA" does not close another's.
_LOG_ENTRY = re.compile(r"^[ \t]*(?:\d{1,2}[.)][ \t]+|entry[ \t]+\d+[ \t]*[-–:][ \t]*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?[ \t]+)?"
                        r"(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?[ \t]+)?\d{1,2}[:.]\d\d\b(?![:.]\d)", re.I | re.M)


def find(part: str, today: date | None = None, young: bool = False) -> tuple[frozenset[str], str] | None:
    """The first combination of live concepts within one account of ``part``, with the sentences
    that show it, or None. ``young``: the message's child is under five by their date of birth, so
    a carer who cannot care, or a child alone, is an immediate risk as with a baby named in it.
    A log of three or more timed entries is read entry by entry, then as a whole."""
    starts = [m.start() for m in _LOG_ENTRY.finditer(part)]
    if len(starts) < 3:
        return _find(part, today, young)
    cuts = [0, *starts, len(part)]
    # ... and then as a whole: a chat pasted in with its times ("[16:22] my mans said i gotta do a
    # run tonight", "[16:24] they know where my nan lives") is one account told in several lines
    return next((hit for a, b in zip(cuts, cuts[1:]) if (hit := _find(part[a:b], today, young))), None) or \
        _find(part, today, young)


# A parent writing of their own body: "I'm not writing about my kids, they're fine ... I've had a
# dental abscess for three weeks, my face is swollen" (a child writing "my baby brother" is not one)
_A_PARENT_WRITING = re.compile(r"(?i)\bmy (?:kids|children|sons?|daughters?|baby(?! (?:brother|sister)))\b")
_MY_OWN = re.compile(r"(?i)\bmy\s+(?:\w+\s+)?$")


def _not_the_writers_own(t: Tagged) -> Tagged:
    words = t.concepts.get("harm")
    if not words or not _MY_OWN.search(t.text[:max(t.text.find(words), 0)]):
        return t
    return Tagged(t.text, {k: v for k, v in t.concepts.items() if k != "harm"}, t.denied, t.closes)


def _find(part: str, today: date | None, young: bool) -> tuple[frozenset[str], str] | None:
    v = vocabulary()
    tagged = [Tagged(s) if past else tag(s, today) for s, past in units(_normalise(part), today)]
    if _A_PARENT_WRITING.search(part):
        tagged = [_not_the_writers_own(t) for t in tagged]
    # A baby or toddler anywhere in the account makes a carer who cannot care, a child alone, or a
    # child unwell an immediate risk however far apart the sentences are (_YOUNG_AT_RISK). A standing
    # fact about the family (a birth under way, a sex offender in it) belongs to every account of the part.
    standing = {name for t in tagged for name in t.concepts if name in _STANDING}
    young = young or any("vulnerable" in t.concepts for t in tagged)
    # The writer closes the account further on (the adult is in custody, the social worker is
    # with the family, the mark was a birthmark): what was told before that is not read as a
    # risk now; what is told after it is read afresh.
    # (a carer held by the police closes nothing for children left alone: it is why they are)
    alone = any("alone" in t.concepts for t in tagged)
    last_close = max((i for i, t in enumerate(tagged) if t.closes and not (alone and _HELD_ONLY.search(t.text))), default=-1)
    if last_close >= 0 and any(_undoes(tagged[last_close].text, t.text) for t in tagged[last_close + 1:]):
        last_close = -1  # the plan rests on someone who is leaving now: what it closed is open again
    for i, t in enumerate(tagged):
        if i <= last_close:  # the closing sentence's own times are the closure's ("protection at 16:40")
            continue
        for name in t.concepts:
            if name in v.standalone:
                return frozenset({name}), t.text
        window = tagged[max(0, i - ACCOUNT_SENTENCES + 1, last_close + 1 if i > last_close else 0):i + 1]
        seen: dict[str, int] = {}
        for j, w in enumerate(window):
            for name in w.denied - {"vulnerable"}:  # a later check that finds no marks answers the earlier worry
                seen.pop(name, None)  # (a baby is still a baby: "a blind woman can't have a baby anyway")
            for name in w.concepts:
                seen.setdefault(name, j)
        for name in standing:
            seen.setdefault(name, 0)
        for name in ("offender", "order"):
            if name in seen and all(_a_womans_care(w.text, w.concepts["access"]) for w in window if "access" in w.concepts):
                seen.pop(name)
        # the account's own concepts first (they show the most), then the child's age told elsewhere
        for with_age in (False, True):
            if with_age:
                if not (young and seen.keys() & _YOUNG_AT_RISK):
                    break
                seen.setdefault("vulnerable", len(window) - 1)
            for combo in v.combinations:
                # the account ends at this sentence and this sentence brings one of the concepts
                if combo <= seen.keys() and combo & t.concepts.keys() and _timely(combo, window) and \
                        not _one_fact(combo, window):
                    shown = [w.text for w in window if combo & w.concepts.keys()] or [t.text]
                    return combo, " ".join(shown)
    return _harm_then_handed_over(tagged[last_close + 1:])


# A sex offender in the family, or a man an order keeps away, is a risk where the child is with him,
# not where the access told is a woman's care: "Oscar was brought and collected by his maternal
# grandmother", "the children live with mum" ("mum's brother … is minding them today" is his)
_A_WOMAN = (r"(?:mum|mummy|mother|nan|nana|gran|granny|grandma|grandmother|aunt|auntie|sister|foster carer|"
            r"Mrs\.?\s+\w+|Ms\.?\s+\w+|Miss\s+\w+)")
_BY_A_WOMAN = re.compile(rf"(?i)\s*(?:\w+\s+)?\b(?:by|with)\s+(?:(?:his|her|their|the|a)\s+)?(?:maternal\s+|paternal\s+)?{_A_WOMAN}\b(?!['’]s)")
_A_MAN_DOES = re.compile(r"(?i)\b(?:he|he's|he’s|dad|daddy|father|step-?dad|stepfather|partner|boyfriend|uncle|brother|grandad|"
                         r"grandfather)\s+(?:\w+\s+){0,2}$")
_A_WOMAN_DOES = re.compile(rf"(?i)\b{_A_WOMAN}\s+(?:(?:is|will|was|has|always|usually|then|also)\s+)?$")


def _a_womans_care(sentence: str, words: str) -> bool:
    at = sentence.find(words)
    if at < 0 or _A_MAN_DOES.search(sentence[:at]):
        return False  # "He is moving in with mum and the baby"
    return bool(_BY_A_WOMAN.match(sentence, at + len(words)) or _A_WOMAN_DOES.search(sentence[:at]) or
                _BY_A_WOMAN.search(words))


_ABUSED = frozenset({"harm", "sexual"})  # what was done to the child, for the account read as a whole


def _harm_then_handed_over(tagged: list[Tagged]) -> tuple[frozenset[str], str] | None:
    """An injury or abuse told anywhere in the account, and the child handed over later in it, in
    one sentence of its own ("Grandmother collects her from school at 15:15 today"): however many
    sentences of findings lie between, the duty worker reads the two together."""
    at = next((i for i, t in enumerate(tagged) if t.concepts.keys() & _ABUSED), None)
    if at is None:
        return None
    hurt = tagged[at]
    handed = next((t for t in tagged[at + 1:] if "access" in t.concepts and t.concepts.keys() & _TIME), None)
    if handed is None:
        return None
    return frozenset({*(hurt.concepts.keys() & _ABUSED), "access"}), hurt.text + " " + handed.text
