"""No mail can hold up a duty mailbox (DESIGN.md safety rule 5, issue 13).

For each hostile input that once stopped a mailbox: it is delivered to a Maildir inbox, an urgent
request right behind it, and the daemon makes ONE pass. The urgent one must be alerted in that pass;
the hostile one must end in "Needs review" with an alert to business support (or, where the fault
was in the parser and is fixed, simply be read). Parsing runs in the real worker pool."""
from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from bot import intake
from bot.daemon import Daemon
from bot.demo import SAMPLES, render_sample
from bot.models import AuditEvent, InboundMessage, OutboxMessage, Request
from bot.parsepool import Limits, ParsePool
from bot.web.views import REVIEW_STATUSES
from tests.conftest import reference_of
from tests.support import hostile

SUPPORT = "business.support@knowsley.gov.uk"
DUTY = "mash.duty@knowsley.gov.uk"


def one_pass(app, hostile_raw: bytes):
    """Hostile message, then an urgent request, in the Knowsley MASH inbox; one daemon pass."""
    box = app.mailbox("knowsley", "mash_step_up")
    box.deliver(hostile_raw)
    box.deliver(render_sample(SAMPLES / "03_knowsley_step_up_urgent.eml", app))
    assert Daemon(app, web=False, scheduler=False).run_once() == 0
    with app.Session() as s:
        rows = s.scalars(select(InboundMessage).order_by(InboundMessage.id)).all()
        assert len(rows) == 2
        bad, urgent = rows
        s.expunge_all()
    return box, bad, urgent


def sent(app, **where) -> list[OutboxMessage]:
    with app.Session() as s:
        q = select(OutboxMessage).where(*[getattr(OutboxMessage, k) == v for k, v in where.items()])
        return s.scalars(q).all()


def assert_urgent_alerted(app, urgent: InboundMessage) -> None:
    assert urgent.status == "done"
    with app.Session() as s:
        assert s.get(Request, urgent.request_id).urgent
    alerts = sent(app, request_id=urgent.request_id, purpose="alert")
    assert alerts and all(a.state == "sent" for a in alerts)
    assert DUTY in alerts[0].recipients


def assert_set_aside_and_alerted(app, box, bad: InboundMessage, words: str) -> None:
    assert bad.status in REVIEW_STATUSES and bad.status != "failed"
    assert words in bad.error
    assert not re.search(r"\w+_\w+|[A-Z]\w+Error", bad.error), bad.error  # words, not ids
    [alert] = sent(app, idempotency_key=f"inbound-failed:{bad.id}")
    assert alert.state == "sent" and SUPPORT in alert.recipients and alert.priority == 0
    review = box.md.get_folder("Needs review")
    assert len(review.keys()) == 1                     # kept whole, in the mailbox
    assert list(box.fetch_new()) == []                 # and the inbox moved on


HOSTILE_SET_ASIDE = [
    ("docx_bomb", hostile.docx_bomb, "packed far more tightly"),
    ("pdf_shared_stream", hostile.pdf_shared_stream, "far more page content"),
    ("49_mb_body", hostile.huge_body, "could not read it automatically"),
    ("over_1000_parts", hostile.too_many_parts, "more than 1000 parts"),
    ("nested_25", lambda: hostile.nested(25), "more than 20 deep"),
    ("nested_3000", lambda: hostile.nested(3000), "could not read it automatically"),
    ("over_50_mb", hostile.over_50_mb, "larger than 50 MB"),
]


@pytest.mark.parametrize("name,make,words", HOSTILE_SET_ASIDE, ids=[c[0] for c in HOSTILE_SET_ASIDE])
def test_hostile_mail_is_set_aside_and_the_urgent_mail_behind_it_is_alerted_in_the_same_pass(
        tmp_app, name, make, words):
    raw = make()
    box, bad, urgent = one_pass(tmp_app, raw)
    assert_urgent_alerted(tmp_app, urgent)
    assert_set_aside_and_alerted(tmp_app, box, bad, words)
    with tmp_app.Session() as s:
        assert s.get(InboundMessage, bad.id).raw == raw  # kept byte for byte


