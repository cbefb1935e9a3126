#!/usr/bin/env python3
"""mixed76: builds 40 blind test mails, labels.json and categories.json, then checks them.
Standard library only (uses `holidays` for a cross-check when it is importable)."""
import json, os, sys, re
from datetime import timedelta, date
from email import policy
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *

HERE = os.path.dirname(os.path.abspath(__file__))

# ---- calendar -------------------------------------------------------------------------------
BANK_HOLIDAYS_2095 = {date(2095, 1, 1): "New Year's Day (a Saturday)", date(2095, 12, 25): "Christmas Day (a Sunday)", date(2095, 1, 3): "New Year's Day (substitute; 1 Jan is a Saturday)",
                      date(2095, 4, 22): "Good Friday", date(2095, 4, 25): "Easter Monday",
                      date(2095, 5, 2): "Early May", date(2095, 5, 30): "Spring", date(2095, 8, 29): "Summer",
                      date(2095, 12, 26): "Boxing Day", date(2095, 12, 27): "Christmas Day (substitute)"}

def is_wd(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS_2095

def wd_between(now, meeting):
    """working days d with today < d <= meeting date (Europe/London dates)"""
    t = now.astimezone(LON).date(); m = meeting.astimezone(LON).date(); n = 0
    d = t + timedelta(days=1)
    while d <= m:
        n += is_wd(d); d += timedelta(days=1)
    return n

def weekdays_between(now, meeting):
    t = now.astimezone(LON).date(); m = meeting.astimezone(LON).date(); n = 0
    d = t + timedelta(days=1)
    while d <= m:
        n += d.weekday() < 5; d += timedelta(days=1)
    return n

MB = {("knowsley", "mash_step_up"): "knowsleymash@knowsley.gov.uk",
      ("knowsley", "early_help_duty"): "FamilyFirst0-18DutyMailbox@knowsley.gov.uk",
      ("richmond_wandsworth", "mash_step_up"): "MASH-StepUP@richmondandwandsworth.gov.uk",
      ("richmond_wandsworth", "early_help_duty"): "EarlyHelpDuty@richmondandwandsworth.gov.uk",
      ("tower_hamlets", "mash_step_up"): "MAST@towerhamlets.gov.uk",
      ("tower_hamlets", "early_help_duty"): "EarlyHelpHub@towerhamlets.gov.uk",
      ("torbay", "mash_step_up"): "mash@torbay.gov.uk",
      ("torbay", "early_help_duty"): "earlyhelp@torbay.gov.uk",
      ("herefordshire", "mash_step_up"): "mash@herefordshire.gov.uk",
      ("herefordshire", "early_help_duty"): "earlyhelpcoordinators@herefordshire.gov.uk"}

SEED = {"knowsley": "004_ba08e3b9f619f49f.txt", "richmond_wandsworth": "000_ad98922a9b2c3c54.txt",
        "tower_hamlets": "001_7484577aab521096.txt", "torbay": "002_682540a1ccf30a2a.txt",
        "herefordshire": "003_d813ace460bad8eb.txt"}

ITEMS = []   # (fname, bytes, label, category, meta)

def ch(name, dob=None):
    return {"name": name, "dob": dob}

def add(fname, data, mailbox, when, delay, category, kind, urgent, level, case_ids, children, concerns,
        consent, mgr, missing, why, meeting=None, ooh=False, notice_kind=None):
    auth = fname.rsplit("_", 1)[0]
    now = when + timedelta(minutes=delay)
    notice_ok = None
    meta = {"ooh": ooh, "meeting": meeting}
    if notice_kind:   # Knowsley step_up / step_down: the policy sets 5 WD notice
        if meeting is not None:
            g = wd_between(now, meeting)
            notice_ok = g >= 5
            meta["given"] = g
            meta["weekdays"] = weekdays_between(now, meeting)
    if urgent:
        na = "alert_duty"
    elif kind == "auto_reply":
        na = "ignore"
    elif kind == "meeting_reply":
        na = "record_reply"
    elif kind == "follow_up":
        na = "attach_to_request"
    elif kind == "other" or (auth == "herefordshire" and kind == "step_up"):
        na = "human_review"
    elif missing or notice_ok is False:
        na = "request_info"
    else:
        na = "book_meeting"
    label = {"file": fname + ".eml", "authority": auth, "mailbox": mailbox,
             "now": now.isoformat(timespec="seconds"),
             "expect": {"kind": kind, "urgent": urgent, "level": level, "case_ids": case_ids,
                        "children": children, "concerns": sorted(concerns), "consent": consent,
                        "manager_agreed": mgr, "missing": sorted(missing), "notice_ok": notice_ok,
                        "next_action": na},
             "why": why}
    ITEMS.append((fname, data, label, category, meta))

R_URG = "DESIGN safety rule 1 (an immediate child-protection risk is never just queued; the people who can act at that hour are alerted) and the seeds README ('Safeguarding always overrides the protocols') -> urgent -> alert_duty, first in DESIGN's next_action order whatever the kind"
R_OTHER = "DESIGN 'kind': other (no step request: general enquiry, newsletter, misdirected) -> human_review; missing [] (no requirements for other)"
R_FU = "DESIGN 'kind': follow_up (a reply adding to an existing request, carrying its [SB-...] reference) -> attach_to_request; missing []"
R_NM = "DESIGN safety rule 1: negated, historic, hypothetical and resolved risks, and bulletins that list examples, must not trigger it -> not urgent"

# =============================================================================== KNOWSLEY
KM = MB[("knowsley", "mash_step_up")]; KF = MB[("knowsley", "early_help_duty")]
KBS = "Mash.Businesssupport@knowsley.gov.uk"
KDISC = ("This email and any attachments are confidential and intended solely for the addressee. "
         "If you have received it in error please notify the sender and delete it. Knowsley Council.")
K_SU = ("Knowsley seed 004_ba08e3b9f619f49f.txt section 4 'Cases Stepping-Up from Family First 0-18 ... on a Planned Basis' "
        "and Appendix 1 'FF Step Up request to CSC' (form, Case ID on EHM, date of step up TAF meeting, recent TAF minutes, "
        "agreement by line manager, 'at least 5 working days' notice'); REQUIREMENTS.md knowsley step_up")

def knowsley_01():
    f = "knowsley_01"; when = dt("2095-01-12 11:05"); mtg = dt("2095-01-19 10:00")
    m = new(f, "Rosalind Achebe <rosalind.achebe@knowsley.gov.uk>", KM, "Step up request - Callister - EHM-61207 - TAF Wed 19th Jan",
            when, "knowsley.gov.uk", cc=KBS, mailer="Microsoft Outlook 16.0")
    m.set_content(f"""Good morning MASH,

Please find attached the FF Step Up request to CSC for Tayla Callister (DOB 14/05/2086) and
Reece Callister (DOB 02/11/2089), Case ID on EHM: EHM-61207, together with the minutes of our last
TAF meeting (5 January) and the Teams invite for the step-up TAF meeting on Wednesday 19 January
2095 at 10:00.

Brief background: mum (Shannon) and dad (Kyle Callister) separated in summer 2093. Since the
autumn the handovers have become the flashpoint. Dad sends mum long strings of abusive messages
the night before his weekends, turns up early and sits outside the house, and on two occasions in
December the children came home saying dad had told them mum was "a liar who wants to keep them
from him". Tayla has started self-soothing by pulling her hair out at school and Reece wets the bed
after every contact weekend. Mum's anxiety is much worse and her GP has increased her medication.
We have tried a written contact plan, a neutral handover point and a referral to the parenting
after separation programme, which dad did not attend. The TAF feel the post-separation abuse and its
impact on the children now needs a statutory assessment.

My Team Manager, Aled Pryce, discussed this with me in supervision on 10/01/2095 and agreed to the
step-up. Mum is aware and in agreement. There has been no MASH screening recommendation for this
family. I have invited the current TAF members (school, school nurse, IDVA).

Thanks
Rosalind

Rosalind Achebe
Family First Case Manager (Level 3) | Knowsley Council
0151 496 0183

P.S. I know Wednesday is the preferred day - I've booked it for the Wednesday morning slot.

{KDISC}
""")
    att_docx(m, "FF Step Up request to CSC - Callister.docx", [
        "FF Step Up request to CSC", "Case ID on EHM: EHM-61207",
        "Has this family recently closed to Children's Social Care?: No",
        "Date of step up TAF meeting: Wednesday 19/01/2095 10:00 (Teams)",
        "Level of Engagement: medium - mum high, dad low. Engaging Families Toolkit: not relevant, step-up is not about non-engagement.",
        "Recent TAF meeting minutes attached: Yes (05/01/2095)",
        "What are we worried about? Post-separation abuse by father towards mother, focused on handovers; Tayla (8) hair pulling; Reece (5) enuresis after contact; mother's anxiety.",
        "What is working well? Mother engages with every session; school is a safe place for both children; maternal grandmother supports.",
        "What next? Statutory assessment of the impact of the father's behaviour; safe contact arrangements; IDVA support to continue.",
        "Agreement by line manager: Aled Pryce, Team Manager, 10/01/2095",
        "Contingency plan: if no step-up, TAF to review in 4 weeks with a contact safety plan."])
    att_pdf(m, "TAF minutes 05.01.2095 Callister.pdf", [
        "Team Around the Family - meeting minutes", "Family: Callister   EHM-61207   Date: 05/01/2095",
        "Present: Rosalind Achebe (chair), Shannon Callister, Mrs P Hale (school), J Osei (school nurse), IDVA.",
        "Discussion: handovers, messages from father, children's presentation since December.",
        "Agreed: case manager to discuss step-up with team manager."])
    cal = ics("REQUEST", "040000008200E00074C5B7101A82E008-callister-stepup", when, mtg, mtg + timedelta(minutes=90),
              "Step up TAF meeting - Callister (EHM-61207)", "Microsoft Teams Meeting", "rosalind.achebe@knowsley.gov.uk",
              [("Knowsley MASH", KM, "NEEDS-ACTION"), ("MASH Business Support", KBS, "NEEDS-ACTION")])
    m.add_attachment(cal.encode(), maintype="text", subtype="calendar", filename="invite.ics", params={"method": "REQUEST"})
    add(f, finish(f, m), "mash_step_up", when, 4, "ordinary", "step_up", False, None, ["EHM-61207"],
        [ch("Tayla Callister", "2086-05-14"), ch("Reece Callister", "2089-11-02")],
        ["domestic_abuse", "parental_mental_health"], True, True, [],
        "ORDINARY complete Knowsley step-up after separation: form (.docx, Appendix 1 headings), TAF minutes (.pdf), EHM-61207, "
        "'My Team Manager, Aled Pryce ... agreed to the step-up' -> manager_agreed true, 'Mum is aware and in agreement' -> consent true; "
        "TAF Wed 19 Jan 10:00 from the body and the .ics; now Wed 12 Jan -> 13,14,17,18,19 = 5 working days -> notice ok; missing [] -> book_meeting. "
        "Post-separation abuse -> domestic_abuse; mum's anxiety, medication increased -> parental_mental_health. Not neglect/non-engagement/exploitation, so no gcp2 etc. "
        "| Rule: " + K_SU + "; DESIGN notice arithmetic.", meeting=mtg, notice_kind=True)

def knowsley_02():
    f = "knowsley_02"; when = dt("2095-01-02 19:40"); mtg = dt("2095-01-07 13:30")
    m = new(f, "Dean Fairclough <dean.fairclough@knowsley.gov.uk>", KM, "Step Up - Mulgrew family EHM-58830",
            when, "knowsley.gov.uk", cc=KBS, mailer="Microsoft Outlook 16.0")
    m.set_content(f"""Hi all

Sorry for sending this on a Sunday night, I wanted it in before I'm back on Tuesday (bank holiday
tomorrow).

Step up request for Kacey Mulgrew (09/03/2088) and Alfie-Jay Mulgrew (30/07/2091), EHM-58830.

Since dad moved out in October mum has really struggled on her own. Home conditions have slipped
badly over Christmas - no working fridge, dog mess in the back bedroom, the children's bedding
soaked and not changed, Alfie-Jay has been sent to nursery hungry four times in December. The kids
spend most weekends at paternal nan's, who is worried too but says she can't take them full time.
The Graded Care Profile 2 was redone on 22/12 and has gone down in every area (attached).

Step up TAF meeting: Friday 7th January 2095 at 13:30, Huyton Family Hub, room 3 (invite
attached, current TAF members invited by me).

My manager Corinne Oduya has agreed the step up (see her note at the bottom of the form).

Docs attached: step up form, GCP2, TAF minutes from 15/12.

Dean Fairclough
Family First Case Manager
""")
    att_docx(m, "Step Up form - Mulgrew.docx", [
        "FF Step Up request to CSC", "Case ID on EHM: EHM-58830", "Date of step up TAF meeting: 07/01/2095 13:30",
        "What are we worried about? Neglect of the home and of the children's basic care since father left.",
        "What is working well? Paternal grandmother provides weekend care. Kacey attends school every day.",
        "What next? Statutory assessment; practical help with the home.",
        "Graded Care profile: completed 22/12/2094, scores lower in all areas.",
        "Agreement by line manager: Agreed - Corinne Oduya, Team Manager, 30/12/2094"])
    att_pdf(m, "GCP2 Mulgrew 22.12.2094.pdf", ["Graded Care Profile 2 (GCP2)", "Family: Mulgrew  EHM-58830",
            "Area 1 Physical care: 4  Area 2 Safety: 4  Area 3 Love: 3  Area 4 Esteem: 3"])
    att_docx(m, "TAF minutes 15.12.2094 Mulgrew.docx", ["TAF meeting minutes 15/12/2094", "Family: Mulgrew",
             "Present: D Fairclough, mum, nursery, school, health visitor.", "Agreed: GCP2 to be repeated."])
    add(f, finish(f, m), "mash_step_up", when, 6, "ordinary", "step_up", False, None, ["EHM-58830"],
        [ch("Kacey Mulgrew", "2088-03-09"), ch("Alfie-Jay Mulgrew", "2091-07-30")], ["neglect"], None, True, [],
        "ORDINARY Knowsley neglect step-up sent deliberately OUT OF HOURS on Sunday 2 Jan 2095 19:40. Form, GCP2 (.pdf, neglect -> gcp2 met), TAF minutes, EHM-58830, "
        "manager Corinne Oduya agreed -> true; consent not mentioned -> null (not a Knowsley step-up requirement). "
        "TAF Fri 7 Jan 13:30: working days after today (Sun 2 Jan) up to 7 Jan = 4,5,6,7 = 4 because Mon 3 Jan 2095 is the New Year's Day substitute bank holiday "
        "(plain weekdays would give 5) -> notice not ok -> request_info. No alarm: hungry children and a neglected home, but no immediate risk described "
        "(nan has them at weekends). | Rule: " + K_SU + "; REQUIREMENTS 'gcp2 when neglect'; DESIGN notice (working days, England & Wales bank holidays).",
        meeting=mtg, ooh=True, notice_kind=True)

def knowsley_03():
    f = "knowsley_03"; when = dt("2095-02-10 10:20"); mtg = dt("2095-02-17 10:00")
    m = new(f, "Bryony Tate <bryony.tate@knowsley.gov.uk>", KM, "FF step up - Kinsella - EHM-60114 - TAF 17/02",
            when, "knowsley.gov.uk", cc=KBS + ", Aled Pryce <aled.pryce@knowsley.gov.uk>", mailer="Microsoft Outlook 16.0")
    m.set_content(f"""Morning,

Step up request for Summer-Rose Kinsella, DOB 21/08/2087 (7), EHM-60114. Step up form and last TAF
minutes attached; step up TAF meeting booked for Thursday 17/02/2095 at 10:00 on Teams (Wednesday
was not possible for school). Aled (TM, copied) agreed this on Tuesday.

The step up was planned because of dad's continuing controlling behaviour towards mum since they
split - using the children to pass on threats, monitoring mum's phone through Summer-Rose's tablet
- and the TAF not being able to make any progress with him.

However, something new came up at my home visit yesterday afternoon. Summer-Rose told me and mum that
when she cries at dad's house, dad's partner Jade "puts my head under the bath water till I stop",
and that last time "I couldn't get my breath and I was sick". She showed us how, pushing her own
head down with both hands. She was very clear about it and said she did not want to go back.

Under the current arrangement dad picks her up from school at 3.15 today for his week with her. Mum
is frightened to stop it because dad has said he'll "go to court and take her off you". Nobody
from CSC has spoken to Summer-Rose yet. I am ringing the duty team as well as sending this.

Thanks
Bryony

Bryony Tate | Family First Case Manager | Knowsley Council | 0151 496 0247
{KDISC}
""")
    att_docx(m, "Step Up request - Kinsella.docx", ["FF Step Up request to CSC", "Case ID on EHM: EHM-60114",
             "Date of step up TAF meeting: 17/02/2095 10:00", "What are we worried about? Father's coercive control of mother after separation.",
             "What is working well? Mother and school. What next? Assessment by CSC.", "Agreement by line manager: Aled Pryce 08/02/2095"])
    att_pdf(m, "TAF minutes Jan 2095 - Kinsella.pdf", ["TAF meeting minutes 20/01/2095", "Family: Kinsella  EHM-60114",
            "Agreed: step-up to be discussed with team manager."])
    add(f, finish(f, m), "mash_step_up", when, 3, "urgent", "step_up", True, None, ["EHM-60114"],
        [ch("Summer-Rose Kinsella", "2087-08-21")], ["domestic_abuse", "physical_harm"], None, True, [],
        "URGENT STEP-UP: a planned step-up (form, TAF minutes, EHM-60114, manager Aled Pryce agreed and copied, TAF Thu 17 Feb 10:00 -> "
        "11,14,15,16,17 = 5 working days -> notice ok, missing []) whose middle paragraph reports a 7-year-old's disclosure yesterday that "
        "father's partner holds her head under the bath water until she cannot breathe, and that father collects her from school at 3.15 TODAY "
        "for a week at that house; nobody from CSC has seen her. No alarm word. " + R_URG + ". Concerns: coercive control of mum -> domestic_abuse; "
        "drowning-type assault -> physical_harm. | Rule: " + K_SU + ".", meeting=mtg, notice_kind=True)

def knowsley_04():
    f = "knowsley_04"; when = dt("2095-03-07 14:30"); mtg = dt("2095-03-11 10:00")
    m = new(f, "Hamish Ibbot <hamish.ibbot@knowsley.gov.uk>", KF, "Step down to level 2 - Oscar Brennan-Lowe - ICS 2230561",
            when, "knowsley.gov.uk", mailer="Microsoft Outlook 16.0")
    m.set_content(f"""Hello Family First duty,

I'm writing to let you know of my intention to step Oscar Brennan-Lowe (DOB 01/12/2084), ICS ID
2230561, down to a Level 2 Early Help service.

Final CIN meeting: Friday 11th March 2095, 10:00, Kirkby Family Hub, meeting room 2.

What are we worried about?
Oscar's attendance dips on Mondays after weekends at dad's (88% this term, Mondays 61%). His
parents still struggle to communicate about him and he has said he "feels in the middle".

What is working well?
Both parents now use a co-parenting app and handovers happen at school, so Oscar no longer sees
them argue. Oscar is doing well in football and has a good relationship with his learning mentor.
Both parents attended the parenting after separation course.

What needs to happen?
Learning mentor to lead a Level 2 Early Help plan focused on Monday attendance; parents to agree a
Sunday evening routine; review after six weeks.

New Lead Practitioner: Mrs Gemma Tarrant, Learning Mentor, Northwood Community Primary School -
she has agreed to take on the role. Mum and dad have both consented to the step down.

Kind regards
Hamish Ibbot
Social Worker, Child in Need Team
""")
    add(f, finish(f, m), "early_help_duty", when, 8, "ordinary", "step_down", False, 2, ["2230561"],
        [ch("Oscar Brennan-Lowe", "2084-12-01")], ["school_attendance"], True, None, [],
        "ORDINARY level 2 step-down after separation: level 2 stated; final CIN Fri 11 Mar 10:00 with venue; all three Signs of Safety headings; "
        "lead practitioner named with agency; both parents consented -> true; manager not mentioned -> null. 'ICS ID 2230561' -> '2230561'. "
        "Notice: now Mon 7 Mar -> 8,9,10,11 = 4 working days < 5 -> notice not ok -> request_info. Monday attendance -> school_attendance. "
        "| Rule: Knowsley seed 004_ba08e3b9f619f49f.txt 'Further support required from a Level 2 partner agency' and the final CIN meeting "
        "'At least 5 working days prior'; REQUIREMENTS.md knowsley step_down level 2 (meeting_details, worries_strengths_next, lead_practitioner).",
        meeting=mtg, notice_kind=True)

def knowsley_05():
    f = "knowsley_05"; when = dt("2095-03-21 09:50"); mtg = dt("2095-03-29 10:00")
    m = new(f, "Elinor Marsh <elinor.marsh@knowsley.gov.uk>", KF, "Step down L3 - Nowak-Byrne - joint home visit 29/03",
            when, "knowsley.gov.uk", mailer="Microsoft Outlook 16.0")
    m.set_content(f"""Hi duty,

Step down to Family First at Level 3 for Zofia Nowak-Byrne (10/04/2085) and Kuba Nowak-Byrne
(25/09/2088), ICS 2197744.

Joint home visit: Tuesday 29 March 2095 at 10:00 at the family home, 14 Ashgrove Close, Prescot.
Mum has consented to the referral to Family First.

For context, because you will see it on the file: in May 2093 the children's father took them to
Poland without mum's agreement. They were returned in July 2093 under the Hague Convention and the
proceedings finished in 2094. Dad lives in Gdansk; contact is by video twice a week, which has gone
well for over a year, and the order is being kept. The children's passports are held by mum's
solicitor. Nobody - including the court - has any current worry about another removal.

What are we worried about? Mum's anxiety, which still spikes around the children's birthdays and
school trips; Kuba's sleep.
What is working well? Mum's routines are excellent; both children are settled at school; the video
contact is predictable and positive.
What needs to happen? Family First support with mum's anxiety (referral to talking therapies made),
a sleep plan for Kuba, and help for mum to plan the summer.

Thanks, Elinor
Elinor Marsh, Social Worker, Knowsley CSC
""")
    add(f, finish(f, m), "early_help_duty", when, 2, "near_miss", "step_down", False, 3, ["2197744"],
        [ch("Zofia Nowak-Byrne", "2085-04-10"), ch("Kuba Nowak-Byrne", "2088-09-25")], ["parental_mental_health"], True, None, [],
        "NEAR MISS - AN OLD ABDUCTION NOW RESOLVED: the father's removal of the children to Poland was in May 2093, they were returned under the "
        "Hague Convention in July 2093, the proceedings ended in 2094, contact by video is kept and 'Nobody ... has any current worry'. "
        + R_NM + ". Level 3 stated; joint home visit Tue 29 Mar 10:00 (BST) with address; consent true; all three headings. Notice: now Mon 21 Mar -> "
        "22,23,24,25,28,29 = 6 working days -> ok; missing [] -> book_meeting. Mum's anxiety -> parental_mental_health; the abduction is history, not a "
        "concern id. | Rule: Knowsley seed 004_ba08e3b9f619f49f.txt 'Further support required from Family First at Level 3' ('a minimum of 5 days' notice', "
        "joint home visit, the three questions); REQUIREMENTS.md knowsley step_down level 3.", meeting=mtg, notice_kind=True)

def knowsley_06():
    f = "knowsley_06"; when = dt("2095-01-25 12:10")
    m = new(f, "Farah Lindqvist <f.lindqvist@rainbowcontactcentre.org.uk>", KM,
            "RE: [SB-knowsley-4471] Step up - Dunne - contact centre report as requested", when, "rainbowcontactcentre.org.uk",
            cc="Desmond Faulk <desmond.faulk@knowsley.gov.uk>", extra=[("In-Reply-To", "<sb-knowsley-4471@stepbot.knowsley.gov.uk>")])
    m.set_content("""Dear MASH,

As requested by Desmond for the step-up meeting, please find attached our observation report for the
supervised contact between Harley Dunne (DOB 17/06/2090, EHM-59921) and his father on Saturday
22 January.

In summary: father arrived on time, brought a snack and a game, and the contact was warm. At one
point father asked Harley whether "mummy's new friend stays over"; the supervisor redirected him and
he accepted it. Harley left happily and handover to mum's sister was calm. No safeguarding concerns
were noted. The next session is on 5 February.

Kind regards

Farah Lindqvist
Contact Centre Supervisor, Rainbow Child Contact Centre (NACCC accredited)
Registered charity no. 1199904

-----Original Message-----
From: Knowsley MASH step-up <knowsleymash@knowsley.gov.uk>
Sent: 20 January 2095 09:14
Subject: [SB-knowsley-4471] Step up - Dunne - documents requested
> Please send the latest supervised contact report before the step-up TAF meeting.
""")
    att_pdf(m, "Contact observation report 22.01.2095 - Dunne.pdf", [
        "Rainbow Child Contact Centre - Supervised contact observation report", "Child: Harley Dunne   Date: 22/01/2095  10:00-12:00",
        "Arrival: on time. Greeting: warm, child ran to father.", "Activities: snack, board game, drawing.",
        "Concerns: none. One question about mother's new partner, redirected.", "Supervisor: F. Lindqvist"])
    add(f, finish(f, m), "mash_step_up", when, 5, "near_miss", "follow_up", False, None, ["EHM-59921"],
        [ch("Harley Dunne", "2090-06-17")], [], None, None, [],
        "NEAR MISS - A ROUTINE CONTACT-CENTRE REPORT: supervised contact went well, 'No safeguarding concerns were noted'; the one question about mum's new "
        "partner was redirected. " + R_NM + ". Reply carrying [SB-knowsley-4471] with the report the MASH asked for -> " + R_FU + ". EHM-59921 as written. "
        "| Rule: Knowsley seed 004_ba08e3b9f619f49f.txt section 4 (documents for the step-up); DESIGN kind follow_up.")

def knowsley_07():
    f = "knowsley_07"; when = dt("2095-03-02 14:55")
    m = new(f, "Mrs L. Gorman (DSL) <dsl@staidans-knowsley.sch.uk>", KM, "Ellie-Mae and Jayden Whitfield - dad in reception now",
            when, "staidans-knowsley.sch.uk")
    html = html_wrap("""<p>To the MASH team,</p>
<p>Craig Whitfield, father of <b>Ellie-Mae Whitfield</b> (Y2, DOB 03/10/2088) and <b>Jayden Whitfield</b> (Reception,
DOB 11/02/2090), came into reception at 14:35 saying it is his day to collect. It is not - the children live with
mum and he has them on Saturdays. He smells strongly of alcohol, is unsteady on his feet, his speech is slurred and
he is holding his car keys. When the office said they would ring mum he started shouting and kicked the visitors'
chair over.</p>
<p>We have the children in my office with a teaching assistant. Mum (Leanne) is not answering her phone. Dad has now
gone out to his car, which is parked across the school gates, and says he will &quot;be waiting for them at 3.15&quot;
when the doors open. He has parental responsibility and we cannot physically stop him.</p>
<p>The family are open to Family First (EHM-60532, case manager Gwen Holloway), who I have also emailed.</p>
<p>Louise Gorman<br>Designated Safeguarding Lead, St Aidan's Catholic Primary School<br>0151 496 0712</p>""")
    m.set_content(html, subtype="html")
    add(f, finish(f, m), "mash_step_up", when, 2, "urgent", "other", True, None, ["EHM-60532"],
        [ch("Ellie-Mae Whitfield", "2088-10-03"), ch("Jayden Whitfield", "2090-02-11")], ["substance_misuse"], None, None, [],
        "URGENT - A PARENT TURNING UP DRUNK TO COLLECT (HTML-only mail from a school DSL at 14:55): father smelling of alcohol, unsteady, slurring, "
        "car keys in hand, kicked a chair, parked across the gates and says he will take the children at 3.15 when the doors open - in 20 minutes; "
        "mum unreachable, school cannot stop him. No alarm word. " + R_URG + ". Not a step request -> kind other. Drink -> substance_misuse. "
        "| Rule: Knowsley seed 004_ba08e3b9f619f49f.txt 'Any immediate safeguarding concerns should be communicated to the Duty Social Work Team in the "
        "Multi Agency Safeguarding Hub'; " + R_OTHER.split(';')[0] + ".")

def knowsley_08():
    f = "knowsley_08"; when = dt("2095-02-18 11:30")
    m = new(f, "Paul Heseltine <p.heseltine@halewoodacademy.sch.uk>", KF, "Question re collection policy - parent under the influence",
            when, "halewoodacademy.sch.uk")
    m.set_content("""Hi Family First team,

Quick one - we're rewriting our collection policy for the spring governors' meeting and I'd like to
get the wording right. If a parent ever arrived at the end of the day and staff thought they had been
drinking, and the parents were separated with the other parent not answering, what would you want us
to do? Ring MASH straight away, hold the child, call police?

We had something like this two years ago (that family has long since moved and the case closed), and
nothing like it is happening now - this is purely for the policy.

Many thanks
Paul Heseltine
Assistant Head / Deputy DSL, Halewood Academy
""")
    add(f, finish(f, m), "early_help_duty", when, 7, "near_miss", "other", False, None, [], [], [], None, None, [],
        "NEAR MISS - A HYPOTHETICAL in a policy question: 'If a parent ever arrived ... what would you want us to do?'; the one real case was two years ago "
        "and closed; 'nothing like it is happening now'. " + R_NM + ". No child, no request -> " + R_OTHER + ". No concern ids: nothing is described about a "
        "real family now. | Rule: Knowsley seed 004_ba08e3b9f619f49f.txt (Family First duty mailbox receives step-downs only); DESIGN kind other.")

# =============================================================================== RICHMOND & WANDSWORTH
RSU = MB[("richmond_wandsworth", "mash_step_up")]; RED = MB[("richmond_wandsworth", "early_help_duty")]
R_SU = ("Richmond & Wandsworth seed 000_ad98922a9b2c3c54.txt 'Process to Step Up' (the Early Help Team Manager emails the MASH Step Up inbox "
        "'with the latest case summary and the rationale') and 'Step Up Discussion' (invitation within 1 working day); REQUIREMENTS.md richmond_wandsworth step_up")
R_SD = ("Richmond & Wandsworth seed 000_ad98922a9b2c3c54.txt 'Process to Step Down' ('agree a time for a case discussion within 5 days of this contact - "
        "confirming this by email with the latest case summary and the draft plan') and 'Step Down to Early Help' (consent); REQUIREMENTS.md richmond_wandsworth step_down")

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01"; when = dt("2095-01-11 10:40")
    m = new(f, "Lorna Featherstone <lorna.featherstone@richmondandwandsworth.gov.uk>", RSU,
            "Step up - Okafor-Reid - Mosaic 1874220", when, "richmondandwandsworth.gov.uk", mailer="Microsoft Outlook 16.0")
    m.set_content("""Dear MASH Step Up,

Following a reflective discussion with our Early Help practitioner, Marcus Devlin, yesterday, I am
requesting a step up to Children's Services for:

  Nia Okafor-Reid      DOB 19/02/2083
  Tobias Okafor-Reid   DOB 08/07/2086
  Mosaic ID 1874220

Mum separated from Mr Reid last spring. Since then his behaviour has escalated: he has turned up at
the flat late at night on five occasions since November, the children have heard him threaten mum on
the doorstep, and he has contacted Nia (11) on social media asking where mum goes in the evenings.
Mum's depression has returned and she is finding it hard to keep the children's routines going.
Early Help work (safety planning, IDVA referral, school support) has not reduced the risk. Mum knows
about this step up and agrees with it.

The latest case summary and our rationale for the step up are attached. I'm the Early Help Team
Manager and I agree the step up.

Kind regards
Lorna Featherstone
Early Help Team Manager (Wandsworth North)
""")
    att_docx(m, "Case summary - Okafor-Reid Jan 2095.docx", ["Case summary", "Nia and Tobias Okafor-Reid, Mosaic 1874220",
             "Early Help involvement since June 2094 following parental separation.", "Father's late-night visits, threats at the door, online contact with Nia."])
    att_docx(m, "Rationale for step up - Okafor-Reid.docx", ["Rationale for step up to Children's Services",
             "Escalating post-separation abuse; mother's depression; Early Help plan has not reduced risk."])
    add(f, finish(f, m), "mash_step_up", when, 3, "ordinary", "step_up", False, None, ["1874220"],
        [ch("Nia Okafor-Reid", "2083-02-19"), ch("Tobias Okafor-Reid", "2086-07-08")],
        ["domestic_abuse", "parental_mental_health"], True, True, [],
        "ORDINARY complete R&W step-up sent by the Early Help Team Manager ('I agree the step up' -> manager_agreed true; 'Mum ... agrees' -> consent true): "
        "case summary and rationale attached -> missing [] -> book_meeting (stepbot invites within 1 WD). Escalating post-separation abuse -> domestic_abuse; "
        "mum's depression -> parental_mental_health. Not immediate: no incident now. 'Mosaic ID 1874220' -> '1874220'. | Rule: " + R_SU + ".")

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02"; when = dt("2095-02-15 15:20")
    m = new(f, "Harriet Pemberton-Shaw <hps@pembertonfamilylaw.co.uk>", RSU,
            "Beatriz and Tomas Ferreira - prohibited steps order - departure this evening", when, "pembertonfamilylaw.co.uk",
            mailer="Microsoft Outlook 16.0")
    m.set_content("""Dear Sir or Madam

We act for Mr Daniel Ferreira, the father of Beatriz Ferreira (born 14/09/2083) and Tomas Ferreira
(born 02/05/2087). We could not find a general children's services address and apologise if this is
the wrong inbox; please pass it on.

On 9 December 2094 the Family Court at Wandsworth made a prohibited steps order forbidding either
parent from removing the children from England and Wales. The children's Portuguese passports were
lodged with the mother's solicitors. At 13:05 today Beatriz sent her father a message reading "mum
got us new passports we are going to avo's in Lisbon tonight flight is 9.05 from Gatwick don't tell
her I told you". The mother collected both children from school at 13:30, two hours early, with
suitcases in the car. Her phone goes straight to voicemail.

Our client has reported this to the police (reference CAD 4471/15FEB) and we are applying to the
out-of-hours judge for a port alert. We would ask that someone from the local authority contacts our
client on 07700 900 412, as the children are due to fly in under six hours.

Yours faithfully

Harriet Pemberton-Shaw
Partner, Pemberton Family Law LLP

This email is confidential and may be legally privileged. If you are not the intended recipient,
please notify us and delete it. Pemberton Family Law LLP is authorised and regulated by the
Solicitors Regulation Authority.
""")
    add(f, finish(f, m), "mash_step_up", when, 3, "urgent", "other", True, None, [],
        [ch("Beatriz Ferreira", "2083-09-14"), ch("Tomas Ferreira", "2087-05-02")], [], None, None, [],
        "URGENT - A MOTHER ABOUT TO FLY ABROAD TONIGHT WITH THE CHILDREN AGAINST A COURT ORDER: prohibited steps order, new passports, the 11-year-old's "
        "message 'flight is 9.05 from Gatwick', children taken from school early with suitcases, phone off, flight in under six hours. Told in a "
        "solicitor's measured words, no alarm word. Police told but the children are not safe yet. " + R_URG + ". Misdirected letter, no step request -> other. "
        "Police CAD reference is not a case-system id -> case_ids []. No concern id fits a planned removal abroad (not exploitation, not yet missing) -> []. "
        "| Rule: seed 000_ad98922a9b2c3c54.txt ('immediate child protection concerns' go to the MASH by telephone, not the step-up process); DESIGN kind other.")

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03"; when = dt("2095-01-26 11:15")
    m = new(f, "Imran Sadiq-Holt <imran.sadiq-holt@richmondandwandsworth.gov.uk>", RED,
            "Step down - Ruby Ashworth (Mosaic 1902215) - case discussion Mon 31 Jan 14:00", when, "richmondandwandsworth.gov.uk",
            cc="Jasper Quint <jasper.quint@richmondandwandsworth.gov.uk>", mailer="Microsoft Outlook 16.0")
    m.set_content("""Hi Jasper / Early Help duty,

Further to our call this morning, confirming the step-down case discussion for Ruby Ashworth
(DOB 12/12/2089), Mosaic 1902215, on Monday 31 January 2095 at 14:00 on Teams.

Ruby has been on a CIN plan since the parents' separation in 2093. Mum's PTSD is now being treated
and she is engaging well; dad has regular staying contact which is going well, and the parents
communicate through a parenting app without incident. Both parents have consented to Early Help
continuing the plan. My team manager, Priya Dhillon, has agreed the step down and will attend.

Attached: latest case summary and the draft Early Help plan.

Thanks
Imran Sadiq-Holt
Social Worker, Family Support and Child Protection (Richmond)
""")
    att_docx(m, "Ashworth - case summary 25.01.2095.docx", ["Case summary - Ruby Ashworth, Mosaic 1902215",
             "CIN plan since 2093; mother's PTSD under treatment; contact with father going well."])
    att_docx(m, "Ashworth - draft Early Help plan.docx", ["Draft Early Help plan", "Outcome 1: Ruby's emotional wellbeing - school counsellor.",
             "Outcome 2: mother's recovery - continue trauma therapy.", "Outcome 3: co-parenting - parents keep using the app."])
    add(f, finish(f, m), "early_help_duty", when, 5, "ordinary", "step_down", False, None, ["1902215"],
        [ch("Ruby Ashworth", "2089-12-12")], ["parental_mental_health"], True, True, [],
        "ORDINARY complete R&W step-down: case discussion agreed by phone and confirmed for Mon 31 Jan (within 5 days of the contact), case summary and draft plan "
        "attached, both parents consented -> true, TM 'has agreed' -> true; missing [] -> book_meeting. No level stated -> null. Mum's PTSD -> parental_mental_health. "
        "| Rule: " + R_SD + ".")

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04"; when = dt("2095-02-03 09:35")
    m = new(f, "Oliver Brandt <o.brandt@westgatefamilysolicitors.co.uk>", RED,
            "Our client: Ms Kirsty Holt - Maisie Holt - arrangements (letter attached)", when, "westgatefamilysolicitors.co.uk")
    m.set_content("""Dear Early Help Team

Please see the attached letter regarding handover arrangements for Maisie Holt, with whom we
understand your service has been working.

Yours faithfully
Oliver Brandt
Solicitor, Westgate Family Solicitors

CONFIDENTIALITY: this email and its attachment are intended for the addressee only and may be
privileged. If received in error please notify us and delete them.
""")
    att_pdf(m, "Letter to Early Help 03.02.2095 - Holt.pdf", [
        "Westgate Family Solicitors", "3 February 2095", "Re: Maisie Holt (DOB 21/06/2088)",
        "We act for Ms Kirsty Holt in relation to child arrangements for her daughter Maisie.",
        "Handovers currently take place at the McDonald's car park on Upper Richmond Road. In 2093, before the",
        "current order, there was a verbal argument at a handover, which has not been repeated.",
        "Our client proposes that handovers move to the Sheen Child Contact Centre so that the parents need not meet.",
        "We should be grateful if you would confirm whether Early Help would support this proposal, and",
        "whether your records could be disclosed under the court's directions. Please reply within 14 days.",
        "Yours faithfully, Westgate Family Solicitors"])
    add(f, finish(f, m), "early_help_duty", when, 9, "near_miss", "other", False, None, [],
        [ch("Maisie Holt", "2088-06-21")], [], None, None, [],
        "NEAR MISS - A SOLICITOR'S LETTER ABOUT ARRANGEMENTS (PDF attachment): proposes moving handovers to a contact centre; the only incident is a verbal "
        "argument in 2093 'which has not been repeated'. " + R_NM + ". Letter, no step request -> " + R_OTHER + ". Child named in the PDF with DOB. "
        "| Rule: seed 000_ad98922a9b2c3c54.txt (defines step-down and step-up only); DESIGN kind other.")

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05"; when = dt("2095-03-09 17:50")
    inner_old = """From: Dani Kowalczyk <dani.kowalczyk@richmondandwandsworth.gov.uk>
Sent: 07 March 2095 10:02
To: Chelsea Prentice
Subject: RE: [SB-richmond_wandsworth-2207] Step-down review - Kayla Prentice (DOB 22/04/2091)

Hi Chelsea, the 4-week review of Kayla's plan is on Thursday 10th at 10am at the children's centre.
Is that still OK for you? Dani

From: Early Help Duty (stepbot)
Sent: 14 February 2095 09:31
Subject: [SB-richmond_wandsworth-2207] Step-down review - Kayla Prentice
Review meeting within 4 weeks of handover: please confirm a date."""
    mum = """From: Chelsea Prentice <chelsea.prentice94@gmail.com>
Sent: 09 March 2095 17:31
To: Dani Kowalczyk
Subject: Re: [SB-richmond_wandsworth-2207] Step-down review - Kayla Prentice

sorry dani can't do thursday. lewis is outside the flat now, been banging on the door for half an
hour saying hes taking kayla, hes kicked the glass in at the bottom of the door. me and kayla are in
the bathroom with the door wedged. i don't want to ring the police cos of last time

""" + inner_old
    m = new(f, "Dani Kowalczyk <dani.kowalczyk@richmondandwandsworth.gov.uk>", RED,
            "FW: Re: [SB-richmond_wandsworth-2207] Step-down review - Kayla Prentice", when, "richmondandwandsworth.gov.uk",
            extra=[("In-Reply-To", "<sb-rw-2207-b@stepbot.richmondandwandsworth.gov.uk>")], mailer="iPhone Mail (22A345)")
    m.set_content("Hi both, can Thursday's review be moved? See mum's reply below.\n\nSent from my iPhone\n\n"
                  "Begin forwarded message:\n\n" + mum + "\n")
    add(f, finish(f, m), "early_help_duty", when, 2, "urgent", "follow_up", True, None, [],
        [ch("Kayla Prentice", "2091-04-22")], ["domestic_abuse"], None, None, [],
        "URGENT IN A FORWARDED CHAIN: the Early Help worker forwards from her phone asking only to move Thursday's review; the forwarded mum's reply from 17:31 "
        "(19 minutes earlier) says the ex-partner is outside now, has kicked the door glass in, says he is taking the 3-year-old, and mum and Kayla are wedged "
        "in the bathroom; mum will not ring police. DESIGN safety rule 1: every part is read, quoted and forwarded history included. " + R_URG + ". "
        "Carries [SB-richmond_wandsworth-2207] -> follow_up (the urgent flag overrides attach_to_request). domestic_abuse. No case id written. "
        "| Rule: " + R_SD + " (review meeting within 4 weeks of handover); DESIGN safety rule 1.")

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06"; when = dt("2095-02-14 21:10")
    m = new(f, "Stefano Marchetti <stefano.marchetti71@outlook.com>", RSU, "my children Freddie and Lola - parental alienation!!",
            when, "outlook.com")
    m.set_content("""To whom is concerned,

I write again because nobody answer me. My ex wife Joanne is making a parental alienation against
me since we separate. She tell to Freddie and Lola that I am not a good father, that I don't pay,
that I care more for my new family. Now Freddie (9) he don't want to speak with me on the phone on
Wednesday and Lola (6) say "mummy says you are naughty". This is alienation, it is emotional abuse
and the social services must do something!!! In Italy this is recognised.

I see them every second weekend and they are happy with me, we go to cinema, I cook pasta, no
problem. It is only her poison. I want that you write to the court that she is alienating.

I have parental responsibility. I want a meeting with a social worker.

Stefano Marchetti
""")
    add(f, finish(f, m), "mash_step_up", when, 6, "near_miss", "other", False, None, [],
        [ch("Freddie Marchetti"), ch("Lola Marchetti")], [], None, None, [],
        "NEAR MISS - 'PARENTAL ALIENATION' WITH NO HARM DESCRIBED: an angry father (non-native English, weekday evening) accuses the mother of turning the "
        "children against him; contact every second weekend is happy; nothing has happened to either child. Calling it 'emotional abuse' is an accusation "
        "with no harm described. " + R_NM + " (and no immediate risk is described at all). Parent's complaint -> " + R_OTHER + ". Children's surname taken "
        "from the father's (no DOBs). | Rule: seed 000_ad98922a9b2c3c54.txt; DESIGN kind other.")

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07"; when = dt("2095-03-04 13:05")
    m = new(f, "Beth Onyango <beth.onyango@richmondandwandsworth.gov.uk>", RED, "Possible step down - Jaxon Ellery",
            when, "richmondandwandsworth.gov.uk", mailer="Microsoft Outlook 16.0")
    m.set_content("""Hi

I'd like to talk to someone about stepping Jaxon Ellery (05/08/2090, Mosaic 1915338) down to Early
Help. Jaxon lives with mum; dad's contact has been supervised at the contact centre since last year
because of his drinking, and there have been no incidents since. The CIN plan has done its job.

Latest case summary attached. I haven't done the draft Early Help plan yet - I'll write it over the
next week. I'll speak to mum about Early Help at Friday's visit.

Could the duty manager give me a ring to agree a time for the discussion?

Beth
Beth Onyango, Social Worker (Wandsworth CIN)
""")
    att_docx(m, "Case summary - J Ellery.docx", ["Case summary - Jaxon Ellery, Mosaic 1915338",
             "CIN since 2094. Father's contact supervised due to alcohol use. No incidents since August 2094."])
    add(f, finish(f, m), "early_help_duty", when, 4, "ordinary", "step_down", False, None, ["1915338"],
        [ch("Jaxon Ellery", "2090-08-05")], ["substance_misuse"], None, None, ["consent", "draft_plan"],
        "ORDINARY incomplete R&W step-down: case summary attached; draft plan 'I haven't done ... yet' -> draft_plan missing; 'I'll speak to mum about Early "
        "Help at Friday's visit' -> consent still to be asked -> null -> consent missing; manager not mentioned -> null. -> request_info. Dad's drinking "
        "(why contact is supervised) -> substance_misuse. | Rule: " + R_SD + "; DESIGN consent null for 'still to be asked'.")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08"; when = dt("2095-03-29 10:12"); start = dt("2095-03-31 14:00")
    m = new(f, "Keziah Bloom <keziah.bloom@richmondandwandsworth.gov.uk>", RED,
            "Declined: Step-down case discussion - Farrow [SB-richmond_wandsworth-2291]", when, "richmondandwandsworth.gov.uk",
            mailer="Microsoft Outlook 16.0")
    m.set_content("Sorry - on leave Thursday. Jasper Quint will cover the discussion for Early Help.\n")
    cal = ics("REPLY", "sb-richmond_wandsworth-2291-cd@stepbot", when, start, start + timedelta(minutes=60),
              "Step-down case discussion - Farrow [SB-richmond_wandsworth-2291]", "Microsoft Teams Meeting", RED,
              [("Keziah Bloom", "keziah.bloom@richmondandwandsworth.gov.uk", "DECLINED")],
              comment="Sorry - on leave Thursday. Jasper Quint will cover the discussion for Early Help.")
    m.add_alternative(cal, subtype="calendar", params={"method": "REPLY"})
    add(f, finish(f, m), "early_help_duty", when, 1, "ordinary", "meeting_reply", False, None, [], [], [], None, None, [],
        "ORDINARY iTIP REPLY (DECLINED) from the Early Help manager to a step-down case discussion invitation, in BST (+0100, after the clocks changed on "
        "Sun 27 Mar 2095); comment names cover, nothing else. DESIGN 'kind': meeting_reply -> record_reply; missing []. The family surname 'Farrow' names "
        "no child. | Rule: seed 000_ad98922a9b2c3c54.txt 'Step Down Case Discussion'; DESIGN meeting_reply.")

# =============================================================================== TOWER HAMLETS
TMAST = MB[("tower_hamlets", "mash_step_up")]; TEH = MB[("tower_hamlets", "early_help_duty")]
T_SU = ("Tower Hamlets seed 001_7484577aab521096.txt '5. Step Up' / '6. Key Aspects of Step Up' (request for support to MAST with management agreement); "
        "REQUIREMENTS.md tower_hamlets step_up (request_for_support, manager_agreed)")
T_SD = ("Tower Hamlets seed 001_7484577aab521096.txt 'Definitions' ('The Allocated social worker to arrange and chair the TAF meeting ... within 10 working days') "
        "and 'Stepping Down - From Child Protection/Child in Need' (consent, lead professional); REQUIREMENTS.md tower_hamlets step_down "
        "(assessment, draft_plan, consent, lead_practitioner)")
TDISC = "London Borough of Tower Hamlets - this email may contain confidential information. If received in error, tell the sender and delete it."

def tower_hamlets_01():
    f = "tower_hamlets_01"; when = dt("2095-01-27 16:40")
    m = new(f, "Shirin Ahmed <shirin.ahmed@towerhamlets.gov.uk>", TMAST, "Zayan Chowdhury - Mosaic ID 3310457 - handover this afternoon",
            when, "towerhamlets.gov.uk", mailer="Microsoft Outlook 16.0")
    m.set_content(f"""MAST,

I was at the Saver's Choice car park on Burdett Road at 16:15 to support a handover between
Zayan Chowdhury's parents (Zayan DOB 19/10/2090, Mosaic ID 3310457, open to Early Help).

Dad (Shahid Chowdhury) arrived angry about a text. He punched mum twice through her open car window
while Zayan was strapped in the back seat screaming. He then opened the back door, took Zayan out of
his seat and drove off with him in his own car - there is no child seat in it - heading towards the
A13. As he went he shouted "you'll never see him again".

I rang 999 at 16:32. Officers are with mum now (cut lip, swollen eye) but nobody knows where Zayan
and his dad are. Dad's phone is off. Mum says dad's brother lives in Ilford.

I'm still at the car park with mum.
Shirin

Shirin Ahmed, Family Support Worker, Early Help (Bow)
07700 900 871
{TDISC}
""")
    add(f, finish(f, m), "mash_step_up", when, 2, "urgent", "other", True, None, ["3310457"],
        [ch("Zayan Chowdhury", "2090-10-19")], ["domestic_abuse", "missing"], None, None, [],
        "URGENT - A HANDOVER AT A SUPERMARKET CAR PARK THAT TURNED VIOLENT IN FRONT OF THE CHILD: father punched mother through the car window while the "
        "4-year-old screamed in the back, then drove off with him without a child seat, 'you'll never see him again', phone off, 'nobody knows where Zayan "
        "and his dad are'. Police are with the mother, not with the child -> not 'handled with the child safe'. No alarm word. " + R_URG + ". "
        "Not a step request -> other. Violence to mum -> domestic_abuse; child's whereabouts unknown -> missing. 'Mosaic ID 3310457' -> '3310457'. "
        "| Rule: seed 001_7484577aab521096.txt (MAST; out of hours emergency numbers); DESIGN kind other.")

def tower_hamlets_02():
    f = "tower_hamlets_02"; when = dt("2095-01-18 11:20")
    m = new(f, "Quentin Ashdown <quentin.ashdown@towerhamlets.gov.uk>", TMAST, "Step up request - Begum - MAST request for support attached",
            when, "towerhamlets.gov.uk", cc="Nadim Rahman <nadim.rahman@towerhamlets.gov.uk>", mailer="Microsoft Outlook 16.0")
    m.set_content(f"""Dear MAST,

Please find attached a Request for Support to step up Sadia Begum (03/06/2082) and Rafi Begum
(27/01/2085), Mosaic 3287104, from Targeted Early Help to Children's Social Care.

Parents separated in 2093. Father lives nearby and the children spend weekends with him. Over the
last three months the children have reported him shouting at their mum at handovers and following
her home from the mosque; Sadia (12) is now refusing to leave mum's side and has stopped going to
her after-school club. Mum has told the IDVA she is frightened of him. The TAF plan has not
changed his behaviour and the children's distress is rising.

Mum has consented to this request. I have discussed it with my manager, Nadim Rahman (copied), who
agrees it should be stepped up.

Regards
Quentin Ashdown
Lead Practitioner, Targeted Early Help (Stepney)
{TDISC}
""")
    att_docx(m, "MAST Request for Support - Begum.docx", ["MAST Request for Support", "Children: Sadia Begum 03/06/2082; Rafi Begum 27/01/2085",
             "Mosaic: 3287104", "Reason: escalating post-separation abuse of mother by father; children's distress.",
             "Parental consent: given (mother) 14/01/2095", "Manager: Nadim Rahman - agreed"])
    add(f, finish(f, m), "mash_step_up", when, 3, "ordinary", "step_up", False, None, ["3287104"],
        [ch("Sadia Begum", "2082-06-03"), ch("Rafi Begum", "2085-01-27")], ["domestic_abuse"], True, True, [],
        "ORDINARY complete Tower Hamlets step-up to MAST: Request for Support attached; manager Nadim Rahman copied and 'agrees' -> true; 'Mum has consented' "
        "-> true; missing [] -> book_meeting. Father's abuse of mother at handovers -> domestic_abuse. Nothing happening now. | Rule: " + T_SU + ".")

def tower_hamlets_03():
    f = "tower_hamlets_03"; when = dt("2095-03-30 14:05")
    m = new(f, "Olwen Fairclough <olwen.fairclough@towerhamlets.gov.uk>", TEH, "Step down to Early Help - Leon Abara (Mosaic 3298876)",
            when, "towerhamlets.gov.uk", mailer="Microsoft Outlook 16.0")
    m.set_content(f"""Hello Early Help Hub,

I am stepping Leon Abara (DOB 12/03/2086), Mosaic 3298876, down to Early Help following my Child and
Family Assessment, which concluded on 25 March 2095.

Leon lives with mum; his parents separated acrimoniously last year and mum's mental health suffered,
but she now has a care coordinator and is much more stable. Dad sees Leon every Saturday without
difficulty. Mum has consented to Early Help and to a TAF plan.

Lead Practitioner: Ms Halima Yusuf, Family Support Worker, Chrisp Street Children and Family Centre.

I have arranged the TAF meeting, which I will chair, for Thursday 31 March 2095 at 10:00 at Chrisp
Street Children and Family Centre. The C&F assessment and the draft TAF plan are attached.

Kind regards
Olwen Fairclough
Social Worker, Assessment and Intervention
{TDISC}
""")
    att_pdf(m, "C&F Assessment - Leon Abara - 25.03.2095.pdf", ["Child and Family Assessment", "Leon Abara  Mosaic 3298876",
            "Outcome: step down to Early Help (TAF plan), concluded 25/03/2095"])
    att_docx(m, "Draft TAF plan - Abara.docx", ["Draft TAF plan - Leon Abara", "Lead practitioner: Halima Yusuf (Chrisp Street CFC)",
             "1. Mum's wellbeing - care coordinator. 2. Leon's friendships - school mentor."])
    add(f, finish(f, m), "early_help_duty", when, 6, "ordinary", "step_down", False, None, ["3298876"],
        [ch("Leon Abara", "2086-03-12")], ["parental_mental_health"], True, None, [],
        "ORDINARY complete Tower Hamlets step-down (BST, +0100): C&F assessment (.pdf) and draft TAF plan (.docx), consent, lead practitioner with agency, "
        "TAF Thu 31 Mar arranged and chaired by the social worker (within 10 WD of 25 Mar) -> missing [] -> book_meeting; manager not mentioned -> null. "
        "Mum's mental health -> parental_mental_health. | Rule: " + T_SD + ".")

def tower_hamlets_04():
    f = "tower_hamlets_04"; when = dt("2095-02-07 10:05")
    m = new(f, "Cafcass Safeguarding <safeguarding.enquiries.london@cafcass.example.gov.uk>", TEH,
            "Cafcass safeguarding enquiry - KAMARA - first hearing 03/03/2095", when, "cafcass.example.gov.uk")
    m.set_content("""OFFICIAL-SENSITIVE

Dear Colleague

Cafcass has received a private law application (child arrangements order) from Mr Sahr Kamara in
respect of:

  Idris Kamara      born 15/11/2088
  Fatmata Kamara    born 08/02/2091

Respondent: Ms Aminata Conteh (mother). First Hearing Dispute Resolution Appointment: 3 March 2095.

As part of our safeguarding checks, please tell us within 10 working days whether your service has
any current or past involvement with the family and, if so, a brief summary. Neither party has
raised any allegation of harm on the application form; the mother says the relationship ended in
2092 because of disagreements about money and the children's schooling. The children live with
their mother and have had no contact with their father since the summer.

This letter does not mean Cafcass has concerns about the family; it is sent in every case.

Yours sincerely
Ngozi Farrant
Family Court Adviser, Cafcass London

Cafcass - Children and Family Court Advisory and Support Service. This email is intended only for
the named recipient.
""")
    add(f, finish(f, m), "early_help_duty", when, 8, "near_miss", "other", False, None, [],
        [ch("Idris Kamara", "2088-11-15"), ch("Fatmata Kamara", "2091-02-08")], [], None, None, [],
        "NEAR MISS - A CAFCASS LETTER: routine safeguarding enquiry before a first hearing, 'Neither party has raised any allegation of harm', 'sent in every "
        "case'. " + R_NM + " (nothing alarming is described). Enquiry, no step request -> " + R_OTHER + ". No case-system id. "
        "| Rule: seed 001_7484577aab521096.txt (step-up/step-down only); DESIGN kind other.")

def tower_hamlets_05():
    f = "tower_hamlets_05"; when = dt("2095-01-21 12:30")
    m = new(f, "Priya Castellan <priya.castellan@towerhamlets.gov.uk>", TMAST, "Step up - Novak family - form to follow",
            when, "towerhamlets.gov.uk", mailer="Microsoft Outlook 16.0")
    m.set_content(f"""Hi MAST,

I'd like to step up Amelia Novak (09/09/2087) and Theo Novak (16/01/2092) to CSC. Mosaic 3301986.

Last Saturday (15th) at the handover at Mile End Leisure Centre, the children's father assaulted
mum's brother in front of both children. Police attended, dad was arrested, and on Monday the
magistrates remanded him in custody until his trial in April. The children have been at home with
mum all week, they are safe, and mum and the children have had support from the IDVA and from
school. There is a history of domestic abuse by dad going back to 2091 and this is the third
violent incident at a handover, which is why we feel a statutory assessment is now needed.

Mum has agreed to the referral and my manager Maryam Okonjo has agreed the step up. I'm finishing the
Request for Support form and will send it on Monday.

Priya Castellan
Early Help Practitioner
{TDISC}
""")
    add(f, finish(f, m), "mash_step_up", when, 4, "near_miss", "step_up", False, None, ["3301986"],
        [ch("Amelia Novak", "2087-09-09"), ch("Theo Novak", "2092-01-16")], ["domestic_abuse"], True, True, ["request_for_support"],
        "NEAR MISS - A HANDOVER ASSAULT ALREADY HANDLED BY POLICE WITH THE CHILDREN SAFE: last Saturday's assault, father arrested and remanded in custody, "
        "children 'at home with mum ... they are safe'. " + R_NM + " (resolved; the perpetrator is remanded). Step-up to MAST with manager Maryam Okonjo "
        "'agreed' -> true, mum 'agreed' -> consent true, Request for Support 'will send it on Monday' -> missing request_for_support -> request_info. "
        "domestic_abuse. | Rule: " + T_SU + ".")

def tower_hamlets_06():
    f = "tower_hamlets_06"; when = dt("2095-03-11 13:10")
    m = new(f, "Mr A. Rowntree <a.rowntree@cubittprimary.towerhamlets.sch.uk>", TMAST, "Amira Hossain Y4 - does not want to go to dad's tonight",
            when, "cubittprimary.towerhamlets.sch.uk")
    m.set_content("""Dear MAST

Amira Hossain (Year 4, DOB 02/08/2086) came to me at lunch in tears. She goes to her dad's every
other weekend and this is his weekend; he collects her from here at 3.15 today. She said she is not
going because "when daddy has his drinks he puts me out on the balcony in my pyjamas and locks the
door, all night", and that last Saturday he hit her with his belt because she knocked on the glass.

With a second member of staff present she showed us the backs of her legs: there are four raised red
and purple lines across both thighs. She asked me not to tell her dad she told.

Mum works until 6 and has not picked up; the arrangement between the parents is informal, there is
no court order. Amira is with our learning mentor.

Adam Rowntree
Deputy Head / DSL, Cubitt Primary School
""")
    add(f, finish(f, m), "mash_step_up", when, 3, "urgent", "other", True, None, [],
        [ch("Amira Hossain", "2086-08-02")], ["physical_harm", "substance_misuse"], None, None, [],
        "URGENT - A CHILD WHO REFUSES TO GO TO THE OTHER PARENT'S HOUSE THIS WEEKEND BECAUSE OF WHAT HAPPENS THERE: locked out on a balcony all night when "
        "dad drinks, hit with a belt last Saturday, fresh raised marks seen by two staff, and dad collects her at 3.15 today (two hours after the mail); mum "
        "unreachable. No alarm word. " + R_URG + ". School DSL report, no step request -> other. Belt marks -> physical_harm; 'when daddy has his drinks' -> "
        "substance_misuse. | Rule: seed 001_7484577aab521096.txt (MAST numbers); DESIGN kind other.")

def tower_hamlets_07():
    f = "tower_hamlets_07"; when = dt("2095-02-15 15:45")
    m = new(f, "Nadim Rahman <nadim.rahman@towerhamlets.gov.uk>", TEH, "Step down - Kaiden Osei",
            when, "towerhamlets.gov.uk", mailer="Microsoft Outlook 16.0")
    html = html_wrap("""<p>Hi team,</p><p>Step down request below.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Child</b></td><td>Kaiden Osei</td></tr>
<tr><td><b>DOB</b></td><td>04/04/2084</td></tr>
<tr><td><b>Mosaic</b></td><td>3302159</td></tr>
<tr><td><b>Reason</b></td><td>CIN plan since parents separated in 2094; home now settled; remaining need is attendance (79%)</td></tr>
<tr><td><b>Consent</b></td><td>Dad (main carer) and Kaiden consented on 11/02/2095</td></tr>
<tr><td><b>Draft plan</b></td><td>attached</td></tr>
<tr><td><b>C&amp;F assessment</b></td><td>with my manager for sign off - will follow</td></tr>
<tr><td><b>Lead practitioner</b></td><td>not identified yet - hoping school's attendance officer will take it</td></tr>
</table>
<p>Nadim Rahman<br>Senior Practitioner, Children's Social Care</p>""")
    m.set_content("Step down request - Kaiden Osei 04/04/2084, Mosaic 3302159. Consent given 11/02/2095 by dad and Kaiden. Draft plan attached. "
                  "C&F assessment with my manager for sign off - will follow. Lead practitioner not identified yet.\n")
    m.add_alternative(html, subtype="html")
    att_docx(m, "Draft TAF plan - Kaiden Osei.docx", ["Draft TAF plan - Kaiden Osei", "Outcome: attendance above 90% by July."])
    add(f, finish(f, m), "early_help_duty", when, 5, "ordinary", "step_down", False, None, ["3302159"],
        [ch("Kaiden Osei", "2084-04-04")], ["school_attendance"], True, None, ["assessment", "lead_practitioner"],
        "ORDINARY incomplete Tower Hamlets step-down in an HTML table: consent given -> true; draft plan attached; C&F assessment 'will follow' -> assessment "
        "missing; lead practitioner 'not identified yet' -> missing -> request_info. Manager's sign-off is pending -> manager_agreed null. Attendance 79% -> "
        "school_attendance. | Rule: " + T_SD + ".")

def tower_hamlets_08():
    f = "tower_hamlets_08"; when = dt("2095-01-24 08:02")
    m = new(f, "Ade Ogunleye <ade.ogunleye@towerhamlets.gov.uk>", TMAST,
            "Automatic reply: [SB-tower_hamlets-1193] Step up received - Rahman", when, "towerhamlets.gov.uk",
            extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                   ("In-Reply-To", "<sb-th-1193@stepbot.towerhamlets.gov.uk>")])
    m.set_content("""I am on annual leave until Monday 31 January 2095 with no access to email.

For anything about my allocated families please contact my team manager, Maryam Okonjo. If you are
worried a child is at risk of harm please call MAST on 0207 364 5606/5601 (out of hours 0207 364 4079).
""")
    add(f, finish(f, m), "mash_step_up", when, 1, "ordinary", "auto_reply", False, None, [], [], [], None, None, [],
        "ORDINARY out-of-office (Auto-Submitted: auto-replied) to a stepbot acknowledgement; the generic 'if you are worried a child is at risk' line describes "
        "no child. DESIGN 'kind': auto_reply -> ignore (safety rule 2: never answered). | Rule: DESIGN safety rule 2 (RFC 3834); seed 001_7484577aab521096.txt MAST numbers.")

