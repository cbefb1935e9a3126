"""iCalendar invitations (iTIP, RFC 5546) sent by email (iMIP, RFC 6047), and the replies to them.

What makes Outlook, Gmail and Apple Calendar show a real invitation with Accept/Decline:

* ``METHOD:REQUEST`` in the VCALENDAR *and* ``method=REQUEST`` on the ``text/calendar`` part, which
  sits inside a ``multipart/alternative`` after the ``text/plain`` part (Outlook reads it there);
* one VEVENT with a stable UID, SEQUENCE, DTSTAMP, ORGANIZER (the duty mailbox) and ATTENDEEs with
  ROLE, PARTSTAT=NEEDS-ACTION and RSVP=TRUE;
* a Europe/London VTIMEZONE in the shape Exchange itself sends: one STANDARD and one DAYLIGHT block,
  each with a yearly RRULE. icalendar's ``add_missing_timezones()`` writes explicit transition
  dates instead, which Outlook mishandles, so the block is built here by hand.

A move sends the same UID with a higher SEQUENCE; a cancel sends ``METHOD:CANCEL`` with
``STATUS:CANCELLED`` and a higher SEQUENCE. Replies are read leniently: Outlook omits ORGANIZER,
Gmail adds a VALARM, addresses differ in case, and a COUNTER carries a proposed new time.
"""
from __future__ import annotations

import email
import email.policy
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email.message import EmailMessage
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard, vCalAddress, vText

LONDON = ZoneInfo("Europe/London")
PRODID = "-//stepbot//step-up and step-down bookings//EN"

REQ = "REQ-PARTICIPANT"
OPT = "OPT-PARTICIPANT"
PARTSTATS = ("NEEDS-ACTION", "ACCEPTED", "DECLINED", "TENTATIVE", "DELEGATED")


class ItipError(ValueError):
    """A calendar part that cannot be read as an iTIP message (a sender error: it goes to review)."""


@dataclass(frozen=True)
class Party:
    email: str
    name: str = ""
    role: str = REQ          # REQ-PARTICIPANT | OPT-PARTICIPANT (attendees only)
    partstat: str = "NEEDS-ACTION"


@dataclass(frozen=True)
class Invitation:
    """Everything one VEVENT says. ``start``/``end`` are timezone-aware."""

    uid: str
    sequence: int
    start: datetime
    end: datetime
    summary: str
    description: str
    location: str
    organizer: Party
    attendees: tuple[Party, ...]
    dtstamp: datetime


# -- building ----------------------------------------------------------------------------------

def london_vtimezone() -> Timezone:
    """Europe/London as Exchange sends it: one STANDARD, one DAYLIGHT, each with a yearly RRULE."""
    tz = Timezone()
    tz.add("tzid", "Europe/London")
    std = TimezoneStandard()
    std.add("dtstart", datetime(1601, 1, 1, 2, 0, 0))
    std.add("tzoffsetfrom", timedelta(hours=1))
    std.add("tzoffsetto", timedelta(hours=0))
    std.add("tzname", "GMT")
    std.add("rrule", {"freq": "yearly", "interval": 1, "bymonth": 10, "byday": "-1SU"})
    dst = TimezoneDaylight()
    dst.add("dtstart", datetime(1601, 1, 1, 1, 0, 0))
    dst.add("tzoffsetfrom", timedelta(hours=0))
    dst.add("tzoffsetto", timedelta(hours=1))
    dst.add("tzname", "BST")
    dst.add("rrule", {"freq": "yearly", "interval": 1, "bymonth": 3, "byday": "-1SU"})
    tz.add_component(std)
    tz.add_component(dst)
    return tz


def _address(party: Party, *, attendee: bool, rsvp: bool = True) -> vCalAddress:
    a = vCalAddress(f"mailto:{party.email}")
    if party.name:
        a.params["CN"] = vText(party.name)
    if attendee:
        a.params["CUTYPE"] = "INDIVIDUAL"
        a.params["ROLE"] = party.role
        a.params["PARTSTAT"] = party.partstat
        if rsvp:
            a.params["RSVP"] = "TRUE"
    return a


def _local(dt: datetime) -> datetime:
    if dt.tzinfo is None:
        raise ValueError("naive datetime in an invitation")
    return dt.astimezone(LONDON)


def _calendar(method: str) -> Calendar:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", method)
    return cal


def build_request(inv: Invitation) -> bytes:
    """The VCALENDAR for METHOD:REQUEST (a new meeting, or an update with a higher SEQUENCE)."""
    return _build(inv, "REQUEST")


def build_cancel(inv: Invitation) -> bytes:
    """The VCALENDAR for METHOD:CANCEL: same UID, higher SEQUENCE, STATUS:CANCELLED."""
    return _build(inv, "CANCEL")


