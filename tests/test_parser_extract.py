"""Table-driven cases for each extractor, negation cases included."""
from __future__ import annotations

from datetime import date, time
from email.message import EmailMessage

import pytest

from bot.parser.extract.children import find_children
from bot.parser.extract.concerns import find_concerns
from bot.parser.extract.dates import find_dates, find_time
from bot.parser.extract.documents import pasted_documents, role_for
from bot.parser.extract.facts import (find_consent, find_lead_practitioner, find_level,
                                      find_manager_agreed, find_signs_of_safety, sender_is_manager)
from bot.parser.extract.ids import find_case_ids
from bot.parser.extract.meeting import find_meeting
from bot.parser.text import unwrap

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize("text,expected", [
    ("Step up for Jo Bloggs, EHM-48872, open at level 3", ["EHM-48872"]),
    ("Mosaic ID 1184529 (DOB 07/03/2013)", ["1184529"]),
    ("Mosaic 1266043 and 1266044", ["1266043", "1266044"]),
    ("Mosaic 1266043 / 1266044", ["1266043", "1266044"]),
    ("ICS ref: ICS-1198830", ["ICS-1198830"]),
    ("LCS ref: LCS-2231457 and again LCS-2231457", ["LCS-2231457"]),
    ("Name | DOB | Mosaic ID\nAmy Begum | 21/01/2012 | 1388402\nTom Begum | 09/09/2015 | 1388403",
     ["1388402", "1388403"]),
    ("Call me on 0151 496 0218 about the family", []),
    ("Your reference is SB-knowsley-12", []),
])
def test_case_ids(text, expected):
    assert [i for i, _ in find_case_ids(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("a step up for Kacie-Leigh Moran (DOB 14/09/2013), EHM-48872", [("Kacie-Leigh Moran", "2013-09-14")]),
    ("Mason Doyle (08/01/2015) and Lacey Doyle (22/10/2018)",
     [("Mason Doyle", "2015-01-08"), ("Lacey Doyle", "2018-10-22")]),
    ("Re: Reece Gallagher, DOB 30/04/2012, EHM-50266", [("Reece Gallagher", "2012-04-30")]),
    ("Łukasz Nowak, DOB 15.08.2012, Mosaic 1297764", [("Łukasz Nowak", "2012-08-15")]),
    ("I need to step Kian Reilly (9) up", [("Kian Reilly", None)]),
    ("a triage slot for Alfie Vosper (9) and Jack Vosper (12) please",
     [("Alfie Vosper", None), ("Jack Vosper", None)]),
    ("consent form for Evie Watkins and Logan Watkins attached", [("Evie Watkins", None), ("Logan Watkins", None)]),
    ("GCP2 for Tyler Bowen (EHM-49302) attached", [("Tyler Bowen", None)]),
    ("Name\tDOB\tMosaic ID\nMariam Begum\t21/01/2012\t1388402\nHana Begum\t30/06/2020\t1388404",
     [("Mariam Begum", "2012-01-21"), ("Hana Begum", "2020-06-30")]),
    # adults are not children: a title, or a date of birth giving 18+
    ("a referral for Mr Dennis Parfitt (DOB 14/02/1945)", []),
    ("Mum (Ms Rokeya Begum) has given consent", []),
    # an unlabelled recent date is an event, not a birth
    ("Complete GCP2 | Rachel Toohey | 13/11/2026", []),
    ("three children aged 4, 7 and 11", []),
])
def test_children(text, expected):
    got = [(c.name, c.dob.isoformat() if c.dob else None) for c in find_children(text, today=TODAY)]
    assert got == expected


@pytest.mark.parametrize("text,expected", [
    # the age stated in words is kept (issue 16): years as given, under a year 0, a number word its number
    ("Freya Tremayne, aged 3", [("Freya Tremayne", None, 3)]),
    ("Ruby Hext (18 months)", [("Ruby Hext", None, 0)]),
    ("Alfie Hext, 2yo", [("Alfie Hext", None, 2)]),
    ("Theo Whitlock, he's eleven weeks", [("Theo Whitlock", None, 0)]),
    ("Mia Okafor, she is eleven", [("Mia Okafor", None, 11)]),
    ("Mia Okafor, she's three", [("Mia Okafor", None, 3)]),
    ("Noah Tozer (aged 7)", [("Noah Tozer", None, 7)]),
    ("Noah Tozer, 9 years old", [("Noah Tozer", None, 9)]),
    ("Chloe Tremain is 15", [("Chloe Tremain", None, 15)]),
    ("Lily Tozer (6 weeks old)", [("Lily Tozer", None, 0)]),
    ("Jude Halloran, 13, DOB 22/05/2013", [("Jude Halloran", "2013-05-22", 13)]),
    ("Lily Tozer – DOB 14/03/2023", [("Lily Tozer", "2023-03-14", None)]),
    ("Step down request for Jude Halloran", [("Jude Halloran", None, None)]),
    # a duplicate keeps the age told in either place
    ("Step down request for Jude Halloran. Jude Halloran, aged 4, lives with mum.", [("Jude Halloran", None, 4)]),
    ("Noah Tozer, aged 8, and Lily Tozer (2 years)", [("Noah Tozer", None, 8), ("Lily Tozer", None, 2)]),
])
def test_children_stated_age(text, expected):
    got = [(c.name, c.dob.isoformat() if c.dob else None, c.age_years) for c in find_children(text, today=TODAY)]
    assert got == expected


def test_merge_keeps_a_stated_age():
    from bot.parser.extract.children import Child, merge
    got = merge([Child("Amy Lee", None, "Amy Lee", 0), Child("amy  lee", None, "Amy Lee, aged 3", 9, 3),
                 Child("Amy Lee", date(2023, 1, 2), "Amy Lee DOB 02/01/2023", 20)])
    assert [(c.name, c.dob, c.age_years, c.pos) for c in got] == [("Amy Lee", date(2023, 1, 2), 3, 0)]


def test_children_from_form_fields():
    form = "Child's name(s) and DOB: | Mason Doyle 08/01/2015; Lacey Doyle 22/10/2018\nCase ID on EHM: | EHM-1"
    got = [(c.name, str(c.dob)) for c in find_children(form, today=TODAY)]
    assert got == [("Mason Doyle", "2015-01-08"), ("Lacey Doyle", "2018-10-22")]


@pytest.mark.parametrize("text,expected", [
    ("The concern is neglect.", ["neglect"]),
    ("There is no neglect and no domestic abuse.", []),
    ("Mum has stopped engaging with us.", ["non_engagement"]),
    ("Mum has engaged well with the CIN plan.", []),
    ("Reece has been reported missing from home three times.", ["missing"]),
    ("What is missing:\n- Graded Care Profile 2", []),
    ("linked to a county lines operation", ["exploitation"]),
    ("police have concerns he is used to carry drugs", []),
    ("Mum's drinking has escalated", ["substance_misuse"]),
    ("Dad's mental health has really declined", ["parental_mental_health"]),
    ("Lacey's attendance is 78%", ["school_attendance"]),
    ("She has good attendance at school.", []),
    ("Jayden (16) is a young carer", ["young_carer"]),
    ("Leo has global developmental delay and an EHCP", ["disability_send"]),
    ("sharing extreme right-wing material; Prevent referral made", ["radicalisation"]),
    ("three police call-outs for domestic abuse", ["domestic_abuse"]),
    ("Graded Care profile (If neglect should be completed). | N/A", []),
    ("She has a SENCo at school", []),
])
def test_concerns(text, expected):
    assert sorted(find_concerns(text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Mum has given her consent for the referral.", True),
    ("Dad has consented to the referral to MAST.", True),
    ("Consent for early help obtained from dad yesterday.", True),
    ("Mum is aware of the step up and agrees with it.", True),
    ("Mum has signed the written consent (attached).", True),
    ("I raised a contact to MASH with mum on Tuesday and she declined consent.", False),
    ("Mum refused consent.", False),
    ("I'll ask mum about consent for Early Help at Thursday's visit.", None),
    ("Mum is aware the meeting is taking place and has been invited.", None),
    ("Nothing about the family's views yet.", None),
    ("Mum agreed to the step down on the phone; I'm going out on Thursday to get the consent form signed.", True),
    # contracted and plain ways of saying yes
    ("Mum's on board with the step up - she says she knows she's struggling.", True),
    ("Mum's fine with Family First coming in - she said so at the CIN review.", True),
    ("Dad is OK with Early Help being involved.", True),
    ("Mum agreed verbally at the visit on Monday, but she won't sign anything yet.", True),
    ("Mum's fine - she's just tired.", None),
])
def test_consent(text, expected):
    assert find_consent(text)[0] is expected


@pytest.mark.parametrize("text,manager_sender,expected", [
    ("My Team Manager, Lisa Carney (cc'd), has agreed to it.", False, True),
    ("TM (Paul Gerrard) has agreed the step up.", False, True),
    ("My manager, Dean Whitlock, has signed off the step down.", False, True),
    ("The step up has been discussed with and agreed by my Team Manager, Lisa Carney.", False, True),
    ("Agreement by line manager: | Paul Gerrard, TM - agreed 25/11/2026", False, True),
    ("I haven't been able to discuss this with my manager yet and will confirm her agreement.", False, None),
    ("My team manager does not agree with the step up.", False, False),
    ("I have discussed this with the worker and agree the step up.", True, True),
    ("I have discussed this with the worker and agree the step up.", False, None),
    ("I spoke to your duty manager on Monday about stepping him down.", False, None),
    # a manager's own short answer
    ("Yes - agreed. Please make the contact to MASH tomorrow and copy me in.", True, True),
    ("Approved.", True, True),
    ("OK, happy for this to go to MASH.", True, True),
    ("Not agreed yet - I need the GCP2 first.", True, None),
    ("Yes - agreed.", False, None),            # said by someone who is not a manager
    ("I've agreed this needs to step up to Children's Services now.", True, True),
    ("After our reflective discussion on 27 June I have agreed to step Mateus up.", True, True),
    # a refusal for now, in a form row or the writer's words
    ("Management oversight | TM: not at this stage - continue TAF for 6 weeks and review.", False, False),
    ("My TM's response on the management oversight section was \"not at this stage\".", False, False),
    # a sign-off row whose value says agreed further on
    ("Team manager sign-off: B. Lindqvist, 15/09/2028 - step-down to Early Help agreed.", False, True),
    ("Section 9 - Manager's analysis: threshold for level 3 met; step-down agreed. L. Harvey", False, True),
    # a practitioner agreeing to take a role is not a manager's sign-off
    ("Lead Practitioner: Mrs Shirin Patel, Pastoral Manager, who has agreed to take the role.", False, None),
])
def test_manager_agreed(text, manager_sender, expected):
    assert find_manager_agreed(text, sender_is_manager=manager_sender)[0] is expected


def test_sender_is_manager_from_signature():
    assert sender_is_manager("Thanks\nRuth Okonkwo | Early Help Team Manager (Richmond) | 020 7946 0623")
    assert not sender_is_manager("I spoke to my Team Manager about it today and she is happy.")


@pytest.mark.parametrize("text,expected", [
    ("Step down to Level 2 - Ellie-May", 2), ("Step down L2 - Grace", 2),
    ("a level 3 coordinated Early Help response", 3), ("Step down from CIN", None),
    ("considered for a level 4 response", None),
])
def test_level(text, expected):
    assert find_level(text)[0] == expected


@pytest.mark.parametrize("text,name,agency", [
    ("Lead practitioner: Ms Rukhsana Ali, Family Support Worker, Cable Street Centre, has agreed.",
     "Ms Rukhsana Ali", "Family Support Worker, Cable Street Centre"),
    ("Lead Practitioner\nMrs Joanne Birch, SENCo, Park View Primary School, has agreed to take on the role.",
     "Mrs Joanne Birch", "SENCo, Park View Primary School"),
    ("Key person: Mr Huw Jenkins, Learning Mentor, Wyebank High School.", "Mr Huw Jenkins",
     "Learning Mentor, Wyebank High School"),
    ("Lead practitioner tbc - we are hoping the nursery SENCo will take it on", None, None),
    ("Details of Key Person involved in Early Help Assessment\nTo be confirmed", None, None),
])
def test_lead_practitioner(text, name, agency):
    lp = find_lead_practitioner(text)
    assert (lp.name if lp else None) == name
    assert (lp.agency if lp else None) == agency


@pytest.mark.parametrize("text,expected", [
    ("What are we worried about?\nAttendance is low.\n\nWhat is working well?\nMum engages well now.\n\n"
     "What needs to happen?\nSchool to hold a TAF.", True),
    ("What are we worried about - attendance has been poor\nWhat's working well - mum follows the plan\n"
     "What needs to happen - school EHA and TAF", True),
    ("What are we worried about?\nAttendance is low.\n\nWhat's working well?\nMum engages well now.", False),
])
def test_signs_of_safety(text, expected):
    assert find_signs_of_safety(text)[0] is expected


@pytest.mark.parametrize("text,day,at,venue", [
    ("I would like to hold the step up TAF meeting on Wed 2nd Dec at 10am at Kirkby Family Hub.",
     date(2026, 12, 2), time(10), "Kirkby Family Hub"),
    ("Step up TAF: 02/12/2026 at 13:30, Huyton Family Hub.", date(2026, 12, 2), time(13, 30), "Huyton Family Hub"),
    ("Proposed step up TAF meeting: 2 December 2026 10:00, Microsoft Teams (invite to follow)",
     date(2026, 12, 2), time(10), "Microsoft Teams"),
    ("Final CIN meeting\nDate/time: Wednesday 2nd December 2026 at 2pm\nVenue: Park View Primary School",
     date(2026, 12, 2), time(14), "Park View Primary School"),
    ("The minutes from the last TAF on 10/11/2026 are attached.", None, None, None),
])
def test_meeting(text, day, at, venue):
    m = find_meeting(text, TODAY)
    assert (m.day if m else None) == day
    assert (m.start.time() if m and m.start else None) == at
    assert (m.venue if m else None) == venue


def test_meeting_venue_tbc():
    m = find_meeting("Final CIN: Thursday 10th December at 11am, venue tbc (school or hub).", TODAY)
    assert m.day == date(2026, 12, 10) and m.venue_tbc


@pytest.mark.parametrize("text,expected", [
    ("29/12/2026", date(2026, 12, 29)), ("2.12.26", date(2026, 12, 2)),
    ("Wed 2nd Dec", date(2026, 12, 2)), ("6th January 2027", date(2027, 1, 6)),
    ("December 9, 2026", date(2026, 12, 9)),
])
def test_dates(text, expected):
    assert find_dates(text, TODAY, future_bias=True)[0].value == expected


@pytest.mark.parametrize("text,expected", [
    ("at 10am", time(10)), ("13:30", time(13, 30)), ("10.30am", time(10, 30)), ("at 2pm", time(14)),
    ("at 11.", time(11)), ("at 2", time(14)), ("12pm", time(12)),
])
def test_times(text, expected):
    assert find_time(text)[0] == expected


@pytest.mark.parametrize("filename,text,role", [
    ("GCP2 Moran Nov 2026.pdf", "", "gcp2"),
    ("Graded Care Profile 2 - Lewis T.docx", "", "gcp2"),
    ("TAF minutes 10.11.26 - Moran.docx", "", "taf_minutes"),
    ("FF Step Up Request.docx", "", "step_up_form"),
    ("MARF_Sami_Uddin.pdf", "", "request_for_support"),
    ("Signed consent - Oakley.pdf", "", "consent_form"),
    ("EHA Step Down Plan - Oakley.docx", "", "draft_plan"),
    ("C&F Assessment - Begum.pdf", "", "assessment"),
    ("Engaging Families Toolkit - Roper.docx", "", "engaging_families"),
    ("scan0001.pdf", "Graded Care Profile 2 (GCP2)\nChild ...", "gcp2"),
    ("photo.jpg", "", None),
])
def test_document_roles(filename, text, role):
    assert role_for(filename, text) == role


def test_pasted_rationale_counts_only_under_its_own_heading():
    pasted = ("Rationale for step up\nSince Early Help started in June there have been three further police "
              "call-outs and mum's mental health has deteriorated, so we do not think the risk can be managed "
              "at Early Help level any longer.")
    assert "rationale" in pasted_documents(pasted)
    assert pasted_documents("I'll send the written rationale separately once I've finished it.") == {}


# Neglect described without the word; missed health care is medical neglect, not non-engagement;
# non-engagement is the family not engaging with services; domestic abuse without the words.
@pytest.mark.parametrize("text,expected", [
    ("She has missed three dental appointments.", ["neglect"]),
    ("Bartosz missed two hospital appointments and has developed pressure sores.", ["neglect"]),
    ("He was not taken to his GP appointment for his asthma review.", ["neglect"]),
    ("Jasmine's basic needs are still not being met.", ["neglect"]),
    ("She regularly has no lunch or lunch money and her clothes are too small.", ["neglect"]),
    ("The home has had no heating since October.", ["neglect"]),
    ("He often arrives at school hungry and unwashed.", ["neglect"]),
    ("There are concerns about poor hygiene and head lice.", ["neglect"]),
    ("Nevaeh, who is 4, was found alone in the flat.", ["neglect"]),
    ("The children are often left with unsuitable carers.", ["neglect"]),
    ("Zara was in the flat on her own, in a wet nappy.", ["neglect"]),
    ("He was alone in the car outside the shop.", ["neglect"]),
    ("She arrived at nursery in a dirty nappy again.", ["neglect"]),
    ("He has never been left on his own in the house.", []),
    ("There are no concerns about neglect and her basic needs are met.", []),
    ("He has no food allergies.", []),
    ("Mum has cancelled the last three home visits.", ["non_engagement"]),
    ("Mum missed the last two TAF meetings.", ["non_engagement"]),
    ("Dad has not been answering his phone or the door.", ["non_engagement"]),
    ("Mum has refused support from the family hub.", ["non_engagement"]),
    ("He isn't answering his phone.", []),
    ("Mum has engaged well and attended every appointment.", []),
    ("He has told mum that if she tries to leave he will hurt the children.", ["domestic_abuse"]),
    ("Dad's behaviour towards mum is coercive and controlling.", ["domestic_abuse"]),
    ("Mum fled her violent partner in the summer.", ["domestic_abuse"]),
    ("An IDVA is now supporting mum.", ["domestic_abuse"]),
    ("Her partner pushed mum down the stairs.", ["domestic_abuse"]),
    ("There is no domestic abuse and no coercive control.", []),
])
def test_concerns_without_the_word(text, expected):
    assert sorted(find_concerns(text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("My TM has signed this off.", True),
    ("My TM (Graham Sefton) has signed this off.", True),
    ("This has been signed off by my team manager.", True),
    ("TM approved.", True),
    ("My manager has authorised this.", True),
    ("My team manager signed the step up off yesterday.", True),
    ("TM sign off: yes", True),
    ("Sign-off from my team manager obtained on Monday.", True),
    ("My TM has not signed this off yet.", None),
    ("My manager has not yet reviewed the step down.", None),
    ("I will get my TM to sign this off on Monday.", None),
    ("My TM has not agreed to the step up.", False),
])
def test_manager_agreed_sign_off(text, expected):
    assert find_manager_agreed(text)[0] is expected


@pytest.mark.parametrize("text,expected", [
    ("Mum has consented - signed form attached (it's password protected, password to follow by text).", True),
    ("Dad has given consent – the form is to follow.", True),
    ("Mum has consented (form to be signed at the visit).", True),
    ("Consent: mum will sign the form at the visit - she wants to read it first.", None),
    ("I'll ask mum at the visit whether she consents - form attached.", None),
    ("Mum hasn't been asked about consent yet - form attached.", None),
    ("Mum declined consent - see attached note.", False),
])
def test_consent_with_asides(text, expected):
    assert find_consent(text)[0] is expected


