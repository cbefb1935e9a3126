"""Sign-in, sessions, CSRF, rate limiting and security headers (FastAPI TestClient)."""
from __future__ import annotations

import hashlib
import json
import re

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from bot.models import AuditEvent, User, WebSession
from bot.web import create_app
from bot.web.security import THROTTLES, verify_password
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


PAIR = next(th for th in THROTTLES if th.scope == "pair")
THROTTLED = "Too many failed sign-ins"


def test_failures_make_the_next_try_wait_longer_and_longer_instead_of_locking(client, tmp_app):
    for i in range(PAIR.free):
        assert sign_in(client, "kate", f"wrong {i}").status_code == 401
    r = sign_in(client, "kate", "wrong again")                 # one past the allowance
    assert r.status_code == 401
    r = sign_in(client, "kate")                                # the right password must wait
    assert r.status_code == 429 and THROTTLED in r.text and "Wait a minute" in r.text
    tmp_app.clock.advance(seconds=31)                          # 30 s for the first one past it
    assert sign_in(client, "kate", "wrong").status_code == 401
    r = sign_in(client, "kate")
    assert r.status_code == 429                                # now 60 s
    tmp_app.clock.advance(seconds=45)
    assert sign_in(client, "kate").status_code == 429
    tmp_app.clock.advance(seconds=16)
    assert sign_in(client, "kate").status_code == 303          # never a hard lock


def test_the_wait_is_capped(client, tmp_app):
    for i in range(PAIR.free + 12):
        sign_in(client, "kate", f"wrong {i}")
        tmp_app.clock.advance(minutes=20)
    sign_in(client, "kate", "wrong once more")
    tmp_app.clock.advance(minutes=15, seconds=1)
    assert sign_in(client, "kate").status_code == 303


def test_unknown_and_throttled_names_get_the_same_answers(client, tmp_app):
    """No user enumeration: a name that does not exist is counted and answered like kate."""
    answers = {}
    for name in ("kate", "nobody-here"):
        c = TestClient(create_app(tmp_app))
        seen = []
        for i in range(PAIR.free + 2):
            r = sign_in(c, name, f"wrong {i}")
            seen.append((r.status_code, _error_text(r.text)))
        answers[name] = seen
    assert answers["kate"] == answers["nobody-here"]
    assert answers["kate"][-1][0] == 429


def _error_text(html: str) -> str:
    m = re.search(r'id="signin-error">(.*?)<', html, re.S)
    return m.group(1).strip() if m else html


def test_a_guesser_from_another_address_does_not_keep_kate_out(tmp_app):
    """Throttled per user name AND address: failures from one address leave kate's desk alone."""
    make_user(tmp_app, "kate")
    attacker = TestClient(create_app(tmp_app), client=("198.51.100.7", 50000))
    for i in range(PAIR.free + 3):
        sign_in(attacker, "kate", f"guess {i}")
    assert sign_in(attacker, "kate").status_code == 429
    desk = TestClient(create_app(tmp_app), client=("10.20.0.15", 50000))
    assert sign_in(desk, "kate").status_code == 303


def test_the_counts_are_in_the_database_so_every_process_shares_them(tmp_app):
    make_user(tmp_app, "kate")
    addr = ("198.51.100.7", 50000)
    for i in range(PAIR.free + 1):
        sign_in(TestClient(create_app(tmp_app), client=addr), "kate", f"guess {i}")  # a new "process" each time
    assert sign_in(TestClient(create_app(tmp_app), client=addr), "kate").status_code == 429


def test_many_failures_from_one_address_are_slowed_across_user_names(client):
    for i in range(20):
        sign_in(client, f"guess{i}", "wrong")
    r = sign_in(client, "someone-else")
    assert r.status_code == 401
    r = sign_in(client, "kate")
    assert r.status_code == 429 and THROTTLED in r.text


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


def test_a_session_cookie_is_useless_after_sign_out(client, tmp_app):
    """The cookie carries only a random id; sign-out ends it in the database, so a copy of the
    cookie taken before sign-out (another tab, a stolen copy) no longer works."""
    sign_in(client, "kate")
    page = client.get("/")
    cookie = client.cookies.get("stepbot_session")
    assert re.fullmatch(r"[0-9a-f]{32}", cookie)                   # a random id, no data
    client.post("/signout", data={"csrf": csrf_of(page.text)}, follow_redirects=False)
    replay = TestClient(create_app(tmp_app))
    replay.cookies.set("stepbot_session", cookie)
    assert replay.get("/", follow_redirects=False).status_code == 303
    with tmp_app.Session() as s:
        row = s.get(WebSession, hashlib.sha256(cookie.encode()).hexdigest())
        assert row.ended_reason == "signed_out"
        assert cookie not in {r.id for r in s.scalars(select(WebSession))}   # stored only hashed


