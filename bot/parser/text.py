"""Text helpers: split new text from quoted history, sentences, negation and history scopes."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

# Lines that start the quoted or forwarded history of a mail.
_HISTORY_START = [
    re.compile(r"^-{2,}\s*(Original Message|Forwarded message|Forwarded Message)\s*-{2,}", re.I),
    re.compile(r"^Begin forwarded message:?", re.I),
    re.compile(r"^_{8,}\s*$"),
    re.compile(r"^On\b.{0,120}\bwrote:\s*$", re.I),
    re.compile(r"^>?\s*On\b.{0,160}\bwrote:\s*$", re.I),
]
_OUTLOOK_FROM = re.compile(r"^\*?From:\*?\s+\S.*$", re.I)
_OUTLOOK_NEXT = re.compile(r"^\*?(Sent|Date|To|Subject|Cc):\*?\s", re.I)


@dataclass
class SplitBody:
    new: str        # what the sender wrote now
    history: str    # quoted replies and forwarded messages, quote marks removed
    forwarded: bool


def split_history(text: str) -> SplitBody:
    """Keep the new text apart from quoted history (``>`` lines, Outlook ``From: … Sent: …``
    blocks, Gmail "Forwarded message" and "On … wrote:" lines)."""
    lines = text.splitlines()
    cut = None
    forwarded = False
    for i, line in enumerate(lines):
        s = line.strip()
        if any(p.match(s) for p in _HISTORY_START):
            cut = i
            forwarded = "forward" in s.lower()
            break
        if _OUTLOOK_FROM.match(s):
            nxt = [x.strip() for x in lines[i + 1:i + 5] if x.strip()]
            if nxt and _OUTLOOK_NEXT.match(nxt[0]):
                cut = i
                break
        if s.startswith(">") and i > 0:
            rest = [x for x in lines[i:] if x.strip()]
            if rest and sum(x.lstrip().startswith(">") for x in rest) >= 0.6 * len(rest):
                cut = i
                break
    if cut is None:
        return SplitBody(text.strip(), "", False)
    new = "\n".join(lines[:cut]).strip()
    hist = "\n".join(re.sub(r"^\s*(>\s?)+", "", x) for x in lines[cut:])
    return SplitBody(new, hist.strip(), forwarded)


# An organisation's legal footer: it speaks of children, consent and 999 in general, never of this
# family. A paragraph that opens like one and says what one says is left out of what is read.
_DISCLAIMER_OPENS = re.compile(
    r"^\W*(?:disclaimer\b|confidentiality\b|(?:this|the) (?:e-?mail|message|communication)\b"
    r"|the information (?:in|contained in|within) this\b|if you (?:have received|are not the intended)"
    r"|emails? (?:sent to and from|may be monitored)|(?:please )?consider the environment)", re.I | re.M)
_DISCLAIMER_SAYS = re.compile(r"\b(?:confidential|intended (?:only )?for|intended recipient|privileged|monitored|"
                              r"GDPR|Data Protection Act|unauthori[sz]ed|if you have received (?:this|it) in error)\b", re.I)


def without_disclaimers(text: str) -> str:
    """``text`` without the paragraphs that are an organisation's legal footer."""
    paras = re.split(r"(\n[ \t]*\n)", text)
    return "".join(p for p in paras if not (_DISCLAIMER_OPENS.search("\n".join(p.strip().splitlines()[:3]))
                                            and _DISCLAIMER_SAYS.search(p)))


_WRITER = re.compile(r"^\*?From:\*?\s+(?P<a>[^<\n]+?)\s*(?:<|\[|$)|^>?\s*On\b.{0,80}?,\s*(?P<b>[^,<\n]+?)\s*<[^>\n]*>\s*wrote:", re.I)


# A line that says something (a verb, a pronoun, an article) rather than naming someone or a team.
_PROSE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|should|must|need|needs|please|said|says|"
                    r"the|my|your|our|his|their|I|I'm|I’m|he|she|they|we|you|me|him|her|them|"
                    r"call\w*|ring\w*|rang|rung|phon\w*|dial\w*|contact\w*|inform\w*|alert\w*|told|tell\w*|notif\w*)\b", re.I)


