"""How long one deadline sweep takes when many deadlines are open but few are due.

    .venv/bin/python bench/bench_sweep.py [OPEN] [DUE]

The sweep reads only rows whose ``next_at`` is due (index ``ix_deadlines_sweep``), so its cost
should follow the number due, not the number open. Results go in docs/benchmarks.md.
"""
from __future__ import annotations

import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot import deadlines  # noqa: E402
from bot.models import Child, Deadline, Request  # noqa: E402
from tests.support.deadlines_kit import london, make_app, small_pack, src  # noqa: E402

PEOPLE = {r: [{"name": r, "email": f"{r}@testshire.gov.uk"}] for r in ("business_support", "team_manager", "duty")}
RULE = dict(id="invite", title="Send the invitation", kinds=["step_up"], starts_on="request_complete",
            met_by="invitation_sent", working_days=1, owner_role="business_support", remind_before_working_days=[0],
            escalation=[{"after_working_days": 0, "role": "team_manager"}],
            source=src("invitation within 1 working day of a complete request"))


def main(open_n: int = 20000, due_n: int = 100) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        app = make_app(Path(tmp), small_pack([RULE]), PEOPLE, at=london(2026, 11, 24, 9, 30))
        start = london(2026, 11, 23, 10)
        with app.Session.begin() as s:
            for i in range(open_n):
                req = Request(authority="testshire", seq=i + 1, mailbox="mash_step_up", kind="step_up", state="ready",
                              next_action="book_meeting", sender="w@agency.org.uk", received_at=start,
                              created_at=start, updated_at=start, case_ids=[], concerns=[], missing=[],
                              received_items=[], evidence={}, rule_hits=[], parsed={})
                req.children.append(Child(position=0, name="Paula White", dob=date(2012, 2, 3)))
                s.add(req)
                due = i < due_n
                s.add(Deadline(request=req, authority="testshire", rule_id="invite", cycle=0, title=RULE["title"],
                               owner_role="business_support", state="open", starts_at=start,
                               due_at=london(2026, 11, 24, 17),
                               next_at=london(2026, 11, 24, 9) if due else london(2026, 11, 24, 9) + timedelta(days=30),
                               reminders_sent=0, escalation_step=0, paused_total_seconds=0,
                               source_file=RULE["source"]["file"], source_quote=RULE["source"]["quote"]))
        t0 = time.perf_counter()
        sent = deadlines.sweep(app)
        t1 = time.perf_counter()
        empty = deadlines.sweep(app)
        t2 = time.perf_counter()
        app.close()
    print(f"open={open_n} due={due_n}: sweep enqueued {sent} in {t1 - t0:.3f}s "
          f"({(t1 - t0) / max(sent, 1) * 1000:.1f} ms each); an idle sweep ({empty} due) took {(t2 - t1) * 1000:.1f} ms")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
