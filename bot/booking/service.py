"""Book, move and cancel panel meetings, send their invitations, and record attendees' replies.

Who gets a place is decided by the database, never by a check-then-insert: each attempt inserts a
``Booking`` whose ``slot_key`` (authority|panel|start|place) is unique while active, inside a
SAVEPOINT; when another process got there first the insert fails and the next place or slot is
tried. Everything here runs inside the caller's transaction (one transaction per decision): the
booking, its invitation in the outbox, the request's state change and the deadline event commit
together or not at all.

Where the duty mailbox lives on Exchange (EWS) or Microsoft 365 (Graph), the meeting is created in
that mailbox's own calendar and Exchange sends the invitations and tracks replies
(``bot.booking.native``); elsewhere stepbot sends iMIP invitations itself (``bot.booking.ical``).
"""
from __future__ import annotations

import logging
import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from email.utils import parseaddr

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from bot.words import say
from bot import audit
from bot.booking import ical, native
from bot.booking.slots import Slot, age_on, choose_panel, ordered_slots, window_end
from bot.contacts import copied_on
from bot.mail import build_message, render
from bot.models import AttendeeReply, Booking, Request
from bot.policy import REQUEST_ROLES
from bot.outbox import enqueue
from bot.states import BookingState, move
from bot.workcal import LONDON, to_london

log = logging.getLogger(__name__)

REQUESTER = "requester"
LEAD_PRACTITIONER = "lead_practitioner"  # the request's named lead practitioner, else the directory
REQUESTER_MANAGER = "requester_manager"  # the manager the sender copied in, else the directory
ALERT_ROLE = "business_support"


class BookingError(Exception):
    """Base for booking errors."""


class SlotUnavailable(BookingError):
    """A person asked for a time that cannot be booked (a sender error: tell them why)."""


@dataclass(frozen=True)
class Invitee:
    email: str
    name: str
    role: str          # the people-directory role, or "requester"
    required: bool


# -- who is invited ----------------------------------------------------------------------------

def organizer_for(app, authority: str, mailbox: str) -> ical.Party:
    """The duty mailbox that organises the meeting (and receives the replies)."""
    address = app.mailbox_config(authority, mailbox).address
    label = "MASH step-up" if mailbox == "mash_step_up" else "Early Help duty"
    return ical.Party(email=address, name=f"{app.pack(authority).display_name} {label}")


def invitees(app, req: Request, panel, *, council_only: bool = False) -> tuple[list[Invitee], list[dict]]:
    """The panel's attendees by role (the people directory; ``requester`` is the sender), plus the
    chair; and the roles nobody could be invited for (``{"role", "reason"}``: shown on the request
    page so business support invite them by hand). The duty mailbox itself is the organiser, so it
    is not listed again. ``council_only``: only those who attend for the council (the sender
    arranged the meeting and invites their own people)."""
    organizer = app.mailbox_config(req.authority, req.mailbox).address.lower()
    kp = app.pack(req.authority).kind(req.kind)
    stated = req.stated()
    ages = [age_on(c.dob, to_london(app.clock.now()).date()) if c.dob else c.age_years for c in req.children]
    present = [a for a in panel.attendees if a.when is None or a.when.holds(
        concerns=req.concerns or [], level=kp.effective_level(req.level) if kp else req.level, child_ages=ages,
        stated=stated)]
    notes = {a.role: a.note for a in present if a.note}
    if_named = {a.role for a in present if a.if_named}
    wanted = [(a.role, a.required) for a in present if a.for_council or not council_only]
    if panel.chair_role and panel.chair_role not in {r for r, _ in wanted} and \
            (not council_only or panel.chair_role not in REQUEST_ROLES):
        wanted.insert(0, (panel.chair_role, True))
    out: dict[str, Invitee] = {}
    not_invited: list[dict] = []
    for role, required in wanted:
        if role == REQUESTER:
            name, addr = parseaddr(req.sender or "")
            people = [(name, addr)] if addr else []
        elif role == REQUESTER_MANAGER and copied_on(app, req):
            people = [("", a) for a in copied_on(app, req)]  # the manager the sender copied in
        elif role == LEAD_PRACTITIONER and (found := lead_practitioner_address(app, req)) is not None:
            people = [found]
        else:
            people = [(p.name, p.email) for p in app.settings.people(req.authority, role)]
            if not people and role == LEAD_PRACTITIONER:
                lp = req.lead_practitioner if isinstance(req.lead_practitioner, dict) else {}
                name = str(lp.get("name") or "").strip()
                if not name and role in if_named:
                    continue  # "ideally with the identified Early Help Worker": none identified
                gap = {"role": role, "name": name, "note": notes.get(role) or "",
                       "reason": f"the request gives no email address for {name}" if name else
                                 "the request does not name them"}
                if not name:
                    gap["copied"] = copied_on(app, req)  # whoever the sender copied in may be them
                not_invited.append(gap)
                log.info("%s: the request gives no email for the lead practitioner; not invited", req.reference)
            elif not people:
                not_invited.append({"role": role, "reason": "nobody holds this role in the people directory"})
                log.warning("%s: nobody holds role %s for the panel", req.reference, role)
        for name, addr in people:
            key = addr.strip().lower()
            if not key or key == organizer:
                continue
            if key in out:
                if required and not out[key].required:
                    out[key] = Invitee(out[key].email, out[key].name, out[key].role, True)
                continue
            out[key] = Invitee(addr.strip(), name, role, required)
    if not out and not council_only:
        name, addr = parseaddr(req.sender or "")
        if addr and addr.lower() != organizer:
            out[addr.lower()] = Invitee(addr, name, REQUESTER, True)
    return list(out.values()), not_invited


_TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr"}


def lead_practitioner_address(app, req: Request) -> tuple[str, str] | None:
    """(name, email) of the lead practitioner the request names: the email it gives, else the
    address the sender copied in whose name part is theirs ("Bethany Clarke" and
    Bethany.Clarke@…); None when neither is known."""
    lp = req.lead_practitioner if isinstance(req.lead_practitioner, dict) else {}
    name = str(lp.get("name") or "").strip()
    if lp.get("email"):
        return name, str(lp["email"])
    words = {w for w in re.findall(r"[a-z]+", name.lower()) if len(w) > 1} - _TITLES
    if len(words) < 2:
        return None
    for addr in copied_on(app, req):
        if words <= set(re.split(r"[._-]+", addr.partition("@")[0].lower())):
            return name, addr
    return None


def initials(req: Request) -> list[str]:
    return [c.initials for c in req.children if c.name]


# -- booking -----------------------------------------------------------------------------------

def _proposed_start(req: Request) -> datetime | None:
    pm = req.proposed_meeting or {}
    return parse_time(pm.get("start")) if isinstance(pm, dict) else None


def active_booking(req: Request) -> Booking | None:
    return next((b for b in req.bookings if b.state == BookingState.BOOKED), None)


def _level(app, req: Request):
    kp = app.pack(req.authority).kind(req.kind)
    return req.level if req.level is not None else (kp.default_level if kp else None)


def panel_for(app, req: Request, on=None):
    """(name, Panel) that hears this request, or None."""
    today = on or to_london(app.clock.now()).date()
    ages = [age_on(c.dob, today) if c.dob else c.age_years for c in req.children]  # a DOB wins over a stated age
    return choose_panel(app.pack(req.authority), req.kind, concerns=list(req.concerns or []),
                        level=_level(app, req), child_ages=ages, stated=req.stated())


def book_request(app, session, req: Request, *, start: datetime | None = None, reason: str = "",
                 actor: str = "stepbot") -> Booking | None:
    """Book the protocol's meeting for a complete request and send the invitations.

    Returns the booking, or None when the kind has no panel or no slot exists within the horizon
    (both recorded in the audit trail for business support). ``start``: business support book
    this time by hand (any working time in office hours, with ``reason``), whatever the panel's
    days and notice. The request's state and the "invitation sent" event are the workflow's
    (``bot.workflow.book``), not the booking's."""
    now = app.clock.now()
    existing = active_booking(req)
    if existing is not None:
        return existing
    chosen = panel_for(app, req)
    if chosen is None:
        audit.record(session, "booking_skipped", at=now, request=req, reason="the protocol names no panel for this request")
        return None
    name, panel = chosen
    if panel.arranged_by == "requester" and start is None:
        return _record_arranged(app, session, req, name, panel, now=now)
    cal = app.calendar(req.authority)
    people, not_invited = invitees(app, req, panel)
    agenda_to: list[Invitee] = []
    if panel.arranged_by == "standing":
        # A place on a standing meeting's agenda: the sender is invited to their slot; the panel,
        # already in the meeting, is told what is on its agenda.
        agenda_to = [p for p in people if p.role not in REQUEST_ROLES]
        people = [p for p in people if p.role in REQUEST_ROLES]
    native = _native(app, req.authority, req.mailbox)
    if start is not None:
        why = _movable(cal, to_london(start), panel, now)
        if why:
            raise SlotUnavailable(why)
        if not reason.strip():
            raise SlotUnavailable("say why this time is booked by hand")
        slots = [Slot(name, to_london(start), to_london(start) + timedelta(minutes=panel.duration_minutes))]
    else:
        slots = ordered_slots(name, panel, cal, now=now)
    busy = _busy_checker(native, [p.email for p in people if p.required], slots)
    booking = _claim(session, req, [s for s in slots if not busy(s)], panel, uid=_new_uid(app, req, name), now=now)
    if booking is None and start is not None:
        raise SlotUnavailable("every place at that time is taken")
    if booking is None:
        if not no_slot_found(session, req):
            audit.record(session, "booking_failed", at=now, request=req, panel=name,
                         reason="no free slot within the booking horizon")
            _no_slot_alert(app, session, req, name, panel, now=now, start=None)
        log.warning("%s: no free slot for panel %s", req.reference, name)
        return None
    slot = next(s for s in slots if s.start == booking.start)
    for p in people:
        booking.replies.append(AttendeeReply(email=p.email, role=p.role, required=p.required,
                                             partstat="NEEDS-ACTION", updated_at=now))
    session.flush()
    detail = dict(booking=booking.id, panel=name, start=booking.start.isoformat(), place=booking.place,
                  window_met=slot.in_window)
    if start is not None:
        detail.update(by_hand=True, reason=reason.strip()[:500])
    if not_invited:
        detail["not_invited"] = not_invited
    audit.record(session, "booked", at=now, request=req, actor=actor, **detail)
    if not slot.in_window:
        audit.record(session, "booking_window_missed", at=now, request=req, panel=name,
                     within_working_days=panel.book_within_working_days, start=booking.start.isoformat())
        _no_slot_alert(app, session, req, name, panel, now=now, start=booking.start)
    if people:
        _send(app, session, req, booking, panel, native, method="REQUEST", now=now)
    if agenda_to:
        _agenda_notice(app, session, req, booking, panel, agenda_to, now=now)
    if not_invited:
        _still_to_invite(app, session, req, booking, panel, people, not_invited, now=now)
    log.info("%s: booked %s at %s (place %d)", req.reference, name, booking.start.isoformat(), booking.place)
    return booking


