"""The parse pipeline as a readable sequence of small steps (see ``run``)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

from bot.parser.attachments import read_attachment
from bot.parser.checks import evaluate
from bot.parser.classify import (REPLY_SUBJECT, direction, find_reference, is_auto_reply, is_mailing_list, person_behind,
                                 default_kind, SAYS_NOT_A_REQUEST)
from bot.parser.contract import Contract
from bot.parser.extract.children import (a_child_writing, children_in_title, corrected_dobs, find_children, labelled_dobs,
                                          merge, named_in_subject)
from bot.parser.extract.dates import age_on
from bot.parser.extract.concerns import find_concerns
from bot.parser.extract.documents import pasted_documents, role_for, toolkit_referenced
from bot.parser.extract.facts import (SHORT_AGREE, find_consent, find_lead_practitioner, find_level,
                                      find_manager_agreed, find_signs_of_safety, managers_named, named_manager_agreed,
                                      sender_is_manager, asked_to_agree)
from bot.parser.extract.ids import find_case_ids
from bot.parser.extract.meeting import find_meeting, invited_meeting
from bot.parser.extract.tables import looks_like_form, looks_like_table
from bot.parser.ical import REPLY_METHODS, read_calendar
from bot.parser import auth_results, risk
from bot.parser.risk_concerns import concerns_of_the_risk
from bot.parser.mime import addresses, header, message_date, parse_mime, sender_of
from bot.parser.result import ParseResult
from bot.parser.text import EMAIL_ADDRESS, plain_english, quoted_messages, split_history, unwrap, without_disclaimers
from bot.parser.urgency import as_read, assess_parts, describes_no_real_child, message_parts, says_no_real_child
from bot.workcal import to_london
from bot.vocabulary import REQUEST_KINDS

# Attachments whose text is read for facts, concerns and the meeting: the request forms.
FORM_ROLES = {"step_up_form", "request_for_support"}


FORWARD_SUBJECT = re.compile(r"^\s*(?:fw|fwd|forward(?:ed)?)\s*:", re.I)
# "further to my step down email last Thursday", "the step down I sent on Monday": no reference,
# but it adds to a request already made.
EARLIER_REQUEST = re.compile(
    r"\b(?:further to|following up|following on from|re|(?:forgot|forgotten) to attach (?:it|this|them) to|"
    r"left (?:it|this|them) off|missing from)\s+(?:my|our)\s+step[- ]?(?:up|down)\b"
    r"|\b(?:my|our|the)\s+step[- ]?(?:up|down)(?:\s+(?:request|referral|email|form))*\s+(?:I|we)\s+(?:sent|emailed|submitted|made)\b"
    # (not "the" step up with a day: "My manager agreed the step up yesterday" is the agreement's day)
    r"|\b(?:my|our)\s+step[- ]?(?:up|down)(?:\s+(?:request|referral|email|form))*\s+"
    r"(?:(?:sent\s+)?(?:on|last)\s+(?:mon|tues|wednes|thurs|fri)day|yesterday|last week)\b", re.I)
# "FOR INFORMATION ONLY - no action needed ... please don't log it as a new request", said up front.
FOR_INFORMATION = re.compile(
    r"\bfor (?:information|info) only\b|\bplease (?:do not|don't|don’t) (?:log|treat|record) (?:it|this) as a new\b", re.I)


# A subject that names another kind of mail than a request to step a family up or down: an
# escalation or the outcome of a professional disagreement, a case transfer, another council's
# notification or invitation, a question for advice.
ANOTHER_KIND_OF_MAIL = re.compile(
    r"(?:escalation|(?:outcome of )?(?:a )?professional disagreement|(?:resolution of )?(?:a )?dispute|outcome of\b|"
    r"case transfer|transfer[- ]in\b|transfer of (?:case|the case|case responsibility)|out of (?:area|borough) placement|"
    r"(?:placement )?notification\b|advice\b|question\b|query\b)", re.I)
_SUBJECT_PREFIXES = re.compile(r"^\s*(?:(?:re|fw|fwd|aw|sv)\s*:\s*|\[[^\]]*\]\s*|(?:urgent|important)\s*[:-]\s*)+", re.I)


_QUOTED_TO = re.compile(r"^[>\s]*(?:To|Cc)\s*:\s*(?P<who>.+)$", re.I | re.M)


# The shape of the tag our acknowledgements carry in the subject ("[KNO-0013-7QK]", "[SB-knowsley-13]"),
# also when a person has retyped it wrongly ("[SB-KNO-0041]"): a reply under it adds to that request.
_REFERENCE_TAG = re.compile(r"\[(?:SB|[A-Za-z]{2,5})-[A-Za-z0-9_]{1,20}(?:-[A-Za-z0-9]{1,9})?\]")


def _reply_in_our_thread(msg, subject: str, history: str, own_addresses) -> str | None:
    """A reply ("RE:" or In-Reply-To) whose quoted original was addressed to the duty mailbox (the
    configured addresses, else the one this mail was sent to): it adds to that earlier mail. Returns
    the quoted To/Cc line as evidence."""
    if not history or not (REPLY_SUBJECT.match(subject) or header(msg, "In-Reply-To")):
        return None
    ours = set(own_addresses) or {a.lower() for a in EMAIL_ADDRESS.findall(header(msg, "To"))}
    for m in _QUOTED_TO.finditer(history):
        if {a.lower() for a in EMAIL_ADDRESS.findall(m.group("who"))} & ours:
            return m.group(0).strip()
    return None


@dataclass
class Message:
    """Step 1's result: the message read into the parts the later steps use."""

    msg: object                      # the parsed headers (email.message.Message)
    mime: object                     # bot.parser.mime.MimeParts
    subject: str
    message_id: str | None
    now: datetime
    today: date
    atts: list                       # every attachment, read (ParsedAttachment)
    accepted: list                   # the ones that could be read safely
    split: object                    # the body's new text and quoted history (SplitBody)
    new_text: str                    # soft-wrap-joined new text
    history: str                     # quoted and forwarded history, as written
    history_text: str                # the same, soft-wrap-joined
    ical: dict | None
    # set by read_facts: the text facts are read from
    fact_text: str = ""              # the subject, new text (and history, for a new request)
    forms: str = ""                  # the attached request forms' text
    facts_all: str = ""              # fact_text and the forms ("" for other mail)
    docs: str = ""                   # the other documents' text (summary, plan, assessment)


