"""Children named in a request, with dates of birth (sibling groups included).

A name counts as a child when it is written with a date of birth, an age, a school year or a
case number, sits in a children table or a "Child" form field, or is one of a pair of siblings
sharing a surname. Adults are dropped: a title (Mr, Ms ...) or a date of birth giving 18+.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from bot.parser.extract.dates import DATE_RE, MONTHS, age_on, find_dates
from bot.parser.extract.names import NAME, NOT_NAME, UPPER, WORD, clean_name, has_title_before
from bot.parser.extract.tables import cells, table_records


@dataclass
class Child:
    name: str
    dob: date | None
    evidence: str
    pos: int
    age_years: int | None = None   # the age stated in words ("aged 3", "2yo"); under a year (months, weeks, days) is 0


# A name here starts at a word boundary and runs to at most six words (``clean_name`` keeps the
# last three of a longer run anyway). Unbounded, a long run of capitalised words with no date after
# it ("Amy Ben Cara ..." in a 20 KB subject) made every pattern below try every start against every
# end: quadratic, 66 s for 20 KB. Bounded, each start costs a constant: linear.
# (words joined by spaces: a tab separates a table's cells, "Health\tKeanu (4): …")
_NAME = rf"(?<![\w'’\-])(?:{WORD}|[{UPPER}])(?:[ ]+(?:{WORD}|[{UPPER}](?=[ ]+[{UPPER}]))){{0,4}}[ ]+(?:{WORD})"
_DOB_LABEL = r"(?i:(?:DOB|D\.O\.B\.?|date of birth)(?:\s+is)?|(?:,?\s*who\s+was\s+)?born(?:\s+on)?(?:\s+the(?=\s+\d))?)"
_AGE = r"(?i:aged?\s*)?\d{1,2}(?i:\s*(?:yrs?|years?(?:\s+old)?|y/?o))?"
# a school year or form: "Y9", "Year 4", "Reception", "8R", "10JW"
_YEAR = r"(?:(?i:year|yr)\s*\d{1,2}|Y\d{1,2}|(?i:reception)|(?:[1-9]|1[0-3])[A-Z]{1,3}(?![\w]))"
_NUMBER_VALUES = {w: i for i, w in enumerate(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen".split(), 1)}
_NUMBER_WORDS = "(?i:" + "|".join(_NUMBER_VALUES) + ")"
# ... or the name the child goes by, in brackets or quotes: "Oluwadamilare Adeyemi ("Dami"), DOB ...";
# and an age may be told as a clause: "Poppy Hale (she's 4, DOB 30/03/2024)"
# ... or who the child is to another: "Kobe Asante-Whitlock (Freddie's half-brother), DOB: …", or a
# girl or a boy: "CHEN Yutong (girl), DOB 08/03/2071"
_NICK = (r"(?:[ \t]*\((?:[\"“'‘][^)\"”\n]{1,20}[\"”'’]|[A-Z][a-zà-ÿ]{1,15}|(?:[A-Z][a-zà-ÿ'’-]+(?:'s|’s)[ \t]+)?"
         r"(?:(?i:half|step|twin)[- ]?)?(?i:brother|sister|sibling)|(?i:girl|boy|male|female|twin|he/him|she/her|they/them))\)"
         r"(?=[ \t]*[,(\-–—|:]))?")
_SAYS_AGE = r"(?i:(?:she|he|they)(?:'s|’s|[ \t]+is|[ \t]+are)[ \t]+)?"
# An age may sit between the name and a labelled date of birth: "Jude Halloran, 13, DOB 22/05/2013",
# "Kieran Yeo, 9 (DOB 17.06.2017)", "Amy Lee (aged 6, DOB 01/02/2020)".
# ... or a case number: "Tyler Jones-Ahmed - Mosaic 620311 - DOB: 6th August 2011"
_ID_GAP = r"(?:(?:[ \t]*[(\[,\-–—|][ \t]*|[ \t]+)(?i:Mosaic|EHM|LCS|ICS|EHA|ID|case)(?:[ \t]*(?i:id|no\.?|number))?[ \t:#-]*[\w-]*\d{4,}[)\]]?[ \t]*[,;\-–—|]?(?=[ \t]*{_DOB}))?".replace("{_DOB}", _DOB_LABEL)
_GAP = (_NICK + _ID_GAP + rf"[ \t]*[(\[,:\-–—|]?[ \t]*(?:{_SAYS_AGE}(?:{_AGE}|(?i:in[ \t]+)?{_YEAR})[ \t]*[,;)\]]?[ \t]*[(\[,\-–—]?[ \t]*(?={_DOB_LABEL}))?"
        rf"(?P<label>{_DOB_LABEL})?[ \t]*[:\-–]?(?(label)[ \t]*\|?)[ \t]*")
_WITH_DOB = re.compile(rf"(?P<name>{_NAME}){_GAP}(?P<date>(?i:{DATE_RE.pattern}))")
_WITH_AGE = re.compile(
    rf"(?P<name>{_NAME}){_NICK}(?:[ \t]+(?i:in)[ \t]+(?:(?i:year|yr)[ \t]*\d{{1,2}}|(?i:reception)))?"
    rf"[ \t]*(?:\((?:aged?\s*|(?i:she|he)(?:'s|’s|[ \t]+is)[ \t]+)?(?i:(?:about|around|approx\.?|roughly|maybe|nearly)\s+)?(?P<age>\d{{1,2}})(?:\s*(?:yrs?|years?(?: old)?|y/o))?(?:[,;][^)\n]{{1,60}})?\)"
    rf"|(?:,|[ \t]+[-–—:])?\s*aged?\s+(?P<age2>\d{{1,2}})\b|,\s*(?P<age3>\d{{1,2}})\s*(?:years?(?: old)?|yrs?|y/?o)\b"
    rf"|,[ \t]*(?P<age5>\d{{1,2}})[ \t]*(?=[,.][ \t]*(?i:Mosaic|EHM|LCS|ICS|DOB|D\.O\.B|Year|Yr|NHS)\b)"
    # a bare age between commas, or closing the sentence: "Lily-Mae Corkhill, 14, from the 7pm squad"
    rf"|,[ \t]*(?P<age9>\d{{1,2}})[ \t]*(?=,[ \t]*(?:[a-z]|$)|[.;)](?:\s|$)|[ \t]+(?i:from|in|at|and|is|was|who|has|had|lives|goes|attends|came|told|said|says)\b)"
    rf"|[ \t]*\((?:aged?\s*)?(?P<age6>\d{{1,2}})\s*(?:months?|mths?|weeks?|wks?|days?)(?: old)?\)"
    # the age and its unit straight after the name: "Kayla-Mae Tozer 3yrs", "Alfie Trewin 18 months",
    # "Ruby Kavanagh who is 2 and Jack Kavanagh who is 7 months", "Elin Vaughan, eleven weeks old"
    rf"|(?:,?[ \t]+(?i:who(?:'s|’s|[ \t]+is)[ \t]+(?:only[ \t]+|just[ \t]+)?)|,[ \t]*|[ \t]+)(?P<age8>\d{{1,2}}|{_NUMBER_WORDS})[ \t]*"
    rf"(?P<unit8>(?i:yrs?|years?(?:[ \t]+old)?|y/?o|months?|mths?|weeks?|wks?))\b(?![ \t]+(?i:ago|later|earlier|before|after|since|now)\b)"
    rf"|,?[ \t]+(?i:who(?:'s|’s|[ \t]+is))[ \t]+in[ \t]+(?:(?i:year|yr)[ \t]*\d{{1,2}}|Y\d{{1,2}}|(?i:reception))\b"
    rf"|,?\s+(?:who(?:'s|’s|\s+is|\s+looks)|(?i:he|she)(?:'s|’s|\s+is)) (?:aged\s+|only\s+|just\s+|about\s+|around\s+|maybe\s+)?(?P<age4>\d{{1,2}}|{_NUMBER_WORDS})\b(?!\s*(?:am|pm|[:.]\d|%|min|hour|mile|percent|weeks?|days?|months?))|\((?:in\s+)?(?:Year|Yr|Reception|Y\d)\b"
    # ... or the form class: "Lily-Grace Penhaligon (6C) stayed behind after lunch"
    rf"|[ \t]*\((?:[1-9]|1[0-3])[A-Z]{{1,3}}\)"
    # "Chloe Tremain is 15", "Ayaan Miah, he is 11 years", "Theo Whitlock, he's eleven weeks",
    # "Leo Cheung EHM-60418 hes 8": the age told in a clause of its own
    # ... or in a second language's words: "Luca Popescu has 6 years", "Ana-Maria, she has 9 years"
    rf"|(?:[ \t]+(?i:EHM|LCS|ICS|Mosaic)[\s:-]*[\w-]*\d{{4,}})?,?[ \t]+(?:(?i:and)[ \t]+)?(?:(?i:he|she|they)(?:'s|’s|s|\s+is|\s+are)|is"
    rf"|(?:(?i:she|he)[ \t]+)?has(?=[ \t]+\d{{1,2}}[ \t]+(?i:years?|months?)(?:[ \t]+old)?[ \t]*(?:[,.;)\n]|$|(?i:and|he|she)\b)))[ \t]+(?:(?i:aged|only|just|now)[ \t]+)?"
    rf"(?P<age7>\d{{1,2}}|{_NUMBER_WORDS})(?![\d:%]|\.\d)(?:[ \t]*(?P<unit>(?i:years?|yrs?|y/?o|months?|mths?|weeks?|wks?|days?)))?(?:[ \t]+(?i:old))?\b(?![ \t]*(?i:minutes|mins|hours|pm|am|miles|percent|o'clock)))")
# A child giving their own name and age: "My name is Oskar Wiśniewski, I am 12", "im Mia Luscombe im 15",
# "She has given her name as Carys Bevan and says she is 15"
_OWN_NAME = re.compile(
    rf"(?i:my name is|my name's|my name’s|I am called|I'm called|I’m called|I'm|I’m|\bim|(?P<told>(?:gave|given|giving) (?:her|his|their) name as|(?:said|says|told (?:us|me|them|staff|the adviser)(?: that)?) (?:she|he)(?:'s|’s| is| was)))"
    rf"[ \t]+(?P<name>{_NAME})[ \t]*[,.]?[ \t]*(?i:and[ \t]+)?(?i:that[ \t]+)?(?i:I am|I'm|I’m|im|i am|(?:she|he)(?:'s|’s|[ \t]+is)|(?:says|said)[ \t]+(?:she|he)[ \t]+is|aged?)"
    rf"[ \t]+(?P<age>\d{{1,2}}|{_NUMBER_WORDS})\b(?![ \t]*(?i:am|pm|%|minutes|mins|hours|miles|percent|o'clock|[:.]\d))")
def _own_age(m: re.Match) -> int:
    age = m.group("age")
    return int(age) if age.isdigit() else _NUMBER_VALUES[age.lower()]


def a_child_writing(text: str) -> bool:
    """The writer gives their own name and an age under 18 ("im Mia Luscombe im 15"), not someone
    else's ("gave her name as …"): a child asking for help, not a practitioner's request."""
    return any(not m.group("told") and _own_age(m) < 18 for m in _OWN_NAME.finditer(text))


# The child a request or update is about: "Update on Rayan Chowdhury:", "Step down request for
# Jude Halloran". Parents and workers are not named this way; a role word or a parent word drops it,
# and so does a possessive ("the plan for Natalie Price's six children": her children, not her).
_ABOUT = re.compile(
    rf"\b(?i:update|news|request|referral|step[- ]?(?:up|down)(?:\s+request)?|worried|concerns?|worries|TAF|triage|"
    rf"case discussion|review|plan)"
    rf"\s+(?i:on|about|regarding|re:?|for)\s+(?P<name>{_NAME})")
# A subject or heading naming the child after a dash: "Step down request - Lowen Hicks"; and a
# name spelt out: "His full name is Oscar Trewin-Barker".
_ABOUT_DASH = re.compile(
    rf"\b(?i:step[- ]?(?:up|down)(?:\s+request)?|request|referral)[ \t]*[-–—:][ \t]*(?P<name>{_NAME})"
    rf"(?:[ \t]+(?:and|&)[ \t]+(?P<name2>{_NAME}))?[ \t]*(?:$|\n|[–—(|]|(?<=[ \t])-)", re.M)
_FULL_NAME = re.compile(rf"\b(?i:(?:his|her|their|the child's|the child’s) full name is)[ \t]+(?P<name>{_NAME})")
# A child seen where children are: "When I saw Tegan Bevan at school", "visited Ava Khan at nursery".
_AT_SCHOOL = re.compile(
    rf"\b(?i:saw|seen|see|visited|visit|spoke (?:to|with)|met (?:with)?|observed)\s+(?P<name>{_NAME})\s+"
    rf"(?i:at|in)\s+(?i:school|nursery|college|class|the classroom|pre-?school)\b")
# A child introduced in a narrative: "a boy called Jacob Whitlock", "she gave her name as Sienna
# Pritchard"; or arriving where children arrive: "08:50 - Harvey Leckie arrived at school with …".
_CALLED = re.compile(
    rf"\b(?i:(?:a|the|another|one)\s+(?:(?:little|young|small|older|younger)\s+)?(?:boy|girl|child|toddler|baby|pupil|"
    rf"teenager|lad|youngster)\s+(?:called|named)|(?:gave|gives?)\s+(?:her|his|their)\s+name\s+as|(?:told\s+(?:us|me|them|staff|police)\s+)?"
    rf"(?:that\s+)?(?:her|his)\s+name\s+(?:is|was)"
    # "the boy Zayan Chowdhury year 5 was crying"
    rf"|(?:the|this|that)\s+(?:(?:little|young|small)\s+)?(?:boy|girl|lad|lass|pupil)"
    # who the child in the account is: "I believe the baby is Ruby Dunmore, about 9 months"
    rf"|(?:the|this|that)\s+(?:(?:little|young|small)\s+)?(?:baby|child|boy|girl|toddler)\s+(?:is|was)(?:\s+(?:called|named))?)\s+(?P<name>{_NAME})")
_ARRIVED = re.compile(
    rf"(?P<name>{_NAME})\s+(?:(?i:arrived|turned up|came in|was brought in|was dropped off)\s+(?i:(?:at|to|in(?:to)?)\s+)?"
    rf"(?i:school|nursery|pre-?school|breakfast club|class|college)|(?i:came|comes|walked|walks) into (?i:breakfast|after-?school) club)\b")
# ... or by telling their own teacher: "Tayo Bankole told his class teacher this morning that ..."
_TOLD_A_TEACHER = re.compile(rf"(?P<name>{_NAME})\s+(?i:told|has told|said to|disclosed to|showed)\s+(?i:his|her|their)\s+"
                             r"(?i:class teacher|teacher|form tutor|TA|teaching assistant|head of year|learning mentor|school nurse|DSL)\b")
# ... or by a school year or class: "Maja Kowalczyk from class 4", "Tia Hext in Year 4"
_IN_A_CLASS = re.compile(rf"(?P<name>{_NAME})\s+(?i:from|in)\s+(?i:class|year|yr)\s*\d{{1,2}}\b")
# A phone mail typed all in lower case names children by the date of birth after them alone:
# "step down for tia moran dob 03/02/2029 and jax moran dob 17/09/2033".
_LOWER_DOB = re.compile(rf"(?<![\w'’-])(?P<name>[a-z][a-z'’-]*[a-z][ \t]+[a-z][a-z'’-]*[a-z])[ \t]+"
                        rf"(?:dob|d\.o\.b\.?|born)[ \t]*:?[ \t]*(?P<date>(?i:{DATE_RE.pattern}))")


def _capitalised(name: str) -> str:
    """ "lily-may o'neill" → "Lily-May O'Neill"."""
    return " ".join("-".join(re.sub(r"^(\w)(['’])(\w)", lambda m: m.group(1).upper() + m.group(2) + m.group(3).upper(),
                                    part[:1].upper() + part[1:]) for part in word.split("-")) for word in name.split())


_ROLE_WORD = re.compile(r"\b(?:Mum|Dad|Mother|Father|Nan|Grandmother|Grandfather|Aunt|Uncle|Worker|Manager|"
                        r"Officer|Practitioner|Teacher|Nurse|Visitor|Coordinator|Co-ordinator|Lead|Head|Support|"
                        r"Service|Services|Team|Family|Families|Partner|Boyfriend|Girlfriend|Husband|Wife)\b")
_PARENT_BEFORE = re.compile(r"(?i:mum|mother|dad|father|parent|carer|partner|step-?(?:dad|mum|father|mother)|nan|gran)[^\w\n]{0,3}$")
_OPENER = re.compile(r"(?:As|If|When|Since|Because|So|But|And|Then|Now|Although|While|Whilst|Until|Unless|Also|Only|Yes|No)\s")
_PREGNANT = re.compile(r"[ \t]*(?i:pregnant|gestation|weeks? gone)")
_RELATION = re.compile(
    rf"\b(?i:my|our|her|his|their)[ \t]+(?i:(?:little|baby|eldest|youngest|oldest|younger|older)[ \t]+)?(?i:son|daughter|grandson|granddaughter|"
    rf"stepson|stepdaughter|baby|boy|girl|child|niece|nephew)(?:[ \t]+is|,)?[ \t]+(?P<name>{_NAME})")
# The child whose request it is: "Adding to Mason Brimble's step up (EHM-743305)"
_WHOSE_STEP = re.compile(rf"(?P<name>{_NAME})(?:'s|’s)[ \t]+(?i:step[- ]?(?:up|down))\b")
_WITH_ID = re.compile(rf"(?P<name>{_NAME})[ \t]*\((?i:EHM|LCS|ICS|Mosaic)[\s:-]*\w*\d{{4,}}"
                      # ... or the other way round: "Family: EHM-92940 (Brody Lunt)"
                      rf"|(?i:EHM|LCS|ICS|Mosaic)[\s:-]*\w*\d{{4,}}[ \t]*\((?P<name2>{_NAME})\)")
_PAIR = re.compile(rf"(?P<a>{_NAME})[ \t]+(?:and|&)[ \t]+(?P<b>{_NAME})")
# Two children each with a bare age after the name: "the kids (Harley Skyrme 7 and Mabel Skyrme 4)"
_PAIR_AGES = re.compile(rf"(?P<a>{_NAME})[ \t]+(?P<n1>\d{{1,2}})[ \t]*(?:,|and|&)[ \t]*(?P<b>{_NAME})[ \t]+(?P<n2>\d{{1,2}})"
                        r"(?![\d:/%]|\.\d)(?![ \t]*(?i:am|pm|o'clock|hours?|mins?|minutes?|miles?|percent|days?))")
# "Oisín and Cillian Ó Briain": two first names and one surname (an Irish, Scottish or Dutch
# particle before it kept: Ó, Mac, Ní, van der)
_PARTICLE = r"(?:(?:Ó|O|Ní|Nic|Mac|Uí|Ua|De|de|Van|van|von|da|di|le|la|van der|van den)[ \t]+)"
_FIRSTS_AND_SURNAME = re.compile(
    rf"(?<![\w'’-])(?P<pre>(?:[{UPPER}][a-zà-ÿ'’]+(?:-[A-Za-zà-ÿ'’]+)?,[ \t]+){{1,4}})?"
    rf"(?P<a>[{UPPER}][a-zà-ÿ'’]+(?:-[A-Za-zà-ÿ'’]+)?),?[ \t]+(?:and|&)[ \t]+(?P<b>[{UPPER}][a-zà-ÿ'’]+(?:-[A-Za-zà-ÿ'’]+)?)"
    rf"[ \t]+(?P<sur>{_PARTICLE}?[{UPPER}][A-Za-zà-ÿ'’]*[a-zà-ÿ](?:-[{UPPER}][A-Za-zà-ÿ'’]*[a-zà-ÿ])?)\b")
# An organisation's name runs on: "Early Help Locality Team - Battersea & Nine Elms"
_ORG_BEFORE = re.compile(r"\b(?i:locality|team|hub|council|services?|trust|police|partnership|ward|borough)[ \t]*[-–:|,(]?[ \t]*$")
_ORG_WORD = re.compile(r"(?i:locality|localities|team|hub|school|academy|council|centre|center|road|street|lane|close|"
                       r"avenue|way|primary|nursery|college|services?|trust|police|court|house|famil(?:y|ies)|"
                       r"partnership|group|area|ward|health|care|children|valley|vale|borough|village|estate|square|gardens|crescent|"
                       r"terrace|bulletin|newsletter|digest|briefing|round-?up|edition|magazine)")
# Words that make a capitalised run a place or an organisation, in it or just after it ("Sheen Vale
# Primary", "Golden Valley", "Hope Street"); common surnames (Green, Wood, Hill) are not among them.
_PLACE_IN = re.compile(r"(?i:valley|vale|street|road|lane|avenue|crescent|terrace|primary|academy|school|nursery|college|"
                       r"centre|center|locality|hub|council|team|surgery|hospital|estate|gardens|square|order|programme|"
                       r"end|common|wharf|quay|theatre|theater)\b")
_PLACE_AFTER = re.compile(r"[ \t]+(?P<w>(?i:primary|academy|school|nursery|college|centre|center|road|street|lane|avenue|"
                          r"close|way|hub|locality|team|council|surgery|library|church|hospital|estate|park|"
                          r"children's centre|family hub|high|infant|junior))\b")
# what introduces two children by first names and one surname: "for Tyler and Amber Harris",
# "Step down - Chloé & Rémi Marchant", "the children, Safiya and Zain Karim"
_SIBLINGS_CUE = re.compile(r"(?:\b(?i:for|re|about|regarding|children|siblings|kids|brothers|sisters|twins|triplets|quads|of|with|"
                           r"step(?:ping|ped)?(?:[ \t]+(?:up|down))?|refer(?:ring|red)?)[ \t]+|[-–:,][ \t]*)$")
_TWINS = re.compile(r"(?i:\b(?:twins?|triplets?|quads|quadruplets)\b)")
# a full name listed, with a comma, before a pair sharing its surname
_LISTED_BEFORE = re.compile(rf"(?<![\w'’-])(?P<n>[{UPPER}][\w'’-]+[ \t]+(?P<sur>[\w'’-]+)),[ \t]*$")
_DOB_AFTER_PAIR = re.compile(rf"[ \t]*[,(–-]?[ \t]*{_DOB_LABEL}[ \t]*[:\-–]?[ \t]*(?P<date>(?i:{DATE_RE.pattern}))")
_PARENTS_BEFORE = re.compile(r"(?i:parents?|carers?|grandparents?|mum and dad|mr and mrs|couple|adults?)\W*(?:\w+\W+){0,2}$")
_CHILD_FIELD = re.compile(r"(?:^|(?<=[.;]\s)|(?<=[.;]\s\s))\s*(?:(?:subject\s*)?\(?child(?:ren)?\)?(?:'s|’s)?(?:\(ren\))?(?:\s+name\(?s?\)?)?(?:\s+and\s+DOB)?"
                          r"|name of child(?:ren)?|young person|pupil(?:'s name)?)\s*(?:[:|]|\t+)\s*(?P<val>.+)$", re.I | re.M)
# A record in the mail itself: "Name: Marie-Claire Tchoumi" with "DOB: 02/09/2061" on the next line
_NAME_THEN_DOB = re.compile(rf"^[ \t]*(?i:(?:full |child(?:'s|’s)? |young person(?:'s|’s)? )?name)[ \t]*[:|\t][ \t]*(?P<name>{_NAME})[ \t]*\n"
                            rf"[ \t]*{_DOB_LABEL}[ \t]*[:\-–|\t]?[ \t]*(?P<date>(?i:{DATE_RE.pattern}))", re.M)
_NAME_COL = re.compile(r"^(?:child(?:ren)?|name|child'?s name|young person|full name)$", re.I)
# A name told in two columns: "Forename | Surname" (a case-system export)
_FIRST_COL = re.compile(r"^(?:forenames?|first ?names?|given ?names?|christian name)$", re.I)
_LAST_COL = re.compile(r"^(?:surname|last ?name|family ?name)$", re.I)
_DOB_COL = re.compile(r"^(?:dob|d\.o\.b\.?|date of birth)$", re.I)
_AGE_COL = re.compile(r"^(?:age|aged|age \(years\)|age \(yrs\))$", re.I)


# An age of 18 or more straight after the name: "Her son, Keith Ashby (about 55), lives with her",
# "Dean Foulkes, 34, the tenant": an adult, however else the name is told.
_ADULT_AGE_AFTER = re.compile(r"[ \t]*[(,][ \t]*(?i:(?:aged?|age)[ \t]+)?(?i:about|around|approx\.?|approximately|roughly|maybe|perhaps|c\.)?"
                              r"[ \t]*(?:1[89]|[2-9]\d)(?:[ \t]*(?i:yrs?|years?(?:[ \t]+old)?|y/o|yo))?[ \t]*[),]")


_LABEL_AT_END = re.compile(r"(?:^|[ \t])(?:DOB|D\.O\.B\.?)$")


def find_children(text: str, *, today: date) -> list[Child]:
    """Children in ``text`` in order of appearance, a labelled "Children: …" field included."""
    found: list[Child] = []
    adults: set[str] = set()

    def add(raw: str, pos: int, dob: date | None, ev: str, age: int | None = None) -> None:
        if has_title_before(text, pos) or re.match(r"(?i:mr|mrs|ms|miss|mx|dr|pc)\.?\s", raw):
            return
        name = clean_name(raw)
        # (a place has no age or date of birth: "Archie Lane (3 years)" is a boy, "Mill Lane" a street)
        if not name or (any(_PLACE_IN.fullmatch(w) for w in raw.split()) and dob is None and not age) or \
                _PLACE_AFTER.match(text, pos + len(raw)):
            return
        if (dob is not None and (age_on(dob, today) >= 18 or dob > today)) or _ADULT_AGE_AFTER.match(text, pos + len(raw)):
            adults.add(_key(name))
            return
        found.append(Child(name, dob, ev.strip()[:200], pos, age))

    for m in _NAME_THEN_DOB.finditer(text):
        if ds := find_dates(m.group("date"), today):
            add(m.group("name"), m.start("name"), ds[0].value, m.group(0))
    for m in _WITH_DOB.finditer(text):
        ds = find_dates(m.group("date"), today)
        # (the name may have taken the label in as a word: "Teddy Morgan-Price DOB 19/09/2052")
        labelled = m.group("label") or _LABEL_AT_END.search(m.group("name"))
        if ds and not labelled and age_on(ds[0].value, today) < 1:
            continue  # an unlabelled recent date is an event ("Rachel Toohey | 13/11/2026")
        if ds:
            add(m.group("name"), m.start("name"), ds[0].value, m.group(0))
    # ... and one typed all in capitals the same way: "JAYDEN COOMBE DOB 04/05/2031"
    for m in _LOWER_DOB.finditer(text.lower() if _shouting(text) else text):
        ds = find_dates(m.group("date"), today)
        if ds and ds[0].has_year:
            add(_capitalised(m.group("name")), m.start("name"), ds[0].value, m.group(0))
    # ... and a name with its age typed all in capitals: "KAYDEN MULLIGAN HE'S 6" (read in title case,
    # so only where an age follows the name)
    aged = list(_WITH_AGE.finditer(text)) + (list(_WITH_AGE.finditer(_title_case(text))) if _shouting(text) else [])
    for m in aged:
        age = m.group("age") or m.group("age2") or m.group("age3") or m.group("age4") or m.group("age5") or m.group("age9")
        if m.group("age6"):
            age = "0"  # "(17 months)"
        if m.group("age8"):
            if _PREGNANT.match(text, m.end()):
                continue  # "Sam Hill, who is 32 weeks pregnant"
            age = "0" if m.group("unit8").lower()[:1] in ("m", "w") else m.group("age8")
        if m.group("age7"):
            if _PARENT_BEFORE.search(text[max(0, m.start() - 20):m.start()]) or \
                    _OPENER.match(m.group("name")) or _PREGNANT.match(text, m.end()):
                continue  # "Mum, Jade Cope, is 31 weeks pregnant"; "As Freya is 3" (a first name only)
            age = "0" if (m.group("unit") or "").lower()[:1] in ("m", "w", "d") else m.group("age7")
        if age is not None and not age.isdigit():
            age = str(_NUMBER_VALUES[age.lower()])  # "is eleven", "who's eight": under eighteen by the list
        if age is None or int(age) < 18:
            add(m.group("name"), m.start("name"), None, m.group(0), None if age is None else int(age))
    for m in _OWN_NAME.finditer(text):
        if (age := _own_age(m)) < 18:
            add(m.group("name"), m.start("name"), None, m.group(0), age)
    for m in _ABOUT.finditer(text):
        if not _ROLE_WORD.search(m.group("name")) and not re.search(r"['’]s$", m.group("name")):
            add(m.group("name"), m.start("name"), None, m.group(0))
    for rx in (_ABOUT_DASH, _FULL_NAME):
        for m in rx.finditer(text):
            for g in ("name", "name2"):  # "Step-down - Leon Price-Watkins and Harley Watkins - plan"
                name = m.groupdict().get(g)
                if name and not _ROLE_WORD.search(name) and len(name.split()[0].rstrip(".")) > 1:
                    add(name, m.start(g), None, m.group(0))  # not an initial: "referral - J Cartwright"
    for m in _TOLD_A_TEACHER.finditer(text):
        first = m.group("name").split()[0]  # not "In March Chidera", "July Jayden"
        if first.lower() not in NOT_NAME and first.lower() not in MONTHS and \
                not re.fullmatch(r"(?i)in|on|at|by|since|after|before|when|then|and|but|so|last|this|today|yesterday", first):
            add(m.group("name"), m.start("name"), None, m.group(0))
    for rx in (_CALLED, _ARRIVED, _IN_A_CLASS):
        for m in rx.finditer(text):
            if not _ROLE_WORD.search(m.group("name")) and len((clean_name(m.group("name")) or "").split()) >= 2 and \
                    not _PARENT_BEFORE.search(text[max(0, m.start() - 20):m.start()]):
                add(m.group("name"), m.start("name"), None, m.group(0))
    for m in _PAIR_AGES.finditer(text):
        if int(m.group("n1")) < 18 and int(m.group("n2")) < 18:
            for g, n in (("a", "n1"), ("b", "n2")):
                add(m.group(g), m.start(g), None, m.group(0), int(m.group(n)))
    for m in _AT_SCHOOL.finditer(text):
        if not _ROLE_WORD.search(m.group("name")) and len(m.group("name").split()) >= 2:
            add(m.group("name"), m.start("name"), None, m.group(0))
    for m in _WITH_ID.finditer(text):
        key = "name" if m.group("name") else "name2"
        add(m.group(key), m.start(key), None, m.group(0))
    for m in _WHOSE_STEP.finditer(text):
        first = m.group("name").split()[0]  # not "Forwarding Lauren's step down", "Here's Bethan's step up"
        if first.lower() not in NOT_NAME and not re.search(r"ing$|['’]", first):
            add(m.group("name"), m.start("name"), None, m.group(0))
    for m in (*_RELATION.finditer(text), *_CHILD_OF.finditer(text)):
        if not _ROLE_WORD.search(m.group("name")):
            add(m.group("name"), m.start("name"), None, m.group(0))
    for m in _PAIR.finditer(text):
        a, b = clean_name(m.group("a")), clean_name(m.group("b"))
        if a and b and a.split()[-1] == b.split()[-1] and a != b and \
                not _PARENTS_BEFORE.search(text[max(0, m.start() - 40):m.start()]):
            # (not "his grandparents, Graham Whittall and Pauline Whittall"; the date twins share,
            # "Ezra Marsh-Obeng and Eden Marsh-Obeng (twins, DOB 19/05/2034)", is given by _shared_dobs)
            add(m.group("a"), m.start("a"), None, m.group(0))
            add(m.group("b"), m.start("b"), None, m.group(0))
            # ... and the brothers and sisters listed before them: "Nusrat Khatun, Tahmina Khatun and Farhana Khatun"
            at = m.start("a")
            for _ in range(4):
                more = _LISTED_BEFORE.search(text[max(0, at - 60):at])
                if not more or more.group("sur") != a.split()[-1]:
                    break
                at = max(0, at - 60) + more.start("n")
                add(more.group("n"), at, None, m.group(0))
    for m in _FIRSTS_AND_SURNAME.finditer(text):
        a, b, sur = m.group("a"), m.group("b"), m.group("sur")
        before = text[max(0, m.start() - 40):m.start()]
        if not (_SIBLINGS_CUE.search(before) or (m.group("pre") and any(c.name.split()[-1] == sur for c in found))) or sur in (a, b) or _ORG_WORD.fullmatch(sur) or \
                _ORG_BEFORE.search(before.rsplit("\n", 1)[-1]) or \
                any(_ROLE_WORD.search(w) or w.lower() in NOT_NAME for w in (a, b, sur)) or _PARENTS_BEFORE.search(before):
            continue  # "Ivy Luscombe and Noah Luscombe" (a pair, above), "Bromyard and Ledbury Locality"
        # "the twins Oisín and Cillian Ó Briain, DOB 14/04/2021": twins share the date
        dob = _shared_dob(_DOB_AFTER_PAIR.match(text, m.end()) if _TWINS.search(before) else None, today)
        for first in (m.group("pre") or "").replace(",", " ").split():
            if not _ROLE_WORD.search(first) and not _ORG_WORD.fullmatch(first):
                add(f"{first} {sur}", m.start("pre") + m.group("pre").find(first), dob, m.group(0))
        add(f"{a} {sur}", m.start("a"), dob, m.group(0))
        add(f"{b} {sur}", m.start("b"), dob, m.group(0))
    for rec in table_records(text):
        first_key = next((k for k in rec.cells if _FIRST_COL.match(k.strip())), None)
        last_key = next((k for k in rec.cells if _LAST_COL.match(k.strip())), None)
        if first_key and last_key:
            rec.cells["name"] = f"{rec.cells[first_key].strip()} {rec.cells[last_key].strip()}"
        name_key = next((k for k in rec.cells if _NAME_COL.match(k.strip())), None)
        dob_key = next((k for k in rec.cells if _DOB_COL.match(k.strip())), None)
        # a row of the child table names a person and gives a date ("Lola Mercer | 12/01/2031"); a
        # form's next rows under it ("What are we worried about? | …", "Past Harm | 2029: Tyler
        # was hit …") are questions and prose, not children
        if name_key and dob_key and len(rec.cells[dob_key].split()) <= 4 and \
                _person_like(who := _first_name_first(rec.cells[name_key]).strip()):
            ds = find_dates(rec.cells[dob_key].replace("/ ", "/"), today)
            add(who, rec.start, ds[0].value if ds else None, rec.line)
        # ... or an age ("Name | Age | Arrived" over "Kayla Bowen | 8 | 07:40")
        age_key = next((k for k in rec.cells if _AGE_COL.match(k.strip())), None)
        if name_key and age_key and not dob_key and (age := re.fullmatch(r"\s*(\d{1,2})\s*", rec.cells[age_key])) and \
                int(age.group(1)) < 18 and _person_like(who := _first_name_first(rec.cells[name_key]).strip()):
            add(who, rec.start, None, rec.line, int(age.group(1)))
    for m in _POLICE_NAME.finditer(text):
        ds = find_dates(m.group("date"), today) if m.group("date") else []
        age = int(m.group("age")) if m.group("age") else None
        if (ds and ds[0].has_year) or (age is not None and age < 18):
            add(f"{m.group('first')} {_surname_case(m.group('sur'))}", m.start(), ds[0].value if ds else None, m.group(0), age)
    for m in _CHILD_FIELD.finditer(text):
        # the value ends at a tab, a wide gap ("Child: T. O'Sullivan    Assessor: ...") or the end of
        # its sentence ("Children: Tyler and Evie. They live with their mum, Donna ..."); a DOB
        # labelled on the rest of the line is still the child's ("Child: X   DOB: 01/10/2026")
        full = _first_name_first(m.group("val").split("\t")[0]) if _SURNAME_FIRST.match(m.group("val").split("\t")[0].strip()) \
            else m.group("val")
        val = re.split(r"\t|[ \t]{3,}|(?<=[a-z\d)])\.\s+(?=[A-Z])", full)[0]
        rest_dob = re.search(rf"{_DOB_LABEL}[ \t]*[:\-–|]?[ \t]*(?P<d>[^\t]{{1,30}})", full[len(val):])
        for part in re.split(r"[;,]\s*(?=[^\d\s])|\s+and\s+", val):
            ds = find_dates(part, today) or (find_dates(rest_dob.group("d"), today) if rest_dob and part == val else [])
            nm = re.search(NAME, part)
            if nm and clean_name(nm.group(0)):
                add(nm.group(0), m.start("val") + val.find(part), ds[0].value if ds else None, m.group(0))
            elif ds and found and found[-1].pos >= m.start("val") and found[-1].dob is None and \
                    age_on(ds[0].value, today) < 18 and ds[0].value <= today:
                found[-1].dob = ds[0].value  # "Pupil: Poppy Tozer, Reception (Kittiwake Class), DOB 11/01/2036"
    for m in _PATIENT.finditer(text):
        if ds := find_dates(m.group("date"), today):
            add(m.group("name"), m.start("name"), ds[0].value, m.group(0))
    _aged_in_the_next_sentence(text, add)
    _key_value_child(text, today, add)
    _headed_list(text, today, add)
    _named_across_sentences(text, add)
    shouting = _shouting(text)
    _aged_by_first_name(_title_case(text) if shouting else text, add, {c.name.split()[0] for c in found}, 1 if shouting else 2)
    _shared_dobs(text, today, found)
    children = merge([c for c in found if _key(c.name) not in adults])
    _dob_by_first_name(text, today, children)
    if len(children) == 1 and children[0].dob is None:
        # a form about one child: its one "Date of birth | 06-Mar-2010" row is that child's
        rows = [d for m in _DOB_ROW.finditer(text) for d in find_dates(m.group("date"), today)[:1]
                if _a_childs_dob(d, today)]
        if len({d.value for d in rows}) == 1:
            children[0].dob = rows[0].value
    return children


def _title_case(text: str) -> str:
    """Each word with a capital and the rest in lower case, the same length as ``text``."""
    return re.sub(r"[^\W\d_][\w'’-]*", lambda w: w.group(0)[0].upper() + w.group(0)[1:].lower(), text)


def _shouting(text: str) -> bool:
    """A text typed in capitals: almost no lower-case letters among many."""
    upper = sum(map(str.isupper, text))
    return upper >= 40 and sum(map(str.islower, text)) < upper // 20


_DOB_ROW = re.compile(r"^[ \t]*(?i:DOB|D\.O\.B\.?|date of birth)[ \t]*[:|\t][ \t]*(?P<date>[^\n]{1,40})$", re.M)


# Children named across sentences: first names where the request says who it is for, and the
# surname in a sentence of its own. "The step down is for Amelia and Noah. Both children have
# their dad's surname, Whitlock"; "for Mia. Her younger brother Theo ... both children are
# Okafor-Reid"; "Lily's surname is Haines; Mason is Mason Pugh-Haines".
_FIRST = r"[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?"
_SUR = r"[A-Z][A-Za-zà-ÿ'’]*[a-zà-ÿ](?:-[A-Z][A-Za-zà-ÿ'’]*[a-zà-ÿ])?"
# A child named by a parent or grandparent of theirs: "Leah Markham's stepdad", "Shanice Reid's mum"
# (an adult with a title is left out by ``add``: "Mrs Begum's parents")
_CHILD_OF = re.compile(
    rf"(?<![\w'’-])(?![A-Za-z]+['’](?:s|m|re|ll|d|ve)\b)(?!(?:St|Saint)\.?[ \t])(?P<name>{_FIRST}[ \t]+{_SUR})(?:'s|’s)[ \t]+(?i:mum|mummy|mother|dad|daddy|father|step-?dad|step-?mum|step-?father|step-?mother|"
    rf"nan|nana|nanna|gran|granny|grandma|grandmother|grandad|grandfather|grandparents|parents|"
    # ... or whoever looks after or teaches a child: "Ruby Castle's foster carer rang me"
    rf"foster[- ]?(?:carers?|mum|dad|parents?|placement)|class teacher|teachers?|school|nursery|childminder)\b")
_KIN = r"(?i:(?:his|her|their)\s+(?:(?:younger|older|little|big|baby|twin)\s+)?(?:half-|step-)?(?:brother|sister|sibling))"
_FOR_FIRSTS = re.compile(
    rf"\b(?i:step[- ]?(?:up|down)|request|referral)(?:\s+(?i:request|referral))?\s+(?i:is\s+)?(?i:for)\s+(?P<a>{_FIRST})"
    rf"(?:\s+(?:and|&)\s+(?:{_KIN}\s+)?(?P<b>{_FIRST}))?(?=[\s.,;:!])")
_KIN_FIRST = re.compile(rf"\b{_KIN}[ \t]+(?P<a>{_FIRST})\b")
_SHARED_SURNAME = re.compile(
    rf"\b(?i:both children|both of them|the children|they|both)\s+(?i:are|have)\s+(?:[^.;\n]{{0,30}}?(?i:surname|family name),?\s+)?(?P<sur>{_SUR})\b")
_OWN_SURNAME = re.compile(rf"\b(?P<first>{_FIRST})(?:'s|’s)\s+(?i:surname|family name|last name)\s+(?i:is)\s+(?P<sur>{_SUR})\b")
_OWN_FULL = re.compile(rf"\b(?P<first>{_FIRST})\s+(?i:is)\s+(?P=first)\s+(?P<sur>{_SUR})\b")


# A full name, then the age in the next sentence: "I'm with Rayan Chowdhury now at the youth
# project. He's 14." (the last full name of the sentence before; not "he's 14 weeks" or "is 14:30")
_PRONOUN_AGE = re.compile(r"(?<=[.!?])[ \t]+(?i:he|she)(?:'s|’s|[ \t]+is)[ \t]+(?P<age>\d{1,2})"
                          r"(?:[ \t]*(?i:years?(?: old)?|yrs?))?[ \t]*(?=[.,;!]|$|[ \t]+and\b)", re.M)
_FULL = re.compile(_NAME)


def _aged_in_the_next_sentence(text: str, add) -> None:
    for m in _PRONOUN_AGE.finditer(text):
        if int(m.group("age")) >= 18:
            continue
        start = max(text.rfind(c, 0, m.start() - 1) for c in ".!?\n") + 1
        names = [n for n in _FULL.finditer(text, start, m.start())
                 if len((clean_name(n.group(0)) or "").split()) >= 2 and not _ROLE_WORD.search(n.group(0))]
        if names:
            add(names[-1].group(0), names[-1].start(), None, text[names[-1].start():m.end()], int(m.group("age")))


# "Patient: Maryam Ali. DOB 22/04/2057" (a clinic's notification; an adult patient's DOB makes no child)
_PATIENT = re.compile(rf"^[ \t]*(?i:patient(?:'s name)?)[ \t]*[:|\t][ \t]*(?P<name>{_NAME})[ \t]*[.,;]?[ \t]*"
                      rf"{_DOB_LABEL}[ \t]*[:\-–]?[ \t]*(?P<date>(?i:{DATE_RE.pattern}))", re.M)


def _named_across_sentences(text: str, add) -> None:
    firsts: dict[str, int] = {}
    for m in _FOR_FIRSTS.finditer(text):
        for g in ("a", "b"):
            if m.group(g) and m.group(g).lower() not in NOT_NAME:
                firsts.setdefault(m.group(g), m.start(g))
    if not firsts:
        return
    for m in _KIN_FIRST.finditer(text):
        if m.group("a").lower() not in NOT_NAME:
            firsts.setdefault(m.group("a"), m.start("a"))
    own = {m.group("first"): m.group("sur") for rx in (_OWN_SURNAME, _OWN_FULL) for m in rx.finditer(text)
           if m.group("first") in firsts}
    shared = next((m.group("sur") for m in _SHARED_SURNAME.finditer(text)
                   if m.group("sur").lower() not in NOT_NAME and m.group("sur") not in firsts), None)
    for first, pos in firsts.items():
        sur = own.get(first) or shared
        if sur:
            add(f"{first} {sur}", pos, None, f"{first} ... {sur}")


# A first name given an age under 18 ("Imran is 13", "Kacey, she's 14") and the full name written
# once elsewhere ("I'm Imran Miah's big sister"): the child, by the full name.
_FIRST_AGED = re.compile(rf"(?<![\w'’-])(?P<first>{_FIRST}),?[ \t]+(?:is|(?i:he|she)(?:'s|’s|[ \t]+is))[ \t]+(?P<age>\d{{1,2}})\b"
                         rf"(?![ \t]*(?:[:.%]\d|(?i:am|pm|minutes?|mins?|hours?|percent|miles|o'clock|weeks? pregnant)\b|%))")
_NOT_A_SURNAME = NOT_NAME | {"he", "she", "they", "his", "her", "him", "is", "has", "was"}


def _aged_by_first_name(text: str, add, known: set[str], surnames: int) -> None:
    """``surnames``: how many capitalised words after the first name make the surname ("Ní Bhriain");
    one in a text typed in capitals, where every word is capitalised."""
    for m in _FIRST_AGED.finditer(text):
        first, age = m.group("first"), int(m.group("age"))
        if first in known:
            continue  # named in full already: "Siobhán Ní Bhriain"
        before = text[max(0, m.start() - 30):m.start()]
        if age >= 18 or first.lower() in NOT_NAME or _ROLE_WORD.fullmatch(first) or _PARENT_BEFORE.search(before) or \
                re.search(r"[A-Z][\w'’-]*[ \t]+$", before):
            continue  # a surname, not a first name: "Kayden Mulligan he's 6" is read with its age above
        full = next((f for f in re.finditer(rf"(?<![\w'’-]){re.escape(first)}[ \t]+(?P<sur>{_SUR}(?:[ \t]+{_SUR}){{0,{surnames - 1}}})\b", text)
                     if f.group("sur").lower() not in _NOT_A_SURNAME and not _ROLE_WORD.fullmatch(f.group("sur"))
                     and not _ORG_WORD.fullmatch(f.group("sur")) and not _PLACE_IN.fullmatch(f.group("sur"))), None)
        if full:
            surname = re.sub(r"['’]s$", "", full.group("sur"))  # "Imran Miah's big sister"
            add(f"{first} {surname}", full.start(), None, f"{full.group(0)} ... {m.group(0)}", age)


# What follows a child's name when it gives the date of birth: "- DOB 11/04/2017", "is 7 (04/04/2020)".
# Compiled once: a pattern built per child costs more to compile than the whole search.
_DOB_AFTER_NAME = re.compile(
    rf"(?![ \t]+[{UPPER}])[^.\n{UPPER}]{{0,25}}?"
    rf"(?:{_DOB_LABEL}[ \t]*[:\-–]?[ \t]*(?:the[ \t]+)?|\bis\s+\d{{1,2}}[ \t]*\((?:{_DOB_LABEL}[ \t]*[:\-–]?[ \t]*)?)"
    rf"(?P<date>(?i:{DATE_RE.pattern}))")


def _dob_by_first_name(text: str, today: date, children: list[Child]) -> None:
    """A date of birth told against a child's first name once the full name is known: "Poppy - DOB
    11/04/2017", "Freddie is 7 (DOB 04/04/2020) and Isla is 4 (29.10.22)". Only a labelled date, or
    one in brackets straight after the child's age, and only for a first name no other child has."""
    firsts = [c.name.split()[0] for c in children]
    for ch in children:
        first = ch.name.split()[0]
        if ch.dob is not None or firsts.count(first) > 1:
            continue
        rest = ch.name.split(maxsplit=1)[1]
        for name in re.finditer(rf"(?<![\w'’-]){re.escape(first)}(?P<rest>[ \t]+{re.escape(rest)})?\b", text):
            # the full name where it is written, else the first name alone
            ends = [name.end(), name.start("rest")] if name.group("rest") else [name.end()]
            m = next((m for end in ends if (m := _DOB_AFTER_NAME.match(text, end))), None)
            if not m:
                continue
            ds = find_dates(m.group("date"), today)
            if ds and _a_childs_dob(ds[0], today):
                ch.dob, ch.evidence = ds[0].value, text[name.start():m.end()][:200]
                break