def _build(inv: Invitation, method: str) -> bytes:
    if not inv.attendees:
        raise ValueError("an invitation needs at least one attendee")
    cal = _calendar(method)
    cal.add_component(london_vtimezone())
    ev = Event()
    ev.add("uid", inv.uid)
    ev.add("sequence", inv.sequence)
    ev.add("dtstamp", inv.dtstamp.astimezone(timezone.utc))
    ev.add("dtstart", _local(inv.start))
    ev.add("dtend", _local(inv.end))
    ev.add("summary", inv.summary)
    ev.add("description", inv.description)
    ev.add("location", inv.location)
    ev.add("organizer", _address(inv.organizer, attendee=False))
    for p in inv.attendees:
        ev.add("attendee", _address(p, attendee=True, rsvp=method == "REQUEST"), encode=0)
    ev.add("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    ev.add("transp", "OPAQUE")
    ev.add("class", "PRIVATE")  # a family's meeting: not shown on shared free/busy detail
    if method == "CANCEL":
        ev.add("priority", 1)
    cal.add_component(ev)
    return cal.to_ical()


def build_reply(*, uid: str, sequence: int, organizer: Party, attendee: Party, start: datetime,
                end: datetime, dtstamp: datetime, summary: str = "", comment: str = "",
                method: str = "REPLY") -> bytes:
    """An attendee's REPLY (or COUNTER with a new start/end), as a calendar client would send it."""
    cal = _calendar(method)
    cal.add_component(london_vtimezone())
    ev = Event()
    ev.add("uid", uid)
    ev.add("sequence", sequence)
    ev.add("dtstamp", dtstamp.astimezone(timezone.utc))
    ev.add("dtstart", _local(start))
    ev.add("dtend", _local(end))
    ev.add("organizer", _address(organizer, attendee=False))
    ev.add("attendee", _address(attendee, attendee=True, rsvp=False), encode=0)
    if summary:
        ev.add("summary", summary)
    if comment:
        ev.add("comment", comment)
    cal.add_component(ev)
    return cal.to_ical()


def imip_message(*, text: str, ics: bytes, method: str, subject: str) -> EmailMessage:
    """multipart/alternative: text/plain, then ``text/calendar; method=…; charset=UTF-8``."""
    msg = EmailMessage()
    msg["Subject"] = subject
    msg.set_content(text)
    msg.add_alternative(ics.decode("utf-8"), subtype="calendar", charset="utf-8",
                        params={"method": method})
    return msg


# -- reading -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class ItipMessage:
    """One received iTIP message, as much as stepbot needs of it."""

    method: str
    uid: str
    sequence: int
    attendees: tuple[Party, ...]
    organizer: str | None = None
    start: datetime | None = None
    end: datetime | None = None
    comment: str | None = None
    dtstamp: datetime | None = None
    extra: dict = field(default_factory=dict)

    @property
    def attendee(self) -> Party | None:
        return self.attendees[0] if self.attendees else None

    def as_dict(self) -> dict:
        """The shape the parser hands over as ``ParseResult.ical``."""
        a = self.attendee
        return {
            "method": self.method, "uid": self.uid, "sequence": self.sequence,
            "attendee": a.email if a else None, "partstat": a.partstat if a else None,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "comment": self.comment,
        }


def _email_of(value) -> str:
    s = str(value).strip()
    if s.lower().startswith("mailto:"):
        s = s[7:]
    return s.strip().lower()


def _aware(value) -> datetime | None:
    if value is None:
        return None
    dt = value.dt
    if isinstance(dt, datetime):
        if dt.tzinfo is None:  # floating time: read as London wall-clock time
            dt = dt.replace(tzinfo=LONDON)
        return dt.astimezone(timezone.utc)
    if isinstance(dt, date):
        return datetime(dt.year, dt.month, dt.day, tzinfo=LONDON).astimezone(timezone.utc)
    return None


def parse_itip(data: bytes | str) -> ItipMessage:
    """Read a VCALENDAR with one VEVENT (REPLY, COUNTER, REQUEST or CANCEL). Lenient about what
    real clients send: no ORGANIZER (Outlook), a VALARM (Gmail), odd address case, Windows
    time-zone names (``TZID=GMT Standard Time`` with its own VTIMEZONE)."""
    try:
        cal = Calendar.from_ical(data)
    except (ValueError, IndexError, KeyError) as e:
        raise ItipError(f"not a readable calendar: {e}") from None
    method = str(cal.get("method", "")).strip().upper()
    events = [c for c in cal.walk("VEVENT")]
    if not events:
        raise ItipError("no VEVENT in the calendar")
    ev = events[0]
    uid = str(ev.get("uid", "")).strip()
    if not uid:
        raise ItipError("the VEVENT has no UID")
    try:
        seq = int(str(ev.get("sequence", 0)))
    except ValueError:
        seq = 0
    raw_att = ev.get("attendee", [])
    if not isinstance(raw_att, list):
        raw_att = [raw_att]
    attendees = []
    for a in raw_att:
        params = getattr(a, "params", {})
        attendees.append(Party(
            email=_email_of(a), name=str(params.get("CN", "")),
            role=str(params.get("ROLE", REQ)).upper(),
            partstat=str(params.get("PARTSTAT", "NEEDS-ACTION")).upper(),
        ))
    org = ev.get("organizer")
    comment = ev.get("comment")
    if isinstance(comment, list):
        comment = " ".join(str(c) for c in comment)
    comment = str(comment).strip() if comment is not None else None
    if comment in ("", "\\n"):
        comment = None
    return ItipMessage(
        method=method, uid=uid, sequence=seq, attendees=tuple(attendees),
        organizer=_email_of(org) if org is not None else None,
        start=_safe(_aware, ev.get("dtstart")), end=_safe(_aware, ev.get("dtend")),
        comment=comment, dtstamp=_safe(_aware, ev.get("dtstamp")),
    )


def _safe(fn, value):
    try:
        return fn(value)
    except (AttributeError, ValueError, TypeError):
        return None


def calendar_parts(raw: bytes) -> list[bytes]:
    """Every ``text/calendar`` part (and ``.ics`` attachment) of a message, calendar parts first."""
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    cal, ics = [], []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        name = (part.get_filename() or "").lower()
        payload = part.get_payload(decode=True)
        if not payload:
            continue
        if ctype == "text/calendar":
            cal.append(payload)
        elif ctype in ("application/ics", "application/octet-stream") and name.endswith(".ics"):
            ics.append(payload)
    return cal + ics


def itip_from_email(raw: bytes) -> ItipMessage | None:
    """The first readable iTIP message in an email, or None when it carries none."""
    for part in calendar_parts(raw):
        try:
            return parse_itip(part)
        except ItipError:
            continue
    return None
