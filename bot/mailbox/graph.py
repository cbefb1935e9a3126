"""Microsoft 365 through Microsoft Graph: the backend most councils need (Exchange Online blocks
EWS from 1 October 2026 and removes it on 1 April 2027).

``GraphClient`` is a small general client (tokens, throttling, errors) that the booking code also
uses for calendar events; ``GraphMailbox`` is the duty-inbox backend built on it.

Reading uses a delta query on the inbox (``/mailFolders/inbox/messages/delta``); the deltaLink is
kept in ``MailboxState.sync_token`` and saved only after a pass has handed over every message, so
a pass cut short by a failure is simply read again (intake is idempotent). A delta token the
service no longer knows (410 Gone) starts a full read of the inbox. Messages are read as raw MIME
(``/messages/{id}/$value``), moved with ``/messages/{id}/move`` to folders found (or made) by display
name, and sent as raw MIME with ``POST /users/{id}/sendMail`` (``Content-Type: text/plain``, the
MIME base64-encoded), so the Message-ID the outbox stamped is the one that goes out.
"""
from __future__ import annotations

import base64
import email.utils
import logging
import time
from datetime import datetime, timezone
from email import message_from_bytes, policy
from typing import Callable, Iterator
from urllib.parse import quote

import httpx

from bot.config import GraphBackend, OAuth2
from bot.health import state_row
from bot.mailbox.base import Incoming, MailboxError
from bot.mailbox.oauth import GRAPH_SCOPE, provider_for

log = logging.getLogger(__name__)

RETRY_STATUSES = (429, 503, 504)
DEFAULT_MAX_RETRIES = 5
MAX_RETRY_AFTER = 300.0


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


class GraphClient:
    """``GraphClient(oauth2_cfg, base_url, user).request("GET", "/users/{id}/messages")``.

    - ``path`` is relative to ``base_url`` (``/users/...``) or an absolute URL (a nextLink/deltaLink).
    - Tokens come from msal (client credentials, scope ``https://graph.microsoft.com/.default``),
      cached until near expiry.
    - 429, 503 and 504 are retried up to ``max_retries`` times, waiting as ``Retry-After`` says
      (through ``sleep``, injectable so tests do not wait); network errors are retried the same way.
    - Any other status >= 400 raises ``MailboxError``, unless it is listed in ``allow``: then the
      response is returned for the caller to handle (e.g. ``allow=(404,)`` for "already gone").
    - ``user_path`` is ``/users/<user>`` for the configured mailbox user.
    """

    def __init__(self, oauth2: OAuth2 | None, base_url: str, user: str, http: httpx.Client | None = None, *,
                 token_provider=None, sleep: Callable[[float], None] = time.sleep,
                 max_retries: int = DEFAULT_MAX_RETRIES, timeout: float = 60.0):
        self.base_url = base_url.rstrip("/")
        self.user = user
        self.http = http or httpx.Client(timeout=timeout)
        self.sleep = sleep
        self.max_retries = max_retries
        if token_provider is None:
            token_provider = provider_for(oauth2, GRAPH_SCOPE)
        self.tokens = token_provider

    @property
    def user_path(self) -> str:
        return f"/users/{quote(self.user, safe='@')}"

    def url(self, path: str) -> str:
        return path if path.startswith(("https://", "http://")) else self.base_url + path

    def request(self, method: str, path: str, *, allow: tuple[int, ...] = (), **kw) -> httpx.Response:
        url = self.url(path)
        headers = dict(kw.pop("headers", None) or {})
        last = ""
        for attempt in range(self.max_retries + 1):
            headers["Authorization"] = f"Bearer {self.tokens.token()}"
            try:
                resp = self.http.request(method, url, headers=headers, **kw)
            except httpx.TransportError as e:
                last = f"{type(e).__name__}"
                if attempt < self.max_retries:
                    self.sleep(retry_after_seconds(None, attempt))
                    continue
                raise MailboxError(f"Graph {method} failed: {last}") from e
            if resp.status_code in RETRY_STATUSES and attempt < self.max_retries:
                wait = retry_after_seconds(resp.headers.get("Retry-After"), attempt)
                log.warning("Graph %s throttled (%d); retrying in %.1f s", method, resp.status_code, wait)
                self.sleep(wait)
                continue
            if resp.status_code >= 400 and resp.status_code not in allow:
                raise MailboxError(f"Graph {method} {resp.status_code}: {_error_code(resp)}")
            return resp
        raise MailboxError(f"Graph {method} still throttled after {self.max_retries} retries {last}".strip())

    def json(self, method: str, path: str, **kw) -> dict:
        return self.request(method, path, **kw).json()

    def close(self) -> None:
        self.http.close()


