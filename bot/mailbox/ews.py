"""Exchange Server on premises through EWS (exchangelib).

Reads the inbox items' MIME content, oldest first; moves each message to "Processed" or "Needs
review" (folders under the mailbox root, made when missing) only after its request is committed;
sends ready-made MIME with ``CreateItem`` / ``SendAndSaveCopy`` so the sent copy lands in Sent
Items with the Message-ID the outbox stamped. As with IMAP, the inbox is the queue: whatever is
still in it is handed over again, and intake's de-duplication makes that safe.

With ``inbox_handling: mark_read`` a message stays in the inbox: it is marked read and given the
category ``category`` (``UpdateItem`` on ``IsRead`` and ``Categories``, keeping the categories it has;
read receipts suppressed), and the inbox is listed without the messages that carry that category
(``Not`` around ``IsEqualTo item:Categories``: ``not_categorised``), so a message is fetched once,
whoever marks it read or unread afterwards.

Exchange throttling (``ErrorServerBusy``) is retried a bounded number of times, waiting as long as
the server's ``BackOffMilliseconds`` asks; every other failure raises ``MailboxError``.

Note: Exchange Online blocks EWS from 1 October 2026 (removed 1 April 2027); use the Graph backend
for Microsoft 365. This backend is for on-premises Exchange 2016/2019/Subscription Edition.
"""
from __future__ import annotations

import logging
import threading
import time
from email import message_from_bytes, policy
from email.utils import getaddresses
from typing import Callable, Iterator

from bot.config import ConfigError, EwsBackend
from bot.mailbox.base import Incoming, MailboxError

log = logging.getLogger(__name__)

MAX_BUSY_RETRIES = 4
MAX_BACK_OFF = 300.0
PAGE_SIZE = 50


def build_account(cfg: EwsBackend, *, service_endpoint: str | None = None, version=None, auth_type=None):
    """An exchangelib ``Account`` for the mailbox: DELEGATE access, no autodiscover, FailFast (the
    backend does its own bounded retries). ``service_endpoint``/``version``/``auth_type`` override
    what exchangelib would otherwise work out from ``server`` (tests use them)."""
    from exchangelib import DELEGATE, Account, Configuration, Credentials, FailFast

    kw = {"credentials": Credentials(cfg.username, cfg.password.read()), "retry_policy": FailFast()}
    if service_endpoint:
        kw["service_endpoint"] = service_endpoint
    else:
        kw["server"] = cfg.server
    if version is not None:
        kw["version"] = version
    if auth_type is not None:
        kw["auth_type"] = auth_type
    return Account(cfg.primary_smtp_address, config=Configuration(**kw), autodiscover=False, access_type=DELEGATE)


def not_categorised(category: str):
    """The restriction "does not carry ``category``": ``Not`` around ``IsEqualTo item:Categories``.

    Not ``IsNotEqualTo`` (what exchangelib makes of ``exclude``): on a multi-valued property that
    matches a message with any other category too, and none without categories at all (it finds
    items "that contain" the property, says the EWS reference), so new mail would not be listed."""
    from exchangelib import Q

    return Q(Q(categories=category), conn_type=Q.NOT)


def _ews_errors():
    from exchangelib.errors import EWSError, TransportError
    from requests.exceptions import RequestException

    return (EWSError, TransportError, RequestException, OSError)


