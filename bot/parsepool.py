"""Parsing under a time and a memory bound (DESIGN.md safety rule 5).

The daemon never parses mail itself. Each message is parsed in a worker process whose address space
is capped (``RLIMIT_AS``) and whose job has a wall-clock timeout; a worker that overruns is killed
and replaced, and the daemon goes on to the next message. pebble's ``ProcessPool`` does the killing
and replacing; workers are started by a forkserver that has the parser already imported and warmed
(``bot.parser.warmup``), so a new worker is ready in milliseconds and shares no threads or database
connections with the daemon. A worker reads ``tasks_per_worker`` messages and is then replaced, so a
message that fragments a worker's memory affects at most that many after it.

A backlog keeps every worker busy: the daemon ``prefetch``-es the next messages of a pass while the
current one goes through its handlers, and ``parse`` then takes the prefetched result (the same
bytes, mailbox and day), so reading and deciding overlap on two cores.

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

import hashlib
import logging
import multiprocessing
import pickle
import tempfile
import threading
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from datetime import date

from concurrent.futures.process import BrokenProcessPool

from pebble import ProcessExpired, ProcessPool

from bot.workcal import to_london

log = logging.getLogger(__name__)

PRELOAD = ["bot.parser.pipeline", "bot.parser.readable", "bot.parser.urgency", "docx", "openpyxl", "pypdf",
           "bot.parser.warmup"]
TRIAGE_SECONDS = 10.0
PREFETCH_SLACK_SECONDS = 300.0  # a prefetched parse is used when it was read for a "now" this close


@dataclass(frozen=True)
class Limits:
    """Per worker: wall-clock seconds for one message, address space in MB, how many workers."""

    seconds: float = 20.0
    memory_mb: int = 512
    workers: int = 2
    tasks_per_worker: int = 100


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
    return Limits(seconds=p.seconds, memory_mb=p.memory_mb, workers=p.workers,
                  tasks_per_worker=p.tasks_per_worker)


class ParsePool:
    """A small pool of parse workers. Thread-safe; ``close()`` when the app closes."""

    def __init__(self, limits: Limits = Limits()):
        self.limits = limits
        self._pool: ProcessPool | None = None
        self._lock = threading.Lock()
        self._ahead: dict[tuple, _Ahead] = {}
        self._packs: dict[int, tuple] = {}   # id(pack) -> (the pack, its _FrozenPack)

    def _get(self) -> ProcessPool:
        with self._lock:
            if self._pool is None or not self._pool.active:
                self._pool = ProcessPool(max_workers=self.limits.workers, max_tasks=self.limits.tasks_per_worker,
                                         initializer=_init_worker, initargs=(self.limits.memory_mb * 2**20,),
                                         context=_context())
            return self._pool

    def start(self) -> None:
        """Start the forkserver and the workers now (in the background), so the first message is
        read as fast as any other."""
        try:
            pool = self._get()
            for _ in range(self.limits.workers):
                pool.schedule(_ready)
        except Exception as e:  # noqa: BLE001 - parse() starts them (or says why) when mail comes
            log.warning("parse workers could not be started yet (%s)", type(e).__name__)

    def parse(self, raw: bytes, **kwargs) -> Parsed:
        """Run ``parse_message(raw, **kwargs)`` in a worker, within the limits (or take the result
        of a ``prefetch`` of the same message)."""
        ahead = self._take(raw, kwargs)
        try:
            if ahead is not None:
                with ahead.file:
                    return Parsed(self._wait(ahead.future, self.limits.seconds))
            return Parsed(self._run(_parse_job, self.limits.seconds, raw, self._wire(kwargs)))
        except _Overrun as e:
            return Parsed(None, e.problem)

    def prefetch(self, raw: bytes, **kwargs) -> None:
        """Start reading a message that ``parse`` will be asked for soon (the next of a backlog).
        At most two per worker wait; an older one that was never asked for is dropped."""
        key = _key(raw, kwargs)
        with self._lock:
            if key in self._ahead:
                return
        try:
            f = _spill(raw)
        except Exception:  # noqa: BLE001 - prefetching is an optimisation: parse() will read it
            return
        try:
            future = self._get().schedule(_parse_job, args=(f.name, self._wire(kwargs)), timeout=self.limits.seconds)
        except Exception:  # noqa: BLE001 - prefetching is an optimisation: parse() will read it
            f.close()
            return
        dropped = []
        with self._lock:
            self._ahead[key] = _Ahead(future, f, kwargs.get("now"))
            while len(self._ahead) > 2 * self.limits.workers:
                dropped.append(self._ahead.pop(next(iter(self._ahead))))
        for old in dropped:
            old.future.cancel()
            old.file.close()

    def _wire(self, kwargs: dict) -> dict:
        """The job's arguments with the policy pack as a ``_FrozenPack``: pickled once per pack, not
        for every message (the pack is a tree of pydantic models, 0.35 ms of this process's time to
        pickle; the bytes cost nothing to send again)."""
        pack = kwargs.get("pack")
        if pack is None:
            return kwargs
        with self._lock:
            held = self._packs.get(id(pack))
            if held is None or held[0] is not pack:
                if len(self._packs) >= 32:
                    self._packs.clear()
                blob = pickle.dumps(pack, protocol=pickle.HIGHEST_PROTOCOL)
                held = self._packs[id(pack)] = (pack, _FrozenPack(hashlib.sha256(blob).digest(), blob))
        return {**kwargs, "pack": held[1]}

    def _take(self, raw: bytes, kwargs: dict) -> "_Ahead | None":
        with self._lock:
            ahead = self._ahead.pop(_key(raw, kwargs), None)
        if ahead is None:
            return None
        now, then = kwargs.get("now"), ahead.now
        if now is not None and then is not None and abs((now - then).total_seconds()) > PREFETCH_SLACK_SECONDS:
            ahead.future.cancel()
            ahead.file.close()
            return None
        return ahead

    def triage(self, raw: bytes, *, today: date) -> Triage:
        """The readable text's urgency, within the limits; possibly urgent when it cannot be had."""
        try:
            return self._run(_triage_job, min(TRIAGE_SECONDS, self.limits.seconds), raw, today)
        except _Overrun as e:
            log.warning("readable text could not be assessed (%s): treated as possibly urgent", e.problem)
            return Triage(urgent=True, evidence=None, assessed=False)

    def _run(self, fn, seconds: float, raw: bytes, *args):
        with _spill(raw) as f:
            return self._schedule(fn, seconds, f.name, *args)

    def _schedule(self, fn, seconds: float, *args):
        try:
            future = self._get().schedule(fn, args=args, timeout=seconds)
        except BrokenProcessPool as e:
            self.close()
            raise PoolUnavailable(f"the parse workers stopped: {e}") from None
        return self._wait(future, seconds)

    def _wait(self, future, seconds: float):
        try:
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
            ahead, self._ahead = list(self._ahead.values()), {}
        for a in ahead:
            a.future.cancel()
            a.file.close()
        if pool is not None:
            # let a worker that is starting up finish starting (killing it then prints a forkserver
            # traceback a person would take for a fault); stop whatever is still busy after that
            pool.close()
            try:
                pool.join(5)
            except TimeoutError:
                pool.stop()
                pool.join(10)


