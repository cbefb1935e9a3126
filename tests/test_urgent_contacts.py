"""Urgent mail reaches someone who can act at that hour (DESIGN.md safety rule 1).

Who is alerted and which number the sender is given, for every authority at the edges of office
hours, at weekends, on bank holidays and on closure days (bot.contacts.on_call); the urgent reply
and alerts as a daemon pass over a Maildir sends them, with only one reply to the sender.
"""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
import yaml

from bot import outbox
from bot.app import App
from bot.clock import FixedClock
from bot.config import load_settings
from bot.contacts import on_call
from bot.daemon import process_mailbox
from bot.workcal import LONDON
from tests.conftest import outbox_messages

DATA = Path(__file__).resolve().parent / "data" / "urgent"

# The numbers a sender must be given, written out here rather than read from the config under
# test: Tower Hamlets' are its protocol's (seed 001); the others' are the demo deployment's.
DAY = {
    "tower_hamlets": ("0207 364 5606", "0207 364 5601"),
    "knowsley": ("0151 496 0417",),
    "richmond_wandsworth": ("020 7946 0321",),
    "torbay": ("01632 960214",),
    "herefordshire": ("01632 960587",),
}
NIGHT = {
    "tower_hamlets": ("0207 364 4079",),
    "knowsley": ("0151 496 0999",),
    "richmond_wandsworth": ("020 7946 0999",),
    "torbay": ("01632 960999",),
    "herefordshire": ("01632 960998",),
}
DAY_DUTY = {
    "tower_hamlets": "mast.duty@towerhamlets.gov.uk",
    "knowsley": "mash.duty@knowsley.gov.uk",
    "richmond_wandsworth": "mash.duty@richmondandwandsworth.gov.uk",
    "torbay": "mash.duty@torbay.gov.uk",
    "herefordshire": "mash.duty@herefordshire.gov.uk",
}
EDT = {a: "edt@" + DAY_DUTY[a].split("@")[1] for a in DAY_DUTY}
AUTHORITIES = sorted(DAY)


def london(y, m, d, hh, mm=0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=LONDON)


# (moment, in office hours?, the office opening the day team is next in, words in the reason)
MOMENTS = [
    pytest.param(london(2026, 12, 1, 8, 59), False, london(2026, 12, 1, 9), "before office hours", id="Tue-08:59"),
    pytest.param(london(2026, 12, 1, 9, 0), True, None, None, id="Tue-09:00"),
    pytest.param(london(2026, 12, 1, 16, 59), True, None, None, id="Tue-16:59"),
    pytest.param(london(2026, 12, 1, 17, 0), False, london(2026, 12, 2, 9), "after office hours", id="Tue-17:00"),
    pytest.param(london(2026, 12, 4, 21, 0), False, london(2026, 12, 7, 9), "after office hours", id="Fri-21:00"),
    pytest.param(london(2026, 12, 5, 11, 0), False, london(2026, 12, 7, 9), "at the weekend", id="Sat-11:00"),
    pytest.param(london(2026, 12, 25, 11, 0), False, london(2026, 12, 29, 9), "on a bank holiday", id="Christmas-11:00"),
    pytest.param(london(2026, 12, 28, 11, 0), False, london(2026, 12, 29, 9), "on a bank holiday",
                 id="BoxingDaySubstitute-11:00"),
    pytest.param(london(2026, 12, 28, 21, 0), False, london(2026, 12, 29, 9), "on a bank holiday",
                 id="BoxingDaySubstitute-21:00"),
    pytest.param(london(2026, 12, 29, 9, 0), True, None, None, id="after-the-holiday-09:00"),
    # 08:30 UTC in June is 09:30 BST: office hours are London wall-clock time.
    pytest.param(datetime(2026, 6, 15, 8, 30, tzinfo=timezone.utc), True, None, None, id="BST-09:30"),
    pytest.param(datetime(2026, 6, 15, 16, 0, tzinfo=timezone.utc), False, london(2026, 6, 16, 9),
                 "after office hours", id="BST-17:00"),
]


@pytest.fixture(scope="module")
def settings():
    return load_settings(Path(__file__).resolve().parent.parent / "config")


