"""Sign-in with the council's identity provider (OpenID Connect, as Microsoft Entra ID does it), against
a small provider served over real TLS in the test process (tests/support/oidc_idp.py)."""
from __future__ import annotations

import json
import urllib.parse

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from bot.config import Oidc, Secret
from bot.models import AuditEvent, User, WebSession
from bot.web import create_app
from bot.web import sessions
from bot.web.security import CSRF_KEY
from bot.web.users import disable_user, enable_user
from tests.support.oidc_idp import CLIENT_ID, CLIENT_SECRET, OidcProvider
from tests.support.web_kit import PASSWORD, make_user

BS_KNOWSLEY = "0b6a1f3e-business-support-knowsley"
MANAGERS_TORBAY = "7c2d9e41-managers-torbay"
ADMINS = "e91f0c22-stepbot-admins"
CALLBACK = "https://testserver/signin/oidc/callback"

KATE = {"oid": "11111111-aaaa", "sub": "pairwise-kate", "preferred_username": "Kate.Moss@knowsley.gov.uk",
        "name": "Kate Moss", "groups": [BS_KNOWSLEY, "unrelated-group"]}


@pytest.fixture(scope="module")
def provider(tmp_path_factory):
    idp = OidcProvider(tmp_path_factory.mktemp("idp")).start()
    idp.redirect_uris.add(CALLBACK)
    yield idp
    idp.stop()


def _with_oidc(app, provider, monkeypatch, **over):
    monkeypatch.setenv("STEPBOT_TEST_OIDC_SECRET", CLIENT_SECRET)
    over.setdefault("issuer", provider.issuer)
    oidc = Oidc(client_id=CLIENT_ID, client_secret=Secret(env="STEPBOT_TEST_OIDC_SECRET"),
                redirect_url=CALLBACK, ca_file=provider.cert,
                groups={BS_KNOWSLEY: {"role": "business_support", "authorities": ["knowsley"]},
                        MANAGERS_TORBAY: {"role": "manager", "authorities": ["torbay"]},
                        ADMINS: {"role": "admin"}}, **over)
    dep = app.settings.deployment
    app.settings.deployment = dep.model_copy(update={"web": dep.web.model_copy(update={"oidc": oidc})})
    provider.tamper = None
    return TestClient(create_app(app), base_url="https://testserver")


def _through_provider(client, provider, person, nxt="/"):
    """Browser: stepbot → the provider's /authorize (the person is already signed in there) → back
    to stepbot's callback. Returns stepbot's answer to the callback."""
    provider.person = person
    r = client.get("/signin/oidc", params={"next": nxt}, follow_redirects=False)
    assert r.status_code == 302 and r.headers["location"].startswith(provider.issuer + "/authorize?")
    with httpx.Client(verify=str(provider.cert)) as browser:
        back = browser.get(r.headers["location"], follow_redirects=False)
    assert back.status_code == 302 and back.headers["location"].startswith(CALLBACK)
    parts = urllib.parse.urlsplit(back.headers["location"])
    return client.get(f"{parts.path}?{parts.query}", follow_redirects=False)


def _user(app, username) -> User:
    with app.Session() as s:
        return s.scalar(select(User).where(User.username == username))


def test_the_sign_in_page_offers_the_council_account(tmp_app, provider, monkeypatch):
    client = _with_oidc(tmp_app, provider, monkeypatch)
    page = client.get("/signin?next=/reports").text
    assert 'href="/signin/oidc?next=/reports"' in page and "Sign in with Microsoft" in page
    assert 'name="password"' in page    # local accounts are kept unless switched off


def test_a_group_maps_to_a_role_and_authorities(tmp_app, provider, monkeypatch):
    client = _with_oidc(tmp_app, provider, monkeypatch)
    r = _through_provider(client, provider, KATE, nxt="/reports")
    assert r.status_code == 303 and r.headers["location"] == "/reports"
    kate = _user(tmp_app, "kate.moss@knowsley.gov.uk")
    assert (kate.role, kate.authorities, kate.display_name) == ("business_support", ["knowsley"], "Kate Moss")
    assert kate.oidc_subject == f"{provider.issuer}|11111111-aaaa" and kate.password_hash == ""
    assert client.get("/").status_code == 200
    with tmp_app.Session() as s:
        signed_in = s.scalar(select(AuditEvent).where(AuditEvent.action == "web.signed_in"))
        assert signed_in.actor == "user:kate.moss@knowsley.gov.uk"


