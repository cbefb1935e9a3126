"""Small subcommands: check-config, migrate, queue."""
from __future__ import annotations

import sys

from sqlalchemy import case, select

from bot.app import App
from bot.config import ConfigError, load_settings, resolve, secret_problems
from bot.db import make_engine, upgrade
from bot.models import Request
from bot.words import say
from bot.workcal import to_london


def check_config(args) -> int:
    """Validate the deployment and every pack (bot.config.load_settings); in production that
    includes refusing urgent contacts without a number or with a fictional drama-range one."""
    try:
        settings = load_settings(args.path or args.config)
    except ConfigError as e:
        for line in e.lines():
            print(line, file=sys.stderr)
        print(f"{len(e.problems)} problem{'s' if len(e.problems) != 1 else ''}", file=sys.stderr)
        return 1
    missing = secret_problems(settings.deployment, resolve(args.path or args.config)[1])
    if missing:
        for line in ConfigError(missing).lines():
            print(line, file=sys.stderr)
        print(f"{len(missing)} problem{'s' if len(missing) != 1 else ''}", file=sys.stderr)
        return 1
    print("ok")
    if settings.is_demo:
        print("note: this is a demo deployment (environment: demo): its urgent phone numbers may be "
              "fictional, and a production deployment is refused if they are", file=sys.stderr)
    return 0


def load_or_exit(path):
    try:
        return load_settings(path)
    except ConfigError as e:
        for line in e.lines():
            print(line, file=sys.stderr)
        raise SystemExit(2) from None


def migrate(args) -> int:
    settings = load_or_exit(args.config)
    upgrade(make_engine(settings.database_url))
    print("database schema is up to date")
    return 0


def queue_rows(session, authority: str | None = None):
    """The queue: urgent first, then by state order, then oldest first."""
    order = case({"received": 0, "awaiting_info": 1, "ready": 2, "booked": 3, "decided": 4, "closed": 5},
                 value=Request.state, else_=9)
    q = select(Request).order_by(Request.urgent.desc(), order, Request.received_at, Request.id)
    if authority:
        q = q.where(Request.authority == authority)
    return list(session.scalars(q))


def format_queue(rows) -> str:
    header = ("reference", "authority", "kind", "state", "next action", "missing / booking")
    lines = []
    for r in rows:
        booked = next((b for b in r.bookings if b.state == "booked"), None)
        detail = "missing " + say(r.missing) if r.missing else ""
        if booked is not None:
            detail = "booked " + to_london(booked.start).strftime("%a %d %b %H:%M")
        lines.append(((" URGENT " if r.urgent else "") + r.reference, say(r.authority), say(r.kind), say(r.state),
                      say(r.next_action), detail or "-"))
    widths = [max(len(str(x[i])) for x in [header, *lines]) for i in range(len(header))]
    fmt = "  ".join(f"{{:{w}}}" for w in widths)
    return "\n".join([fmt.format(*header), fmt.format(*("-" * w for w in widths)),
                      *(fmt.format(*row) for row in lines)])


def queue(args) -> int:
    app = App(load_or_exit(args.config))
    with app.Session() as s:
        print(format_queue(queue_rows(s, args.authority)))
    return 0
