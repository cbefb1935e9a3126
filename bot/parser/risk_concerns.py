"""The concerns an urgent account tells of, in the contract's concern ids (issue 17): the risk
reading's concepts mapped to concerns, so the duty team sees what the risk is, for every kind of
mail (a declined invitation's comment, a PS in a follow-up)."""
from __future__ import annotations

import re
from datetime import date

from bot.parser import risk
from bot.parser.extract.concerns import find_concerns, harm_to_an_adult, not_this_concern

# What the account that makes a mail urgent is about, in the contract's concern ids: an injury or a
# threat to the child is physical harm, sexual harm is sexual harm, exploitation is exploitation,
# whatever words (clinical, the child's own, shorthand) the risk reading recognised it by.
# (Not an overdose or tablets swallowed: that is the carer's or the child's own act, not harm done.)
_RISK_CONCERNS = {"harm": "physical_harm", "unexplained": "physical_harm", "filicide": "physical_harm",
                  "sexual": "sexual_harm", "exploitation": "exploitation", "care_refused": "neglect",
                  "alone": "neglect", "substance": "substance_misuse", "despair": "parental_mental_health",
                  "farewell": "parental_mental_health"}
# A child left without a carer is neglect; "went out at 8" or "wandered out" may be the child's own doing,
# and "if I grass he'll ... put me out on the landing" is a threat, not yet done.
_THREATENED = re.compile(r"(?i)\bif\b[^.]{0,60}\b(?:he|she|they|I|you|we)(?:'ll|’ll|\s+will|\s+would|'d|’d)\b[^.]*$")
_OWN_DOING = re.compile(r"^(?:gone|went|go|goes) out\b|^wander", re.I)
_TAKEN = re.compile(r"\b(?:overdose|tablets?|pills?|methadone|heroin|cocaine|drugs|cannabis|bleach|alcohol|vodka|"
                    r"medication|paracetamol|co-codamol)\b", re.I)


# Exploitation told as an adult grooming a child: met online, an adult "boyfriend", lying about his age
_GROOMED = re.compile(r"(?i)snapchat|snap\b|insta|tiktok|discord|roblox|online|boyfriend|\bbf\b|my mans?\b|"
                      r"looks? (?:a lot |much )?older|(?:is|'s|’s) (?:like |about |actually )?(?:1[89]|[2-9]\d)\b")


# Cutting a girl (FGM, "to be cleaned", "the thing done") is physical harm; a threat to hurt
# ("he'd throw me down them properly next time", "next time it will be worse") is harm promised.
_CUTTING = re.compile(r"(?i)FGM|genital|circumcis|cutting|(?:to be|get|getting|be|being) cut\b|clean|pur[ei]|closed|thing|"
                      r"ceremony|procedure|operation|"
                      r"sunnah?|khatna|khitan|tahara|gudniin|bondo|megrez")
_HARM_THREATENED = re.compile(r"(?i)\b(?:kill|hurt|harm|stab|burn|drown|smother|throw|beat|hit|belt|do (?:it|that) again|finish)\w*")


# A carer who cannot care because of what she hears or no longer knows is a parent's mental health
# crisis ("talking to the people in the TV", "didn't know who he was"); drink, drugs or tablets
# (the carer's or the child's own act) are not read as one here.
_MIND = re.compile(r"(?i)voices|\bTV\b|telly|television|know who|recogni[sz]e|forever|won't be (?:here|around)")


# A child taken and kept is a missing child: "has not brought them back", "we don't know where they
# are" (not the moment of taking, "drove off with her", nor an adult nobody can find).
_KEPT = re.compile(r"(?i)\bback\b|where (?:they|the (?:children|kids|two of them))\b")