def test_an_ended_session_is_not_revived_by_a_request_under_way(client, tmp_app):
    from bot.web.sessions import DatabaseStore

    sign_in(client, "kate")
    cookie = client.cookies.get("stepbot_session")
    store = DatabaseStore(tmp_app)
    data = store.read_sync(cookie)
    store.remove_sync(cookie)                       # signed out in another tab
    new_id = store.write_sync(cookie, data)         # the slower request finishes afterwards
    assert new_id != cookie
    assert json.loads(store.read_sync(new_id)) .get("uid") is None


def test_idle_and_absolute_timeouts_end_the_session(client, tmp_app):
    web = tmp_app.settings.deployment.web
    sign_in(client, "kate")
    tmp_app.clock.advance(minutes=web.session_idle_minutes - 1)
    assert client.get("/", follow_redirects=False).status_code == 200
    tmp_app.clock.advance(minutes=web.session_idle_minutes + 1)
    assert client.get("/", follow_redirects=False).status_code == 303        # idle too long
    sign_in(client, "kate")
    for _ in range(int(web.session_hours * 60 / 30)):
        tmp_app.clock.advance(minutes=30)
        if client.get("/", follow_redirects=False).status_code != 200:
            break
    assert client.get("/", follow_redirects=False).status_code == 303        # busy, but too long ago
    with tmp_app.Session() as s:
        reasons = {r.ended_reason for r in s.scalars(select(WebSession).where(WebSession.user_id.is_not(None)))}
    assert {"idle", "expired"} <= reasons


def test_user_disable_ends_every_session_of_that_user_at_once(tmp_app, tmp_config, capsys):
    from bot.cli import build_parser

    make_user(tmp_app, "kate")
    make_user(tmp_app, "olga")
    desk, laptop, other = (TestClient(create_app(tmp_app)) for _ in range(3))
    sign_in(desk, "kate")
    sign_in(laptop, "kate")
    sign_in(other, "olga")
    args = build_parser().parse_args(["--config", str(tmp_config), "user", "disable", "kate"])
    assert user_command(args) == 0
    assert "switched off; 2 browsers signed out" in capsys.readouterr().out
    assert desk.get("/", follow_redirects=False).status_code == 303
    assert laptop.get("/", follow_redirects=False).status_code == 303
    assert other.get("/", follow_redirects=False).status_code == 200
    assert sign_in(TestClient(create_app(tmp_app)), "kate").status_code == 401   # switched off
    with tmp_app.Session() as s:
        ev = s.scalar(select(AuditEvent).where(AuditEvent.action == "user.disabled"))
        assert ev.detail["sessions_ended"] == 2
    args = build_parser().parse_args(["--config", str(tmp_config), "user", "disable", "nobody"])
    assert user_command(args) == 2 and "there is no user" in capsys.readouterr().err


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


def test_adding_an_existing_user_resets_the_password_and_the_waits(tmp_app):
    make_user(tmp_app, "kate")
    c = TestClient(create_app(tmp_app))
    for i in range(PAIR.free + 2):
        sign_in(c, "kate", f"wrong {i}")
    assert sign_in(c, "kate").status_code == 429
    add_user(tmp_app, "kate", "another long password", role="business_support", authorities=["knowsley"])
    with tmp_app.Session() as s:
        u = s.scalar(select(User).where(User.username == "kate"))
        assert verify_password(u.password_hash, "another long password")
    assert sign_in(c, "kate", "another long password").status_code == 303
    with pytest.raises(UserError):
        add_user(tmp_app, "bad name", "another long password", role="admin", authorities=[])


def test_sessions_survive_a_restart_of_the_web_process(tmp_app):
    """They live in the database: no key to configure, and a restart signs no one out."""
    make_user(tmp_app, "kate")
    first = TestClient(create_app(tmp_app))
    sign_in(first, "kate")
    second = TestClient(create_app(tmp_app))  # a restarted process
    second.cookies.update(first.cookies)
    assert second.get("/", follow_redirects=False).status_code == 200
    assert TestClient(create_app(tmp_app)).get("/", follow_redirects=False).status_code == 303
