"""The sweep in batches, on SQLite and on PostgreSQL: one call sends every due reminder, a batch
is one transaction (a crash in it, or while committing it, leaves none of it; the batches before
stand; the restart sends each reminder once), a failing row is found by doing the batch again row
by row, the requests and children are read once a batch, the batch's mail is one lookup of its
keys and one insert (``outbox.Enqueuer``), a reminder already in the outbox is not queued again,
and the mail is the same bytes as ``mail.build_message`` makes."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import event, func, select

from bot import deadlines, mail, outbox as outbox_mod
from bot.db import session_scope
from bot.models import AuditEvent, Deadline, OutboxMessage
from tests.support.deadlines_kit import add_request, london, make_app, outbox, small_pack, src
from tests.support.postgres import temporary_database

PEOPLE = {r: [{"name": r, "email": f"{r}@testshire.gov.uk"}] for r in ("business_support", "team_manager", "duty")}
RULE = dict(id="invite", title="Send the invitation", kinds=["step_up"], starts_on="request_complete",
            met_by="invitation_sent", working_days=1, owner_role="business_support", remind_before_working_days=[0],
            escalation=[{"after_working_days": 0, "role": "team_manager"}],
            source=src("invitation within 1 working day of a complete request"))
NOW = london(2026, 11, 24, 9, 30)          # the reminders (09:00, due 17:00) are due


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def app(request, tmp_path):
    if request.param == "sqlite":
        a = make_app(tmp_path, small_pack([RULE]), PEOPLE, at=london(2026, 11, 23, 10))
        yield a
        a.close()
        return
    with temporary_database("stepbot_sweep_batch") as url:
        a = make_app(tmp_path, small_pack([RULE]), PEOPLE, at=london(2026, 11, 23, 10), database_url=url)
        try:
            yield a
        finally:
            a.close()


def seed(app, n):
    with session_scope(app.Session) as s:
        for _ in range(n):
            req = add_request(s, app, children=(("Paula White", date(2012, 2, 3)),))
            deadlines.on_event(app, s, req, "request_complete", at=app.clock.now())
    app.clock.at = NOW


def keys(app):
    return [r.idempotency_key for r in outbox(app)]


def audited(app, action):
    with app.Session() as s:
        return sorted(a.detail["key"] for a in s.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def assert_each_once(app, n):
    """n reminders, each queued once, each with its audit entries, each deadline counted once."""
    ks = keys(app)
    assert len(ks) == len(set(ks)) == n
    assert audited(app, "reminder_sent") == audited(app, "mail_queued") == sorted(ks)
    with app.Session() as s:
        assert set(s.scalars(select(Deadline.reminders_sent))) == {1}


@pytest.mark.parametrize("crash_at,committed", [(1, 0), (3, 0), (4, 3), (5, 3), (7, 6)])
def test_a_batch_cut_short_sends_each_reminder_exactly_once(app, monkeypatch, crash_at, committed):
    seed(app, 7)
    real = deadlines._remind
    calls = {"n": 0}

    def crashing(*a, **kw):
        calls["n"] += 1
        if calls["n"] == crash_at:
            raise SystemExit("the process dies mid-batch")
        return real(*a, **kw)

    monkeypatch.setattr(deadlines.engine, "_remind", crashing)
    with pytest.raises(SystemExit):
        deadlines.sweep(app, limit=3)           # batches of 3, 3 and 1
    monkeypatch.setattr(deadlines.engine, "_remind", real)
    assert len(keys(app)) == committed          # whole batches only
    with app.Session() as s:
        assert s.scalar(select(func.count()).select_from(Deadline).where(Deadline.reminders_sent == 1)) == committed
        assert s.scalar(select(func.count()).select_from(AuditEvent)
                        .where(AuditEvent.action == "reminder_sent")) == committed
    assert deadlines.sweep(app, limit=3) == 7 - committed
    assert deadlines.sweep(app, limit=3) == 0
    assert_each_once(app, 7)


def test_a_crash_while_committing_a_batch_leaves_nothing_of_it(app):
    seed(app, 5)
    commits = {"n": 0}

    def dying_commit(session):
        if session.in_nested_transaction():
            return                              # a savepoint's release, not the batch's commit
        commits["n"] += 1
        if commits["n"] == 2:
            session.flush()                     # every statement of the batch has run; COMMIT has not
            raise SystemExit("the process dies as the second batch commits")

    event.listen(app.Session, "before_commit", dying_commit)
    try:
        with pytest.raises(SystemExit):
            deadlines.sweep(app, limit=2)
    finally:
        event.remove(app.Session, "before_commit", dying_commit)
    assert commits["n"] == 2 and len(keys(app)) == 2
    assert deadlines.sweep(app, limit=2) == 3
    assert deadlines.sweep(app) == 0
    assert_each_once(app, 5)


def test_one_call_sends_every_batch_reading_the_requests_once_a_batch(app):
    seed(app, 7)
    statements, commits, writes = [], [], []

    def listen(conn, cursor, statement, params, context, executemany):
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)
        else:
            writes.append(statement.lstrip().upper())

    def committed(conn):
        commits.append(conn)

    event.listen(app.engine, "before_cursor_execute", listen)
    event.listen(app.engine, "commit", committed)
    try:
        assert deadlines.sweep(app, limit=3) == 7
    finally:
        event.remove(app.engine, "before_cursor_execute", listen)
        event.remove(app.engine, "commit", committed)

    def count(table):
        return sum(1 for s in statements if f"FROM {table}" in s.split("WHERE")[0])

    # three batches (3, 3, 1): one due query, one for their requests, one for their children each
    assert (count("deadlines"), count("requests"), count("children")) == (3, 3, 3)
    assert len(commits) == 3                    # one transaction a batch, not one a reminder
    # the batch's mail: one lookup of its keys and one insert a batch, no savepoint a reminder
    assert count("outbox") == 3
    assert sum(w.startswith("INSERT INTO OUTBOX") for w in writes) == 3
    assert not [w for w in writes if "SAVEPOINT" in w]
    assert_each_once(app, 7)


def test_a_reminder_already_in_the_outbox_is_not_queued_again_and_the_rest_of_its_batch_is(app):
    """Mail queued by a run whose counters were lost (or by another daemon): the batch's one lookup
    finds it, its reminder is recorded as not queued, and the others of the batch are queued."""
    seed(app, 5)
    with app.Session.begin() as s:
        ids = sorted(s.scalars(select(Deadline.id)))
        for did in ids[1:3]:
            assert outbox_mod.enqueue(s, app, key=f"remind:{did}:1", authority="testshire", mailbox="mash_step_up",
                                      purpose="reminder", to=["business_support@testshire.gov.uk"],
                                      msg=mail.build_message(subject=f"queued before {did}", text="x")) is not None
    assert deadlines.sweep(app, limit=3) == 3
    assert deadlines.sweep(app) == 0
    rows = {r.idempotency_key: r for r in outbox(app)}
    assert len(rows) == 5 and [rows[f"remind:{did}:1"].subject for did in ids[1:3]] == \
        [f"queued before {did}" for did in ids[1:3]]
    with app.Session() as s:
        queued = {a.detail["key"]: a.detail["queued"]
                  for a in s.scalars(select(AuditEvent).where(AuditEvent.action == "reminder_sent"))}
        assert set(s.scalars(select(Deadline.reminders_sent))) == {1}
    assert queued == {f"remind:{did}:1": did not in ids[1:3] for did in ids}
    assert len(audited(app, "mail_queued")) == 5    # two from before, three from the sweep


def test_a_failing_row_is_found_and_the_rest_of_its_batch_commits(app, monkeypatch):
    seed(app, 7)
    real = deadlines._remind

    def failing(app_, s, req, d, **kw):
        if req.seq == 2:
            raise RuntimeError("template broke")
        if req.seq == 5:                        # fails only when flushed (NOT NULL), after _remind returned
            s.add(Deadline())
        return real(app_, s, req, d, **kw)

    monkeypatch.setattr(deadlines.engine, "_remind", failing)
    assert deadlines.sweep(app, limit=3) == 5
    with app.Session() as s:
        late = {d.request.seq: d.next_at for d in s.scalars(select(Deadline).where(Deadline.reminders_sent == 0))}
    assert late == {2: london(2026, 11, 24, 9, 45), 5: london(2026, 11, 24, 9, 45)}
    monkeypatch.setattr(deadlines.engine, "_remind", real)
    assert deadlines.sweep(app) == 0            # the failed rows wait for their retry time
    app.clock.at = london(2026, 11, 24, 9, 46)
    assert deadlines.sweep(app) == 2
    assert_each_once(app, 7)


def _plain_message(*, subject: str, text: str):
    """What ``mail.build_message`` built before it reused headers: ``email.policy.default``."""
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["Subject"] = subject
    msg.set_content(text)
    return msg


def test_the_mail_is_the_same_bytes_as_build_message():
    """``mail.build_message`` (every reminder, acknowledgement and alert) reuses parsed headers;
    what it builds must not differ from a mail built on ``email.policy.default``, through
    the outbox's headers and wire policy, cache full or not."""
    def finish(msg, i):
        for h, v in (("From", "Testshire <mash@testshire.gov.uk>"), ("To", f"person{i % 700}@testshire.gov.uk"),
                     ("Cc", "team_manager@testshire.gov.uk, a.b@agency.org.uk"),
                     ("Date", "Tue, 24 Nov 2026 09:30:00 +0000"), ("Message-ID", f"<{i}.stepbot.reminder@testshire>"),
                     ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                     ("X-Stepbot-Ref", f"SB-testshire-{i}")):
            msg[h] = v
        return msg.as_bytes(policy=outbox_mod._WIRE)

    for i in range(mail.ReusedHeaders.KEEP * 2 + 5):
        subject = f"[SB-testshire-{i}] Reminder: Send the invitation due today (Tue 24 Nov) – £ {'x' * (i % 90)}"
        text = f"Line one for {i}.\n\nDue Tuesday 24 November 2026 at 17:00 (Europe/London). é\n" * (1 + i % 3)
        plain = finish(_plain_message(subject=subject, text=text), i)
        assert finish(mail.build_message(subject=subject, text=text), i) == plain, i


def test_the_queued_reminder_reads_as_before(app):
    seed(app, 1)
    assert deadlines.sweep(app) == 1
    with app.Session() as s:
        row = s.scalars(select(OutboxMessage)).one()
    from email import message_from_bytes
    from email import policy as email_policy

    msg = message_from_bytes(row.raw, policy=email_policy.default)
    assert msg["To"] == "business_support@testshire.gov.uk" and msg["Auto-Submitted"] == "auto-generated"
    assert msg["Subject"] == row.subject == "[SB-testshire-1] Reminder: Send the invitation due today (Tue 24 Nov)"
    assert msg.get_content_type() == "text/plain" and "P.W." in msg.get_content()
