"""One test per timescale in REQUIREMENTS.md: the pack encodes it (offset, unit, starting event,
what meets it, owner, reminders, escalation) and the working calendar computes an example due
date. Examples are chosen to straddle Christmas 2026, Easter 2027 and the 2027 clock changes."""
from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from bot.config import load_settings
from bot.policy import DeadlineRule, PolicyPack
from bot.workcal import LONDON, calendar_for

CONFIG = Path(__file__).resolve().parents[1] / "config"
UTC = timezone.utc


@pytest.fixture(scope="module")
def settings():
    return load_settings(CONFIG)


def london(y, m, d, hh=0, mm=0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=LONDON)


def rule(settings, authority: str, rule_id: str) -> DeadlineRule:
    matches = [d for d in settings.pack(authority).deadlines if d.id == rule_id]
    assert len(matches) == 1, f"{authority} has no deadline rule {rule_id!r}"
    return matches[0]


def check(settings, authority, rule_id, *, kinds, starts_on, met_by, owner, start, due,
          working_days=None, calendar_days=None, weeks=None, local=False, when=None, ladder=None,
          quote_has=None):
    """Assert one timescale is encoded as the protocol says, and compute its due date."""
    r = rule(settings, authority, rule_id)
    assert r.kinds == kinds
    assert (r.starts_on, r.met_by) == (starts_on, met_by)
    assert (r.working_days, r.calendar_days, r.weeks) == (working_days, calendar_days, weeks)
    assert r.owner_role == owner
    assert bool(r.local_choice) is local, "local choices must say so; protocol rules must not"
    assert r.remind_before_working_days, "every deadline reminds its owner before it is due"
    assert r.escalation, "every deadline has an escalation ladder"
    if ladder is not None:
        assert [e.role for e in r.escalation] == ladder
    assert [e.after_working_days for e in r.escalation] == sorted(e.after_working_days for e in r.escalation)
    if when is not None:
        assert r.when is not None and r.when.model_dump(exclude_none=True) == when
    if quote_has is not None:
        assert quote_has in r.source.quote
    cal = calendar_for(settings, authority)
    got = cal.due_for_rule(r, start)
    assert got == due, f"{rule_id}: due {got.isoformat()}, expected {due.isoformat()}"
    assert cal.is_working_day(got)
    return r


# -- Richmond & Wandsworth (000) ----------------------------------------------------------------

def test_richmond_wandsworth_step_up_invitation_within_1_working_day_of_receipt(settings):
    # received on Christmas Eve afternoon: due at close on Tuesday 29 Dec (25, 26, 27, 28 are off)
    check(settings, "richmond_wandsworth", "step_up_invitation_1_wd", kinds=["step_up"],
          starts_on="request_received", met_by="invitation_sent", working_days=1,
          owner="mash_business_support", start=london(2026, 12, 24, 15), due=london(2026, 12, 29, 17),
          ladder=["mash_manager", "service_manager_social_care"], quote_has="within 1 working Day")


def test_richmond_wandsworth_step_down_case_discussion_within_5_calendar_days_of_contact(settings):
    # Monday 21 Dec + 5 days = Saturday 26 Dec (Boxing Day) -> the next working day, Tuesday 29th
    r = check(settings, "richmond_wandsworth", "step_down_case_discussion_5_days", kinds=["step_down"],
              starts_on="request_received", met_by="invitation_sent", calendar_days=5,
              owner="requester", start=london(2026, 12, 21, 10), due=london(2026, 12, 29, 17),
              quote_has="within 5 days of this contact")
    panel = settings.pack("richmond_wandsworth").panels["step_down_case_discussion"]
    assert panel.book_within_calendar_days == 5
    assert settings.pack("richmond_wandsworth").kind("step_down").notice == [], "a booking timescale, not notice"
    assert r.working_days is None


@pytest.mark.parametrize("kind,rule_id,phrase", [
    ("step_up", "step_up_joint_visit_5_wd", "decision to step-up"),
    ("step_down", "step_down_joint_visit_5_wd", "agreement to step-down"),
])
def test_richmond_wandsworth_joint_visit_within_5_working_days_of_the_decision(settings, kind, rule_id, phrase):
    # decision Wednesday 24 March 2027: 25, (Good Friday), (Easter Monday), 30, 31, 1, 2 April (BST)
    check(settings, "richmond_wandsworth", rule_id, kinds=[kind], starts_on="decision_agreed",
          met_by="joint_visit_held", working_days=5, owner="requester",
          start=london(2027, 3, 24, 11), due=datetime(2027, 4, 2, 16, 0, tzinfo=UTC), quote_has=phrase)