@pytest.mark.parametrize("authority", AUTHORITIES)
@pytest.mark.parametrize("at,in_hours,opens,why", MOMENTS)
def test_who_is_alerted_and_which_number_by_the_hour(settings, authority, at, in_hours, opens, why):
    oc = on_call(settings, authority, at)
    assert oc.in_office_hours is in_hours
    assert oc.day_emails == (DAY_DUTY[authority],)
    if in_hours:
        assert oc.period == "office_hours" and oc.phones == DAY[authority]
        assert oc.emails == (DAY_DUTY[authority],)
        assert oc.opens is None and oc.closes.hour == 17
    else:
        assert oc.period == "out_of_hours" and oc.phones == NIGHT[authority]
        assert oc.emails == (EDT[authority],)
        assert oc.opens == opens and why in oc.why
    assert oc.emergency == "999"


def test_a_local_closure_day_is_out_of_hours(tmp_config):
    f = tmp_config / "deployment.yaml"
    dep = yaml.safe_load(f.read_text())
    dep["authorities"]["torbay"]["closure_days"] = ["2026-12-24"]
    f.write_text(yaml.safe_dump(dep))
    settings = load_settings(tmp_config)
    oc = on_call(settings, "torbay", london(2026, 12, 24, 11))
    assert oc.period == "out_of_hours" and oc.phones == NIGHT["torbay"] and "closed" in oc.why
    assert oc.opens == london(2026, 12, 29, 9)
    # Only Torbay closes: the same moment is office hours in Knowsley.
    assert on_call(settings, "knowsley", london(2026, 12, 24, 11)).in_office_hours


def test_the_deployments_number_replaces_the_protocols(tmp_config):
    f = tmp_config / "deployment.yaml"
    dep = yaml.safe_load(f.read_text())
    dep["authorities"]["tower_hamlets"]["urgent_contacts"] = {"out_of_hours": {"phones": ["020 7364 4000"]}}
    f.write_text(yaml.safe_dump(dep))
    oc = on_call(load_settings(tmp_config), "tower_hamlets", london(2026, 12, 28, 21))
    assert oc.phones == ("020 7364 4000",) and oc.phones_from == "deployment"
    day = on_call(load_settings(tmp_config), "tower_hamlets", london(2026, 12, 29, 11))
    assert day.phones == DAY["tower_hamlets"] and day.phones_from == "protocol"


# -- the mail a daemon pass sends -------------------------------------------------------------

def run_pass(tmp_config, at: datetime, authority: str = "tower_hamlets", role: str = "mash_step_up",
             raw: bytes | None = None):
    """Deliver the urgent mail to a Maildir, run one daemon pass over it at ``at``, deliver the outbox."""
    app = App(load_settings(tmp_config), clock=FixedClock(at))
    try:
        box = app.mailbox(authority, role)
        box.deliver(raw or (DATA / "tower_hamlets_urgent_other.eml").read_bytes())
        res = process_mailbox(app, authority, role, box)
        assert res.new == 1 and res.failed == 0
        outbox.deliver_due(app)
        return outbox_messages(app)
    finally:
        app.close()


def body(msg) -> str:
    return " ".join(msg.get_body(preferencelist=("plain",)).get_content().split())


def to(msgs, address: str) -> list:
    return [m for m in msgs if address in m["To"].lower()]


SENDER = "sam.jones@school.example.org.uk"


def test_urgent_mail_at_21_00_on_a_bank_holiday_goes_to_the_out_of_hours_team(tmp_config):
    sent = run_pass(tmp_config, london(2026, 12, 28, 21))
    [reply] = to(sent, SENDER)  # one reply, never a second "business support will read it"
    text = body(reply)
    assert "business support" not in text.lower()
    assert "phone them now on 0207 364 4079" in text
    assert "5606" not in text and "5601" not in text
    assert "MAST out-of-hours emergency service has been alerted" in text
    assert "on a bank holiday" in text and "09:00 on Tuesday 29 December 2026" in text
    assert "999" in text
    assert reply["Subject"].startswith("[TWH-0001-") and reply["Subject"][13:].startswith("] Please phone the MAST out-of-hours emergency service now")

    [alert] = to(sent, EDT["tower_hamlets"])
    assert alert["Importance"] == "high"
    text = body(alert)
    assert "a person is expected to read it now" in text
    assert "phone you now on 0207 364 4079" in text
    assert "stepfather beat him with a belt" in text

    [handover] = to(sent, DAY_DUTY["tower_hamlets"])
    text = body(handover)
    assert "Nobody in the MAST duty team is expected to read this before the office opens at 09:00 on " \
           "Tuesday 29 December 2026" in text
    assert "0207 364 4079" in text
    assert len(sent) == 3


