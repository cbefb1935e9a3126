"""Helpers (no tests): small policy packs and an App built around them, for the booking tests,
independent of the real packs in config/authorities (which have their own tests)."""
from __future__ import annotations

from datetime import date, datetime

from bot.app import App
from bot.clock import FixedClock
from bot.config import Deployment, Settings
from bot.models import Child, Request
from bot.policy import (
    Attendee, Condition, Contacts, KindPolicy, Panel, PanelChoice, PolicyPack, Requirement, Source,
)
from bot.workcal import LONDON

TORBAY_SEED = "torbay.txt"
KNOWSLEY_SEED = "knowsley.txt"


def src(file=TORBAY_SEED, quote="A test rule quoted from the protocol."):
    return Source(file=file, quote=quote)


def triage_panel(**kw) -> Panel:
    base = dict(name="Early Help triage", weekdays=["tuesday"], times=["09:30", "10:00", "10:30"],
                duration_minutes=30, capacity=1, book_within_working_days=5, location="Paignton Family Hub",
                attendees=[Attendee(role="triage_chair"), Attendee(role="requester"),
                           Attendee(role="afc_worker", required=False)],
                bring=["assessment", "the family's plan"],
                source=src(quote="Triage slot within 5 working days at the weekly Tuesday triage."))
    base.update(kw)
    return Panel(**base)


def under5_panel(**kw) -> Panel:
    base = dict(name="Under-5s triage", weekdays=["tuesday"], times=["11:00"], duration_minutes=30,
                capacity=2, cadence_weeks=2, cadence_anchor=date(2026, 12, 1), location="Paignton Family Hub",
                attendees=[Attendee(role="triage_chair"), Attendee(role="requester")],
                source=src(quote="Children under 5 are heard at the fortnightly under-5s triage."))
    base.update(kw)
    return Panel(**base)


def taf_panel(**kw) -> Panel:
    base = dict(name="Step-up TAF meeting", chair_role="mash_social_worker",
                weekdays=["monday", "tuesday", "wednesday", "thursday", "friday"], preferred_weekdays=["wednesday"],
                times=["10:00", "13:30"], duration_minutes=90, capacity=1, min_notice_working_days=5,
                location="Microsoft Teams",
                attendees=[Attendee(role="mash_inbox"), Attendee(role="business_support", note="takes the minutes"),
                           Attendee(role="requester", note="invites the current TAF members")],
                bring=["step_up_form", "taf_minutes"],
                source=src(KNOWSLEY_SEED, "At least 5 working days before the step-up TAF meeting, preferably a Wednesday."))
    base.update(kw)
    return Panel(**base)


def make_pack(name: str, panels: dict[str, Panel], choices: dict[str, list[PanelChoice]]) -> PolicyPack:
    kinds = {}
    for kind in ("step_up", "step_down"):
        kinds[kind] = KindPolicy(
            mailbox="mash_step_up" if kind == "step_up" else "early_help_duty", source=src(),
            requirements=[Requirement(id="step_up_form", explain="the completed step-up request form", source=src())],
            panels=choices.get(kind, []))
    return PolicyPack(name=name, display_name=name.replace("_", " ").title(), protocol=TORBAY_SEED,
                      contacts=Contacts.model_validate({
                          "office_hours": {"team": "MASH duty team", "role": "duty", "phones": ["01803 208100"]},
                          "out_of_hours": {"team": "Emergency Duty Team", "role": "out_of_hours", "phones": ["01803 208101"]}}), kinds=kinds, panels=panels)


def torbay_pack(**panel_kw) -> PolicyPack:
    return make_pack("torbay", {"triage": triage_panel(**panel_kw), "under5_triage": under5_panel()}, {
        "step_down": [PanelChoice(panel="under5_triage", when=Condition(any_child_under=5)),
                      PanelChoice(panel="triage")],
        "step_up": [PanelChoice(panel="triage")],
    })


def knowsley_pack(**panel_kw) -> PolicyPack:
    return make_pack("knowsley", {"taf": taf_panel(**panel_kw)}, {"step_up": [PanelChoice(panel="taf")]})


PEOPLE = {
    "duty": [{"name": "Duty desk", "email": "duty@council.example"}],
    "business_support": [{"name": "Business Support", "email": "bs@council.example"}],
    "triage_chair": [{"name": "Triage Chair", "email": "chair@council.example"}],
    "afc_worker": [{"name": "AFC Worker", "email": "afc@council.example"}],
    "mash_social_worker": [{"name": "Sam Social", "email": "sw@council.example"}],
    "mash_inbox": [{"name": "MASH inbox", "email": "MASH@council.example"}],
}


def settings_for(tmp_path, pack: PolicyPack, *, database_url: str | None = None, backend: dict | None = None,
                 closure_days=()) -> Settings:
    mailboxes = {}
    for role, address in (("mash_step_up", "MASH@council.example"), ("early_help_duty", "earlyhelp@council.example")):
        mailboxes[role] = {"address": address,
                           "backend": backend or {"type": "maildir", "path": str(tmp_path / "mail" / role)}}
    dep = Deployment.model_validate({
        "database_url": database_url or f"sqlite:///{tmp_path / 'stepbot.db'}",
        "closure_days": list(closure_days),
        "outgoing": {"type": "maildir", "path": str(tmp_path / "outbox")},
        "authorities": {pack.name: {"pack": pack.name, "mailboxes": mailboxes, "people": PEOPLE}},
    })
    return Settings(dep, {pack.name: pack}, tmp_path)


def build_app(tmp_path, pack: PolicyPack, now: datetime, **kw) -> App:
    return App(settings_for(tmp_path, pack, **kw), clock=FixedClock(now))


def make_request(session, authority: str, seq: int, *, kind="step_up", children=(("Paula White", date(2012, 2, 3)),),
                 proposed=None, sender="Claire Hesketh <claire.hesketh@partner.example>", at=None,
                 concerns=(), state="ready") -> Request:
    at = at or datetime(2026, 11, 23, 9, 0, tzinfo=LONDON)
    req = Request(authority=authority, seq=seq, mailbox="mash_step_up" if kind == "step_up" else "early_help_duty",
                  kind=kind, state=state, next_action="book_meeting", sender=sender, subject="Step up",
                  received_at=at, created_at=at, updated_at=at, concerns=list(concerns),
                  proposed_meeting=proposed, case_ids=[], missing=[], evidence={}, rule_hits=[], parsed={},
                  received_items=[])
    for i, (name, dob) in enumerate(children):
        req.children.append(Child(position=i, name=name, dob=dob))
    session.add(req)
    session.flush()
    return req