# A name with an age and a date of birth, the child an update or request is about; adults
# (titles, parents, workers, an adult date of birth) are not children.
@pytest.mark.parametrize("text,expected", [
    ("Step down request for Jude Halloran, 13, DOB 22/05/2013 (Mosaic: 1318804).", [("Jude Halloran", "2013-05-22")]),
    ("Step down request for Kieran Yeo, 9 (DOB 17.06.2017), LCS-2251830.", [("Kieran Yeo", "2017-06-17")]),
    ("Amy Lee (aged 6, DOB 01/02/2020) lives with mum.", [("Amy Lee", "2020-02-01")]),
    ("Tom Price, 11 years, date of birth 3.3.2015", [("Tom Price", "2015-03-03")]),
    ("Update on Rayan Chowdhury: he's been missing since yesterday.", [("Rayan Chowdhury", None)]),
    ("Quick update regarding Mia-Rose Kelly - school have called.", [("Mia-Rose Kelly", None)]),
    ("I found Nevaeh Campbell-Osei, who is 4, alone in the flat.", [("Nevaeh Campbell-Osei", None)]),
    ("Leo Grant, 7 years old, is in Year 3.", [("Leo Grant", None)]),
    # not children
    ("Please send the invite to John Smith, 14 Acacia Avenue.", []),
    ("Update on Mr Dennis Parfitt's tenancy (DOB 14/02/1945).", []),
    ("Update on Dennis Parfitt: his DOB is 14/02/1945, Dennis Parfitt (DOB 14/02/1945).", []),
    ("Request for Family Support Worker Jane Smith to attend.", []),
    ("Concerns about Mum Sarah Jones and her drinking.", []),
    ("Thanks\nNatalie Kerrigan\nFamily First Case Manager", []),
    ("Please ring Sam Hill, who is 10 minutes away.", []),
    ("Ask for Sam Hill, who is 32 weeks pregnant.", []),
    # an age in brackets that goes on ("15, Year 11 at ..."), an age in weeks or days, a case
    # number written straight after the name before the date of birth
    ("Kai Brooks (15, yr 11 at Beverley Brook Academy) messaged me tonight.", [("Kai Brooks", None)]),
    ("Hi, just seen Noah Whitehouse (8 weeks) at clinic.", [("Noah Whitehouse", None)]),
    ("We saw baby Ava Reed (10 days old) today.", [("Ava Reed", None)]),
    ("Step down at level 2 for Alfie Kavanagh ICS-1231044 dob 14.09.2019", [("Alfie Kavanagh", "2019-09-14")]),
    ("Request for Ruby Yeo EHM-55120 DOB 02/03/2018 please.", [("Ruby Yeo", "2018-03-02")]),
    ("Mum Sarah Jones (34, works nights) called.", []),
    ("Meeting Room B (2, ground floor) is booked.", []),
])
def test_children_more_phrasings(text, expected):
    got = [(c.name, c.dob.isoformat() if c.dob else None) for c in find_children(text, today=TODAY)]
    assert got == expected


@pytest.mark.parametrize("text,expected", [
    ("He has untreated head lice.", ["neglect"]),
    ("Mum's untreated depression is the main worry.", ["parental_mental_health"]),
    ("He was not taken to the dentist despite toothache.", ["neglect"]),
    ("Leah has missed her immunisation appointments.", ["neglect"]),
    ("The hospital letter about the missed clinic review came today.", ["neglect"]),
    ("Mum has missed two health visitor visits.", ["non_engagement"]),
    ("Jayden has been missing from home and the hospital saw him on Friday.", ["missing"]),
])
def test_concerns_health_and_neglect_scope(text, expected):
    assert sorted(find_concerns(text)) == expected


# Soft-wrapped plain text is joined before facts are read; lists, labels, tables and signatures
# keep their line breaks.
@pytest.mark.parametrize("text,expected", [
    ("Please accept this request for Tayla Swift-Hughes (07/03/2012) and her brother Corey\nSwift-Hughes (22/01/2016).",
     "Please accept this request for Tayla Swift-Hughes (07/03/2012) and her brother Corey Swift-Hughes (22/01/2016)."),
    ("Anaya's mum is now well supported by the community mental health team. Mum has agreed to the\nreferral to Early Help.",
     "Anaya's mum is now well supported by the community mental health team. Mum has agreed to the referral to Early Help."),
    ("Short line\nnext line", "Short line\nnext line"),
    ("This is a long sentence that ends properly with a full stop at the end.\nNext sentence here.",
     "This is a long sentence that ends properly with a full stop at the end.\nNext sentence here."),
    ("Please find below the details of the family and the request for support form\n- GCP2\n- chronology",
     "Please find below the details of the family and the request for support form\n- GCP2\n- chronology"),
    ("Child name and date of birth and school and year group and anything else here\nDOB: 01/02/2015",
     "Child name and date of birth and school and year group and anything else here\nDOB: 01/02/2015"),
    ("Name | DOB | School and a long header row that goes on and on and on and on\nAmy Lee | 01/02/2015 | X",
     "Name | DOB | School and a long header row that goes on and on and on and on\nAmy Lee | 01/02/2015 | X"),
])
def test_unwrap_soft_wrapped_lines(text, expected):
    assert unwrap(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Step up for Tayla Swift-Hughes (07/03/2012) and her brother Corey Swift-Hughes (22/01/2016).",
     [("Tayla Swift-Hughes", date(2012, 3, 7)), ("Corey Swift-Hughes", date(2016, 1, 22))]),
    ("Request for Jade Moss, DOB 01/05/2014, and her sister Lily Moss, DOB 03/09/2017.",
     [("Jade Moss", date(2014, 5, 1)), ("Lily Moss", date(2017, 9, 3))]),
    ("Referral for Tom Hart (age 9) and his brother Sam Hart (age 6).",
     [("Tom Hart", None), ("Sam Hart", None)]),
])
def test_children_brother_sister_phrasing(text, expected):
    got = [(c.name, c.dob) for c in find_children(unwrap(text), today=date(2026, 12, 1))]
    assert got == expected


@pytest.mark.parametrize("text,expected", [
    ("Step down to Family First targeted support (level three).", 3),
    ("She will be supported at Level Two by school.", 2),
    ("Proposed step down to L3.", 3),
    ("Step down to level-2 services.", 2),
    ("Step down to Early Help.", None),
])
def test_level_in_words(text, expected):
    assert find_level(text)[0] == expected


# A case (or care) manager doing a task is a worker, not a manager agreeing.
@pytest.mark.parametrize("text,expected", [
    ("A Family First case manager to support mum with routines.", None),
    ("The care manager will support dad with his benefits.", None),
    ("A case manager has agreed to visit weekly.", None),
    ("My manager supports the step down.", True),
    ("My team manager has agreed the step up.", True),
    ("My manager does not agree with the step down.", False),
])
def test_case_manager_is_not_manager_agreement(text, expected):
    assert find_manager_agreed(text)[0] is expected


# Attendance said to be fine is not a concern; a figure or a poor word still is.
@pytest.mark.parametrize("text,expected", [
    ("Ayesha is settled in class and her attendance is fine.", []),
    ("Her attendance is really good.", []),
    ("His attendance has been excellent this term.", []),
    ("There are no concerns about attendance.", []),
    ("His attendance is 61%.", ["school_attendance"]),
    ("Attendance is poor.", ["school_attendance"]),
    ("Her attendance has been good but is now dropping to 80%.", ["school_attendance"]),
    # between 90% and 95% only when the writer calls it good; a fall is a worry at any figure
    ("Attendance: Kai 91%, stable.", []),
    ("Rayhan's attendance has improved to 94% with the breakfast club, which is positive.", []),
    ("Kieran's attendance is now 92% and has been the focus of our work.", ["school_attendance"]),
    ("Her attendance has fallen to 93% this term.", ["school_attendance"]),
    # attendance that is not a child's at school
    ("NOT URGENT - ED attendance notification - J Houghton", []),
    ("Mr S Ince - Attendance officer, Woolfall Brook Primary", []),
    ("Mum's attendance at TAF meetings has been patchy.", []),
    ("Nursery attendance good; home conditions fine.", []),
    ("Reason for attendance: drugs warrant", []),
    ("There has been repeated police attendance at the flat.", []),
    ("Ambulance crew's attendance was logged at 02:10.", []),
    ("Pupil absence notification - generated from the attendance system", []),
])
def test_attendance_said_to_be_fine(text, expected):
    assert sorted(find_concerns(text)) == expected


# School missed, told in plain words without "attendance"; other things missed are not it.
@pytest.mark.parametrize("text,expected", [
    ("School tell me he has missed 14 days since September.", ["school_attendance"]),
    ("Leo has missed twenty days this term.", ["school_attendance"]),
    ("Tyler has missed 40% of school since September.", ["school_attendance"]),
    ("He has missed nearly half of this term.", ["school_attendance"]),
    ("Lacey misses school when her mum has a bad day.", ["school_attendance"]),
    ("Lewis still isnt going to school most days.", ["school_attendance"]),
    ("He hasn't been to school properly since September.", ["school_attendance"]),
    ("Riley is late most mornings.", ["school_attendance"]),
    ("Mia's punctuality is poor (late 11 times this half term).", ["school_attendance"]),
    ("Mum has missed two weeks of her medication.", []),
    ("Brooke was collected late 4 times in April.", []),
    ("Dad missed 3 days at work.", []),
])
def test_school_missed_in_plain_words(text, expected):
    assert sorted(c for c in find_concerns(text) if c != "parental_mental_health") == expected


# "Lead practitioner will be NAME, role at organisation": name and agency after "will be" / "is".
@pytest.mark.parametrize("text,name,agency", [
    ("Lead practitioner will be Bilal Mahmood, Pastoral Lead at Marner Primary School (copied).",
     "Bilal Mahmood", "Pastoral Lead at Marner Primary School"),
    ("The lead practitioner is Jo Bloggs, Family Support Worker, Kirkby Hub.", "Jo Bloggs", "Family Support Worker, Kirkby Hub"),
    ("Key worker would be Sam Okoro - Youth Worker, Oakfield Youth Service", "Sam Okoro", "Youth Worker, Oakfield Youth Service"),
])
def test_lead_practitioner_will_be(text, name, agency):
    lp = find_lead_practitioner(text)
    assert (lp.name, lp.agency) == (name, agency)


@pytest.mark.parametrize("text", [
    "The lead practitioner is yet to be identified.",
    "Happy to be lead practitioner.",
    "Lead practitioner will be agreed at the TAF.",
])
def test_lead_practitioner_not_named(text):
    assert find_lead_practitioner(text) is None


# Physical harm without the words: grabbed by the throat, threats to kill or hurt the child.
@pytest.mark.parametrize("text,expected", [
    ("He had grabbed her by the throat.", ["physical_harm"]),
    ("Dad held him round the neck against the wall.", ["physical_harm"]),
    ("Mum's boyfriend said he'd kill her if she told anyone.", ["physical_harm"]),
    ("He threatened to hurt the children.", ["physical_harm"]),
    ("There have never been threats to harm the children.", []),
    ("He has never grabbed her by the throat.", []),
])
def test_physical_harm_without_the_word(text, expected):
    assert sorted(find_concerns(text)) == expected


# A child seen where children are, named in full ("When I saw Tegan Bevan at school").
@pytest.mark.parametrize("text,expected", [
    ("When I saw Tegan Bevan at school this afternoon she was upset.", ["Tegan Bevan"]),
    ("I visited Ava Khan at nursery on Monday.", ["Ava Khan"]),
    ("I spoke to Leo Grant in school today.", ["Leo Grant"]),
    ("I saw Tegan at school.", []),
    ("I met Mrs Jane Hill at school.", []),
])
def test_child_seen_at_school(text, expected):
    assert [c.name for c in find_children(text, today=date(2026, 12, 1))] == expected


# Facts in an attached form laid out as field/value rows (any form, not one council's).
@pytest.mark.parametrize("text,expected", [
    ("Step Down Request Form\nChild | Chidi Okafor\nDate of birth | 30/10/2013\nMosaic ID | 1310428\n"
     "Parent/carer consent to step down obtained | Yes - signed by mum", True),
    ("Request for support\nName: Amy Lee\nDOB: 01/02/2015\nSchool: Oak Primary\nReason: attendance", True),
    ("Case Summary\nChidi Okafor, Mosaic ID 1310428. CIN since March 2026 because of poor school attendance.\n"
     "Attendance has improved from 55% to 72%.", False),
    ("Dear colleague,\nThank you for your letter.\nRegards", False),
])
def test_looks_like_form(text, expected):
    from bot.parser.extract.tables import looks_like_form
    assert looks_like_form(text) is expected


@pytest.mark.parametrize("text,expected", [
    ("Parent/carer consent to step down obtained | Yes - signed by mum 27/11/2026", True),
    ("Consent obtained | No", None),
    ("Consent given: N/A", None),
    ("Consent obtained: not yet", None),
])
def test_consent_form_rows(text, expected):
    assert find_consent(text)[0] is expected


# Held-out rounds 3/4: concerns told without their word, as past, or as not a concern.
@pytest.mark.parametrize("text,expected", [
    ("Mum's new partner has been violent towards her twice in the last month.", ["domestic_abuse"]),
    ("She said he touches her private parts at bath time.", ["sexual_harm"]),
    ("Connor (11) is caring for his younger sister most evenings.", ["young_carer"]),
    ("Mum is caring for her dad, who has dementia.", []),
    ("He has been seen getting into cars with older men and has a second phone.", ["exploitation"]),
    ("Mum has a second phone number now.", []),
    ("Ruby (13) didn't come home last night.", ["missing"]),
    ("Dad's historic cannabis use isn't relevant now, he has been abstinent for 2 years.", []),
    ("The CP plan for neglect ended in July.", []),
    ("Dad's drinking used to be a problem and has got worse again since Christmas.", ["substance_misuse"]),
    ("CIN plan outcomes met: home conditions good, Tommy in school every day.", []),
    ("Noah is at home alone with dad this afternoon.", []),
    ("Engaging Families Toolkit - family engagement risk tool. | Not required", []),
])
def test_concerns_round3(text, expected):
    assert sorted(find_concerns(text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("I'm stepping Tommy Rimmer (DOB 2019-04-03, ICS-1215508) down.", [("Tommy Rimmer", "2019-04-03")]),
    ("Alfie Hollis - aged 6 (moved back to mum's in October)", [("Alfie Hollis", None)]),
    ("I have reviewed the Single Assessment for Tyler and Amber Harris (LCS-2249901).",
     [("Tyler Harris", None), ("Amber Harris", None)]),
    ("Step down - Chloé & Rémi Marchant", [("Chloé Marchant", None), ("Rémi Marchant", None)]),
    ("For Tyler and Amber Harris: step down.", [("Tyler Harris", None), ("Amber Harris", None)]),
    ("Ivy Luscombe and Noah Luscombe are at home.", [("Ivy Luscombe", None), ("Noah Luscombe", None)]),
    ("Their parents, John and Mary Smith, are separated.", []),
    ("Cover for the Bromyard and Ledbury Locality teams.", []),
    ("Meet at Ross and South Wye hub.", []),
    ("Tyler-James Meredith, 7, Mosaic 619512.", [("Tyler-James Meredith", None)]),
    ("Jane Smith, 12, High Street, Prescot", []),
])
def test_children_round3(text, expected):
    from datetime import date

    got = [(c.name, c.dob.isoformat() if c.dob else None) for c in find_children(text, today=date(2026, 11, 23))]
    assert got == expected


def test_iso_dates_and_no_date_inside_a_longer_number():
    from datetime import date

    assert [d.value for d in find_dates("DOB 2019-04-03; meeting 2026-12-09T10:00", date(2026, 11, 23))] == [
        date(2019, 4, 3), date(2026, 12, 9)]


@pytest.mark.parametrize("text,consent,manager", [
    ("My TM, Angela Brightwell, agrees with the plan to step down.", None, True),
    ("Spoke to my TM Paula Ince at 8.40 - she agrees this needs to step up today.", None, True),
    ("She said she doesn't agree with social care getting involved and won't give consent.", False, None),
    ("Mum gave her consent at my visit on 23/12.", True, None),
    ("TM sign-off is pending - Jo is at panel all week, so she hasn't agreed it yet.", None, None),
    ("Mum knows we're contacting you and agrees.", True, None),
    ("He's met mum and is happy to take it on.", None, None),
])
def test_consent_and_manager_round3(text, consent, manager):
    assert (find_consent(text)[0], find_manager_agreed(text)[0]) == (consent, manager)


@pytest.mark.parametrize("text,expected", [
    ("Police called 13/03 after dad assaulted his partner at the flat.", []),
    ("Two physical assaults on mum witnessed by the children.", []),
    ("Mum's partner assaulted her at the house while Tyler was upstairs.", []),
    ("Dad punched Tyler in the face on Saturday.", ["physical_harm"]),
    # an injury to a parent, and the mother's partner charged with an assault on no child
    ("The second time mum had a cut lip and a bruised wrist.", []),
    ("Mum's partner, Dean, has been charged with assault and is on bail.", []),
    ("Mum's partner has been charged with assault on the child.", ["physical_harm"]),
    ("Tyler had a cut lip and a bruised wrist on Monday.", ["physical_harm"]),
])
def test_violence_towards_a_parent_is_not_physical_harm_to_the_child(text, expected):
    assert sorted(c for c in find_concerns(text) if c == "physical_harm") == expected


def test_dates_written_in_words():
    from datetime import date

    got = find_dates("born on the second of February 2015 and the twenty-first of June 2019", date(2026, 11, 23))
    assert [d.value for d in got] == [date(2015, 2, 2), date(2019, 6, 21)]


# --- fields1 first contact (issue 17): general rules about how people write -------------------

FIELDS_TODAY = date(2027, 5, 20)


@pytest.mark.parametrize("text,expected", [
    # siblings sharing a surname: hyphenated first names, curly and straight apostrophes, Mc/Mac
    ("Signed consent form for Ella-Rose and Finley Price attached.", [("Ella-Rose Price", None), ("Finley Price", None)]),
    ("Step up for Tyler and Ava Riley, please.", [("Tyler Riley", None), ("Ava Riley", None)]),
    ("Step down for Orla and Conor O’Sullivan.", [("Orla O’Sullivan", None), ("Conor O’Sullivan", None)]),
    ("Children: Harvey and Lacey MacDonald", [("Harvey MacDonald", None), ("Lacey MacDonald", None)]),
    # one-letter Irish particles and accents inside a name
    ("Cian Ó Briain, DOB 22/02/2017", [("Cian Ó Briain", "2017-02-22")]),
    ("Aoife Ní Bhriain (05/09/2013)", [("Aoife Ní Bhriain", "2013-09-05")]),
    # an age in months
    ("Sibling\tMaya D’Souza (17 months)", [("Maya D’Souza", None)]),
    # a case number between the name and the labelled DOB
    ("Tyler Jones-Ahmed - Mosaic 620311 - DOB: 6th August 2011", [("Tyler Jones-Ahmed", "2011-08-06")]),
    ("Jade Pearce-Okoye (EHM-445120), DOB 16/05/2014", [("Jade Pearce-Okoye", "2014-05-16")]),
    # places and organisations are never children
    ("Kington & Golden Valley locality team", []),
    ("He is in Reception at Sheen Vale Primary (Reception class)", []),
    ("for Bromyard and Ledbury Vale", []),
])
def test_children_names_as_people_write_them(text, expected):
    got = [(c.name, c.dob.isoformat() if c.dob else None) for c in find_children(text, today=FIELDS_TODAY)]
    assert got == expected


@pytest.mark.parametrize("text,expected", [
    # a DOB told against the first name once the full name is known
    ("Contact for Poppy and Jenson Narramore.\nPoppy - DOB 11/04/2017\nJenson - DOB 3.9.2019",
     [("Poppy Narramore", "2017-04-11"), ("Jenson Narramore", "2019-09-03")]),
    ("Step up for Freddie and Isla Barnes. Freddie is 7 (DOB 04/04/2020) and Isla is 4 (29.10.22).",
     [("Freddie Barnes", "2020-04-04"), ("Isla Barnes", "2022-10-29")]),
    ("Step up for Tyler and Ava Riley. Tyler was seen on 03/04/2027.", [("Tyler Riley", None), ("Ava Riley", None)]),
    # one child and one labelled DOB row in a form
    ("I'm requesting a step up for Tyrese Campbell-Lawal.\nDate of birth\t06-Mar-2010", [("Tyrese Campbell-Lawal", "2010-03-06")]),
    # a referral or completion date row is not a DOB
    ("Step down request for Oscar Trewin-Barker.\nDate of referral: 17/05/2027", [("Oscar Trewin-Barker", None)]),
])
def test_child_dob_only_where_the_text_ties_it_to_that_child(text, expected):
    got = [(c.name, c.dob.isoformat() if c.dob else None) for c in find_children(text, today=FIELDS_TODAY)]
    assert got == expected


def test_child_form_value_ends_at_the_next_label():
    got = find_children("Child: T. O'Sullivan    Assessor: J. Culshaw, Family First    Date completed: 15/04/2027",
                        today=FIELDS_TODAY)
    assert [c.name for c in got] == []


