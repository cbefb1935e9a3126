"""``stepbot run``: the daemon.

One watcher thread per configured mailbox takes new mail in through the intake pipeline (IMAP IDLE
where the server offers it, polling otherwise), moves each message only after its request is
committed, and wakes the sender so acknowledgements go out at once (through the scheduler's
``deliver`` job when the scheduler runs, so deliveries never overlap). After every pass the watcher
asks the backend to wait for more mail; a backend's ``wait`` first looks again (IMAP: NOOP and a
UID SEARCH above the last UID seen) and returns at once when mail arrived during the pass, so
nothing waits for the next message or the IDLE renewal. The sender wakes again when the next
outgoing row falls due or a crashed sender's lease runs out (``bot.outbox.next_due_in``). The APScheduler jobs (``bot.scheduler``:
deadline sweep, outbox retries, digests) and the web page (``bot.web``) run alongside.
SIGTERM / SIGINT stop everything cleanly: a message being processed is finished first.

``stepbot run --once`` reads every mailbox once, sends every outgoing message that is due (however
many: the outbox is delivered until nothing due is left) and exits: 0 when every mailbox was read,
1 when one could not be (the error is in ``stepbot status``).

Errors: a mailbox that cannot be reached is retried with capped exponential backoff (1 s, 2 s, 4 s
... ``backoff_max``), and recorded in ``MailboxState``. A message that makes intake raise is tried
again once in the same pass and then moved to "Needs review" (it stays in the mailbox; it is counted
in ``error_count``); the rest of the inbox is processed regardless. A database that cannot be
reached is a system error: the pass stops and nothing is moved.
"""
from __future__ import annotations

import logging
import signal
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from typing import Callable, Iterator

from sqlalchemy.exc import InterfaceError, OperationalError

from bot import health, logs
from bot.db import make_durable
from bot.mailbox.base import MailboxError
from bot.scheduler import job_functions, make_scheduler

log = logging.getLogger(__name__)

MESSAGE_ATTEMPTS = 2          # tries of one message within a pass before it goes to Needs review
SYSTEM_ERRORS = (MailboxError, OperationalError, InterfaceError, OSError)
DEFAULT_POLL_SECONDS = 30     # for Maildir; EWS and Graph have their own poll_seconds
HOUSEKEEPING_SECONDS = 60


@dataclass
class PassResult:
    fetched: int = 0
    new: int = 0
    duplicates: int = 0
    review: int = 0
    failed: int = 0
    moved: int = 0
    references: list[str] = field(default_factory=list)


LOOKAHEAD = 2                 # messages of a backlog read ahead by the parse workers
MOVE_BATCH = 50               # committed messages moved out of the inbox in one command
MOVE_WAIT_SECONDS = 1.0       # the longest a committed message waits in the inbox for its batch


def _default_ingest():
    from bot.intake import ingest

    return ingest


def _ahead(items: Iterator, n: int, start: Callable | None) -> Iterator:
    """The items in order, each handed to ``start`` ``n`` items before it is yielded (so the
    parse workers read the next messages while the current one is decided)."""
    window: deque = deque()
    for item in items:
        window.append(item)
        if start is not None:
            start(item)
        if len(window) > n:
            yield window.popleft()
    while window:
        yield window.popleft()


class _Mover:
    """Committed messages leave the inbox a batch at a time (one IMAP MOVE of a UID set, not a
    round trip each): at MOVE_BATCH messages, when the oldest has waited MOVE_WAIT_SECONDS, and at
    the end of the pass. A message is only ever added after its request is committed; if the
    daemon stops before the batch moves, the message is still in the inbox and the next pass
    finds it already stored (a duplicate) and moves it then. Intake commits lazily (``bot.db``):
    before a batch moves, every commit so far is made durable (``make_durable``: one flush to disk
    for the batch, not one per commit), so no message leaves its inbox before its decision is on
    disk, even if the machine loses power."""

    def __init__(self, backend, res: PassResult, app=None):
        self.backend, self.res, self.app = backend, res, app
        self.waiting: dict[bool, list[str]] = {False: [], True: []}
        self.since: float | None = None

    def add(self, backend_id: str, review: bool) -> None:
        self.waiting[review].append(backend_id)
        self.since = self.since if self.since is not None else time.monotonic()
        if sum(map(len, self.waiting.values())) >= MOVE_BATCH or time.monotonic() - self.since >= MOVE_WAIT_SECONDS:
            self.flush()

    def flush(self) -> None:
        if not any(self.waiting.values()):
            return
        if self.app is not None:
            make_durable(self.app.engine)
        many = getattr(self.backend, "mark_processed_many", None)
        for review, ids in self.waiting.items():
            if not ids:
                continue
            if many is not None:
                many(ids, review=review)
            else:
                for backend_id in ids:
                    self.backend.mark_processed(backend_id, review=review)
            self.res.moved += len(ids)
            self.waiting[review] = []
        self.since = None


