"""SMTP sending (standard library ``smtplib``): STARTTLS, implicit TLS or plain; password or
OAuth2 (XOAUTH2, as Exchange Online and Gmail accept it).

A failure of any kind raises ``MailboxError`` so the outbox retries it later (a system error). The
envelope sender is the address in the message's From header (the duty mailbox).
"""
from __future__ import annotations

import logging
import re
import smtplib
import socket
import ssl
import threading
import time
from email import message_from_bytes, policy
from email.utils import getaddresses

from bot.config import ConfigError, SmtpSettings
from bot.mailbox.base import MailboxError

log = logging.getLogger(__name__)


_FROM = re.compile(rb"^from:(.*(?:\r?\n[ \t].*)*)", re.I | re.M)
_SENDERS: dict[bytes, str] = {}   # a From header's value -> its address: one per duty mailbox


def envelope_sender(raw: bytes) -> str:
    """The bare address of the message's (first) From header ('' for none: a null reverse-path).
    The header is found in the header block without copying the message, and its address, the
    same for every mail of a mailbox, parsed once."""
    ends = [i for i in (raw.find(b"\r\n\r\n"), raw.find(b"\n\n")) if i >= 0]
    m = _FROM.search(raw, 0, min(ends) if ends else len(raw))
    if m is None:
        return ""
    value = m.group(1).rstrip(b"\r")
    found = _SENDERS.get(value)
    if found is None:
        headers = message_from_bytes(b"From:" + value + b"\r\n\r\n", policy=policy.compat32)
        addresses = getaddresses(headers.get_all("From", []))
        found = addresses[0][1] if addresses else ""
        if len(_SENDERS) >= 256:
            _SENDERS.clear()
        _SENDERS[value] = found
    return found


_ADDRESS = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")


def redact(text: str) -> str:
    """Server replies quote addresses ("<jo@x>: Recipient address rejected"): keep them out of logs."""
    return _ADDRESS.sub("<address>", text)


def crlf(raw: bytes) -> bytes:
    """Line endings as SMTP wants them (RFC 5321 2.3.8): smtplib sends bytes as they are."""
    return re.sub(rb"\r?\n", b"\r\n", raw)


def xoauth2_string(username: str, token: str) -> str:
    """The SASL XOAUTH2 initial response (before base64), as Microsoft and Google document it."""
    return f"user={username}\x01auth=Bearer {token}\x01\x01"


def _sendmail_in_two_steps(conn: smtplib.SMTP, sender: str, recipients: list[str], data: bytes, acceptance,
                           in_data: list) -> dict:
    """``smtplib.SMTP.sendmail`` with its last step apart: MAIL, RCPT, DATA and the message body
    as sendmail sends them, then the final ``.`` and the server's reply inside ``acceptance()``
    (RFC 5321 4.1.1.4: the server takes responsibility for the message only at that reply).
    Returns the refused recipients, as sendmail does."""
    conn.ehlo_or_helo_if_needed()
    options = [f"SIZE={len(data)}"] if conn.does_esmtp and conn.has_extn("size") else []
    code, resp = conn.mail(sender, options)
    if code != 250:
        conn.rset()
        raise smtplib.SMTPSenderRefused(code, resp, sender)
    refused = {}
    for each in recipients:
        code, resp = conn.rcpt(each)
        if code not in (250, 251):
            refused[each] = (code, resp)
    if len(refused) == len(recipients):
        conn.rset()
        raise smtplib.SMTPRecipientsRefused(refused)
    code, resp = conn.docmd("DATA")
    if code != 354:
        conn.rset()
        raise smtplib.SMTPDataError(code, resp)
    in_data[0] = True
    body = re.sub(rb"(?m)^\.", b"..", data)          # dot-stuffing (RFC 5321 4.5.2)
    if not body.endswith(b"\r\n"):
        body += b"\r\n"
    conn.send(body)
    with acceptance():
        conn.send(b".\r\n")
        code, resp = conn.getreply()
        in_data[0] = False
        if code != 250:
            raise smtplib.SMTPDataError(code, resp)
    return refused


