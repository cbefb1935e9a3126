"""The outbox's batch API (``outbox.Enqueuer``, ``outbox.enqueue_many``), on SQLite and on
PostgreSQL: the same rows and audit entries as ``enqueue`` gives one message at a time, the same
idempotency (a key stored before, given twice in one batch, or raced in by another process between
the batch's lookup and its insert is queued once, and the caller is told which were duplicates),
the same reply caps, and one lookup and one insert for the whole batch."""
from __future__ import annotations

import re
import threading
import time
from datetime import date

import pytest
from sqlalchemy import event, func, select, text
from sqlalchemy.exc import IntegrityError

from bot import outbox
from bot.config import Caps
from bot.mail import build_message
from bot.models import AuditEvent, OutboxMessage
from tests.support.deadlines_kit import add_request, london, make_app, small_pack, src
from tests.support.postgres import temporary_database

PEOPLE = {r: [{"name": r, "email": f"{r}@testshire.gov.uk"}] for r in ("business_support", "team_manager", "duty")}
RULE = dict(id="invite", title="Send the invitation", kinds=["step_up"], starts_on="request_complete",
            met_by="invitation_sent", working_days=1, owner_role="business_support", remind_before_working_days=[0],
            source=src("invitation within 1 working day of a complete request"))
NOW = london(2026, 11, 24, 9, 30)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def app(request, tmp_path):
    if request.param == "sqlite":
        a = make_app(tmp_path, small_pack([RULE]), PEOPLE, at=NOW)
        yield a
        a.close()
        return
    with temporary_database("stepbot_outbox_batch") as url:
        a = make_app(tmp_path, small_pack([RULE]), PEOPLE, at=NOW, database_url=url)
        try:
            yield a
        finally:
            a.close()


def mail(key, *, to=("someone@testshire.gov.uk",), purpose="reminder", subject=None, **kw):
    return dict(key=key, authority="testshire", mailbox="mash_step_up", purpose=purpose, to=list(to),
                msg=build_message(subject=subject or f"Subject of {key}", text=f"Text of {subject or key}.\n"), **kw)


def rows(app):
    with app.Session() as s:
        return {r.idempotency_key: r for r in s.scalars(select(OutboxMessage))}


def queued_audit(app):
    with app.Session() as s:
        return {a.detail["key"]: a for a in s.scalars(select(AuditEvent).where(AuditEvent.action == "mail_queued"))}


def store(app, *mails):
    with app.Session.begin() as s:
        for m in mails:
            assert outbox.enqueue(s, app, **m) is not None


def test_a_batch_writes_the_same_rows_and_audit_entries_as_enqueue(app):
    with app.Session.begin() as s:
        req = add_request(s, app, children=(("Paula White", date(2012, 2, 3)),))
    variants = [
        dict(),
        dict(cc=["team_manager@testshire.gov.uk", "someone@testshire.gov.uk"], priority=outbox.PRIORITY_URGENT),
        dict(to=["A.Worker@agency.org.uk", "b@agency.org.uk"], purpose="ack", in_reply_to="<orig@agency.org.uk>"),
        dict(auto_submitted="auto-replied", suppress_auto_replies=False),
        dict(to=["Named.Person@Testshire.gov.uk"], purpose="escalation"),
    ]
    with app.Session.begin() as s:
        request = s.merge(req)
        singles = [outbox.enqueue(s, app, **mail(f"one:{i}", subject=f"Same subject {i}", request=request, **v))
                   for i, v in enumerate(variants)]
        assert all(r is not None for r in singles)
        tickets = outbox.enqueue_many(s, app, [mail(f"many:{i}", subject=f"Same subject {i}", request=request, **v)
                                               for i, v in enumerate(variants)])
    assert [t.queued for t in tickets] == [True] * len(variants)
    stored, audited = rows(app), queued_audit(app)
    columns = [c.key for c in OutboxMessage.__table__.columns if c.key not in ("id", "idempotency_key", "message_id",
                                                                             "raw")]
    for i, t in enumerate(tickets):
        one, many = stored[f"one:{i}"], stored[f"many:{i}"]
        assert t.id == many.id and t.message_id == many.message_id != one.message_id
        assert {c: getattr(many, c) for c in columns} == {c: getattr(one, c) for c in columns}, i
        # the same bytes but for the Message-ID (a new one for every message)
        assert re.sub(rb"Message-ID: <[^>]+>", b"", many.raw) == re.sub(rb"Message-ID: <[^>]+>", b"", one.raw)
        assert f"Message-ID: {many.message_id}".encode() in many.raw
        a1, a2 = audited[f"one:{i}"], audited[f"many:{i}"]
        assert (a2.at, a2.request_id, a2.actor) == (a1.at, a1.request_id, a1.actor)
        assert a2.detail == a1.detail | {"key": f"many:{i}"}


