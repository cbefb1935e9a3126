"""Concerns: a vocabulary per concern, matched sentence by sentence with negation scopes.

Vocabulary is data (CONCERNS); the matcher is one function. A match is dropped when a negator
governs it in the same clause ("no domestic abuse", "not a neglect case").
"""
from __future__ import annotations

import re
from datetime import date

from bot.parser import risk
from bot.parser.prefilter import Screen, could_match, fold, needs
from bot.parser.extract.names import first_names
from bot.parser.extract.who import sentence_subject, whose
from bot.parser.text import clause_around, negated, sentences, unshout, without_examples

# Health care a child is taken to; missing it is medical neglect ("health visitor" is a service).
_HEALTH = (r"(?:dental|dentist|hospital|GP|doctor|medical|health(?! visit)|clinic|optician|paediatric\w*|"
           r"immunisations?|vaccinations?|hearing|eye|audiology|physio\w*|outpatient|dermatolog\w*|neurolog\w*|"
           r"orthop(?:a)?edic\w*|cardiolog\w*|ophthalmolog\w*|orthoptic\w*|dietitian|diabet\w*|asthma|epilepsy|"
           r"speech and language|SALT|occupational therapy)\b")
_WITNESSED = (r"\b(?:hit|punch\w*|assault\w*|attack\w*|beat|strangl\w*|kick\w*|slapp?\w*|push\w*|chok\w*)\s+(?:her|him)\b"
              r"[^.;]{0,100}\b(?:children|kids|boys|girls|they|both|[A-Z][\w'’-]+ and [A-Z][\w'’-]+)\s+(?:were|was)\s+"
              r"(?:in the (?:room|house|flat)|present|there|watching|home)\b|\b(?:children|kids|boys|girls|both)\s+"
              r"(?:saw|witnessed|heard|watched)\s+(?:it|this|the (?:assault|attack|incident|violence|fight))")
_PARENT = r"(?:mum|mum's|mums|dads|mother|mother's|dad|dad's|father|father's|parent|parents|parent's|parental|carer|carer's|step-?dad|step-?mum|grandmother|grandparent|his|her|their)"
# A parent's mental illness, in the words people use for it.
_MENTAL = (r"(?i:mental health|mental illness|depress\w*|anxiety|low mood|low in (?:her|his|their) mood|antidepressants?|"
           r"psychosis|psychotic|bipolar|schizo\w*|personality disorder|postnatal|post-natal|perinatal|"
           r"PTSD|post-traumatic stress|OCD|eating disorder|depot (?:injection|medication))\b")

_AGE_CHECK = r"\b(?:\d{1,2}|one|two|six|eight)[- ](?:year|month|week)s?[- ](?:old )?(?:development(?:al)? )?checks?\b"
_BODY = (r"(?:face|forehead|cheeks?|chin|jaw|neck|throat|arms?|upper arms?|forearms?|legs?|thighs?|back|body|head|scalp|"
         r"bottom|buttocks?|ears?|eyes?|eyelids?|wrists?|hands?|chest|ribs?|torso|stomach|tummy|shins?|lips?|mouth|nose|"
         r"frenulum|skull|spine|shoulders?|feet|foot|ankles?)\b")
# An adult convicted of, or on bail for, harming a child: a standing fact about them (``_STANDING``)
_CONVICTED_OF_HARMING_A_CHILD = (
    r"\b(?:convicted|charged|on bail|bailed|served|serving|sentenced|cautioned|imprisoned|jailed|arrested|under investigation)\b[^.;]{0,50}\b(?:injur\w+|"
    r"assault\w*|shak\w+|GBH|grievous bodily harm|harm\w*|hurt\w*|cruelty)\b[^.;]{0,30}\b(?:bab(?:y|ies)|child(?:ren)?|"
    r"infant|toddler|son|daughter|\d+[- ](?:year|month|week)[- ]old)\b")
# Violence to a thing is not harm to a child: "he kicked the front door in", "punched a wall".
_AT_A_THING = (r"(?!\s+(?:(?:a\s+)?holes?\s+)?(?:in(?:to)?\s+)?(?:the|a|his|her|their)\s+(?:front\s+|back\s+|bedroom\s+|kitchen\s+|car\s+)?"
               r"(?:door|wall|window|car|table|tv|furniture)s?\b)")

# Domestic abuse told without the words: an adult's violence, threats or aggression towards the
# child's mother or a partner ("assaulted mum", "the assault on their mother", "shouting at mum",
# "her partner, Scott, strangled her", "beaten up by her boyfriend"). The victim is an adult of the
# family, named by role, by title ("Ms Ahmed") or as the partner's "her"; violence to a child is
# physical harm.
_MOTHER = (r"(?:mum|mummy|mam|mom|mother|the mother|their mother|the (?:children|child|kids|boys|girls)['’]s? "
           r"(?:mum|mother)|(?:his|her|their) (?:mum|mummy|mother|partner|wife|girlfriend|ex(?:-partner)?)|"
           r"(?-i:M(?:s|rs)\.?\s[A-Z][\w'’-]+))")
_HER_PARTNER = (r"(?:her (?:new |ex-?)?(?:partner|boyfriend|husband|girlfriend|wife|fella|fianc[eé]e?)|"
                r"the man (?:she|mum) (?:is|was|lives|had been) with)")
_AGGRESSION = (r"(?:hit|hits|hitting|beat(?:s|en|ing)?|battered|punch\w*|kick(?:ed|s|ing)?|slap\w*|assault\w*|"
               r"attack\w*|strangl\w*|chok(?:ed|es|ing)|throttl\w*|push(?:ed|es|ing)|shov\w*|headbutt\w*|grabb?\w*|"
               r"dragg?\w*|threaten\w*|intimidat\w*|shout(?:s|ed|ing)? at|scream(?:s|ed|ing)? at|"
               r"(?:is|was|were|been) (?:violent|abusive|aggressive) (?:to|towards))")
_TO_AN_ADULT = [
    rf"\b{_AGGRESSION}\s+{_MOTHER}\b",
    rf"\b(?:assaults?|attacks?|violence|abuse|aggression) (?:on|of|against|towards|to) {_MOTHER}\b",
    # "her" is the woman whose partner it is ("her partner … strangled her"); "mum's boyfriend
    # grabbed her" may be the child
    rf"\b{_HER_PARTNER}\b[^.;]{{0,50}}?\b{_AGGRESSION}\s+her\b",
    # "he's got mum up against the wall by her neck", "put mum in hospital"
    rf"\b{_MOTHER}\b[^.;]{{0,30}}\bby (?:her|the) (?:neck|throat)\b",
    rf"\bput {_MOTHER} in hospital\b",
    rf"\b(?:assaulted|attacked|beaten(?: up)?|hit|punched|strangled|choked|pushed|kicked|abused|threatened|"
    rf"controlled|harassed) by {_HER_PARTNER}",
    # "assaulted her in front of both children", "assaulted her; the children were upstairs", "… while
    # Tyler was upstairs"
    rf"\b{_AGGRESSION}\s+(?:her|him)\b[^.]{{0,60}}\b(?:in front of (?:the|both|all|her|his|their) (?:\w+ )?"
    r"(?:children|kids|boys|girls)|(?:(?:the |both |all )?(?:children|kids)|(?-i:[A-Z][\w'’-]+)) (?:were|was) (?:upstairs|asleep|in bed|"
    r"in the (?:next )?room|in the house|present|there|home|watching))\b",
]
# Other signs of domestic abuse, told without the words
_DA_SIGNS = [
    # a domestic (the police's noun): "called to a domestic at the family home", "Incident type: domestic"
    r"\b(?:a|the|another|incident:?|type:?)\s*domestic\b(?=\s*(?:[,.;:)]|-|–|$|\s(?:at|in|between|involving|"
    r"last|on|yesterday|earlier|this)\b))",
    r"\b(?:shouting|arguing|arguments?|rows?|fighting|screaming)\s+between\s+(?:mum|dad|mother|father|the parents|"
    r"(?-i:[A-Z][\w'’-]+))\s+(?:and|&)\s+(?:dad|mum|(?:her|his) (?:partner|boyfriend|husband|wife|girlfriend)|"
    r"(?-i:[A-Z][\w'’-]+))\b",
    # the police called to the home for the adults' rows: "the police have been called to the flat
    # twice for arguments between them", "two police call-outs to the flat in November (shouting, a
    # broken door)"
    r"\bpolice\b[^.;]{0,40}?\b(?:called|call[- ]?outs?|attended|came)\b[^.;]{0,20}?\b(?:home|house|flat|address|property)\b"
    r"[^.;]{0,50}?\b(?:argu(?:ing|ments?)|rows?|fight(?:ing|s)?|shouting|screaming|disturbances?)\b",
]

