"""REQUEST -> REPLY round trips with Outlook- and Gmail-shaped replies (tests/data/ical/), COUNTER,
and the decline alert to business support."""
from __future__ import annotations

import base64
import email
import email.policy
from datetime import datetime, timedelta, timezone
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from bot import booking, workflow
from bot.booking import ical, libical
from bot.models import OutboxMessage
from bot.workcal import LONDON
from tests.support.requires import require
from tests.test_booking_support import build_app, make_request, torbay_pack

DATA = Path(__file__).parent / "data" / "ical"
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=LONDON)
WORD = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentative"}


def fill(template: str, values: dict) -> str:
    for k, v in values.items():
        template = template.replace(f"@@{k}@@", str(v))
    assert "@@" not in template, template
    return template


def reply_email(style: str, b, attendee: str, partstat: str, *, method="REPLY", proposed=None, seq=None) -> bytes:
    """An Outlook- or Gmail-shaped reply to booking ``b`` from ``attendee``."""
    start, end = b.start.astimezone(LONDON), b.end.astimezone(LONDON)
    p = proposed.astimezone(LONDON) if proposed else start
    values = {
        "UID": b.uid, "SEQ": b.sequence if seq is None else seq, "PARTSTAT": partstat,
        "PARTSTAT_WORD": WORD.get(partstat, "New Time Proposed"), "CN": "Attendee", "METHOD": method,
        "SUMMARY": f"Early Help triage [{b.request.reference}]", "ORGANIZER": "earlyhelp@council.example",
        "DTSTART_LOCAL": start.strftime("%Y%m%dT%H%M%S"), "DTEND_LOCAL": end.strftime("%Y%m%dT%H%M%S"),
        "DTSTART_UTC": start.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ"),
        "DTEND_UTC": end.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ"),
        "PROPOSED_LOCAL": p.strftime("%Y%m%dT%H%M%S"),
        "PROPOSED_END_LOCAL": (p + (end - start)).strftime("%Y%m%dT%H%M%S"),
        # Outlook writes the address as the directory has it; Gmail lower-case
        "ATTENDEE": attendee.upper() if style == "outlook" else attendee.lower(),
    }
    ics_name = {"outlook": "outlook_reply.ics", "gmail": "gmail_reply.ics", "counter": "outlook_counter.ics"}[style]
    ics = fill((DATA / ics_name).read_text(), values).replace("\n", "\r\n")
    values["ICS"] = ics
    values["ICS_BASE64"] = base64.encodebytes(ics.encode()).decode().strip()
    eml = "gmail_reply.eml" if style == "gmail" else "outlook_reply.eml"
    return fill((DATA / eml).read_text(), values).encode()


def record(app, s, raw: bytes):
    parsed = SimpleNamespace(sender=email.message_from_bytes(raw, policy=email.policy.default)["From"], ical=None)
    inbound = SimpleNamespace(raw=raw, id=None, request_id=None)
    return booking.record_reply(app, s, parsed, inbound)


def alerts(s):
    return list(s.scalars(select(OutboxMessage).where(OutboxMessage.purpose == "alert")))


@pytest.fixture
def booked(tmp_path):
    app = build_app(tmp_path, torbay_pack(), NOW)
    s = app.Session()
    req = make_request(s, "torbay", 7, kind="step_down")
    b = workflow.book_now(app, s, req)
    yield app, s, b
    s.rollback()
    s.close()
    app.close()


@pytest.mark.parametrize("style", ["outlook", "gmail"])
@pytest.mark.parametrize("partstat", ["ACCEPTED", "DECLINED"])
def test_round_trip_request_to_reply(booked, style, partstat):
    app, s, b = booked
    raw = reply_email(style, b, "chair@council.example", partstat)
    msg = ical.itip_from_email(raw)
    assert msg.method == "REPLY" and msg.uid == b.uid and msg.attendee.partstat == partstat
    assert msg.start == b.start.astimezone(timezone.utc)  # Windows zone name or UTC: the same instant
    row = record(app, s, raw)
    assert row is not None and row.email == "chair@council.example" and row.partstat == partstat
    assert {r.email: r.partstat for r in b.replies}["chair@council.example"] == partstat
    if partstat == "DECLINED":
        (alert,) = alerts(s)
        assert alert.recipients == ["bs@council.example"]
        body = email.message_from_bytes(alert.raw, policy=email.policy.default).get_content()
        assert "triage chair" in body and "SB-torbay-7" in body
        assert "Tuesday 1 December 2026 at 09:30" in body  # the next free slot offered
        assert "Attendee" not in body  # no names in alerts beyond the role
    else:
        assert alerts(s) == []