def children_in_title(title: str) -> list[Child]:
    """The children an invitation's title names after its dash: "Step-down drop-in - Leon
    Price-Watkins and Harley Watkins [SB-…]", "Under-5s triage - Finn Tolchard (LCS-2498111)". A
    family's surname alone ("- Kavanagh") names no child; nor does a meeting name with no dash."""
    title = re.sub(r"\[[^\]]*\]|\([^)]*\)|@.*$", " ", title or "")
    return _names_in_segments(title, re.split(r"\s[-–—]\s", title)[1:])


def _names_in_segments(title: str, segments, accept=lambda name: True) -> list[Child]:
    """The children of each segment of ``title`` that is nothing but names ("Leon Price-Watkins and
    Harley Watkins"), every one of them ``accept``-ed."""
    out: list[Child] = []
    for seg in segments:
        parts = re.split(r"\s*(?:,|\band\b|&)\s*", seg.strip(" ,;"))
        names = [clean_name(p) for p in parts]
        if parts and all(n and re.fullmatch(NAME, p) and n == p and accept(n) for n, p in zip(names, parts)):
            out += [Child(n, None, seg.strip()[:200], title.find(seg)) for n in names]
    return out


# What a subject may carry beside a child's name: "Theo Marchetti-Byrne Y4", "baby Jaxon Tully
# EHM-53402", "Keira Morley (2573309)", "Oliver Mead, Year 4"
_SUBJECT_TAGS = re.compile(r"\[[^\]]*\]|\([^)]*\)|\b(?i:baby|(?:year|yr)[ \t]*\d{1,2}|Y\d{1,2}|(?:EHM|LCS|ICS|Mosaic|NHS)[\s:-]*[\w-]*\d[\d ]*)\b"
                           # ... or an age after the name: "Ella-Rose Dyer 14 - gone to meet a man"
                           r"|\b(?i:aged?[ \t]*)?(?:[1-9]|1[0-7])(?i:[ \t]*(?:yo|y/o|yrs?|years?(?: old)?))?\b(?=[ \t]*(?:$|[-–—|,]))")
