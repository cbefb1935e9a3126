"""OAuth2 client-credential tokens (Microsoft identity platform) through msal.

One ``TokenProvider`` per (tenant, client, scope). msal keeps the token in its in-memory cache and
only asks the identity platform again when it is near expiry, so calling ``token()`` before every
request is cheap. Used for XOAUTH2 (IMAP/SMTP to Exchange Online), Microsoft Graph and EWS.

The app proves who it is with a client secret or with a certificate (``oauth2.certificate``): msal
then sends a JWT signed with the private key (``client_assertion``, RFC 7523) instead of a secret,
as "Microsoft identity platform application authentication certificate credentials" describes.

Scopes: Graph uses ``https://graph.microsoft.com/.default``; IMAP, SMTP and EWS in Exchange Online
use ``https://outlook.office365.com/.default`` (the app must hold the matching application
permission, e.g. ``IMAP.AccessAsApp`` / ``Mail.ReadWrite`` + ``Mail.Send``).
"""
from __future__ import annotations

import logging
import threading

from bot.config import ConfigError, OAuth2
from bot.mailbox.base import MailboxError

log = logging.getLogger(__name__)

GRAPH_SCOPE = "https://graph.microsoft.com/.default"
OUTLOOK_SCOPE = "https://outlook.office365.com/.default"


def client_credential(cfg: OAuth2) -> str | dict:
    """What msal takes as ``client_credential``: the secret, or the certificate as a dict
    (``private_key`` PEM with ``thumbprint`` and/or ``public_certificate``). Reads the secret files;
    raises ConfigError when one cannot be read."""
    if cfg.certificate is None:
        return cfg.client_secret.read()
    cert = cfg.certificate
    out: dict = {"private_key": cert.private_key.read()}
    if cert.thumbprint:
        out["thumbprint"] = cert.thumbprint.upper()
    if cert.public_certificate is not None:
        out["public_certificate"] = cert.public_certificate.read()
    if cert.passphrase is not None:
        out["passphrase"] = cert.passphrase.read()
    return out


class TokenProvider:
    """``TokenProvider(cfg, scope).token()`` -> a bearer access token (str).

    ``http_client`` is handed to msal (anything with requests-like ``get``/``post``); tests pass one
    that replays recorded identity-platform responses.
    """

    def __init__(self, cfg: OAuth2, scope: str = GRAPH_SCOPE, *, http_client=None):
        self.cfg = cfg
        self.scope = scope
        self._http_client = http_client
        self._app = None
        self._lock = threading.Lock()

    def _application(self):
        if self._app is None:
            import msal

            try:
                credential = client_credential(self.cfg)
            except ConfigError as e:
                raise MailboxError(f"OAuth2 credential unavailable: {e}") from None
            kw = {"http_client": self._http_client} if self._http_client is not None else {}
            self._app = msal.ConfidentialClientApplication(
                self.cfg.client_id,
                client_credential=credential,
                authority=f"{self.cfg.authority_host.rstrip('/')}/{self.cfg.tenant_id}",
                **kw,
            )
        return self._app

    def token(self) -> str:
        with self._lock:
            try:
                app = self._application()
                # acquire_token_for_client looks in msal's token cache first (msal >= 1.23).
                result = app.acquire_token_for_client(scopes=[self.scope])
            except MailboxError:
                raise
            except Exception as e:  # network errors, bad discovery documents, ...
                self._app = None
                raise MailboxError(f"could not get an OAuth2 token: {type(e).__name__}: {e}") from e
        if not result or "access_token" not in result:
            err = (result or {}).get("error", "unknown_error")
            desc = ((result or {}).get("error_description") or "").splitlines()[:1]
            raise MailboxError(f"OAuth2 token refused: {err} {' '.join(desc)}".strip())
        return result["access_token"]


_providers: dict[tuple, TokenProvider] = {}
_providers_lock = threading.Lock()


def provider_for(cfg: OAuth2, scope: str) -> TokenProvider:
    """A shared provider per (authority host, tenant, client, scope), so the cache is shared too."""
    key = (cfg.authority_host, cfg.tenant_id, cfg.client_id, scope)
    with _providers_lock:
        if key not in _providers:
            _providers[key] = TokenProvider(cfg, scope)
        return _providers[key]