@dataclass
class Facts:
    """Step 3's result: what the message says, each fact with the text it came from."""

    kind: str
    children: list
    case_ids: list
    concerns: dict
    consent: bool | None = None
    manager: bool | None = None
    level: int | None = None
    lp: object = None
    meeting: object = None
    wsn: bool = False
    documents: dict = field(default_factory=dict)
    child_names: list = field(default_factory=list)
    evidence: dict = field(default_factory=dict)
    extra: dict = field(default_factory=dict)   # facts added since, by contract field name (ARCHITECTURE.md)
    kind_by_default: bool = False  # a request only because a requester wrote to the mailbox (no step wording)


def run(raw: bytes, *, pack, authority, mailbox, now, max_attachment_bytes, own_addresses, calendar) -> ParseResult:
    """Read the MIME, classify the kind, read the facts, assess urgency, check against the pack,
    assemble the contract: one named step each."""
    risk.forget_sentences()  # the sentence caches hold this message's sentences only
    m = read_message(raw, now=now, max_attachment_bytes=max_attachment_bytes)
    who = sender_of(m.msg)  # from the raw header, before any name is decoded
    # a secure-mail portal or online form sends for a person (its Reply-To): they are answered;
    # the From address is still the one its domain's authentication speaks for
    behind = person_behind(m.msg, who.address)
    sender_addr = behind or who.address
    res = ParseResult(contract=Contract(authority=authority, mailbox=mailbox, message_id=m.message_id),
                      sender=sender_addr, sender_name=who.name, sender_problem=who.problem,
                      relayed_by=who.address if behind else None,
                      copied=list(dict.fromkeys(a for _, a in addresses(m.msg, "Cc"))),
                      auth=auth_results.read(m.msg, who.address), subject=m.subject, message_id=m.message_id,
                      date=message_date(m.msg), in_reply_to=header(m.msg, "In-Reply-To") or None,
                      references=header(m.msg, "References").split(), body_text=m.split.new,
                      history_text=m.history, html=m.mime.html, attachments=m.atts)
    if m.mime.unsure:
        res.warnings.append("best-effort decoding: " + (", ".join(sorted(set(m.mime.defects))) or "charset"))
    kind, reference, evidence = classify_kind(m, sender_addr, own_addresses)
    if kind == "meeting_reply":
        res.ical = m.ical
    facts = read_facts(m, kind, mailbox)
    facts.evidence.update(evidence)
    urgent, why = assess_urgency(m, facts)
    res.urgent_evidence = why
    if urgent:
        facts.evidence["urgent"] = why
        told = concerns_of_the_risk(why or "", m.today, facts.child_names, *_around(m, why or ""))
        facts.concerns = {**{k: v for k, v in told.items() if k not in facts.concerns}, **facts.concerns}
        if facts.kind_by_default and not _uses_the_request_route(m):
            # an emergency told to the duty team, not a request to step a family up or down
            facts.kind, m.facts_all = "other", ""
    read_details(m, facts)
    res.wsn, res.documents = facts.wsn, set(facts.documents)
    res.checks = check_against_pack(pack, m, facts, urgent, calendar)
    res.contract = assemble(authority, mailbox, m, facts, urgent, reference, res.checks, pack)
    if res.contract.kind in REQUEST_KINDS and (m.ical or {}).get("method") == "REQUEST":
        res.ical = m.ical  # the sender's own invitation to the meeting the request is for
    res.child_ages = [ch.age_years for ch in facts.children]
    return res