CONCERNS: dict[str, list[str]] = {
    # neglect, also when described without the word: basic needs, food, clothes, warmth, hygiene,
    # home conditions, a young child left alone, missed health care (medical neglect)
    "neglect": [r"\bneglect\w*", r"\bhome conditions\b", r"\bbasic (?:care )?needs?\b[^.;]{0,40}\b(?:not (?:being |always |consistently )?met|unmet)\b",
                r"\bunmet (?:basic |care )?needs\b",
                r"\bno (?:food|lunch|packed lunch|lunch money|breakfast|heating|hot water|electricity|gas|beds?|clean clothes|working (?:cooker|heating|fridge|boiler|toilet))\b(?!\s+allerg)",
                r"\b(?:hungry|underfed|malnourish\w*|underweight|failure to thrive|faltering growth|pressure sores?)\b",
                r"\bclothe?s?\b[^.;]{0,30}\b(?:too small|too big|dirty|unwashed|smell\w*|ill[- ]fitting|soiled)\b",
                r"\b(?:unwashed|unkempt|soiled)\b", r"\bpoor (?:personal |dental )?hygiene\b", r"\bhead lice\b",
                r"\btooth decay\b",
                # a parent putting the child out or refusing to have them home
                rf"\b{_PARENT}\b[^.;]{{0,40}}\b(?:will not|won't|wont|refuses? to|refused to|does not want to|doesn't want to) (?:have|let|take) (?:\w+ )?(?:back|home|in)\b",
                r"\b(?:told|telling|tells) (?:her|him|them|[A-Z][a-z]+) to (?:get out|leave home|leave the (?:house|flat))\b",
                r"\b(?:thrown|kicked|put) (?:out of (?:the )?(?:house|home|flat)|out by (?:mum|dad|her mum|his mum|her dad|his dad))\b",
                r"\buntreated\b(?!\s+(?:mental|depression|anxiety|addiction|alcohol\w*|drug|substance|trauma|PTSD|psychosis))",
                r"\b(?:dirty|unhygienic|squalid|unsanitary|filthy|cluttered|unsafe) (?:home|house|flat|conditions|bedroom)\b",
                r"\b(?:left|leaves|leaving|found)\b[^.;]{0,40}?\b(?:alone|unsupervised|on (?:his|her|their) own|with (?:unsuitable|unknown|inappropriate) (?:carers?|adults?|people))\b",
                r"\bhome alone\b", r"\bunsupervised\b(?! (?:contact|access|visits?|time))",
                r"\b(?:in|at) the (?:flat|house|home|car|property)\s+(?:alone|on (?:his|her|their) own|unattended)\b",
                r"\b(?:alone|on (?:his|her|their) own|unattended)\s+(?:in|at) the (?:flat|house|home|car|property)\b",
                r"\b(?:wet|dirty|soiled|unchanged|heavy|sodden|soaked|full) nappy\b",
                # the home without what a child needs: "the food cupboards were bare", "without heating
                # for most of February", "the electric ran out on Sunday", "food is short by Friday"
                r"\b(?:cupboards?|fridge)\b[^.;]{0,15}\b(?:bare|empty)\b", r"\bfood (?:is|was|has been|runs?|ran) (?:short|out)\b",
                r"\bwithout (?:any )?(?:heating|food|electric\w*|gas|hot water|a bed)\b",
                r"\b(?:electric\w*|gas|heating|power)\b[^.;]{0,10}\b(?:ran out|run out|runs out|cut off|been off)\b",
                r"\b(?:hadn't|had not|haven't|have not|hasn't|has not|not) (?:had|eaten) (?:any )?(?:breakfast|lunch|tea|dinner|food|a meal|anything to eat)\b",
                r"\b(?:gets?|getting|got|goes|going|went|sent) (?:himself |herself |themselves )?to school without (?:breakfast|a coat|food)\b",
                r"\b(?:kit|clothes|uniform|bedding)\b[^.;]{0,20}\b(?:hasn't|has not|haven't|have not|not) been washed\b",
                r"\b(?:children|kids|boys|girls|baby|babies|toddler|twins|they)\s+(?:are|were|have been|had been|is|was|has been)\s+"
                r"(?:often |regularly |frequently |sometimes |usually |repeatedly )?(?:left )?(?:alone|on their own|unsupervised)\b",
                rf"\b(?:missed|missing|not attended|did not attend|didn't attend|DNA'?d?)\b[^.;]{{0,30}}\b{_HEALTH}[^.;]{{0,15}}"
                r"\b(?:appointments?|checks?|reviews?|treatment|clinics?|surgery|operation|assessments?|injections?|jabs?)\b",
                rf"\bnot (?:been )?(?:taken|brought) to (?:the |his |her |their |any |a )?{_HEALTH}",
                rf"\b{_HEALTH}[^.;]{{0,20}}\b(?:appointments?|checks?|reviews?)\b[^.;]{{0,15}}\b(?:missed|not attended|DNA'?d?)\b",
                # a baby's or toddler's development check: "Macy's 2-year check has been missed twice"
                rf"{_AGE_CHECK}[^.;]{{0,20}}\b(?:missed|not attended|DNA'?d?|not (?:been )?done)\b",
                rf"\b(?:missed|not attended|did not attend|didn't attend|DNA'?d?)\b[^.;]{{0,30}}{_AGE_CHECK}"],
    # the family not engaging with services or the plan (missed health care is neglect above)
    "non_engagement": [r"\bnon[- ]?engag\w*", r"\bnot engag\w*", r"\bstopped engaging\b", r"\bdisengag\w*",
                       # (home visits, meetings and TAFs missed: the plan's own; missed appointments are a
                       # health or a service's matter, read as the neglect or the drinking they belong to)
                       # (not school sessions: "has missed 31 sessions this term")
                       rf"\b(?:missed|cancelled)\b(?![^.;]{{0,30}}\b{_HEALTH})[^.;]{{0,30}}\b(?:visits?|sessions?|meetings?|TAFs?)\b"
                       r"(?!\s+(?:this|last|of|in|so far this) (?:term|school|half[- ]term|year)\b)",
                       r"\b(?:missed|cancelled)\b[^.;]{0,60}\b(?:home|our|my) visits?\b",
                       r"\b(?:didn't|did not|doesn't|does not|failed to|hasn't|has not|wasn't|was not)\s+(?:attend|come to|turn up (?:to|for)|been in for)\b[^.;]{0,30}\b(?:TAFs?|meetings?|visits?)\b",
                       r"\b(?:hasn't|haven't|isn't|aren't|wasn't|weren't|didn't|doesn't|don't|hasn’t|haven’t|isn’t|didn’t|doesn’t)\s+(?:been\s+)?engag\w*",
                       r"\b(?:mum|mother|dad|father|parents?|carers?|family|they)\b[^.;]{0,20}\b(?:not|isn't|aren't|wasn't|weren't|stopped|didn't|did not|doesn't|does not|don't|do not|won't|will not)\s+(?:been\s+)?answer(?:ed|ing)? (?:the door|(?:her|his|their|my|our) (?:phone|calls|texts|messages))\b",
                       r"\brefus\w+ (?:to engage|support|help|the (?:support|plan|offer))\b", r"\bdeclined (?:support|help|the offer)\b",
                       r"\bnot answer(?:ed|ing)? the door\b", r"\brefus\w+ to engage\b"],
    "exploitation": [r"\b(?:older|adult|unknown) (?:men|males|boys)\b|\b(?:older|unknown) man\b|(?<!\bon an )(?<!\bassaulted an )(?<!\battacked an )(?<!\bhit an )\badult man\b", r"\b(?:second|burner) phones?\b(?!\s+number)", r"\b(?:unexplained|large amounts? of|£\d+ in) (?:cash|money|gifts)\b", r"\b(?:isn\'t|is not|not) allowed to leave\b", 
                     r"\bexploit\w*", r"\bcounty lines?\b", r"\brunning (?:a |the )?(?:drugs? )?line\b", r"\bC[SC]E\b", r"\bgroom(?:ed|ing)\b",
                     r"\btrafficked\b", r"\bcuckoo\w*"],
    "domestic_abuse": [r"\b(?:partner|boyfriend|husband|ex|ex-partner|girlfriend|wife)\b[^.;]{0,40}\b(?:violent|abusive)\s+(?:towards|to|against)\s+(?:her|him|mum|the mother|dad|the father)\b", r"\bviolent towards (?:mum|his partner|her partner|the mother|his wife|the children\'s mother)\b", 
                       r"\bdomestic (?:abuse|violence|incidents?|call[- ]?outs?|disputes?)\b", r"\bDA (?:incidents?|call[- ]?outs?)\b", r"\bDV\b",
                       r"\bcoercive control\b", r"\bcontrolling behaviour\b", r"\bMARAC\b",
                       r"\bsmash\w* (?:the |a )?(?:front |back )?(?:window|door)s?\b",
                       # "her ex, Serkan, is at the door kicking it in"
                       r"\b(?:her|mum's|mum’s|mother's|mother’s|my) (?:ex|ex-partner|ex-husband|ex-boyfriend|partner|boyfriend|husband)\b"
                       r"[^.;]{0,60}?\b(?:kick\w*|smash\w*|bang\w*|batter\w*|pound\w*|hammer\w*)\b[^.;]{0,25}?\b(?:door|window|it in)\b",
                       r"\blocked (?:herself|himself|themselves) in\b",
                       r"\bcoercive(?:ly)?\b", r"\bcontrolling (?:and|&) (?:coercive|abusive|violent)\b",
                       r"\b(?:IDVA|DASH|Clare's Law|non[- ]molestation order|refuge|DVPO|DVPN)\b",
                       r"\b(?:partner|ex|ex-partner|husband|boyfriend|girlfriend|wife)\b[^.;]{0,40}\b(?:harass\w*|stalk\w*|controlling (?:her|his|mum)\b)",
                       r"\b(?:flee|fleeing|fled|escape|escaping)\b[^.;]{0,30}\b(?:partner|ex|husband|boyfriend|abuse|violence|him|dad|father)\b",
                       r"\bif (?:she|mum|mother|he|dad|father) (?:\w+ ){0,3}leaves?\b[^.;]{0,60}\b(?:will|would|'ll|'d|’ll|’d)\s+(?:kill|hurt|harm|take)\b",
                       r"\b(?:threaten\w*|hurt|hit|punch\w*|assault\w*|attack\w*|strangl\w*|chok\w*|push\w*|beat\w*|slap\w*|kick\w*)\s+(?:mum|the mother|(?:his|her|their) (?:mum|mother|partner|wife|girlfriend))\b",
                       # bail that keeps an adult from the mother or the home: "on bail not to come to the
                       # house or contact mum", "bail conditions not to contact Kelly", "not allowed because
                       # of the police bail" (a condition now, not an incident)
                       r"\bbail\b[^.;]{0,60}?\bnot\s+(?:to|allowed to)\s+(?:\w+\s+){0,2}?(?:contact|come|go|attend|approach|"
                       r"return|enter|be at)\b(?=[^.;]{0,40}?\b(?:mum|mother|her|the (?:house|address|home|flat|property|family)|"
                       r"(?-i:(?P<adult>[A-Z][a-z]+)))\b)",
                       r"\bnot allowed\b[^.;]{0,40}\bbail\b",
                       # violence to an adult the children saw: "he hit her … the children were in the room and saw it"
                       _WITNESSED, *_TO_AN_ADULT, *_DA_SIGNS],
    "parental_mental_health": [r"\bparental mental health\b",
                               # a parent by role, an aside about who they are allowed between
                               # ("Mum (Stacey Lowe) has long-standing depression", "Mum's PTSD")
                               rf"\b{_PARENT}\b(?!\s+own\b)(?:\s*\([^()\n]{{1,40}}\))?[^.;]{{0,30}}\b{_MENTAL}",
                               rf"\b{_PARENT}\b[^.;]{{0,40}}\bcrisis team\b",
                               # the parent's crisis told as what she did or hears: "Mum … took a lot of her tablets
                               # last night", "said the voices are back", an informal admission; a kinship carer's dementia
                               rf"\b{_PARENT}\b[^.;]{{0,60}}\b(?:(?:took|taken|has taken|had taken|swallowed) (?:an overdose|a lot of (?:her|his) "
                               r"(?:tablets|pills|medication)|all (?:of )?(?:her|his) (?:tablets|pills|medication))|overdosed|the voices|"
                               r"hearing voices|admitted (?:\w+ )?to (?:the )?[A-Z]\w+ Unit)",
                               r"(?<!her )(?<!his )\b(?:nan|nana|gran|granny|grandma|grandad|grandfather|special guardian|kinship carer)\b"
                               r"[^.;]{0,60}\b(?:alzheimer\w*|dementia)",
                               r"\b(?:mum|mother|dad|father)\b[^.;]{0,60}\b(?:community mental health team|CMHT)\b",
                               rf"\b{_PARENT}\b[^.;]{{0,60}}\b(?:mental health (?:unit|ward|hospital|act)|sectioned|section [23]\b|"
                               r"psychiatric (?:unit|ward|hospital))",
                               # the parent's own illness told as the thing that happened: "mum's third
                               # psychotic relapse", "a bipolar relapse", "admitted with postnatal psychosis"
                               r"\b(?:mum|mum's|mother|mother's|dad|dad's|father|father's|carer|carer's)\b[^.;]{0,60}\b(?:psychotic|bipolar|schizo\w*) (?:relapse|episode|breakdown)",
                               # an adult of the family by name ("Efua's depression", "Gemma: depression",
                               # "Omar's PTSD", "Demelza was detained under the Mental Health Act"); a
                               # child's name is not one
                               rf"\b(?P<who>[A-Z][a-z]{{2,}})(?:(?:'s|’s)\s+(?:[\w-]+\s+){{0,3}}?|\s*:\s*){_MENTAL}",
                               r"\b(?P<who2>[A-Z][a-z]{2,})\s+(?:has|had|is|was|with)\s+(?:(?:a\s+)?(?:diagnosis|history) of\s+|"
                               r"(?:long-standing|longstanding|severe|chronic|untreated|diagnosed)\s+)?(?:PTSD|bipolar\b|schizo\w+|psychosis|postnatal depression|personality disorder)",
                               r"\b(?P<who>[A-Z][a-z]{2,})\b[^.;\n]{0,60}\b(?:CMHT|(?i:community mental health team|"
                               r"mental health (?:service|team|unit|ward|worker|nurse|hospital|act)|psychiatri\w+))",
                               # "she" or "he" standing for a parent the last sentence began with
                               # ("The mother is alone since the father left. She is very depressed");
                               # a pronoun for a child is the child's own health (``who.whose``)
                               rf"\b(?P<pron>she|he)\b(?:\s+(?:is|was|has been|had been|seems|seemed|appears|became|has become|"
                               rf"gets|got|feels|felt|sounds|sounded|has|had|is on|stopped (?:taking )?(?:her|his))\b)[^.;]{{0,25}}?"
                               rf"(?:{_MENTAL}|\b(?:suicidal|paranoid|manic|hearing voices|mentally unwell|low(?!\s+(?:level|income|attendance|risk|key|paid|priority))|"
                               rf"low in mood)\b)",
                               # a parent at the end of her tether: "she said she can't do it anymore",
                               # "she's going to end it tonight"
                               r"\b(?P<pron2>she|he)\b(?:\s+(?:said|says|told \w+|texted))?(?:\s+(?:that\s+)?(?:she|he))?(?:'s|’s|\s+is|\s+was)?\s+"
                               r"(?:can(?:'t|’t|not)\s+(?:do|cope with|take)\s+(?:it|this)\s+any\s?more|going to end it|(?:wants?|going) to (?:kill (?:herself|himself)|end (?:her|his) life)|suicidal)\b",
                               # a named adult with the illness in brackets: "my patient Jodie Harvey (paranoid schizophrenia)"
                               rf"(?-i:\b[A-Z][a-z]+\s+(?P<who3>[A-Z][a-z]{{2,}}))\s*\((?:[^()\n]{{0,20}}\s)?{_MENTAL}[^()\n]{{0,20}}\)"],
    "substance_misuse": [r"\bsubstance (?:mis)?use\b", r"\balcohol\w*", r"(?<!\bhot )(?<!\bcold )(?<!\bsoft )(?<!\bfizzy )(?<!\benergy )(?<!\bto )\bdrink(?:s|ing)?\b(?! water)", r"\bdrunk\b",
                         r"\bintoxicated\b", r"\bheroin\b", r"\bcocaine\b", r"\bcannabis\b", r"\bcrack\b",
                         r"\bdrug (?:use|misuse|service|taking)\b", r"\btaking drugs\b", r"\bdrugs? and alcohol\b",
                         r"(?<!sclerosis, )(?<!sclerosis )(?<!MS, )(?<!MS )\brelaps\w+(?![- ]remitting)",
                         r"\b(?:had|has had|a) (?:short |brief |small |recent |little )?lapse\b"],
    "missing": [r"\b(?:didn\'t|did not|hasn\'t|has not|not)\s+(?:come|came|returned|gone)\s+(?:back\s+)?home\b", 
                r"\bmissing from (?:home|care|school|placement)\b", r"\breported (?:(?:him|her|them|\w+)\s+)?missing\b",
                r"\bmissing episodes?\b", r"\bmissing (?:overnight|all night|for (?:\w+ )?(?:hours|nights?|days?)|until (?:the )?(?:morning|\d))\b", r"\b(?:went|gone|going|go|been) missing\b"],
    "physical_harm": [r"\bphysical (?:harm|abuse|chastisement|injur\w+)\b", r"\bbruis\w*", rf"\bpunch\w*\b{_AT_A_THING}",
                      r"\bslap\w*", rf"\bkick(?:ed|ing)\b(?!\s+(?:him|her|them|\w+)\s+out\b){_AT_A_THING}", r"\bburns?\b", r"\bstrangl\w*", r"\bchok(?:ed|ing)\b",
                      r"\bnon[- ]accidental\b", r"\bassault\w*", r"\bhit (?:him|her|them)\b", r"\bfinger[- ]?marks?\b",
                      r"\bswollen\b", r"\bblack eye\b",
                      r"\b(?:grab\w*|held|holding|pinned|squeez\w*)\s+(?:him|her|them|\w+)\s+(?:by|around|round)\s+(?:the|his|her|their)\s+(?:throat|neck)\b",
                      r"\b(?:by|around|round) (?:the|his|her|their) (?:throat|neck)\b",
                      # an injury told in plain or clinical words: where on the body, what it is
                      rf"\b(?:marks?|lumps?|swelling|graze[sd]?|gash|welts?|cuts?|scalds?|scratch(?:es)?|wounds?)\s+"
                      rf"(?:on|to|across|around|above|below|behind|over)\s+(?:(?:the|his|her|their|both)\s+)?[^.;,]{{0,20}}?{_BODY}",
                      r"\bstab wounds?\b",
                      r"\bshak(?:en|ing|e)\b[^.;]{0,15}\bbab(?:y|ies)\b|\bshook (?:the |a |his |her |their )?bab(?:y|ies)\b",
                      rf"\b(?:hit|hits|punched|slapped|smacked|struck|whacked|thumped)\s+(?:him|her|them|(?-i:(?P<kid>[A-Z][a-z]+)))\s+"
                      rf"(?:across|in|on|round|around|over)\s+the\s+{_BODY}",
                      r"\b(?:hit|hits|beat|beaten|struck|whipped|hitting|beating)\b[^.;]{0,20}\bwith (?:a|the|his|her) "
                      r"(?:belt|cable|stick|shoe|slipper|wooden spoon|hairbrush|lead|wire|hanger|buckle)\b",
                      r"\b(?:banged|smashed|slammed|pushed|shoved|threw|thrown|throws|pushes|shoves)\s+(?:(?:his|her|their)\s+head|him|"
                      r"her|them|(?-i:(?P<kid>[A-Z][a-z]+)))\s+(?:against|into|onto|down)\s+(?:the|a)\b",
                      _CONVICTED_OF_HARMING_A_CHILD,
                      r"\b(?:said|says|told \w+|texted|messaged|threaten\w*)\s+(?:that\s+)?(?:(?:he|she|they)(?:'d|'ll|’d|’ll| would| will| is going to)\s+|to\s+)(?:kill|stab|strangle|hurt|harm)\b",
                      r"\bthreats? to (?:kill|stab|hurt|harm)\b"],
    "sexual_harm": [r"\btouch\w*\s+(?:her|his|their|my)\s+(?:private(?:s| parts)?|bottom|vagina|penis|genitals|breasts?)\b", 
                    r"\bsexual(?:ly)? (?:abuse|abused|assault\w*|harm|exploit\w*|activity)\b", r"\bCSA\b",
                    r"\braped?\b", r"\binappropriate touching\b", r"\bharmful sexual behaviour\b", r"\bHSB\b"],
    "radicalisation": [r"\bradicali[sz]\w*", r"\bextremis\w*", r"\bextreme (?:right|left)[- ]wing\b",
                       r"\bPrevent (?:referral|team|officer)\b", r"\bChannel panel\b"],
    "school_attendance": [r"\battendance\b", r"\bschool refus\w*", r"\bpersistent(?:ly)? absen\w*",
                          r"\bpart[- ]time timetable\b", r"\bdays off (?:school|since)\b", r"\bexclu(?:ded|sion)\b",
                          r"\bnot in school\b", r"\bEWO\b",
                          r"\bmiss(?:es|ed|ing)? (?:a lot of |lots of |many |several |\w+ )?(?:days|lessons|school days|mornings) (?:of|from|off|at) school\b",
                          # school missed, told in plain words: "he has missed 14 days since September", "missed
                          # 40% of school", "misses school when mum has a bad day", "hasn't been to school properly"
                          r"\bmiss(?:es|ed)\s+(?:nearly |almost |over |about |around |more than )?(?:\d+|a|one|two|three|four|five|six|"
                          r"seven|eight|nine|ten|\w+teen|twenty|thirty|forty)\s+(?:(?:school|whole)\s+)?(?:days|sessions|weeks)\b(?!\s+(?:of|at)\s+(?!school|lessons|term|education)\w)",
                          r"\bmiss(?:es|ed)\s+(?:nearly |almost |over |about |more than )?(?:\d+\s*%|half|a third|a quarter|most)\s+of\s+(?:school|(?:this |the |last )?term|(?:his|her|their) lessons)\b",
                          r"\bmiss(?:es|ed|ing)\s+school\b",
                          r"\b(?:isn't|isnt|is not|hasn't|hasnt|has not|haven't|have not|not)\s+(?:been\s+)?(?:going|attending)\s+(?:in)?to\s+(?:school|college)\b"
                          r"(?![^.;\n]{0,25}\b(?:today|this morning|yesterday)\b)",
                          # ... and "has not been (gone) to school" for a while, not for one day: "she has not been to
                          # school today", "She hasn't gone to school." are the day's events, not her attendance
                          r"\b(?:hasn't|hasnt|has not|haven't|have not|not)\s+(?:been|gone)\s+(?:in)?to\s+(?:school|college)\b"
                          r"(?=[^.;\n]{0,40}\b(?:since|for (?:\w+ )?(?:weeks?|days?|months?|a while|ages)|properly|regularly|much|at all|"
                          r"in (?:weeks|months|ages)|this (?:term|week|half[- ]term)|all (?:week|term))\b)",
                          r"\bpunctuality\b", r"(?<!collected )(?<!picked up )(?<!collected him )(?<!collected her )\blate\s+(?:for\s+school\s+|into\s+school\s+)?(?:most|every|\d+|several|many)\s+(?:mornings|days|times)\b"],
    "young_carer": [r"\b(?:caring for|cares for|looking after|looks after)\s+(?:his |her |their )?(?:mum|dad|mother|father|siblings?|brothers?|sisters?|younger (?:brothers?|sisters?|siblings?))\b", 
                    r"\byoung carers?\b", r"\bcaring responsibilit\w+", r"\b(?:most|all|a lot) of the caring\b",
                    r"\blooks? after (?:his|her|their) (?:mum|dad|mother|father|siblings?|brother|sister)\b"],
    "disability_send": [r"\bSEND\b", r"\bSEN\b", r"\bEHCP\b", r"\bautis\w*", r"\bADHD\b", r"\bASD\b",
                        r"\bdevelopmental delay\b", r"\blearning (?:disabilit\w+|difficult\w+)\b",
                        r"\bdisabilit\w+\b", r"\bspecial educational needs\b", r"\bcerebral palsy\b",
                        # a child's speech, hearing or sight, and the services for them
                        r"\bspeech(?: and language| and communication)? (?:delay|difficult\w*|needs?|disorder|therapy)\b",
                        r"\bspeech is (?:behind|delayed|not clear)\b", r"\bSALT\b", r"\bEHC needs assessment\b",
                        r"\bhearing (?:loss|impair\w*)\b", r"\bvisual(?:ly)? impair\w*", r"\bdeaf\b",
                        r"\b(?:global )?(?:developmental|language) delay\b"],
}
# A child doing a carer's work: the work (cooking, the school run, a sibling's bottles, "her care",
# "the main carer") told of a child of the request, named ("Ifrah (11) is doing the shopping"), by
# an age ("she is 11 and still does a lot for her mum") or by a pronoun whose sentence, or the one
# before, began with the child ("He has been making Inaya's bottles"). The same work told of an
# adult (mum, nan, a worker) is not it.
_FAMILY = (r"(?:(?:his|her|their|my) (?:(?:younger|little|older|baby|twin|half-?|step-?)\s*)?(?:mum|mummy|mam|mother|dad|daddy|father|"
           r"parents?|brothers?|sisters?|siblings?|nan|gran)|the (?:twins|baby|little ones|younger (?:ones|children|kids))|"
           r"(?-i:[A-Z][\w'’-]+|[A-Z]\.[A-Z]\.))")
