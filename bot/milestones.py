"""Milestones: the events a protocol's timescales start, end or restart on.

stepbot produces some events itself (the request arrived, became complete, the invitation went,
the outcome was recorded). The rest only a person knows: the handover happened, the assessment
ended, the plan was sent, the lead practitioner was recorded. Each of those is a *milestone*
business support record on the request page, with the date it happened and a note, so every
deadline in every pack can start (tests/test_milestones.py walks every pack's event graph).
The events that come before the request itself (the assessment concluded, the decision made after
it) are read from the sender's mail instead, with the day it gives (``stated_before_request``,
recorded by ``bot.workflow.record_stated``).
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import get_args

from bot.parser.extract.dates import find_dates
from bot.parser.extract.meeting import find_meeting
from bot.parser.text import negated, sentences
from bot.policy import PolicyPack, StatedEvent

# Events stepbot emits itself, and what emits them.
AUTOMATIC = {
    "request_received": "the request arrives",
    "request_complete": "the request has everything the protocol asks for",
    "invitation_sent": "the meeting invitation is sent",
    "decision_recorded": "the outcome is recorded on the request page",
    "decision_agreed": "the outcome 'agreed' is recorded on the request page",
    "decision_not_agreed": "the outcome 'not agreed' is recorded on the request page",
}

# Every event in words a person reads (the page's list, the history, mail).
LABELS = {
    "request_received": "Request received",
    "request_complete": "Request complete",
    "invitation_sent": "Meeting invitation sent",
    "meeting_held": "Meeting held",
    "decision_agreed": "Step agreed",
    "decision_not_agreed": "Step not agreed",
    "decision_recorded": "Outcome recorded",
    "handover": "Case handed over to the new worker",
    "joint_visit_held": "Joint home visit done",
    "letter_sent": "Letter sent",
    "review_held": "Review held",
    "minutes_received": "Minutes received",
    "documents_sent": "Documents sent",
    "case_transferred": "Case transferred",
    "contingency_plan_recorded": "Contingency plan recorded",
    "plan_sent": "Plan sent",
    "step_down_completed": "Step-down completed",
    "case_closed": "Case closed",
    "step_down_received": "Step-down received by Early Help",
    "lead_practitioner_recorded": "Lead practitioner recorded",
    "mosaic_recorded": "Recorded on Mosaic",
    "family_confirmation_sent": "Confirmation sent to the family",
    "triage_rebooked": "Triage booked again",
    "mag_review_held": "Multi-agency group review held",
    "assessment_completed": "Assessment completed",
    "assessment_decision": "Assessment decision made",
    "coordinator_discussion": "Discussed with the Early Help co-ordinators before the request",
    "no_lead_practitioner": "No lead practitioner identified: to the Early Help co-ordinator",
    "assessment_route": "Stepped down from the Child and Family Assessment (no CIN meeting)",
    "drop_in_before_plan": "Asked for the drop-in before sending the plan",
    "mash_recommendation": "MASH screening or the DMM recommended a C&F assessment (a transfer, not a step-up)",
    "sasf_cwd_route": "From the Safeguarding and Supporting Families or CWD team",
    "next_taf_booked": "Next Team Around the Family meeting booked",
    "cin_review_held": "Final Child in Need review meeting held",
}


def label(event: str) -> str:
    return LABELS.get(event, event.replace("_", " ").capitalize())


def pack_events(pack: PolicyPack, kind: str | None = None) -> set[str]:
    """Every event the pack's deadlines start, end or restart on (for one kind, or all)."""
    out: set[str] = set()
    for rule in pack.deadlines:
        if kind is None or kind in rule.kinds:
            out |= {rule.starts_on, rule.met_by, *rule.restarts_on}
    return out


def recordable(pack: PolicyPack, kind: str | None) -> list[tuple[str, str]]:
    """(event, label) a person may record on a request of this kind, in the page's order."""
    kp = pack.kind(kind) if kind else None
    events = (pack_events(pack, kind) | {r.event for r in (kp.records if kp else [])}) - AUTOMATIC.keys()
    return sorted(((e, label(e)) for e in events), key=lambda pair: pair[1])


