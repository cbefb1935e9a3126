"""The Microsoft Graph backend against recorded Graph and identity-platform responses
(tests/data/recorded/), replayed through httpx.MockTransport in the recorded order."""
from __future__ import annotations

import base64
import json
from datetime import datetime, timezone
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from bot.app import App
from bot.clock import FixedClock
from bot.config import OAuth2
from bot.mailbox.base import MailboxError
from bot.mailbox.graph import GraphClient, GraphMailbox, retry_after_seconds
from bot.mailbox.oauth import TokenProvider
from bot.models import MailboxState
from tests.support.dovecot import make_settings

REC = Path(__file__).parent / "data" / "recorded"
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)
TENANT = "7f3c0a52-9d6a-4c4b-8d0e-1a2b3c4d5e6f"
USER = "mash@knowsley.example.gov.uk"
BASE = "https://graph.microsoft.com/v1.0"
UP = f"{BASE}/users/{USER}"
MSG1 = "AAMkAGUyN2VkZTY0LWJmNWYtNDUxNy1iYTI4LWJhMDg5MzE3NTkyYQBGAAAAAAA1-AAAAA="
MSG2 = "AAMkAGUyN2VkZTY0LWJmNWYtNDUxNy1iYTI4LWJhMDg5MzE3NTkyYQBGAAAAAAA2-AAAAA="
PROCESSED = "AAMkAGUyN2VkZTY0LWJmNWYtNDUxNy1iYTI4LWJhMDg5MzE3NTkyYQAuAAAAAAA-Processed-AQ=="
REVIEW = "AAMkAGUyN2VkZTY0LWJmNWYtNDUxNy1iYTI4LWJhMDg5MzE3NTkyYQAuAAAAAAA-NeedsReview-AQ=="


def body(name: str) -> bytes:
    return (REC / name).read_bytes()


class Replay:
    """Serves a recorded conversation in order; each step is (method, url prefix, status, file,
    headers). A request that is not the next recorded one fails the test."""

    def __init__(self, steps):
        self.steps = list(steps)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        assert self.steps, f"unexpected request {request.method} {request.url}"
        method, prefix, status, name, headers = self.steps.pop(0)
        url = str(request.url)
        assert request.method == method and _unquote(url).startswith(prefix), \
            f"expected {method} {prefix}, got {request.method} {_unquote(url)}"
        content = body(name) if name else b""
        ctype = "application/json" if name.endswith(".json") else "text/plain"
        return httpx.Response(status, content=content, headers={"Content-Type": ctype, **(headers or {})})

    def done(self):
        assert not self.steps, f"recorded requests not made: {self.steps}"


def _unquote(url: str) -> str:
    from urllib.parse import unquote_plus

    return unquote_plus(url)


class StaticTokens:
    def __init__(self):
        self.calls = 0

    def token(self):
        self.calls += 1
        return "recorded-token"


@pytest.fixture
def app(tmp_path, monkeypatch):
    monkeypatch.setenv("GRAPH_SECRET", "s3cret")
    backend = {"type": "graph", "user": USER,
               "oauth2": {"tenant_id": TENANT, "client_id": "3c1f9b0e-5a7d-4e2b-9f61-2b8d7c6a5e41",
                          "client_secret": {"env": "GRAPH_SECRET"}}}
    a = App(make_settings(tmp_path, {"mash_step_up": backend}), clock=FixedClock(NOW))
    yield a
    a.close()


def mailbox(app, replay, sleeps=None, tokens=None):
    cfg = app.mailbox_config("knowsley", "mash_step_up").backend
    client = GraphClient(cfg.oauth2, cfg.base_url, cfg.user, httpx.Client(transport=httpx.MockTransport(replay)),
                         token_provider=tokens or StaticTokens(),
                         sleep=(sleeps.append if sleeps is not None else lambda s: None))
    return GraphMailbox(app, "knowsley", "mash_step_up", cfg, client=client)


def sync_token(app):
    with app.Session() as s:
        st = s.scalar(select(MailboxState))
        return st.sync_token if st else None


def test_graph_recorded_delta_read_pages_value_and_saves_delta_link(app):
    replay = Replay([
        ("GET", f"{UP}/mailFolders/inbox/messages/delta?$select=id", 200, "graph/delta_page1.json", None),
        ("GET", f"{UP}/mailFolders/inbox/messages/delta?$skiptoken=", 200, "graph/delta_page2.json", None),
        ("GET", f"{UP}/messages/{MSG1}/$value", 200, "graph/message_1.eml", None),
        ("GET", f"{UP}/messages/{MSG2}/$value", 200, "graph/message_2.eml", None),
        # second pass: from the saved deltaLink, nothing new
        ("GET", f"{UP}/mailFolders/inbox/messages/delta?$deltatoken=LztZw", 200, "graph/delta_empty.json", None),
    ])
    mb = mailbox(app, replay)
    items = list(mb.fetch_new())
    assert [i.backend_id for i in items] == [MSG1, MSG2]          # the @removed entry is skipped
    assert b"Message-ID: <step-up-1@partner.example.org>" in items[0].raw
    assert b"Subject: Step up request 2" in items[1].raw
    assert sync_token(app).endswith("$deltatoken=LztZwWjo5IivWBhyxw5rACKxf7mPm0oW6JZZ7fvKxYPS_67JnEYmfQQMPccy6FRun0DWJF5775dvuXxlZnMYhBubC1v4SBVT9ZjO8f7acZI")
    assert replay.requests[0].headers["Authorization"] == "Bearer recorded-token"
    assert replay.requests[0].headers["Prefer"] == "odata.maxpagesize=50"
    assert list(mb.fetch_new()) == []
    assert "Second_" in sync_token(app)
    replay.done()


