"""Tri-state facts (consent, manager agreement), the step-down level, the lead practitioner and
the three Signs of Safety headings. Each returns its value and the span it came from.

Tri-state rule (DESIGN.md): True when stated as given; False when stated as refused, declined or
disagreed; None when not mentioned or still to be asked ("I'll ask mum at the visit").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from bot.parser.extract.names import NAME, TITLES, first_names
from bot.parser.prefilter import live
from bot.parser.text import EMAIL_ADDRESS, sentences

_PARENT = (r"(?:mum|mother|dad|father|parents?|carers?|step-?dad|step-?mum|grandmother|grandfather|"
           r"grandparents?|family|(?:Mr|Mrs|Ms|Miss)\.?\s+[A-Z][\w'-]*|young person)")
_PENDING = re.compile(r"\b(?:will|I'll|I will|(?<!not )(?<!never )going to(?!\s+(?:the\s+)?(?:MAST|MASH|panel|triage|social care|children's social care|CSC|early help)\b)|to be (?:confirmed|asked|signed|sought|obtained|discussed)|yet to|still to|(?<!the )(?<!a )(?<!my )(?<!our )(?<!this )plan to|hope to|once|"
                      r"not yet|haven't yet|has not yet|awaiting|pending|to follow|tbc|to get|"
                      r"hasn't been|not been able|unsure|about consent|not (?:yet )?been (?:asked|approached|spoken to)|"
                      r"not asked|to be completed|still need\w*|waiting (?:for|on)|in principle|subject to)\b"
                      r"|(?:\||:)\s*(?:no|n/?a|not (?:yet|known|obtained|given))\b", re.I)

# what a parent may decline: the help or the request itself
_HELP = (r"(?:early help|EH\b|family first|family support|support\b|help\b|the step[- ]?(?:up|down)|this step[- ]?(?:up|down)|"
         r"step[- ]?(?:up|down)|referral|contact\b|(?:the |this )?plan\b|services?\b|involvement|the offer|intervention)")
_NOT_YET = re.compile(r"\b(?:yet|pending|awaiting|until)\b", re.I)
CONSENT_REFUSED = [
    r"\b(?:won't|will not|wouldn't|would not|refus\w+ to|(?:does not|doesn't) want to)\s+(?:give|sign)\s+(?:her |his |their |the )?consent\b",
    r"\b(?:declined|refused|withdrawn|withheld|withdrew|withdraws|withdrawing|refuses|refusing|declines|declining)\b[^.]{0,20}\bconsent\b",
    r"\bconsent\b[^.]{0,30}\b(?:was |has been |is )?(?:declined|refused|withheld|withdrawn|not given)\b",
    rf"\b{_PARENT}\b[^.]{{0,30}}\b(?:does not|doesn't|did not|didn't|will not|won't|has not|hasn't)\s+(?:give\s+)?consent",
    rf"\b{_PARENT}\b[^.]{{0,60}}\b(?:does not|doesn't|doesn’t|did not|didn't|didn’t) agree\b",
    # declining the help itself: "mum has declined Early Help", "Mum said no to Early Help",
    # "dad is not in agreement with the step up", "does not want Early Help"
    rf"\b{_PARENT}\b[^.]{{0,30}}\b(?:declined|declines|refused|refuses|said no to|says no to|turned down|rejected|"
    rf"(?:does not|doesn't|doesn’t|did not|didn't|didn’t) want)\s+(?:the\s+|an?\s+|any\s+)?(?:offer of\s+)?{_HELP}",
    rf"\b{_PARENT}\b[^.]{{0,30}}\b(?:is|are|was|were) not in agreement\b",
    # the parent as a pronoun, the help understood: "I have explained what Early Help offers, but at the
    # moment she has declined."
    rf"\b(?:she|he|they)\s+(?:has|have|had)\s+(?:now\s+|since\s+|again\s+)?(?:declined|refused)\b(?=\s*(?:[.;,]|$)|\s+(?:it\b|{_HELP}))",
    # the parent as a pronoun, refusing the help itself: "she does not agree and she does not want
    # the social care in her house"
    rf"\b(?:she|he|they)\s+(?:does not|doesn't|doesn’t|do not|don't|don’t|did not|didn't|didn’t) want\s+"
    rf"(?:the\s+|an?\s+|any\s+)?(?:{_HELP}|social care|social services)",
    # the help refused in the family's own words: "she told me to leave it", "He won't have social
    # services in the house"
    rf"\b(?:{_PARENT}|she|he|they)\b[^.]{{0,40}}\btold (?:me|us|her|him|the worker) to (?:leave it|drop it|go away|back off)\b",
    r"\b(?:won't|won’t|will not|wouldn't|wouldn’t|would not) (?:have|let|allow) (?:social services|social care|social workers?|"
    r"early help|family first|services|anyone from (?:social|the council|early help))\b",
    # "Hayley has told Sam she does not agree with a referral to Children's Services"
    r"\b(?:she|he|they)\s+(?:does not|doesn't|doesn’t|do not|don't|don’t|did not|didn't|didn’t) agree (?:with|to)\s+"
    # (a manager "did not agree to the step up" is the manager's view, not the family's: no "step" here)
    r"(?:the\s+|an?\s+|any\s+|this\s+)?(?:early help|family first|referral|social care|social services|children's services|"
    r"children’s services)",
    # "He does not agree to us contacting MASH"
    rf"\b(?:{_PARENT}|she|he|they)\b[^.]{{0,20}}\b(?:does not|doesn't|doesn’t|do not|don't|don’t|did not|didn't|didn’t) agree (?:with|to) "
    r"(?:us |me |our |my |the worker |school )?(?:contacting|referring|making a referral to|sending (?:this|it|a referral) to|a referral to|"
    r"the contact to|a contact to|telling) (?:the )?(?:MASH|MAST|social care|social services|children's services|children’s services)\b",
    # consent taken back later in a thread: "dad has withdrawn his agreement", "still no consent"
    rf"\b{_PARENT}\b[^.]{{0,40}}\b(?:has |have |had )?(?:withdrawn|withdrew|taken back|took back|retracted) (?:his |her |their )?(?:agreement|consent)\b",
    r"\b(?:treat (?:it|this) as|still|there is|there's|so) no consent\b(?! form)",
    # the parent as a pronoun: "as it stands he doesn't consent", "told me she does not consent"
    r"\b(?:she|he|they)\s+(?:does not|doesn't|doesn’t|do not|don't|don’t|did not|didn't|didn’t|will not|won't|won’t)\s+"
    r"(?:give\s+(?:her |his |their )?)?consent\b",
    # refusal in the family's own idiom: "she was not having it", "he said over his dead body"
    rf"\b(?:{_PARENT}|she|he|they)\b[^.]{{0,15}}\b(?:was|were|is|are)(?:n't|n’t| not) having (?:it|any of it|that|this)\b",
    r"\bover (?:his|her|their|my) dead bod(?:y|ies)\b",
    # "mum wasn't happy to sign the consent", "dad is not willing to agree to it"
    rf"\b{_PARENT}\b[^.]{{0,30}}\b(?:wasn't|wasn’t|was not|isn't|isn’t|is not|weren't|were not|aren't|are not) "
    rf"(?:happy|willing|prepared|keen) to (?:sign|give|agree|consent|engage|accept)\b",
]
CONSENT_GIVEN = [
    # the family's own words to the worker: "you have our consent", "you've got my consent for the early help"
    r"\b(?:you|you've|you’ve)\s+(?:have\s+|got\s+|have got\s+)?(?:our|my)\s+(?:full\s+|written\s+)?consent\b",
    rf"\b{_PARENT}\b[^.]{{0,40}}\b(?:is aware|are aware|knows|know|has been told|have been told|understands?)\b[^.]{{0,40}}\band (?:agrees?|is happy|are happy|consents?|(?:is |are )?in agreement|(?:has|have) agreed(?! to (?:take|be|lead)))\b",
    # "has given her informed agreement to the continuation of support", "Mum's given the nod to Early Help"
    r"\b(?:has|have|had)?\s*(?:given|gave)\s+(?:her|his|their)\s+(?:full\s+|informed\s+|verbal\s+|written\s+)?agreement\b",
    rf"\b{_PARENT}(?:'s|’s|\s+has|\s+have|\s+had)?\s+(?:now\s+|also\s+)?(?:given|gave)\s+(?:it\s+|us\s+|me\s+)?the\s+(?:nod|go-ahead|green light|thumbs up)\b",
    r"\b(?:has|have|had)?\s*(?:given|gave|(?<!to )gives?|signed|provided)\s+(?:her|his|their|written|verbal|full|the)?\s*(?:written\s+|verbal\s+|signed\s+)?consent\b",
    r"\bsigned\b[^.]{0,20}\bconsent(?: form)?\b",
    r"\bconsent(?: form)?\b[^.]{0,45}\b(?:obtained|given|signed|received|agreed)\b",
    r"\bconsented\b", r"\bconsents\b",
    rf"\b{_PARENT}\b[^.]{{0,60}}\b(?:is|are) (?:also |fully |now )?in agreement\b",
    # a note's shorthand: "Mother in agreement with Early Help continuing the plan"
    rf"\b{_PARENT}\b[^.]{{0,20}}\bin agreement with\b",
    # agreement told with where it was given: "Mum agreed on the phone this morning", "dad said yes at the TAF"
    rf"\b{_PARENT}\b[^.]{{0,20}}\b(?:agreed|consented|said yes) (?:on|over) the (?:phone|telephone)\b",
    # "Dad is on board with the step up", "mum is happy for the step down to go ahead",
    # "Yasmin and her mum both consent to the step down"
    rf"\b{_PARENT}\b[^.]{{0,60}}\b(?:is|are|was|were) (?:both |all |also |fully |now )?on board\b",
    rf"\b{_PARENT}\b[^.]{{0,40}}\b(?:is|are) (?:both |all |also |fully |now )?happy for\b",
    rf"\b{_PARENT}\b[^.]{{0,40}}\b(?:both |all |also |now )?consent to\b",
    # "Mum's on board", "Mum's fine with Family First coming in", "dad is OK with EH being involved",
    # "Mum agreed verbally at the visit"
    rf"\b{_PARENT}(?:'s|’s)\s+(?:also |fully |now |both )?(?:on board|happy for|happy with|fine with|ok with|okay with|OK with|content with)\b",
    rf"\b{_PARENT}\b[^.]{{0,40}}\b(?:is|are|was|were|'s|’s) (?:also |fully |now |both |all |quite )?(?:fine|ok|okay|content) "
    rf"(?:with|about)\b[^.]{{0,40}}\b(?:step|referral|early help|family first|EH|plan|support|it|this|coming in|involv\w*|help|"
    r"going ahead|go ahead|proceeding)\b",
    # pleased in the family's own dialect: "Mum is sound with it", "she's made up about the step down",
    # "dad's chuffed with the plan"
    rf"\b(?:{_PARENT}|she|he|they)\b[^.]{{0,40}}?\b(?:is|are|was|were|'s|’s)\s+(?:really\s+|dead\s+|well\s+)?(?:sound|made up|chuffed|buzzing)\s+"
    r"(?:with|about|for)\s+(?:it|this|that|the (?:step[- ]?(?:up|down)|referral|plan|support|help|idea)|early help|family first)\b",
    # signing told without the form's name: "Mum signed at the visit", "dad put his name to it",
    # "consent is done"
    rf"\b{_PARENT}\b (?:has |had )?(?:now |also )?signed\b(?!\s+(?:off|up|for|in|out|the (?:tenancy|lease|contract)))",
    r"\b(?:put|puts|putting) (?:his|her|their) names? (?:to|on) (?:it|the (?:form|plan|consent|step))\b",
    r"\bconsent (?:is|was|has been) (?:done|sorted|in place|in hand)\b",
    rf"\b{_PARENT}\b[^.]{{0,20}}\b(?:agreed|consented) verbally\b",
    # "mum said yes on the phone on Monday to early help continuing the plan"
    rf"\b{_PARENT}\b[^.]{{0,20}}\bsaid yes\b[^.]{{0,40}}\b(?:to|for)\b[^.]{{0,20}}\b(?:step|referral|early help|family first|plan|support|help|it|this)\b",
    # a worker recording it at a meeting: "Lovely, that's your consent then"
    r"\bthat(?:'s|’s| is) (?:your|her|his|their) consent\b(?!\s*\?)",
    rf"(?<!met )(?<!meet )(?<!seen )(?<!visited )(?<!told )(?<!with )(?<!to )\b{_PARENT}\b[^.]{{0,40}}\b(?:agrees?|agreed|is happy|are happy|happy)\b[^.]{{0,20}}\b(?:to|with)\b(?!\s+(?:every|all|any|whatever|each)\b)[^.]{{0,40}}\b(?:step|referral|early help|family first|contact\w*|plan|it|this|support|MASH|MAST)\b",
]
# "case manager" / "care manager" is a worker's role ("a case manager to support mum"), not sign-off.
# A duty manager is the receiving team's, agreeing a meeting's time: "As agreed with Jasper Quint (EH
# duty manager), the step-down case discussion is on Thursday"; an offender manager is probation's.
MANAGER = (r"(?:(?<!case )(?<!care )(?<!pastoral )(?<!Pastoral )(?<!office )(?<!nursery )(?<!duty )(?<!duty team )(?<!offender )"
           r"manager|(?<!duty )TM|ATM|line manager|team leader|"
           # a school's or a clinic's line manager: "Our Headteacher, Mr Ian Layton, agrees"
           r"supervisor|head of service|service manager|practice manager|head ?teacher|head of school|headmaster|headmistress|"
           r"clinical (?:team )?lead(?:er)?)")
MANAGER_REFUSED = [
    # "TM: not at this stage", "my TM's response ... was 'not at this stage'"
    rf"\b{MANAGER}\b[^.\n]{{0,60}}?(?:[:|]\s*|\b(?:response|answer|view|decision)\b[^.\n]{{0,60}}?)[\"“']?not (?:at this stage|now|yet|for now)\b",
    rf"\b{MANAGER}\b[^.]{{0,60}}\b(?:does not|doesn't|did not|didn't|has not|hasn't) (?:agree|support|approve)",
    rf"\b{MANAGER}\b[^.]{{0,60}}\b(?:disagree[sd]?|declined|refused|rejected|not agreed|not support\w*|not agreeing)\b",
    rf"\b{MANAGER}\b[^.]{{0,60}}\b(?:is|was|are) not in agreement\b",
    rf"\b{MANAGER}\b[^.\n]{{0,60}}\bthreshold\b[^.\n]{{0,30}}\b(?:is |was |has )?not (?:been )?met\b",
    # a manager taking agreement back: "my manager has withdrawn her agreement", "I'm withdrawing my
    # agreement to the step up", "this doesn't have management sign-off"
    rf"\b{MANAGER}\b[^.]{{0,60}}\b(?:withdr[ae]wn?|withdrawing|withdraws|taken back|taking back|retract\w*)\s+(?:her|his|their)\s+"
    r"(?:agreement|approval|sign[- ]?off|support)\b",
    r"\b(?:doesn't|does not|don't|do not|hasn't|has not)\s+(?:yet\s+)?(?:have|got)\s+(?:management|manager(?:'s|’s)?|team manager(?:'s|’s)?)\s+(?:sign[- ]?off|agreement|approval)\b",
]
MANAGER_AGREED = [
    # (not a practitioner agreeing to a role: "Pastoral Manager, who has agreed to take the role")
    rf"(?<!your )(?<!your duty )\b{MANAGER}\b(?:[^.]|(?<=\d)\.(?=\d)){{0,80}}\b(?<!to )(?:agree[sd]?|(?<!before )(?<!without )(?<!prior to )(?<!not )agreeing|approved?|approving|signed (?:(?:it|this|that|them|the \w+(?: \w+)?) )?off|authori[sz]ed|endorsed|supports?|confirm\w*)\b"
    r"(?!\s+to\s+(?:take|be|lead|pick|act|become|hold|carry|chair|attend|join))"
    # a time agreed for the meeting is not the manager agreeing the request: "we've agreed Friday at 2pm"
    r"(?!\s+(?:a |the )?(?:time|date|day|slot|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)",
    # Torbay: "Manager's analysis (S. Quick, Team Manager, 21/12/2033): threshold for level 3 met"
    rf"\b{MANAGER}\b(?:[^.\n]|(?<=\b[A-Z])\.){{0,60}}\bthreshold\b(?:[^.\n](?!\bnot\b)){{0,30}}\b(?:is |was |has been )?met\b",
    # the manager said to send it: "My manager, Nadim Rahman, has said to send this to you now as a step up"
    rf"\b{MANAGER}\b[^.]{{0,60}}\b(?:has |had )?(?:said|says|told me|asked me) (?:to |I should |we should )?(?:send|refer|step) "
    r"(?:it|this|them|the (?:family|children|case|referral|request|step[- ]?(?:up|down)))\b",
    rf"\b{MANAGER}\b[^.]{{0,60}}\b(?:is|was|are) (?:happy|content|comfortable) (?:with|for) (?:the |this |my |our )?(?:plan|step|referral|request|it|this)\b",
    rf"\b{MANAGER}\b[^.\n]{{0,20}}\bsign[- ]?off\b[^.\n]{{0,10}}(?:[:|]\s*)?(?:yes|given|obtained|agreed|received|done)\b",
    rf"\b(?:sign[- ]?off|approval|agreement|authorisation|authorization)\s+(?:from|by)\s+(?:my\s+|the\s+)?(?:\w+\s+)?{MANAGER}\b[^.]{{0,20}}\b(?:obtained|given|received|in place)\b",
    rf"\b(?:agreed|approved|signed off|authori[sz]ed)\b[^.]{{0,15}}\bby\b[^.]{{0,40}}\b{MANAGER}\b",
    # (not the receiving team's manager: "what I agreed with your duty TM on the phone")
    rf"\b(?:agreed|approved|discussed and agreed|cleared|signed off)\b[^.]{{0,15}}\bwith\b(?!\s+your\b)[^.]{{0,40}}\b{MANAGER}\b"
    # (not a task of the writer's: "I agreed with my manager that I would chase school")
    r"(?![^.]{0,40}\bthat (?:I|we)(?:'d|’d|'ll|’ll| would| will| should)\s+(?!step|refer|send|make|submit|request)\w+)",
    # the manager signed the request itself: "My team manager, Lucy Barnard, signed the MARF this
    # morning"; or OK'd it: "TM (Jo Hext) ok'd it at 2pm"
    rf"\b{MANAGER}\b[^.]{{0,60}}?\b(?:has |had )?(?:signed|countersigned|co-signed) (?:the |this |my |our |her |his )?"
    r"(?:MARF|form|request|referral|step[- ]?(?:up|down)|plan|paperwork|application)\b",
    rf"\b{MANAGER}\b[^.]{{0,60}}?\b(?:ok'd|ok’d|okayed|OK'd|OK’d|okay'd|given (?:it |this )?the (?:nod|go-ahead|green light|thumbs up))\b",
    # "Team manager sign-off: I have read the assessment and the plan and I agree that …"
    rf"\b{MANAGER}\b[ \t]*(?:sign[- ]?off|agreement|authori[sz]ation|approval|oversight)[ \t]*[:|][^\n]{{0,160}}?\bI (?:agree|approve|authori[sz]e|support)\b",
    # agreed in supervision: "Discussed with Reshma in supervision this morning and she's happy for this to go"
    # (not "she is happy for me to ask for MASH's view": that is not the step agreed)
    r"\bsupervision\b[^.]{0,60}?\b(?:agreed|approved|signed (?:it |this )?off|(?:she|he|they)(?:'s|’s| is| was| were| are) "
    r"(?:happy|content|comfortable) (?:for|with) (?:this|it|the (?:step[- ]?(?:up|down)|referral|request|plan))\b)",
    # a form's manager section signed: "the manager section is now signed", "My manager has completed
    # the management section"
    rf"\b{MANAGER}\b[^.]{{0,40}}?\b(?:has |had )?(?:completed|signed|filled in|done) (?:the |her |his )?(?:management|manager(?:'s|’s)?) "
    r"(?:section|box|part|sign[- ]?off)\b",
    rf"\b{MANAGER}(?:'s|’s)? (?:section|box|part|sign[- ]?off) (?:of the \w+ )?(?:is|has been|was) (?:now )?(?:signed|completed|done)\b",
    # "with my manager Gwen Hadley's agreement"
    rf"\bwith\s+(?:my\s+|our\s+|the\s+)?{MANAGER}\b[^.]{{0,40}}?(?:'s|’s)\s+(?:full\s+)?(?:agreement|approval|support|sign[- ]?off)\b",
    # the agreement sent with the request: "Her team manager's agreement is below", "see my manager's
    # approval attached"
    rf"\b{MANAGER}(?:'s|’s)\s+(?:agreement|approval|sign[- ]?off|authorisation|authorization)\b[^.\n]{{0,30}}?"
    r"\b(?:(?:is|are) )?(?:below|attached|enclosed|underneath|in the (?:thread|chain|email|mail) below)\b",
    # a form row: "Manager's analysis | Completed by Team Manager ...", "Manager decision: agreed"
    r"\b(?:manager|TM)(?:'s|’s)?\s+(?:analysis|decision|oversight|authorisation|sign[- ]?off)\b[^\n]{0,15}?[|:\t]\s*"
    r"(?:completed|done|recorded|agreed|approved|yes|given|signed)\b",
    r"\b(?:Agreement by line manager|Manager oversight|Manager agreement|Management oversight)\b[^\n]{0,20}[|:]\s*(?!\s*(?:n/?a|no|tbc|to be))\S",
    # a plan or form signed off under the manager's name: "Agreed - Rhian Watkins, Team Manager"
    r"^\W*(?:agreed|approved|authori[sz]ed|signed off)\s*[-–—:,]\s*(?:by\s+)?(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}),?\s*"
    r"(?:\(|\||,)?\s*(?:Deputy |Assistant |Acting )?(?:Team|Service|Line|Practice|Unit) Manager\b",
]
I_AGREE = re.compile(r"\bI(?:'ve|’ve)?\s+(?:have\s+|also\s+|fully\s+|now\s+)?(?:[^.]{0,60}\band\s+)?"
                     r"(?:agree|agreed|approve|approved|support|authori[sz]e|authori[sz]ed)\b(?!\s+with you)"
                     # "I have signed this step-down off on the condition that …", "I signed the step up off on 3 May"
                     r"|\bI(?:'ve|’ve)?\s+(?:have\s+|had\s+|now\s+)?signed\s+(?:it|them|(?:this|that|the|my|her|his)(?:\s+[\w-]+){0,2}?)\s+off\b"
                     r"|\bI(?:'ve|’ve)?\s+(?:have\s+|had\s+|now\s+|also\s+)?signed\s+off\s+(?:it|this|that|the|my|her|his)\b"
                     # "Forwarding Kyle's step up with my agreement"
                     r"|\bwith\s+my\s+(?:full\s+)?(?:agreement|approval|support|sign[- ]?off)\b", re.I)
I_REFUSE = re.compile(r"\bI\s+(?:do not|don't|don’t|cannot|can't|can’t|will not|won't|am not able to)\s+(?:support|agree|approve|authori[sz]e)\b"
                      # (not the worker's proposal the manager overrules: "I don't agree with closure: I've
                      # overruled that and we are stepping down to you")
                      r"(?!\s+(?:with|to)\s+(?:the\s+|her\s+|his\s+|case\s+)*(?:closure|closing|clos(?:e|ing) the case|NFA|no further action)\b)"
                      r"|\bI\s+(?:disagree|am not in agreement)\b"
                      # "I haven't signed it off and I'm not going to" (not "… yet")
                      r"|\bI\s+(?:haven't|haven’t|have not|won't|won’t|will not|am not going to)\s+(?:be\s+)?sign(?:ed|ing)?\s+"
                      r"(?:it|them|(?:this|that|the|my|her|his)(?:\s+[\w-]+){0,2}?)\s+off\b(?![^.]{0,30}\byet\b)"
                      r"|\bI(?:'m|’m| am| have|'ve|’ve)\s+(?:withdrawing|withdrawn|taking back|taken back)\s+my\s+(?:agreement|approval|sign[- ]?off|support)\b", re.I)
# (one group: other patterns are built on its text, "... " + MANAGER_TITLE.pattern)
MANAGER_TITLE = re.compile(r"(?:\b(?:Team|Service|Line|Practice|Unit|Deputy Team|Assistant Team)\s+Manager\b|\bTeam Leader\b|\bHead of Service\b)", re.I)


# A form's label on a line of its own, its answer on the next: "Agreement by line manager:" /
# "Yes - see email". Read as one line.
_LABEL_ALONE = re.compile(r"^([ \t]*[^\n]{3,80}?[:?])[ \t]*\n(?=[ \t]*[^\s|])(?![^\n]{0,60}[:|])", re.M)


def _tri(text: str, given: list[re.Pattern], refused: list[re.Pattern]) -> tuple[bool | None, str | None]:
    ev_true = ev_before = None
    clauses = list(_clauses(_LABEL_ALONE.sub(r"\1 ", text)))
    read = "\n".join(c.text for c in clauses)
    given, refused = live(given, read), live(refused, read)

    def stated(clause: str) -> re.Match | None:
        if _A_QUESTION.match(clause):
            return None  # "Hi, does anyone have the signed consent form for Jasmine?"
        return next((m for p in given if (m := p.search(clause)) and not _negated_verb(_part_of(clause, m.start(), m.end()))
                     and not _pending_near(clause, m.start(), m.end()) and not re.match(r"\s*\?", clause[m.end():])
                     and not _conceded(clause, m.start(), m.end()) and not _BOXES_UNTICKED.match(clause, m.end())), None)

    for i, s in enumerate(clauses):
        for p in refused:
            m = p.search(s.text)
            if m and not _NOT_YET.search(s.text, m.start(), m.end() + 20):  # "hasn't agreed it yet": pending
                if _changed_mind(s.text[m.end():], given):
                    ev_true = ev_true or s.text[:300]
                    break  # "had declined Early Help in February, but ... she gave her consent": the later wins
                # ... or in the sentences that follow: "mum withdrew her consent last Tuesday. She rang me this
                # morning and has given her consent again"
                later = next((c.text for c in clauses[i + 1:i + 4] if _AGAIN.search(c.text) and stated(c.text)), None)
                if later:
                    ev_true = ev_true or later[:300]
                    break
                # a limit on what may be shared, beside consent given: "consents to Early Help continuing.
                # BUT he does NOT consent to us sharing the plan with Maya's school"
                if _SHARING_LIMIT.search(s.text) and any(stated(c.text) and not _SHARING_LIMIT.search(c.text)
                                                         for c in clauses if c is not s):
                    break
                if _EARLIER.search(s.text[:m.end()]):
                    ev_before = ev_before or s.text[:300]  # "initially refused": wins only when nothing else is said
                    break
                return False, s.text[:300]
        if ev_true is None and stated(s.text):  # ("Consent given?" is a form's question, not its answer)
            ev_true = s.text[:300]
    if ev_true:
        return True, ev_true
    return (False, ev_before) if ev_before else (None, None)


# A form's question whose answer boxes are all empty: "Consent given:   [ ] Yes  [ ] No"
_BOXES_UNTICKED = re.compile(r"[^\n\[☐□☒☑✓✔]{0,60}(?:(?:\[\s*\]|☐|□)\s*[\w/]+\s*){2,}$", re.M)


# A question to the reader ("Hi, does anyone have the signed consent form?"), not a form's question
# whose answer follows it ("Does the family consent to the step-down?   Yes")
_A_QUESTION = re.compile(r"(?i)^(?:\W*(?:hi|hello|morning|afternoon)\b[^,?]{0,30},\s*)?(?:(?:does|do|did|has|have|had|can|could|"
                         r"would|will)\s+(?:anyone|anybody|someone|somebody|any\s?one|you|we)\b|who|anyone)\b[^?]*\?\s*$")
# A change of mind told in a later sentence: "has given her consent again", "has now agreed"
_AGAIN = re.compile(r"\b(?:again|now|since|has changed (?:her|his|their) mind|changed (?:her|his|their) mind|"
                    r"this (?:morning|afternoon)|today)\b", re.I)
# A refusal about sharing with one party only: "does NOT consent to us sharing the assessment with the school"
_SHARING_LIMIT = re.compile(r"\bshar(?:e|ed|ing)\b[^.;]{0,60}?\bwith\b", re.I)


# A change of mind told after a refusal in the same clause ("..., but she has now consented").
_LATER = re.compile(r"\b(?:but|however|since then|now|later|then|until)\b", re.I)
_EARLIER = re.compile(r"\b(?:initially|at first|originally|previously|had (?:declined|refused|said no|withdrawn|withheld))\b", re.I)


# Agreement granted as past, against what came since: "although mum agreed to the plan at the
# start, she has cancelled five visits".
_CONCEDED_BEFORE = re.compile(r"\b(?:although|though|whilst|whereas|even if|initially|originally|at first)\b", re.I)
_CONCEDED_AFTER = re.compile(r"^[^.;]{0,30}?\b(?:at the start|at first|initially|originally|in the beginning)\b", re.I)


def _conceded(clause: str, start: int, end: int) -> bool:
    return bool(_CONCEDED_BEFORE.search(clause[max(0, start - 60):end]) or _CONCEDED_AFTER.search(clause[end:]))


# the verb left out after the turn: "she didn't agree at first, but did once the toolkit was done",
# "… but has now", "but has since"
_DID_AFTER_ALL = re.compile(r"^\s*(?:she|he|they|mum|dad|the manager)?\s*(?:did|does|has now|has since|now has|since has|now does)\b(?!\s+not\b|n['’]t)", re.I)


def _changed_mind(after: str, given: list[re.Pattern]) -> bool:
    turn = _LATER.search(after)
    return bool(turn) and (any(p.search(after[turn.end():]) for p in given) or bool(_DID_AFTER_ALL.match(after[turn.end():])))


def _clauses(text: str):
    for s in sentences(text):
        yield from (type(s)(part.strip(), s.start) for part in re.split(r";\s+", s.text) if part.strip())


# A clause's asides: "Mum has consented - signed form attached (password to follow)". A pending
# word in an aside (a dash-separated part or a bracket) does not make the stated fact pending.
_DASH = re.compile(r"\s+[-–—]\s+")
_BRACKET = re.compile(r"\([^()]*\)")


def _pending_near(clause: str, start: int, end: int) -> bool:
    """A pending word in the part of ``clause`` the match at start..end belongs to. A second verb
    joined by "and" is its own statement: "agrees with the step down and will join" is agreed."""
    # ... and so is a new clause after a comma: "Mother agree verbally to the step down, I will bring the form"
    joined = re.search(r"\s(?:and|but)\s|,\s+(?:I|we|she|he|they)[\s'’]", clause[end:])
    if joined:
        clause = clause[:end + joined.start()]
    for b in _BRACKET.finditer(clause):
        if b.start() <= start and end <= b.end():
            return bool(_PENDING.search(b.group(0)))
    lo = max((d.end() for d in _DASH.finditer(clause, 0, start)), default=0)
    hi = next((d.start() for d in _DASH.finditer(clause, end)), len(clause))
    part = _BRACKET.sub(lambda b: b.group(0) if lo + b.start() < end and lo + b.end() > start else " ", clause[lo:hi])
    # ... as is a verb joined after one that waits: "will join and agrees with the step down"
    return bool(_PENDING.search(_WAITS_THEN_AND.sub(" ", part)))


_WAITS_THEN_AND = re.compile(r"\b(?:will|I'll|I’ll|going to)\s+\w+(?:\s+\w+)?\s+and\s+(?=(?:also\s+)?(?:agrees|supports|consents|is happy|has agreed)\b)", re.I)


def _part_of(clause: str, start: int, end: int) -> str:
    """The part of ``clause`` a match belongs to, up to a "but": "mum gave her verbal consent ...
    but she hasn't signed the written consent form yet" gives consent; the form is another matter."""
    before = [b.end() for b in re.finditer(r"\s(?:but|however|although)\s", clause[:start])]
    after = re.search(r"\s(?:but|however|although)\s", clause[end:])
    return clause[before[-1] if before else 0:end + after.start() if after else len(clause)]


