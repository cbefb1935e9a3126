"""The sender's questions (the next row to send, the leases that ran out, when the next row falls
due) are answered from the rows waiting or being sent (the partial indexes of migration 0006), not
from every row ever sent: on PostgreSQL each send leaves dead index entries behind until a vacuum,
and a claim that read them all slowed a backlog as it went (issue 21)."""
from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import event, insert, select, text, update

from bot import outbox
from bot.models import OutboxMessage
from bot.states import OutboxState
from tests.support.deadlines_kit import london, make_app, small_pack
from tests.support.postgres import temporary_database

NOW = london(2026, 11, 24, 9, 30)
SENT = 3000


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def app(request, tmp_path):
    if request.param == "sqlite":
        a = make_app(tmp_path, small_pack([]), {}, at=NOW)
        yield a
        a.close()
        return
    with temporary_database("stepbot_outbox_index") as url:
        a = make_app(tmp_path, small_pack([]), {}, at=NOW, database_url=url)
        try:
            yield a
        finally:
            a.close()


def _row(i: int, *, priority: int = outbox.PRIORITY_NORMAL, at=NOW) -> dict:
    return dict(idempotency_key=f"k{i}", authority="testshire", mailbox="mash_step_up", purpose="ack",
                priority=priority, recipients=["someone@example.org"], subject=f"s{i}", message_id=f"<m{i}@x>",
                raw=b"x" * 2000, state=OutboxState.PENDING, attempts=0, next_attempt_at=at, created_at=at)


def _history(app, n: int) -> None:
    """n rows that went pending -> sending -> sent one at a time, as a backlog's do (on PostgreSQL
    each move leaves the row's old index entries behind; nothing here vacuums)."""
    with app.engine.begin() as c:
        c.execute(insert(OutboxMessage), [_row(i, at=NOW - timedelta(hours=1)) for i in range(n)])
    for state in (OutboxState.SENDING, OutboxState.SENT):
        for lo in range(0, n, 500):
            with app.engine.begin() as c:
                c.execute(update(OutboxMessage).where(OutboxMessage.id.between(lo + 1, lo + 500))
                          .values(state=state))


def _explain(app, sql: str, params) -> dict:
    with app.engine.connect() as c:
        if app.engine.dialect.name == "postgresql":
            plan = c.exec_driver_sql("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + sql, params).scalar()
            return (plan if isinstance(plan, list) else json.loads(plan))[0]["Plan"]
        return {"detail": " | ".join(r[-1] for r in c.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params))}


def _nodes(plan: dict):
    yield plan
    for p in plan.get("Plans", []):
        yield from _nodes(p)


def test_the_claim_reads_the_waiting_rows_not_the_sent_history(app):
    _history(app, SENT)
    with app.engine.begin() as c:
        c.execute(insert(OutboxMessage), [_row(SENT + 1), _row(SENT + 2, priority=outbox.PRIORITY_URGENT)])
    answers = {}
    seen = _captured(app, lambda: answers.update(claim=outbox.claim_next(app), due_in=outbox.next_due_in(app)))
    claim, due_in = answers["claim"], answers["due_in"]
    with app.Session() as s:
        assert s.get(OutboxMessage, claim.id).idempotency_key == f"k{SENT + 2}"   # urgent first, as ever
    assert due_in == 0.0
    selects = [(q, p) for q, p in seen if q.lstrip().upper().startswith("SELECT") and "FROM outbox" in q]
    claim_sql = next((q, p) for q, p in selects if "ORDER BY" in q)
    assert "'pending'" in claim_sql[0]   # the states are in the SQL, where a planner can see them
    if app.engine.dialect.name != "postgresql":
        return
    with app.engine.begin() as c:
        c.execute(text("ANALYZE outbox"))
    for sql, params in selects:
        _explain(app, sql, params)   # the first look past an entry of a row sent marks it dead in the index
        plan = _explain(app, sql, params)
        used = {n.get("Index Name") for n in _nodes(plan)} - {None}
        assert used and used <= {"ix_outbox_waiting", "ix_outbox_waiting_due", "ix_outbox_leased"}, (sql, used)
        # a few dozen pages, not one per row sent: on ix_outbox_due every claim read the 3,000 entries
        # and some 800 pages of the rows they point to (a bitmap scan never marks an entry dead). The
        # bound leaves room for entries a first look could not mark dead while another session's
        # snapshot (a test running beside this one) still saw their rows: 18 pages alone, 79 seen so
        assert plan.get("Shared Hit Blocks", 0) + plan.get("Shared Read Blocks", 0) < SENT // 20, (sql, plan)


def _sqlite_plan(app, sql: str, params) -> str:
    with app.engine.connect() as c:
        return " | ".join(r[-1] for r in c.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params))


def _captured(app, run) -> list[tuple[str, object]]:
    seen = []

    def capture(conn, cursor, statement, params, context, executemany):
        seen.append((statement, params))

    event.listen(app.engine, "before_cursor_execute", capture)
    try:
        run()
    finally:
        event.remove(app.engine, "before_cursor_execute", capture)
    return seen


def test_on_sqlite_the_claim_reads_the_waiting_rows_in_order_and_sorts_none(tmp_path):
    """Migration 0007: with ``ix_outbox_due`` (state, …) SQLite read every waiting row and sorted them
    for each claim (14 ms with 4,538 waiting): a backlog's sender slowed as the queue grew."""
    app = make_app(tmp_path, small_pack([]), {}, at=NOW)
    try:
        _history(app, SENT)
        with app.engine.begin() as c:
            c.execute(insert(OutboxMessage), [_row(SENT + 1 + i, at=NOW - timedelta(minutes=i % 50)) for i in range(1500)])
        seen = _captured(app, lambda: outbox.claim_next(app))
        sql, params = next((q, p) for q, p in seen if q.lstrip().upper().startswith("SELECT") and "ORDER BY" in q)
        plan = _sqlite_plan(app, sql, params)
        assert "ix_outbox_waiting" in plan and "TEMP B-TREE" not in plan, plan
    finally:
        app.close()


def test_a_reply_to_a_reminder_finds_its_row_by_message_id_not_by_a_scan(tmp_path):
    app = make_app(tmp_path, small_pack([]), {}, at=NOW)
    try:
        q = select(OutboxMessage.id).where(OutboxMessage.message_id.in_(["<m1@x>"]),
                                           OutboxMessage.purpose.in_(("reminder", "escalation")))
        plan = _sqlite_plan(app, str(q.compile(app.engine, compile_kwargs={"literal_binds": True})), ())
        assert "ix_outbox_message_id" in plan, plan
    finally:
        app.close()