def test_graph_recorded_pass_cut_short_keeps_the_old_delta_link(app):
    replay = Replay([
        ("GET", f"{UP}/mailFolders/inbox/messages/delta?$select=id", 200, "graph/delta_page1.json", None),
        ("GET", f"{UP}/mailFolders/inbox/messages/delta?$skiptoken=", 200, "graph/delta_page2.json", None),
        ("GET", f"{UP}/messages/{MSG1}/$value", 200, "graph/message_1.eml", None),
        ("GET", f"{UP}/messages/{MSG2}/$value", 403, "graph/error_access_denied.json", None),
    ])
    mb = mailbox(app, replay)
    got = []
    with pytest.raises(MailboxError, match="403: ErrorAccessDenied"):
        for item in mb.fetch_new():
            got.append(item.backend_id)
    assert got == [MSG1]
    assert sync_token(app) is None      # the next pass reads both again (intake de-duplicates)
    replay.done()


def test_graph_recorded_expired_delta_token_starts_a_full_read(app):
    with app.Session.begin() as s:
        s.add(MailboxState(authority="knowsley", mailbox="mash_step_up", error_count=0, backlog=0,
                           sync_token=f"{UP}/mailFolders/inbox/messages/delta?$deltatoken=OLD"))
    replay = Replay([
        ("GET", f"{UP}/mailFolders/inbox/messages/delta?$deltatoken=OLD", 410, "graph/error_sync_state_not_found.json", None),
        ("GET", f"{UP}/mailFolders/inbox/messages/delta?$select=id", 200, "graph/delta_empty.json", None),
    ])
    assert list(mailbox(app, replay).fetch_new()) == []
    assert "Second_" in sync_token(app)
    replay.done()


def test_graph_recorded_move_creates_or_finds_folders_and_is_idempotent(app):
    replay = Replay([
        ("GET", f"{UP}/mailFolders?$filter=displayName eq 'Processed'", 200, "graph/mailfolders_none.json", None),
        ("POST", f"{UP}/mailFolders", 201, "graph/mailfolder_created.json", None),
        ("POST", f"{UP}/messages/{MSG1}/move", 201, "graph/message_moved.json", None),
        ("POST", f"{UP}/messages/{MSG1}/move", 404, "graph/error_not_found.json", None),
        ("GET", f"{UP}/mailFolders?$filter=displayName eq 'Needs review'", 200, "graph/mailfolders_review.json", None),
        ("POST", f"{UP}/messages/{MSG2}/move", 201, "graph/message_moved.json", None),
    ])
    mb = mailbox(app, replay)
    mb.mark_processed(MSG1)
    mb.mark_processed(MSG1)                      # already moved: 404 is not an error
    mb.mark_processed(MSG2, review=True)
    reqs = replay.requests
    assert json.loads(reqs[1].content) == {"displayName": "Processed"}
    assert json.loads(reqs[2].content) == {"destinationId": PROCESSED}
    assert json.loads(reqs[5].content) == {"destinationId": REVIEW}
    replay.done()


def test_graph_recorded_send_posts_base64_mime_and_adds_missing_recipients_as_bcc(app):
    raw = body("graph/message_1.eml").replace(b"\n", b"\r\n")
    replay = Replay([
        ("POST", f"{UP}/sendMail", 202, "", None),
        ("GET", f"{UP}/mailFolders/sentitems/messages?$filter=internetMessageId eq '<step-up-1@partner.example.org>'",
         200, "graph/sentitems_found.json", None),
    ])
    mb = mailbox(app, replay)
    mb.send(raw, ["mash@knowsley.example.gov.uk", "duty.manager@knowsley.example.gov.uk"])
    sent = replay.requests[0]
    assert sent.headers["Content-Type"] == "text/plain"
    mime = base64.b64decode(sent.content)
    assert mime.startswith(b"Bcc: duty.manager@knowsley.example.gov.uk\r\n")
    assert mime.endswith(raw)
    assert mb.already_sent("<step-up-1@partner.example.org>") is True
    replay.done()


