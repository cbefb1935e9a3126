"""A real SMTP server on loopback (aiosmtpd) that records every envelope it receives."""
from __future__ import annotations

import asyncio
import base64
import datetime
import ipaddress
import os
import ssl
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from aiosmtpd.controller import Controller

from tests.support.dovecot import free_port


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    at: float


class RecordingHandler:
    def __init__(self):
        self.messages: list[Received] = []
        self.cond = threading.Condition()
        self.fail_next = 0          # reply 451 to this many DATA commands (a temporary failure)
        # A stalling server: once ``hold_after`` messages were accepted, the next DATA gets no reply
        # until ``release`` is set (``holding`` tells the test a sender is stuck mid-send); it is
        # then refused with 451, as a server does that never accepted it.
        self.hold_after: int | None = None
        self.holding = threading.Event()
        self.release = threading.Event()

    async def handle_DATA(self, server, session, envelope):
        if self.hold_after is not None and not self.release.is_set() and len(self.messages) >= self.hold_after:
            self.holding.set()
            while not self.release.is_set():
                await asyncio.sleep(0.05)
            return "451 4.3.0 try again later"
        with self.cond:
            if self.fail_next:
                self.fail_next -= 1
                return "451 4.3.0 try again later"
            self.messages.append(Received(envelope.mail_from, list(envelope.rcpt_tos),
                                          bytes(envelope.original_content or envelope.content), time.monotonic()))
            self.cond.notify_all()
        return "250 OK"


def self_signed_cert(folder: Path) -> tuple[Path, Path]:
    """A throwaway certificate for 127.0.0.1 / localhost (cryptography): (cert file, key file)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5)).not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                                        x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    folder.mkdir(parents=True, exist_ok=True)
    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    os.chmod(key_file, 0o644)   # Dovecot reads it as root anyway; tests only
    return cert_file, key_file


def client_context(cert_file: Path) -> ssl.SSLContext:
    """A client context that trusts only the test certificate (hostname checked)."""
    return ssl.create_default_context(cafile=str(cert_file))


class Xoauth2Handler(RecordingHandler):
    """Also accepts SASL XOAUTH2 with one bearer token."""

    def __init__(self, user: str, token: str):
        super().__init__()
        self.user, self.token = user, token

    async def auth_XOAUTH2(self, server, args):
        from aiosmtpd.smtp import AuthResult

        if len(args) < 2:
            return AuthResult(success=False, handled=False)
        decoded = base64.b64decode(args[1]).decode()
        ok = decoded == f"user={self.user}\x01auth=Bearer {self.token}\x01\x01"
        return AuthResult(success=ok, handled=False, auth_data=self.user if ok else None)


class SmtpServer:
    """``with SmtpServer() as smtp: ...; smtp.wait_for(1, timeout=5)``.

    ``auth=(user, password)`` requires LOGIN/PLAIN; ``xoauth2=(user, token)`` offers XOAUTH2;
    ``tls="starttls"|"tls"`` with ``cert=(cert_file, key_file)`` serves STARTTLS or implicit TLS."""

    def __init__(self, port: int | None = None, auth: tuple[str, str] | None = None,
                 xoauth2: tuple[str, str] | None = None, tls: str | None = None,
                 cert: tuple[Path, Path] | None = None):
        self.handler = Xoauth2Handler(*xoauth2) if xoauth2 else RecordingHandler()
        self.port = port or free_port()
        kw = {}
        if tls:
            ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            ctx.load_cert_chain(str(cert[0]), str(cert[1]))
            kw.update({"tls_context": ctx, "require_starttls": True} if tls == "starttls" else {"ssl_context": ctx})
        if xoauth2:
            kw.update({"auth_require_tls": False, "auth_exclude_mechanism": ["LOGIN", "PLAIN"]})
        if auth:
            user, password = auth

            def authenticator(server, session, envelope, mechanism, auth_data):
                from aiosmtpd.smtp import AuthResult, LoginPassword

                ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user \
                    and auth_data.password.decode() == password
                return AuthResult(success=ok, handled=False)

            kw.update({"authenticator": authenticator, "auth_require_tls": False, "auth_required": True})
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port, **kw)

    @property
    def messages(self) -> list[Received]:
        return self.handler.messages

    def wait_for(self, count: int, timeout: float = 5.0) -> list[Received]:
        deadline = time.monotonic() + timeout
        with self.handler.cond:
            while len(self.handler.messages) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self.handler.cond.wait(left)
            return list(self.handler.messages)

    def start(self):
        self.controller.start()
        return self

    def stop(self):
        self.controller.stop()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()