def _spill(raw: bytes):
    """The message as a private temporary file for a worker to read, not pickled down the pipe: the
    daemon then holds one copy of a 50 MB message, not two. Removed when closed."""
    f = tempfile.NamedTemporaryFile(prefix="stepbot-msg-")
    try:
        f.write(raw)
        f.flush()
    except BaseException:
        f.close()
        raise
    return f


@dataclass(frozen=True)
class _FrozenPack:
    """A policy pack as its pickle, for a worker to read once (``_pack``) and keep."""

    digest: bytes
    blob: bytes


@dataclass
class _Ahead:
    future: object
    file: object   # the message's temporary file, kept until the worker has read it
    now: object


def _key(raw: bytes, kwargs: dict) -> tuple:
    """What makes two parses the same: the bytes, the authority and mailbox, and the day read on
    (``now`` is compared within PREFETCH_SLACK_SECONDS by ``_take``)."""
    now = kwargs.get("now")
    return (hashlib.sha256(raw).digest(), kwargs.get("authority"), kwargs.get("mailbox"),
            to_london(now).date() if now is not None else None)


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


def _ready() -> None:
    """A job that does nothing: it makes the pool start a worker."""


def _read(path: str) -> bytes:
    with open(path, "rb") as f:
        return f.read()


_PACKS: dict[bytes, object] = {}   # in a worker: the packs it has read, by their pickle's digest


def _pack(frozen: "_FrozenPack"):
    pack = _PACKS.get(frozen.digest)
    if pack is None:
        if len(_PACKS) >= 32:
            _PACKS.clear()
        pack = _PACKS[frozen.digest] = pickle.loads(frozen.blob)
    return pack


def _parse_job(path: str, kwargs: dict):
    from bot.parser import parse_message

    if isinstance(kwargs.get("pack"), _FrozenPack):
        kwargs = {**kwargs, "pack": _pack(kwargs["pack"])}
    return parse_message(_read(path), **kwargs)


def _triage_job(path: str, today: date) -> Triage:
    from bot.parser.readable import readable_urgency, sender_and_subject

    raw = _read(path)
    urgent, evidence = readable_urgency(raw, today)
    sender, subject = sender_and_subject(raw)
    return Triage(urgent=bool(urgent), evidence=evidence, assessed=True, subject=subject, sender=sender)
