"""Caps on automatic replies and on requests per sender (issue 14), and machine mail never
answered while still read for urgency. Real intake, real parser, SQLite; a fixed clock moved by
hand."""
from __future__ import annotations


from sqlalchemy import func, select

from bot import intake
from bot.config import Caps
from bot.demo import SAMPLES, render_sample
from bot.models import AuditEvent, InboundMessage, OutboxMessage, Request

ROUTINE = "01_torbay_step_up_complete.eml"
URGENT = "03_knowsley_step_up_urgent.eml"


def variant(app, sample: str, n: int, *, headers: str = "", sender: str | None = None) -> bytes:
    """The sample as a new message: its own Message-ID (so its own digest), extra headers first."""
    raw = render_sample(SAMPLES / sample, app)
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = [ln for ln in head.split(b"\r\n") if not ln.lower().startswith(b"message-id:")]
    if sender:
        lines = [b"From: " + sender.encode() if ln.lower().startswith(b"from:") else ln for ln in lines]
    extra = [h.encode() for h in headers.split("\n") if h]
    return b"\r\n".join(extra + lines + [f"Message-ID: <cap-{sample[:2]}-{n}@example.org>".encode()]) + \
        b"\r\n\r\n" + body


def set_caps(app, **kw):
    d = app.settings.deployment
    app.settings.deployment = d.model_copy(update={"caps": Caps(**(d.caps.model_dump() | kw))})


def count(app, model, *where):
    with app.Session() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where))


def purposes(app, *where):
    with app.Session() as s:
        return list(s.scalars(select(OutboxMessage.purpose).where(*where)))


def cap_alerts(app):
    with app.Session() as s:
        return list(s.scalars(select(OutboxMessage).where(OutboxMessage.idempotency_key.like("cap-alert:%"))))


def test_at_most_ten_replies_in_ten_minutes_to_one_address_and_support_told_once(tmp_app):
    for n in range(14):
        intake.ingest(tmp_app, "torbay", "mash_step_up", variant(tmp_app, ROUTINE, n))
    assert count(tmp_app, Request) == 14                    # nothing lost: every request is in the queue
    assert purposes(tmp_app, OutboxMessage.purpose == "ack").count("ack") == 10
    assert count(tmp_app, AuditEvent, AuditEvent.action == "reply_capped") == 4
    alerts = cap_alerts(tmp_app)
    assert len(alerts) == 1 and alerts[0].recipients == ["business.support@torbay.gov.uk"]
    assert "becca.stentiford@torbay.gov.uk" in alerts[0].raw.decode().lower()
    # eleven minutes on, the window has room again; support are not told a second time that day
    tmp_app.clock.advance(minutes=11)
    intake.ingest(tmp_app, "torbay", "mash_step_up", variant(tmp_app, ROUTINE, 100))
    assert purposes(tmp_app, OutboxMessage.purpose == "ack").count("ack") == 11
    assert len(cap_alerts(tmp_app)) == 1


def test_at_most_forty_replies_a_day_to_one_address(tmp_app):
    sent = []
    for n in range(44):
        intake.ingest(tmp_app, "torbay", "mash_step_up", variant(tmp_app, ROUTINE, n))
        sent.append(count(tmp_app, OutboxMessage, OutboxMessage.purpose == "ack"))
        tmp_app.clock.advance(minutes=20)        # never ten in ten minutes; 3 an hour
    assert sent[39] == 40 and sent[-1] == 40
    assert count(tmp_app, Request) == 44
    assert len(cap_alerts(tmp_app)) == 1
    tmp_app.clock.advance(hours=24)
    intake.ingest(tmp_app, "torbay", "mash_step_up", variant(tmp_app, ROUTINE, 999))
    assert count(tmp_app, OutboxMessage, OutboxMessage.purpose == "ack") == 41


def test_requests_per_sender_per_hour_are_capped_and_held_for_a_person(tmp_app):
    set_caps(tmp_app, requests_per_sender_hour=5)
    results = [intake.ingest(tmp_app, "torbay", "mash_step_up", variant(tmp_app, ROUTINE, n)) for n in range(8)]
    assert count(tmp_app, Request) == 5
    held = [r for r in results if r.reference is None]
    assert len(held) == 3 and all(r.review for r in held)
    with tmp_app.Session() as s:
        for r in held:
            row = s.get(InboundMessage, r.inbound_id)
            assert row.status == "needs_review" and "within an hour" in row.error
    assert count(tmp_app, AuditEvent, AuditEvent.action == "requests_capped") == 3
    assert len(cap_alerts(tmp_app)) == 1
    assert count(tmp_app, OutboxMessage, OutboxMessage.purpose == "ack") == 5   # no reply to the held ones