_SUBJECT_PREFIX = re.compile(r"^(?:\s*(?:re|fw|fwd|aw|sv)\s*:\s*)+", re.I)


_AN_ADULT_SAID = re.compile(r"(?i)\bnot a child\b|\badults?\b|\baged? (?:1[89]|[2-9]\d)\b")


def named_in_subject(subject: str, sender: str = "", text: str = "") -> list[Child]:
    """A subject whose part between dashes is a person's name alone names the child it is about:
    "Kayla-Mae Tozer - need someone to ring me now", "Probably nothing - Freya Yeo", "Step up today -
    baby Jaxon Tully EHM-53402". Not the sender's own name, not a person the subject calls an adult,
    and not a heading ("Immediate Risk Screening"): the mail's ``text`` writes a name's first name
    with its capital, and none of its words in lower case."""
    if _AN_ADULT_SAID.search(subject or ""):
        return []
    title = _SUBJECT_TAGS.sub(" ", _SUBJECT_PREFIX.sub("", subject or ""))
    words = set(re.findall(r"[\w'’-]+", text))

    def a_childs(n: str) -> bool:
        borne_out = n.split()[0] in words and not any(w.lower() in words for w in re.split(r"[\s-]+", n) if w.lower() != w)
        return not _ROLE_WORD.search(n) and not _ORG_WORD.search(n) and n.casefold() not in sender.casefold() and \
            (not text or borne_out)

    return _names_in_segments(title, [" ".join(seg.split()) for seg in re.split(r"\s[-–—|]\s|:\s", title)], a_childs)


