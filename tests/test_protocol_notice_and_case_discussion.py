"""Two "partly" rows of docs/protocol-audit.md made whole, played through the daemon
(``tests.support.journey``: real Maildir, ``Daemon.run_once`` every morning at 09:05, a frozen clock).

K3, Knowsley: "Please allow at least 5 working days' notice when requesting attendance at a TAF
Meeting." (knowsley.txt §4). A request with short notice waits and its sender is chased for a later
date, but only until the day of the meeting has gone; and notice is given when the date is given.

R4, Richmond & Wandsworth step-down: the social worker will "agree a time for a case discussion
within 5 days of this contact – confirming this by email". The time they confirm is recorded as
given; a time after the 5 days is said to be so; with no time, the social worker is chased for it;
a time recorded stops the reminders.
"""
from __future__ import annotations

from datetime import date

from tests.support.journey import Sent
from tests.test_protocol_daemon_gaps import (
    ANITA, JASPER, LISA, OLU, RACHEL, RW_DOWN, RW_DOWN_SUBJECT, STEP_UP, STEP_UP_SUBJECT, Walk, attachments_of,
    london, mail, plain,
)

KNOWSLEY_BS = "business.support@knowsley.gov.uk"
RW_BS = "business.support@richmondandwandsworth.gov.uk"
TAF_ON_23_DEC = "Wednesday 23 December 2026 at 10am at Kirkby Family Hub"


def days(sent: list[Sent], ref: str, *purposes: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(f"{m.at:%a %d %b}", m.purpose, m.to) for m in sent if m.ref == ref and m.purpose in purposes]


def knowsley_step_up(w: Walk, body: str, at, msgid="m1", subject=STEP_UP_SUBJECT) -> list[Sent]:
    return w.send("knowsley", "mash_step_up",
                  mail(f"Rachel Toohey <{RACHEL}>", "knowsleymash@knowsley.gov.uk", subject, body, at,
                       attachments_of("corpus/dev/knowsley_01.eml") if msgid == "m1" else (),
                       cc=f"Lisa Carney <{LISA}>", msgid=msgid), at)


# -- K3 -------------------------------------------------------------------------------------------

def test_knowsley_short_notice_chase_stops_when_the_meeting_day_has_passed_and_business_support_are_told(tmp_path):
    """Monday 23 November, a step-up for a TAF on Wednesday 25th: 2 working days' notice, not 5.
    The sender is asked for a later date (or their reason) and chased on the meeting day. Once that
    day has gone, chasing for "a later date" is pointless and the team manager escalations that
    followed it (for "missing information") were wrong: the meeting has either happened without the
    MASH, or must be re-arranged, or is no longer needed, and only a person can find out which.
    Business support, who record an agreed shorter notice and close requests, are the ones a
    team expects to be told: once, the morning after, with those three ways forward. Nobody else
    is chased or escalated to."""
    w = Walk(tmp_path, london(2026, 11, 23, 9))
    try:
        at = london(2026, 11, 23, 9, 30)
        sent = knowsley_step_up(w, STEP_UP.replace("Wednesday 23 December 2026", "Wednesday 25 November 2026"), at)
        req = w.request()
        assert (req.state, req.missing, req.notice["given_working_days"]) == ("awaiting_info", [], 2)
        sent += w.walk(date(2026, 12, 11))
        ref = req.reference
        assert days(sent, ref, "chase", "escalation", "alert", "invitation") == [
            ("Wed 25 Nov", "chase", (RACHEL,)),
            ("Thu 26 Nov", "alert", (KNOWSLEY_BS,)),
        ]
        chase = next(m for m in sent if m.purpose == "chase")
        assert "a later date for the meeting" in chase.body and "allows 2 working days' notice" in chase.body
        assert "the items listed in our acknowledgement" not in chase.body
        alert = next(m for m in sent if m.purpose == "alert" and m.ref == ref)
        assert "The meeting day has passed" in alert.subject
        assert "Wednesday 25 November 2026" in alert.body and "stopped chasing" in alert.body
        assert "at least 5 working days" in alert.body and "shorter notice" in alert.body
        assert [d.state for d in w.deadlines() if d.rule_id == "chase"] == ["cancelled"]
        assert w.request().state == "awaiting_info"      # business support decide what happens next
        plain(sent, STEP_UP_SUBJECT)
    finally:
        w.close()