def test_a_key_given_twice_in_one_batch_is_queued_once(app):
    settled = []
    with app.Session.begin() as s:
        out = outbox.Enqueuer(s, app)
        first = out.add(then=settled.append, **mail("dup", subject="first"))
        other = out.add(then=settled.append, **mail("other"))
        second = out.add(then=settled.append, **mail("dup", subject="second"))
        assert len(out) == 3 and not first.settled
        assert out.flush() == 2
        assert out.flush() == 0 and len(out) == 0          # nothing is written twice
    assert settled == [first, other, second]                 # each told once, in the order given
    assert (first.queued, other.queued, second.queued) == (True, True, False)
    assert second.id is None and second.message_id is None
    stored = rows(app)
    assert sorted(stored) == ["dup", "other"] and stored["dup"].subject == "first"
    assert sorted(queued_audit(app)) == ["dup", "other"]


def test_a_key_already_stored_is_not_queued_again(app):
    store(app, mail("stored:1", subject="the original"))
    before = rows(app)["stored:1"]
    with app.Session.begin() as s:
        tickets = outbox.enqueue_many(s, app, [mail("new:1"), mail("stored:1", subject="again"), mail("new:2")])
    assert [t.queued for t in tickets] == [True, False, True]
    after = rows(app)
    assert len(after) == 3
    assert (after["stored:1"].id, after["stored:1"].message_id, after["stored:1"].subject) == \
        (before.id, before.message_id, "the original")
    with app.Session() as s:
        assert s.scalar(select(func.count()).select_from(AuditEvent)
                        .where(AuditEvent.action == "mail_queued")) == 3   # one for each row, none for the duplicate
    # and the single enqueue sees the batch's rows as stored
    with app.Session.begin() as s:
        assert outbox.enqueue(s, app, **mail("new:2")) is None


def test_a_key_raced_in_between_the_lookup_and_the_insert_is_a_duplicate_not_an_error(app, monkeypatch):
    """Another daemon commits the same key after the batch looked its keys up: the insert skips it
    (ON CONFLICT DO NOTHING), the rest of the batch is queued, and the caller learns which."""
    real_insert = outbox.Enqueuer._insert
    raced = []

    def racing_insert(self, pending):
        if pending and not raced:
            raced.append(True)
            if app.engine.dialect.name == "postgresql":
                with app.Session.begin() as other:      # another connection: the other daemon, committed
                    assert outbox.enqueue(other, app, **mail("race:2", subject="the other daemon's")) is not None
            else:
                # SQLite takes its write lock at BEGIN (IMMEDIATE), so no other process can write
                # between the lookup and the insert; the nearest is a row written in between in the
                # same transaction.
                assert outbox.enqueue(self.session, app, **mail("race:2", subject="the other daemon's")) is not None
        return real_insert(self, pending)

    monkeypatch.setattr(outbox.Enqueuer, "_insert", racing_insert)
    with app.Session.begin() as s:
        out = outbox.Enqueuer(s, app)
        tickets = [out.add(**mail(f"race:{i}")) for i in range(5)]
        assert out.flush() == 4
    assert raced and [t.queued for t in tickets] == [True, True, False, True, True]
    stored = rows(app)
    assert len(stored) == 5 and stored["race:2"].subject == "the other daemon's"
    assert {t.id for t in tickets if t.queued} == {stored[f"race:{i}"].id for i in (0, 1, 3, 4)}
    audited = queued_audit(app)
    assert len(audited) == 5                    # the other daemon's own entry, and one for each of ours