def test_urgent_mail_is_never_held_and_duty_alerts_are_never_capped(tmp_app):
    set_caps(tmp_app, requests_per_sender_hour=3)
    for n in range(13):
        intake.ingest(tmp_app, "knowsley", "mash_step_up", variant(tmp_app, URGENT, n))
    assert count(tmp_app, Request, Request.urgent.is_(True)) == 13    # over the request cap, still opened
    alerts = purposes(tmp_app, OutboxMessage.purpose == "alert", OutboxMessage.priority == 0,
                      ~OutboxMessage.idempotency_key.like("cap-alert:%"))
    assert len(alerts) == 13                                          # every one reached the duty team
    assert count(tmp_app, OutboxMessage, OutboxMessage.purpose == "urgent_reply") == 10  # the replies are capped


def _urgent_machine(app, headers: str, sender: str | None = None, n: int = 0):
    res = intake.ingest(app, "knowsley", "mash_step_up", variant(app, URGENT, n, headers=headers, sender=sender))
    with app.Session() as s:
        inbound = s.get(InboundMessage, res.inbound_id)
        to_duty = s.scalar(select(func.count()).select_from(OutboxMessage).where(
            OutboxMessage.purpose == "alert", OutboxMessage.priority == 0, OutboxMessage.request_id == inbound.request_id))
        answers = s.scalar(select(func.count()).select_from(OutboxMessage).where(
            OutboxMessage.request_id == inbound.request_id, OutboxMessage.purpose.in_(("ack", "urgent_reply", "chase"))))
    return to_duty, answers


def test_a_human_forward_marked_auto_forwarded_is_read_for_urgency_but_not_answered(tmp_app):
    assert _urgent_machine(tmp_app, "Auto-Submitted: auto-forwarded") == (1, 0)


def test_a_portal_no_reply_sender_is_read_for_urgency_but_not_answered(tmp_app):
    assert _urgent_machine(tmp_app, "", sender="Children's portal <no-reply@portal.example.org>") == (1, 0)


def test_precedence_bulk_on_a_reply_is_read_for_urgency(tmp_app):
    to_duty, _answers = _urgent_machine(tmp_app, "Precedence: bulk")
    assert to_duty == 1


def test_list_mail_and_newsletters_without_list_headers_are_not_acknowledged(tmp_app):
    for n, (headers, sender) in enumerate((
            ("List-Id: <ehnews.torbay.example>", None),
            ("List-Post: <mailto:partners@lists.example.org>", None),
            ("Precedence: list", None),
            ("", "Google <gmail-noreply@google.com>"),
            ("", "partners-request@lists.example.org"),
            ("", "post_master@example.org"),
            ("Feedback-ID: 1234:campaign:esp", None),
            ("Content-Type: multipart/digest; boundary=x", None))):
        intake.ingest(tmp_app, "torbay", "mash_step_up", variant(tmp_app, ROUTINE, n, headers=headers, sender=sender))
    assert count(tmp_app, OutboxMessage, OutboxMessage.purpose.in_(("ack", "urgent_reply"))) == 0
    assert count(tmp_app, InboundMessage, InboundMessage.status.in_(("done", "needs_review"))) == 8


def test_a_newsletter_is_known_by_its_words_when_it_has_no_list_header(tmp_app):
    raw = variant(tmp_app, ROUTINE, 1).replace(
        b"\r\n\r\n", b"\r\n\r\nYou are receiving this email because you signed up to our bulletin. "
                     b"Unsubscribe at any time.\r\n\r\n", 1)
    intake.ingest(tmp_app, "torbay", "mash_step_up", raw)
    assert count(tmp_app, OutboxMessage, OutboxMessage.purpose == "ack") == 0
    assert count(tmp_app, AuditEvent, AuditEvent.action == "reply_withheld") == 1
    # the control: the same request without those words is acknowledged
    intake.ingest(tmp_app, "torbay", "mash_step_up", variant(tmp_app, ROUTINE, 2))
    assert count(tmp_app, OutboxMessage, OutboxMessage.purpose == "ack") == 1
