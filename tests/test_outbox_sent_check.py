"""Nothing sent twice when the sender dies between the SMTP server's acceptance and the Sent copy
(issue 14), against a real SMTP server and a real Dovecot.

- A real ``kill -9`` of the sending process right after SMTP accepted, before the APPEND to Sent:
  the acceptance was committed first, so the restarted outbox sends nothing again.
- The acceptance could not be committed (the database refused the write, at the server's reply and
  again after the Sent copy) and the process gave up: the row's lease runs out, and before resending the outbox finds the Message-ID in
  the Sent folder (``UID SEARCH HEADER Message-ID``) and records it as sent.
"""
from __future__ import annotations

import json
import signal
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from bot import outbox
from bot.app import App
from bot.clock import FixedClock
from bot.mail import build_message
from bot.models import OutboxMessage
from tests.support.dovecot import imap_backend_config, make_settings

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)
AUTH, ROLE = "knowsley", "mash_step_up"

# The sending process: sends the queue, and kills itself with SIGKILL at the moment the IMAP backend
# opens its connection to append the Sent copy, i.e. after SMTP accepted the message.
CHILD = r"""
import json, os, signal, sys
from pathlib import Path
from datetime import datetime
from bot import outbox
from bot.app import App
from bot.clock import FixedClock
from bot.mailbox.imap import ImapMailbox
from tests.support.dovecot import make_settings

args = json.loads(sys.argv[1])
os.environ["STEPBOT_TEST_IMAP_PASSWORD"] = args["password"]
settings = make_settings(Path(args["tmp"]), {"mash_step_up": args["backend"]})
app = App(settings, clock=FixedClock(datetime.fromisoformat(args["now"])))

def die(self):
    os.kill(os.getpid(), signal.SIGKILL)

ImapMailbox._open = die
outbox.deliver_due(app)
print("not killed")
"""


def queue_one(app) -> int:
    with app.Session.begin() as s:
        row = outbox.enqueue(s, app, key="sent-check:ack-1", authority=AUTH, mailbox=ROLE, purpose="ack",
                             to=["worker@partner.example.org"],
                             msg=build_message(subject="Acknowledgement 1", text="We have your request."))
        s.flush()
        return row.id


def sent_folder_count(dovecot, message_id: str) -> int:
    c = dovecot.client()
    try:
        if not c.folder_exists("Sent"):
            return 0
        c.select_folder("Sent", readonly=True)
        return len(c.search(["HEADER", "Message-ID", message_id]))
    finally:
        c.logout()


def row(app, oid) -> OutboxMessage:
    with app.Session() as s:
        return s.get(OutboxMessage, oid)


@pytest.mark.dovecot
def test_kill_9_between_smtp_acceptance_and_the_sent_copy_sends_once(tmp_path, dovecot, smtp):
    backend = imap_backend_config(dovecot, smtp.port)
    app = App(make_settings(tmp_path, {ROLE: backend}), clock=FixedClock(NOW))
    oid = queue_one(app)
    app.close()

    args = {"password": dovecot.password, "tmp": str(tmp_path), "backend": backend, "now": NOW.isoformat()}
    child = subprocess.run([sys.executable, "-c", CHILD, json.dumps(args)], cwd=ROOT, capture_output=True,
                           timeout=60)
    assert child.returncode == -signal.SIGKILL, child.stdout + child.stderr
    assert len(smtp.wait_for(1)) == 1                      # SMTP accepted it before the kill

    # Restarted, well after any lease ran out.
    later = App(make_settings(tmp_path, {ROLE: backend}), clock=FixedClock(NOW + timedelta(minutes=5)))
    try:
        r = row(later, oid)
        mid = r.message_id
        assert r.state == "sent" and r.attempts == 1       # the acceptance was recorded first
        assert sent_folder_count(dovecot, mid) == 0        # the kill came before the Sent copy
        outbox.deliver_due(later)
        later.clock.advance(hours=2)
        outbox.deliver_due(later)
    finally:
        later.close()
    assert len(smtp.messages) == 1, "the acknowledgement went out twice"


@pytest.mark.dovecot
def test_unrecorded_acceptance_is_found_in_the_sent_folder_before_any_resend(tmp_path, dovecot, smtp):
    backend = imap_backend_config(dovecot, smtp.port)
    app = App(make_settings(tmp_path, {ROLE: backend}), clock=FixedClock(NOW))
    try:
        oid = queue_one(app)
        refusing = [True]

        def database_refuses_the_sent_write(session):
            sent = [o for o in session.identity_map.values() if isinstance(o, OutboxMessage) and o.state == "sent"]
            if refusing[0] and sent:
                raise OperationalError("UPDATE outbox", {}, Exception("database is locked"))

        event.listen(app.Session, "before_commit", database_refuses_the_sent_write)
        with pytest.raises(OperationalError):
            outbox.deliver_due(app)          # the process gives up here, as a crash would
        refusing[0] = False
        assert len(smtp.wait_for(1)) == 1
        r = row(app, oid)
        assert r.state == "sending"          # the database never heard that SMTP accepted it
        assert sent_folder_count(dovecot, r.message_id) == 1

        app.clock.advance(seconds=outbox.LEASE.total_seconds() + 1)
        assert outbox.deliver_due(app) == 1
        r = row(app, oid)
        assert r.state == "sent" and r.attempts == 2
        app.clock.advance(hours=2)
        outbox.deliver_due(app)
    finally:
        app.close()
    assert len(smtp.messages) == 1, "the acknowledgement went out twice"
    assert sent_folder_count(dovecot, r.message_id) == 1


@pytest.mark.dovecot
def test_sent_folder_search_finds_only_that_message_id(tmp_path, dovecot, smtp):
    app = App(make_settings(tmp_path, {ROLE: imap_backend_config(dovecot, smtp.port)}), clock=FixedClock(NOW))
    try:
        mb = app.mailbox(AUTH, ROLE)
        c = dovecot.client()
        c.create_folder("Sent")
        c.logout()
        dovecot.append(b"Message-ID: <abc.123@knowsley.example.gov.uk>\r\nSubject: x\r\n\r\nbody\r\n", folder="Sent")
        assert mb.already_sent("<abc.123@knowsley.example.gov.uk>") is True
        assert mb.already_sent("<c.123@knowsley.example.gov.uk>") is False
        assert mb.already_sent("<abc.1234@knowsley.example.gov.uk>") is False
    finally:
        app.close()
