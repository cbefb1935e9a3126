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
        # what has been read of the file so far: a backlog's thousands of sends each ask, and
        # re-reading the whole file each time would cost more the more was sent
        self._ids: set[bytes] = set()
        self._file: tuple[int, int] | None = None   # (device, inode) read
        self._offset = 0

    def record(self, message_id: str) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        line = f"{int(time.time())} {message_id}\n".encode("ascii", "replace")
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, line)
        finally:
            os.close(fd)

    def contains(self, message_id: str) -> bool:
        self._catch_up()
        return message_id.encode("ascii", "replace") in self._ids

    def _catch_up(self) -> None:
        """Read what was appended since the last look (by any process); start again when the file
        was pruned, replaced or removed."""
        try:
            with open(self.path, "rb") as f:
                st = os.fstat(f.fileno())
                if self._file != (st.st_dev, st.st_ino) or st.st_size < self._offset:
                    self._ids, self._file, self._offset = set(), (st.st_dev, st.st_ino), 0
                f.seek(self._offset)
                data = f.read()
        except FileNotFoundError:
            self._ids, self._file, self._offset = set(), None, 0
            return
        end = data.rfind(b"\n") + 1          # a line being written is read next time, whole
        for line in data[:end].splitlines():
            stamp, _, mid = line.partition(b" ")
            if mid:
                self._ids.add(mid)
        self._offset += end

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
