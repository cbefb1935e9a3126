"""Immediate child-protection risk (DESIGN.md safety rule 1), read the way a duty social worker
reads a mail: every part of it, for a real child, now.

Two readings, either of which alerts:
- **Concepts combined over an account** (``bot/parser/risk.py``, vocabularies in
  ``risk_concepts.yaml``): an injury + the alleged harmer's access, a disclosure + access, a baby +
  an injury, a young child + alone + tonight, a carer on heroin + a toddler, … within a few
  sentences of one part, each concept live where it is written.
- **Phrases that are an immediate risk on their own** (below): the writer says so ("immediate
  child protection concern", "ring 999"), a child missing now, a threat to kill, FGM planned, a
  shaken baby. A phrase governed by a negator, written as history or as a condition does not count.

Every part is read separately (subject and new text, quoted and forwarded history, each readable
attachment, a meeting reply's comment), for every kind of message. A message that describes no
real child (a bulletin, a newsletter, a policy reminder listing examples of immediate risk) is not
urgent however many risk words it has. Anything else that matches counts: when unsure, alert.
"""
from __future__ import annotations

import re
from datetime import date

from ftfy import fix_text

from bot.parser import risk
from bot.parser.classify import REPLY_SUBJECT
from bot.parser.extract.names import first_names
from bot.parser.prefilter import live
from bot.parser.text import (CONDITIONAL, HISTORIC, WHEN_YOUNGER, clause_around, clause_before, negated, oldest_first,
                             plain_english, signature_line, unshout, without_examples)

# "Emergency Duty Team: 020 7946 0999" is a phone-list entry, not a report that EDT is involved.
_NOT_A_LISTING = r"(?!\s*(?:\)\s*)?(?:[:–-]|on|number|tel\w*|phone)?\s*(?:\(?0\d|\+44|number|tel\b|phone\b))"
# A thing threatened, not a child: "threatened to take the car"
_NOT_A_THING = (r"(?! (?:the|his|her|their|our|my|your|a) (?:car|van|tv|telly|furniture|goods|belongings|things|stuff|keys|phone|"
                r"money|possessions|property|card|bank card)\b)")

EXPLICIT = [
    r"\bimmediate(?:ly)? (?:child protection|safeguarding|CP)\b",
    r"\b(?:child protection|safeguarding) (?:concern|risk|matter|issue)s? (?:today|now|right now|immediately)\b",
    r"\bimmediate (?:risk|danger|threat)\b", r"\bat (?:immediate|imminent) risk\b",
    # "in danger to lose the whole year", "in danger of failing": the idiom, not a child in danger
    r"\bin (?:immediate )?danger\b(?!\s+(?:of|to)\s+(?:los\w*|fail\w*|miss\w*|fall\w* behind|drop\w* out|repeat\w*|"
    r"(?:be(?:ing)? )?exclu\w*|forget\w*|(?:the )?(?:disease|sickness|infection|illness|germs|rats|vermin|mould|damp|catching)\w*))",
    r"\bunsafe (?:to go home|at home tonight|tonight)\b",
    r"\b(?:ring|rang|rung|call|called|calling|phone|phoned|phoning|dial|dialled|dialing)\w* (?:the )?(?:police|999)\b",
    r"\b999\b (?:was|were|has been|have been|is being) (?:called|rung|phoned|dialled)\b",
    r"\bpolice (?:are|have been|were) (?:called|on (?:their|the) way|attending)\b",
    rf"\bout of hours (?:team|service|social work)\b{_NOT_A_LISTING}", rf"\bemergency duty team\b{_NOT_A_LISTING}",
    rf"\bEDT\b{_NOT_A_LISTING}",
    r"\bsection 47\b.{0,30}\b(?:today|now|needed|required)\b", r"\bs47\b.{0,30}\b(?:today|now|needed|required)\b",
    r"\bplace of safety\b", r"\bpolice protection\b",
]
DANGER_NOW = [
    r"\b(?:scared|frightened|afraid|terrified|too scared|does(?:n't| not) want|won't|will not|refus\w+)\s+(?:to\s+)?(?:go|going)\s+home\b",
    r"\bnext time (?:it|he|she) will be worse\b", r"\b(?:going|threaten\w*) to (?:kill|hurt|harm|stab|take|snatch)\b" + _NOT_A_THING,
    # (the children who start a clause of their own are not what was threatened: "threatened to
    # take the car and the children were frightened")
    r"\bthreaten\w*\b.{0,40}\b(?<!owe )(?<!owed )(?<!pay )(?<!paid )(?:him|her|them|the child|the children|knife|weapon)\b(?!\s+(?:were|was|are|is|had|have)\b)",
    r"\b(?:turned|turns|has turned|showed|has shown) up\b.{0,60}\b(?:drunk|intoxicated|high|threatening|aggressive|violent|knife|weapon)\b",
    r"\b(?:drunk|intoxicated|aggressive|violent)\b.{0,40}\b(?:turned|turns) up\b",
    r"\brefusing to leave\b(?! (?:\w+(?:'s|’s) )?side\b)(?! with\b)", r"\bsmash\w*\b.{0,30}\b(?:window|door|house|flat)\b",
    r"\b(?:due(?: back)? to|going to|coming(?: back)? to|will)\s+(?:collect|pick (?:her|him|them) up)\b[^.]{0,60}\b(?:today|tonight|this afternoon|at \d)",
    r"\b(?:are|is) in the (?:house|flat|home|car) with (?:him|her|them)\b",
    r"\b(?:with a|has a|holding a|carrying a) (?:knife|weapon|gun)\b",
    r"\bdisclos\w+\b.{0,60}\b(?:last night|this morning|today|yesterday)\b",
]
# A child alone (not "mum is on her own with three children": a place or "left"/"found" is needed).
_ALONE = (r"\b(?:(?:in|at) the (?:flat|house|home|car|property)\s+(?:alone|on (?:his|her|their) own|unattended|unsupervised)"
          r"|(?:alone|on (?:his|her|their) own|unattended|unsupervised)\s+(?:in|at) the (?:flat|house|home|car|property)"
          r"|(?:left|found)\s+(?:\w+\s+){0,3}?(?:alone|on (?:his|her|their) own|unattended|unsupervised)|home alone"
          r"|(?:was|were|is|are)\s+in\s+(?:alone|on (?:his|her|their) own|by (?:him|her|them)sel(?:f|ves))"
          r"|no (?:adult|grown-up|parent|carer)s?\s+(?:in|at)\s+the\s+(?:flat|house|home|property|address))\b")
# A danger in the home a young child can reach.
_HAZARD = (r"\b(?:gas (?:hob|cooker|oven|fire|rings?)|hob|cooker|oven|heater|fire|matches|lighter|knife|knives|"
           r"medication|tablets|pills|bleach|open window|balcony|bath|kettle|lit|burning)\b(?:\s+(?:on|lit|running|open|left out))?")
# The parent cannot be reached.
_UNREACHABLE = (r"(?:\b(?:cannot|can't|can not|could not|couldn't|unable to|not able to)\s+(?:be\s+)?(?:contact|reach|get hold of|"
                r"contacted|reached|traced|located)|\bnot (?:contactable|answering)|\buncontactable\b|\bstraight to voicemail\b|"
                r"\bno (?:answer|reply|response) (?:from|on) (?:mum|dad|her|his|their|the parents?)\b)")
_CHILD = r"(?:he|she|they|child|children|son|daughter|boy|girl|baby|young person|siblings?)"
# "missing three times", "missing overnight twice": counted episodes, not a child missing now.
_EPISODES = r"(?![^.]{0,40}\b(?:times|occasions|episodes|twice|before|previously)\b)"
_NOT_EPISODE = (r"(?=\s*(?:$|[.,;:!)–-]|since\b|for\b|from (?:home|care|placement|his|her|their)\b|overnight\b|again\b|and\b|"
                r"now\b|today\b|tonight\b|all\b|with\b|after\b|\())" + _EPISODES)
