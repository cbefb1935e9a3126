"""SMTP sending (standard library ``smtplib``): STARTTLS, implicit TLS or plain; password or
OAuth2 (XOAUTH2, as Exchange Online and Gmail accept it).

A failure of any kind raises ``MailboxError`` so the outbox retries it later (a system error). The
envelope sender is the address in the message's From header (the duty mailbox).
"""
from __future__ import annotations

import logging
import re
import smtplib
import ssl
from email import message_from_bytes, policy
from email.utils import getaddresses

from bot.config import ConfigError, SmtpSettings
from bot.mailbox.base import MailboxError

log = logging.getLogger(__name__)


def envelope_sender(raw: bytes) -> str:
    """The bare address of the message's From header ('' for none: a null reverse-path)."""
    headers = message_from_bytes(raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0] + b"\r\n\r\n",
                                 policy=policy.compat32)
    found = getaddresses(headers.get_all("From", []))
    return found[0][1] if found else ""


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


class SmtpTransport:
    """``SmtpTransport(settings).send(raw, recipients)``; one connection per message."""

    def __init__(self, settings: SmtpSettings, *, token_provider=None, ssl_context: ssl.SSLContext | None = None):
        self.settings = settings
        self._token_provider = token_provider
        self._ssl_context = ssl_context

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

    # The outbox passes ``accepted``: called as soon as the server said 250 to the message, before
    # QUIT, so the acceptance is recorded with as little as possible in between.
    reports_acceptance = True

    def send(self, raw: bytes, recipients: list[str], *, accepted=None) -> None:
        if not recipients:
            raise MailboxError("no recipients")
        try:
            conn = self._connect()
            try:
                refused = conn.sendmail(envelope_sender(raw), list(recipients), crlf(raw))
                if accepted is not None:
                    accepted()
            finally:
                try:
                    conn.quit()
                except (smtplib.SMTPException, OSError):
                    conn.close()
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
        pass