@pytest.mark.parametrize("kind", ["step_up", "step_down"])
def test_richmond_wandsworth_letter_to_the_family_after_the_joint_visit(settings, kind):
    check(settings, "richmond_wandsworth", f"{kind}_letter_to_family", kinds=[kind],
          starts_on="joint_visit_held", met_by="letter_sent", working_days=2, owner="requester",
          local=True, start=london(2026, 12, 24, 12), due=london(2026, 12, 30, 17),
          quote_has="a letter should be sent to the family")


def test_richmond_wandsworth_review_meeting_within_4_weeks_of_handover(settings):
    # handover Monday 1 March 2027 + 4 weeks = Easter Monday 29 March -> Tuesday 30th, 17:00 BST
    check(settings, "richmond_wandsworth", "step_down_review_4_weeks", kinds=["step_down"],
          starts_on="handover", met_by="review_held", weeks=4, owner="early_help_manager",
          start=london(2027, 3, 1, 11), due=datetime(2027, 3, 30, 16, 0, tzinfo=UTC),
          ladder=["service_manager_early_help"], quote_has="within 4 weeks of the hand over")


@pytest.mark.parametrize("kind,owner", [("step_up", "mash_manager"), ("step_down", "early_help_manager")])
def test_richmond_wandsworth_decision_and_rationale_recorded_on_mosaic(settings, kind, owner):
    check(settings, "richmond_wandsworth", f"{kind}_decision_on_mosaic", kinds=[kind],
          starts_on="meeting_held", met_by="mosaic_recorded", working_days=1, owner=owner, local=True,
          start=london(2027, 10, 29, 14), due=london(2027, 11, 1, 17), quote_has="on Mosaic")


def test_richmond_wandsworth_disputes_go_to_service_managers(settings):
    disputes = {d.id: d for d in settings.pack("richmond_wandsworth").disputes}
    assert {"service_manager_social_care", "service_manager_early_help"} <= set(disputes["step_down_dispute"].roles)
    assert {"service_manager_social_care", "service_manager_early_help"} <= set(disputes["step_up_dispute"].roles)


# -- Tower Hamlets (001) --------------------------------------------------------------------------

def test_tower_hamlets_taf_meeting_and_minutes_within_10_working_days_of_the_assessment(settings):
    # assessment concluded Friday 18 Dec 2026: 21-24 (4), 29-31 (7), 4-6 Jan (10)
    check(settings, "tower_hamlets", "taf_meeting_minutes_10_wd", kinds=["step_down"],
          starts_on="assessment_completed", met_by="minutes_received", working_days=10,
          owner="requester", start=london(2026, 12, 18, 12), due=london(2027, 1, 6, 17),
          quote_has="within 10 working days of the conclusion of the Child and Family Assessment")
    panel = settings.pack("tower_hamlets").panels["taf_meeting"]
    assert panel.chair_role == "requester"  # chaired by the allocated social worker


def test_tower_hamlets_cin_review_minutes_to_the_lead_practitioner_within_10_working_days(settings):
    # REQUIREMENTS.md: "final CIN review minutes to the lead practitioner (or the Early Help
    # co-ordinator) within 10 WD": they run from the final CIN review itself (told in the mail, a
    # reply or recorded on the request page), not from the meeting stepbot records, and a corrected
    # day starts them again.
    # final CIN review Monday 22 March 2027: 23, 24, 25, 30, 31, 1, 2, 5, 6, 7 April
    r = check(settings, "tower_hamlets", "cin_review_minutes_10_wd", kinds=["step_down"],
              starts_on="cin_review_held", met_by="documents_sent", working_days=10, owner="requester",
              start=london(2027, 3, 22, 14), due=london(2027, 4, 7, 17),
              quote_has="minutes from the CIN Review Meeting are sent to the Lead Practitioner")
    assert "Early Help Co-ordinator within 10 working days" in r.source.quote
    assert r.restarts_on == ["cin_review_held"] and r.met_by_documents == ["cin_minutes"]
    assert "meeting_held" not in (r.starts_on, *r.restarts_on)


def test_tower_hamlets_written_confirmation_to_family_and_agencies(settings):
    check(settings, "tower_hamlets", "written_confirmation_to_family", kinds=["step_down"],
          starts_on="decision_agreed", met_by="family_confirmation_sent", working_days=5,
          owner="requester", local=True, start=london(2027, 10, 27, 10), due=london(2027, 11, 3, 17))