def test_knowsley_notice_is_counted_from_the_mail_that_gave_the_date(tmp_path):
    """The first mail (Monday 23 November) gives no date and leaves out the step-up form; the
    form comes on Friday 27 November and gives the meeting: Wednesday 2 December. Counted from the
    first mail that would be 7 working days; but the MASH learnt the date on the 27th: 3 working
    days' notice, too short, so nothing is recorded or sent to the MASH. Notice still counts from
    the first mail when that mail gave the date (NR::test_notice_is_counted_from_the_first_request)."""
    w = Walk(tmp_path, london(2026, 11, 23, 9))
    try:
        form = [a for a in attachments_of("corpus/dev/knowsley_01.eml") if "Step Up Request" in a[0]]
        others = [a for a in attachments_of("corpus/dev/knowsley_01.eml") if a not in form]
        no_date = STEP_UP.replace("I would like to hold the step up TAF meeting on Wednesday 23 December 2026 at 10am at "
                                  "Kirkby Family Hub. ", "").replace("the GCP2, the step up form and", "the GCP2 and")
        at = london(2026, 11, 23, 9, 30)
        w.send("knowsley", "mash_step_up", mail(f"Rachel Toohey <{RACHEL}>", "knowsleymash@knowsley.gov.uk",
                                                STEP_UP_SUBJECT, no_date, at, others, cc=f"Lisa Carney <{LISA}>"), at)
        req = w.request()
        assert req.state == "awaiting_info" and "meeting_details" in req.missing, (req.state, req.missing)
        at = london(2026, 11, 27, 11)
        sent = w.send("knowsley", "mash_step_up", mail(
            f"Rachel Toohey <{RACHEL}>", "knowsleymash@knowsley.gov.uk", f"Re: [{req.reference}] {STEP_UP_SUBJECT}",
            "Please find the step up form attached.\n\nRachel Toohey\n", at, form, msgid="m2"), at)
        req = w.request()
        assert req.missing == [] and req.proposed_meeting["start"].startswith("2026-12-02"), req.missing
        assert req.notice["given_working_days"] == 3 and req.notice["ok"] is False
        assert req.state == "awaiting_info"
        assert not [m for m in sent if m.purpose == "invitation"]
    finally:
        w.close()


# -- R4 -------------------------------------------------------------------------------------------

def rw_step_down(w: Walk, body: str) -> list[Sent]:
    at = london(2026, 12, 14, 10)
    return w.send("richmond_wandsworth", "early_help_duty",
                  mail(f"Oluwaseun Bright <{OLU}>", "EarlyHelpDuty@richmondandwandsworth.gov.uk", RW_DOWN_SUBJECT, body,
                       at, attachments_of("corpus/dev/richmond_wandsworth_04.eml"), cc=f"Anita Desai-Lowe <{ANITA}>"),
                  at)


def test_richmond_wandsworth_a_case_discussion_later_than_5_days_is_recorded_and_said_to_be_late(tmp_path):
    """Contact on Monday 14 December; the 5 days end on Saturday 19th, so Monday 21st at the
    latest. The social worker confirms Tuesday 22nd: recorded as given (never moved), and both
    the social worker (in the confirmation) and business support (an alert, with the chair) are
    told it is outside the protocol's 5 days. The time being fixed, nobody is reminded of it."""
    w = Walk(tmp_path, london(2026, 12, 14, 9))
    try:
        sent = rw_step_down(w, RW_DOWN.replace("Thursday 17th December", "Tuesday 22nd December"))
        req = w.request()
        assert req.state == "booked"
        confirmation = next(m for m in sent if m.purpose == "confirmation")
        assert confirmation.to == (OLU,)
        assert "later than the protocol allows" in confirmation.body
        assert "by Monday 21 December 2026" in confirmation.body and "within 5 days of this contact" in confirmation.body
        alert = next(m for m in sent if m.purpose == "alert" and m.ref == req.reference)
        assert set(alert.to) == {RW_BS, JASPER} and "Later than the protocol allows" in alert.subject
        assert "Tuesday 22 December 2026 at 14:00" in alert.body and "by Monday 21 December 2026" in alert.body
        sent += w.walk(date(2026, 12, 24))
        assert days(sent, req.reference, "reminder", "escalation") == []
        assert {d.rule_id: d.state for d in w.deadlines()}["step_down_case_discussion_5_days"] == "met"
        plain(sent, RW_DOWN_SUBJECT)
    finally:
        w.close()


