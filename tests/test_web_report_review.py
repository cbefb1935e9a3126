"""Recording the monthly step-up log review on the reports page (Knowsley §6), as
`stepbot report reviewed` does: managers and admins only, ended months only, once."""
from __future__ import annotations

from datetime import date

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from bot import monthly
from bot.models import AuditEvent
from bot.web import create_app
from tests.support.web_kit import csrf_of, make_user, sign_in

RULE = "step_up_log_monthly_review"


def client_for(app, username, role, authorities=("knowsley",)):
    make_user(app, username, role=role, authorities=authorities)
    c = TestClient(create_app(app))
    sign_in(c, username)
    return c


def post_review(c, month="2026-10", authority="knowsley", report_id=RULE):
    page = c.get(f"/reports?authority={authority}&month={month}").text
    return c.post("/reports/reviewed", data={"csrf": csrf_of(page), "authority": authority,
                                             "report_id": report_id, "month": month}, follow_redirects=False)


def reviews(app):
    with app.Session() as s:
        return [(e.actor, e.detail) for e in s.scalars(select(AuditEvent).where(AuditEvent.action == "report_reviewed"))]


def test_a_manager_records_the_review_once_and_the_page_says_so(tmp_app):
    c = client_for(tmp_app, "mary", "manager")
    page = c.get("/reports?authority=knowsley&month=2026-10").text
    assert "Record that the October 2026 log was reviewed" in page
    r = post_review(c)
    assert r.status_code == 303 and r.headers["location"] == "/reports?authority=knowsley&month=2026-10"
    page = c.get(r.headers["location"]).text
    assert "Recorded: the October 2026 log was reviewed." in page
    assert "Reviewed by user:mary" in page and "Record that the October" not in page
    assert reviews(tmp_app) == [("user:mary", {"authority": "knowsley", "report": RULE, "month": "2026-10"})]
    post_review(c)                                   # again: the first record stands
    assert "Already recorded by user:mary" in c.get("/reports?authority=knowsley&month=2026-10").text
    assert len(reviews(tmp_app)) == 1
    with tmp_app.Session() as s:                     # the scheduled escalation sees it
        assert monthly.review_event(s, "knowsley", RULE, date(2026, 10, 1)) is not None


def test_business_support_cannot_record_a_review(tmp_app):
    c = client_for(tmp_app, "kate", "business_support")
    page = c.get("/reports?authority=knowsley&month=2026-10").text
    assert "Record that the October" not in page and "A manager records the review here" in page
    assert post_review(c).status_code == 403
    assert reviews(tmp_app) == []


def test_the_current_month_cannot_be_marked_reviewed(tmp_app):
    c = client_for(tmp_app, "mary", "manager")
    assert "has not ended" in c.get("/reports?authority=knowsley&month=2026-11").text
    r = post_review(c, month="2026-11")
    assert r.status_code == 303
    assert "only after the month has ended" in c.get(r.headers["location"]).text
    assert post_review(c, month="garbage").status_code == 303
    assert reviews(tmp_app) == []


@pytest.mark.parametrize("authority,report_id", [("torbay", RULE), ("knowsley", "no_such_report"), ("", RULE)])
def test_another_authority_or_an_unknown_report_is_not_found(tmp_app, authority, report_id):
    c = client_for(tmp_app, "mary", "manager")
    assert post_review(c, authority=authority, report_id=report_id).status_code == 404
    assert reviews(tmp_app) == []
