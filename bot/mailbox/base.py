"""The mailbox interface every backend implements (Maildir, IMAP+SMTP, EWS, Graph).

A backend lists new messages, hands over their bytes, moves a message only after its request is
committed, and sends outgoing MIME. Deciding what a message means is not its business.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Protocol


@dataclass(frozen=True)
class Incoming:
    backend_id: str          # UID, Maildir key, EWS item id or Graph message id
    raw: bytes               # the whole RFC 5322 message


class MailboxError(Exception):
    """The mailbox server failed or could not be reached: retry later (a system error)."""


class MailboxBackend(Protocol):
    def fetch_new(self) -> Iterator[Incoming]:
        """Messages waiting in the inbox that have not yet been moved away (with ``inbox_handling:
        mark_read``: that do not yet carry the mark ``mark_processed`` leaves)."""

    def mark_processed(self, backend_id: str, *, review: bool = False) -> None:
        """Move a message out of the inbox to Processed (or Needs review); with ``inbox_handling:
        mark_read``, mark it read and give it the category instead, leaving it in the inbox, so
        that ``fetch_new`` does not hand it over again. Idempotent."""

    def send(self, raw: bytes, recipients: list[str]) -> None:
        """Send one ready-made MIME message. Raises MailboxError on failure."""

    def close(self) -> None: ...

    # Optional: ``wait(stop: threading.Event, timeout: float | None = None) -> bool`` blocks until
    # new mail may be waiting (push or the backend's own poll interval). It must return at once
    # when mail arrived since the last ``fetch_new`` (e.g. during the pass just finished), so the
    # watcher never goes back to sleep on a waiting message. Without it the daemon polls.
