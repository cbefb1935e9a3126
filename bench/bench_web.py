"""How fast the business support queue answers with many requests in the database.

    .venv/bin/python bench/bench_web.py [REQUESTS] [--rounds N]

Seeds REQUESTS requests (5 authorities, each with children and two open deadlines) into a
temporary SQLite database, signs in, then times GET / (the queue: urgent first, then by the next
deadline; up to 500 rows shown), GET / filtered to one authority, and GET of one request page.
Results go in docs/benchmarks.md by hand.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fastapi.testclient import TestClient  # noqa: E402

from bot.app import App  # noqa: E402
from bot.clock import FixedClock  # noqa: E402
from bot.config import load_settings  # noqa: E402
from bot.db import session_scope  # noqa: E402
from bot.models import Child, Deadline, Request  # noqa: E402
from bot.web import create_app  # noqa: E402
from bot.web.users import add_user  # noqa: E402
from bot.workcal import LONDON  # noqa: E402


def seed(app, n: int) -> None:
    now = app.clock.now()
    authorities = app.authorities()
    with session_scope(app.Session) as s:
        for i in range(n):
            a = authorities[i % len(authorities)]
            at = now - timedelta(minutes=i)
            r = Request(authority=a, seq=i + 1, mailbox="mash_step_up", kind="step_up",
                        state=("awaiting_info", "ready", "booked")[i % 3], urgent=i % 97 == 0,
                        case_ids=[f"EHM-{i}"], concerns=["neglect"], missing=["taf_minutes"] if i % 3 == 0 else [],
                        next_action="request_info", evidence={}, rule_hits=[], parsed={}, sender="w@x.gov.uk",
                        received_at=at, created_at=at, updated_at=at)
            r.children.append(Child(name=f"Child {i}", dob=date(2015, 1, 1), position=0))
            s.add(r)
            s.flush()
            for k in range(2):
                s.add(Deadline(request_id=r.id, authority=a, rule_id=f"rule{k}", title=f"Deadline {k}",
                               owner_role="manager", starts_at=at, due_at=at + timedelta(days=k + 1 + i % 10),
                               next_at=at, source_file="knowsley.txt", source_quote="a quote"))


def timed(client, path: str, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        r = client.get(path)
        times.append(time.perf_counter() - t)
        assert r.status_code == 200, (path, r.status_code)
    return statistics.median(times) * 1000


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("requests", nargs="?", type=int, default=5000)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp())
    try:
        shutil.copytree(ROOT / "config", tmp / "config")
        app = App(load_settings(tmp / "config"), clock=FixedClock(datetime(2026, 11, 23, 9, tzinfo=LONDON)))
        t = time.perf_counter()
        seed(app, args.requests)
        print(f"seeded {args.requests} requests in {time.perf_counter() - t:.1f} s")
        add_user(app, "bench", "bench password 123", role="admin", authorities=[])
        c = TestClient(create_app(app))
        page = c.get("/signin").text
        token = page.split('name="csrf" value="', 1)[1].split('"', 1)[0]
        c.post("/signin", data={"username": "bench", "password": "bench password 123", "csrf": token})
        a = app.authorities()[0]
        print(f"GET / (all, 500 shown)      median {timed(c, '/', args.rounds):7.1f} ms")
        print(f"GET /?authority={a:<12} median {timed(c, f'/?authority={a}', args.rounds):7.1f} ms")
        print(f"GET /requests/SB-{a}-1   median {timed(c, f'/requests/SB-{a}-1', args.rounds):7.1f} ms")
        print(f"GET /reports                median {timed(c, '/reports', args.rounds):7.1f} ms")
        app.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