def _shared_dob(m: re.Match | None, today: date) -> date | None:
    """The one date of birth told after a pair of twins (with its year), or None."""
    ds = find_dates(m.group("date"), today) if m else []
    return ds[0].value if ds and ds[0].has_year else None


def _a_childs_dob(d, today: date) -> bool:
    """A found date that can be a child's date of birth: with its year, not after today, under 18."""
    return d.has_year and d.value <= today and age_on(d.value, today) < 18


# ... also as a correction: "Mia's DOB should read 12/03/2031, not 21/03/2031"
_LABELLED_DOB = re.compile(rf"{_DOB_LABEL}[ \t]*[:\-–]?[ \t]*(?:(?i:should|must)[ \t]+(?i:read|be|say)[ \t]+|(?i:is|was)[ \t]+(?i:actually|in fact)[ \t]+)?"
                           rf"(?:the[ \t]+)?(?P<date>(?i:{DATE_RE.pattern}))")


# A date of birth put right in a later mail: "Poppy's date of birth is 12/03/2043, not 21/03/2043",
# "DOB should read 30/06/2039, not 03/06/2039"
_A_DATE = r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Za-z]{3,9}[ \t]+\d{4}"
_CORRECTED = re.compile(rf"{_DOB_LABEL}[^\n.]{{0,25}}?(?:is|should (?:read|be)|=|:)[ \t]*(?P<new>{_A_DATE})"
                        rf"[ \t]*,?[ \t]*(?:and[ \t]+)?(?i:not|rather than|instead of)[ \t]+(?:the[ \t]+)?(?P<old>{_A_DATE})")


