"""Knowsley's monthly review of the step-up request log (seed 004: "CSC workers to complete step-up
request log and review monthly"), as a scheduled report from the pack's ``reports:``: sent on the
first working day of the month to the role holders with the month's log attached, once; escalated
once when nobody records the review; never for authorities without ``reports:``."""
from __future__ import annotations

import io
from datetime import date, datetime, timedelta

import pytest
from freezegun import freeze_time
from openpyxl import load_workbook
from sqlalchemy import select

from bot import audit, cli, monthly, outbox, scheduler
from bot.app import App
from bot.clock import FixedClock
from bot.config import load_settings
from bot.db import session_scope
from bot.models import AuditEvent, Booking, OutboxMessage
from bot.web import reports
from bot.workcal import LONDON
from tests.conftest import outbox_messages
from tests.support.deadlines_kit import add_request

RULE = "step_up_log_monthly_review"
MANAGER = "corinne.oduya@knowsley.gov.uk"        # mash_team_manager in config/deployment.yaml
HEAD_OF_SERVICE = "gwen.holloway@knowsley.gov.uk"  # head_of_service_cin_cp


def at(y, m, d, hh=9, mm=0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=LONDON)


def add(s, app, authority, received, *, kind="step_up", name="Paula White", state="ready", booked_at=None,
        notice_ok=None, outcome=None, complete=True):
    req = add_request(s, app, authority=authority, kind=kind, state=state, at=received,
                      children=((name, date(2012, 2, 3)),))
    if notice_ok is not None:
        req.notice = {"ok": notice_ok, "given_working_days": 6 if notice_ok else 2, "required_working_days": 5}
    if complete:
        audit.record(s, "event", at=received, request=req, event="request_complete")
    if booked_at is not None:
        s.add(Booking(request_id=req.id, authority=authority, panel="step_up_taf_meeting",
                      start=booked_at + timedelta(days=8), end=booked_at + timedelta(days=8, hours=1, minutes=30),
                      uid=f"uid-{authority}-{req.seq}", slot_key=f"{authority}|{req.seq}", created_at=booked_at))
    if outcome is not None:
        req.outcome, req.rationale, req.decided_by, req.decided_at = outcome, "at the meeting", "Chair", received
    s.flush()
    return req.reference


@pytest.fixture
def data(tmp_app):
    """Step-ups around December 2026 for Knowsley, plus mail that must not be in its December log."""
    with session_scope(tmp_app.Session) as s:
        refs = {
            "nov": add(s, tmp_app, "knowsley", at(2026, 11, 30, 23, 59), name="Nora Early"),
            "dec1": add(s, tmp_app, "knowsley", at(2026, 12, 1, 0, 30), state="decided",
                        booked_at=at(2026, 12, 2, 10), notice_ok=True, outcome="agreed"),
            "dec2": add(s, tmp_app, "knowsley", at(2026, 12, 15, 11), state="awaiting_info", notice_ok=False,
                        complete=False, name="Quentin Ward"),
            "dec3": add(s, tmp_app, "knowsley", at(2026, 12, 18, 15), state="decided",
                        booked_at=at(2026, 12, 29, 10), notice_ok=True, outcome="not_agreed", name="Rosa Lind"),
            "dec4": add(s, tmp_app, "knowsley", at(2026, 12, 31, 23, 30), state="booked",
                        booked_at=at(2027, 1, 4, 9, 30), name="Sian Moss"),
            "jan": add(s, tmp_app, "knowsley", at(2027, 1, 1, 0, 1), name="Tom Late"),
            "down": add(s, tmp_app, "knowsley", at(2026, 12, 10, 10), kind="step_down", name="Una Down"),
            "torbay": add(s, tmp_app, "torbay", at(2026, 12, 10, 10), name="Vera Torbay"),
        }
    return refs


def run_at(app, when: datetime) -> int:
    app.clock.at = when
    return monthly.run_reports(app)


def rows(app, purpose=None):
    with app.Session() as s:
        q = select(OutboxMessage).order_by(OutboxMessage.id)
        if purpose:
            q = q.where(OutboxMessage.purpose == purpose)
        return [(r.idempotency_key, r.authority, list(r.recipients), r.purpose) for r in s.scalars(q)]


def xlsx_of(msg):
    parts = [p for p in msg.iter_attachments()]
    assert len(parts) == 1
    assert parts[0].get_content_type() == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    ws = load_workbook(io.BytesIO(parts[0].get_content())).active
    table = [[c if c is not None else "" for c in r] for r in ws.iter_rows(values_only=True)]
    return parts[0].get_filename(), table[0], table[1:]


# --- when it is sent -------------------------------------------------------------------------

