"""Meetings in a Microsoft 365 calendar (issue 19), against responses shaped like Microsoft's
documented examples (tests/data/recorded/graph_ms_docs/: Create event, Get calendar, Create or set
an event as an online meeting, calendar: getSchedule, Microsoft Graph error responses).

- No duplicate meeting across a retry: every attempt to create a booking's meeting sends the same
  ``transactionId`` (reference, panel, slot), also after the first attempt was rolled back.
- Teams: a panel that meets on Teams gets a Teams meeting when the calendar offers Teams; the
  joining link is read back, and kept in the text of every later update; without Teams the
  meeting gets the configured fallback place and the administrator is told once.
- A 403 from the calendar is one plain alert and email invitations from then on, not a retry
  every 5 minutes."""
from __future__ import annotations

import json
from datetime import datetime

import pytest
from sqlalchemy import func, select

from bot import booking, workflow
from bot.booking import native
from bot.booking import ical
from bot.booking.native import GraphCalendar, set_native, transaction_id
from bot.config import TeamsMeetings
from bot.mailbox.graph import GraphMailbox
from bot.models import AuditEvent, Booking, OutboxMessage, Request
from bot.workcal import LONDON
from tests.test_booking_support import build_app, knowsley_pack, make_request, torbay_pack
from tests.test_graph_ms_docs_support import Routes, client, doc

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=LONDON)
ADMIN = "it.service.desk@council.example"
JOIN = doc("event_created_teams.json")["onlineMeeting"]["joinUrl"]


def graph_backend(user: str) -> dict:
    return {"type": "graph", "user": user,
            "oauth2": {"tenant_id": "t", "client_id": "c", "client_secret": {"env": "STEPBOT_TEST_UNUSED"}}}


def with_admin(app):
    app.settings.deployment = app.settings.deployment.model_copy(update={"admin_email": ADMIN})
    return app


def graph_mailbox(app, monkeypatch, authority: str, role: str, routes: Routes) -> GraphMailbox:
    """The mailbox's backend is a GraphMailbox on the recorded answers; the booking code finds its
    calendar through it (``native.for_mailbox``), as in production."""
    cfg = app.mailbox_config(authority, role).backend
    mb = GraphMailbox(app, authority, role, cfg, client=client(routes, cfg.user))
    monkeypatch.setattr("bot.mailbox.factory.make_backend", lambda app_, a, r: mb)
    return mb


def count(app, model, *where) -> int:
    with app.Session() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where))


def invitations(app) -> list[OutboxMessage]:
    with app.Session() as s:
        return list(s.scalars(select(OutboxMessage).where(OutboxMessage.purpose == "invitation")))


def text_of(row: OutboxMessage) -> str:
    from email import message_from_bytes, policy

    return message_from_bytes(row.raw, policy=policy.default).get_content()


def alerts(app) -> list[OutboxMessage]:
    with app.Session() as s:
        rows = s.scalars(select(OutboxMessage).where(OutboxMessage.purpose == "alert"))
        return [m for m in rows if ADMIN in m.recipients]


# -- no duplicate meeting across a retry ---------------------------------------------------------

def test_recorded_ms_docs_a_retry_after_a_rollback_sends_the_same_transaction_id(tmp_path):
    app = build_app(tmp_path, torbay_pack(), NOW, backend=graph_backend("earlyhelp@council.example"))
    routes = Routes({
        ("POST", "/calendar/getSchedule"): [(200, "get_schedule_free.json")],
        # the first attempt: no answer in time (twice); the second, 5 minutes later: created
        ("POST", "/users/earlyhelp@council.example/events"): [(504, None), (504, None), (201, "event_created.json")],
    })
    set_native(app, "torbay", "early_help_duty",
               GraphCalendar(client(routes, "earlyhelp@council.example", max_retries=1), "earlyhelp@council.example"))
    with app.Session.begin() as s:
        rid = make_request(s, "torbay", 1, kind="step_down").id
    with app.Session.begin() as s:
        assert workflow.book(app, s, s.get(Request, rid), at=NOW) is None      # rolled back, retried later
    assert count(app, Booking) == 0 and count(app, AuditEvent, AuditEvent.action == "booking_error") == 1
    assert workflow.book_ready(app) == 1                                      # the scheduler's retry
    ids = [b["transactionId"] for b in routes.bodies("POST", "/events")]
    assert len(ids) == 3 and len(set(ids)) == 1                              # one meeting, found again
    assert ids[0] == "SB-torbay-1-triage-20261124T0930Z"
    with app.Session() as s:
        (b,) = s.scalars(select(Booking)).all()
        assert b.external_id == doc("event_created.json")["id"]
    app.close()