# A child missing now (not "the form is missing", not "was missing three times"). Written in the
# present, so history elsewhere in the sentence ("previously known to CSC and has been missing
# since Sunday") does not hide it; only history in its own clause does.
MISSING_NOW = [
    # ("has been going missing" is a pattern of episodes, not a child missing now)
    rf"\b(?:has|have|'s|’s)\s+been\s+(?!going\s)(?:\w+\s+)?missing\b{_NOT_EPISODE}",
    rf"\b{_CHILD}\s+(?:is|are)\s+(?:still\s+|currently\s+|now\s+)?missing\b{_NOT_EPISODE}",
    r"(?<!was )(?<!were )(?<!going )\bmissing (?:since|overnight|all night|for (?:the (?:last|past) )?(?:\d+|a|an|one|two|three|four|five|several|over|more than|almost|nearly) (?:hours?|days?|nights?|weeks?))\b"
    + _EPISODES,
    r"\b(?:hasn't|has not|haven't|have not|not yet|not)\s+(?:yet\s+)?(?:come|came|gone|returned|got|arrived|been)\s+(?:back\s+)?home\b"
    r"(?![^.]{0,40}\b(?:out of the|times|occasions|a week|a month)\b)",
    r"\bnot (?:been )?seen (?:since|for)\b", r"\b(?:no one|nobody)\s+(?:knows where|has seen)\b",
    # "reported missing by mum at 11:00 Sunday" (an episode dated days ago counts only while it goes on)
    rf"\b(?:reported|been reported|was reported)\s+(?:as\s+)?missing\b{_EPISODES}(?![^.]{{0,60}}\b(?:found|returned|back|located)\b)",
    r"\bwhereabouts\b[^.]{0,20}\b(?:unknown|not known)\b",
    r"\b(?:can't|cannot|can not|could not|couldn't|unable to)\s+(?:find|locate|trace)\s+(?:him|her|them)\b(?!\s+(?:own\s+)?way\b)",  # (not "find her way around")
    rf"\b{_CHILD}\s+(?:can't|cannot|can not|could not|couldn't)\s+be\s+(?:found|located|traced)\b",
]
HARM = (r"\b(?:burn(?:t|s|ed)?|bruis\w*|punch\w*|slap\w*|kick(?:ed|ing)|hit (?:him|her|them)|strangl\w*|"
        r"chok(?:ed|ing)|assault\w*|injur\w*|swollen|finger[- ]?marks?|bite marks?|black eye|bleeding|cut (?:him|her)|"
        r"sexual(?:ly)? (?:abuse|abused|assault\w*)|raped?|touched (?:him|her) (?:sexually|inappropriately))\b")
CURRENT_RISK = [
    # a fresh injury: "a burn on her palm and a bite mark - neither was there when she left on Friday"
    HARM + r"[^.]{0,100}\b(?:wasn't|was not|weren't|were not|neither was|neither were|none of (?:them|these) (?:was|were)) there\b",
    # exploitation signs happening now
    r"\b(?:getting|got|get|gets|picked up|collected|driven (?:off|away))\b[^.]{0,25}\b(?:car|vehicle|van|taxi)\b[^.]{0,40}\b(?:older|unknown|adult|unidentified) (?:men|males?|man|boys|youths|people)\b",
    # weapons and threats to kill
    r"\b(?:has|had|was carrying|carrying|carries|brandish\w*|waving|wielding|pulled|holding|armed with)\s+(?:a\s+)?(?:knife|knives|machete|gun|firearm|weapon|blade|baseball bat)\b",
    r"\b(?:said|says|told \w+|texted|messaged)\s+(?:that\s+)?(?:he|she|they)(?:'d|'ll|’d|’ll| would| will| is going to)\s+(?:kill|stab|shoot|strangle)\b",
    r"\bthreat\w* to (?:kill|stab|shoot)\b",
    # a suicide attempt by the child
    r"\b(?:tried|attempted|attempting|trying) to (?:kill|hang|strangle|end) (?:himself|herself|themselves|themself|(?:his|her|their) (?:own )?life)\b",
    r"\b(?:suicide attempt|attempted suicide|ligature)\b",
    # a child alone now, alone with a hazard, or alone while the parent cannot be reached
    r"\b(?:still|currently|right now) (?:home )?alone\b",
    rf"{_ALONE}[^.]{{0,80}}{_HAZARD}", rf"{_HAZARD}[^.]{{0,60}}\b(?:left|found)\b[^.]{{0,30}}{_ALONE}",
    rf"{_ALONE}[^.]{{0,80}}{_UNREACHABLE}", rf"{_UNREACHABLE}[^.]{{0,80}}{_ALONE}",
    r"\b(?:left|is|are)\s+(?:home\s+)?alone\s+(?:now|right now|at the moment)\b",
    # fleeing abuse now
    r"\b(?:is|are|is now|are now|currently)\s+fleeing\b",
    r"\b(?:flee|fleeing|fled|escape|escaping|(?:leave|leaving)\s+(?:him|her|them|dad|mum|home|the (?:house|flat|home)|with (?:the |her |his )?(?:kids|children|baby|boys|girls)))\b[^.]{0,40}\b(?:tonight|this evening|right now|today|now)\b[^.]{0,60}\b(?:while|before|when)\b[^.]{0,20}\b(?:he|she|they|partner|dad|husband|boyfriend)\b",
    r"\bif (?:she|he|mum|mother|dad|father) (?:\w+ ){0,3}leaves?\b[^.]{0,60}\b(?:will|would|'ll|'d|’ll|’d)\s+(?:kill|hurt|harm|take)\b",
]
RECENT_RISK = [
    r"\b(?:went|gone|go|going|was reported|been reported|reported (?:him|her|them))\s+missing\b", r"\breported missing\b",
    r"\b(?:didn't|did not|never)\s+(?:come|go|return)\s+(?:back\s+)?home\b",
    r"\b(?:ran|run|running) away\b", r"\babscond\w*",
    # (not a family's own "older boys": "the older boys are settled at school")
    r"\b(?:older (?:men|males?|man)|(?<!our )(?<!her )(?<!his )(?<!their )(?<!my )(?<!two )(?<!both )older boys(?! (?:are|were) (?:\w+ )?(?:settled|fine|well|happy|doing|thriving|at school|in school))|(?:unknown|adult) (?:men|males?|man|boys))\b",
    r"\boverdos\w*", r"\bunconscious\b", r"\bunresponsive\b",
    r"\bsuicid\w*", r"\bcut (?:himself|herself|themselves|themself)\b",
    r"\b(?:left|leaves|leaving|found)\b[^.]{0,40}?\b(?:alone|unsupervised|on (?:his|her|their) own)\b",
    r"\b(?:is|are)\s+(?:home\s+)?(?:alone|unsupervised)\b", r"\bhome alone\b",
    # (not "the children are not on their own overnight")
    r"\b(?:was|were|is|are|been|found|left)\s+(?:(?!(?:not|never|no longer|rarely|seldom)\b)\w+\s+){0,4}?(?:alone|on (?:his|her|their) own|unsupervised|unattended)\b",
    r"\b(?:flee|fleeing|fled)\b",
]
# SEVERE: harm so grave that its mention is current unless negated or historic (a conditional
# does not soften a threat to kill). Written from the ways practitioners report it, mostly
# without the words "urgent" or "child protection".
SEVERE = [
    r"\b(?:FGM|female genital mutilation|genital cutting)\b[^.]{0,60}\b(?:planned|arranged|booked|going to|will|performed|done|carried out|during the (?:holidays?|trip))\b",
    r"\b(?:planned|arranged|booked|going to|will)\b[^.]{0,40}\b(?:FGM|female genital mutilation|genital cutting)\b",
    r"\b(?:to be|be|being|get|getting) cut\b[^.]{0,40}\b(?:like|as|when|during|at|in|on)\b",
    r"\bforced (?:to )?marr\w*", r"\b(?:taken|taking|take|sent|sending|send|going|go)\b[^.]{0,50}\bto (?:marry|be married|get married)\b",
    r"\bpassport\b[^.]{0,30}\b(?:taken|removed|confiscated|hidden|locked away)\b",
    r"\bmust not (?:be )?(?:removed|taken) (?:from|out of)\b",
    r"\b(?:won't|will not|never)\s+(?:be\s+)?(?:coming|come|allowed to come|bring\w* (?:her|him|them))\s+back\b",
    r"\b(?:shook|shaken|shaking)\s+(?:the\s+|his\s+|her\s+|my\s+|their\s+)?(?:baby|infant|newborn)\b",
    r"\b(?:floppy|limp|not breathing|fitting)\b[^.]{0,60}\b(?:baby|infant|newborn)\b",
    r"\bshook\s+(?:him|her)\b", r"\b(?:floppy|limp)\b[^.]{0,40}\b(?:since|not feeding|unresponsive|won't wake)\b",
    r"\b(?:baby|infant|newborn)\b[^.]{0,60}\b(?:floppy|limp|not breathing|fitting)\b",
    r"\b(?:raped|rape|sexually assaulted)\b",
    r"\btouch\w*\s+(?:her|his|their|my)\s+(?:private(?:s| parts)?|bottom|vagina|penis|genitals|breasts?)\b",
    r"\b(?:sent|sending|shared|sharing|showed|showing)\b[^.]{0,40}\b(?:sexual|explicit|indecent|nude|naked)\s+(?:pictures?|photos?|images?|videos?)\b",
    # (not "sharing a prank video", a music or dance video)
    r"\b(?:sharing|shared|posting|posted|circulating)\b(?![^.]{0,30}\b(?:prank|funny|dance|music|cooking|gaming|football|TikTok dance)\b)[^.]{0,30}\bvideo\b",
    r"\b(?:knife|knives|machete|gun|firearm|weapon|blade|drugs|powder|needles?|syringes?)\b[^.]{0,80}\bwithin (?:\w+\s+){0,2}reach\b",
    r"\b(?:machete|gun|firearm|weapon|drugs|powder|needles?|syringes?)\b[^.]{0,80}\bon the (?:kitchen )?(?:table|floor)\b",
    r"\b(?:released|out of prison|bailed|on bail)\b[^.]{0,100}\b(?:moved back|back (?:in|at|home|with)|returned (?:to|home)|living (?:at|with))\b",
    r"\bmoved back in\b[^.]{0,40}\b(?:today|this morning|yesterday|last night|now)\b",
    r"\b(?:will|'ll|’ll|would|'d|’d|going to|gonna)\s+kill\s+(?:them|us|you|her|him|the (?:kids|children|baby)|everyone)\b",
    r"\b(?:rope|noose)\b[^.]{0,80}\b(?:plan|bedroom|room|hang)\b", r"\bdeep cuts?\b",
    r"\b(?<!the )(?<!this )(?<!that )(?<!CIN )(?<!CP )(?<!TAF )(?:plan|planning|plans) to (?:kill|hang|end)\b(?! with\b)",
    r"\b(?:no|without|not had|hasn't had|has not had|not been given|run out of)\s+(?:any\s+)?(?:(?:her|his|their)\s+)?insulin\b",
    r"\blocked (?:out|in)\b[^.]{0,60}\b(?:overnight|all night|cold|freezing|as (?:a )?punishment)\b",
    r"\b(?:too|very|extremely|heavily|so)\s+(?:drunk|intoxicated|high|under the influence)\b(?!\s+(?:sugars?|blood|glucose|temperatures?|levels?|risk|readings?|BMs?|ketones|fever|pressure|doses?|school|heart rate))",
    r"\bunable to (?:stand|stay awake|wake)\b",
    r"\b(?:drunk|intoxicated|passed out|under the influence)\b[^.]{0,80}\b(?:only adult|alone with|caring for|looking after|in charge of)\b",
    r"\b(?:no one|nobody|no-one|no adult|no carer|no family)\b[^.]{0,30}\b(?:to )?(?:care for|look after|collect|pick (?:them|him|her) up|hand (?:them|him|her) (?:over )?to)\b",
    # (not a count of days: "have not been collected on seven days this term")
    r"\b(?:not been|hasn't been|has not been|wasn't|was not|nobody has|no one has|no-one has)\s+(?:collected|picked up)\b"
    r"(?![^.;]{0,60}\bon (?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many) (?:days|occasions|times|afternoons)\b)",
    r"\b(?:fractur\w*|broken (?:arm|leg|wrist|rib|bone|nose|jaw)s?|head injury|skull)\b[^.]{0,80}\b(?:attack\w*|assault\w*|hit|punched|kicked|thrown|pushed|non-accidental)\b",
    r"\b(?:attack\w*|assault\w*|punched|kicked|thrown|pushed)\b[^.]{0,80}\b(?:fractur\w*|broken (?:arm|leg|wrist|rib|bone|nose|jaw)s?|head injury|skull)\b",
    r"\b(?:admitted to|in|taken to)\s+(?:hospital|A&E|A & E)\b[^.]{0,80}\b(?:attack\w*|assault\w*|injur\w*|fractur\w*)\b",
]
# A child arranging to meet someone from online today: gated on online-contact words in the message.
ONLINE_CONTEXT = r"\b(?:online|snapchat|instagram|tiktok|whatsapp|discord|facebook|groom\w*|chat(?:ting)? (?:to|with) (?:a|an|this) (?:man|adult|older))\b"
MEETING_TODAY = (r"\b(?:meeting|meet|going to meet|arranged to meet|planning to meet)\s+(?:him|her|them|a man|an adult|this man|someone)\b"
                 r"[^.]{0,60}\b(?:today|tonight|after school|this (?:evening|afternoon|weekend))\b")
