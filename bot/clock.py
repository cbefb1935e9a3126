"""Time is an input (STYLE.md 9): everything that needs "now" takes a clock."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone


class Clock:
    def now(self) -> datetime:
        return datetime.now(timezone.utc)


class FixedClock(Clock):
    """A clock for tests and for `stepbot simulate`: time moves only when told."""

    def __init__(self, at: datetime):
        if at.tzinfo is None:
            raise ValueError("FixedClock needs a timezone-aware datetime")
        self.at = at

    def now(self) -> datetime:
        return self.at

    def advance(self, **kw) -> datetime:
        self.at = self.at + timedelta(**kw)
        return self.at