def _negated_verb(s: str) -> bool:
    return bool(re.search(r"(?:\bnot|n't|n’t|\bnever|\bno)\b\s+(?:\w+\s+){0,2}(?:given|signed|consent\w*|agree\w*|approved)", s, re.I))


# A form row answered yes, on its line or the next: "Parental consent to referral\nYes - both parents"
_CONSENT_ROW = re.compile(r"^[ \t]*(?:parental |parents'? |parent(?:'s|’s) |family )?consent\b[^\n?]{0,40}\??[ \t]*[|:\t]?"
                          r"[ \t]*\n?[ \t]*(?:[|:][ \t]*)?yes\b[^\n]*", re.I | re.M)


_CONSENT_GIVEN, _CONSENT_REFUSED, _MANAGER_AGREED, _MANAGER_REFUSED = (
    [re.compile(p, re.I) for p in ps] for ps in (CONSENT_GIVEN, CONSENT_REFUSED, MANAGER_AGREED, MANAGER_REFUSED))


def find_consent(text: str, children: tuple[str, ...] = ()) -> tuple[bool | None, str | None]:
    """Consent given (True), refused (False) or not told (None). ``children``: the names of the
    message's children, so "Chelsea agrees with the referral" is read as a parent's consent and
    "Tyler agrees with the plan" (a child's view) is not."""
    if (enough := _ONE_CONSENT_ENOUGH.search(text)) and not _PENDING.search(_sentence_at(text, enough.start())):
        return True, _sentence_at(text, enough.start())  # one parent objects; the other's consent is enough
    value, ev = _tri(text, _CONSENT_GIVEN, _CONSENT_REFUSED)
    if value is None and (row := _CONSENT_ROW.search(text) or _CONSENT_TERSE.search(text)):
        return True, row.group(0).strip()[:300]
    if value is None:
        kids = first_names(children)
        for m in _NAMED_AGREES.finditer(text):
            who = re.split(r",? and |, ", m.group("who") or m.group("knower"))
            if not {w.casefold() for w in who} & kids and not set(who) & _NOT_A_PARENT:
                return True, _sentence_at(text, m.start())
    return value, ev


