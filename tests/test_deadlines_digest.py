"""The daily digest: one email per manager, everything of theirs due soon or overdue, once a day,
on working days only; and ``stepbot deadlines`` listing."""
from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import pytest
from freezegun import freeze_time
from sqlalchemy import select

from bot import deadlines, digest
from bot.db import session_scope
from bot.models import Deadline
from tests.support.deadlines_kit import add_request, body, london, make_app, outbox, small_pack, src

ROLES = ["business_support", "team_manager", "service_manager", "duty"]
PEOPLE = {r: [{"name": r.replace("_", " ").title(), "email": f"{r}@testshire.gov.uk"}] for r in ROLES}

RULES = [
    dict(id="invite", title="Send the invitation", kinds=["step_up"], starts_on="request_complete",
         met_by="invitation_sent", working_days=1, owner_role="business_support", remind_before_working_days=[0],
         escalation=[{"after_working_days": 0, "role": "team_manager"}, {"after_working_days": 3, "role": "service_manager"}],
         source=src("invitation within 1 working day of a complete request")),
    dict(id="minutes", title="Minutes on the case record", kinds=["step_up"], starts_on="meeting_held",
         met_by="minutes_received", working_days=10, owner_role="business_support", remind_before_working_days=[1],
         escalation=[{"after_working_days": 0, "role": "team_manager"}],
         source=src("minutes within 10 working days of the meeting")),
]


@pytest.fixture
def app(tmp_path):
    a = make_app(tmp_path, small_pack(RULES), PEOPLE, at=london(2026, 11, 23, 10))
    yield a
    a.close()


def start(app, event, at):
    app.clock.at = at
    with session_scope(app.Session) as s:
        req = add_request(s, app, at=at)
        deadlines.on_event(app, s, req, event, at=at)
        return req.reference


def test_one_digest_per_manager_with_everything_due_soon_or_overdue(app):
    late = start(app, "request_complete", london(2026, 11, 19, 10))     # due Fri 20 Nov: overdue
    soon = start(app, "request_complete", london(2026, 11, 23, 10))     # due Tue 24 Nov: due soon
    far = start(app, "meeting_held", london(2026, 11, 23, 10))          # due Mon 7 Dec: not in the digest
    app.clock.at = london(2026, 11, 23, 9, 30)
    deadlines.sweep(app)                                                # escalates the late one to the team manager
    before = len(outbox(app))
    assert digest.send_digests(app) == 2
    rows = outbox(app, purpose="digest")
    assert len(outbox(app)) == before + 2
    by = {r.recipients[0]: r for r in rows}
    assert set(by) == {"business_support@testshire.gov.uk", "team_manager@testshire.gov.uk"}
    bs = body(by["business_support@testshire.gov.uk"])
    assert late in bs and soon in bs and far not in bs
    assert bs.index("OVERDUE (1)") < bs.index(late) < bs.index("DUE SOON (1)") < bs.index(soon)
    assert "overdue by 1 working day" in bs and "due in 1 working day" in bs
    assert '"invitation within 1 working day of a complete request" (Knowsley step-up/step-down protocol)' in bs
    assert "P.W." in bs and "Paula" not in bs
    assert by["business_support@testshire.gov.uk"].subject == \
        "stepbot daily digest for Testshire: 1 overdue, 1 due soon (Mon 23 Nov 2026)"
    tm = body(by["team_manager@testshire.gov.uk"])
    assert late in tm and soon not in tm and "escalated 1 time" in tm
    # the same day again: nothing; the next working day: again
    assert digest.send_digests(app) == 0
    app.clock.at = london(2026, 11, 24, 9)
    assert digest.send_digests(app) == 2


@pytest.mark.parametrize("when", [london(2026, 11, 28, 9), london(2026, 12, 25, 9), london(2026, 12, 28, 9)])
def test_no_digest_at_weekends_or_bank_holidays(app, when):
    start(app, "request_complete", london(2026, 11, 19, 10))
    app.clock.at = when
    assert digest.send_digests(app) == 0


def test_nothing_due_means_no_digest(app):
    start(app, "meeting_held", london(2026, 11, 23, 10))
    assert digest.send_digests(app) == 0


def test_met_and_paused_deadlines_are_not_in_the_digest(app):
    start(app, "request_complete", london(2026, 11, 23, 10))
    with session_scope(app.Session) as s:
        d = s.scalars(select(Deadline)).one()
        d.state = "met"
    assert digest.send_digests(app) == 0


def test_deadlines_command_lists_and_filters(tmp_path, capsys):
    root = Path(__file__).resolve().parent.parent
    cfg = tmp_path / "config"
    shutil.copytree(root / "config", cfg)
    from bot.app import App
    from bot.clock import FixedClock
    from bot.config import load_settings

    app = App(load_settings(cfg), clock=FixedClock(london(2026, 11, 19, 10)))
    with session_scope(app.Session) as s:
        for authority, kind in [("knowsley", "step_up"), ("torbay", "step_down")]:
            req = add_request(s, app, authority=authority, kind=kind, at=london(2026, 11, 19, 10))
            deadlines.on_event(app, s, req, "request_complete" if authority == "knowsley" else "request_received",
                               at=london(2026, 11, 19, 10))
    app.close()
    ns = lambda **kw: argparse.Namespace(**({"config": str(cfg), "authority": None, "overdue": False} | kw))  # noqa: E731
    assert deadlines.list_command(ns()) == 0
    out = capsys.readouterr().out
    assert "SB-knowsley-1" in out and "SB-torbay-1" in out and "step_up_invitation" in out
    assert deadlines.list_command(ns(authority="torbay")) == 0
    out = capsys.readouterr().out
    assert "SB-torbay-1" in out and "SB-knowsley-1" not in out
    # --overdue, on Mon 23 Nov: Knowsley's invitation (due Fri 20 Nov) and Torbay's triage slot
    # confirmation (due Fri 20 Nov) are overdue; Torbay's triage within 5 working days is not
    with freeze_time("2026-11-23 12:00:00", tick=False):
        assert deadlines.list_command(ns(overdue=True)) == 0
    out = capsys.readouterr().out
    assert "step_up_invitation" in out and "triage_slot_confirmed" in out and "triage_within_5_wd" not in out
    assert out.count("OVERDUE") == 2 and out.strip().endswith("2 deadlines")
    assert deadlines.list_command(ns(authority="nowhere")) == 2
    assert "unknown authority" in capsys.readouterr().err
