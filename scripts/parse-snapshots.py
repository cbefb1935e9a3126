#!/usr/bin/env python3
"""Write or check the stored `stepbot parse` output of every labelled message.

    .venv/bin/python scripts/parse-snapshots.py --write   # after a deliberate parser change
    .venv/bin/python scripts/parse-snapshots.py           # list the messages whose output changed

A refactoring of the parser must leave every snapshot byte-identical
(tests/test_parse_snapshots.py); a change in what the parser reads rewrites them on purpose,
after scoring the corpora (README, "Running tests and scoring the parser")."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.support.snapshots import SNAPSHOTS, labelled_sets, outputs  # noqa: E402


def main(argv) -> int:
    changed = 0
    for name, folder in labelled_sets():
        path = SNAPSHOTS / f"{name}.json"
        now = outputs(folder)
        if "--write" in argv:
            path.write_text(now, encoding="utf-8")
            continue
        if not path.exists() or path.read_text(encoding="utf-8") != now:
            changed += 1
            print(f"{name}: output differs from {path.relative_to(SNAPSHOTS.parents[2])}")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
