"""Native meetings in an Exchange (EWS) or Microsoft 365 (Graph) duty mailbox's own calendar.

When the duty mailbox lives on Exchange, stepbot does not hand-build invitations: it creates the
meeting in that mailbox's calendar and lets Exchange send the invitations. Only then does the
organiser's copy exist, and Exchange tracks replies, updates and cancellations as it does for any
meeting a person books.

* Microsoft 365: ``POST /users/{id}/events`` (``transactionId`` = our UID, so a retried create after
  a crash does not make a second meeting), ``PATCH`` to move, ``POST …/cancel`` to cancel, and
  ``POST /users/{id}/calendar/getSchedule`` for attendees' free/busy.
* Exchange Server: exchangelib ``CalendarItem(...).save(send_meeting_invitations=SEND_TO_ALL_AND_SAVE_COPY)``
  with our UID, ``save(update_fields=…)`` to move, ``cancel()`` to cancel, and
  ``protocol.get_free_busy_info`` for free/busy.

IMAP and Maildir mailboxes have no native calendar here: ``for_mailbox`` returns None and
``bot.booking.service`` sends iMIP invitations instead.
"""
from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from bot.booking.ical import Invitation
from bot.mailbox.base import MailboxError

log = logging.getLogger(__name__)
LONDON = ZoneInfo("Europe/London")
GRAPH_TZ = "Europe/London"  # Graph accepts IANA names as well as Windows ones
BUSY_STATUSES = {"busy", "oof", "workingelsewhere"}  # "tentative" and "free" do not block a slot
FREE_BUSY_MAX_DAYS = 41  # Exchange refuses GetUserAvailability over 42 days by default; Graph getSchedule
#                         must be "less than 42 days"


def free_busy_windows(start: datetime, end: datetime) -> Iterator[tuple[datetime, datetime]]:
    """[start, end) cut into back-to-back windows no longer than FREE_BUSY_MAX_DAYS: the slot
    horizon is usually longer than either server answers in one request."""
    while start < end:
        stop = min(end, start + timedelta(days=FREE_BUSY_MAX_DAYS))
        yield start, stop
        start = stop


class NativeCalendarError(MailboxError):
    """The Exchange/Graph server refused or failed (a system error: the decision is retried, so it
    is a MailboxError, which the daemon treats as one)."""


@dataclass(frozen=True)
class Created:
    id: str            # Exchange item id / Graph event id
    uid: str | None    # the iCalendar UID attendees' calendars carry


# -- choosing ----------------------------------------------------------------------------------

def set_native(app, authority: str, role: str, calendar) -> None:
    """Inject a native calendar (tests, ``stepbot simulate``), like ``App.set_transport``."""
    app.__dict__.setdefault("_native_calendars", {})[(authority, role)] = calendar


def for_mailbox(app, authority: str, role: str):
    """The native calendar of a duty mailbox on Exchange or Microsoft 365, else None."""
    cache = app.__dict__.setdefault("_native_calendars", {})
    key = (authority, role)
    if key in cache:
        return cache[key]
    cfg = app.mailbox_config(authority, role).backend
    if cfg.type == "graph":
        client = getattr(app.mailbox(authority, role), "client", None)
        if client is None:
            from bot.mailbox.graph import GraphClient

            client = GraphClient(cfg.oauth2, cfg.base_url, cfg.user)
        cal = GraphCalendar(client, cfg.user)
    elif cfg.type == "ews":
        cal = ExchangeCalendar(_ews_account(app, authority, role, cfg))
    else:
        cal = None
    cache[key] = cal
    return cal


def _ews_account(app, authority, role, cfg):
    backend = app.mailbox(authority, role)
    account = getattr(backend, "account", None)
    if account is not None:
        return account
    from exchangelib import DELEGATE, Account, Configuration, Credentials

    config = Configuration(server=cfg.server, credentials=Credentials(cfg.username, cfg.password.read()))
    return Account(cfg.primary_smtp_address, config=config, autodiscover=False, access_type=DELEGATE)


# -- Microsoft Graph ---------------------------------------------------------------------------

def _graph_time(dt: datetime) -> dict:
    return {"dateTime": dt.astimezone(LONDON).replace(tzinfo=None).isoformat(timespec="seconds"),
            "timeZone": GRAPH_TZ}