@pytest.mark.parametrize("month,expected", [
    (date(2027, 1, 1), date(2027, 1, 4)),    # Fri 1 Jan: New Year's Day; then the weekend
    (date(2026, 12, 1), date(2026, 12, 1)),  # a Tuesday
    (date(2026, 11, 1), date(2026, 11, 2)),  # a Sunday
    (date(2027, 5, 1), date(2027, 5, 4)),    # Saturday, Sunday, then the Early May bank holiday
    (date(2027, 8, 1), date(2027, 8, 2)),    # a Sunday; the summer bank holiday is at the month's end
])
def test_the_send_day_is_the_first_working_day_of_the_month(tmp_app, month, expected):
    assert monthly.send_day(tmp_app.calendar("knowsley"), month, 1) == expected


def test_the_send_day_counts_closure_days_and_later_working_days(tmp_app):
    from bot.workcal import WorkingCalendar

    cal = WorkingCalendar(closure_days=[date(2027, 1, 4)])
    assert monthly.send_day(cal, date(2027, 1, 1), 1) == date(2027, 1, 5)
    assert monthly.send_day(tmp_app.calendar("knowsley"), date(2027, 1, 1), 3) == date(2027, 1, 6)


def test_the_december_log_goes_on_monday_4_january_to_the_role_holders_with_the_xlsx(tmp_app, data):
    for day in (at(2027, 1, 1), at(2027, 1, 2), at(2027, 1, 3, 12)):  # bank holiday, weekend
        assert run_at(tmp_app, day) == 0, day
    assert rows(tmp_app) == []

    assert run_at(tmp_app, at(2027, 1, 4)) == 1
    key = f"report:knowsley:{RULE}:2026-12"
    assert rows(tmp_app) == [(key, "knowsley", [MANAGER], "monthly_report")]
    holders = [p.email for p in tmp_app.settings.people("knowsley", "mash_team_manager")]
    assert rows(tmp_app)[0][2] == holders

    assert outbox.deliver_due(tmp_app) == 1
    [msg] = outbox_messages(tmp_app)
    assert msg["To"] == MANAGER and msg["Cc"] is None
    assert msg["From"].addresses[0].addr_spec == "knowsleymash@knowsley.gov.uk"
    assert "December 2026" in msg["Subject"]

    filename, header, body = xlsx_of(msg)
    assert filename == "step-up-log-knowsley-2026-12.xlsx"
    assert tuple(header) == reports.LOG_COLUMNS
    refs = [r[0] for r in body]
    assert refs == [data["dec1"], data["dec2"], data["dec3"], data["dec4"]]
    with tmp_app.Session() as s:  # the very rows of the web page's export
        web = reports.monthly_log(s, "knowsley", date(2026, 12, 1))
    assert body == [[reports._cell(r[c]) for c in reports.LOG_COLUMNS] for r in web]
    assert body[0][header.index("Children (initials)")] == "P.W."

    text = msg.get_body(preferencelist=("plain",)).get_content()
    for line in ("Step-up requests received:                 4",
                 "Complete (nothing missing):                3",
                 "Meeting booked (invitation sent):          3",
                 "Invitation within 1 working day:           2 of 3",
                 "Notice given (where the protocol sets it): 2 of 3",
                 "Decided: agreed:                           1",
                 "Decided: not agreed:                       1",
                 "or ask the stepbot administrator to record it"):
        assert line in text, line
    for ref in (data["dec1"], data["dec4"]):
        assert ref in text
    assert data["nov"] not in text and data["jan"] not in text and data["down"] not in text
    for name in ("Paula", "White", "Quentin", "Rosa", "Sian", "worker@agency.org.uk"):
        assert name not in text and name not in msg["Subject"], name
    assert "CSC workers to complete step-up request log and review monthly." in text

    with tmp_app.Session() as s:
        sent = s.scalars(select(AuditEvent).where(AuditEvent.action == "report_sent")).all()
    assert [(e.detail["month"], e.detail["received"]) for e in sent] == [("2026-12", 4)]


def test_a_month_with_no_step_ups_still_sends_an_empty_log(tmp_app):
    assert run_at(tmp_app, at(2026, 12, 1, 9)) == 1
    outbox.deliver_due(tmp_app)
    [msg] = outbox_messages(tmp_app)
    _, header, body = xlsx_of(msg)
    assert tuple(header) == reports.LOG_COLUMNS and body == []
    assert "No step-up requests were received in November 2026." in msg.get_body().get_content()


