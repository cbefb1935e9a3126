"""A backlog, end to end: real Dovecot, a real SMTP sink, the daemon as `stepbot run` runs it.

Usage: .venv/bin/python bench/bench_backlog.py N [--db sqlite|postgresql] [--write]

Puts N messages in one duty inbox on a private Dovecot (the labelled corpora in ``tests/data``, in
turn, each with a fresh Message-ID and its own sender, so the per-address caps do not hold them),
starts `stepbot run --no-web` in its own process against it, sending through an SMTP server on
loopback (aiosmtpd, in this process), and waits until every message is processed and every
outgoing message is at the sink. Reports:

* the time from the daemon's start until the last message was processed, and until the last
  outgoing message was at the sink (the backlog "answered");
* the first urgent alert's delay from its commit (its outbox row's creation) to the sink;
* the daemon's peak RSS (VmHWM) and the largest parse worker's.

With --write the result is added to the "## Backlog" section of docs/benchmarks.md (one line per
run, newest last). Needs Dovecot (``dovecot-imapd``) and, with --db postgresql, the PostgreSQL on
127.0.0.1:5432 (trust auth).
"""
from __future__ import annotations

import argparse
import email.utils
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402
from sqlalchemy import bindparam, create_engine, func, select  # noqa: E402
from sqlalchemy.exc import OperationalError, ProgrammingError  # noqa: E402

from bot.models import InboundMessage, OutboxMessage  # noqa: E402
from bot.states import InboundStatus  # noqa: E402
from tests.support import postgres  # noqa: E402
from tests.support.dovecot import DovecotServer, config_with_dovecot  # noqa: E402
from tests.support.smtpd import SmtpServer  # noqa: E402

AUTHORITY, ROLE = "knowsley", "mash_step_up"
SETS = ["corpus/dev", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "fields1", "fields3",
        "fields4", "risk1", "risk2", "risk3", "risk4", "risk5", "risk7"]
PENDING = [InboundStatus.RECEIVED, InboundStatus.PROCESSING]
UNSENT = ["pending", "sending", "unsure", "checking"]
UNSENT_APART = (["pending", "unsure"], ["sending", "checking"])   # waiting, being sent


def corpus() -> list[bytes]:
    out = []
    for name in SETS:
        d = ROOT / "tests" / "data" / name
        for path in sorted(d.glob("*.eml")):
            out.append(path.read_bytes())
    return out


def fresh(raw: bytes, n: int) -> bytes:
    """The message with its own Message-ID, sender and today's Date (so no step is 'in the past')."""
    head, sep, body = raw.partition(b"\r\n\r\n") if b"\r\n\r\n" in raw else raw.partition(b"\n\n")
    head = re.sub(rb"(?im)^Message-ID:.*(\r?\n[ \t].*)*", b"Message-ID: <backlog-%d@bench.invalid>" % n, head, count=1)
    head = re.sub(rb"(?im)^From:.*(\r?\n[ \t].*)*", b"From: Practitioner %d <practitioner-%d@partner.example.org>" % (n, n),
                  head, count=1)
    head = re.sub(rb"(?im)^Date:.*(\r?\n[ \t].*)*", b"Date: " + email.utils.formatdate(localtime=False).encode(),
                  head, count=1)
    return head + sep + body