# "mum's consent is sufficient for the step up to go ahead, and dad's objection is recorded"
_ONE_CONSENT_ENOUGH = re.compile(r"\b(?:his|her|their|mum['’]s|dad['’]s|mother['’]s|father['’]s|one parent['’]s|"
                                 r"(?-i:[A-Z][a-z]+)['’]s)\s+consent\s+(?:is|was|will be|alone is)\s+(?:sufficient|enough)\b", re.I)
# Terse notes: "Consent y - mum, 25/07.", "Consent attached - mum signed the form at my visit"
_CONSENT_TERSE = re.compile(r"^\W*(?:parental |parent(?:'s|’s) |family(?:'s|’s)? )?consent(?: form)?\s*[:\-–]?\s*"
                            r"(?:y|yes|attached|enclosed|signed|given|obtained|received)\b(?!\s*\?)"
                            r"(?![^\n]*(?:\b(?:not|no|declined|refused|tbc|pending|unknown)\b|n['’]t\b|\bn/a\b))[^\n]*", re.I | re.M)
# A parent named by first name agreeing to the help: "Chelsea agrees with the referral"
# (also "Kerry-Ann has agreed to the step up", "Fatima, Yasmin and Omar have all agreed to Early Help
# continuing the plan", "Donna knows about the step up and has agreed to it"; a manager agrees the
# step up, a parent agrees to it)
_A_FIRST_NAME = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_NAMED_AGREES = re.compile(rf"\b(?P<who>{_A_FIRST_NAME}(?:, {_A_FIRST_NAME})*(?:,? and {_A_FIRST_NAME})?) "
                           r"(?:(?:knows|is aware|understands)\b[^.]{0,40}?\band )?(?:has |have |had )?(?:both |also |now |all )?"
                           r"(?:agrees?|agreed|consents?|consented|is happy|are happy) (?:with|to) (?:me |us )?(?i:(?:the |this |a |her |his |their )?"
                           r"(?:step|referral|refer\w*|early help|family first|request|contact\w*|pre-birth|assessment|plan))\b"
                           rf"|\b(?P<knower>{_A_FIRST_NAME}) (?:knows|is aware)\b[^.]{{0,40}}?\band (?:has )?(?:agreed|agrees) to it\b")
