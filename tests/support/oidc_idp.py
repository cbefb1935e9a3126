"""A small OpenID Connect provider for the sign-in tests, served over real TLS on 127.0.0.1.

It speaks the authorisation-code flow the way Microsoft Entra ID does (discovery document, JWKS,
/authorize redirecting back with ``code`` and ``state``, /token returning an RS256 ID token with
``oid``, ``preferred_username``, ``name`` and ``groups``), signs with a throwaway key (joserfc),
and lets a test choose who is "signed in" at the provider (``person``) and break one thing at a
time (``tamper``: a wrong audience, a wrong nonce, an expired token, a foreign signing key).
"""
from __future__ import annotations

import base64
import secrets
import threading
import time
import urllib.parse
from pathlib import Path

from joserfc import jwt
from joserfc.jwk import KeySet, RSAKey
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse
from starlette.routing import Route

from tests.support.dovecot import free_port
from tests.support.smtpd import self_signed_cert

CLIENT_ID = "5f1c0b7e-stepbot-test"
CLIENT_SECRET = "test-client-secret-not-real"


class OidcProvider:
    def __init__(self, folder: Path):
        self.cert, self.key_file = self_signed_cert(folder)
        self.port = free_port()
        self.issuer = f"https://127.0.0.1:{self.port}/tenant/v2.0"
        self.key = RSAKey.generate_key(2048, parameters={"kid": "test-key-1", "use": "sig"})
        self.person: dict = {}           # the claims of whoever is signed in at the provider
        self.tamper: str | None = None   # audience | nonce | expired | key
        self.redirect_uris: set[str] = set()
        self.codes: dict[str, dict] = {}
        self.token_requests = 0
        self._server = None
        self._thread = None

    # -- endpoints --------------------------------------------------------------------------
    def _discovery(self, request: Request):
        base = self.issuer
        return JSONResponse({
            "issuer": base, "authorization_endpoint": f"{base}/authorize", "token_endpoint": f"{base}/token",
            "jwks_uri": f"{base}/keys", "response_types_supported": ["code"],
            "subject_types_supported": ["pairwise"], "id_token_signing_alg_values_supported": ["RS256"],
            "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
            "scopes_supported": ["openid", "profile", "email"],
        })

    def _keys(self, request: Request):
        return JSONResponse(KeySet([self.key]).as_dict(private=False))

    def _authorize(self, request: Request):
        q = request.query_params
        if q.get("client_id") != CLIENT_ID or q.get("redirect_uri") not in self.redirect_uris:
            return JSONResponse({"error": "invalid_request"}, status_code=400)
        if q.get("response_type") != "code" or "openid" not in q.get("scope", "").split():
            return JSONResponse({"error": "unsupported_response_type"}, status_code=400)
        code = secrets.token_urlsafe(16)
        self.codes[code] = {"redirect_uri": q["redirect_uri"], "nonce": q.get("nonce"), "person": dict(self.person)}
        back = q["redirect_uri"] + "?" + urllib.parse.urlencode({"code": code, "state": q.get("state", "")})
        return RedirectResponse(back, status_code=302)

    async def _token(self, request: Request):
        self.token_requests += 1
        form = await request.form()
        client_id, secret = form.get("client_id"), form.get("client_secret")
        auth = request.headers.get("authorization", "")
        if auth.startswith("Basic "):
            client_id, _, secret = base64.b64decode(auth[6:]).decode().partition(":")
            client_id, secret = urllib.parse.unquote(client_id), urllib.parse.unquote(secret)
        if client_id != CLIENT_ID or secret != CLIENT_SECRET:
            return JSONResponse({"error": "invalid_client"}, status_code=401)
        grant = self.codes.pop(form.get("code", ""), None)    # a code works once
        if grant is None or form.get("grant_type") != "authorization_code" \
                or form.get("redirect_uri") != grant["redirect_uri"]:
            return JSONResponse({"error": "invalid_grant"}, status_code=400)
        now = int(time.time())
        claims = {"iss": self.issuer, "aud": CLIENT_ID, "iat": now, "nbf": now, "exp": now + 3600,
                  "nonce": grant["nonce"], "tid": "tenant", **grant["person"]}
        key = self.key
        if self.tamper == "audience":
            claims["aud"] = "someone-else"
        elif self.tamper == "nonce":
            claims["nonce"] = "replayed"
        elif self.tamper == "expired":
            claims["iat"], claims["nbf"], claims["exp"] = now - 7200, now - 7200, now - 3600
        elif self.tamper == "key":
            key = RSAKey.generate_key(2048, parameters={"kid": "test-key-1"})
        id_token = jwt.encode({"alg": "RS256", "kid": "test-key-1"}, claims, key)
        return JSONResponse({"access_token": secrets.token_urlsafe(24), "token_type": "Bearer",
                             "expires_in": 3600, "id_token": id_token, "scope": "openid profile email"})

    # -- serving ----------------------------------------------------------------------------
    def start(self) -> "OidcProvider":
        import uvicorn

        app = Starlette(routes=[
            Route("/tenant/v2.0/.well-known/openid-configuration", self._discovery),
            Route("/tenant/v2.0/keys", self._keys),
            Route("/tenant/v2.0/authorize", self._authorize),
            Route("/tenant/v2.0/token", self._token, methods=["POST"]),
        ])
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", access_log=False,
                                lifespan="off", ssl_certfile=str(self.cert), ssl_keyfile=str(self.key_file))
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name="test-oidc", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 15
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the test identity provider did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
            self._thread.join(10)
