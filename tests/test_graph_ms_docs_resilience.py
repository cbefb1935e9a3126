"""What Graph requests are repeated after a failure, and what are not (issue 19).

- sendMail that gets a late 504, a 503 or a dropped connection may have gone out: it is never
  repeated blindly; Sent Items is searched by the Internet-Message-ID first (now, and before any
  later resend, even after a restart), so a late 504 never sends the same mail twice.
- 429 Too Many Requests was not processed (Microsoft Graph throttling guidance): it is repeated
  after Retry-After, whatever the method; a read that gets 503 is repeated after Retry-After too.
- A move that gets a 504 is not repeated (the next pass reads the message again and moves it).
- At most four requests run at once per mailbox (Outlook's concurrency limit).
Against responses shaped like Microsoft's documented examples (tests/data/recorded/graph_ms_docs/)."""
from __future__ import annotations

import base64
import threading
import time
from datetime import datetime, timezone
from email.message import EmailMessage

import httpx
import pytest

from bot.app import App
from bot.clock import FixedClock
from bot.mailbox.base import MailboxError
from bot.mailbox.graph import GraphClient, GraphMailbox, GraphUnsure
from tests.support.dovecot import make_settings
from tests.test_graph_ms_docs_support import BASE, Replay, Step, StaticTokens, client

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)
USER = "mash@knowsley.example.gov.uk"
UP = f"{BASE}/users/{USER}"
MID = "<ack-7@knowsley.example.gov.uk>"
SEND = Step("POST", f"{UP}/sendMail", 202)
LOOK = f"{UP}/mailFolders/sentitems/messages?$filter=internetMessageId eq '{MID}'"
BACKEND = {"type": "graph", "user": USER,
           "oauth2": {"tenant_id": "t", "client_id": "c", "client_secret": {"env": "STEPBOT_TEST_UNUSED"}}}


@pytest.fixture
def app(tmp_path):
    a = App(make_settings(tmp_path, {"mash_step_up": BACKEND}), clock=FixedClock(NOW))
    yield a
    a.close()


def mailbox(app, replay, sleeps=None) -> GraphMailbox:
    cfg = app.mailbox_config("knowsley", "mash_step_up").backend
    return GraphMailbox(app, "knowsley", "mash_step_up", cfg, client=client(replay, USER, sleeps=sleeps))


def acknowledgement() -> bytes:
    m = EmailMessage()
    m["From"] = USER
    m["To"] = "worker@partner.example.org"
    m["Subject"] = "Received: step-up request"
    m["Message-ID"] = MID
    m.set_content("We have your request.\n")
    return bytes(m)


def sends(replay) -> list[httpx.Request]:
    return replay.made("POST", "/sendMail")


def test_recorded_ms_docs_late_504_on_sendmail_found_in_sent_items_is_not_sent_again(app):
    replay = Replay([
        Step("POST", f"{UP}/sendMail", 504),                 # the gateway gave up; Exchange may have it
        Step("GET", LOOK, 200, "sentitems_found.json"),      # it does: the mail went out
    ])
    mailbox(app, replay).send(acknowledgement(), ["worker@partner.example.org"])   # counts as sent
    assert len(sends(replay)) == 1
    replay.done()


def test_recorded_ms_docs_504_not_yet_in_sent_items_is_looked_for_again_before_a_resend_even_after_a_restart(app):
    replay = Replay([
        Step("POST", f"{UP}/sendMail", 504),
        Step("GET", LOOK, 200, "sentitems_none.json"),       # not there yet
        # the outbox tries the row again later, from a restarted daemon:
        Step("GET", LOOK, 200, "sentitems_found.json"),      # there now: the 504 was a late yes
    ])
    with pytest.raises(MailboxError, match="not in Sent Items yet"):
        mailbox(app, replay).send(acknowledgement(), ["worker@partner.example.org"])
    mailbox(app, replay).send(acknowledgement(), ["worker@partner.example.org"])  # a new backend object
    assert len(sends(replay)) == 1                          # one sendMail in all
    replay.done()