@pytest.mark.parametrize("text,expected", [
    ("mum has declined Early Help.", False),
    ("Mum said no to Early Help when I saw her on Tuesday.", False),
    ("Dad is not in agreement with the step up.", False),
    ("Mum has been told about the step up and does not agree with it.", False),
    ("Mum doesn't want Early Help involvement.", False),
    ("consent was withdrawn on Tuesday.", False),
    ("Mum initially refused consent.", False),
    # a later change of mind wins
    ("Mum had initially declined Early Help in February, but at the review she gave her consent.", True),
    ("Mum has declined a lead practitioner from the school, but she has consented to the step-down.", True),
    ("Mum knows I am contacting MASH and is in agreement.", True),
    # not asked: null
    ("Consent given?\tMum has not been asked yet – I am seeing her tomorrow", None),
    ("I'll speak to mum about consent when I see her on Thursday.", None),
])
def test_consent_refusals_in_many_wordings(text, expected):
    assert find_consent(text)[0] is expected


@pytest.mark.parametrize("text,manager_sender,expected", [
    ("I do not support this step-down at this point.", True, False),
    ("I don't agree with the step up yet - another TAF first.", True, False),
    ("My TM, Siobhan Keegan, is not in agreement with the step up.", False, False),
    ("with my manager Gwen Hadley's agreement, I am asking for a step up.", False, True),
    ("Manager’s analysis | Completed by Team Manager Kerensa Lang on 10/05/2027", False, True),
    ("Manager's analysis: (to be completed)", False, None),
    ("I do not support this step-down at this point.", False, None),
])
def test_manager_agreement_and_refusal(text, manager_sender, expected):
    assert find_manager_agreed(text, sender_is_manager=manager_sender)[0] is expected


@pytest.mark.parametrize("text,expected", [
    # form category lists: only what is ticked
    ("Presenting needs (tick) | ☐ Neglect ☐ Domestic abuse ☒ Parental mental health ☐ Substance misuse", ["parental_mental_health"]),
    ("[ ] Neglect   [ ] Physical abuse   [x] Radicalisation\n[ ] School attendance   [ ] Young carer", ["radicalisation"]),
    ("☒ Neglect | ☐ Domestic abuse | ☐ Parental mental health", ["neglect"]),
    ("[ ] Parental mental health   [ ] Substance misuse   [ ] Child exploitation", []),
    # ruled out, unsubstantiated, negative
    ("Substance misuse was explored: both hair strand tests were negative and this has been ruled out.", []),
    ("Sexual harm was investigated under s47 and was unsubstantiated - no ongoing concern.", []),
    ("CSE was considered after he was seen with older boys, but the screening found no indicators and it was ruled out.", []),
    ("Domestic abuse is ongoing but drug use was ruled out.", ["domestic_abuse"]),
    # attendance figures: 95% and above is a strength
    ("His attendance at Combe Lane Academy is 97% and school have no concerns.", []),
    ("School say his attendance is fine (96%).", []),
    ("Hamza’s attendance has improved to 95% this term.", []),
    ("Attendance: Kyron 61%, Leah 88%.", ["school_attendance"]),
    ("Freddie's attendance is 71%.", ["school_attendance"]),
    # whose difficulty: the child's own anxiety; mum's mental health said to be fine
    ("Ellis has his own anxiety and is on the CAMHS waiting list.", []),
    ("Mum’s mental health is fine; she isn’t under any services.", []),
    ("Mum's depression has returned.", ["parental_mental_health"]),
    # violence to a thing; drugs carried for others
    ("On 24/04 he kicked the front door in.", []),
    ("He punched a wall.", []),
    ("He kicked Ellis.", ["physical_harm"]),
    ("He was found with 20 wraps of crack cocaine; he is believed to be running a county line.", ["exploitation"]),
    # domestic abuse vocabulary
    ("Mum's ex-partner has been harassing her since March; he is subject to a DVPO.", ["domestic_abuse"]),
])
def test_concerns_scope_fields1(text, expected):
    assert sorted(find_concerns(text)) == sorted(expected)


@pytest.mark.parametrize("text,expected", [
    ("our ref (Mosaic): 1398820", ["1398820"]),
    ("Case ID on EHM: 52561", ["52561"]),
    ("Team ref: FF3/2207  Employee no. 448213  Tel 0151 496 0000", []),
    ("Team code EH-TH-07 | Payroll 104477 | 020 7946 0000", []),
    ("Staff ID 33109 | 01803 208 100", []),
])
def test_case_ids_not_staff_codes(text, expected):
    assert [i for i, _ in find_case_ids(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("06-Mar-2010", "2010-03-06"), ("6 March 2014", "2014-03-06"), ("the 3rd of May 2016", "2016-05-03"),
])
def test_system_style_dates(text, expected):
    assert find_dates(text, FIELDS_TODAY)[0].value.isoformat() == expected


@pytest.mark.parametrize("text,expected", [
    ("Step down request - Lowen Hicks\nHello Early Help,", [("Lowen Hicks", None)]),
    ("Child name | Lowen Hicks\nDOB | 2012-05-30", [("Lowen Hicks", "2012-05-30")]),
    ("The referral is for Oscar, who is 8. His full name is Oscar Trewin-Barker and his date of birth is 14/12/2018.",
     [("Oscar Trewin-Barker", "2018-12-14")]),
    ("Child 1 | Adil Karim\nDate of birth | 11/11/2011\nChild 2 | Soraya Karim\nDate of birth | 25/01/2019\n"
     "Unborn baby | EDD 21/06/2027 (mum: Mrs Parveen Karim)", [("Adil Karim", "2011-11-11"), ("Soraya Karim", "2019-01-25")]),
    # numbered "Child 1 - name" rows, each with its own "Child 1 - date of birth" row
    ("Child 1 - name | Harley Carr\nChild 1 - date of birth | 11/08/2017\nChild 2 - name | Lily-Rose Carr\n"
     "Child 2 - date of birth | 5th Nov 2021\nParents / carers | Kerry Watts (mum)", [("Harley Carr", "2017-08-11"),
                                                                                   ("Lily-Rose Carr", "2021-11-05")]),
    ("Young person's full name: Kai Lee\nYoung person's DOB: 02/02/2012", [("Kai Lee", "2012-02-02")]),
    # a table drawn with pipes and padding
    ("| Child        | Ruby Churston      |\n| DOB          | 09/09/2019         |\n"
     "| Child        | Mason Churston     |\n| DOB          | 23/02/2016         |",
     [("Ruby Churston", "2019-09-09"), ("Mason Churston", "2016-02-23")]),
    # the name a child goes by, in quotes or brackets, between the name and the date or age
    ('- Oluwadamilare Ade ("Dami"), DOB 11/12/2012 - Mosaic ID 2417733\n- Ebunoluwa Ade (Ebun), age 9',
     [("Oluwadamilare Ade", "2012-12-11"), ("Ebunoluwa Ade", None)]),
    ("Toby Marsh (‘Tobes’), D.O.B. 03/04/2015, lives with dad.", [("Toby Marsh", "2015-04-03")]),
    # the age told as a clause inside the brackets before the date of birth
    ("I look after Poppy Vaughan (she's 4, DOB 30/03/2024) three days a week.", [("Poppy Vaughan", "2024-03-30")]),
    ("Leo Grant (he is 7, date of birth 01.09.2019) is at Oak Primary.", [("Leo Grant", "2019-09-01")]),
])
def test_children_in_headings_and_form_rows(text, expected):
    got = [(c.name, c.dob.isoformat() if c.dob else None) for c in find_children(text, today=FIELDS_TODAY)]
    assert got == expected


@pytest.mark.parametrize("text,expected", [
    ("Parental consent to referral\nYes - both parents, 16/05/2027.", True),
    ("Consent given? | Yes", True),
    ("Consent: no", None),
    ("Consent given?\tMum has not been asked yet", None),
])
def test_consent_form_questions_and_answers(text, expected):
    assert find_consent(text)[0] is expected


@pytest.mark.parametrize("text,expected", [
    ("Mosaic IDs | 1479930 (Adil), 1479931 (Soraya)", ["1479930", "1479931"]),
    ("Mosaic: 1466120 / 1466121", ["1466120", "1466121"]),
    ("Mosaic ID 1184529 (DOB 07/03/2013)", ["1184529"]),
])
def test_case_ids_with_a_name_after_each(text, expected):
    assert [i for i, _ in find_case_ids(text)] == expected


def test_a_subject_naming_only_an_initial_is_not_a_child():
    assert find_children("Step up referral - J Cartwright\n", today=FIELDS_TODAY) == []


def test_headings_inside_an_attached_form_count_as_pasted_documents():
    form = ("EARLY HELP STEP UP REFERRAL\nLatest case summary\n" + "Early Help since January following concerns from school. " * 4
            + "\nRationale for step up\n" + "Despite the plan the worries have grown and the panel recommended an assessment. " * 3)
    assert set(pasted_documents(form)) >= {"case_summary", "rationale"}


@pytest.mark.parametrize("text,expected", [
    ("The step down is for Amelia and Noah. Both children have their dad’s surname, Whitlock; mum is Kerry Baines.\n"
     "Amelia was born on the 3rd of May 2016 and Noah’s date of birth is 15-06-2021.",
     [("Amelia Whitlock", "2016-05-03"), ("Noah Whitlock", "2021-06-15")]),
    ("This step-down is for Mia. Her younger brother Theo is included too; both children are Okafor-Reid "
     "(mum’s surname is Reid).\nMia – d.o.b. 05/12/2015. Theo – d.o.b. 21/03/2020.",
     [("Mia Okafor-Reid", "2015-12-05"), ("Theo Okafor-Reid", "2020-03-21")]),
    ("The step-down is for Lily and her half-brother Mason. Lily’s surname is Haines; Mason is Mason Pugh-Haines.\n"
     "Lily’s DOB is 2/4/2015. Mason was born April 2nd, 2019.",
     [("Lily Haines", "2015-04-02"), ("Mason Pugh-Haines", "2019-04-02")]),
    ("The referral is for Kai. Mum is Dana Hurst.", []),
    # a DOB belongs to the name it follows, not an earlier sibling's
    ("siblings Ellis Dunmore (7) and Mia Dunmore (dob 3.4.2019).", [("Ellis Dunmore", None), ("Mia Dunmore", "2019-04-03")]),
])
def test_children_named_across_sentences(text, expected):
    got = [(c.name, c.dob.isoformat() if c.dob else None) for c in find_children(text, today=FIELDS_TODAY)]
    assert got == expected


@pytest.mark.parametrize("text,expected", [
    ("Mosaic: Lily 622090, Mason 622091.", ["622090", "622091"]),
    ("Mosaic ID: 1301455.", ["1301455"]),
])
def test_case_ids_with_a_first_name_before_each(text, expected):
    assert [i for i, _ in find_case_ids(text)] == expected


def test_lead_practitioner_after_step_down_label():
    lp = find_lead_practitioner("Lead Practitioner after step down: Joanne Birchall, Family Support Worker, Foxfield Lane Primary School.")
    assert lp is not None and lp.name == "Joanne Birchall" and "Foxfield Lane Primary School" in lp.agency


@pytest.mark.parametrize("text,expected", [
    ("School attendance plan | School / Delyth Morris | Attendance above 95% | By Easter 2027", ["school_attendance"]),
    ("The aim is attendance of at least 96% by July.", ["school_attendance"]),
    ("Her attendance is 98% this year.", []),
])
def test_an_attendance_target_is_not_a_figure_reached(text, expected):
    assert sorted(find_concerns(text)) == expected


def test_child_form_field_keeps_a_dob_labelled_later_on_the_line():
    got = find_children("Child: Ava-Rose Kenny   DOB: 01/10/2026   EHM case ID: EHM-53118", today=date(2026, 11, 27))
    assert [(c.name, c.dob.isoformat()) for c in got] == [("Ava-Rose Kenny", "2026-10-01")]


@pytest.mark.parametrize("line", [
    "Joint home visit: Wednesday 2 December 2026 at 10:00.",
    "The joint visit is on 2 December 2026 at 10:00 with mum.",
    "Home visit 2/12/2026 10:00",
])
def test_a_home_visit_takes_place_at_the_familys_home(line):
    """Knowsley level 3: the social worker gives the "date and time of a joint home visit"; its
    venue is the family's home, so it is not chased for one (issue 16)."""
    from datetime import date

    from bot.parser.extract.meeting import HOME, find_meeting

    m = find_meeting(line, date(2026, 11, 23))
    assert m is not None and m.venue == HOME


# After fields3 and fields4 (issue 17): ways people say yes, no and not yet, each in several wordings.
@pytest.mark.parametrize("text,expected", [
    ("Dad is on board with the step up.", True),
    ("Mum (Adaeze) and dad (Luke) are both on board with the step down.", True),
    ("Mum is happy for the step down to go ahead.", True),
    ("Yasmin and her mum both consent to the step down.", True),
    ("Mum wasn't happy to sign the consent and told me she doesn't want Early Help involved.", False),
    ("Dad is not willing to agree to a referral.", False),
    ("I still need the signed consent form back from mum's social worker.", None),
    ("We are waiting for the signed consent form from dad.", None),
    ("Although mum agreed to the TAF plan at the start, she has missed five visits.", None),
    ("Mum initially agreed to the plan but has not engaged since.", None),
])
def test_consent_in_more_wordings(text, expected):
    assert find_consent(text)[0] is expected


@pytest.mark.parametrize("text,expected", [
    ("My team manager, Helen Strutt, agrees with the step down and will join the discussion.", True),
    ("Team manager agreement (level 4 to be considered)      Yes - Lisa Coombe, 13/07/2027", True),
    ("Discussed with line manager:   [X] Yes   Name: Lisa Coombe", True),
    ("Manager's approval: agreed 30/06/2027", True),
    ("Discussed with line manager:   [ ] Yes   [X] No", None),
    ("My manager will agree it once she is back on Monday.", None),
])
def test_manager_agreed_in_more_wordings(text, expected):
    assert find_manager_agreed(text)[0] is expected


@pytest.mark.parametrize("text,expected", [
    # an age told in a clause of its own, in figures or words, in years, months or weeks
    ("please help my daughter Chloe Tremain is 15 she has gone off", [("Chloe Tremain", None)]),
    ("My son is Ayaan Miah, he is 11 years. My daughter is Inaya Miah, she is 4 years.",
     [("Ayaan Miah", None), ("Inaya Miah", None)]),
    ("the baby, Theo Whitlock, he's eleven weeks", [("Theo Whitlock", None)]),
    ("case manager for Leo Cheung EHM-60418 hes 8 year 4", [("Leo Cheung", None)]),
    ("our grandson, Kai Lee-Bennett, is 6 and lives with us", [("Kai Lee-Bennett", None)]),
    # a school year between the name and the date of birth
    ("Maya Kowalczyk (Y9, DOB 14/04/2014) came to my office", [("Maya Kowalczyk", "2014-04-14")]),
    ("Josh Evans, Year 6, DOB 02/02/2015", [("Josh Evans", "2015-02-02")]),
    # not a child: a pregnant mother, a first name after a sentence opener, an adult's age, a time
    ("Mum, Jade Cope, is 31 weeks pregnant.", []),
    ("As Freya is 3, the under-5s triage applies.", []),
    ("Dave Smith is 45 and works nights.", []),
    ("The meeting with Sarah Jones is 10 minutes long.", []),
])
def test_children_named_with_an_age_in_a_clause_or_by_relation(text, expected):
    got = [(c.name, c.dob.isoformat() if c.dob else None) for c in find_children(text, today=FIELDS_TODAY)]
    assert got == expected


@pytest.mark.parametrize("text,expected", [
    ("The s47 ended in no further action (the bruise on his arm was from football).", False),
    ("Nursery's bruising was confirmed as congenital dermal melanocytosis (birthmarks), not an injury.", False),
    ("The GP says the mark is consistent with his account of falling off his bike.", False),
    ("She has a bruise on her arm that nobody can explain.", True),
    ("The bruise was not explained by the fall mum described.", True),
])
def test_an_injury_explained_in_its_own_sentence_is_not_a_physical_harm_concern(text, expected):
    assert ("physical_harm" in find_concerns(text)) is expected


@pytest.mark.parametrize("text,expected", [
    # consent taken back later in a thread
    ("Dad rang me first thing and has withdrawn his agreement; please treat it as no consent.", False),
    ("Mum has taken back her consent after talking to her sister.", False),
    ("Mum's position hasn't changed: still no consent.", False),
    # not a refusal: a form not yet attached; consent given
    ("There is no consent form attached yet.", None),
    ("Mum has consented to the step down.", True),
])
def test_consent_withdrawn_later_in_a_thread(text, expected):
    assert find_consent(text)[0] is expected


@pytest.mark.parametrize("text,expected", [
    # an incident on an earlier day, or told as the background, is the file's past
    ("One thing you will see in the file: Leo had a bruise on his shin on 26/11.", []),
    ("Background - the s47 in November was about a bruise on Ruby-Mae's arm.", []),
    ("History: he hit Jake with a belt on 30/11/2027; the s47 concluded.", []),
    ("Harvey was seen by the school nurse on 12/07/2027 with bruising to his upper arm.", []),
    # told of today, or with no day, it is a current worry
    ("Harvey came into school today with bruising to his upper arm.", ["physical_harm"]),
    ("Harvey has bruising to his upper arm that he will not explain.", ["physical_harm"]),
    ("On 26/11 Leo had a bruise on his shin and he still has marks today.", ["physical_harm"]),
    # a condition is not an incident: the drinking told with an old date is still read
    ("Dad's drinking, first raised on 03/03/2027, continues at weekends.", ["substance_misuse"]),
])
def test_an_incident_told_of_an_earlier_day_is_not_a_current_concern(text, expected):
    assert sorted(find_concerns(text, today=date(2027, 12, 10))) == expected


def test_quoted_messages_are_read_one_writer_at_a_time():
    from bot.parser.text import quoted_messages

    history = ("________________________________\nFrom: Slee, Gemma <g.slee@example.org>\nSent: 09 October 2028 16:20\n"
               "To: Rowe, Tasha <t.rowe@example.org>\nSubject: RE: step up?\n\nYes - agreed.\n\nGemma Slee\nService Manager\n\n"
               "From: Rowe, Tasha <t.rowe@example.org>\nSent: 09 October 2028 15:02\nTo: Slee, Gemma\nSubject: step up?\n\n"
               "Can I step the Pascoe children up?\nTasha\n")
    got = [said for _, said in quoted_messages(history)]
    assert got == ["Yes - agreed.\n\nGemma Slee\nService Manager", "Can I step the Pascoe children up?\nTasha"]
    assert sender_is_manager(got[0]) and not sender_is_manager(got[1])
    assert find_manager_agreed(got[0], sender_is_manager=True)[0] is True


@pytest.mark.parametrize("text,children,ids", [
    # a case system's list pasted as a "|" table, "SURNAME, First", a date with a stray space
    ("Person ID | Name | DOB | NHS No.\n1502210 | UDDIN, Safiya | 02/02/ 2016 | 612 884 1029\n"
     "1502211 | ISLAM, Arif | 28.11.2020 | 612 884 3377",
     [("Safiya Uddin", "2016-02-02"), ("Arif Islam", "2020-11-28")], ["1502210", "1502211"]),
    # the same list in fixed-width columns
    ("Person ID   Name               DOB          Gender\n2431876     MACLEOD, Isla      21/06/2016   F\n"
     "2431877     MACLEOD, Callum    04/09/2018   M",
     [("Isla Macleod", "2016-06-21"), ("Callum Macleod", "2018-09-04")], ["2431876", "2431877"]),
])
def test_a_case_system_list_gives_children_and_their_case_numbers(text, children, ids):
    got = [(c.name, c.dob.isoformat() if c.dob else None) for c in find_children(text, today=date(2027, 5, 20))]
    assert got == children
    assert [i for i, _ in find_case_ids(text)] == ids


def test_prose_with_wide_spaces_is_not_a_form():
    from bot.parser.extract.tables import looks_like_form

    assert not looks_like_form("Student: Sumaiya Hussain    Year 9    DOB: 09/04/2014\nShe is doing well.\nNo concerns.")


