"""``stepbot simulate --from DATE --days N``: what stepbot would send, day by day, sending nothing.

It works on a copy of the database (SQLite: an online backup into a temporary file; PostgreSQL: one
transaction that is rolled back at the end), walks a ``FixedClock`` forward through each day's
office hours, runs the scheduler's own jobs (deadline sweep, daily digest, outbox delivery) with a
transport that records instead of sending, and prints per day the count by purpose and each
subject. A council can see the volume of reminders and escalations before it goes live.
"""
from __future__ import annotations

import sqlite3
import sys
import tempfile
from collections import Counter
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from bot.workcal import LONDON


class RecordingTransport:
    """A transport that keeps what it is given and sends nothing."""

    def __init__(self):
        self.sent: list[tuple[bytes, list[str]]] = []

    def send(self, raw: bytes, recipients) -> None:
        self.sent.append((raw, list(recipients)))

    def already_sent(self, message_id: str) -> bool:
        return False

    def close(self) -> None:
        pass


def checkpoints(app, day: date) -> list[datetime]:
    """When the clock stops on one day: every hour through office hours (noon on a closed day)."""
    dep = app.settings.deployment
    start = datetime.combine(day, dep.office_hours_start, tzinfo=LONDON)
    end = datetime.combine(day, dep.office_hours_end, tzinfo=LONDON)
    if not any(app.calendar(a).is_working_day(day) for a in app.authorities()):
        return [datetime.combine(day, time(12, 0), tzinfo=LONDON)]
    out, t = [], start
    while t <= end:
        out.append(t)
        t += timedelta(hours=1)
    return out


def install_recorders(app) -> RecordingTransport:
    rec = RecordingTransport()
    for authority, auth in app.settings.deployment.authorities.items():
        for role in auth.mailboxes:
            app.set_transport(authority, role, rec)
    return rec


def replay(app, start: date, days: int) -> list[dict]:
    """Walk the calendar; returns one summary per day: {day, counts, subjects}."""
    from bot import deadlines, digest, monthly, outbox
    from bot.models import OutboxMessage

    install_recorders(app)
    out = []
    for i in range(days):
        day = start + timedelta(days=i)
        for t in checkpoints(app, day):
            app.clock.at = t.astimezone(LONDON)
            deadlines.sweep(app)
            digest.send_digests(app)
            monthly.run_reports(app)
            while outbox.deliver_due(app, limit=500):
                pass
        # what went to the recording transport today (mail pending before the replay goes on day 1)
        with app.Session() as s:
            rows = list(s.scalars(select(OutboxMessage).where(
                OutboxMessage.state == "sent", OutboxMessage.sent_at >= _at(day, time(0, 0)),
                OutboxMessage.sent_at < _at(day + timedelta(days=1), time(0, 0))).order_by(OutboxMessage.id)))
        out.append({"day": day, "counts": Counter(r.purpose for r in rows),
                    "subjects": [(r.purpose, r.subject, list(r.recipients)) for r in rows]})
    return out


def _at(d: date, t: time) -> datetime:
    return datetime.combine(d, t, tzinfo=LONDON)


def format_report(days: list[dict]) -> str:
    lines = []
    total = Counter()
    for d in days:
        counts = d["counts"]
        total.update(counts)
        n = sum(counts.values())
        head = d["day"].strftime("%a %d %b %Y")
        if not n:
            lines.append(f"{head}: nothing would be sent")
            continue
        lines.append(f"{head}: {n} message{'s' if n != 1 else ''} ("
                     + ", ".join(f"{p} {c}" for p, c in sorted(counts.items())) + ")")
        lines += [f"    {p:<11} {s}  -> {', '.join(to)}" for p, s, to in d["subjects"]]
    lines.append(f"total: {sum(total.values())} (" + ", ".join(f"{p} {c}" for p, c in sorted(total.items())) + ")"
                 if total else "total: nothing would be sent")
    return "\n".join(lines)


def _copy_sqlite(url: str, into: Path) -> str:
    src = url[len("sqlite:///"):]
    dst = into / "simulate.db"
    s = sqlite3.connect(src)
    d = sqlite3.connect(dst)
    try:
        s.backup(d)  # a consistent copy even while the daemon is writing (WAL)
    finally:
        d.close()
        s.close()
    return f"sqlite:///{dst}"


def run(settings, start: date, days: int) -> list[dict]:
    """Replay on a copy of the deployment's database; the real database is never written."""
    from bot.app import App
    from bot.clock import FixedClock
    from bot.db import make_engine

    clock = FixedClock(_at(start, settings.deployment.office_hours_start))
    url = settings.database_url
    if url.startswith("sqlite:///") and ":memory:" not in url:
        with tempfile.TemporaryDirectory(prefix="stepbot-simulate-") as tmp:
            if not Path(url[len("sqlite:///"):]).exists():
                raise FileNotFoundError(f"no database at {url[len('sqlite:///'):]}")
            app = App(settings, clock=clock, engine=make_engine(_copy_sqlite(url, Path(tmp))))
            try:
                return replay(app, start, days)
            finally:
                app.close()
    engine = make_engine(url)
    conn = engine.connect()
    trans = conn.begin()
    try:
        app = App(settings, clock=clock, engine=engine, migrate=False)
        app.Session = sessionmaker(bind=conn, join_transaction_mode="create_savepoint", expire_on_commit=False)
        return replay(app, start, days)
    finally:
        trans.rollback()
        conn.close()
        engine.dispose()


def main(args) -> int:
    """``stepbot simulate --from DATE --days N``."""
    from bot.config import ConfigError, load_settings

    try:
        start = date.fromisoformat(args.from_date)
    except ValueError:
        print(f"--from {args.from_date!r} is not a date (YYYY-MM-DD)", file=sys.stderr)
        return 2
    if not 1 <= args.days <= 366:
        print("--days must be between 1 and 366", file=sys.stderr)
        return 2
    try:
        settings = load_settings(getattr(args, "config", None))
    except ConfigError as e:
        print(e, file=sys.stderr)
        return 2
    try:
        report = run(settings, start, args.days)
    except FileNotFoundError as e:
        print(e, file=sys.stderr)
        return 2
    print(f"stepbot simulate: {args.days} day{'s' if args.days != 1 else ''} from {start.isoformat()}, "
          "on a copy of the database; nothing is sent")
    print(format_report(report))
    return 0