def test_tower_hamlets_disputes_follow_the_partnership_escalation_procedure(settings):
    (d,) = settings.pack("tower_hamlets").disputes
    assert "partnership dispute resolution" in d.source.quote
    assert d.kinds == ["step_up", "step_down"]


# -- Torbay (002) ---------------------------------------------------------------------------------

def test_torbay_triage_slot_within_5_working_days_at_the_weekly_tuesday_triage(settings):
    # request Thursday 28 Oct 2027 (BST); the clocks go back on Sunday 31st: due Thursday 4 Nov GMT
    r = check(settings, "torbay", "triage_within_5_wd", kinds=["step_down"], starts_on="request_received",
              met_by="meeting_held", working_days=5, owner="early_help_business_support",
              start=london(2027, 10, 28, 12), due=datetime(2027, 11, 4, 17, 0, tzinfo=UTC),
              when={"no_child_under": 5})
    panel = settings.pack("torbay").panels["triage"]
    assert panel.weekdays == ["tuesday"] and all(t < "12:00" for t in panel.times)
    assert panel.book_within_working_days == 5
    cal = calendar_for(settings, "torbay")
    tuesday = date(2027, 11, 2)
    assert tuesday.weekday() == 1 and cal.working_days_between(date(2027, 10, 28), tuesday) <= 5
    assert r.when.holds(child_ages=[7, 12]) and not r.when.holds(child_ages=[3, 9])


def test_torbay_under_5s_are_heard_at_the_fortnightly_triage_with_afc(settings):
    pack = settings.pack("torbay")
    kp = pack.kind("step_down")
    assert kp.panel_for(child_ages=[3, 9]) == "under5_triage"
    assert kp.panel_for(child_ages=[7]) == "triage"
    assert kp.panel_for(child_ages=[None]) == "triage"
    under5 = pack.panels["under5_triage"]
    assert under5.cadence_weeks == 2 and under5.cadence_anchor.weekday() == 1
    assert "afc_representative" in {a.role for a in under5.attendees}
    check(settings, "torbay", "under5_triage_next_sitting", kinds=["step_down"],
          starts_on="request_received", met_by="meeting_held", weeks=2,
          owner="early_help_business_support", local=True, when={"any_child_under": 5},
          start=london(2026, 12, 14, 10), due=london(2026, 12, 29, 17))  # Mon 28th is the substitute holiday


def test_torbay_triage_minutes_and_actions_recorded_by_business_support(settings):
    check(settings, "torbay", "triage_minutes_recorded", kinds=["step_down"], starts_on="meeting_held",
          met_by="minutes_received", working_days=1, owner="early_help_business_support", local=True,
          start=london(2026, 12, 24, 11), due=london(2026, 12, 29, 17))


def test_torbay_not_agreed_actions_go_to_the_social_worker_and_team_manager_then_back_to_triage(settings):
    check(settings, "torbay", "not_agreed_back_to_triage", kinds=["step_down"],
          starts_on="decision_not_agreed", met_by="triage_rebooked", working_days=20, owner="requester",
          local=True, start=london(2027, 3, 16, 11), due=london(2027, 4, 15, 17),
          ladder=["requester_manager", "early_help_assistant_team_manager"])


def test_torbay_warm_handover_meeting(settings):
    check(settings, "torbay", "warm_handover", kinds=["step_down"], starts_on="decision_agreed",
          met_by="handover", working_days=10, owner="requester", local=True,
          start=london(2027, 3, 16, 11), due=london(2027, 4, 1, 17))


def test_torbay_assistant_team_manager_records_lead_practitioner_name_agency_and_phone(settings):
    check(settings, "torbay", "lead_practitioner_recorded", kinds=["step_down"],
          starts_on="step_down_completed", met_by="lead_practitioner_recorded", working_days=2,
          owner="early_help_assistant_team_manager", local=True,
          start=london(2027, 10, 28, 15), due=london(2027, 11, 1, 17), quote_has="name agency and contact number")


# -- Herefordshire (003) --------------------------------------------------------------------------

def test_herefordshire_plan_sent_within_two_weeks_of_the_assessment_decision(settings):
    # decision Friday 11 Dec 2026 + 2 weeks = Christmas Day -> Tuesday 29 Dec
    check(settings, "herefordshire", "plan_within_two_weeks", kinds=["step_down"],
          starts_on="assessment_decision", met_by="plan_sent", weeks=2, owner="requester",
          start=london(2026, 12, 11, 15), due=london(2026, 12, 29, 17), quote_has="within two weeks")