# A practitioner asking to bring the family to the council's own meeting is asking for support.
_TO_THE_MEETING = re.compile(r"\b(?:discuss|talk about|bring|take|present)\b[^.?]{0,30}\b(?:at|to) (?:the )?(?:next )?"
                             r"(?:MAST|MASH|triage|panel|DMM|MAG|step[- ]?up meeting)\b", re.I)


def _uses_the_request_route(m: Message) -> bool:
    """The mail sends the protocol's request form, or asks for the council's meeting."""
    return any(a.role in FORM_ROLES for a in m.accepted) or bool(_TO_THE_MEETING.search(m.subject + "\n" + m.new_text))


def read_message(raw: bytes, *, now, max_attachment_bytes) -> Message:
    """1. The MIME: headers, attachments read (each given its document role), the body split into
    new text and quoted history, any calendar part."""
    mime = parse_mime(raw)
    msg = mime.headers
    sent = message_date(msg)
    now = now or sent or datetime.now(timezone.utc)
    if now.tzinfo is None:
        now = now.replace(tzinfo=timezone.utc)
    atts = [read_attachment(a.filename, a.content_type, a.data, max_bytes=max_attachment_bytes)
            for a in mime.attachments]
    for a in atts:
        a.role = role_for(a.filename, a.text) if not a.filename.lower().endswith(".ics") else None
    body = "\n\n".join(p for p in mime.plain if p.strip())
    split = split_history(body)
    history = "\n\n".join(x for x in [split.history, *mime.embedded] if x.strip())
    # facts are read from soft-wrap-joined text; the stored body keeps the sender's lines
    m = Message(msg=msg, mime=mime, subject=header(msg, "Subject"), message_id=header(msg, "Message-ID") or None,
                now=now, today=to_london(now).date(), atts=atts, accepted=[a for a in atts if a.accepted],
                split=split, new_text=unwrap(split.new), history=history, history_text=unwrap(history),
                ical=read_calendar(mime.calendars) if mime.calendars else None)
    return m


def classify_kind(m: Message, sender_addr: str, own_addresses) -> tuple[str | None, str | None, dict]:
    """2. What kind of mail it is, from its headers and shape: (kind or None when only its wording
    can tell, the stepbot reference it answers, evidence)."""
    msg, subject, ev = m.msg, m.subject, {}
    reference = find_reference(msg, m.split.new)
    if reference is None and not FORWARD_SUBJECT.match(subject):
        # a reply whose subject was rewritten still quotes our acknowledgement, reference and all
        reference = find_reference(msg, m.split.history)
    if is_auto_reply(msg, is_report=m.mime.is_report, sender=sender_addr, own_addresses=own_addresses):
        kind = "auto_reply"
        reference = reference or find_reference(msg, m.history)
    elif m.ical and (m.ical.get("method") or "") in REPLY_METHODS:
        kind = "meeting_reply"
        reference = reference or find_reference(msg, (m.ical.get("uid") or "") + " " + (m.ical.get("summary") or ""))
    elif reference:
        kind = "follow_up"
    elif is_mailing_list(msg):
        kind = "other"
    elif hit := FOR_INFORMATION.search(m.new_text[:400]):
        kind, ev["kind"] = "other", hit.group(0)
    elif hit := ANOTHER_KIND_OF_MAIL.match(_SUBJECT_PREFIXES.sub("", subject)):
        kind, ev["kind"] = "other", subject  # an escalation, a transfer, a notification, a question: not a step request
    elif hit := EARLIER_REQUEST.search(m.new_text):
        kind = "follow_up"  # adds to a request sent before, without its reference: business support match it
        ev["kind"] = hit.group(0)
    elif REPLY_SUBJECT.match(subject) and (tag := _REFERENCE_TAG.search(subject)):
        kind, ev["kind"] = "follow_up", tag.group(0)  # a reply to our acknowledgement, its tag mistyped
    elif quoted := _reply_in_our_thread(msg, subject, m.split.history, own_addresses):
        kind, ev["kind"] = "follow_up", quoted  # "RE:" to a mail that was sent to this mailbox
    else:
        kind = None
    if reference:
        ev["reference"] = reference
    return kind, reference, ev


