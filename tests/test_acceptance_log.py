"""The local note of accepted messages (bot/acceptances.py): read incrementally, never stale."""
from __future__ import annotations

import os
import time

from bot import acceptances
from bot.acceptances import AcceptanceLog


def test_sees_its_own_and_another_processes_lines(tmp_path):
    path = tmp_path / "accepted.log"
    mine, other = AcceptanceLog(path), AcceptanceLog(path)
    assert not mine.contains("<a@x>")
    mine.record("<a@x>")
    assert mine.contains("<a@x>")
    other.record("<b@x>")                 # another process on this host, same file
    assert mine.contains("<b@x>") and not mine.contains("<c@x>")


def test_a_line_half_written_is_read_once_it_is_whole(tmp_path):
    path = tmp_path / "accepted.log"
    log = AcceptanceLog(path)
    path.write_bytes(b"1 <a@x>\n2 <b@")
    assert log.contains("<a@x>") and not log.contains("<b@x>")
    with open(path, "ab") as f:
        f.write(b"x>\n")
    assert log.contains("<b@x>")


def test_a_pruned_or_removed_file_is_read_again(tmp_path, monkeypatch):
    path = tmp_path / "accepted.log"
    log = AcceptanceLog(path)
    old = int(time.time()) - acceptances.KEEP_SECONDS - 10
    path.write_bytes(f"{old} <old@x>\n".encode() + b"".join(b"%d <n%d@x>\n" % (time.time(), i) for i in range(3)))
    assert log.contains("<old@x>")
    monkeypatch.setattr(acceptances, "MAX_BYTES", 10)
    log.prune()                           # replaces the file without the old line
    assert not log.contains("<old@x>") and log.contains("<n2@x>")
    os.remove(path)
    assert not log.contains("<n2@x>")
    log.record("<new@x>")
    assert log.contains("<new@x>")