# "... and was found safe", "came home this morning": the missing episode is over.
FOUND = re.compile(r"\b(?:(?:was|were|has been|have been|been|now) (?:found|located|returned)|found (?:safe|safe and well|and)|"
                   r"returned (?:home|safe\w*|to)|came (?:back )?home|(?:is|are) (?:now )?(?:back )?home|back home|"
                   r"brought (?:him|her|them|the (?:child|children|kids|boys|girls)) (?:back|home)|"
                   r"(?:has|have|had|'s|’s) been (?:dealt with|resolved|actioned|addressed)|dealt with|nothing (?:outstanding|further)|"
                   # "... called police about shouting in the street; ... and it was closed NFA"
                   r"(?:it|this|that|the (?:call|incident|matter|report|case|job|log|referral)) (?:was|has been|is|'s|’s) closed)\b", re.I)
RECENT = (r"\b(?:last night|this morning|this lunchtime|this afternoon|today|tonight|yesterday|just now|"
          r"an hour ago|minutes ago|earlier today|over the weekend|at the weekend|this week)\b")
_EXPLICIT = [re.compile(p, re.I) for p in EXPLICIT]
# The out-of-hours team rung only because the office was shut: "rang EDT because she could not get
# through to MASH before 17:00, and asked us to log this as her contact"
_OUT_OF_HOURS_TEAM = frozenset(p for p in _EXPLICIT if re.search(r"EDT|emergency duty|out of hours", p.pattern))
_OFFICE_SHUT = re.compile(r"\b(?:because|as|since)\b[^.]{0,60}\b(?:could(?:n't|n’t| not) get through|(?:was|were|is|are) closed|"
                          r"after (?:5|five|17[:.]00)|before (?:5|five|17[:.]00)|out of (?:office )?hours)\b"
                          # or that the team found nothing to do: "EDT view: nothing needed overnight"
                          r"|\b(?:nothing (?:needed|required|further|to do)|no (?:further )?action (?:needed|required|taken)|NFA|advice given)\b", re.I)
# What the child told tonight of a time gone by: "told me tonight about things that happened when she
# lived with her birth dad: that he used to lock her in"
_TOLD_OF_LONG_AGO = re.compile(r"\b(?:used to|happened (?:when|before)|when (?:he|she|they|I|we) (?:lived|was living|were living|"
                               r"was little|was younger|were little)|back when|(?:he|she|they) once)\b", re.I)
_SEVERE = [re.compile(p, re.I) for p in SEVERE]
_ONLINE = re.compile(ONLINE_CONTEXT, re.I)
_MEETING_TODAY = re.compile(MEETING_TODAY, re.I)
_DANGER = [re.compile(p, re.I) for p in DANGER_NOW]
_MISSING_NOW = [re.compile(p, re.I) for p in MISSING_NOW]
# A child the message names, missing now or shaken ("Rayan is missing", "he shook Mia"): compiled
# once with any word in the name's place, and the word then checked against the names.
_NAME_MISSING = re.compile(rf"(?<![\w'’])(?P<who>[\w'’-]+)\s+(?:is|are)\s+(?:still\s+|currently\s+|now\s+)?missing\b{_NOT_EPISODE}", re.I)
_NAME_SHAKEN = re.compile(r"\b(?:shook|shaken|shaking)\s+(?P<who>[\w'’-]+)", re.I)
# ... or a named child not back: "Jayden Coombe (DOB …), who is 14, left the house at 16:10 yesterday
# and has not come back", "Jayden Coombe - not back since yesterday afternoon". The child's name
# opens the sentence and no adult is named before the words (not "Mia's mum has not come back").
_NAME_NOT_BACK = re.compile(
    r"^\W*(?:(?:re|fw|fwd)\s*:\s*)*(?P<who>[\w'’-]+)\b(?:(?!\b(?:mum|mother|dad|father|parents?|carer|partner|boyfriend|girlfriend|husband|wife|"
    r"nan|gran|grandma|grandad|uncle|aunt|auntie|brother|sister)\b)[^.!?\n]){0,200}?"
    r"\b(?:(?:hasn't|has not|haven't|have not|not yet|never)\s+(?:yet\s+)?(?:come|came|returned|got|been)\s+back\b"
    r"(?!\s+to\s+(?:me|us|you|him|her)\b)|not back (?:yet|since|home)\b)", re.I)