# =============================================================================== TORBAY
BMASH = MB[("torbay", "mash_step_up")]; BEH = MB[("torbay", "early_help_duty")]
B_SD = ("Torbay seed 002_682540a1ccf30a2a.txt 'Step down process from Single Assessment Team' steps 1-4 (Team Manager's analysis, 'Social Worker to email Early Help "
        "inbox to request triage slot', 'consent for level 3 early help', triage slot within 5 working days, under-5s fortnightly); REQUIREMENTS.md torbay step_down "
        "(assessment, manager_agreed, consent)")
B_SU = ("Torbay seed 002_682540a1ccf30a2a.txt 'Step up processes from level 3 to level 4' step 2 ('a contact should be made to MASH with parental consent', worker and "
        "team manager agree); REQUIREMENTS.md torbay step_up (consent, manager_agreed)")

def torbay_01():
    f = "torbay_01"; when = dt("2095-01-23 20:05")
    m = new(f, "Kerry Lusk <kerrylusk.x@icloud.com>", BMASH, "my son hasnt come back", when, "icloud.com", mailer="iPhone Mail (22A345)")
    m.set_content("""Hi I didn't know who else to email, found this on the council website.

My son Alfie Dowling he's 3 (14/09/2091) went to his dads Jordan Dowling today 10 till 5 like
every Sunday. He hasn't brought him back. Its gone 8. Jordans phone has been off since 4, his mum
says he's not there. On his Facebook at half 4 he put a picture of Alfie in the car saying "me and my
boy starting fresh". Last week he told me he would take Alfie somewhere I'll never find us. There
isn't a car seat in his car and he was using again before christmas.

I don't know where my son is. Please can someone ring me 07700 900 566

Kerry

Sent from my iPhone
""")
    add(f, finish(f, m), "mash_step_up", when, 4, "urgent", "other", True, None, [],
        [ch("Alfie Dowling", "2091-09-14")], ["missing", "substance_misuse"], None, None, [],
        "URGENT, deliberately OUT OF HOURS (Sunday 23 Jan 2095 20:05) - A FATHER REFUSING TO RETURN A 3-YEAR-OLD AFTER CONTACT AND SWITCHING HIS PHONE OFF: "
        "three hours overdue, phone off since 4, 'starting fresh' post, threat last week to take him where she'll never find them, no car seat, recent drug use; "
        "'I don't know where my son is'. Mother's mobile mail, no alarm word. " + R_URG + " (the Emergency Duty Team at this hour). Not a step request -> other. "
        "Whereabouts unknown -> missing; 'using again' -> substance_misuse. | Rule: seed 002_682540a1ccf30a2a.txt (MASH); DESIGN kind other.", ooh=True)

