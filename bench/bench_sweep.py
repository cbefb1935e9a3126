"""How long one deadline sweep takes when many deadlines are open but few are due.

    .venv/bin/python bench/bench_sweep.py [OPEN] [DUE] [--db sqlite|postgresql] [--rounds N] [--profile]

    .venv/bin/python bench/bench_sweep.py 100000 1000 --db sqlite --rounds 5
    .venv/bin/python bench/bench_sweep.py 100000 1000 --db postgresql --rounds 5

OPEN requests, each with one open deadline and one child, of which DUE have a reminder due now
(the rest are due in 30 days). The rows are written with bulk inserts in a separate process, so
the figures (and the peak RSS) are those of a process that only sweeps, as the daemon's is.

A "pass" is ``deadlines.sweep(app)`` called once, as the scheduler calls it: it must send every
due reminder (it reads them in batches of ``SWEEP_BATCH`` until none is left). Round 1 runs in a
fresh process (templates, statement caches and the bank-holiday calendar are built during it);
later rounds put the same DUE rows back to "due" (and empty the outbox and the audit trail) and
sweep again. PostgreSQL needs the local server (127.0.0.1:5432, trust auth, database ``test``);
the bench creates its own database and drops it afterwards. Results go in docs/benchmarks.md.
"""
from __future__ import annotations

import argparse
import cProfile
import contextlib
import os
import pstats
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import delete, func, insert, select, text, update  # noqa: E402

from bot import deadlines  # noqa: E402
from bot.models import AuditEvent, Child, Deadline, OutboxMessage, Request  # noqa: E402
from tests.support.deadlines_kit import london, make_app, small_pack, src  # noqa: E402

PEOPLE = {r: [{"name": r, "email": f"{r}@testshire.gov.uk"}] for r in ("business_support", "team_manager", "duty")}
RULE = dict(id="invite", title="Send the invitation", kinds=["step_up"], starts_on="request_complete",
            met_by="invitation_sent", working_days=1, owner_role="business_support", remind_before_working_days=[0],
            escalation=[{"after_working_days": 0, "role": "team_manager"}],
            source=src("invitation within 1 working day of a complete request"))
NOW = london(2026, 11, 24, 9, 30)         # Tue 24 Nov; the rule's reminder is at 09:00, due 17:00
START = london(2026, 11, 23, 10)
DUE_AT = london(2026, 11, 24, 17)
REMIND_AT = london(2026, 11, 24, 9)
LATER = REMIND_AT + timedelta(days=30)
CHUNK = 10_000


def _app(workdir: Path, url: str | None):
    return make_app(workdir, small_pack([RULE]), PEOPLE, at=NOW, database_url=url)


def populate(workdir: Path, url: str | None, open_n: int, due_n: int) -> None:
    """OPEN requests with a child and an open deadline each, in bulk inserts of CHUNK rows."""
    app = _app(workdir, url)
    try:
        with app.Session.begin() as s:
            for lo in range(0, open_n, CHUNK):
                ids = range(lo + 1, min(open_n, lo + CHUNK) + 1)
                s.execute(insert(Request), [dict(
                    id=i, authority="testshire", seq=i, mailbox="mash_step_up", kind="step_up", state="ready",
                    next_action="book_meeting", sender="w@agency.org.uk", subject="Step request",
                    received_at=START, created_at=START, updated_at=START, urgent=False, case_ids=[], concerns=[],
                    missing=[], received_items=[], evidence={}, rule_hits=[], parsed={}, copied=[]) for i in ids])
                s.execute(insert(Child), [dict(request_id=i, position=0, name="Paula White", dob=date(2012, 2, 3))
                                          for i in ids])
                s.execute(insert(Deadline), [dict(
                    request_id=i, authority="testshire", rule_id="invite", cycle=0, title=RULE["title"],
                    owner_role="business_support", state="open", starts_at=START, due_at=DUE_AT,
                    next_at=REMIND_AT if i <= due_n else LATER, reminders_sent=0, escalation_step=0,
                    paused_total_seconds=0, source_file=RULE["source"]["file"], source_quote=RULE["source"]["quote"])
                    for i in ids])
            if s.bind.dialect.name == "postgresql":
                s.execute(text("SELECT setval(pg_get_serial_sequence('requests', 'id'), :n)"), {"n": open_n})
        if app.engine.dialect.name == "postgresql":
            with app.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
                c.execute(text("VACUUM ANALYZE"))
    finally:
        app.close()


