"""Words for people (issue 18): every mail template, rendered for every authority with the ids
stepbot holds (panel, roles, rule, kind, mailbox, requirement ids), shows none of them as ids, no
file name and no ISO timestamp. Values are passed raw, as the database holds them, so a template
that prints an id without the ``words`` filter fails here.

tests/conftest.py applies the same check to every mail any test renders through the real code.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from bot import mail
from bot.config import load_settings
from bot.words import say, spell
from bot.workcal import LONDON
from tests.support.plain import given_from, problems

ROOT = Path(__file__).resolve().parent.parent
# Every mail template (a template with no Subject line is a part included by others).
TEMPLATES = sorted(p.name.removesuffix(".txt.j2") for p in (ROOT / "templates" / "mail").glob("*.txt.j2")
                   if "Subject: " in p.read_text(encoding="utf-8"))
AUTHORITIES = sorted(load_settings(ROOT / "config").packs)
START = datetime(2026, 12, 8, 10, 0, tzinfo=LONDON)
END = datetime(2026, 12, 8, 11, 0, tzinfo=LONDON)


def _pack(authority):
    return load_settings(ROOT / "config").packs[authority]


def context(template: str, authority: str) -> dict:
    """What the code holds when it renders ``template``, as ids: the pack's first panel, deadline,
    dispute and report; every value a person could see."""
    pack = _pack(authority)
    panel_id, panel = next(iter(pack.panels.items()))
    d = pack.deadlines[0]
    dispute = pack.disputes[0] if pack.disputes else None
    kind = next(iter(pack.kinds))
    mailbox = "mash_step_up" if kind == "step_up" else "early_help_duty"
    roles = sorted(pack.roles())
    missing_ids = ["consent", "manager_agreed", "case_summary"]
    on_call = dict(in_office_hours=False, closes=END, why="at the weekend", day_team="MASH duty team",
                   team="Emergency Duty Team", opens=START, phones=["0151 443 2600"],
                   phones_text="0151 443 2600", emergency="999")
    stats = dict(received=3, complete=2, booked=2, invited_within_1_wd=2, notice_given=1, notice_rule=1,
                 agreed=1, not_agreed=0, references=[dict(reference="SB-K-1", initials="A.B.",
                                                           state="booked", outcome=None)])
    return dict(
        authority=pack.display_name, ref="SB-1-AB", reference="SB-1-AB", kind=kind, mailbox=mailbox,
        original_subject="Step up request", subject="Step up request", sender="sw@example.org",
        sender_name="Sam Jones", sentence="he hit her", comment="I am on leave", note="outcome",
        missing=[dict(explain=r.explain, source_file=r.source.file, source_quote=r.source.quote)
                 for r in pack.kinds[kind].requirements[:2]] if template.startswith("ack") else missing_ids,
        notice=dict(given=1, required=5, file=d.source.file, quote=d.source.quote),
        booking=dict(start=START, location=panel.location), panel=panel, meeting=panel.title, no_slot=False, added=missing_ids,
        reason="the attachment could not be opened", initials=["A.B.", "C.D."],
        bring=list(panel.bring) or ["assessment"], capacity=panel.capacity, place=1, start=START, end=END,
        location=panel.location, attending=[("", r.role) for r in panel.attendees],
        not_invited=["requester_manager"], short_notice=False, address="sw@example.org",
        calendar="mash@council.example", fallback="Microsoft Teams (joining link to follow)",
        replies_per_day=10, replies_per_window=3, window=10, requests_per_hour=20, what="replies", now=START,
        chase_number=1, max_chases=3, escalate_at=END, escalate_to=roles[0],
        source_file=d.source.file, source_quote=d.source.quote, quote=d.source.quote,
        rule_file=d.source.file, rule_quote=d.source.quote, rule_id=d.id, rule_note="",
        attendee_role=panel.attendees[0].role if panel.attendees else "requester",
        next_slot=dict(start=END), proposed=END, panel_name=panel.title,
        horizon=3, name="Sam", today="Tue 8 Dec 2026", roles=roles[:2], agreed=False, decided_at=START,
        already=[("", roles[0])],
        overdue=[dict(reference="SB-1-AB", initials="A.B.", title=d.title, due=START, status="overdue",
                      owner_role=d.owner_role, escalated=1, rule_id=d.id, source_quote=d.source.quote,
                      source_file=d.source.file)],
        soon=[], title=dispute.title if template == "dispute" and dispute else d.title,
        role=(dispute.roles[0] if template == "dispute" and dispute else d.owner_role),
        next_role=roles[-1], raised_at=START, reminder=False, step=1, steps=2,
        due=END, status="due in 2 working days", owner_role=d.owner_role, away_role=d.owner_role,
        met_by=d.met_by, met_by_documents=["assessment", "case_summary"], local_choice=None,
        is_chase=False, holder_missing=False, reminder_number=1, how="by email",
        problem="unreachable", since=START, quiet_hours=8, unreachable_minutes=30,
        month="November 2026", authority_key=authority, filename=f"{authority}-step-up-log-2026-11.xlsx",
        month_key="2026-11", report_id="step_up_log_monthly_review", review_by="Friday 4 December",
        escalation=[dict(after=3, role=roles[0])], s=stats, after=3, sent_on="Tuesday 1 December 2026",
        to_role=roles[0], audience="business_support", handled=False, urgent=True, assessed=True,
        evidence="he hit her", received=START, phones="0151 443 2600", emergency="999", team="MASH duty team",
        on_call=on_call, sequence=0, chair=panel.chair_role, notes=[], within=5, within_days=None,
        actions="A.B.: school attendance figures", back_by=END,
        then="complete the actions, then liaise with the assistant team manager",
        meeting_day=START.date(), given=2, required=5, chases_sent=2, late=None, contact=None, last_day=None,
    )


def test_the_checker_finds_ids_file_names_and_iso_timestamps():
    assert problems("Invitation: final_cin_meeting [SB-1]") == ["id final_cin_meeting"]
    assert problems("See 004_ba08e3b9f619f49f.txt and knowsley.yaml") == [
        "file name 004_ba08e3b9f619f49f.txt", "file name knowsley.yaml"]
    assert problems("When: 2026-12-11T10:00:00+00:00") == ["ISO timestamp 2026-12-11T10:00:00+00:00"]
    # Addresses, links and the sender's own words are not stepbot's to rewrite.
    assert problems("mail mash_duty@knowsley.gov.uk or http://x/requests/step_up") == []
    assert problems("Re: my_request.txt", given=["Re: my_request.txt"]) == []


@pytest.mark.parametrize("value,expected", [
    ("final_cin_meeting", "final CIN meeting"), ("mash_step_up", "MASH step-up"),
    ("early_help_service_manager", "Early Help service manager"), ("requester_manager", "sender's team manager"),
    ("level3_cin_meeting_or_joint_visit", "level 3 CIN meeting or joint visit"),
    ("awaiting_info", "waiting for information"), ("physical_harm", "physical harm"),
    ("alert_duty", "alert the duty team now"), ("Sam Jones", "Sam Jones"), (None, ""),
    (["consent", "case_id"], "the family's consent and case number"),
])
def test_say_turns_ids_into_words(value, expected):
    assert say(value) == expected


def test_every_role_in_every_pack_reads_as_words():
    for authority in AUTHORITIES:
        for role in _pack(authority).roles():
            assert "_" not in say(role), (authority, role)
            assert spell(role).strip(), role


@pytest.mark.parametrize("authority", AUTHORITIES)
@pytest.mark.parametrize("template", TEMPLATES)
def test_every_mail_template_reads_as_words_for_every_authority(template, authority, mail_in_plain_words):
    ctx = context(template, authority)
    subject, text = mail.render(template, **ctx)
    found = problems(subject + "\n" + text, given_from(ctx))
    assert not found, f"{template} for {authority}: {found}"
    mail_in_plain_words.clear()  # reported above, with the template and authority


def test_every_panel_has_a_title_for_people():
    for authority in AUTHORITIES:
        for name, panel in _pack(authority).panels.items():
            assert panel.title and "_" not in panel.title, (authority, name)
