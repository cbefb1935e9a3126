"""No free slot, a late slot, and a time booked by hand (issue 16): business support and the
panel's chair are told at once, never "Booked" when it is not; a person can book any working time
with a reason."""
from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select

from bot import workflow
from bot.booking.service import SlotUnavailable, no_slot_found
from bot.mail import render
from bot.models import AuditEvent, OutboxMessage
from bot.workcal import LONDON
from tests.test_booking_support import build_app, knowsley_pack, make_request

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=LONDON)
CHAIR = "sw@council.example"          # the people directory's mash_social_worker
BUSINESS_SUPPORT = "bs@council.example"


def _alerts(s):
    return list(s.scalars(select(OutboxMessage).where(OutboxMessage.purpose == "alert")))


def test_no_free_slot_tells_business_support_and_the_chair_once(tmp_path):
    app = build_app(tmp_path, knowsley_pack(times=["18:00"]), NOW)   # after office hours: never a slot
    try:
        with app.Session.begin() as s:
            req = make_request(s, "knowsley", 1)
            assert workflow.book_now(app, s, req) is None and workflow.book_now(app, s, req) is None
            (alert,) = _alerts(s)
            assert set(alert.recipients) == {BUSINESS_SUPPORT, CHAIR} and "No free slot" in alert.subject
            assert "Book at a time you choose" in alert.raw.decode()
            assert len(s.scalars(select(AuditEvent).where(AuditEvent.action == "booking_failed")).all()) == 1
            assert no_slot_found(s, req)
    finally:
        app.close()


def test_a_slot_later_than_the_protocol_allows_is_booked_and_flagged_at_once(tmp_path):
    app = build_app(tmp_path, knowsley_pack(book_within_working_days=2), NOW)   # 5 days' notice, 2 to book
    try:
        with app.Session.begin() as s:
            b = workflow.book_now(app, s, make_request(s, "knowsley", 2))
            assert b is not None
            (alert,) = _alerts(s)
            assert "Booked late" in alert.subject and BUSINESS_SUPPORT in alert.recipients
            assert "later than the protocol allows (2 working days)" in " ".join(_text(alert).split())
    finally:
        app.close()


def test_the_acknowledgement_says_there_is_no_slot_rather_than_booked():
    subject, text = render("ack", ref="KNO-1", authority="Knowsley", kind="step_up", original_subject="Step up",
                           missing=[], notice=None, state="ready", next_action="book_meeting", booking=None,
                           panel=None, meeting="step-up TAF meeting", no_slot=True)
    assert "Booked" not in subject and "no free slot" in text


def test_business_support_book_a_time_by_hand_with_a_reason(tmp_path):
    app = build_app(tmp_path, knowsley_pack(times=["18:00"]), NOW)
    try:
        with app.Session.begin() as s:
            req = make_request(s, "knowsley", 3)
            when = datetime(2026, 11, 24, 15, 30, tzinfo=LONDON)   # tomorrow: no notice, not a panel time
            with pytest.raises(SlotUnavailable, match="say why"):
                workflow.book_now(app, s, req, start=when, reason="")
            with pytest.raises(SlotUnavailable, match="not a working day"):
                workflow.book_now(app, s, req, start=datetime(2026, 11, 28, 10, tzinfo=LONDON), reason="x")
            b = workflow.book_now(app, s, req, start=when, reason="no slot this week; chair agreed", actor="user:kate")
            assert b.start == when and req.state == "booked"
            booked = s.scalars(select(AuditEvent).where(AuditEvent.action == "booked")).one()
            assert booked.detail["by_hand"] and "chair agreed" in booked.detail["reason"] and booked.actor == "user:kate"
            assert s.scalars(select(OutboxMessage).where(OutboxMessage.purpose == "invitation")).all()
    finally:
        app.close()


def test_the_request_page_books_a_time_by_hand_and_refuses_one_without_a_reason(tmp_app):
    from fastapi.testclient import TestClient

    from bot.web import create_app
    from tests.support.web_kit import csrf_of, make_user, seed_request, sign_in

    make_user(tmp_app, "kate", authorities=("torbay",))
    c = TestClient(create_app(tmp_app))
    sign_in(c, "kate")
    ref = seed_request(tmp_app, authority="torbay", kind="step_up", mailbox="mash_step_up", state="ready", missing=[])
    page = c.get(f"/requests/{ref}").text
    assert "Book at a time you choose" in page
    r = c.post(f"/requests/{ref}/book", data={"csrf": csrf_of(page), "start": "2026-11-24T15:30", "reason": ""},
               follow_redirects=True)
    assert "Say why you are booking this time by hand" in r.text
    r = c.post(f"/requests/{ref}/book", data={"csrf": csrf_of(r.text), "start": "2026-11-24T15:30",
                                              "reason": "MASH manager free then"}, follow_redirects=True)
    assert "Booking made. Booked " in r.text and "invitation" in r.text
    with tmp_app.Session() as s:
        booked = s.scalars(select(AuditEvent).where(AuditEvent.action == "booked")).one()
        assert booked.detail["by_hand"] and booked.detail["start"].startswith("2026-11-24T15:30")


def _text(row: OutboxMessage) -> str:
    from email import policy
    from email.parser import BytesParser

    return BytesParser(policy=policy.default).parsebytes(row.raw).get_body(("plain",)).get_content()