def process_mailbox(app, authority: str, role: str, backend, *, ingest: Callable | None = None,
                    committed: Callable[[], None] | None = None) -> PassResult:
    """One pass over one inbox: ingest each waiting message, then move it (see module docstring).
    ``committed`` is called after each new message is committed (the daemon wakes its sender, so
    an acknowledgement or an urgent alert goes out while the rest of a backlog is still read).
    With the default intake, the next LOOKAHEAD messages are read ahead by the parse workers.

    Raises MailboxError (or a database error) when the mailbox or the database fails; what was
    committed and moved before that stays done."""
    start = None
    if ingest is None:
        ingest = _default_ingest()
        start = partial(_prefetch, app, authority, role)
    res = PassResult()
    mover = _Mover(backend, res, app)
    for item in _ahead(backend.fetch_new(), LOOKAHEAD, start):
        res.fetched += 1
        result, error = None, None
        for _attempt in range(MESSAGE_ATTEMPTS):
            try:
                result = ingest(app, authority, role, item.raw, backend_id=item.backend_id)
                error = None
                break
            except SYSTEM_ERRORS:
                raise
            except Exception as e:  # noqa: BLE001 - one bad message never blocks the rest
                error = e
        if result is None:
            res.failed += 1
            log.error("%s/%s: message %s could not be processed (%s); moving it to review",
                      authority, role, item.backend_id, type(error).__name__)
            health.record_error(app, authority, role, f"message {item.backend_id}: {type(error).__name__}",
                                connection=False)
            mover.add(item.backend_id, True)
            continue
        # The request is committed: now (and only now) the message may leave the inbox.
        mover.add(item.backend_id, bool(result.review))
        if result.duplicate:
            res.duplicates += 1
        else:
            res.new += 1
            if result.reference:
                res.references.append(result.reference)
            if committed is not None:
                committed()
        if result.review:
            res.review += 1
    mover.flush()
    return res


def _prefetch(app, authority: str, role: str, item) -> None:
    from bot.intake import prefetch

    try:
        prefetch(app, authority, role, item.raw)
    except Exception as e:  # noqa: BLE001 - reading ahead only saves time; ingest reads it anyway
        log.debug("could not read ahead (%s)", type(e).__name__)


class Watcher(threading.Thread):
    """Watches one mailbox until ``stop`` is set."""

    def __init__(self, daemon: "Daemon", authority: str, role: str):
        super().__init__(name=f"watch-{authority}-{role}", daemon=True)
        self.d = daemon
        self.authority = authority
        self.role = role
        self.passes = 0

    def _wait(self, backend) -> None:
        waiter = getattr(backend, "wait", None)
        if waiter is not None:
            waiter(self.d.stop_event)
        else:
            cfg = self.d.app.mailbox_config(self.authority, self.role).backend
            self.d.stop_event.wait(getattr(cfg, "poll_seconds", None) or self.d.poll_seconds)

    def run(self) -> None:
        app, stop = self.d.app, self.d.stop_event
        delay = self.d.backoff_initial
        while not stop.is_set():
            backend = None
            try:
                backend = app.mailbox(self.authority, self.role)
                res = process_mailbox(app, self.authority, self.role, backend, ingest=self.d.ingest,
                                      committed=self.d.wake_sender)
                health.record_pass(app, self.authority, self.role, received=res.new,
                                   backlog=res.fetched - res.moved)
                self.passes += 1
                if res.fetched:
                    log.info("%s/%s: %d new, %d duplicate, %d to review, %d failed", self.authority, self.role,
                             res.new, res.duplicates, res.review, res.failed)
                    self.d.wake_sender()
                delay = self.d.backoff_initial
                if stop.is_set():
                    break
                self._wait(backend)
            except Exception as e:  # noqa: BLE001 - the watcher must outlive any failure
                msg = f"{type(e).__name__}: {e}"[:500]
                if isinstance(e, SYSTEM_ERRORS):
                    log.warning("%s/%s: %s; retrying in %.0f s", self.authority, self.role, msg, delay)
                else:
                    log.exception("%s/%s: unexpected error; retrying in %.0f s", self.authority, self.role, delay)
                try:
                    health.record_error(app, self.authority, self.role, msg)
                except Exception:  # noqa: BLE001 - the database may be the thing that is down
                    log.exception("%s/%s: could not record the error", self.authority, self.role)
                if backend is not None:
                    try:
                        backend.close()
                    except Exception:  # noqa: BLE001
                        pass
                stop.wait(delay)
                delay = min(delay * 2, self.d.backoff_max)