@pytest.mark.parametrize("text,start,venue", [
    # a day of the month alone, a day and month, "Thursday week"; the venue after the time, however long
    ("Step up TAF: the 28th at 10am, Kirkby Family Hub.", "2028-09-28T10:00", "Kirkby Family Hub"),
    ("The joint home visit is booked with the family for 02/11 at 10.", "2028-11-02T10:00", "the family's home"),
    ("Final CIN meeting: Thursday week (not this Thursday, the one after) at 2pm, Huyton Family Hub, meeting room 3.",
     "2028-10-05T14:00", "Huyton Family Hub, meeting room 3"),
])
def test_a_meeting_day_told_in_passing(text, start, venue):
    m = find_meeting(text, date(2028, 9, 26))
    assert (m.start.strftime("%Y-%m-%dT%H:%M"), m.venue) == (start, venue)


@pytest.mark.parametrize("text", [
    "This is the 2nd time mum has missed the meeting.",
    "The meeting on the 3rd floor was about her 4/5 grades.",
])
def test_ordinals_that_are_not_a_meeting_day(text):
    m = find_meeting(text, date(2028, 9, 26))
    assert m is None or m.start is None


def test_an_organisations_legal_footer_is_not_read_for_facts():
    from bot.parser.text import without_disclaimers

    footer = ("---------------------------------------- CONFIDENTIALITY AND DATA PROTECTION NOTICE\n"
              "This email and any attachments are confidential. Information about children must only be shared "
              "with the consent of the person concerned; consent may be withdrawn at any time.")
    body = "Mum has not been asked yet.\n\nThis email is to let you know the TAF is on Friday."
    assert without_disclaimers(body + "\n\n" + footer).strip() == body
    assert find_consent(without_disclaimers(body + "\n\n" + footer))[0] is None


def test_a_manager_named_in_the_thread_agrees_in_a_reply_or_by_name():
    from bot.parser.extract.facts import managers_named, named_manager_agreed, sender_is_manager
    from bot.parser.text import quoted_messages

    thread = ("On 21 Jun 2028, at 14:10, Caroline Etherington <c.e@knowsley.gov.uk> wrote:\n\nYes - agreed, send it today.\nC\n\n"
              "On 20 Jun 2028, at 16:40, Caroline Etherington <c.e@knowsley.gov.uk> wrote:\n\nHappy in principle.\n"
              "Caroline Etherington, Team Manager, Family First 0-18\n")
    managers = managers_named(thread)
    assert managers == {"caroline etherington"}
    (who, said), _ = quoted_messages(thread)
    assert who.casefold() in managers and find_manager_agreed(said, sender_is_manager=True)[0] is True
    assert named_manager_agreed("Please see the thread below - Caroline has agreed the step up.", managers)[0] is True
    assert named_manager_agreed("Caroline will look at it tomorrow.", managers)[0] is None
    assert named_manager_agreed("Jo has agreed the step up.", managers)[0] is None
    # every title, each one only with the name signed before it
    assert managers_named("Sian Watkins, Team Leader, Early Help\nOur Head of Service is away.") == {"sian watkins"}
    assert not sender_is_manager("The Team Leader at the nursery rang about this.\nKind regards, Sian Watkins")


# --- after mixed12's first contact: second-language English and plain wordings --------------

@pytest.mark.parametrize("text", [
    "What we are worry about:\nThe mother is low in her mood.\n\nWhat is working good:\nThe house is warm and clean.\n\n"
    "What need to happen:\nFamily First to find an interpreter.",
    "What are we worried about? Dad's drinking at weekends.\nWhat's working well? Nan helps every day.\n"
    "What needs to happen? A parenting course and a TAF.",
    "What we are concerned about - rent arrears and the boys' attendance.\nWhat is going well - they love school.\n"
    "What next - Early Help to support with budgeting.",
])
def test_signs_of_safety_headings_in_question_or_statement_order(text):
    from bot.parser.extract.facts import find_signs_of_safety
    assert find_signs_of_safety(text)[0], text


@pytest.mark.parametrize("text,expected", [
    ("The mother, Mrs Yıldız, she give her consent for the referral.", True),
    ("Dad gives consent for the step down.", True),
    ("I have asked mum to give consent at the visit.", None),
])
def test_consent_given_in_the_present_tense(text, expected):
    assert find_consent(text)[0] is expected, text


@pytest.mark.parametrize("text,concern", [
    ("The mother is very low in her mood since the father left.", "parental_mental_health"),
    ("Dad takes antidepressants and rarely leaves the flat.", "parental_mental_health"),
    ("She has missed 11 days of school this half term to look after him.", "school_attendance"),
    ("He is missing many days from school to translate for mum.", "school_attendance"),
])
def test_concerns_in_plain_words(text, concern):
    assert concern in find_concerns(text, date(2030, 4, 1)), text


@pytest.mark.parametrize("text,expected", [
    # twins named as two first names and one surname share the date of birth that follows
    ("the twins Oisín and Cillian Ó Briain, DOB 14/04/2021", [("Oisín Ó Briain", "2021-04-14"), ("Cillian Ó Briain", "2021-04-14")]),
    ("her brothers, twins Jack and Alfie Murphy (DOB 02/05/2019)", [("Jack Murphy", "2019-05-02"), ("Alfie Murphy", "2019-05-02")]),
    # an age told at the end of a sentence
    ("Harvey Luxmoore is 14 and very sensible. Maisy Luxmoore is 11. My mum helps.",
     [("Harvey Luxmoore", None), ("Maisy Luxmoore", None)]),
    # a hyphenated surname in a subject, and two children after the dash
    ("Step-down - Leon Price-Watkins and Harley Watkins - plan and consent", [("Leon Price-Watkins", None), ("Harley Watkins", None)]),
    # a case system's table with a gender column
    ("Person ID\tName\tGender\tDOB\n1551207\tARSLAN, Emre\tMale\t02/03/2016\n1551208\tARSLAN, Deniz\tFemale\t17/09/2024",
     [("Emre Arslan", "2016-03-02"), ("Deniz Arslan", "2024-09-17")]),
    # "Baby" before a name is not part of it
    ("Baby Precious Adjei (5 weeks) is at home with mum.", [("Precious Adjei", None)]),
])
def test_children_named_in_more_ways(text, expected):
    got = [(c.name, c.dob.isoformat() if c.dob else None) for c in find_children(text, today=date(2030, 4, 10))]
    assert got == expected, got


def test_a_follow_up_giving_the_one_childs_date_of_birth_fills_it():
    from bot.parser.extract.children import labelled_dobs
    assert labelled_dobs("Also correcting myself - she's twelve, not eleven: DOB 14.03.2018 (checked).", date(2030, 4, 3)) \
        == [date(2018, 3, 14)]
    assert labelled_dobs("Mum's DOB is 01/01/1990.", date(2030, 4, 3)) == []       # an adult's


@pytest.mark.parametrize("text,venue", [
    ("Venue confirmed: Stockbridge Village Family Hub, meeting room 2.", "Stockbridge Village Family Hub, meeting room 2"),
    ("Location: Huyton Hub (big room)", "Huyton Hub (big room)"),
    ("Venue: tbc", None),
])
def test_a_venue_given_on_its_own(text, venue):
    from bot.parser.extract.meeting import venue_given
    assert venue_given(text) == venue


@pytest.mark.parametrize("text,expected", [
    ("She send me a text: she does not agree and she does not want the social care in her house.", False),
    ("She doesn't want Early Help, she says they managed before.", False),
    ('Mum told school she "doesn\'t want social workers in her life".', None),    # the people, not the service
])
def test_a_refusal_of_the_service_itself_by_a_parent_named_as_she_or_he(text, expected):
    assert find_consent(text)[0] is expected, text


def test_ages_told_in_words_after_whos():
    got = [(c.name, c.age_years) for c in find_children(
        "Hi MASH contact for Jake Hannaford who's eight and his sister Lily-Mae Hannaford who's five.", today=date(2030, 4, 10))]
    assert got == [("Jake Hannaford", 8), ("Lily-Mae Hannaford", 5)]


@pytest.mark.parametrize("title,names", [
    ("Step-down drop-in - Leon Price-Watkins and Harley Watkins [SB-herefordshire-94]", ["Leon Price-Watkins", "Harley Watkins"]),
    ("Under-5s triage - Finn Tolchard (LCS-2498111)", ["Finn Tolchard"]),
    ("Step up TAF meeting - Kavanagh [SB-knowsley-44]", []),                 # a family's surname names no child
    ("Early Help triage – van der Berg / Hocking [SB-torbay-198]", []),
    ("Step-up TAF meeting [SB-knowsley-31]", []),
])
def test_the_children_an_invitations_title_names(title, names):
    from bot.parser.extract.children import children_in_title
    assert [c.name for c in children_in_title(title)] == names


@pytest.mark.parametrize("subject,text,kind", [
    ("contact - Hannaford children", "Open to me at L3 since January; things have gone downhill.", "step_up"),
    ("Hannaford", "Hi MASH contact for Jake Hannaford, open to me at L3.", "step_up"),
    ("Hannaford", "The MASH contact number is 01803 208100.", None),
    ("Luscombe girls - OT at the house now", "MASH,\n\nContact about the Luscombe girls, level 3, EHM-886130.", "step_up"),
    ("Luscombe", "Please get in touch with the contact about the boiler.", None),
])
def test_torbays_word_for_a_step_up_is_a_contact_to_mash(subject, text, kind):
    from bot.parser.classify import direction
    assert direction(subject, text, "mash_step_up")[0] == kind


@pytest.mark.parametrize("line,pasted", [
    ("GCP2: not yet completed - booked with mum for 16/05/2030", False),
    ("Graded Care Profile: to follow", False),
    ("Case summary: N/A", False),
    ("GCP2", True),
])
def test_a_document_row_that_says_it_is_not_there_is_not_a_pasted_document(line, pasted):
    body = "\n".join(["The family have been offered support with routines and meals at home."] * 4)
    assert bool(pasted_documents(line + "\n" + body)) is pasted, line


def test_a_category_table_with_its_boxes_in_a_column_counts_only_the_ticked_rows():
    table = ("Area of concern | Tick\nNeglect | ☑\nDomestic abuse | ☐\nSubstance misuse | ☐\n"
             "Parental mental health | ☑\nExploitation | ☐\nSchool attendance | ☐")
    assert list(find_concerns(table)) == ["neglect", "parental_mental_health"]


@pytest.mark.parametrize("text,ids", [
    ("ICS numbers 1533028 and 1533029.", ["1533028", "1533029"]),
    ("The family's Mosaic number is 1560312.", ["1560312"]),
    ("Our Mosaic numbers are 2766043 (Jenson) and 2766044 (Lowenna).", ["2766043", "2766044"]),
    ("The case was closed in 2023 after 12 weeks.", []),
])
def test_case_numbers_told_in_a_sentence(text, ids):
    assert [i for i, _ in find_case_ids(text)] == ids


# mixed14/15 first contact: general readings the blind sets showed missing.
@pytest.mark.parametrize("text,names", [
    # a form's rows under its child table are questions and prose, not children
    ("Child | Date of birth\nKenzie Mercer | 30/06/2027\nLola Mercer | 12/01/2031\n"
     "What are we worried about? | The cooker has not worked since 02/05/2032.\n"
     "Agreement by line manager | Yes - Paul Doherty 10/05/2032\n"
     "Past Harm | 2029: Tyler was hit with a belt by his father.", ["Kenzie Mercer", "Lola Mercer"]),
    # lower-case particles are part of a name
    ("Name | Date of birth\nGwenllïan ap Dafydd | 21/06/2016\nSiôn ap Dafydd | 09/12/2018",
     ["Gwenllïan ap Dafydd", "Siôn ap Dafydd"]),
    # a case-system export: forename and surname in their own columns
    ("Person ID | Forename | Surname | DOB\nLCS-1 | Jayden | Luscott | 19/07/2017\nLCS-2 | Maisie | Luscott | 23/11/2023",
     ["Jayden Luscott", "Maisie Luscott"]),
    # the children a step verb names, sharing one surname
    ("Stepping Lacey-Mae and Rocco Dunne down to L3. Lacey-Mae dob 14/9/20, Rocco dob 2/2/23.",
     ["Lacey-Mae Dunne", "Rocco Dunne"]),
])
def test_children_in_tables_exports_and_step_sentences(text, names):
    assert [c.name for c in find_children(text, today=date(2032, 5, 11))] == names


def test_a_numeric_date_that_can_only_be_month_first_is_read_so():
    assert [d.value for d in find_dates("DOB 7/19/2017, 3/14/2029, 05/04/2020", date(2033, 11, 8))] == [
        date(2017, 7, 19), date(2029, 3, 14), date(2020, 4, 5)]


@pytest.mark.parametrize("text,concerns", [
    # what the writer lists as going well is not a worry, up to the next heading
    ("What's working well: dad is there for the school run and Lacey-Mae's attendance is back up to 96%.\n"
     "What needs to happen: support with mum's anxiety.", {"parental_mental_health"}),
    ("Strengths: mum has stopped drinking and the home is clean.\n\nWorries: school attendance is 71%.",
     {"school_attendance"}),
    # a figure reached is not a target
    ("Attendance is back up to 97% this term.", set()),
    ("We need to get attendance back up to 95%; it is 82%.", {"school_attendance"}),
    # violence to the mother the children saw is domestic abuse, not physical harm to them
    ("He hit her on Sunday night - Tyler and Ellie-Mae were in the room and saw it.", {"domestic_abuse"}),
    ("Worried about: mums anxiety, some days she can't get out of bed.", {"parental_mental_health"}),
])
def test_concerns_scoped_by_strengths_targets_and_witnesses(text, concerns):
    assert set(find_concerns(text, date(2032, 5, 11))) == concerns


@pytest.mark.parametrize("text", [
    "Worried about: mum's anxiety and panic attacks.\nWhat's working well: dad is home for the school run.\n"
    "What needs to happen: a TAF in six weeks.",
    "Worries: mum's low mood and the rent arrears.\nWhat is working well - nan helps every day.\n"
    "What needs to happen? parenting group at the hub.",
])
def test_signs_of_safety_with_the_worries_heading_told_short(text):
    assert find_signs_of_safety(text)[0], text


@pytest.mark.parametrize("text", [
    "I sent the MARF on Weds and my manager replied agreeing on Thursday.",
    "My team manager, approving it, signed the form.",
])
def test_a_manager_agreeing_in_other_tenses(text):
    assert find_manager_agreed(text)[0] is True


@pytest.mark.parametrize("text,got", [
    # police and court style: the surname in capitals
    ("Kelly YEO has two children:\nKayden YEO - DOB 14/02/2026\nRuby-Rose YEO - DOB 03/10/2029",
     [("Kayden Yeo", date(2026, 2, 14)), ("Ruby-Rose Yeo", date(2029, 10, 3))]),
    ("Halewood CAMHS - DOB 14/02/2026", []),
    # an age told after the name in a clause of its own, or guessed
    ("a girl who says her name is Destiny Okoro and she is 6, and her brother Jaylen Okoro who looks about 3.",
     [("Destiny Okoro", None), ("Jaylen Okoro", None)]),
])
def test_children_named_police_style_or_with_a_guessed_age(text, got):
    assert [(c.name, c.dob) for c in find_children(text, today=date(2033, 12, 27))] == got


def test_a_case_number_labelled_if_known():
    assert [i for i, _ in find_case_ids("Mosaic ID (if known) | 1573906")] == ["1573906"]


@pytest.mark.parametrize("text", [
    "Mum told the school office she will not have Lacey back.",
    "On Monday night mum told Lacey to get out after an argument.",
    "He was thrown out of the house by his dad last night.",
])
def test_a_parent_putting_a_child_out_is_neglect(text):
    assert "neglect" in find_concerns(text, date(2032, 3, 24))


def test_a_web_form_mailed_under_its_name_is_that_document():
    text = ("Multi-Agency Request for Support (MARF) - new submission\n\nA new request has been submitted.\n\n"
            "Your name | Selina Okonkwo\nRole | Early Help Practitioner\nChild's full name | Lacey Brennan\n"
            "Date of birth | 03/08/2018\nDescribe your concerns | Lacey slept on the stairwell.\n")
    assert "request_for_support" in pasted_documents(text)


def test_a_markdown_table_with_its_rule_row_is_read():
    text = ("| Mosaic ID | Name            | DOB        |\n|-----------|-----------------|------------|\n"
            "| 621550    | Lily Bradstock  | 04/01/2023 |\n| 621551    | Harry Bradstock | 22/07/2024 |\n")
    assert [i for i, _ in find_case_ids(text)] == ["621550", "621551"]
    assert [c.name for c in find_children(text, today=date(2033, 12, 1))] == ["Lily Bradstock", "Harry Bradstock"]


@pytest.mark.parametrize("text,ids", [
    ("Tia Bennett - DOB 27/09/2020 - Eclipse ID 3318207", ["3318207"]),
    ("Liquidlogic ID: 882001", ["882001"]),
    ("NHS ID 4857773", []),
    ("Police ID 1234567", []),
])
def test_another_councils_case_system_id(text, ids):
    assert [i for i, _ in find_case_ids(text)] == ids


@pytest.mark.parametrize("text,agreed", [
    ("Our Headteacher, Mr Ian Layton, agrees that this now needs social care.", True),
    ("My TM, Alison Crerand, is happy with the plan.", True),
    ("Manager's analysis (S. Quick, Team Manager, 21/12/2033): threshold for level 3 met.", True),
    ("Team Manager: threshold for level 3 not met.", False),
    ("Key person: Mr Dan Probert, Pastoral Manager at Wyebridge Academy - he has agreed.", None),
    ("My TM wants more info before agreeing.", None),
])
def test_manager_agreement_from_schools_clinics_and_torbays_analysis(text, agreed):
    assert find_manager_agreed(text)[0] is agreed


@pytest.mark.parametrize("text,got", [
    ("step up for Ezra Marsh-Obeng and Eden Marsh-Obeng (twins, DOB 19/05/2034), following a discussion",
     [("Ezra Marsh-Obeng", date(2034, 5, 19)), ("Eden Marsh-Obeng", date(2034, 5, 19))]),
    # a table's label cell is not part of the name after its tab
    ("Health\tKeanu Baptiste-Lowe (4): dental decay", [("Keanu Baptiste-Lowe", None)]),
    # an organisation's name, not two children
    ("Team Manager | Early Help Locality Team - Battersea & Nine Elms", []),
])
def test_twins_after_a_pair_tab_cells_and_organisation_names(text, got):
    assert [(c.name, c.dob) for c in find_children(text, today=date(2034, 8, 11))] == got


@pytest.mark.parametrize("text,children,consent", [
    ("Consent y - mum, 25/07.", (), True),
    ("Consent attached - mum (Kelly Stroud) signed the form at my visit this afternoon.", (), True),
    ("Chelsea agrees with the referral for a pre-birth assessment.", ("Mason Doyle-Adu",), True),
    ("Tyler agrees with the plan.", ("Tyler Smith",), None),        # the child's own view
    ("Consent: no - mum declined.", (), False),
    ("Consent - not yet asked.", (), None),
])
def test_consent_in_terse_notes_and_from_a_parent_named_by_first_name(text, children, consent):
    assert find_consent(text, children)[0] is consent


def test_a_terse_manager_yes():
    assert find_manager_agreed("TM y - R. Penwill, mgr analysis on LCS 26/07.")[0] is True


def test_a_consent_question_left_unanswered_is_not_consent():
    assert find_consent("Consent given?\tMum has not been asked yet – I am seeing her tomorrow")[0] is None


@pytest.mark.parametrize("text", ["Consent given: N/A", "Consent given: pending", "Consent - not yet asked."])
def test_a_consent_row_with_no_answer_is_not_consent(text):
    assert find_consent(text)[0] is None


# --- issue 17, after mixed18's first contact: concerns the writer files as the past ---------------

@pytest.mark.parametrize("text,absent,present", [
    # a heading on its own line heads the lines under it, to the next heading or blank line
    ("Past Harm\nDV between mum and dad - he has had no contact since.\n\nCurrent Concerns\nNeglect: no food in the house.",
     "domestic_abuse", "neglect"),
    ("History\nCP plan for neglect, then CIN.\n\nWhat are we worried about?\nMum's low mood.", "neglect", "parental_mental_health"),
    ("Hx:\nMARAC for domestic abuse.\nNow:\nHis attendance is 71%.", "domestic_abuse", "school_attendance"),
    # a form's question answered "N/A" on the line under it
    ("Merseyside Exploitation Assessment - CE/CSE concern.\nN/A\n\nGraded Care Profile (neglect)\nCompleted - attached",
     "exploitation", "neglect"),
    ("Engaging Families Toolkit followed?\nNo\nWorries: mum's drinking every night.", "non_engagement", "substance_misuse"),
    # only earlier years, and "closed", "ended" or "historic" next to the concern
    ("MARAC x 2 in 2032 (DA, dad) - closed 2033. Mum drinks most nights.", "domestic_abuse", "substance_misuse"),
    ("The CP plan (neglect) ended in 2031; mum's depression is the worry now.", "neglect", "parental_mental_health"),
])
def test_concerns_the_writer_files_as_the_past_are_not_current(text, absent, present):
    from bot.parser.extract.concerns import find_concerns
    found = find_concerns(text, date(2036, 10, 20))
    assert absent not in found and present in found, found


