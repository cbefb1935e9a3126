"""The queue, the request page and its actions, case notes and reports (FastAPI TestClient)."""
from __future__ import annotations

import csv
import io
import re
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook
from sqlalchemy import select

from bot.words import say
from bot.models import AuditEvent, Deadline, OutboxMessage, Request
from bot.web import create_app
from bot.workcal import to_london
from html import escape as html_escape
from bot import milestones, protocols
from tests.support.web_kit import add_deadline, csrf_of, make_user, queue_refs, seed_request, sign_in


@pytest.fixture
def client(tmp_app):
    make_user(tmp_app, "kate", authorities=("knowsley", "torbay"))
    c = TestClient(create_app(tmp_app))
    sign_in(c, "kate")
    return c


def test_queue_is_urgent_first_then_by_next_deadline(client, tmp_app):
    late = seed_request(tmp_app)                       # deadline in 48 h
    soon = seed_request(tmp_app)                       # deadline in 2 h
    none = seed_request(tmp_app, received_offset_hours=5)  # no deadline: after those with one
    urgent = seed_request(tmp_app, urgent=True)        # urgent, deadline in 100 h
    add_deadline(tmp_app, late, 48)
    add_deadline(tmp_app, soon, 2)
    add_deadline(tmp_app, urgent, 100)
    add_deadline(tmp_app, late, 1, state="met")  # met deadlines do not count
    assert queue_refs(client.get("/").text) == [urgent, soon, late, none]


def test_queue_filters_and_counts(client, tmp_app):
    a = seed_request(tmp_app, authority="knowsley", state="awaiting_info")
    b = seed_request(tmp_app, authority="torbay", state="ready", kind="step_down", mailbox="early_help_duty")
    c = seed_request(tmp_app, authority="knowsley", state="closed")
    assert queue_refs(client.get("/").text) == [a, b]  # closed hidden by default
    assert queue_refs(client.get("/?state=all").text) == [a, b, c]
    assert queue_refs(client.get("/?authority=torbay").text) == [b]
    assert queue_refs(client.get("/?kind=step_up&state=all").text) == [a, c]
    assert queue_refs(client.get("/?mailbox=early_help_duty").text) == [b]
    assert queue_refs(client.get("/?state=closed").text) == [c]
    html = client.get("/").text
    assert re.search(r"waiting for information: <strong>1</strong>", html)
    assert re.search(r"closed: <strong>1</strong>", html)


def test_request_page_shows_fields_with_evidence_missing_rule_and_source(client, tmp_app):
    ref = seed_request(tmp_app, missing=["taf_minutes", "gcp2"])
    html = client.get(f"/requests/{ref}").text
    assert "EHM-48213" in html and "EHM ref EHM-48213" in html  # value and its evidence
    assert "the home conditions are poor" in html
    pack = tmp_app.pack("knowsley")
    for rid in ("taf_minutes", "gcp2"):
        rule = next(r for r in pack.kind("step_up").requirements if r.id == rid)
        assert html_escape(protocols.cite(rule.source.file, rule.source.quote)) in html
        assert rule.explain.replace("'", "&#39;").replace('"', "&#34;") in html
    # case-note text for the case systems the pack names
    for system in pack.case_systems:
        assert f'id="note-{system}"' in html


def test_every_view_of_a_request_is_audited_with_the_user(client, tmp_app):
    ref = seed_request(tmp_app)
    client.get(f"/requests/{ref}")
    client.get(f"/requests/{ref}")
    with tmp_app.Session() as s:
        views = s.scalars(select(AuditEvent).where(AuditEvent.action == "web.viewed")).all()
        assert [v.actor for v in views] == ["user:kate", "user:kate"]


def _post(client, ref, action, **data):
    token = csrf_of(client.get(f"/requests/{ref}").text)
    return client.post(f"/requests/{ref}/{action}", data={"csrf": token, **data}, follow_redirects=True)


def test_mark_missing_item_received_reruns_the_checks(client, tmp_app):
    ref = seed_request(tmp_app, missing=["taf_minutes"], concerns=[],
                       proposed_meeting={"start": "2026-12-09T10:00:00+00:00", "venue": "Huyton"})
    r = _post(client, ref, "received", item="taf_minutes")
    assert r.status_code == 200 and "Marked TAF meeting minutes received" in r.text
    with tmp_app.Session() as s:
        req = s.scalar(select(Request))
        assert "taf_minutes" in req.received_items and "taf_minutes" not in req.missing
        ev = s.scalar(select(AuditEvent).where(AuditEvent.action == "item_received"))
        assert ev.actor == "user:kate"