class _Named:
    """A pattern whose ``who`` must be one of the children's first names (or end with one after a
    hyphen or apostrophe, as "Mary-Jane" holds "Jane"; "Mia's" is Mia)."""

    def __init__(self, pattern: re.Pattern, names: set[str]):
        self.pattern, self.names = pattern, names

    def _named(self, who: str) -> bool:
        who = re.sub(r"['’]s$", "", who.casefold())
        return who in self.names or any(who.endswith(n) and who[-len(n) - 1] in "-'’" for n in self.names if len(who) > len(n))

    def search(self, text: str):
        return next((m for m in self.pattern.finditer(text) if self._named(m.group("who"))), None)


# History in the missing phrase's own clause, or a year long past ("not seen since 2023").
_LONG_AGO = re.compile(HISTORIC.pattern + r"|\bsince (?:\w+ )?(?:19|20)\d\d\b|\b(?:for|over) (?:\w+ )?years\b", re.I)
_CURRENT = [re.compile(p, re.I) for p in CURRENT_RISK]
_ALONE_RE = re.compile(_ALONE, re.I)
_UNREACHABLE_RE = re.compile(_UNREACHABLE, re.I)
_RECENT_RISK = [re.compile(p, re.I) for p in RECENT_RISK]
_HARM = re.compile(HARM, re.I)
_EXPLICIT_OR_DANGER = (*_EXPLICIT, *_DANGER)  # read together, in this order
_HARM_OR_RECENT_RISK = (_HARM, *_RECENT_RISK)
_RECENT = re.compile(RECENT, re.I)
# Present time: a sentence that mixes history with what is happening now is read, not skipped.
# (but not a "now" that tells of things getting better: "she is now engaging with the recovery service")
_NOW = re.compile(r"\b(?:right now|now|currently|at the moment|at present|still)\b"
                  r"(?!\s+(?:engag|attend|work|access|receiv|gett|seeing|open to|known to|settled|stable|better|"
                  r"well|abstinent|sober|doing well|in (?:treatment|recovery|work))\w*)", re.I)


ALONE_UNREACHABLE_SENTENCES = 4  # a child alone, and the parent unreachable, in one account


def assess(text: str, child_names=(), today: date | None = None) -> tuple[bool, str | None]:
    """(urgent, the words that show it) for one text, read as one part of a message."""
    return assess_parts([text], child_names=child_names, today=today)


def assess_parts(parts, *, child_names=(), today: date | None = None,
                 generic: bool = False, young: bool = False) -> tuple[bool, str | None]:
    """(urgent, the words that show it) for a message given as its parts: the subject with the new
    text, the quoted history, each attachment's text, a meeting reply's comment. ``generic``: the
    message is a bulletin, newsletter or policy reminder (see :func:`describes_no_real_child`);
    ``young``: a child in it is under five by their date of birth or stated age."""
    if generic:
        return False, None
    for part in parts:
        if not part or not part.strip():
            continue
        part = as_read(part)
        if says_no_real_child("", part):
            continue  # a forwarded training pack or an attachment whose people, it says, are invented
        urgent, why = _phrase_rules(part, child_names, today)
        if urgent:
            return urgent, why
        found = risk.find(part, today, young=young)
        if found:
            return True, found[1][:400]
    return False, None


def as_read(part: str) -> str:
    """A part as the urgency reading reads it: "doesnâ€™t", "couldnt", "2nite", "HASNT" made plain."""
    return plain_english(unshout(without_examples(fix_text(_UNTICKED.sub(" ", part)))))


def message_parts(*, subject: str, new_text: str, history: str, attachments=(), comment: str = "",
                  today: date | None = None) -> list[str]:
    """The parts of a message as the urgency reading takes them.

    A reply's subject repeats the message it answers: only the words the writer added to it
    ("RE: [SB-97] Step down Khan - PLS RING MUM NOW …") are new text; the rest is history. The
    quoted history, and the forms the message sends, are not read when the new text says the risk
    they tell of is over or in hand ("she's back", "police arrested him", "the strategy meeting
    is tomorrow") and tells of no risk itself: the duty team already has that account."""
    head, repeated = subject or "", ""
    if REPLY_SUBJECT.match(head):
        original = _quoted_subject(history)
        bare = REPLY_SUBJECT.sub("", head).strip()
        if not original:  # quoted without its headers: the subject is the earlier one's
            head, repeated = "", bare
        elif bare.startswith(original):
            head, repeated = bare[len(original):].strip(" -–:"), bare
    new = head + "\n\n" + new_text
    history = oldest_first(history) if history else history
    older = (repeated + "\n\n" + history) if repeated else history
    if (older.strip() or any(attachments)) and _over_now(new, today):
        return [new, "", comment or ""]  # the form it sends tells the same account, now acted on
    return [new, older, *attachments, comment or ""]


_SUBJECT_LINE = re.compile(r"^[>\s]*subject\s*:\s*(.+)$", re.I | re.M)


def _quoted_subject(history: str) -> str:
    m = _SUBJECT_LINE.search(history or "")
    return REPLY_SUBJECT.sub("", m.group(1)).strip() if m else ""


# The child is back, found or safe, or the adult is held: the account told earlier is over.
_OVER = re.compile(r"\b(?:(?:she|he|they)(?:'s|’s| is| are|'re|’re) (?:back|home|safe)\b|found (?:safe|and well)|safe and well|"
                   r"(?:was|were|has been|have been) (?:found|located|arrested|remanded|charged)|arrested|in (?:police )?custody|"
                   r"returned (?:home|safe\w*)|came (?:back )?home|got (?:back|home|in) (?:at|about|around|last|this)|"
                   # a return home interview is held with a child who is back
                   r"return[- ]home interview|\bRHI\b|"
                   # where she is confirmed, or seen since: "her nan confirmed Skye was there", "I saw Skye at
                   # school at 8.30 this morning"
                   r"confirmed (?:that )?(?:(?-i:[A-Z][\w'’-]+)|she|he|they) (?:was|were|is|are) (?:there|with (?:her|him|them))\b|"
                   r"(?:I|we|school|staff|police|(?:her|his) (?:mum|dad|nan|teacher))\s(?:saw|have seen|has seen|spoke to|have spoken to) "
                   r"(?:(?-i:[A-Z][\w'’-]+)|her|him|them)\b(?:\s\w+){0,3}?\s(?:this morning|today|at school)\b|\bI'?m safe\b)", re.I)


# "once she's back at her desk", "when he's back from leave": a worker's return, still to come
_NOT_YET = re.compile(r"\b(?:once|when|until|till|as soon as|after|if)\s+$", re.I)
_AT_WORK = re.compile(r"\s+(?:at (?:her|his|their|my|the) (?:desk|work|office)|in (?:the )?office|at work|on duty|on shift|"
                      r"from (?:leave|holiday|annual leave|lunch|a course|training|sick leave|court))\b", re.I)


def _says_over(sentence: str) -> bool:
    """The sentence says the child is back or safe, or the adult held ("Lily came home at 07:20")."""
    m = _OVER.search(sentence)
    return bool(m) and not negated(sentence, m.start()) and not _NOT_YET.search(sentence[max(0, m.start() - 20):m.start()]) \
        and not _AT_WORK.match(sentence, m.end())


def _says_over_now(sentence: str) -> bool:
    """:func:`_says_over`, of this episode, not an earlier one ("The last two times he went missing
    he was found in Exeter", "Since March he has been reported missing four times, was found in
    Liverpool")."""
    v = risk.vocabulary()
    return _says_over(sentence) and not (v.habitual.search(sentence) or v.past.search(sentence) or HISTORIC.search(sentence))


_UNTIL_LATE = re.compile(r"(?i)\s+(?:from (?:home|school|care|placement)\s+)?until (?:after |gone |past |about |around )?"
                         r"(?:midnight|\d{1,2}(?:[.:]\d\d)?\s?(?:am|pm)?|late|the early hours|the small hours)\b")