def _record_arranged(app, session, req: Request, name: str, panel, *, now: datetime) -> Booking | None:
    """The sender arranged the meeting (Knowsley's TAF and CIN meetings, Tower Hamlets' TAF, the
    R&W step-down case discussion): record it exactly as given, never moved; invite the council's
    attendees to the same time and place; tell the sender who will attend. Without a future date
    and time there is nothing to record yet: business support are told once, and the request
    waits for the sender's confirmation."""
    start = _proposed_start(req)
    if start is None or start <= now:
        why = ("the sender arranges this meeting and has not given its date and time yet" if start is None
               else "the time the sender gave for the meeting has passed")
        if not audit.events(session, req, "booking_waiting"):
            audit.record(session, "booking_waiting", at=now, request=req, panel=name, reason=why)
        return None
    pm = req.proposed_meeting if isinstance(req.proposed_meeting, dict) else {}
    start = to_london(start)
    end = parse_time(pm.get("end")) or start + timedelta(minutes=panel.duration_minutes)
    venue = str(pm.get("venue") or "").strip()[:255] or ARRANGED_VENUE
    b = Booking(request_id=req.id, authority=req.authority, panel=name, start=start, end=to_london(end), place=0,
                slot_key=f"{req.authority}|{name}|{start.isoformat()}|request-{req.id}", uid=_new_uid(app, req, name),
                sequence=0, state=BookingState.BOOKED, location=venue, created_at=now)
    session.add(b)
    if b not in req.bookings:
        req.bookings.append(b)
    people, not_invited = invitees(app, req, panel, council_only=True)
    # the sender's own meeting request already invites these: a second invitation would put the
    # meeting in their calendars twice
    on_theirs = {a.lower() for a in pm.get("invited") or []}
    already = [p for p in people if p.email.lower() in on_theirs]
    people = [p for p in people if p.email.lower() not in on_theirs]
    for p in people:
        b.replies.append(AttendeeReply(email=p.email, role=p.role, required=p.required, partstat="NEEDS-ACTION",
                                       updated_at=now))
    session.flush()
    last = arranged_too_late(app, req, panel, b.start)
    detail = dict(booking=b.id, panel=name, start=b.start.isoformat(), place=0, arranged_by="requester",
                  proposed_honoured=True, window_met=last is None)
    if already:
        detail["on_sender_invitation"] = [p.role for p in already]
    if not_invited:
        detail["not_invited"] = not_invited
    audit.record(session, "booked", at=now, request=req, **detail)
    if people:
        _send(app, session, req, b, panel, _native(app, req.authority, req.mailbox), method="REQUEST", now=now)
    _confirm_arranged(app, session, req, b, panel, people, not_invited, now=now, already=already, last=last)
    if not_invited:
        _still_to_invite(app, session, req, b, panel, people, not_invited, now=now)
    if last is not None:
        _arranged_late(app, session, req, b, panel, last, now=now)
    log.info("%s: recorded the %s the sender arranged", req.reference, name)
    return b


ARRANGED_VENUE = "as arranged by the sender"