# How a reply says an event happened: the thing, and a word that says it is done.
WORDS = {
    "joint_visit_held": r"(?:joint |home )+visit|visit(?:ed)? (?:the family|mum|dad|the home)",
    "letter_sent": r"letter", "review_held": r"review(?: meeting)?", "mag_review_held": r"MAG(?: review)?",
    "minutes_received": r"minutes", "plan_sent": r"plan", "meeting_held": r"meeting|TAF|CIN",
    "handover": r"hand ?over|handed (?:it )?over", "assessment_completed": r"assessment",
    "assessment_decision": r"decision", "case_closed": r"case (?:is |was |has been )?closed|closed the case",
    "step_down_completed": r"step[- ]?down", "mosaic_recorded": r"Mosaic", "documents_sent": r"documents|paperwork",
    "lead_practitioner_recorded": r"lead practitioner|key person", "contingency_plan_recorded": r"contingency plan",
    "family_confirmation_sent": r"(?:letter|confirmation|email) to the family|told the family",
    "triage_rebooked": r"triage", "cin_review_held": r"(?:CIN|child in need) review(?: meeting)?", "next_taf_booked": r"(?:next )?(?:TAF|team around the family)(?: meeting)?", "case_transferred": r"transferred", "step_down_received": r"step[- ]?down",
}
_DONE = re.compile(r"\b(?:done|held|happened|took place|completed?|sent|went ahead|carried out|received|"
                   r"finished|recorded|updated|closed|transferred|handed over|rebooked|booked again|concluded)\b", re.I)


# Events that happen before the request is sent: the request follows the assessment (Tower
# Hamlets: step-down "takes place as an outcome of the Child and Family Assessments"; Herefordshire:
# the plan goes "within two weeks" of the decision made following the assessment). Their day is
# earlier than the request, so the sender's own mail is where it is told ("the C&F assessment
# concluded on 20 November", "following my C&F assessment (decision 01/09/2027)").
BEFORE_REQUEST = get_args(StatedEvent)  # the policy conditions name the same events
# Told without a day as often as with one ("following our discussion at Tuesday's drop-in"): the
# request's own day stands in; the others start a timescale, so their day must be given.
_DAY_OPTIONAL = {"coordinator_discussion", "no_lead_practitioner", "assessment_route", "drop_in_before_plan",
                 "mash_recommendation", "sasf_cwd_route"}
# Not events that happened but what the mail says of the case: a negator or a "not yet" in the
# sentence is part of what it tells ("no Lead Practitioner has been identified", "the C&F
# assessment, which I am finalising"), not a reason to read it as unsaid.
_READ_AS_TOLD = {"no_lead_practitioner", "assessment_route", "drop_in_before_plan"}
# A recommendation is conditional by nature ("a C&F assessment if things do not improve"): its
# "if"/"not" is what it recommends, not a sign it was not made (a negator before it still counts).
_CONDITIONAL = _READ_AS_TOLD | {"mash_recommendation", "sasf_cwd_route"}

# "the C&F assessment", "Child and Family Assessment", "my assessment" (not "the autism assessment")
_NAMED_ASSESSMENT = (r"(?:C\s?&\s?F|C\s?&amp;\s?F|C and F|CFA|child(?:ren)?(?:'s|’s)? (?:and|&) famil(?:y|ies)|single) "
                     r"assessments?")
_ASSESSMENT = rf"(?:{_NAMED_ASSESSMENT}|(?:my|the|her|his|their) assessments?)"
_ENDED = r"(?:concluded|completed|ended|finished|closed|signed off|authorised)"
# Herefordshire: the drop-in is where a social worker talks the step-down through "before sending
# the plan" (REQUIREMENTS.md); a sentence asking for that talk, with the plan to come after it
_PLAN = r"(?:(?:step[- ]?down|EHA|early help(?: assessment)?|wellbeing) )?plan\b"
_TALK_PLACE = r"\b(?:drop[- ]?ins?|co-?ordinators?)\b"
_ASKS = (r"\b(?:would like|like to|can I|could I|may I|can we|could we|book|want|wanted|will|going to|hoping|hope|"
         r"need to|request\w*|come along|bring)\b|\b(?:I|we)(?:'|’)(?:d|ll)\b")