def test_herefordshire_step_down_completed_and_case_closed_within_10_working_days(settings):
    # received Monday 14 Dec 2026: 15-18 (4), 21-24 (8), 29 (9), 30 (10)
    check(settings, "herefordshire", "step_down_completed_10_wd", kinds=["step_down"],
          starts_on="request_received", met_by="step_down_completed", working_days=10, owner="requester",
          start=london(2026, 12, 14, 9, 30), due=london(2026, 12, 30, 17),
          ladder=["requester_manager", "early_help_coordinator_manager"])


def test_herefordshire_coordinator_manager_escalates_step_downs_not_received_within_10_days_of_closure(settings):
    # closed Friday 19 March 2027 + 10 days = Easter Monday -> Tuesday 30 March (BST)
    check(settings, "herefordshire", "step_down_received_after_closure", kinds=["step_down"],
          starts_on="case_closed", met_by="step_down_received", calendar_days=10,
          owner="early_help_coordinator_manager", start=london(2027, 3, 19, 16),
          due=london(2027, 3, 30, 17), quote_has="not received within 10 days of the closure")


def test_herefordshire_four_consecutive_mags_are_counted_with_the_cadence_a_local_choice(settings):
    """The seed asks for four consecutive MAG reviews and gives no cadence: the pack counts four,
    one MAG every few weeks, and says the cadence is its own choice."""
    pack = settings.pack("herefordshire")
    (s,) = [s for s in pack.silent_on if "MAG" in s.topic]
    assert s.source is not None and "four consecutive" in s.source.quote
    (mags,) = [d for d in pack.deadlines if d.met_by == "mag_review_held"]
    assert mags.repeats == 4 and mags.local_choice and "cadence" in mags.local_choice


def test_herefordshire_step_down_drop_in_is_tuesday_morning(settings):
    panel = settings.pack("herefordshire").panels["step_down_drop_in"]
    assert panel.weekdays == ["tuesday"] and all(t < "12:00" for t in panel.times)


# -- Knowsley (004) -------------------------------------------------------------------------------

def _notice(settings, kind, level=None):
    return settings.pack("knowsley").kind(kind).notice_for(level=level)


def test_knowsley_step_up_taf_meeting_needs_5_working_days_notice(settings):
    n = _notice(settings, "step_up")
    assert n.working_days == 5 and "TAF" in n.before
    cal = calendar_for(settings, "knowsley")
    today = date(2026, 12, 17)                   # Thursday before Christmas
    assert cal.working_days_between(today, date(2026, 12, 23)) == 4       # Wednesday 23rd: too short
    assert cal.working_days_between(today, date(2026, 12, 24)) == 5       # Thursday 24th: enough
    assert cal.add_working_days(today, n.working_days) == date(2026, 12, 24)
    panel = settings.pack("knowsley").panels["step_up_taf_meeting"]
    assert panel.preferred_weekdays == ["wednesday"] and panel.min_notice_working_days == 5
    roles = {a.role for a in panel.attendees}
    assert {"mash_inbox", "mash_business_support", "requester"} <= roles
    assert panel.chair_role == "mash_social_worker"
    assert settings.people("knowsley", "mash_inbox")[0].email == "knowsleymash@knowsley.gov.uk"


def test_knowsley_level_2_step_down_needs_5_working_days_before_the_final_cin_meeting(settings):
    n = _notice(settings, "step_down", level=2)
    assert n.working_days == 5 and n.before == "the final CIN meeting"
    cal = calendar_for(settings, "knowsley")
    today = date(2027, 3, 22)
    assert cal.working_days_between(today, date(2027, 3, 30)) == 4        # Easter eats two days
    assert cal.working_days_between(today, date(2027, 3, 31)) == 5


def test_knowsley_level_3_step_down_needs_5_days_notice_of_the_cin_meeting_or_joint_home_visit(settings):
    n = _notice(settings, "step_down", level=3)
    assert n.working_days == 5 and "joint home visit" in n.before and n.reading
    assert _notice(settings, "step_down") == n, "no level stated: level 3"
    cal = calendar_for(settings, "knowsley")
    assert cal.working_days_between(date(2027, 10, 27), date(2027, 11, 3)) == 5


def test_knowsley_step_up_agreed_case_transferred_the_same_day(settings):
    check(settings, "knowsley", "step_up_transfer_same_day", kinds=["step_up"], starts_on="decision_agreed",
          met_by="case_transferred", working_days=0, owner="requester",
          start=london(2027, 10, 27, 15), due=london(2027, 10, 27, 17), quote_has="within same day")
    # a decision recorded after hours on Friday 29 Oct 2027 is due by Monday's close (GMT)
    r = rule(settings, "knowsley", "step_up_transfer_same_day")
    cal = calendar_for(settings, "knowsley")
    assert cal.due_for_rule(r, london(2027, 10, 29, 18)) == datetime(2027, 11, 1, 17, tzinfo=UTC)