def follow_arranged(app, session, req: Request, *, now: datetime) -> Booking | None:
    """The sender changed the meeting they arranged (a reply with a new date, time or venue): the
    record follows it (same UID, SEQUENCE+1), the council's attendees get the update and the sender
    a new confirmation. Returns the booking when it changed."""
    b = active_booking(req)
    start = _proposed_start(req)
    if b is None or start is None or start <= now or _panel(app, b).arranged_by != "requester":
        return None
    panel = _panel(app, b)
    pm = req.proposed_meeting if isinstance(req.proposed_meeting, dict) else {}
    venue = str(pm.get("venue") or "").strip()[:255] or b.location
    start = to_london(start)
    if start == b.start and venue == b.location:
        return None
    old = b.start
    b.start, b.location = start, venue
    b.end = to_london(parse_time(pm.get("end")) or start + timedelta(minutes=panel.duration_minutes))
    b.slot_key = f"{req.authority}|{b.panel}|{start.isoformat()}|request-{req.id}"
    b.sequence += 1
    for r in b.replies:
        r.partstat, r.proposed_start, r.updated_at = "NEEDS-ACTION", None, now
    session.flush()
    audit.record(session, "booking_moved", at=now, request=req, actor="sender", booking=b.id, frm=old.isoformat(),
                 to=b.start.isoformat(), sequence=b.sequence, reason="the sender changed the meeting they arranged")
    if b.replies:
        _send(app, session, req, b, panel, _native(app, req.authority, req.mailbox), method="REQUEST", now=now)
    last = arranged_too_late(app, req, panel, b.start)
    _confirm_arranged(app, session, req, b, panel, [Invitee(r.email, _name_for(app, req, r), r.role or "", r.required)
                                                   for r in b.replies], [], now=now, last=last)
    if last is not None:
        _arranged_late(app, session, req, b, panel, last, now=now)
    return b


def arranged_too_late(app, req: Request, panel, start: datetime) -> date | None:
    """The last day the panel may sit (``book_within_*`` counted from the day the request came:
    R&W's "within 5 days of this contact"; a last day that is not a working day moves on to the
    next, as a deadline's due day does) when the meeting the sender arranged is after it; else None."""
    if req.received_at is None:
        return None
    cal = app.calendar(req.authority)
    last = window_end(panel, cal, to_london(req.received_at).date())
    if last is None:
        return None
    if not cal.is_working_day(last):
        last = cal.next_working_day(last)
    return last if to_london(start).date() > last else None


def _arranged_late(app, session, req: Request, b: Booking, panel, last: date, *, now: datetime) -> None:
    """A meeting the sender arranged later than the protocol allows: recorded as given (never
    moved), the audit trail says so, and business support (and the chair) are told at once."""
    audit.record(session, "booking_window_missed", at=now, request=req, panel=b.panel, arranged_by="requester",
                 start=b.start.isoformat(), last_day=last.isoformat())
    _no_slot_alert(app, session, req, b.panel, panel, now=now, start=b.start, last_day=last)


def parse_time(value) -> datetime | None:
    """An ISO date-time from a stored meeting or a calendar part (London time when it names no
    zone), or None when there is none or it cannot be read."""
    try:
        dt = datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None
    return dt.replace(tzinfo=LONDON) if dt is not None and dt.tzinfo is None else dt


def _confirm_arranged(app, session, req: Request, b: Booking, panel, people, not_invited, *, now: datetime,
                      already=(), last: date | None = None) -> None:
    """Tell the sender their meeting is noted, unchanged, and who attends for the council; and,
    when it is later than the protocol allows (``last``: the last day it may sit), that too."""
    name, addr = parseaddr(req.sender or "")
    if not addr:
        return
    pack = app.pack(req.authority)
    notice = req.notice or {}
    subject, text = render(
        "arranged_confirmation", ref=req.reference, authority=pack.display_name, meeting=panel.title,
        start=b.start, end=b.end, location=b.location, attending=[(p.name, say(p.role)) for p in people],
        not_invited=[say(n["role"]) for n in not_invited], initials=initials(req),
        already=[(p.name, say(p.role)) for p in already],
        short_notice=notice if notice.get("ok") is False or notice.get("agreed") else None, sender_name=name,
        late=_late(app, req, panel, last))
    enqueue(session, app, key=f"arranged:{b.uid}:{b.sequence}", authority=req.authority, mailbox=req.mailbox, purpose="confirmation",
            to=[addr], msg=build_message(subject=subject, text=text), request=req)


def _agenda_notice(app, session, req: Request, b: Booking, panel, to: list[Invitee], *, now: datetime) -> None:
    """Tell a standing meeting's members that a request is on its agenda, and at what time."""
    pack = app.pack(req.authority)
    subject, text = render("agenda_notice", ref=req.reference, authority=pack.display_name,
                           meeting=panel.title, start=b.start, end=b.end, location=b.location,
                           initials=initials(req), kind=say(req.kind), place=b.place + 1,
                           capacity=panel.capacity, bring=[_bring_text(pack, req.kind, item) for item in panel.bring])
    enqueue(session, app, key=f"agenda:{b.uid}:{b.sequence}", authority=req.authority, mailbox=req.mailbox,
            purpose="agenda", to=[p.email for p in to], msg=build_message(subject=subject, text=text), request=req)