def signature_line(line: str) -> bool:
    """A short line that names a person, a role or a team and says nothing: "Jo Bell, Early Help
    Practitioner", "Emergency Duty Team, Knowsley Council"."""
    return len(line.strip()) < 80 and not _PROSE.search(line)


def quoted_messages(history: str, limit: int = 20) -> list[tuple[str, str]]:
    """The messages of a quoted or forwarded history, newest first, each without its header lines
    ("From: … Sent: …", "On … wrote:"), with the writer's name as its header gives it (or ""): so
    that each can be read as its own writer's words."""
    return [(who, said) for _, who, said in quoted_blocks(history, limit)]


def quoted_blocks(history: str, limit: int = 20) -> list[tuple[str, str, str]]:
    """(header lines, writer, text) for each message of a quoted history, newest first."""
    out, rest = [], history
    for _ in range(limit):
        lines = rest.splitlines()
        i, who = 0, ""
        while i < len(lines) and (not lines[i].strip() or _OUTLOOK_FROM.match(lines[i].strip())
                                  or _OUTLOOK_NEXT.match(lines[i].strip())
                                  or any(p.match(lines[i].strip()) for p in _HISTORY_START)):
            w = _WRITER.match(lines[i].strip())
            if w:
                name = (w.group("a") or w.group("b") or "").strip().strip('"')
                who = " ".join(reversed(name.split(", ", 1))) if ", " in name else name  # "Slee, Gemma"
            i += 1
        part = split_history("\n".join(lines[i:]))
        if part.new:
            out.append(("\n".join(lines[:i]).strip(), who, part.new))
        if not part.history or part.history == rest:
            break
        rest = part.history
    return out


def oldest_first(history: str) -> str:
    """A quoted history of several messages (newest first, as mail quotes them) told in the order
    it happened, each message under its own header lines: so that a later message's "she came home
    at 07:20" follows, and answers, the earlier one's "she hasn't come home"."""
    blocks = quoted_blocks(history)
    if len(blocks) < 2:
        return history
    told = "\n\n".join(f"{head}\n{said}" if head else said for head, _, said in reversed(blocks))
    # every word kept, or the history as written: a risk is never left out of the reading
    return told if Counter(re.findall(r"\w+", told)) == Counter(re.findall(r"\w+", history)) else history


# (not after "approx." or "no." before its number: "ingestion of approx. 20 x diazepam", "order no. 1187")
NOT_AN_END = r"(?<!\b[Aa]pprox\.)(?<!\bAPPROX\.)(?!(?<=\b[Nn]o\.)\s+\d)(?!(?<=\bNO\.)\s+\d)"
# A sentence ends at its stop, or at the closing quote after it: '... see what happens." In 2034 ...'
SENTENCE_STOP = r"(?:(?<=[.!?])|(?<=[.!?][\"”’']))"
_SENT_SPLIT = re.compile(SENTENCE_STOP + NOT_AN_END + r"\s+(?=[A-Z0-9\"'“(])|\n\s*\n|\n(?=\s*[-•*]\s)|\n")


@dataclass
class Sentence:
    text: str
    start: int


def sentences(text: str) -> list[Sentence]:
    out, pos = [], 0
    for m in _SENT_SPLIT.finditer(text):
        chunk = text[pos:m.start()]
        if chunk.strip():
            out.append(Sentence(chunk.strip(), pos + (len(chunk) - len(chunk.lstrip()))))
        pos = m.end()
    if text[pos:].strip():
        out.append(Sentence(text[pos:].strip(), pos))
    return out


NEGATORS = re.compile(
    r"\b(no(?!\.?\s?\d)|not|nothing|nobody|no-one|no one|never|without|none|nor|neither|denies|denied|ruled out|no longer|"
    r"isn't|aren't|wasn't|weren't|doesn't|don't|didn't|hasn't|haven't|cannot|can't|free from|"
    r"free of|absence of)\b|n't\b", re.I)
