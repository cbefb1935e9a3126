"""The audit events of one transaction are written together (``bot.audit``): one INSERT when it
commits, every event still written, in order, and none that a rollback (of the transaction or of a
savepoint inside it) undid."""
from __future__ import annotations

import re
from datetime import datetime, timezone

import pytest
from sqlalchemy import event, func, select

from bot import audit, intake
from bot.demo import SAMPLES, render_sample
from bot.models import AuditEvent, Request

AT = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)


@pytest.fixture
def statements(tmp_app):
    seen: list[str] = []

    def capture(conn, cursor, statement, params, context, executemany):
        seen.append(" ".join(statement.split()))

    event.listen(tmp_app.engine, "before_cursor_execute", capture)
    yield seen
    event.remove(tmp_app.engine, "before_cursor_execute", capture)


def _ingest(app, name: str, n: int = 0):
    raw = render_sample(SAMPLES / name, app).replace(b"Message-ID: <", b"Message-ID: <a%d-" % n, 1)
    to = re.search(rb"^To: .*<([^>]+)>", raw, re.M)[1].decode()
    authority, role = app.settings.find_mailbox(to)
    return intake.ingest(app, authority, role, raw)


def _actions(app, where=None) -> list[str]:
    with app.Session() as s:
        q = select(AuditEvent.action).order_by(AuditEvent.id)
        return list(s.scalars(q.where(where) if where is not None else q))


def test_a_decision_writes_its_audit_events_in_one_insert_and_reads_none_back(tmp_app, statements):
    _ingest(tmp_app, "02_richmond_step_up_incomplete.eml", 0)   # the authority's first request: its counter
    statements.clear()
    result = _ingest(tmp_app, "02_richmond_step_up_incomplete.eml", 1)
    inserts = [s for s in statements if s.startswith("INSERT INTO audit_events")]
    assert len(inserts) == 1
    # what the request recorded is answered from the transaction's own events, not read back
    assert not [s for s in statements if s.startswith("SELECT") and "FROM audit_events" in s]
    with tmp_app.Session() as s:
        req = s.scalar(select(Request).where(Request.ref == result.reference))
        actions = list(s.scalars(select(AuditEvent.action).where(AuditEvent.request_id == req.id)
                                 .order_by(AuditEvent.id)))
    # all of them, in the order they were recorded: the request first, its acknowledgement queued last
    assert actions[0] == "request_opened" and actions[-1] == "mail_queued"
    assert {"event", "state", "deadline_started"} <= set(actions) and len(actions) >= 5


def test_the_same_events_as_each_written_at_once(tmp_app):
    """The demo's requests leave the same history as when every event was flushed as recorded."""
    for n, path in enumerate(sorted(SAMPLES.glob("*.eml"))):
        _ingest(tmp_app, path.name, n)
    with tmp_app.Session() as s:
        rows = list(s.execute(select(AuditEvent.request_id, AuditEvent.action, AuditEvent.detail)
                              .order_by(AuditEvent.id)))
    opened = [r for r in rows if r.action == "request_opened"]
    assert len(opened) == len(list(SAMPLES.glob("*.eml"))) - 1   # the out-of-office opens none
    assert all(r.request_id is not None for r in rows if r.action in ("state", "event", "deadline_started"))
    # ids follow the order recorded: each request's history starts with its opening
    first = {}
    for r in rows:
        first.setdefault(r.request_id, r.action)
    assert {a for rid, a in first.items() if rid is not None} == {"request_opened"}


def test_a_query_of_the_audit_trail_sees_the_events_waiting(tmp_app):
    with tmp_app.Session.begin() as s:
        audit.record(s, "probe_one", at=AT)
        audit.record(s, "probe_two", at=AT)
        assert s.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.action.like("probe_%"))) == 2
        audit.record(s, "probe_three", at=AT)
    assert _actions(tmp_app, AuditEvent.action.like("probe_%")) == ["probe_one", "probe_two", "probe_three"]


def test_a_rolled_back_savepoint_drops_the_events_recorded_inside_it_only(tmp_app):
    with tmp_app.Session.begin() as s:
        audit.record(s, "probe_before", at=AT)
        with pytest.raises(RuntimeError):
            with s.begin_nested():
                audit.record(s, "probe_inside_undone", at=AT)
                with s.begin_nested():
                    audit.record(s, "probe_inner_undone", at=AT)
                # read inside the savepoint: written inside it, so undone with it
                assert s.scalar(select(func.count()).select_from(AuditEvent)
                                .where(AuditEvent.action.like("probe_%"))) == 3
                raise RuntimeError("the booking failed")
        with s.begin_nested():
            audit.record(s, "probe_inside_kept", at=AT)
        audit.record(s, "probe_after", at=AT)
    assert _actions(tmp_app, AuditEvent.action.like("probe_%")) == ["probe_before", "probe_inside_kept",
                                                                    "probe_after"]


def test_a_rolled_back_transaction_writes_none_and_the_next_starts_clean(tmp_app):
    with tmp_app.Session() as s:
        with s.begin():
            audit.record(s, "probe_undone", at=AT)
            s.rollback()
        with s.begin():
            audit.record(s, "probe_kept", at=AT)
    assert _actions(tmp_app, AuditEvent.action.like("probe_%")) == ["probe_kept"]


def test_events_answers_for_a_new_request_from_the_transaction_and_else_from_the_database(tmp_app, statements):
    result = _ingest(tmp_app, "02_richmond_step_up_incomplete.eml", 0)
    with tmp_app.Session.begin() as s:
        req = s.scalar(select(Request).where(Request.ref == result.reference))
        statements.clear()
        assert [e.action for e in audit.events(s, req, ("event",))]   # an older request: read
        assert [x for x in statements if "FROM audit_events" in x]
        audit.record(s, "event", at=AT, request=req, event="probe")
        assert "probe" in [(e.detail or {}).get("event") for e in audit.events(s, req, "event")]


def test_write_gives_an_event_its_id(tmp_app):
    with tmp_app.Session.begin() as s:
        ev = audit.record(s, "probe_now", at=AT)
        audit.write(s)
        s.flush()
        assert ev.id is not None
    assert _actions(tmp_app, AuditEvent.action.like("probe_%")) == ["probe_now"]
