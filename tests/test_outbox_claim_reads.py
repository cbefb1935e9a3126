"""A send reads its message's bytes once, with its claim (in the claim's transaction), and never
again to record the outcome: on SQLite every transaction takes the write lock that intake needs,
and a message may be 50 MB (issue 21)."""
from __future__ import annotations

from sqlalchemy import event

from bot import outbox
from bot.mail import build_message
from tests.support.deadlines_kit import london, make_app, small_pack

NOW = london(2026, 11, 24, 9, 30)


class Recording:
    def __init__(self):
        self.sent = []

    def send(self, raw, recipients):
        self.sent.append((raw, list(recipients)))


def test_a_send_reads_the_message_once_with_its_claim(tmp_path):
    app = make_app(tmp_path, small_pack([]), {}, at=NOW)
    try:
        with app.Session.begin() as s:
            outbox.enqueue(s, app, key="k1", authority="testshire", mailbox="mash_step_up", purpose="alert",
                           to=["duty@testshire.gov.uk"], msg=build_message(subject="Hello", text="Text.\n"))
        transport = Recording()
        app.set_transport("testshire", "mash_step_up", transport)
        seen, begins = [], []
        event.listen(app.engine, "before_cursor_execute",
                     lambda c, cu, statement, p, ctx, em: seen.append(" ".join(statement.split())))
        event.listen(app.engine, "begin", lambda conn: begins.append(1))
        assert outbox.deliver_due(app) == 1
        [(raw, to)] = transport.sent
        assert b"Subject: Hello" in raw and to == ["duty@testshire.gov.uk"]
        reads = [q for q in seen if q.startswith("SELECT") and "outbox.raw" in q]
        assert len(reads) == 2 and all("ORDER BY outbox.priority" in q for q in reads)   # the claim, then "none left"
        assert len(begins) == 3          # claim, the outcome, the claim that finds none left
    finally:
        app.close()


def test_a_run_of_sends_looks_for_leases_that_ran_out_once_not_for_every_row(tmp_path):
    app = make_app(tmp_path, small_pack([]), {}, at=NOW)
    try:
        with app.Session.begin() as s:
            # a row left mid-send by a process that stopped: its lease ran out
            stale = outbox.enqueue(s, app, key="stale", authority="testshire", mailbox="mash_step_up",
                                   purpose="alert", to=["duty@testshire.gov.uk"],
                                   msg=build_message(subject="Left", text="Text.\n"))
            stale.state, stale.attempts, stale.next_attempt_at = "sending", 1, NOW - outbox.LEASE
            for i in range(4):
                outbox.enqueue(s, app, key=f"k{i}", authority="testshire", mailbox="mash_step_up", purpose="alert",
                               to=["duty@testshire.gov.uk"], msg=build_message(subject=f"Hello {i}", text="Text.\n"))
        transport = Recording()
        app.set_transport("testshire", "mash_step_up", transport)
        seen = []
        event.listen(app.engine, "before_cursor_execute",
                     lambda c, cu, statement, p, ctx, em: seen.append(" ".join(statement.split())))
        assert outbox.deliver_due(app) == 5          # the stale row checked (no sent copy here) and sent too
        expiries = [q for q in seen if q.startswith("UPDATE outbox SET state=?, last_error=? WHERE outbox.state IN")]
        assert len(expiries) == 1
        assert sorted(raw.split(b"Subject: ")[1].split(b"\n")[0].rstrip(b"\r") for raw, _ in transport.sent) == \
            [b"Hello 0", b"Hello 1", b"Hello 2", b"Hello 3", b"Left"]
    finally:
        app.close()