def test_richmond_wandsworth_a_case_discussion_within_5_days_is_recorded_without_a_word_or_a_reminder(tmp_path):
    w = Walk(tmp_path, london(2026, 12, 14, 9))
    try:
        sent = rw_step_down(w, RW_DOWN)
        ref = w.request().reference
        confirmation = next(m for m in sent if m.purpose == "confirmation")
        assert "later than the protocol allows" not in confirmation.body
        sent += w.walk(date(2026, 12, 24))
        assert days(sent, ref, "alert", "reminder", "escalation") == []
    finally:
        w.close()


NO_TIME = RW_DOWN.replace("I am confirming the step-down case discussion for Zoe Adeyemi-Clarke (DOB 30/09/2018, Mosaic "
                          "1355810) on Thursday 17th December at 2pm on Teams.",
                          "I am stepping down Zoe Adeyemi-Clarke (DOB 30/09/2018, Mosaic 1355810).")


def test_richmond_wandsworth_with_no_time_the_social_worker_is_chased_for_the_agreed_time(tmp_path):
    """No time in the step-down email: the social worker, who agrees the time and confirms it by
    email, is reminded the next morning, then their team manager is told; as the 5 days run out
    the social worker is reminded again, then their team manager and the Early Help manager who
    chairs are told. The Early Help manager is not asked to "confirm the time"."""
    w = Walk(tmp_path, london(2026, 12, 14, 9))
    try:
        sent = rw_step_down(w, NO_TIME)
        req = w.request()
        assert req.state == "ready" and req.proposed_meeting in (None, {}) or not req.proposed_meeting.get("start")
        sent += w.walk(date(2026, 12, 24))
        assert days(sent, req.reference, "reminder", "escalation") == [
            ("Tue 15 Dec", "reminder", (OLU,)),
            ("Wed 16 Dec", "escalation", (ANITA, OLU)),
            ("Fri 18 Dec", "reminder", (OLU,)),
            ("Mon 21 Dec", "reminder", (OLU,)),
            ("Tue 22 Dec", "escalation", (ANITA, OLU)),
            ("Wed 23 Dec", "escalation", (JASPER, OLU)),
        ]
        first = next(m for m in sent if m.purpose == "reminder")
        assert "case discussion time" in first.subject + first.body
        plain(sent, RW_DOWN_SUBJECT)
    finally:
        w.close()


def test_richmond_wandsworth_the_time_confirmed_by_reply_stops_the_reminders(tmp_path):
    w = Walk(tmp_path, london(2026, 12, 14, 9))
    try:
        sent = rw_step_down(w, NO_TIME)
        ref = w.request().reference
        sent += w.walk(date(2026, 12, 15))
        at = london(2026, 12, 15, 11)
        sent += w.send("richmond_wandsworth", "early_help_duty",
                       mail(f"Oluwaseun Bright <{OLU}>", "EarlyHelpDuty@richmondandwandsworth.gov.uk",
                            f"Re: [{ref}] {RW_DOWN_SUBJECT}",
                            "The case discussion agreed with the Duty Team Manager is on Friday 18th December at 10am "
                            "on Teams.\n\nOluwaseun Bright\n", at, msgid="m2"), at)
        assert w.request().state == "booked"
        sent += w.walk(date(2026, 12, 24))
        assert days(sent, ref, "reminder", "escalation") == [("Tue 15 Dec", "reminder", (OLU,))]
    finally:
        w.close()