def torbay_02():
    f = "torbay_02"; when = dt("2095-02-08 10:20")
    m = new(f, "Silas Penrose <silas.penrose@torbay.gov.uk>", BEH, "Triage slot please - Rendle - LCS-774120 (under 5 in the family)",
            when, "torbay.gov.uk", mailer="Microsoft Outlook 16.0")
    m.set_content("""Morning Early Help,

Could I have a triage slot to step down Harvey Rendle (11/01/2087) and Poppy Rendle (29/05/2091),
LCS-774120, to level 3 Early Help? As Poppy is 3 I understand this will go to the under-5s triage.

Single Assessment attached, completed 3 February. Outcome: no further action at level 4, but high
level of need requiring a level 3 co-ordinated response. Parents separated in 2093 after domestic
abuse; dad now lives in Bristol with no contact and the non-molestation order is being kept. Mum's
anxiety is the main remaining need, along with Harvey's behaviour at school.

My team manager, Tamsin Verity, has recorded her management analysis agreeing the step down.
Mum has given consent for level 3 early help.

Thanks
Silas Penrose
Social Worker, Single Assessment Team
""")
    att_pdf(m, "Single Assessment - Rendle - 03.02.2095.pdf", ["Single Assessment", "Harvey and Poppy Rendle  LCS-774120",
            "Analysis: threshold for level 4 not met; level 3 co-ordinated response recommended.",
            "Manager's analysis: agreed - T. Verity, Team Manager, 04/02/2095"])
    add(f, finish(f, m), "early_help_duty", when, 3, "ordinary", "step_down", False, 3, ["LCS-774120"],
        [ch("Harvey Rendle", "2087-01-11"), ch("Poppy Rendle", "2091-05-29")], ["parental_mental_health"], True, True, [],
        "ORDINARY complete Torbay step-down to triage: Single Assessment (.pdf), TM's analysis agreeing -> true, mum's consent for level 3 -> true -> missing [] -> "
        "book_meeting; 'level 3' stated -> 3. Poppy is 3 -> the fortnightly under-5s triage (AFC attending). The domestic abuse is history (dad in Bristol, order kept); "
        "mum's anxiety -> parental_mental_health. | Rule: " + B_SD + ".")