def test_knowsley_step_up_not_agreed_contingency_plan_recorded(settings):
    check(settings, "knowsley", "step_up_contingency_plan", kinds=["step_up"],
          starts_on="decision_not_agreed", met_by="contingency_plan_recorded", working_days=1,
          owner="mash_social_worker", local=True, start=london(2026, 12, 24, 11),
          due=london(2026, 12, 29, 17), quote_has="contingency plan")
    dispute = {d.id: d for d in settings.pack("knowsley").disputes}["step_up_not_agreed"]
    assert dispute.roles == ["requester_manager", "mash_team_manager"]


def test_knowsley_documents_reach_the_new_lead_practitioner_within_10_working_days_of_step_down(settings):
    # step-down agreed Christmas Eve: 29, 30, 31, 4, 5, 6, 7, 8, 11, 12 January
    check(settings, "knowsley", "step_down_documents_10_wd", kinds=["step_down"],
          starts_on="decision_agreed", met_by="documents_sent", working_days=10, owner="requester",
          start=london(2026, 12, 24, 11), due=london(2027, 1, 12, 17),
          ladder=["requester_manager", "family_first_duty_team_manager", "head_of_service_cin_cp"],
          quote_has="within 10 working days of step-down")


@pytest.mark.parametrize("level,owner", [(2, "lead_practitioner"), (3, "family_first_case_manager")])
def test_knowsley_first_taf_review_within_6_weeks(settings, level, owner):
    # agreed Tuesday 16 Feb 2027 (GMT) + 6 weeks = Tuesday 30 March (BST, after Easter)
    check(settings, "knowsley", f"first_taf_review_6_weeks_level{level}", kinds=["step_down"],
          starts_on="decision_agreed", met_by="review_held", weeks=6, owner=owner, when={"level": level},
          start=london(2027, 2, 16, 11), due=datetime(2027, 3, 30, 16, tzinfo=UTC),
          quote_has="6 weeks unless earlier is agreed")
    pack = settings.pack("knowsley")
    started = pack.deadlines_for("step_down", "decision_agreed", level=level)
    assert f"first_taf_review_6_weeks_level{level}" in {d.id for d in started}
    if level == 3:  # no level stated: Knowsley's default, level 3
        assert {d.id for d in pack.deadlines_for("step_down", "decision_agreed")} == {d.id for d in started}


def test_knowsley_step_up_request_log_reviewed_monthly(settings):
    # A scheduled report, not a deadline (no request starts it): see tests/test_monthly_report.py.
    [r] = [r for r in settings.pack("knowsley").reports if r.id == "step_up_log_monthly_review"]
    assert (r.report, r.every, r.send_on_working_day, r.to_role) == ("step_up_log", "month", 1, "mash_team_manager")
    assert [(e.after_working_days, e.role) for e in r.escalation] == [(5, "head_of_service_cin_cp")]
    assert r.local_choice and "review monthly" in r.source.quote
    cal = calendar_for(settings, "knowsley")
    sent = cal.on_or_after(date(2027, 1, 1))  # New Year's Day, then the weekend
    assert sent == date(2027, 1, 4)
    assert cal.end_of_working_day(cal.add_working_days(sent, 5)) == london(2027, 1, 11, 17)


def test_knowsley_persistent_departures_go_to_the_heads_of_service(settings):
    disputes = {d.id: d for d in settings.pack("knowsley").disputes}
    assert {"head_of_service_cin_cp", "head_of_service_early_help"} <= set(disputes["step_up_persistent_departures"].roles)
    # "escalated to respective Heads of Service": both at once, one level
    assert disputes["step_down_disagreement"].roles == [["head_of_service_cin_cp", "head_of_service_early_help"]]


# -- every pack ---------------------------------------------------------------------------------

@pytest.mark.parametrize("authority", ["richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire", "knowsley"])
def test_every_deadline_computes_a_working_day_due_date(settings, authority):
    pack: PolicyPack = settings.pack(authority)
    cal = calendar_for(settings, authority)
    for r in pack.deadlines:
        for start in (london(2026, 12, 24, 16), london(2027, 3, 25, 20), london(2027, 10, 30, 9)):
            due = cal.due_for_rule(r, start)
            assert due > start and cal.is_working_day(due), r.id
            for n in r.remind_before_working_days:
                assert cal.reminder_time(due, n) <= due
