"""``stepbot demo``: sample mail into local Maildirs under var/demo/, processed end to end.

Running it twice processes nothing twice: each sample is delivered once (by Message-ID) and intake
de-duplicates anyway.
"""
from __future__ import annotations

import email
import sys
from email.utils import format_datetime, getaddresses
from pathlib import Path

from bot.commands import format_queue, load_or_exit, queue_rows

SAMPLES = Path(__file__).resolve().parent / "samples"


def render_sample(path: Path, app) -> bytes:
    """Fill a sample's placeholders so its dates make sense today."""
    now = app.clock.now()
    cal = app.calendar("knowsley")
    meeting = cal.add_working_days(now.date(), 8)
    text = path.read_text(encoding="utf-8")
    text = text.replace("{DATE}", format_datetime(now)).replace(
        "{MEETING}", meeting.strftime("%A %-d %B %Y") + " at 10:00")
    return text.replace("\n", "\r\n").encode("utf-8")


def deliver_samples(app) -> int:
    """Put each sample not yet seen into the Maildir of the mailbox it is addressed to."""
    from bot.intake import message_key
    from bot.mailbox.maildir import MaildirMailbox
    from bot.models import InboundMessage
    from sqlalchemy import select

    delivered = 0
    for path in sorted(SAMPLES.glob("*.eml")):
        raw = render_sample(path, app)
        msg = email.message_from_bytes(raw)
        target = None
        for _, addr in getaddresses(msg.get_all("To", []) + msg.get_all("Cc", [])):
            target = app.settings.find_mailbox(addr)
            if target:
                break
        if target is None:
            print(f"  skipped {path.name}: not addressed to a configured mailbox", file=sys.stderr)
            continue
        authority, role = target
        with app.Session() as s:
            seen = s.scalar(select(InboundMessage.id).where(InboundMessage.message_key == message_key(raw)))
        box = app.mailbox(authority, role)
        if seen is None and isinstance(box, MaildirMailbox) and not _waiting(box, raw):
            box.deliver(raw)
            delivered += 1
    return delivered


def _waiting(box, raw: bytes) -> bool:
    from bot.intake import message_key

    key = message_key(raw)
    return any(message_key(m.raw) == key for m in box.fetch_new())


def process_all(app) -> list:
    """One pass of the daemon over every mailbox (``stepbot run --once``); the ingest results."""
    from bot import intake
    from bot.daemon import Daemon

    results = []

    def recording_ingest(*args, **kw):
        results.append(intake.ingest(*args, **kw))
        return results[-1]

    Daemon(app, web=False, scheduler=False, ingest=recording_ingest).run_once()
    return results


def main(args) -> int:
    from bot.app import App

    settings = load_or_exit(args.config)
    web = settings.deployment.web
    port = args.port or web.port
    if not args.no_web and not _port_free(web.host, port):
        # Before anything is delivered or any password reset: another demo may be serving.
        print(f"stepbot demo: port {port} on {web.host} is already in use (another `stepbot demo` or "
              f"`stepbot run`?). Stop it, or choose another port with --port.", file=sys.stderr)
        return 2
    app = App(settings)
    delivered = deliver_samples(app)
    results = process_all(app)
    new = [r for r in results if not r.duplicate]
    say(f"stepbot demo: {delivered} sample message(s) delivered, {len(new)} processed")
    say()
    with app.Session() as s:
        say(format_queue(queue_rows(s)))
    out = settings.deployment.outgoing
    say()
    if out.type == "maildir":
        say(f"Outgoing mail (acknowledgements, alerts, invitations) is in the Maildir {settings.path(out.path)}")
    say(f"Database: {settings.database_url}")
    if args.no_web:
        return 0
    return _serve(app, web.host, port)


def say(text: str = "") -> None:
    """Print at once: without a terminal (make demo in a pipe or a service log) stdout is buffered."""
    print(text, flush=True)


def _port_free(host: str, port: int) -> bool:
    import socket

    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as sock:
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def _serve(app, host: str, port: int) -> int:
    """The web page, with the daemon behind it: mail dropped into the demo's Maildirs is read, and
    mail queued from the page (invitations, chases) is delivered to the outgoing Maildir."""
    import uvicorn

    from bot.daemon import Daemon
    from bot.web import create_app
    from bot.web.users import ensure_demo_user

    username, password = ensure_demo_user(app)
    daemon = Daemon(app, web=False, scheduler=False)
    daemon.start()
    say(f"\nQueue: http://{host}:{port}/  (sign in as {username} with password {password}; Ctrl-C stops)")
    try:
        uvicorn.run(create_app(app), host=host, port=port, log_level="warning")
    finally:
        daemon.stop()
        daemon.join(10)
    return 0