def torbay_03():
    f = "torbay_03"; when = dt("2095-03-03 11:45")
    m = new(f, "Ursula Kemp <ursula.kemp@torbay.gov.uk>", BMASH, "Contact to MASH - step up - Mason Trewin EHM-55102",
            when, "torbay.gov.uk", mailer="Microsoft Outlook 16.0")
    m.set_content("""Dear MASH,

I'm the lead practitioner (Early Help, level 3) for Mason Trewin (20/10/2083), EHM-55102, and I
would like to step him up for a level 4 assessment.

Mason lives with dad in Torquay and stays with mum and her partner in Paignton from Friday to
Sunday. Over the past three months Mason has described more and more arguments at mum's between mum
and her partner - shouting, doors slammed, the partner punching a wall - and he now spends the whole
weekend in his room with headphones on. Mum minimises it. There has been no single incident and
Mason says nobody has hurt him, but the pattern is getting worse and our level 3 plan is not
shifting it.

Dad has given consent for this contact to MASH. My line manager, Rhiannon Tully, and I discussed it
on Tuesday and agree it needs considering for level 4.

Best wishes
Ursula Kemp
Early Help Practitioner, Torbay Early Help
""")
    add(f, finish(f, m), "mash_step_up", when, 5, "ordinary", "step_up", False, None, ["EHM-55102"],
        [ch("Mason Trewin", "2083-10-20")], ["domestic_abuse"], True, True, [],
        "ORDINARY complete Torbay step-up (contact to MASH): dad's consent -> true; worker and line manager 'agree' -> true -> missing [] -> book_meeting (MASH threshold "
        "discussion with the ATM/service manager). Arguments and violence between mum and partner at weekends -> domestic_abuse; no single incident and nobody hurt -> "
        "not urgent. | Rule: " + B_SU + ".")

