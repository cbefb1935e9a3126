"""Policy checks from the packs: missing, notice (working days), next_action; classification."""
from __future__ import annotations

from datetime import date, datetime, timezone
from email.message import EmailMessage

import pytest

from bot.parser import parse_message
from bot.parser.checks import evaluate, next_action
from bot.policy import load_all_packs
from bot.workcal import LONDON, WorkingCalendar

PACKS = load_all_packs()
CAL = WorkingCalendar()


def facts(**kw):
    base = dict(kind="step_up", urgent=False, level=None, concerns=[], children=[{"name": "A B", "dob": "2014-01-01"}],
                case_ids=["EHM-1"], consent=None, manager_agreed=True, lead_practitioner=None,
                proposed_meeting={"start": "2026-12-02T10:00:00+00:00", "venue": "Hub"},
                documents={"step_up_form", "taf_minutes"}, worries_strengths_next=False,
                now=datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc), calendar=CAL)
    base.update(kw)
    return base


def test_knowsley_complete_step_up_books():
    ch = evaluate(PACKS["knowsley"], **facts())
    assert ch.missing == [] and ch.notice == {"required_working_days": 5, "given_working_days": 7, "ok": True}
    assert ch.next_action == "book_meeting"
    assert all({"rule", "source", "met"} <= set(h) for h in ch.rule_hits)


@pytest.mark.parametrize("concern,doc", [("neglect", "gcp2"), ("non_engagement", "engaging_families"),
                                         ("exploitation", "exploitation_assessment")])
def test_knowsley_concern_documents(concern, doc):
    ch = evaluate(PACKS["knowsley"], **facts(concerns=[concern]))
    assert ch.missing == [doc] and ch.next_action == "request_info"
    assert evaluate(PACKS["knowsley"], **facts(concerns=[concern], documents={"step_up_form", "taf_minutes", doc})).missing == []


@pytest.mark.parametrize("today,meeting,given,ok", [
    (date(2026, 11, 26), "2026-12-02T13:30:00+00:00", 4, False),     # Thu -> Wed
    (date(2026, 11, 25), "2026-12-02T10:00:00+00:00", 5, True),      # exactly 5
    (date(2026, 12, 22), "2026-12-29T10:00:00+00:00", 3, False),     # Christmas + Boxing Day substitute
    (date(2026, 12, 30), "2027-01-06T10:30:00+00:00", 4, False),     # New Year's Day
])
def test_notice_counts_working_days(today, meeting, given, ok):
    now = datetime.combine(today, datetime.min.time(), tzinfo=LONDON).replace(hour=9)
    ch = evaluate(PACKS["knowsley"], **facts(now=now, proposed_meeting={"start": meeting, "venue": "Hub"}))
    assert ch.notice["given_working_days"] == given and ch.notice["ok"] is ok


def test_no_meeting_date_means_meeting_details_missing_and_notice_unknown():
    ch = evaluate(PACKS["knowsley"], **facts(proposed_meeting=None))
    assert "meeting_details" in ch.missing
    assert ch.notice == {"required_working_days": 5, "given_working_days": None, "ok": None}


def test_venue_tbc_is_not_meeting_details_but_notice_still_counts():
    pm = {"start": "2026-12-10T11:00:00+00:00", "venue": None, "venue_tbc": True}
    ch = evaluate(PACKS["knowsley"], **facts(kind="step_down", level=2, proposed_meeting=pm, documents=set(),
                                             worries_strengths_next=True,
                                             lead_practitioner={"name": "Ms A", "agency": "School"},
                                             now=datetime(2026, 11, 30, 9, tzinfo=timezone.utc)))
    assert ch.missing == ["meeting_details"] and ch.notice["ok"] is True


def test_knowsley_step_down_without_level_is_level_3():
    ch = evaluate(PACKS["knowsley"], **facts(kind="step_down", level=None, consent=None, documents=set(),
                                             worries_strengths_next=True))
    assert ch.missing == ["consent"]