_REPLY_PREFIX = re.compile(r"^\s*(?:(?:accepted|declined|tentative(?:ly accepted)?|updated|new time proposed)\s*:\s*)+", re.I)


def _fact_text(m: Message, kind: str | None) -> str:
    """The text the facts are read from, in plain English ("Lacey-Mae n Rocco", "Worried abt")."""
    if kind in ("auto_reply", "meeting_reply"):
        return ""
    if kind == "follow_up":
        return plain_english(without_disclaimers(m.subject + "\n\n" + m.new_text))
    return plain_english(without_disclaimers(m.subject + "\n\n" + m.new_text + ("\n\n" + m.history_text if m.history_text else "")))


# A follow-up that corrects what its earlier mail said: "Correction: Mia's DOB should read 12/03/2031"
_CORRECTS = re.compile(r"(?i)\bcorrection\b|\bshould (?:read|be|say)\b|\bwrong (?:DOB|date of birth)\b|\bI (?:swapped|mixed up)\b")
# "Step-down transfer form - Begum Ali.pdf": a document its sender calls a form is read as one
_NAMED_A_FORM = re.compile(r"(?i)(?<![a-z])form(?![a-z])")


def _as_read(a) -> str:
    """An attachment's text as its facts are read: a PDF's lines joined where its page broke a
    sentence ("Mum has given her consent to the step" / "down and signed the form")."""
    pdf = a.content_type == "application/pdf" or a.filename.lower().endswith(".pdf")
    return unwrap(a.text, document=True, soft=False) if pdf else a.text