def torbay_04():
    f = "torbay_04"; when = dt("2095-03-16 09:40")
    m = new(f, "Jenna Pollard <jenna.pollard@torbay.gov.uk>", BEH, "RE: [SB-torbay-3308] Couch - holiday update for TAF",
            when, "torbay.gov.uk", extra=[("In-Reply-To", "<sb-torbay-3308@stepbot.torbay.gov.uk>")], mailer="Microsoft Outlook 16.0")
    m.set_content("""Hi,

A quick update for the file ahead of the next TAF: mum is taking Lily-Mae Couch and Rowan Couch to
Tenerife from 2 to 9 April for their grandad's 70th. Both parents agreed it in writing, and the
court's order of 14 February 2095 expressly permits a holiday abroad of up to 14 days with notice
to the other parent, which mum has given. Dad has the flight details and the hotel address and is
happy with it. School have authorised the two days before Easter.

No action needed - just so the plan is up to date.

Jenna
Jenna Pollard, Family Practitioner, Torbay Early Help

> From: Torbay Early Help (stepbot)
> Subject: [SB-torbay-3308] Couch - step-down received
> Your step-down request has been received. Reference SB-torbay-3308.
""")
    add(f, finish(f, m), "early_help_duty", when, 3, "near_miss", "follow_up", False, None, [],
        [ch("Lily-Mae Couch"), ch("Rowan Couch")], [], None, None, [],
        "NEAR MISS - A HOLIDAY ABROAD AGREED BY BOTH PARENTS AND THE COURT: children flying abroad, but with written agreement, court permission and dad holding the "
        "details. " + R_NM + " (nothing against an order, nothing hidden). Reply on [SB-torbay-3308] -> " + R_FU + ". No DOBs given -> null. "
        "| Rule: seed 002_682540a1ccf30a2a.txt; DESIGN kind follow_up.")