_AFTER_TALK = (rf"[^.;\n]{{0,60}}?\b(?:after|once|following|when)\b[^.;\n]{{0,30}}?"
               rf"(?:{_TALK_PLACE}|\b(?:discussion|discussed|chat|conversation|talked|spoken)\b)")
_LATER = (rf"\bbefore (?:I |we )?(?:send|sending|submit|submitting|complet\w*|finalis\w*|finaliz\w*|writ\w*|"
          rf"do|doing|draft\w*|put\w*)\b[^.;\n]{{0,40}}?{_PLAN}"
          # the plan still to come: "I will send the plan once we have discussed it", "plan to follow after the drop-in"
          rf"|(?:\b(?:will|going to)|(?:I|we)(?:'|’)ll)\s+(?:\w+\s+){{0,2}}?(?:send|submit|forward|share|complete|finalise|finalize)\b"
          rf"[^.;\n]{{0,40}}?{_PLAN}{_AFTER_TALK}"
          rf"|{_PLAN}[^.;\n]{{0,20}}?\b(?:will|to) follow\b{_AFTER_TALK}")
_STATED = {
    "assessment_completed": re.compile(
        rf"\b{_ASSESSMENT}\b[^.;\n]{{0,70}}?\b{_ENDED}\b"
        rf"|\b(?:conclusion|end|completion) of (?:the |my |her |his |their )?{_NAMED_ASSESSMENT}\b", re.I),
    # the decision "made following a s47 or Child & Family Assessment" that the needs are at level 3
    "assessment_decision": re.compile(
        rf"\bdecision\b|\bdecided\b|\b{_ASSESSMENT}\b[^.;\n]{{0,70}}?\b{_ENDED}\b"
        r"(?=[^.;\n]{0,80}?\b(?:intensive|level 3|level three|step[- ]?down|early help)\b)", re.I),
    # Herefordshire: the plan goes "following a discussion with an early help co-ordinator", which
    # the Tuesday drop-in is for: a talk already had, at the drop-in or with a co-ordinator
    "coordinator_discussion": re.compile(
        r"\b(?:discuss(?:ed|ion|ions)|spoke|spoken|talked|chat(?:ted)?|conversation|consulted|consultation)\b"
        r"[^.;\n]{0,80}?\b(?:drop[- ]?ins?|co-?ordinators?)\b"
        r"|\b(?:drop[- ]?ins?|co-?ordinators?)\b[^.;\n]{0,40}?\b(?:discuss(?:ed|ion)|spoke|talked|chat(?:ted)?|agreed)\b", re.I),
    # Tower Hamlets: minutes go to the Lead Practitioner "or where a Lead Practitioner is not
    # identified to the Early Help Co-ordinator"
    "no_lead_practitioner": re.compile(
        r"\b(?:no|not (?:yet )?(?:been )?(?:able to )?(?:identify|identified|find|found)(?: an?)?|without an?|haven't|have not|hasn't|has not)"
        r"\s+(?:(?:been|yet|a|an|identified|found|agreed)\s+){0,3}(?:lead practitioner|LP|lead professional)\b"
        r"(?![^.;\n]{0,30}\b(?:will be|is|has been named)\b(?! not))"
        r"|\b(?:lead practitioner|LP|lead professional)\s*(?:[:|\-–]\s*)?(?:none|not (?:yet )?(?:identified|known|agreed)|n/?a)\b"
        r"|\b(?:lead practitioner|LP|lead professional)\b[^.;\n]{0,30}\b(?:has not been|hasn't been|is not|isn't|not yet been|not been) (?:identified|found|agreed)\b", re.I),
    # Knowsley §3: a level 2 step-down decided during the C&F assessment goes by email with the
    # Signs of Safety headings and the Lead Practitioner; the assessment's outcome ("Transfer to
    # EHM") moves the case, and no CIN meeting is held (a mail that names one is the other route).
    "drop_in_before_plan": re.compile(rf"^(?=[\s\S]*?{_TALK_PLACE})(?=[\s\S]*?(?:{_ASKS}))[\s\S]*?(?:{_LATER})", re.I),
    # Knowsley §4: "If the family had any recommendations from MASH screening or DMM as a
    # contingency plan and consideration for C&F assessment": the MASH or DMM named, and what it
    # recommended, a C&F assessment (or "consideration" of one) or a contingency plan
    "mash_recommendation": re.compile(
        r"\b(?:MASH(?: screening| triage| outcome| decision| recommendations?)?|DMM|daily multi[- ]agency meeting)\b"
        r"[^.;\n]{0,120}?\b(?:recommend\w*|advi[sc]\w*|contingency|outcome was|decided|agreed)\b"
        rf"[^.;\n]{{0,120}}?(?:{_NAMED_ASSESSMENT}|\bcontingency plan\b)", re.I),
    # Torbay: the step-down "from Safeguarding and Supporting Families Team and CWD team" (the
    # final core group / CIN meeting is the warm handover; the next TAF is booked there)
    "sasf_cwd_route": re.compile(
        r"\b(?:safeguarding (?:and|&) supporting families|SASF|CWD|children with disabilit(?:y|ies)|disabled children(?:'|’)?s?)"
        r"(?: (?:social work )?team| service)?\b", re.I),
    # Tower Hamlets: the minutes "from the CIN Review Meeting" go to the Lead Practitioner within 10
    # working days of it ("the final CIN review was held on 19 November", "at the final CIN review
    # meeting on 19/11/2026 we agreed ...")
    "cin_review_held": re.compile(
        r"\b(?:(?:final|last) )?(?:CIN|child in need) review(?: meeting)?s?\b"
        r"(?=[^.;\n]{0,60}?\b(?:held|took place|happened|was on|met|agreed|concluded)\b|[^.;\n]{0,12}?\bon\b)", re.I),
    "assessment_route": re.compile(
        rf"(?:\b(?:completing|finalising|finalizing|during|in|following|after|as (?:the )?outcome of|at the end of|"
        rf"concluding|closing) (?:my |the |our |a |her |his )?{_NAMED_ASSESSMENT}\b"
        r"|\btransfer to EHM\b)", re.I),
}
_NOT_YET = re.compile(r"\b(?:will|going to|planned|next|due|expect\w*|pending|awaiting|once|when|until|by|not|never|yet|"
                      r"would|could|can|like to|hope|want|wish|please|book|request)\b|n[’']t\b", re.I)
