"""The Exchange (EWS) backend against recorded SOAP responses (tests/data/recorded/ews/), served by
a small HTTP server on 127.0.0.1 that exchangelib talks to as it would to Exchange 2016."""
from __future__ import annotations

import base64
import re
from pathlib import Path

import pytest

from bot.config import EwsBackend
from bot.mailbox.base import MailboxError
from bot.mailbox.ews import MAX_BUSY_RETRIES, EwsMailbox, build_account
from tests.support.recorded_http import RecordedHttpServer

REC = Path(__file__).parent / "data" / "recorded"
EWS = REC / "ews"


class RecordedEws:
    """Answers each SOAP operation with its recorded response; ``script[op]`` lists (status, file)
    answers to give first (a fault, a variant), in order. ``calls`` keeps (operation, request)."""

    def __init__(self):
        self.script: dict[str, list[tuple[int, str]]] = {}
        self.calls: list[tuple[str, str]] = []
        self.http = RecordedHttpServer(EWS, lambda raw: self.answer(raw.decode()))

    def answer(self, body: str) -> tuple[int, str]:
        op = re.search(r"<s:Body><m:(\w+)", body).group(1)
        self.calls.append((op, body))
        if self.script.get(op):
            return self.script[op].pop(0)
        if op == "GetFolder":
            ids = re.findall(r'DistinguishedFolderId Id="(\w+)"', body)
            return 200, f"GetFolder_{ids[0]}.xml"
        if op == "FindFolder":
            return 200, "FindFolder_needs_review.xml" if 'Value="Needs review"' in body else "FindFolder_none.xml"
        return 200, f"{op}.xml"

    def ops(self, *names) -> list[str]:
        return [op for op, _ in self.calls if not names or op in names]

    @property
    def endpoint(self) -> str:
        return self.http.url("/EWS/Exchange.asmx")


@pytest.fixture
def ews(monkeypatch):
    monkeypatch.setenv("EWS_PASSWORD", "recorded")
    server = RecordedEws()
    server.http.start()
    yield server
    server.http.stop()


def make_mailbox(ews, sleeps=None):
    from exchangelib import BASIC, Version
    from exchangelib.version import EXCHANGE_2016

    cfg = EwsBackend(type="ews", server="exchange.knowsley.example.gov.uk",
                     primary_smtp_address="mash@knowsley.example.gov.uk", username="KNOWSLEY\\svc-stepbot",
                     password={"env": "EWS_PASSWORD"})
    factory = lambda: build_account(cfg, service_endpoint=ews.endpoint, version=Version(build=EXCHANGE_2016),  # noqa: E731
                                    auth_type=BASIC)
    return EwsMailbox(None, "knowsley", "mash_step_up", cfg, account_factory=factory,
                      sleep=(sleeps.append if sleeps is not None else lambda s: None))


def crlf(name: str) -> bytes:
    return (REC / name).read_bytes().replace(b"\n", b"\r\n")


def test_ews_recorded_read_inbox_mime_oldest_first(ews):
    mb = make_mailbox(ews)
    items = list(mb.fetch_new())
    assert [i.backend_id for i in items] == ["AAMkADItem0001AAA=", "AAMkADItem0002AAA="]
    assert items[0].raw == crlf("graph/message_1.eml")
    assert items[1].raw == crlf("graph/message_2.eml")
    find = dict(ews.calls)["FindItem"]
    assert 'FieldURI="item:DateTimeReceived"' in find and 'Order="Ascending"' in find
    assert 'FieldURI="item:MimeContent"' in dict(ews.calls)["GetItem"]
    assert mb.account.primary_smtp_address == "mash@knowsley.example.gov.uk"


def test_ews_recorded_read_skips_an_item_moved_meanwhile(ews):
    ews.script["GetItem"] = [(200, "GetItem_one_gone.xml")]
    assert [i.backend_id for i in make_mailbox(ews).fetch_new()] == ["AAMkADItem0001AAA="]


def test_ews_recorded_empty_inbox(ews):
    ews.script["FindItem"] = [(200, "FindItem_empty.xml")]
    assert list(make_mailbox(ews).fetch_new()) == []
    assert "GetItem" not in ews.ops()


def test_ews_recorded_move_makes_missing_folder_finds_existing_and_is_idempotent(ews):
    mb = make_mailbox(ews)
    mb.mark_processed("AAMkADItem0001AAA=")
    mb.mark_processed("AAMkADItem0002AAA=", review=True)
    ews.script["MoveItem"] = [(200, "MoveItem_not_found.xml")]
    mb.mark_processed("AAMkADItem0001AAA=")                 # already moved: not an error
    assert ews.ops("FindFolder", "CreateFolder", "MoveItem") == [
        "FindFolder", "CreateFolder", "MoveItem", "FindFolder", "MoveItem", "MoveItem"]   # folders cached
    create = dict(ews.calls)["CreateFolder"]
    assert "<t:DisplayName>Processed</t:DisplayName>" in create and 'Id="msgfolderroot"' in create
    moves = [body for op, body in ews.calls if op == "MoveItem"]
    assert 'FolderId Id="AAMkADProcessed="' in moves[0] and 'ItemId Id="AAMkADItem0001AAA="' in moves[0]
    assert 'FolderId Id="AAMkADReview00="' in moves[1] and 'ItemId Id="AAMkADItem0002AAA="' in moves[1]


def test_ews_recorded_send_and_save_copy_sends_the_mime_as_is(ews):
    raw = crlf("graph/message_1.eml")
    mb = make_mailbox(ews)
    mb.send(raw, ["mash@knowsley.example.gov.uk", "duty.manager@knowsley.example.gov.uk"])
    create = dict(ews.calls)["CreateItem"]
    assert 'MessageDisposition="SendAndSaveCopy"' in create and 'Id="sentitems"' in create
    mime = base64.b64decode(re.search(r"<t:MimeContent>([^<]+)</t:MimeContent>", create).group(1))
    assert mime == b"Bcc: duty.manager@knowsley.example.gov.uk\r\n" + raw
    assert mb.already_sent("<step-up-1@partner.example.org>") is True
    assert "message:InternetMessageId" in [b for op, b in ews.calls if op == "FindItem"][-1]


def test_ews_recorded_server_busy_waits_back_off_then_succeeds(ews):
    ews.script["FindItem"] = [(500, "ServerBusy.xml")]
    sleeps = []
    items = list(make_mailbox(ews, sleeps).fetch_new())
    assert len(items) == 2
    assert sleeps == [4.0]                       # BackOffMilliseconds 4000 from the fault
    assert ews.ops("FindItem") == ["FindItem", "FindItem"]


def test_ews_recorded_server_busy_gives_up_after_the_retry_limit(ews):
    ews.script["MoveItem"] = [(500, "ServerBusy.xml")] * (MAX_BUSY_RETRIES + 1)
    sleeps = []
    with pytest.raises(MailboxError, match="still busy"):
        make_mailbox(ews, sleeps).mark_processed("AAMkADItem0001AAA=")
    assert sleeps == [4.0] * MAX_BUSY_RETRIES


def test_ews_recorded_unauthorised_is_a_mailbox_error(ews):
    ews.script["GetFolder"] = [(401, "")] * 10
    with pytest.raises(MailboxError, match="EWS"):
        list(make_mailbox(ews).fetch_new())