# 429 only: a sendMail that got 503 or 504 may have gone out and is never repeated blindly
# (tests/test_graph_ms_docs_resilience.py).
@pytest.mark.parametrize("status", [429])
def test_graph_recorded_throttling_waits_retry_after_then_succeeds(app, status):
    replay = Replay([
        ("POST", f"{UP}/sendMail", status, "graph/error_throttled.json", {"Retry-After": "7"}),
        ("POST", f"{UP}/sendMail", status, "graph/error_throttled.json", {"Retry-After": "2"}),
        ("POST", f"{UP}/sendMail", 202, "", None),
    ])
    sleeps = []
    mailbox(app, replay, sleeps=sleeps).send(body("graph/message_1.eml"), ["mash@knowsley.example.gov.uk"])
    assert sleeps == [7.0, 2.0]
    assert replay.requests[0].content == replay.requests[2].content     # the very same message
    replay.done()


def test_graph_recorded_throttling_gives_up_after_the_retry_limit(app):
    replay = Replay([("GET", f"{UP}/mailFolders/inbox/messages/delta", 429, "graph/error_throttled.json",
                      {"Retry-After": "1"})] * 6)
    sleeps = []
    with pytest.raises(MailboxError, match="429: ApplicationThrottled"):
        list(mailbox(app, replay, sleeps=sleeps).fetch_new())
    assert sleeps == [1.0] * 5
    replay.done()


def test_graph_recorded_network_error_is_retried():
    calls = []

    def handler(request):
        calls.append(request)
        if len(calls) == 1:
            raise httpx.ConnectError("connection refused", request=request)
        return httpx.Response(202)

    sleeps = []
    client = GraphClient(None, BASE, USER, httpx.Client(transport=httpx.MockTransport(handler)),
                         token_provider=StaticTokens(), sleep=sleeps.append)
    assert client.request("POST", f"{client.user_path}/sendMail", content=b"x").status_code == 202
    assert len(calls) == 2 and sleeps == [1.0]


@pytest.mark.parametrize("value,attempt,expected", [
    ("7", 0, 7.0),
    ("100000", 0, 300.0),                              # capped
    (None, 0, 1.0), (None, 3, 8.0), (None, 10, 60.0),  # exponential when absent
    ("Mon, 23 Nov 2026 09:00:30 GMT", 0, 30.0),        # an HTTP date
    ("soon", 2, 4.0),                                  # unreadable: exponential
])
def test_graph_retry_after_values(value, attempt, expected):
    assert retry_after_seconds(value, attempt, now=NOW) == expected


class MsalHttp:
    """A requests-style client for msal, replaying the recorded identity-platform responses."""

    def __init__(self, replay: Replay):
        self.client = httpx.Client(transport=httpx.MockTransport(replay))

    def get(self, url, params=None, headers=None, **kw):
        return self.client.get(url, params=params, headers=headers)

    def post(self, url, params=None, data=None, headers=None, **kw):
        return self.client.post(url, params=params, data=data, headers=headers)

    def close(self):
        self.client.close()


def test_graph_recorded_msal_client_credentials_token_is_fetched_once_and_cached(monkeypatch):
    monkeypatch.setenv("GRAPH_SECRET", "s3cret")
    login = f"https://login.microsoftonline.com/{TENANT}"
    replay = Replay([
        ("GET", f"{login}/v2.0/.well-known/openid-configuration", 200, "aad/openid-configuration.json", None),
        ("POST", f"{login}/oauth2/v2.0/token", 200, "aad/token.json", None),
    ])
    cfg = OAuth2(tenant_id=TENANT, client_id="3c1f9b0e-5a7d-4e2b-9f61-2b8d7c6a5e41",
                 client_secret={"env": "GRAPH_SECRET"})
    tp = TokenProvider(cfg, "https://graph.microsoft.com/.default", http_client=MsalHttp(replay))
    assert tp.token().startswith("eyJ0eXAi")
    assert tp.token().startswith("eyJ0eXAi")           # from msal's cache: no second POST
    form = dict(httpx.QueryParams(replay.requests[1].content.decode()))
    assert form["grant_type"] == "client_credentials"
    assert form["scope"] == "https://graph.microsoft.com/.default"
    assert form["client_secret"] == "s3cret"
    replay.done()


def test_graph_recorded_msal_refused_secret_is_a_mailbox_error(monkeypatch):
    monkeypatch.setenv("GRAPH_SECRET", "wrong")
    login = f"https://login.microsoftonline.com/{TENANT}"
    replay = Replay([
        ("GET", f"{login}/v2.0/.well-known/openid-configuration", 200, "aad/openid-configuration.json", None),
        ("POST", f"{login}/oauth2/v2.0/token", 401, "aad/token_invalid_client.json", None),
        # msal looks the authority up after a refusal (to tell a wrong cloud from a wrong secret)
        ("GET", "https://login.microsoftonline.com/common/discovery/instance", 200, "aad/instance_discovery.json", None),
    ])
    cfg = OAuth2(tenant_id=TENANT, client_id="c", client_secret={"env": "GRAPH_SECRET"})
    with pytest.raises(MailboxError, match="invalid_client AADSTS7000215"):
        TokenProvider(cfg, http_client=MsalHttp(replay)).token()
    assert "wrong" not in str(replay.requests[-1].url)
