"""book_request / move_booking / cancel_booking on SQLite, checking every invitation sent:
parsed with icalendar, its properties, and libical's iTIP restriction check."""
from __future__ import annotations

import email
import email.policy
from datetime import date, datetime, timedelta, timezone

import pytest
from icalendar import Calendar
from sqlalchemy import select

from bot import booking, workflow
from bot.booking import libical
from bot.booking.service import SlotUnavailable
from bot.models import AuditEvent, OutboxMessage
from bot.workcal import LONDON
from tests.support.requires import require
from tests.test_booking_support import build_app, knowsley_pack, make_request, torbay_pack

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=LONDON)


def invitations(session, purpose="invitation"):
    return list(session.scalars(select(OutboxMessage).where(OutboxMessage.purpose == purpose)
                                .order_by(OutboxMessage.id)))


def calendar_part(raw: bytes):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert msg.get_content_type() == "multipart/alternative"
    parts = list(msg.iter_parts())
    assert [p.get_content_type() for p in parts] == ["text/plain", "text/calendar"]
    cal_part = parts[1]
    return msg, parts[0], cal_part


def check_imip(raw: bytes, method: str) -> Calendar:
    """The properties every invitation stepbot sends must carry, and libical's verdict."""
    msg, text, part = calendar_part(raw)
    assert part.get_param("method").upper() == method
    assert part.get_content_charset().lower() == "utf-8"
    ics = part.get_payload(decode=True)
    require(libical.available(), "libical3", "apt-get install libical3")
    result = libical.check(ics)
    assert result.ok and result.errors == [], result.errors
    cal = Calendar.from_ical(ics)
    assert str(cal["METHOD"]) == method and str(cal["VERSION"]) == "2.0" and cal.get("PRODID")
    tzs = cal.walk("VTIMEZONE")
    assert len(tzs) == 1 and str(tzs[0]["TZID"]) == "Europe/London"
    std, dst = tzs[0].walk("STANDARD"), tzs[0].walk("DAYLIGHT")
    assert len(std) == 1 and len(dst) == 1
    assert std[0]["RRULE"]["BYMONTH"] == [10] and std[0]["RRULE"]["BYDAY"] == ["-1SU"]
    assert dst[0]["RRULE"]["BYMONTH"] == [3] and dst[0]["RRULE"]["BYDAY"] == ["-1SU"]
    assert "RDATE" not in std[0] and "RDATE" not in dst[0]
    (ev,) = cal.walk("VEVENT")
    for prop in ("UID", "SEQUENCE", "DTSTAMP", "DTSTART", "DTEND", "ORGANIZER", "SUMMARY", "DESCRIPTION", "LOCATION"):
        assert prop in ev, prop
    assert ev["DTSTART"].params["TZID"] == "Europe/London"
    assert str(ev["ORGANIZER"]).lower() in ("mailto:mash@council.example", "mailto:earlyhelp@council.example")
    assert ev["ORGANIZER"].params["CN"]
    attendees = ev["ATTENDEE"] if isinstance(ev["ATTENDEE"], list) else [ev["ATTENDEE"]]
    for a in attendees:
        assert a.params["ROLE"] in ("REQ-PARTICIPANT", "OPT-PARTICIPANT")
        assert a.params["PARTSTAT"] == "NEEDS-ACTION"
        assert "CN" in a.params
        if method == "REQUEST":
            assert a.params["RSVP"] == "TRUE"
    if method == "CANCEL":
        assert str(ev["STATUS"]) == "CANCELLED"
    return cal


@pytest.fixture
def knowsley(tmp_path):
    app = build_app(tmp_path, knowsley_pack(), NOW)
    yield app
    app.close()


@pytest.fixture
def torbay(tmp_path):
    app = build_app(tmp_path, torbay_pack(), NOW)
    yield app
    app.close()