def read_facts(m: Message, kind: str | None, mailbox: str | None) -> Facts:
    """3a. The children, case ids and concerns, from the mail and its forms; the kind from the
    wording when the headers could not tell."""
    fact_text = _fact_text(m, kind)
    # the request forms: a known form role, or any other attached document laid out as field/value rows
    form_atts = [a for a in m.accepted if a.text and (a.role in FORM_ROLES or (a.role is None and (
        looks_like_form(a.text) or looks_like_table(a.text) or _NAMED_A_FORM.search(a.filename))))]
    m.fact_text, m.forms = fact_text, "\n\n".join(_as_read(a) for a in form_atts)
    m.facts_all = fact_text + ("\n\n" + m.forms if m.forms else "")
    # the other documents it brings (case summary, plan, assessment): read for what the mail leaves out
    m.docs = "\n\n".join(_as_read(a) for a in m.accepted if a.text and a.role and a not in form_atts)
    today, ev = m.today, {}

    children = find_children(fact_text, today=today) if fact_text else []
    # none named, or named only in passing (no date of birth): the attached form lists the family
    carriers = []  # documents that name the children a mail names none of
    if fact_text and all(ch.dob is None for ch in children):
        for a in m.accepted:
            # (a mail that names no child at all sends its letter or report about them: "Please see the attached letter")
            if a.text and (a.role or a in form_atts or (not children and not a.filename.lower().endswith(".ics"))):
                named = find_children(a.text, today=today)
                if named and not children and not a.role and a not in form_atts:
                    carriers.append(a)
                children = merge(children + named)
    case_ids = find_case_ids(m.facts_all + "\n\n" + "\n\n".join(a.text for a in m.accepted if a.role)) if fact_text else []
    concerns = find_concerns(m.facts_all, m.today, [ch.name for ch in children]) if fact_text else {}
    if kind == "follow_up" and m.history_text:
        # a reply that names no child or case itself is about the one in the mail it quotes
        # (our acknowledgement, the worker's original): read those two from the quoted text
        told_before = find_children(m.history_text, today=today)
        if not children:
            children = told_before
            # "correcting myself - she's twelve: DOB 14.03.2018": the one child, the one date of birth
            dobs = labelled_dobs(m.new_text, today)
            if len(children) == 1 and len(dobs) == 1 and (children[0].dob is None or _CORRECTS.search(m.new_text)):
                children[0].dob = dobs[0]  # ... or corrects it: "Correction: Mia's DOB should read 12/03/2031"
        else:  # named again without dates of birth (an attached form): the earlier mail gave them
            _fill_dobs(children, told_before)
            # the mail it answers names every child of the request: "about Mia" is still the
            # Harrises' request; a child the reply names itself is as the reply tells ("Ibrahim
            # should never have been in that email")
            said_now = {w.casefold() for w in re.findall(r"[\w'’-]+", m.new_text)}
            children = merge(children + [ch for ch in told_before if ch.name.split()[0].casefold() not in said_now])
        if not case_ids:
            case_ids = find_case_ids(m.history_text)
    if fact_text and not case_ids:
        # the case number only in the attachments' names: "EHM-64477 Step Up Form - Ashcroft.docx"
        case_ids = find_case_ids("\n".join(a.filename for a in m.accepted if a.role))
    for right, wrong in corrected_dobs(m.new_text, today) if kind != "auto_reply" else ():
        for ch in children:  # "Sorry - Poppy's date of birth is 12/03/2043, not 21/03/2043" over the mail it forwards
            if ch.dob == wrong:
                ch.dob = right
    if fact_text and m.docs and any(ch.dob is None for ch in children):
        _fill_dobs(children, find_children(m.docs, today=today))
    if fact_text and not children and kind not in ("auto_reply", "meeting_reply"):
        # named nowhere in the text but in the subject alone: "Kayla-Mae Tozer - need someone to ring me"
        children = named_in_subject(m.subject, str(m.msg.get("From", "")), m.new_text + "\n" + m.history_text)

    by_default = False
    if kind is None and (said := SAYS_NOT_A_REQUEST.search(m.subject + "\n" + m.new_text)):
        kind, ev["kind"] = "other", said.group(0)
    if kind is None and (invented := says_no_real_child(m.subject, m.new_text)):
        kind, ev["kind"] = "other", invented  # a workshop's scenario, a review's learning: nobody to step
    if kind is None:
        kind, why = direction(m.subject, fact_text, mailbox)
        if why:
            ev["kind"] = why
        # a named child with a worry, or with the authority's own request form attached
        if kind is None and children and (concerns or any(a.role in FORM_ROLES for a in m.accepted)) and \
                not a_child_writing(m.new_text):
            kind = default_kind(mailbox, fact_text)
            by_default = kind is not None
        if kind is not None and not children and not case_ids:
            kind = None  # step wording with no child or case: an enquiry, not a request
        kind = kind or "other"
    if (kind in REQUEST_KINDS or kind == "follow_up") and m.docs:
        # a request whose worries are written up in the attached summary or plan ("please see attached")
        in_docs = find_concerns(m.docs, m.today, [ch.name for ch in children])
        concerns = {**concerns, **{k: v for k, v in in_docs.items() if k not in concerns}}
    if kind == "auto_reply" and m.new_text:
        # an out-of-office's human-written line still says who ("For Sumaiya Ahmed's TAF, contact …")
        children = find_children(plain_english(without_disclaimers(m.new_text)), today=today)
    if kind == "meeting_reply":
        # "Declined: Under-5s triage - Alfie-James Stone (LCS-2710333)": the invitation's own subject
        # says whose meeting it is; the reply's comment is read for risk, not for facts
        subject = _REPLY_PREFIX.sub("", m.subject or "")
        # ... and a child the comment itself names is said too ("baby Nia Lloyd, 7 weeks, has a skull fracture")
        comment = (m.ical or {}).get("comment") or m.new_text
        children, case_ids = merge(find_children(subject, today=today) + children_in_title(subject) +
                                   find_children(comment, today=today)), find_case_ids(subject)
    child_names = [ch.name for ch in children]  # urgency reads "Rayan is missing" whatever the kind
    if kind == "other":
        # Not a request: no consent, sign-off or documents are read. A report about a named child
        # (a worry from a neighbour, a school, a youth worker) still says who and what; an enquiry,
        # a bulletin or a newsletter names no real child, and keeps nothing.
        # a name in a bulletin is an example; a child given a date of birth is not
        if not children or _about_no_real_child(m, [ch.name for ch in children if ch.dob]):
            children, case_ids, concerns, child_names = [], [], {}, []
        m.facts_all = ""
    elif carriers and kind in REQUEST_KINDS:
        # a request with an empty body under its document ("Step down - Signs of Safety summary.pdf"):
        # the consent, the meeting and the headings are read from the document
        carried = "\n\n".join(_as_read(a) for a in carriers)
        m.forms = (m.forms + "\n\n" + carried) if m.forms else carried
        m.facts_all += "\n\n" + carried
    return Facts(kind=kind, children=children, case_ids=case_ids, concerns=concerns, child_names=child_names,
                 evidence=ev, kind_by_default=by_default)


