"""Parser speed on a labelled corpus: messages per second and peak memory (tracemalloc).

Usage: .venv/bin/python bench/bench_parser.py [CORPUS_DIR] [--rounds N] [--write]
With --write, the numbers replace the "## Parser" section of docs/benchmarks.md (only that section).
"""
from __future__ import annotations

import argparse
import json
import platform
import re
import sys
import time
import tracemalloc
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.parser import parse_message  # noqa: E402
from bot.policy import load_all_packs  # noqa: E402

DEFAULT = ROOT / "tests" / "data" / "corpus" / "dev"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT))
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--write", action="store_true")
    a = ap.parse_args()
    corpus = Path(a.corpus)
    labels = json.loads((corpus / "labels.json").read_text())
    packs = load_all_packs()
    items = [((corpus / it["file"]).read_bytes(), it) for it in labels]
    total_bytes = sum(len(r) for r, _ in items)

    def one_round():
        for raw, it in items:
            parse_message(raw, pack=packs.get(it["authority"]), authority=it["authority"],
                          mailbox=it["mailbox"], now=datetime.fromisoformat(it["now"]))

    one_round()  # warm-up: imports and regex compilation
    t0 = time.perf_counter()
    for _ in range(a.rounds):
        one_round()
    elapsed = time.perf_counter() - t0
    n = len(items) * a.rounds
    tracemalloc.start()
    one_round()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    rate = n / elapsed
    summary = (f"{len(items)} messages ({total_bytes / 2**20:.1f} MB, with .docx/.pdf attachments) x {a.rounds} rounds: "
               f"{rate:.1f} messages/s ({1000 * elapsed / n:.0f} ms per message), peak traced memory "
               f"{peak / 2**20:.1f} MB")
    print(summary)
    if a.write:
        section = (f"## Parser (`bench/bench_parser.py`)\n\n`.venv/bin/python bench/bench_parser.py --write` on "
                   f"{platform.machine()} / Python {platform.python_version()}, {date.today().isoformat()}, "
                   f"in-process `parse_message` over the dev corpus:\n\n- {summary}\n\n"
                   "Messages over 50 MB or with more than 1,000 MIME parts are refused before the MIME tree is "
                   "built (`tests/test_parser_property.py` checks the peak stays under 5 MB).\n")
        doc = ROOT / "docs" / "benchmarks.md"
        text = doc.read_text() if doc.exists() else "# Benchmarks\n"
        pattern = re.compile(r"## Parser \(`bench/bench_parser\.py`\).*?(?=\n## |\Z)", re.S)
        text = pattern.sub(section.rstrip("\n") + "\n", text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section
        doc.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
