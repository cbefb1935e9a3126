"""SMTP sending against a real SMTP server on loopback (aiosmtpd): plain, STARTTLS, implicit TLS,
password and XOAUTH2 login, and failures surfacing as MailboxError (the outbox retries them)."""
from __future__ import annotations

import socket

import pytest

from bot.config import SmtpSettings
from bot.mailbox.base import MailboxError
from bot.mailbox.smtp import SmtpTransport, crlf, envelope_sender
from tests.support.dovecot import free_port
from tests.support.smtpd import SmtpServer, client_context, self_signed_cert

RAW = (b"From: stepbot <mash@knowsley.example.gov.uk>\nTo: worker@partner.example.org\n"
       b"Subject: Acknowledgement SB-knowsley-4\nMessage-ID: <ack-4@knowsley.example.gov.uk>\n\n"
       b"Thank you.\n.leading dot line\n")


def settings(port, **kw) -> SmtpSettings:
    return SmtpSettings.model_validate({"host": "127.0.0.1", "port": port, "security": "none", **kw})


@pytest.mark.parametrize("security", ["none", "starttls", "tls"])
def test_smtp_sends_over_each_security_mode(tmp_path, security):
    cert = self_signed_cert(tmp_path / "tls")
    tls = None if security == "none" else security
    with SmtpServer(tls=tls, cert=cert) as smtp:
        t = SmtpTransport(settings(smtp.port, security=security), ssl_context=client_context(cert[0]))
        t.send(RAW, ["worker@partner.example.org", "manager@partner.example.org"])
        [got] = smtp.wait_for(1)
    assert got.mail_from == "mash@knowsley.example.gov.uk"
    assert got.rcpt_tos == ["worker@partner.example.org", "manager@partner.example.org"]
    assert got.data == crlf(RAW)          # CRLF line ends, dot-stuffing undone by the server


def test_smtp_starttls_refuses_an_untrusted_certificate(tmp_path):
    cert = self_signed_cert(tmp_path / "tls")
    with SmtpServer(tls="starttls", cert=cert) as smtp:
        with pytest.raises(MailboxError, match="SSL"):
            SmtpTransport(settings(smtp.port, security="starttls")).send(RAW, ["w@partner.example.org"])
        assert smtp.messages == []


def test_smtp_password_login(monkeypatch):
    monkeypatch.setenv("SMTP_PW", "s3cret")
    with SmtpServer(auth=("svc-stepbot", "s3cret")) as smtp:
        SmtpTransport(settings(smtp.port, username="svc-stepbot", password={"env": "SMTP_PW"})).send(
            RAW, ["worker@partner.example.org"])
        assert len(smtp.wait_for(1)) == 1
        monkeypatch.setenv("SMTP_PW", "wrong")
        with pytest.raises(MailboxError, match="SMTPAuthenticationError"):
            SmtpTransport(settings(smtp.port, username="svc-stepbot", password={"env": "SMTP_PW"})).send(
                RAW, ["worker@partner.example.org"])


class Tokens:
    def __init__(self, token):
        self.value = token

    def token(self):
        return self.value


def test_smtp_xoauth2_login():
    oauth = {"tenant_id": "t", "client_id": "c", "client_secret": {"env": "UNUSED"}}
    user = "mash@knowsley.example.gov.uk"
    with SmtpServer(xoauth2=(user, "tok-abc")) as smtp:
        SmtpTransport(settings(smtp.port, username=user, oauth2=oauth), token_provider=Tokens("tok-abc")).send(
            RAW, ["worker@partner.example.org"])
        assert len(smtp.wait_for(1)) == 1
        with pytest.raises(MailboxError, match="SMTPAuthenticationError"):
            SmtpTransport(settings(smtp.port, username=user, oauth2=oauth), token_provider=Tokens("expired")).send(
                RAW, ["worker@partner.example.org"])


def test_smtp_temporary_failure_and_no_server_are_mailbox_errors():
    with SmtpServer() as smtp:
        smtp.handler.fail_next = 1
        with pytest.raises(MailboxError, match="451"):
            SmtpTransport(settings(smtp.port)).send(RAW, ["worker@partner.example.org"])
        SmtpTransport(settings(smtp.port)).send(RAW, ["worker@partner.example.org"])   # the retry goes
        assert len(smtp.wait_for(1)) == 1
    with pytest.raises(MailboxError, match="ConnectionRefusedError"):
        SmtpTransport(settings(free_port(), timeout_seconds=2)).send(RAW, ["worker@partner.example.org"])