def test_not_sent_twice_when_the_job_runs_again_or_after_a_restart(tmp_app, tmp_config, data):
    assert run_at(tmp_app, at(2027, 1, 4, 9)) == 1
    for when in (at(2027, 1, 4, 9), at(2027, 1, 4, 15), at(2027, 1, 5, 9), at(2027, 1, 8, 16)):
        assert run_at(tmp_app, when) == 0, when
    restarted = App(load_settings(tmp_config), clock=FixedClock(at(2027, 1, 4, 11)))
    try:
        assert scheduler.job_functions(restarted)["reports"]() == 0
    finally:
        restarted.close()
    assert len(rows(tmp_app, "monthly_report")) == 1
    # January's log is a new report, on Monday 1 February (with December's escalation: not reviewed)
    assert run_at(tmp_app, at(2027, 2, 1, 9)) == 2
    assert [k for k, *_ in rows(tmp_app, "monthly_report")] == [
        f"report:knowsley:{RULE}:2026-12", f"report:knowsley:{RULE}:2027-01"]


def test_a_report_missed_on_its_day_goes_on_the_next_run_that_month(tmp_app, data):
    assert run_at(tmp_app, at(2027, 1, 6, 10)) == 1  # the daemon was down on Monday and Tuesday
    assert [k for k, *_ in rows(tmp_app)] == [f"report:knowsley:{RULE}:2026-12"]


def test_a_deployment_starting_mid_month_sends_no_stale_log(tmp_app, data):
    # Send day Monday 4 January; five working days later is Monday 11 January.
    assert run_at(tmp_app, at(2027, 1, 11, 10)) == 1
    run_at(tmp_app, at(2027, 2, 12, 10))  # 1 February + 5 working days is 8 February: too late
    assert [k for k, *_ in rows(tmp_app, "monthly_report")] == [f"report:knowsley:{RULE}:2026-12"]


def test_other_authorities_without_reports_get_nothing(tmp_app, data):
    without = [a for a in tmp_app.authorities() if not tmp_app.pack(a).reports]
    assert "torbay" in without and "knowsley" not in without
    run_at(tmp_app, at(2027, 1, 4))
    run_at(tmp_app, at(2027, 1, 20))
    assert {a for _, a, *_ in rows(tmp_app)} == {"knowsley"}


# --- escalation --------------------------------------------------------------------------------

def test_escalated_once_to_the_head_of_service_when_not_reviewed(tmp_app, data):
    assert run_at(tmp_app, at(2027, 1, 4)) == 1
    # Review due by close of business on Monday 11 January (5 working days after it was sent).
    for when in (at(2027, 1, 5), at(2027, 1, 8, 16), at(2027, 1, 11, 9), at(2027, 1, 11, 16, 59)):
        assert run_at(tmp_app, when) == 0, when
    assert run_at(tmp_app, at(2027, 1, 12, 9)) == 1
    for when in (at(2027, 1, 12, 10), at(2027, 1, 13, 9), at(2027, 1, 25, 9), at(2027, 2, 1, 9)):
        run_at(tmp_app, when)
    esc = rows(tmp_app, "monthly_report_escalation")
    assert esc == [(f"report:knowsley:{RULE}:2026-12:escalation:0", "knowsley", [HEAD_OF_SERVICE, MANAGER],
                    "monthly_report_escalation")]

    tmp_app.clock.at = at(2027, 1, 12, 9)
    outbox.deliver_due(tmp_app)
    msg = next(m for m in outbox_messages(tmp_app) if m["Subject"].startswith("Not yet reviewed"))
    assert msg["To"] == HEAD_OF_SERVICE and msg["Cc"] == MANAGER
    _, _, body = xlsx_of(msg)
    assert [r[0] for r in body] == [data["dec1"], data["dec2"], data["dec3"], data["dec4"]]
    text = msg.get_body().get_content()
    assert "Monday 4 January 2027" in text and "Monday 11 January 2027 at 17:00" in text
    assert "Paula" not in text
    with tmp_app.Session() as s:
        assert len(s.scalars(select(AuditEvent).where(AuditEvent.action == "report_escalated")).all()) == 1


def record_review_by_cli(tmp_config, month, by="Corinne Oduya", frozen="2027-01-06 10:00:00"):
    with freeze_time(frozen, tick=False):
        return cli.main(["--config", str(tmp_config), "report", "reviewed", "knowsley", RULE, month, "--by", by])


