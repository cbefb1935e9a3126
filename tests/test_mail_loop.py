"""Two stepbot instances in a mail loop, their loop headers stripped by a gateway (issue 14).

Instance A and instance B are separate deployments (own database, own Maildir inbox and outbox);
B's duty mailbox has another address, so neither knows the other's mail as its own. A gateway
carries each one's outgoing mail addressed to the other into the other's inbox, removing every
header that marks it automatic or ours: Auto-Submitted, X-Auto-Response-Suppress, Precedence,
X-Loop, X-Stepbot-Ref, In-Reply-To and References. The exchange must stop within the caps:
counted and asserted, and each side's business support told once.
"""
from __future__ import annotations

import email
import shutil
from datetime import datetime
from email import policy
from pathlib import Path

from sqlalchemy import func, select

from bot import outbox
from bot.app import App
from bot.clock import FixedClock
from bot.config import load_settings
from bot.daemon import process_mailbox
from bot.demo import SAMPLES, render_sample
from bot.mailbox.maildir import MaildirOutbox
from bot.models import OutboxMessage, Request
from bot.workcal import LONDON

ROOT = Path(__file__).resolve().parent.parent
A_ADDR, B_ADDR = "mash@torbay.gov.uk", "mash@stepbot-b.example"
STRIPPED = ("Auto-Submitted", "X-Auto-Response-Suppress", "Precedence", "X-Loop", "X-Stepbot-Ref", "In-Reply-To",
            "References", "X-Stepbot-Envelope-To")
ROUNDS = 60
SECONDS_PER_HOP = 5      # the gateway's delay: the whole exchange fits well inside one 10-minute window


def _instance(tmp_path: Path, name: str, address: str, clock) -> App:
    cfg = tmp_path / name / "config"
    shutil.copytree(ROOT / "config", cfg)
    dep = cfg / "deployment.yaml"
    dep.write_text(dep.read_text().replace(f"address: {A_ADDR}", f"address: {address}"))
    return App(load_settings(cfg), clock=clock)


def _gateway(src: App, dst: App, dst_addr: str, seen: set[str]) -> int:
    """Carry src's new outgoing mail addressed to dst's mailbox into dst's inbox, loop marks removed."""
    box = MaildirOutbox(src.settings.path(src.settings.deployment.outgoing.path))
    carried = 0
    for m in box.messages():
        mid = m["Message-ID"]
        if mid in seen:
            continue
        seen.add(mid)
        if dst_addr not in str(m["To"]).lower():
            continue  # an alert to the instance's own staff: not for the other robot
        msg = email.message_from_bytes(m.as_bytes(), policy=policy.compat32)
        for h in STRIPPED:
            del msg[h]
        dst.mailbox("torbay", "mash_step_up").deliver(msg.as_bytes())
        carried += 1
    return carried


def test_two_instances_with_loop_headers_stripped_stop_within_the_cap(tmp_path):
    clock = FixedClock(datetime(2026, 11, 23, 10, 0, tzinfo=LONDON))
    a = _instance(tmp_path, "a", A_ADDR, clock)
    b = _instance(tmp_path, "b", B_ADDR, clock)
    try:
        caps = a.settings.deployment.caps
        # the first mail: a step-up request to A that seems to come from B's address
        seed = render_sample(SAMPLES / "01_torbay_step_up_complete.eml", a).replace(
            b"Becca Stentiford <Becca.Stentiford@torbay.gov.uk>", B_ADDR.encode())
        a.mailbox("torbay", "mash_step_up").deliver(seed)
        seen_a, seen_b = set(), set()
        a_to_b = b_to_a = 0
        quiet_rounds, rounds = 0, 0
        while rounds < ROUNDS and quiet_rounds < 3:
            rounds += 1
            for app in (a, b):
                process_mailbox(app, "torbay", "mash_step_up", app.mailbox("torbay", "mash_step_up"))
                outbox.deliver_due(app)
            moved = _gateway(a, b, B_ADDR, seen_a), _gateway(b, a, A_ADDR, seen_b)
            a_to_b += moved[0]
            b_to_a += moved[1]
            quiet_rounds = quiet_rounds + 1 if moved == (0, 0) else 0
            clock.advance(seconds=SECONDS_PER_HOP)

        assert quiet_rounds == 3, f"still looping after {rounds} rounds: {a_to_b} A->B, {b_to_a} B->A"
        assert a_to_b >= 2 and b_to_a >= 1          # it was a loop, and the caps ended it
        for app, other, crossed in ((a, B_ADDR, a_to_b), (b, A_ADDR, b_to_a)):
            with app.Session() as s:
                to_other = s.execute(select(OutboxMessage.purpose, OutboxMessage.reply_to, OutboxMessage.recipients)).all()
                opened = s.scalar(select(func.count()).select_from(Request))
                alerts = s.scalars(select(OutboxMessage).where(
                    OutboxMessage.idempotency_key.like("cap-alert:%"))).all()
            replies = [p for p, reply_to, _r in to_other if reply_to == other]
            others = [p for p, reply_to, rcpt in to_other if reply_to != other and other in rcpt]
            assert len(replies) <= caps.replies_per_window
            assert others in ([], ["invitation"])   # the meeting for the first request, once
            assert crossed == len(replies) + len(others)
            assert opened <= caps.requests_per_sender_hour
            assert len(alerts) <= 1
        # whichever robot hit the cap first told its business support, once
        with a.Session() as s:
            told_a = s.scalar(select(func.count()).select_from(OutboxMessage)
                              .where(OutboxMessage.idempotency_key.like("cap-alert:%")))
        with b.Session() as s:
            told_b = s.scalar(select(func.count()).select_from(OutboxMessage)
                              .where(OutboxMessage.idempotency_key.like("cap-alert:%")))
        assert told_a + told_b >= 1
        print(f"loop: {rounds} rounds, {a_to_b} mails A->B, {b_to_a} mails B->A, support told A={told_a} B={told_b}")
    finally:
        a.close()
        b.close()
