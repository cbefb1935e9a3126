"""The parse pipeline as a readable sequence of small steps (see ``run``)."""
from __future__ import annotations

import re
from datetime import datetime, timezone

from bot.parser import ParseResult
from bot.parser.attachments import read_attachment
from bot.parser.checks import evaluate
from bot.parser.classify import (REPLY_SUBJECT, direction, find_reference, is_auto_reply, is_mailing_list,
                                 mailbox_default)
from bot.parser.contract import empty_contract
from bot.parser.extract.children import find_children, merge
from bot.parser.extract.concerns import find_concerns
from bot.parser.extract.documents import pasted_documents, role_for
from bot.parser.extract.facts import (find_consent, find_lead_practitioner, find_level,
                                      find_manager_agreed, find_signs_of_safety, sender_is_manager)
from bot.parser.extract.ids import find_case_ids
from bot.parser.extract.meeting import find_meeting
from bot.parser.extract.tables import looks_like_form
from bot.parser.ical import REPLY_METHODS, read_calendar
from bot.parser import auth_results
from bot.parser.mime import addresses, header, message_date, parse_mime, sender_of
from bot.parser.text import EMAIL_ADDRESS, split_history, unwrap
from bot.parser.urgency import assess_parts, describes_no_real_child
from bot.workcal import to_london

# Attachments whose text is read for facts, concerns and the meeting: the request forms.
FORM_ROLES = {"step_up_form", "request_for_support"}


FORWARD_SUBJECT = re.compile(r"^\s*(?:fw|fwd|forward(?:ed)?)\s*:", re.I)
# "further to my step down email last Thursday", "the step down I sent on Monday": no reference,
# but it adds to a request already made.
EARLIER_REQUEST = re.compile(
    r"\b(?:further to|following up|following on from|re|(?:forgot|forgotten) to attach (?:it|this|them) to|"
    r"left (?:it|this|them) off|missing from)\s+(?:my|our)\s+step[- ]?(?:up|down)\b"
    r"|\b(?:my|our|the)\s+step[- ]?(?:up|down)(?:\s+(?:request|referral|email|form))*\s+(?:(?:I|we)\s+(?:sent|emailed|submitted|made)"
    r"|(?:sent\s+)?(?:on|last)\s+(?:mon|tues|wednes|thurs|fri)day|yesterday|last week)\b", re.I)
# "FOR INFORMATION ONLY - no action needed ... please don't log it as a new request", said up front.
FOR_INFORMATION = re.compile(
    r"\bfor (?:information|info) only\b|\bplease (?:do not|don't|don’t) (?:log|treat|record) (?:it|this) as a new\b", re.I)


_QUOTED_TO = re.compile(r"^[>\s]*(?:To|Cc)\s*:\s*(?P<who>.+)$", re.I | re.M)


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