# A child gone from where they should be: "missing", "didn't come home", "ran off"
_GONE = re.compile(r"(?i)missing|\b(?:come|came|go|went|return\w*)\b[^.]{0,12}\bhome\b|ran off|run(?:ning)? off|walked out")


def _back_later(later) -> bool:
    """A later sentence says the missing child is back."""
    return any(_says_over_now(st) for st, _ in later)


# The earlier account was about someone else: "the disclosure was made by a different girl in her
# class", "the teacher mixed up the two surnames", "sent about the wrong family".
_MISTAKEN = re.compile(r"\b(?:was|were|is|are) (?:made by|about|from|for) (?:a different|another|the wrong) (?:girl|boy|child|pupil|"
                       r"young person|family|baby)\b|\bmixed up (?:the|their|two|her|his)\b|\b(?:sent|made|raised) in error\b", re.I)


def _over_now(new_text: str, today: date | None) -> bool:
    """The new text says the earlier risk is over (or was about someone else) and tells of none itself."""
    text = plain_english(fix_text(new_text))
    said_over = any(_says_over_now(st) or risk.closes(st) or _MISTAKEN.search(st) for st in risk.split_sentences(text))
    return said_over and not _phrase_rules(text, (), today)[0] and not risk.find(text, today)


# A form's unticked box ("☐ Sexual harm") is an option nobody chose, not a statement.
_UNTICKED = re.compile(r"[☐□❏❐][ \t]*(?:[\w/&'’-]+[ \t]?){1,4}"
                       # a form's question left unanswered: a blank to fill in, or both answers offered
                       r"|^[^\n]*(?:_{4,}|\bYES\s*/\s*NO\b)[^\n]*$"
                       # a Yes | No row answered No: "Is any child at immediate risk ...? | ☐ | ☑"
                       r"|^[^\n]*\|[ \t]*[☐□❏❐][ \t]*\|[ \t]*[☑☒✓✔✗✘xX][ \t]*\|?[ \t]*$", re.M)


# A bulletin, newsletter, training note or policy reminder: written to everyone, about no one.
_IN_PASSING = re.compile(r"\b(?:on|in|from|through|via|off) (?:the |a |an |your |our |their |this )?(?:\w+ )?$", re.I)
_GENERIC_SUBJECT = re.compile(
    r"\b(?:bulletin|newsletter|digest|briefing|training|webinar|e-?learning|course|workshop|conference|"
    r"reminder|policy|procedure|guidance|practice (?:note|update|alert)|learning (?:review|lessons)|"
    r"lessons learned|update for (?:all|partners|staff|colleagues)|(?:safeguarding|practice|policy|service|team|monthly|weekly|quarterly) update|"
    r"all staff|survey|consultation|event)\b", re.I)


# The writer says the children in it are not real: "made-up examples for training".
_NOT_REAL = re.compile(r"\b(?:made[- ]up|fictional|fictitious|invented|imaginary|hypothetical) (?:\w+ ){0,2}?(?:examples?|scenarios?|cases?|children|"
                       r"situations?|famil(?:y|ies)|names?|details?)\b"
                       # "It is invented: the names and details are made up for the exercise"
                       r"|\b(?:names|details|family|children|people|it|they|these|scenarios|cases|examples|case studies|stories) (?:\w+ ){0,3}?(?:is|are) (?:all )?(?:invented|made[- ]up|fictional|fictitious)\b"
                       # "three case studies (all fictional)"
                       r"|\b(?:case stud(?:y|ies)|scenarios?|examples?|vignettes?)\s*[(:,-]\s*(?:all |both )?(?:invented|made[- ]up|fictional|fictitious|anonymised)\b"
                       r"|\bthere(?:'s|’s| is| are) no (?:live|real|actual|current) (?:cases?|child(?:ren)?|famil(?:y|ies)|referrals?|people)\b"
                       r"(?!\s(?:protection|in need|concerns?|safeguarding|worries|issues|risks?|open|involvement))"
                       # "no real child or family is described", a form's "Example answer (FICTIONAL)"
                       r"|\bno (?:live|real|actual) (?:case|child|children|family|families)\b[^.]{0,30}\b(?:is|are) (?:described|involved)\b"
                       r"|\((?:fictional|fictitious)\)"
                       r"|\b(?:not|isn't|isn’t|isnt|wasn't|wasn’t) about (?:a |any |one )?(?:live|real|current|open|actual|particular|specific|individual) (?:case|child|family|referral|student|pupil|"
                       r"young person|person|patient|learner)s?\b"
                       # someone else's children in the news: "Not about any of our families - just a news story"
                       r"|\bnot about (?:any (?:of )?|one of )?(?:our|my|your) (?:famil(?:y|ies)|children|kids|cases|caseloads?)\b"
                       # teaching texts: "The sentences are only examples from the course book, they are not about anyone in the class"
                       r"|\b(?:sentences|texts?|examples?|stories|scenarios?|case studies)\b[^.]{0,60}\b(?:are|is) not about (?:anyone|anybody|any(?:one)? (?:of|in) (?:the|our|my) (?:class|group|learners|students|pupils|families))\b"
                       r"|\b(?:only|just) examples? (?:from|in|out of) (?:the|a|our) (?:course ?book|text ?book|workbook|worksheet|training|lesson|module)\b"
                       # "These are examples for awareness only and do not refer to any family"
                       r"|\b(?:do|does|did) not (?:refer|relate) to (?:any|a real|an actual|a particular) (?:family|families|child|children|case|person)\b"
                       r"|\b(?:just|only|it(?:'s|’s| is)|this is) (?:a )?news (?:story|report|item|article)\b"
                       r"|\b(?:is|it's|it’s|this is|these are) not (?:a |an )?(?:live|real|current|open|actual) (?:case|child|family|referral)s?\b"
                       r"|\ba composite\b(?: (?:case|example|scenario|family|and anonymi[sz]ed))?"
                       # "nothing here is about any child or family we are working with", "for learning only"
                       r"|\bnothing (?:here|in (?:it|this|them)) is about (?:a |any )?(?:real |live |actual )?(?:child|family|case)"
                       r"|\bfor (?:learning|training|teaching|discussion) (?:purposes )?only\b"
                       r"|\bcase[- ]law (?:summary|update|round-?up|digest)\b"
                       r"|\bnone of (?:them|these|the \w+) (?:is|are) (?:a )?real\b|\bnot (?:a )?real (?:child|children|cases?|famil\w+)\b"
                       # a case review's learning, anonymised: "the anonymised learning summary ... Child H"
                       r"|\banonymi[sz]ed (?:\w+ )?(?:summary|review|extract|case(?: study)?|report|chronology)\b"
                       r"|\b(?:summary|review|extract|case study|report) (?:is|has been) anonymi[sz]ed\b"
                       # a published judgment, by its neutral citation ("Re L and M [2044] EWFC 287"), or
                       # children the writer says are anonymised in it
                       r"|\[(?:19|20)\d\d\] (?:EWFC|EWHC|EWCA Civ|EWCA|UKSC|EWCOP)(?: B)? \d+\b"
                       r"|\b(?:children|child|family|names?) (?:are|is|have been|has been) anonymi[sz]ed\b", re.I)
# A published review's learning, and the letter it gives the child it is about.
_A_REVIEW = re.compile(r"\b(?:rapid|learning|serious case|case|child safeguarding practice|safeguarding practice|local child safeguarding practice)"
                       r" reviews?\b|\b(?:7|seven)[- ]minute (?:learning|briefing)\b|\blearning (?:summary|briefing|brief)\b"
                       r"|\b(?:practice|case (?:file )?|file|thematic|multi-agency) audit\b"
                       # a training session's cases: "Cases for discussion, all anonymised + historic", "case studies (anon)"
                       r"|\bcase stud(?:y|ies)\b|\bcases for discussion\b", re.I)
_ANONYMISED = re.compile(r"\b(?:Baby|Child|Children|Family|Young Person|Sibling) [A-Z](?![\w'’-])"
                         r"|(?i:\banonymi[sz]ed\b|\banon\b|\bno (?:pt|patient|child|client|family) identifiers\b)")
