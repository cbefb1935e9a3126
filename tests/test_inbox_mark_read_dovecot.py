"""``inbox_handling: mark_read`` on IMAP, against a real Dovecot (issue 19): a message taken in stays
in INBOX with \\Seen and the category as a keyword (RFC 9051 flag-keyword), and the inbox is
searched ``NOT KEYWORD <category>``, so it is never fetched again, whether the duty team marks it
read or unread; mail they opened before stepbot got to it is still taken in. On a server that keeps
no keywords of ours (Exchange Online's IMAP), \\Seen only, and the inbox is read from above the last
UID handled."""
from __future__ import annotations

from datetime import datetime, timezone
from email.message import EmailMessage

import pytest
import yaml
from sqlalchemy import func, select

from bot.app import App
from bot.clock import FixedClock
from bot.config import load_settings
from bot.daemon import process_mailbox
from bot.demo import SAMPLES, render_sample
from bot.mailbox import imap
from bot.models import InboundMessage, MailboxState, Request
from tests.support.dovecot import config_with_dovecot, imap_backend_config, make_settings

pytestmark = pytest.mark.dovecot

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)


def message(n: int) -> bytes:
    m = EmailMessage()
    m["From"] = "worker@partner.example.org"
    m["To"] = "mash@knowsley.example.gov.uk"
    m["Subject"] = f"Step up request {n}"
    m["Message-ID"] = f"<mark-read-{n}@partner.example.org>"
    m.set_content(f"body {n}\n")
    return m.as_bytes()


def build(tmp_path, dovecot, smtp, **over):
    cfg = imap_backend_config(dovecot, smtp.port, inbox_handling="mark_read", **over)
    app = App(make_settings(tmp_path, {"mash_step_up": cfg}), clock=FixedClock(NOW))
    return app, app.mailbox("knowsley", "mash_step_up")


def inbox_flags(dovecot) -> dict[int, set[str]]:
    """UID -> flags of every message in INBOX (read-only, as another mail program would see it)."""
    c = dovecot.client()
    try:
        c.select_folder("INBOX", readonly=True)
        uids = c.search(["ALL"])
        return {uid: {f.decode() for f in flags} for uid, flags in c.get_flags(uids).items()} if uids else {}
    finally:
        c.logout()


def person(dovecot, uid: int, *, add=(), remove=()) -> None:
    """The duty team, in their own mail program, marking a message read or unread."""
    c = dovecot.client()
    try:
        c.select_folder("INBOX")
        if add:
            c.add_flags([uid], list(add))
        if remove:
            c.remove_flags([uid], list(remove))
    finally:
        c.logout()


def folders(dovecot) -> set[str]:
    c = dovecot.client()
    try:
        return {name for _flags, _sep, name in c.list_folders()}
    finally:
        c.logout()


def uids(items) -> list[int]:
    return [int(i.backend_id.split(":")[1]) for i in items]


def test_imap_mark_read_keeps_mail_in_the_inbox_with_seen_and_the_keyword(tmp_path, dovecot, smtp):
    for n in (1, 2, 3):
        dovecot.append(message(n))
    app, mb = build(tmp_path, dovecot, smtp)
    try:
        items = list(mb.fetch_new())
        assert uids(items) == [1, 2, 3] and mb.keywords
        mb.mark_processed(items[0].backend_id)
        mb.mark_processed(items[1].backend_id, review=True)
        mb.mark_processed(items[0].backend_id)                       # idempotent
        flags = inbox_flags(dovecot)
        assert flags[1] == {"\\Seen", "stepbot"}
        assert flags[2] == {"\\Seen", "stepbot", "stepbot-review"}
        assert flags[3] == set()
        assert not folders(dovecot) & {"Processed", "Needs review"}  # nothing made, nothing moved
        assert uids(mb.fetch_new()) == [3]                           # only what is not taken in
        mb.mark_processed(items[2].backend_id)
        assert list(mb.fetch_new()) == []
        assert mb.mail_waiting() is False                            # no new mail: the watcher may sleep
        with app.Session() as s:
            assert s.scalar(select(MailboxState.last_uid)) == 3
    finally:
        mb.close()
        app.close()