def _error_code(resp: httpx.Response) -> str:
    """The Graph error code (never the message text, which may quote personal data)."""
    try:
        return str(resp.json().get("error", {}).get("code", "unknown"))
    except ValueError:
        return "no JSON body"


class GraphMailbox:
    def __init__(self, app, authority: str, role: str, cfg: GraphBackend, *, client: GraphClient | None = None):
        self.app = app
        self.authority = authority
        self.role = role
        self.cfg = cfg
        self.client = client or GraphClient(cfg.oauth2, cfg.base_url, cfg.user)
        self._folders: dict[str, str] = {}

    # -- state -----------------------------------------------------------------------------
    def _load_token(self) -> str | None:
        with self.app.Session.begin() as s:
            return state_row(s, self.authority, self.role, at=self.app.clock.now()).sync_token

    def _save_token(self, token: str | None) -> None:
        with self.app.Session.begin() as s:
            state_row(s, self.authority, self.role, at=self.app.clock.now()).sync_token = token

    # -- reading ---------------------------------------------------------------------------
    def _delta_start(self) -> str:
        return (f"{self.client.user_path}/mailFolders/inbox/messages/delta"
                "?$select=id,internetMessageId,receivedDateTime")

    def _changes(self) -> tuple[list[str], str]:
        """(ids of messages added or changed in the inbox since the saved deltaLink, new deltaLink)."""
        link = self._load_token() or self._delta_start()
        ids: list[str] = []
        headers = {"Prefer": "odata.maxpagesize=50"}
        while True:
            resp = self.client.request("GET", link, headers=headers, allow=(410,))
            if resp.status_code == 410:
                log.warning("%s/%s: Graph delta token expired; reading the whole inbox again",
                            self.authority, self.role)
                self._save_token(None)
                ids, link = [], self._delta_start()
                continue
            page = resp.json()
            for m in page.get("value", []):
                if "@removed" in m or not m.get("id"):
                    continue
                if m["id"] not in ids:
                    ids.append(m["id"])
            if page.get("@odata.nextLink"):
                link = page["@odata.nextLink"]
                continue
            delta = page.get("@odata.deltaLink")
            if not delta:
                raise MailboxError("Graph delta response had neither nextLink nor deltaLink")
            return ids, delta

    def fetch_new(self) -> Iterator[Incoming]:
        ids, delta = self._changes()
        self.backlog = len(ids)
        for mid in ids:
            resp = self.client.request("GET", f"{self.client.user_path}/messages/{quote(mid)}/$value", allow=(404,))
            if resp.status_code == 404:
                continue  # moved or deleted since the delta was taken
            yield Incoming(backend_id=mid, raw=resp.content)
        # Every message was handed over (and, by the intake, committed and moved): move the cursor.
        self._save_token(delta)

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
            resp = self.client.request("POST", base, json={"displayName": name}, allow=(409,))
            if resp.status_code == 409:  # made meanwhile by someone else: look again
                found = self.client.json("GET", base, params={"$filter": f"displayName eq '{escaped}'"})
                fid = found["value"][0]["id"]
            else:
                fid = resp.json()["id"]
        self._folders[name] = fid
        return fid

    def mark_processed(self, backend_id: str, *, review: bool = False) -> None:
        dest = self._folder_id(self.cfg.review_folder if review else self.cfg.processed_folder)
        resp = self.client.request("POST", f"{self.client.user_path}/messages/{quote(backend_id)}/move",
                                   json={"destinationId": dest}, allow=(404,))
        if resp.status_code == 404:
            log.info("%s/%s: message already moved", self.authority, self.role)

    # -- sending ---------------------------------------------------------------------------
    def send(self, raw: bytes, recipients: list[str]) -> None:
        """Send ready-made MIME. Graph takes recipients from the headers, so any recipient the
        headers do not name is added as Bcc."""
        headers = message_from_bytes(raw, policy=policy.compat32)
        named = {a.lower() for _, a in email.utils.getaddresses(
            headers.get_all("To", []) + headers.get_all("Cc", []) + headers.get_all("Bcc", []))}
        extra = [r for r in recipients if r.lower() not in named]
        if extra:
            raw = f"Bcc: {', '.join(extra)}\r\n".encode() + raw
        self.client.request("POST", f"{self.client.user_path}/sendMail", content=base64.b64encode(raw),
                            headers={"Content-Type": "text/plain"})

    def already_sent(self, message_id: str) -> bool:
        escaped = message_id.replace("'", "''")
        found = self.client.json("GET", f"{self.client.user_path}/mailFolders/sentitems/messages",
                                 params={"$filter": f"internetMessageId eq '{escaped}'", "$select": "id"})
        return bool(found.get("value"))

    def close(self) -> None:
        pass