# The only person it is about is an adult: no child in the household, someone 18 or over.
_ADULT_ONLY = re.compile(r"\bno (?:children|child|kids|under[- ]?18s)\b(?!['’]s)(?! (?:were|was) (?:hurt|harmed|injured|present))"
                         r"(?! (?:car )?(?:seats?|locks?|gates?|restraints?|minders?|benefit|proof))"  # "no child seat"
                         r"|\b(?:has|have|had) no (?:children|kids)\b|\b(?:turned|is now|now (?:she|he)(?:'s| is)) (?:1[89]|[2-9]\d)\b"
                         # the writer, an adult with no child: "I don't have any kids and I'm not pregnant"
                         r"|\b(?:don't|don’t|do not|doesn't|doesn’t|does not) have (?:any )?(?:children|kids)\b"
                         r"|\badult (?:social care|safeguarding|services)\b"
                         # an older person by their age or by the help asked: "She has 84 years", "help for the old people"
                         r"|\b(?:is|has|aged?) (?:[2-9]\d|1[01]\d) years?(?: old)?\b|\b(?:old|elderly) (?:people|person|lady|man|woman|mother|father)\b"
                         # the person hurt is an adult: "a man in his twenties was injured"
                         r"|\b(?:a |an )?(?:man|woman|male|female) (?:in (?:his|her) (?:twenties|thirties|forties|fifties|sixties|[2-6]0s)|aged (?:[2-9]\d))\b"
                         r"(?=[^.]{0,40}\b(?:injured|hurt|stabbed|assaulted|attacked|victim)\b)", re.I)
# A child in it: an age under 18, a baby or a pregnancy.
_A_CHILD = re.compile(r"\((?:[0-9]|1[0-7])(?:\s*(?:years?|yrs?|y/?o|months?|weeks?)(?: old)?)?\)|\baged? (?:[0-9]|1[0-7])\b|\b(?:[0-9]|1[0-7])[- ](?:year|month|week)s?[- ]old\b"
                      r"|\b\d{1,2} (?:months|weeks) old\b|\b(?:baby|babies|toddler|infant|newborn|unborn|pupil|year \d+)\b"
                      r"|(?<!n't )(?<!not )\bpregnan", re.I)


def about_an_adult_only(text: str, child_names=()) -> bool:
    """The mail is about an adult alone: it names no child, says there is none (or that the person
    is 18 or over), and mentions no age under 18, baby or pregnancy. Adult safeguarding, not MASH."""
    return not child_names and bool(_ADULT_ONLY.search(text)) and not _A_CHILD.search(text)


def says_no_real_child(subject: str, text: str) -> str | None:
    """The words by which the writer says its people are invented ("the names and details are made
    up for the exercise"), or that it is a case review's learning about an anonymised child
    ("7-minute learning summary - Baby T (rapid review)"): names do not make them real."""
    said = f"{subject}\n{text or ''}"
    for m in _NOT_REAL.finditer(said):
        if not negated(said, m.start()):
            return m.group(0)
    if (m := _A_REVIEW.search(said)) and _ANONYMISED.search(said):
        return m.group(0)
    return None


def describes_no_real_child(*, subject: str, text: str, bulk: bool, child_names=()) -> bool:
    """Mail to everyone about no one: list or bulk mail, or a bulletin / training / policy reminder
    (by its subject or opening) written as examples, that names no child. When unsure, it is not:
    "Reminder: TAF for Leo" about a real child is read for risk."""
    if says_no_real_child(subject, text):
        return True
    if child_names:
        return False
    if bulk or about_an_adult_only(f"{subject}\n{text}"):
        return True
    # a bulletin or reminder by its subject or opening, written as examples ("signs include…")
    # (its title, not a word in passing: "I found this address on the school newsletter")
    opening = "\n".join([ln for ln in (text or "").splitlines() if ln.strip()][:2])[:200]
    announced = _GENERIC_SUBJECT.search(subject or "") or any(
        m for m in _GENERIC_SUBJECT.finditer(opening) if not _IN_PASSING.search(opening[:m.start()]))
    return bool(announced) and bool(risk.vocabulary().example.search(text or ""))


def _phrase_rules(text: str, child_names=(), today: date | None = None) -> tuple[bool, str | None]:
    """(urgent, the sentence that triggered it). ``child_names``: the children the message names,
    so "Rayan is missing" counts as a child missing now (and "the form is missing" does not).
    ``today``: a sentence dated only days before it ("police were called on 9 January") is an
    account of an earlier incident, not a risk now (a child still missing since then still is)."""
    units = risk.units(text, today)
    said = [st for st, _ in units]
    read = "\n".join(said)  # each rule list: only the rules that could match in it
    missing_now, severe, current = live(_MISSING_NOW, read), live(_SEVERE, read), live(_CURRENT, read)
    explicit, recent = live(_EXPLICIT_OR_DANGER, read), live(_HARM_OR_RECENT_RISK, read)
    names = {w for w in first_names(child_names) if len(w) > 1}
    if names:
        missing_now += [_Named(_NAME_MISSING, names), _Named(_NAME_SHAKEN, names), _Named(_NAME_NOT_BACK, names)]
    alone_at = unreachable_at = -10
    online = bool(_ONLINE.search(text))
    examples, past = risk.vocabulary().example, risk.vocabulary().past
    closed_until = risk.last_closing(said)  # the writer closes what came before
    for i, (st, told_as_past) in enumerate(units):
        if examples.search(st) or told_as_past or i <= closed_until or risk.told_for_the_file(st):
            continue  # examples, training, policy: no real child; an old quoted message; closed
        for p in missing_now:
            m = p.search(st)
            # "missing overnight 05/06 and 19/06": episodes dated before today, not a child missing now
            if m and today is not None and _dated_before(st, today) and not _ONGOING.search(st) and \
                    not _still_gone(units[i + 1:i + 1 + _STILL_GONE_SENTENCES]):
                continue
            # an episode told as past and over: "in April, after he was found in Portsmouth having
            # been missing for three days"
            if m and (HISTORIC.search(st) or past.search(st)) and _EPISODE_OVER.search(st) and not _NOW.search(st):
                continue
            if m and (_A_THING_MISSING.search(st[:m.start() + 8]) or _MISSING_WHAT.match(st, m.end()) or _a_thing_not_back(m)):
                continue  # "PE kit missing for five weeks", "missing school to look after her": not a child gone
            if m and _UNTIL_LATE.match(st, m.end()):
                continue  # out late, and back: "has been missing from home until after midnight on school nights"
            if m and _counts(st, m.start()) and not _over(st, m.end()) and not _adult_subject(st, m.start()) and \
                    not _LONG_AGO.search(clause_around(st, m.start(), m.end())) and not _back_later(units[i + 1:]) and \
                    not _an_adult_told_of(st, units[max(0, i - 1):i + 2]):
                return True, st[:400]
        if (HISTORIC.search(st) or past.search(st)) and not _RECENT.search(st) and not _NOW.search(st):
            continue  # history, in the same words the concept reading takes as history ("last April")
        dated_past = today is not None and _dated_before(st, today)
        # a child alone in one sentence, the parent unreachable in the next (or the one before)
        if (m := _ALONE_RE.search(st)) and _counts(st, m.start()):
            alone_at = i
        if (m := _UNREACHABLE_RE.search(st)) and not CONDITIONAL.search(st[:m.start()]):
            unreachable_at = i
        if alone_at >= 0 and unreachable_at >= 0 and abs(alone_at - unreachable_at) <= ALONE_UNREACHABLE_SENTENCES and i in (alone_at, unreachable_at):
            return True, st[:400]
        for p in severe:
            m = p.search(st)
            if m and (dated_past or ((HISTORIC.search(st) or past.search(st)) and not _RECENT.search(st)) or
                      (_LAST_WEEKDAY.search(st) and _COLLECTION.search(m.group(0)))) and not _ONGOING.search(st):
                continue  # a late collection "last Wednesday" ended that evening (its clock time is then's)
            if m and _COLLECTION.search(m.group(0)) and _collected_later(units[i + 1:i + 5]):
                continue  # "Kayla wasn't collected at 6pm ... her aunt collected Kayla at 6.25pm": over that evening
            if m and not negated(st, m.start()) and not risk.checked_for(st, m.start()) and \
                    not risk.names_a_service(st, m.end()) and \
                    not _answered_no_or_on_record(st, m.start()) and \
                    not risk.supposed(st, m.start()) and not risk.a_level(st, m) and \
                    not _A_THING_BEFORE.search(st, 0, m.start()) and not risk.things_uncollected(st, m.start()) and \
                    not _RULED_OUT_AFTER.match(st, m.end()):
                return True, st[:400]
        if online and (m := _MEETING_TODAY.search(st)) and _counts(st, m.start()):
            return True, st[:400]
        if dated_past or risk.children_fighting(st):
            continue  # "her two sons were fighting in the kitchen and she called the police"
        for p in explicit:
            m = p.search(st)
            if m and _counts(st, m.start()) and not _over(st, m.end()) and not _team_name(st, m.start()) and \
                    not _medical_call(st, m.group(0)) and not risk.aimed_at_an_adult(st, m.start(), m.end()) and \
                    not (p in _OUT_OF_HOURS_TEAM and (_OFFICE_SHUT.search(st) or _EDT_IN_PASSING.search(st))):
                return True, st[:400]
        for p in current:
            m = p.search(st)
            if m and _counts(st, m.start()) and not _over(st, m.end()) and not risk.aimed_at_an_adult(st, m.start(), m.end()):
                return True, st[:400]
        if _RECENT.search(st):
            for p in recent:
                m = p.search(st)
                # (recent is the telling, not the harm: "talked yesterday about the abuse she suffered when she was 12")
                if m and _counts(st, m.start()) and not _over(st, m.end()) and not _TOLD_OF_LONG_AGO.search(st, 0, m.start()) \
                        and not WHEN_YOUNGER.search(st, m.end()) \
                        and not (_GONE.search(m.group(0)) and _back_later(units[i + 1:])) \
                        and not risk.not_harm_to_a_child(st, m.start(), m.end()):
                    return True, st[:400]
    return False, None