def _invitation(uid: str, start: datetime, location: str = "Paignton Family Hub") -> ical.Invitation:
    return ical.Invitation(uid=uid, sequence=0, start=start, end=start, summary="Early Help triage [TOR-0001-7QK]",
                           description=f"Early Help triage\n\nWhere: {location}\n", location=location,
                           organizer=ical.Party(email="earlyhelp@council.example"), attendees=(), dtstamp=NOW)


def test_graph_transaction_id_is_the_bookings_identity_not_its_uid():
    at = datetime(2026, 11, 24, 9, 30, tzinfo=LONDON)
    one = _invitation("TOR-0001-7QK-triage-0123456789ab@stepbot.council.example", at)
    again = _invitation("TOR-0001-7QK-triage-ba9876543210@stepbot.council.example", at)   # a new attempt
    later = _invitation("TOR-0001-7QK-triage-0123456789ab@stepbot.council.example", at.replace(hour=10))
    other_panel = _invitation("TOR-0001-7QK-under5_triage-0123456789ab@stepbot.council.example", at)
    assert transaction_id(one) == transaction_id(again) == "TOR-0001-7QK-triage-20261124T0930Z"
    assert len({transaction_id(one), transaction_id(later), transaction_id(other_panel)}) == 3


# -- Teams ---------------------------------------------------------------------------------------

def teams_app(tmp_path):
    return build_app(tmp_path, knowsley_pack(), NOW, backend=graph_backend("MASH@council.example"))


def test_recorded_ms_docs_a_teams_panel_gets_a_teams_meeting_and_its_joining_link(tmp_path):
    app = teams_app(tmp_path)
    routes = Routes({
        ("POST", "/calendar/getSchedule"): [(200, "get_schedule_free.json")],
        ("GET", "/users/MASH@council.example/calendar?"): [(200, "calendar_with_teams.json")],
        ("POST", "/users/MASH@council.example/events"): [(201, "event_created_teams.json")],
        ("GET", "/users/MASH@council.example/events/"): [(200, "event_online_meeting.json")],
        ("PATCH", "/users/MASH@council.example/events/"): [(200, "event_created_teams.json")],
    })
    cal = GraphCalendar(client(routes, "MASH@council.example"), "MASH@council.example", teams=TeamsMeetings())
    set_native(app, "knowsley", "mash_step_up", cal)
    with app.Session.begin() as s:
        b = workflow.book_now(app, s, make_request(s, "knowsley", 1))
        (event,) = routes.bodies("POST", "/events")
        assert event["isOnlineMeeting"] is True and event["onlineMeetingProvider"] == "teamsForBusiness"
        assert event["location"] == {"displayName": "Microsoft Teams"}
        # A move: our text replaces the body Exchange wrote the joining block into, so the link
        # is read back and kept in the updated invitation.
        booking.move_booking(app, s, b, datetime(2026, 12, 3, 10, 0, tzinfo=LONDON), actor="bs", at=NOW)
        (moved,) = routes.bodies("PATCH", "/events/")
        assert moved["body"]["content"].endswith(f"Join the meeting in Microsoft Teams: {JOIN}")
        assert "isOnlineMeeting" not in moved                   # cannot be turned off once on
    app.close()


def test_recorded_ms_docs_create_reads_back_the_joining_link():
    routes = Routes({
        ("GET", "/calendar?"): [(200, "calendar_with_teams.json")],
        ("POST", "/events"): [(201, "event_created_teams.json")],
    })
    cal = GraphCalendar(client(routes, "MASH@council.example"), "MASH@council.example", teams=TeamsMeetings())
    created = cal.create(_invitation("KNO-0001-7QK-taf-0123456789ab@stepbot.council.example",
                                     datetime(2026, 12, 2, 10, 0, tzinfo=LONDON), location="Microsoft Teams"))
    assert created.join_url == JOIN and created.id == doc("event_created_teams.json")["id"]


