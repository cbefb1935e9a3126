"""Native meetings in an Exchange Server (EWS) duty mailbox's calendar, tested against recorded
SOAP responses (tests/data/recorded/ews_calendar/), served from 127.0.0.1 to exchangelib as
Exchange 2016 would answer. No Exchange server can be reached here.

Each test parses the SOAP requests stepbot sent (element names, attributes, values), not only
what came back: that is what Exchange acts on when it sends the invitations."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select

from bot import booking, workflow
from bot.booking.native import FREE_BUSY_MAX_DAYS, ExchangeCalendar, set_native
from bot.config import EwsBackend
from bot.mailbox.base import MailboxError
from bot.mailbox.ews import build_account
from bot.models import AuditEvent, Booking, OutboxMessage, Request
from bot.workcal import LONDON
from tests.test_booking_support import build_app, make_request, torbay_pack
from tests.support.recorded_http import RecordedHttpServer

DATA = Path(__file__).parent / "data" / "recorded" / "ews_calendar"
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=LONDON)
ITEM_ID = ("AAMkADk0N2M2ZjYxLTA0ZjUtNGQ0Zi04Y2IwLWQ4ZTdiMjI5MGM4ZgBGAAAAAAC7XHnCZy4lSq9RvvFqpKdkBwDqMP6BHp7Z"
           "SYMrjTbRCmEXAAAAAAENAADqMP6BHp7ZSYMrjTbRCmEXAAAvjpX2AAA=")
CHANGE_KEY = "DwAAABYAAADqMP6BHp7ZSYMrjTbRCmEXAAAvjrF1"   # the ChangeKey GetItem.xml returns
DUTY = "earlyhelp@council.example"
EWS_BACKEND = {"type": "ews", "server": "exchange.torbay.example.gov.uk", "primary_smtp_address": DUTY,
               "username": "TORBAY\\svc-stepbot", "password": {"env": "EWS_PASSWORD"}}
NS = {"s": "http://schemas.xmlsoap.org/soap/envelope/",
      "m": "http://schemas.microsoft.com/exchange/services/2006/messages",
      "t": "http://schemas.microsoft.com/exchange/services/2006/types"}


def q(tag: str) -> str:
    """'t:Start' -> '{types-namespace}Start' (for attribute-free lookups)."""
    prefix, name = tag.split(":")
    return f"{{{NS[prefix]}}}{name}"


class RecordedExchange:
    """Answers each SOAP operation with its recorded response. ``script[key]`` lists (status, file)
    answers to give first, in order; the key is the operation, or ``CreateItem:CalendarItem`` /
    ``CreateItem:CancelCalendarItem`` for the two kinds of CreateItem. ``calls`` keeps
    (operation, parsed request body) for the assertions."""

    def __init__(self):
        self.script: dict[str, list[tuple[int, str]]] = {}
        self.calls: list[tuple[str, ET.Element]] = []
        self.http = RecordedHttpServer(DATA, self.answer)

    def answer(self, raw: bytes) -> tuple[int, str]:
        body = ET.fromstring(raw).find("s:Body", NS)[0]
        op = body.tag.split("}")[1]
        self.calls.append((op, body))
        key = op
        if op == "CreateItem":
            key = f"CreateItem:{body.find('m:Items', NS)[0].tag.split('}')[1]}"
        if self.script.get(key):
            return self.script[key].pop(0)
        if op == "GetFolder":
            return 200, f"GetFolder_{body.find('.//t:DistinguishedFolderId', NS).get('Id')}.xml"
        if op == "GetUserAvailabilityRequest":
            window = body.find("t:FreeBusyViewOptions/t:TimeWindow", NS)
            start, end = (datetime.fromisoformat(window.find(f"t:{x}", NS).text) for x in ("StartTime", "EndTime"))
            if end - start > timedelta(days=42):   # Exchange's default availability limit
                return 500, "GetUserAvailability_too_big.xml"
            return 200, "GetUserAvailability_free.xml"
        return 200, {"CreateItem:CalendarItem": "CreateItem_calendar.xml",
                     "CreateItem:CancelCalendarItem": "CreateItem_cancel.xml"}.get(key, f"{op}.xml")

    def sent(self, *ops: str) -> list[ET.Element]:
        return [body for op, body in self.calls if op in ops]

    def ops(self) -> list[str]:
        return [op for op, _ in self.calls]

    @property
    def endpoint(self) -> str:
        return self.http.url("/EWS/Exchange.asmx")


@pytest.fixture
def exchange(monkeypatch):
    monkeypatch.setenv("EWS_PASSWORD", "recorded")
    server = RecordedExchange()
    server.http.start()
    yield server
    server.http.stop()


def exchange_calendar(exchange) -> ExchangeCalendar:
    from exchangelib import BASIC, Version
    from exchangelib.version import EXCHANGE_2016

    cfg = EwsBackend.model_validate(EWS_BACKEND)
    return ExchangeCalendar(build_account(cfg, service_endpoint=exchange.endpoint,
                                          version=Version(build=EXCHANGE_2016), auth_type=BASIC))


@pytest.fixture
def ews_app(tmp_path, exchange):
    app = build_app(tmp_path, torbay_pack(), NOW, backend=EWS_BACKEND)
    set_native(app, "torbay", "early_help_duty", exchange_calendar(exchange))
    yield app
    app.close()


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(timezone.utc)


def people(parent: ET.Element | None) -> dict[str, str]:
    """{email: name} of the attendees listed under RequiredAttendees / OptionalAttendees."""
    if parent is None:
        return {}
    return {a.find("t:Mailbox/t:EmailAddress", NS).text: getattr(a.find("t:Mailbox/t:Name", NS), "text", "")
            for a in parent.findall("t:Attendee", NS)}


def set_fields(update: ET.Element) -> dict[str, ET.Element]:
    """{FieldURI: the new value element} of an UpdateItem's SetItemField changes."""
    out = {}
    for change in update.findall(".//t:SetItemField", NS):
        uri = change.find("t:FieldURI", NS).get("FieldURI")
        out[uri] = change.find("t:CalendarItem", NS)[0]
    return out