_NOT_A_PARENT = {"She", "He", "They", "It", "This", "Everyone", "School", "Police", "Health", "Manager", "Lead", "Nan", "Gran",
                 # a parent by role is read above, where a pending word ("I will ask mum") holds it back
                 "Family", "Parent", "Parents", "Parental", "Mum", "Dad", "Mother", "Father", "Carer", "Carers", "Consent"}


def _sentence_at(text: str, pos: int) -> str:
    start = max(text.rfind(".", 0, pos), text.rfind("\n", 0, pos)) + 1
    end = min([i for i in (text.find(".", pos), text.find("\n", pos)) if i >= 0] or [len(text)])
    return text[start:end + 1].strip()[:300]


# A form row answered yes: "Team manager agreement (level 4)   Yes - Lisa Coombe",
# "Discussed with line manager:   [X] Yes".
_MANAGER_ROW = re.compile(r"^[ \t|]*(?:(?:team|line|my) )?(?:manager(?:'s|’s)?|TM|ATM) (?:agreement|approval|sign[- ]?off|authorisation|"
                          r"authorization|analysis)\b[^\n]{0,60}?(?:[|:]|\s{2,}|\t)[ \t]*(?:\[[xX✓✔]\][ \t]*)?"
                          r"(?:yes|y|agreed|given|obtained|recorded|done|signed)\b[^\n]*"
                          r"|^[ \t]*discussed with (?:my |the |a )?(?:line |team )?manager\b[^\n]{0,10}?[:|]?[ \t]*\[[xX✓✔]\][ \t]*yes\b[^\n]*"
                          # "Team manager sign-off: B. Lindqvist, 15/09/2028 - step-down to Early Help agreed."
                          # "Section 9 - Manager's analysis: threshold for level 3 met; step-down agreed."
                          r"|^[^\n]{0,20}\b(?:(?:team|line) )?manager(?:'s|’s)? (?:sign[- ]?off|analysis|decision|oversight)\s*[:|][^\n]{0,100}?"
                          r"\b(?:step[- ]?(?:up|down)(?: to [\w -]{1,25}?)?|it|this|request|referral)\s+(?:is\s+)?(?:agreed|approved)\b[^\n]*"
                          # a sign-off field filled with the manager's name (and the day): "Manager
                          # authorisation: Rhian Davies, 04/02/2041"
                          r"|^[^\n]{0,20}\bmanager(?:'s|’s)? (?:authorisation|authorization|sign[- ]?off|agreement|approval)\s*[:|][ \t]*"
                          r"(?!(?:to|not|no|yes|pending|awaiting|tbc|tba|none|requested|sought|being)\b)"
                          r"(?-i:[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})[ \t]*(?:,[ \t]*\d{1,2}[/.]\d{1,2}[/.]\d{2,4})?[ \t]*$",
                          re.I | re.M)