def test_not_escalated_when_stepbot_report_reviewed_was_run(tmp_app, tmp_config, data, capsys):
    assert run_at(tmp_app, at(2027, 1, 4)) == 1
    assert record_review_by_cli(tmp_config, "2026-11") == 0  # another month's review does not count
    assert record_review_by_cli(tmp_config, "2026-12") == 0
    assert f"recorded: knowsley {RULE} 2026-12 reviewed by Corinne Oduya" in capsys.readouterr().out
    assert record_review_by_cli(tmp_config, "2026-12", by="someone else") == 0
    out = capsys.readouterr().out
    assert "already recorded" in out and "reviewed by Corinne Oduya" in out
    for when in (at(2027, 1, 12, 9), at(2027, 1, 20, 9), at(2027, 2, 1, 9)):
        run_at(tmp_app, when)
    assert rows(tmp_app, "monthly_report_escalation") == []
    with tmp_app.Session() as s:
        reviewed = s.scalars(select(AuditEvent).where(AuditEvent.action == "report_reviewed")).all()
    assert [(e.actor, e.detail["month"]) for e in reviewed] == [("Corinne Oduya", "2026-11"),
                                                                ("Corinne Oduya", "2026-12")]


def test_a_review_recorded_late_stops_nothing_already_sent_but_nothing_more_goes(tmp_app, tmp_config, data):
    run_at(tmp_app, at(2027, 1, 4))
    assert run_at(tmp_app, at(2027, 1, 12, 9)) == 1
    assert record_review_by_cli(tmp_config, "2026-12", frozen="2027-01-13 10:00:00") == 0
    assert run_at(tmp_app, at(2027, 1, 14, 9)) == 0
    assert len(rows(tmp_app, "monthly_report_escalation")) == 1


@pytest.mark.parametrize("argv,problem", [
    (["report", "reviewed", "narnia", RULE, "2026-12"], "no authority 'narnia'"),
    (["report", "reviewed", "torbay", RULE, "2026-12"], "torbay has no report"),
    (["report", "reviewed", "knowsley", "step_up_invitation", "2026-12"], "knowsley has no report"),
    (["report", "reviewed", "knowsley", RULE, "December"], "is not YYYY-MM"),
    (["report", "reviewed", "knowsley", RULE, "2026-13"], "is not YYYY-MM"),
    (["report", "reviewed", "knowsley", RULE, "2027-01"], "has not ended yet"),
])
def test_stepbot_report_reviewed_refuses_what_it_cannot_record(tmp_app, tmp_config, capsys, argv, problem):
    with freeze_time("2027-01-06 10:00:00", tick=False):
        assert cli.main(["--config", str(tmp_config), *argv]) == 2
    assert problem in capsys.readouterr().err
    with tmp_app.Session() as s:
        assert s.scalars(select(AuditEvent).where(AuditEvent.action == "report_reviewed")).all() == []


# --- the pack and the scheduler --------------------------------------------------------------

def test_the_knowsley_pack_has_the_report_and_no_never_firing_month_end_deadline(tmp_app):
    pack = tmp_app.pack("knowsley")
    [r] = pack.reports
    assert (r.id, r.report, r.every, r.send_on_working_day, r.to_role) == (
        RULE, "step_up_log", "month", 1, "mash_team_manager")
    assert [(e.after_working_days, e.role) for e in r.escalation] == [(5, "head_of_service_cin_cp")]
    assert "review monthly" in r.source.quote and r.local_choice
    assert RULE not in {d.id for d in pack.deadlines}
    assert {"mash_team_manager", "head_of_service_cin_cp"} <= pack.roles()


def test_a_step_up_log_report_needs_a_pack_that_defines_step_ups():
    from pydantic import ValidationError

    from tests.support.deadlines_kit import small_pack, src

    base = small_pack([]).model_dump()
    report = {"id": "log", "title": "log", "report": "step_up_log", "to_role": "manager",
              "source": src("step up to the MASH")}
    from bot.policy import PolicyPack

    assert PolicyPack.model_validate({**base, "reports": [report]}).reports[0].every == "month"
    base["kinds"]["step_up"] = {"defined": False, "reason": "the seed is silent"}
    with pytest.raises(ValidationError, match="does not define step-ups"):
        PolicyPack.model_validate({**base, "reports": [report]})
    with pytest.raises(ValidationError):
        PolicyPack.model_validate({**small_pack([]).model_dump(), "reports": [{**report, "every": "week"}]})


def test_the_scheduler_runs_the_reports_job_hourly_through_office_hours(tmp_app, data):
    sched = scheduler.make_scheduler(tmp_app)
    trigger = {j.id: j for j in sched.get_jobs()}["reports"].trigger
    assert trigger.get_next_fire_time(None, at(2027, 1, 1, 17, 30)) == at(2027, 1, 4, 9, 0)
    assert trigger.get_next_fire_time(None, at(2027, 1, 4, 9, 1)) == at(2027, 1, 4, 10, 0)
    assert trigger.get_next_fire_time(None, at(2027, 1, 4, 16, 1)) == at(2027, 1, 5, 9, 0)
    tmp_app.clock.at = at(2027, 1, 4, 9)
    assert scheduler.job_functions(tmp_app)["reports"]() == 1