@pytest.mark.parametrize("text,present", [
    # an inline "Background:" line still tells the current worries after it
    ("Hx: CP plan ended Mar 27 -> CIN. Current: Mum - PMH, low mood.", "parental_mental_health"),
    # a closed plan told far from the concern does not file the concern away
    ("In 2023 mum had been drinking heavily, which led to the CP plan that ended in 2025.", "substance_misuse"),
    # this year's dates are not the past
    ("Domestic abuse in March 2036; the MARAC closed last week but he is back.", "domestic_abuse"),
])
def test_concerns_told_with_history_still_count(text, present):
    from bot.parser.extract.concerns import find_concerns
    assert present in find_concerns(text, date(2036, 10, 20))


@pytest.mark.parametrize("text", [
    "I need to step up Kenzie, date of birth 4th of the 11th 2026, TAF meeting to follow.",
    "Date of step up TAF meeting: TBC (w/c 17/11)",
    "TAF meeting in the week commencing 17/11, date to be confirmed.",
    "MASH screened 10/11: NFA for strategy.",  # a day and month already gone this year, not next year's
])
def test_what_is_not_the_meeting_day(text):
    from bot.parser.extract.meeting import find_meeting
    assert find_meeting(text, date(2036, 11, 12)) is None


def test_a_weekday_in_a_named_week_is_the_meeting_day():
    from bot.parser.extract.meeting import find_meeting
    m = find_meeting("Joint home visit: Wednesday w/c 24th November at 10am at the family home.", date(2036, 11, 12))
    assert m is not None and m.start is not None and m.start.hour == 10


@pytest.mark.parametrize("text,name", [
    ("LP: Helen Darby, SENCo, St Luke's CE Primary - agreed at the last CIN", "Helen Darby"),
    ("The final CIN is on Monday, and Orla has agreed to be lead practitioner.", "Orla"),
    ("Sam Reid will be the key person after the step down.", "Sam Reid"),
])
def test_the_lead_practitioner_by_label_or_in_prose(text, name):
    from bot.parser.extract.facts import find_lead_practitioner
    lp = find_lead_practitioner(text)
    assert lp is not None and lp.name == name


def test_a_pronoun_is_not_a_lead_practitioner():
    from bot.parser.extract.facts import find_lead_practitioner
    assert find_lead_practitioner("She has agreed to be lead practitioner.") is None


@pytest.mark.parametrize("text,value", [
    ("date of birth 4th of the 11th 2026", date(2026, 11, 4)),
    ("born on the 19th of the 2nd 2029", date(2029, 2, 19)),
])
def test_a_dictated_date(text, value):
    from bot.parser.extract.dates import find_dates
    assert [d.value for d in find_dates(text, date(2035, 2, 1))] == [value]


@pytest.mark.parametrize("text", [
    "My TM, Joanne Pike, has agreed the step up in principle but wants the health visitor's view first.",
    "Manager agreed subject to the health visitor's view.",
])
def test_agreement_in_principle_or_subject_to_something_is_not_yet_given(text):
    from bot.parser.extract.facts import find_manager_agreed
    assert find_manager_agreed(text)[0] is None


def test_consent_subject_to_a_condition_is_not_yet_given():
    from bot.parser.extract.facts import find_consent
    assert find_consent("Mum has consented subject to dad agreeing too.")[0] is None
    assert find_consent("Mum has consented to the step down.")[0] is True


@pytest.mark.parametrize("text,children,expected", [
    ("Worries: Efua's depression (she is under the community mental health team).", [], True),
    ("Gemma: depression - on medication since March.", ["Maisie Kavanagh"], True),
    ("Demelza was detained under section 2 of the Mental Health Act this morning.", ["Tayla Hocking"], True),
    ("Mum has been an inpatient at the Royal London mental health unit since September.", [], True),
    # a child's own worry, a heading, a negation: not a parent's mental health
    ("Maisie's anxiety about going into school.", ["Maisie Kavanagh"], False),
    ("Progress: attending the anxiety group.", [], False),
    ("Mum's own health is good and she is not under any mental health service.", [], False),
    ("Efua is not under any mental health service.", [], False),
])
def test_a_parents_mental_health_told_by_their_name(text, children, expected):
    from bot.parser.extract.concerns import find_concerns
    assert ("parental_mental_health" in find_concerns(text, date(2036, 11, 1), children)) is expected


@pytest.mark.parametrize("text,names", [
    ("Children: Tegan Hughes, Dylan Hughes\nCase: 616402", ["Dylan Hughes", "Tegan Hughes"]),
    ("Subject (child): Ellie-Mae Brennan", ["Ellie-Mae Brennan"]),
    # the field ends with its sentence: the parent named after it is not a child
    ("Children: Tyler Gwilliam and Evie Gwilliam. They live with their mum, Donna Gwilliam.", ["Evie Gwilliam", "Tyler Gwilliam"]),
])
def test_a_labelled_children_field_in_the_mail_itself(text, names):
    assert sorted(c.name for c in find_children(text, today=date(2036, 11, 1))) == names


@pytest.mark.parametrize("text,concerns", [
    # an adult's violence or aggression towards the mother or a partner, without the words
    ("Dad was arrested on Saturday night after assaulting mum.", ["domestic_abuse"]),
    ("The man she was with was beating her up most weekends.", ["domestic_abuse"]),
    ("Last night her partner, Scott, strangled her with his hands.", ["domestic_abuse"]),
    ("Ruby says he pushed mummy to the floor.", ["domestic_abuse"]),
    ("Kieran, whose abuse of mum is why the children were on a plan, rang her today.", ["domestic_abuse"]),
    ("Mr Ahmed is on police bail for an assault on Ms Ahmed.", ["domestic_abuse"]),
    ("She has been beaten up by her boyfriend twice this month.", ["domestic_abuse"]),
    ("Mum's partner assaulted her in front of both children.", ["domestic_abuse"]),
    ("Police were called to a domestic at the family home.", ["domestic_abuse"]),
    ("Neighbours called the police because of shouting between mum and Kyle.", ["domestic_abuse"]),
    ("Dad was shouting at mum when I arrived.", ["domestic_abuse"]),
    # the child is the one hurt: physical harm, not domestic abuse
    ("Lola said her mum's boyfriend grabbed her round the neck and hit her with his belt.", ["physical_harm"]),
    ("Jayden disclosed that his mum's boyfriend punched him in the face.", ["physical_harm"]),
    ("Tegan said mum's new boyfriend had grabbed her by the throat.", ["physical_harm"]),
    ("Ama saw fingertip bruising on both sides of Tegan's neck.", ["physical_harm"]),
    # the injury is a woman's: whose body the words name ("her" after a woman, "<adult>'s neck")
    ("Ms Kaczmarek told me Mr Bell grabbed her by the throat last night.", ["domestic_abuse"]),
    ("Ms Haddad opened the door with her left eye swollen shut.", []),
    ("Ama saw fingertip bruising on both sides of Danielle's neck.", []),
    ("The nurse saw bruising on mum's upper arm.", []),
    # told as an earlier day's incident, or a domestic chore: not a current concern
    ("Background: in March 2026 Mr Finnegan pushed Ms Finnegan down the stairs.", []),
    # domestic abuse told as the family's history, or ended by where the abuser is now
    ("In 2024 their father assaulted their mother and was convicted.", []),
    ("Background: the children were on plans because of domestic abuse by their father.", []),
    ("Dad is in prison for the assault on mum and there is a restraining order.", []),
    ("There was domestic abuse from dad; he moved abroad and there has been no contact since.", []),
    ("He is serving a four-year sentence for the assault on mum.", []),
    # ... but not when the sentence says it goes on, or the date is this year
    ("Mum's ex, who was violent to her in 2024, has been coming back to the house.", ["domestic_abuse"]),
    ("Three police call-outs since February for domestic incidents between mum and Liam.", ["domestic_abuse"]),
    ("Mum disclosed that her partner pushed her into a door on 1st May.", ["domestic_abuse"]),
    ("His violence towards his mum started after she left his dad in 2024.", ["domestic_abuse"]),
    ("Mum and dad share the domestic chores.", []),
])
def test_domestic_abuse_told_as_what_happened_to_the_mother(text, concerns):
    assert sorted(find_concerns(text, date(2026, 11, 23), ["Tegan Bevan", "Nova Bell"])) == concerns


@pytest.mark.parametrize("text,concerns", [
    # a parent's own disability is not the child's special needs
    ("Mum, Tasha Moore, has a learning disability.", []),
    ("Tegan's dad has a learning disability and struggles to read letters.", []),
    ("Dad has a learning disability and takes medication that makes him sleep deeply.", []),
    # ... the child's is, however the sentence begins
    ("Tegan has ADHD and an EHCP.", ["disability_send"]),
    ("Mum says Tegan has autism and finds changes hard.", ["disability_send"]),
    ("Mum struggles with Tegan's ADHD at bedtime.", ["disability_send"]),
    ("Mum is a full-time carer for Tegan, who has cerebral palsy.", ["disability_send"]),
])
def test_a_disability_is_the_childs_need_not_a_parents(text, concerns):
    assert sorted(find_concerns(text, date(2026, 11, 23), ["Tegan Bevan"])) == concerns


@pytest.mark.parametrize("text,names", [
    # a child introduced in the narrative
    ("There was a boy called Jacob Whitlock with them, about ten.", ["Jacob Whitlock"]),
    ("She gave her name as Sienna Pritchard and said she lived on the estate.", ["Sienna Pritchard"]),
    ("A little girl named Ava Jones-Kerr was at the door.", ["Ava Jones-Kerr"]),
    ("• 29/01/37 08:50 – Harvey Leckie arrived at school with a swollen eye.", ["Harvey Leckie"]),
    ("Tia Moran was dropped off at nursery by a neighbour.", ["Tia Moran"]),
    # a verb that opens the sentence is not the start of a name
    ("14/10/36 - First visit. Met Kieran Davies (10) and his sister Seren Davies (7).", ["Kieran Davies", "Seren Davies"]),
    ("Saw Arlo Searle (DOB 09/07/2027) at home.", ["Arlo Searle"]),
    # a child named by a parent of theirs
    ("Leah Markham's stepdad, Craig Dunmore, walked into the playground.", ["Leah Markham"]),
    ("this is Donna Reid Shanice Reid's mum I got this email off the letter", ["Shanice Reid"]),
    ("Aoife O'Neill’s nan rang the office.", ["Aoife O'Neill"]),
    # ... not an adult with a title, nor a first name after "I'm" or "It's"
    ("Mrs Begum's parents came to the meeting.", []),
    ("I'm Lacey-Mae's nan and I am worried.", []),
    ("It's Jayden's dad who rang.", []),
    # an adult arriving is not a child
    ("Mum, Kerry Tierney arrived at school drunk at 3pm.", []),
    ("The woman called Donna Price rang the office.", []),
])
def test_children_introduced_in_a_narrative(text, names):
    assert sorted(c.name for c in find_children(text, today=date(2037, 3, 1))) == names


@pytest.mark.parametrize("text,manager", [
    # a task agreed with the manager, a time agreed with the receiving council: not the request agreed
    ("I agreed with my manager on the phone this morning that I would chase school for the figures.", None),
    ("Following my call with your duty manager this morning - we've agreed Friday at 2pm for the case discussion.", None),
    ("My team manager and I agreed a date for the TAF.", None),
    # the request agreed
    ("I discussed and agreed the step up with my team manager today.", True),
    ("My team manager has agreed the step up.", True),
])
def test_manager_agreement_is_to_the_request_not_a_task_or_a_time(text, manager):
    assert find_manager_agreed(text)[0] is manager


@pytest.mark.parametrize("text,consent", [
    ("Consent: mum agrees with every plan we suggest, which has been part of the difficulty.", None),
    ("Dad agrees to anything you ask.", None),
    ("Dad rang to say he is withdrawing the consent they gave on Monday.", False),
    ("Mum is refusing consent for the referral.", False),
    ("Mum agrees with the step down.", True),
])
def test_consent_is_to_this_request_and_can_be_withdrawn(text, consent):
    assert find_consent(text)[0] is consent


@pytest.mark.parametrize("text,manager", [
    ("Agreed - threshold for L3 met. CM (TM)", True),
    ("Dan - agreed, this needs to go to MASH.\n\nBecky\nTeam Manager, The Bay Youth Project", True),
    ("I'm his team manager and I agree that the family needs to step up.", True),
    ("Agreed.\n\nSam\nFamily Support Worker", None),
])
def test_a_manager_known_by_their_own_signature_or_words(text, manager):
    assert find_manager_agreed(text, sender_is_manager=sender_is_manager(text))[0] is manager


def test_a_table_row_whose_last_cells_are_empty_is_still_a_record():
    """A case-system export (.csv) lists the adults too, with no school: "Kerry Tierney | 02/11/1996 |
    Mother | ". The rows are records all the same, and only the children are children."""
    from bot.parser.extract.tables import looks_like_table, table_records
    text = ("Full name | Date of birth | Role | School / setting\n"
            "Kerry Tierney | 02/11/1996 | Mother | \n"
            "Tyler Tierney | 14/06/2026 | Child | Ravenhurst Primary\n"
            "Lola Ashworth | 28/10/2034 | Child | \n")
    assert len(table_records(text)) == 3 and looks_like_table(text)
    assert [c.name for c in find_children(text, today=date(2037, 2, 25))] == ["Tyler Tierney", "Lola Ashworth"]


@pytest.mark.parametrize("text,children,concerns", [
    # an example, a hypothetical, a "no concerns about" list: not a worry told as a fact
    ("When not to use step up: for example a child who discloses abuse or an unexplained injury.", [], []),
    ("- If mum starts drinking again, she will ring her sponsor.", [], []),
    ("No concerns about her mental health or home conditions.", [], []),
    ("No concerns about school, but mum is drinking heavily again.", [], ["substance_misuse"]),
    # "her" is the child named before it
    ("Maddison's attendance is 68% and her low mood worries school.", ["Maddison Twist"], ["school_attendance"]),
    ("Maddison's attendance is 68% and mum's low mood is back.", ["Maddison Twist"],
     ["parental_mental_health", "school_attendance"]),
    # a hole punched in a door; relapsing multiple sclerosis; a lapse after sobriety
    ("He punched a hole in his bedroom door.", [], []),
    ("Dapo Ogunleye (multiple sclerosis, relapsing).", [], []),
    ("Mum has been sober since September but had a short lapse at New Year.", [], ["substance_misuse"]),
])
def test_concerns_told_as_examples_hypotheses_or_someone_elses(text, children, concerns):
    assert sorted(find_concerns(text, date(2037, 1, 20), children)) == concerns


@pytest.mark.parametrize("text,children", [
    # a phone mail typed all in lower case: the date of birth after two words names a child
    ("step down to level 3 for tia moran dob 03/02/2029 and jax moran dob 17/09/2033",
     [("Jax Moran", date(2033, 9, 17)), ("Tia Moran", date(2029, 2, 3))]),
    ("for lily-may o'neill dob 1/2/2030 pls", [("Lily-May O'Neill", date(2030, 2, 1))]),
    # an adult by date of birth, and words that are not a name
    ("mum kelly moran dob 03/02/1990", []),
    ("her brother dob 01/02/2020", []),
])
def test_children_named_in_lower_case_by_their_date_of_birth(text, children):
    assert sorted((c.name, c.dob) for c in find_children(text, today=date(2038, 5, 1))) == children


@pytest.mark.parametrize("text,expected", [
    # a name's capital outside Latin-1: Romanian, Vietnamese, Polish
    ("Children: Ana-Maria Popescu (DOB 08/04/2021) and Ștefan Popescu (DOB 12/12/2017).",
     [("Ana-Maria Popescu", "2021-04-08"), ("Ștefan Popescu", "2017-12-12")]),
    # the same child in a file name without accents and in the text with them
    ("Zofia Wisniewska - DOB 30/11/2022\nThe step up is for Zofia Wiśniewska (DOB 30/11/2022).",
     [("Zofia Wiśniewska", "2022-11-30")]),
    # a family name written first, and the same child in English order with the same date of birth
    ("Nguyễn Văn An (DOB 18/06/2019) and Nguyễn Thị Mai (DOB 02/02/2025). School knows them as An Nguyen "
     "(DOB 18/06/2019) and Mai Nguyen (DOB 02/02/2025).",
     [("Nguyễn Văn An", "2019-06-18"), ("Nguyễn Thị Mai", "2025-02-02")]),
    # a form group between the name and the date of birth
    ("Yusuf Mirza (8R, DOB 04/10/2016) wrote it in the first person.", [("Yusuf Mirza", "2016-10-04")]),
    ("Keira Doyle (10JW, DOB 01/09/2014) is in Year 10.", [("Keira Doyle", "2014-09-01")]),
])
def test_children_named_with_any_alphabet_order_or_form_group(text, expected):
    got = [(c.name, c.dob.isoformat() if c.dob else None) for c in find_children(text, today=date(2030, 4, 10))]
    assert got == expected, got


@pytest.mark.parametrize("text", [
    "Mum (Stacey Lowe) has long-standing depression and stopped her medication in the spring.",
    "Mum's PTSD - under the Traumatic Stress Service; still having flashbacks.",
    "This is mum's third psychotic relapse in 18 months.",
    "Dad has a diagnosis of bipolar disorder and is not taking his medication.",
    "Mum has a diagnosis of schizoaffective disorder and relapsed in May.",
    "Omar has PTSD from his army service and is on a waiting list.",
])
def test_a_parents_mental_illness_in_more_words(text):
    assert "parental_mental_health" in find_concerns(text, date(2030, 4, 1), ["Leo Lowe"]), text


@pytest.mark.parametrize("text", [
    "Mia's anxiety about school is the main worry.",
    "Mum's mental health is stable and she is well supported.",
    'EXAMPLE - delete before sending: "Mum has depression. The baby has a bruise." Write the worries here.',
])
def test_not_a_parents_mental_illness(text):
    assert "parental_mental_health" not in find_concerns(text, date(2030, 4, 1), ["Mia Lowe"]), text


@pytest.mark.parametrize("text,expected", [
    ("Manager authorisation: Rhian Davies, 04/02/2041", True),
    ("Team manager sign-off: Olu Bankole", True),
    ("Manager authorisation: Not Agreed", False),
    ("Manager sign-off: To Follow", None),
    ("Manager authorisation: Pending Review", None),
])
def test_a_manager_sign_off_field_filled_with_a_name(text, expected):
    from bot.parser.extract.facts import find_manager_agreed
    assert find_manager_agreed(text)[0] is expected, text


@pytest.mark.parametrize("earlier,asked", [
    ("Rhian - can I send the Hussain MARF to MAST? It's for Yasmin.", True),
    ("Hi Jo, may I refer the Ashcroft family on?", True),
    ("Rhian - the Hussain MARF went to MAST yesterday.", False),
])
def test_an_earlier_message_asking_its_addressee_to_agree(earlier, asked):
    from bot.parser.extract.facts import asked_to_agree
    assert asked_to_agree("Rhian" if earlier.startswith("Rhian") else "Jo", earlier) is asked


@pytest.mark.parametrize("text,expected", [
    # the answer on the line under its label
    ("Agreement by line manager:\nYes - see email", True),
    ("Agreement by line manager:\nNot agreed", False),
    # the agreement sent with the request
    ("Her team manager's agreement is below.", True),
    ("Please see my manager's approval attached.", True),
    ("I will ask for my manager's agreement below the line tomorrow.", None),
])
def test_manager_agreement_under_its_label_or_sent_with_the_request(text, expected):
    from bot.parser.extract.facts import find_manager_agreed
    assert find_manager_agreed(text)[0] is expected, text


