"""Every deadline in every pack can start (issue 16): each event a pack's timescales start, end or
restart on is either produced by stepbot itself or offered on the request page as a milestone a
person records, with a date and a note."""
from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import get_args

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from bot import milestones
from bot.models import AuditEvent, Deadline, Request
from bot.policy import Event
from bot.web import create_app
from bot.workcal import to_london
from tests.support.web_kit import csrf_of, make_user, seed_request, sign_in

ROOT = Path(__file__).resolve().parents[1]
KINDS = ("step_up", "step_down")


def test_every_event_has_words_for_people():
    assert set(milestones.LABELS) == set(get_args(Event))
    assert all("_" not in text for text in milestones.LABELS.values())


def test_every_automatic_event_is_emitted_by_the_code():
    source = "".join(p.read_text(encoding="utf-8") for p in [*(ROOT / "bot").rglob("*.py"), *(ROOT / "handlers").rglob("*.py")])
    for event in milestones.AUTOMATIC:
        if event.startswith("decision_") and event != "decision_recorded":
            assert 'f"decision_{outcome}"' in source
        else:
            assert f'"{event}"' in source.replace(f'    "{event}": ', ""), event


def test_every_event_of_every_pack_can_happen(tmp_app):
    """The event graph: an event nothing can produce would leave its deadline never started."""
    for name in tmp_app.authorities():
        pack = tmp_app.pack(name)
        for kind in KINDS:
            offered = dict(milestones.recordable(pack, kind))
            for event in milestones.pack_events(pack, kind):
                assert event in milestones.AUTOMATIC or event in offered, f"{name} {kind}: nothing can record {event}"


@pytest.fixture
def client(tmp_app):
    make_user(tmp_app, "kate", authorities=("richmond_wandsworth", "tower_hamlets", "knowsley"))
    c = TestClient(create_app(tmp_app))
    sign_in(c, "kate")
    return c


def _post(client, ref, **data):
    token = csrf_of(client.get(f"/requests/{ref}").text)
    return client.post(f"/requests/{ref}/milestone", data={"csrf": token, **data}, follow_redirects=True)


def test_recording_a_handover_starts_the_four_week_review(client, tmp_app):
    ref = seed_request(tmp_app, authority="richmond_wandsworth", kind="step_down", mailbox="early_help_duty",
                       state="decided", missing=[], received_offset_hours=24 * 10)
    page = client.get(f"/requests/{ref}").text
    assert "Record a milestone" in page and "Case handed over to the new worker" in page
    today = to_london(tmp_app.clock.now()).date()
    handed_over = today - timedelta(days=3)
    r = _post(client, ref, event="handover", on=handed_over.isoformat(), note="handover meeting at the hub")
    assert f"Recorded: Case handed over to the new worker on {handed_over:%-d %B %Y}" in r.text
    with tmp_app.Session() as s:
        review = s.scalars(select(Deadline).where(Deadline.rule_id == "step_down_review_4_weeks")).one()
        # four weeks from the day it happened, not from the day it was recorded
        assert to_london(review.due_at).date() - handed_over in (timedelta(weeks=4), timedelta(weeks=4, days=1),
                                                                   timedelta(weeks=4, days=2), timedelta(weeks=4, days=3))
        ev = s.scalars(select(AuditEvent).where(AuditEvent.action == "event")).all()
        assert any(e.detail.get("event") == "handover" and e.detail.get("note") == "handover meeting at the hub" for e in ev)


def test_tower_hamlets_assessment_completed_starts_the_taf_minutes_timescale(client, tmp_app):
    pack = tmp_app.pack("tower_hamlets")
    rules = [r for r in pack.deadlines if r.starts_on == "assessment_completed"]
    assert rules
    ref = seed_request(tmp_app, authority="tower_hamlets", kind=rules[0].kinds[0],
                       mailbox="early_help_duty" if rules[0].kinds[0] == "step_down" else "mash_step_up",
                       state="decided", missing=[], received_offset_hours=2)
    _post(client, ref, event="assessment_completed")
    with tmp_app.Session() as s:
        assert {r.id for r in rules} & {d.rule_id for d in s.scalars(select(Deadline)).all()}


@pytest.mark.parametrize("data,message", [
    ({"event": "made_up_event"}, "Choose one of the milestones listed"),
    ({"event": "request_complete"}, "Choose one of the milestones listed"),
    ({"event": "handover", "on": "2099-01-01"}, "day still to come"),
    ({"event": "handover", "on": "2001-01-01"}, "before the request arrived"),
    ({"event": "handover", "on": "yesterday"}, "Give the day it happened as a date"),
])
def test_a_milestone_that_cannot_be_true_is_refused_and_nothing_changes(client, tmp_app, data, message):
    ref = seed_request(tmp_app, authority="richmond_wandsworth", kind="step_down", mailbox="early_help_duty",
                       state="decided", missing=[])
    assert message in _post(client, ref, **data).text
    with tmp_app.Session() as s:
        assert not s.scalars(select(Deadline).where(Deadline.rule_id == "step_down_review_4_weeks")).all()
        assert s.scalar(select(Request)).state == "decided"


def test_the_milestone_form_is_not_offered_on_a_closed_request(client, tmp_app):
    ref = seed_request(tmp_app, authority="richmond_wandsworth", kind="step_down", mailbox="early_help_duty",
                       state="closed", missing=[])
    assert "Record a milestone" not in client.get(f"/requests/{ref}").text


@pytest.mark.parametrize("text,event,day", [
    ("Hi, the joint visit was done on 4 December with mum.", "joint_visit_held", "2026-12-04"),
    ("Letter sent to the family yesterday.", "letter_sent", None),
    ("The review meeting was held on 1/12/2026.", "review_held", "2026-12-01"),
])
def test_a_reply_that_says_it_is_done_is_offered_as_a_milestone(text, event, day, tmp_app):
    from datetime import date

    pack = tmp_app.pack("richmond_wandsworth")
    today = date(2026, 12, 7)
    got = milestones.suggested(pack, "step_down", {event}, text, today)
    assert [e for e, _ in got] == [event]
    if day:
        assert got[0][1].isoformat() == day


@pytest.mark.parametrize("text", [
    "The joint visit will be done on Friday.",
    "The joint visit has not been done yet.",
    "Please find the form attached.",
])
def test_a_reply_that_does_not_say_it_is_done_offers_nothing(text, tmp_app):
    from datetime import date

    assert milestones.suggested(tmp_app.pack("richmond_wandsworth"), "step_down", {"joint_visit_held"}, text,
                                date(2026, 12, 7)) == []


def test_the_suggestion_is_one_click_on_the_request_page(client, tmp_app):
    from bot import audit
    from bot.db import session_scope

    ref = seed_request(tmp_app, authority="richmond_wandsworth", kind="step_down", mailbox="early_help_duty",
                       state="decided", missing=[], received_offset_hours=24 * 10)
    with session_scope(tmp_app.Session) as s:
        req = s.scalars(select(Request)).one()
        day = to_london(tmp_app.clock.now()).date() - timedelta(days=2)
        audit.record(s, "milestone_suggested", at=tmp_app.clock.now(), request=req, event="handover", on=day.isoformat())
    page = client.get(f"/requests/{ref}").text
    assert f"A reply says: Case handed over to the new worker on {day:%-d %B %Y}." in page
    r = client.post(f"/requests/{ref}/milestone", data={"csrf": csrf_of(page), "event": "handover",
                                                        "on": day.isoformat(), "note": "from the sender's reply"},
                    follow_redirects=True)
    assert "Recorded: Case handed over" in r.text and "A reply says" not in r.text
