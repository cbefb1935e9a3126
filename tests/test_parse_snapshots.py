"""`stepbot parse` output is byte-identical to the stored snapshots for every labelled message
(the dev corpus and every held-out set). A refactoring must keep it so; a deliberate change in
what the parser reads rewrites them with `scripts/parse-snapshots.py --write` after scoring."""
from __future__ import annotations

import json

import pytest

from tests.support.snapshots import SNAPSHOTS, labelled_sets, outputs

SETS = labelled_sets()


def test_every_labelled_set_has_a_snapshot():
    assert {f"{name}.json" for name, _ in SETS} == {p.name for p in SNAPSHOTS.glob("*.json")}


@pytest.mark.parametrize("name,folder", SETS, ids=[n for n, _ in SETS])
def test_parse_output_is_byte_identical_to_the_snapshot(name, folder):
    stored = json.loads((SNAPSHOTS / f"{name}.json").read_text(encoding="utf-8"))
    now = json.loads(outputs(folder))
    changed = sorted(f for f in stored.keys() | now.keys() if stored.get(f) != now.get(f))
    assert not changed, f"{name}: stepbot parse output changed for {changed[:10]}"
