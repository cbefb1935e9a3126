"""Pieces the handlers share: opening a request from a parsed message, and acknowledging it."""
from __future__ import annotations

import hashlib
from datetime import date
from email.parser import BytesHeaderParser

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError

from bot.words import say
from bot import audit, references, workflow
from bot.booking.service import no_slot_found, panel_for, parse_time
from bot.mail import build_message, render
from bot.models import Attachment, Child, Counter, Request
from bot.outbox import enqueue_many
from bot.parser.classify import is_machine_mail
from bot.states import BookingState, RequestState
from bot.vocabulary import REQUEST_KINDS
from bot.workcal import to_london


def next_seq(session, authority: str) -> int:
    """The next reference number for an authority, safe across processes (row-level update): one
    ``UPDATE … RETURNING`` once the authority's counter exists."""
    name = f"request:{authority}"
    bump = (update(Counter).where(Counter.name == name).values(value=Counter.value + 1)
            .returning(Counter.value).execution_options(synchronize_session=False))
    value = session.scalar(bump)
    if value is None:   # the authority's first request
        try:
            with session.begin_nested():
                session.add(Counter(name=name, value=0))
        except IntegrityError:
            pass  # another process created it first
        value = session.scalar(bump)
    return value


def _dob(value) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def open_request(ctx, kind: str) -> Request:
    """Write the request row, its children and attachments from the parsed message."""
    c, p, now = ctx.contract, ctx.parsed, ctx.now
    seq = next_seq(ctx.session, ctx.authority)
    req = Request(
        authority=ctx.authority, seq=seq, mailbox=ctx.mailbox, kind=kind,
        ref=references.make(ctx.app.settings.reference_code(ctx.authority), seq, references.new_check()),
        copied=list(getattr(p, "copied", None) or []),
        state=RequestState.RECEIVED, urgent=bool(c.urgent), urgent_reason=getattr(p, "urgent_evidence", None),
        level=c.level, case_ids=list(c.case_ids or []), concerns=list(c.concerns or []),
        consent=c.consent, manager_agreed=c.manager_agreed,
        lead_practitioner=c.lead_practitioner, proposed_meeting=_proposed_meeting(c.proposed_meeting, p),
        missing=list(c.missing or []), notice=c.notice, next_action=c.next_action or "human_review",
        evidence=dict(c.evidence or {}), rule_hits=list(p.checks.rule_hits) if p.checks else [], parsed=c.to_dict(),
        sender=p.sender or "", subject=p.subject or "", message_id=c.message_id,
        received_at=ctx.inbound.received_at, created_at=now, updated_at=now,
        # a new request has no bookings or deadlines: the collections start empty and loaded (each
        # booking and deadline is added to them as it is made), not read back for each question
        bookings=[], deadlines=[],
    )
    ages = list(getattr(p, "child_ages", None) or [])  # the stated ages, beside the contract's {name, dob}
    for i, ch in enumerate(c.children or []):
        req.children.append(Child(position=i, name=ch.get("name") or "", dob=_dob(ch.get("dob")),
                                  age_years=ages[i] if i < len(ages) else None))
    add_attachments(ctx, req)
    ctx.session.add(req)
    ctx.session.flush()
    ctx.inbound.request_id = req.id
    ctx.request = req
    audit.record(ctx.session, "request_opened", at=now, request=req, kind=kind, inbound=ctx.inbound.id,
                 next_action=req.next_action, missing=req.missing)
    return req


def _proposed_meeting(pm: dict | None, parsed) -> dict | None:
    """The meeting the request gives; when the mail is the sender's own meeting request for it
    (iTIP REQUEST), also its end and who it already invites (they are not invited again)."""
    ical = getattr(parsed, "ical", None) or {}
    start = parse_time((pm or {}).get("start"))  # the same moment in UTC or in London time compares equal
    if start is None or (ical.get("method") or "").upper() != "REQUEST" or start != parse_time(ical.get("start")):
        return pm
    return {**pm, "end": ical.get("end"), "invited": list(ical.get("attendees") or [])}


def add_attachments(ctx, req: Request) -> list[Attachment]:
    out = []
    for a in getattr(ctx.parsed, "attachments", None) or []:
        data = a.data or b""
        row = Attachment(inbound_id=ctx.inbound.id, filename=a.filename or "unnamed", content_type=a.content_type
                         or "application/octet-stream", size=len(data), sha256=hashlib.sha256(data).hexdigest(),
                         role=a.role, accepted=bool(a.accepted), problem=a.problem,
                         content=data if a.accepted else None)
        req.attachments.append(row)
        out.append(row)
    return out


def requirement_lines(app, req: Request) -> list[dict]:
    """Each missing item with what to send and the protocol rule behind it."""
    pack = app.pack(req.authority)
    kp = pack.kind(req.kind)
    by_id = {}
    if kp is not None:
        # the requirement that applies to this request first (Knowsley's level 3 meeting details
        # are not its level 2 ones), then any other of the same id
        applicable = kp.applicable(concerns=req.concerns or [], level=req.level, stated=req.stated())
        for r in [*applicable, *kp.requirements]:
            by_id.setdefault(r.id, r)
    lines = []
    for item in req.missing:
        r = by_id.get(item)
        lines.append({
            "id": item,
            "explain": r.explain if r else say(item),
            "source_file": r.source.file if r else pack.protocol,
            "source_quote": r.source.quote if r else "",
        })
    return lines