def test_recorded_ms_docs_a_send_that_really_failed_is_sent_once_more_after_the_look(app):
    replay = Replay([
        Step("POST", f"{UP}/sendMail", 503, "error_service_unavailable.json", {"Retry-After": "5"}),
        Step("GET", LOOK, 200, "sentitems_none.json"),
        Step("GET", LOOK, 200, "sentitems_none.json"),       # still not there: it did not go out
        SEND,
    ])
    mb = mailbox(app, replay)
    with pytest.raises(MailboxError):
        mb.send(acknowledgement(), ["worker@partner.example.org"])
    mb.send(acknowledgement(), ["worker@partner.example.org"])
    first, second = sends(replay)
    assert first.content == second.content                  # the very same message, with its Message-ID
    assert MID.encode() in base64.b64decode(second.content)
    replay.done()


@pytest.mark.parametrize("failure", [httpx.ReadTimeout, httpx.RemoteProtocolError])
def test_graph_a_dropped_answer_to_sendmail_is_not_repeated_blindly(app, failure):
    replay = Replay([Step("POST", f"{UP}/sendMail", raises=failure),
                     Step("GET", LOOK, 200, "sentitems_found.json")])
    mailbox(app, replay).send(acknowledgement(), ["worker@partner.example.org"])
    assert len(sends(replay)) == 1
    replay.done()


def test_graph_a_connection_that_never_opened_is_tried_again(app):
    """ConnectError: the request never left, so even sendMail is safe to try again."""
    replay = Replay([Step("POST", f"{UP}/sendMail", raises=httpx.ConnectError), SEND])
    sleeps: list[float] = []
    mailbox(app, replay, sleeps).send(acknowledgement(), ["worker@partner.example.org"])
    assert len(sends(replay)) == 2 and sleeps == [1.0]
    replay.done()


def test_recorded_ms_docs_429_is_repeated_after_retry_after_even_for_sendmail(app):
    replay = Replay([
        Step("POST", f"{UP}/sendMail", 429, "error_too_many_requests.json", {"Retry-After": "10"}),
        SEND,
    ])
    sleeps: list[float] = []
    mailbox(app, replay, sleeps).send(acknowledgement(), ["worker@partner.example.org"])
    assert sleeps == [10.0] and len(sends(replay)) == 2
    replay.done()


def test_recorded_ms_docs_a_read_that_gets_503_is_repeated_after_retry_after(app):
    replay = Replay([
        Step("GET", f"{UP}/mailFolders/inbox/messages/delta", 503, "error_service_unavailable.json",
             {"Retry-After": "3"}),
        Step("GET", f"{UP}/mailFolders/inbox/messages/delta", 200, "delta_read_again.json"),
        Step("GET", f"{UP}/messages/", 404, "error_item_not_found.json"),  # moved meanwhile: skipped
    ])
    sleeps: list[float] = []
    assert list(mailbox(app, replay, sleeps).fetch_new()) == []
    assert sleeps == [3.0]
    replay.done()


def test_recorded_ms_docs_a_move_that_gets_504_is_not_repeated(app):
    replay = Replay([
        Step("GET", f"{UP}/mailFolders?$filter=displayName eq 'Processed'", 200, "mailfolders_processed.json"),
        Step("POST", f"{UP}/messages/AAMk-1/move", 504),
    ])
    with pytest.raises(GraphUnsure):
        mailbox(app, replay).mark_processed("AAMk-1")
    assert len(replay.made("POST", "/move")) == 1
    replay.done()


def test_graph_at_most_four_requests_at_once_per_mailbox():
    """Twelve reads at once through two clients of one mailbox (mail and calendar) never have
    more than four in flight; another mailbox is not held back by them."""
    lock = threading.Lock()
    flight: dict[str, int] = {}
    most: dict[str, int] = {}

    def slow(request: httpx.Request) -> httpx.Response:
        user = request.url.path.split("/")[3]
        with lock:
            flight[user] = flight.get(user, 0) + 1
            most[user] = max(most.get(user, 0), flight[user])
        time.sleep(0.05)
        with lock:
            flight[user] -= 1
        return httpx.Response(200, json={"value": []})

    def make(user):
        return GraphClient(None, "https://graph.example.test/v1.0", user,
                           httpx.Client(transport=httpx.MockTransport(slow)), token_provider=StaticTokens())

    busy = [make("busy@council.example"), make("busy@council.example")]
    other = make("other@council.example")
    threads = [threading.Thread(target=busy[i % 2].request, args=("GET", "/users/busy@council.example/x"))
               for i in range(12)]
    threads += [threading.Thread(target=other.request, args=("GET", "/users/other@council.example/x"))
                for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert most["busy@council.example"] == 4
    assert most["other@council.example"] == 4
