"""De-duplication on a digest of the content (issue 14): the same mail twice is one message, by
whatever route; a different mail reusing a Message-ID is a message of its own, processed, and its
reuse is in the audit trail; two daemons on one PostgreSQL store a mail once."""
from __future__ import annotations

import threading
from datetime import datetime

import pytest
from sqlalchemy import func, select

from bot import intake
from bot.app import App
from bot.clock import FixedClock
from bot.config import load_settings
from bot.db import alembic_config, make_engine
from bot.demo import SAMPLES, render_sample
from bot.models import AuditEvent, InboundMessage, OutboxMessage, Request
from bot.workcal import LONDON
from tests.support.postgres import temporary_database


def _count(app, model, *where):
    with app.Session() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where))


def test_the_same_bytes_twice_are_one_message(tmp_app):
    raw = render_sample(SAMPLES / "01_torbay_step_up_complete.eml", tmp_app)
    first = intake.ingest(tmp_app, "torbay", "mash_step_up", raw)
    again = intake.ingest(tmp_app, "torbay", "mash_step_up", raw)
    assert not first.duplicate and again.duplicate and again.inbound_id == first.inbound_id
    assert _count(tmp_app, InboundMessage) == 1 and _count(tmp_app, Request) == 1


def test_the_same_mail_by_another_route_is_a_duplicate(tmp_app):
    """Other trace headers and LF rather than CRLF line ends (Maildir against IMAP) are the same mail."""
    raw = render_sample(SAMPLES / "01_torbay_step_up_complete.eml", tmp_app)
    other_route = (b"Received: from relay2.example.net by mx.example.org; Mon, 23 Nov 2026 09:00:01 +0000\r\n"
                   b"Delivered-To: someone@example.org\r\n" + raw).replace(b"\r\n", b"\n")
    assert intake.message_key(raw) == intake.message_key(other_route)
    intake.ingest(tmp_app, "torbay", "mash_step_up", raw)
    assert intake.ingest(tmp_app, "torbay", "mash_step_up", other_route).duplicate
    assert _count(tmp_app, Request) == 1


def test_a_different_mail_reusing_a_message_id_is_processed_and_the_reuse_recorded(tmp_app):
    first = render_sample(SAMPLES / "01_torbay_step_up_complete.eml", tmp_app)
    other = render_sample(SAMPLES / "05_tower_hamlets_step_down_incomplete.eml", tmp_app)
    mid = intake.message_id_hint(first)
    assert mid
    head, _, body = other.partition(b"\r\n\r\n")
    lines = [ln for ln in head.split(b"\r\n") if not ln.lower().startswith(b"message-id:")]
    reused = b"\r\n".join(lines + [b"Message-ID: " + mid.encode()]) + b"\r\n\r\n" + body
    assert intake.message_key(reused) != intake.message_key(first)

    a = intake.ingest(tmp_app, "torbay", "mash_step_up", first)
    b = intake.ingest(tmp_app, "torbay", "mash_step_up", reused)
    assert not b.duplicate and b.inbound_id != a.inbound_id and b.reference and b.reference != a.reference
    with tmp_app.Session() as s:
        assert s.get(InboundMessage, b.inbound_id).status in ("done", "needs_review")
        ev = s.scalars(select(AuditEvent).where(AuditEvent.action == "message_id_reused")).all()
        assert len(ev) == 1 and ev[0].detail == {"inbound": b.inbound_id, "earlier": [a.inbound_id]}
    # and the reused one twice is still one message
    assert intake.ingest(tmp_app, "torbay", "mash_step_up", reused).duplicate
    assert _count(tmp_app, AuditEvent, AuditEvent.action == "message_id_reused") == 1


def test_an_urgent_mail_with_a_recycled_message_id_is_alerted(tmp_app):
    routine = render_sample(SAMPLES / "04_knowsley_step_down_complete.eml", tmp_app)
    urgent = render_sample(SAMPLES / "03_knowsley_step_up_urgent.eml", tmp_app)
    mid = intake.message_id_hint(routine).encode()
    urgent = urgent.replace(b"<demo-03-knowsley-urgent@knowsley.gov.uk>", mid)
    assert intake.message_id_hint(urgent) == mid.decode()
    mailbox = "mash_step_up"
    intake.ingest(tmp_app, "knowsley", mailbox, routine)
    res = intake.ingest(tmp_app, "knowsley", mailbox, urgent)
    assert not res.duplicate
    with tmp_app.Session() as s:
        alerts = s.scalars(select(OutboxMessage).where(OutboxMessage.priority == 0,
                                                       OutboxMessage.purpose == "alert")).all()
        assert any("mash.duty@knowsley.gov.uk" in a.recipients for a in alerts)
        assert s.scalar(select(Request).where(Request.urgent.is_(True))) is not None


def test_the_upgrade_rekeys_messages_stored_under_message_id_keys(tmp_path, tmp_config):
    """A mail stored before the upgrade (key "mid:…") is still a duplicate after it."""
    from alembic import command

    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    engine = make_engine(url)
    command.upgrade(alembic_config(url), "0001")
    clock = FixedClock(datetime(2026, 11, 23, 9, 0, tzinfo=LONDON))
    app = App(load_settings(tmp_config), clock=clock, engine=engine, migrate=False)
    raw = render_sample(SAMPLES / "01_torbay_step_up_complete.eml", app)
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO inbound_messages (authority, mailbox, message_key, raw, size, status, attempts, received_at) "
            "VALUES ('torbay', 'mash_step_up', ?, ?, ?, 'done', 1, '2026-11-20 09:00:00')",
            ("mid:" + intake.message_id_hint(raw), raw, len(raw)))
    command.upgrade(alembic_config(url), "head")
    try:
        assert intake.ingest(app, "torbay", "mash_step_up", raw).duplicate
        assert _count(app, Request) == 0
    finally:
        app.close()


@pytest.mark.postgres
def test_two_daemons_on_postgresql_store_a_mail_once(tmp_config, clock):
    with temporary_database("stepbot_dedupe") as url:
        apps = [App(load_settings(tmp_config), clock=clock, engine=make_engine(url)) for _ in range(2)]
        try:
            raws = [render_sample(SAMPLES / f, apps[0]) for f in
                    ("01_torbay_step_up_complete.eml", "02_richmond_step_up_incomplete.eml")]
            ids: list[int] = []
            barrier = threading.Barrier(2)

            def store(app):
                for raw in raws:
                    barrier.wait()  # both daemons store the same mail at the same moment
                    ids.append(intake._store(app, "torbay", "mash_step_up", raw, None)[0])

            threads = [threading.Thread(target=store, args=(a,)) for a in apps]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            assert len(ids) == 4 and len(set(ids)) == 2  # neither raised; both found the one row
            assert _count(apps[0], InboundMessage) == 2
        finally:
            for a in apps:
                a.close()