def book_busy_first(app, exchange, s):
    """Book request 1 with the chair busy 09:00-10:00 on Tuesday 24 November (recorded)."""
    exchange.script["GetUserAvailabilityRequest"] = [(200, "GetUserAvailability_chair_busy.xml")]
    req = make_request(s, "torbay", 1, kind="step_down")
    return req, workflow.book_now(app, s, req)


# -- create --------------------------------------------------------------------------------------

def test_ews_recorded_book_creates_the_meeting_in_the_duty_calendar(ews_app, exchange):
    with ews_app.Session.begin() as s:
        req, b = book_busy_first(ews_app, exchange, s)

        # free/busy first: GetUserAvailability for the required attendees only, in London time
        avail = exchange.sent("GetUserAvailabilityRequest")[0]
        asked = [m.find("t:Email/t:Address", NS).text for m in avail.findall("m:MailboxDataArray/t:MailboxData", NS)]
        assert asked == ["chair@council.example", "claire.hesketh@partner.example"]
        assert {m.find("t:AttendeeType", NS).text for m in avail.findall(".//t:MailboxData", NS)} == {"Required"}
        assert avail.find("t:TimeZone/t:DaylightTime/t:Month", NS).text == "3"   # GMT/BST rules sent
        assert avail.find("t:FreeBusyViewOptions/t:RequestedView", NS).text == "DetailedMerged"
        # the chair is busy 09:00-10:00, so the 09:30 slot is skipped; "Tentative" at 10:00 does not block;
        # the partner's address is outside the organisation (ErrorMailRecipientNotFound): no free/busy, no block
        assert b.start == datetime(2026, 11, 24, 10, 0, tzinfo=LONDON)

        create = exchange.sent("CreateItem")[0]
        assert create.get("SendMeetingInvitations") == "SendToAllAndSaveCopy"
        assert create.get("MessageDisposition") == "SaveOnly"
        folder = create.find("m:SavedItemFolderId/t:DistinguishedFolderId", NS)
        assert folder.get("Id") == "calendar"
        assert folder.find("t:Mailbox/t:EmailAddress", NS).text == DUTY
        items = create.find("m:Items", NS)
        assert [i.tag for i in items] == [q("t:CalendarItem")]
        item = items[0]
        assert item.find("t:UID", NS).text == b.uid
        assert b.uid.startswith("SB-torbay-1-triage-") and b.uid.endswith("@stepbot.council.example")
        assert item.find("t:Subject", NS).text == "Early Help triage [SB-torbay-1]"
        assert item.find("t:Sensitivity", NS).text == "Private"
        assert item.find("t:LegacyFreeBusyStatus", NS).text == "Busy"
        assert item.find("t:IsResponseRequested", NS).text in ("1", "true")
        assert item.find("t:Location", NS).text == "Paignton Family Hub"
        assert utc(item.find("t:Start", NS).text) == datetime(2026, 11, 24, 10, 0, tzinfo=timezone.utc)
        assert utc(item.find("t:End", NS).text) == datetime(2026, 11, 24, 10, 30, tzinfo=timezone.utc)
        assert item.find("t:StartTimeZone", NS).get("Id") == "GMT Standard Time"
        assert people(item.find("t:RequiredAttendees", NS)) == {
            "chair@council.example": "Triage Chair", "claire.hesketh@partner.example": "Claire Hesketh"}
        assert people(item.find("t:OptionalAttendees", NS)) == {"afc@council.example": "AFC Worker"}
        assert DUTY not in people(item.find("t:RequiredAttendees", NS))   # the organiser is not invited
        body = item.find("t:Body", NS)
        assert body.get("BodyType") == "Text"
        assert "Family: P.W." in body.text and "SB-torbay-1" in body.text
        assert "Paula" not in ET.tostring(create, encoding="unicode")  # initials only, anywhere in the request

        assert b.external_id == ITEM_ID                 # the EWS ItemId, for moving and cancelling
        assert req.state == "booked"
        # Exchange sends the invitations: no hand-built iMIP in the outbox
        assert list(s.scalars(select(OutboxMessage).where(OutboxMessage.purpose == "invitation"))) == []
        native = s.scalars(select(AuditEvent).where(AuditEvent.action == "native_event")).one()
        assert native.detail["backend"] == "ews" and native.detail["method"] == "REQUEST"
    assert exchange.ops()[-1] == "CreateItem"


