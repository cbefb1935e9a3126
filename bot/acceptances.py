"""A local note of the messages an SMTP server has just accepted, written the moment it says 250.

The outbox commits a row ``sent`` as soon as the server accepts it (``bot.outbox``), but that
commit is a database write: a process killed between the server's 250 and the commit would leave
a row that looks unsent, and SMTP has no way to ask "did you take it?". So before the commit the
Message-ID is appended to a small file beside the database (one ``write`` of one line: it survives
the process being killed, as the kernel holds it), and before resending a row that was left
mid-send the outbox looks here as well as in the transport's sent copies.

The file only has to remember a message until its commit lands, which is at most a lease later;
lines older than ``KEEP`` are dropped when it grows past ``MAX_BYTES``. Each instance keeps its own
file: a row left mid-send is normally picked up again by the instance that restarts on that host.
"""
from __future__ import annotations

import os
import time
from pathlib import Path

KEEP_SECONDS = 7 * 24 * 3600
MAX_BYTES = 1 << 20


class AcceptanceLog:
    def __init__(self, path: Path):
        self.path = path

    def record(self, message_id: str) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        line = f"{int(time.time())} {message_id}\n".encode("ascii", "replace")
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, line)
        finally:
            os.close(fd)

    def contains(self, message_id: str) -> bool:
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return False
        needle = f" {message_id}\n".encode("ascii", "replace")
        return needle in data

    def prune(self) -> None:
        """Drop lines older than ``KEEP_SECONDS`` once the file is larger than ``MAX_BYTES``."""
        try:
            if self.path.stat().st_size <= MAX_BYTES:
                return
            cutoff = time.time() - KEEP_SECONDS
            kept = [ln for ln in self.path.read_bytes().splitlines(keepends=True)
                    if ln.split(b" ", 1)[0].isdigit() and int(ln.split(b" ", 1)[0]) >= cutoff]
            tmp = self.path.with_suffix(".tmp")
            tmp.write_bytes(b"".join(kept))
            os.replace(tmp, self.path)
        except FileNotFoundError:
            return
