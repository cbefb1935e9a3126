"""The second held-out labelled corpus (tests/data/holdout2, written without reading bot/parser/)
through `stepbot parse` in-process, scored with the official scorer's own functions
(../shared/tools/score_corpus.py). A regression guard, not a target: urgent recall must be 100%,
nothing may crash, and fields must stay >= 90%."""
from __future__ import annotations

import functools
import importlib.util
import io
import json
import types
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from bot.parser import command

CORPUS = Path(__file__).parent / "data" / "holdout2"
SCORER = Path(__file__).parents[2] / "shared" / "tools" / "score_corpus.py"
FIELDS_MIN_PCT = 90.0


def _scorer():
    if not SCORER.exists():
        pytest.skip(f"official scorer not found at {SCORER}")
    spec = importlib.util.spec_from_file_location("score_corpus", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _labels() -> list[dict]:
    return json.loads((CORPUS / "labels.json").read_text(encoding="utf-8"))


def _run(item) -> dict:
    args = types.SimpleNamespace(file=str(CORPUS / item["file"]), authority=item["authority"],
                                 mailbox=item["mailbox"], now=item["now"], config=None)
    buf = io.StringIO()
    with redirect_stdout(buf):
        rc = command.main(args)
    assert rc == 0, f"{item['file']}: stepbot parse exited {rc}"
    lines = [x for x in buf.getvalue().splitlines() if x.strip()]
    assert len(lines) == 1, f"{item['file']}: stepbot parse must print exactly one JSON object"
    return json.loads(lines[0])


@functools.lru_cache(maxsize=1)
def _results() -> tuple:
    """(item, output or None, crash message or None) for every labelled file, computed once."""
    out = []
    for item in _labels():
        try:
            out.append((item, _run(item), None))
        except Exception as exc:  # a crash is a measured outcome here, asserted below
            out.append((item, None, f"{type(exc).__name__}: {exc}"))
    return tuple(out)


def test_holdout2_corpus_is_complete():
    labels = _labels()
    files = sorted(p.name for p in CORPUS.glob("*.eml"))
    assert sorted(item["file"] for item in labels) == files
    assert len(files) == 30
    assert {item["authority"] for item in labels} == {
        "knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"}
    assert {item["expect"]["kind"] for item in labels} == {
        "step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}


def test_holdout2_no_crashes():
    crashes = [f"{item['file']}: {err}" for item, _, err in _results() if err]
    assert not crashes, "\n".join(crashes)


def test_holdout2_urgent_recall_is_100_percent():
    sc = _scorer()
    missed = []
    for item, out, err in _results():
        if item["expect"]["urgent"] and (err or not sc.actual_fields(out)["urgent"]):
            missed.append(f"{item['file']}: {item['why']}")
    assert not missed, "urgent emails not flagged (safety rule 1):\n" + "\n".join(missed)


def test_holdout2_fields_at_least_90_percent():
    sc = _scorer()
    right, total, misses = 0, 0, []
    for item, out, err in _results():
        exp = sc.expected_fields(item["expect"])
        got = sc.actual_fields(out) if out is not None else {}
        for f in sc.FIELDS:
            total += 1
            if out is not None and got[f] == exp.get(f):
                right += 1
            else:
                misses.append(f"{item['file']} {f}: expected {exp.get(f)!r} got {got.get(f)!r}")
    pct = 100 * right / total
    assert pct >= FIELDS_MIN_PCT, f"fields {pct:.1f}% < {FIELDS_MIN_PCT}%:\n" + "\n".join(misses)