def test_ews_recorded_free_busy_is_asked_in_windows_exchange_accepts(ews_app, exchange):
    """Exchange refuses GetUserAvailability over more than 42 days; the slot horizon is longer, so
    the lookup is split, and every window the slot finder needs is covered."""
    with ews_app.Session.begin() as s:
        req, b = book_busy_first(ews_app, exchange, s)
        assert b.start == datetime(2026, 11, 24, 10, 0, tzinfo=LONDON)   # the busy reply was used
    windows = []
    for avail in exchange.sent("GetUserAvailabilityRequest"):
        w = avail.find("t:FreeBusyViewOptions/t:TimeWindow", NS)
        windows.append(tuple(utc(w.find(f"t:{x}", NS).text) for x in ("StartTime", "EndTime")))
    assert len(windows) >= 2
    assert all(end - start <= timedelta(days=FREE_BUSY_MAX_DAYS) for start, end in windows)
    assert all(a_end == b_start for (_, a_end), (b_start, _) in zip(windows, windows[1:]))   # no gaps
    assert windows[0][0] == datetime(2026, 11, 24, 9, 30, tzinfo=timezone.utc)   # the first slot


def test_ews_recorded_free_busy_failure_books_without_it(ews_app, exchange):
    """Free/busy is advice: when Exchange cannot give it, the meeting is still booked."""
    exchange.script["GetUserAvailabilityRequest"] = [(500, "ServerBusy.xml")]
    with ews_app.Session.begin() as s:
        b = workflow.book_now(ews_app, s, make_request(s, "torbay", 1, kind="step_down"))
        assert b.start == datetime(2026, 11, 24, 9, 30, tzinfo=LONDON)
        assert b.external_id == ITEM_ID
    assert exchange.ops()[-1] == "CreateItem"


# -- move and cancel -----------------------------------------------------------------------------

