"""Microsoft 365 through Microsoft Graph: the backend most councils need (Exchange Online blocks
EWS from 1 October 2026 and removes it on 1 April 2027).

``GraphClient`` is a small general client (tokens, throttling, errors) that the booking code also
uses for calendar events; ``GraphMailbox`` is the duty-inbox backend built on it.

Reading uses a delta query on the inbox (``/mailFolders/inbox/messages/delta``); the deltaLink is
kept in ``MailboxState.sync_token`` and saved only after a pass has handed over every message, so
a pass cut short by a failure is simply read again (intake is idempotent). A delta token the
service no longer knows starts a full read of the inbox: Graph says so with 410 Gone or with "a
40X-series error" whose code is ``syncStateNotFound`` or ``resyncRequired`` (Microsoft Graph error
responses; "Use delta query to track changes"). Messages are read as raw MIME
(``/messages/{id}/$value``), moved with ``/messages/{id}/move`` to folders found (or made) by display
name, and sent as raw MIME with ``POST /users/{id}/sendMail`` (``Content-Type: text/plain``, the
MIME base64-encoded), so the Message-ID the outbox stamped is the one that goes out.

With ``inbox_handling: mark_read`` a message stays in the inbox: ``mark_processed`` reads its
categories and PATCHes ``isRead: true`` and ``categories`` + [``category``] (+ ``review_category``)
("Update message"; a PATCH replaces the whole list, so the ones it has are kept). That PATCH is a
change the next delta round reports; the delta selects ``categories``, and a message that already
carries ``category`` is skipped there, unread and unpatched, so it is neither taken as new mail nor
marked again (which would make another change, each pass). Where a change arrives without its
categories (a deltaLink saved before ``mark_read`` was chosen), they are looked up (a small GET)
before any MIME is read.

What is repeated after a failure, and what is not (Microsoft Graph throttling guidance, "Microsoft
Graph error responses"):
- 429 Too Many Requests: the request was not processed; it is repeated after ``Retry-After``.
- 503 and 504, a read timeout, a dropped connection: the request may or may not have been carried
  out. Reads and requests that set a state (GET, PUT, PATCH, DELETE, getSchedule) are repeated
  after ``Retry-After``; a POST that does something each time it arrives (sendMail, move, create a
  folder) is not: ``GraphUnsure`` is raised and the caller checks before trying again (a sent mail
  is looked for in Sent Items by its Internet-Message-ID; a moved message is simply read again).
  Creating a calendar event carries Graph's own idempotency key (``transactionId``), so it may be
  repeated (``bot.booking.native``).
- At most four requests run at once per mailbox (Outlook's concurrency limit for an app).
"""
from __future__ import annotations

import base64
import email.utils
import logging
import threading
import time
from datetime import datetime, timezone
from email import message_from_bytes, policy
from email.parser import BytesHeaderParser
from typing import Callable, Iterator
from urllib.parse import quote

import httpx

from bot import audit
from bot.acceptances import AcceptanceLog
from bot.config import GraphBackend, OAuth2
from bot.health import alert_admin, state_row
from bot.mailbox.base import Incoming, MailboxError
from bot.mailbox.oauth import GRAPH_SCOPE, provider_for

log = logging.getLogger(__name__)

THROTTLED = 429                    # not processed: always safe to repeat
UNSURE_STATUSES = (503, 504)       # may have been processed: repeat only what is safe to repeat
REPEATABLE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "PATCH", "DELETE"})
# The request never left this machine: safe to repeat whatever it was.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
DEFAULT_MAX_RETRIES = 5
MAX_RETRY_AFTER = 300.0
MAX_CONCURRENT = 4                 # Outlook: 4 concurrent requests per app (and mailbox)
# Delta token gone: 410, or a 4xx carrying one of these codes ("Microsoft Graph error responses").
EXPIRED_DELTA_CODES = frozenset({"syncstatenotfound", "resyncrequired"})
DELTA_ERROR_STATUSES = (400, 404, 409, 410)


