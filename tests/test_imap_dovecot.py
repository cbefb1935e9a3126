"""The IMAP backend against a real Dovecot on loopback (and SMTP sending against aiosmtpd)."""
from __future__ import annotations

import threading
import time
from datetime import datetime, timezone
from email.message import EmailMessage

import pytest
from sqlalchemy import select

from bot.app import App
from bot.clock import FixedClock
from bot.mailbox.base import MailboxError
from bot.mailbox.imap import ImapMailbox
from bot.config import ImapBackend
from bot.models import AuditEvent, MailboxState
from tests.support.dovecot import (DovecotServer, folder_subjects, imap_backend_config, make_settings,
                                   require_dovecot, rewrite_uidvalidity)

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)


def message(n: int, subject: str = "Step up request") -> bytes:
    m = EmailMessage()
    m["From"] = "worker@partner.example.org"
    m["To"] = "mash@knowsley.example.gov.uk"
    m["Subject"] = f"{subject} {n}"
    m["Message-ID"] = f"<test-{n}@partner.example.org>"
    m.set_content(f"body {n}\n")
    return m.as_bytes()


def build(tmp_path, dovecot, smtp, **over):
    settings = make_settings(tmp_path, {"mash_step_up": imap_backend_config(dovecot, smtp.port, **over)})
    app = App(settings, clock=FixedClock(NOW))
    return app, app.mailbox("knowsley", "mash_step_up")


def state(app) -> MailboxState:
    with app.Session() as s:
        return s.scalar(select(MailboxState))


# Capability sets: Dovecot's own (MOVE + UIDPLUS + IDLE), and two older-server profiles that take
# the COPY + \Deleted + (UID) EXPUNGE path.
CAPABILITY_PROFILES = {
    "move": "",
    "copy_uidplus": "imap_capability = IMAP4rev1 LITERAL+ SASL-IR UIDPLUS IDLE\n",
    "copy_expunge": "imap_capability = IMAP4rev1 LITERAL+ SASL-IR\n",
}


@pytest.mark.dovecot
@pytest.mark.parametrize("profile", sorted(CAPABILITY_PROFILES))
def test_imap_moves_a_batch_of_uids_in_one_command(tmp_path, smtp, profile):
    require_dovecot()
    with DovecotServer(tmp_path / "dovecot", extra_conf=CAPABILITY_PROFILES[profile]) as dovecot:
        for n in (1, 2, 3, 4):
            dovecot.append(message(n))
        app, mb = build(tmp_path, dovecot, smtp)
        items = list(mb.fetch_new())
        mb.mark_processed_many([items[0].backend_id, items[2].backend_id])
        mb.mark_processed_many([items[0].backend_id, items[1].backend_id], review=True)  # 1 is gone already
        assert folder_subjects(dovecot, "Processed") == ["Subject: Step up request 1", "Subject: Step up request 3"]
        assert folder_subjects(dovecot, "Needs review") == ["Subject: Step up request 2"]
        assert folder_subjects(dovecot, "INBOX") == ["Subject: Step up request 4"]
        assert state(app).last_uid == 3


@pytest.mark.dovecot
@pytest.mark.parametrize("profile", sorted(CAPABILITY_PROFILES))
def test_imap_fetch_then_move_to_processed_and_review(tmp_path, smtp, profile):
    require_dovecot()
    with DovecotServer(tmp_path / "dovecot", extra_conf=CAPABILITY_PROFILES[profile]) as dovecot:
        for n in (1, 2, 3):
            dovecot.append(message(n))
        app, mb = build(tmp_path, dovecot, smtp)
        items = list(mb.fetch_new())
        assert [i.raw.count(b"Subject: Step up request") for i in items] == [1, 1, 1]
        assert [i.backend_id.split(":")[1] for i in items] == ["1", "2", "3"]
        assert (b"MOVE" in mb.capabilities) == (profile == "move")
        mb.mark_processed(items[0].backend_id)
        mb.mark_processed(items[1].backend_id, review=True)
        mb.mark_processed(items[0].backend_id)            # idempotent
        assert folder_subjects(dovecot, "Processed") == ["Subject: Step up request 1"]
        assert folder_subjects(dovecot, "Needs review") == ["Subject: Step up request 2"]
        assert folder_subjects(dovecot, "INBOX") == ["Subject: Step up request 3"]
        assert [i.backend_id for i in mb.fetch_new()] == [items[2].backend_id]
        st = state(app)
        assert st.uidvalidity == int(items[0].backend_id.split(":")[0])
        assert st.last_uid == 2
        mb.close()
        app.close()


