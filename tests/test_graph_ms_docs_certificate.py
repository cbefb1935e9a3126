"""Certificate credentials for the app registration (issue 19): msal signs a client assertion with
the private key instead of sending a secret. The request is checked against the shape "Microsoft
identity platform application authentication certificate credentials" documents
(https://learn.microsoft.com/entra/identity-platform/certificate-credentials): ``client_assertion_type``
``urn:ietf:params:oauth:client-assertion-type:jwt-bearer``, a JWT whose header carries ``x5t`` (RS256,
the SHA-1 thumbprint) or ``x5t#S256`` (PS256, the SHA-256 thumbprint), and whose claims are
``aud`` = the tenant's token endpoint, ``iss`` = ``sub`` = the client id, ``exp``, ``iat``, ``jti``
(the page lists ``nbf`` too; msal sends ``iat``, which the page also lists).
The identity platform's answers are the recorded ones in tests/data/recorded/aad/. The key and
certificate are made for the test run."""
from __future__ import annotations

import base64
from datetime import datetime, timedelta, timezone

import httpx
import jwt
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from pydantic import ValidationError

from bot.config import OAuth2
from bot.mailbox.base import MailboxError
from bot.mailbox.oauth import GRAPH_SCOPE, TokenProvider
from tests.test_graph_recorded_mail import MsalHttp as _MsalHttp, Replay

TENANT = "7f3c0a52-9d6a-4c4b-8d0e-1a2b3c4d5e6f"
CLIENT = "3c1f9b0e-5a7d-4e2b-9f61-2b8d7c6a5e41"
LOGIN = f"https://login.microsoftonline.com/{TENANT}"
TOKEN_ENDPOINT = f"{LOGIN}/oauth2/v2.0/token"
JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"


@pytest.fixture
def certificate(tmp_path):
    """A private key and a self-signed certificate, as a council would upload to Entra ID."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "stepbot test")])
    now = datetime.now(timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=30)).sign(key, hashes.SHA256()))
    key_file, cert_file = tmp_path / "stepbot.key", tmp_path / "stepbot.crt"
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return key_file, cert_file, cert


class MsalHttp(_MsalHttp):
    """Form values as requests sends them (msal's default client): msal hands the assertion over
    as bytes, which httpx would otherwise write out as their repr."""

    def post(self, url, params=None, data=None, headers=None, **kw):
        if isinstance(data, dict):
            data = {k: v.decode() if isinstance(v, bytes) else v for k, v in data.items()}
        return super().post(url, params=params, data=data, headers=headers, **kw)


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def token_request(cfg: OAuth2) -> tuple[dict, Replay]:
    replay = Replay([
        ("GET", f"{LOGIN}/v2.0/.well-known/openid-configuration", 200, "aad/openid-configuration.json", None),
        ("POST", TOKEN_ENDPOINT, 200, "aad/token.json", None),
    ])
    assert TokenProvider(cfg, GRAPH_SCOPE, http_client=MsalHttp(replay)).token().startswith("eyJ0eXAi")
    replay.done()
    return dict(httpx.QueryParams(replay.requests[1].content.decode())), replay


def check_claims(form: dict, cert, algorithm: str) -> dict:
    assert form["grant_type"] == "client_credentials" and form["client_id"] == CLIENT
    assert form["scope"] == GRAPH_SCOPE
    assert form["client_assertion_type"] == JWT_BEARER
    assert "client_secret" not in form                       # no secret goes over the wire
    header = jwt.get_unverified_header(form["client_assertion"])
    assert header["alg"] == algorithm and header["typ"] == "JWT"
    claims = jwt.decode(form["client_assertion"], cert.public_key(), algorithms=[algorithm], audience=TOKEN_ENDPOINT)
    assert claims["iss"] == claims["sub"] == CLIENT
    assert claims["exp"] > claims["iat"] and claims["jti"]
    return header


def test_recorded_ms_docs_certificate_with_thumbprint_signs_an_rs256_assertion(certificate):
    key_file, _cert_file, cert = certificate
    sha1 = cert.fingerprint(hashes.SHA1())
    cfg = OAuth2(tenant_id=TENANT, client_id=CLIENT,
                 certificate={"private_key": {"file": key_file}, "thumbprint": sha1.hex().upper()})
    form, _ = token_request(cfg)
    header = check_claims(form, cert, "RS256")
    assert header["x5t"].rstrip("=") == b64url(sha1)         # "Base64url-encoded SHA-1 thumbprint" (msal pads)


def test_recorded_ms_docs_certificate_file_signs_a_ps256_assertion(certificate):
    key_file, cert_file, cert = certificate
    cfg = OAuth2(tenant_id=TENANT, client_id=CLIENT,
                 certificate={"private_key": {"file": key_file}, "public_certificate": {"file": cert_file}})
    form, _ = token_request(cfg)
    header = check_claims(form, cert, "PS256")
    assert header["x5t#S256"].rstrip("=") == b64url(cert.fingerprint(hashes.SHA256()))
    assert "x5t" not in header


def test_graph_a_private_key_that_cannot_be_read_is_a_mailbox_error(tmp_path):
    cfg = OAuth2(tenant_id=TENANT, client_id=CLIENT,
                 certificate={"private_key": {"file": tmp_path / "missing.key"}, "thumbprint": "A" * 40})
    with pytest.raises(MailboxError, match="OAuth2 credential unavailable"):
        TokenProvider(cfg, GRAPH_SCOPE, http_client=MsalHttp(Replay([]))).token()


@pytest.mark.parametrize("given,problem", [
    ({"client_secret": {"env": "S"}, "certificate": {"private_key": {"env": "K"}, "thumbprint": "A" * 40}},
     "exactly one of client_secret, certificate"),
    ({}, "exactly one of client_secret, certificate"),
    ({"certificate": {"private_key": {"env": "K"}}}, "thumbprint or its public_certificate"),
    ({"certificate": {"private_key": {"env": "K"}, "thumbprint": "not-hex"}}, "thumbprint"),
])
def test_graph_oauth2_takes_a_secret_or_a_certificate(given, problem):
    with pytest.raises(ValidationError, match=problem):
        OAuth2.model_validate({"tenant_id": TENANT, "client_id": CLIENT, **given})
