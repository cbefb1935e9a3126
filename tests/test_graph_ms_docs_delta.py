"""A delta token Graph no longer knows (issue 19): Graph answers "a 40X-series error with error
codes such as syncStateNotFound" (Use delta query to track changes; Microsoft Graph error
responses: syncStateNotFound, resyncRequired) or 410 Gone. The mailbox then reads the whole inbox
again, once, says so once in plain words, and intake recognises the mail it already took in.
Against responses shaped like Microsoft's documented examples (tests/data/recorded/graph_ms_docs/)."""
from __future__ import annotations

import logging

import pytest
from sqlalchemy import func, select

from bot import intake
from bot.config import GraphBackend
from bot.demo import SAMPLES, render_sample
from bot.mailbox.graph import GraphError, GraphMailbox
from bot.models import AuditEvent, InboundMessage, MailboxState, Request
from tests.test_graph_ms_docs_support import BASE, Replay, Step, client, doc

USER = "mash@torbay.gov.uk"
UP = f"{BASE}/users/{USER}"
MSG = doc("delta_first_read.json")["value"][0]["id"]
FIRST_LINK = doc("delta_first_read.json")["@odata.deltaLink"]
AGAIN_LINK = doc("delta_read_again.json")["@odata.deltaLink"]
START = f"{UP}/mailFolders/inbox/messages/delta?$select=id"
CFG = GraphBackend.model_validate({"type": "graph", "user": USER, "oauth2": {
    "tenant_id": "t", "client_id": "c", "client_secret": {"env": "STEPBOT_TEST_UNUSED"}}})


def mailbox(app, replay) -> GraphMailbox:
    return GraphMailbox(app, "torbay", "mash_step_up", CFG, client=client(replay, USER))


def one_pass(app, mb) -> list:
    """What the daemon does with a pass: each message into intake, then moved (the move is not
    under test here)."""
    return [intake.ingest(app, "torbay", "mash_step_up", item.raw, backend_id=item.backend_id)
            for item in mb.fetch_new()]


def saved_link(app) -> str | None:
    with app.Session() as s:
        return s.scalar(select(MailboxState.sync_token))


def count(app, model, *where) -> int:
    with app.Session() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where))


@pytest.mark.parametrize("status,error", [
    (400, "error_sync_state_not_found.json"),    # the code says so; the status is only "40X"
    (400, "error_resync_required.json"),
    (410, "error_sync_state_not_found.json"),    # 410 Gone, as before
])
def test_recorded_ms_docs_expired_delta_token_reads_the_inbox_again_and_intake_recognises_the_mail(
        tmp_app, caplog, status, error):
    raw = render_sample(SAMPLES / "01_torbay_step_up_complete.eml", tmp_app)
    replay = Replay([
        Step("GET", START, 200, "delta_first_read.json"),
        Step("GET", f"{UP}/messages/{MSG}/$value", 200, raw),
        # the next pass: the saved deltaLink has expired
        Step("GET", FIRST_LINK, status, error),
        Step("GET", START, 200, "delta_read_again.json"),   # from scratch, once
        Step("GET", f"{UP}/messages/{MSG}/$value", 200, raw),
    ])
    mb = mailbox(tmp_app, replay)
    first = one_pass(tmp_app, mb)
    assert [r.duplicate for r in first] == [False] and saved_link(tmp_app) == FIRST_LINK
    with caplog.at_level(logging.WARNING, logger="bot.mailbox.graph"):
        again = one_pass(tmp_app, mb)
    assert [r.duplicate for r in again] == [True]          # the same mail, recognised: no second request
    assert count(tmp_app, InboundMessage) == 1 and count(tmp_app, Request) == 1
    assert saved_link(tmp_app) == AGAIN_LINK               # the mailbox reads on from the new link
    said = [r.getMessage() for r in caplog.records if "whole inbox again" in r.getMessage()]
    assert len(said) == 1 and "no longer knows where the last read of the inbox stopped" in said[0]
    assert count(tmp_app, AuditEvent, AuditEvent.action == "mailbox_read_again") == 1
    replay.done()


def test_recorded_ms_docs_a_fresh_read_that_is_refused_too_is_an_error_not_a_loop(tmp_app):
    with tmp_app.Session.begin() as s:
        s.add(MailboxState(authority="torbay", mailbox="mash_step_up", error_count=0, backlog=0,
                           sync_token=FIRST_LINK))
    replay = Replay([
        Step("GET", FIRST_LINK, 400, "error_sync_state_not_found.json"),
        Step("GET", START, 400, "error_sync_state_not_found.json"),
    ])
    with pytest.raises(GraphError, match="400: syncStateNotFound"):
        list(mailbox(tmp_app, replay).fetch_new())
    replay.done()


def test_recorded_ms_docs_another_400_on_the_delta_keeps_the_token(tmp_app):
    """Only the documented codes mean "start again": any other 400 is an error, and the saved
    link is kept for the next pass."""
    with tmp_app.Session.begin() as s:
        s.add(MailboxState(authority="torbay", mailbox="mash_step_up", error_count=0, backlog=0,
                           sync_token=FIRST_LINK))
    replay = Replay([Step("GET", FIRST_LINK, 400, "error_bad_request.json")])
    with pytest.raises(GraphError, match="400: invalidRequest"):
        list(mailbox(tmp_app, replay).fetch_new())
    assert saved_link(tmp_app) == FIRST_LINK
    assert count(tmp_app, AuditEvent, AuditEvent.action == "mailbox_read_again") == 0
    replay.done()