def _fill_dobs(children: list, others: list) -> None:
    """A child with no date of birth takes the one another reading gives the same name."""
    dobs = {c.name.casefold(): c.dob for c in others if c.dob}
    for ch in children:
        ch.dob = ch.dob or dobs.get(ch.name.casefold())


def _about_no_real_child(m: Message, child_names: list[str]) -> bool:
    return describes_no_real_child(subject=m.subject, text=m.new_text, child_names=child_names,
                                   bulk=is_mailing_list(m.msg) and not REPLY_SUBJECT.match(m.subject))


def _calendar_words(ical: dict | None) -> str:
    """What a person wrote in a calendar part: a reply's COMMENT, and the DESCRIPTION of the sender's
    own invitation or cancellation (a reply's description is the organiser's, copied back)."""
    ical = ical or {}
    own = ical.get("method") not in REPLY_METHODS and ical.get("description")
    return "\n\n".join(x for x in (ical.get("comment"), own or None) if x)


YOUNG_CHILD_AGE = 5  # under five: a baby, a toddler, a pre-school child (the vulnerable concept)


def assess_urgency(m: Message, facts: Facts) -> tuple[bool, str | None]:
    """4. Urgency: every part of every kind, machine-looking mail included (a human's auto-forward,
    a portal's no-reply, a declined invitation's comment); a bulletin about no real child is not."""
    parts = message_parts(subject=m.subject, new_text=m.new_text, history=m.history_text,
                          attachments=[unwrap(a.text, document=True) for a in m.accepted if a.text], comment=_calendar_words(m.ical),
                          today=m.today)
    children = facts.children or find_children(m.subject + "\n\n" + m.new_text, today=m.today)
    named = facts.child_names or [ch.name for ch in children]
    young = any((ch.dob and age_on(ch.dob, m.today) < YOUNG_CHILD_AGE)
                or (ch.age_years is not None and ch.age_years < YOUNG_CHILD_AGE) for ch in children)
    generic = _about_no_real_child(m, named)
    return assess_parts(parts, child_names=facts.child_names, today=m.today, generic=generic, young=young)


def _around(m: Message, why: str) -> tuple[str, str]:
    """The sentences before and after the urgent account's words in the same part, as far as one
    account reaches: "i don't want to go home today. my uncle ... comes in my room and touches me"
    (the alert is shown by its first sentences; what it is about may be told in the next), "Mum
    rang from the car. Dean came back last night and hit her" (who "her" is, told just before)."""
    said = risk.split_sentences(why)
    for text in (f"{m.subject}\n\n{m.new_text}", m.history_text, *(a.text for a in m.accepted if a.text)):
        text = as_read(text or "")
        at = text.find(said[-1]) if said else -1
        if at >= 0:
            start = text.find(said[0])
            before = risk.split_sentences(text[:start])[-(risk.ACCOUNT_SENTENCES - 1):] if start > 0 else []
            return " ".join(before), " ".join(risk.split_sentences(text[at + len(said[-1]):])[:risk.ACCOUNT_SENTENCES - 1])
    return "", ""


# A message that asks for the manager's agreement: our acknowledgement's "What is missing: - your team
# manager's agreement to the step-up"
_ASKS_THE_MANAGER = re.compile(r"(?i)\bmanager(?:'s|’s)\s+(?:agreement|approval|sign[- ]?off|authorisation)\b")
# An acknowledgement quoted under a reply, stepbot's own (templates/mail/ack*.txt.j2) or a system's
# like it: it lists what the protocol needs, in the protocol's words about consent
_OUR_ACKNOWLEDGEMENT = re.compile(r"(?im)\b(?:your|its) reference (?:number )?is\b|\bhas received your\b|"
                                  r"\bYour email has been added to request\b|^\W*(?:What is missing|Still needed|"
                                  r"Before it can go forward)\b")


def _newest_consent(messages: list[str], named: tuple[str, ...], otherwise: tuple) -> tuple:
    """(consent, evidence) from the first of ``messages`` (newest first) that says anything about it."""
    for said in messages:
        value, ev = find_consent(plain_english(without_disclaimers(said)), named)
        if value is not None:
            return value, ev
    return otherwise


