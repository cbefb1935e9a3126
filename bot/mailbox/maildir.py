"""Maildir backend (standard library ``mailbox``): the embedded default for the demo and tests.

The inbox is ``<path>`` (new/ and cur/); processed mail is moved to the ``.Processed`` or
``.Needs review`` sub-folder, as IMAP servers such as Dovecot lay out Maildir++ folders. With
``inbox_handling: mark_read`` it stays in the inbox instead: its file goes to cur/ with the "seen"
flag (``:2,S``, the Maildir spec's info), and a file in cur/ flagged seen is not read again. (Maildir
has no categories; a mail program that marks a message read before stepbot takes it in hides it
from stepbot, so ``mark_read`` on Maildir is for a mailbox only stepbot reads, as in the demo.)

Messages are handled as files, never parsed here: a move is a rename of the file (atomic, and the
bytes are untouched), so a message the ``email`` package cannot build (nested 3,000 deep: a
RecursionError) can never block the inbox.
"""
from __future__ import annotations

import mailbox
import os
import re
from pathlib import Path
from typing import Iterator

from bot.mailbox.base import Incoming, MailboxError


_UNIQUE = re.compile(r"^(\d+)\.(?:.*?M(\d+))?(?:.*?Q(\d+))?")


def arrival_order(key: str) -> tuple:
    """Sort key for a Maildir unique name ``<seconds>.M<usec>P<pid>Q<n>.<host>`` (and the
    ``<seconds>.<anything>`` forms other delivery agents write): oldest first, numerically.
    Plain string order would put ``M10001`` before ``M8835`` delivered earlier that second."""
    m = _UNIQUE.match(key)
    if not m:
        return (float("inf"), 0, 0, key)
    return (int(m[1]), int(m[2] or 0), int(m[3] or 0), key)


class MaildirMailbox:
    def __init__(self, path: Path, processed_folder: str = "Processed", review_folder: str = "Needs review",
                 inbox_handling: str = "move"):
        self.path = Path(path)
        self.inbox_handling = inbox_handling
        for sub in ("tmp", "new", "cur"):  # mailbox.Maildir makes these only for a path that does not exist
            (self.path / sub).mkdir(parents=True, exist_ok=True)
        self.md = mailbox.Maildir(str(self.path), create=True)
        self.processed_folder = processed_folder
        self.review_folder = review_folder

    def deliver(self, raw: bytes) -> str:
        """Put a message in the inbox (used by the demo and by tests, as an MTA would)."""
        return self.md.add(raw)  # bytes are written as they are, not parsed

    def fetch_new(self) -> Iterator[Incoming]:
        if self.inbox_handling == "mark_read":
            yield from self._fetch_unseen()
            return
        for key in sorted(self.md.keys(), key=arrival_order):
            try:
                with self.md.get_file(key) as f:
                    raw = f.read()
            except (KeyError, FileNotFoundError):
                continue  # moved away by another process meanwhile
            yield Incoming(backend_id=key, raw=raw)

    def _fetch_unseen(self) -> Iterator[Incoming]:
        """``mark_read``: every file in new/, and those in cur/ without the seen flag, oldest first.
        Only names are listed; a file already taken in is never opened again."""
        waiting: dict[str, Path] = {}
        for sub in ("new", "cur"):
            try:
                with os.scandir(self.path / sub) as it:
                    for e in it:
                        if e.name.startswith(".") or not e.is_file():
                            continue
                        key, _, info = e.name.partition(":")
                        if sub == "cur" and "S" in _flags(info):
                            continue
                        waiting.setdefault(key, Path(e.path))
            except FileNotFoundError:
                continue
        for key in sorted(waiting, key=arrival_order):
            try:
                raw = waiting[key].read_bytes()
            except FileNotFoundError:
                continue  # moved or flagged by another process meanwhile
            yield Incoming(backend_id=key, raw=raw)

    def _folder(self, name: str) -> mailbox.Maildir:
        try:
            return self.md.get_folder(name)
        except mailbox.NoSuchMailboxError:
            return self.md.add_folder(name)

    def mark_processed(self, backend_id: str, *, review: bool = False) -> None:
        """Move the message's file to the folder's cur/, marked seen (``:2,S``); with ``mark_read``,
        to the inbox's own cur/, marked seen. Idempotent."""
        src = self._file_of(backend_id)
        if src is None:
            return  # already moved
        if self.inbox_handling == "mark_read":
            self._mark_seen(backend_id, src)
            return
        name = self.review_folder if review else self.processed_folder
        self._folder(name)  # made on first use, with its maildirfolder marker
        info = src.name[len(backend_id):]  # "" (new/) or ":2,<flags>" (cur/)
        flags = set(info[3:]) if info.startswith(":2,") else set()
        dest = self.path / f".{name}" / "cur" / f"{backend_id}:2,{''.join(sorted(flags | {'S'}))}"
        try:
            os.rename(src, dest)
        except FileNotFoundError:
            return  # moved by another process meanwhile

    def _mark_seen(self, key: str, src: Path) -> None:
        flags = _flags(src.name[len(key):].lstrip(":"))
        dest = self.path / "cur" / f"{key}:2,{''.join(sorted(flags | {'S'}))}"
        if src == dest:
            return  # marked already
        try:
            os.rename(src, dest)
        except FileNotFoundError:
            return  # moved by another process meanwhile

    def _file_of(self, key: str) -> Path | None:
        """The inbox file of a message key: new/<key>, else cur/<key>:2,<flags> (the Maildir spec)."""
        if not key or "/" in key or key.startswith("."):
            return None
        p = self.path / "new" / key
        if p.exists():
            return p
        try:
            with os.scandir(self.path / "cur") as it:
                for e in it:
                    if e.name == key or e.name.startswith(key + ":"):
                        return Path(e.path)
        except FileNotFoundError:
            pass
        return None

    def send(self, raw: bytes, recipients: list[str]) -> None:
        raise MailboxError("a Maildir mailbox cannot send; configure outgoing mail")

    def close(self) -> None:
        pass


def _flags(info: str) -> set[str]:
    """The flags of a Maildir info part ("2,FRS" -> {"F", "R", "S"}); none for another version."""
    return set(info[2:]) if info.startswith("2,") else set()


class MaildirOutbox:
    """Delivers outgoing mail into a Maildir: what the demo and tests read instead of an MTA."""

    def __init__(self, path: Path):
        self.path = Path(path)
        for sub in ("tmp", "new", "cur"):
            (self.path / sub).mkdir(parents=True, exist_ok=True)
        self.md = mailbox.Maildir(str(self.path), create=True)

    def send(self, raw: bytes, recipients: list[str]) -> None:
        header = ("X-Stepbot-Envelope-To: " + ", ".join(recipients) + "\r\n").encode()
        self.md.add(mailbox.MaildirMessage(header + raw))

    def already_sent(self, message_id: str) -> bool:
        return any(m["Message-ID"] == message_id for m in self.messages())

    def messages(self):
        """Delivered messages in delivery order."""
        return [self.md.get_message(k) for k in sorted(self.md.keys(), key=arrival_order)]