def find_manager_agreed(text: str, *, sender_is_manager: bool = False) -> tuple[bool | None, str | None]:
    value, ev = _tri(text, _MANAGER_AGREED, _MANAGER_REFUSED)
    if value is None and (row := _MANAGER_ROW.search(text) or _MANAGER_TERSE.search(text)):
        return True, row.group(0).strip()[:300]
    if value is None and sender_is_manager:
        for s in sentences(text):
            if I_REFUSE.search(s.text) and not _PENDING.search(s.text):
                return False, s.text[:300]  # the manager writing: "I do not support this step-down"
        for s in sentences(text):
            if (I_AGREE.search(s.text) or SHORT_AGREE.match(s.text)) and not _PENDING.search(s.text) \
                    and not _negated_verb(s.text):
                return True, s.text[:300]
    return value, ev


# Terse notes: "TM y - R. Penwill, mgr analysis on LCS 26/07."
_MANAGER_TERSE = re.compile(r"^\W*(?:TM|ATM|manager|line manager|team manager)\s*[:\-–]?\s*(?:y|yes)\b(?!\s*(?:no|not))[^\n]*", re.I | re.M)


# A manager's own short answer: "Yes - agreed.", "Approved.", "OK, happy for this to go.", "Fine by me."
SHORT_AGREE = re.compile(r"^\W*(?:(?-i:[A-Z][a-z]+)\s*[-–,:]\s*)?(?:(?:yes|yep|yeah|ok|okay)\b[\s,.!–-]*)?(?:agreed|approved|authori[sz]ed|supported|"
                          r"happy (?:with (?:this|that|it)|for (?:this|it|you) to|to (?:agree|approve|support))|fine by me|"
                          r"go ahead|please (?:go ahead|proceed|send|make the (?:contact|referral)))\b", re.I)