def run(raw: bytes, *, pack, authority, mailbox, now, max_attachment_bytes, own_addresses, calendar) -> ParseResult:
    mime = parse_mime(raw)
    msg = mime.headers
    who = sender_of(msg)
    sender_name, sender_addr = who.name, who.address
    subject = header(msg, "Subject")
    message_id = header(msg, "Message-ID") or None
    sent = message_date(msg)
    now = now or sent or datetime.now(timezone.utc)
    if now.tzinfo is None:
        now = now.replace(tzinfo=timezone.utc)
    today = to_london(now).date()

    atts = [read_attachment(a.filename, a.content_type, a.data, max_bytes=max_attachment_bytes)
            for a in mime.attachments]
    for a in atts:
        a.role = role_for(a.filename, a.text) if not a.filename.lower().endswith(".ics") else None
    accepted = [a for a in atts if a.accepted]

    body = "\n\n".join(p for p in mime.plain if p.strip())
    split = split_history(body)
    history = "\n\n".join(x for x in [split.history, *mime.embedded] if x.strip())
    # facts are read from soft-wrap-joined text; the stored body keeps the sender's lines
    new_text, history_text = unwrap(split.new), unwrap(history)

    res = ParseResult(contract=empty_contract(authority, mailbox, message_id), sender=sender_addr,
                      sender_name=sender_name, sender_problem=who.problem,
                      copied=list(dict.fromkeys(a for _, a in addresses(msg, "Cc"))),
                      auth=auth_results.read(msg, sender_addr), subject=subject, message_id=message_id, date=sent,
                      in_reply_to=header(msg, "In-Reply-To") or None,
                      references=header(msg, "References").split(), body_text=split.new,
                      history_text=history, html=mime.html, attachments=atts)
    if mime.unsure:
        res.warnings.append("best-effort decoding: " + (", ".join(sorted(set(mime.defects))) or "charset"))
    c = res.contract
    ev: dict[str, str] = {}

    # 1. what kind of mail is it
    ical = read_calendar(mime.calendars) if mime.calendars else None
    reference = find_reference(msg, split.new)
    if reference is None and not FORWARD_SUBJECT.match(subject):
        # a reply whose subject was rewritten still quotes our acknowledgement, reference and all
        reference = find_reference(msg, split.history)
    if is_auto_reply(msg, is_report=mime.is_report, sender=sender_addr, own_addresses=own_addresses):
        kind = "auto_reply"
        reference = reference or find_reference(msg, history)
    elif ical and (ical.get("method") or "") in REPLY_METHODS:
        kind, res.ical = "meeting_reply", ical
        reference = reference or find_reference(msg, (ical.get("uid") or "") + " " + (ical.get("summary") or ""))
    elif reference:
        kind = "follow_up"
    elif is_mailing_list(msg):
        kind = "other"
    elif m := FOR_INFORMATION.search(new_text[:400]):
        kind, ev["kind"] = "other", m.group(0)
    elif m := EARLIER_REQUEST.search(new_text):
        kind = "follow_up"  # adds to a request sent before, without its reference: business support match it
        ev["kind"] = m.group(0)
    elif quoted := _reply_in_our_thread(msg, subject, split.history, own_addresses):
        kind, ev["kind"] = "follow_up", quoted  # "RE:" to a mail that was sent to this mailbox
    else:
        kind = None
    if reference:
        ev["reference"] = reference

    # 2. the facts, with the text each came from
    if kind in ("auto_reply", "meeting_reply"):
        fact_text = ""
    elif kind == "follow_up":
        fact_text = subject + "\n\n" + new_text
    else:
        fact_text = subject + "\n\n" + new_text + ("\n\n" + history_text if history_text else "")
    # the request forms: a known form role, or any other attached document laid out as field/value rows
    form_atts = [a for a in accepted if a.text and (a.role in FORM_ROLES or (a.role is None and looks_like_form(a.text)))]
    forms = "\n\n".join(a.text for a in form_atts)
    facts_all = fact_text + ("\n\n" + forms if forms else "")
    # the other documents it brings (case summary, plan, assessment): read for what the mail leaves out
    docs = "\n\n".join(a.text for a in accepted if a.text and a.role and a not in form_atts)

    children = find_children(fact_text, today=today) if fact_text else []
    if fact_text and not children:
        for a in accepted:
            if a.text and (a.role or a in form_atts):
                children = merge(children + find_children(a.text, today=today, form=True))
    case_ids = find_case_ids(facts_all + "\n\n" + "\n\n".join(a.text for a in accepted if a.role)) if fact_text else []
    concerns = find_concerns(facts_all) if fact_text else {}
    if fact_text and docs and any(ch.dob is None for ch in children):
        dobs = {c.name.casefold(): c.dob for c in find_children(docs, today=today, form=True) if c.dob}
        for ch in children:
            ch.dob = ch.dob or dobs.get(ch.name.casefold())

    if kind is None:
        kind, why = direction(subject, fact_text, mailbox)
        if why:
            ev["kind"] = why
        if kind is None and children and concerns:
            kind = mailbox_default(mailbox)
        if kind is not None and not children and not case_ids:
            kind = None  # step wording with no child or case: an enquiry, not a request
        kind = kind or "other"
    if kind in ("step_up", "step_down") and docs:
        # a request whose worries are written up in the attached summary or plan ("please see attached")
        concerns = {**concerns, **{k: v for k, v in find_concerns(docs).items() if k not in concerns}}
    child_names = [ch.name for ch in children]  # urgency reads "Rayan is missing" whatever the kind
    if kind == "other":
        children, case_ids, concerns = [], [], {}
        facts_all = ""

    # 3. urgency: every part of every kind, machine-looking mail included (a human's auto-forward,
    # a portal's no-reply, a declined invitation's comment); a bulletin about no real child is not
    parts = [subject + "\n\n" + new_text, history_text, *(a.text for a in accepted if a.text),
             (ical or {}).get("comment") or ""]
    named = child_names or [ch.name for ch in find_children(subject + "\n\n" + new_text, today=today)]
    generic = describes_no_real_child(subject=subject, text=new_text, child_names=named,
                                      bulk=is_mailing_list(msg) and not REPLY_SUBJECT.match(subject))
    urgent, why = assess_parts(parts, child_names=child_names, today=today, generic=generic)
    res.urgent_evidence = why
    if urgent:
        ev["urgent"] = why

    consent, cev = find_consent(facts_all) if facts_all else (None, None)
    if consent is None and kind in ("step_up", "step_down", "follow_up") and \
            any(a.role == "consent_form" for a in accepted):
        consent, cev = True, next(a.filename for a in accepted if a.role == "consent_form")
    manager, mev = find_manager_agreed(facts_all, sender_is_manager=sender_is_manager(new_text)) if facts_all else (None, None)
    level, lev = find_level(subject + "\n" + fact_text) if kind == "step_down" else (None, None)
    if facts_all and docs:  # what the mail does not say, its documents may
        if consent is None:
            consent, cev = find_consent(docs)
        if manager is None:
            manager, mev = find_manager_agreed(docs)
        if level is None and kind == "step_down":
            level, lev = find_level(docs)
    lp = find_lead_practitioner(facts_all + "\n\n" + "\n\n".join(a.text for a in accepted if a.role)) if facts_all else None
    meeting = None
    if kind in ("step_up", "step_down"):
        meeting = find_meeting(fact_text, today) or (find_meeting(forms, today) if forms else None)
    wsn, wsn_ev = find_signs_of_safety(facts_all) if facts_all else (False, {})
    res.wsn = wsn

    documents: dict[str, str] = {}
    for a in accepted:
        if a.role:
            documents.setdefault(a.role, a.filename)
    if kind in ("step_up", "step_down", "follow_up"):
        for role, heading in pasted_documents(fact_text).items():
            documents.setdefault(role, heading)
    res.documents = set(documents)

    # 4. the policy checks
    child_dicts = [{"name": ch.name, "dob": ch.dob.isoformat() if ch.dob else None} for ch in children]
    checks = evaluate(pack, kind=kind, urgent=urgent, level=level, concerns=list(concerns),
                      children=child_dicts, case_ids=[i for i, _ in case_ids], consent=consent,
                      manager_agreed=manager, lead_practitioner=lp.contract() if lp else None,
                      proposed_meeting=meeting, documents=set(documents), worries_strengths_next=wsn,
                      now=now, calendar=calendar)
    res.checks = checks

    # 5. the contract and its evidence
    for i, ch in enumerate(children):
        ev[f"children.{i}"] = ch.evidence
    for i, (_, e) in enumerate(case_ids):
        ev[f"case_ids.{i}"] = e
    for k, e in concerns.items():
        ev[f"concerns.{k}"] = e
    for key, e in (("consent", cev), ("manager_agreed", mev), ("level", lev)):
        if e:
            ev[key] = e
    if lp:
        ev["lead_practitioner"] = lp.evidence
    if meeting:
        ev["proposed_meeting"] = meeting.evidence
    if wsn:
        ev["worries_strengths_next"] = " / ".join(wsn_ev.values())[:600]
    for role, src in documents.items():
        ev[f"documents.{role}"] = src
    c.update({
        "kind": kind, "urgent": urgent, "level": level, "case_ids": [i for i, _ in case_ids],
        "children": child_dicts, "concerns": sorted(concerns), "consent": consent,
        "manager_agreed": manager, "lead_practitioner": lp.contract() if lp else None,
        "proposed_meeting": meeting.contract() if meeting else None,
        "attachments": [a.contract() for a in atts], "missing": checks.missing,
        "notice": checks.notice, "reference": reference, "next_action": checks.next_action,
        "evidence": ev,
    })
    if kind in ("step_up", "step_down") and not checks.defined and pack is None:
        c["error"] = f"no policy pack for authority {authority!r}"
    return res