def corrected_dobs(text: str, today: date) -> list[tuple[date, date]]:
    """(right, wrong) for each date of birth the text puts right."""
    out = []
    for m in _CORRECTED.finditer(text):
        new, old = find_dates(m.group("new"), today), find_dates(m.group("old"), today)
        if new and old:
            out.append((new[0].value, old[0].value))
    return out


def labelled_dobs(text: str, today: date) -> list[date]:
    """The dates of birth a text gives with their label ("DOB 14.03.2018", "born on 2 May 2019"),
    whoever they belong to: on or before today, under 18."""
    out = []
    for m in _LABELLED_DOB.finditer(text or ""):
        ds = find_dates(m.group("date"), today)
        if ds and _a_childs_dob(ds[0], today) and ds[0].value not in out:
            out.append(ds[0].value)
    return out


# A case system's "SURNAME, First" (Mosaic, LCS, EHM lists): the name as people write it.
# A second given name follows a space or hyphen, never a tab (the next column: "ARSLAN, Deniz<TAB>Female").
_SURNAME_FIRST = re.compile(r"^(?P<sur>[A-Z][A-Z'’-]+(?:[ \t][A-Z][A-Z'’-]+)*),[ \t]*(?P<first>[A-Z][a-zà-ÿ'’-]+"
                            r"(?:[ -](?!(?:Male|Female|Other|Unknown)$)[A-Z][a-zà-ÿ'’-]+)?)$")