def test_recorded_ms_docs_a_teams_meeting_that_comes_back_without_a_link_is_told():
    """Graph may make the event but not the Teams meeting (it then answers isOnlineMeeting false):
    the link is asked for once more, and without one the administrator is told."""
    told = []
    routes = Routes({
        ("GET", "/calendar?"): [(200, "calendar_with_teams.json")],
        ("POST", "/events"): [(201, "event_created.json")],
        ("GET", "/events/"): [(200, "event_created.json")],
    })
    cal = GraphCalendar(client(routes, "MASH@council.example"), "MASH@council.example", teams=TeamsMeetings(),
                        notify=lambda problem, **detail: told.append(problem))
    created = cal.create(_invitation("KNO-0001-7QK-taf-0123456789ab@stepbot.council.example",
                                     datetime(2026, 12, 2, 10, 0, tzinfo=LONDON), location="Microsoft Teams"))
    assert created.join_url is None and told == ["no_link"]
    assert len(routes.made("GET", "/events/")) == 1


@pytest.mark.parametrize("problem", ["refused", "no_teams", "no_link"])
def test_graph_every_calendar_alert_reads_in_plain_words(problem):
    """Rendered through the suite's plain-words check (no ids, file names or ISO timestamps)."""
    from bot.mail import render

    subject, text = render("calendar_alert", problem=problem, authority="Torbay", mailbox="early_help_duty",
                           address="earlyhelp@torbay.gov.uk", calendar="earlyhelp@torbay.gov.uk",
                           what="create meetings", fallback=TeamsMeetings().fallback_location)
    assert subject.startswith("stepbot: ") and "early_help_duty" not in text and "Early Help duty" in text


def test_recorded_ms_docs_without_teams_the_fallback_place_and_one_alert(tmp_path, monkeypatch):
    app = with_admin(teams_app(tmp_path))
    routes = Routes({
        ("GET", "/users/MASH@council.example/calendar?"): [(200, "calendar_without_teams.json")],
        ("POST", "/calendar/getSchedule"): [(200, "get_schedule_free.json")],
        ("POST", "/users/MASH@council.example/events"): [(201, "event_created.json")],
    })
    mb = graph_mailbox(app, monkeypatch, "knowsley", "mash_step_up", routes)
    place = TeamsMeetings().fallback_location
    with app.Session.begin() as s:
        workflow.book_now(app, s, make_request(s, "knowsley", 1))
    # another Teams meeting later: the same fallback, no second alert
    native.for_mailbox(app, "knowsley", "mash_step_up").create(
        _invitation("KNO-0002-7QK-taf-0123456789ab@stepbot.council.example",
                    datetime(2026, 12, 9, 10, 0, tzinfo=LONDON), location="Microsoft Teams"))
    events = routes.bodies("POST", "/events")
    assert len(events) == 2
    for event in events:
        assert "isOnlineMeeting" not in event
        assert event["location"] == {"displayName": place}
        lines = event["body"]["content"].splitlines()
        assert f"Where: {place}" in lines and "Where: Microsoft Teams" not in lines
    assert len(routes.made("GET", "/calendar?")) == 1        # asked once
    assert mb.tell_admin() == 1 and mb.tell_admin() == 0
    (alert,) = alerts(app)
    assert alert.subject == "stepbot: Teams meetings cannot be set up from MASH@council.example"
    assert " ".join(place.split()) in " ".join(text_of(alert).split())
    app.close()


# -- a 403 from the calendar ---------------------------------------------------------------------