def test_a_20_kb_subject_of_names_is_read_not_timed_out(tmp_app):
    """The quadratic children pattern took 66 s on this; bounded, it is read like any mail (were it
    slow again, the worker's time limit would set it aside and this test would fail)."""
    box, bad, urgent = one_pass(tmp_app, hostile.subject_of_names(20_000))
    assert_urgent_alerted(tmp_app, urgent)
    assert bad.parsed is not None and bad.error is None and bad.status in ("done", "needs_review")


def test_a_raw_8bit_attachment_name_is_read_not_crashed_on(tmp_app):
    box, bad, urgent = one_pass(tmp_app, hostile.raw_8bit_filename())
    assert_urgent_alerted(tmp_app, urgent)
    assert bad.parsed is not None and bad.error is None
    [att] = bad.parsed["attachments"]
    assert att["filename"].startswith("R") and att["filename"].endswith("famille.pdf")


def test_an_urgent_message_the_parser_refuses_alerts_the_duty_team_from_its_readable_text(tmp_app):
    raw = hostile.nested(3000, text=b"Dad hit him last night and he is scared to go home tonight.")
    box, bad, urgent = one_pass(tmp_app, raw)
    assert_set_aside_and_alerted(tmp_app, box, bad, "more than 1000 parts")
    [duty] = sent(tmp_app, idempotency_key=f"inbound-failed-duty:{bad.id}")
    assert duty.state == "sent" and duty.recipients == [DUTY] and duty.priority == 0
    assert b"scared to go home" in duty.raw            # the words that made it urgent
    assert_urgent_alerted(tmp_app, urgent)


def test_the_time_limit_sets_a_slow_message_aside(tmp_app):
    """A parse that runs past the limit is killed, the worker replaced, and the next message read."""
    tmp_app.set_parse_pool(ParsePool(Limits(seconds=0.5, memory_mb=4096)))
    box, bad, urgent = one_pass(tmp_app, hostile.huge_body(40))
    assert_set_aside_and_alerted(tmp_app, box, bad, "took longer than 0.5 seconds")
    assert_urgent_alerted(tmp_app, urgent)


def test_the_memory_limit_sets_a_greedy_message_aside(tmp_app):
    tmp_app.set_parse_pool(ParsePool(Limits(seconds=60, memory_mb=256)))
    box, bad, urgent = one_pass(tmp_app, hostile.huge_body(40))
    assert_set_aside_and_alerted(tmp_app, box, bad, "more than 256 MB of memory")
    assert_urgent_alerted(tmp_app, urgent)


def test_a_quarantined_message_is_loud(tmp_app):
    """A message that stopped stepbot three times is set aside, not silently dropped: business
    support and (its text being urgent) the duty team are alerted, and it shows in Needs review."""
    raw = (b"From: worker@partner.example.org\r\nSubject: Tonight\r\nMessage-ID: <q1@partner.example.org>\r\n\r\n"
           b"Dad hit him last night and he is scared to go home tonight.\r\n")
    for _ in range(intake.MAX_ATTEMPTS):  # three runs that died before they finished
        intake._store(tmp_app, "knowsley", "mash_step_up", raw, None)
    box, bad, urgent = one_pass(tmp_app, raw)
    assert bad.status == "quarantined" and "stopped stepbot 3 times" in bad.error
    assert_set_aside_and_alerted(tmp_app, box, bad, "set aside")
    [duty] = sent(tmp_app, idempotency_key=f"inbound-failed-duty:{bad.id}")
    assert duty.state == "sent" and duty.recipients == [DUTY]
    assert_urgent_alerted(tmp_app, urgent)
    with tmp_app.Session() as s:
        assert s.scalar(select(AuditEvent).where(AuditEvent.action == "inbound_quarantined")).detail["urgent"]


