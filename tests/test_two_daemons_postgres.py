"""Two daemons on one PostgreSQL database share the work (issue 20): 200 messages dropped into the
inboxes while two real `stepbot run` processes (separate state folders, as on two hosts) watch
them; every message is read once, answered once, and no mail reaches the SMTP server twice."""
from __future__ import annotations

import shutil
import time
from collections import Counter
from email import message_from_bytes
from pathlib import Path

import yaml
from sqlalchemy import func, select

from bot.app import App
from bot.config import load_settings
from bot.demo import SAMPLES, render_sample
from bot.models import InboundMessage, OutboxMessage, Request
from tests.support.daemon_process import start, stop
from tests.support.dovecot import free_port
from tests.support.postgres import temporary_database
from tests.test_kill9_loop import KINDS, REVIEW, variant

ROOT = Path(__file__).resolve().parent.parent
MESSAGES = 200


def _config(tmp_path: Path, name: str, url: str, smtp_port: int) -> Path:
    cfg = tmp_path / name / "config"
    shutil.copytree(ROOT / "config", cfg)
    dep = yaml.safe_load((cfg / "deployment.yaml").read_text())
    dep["database_url"] = url
    dep["state_dir"] = str(tmp_path / name / "state")          # each its own host
    dep["outgoing"] = {"type": "smtp", "smtp": {"host": "127.0.0.1", "port": smtp_port, "security": "none"}}
    dep["web"]["port"] = free_port()
    for authority, auth in dep["authorities"].items():
        for role, mb in auth["mailboxes"].items():
            mb["backend"]["path"] = str(tmp_path / "mail" / authority / role)   # the same mailboxes
    (cfg / "deployment.yaml").write_text(yaml.safe_dump(dep))
    return cfg


def test_two_daemons_on_one_postgresql_share_the_work_without_doubling(tmp_path, smtp):
    with temporary_database("two_daemons") as url:
        first, second = (_config(tmp_path, n, url, smtp.port) for n in ("host1", "host2"))
        app = App(load_settings(first))
        templates = [(render_sample(SAMPLES / name, app), auth, role) for name, auth, role in KINDS]
        procs = []
        try:
            procs = [start(cfg, tmp_path / f"{cfg.parent.name}.log") for cfg in (first, second)]
            ids = []
            for n in range(MESSAGES):
                raw, auth, role = templates[n % len(templates)]
                msg = variant(raw, n)
                ids.append(str(message_from_bytes(msg)["Message-ID"]))
                app.mailbox(auth, role).deliver(msg)
            deadline = time.monotonic() + 300
            while time.monotonic() < deadline:
                with app.Session() as s:
                    done = s.scalar(select(func.count()).select_from(InboundMessage)
                                    .where(InboundMessage.status != "received"))
                    unsent = s.scalar(select(func.count()).select_from(OutboxMessage)
                                      .where(OutboxMessage.state != "sent"))
                if done >= MESSAGES and unsent == 0:
                    break
                for p in procs:
                    assert p.poll() is None, (tmp_path / "host1.log").read_text()[-2000:]
                time.sleep(0.5)
            time.sleep(1)
        finally:
            for p in procs:
                stop(p)
        with app.Session() as s:
            inbound = list(s.scalars(select(InboundMessage)))
            requests = s.scalar(select(func.count()).select_from(Request))
            acks = Counter(o.request_id for o in s.scalars(select(OutboxMessage).where(OutboxMessage.purpose == "ack")))
        app.close()
        arrived = Counter(str(message_from_bytes(m.raw)["Message-ID"]) for m in inbound)
        assert set(arrived) == set(ids) and max(arrived.values()) == 1, "a message read twice or not at all"
        answered = [m for m in inbound if m.status not in REVIEW]
        assert len(answered) >= MESSAGES - 10 and requests == len({m.request_id for m in inbound if m.request_id})
        assert all(acks[m.request_id] == 1 for m in answered), "a request acknowledged twice or not at all"
        delivered = Counter(str(message_from_bytes(m.data)["Message-ID"]) for m in smtp.messages)
        assert delivered and max(delivered.values()) == 1, "a mail reached the SMTP server twice"
        logs = [(tmp_path / f"{h}.log").read_text() for h in ("host1", "host2")]
        assert all("processed" in text for text in logs), "one daemon did all the work"