@pytest.mark.dovecot
def test_imap_idle_reports_new_mail_quickly(tmp_path, dovecot, smtp):
    app, mb = build(tmp_path, dovecot, smtp)
    assert list(mb.fetch_new()) == []
    assert mb.supports_idle()
    stop = threading.Event()
    threading.Timer(0.5, dovecot.append, args=(message(7),)).start()
    t0 = time.monotonic()
    assert mb.wait(stop, timeout=10) is True
    assert time.monotonic() - t0 < 5
    assert len(list(mb.fetch_new())) == 1
    # With nothing arriving, wait returns False at its timeout; a set stop returns at once.
    assert mb.wait(stop, timeout=1.5) is False
    stop.set()
    t0 = time.monotonic()
    mb.wait(stop, timeout=30)
    assert time.monotonic() - t0 < 2
    mb.close()
    app.close()


@pytest.mark.dovecot
def test_imap_polls_when_idle_is_off(tmp_path, dovecot, smtp):
    app, mb = build(tmp_path, dovecot, smtp, idle=False, poll_seconds=0.2)
    mb.connect()
    assert not mb.supports_idle()
    t0 = time.monotonic()
    assert mb.wait(threading.Event()) is True
    assert 0.15 < time.monotonic() - t0 < 2
    mb.close()
    app.close()


@pytest.mark.dovecot
def test_imap_server_restart_raises_mailbox_error_then_reconnects(tmp_path, dovecot, smtp):
    app, mb = build(tmp_path, dovecot, smtp)
    dovecot.append(message(1))
    assert len(list(mb.fetch_new())) == 1
    dovecot.stop()
    with pytest.raises(MailboxError):
        list(mb.fetch_new())
    with pytest.raises(MailboxError):
        mb.connect()
    dovecot.start()
    dovecot.append(message(2))
    items = list(mb.fetch_new())
    assert len(items) == 2
    for i in items:
        mb.mark_processed(i.backend_id)
    assert folder_subjects(dovecot, "INBOX") == []
    mb.close()
    app.close()


@pytest.mark.dovecot
def test_imap_uidvalidity_change_rereads_inbox_and_refuses_stale_ids(tmp_path, dovecot, smtp):
    app, mb = build(tmp_path, dovecot, smtp)
    dovecot.append(message(1))
    dovecot.append(message(2))
    first = list(mb.fetch_new())
    mb.mark_processed(first[0].backend_id)
    old_validity = state(app).uidvalidity
    mb.close()
    dovecot.stop()
    rewrite_uidvalidity(dovecot, old_validity + 1000)
    dovecot.start()
    items = list(mb.fetch_new())
    assert [i.raw.count(b"request 2") for i in items] == [1]
    assert items[0].backend_id.startswith(f"{old_validity + 1000}:")
    st = state(app)
    assert st.uidvalidity == old_validity + 1000 and st.last_uid is None
    # A move asked for with the old UIDVALIDITY is refused: the UID may name another message now.
    mb.mark_processed(first[1].backend_id)
    assert folder_subjects(dovecot, "INBOX") == ["Subject: Step up request 2"]
    mb.mark_processed(items[0].backend_id)
    assert folder_subjects(dovecot, "INBOX") == []
    with app.Session() as s:
        ev = s.scalar(select(AuditEvent).where(AuditEvent.action == "mailbox_uidvalidity_changed"))
    assert ev.detail["old"] == old_validity and ev.detail["new"] == old_validity + 1000
    mb.close()
    app.close()