_SIGNED_NAME = re.compile(r"^[ \t]*(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})[ \t]*[,|–-][ \t]*[^\n]{0,40}?"
                          + MANAGER_TITLE.pattern, re.M)


def managers_named(text: str) -> set[str]:
    """The names a thread shows with a manager's title ("Caroline Etherington, Team Manager, ..."),
    casefolded."""
    return {m.group("name").casefold() for m in _SIGNED_NAME.finditer(text)}


def named_manager_agreed(text: str, managers: set[str]) -> tuple[bool | None, str | None]:
    """ "Caroline has agreed the step up", where the thread shows Caroline as a manager."""
    firsts = {n.split()[0] for n in managers} | managers
    for s in sentences(text):
        for first in firsts:
            m = re.search(rf"\b{re.escape(first)}\b[^.]{{0,30}}\b(?:has|had)\s+(?:now\s+)?(?:agreed|approved|signed (?:it |this )?off)\b",
                          s.text, re.I)
            if m and not _PENDING.search(s.text) and not _negated_verb(s.text):
                return True, s.text[:300]
    return None, None


# A title that is someone else's, not the writer's: "my team manager", "the Team Manager"
_SOMEONE_ELSES = re.compile(r"\b(?:my|your|our|the|his|her|their|a|an)\s+(?:[\w-]+\s+){0,2}$", re.I)
# The writer's own role, said in the text: "I'm his team manager and I agree", "As Early Help Team
# Manager I agree"; or initials signed with it: "CM (TM)"
_I_AM_MANAGER = re.compile(r"\b(?:I am|I'm|I’m|as)\s+(?!(?:my|your|our)\b)(?:(?:the|his|her|their|[\w-]+)\s+){0,3}?"
                           + MANAGER_TITLE.pattern + r"|(?:^|\s)\((?:A?TM|SM|DTM)\)\s*$", re.I | re.M)


