"""The stored `stepbot parse` output of every labelled message (tests/data/parse_snapshots/)."""
from __future__ import annotations

import io
import json
import types
from contextlib import redirect_stdout
from pathlib import Path

from bot.parser import command

DATA = Path(__file__).resolve().parents[1] / "data"
SNAPSHOTS = DATA / "parse_snapshots"


def labelled_sets() -> list[tuple[str, Path]]:
    """(snapshot name, folder) of every labelled corpus: the dev corpus and each held-out set."""
    folders = [DATA / "corpus" / "dev", *sorted(p.parent for p in DATA.glob("*/labels.json"))]
    return [(f.name if f.parent == DATA else f"{f.parent.name}-{f.name}", f) for f in folders]


def parse_json(folder: Path, item: dict) -> str:
    """Exactly what `stepbot parse` prints for one labelled message."""
    args = types.SimpleNamespace(file=str(folder / item["file"]), authority=item["authority"],
                                 mailbox=item["mailbox"], now=item["now"], config=None)
    buf = io.StringIO()
    with redirect_stdout(buf):
        command.main(args)
    return buf.getvalue()


def outputs(folder: Path) -> str:
    """One JSON document: file name -> the exact text `stepbot parse` printed for it."""
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    return json.dumps({item["file"]: parse_json(folder, item) for item in labels}, indent=1,
                      ensure_ascii=False, sort_keys=True) + "\n"