def _still_to_invite(app, session, req: Request, b: Booking, panel, invited, not_invited, *, now: datetime) -> None:
    """Someone the protocol has at the meeting could not be invited (the mail names the Early Help
    worker but gives no address): business support (and the panel's organiser) are told at once,
    by name, who is still to invite and why, beside who was invited. The request page shows the
    same list until the booking changes. Nobody is dropped without a word."""
    roles = [ALERT_ROLE] + ([panel.organiser_role] if panel.organiser_role and
                            panel.organiser_role not in REQUEST_ROLES else [])
    to = list(dict.fromkeys(p.email for role in roles for p in app.settings.people(req.authority, role)))
    if not to:
        to = [p.email for p in app.settings.people(req.authority, app.pack(req.authority).contacts.duty_role)]
    if not to:
        log.warning("%s: nobody to tell who is still to invite", req.reference)
        return
    pack = app.pack(req.authority)
    notes = {a.role: a.note for a in panel.attendees if a.note}
    subject, text = render("still_to_invite", ref=req.reference, authority=pack.display_name, meeting=panel.title,
                           start=b.start, location=b.location, initials=initials(req),
                           attending=[(p.name, say(p.role) if p.name else notes.get(p.role) or say(p.role))
                                      for p in invited],
                           not_invited=[still_to_invite_line(g) for g in not_invited],
                           rule_quote=panel.source.quote, rule_file=panel.source.file)
    enqueue(session, app, key=f"still-to-invite:{b.uid}", authority=req.authority, mailbox=req.mailbox,
            purpose="alert", to=to, msg=build_message(subject=subject, text=text), request=req, priority=3)


def still_to_invite_line(gap: dict) -> str:
    """One person still to invite, as business support read it (the alert and the request page):
    "the Early Help worker: the request gives no email address for Priya Shah"."""
    line = f"{gap.get('note') or say(gap['role'])}: {gap['reason']}"
    if gap.get("copied"):
        line += f" (copied on the request, and perhaps them: {', '.join(gap['copied'])})"
    return line


def no_slot_found(session, req: Request) -> bool:
    """stepbot found no free slot for this request (business support were told)."""
    return req.id is not None and bool(audit.events(session, req, "booking_failed"))


def _late(app, req: Request, panel, last: date | None) -> dict | None:
    """What the sender and business support read of a meeting later than the protocol allows: the
    day the request came, the last day, and the rule (the request kind's own sentence)."""
    if last is None:
        return None
    kp = app.pack(req.authority).kind(req.kind)
    src = kp.source if kp is not None and kp.source is not None else panel.source
    return dict(last=last, contact=to_london(req.received_at).date(), within_days=panel.book_within_calendar_days,
                within=panel.book_within_working_days, quote=src.quote, file=src.file)


def _no_slot_alert(app, session, req: Request, name: str, panel, *, now: datetime, start: datetime | None,
                   last_day: date | None = None) -> None:
    """No free slot, or only one later than the protocol allows, or (``last_day``) a meeting the
    sender arranged after the last day the protocol allows: business support and the panel's
    chair are told at once, not when the deadline is missed."""
    to = [p.email for role in (ALERT_ROLE, panel.chair_role) if role for p in app.settings.people(req.authority, role)]
    if not to:
        to = [p.email for p in app.settings.people(req.authority, app.pack(req.authority).contacts.duty_role)]
    if not to:
        log.warning("%s: nobody to tell that the panel has no slot", req.reference)
        return
    subject, text = render("no_slot_alert", ref=req.reference, authority=app.pack(req.authority).display_name,
                           meeting=panel.title, start=start, within=panel.book_within_working_days,
                           within_days=panel.book_within_calendar_days, rule_quote=panel.source.quote,
                           rule_file=panel.source.file, late=_late(app, req, panel, last_day))
    enqueue(session, app, key=f"no-slot:{req.id}:{name}:{start.isoformat() if start else '-'}", authority=req.authority,
            mailbox=req.mailbox, purpose="alert", to=to, msg=build_message(subject=subject, text=text), request=req,
            priority=3)


def _new_uid(app, req: Request, panel: str) -> str:
    domain = app.mailbox_config(req.authority, req.mailbox).address.split("@", 1)[1].lower()
    return f"{req.reference}-{panel}-{uuid.uuid4().hex[:12]}@stepbot.{domain}"