def test_the_review_page_shows_the_reason_in_words(tmp_app):
    from fastapi.testclient import TestClient

    from bot.web import create_app
    from tests.support.web_kit import make_user, sign_in

    box, bad, urgent = one_pass(tmp_app, hostile.too_many_parts())
    make_user(tmp_app, "kate", authorities=("knowsley",))
    c = TestClient(create_app(tmp_app))
    sign_in(c, "kate")
    html = c.get("/review").text
    row = re.search(rf'<tr class="status-needs_review">.*?/review/{bad.id}".*?</tr>', html, re.DOTALL).group(0)
    assert "needs checking by a person" in row and "more than 1000 parts (attachments and sections)" in row
    assert "MessageRefused" not in html and "needs_review</" not in row


def test_the_maildir_move_never_parses_the_message(tmp_app):
    box = tmp_app.mailbox("knowsley", "mash_step_up")
    key = box.deliver(hostile.nested(3000))
    box.mark_processed(key, review=True)              # used to raise RecursionError on every pass
    box.mark_processed(key, review=True)              # idempotent
    assert list(box.fetch_new()) == []
    [moved] = (box.path / ".Needs review" / "cur").iterdir()
    assert moved.name.endswith(":2,S") and moved.read_bytes() == hostile.nested(3000)


# -- through real Dovecot and SMTP -----------------------------------------------------------

@pytest.mark.dovecot
def test_through_dovecot_a_3000_deep_message_does_not_hold_up_the_urgent_one_behind_it(tmp_path):
    import shutil
    from pathlib import Path

    import yaml

    from bot.app import App
    from bot.clock import FixedClock
    from bot.config import load_settings
    from bot.workcal import LONDON
    from datetime import datetime
    from tests.support.dovecot import DovecotServer, imap_backend_config, require_dovecot
    from tests.support.smtpd import SmtpServer

    require_dovecot()
    dovecot = DovecotServer()
    dovecot.start()
    try:
        with SmtpServer() as smtp:
            cfg = tmp_path / "config"
            shutil.copytree(Path(__file__).resolve().parent.parent / "config", cfg)
            dep = yaml.safe_load((cfg / "deployment.yaml").read_text())
            dep["database_url"] = f"sqlite:///{tmp_path / 'stepbot.db'}"
            dep["outgoing"] = {"type": "mailbox"}
            dep["authorities"]["knowsley"]["mailboxes"]["mash_step_up"]["backend"] = imap_backend_config(dovecot, smtp.port)
            (cfg / "deployment.yaml").write_text(yaml.safe_dump(dep))
            app = App(load_settings(cfg), clock=FixedClock(datetime(2026, 11, 23, 9, 0, tzinfo=LONDON)))
            try:
                dovecot.append(hostile.nested(3000, text=b"Dad hit him last night and he is scared to go home."))
                dovecot.append(render_sample(SAMPLES / "03_knowsley_step_up_urgent.eml", app))
                assert Daemon(app, web=False, scheduler=False).run_once() == 0
                got = smtp.messages
                to_support = [m for m in got if SUPPORT in m.rcpt_tos]
                to_duty = [m for m in got if DUTY in m.rcpt_tos]
                assert len(to_support) == 1 and "more than 1000 parts" in _text(to_support[0].data)
                # the duty team hears of both: the unreadable one (its text is urgent) and the request
                assert len(to_duty) == 2
                assert any(reference_of(app, "knowsley", 1) in _text(m.data) for m in to_duty)
                c = dovecot.client()
                try:
                    assert c.select_folder("INBOX", readonly=True)[b"EXISTS"] == 0
                    assert c.select_folder("Needs review", readonly=True)[b"EXISTS"] == 1
                finally:
                    c.logout()
            finally:
                app.close()
    finally:
        dovecot.cleanup()


def _text(data: bytes) -> str:
    from email import policy
    from email.parser import BytesParser

    msg = BytesParser(policy=policy.default).parsebytes(data)
    return msg["Subject"] + "\n" + msg.get_body(("plain",)).get_content()


# -- system errors retry, sender errors are reported ------------------------------------------

def _numbered(app, n: int) -> bytes:
    raw = render_sample(SAMPLES / "01_torbay_step_up_complete.eml", app)
    return raw.replace(b"<demo-01-torbay-stepup@torbay.gov.uk>", f"<drop-{n}@torbay.gov.uk>".encode())


