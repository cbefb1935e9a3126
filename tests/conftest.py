"""Shared fixtures: a temporary copy of config/ (its relative paths then point into tmp), a
fixed clock, and an App on a temporary SQLite database with Maildir mailboxes and outbox."""
from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest

from bot.app import App
from bot.clock import FixedClock
from bot.config import load_settings
from bot.workcal import LONDON

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture
def tmp_config(tmp_path) -> Path:
    shutil.copytree(ROOT / "config", tmp_path / "config")
    return tmp_path / "config"


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 23, 9, 0, tzinfo=LONDON))


@pytest.fixture
def tmp_app(tmp_config, clock):
    app = App(load_settings(tmp_config), clock=clock)
    yield app
    app.close()


def outbox_messages(app):
    """Messages delivered to the demo's Maildir outbox, oldest first, as email.message objects."""
    from email import policy
    from email.parser import BytesParser

    from bot.mailbox.maildir import MaildirOutbox

    box = MaildirOutbox(app.settings.path(app.settings.deployment.outgoing.path))
    return [BytesParser(policy=policy.default).parsebytes(m.as_bytes()) for m in box.messages()]


def reference_of(app, authority: str, seq: int) -> str:
    """The reference of an authority's n-th request, read from the request (it holds a random check part)."""
    from sqlalchemy import select

    from bot.models import Request

    with app.Session() as s:
        return s.scalar(select(Request).where(Request.authority == authority, Request.seq == seq)).reference


@pytest.fixture
def dovecot(tmp_path):
    """A real Dovecot IMAP server on a free loopback port (fails under CI=true when missing)."""
    from tests.support.dovecot import DovecotServer, require_dovecot

    require_dovecot()
    server = DovecotServer(tmp_path / "dovecot")
    server.start()
    yield server
    server.cleanup()


@pytest.fixture
def smtp():
    """A real SMTP server (aiosmtpd) on a free loopback port, collecting what it accepts."""
    from tests.support.smtpd import SmtpServer

    with SmtpServer() as s:
        yield s


class _CheckedTemplate:
    def __init__(self, template, name, bad):
        self._t, self._name, self._bad = template, name, bad

    def render(self, **ctx):
        from tests.support.plain import given_from, problems

        text = self._t.render(**ctx)
        self._bad += [f"{self._name}: {p}" for p in problems(text, given_from(ctx))]
        return text


class _CheckedEnv:
    def __init__(self, real, bad):
        self._real, self._bad = real, bad

    def get_template(self, name):
        return _CheckedTemplate(self._real.get_template(name), name, self._bad)


@pytest.fixture(autouse=True)
def migrated_once(monkeypatch):
    """A new SQLite database starts from a copy of one migrated for real (tests/support/migrated.py)."""
    from bot import app as app_module
    from tests.support import migrated
    monkeypatch.setattr(app_module, "upgrade", migrated.upgrade)


@pytest.fixture(autouse=True)
def mail_in_plain_words(monkeypatch):
    """Every mail any test renders, through whatever code path, is read for words a person should
    not see: an internal id, a file name or an ISO timestamp (tests/support/plain.py)."""
    from bot import mail

    bad: list[str] = []
    real = mail.env()
    monkeypatch.setattr(mail, "env", lambda: _CheckedEnv(real, bad))
    yield bad
    if bad:
        pytest.fail("mail a person reads shows: " + "; ".join(dict.fromkeys(bad)), pytrace=False)


# The parse results the pytest-xdist workers share (tests/support/snapshots.py) go with the run.
_XDIST_RUNS: set[str] = set()


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node):
    _XDIST_RUNS.add(node.workerinput["testrunuid"])


def pytest_sessionfinish(session):
    import tempfile
    for uid in _XDIST_RUNS:
        shutil.rmtree(Path(tempfile.gettempdir()) / f"stepbot-parse-{uid}", ignore_errors=True)