def test_book_request_sends_a_real_invitation(knowsley):
    with knowsley.Session.begin() as s:
        req = make_request(s, "knowsley", 4, children=(("Paula White", date(2012, 2, 3)), ("Tom White", None)))
        b = workflow.book_now(knowsley, s, req)
        assert b.start == datetime(2026, 12, 2, 10, 0, tzinfo=LONDON)  # 5 WD notice, the Wednesday
        assert b.slot_key == f"knowsley|taf|{b.start.isoformat()}|0" and b.sequence == 0
        assert req.state == "booked"
        (row,) = invitations(s)
        assert row.idempotency_key == f"invite:{b.uid}:0"
        cal = check_imip(row.raw, "REQUEST")
        (ev,) = cal.walk("VEVENT")
        assert str(ev["UID"]) == b.uid and int(ev["SEQUENCE"]) == 0
        assert ev.decoded("DTSTART").astimezone(timezone.utc) == datetime(2026, 12, 2, 10, tzinfo=timezone.utc)
        desc = str(ev["DESCRIPTION"])
        assert "SB-knowsley-4" in desc and "P.W., T.W." in desc
        assert "Paula" not in desc and "White" not in desc and "Paula" not in row.raw.decode("utf-8", "replace")
        assert "the completed step-up request form" in desc        # what to bring, in plain words
        assert "preferably a Wednesday" in desc and "Knowsley step-up/step-down protocol" in desc  # the rule and source
        assert ".txt" not in desc
        who = {str(a).lower().removeprefix("mailto:"): a.params["ROLE"] for a in ev["ATTENDEE"]}
        # the MASH inbox is the organiser; business support (minutes), the chair and the requester attend
        assert set(who) == {"sw@council.example", "bs@council.example", "claire.hesketh@partner.example"}
        assert set(row.recipients) == set(who)
        events = [e.detail.get("event") for e in s.scalars(select(AuditEvent).where(AuditEvent.action == "event"))]
        assert "invitation_sent" in events
        assert {r.email.lower() for r in b.replies} == set(who)


def test_book_request_is_idempotent(knowsley):
    with knowsley.Session.begin() as s:
        req = make_request(s, "knowsley", 5)
        first = workflow.book_now(knowsley, s, req)
        again = workflow.book_now(knowsley, s, req)
        assert again.id == first.id and len(invitations(s)) == 1


def test_a_panel_stepbot_books_ignores_a_proposed_time(knowsley):
    with knowsley.Session.begin() as s:
        req = make_request(s, "knowsley", 6, proposed={"start": "2026-12-09T11:15:00+00:00", "venue": "Huyton Hub"})
        b = workflow.book_now(knowsley, s, req)
        assert b.start == datetime(2026, 12, 2, 10, tzinfo=LONDON) and b.location == "Microsoft Teams"


@pytest.fixture
def arranged(tmp_path):
    app = build_app(tmp_path, knowsley_pack(arranged_by="requester"), NOW)
    yield app
    app.close()


def test_a_meeting_the_sender_arranged_is_recorded_exactly_as_given(arranged):
    """Knowsley: the case manager "arrange[s] the meeting … and send[s] this meeting via teams
    calendar to Knowsley MASH and MASH business support". A Tuesday is not moved to a Wednesday,
    the venue is not changed, and the sender is not invited to their own meeting."""
    with arranged.Session.begin() as s:
        req = make_request(s, "knowsley", 6, proposed={"start": "2026-12-08T11:15:00+00:00",
                                                       "end": "2026-12-08T12:15:00+00:00", "venue": "Huyton Hub"})
        b = workflow.book_now(arranged, s, req)
        assert b.start == datetime(2026, 12, 8, 11, 15, tzinfo=LONDON) and b.location == "Huyton Hub"
        assert b.end == datetime(2026, 12, 8, 12, 15, tzinfo=LONDON) and req.state == "booked"
        (invite,) = invitations(s)
        assert "claire.hesketh@partner.example" not in invite.recipients
        assert set(invite.recipients) == {"sw@council.example", "bs@council.example"}
        (ev,) = check_imip(invite.raw, "REQUEST").walk("VEVENT")
        assert str(ev["LOCATION"]) == "Huyton Hub"
        confirm = s.scalars(select(OutboxMessage).where(OutboxMessage.purpose == "confirmation")).one()
        assert confirm.recipients == ["claire.hesketh@partner.example"]
        body = confirm.raw.decode("utf-8", "replace")
        assert "We will not move it" in body and "Huyton Hub" in body and "Tue 8 Dec 2026" in body
        assert "_" not in body.split("\n\n", 1)[1].replace("__", "")  # no internal names in the words
        booked = s.scalars(select(AuditEvent).where(AuditEvent.action == "booked")).one()
        assert booked.detail["arranged_by"] == "requester"


