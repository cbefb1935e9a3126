"""The held-out labelled corpus (tests/data/holdout, written without reading bot/parser/) through
`stepbot parse` in-process, scored exactly as ../shared/tools/score_corpus.py scores it.

This measures generalisation, so it is a regression guard, not a target: urgent recall must be
100% (a missed immediate risk is a safety failure), nothing may crash, and fields must stay >= 90%.
Regenerate the messages with `.venv/bin/python tests/data/holdout/make_holdout.py`.
"""
from __future__ import annotations

import importlib.util
import io
import json
import types
from contextlib import redirect_stdout
from functools import lru_cache
from pathlib import Path

import pytest

from bot.parser import command

CORPUS = Path(__file__).parent / "data" / "holdout"
SCORER = Path(__file__).parents[2] / "shared" / "tools" / "score_corpus.py"


def _scorer():
    if not SCORER.exists():
        pytest.skip(f"official scorer not found at {SCORER}")
    spec = importlib.util.spec_from_file_location("score_corpus", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _run(item) -> dict | str:
    """The parser's JSON for one labelled file, or a string describing the crash."""
    args = types.SimpleNamespace(file=str(CORPUS / item["file"]), authority=item["authority"],
                                 mailbox=item["mailbox"], now=item["now"], config=None)
    buf = io.StringIO()
    try:
        with redirect_stdout(buf):
            rc = command.main(args)
    except Exception as exc:  # a crash is a measured outcome, not a test error
        return f"raised {type(exc).__name__}: {exc}"
    if rc != 0:
        return f"exit {rc}"
    lines = [x for x in buf.getvalue().splitlines() if x.strip()]
    if len(lines) != 1:
        return f"printed {len(lines)} lines, expected one JSON object"
    try:
        return json.loads(lines[0])
    except ValueError:
        return "not JSON: " + lines[0][:200]


@lru_cache(maxsize=1)
def _results():
    sc = _scorer()
    labels = json.loads((CORPUS / "labels.json").read_text())
    out = []
    for item in labels:
        got = _run(item)
        exp = sc.expected_fields(item["expect"])
        out.append((item, exp, got if isinstance(got, str) else sc.actual_fields(got)))
    return sc, out


def test_holdout_labels_cover_every_file():
    labels = json.loads((CORPUS / "labels.json").read_text())
    files = sorted(p.name for p in CORPUS.glob("*.eml"))
    assert sorted(x["file"] for x in labels) == files
    assert len(files) >= 40


def test_holdout_no_crashes_and_every_urgent_message_alerts():
    _, results = _results()
    crashes = [f"{item['file']}: {got}" for item, _, got in results if isinstance(got, str)]
    assert not crashes, "parser crashed:\n" + "\n".join(crashes)
    missed = [item["file"] for item, exp, got in results if exp["urgent"] and not got["urgent"]]
    assert not missed, f"urgent recall below 100% on held-out mail: {missed}"


def test_holdout_fields_at_least_90_percent():
    sc, results = _results()
    right, total, misses = 0, 0, []
    for item, exp, got in results:
        for f in sc.FIELDS:
            total += 1
            if not isinstance(got, str) and got[f] == exp.get(f):
                right += 1
            else:
                shown = got if isinstance(got, str) else got[f]
                misses.append(f"{item['file']} {f}: expected {exp.get(f)!r} got {shown!r}")
    pct = 100 * right / total
    assert pct >= 90, f"fields {pct:.1f}% < 90%:\n" + "\n".join(misses)
