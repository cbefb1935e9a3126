"""The daemon's own work on a backlog, in-process and without the parse: what a message costs
intake's handlers and the sender, by function (cProfile) and by statement.

Usage: .venv/bin/python bench/profile_decide.py [N] [--db sqlite|postgresql] [--statements] [--profile FILE] [--top K]
       [--chunk K]

Takes the first N messages of ``bench_backlog.py``'s backlog (the labelled corpora, each with a fresh
Message-ID and sender), parses them all first in the parse workers (not measured), then times
``intake.ingest`` on each with the parse answered from those results, and then the sender
(``outbox.deliver_due``) writing every outgoing message to a Maildir. Prints the CPU time of each part
a message and the statements a message; with --profile, the cProfile statistics of both parts are
written to FILE and the top K entries printed. The daemon's part of ``bench_backlog.py``'s "daemon CPU
a message" less its IMAP and SMTP, on a quiet machine a steadier figure than the end-to-end bench.
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import re
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import event  # noqa: E402

from bench.bench_backlog import corpus, fresh  # noqa: E402
from bot import intake, outbox  # noqa: E402
from bot.app import App  # noqa: E402
from bot.config import load_settings  # noqa: E402
from tests.support import postgres  # noqa: E402

AUTHORITY, ROLE = "knowsley", "mash_step_up"


class _Answered:
    """A parse pool that answers ``parse`` from results read before the timing starts."""

    def __init__(self, pool, results: dict):
        self.pool, self.results = pool, results

    def parse(self, raw, **kwargs):
        return self.results[raw]

    def prefetch(self, raw, **kwargs):
        pass

    def triage(self, raw, **kwargs):
        return self.pool.triage(raw, **kwargs)

    def close(self):
        self.pool.close()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("n", nargs="?", type=int, default=600)
    ap.add_argument("--db", choices=["sqlite", "postgresql"], default="sqlite")
    ap.add_argument("--profile", metavar="FILE")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--chunk", type=int, default=0, metavar="K",
                    help="also print intake's CPU a message over each K messages in turn (does it grow with the tables?)")
    ap.add_argument("--statements", action="store_true", help="print intake's and the sender's statements by kind, most first")
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="stepbot-profile-"))
    pg = None
    try:
        shutil.copytree(ROOT / "config", tmp / "config")
        dep = tmp / "config" / "deployment.yaml"
        if a.db == "postgresql":
            pg = postgres.temporary_database("profile")
            url = pg.__enter__()
            dep.write_text(re.sub(r"(?m)^database_url:.*$", f"database_url: {url}", dep.read_text()))
        app = App(load_settings(tmp / "config"))
        mails = corpus()
        raws = [fresh(mails[i % len(mails)], i) for i in range(a.n)]
        pool = app.parse_pool
        results = {}
        for raw in raws:
            results[raw] = pool.parse(raw, **intake._parse_args(app, AUTHORITY, ROLE, app.clock.now()))
        app.set_parse_pool(_Answered(pool, results))
        statements = [0]
        kinds: Counter = Counter()

        def count(conn, cursor, statement, *args):
            statements[0] += 1
            if a.statements:
                s = " ".join(statement.split())
                kinds[re.sub(r" \(.*", "", s)[:80] if s.startswith("INSERT") else s[:120]] += 1

        event.listen(app.engine, "before_cursor_execute", count)
        prof = cProfile.Profile() if a.profile else None
        c0, t0 = time.process_time(), time.perf_counter()
        if prof:
            prof.enable()
        chunk_c0, chunks = c0, []
        for i, raw in enumerate(raws, 1):
            intake.ingest(app, AUTHORITY, ROLE, raw)
            if a.chunk and i % a.chunk == 0:
                now_c = time.process_time()
                chunks.append(1000 * (now_c - chunk_c0) / a.chunk)
                chunk_c0 = now_c
        if prof:
            prof.disable()
        decide_cpu, decide_wall, decide_st = time.process_time() - c0, time.perf_counter() - t0, statements[0]
        if a.statements:
            for s, k in kinds.most_common():
                print(f"{k / a.n:6.2f} a message  {s}")
        statements[0] = 0
        kinds.clear()
        c0, t0 = time.process_time(), time.perf_counter()
        if prof:
            prof.enable()
        sent = 0
        while (batch := outbox.deliver_due(app, limit=500)):
            sent += batch
        if prof:
            prof.disable()
        send_cpu, send_wall, send_st = time.process_time() - c0, time.perf_counter() - t0, statements[0]
        if a.statements:
            print("the sender:")
            for s, k in kinds.most_common():
                print(f"{k / a.n:6.2f} a message  {s}")
        n = a.n
        print(f"{n} messages, {a.db}: intake {1000 * decide_cpu / n:.1f} ms CPU a message "
              f"({1000 * decide_wall / n:.1f} ms wall, {decide_st / n:.1f} statements); "
              f"sender {sent} sent, {1000 * send_cpu / n:.1f} ms CPU a message ({1000 * send_wall / n:.1f} ms wall, "
              f"{send_st / n:.1f} statements); parse not counted")
        if chunks:
            print(f"intake ms CPU a message, each {a.chunk} in turn: " + ", ".join(f"{c:.1f}" for c in chunks))
        if prof:
            prof.dump_stats(a.profile)
            pstats.Stats(a.profile).sort_stats("cumulative").print_stats(a.top)
            pstats.Stats(a.profile).sort_stats("tottime").print_stats(a.top)
        app.close()
    finally:
        if pg is not None:
            pg.__exit__(None, None, None)
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