def test_decline_by_an_optional_attendee_does_not_alert(booked):
    app, s, b = booked
    row = record(app, s, reply_email("gmail", b, "afc@council.example", "DECLINED"))
    assert row.partstat == "DECLINED" and not row.required
    assert alerts(s) == []


def test_tentative_is_recorded_and_nothing_else(booked):
    app, s, b = booked
    before = len(list(s.scalars(select(OutboxMessage))))
    row = record(app, s, reply_email("outlook", b, "claire.hesketh@partner.example", "TENTATIVE"))
    assert row.partstat == "TENTATIVE"
    assert len(list(s.scalars(select(OutboxMessage)))) == before


def test_counter_stores_the_proposed_time_for_business_support(booked):
    app, s, b = booked
    proposed = b.start + timedelta(days=1)
    raw = reply_email("counter", b, "chair@council.example", "TENTATIVE", method="COUNTER", proposed=proposed)
    row = record(app, s, raw)
    assert row.proposed_start == proposed.astimezone(timezone.utc)
    assert row.comment == "Could we meet the day after instead?"
    (alert,) = alerts(s)
    assert "Wednesday 25 November 2026 at 09:30" in email.message_from_bytes(alert.raw, policy=email.policy.default).get_content()
    assert b.start == datetime(2026, 11, 24, 9, 30, tzinfo=LONDON)  # nothing moves until a person accepts


def test_reply_to_an_older_sequence_does_not_count(booked):
    app, s, b = booked
    booking.move_booking(app, s, b, datetime(2026, 12, 1, 9, 30, tzinfo=LONDON), actor="bs", at=NOW)
    row = record(app, s, reply_email("gmail", b, "chair@council.example", "ACCEPTED", seq=0))
    assert row.partstat == "NEEDS-ACTION"
    row = record(app, s, reply_email("gmail", b, "chair@council.example", "ACCEPTED"))
    assert row.partstat == "ACCEPTED"


def test_reply_to_no_meeting_of_ours_returns_none(booked):
    app, s, b = booked
    raw = reply_email("gmail", b, "chair@council.example", "ACCEPTED")
    assert record(app, s, raw.replace(b.uid.encode(), b"unknown-uid@example", 1)) is None
    assert {r.partstat for r in b.replies} == {"NEEDS-ACTION"}


def test_reply_fixture_passes_libicals_itip_check(booked):
    """A REPLY as a client sends it (and as ``build_reply`` writes it) passes icalrestriction_check."""
    app, s, b = booked
    require(libical.available(), "libical3", "apt-get install libical3")
    ics = ical.build_reply(uid=b.uid, sequence=b.sequence, organizer=ical.Party("earlyhelp@council.example", "EH"),
                           attendee=ical.Party("chair@council.example", "Chair", partstat="ACCEPTED"),
                           start=b.start, end=b.end, dtstamp=NOW)
    result = libical.check(ics)
    assert result.ok and result.errors == []
    gmail = ical.calendar_parts(reply_email("gmail", b, "chair@council.example", "ACCEPTED"))[0]
    result = libical.check(gmail)
    assert result.ok and result.errors == [], result.errors
    row = record(app, s, ical.imip_message(text="Accepted", ics=ics, method="REPLY", subject="Accepted").as_bytes())
    assert row.partstat == "ACCEPTED"


def test_libical_flags_a_broken_request():
    require(libical.available(), "libical3", "apt-get install libical3")
    bad = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:a\r\n"
           b"DTSTAMP:20261101T000000Z\r\nDTSTART:20261201T100000Z\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    result = libical.check(bad)
    assert not result and any("ORGANIZER" in e for e in result.errors)
