"""Helpers for the web queue's tests: users, seeded requests, a signed-in TestClient."""
from __future__ import annotations

import re
from datetime import date, timedelta
from email.message import EmailMessage

from sqlalchemy import select

from bot.db import session_scope
from bot import references
from bot.models import Attachment, Child, Deadline, InboundMessage, Request
from bot.web.users import add_user

PASSWORD = "correct horse battery staple"


def make_user(app, username: str, role: str = "business_support", authorities=("knowsley",),
              password: str = PASSWORD):
    return add_user(app, username, password, role=role, authorities=list(authorities),
                    display_name=username.title())


def email_bytes(*, subject="Step up request", text="Please step up this family.", html=None,
                sender="worker@knowsley.gov.uk", to="knowsleymash@knowsley.gov.uk",
                message_id="<seed-1@knowsley.gov.uk>") -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"], msg["Message-ID"] = sender, to, subject, message_id
    msg["Date"] = "Mon, 23 Nov 2026 08:30:00 +0000"
    if text is not None:
        msg.set_content(text)
    if html is not None:
        if text is None:
            msg.set_content(html, subtype="html")
        else:
            msg.add_alternative(html, subtype="html")
    return msg.as_bytes()


def seed_request(app, *, authority="knowsley", seq=None, kind="step_up", mailbox="mash_step_up",
                 state="awaiting_info", urgent=False, missing=("taf_minutes",), raw=None,
                 children=(("Paula White", date(2012, 2, 3)),), received_offset_hours=0,
                 attachments=(), evidence=None, **fields) -> str:
    """A request as intake would leave it, with its original message; returns its reference."""
    now = app.clock.now()
    at = now - timedelta(hours=received_offset_hours)
    with session_scope(app.Session) as s:
        if seq is None:
            seq = (s.query(Request).filter(Request.authority == authority).count()) + 1
        req = Request(
            authority=authority, seq=seq, mailbox=mailbox, kind=kind, state=state, urgent=urgent,
            level=fields.pop("level", None), case_ids=fields.pop("case_ids", ["EHM-48213"]),
            concerns=fields.pop("concerns", ["neglect"]), consent=fields.pop("consent", True),
            manager_agreed=fields.pop("manager_agreed", True),
            lead_practitioner=fields.pop("lead_practitioner", None),
            proposed_meeting=fields.pop("proposed_meeting", None),
            missing=list(missing), notice=fields.pop("notice", None),
            next_action="request_info" if missing else "book_meeting",
            evidence=evidence if evidence is not None else {
                "case_ids": "EHM ref EHM-48213", "concerns.neglect": "the home conditions are poor"},
            rule_hits=[], parsed={"missing": list(missing)}, sender=fields.pop("sender", "worker@knowsley.gov.uk"),
            subject="Step up request", message_id=f"<seed-{authority}-{seq}@example>",
            received_at=at, created_at=at, updated_at=at, **fields,
        )
        s.add(req)
        for i, (name, dob) in enumerate(children):
            req.children.append(Child(name=name, dob=dob, position=i))
        s.flush()
        raw = raw if raw is not None else email_bytes(message_id=f"<seed-{authority}-{seq}@example>")
        s.add(InboundMessage(authority=authority, mailbox=mailbox, message_key=f"seed-{authority}-{seq}",
                             message_id=f"<seed-{authority}-{seq}@example>", raw=raw, size=len(raw),
                             kind=kind, status="done", request_id=req.id, received_at=at, processed_at=at))
        for name, ctype, content, accepted, problem in attachments:
            s.add(Attachment(request_id=req.id, filename=name, content_type=ctype, size=len(content),
                             sha256="0" * 64, role=None, accepted=accepted, problem=problem, content=content))
        return req.reference


CSRF_RE = re.compile(r'name="csrf" value="([^"]+)"')


def csrf_of(html: str) -> str:
    m = CSRF_RE.search(html)
    assert m, "no CSRF token on the page"
    return m.group(1)


def sign_in(client, username: str, password: str = PASSWORD):
    page = client.get("/signin")
    return client.post("/signin", data={"username": username, "password": password, "csrf": csrf_of(page.text),
                                        "next": "/"}, follow_redirects=False)


def queue_refs(html: str) -> list[str]:
    return re.findall(r'<a href="/requests/(SB-[a-z_]+-\d+|[A-Z]{2,5}-\d{4,9}-[0-9A-Z]{3})">', html)


def add_deadline(app, ref: str, hours: int, state="open"):
    now = app.clock.now()
    with session_scope(app.Session) as s:
        req = references.lookup(s, ref)
        s.add(Deadline(request_id=req.id, authority=req.authority, rule_id=f"r{hours}", title=f"due in {hours}h",
                       owner_role="mash_team_manager", state=state, starts_at=now,
                       due_at=now + timedelta(hours=hours), next_at=now, source_file="knowsley.txt",
                       source_quote="a quoted sentence"))


def seed_inbound(app, *, authority="knowsley", mailbox="mash_step_up", status="needs_review", kind=None,
                 error=None, raw=None, key=None, request_ref=None, received_offset_hours=0) -> int:
    """An inbound message row as intake leaves it (e.g. a meeting reply to no meeting of ours);
    returns its id. ``request_ref`` files it on that request (a follow-up)."""
    at = app.clock.now() - timedelta(hours=received_offset_hours)
    raw = raw if raw is not None else email_bytes(subject="Re: Invitation", text="Accepted.")
    with session_scope(app.Session) as s:
        request_id = None
        if request_ref is not None:
            a, seq = request_ref[3:].rsplit("-", 1)
            request_id = s.scalar(select(Request.id).where(Request.authority == a, Request.seq == int(seq)))
        row = InboundMessage(authority=authority, mailbox=mailbox, message_key=key or f"k-{len(raw)}-{at.isoformat()}",
                             raw=raw, size=len(raw), kind=kind, status=status, error=error, attempts=1,
                             request_id=request_id, received_at=at, processed_at=at)
        s.add(row)
        s.flush()
        return row.id