def test_a_meeting_the_sender_arranged_at_short_notice_is_kept_and_the_shortfall_said(arranged):
    with arranged.Session.begin() as s:
        req = make_request(s, "knowsley", 7, proposed={"start": "2026-11-26T10:00:00+00:00", "venue": "Kirkby"})
        req.notice = {"required_working_days": 5, "given_working_days": 3, "ok": False}
        b = workflow.book_now(arranged, s, req)
        assert b.start == datetime(2026, 11, 26, 10, tzinfo=LONDON) and b.location == "Kirkby"
        body = s.scalars(select(OutboxMessage).where(OutboxMessage.purpose == "confirmation")).one().raw.decode()
        assert "This gives 3 working days' notice; the protocol asks for at least 5" in body


def test_without_the_senders_date_nothing_is_booked_and_business_support_see_why_once(arranged):
    with arranged.Session.begin() as s:
        req = make_request(s, "knowsley", 8)
        assert workflow.book_now(arranged, s, req) is None and workflow.book_now(arranged, s, req) is None
        assert req.state == "ready" and invitations(s) == []
        waiting = s.scalars(select(AuditEvent).where(AuditEvent.action == "booking_waiting")).all()
        assert len(waiting) == 1 and "has not given its date and time" in waiting[0].detail["reason"]


def test_capacity_and_under_fives_triage(torbay):
    with torbay.Session.begin() as s:
        young = [make_request(s, "torbay", n, kind="step_down", children=(("Amy Brown", date(2023, 6, 1)),))
                 for n in (1, 2, 3)]
        booked = [workflow.book_now(torbay, s, r) for r in young]
        assert {b.panel for b in booked} == {"under5_triage"}
        # fortnightly from Tue 1 Dec, two places a slot: 1 Dec (places 0, 1), then 15 Dec
        assert [(b.start.date(), b.place) for b in booked] == [
            (date(2026, 12, 1), 0), (date(2026, 12, 1), 1), (date(2026, 12, 15), 0)]
        older = make_request(s, "torbay", 4, kind="step_down", children=(("Ben Brown", date(2015, 1, 1)),))
        b = workflow.book_now(torbay, s, older)
        assert b.panel == "triage" and b.start == datetime(2026, 11, 24, 9, 30, tzinfo=LONDON)
        for row in invitations(s):
            check_imip(row.raw, "REQUEST")


def test_window_missed_is_recorded(tmp_path):
    app = build_app(tmp_path, torbay_pack(), NOW, closure_days=[date(2026, 11, 24), date(2026, 12, 1)])
    with app.Session.begin() as s:
        req = make_request(s, "torbay", 1, kind="step_down")
        b = workflow.book_now(app, s, req)
        assert b.start == datetime(2026, 12, 8, 9, 30, tzinfo=LONDON)
        missed = s.scalars(select(AuditEvent).where(AuditEvent.action == "booking_window_missed")).one()
        assert missed.detail["within_working_days"] == 5
    app.close()


def test_no_panel_books_nothing(knowsley):
    with knowsley.Session.begin() as s:
        req = make_request(s, "knowsley", 8, kind="step_down")
        assert workflow.book_now(knowsley, s, req) is None
        assert req.state == "ready" and invitations(s) == []


def test_move_keeps_uid_raises_sequence_and_frees_the_slot(torbay):
    with torbay.Session.begin() as s:
        req = make_request(s, "torbay", 1, kind="step_down")
        b = workflow.book_now(torbay, s, req)
        uid, old_start = b.uid, b.start
        new = datetime(2026, 12, 1, 10, 0, tzinfo=LONDON)
        booking.move_booking(torbay, s, b, new, actor="bs-user", at=NOW + timedelta(hours=1))
        assert b.uid == uid and b.sequence == 1 and b.start == new
        assert b.slot_key == f"torbay|triage|{new.isoformat()}|0"
        rows = invitations(s)
        assert [r.idempotency_key for r in rows] == [f"invite:{uid}:0", f"invite:{uid}:1"]
        cal = check_imip(rows[1].raw, "REQUEST")
        (ev,) = cal.walk("VEVENT")
        assert str(ev["UID"]) == uid and int(ev["SEQUENCE"]) == 1
        assert ev.decoded("DTSTART") == new
        assert rows[1].subject.startswith("Updated:")
        # the old slot is free again: the next request takes it
        other = workflow.book_now(torbay, s, make_request(s, "torbay", 2, kind="step_down"))
        assert other.start == old_start