def cpu_s(pid: int) -> float:
    """The process's own CPU time so far (user + system, all its threads; not its children's)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int, field: str = "VmHWM") -> float:
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    m = re.search(rf"^{field}:\s+(\d+) kB", text, re.M)
    return int(m[1]) / 1024 if m else 0.0


def children(pid: int) -> list[int]:
    try:
        out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout
    except OSError:
        return []
    kids = [int(x) for x in out.split()]
    return kids + [g for k in kids for g in children(k)]


def run(n: int, db: str) -> dict:
    tmp = Path(tempfile.mkdtemp(prefix="stepbot-backlog-"))
    try:
        return _run(tmp, n, db)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _run(tmp: Path, n: int, db: str) -> dict:
    mails = corpus()
    with DovecotServer(tmp) as dovecot, SmtpServer() as smtp, _database(db, tmp) as url:
        cfg = config_with_dovecot(tmp, dovecot, smtp.port, AUTHORITY, ROLE)
        dep_file = cfg / "deployment.yaml"
        dep = yaml.safe_load(dep_file.read_text())
        dep["database_url"] = url
        dep_file.write_text(yaml.safe_dump(dep))
        client = dovecot.client()
        t0 = time.perf_counter()
        for i in range(n):
            client.append("INBOX", fresh(mails[i % len(mails)], i))
        client.logout()
        load_s = time.perf_counter() - t0
        log = open(tmp / "daemon.log", "wb")
        start_wall, start = time.time(), time.monotonic()
        proc = subprocess.Popen([sys.executable, "-m", "bot.cli", "--config", str(cfg), "run", "--no-web"],
                                cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env=dict(os.environ), start_new_session=True)
        engine = create_engine(url)
        peak_daemon = peak_worker = daemon_cpu = 0.0
        processed_s = answered_s = None
        try:
            while True:
                time.sleep(0.5)
                if proc.poll() is not None:
                    raise RuntimeError("the daemon stopped:\n" + (tmp / "daemon.log").read_text()[-3000:])
                peak_daemon = max(peak_daemon, rss_mb(proc.pid))
                daemon_cpu = max(daemon_cpu, cpu_s(proc.pid))
                for kid in children(proc.pid):
                    peak_worker = max(peak_worker, rss_mb(kid, "VmRSS"))
                try:
                    counts = _counts(engine)
                except (OperationalError, ProgrammingError):
                    continue  # the daemon has not made its tables yet
                inbound, waiting, unsent, total = counts
                elapsed = time.monotonic() - start
                if processed_s is None and inbound >= n and waiting == 0:
                    processed_s = elapsed
                if processed_s is not None and unsent == 0 and len(smtp.messages) >= total - _not_sent(engine):
                    answered_s = max(r.at for r in smtp.messages) - start if smtp.messages else elapsed  # both monotonic
                    break
                if elapsed > 3600:
                    raise RuntimeError(f"not answered within an hour: {inbound} in, {waiting} waiting, {unsent} unsent")
            first_alert = _first_alert_delay(engine, smtp, start_wall)
            with engine.connect() as c:
                retried = c.scalar(select(func.count()).select_from(OutboxMessage)
                                   .where(OutboxMessage.attempts > 1)) or 0
                errors = sorted({(e or "")[:80] for e in c.scalars(select(OutboxMessage.last_error)
                                                                   .where(OutboxMessage.attempts > 1))})
            sent = len(smtp.messages)
            if os.environ.get("BENCH_TIMELINE"):
                buckets: dict[int, int] = {}
                for r in smtp.messages:
                    buckets[int((r.at - start) // 5) * 5] = buckets.get(int((r.at - start) // 5) * 5, 0) + 1
                print("arrivals at the sink per 5 s:", dict(sorted(buckets.items())), file=sys.stderr)
        finally:
            from tests.support.daemon_process import stop
            stop(proc)
            engine.dispose()
    return {"n": n, "db": db, "load_s": load_s, "processed_s": processed_s, "answered_s": answered_s,
            "sent": sent, "retried": retried, "errors": errors, "first_alert_s": first_alert, "daemon_peak_mb": peak_daemon, "worker_peak_mb": peak_worker,
            "daemon_cpu_s": daemon_cpu}


def latency(n: int) -> dict:
    """Seconds from APPEND to the acknowledgement at the sink, for ``n`` messages appended one at
    a time to an idle daemon (IMAP IDLE), each waited for before the next."""
    tmp = Path(tempfile.mkdtemp(prefix="stepbot-latency-"))
    try:
        times, server, unanswered = _latency(tmp, n)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return {"n": n, "answered": len(times), "unanswered": unanswered, **_quantiles("", times),
            **_quantiles("server_", server)}


def _latency(tmp: Path, n: int) -> tuple[list[float], list[float], int]:
    mails = [m for m in corpus() if b"Auto-Submitted" not in m[:3000]]
    with DovecotServer(tmp) as dovecot, SmtpServer() as smtp:
        cfg = config_with_dovecot(tmp, dovecot, smtp.port, AUTHORITY, ROLE)
        engine = create_engine(f"sqlite:///{tmp / 'stepbot.db'}")
        proc = subprocess.Popen([sys.executable, "-m", "bot.cli", "--config", str(cfg), "run", "--no-web"],
                                cwd=ROOT, stdout=open(tmp / "daemon.log", "wb"), stderr=subprocess.STDOUT,
                                env=dict(os.environ), start_new_session=True)
        client = dovecot.client()
        times, server, unanswered = [], [], 0
        announced = _Announcements(dovecot)    # when Dovecot tells an IDLE client of new mail
        try:
            _wait_ready(engine, proc)
            time.sleep(3)                       # the watchers are in IDLE
            for i in range(n):
                mid = b"<latency-%d@bench.invalid>" % i
                before = len(smtp.messages)
                t0 = time.monotonic()
                client.append("INBOX", fresh(mails[i % len(mails)], i).replace(b"<backlog-%d@bench.invalid>" % i, mid))
                deadline = t0 + 10
                found = None
                while found is None and time.monotonic() < deadline:
                    time.sleep(0.005)
                    found = next((r for r in smtp.messages[before:] if b"In-Reply-To: " + mid in r.data[:5000]), None)
                if found is None:
                    unanswered += 1             # a message that gets no acknowledgement (e.g. a reply to us)
                else:
                    times.append(found.at - t0)
                    told = announced.first_after(t0)
                    if told is not None:
                        server.append(told - t0)
                time.sleep(0.2)
        finally:
            announced.stop()
            client.logout()
            from tests.support.daemon_process import stop
            stop(proc)
            engine.dispose()
    return times, server, unanswered


def _quantiles(prefix: str, values: list[float]) -> dict:
    values = sorted(values)
    pick = lambda q: values[min(len(values) - 1, int(q * len(values)))]  # noqa: E731
    return {f"{prefix}p50": pick(0.5), f"{prefix}p95": pick(0.95), f"{prefix}max": values[-1]}


class _Announcements(threading.Thread):
    """An IDLE client of the bench's own, noting when the server announces new mail: Dovecot holds an
    announcement back for up to 500 ms after a change (NOTIFY_DELAY_MSECS in its mailbox-watch.c),
    a wait no client can shorten, and part of every append-to-acknowledgement figure here."""

    def __init__(self, dovecot):
        super().__init__(daemon=True)
        self.times: list[float] = []
        self._halt = threading.Event()
        self.c = dovecot.client()
        self.c.select_folder("INBOX")
        self.c.idle()
        self.start()

    def run(self) -> None:
        while not self._halt.is_set():
            for resp in self.c.idle_check(timeout=0.2):
                if len(resp) >= 2 and resp[1] == b"EXISTS":
                    self.times.append(time.monotonic())

    def first_after(self, t0: float) -> float | None:
        return next((t for t in self.times if t >= t0), None)

    def stop(self) -> None:
        self._halt.set()
        self.join()
        self.c.idle_done()
        self.c.logout()


def _wait_ready(engine, proc, timeout: float = 60) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise RuntimeError("the daemon stopped")
        try:
            _counts(engine)
            return
        except (OperationalError, ProgrammingError):
            time.sleep(0.2)
    raise RuntimeError("the daemon did not start")


def _counts(engine) -> tuple[int, int, int, int]:
    with engine.connect() as c:
        inbound = c.scalar(select(func.count()).select_from(InboundMessage)) or 0
        waiting = c.scalar(select(func.count()).select_from(InboundMessage)
                           .where(InboundMessage.status.in_(PENDING))) or 0
        # waiting and being sent asked apart, with the states in the SQL, as the sender asks them
        # (the partial indexes of migration 0006): not a read of every row sent, twice a second
        unsent = sum(c.scalar(select(func.count()).select_from(OutboxMessage).where(
            OutboxMessage.state.in_(bindparam(None, states, expanding=True, literal_execute=True)))) or 0
                     for states in UNSENT_APART)
        total = c.scalar(select(func.count()).select_from(OutboxMessage)) or 0
    return inbound, waiting, unsent, total


def _not_sent(engine) -> int:
    """Outgoing rows that ended without a send (cancelled, given up): not expected at the sink."""
    with engine.connect() as c:
        return c.scalar(select(func.count()).select_from(OutboxMessage)
                        .where(OutboxMessage.state.notin_(UNSENT + ["sent"]))) or 0


def _first_alert_delay(engine, smtp, start_wall: float) -> float | None:
    """Seconds from the first urgent alert's commit to its arrival at the sink."""
    with engine.connect() as c:
        row = c.execute(select(OutboxMessage.message_id, OutboxMessage.created_at)
                        .where(OutboxMessage.purpose == "alert").order_by(OutboxMessage.id).limit(1)).first()
    if row is None:
        return None
    mid, created = row
    created = created.replace(tzinfo=timezone.utc) if created.tzinfo is None else created
    offset = time.time() - time.monotonic()
    for r in smtp.messages:
        if mid and mid.encode() in r.data[:4000]:
            return round(r.at + offset - created.timestamp(), 2)
    return None