class SmtpTransport:
    """``SmtpTransport(settings).send(raw, recipients)``.

    One connection serves message after message (a backlog's acknowledgements go out without a
    TLS handshake and a login each): it is checked with NOOP before it is used again, and replaced
    after REUSE_SECONDS idle, after MAX_PER_CONNECTION messages, or after any failure. A message
    whose last line was not sent is discarded by closing the connection, never by reusing it."""

    REUSE_SECONDS = 30.0
    MAX_PER_CONNECTION = 100

    def __init__(self, settings: SmtpSettings, *, token_provider=None, ssl_context: ssl.SSLContext | None = None):
        self.settings = settings
        self._token_provider = token_provider
        self._ssl_context = ssl_context
        self._conn: smtplib.SMTP | None = None
        self._used = 0
        self._idle_since = 0.0
        self._lock = threading.Lock()

    def _context(self) -> ssl.SSLContext:
        return self._ssl_context or ssl.create_default_context()

    def _tokens(self):
        if self._token_provider is None:
            from bot.mailbox.oauth import OUTLOOK_SCOPE, provider_for

            self._token_provider = provider_for(self.settings.oauth2, OUTLOOK_SCOPE)
        return self._token_provider

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        if s.security == "tls":
            conn = smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout_seconds, context=self._context())
        else:
            conn = smtplib.SMTP(s.host, s.port, timeout=s.timeout_seconds)
        # The final "." goes out on its own, after the body: with Nagle's algorithm it would wait
        # for the body's ACK, which the server delays (40 ms on Linux). That wait is the window in
        # which the server has the message and we do not know it yet: keep it as short as the wire.
        conn.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            conn.ehlo()
            if s.security == "starttls":
                conn.starttls(context=self._context())
                conn.ehlo()
            if s.oauth2 is not None:
                user = s.username
                if not user:
                    raise MailboxError("SMTP OAuth2 needs a username (the mailbox address)")
                token = self._tokens().token()
                conn.auth("XOAUTH2", lambda challenge=None: xoauth2_string(user, token), initial_response_ok=True)
            elif s.username:
                if s.password is None:
                    raise MailboxError("SMTP username given without a password")
                conn.login(s.username, s.password.read())
        except BaseException:
            try:
                conn.close()
            except Exception:  # noqa: BLE001 - already failing
                pass
            raise
        return conn

    # The outbox passes ``acceptance``: a context manager around the message's last line and the
    # server's reply, so the acceptance is committed in the same breath as the server gives it.
    reports_acceptance = True

    def send(self, raw: bytes, recipients: list[str], *, acceptance=None) -> None:
        if not recipients:
            raise MailboxError("no recipients")
        with self._lock:
            self._send(raw, recipients, acceptance)

    def _connection(self) -> smtplib.SMTP:
        """The open connection when it is fresh enough and still answers NOOP, else a new one."""
        conn = self._conn
        if conn is not None:
            stale = (time.monotonic() - self._idle_since > self.REUSE_SECONDS
                     or self._used >= self.MAX_PER_CONNECTION)
            try:
                if not stale and conn.noop()[0] == 250:
                    return conn
            except (smtplib.SMTPException, OSError):
                pass
            self._drop(polite=not stale)
        self._conn, self._used = self._connect(), 0
        return self._conn

    def _drop(self, *, polite: bool) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        try:
            conn.quit() if polite else conn.close()
        except (smtplib.SMTPException, OSError):
            conn.close()

    def _send(self, raw: bytes, recipients: list[str], acceptance) -> None:
        in_data = [False]
        try:
            conn = self._connection()
            try:
                if acceptance is None:
                    refused = conn.sendmail(envelope_sender(raw), list(recipients), crlf(raw))
                else:
                    refused = _sendmail_in_two_steps(conn, envelope_sender(raw), list(recipients), crlf(raw),
                                                     acceptance, in_data)
            except BaseException:
                # mid-DATA: closing without the final line discards the message
                self._drop(polite=not in_data[0])
                raise
            self._used += 1
            self._idle_since = time.monotonic()
        except MailboxError:
            raise
        except ConfigError as e:
            raise MailboxError(f"SMTP credentials unavailable: {e}") from None
        except (smtplib.SMTPException, OSError, ssl.SSLError) as e:
            if isinstance(e, smtplib.SMTPRecipientsRefused):
                detail = f"all {len(e.recipients)} recipients refused"
            else:
                detail = redact(str(e))[:300]
            raise MailboxError(f"SMTP {self.settings.host}:{self.settings.port} failed: {type(e).__name__}: {detail}") from e
        if refused:
            # Some recipients were accepted, so the message went out; the refused ones are logged by
            # count only (addresses are personal data).
            log.warning("SMTP server refused %d of %d recipients", len(refused), len(recipients))

    def close(self) -> None:
        with self._lock:
            self._drop(polite=True)