def test_a_case_number_only_in_an_attachments_name():
    from bot.parser.pipeline import read_facts, read_message
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "a@example.org", "mash@example.org", "Step up request - Ashcroft girls"
    msg["Date"] = "Thu, 20 Dec 2040 10:00:00 +0000"
    msg.set_content("Please step up Lacey-Jo Ashcroft (DOB 21/08/2030). The form is attached.")
    msg.add_attachment(b"%PDF-1.4", maintype="application", subtype="pdf", filename="EHM-64477 Step Up Form - Ashcroft.pdf")
    m = read_message(bytes(msg), now=None, max_attachment_bytes=10**6)
    for a in m.atts:
        a.accepted, a.role = True, "step_up_form"
    m.accepted = m.atts
    assert [c[0] for c in read_facts(m, "step_up", "mash_step_up").case_ids] == ["EHM-64477"]


@pytest.mark.parametrize("text,consent,manager", [
    ("Hayley has told Sam she does not agree with a referral to Children's Services.", False, None),
    ("Confirming what I agreed with your duty TM on the phone: case discussion Tuesday at 10am.", None, None),
    ("I agreed the step down with my TM this morning.", None, True),
])
def test_who_agreed_what(text, consent, manager):
    from bot.parser.extract.facts import find_consent, find_manager_agreed
    assert (find_consent(text)[0], find_manager_agreed(text)[0]) == (consent, manager), text


@pytest.mark.parametrize("text,earlier", [
    ("Further to my step down email last Thursday, here is the plan.", True),
    ("The step up I sent on Monday is missing the minutes.", True),
    ("Here is the form for my step up yesterday.", True),
    ("My manager, Hywel Pritchard, agreed the step up yesterday.", False),
    ("We discussed the step down last week at supervision and I am sending it now.", False),
])
def test_an_earlier_request_told_in_words(text, earlier):
    from bot.parser.pipeline import EARLIER_REQUEST
    assert bool(EARLIER_REQUEST.search(text)) is earlier, text


@pytest.mark.parametrize("text,expected", [
    ("STEP DOWN REQ - JAYDEN COOMBE\n\nPLS BOOK A TRIAGE SLOT. STEP DOWN TO LEVEL 3 FROM SAT.\n\n"
     "JAYDEN COOMBE DOB 04/05/2031. LCS-2301187.", [("Jayden Coombe", "2031-05-04")]),
    ("STEP UP FOR LILY-MAY O'NEILL DOB 12/12/2032 AND TOMMY O'NEILL DOB 01/02/2035 - MUM AGREES.",
     [("Lily-May O'Neill", "2032-12-12"), ("Tommy O'Neill", "2035-02-01")]),
    # a heading in capitals in an ordinary mail is not shouting
    ("SAFETY PLAN AGREED 12/03/2037\nThe plan is working well.", []),
])
def test_children_in_a_mail_typed_in_capitals(text, expected):
    got = [(c.name, c.dob.isoformat() if c.dob else None) for c in find_children(text, today=date(2038, 5, 1))]
    assert got == expected, got


def test_a_label_alone_is_not_answered_by_the_next_label():
    from bot.parser.extract.facts import find_consent, find_manager_agreed
    assert find_manager_agreed("Agreement by line manager:\nContingency plan: | Grandmother to continue")[0] is None
    # a manager who did not agree to the step up is not the family refusing consent
    assert find_consent("I discussed this with my manager and she did not agree to the step up.")[0] is None


@pytest.mark.parametrize("text,consent", [
    ("Mum signed at the visit on Friday 16 May, so consent is done.", True),
    ("I went through the step down with mum on Tuesday and she's fine with us going ahead.", True),
    ("I went through the plan with dad on Tuesday and he put his name to it.", True),
    ("I raised Early Help with mum again on Tuesday and she told me to leave it.", False),
    ("He won't have social services in the house and says he'll take the kids to Cornwall.", False),
    ("Mum signed off sick from work last month.", None),
    ("Dad signed up for the parenting course.", None),
])
def test_consent_given_or_refused_in_the_familys_own_words(text, consent):
    assert find_consent(text)[0] is consent, text


@pytest.mark.parametrize("text", ["Cleared with Sarah (my TM) this morning.",
                                  "Updated MARF attached - the manager section is now signed."])
def test_manager_agreement_in_passing(text):
    assert find_manager_agreed(text)[0] is True, text


@pytest.mark.parametrize("text,children,concerns", [
    # told only with dates a year or more ago: the file's history, unless it goes on
    ("In March 2035 police found her alone in the flat while mum was out drinking.", [], []),
    ("In August 2035 the children's dad strangled mum in front of the children.", [], []),
    ("Mum has been drinking heavily since March 2035.", [], ["substance_misuse"]),
    ("In March 2035 dad started drinking again and he is still drinking now.", [], ["substance_misuse"]),
    ("In March 2035 he assaulted mum; there has been no contact since.", [], []),
    # who "her" is: the last woman or girl named before it
    ("Mum's ex-partner, Lee Carver, assaulted her in March and is under a non-molestation order.", [],
     ["domestic_abuse"]),
    ("The children's older sister, Kayleigh, who is 19, was assaulted in town on Friday.", [], []),
    ("Our client instructs us that this morning Mr Kitto forced entry and assaulted her.", [], []),
    ("Lily said that he hit her with a belt.", ["Lily Shaw"], ["physical_harm"]),
    ("Mum's partner assaulted her (Lily, 6) last night.", ["Lily Shaw"], ["physical_harm"]),
    # a relapse of an illness is not a relapse into drink or drugs
    ("This is mum's third psychotic relapse in 18 months.", [], ["parental_mental_health"]),
    ("Ffion is a young carer for mum, who has MS and has had two relapses this year.", [], ["young_carer"]),
    ("Dad relapsed on heroin in May.", [], ["substance_misuse"]),
    ("Mum relapsed with alcohol and her depression is back.", [], ["parental_mental_health", "substance_misuse"]),
    # out of reach now is not a pattern of not engaging
    ("Mum isn't answering her phone.", [], []),
    ("His mum is not answering the door.", [], []),
    ("Dad is not answering his phone or the door.", [], []),
    ("Mum has stopped answering my calls and cancelled three visits.", [], ["non_engagement"]),
    # a tool's name is not a worry; putting a child out is not a kick
    ("Engaging Families Toolkit - Signs of Well-being family engagement tool attached.", [], []),
    ("Dad kicked him out this afternoon.", [], []),
    ("Dad kicked him in the stomach.", [], ["physical_harm"]),
])
def test_concerns_of_the_past_of_an_adult_or_of_an_illness(text, children, concerns):
    assert sorted(find_concerns(text, date(2037, 1, 20), children)) == concerns


@pytest.mark.parametrize("text,expected", [
    # the age and its unit straight after the name, or in a clause of its own
    ("Kayla-Mae Tozer 3yrs in a cot, mum asleep.", [("Kayla-Mae Tozer", 3)]),
    ("her little ones Ruby Trewin who is 3 and Alfie Trewin 18 months.", [("Alfie Trewin", 0), ("Ruby Trewin", 3)]),
    ("the children are Ruby Kavanagh who is 2 and Jack Kavanagh who is 7 months", [("Jack Kavanagh", 0), ("Ruby Kavanagh", 2)]),
    ("The baby is Elin Vaughan, eleven weeks old.", [("Elin Vaughan", 0)]),
    ("Jo Bloggs 2 years of age", [("Jo Bloggs", 2)]),
    ("the kids (Harley Skyrme 7 and Mabel Skyrme 4) have not met him", [("Harley Skyrme", 7), ("Mabel Skyrme", 4)]),
    # a time, an event, an address: not an age
    ("Karen Smith 3 weeks ago said she would call.", []),
    ("Mum has known Lee Smith 2 years now.", []),
    ("Jane Smith 10 and John Smith 11:30 appointments.", []),
    ("Flat 7 and Block 4 share a stairwell.", []),
])
def test_a_childs_age_told_after_the_name(text, expected):
    assert sorted((c.name, c.age_years) for c in find_children(text, today=date(2038, 5, 1))) == expected


@pytest.mark.parametrize("text,expected", [
    ("She told us her name is Poppy Madley and that she is three.", ["Poppy Madley"]),
    ("He gives his name as Tuan Pham and says he is 15.", ["Tuan Pham"]),
    ("Her brother Mason Hannaway, who is in Year 3 at Cronton Park Primary, is not in either.", ["Mason Hannaway"]),
    ("- Kobe Asante-Whitlock (Freddie's half-brother), DOB: 2031-08-30, Mosaic ID 1390022", ["Kobe Asante-Whitlock"]),
])
def test_a_child_introduced_by_name_or_by_school_year(text, expected):
    assert [c.name for c in find_children(text, today=date(2038, 5, 1))] == expected


def test_a_month_and_year_is_not_a_day_of_that_month():
    assert find_dates("DOB March 2019 (approximate)", date(2027, 6, 1)) == []
    assert [d.value for d in find_dates("on March 3, 2019", date(2027, 6, 1))] == [date(2019, 3, 3)]


@pytest.mark.parametrize("subject,expected", [
    ("Kayla-Mae Tozer - need someone to ring me now", ["Kayla-Mae Tozer"]),
    ("Probably nothing - Freya Yeo", ["Freya Yeo"]),
    ("RE: Step up today - baby Jaxon Tully EHM-53402", ["Jaxon Tully"]),
    ("Theo Marchetti-Byrne Y4 - told us dad hurt him", ["Theo Marchetti-Byrne"]),
    ("Step down to Level 2 - Mason Kewley & Tiegan Ashcroft-Kewley - final CIN", ["Mason Kewley", "Tiegan Ashcroft-Kewley"]),
    # the sender's own name, a team, a place, an out-of-office: no child
    ("Sarah Jones - TAF minutes", []),
    ("Out of Office - Back on Monday", []),
    ("Re: Family Hub - Golden Valley", []),
])
def test_a_child_named_only_in_the_subject(subject, expected):
    from bot.parser.extract.children import named_in_subject
    assert [c.name for c in named_in_subject(subject, '"Sarah Jones" <sarah.jones@example.org>')] == expected


@pytest.mark.parametrize("subject,text,expected", [
    ("Probably nothing - Freya Yeo", "I saw Freya at the gate this morning.", ["Freya Yeo"]),
    # a heading whose words the mail writes in lower case; a first name the mail never uses
    ("Immediate Risk Screening - Form", "This is the immediate risk screening form, Immediate Risk Screening.", []),
    ("Probably nothing - Freya Yeo", "I saw her at the gate this morning.", []),
    # a person the subject itself calls an adult
    ("Missing - Chelsea Brimble - not a child - advice please", "Chelsea has not been home since Saturday.", []),
])
def test_a_name_in_the_subject_is_a_childs_only_when_the_mail_bears_it_out(subject, text, expected):
    from bot.parser.extract.children import named_in_subject
    assert [c.name for c in named_in_subject(subject, "", text)] == expected


def test_a_pdfs_lines_are_joined_where_its_page_broke_a_sentence():
    from types import SimpleNamespace
    from bot.parser.pipeline import _as_read
    text = ("Mum has given her consent to the step\ndown and signed the form.\n"
            "[ ] Radicalisation   [ ] School attendance   [ ] Young carer   [ ] SEND\nLatest case summary\n")
    read = _as_read(SimpleNamespace(content_type="application/pdf", filename="Step down.pdf", text=text))
    assert "consent to the step down and signed" in read
    assert "[ ] SEND\nLatest case summary" in read  # a form's row of boxes is not wrapped prose
    docx = SimpleNamespace(content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                           filename="Plan.docx", text=text)
    assert _as_read(docx) == text  # a Word document's paragraphs are whole already


@pytest.mark.parametrize("text,consent", [
    ("Ms Saskia Achterberg has given her informed agreement to the continuation of support.", True),
    ("Mum's given the nod to Early Help.", True),
    ("Dad has given us the go-ahead for the referral.", True),
    ("Mum is aware and in agreement.", True),
    ("My manager agreed it with me on Wednesday, and mum agreed to me contacting you on Tuesday.", True),
    ("I spoke to mum at pick-up about contacting you - she was not having it.", False),
    ("He said over his dead body is he having another worker through his door.", False),
    ("I'll try again before the TAF, but as it stands he doesn't consent.", False),
    ("She has not yet given her agreement.", None),
    ("Mum is having it done on Friday.", None),
])
def test_consent_in_more_of_the_familys_words(text, consent):
    assert find_consent(text)[0] is consent


def test_a_pdf_sentence_runs_on_through_a_date():
    text = "Parental consent: I went through the plan with Ms Begum on\n23/02/2043 and she has given her consent.\n1. Next steps"
    assert unwrap(text, document=True, soft=False) == (
        "Parental consent: I went through the plan with Ms Begum on 23/02/2043 and she has given her consent.\n1. Next steps")


def test_a_pdf_sentence_runs_on_into_brackets():
    text = "we talked about what she would do if a child ever took methadone\n(ring 999 at once; it is a medical emergency).\n(A) Next"
    assert unwrap(text, document=True) == (
        "we talked about what she would do if a child ever took methadone (ring 999 at once; it is a medical emergency).\n(A) Next")


def test_a_notifications_people_surname_first_in_capitals():
    text = ("VICTIM:                DUFFY, Kerry-Ann     DOB 12/12/1991\n"
            "  DUFFY, Tiana         DOB 17/08/2033  (11)  PRESENT - WITNESSED\n"
            "  DUFFY, Kane          AGE 14                PRESENT - IN BEDROOM\n"
            "  McGUIRE, Rio         DOB 02/02/2040\n"
            "Child\tOKAFOR-LEWIS, Remi\n")
    assert [(c.name, c.dob, c.age_years) for c in find_children(text, today=date(2044, 10, 1))] == [
        ("Tiana Duffy", date(2033, 8, 17), None), ("Kane Duffy", None, 14), ("Rio McGuire", date(2040, 2, 2), None),
        ("Remi Okafor-Lewis", None, None)]  # the victim, born in 1991, is an adult


def test_a_month_first_date_with_a_two_digit_year_that_ends_the_entry():
    assert [d.value for d in find_dates("Reece Molyneux - dob Nov 9 36", date(2044, 10, 1))] == [date(2036, 11, 9)]
    assert [d.value for d in find_dates("on Wed Nov 9 10 people came", date(2044, 10, 1))] == [date(2044, 11, 9)]


def test_two_adults_sharing_a_surname_after_parents_or_grandparents_are_not_siblings():
    text = ("Logan is 13 and lives with his grandparents, Graham Whittall and Pauline Whittall. "
            "Kelly's parents, Brian Tremain and Linda Tremain, live two doors down. "
            "The children, Amy Tremain and Ben Tremain, go to Roundham Primary.")
    assert [c.name for c in find_children(text, today=date(2043, 3, 1))] == ["Amy Tremain", "Ben Tremain"]


@pytest.mark.parametrize("text,agreed", [
    ("My team manager, Lucy Barnard, signed the MARF this morning.", True),
    ("TM (Jo Hext) ok'd it at 2pm anyway.", True),
    ("Team manager sign-off: I have read the C&F assessment and the draft TAF plan and I agree that the case can "
     "step down to Early Help.", True),
    ("Discussed with Reshma in supervision this morning and she's happy for this to go.", True),
    ("My manager will sign the MARF on Monday.", None),
    ("My TM has not signed the form yet.", None),
    ("Supervision is booked for Friday.", None),
])
def test_manager_sign_off_by_signing_okaying_or_in_supervision(text, agreed):
    assert find_manager_agreed(text)[0] is agreed


@pytest.mark.parametrize("text,name", [
    ("LP will be HV Anna Kowal, Tower Hamlets Health Visiting Service.", "Anna Kowal"),
    ("The LP is Sam Reid (school).", "Sam Reid"),
    ("LP: tbc", None),
])
def test_the_lead_practitioner_told_as_lp_will_be(text, name):
    found = find_lead_practitioner(text)
    assert (found.name if found else None) == name


@pytest.mark.parametrize("text,concerns", [
    # the figure now, not the one it came from; the attendance part of the sentence, not the sleep
    ("The twins' attendance is now 98%, up from 84% in the autumn.", []),
    ("Jayden's attendance has gone up from 81% to 92%.", []),
    ("Attendance has fallen from 95% to 82%.", ["school_attendance"]),
    ("Inaaya: on the waiting list for an autism assessment; poor sleep; attendance 95%.", ["disability_send"]),
    # the negation of the illness, told after the parent
    ("Her mum, Lowri Bowen, has no mental health difficulties of her own.", []),
    # a missed specialist appointment is health care missed, not a service refused
    ("Esme: two missed dermatology appointments this year.", ["neglect"]),
    # marked by the writer as context, not part of the request
    ("For context only - his older brother Tyler (16) is open to the exploitation team.", []),
])
def test_concerns_by_the_figure_now_the_negated_illness_and_context_only(text, concerns):
    assert sorted(find_concerns(text, date(2044, 11, 1))) == concerns


def test_a_manager_happy_only_for_the_worker_to_ask_has_not_agreed():
    text = ("My team manager, Rachel Pugh, doesn't agree with a step up - but we talked it through in supervision "
            "today and she is happy for me to ask for MASH's view.")
    assert find_manager_agreed(text)[0] is False


@pytest.mark.parametrize("text,used", [
    ("I used the Engaging Families toolkit with mum in May and it shows she engages when visits are at home.", True),
    ("The Engaging Families toolkit was completed on 3/5.", True),
    ("The Engaging Families toolkit tells us mum avoids professionals.", True),
    ("Engaging Families toolkit not used (engagement is not the concern).", False),
    ("I will use the Engaging Families toolkit next week.", False),
    ("Still needed: Engaging Families toolkit", False),
    ("We haven't used the Engaging Families toolkit yet.", False),
])
def test_the_engaging_families_toolkit_referenced_in_the_step_up(text, used):
    from bot.parser.extract.documents import toolkit_referenced
    assert bool(toolkit_referenced(text)) is used


@pytest.mark.parametrize("text,consent", [
    ("Mum (Kirsty Molyneux) is sound with it - she said someone coming to help would be great.", True),
    ("Dad's chuffed with the plan.", True),
    ("She's made up about the step down.", True),
    ("The sound was made up for the film.", None),
    ("Mum is sound asleep with the baby.", None),
])
def test_consent_in_the_familys_dialect(text, consent):
    assert find_consent(text)[0] is consent


def test_a_corrected_date_of_birth_and_an_order_that_is_not_a_child():
    from bot.parser.extract.children import labelled_dobs
    assert labelled_dobs("Correction: Mia's DOB should read 12/03/2031, not 21/03/2031.", date(2043, 3, 1)) == [date(2031, 3, 12)]
    assert find_children("Order:    Community Order (18 months) with a Rehabilitation Activity Requirement",
                         today=date(2044, 1, 1)) == []


# Injuries told by where they are and what they are, violence to the mother told through "her",
# bail that keeps an adult from the mother or the home, and an adult convicted of harming a child;
# with the scopes that keep each to the child of the request and to now.
@pytest.mark.parametrize("text,children,concerns", [
    ("The nursery saw fresh marks on her upper arm when she took her coat off.", ["Ruby Cole"], {"physical_harm"}),
    ("There is a lump above his left ear and a graze on his cheek.", [], {"physical_harm"}),
    ("Step-dad slapped Kian across the face at teatime.", ["Kian Lowe"], {"physical_harm"}),
    ("Her uncle beat her with a slipper on Sunday.", [], {"physical_harm"}),
    ("Gran says he shoved Ava into the fridge door.", ["Ava Hill"], {"physical_harm"}),
    ("He shoved Dana into the fridge door.", ["Ava Hill"], set()),  # Dana is not a child of the request
    ("Mum's new partner served four years for grievous bodily harm to a toddler in 2031.", [], {"physical_harm"}),
    ("He is on bail for assaulting a 4-year-old and stays at the flat most nights.", [], {"physical_harm"}),
    ("Mum phoned at 8; her husband came in drunk and choked her in the hallway.", [], {"domestic_abuse", "substance_misuse"}),
    ("Her mum's boyfriend hit her with the remote last night.", [], {"physical_harm"}),
    ("The victim had scratches to her neck when officers arrived.", [], set()),
    ("Dad is on bail not to contact mum or come to the flat.", [], {"domestic_abuse"}),
    ("Mr Price has bail conditions not to go to the address.", [], {"domestic_abuse"}),
    ("He is on bail not to contact Maisie.", ["Maisie Price"], set()),
    ("He's got mum pinned on the sofa by her throat.", [], {"domestic_abuse"}),
    ("She self-harms; there are cuts to her forearms.", [], set()),
    ("Nursery noticed a mark on her cheek on Monday. The health visitor looked today and no marks were seen.", [], set()),
    ("Past harm: Leon was hit with a belt by his father.", ["Leon Ward"], set()),
])
def test_concerns_injuries_bail_and_her(text, children, concerns):
    assert set(find_concerns(text, date(2036, 10, 20), children)) == concerns