_PARTICLES = {"ap", "ab", "ó", "o", "ní", "nic", "mac", "mc", "de", "da", "di", "du", "del", "della", "van", "von", "der",
              "den", "le", "la", "bin", "bint", "ibn", "el", "al", "dos", "das"}


def _person_like(cell: str) -> bool:
    """A table cell that is a person's name: capitalised words, lower-case particles between
    ("Gwenllïan ap Dafydd"), nothing else ("What are we worried about?", "Agreement by line manager")."""
    words = cell.split()
    return bool(words) and len(words) <= 5 and re.fullmatch(WORD, words[0]) is not None and \
        all(re.fullmatch(WORD, w) or w.lower() in _PARTICLES for w in words)


def _first_name_first(cell: str) -> str:
    m = _SURNAME_FIRST.match(cell.strip())
    return f"{m.group('first')} {_surname_case(m.group('sur'))}" if m else cell


def _surname_case(sur: str) -> str:
    """ "OKAFOR-LEWIS" → "Okafor-Lewis", "McGUIRE" → "McGuire", "O'BRIEN" → "O'Brien"."""
    return " ".join("-".join(re.sub(r"^(Ma?c)(\w)", lambda m: m.group(1) + m.group(2).upper(), w.title()) if re.match(r"Ma?c[A-Z]{2}", w)
                             else w.title() for w in part.split("-")) for part in sur.split())