# A child left without care is neglect, told by what the account shows rather than named: a carer
# who cannot be woken or stand with the child in her care ("nodding off at the counter with the
# twins in the buggy"), a child ill at home with nobody acting, a child out in the cold or the
# water, no food, no heating. Not where the account is of violence, a threat, sexual harm or an
# overdose (those are its concerns), nor a carer's own tablets, nor a baby "floppy" after harm.
_NEGLECT_SHOWN = frozenset({"deprived", "no_power", "hazard", "unwell", "incapacitated"})
_NOT_NEGLECT = {
    "hazard": frozenset({"filicide", "threat", "despair", "selfharm", "farewell", "belief", "harm"}),
    "unwell": frozenset({"harm", "violence", "sexual", "overdosed", "threat", "unexplained", "fear", "disclosure"}),
    "incapacitated": frozenset({"harm", "violence", "threat", "drink_driving", "overdosed", "selfharm", "despair"}),
}
_UNCONSCIOUS = re.compile(r"(?i)wake|woken|rous|asleep|nodding|nodded|gouch|passed out|collapsed|unconscious|"
                          r"keep (?:her|his) head|(?:barely|hardly|could not|couldn't|cannot|can't) stand")
_NOT_THE_NEGLECT = re.compile(r"(?i)floppy|collapsed|fits?\b")
# a place someone means to go or take a child, not where a child is: "I'm going in the river after
# tea", "the baby has to go in the river so the bad men don't get him"
_INTENDED = re.compile(r"(?i)\b(?:going|gonna|has to|have to|must|will|'ll|wants? to)\s+(?:\w+\s+){0,3}?(?:go|put|throw|take|jump)\b[^.]{0,30}$|\b(?:going|gonna)\s+$")
_OWN_TABLETS = re.compile(r"(?i)\b(?:tablets|pills|overdose|packets|morphine|medication)\b")


# An order or bail condition keeping an adult from the mother and children is domestic abuse told
# by its remedy ("his licence says no contact with mum", "bailed with conditions not to contact
# Stacey"); not a sex offender's conditions ("no contact with under-18s"), nor supervised contact.
_NOT_ABUSE_AT_HOME = frozenset({"sexual", "offender", "grooming"})
_CHILDREN_GENERALLY = re.compile(r"(?i)under[- ]?18|under[- ]?16|supervised")


def _shown_concern(name: str, words: str, account: str, concepts: set[str]) -> str | None:
    if name == "order":
        return None if concepts & _NOT_ABUSE_AT_HOME or _CHILDREN_GENERALLY.search(account) else "domestic_abuse"
    return "neglect" if _neglect_shown(name, words, account, concepts) else None


def _neglect_shown(name: str, words: str, account: str, concepts: set[str]) -> bool:
    if name not in _NEGLECT_SHOWN or concepts & _NOT_NEGLECT.get(name, frozenset()):
        return False
    if name == "incapacitated":
        return bool(_UNCONSCIOUS.search(words)) and not _OWN_TABLETS.search(account)
    if name == "unwell":
        return not _NOT_THE_NEGLECT.search(words) and not _TAKEN.search(account) and not _OWN_TABLETS.search(account)
    if name == "hazard":
        return not _INTENDED.search(account, 0, max(account.find(words), 0))
    return True


def _risk_concern(name: str, words: str) -> str | None:
    if name == "taken" and _KEPT.search(words):
        return "missing"
    if (name == "honour" and _CUTTING.search(words)) or (name == "threat" and _HARM_THREATENED.search(words)):
        return "physical_harm"
    if name == "incapacitated" and _MIND.search(words):
        return "parental_mental_health"
    return None


# What the sentences after the account add: abuse told by its kind (not neglect or an injury,
# which the account itself shows when they are what it is about); before it, who the adults are
# ("a non-molestation order", "she is in the refuge")
_TOLD_AFTER = frozenset({"sexual_harm", "exploitation", "substance_misuse", "missing"})
_NAMED_AROUND = frozenset({"domestic_abuse"})  # (by its own words: "a non-molestation order", "the refuge")