# the child's own earlier years: "when Kieran was in Year 5", "when she was little", "when she was 12"
_WHEN_YOUNGER = (r"when (?:he|she|they|[A-Z][a-z]+) (?:was|were) (?:in (?:year|yr) \d{1,2}|in reception|at (?:primary|nursery|infant)(?: school)?|"
                 r"(?:much |very )?(?:younger|little|small)|a (?:baby|toddler|little (?:boy|girl))|(?:only |just )?(?:aged? )?\d{1,2}(?: years old)?)")
_NOT_A_DURATION = r"\b(?!\s*(?:minutes?|mins?|hours?|%|percent))"  # "when she was 12", not "12 minutes"
WHEN_YOUNGER = re.compile(_WHEN_YOUNGER + _NOT_A_DURATION, re.I)
HISTORIC = re.compile(
    r"\b(historic(al)?|previous(ly)?|in the past|past harm|already investigated|investigated in|"
    r"no further action|NFA|ended|closed(?! (?:me|him|her|them|us)\b)|years? ago|last year|resolved|at that time|"
    r"back in (?=(?:19|20)\d\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|the (?:summer|spring|autumn|winter|day|past|\d)|\d)|"
    r"in (19|20)\d\d|in (?:the )?(?:early |late |mid[- ])?(?:spring|summer|autumn|winter)(?: term)?,? (?:of )?(?:19|20)\d\d|"
    + _WHEN_YOUNGER + ")" + _NOT_A_DURATION, re.I)
CONDITIONAL = re.compile(r"(^|[,;:]\s*)(if|should|in case|whether|unless)\b|\bif (you|there|a|any)\b", re.I)


def clause_before(sentence: str, pos: int) -> str:
    """The text of the clause that precedes position ``pos`` in a sentence."""
    head = sentence[:pos]
    # ("he's not leaving till he's paid back what he lost": the "not" is the leaving's, not the debt's)
    cut = max(head.rfind(c) for c in (",", ";", ":", " - ", " – ", "(", " but ", " although ", " till ", " until "))
    return head[cut + 1:] if cut >= 0 else head


EMAIL_ADDRESS = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")


_SHORT_BRACKETS = re.compile(r"\([^(),;:]{0,15}\)")  # "(7)", "(DOB 1/2/20)": an aside within the clause


def clause_around(sentence: str, start: int, end: int) -> str:
    """The clause a match sits in: between the nearest , ; : " - " "and" "but" around it (a short
    aside in brackets, "Ellis (7) had been left", is part of its clause)."""
    flat = _SHORT_BRACKETS.sub(lambda b: " " * len(b.group(0)), sentence) if "(" in sentence else sentence
    cuts = list(re.finditer(r"[,;:()]|\s[-–—]\s|\s(?:and|but|although|though|whereas)\s", flat))
    lo = max((c.end() for c in cuts if c.end() <= start), default=0)
    hi = min((c.start() for c in cuts if c.start() >= end), default=len(sentence))
    return sentence[lo:hi]


def negated(sentence: str, pos: int, window: int = 6) -> bool:
    """True when a negator governs the phrase at ``pos`` (same clause, a few words before), or the
    sentence denies all it goes on to say ("Nor is it the case that ...", "There is nothing to
    suggest ...") up to its next ";" or ":"."""
    if DENIED_AS_A_WHOLE.search(re.split(r"[;:]", sentence[:pos])[-1]):
        return True
    return a_negator_governs(" ".join(clause_before(sentence, pos).split()[-window:]))


def a_negator_governs(near: str) -> bool:
    """A negator in ``near`` (the few words before a phrase, in its clause) governs what follows,
    unless it is "nothing" or "nobody" as the object of a clause that ends where a new subject
    starts, in mail typed or dictated without punctuation ("i have got nothing left i have written
    letters for the boys")."""
    found = list(NEGATORS.finditer(near))
    if found and _OBJECT_NEGATOR.fullmatch(found[-1].group(0)) and _NEW_CLAUSE.search(near, found[-1].end()):
        found.pop()
    return bool(found)