def test_correct_a_field_records_who_and_reruns_the_checks(client, tmp_app):
    ref = seed_request(tmp_app, missing=["case_id"], case_ids=[])
    r = _post(client, ref, "correct", case_ids="EHM-50001", children="Paula White, 2012-02-03",
              consent="yes", manager_agreed="yes", concerns=["neglect"])
    assert "Saved case ids" in r.text
    with tmp_app.Session() as s:
        req = s.scalar(select(Request))
        assert req.case_ids == ["EHM-50001"] and "case_id" not in req.missing
        assert req.evidence["case_ids"].startswith("corrected by user:kate")
        ev = s.scalar(select(AuditEvent).where(AuditEvent.action == "web.corrected"))
        assert ev.actor == "user:kate" and "case_ids" in ev.detail["fields"]


def test_a_bad_correction_changes_nothing_and_says_why(client, tmp_app):
    ref = seed_request(tmp_app)
    r = _post(client, ref, "correct", case_ids="EHM-1", children="Paula White, 3rd Feb")
    assert "is not a date like" in r.text
    with tmp_app.Session() as s:
        assert s.scalar(select(Request)).case_ids == ["EHM-48213"]


def test_recording_the_outcome_starts_the_next_deadlines(client, tmp_app):
    ref = seed_request(tmp_app, state="ready", missing=[])
    with tmp_app.Session() as s:
        assert s.scalars(select(Deadline)).all() == []
    r = _post(client, ref, "outcome", outcome="not_agreed", rationale="Threshold not met; needs stay at level 3.",
              contingency_plan="TAF continues; review in 4 weeks.", decided_by="Sam Patel, MASH team manager")
    assert "Outcome recorded" in r.text
    with tmp_app.Session() as s:
        req = s.scalar(select(Request))
        assert req.state == "decided" and req.outcome == "not_agreed" and req.decided_by.startswith("Sam Patel")
        assert req.decided_at == tmp_app.clock.now()
        started = s.scalars(select(Deadline)).all()
    # the pack's rules that start on decision_not_agreed are now deadlines, shown on the page
    pack = tmp_app.pack("knowsley")
    expected = {d.id for d in pack.deadlines if d.starts_on == "decision_not_agreed" and "step_up" in d.kinds}
    assert expected and expected <= {d.rule_id for d in started}
    html = client.get(f"/requests/{ref}").text
    assert "Threshold not met" in html and "TAF continues" in html
    for d in started:
        assert d.title.replace("'", "&#39;") in html


def test_a_later_milestone_recorded_in_the_queue_meets_its_deadline(client, tmp_app):
    ref = seed_request(tmp_app, state="ready", missing=[])
    _post(client, ref, "outcome", outcome="agreed", rationale="Threshold met.", decided_by="Sam Patel")
    with tmp_app.Session() as s:
        d = s.scalars(select(Deadline).where(Deadline.state == "open").order_by(Deadline.id)).first()
    rule = next(r for r in tmp_app.pack("knowsley").deadlines if r.id == d.rule_id)
    r = _post(client, ref, "milestone", deadline=str(d.id), note="done by phone")
    assert f"Recorded: {milestones.label(rule.met_by)}." in r.text
    with tmp_app.Session() as s:
        assert s.get(Deadline, d.id).state == "met"
        ev = s.scalars(select(AuditEvent).where(AuditEvent.action == "event")).all()
        assert any(e.detail.get("event") == rule.met_by and e.actor == "user:kate" for e in ev)
    # a deadline already met, or one not on this request, is refused
    assert "not open on this request" in _post(client, ref, "milestone", deadline=str(d.id)).text
    assert "not open on this request" in _post(client, ref, "milestone", deadline="999999").text


@pytest.mark.parametrize("data,message", [
    ({"outcome": "maybe", "rationale": "x", "decided_by": "y"}, "Choose agreed or not agreed"),
    ({"outcome": "agreed", "rationale": "", "decided_by": "y"}, "Write the rationale"),
    ({"outcome": "agreed", "rationale": "x", "decided_by": ""}, "Say who made the decision"),
    ({"outcome": "not_agreed", "rationale": "x", "decided_by": "y"}, "needs a contingency plan"),
])
def test_outcome_needs_its_parts(client, tmp_app, data, message):
    ref = seed_request(tmp_app, state="ready", missing=[])
    assert message in _post(client, ref, "outcome", **data).text
    with tmp_app.Session() as s:
        assert s.scalar(select(Request)).state == "ready"