# Violence to the mother or a partner is domestic abuse ("strangled mum", "broke his partner's jaw");
# "pushed her into the banister", "held Lily against the wall" may be the child, the police on their
# way or a brick through the window anyone's doing
_TO_THE_MOTHER = re.compile(r"(?i)\b(?:mum|mummy|mam|mom|mother|partner|wife|girlfriend|husband|boyfriend)\b")
# ... and what the sentences around it say by name, not by a pronoun whose person they may not show
_DA_NAMED = re.compile(r"(?i)domestic|\bDV\b|\bDA\b|non[- ]molestation|restraining|occupation order|refuge|MARAC|IDVA|"
                       r"DVP[NO]|coercive|controlling|Clare's Law|flee|fled|fleeing")
# A woman writing of her own partner: "my husband beat me and my son", "my ex ... put his hands round my neck"
_MY_PARTNER = re.compile(r"(?i)\bmy (?:husband|partner|boyfriend|ex\b|ex-partner|ex-husband|fianc[eé])")
_AND_A_CHILD = re.compile(r"(?i)\s+(?:and|&)\s+(?:my|our|the|her|his)\s+(?:\w+\s+)?(?:son|daughter|child|children|kids?|boys?|girls?|baby)\b")
_TO_ME = re.compile(r"(?i)\b(?:me|my (?:neck|throat|face|head|arm|hair|eye))\b")
# (secrecy asked of a child is the abuse's own, not exploitation, whoever asks it: "told her not to tell her dad")
_SECRECY = re.compile(r"(?i)\btell\b|secret")


def concerns_of_the_risk(account: str, today: date | None, child_names=(), preceding: str = "",
                         following: str = "") -> dict[str, str]:
    """{concern: words} the urgent account tells of, whatever words (clinical, the child's own,
    shorthand, a second language) the risk reading recognised it by. ``preceding`` and
    ``following``: the sentences before and after it in its part, for who the adults are and the
    kinds of abuse they tell of."""
    found = dict(find_concerns(account))
    for text, kinds in ((preceding, _NAMED_AROUND), (following, _TOLD_AFTER | _NAMED_AROUND)):
        for concern, words in (find_concerns(text).items() if text else ()):
            if concern in kinds and (concern not in _NAMED_AROUND or _DA_NAMED.search(words)):
                found.setdefault(concern, words)
    tagged = [(sentence, risk.tag(sentence, today).concepts, True) for sentence in risk.split_sentences(account)]
    told = {name for _, concepts, _ in tagged for name in concepts}
    tagged += [(sentence, risk.tag(sentence, today).concepts, False) for sentence in risk.split_sentences(following)]
    partner_writing = bool(_MY_PARTNER.search(" ".join((preceding, account, following))))
    previous = (risk.split_sentences(preceding) or [""])[-1]  # who "her" is may be told just before
    for sentence, concepts, own in tagged:
        context, previous = (previous + " " if own and previous else ""), sentence
        for name, words in concepts.items():
            at = max(sentence.find(words), 0)
            concern = _RISK_CONCERNS.get(name) or _risk_concern(name, words) or _shown_concern(name, words, account, told)
            if own and concern == "physical_harm" and (
                    harm_to_an_adult(context + sentence, len(context) + at, len(context) + at + len(words), child_names)
                    or (partner_writing and _TO_ME.search(words))):
                concern = "domestic_abuse"  # the mother hurt where the children live, in the account that makes it urgent
                if _AND_A_CHILD.match(sentence, at + len(words)):
                    found.setdefault("physical_harm", words)  # "my husband beat me and my son with his belt"
            elif name == "violence" and _TO_THE_MOTHER.search(words):
                concern = "domestic_abuse"
            if concern and (own or (concern in _TOLD_AFTER and not (concern == "exploitation" and _SECRECY.search(words)))) and \
                    not (concern == "physical_harm" and _TAKEN.search(words)) and \
                    not (name == "alone" and (_OWN_DOING.search(words) or _THREATENED.search(sentence, 0, at))) and \
                    not not_this_concern(concern, sentence, at, at + len(words), child_names):
                found.setdefault(concern, words)
                if name == "exploitation" and _GROOMED.search(words):
                    found.setdefault("sexual_harm", words)  # an adult who met the child online, or her adult "boyfriend": CSE
    return found
