"""IMAP backend (imapclient) with SMTP sending: the duty inbox on Dovecot, Exchange Online's IMAP
(with XOAUTH2), Gmail, or any RFC 3501 server.

How mail is never skipped nor repeated:
- The inbox is the queue. ``fetch_new`` hands over every message still in the inbox, oldest UID
  first; a message leaves the inbox only through ``mark_processed``, which the intake calls after
  the request is committed. A crash between commit and move just hands the message over again;
  intake recognises it (by a digest of its content) and the move then happens.
- UIDVALIDITY and the highest UID seen are kept in ``MailboxState``. A backend id is
  ``"<uidvalidity>:<uid>"``, so a move asked for with a UID from before a UIDVALIDITY change is
  refused (that UID may now name another message); the message is simply read again.
- On a UIDVALIDITY change the whole inbox is read again, as always; nothing repeats because intake
  is idempotent.
- ``inbox_handling: mark_read`` leaves each message in the inbox: ``mark_processed`` sets \\Seen and
  the keyword named by ``category`` (and ``review_category`` when it waits for a person), and
  ``fetch_new`` lists only ``UID SEARCH NOT DELETED NOT KEYWORD <category>``, so a message taken in
  is never fetched again, whoever marks it read or unread. Not \\Seen: a message the duty team
  opened before stepbot got to it must still be taken in. A server that keeps no keywords of ours
  (its PERMANENTFLAGS has no ``\\*``, as on Exchange Online) gets \\Seen only, and the inbox is read
  from above the highest UID already handled (``MailboxState.last_uid``), which only grows, since a
  pass takes messages in UID order and marks each before the next.

Nothing waits for the next message: a server announces mail that arrives during a pass in the
untagged responses to FETCH or MOVE, which imapclient does not keep, and an IDLE begun afterwards
reports nothing new. So ``wait`` first looks again (``mail_waiting``: NOOP, then a UID SEARCH above
the highest UID the last ``fetch_new`` saw) and returns at once when there is mail. Dovecot shows
another session's new mail to a selected folder only at its next command, so every SEARCH is
preceded by a NOOP.

Push: ``wait(stop, timeout)`` uses IMAP IDLE (RFC 2177) when the server offers it, renewed before
the 29-minute limit, and polls otherwise. Any socket or protocol error drops the connection and
raises ``MailboxError``; the daemon reconnects with capped exponential backoff.

Sent copies: sent mail is filed in the folder the server marks ``\\Sent`` (RFC 6154 special use:
"Sent Items" on Exchange, "[Gmail]/Sent Mail" on Gmail), found with imapclient's
``find_special_folder``, unless the deployment names ``sent_folder``; only a server with no such
folder gets a "Sent" folder made. Exchange Online and Gmail save mail submitted over SMTP in that
folder themselves, so there stepbot appends no copy of its own (``sent_copy: auto``), which would
be a second one; it still searches the folder before any resend.
"""
from __future__ import annotations

import imaplib
import logging
import socket
import ssl
import threading
import time
from typing import Iterator


from bot.config import ConfigError, ImapBackend
from bot.mailbox.base import Incoming, MailboxError

log = logging.getLogger(__name__)

IDLE_RENEW_SECONDS = 24 * 60      # RFC 2177: re-issue IDLE at least every 29 minutes
FETCH_BATCH = 25
NET_ERRORS = (imaplib.IMAP4.error, imaplib.IMAP4.abort, OSError, socket.timeout, ssl.SSLError, EOFError)
# SMTP submission servers that file what they send in the mailbox's Sent folder themselves:
# Exchange Online ("Sent Items") and Gmail ("[Gmail]/Sent Mail").
SERVER_SAVES_SENT = frozenset({"smtp.office365.com", "smtp.gmail.com", "smtp.googlemail.com"})
SENT = b"\\Sent"                  # RFC 6154 special-use attribute (imapclient.imapclient.SENT)


def server_saves_sent(cfg: ImapBackend) -> bool:
    """The SMTP server files a copy of what stepbot sends, so stepbot appends none
    (``sent_copy``: "server" says so, "append" says not, "auto" knows Exchange Online and Gmail)."""
    if cfg.sent_copy != "auto":
        return cfg.sent_copy == "server"
    return cfg.smtp.host.strip().lower().rstrip(".") in SERVER_SAVES_SENT


