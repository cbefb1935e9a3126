"""Sent copies on IMAP (issue 19): the server's \\Sent special-use folder (RFC 6154) is used rather
than a "Sent" folder of stepbot's making, and no copy is appended where the SMTP server files one
itself (Exchange Online, Gmail). Against a real Dovecot whose Sent folder is "Sent Items", marked
\\Sent, as Exchange names it, and a real SMTP server (aiosmtpd)."""
from __future__ import annotations

from datetime import datetime, timezone
from email.message import EmailMessage

import pytest

from bot.app import App
from bot.clock import FixedClock
from bot.config import ImapBackend
from bot.mailbox.imap import server_saves_sent
from tests.support.dovecot import (DovecotServer, folder_subjects, imap_backend_config, make_settings,
                                   require_dovecot)

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)

# Exchange's name for the folder; Dovecot marks it \Sent and makes it at first login.
SENT_ITEMS = """
namespace inbox {
  mailbox "Sent Items" {
    special_use = \\Sent
    auto = create
  }
}
"""


def message(n: int) -> bytes:
    m = EmailMessage()
    m["From"] = "mash@knowsley.example.gov.uk"
    m["To"] = "worker@partner.example.org"
    m["Subject"] = f"Acknowledgement {n}"
    m["Message-ID"] = f"<ack-{n}@knowsley.example.gov.uk>"
    m.set_content(f"body {n}\n")
    return m.as_bytes()


@pytest.fixture
def exchange_like(tmp_path):
    require_dovecot()
    with DovecotServer(tmp_path / "dovecot", extra_conf=SENT_ITEMS) as server:
        yield server


def build(tmp_path, dovecot, smtp, **over):
    app = App(make_settings(tmp_path, {"mash_step_up": imap_backend_config(dovecot, smtp.port, **over)}),
              clock=FixedClock(NOW))
    return app, app.mailbox("knowsley", "mash_step_up")


def folders(dovecot) -> set[str]:
    c = dovecot.client()
    try:
        return {name for _flags, _sep, name in c.list_folders()}
    finally:
        c.logout()


@pytest.mark.dovecot
def test_imap_sent_copy_goes_to_the_servers_sent_folder_and_no_sent_folder_is_made(tmp_path, exchange_like, smtp):
    app, mb = build(tmp_path, exchange_like, smtp)
    mb.send(message(1), ["worker@partner.example.org"])
    assert len(smtp.wait_for(1)) == 1
    assert folder_subjects(exchange_like, "Sent Items") == ["Subject: Acknowledgement 1"]
    assert "Sent" not in folders(exchange_like)            # before: a "Sent" folder and a copy in it
    assert mb.already_sent("<ack-1@knowsley.example.gov.uk>") is True
    assert mb.already_sent("<ack-2@knowsley.example.gov.uk>") is False
    mb.close()
    app.close()


@pytest.mark.dovecot
def test_imap_no_second_copy_where_the_server_files_one_itself(tmp_path, exchange_like, smtp):
    """``sent_copy: server`` (what ``auto`` means for Exchange Online and Gmail): stepbot appends
    nothing; the copy the server files is still found before any resend."""
    app, mb = build(tmp_path, exchange_like, smtp, sent_copy="server")
    mb.send(message(2), ["worker@partner.example.org"])
    got = smtp.wait_for(1)
    assert folder_subjects(exchange_like, "Sent Items") == []     # not appended by stepbot
    assert "Sent" not in folders(exchange_like)
    assert mb.already_sent("<ack-2@knowsley.example.gov.uk>") is False
    exchange_like.append(got[0].data, folder="Sent Items")  # the server's own copy, as Exchange files it
    assert mb.already_sent("<ack-2@knowsley.example.gov.uk>") is True
    mb.close()
    app.close()


@pytest.mark.dovecot
def test_imap_a_sent_folder_the_deployment_names_is_used_as_named(tmp_path, exchange_like, smtp):
    app, mb = build(tmp_path, exchange_like, smtp, sent_folder="Stepbot sent")
    mb.send(message(3), ["worker@partner.example.org"])
    smtp.wait_for(1)
    assert folder_subjects(exchange_like, "Stepbot sent") == ["Subject: Acknowledgement 3"]
    assert folder_subjects(exchange_like, "Sent Items") == []
    mb.close()
    app.close()


@pytest.mark.dovecot
def test_imap_a_server_without_a_sent_folder_gets_one_called_sent(tmp_path, dovecot, smtp):
    """The suite's plain Dovecot marks "Sent" \\Sent but has not made it: stepbot makes it once."""
    app, mb = build(tmp_path, dovecot, smtp)
    assert "Sent" not in folders(dovecot)
    mb.send(message(4), ["worker@partner.example.org"])
    smtp.wait_for(1)
    assert folder_subjects(dovecot, "Sent") == ["Subject: Acknowledgement 4"]
    mb.close()
    app.close()


def _imap(smtp_host: str, **over) -> ImapBackend:
    return ImapBackend.model_validate({"type": "imap", "host": "imap.example.org", "username": "duty",
                                       "password": {"env": "UNUSED"}, "smtp": {"host": smtp_host}, **over})


@pytest.mark.parametrize("smtp_host,sent_copy,saves", [
    ("smtp.office365.com", "auto", True),        # Exchange Online files SMTP-submitted mail in Sent Items
    ("SMTP.Office365.com.", "auto", True),
    ("smtp.gmail.com", "auto", True),            # Gmail files it in [Gmail]/Sent Mail
    ("smtp.council.gov.uk", "auto", False),      # an on-premises relay does not
    ("127.0.0.1", "auto", False),
    ("smtp.office365.com", "append", False),     # the deployment overrides either way
    ("smtp.council.gov.uk", "server", True),
])
def test_imap_who_files_the_sent_copy(smtp_host, sent_copy, saves):
    assert server_saves_sent(_imap(smtp_host, sent_copy=sent_copy)) is saves