def _claim(session, req: Request, slots: list[Slot], panel, *, uid: str, now: datetime) -> Booking | None:
    """Book the first free place of the first slot that has one, or None when all are full.

    The places already taken are read in one query, so a booking costs the same on an empty or a
    full calendar; the database's unique ``slot_key`` still decides a race with another process
    (the loser's insert fails and it takes the next free place)."""
    keys = [(slot, place, slot.key(req.authority, place)) for slot in slots for place in range(panel.capacity)]
    taken = _taken(session, [k for _, _, k in keys])
    for slot, place, key in keys:
        if key in taken:
            continue
        b = Booking(request_id=req.id, authority=req.authority, panel=slot.panel, start=slot.start, end=slot.end,
                    place=place, slot_key=key, uid=uid, sequence=0, state=BookingState.BOOKED,
                    location=panel.location, created_at=now)
        try:
            with session.begin_nested():
                session.add(b)
                session.flush()
        except IntegrityError:
            continue  # taken meanwhile by another process
        if b not in req.bookings:
            req.bookings.append(b)
        return b
    return None


def _taken(session, keys: list[str], chunk: int = 500) -> set[str]:
    taken: set[str] = set()
    for i in range(0, len(keys), chunk):
        taken.update(session.scalars(select(Booking.slot_key).where(Booking.slot_key.in_(keys[i:i + chunk]))))
    return taken


def _busy_checker(native, emails: list[str], slots: list[Slot]):
    """A function slot -> True when a required attendee is busy then (when the backend can say)."""
    if native is None or not emails or not slots or not hasattr(native, "busy"):
        return lambda slot: False
    horizon = [s for s in slots[:40]]
    start, end = min(s.start for s in horizon), max(s.end for s in horizon)
    try:
        busy = native.busy(emails, start, end)
    except Exception as e:  # noqa: BLE001 - free/busy is advice: without it, book anyway
        log.warning("free/busy lookup failed (%s); booking without it", type(e).__name__)
        return lambda slot: False

    def is_busy(slot: Slot) -> bool:
        if slot.start > end:
            return False
        return any(b_start < slot.end and slot.start < b_end
                   for intervals in busy.values() for b_start, b_end in intervals)
    return is_busy


# -- invitations -------------------------------------------------------------------------------

def _native(app, authority: str, mailbox: str):
    return native.for_mailbox(app, authority, mailbox)


def invitation_for(app, req: Request, booking: Booking, panel, *, now: datetime) -> tuple[ical.Invitation, str, str]:
    """(Invitation, subject, text) for a booking at its current SEQUENCE."""
    pack = app.pack(req.authority)
    replies = list(booking.replies)
    attendees = tuple(
        ical.Party(email=r.email, name=_name_for(app, req, r), role=ical.REQ if r.required else ical.OPT)
        for r in replies)
    subject, text = render(
        "invitation", ref=req.reference, authority=pack.display_name, panel_name=panel.title,
        start=booking.start, end=booking.end, location=booking.location, initials=initials(req),
        bring=[_bring_text(pack, req.kind, item) for item in panel.bring], rule_quote=panel.source.quote, rule_file=panel.source.file,
        chair=say(panel.chair_role) or None,
        sequence=booking.sequence, kind=say(req.kind),
        requester_invites=any(a.role == REQUESTER and a.note for a in panel.attendees),
        notes=[a.note for a in panel.attendees if a.note],
    )
    inv = ical.Invitation(uid=booking.uid, sequence=booking.sequence, start=booking.start, end=booking.end,
                          summary=f"{panel.title} [{req.reference}]", description=text, location=booking.location,
                          organizer=organizer_for(app, req.authority, req.mailbox), attendees=attendees,
                          dtstamp=now)
    return inv, subject, text


def _bring_text(pack, kind: str, item: str) -> str:
    """A requirement id in ``bring`` as plain words (its ``explain``); free text stays as written."""
    kp = pack.kind(kind)
    for r in (kp.requirements if kp else []):
        if r.id == item:
            return r.explain
    return item.replace("_", " ") if "_" in item and " " not in item else item


def _name_for(app, req: Request, reply: AttendeeReply) -> str:
    if reply.role == REQUESTER:
        return parseaddr(req.sender or "")[0]
    for p in app.settings.people(req.authority, reply.role or ""):
        if p.email.lower() == reply.email.lower():
            return p.name
    return ""


def _send(app, session, req: Request, booking: Booking, panel, native, *, method: str, now: datetime,
          reason: str = "") -> None:
    inv, subject, text = invitation_for(app, req, booking, panel, now=now)
    if native is not None:
        _send_native(session, req, booking, inv, native, method=method, now=now, reason=reason)
        return

    if method == "CANCEL":
        subject, text = render("invitation_cancel", ref=req.reference, panel_name=panel.title, start=booking.start,
                               reason=reason, authority=app.pack(req.authority).display_name)
        inv = ical.Invitation(**{**inv.__dict__, "description": text})
        ics, key = ical.build_cancel(inv), f"cancel:{booking.uid}:{booking.sequence}"
    else:
        ics, key = ical.build_request(inv), f"invite:{booking.uid}:{booking.sequence}"
    msg = ical.imip_message(text=text, ics=ics, method=method, subject=subject)
    enqueue(session, app, key=key, authority=req.authority, mailbox=req.mailbox, purpose="invitation",
            to=[a.email for a in inv.attendees], msg=msg, request=req)