@pytest.mark.parametrize("raw,expected", [
    (b"From: A <a@x.org>\r\nTo: b@y\r\n\r\nbody", "a@x.org"),
    (b"from: a@x.org\n\nbody", "a@x.org"),
    (b"To: b@y\r\n\r\nFrom: not@header.org", ""),
    (b"To: b@y\n\nFrom: not@header.org\r\n\r\nbody", ""),
    (b"Subject: x\r\nFROM: \"Duty, MASH\"\r\n <mash@council.gov.uk>\r\nFrom: second@x.org\r\n\r\nb", "mash@council.gov.uk"),
    (b"X-From: x@y.org\r\nFrom:a@x.org (MASH)\r\n\r\nbody", "a@x.org"),
])
def test_smtp_envelope_sender_is_the_from_header(raw, expected):
    assert envelope_sender(raw) == expected
    assert envelope_sender(raw) == expected   # the second time from what was parsed the first


def test_smtp_errors_name_no_addresses():
    with SmtpServer() as smtp:
        async def refuse(server, session, envelope, address, rcpt_options):
            return f"550 5.1.1 <{address}>: Recipient address rejected"

        smtp.handler.handle_RCPT = refuse
        with pytest.raises(MailboxError) as err:
            SmtpTransport(settings(smtp.port)).send(RAW, ["jo.bloggs@partner.example.org"])
    assert "all 1 recipients refused" in str(err.value)
    assert "jo.bloggs" not in str(err.value)


@pytest.mark.parametrize("text,expected", [
    ("550 <jo.o'neil@x.gov.uk>: rejected", "550 <<address>>: rejected"),
    ("no address here", "no address here"),
])
def test_smtp_redact(text, expected):
    from bot.mailbox.smtp import redact

    assert redact(text) == expected


@pytest.mark.parametrize("security", ["none", "starttls", "tls"])
def test_the_final_line_is_not_held_back_by_nagle(tmp_path, security):
    """The final "." is sent on its own after the body; with Nagle's algorithm it waited for the
    server's delayed ACK (40 ms on Linux): the window in which the server has the message and a
    killed sender does not know it (the kill -9 loop measured 8 of 30 kills landing there)."""
    import socket

    cert = self_signed_cert(tmp_path / "tls")
    with SmtpServer(tls=None if security == "none" else security, cert=cert) as smtp:
        conn = SmtpTransport(settings(smtp.port, security=security), ssl_context=client_context(cert[0]))._connect()
        try:
            assert conn.sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0
        finally:
            conn.close()


class _CountingEhlo:
    """Counts EHLOs (one per connection) on a running SmtpServer's handler."""

    def __init__(self, smtp):
        self.count = 0
        handler = smtp.handler

        async def handle_EHLO(server, session, envelope, hostname, responses):
            self.count += 1
            session.host_name = hostname
            return responses
        handler.handle_EHLO = handle_EHLO


def _numbered(n: int) -> bytes:
    return RAW.replace(b"<ack-4@", b"<ack-4-%d@" % n)


def test_smtp_reuses_one_connection_for_a_run_of_messages():
    with SmtpServer() as smtp:
        ehlo = _CountingEhlo(smtp)
        t = SmtpTransport(settings(smtp.port))
        for n in range(5):
            t.send(_numbered(n), ["worker@partner.example.org"])
        assert len(smtp.wait_for(5)) == 5
        t.close()
    assert ehlo.count == 1


def test_smtp_replaces_a_connection_the_server_dropped_and_one_left_idle():
    with SmtpServer() as smtp:
        ehlo = _CountingEhlo(smtp)
        t = SmtpTransport(settings(smtp.port))
        t.send(_numbered(1), ["worker@partner.example.org"])
        t._conn.sock.shutdown(socket.SHUT_RDWR)   # the server (or a firewall) dropped it while idle
        t.send(_numbered(2), ["worker@partner.example.org"])
        t.REUSE_SECONDS = 0.0                # idle too long: a fresh connection, the old one quit
        t.send(_numbered(3), ["worker@partner.example.org"])
        assert [m.data.count(b"ack-4-") for m in smtp.wait_for(3)] == [1, 1, 1]
        t.close()
    assert ehlo.count == 3


def test_smtp_never_reuses_a_connection_after_a_failed_message():
    with SmtpServer() as smtp:
        ehlo = _CountingEhlo(smtp)
        t = SmtpTransport(settings(smtp.port))
        t.send(_numbered(1), ["worker@partner.example.org"])
        smtp.handler.fail_next = 1
        with pytest.raises(MailboxError):
            t.send(_numbered(2), ["worker@partner.example.org"])
        assert t._conn is None
        t.send(_numbered(2), ["worker@partner.example.org"])
        assert len(smtp.wait_for(2)) == 2
        t.close()
    assert ehlo.count == 2
