"""Sign-in, sessions, CSRF, rate limiting and security headers (FastAPI TestClient)."""
from __future__ import annotations

from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from bot.models import AuditEvent, User
from bot.web import create_app
from bot.web.security import MAX_FAILURES, verify_password
from bot.web.users import UserError, add_user, user_command
from tests.support.web_kit import PASSWORD, csrf_of, make_user, seed_request, sign_in


@pytest.fixture
def client(tmp_app):
    make_user(tmp_app, "kate")
    return TestClient(create_app(tmp_app))


def test_pages_need_sign_in(client):
    for path in ("/", "/requests/SB-knowsley-1", "/requests/SB-knowsley-1/attachments/1", "/review", "/review/1",
                 "/reports", "/reports/monthly-log.csv?authority=knowsley"):
        r = client.get(path, follow_redirects=False)
        assert r.status_code == 303, path
        assert r.headers["location"].startswith("/signin?next=")


def test_sign_in_sets_a_fresh_httponly_samesite_session_and_audits(client, tmp_app):
    client.get("/signin")
    before = client.cookies.get("stepbot_session")
    r = sign_in(client, "kate")
    assert r.status_code == 303 and r.headers["location"] == "/"
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    assert "secure" not in cookie  # the demo deployment says secure_cookies: false
    assert client.cookies.get("stepbot_session") != before
    assert client.get("/").status_code == 200
    with tmp_app.Session() as s:
        assert s.scalar(select(AuditEvent).where(AuditEvent.action == "web.signed_in")).actor == "user:kate"


def test_secure_cookie_unless_the_deployment_says_otherwise(tmp_app):
    dep = tmp_app.settings.deployment
    tmp_app.settings.deployment = dep.model_copy(update={"web": dep.web.model_copy(update={"secure_cookies": True})})
    make_user(tmp_app, "kate")
    c = TestClient(create_app(tmp_app), base_url="https://testserver")
    r = sign_in(c, "kate")
    assert r.status_code == 303
    assert "; secure" in r.headers["set-cookie"].lower()


def test_wrong_password_is_refused_without_saying_which_part(client):
    r = sign_in(client, "kate", "not the password")
    assert r.status_code == 401 and "user name or password is not right" in r.text
    r = sign_in(client, "nobody", "not the password")
    assert r.status_code == 401 and "user name or password is not right" in r.text


def test_five_failures_lock_the_account_for_fifteen_minutes(client, tmp_app):
    for i in range(MAX_FAILURES - 1):
        assert sign_in(client, "kate", f"wrong {i}").status_code == 401
    r = sign_in(client, "kate", "wrong again")
    assert r.status_code == 429 and "locked" in r.text
    # the right password does not help while locked
    assert sign_in(client, "kate").status_code == 429
    with tmp_app.Session() as s:
        u = s.scalar(select(User).where(User.username == "kate"))
        assert u.locked_until == tmp_app.clock.now() + timedelta(minutes=15)
    tmp_app.clock.advance(minutes=14)
    assert sign_in(client, "kate").status_code == 429
    tmp_app.clock.advance(minutes=2)
    assert sign_in(client, "kate").status_code == 303


def test_many_failures_from_one_address_are_slowed_across_user_names(client):
    for i in range(20):
        sign_in(client, f"guess{i}", "wrong")
    r = sign_in(client, "kate")
    assert r.status_code == 429 and "Too many failed sign-ins" in r.text


@pytest.mark.parametrize("token", [None, "", "forged-token"])
def test_post_without_the_sessions_csrf_token_is_refused(client, tmp_app, token):
    ref = seed_request(tmp_app)
    sign_in(client, "kate")
    data = {"item": "taf_minutes"}
    if token is not None:
        data["csrf"] = token
    r = client.post(f"/requests/{ref}/received", data=data, follow_redirects=False)
    assert r.status_code == 403
    with tmp_app.Session() as s:
        assert not s.scalar(select(AuditEvent).where(AuditEvent.action == "item_received"))


def test_sign_in_form_itself_needs_csrf(client):
    r = client.post("/signin", data={"username": "kate", "password": PASSWORD}, follow_redirects=False)
    assert r.status_code == 403


def test_csrf_token_from_another_session_is_refused(client, tmp_app):
    ref = seed_request(tmp_app)
    other = TestClient(create_app(tmp_app))
    make_user(tmp_app, "olga")
    sign_in(other, "olga")
    stolen = csrf_of(other.get(f"/requests/{ref}").text)
    sign_in(client, "kate")
    r = client.post(f"/requests/{ref}/received", data={"item": "taf_minutes", "csrf": stolen},
                    follow_redirects=False)
    assert r.status_code == 403


@pytest.mark.parametrize("nxt,expected", [
    ("/reports", "/reports"), ("//evil.example/x", "/"), ("https://evil.example/", "/"), ("/\\evil", "/"),
])
def test_after_sign_in_only_same_site_redirects(client, nxt, expected):
    page = client.get("/signin")
    r = client.post("/signin", data={"username": "kate", "password": PASSWORD, "csrf": csrf_of(page.text),
                                     "next": nxt}, follow_redirects=False)
    assert r.headers["location"] == expected