def test_undefined_kind_goes_to_human_review_with_nothing_missing():
    ch = evaluate(PACKS["herefordshire"], **facts(kind="step_up", documents=set(), case_ids=[]))
    assert (ch.missing, ch.notice, ch.next_action) == ([], None, "human_review")


def test_no_pack_is_human_review():
    assert evaluate(None, **facts()).next_action == "human_review"


@pytest.mark.parametrize("kind,urgent,defined,missing,notice,expected", [
    ("step_up", True, True, ["gcp2"], None, "alert_duty"),
    ("follow_up", True, False, [], None, "alert_duty"),
    ("auto_reply", False, False, [], None, "ignore"),
    ("meeting_reply", False, False, [], None, "record_reply"),
    ("follow_up", False, False, [], None, "attach_to_request"),
    ("other", False, False, [], None, "human_review"),
    ("step_up", False, False, [], None, "human_review"),
    ("step_up", False, True, ["gcp2"], None, "request_info"),
    ("step_up", False, True, [], {"ok": False}, "request_info"),
    ("step_up", False, True, [], {"ok": True}, "book_meeting"),
])
def test_next_action_order(kind, urgent, defined, missing, notice, expected):
    assert next_action(kind, urgent, defined, missing, notice) == expected


def _mail(subject, body, **headers):
    m = EmailMessage()
    m["From"] = headers.pop("From", "Worker <w@example.gov.uk>")
    m["To"] = "knowsleymash@knowsley.gov.uk"
    m["Subject"] = subject
    for k, v in headers.items():
        m[k.replace("_", "-")] = v
    m.set_content(body)
    return m.as_bytes()


@pytest.mark.parametrize("raw,kind", [
    (_mail("Away", "I am on leave", Auto_Submitted="auto-replied"), "auto_reply"),
    (_mail("Automatic reply: step up", "Out of office", X_Auto_Response_Suppress="All"), "auto_reply"),
    (_mail("Out of Office: step up", "I am away"), "auto_reply"),
    (_mail("hello", "I am away", Precedence="auto_reply"), "auto_reply"),
    (_mail("Bulletin", "Step-up / step-down: new triage timetable", List_Id="<x.example.org>"), "other"),
    (_mail("RE: [SB-knowsley-12] info needed", "GCP2 for Tyler Test (EHM-49302) attached"), "follow_up"),
    (_mail("Step down guidance?", "Could you send the current Step-Down and Step-Up Guidance? No specific child."), "other"),
    (_mail("Step up - Kian Test", "I need to step Kian Test (9) up. Neglect is the big worry."), "step_up"),
    (_mail("Amira - advice please", "Amira Test (Year 6): neglect and DA at home, attendance falling."), "step_up"),
    # no step wording and an emergency told to the duty team: a report, not a request
    (_mail("Amira - advice today", "Amira Test (Year 6) has bruises. Neglect and DA at home."), "other"),
    # ... unless it sends the request form or asks for the council's meeting
    (_mail("Amira - advice today", "Amira Test (Year 6) has bruises. Neglect and DA at home. "
           "Can we discuss her at the next DMM?"), "step_up"),
    # the writer says it is not a request
    (_mail("Step up? advice", "Not a referral yet: I'm not making a step-up request, just a steer on Kian Test (9)."), "other"),
    (_mail("FYI - Kian Test", "For information only. Kian Test (9) moved school; neglect work continues."), "other"),
    (_mail("Quarterly update - Kian Test", "Please find our quarterly update for Kian Test (9) attached. Nothing in this "
           "update needs action from you; it is routine information-sharing."), "other"),
    # a solicitor or a Cafcass officer writes about a child: not a practitioner's request
    (_mail("Our client - Kian Test", "We act for the mother of Kian Test (9) in private law proceedings; "
           "there was domestic abuse in 2031.\n\nJo Bloggs\nSolicitor\nBloggs Family Law LLP"), "other"),
    (_mail("Stepping down - Leo Test", "I'm looking to step Leo Test (6) down to Early Help."), "step_down"),
    (_mail("Referral", "Referral for Mr Dennis Test (DOB 14/02/1945) after a fall."), "other"),
])
def test_classification(raw, kind):
    c = parse_message(raw, pack=PACKS["knowsley"], authority="knowsley", mailbox="mash_step_up",
                      now=datetime(2026, 12, 1, 9, tzinfo=timezone.utc)).contract.to_dict()
    assert c["kind"] == kind