def test_several_groups_give_the_highest_role_and_every_authority(tmp_app, provider, monkeypatch):
    client = _with_oidc(tmp_app, provider, monkeypatch)
    _through_provider(client, provider, {**KATE, "groups": [BS_KNOWSLEY, MANAGERS_TORBAY]})
    kate = _user(tmp_app, "kate.moss@knowsley.gov.uk")
    assert (kate.role, kate.authorities) == ("manager", ["knowsley", "torbay"])
    _through_provider(client, provider, {**KATE, "groups": [BS_KNOWSLEY, ADMINS]})
    kate = _user(tmp_app, "kate.moss@knowsley.gov.uk")
    assert (kate.role, kate.authorities) == ("admin", [])


def test_no_mapped_group_is_refused_and_ends_open_sessions(tmp_app, provider, monkeypatch):
    first = _with_oidc(tmp_app, provider, monkeypatch)
    _through_provider(first, provider, KATE)
    assert first.get("/").status_code == 200
    second = TestClient(first.app, base_url="https://testserver")
    r = _through_provider(second, provider, {**KATE, "groups": ["unrelated-group"]})
    assert r.status_code == 403 and "not in a group that may use stepbot" in r.text
    assert second.get("/", follow_redirects=False).status_code == 303
    # The group was removed: the browser that was signed in before is signed out on its next click.
    r = first.get("/", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/signin")


def test_disabling_a_user_ends_the_session_and_the_provider_cannot_bring_it_back(tmp_app, provider, monkeypatch):
    client = _with_oidc(tmp_app, provider, monkeypatch)
    _through_provider(client, provider, KATE)
    assert client.get("/").status_code == 200
    assert disable_user(tmp_app, "kate.moss@knowsley.gov.uk") == 1
    assert client.get("/", follow_redirects=False).status_code == 303
    r = _through_provider(client, provider, KATE)
    assert r.status_code == 403 and "switched off" in r.text
    assert client.get("/", follow_redirects=False).status_code == 303
    enable_user(tmp_app, "kate.moss@knowsley.gov.uk")
    assert _through_provider(client, provider, KATE).status_code == 303
    assert client.get("/").status_code == 200


def test_a_provider_that_cannot_be_reached_gets_a_plain_answer(tmp_app, provider, monkeypatch):
    from tests.support.dovecot import free_port

    client = _with_oidc(tmp_app, provider, monkeypatch,
                        issuer=f"https://127.0.0.1:{free_port()}/tenant/v2.0")   # nothing listens there
    r = client.get("/signin/oidc", follow_redirects=False)
    assert r.status_code == 503 and "cannot be reached" in r.text


def test_the_provider_is_asked_again_after_session_minutes(tmp_app, provider, monkeypatch, clock):
    client = _with_oidc(tmp_app, provider, monkeypatch, session_minutes=30)
    _through_provider(client, provider, KATE)
    clock.advance(minutes=29)
    assert client.get("/").status_code == 200
    clock.advance(minutes=2)
    r = client.get("/", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/signin")
    # Asking again re-reads the groups: someone moved to Torbay's managers sees Torbay now.
    _through_provider(client, provider, {**KATE, "groups": [MANAGERS_TORBAY]})
    assert _user(tmp_app, "kate.moss@knowsley.gov.uk").authorities == ["torbay"]
    assert client.get("/").status_code == 200


@pytest.mark.parametrize("tamper", ["audience", "nonce", "expired", "key"])
def test_an_id_token_that_fails_its_checks_signs_no_one_in(tmp_app, provider, monkeypatch, tamper):
    client = _with_oidc(tmp_app, provider, monkeypatch)
    provider.tamper = tamper
    r = _through_provider(client, provider, KATE)
    assert r.status_code == 401 and "did not complete" in r.text
    assert client.get("/", follow_redirects=False).status_code == 303
    assert _user(tmp_app, "kate.moss@knowsley.gov.uk") is None


def test_a_callback_replayed_or_from_another_browser_signs_no_one_in(tmp_app, provider, monkeypatch):
    client = _with_oidc(tmp_app, provider, monkeypatch)
    provider.person = KATE
    start = client.get("/signin/oidc", follow_redirects=False)
    with httpx.Client(verify=str(provider.cert)) as browser:
        back = urllib.parse.urlsplit(browser.get(start.headers["location"]).headers["location"])
    stranger = TestClient(client.app, base_url="https://testserver")    # no state in its session
    assert stranger.get(f"{back.path}?{back.query}", follow_redirects=False).status_code == 401
    assert client.get(f"{back.path}?{back.query}", follow_redirects=False).status_code == 303
    # The same link again (a back button, a copied address): its state was used up, and the
    # provider is not even asked.
    asked = provider.token_requests
    assert client.get(f"{back.path}?{back.query}", follow_redirects=False).status_code == 401
    assert provider.token_requests == asked


def test_next_never_leaves_the_site(tmp_app, provider, monkeypatch):
    client = _with_oidc(tmp_app, provider, monkeypatch)
    r = _through_provider(client, provider, KATE, nxt="//evil.example/x")
    assert r.status_code == 303 and r.headers["location"] == "/"


def test_a_local_account_of_the_same_name_is_not_taken_over(tmp_app, provider, monkeypatch):
    make_user(tmp_app, "kate.moss@knowsley.gov.uk", role="admin", authorities=())
    client = _with_oidc(tmp_app, provider, monkeypatch)
    _through_provider(client, provider, KATE)
    with tmp_app.Session() as s:
        mine = s.scalar(select(User).where(User.oidc_subject.is_not(None)))
        assert mine.username.startswith("kate.moss@knowsley.gov.uk#") and mine.role == "business_support"
        assert s.scalar(select(User).where(User.username == "kate.moss@knowsley.gov.uk")).role == "admin"


def test_local_accounts_can_be_switched_off(tmp_app, provider, monkeypatch):
    make_user(tmp_app, "kate")
    client = _with_oidc(tmp_app, provider, monkeypatch, local_accounts=False)
    assert 'name="password"' not in client.get("/signin").text
    with tmp_app.Session() as s:   # the session's own CSRF token: the refusal is not a CSRF one
        row = s.get(WebSession, sessions.digest(client.cookies.get("stepbot_session")))
        token = json.loads(row.data)[CSRF_KEY]
    r = client.post("/signin", data={"username": "kate", "password": PASSWORD, "csrf": token})
    assert r.status_code == 403 and "switched off here" in r.text


def test_groups_overage_is_refused_with_words_for_it(tmp_app, provider, monkeypatch):
    client = _with_oidc(tmp_app, provider, monkeypatch)
    person = {k: v for k, v in KATE.items() if k != "groups"}
    person["_claim_names"] = {"groups": "src1"}
    r = _through_provider(client, provider, person)
    assert r.status_code == 403 and "too many groups" in r.text


@pytest.mark.parametrize("change, words", [
    ({"issuer": "http://login.example/tenant/v2.0"}, "https"),
    ({"redirect_url": "http://stepbot.example/signin/oidc/callback"}, "https"),
    ({"groups": {}}, "at least one group"),
])
def test_oidc_settings_are_checked(change, words):
    base = dict(issuer="https://login.microsoftonline.com/t/v2.0", client_id="c", client_secret={"env": "X"},
                redirect_url="https://stepbot.example/signin/oidc/callback",
                groups={"g": {"role": "admin"}})
    with pytest.raises(ValueError, match=words):
        Oidc(**{**base, **change})


def test_a_group_naming_an_authority_not_served_is_refused(tmp_config):
    import yaml

    from bot.config import load_settings

    path = tmp_config / "deployment.yaml" if tmp_config.is_dir() else tmp_config
    data = yaml.safe_load(path.read_text())
    data.setdefault("web", {})["oidc"] = {
        "issuer": "https://login.microsoftonline.com/t/v2.0", "client_id": "c", "client_secret": {"env": "X"},
        "redirect_url": "https://stepbot.example/signin/oidc/callback",
        "groups": {"g": {"role": "manager", "authorities": ["narnia"]}}}
    path.write_text(yaml.safe_dump(data))
    with pytest.raises(Exception, match="narnia"):
        load_settings(tmp_config)