# Said anywhere in the mail, these mean the event is not what it tells: a CIN meeting to attend is
# Knowsley's other level 2 route, and a joint home visit or level 3 its level 3 route.
_UNLESS = {"assessment_route": re.compile(r"\b(?:(?:CIN|child in need) (?:meeting|review)|joint (?:home )?visit|level (?:3|three))\b", re.I)}
DAYS_BACK = 120  # a day further back is not this step (a date of birth, an old assessment)


def stated_before_request(pack: PolicyPack, kind: str | None, text: str, today: date) -> list[tuple[str, date, str]]:
    """(event, day, sentence) for each event of ``BEFORE_REQUEST`` that one of the pack's timescales
    for ``kind`` starts on and that ``text`` says has happened, on a day it gives (on or before
    ``today``, within the last few months). A sentence that puts it in the future, negates it or
    gives no day says nothing; the day nearest after the words is taken."""
    wanted = [e for e in BEFORE_REQUEST if e in stated_events(pack, kind)
              and not (e in _UNLESS and _UNLESS[e].search(text or ""))]
    out: list[tuple[str, date, str]] = []
    for sent in sentences(text or "") if wanted else []:
        st = sent.text
        for event in wanted:
            if any(e == event for e, _, _ in out):
                continue
            m = _STATED[event].search(st)
            if not m or (event not in _READ_AS_TOLD and negated(st, m.start())):
                continue
            days = [d for d in find_dates(st, today) if today - timedelta(days=DAYS_BACK) <= d.value <= today]
            after = [d for d in days if d.start >= m.start()]
            d = after[0] if after else (days[-1] if days else None)
            if d is None and event not in _DAY_OPTIONAL:
                continue
            span = st[min(m.start(), d.start):max(m.end(), d.end)] if d else st[:m.end()]
            if event not in _CONDITIONAL and _NOT_YET.search(span):
                continue
            out.append((event, d.value if d else today, st[:200]))
    return out


