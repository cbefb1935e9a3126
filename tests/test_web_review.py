"""The "Needs review" page: messages that failed in the pipeline or wait for a person without a
request, per authority, shown safely, processed again or marked handled (FastAPI TestClient)."""
from __future__ import annotations

import re
from datetime import UTC

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

import handlers
from bot import intake
from bot.demo import SAMPLES, render_sample
from bot.models import AuditEvent, InboundMessage, OutboxMessage, Request
from bot.web import create_app
from tests.conftest import reference_of
from tests.support.web_kit import csrf_of, email_bytes, make_user, seed_inbound, sign_in


class Boom(RuntimeError):
    """A system error inside the pipeline."""


def _boom(*args, **kwargs):
    raise Boom("parser exploded")


def fail_ingest(app, monkeypatch, authority, mailbox, raw) -> int:
    """Run a message through the real intake while its handlers raise: it is kept as failed.
    (The parser runs in a worker process, out of monkeypatch's reach.)"""
    with monkeypatch.context() as m:
        m.setattr(handlers, "run", _boom)
        res = intake.ingest(app, authority, mailbox, raw)
    with app.Session() as s:
        assert s.get(InboundMessage, res.inbound_id).status == "failed"
    return res.inbound_id


def sample(app, name: str) -> bytes:
    return render_sample(SAMPLES / name, app)


@pytest.fixture
def client(tmp_app):
    make_user(tmp_app, "kate", authorities=("knowsley", "torbay"))
    make_user(tmp_app, "rita", authorities=("richmond_wandsworth",))
    c = TestClient(create_app(tmp_app))
    sign_in(c, "kate")
    return c


def _status(app, inbound_id) -> str:
    with app.Session() as s:
        return s.get(InboundMessage, inbound_id).status


def _audits(app, action) -> list[AuditEvent]:
    with app.Session() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)))


def _row_links(html: str) -> list[int]:
    return [int(i) for i in re.findall(r'<a href="/review/(\d+)"', html)]


def test_list_shows_review_and_failed_messages_of_my_authorities_only(client, tmp_app, monkeypatch):
    failed = fail_ingest(tmp_app, monkeypatch, "torbay", "mash_step_up", sample(tmp_app, "01_torbay_step_up_complete.eml"))
    reply = seed_inbound(tmp_app, authority="knowsley", kind="meeting_reply", received_offset_hours=3)
    quarantined = seed_inbound(tmp_app, authority="knowsley", status="quarantined", key="q", received_offset_hours=1)
    seed_inbound(tmp_app, authority="knowsley", status="done", key="done")           # handled: not listed
    other = seed_inbound(tmp_app, authority="richmond_wandsworth", key="other")       # not kate's
    html = client.get("/review").text
    assert _row_links(html) == [reply, quarantined, failed]  # oldest first
    assert other not in _row_links(html)
    row = re.search(rf'<tr class="status-failed">.*?/review/{failed}".*?</tr>', html, re.DOTALL).group(0)
    for shown in ("Torbay", "MASH step-up", "could not be read", "an error inside stepbot stopped it being processed"):
        assert shown in row, shown
    assert "meeting reply" in html
    # the nav badge counts the same three, on every page
    for path in ("/", "/review", "/reports"):
        assert re.search(r'Needs review <span class="badge badge-count"[^>]*>3<', client.get(path).text), path


def test_nav_badge_is_absent_when_nothing_waits(client, tmp_app):
    seed_inbound(tmp_app, authority="richmond_wandsworth")  # another authority's
    html = client.get("/").text
    assert '<a href="/review"' in html and "badge-count" not in html
    assert "Nothing waits for review." in client.get("/review").text


def test_a_message_of_another_authority_is_404_also_by_url(client, tmp_app):
    other = seed_inbound(tmp_app, authority="richmond_wandsworth")
    token = csrf_of(client.get("/review").text)
    assert client.get(f"/review/{other}").status_code == 404
    assert client.get("/review/999999").status_code == 404
    for action in ("reprocess", "handled"):
        r = client.post(f"/review/{other}/{action}", data={"csrf": token}, follow_redirects=False)
        assert r.status_code == 404, action
    assert _status(tmp_app, other) == "needs_review"
    assert _audits(tmp_app, "inbound_handled") == [] and _audits(tmp_app, "inbound_reprocessed") == []
    # the owner sees it
    rita = TestClient(create_app(tmp_app))
    sign_in(rita, "rita")
    assert rita.get(f"/review/{other}").status_code == 200


