"""``inbox_handling: mark_read`` (issue 19: the duty team works the inbox in Outlook) on a real
Maildir, through the daemon's own pass and the real intake: a message taken in stays in the inbox,
in cur/ with the seen flag, and is never read again; and the setting's rules in the deployment
file (IMAP keywords: RFC 9051 atoms, RFC 5788's "$", Dovecot's length)."""
from __future__ import annotations

import os

import pytest
import yaml
from pydantic import ValidationError
from sqlalchemy import func, select

from bot.app import App
from bot.config import GraphBackend, ImapBackend, MaildirBackend, imap_keyword_problem, load_settings
from bot.daemon import process_mailbox
from bot.demo import SAMPLES, render_sample
from bot.mailbox.maildir import MaildirMailbox
from bot.models import InboundMessage, Request

AUTH, ROLE = "torbay", "mash_step_up"


@pytest.fixture
def app(tmp_config, clock):
    dep_file = tmp_config / "deployment.yaml"
    dep = yaml.safe_load(dep_file.read_text())
    dep["authorities"][AUTH]["mailboxes"][ROLE]["backend"]["inbox_handling"] = "mark_read"
    dep_file.write_text(yaml.safe_dump(dep))
    app = App(load_settings(tmp_config), clock=clock)
    yield app
    app.close()


def request_mail(app, n: int) -> bytes:
    raw = render_sample(SAMPLES / "01_torbay_step_up_complete.eml", app)
    return raw.replace(b"<demo-01-torbay-stepup@torbay.gov.uk>", f"<mark-read-{n}@torbay.gov.uk>".encode())


def count(app, model) -> int:
    with app.Session() as s:
        return s.scalar(select(func.count()).select_from(model))


def files(box: MaildirMailbox, sub: str) -> list[str]:
    return sorted(os.listdir(box.path / sub))


def test_maildir_mark_read_leaves_the_message_in_the_inbox_seen_and_never_reads_it_again(app):
    box = app.mailbox(AUTH, ROLE)
    assert isinstance(box, MaildirMailbox) and box.inbox_handling == "mark_read"
    key = box.deliver(request_mail(app, 1))
    first = process_mailbox(app, AUTH, ROLE, box)
    assert (first.fetched, first.new) == (1, 1)
    assert files(box, "new") == [] and files(box, "cur") == [f"{key}:2,S"]   # still in the inbox, read
    assert not (box.path / ".Processed").exists()                            # nothing moved anywhere
    again = process_mailbox(app, AUTH, ROLE, box)
    assert again.fetched == 0                                                # not handed over again
    assert count(app, InboundMessage) == 1 and count(app, Request) == 1

    later = box.deliver(request_mail(app, 2))                                # new mail is still seen
    assert [i.backend_id for i in box.fetch_new()] == [later]
    assert process_mailbox(app, AUTH, ROLE, box).new == 1
    assert count(app, Request) == 2


def test_maildir_mark_read_takes_in_mail_a_mail_program_moved_to_cur_and_keeps_its_flags(app):
    box = app.mailbox(AUTH, ROLE)
    key = box.deliver(request_mail(app, 1))
    os.rename(box.path / "new" / key, box.path / "cur" / f"{key}:2,F")      # flagged, not yet read
    assert [i.backend_id for i in box.fetch_new()] == [key]
    box.mark_processed(key)
    box.mark_processed(key)                                                  # idempotent
    box.mark_processed("no-such-key", review=True)                           # gone: a no-op
    assert files(box, "cur") == [f"{key}:2,FS"]
    assert list(box.fetch_new()) == []


def test_maildir_mark_read_a_message_for_review_stays_too(app):
    box = app.mailbox(AUTH, ROLE)
    key = box.deliver(b"From: a@partner.example.org\r\nMessage-ID: <x1@x>\r\nSubject: hello\r\n\r\nhi\r\n")
    box.mark_processed(key, review=True)
    assert files(box, "cur") == [f"{key}:2,S"] and not (box.path / ".Needs review").exists()


def test_maildir_move_stays_the_default(tmp_app):
    box = tmp_app.mailbox(AUTH, ROLE)
    assert box.inbox_handling == "move"
    key = box.deliver(b"From: a@partner.example.org\r\nMessage-ID: <x1@x>\r\nSubject: hello\r\n\r\nhi\r\n")
    box.mark_processed(key)
    assert files(box, "cur") == [] and len(box.md.get_folder("Processed")) == 1


# -- the setting in the deployment file ------------------------------------------------------------

def imap(**over) -> dict:
    return {"type": "imap", "host": "imap.council.gov.uk", "username": "u", "password": {"env": "X"},
            "smtp": {"host": "smtp.council.gov.uk"}, **over}


def test_inbox_handling_defaults_to_move_with_the_stepbot_category():
    b = ImapBackend.model_validate(imap())
    assert (b.inbox_handling, b.category, b.review_category) == ("move", "stepbot", "stepbot-review")
    assert MaildirBackend.model_validate({"type": "maildir", "path": "m"}).inbox_handling == "move"
    g = GraphBackend.model_validate({"type": "graph", "user": "u", "inbox_handling": "mark_read",
                                     "category": "Handled by stepbot", "oauth2": {
                                         "tenant_id": "t", "client_id": "c", "client_secret": {"env": "X"}}})
    assert g.category == "Handled by stepbot"                  # Outlook categories may have spaces


@pytest.mark.parametrize("name,why", [
    ("Handled by stepbot", "a space"),
    ("stepbot(done)", "'('"),
    ('say"done"', "'\"'"),
    ("stepbot*", "'*'"),
    ("50%", "'%'"),
    ("a]b", "']'"),
    ("back\\slash", "'\\\\'"),
    ("café", "'é'"),
    ("$Stepbot", "kept for registered keywords"),
    ("k" * 51, "longer than the 50"),
])
def test_an_imap_category_must_be_a_keyword_the_server_can_keep(name, why):
    assert why in imap_keyword_problem(name)
    with pytest.raises(ValidationError, match="cannot be an IMAP keyword|longer than"):
        ImapBackend.model_validate(imap(inbox_handling="mark_read", category=name))
    ImapBackend.model_validate(imap(category=name))            # only mark_read uses it


@pytest.mark.parametrize("name", ["stepbot", "stepbot-review", "Stepbot_Done", "council.mash:done", "k" * 50])
def test_plain_keywords_are_accepted(name):
    assert imap_keyword_problem(name) is None
    ImapBackend.model_validate(imap(inbox_handling="mark_read", category=name, review_category="x-review"))


def test_category_and_review_category_must_differ():
    with pytest.raises(ValidationError, match="must differ"):
        ImapBackend.model_validate(imap(category="Stepbot", review_category="stepbot"))
    with pytest.raises(ValidationError, match="inbox_handling"):
        ImapBackend.model_validate(imap(inbox_handling="leave"))
