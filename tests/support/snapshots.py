"""The stored `stepbot parse` output of every labelled message (tests/data/parse_snapshots/)."""
from __future__ import annotations

import functools
import io
import json
import types
from contextlib import contextmanager, redirect_stdout
from pathlib import Path

from bot.parser import command
from tests.support import DATA

SNAPSHOTS = DATA / "parse_snapshots"


def labelled_sets() -> list[tuple[str, Path]]:
    """(snapshot name, folder) of every labelled corpus: the dev corpus and each held-out set."""
    folders = [DATA / "corpus" / "dev", *sorted(p.parent for p in DATA.glob("*/labels.json"))]
    return [(f.name if f.parent == DATA else f"{f.parent.name}-{f.name}", f) for f in folders]


def parse_json(folder: Path, item: dict) -> str:
    """Exactly what `stepbot parse` prints for one labelled message."""
    return parse_once(str(folder), item["file"], item["authority"], item["mailbox"], item["now"])[1]


@functools.lru_cache(maxsize=None)
def parse_once(folder: str, file: str, authority: str, mailbox: str, now: str) -> tuple[int, str]:
    """(exit code, printed text) of `stepbot parse` for one message, once per test run: the
    snapshot test and the corpus scores read the same few hundred messages."""
    args = types.SimpleNamespace(file=str(Path(folder) / file), authority=authority, mailbox=mailbox, now=now,
                                 config=None)
    buf = io.StringIO()
    with redirect_stdout(buf):
        rc = command.main(args)
    return rc, buf.getvalue()


@contextmanager
def config_read_once():
    """`stepbot parse` reads the deployment and the authority's pack for each message; over a few
    hundred messages that is most of the time. Read each once while the block runs (what a
    message sees is the same: nothing changes the configuration meanwhile)."""
    real_pack, real_settings = command._load_pack, command._load_settings
    packs: dict = {}
    settings: list = []

    def pack_once(args, authority, errors):
        if authority not in packs:
            found = real_pack(args, authority, errors)
            if found is None:
                return None          # not cached: the errors are the message's to report
            packs[authority] = found
        return packs[authority]

    def settings_once(args):
        if not settings:
            settings.append(real_settings(args))
        return settings[0]

    command._load_pack, command._load_settings = pack_once, settings_once
    try:
        yield
    finally:
        command._load_pack, command._load_settings = real_pack, real_settings


def outputs(folder: Path) -> str:
    """One JSON document: file name -> the exact text `stepbot parse` printed for it."""
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    with config_read_once():
        parsed = {item["file"]: parse_json(folder, item) for item in labels}
    return json.dumps(parsed, indent=1, ensure_ascii=False, sort_keys=True) + "\n"