# A child doing a carer's work, however it is told: by name, by age, by initials, by a pronoun
# whose sentence (or the one before) began with the child. The same work done by an adult is not it.
@pytest.mark.parametrize("text,children,young_carer", [
    ("Ifrah (11) is doing the shopping and cooking and getting Hamza (6) to school.", ["Ifrah Abdi", "Hamza Abdi"], True),
    ("Jack (13) is putting Ella to bed and getting her breakfast.", ["Jack Penhale", "Ella Penhale"], True),
    ("Lacey does loads of her care and misses school when mum has a bad day.", ["Lacey Ware"], True),
    ("Maisie is 14 and is the main carer for her dad.", [], True),
    ("What's left is Elowen - she is 11 and still does a lot for her mum.", ["Elowen Hocking"], True),
    ("A.K. has been getting B.K. to school and making L.K.'s meals.", ["Ayesha Khan", "Bilal Khan"], True),
    ("Ayaan opened the door holding his sister. He has been making Inaya's bottles and changing her nappy.",
     ["Ayaan Hussain", "Inaya Hussain"], True),
    ("Ruby's caring role for her mother has grown since the spring.", ["Ruby Dart"], True),
    ("Hodan (13) does the cooking, bathes and feeds her brother.", ["Hodan Warsame"], True),
    # an adult doing it, or nobody said
    ("Mum does all the cooking and gets Hamza to school.", ["Hamza Abdi"], False),
    ("Nan has been getting the twins to school since mum went into hospital.", ["Ava Lee", "Mia Lee"], False),
    ("Dad is the main carer since mum left.", ["Lee Pascoe"], False),
    ("She does the school run and makes the tea; the children are thriving.", ["Lily Rowe"], False),
    ("Lee Pascoe (dad) - sole carer since mum left in June", ["Lacey Pascoe"], False),
    ("The cooking course at college starts in May.", ["Tom Ball"], False),
])
def test_young_carer_told_by_the_work_a_child_does(text, children, young_carer):
    assert ("young_carer" in find_concerns(text, date(2040, 10, 20), children)) is young_carer


@pytest.mark.parametrize("text,children", [
    # a date of birth in a second language's order: "born the 3 of May of 2035"
    ("- Kian Walsh, born the 3 of May of 2035, ICS-1710452\n- Evie Walsh, born the 19 of October of 2038",
     [("Kian Walsh", date(2035, 5, 3), None), ("Evie Walsh", date(2038, 10, 19), None)]),
    # an age in a second language's words
    ("The boy is Matei Rusu, he has 7 years. His sister Ioana Rusu has 4 years, she is at nursery.",
     [("Matei Rusu", None, 7), ("Ioana Rusu", None, 4)]),
    # not an age: years of something else
    ("Mr Daniel Okafor has 30 years of experience.", []),
    ("Dad Mark Jones has 2 years left on licence.", []),
])
def test_children_in_second_language_wording(text, children):
    from bot.parser.extract.children import find_children
    got = [(c.name, c.dob, c.age_years) for c in find_children(text, today=date(2045, 3, 27))]
    assert got == children


# Round 7 concerns: the words people use for a parent's mood, a child's speech, a home without what
# a child needs, police called to the adults' rows, a parent in recovery; and what is none of these.
@pytest.mark.parametrize("text,concerns", [
    ("The mother is alone since the father go back to Poland. She is very depressed, she don't open the door.",
     {"parental_mental_health"}),
    ("Dad came to the meeting. He seemed low in mood.", {"parental_mental_health"}),
    ("Lily (14) has been off school. She is very anxious about exams.", set()),
    ("Dad came. He has low income.", set()),
    ("Ellie's needs are her speech (she is waiting for speech and language therapy) and her sleep.", {"disability_send"}),
    ("Tyler's speech is behind for his age.", {"disability_send"}),
    ("Tendai's speech therapy (three) and dental appointments missed.", {"neglect"}),
    ("The house was without heating for most of February and the food cupboards were bare on two visits.", {"neglect"}),
    ("Macy's 2-year check has been missed twice.", {"neglect"}),
    ("On Friday the children hadn't had breakfast at 11am.", {"neglect"}),
    ("The children are often alone on Saturday nights.", {"neglect"}),
    ("The 2-year check was done in May.", set()),
    ("Since her partner moved in the police have been called to the flat twice for arguments between them.",
     {"domestic_abuse"}),
    ("Police attended school after a fight between two pupils.", set()),
    ("Mum's drinking was a worry earlier in the year but she has been abstinent since June.", set()),
    ("Hair strand test: negative for cannabis over the last three months.", set()),
    ("She was abstinent but has relapsed and is drinking again.", {"substance_misuse"}),
    ("He has had breakfast and a hot drink with us.", set()),
])
def test_concerns_of_round_7(text, concerns):
    assert set(find_concerns(text, date(2040, 10, 20), ["Lily Rowe", "Tyler Rowe", "Tendai Ndlovu"])) == concerns


@pytest.mark.parametrize("text,children", [
    # a name and an age typed in capitals
    ("HIYA ITS HIS NAN\n\nKAYDEN MULLIGAN HE'S 6 HE GOES ST JOSEPHS IN HUYTON.", [("Kayden Mulligan", 6)]),
    # the full name once, the age against the first name
    ("I'm Imran Miah's big sister Ruksana, I'm 22.\n\nImran is 13 and he's hardly going in this term.", [("Imran Miah", 13)]),
    ("Siobhán Ní Bhriain (DOB 11/04/2035). Siobhán is 12.", [("Siobhán Ní Bhriain", None)]),
    # a child introduced as "the boy"
    ("the boy Zayan Chowdhury year 5 was crying in the back all the way today", [("Zayan Chowdhury", None)]),
    # not a child: an adult's age, a surname with "he's"
    ("Ruksana Miah is 22.", []),
])
def test_children_of_round_7(text, children):
    from bot.parser.extract.children import find_children
    assert [(c.name, c.age_years) for c in find_children(text, today=date(2047, 11, 1))] == children


# Round 7 forms and threads (blind set mixed29's tables, mixed30's changing facts).
@pytest.mark.parametrize("text,concerns", [
    # a row answered no in a cell of its own, by tab or by bar
    ("Domestic abuse\tN\tDad's conviction (2044); no contact since\nCSE / CCE | N | Screening closed", set()),
    ("Parental mental health\tY\tMum - depression\nNeglect\tN\t", {"parental_mental_health"}),
    # an empty box after a tab
    ("Neglect\t☐\nSchool attendance\t☑", {"school_attendance"}),
    # a form that ticks what applies crosses what does not
    ("Needs | ✔ Parental mental health (dad) ✘ Domestic abuse ✘ Neglect", {"parental_mental_health"}),
    # an item answered no straight after its label
    ("Presenting needs: Neglect (home conditions) = Yes; Domestic abuse = No; Substance misuse = No", {"neglect"}),
    ("Neglect - no food in the house on two visits.", {"neglect"}),
    # a question answered no on the same line, or the answer after it
    ("Is there domestic abuse in the household?     No Any injuries observed?   No", set()),
    ("Is any child subject to a CP plan?  No - the CP plan (neglect) ended on 12/11/2047", set()),
    ("Is there domestic abuse in the household?   Yes - dad hit mum last week.", {"domestic_abuse"}),
    # a child not back is missing; a carer not back is not
    ("Kai didn't come back from his friend's yesterday and nobody has seen him since 6pm.", {"missing"}),
    ("Mum says Kai went out at 4 and hasn't come back.", {"missing"}),
    ("She says mummy went out last night and didn't come back.", set()),
    ("She says Shanice left Nevaeh with her on Saturday and hasn't come back.", set()),
    # ... nor home since, gone since, reported missing by someone: told of a child, not an adult
    ("Kai has not been home since last Friday evening.", {"missing"}),
    ("Kai is 15; she's been gone since Friday after school.", {"missing"}),
    ("Mum reported Kai missing to the police on Saturday.", {"missing"}),
    ("Their dad has been gone since 2041 and mum copes well.", set()),
    ("Kai has been away for two nights at his nan's, as planned.", set()),
    # sexual assault, and hurt to a child's intimate parts, are sexual harm, not physical
    ("Index offence: sexual assault of a child under 13 (2056).", {"sexual_harm"}),
    ("Mr Hollis was convicted in 2055 of the sexual assault of a 12-year-old girl.", {"sexual_harm"}),
    ("Kai said it hurts his bottom when Uncle Lee plays the secret game.", set()),
    ("Dad assaulted Kai on Friday and he has a bruise on his arm.", {"physical_harm"}),
    # missed appointments are a health or a service's matter; missed home visits and TAFs are the plan's
    ("Mum has missed two appointments with the alcohol service.", {"substance_misuse"}),
    ("She has missed three of the four midwife appointments and two of our home visits.", {"non_engagement"}),
    ("Kayla did not come to the last two TAF meetings.", {"non_engagement"}),
    ("Mum hasn't engaged with any of the plan since February.", {"non_engagement"}),
    # school sessions a child missed are attendance, not the family's engagement
    ("Darragh stays home with mum on bad days; he has missed 19 sessions since January.", {"school_attendance"}),
])
def test_concerns_in_forms_of_round_7(text, concerns):
    assert set(find_concerns(text, date(2048, 3, 1), ["Kai Luscombe", "Nevaeh Cole", "Darragh McGettigan"])) == concerns


def test_form_rows_give_the_meeting_the_lead_practitioner_the_case_and_the_documents():
    rows = ("Route: final CIN meeting\nFinal CIN meeting date: 09/04/2048\nFinal CIN meeting time: 10:00\n"
            "Final CIN meeting venue: Kirkby Centre, Room 4")
    assert find_meeting(rows, date(2048, 4, 1)).venue == "Kirkby Centre, Room 4"
    assert find_meeting("Final CIN meeting arranged\tY\tWednesday 18/03/2048 at 14:00\nVenue\t-\tHuyton Hub, Room 2",
                        date(2048, 3, 11)).venue == "Huyton Hub, Room 2"
    assert find_lead_practitioner("Key person (lead)\tFfion Rees-Jenkins, School Nurse, Powys").agency == "School Nurse, Powys"
    assert find_lead_practitioner("[x] Lead Practitioner agreed: Tayo Adebisi, Family Support Worker").name == "Tayo Adebisi"
    lp = find_lead_practitioner("Key person name: Sophie Baskerville\nKey person agency: Leominster Children's Centre")
    assert (lp.name, lp.agency) == ("Sophie Baskerville", "Leominster Children's Centre")
    assert [i for i, _ in find_case_ids("Mosaic person ID: 2480099")] == ["2480099"]
    assert role_for("SA - Luscombe.pdf") == "assessment"
    summary = "Latest case summary: Poppy (6) lives with dad since mum moved to Ireland; " + "the assessment found him " * 5
    assert "case_summary" in pasted_documents(summary)
    assert "rationale" in pasted_documents("Rationale for step up | " + "no change after fourteen weeks of a TAF plan " * 3)
    assert "consent_form" not in pasted_documents("Consent: " + "mum agreed at the visit on Monday and asked " * 4)


@pytest.mark.parametrize("text,agreed", [
    ("My team manager's agreement is in the thread below - she didn't agree at first, but did once the toolkit was done.", True),
    ("My team manager didn't agree at first but has now confirmed the threshold for level 3 is met.", True),
    ("My manager did not agree, but did not say why.", False),
    ("Please note my manager has withdrawn her agreement to the step up.", False),
    ("This doesn't have management sign-off at the moment.", False),
    ("Unfortunately dad rang me first thing and has withdrawn his agreement.", None),
])
def test_a_managers_answer_that_changed(text, agreed):
    assert find_manager_agreed(text)[0] is agreed


def test_consent_sought_and_given_in_a_form_row():
    assert find_consent("✓ Consent for level 3 Early Help sought and given - mum, 16/01/2048")[0] is True


def test_a_date_of_birth_put_right():
    from bot.parser.extract.children import corrected_dobs
    assert corrected_dobs("Sorry - Poppy's date of birth is 12/03/2043, not 21/03/2043 (I swapped the day).",
                          date(2049, 6, 8)) == [(date(2043, 3, 12), date(2043, 3, 21))]
    assert corrected_dobs("CORRECTION: Lily-Rose's DOB should read 30/06/2039, not 03/06/2039.",
                          date(2049, 4, 15)) == [(date(2039, 6, 30), date(2039, 6, 3))]


# Consent told in round 10's styles: an EAL writer's bare "agree", a named parent agreeing to the
# worker contacting MASH, verbal consent with the written form still to come, "said yes", and a
# meeting transcript's "that's your consent"; a refusal or a form not signed is not consent.
@pytest.mark.parametrize("text,expected", [
    ("Mother agree verbally to the step down on the phone yesterday, I will bring the consent form on Tuesday.", True),
    ("Chelsea agreed to me contacting MASH.", True),
    ("Carys agreed to me referring to social care and she wants the help.", True),
    ("Mum gave her verbal consent to the step down this morning but she hasn't signed the written consent form yet.", True),
    ("Mum said yes on the phone on Monday to early help continuing the plan.", True),
    ("[00:15:02] Ciara Flanagan: Lovely, that's your consent then, I'll put that in the minutes.", True),
    ("Mum hasn't signed the consent form.", None),
    ("Mum has not given consent but dad has.", None),
    ("Is that your consent?", None),
])
def test_consent_in_round_10_styles(text, expected):
    assert find_consent(text, ("Tyler Smith",))[0] is expected


# Consent told by a parent's name (hyphenated, several, or knowing and agreeing), in a note's
# shorthand, or with where it was given; a parent by role waits for what is pending, and a manager
# agrees the step up rather than to it.
@pytest.mark.parametrize("text,expected", [
    ("Kerry-Ann knows we are asking and agrees to the step up.", True),
    ("Donna knows about the step up and has agreed to it - she wants help for Kyle.", True),
    ("Shanice has agreed to Early Help verbally on the phone this morning.", True),
    ("Fatima, Yasmin and Omar have all agreed to Early Help continuing the plan.", True),
    ("Mr O knows we are stepping up and has agreed to the referral.", True),
    ("Mother in agreement with Early Help continuing the plan.", True),
    ("Mum (Donna Jenkins) agreed on the phone this morning but I couldn't get out to her to sign the form.", True),
    ("Family consent to Early Help: ☐ Given ☐ Refused ☒ Not yet discussed - I will ask mum at my visit.", None),
    ("Colm agreed the step up in supervision.", None),
    ("Tyler agrees with the plan.", None),
])
def test_consent_by_name_and_in_shorthand(text, expected):
    assert find_consent(text, ("Tyler Smith",))[0] is expected


# A manager's agreement in a table row with a bare "Y", joined after a verb that waits, or as the
# instruction to send it; a manager who will agree later, or asked for something else, has not.
@pytest.mark.parametrize("text,agreed", [
    ("| TM agreement              | Y - K. Sandford 30/01/2029                    |", True),
    ("My team manager, Aisha Rahman, will join and agrees with the step down.", True),
    ("My manager, Nadim Rahman, has said to send this to you now as a step up and to ring.", True),
    ("My manager will read it and agree it tomorrow.", None),
    ("Nat (my TM) asked me to send the rationale over as it didn't go with the step up yesterday.", None),
    # the receiving team's duty manager agreeing a meeting's time, and probation's offender manager
    ("As agreed with Jasper Quint (EH duty manager) this morning, the step-down case discussion is on Thursday at 2pm.", None),
    ("Case discussion | Agreed with Jasper Quint (Early Help Duty Team Manager) on the phone: Friday at 10:00.", None),
    ("Confirming the step-down discussion agreed with the EH duty TM for Mon 18/10 at 2pm.", None),
    ("His offender manager, Andrea Lusty, confirmed this to me on Monday.", None),
])
def test_manager_agreement_in_a_row_a_joined_verb_or_an_instruction(text, agreed):
    assert find_manager_agreed(text)[0] is agreed


def test_a_possessive_is_not_part_of_a_childs_name():
    names = [c.name for c in find_children("I'm at the clinic for Harvey Treloar's appointment - Harvey Treloar (4) "
                                           "has a burn.", today=date(2030, 1, 1))]
    assert names == ["Harvey Treloar"]


@pytest.mark.parametrize("text,children", [
    # the family name first, in capitals, as the family write it
    ("CHEN Yutong (girl), DOB 08/03/2071, Mosaic 2801122\nCHEN Haoran (boy), DOB 30/10/2066",
     [("Chen Yutong", date(2071, 3, 8)), ("Chen Haoran", date(2066, 10, 30))]),
    ("Name (family name first)\tDate of birth\tICS\nKOVÁCS Bence\t07/08/2064\tICS-2204518",
     [("Kovács Bence", date(2064, 8, 7))]),
    # a record typed in the mail: the name, then the date of birth on the next line
    ("Name: Marie-Claire Tchoumi\nDOB: 02/09/2061 (11 years)\nAddress: 27 Holly Bank", [("Marie-Claire Tchoumi", date(2061, 9, 2))]),
    # a pupil by form class; the child a meeting is for
    ("Lily-Grace Penhaligon (6C) stayed behind after lunch and told me.", [("Lily-Grace Penhaligon", None)]),
    ("The step up TAF for Jenson Harrison is still on for Wednesday.", [("Jenson Harrison", None)]),
    # ... but not the parent whose children they are, nor a service in capitals
    ("Please find attached the step-down plan for Natalie Price's six children.", []),
    ("MASH Jayden, DOB 08/03/2071", []),
    # a full name, then the age in the next sentence; not an adult's age nor weeks of pregnancy
    ("I'm with Rayan Chowdhury now at the youth project. He's 14. He has been sleeping in the bin store.",
     [("Rayan Chowdhury", None)]),
    ("I rang Jade Cope this morning. She's 31 and fine.", []),
    ("I met Jade Cope today. She's 14 weeks pregnant.", []),
    # a clinic's patient with a date of birth; an adult patient is none
    ("Patient: Maryam Ali. DOB 22/04/2067.\nSeen: Saturday at 21:15.", [("Maryam Ali", date(2067, 4, 22))]),
    ("Patient: Kerry Pascoe. DOB 22/04/2040.", []),
    # a table with the children's ages; the child whose step request it is
    ("Name | Age | Arrived | Notes\nKayla Bowen | 8 | 07:40 | Same clothes.\nRiley Bowen | 5 | 07:40 | Wet through.\n",
     [("Kayla Bowen", None), ("Riley Bowen", None)]),
    ("Name | Age\nJade Bowen | 34\n", []),
    ("Adding to Mason Brimble's step up (EHM-743305).", [("Mason Brimble", None)]),
    ("Forwarding Lauren's step down, as asked.", []),
    # a pupil by class or year, or come into breakfast club; not a parent come into school
    ("Maja Kowalczyk from class 4 come to the kitchen door today and ask me for bread.", [("Maja Kowalczyk", None)]),
    ("Kian Doyle came into breakfast club at 8.15 with his hand wrapped.", [("Kian Doyle", None)]),
    ("Jane Doyle came into school for the meeting.", []),
    # an age given roughly; a pupil who told their own teacher (not a parent who told "the TA")
    ("Her dad is in there with her and her little brother Finn Rowe (about 3) all day.", [("Finn Rowe", None)]),
    ("the little lad - Dylan Shaw, he's about 6 - was on his bike on the drive.", [("Dylan Shaw", None)]),
    ("Tayo Bankole told his class teacher this morning that mum's boyfriend held him under.", [("Tayo Bankole", None)]),
    ("Jade Cope told the TA at pick-up that she was fine.", []),
    ("In March Chidera told her teacher about it.", []),
    # a service's name after a comma is no list of siblings
    ("Dr Helena Marsh, GP, Tower & Docklands Out of Hours GP Service.", []),
])
def test_children_named_the_way_families_and_forms_write_them(text, children):
    assert [(c.name, c.dob) for c in find_children(text, today=date(2073, 7, 1))] == children