def _parse_graph_time(value: dict) -> datetime:
    s = value["dateTime"]
    tzname = value.get("timeZone") or "UTC"
    if "." in s:
        head, frac = s.split(".", 1)
        s = f"{head}.{frac[:6]}"
    dt = datetime.fromisoformat(s)
    if dt.tzinfo is None:
        tz = timezone.utc if tzname.upper() in ("UTC", "GMT", "COORDINATED UNIVERSAL TIME") else ZoneInfo(
            "Europe/London" if tzname in ("GMT Standard Time", "Europe/London") else tzname)
        dt = dt.replace(tzinfo=tz)
    return dt.astimezone(timezone.utc)


class GraphCalendar:
    """Meetings through Microsoft Graph, with a client offering ``request(method, path, **kw)``
    (``bot.mailbox.graph.GraphClient``: token handling, retries and throttling live there)."""

    name = "graph"

    def __init__(self, client, user: str):
        from urllib.parse import quote

        self.client = client
        self.user = quote(user, safe="@")

    def _call(self, method: str, path: str, **kw) -> dict:
        resp = self.client.request(method, path, **kw)
        if hasattr(resp, "status_code"):
            if resp.status_code >= 400:
                raise NativeCalendarError(f"Graph {method} {path.split('/')[-1]}: HTTP {resp.status_code}")
            return resp.json() if resp.content else {}
        return resp or {}

    def _event(self, inv: Invitation, *, with_attendees: bool = True) -> dict:
        body = {
            "subject": inv.summary,
            "body": {"contentType": "text", "content": inv.description},
            "start": _graph_time(inv.start),
            "end": _graph_time(inv.end),
            "location": {"displayName": inv.location},
            "sensitivity": "private",
            "showAs": "busy",
            "responseRequested": True,
            "allowNewTimeProposals": True,
        }
        if with_attendees:
            body["attendees"] = [
                {"emailAddress": {"address": a.email, "name": a.name or a.email},
                 "type": "required" if a.role == "REQ-PARTICIPANT" else "optional"}
                for a in inv.attendees]
        return body

    def create(self, inv: Invitation) -> Created:
        body = self._event(inv)
        body["transactionId"] = inv.uid  # Graph's idempotency key for a retried POST
        data = self._call("POST", f"/users/{self.user}/events", json=body)
        if not data.get("id"):
            raise NativeCalendarError("Graph created no event id")
        return Created(id=data["id"], uid=data.get("iCalUId"))

    def update(self, event_id: str, inv: Invitation) -> None:
        self._call("PATCH", f"/users/{self.user}/events/{event_id}", json=self._event(inv))

    def cancel(self, event_id: str | None, inv: Invitation, *, reason: str = "") -> None:
        if not event_id:
            raise NativeCalendarError("no Graph event id to cancel")
        self._call("POST", f"/users/{self.user}/events/{event_id}/cancel", json={"comment": reason or "Cancelled"})

    def busy(self, emails: list[str], start: datetime, end: datetime) -> dict[str, list[tuple[datetime, datetime]]]:
        out: dict[str, list[tuple[datetime, datetime]]] = {addr.lower(): [] for addr in emails}
        for window_start, window_end in free_busy_windows(start, end):
            data = self._call("POST", f"/users/{self.user}/calendar/getSchedule", json={
                "schedules": list(emails), "startTime": _graph_time(window_start),
                "endTime": _graph_time(window_end), "availabilityViewInterval": 30})
            for sched in data.get("value", []):
                items = out.setdefault(str(sched.get("scheduleId", "")).lower(), [])
                for item in sched.get("scheduleItems", []):
                    if str(item.get("status", "")).lower() in BUSY_STATUSES:
                        items.append((_parse_graph_time(item["start"]), _parse_graph_time(item["end"])))
        return out


# -- Exchange Web Services ---------------------------------------------------------------------