def _send_native(session, req, booking, inv, native, *, method, now, reason):
    if method == "CANCEL":
        native.cancel(booking.external_id, inv, reason=reason)
    elif booking.external_id:
        native.update(booking.external_id, inv)
    else:
        created = native.create(inv)
        booking.external_id = created.id
        booking.join_url = getattr(created, "join_url", None) or booking.join_url  # a Teams meeting's link
        if created.uid and created.uid != booking.uid:
            booking.uid = created.uid  # the UID attendees' calendars (and replies) carry
    audit.record(session, "native_event", at=now, request=req, booking=booking.id, method=method,
                 backend=native.name)


# -- move and cancel ---------------------------------------------------------------------------

def _panel(app, booking: Booking):
    return app.pack(booking.authority).panels[booking.panel]


def move_booking(app, session, booking: Booking, new_start: datetime, *, actor: str, at: datetime) -> Booking:
    """Move a booking to ``new_start``: same UID, SEQUENCE+1, a new slot_key (the old place is freed).
    Raises SlotUnavailable when the time is not a working time or every place is taken."""
    if booking.state != BookingState.BOOKED:
        raise SlotUnavailable(f"booking {booking.id} is {booking.state}, not booked")
    panel = _panel(app, booking)
    cal = app.calendar(booking.authority)
    start = to_london(new_start)
    why = _movable(cal, start, panel, at)
    if why:
        raise SlotUnavailable(why)
    slot = Slot(booking.panel, start, start + timedelta(minutes=panel.duration_minutes))
    old = booking.start
    for place in range(panel.capacity):
        try:
            with session.begin_nested():
                booking.slot_key = slot.key(booking.authority, place)
                booking.place = place
                booking.start, booking.end = slot.start, slot.end
                session.flush()
        except IntegrityError:
            continue
        break
    else:
        session.refresh(booking)
        raise SlotUnavailable("every place at that time is taken")
    booking.sequence += 1
    for r in booking.replies:
        r.partstat, r.proposed_start, r.updated_at = "NEEDS-ACTION", None, at
    req = booking.request
    audit.record(session, "booking_moved", at=at, request=req, actor=actor, booking=booking.id,
                 frm=old.isoformat(), to=booking.start.isoformat(), sequence=booking.sequence)
    _send(app, session, req, booking, panel, _native(app, req.authority, req.mailbox), method="REQUEST", now=at)
    return booking


def _movable(cal, start: datetime, panel, at: datetime) -> str | None:
    d = start.date()
    end = start + timedelta(minutes=panel.duration_minutes)
    if start <= at:
        return "that time has passed"
    if not cal.is_working_day(d):
        return f"{d.isoformat()} is not a working day ({cal.holiday_name(d) or 'weekend'})"
    if start.time() < cal.office_start or end.date() != d or end.time() > cal.office_end:
        return "that time is outside office hours"
    return None


def mark_held(session, booking: Booking, *, actor: str, at: datetime) -> Booking:
    """The meeting took place: the booking stays in the request's history (its slot stays taken)
    and is no longer the active one, so a further meeting can be booked (the "not agreed" loop)."""
    move(booking, BookingState.HELD, what="booking")
    session.flush()
    audit.record(session, "booking_held", at=at, request=booking.request, actor=actor, booking=booking.id)
    return booking


def cancel_booking(app, session, booking: Booking, *, actor: str, at: datetime, reason: str) -> Booking:
    """Cancel: METHOD:CANCEL with SEQUENCE+1, the slot freed (slot_key NULL). The request's state is
    the workflow's (``bot.workflow.cancel_booking``)."""
    if booking.state == BookingState.CANCELLED:
        return booking
    booking.slot_key = None
    move(booking, BookingState.CANCELLED, what="booking")
    booking.sequence += 1
    session.flush()
    req = booking.request
    audit.record(session, "booking_cancelled", at=at, request=req, actor=actor, booking=booking.id,
                 sequence=booking.sequence, reason=reason)
    _send(app, session, req, booking, _panel(app, booking), _native(app, req.authority, req.mailbox),
          method="CANCEL", now=at, reason=reason)
    return booking


# -- replies -----------------------------------------------------------------------------------