def test_signed_out_goes_to_sign_in(tmp_app):
    mid = seed_inbound(tmp_app)
    c = TestClient(create_app(tmp_app))
    for path in ("/review", f"/review/{mid}"):
        r = c.get(path, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"].startswith("/signin"), path


@pytest.mark.parametrize("action", ["reprocess", "handled"])
@pytest.mark.parametrize("token", [None, "forged"])
def test_actions_need_the_csrf_token(client, tmp_app, action, token):
    mid = seed_inbound(tmp_app, kind="meeting_reply")
    data = {"note": "x"} if token is None else {"note": "x", "csrf": token}
    r = client.post(f"/review/{mid}/{action}", data=data, follow_redirects=False)
    assert r.status_code == 403
    assert _status(tmp_app, mid) == "needs_review"
    assert _audits(tmp_app, "inbound_handled") == [] and _audits(tmp_app, "inbound_reprocessed") == []


def test_process_again_after_a_failure_makes_the_request(client, tmp_app, monkeypatch):
    mid = fail_ingest(tmp_app, monkeypatch, "torbay", "mash_step_up", sample(tmp_app, "01_torbay_step_up_complete.eml"))
    with tmp_app.Session() as s:
        assert s.scalar(select(Request)) is None  # nothing was made while the parser raised
    page = client.get(f"/review/{mid}").text
    assert "Process again" in page and "an error inside stepbot" in page
    r = client.post(f"/review/{mid}/reprocess", data={"csrf": csrf_of(page)}, follow_redirects=False)
    ref = reference_of(tmp_app, "torbay", 1)
    assert r.status_code == 303 and r.headers["location"] == f"/requests/{ref}"
    html = client.get(r.headers["location"]).text
    assert f"Processed again: the message is now on {ref}." in html
    with tmp_app.Session() as s:
        row = s.get(InboundMessage, mid)
        req = s.scalar(select(Request).where(Request.authority == "torbay"))
        assert row.status == "done" and row.request_id == req.id and row.attempts == 2
        acks = s.scalars(select(OutboxMessage).where(OutboxMessage.request_id == req.id)).all()
    assert [e.actor for e in _audits(tmp_app, "inbound_reprocessed")] == ["user:kate"]
    # off the review list; the request page now shows what stepbot sent about it
    assert mid not in _row_links(client.get("/review").text)
    assert acks and all(a.subject in html for a in acks)


def test_process_again_that_fails_again_stays_on_the_list(client, tmp_app, monkeypatch):
    mid = fail_ingest(tmp_app, monkeypatch, "knowsley", "mash_step_up", sample(tmp_app, "03_knowsley_step_up_urgent.eml"))
    token = csrf_of(client.get(f"/review/{mid}").text)
    monkeypatch.setattr(handlers, "run", _boom)
    r = client.post(f"/review/{mid}/reprocess", data={"csrf": token}, follow_redirects=False)
    assert r.headers["location"] == f"/review/{mid}"
    assert "Processing failed again (an error inside stepbot" in client.get(r.headers["location"]).text
    assert _status(tmp_app, mid) == "failed"
    assert mid in _row_links(client.get("/review").text)


def stray_meeting_reply() -> bytes:
    """An attendee's iTIP REPLY to a meeting stepbot never sent (an unknown UID)."""
    from datetime import datetime
    from email.message import EmailMessage

    import icalendar

    cal = icalendar.Calendar()
    cal.add("prodid", "-//test//EN")
    cal.add("version", "2.0")
    cal.add("method", "REPLY")
    ev = icalendar.Event()
    ev.add("uid", "not-ours-123@elsewhere.example")
    ev.add("dtstamp", datetime(2026, 11, 23, 8, 0, tzinfo=UTC))
    ev.add("dtstart", datetime(2026, 12, 1, 10, 0, tzinfo=UTC))
    ev.add("summary", "Accepted: Case discussion")
    att = icalendar.vCalAddress("mailto:hv@nhs.example")
    att.params["PARTSTAT"] = "ACCEPTED"
    ev.add("attendee", att)
    cal.add_component(ev)
    msg = EmailMessage()
    msg["From"], msg["To"] = "hv@nhs.example", "knowsleymash@knowsley.gov.uk"
    msg["Subject"], msg["Message-ID"] = "Accepted: Case discussion", "<stray-reply@nhs.example>"
    msg.set_content(cal.to_ical(), maintype="text", subtype="calendar", params={"method": "REPLY"})
    return msg.as_bytes()


def test_process_again_of_a_reply_to_no_meeting_of_ours_says_it_still_needs_a_person(client, tmp_app):
    res = intake.ingest(tmp_app, "knowsley", "mash_step_up", stray_meeting_reply())
    mid = res.inbound_id
    assert _status(tmp_app, mid) == "needs_review" and res.reference is None
    assert mid in _row_links(client.get("/review").text)
    r = client.post(f"/review/{mid}/reprocess", data={"csrf": csrf_of(client.get(f"/review/{mid}").text)},
                    follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == f"/review/{mid}"
    assert "still needs a person" in client.get(r.headers["location"]).text
    assert _status(tmp_app, mid) == "needs_review"
    assert [e.actor for e in _audits(tmp_app, "inbound_reprocessed")] == ["user:kate"]


def test_mark_handled_records_who_and_the_note_and_takes_it_off_the_list(client, tmp_app):
    mid = seed_inbound(tmp_app, kind="meeting_reply")
    token = csrf_of(client.get(f"/review/{mid}").text)
    r = client.post(f"/review/{mid}/handled", data={"csrf": token, "note": "Forwarded to the panel chair."},
                    follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/review"
    assert "Marked handled" in client.get("/review").text
    assert _status(tmp_app, mid) == "done"
    [ev] = _audits(tmp_app, "inbound_handled")
    assert ev.actor == "user:kate"
    assert ev.detail == {"inbound": mid, "previous_status": "needs_review", "note": "Forwarded to the panel chair."}
    assert mid not in _row_links(client.get("/review").text)
    # a second press changes nothing and records nothing
    client.post(f"/review/{mid}/handled", data={"csrf": token}, follow_redirects=False)
    assert len(_audits(tmp_app, "inbound_handled")) == 1
    page = client.get(f"/review/{mid}").text
    assert "Mark handled" not in page and "Process again" not in page


def test_every_view_is_audited_with_the_user(client, tmp_app):
    mid = seed_inbound(tmp_app)
    client.get("/review")
    client.get(f"/review/{mid}")
    assert [e.actor for e in _audits(tmp_app, "web.review_listed")] == ["user:kate"]
    [viewed] = _audits(tmp_app, "web.inbound_viewed")
    assert viewed.actor == "user:kate" and viewed.detail == {"inbound": mid}


HOSTILE = ('<p id="bait" onmouseover="alert(1)" onclick="alert(2)">Please step up</p>'
           '<script>alert(3)</script><img src="http://tracker.example/pixel.gif" onerror="alert(4)">'
           '<iframe src="http://tracker.example/frame"></iframe><svg onload="alert(6)"></svg>'
           '<a href="javascript:alert(5)">details</a><img src="//tracker.example/p.gif" alt="logo">')


def test_hostile_html_in_a_failed_message_renders_inert(client, tmp_app, monkeypatch):
    raw = email_bytes(text=None, html=HOSTILE, sender="someone@example.org", message_id="<hostile-review@x>")
    mid = fail_ingest(tmp_app, monkeypatch, "knowsley", "mash_step_up", raw)
    html = client.get(f"/review/{mid}").text
    assert "Please step up" in html
    assert re.findall(r"<script\b[^>]*>", html, re.IGNORECASE) == ['<script src="/static/app.js" defer>']
    assert not re.search(r"<[^>]+\son[a-z]+\s*=", html, re.IGNORECASE)
    assert not re.search(r"<(iframe|svg|object|embed)\b", html, re.IGNORECASE)
    assert "javascript:" not in html
    for src in re.findall(r'\ssrc="([^"]*)"', html):
        assert src.startswith(("/static/", "data:image/")), src
    assert "tracker.example" not in html


def test_attachments_of_a_failed_message_are_listed_not_served(client, tmp_app, monkeypatch):
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"], msg["Message-ID"] = "w@knowsley.gov.uk", "m@x", "Step up", "<att@x>"
    msg.set_content("See attached.")
    msg.add_attachment(b"%PDF-1.4 " + b"x" * 2048, maintype="application", subtype="pdf", filename="TAF minutes.pdf")
    mid = fail_ingest(tmp_app, monkeypatch, "knowsley", "mash_step_up", msg.as_bytes())
    html = client.get(f"/review/{mid}").text
    section = html[html.index('id="attachments"'):]
    assert "TAF minutes.pdf" in section and "application/pdf" in section and "2.0 KB" in section
    assert "<a " not in section.split("</section>")[0]