class Daemon:
    """The running daemon. ``start()`` then ``wait()``; ``stop()`` from a signal or a test."""

    def __init__(self, app, *, web: bool = True, scheduler: bool = True, ingest: Callable | None = None,
                 poll_seconds: float = DEFAULT_POLL_SECONDS, backoff_initial: float = 1.0,
                 backoff_max: float = 300.0, housekeeping_seconds: float = HOUSEKEEPING_SECONDS,
                 deliver: Callable | None = None):
        self.app = app
        self.web = web
        self.use_scheduler = scheduler
        self.ingest = ingest
        self.poll_seconds = poll_seconds
        self.backoff_initial = backoff_initial
        self.backoff_max = backoff_max
        self.housekeeping_seconds = housekeeping_seconds
        self._deliver = deliver
        self.stop_event = threading.Event()
        self._wake = threading.Event()
        self.watchers: list[Watcher] = []
        self._threads: list[threading.Thread] = []
        self.scheduler = None
        self.web_server = None

    # -- pieces -----------------------------------------------------------------------------
    def mailboxes(self) -> list[tuple[str, str]]:
        return [(a, r) for a, auth in self.app.settings.deployment.authorities.items() for r in auth.mailboxes]

    def deliver(self) -> int:
        if self._deliver is not None:
            return self._deliver(self.app)
        from bot.outbox import deliver_due

        return deliver_due(self.app, stop=self.stop_event)

    def wake_sender(self) -> None:
        self._wake.set()

    def _housekeeping(self) -> None:
        """The one sender: sends the outbox as soon as a watcher has committed a message (while the
        rest of a backlog is still being read), when the next row falls due (a retry, or a lease
        left by a crashed sender), and at least every ``housekeeping_seconds``. Without the
        scheduler it checks the mailboxes' health as well (the scheduler's job does otherwise)."""
        while not self.stop_event.is_set():
            if self.scheduler is None:
                try:
                    health.check_health(self.app)
                except Exception:  # noqa: BLE001
                    log.exception("health check failed")
            self._wake.clear()
            try:
                self.deliver()
            except Exception:  # noqa: BLE001
                log.exception("outbox delivery failed")
            if not self._wake.is_set():
                self._wake.wait(self._next_wait())

    def _next_wait(self) -> float:
        """Until the outbox's next row falls due, between 1 s and ``housekeeping_seconds``."""
        from bot.outbox import next_due_in

        try:
            due = next_due_in(self.app)
        except Exception:  # noqa: BLE001 - the database may be down; try again in a while
            log.exception("could not read the outbox")
            due = None
        return self.housekeeping_seconds if due is None else min(self.housekeeping_seconds, max(1.0, due))

    def _start_scheduler(self) -> None:
        self.scheduler = make_scheduler(self.app, stop=self.stop_event)
        # The housekeeping thread is the daemon's sender (woken by every committed message); the
        # scheduler's interval delivery would only compete with it, so it is paused here.
        self.scheduler.pause_job("deliver")
        self.scheduler.start()

    def _start_web(self) -> None:
        import uvicorn

        from bot.web import create_app

        w = self.app.settings.deployment.web
        config = uvicorn.Config(create_app(self.app), host=w.host, port=w.port, log_level="warning")
        self.web_server = uvicorn.Server(config)
        t = threading.Thread(target=self.web_server.run, name="web", daemon=True)
        t.start()
        self._threads.append(t)

    # -- lifecycle --------------------------------------------------------------------------
    def start(self) -> None:
        health.ensure_state_rows(self.app)
        if self.ingest is None:
            self.app.parse_pool.start()  # the first message, urgent or not, does not wait for them
        if self.use_scheduler:
            self._start_scheduler()
        for authority, role in self.mailboxes():
            w = Watcher(self, authority, role)
            w.start()
            self.watchers.append(w)
        t = threading.Thread(target=self._housekeeping, name="housekeeping", daemon=True)
        t.start()
        self._threads.append(t)
        if self.web:
            self._start_web()
        log.info("stepbot running: %d mailboxes", len(self.watchers))

    def stop(self) -> None:
        self.stop_event.set()
        self._wake.set()

    def wait(self) -> None:
        while not self.stop_event.wait(1.0):
            pass

    def join(self, timeout: float = 30.0) -> None:
        """After ``stop()``: wait for the threads, stop the scheduler and web page, close mailboxes."""
        if self.web_server is not None:
            self.web_server.should_exit = True
        for t in [*self.watchers, *self._threads]:
            t.join(timeout)
        if self.scheduler is not None:
            try:
                self.scheduler.shutdown(wait=True)
            except Exception:  # noqa: BLE001
                log.exception("scheduler shutdown failed")
        for authority, role in self.mailboxes():
            backend = self.app._mailboxes.get((authority, role))
            if backend is not None:
                try:
                    backend.close()
                except Exception:  # noqa: BLE001
                    pass

    def run_once(self) -> int:
        """One pass of the whole daemon at the clock's time: read every mailbox, book what is
        ready, sweep the deadlines (reminders, escalations), then send everything due. 0 when every
        mailbox was read. With a fixed clock (``run --once --now``) a council rehearses its protocol."""
        failed = 0
        for authority, role in self.mailboxes():
            try:
                backend = self.app.mailbox(authority, role)
                res = process_mailbox(self.app, authority, role, backend, ingest=self.ingest)
                health.record_pass(self.app, authority, role, received=res.new, backlog=res.fetched - res.moved)
                log.info("%s/%s: %d new, %d duplicate, %d to review, %d failed", authority, role,
                         res.new, res.duplicates, res.review, res.failed)
            except Exception as e:  # noqa: BLE001 - go on with the other mailboxes
                failed += 1
                log.warning("%s/%s: %s: %s", authority, role, type(e).__name__, e)
                health.record_error(self.app, authority, role, f"{type(e).__name__}: {e}"[:500])
        health.check_health(self.app)
        jobs = job_functions(self.app, self.stop_event)
        jobs["book"]()
        jobs["sweep"]()
        self.deliver()
        return 1 if failed else 0