# Mail that is not a request still says who it is about when it is about a real child; an enquiry
# or a bulletin keeps nothing (and no consent or sign-off is read from either).
@pytest.mark.parametrize("raw,children,concerns", [
    (_mail("Worried about the boy next door", "For information only, I'm a neighbour. Oscar Test (7) was "
           "locked out in the garden crying at 11pm with bruises all over his arms.", From="n@example.com"),
     ["Oscar Test"], ["neglect", "physical_harm"]),  # a 7-year-old locked out at night is neglect too
    (_mail("FYI from youth club", "For info only: Kacey-Ann Test (14) came to youth club last night with a "
           "bruise on her cheek; she says her stepdad did it. Mum has given consent to share."),
     ["Kacey-Ann Test"], ["physical_harm"]),
    (_mail("Bulletin", "Training on neglect: for example a child like Sam Test (4) left alone.",
           List_Id="<x.example.org>"), [], []),
    (_mail("Step down guidance?", "Could you send the current Step-Down and Step-Up Guidance? No specific child."),
     [], []),
])
def test_other_mail_about_a_real_child_keeps_who_and_what(raw, children, concerns):
    c = parse_message(raw, pack=PACKS["knowsley"], authority="knowsley", mailbox="mash_step_up",
                      now=datetime(2026, 12, 1, 9, tzinfo=timezone.utc)).contract.to_dict()
    assert c["kind"] == "other"
    assert [ch["name"] for ch in c["children"]] == children
    assert sorted(c["concerns"]) == concerns
    assert c["consent"] is None and c["manager_agreed"] is None


def test_mail_from_our_own_address_is_a_loop():
    raw = _mail("[SB-knowsley-1] Step-up request received", "Thank you", From="knowsleymash@knowsley.gov.uk")
    c = parse_message(raw, pack=PACKS["knowsley"], authority="knowsley", mailbox="mash_step_up", now=None,
                      own_addresses={"KnowsleyMASH@knowsley.gov.uk"}).contract.to_dict()
    assert c["kind"] == "auto_reply" and c["next_action"] == "ignore"


# The venue is policy data (Requirement.needs_venue): Knowsley's step-down asks for "the date, time
# and venue", its step-up only for the "date and time of step up meeting".
@pytest.mark.parametrize("kind,level,venue,tbc,missing", [
    ("step_up", None, None, False, []),
    ("step_up", None, "Kirkby Family Hub", False, []),
    ("step_down", 2, None, False, ["meeting_details"]),
    ("step_down", 3, None, True, ["meeting_details"]),
    ("step_down", 3, "the family home", False, []),
])
def test_venue_only_where_the_protocol_asks(kind, level, venue, tbc, missing):
    pm = {"start": "2026-12-10T11:00:00+00:00", "venue": venue, "venue_tbc": tbc}
    ch = evaluate(PACKS["knowsley"], **facts(kind=kind, level=level, proposed_meeting=pm,
                                             documents={"step_up_form", "taf_minutes"},
                                             worries_strengths_next=True, consent=True,
                                             lead_practitioner={"name": "Ms A", "agency": "School"},
                                             now=datetime(2026, 11, 30, 9, tzinfo=timezone.utc)))
    assert ch.missing == missing


def test_needs_venue_is_only_for_meeting_details():
    from pydantic import ValidationError

    from bot.policy import Requirement
    src = {"file": "knowsley.txt", "quote": "Date of step up TAF meeting:"}
    assert Requirement(id="meeting_details", explain="date and time", source=src, needs_venue=True).needs_venue
    with pytest.raises(ValidationError):
        Requirement(id="consent", explain="consent given", source=src, needs_venue=True)