def test_the_same_mail_at_11_00_on_a_working_day_goes_to_the_mash_duty_team(tmp_config):
    sent = run_pass(tmp_config, london(2026, 12, 29, 11))
    [reply] = to(sent, SENDER)
    text = body(reply)
    assert "business support" not in text.lower()
    assert "The MAST duty team has been alerted" in text
    assert "phone the MAST duty team now on 0207 364 5606 or 0207 364 5601" in text
    assert "4079" not in text and "999" in text
    [alert] = to(sent, DAY_DUTY["tower_hamlets"])
    text = body(alert)
    assert "A person in the MAST duty team is expected to read this now" in text and "until 17:00 today" in text
    assert "0207 364 5606" in text
    assert to(sent, EDT["tower_hamlets"]) == []
    assert len(sent) == 2


@pytest.mark.parametrize("authority", AUTHORITIES)
def test_every_authority_gives_its_out_of_hours_number_at_night(tmp_config, authority):
    pack_address = yaml.safe_load((tmp_config / "deployment.yaml").read_text())[
        "authorities"][authority]["mailboxes"]["mash_step_up"]["address"]
    raw = (DATA / "tower_hamlets_urgent_other.eml").read_bytes().replace(b"MAST@towerhamlets.gov.uk",
                                                                         pack_address.encode())
    sent = run_pass(tmp_config, london(2026, 12, 5, 23, 30), authority=authority, raw=raw)
    [reply] = to(sent, SENDER)
    text = body(reply)
    assert f"phone them now on {' or '.join(NIGHT[authority])}" in text and "at the weekend" in text
    for number in DAY[authority]:
        assert number not in text
    assert len(to(sent, EDT[authority])) == 1 and len(to(sent, DAY_DUTY[authority])) == 1


def test_an_urgent_step_up_gets_one_reply_and_no_acknowledgement(tmp_config):
    """A request kind whose handler would otherwise acknowledge: the urgent reply is the only one."""
    from bot.demo import SAMPLES

    at = london(2026, 12, 28, 21)
    raw = (SAMPLES / "03_knowsley_step_up_urgent.eml").read_text().replace(
        "{DATE}", "Mon, 28 Dec 2026 21:00:00 +0000").replace("\n", "\r\n").encode()
    sent = run_pass(tmp_config, at, authority="knowsley", raw=raw)
    [reply] = to(sent, "claire.hesketh@knowsley.gov.uk")
    assert "phone them now on 0151 496 0999" in body(reply)


def test_a_practitioners_emergency_with_no_step_wording_is_alerted_and_not_chased(tmp_config):
    """An Early Help practitioner reporting an emergency, with no step-up wording and no request
    form, is a report to the duty team (kind other): the duty team is alerted and the sender gets
    the one urgent reply; nothing asks them for the step-up paperwork."""
    raw = ("From: Priya Shah <priya.shah@towerhamlets.gov.uk>\r\nTo: MAST@towerhamlets.gov.uk\r\n"
           "Subject: Ayaan Test - visit just now\r\nMessage-ID: <eh-emergency-1@towerhamlets.gov.uk>\r\n"
           "Date: Tue, 29 Dec 2026 10:55:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
           "I've just left the Test family's flat. Ayaan Test (3) has fresh bruising to both cheeks and "
           "mum says her partner hit him this morning. The partner is at home with Ayaan now and mum has "
           "gone to work.\r\n\r\nPriya Shah\r\nEarly Help Practitioner | Early Help Hub | Tower Hamlets\r\n").encode()
    from sqlalchemy import select

    from bot.models import Deadline, Request

    app = App(load_settings(tmp_config), clock=FixedClock(london(2026, 12, 29, 11)))
    try:
        box = app.mailbox("tower_hamlets", "mash_step_up")
        box.deliver(raw)
        assert process_mailbox(app, "tower_hamlets", "mash_step_up", box).new == 1
        with app.Session() as s:
            kinds = [r.kind for r in s.scalars(select(Request))]
            chases = s.scalars(select(Deadline)).all()
        outbox.deliver_due(app)
        sent = outbox_messages(app)
    finally:
        app.close()
    assert "step_up" not in kinds and chases == []  # no step-up opened, nothing to chase
    [reply] = to(sent, "priya.shah@towerhamlets.gov.uk")
    text = body(reply)
    assert "The MAST duty team has been alerted" in text
    assert "please send" not in text.lower() and "still needed" not in text.lower()
    [alert] = to(sent, DAY_DUTY["tower_hamlets"])
    assert "partner hit him this morning" in body(alert)
    assert len(sent) == 2