def retry_after_seconds(value: str | None, attempt: int, *, now: datetime | None = None) -> float:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date), else exponential."""
    if value:
        value = value.strip()
        if value.isdigit():
            return min(float(value), MAX_RETRY_AFTER)
        try:
            when = email.utils.parsedate_to_datetime(value)
            now = now or datetime.now(timezone.utc)
            return max(0.0, min((when - now).total_seconds(), MAX_RETRY_AFTER))
        except (TypeError, ValueError):
            pass
    return min(2.0 ** attempt, 60.0)


class GraphError(MailboxError):
    """Graph answered with an error status. ``status`` and ``codes`` (the error code and the
    codes of its inner errors, as Graph spells them) say which; never the message text."""

    def __init__(self, method: str, status: int, codes: list[str]):
        self.method, self.status, self.codes = method, status, codes
        super().__init__(f"Graph {method} {status}: {codes[0] if codes else 'unknown'}")

    @property
    def code(self) -> str:
        return self.codes[0] if self.codes else "unknown"


class GraphUnsure(MailboxError):
    """A request that must not be repeated blindly got no clear answer (503, 504, a timeout or a
    dropped connection): it may have been carried out. The caller checks before trying again."""

    def __init__(self, method: str, what: str):
        self.method, self.what = method, what
        super().__init__(f"Graph {method} got no clear answer ({what}); it may have been done")


def error_codes(resp: httpx.Response) -> list[str]:
    """The Graph error code and the codes of its nested inner errors, outermost first (never the
    message text, which may quote personal data)."""
    try:
        err = resp.json().get("error")
    except ValueError:
        return []
    codes: list[str] = []
    while isinstance(err, dict) and len(codes) < 10:
        if err.get("code"):
            codes.append(str(err["code"]))
        err = err.get("innerError") or err.get("innererror")
    return codes


def _error_code(resp: httpx.Response) -> str:
    codes = error_codes(resp)
    if codes:
        return codes[0]
    return "unknown" if _is_json(resp) else "no JSON body"


def _is_json(resp: httpx.Response) -> bool:
    try:
        resp.json()
        return True
    except ValueError:
        return False


_limits: dict[tuple[str, str], threading.BoundedSemaphore] = {}
_limits_lock = threading.Lock()


def mailbox_limit(base_url: str, user: str, size: int = MAX_CONCURRENT) -> threading.BoundedSemaphore:
    """The one semaphore for a mailbox, shared by every client that calls it (mail and calendar)."""
    key = (base_url.rstrip("/").lower(), user.lower())
    with _limits_lock:
        if key not in _limits:
            _limits[key] = threading.BoundedSemaphore(size)
        return _limits[key]


class GraphClient:
    """``GraphClient(oauth2_cfg, base_url, user).request("GET", "/users/{id}/messages")``.

    - ``path`` is relative to ``base_url`` (``/users/...``) or an absolute URL (a nextLink/deltaLink).
    - Tokens come from msal (client credentials, scope ``https://graph.microsoft.com/.default``),
      cached until near expiry.
    - 429 is retried up to ``max_retries`` times, waiting as ``Retry-After`` says (through
      ``sleep``, injectable so tests do not wait). 503, 504 and network errors are retried the same
      way only when the request is ``repeatable`` (by default GET, PUT, PATCH, DELETE; a POST only
      when the caller says so); otherwise any 5xx, a timeout or a dropped connection raises
      ``GraphUnsure`` at once (a connection that never opened is retried: nothing was sent).
    - Any other status >= 400 raises ``GraphError``, unless it is listed in ``allow``: then the
      response is returned for the caller to handle (e.g. ``allow=(404,)`` for "already gone").
    - At most ``max_concurrent`` requests to the mailbox run at once (waits for Retry-After do not
      hold a place).
    - ``user_path`` is ``/users/<user>`` for the configured mailbox user.
    """

    def __init__(self, oauth2: OAuth2 | None, base_url: str, user: str, http: httpx.Client | None = None, *,
                 token_provider=None, sleep: Callable[[float], None] = time.sleep,
                 max_retries: int = DEFAULT_MAX_RETRIES, timeout: float = 60.0,
                 max_concurrent: int = MAX_CONCURRENT):
        self.base_url = base_url.rstrip("/")
        self.user = user
        self.http = http or httpx.Client(timeout=timeout)
        self.sleep = sleep
        self.max_retries = max_retries
        self.limit = mailbox_limit(self.base_url, user, max_concurrent)
        if token_provider is None:
            token_provider = provider_for(oauth2, GRAPH_SCOPE)
        self.tokens = token_provider

    @property
    def user_path(self) -> str:
        return f"/users/{quote(self.user, safe='@')}"

    def url(self, path: str) -> str:
        return path if path.startswith(("https://", "http://")) else self.base_url + path

    def _send(self, method: str, url: str, headers: dict, kw: dict) -> httpx.Response:
        headers["Authorization"] = f"Bearer {self.tokens.token()}"
        with self.limit:
            return self.http.request(method, url, headers=headers, **kw)

    def request(self, method: str, path: str, *, allow: tuple[int, ...] = (), repeatable: bool | None = None,
                **kw) -> httpx.Response:
        url = self.url(path)
        headers = dict(kw.pop("headers", None) or {})
        repeatable = method.upper() in REPEATABLE_METHODS if repeatable is None else repeatable
        for attempt in range(self.max_retries + 1):
            last = attempt >= self.max_retries
            try:
                resp = self._send(method, url, headers, kw)
            except httpx.TransportError as e:
                if not (repeatable or isinstance(e, NOT_SENT)):
                    raise GraphUnsure(method, type(e).__name__) from e
                if last:
                    raise MailboxError(f"Graph {method} failed: {type(e).__name__}") from e
                self.sleep(retry_after_seconds(None, attempt))
                continue
            status = resp.status_code
            if status >= 500 and not repeatable and status not in allow:
                raise GraphUnsure(method, str(status))   # the server may have done it before failing
            if (status == THROTTLED or status in UNSURE_STATUSES) and not last and status not in allow:
                wait = retry_after_seconds(resp.headers.get("Retry-After"), attempt)
                log.warning("Graph %s throttled or busy (%d); retrying in %.1f s", method, status, wait)
                self.sleep(wait)
                continue
            if status >= 400 and status not in allow:
                raise GraphError(method, status, error_codes(resp) or [_error_code(resp)])
            return resp
        raise AssertionError("unreachable")  # the last attempt returns or raises

    def json(self, method: str, path: str, **kw) -> dict:
        return self.request(method, path, **kw).json()

    def close(self) -> None:
        self.http.close()


def _message_id(raw: bytes) -> str | None:
    """The Message-ID the outbox stamped on a message (its header block only)."""
    mid = BytesHeaderParser(policy=policy.compat32).parsebytes(raw).get("Message-ID")
    mid = " ".join(str(mid or "").split())
    return mid or None


def delta_expired(resp: httpx.Response) -> bool:
    """Graph no longer knows the delta token: 410 Gone, or a 4xx whose error code (or an inner
    error's) is syncStateNotFound or resyncRequired."""
    if resp.status_code == 410:
        return True
    return 400 <= resp.status_code < 500 and any(c.lower() in EXPIRED_DELTA_CODES for c in error_codes(resp))


class AdminNotices:
    """Things only an administrator can put right (the calendar refused the app, Teams cannot be
    set up), each told once: queued by whoever finds it, even inside a booking's transaction, and
    sent by the mailbox's next pass, outside any transaction (``GraphMailbox.tell_admin``)."""

    def __init__(self):
        self._lock = threading.Lock()
        self._waiting: dict[str, dict] = {}
        self._told: set[str] = set()

    def add(self, problem: str, **detail) -> None:
        with self._lock:
            if problem not in self._told and problem not in self._waiting:
                self._waiting[problem] = detail

    def take(self) -> list[tuple[str, dict]]:
        with self._lock:
            out, self._waiting = list(self._waiting.items()), {}
            self._told.update(p for p, _ in out)
            return out

    def put_back(self, problem: str, detail: dict) -> None:
        with self._lock:
            self._told.discard(problem)
            self._waiting.setdefault(problem, detail)


class GraphMailbox:
    def __init__(self, app, authority: str, role: str, cfg: GraphBackend, *, client: GraphClient | None = None):
        self.app = app
        self.authority = authority
        self.role = role
        self.cfg = cfg
        self.client = client or GraphClient(cfg.oauth2, cfg.base_url, cfg.user,
                                            max_concurrent=cfg.max_concurrent_requests)
        self._folders: dict[str, str] = {}
        self.admin_notices = AdminNotices()
        # Message-IDs whose sendMail got no clear answer: looked for in Sent Items before any resend.
        # A file, so the check survives a restart (the outbox retries such a row as "pending").
        state_dir = app.settings.path(app.settings.deployment.state_dir)
        self.unsure_sends = AcceptanceLog(state_dir / f"graph-unsure-{authority}-{role}.log")

    # -- state -----------------------------------------------------------------------------
    def _load_token(self) -> str | None:
        with self.app.Session.begin() as s:
            return state_row(s, self.authority, self.role, at=self.app.clock.now()).sync_token

    def _save_token(self, token: str | None) -> None:
        with self.app.Session.begin() as s:
            state_row(s, self.authority, self.role, at=self.app.clock.now()).sync_token = token

    def _forget_token(self, status: int, code: str) -> None:
        """The saved deltaLink is gone: clear it and say so once, in the log and the history."""
        log.warning("%s/%s: Microsoft 365 no longer knows where the last read of the inbox stopped; "
                    "reading the whole inbox again (mail already taken in is recognised, not processed twice)",
                    self.authority, self.role)
        now = self.app.clock.now()
        with self.app.Session.begin() as s:
            state_row(s, self.authority, self.role, at=now).sync_token = None
            audit.record(s, "mailbox_read_again", at=now, authority=self.authority, mailbox=self.role,
                         status=status, code=code)

    # -- reading ---------------------------------------------------------------------------
    @property
    def marks_read(self) -> bool:
        return self.cfg.inbox_handling == "mark_read"

    def _delta_start(self) -> str:
        return (f"{self.client.user_path}/mailFolders/inbox/messages/delta"
                "?$select=id,internetMessageId,receivedDateTime" + (",categories" if self.marks_read else ""))

    def _handled(self, categories) -> bool:
        """With ``mark_read``: the message carries our category, so it was taken in already."""
        return self.marks_read and self.cfg.category.lower() in {str(c).lower() for c in categories or ()}

    def _changes(self) -> tuple[list[str], str]:
        """(ids of messages added or changed in the inbox since the saved deltaLink, new deltaLink).
        With ``mark_read``, not those that carry our category (see the module docstring)."""
        link = self._load_token() or self._delta_start()
        restarted = link == self._delta_start()
        ids: list[str] = []
        categories: dict[str, list | None] = {}   # the latest each id came with (None: not given)
        headers = {"Prefer": "odata.maxpagesize=50"}
        while True:
            resp = self.client.request("GET", link, headers=headers, allow=DELTA_ERROR_STATUSES)
            if resp.status_code >= 400:
                if not delta_expired(resp) or restarted:
                    raise GraphError("GET", resp.status_code, error_codes(resp) or [_error_code(resp)])
                self._forget_token(resp.status_code, _error_code(resp))
                ids, link, restarted = [], self._delta_start(), True
                continue
            page = resp.json()
            for m in page.get("value", []):
                if "@removed" in m or not m.get("id"):
                    continue
                if m["id"] not in categories:
                    ids.append(m["id"])
                categories[m["id"]] = m.get("categories")
            if page.get("@odata.nextLink"):
                link = page["@odata.nextLink"]
                continue
            delta = page.get("@odata.deltaLink")
            if not delta:
                raise MailboxError("Graph delta response had neither nextLink nor deltaLink")
            if self.marks_read:
                ids = [i for i in ids if not self._handled(categories[i]) and not (
                    categories[i] is None and self._handled(self._categories_of(i)))]
            return ids, delta

    def _message_path(self, message_id: str) -> str:
        return f"{self.client.user_path}/messages/{quote(message_id)}"

    def _read_state(self, message_id: str) -> dict | None:
        """The message's ``categories`` and ``isRead`` (Get message, $select), or None when gone."""
        resp = self.client.request("GET", self._message_path(message_id),
                                   params={"$select": "categories,isRead"}, allow=(404,))
        return None if resp.status_code == 404 else resp.json()

    def _categories_of(self, message_id: str) -> list:
        state = self._read_state(message_id)
        return [] if state is None else list(state.get("categories") or [])

    def fetch_new(self) -> Iterator[Incoming]:
        self.tell_admin()   # what bookings since the last pass found (e.g. the scheduler's retries)
        ids, delta = self._changes()
        self.backlog = len(ids)
        for mid in ids:
            resp = self.client.request("GET", f"{self.client.user_path}/messages/{quote(mid)}/$value", allow=(404,))
            if resp.status_code == 404:
                continue  # moved or deleted since the delta was taken
            yield Incoming(backend_id=mid, raw=resp.content)
        # Every message was handed over (and, by the intake, committed and moved): move the cursor.
        self._save_token(delta)
        self.tell_admin()   # what this pass's bookings found (`stepbot run --once` has no next pass)

    def _folder_id(self, name: str) -> str:
        if name in self._folders:
            return self._folders[name]
        base = f"{self.client.user_path}/mailFolders"
        escaped = name.replace("'", "''")
        found = self.client.json("GET", base, params={"$filter": f"displayName eq '{escaped}'", "$select": "id,displayName"})
        hits = [f for f in found.get("value", []) if f.get("displayName") == name]
        if hits:
            fid = hits[0]["id"]
        else:
            # Not repeated on a 504: a folder made meanwhile is found by the next pass's look-up.
            resp = self.client.request("POST", base, json={"displayName": name}, allow=(409,))
            if resp.status_code == 409:  # made meanwhile by someone else: look again
                found = self.client.json("GET", base, params={"$filter": f"displayName eq '{escaped}'"})
                fid = found["value"][0]["id"]
            else:
                fid = resp.json()["id"]
        self._folders[name] = fid
        return fid

    def mark_processed(self, backend_id: str, *, review: bool = False) -> None:
        """Move the message. Not repeated on a 504 or a dropped connection (``GraphUnsure``): the
        message is then read again by the next pass, intake recognises it, and it is moved again
        (a message already moved answers 404 here). With ``mark_read``: mark it read and add the
        category instead (``mark_read``)."""
        if self.marks_read:
            self.mark_read(backend_id, review=review)
            return
        dest = self._folder_id(self.cfg.review_folder if review else self.cfg.processed_folder)
        resp = self.client.request("POST", f"{self.client.user_path}/messages/{quote(backend_id)}/move",
                                   json={"destinationId": dest}, allow=(404,))
        if resp.status_code == 404:
            log.info("%s/%s: message already moved", self.authority, self.role)

    def mark_read(self, backend_id: str, *, review: bool = False) -> None:
        """PATCH ``isRead: true`` and the categories it has plus ``category`` (and
        ``review_category``), leaving the message in the inbox. Nothing is sent when it is marked
        already, so marking it twice makes no second change; a message deleted meanwhile is a no-op.
        A PATCH sets a state, so it may be repeated after a 503, 504 or a dropped connection."""
        state = self._read_state(backend_id)
        if state is None:
            log.info("%s/%s: message gone before it could be marked read", self.authority, self.role)
            return
        have = [str(c) for c in state.get("categories") or []]
        lower = {c.lower() for c in have}
        wanted = [self.cfg.category] + ([self.cfg.review_category] if review else [])
        missing = [c for c in wanted if c.lower() not in lower]
        if state.get("isRead") and not missing:
            return
        body: dict = {"isRead": True}
        if missing:
            body["categories"] = have + missing
        resp = self.client.request("PATCH", self._message_path(backend_id), json=body, allow=(404,))
        if resp.status_code == 404:
            log.info("%s/%s: message gone before it could be marked read", self.authority, self.role)

    # -- sending ---------------------------------------------------------------------------
    def send(self, raw: bytes, recipients: list[str]) -> None:
        """Send ready-made MIME. Graph takes recipients from the headers, so any recipient the
        headers do not name is added as Bcc.

        sendMail is never repeated blindly: when an earlier try of this message got no clear
        answer, Sent Items is searched for its Message-ID first, and when this try gets none
        (503, 504, a timeout) it is searched at once; found there, the message counts as sent."""
        message_id = _message_id(raw)
        if message_id and self.unsure_sends.contains(message_id) and self.already_sent(message_id):
            log.info("%s/%s: an earlier send of this message went through after all; not sending again",
                     self.authority, self.role)
            return
        try:
            self.client.request("POST", f"{self.client.user_path}/sendMail",
                                content=base64.b64encode(_with_bcc(raw, recipients)),
                                headers={"Content-Type": "text/plain"})
        except GraphUnsure as e:
            if message_id is None:
                raise
            self.unsure_sends.record(message_id)
            if self.already_sent(message_id):
                log.info("%s/%s: sendMail got no clear answer (%s), but the message is in Sent Items",
                         self.authority, self.role, e.what)
                return
            raise MailboxError(f"Graph sendMail got no clear answer ({e.what}) and the message is not in Sent "
                               "Items yet; Sent Items is searched again before any resend") from e

    def already_sent(self, message_id: str) -> bool:
        escaped = message_id.replace("'", "''")
        found = self.client.json("GET", f"{self.client.user_path}/mailFolders/sentitems/messages",
                                 params={"$filter": f"internetMessageId eq '{escaped}'", "$select": "id"})
        return bool(found.get("value"))

    # -- telling the administrator -----------------------------------------------------------
    def tell_admin(self) -> int:
        """Send the alerts the calendar side queued (``admin_notices``), each once, to the
        deployment's ``admin_email``. Returns how many were queued for sending. One that cannot be
        queued now (the database is busy) is put back for the next pass; mail is read regardless."""
        sent = 0
        for problem, detail in self.admin_notices.take():
            try:
                sent += self._alert(problem, detail)
            except Exception:  # noqa: BLE001 - never stops the inbox being read
                log.exception("%s/%s: could not queue the calendar alert yet", self.authority, self.role)
                self.admin_notices.put_back(problem, detail)
        return sent

    def _alert(self, problem: str, detail: dict) -> bool:
        if not self.app.settings.deployment.admin_email:
            log.warning("%s/%s: calendar problem (%s), but no admin_email is configured",
                        self.authority, self.role, problem)
            return False
        now = self.app.clock.now()
        mb = self.app.mailbox_config(self.authority, self.role)
        key = f"calendar:{problem}:{self.authority}:{self.role}:{now.date().isoformat()}"
        with self.app.Session.begin() as s:
            row = alert_admin(self.app, s, key=key, authority=self.authority, role=self.role,
                              what=f"calendar problem ({problem})", template="calendar_alert",
                              context=dict(problem=problem, authority=self.app.display_name(self.authority),
                                           mailbox=self.role, address=mb.address,
                                           calendar=detail.get("calendar") or mb.address,
                                           what=detail.get("what", ""), fallback=detail.get("fallback", "")))
            audit.record(s, "calendar_problem", at=now, authority=self.authority, mailbox=self.role, problem=problem)
        log.warning("%s/%s: calendar problem (%s); admin told", self.authority, self.role, problem)
        return row is not None

    def close(self) -> None:
        pass


def _with_bcc(raw: bytes, recipients: list[str]) -> bytes:
    """The message with every recipient its headers do not name added as Bcc (Graph sends to the
    headers' recipients only)."""
    headers = message_from_bytes(raw, policy=policy.compat32)
    named = {a.lower() for _, a in email.utils.getaddresses(
        headers.get_all("To", []) + headers.get_all("Cc", []) + headers.get_all("Bcc", []))}
    extra = [r for r in recipients if r.lower() not in named]
    if extra:
        raw = f"Bcc: {', '.join(extra)}\r\n".encode() + raw
    return raw