@pytest.mark.parametrize("text,mailbox,expected", [
    # a practitioner of the requesting service: the mailbox's request
    ("Worried about Amy Lee (6): neglect at home.\nJo Bell, Early Help Practitioner", "mash_step_up", "step_up"),
    ("Kai Lee is doing well and the CIN plan can end.\nSam Hart, Social Worker", "early_help_duty", "step_down"),
    # no signature at all: the mailbox still decides
    ("Worried about Amy Lee (6): neglect at home.", "mash_step_up", "step_up"),
    # a school, a health visitor, the police, a parent: a report for a person, not a request
    ("Amy Lee (6) came in hungry again.\nMrs K Patel, Designated Safeguarding Lead", "mash_step_up", None),
    ("Baby Noah Hill (4 months) missed his checks.\nAnna Lowe, Health Visitor", "mash_step_up", None),
    ("PPN attached for Kai Lee (9): domestic incident overnight.\nPC 4411 Jones", "early_help_duty", None),
    ("please help my son Tom Reed is 12 he is out all night", "mash_step_up", None),
    # the team written to is not the writer: "MASH" or "MAST" in the greeting says nothing
    ("Dear MASH,\nAmy Lee (6) came to ED with a burn.\nRuth Ames\nED Liaison Nurse | St Anne's Hospital",
     "mash_step_up", None),
    ("Hello MAST duty, Kai Lee (15) is being sent out of area today.\nDan Cole\nYouth Justice Officer",
     "mash_step_up", None),
    ("Good afternoon MASH, I am the interpreter for Mrs Lee's call. Kai Lee (9) is frightened.", "mash_step_up", None),
    # the signature comes last: a team named in a table above it ("Known to | Early Help") is not the writer
    ("Child | Amy Lee\nKnown to | Early Help\nRuth Ames\nPaediatric Liaison Nurse | St Anne's Hospital",
     "mash_step_up", None),
    ("Amy Lee (6): the GP practice has raised neglect.\nJo Bell\nEarly Help Practitioner, Hillside Family Hub",
     "mash_step_up", "step_up"),
    # a parent complaining about the social worker is still a parent
    ("MY SON Tom Reed was taken off the plan and the social worker never called.\nLee Reed", "mash_step_up", None),
])
def test_a_mail_without_step_wording_is_a_request_only_from_a_requester(text, mailbox, expected):
    from bot.parser.classify import default_kind

    assert default_kind(mailbox, text) == expected


@pytest.mark.parametrize("subject,kind", [
    ("RE: [SB-KNO-0041] Step Up - Doolan twins", "follow_up"),      # our tag, retyped wrongly
    ("RE: [KNO-0013-7QX] Step up", "follow_up"),                    # a check part that matches nothing
    ("RE: Step up - Doolan twins", "step_up"),                       # no tag: read as written
    ("[SB-KNO-0041] Step Up - Doolan twins", "step_up"),             # not a reply
])
def test_a_reply_under_our_tag_is_a_follow_up_even_when_the_tag_is_mistyped(subject, kind):
    from datetime import datetime, timezone
    from email.message import EmailMessage

    from bot.parser import parse_message

    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "worker@knowsley.gov.uk", "knowsleymash@knowsley.gov.uk", subject
    msg["Message-ID"], msg["Date"] = "<t1@knowsley.gov.uk>", "Mon, 20 Mar 2028 09:00:00 +0000"
    msg.set_content("Please step up Rose Doolan (DOB 12/09/2020), EHM-123456: neglect at home. "
                    "My manager has agreed.\nJo Bell, Early Help Practitioner")
    out = parse_message(msg.as_bytes(), pack=None, authority="knowsley", mailbox="mash_step_up",
                        now=datetime(2028, 3, 20, 9, 5, tzinfo=timezone.utc)).contract
    assert out.kind == kind


# -- a child's stated age (issue 16) ---------------------------------------------------------------