def test_a_lost_database_connection_is_retried_and_the_message_is_not_failed_sqlite(tmp_app, monkeypatch):
    import handlers
    from sqlalchemy.exc import OperationalError

    real, calls = handlers.run, []

    def lose_the_first(ctx):
        calls.append(ctx.inbound.id)
        if len(calls) == 1:
            raise OperationalError("UPDATE", {}, Exception("disk I/O error"), connection_invalidated=True)
        real(ctx)

    monkeypatch.setattr(handlers, "run", lose_the_first)
    monkeypatch.setattr(intake, "RETRY_DELAYS", (0.01,))
    res = intake.ingest(tmp_app, "torbay", "mash_step_up", _numbered(tmp_app, 1))
    assert res.reference == reference_of(tmp_app, "torbay", 1) and not res.review and calls == [1, 1]
    with tmp_app.Session() as s:
        assert s.get(InboundMessage, res.inbound_id).status == "done"
        assert s.scalar(select(AuditEvent).where(AuditEvent.action == "inbound_failed")) is None


def test_a_database_that_stays_away_goes_up_to_the_daemon_and_the_message_stays_in_the_inbox(tmp_app, monkeypatch):
    import handlers
    from sqlalchemy.exc import OperationalError

    from bot.daemon import process_mailbox

    def gone(ctx):
        raise OperationalError("UPDATE", {}, Exception("server closed the connection unexpectedly"))

    monkeypatch.setattr(handlers, "run", gone)
    monkeypatch.setattr(intake, "RETRY_DELAYS", (0.01, 0.01))
    box = tmp_app.mailbox("torbay", "mash_step_up")
    box.deliver(_numbered(tmp_app, 1))
    with pytest.raises(OperationalError):
        process_mailbox(tmp_app, "torbay", "mash_step_up", box)
    assert len(list(box.fetch_new())) == 1             # not moved: the next pass tries again
    with tmp_app.Session() as s:
        row = s.scalar(select(InboundMessage))
        assert row.status == "processing" and row.error is None      # not "failed", not in review
    assert sent(tmp_app, purpose="alert") == []


@pytest.mark.postgres
def test_postgres_backend_terminated_mid_run_is_retried_and_nothing_is_failed(tmp_config, clock, monkeypatch):
    import handlers
    from sqlalchemy import create_engine, text

    from bot.app import App
    from bot.config import load_settings
    from tests.support.postgres import temporary_database

    with temporary_database("stepbot_drop") as url:
        monkeypatch.setenv("STEPBOT_DATABASE_URL", url)
        app = App(load_settings(tmp_config), clock=clock)
        admin = create_engine(url, isolation_level="AUTOCOMMIT")
        real, killed = handlers.run, []

        def run_then_lose_the_connection(ctx):
            real(ctx)
            if ctx.inbound.id % 2 and ctx.inbound.id not in killed:  # 1, 3 and 5 lose it mid-transaction, once
                pid = ctx.session.connection().connection.dbapi_connection.info.backend_pid
                with admin.connect() as c:
                    assert c.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid}).scalar()
                killed.append(ctx.inbound.id)

        monkeypatch.setattr(handlers, "run", run_then_lose_the_connection)
        try:
            box = app.mailbox("torbay", "mash_step_up")
            for n in range(1, 7):
                box.deliver(_numbered(app, n))
            assert Daemon(app, web=False, scheduler=False).run_once() == 0
            assert killed == [1, 3, 5]
            with app.Session() as s:
                rows = s.scalars(select(InboundMessage).order_by(InboundMessage.id)).all()
                assert [r.status for r in rows] == ["done"] * 6
                seqs = sorted(s.get(Request, r.request_id).seq for r in rows)
                assert seqs == list(range(1, 7))  # one request each, none lost
                assert s.scalar(select(AuditEvent).where(AuditEvent.action == "inbound_failed")) is None
            assert len(box.md.get_folder("Processed").keys()) == 6
            assert sent(app, purpose="alert") == []     # nobody was told a good message failed
        finally:
            admin.dispose()
            app.close()
