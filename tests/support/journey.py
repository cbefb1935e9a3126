"""Journeys: a protocol played through the daemon from the first mail, with a frozen clock.

A journey drops real mail into a Maildir inbox of a copy of config/, runs the daemon's own pass
(``Daemon.run_once``: read every mailbox, book what is ready, sweep the deadlines, send what is
due) at chosen times, and keeps what was sent, so a test asserts every mail: to whom, when, what.
"""
from __future__ import annotations

import mailbox
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
import shutil
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select

from bot.app import App
from bot.clock import FixedClock
from bot.config import load_settings
from bot.daemon import Daemon
from bot.models import Deadline, OutboxMessage, Request
from bot.workcal import LONDON, to_london
from tests.support import DATA, ROOT

CHECKPOINTS = (time(9, 5),)  # one daemon pass a day: the sweep sends what fell due since the last


@dataclass(frozen=True)
class Sent:
    purpose: str
    to: tuple[str, ...]
    subject: str
    at: datetime          # London time it was queued
    ref: str | None
    body: str


def london(*a) -> datetime:
    return datetime(*a, tzinfo=LONDON)


def attachments_of(rel: str) -> list[tuple[str, bytes, str]]:
    """The attachments of a corpus mail (real documents, so the parser gives them their roles)."""
    msg = BytesParser(policy=policy.default).parsebytes((DATA / rel).read_bytes())
    return [(p.get_filename(), p.get_payload(decode=True), "".join(p.get_content_type().split()))
            for p in msg.walk() if p.get_filename()]


def mail(sender: str, to: str, subject: str, body: str, at: datetime, attachments=(), cc: str | None = None,
         msgid: str = "m1") -> bytes:
    """A practitioner's mail, as a journey drops it into an inbox."""
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = sender, to, subject
    if cc:
        m["Cc"] = cc
    m["Date"], m["Message-ID"] = format_datetime(at), f"<{msgid}@agency.example.org>"
    m.set_content(body)
    for name, data, ctype in attachments:
        main, sub = ctype.split("/")
        m.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return m.as_bytes()


class Journey:
    def __init__(self, tmp_path: Path, start: datetime):
        shutil.copytree(ROOT / "config", tmp_path / "config")
        self.clock = FixedClock(start)
        self.app = App(load_settings(tmp_path / "config"), clock=self.clock)
        self.daemon = Daemon(self.app, web=False, scheduler=False)
        self.log: list[Sent] = []
        self._seen: set[int] = set()

    def close(self) -> None:
        self.app.close()

    # -- acting -------------------------------------------------------------------------------
    def deliver(self, authority: str, role: str, raw: bytes) -> None:
        path = self.app.settings.path(self.app.mailbox_config(authority, role).backend.path)
        path.parent.mkdir(parents=True, exist_ok=True)
        mailbox.Maildir(str(path), create=True).add(mailbox.MaildirMessage(raw))

    def run(self, at: datetime, deliver: tuple[str, str, bytes] | None = None) -> list[Sent]:
        """One daemon pass at ``at`` (after ``deliver``: (authority, mailbox, raw)); returns what it sent."""
        self.clock.at = at
        if deliver is not None:
            self.deliver(*deliver)
        self.daemon.run_once()
        return self._collect()

    def walk(self, until: date, times=CHECKPOINTS) -> list[Sent]:
        """A pass at each checkpoint of every day (weekends and holidays too: nothing may go then)."""
        out: list[Sent] = []
        day = to_london(self.clock.now()).date() + timedelta(days=1)
        while day <= until:
            for t in times:
                out += self.run(datetime.combine(day, t, tzinfo=LONDON))
            day += timedelta(days=1)
        return out

    # -- reading ------------------------------------------------------------------------------
    def _collect(self) -> list[Sent]:
        with self.app.Session() as s:
            rows = s.scalars(select(OutboxMessage).order_by(OutboxMessage.id)).all()
            new = []
            for r in rows:
                if r.id in self._seen:
                    continue
                assert r.state == "sent", f"{r.purpose} to {r.recipients}: {r.state} after the daemon's pass"
                self._seen.add(r.id)
                ref = s.get(Request, r.request_id).reference if r.request_id else None
                msg = BytesParser(policy=policy.default).parsebytes(r.raw)
                part = msg.get_body(("plain",))
                body = part.get_content() if part is not None else ""
                new.append(Sent(r.purpose, tuple(a.lower() for a in r.recipients), r.subject, to_london(r.created_at),
                                ref, body))
        self.log += new
        return new

    def request(self) -> Request:
        """The first request, detached: its session is closed here, so no write lock is left held
        (SQLite begins every transaction IMMEDIATE) for the web or the daemon to wait on."""
        with self.app.Session() as s:
            req = s.scalars(select(Request).order_by(Request.id)).first()
            s.expunge_all()
            return req

    def deadlines(self) -> list[Deadline]:
        with self.app.Session() as s:
            rows = s.scalars(select(Deadline).order_by(Deadline.id)).all()
            s.expunge_all()
            return rows

    def people(self, authority: str, role: str) -> set[str]:
        return {p.email.lower() for p in self.app.settings.people(authority, role)}