def _torbay_step_down(child: str) -> bytes:
    m = EmailMessage()
    m["From"], m["To"] = "Jess Hannaford <jess.hannaford@torbay.gov.uk>", "earlyhelp@torbay.gov.uk"
    m["Subject"], m["Message-ID"] = "Triage slot request - step down", "<age1@agency.example.org>"
    m.set_content(f"Please could I have a triage slot for {child}, whom I am stepping down to level 3 Early Help.\n")
    return m.as_bytes()


@pytest.mark.parametrize("child,names,ages", [
    ("Freya Tremayne, aged 3", ["Freya Tremayne"], [3]),
    ("Ruby Hext (18 months)", ["Ruby Hext"], [0]),
    ("Alfie Hext, 2yo", ["Alfie Hext"], [2]),
    ("Theo Whitlock, he's eleven weeks", ["Theo Whitlock"], [0]),
    ("Mason Tremayne, he is ten, and Freya Tremayne, aged 3", ["Mason Tremayne", "Freya Tremayne"], [10, 3]),
    ("Lily Tozer – DOB 14/03/2023", ["Lily Tozer"], [None]),
])
def test_stated_ages_sit_beside_the_contract_not_in_it(child, names, ages):
    res = parse_message(_torbay_step_down(child), pack=PACKS["torbay"], authority="torbay",
                        mailbox="early_help_duty", now=datetime(2026, 11, 25, 14, 30, tzinfo=timezone.utc))
    assert [c["name"] for c in res.contract.children] == names
    assert all(set(c) == {"name", "dob"} for c in res.contract.children)   # the contract is unchanged
    assert "age" not in str(res.contract.to_dict()["children"])
    assert res.child_ages == ages


@pytest.mark.parametrize("children,ages", [
    ([{"name": "A B", "dob": None, "age_years": 3}], [3]),
    ([{"name": "A B", "dob": None, "age_years": None}], [None]),
    ([{"name": "A B", "dob": "2016-11-02", "age_years": 3}], [10]),      # a date of birth wins
    ([{"name": "A B", "dob": "2023-03-14", "age_years": 9}], [3]),
    ([{"name": "A B", "dob": None}], [None]),                             # the contract's own shape
])
def test_evaluate_counts_a_stated_age_when_there_is_no_date_of_birth(monkeypatch, children, ages):
    seen = []
    kp = PACKS["torbay"].kind("step_down")
    real = type(kp).applicable
    monkeypatch.setattr(type(kp), "applicable", lambda self, **kw: seen.append(list(kw["child_ages"])) or real(self, **kw))
    evaluate(PACKS["torbay"], **facts(kind="step_down", children=children,
                                      now=datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)))
    assert seen == [ages]


def test_a_follow_up_keeps_the_dates_of_birth_its_quoted_request_gave():
    """The reply's attachment names the children without dates of birth; the request it quotes
    gave them: the children keep them."""
    from datetime import datetime, timezone
    from email.message import EmailMessage

    from bot.parser import parse_message

    msg = EmailMessage()
    msg["From"], msg["To"] = "marcus.yeo@torbay.gov.uk", "earlyhelp@torbay.gov.uk"
    msg["Subject"] = "RE: [SB-torbay-204] Step down - Prowse"
    msg["Message-ID"], msg["Date"] = "<f1@torbay.gov.uk>", "Thu, 12 Oct 2028 09:00:00 +0100"
    msg.set_content("Single Assessment attached as requested.\nMarcus\n\n________________________________\n"
                    "From: Yeo, Marcus <marcus.yeo@torbay.gov.uk>\nSent: 11 October 2028 15:10\n"
                    "To: Early Help <earlyhelp@torbay.gov.uk>\nSubject: Step down - Prowse\n\n"
                    "Triage slot please for Mason Prowse (born 3 January 2017) and Evie-Rae Prowse (04.06.2023).\n")
    msg.add_attachment(b"Single Assessment\nChildren: Mason Prowse and Evie-Rae Prowse\nAnalysis: mum's depression.\n",
                       maintype="text", subtype="plain", filename="Single Assessment - Prowse.txt")
    out = parse_message(msg.as_bytes(), pack=None, authority="torbay", mailbox="early_help_duty",
                        now=datetime(2028, 10, 12, 8, 5, tzinfo=timezone.utc)).contract
    assert out.kind == "follow_up"
    assert {(c["name"], c["dob"]) for c in out.children} == {("Mason Prowse", "2017-01-03"), ("Evie-Rae Prowse", "2023-06-04")}