# A police or health notification's person, surname first in capitals, with a date of birth or an
# age: "DUFFY, Tiana   DOB 17/08/2033", "HARTLEY, Noah   AGE 9", "McGUIRE, Rio  DOB 02/02/2040"
_POLICE_NAME = re.compile(
    rf"(?<![\w'’-])(?P<sur>(?:Ma?c)?[A-Z][A-Z'’]+(?:-(?:Ma?c)?[A-Z][A-Z'’]+)?),[ \t]+(?P<first>[{UPPER}][a-zà-ÿ'’]+(?:-[{UPPER}][a-zà-ÿ'’]+)?)"
    rf"[ \t]+(?:(?i:DOB|D\.O\.B\.?)[ \t:]*(?P<date>(?i:{DATE_RE.pattern}))|(?i:AGE|aged)[ \t:]*(?P<age>\d{{1,2}})\b)")


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


# "Child | Name", "Child 1 - name | Harley Carberry", "Young person's full name: ..."; then its
# "DOB | ..." or "Child 1 - date of birth | ..." row
_CHILD_NAME_ROW = re.compile(
    rf"^\s*(?:(?:Child|Young person)(?:'s|’s)?(?:\s*\d{{1,2}})?(?:\s*[-–]?\s*(?:full\s+)?name)?|Name of child(?:\s*\d{{1,2}})?)"
    rf"\s*[|:\t ]\s*(?P<name>{NAME})\s*$")