def test_imap_mark_read_what_the_duty_team_does_in_their_mail_program(tmp_path, dovecot, smtp):
    dovecot.append(message(1))
    app, mb = build(tmp_path, dovecot, smtp)
    try:
        [first] = list(mb.fetch_new())
        mb.mark_processed(first.backend_id)
        person(dovecot, 1, remove=[b"\\Seen"])                       # "mark as unread" to come back to it
        dovecot.append(message(2))
        person(dovecot, 2, add=[b"\\Seen"])                          # opened before stepbot got to it
        assert mb.mail_waiting() is True
        assert uids(mb.fetch_new()) == [2]                           # the unread one is not read again
        assert inbox_flags(dovecot)[1] == {"stepbot"}                # ... nor marked read again
    finally:
        mb.close()
        app.close()


def test_imap_mark_read_new_mail_during_idle_is_still_announced(tmp_path, dovecot, smtp):
    import threading

    dovecot.append(message(1))
    app, mb = build(tmp_path, dovecot, smtp)
    try:
        [first] = list(mb.fetch_new())
        mb.mark_processed(first.backend_id)                          # the STORE is a change, not new mail
        assert mb.wait(threading.Event(), timeout=1.5) is False
        threading.Timer(0.3, dovecot.append, args=(message(2),)).start()
        assert mb.wait(threading.Event(), timeout=10) is True
        assert uids(mb.fetch_new()) == [2]
    finally:
        mb.close()
        app.close()


def test_imap_mark_read_on_a_server_that_keeps_no_keywords_reads_above_the_last_uid(
        tmp_path, dovecot, smtp, monkeypatch):
    """Exchange Online's IMAP lists no ``\\*`` in PERMANENTFLAGS: stepbot then sets \\Seen only and
    reads the inbox from above the highest UID already handled (kept in mailbox_state)."""
    monkeypatch.setattr(imap, "keeps_keywords", lambda permanent_flags, keyword: False)
    for n in (1, 2):
        dovecot.append(message(n))
    app, mb = build(tmp_path, dovecot, smtp)
    try:
        items = list(mb.fetch_new())
        assert uids(items) == [1, 2] and not mb.keywords
        for i in items:
            mb.mark_processed(i.backend_id)
        assert inbox_flags(dovecot) == {1: {"\\Seen"}, 2: {"\\Seen"}}
        person(dovecot, 2, remove=[b"\\Seen"])                       # unread again: still not re-read
        assert list(mb.fetch_new()) == [] and mb.mail_waiting() is False
        dovecot.append(message(3))
        assert mb.mail_waiting() is True
        assert uids(mb.fetch_new()) == [3]
        mb.close()                                                   # a restart reads on from the saved UID
        assert uids(mb.fetch_new()) == [3]
        mb.mark_processed(f"{mb.uidvalidity}:3")
        assert list(mb.fetch_new()) == []
    finally:
        mb.close()
        app.close()


def test_imap_mark_read_through_the_daemons_pass_and_the_real_intake(tmp_path, dovecot, smtp):
    config = config_with_dovecot(tmp_path, dovecot, smtp.port, "torbay", "mash_step_up")
    dep_file = config / "deployment.yaml"
    dep = yaml.safe_load(dep_file.read_text())
    dep["authorities"]["torbay"]["mailboxes"]["mash_step_up"]["backend"]["inbox_handling"] = "mark_read"
    dep_file.write_text(yaml.safe_dump(dep))
    app = App(load_settings(config), clock=FixedClock(NOW))
    mb = app.mailbox("torbay", "mash_step_up")
    try:
        dovecot.append(render_sample(SAMPLES / "01_torbay_step_up_complete.eml", app))
        first = process_mailbox(app, "torbay", "mash_step_up", mb)
        assert (first.fetched, first.new, first.moved) == (1, 1, 1)
        assert inbox_flags(dovecot) == {1: {"\\Seen", "stepbot"}}
        for _ in range(3):                                           # pass after pass: nothing fetched
            assert process_mailbox(app, "torbay", "mash_step_up", mb).fetched == 0
        with app.Session() as s:
            assert s.scalar(select(func.count()).select_from(InboundMessage)) == 1
            assert s.scalar(select(func.count()).select_from(Request)) == 1
    finally:
        mb.close()
        app.close()