_CARING_WORK = re.compile(
    r"\b(?:(?:is|was|has been|had been)\s+)?(?:"
    rf"(?:caring for|cares for|care for|looking after|looks after|look after|babysit\w*)\s+{_FAMILY}"
    r"|(?:do|does|did|doing)\s+(?:most|all|much|a lot|loads|lots|some|a share)?\s*(?:of\s+)?(?:the|her|his|their)?\s*"
    r"(?:cooking|shopping|cleaning|housework|washing|laundry|school run|caring|looking after|care)\b"
    r"|(?:do|does|did|doing)\s+(?:a lot|loads|everything|so much|most things|all sorts)\s+for\s+" + _FAMILY +
    r"|(?:doing|does|did) everything\b"
    r"|(?:mak\w+|made|cook\w*|get(?:s|ting)?|got|prepar\w+)\s+(?:the\s+)?(?:tea|dinner|meals?|breakfast|lunch|bottles?)\b"
    rf"|(?:mak\w+|made|cook\w*|prepar\w+)\s+{_FAMILY}(?:['’]s)?\s+(?:tea|dinner|meals?|breakfast|lunch|bottles?)\b"
    r"|(?:changing|changes|changed)\s+(?:nappies|(?:her|his|the baby['’]s) nappy)\b"
    rf"|(?:bath\w*|feed\w*|fed|dress\w*|wash\w*)\s+(?:and\s+\w+\s+)?{_FAMILY}"
    rf"|(?:putting|puts|put)\s+{_FAMILY}\s+to bed"
    rf"|(?:getting|gets|got|taking|takes|took)\s+{_FAMILY}\s+(?:\([^)]{{0,10}}\)\s+)?(?:up and\s+)?(?:to|from)\s+(?:school|nursery)"
    r"|(?:the|a)\s+(?:main|primary|sole|only)\s+carer\b|caring (?:role|tasks|duties)\b)", re.I)
