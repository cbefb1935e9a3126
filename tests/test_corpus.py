"""The whole labelled dev corpus through `stepbot parse` (in-process, same code path as the
command), scored exactly as ../shared/tools/score_corpus.py scores it."""
from __future__ import annotations

import importlib.util
import io
import json
import types
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from bot.parser import command

CORPUS = Path(__file__).parents[2] / "shared" / "corpus" / "dev"
SCORER = Path(__file__).parents[2] / "shared" / "tools" / "score_corpus.py"


def _scorer():
    spec = importlib.util.spec_from_file_location("score_corpus", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _run(item) -> dict:
    args = types.SimpleNamespace(file=str(CORPUS / item["file"]), authority=item["authority"],
                                 mailbox=item["mailbox"], now=item["now"], config=None)
    buf = io.StringIO()
    with redirect_stdout(buf):
        rc = command.main(args)
    assert rc == 0
    lines = [x for x in buf.getvalue().splitlines() if x.strip()]
    assert len(lines) == 1, "stepbot parse must print exactly one JSON object"
    return json.loads(lines[0])


def test_dev_corpus_meets_targets():
    if not (CORPUS / "labels.json").exists() or not SCORER.exists():
        pytest.skip(f"labelled corpus not found at {CORPUS}")
    sc = _scorer()
    labels = json.loads((CORPUS / "labels.json").read_text())
    right, total, misses, urgent_missed = 0, 0, [], []
    for item in labels:
        got = sc.actual_fields(_run(item))
        exp = sc.expected_fields(item["expect"])
        for f in sc.FIELDS:
            total += 1
            if got[f] == exp.get(f):
                right += 1
            else:
                misses.append(f"{item['file']} {f}: expected {exp.get(f)!r} got {got[f]!r}")
        if exp.get("urgent") and not got["urgent"]:
            urgent_missed.append(item["file"])
    pct = 100 * right / total
    assert not urgent_missed, f"urgent recall below 100%: {urgent_missed}"
    assert pct >= 97, f"fields {pct:.1f}% < 97%:\n" + "\n".join(misses)