def test_ews_recorded_move_updates_start_and_end_and_sends_to_all(ews_app, exchange):
    with ews_app.Session.begin() as s:
        _, b = book_busy_first(ews_app, exchange, s)
        uid = b.uid
        # a Tuesday in British Summer Time: 09:30 London is 08:30 UTC
        booking.move_booking(ews_app, s, b, datetime(2027, 4, 6, 9, 30, tzinfo=LONDON), actor="bs", at=NOW)

        get = exchange.sent("GetItem")[-1]
        assert get.find("m:ItemIds/t:ItemId", NS).get("Id") == ITEM_ID
        update = exchange.sent("UpdateItem")[-1]
        assert update.get("SendMeetingInvitationsOrCancellations") == "SendToAllAndSaveCopy"
        assert update.get("ConflictResolution") == "AutoResolve"
        change = update.find("m:ItemChanges/t:ItemChange", NS)
        assert change.find("t:ItemId", NS).get("Id") == ITEM_ID
        assert change.find("t:ItemId", NS).get("ChangeKey") == CHANGE_KEY   # the version GetItem returned
        fields = set_fields(update)
        assert utc(fields["calendar:Start"].text) == datetime(2027, 4, 6, 8, 30, tzinfo=timezone.utc)
        assert utc(fields["calendar:End"].text) == datetime(2027, 4, 6, 9, 0, tzinfo=timezone.utc)
        assert fields["calendar:Location"].text == "Paignton Family Hub"
        assert "This meeting has moved" in fields["item:Body"].text and "P.W." in fields["item:Body"].text
        # same meeting: no new item, UID and attendees untouched, nothing deleted
        assert "calendar:UID" not in fields and "calendar:RequiredAttendees" not in fields
        assert exchange.ops().count("CreateItem") == 1 and "DeleteItem" not in exchange.ops()
        assert (b.uid, b.external_id, b.sequence) == (uid, ITEM_ID, 1)
        assert b.start == datetime(2027, 4, 6, 9, 30, tzinfo=LONDON)


def test_ews_recorded_cancel_sends_the_cancellation_from_the_organiser(ews_app, exchange):
    with ews_app.Session.begin() as s:
        req, b = book_busy_first(ews_app, exchange, s)
        workflow.cancel_booking(ews_app, s, b, actor="bs", at=NOW, reason="withdrawn by the partner")

        assert exchange.sent("GetItem")[-1].find("m:ItemIds/t:ItemId", NS).get("Id") == ITEM_ID
        create = exchange.sent("CreateItem")[-1]
        assert create.get("MessageDisposition") == "SendAndSaveCopy"   # sent to every attendee
        assert create.find("m:SavedItemFolderId/t:DistinguishedFolderId", NS).get("Id") == "sentitems"
        cancel = create.find("m:Items/t:CancelCalendarItem", NS)
        ref = cancel.find("t:ReferenceItemId", NS)
        assert (ref.get("Id"), ref.get("ChangeKey")) == (ITEM_ID, CHANGE_KEY)
        assert cancel.find("t:Body", NS).text == "withdrawn by the partner"
        assert (b.state, b.slot_key, b.sequence) == ("cancelled", None, 1)
        assert req.state == "ready"
        assert list(s.scalars(select(OutboxMessage).where(OutboxMessage.purpose == "invitation"))) == []


# -- server errors -------------------------------------------------------------------------------

@pytest.mark.parametrize("status, recorded", [
    (500, "ServerBusy.xml"),              # throttled: ErrorServerBusy with BackOffMilliseconds
    (200, "CreateItem_error_quota.xml"),  # ResponseClass="Error": the mailbox is over its quota
])
def test_ews_recorded_create_failure_rolls_the_booking_back(tmp_path, exchange, status, recorded):
    app = build_app(tmp_path, torbay_pack(), NOW, backend=EWS_BACKEND)
    set_native(app, "torbay", "early_help_duty", exchange_calendar(exchange))
    exchange.script["CreateItem:CalendarItem"] = [(status, recorded)]
    with app.Session.begin() as s:
        rid = make_request(s, "torbay", 1, kind="step_down").id
    # a system error (the daemon's SYSTEM_ERRORS include MailboxError): the decision is retried
    with pytest.raises(MailboxError, match="CreateItem"):
        with app.Session.begin() as s:
            workflow.book_now(app, s, s.get(Request, rid))
    with app.Session() as s:
        assert s.scalars(select(Booking)).all() == []   # nothing half-written
        assert s.get(Request, rid).state == "ready"
        assert s.scalars(select(AuditEvent).where(AuditEvent.action.in_(("booked", "native_event")))).all() == []

    # the retry books it: one CreateItem that Exchange accepted, with a fresh UID
    with app.Session.begin() as s:
        b = workflow.book_now(app, s, s.get(Request, rid))
        assert b.external_id == ITEM_ID
    assert exchange.ops().count("CreateItem") == 2
    app.close()