def read_details(m: Message, facts: Facts) -> None:
    """3b. Consent, manager agreement, level, lead practitioner, the meeting, Signs of Safety and
    the documents the message brings: from the mail, then its documents for what it leaves out."""
    kind, facts_all, docs = facts.kind, m.facts_all, m.docs
    named = tuple(ch.name for ch in facts.children)
    thread = quoted_messages(m.history_text) if m.history_text else []
    consent, cev = find_consent(facts_all, named) if facts_all else (None, None)
    if consent is False and m.history_text and kind != "follow_up":
        # a thread in which consent changed: the newest message that says anything about it wins
        # ("She has withdrawn her consent" quoted under "… has now signed the consent form")
        consent, cev = _newest_consent([m.subject + "\n\n" + m.new_text, *(said for _, said in thread)], named,
                                       (consent, cev))
    if consent is None and facts_all and thread:
        # consent told only in a message the mail forwards or quotes: the parent's own "Yes I agree to
        # the early help", a colleague's note of it (not our own acknowledgement, which quotes the
        # protocol's words about consent)
        consent, cev = _newest_consent([said for _, said in thread if not _OUR_ACKNOWLEDGEMENT.search(said)], named,
                                       (consent, cev))
    if consent is None and kind in ("step_up", "step_down", "follow_up") and \
            any(a.role == "consent_form" for a in m.accepted):
        consent, cev = True, next(a.filename for a in m.accepted if a.role == "consent_form")
    manager, mev = (find_manager_agreed(facts_all, sender_is_manager=sender_is_manager(m.new_text))
                    if facts_all else (None, None))
    if manager is None and facts_all and m.history_text:
        # a manager's own reply quoted in the thread ("Yes - agreed"), signed as a manager there or
        # by a name the thread shows with a manager's title
        managers = managers_named(m.new_text + "\n" + m.history_text)
        for i, (who, said) in enumerate(thread):
            answers = thread[i + 1][1] if i + 1 < len(thread) else ""
            if sender_is_manager(said) or (who and who.casefold() in managers) or \
                    (who and asked_to_agree(who.split()[0], answers)):
                manager, mev = find_manager_agreed(said, sender_is_manager=True)
                if manager is not None:
                    break
        if manager is None:  # "Caroline has agreed the step up", Caroline signing as Team Manager
            manager, mev = named_manager_agreed(m.new_text, managers)
        if manager is None and thread and _ASKS_THE_MANAGER.search(thread[0][1]) and \
                (said := SHORT_AGREE.match(m.new_text.strip())):
            manager, mev = True, said.group(0)  # "Agreed 👍" in answer to "What is missing: the team manager's agreement"
    if manager is not None and len(thread) >= 2 and kind != "follow_up":
        # a thread in which the manager's answer changed ("I don't agree … yet" on the 9th, "I agree
        # to the step up" on the 13th; or "Yes - step him up", then "I'm withdrawing my agreement"):
        # the newest message that says anything wins, when the messages say both
        said_by = [find_manager_agreed(plain_english(without_disclaimers(m.subject + "\n\n" + m.new_text)),
                                       sender_is_manager=sender_is_manager(m.new_text))]
        requester = (sender_of(m.msg).name or "").casefold()
        for who, said in thread:
            # a quoted message of anyone but the requester is read as the one who agrees ("I'm
            # withdrawing my agreement"): the thread says both, so someone in it answers for the manager
            own = sender_is_manager(said) or bool(who and who.casefold() not in ("", requester))
            said_by.append(find_manager_agreed(plain_english(without_disclaimers(said)), sender_is_manager=own))
        told = [(value, ev) for value, ev in said_by if value is not None]
        if {value for value, _ in told} == {True, False}:
            manager, mev = told[0]
    level, lev = find_level(m.subject + "\n" + m.fact_text) if kind == "step_down" else (None, None)
    if facts_all and docs:  # what the mail does not say, its documents may
        if consent is None:
            consent, cev = find_consent(docs, named)
        if manager is None:
            manager, mev = find_manager_agreed(docs)
        if level is None and kind == "step_down":
            level, lev = find_level(docs)
    lp = (find_lead_practitioner(facts_all + "\n\n" + "\n\n".join(a.text for a in m.accepted if a.role))
          if facts_all else None)
    meeting = None
    if kind in REQUEST_KINDS or kind == "follow_up":  # a reply may give the date of the meeting the sender arranges
        meeting = (invited_meeting(m.ical, m.today) or find_meeting(m.fact_text, m.today)
                   or (find_meeting(m.forms, m.today) if m.forms else None))
    wsn, wsn_ev = find_signs_of_safety(facts_all) if facts_all else (False, {})
    documents: dict[str, str] = {}
    for a in m.accepted:
        if a.role:
            documents.setdefault(a.role, a.filename)
    if kind in ("step_up", "step_down", "follow_up"):
        # a document pasted under its own heading, in the body or in an attached request form
        for role, heading in [*pasted_documents(m.fact_text).items(), *pasted_documents(m.forms).items()]:
            documents.setdefault(role, heading)
        if "engaging_families" not in documents and (used := toolkit_referenced(facts_all)):
            documents["engaging_families"] = used  # "We used the Engaging Families toolkit; it shows …"
    facts.consent, facts.manager, facts.level, facts.lp, facts.meeting = consent, manager, level, lp, meeting
    facts.wsn, facts.documents = wsn, documents
    ev = facts.evidence
    for key, e in (("consent", cev), ("manager_agreed", mev), ("level", lev)):
        if e:
            ev[f"_{key}"] = e
    if wsn:
        ev["_worries_strengths_next"] = " / ".join(wsn_ev.values())[:600]