@pytest.mark.dovecot
def test_imap_send_goes_through_smtp_and_appends_the_sent_copy(tmp_path, dovecot, smtp):
    app, mb = build(tmp_path, dovecot, smtp)
    raw = message(9, subject="Acknowledgement")
    mb.send(raw, ["worker@partner.example.org", "manager@partner.example.org"])
    got = smtp.wait_for(1)
    assert got[0].rcpt_tos == ["worker@partner.example.org", "manager@partner.example.org"]
    assert got[0].mail_from == "worker@partner.example.org"
    assert b"Acknowledgement 9" in got[0].data
    assert folder_subjects(dovecot, "Sent") == ["Subject: Acknowledgement 9"]
    assert mb.already_sent("<test-9@partner.example.org>") is True
    assert mb.already_sent("<never@partner.example.org>") is False
    app.close()


@pytest.mark.dovecot
def test_imap_sent_copies_of_a_run_of_messages_share_one_login(tmp_path, dovecot, smtp):
    """A backlog's replies are filed in Sent through one kept connection, not a login each; a
    connection the server dropped is replaced and the copy still filed."""
    app, mb = build(tmp_path, dovecot, smtp)
    logins = []
    real_open = mb._open
    mb._open = lambda: logins.append(1) or real_open()
    for n in range(4):
        mb.send(message(20 + n, subject="Acknowledgement"), ["worker@partner.example.org"])
    assert len(logins) == 1
    mb._sent_client._imap.shutdown()          # dropped while idle
    mb.send(message(30, subject="Acknowledgement"), ["worker@partner.example.org"])
    assert len(logins) == 2
    assert sorted(folder_subjects(dovecot, "Sent")) == sorted(
        f"Subject: Acknowledgement {n}" for n in (20, 21, 22, 23, 30))
    mb.close()
    assert mb._sent_client is None
    app.close()


@pytest.mark.dovecot
def test_imap_wrong_password_is_a_mailbox_error(tmp_path, dovecot, smtp, monkeypatch):
    app, mb = build(tmp_path, dovecot, smtp)
    monkeypatch.setenv("STEPBOT_TEST_IMAP_PASSWORD", "wrong")
    with pytest.raises(MailboxError, match="connect failed"):
        mb.connect()
    app.close()


def test_imap_oauth2_uses_xoauth2_with_the_token(monkeypatch):
    """XOAUTH2: imapclient's oauth2_login gets the mailbox user and the msal token."""
    calls = []

    class FakeTokens:
        def token(self):
            return "tok-123"

    class Client:
        def __init__(self, *a, **kw):
            pass

        def oauth2_login(self, user, token):
            calls.append((user, token))

    import imapclient
    monkeypatch.setattr(imapclient, "IMAPClient", Client)
    cfg = ImapBackend.model_validate({
        "type": "imap", "host": "outlook.office365.com", "username": "mash@council.gov.uk",
        "oauth2": {"tenant_id": "t", "client_id": "c", "client_secret": {"env": "X"}},
        "smtp": {"host": "smtp.office365.com"}})
    mb = ImapMailbox(None, "knowsley", "mash_step_up", cfg, token_provider=FakeTokens())
    mb._open()
    assert calls == [("mash@council.gov.uk", "tok-123")]


@pytest.mark.dovecot
@pytest.mark.parametrize("security", ["starttls", "tls"])
def test_imap_over_starttls_and_tls(tmp_path, smtp, security):
    from tests.support.smtpd import client_context, self_signed_cert

    require_dovecot()
    cert = self_signed_cert(tmp_path / "tls")
    with DovecotServer(tmp_path / "dovecot", cert=cert) as dovecot:
        dovecot.append(message(1))
        port = dovecot.tls_port if security == "tls" else dovecot.port
        settings = make_settings(tmp_path, {"mash_step_up": imap_backend_config(
            dovecot, smtp.port, security=security, port=port)})
        app = App(settings, clock=FixedClock(NOW))
        cfg = app.mailbox_config("knowsley", "mash_step_up").backend
        mb = ImapMailbox(app, "knowsley", "mash_step_up", cfg, ssl_context=client_context(cert[0]))
        [item] = list(mb.fetch_new())
        mb.mark_processed(item.backend_id)
        assert folder_subjects(dovecot, "Processed") == ["Subject: Step up request 1"]
        mb.close()
        # Without trusting the test certificate the connection is refused.
        untrusting = ImapMailbox(app, "knowsley", "mash_step_up", cfg)
        with pytest.raises(MailboxError, match="SSL|CERTIFICATE"):
            untrusting.connect()
        app.close()