def sender_is_manager(text: str) -> bool:
    """The sender signs as a manager (a short signature line with a manager title of their own,
    "Team Manager, The Bay Youth Project", "CM (TM)") or says they are one."""
    for line in text.splitlines():
        m = MANAGER_TITLE.search(line)
        if m and len(line) < 120 and not _SOMEONE_ELSES.search(line[:m.start()]):
            return True
    return bool(_I_AM_MANAGER.search(text))


# An earlier message of the thread asks its addressee to agree: "Carol - can you add your analysis /
# agreement", "Hi Jo, are you OK for me to request a triage slot?"
_ASKS_TO_AGREE = re.compile(r"\b(?:(?:your|the manager's|the manager’s|manager) (?:analysis|agreement|sign[- ]?off|approval|"
                            r"authorisation)|(?:ok|okay|happy|alright) (?:for me )?to (?:go ahead|request|send|step|refer|make)|"
                            r"(?:can|could|would) you (?:agree|approve|sign (?:it |this )?off|authorise)|"
                            r"(?:can|may|could) I (?:send|go ahead|request|refer|make|submit|step)|"
                            r"(?:do|would) you agree)\b", re.I)


def asked_to_agree(first_name: str, earlier: str) -> bool:
    """``earlier`` (the message a reply answers) is addressed to ``first_name`` and asks for their
    agreement: the one who replies is the manager whose agreement it is."""
    opening = "\n".join(earlier.strip().splitlines()[:2])
    return bool(re.match(rf"^\W*(?:(?:hi|hello|dear|morning)\s+)?{re.escape(first_name)}\b", opening, re.I)) and \
        bool(_ASKS_TO_AGREE.search(earlier))


_LEVEL = re.compile(r"\b(?:level|L)\s*-?\s*(?P<n>[1-4]|one|two|three|four)\b", re.I)
_LEVEL_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4}


def find_level(text: str) -> tuple[int | None, str | None]:
    """The Early Help level a step-down goes to (2 or 3) when stated."""
    found = []
    for s in sentences(text):
        for m in _LEVEL.finditer(s.text):
            raw = m.group("n").lower()
            n = _LEVEL_WORDS.get(raw) or int(raw)
            if n in (2, 3):
                found.append((n, s.text[:300]))
    if not found:
        return None, None
    return found[0]


