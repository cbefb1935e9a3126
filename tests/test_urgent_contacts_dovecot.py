"""Urgent mail end to end against a real Dovecot (IMAP) and a real SMTP server (aiosmtpd), with a
fixed clock: one daemon pass (`stepbot run --once`) alerts whoever can act at that hour and sends
the sender one reply with the number to phone now.

Tower Hamlets' protocol (seed 001): "contact MAST (0207 364 5606/5601 or out of hours in an
emergency only 0207 364 4079)". 28 December 2026 is the Boxing Day substitute bank holiday.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.app import App
from bot.clock import FixedClock
from bot.config import load_settings
from bot.daemon import Daemon
from bot.models import AuditEvent
from bot.workcal import LONDON
from tests.support.dovecot import config_with_dovecot

ROOT = Path(__file__).resolve().parent.parent
MAIL = ROOT / "tests" / "data" / "urgent" / "tower_hamlets_urgent_other.eml"
AUTH, ROLE = "tower_hamlets", "mash_step_up"
SENDER = "sam.jones@school.example.org.uk"
EDT, MAST_DUTY = "edt@towerhamlets.gov.uk", "mast.duty@towerhamlets.gov.uk"

pytestmark = pytest.mark.dovecot


@pytest.fixture
def config(tmp_path, dovecot, smtp) -> Path:
    """A copy of config/ whose Tower Hamlets MAST mailbox is the Dovecot account, sending by SMTP."""
    return config_with_dovecot(tmp_path, dovecot, smtp.port, AUTH, ROLE)


def one_pass(config: Path, at: datetime) -> None:
    app = App(load_settings(config), clock=FixedClock(at))
    try:
        assert Daemon(app, web=False, scheduler=False).run_once() == 0
        with app.Session() as s:
            assert s.scalar(select(AuditEvent).where(AuditEvent.action == "safeguarding_alert")) is not None
    finally:
        app.close()


def received_by(smtp, address: str) -> list[str]:
    """The text of each message SMTP accepted for ``address``, whitespace folded."""
    from email import message_from_bytes
    from email import policy

    out = []
    for m in smtp.messages:
        if address in [r.lower() for r in m.rcpt_tos]:
            msg = message_from_bytes(m.data, policy=policy.default)
            out.append(msg["Subject"] + "\n" + " ".join(msg.get_body(preferencelist=("plain",)).get_content().split()))
    return out


def test_21_00_on_the_boxing_day_bank_holiday_alerts_the_out_of_hours_service(config, dovecot, smtp):
    dovecot.append(MAIL.read_bytes())
    one_pass(config, datetime(2026, 12, 28, 21, 0, tzinfo=LONDON))

    [alert] = received_by(smtp, EDT)
    assert "a person is expected to read it now" in alert and "0207 364 4079" in alert
    [reply] = received_by(smtp, SENDER)   # exactly one reply reaches the sender
    assert "has been alerted" in reply and "phone them now on 0207 364 4079" in reply
    assert "5606" not in reply and "5601" not in reply and "business support" not in reply.lower()
    [handover] = received_by(smtp, MAST_DUTY)
    assert "before the office opens at 09:00 on Tuesday 29 December 2026" in handover


def test_11_00_on_a_working_day_alerts_the_mast_duty_team(config, dovecot, smtp):
    dovecot.append(MAIL.read_bytes())
    one_pass(config, datetime(2026, 12, 29, 11, 0, tzinfo=LONDON))

    [alert] = received_by(smtp, MAST_DUTY)
    assert "A person in the MAST duty team is expected to read this now" in alert
    [reply] = received_by(smtp, SENDER)
    assert "phone the MAST duty team now on 0207 364 5606 or 0207 364 5601" in reply
    assert "4079" not in reply and "business support" not in reply.lower()
    assert received_by(smtp, EDT) == []