class EwsMailbox:
    def __init__(self, app, authority: str, role: str, cfg: EwsBackend, *, account=None,
                 account_factory: Callable | None = None, sleep: Callable[[float], None] = time.sleep):
        self.app = app
        self.authority = authority
        self.role = role
        self.cfg = cfg
        self._account = account
        self._account_factory = account_factory or (lambda: build_account(cfg))
        self.sleep = sleep
        self._folders: dict[str, object] = {}
        self._lock = threading.RLock()

    @property
    def account(self):
        """The exchangelib Account (the booking code uses it for calendar items too)."""
        with self._lock:
            if self._account is None:
                try:
                    self._account = self._account_factory()
                except ConfigError as e:
                    raise MailboxError(f"EWS credentials unavailable: {e}") from None
                except _ews_errors() as e:
                    raise MailboxError(f"EWS {self.cfg.server} connect failed: {type(e).__name__}") from e
            return self._account

    def _call(self, what: str, fn):
        """Run one EWS operation: retry ErrorServerBusy with its back-off, map errors to MailboxError."""
        from exchangelib.errors import ErrorServerBusy

        for attempt in range(MAX_BUSY_RETRIES + 1):
            try:
                return fn()
            except ErrorServerBusy as e:
                if attempt == MAX_BUSY_RETRIES:
                    raise MailboxError(f"EWS {what}: server still busy after {attempt} retries") from e
                wait = min(float(getattr(e, "back_off", None) or 2 ** attempt), MAX_BACK_OFF)
                log.warning("EWS %s throttled (ErrorServerBusy); retrying in %.1f s", what, wait)
                self.sleep(wait)
            except MailboxError:
                raise
            except ConfigError as e:
                raise MailboxError(f"EWS credentials unavailable: {e}") from None
            except _ews_errors() as e:
                self._folders.clear()
                raise MailboxError(f"EWS {what} failed: {type(e).__name__}") from e

    # -- reading ---------------------------------------------------------------------------
    @property
    def marks_read(self) -> bool:
        return self.cfg.inbox_handling == "mark_read"

    def fetch_new(self) -> Iterator[Incoming]:
        def ids():
            inbox = self.account.inbox
            waiting = inbox.filter(not_categorised(self.cfg.category)) if self.marks_read else inbox.all()
            qs = waiting.only("id").order_by("datetime_received")
            qs.page_size = PAGE_SIZE
            return [item.id for item in qs]

        item_ids = self._call("FindItem", ids)
        self.backlog = len(item_ids)
        for i in range(0, len(item_ids), PAGE_SIZE):
            chunk = item_ids[i:i + PAGE_SIZE]
            items = self._call("GetItem", lambda: list(self.account.fetch(
                ids=[(x, None) for x in chunk], only_fields=["mime_content"])))
            for item_id, item in zip(chunk, items):
                if isinstance(item, Exception) or not getattr(item, "mime_content", None):
                    continue  # moved or deleted meanwhile
                raw = item.mime_content
                yield Incoming(backend_id=item_id, raw=raw if isinstance(raw, bytes) else raw.encode())

    def _folder(self, name: str):
        """A folder directly under the mailbox root ("Top of Information Store"), made if missing.
        Found with one shallow FindFolder restricted on the display name."""
        if name in self._folders:
            return self._folders[name]
        from exchangelib import Folder, Q
        from exchangelib.folders import SHALLOW, FolderCollection

        def find_or_make():
            root = self.account.msg_folder_root
            hits = [f for f in FolderCollection(account=self.account, folders=[root]).find_folders(
                q=Q(name=name), depth=SHALLOW) if not isinstance(f, Exception) and f.name == name]
            if hits:
                return hits[0]
            # CreateFolder directly: Folder.save() would first walk the whole folder tree.
            from exchangelib.services import CreateFolder

            made = list(CreateFolder(account=self.account).call(parent_folder=root, folders=[Folder(parent=root, name=name)]))
            if not made or isinstance(made[0], Exception):
                raise made[0] if made else MailboxError(f"EWS could not create folder {name!r}")
            return made[0]

        folder = self._call("FindFolder", find_or_make)
        self._folders[name] = folder
        return folder

    def mark_processed(self, backend_id: str, *, review: bool = False) -> None:
        from exchangelib.errors import ErrorItemNotFound

        if self.marks_read:
            self.mark_read(backend_id, review=review)
            return
        dest = self._folder(self.cfg.review_folder if review else self.cfg.processed_folder)
        results = self._call("MoveItem", lambda: list(self.account.bulk_move(ids=[(backend_id, None)], to_folder=dest)))
        for r in results:
            if isinstance(r, ErrorItemNotFound):
                log.info("%s/%s: message already moved", self.authority, self.role)
            elif isinstance(r, Exception):
                raise MailboxError(f"EWS MoveItem failed: {type(r).__name__}")

    def mark_read(self, backend_id: str, *, review: bool = False) -> None:
        """Mark the message read and add ``category`` (and ``review_category``) to the categories it
        has, leaving it in the inbox. Nothing is written when it is marked already; a message
        deleted meanwhile is a no-op."""
        from exchangelib.errors import ErrorItemNotFound

        found = self._call("GetItem", lambda: list(self.account.fetch(
            ids=[(backend_id, None)], only_fields=["categories", "is_read"])))
        item = found[0] if found else None
        if item is None or isinstance(item, ErrorItemNotFound):
            log.info("%s/%s: message gone before it could be marked read", self.authority, self.role)
            return
        if isinstance(item, Exception):
            raise MailboxError(f"EWS GetItem failed: {type(item).__name__}")
        have = list(item.categories or [])
        lower = {c.lower() for c in have}
        wanted = [self.cfg.category] + ([self.cfg.review_category] if review else [])
        missing = [c for c in wanted if c.lower() not in lower]
        if item.is_read and not missing:
            return
        item.is_read, item.categories = True, have + missing
        results = self._call("UpdateItem", lambda: list(self.account.bulk_update(
            items=[(item, ["is_read", "categories"])], suppress_read_receipts=True)))
        for r in results:
            if isinstance(r, ErrorItemNotFound):
                log.info("%s/%s: message gone before it could be marked read", self.authority, self.role)
            elif isinstance(r, Exception):
                raise MailboxError(f"EWS UpdateItem failed: {type(r).__name__}")

    # -- sending ---------------------------------------------------------------------------
    def send(self, raw: bytes, recipients: list[str]) -> None:
        """Send ready-made MIME and keep a copy in Sent Items. Exchange takes the recipients from
        the headers, so any recipient they do not name is added as Bcc."""
        from exchangelib import Message

        headers = message_from_bytes(raw, policy=policy.compat32)
        named = {a.lower() for _, a in getaddresses(
            headers.get_all("To", []) + headers.get_all("Cc", []) + headers.get_all("Bcc", []))}
        extra = [r for r in recipients if r.lower() not in named]
        if extra:
            raw = f"Bcc: {', '.join(extra)}\r\n".encode() + raw

        def go():
            Message(account=self.account, folder=self.account.sent, mime_content=raw).send_and_save()

        self._call("CreateItem", go)

    def already_sent(self, message_id: str) -> bool:
        return bool(self._call("FindItem", lambda: self.account.sent.filter(message_id=message_id).exists()))

    def close(self) -> None:
        with self._lock:
            acc, self._account = self._account, None
            self._folders.clear()
        if acc is not None:
            try:
                acc.protocol.close()
            except Exception:  # noqa: BLE001 - best effort
                pass
