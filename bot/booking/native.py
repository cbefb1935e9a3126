"""Native meetings in an Exchange (EWS) or Microsoft 365 (Graph) duty mailbox's own calendar.

When the duty mailbox lives on Exchange, stepbot does not hand-build invitations: it creates the
meeting in that mailbox's calendar and lets Exchange send the invitations. Only then does the
organiser's copy exist, and Exchange tracks replies, updates and cancellations as it does for any
meeting a person books.

* Microsoft 365: ``POST /users/{id}/events`` with a ``transactionId`` made from what identifies the
  booking and survives a rollback (the request's reference, the panel and the slot's start: never
  the booking's UID, which is new on every attempt), so a create repeated after a late answer, a
  crash or a rolled-back booking finds the meeting the first try made instead of making a second
  ("Create event", Example 1); ``PATCH`` to move, ``POST …/cancel`` to cancel, and
  ``POST /users/{id}/calendar/getSchedule`` for attendees' free/busy. A panel that meets on
  Microsoft Teams gets a Teams meeting (``isOnlineMeeting``, ``teamsForBusiness``; "Create event",
  Example 4) when the organising calendar offers Teams (``allowedOnlineMeetingProviders``, "Get
  calendar"); its ``onlineMeeting.joinUrl`` comes back on ``Created.join_url``. Otherwise the
  meeting's place is the configured fallback and the administrator is told once. A 403 (the app
  lacks Calendars.ReadWrite, or RBAC for Applications leaves the mailbox out of its scope) marks
  the calendar refused: ``for_mailbox`` then returns None, so meetings go out as iMIP email
  invitations (``bot.booking.service``), and the administrator is told once.
* Exchange Server: exchangelib ``CalendarItem(...).save(send_meeting_invitations=SEND_TO_ALL_AND_SAVE_COPY)``
  with our UID, ``save(update_fields=…)`` to move, ``cancel()`` to cancel, and
  ``protocol.get_free_busy_info`` for free/busy.

IMAP and Maildir mailboxes have no native calendar here: ``for_mailbox`` returns None and
``bot.booking.service`` sends iMIP invitations instead.
"""
from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Iterator
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


class CalendarRefused(NativeCalendarError):
    """Microsoft 365 refused the app this calendar (HTTP 403): meetings go out by email instead."""


@dataclass(frozen=True)
class Created:
    id: str            # Exchange item id / Graph event id
    uid: str | None    # the iCalendar UID attendees' calendars carry
    join_url: str | None = None  # the Teams joining link, when the meeting is a Teams meeting


# -- choosing ----------------------------------------------------------------------------------

def set_native(app, authority: str, role: str, calendar) -> None:
    """Inject a native calendar (tests, ``stepbot simulate``), like ``App.set_transport``."""
    app.__dict__.setdefault("_native_calendars", {})[(authority, role)] = calendar


def for_mailbox(app, authority: str, role: str):
    """The native calendar of a duty mailbox on Exchange or Microsoft 365, else None (and None once
    Microsoft 365 has refused the app that calendar: the meetings then go out as email invitations)."""
    cache = app.__dict__.setdefault("_native_calendars", {})
    key = (authority, role)
    if key not in cache:
        cache[key] = _make_calendar(app, authority, role)
    cal = cache[key]
    if cal is not None and getattr(cal, "refused", None):
        return None
    return cal


def _make_calendar(app, authority: str, role: str):
    cfg = app.mailbox_config(authority, role).backend
    if cfg.type == "graph":
        backend = app.mailbox(authority, role)
        client = getattr(backend, "client", None)
        if client is None:
            from bot.mailbox.graph import GraphClient

            client = GraphClient(cfg.oauth2, cfg.base_url, cfg.user, max_concurrent=cfg.max_concurrent_requests)
        notices = getattr(backend, "admin_notices", None)
        cal = GraphCalendar(client, cfg.calendar_user or cfg.user, teams=cfg.teams,
                            notify=notices.add if notices is not None else None)
        cal.check()  # one look at the calendar: refused (then email invitations from the start)? Teams?
        return cal
    if cfg.type == "ews":
        return ExchangeCalendar(_ews_account(app, authority, role, cfg))
    return None


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


TEAMS_PLACES = frozenset({"microsoft teams", "ms teams", "teams", "microsoft teams meeting", "teams meeting"})
TEAMS = "teamsForBusiness"
_OUR_UID = re.compile(r"^(?P<identity>.+)-[0-9a-f]{12}@stepbot\.[^@]+$")