def torbay_05():
    f = "torbay_05"; when = dt("2095-02-12 22:40")
    m = new(f, "Maureen Eddy <mo.eddy52@btinternet.com>", BMASH, "Ivy and Ollie at their dads", when, "btinternet.com")
    m.set_content("""Hello is anyone there

My granddaughter Ivy Eddy who is 9 has just rung me whispering from the bathroom at her dads flat,
Kingsway Court in Paignton, I think flat 12 or 14. Her dad Wayne is drunk, he threw a plate at his
girlfriend and it smashed and he is shouting he is going to put his fist through her face. Ivy and
her brother Ollie who is 5 have locked themselves in the bathroom. The phone went dead and now it
goes to answerphone.

I live in Exeter and I have no car. Their mum my daughter is working nights at the hospital.
I did not know who to tell. My number is 07700 900 139.

Maureen Eddy (Nan)
""")
    add(f, finish(f, m), "mash_step_up", when, 3, "urgent", "other", True, None, [],
        [ch("Ivy Eddy"), ch("Ollie Eddy")], ["domestic_abuse", "substance_misuse"], None, None, [],
        "URGENT, deliberately OUT OF HOURS (Saturday 12 Feb 2095 22:40) - A GRANDPARENT: a 9-year-old rang whispering from the bathroom of her father's flat, "
        "father drunk, threw a plate at his girlfriend, threatening to punch her, the 9- and 5-year-old locked in the bathroom, phone now dead; their mother at "
        "work. No alarm word. " + R_URG + " (Emergency Duty Team). Not a step request -> other. Violence to the girlfriend -> domestic_abuse; drunk -> substance_misuse. "
        "Ollie's surname taken as Ivy's (siblings, same father) - no DOBs. | Rule: seed 002_682540a1ccf30a2a.txt (MASH); DESIGN kind other.", ooh=True)

def torbay_06():
    f = "torbay_06"; when = dt("2095-03-28 09:15")
    m = new(f, "Tamsin Verity <tamsin.verity@torbay.gov.uk>", BMASH, "RE: [SB-torbay-3391] Gammon - update over the weekend",
            when, "torbay.gov.uk", extra=[("In-Reply-To", "<sb-torbay-3391@stepbot.torbay.gov.uk>")], mailer="Microsoft Outlook 16.0")
    m.set_content("""Morning MASH,

For the step-up we're discussing on Thursday: Leo Gammon (DOB 30/11/2091) wasn't brought back by his
dad after contact on Friday evening. Police located Leo at his paternal aunt's in Brixham at 23:30,
safe and well, and he was back with mum before midnight. Police treated it as a late return rather
than a missing episode and spoke to dad, who says he "lost track of time". No injuries, and Leo was
back at nursery this morning, happy. Mum is seeing her solicitor about a defined contact order.

This is now resolved - I'm adding it so the chronology is complete.

Tamsin
Team Manager, Torbay Early Help
""")
    add(f, finish(f, m), "mash_step_up", when, 5, "near_miss", "follow_up", False, None, [],
        [ch("Leo Gammon", "2091-11-30")], [], None, None, [],
        "NEAR MISS - A NON-RETURN ALREADY RESOLVED (BST, +0100): Friday's late return after contact, Leo found safe and well and home before midnight, at nursery "
        "today; 'This is now resolved'. " + R_NM + ". Police called it 'a late return rather than a missing episode' -> no missing concern; concerns []. "
        "Reply on [SB-torbay-3391] -> " + R_FU + ". | Rule: seed 002_682540a1ccf30a2a.txt step up; DESIGN kind follow_up.")

