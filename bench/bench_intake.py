"""Intake end to end: store, parse, handle, book and queue mail for N messages, then deliver.

Usage: .venv/bin/python bench/bench_intake.py [N] [--write]
Feeds the demo's sample messages (each with a fresh Message-ID) through ``bot.intake.ingest`` on a
temporary SQLite database, then sends the outbox to a Maildir. With --write the numbers replace
the "## Intake" section of docs/benchmarks.md.
"""
from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
import time
import tracemalloc
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot import intake, outbox  # noqa: E402
from bot.app import App  # noqa: E402
from bot.clock import FixedClock  # noqa: E402
from bot.config import load_settings  # noqa: E402
from bot.demo import SAMPLES, render_sample  # noqa: E402
from bot.workcal import LONDON  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("n", nargs="?", type=int, default=200)
    ap.add_argument("--write", action="store_true")
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp())
    try:
        shutil.copytree(ROOT / "config", tmp / "config")
        app = App(load_settings(tmp / "config"), clock=FixedClock(datetime(2026, 11, 23, 9, 0, tzinfo=LONDON)))
        samples = []
        for path in sorted(SAMPLES.glob("*.eml")):
            raw = render_sample(path, app)
            to = re.search(rb"^To: .*<([^>]+)>", raw, re.M)[1].decode()
            samples.append((raw, app.settings.find_mailbox(to)))
        tracemalloc.start()
        t0 = time.perf_counter()
        for i in range(a.n):
            raw, (authority, role) = samples[i % len(samples)]
            raw = re.sub(rb"Message-ID: <([^@]+)@", lambda m: b"Message-ID: <%s-%d@" % (m[1], i), raw)
            intake.ingest(app, authority, role, raw)
        ingest_s = time.perf_counter() - t0
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        t0 = time.perf_counter()
        sent = 0
        while (batch := outbox.deliver_due(app, limit=500)):
            sent += batch
        deliver_s = time.perf_counter() - t0
        app.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    summary = (f"{a.n} messages (the {len(samples)} demo samples in turn: complete, incomplete, urgent, "
               f"auto-reply): ingest {a.n / ingest_s:.1f} messages/s ({1000 * ingest_s / a.n:.0f} ms each, "
               f"parse + handlers + booking + outbox rows, one transaction each), peak traced memory "
               f"{peak / 2**20:.1f} MB; then {sent} outgoing messages delivered to a Maildir at "
               f"{sent / deliver_s:.0f} messages/s")
    print(summary)
    if a.write:
        doc = ROOT / "docs" / "benchmarks.md"
        text = doc.read_text() if doc.exists() else "# Benchmarks\n"
        section = (f"## Intake (`bench/bench_intake.py`)\n\n`.venv/bin/python bench/bench_intake.py {a.n} --write` "
                   f"on the 2-core dev machine, SQLite (WAL), {date.today().isoformat()}:\n\n- {summary}\n")
        if "## Intake" in text:
            text = re.sub(r"## Intake.*?(?=\n## |\Z)", section.rstrip("\n") + "\n", text, flags=re.S)
        else:
            text = text.rstrip("\n") + "\n\n" + section
        doc.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