class _database:
    def __init__(self, kind: str, tmp: Path):
        self.kind, self.tmp, self._pg = kind, tmp, None

    def __enter__(self) -> str:
        if self.kind == "sqlite":
            return f"sqlite:///{self.tmp / 'stepbot.db'}"
        self._pg = postgres.temporary_database("backlog")
        return self._pg.__enter__()

    def __exit__(self, *exc):
        if self._pg is not None:
            self._pg.__exit__(*exc)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    ap.add_argument("--db", choices=["sqlite", "postgresql"], default="sqlite")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--latency", action="store_true",
                    help="append N messages one at a time to an idle daemon and time each acknowledgement")
    a = ap.parse_args()
    if a.latency:
        r = latency(a.n)
        line = (f"IMAP IDLE, {r['answered']} messages one at a time (SQLite): append to acknowledgement at the "
                f"SMTP sink p50 {r['p50']:.2f} s, p95 {r['p95']:.2f} s, max {r['max']:.2f} s. Dovecot itself "
                f"announced each new message to an IDLE client after p50 {r['server_p50']:.2f} s, p95 "
                f"{r['server_p95']:.2f} s (it holds announcements for up to 0.5 s)")
    else:
        r = run(a.n, a.db)
        line = (f"{r['n']:,} messages, {'SQLite' if r['db'] == 'sqlite' else 'PostgreSQL'}: processed in "
                f"{r['processed_s']:.0f} s ({r['n'] / r['processed_s']:.1f} msg/s), every outgoing message "
                f"({r['sent']:,}) at the sink after {r['answered_s']:.0f} s; first urgent alert "
                f"{r['first_alert_s']} s after its commit; peak RSS daemon {r['daemon_peak_mb']:.0f} MB, "
                f"largest parse worker {r['worker_peak_mb']:.0f} MB; daemon CPU (intake and sender, parse "
                f"workers not counted) {1000 * r['daemon_cpu_s'] / r['n']:.0f} ms a message")
    print(line)
    print(json.dumps(r))
    if a.write:
        _write(line)
    return 0


def _write(line: str) -> None:
    doc = ROOT / "docs" / "benchmarks.md"
    text = doc.read_text()
    head = ("## Backlog and latency (`bench/bench_backlog.py`)\n\n`.venv/bin/python bench/bench_backlog.py N "
            "[--db sqlite|postgresql] [--latency] --write` on the 2-core dev machine: real Dovecot, an SMTP sink "
            "on loopback, `stepbot run --no-web` in its own process.\n\n")
    entry = f"- {date.today().isoformat()}: {line}\n"
    if "## Backlog" in text:
        text = re.sub(r"(## Backlog.*?)(?=\n## |\Z)", lambda m: m[1].rstrip("\n") + "\n" + entry, text, flags=re.S)
    else:
        text = text.rstrip("\n") + "\n\n" + head + entry
    doc.write_text(text)

if __name__ == "__main__":
    sys.exit(main())