def _fixed_clock(text: str):
    """``--now 2026-12-21T09:00`` (Europe/London when no offset is given) as a fixed clock."""
    from bot.clock import FixedClock
    from bot.workcal import LONDON

    try:
        at = datetime.fromisoformat(text)
    except ValueError:
        raise SystemExit(f"stepbot run: --now {text!r} is not a date and time such as 2026-12-21T09:00") from None
    return FixedClock(at if at.tzinfo else at.replace(tzinfo=LONDON))


def main(args) -> int:
    from bot.app import App
    from bot.config import load_settings

    logs.install()
    now = getattr(args, "now", None)
    if now and not getattr(args, "once", False):
        print("stepbot run: --now needs --once (a daemon that keeps running keeps real time)", file=sys.stderr)
        return 2
    app = App(load_settings(args.config), clock=_fixed_clock(now) if now else None)
    try:
        if getattr(args, "once", False):
            return Daemon(app, web=False, scheduler=False).run_once()
        d = Daemon(app, web=not getattr(args, "no_web", False))
        previous = {}
        for sig in (signal.SIGTERM, signal.SIGINT):
            previous[sig] = signal.signal(sig, lambda *_: d.stop())
        try:
            d.start()
            d.wait()
        finally:
            log.info("stopping")
            d.stop()
            d.join()
            for sig, h in previous.items():
                signal.signal(sig, h)
        return 0
    finally:
        app.close()