@dataclass
class LeadPractitioner:
    name: str
    agency: str | None
    phone: str | None
    email: str | None
    evidence: str

    def contract(self) -> dict:
        return {"name": self.name, "agency": self.agency, "phone": self.phone, "email": self.email}


_LP_LABEL = re.compile(r"\b(?:lead practitioner|key person|key worker|lead professional|LP(?=\s*[:|]|\s+(?:will be|is)\s))\b(?:[ \t]+(?:name|\(name\)))?(?:\s+involved[^:|\n]*|\s+(?:agreed|identified|confirmed|named)(?=\s*[:|]))?"
                       r"(?:\s+(?:after|following|for)\s+(?:the\s+)?step[- ]?(?:down|up))?"
                       # "Key person (lead)\tFfion Rees-Jenkins": a form's row, its label glossed, its cells apart by a tab
                       r"(?:[ \t]*\([^)\n]{1,20}\))?"
                       r"(?:\s*(?:[:|\-–]|\n)|\t|\s+(?:will be|would be|is going to be|is|has been agreed as|agreed as)\s)\s*", re.I)
_LP_AGENCY = re.compile(r"\b(?:lead practitioner|key person|key worker|lead professional|LP)(?:'s|’s)?[ \t]+(?:agency|organi[sz]ation|service|team)"
                        r"[ \t]*(?:[:|]|\t)[ \t]*(?P<a>[^\n|\t]{3,100})", re.I)
_ROLE_LETTER_WORD = r"(?:HV|SW|FSW|EHW|EHP|TA|DSL|SENCO|SENCo|PSA)\s+"
_ROLE_LETTERS = re.compile("^" + _ROLE_LETTER_WORD)
_TBC = re.compile(r"^\s*(?:tbc|tba|to be (?:confirmed|agreed|identified|allocated)|unknown|none|n/?a|not yet|pending)\b", re.I)
_PHONE = re.compile(r"(?<!\d)(?:\+44\s?|0)(?:\d[\s-]?){9,10}(?!\d)")


# Told in prose: "Orla has agreed to be lead practitioner", "Sam Reid will be the key person".
_LP_AGREED = re.compile(rf"(?<![\w’'])(?P<name>{NAME}|[A-Z][a-z]{{2,}})\s+(?:has\s+|had\s+)?(?:agreed|offered|volunteered|will be|"
                        rf"is going to be|is happy)\s+(?:to\s+(?:be|act as|take on|become)\s+)?(?:the\s+)?"
                        rf"(?:lead practitioner|lead professional|key person|key worker|LP)\b")
_NOT_A_PERSON = {"She", "He", "They", "Mum", "Dad", "School", "Nursery", "It", "This", "Who", "Which", "That"}


def find_lead_practitioner(text: str) -> LeadPractitioner | None:
    """A named person with their agency, from a "Lead practitioner:" / "Key person:" label, or
    named in prose as having agreed to be it."""
    found = _labelled_lead_practitioner(text)
    if found is None:
        for m in _LP_AGREED.finditer(text):
            name = re.sub(r"\s+", " ", m.group("name")).strip()
            if name.split()[0] not in _NOT_A_PERSON:
                return LeadPractitioner(name, None, None, None, m.group(0)[:300])
    return found


def _labelled_lead_practitioner(text: str) -> LeadPractitioner | None:
    for m in _LP_LABEL.finditer(text):
        rest = text[m.end():m.end() + 300]
        first = rest.split("\n", 1)[0]
        if not first.strip() and "\n" in rest:
            first = rest.split("\n", 2)[1]
        if _TBC.match(first):
            continue
        # a role's letters before the name: "LP will be HV Anna Kowal"
        nm = re.match(rf"\s*(?:{_ROLE_LETTER_WORD})?(?:(?:{'|'.join(t.capitalize() for t in TITLES)})\.?\s+)?"
                      rf"(?P<name>{NAME})", first)
        if not nm:
            continue
        after = re.sub(r"\((?:copied|cc'?d?|in copy|copied in)\)", "", first[nm.end():], flags=re.I)
        parts = [p.strip() for p in re.split(r"[,;|]|\s[-–]\s", after) if p.strip()]
        parts = [p for p in parts if not re.match(r"^(?:who|has|is|she|he|they|and)\b", p, re.I)]
        agency = ", ".join(parts[:2]) or None
        if agency is None and (row := _LP_AGENCY.search(text)):
            agency = row.group("a").strip()  # a form's row of its own: "Key person agency: Leominster Children's Centre"
        if agency:
            agency = agency.rstrip(". ")
        window = text[m.start():m.end() + 400].split("\n\n")[0]
        phone = _PHONE.search(window)
        email = EMAIL_ADDRESS.search(window)
        name = _ROLE_LETTERS.sub("", re.sub(r"\s+", " ", nm.group(0)).strip())
        return LeadPractitioner(name, agency, phone.group(0).strip() if phone else None,
                                email.group(0) if email else None, (m.group(0) + first).strip()[:300])
    return None


# The three Signs of Safety questions as headings, in question or statement order and in the
# English of writers for whom it is a second language: "What are we worried about?", "What we
# are worry about:", "What's working well", "What is working good", "What need to happen".
_WSN = {
    "worried": re.compile(r"^\W*what\s+(?:(?:are|is|am)\s+(?:we|you|they|I|people)|(?:we|you|they|I|people)\s+(?:are|is|am))\s+"
                          r"(?:worried|worry|worrying|concerned)\s+(?:about|for)\b"
                          # a heading that names the worries without the question: "Worried about:", "Worries:"
                          r"|^\W*(?:worried\s+about|worries|what\s+we(?:'re|’re)\s+worried\s+about)\s*[:\-–]", re.I | re.M),
    "working": re.compile(r"^\W*what(?:'s|’s| is| are)\s+(?:\w+\s+)?(?:working|going)\s+(?:well|good)\b", re.I | re.M),
    "next": re.compile(r"^\W*what\s+(?:needs?\s+to\s+happen|next|happens\s+next|are\s+the\s+next\s+steps)\b", re.I | re.M),
}


def find_signs_of_safety(text: str) -> tuple[bool, dict[str, str]]:
    """All three headings present, each followed by an answer (same line or the next lines)."""
    found: dict[str, str] = {}
    for key, pat in _WSN.items():
        for m in pat.finditer(text):
            tail = text[m.end():m.end() + 400]
            answer = re.sub(r"^[\s?:\-–|]+", "", tail).split("\n\n")[0].strip()
            if len(answer.split()) >= 3 and not _TBC.match(answer):
                found[key] = (text[m.start():m.end()] + " " + answer)[:300]
                break
    return len(found) == 3, found