def test_recorded_ms_docs_calendar_403_is_one_alert_and_email_invitations(tmp_path, monkeypatch):
    app = with_admin(build_app(tmp_path, torbay_pack(), NOW, backend=graph_backend("earlyhelp@council.example")))
    routes = Routes({("GET", "/users/earlyhelp@council.example/calendar?"): [(403, "error_access_denied.json")],
                     ("GET", "/mailFolders/inbox/messages/delta"): [(200, "delta_nothing_new.json")]})
    mb = graph_mailbox(app, monkeypatch, "torbay", "early_help_duty", routes)
    with app.Session.begin() as s:
        first = workflow.book_now(app, s, make_request(s, "torbay", 1, kind="step_down"))
        second = workflow.book_now(app, s, make_request(s, "torbay", 2, kind="step_down"))
        assert first is not None and second is not None and first.external_id is None
    assert len(routes.made("GET", "/calendar?")) == 1        # one look at the calendar, then email
    assert routes.made("POST", "/events") == [] and routes.made("POST", "/getSchedule") == []
    sent = invitations(app)
    assert len(sent) == 2 and all(b"METHOD:REQUEST" in m.raw for m in sent)
    assert alerts(app) == []                                  # told by the mailbox's pass, not mid-booking
    assert list(mb.fetch_new()) == [] and list(mb.fetch_new()) == []   # two passes
    (alert,) = alerts(app)
    assert alert.subject == "stepbot: meetings for Torbay now go out as email invitations"
    text = " ".join(text_of(alert).split())
    assert "Calendars.ReadWrite" in text and "RBAC for Applications" in text and "email" in text
    app.close()


def test_recorded_ms_docs_a_403_on_create_is_not_retried_every_five_minutes(tmp_path, monkeypatch):
    """The calendar can be read but not written (Calendars.Read only): the first booking fails
    once, and the scheduler's next try books it with email invitations, asking Graph nothing more."""
    app = with_admin(build_app(tmp_path, torbay_pack(), NOW, backend=graph_backend("earlyhelp@council.example")))
    routes = Routes({
        ("GET", "/users/earlyhelp@council.example/calendar?"): [(200, "calendar_with_teams.json")],
        ("POST", "/calendar/getSchedule"): [(200, "get_schedule_free.json")],
        ("POST", "/users/earlyhelp@council.example/events"): [(403, "error_access_denied.json")],
    })
    mb = graph_mailbox(app, monkeypatch, "torbay", "early_help_duty", routes)
    with app.Session.begin() as s:
        rid = make_request(s, "torbay", 1, kind="step_down").id
    with app.Session.begin() as s:
        assert workflow.book(app, s, s.get(Request, rid), at=NOW) is None
    asked = len(routes.requests)
    assert workflow.book_ready(app) == 1 and workflow.book_ready(app) == 0
    assert len(routes.requests) == asked                      # nothing more asked of the calendar
    assert len(routes.made("POST", "/events")) == 1
    assert len(invitations(app)) == 1
    assert mb.tell_admin() == 1
    assert json.loads(routes.made("POST", "/events")[0].content)["transactionId"].startswith("SB-torbay-1-triage-")
    app.close()


def test_graph_a_calendar_that_cannot_be_reached_is_asked_again_later(tmp_path, monkeypatch):
    """A failure other than 403 while first looking at the calendar is not a refusal."""
    app = with_admin(build_app(tmp_path, torbay_pack(), NOW, backend=graph_backend("earlyhelp@council.example")))
    routes = Routes({
        ("GET", "/users/earlyhelp@council.example/calendar?"): [(503, "error_service_unavailable.json")],
        ("POST", "/calendar/getSchedule"): [(200, "get_schedule_free.json")],
        ("POST", "/users/earlyhelp@council.example/events"): [(201, "event_created.json")],
    })
    mb = graph_mailbox(app, monkeypatch, "torbay", "early_help_duty", routes)
    with app.Session.begin() as s:
        b = workflow.book_now(app, s, make_request(s, "torbay", 1, kind="step_down"))
        assert b.external_id == doc("event_created.json")["id"]
    assert invitations(app) == [] and mb.tell_admin() == 0
    app.close()


@pytest.mark.parametrize("place,teams", [("Microsoft Teams", True), ("MS Teams", True), (" microsoft  teams ", True),
                                         ("Paignton Family Hub", False), ("Teams room 2, Civic Centre", False)])
def test_graph_which_places_mean_a_teams_meeting(place, teams):
    from bot.booking.native import wants_teams

    assert wants_teams(place) is teams
