"""Helpers for the deadline engine's tests: a small pack built in the test, an App on a temporary
SQLite database, requests, and reading back what the outbox would send."""
from __future__ import annotations

from datetime import date, datetime
from email import message_from_bytes
from email import policy as email_policy
from pathlib import Path

from sqlalchemy import select

from bot.app import App
from bot.clock import FixedClock
from bot.config import Deployment, Settings
from bot.models import Child, OutboxMessage, Request
from bot.policy import PolicyPack
from bot.workcal import LONDON

SEED = "knowsley.txt"


def src(quote: str, file: str = SEED) -> dict:
    return {"file": file, "quote": quote}


def small_pack(deadlines: list[dict], *, chase: dict | None = None, name: str = "testshire") -> PolicyPack:
    data = {
        "name": name, "display_name": "Testshire", "protocol": SEED,
        "contacts": {"office_hours": {"team": "MASH duty team", "role": "duty", "phones": ["0151 443 2600"]},
                     "out_of_hours": {"team": "Emergency Duty Team", "role": "out_of_hours", "phones": ["0151 443 2601"]}},
        "kinds": {
            "step_up": {"description": "step up", "mailbox": "mash_step_up", "source": src("step up to the MASH")},
            "step_down": {"description": "step down", "mailbox": "early_help_duty", "default_level": 3,
                          "source": src("step down to early help")},
        },
        "deadlines": deadlines,
    }
    if chase is not None:
        data["chase"] = chase
    return PolicyPack.model_validate(data)


def make_app(tmp_path: Path, pack: PolicyPack, people: dict, *, at: datetime, closure_days=(),
             database_url: str | None = None) -> App:
    dep = Deployment.model_validate({
        "database_url": database_url or f"sqlite:///{tmp_path / 'stepbot.db'}",
        "admin_email": "admin@testshire.gov.uk",
        "closure_days": list(closure_days),
        "outgoing": {"type": "maildir", "path": str(tmp_path / "outbox")},
        "authorities": {pack.name: {
            "pack": pack.name,
            "mailboxes": {
                "mash_step_up": {"address": "mash@testshire.gov.uk",
                                 "backend": {"type": "maildir", "path": str(tmp_path / "mail" / "mash")}},
                "early_help_duty": {"address": "earlyhelp@testshire.gov.uk",
                                    "backend": {"type": "maildir", "path": str(tmp_path / "mail" / "eh")}},
            },
            "people": people,
        }},
    })
    return App(Settings(dep, {pack.name: pack}, tmp_path), clock=FixedClock(at))


def london(y, m, d, hh=9, mm=0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=LONDON)


def add_request(session, app, *, authority="testshire", kind="step_up", level=None, concerns=(),
                children=(("Paula White", date(2012, 2, 3)),), sender="worker@agency.org.uk", state="ready",
                at: datetime | None = None) -> Request:
    at = at or app.clock.now()
    from sqlalchemy import func

    seq = (session.scalar(select(func.max(Request.seq)).where(Request.authority == authority)) or 0) + 1
    req = Request(authority=authority, seq=seq, mailbox="mash_step_up" if kind == "step_up" else "early_help_duty",
                  kind=kind, state=state, level=level, concerns=list(concerns), next_action="book_meeting",
                  sender=sender, subject="Step request", received_at=at, created_at=at, updated_at=at,
                  case_ids=[], missing=[], received_items=[], evidence={}, rule_hits=[], parsed={})
    for i, (name, dob) in enumerate(children):
        req.children.append(Child(position=i, name=name, dob=dob))
    session.add(req)
    session.flush()
    return req


def outbox(app, *, purpose: str | None = None) -> list[OutboxMessage]:
    with app.Session() as s:
        q = select(OutboxMessage).order_by(OutboxMessage.id)
        if purpose:
            q = q.where(OutboxMessage.purpose == purpose)
        return list(s.scalars(q))


def body(row: OutboxMessage) -> str:
    msg = message_from_bytes(row.raw, policy=email_policy.default)
    return msg.get_body(preferencelist=("plain",)).get_content()


def sent_log(app, since_id: int = 0) -> list[tuple]:
    """(london time, purpose, recipients, subject) for every outbox row after ``since_id``."""
    return [(r.created_at.astimezone(LONDON).strftime("%Y-%m-%d %H:%M"), r.purpose, tuple(r.recipients), r.subject)
            for r in outbox(app) if r.id > since_id]