# Once is not a caring role: "Harvey told me he'd made Alfie's tea last night" (what it says of the
# home is read as neglect); "most nights", "every morning", "since mum went into hospital" is one.
_ONCE = re.compile(r"\b(?:last night|yesterday|this morning|this afternoon|tonight|today|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.I)
_REGULARLY = re.compile(r"\b(?:most|every|always|often|usually|regularly|daily|routinely|all the time|since|each|whenever|when)\b", re.I)
_COMPILED = {k: [re.compile(p, re.I if not re.search(r"\\b[A-Z]{2,}", p) else 0) for p in v]
             for k, v in CONCERNS.items()}
_COMPILED["young_carer"].append(_CARING_WORK)  # only when a child does it (who.whose)
# A child not back, told of the child (not "mum hasn't come back"): "Kai didn't come back from his
# friend's yesterday afternoon and nobody has seen him since about 6pm"
_NOT_BACK = re.compile(r"\b(?:didn't|did not|hasn't|has not|haven't|have not|never)\s+(?:come|came|returned|got|been)\s+back\b"
                       r"(?!\s+to\s+(?:me|us|you|him|her|them)\b)"
                       r"|\b(?:nobody|no one|no-one)\s+(?:has|have|had)\s+seen\s+(?:him|her|them)\s+since\b"
                       r"|\bnot (?:been )?seen since\b", re.I)
# ... or not home since, or gone since, a time: "has not been home since last Friday evening",
# "she's been gone since Friday after school" (not "dad has been gone since 2030": told of a child)
_GONE = re.compile(r"\b(?:hasn't|has not|haven't|have not|not)\s+been\s+(?:back\s+)?home\s+(?:since|for|all)\b"
                   r"|\bgone\s+since\s+(?:last\s+|yesterday|this\s+morning|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d)", re.I)
_COMPILED["missing"] += [_NOT_BACK, _GONE]
_TOLD_OF_A_CHILD = frozenset({_CARING_WORK, _NOT_BACK, _GONE})
# Positive wording that is not a concern: "good attendance", "attendance is 98%", "nursery
# attendance good"; and attendance that is not a child's at school: a hospital or ED attendance, an
# attendance officer or team, attendance at a meeting or an appointment.
_NOT_CONCERN = {
    "school_attendance": re.compile(
        r"\b(?:good|excellent|full|improved|100%|high|great|perfect|regular)\s+(?:school\s+)?attendance\b"
        r"|\battendance\s*(?::|is|has been|was|remains|continues to be)?\s+(?:\w+\s+)?(?:fine|good|ok|okay|excellent|great|"
        r"improving|improved|high|consistent|stable|not a concern|no concern)\b"
        r"|\b(?:ED|A ?& ?E|hospital|emergency department|clinic|GP|surgery|appointment|meeting|TAF|CIN|court)\s+attendances?\b"
        # the police's or an ambulance's attendance at the home, a form's "Reason for attendance",
        # the school's attendance system: not the child's
        r"|\b(?:police|officers?|paramedics?|ambulance|crews?|fire (?:service|brigade)|emergency services?|EDT)(?:'s|’s)?\s+(?:\w+\s+)?attendances?\b"
        r"|\breason for attendance\b|\battendance (?:system|register|data)\b"
        r"|\battendance\s+(?:team|officer|service|notification|at (?:the |her |his |their )?(?:TAF|CIN|meetings?|appointments?|"
        r"ED|A ?& ?E|hospital|clinic|GP|surgery))\b"
        # "attendance at the Emergency Department at St George's", a minute's "attendance, apologies and actions"
        r"|\battendances?\s+at\s+(?:the\s+)?(?:[\w'’]+\s+){0,3}?(?:emergency\s+department|urgent\s+(?:care|treatment)\s+centre|"
        r"walk-in\s+centre|minor\s+injuries|children's\s+ward|paediatric\s+(?:ward|unit|assessment\s+unit))\b"
        r"|\battendance\s*(?:,|and|&)\s*(?:and\s+)?apologies\b|\bapologies\s*(?:,|and|&)\s*attendance\b"
        # the hospital's own attendance: "The hospital's discharge letter asked us ... to let you know about the attendance"
        r"|\b(?:hospital|discharge|A ?& ?E|emergency department|ward)\b[^.;]{0,120}?\bthe attendance\b", re.I),
}
# Violence towards a parent is domestic abuse, not physical harm to the child ("dad assaulted his
# partner", "two physical assaults on mum", "mum's partner assaulted her").
_NOT_CONCERN["physical_harm"] = re.compile(
    _WITNESSED + "|" + "|".join(_TO_AN_ADULT) +
    # the mother's partner charged with or arrested for an assault, told of no child: her, not them
    r"|\b(?:mum's|mum’s|mother's|mother’s) (?:partner|boyfriend|husband|ex)\b[^.;]{0,40}\b(?:charged with|arrested for|"
    r"convicted of|on bail for) (?:common |actual bodily harm |ABH |GBH )?assault\b(?![^.;]{0,30}\b(?:on|of) (?:the |a )?(?:child|children|boy|girl|baby|son|daughter))"
    # an injury to a parent: "mum had a cut lip and a bruised wrist", "mum's black eye"
    r"|\bself[- ]?harm\w*|\bself[- ]inflicted\b"
    r"|\b(?:mum|mother|dad|father|nan|gran|grandma|grandmother|victim|woman|lady|partner|client)(?:'s|’s|\s+(?:had|has|suffered|sustained|was left with))\s+"
    r"(?:a |an )?(?:\w+ ){0,2}?(?:cuts?|bruis\w*|black eye|injur\w*|burns?|marks?|swollen|swelling|scratch\w*|graze\w*|lumps?|welts?|wounds?)\b"
    # sexual harm, not physical: "convicted of the sexual assault of a girl", "Jay hurt my bottom"
    r"|\b(?:sexual(?:ly)?|indecent(?:ly)?)\s+assault\w*"
    r"|\bhurts?\s+(?:her|his|my|their|the)\s+(?:bottom|bum|privates?|private parts|front bottom|willy|minnie|fanny|foof|vagina|penis|genitals?)\b"
    # what a child wears round the neck: "house key on a string round her neck"
    r"|\b(?:keys?|string|lanyard|chain|necklace|scarf|cross|locket|pendant|badge|ribbon)\b[^.;]{0,30}\b(?:round|around) (?:his|her|their|the) neck\b"
    # a door kicked in, not a child: "at the door kicking it in"
    r"|\bkick(?:ed|ing|s)?\s+(?:it|them)\s+in\b",
    re.I)
_NOT_CONCERN["young_carer"] = re.compile(
    r"\b(?:mum|mother|dad|father|parents?|nan|gran|grandma|grandad|grandparents?|aunt|uncle|I|we)\s+(?:is\s+|are\s+|has been\s+|was\s+|am\s+)?"
    r"(?:caring for|cares for|looking after|looks after)\b", re.I)
_NOT_CONCERN["neglect"] = re.compile(
    r"\bhome conditions (?:are |were |have been |remain |now )?(?:good|fine|ok|okay|lovely|clean|adequate|satisfactory|"
    r"acceptable|much improved|improved|"
    r"have improved)\b|\b(?:looking after|caring for|minding|babysitting)\b[^.;]{0,30}\b(?:alone|on (?:his|her|their) own)\b|"
    r"\balone with (?:mum|dad|mother|father|his|her|their|a parent|grand\w+|nan)\b", re.I)
_NOT_CONCERN["parental_mental_health"] = re.compile(
    r"\b(?:mental health|mood|wellbeing)\s+(?:is|has been|was|remains|seems|appears)\s+(?:\w+\s+)?(?:fine|good|stable|ok|okay|"
    r"settled|not a concern|no concern)\b", re.I)
# A speech therapy appointment missed is the care a child was not taken to (neglect), not a need told
_NOT_CONCERN["disability_send"] = re.compile(r"\b(?:missed|missing|did not attend|didn't attend|DNA'?d?)\b[^.;]{0,30}\b(?:speech|SALT)\b"
                                             r"|\b(?:speech|SALT)\b[^.;]{0,40}\bappointments?\b[^.;]{0,20}\b(?:missed|not attended)\b", re.I)
# Drugs carried for others (wraps, running a line, dealing) are exploitation, not the child's misuse;
# a drink spilled is a drink.
_NOT_CONCERN["substance_misuse"] = re.compile(r"\b(?:wraps? of|running (?:a |the )?(?:county )?line|dealing|deal(?:s|ing)? drugs)\b"
                                              r"|\b(?:spill(?:ed|t)|knocked over|dropped)\s+(?:her|his|my|their|a|the)\s+drinks?\b", re.I)
# An adult who did not come home is a carer gone, not a missing child: "mummy didn't come home from work"
_NOT_CONCERN["missing"] = re.compile(r"\b(?:mum|mummy|mam|mom|mother|dad|daddy|father|parents?|carer|partner|step-?dad|"
                                     r"boyfriend|girlfriend|husband|wife|nan|gran|grandma|grandad)\b(?:\s+\w+){0,2}?\s+(?:didn't|did not|"
                                     r"hasn't|has not|never|not)\s+(?:come|came|returned|gone)\s+(?:back\s+)?home\b", re.I)
# A parent in recovery: "abstinent since June", "alcohol-free since August and her tests are clear",
# "hair strand test negative for cannabis", unless the sentence says it has come back
_RECOVERED = re.compile(r"\b(?:abstinent|alcohol[- ]free|sober|drug[- ]free|clean (?:since|for)|negative for|"
                        r"(?:tests?|screens?|results?) (?:are|were|have been|came back|is|was) (?:all )?(?:clear|negative))\b", re.I)
_LAPSED = re.compile(r"\b(?:re)?laps\w*|\bagain\b|\bpositive\b", re.I)
# A check box left empty in a form's category list: the label after it is not a concern
# ("☐ Neglect ☒ Parental mental health", "[ ] Domestic abuse   [x] Radicalisation").
_UNTICKED = r"(?:☐|□|❏|❑|⬜|\[[ \t]?\]|\([ \t]\))"
_BOX = r"(?:☐|□|❏|❑|⬜|☒|☑|✓|✔|✗|✘|■|\[[ \txX✓✔]?\]|\([ \txX]\))"
_EMPTY_BOX = re.compile(rf"{_UNTICKED}[ \t]*[^|\n]*?(?=[ \t]{{2,}}|\t|\||{_BOX}|$)"
                        # a category table's row whose only answer is an empty box: "Domestic abuse | ☐"
                        rf"|^[^|\n]*[|\t][ \t]*{_UNTICKED}[ \t]*[|\t]?[ \t]*$", re.M)
# A concern that was looked into and not found: "ruled out", "unsubstantiated", "tests were negative".
_RULED_OUT = re.compile(r"\b(?:ruled out|unsubstantiated|not substantiated|unfounded|no indicators|"
                        r"(?:were|was|came back|both|all) negative|no ongoing concerns?|not (?:been )?found)\b", re.I)
_LOOKED_INTO = re.compile(r"\b(?:considered|explored|queried|raised|investigated|looked (?:in)?to|checked|screened|"
                          r"assessed|tested)\b", re.I)
_PART_CUT = re.compile(r";|\bbut\b|\bhowever\b|\bwhereas\b|\balthough\b", re.I)
# An attendance figure at or above 95% is a strength (persistent absence is below 90%).
_TARGET = re.compile(r"\b(?:above|over|at least|target(?: of)?|aim(?:ing)? (?:for|of)|goal(?: of)?|reach|get (?:it )?(?:to|above)|"
                     r"(?<!\bis )(?<!\bwas )(?<!\bnow )(?<!’s )(?<!'s )back (?:up )?to|to be|should be|needs? to be|must be)\s*$", re.I)
_PERCENT = re.compile(r"(\d{1,3}(?:\.\d+)?)\s*%")
# A form's row answered no in a cell of its own: "Domestic abuse | N |", "Neglect\tNo\tNone seen",
# "Current concerns of physical harm\tN\tOne incident in 2045, no repeat"
_NO_CELL = re.compile(r"(?i)(?:n|no|none|nil|n/?a|✗|✘)\.?")


def _answered_no(line: str) -> bool:
    if "|" not in line and "\t" not in line:
        return False
    cells = [c.strip() for c in re.split(r"[|\t]", line) if c.strip()]
    return len(cells) >= 2 and any(_NO_CELL.fullmatch(c) for c in cells[1:3])


_TICKED, _CROSSED = re.compile(r"[✓✔☑]"), re.compile(r"[✗✘]")
# An item of a list answered no straight after its label: "Domestic abuse = No; Substance misuse = No"
_ANSWERED_NO_AFTER = re.compile(r"(?:[ \t]*\([^)\n]{0,40}\))?[ \t]*(?:=|:|-|–|—)[ \t]*(?:no|none|nil|n)[ \t]*(?=[;,.|)\n]|$)", re.I)
_NO_ANSWER_START = re.compile(r"[ \t]*(?:no|none|n/?a)\b(?![ \t]+(?!(?:is|are|was|were|any|concerns?)\b)[a-z])", re.I)
# Checklist lines in forms ("Graded Care profile (If neglect should be completed). | N/A").
_NA_LINE = re.compile(r"(?:\||:|\t)\s*(?:n/?a|not applicable|not required|not needed|none|no)\s*\.?\s*$", re.I)
# A concern told as past in its own clause ("dad's historic cannabis use", "the CP plan for
# neglect ended in July", "sorted last year"), unless the sentence says it is back or continuing.
_PAST = re.compile(r"\b(?:historic(?:al)?|previous(?:ly)?|in the past|ended|closed|resolved|years? ago|abstinent|"
                   r"sorted|used to|no longer)\b", re.I)
_STILL = re.compile(r"\b(?:still|again|ongoing|continu\w*|remain\w*|worse\w*|worsen\w*|increas\w*|escalat\w*|"
                    r"re-?emerg\w*|relaps\w*|recent\w*)\b", re.I)


# Concerns that are an incident, not a condition: told of a day well before today ("the s47 in
# January", "a bruise on his shin on 26/11"), or as the background ("History: ...", "For
# completeness: ..."), they are the file's past, not a current worry (the condition concerns -
# neglect, drinking, attendance - are current unless the sentence says they ended).
_INCIDENTS = frozenset({"physical_harm", "sexual_harm"})
# an adult convicted of harming a child is a standing fact about them, however long ago
# what each pattern needs to be worth reading (bot.parser.prefilter), and the group naming whose worry it is
_NEEDS = {p: needs(p) for pats in _COMPILED.values() for p in pats}
_SCREEN = Screen(_NEEDS.values())
_PRONOUN_GROUP = {p: next((g for g in ("pron", "pron2") if g in p.groupindex), None) for pats in _COMPILED.values() for p in pats}
_STANDING = frozenset(p for p in _COMPILED["physical_harm"] if p.pattern == _CONVICTED_OF_HARMING_A_CHILD)
# domestic abuse told as one act ("assaulted mum"), not named as a pattern: an incident too
_DA_INCIDENTS = frozenset(_COMPILED["domestic_abuse"][-len(_TO_AN_ADULT) - len(_DA_SIGNS):])
_BACKGROUND = re.compile(rf"^\W*(?:(?:some |a (?:bit of |little )?)?background|history|previous(?:ly)?|chronology|past (?:harm|concerns|history|involvement)|"
                         rf"{risk.FOR_THE_FILE})\b", re.I)


# Domestic abuse told as the family's history ("Background: … after their father assaulted their
# mother", "in 2047 … convicted", a date a year or more ago), or as ended by where the abuser is now
# (in prison, remanded, moved away, no contact since): not a worry of the request, unless the
# sentence says it goes on ("still", "again", "has been coming back", "since January …"; an order
# that "remains in force" is not the abuse going on)
_ABUSER_GONE = re.compile(r"\bno (?:further |more )?(?:contact|incidents?)\b[^.;]{0,30}\bsince\b|\b(?:is|was|has been|remains|been)\s+"
                          r"(?:in prison|in custody|remanded|sent to prison|imprisoned|jailed)|\bserving\b[^.;]{0,25}\b(?:sentence|months|years)\b|"
                          r"\bmoved (?:abroad|away|out of the area)\b|\bhas not (?:breached|been in contact)\b|"
                          # the home the child has left: "things that happened when she lived with her birth dad"
                          r"\bwhen (?:she|he|they|[A-Z][a-z]+) (?:lived|was living|were living|stayed) with\b", re.I)
_GOES_ON = re.compile(r"\b(?:still|again|ongoing|continu\w*|worse\w*|escalat\w*|re-?emerg\w*|recent\w*|started|began|begun|"
                      r"keeps?|coming back|come back)\b", re.I)


def _abuse_over(sentence: str, today: date | None) -> bool:
    if _GOES_ON.search(sentence):
        return False
    if _ABUSER_GONE.search(sentence) or _BACKGROUND.search(sentence):
        return True
    if today is None or _ONGOING_SINCE.search(sentence):
        return False
    # dated a year or more ago; or told by years alone, each before this one ("in 2047")
    return risk.dated_before(sentence, today, _HISTORY_DAYS) or \
        (_earlier_years_only(sentence, today) and not risk.dated_before(sentence, today, 0))


def _incident_past(sentence: str, today: date | None) -> bool:
    return bool(_BACKGROUND.search(sentence)) or (today is not None and risk.dated_before(sentence, today))


# "For context only - Jayden-Lee's older brother Tyler (16) is open to the exploitation team": the
# writer marks it as not part of the request
_FOR_CONTEXT = re.compile(r"^\W*(?:for (?:context|information|background|info) only|not part of this (?:request|referral))\b", re.I)


# A form's or a system's list of the categories it offers, one cell each and nothing chosen:
# "Attendance | Behaviour | Bullying | Child Protection |", "CSE / CCE (Exploitation) | Domestic Abuse |
# Neglect". A row that gives something (a date, a tick, a sentence) is not one.
_TICK = re.compile(r"[☒☑✓✔✗✘■xX]\s*$|\d")


_MINOR_WORD = re.compile(r"^(?:and|or|of|on|in|to|the|a|/|-|–|&|\(?[A-Z][\w'’/-]*\)?)$")


def _a_list_of_labels(line: str) -> bool:
    """Three or more cells, each a short name in Title Case ("Child on Child Abuse"): no answers."""
    cells = [c.strip() for c in line.split("|") if c.strip()]
    return len(cells) >= 3 and all(len(c.split()) <= 5 and not _TICK.search(c) and not c.endswith((".", "?", ":"))
                                   and all(_MINOR_WORD.match(w) for w in c.split()) for c in cells)


# A line the writer heads as no longer a worry: "Not a worry any more: Hakan's cannabis use ...".
_NOT_A_WORRY_LINE = re.compile(r"^\W*(?:(?:not|no longer) (?:a |an )?(?:worry|worries|concern|concerns|issue|problem)"
                               r"(?: any ?more| now)?|resolved|no longer an issue)\s*[:\-–]", re.I)


_STRENGTHS_HEADING = re.compile(
    r"^\W*(?:what(?:'s|’s|\s+is|\s+are)\s+(?:\w+\s+)?(?:working|going)\s+(?:well|good)|(?:existing\s+|family\s+|the\s+)?"
    r"strengths(?:\s+and\s+(?:protective\s+factors|resources))?|protective\s+factors)\b\s*(?:[:?|\-–]|$)", re.I)
# Any other heading or form label ends it: "What are we worried about?", "Goals / Next Steps |"
_HEADING = re.compile(r"^\W*(?:(?i:what)\b[^:?|\n]{0,40}[?:|–-]|[A-Z][\w '’/&()-]{2,45}\s*[:|?])")


# What the writer heads as the past ("Past Harm", "History", "Hx", "Previous involvement"): the
# lines under it, to the next heading or blank line, are the file's history.
_PAST_HEADING = re.compile(r"^\W*(?:past (?:harm|concerns|involvement|history)|history|hx|background|chronology|"
                           r"previous (?:involvement|history|concerns|harm)|historic(?:al)? (?:concerns|information|involvement))"
                           r"\b\s*[:?|\-–]?\s*$", re.I)  # a heading on its own line
# A form's question answered "N/A" (or "No", "None") on the line under it asks about nothing here.
_NA_ANSWER = re.compile(r"^\W*(?:n/?a|not applicable|not required|not needed|none|no)(?:\W*$|[ \t]*[-–—,:;][ \t])", re.I)
_YEAR = re.compile(r"(?<![\d/.-])(?:19|20)\d\d(?![\d/])")


_CLOSED_WORD = re.compile(r"\b(?:historic(?:al)?|closed|ended|NFA)\b", re.I)


def _earlier_years_closed(sentence: str, start: int, end: int, today: date | None) -> bool:
    """The sentence names only years before this one, and says next to the concern that it ended
    ("MARAC x 2 in 2032 (DA, dad) - closed 2033", "the CP plan (neglect) ended in 2026")."""
    years = [int(y) for y in _YEAR.findall(sentence)]
    if today is None or not years or max(years) >= today.year or _STILL.search(sentence):
        return False
    for w in _CLOSED_WORD.finditer(sentence):
        gap = sentence[end:w.start()] if w.start() >= end else sentence[w.end():start]
        if len(gap) <= 25 and ";" not in gap:
            return True
    return False


# Words that start a sentence or name a service, not an adult of the family.
_NOT_AN_ADULT = frozenset({"She", "He", "They", "The", "This", "That", "Her", "His", "Their", "Our", "Your", "Its", "And",
                           "But", "Who", "Which", "What", "When", "Child", "Children", "School", "Nursery", "Worries",
                           "Current", "Concerns", "Background", "Health", "Team", "Adult", "Adults", "Community", "Local",
                           # a parent by role: the parent patterns read those, with their own scope
                           "Mum", "Mother", "Dad", "Father", "Parent", "Parents", "Carer", "Mummy", "Daddy"})


def _a_child_of_the_request(m: re.Match, children: frozenset[str]) -> bool:
    """A match that names the one hurt ("hit Leo across the face") names a child of the request,
    when the request names its children ("pushed Hayley down the stairs": Hayley is the mother);
    one that names the adult kept away names no child."""
    kid, adult = m.groupdict().get("kid"), m.groupdict().get("adult")
    if adult is not None and adult.casefold() in children:
        return False  # "bail not to contact Tyler": the child, not the mother
    return kid is None or not children or kid.casefold() in children


def _earlier_years_only(sentence: str, today: date | None) -> bool:
    """ "hit her during the relationship (2031-2032)": every year the sentence names is before this one."""
    years = [int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", sentence)]
    return today is not None and bool(years) and max(years) < today.year


def _an_adult(m: re.Match, children: frozenset[str]) -> bool:
    """A match that names its person names an adult of the family, not a child or a heading."""
    who = next((g for k, g in m.groupdict().items() if k.startswith("who") and g), None)
    if who is None:
        return True
    # "Efua is not under any mental health service": the negation sits between the name and the worry
    return who not in _NOT_AN_ADULT and who.casefold() not in children and not negated(m.string, m.end() - 1)


def find_concerns(text: str, today: date | None = None, children=()) -> dict[str, str]:
    """{concern: evidence sentence} in order of first appearance. ``today``: an incident told of an
    earlier day is history (``_INCIDENTS``). ``children``: the children's names, so a worry told
    by a person's name ("Efua's depression") is a parent's only when it is not a child's."""
    kids = first_names(children)
    # who does a carer's work: a child by first name or by initials ("A.K. has been getting B.K. to school")
    carers = kids | {".".join(w[0] for w in n.split()[:2]).casefold() + "." for n in children if len(n.split()) >= 2}
    hits: list[tuple[int, str, str]] = []
    if _TICKED.search(text) and _CROSSED.search(text):
        text = _CROSSED.sub("☐", text)  # a form that ticks what applies crosses what does not: "✔ School attendance ✘ Neglect"
    text = unshout(without_examples(_EMPTY_BOX.sub(lambda m: " " * len(m.group(0)), text)))
    # the patterns that could match anywhere in the text, each then asked of each sentence
    in_text = _SCREEN.present(fold(text))
    live = {p for pats in _COMPILED.values() for p in pats if could_match(_NEEDS[p], in_text)}
    lines = list(_lines(text))
    answers, below = [], ""  # each line's next non-blank line: a question's answer
    for _, ln in reversed(lines):
        answers.append(below)
        below = ln if ln.strip() else below
    answers.reverse()
    strengths = past = False
    subject = None  # who the last sentence was about: "He has been making Inaya's bottles"
    for (line_start, line), answer in zip(lines, answers):
        if not line.strip():
            subject = None
        # what the writer lists as going well ("What's working well: … attendance is back up"), or
        # heads as the past, runs to the next heading or blank line; nothing in it is a worry now
        if _STRENGTHS_HEADING.match(line):
            strengths, past = True, False
        elif _PAST_HEADING.match(line):
            strengths, past = False, True
        elif not line.strip() or _HEADING.match(line):
            strengths = past = False
        if _FOR_CONTEXT.match(line):
            continue
        if strengths or past or _NA_LINE.search(line) or _answered_no(line) or _NOT_A_WORRY_LINE.search(line) or \
                _a_list_of_labels(line) or \
                (line.strip() and _NA_ANSWER.match(answer) and not _NA_ANSWER.match(line)):
            continue
        line = re.sub(r"\((?:if|e\.g\.|low/medium/high)[^)]*\)", lambda m: " " * len(m.group(0)), line, flags=re.I)
        asked = False  # the sentence before was a question: "Is there domestic abuse in the household?   No"
        for s in sentences(line):
            before, subject = subject, sentence_subject(s.text, carers, subject) or subject
            answered_no = _NO_ANSWER_START.match(line, s.start + len(s.text))
            question, was_asked, asked = s.text.endswith("?"), asked, s.text.endswith("?")
            if (question and answered_no) or (was_asked and _NO_ANSWER_START.match(s.text)):
                continue
            present = _SCREEN.present(fold(s.text))
            for concern, pats in _COMPILED.items():
                for p in pats:
                    if p not in live or not could_match(_NEEDS[p], present):
                        continue
                    if p in _TOLD_OF_A_CHILD:
                        m = next((w for w in p.finditer(s.text) if whose(s.text, w.start(), carers, before) == "child"), None)
                        if m and p is _CARING_WORK and _ONCE.search(s.text) and not _REGULARLY.search(s.text):
                            m = None
                    elif pron := _PRONOUN_GROUP[p]:
                        # a parent, by role or by a name that is not a child's
                        m = next((w for w in p.finditer(s.text) if whose(s.text, w.end(pron), carers, before) in ("adult", "other")), None)
                    else:
                        m = p.search(s.text)
                    if m and (not _an_adult(m, kids) or not _a_child_of_the_request(m, kids)):
                        continue
                    if not m or negated(s.text, m.start()) or _told_as_past(s.text, m.start(), m.end()) \
                            or _ANSWERED_NO_AFTER.match(s.text, m.end()) \
                            or _not_told_as_a_fact(s.text, m.start(), m.end()) \
                            or (concern == "parental_mental_health" and (_the_childs(s.text, m, kids) or _illness_negated(s.text, m))) \
                            or _ruled_out(s.text, m.start()) or _earlier_years_closed(s.text, m.start(), m.end(), today):
                        continue
                    if _history_of_the_file(s.text, today) and p not in _STANDING:
                        continue
                    if concern == "physical_harm" and _done_to_an_adult(s.text, m, kids):
                        # "mum rang … dad came home and strangled her": domestic abuse, not harm to a
                        # child; a victim or a client is an adult's matter
                        if _the_mother(s.text, m) and not _incident_past(s.text, today) and \
                                not _earlier_years_only(s.text, today):
                            hits.append((line_start + s.start + m.start(), "domestic_abuse", s.text[:300]))
                        continue
                    if concern == "substance_misuse" and (_an_illness_relapse(s.text, m) or
                                                          (_RECOVERED.search(s.text) and not _LAPSED.search(s.text))):
                        continue
                    if concern == "non_engagement" and _UNREACHABLE_NOW.search(m.group(0)):
                        continue  # "mum isn't answering her phone": out of reach now, not a pattern
                    if concern == "non_engagement" and re.search(r"(?i)\bsessions?\b", m.group(0)) and \
                            whose(s.text, m.start(), carers, before) == "child":
                        continue  # "Darragh stays home with her; he has missed 19 sessions": school, not the family's engagement
                    if concern == "school_attendance" and _good_attendance(s.text):
                        continue
                    if concern == "disability_send" and _a_parents_own(s.text, m.start(), kids, carers):
                        continue  # "Mum, Tasha Moore, has a learning disability": hers, not the child's needs
                    if concern == "physical_harm" and _NONE_SEEN.search(line, s.start + m.end()):
                        continue  # "a mark on his neck. The DSL checked him today: no marks seen"
                    if concern == "physical_harm" and _explained(s.text):
                        continue  # "the bruise was from football", "confirmed as birthmarks … NFA"
                    if (concern in _INCIDENTS or p in _DA_INCIDENTS) and p not in _STANDING and _incident_past(s.text, today):
                        continue
                    if concern == "domestic_abuse" and _abuse_over(s.text, today):
                        continue
                    nc = _NOT_CONCERN.get(concern)
                    if nc and nc.search(s.text) and not (concern == "school_attendance" and re.search(r"\d{2}%", s.text)):
                        continue
                    hits.append((line_start + s.start + m.start(), concern, s.text[:300]))
                    break
    hits.sort()
    out: dict[str, str] = {}
    for _, c, ev in hits:
        out.setdefault(c, ev)
    return out


# A concern told only with dates a year or more before today ("In March 2029 police found her alone",
# "convicted of assault in March 2034") is the file's history, unless the sentence says it goes on
# ("still", "again", "since March 2029" of a worry that has not stopped).
_HISTORY_DAYS = 365
_ONGOING_SINCE = re.compile(r"\bsince\b", re.I)
_NOTHING_SINCE = re.compile(r"\b(?:no|not|nothing|none)\b[^.;]{0,60}\bsince\b", re.I)


def _history_of_the_file(sentence: str, today: date | None) -> bool:
    if today is None or _STILL.search(sentence) or not risk.dated_before(sentence, today, _HISTORY_DAYS):
        return False
    return not _ONGOING_SINCE.search(sentence) or bool(_NOTHING_SINCE.search(sentence))


# Who "her" is: the last woman or girl the sentence names before it. An adult (the mother, a victim,
# a client, a partner, anyone given an adult age) makes the violence domestic abuse or an adult's
# matter, not physical harm to a child; a child, or nobody named, leaves it physical harm.
_ADULT_AGE = r"(?:1[89]|[2-9]\d)"
_SHE_ADULT = re.compile(
    r"\b(?:mum|mummy|mam|mom|mother|mothers|victim|client|wife|girlfriend|partner|grandmother|grandma|nan|gran|aunt(?:ie)?|"
    r"woman|lady|applicant)\b|\bM(?:s|rs|iss)\.?\s+[A-Z]|\b(?:who\s+is|aged|age)\s+" + _ADULT_AGE + r"\b|\(" + _ADULT_AGE + r"\)", re.I)


def _women(head: str) -> list[re.Match]:
    """The adult women named in ``head``; "her mum's boyfriend … hit her": the girl whose mum it
    is, not the mum, is "her"."""
    return [x for x in _SHE_ADULT.finditer(head) if not re.search(r"(?i)\b(?:her|his|their)\s+$", head[:x.start()])
            and not re.match(r"['’]s\s+(?:new\s+|ex-?\s*)?(?:partner|boyfriend|husband|fella|friend)", head[x.end():])]


_SHE_CHILD = re.compile(r"\b(?:girl|daughter|baby|child|toddler|pupil|student|niece|granddaughter|infant)\b", re.I)
_AN_ASSAULT = re.compile(r"(?i)(?:assault|punch|hit|strangl|slap|kick|chok|beat|attack|grab|push|shov|throttl|squeez|drag|threw|bit\b)")


# Whose body the words tell of: "grabbed her by the throat", "round her neck", "her left eye
# swollen shut", "a cut to her lip" ("her" before the injury, in it, or just after the act)
_HER_INJURY = re.compile(r"(?i)\bher\s+(?:(?:left|right|upper|lower|top|bottom)\s+)?(?:\w+\s+)?$")
_INJURY = re.compile(r"(?i)swollen|black eye|marks?|bruis|cuts?|graze|burn|lump|swelling|wound|scratch")


def _her_the_victim(sentence: str, m: re.Match) -> bool:
    said = m.group(0)
    if re.match(r"(?i)\s+her\b", sentence[m.end():m.end() + 6]) or re.search(r"(?i)\bher\b", said) or \
            re.search(r"(?i)\bher\s+$", sentence[max(0, m.start() - 6):m.start()]):
        return True
    return bool(_INJURY.search(said)) and bool(_HER_INJURY.search(sentence[max(0, m.start() - 30):m.start()]))


# "fingertip bruising on both sides of Danielle's neck": the body is a named adult's (a woman the
# mail calls mum, or a grown-up named beside the children of the request)
_WHOSE_BODY = re.compile(rf"[^.;]{{0,40}}?\b(?:on|to|of|around|round|across)\s+(?:both sides of\s+|the \w+ of\s+)?"
                         rf"(?P<who>[A-Z][a-z]+|mum|mother)['’]s\s+(?:\w+\s+)?{_BODY}")


def _an_adults_body(sentence: str, m: re.Match, kids: frozenset[str]) -> bool:
    body = _WHOSE_BODY.match(sentence, m.end())
    if not body:
        return False
    who = body.group("who")
    return who.lower() in ("mum", "mother") or (bool(kids) and who.casefold() not in kids and who not in _NOT_AN_ADULT)


def _done_to_an_adult(sentence: str, m: re.Match, kids: frozenset[str]) -> bool:
    injury = _INJURY.search(m.group(0))
    if injury and _an_adults_body(sentence, m, kids):
        return True
    if not _AN_ASSAULT.match(m.group(0)) and not injury and not re.search(r"(?i)throat|neck", m.group(0)):
        return False  # a threat ("said he'd kill her if she told") is read as it is written
    passive = re.search(r"(?i)\b(?:was|has\s+been|had\s+been|got)\s+$", sentence[:m.start()])
    if not _her_the_victim(sentence, m) and not (passive and not injury):
        return False
    if re.match(r"\s+her\s*\((?:[A-Z][a-z]+\b)?[^)]{0,20}?\b(?:1[0-7]|\d)\b", sentence[m.end():m.end() + 40]):
        return False  # "assaulted her (Lily, 6)"
    head = sentence[:m.start()]
    last_adult = max((x.end() for x in _women(head)), default=-1)
    last_child = max((x.end() for x in _SHE_CHILD.finditer(head)), default=-1)
    named_child = max((x.end() for x in re.finditer(r"\b[A-Z][a-z]+\b", head) if x.group(0).casefold() in kids), default=-1)
    return last_adult > max(last_child, named_child)


_THE_MOTHER = re.compile(r"\b(?:mum|mummy|mam|mom|mother|wife|girlfriend|partner)\b", re.I)


def _the_mother(sentence: str, m: re.Match) -> bool:
    """The adult woman "her" stands for is the mother or a partner (not a victim, a client, a nan)."""
    last = max(_women(sentence[:m.start()]), key=lambda x: x.end(), default=None)
    return last is not None and bool(_THE_MOTHER.fullmatch(last.group(0)))


# A relapse of an illness (psychosis, bipolar disorder, MS) is not a relapse into drink or drugs.
_ILLNESS = re.compile(_MENTAL + r"|\b(?:MS|multiple sclerosis|sclerosis|cancer|leukaemia|epilep\w*|seizures?|medication|"
                      r"home treatment team|relapse (?:signature|prevention))\b", re.I)
_A_SUBSTANCE = re.compile(r"\b(?:alcohol|drink\w*|drunk|drugs?|heroin|cocaine|cannabis|crack|opiates?|methadone|spice|"
                          r"substance)\b", re.I)


def _an_illness_relapse(sentence: str, m: re.Match) -> bool:
    return bool(re.match(r"(?i)(?:re)?laps", m.group(0).split()[-1])) and bool(_ILLNESS.search(sentence)) and \
        not _A_SUBSTANCE.search(sentence)


_UNREACHABLE_NOW = re.compile(r"\b(?:is|isn't|isn’t|are|aren't|aren’t)\s+(?:not\s+)?answering\b|^not answering\b", re.I)


# "There are no concerns about home conditions or her mental health": the words it rules out
_NO_CONCERNS_ABOUT = re.compile(r"\b(?:no|not any|nor any)\s+(?:\w+\s+)?(?:concerns?|worries|worry|issues?)\s+"
                                r"(?:about|regarding|re|with|around|over|for)\b", re.I)
_BUT = re.compile(r"\b(?:but|however|although|though|whereas|except)\b|[;]", re.I)


def _not_told_as_a_fact(sentence: str, start: int, end: int) -> bool:
    """The words at start..end are an example ("for example a child who discloses abuse"), a
    hypothetical ("If mum starts drinking again, …") or ruled out by a "no concerns about …" list
    earlier in the sentence."""
    if risk.vocabulary().example.search(sentence[:end]):
        return True
    if re.match(r"\W*(?:if|unless|should|in case)\b", clause_around(sentence, start, end), re.I) or \
            re.match(r"\W*(?:if|unless|in case)\b", sentence):
        return True
    head = sentence[:start]
    m = next((m for m in reversed(list(_NO_CONCERNS_ABOUT.finditer(head)))), None)
    return bool(m) and not _BUT.search(head, m.end())


def _illness_negated(sentence: str, m: re.Match) -> bool:
    """ "Her mum, Lowri Bowen, has no mental health difficulties of her own": the negation governs
    the illness, told after the parent the match starts at."""
    ill = list(re.finditer(_MENTAL, m.group(0)))
    return bool(ill) and negated(sentence, m.start() + ill[-1].start())


_PARENT_WORD = re.compile(r"\b(?:mum|mum's|mother|dad|dad's|father|parents?|carer|step-?dad|step-?mum|partner)\b", re.I)


def _the_childs(sentence: str, m: re.Match, kids: frozenset[str]) -> bool:
    """ "Maddison's attendance … and her low mood": "her" is the child named before it, with no
    parent named in between."""
    said = m.group(0).split()[0].casefold()
    if said not in ("her", "his", "their"):
        return False
    since = _since_last_child(sentence[:m.start()], kids)
    return since is not None and not _PARENT_WORD.search(since)


def _a_parents_own(sentence: str, start: int, kids: frozenset[str], carers: frozenset[str]) -> bool:
    """The words at ``start`` are told of a parent: a parent is named after the last child named
    before them ("Mum, Tasha Moore, has a learning disability", "Tyler's dad has ADHD"; not "Mum
    says Tyler has autism")."""
    since = _since_last_child(sentence[:start], kids)
    return bool(_PARENT_WORD.search(sentence[:start] if since is None else since)) and \
        whose(sentence, start, carers, None) != "child"


def _since_last_child(head: str, kids: frozenset[str]) -> str | None:
    """The text of ``head`` after the last child of the request it names (None: it names none)."""
    names = [n for n in re.finditer(r"\b[A-Z][a-z]+", head) if n.group(0).casefold() in kids]
    return head[names[-1].end():] if names else None


def harm_to_an_adult(sentence: str, start: int, end: int, children=()) -> bool:
    """The harm ``sentence[start:end]`` tells of is done to an adult woman, not to a child ("put his
    hands round her neck", "mum has a black eye")."""
    said = re.compile(re.escape(sentence[start:end])).search(sentence, start) if end > start else None
    return bool(said) and _done_to_an_adult(sentence, said, first_names(children))


def not_this_concern(concern: str, sentence: str, start: int = 0, end: int | None = None, children=()) -> bool:
    """The words ``sentence[start:end]`` are, by the sentence's own wording, not ``concern`` (the
    assault on the mother the children saw is domestic abuse, not physical harm to them)."""
    nc = _NOT_CONCERN.get(concern)
    end = len(sentence) if end is None else end
    if concern == "physical_harm" and harm_to_an_adult(sentence, start, end, children):
        return True  # "victim called 999 stating partner had strangled her": "her" is the victim, an adult
    return bool(nc) and any(m.start() < end and start < m.end() for m in nc.finditer(sentence))


# A mark looked for later in the same paragraph and not there
_NONE_SEEN = re.compile(r"\bno (?:visible |fresh |new )?(?:marks?|bruis\w*|injur\w*)\s+(?:seen|found|at all|on (?:him|her|them)|"
                        r"(?:could|were|was) (?:be )?(?:seen|found))\b", re.I)


def _explained(sentence: str) -> bool:
    """The sentence explains the injury away as urgency reads it (an accident, birthmarks, no
    further action, "from football"), and does not negate that explanation."""
    return any(not negated(sentence, m.start()) for m in risk.vocabulary().resolved.finditer(sentence)
               if not re.match(r"(?i)arrested|remanded|in (?:police )?custody|in prison|placed with|safe", m.group(0)))


def _ruled_out(sentence: str, pos: int) -> bool:
    """The part of the sentence the match sits in (cut at ";", "but", "however") says it was ruled out."""
    lo = max((c.end() for c in _PART_CUT.finditer(sentence, 0, pos)), default=0)
    nxt = _PART_CUT.search(sentence, pos)
    part = sentence[lo:nxt.start() if nxt else len(sentence)]
    if _LOOKED_INTO.search(part):  # "X was considered ..., but the screening found no indicators"
        part = sentence[lo:]
    return bool(_RULED_OUT.search(part))


def _good_attendance(sentence: str) -> bool:
    # the part of the sentence about attendance ("poor sleep; attendance 95%": the sleep is not it)
    sentence = next((p for p in sentence.split(";") if re.search(r"\d\s*%", p)), sentence)
    # a target is not a figure reached: "Attendance above 95% by Easter", "aim for at least 96%";
    # nor is the figure it came from: "now 98%, up from 84% in the autumn"
    readings = [(float(m.group(1)), bool(re.search(r"(?i)\bfrom\s*$", sentence[max(0, m.start() - 12):m.start()])))
                for m in _PERCENT.finditer(sentence) if not _TARGET.search(sentence[max(0, m.start() - 25):m.start()])]
    figures = [value for value, _ in readings]
    now = [value for value, earlier in readings if not earlier]
    if now and len(now) < len(figures):
        figures = now
        if re.search(r"(?i)\b(?:up|risen|rose|increased|improved)\b[^%]{0,12}\bfrom\b", sentence):
            return min(figures) >= 90
    # 95% or more is good; from 90% (under which a pupil is persistently absent, the DfE's measure)
    # only when the writer says so ("improved to 94%, which is positive", "91%, stable")
    if not figures or _WORSE.search(sentence):
        return False
    return min(figures) >= 95 or (min(figures) >= 90 and bool(_BETTER.search(sentence)))


_WORSE = re.compile(r"\b(?:fall\w*|fell|dropp\w*|declin\w*|low|lower|poor|below|down to)\b", re.I)
_BETTER = re.compile(r"\b(?:improv\w*|stable|positive|good|fine|no concerns?|not a concern|green)\b", re.I)


def _told_as_past(sentence: str, start: int, end: int) -> bool:
    return bool(_PAST.search(clause_around(sentence, start, end))) and not _STILL.search(sentence)


def _lines(text: str):
    pos = 0
    for line in text.splitlines(keepends=True):
        yield pos, line.rstrip("\n")
        pos += len(line)