@pytest.mark.parametrize("said,children", [
    # a reply about one child is still about the request's children, as the mail it quotes names them
    ("Attached is Mia Harris's plan.", ["Jacob Harris", "Mia Harris"]),
    # a child the reply names itself is as the reply tells
    ("Sorry - the step down is for Mia Harris, DOB 09/09/2032. Jacob should never have been in that email.",
     ["Mia Harris"]),
])
def test_a_follow_up_keeps_the_children_of_the_mail_it_answers(said, children):
    from datetime import datetime, timezone
    from email.message import EmailMessage

    from bot.parser import parse_message

    msg = EmailMessage()
    msg["From"], msg["To"] = "worker@herefordshire.gov.uk", "earlyhelpcoordinators@herefordshire.gov.uk"
    msg["Subject"], msg["Message-ID"] = "RE: [SB-herefordshire-41] Step down plan", "<t2@herefordshire.gov.uk>"
    msg["Date"] = "Mon, 20 Mar 2034 09:00:00 +0000"
    msg.set_content(f"{said}\n\nSam\n\nFrom: Sam Carter <sam@herefordshire.gov.uk>\nSent: 17 March 2034 10:00\n"
                    "Subject: Step down plan\n\nPlease find the step-down plan for Jacob Harris (DOB 14/05/2027) and "
                    "Mia Harris (DOB 09/09/2032).\n")
    out = parse_message(msg.as_bytes(), pack=None, authority="herefordshire", mailbox="early_help_duty",
                        now=datetime(2034, 3, 20, 9, 5, tzinfo=timezone.utc)).contract
    assert out.kind == "follow_up" and sorted(c["name"] for c in out.children) == children


def test_a_follow_up_that_corrects_the_date_of_birth_it_quotes():
    raw = _mail("RE: [SB-knowsley-417] Step-down request received - ICS-1498820",
                "Correction: Mia's DOB should read 12/03/2031, not 21/03/2031 - I swapped the day and the month.\n\n"
                "Rachel\n\n> Step down for Mia Fairclough (DOB 21/03/2031), ICS-1498820.\n")
    c = parse_message(raw, pack=PACKS["knowsley"], authority="knowsley", mailbox="mash_step_up",
                      now=datetime(2043, 3, 3, 9, tzinfo=timezone.utc)).contract.to_dict()
    assert c["kind"] == "follow_up"
    assert c["children"] == [{"name": "Mia Fairclough", "dob": "2031-03-12"}]


# An adult grooming a child told by how he reached her (online, as her adult "boyfriend") is sexual
# harm as well as exploitation; an older group running drugs is exploitation alone.
@pytest.mark.parametrize("body,concerns", [
    ("Lacey Test (13) has been talking to a man called Jay on Snapchat. He says he is 17 but his pictures look a "
     "lot older. He is collecting her from the retail park at 10 tonight.", {"exploitation", "sexual_harm"}),
    ('Chloe Test (15): her "boyfriend" Liam, who is 24, is collecting her from school at 3.15 today.',
     {"exploitation", "sexual_harm"}),
    ("Kyle Test (14) is being picked up at 6 tonight by older men to go running drugs to Blackpool.", {"exploitation"}),
])
def test_grooming_by_an_adult_is_sexual_harm_too(body, concerns):
    c = parse_message(_mail("Worried - tonight", body), pack=PACKS["knowsley"], authority="knowsley",
                      mailbox="mash_step_up", now=datetime(2026, 12, 1, 14, tzinfo=timezone.utc)).contract.to_dict()
    assert c["urgent"] and {"exploitation", "sexual_harm"} & set(c["concerns"]) == concerns
