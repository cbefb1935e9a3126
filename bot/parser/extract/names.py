"""Person names as written in mail: capitalised words (accents, hyphens, apostrophes, Irish
particles), without the greeting or label words that often precede them."""
from __future__ import annotations

import re
import unicodedata

# Capital letters of the Latin alphabets (Romanian "Ș", Vietnamese "Ễ" as well as "Á", "Ł"), for
# regular-expression classes: Python's ``re`` has no \p{Lu}.
UPPER = "A-Z" + "".join(ch for ch in map(chr, [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)])
                        if unicodedata.category(ch) == "Lu")
# A name's word: letters, with apostrophes and hyphens inside ("O'Neil", "Asante-Whitlock"); never
# a digit, so a case number written after a name ("Alfie Kavanagh ICS-1231044") is not part of it.
WORD = rf"[{UPPER}](?:[^\W\d_]|['’\-])*[^\W\d_]"
# a one-letter word inside a name is a particle or an initial ("Cian Ó Briain", "Mary J Blige")
NAME = rf"(?:{WORD}|[{UPPER}])(?:[ \t]+(?:{WORD}|[{UPPER}](?=[ \t]+[{UPPER}])))*[ \t]+(?:{WORD})"
NAME_RE = re.compile(NAME)
TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "pc", "ds", "dc", "cllr"}

# Words that are capitalised in these mails but are not names.
NOT_NAME = {w.lower() for w in """
Dear Hi Hello Hiya Morning Afternoon Good Re Fwd Fw Step Up Down Stepping Request Requesting
Child Children Child's Name Names DOB Date Birth Mosaic ID EHM LCS ICS Case Family First Early
Help Team Manager Social Worker Care Services Council MASH MAST TAF CIN CSC Level School Primary
Academy High College Hub Centre Center Borough London Tower Hamlets Knowsley Torbay Richmond
Wandsworth Herefordshire Children's Services Mum Dad Mother Father Nan Grandmother Grandfather Aunt
Uncle Sister Brother Plan Draft Assessment Summary Single Lead Practitioner Key Person Police
Pupil Student Learner Class Reception Since Until Whilst Although Room Policy Procedure Safety
NHS Teams Microsoft Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March
September October November December Thanks Kind Regards Many Best
Please The This That Our Your My His Her Their And Or For With Year Nursery Attachments Attached
Signed Consent Form Agreement Parent Carer Household Subject Sent From To Cc Yes No None Tbc
Appendix Profile Graded Toolkit Engaging Families Multi Agency Support Referral Minutes Meeting
Sibling Siblings Group Both Also Current Concerns Strengths Worries What Working Well Next Needs
Happen Contact Venue Time Tel Mob Mobile Phone Email Ref Reference Department Unit Service
Male Female Gender Sex Age Relationship Subject Baby
Met Saw Seen Visited Spoke Rang Called Asked Told Today Yesterday Tonight Update Following
Carers Disabilities Young
""".split()}


# Services and roles written in capitals, never a surname: "Halewood CAMHS", "Torbay NHS".
_SERVICE_ACRONYMS = {"CAMHS", "NHS", "SEND", "SENCO", "EHCP", "YOT", "YJS", "PCSO", "HMP", "MARAC", "MAPPA", "IDVA",
                     "ISVA", "CAFCASS", "NSPCC", "DWP", "SALT", "PRU", "ADHD", "ASD", "ASC", "CYPS", "IRO", "LADO",
                     "EDT", "DSL", "DDSL", "PPU", "MASH", "MAST", "AFC", "EHM", "ICS", "LCS", "CIN", "TAF", "CSC", "USA",
                     "UK", "EU", "OK"}


def first_names(names) -> frozenset[str]:
    """The first names of ``names``, casefolded: who a sentence that names one person is about."""
    return frozenset(w.casefold() for n in names for w in n.split()[:1])


def _a_surname_in_capitals(word: str, rest: list[str]) -> bool:
    """``word`` is in capitals among words that are not, and reads as a name, not an acronym."""
    return len(word) > 1 and word.isupper() and not any(w.isupper() for w in rest) and \
        bool(re.search(r"[AEIOUYÀ-ÝĀ-Ž]", word)) and word.strip("'’") not in _SERVICE_ACRONYMS


def clean_name(raw: str) -> str | None:
    """Drop leading non-name words; None when what is left is not a plausible name."""
    words = raw.split()
    if words and re.search(r"[a-z]['’]s$", words[-1]):
        words[-1] = words[-1][:-2]  # "Harvey Treloar's appointment": the possessive is not the name
    while words and (words[0].lower().strip("'’") in NOT_NAME or words[0].lower().rstrip(".") in TITLES):
        words = words[1:]
    while words and words[-1].lower().strip("'’") in NOT_NAME:
        words = words[:-1]
    if len(words) > 4:
        words = words[-3:]
    if len(words) < 2:
        return None
    # a surname in capitals, police and court style: "Kayden YEO", "Ruby-Rose SMITH-JONES"; or first,
    # as families who write the family name first do: "CHEN Yutong", "KOVÁCS Bence"
    for at, rest in ((-1, words[:-1]), (0, words[1:])):
        if _a_surname_in_capitals(words[at], rest):
            words[at] = "-".join(p.capitalize() for p in words[at].split("-"))
            break
    if any(w.isupper() and len(w) > 2 for w in words):
        return None  # acronyms: "EHM", "MASH"
    return " ".join(words)


def has_title_before(text: str, pos: int) -> bool:
    head = text[max(0, pos - 8):pos].lower()
    return bool(re.search(r"\b(mr|mrs|ms|miss|mx|dr|pc)\.?\s*$", head))