def wants_teams(location: str) -> bool:
    """The panel meets on Microsoft Teams (its location says so)."""
    return " ".join(location.lower().split()) in TEAMS_PLACES


def transaction_id(inv: Invitation) -> str:
    """Graph's idempotency key for creating this booking's meeting.

    The same for every attempt to create the same booking: the request's reference and the panel
    (the stable part of the UID ``bot.booking.service`` gives a booking, ``<reference>-<panel>-…``)
    and the slot's start in UTC. A rolled-back attempt leaves nothing in the database, so nothing
    else identifies it: the UID itself is new on every attempt."""
    m = _OUR_UID.match(inv.uid)
    identity = m.group("identity") if m else f"{inv.summary}|{inv.organizer.email.lower()}"
    start = inv.start.astimezone(timezone.utc).strftime("%Y%m%dT%H%MZ")
    key = f"{identity}-{start}"
    if len(key) > 200 or not m:
        key = "stepbot-" + hashlib.sha256(key.encode()).hexdigest()[:40]
    return key


def join_url(event: dict) -> str | None:
    """The Teams joining link of a Graph event (``onlineMeeting.joinUrl``), if any."""
    online = event.get("onlineMeeting") or {}
    url = online.get("joinUrl") if isinstance(online, dict) else None
    return str(url) if url else None


def _with_place(text: str, old: str, new: str) -> str:
    """The invitation's text with its "Where:" line saying ``new`` instead of ``old``."""
    line, replacement = f"Where: {old}", f"Where: {new}"
    return text.replace(line, replacement, 1) if line in text else f"{text}\n\n{replacement}"


def _with_join_link(text: str, url: str) -> str:
    return f"{text}\n\nJoin the meeting in Microsoft Teams: {url}"