def _itip_of(parsed, inbound) -> ical.ItipMessage | None:
    raw = getattr(inbound, "raw", None)
    if raw:
        found = ical.itip_from_email(raw)
        if found is not None:
            return found
    d = getattr(parsed, "ical", None)
    if isinstance(d, dict) and d.get("uid"):
        start = d.get("start") or d.get("proposed_start")
        return ical.ItipMessage(
            method=str(d.get("method") or "REPLY").upper(), uid=str(d["uid"]), sequence=int(d.get("sequence") or 0),
            attendees=(ical.Party(email=str(d.get("attendee") or "").lower(),
                                  partstat=str(d.get("partstat") or "NEEDS-ACTION").upper()),),
            start=datetime.fromisoformat(start) if start else None, comment=d.get("comment"))
    return None


def find_booking(session, uid: str) -> Booking | None:
    b = session.scalar(select(Booking).where(Booking.uid == uid))
    if b is None:
        b = session.scalar(select(Booking).where(func.lower(Booking.uid) == uid.strip().lower()))
    return b


def record_reply(app, session, parsed, inbound) -> AttendeeReply | None:
    """Record an attendee's REPLY or COUNTER. Returns the reply row, or None when the message is
    not a reply to a meeting of ours (the caller sends it to review)."""
    now = app.clock.now()
    msg = _itip_of(parsed, inbound)
    if msg is None or msg.method not in ("REPLY", "COUNTER"):
        return None
    booking = find_booking(session, msg.uid)
    if booking is None:
        audit.record(session, "reply_unmatched", at=now, inbound=getattr(inbound, "id", None))
        return None
    req = booking.request
    if getattr(inbound, "request_id", None) is None and inbound is not None and hasattr(inbound, "request_id"):
        inbound.request_id = req.id
    who = msg.attendee
    sender = parseaddr(getattr(parsed, "sender", "") or "")[1].lower()
    email = (who.email if who and who.email else sender)
    if not email:
        return None
    row = next((r for r in booking.replies if r.email.lower() == email.lower()), None)
    if row is None:
        row = AttendeeReply(email=email, role=None, required=False, partstat="NEEDS-ACTION", updated_at=now)
        booking.replies.append(row)
    if msg.sequence < booking.sequence:
        audit.record(session, "reply_stale", at=now, request=req, booking=booking.id,
                     sequence=msg.sequence, current=booking.sequence)
        session.flush()
        return row
    row.comment = msg.comment
    row.updated_at = now
    if msg.method == "COUNTER":
        row.proposed_start = msg.start
        audit.record(session, "reply_counter", at=now, request=req, booking=booking.id, role=row.role,
                     proposed=msg.start.isoformat() if msg.start else None)
        _alert(app, session, req, booking, row, template="decline_alert_counter",
               key=f"counter:{booking.uid}:{booking.sequence}:{row.email.lower()}:{msg.start.isoformat() if msg.start else '-'}",
               now=now, next_slot=None)
        session.flush()
        return row
    partstat = who.partstat if who else "NEEDS-ACTION"
    row.partstat = partstat if partstat in ical.PARTSTATS else "NEEDS-ACTION"
    audit.record(session, "reply", at=now, request=req, booking=booking.id, role=row.role, partstat=row.partstat)
    if row.partstat == "DECLINED" and row.required and booking.state == BookingState.BOOKED:
        _alert(app, session, req, booking, row, template="decline_alert",
               key=f"decline:{booking.uid}:{booking.sequence}:{row.email.lower()}", now=now,
               next_slot=next_free_slot(app, session, booking, now=now))
    session.flush()
    return row


def next_free_slot(app, session, booking: Booking, *, now: datetime) -> Slot | None:
    """The first valid slot on a later day than the booked one with a free place (advice for
    business support; the database still decides when it is booked)."""
    panel = _panel(app, booking)
    cal = app.calendar(booking.authority)
    for slot in ordered_slots(booking.panel, panel, cal, now=now):
        if to_london(slot.start).date() <= to_london(booking.start).date():
            continue  # a decline usually means the day does not work: offer a later day
        keys = [slot.key(booking.authority, p) for p in range(panel.capacity)]
        taken = session.scalar(select(func.count()).select_from(Booking).where(Booking.slot_key.in_(keys))) or 0
        if taken < panel.capacity:
            return slot
    return None


def _alert(app, session, req, booking, row, *, template, key, now, next_slot) -> None:
    pack = app.pack(req.authority)
    to = [p.email for p in app.settings.people(req.authority, ALERT_ROLE)]
    if not to:
        to = [p.email for p in app.settings.people(req.authority, pack.contacts.duty_role)]
    if not to:
        log.warning("%s: nobody to alert about a reply", req.reference)
        return
    panel = _panel(app, booking)
    subject, text = render(
        template, ref=req.reference, panel_name=panel.title, start=booking.start,
        attendee_role=say(row.role) or "an attendee", required=row.required,
        comment=row.comment, proposed=row.proposed_start, next_slot=next_slot,
        authority=pack.display_name)
    enqueue(session, app, key=key, authority=req.authority, mailbox=req.mailbox, purpose="alert",
            to=to, msg=build_message(subject=subject, text=text), request=req, priority=3)