def _child_dicts(facts: Facts, *, ages: bool = False) -> list[dict]:
    """The children as the contract has them ({name, dob}); ``ages`` adds the stated age for the checks."""
    out = [{"name": ch.name, "dob": ch.dob.isoformat() if ch.dob else None} for ch in facts.children]
    if ages:
        for d, ch in zip(out, facts.children):
            d["age_years"] = ch.age_years
    return out


def check_against_pack(pack, m: Message, facts: Facts, urgent: bool, calendar):
    """5. The policy checks: what is missing, notice, the next action."""
    return evaluate(pack, kind=facts.kind, urgent=urgent, level=facts.level, concerns=list(facts.concerns),
                    children=_child_dicts(facts, ages=True),
                    case_ids=[i for i, _ in facts.case_ids], consent=facts.consent,
                    manager_agreed=facts.manager, lead_practitioner=facts.lp.contract() if facts.lp else None,
                    proposed_meeting=facts.meeting, documents=set(facts.documents),
                    worries_strengths_next=facts.wsn, now=m.now, calendar=calendar, **facts.extra)


def assemble(authority, mailbox, m: Message, facts: Facts, urgent: bool, reference, checks, pack) -> Contract:
    """6. The contract, with the text each fact came from."""
    ev = {k: v for k, v in facts.evidence.items() if not k.startswith("_")}
    for i, ch in enumerate(facts.children):
        ev[f"children.{i}"] = ch.evidence
    for i, (_, e) in enumerate(facts.case_ids):
        ev[f"case_ids.{i}"] = e
    for k, e in facts.concerns.items():
        ev[f"concerns.{k}"] = e
    for key in ("consent", "manager_agreed", "level"):
        if facts.evidence.get(f"_{key}"):
            ev[key] = facts.evidence[f"_{key}"]
    if facts.lp:
        ev["lead_practitioner"] = facts.lp.evidence
    if facts.meeting:
        ev["proposed_meeting"] = facts.meeting.evidence
    if facts.evidence.get("_worries_strengths_next"):
        ev["worries_strengths_next"] = facts.evidence["_worries_strengths_next"]
    for role, src in facts.documents.items():
        ev[f"documents.{role}"] = src
    for key in facts.extra:
        if facts.evidence.get(f"_{key}"):
            ev[key] = facts.evidence[f"_{key}"]
    kind = facts.kind
    return Contract(
        authority=authority, mailbox=mailbox, message_id=m.message_id,
        kind=kind, urgent=urgent, level=facts.level, case_ids=[i for i, _ in facts.case_ids],
        children=_child_dicts(facts), concerns=sorted(facts.concerns), consent=facts.consent,
        manager_agreed=facts.manager, lead_practitioner=facts.lp.contract() if facts.lp else None,
        proposed_meeting=facts.meeting.contract() if facts.meeting else None,
        attachments=[a.contract() for a in m.atts], missing=checks.missing,
        notice=checks.notice, reference=reference, next_action=checks.next_action,
        evidence=ev, **facts.extra,
        error=f"no policy pack for authority {authority!r}"
        if kind in REQUEST_KINDS and not checks.defined and pack is None else None)
