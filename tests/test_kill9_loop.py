"""A kill -9 loop through the real daemon process (issue 14): 300 requests arrive in Maildir duty
inboxes, in batches, while `stepbot run` is killed with SIGKILL at random moments (at least 30
times) and started again; mail goes out through a real SMTP server. At the end:

- 0 lost: every message has its row, and is answered (its acknowledgement went out) or in review;
- 0 duplicate requests: no message opened two requests, and no inbox message two rows;
- no mail sent twice except one cut short between its last line and the server's reply (SMTP
  cannot be asked about it): the acceptance is noted and committed in the same breath as it is
  given, and a row left mid-send is looked up before any resend (bot/outbox.py, bot/acceptances.py).

The counts are printed (run with ``-s`` to see them). About 2 minutes.
"""
from __future__ import annotations

import os
import random
import re
import shutil
import signal
import time
from collections import Counter
from email import message_from_bytes
from pathlib import Path

import pytest
import yaml
from sqlalchemy import func, select

from bot.app import App
from bot.config import load_settings
from bot.demo import SAMPLES, render_sample
from bot.models import InboundMessage, OutboxMessage, Request
from tests.support.daemon_process import start, stop
from tests.support.dovecot import free_port

ROOT = Path(__file__).resolve().parent.parent
MESSAGES, KILLS = 300, 30
REVIEW = ("needs_review", "failed", "quarantined")
# (sample, authority, mailbox): ordinary requests, each answered with an acknowledgement.
KINDS = [
    ("01_torbay_step_up_complete.eml", "torbay", "mash_step_up"),
    ("02_richmond_step_up_incomplete.eml", "richmond_wandsworth", "mash_step_up"),
    ("04_knowsley_step_down_complete.eml", "knowsley", "early_help_duty"),
]



@pytest.fixture
def config(tmp_path, smtp) -> Path:
    cfg = tmp_path / "config"
    shutil.copytree(ROOT / "config", cfg)
    dep_file = cfg / "deployment.yaml"
    dep = yaml.safe_load(dep_file.read_text())
    dep["database_url"] = f"sqlite:///{tmp_path / 'stepbot.db'}"
    dep["outgoing"] = {"type": "smtp", "smtp": {"host": "127.0.0.1", "port": smtp.port, "security": "none"}}
    dep["web"]["port"] = free_port()
    for name, auth in dep["authorities"].items():
        for role, mb in auth["mailboxes"].items():
            mb["backend"]["path"] = str(tmp_path / "mail" / name / role)
    dep_file.write_text(yaml.safe_dump(dep))
    return cfg


def variant(template: bytes, n: int) -> bytes:
    """The sample as the n-th distinct message: its own Message-ID, sender and case number."""
    text = template.decode("utf-8")
    text = re.sub(r"(?m)^Message-ID: <([^@>]+)@", rf"Message-ID: <kill9-{n}-\1@", text, count=1)
    text = re.sub(r"(?m)^(From: .*?<)([^@>]+)@", rf"\g<1>\g<2>.{n}@", text, count=1)
    text = re.sub(r"(?m)^(Subject: .*)$", rf"\1 (batch {n})", text, count=1)
    return text.encode("utf-8")


def counts(app) -> tuple[int, int, int]:
    """(inbound rows, finished: answered or in review, outbox rows not yet sent)."""
    with app.Session() as s:
        rows = s.scalar(select(func.count()).select_from(InboundMessage))
        done = s.scalar(select(func.count()).select_from(InboundMessage)
                        .where(InboundMessage.status != "received"))
        unsent = s.scalar(select(func.count()).select_from(OutboxMessage).where(OutboxMessage.state != "sent"))
    return rows, done, unsent


def inbox_left(app, where) -> int:
    return sum(len(list(app.mailbox(a, r).fetch_new())) for a, r in where)


