"""Notice (issue 16): counted from the first request, not from the follow-up that completed it;
a shorter notice agreed with the requester ("This can be discussed and agreed", Knowsley) is
recorded by business support with its reason and lets the request go on."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from bot import workflow
from bot.db import session_scope
from bot.models import AuditEvent, Request
from bot.web import create_app
from tests.support.web_kit import csrf_of, make_user, seed_request, sign_in

# The clock is Monday 23 November 2026, 09:00.
MEETING_WED = {"start": "2026-11-25T10:00:00+00:00", "venue": "Huyton Hub"}
MEETING_TUE = {"start": "2026-11-24T10:00:00+00:00", "venue": "Huyton Hub"}


def _recheck(app, ref):
    with session_scope(app.Session) as s:
        req = s.scalar(select(Request).where(Request.seq == int(ref.rsplit("-", 1)[1])))
        workflow.recheck(app, s, req, at=app.clock.now())
        return dict(req.notice or {}), req.state


def test_notice_is_counted_from_the_first_request(tmp_app):
    # sent Wednesday 18 November for Wednesday 25th: five working days' notice when it was asked
    ref = seed_request(tmp_app, missing=[], state="awaiting_info", received_offset_hours=5 * 24,
                       proposed_meeting=MEETING_WED)
    notice, state = _recheck(tmp_app, ref)
    assert notice["given_working_days"] == 5 and notice["ok"] is True
    assert state in ("ready", "booked")


def test_a_request_sent_today_for_the_day_after_tomorrow_is_too_short(tmp_app):
    ref = seed_request(tmp_app, missing=[], state="awaiting_info", proposed_meeting=MEETING_WED)
    notice, state = _recheck(tmp_app, ref)
    assert notice["given_working_days"] == 2 and notice["ok"] is False and state == "awaiting_info"


@pytest.fixture
def client(tmp_app):
    make_user(tmp_app, "kate", authorities=("knowsley",))
    c = TestClient(create_app(tmp_app))
    sign_in(c, "kate")
    return c


def test_business_support_record_an_agreed_shorter_notice_with_its_reason(client, tmp_app):
    ref = seed_request(tmp_app, missing=[], state="awaiting_info", proposed_meeting=MEETING_TUE,
                       notice={"required_working_days": 5, "given_working_days": 1, "ok": False})
    page = client.get(f"/requests/{ref}").text
    assert "Shorter notice agreed?" in page
    token = csrf_of(page)
    refused = client.post(f"/requests/{ref}/short_notice", data={"csrf": token, "reason": ""}, follow_redirects=True)
    assert "Say who agreed the shorter notice" in refused.text
    r = client.post(f"/requests/{ref}/short_notice", data={"csrf": csrf_of(refused.text),
                    "reason": "Agreed by phone with the MASH manager: the family move on Friday"}, follow_redirects=True)
    assert "Shorter notice agreed" in r.text
    with tmp_app.Session() as s:
        req = s.scalar(select(Request))
        assert req.notice["ok"] is True and req.notice["agreed"] is True and req.notice["given_working_days"] == 1
        assert req.state in ("ready", "booked")
        ev = s.scalars(select(AuditEvent).where(AuditEvent.action == "short_notice_agreed")).one()
        assert "family move on Friday" in ev.detail["reason"] and ev.actor == "user:kate"
    assert "A shorter notice was agreed" in client.get(f"/requests/{ref}").text