class GraphCalendar:
    """Meetings through Microsoft Graph, with a client offering ``request(method, path, **kw)``
    (``bot.mailbox.graph.GraphClient``: token handling, retries and throttling live there).

    ``teams`` (``config.TeamsMeetings``) turns on Teams meetings for panels that meet on Teams;
    None leaves every meeting as its location says. ``notify(problem, **detail)`` queues a plain
    alert for the administrator (``GraphMailbox.admin_notices``: sent once, outside any
    transaction). ``refused`` is set once Microsoft 365 answers 403."""

    name = "graph"

    def __init__(self, client, user: str, *, teams=None, notify: Callable[..., None] | None = None):
        from urllib.parse import quote

        self.client = client
        self.address = user
        self.user = quote(user, safe="@")
        self.teams = teams
        self.notify = notify or (lambda problem, **detail: None)
        self.refused: str | None = None
        self.teams_available: bool | None = None   # None: not known yet

    # -- talking to Graph ----------------------------------------------------------------------
    def _call(self, method: str, path: str, *, what: str, **kw) -> dict:
        """One Graph call. A 403 marks the calendar refused (told once) and raises CalendarRefused."""
        from bot.mailbox.graph import GraphError  # Graph's client (httpx) loads only where a Graph calendar is used

        if self.refused:
            raise CalendarRefused(f"Graph calendar refused earlier ({self.refused})")
        try:
            resp = self.client.request(method, path, **kw)
        except GraphError as e:
            if e.status == 403:
                self._refuse(what, e.code)
                raise CalendarRefused(f"Graph {method} {path.split('/')[-1]}: HTTP 403 {e.code}") from e
            raise
        if hasattr(resp, "status_code"):
            if resp.status_code == 403:
                self._refuse(what, "403")
                raise CalendarRefused(f"Graph {method} {path.split('/')[-1]}: HTTP 403")
            if resp.status_code >= 400 and resp.status_code not in kw.get("allow", ()):
                raise NativeCalendarError(f"Graph {method} {path.split('/')[-1]}: HTTP {resp.status_code}")
            if resp.status_code >= 400:
                return {"_status": resp.status_code}
            return resp.json() if resp.content else {}
        return resp or {}

    def _refuse(self, what: str, code: str) -> None:
        if self.refused is None:
            log.warning("Graph refused the app the calendar (%s, to %s); meetings go out as email invitations",
                        code, what)
        self.refused = what
        self.notify("refused", what=what, calendar=self.address)

    def check(self) -> None:
        """Look at the calendar once: may the app use it, and can it host Teams meetings? A 403
        marks it refused; any other failure leaves both unknown (asked again on the next create)."""
        try:
            data = self._call("GET", f"/users/{self.user}/calendar", what="read the calendar",
                              params={"$select": "id,allowedOnlineMeetingProviders,defaultOnlineMeetingProvider"})
        except CalendarRefused:
            return
        except MailboxError as e:
            log.warning("could not look at the Graph calendar (%s); trying again at the next booking", e)
            return
        self.teams_available = TEAMS in (data.get("allowedOnlineMeetingProviders") or [])

    def _teams_for(self, inv: Invitation) -> bool | None:
        """True: make it a Teams meeting. False: it should be, but cannot (use the fallback place).
        None: the panel does not meet on Teams (or Teams meetings are off here)."""
        if self.teams is None or not self.teams.enabled or not wants_teams(inv.location):
            return None
        if self.teams_available is None:
            self.check()
        if self.refused:
            return None   # the create that follows fails the same way
        if self.teams_available is False:
            self.notify("no_teams", calendar=self.address, fallback=self.teams.fallback_location)
            return False
        return True   # offered, or not known (the look failed): asked for; without a link the admin is told

    # -- the event ---------------------------------------------------------------------------
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

    def _fallback_place(self, body: dict, inv: Invitation) -> None:
        place = self.teams.fallback_location
        body["location"] = {"displayName": place}
        body["body"]["content"] = _with_place(inv.description, inv.location, place)

    def create(self, inv: Invitation) -> Created:
        body = self._event(inv)
        teams = self._teams_for(inv)
        if teams:
            body.update(isOnlineMeeting=True, onlineMeetingProvider=TEAMS)
        elif teams is False:
            self._fallback_place(body, inv)
        body["transactionId"] = transaction_id(inv)
        # The transactionId makes a repeated create find the first one's meeting: safe to repeat.
        data = self._call("POST", f"/users/{self.user}/events", what="create meetings", json=body, repeatable=True)
        if not data.get("id"):
            raise NativeCalendarError("Graph created no event id")
        link = join_url(data)
        if teams and not link:
            link = self._read_join_url(data["id"])
            if not link:
                log.warning("Graph made the meeting but gave no Teams joining link")
                self.notify("no_link", calendar=self.address)
        return Created(id=data["id"], uid=data.get("iCalUId"), join_url=link)

    def _read_join_url(self, event_id: str) -> str | None:
        try:
            data = self._call("GET", f"/users/{self.user}/events/{event_id}", what="read meetings",
                              params={"$select": "isOnlineMeeting,onlineMeetingProvider,onlineMeeting"})
        except CalendarRefused:
            raise
        except MailboxError:
            return None
        return join_url(data)

    def update(self, event_id: str, inv: Invitation) -> None:
        """Move (or re-describe) the meeting. Our text replaces the event's body, which held the
        Teams joining block Exchange wrote: the link is read back and kept in the text."""
        body = self._event(inv)
        teams = self._teams_for(inv)
        if teams:
            link = self._read_join_url(event_id)
            if link:
                body["body"]["content"] = _with_join_link(inv.description, link)
        elif teams is False:
            self._fallback_place(body, inv)
        self._call("PATCH", f"/users/{self.user}/events/{event_id}", what="move meetings", json=body)

    def cancel(self, event_id: str | None, inv: Invitation, *, reason: str = "") -> None:
        if not event_id:
            raise NativeCalendarError("no Graph event id to cancel")
        # Cancelling twice is harmless (a meeting already gone answers 404): safe to repeat.
        data = self._call("POST", f"/users/{self.user}/events/{event_id}/cancel", what="cancel meetings",
                          json={"comment": reason or "Cancelled"}, repeatable=True, allow=(404,))
        if data.get("_status") == 404:
            log.info("Graph meeting already gone; cancelled here only")

    def busy(self, emails: list[str], start: datetime, end: datetime) -> dict[str, list[tuple[datetime, datetime]]]:
        out: dict[str, list[tuple[datetime, datetime]]] = {addr.lower(): [] for addr in emails}
        for window_start, window_end in free_busy_windows(start, end):
            data = self._call("POST", f"/users/{self.user}/calendar/getSchedule", what="read free/busy times",
                              repeatable=True, json={
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