def reset(app, due_n: int) -> None:
    """Put the DUE rows back to "reminder due" and empty what the last pass wrote."""
    with app.Session.begin() as s:
        s.execute(delete(OutboxMessage))
        s.execute(delete(AuditEvent))
        s.execute(update(Deadline).where(Deadline.request_id <= due_n)
                  .values(reminders_sent=0, state="open", next_at=REMIND_AT))


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def run(workdir: Path, url: str | None, args) -> None:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, __file__, "--populate", str(workdir), url or "", str(args.open), str(args.due)],
                   check=True)
    setup = time.perf_counter() - t0
    app = _app(workdir, url)
    try:
        with app.Session() as s:
            counts = (s.scalar(select(func.count()).select_from(Deadline)),
                      s.scalar(select(func.count()).select_from(Deadline).where(Deadline.next_at <= NOW)))
        rss0 = rss_mb()
        times, cpus = [], []
        for r in range(args.rounds):
            if r:
                reset(app, args.due)
            prof = cProfile.Profile() if args.profile and r == args.rounds - 1 else None
            t1, c1 = time.perf_counter(), time.process_time()
            if prof:
                prof.enable()
            sent = deadlines.sweep(app)
            if prof:
                prof.disable()
            t2, c2 = time.perf_counter(), time.process_time()
            times.append(t2 - t1)
            cpus.append(c2 - c1)
            assert sent == args.due, f"round {r + 1}: {sent} enqueued, {args.due} expected"
            if prof:
                pstats.Stats(prof).sort_stats("cumulative").print_stats(40)
        with app.Session() as s:
            assert s.scalar(select(func.count()).select_from(OutboxMessage)) == args.due
        idle = []
        for _ in range(2):
            t3 = time.perf_counter()
            assert deadlines.sweep(app) == 0
            idle.append(time.perf_counter() - t3)
    finally:
        app.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{args.db}: open={counts[0]} due={counts[1]} (setup {setup:.1f}s in its own process)")
    for r, (t, c) in enumerate(zip(times, cpus)):
        print(f"  pass {r + 1}{' (fresh process)' if r == 0 else ''}: {args.due} reminders in {t:.3f}s "
              f"({t / args.due * 1000:.2f} ms each; this process's CPU {c:.3f}s)")
    if len(times) > 1:
        warm = times[1:]
        print(f"  warm passes: median {statistics.median(warm):.3f}s "
              f"({statistics.median(warm) / args.due * 1000:.2f} ms per reminder), best {min(warm):.3f}s, "
              f"median CPU {statistics.median(cpus[1:]):.3f}s")
    print(f"  idle pass (nothing due): {idle[0] * 1000:.1f} ms, and again {idle[1] * 1000:.1f} ms")
    print(f"  RSS before the first pass {rss0:.0f} MB, peak {peak:.0f} MB")
    print(f"  load average at the end (1, 5, 15 min): {', '.join(f'{x:.2f}' for x in os.getloadavg())} "
          f"on {os.cpu_count()} CPUs")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("open", nargs="?", type=int, default=20000, help="open deadlines (default 20000)")
    ap.add_argument("due", nargs="?", type=int, default=100, help="of which due now (default 100)")
    ap.add_argument("--db", choices=("sqlite", "postgresql"), default="sqlite")
    ap.add_argument("--rounds", type=int, default=3, help="passes to time (the first in a fresh process)")
    ap.add_argument("--profile", action="store_true", help="cProfile the last pass")
    ap.add_argument("--populate", nargs=4, metavar=("DIR", "URL", "OPEN", "DUE"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.populate:
        d, url, o, n = args.populate
        populate(Path(d), url or None, int(o), int(n))
        return
    if not 0 < args.due <= args.open:
        ap.error("DUE must be at least 1 and at most OPEN")
    with tempfile.TemporaryDirectory() as tmp:
        if args.db == "postgresql":
            from tests.support.postgres import temporary_database

            ctx = temporary_database("stepbot_bench_sweep")
        else:
            ctx = contextlib.nullcontext(None)
        with ctx as url:
            run(Path(tmp), url, args)


if __name__ == "__main__":
    main()
