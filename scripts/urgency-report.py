#!/usr/bin/env python3
"""Urgent recall and false alarms of `stepbot parse` on labelled sets, in-process (fast).

Usage: .venv/bin/python scripts/urgency-report.py tests/data/holdout5 [more sets…] [--show]
Prints, per set: urgent recall (caught/urgent), false alarms, precision, fields %, fully right."""
import io
import json
import sys
import types
from contextlib import redirect_stdout
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bot.parser import command  # noqa: E402
from tests.support import score_corpus as sc  # noqa: E402


def run(folder: Path, item) -> dict:
    args = types.SimpleNamespace(file=str(folder / item["file"]), authority=item["authority"],
                                 mailbox=item["mailbox"], now=item["now"], config=None)
    buf = io.StringIO()
    with redirect_stdout(buf):
        command.main(args)
    return json.loads(buf.getvalue())


def main(argv):
    show = "--show" in argv
    for name in [a for a in argv if not a.startswith("--")]:
        folder = Path(name)
        labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
        urgent = caught = alarms = right = total = full = 0
        notes = []
        for item in labels:
            out = run(folder, item)
            got, exp = sc.actual_fields(out), sc.expected_fields(item["expect"])
            ok = 0
            for f in sc.FIELDS:
                total += 1
                if got[f] == exp.get(f):
                    right += 1
                    ok += 1
            full += ok == len(sc.FIELDS)
            if exp["urgent"]:
                urgent += 1
                caught += bool(got["urgent"])
                if not got["urgent"]:
                    notes.append(f"  MISSED {item['file']}: {item.get('why', '')[:160]}")
            elif got["urgent"]:
                alarms += 1
                notes.append(f"  FALSE ALARM {item['file']}: {(out.get('evidence') or {}).get('urgent', '')[:200]!r}")
        prec = 100 * caught / (caught + alarms) if caught + alarms else 100.0
        print(f"{name}: urgent {caught}/{urgent}, false alarms {alarms} (precision {prec:.0f}%), "
              f"fields {100 * right / total:.1f}%, fully right {full}/{len(labels)}")
        if show:
            print("\n".join(notes))


if __name__ == "__main__":
    main(sys.argv[1:])