@pytest.mark.postgres
def test_a_key_being_inserted_by_another_daemon_waits_for_it_then_is_skipped_or_queued(tmp_path):
    """PostgreSQL, two connections: the other daemon has inserted the key but not committed when
    the batch inserts; the batch waits for it, then skips the key if it committed, takes it if it
    rolled back. Nothing fails either way."""
    with temporary_database("stepbot_outbox_race") as url:
        app = make_app(tmp_path, small_pack([RULE]), PEOPLE, at=NOW, database_url=url)
        try:
            for commit in (True, False):
                key = f"contended:{commit}"
                other = app.Session()
                other.begin()
                assert outbox.enqueue(other, app, **mail(key, subject="the other daemon's")) is not None
                other.flush()
                result = {}

                def batch():
                    with app.Session.begin() as s:
                        ts = outbox.enqueue_many(s, app, [mail(f"free:{commit}"), mail(key, subject="ours")])
                        result["queued"] = [t.queued for t in ts]

                t = threading.Thread(target=batch)
                t.start()
                deadline = time.monotonic() + 10
                with app.engine.connect() as c:   # wait until the batch's insert waits on the other's row
                    while True:
                        waiting = c.execute(text("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                                                 "AND query LIKE 'INSERT INTO outbox%'")).scalar()
                        c.rollback()              # pg_stat_activity is read once a transaction
                        if waiting:
                            break
                        assert time.monotonic() < deadline, "the batch's insert never waited for the other daemon"
                        time.sleep(0.02)
                assert t.is_alive()
                other.commit() if commit else other.rollback()
                other.close()
                t.join(10)
                assert not t.is_alive()
                assert result["queued"] == [True, not commit]
                assert rows(app)[key].subject == ("the other daemon's" if commit else "ours")
        finally:
            app.close()


def test_a_row_the_database_refuses_for_another_reason_is_an_error_not_a_duplicate(app, monkeypatch):
    """The insert skips only a clash on the idempotency key (not INSERT OR IGNORE, which would
    drop a broken row silently and report it a duplicate)."""
    real = outbox._row_values

    def broken(app_, m, to, cc, now):
        values = real(app_, m, to, cc, now)
        return values | {"subject": None} if m.key == "broken" else values

    monkeypatch.setattr(outbox, "_row_values", broken)
    with pytest.raises(IntegrityError):
        with app.Session.begin() as s:
            outbox.enqueue_many(s, app, [mail("fine"), mail("broken")])
    assert rows(app) == {}


def test_a_batch_is_one_lookup_and_one_insert_without_savepoints(app):
    store(app, mail("m:3"))
    statements = []

    def listen(conn, cursor, statement, params, context, executemany):
        statements.append(" ".join(statement.split()).upper())

    event.listen(app.engine, "before_cursor_execute", listen)
    try:
        with app.Session.begin() as s:
            ts = outbox.enqueue_many(s, app, [mail(f"m:{i}", to=[f"person{i}@testshire.gov.uk"]) for i in range(60)])
    finally:
        event.remove(app.engine, "before_cursor_execute", listen)
    assert sum(t.queued for t in ts) == 59
    on_outbox = [st for st in statements if "OUTBOX" in st]
    assert len(on_outbox) == 2, on_outbox
    assert on_outbox[0].startswith("SELECT OUTBOX.IDEMPOTENCY_KEY FROM OUTBOX WHERE")
    assert on_outbox[1].startswith("INSERT INTO OUTBOX") and "ON CONFLICT (IDEMPOTENCY_KEY) DO NOTHING" in on_outbox[1]
    assert not [st for st in statements if "SAVEPOINT" in st]
    assert len(rows(app)) == 60


def set_caps(app, **kw):
    d = app.settings.deployment
    app.settings.deployment = d.model_copy(update={"caps": Caps(**(d.caps.model_dump() | kw))})


def test_the_reply_caps_count_the_batch_as_they_count_one_enqueue_after_another(app):
    set_caps(app, replies_per_window=3)
    addresses = ["a.worker@agency.org.uk", "b.worker@agency.org.uk", "A.Worker@agency.org.uk",
                 "a.worker@agency.org.uk", "b.worker@agency.org.uk", "a.worker@agency.org.uk",
                 "b.worker@agency.org.uk", "c.worker@agency.org.uk"]

    def acks(prefix, domain):
        return [mail(f"{prefix}:{i}", to=[a.replace("agency", domain)], purpose="ack") for i, a in enumerate(addresses)]

    with app.Session.begin() as s:
        one_by_one = [outbox.enqueue(s, app, **m) is not None for m in acks("one", "agency")]
    with app.Session.begin() as s:
        tickets = outbox.enqueue_many(s, app, acks("many", "other-agency"))
    assert [t.queued for t in tickets] == one_by_one == [True, True, True, True, True, False, True, True]
    with app.Session() as s:
        capped = [a.detail["key"].split(":")[0] for a in s.scalars(select(AuditEvent)
                                                                 .where(AuditEvent.action == "reply_capped"))]
        alerts = list(s.scalars(select(OutboxMessage.idempotency_key)
                                .where(OutboxMessage.idempotency_key.like("cap-alert:%"))))
    assert sorted(capped) == ["many", "one"]
    assert len(alerts) == 2                     # business support told once for each address over its cap


def test_a_message_with_no_recipients_fails_the_batch_as_enqueue_fails(app):
    with pytest.raises(ValueError, match="no recipients"):
        with app.Session.begin() as s:
            outbox.enqueue_many(s, app, [mail("ok"), mail("nobody", to=[])])
    assert rows(app) == {}
    store(app, mail("nobody", to=["someone@testshire.gov.uk"]))
    with app.Session.begin() as s:       # a duplicate is known before its recipients are looked at, as in enqueue
        assert [t.queued for t in outbox.enqueue_many(s, app, [mail("nobody", to=[])])] == [False]
