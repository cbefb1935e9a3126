"""The stored `stepbot parse` output of every labelled message (tests/data/parse_snapshots/)."""
from __future__ import annotations

import fcntl
import functools
import hashlib
import io
import json
import os
import tempfile
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


def parse_once(folder: str, file: str, authority: str, mailbox: str, now: str) -> tuple[int, str]:
    """(exit code, printed text) of `stepbot parse` for one message, once per test run: the
    snapshot test and the corpus scores read the same few hundred messages."""
    return _set_parsed(folder).get(_key(file, authority, mailbox, now)) or _parse(folder, file, authority, mailbox, now)


def _key(file: str, authority: str, mailbox: str, now: str) -> str:
    return f"{file}|{authority}|{mailbox}|{now}"


def _parse(folder: str, file: str, authority: str, mailbox: str, now: str) -> tuple[int, str]:
    args = types.SimpleNamespace(file=str(Path(folder) / file), authority=authority, mailbox=mailbox, now=now,
                                 config=None)
    buf = io.StringIO()
    with redirect_stdout(buf):
        rc = command.main(args)
    return rc, buf.getvalue()


# The workers of one pytest-xdist run share a folder: the first to need a set parses it and writes
# what it printed there; a worker that needs it meanwhile waits for that and reads it.
RUN_CACHE = Path(tempfile.gettempdir()) / f"stepbot-parse-{os.environ.get('PYTEST_XDIST_TESTRUNUID', '')}"


@functools.lru_cache(maxsize=None)
def _set_parsed(folder: str) -> dict[str, tuple[int, str]]:
    """{key: (exit code, printed text)} for every labelled message of ``folder``."""
    def parse_all():
        items = json.loads((Path(folder) / "labels.json").read_text(encoding="utf-8"))
        with config_read_once():
            return {_key(i["file"], i["authority"], i["mailbox"], i["now"]):
                    _parse(folder, i["file"], i["authority"], i["mailbox"], i["now"]) for i in items}
    if not os.environ.get("PYTEST_XDIST_TESTRUNUID"):
        return parse_all()
    RUN_CACHE.mkdir(exist_ok=True)
    name = hashlib.sha1(folder.encode()).hexdigest()[:16]
    with open(RUN_CACHE / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        done = RUN_CACHE / f"{name}.json"
        if done.exists():
            return {k: tuple(v) for k, v in json.loads(done.read_text(encoding="utf-8")).items()}
        parsed = parse_all()
        done.write_text(json.dumps(parsed), encoding="utf-8")
        return parsed


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
    parsed = {item["file"]: parse_json(folder, item) for item in labels}
    return json.dumps(parsed, indent=1, ensure_ascii=False, sort_keys=True) + "\n"