def stated_events(pack: PolicyPack, kind: str | None) -> set[str]:
    """The events before the request that matter to ``kind`` in this pack: a timescale starts on
    them, or a panel, requirement or timescale applies only when they were (not) said."""
    out = {e for r in pack.deadlines if kind in r.kinds for e in (r.starts_on, *r.restarts_on)}
    kp = pack.kind(kind) if kind else None
    conditions = [r.when for r in pack.deadlines if kind in r.kinds]
    if kp is not None:
        conditions += [c.when for c in kp.panels] + [r.when for r in kp.requirements] + [e.when for e in kp.elsewhere]
    for c in conditions:
        if c is not None:
            out |= {c.stated, c.not_stated} - {None}
    return out & set(BEFORE_REQUEST)


# Events that are a booking: done today for a meeting still to come (Torbay's SASF/CWD route:
# "Social worker and lead professional book date for next Team around the Family meeting"). A reply
# saying it is booked tells of the booking, on the reply's day, and gives the meeting's own day.
BOOKINGS = {"next_taf_booked"}
_BOOKED = re.compile(r"\b(?:booked|arranged|set up|scheduled|in the diary|confirmed|agreed|fixed)\b", re.I)


def _booked(wanted: set[str], st: str, today: date) -> list[str]:
    """The booking events of ``wanted`` that ``st`` says were made, for a meeting it dates."""
    booked = _BOOKED.search(st)
    if not booked or negated(st, booked.start()) or find_meeting(st, today) is None:
        return []
    return [e for e in sorted(wanted & BOOKINGS) if re.search(rf"\b(?:{WORDS[e]})\b", st, re.I)]


def booked_meeting(event: str, text: str, today: date) -> str:
    """For a booking event (``BOOKINGS``), the meeting a reply says was booked, in words ("Next
    Team Around the Family meeting booked: Tuesday 12 January 2027 at 10:00, Paignton Library");
    empty for any other event or when the reply dates none."""
    if event not in BOOKINGS:
        return ""
    for sent in sentences(text or ""):
        if _booked({event}, sent.text, today):
            m = find_meeting(sent.text, today)
            when = f"{m.start:%A %-d %B %Y at %H:%M}" if m.start else f"{m.day:%A %-d %B %Y}"
            return f"{label(event)}: {when}" + (f", {m.venue}" if m.venue else "")
    return ""


def suggested(pack: PolicyPack, kind: str | None, open_events: set[str], text: str, today: date) -> list[tuple[str, date]]:
    """(event, day) a reply says happened ("the joint visit was done on 4 Jan"), among the events
    that would meet one of the request's open deadlines: offered to business support to record
    with one click, never recorded on the reply's word alone. A booking (``BOOKINGS``: "the next
    TAF is booked for Tuesday 12 January at 10am") is dated the reply's day; ``booked_meeting``
    gives the meeting it booked."""
    wanted = {e for e in open_events if e in WORDS} & dict(recordable(pack, kind)).keys()
    out: list[tuple[str, date]] = []
    for sent in sentences(text or ""):
        st = sent.text
        for event in _booked(wanted, st, today):
            if all(e != event for e, _ in out):
                out.append((event, today))
        done = _DONE.search(st)
        if not done or negated(st, done.start()) or re.search(r"\b(?:will|going to|planned|booked for|next)\b", st, re.I):
            continue
        days = [d.value for d in find_dates(st, today) if d.value <= today]
        for event in sorted(wanted - BOOKINGS):
            if re.search(rf"\b(?:{WORDS[event]})\b", st, re.I) and all(e != event for e, _ in out):
                out.append((event, days[0] if days else today))
    return out
