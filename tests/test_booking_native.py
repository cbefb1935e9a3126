"""Native meetings in a Microsoft 365 duty mailbox's calendar, tested against recorded Graph
responses (tests/data/ical/graph_*.json): no Graph server can be reached here."""
from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from bot import booking, workflow
from bot.booking.native import GraphCalendar, set_native
from bot.mailbox.graph import GraphClient
from bot.mailbox.base import MailboxError
from bot.models import Booking, OutboxMessage, Request
from bot.workcal import LONDON
from tests.test_booking_support import build_app, make_request, torbay_pack

DATA = Path(__file__).parent / "data" / "ical"
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=LONDON)
GRAPH_BACKEND = {"type": "graph", "user": "earlyhelp@council.example",
                 "oauth2": {"tenant_id": "t", "client_id": "c", "client_secret": {"env": "STEPBOT_TEST_UNUSED"}}}


class StaticToken:
    def token(self) -> str:
        return "recorded-token"


class RecordedGraph:
    """Serves recorded Graph responses and keeps every request for the assertions."""

    def __init__(self):
        self.calls: list[tuple[str, str, dict | None]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content) if request.content else None
        path = request.url.path.removeprefix("/v1.0")
        self.calls.append((request.method, path, body))
        assert request.headers["Authorization"] == "Bearer recorded-token"
        if request.method == "POST" and path.endswith("/calendar/getSchedule"):
            return httpx.Response(200, json=json.loads((DATA / "graph_get_schedule.json").read_text()))
        if request.method == "POST" and path.endswith("/events"):
            return httpx.Response(201, json=json.loads((DATA / "graph_event_created.json").read_text()))
        if request.method == "PATCH":
            return httpx.Response(200, json=json.loads((DATA / "graph_event_created.json").read_text()))
        if request.method == "POST" and path.endswith("/cancel"):
            return httpx.Response(202)
        return httpx.Response(404, json={"error": {"code": "ErrorItemNotFound"}})


@pytest.fixture
def graph_app(tmp_path):
    app = build_app(tmp_path, torbay_pack(), NOW, backend=GRAPH_BACKEND)
    recorded = RecordedGraph()
    client = GraphClient(None, "https://graph.microsoft.com/v1.0", "earlyhelp@council.example",
                         http=httpx.Client(transport=httpx.MockTransport(recorded)), token_provider=StaticToken(),
                         sleep=lambda s: None)
    set_native(app, "torbay", "early_help_duty", GraphCalendar(client, "earlyhelp@council.example"))
    yield app, recorded
    app.close()


def test_graph_recorded_book_creates_the_event_in_the_mailbox_calendar(graph_app):
    app, recorded = graph_app
    with app.Session.begin() as s:
        req = make_request(s, "torbay", 1, kind="step_down")
        b = workflow.book_now(app, s, req)
        # getSchedule: the chair is busy 09:00-10:00 UTC, so the 09:30 triage slot is skipped;
        # "tentative" at 10:00 does not block
        assert b.start == datetime(2026, 11, 24, 10, 0, tzinfo=LONDON)
        asks = [body for method, path, body in recorded.calls if path.endswith("/calendar/getSchedule")]
        assert recorded.calls[:len(asks)] == [("POST", "/users/earlyhelp@council.example/calendar/getSchedule", a)
                                             for a in asks]
        assert all(set(a["schedules"]) == {"chair@council.example", "claire.hesketh@partner.example"} for a in asks)
        # Graph answers getSchedule for "less than 42 days": the slot horizon is asked in windows, no gaps
        windows = [(datetime.fromisoformat(a["startTime"]["dateTime"]), datetime.fromisoformat(a["endTime"]["dateTime"]))
                   for a in asks]
        assert len(windows) >= 2 and all(e - st < timedelta(days=42) for st, e in windows)
        assert all(a_end == b_start for (_, a_end), (b_start, _) in zip(windows, windows[1:]))
        method, path, event = recorded.calls[len(asks)]
        assert (method, path) == ("POST", "/users/earlyhelp@council.example/events")
        assert event["start"] == {"dateTime": "2026-11-24T10:00:00", "timeZone": "Europe/London"}
        assert event["end"] == {"dateTime": "2026-11-24T10:30:00", "timeZone": "Europe/London"}
        assert event["transactionId"].startswith("SB-torbay-1-triage-")
        assert event["subject"] == "Early Help triage [SB-torbay-1]" and event["sensitivity"] == "private"
        assert {a["emailAddress"]["address"]: a["type"] for a in event["attendees"]} == {
            "chair@council.example": "required", "claire.hesketh@partner.example": "required",
            "afc@council.example": "optional"}
        assert "Paula" not in json.dumps(event) and "P.W." in event["body"]["content"]
        assert b.external_id == "AAMkAGI2TG93AAA="
        assert b.uid.startswith("040000008200E000")  # the UID attendees' replies will carry
        # Exchange sends the invitations: no hand-built iMIP in the outbox
        assert list(s.scalars(select(OutboxMessage).where(OutboxMessage.purpose == "invitation"))) == []
        assert req.state == "booked"


def test_graph_recorded_move_patches_and_cancel_cancels(graph_app):
    app, recorded = graph_app
    with app.Session.begin() as s:
        b = workflow.book_now(app, s, make_request(s, "torbay", 1, kind="step_down"))
        booking.move_booking(app, s, b, datetime(2026, 12, 1, 9, 30, tzinfo=LONDON), actor="bs", at=NOW)
        method, path, body = recorded.calls[-1]
        assert (method, path) == ("PATCH", "/users/earlyhelp@council.example/events/AAMkAGI2TG93AAA=")
        assert body["start"] == {"dateTime": "2026-12-01T09:30:00", "timeZone": "Europe/London"}
        workflow.cancel_booking(app, s, b, actor="bs", at=NOW, reason="withdrawn")
        method, path, body = recorded.calls[-1]
        assert (method, path) == ("POST", "/users/earlyhelp@council.example/events/AAMkAGI2TG93AAA=/cancel")
        assert body == {"comment": "withdrawn"}
        assert b.slot_key is None and b.sequence == 2


def test_graph_recorded_failure_rolls_the_booking_back(tmp_path):
    app = build_app(tmp_path, torbay_pack(), NOW, backend=GRAPH_BACKEND)

    def refuse(request):
        if request.url.path.endswith("/getSchedule"):
            return httpx.Response(200, json={"value": []})
        return httpx.Response(403, json={"error": {"code": "ErrorAccessDenied"}})

    client = GraphClient(None, "https://graph.microsoft.com/v1.0", "earlyhelp@council.example",
                         http=httpx.Client(transport=httpx.MockTransport(refuse)), token_provider=StaticToken(),
                         sleep=lambda s: None)
    set_native(app, "torbay", "early_help_duty", GraphCalendar(client, "earlyhelp@council.example"))
    with app.Session.begin() as s:
        rid = make_request(s, "torbay", 1, kind="step_down").id
    with pytest.raises(MailboxError):
        with app.Session.begin() as s:
            workflow.book_now(app, s, s.get(Request, rid))

    with app.Session() as s:
        assert s.scalars(select(Booking)).all() == []   # a system error: nothing half-done, retried later
        assert s.get(Request, rid).state == "ready"
    app.close()