def test_security_headers_and_csp_without_inline_script(client):
    sign_in(client, "kate")
    r = client.get("/")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "img-src 'self' data:" in csp and "frame-ancestors 'none'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"
    assert "<script>" not in r.text  # only the external /static/app.js


def test_sign_out_ends_the_session(client):
    sign_in(client, "kate")
    page = client.get("/")
    r = client.post("/signout", data={"csrf": csrf_of(page.text)}, follow_redirects=False)
    assert r.status_code == 303
    assert client.get("/", follow_redirects=False).status_code == 303


def test_a_deactivated_user_is_signed_out_at_once(client, tmp_app):
    sign_in(client, "kate")
    with tmp_app.Session() as s:
        s.scalar(select(User).where(User.username == "kate")).active = False
        s.commit()
    assert client.get("/", follow_redirects=False).status_code == 303


# --- stepbot user add ---------------------------------------------------------------------------

def _args(tmp_config, *extra):
    from bot.cli import build_parser

    return build_parser().parse_args(["--config", str(tmp_config), "user", "add", *extra])


def test_user_add_command_hashes_the_password_from_the_environment(tmp_config, monkeypatch, capsys):
    from bot.app import App
    from bot.config import load_settings

    monkeypatch.setenv("STEPBOT_NEW_PASSWORD", "a long enough password")
    rc = user_command(_args(tmp_config, "bea", "--role", "manager", "--authority", "torbay",
                            "--authority", "knowsley", "--name", "Bea Jones"))
    assert rc == 0 and "user bea saved" in capsys.readouterr().out
    app = App(load_settings(tmp_config))
    try:
        with app.Session() as s:
            u = s.scalar(select(User).where(User.username == "bea"))
            assert u.role == "manager" and u.authorities == ["torbay", "knowsley"] and u.display_name == "Bea Jones"
            assert u.password_hash.startswith("$argon2id$") and "a long enough" not in u.password_hash
            assert verify_password(u.password_hash, "a long enough password")
    finally:
        app.close()


@pytest.mark.parametrize("extra,env,message", [
    (["x", "--role", "manager", "--authority", "atlantis"], "a long enough password", "unknown authority"),
    (["x", "--role", "manager"], "a long enough password", "at least one --authority"),
    (["x", "--role", "manager", "--authority", "torbay"], "short", "at least 12"),
])
def test_user_add_command_explains_mistakes(tmp_config, monkeypatch, capsys, extra, env, message):
    monkeypatch.setenv("STEPBOT_NEW_PASSWORD", env)
    assert user_command(_args(tmp_config, *extra)) == 2
    assert message in capsys.readouterr().err


def test_adding_an_existing_user_resets_the_password_and_unlocks(tmp_app):
    make_user(tmp_app, "kate")
    with tmp_app.Session() as s:
        u = s.scalar(select(User).where(User.username == "kate"))
        u.locked_until = tmp_app.clock.now() + timedelta(minutes=10)
        s.commit()
    add_user(tmp_app, "kate", "another long password", role="business_support", authorities=["knowsley"])
    with tmp_app.Session() as s:
        u = s.scalar(select(User).where(User.username == "kate"))
        assert u.locked_until is None and verify_password(u.password_hash, "another long password")
    with pytest.raises(UserError):
        add_user(tmp_app, "bad name", "another long password", role="admin", authorities=[])


def _with_secret(app, monkeypatch, value):
    from bot.config import Secret

    monkeypatch.setenv("STEPBOT_TEST_WEB_SECRET", value)
    dep = app.settings.deployment
    web = dep.web.model_copy(update={"secret_key": Secret(env="STEPBOT_TEST_WEB_SECRET")})
    app.settings.deployment = dep.model_copy(update={"web": web})


def test_a_configured_secret_key_keeps_sessions_across_restarts(tmp_app, monkeypatch):
    _with_secret(tmp_app, monkeypatch, "k" * 48)
    make_user(tmp_app, "kate")
    first = TestClient(create_app(tmp_app))
    sign_in(first, "kate")
    second = TestClient(create_app(tmp_app))  # a restarted process with the same key
    second.cookies.update(first.cookies)
    assert second.get("/", follow_redirects=False).status_code == 200
    assert TestClient(create_app(tmp_app)).get("/", follow_redirects=False).status_code == 303


def test_without_a_configured_key_each_process_has_its_own(tmp_app):
    make_user(tmp_app, "kate")
    first = TestClient(create_app(tmp_app))
    sign_in(first, "kate")
    second = TestClient(create_app(tmp_app))
    second.cookies.update(first.cookies)
    assert second.get("/", follow_redirects=False).status_code == 303


def test_a_short_secret_key_is_a_config_error(tmp_app, monkeypatch):
    from bot.config import ConfigError

    _with_secret(tmp_app, monkeypatch, "too-short")
    with pytest.raises(ConfigError, match="at least 32 characters"):
        create_app(tmp_app)