def torbay_07():
    f = "torbay_07"; when = dt("2095-02-25 14:50")
    m = new(f, "Ryan Bolitho <ryan.bolitho@torbay.gov.uk>", BEH, "triage request - Skye Pascoe",
            when, "torbay.gov.uk", mailer="Microsoft Outlook 16.0")
    m.set_content("""Hi EH,

Can I get Skye Pascoe (07/07/2082, LCS-781944) on the triage list for a step down to level 3?
Single Assessment attached.

Skye lives between mum and dad week on week off. Mum's drinking was the reason for the assessment;
she's now engaging with Torbay Recovery and has been sober for ten weeks. Skye (12) is doing okay but
wants someone to talk to.

I still need to run it past my TM before triage - she's off until Tuesday. I'll be asking mum and
dad about level 3 early help at Tuesday's visit.

Ryan Bolitho, Social Worker
""")
    att_docx(m, "Single Assessment - Skye Pascoe.docx", ["Single Assessment - Skye Pascoe, LCS-781944",
             "Recommendation: no further action at level 4; step down to level 3."])
    add(f, finish(f, m), "early_help_duty", when, 6, "ordinary", "step_down", False, 3, ["LCS-781944"],
        [ch("Skye Pascoe", "2082-07-07")], ["substance_misuse"], None, None, ["consent", "manager_agreed"],
        "ORDINARY incomplete Torbay step-down: Single Assessment attached; 'I still need to run it past my TM' -> manager_agreed null -> missing; 'I'll be asking "
        "mum and dad about level 3 early help at Tuesday's visit' -> consent null -> missing -> request_info. 'step down to level 3' -> level 3. Mum's drinking "
        "(now in recovery, still the plan's focus) -> substance_misuse. | Rule: " + B_SD + "; DESIGN consent/manager null when still to be asked.")

def torbay_08():
    f = "torbay_08"; when = dt("2095-03-01 12:00")
    m = new(f, "Torbay Family Hubs <newsletter@torbayfamilyhubs.example.org.uk>", BEH,
            "Spring 2095: Co-Parenting Through Change - free course for separated parents", when, "torbayfamilyhubs.example.org.uk",
            extra=[("List-Unsubscribe", "<mailto:unsubscribe@torbayfamilyhubs.example.org.uk>"), ("Precedence", "bulk")])
    html = html_wrap("""<h2>Co-Parenting Through Change</h2>
<p>Our six-week course for separated and separating parents returns this spring, at Paignton and Brixham Family Hubs.</p>
<p>Sessions cover the situations parents tell us are hardest, for example:</p>
<ul><li>handovers that turn into rows in front of the children</li>
<li>a parent who does not bring a child back on time, or switches their phone off</li>
<li>children carrying messages, or caught in the middle</li>
<li>what to do if the other parent turns up after drinking</li>
<li>when a child says they do not want to go to the other parent's house</li></ul>
<p>Practitioners can refer parents with the online form. Dates: Tuesdays from 15 March, 6.30-8pm.</p>
<p><small>You receive this because your team is on our partner mailing list. Unsubscribe at any time.</small></p>""")
    m.set_content(html, subtype="html")
    add(f, finish(f, m), "early_help_duty", when, 10, "near_miss", "other", False, None, [], [], [], None, None, [],
        "NEAR MISS - A PARENTING-AFTER-SEPARATION COURSE BULLETIN (HTML-only, bulk) that lists examples: rows at handovers, a child not brought back and a phone "
        "switched off, a parent who turns up after drinking, a child refusing to go - none about any real child. " + R_NM + ". Newsletter -> " + R_OTHER + ". "
        "| Rule: seed 002_682540a1ccf30a2a.txt; DESIGN kind other.")

# =============================================================================== HEREFORDSHIRE
HMASH = MB[("herefordshire", "mash_step_up")]; HEH = MB[("herefordshire", "early_help_duty")]
H_SD = ("Herefordshire seed 003_d813ace460bad8eb.txt 'New Early Help Assessment Step-Down' ('the social worker will obtain written consent, identify a key person "
        "with the family, complete an Early Help Assessment step-down plan') and 'Roles and responsibilities'; REQUIREMENTS.md herefordshire step_down "
        "(consent_form, draft_plan, lead_practitioner)")
HDISC = "Herefordshire Council: this email and any attachments are confidential. If you are not the intended recipient please delete it and tell the sender."

def herefordshire_01():
    f = "herefordshire_01"; when = dt("2095-01-20 15:50")
    m = new(f, "Gwenllian Price <gwen.price@bridgecontactcentre.org.uk>", HMASH, "Maddie Pritchard - said at handover today",
            when, "bridgecontactcentre.org.uk")
    m.set_content("""Dear MASH,

I'm the supervisor at the Bridge Child Contact Centre in Leominster. We run a handover-only
arrangement for Madison (Maddie) Pritchard, DOB 19/07/2088, under a child arrangements order: mum
drops her here, dad and his partner collect her from here for the weekend.

Mum dropped Maddie at 15:30 and has gone. While we were doing a jigsaw Maddie said, without any
question from me, "Daddy's girlfriend burns me with her hair straighteners when I'm naughty." She
pulled up her sleeve: on the inside of her left forearm there are two shiny healed marks and one
fresh blister about 3 cm long in a straight line. She said the new one was "last weekend".

Dad and his partner are booked to collect her from here at 17:00. Maddie is with me in the family
room. I have tried mum twice.

Gwenllian Price
Contact Centre Supervisor, Bridge Child Contact Centre, 01568 960 442
""")
    add(f, finish(f, m), "mash_step_up", when, 2, "urgent", "other", True, None, [],
        [ch("Madison Pritchard", "2088-07-19")], ["physical_harm"], None, None, [],
        "URGENT - A CHILD SAYING AT A CONTACT CENTRE THAT DAD'S NEW PARTNER BURNS HER: a spontaneous disclosure with a fresh straight-line blister and two healed "
        "marks, and father and that partner collect her from the centre at 17:00 - about an hour after the mail. No alarm word. " + R_URG + ". Contact-centre "
        "report, no step request -> other. Burns -> physical_harm. Child written 'Madison (Maddie) Pritchard' -> full name. | Rule: seed 003_d813ace460bad8eb.txt "
        "(no urgent route of its own); DESIGN kind other.")

def herefordshire_02():
    f = "herefordshire_02"; when = dt("2095-03-31 10:35")
    m = new(f, "Carys Whitlow <carys.whitlow@herefordshire.gov.uk>", HEH, "Step down plan - Bevan siblings - Mosaic 810334 / 810335",
            when, "herefordshire.gov.uk", mailer="Microsoft Outlook 16.0")
    m.set_content(f"""Hello Early Help co-ordinators,

Following my discussion with Anwen at Tuesday's drop-in, please find attached the Early Help
Assessment step-down plan for the sibling group:

  Ellis Bevan   Mosaic 810334   DOB 14/02/2084
  Nell Bevan    Mosaic 810335   DOB 01/10/2086

The C&F assessment decision (18 March 2095) was a step down to level 3. The parents separated two
years ago; they have finished mediation and handovers are now calm. Dad's depression is the main
remaining need, with the children's worry about him.

Mum and dad have both signed the consent form (attached). Key person agreed with the family:
Rhys Pugh, Family Support Worker, Holmer Family Hub.

Kind regards
Carys Whitlow
Social Worker, Herefordshire Children's Services
{HDISC}
""")
    att_docx(m, "EHA step-down plan - Bevan.docx", ["Early Help Assessment step-down plan", "Ellis Bevan 810334; Nell Bevan 810335",
             "Wellbeing plan: what needs to happen - by whom - outcome - timescale", "Key person: Rhys Pugh, Holmer Family Hub"])
    att_pdf(m, "Signed consent - Bevan.pdf", ["Consent to Early Help", "We agree to our family being stepped down to Early Help.",
            "Signed: L. Bevan (mother) 24/03/2095   D. Bevan (father) 25/03/2095"])
    add(f, finish(f, m), "early_help_duty", when, 7, "ordinary", "step_down", False, 3, ["810334", "810335"],
        [ch("Ellis Bevan", "2084-02-14"), ch("Nell Bevan", "2086-10-01")], ["parental_mental_health"], True, None, [],
        "ORDINARY complete Herefordshire sibling-group step-down (BST, +0100, last day of the window): plan (.docx), signed consent form (.pdf) -> consent true, "
        "key person with agency; level 3 stated -> missing [] -> book_meeting. Manager not mentioned -> null. Dad's depression -> parental_mental_health. "
        "| Rule: " + H_SD + ".")

def herefordshire_03():
    f = "herefordshire_03"; when = dt("2095-03-08 11:20")
    m = new(f, "Tom Ellwood <tom.ellwood@herefordshire.gov.uk>", HEH, "Step down - Tyler Morgan (Mosaic 807712)",
            when, "herefordshire.gov.uk", mailer="Microsoft Outlook 16.0")
    m.set_content(f"""Hi,

Attached is the Early Help step-down plan for Tyler Morgan (DOB 05/05/2085), Mosaic 807712.

Tyler and mum have been free of contact with his father for a year; the non-molestation order has
been kept throughout and dad has moved to Shropshire. The remaining work is mum's confidence after
the domestic abuse and Tyler's anger at school.

Key person: Donna Kyte, Pastoral Lead, Bishop's Meadow Academy, who has agreed with mum to lead.

Mum agreed to Early Help on the phone yesterday; I'll get her to sign the consent form at Thursday's
visit and send it straight over.

Tom Ellwood
Social Worker
{HDISC}
""")
    att_docx(m, "Step down plan - Tyler Morgan.docx", ["Early Help Assessment step-down plan - Tyler Morgan", "Key person: Donna Kyte (Bishop's Meadow Academy)"])
    add(f, finish(f, m), "early_help_duty", when, 9, "ordinary", "step_down", False, None, ["807712"],
        [ch("Tyler Morgan", "2085-05-05")], ["domestic_abuse"], True, None, ["consent_form"],
        "ORDINARY Herefordshire step-down with verbal consent only: 'Mum agreed to Early Help on the phone yesterday' -> consent true, but the written consent form "
        "comes after Thursday -> consent_form missing -> request_info. Plan attached, key person with agency. No level written -> null. The remaining work is "
        "recovery from domestic abuse (order kept, no contact) -> domestic_abuse. | Rule: " + H_SD + ".")

def herefordshire_04():
    f = "herefordshire_04"; when = dt("2095-02-14 13:15")
    m = new(f, "Sian Lloyd-Hughes <sian.lloyd-hughes@herefordshire.gov.uk>", HMASH, "Step up request - Ashby children",
            when, "herefordshire.gov.uk", mailer="Microsoft Outlook 16.0")
    m.set_content(f"""Dear MASH

I would like to request a step up for Harriet Ashby and Ned Ashby, who I have supported through
Early Help since the autumn.

Their parents separated in September and the conflict between them has grown rather than settled.
Both children describe shouting matches at every handover, dad has sent mum texts saying she will
"regret it", and mum's anxiety means she has stopped taking the children to clubs in case she meets
him. The children are not at risk at either home as far as we know, but the conflict is affecting
them more each month and Early Help has not been able to change it.

Mum has consented to the step up, and my manager agreed it in supervision last week.

Sian Lloyd-Hughes
Early Help Family Support Worker
{HDISC}
""")
    add(f, finish(f, m), "mash_step_up", when, 4, "ordinary", "step_up", False, None, [],
        [ch("Harriet Ashby"), ch("Ned Ashby")], ["domestic_abuse", "parental_mental_health"], True, True, [],
        "ORDINARY Herefordshire step-up: the seed defines step-down only, so a step-up goes to human review (REQUIREMENTS herefordshire: 'step_up is not defined by "
        "this seed'; DESIGN next_action 'a kind the authority's protocol does not cover') -> human_review, missing []. Consent and manager stated as given -> true. "
        "Threatening texts and handover rows -> domestic_abuse; mum's anxiety -> parental_mental_health. 'not at risk at either home' -> not urgent. "
        "| Rule: seed 003_d813ace460bad8eb.txt (step-down only); REQUIREMENTS.md herefordshire.")

def herefordshire_05():
    f = "herefordshire_05"; when = dt("2095-03-04 18:45")
    m = new(f, "PC 2291 Naomi Shaw <naomi.shaw@westmercia.police.example.uk>", HMASH, "Archie Coombes 10/12 - taken by father - West Mercia log 0611 04/03",
            when, "westmercia.police.example.uk")
    m.set_content("""Herefordshire MASH / EDT

At 17:20 today Liam Fenn attended the home address of his ex-partner, Chloe Coombes, in Bromyard,
in breach of a non-molestation order. He took their son Archie Coombes (DOB 02/05/2094, 10 months)
from his pram in the front garden and drove off in a grey Vauxhall Astra.

Since 17:40 he has sent Ms Coombes messages including "if I can't have him nobody can" and "I'm
going to end it for both of us". His phone is off and his location is not known. Officers are
searching and a vehicle alert is out. Ms Coombes is at home with officers.

Please make children's services aware tonight. Contact: PC Shaw via the West Mercia control room,
log 0611 of 04/03/2095.

PC 2291 Naomi Shaw
Protecting Vulnerable People, Herefordshire
""")
    add(f, finish(f, m), "mash_step_up", when, 4, "urgent", "other", True, None, [],
        [ch("Archie Coombes", "2094-05-02")], ["domestic_abuse", "missing"], None, None, [],
        "URGENT, deliberately OUT OF HOURS (Friday 4 Mar 2095 18:45) - A POLICE OFFICER: a 10-month-old taken by his father in breach of a non-molestation order, "
        "messages threatening to end both their lives, location unknown. Police are searching, so the child is NOT safe and this is not 'already handled'. "
        "No alarm word. " + R_URG + " (Emergency Duty Team). Police notification -> other. Breach of the order -> domestic_abuse; whereabouts unknown -> missing. "
        "Police log number is not a case id. | Rule: seed 003_d813ace460bad8eb.txt; DESIGN kind other.", ooh=True)