def test_attachments_download_safely_and_refused_ones_are_not_served(client, tmp_app):
    ref = seed_request(tmp_app, attachments=[
        ("GCP2 White.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", b"PK\x03\x04", True, None),
        ("page.html", "text/html", b"<script>alert(1)</script>", True, None),
        ("tool.exe", "application/x-msdownload", b"MZ", False, "executable files are refused"),
    ])
    html = client.get(f"/requests/{ref}").text
    ids = [int(i) for i in re.findall(rf"/requests/{ref}/attachments/(\d+)", html)]
    assert len(ids) == 2 and "executable files are refused" in html
    r = client.get(f"/requests/{ref}/attachments/{ids[0]}")
    assert r.content == b"PK\x03\x04" and r.headers["content-disposition"].startswith("attachment;")
    assert r.headers["x-content-type-options"] == "nosniff"
    r = client.get(f"/requests/{ref}/attachments/{ids[1]}")
    assert r.headers["content-type"] == "application/octet-stream"  # never served as HTML
    assert client.get(f"/requests/{ref}/attachments/{ids[1] + 1}").status_code == 404  # the refused one


def test_monthly_log_and_timeliness_export_as_csv_and_xlsx(client, tmp_app):
    ref = seed_request(tmp_app, notice={"required_working_days": 5, "given_working_days": 3, "ok": False})
    seed_request(tmp_app, kind="step_down", mailbox="early_help_duty")  # not in the step-up log
    r = client.get("/reports/monthly-log.csv?authority=knowsley&month=2026-11")
    assert r.headers["content-disposition"] == 'attachment; filename="step-up-log-knowsley-2026-11.csv"'
    rows = list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert [row["Reference"] for row in rows] == [ref]
    assert rows[0]["Children (initials)"] == "P.W." and rows[0]["Notice (working days given / required)"] == "3 / 5"
    r = client.get("/reports/monthly-log.xlsx?authority=knowsley&month=2026-11")
    ws = load_workbook(io.BytesIO(r.content)).active
    assert ws["A1"].value == "Reference" and ws["A2"].value == ref and ws.max_row == 2
    r = client.get("/reports/timeliness.csv?month=2026-11")
    rows = {row["Authority"]: row for row in csv.DictReader(io.StringIO(r.content.decode("utf-8-sig")))}
    assert set(rows) == {"knowsley", "torbay"}  # only the user's authorities
    assert rows["knowsley"]["Requests received"] == "2" and rows["knowsley"]["Notice given %"] == "0"
    page = client.get("/reports?authority=knowsley&month=2026-11").text
    assert "<svg" in page and ref in page


