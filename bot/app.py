"""The container handed to everything: settings, clock, database, calendars, mailboxes."""
from __future__ import annotations

import threading
from functools import lru_cache

from sqlalchemy.engine import Engine

from bot.acceptances import AcceptanceLog
from bot.clock import Clock
from bot.config import Settings
from bot.db import make_engine, session_factory, upgrade
from bot.workcal import WorkingCalendar, calendar_for


class App:
    def __init__(self, settings: Settings, clock: Clock | None = None, engine: Engine | None = None,
                 migrate: bool = True):
        self.settings = settings
        self.clock = clock or Clock()
        self.engine = engine or make_engine(settings.database_url)
        if migrate:
            upgrade(self.engine)
        self.Session = session_factory(self.engine)
        self._mailboxes: dict = {}
        self._transports: dict = {}
        self.calendar = lru_cache(maxsize=None)(self._calendar)
        self._parse_pool = None
        self._parse_pool_lock = threading.Lock()
        self.acceptances = AcceptanceLog(settings.path(settings.deployment.state_dir) / "outbox-accepted.log")

    def _calendar(self, authority: str) -> WorkingCalendar:
        return calendar_for(self.settings, authority)

    def pack(self, authority: str):
        return self.settings.pack(authority)

    def display_name(self, authority: str) -> str:
        """The authority as people call it: its pack's display name, else its id in words."""
        from bot.words import say

        try:
            return self.pack(authority).display_name
        except KeyError:
            return say(authority)

    def authorities(self) -> list[str]:
        return list(self.settings.deployment.authorities)

    def mailbox_config(self, authority: str, role: str):
        return self.settings.deployment.authorities[authority].mailboxes[role]

    def mailbox(self, authority: str, role: str):
        """The backend that reads (and, for IMAP/EWS/Graph, sends for) one duty mailbox."""
        key = (authority, role)
        if key not in self._mailboxes:
            from bot.mailbox.factory import make_backend

            self._mailboxes[key] = make_backend(self, authority, role)
        return self._mailboxes[key]

    def transport(self, authority: str, role: str):
        """What sends mail from a mailbox: the deployment's `outgoing`, or the mailbox's own backend."""
        key = (authority, role)
        if key not in self._transports:
            from bot.mailbox.factory import make_transport

            self._transports[key] = make_transport(self, authority, role)
        return self._transports[key]

    def set_transport(self, authority: str, role: str, transport) -> None:
        """Inject a transport (tests, `stepbot simulate`)."""
        self._transports[(authority, role)] = transport

    @property
    def parse_pool(self):
        """The worker processes that parse mail under a time and memory bound (``bot.parsepool``)."""
        with self._parse_pool_lock:
            if self._parse_pool is None:
                from bot.parsepool import ParsePool, limits_from

                self._parse_pool = ParsePool(limits_from(self.settings.deployment))
            return self._parse_pool

    def set_parse_pool(self, pool) -> None:
        """Inject a pool (tests with a shorter time limit)."""
        with self._parse_pool_lock:
            old, self._parse_pool = self._parse_pool, pool
        if old is not None and old is not pool:
            old.close()

    def close(self) -> None:
        if self._parse_pool is not None:
            self._parse_pool.close()
            self._parse_pool = None
        for mb in self._mailboxes.values():
            try:
                mb.close()
            except Exception:  # noqa: BLE001 - closing is best effort
                pass
        self._mailboxes.clear()
        self.engine.dispose()