@pytest.mark.parametrize("when, reason", [
    (datetime(2026, 12, 25, 10, tzinfo=LONDON), "not a working day"),
    (datetime(2026, 12, 1, 18, tzinfo=LONDON), "office hours"),
    (datetime(2026, 11, 20, 10, tzinfo=LONDON), "passed"),
])
def test_move_refuses_a_time_that_cannot_be_booked(torbay, when, reason):
    with torbay.Session.begin() as s:
        b = workflow.book_now(torbay, s, make_request(s, "torbay", 1, kind="step_down"))
        with pytest.raises(SlotUnavailable, match=reason):
            booking.move_booking(torbay, s, b, when, actor="bs", at=NOW)
        assert b.sequence == 0


def test_move_to_a_taken_slot_is_refused(torbay):
    with torbay.Session.begin() as s:
        a = workflow.book_now(torbay, s, make_request(s, "torbay", 1, kind="step_down"))
        b = workflow.book_now(torbay, s, make_request(s, "torbay", 2, kind="step_down"))
        with pytest.raises(SlotUnavailable, match="taken"):
            booking.move_booking(torbay, s, b, a.start, actor="bs", at=NOW)
        assert b.sequence == 0 and b.slot_key.endswith(f"{b.start.isoformat()}|0")


def test_cancel_sends_method_cancel_and_frees_the_slot(torbay):
    with torbay.Session.begin() as s:
        req = make_request(s, "torbay", 1, kind="step_down")
        b = workflow.book_now(torbay, s, req)
        workflow.cancel_booking(torbay, s, b, actor="bs", at=NOW, reason="family moved out of area")
        assert b.state == "cancelled" and b.slot_key is None and b.sequence == 1
        assert req.state == "ready"
        rows = invitations(s)
        assert rows[-1].idempotency_key == f"cancel:{b.uid}:1"
        cal = check_imip(rows[-1].raw, "CANCEL")
        (ev,) = cal.walk("VEVENT")
        assert str(ev["UID"]) == b.uid and int(ev["SEQUENCE"]) == 1
        again = workflow.book_now(torbay, s, req)
        assert again.id != b.id and again.start == b.start


def test_clock_change_booking_has_the_right_utc_time(tmp_path):
    # booked on Thu 25 March 2027 for the next Tuesday triage: 30 March, after the clocks go forward
    app = build_app(tmp_path, torbay_pack(), datetime(2027, 3, 25, 9, 0, tzinfo=LONDON))
    with app.Session.begin() as s:
        b = workflow.book_now(app, s, make_request(s, "torbay", 1, kind="step_down"))
        assert b.start.astimezone(timezone.utc) == datetime(2027, 3, 30, 8, 30, tzinfo=timezone.utc)
        cal = check_imip(invitations(s)[0].raw, "REQUEST")
        (ev,) = cal.walk("VEVENT")
        # read DTSTART through the VTIMEZONE we sent (not the reader's own zone database)
        tz = cal.walk("VTIMEZONE")[0].to_tz()
        local = ev.decoded("DTSTART").replace(tzinfo=None)
        assert local.replace(tzinfo=tz).astimezone(timezone.utc) == datetime(2027, 3, 30, 8, 30, tzinfo=timezone.utc)
    app.close()
    (tmp_path / "oct").mkdir()
    app = build_app(tmp_path / "oct", torbay_pack(), datetime(2027, 10, 28, 9, 0, tzinfo=LONDON))
    with app.Session.begin() as s:
        b = workflow.book_now(app, s, make_request(s, "torbay", 1, kind="step_down"))
        assert b.start.date() == date(2027, 11, 2)
        assert b.start.astimezone(timezone.utc) == datetime(2027, 11, 2, 9, 30, tzinfo=timezone.utc)
        cal = check_imip(invitations(s)[0].raw, "REQUEST")
        tz = cal.walk("VTIMEZONE")[0].to_tz()
        local = cal.walk("VEVENT")[0].decoded("DTSTART").replace(tzinfo=None)
        assert local.replace(tzinfo=tz).astimezone(timezone.utc) == datetime(2027, 11, 2, 9, 30, tzinfo=timezone.utc)
    app.close()


