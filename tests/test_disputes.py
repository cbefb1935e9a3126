"""Disputes (issue 16): each pack's ladder is followed from the request page: raised → the first
role is told → taken to the next level → resolved, with a reminder while it stands, and where it
stands is shown."""
from __future__ import annotations

from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from bot import disputes
from bot.db import session_scope
from bot.models import OutboxMessage, Request
from bot.web import create_app
from tests.support.web_kit import csrf_of, make_user, seed_request, sign_in

GWEN, HAMISH = "gwen.holloway@knowsley.gov.uk", "hamish.ibbot@knowsley.gov.uk"   # heads of service
ELINOR = "elinor.marsh@knowsley.gov.uk"                                               # Family First duty TM


def _req(s):
    return s.scalars(select(Request)).one()


def _mail(s, to):
    return [m for m in s.scalars(select(OutboxMessage).where(OutboxMessage.purpose == "escalation")) if to in m.recipients]


def test_a_dispute_follows_the_packs_ladder_and_is_reminded_while_it_stands(tmp_app):
    seed_request(tmp_app, kind="step_down", mailbox="early_help_duty", state="decided", missing=[], level=3)
    now = tmp_app.clock.now()
    with session_scope(tmp_app.Session) as s:
        req = _req(s)
        with pytest.raises(disputes.DisputeError, match="say who disagrees"):
            disputes.raise_dispute(tmp_app, s, req, "step_down_disagreement", note=" ", at=now, actor="user:kate")
        st = disputes.raise_dispute(tmp_app, s, req, "step_down_departures",
                                    note="The step-down skipped the transfer meeting", at=now, actor="user:kate")
        assert st.role == "family_first_duty_team_manager" and st.next_role == "head_of_service_early_help"
        (told,) = _mail(s, ELINOR)
        assert "Dispute for you to resolve" in told.subject and "level 1 of 3" in told.raw.decode()
        with pytest.raises(disputes.DisputeError, match="already open"):
            disputes.raise_dispute(tmp_app, s, req, "step_down_departures", note="again", at=now, actor="user:kate")
        assert not disputes.remind_open(tmp_app, s, req, at=now + timedelta(days=1))
        assert disputes.remind_open(tmp_app, s, req, at=now + timedelta(days=5))
        assert not disputes.remind_open(tmp_app, s, req, at=now + timedelta(days=6))   # once per level
        assert len(_mail(s, ELINOR)) == 2
        st = disputes.escalate(tmp_app, s, req, note="not resolved by the team manager", at=now + timedelta(days=6),
                               actor="user:kate")
        assert st.role == "head_of_service_early_help" and _mail(s, HAMISH) and not _mail(s, GWEN)
        st = disputes.escalate(tmp_app, s, req, note="still not resolved", at=now + timedelta(days=7), actor="user:kate")
        assert st.role == "head_of_service_cin_cp" and _mail(s, GWEN)
        with pytest.raises(disputes.DisputeError, match="last role"):
            disputes.escalate(tmp_app, s, req, note="", at=now + timedelta(days=7), actor="user:kate")
        st = disputes.resolve(tmp_app, s, req, outcome="Agreed to step down with a 6-week review",
                              at=now + timedelta(days=8), actor="user:kate")
        assert st.resolved and "6-week review" in st.outcome
        assert not disputes.remind_open(tmp_app, s, req, at=now + timedelta(days=20))


def test_a_level_of_several_roles_tells_them_together(tmp_app):
    """knowsley.txt §2: a step-down disagreement managers cannot resolve is "escalated to respective
    Heads of Service": both, in one mail, at the one level."""
    seed_request(tmp_app, kind="step_down", mailbox="early_help_duty", state="decided", missing=[], level=3)
    now = tmp_app.clock.now()
    with session_scope(tmp_app.Session) as s:
        st = disputes.raise_dispute(tmp_app, s, _req(s), "step_down_disagreement",
                                    note="Family First disagree the family can step down", at=now, actor="user:kate")
        assert st.role == ["head_of_service_cin_cp", "head_of_service_early_help"] and st.next_role is None
        (told,) = _mail(s, GWEN)
        assert HAMISH in told.recipients and "level 1 of 1" in told.raw.decode()


def test_a_kind_without_that_route_is_refused(tmp_app):
    seed_request(tmp_app, kind="step_down", mailbox="early_help_duty", state="decided", missing=[])
    with session_scope(tmp_app.Session) as s:
        with pytest.raises(disputes.DisputeError, match="dispute routes"):
            disputes.raise_dispute(tmp_app, s, _req(s), "step_up_not_agreed", note="x", at=tmp_app.clock.now(),
                                   actor="user:kate")


def test_the_request_page_raises_escalates_resolves_and_shows_where_it_stands(tmp_app):
    make_user(tmp_app, "kate", authorities=("knowsley",))
    c = TestClient(create_app(tmp_app))
    sign_in(c, "kate")
    ref = seed_request(tmp_app, kind="step_down", mailbox="early_help_duty", state="decided", missing=[], level=3)
    page = c.get(f"/requests/{ref}").text
    assert "Record a dispute" in page
    r = c.post(f"/requests/{ref}/dispute", data={"csrf": csrf_of(page), "dispute": "step_down_departures",
                                                  "note": "The transfer meeting was skipped"}, follow_redirects=True)
    assert "Dispute recorded" in r.text and "With: Family First duty team manager" in r.text
    r = c.post(f"/requests/{ref}/dispute_escalate", data={"csrf": csrf_of(r.text), "note": "no agreement"},
               follow_redirects=True)
    assert "head of service (early help)" in r.text.lower()
    r = c.post(f"/requests/{ref}/dispute_resolve", data={"csrf": csrf_of(r.text), "outcome": ""}, follow_redirects=True)
    assert "say how it was resolved" in r.text.lower()
    r = c.post(f"/requests/{ref}/dispute_resolve", data={"csrf": csrf_of(r.text), "outcome": "Agreed at the meeting"},
               follow_redirects=True)
    assert "Resolved: Agreed at the meeting" in r.text