@pytest.mark.parametrize("text", [
    # a parent's crisis told as what she did or hears, and a kinship carer's dementia
    "Mum was taken to hospital by ambulance at 7 this morning - she took a lot of her tablets last night.",
    "Mum rang me at 5pm, crying, and said the voices are back.",
    "Nan was diagnosed with Alzheimer's last autumn.",
    "Mum was admitted informally to the Elmwood Unit for three weeks in March.",
])
def test_a_parents_crisis_told_as_what_happened_is_parental_mental_health(text):
    assert "parental_mental_health" in find_concerns(text, date(2076, 5, 1))


@pytest.mark.parametrize("subject,text,names", [
    ("Letter from the school nurse - Oliver Mead, Year 4", "Please see my letter attached about Oliver Mead.", ["Oliver Mead"]),
    ("Ella-Rose Dyer 14 - gone to meet a man from Snapchat", "Ella-Rose left at 7 and is not back.", ["Ella-Rose Dyer"]),
    # not a heading with a number in it
    ("Safeguarding training - Year 10 - Room 14", "Training for staff.", []),
])
def test_a_child_named_in_the_subject_beside_a_year_or_an_age(subject, text, names):
    from bot.parser.extract.children import named_in_subject
    assert [c.name for c in named_in_subject(subject, "someone@example.org", text)] == names


# How people write a child's name in a report, not a form (blind sets, round 34): an age between
# commas, the school year before the date of birth, and a child giving their own name and age.
@pytest.mark.parametrize("text,name,dob,age", [
    ("Lily-Mae Corkhill, 14, from the 7pm squad came to me at the poolside crying.", "Lily-Mae Corkhill", None, 14),
    ("Kai Brennan-Lowe, 15, open to Early Help (Wandsworth).", "Kai Brennan-Lowe", None, 15),
    ("This morning Tanvir Islam in Year 6 (DOB 03/09/2015) told his class teacher.", "Tanvir Islam", date(2015, 9, 3), None),
    ("My name is Oskar Wiśniewski, I am 12 and in Year 7 at Whitecross.", "Oskar Wiśniewski", None, 12),
    ("hi im Mia Luscombe im 15 and we used to have Bex from early help", "Mia Luscombe", None, 15),
    ("She has given her name as Carys Bevan and says she is 15.", "Carys Bevan", None, 15),
])
def test_a_child_named_in_a_report(text, name, dob, age):
    found = find_children(text, today=date(2026, 12, 4))
    assert [(c.name, c.dob, c.age_years) for c in found] == [(name, dob, age)]


@pytest.mark.parametrize("text", [
    "I'm Sarah Jones, I'm 34 and worried about my neighbour's kids.",   # an adult by her age
    "Flat 2, 14 Hope Street, and then on Tuesday 4 March, 10, we met.",  # numbers that are not ages
])
def test_no_child_in_an_adults_words(text):
    assert find_children(text, today=date(2026, 12, 4)) == []


def test_a_child_writing_is_not_a_practitioners_request():
    from bot.parser.extract.children import a_child_writing
    assert a_child_writing("hi im Mia Luscombe im 15 and we used to have Bex from early help")
    assert not a_child_writing("She has given her name as Carys Bevan and says she is 15.")
    assert not a_child_writing("I'm Sarah Jones, I'm 34.")


@pytest.mark.parametrize("text", ["Pupil JM (Year 9) brought a knife to school.", "Student AB was seen by the nurse.",
                                  "Learner KT, Year 10, was excluded."])
def test_a_pupil_known_by_initials_is_no_named_child(text):
    assert find_children(text, today=date(2026, 12, 4)) == []


@pytest.mark.parametrize("text", [
    "We are writing following Noah's attendance at the Emergency Department at St George's Hospital on Saturday 4 May.",
    "The hospital's discharge letter asked us to let the Early Help team know about the attendance.",
    "Attached are the TAF minutes (attendance, apologies and the actions table are in the minutes).",
    "Jessica's attendance | GREEN | 93%",
])
def test_attendance_that_is_not_a_child_missing_school_is_no_concern(text):
    assert "school_attendance" not in find_concerns(text, date(2041, 5, 9))


@pytest.mark.parametrize("text", ["Since Zofia started at the school in September she has settled well.",
                                  "Child: Inaya Hussain, date of birth 02/03/2023, Blue Room.",
                                  "Under our Child Safety Referral Policy we have restricted the account."])
def test_an_opening_word_a_nursery_room_or_a_policy_is_no_child(text):
    names = [c.name for c in find_children(text, today=date(2026, 12, 4))]
    assert not any(n.split()[0] in ("Since", "Blue", "Safety", "Child") or n.endswith(("Room", "Policy")) for n in names), names


# How a child is named in a report, a record or a comment (rounds 41-46, after first contact):
# a label after a sentence on the same line, "the baby is …", a carer's or school's possessive, a
# DOB the name took in as a word, a DOB in a table cell, an age in brackets told as a clause, a
# child's name and age told by whoever took the call, a pupil's record.
@pytest.mark.parametrize("text,today,expected", [
    ("Persons: Female adult, gives name as Rita Varga (27). Child: Leo Varga, mother states age 2.", date(2056, 1, 26),
     [("Leo Varga", None)]),
    ("I believe the baby is Ruby Dunmore, about 9 months; Kerry told me she was using again.", date(2056, 1, 26),
     [("Ruby Dunmore", None)]),
    ("The child was Josh Kemp, who I think is about five.", date(2056, 1, 26), [("Josh Kemp", None)]),
    ("Ruby Castle's foster carer rang me at 9.40.", date(2056, 1, 26), [("Ruby Castle", None)]),
    ("Theo Marsh's class teacher saw the marks.", date(2056, 1, 26), [("Theo Marsh", None)]),
    ("Key person: Robert Tanner, Deputy Head, St Ethelbert's School.", date(2056, 1, 26), []),
    ("Name: Teddy Morgan-Price   DOB 19/09/2052   NHS No. 702 551 8846", date(2053, 1, 20),
     [("Teddy Morgan-Price", "2052-09-19")]),
    ("Patient | Aisha Khanom | DOB | 05/11/2049 (3 yrs) | Address | Flat 22", date(2053, 1, 20),
     [("Aisha Khanom", "2049-11-05")]),
    ("Lacey Tinsley in Year 2 (she is 7) came in this morning with marks on her neck.", date(2048, 5, 12),
     [("Lacey Tinsley", None)]),
    ("The caller said she is Tia Morgan and that she is 9.", date(2051, 10, 25), [("Tia Morgan", None)]),
    ("Pupil: Poppy Tozer, Reception (Kittiwake Class), DOB 11/01/2036.", date(2040, 1, 20),
     [("Poppy Tozer", "2036-01-11")]),
    ("Children: Tyler Smith, Evie Smith", date(2040, 1, 20), [("Tyler Smith", None), ("Evie Smith", None)]),
])
def test_a_child_named_in_a_report_record_or_comment(text, today, expected):
    got = [(c.name, c.dob.isoformat() if c.dob else None) for c in find_children(text, today=today)]
    assert got == expected


@pytest.mark.parametrize("text,attendance", [
    ("She has not been to school today. There is no other adult in the house.", False),
    ("She hasn't gone to school.", False),
    ("He isn't going to school today because of the hospital visit.", False),
    ("She has not been to school since Easter.", True),
    ("He hasn't been to school properly this term.", True),
    ("Tyler is not going to school at the moment.", True),
])
def test_one_days_absence_is_the_days_events_not_attendance(text, attendance):
    assert ("school_attendance" in find_concerns(text, date(2041, 5, 9))) is attendance


def test_abuse_in_the_home_a_child_has_left_is_the_past():
    text = ("Summer told me about things that happened when she lived with her birth dad: that he once hit "
            "her mum with a kettle.")
    assert "domestic_abuse" not in find_concerns(text, date(2045, 5, 9))


# Brothers and sisters told together (round 47, after first contact): one date of birth for twins
# or triplets, a list of first names and a surname, a list of full names, a heading over a list of
# the children one a line, and list rows that plain-text unwrapping must not join.
@pytest.mark.parametrize("text,expected", [
    ("Step down please for Mason Hesketh and Millie Hesketh, twins, both DOB 14/03/2051, ICS-2204518.",
     [("Mason Hesketh", "2051-03-14"), ("Millie Hesketh", "2051-03-14")]),
    ("The children are Seren Jones and Dafydd Jones, who are twins (DOB 07/09/2041), and Rhys Morgan (DOB 19/03/2046).",
     [("Seren Jones", "2041-09-07"), ("Dafydd Jones", "2041-09-07"), ("Rhys Morgan", "2046-03-19")]),
    ("The children are the triplets Ama, Abena and Akosua Mensah-Boateng (DOB 08/08/2049).",
     [("Ama Mensah-Boateng", "2049-08-08"), ("Abena Mensah-Boateng", "2049-08-08"), ("Akosua Mensah-Boateng", "2049-08-08")]),
    ("I spoke to Nusrat Khatun, Tahmina Khatun and Farhana Khatun (all DOB 04/04/2042, Year 5) on their own.",
     [("Nusrat Khatun", "2042-04-04"), ("Tahmina Khatun", "2042-04-04"), ("Farhana Khatun", "2042-04-04")]),
    ("the twins Andrei Dumitru and Bianca Dumitru, both born 17.06.2037 (14 years)",
     [("Andrei Dumitru", "2037-06-17"), ("Bianca Dumitru", "2037-06-17")]),
    ("Children (twins, both DOB 09/11/2041):\nKayla Roughley - ICS-2417730 - Year 6, St Aidan's CE Primary School\n"
     "Kenzie Roughley - ICS-2417731 - Year 6, Millbrook Park School (specialist)\n\nThe girls are twins.",
     [("Kayla Roughley", "2041-11-09"), ("Kenzie Roughley", "2041-11-09")]),
    ("Daisy Fenwick (DOB 02/06/2042) is 9. So that would be Blake, Harper and Oakley Fenwick at home with Daisy tonight.",
     [("Daisy Fenwick", "2042-06-02"), ("Blake Fenwick", None), ("Harper Fenwick", None), ("Oakley Fenwick", None)]),
    ("His grandparents, Graham Whittall and Pauline Whittall, came to the meeting.", []),
    ("We offer musical theatre, drama theatre and dance theatre on Saturdays.", []),
])
def test_brothers_and_sisters_told_together(text, expected):
    got = [(c.name, c.dob.isoformat() if c.dob else None) for c in find_children(unwrap(text), today=date(2052, 2, 1))]
    assert got == expected


def test_list_rows_are_not_joined_as_wrapped_prose():
    rows = ("Name                    DOB          School / setting\n"
            "Tianna Moss             03/06/2039   Year 8, Kirkby Brookfield Academy and more\n"
            "Alfie Brennan-Hughes    21/08/2048   Little Steps Nursery (mornings)")
    assert unwrap(rows) == rows
    listed = ("Kayla Roughley - ICS-2417730 - Year 6, St Aidan's CE Primary School, Halewood\n"
              "Kenzie Roughley - ICS-2417731 - Year 6, Millbrook Park School")
    assert unwrap(listed) == listed
    prose = ("Mum has been finding the mornings very hard since the baby arrived and she\n"
             "has asked for help with the school run.")
    assert "\n" not in unwrap(prose)


def test_a_question_whose_answer_boxes_are_empty_is_unanswered():
    from bot.parser.extract.facts import find_consent
    assert find_consent("Consent for level 3 Early Help given:        [ ] Yes  [ ] No")[0] is None
    assert find_consent("Consent for level 3 Early Help given:    [x] Yes  [ ] No")[0] is True


# Forms and HTML mail read as their writers meant them (round 48, after first contact): a form's
# concern answered "N/A" after a colon; a parent who "does not agree to us contacting MASH"; a venue a
# paragraph below its meeting; a form's question with its answer, "To follow", on the next line.
def test_a_concern_answered_not_applicable_after_a_colon_is_none():
    for text in ("Merseyside Exploitation Assessment - CE/CSE concern: N/A",
                 "Merseyside Exploitation Assessment - CE/CSE concern: not applicable."):
        assert "exploitation" not in find_concerns(text, date(2054, 11, 1))
    assert "exploitation" in find_concerns("Concern: exploitation by older males", date(2054, 11, 1))


@pytest.mark.parametrize("text,value", [
    ("Dad has said no. He does not agree to us contacting MASH.", False),
    ("Mum does not agree to school making a referral to social care.", False),
    ("My manager does not agree to us contacting MASH yet.", None),
])
def test_a_parent_who_does_not_agree_to_the_contact_refuses_it(text, value):
    from bot.parser.extract.facts import find_consent
    assert find_consent(text)[0] is value


def test_a_venue_a_paragraph_below_its_meeting_is_its_venue():
    from bot.parser.extract.meeting import find_meeting
    m = find_meeting("Final CIN meeting: Wednesday 18 November 2054 at 2pm\n\nVenue: Halewood Brook Primary School, "
                     "meeting room 2\n\nNew lead practitioner: Jo Kenwright", date(2054, 11, 12))
    assert m.venue == "Halewood Brook Primary School, meeting room 2"


def test_a_forms_question_answered_to_follow_on_the_next_line_is_no_document():
    from bot.parser.extract.documents import pasted_documents
    form = ("Recent TAF meeting minutes attached:\nTo follow\nDate of step up TAF meeting:\nWednesday 25/11/2054, 10:00\n"
            "Reason for step up:\n" + "The children have been left alone overnight and the worries have grown. " * 3)
    assert "taf_minutes" not in pasted_documents(form)
    pasted = "TAF minutes\n" + "Present: mum, school, health visitor. Actions agreed for each member. " * 4
    assert "taf_minutes" in pasted_documents(pasted)


@pytest.mark.parametrize("text,expected", [
    # a refusal, then consent given again in a later sentence: the later wins
    ("Consent - a bit of history: mum withdrew her consent last Tuesday after a falling-out with the school. She rang "
     "me this morning, apologised, and has given her consent again for Early Help to continue the plan.", True),
    ("Dad declined Early Help at the first visit. He has now given his consent after meeting the worker.", True),
    # consent given, with a limit on what may be shared: given
    ("Consent: Dad (sole carer) consents to Early Help continuing the plan. BUT he has been very clear that he does "
     "NOT consent to us sharing the assessment or the plan with Maya's school.", True),
    # ... but a refusal to share, with nothing given, is a refusal
    ("Mum does not consent to sharing information with the school.", False),
    # one parent objects and the manager records that the other's consent is enough
    ("Mum has consented to the step up and signed the form. Dad, who shares parental responsibility, told me he does "
     "not agree to social care being involved. My team manager's view: mum's consent is sufficient for the step up "
     "to go ahead.", True),
    # the parent as a pronoun declining what was explained
    ("I explained what Early Help offers and left her the leaflet, but at the moment she has declined.", False),
    ("She has declined the dental appointment.", None),
    # a question to the reader is not consent
    ("Hi, does anyone have the signed consent form for Jasmine and Reggie?", None),
])
def test_consent_that_changed_was_limited_or_was_asked_about(text, expected):
    assert find_consent(text)[0] is expected


def _reply(body: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"] = "jo.bell@torbay.gov.uk", "mash@torbay.gov.uk"
    msg["Subject"], msg["Message-ID"] = "Step down - Ollie Cann", "<c2@torbay.gov.uk>"
    msg["Date"] = "Wed, 14 Jun 2028 10:00:00 +0000"
    msg.set_content(body)
    return msg.as_bytes()


@pytest.mark.parametrize("quoted,expected", [
    # the parent's own words, forwarded under the request
    ("From: Dean Cann <dean.cann@example.com>\nSent: 12 June 2028 18:02\nSubject: Re: early help\n\nHi Jo, yes you "
     "have our consent for the early help, thanks", True),
    # an acknowledgement quoting what the protocol needs is not the family's word
    ("From: MASH <mash@torbay.gov.uk>\nSent: 12 June 2028 18:02\nSubject: Received\n\nThank you for your step-down "
     "request. Your reference is SB-torbay-12.\nStill needed:\n- the family's written consent has been given and signed", None),
])
def test_consent_told_only_in_a_forwarded_message(quoted, expected):
    from datetime import datetime, timezone
    from bot.parser import parse_message
    body = ("Please step down Ollie Cann (DOB 01/02/2024) to Early Help at level 3; the Single Assessment is attached."
            "\n\nJo Bell, Social Worker\n\n---------- Forwarded message ---------\n" + quoted)
    out = parse_message(_reply(body), pack=None, authority="torbay", mailbox="early_help_duty",
                        now=datetime(2028, 6, 14, 10, 5, tzinfo=timezone.utc)).contract
    assert out.consent is expected


@pytest.mark.parametrize("text,sender_is_manager,expected", [
    # a plan or form signed off under the manager's name
    ("Agreed - Rhian Watkins, Team Manager", False, True),
    ("Approved: Sam Ode (Deputy Team Manager)", False, True),
    # the manager writing: signed off, on a condition, with her agreement, in a colleague's absence
    ("I have signed off this step-down, on the condition that the first TAF review is at six weeks.", True, True),
    ("I have signed this step-down off on the condition that the nursery place starts on Monday.", True, True),
    ("I can also confirm that I have signed off this step-down in Ffion's absence.", True, True),
    ("Forwarding Kyle's step up for the Ashworth boys with my agreement.", True, True),
    ("I agree to this request going to MAST.", True, True),
    ("My manager has completed the management section and added a note this morning.", False, True),
    # ... refusing to sign it off, or not yet
    ("Please put this step-down on hold - I haven't signed it off and I'm not going to.", True, False),
    ("I haven't signed it off yet.", True, None),
    ("I am going to sign it off tomorrow.", True, None),
    # disagreeing with the worker's closure is not refusing the step down
    ("I've read her assessment and I don't agree with closure: I've overruled that and we are stepping down to "
     "you at Level 3 instead.", True, None),
])
def test_manager_sign_off_in_a_managers_own_words(text, sender_is_manager, expected):
    assert find_manager_agreed(text, sender_is_manager=sender_is_manager)[0] is expected


@pytest.mark.parametrize("text,concern,expected", [
    # what a child wears round the neck, a door kicked in, a drink spilled, school sessions missed
    ("Mia came in on her own, house key on a string round her neck.", "physical_harm", False),
    ("Her ex, Serkan, is at the door kicking it in and shouting he'll take Aylin.", "physical_harm", False),
    ("Her ex, Serkan, is at the door kicking it in and shouting he'll take Aylin.", "domestic_abuse", True),
    ("He hit her with his belt last night because she spilled her drink.", "substance_misuse", False),
    ("He hit her with his belt last night because she spilled her drink.", "physical_harm", True),
    ("He is late most days and has missed 31 sessions this term.", "non_engagement", False),
    ("Mum has missed three TAF meetings and two home visits.", "non_engagement", True),
    # an adult who did not come home is a carer gone, not a missing child
    ("Says mummy didn't come home from work and Theo is in his cot by himself.", "missing", False),
    ("Kai (14) didn't come home last night and his phone is off.", "missing", True),
    # an adult man as the victim of an old assault is no exploitation
    ("His conviction was for a serious assault on an adult man outside a pub in 2058.", "exploitation", False),
    ("She has been seen getting into cars with adult men after school.", "exploitation", True),
])
def test_concerns_read_from_what_the_words_are_about(text, concern, expected):
    assert (concern in find_concerns(text)) is expected


@pytest.mark.parametrize("text,names", [
    # an age between the name and a dashed date of birth
    ("Sophie Trewin 15 - DOB 03/06/2051\nJack Trewin 8 - DOB 19/09/2058", {"Sophie Trewin", "Jack Trewin"}),
    # two children each with a bare age, the second closing the sentence
    ("step down request for the Bickley boys LCS-4722071, Kai Bickley 4 and Reece Bickley 8. mums happy.",
     {"Kai Bickley", "Reece Bickley"}),
    # the case number first, the child's name after it in brackets (an acknowledgement's line)
    ("> Family: EHM-92940 (Brody Lunt)", {"Brody Lunt"}),
    # a team's name is no child; a record line is not run on into the next ("... Sixth Form College" / "Tomos ...")
    ("Social Worker | Children with Disabilities and Young Carers | Tower Hamlets", set()),
    ("Megan Bowen, DOB 01/12/2050 (17) - Year 13, Bishops Meadow Sixth Form College\nTomos Bowen, DOB 14/05/2056 (11)",
     {"Megan Bowen", "Tomos Bowen"}),
])
def test_children_in_more_layouts(text, names):
    from bot.parser.text import unwrap
    assert {c.name for c in find_children(unwrap(text), today=date(2067, 3, 1))} == names