def herefordshire_06():
    f = "herefordshire_06"; when = dt("2095-02-23 20:15")
    m = new(f, "Becky Whitcombe <becky.whitcombe@gmail.com>", HEH, "Grace's dad AGAIN", when, "gmail.com")
    m.set_content("""I want this on record.

Grace's dad brought her back FORTY minutes late again on Sunday, no text, no nothing. She'd had
McDonald's for lunch AND tea. Now Grace (7) is saying she doesn't want to go next weekend because
"it's boring at daddy's, there's no wifi and I have to share a room with Kian". I asked her
school to talk to her about it and Mrs Pryce says Grace is fine, she just misses her own room and
her tablet, nothing else.

He is completely unreliable and I want it in writing from someone that he's not putting her first.
I'm not stopping contact, I just want him told.

Becky Whitcombe
""")
    add(f, finish(f, m), "early_help_duty", when, 6, "near_miss", "other", False, None, [],
        [ch("Grace Whitcombe")], [], None, None, [],
        "NEAR MISS - A CHILD WHO DOES NOT WANT TO GO TO THE OTHER PARENT'S, FOR NO HARMFUL REASON: late returns, fast food, boredom, no wifi, sharing a room; "
        "school checked and found 'nothing else'; mum is not stopping contact. " + R_NM + " (no harm described). Angry parent's complaint -> " + R_OTHER + ". "
        "Kian (no surname, not said to be a child at issue) is not the subject; Grace's surname taken from her mother's - no DOB. | Rule: seed 003_d813ace460bad8eb.txt; DESIGN kind other.")

def herefordshire_07():
    f = "herefordshire_07"; when = dt("2095-03-16 09:05"); start = dt("2095-03-22 10:00")
    comment = ("Sorry, I can't come to this slot. Poppy Lloyd's dad didn't bring her back from contact last night (due 6pm), his phone has "
               "been off since and this morning he posted 'new start, somewhere they won't find us'. Mum has no idea where they are. "
               "I'm at mum's now.")
    m = new(f, "Morgan Eckley <morgan.eckley@herefordshire.gov.uk>", HEH,
            "Declined: Step-down drop-in - Lloyd [SB-herefordshire-2318]", when, "herefordshire.gov.uk", mailer="Microsoft Outlook 16.0")
    m.set_content(comment + "\n")
    cal = ics("REPLY", "sb-herefordshire-2318-dropin@stepbot", when, start, start + timedelta(minutes=30),
              "Step-down drop-in - Lloyd [SB-herefordshire-2318]", "Microsoft Teams", HEH,
              [("Morgan Eckley", "morgan.eckley@herefordshire.gov.uk", "DECLINED")], comment=comment)
    m.add_alternative(cal, subtype="calendar", params={"method": "REPLY"})
    add(f, finish(f, m), "early_help_duty", when, 3, "urgent", "meeting_reply", True, None, [],
        [ch("Poppy Lloyd")], ["missing"], None, None, [],
        "URGENT IN A MEETING REPLY'S COMMENT: a social worker declines the Tuesday drop-in and in one line says the child was not returned from contact last night, "
        "father's phone off since, a post 'somewhere they won't find us', whereabouts unknown. DESIGN safety rule 1 names 'a meeting reply's comment'. "
        + R_URG + ". iTIP REPLY -> meeting_reply (alert_duty comes first). Whereabouts unknown -> missing. | Rule: seed 003_d813ace460bad8eb.txt (Tuesday drop-in); DESIGN.")

def herefordshire_08():
    f = "herefordshire_08"; when = dt("2095-01-03 09:12")
    m = new(f, "Enquiries - Wyeside Family Law <enquiries@wyesidefamilylaw.co.uk>", HEH,
            "Automatic reply: [SB-herefordshire-2051] Step-down received - Tanner", when, "wyesidefamilylaw.co.uk",
            extra=[("Auto-Submitted", "auto-replied"), ("In-Reply-To", "<sb-herefordshire-2051@stepbot.herefordshire.gov.uk>")])
    m.set_content("""Thank you for your email. Our offices are closed for the New Year bank holiday and reopen on
Tuesday 4 January 2095, when we will reply.

If you are worried about a child's safety please contact your local children's services or the police.

Wyeside Family Law LLP
""")
    add(f, finish(f, m), "early_help_duty", when, 2, "ordinary", "auto_reply", False, None, [], [], [], None, None, [],
        "ORDINARY out-of-office, deliberately dated on the bank holiday (Monday 3 Jan 2095, New Year's Day substitute): Auto-Submitted: auto-replied; the "
        "generic safety line names no child. DESIGN 'kind': auto_reply -> ignore (safety rule 2). | Rule: DESIGN safety rule 2 (RFC 3834).", ooh=True)

# =============================================================================== checks and output
KEYS = ["kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed", "missing", "notice_ok", "next_action"]
CONCERNS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health", "substance_misuse", "missing",
            "physical_harm", "sexual_harm", "radicalisation", "school_attendance", "young_carer", "disability_send"}
ALLOWED = {("knowsley", "step_up"): {"step_up_form", "case_id", "manager_agreed", "taf_minutes", "meeting_details", "gcp2",
                                     "engaging_families", "exploitation_assessment", "children"},
           ("knowsley", "step_down"): {"meeting_details", "worries_strengths_next", "lead_practitioner", "consent", "children"},
           ("richmond_wandsworth", "step_up"): {"case_summary", "rationale", "children"},
           ("richmond_wandsworth", "step_down"): {"case_summary", "draft_plan", "consent", "children"},
           ("tower_hamlets", "step_down"): {"assessment", "draft_plan", "consent", "lead_practitioner", "children"},
           ("tower_hamlets", "step_up"): {"request_for_support", "manager_agreed", "children"},
           ("torbay", "step_down"): {"assessment", "manager_agreed", "consent", "children"},
           ("torbay", "step_up"): {"consent", "manager_agreed", "children"},
           ("herefordshire", "step_down"): {"consent_form", "draft_plan", "lead_practitioner", "children"}}
# expected Knowsley notice (file: given working days) - recomputed by wd_between and compared
K_NOTICE = {"knowsley_01": 5, "knowsley_02": 4, "knowsley_03": 5, "knowsley_04": 4, "knowsley_05": 6}

def readable(msg):
    import zipfile, io, html as H
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        data = part.get_payload(decode=True) or b""
        if ct.startswith("text/"):
            t = data.decode(part.get_content_charset() or "utf-8", "replace")
            if ct == "text/html":
                t = H.unescape(re.sub(r"<[^>]+>", " ", t))
            if ct == "text/calendar":
                t = re.sub(r"\r?\n[ \t]", "", t).replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")
            out.append(t)
        elif ct.endswith("wordprocessingml.document"):
            z = zipfile.ZipFile(io.BytesIO(data))
            out.append(re.sub(r"<[^>]+>", " ", z.read("word/document.xml").decode()))
        elif ct == "application/pdf":
            out.append(" ".join(re.findall(r"\((.*?)\) Tj", data.decode("latin-1"))))
    return re.sub(r"\s+", " ", "\n".join(out))

def check():
    errs = []
    try:
        import holidays
        hs = {d for d in holidays.country_holidays("GB", subdiv="ENG", years=[2095])}
        if hs != set(BANK_HOLIDAYS_2095):
            errs.append("bank holiday list differs from the holidays package: %s" % sorted(hs ^ set(BANK_HOLIDAYS_2095)))
    except ImportError:
        print("note: holidays package not importable here; using the built-in 2095 list (checked against holidays 0.109 when written)")
    cats = {}
    per_auth = {}
    for fname, data, lab, cat, meta in ITEMS:
        e = lab["expect"]; auth = lab["authority"]
        per_auth[auth] = per_auth.get(auth, 0) + 1
        cats[cat] = cats.get(cat, 0) + 1
        msg = BytesParser(policy=policy.default).parsebytes(data)
        if msg.defects:
            errs.append(f"{fname}: defects {msg.defects}")
        d = parsedate_to_datetime(msg["Date"])
        now = datetime.fromisoformat(lab["now"])
        delta = (now - d).total_seconds() / 60
        if not (1 <= delta <= 10): errs.append(f"{fname}: now-Date {delta} min")
        if now.utcoffset() != d.utcoffset(): errs.append(f"{fname}: offset differs")
        if d.utcoffset() != d.astimezone(LON).utcoffset(): errs.append(f"{fname}: offset is not Europe/London's")
        ld = d.astimezone(LON)
        if not (date(2095, 1, 1) <= ld.date() <= date(2095, 3, 31)): errs.append(f"{fname}: outside window")
        off_hours = (not is_wd(ld.date())) or ld.hour < 8 or ld.hour >= 18
        if ld.weekday() >= 5 or ld.date() in BANK_HOLIDAYS_2095:
            if not meta["ooh"]: errs.append(f"{fname}: weekend/bank holiday but not marked out of hours")
        if meta["ooh"] and not off_hours: errs.append(f"{fname}: marked out of hours but in office hours")
        if list(e.keys()) != KEYS: errs.append(f"{fname}: keys {list(e.keys())}")
        if set(lab.keys()) != {"file", "authority", "mailbox", "now", "expect", "why"}: errs.append(f"{fname}: top keys")
        to = (msg["To"] or "") + " " + (msg["Cc"] or "")
        if MB[(auth, lab["mailbox"])].lower() not in to.lower(): errs.append(f"{fname}: mailbox address not in To/Cc")
        if not set(e["concerns"]) <= CONCERNS: errs.append(f"{fname}: bad concern")
        if e["concerns"] != sorted(set(e["concerns"])) or e["missing"] != sorted(set(e["missing"])): errs.append(f"{fname}: unsorted")
        key = (auth, e["kind"])
        if key in ALLOWED:
            if not set(e["missing"]) <= ALLOWED[key]: errs.append(f"{fname}: missing ids {e['missing']} not allowed")
        elif e["missing"]:
            errs.append(f"{fname}: missing must be [] for {key}")
        if e["urgent"] != (cat == "urgent"): errs.append(f"{fname}: urgent/category mismatch")
        if e["urgent"] and e["next_action"] != "alert_duty": errs.append(f"{fname}: urgent not alert_duty")
        if e["level"] is not None and e["kind"] != "step_down": errs.append(f"{fname}: level on non step_down")
        if auth == "knowsley" and e["kind"] in ("step_up", "step_down"):
            if meta["meeting"] is None: errs.append(f"{fname}: knowsley without meeting")
            elif meta["given"] != K_NOTICE[fname]: errs.append(f"{fname}: notice {meta['given']} != {K_NOTICE[fname]}")
        elif e["notice_ok"] is not None:
            errs.append(f"{fname}: notice_ok must be null")
        txt = readable(msg)
        for c in e["children"]:
            first = c["name"].split()[0]
            if first not in txt: errs.append(f"{fname}: child {c['name']} not in text")
        for cid in e["case_ids"]:
            if cid not in txt: errs.append(f"{fname}: case id {cid} not in text")
        if cat == "urgent":
            for w in ("urgent", "immediate risk", "emergency"):
                if w in txt.lower(): errs.append(f"{fname}: urgent mail uses the word {w!r}")
        if lab["why"].count("Rule") < 1: errs.append(f"{fname}: why names no rule")
    for a, n in per_auth.items():
        if n != 8: errs.append(f"{a}: {n} files")
    if cats.get("urgent", 0) < 11 or cats.get("near_miss", 0) < 11: errs.append(f"categories {cats}")
    kinds = {lab["expect"]["kind"] for _, _, lab, _, _ in ITEMS}
    if kinds != {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}: errs.append(f"kinds {kinds}")
    return errs, cats

def main():
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        for i in range(1, 9):
            globals()[f"{a}_{i:02d}"]()
    errs, cats = check()
    if errs:
        print("\n".join(errs)); sys.exit(1)
    for fname, data, lab, cat, meta in ITEMS:
        with open(os.path.join(HERE, fname + ".eml"), "wb") as fh:
            fh.write(data)
    labels = [lab for _, _, lab, _, _ in ITEMS]
    with open(os.path.join(HERE, "labels.json"), "w") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False); fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w") as fh:
        json.dump({f + ".eml": c for f, _, _, c, _ in ITEMS}, fh, indent=1); fh.write("\n")
    print("ok:", len(ITEMS), "files", cats)
    if "--stats" in sys.argv:
        for fname, data, lab, cat, meta in ITEMS:
            if "given" in meta:
                print(fname, lab["now"], meta["meeting"].isoformat(), "wd", meta["given"], "weekdays", meta["weekdays"], lab["expect"]["notice_ok"])

if __name__ == "__main__":
    main()