def test_ews_recorded_move_of_a_meeting_deleted_in_outlook_changes_nothing(ews_app, exchange):
    """Someone deleted the meeting in Outlook: GetItem answers ErrorItemNotFound. The move is a
    system error: rolled back whole (time, place, SEQUENCE), no UpdateItem sent."""
    with ews_app.Session.begin() as s:
        rid = book_busy_first(ews_app, exchange, s)[0].id
    exchange.script["GetItem"] = [(200, "GetItem_not_found.xml")]
    with pytest.raises(MailboxError, match="GetItem"):
        with ews_app.Session.begin() as s:
            b = s.get(Request, rid).bookings[0]
            booking.move_booking(ews_app, s, b, datetime(2026, 12, 1, 9, 30, tzinfo=LONDON), actor="bs", at=NOW)
    assert "UpdateItem" not in exchange.ops()
    with ews_app.Session() as s:
        b = s.get(Request, rid).bookings[0]
        assert (b.start, b.sequence, b.state) == (datetime(2026, 11, 24, 10, 0, tzinfo=LONDON), 0, "booked")
        assert s.scalars(select(AuditEvent).where(AuditEvent.action == "booking_moved")).all() == []


def test_ews_recorded_cancel_while_throttled_keeps_the_booking_until_the_retry(ews_app, exchange):
    """ErrorServerBusy on CancelCalendarItem: the cancellation is rolled back whole (the slot stays
    held, nobody told it was cancelled) and the retry sends it."""
    with ews_app.Session.begin() as s:
        rid = book_busy_first(ews_app, exchange, s)[0].id
    exchange.script["CreateItem:CancelCalendarItem"] = [(500, "ServerBusy.xml")]
    with pytest.raises(MailboxError, match="CancelCalendarItem"):
        with ews_app.Session.begin() as s:
            b = s.get(Request, rid).bookings[0]
            workflow.cancel_booking(ews_app, s, b, actor="bs", at=NOW, reason="withdrawn")
    with ews_app.Session() as s:
        req = s.get(Request, rid)
        b = req.bookings[0]
        assert (b.state, b.slot_key is not None, b.sequence, req.state) == ("booked", True, 0, "booked")
        assert s.scalars(select(AuditEvent).where(AuditEvent.action == "booking_cancelled")).all() == []
    with ews_app.Session.begin() as s:
        b = s.get(Request, rid).bookings[0]
        workflow.cancel_booking(ews_app, s, b, actor="bs", at=NOW, reason="withdrawn")
        assert (b.state, b.sequence) == ("cancelled", 1)
    cancels = [c for c in exchange.sent("CreateItem") if c.find("m:Items/t:CancelCalendarItem", NS) is not None]
    assert len(cancels) == 2


def test_ews_recorded_cancel_of_a_meeting_deleted_in_outlook_cancels_here_only(ews_app, exchange):
    """GetItem answers ErrorItemNotFound: Outlook already cancelled it, so stepbot frees the slot
    without sending anything (rather than failing on every retry)."""
    with ews_app.Session.begin() as s:
        rid = book_busy_first(ews_app, exchange, s)[0].id
    exchange.script["GetItem"] = [(200, "GetItem_not_found.xml")]
    with ews_app.Session.begin() as s:
        b = s.get(Request, rid).bookings[0]
        workflow.cancel_booking(ews_app, s, b, actor="bs", at=NOW, reason="withdrawn")
    assert not [c for c in exchange.sent("CreateItem") if c.find("m:Items/t:CancelCalendarItem", NS) is not None]
    with ews_app.Session() as s:
        b = s.get(Request, rid).bookings[0]
        assert (b.state, b.slot_key) == ("cancelled", None)