def test_who_could_not_be_invited_is_recorded_and_shown_on_the_request_page(tmp_path):
    from fastapi.testclient import TestClient

    from bot.policy import Attendee
    from bot.web import create_app
    from tests.support.web_kit import make_user, sign_in

    extra = [Attendee(role="requester"), Attendee(role="lead_practitioner"), Attendee(role="family_hub_lead")]
    app = build_app(tmp_path, knowsley_pack(attendees=extra), NOW)
    try:
        with app.Session.begin() as s:
            req = make_request(s, "knowsley", 9)
            req.lead_practitioner = {"name": "Ms A Teacher", "agency": "school"}   # no email address
            b = workflow.book_now(app, s, req)
            (row,) = invitations(s)
            assert set(row.recipients) == {"sw@council.example", "claire.hesketh@partner.example"}
            booked = s.scalar(select(AuditEvent).where(AuditEvent.action == "booked"))
            assert [g["role"] for g in booked.detail["not_invited"]] == ["lead_practitioner", "family_hub_lead"]
            assert b is not None
        make_user(app, "kate")
        c = TestClient(create_app(app), base_url="https://testserver")   # secure cookies: the default
        sign_in(c, "kate")
        page = c.get("/requests/SB-knowsley-9").text
        assert 'id="not-invited"' in page and "send them the invitation by hand" in page
        assert "lead practitioner: the request gives no email address" in page
        assert "family hub lead: nobody holds this role in the people directory" in page
    finally:
        app.close()


def test_a_fully_invited_booking_shows_no_warning(knowsley):
    with knowsley.Session.begin() as s:
        workflow.book_now(knowsley, s, make_request(s, "knowsley", 4))
        booked = s.scalar(select(AuditEvent).where(AuditEvent.action == "booked"))
        assert "not_invited" not in booked.detail


def test_the_manager_the_sender_copied_in_is_invited_as_the_senders_team_manager(tmp_path):
    """R&W step-down: "the social worker's team manager attends"; the sender copies them in (our own
    mailboxes and the sender, also in Cc, are not invited again). Without a copy, the directory or
    the not-invited list."""
    from bot.policy import Attendee

    extra = [Attendee(role="requester"), Attendee(role="requester_manager")]
    app = build_app(tmp_path, knowsley_pack(attendees=extra), NOW)
    try:
        with app.Session.begin() as s:
            req = make_request(s, "knowsley", 11)
            req.copied = ["tm@partner.example", "claire.hesketh@partner.example",
                          app.mailbox_config("knowsley", "mash_step_up").address.upper()]
            workflow.book_now(app, s, req)
            (row,) = invitations(s)
            assert set(row.recipients) == {"sw@council.example", "claire.hesketh@partner.example",
                                           "tm@partner.example"}
            req2 = make_request(s, "knowsley", 12)
            workflow.book_now(app, s, req2)
            booked = s.scalars(select(AuditEvent).where(AuditEvent.action == "booked")).all()[-1]
            assert [g["role"] for g in booked.detail["not_invited"]] == ["requester_manager"]
    finally:
        app.close()


def test_a_teams_meetings_joining_link_is_kept_and_shown_on_the_request_page(knowsley):
    """A native calendar that made a Teams meeting hands back its joining link: the booking keeps
    it and the request page offers it (only an https link is ever shown)."""
    from fastapi.testclient import TestClient

    from bot.booking.native import Created, set_native
    from bot.web import create_app
    from tests.support.web_kit import make_user, sign_in

    class TeamsCalendar:
        name = "graph"

        def create(self, inv):
            return Created(id="AAMk-1", uid=None, join_url="https://teams.microsoft.com/l/meetup-join/19%3ameeting_x")

        def update(self, *a, **k):
            pass

        def cancel(self, *a, **k):
            pass

    set_native(knowsley, "knowsley", "mash_step_up", TeamsCalendar())
    with knowsley.Session.begin() as s:
        b = workflow.book_now(knowsley, s, make_request(s, "knowsley", 21))
        assert b.join_url.startswith("https://teams.microsoft.com/")
    make_user(knowsley, "kate")
    c = TestClient(create_app(knowsley), base_url="https://testserver")
    sign_in(c, "kate")
    assert "Join the Teams meeting" in c.get("/requests/SB-knowsley-21").text
    with knowsley.Session.begin() as s:
        s.get(type(b), b.id).join_url = "javascript:alert(1)"
    assert "Join the Teams meeting" not in c.get("/requests/SB-knowsley-21").text