class ExchangeCalendar:
    """Meetings through exchangelib in the duty mailbox's own calendar."""

    name = "ews"

    def __init__(self, account):
        self.account = account

    def _times(self, inv: Invitation):
        from exchangelib import EWSDateTime, EWSTimeZone

        tz = EWSTimeZone("Europe/London")
        return (EWSDateTime.from_datetime(inv.start.astimezone(LONDON)).astimezone(tz),
                EWSDateTime.from_datetime(inv.end.astimezone(LONDON)).astimezone(tz))

    def _attendees(self, inv: Invitation):
        from exchangelib import Attendee, Mailbox

        req, opt = [], []
        for a in inv.attendees:
            att = Attendee(mailbox=Mailbox(email_address=a.email, name=a.name or None), response_type="Unknown")
            (req if a.role == "REQ-PARTICIPANT" else opt).append(att)
        return req, opt

    def create(self, inv: Invitation) -> Created:
        from exchangelib import CalendarItem
        from exchangelib.items import SEND_TO_ALL_AND_SAVE_COPY

        start, end = self._times(inv)
        required, optional = self._attendees(inv)
        item = CalendarItem(
            account=self.account, folder=self.account.calendar, subject=inv.summary, body=inv.description,
            start=start, end=end, location=inv.location, uid=inv.uid, sensitivity="Private",
            required_attendees=required or None, optional_attendees=optional or None,
            legacy_free_busy_status="Busy", is_response_requested=True)
        try:
            item.save(send_meeting_invitations=SEND_TO_ALL_AND_SAVE_COPY)
        except Exception as e:  # noqa: BLE001 - exchangelib raises many types; all are system errors
            raise NativeCalendarError(f"EWS CreateItem failed: {type(e).__name__}") from e
        return Created(id=item.id, uid=inv.uid)

    def _get(self, item_id: str):
        try:
            return self.account.calendar.get(id=item_id)
        except Exception as e:  # noqa: BLE001
            raise NativeCalendarError(f"EWS GetItem failed: {type(e).__name__}") from e

    def update(self, item_id: str, inv: Invitation) -> None:
        from exchangelib.items import SEND_TO_ALL_AND_SAVE_COPY

        item = self._get(item_id)
        item.start, item.end = self._times(inv)
        item.location = inv.location
        item.body = inv.description
        try:
            item.save(update_fields=["start", "end", "location", "body"],
                      send_meeting_invitations=SEND_TO_ALL_AND_SAVE_COPY)
        except Exception as e:  # noqa: BLE001
            raise NativeCalendarError(f"EWS UpdateItem failed: {type(e).__name__}") from e

    def cancel(self, item_id: str | None, inv: Invitation, *, reason: str = "") -> None:
        if not item_id:
            raise NativeCalendarError("no Exchange item id to cancel")
        try:
            item = self._get(item_id)
        except NativeCalendarError as e:
            if type(e.__cause__).__name__ in ("ErrorItemNotFound", "DoesNotExist"):
                # Someone already deleted it in Outlook, which told the attendees: nothing left to cancel.
                log.info("EWS meeting already deleted; cancelled here only")
                return
            raise
        try:
            item.cancel(body=reason or "Cancelled")
        except Exception as e:  # noqa: BLE001
            raise NativeCalendarError(f"EWS CancelCalendarItem failed: {type(e).__name__}") from e

    def busy(self, emails: list[str], start: datetime, end: datetime) -> dict[str, list[tuple[datetime, datetime]]]:
        """Busy intervals (UTC) per attendee. Asked in windows (``free_busy_windows``)."""
        from exchangelib import EWSDateTime, EWSTimeZone

        tz = EWSTimeZone("Europe/London")
        out: dict[str, list[tuple[datetime, datetime]]] = {addr.lower(): [] for addr in emails}
        for window_start, window_end in free_busy_windows(start, end):
            s = EWSDateTime.from_datetime(window_start.astimezone(LONDON)).astimezone(tz)
            e = EWSDateTime.from_datetime(window_end.astimezone(LONDON)).astimezone(tz)
            views = self.account.protocol.get_free_busy_info(
                accounts=[(addr, "Required", False) for addr in emails], start=s, end=e)
            for addr, view in zip(emails, views):
                # an exception in place of a view: that mailbox has no free/busy (e.g. outside the organisation)
                for ev in getattr(view, "calendar_events", None) or []:
                    if str(ev.busy_type).lower() in BUSY_STATUSES:
                        # EWSDateTime.astimezone only takes an EWSTimeZone: go through the timestamp
                        out[addr.lower()].append((datetime.fromtimestamp(ev.start.timestamp(), timezone.utc),
                                                  datetime.fromtimestamp(ev.end.timestamp(), timezone.utc)))
        return out
