"""``stepbot check-mailboxes`` (issue 19): each configured mailbox and calendar is called once, and
the answer says in plain words what works and which permission is missing. Microsoft 365 against
responses shaped like Microsoft's documented examples (tests/data/recorded/graph_ms_docs/), IMAP and
SMTP against the real Dovecot and SMTP server the suite uses."""
from __future__ import annotations

import base64
import json
from datetime import datetime, timezone

import pytest

from bot.app import App
from bot.clock import FixedClock
from bot.cli import main
from bot.mailbox.check import check_all, format_reports, granted_roles
from tests.support.dovecot import imap_backend_config, make_settings
from tests.support.plain import problems
from tests.test_graph_ms_docs_support import BASE, Replay, Step, client

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)
USER = "mash@knowsley.example.gov.uk"
UP = f"{BASE}/users/{USER}"
BACKEND = {"type": "graph", "user": USER,
           "oauth2": {"tenant_id": "t", "client_id": "c", "client_secret": {"env": "STEPBOT_TEST_UNUSED"}}}


def token_with(roles: list[str]) -> str:
    """An access token as Microsoft's sign-in returns it for an app (only its claims matter here)."""
    def part(d):
        return base64.urlsafe_b64encode(json.dumps(d).encode()).rstrip(b"=").decode()
    return f"{part({'typ': 'JWT', 'alg': 'RS256'})}.{part({'aud': 'https://graph.microsoft.com', 'roles': roles})}.sig"


class Tokens:
    def __init__(self, token):
        self.value = token

    def token(self):
        return self.value


@pytest.fixture
def app(tmp_path):
    a = App(make_settings(tmp_path, {"mash_step_up": BACKEND}), clock=FixedClock(NOW))
    yield a
    a.close()


def run(app, replay, roles) -> tuple[str, bool]:
    c = client(replay, USER)
    c.tokens = Tokens(token_with(roles))
    reports = check_all(app, graph_clients={("knowsley", "mash_step_up"): c})
    replay.done()
    return format_reports(reports), all(r.ok for r in reports)


def test_recorded_ms_docs_a_calendar_403_is_named_as_the_missing_permission(app):
    replay = Replay([
        Step("GET", f"{UP}/mailFolders/inbox?$select=id,displayName", 200, "inbox.json"),
        Step("GET", f"{UP}/mailFolders/sentitems/messages?$top=1", 200, "sentitems_none.json"),
        Step("GET", f"{UP}/calendar?$select=id,allowedOnlineMeetingProviders", 403, "error_access_denied.json"),
    ])
    text, ok = run(app, replay, ["Mail.ReadWrite", "Mail.Send"])
    assert not ok
    assert "[ok]   reads the inbox" in text and "[ok]   may send mail as the mailbox (Mail.Send)" in text
    assert (f"[fix]  cannot use the calendar of {USER}: the app needs the Microsoft Graph application permission "
            "Calendars.ReadWrite") in text
    assert "meetings go out as email invitations" in text
    assert text.endswith("1 thing to put right (marked [fix]).")
    assert problems(text) == []                 # no ids, no file names, no ISO timestamps


def test_recorded_ms_docs_everything_granted_and_teams(app):
    replay = Replay([
        Step("GET", f"{UP}/mailFolders/inbox?", 200, "inbox.json"),
        Step("GET", f"{UP}/mailFolders/sentitems/messages?", 200, "sentitems_found.json"),
        Step("GET", f"{UP}/calendar?", 200, "calendar_with_teams.json"),
    ])
    text, ok = run(app, replay, ["Mail.ReadWrite", "Mail.Send", "Calendars.ReadWrite"])
    assert ok and text.endswith("Everything checked works.")
    assert "[ok]   can host Microsoft Teams meetings" in text
    assert "[ok]   may create, move and cancel meetings in it (Calendars.ReadWrite)" in text
    assert "limit them to the duty mailboxes with RBAC for Applications" in text   # granted tenant-wide
    assert problems(text) == []


def test_recorded_ms_docs_a_missing_send_permission_and_no_teams(app):
    replay = Replay([
        Step("GET", f"{UP}/mailFolders/inbox?", 200, "inbox.json"),
        Step("GET", f"{UP}/mailFolders/sentitems/messages?", 200, "sentitems_none.json"),
        Step("GET", f"{UP}/calendar?", 200, "calendar_without_teams.json"),
    ])
    text, ok = run(app, replay, ["Mail.ReadWrite", "Calendars.ReadWrite"])
    assert not ok
    assert "[fix]  cannot send mail: the app needs the Microsoft Graph application permission Mail.Send" in text
    assert "Test-ServicePrincipalAuthorization" in text
    assert "[note] cannot host Microsoft Teams meetings" in text
    assert problems(text) == []


def test_recorded_ms_docs_an_inbox_403_and_a_refused_sign_in(app):
    replay = Replay([
        Step("GET", f"{UP}/mailFolders/inbox?", 403, "error_access_denied.json"),
        Step("GET", f"{UP}/mailFolders/sentitems/messages?", 403, "error_access_denied.json"),
        Step("GET", f"{UP}/calendar?", 403, "error_access_denied.json"),
    ])
    text, ok = run(app, replay, [])
    assert ("[fix]  cannot read the inbox: the app needs the Microsoft Graph application permission "
            "Mail.ReadWrite") in text
    assert problems(text) == []

    from bot.mailbox.base import MailboxError

    class Refused:
        def token(self):
            raise MailboxError("OAuth2 token refused: invalid_client AADSTS7000215: Invalid client secret provided.")

    c = client(Replay([]), USER)
    c.tokens = Refused()
    text = format_reports(check_all(app, graph_clients={("knowsley", "mash_step_up"): c}))
    assert "[fix]  cannot sign in to Microsoft 365: Microsoft refused the app's secret or certificate" in text
    assert "invalid_client" not in text and problems(text) == []


def test_graph_roles_are_read_from_the_sign_in():
    assert granted_roles(token_with(["Mail.Send"])) == {"Mail.Send"}
    assert granted_roles(token_with([])) == set()
    assert granted_roles("opaque-token") is None


@pytest.mark.dovecot
def test_imap_check_signs_in_reads_and_finds_the_sent_folder_sending_nothing(tmp_path, dovecot, smtp):
    app = App(make_settings(tmp_path, {"mash_step_up": imap_backend_config(dovecot, smtp.port)}), clock=FixedClock(NOW))
    dovecot.append(b"From: a@example.org\r\nSubject: x\r\nMessage-ID: <x@example.org>\r\n\r\nbody\r\n")
    text = format_reports(check_all(app))
    assert "[ok]   signs in to the mail server 127.0.0.1" in text
    assert "[ok]   reads the inbox (1 message in it)" in text
    assert '[note] files copies of sent mail in "Sent", made at the first send' in text
    assert "[ok]   signs in to the SMTP server 127.0.0.1 (nothing sent)" in text
    assert text.endswith("Everything checked works.") and problems(text) == []
    assert smtp.messages == []                  # nothing was sent
    app.close()


def test_check_mailboxes_is_a_stepbot_command(tmp_config, capsys):
    code = main(["--config", str(tmp_config), "check-mailboxes"])
    out = capsys.readouterr().out
    assert code == 0 and "Torbay Council" in out and "MASH step-up mailbox" in out
    assert problems(out) == []
