"""``inbox_handling: mark_read`` on Microsoft Graph (issue 19: the duty team works the inbox in
Outlook). A message taken in stays in the inbox: stepbot reads its categories and PATCHes
``isRead: true`` and ``categories`` + ["stepbot"] (Update message: a PATCH replaces the list, so
the team's own categories are kept). That PATCH is itself a change the next delta round reports:
it is recognised by the category and skipped, with no MIME read and no second PATCH, so one
message is taken in once and the mailbox is not re-read pass after pass.

Against responses shaped like Microsoft's documented examples, written inline below, each with
the page it follows under ``@stepbot.source`` (as in tests/data/recorded/graph_ms_docs/); the
tests are named ``test_recorded_ms_docs_*``."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from bot.config import GraphBackend
from bot.daemon import process_mailbox
from bot.demo import SAMPLES, render_sample
from bot.mailbox.graph import GraphMailbox
from bot.models import InboundMessage, MailboxState, Request
from tests.test_graph_ms_docs_support import BASE, Step, client
from tests.test_graph_ms_docs_support import Replay as DocsReplay

USER = "mash@torbay.gov.uk"
UP = f"{BASE}/users/{USER}"
MSG = "AAMkAGI2THVSAAA=-mark-read-1"
START = f"{UP}/mailFolders/inbox/messages/delta?$select=id,internetMessageId,receivedDateTime,categories"
LINK_1 = f"{UP}/mailFolders/inbox/messages/delta?$deltatoken=MarkRead_Round1"
LINK_2 = f"{UP}/mailFolders/inbox/messages/delta?$deltatoken=MarkRead_Round2"
LINK_3 = f"{UP}/mailFolders/inbox/messages/delta?$deltatoken=MarkRead_Round3"
STATE = f"{UP}/messages/{MSG}?$select=categories,isRead"
PATCH = f"{UP}/messages/{MSG}"
CFG = GraphBackend.model_validate({"type": "graph", "user": USER, "inbox_handling": "mark_read", "oauth2": {
    "tenant_id": "t", "client_id": "c", "client_secret": {"env": "STEPBOT_TEST_UNUSED"}}})

DELTA_SOURCE = ("https://learn.microsoft.com/graph/delta-query-messages (Get incremental changes to messages "
                "in a folder) and https://learn.microsoft.com/graph/api/message-delta: a delta page ending in "
                "@odata.deltaLink; ids, times and addresses made up")


def js(body: dict) -> bytes:
    return json.dumps(body).encode()


def delta_page(link: str, *messages: dict) -> bytes:
    return js({"@stepbot.source": DELTA_SOURCE,
               "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#Collection(message)",
               "@odata.deltaLink": link,
               "value": [{"@odata.type": "#microsoft.graph.message",
                          "@odata.etag": "W/\"CQAAABYAAAARn2vdzPFAT5Evs6ZGx0ZLAAALBdSj\"", **m} for m in messages]})


def new_message(categories=()) -> dict:
    """A message as the first delta round lists it (created: its standard representation)."""
    return {"id": MSG, "receivedDateTime": "2026-11-23T08:41:12Z",
            "internetMessageId": "<demo-01-torbay-stepup@torbay.gov.uk>", "categories": list(categories)}


def read_state(categories, is_read: bool) -> bytes:
    """Get message with $select=categories,isRead (https://learn.microsoft.com/graph/api/message-get)."""
    return js({"@stepbot.source": "https://learn.microsoft.com/graph/api/message-get (Get message, $select): "
                                  "the selected properties with id and @odata.etag; id made up",
               "@odata.context": f"https://graph.microsoft.com/v1.0/$metadata#users('{USER}')/messages"
                                 "(categories,isRead)/$entity",
               "@odata.etag": "W/\"CQAAABYAAAARn2vdzPFAT5Evs6ZGx0ZLAAALBdSi\"",
               "id": MSG, "categories": list(categories), "isRead": is_read})


def updated(categories) -> bytes:
    """Update message's response: 200 OK with the updated message (https://learn.microsoft.com/graph/api/message-update)."""
    return js({"@stepbot.source": "https://learn.microsoft.com/graph/api/message-update (Update message: "
                                  "200 OK and the updated message object in the response body); shortened",
               "@odata.context": f"https://graph.microsoft.com/v1.0/$metadata#users('{USER}')/messages/$entity",
               "@odata.etag": "W/\"CQAAABYAAAARn2vdzPFAT5Evs6ZGx0ZLAAALBdSk\"",
               "id": MSG, "categories": list(categories), "isRead": True,
               "subject": "Step up request", "parentFolderId": "AAMkAGI2TGuLAAA="})


class Replay(DocsReplay):
    """The support module's strict replay, serving the inline bodies above as JSON."""

    def __call__(self, request):
        resp = super().__call__(request)
        if resp.content.startswith(b"{"):
            resp.headers["Content-Type"] = "application/json"
        return resp

    def bodies(self, method: str) -> list[dict]:
        return [json.loads(r.content) for r in self.requests if r.method == method]


def mailbox(app, replay) -> GraphMailbox:
    return GraphMailbox(app, "torbay", "mash_step_up", CFG, client=client(replay, USER))


def count(app, model) -> int:
    with app.Session() as s:
        return s.scalar(select(func.count()).select_from(model))


def saved_link(app) -> str | None:
    with app.Session() as s:
        return s.scalar(select(MailboxState.sync_token))


def test_recorded_ms_docs_mark_read_patches_read_and_category_and_the_patch_is_not_new_mail(tmp_app):
    raw = render_sample(SAMPLES / "01_torbay_step_up_complete.eml", tmp_app)
    replay = Replay([
        # pass 1: a new message; taken in, then marked (the team's own category kept)
        Step("GET", START, 200, delta_page(LINK_1, new_message(["Blue category"]))),
        Step("GET", f"{UP}/messages/{MSG}/$value", 200, raw),
        Step("GET", STATE, 200, read_state(["Blue category"], False)),
        Step("PATCH", PATCH, 200, updated(["Blue category", "stepbot"])),
        # pass 2: the PATCH comes back as an update carrying the category: skipped, nothing read
        Step("GET", LINK_1, 200, delta_page(LINK_2, {"id": MSG, "categories": ["Blue category", "stepbot"],
                                                     "isRead": True})),
        # pass 3: the team marks it unread in Outlook; the change comes without its categories,
        # which are looked up (a small GET), not its MIME
        Step("GET", LINK_2, 200, delta_page(LINK_3, {"id": MSG, "isRead": False})),
        Step("GET", STATE, 200, read_state(["Blue category", "stepbot"], False)),
    ])
    mb = mailbox(tmp_app, replay)
    first = process_mailbox(tmp_app, "torbay", "mash_step_up", mb)
    assert (first.fetched, first.new, first.moved) == (1, 1, 1)
    assert replay.bodies("PATCH") == [{"isRead": True, "categories": ["Blue category", "stepbot"]}]
    assert saved_link(tmp_app) == LINK_1
    second = process_mailbox(tmp_app, "torbay", "mash_step_up", mb)
    third = process_mailbox(tmp_app, "torbay", "mash_step_up", mb)
    assert second.fetched == 0 and third.fetched == 0
    assert len(replay.made("PATCH", "/messages/")) == 1               # marked once, not again and again
    assert len(replay.made("GET", "/$value")) == 1                    # its MIME read once
    assert not replay.made("POST", "/move") and not replay.made("GET", "/mailFolders?")   # nothing moved
    assert saved_link(tmp_app) == LINK_3
    assert count(tmp_app, InboundMessage) == 1 and count(tmp_app, Request) == 1
    replay.done()


def test_recorded_ms_docs_mark_read_for_review_adds_the_review_category(tmp_app):
    replay = Replay([
        Step("GET", STATE, 200, read_state([], True)),
        Step("PATCH", PATCH, 200, updated(["stepbot", "stepbot-review"])),
    ])
    mailbox(tmp_app, replay).mark_processed(MSG, review=True)
    assert replay.bodies("PATCH") == [{"isRead": True, "categories": ["stepbot", "stepbot-review"]}]
    replay.done()


def test_recorded_ms_docs_mark_read_twice_makes_no_second_change(tmp_app):
    replay = Replay([Step("GET", STATE, 200, read_state(["Stepbot"], True))])   # categories: any case
    mailbox(tmp_app, replay).mark_processed(MSG)
    assert not replay.made("PATCH", "/messages/")
    replay.done()


def test_recorded_ms_docs_mark_read_of_a_message_deleted_meanwhile_is_a_no_op(tmp_app):
    replay = Replay([Step("GET", STATE, 404, "error_item_not_found.json")])
    mailbox(tmp_app, replay).mark_processed(MSG)
    replay.done()


def test_recorded_ms_docs_mark_read_patch_is_repeated_after_a_503(tmp_app):
    sleeps: list[float] = []
    replay = Replay([
        Step("GET", STATE, 200, read_state([], False)),
        Step("PATCH", PATCH, 503, "error_service_unavailable.json", headers={"Retry-After": "2"}),
        Step("PATCH", PATCH, 200, updated(["stepbot"])),
    ])
    GraphMailbox(tmp_app, "torbay", "mash_step_up", CFG,
                 client=client(replay, USER, sleeps=sleeps)).mark_processed(MSG)
    assert sleeps == [2.0]                                # a PATCH sets a state: safe to repeat
    assert replay.bodies("PATCH") == [{"isRead": True, "categories": ["stepbot"]}] * 2
    replay.done()


def test_recorded_ms_docs_mark_read_an_expired_delta_token_does_not_read_the_kept_inbox_again(tmp_app):
    """A full read of the inbox after syncStateNotFound lists every message kept there; those that
    carry the category are skipped without a request each."""
    with tmp_app.Session.begin() as s:
        s.add(MailboxState(authority="torbay", mailbox="mash_step_up", error_count=0, backlog=0,
                           sync_token=LINK_1))
    kept = [{**new_message(["stepbot"]), "id": f"AAMkAGI2THVSAAA=-kept-{n}"} for n in range(3)]
    replay = Replay([
        Step("GET", LINK_1, 400, "error_sync_state_not_found.json"),
        Step("GET", START, 200, delta_page(LINK_2, *kept)),
    ])
    assert list(mailbox(tmp_app, replay).fetch_new()) == []
    assert saved_link(tmp_app) == LINK_2
    replay.done()


@pytest.mark.parametrize("handling,select", [("move", "receivedDateTime"),
                                             ("mark_read", "receivedDateTime,categories")])
def test_recorded_ms_docs_the_delta_selects_categories_only_for_mark_read(tmp_app, handling, select):
    cfg = CFG.model_copy(update={"inbox_handling": handling})
    replay = Replay([Step("GET", START.split("?")[0], 200, "delta_nothing_new.json")])
    list(GraphMailbox(tmp_app, "torbay", "mash_step_up", cfg, client=client(replay, USER)).fetch_new())
    assert str(replay.requests[0].url.params["$select"]).endswith(select)
    replay.done()


def test_recorded_ms_docs_check_mailboxes_says_what_mark_read_needs(tmp_path):
    """``stepbot check-mailboxes`` names the permission for what the mailbox will do: mark read
    and categorise, not move."""
    from bot.app import App
    from bot.clock import FixedClock
    from bot.mailbox.check import check_all, format_reports
    from tests.support.dovecot import make_settings
    from tests.test_graph_check_mailboxes import NOW, Tokens, token_with

    user = "mash@knowsley.example.gov.uk"
    up = f"{BASE}/users/{user}"
    backend = {"type": "graph", "user": user, "inbox_handling": "mark_read", "category": "Handled by stepbot",
               "oauth2": {"tenant_id": "t", "client_id": "c", "client_secret": {"env": "STEPBOT_TEST_UNUSED"}}}
    app = App(make_settings(tmp_path, {"mash_step_up": backend}), clock=FixedClock(NOW))
    try:
        replay = Replay([
            Step("GET", f"{up}/mailFolders/inbox?", 200, "inbox.json"),
            Step("GET", f"{up}/mailFolders/sentitems/messages?", 200, "sentitems_none.json"),
            Step("GET", f"{up}/calendar?", 200, "calendar_with_teams.json"),
        ])
        c = client(replay, user)
        c.tokens = Tokens(token_with(["Mail.Send", "Calendars.ReadWrite"]))
        text = format_reports(check_all(app, graph_clients={("knowsley", "mash_step_up"): c}))
        replay.done()
        assert ("[fix]  cannot mark handled mail read in the inbox: the app needs the Microsoft Graph "
                "application permission Mail.ReadWrite") in text
        assert "Processed" not in text
    finally:
        app.close()
