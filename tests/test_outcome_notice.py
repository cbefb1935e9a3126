"""The outcome told to the person the protocol names (issue 16, Torbay B12): torbay.txt, step up:
"MASH will triage this information against the thresholds … and will advise the lead
professional of the outcome". Recording the outcome on the request page sends them a mail that
carries the reference, the children's initials and the outcome, never the rationale."""
from __future__ import annotations

from datetime import date

import pytest

from bot import workflow
from bot.db import session_scope
from bot.models import Request
from tests.support.deadlines_kit import body, london, outbox
from tests.support.plain import problems
from tests.test_lifecycle_authorities import SENDER, new_request

RATIONALE = "Threshold met: new disclosure by Paula about her stepfather."


def decide(app, rid, outcome, *, lead_practitioner=None):
    at = london(2026, 11, 26, 11)
    app.clock.at = at
    with session_scope(app.Session) as s:
        req = s.get(Request, rid)
        if lead_practitioner:
            req.lead_practitioner = lead_practitioner
        workflow.record_decision(app, s, req, outcome=outcome, rationale=RATIONALE, contingency_plan=None,
                                 decided_by="ATM Early Help", at=at, actor="business support")


@pytest.mark.parametrize("outcome,words", [("agreed", "Step-up agreed"), ("not_agreed", "Step-up not agreed")])
def test_torbay_mash_advises_the_lead_professional_of_the_outcome(tmp_app, outcome, words):
    rid = new_request(tmp_app, "torbay", "step_up", at=london(2026, 11, 23, 10))
    decide(tmp_app, rid, outcome)
    (row,) = outbox(tmp_app, purpose="outcome")
    assert row.recipients == [SENDER]                       # the lead professional who made the contact
    text = row.subject + "\n" + body(row)
    assert row.subject.endswith(words) and "P.W." in text, text
    assert "Paula" not in text and "stepfather" not in text   # the rationale stays in the queue
    assert "advise the lead professional of the outcome" in text
    assert not problems(text, given=()), problems(text, given=())


def test_a_lead_practitioner_named_on_the_request_is_told_instead(tmp_app):
    rid = new_request(tmp_app, "torbay", "step_up", at=london(2026, 11, 23, 10))
    decide(tmp_app, rid, "not_agreed", lead_practitioner={"name": "Kim Ash", "email": "kim.ash@school.example.org"})
    (row,) = outbox(tmp_app, purpose="outcome")
    assert row.recipients == ["kim.ash@school.example.org"]


@pytest.mark.parametrize("authority,kind", [("torbay", "step_down"), ("knowsley", "step_up"),
                                            ("tower_hamlets", "step_down")])
def test_no_outcome_mail_where_the_protocol_names_nobody_to_tell(tmp_app, authority, kind):
    rid = new_request(tmp_app, authority, kind, at=london(2026, 11, 23, 10), level=3 if kind == "step_down" else None,
                      children=(("Paula White", date(2012, 2, 3)),))
    decide(tmp_app, rid, "agreed")
    assert outbox(tmp_app, purpose="outcome") == []