def test_exports_neutralise_spreadsheet_formulas(client, tmp_app):
    seed_request(tmp_app, sender="=HYPERLINK(\"http://evil.example\")@x.org")
    r = client.get("/reports/monthly-log.csv?authority=knowsley&month=2026-11")
    row = next(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert row["Requested by"].startswith("'=")


def _ingest_sample(app, name, authority, role):
    from bot import intake
    from bot.demo import SAMPLES, render_sample

    return intake.ingest(app, authority, role, render_sample(SAMPLES / name, app)).reference


def test_move_and_cancel_the_booking_update_the_invitations(client, tmp_app):
    ref = _ingest_sample(tmp_app, "01_torbay_step_up_complete.eml", "torbay", "mash_step_up")
    with tmp_app.Session() as s:
        [b] = s.scalar(select(Request)).bookings
        start, seq = b.start, b.sequence
    assert "confirmed as checked; nothing was changed and nothing was sent" in _post(client, ref, "confirm").text
    # a Saturday is refused with the reason, nothing changes
    saturday = (start + timedelta(days=(5 - start.weekday()) % 7 or 7)).strftime("%Y-%m-%dT10:00")
    assert "Could not move the booking" in _post(client, ref, "move", start=saturday).text
    local = to_london(start + timedelta(days=7)).strftime("%Y-%m-%dT%H:%M")
    r = _post(client, ref, "move", start=local)
    assert "Booking moved" in r.text, r.text[:2000]
    with tmp_app.Session() as s:
        [b] = s.scalar(select(Request)).bookings
        assert b.start == start + timedelta(days=7) and b.sequence == seq + 1
    assert "Say why" in _post(client, ref, "cancel", reason="").text
    assert "Booking cancelled" in _post(client, ref, "cancel", reason="family moved away").text
    with tmp_app.Session() as s:
        req = s.scalar(select(Request))
        assert [b.state for b in req.bookings] == ["cancelled"]
        actors = {e.actor for e in s.scalars(select(AuditEvent).where(AuditEvent.request_id == req.id))}
        assert "user:kate" in actors
        assert s.scalar(select(AuditEvent).where(AuditEvent.action == "web.booking_confirmed")).actor == "user:kate"
        methods = [m.raw for m in s.scalars(select(OutboxMessage).where(OutboxMessage.request_id == req.id,
                                                                        OutboxMessage.purpose.like("invitation%")))]
    # the first invitation, its update (same UID, next SEQUENCE) and the cancellation
    assert sum(b"METHOD:REQUEST" in raw for raw in methods) >= 2
    assert any(b"METHOD:CANCEL" in raw for raw in methods)


def test_closing_a_booked_request_cancels_the_booking_and_stops_every_deadline(client, tmp_app):
    ref = _ingest_sample(tmp_app, "01_torbay_step_up_complete.eml", "torbay", "mash_step_up")
    add_deadline(tmp_app, ref, 48)
    with tmp_app.Session() as s:
        req = s.scalar(select(Request))
        assert req.state == "booked" and any(d.state == "open" for d in req.deadlines)
    assert "Say why the request is closed" in _post(client, ref, "close", reason=" ").text
    page = _post(client, ref, "close", reason="Withdrawn: the family moved to another authority").text
    assert "Request closed" in page and 'id="close"' not in page
    with tmp_app.Session() as s:
        req = s.scalar(select(Request))
        assert req.state == "closed"
        assert [b.state for b in req.bookings] == ["cancelled"]
        assert {d.state for d in req.deadlines} <= {"met", "breached", "cancelled"}
        assert all(d.next_at is None for d in req.deadlines if d.state == "cancelled")
        state = s.scalars(select(AuditEvent).where(AuditEvent.action == "state").order_by(AuditEvent.id)).all()[-1]
        assert (state.actor, state.detail["to"], state.detail["reason"]) == (
            "user:kate", "closed", "Withdrawn: the family moved to another authority")
        cancels = s.scalars(select(OutboxMessage).where(OutboxMessage.request_id == req.id,
                                                        OutboxMessage.purpose.like("invitation%"))).all()
        assert any(b"METHOD:CANCEL" in m.raw for m in cancels)
    assert ref not in queue_refs(client.get("/").text)              # off the open queue
    assert "already closed" in _post(client, ref, "close", reason="again").text


def test_an_urgent_request_is_closed_once_the_duty_team_has_it(client, tmp_app):
    ref = seed_request(tmp_app, authority="knowsley", state="received", urgent=True, missing=())
    add_deadline(tmp_app, ref, 4)
    page = client.get(f"/requests/{ref}").text
    assert "once the MASH duty team has taken this one over" in page
    assert queue_refs(client.get("/").text)[0] == ref
    _post(client, ref, "close", reason="MASH duty: strategy discussion held, s47 started")
    assert ref not in queue_refs(client.get("/").text)
    with tmp_app.Session() as s:
        req = s.scalar(select(Request))
        assert req.state == "closed" and [d.state for d in req.deadlines] == ["cancelled"]


# --- every message on a request, and what stepbot sent ------------------------------------------

def _add_follow_up(app, ref, *, raw, hours_ago, attachments=()):
    """A later message filed on the request, with the attachments it brought (as intake stores them)."""
    from bot.models import Attachment, InboundMessage

    authority, seq = ref[3:].rsplit("-", 1)
    at = app.clock.now() - timedelta(hours=hours_ago)
    with app.Session.begin() as s:
        req = s.scalar(select(Request).where(Request.authority == authority, Request.seq == int(seq)))
        row = InboundMessage(authority=authority, mailbox=req.mailbox, message_key=f"fu-{hours_ago}", raw=raw,
                             size=len(raw), kind="follow_up", status="done", request_id=req.id, received_at=at,
                             processed_at=at)
        s.add(row)
        s.flush()
        ids = []
        for name, content, accepted in attachments:
            a = Attachment(request_id=req.id, inbound_id=row.id, filename=name, content_type="application/pdf",
                           size=len(content), sha256="0" * 64, accepted=accepted,
                           problem=None if accepted else "not an allowed type", content=content if accepted else None)
            s.add(a)
            s.flush()
            ids.append(a.id)
        return row.id, ids


def test_request_page_lists_every_message_oldest_first_with_its_attachments(client, tmp_app):
    from tests.support.web_kit import email_bytes

    ref = seed_request(tmp_app, received_offset_hours=48)
    second, [pdf, refused] = _add_follow_up(
        tmp_app, ref, hours_ago=2, raw=email_bytes(subject="Re: Step up: TAF minutes", text="Minutes attached.",
                                                   sender="lp@school.example", message_id="<fu2@x>"),
        attachments=(("TAF minutes.pdf", b"%PDF-1.4 minutes", True), ("run.exe", b"MZ", False)))
    first, _ = _add_follow_up(
        tmp_app, ref, hours_ago=24, raw=email_bytes(subject="Re: Step up: consent", text="Mum consents.",
                                                    sender="worker@knowsley.gov.uk", message_id="<fu1@x>"))
    html = client.get(f"/requests/{ref}").text
    section = html[html.index('id="messages"'):html.index('id="sent"')]
    assert "Messages on this request (3)" in section
    ids = [int(i) for i in re.findall(r'<li id="message-(\d+)">', section)]
    assert ids[1:] == [first, second]  # the original, then the follow-ups oldest first
    assert section.count("<details>") == 3 and section.count("(original)") == 1
    for text in ("Re: Step up: consent", "Mum consents.", "lp@school.example", "Re: Step up: TAF minutes",
                 "Minutes attached.", "Please step up this family."):
        assert text in section, text
    assert section.index("Mum consents.") < section.index("Minutes attached.")
    # the accepted attachment downloads from its message; the refused one is named, not linked
    link = f"/requests/{ref}/attachments/{pdf}"
    assert f'href="{link}"' in section
    assert "run.exe" in section and f"/attachments/{refused}" not in section
    r = client.get(link)
    assert r.status_code == 200 and r.content == b"%PDF-1.4 minutes"


def test_a_hostile_follow_up_renders_inert_on_the_request_page(client, tmp_app):
    from tests.support.web_kit import email_bytes

    ref = seed_request(tmp_app, received_offset_hours=5)
    _add_follow_up(tmp_app, ref, hours_ago=1, raw=email_bytes(
        text=None, message_id="<fu-hostile@x>",
        html='<p onclick="alert(1)">Update</p><script>alert(2)</script><img src="https://tracker.example/p.gif">'))
    html = client.get(f"/requests/{ref}").text
    section = html[html.index('id="messages"'):html.index('id="sent"')]
    assert "Update" in section
    assert "<script" not in section and "onclick" not in section and "tracker.example" not in section


def test_request_page_shows_what_stepbot_sent_without_the_raw_bytes(client, tmp_app):
    ref = seed_request(tmp_app)
    now = tmp_app.clock.now()
    authority, seq = ref[3:].rsplit("-", 1)
    with tmp_app.Session.begin() as s:
        req = s.scalar(select(Request).where(Request.authority == authority, Request.seq == int(seq)))
        rows = [
            ("ack", ["worker@knowsley.gov.uk"], "We have your step-up request", "sent", 1, None, now),
            ("invitation", ["chair@knowsley.gov.uk", "hv@nhs.example"], "Invitation: case discussion",
             "pending", 2, "421 try again later", None),
            ("escalation", ["manager@knowsley.gov.uk"], "Overdue: decision", "failed", 5,
             "550 mailbox unavailable", None),
        ]
        for i, (purpose, to, subject, state, attempts, err, sent_at) in enumerate(rows):
            s.add(OutboxMessage(idempotency_key=f"k{i}", authority=authority, mailbox="mash_step_up",
                                purpose=purpose, request_id=req.id, recipients=to, subject=subject,
                                message_id=f"<out{i}@x>", raw=b"RAW-BYTES-MARKER-" + str(i).encode(), state=state,
                                attempts=attempts, last_error=err, next_attempt_at=now,
                                created_at=now + timedelta(minutes=i), sent_at=sent_at))
    html = client.get(f"/requests/{ref}").text
    section = html[html.index('id="sent"'):]
    section = section[:section.index("</section>")]
    trs = re.findall(r"<tr class=\"out-[a-z]+\">.*?</tr>", section, re.S)
    assert len(trs) == 3
    for tr, (purpose, to, subject, state, attempts, err, sent_at) in zip(trs, rows):
        assert say(purpose) in tr and subject in tr and f">{say(state)}<" in tr and f"<td>{attempts}</td>" in tr
        assert ", ".join(to) in tr
        assert (err or "—") in tr
        assert (to_london(sent_at).strftime("%a %d %b %Y %H:%M") if sent_at else "—") in tr
    assert "RAW-BYTES-MARKER" not in html


def test_request_page_says_when_nothing_was_sent(client, tmp_app):
    ref = seed_request(tmp_app)
    assert "Nothing has been sent about this request." in client.get(f"/requests/{ref}").text