def asked_lines(app, session, req: Request, *, at) -> list[dict]:
    """What the protocol asks of the sender that is not met and does not hold the request up
    (``bot.workflow.asked_of``), with the rule behind each."""
    return [{"id": item.id, "explain": item.explain, "source_file": item.source.file, "source_quote": item.source.quote}
            for item, met in workflow.asked_of(app, session, req, at=at) if not met]


def notice_line(app, req: Request) -> dict | None:
    n = req.notice or None
    if not n or n.get("ok") is not False:
        return None
    kp = app.pack(req.authority).kind(req.kind)
    rule = (kp.notice_for(concerns=req.concerns or [], level=req.level, stated=req.stated()) if kp else None) \
        or (kp.notice[0] if kp and kp.notice else None)
    return {"required": n.get("required_working_days"), "given": n.get("given_working_days"),
            "quote": rule.source.quote if rule else "", "file": rule.source.file if rule else ""}


def acknowledge(ctx, template: str = "ack", **extra) -> None:
    """Reply to the sender with the reference, what is missing and why, and any booking."""
    req = ctx.request
    if ctx.acknowledged or not ctx.parsed.sender or req is None:
        return
    if ctx.contract.urgent:
        # Urgent mail gets one reply, the safeguarding handler's: who has been alerted and which
        # number to phone now. A "business support will read it" beside it would contradict it.
        return
    if machine_mail(ctx):
        audit.record(ctx.session, "reply_withheld", at=ctx.now, request=req, inbound=ctx.inbound.id,
                     why="machine mail")
        ctx.acknowledged = True
        return
    app = ctx.app
    booking = next((b for b in req.bookings if b.state == BookingState.BOOKED), None)
    chosen = panel_for(app, req) if req.kind in REQUEST_KINDS and app.pack(req.authority).kind(req.kind) else None
    subject, text = render(
        template, ref=req.reference, authority=app.pack(req.authority).display_name, kind=req.kind,
        original_subject=ctx.parsed.subject or "", missing=requirement_lines(app, req),
        notice=notice_line(app, req), state=req.state, next_action=req.next_action, booking=booking,
        panel=chosen[1] if chosen else None, meeting=chosen[1].title if chosen else "meeting",
        no_slot=booking is None and no_slot_found(ctx.session, req),
        preference=day_preference(chosen[1] if chosen else None, booking, req),
        asked=asked_lines(app, ctx.session, req, at=ctx.now), **extra)
    # enqueue_many: one lookup and one INSERT … ON CONFLICT, not a savepoint round the insert
    enqueue_many(ctx.session, app, [dict(
        key=f"ack:{ctx.inbound.id}", authority=ctx.authority, mailbox=ctx.mailbox, purpose="ack",
        to=[ctx.parsed.sender], msg=build_message(subject=subject, text=text), request=req,
        in_reply_to=ctx.contract.message_id, auto_submitted="auto-replied")])
    ctx.acknowledged = True


def day_preference(panel, booking, req: Request) -> dict | None:
    """The panel's preferred day when the meeting is on another (Knowsley: "please arrange any step
    up TAF meeting where possible on a Wednesday"): the meeting is kept as given, and the sender is
    told of the preference, politely. None when there is no preference or the day is a preferred one."""
    if panel is None or not panel.preferred_weekdays or not panel.preferred_weekdays_quote:
        return None
    start = booking.start if booking is not None else parse_time((req.proposed_meeting or {}).get("start")
                                                                 if isinstance(req.proposed_meeting, dict) else None)
    if start is None:
        return None
    day = to_london(start).strftime("%A")
    if day.lower() in panel.preferred_weekdays:
        return None
    return {"day": day, "preferred": " or ".join(w.capitalize() for w in panel.preferred_weekdays),
            "quote": panel.preferred_weekdays_quote, "file": panel.source.file}


def refer(ctx, error) -> None:
    """Hand a message with a problem the sender must fix (``handlers.base.SenderError``) to
    business support: see that class for what each of its fields does."""
    req = ctx.request or open_request(ctx, "other")
    req.next_action = "human_review"
    if error.rule:
        req.rule_hits = [*req.rule_hits, {"rule": error.rule, "met": False, **error.detail}]
    if error.review:
        ctx.review = True
    if error.reason:
        acknowledge(ctx, error.template, reason=error.reason)


def machine_mail(ctx) -> bool:
    """Never answered: list, bulk, digest, newsletter, automatic or no-reply mail (it is still read
    for urgency and kept for a person; only the answer is withheld)."""
    head = BytesHeaderParser().parsebytes(ctx.inbound.raw[:256 * 1024], headersonly=True)
    return is_machine_mail(head, sender=ctx.parsed.sender or "", text=ctx.parsed.body_text or "")


def find_request(session, reference: str | None) -> Request | None:
    """The request a reference names (bot/references.py): None for a wrong check part."""
    return references.lookup(session, reference)