def test_kill_9_loop_loses_nothing_and_doubles_nothing(config, smtp, tmp_path):
    rng = random.Random(14)
    app = App(load_settings(config))
    templates = [(render_sample(SAMPLES / name, app), auth, role) for name, auth, role in KINDS]
    where = {(a, r) for _, a, r in KINDS}
    log = tmp_path / "stepbot.log"
    sent_ids: dict[str, tuple[str, str]] = {}
    per_batch = MESSAGES // KILLS
    kills = 0
    started = time.monotonic()
    try:
        n = 0
        proc = start(config, log)
        for batch in range(KILLS):
            for _ in range(per_batch):
                raw, auth, role = templates[n % len(templates)]
                msg = variant(raw, n)
                sent_ids[str(message_from_bytes(msg)["Message-ID"])] = (auth, role)
                app.mailbox(auth, role).deliver(msg)
                n += 1
            time.sleep(rng.uniform(0.4, 2.5))   # mid-intake, mid-parse or mid-send
            assert proc.poll() is None, log.read_text()[-3000:]
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(10)
            kills += 1
            proc = start(config, log)
        # Let the last one finish: every message read, every mail sent (a stranded row waits for
        # its lease to run out, at most 40 s).
        # (generous: on a loaded machine the last instance may still be reading the backlog, and
        # its acknowledgements wait for the end of that pass, issue 21)
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            rows, done, unsent = counts(app)
            if done == MESSAGES and unsent == 0 and inbox_left(app, where) == 0:
                break
            assert proc.poll() is None, log.read_text()[-3000:]
            time.sleep(0.5)
        time.sleep(1)                            # anything sent twice would show up now
        stop(proc)
    finally:
        if "proc" in locals():
            stop(proc)

    with app.Session() as s:
        inbound = list(s.scalars(select(InboundMessage)))
        requests = list(s.scalars(select(Request)))
        outbox = list(s.scalars(select(OutboxMessage)))
    app.close()
    mid_of = {m.id: str(message_from_bytes(m.raw)["Message-ID"]) for m in inbound}   # as it arrived
    by_mid = Counter(mid_of.values())
    missing = [mid for mid in sent_ids if by_mid[mid] == 0]
    double_rows = [mid for mid, c in by_mid.items() if c > 1]
    acks_sent = {o.request_id for o in outbox if o.purpose == "ack" and o.state == "sent"}
    unanswered = [mid_of[m.id] for m in inbound
                  if m.status not in REVIEW and (m.request_id is None or m.request_id not in acks_sent)]
    req_per_inbound = Counter(mid_of[m.id] for m in inbound if m.request_id is not None)
    inbound_request_ids = Counter(m.request_id for m in inbound if m.request_id is not None)
    duplicate_requests = (len(requests) - len(inbound_request_ids)
                          + sum(1 for c in req_per_inbound.values() if c > 1))
    delivered = Counter(str(message_from_bytes(m.data)["Message-ID"]) for m in list(smtp.messages))
    twice = {mid: c for mid, c in delivered.items() if c > 1}
    in_review = sum(1 for m in inbound if m.status in REVIEW)
    for m in inbound:
        if m.status in REVIEW:
            print(f"in review: {mid_of[m.id]} {m.status} {m.kind} {(m.error or '')[:200]}")
    print(f"\nkill -9 loop: {kills} kills over {MESSAGES} messages in {time.monotonic() - started:.0f} s; "
          f"rows {len(inbound)}, requests {len(requests)}, in review {in_review}, "
          f"mails sent {sum(delivered.values())} ({len(delivered)} distinct); "
          f"lost {len(missing) + len(unanswered)}, duplicate requests {duplicate_requests + len(double_rows)}, "
          f"sent twice {len(twice)}")
    assert kills >= 30
    assert not missing, f"{len(missing)} messages have no row: {missing}"
    assert not unanswered, f"{len(unanswered)} messages neither answered nor in review"
    assert not double_rows and duplicate_requests == 0
    # SMTP has no idempotency and no way to ask "did you take it?". A process killed after the
    # final line went out but before the server's 250 reached it leaves a row that looks unsent:
    # its lease runs out and it is sent again (a possible repeat is chosen over a possible loss).
    # Everywhere else the acceptance is noted before the commit, so a repeat is allowed only for a
    # row whose first attempt was cut short (attempts > 1), and no more than a few in 30 kills.
    retried = {o.message_id for o in outbox if o.attempts > 1}
    assert set(twice) <= retried, f"sent twice without a cut-short attempt: {set(twice) - retried}"
    assert all(c == 2 for c in twice.values()) and len(twice) <= 3, twice
    assert {o.state for o in outbox} == {"sent"}
    after = App(load_settings(config), migrate=False)
    try:
        assert inbox_left(after, where) == 0
    finally:
        after.close()
