"""Parsing under a time and a memory bound (DESIGN.md safety rule 5).

The daemon never parses mail itself. Each message is parsed in a worker process whose address space
is capped (``RLIMIT_AS``) and whose job has a wall-clock timeout; a worker that overruns is killed
and replaced, and the daemon goes on to the next message. pebble's ``ProcessPool`` does the killing
and replacing; workers are started by a forkserver that has the parser already imported, so a new
worker is ready in milliseconds and shares no threads or database connections with the daemon.

Jobs and results are plain picklable data (raw bytes and settings in, ``ParseResult`` or ``Triage``
out), so the pool can run ``workers`` jobs side by side for a backlog. Two jobs:

* ``parse``: the full parse (``bot.parser.parse_message``) -> ``Parsed``: the result, or the plain
  words why there is none ("it took longer than 20 seconds to read").
* ``triage``: for a message that could not be parsed, its readable text (``bot.parser.readable``)
  through the urgency check -> ``Triage``. If even that cannot finish in time the message is
  treated as possibly urgent (safety rule 1: "a message that cannot be read in time is treated as
  possibly urgent").
"""
from __future__ import annotations

import logging
import multiprocessing
import tempfile
import threading
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from datetime import date

from concurrent.futures.process import BrokenProcessPool

from pebble import ProcessExpired, ProcessPool

log = logging.getLogger(__name__)

PRELOAD = ["bot.parser.pipeline", "bot.parser.readable", "bot.parser.urgency", "docx", "openpyxl", "pypdf"]
TRIAGE_SECONDS = 10.0


@dataclass(frozen=True)
class Limits:
    """Per worker: wall-clock seconds for one message, address space in MB, how many workers."""

    seconds: float = 20.0
    memory_mb: int = 512
    workers: int = 1


@dataclass(frozen=True)
class Parsed:
    result: object | None       # bot.parser.ParseResult when the worker finished
    problem: str | None = None  # plain words when it did not


@dataclass(frozen=True)
class Triage:
    urgent: bool
    evidence: str | None     # the sentence that made it urgent (for the people alerted)
    assessed: bool           # False: the text could not be checked in time; treated as urgent
    subject: str = ""        # for the people alerted, to find the message
    sender: str = ""


def limits_from(deployment) -> Limits:
    p = getattr(deployment, "parsing", None)
    if p is None:
        return Limits()
    return Limits(seconds=p.seconds, memory_mb=p.memory_mb, workers=p.workers)


class ParsePool:
    """A small pool of parse workers. Thread-safe; ``close()`` when the app closes."""

    def __init__(self, limits: Limits = Limits()):
        self.limits = limits
        self._pool: ProcessPool | None = None
        self._lock = threading.Lock()

    def _get(self) -> ProcessPool:
        with self._lock:
            if self._pool is None or not self._pool.active:
                self._pool = ProcessPool(max_workers=self.limits.workers, max_tasks=1, initializer=_init_worker,
                                         initargs=(self.limits.memory_mb * 2**20,), context=_context())
            return self._pool

    def parse(self, raw: bytes, **kwargs) -> Parsed:
        """Run ``parse_message(raw, **kwargs)`` in a worker, within the limits."""
        try:
            return Parsed(self._run(_parse_job, self.limits.seconds, raw, kwargs))
        except _Overrun as e:
            return Parsed(None, e.problem)

    def triage(self, raw: bytes, *, today: date) -> Triage:
        """The readable text's urgency, within the limits; possibly urgent when it cannot be had."""
        try:
            return self._run(_triage_job, min(TRIAGE_SECONDS, self.limits.seconds), raw, today)
        except _Overrun as e:
            log.warning("readable text could not be assessed (%s): treated as possibly urgent", e.problem)
            return Triage(urgent=True, evidence=None, assessed=False)

    def _run(self, fn, seconds: float, raw: bytes, *args):
        # The message goes to the worker as a private temporary file, not pickled down the pipe: the
        # daemon then holds one copy of a 50 MB message, not two.
        with tempfile.NamedTemporaryFile(prefix="stepbot-msg-") as f:
            f.write(raw)
            f.flush()
            return self._schedule(fn, seconds, f.name, *args)

    def _schedule(self, fn, seconds: float, *args):
        try:
            future = self._get().schedule(fn, args=args, timeout=seconds)
            return future.result()
        except BrokenProcessPool as e:
            self.close()
            raise PoolUnavailable(f"the parse workers stopped: {e}") from None
        except FutureTimeout:
            raise _Overrun(f"it took longer than {seconds:g} seconds to read") from None
        except MemoryError:
            raise _Overrun(f"it needed more than {self.limits.memory_mb} MB of memory to read") from None
        except ProcessExpired as e:
            raise _Overrun(f"the reader stopped while reading it (exit code {e.exitcode})") from None
        except Exception as e:  # noqa: BLE001 - a crash in the worker is a problem with this message
            log.error("parse worker raised %s", type(e).__name__)
            raise _Overrun("the reader stopped with an error while reading it") from None

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            # let a worker that is starting up finish starting (killing it then prints a forkserver
            # traceback a person would take for a fault); stop whatever is still busy after that
            pool.close()
            try:
                pool.join(5)
            except TimeoutError:
                pool.stop()
                pool.join(10)


class PoolUnavailable(OSError):
    """The workers could not be started or their pool broke: a system error (the message is tried
    again later), never a problem with the message. An OSError, so the daemon retries the pass."""


class _Overrun(Exception):
    def __init__(self, problem: str):
        super().__init__(problem)
        self.problem = problem


_CTX = None
_CTX_LOCK = threading.Lock()


def _context():
    """One forkserver for the process, with the parser imported before any worker forks."""
    global _CTX
    with _CTX_LOCK:
        if _CTX is None:
            ctx = multiprocessing.get_context("forkserver")
            ctx.set_forkserver_preload(PRELOAD)
            _CTX = ctx
        return _CTX


# -- in the worker -----------------------------------------------------------------------------

def _init_worker(memory_bytes: int) -> None:
    import resource
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the daemon, which stops the pool
    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))


def _read(path: str) -> bytes:
    with open(path, "rb") as f:
        return f.read()


def _parse_job(path: str, kwargs: dict):
    from bot.parser import parse_message

    return parse_message(_read(path), **kwargs)


def _triage_job(path: str, today: date) -> Triage:
    from bot.parser.readable import readable_text, sender_and_subject
    from bot.parser.urgency import assess

    raw = _read(path)
    urgent, evidence = assess(readable_text(raw), today=today)
    sender, subject = sender_and_subject(raw)
    return Triage(urgent=bool(urgent), evidence=evidence, assessed=True, subject=subject, sender=sender)