_ADULT = re.compile(r"\b(?:mum|mummy|mother|dad|daddy|father|parents?|partner|step-?(?:dad|mum|father|mother)|carer|"
                    r"boyfriend|girlfriend|husband|wife|grandparents?|nan|gran|grandma|grandad)(?:'s|’s)?$", re.I)
_BIRTH = re.compile(r"\b(?:dob|d\.o\.b|born|date of birth|birthday)\W{0,3}$", re.I)
DATED_DAYS_AGO = 2  # a sentence dated this many days or more before today tells of the past


# What never comes back is a thing ("the consent slips and money never come back"); a worry
# "explored and ruled out" is none.
_A_THING_BEFORE = re.compile(r"\b(?:slips?|forms?|money|letters?|paperwork|books?|kit|repl(?:y|ies)|post|parcels?|payments?|"
                             r"documents?|homework|library books|bins?|rubbish|recycling|waste|prescriptions?|washing)"
                             r"(?:\s+(?:have|has|had|are|is|were|was))?\s+$", re.I)
_RULED_OUT_AFTER = re.compile(r"[^.;]{0,60}?\b(?:ruled out|unfounded|not substantiated|unsubstantiated|no longer a concern)\b"
                              # a subject of discussion: "forced marriage came up in our DSL meeting"
                              r"|\s+(?:came up|was raised|was discussed|was mentioned) (?:in|at|during) (?:our|the|a|their|today's|yesterday's)\b", re.I)


# The out-of-hours team named as a service, a rota or a past call, not called to this child now:
# "EDT cover over Christmas is below", "EDT were called out twice over the
# last two weekends", "came to us after a weekend EDT call in the summer", "I work nights on the out
# of hours team this week"
_EDT_IN_PASSING = re.compile(r"\b(?:rota|cover|covers|covering|shifts?|newsletter|training|non-emergency|"
                             r"(?:twice|three times|four times|\d+ times|again)\b[^.]{0,20}\bover the|over the (?:last|past)|"
                             r"(?:in|over|during) the (?:summer|holidays|spring|autumn|winter|half[- ]term)|"
                             r"I (?:work|am working|'m working|’m working|'m on|’m on|am on)|both calls|started with)\b", re.I)


def _a_thing_not_back(m) -> bool:
    """What has not come back is a thing: "Kayden ... because the consent slips and money never come back"."""
    verb = list(re.finditer(r"\b(?:hasn't|has not|haven't|have not|not yet|never|not back)\b", m.group(0), re.I))
    return bool(verb) and bool(_A_THING_BEFORE.search(m.string, 0, m.start() + verb[-1].start()))


def _dated_before(sentence: str, today: date) -> bool:
    """The sentence is dated, every date in it (dates of birth aside) is at least DATED_DAYS_AGO
    days before today, and nothing in it says "now" or "today"."""
    if _RECENT.search(sentence) or _NOW.search(sentence):
        return False
    return risk.dated_before(sentence, today, DATED_DAYS_AGO)  # the concept reading's dating (months, "19/11"), sooner


def _adult_subject(sentence: str, pos: int) -> bool:
    """"Mum not seen since 14/10", "dad has not been seen for weeks": an adult, not a child, is
    the one missing (the last words before the phrase, in its clause, name the adult)."""
    words = re.findall(r"[\w'’]+", clause_before(sentence, pos))
    if not words:  # "Mother Hannah Whitfield, whereabouts unknown": the clause before names her
        head = sentence[:pos].rstrip(" ,;:-–")
        words = re.findall(r"[\w'’]+", clause_before(head, len(head)))
    words = [w for w in words if w.lower() not in ("has", "have", "had", "is", "was", "been", "still", "also")]
    while len(words) > 1 and words[-1][:1].isupper() and not _ADULT.search(words[-1]):
        words.pop()  # "Mum Hannah has not been seen": the adult named by her role, then her name
    return bool(words) and bool(_ADULT.search(words[-1]))


# "their brother, Connor Gill (DOB 02/12/2022), turned 18 last month. He has been missing since
# yesterday": the one missing is an adult.
_ADULT_NOW = re.compile(r"\b(?:turned|is now|now) (?:1[89]|[2-9]\d)\b(?!\s*(?:weeks?|days?|months?|minutes?|hours?|%|percent))|\b(?:he|she) is an adult\b|\ban adult (?:son|daughter|brother|sister)\b", re.I)


def _an_adult_told_of(sentence: str, around) -> bool:
    """The sentence's subject is "he" or "she" and it, or the one before or after it, says that
    person is an adult."""
    return bool(re.match(r"\W*(?:he|she)\b", sentence, re.I)) and any(_ADULT_NOW.search(st) for st, _ in around)


def _over(sentence: str, end: int) -> bool:
    """The risk is reported as over later in the sentence ("... and was found safe")."""
    for m in FOUND.finditer(sentence, end):
        if not negated(sentence, m.start()):
            return True
    return False


# "Noor knows how to call 999", "mum will ring the police": a plan or an ability, not a report.
_PLAN = re.compile(r"\b(?:knows?|knew|how|able|will|would|can|could|should|'ll|’ll|plan\w*|agreed)\s+(?:\w+\s+){0,2}$", re.I)


# Missing and not back: "still missing", "has been missing since 9 January".
# A missing episode that ended: "was found in Portsmouth", "came home at 7am"
_EPISODE_OVER = re.compile(r"\b(?:was|were|been|got|is|are) (?:\w+ )?(?:found|located|traced|returned|brought (?:back|home))\b"
                           r"|\b(?:came|come) (?:back )?home\b", re.I)
# A child reported missing days ago and, further on, not yet found: "NOT FOUND at handover", "still no word"
_STILL_GONE = re.compile(r"\bnot (?:yet )?(?:been )?(?:found|located|traced)\b|\bstill (?:missing|no (?:word|sign|contact|news|trace))\b|"
                         r"\bno (?:word|sign|trace|news) (?:of (?:her|him|them) )?(?:yet|since)\b|"
                         r"\b(?:has|have)(?:n't| not) (?:yet )?(?:been found|come (?:back|home)|returned)\b", re.I)
_STILL_GONE_SENTENCES = 6


def _still_gone(later) -> bool:
    return any(_STILL_GONE.search(st) for st, past in later if not past)


_COLLECTION = re.compile(r"collect|pick(?:ed)? (?:him|her|them) up|picked up", re.I)
_COLLECTED = re.compile(r"\b(?:collected|picked up|came for|fetched)\s+(?:her|him|them|both|the (?:children|kids|boys|girls)|(?-i:[A-Z][\w'’-]+))\b", re.I)


def _collected_later(later) -> bool:
    """A later sentence says someone did collect the child: the night's account is over."""
    return any((m := _COLLECTED.search(st)) and not negated(st, m.start()) for st, _ in later)