def keeps_keywords(permanent_flags, keyword: str) -> bool:
    """The selected folder keeps keywords of ours: its PERMANENTFLAGS (RFC 9051 7.1) list ``\\*``
    (any new keyword) or the keyword itself."""
    flags = {bytes(f).lower() for f in permanent_flags or ()}
    return b"\\*" in flags or keyword.encode("ascii", "replace").lower() in flags


def sent_folder_named(cfg: ImapBackend) -> bool:
    """The deployment names the Sent folder itself (else the server's \\Sent folder is used)."""
    return "sent_folder" in cfg.model_fields_set


def _imap_errors():
    from imapclient.exceptions import IMAPClientError

    return NET_ERRORS + (IMAPClientError,)


class ImapMailbox:
    """One duty inbox over IMAP. Not thread-safe for reading (one watcher thread owns it); ``send``
    uses its own short connection to append the sent copy, so the outbox may call it from another
    thread while the watcher is in IDLE."""

    def __init__(self, app, authority: str, role: str, cfg: ImapBackend, *, transport=None,
                 token_provider=None, ssl_context: ssl.SSLContext | None = None, timeout: float | None = None):
        self.app = app
        self.authority = authority
        self.role = role
        self.cfg = cfg
        self.timeout = cfg.timeout_seconds if timeout is None else timeout
        self._ssl_context = ssl_context
        self._token_provider = token_provider
        self._transport = transport
        self.client = None
        self.uidvalidity: int | None = None
        self.seen_uid = 0      # the highest UID the last fetch_new listed on this connection
        self.capabilities: frozenset[bytes] = frozenset()
        self.keywords = False  # the selected inbox keeps keywords of ours (PERMANENTFLAGS has \*)
        self._lock = threading.RLock()
        self._sent_client = None           # the connection sent copies are filed through
        self._sent_lock = threading.Lock()
        self._sent_folder: str | None = None   # the Sent folder, once found

    # -- connection ------------------------------------------------------------------------
    def _tokens(self):
        if self._token_provider is None:
            from bot.mailbox.oauth import OUTLOOK_SCOPE, provider_for

            self._token_provider = provider_for(self.cfg.oauth2, OUTLOOK_SCOPE)
        return self._token_provider

    def _context(self) -> ssl.SSLContext:
        # made once: loading the system's trusted certificates costs more than a send on loopback
        if self._ssl_context is None:
            self._ssl_context = ssl.create_default_context()
        return self._ssl_context

    def _open(self):
        """A new logged-in IMAPClient (no folder selected)."""
        import imapclient

        cfg = self.cfg
        ctx = self._context() if cfg.security != "none" else None
        c = imapclient.IMAPClient(cfg.host, port=cfg.port, ssl=cfg.security == "tls",
                                  ssl_context=ctx if cfg.security == "tls" else None, timeout=self.timeout)
        try:
            if cfg.security == "starttls":
                c.starttls(ctx)
            if cfg.oauth2 is not None:
                c.oauth2_login(cfg.username, self._tokens().token())
            else:
                c.login(cfg.username, cfg.password.read())
        except BaseException:
            try:
                c.shutdown()
            except Exception:  # noqa: BLE001 - already failing
                pass
            raise
        return c

    def connect(self) -> None:
        """Log in, make sure the folders exist, select the inbox and check UIDVALIDITY."""
        with self._lock:
            if self.client is not None:
                return
            try:
                c = self._open()
                self.capabilities = frozenset(c.capabilities())
                if not self.marks_read:   # mark_read leaves mail in the inbox: no folders to make
                    for folder in (self.cfg.processed_folder, self.cfg.review_folder):
                        if not c.folder_exists(folder):
                            c.create_folder(folder)
                info = c.select_folder(self.cfg.inbox)
            except ConfigError as e:
                raise MailboxError(f"IMAP credentials unavailable: {e}") from None
            except _imap_errors() as e:
                from bot.mailbox.smtp import redact

                raise MailboxError(f"IMAP {self.cfg.host}:{self.cfg.port} connect failed: "
                                   f"{type(e).__name__}: {redact(str(e))[:300]}") from e
            self.client = c
            self.seen_uid = 0
            self.uidvalidity = int(info[b"UIDVALIDITY"])
            self.keywords = keeps_keywords(info.get(b"PERMANENTFLAGS", ()), self.cfg.category)
            if self.marks_read and not self.keywords:
                log.info("%s/%s: the server keeps no keywords of ours; handled mail is marked read and the "
                         "inbox is read from above the last message handled", self.authority, self.role)
            self._check_uidvalidity(self.uidvalidity)

    @property
    def marks_read(self) -> bool:
        return self.cfg.inbox_handling == "mark_read"

    def _unhandled(self) -> list:
        """The search criteria for "not yet taken in" (besides NOT DELETED): with ``mark_read`` on a
        server that keeps keywords, NOT KEYWORD <category>; else nothing more."""
        if self.marks_read and self.keywords:
            return ["NOT", "KEYWORD", self.cfg.category]
        return []

    def _handled_up_to(self) -> int:
        """With ``mark_read`` on a server without keywords: the highest UID already handled in this
        UIDVALIDITY (0 when none); everything at or below it has been taken in. Else 0."""
        if not self.marks_read or self.keywords:
            return 0
        from bot.health import state_row

        with self.app.Session.begin() as s:
            st = state_row(s, self.authority, self.role, at=self.app.clock.now())
            return (st.last_uid or 0) if st.uidvalidity == self.uidvalidity else 0

    def _check_uidvalidity(self, uidvalidity: int) -> None:
        from bot import audit
        from bot.health import state_row

        now = self.app.clock.now()
        with self.app.Session.begin() as s:
            st = state_row(s, self.authority, self.role, at=now)
            if st.uidvalidity is not None and st.uidvalidity != uidvalidity:
                log.warning("%s/%s: UIDVALIDITY changed (%s -> %s); reading the whole inbox again",
                            self.authority, self.role, st.uidvalidity, uidvalidity)
                audit.record(s, "mailbox_uidvalidity_changed", at=now, authority=self.authority,
                             mailbox=self.role, old=st.uidvalidity, new=uidvalidity)
                st.last_uid = None
            st.uidvalidity = uidvalidity

    def _drop(self) -> None:
        c, self.client = self.client, None
        if c is not None:
            try:
                c.shutdown()
            except Exception:  # noqa: BLE001 - the socket may already be gone
                pass

    def _failed(self, what: str, e: Exception) -> MailboxError:
        from bot.mailbox.smtp import redact

        self._drop()
        return MailboxError(f"IMAP {what} failed: {type(e).__name__}: {redact(str(e))[:300]}")

    # -- reading ---------------------------------------------------------------------------
    def fetch_new(self) -> Iterator[Incoming]:
        """Every message in the inbox, oldest first, in batches (see the module docstring)."""
        self.connect()
        floor = self._handled_up_to()
        with self._lock:
            try:
                self.client.noop()   # Dovecot shows mail that arrived since the last command only now
                above = ["UID", f"{floor + 1}:*"] if floor else []
                uids = sorted(u for u in self.client.search([*above, "NOT", "DELETED", *self._unhandled()])
                              if u > floor)   # "n:*" always matches the highest UID (RFC 3501 6.4.8)
            except _imap_errors() as e:
                raise self._failed("search", e) from e
            uidvalidity = self.uidvalidity
            self.seen_uid = max(self.seen_uid, floor)
            if uids:
                self.seen_uid = max(self.seen_uid, uids[-1])
        self.backlog = len(uids)
        for i in range(0, len(uids), FETCH_BATCH):
            chunk = uids[i:i + FETCH_BATCH]
            with self._lock:
                if self.client is None or self.uidvalidity != uidvalidity:
                    return  # reconnected meanwhile: the next pass reads the inbox again
                try:
                    data = self.client.fetch(chunk, ["BODY.PEEK[]"])
                except _imap_errors() as e:
                    raise self._failed("fetch", e) from e
            for uid in chunk:
                item = data.get(uid)
                if not item:
                    continue  # moved away meanwhile
                raw = item.get(b"BODY[]")
                if raw is None:
                    continue
                yield Incoming(backend_id=f"{uidvalidity}:{uid}", raw=bytes(raw))

    def mark_processed(self, backend_id: str, *, review: bool = False) -> None:
        """Move one message to Processed / Needs review: MOVE (RFC 6851) when offered, else COPY,
        \\Deleted and (UID) EXPUNGE. With ``mark_read``: STORE +FLAGS \\Seen and the category's
        keyword (and the review one) instead, leaving it in the inbox. Idempotent: a UID that is
        gone already is a no-op."""
        self.mark_processed_many([backend_id], review=review)

    def mark_processed_many(self, backend_ids: list[str], *, review: bool = False) -> None:
        """``mark_processed`` for several messages in one command (a UID set): a backlog's
        committed messages leave the inbox a batch at a time, not one round trip each."""
        self.connect()
        with self._lock:
            uids = []
            for backend_id in backend_ids:
                validity, _, uid_s = backend_id.partition(":")
                if str(self.uidvalidity) != validity:
                    log.info("%s/%s: not moving UID %s from an older UIDVALIDITY; it will be read again",
                             self.authority, self.role, uid_s)
                    continue
                uids.append(int(uid_s))
            if not uids:
                return
            dest = self.cfg.review_folder if review else self.cfg.processed_folder
            c = self.client
            try:
                if self.marks_read:
                    c.add_flags(uids, self._flags(review), silent=True)
                elif b"MOVE" in self.capabilities:
                    c.move(uids, dest)
                else:
                    uids = c.search(["UID", ",".join(map(str, uids))])
                    if not uids:
                        return
                    c.copy(uids, dest)
                    c.add_flags(uids, [b"\\Deleted"], silent=True)
                    if b"UIDPLUS" in self.capabilities:
                        c.uid_expunge(uids)
                    else:
                        c.expunge()
            except _imap_errors() as e:
                raise self._failed("move", e) from e
        self._record_uid(max(uids))

    def _flags(self, review: bool) -> list[bytes]:
        flags = [b"\\Seen"]
        if self.keywords:
            flags.append(self.cfg.category.encode("ascii"))
            if review:
                flags.append(self.cfg.review_category.encode("ascii"))
        return flags

    def _record_uid(self, uid: int) -> None:
        from bot.health import state_row

        with self.app.Session.begin() as s:
            st = state_row(s, self.authority, self.role, at=self.app.clock.now())
            if st.uidvalidity == self.uidvalidity and (st.last_uid or 0) < uid:
                st.last_uid = uid

    def supports_idle(self) -> bool:
        return self.cfg.idle and b"IDLE" in self.capabilities

    def mail_waiting(self) -> bool:
        """True when the inbox holds a message above the highest UID the last ``fetch_new`` listed:
        mail that arrived during (or since) the last pass. NOOP first, then ``UID SEARCH n:*``."""
        self.connect()
        with self._lock:
            above = self.seen_uid
            try:
                self.client.noop()
                uids = self.client.search(["UID", f"{above + 1}:*", "NOT", "DELETED", *self._unhandled()])
            except _imap_errors() as e:
                raise self._failed("search", e) from e
        # "n:*" always matches the highest UID, even one below n (RFC 3501 6.4.8): filter.
        return any(uid > above for uid in uids)

    def wait(self, stop: threading.Event, timeout: float | None = None) -> bool:
        """Block until new mail may be waiting, ``stop`` is set, or ``timeout`` passes.

        First looks again (``mail_waiting``) and returns True at once when mail arrived since the
        last ``fetch_new``. Then, with IDLE: returns True as soon as the server reports EXISTS.
        Without: sleeps ``poll_seconds`` (interruptible) and returns True. Raises MailboxError when
        the connection fails (the caller reconnects)."""
        if self.mail_waiting():
            return True
        if not self.supports_idle():
            stop.wait(self.cfg.poll_seconds if timeout is None else min(timeout, self.cfg.poll_seconds))
            return True
        limit = IDLE_RENEW_SECONDS if timeout is None else min(timeout, IDLE_RENEW_SECONDS)
        deadline = time.monotonic() + limit
        with self._lock:
            c = self.client
            try:
                c.idle()
                new_mail = False
                while not stop.is_set() and not new_mail:
                    left = deadline - time.monotonic()
                    if left <= 0:
                        break
                    for resp in c.idle_check(timeout=min(1.0, left)):
                        if len(resp) >= 2 and resp[1] in (b"EXISTS", b"RECENT") and resp[0]:
                            new_mail = True
                        elif resp and resp[0] == b"BYE":
                            raise MailboxError("server said BYE during IDLE")
                c.idle_done()
            except MailboxError:
                self._drop()
                raise
            except _imap_errors() as e:
                raise self._failed("IDLE", e) from e
        return new_mail

    # -- sending ---------------------------------------------------------------------------
    @property
    def transport(self):
        if self._transport is None:
            from bot.mailbox.smtp import SmtpTransport

            self._transport = SmtpTransport(self.cfg.smtp)
        return self._transport

    # The outbox passes ``acceptance`` to ``send`` and records the acceptance before the Sent copy.
    reports_acceptance = True

    def send(self, raw: bytes, recipients: list[str], *, acceptance=None) -> None:
        """Send through SMTP with the outbox's ``acceptance`` around the server's reply (the row is
        committed as sent then), then APPEND the sent copy to the Sent folder, unless the SMTP server
        files one itself (``server_saves_sent``). A failed APPEND is logged, not raised: the message
        went out, and raising would make the outbox send it twice."""
        if acceptance is not None and getattr(self.transport, "reports_acceptance", False):
            self.transport.send(raw, recipients, acceptance=acceptance)
        elif acceptance is not None:
            with acceptance():
                self.transport.send(raw, recipients)
        else:
            self.transport.send(raw, recipients)
        if not self.cfg.sent_folder or server_saves_sent(self.cfg):
            return  # no copies, or the server filed one itself
        from bot.mailbox.smtp import crlf

        with self._sent_lock:
            folder = self._sent_folder or self.cfg.sent_folder
            try:
                c = self._sent_connection()
                folder = self._sent_folder
                c.append(folder, crlf(raw), flags=[b"\\Seen"])
            except (ConfigError, *_imap_errors()) as e:
                self._drop_sent_connection()
                log.warning("%s/%s: sent, but could not append the copy to %s: %s", self.authority, self.role,
                            folder, type(e).__name__)

    def sent_folder(self, c) -> str | None:
        """The folder sent copies live in, on the logged-in connection ``c``: the deployment's
        ``sent_folder`` when it names one, else the server's ``\\Sent`` special-use folder (RFC
        6154), else "Sent". Found once per backend."""
        if not self.cfg.sent_folder:
            return None
        if self._sent_folder is None:
            found = None if sent_folder_named(self.cfg) else c.find_special_folder(SENT)
            self._sent_folder = found or self.cfg.sent_folder
            if found:
                log.info("%s/%s: sent copies are in the server's Sent folder", self.authority, self.role)
        return self._sent_folder

    def _sent_connection(self):
        """The connection that files sent copies: kept open from one send to the next (a backlog's
        replies do not each log in again), checked with NOOP before it is used again."""
        c = self._sent_client
        if c is not None:
            try:
                c.noop()
                return c
            except (ConfigError, *_imap_errors()):
                self._drop_sent_connection()
        c = self._open()
        try:
            folder = self.sent_folder(c)
            if not c.folder_exists(folder):
                c.create_folder(folder)   # only a server with no \Sent folder gets one made
        except BaseException:
            c.shutdown()
            raise
        self._sent_client = c
        return c

    def _drop_sent_connection(self) -> None:
        c, self._sent_client = self._sent_client, None
        if c is not None:
            try:
                c.logout()
            except Exception:  # noqa: BLE001 - it is being thrown away
                pass

    def already_sent(self, message_id: str) -> bool:
        """True when the Sent folder holds a message with this Message-ID (outbox crash recovery)."""
        if not self.cfg.sent_folder:
            return False
        try:
            c = self._open()
            try:
                folder = self.sent_folder(c)
                if not c.folder_exists(folder):
                    return False
                c.select_folder(folder, readonly=True)
                c.noop()
                # UID SEARCH HEADER Message-ID: a substring match (RFC 3501 6.4.4), so the id is
                # searched with its angle brackets and checked exactly on what comes back.
                uids = c.search(["HEADER", "Message-ID", message_id])
                if not uids:
                    return False
                found = c.fetch(uids, ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
                wanted = message_id.strip()
                for item in found.values():
                    header = next((v for k, v in item.items() if k.startswith(b"BODY[HEADER")), b"")
                    value = header.decode("ascii", "replace").partition(":")[2]
                    if " ".join(value.split()) == wanted:
                        return True
                return False
            finally:
                c.logout()
        except (ConfigError, *_imap_errors()) as e:
            raise MailboxError(f"IMAP Sent-folder check failed: {type(e).__name__}: {e}") from e

    def close(self) -> None:
        with self._lock:
            c, self.client = self.client, None
        if c is not None:
            try:
                c.logout()
            except Exception:  # noqa: BLE001 - best effort
                try:
                    c.shutdown()
                except Exception:  # noqa: BLE001
                    pass
        with self._sent_lock:
            self._drop_sent_connection()