_OBJECT_NEGATOR = re.compile(r"(?i)nothing|nobody|no-one|no one|none")
_NEW_CLAUSE = re.compile(r"\b(?:i|he|she|they|we|you)\s+(?:have|has|had|am|is|are|was|were|will)\b|\b(?:ive|im|I've|I’ve|I'm|I’m)\b")


DENIED_AS_A_WHOLE = re.compile(r"^\W*(?:nor|neither)\b|\b(?:it is|it's|it’s|it was) not (?:the case|true) that\b"
                               r"|\bit (?:isn't|isn’t|wasn't|wasn’t) (?:the case|true) that\b"
                               # "There is nothing at all to suggest he is at risk of ..."
                               r"|\b(?:nothing|no (?:evidence|indication|suggestion|sign|information))(?: at all| whatsoever)?"
                               r" (?:to (?:suggest|indicate|show)|(?:that )?(?:suggests|indicates|shows))\b"
                               # "There is no suggestion that Lacey is being left alone or hurt"
                               r"|\b(?:there is|there's|there’s|we have|we've|I have|I've) no (?:suggestion|evidence|indication|sign|reason to (?:think|believe)) that\b", re.I)


def squash(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


# Soft-wrapped plain text: a mail client breaks long lines at ~72-80 columns, which splits
# sentences ("Mum has agreed to the\nreferral") and names ("Corey\nSwift-Hughes"). A line is joined
# to the next when it is long, does not end a sentence or a label, and the next line continues the
# prose (not a blank line, bullet, label, table row, quote or header).
_WRAP_MIN = 55
_ENDS_BLOCK = re.compile(r"(?:[.!?:;]['\")\]”’]?|,\s*--|\|)\s*$")
_STARTS_BLOCK = re.compile(
    r"^\s*(?:$|[-•*>|#]|\d+[.)]\s|[A-Za-z]\)\s|(?:From|Sent|To|Cc|Date|Subject|Tel|Phone|Mobile|Email|E-mail)\b\s*:|"
    r"[A-Z][\w'’/()&-]*(?:\s+[\w'’/()&-]+){0,5}\s*[:|]\s)")


def unwrap(text: str, document: bool = False, soft: bool = True) -> str:
    """Join soft-wrapped lines of plain text; keeps every other line break (lists, forms, tables,
    signatures). The result is only used to read facts, never shown. ``document``: text taken from
    a PDF or a scan, whose lines break where the page's did, at any length ("Uncle Tariq is" /
    "sleeping at ours"): a line that does not end a sentence is also joined to a next line that
    starts in lower case. ``soft=False``: only that (a form's long line of check boxes is not wrapped
    prose: "[ ] Young carer   [ ] SEND" stays apart from the heading under it)."""
    lines = text.split("\n")
    out: list[str] = []
    for i, line in enumerate(lines):
        if out and ((soft and _wrapped(lines[i - 1], line)) or (document and _continues(lines[i - 1], line))):
            out[-1] = out[-1].rstrip() + " " + line.lstrip()
        else:
            out.append(line)
    return "\n".join(out)


def _continues(prev: str, line: str) -> bool:
    p = prev.rstrip()
    # a sentence runs on in lower case, also in brackets, or through a date or a number ("… Ms Begum on" /
    # "23/02/2043 and she", "… if a child ever took methadone" / "(ring 999 at once …)")
    return bool(p) and "\t" not in p and "|" not in p and not _ENDS_BLOCK.search(p) and \
        bool(re.match(r"\(?[a-z]|\d+(?![.)]\s)(?:[/.:-]\d+)*\s+[a-z]", line) or
             # ... or on to a name, after a word no sentence ends with ("last night he hit" / "Logan across the back")
             (_CANNOT_END.search(p) and _A_NAME_RUNS_ON.match(line)))


_CANNOT_END = re.compile(r"(?<![\w'’-])(?:the|a|an|to|of|with|at|in|on|for|by|from|into|onto|across|and|but|or|because|that|"
                         r"my|his|their|our|your|is|was|were|are|has|had|will|would|hit|hits|told|tells|said|says|saw|took|"
                         r"shook|kicked|punched|slapped|grabbed|touched|pushed|threw|called|asked|met|left|collected|collecting)$")
_A_NAME_RUNS_ON = re.compile(r"[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+)?\s+[a-z]")


def _wrapped(prev: str, line: str) -> bool:
    p = prev.rstrip()
    if len(p) < _WRAP_MIN or "\t" in p or "|" in p or "\t" in line or "|" in line:
        return False
    if _ENDS_BLOCK.search(p) or _STARTS_BLOCK.match(line):
        return False
    # rows of a list or a table typed as text: columns lined up with spaces ("Tianna Moss      03/06/2039"),
    # or each row a name and its details ("Kayla Roughley - ICS-2417730 - Year 6, …" / "Kenzie Roughley - …")
    if _COLUMNS.search(p) or _COLUMNS.search(line) or (_RECORD_START.match(p) and _RECORD_START.match(line)):
        return False
    return bool(re.match(r"\s*[\w(\"'“‘£]", line))


_COLUMNS = re.compile(r"\S {4,}\S")
_RECORD_START = re.compile(r"^\s*[A-Z][\w'’-]+(?:[ ][A-Z][\w'’-]+){1,3}(?:[ ]+(?:[-–—(]|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})"
                           r"|,?[ ]+(?:DOB|D\.O\.B|born|b\.|aged?)\b|,[ ]+\d{1,2}[/.]\d{1,2}[/.]\d{2,4})")


# Mobile mail drops apostrophes: "couldnt wake her", "shes back on", "im at work".
_APOSTROPHE = re.compile(r"\b(?:(can|couldn|won|don|doesn|isn|wasn|hasn|hadn|didn|haven|aren|weren|shouldn|wouldn|mustn)(t)"
                         r"|(she|he|there)(s)|(i)(m)|(they|you)(ll)"
                         # "hell kill me", "shell be": "he'll", "she'll" only before a verb, as "hell"
                         # and "shell" are words too
                         r"|(he|she)(ll)(?=\s+(?:kill|hurt|hit|beat|stab|batter|find|come|be|do|take|get|give|go|never|not|smash|burn)\b))\b", re.I)


def apostrophes(text: str) -> str:
    """"couldnt" -> "couldn't", "hes" -> "he's": apostrophes a phone or a hurried writer left out."""
    return _APOSTROPHE.sub(lambda m: "'".join(g for g in m.groups() if g), text)


# Text-speak, decoded only in a text written in it (several of its marks), so "aged 4 for now"
# and "2 children" in ordinary prose are left alone.
_TEXTSPEAK_MARKS = re.compile(r"\b(?:u|ur|r|rn|pls|plz|thx|dnt|dont|cnt|jst|msgd|sum1|no1|any1|2nite|2nyt|tonite|nite|2day|"
                              r"2moro|2morrow|tmrw|b4|w8|gr8|coz|cos|im|ive|iv|wiv|wen|wat|bcz|bc|sis|bro|atm|asap|abt|wot|wots|lol|wks)\b", re.I)
_TEXTSPEAK = [(re.compile(p, re.I), r) for p, r in (
    (r"\b(?:2nite|2nyt|2night|tonite|tonigh)\b", "tonight"), (r"\bnite\b", "night"), (r"\b2day\b", "today"),
    (r"\b(?:2moro|2morrow|tmrw|tmr|tomoz)\b", "tomorrow"), (r"\brn\b", "right now"), (r"\batm\b", "at the moment"),
    (r"\bsum1\b", "someone"), (r"\bno1\b", "no one"), (r"\bany1\b", "anyone"), (r"\bb4\b", "before"),
    (r"\b(?:dnt|dont)\b", "don't"), (r"\b(?:cnt|cant)\b", "can't"), (r"\b(?:iv|ive)\b", "I've"),
    (r"\bw/", "with "), (r"(?<=[a-z] )w(?= [a-z])", "with"), (r"\bwiv\b", "with"), (r"\bu\b", "you"), (r"\bur\b", "your"),
    (r"(?<=[a-z] )2(?= [a-z])", "to"), (r"(?<=[a-z] )4(?= [a-z])", "for"), (r"\bjst\b", "just"),
    (r"\bmsgd\b", "messaged"), (r"\bmums\b(?= (?:house|place|flat)|[.,]|$)", "mum's"),
    (r"(?<=[a-z] )n(?= [a-z])", "and"), (r"\babt\b", "about"), (r"\bwots\b", "what's"), (r"\bwot\b", "what"),
    (r"\bwrkin\b", "working"), (r"\bwks\b", "weeks"), (r"\bappts?\b", "appointments"), (r"\bprobs\b", "problems"))]
TEXTSPEAK_MARKS = 3


def textspeak(text: str) -> str:
    """Text-speak in plain English ("2nite" -> "tonight", "n" -> "and"), only in a text written in it."""
    if len(_TEXTSPEAK_MARKS.findall(text)) < TEXTSPEAK_MARKS:
        return text
    for pattern, plain in _TEXTSPEAK:
        text = pattern.sub(plain, text)
    return text


# A quoted passage given as an example ('EXAMPLE - delete before sending: "Dad has told mum …. The
# baby has a bruise …"', 'for example: "…"'): every sentence of it is the example's, not only the
# one with the label in it.
_EXAMPLE_QUOTE = re.compile(r"(?:\bexamples?\b[^\"“\n]{0,60}?[-–:]|\b(?:for example|e\.g\.)[,:]?"
                            # a story a child made up and told: 'told the class a story she had made up: "The big wolf …"'
                            r"|\bstor(?:y|ies)\b[^\"“\n]{0,40}?\b(?:made up|invented|imagined|pretend\w*)\b[^\"“\n]{0,20}?[-–:]"
                            r"|\b(?:made[- ]up|pretend|imaginary|invented) stor(?:y|ies)\b[^\"“\n]{0,30}?[-–:])"
                            r"[ \t]*[\"“](?P<q>[^\"”]{1,1500})[\"”]", re.I)


def without_examples(text: str) -> str:
    """``text`` with quoted example passages blanked (positions kept)."""
    return _EXAMPLE_QUOTE.sub(lambda m: m.group(0)[:m.start("q") - m.start()] + " " * len(m.group("q"))
                              + m.group(0)[m.end("q") - m.start():], text)


_SHOUTED_LINE = re.compile(r"[^\n]+")
_SENTENCE_START = re.compile(r"(^|[.!?]\s+|\n\s*)([a-z])")


def unshout(text: str) -> str:
    """A line written in capitals ("MUM SAYS KACEY HASNT BEEN HOME SINCE LAST NIGHT") in sentence
    case, as the readers' vocabularies are written: a capital starts a sentence, "I" stays one.
    Lines with lower-case letters of their own are left as they are."""
    def line(m: re.Match) -> str:
        ln = m.group(0)
        upper = sum(map(str.isupper, ln))
        if upper < 12 or sum(map(str.islower, ln)) > upper // 10:
            return ln
        low = re.sub(r"\bi(?=\b|'|’)", "I", ln.lower())
        return _SENTENCE_START.sub(lambda x: x.group(1) + x.group(2).upper(), low)
    return _SHOUTED_LINE.sub(line, text)


def plain_english(text: str) -> str:
    """Apostrophes restored, text-speak and the police's shorthand decoded: what the readers'
    vocabularies are written in."""
    text = textspeak(apostrophes(text))
    for pattern, plain in _SHORTHAND:
        text = pattern.sub(plain, text)
    return text


# The police's and the duty desk's shorthand, in any mail: "bail since 02/04 with conds not to
# contact", "perp back at addr", "2 x U5"
_SHORTHAND = [(re.compile(p), r) for p, r in (
    (r"\b[Cc]onds\b", "conditions"), (r"\b[Pp]erp\b", "perpetrator"), (r"\b[Aa]ddr\b", "address"),
    (r"\b[Uu]5s?\b", "under 5"), (r"\b(?:on|by) there own\b", "on their own"))]