_CHILD_DOB_ROW = re.compile(r"^\s*(?:(?:child|young person)(?:\s*\d{1,2})?\s*[-–]?\s*(?:'s|’s)?\s*)?(?:DOB|D\.O\.B|Date of birth)\b", re.I)


# One date of birth told for a group: "Mason Hesketh and Millie Hesketh, twins, both DOB 14/03/2051",
# "Seren Jones and Dafydd Jones, who are twins (DOB 07/09/2041)", "… Farhana Khatun (all DOB 04/04/2042, Year 5)",
# "both born 17.06.2037"
_SHARED_DOB = re.compile(rf"(?:(?i:\b(?:twins?|triplets?|quads|quadruplets)\b)[ \t]*[,(:–-]?[ \t]*(?:(?i:both|all)[ \t]+)?"
                         rf"|(?i:\b(?:both|all)\b)[ \t]+){_DOB_LABEL}[ \t]*[:\-–]?[ \t]*(?P<date>(?i:{DATE_RE.pattern}))")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n\s*\n")


def _shared_dobs(text: str, today: date, found: list[Child]) -> None:
    """A date of birth told once for the children named just before it in the same sentence: each
    of them without a date of birth takes it."""
    for m in _SHARED_DOB.finditer(text):
        ds = find_dates(m.group("date"), today)
        if not ds or not _a_childs_dob(ds[0], today):
            continue
        start = max((e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())), default=0)
        for c in found:
            if start <= c.pos < m.start() and c.dob is None:
                c.dob = ds[0].value


# A heading over a list of the children, one a line: "Children (twins, both DOB 09/11/2041):" then
# "Kayla Roughley - ICS-2417730 - Year 6" …, each line's own DOB or else the heading's shared one
_LIST_HEADING = re.compile(r"^[ \t]*(?i:(?:the[ \t]+)?(?:children|siblings|twins|triplets|young people)|child(?:ren)?(?:'s|’s)?[ \t]+names?)"
                           r"\b[^\n:]{0,60}:[ \t]*$", re.M)
_LIST_ROW = re.compile(rf"^[ \t]*(?:[-•*][ \t]*|\d+[.)][ \t]*)?(?P<name>[{UPPER}][\w'’-]+(?:[ ][{UPPER}][\w'’-]+){{1,3}})(?=[ \t]*(?:[-–—,(|:\t]|$))")


def _headed_list(text: str, today: date, add) -> None:
    for h in _LIST_HEADING.finditer(text):
        shared = _SHARED_DOB.search(h.group(0))
        shared_dob = _shared_dob(shared, today) if shared else None
        pos = h.end() + 1
        for line in text[pos:].split("\n"):
            row = _LIST_ROW.match(line)
            if not line.strip() or not row:
                break
            if clean_name(row.group("name")) and not _ROLE_WORD.search(row.group("name")):
                ds = [d for d in find_dates(line[row.end():], today) if _a_childs_dob(d, today)]
                add(row.group("name"), pos + row.start("name"), ds[0].value if ds else shared_dob, line)
            pos += len(line) + 1


def _key_value_child(text: str, today: date, add) -> None:
    """A form with "Child | Name" on one line and "DOB | date" on the next."""
    lines = text.splitlines()
    offs, pos = [], 0
    for line in lines:
        offs.append(pos)
        pos += len(line) + 1
    for i, line in enumerate(lines):
        row = _boxed(line)  # "| Child        | Ruby Churston     |": a drawn table's row
        m = _CHILD_NAME_ROW.match(row)
        if not m:
            continue
        dob = None
        for nxt in lines[i + 1:i + 3]:
            if _CHILD_DOB_ROW.match(_boxed(nxt)):
                ds = find_dates(nxt, today)
                dob = ds[0].value if ds else None
        add(m.group("name"), offs[i] + max(line.find(m.group("name")), 0), dob, line)


def _boxed(line: str) -> str:
    """A row of a table drawn with pipes and padding, as "cell | cell"."""
    if not line.lstrip().startswith("|"):
        return line
    return " | ".join(cells(line))


def merge(children: list[Child]) -> list[Child]:
    """One entry per child, keeping the first position, any DOB and any stated age. The same child
    is the same name whatever its case, spacing or accents ("Zofia Wisniewska" in a file name is
    "Zofia Wiśniewska", written as the writer wrote it with its accents), or, with the same date of
    birth, a name whose words are all in a fuller one ("An Nguyen" is "Nguyễn Văn An")."""
    by_key: dict[str, Child] = {}
    for c in sorted(children, key=lambda c: c.pos):
        key = _folded(c.name)
        if key not in by_key:
            by_key[key] = c
        else:
            _absorb(by_key[key], c)
    out = list(by_key.values())
    for c in list(out):
        words = set(_folded(c.name).split())
        fuller = next((o for o in out if o is not c and c.dob is not None and o.dob == c.dob
                       and words < set(_folded(o.name).split())), None)
        if fuller is not None:
            fuller.pos = min(fuller.pos, c.pos)
            _absorb(fuller, c)
            out.remove(c)
    return sorted(out, key=lambda c: c.pos)


def _absorb(kept: Child, other: Child) -> None:
    if kept.dob is None and other.dob is not None:
        kept.dob, kept.evidence = other.dob, other.evidence
    if kept.age_years is None and other.age_years is not None:
        kept.age_years = other.age_years
    if _accents(other.name) > _accents(kept.name) and _folded(other.name) == _folded(kept.name):
        kept.name = other.name


def _folded(name: str) -> str:
    """The name without case, extra spaces or accents."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", _key(name)) if not unicodedata.combining(ch))


def _accents(name: str) -> int:
    return sum(not ch.isascii() for ch in name)