_LAST_WEEKDAY = re.compile(r"\blast (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)  # two days ago or more
_ONGOING = re.compile(r"\bstill\b|\b(?:has|have) been missing\b|\b(?:is|are|remains?) (?:\w+ )?missing\b|\bmissing since\b", re.I)


# A form's printed label, not a statement: "SECTION 5 - IMMEDIATE RISK", "Immediate risk?",
# "immediate risk: No".
_LABEL_AFTER = re.compile(r"[\w -]{0,40}?(?:\?\s*$|[?:]\s*(?:no|none|n/?a|not applicable|not known)\b)", re.I)


# ... or the name of a form, a tool or a procedure: "Immediate Risk Screening (blank)".
_NAMES_A_THING = re.compile(r"[\w -]{0,30}?\b(?:risk|danger|threat|harm|safeguarding|protection)\s+(?:screening|assessment "
                            r"(?:form|tool|template)|form|template|tool|checklist|procedure|protocol|policy|training|"
                            r"guidance|flowchart)\b", re.I)


def _team_name(sentence: str, pos: int) -> bool:
    """A team's name in a signature or a heading ("Emergency Duty Team, Knowsley Council"), not a
    statement that the team was called."""
    return signature_line(sentence[sentence.rfind("\n", 0, pos) + 1:].split("\n", 1)[0])


def _form_label(sentence: str, pos: int) -> bool:
    return sentence.strip().isupper() or bool(_LABEL_AFTER.match(sentence[pos:]) or _NAMES_A_THING.match(sentence[pos:]))


# A phrase named, not used: 'whether that counts as "immediate risk"', 'what the term "significant harm" means'.
_MENTION = re.compile(r"(?:\bcounts? as|\bclass(?:ed|ified)? (?:\w+ )?as|\bcalled|\bthe (?:term|phrase|words?|category|threshold)|"
                      r"\bdefinition of|\bmean(?:s|ing)?(?: of)?|\bwhat (?:is|counts as))\s*[\"“‘']$", re.I)




# A child's known medical condition and its treatment: "gave his EpiPen and called 999 as his care plan says".
_MEDICAL = re.compile(r"\b(?:epi-?pens?|adrenaline|inhalers?|asthma\w*|anaphyla\w*|allergic reaction|seizures?|epilep\w*|"
                      r"bronchiolitis|croup|chest infection|pneumonia|tonsillitis|appendicitis|febrile|"
                      r"diabet\w*|insulin|(?:health ?care|medical|epilepsy|allergy) plan|his care plan|her care plan)\b", re.I)
_HARM_CONCEPTS = frozenset({"harm", "sexual", "threat", "violence", "incapacitated", "substance", "unexplained"})


def _medical_call(sentence: str, matched: str) -> bool:
    """999 called for a child's known medical condition, by the plan for it, with no harm told in
    the sentence: an emergency for the ambulance, not a child protection one."""
    return "999" in matched and bool(_MEDICAL.search(sentence)) and \
        not (risk.tag(sentence).concepts.keys() & _HARM_CONCEPTS)


# Things that go missing: "PE kit missing for five weeks", "the consent form has been missing since May"
_A_THING_MISSING = re.compile(r"\b(?:kit|uniform|form|forms|homework|book|books|money|cash|items?|shoes|trainers|coat|bag|phone|"
                              r"documents?|paperwork|plan|report|pages?|signature|data|details|information|keys?|letter|"
                              r"medication|inhaler|glasses|parcel|post)\s+(?:\w+\s+){0,2}?missing\b", re.I)
_MISSING_WHAT = re.compile(r"\s+(?:school|lessons?|classes|college|nursery|days of school|sessions|appointments?|meals?|breakfast|the bus)\b", re.I)
# A person's wish for peace, not a child left: "wants to be left alone now that social care are closing"
_A_WISH = re.compile(r"\b(?:wants?|wanted|wanting|wish\w*|ask\w*|likes?|liked|prefers?|preferred|begg\w*|plead\w*|would rather)\s+"
                     r"(?:\w+\s+)?to be\s+$", re.I)
_IN_AN_EMERGENCY = re.compile(r"\bin (?:an? )?emergenc(?:y|ies)\b", re.I)
_STARTED = re.compile(r"\b(?:has|have|had) (?:recently |now |just )?(?:started|begun) \w+ing\b", re.I)


# A form's question answered no: "Is there an immediate child protection concern?: No"
_ASKED_NO = re.compile(r"[^.?!\n]{0,80}\?\s*[:|\t]?\s*(?:no|n|none|nil)\b(?!\s+(?:longer|one|idea)\b)", re.I)
# A list of what would matter, marked as not happening: "Bottom lines: relapse; missing overnight (none current)"
_NONE_NOW = re.compile(r"\(\s*(?:none|none current|not current|none at present|none now|n/?a|nil)\s*\)", re.I)
# A rule about any case, not an account of one: "Any immediate child protection concern must go to the MASH"
_ANY = re.compile(r"\bany\s+(?:[\w-]+\s+){0,2}$", re.I)


def _a_cell_naming(sentence: str, pos: int) -> bool:
    """A table cell of a few words naming a team or a service ("| EDT from 5pm |" in a duty rota)."""
    if "|" not in sentence:
        return False
    lo, hi = sentence.rfind("|", 0, pos) + 1, sentence.find("|", pos)
    return len(sentence[lo:hi if hi >= 0 else len(sentence)].split()) <= 4


# What someone should know how to do, not what happened: "mum had not understood when to call 999"
_HOW_TO = re.compile(r"\b(?:when|how|whether|where) to\s+$", re.I)
# An offence on someone's record: "a 2058 conviction for threats to kill a former partner"
_ON_RECORD = re.compile(r"\b(?:convictions? (?:for|of)|convicted (?:of|for)|cautioned (?:for|over)|previous|historic(?:al)?|history of)\s+(?:\w+\s+){0,2}$", re.I)


def _answered_no_or_on_record(sentence: str, pos: int) -> bool:
    """The words at ``pos`` are a form's question answered no, or an offence on someone's record."""
    return bool(_ASKED_NO.match(sentence, pos) or _ON_RECORD.search(sentence[max(0, pos - 40):pos]))


# What to do whenever it happens, not that it has: "For an immediate child protection concern,
# contact MAST", "Where there is an immediate risk to a child, the MASH must be contacted by phone"
_WHAT_TO_DO = re.compile(r"^\s*(?:[-–•*]\s*)?(?:for (?:any |all |an |a )?(?:immediate|urgent|emergency|out of hours)\b[^.]{0,60}\b"
                         r"(?:call|ring|phone|contact)\b|(?:where|whenever|wherever) there(?:'s|’s| is| are)\b)"
                         # stock advice on where worries go: "Out of hours, concerns about a child should go to the
                         # council's Emergency Duty Team"
                         r"|^\s*(?:out of (?:office )?hours|outside (?:office|working|college|school) hours|at weekends|in the holidays)?,?\s*"
                         r"(?:any |all )?(?:safeguarding )?(?:concerns?|worries|referrals?)\b[^.]{0,40}\bshould (?:go|be (?:sent|made|referred|reported|directed)) to\b"
                         # a leaflet's list of steps: "- Call 999 and put your phone on speaker."
                         r"|^\s*(?:[-–•*]|\d{1,2}[.)])\s*(?:call|ring|dial|phone)\s+(?:999|112|an ambulance|the police)\b", re.I)


def _counts(sentence: str, pos: int) -> bool:
    if negated(sentence, pos) or _form_label(sentence, pos) or _MENTION.search(sentence[:pos]) or \
            _answered_no_or_on_record(sentence, pos) or \
            _HOW_TO.search(sentence[max(0, pos - 30):pos]) or _NONE_NOW.search(sentence, pos, pos + 160) or \
            _ANY.search(sentence[max(0, pos - 30):pos]) or _a_cell_naming(sentence, pos):
        return False
    v = risk.vocabulary()
    if v.habitual.search(sentence) and (v.past.search(sentence) or _STARTED.search(sentence)) and \
            not (_RECENT.search(sentence) or _NOW.search(sentence)):
        return False  # a pattern told as past ("police attended twice in May after he turned up drunk"), or
        # one that has begun ("Ștefan has started refusing to go home after school"): a worry, not tonight
    if _PLAN.search(clause_before(sentence, pos)) or risk.checked_for(sentence, pos) or risk.sanctioned_for(sentence, pos):
        return False
    if _IN_AN_EMERGENCY.search(sentence):
        return False  # what to do in an emergency: "or call 999 in an emergency", an out-of-office's advice
    if risk.supposed(sentence, pos) or _WHAT_TO_DO.match(sentence) or _A_WISH.search(sentence[max(0, pos - 40):pos]) or \
            _RULED_OUT_AFTER.match(sentence, pos):  # "the allegation that the baby was left alone is not substantiated"
        return False
    return True
