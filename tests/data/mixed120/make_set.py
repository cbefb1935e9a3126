#!/usr/bin/env python3
"""mixed120: blind held-out set - 40 invented mails over the summer term of 2039 (Monday 11 April - Wednesday
20 July 2039) in meetings, dates and notice. Deterministic (no clock, no randomness). Builds every .eml, labels.json
and categories.json, and self-checks before writing. Stdlib only (hand-built .docx and .pdf). Run: python3 make_set.py
"""
import json, os, re, sys, email
from datetime import datetime, date, timedelta, timezone
from lib import LON, BH, easter, working, wd_given, docx, pdf, ics, build, readable, sha

HERE = os.path.dirname(os.path.abspath(__file__))
CEST = timezone(timedelta(hours=2))

def D(s, tz=LON):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz)

def L(s):  # naive local meeting time
    return datetime.strptime(s, "%Y-%m-%d %H:%M")

BOX = {
    ("knowsley", "mash_step_up"): "Knowsley MASH <knowsleymash@knowsley.gov.uk>",
    ("knowsley", "early_help_duty"): "Family First 0-18 Duty <FamilyFirst0-18DutyMailbox@knowsley.gov.uk>",
    ("richmond_wandsworth", "mash_step_up"): "MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk>",
    ("richmond_wandsworth", "early_help_duty"): "Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>",
    ("tower_hamlets", "mash_step_up"): "MAST <MAST@towerhamlets.gov.uk>",
    ("tower_hamlets", "early_help_duty"): "Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>",
    ("torbay", "mash_step_up"): "Torbay MASH <mash@torbay.gov.uk>",
    ("torbay", "early_help_duty"): "Torbay Early Help <earlyhelp@torbay.gov.uk>",
    ("herefordshire", "mash_step_up"): "Herefordshire MASH <mash@herefordshire.gov.uk>",
    ("herefordshire", "early_help_duty"): "Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>",
}
BANNED = ["urgent", "immediate", "immediately", "emergency", "at risk", "risk of harm", "danger", "dangerous", "asap"]

MAILS = []

def mail(file, auth, box, cat, date_, now, frm, subject, body, expect, why, **kw):
    m = dict(file=file, authority=auth, mailbox=box, cat=cat, date=date_, now=now, subject=subject, body=body,
             expect=expect, why=why, to=kw.pop("to", BOX[(auth, box)]), **kw)
    m["from"] = frm
    MAILS.append(m)

def E(kind, urgent=False, level=None, case_ids=(), children=(), concerns=(), consent=None, manager=None,
      missing=(), notice_ok=None, action=None):
    if action is None:
        action = ("alert_duty" if urgent else {"auto_reply": "ignore", "meeting_reply": "record_reply",
                  "follow_up": "attach_to_request", "other": "human_review"}.get(kind) or
                  ("request_info" if (missing or notice_ok is False) else "book_meeting"))
    return {"kind": kind, "urgent": urgent, "level": level, "case_ids": list(case_ids),
            "children": [{"name": n, "dob": d} for n, d in children], "concerns": sorted(concerns),
            "consent": consent, "manager_agreed": manager, "missing": sorted(missing), "notice_ok": notice_ok,
            "next_action": action}

# ============================================================ KNOWSLEY
K_TEAMS = "Microsoft Teams meeting - Join on your computer, mobile app or room device. Meeting ID: 392 118 407 55  Passcode: Xq7rT2"

k01_ics = ics("REQUEST", "040000008200E00074C5B7101A82E0080000000022A1K01RIMMER", "Step up TAF - Tiegan Rimmer EHM-60214",
    L("2039-05-18 10:00"), 90, ("Shauna McGuigan", "shauna.mcguigan@knowsley.gov.uk"),
    [("Knowsley MASH", "knowsleymash@knowsley.gov.uk", "NEEDS-ACTION"),
     ("MASH Business Support", "Mash.Businesssupport@knowsley.gov.uk", "NEEDS-ACTION"),
     ("Lorna Fairhurst", "lorna.fairhurst@prescot-primary.example.org", "NEEDS-ACTION")],
    description="Step up TAF meeting for Tiegan Rimmer (EHM-60214). Step up form, GCP2 and last TAF minutes sent to MASH inbox.\n" + K_TEAMS,
    location="Microsoft Teams Meeting", stamp=datetime(2039, 5, 10, 8, 38))
mail("knowsley_01.eml", "knowsley", "mash_step_up", "ordinary", D("2039-05-10 09:41"), "2039-05-10T09:45:00+01:00",
    "Shauna McGuigan <shauna.mcguigan@knowsley.gov.uk>", "Step up request - Tiegan Rimmer - EHM-60214 - TAF Wed 18th May",
    """Morning MASH,

Please find attached the step up request for Tiegan Rimmer (DOB 04/09/2031), Case ID on EHM: EHM-60214.

I have booked the step up TAF myself for Wednesday 18th May at 10am on Teams - invite attached and sent to yourselves and MASH business support. I'll invite the current TAF members (school, HV, Change Grow Live).

Concerns are around neglect: home conditions have gone back to where they were in January, Tiegan is coming into school hungry and in the same uniform all week. The GCP2 was completed with mum on 28/04/2039 and is attached, along with the step up SOS form and the minutes of the last TAF (26/04/2039).

Discussed with my TM Corinne Oduya on Friday and she agreed the step up.

Thanks
Shauna McGuigan
Family First Case Manager, Family First 0-18
Knowsley Council | 0151 496 0713""",
    E("step_up", case_ids=["EHM-60214"], children=[("Tiegan Rimmer", "2031-09-04")], concerns=["neglect"], manager=True,
      notice_ok=True),
    "Complete Knowsley step-up the worker booked herself (REQUIREMENTS knowsley step_up: form, case id, TM agreed, TAF minutes, meeting details, GCP2 for neglect all present); Wed 18 May 10:00 from Tue 10 May = 6 WD >= 5 -> book_meeting.",
    fmt="twin", attachments=[
        ("FF Step Up request to CSC - T Rimmer.docx", docx(["FF Step Up request to CSC", "Case ID on EHM: EHM-60214",
          "Date of step up TAF meeting: Wednesday 18 May 2039 10:00 (Teams)", "Recent TAF meeting minutes attached: yes (26/04/2039)",
          "What are we worried about? Home conditions, Tiegan hungry at school, unwashed uniform.",
          "What is working well? Mum attends TAFs; nan helps at weekends.", "What next? Step up for C&F assessment.",
          "Graded Care profile: completed 28/04/2039, attached.", "Agreement by line manager: Corinne Oduya, 06/05/2039"])),
        ("GCP2 Rimmer April 2039.pdf", pdf(["Graded Care Profile 2 - summary", "Child: Tiegan Rimmer  DOB 04/09/2031",
          "Physical care: 4   Safety: 3   Love: 2   Esteem: 2", "Completed with mother 28/04/2039 by S McGuigan"])),
        ("TAF minutes 26.04.39 Rimmer.docx", docx(["TAF meeting minutes 26/04/2039", "Family: Rimmer  EHM-60214",
          "Present: mum, S McGuigan (FF), L Fairhurst (school), HV", "Actions: GCP2 to be completed; consider step up."])),
        ("invite.ics", k01_ics)])

mail("knowsley_02.eml", "knowsley", "mash_step_up", "ordinary", D("2039-04-27 16:10"), "2039-04-27T16:15:00+01:00",
    "Daniel O'Rourke <daniel.orourke@knowsley.gov.uk>", "step up - Price boys EHM-60388",
    """Hi all

Step up for Kai Price (11/02/2028) and Tyler Price (30.06.2030), EHM-60388. Non engagement - 4 missed home visits since Feb, mum not answering, boys' attendance down to 71% and 68%. Engaging Families Toolkit done 15/04/39 and referenced in the form (family engagement score low, what we've tried is on p2).

Step up TAF is next Wed (the 4th) 1.30pm, Teams - I'll forward the invite in a sec. Sorry it's tight, wanted to get it in before the bank hol.

Form + last TAF minutes attached. My TM Gwen Holloway has agreed.

Dan
Sent from Outlook for Android""",
    E("step_up", case_ids=["EHM-60388"], children=[("Kai Price", "2028-02-11"), ("Tyler Price", "2030-06-30")],
      concerns=["non_engagement", "school_attendance"], manager=True, notice_ok=False),
    "Knowsley step-up, documents complete (Engaging Families toolkit referenced in the form), but 'next Wed (the 4th) 1.30pm' from Wed 27 Apr crosses the early May bank holiday (Mon 2 May): Thu 28, Fri 29, Tue 3, Wed 4 = 4 WD < 5 (seed 004 'at least 5 working days') -> request_info.",
    attachments=[("Step Up form Price.docx", docx(["FF Step Up request to CSC", "Case ID on EHM: EHM-60388",
        "Level of Engagement: low. Engaging Families Toolkit followed 15/04/2039 - tells us mum avoids contact when letters mention school.",
        "What are we worried about? attendance, missed visits.", "What is working well? boys like their mentor.",
        "What next? C&F assessment.", "Agreement by line manager: G Holloway"])),
        ("TAF minutes 13 April.pdf", pdf(["TAF minutes 13/04/2039 - Price family - EHM-60388", "Mum did not attend. School and FF present."]))])

mail("knowsley_03.eml", "knowsley", "mash_step_up", "urgent", D("2039-05-13 11:20"), "2039-05-13T11:22:00+01:00",
    "Shauna McGuigan <shauna.mcguigan@knowsley.gov.uk>", "RE: [SB-knowsley-2417] Step up request - Tiegan Rimmer - EHM-60214 - TAF Wed 18th May",
    """Hi

Can we move the TAF from Wed 18th to Wed 25th same time please, school DSL can't do the 18th. I'll send the updated invite.

Also - school rang me 10 mins ago. Tiegan came in this morning with a red hand mark across her cheek and said Craig (mum's partner) hit her before school because she spilled the milk. She's crying and saying she doesn't want to go home. Craig is the one who collects her at 3 today, mum is on a late shift till 8. I'm with my manager now, we're ringing you as well.

Shauna

-----Original Message-----
From: stepbot <stepbot@knowsley.gov.uk>
Sent: 10 May 2039 09:46
Subject: [SB-knowsley-2417] Step up request - Tiegan Rimmer - EHM-60214 - TAF Wed 18th May

> Request received for Tiegan Rimmer (04/09/2031), EHM-60214. Step-up TAF Wed 18 May 2039 10:00 recorded.""",
    E("follow_up", urgent=True, case_ids=["EHM-60214"], children=[("Tiegan Rimmer", "2031-09-04")], concerns=["physical_harm"]),
    "A reply moving the step-up TAF that also says a 7-year-old was hit this morning (hand mark) by the man who collects her at 3 today: DESIGN safety rule 1 -> urgent, alert_duty; a reply to [SB-knowsley-2417] -> follow_up.",
    in_reply_to="<SB-knowsley-2417@knowsley.gov.uk>")

mail("knowsley_04.eml", "knowsley", "early_help_duty", "near_miss", D("2039-05-17 14:02"), "2039-05-17T14:05:00+01:00",
    "Ngozi Adeyemi-Clarke <ngozi.adeyemi-clarke@knowsley.gov.uk>", "Step down to Family First L3 - Ruby & Alfie Kenwright - final CIN Tues 24th",
    """Dear Family First Duty,

I am writing to let you know of our intention to step Ruby Kenwright (DOB 12 March 2029) and Alfie Kenwright (DOB 3 January 2033), ICS ref 1182207, down to Family First at Level 3.

The final CIN meeting is on Tuesday 24 May 2039 at 2pm at Huyton Family Hub, Lathom Road. Please could a Family First case manager attend.

What are we worried about?
The children lived with domestic abuse last year. In January dad assaulted mum and was arrested; he was convicted in March, has a restraining order and has had no contact with mum or the children since January. There are no current concerns of that kind. What remains is Ruby's anxiety about school and mum's low confidence with routines.

What is working well?
Mum has completed the Freedom Programme, the children are settled, attendance is 97%, and maternal grandmother is a daily support.

What needs to happen?
Family First to support routines and Ruby's school anxiety, with school's mental health lead; first TAF review at 6 weeks.

Mum (Ms Kenwright) has consented to the referral to Family First.

Kind regards
Ngozi Adeyemi-Clarke
Social Worker, Child in Need Team 2, Knowsley Council""",
    E("step_down", level=3, case_ids=["1182207"], children=[("Ruby Kenwright", "2029-03-12"), ("Alfie Kenwright", "2033-01-03")],
      concerns=[], consent=True, notice_ok=True),
    "NEAR MISS - domestic abuse told as past (conviction, restraining order, no contact since January); complete level 3 step-down (meeting details with venue, all three Signs of Safety headings, consent); Tue 24 May from Tue 17 May = exactly 5 WD -> book_meeting. Historic abuse is not a current concern.",
    fmt="twin")

mail("knowsley_05.eml", "knowsley", "early_help_duty", "ordinary", D("2039-05-31 10:05"), "2039-05-31T10:10:00+01:00",
    "Tomasz Wiśniewski <tomasz.wisniewski@knowsley.gov.uk>", "Step down L2 - Chidera Nwosu - final CIN after half term",
    """Hi Family First,

Intention to step down to Level 2 for Chidera Nwosu, d.o.b. 19/10/2030, ICS 1179043.

Final CIN meeting is after half term - Tues 7th June, 10am, at St Aidan's Catholic Primary (school meeting room). Mum (Mrs Nwosu) is happy with the step down and has agreed to it.

New Lead Practitioner: Mrs Aoife Brennan, SENCo, St Aidan's Catholic Primary School - she has agreed to take the LP role.

What are we worried about - attendance was 84% in the spring term and Chidera's speech and language needs are not yet assessed.
What is working well - mum has engaged with every CIN visit, attendance this half term 95%, the home is settled.
What needs to happen - school to lead an EHA and TAF, SALT referral to be followed up, attendance to be monitored.

Thanks, Tomasz
Social Worker, CIN Team 1""",
    E("step_down", level=2, case_ids=["1179043"], children=[("Chidera Nwosu", "2030-10-19")],
      concerns=["disability_send", "school_attendance"], consent=True, notice_ok=True),
    "Complete Knowsley level 2 step-down: date, time and venue of the final CIN, lead practitioner with organisation, three headings; sent Tue 31 May (the day after the spring bank holiday, half-term week) for Tue 7 June = Wed 1, Thu 2, Fri 3, Mon 6, Tue 7 = 5 WD (half term is not a council closure) -> book_meeting.")

k06_ics = ics("REQUEST", "KSCP-TRAINING-2039-06-08-THRESHOLDS", "KSCP training: Thresholds - when is a risk immediate?",
    L("2039-06-08 09:30"), 180, ("KSCP Training", "kscp.training@knowsley.gov.uk"),
    [("Knowsley MASH", "knowsleymash@knowsley.gov.uk", "NEEDS-ACTION")],
    description="Reminder: Knowsley Safeguarding Children Partnership training for MASH and Family First staff.\n"
                "Case scenarios we will work through (fictional): a child with an unexplained bruise collected by the adult she names; "
                "a child who says she is scared to go home tonight; a family fleeing domestic abuse. "
                "When is a risk immediate and what goes to the duty social work team the same hour? "
                "No real cases will be discussed.", location="Huyton Municipal Buildings, Committee Room 2",
    stamp=datetime(2039, 4, 21, 11, 0))
mail("knowsley_06.eml", "knowsley", "mash_step_up", "near_miss", D("2039-04-21 12:00"), "2039-04-21T12:05:00+01:00",
    "KSCP Training <kscp.training@knowsley.gov.uk>", "Invitation: KSCP training: Thresholds - when is a risk immediate? @ Wed 8 Jun 2039 09:30 - 12:30",
    """You have been invited to: KSCP training: Thresholds - when is a risk immediate?
When: Wednesday 8 June 2039 09:30-12:30 (UK time)
Where: Huyton Municipal Buildings, Committee Room 2

Case scenarios (fictional): a child with an unexplained bruise collected by the adult she names; a child scared to go home tonight; a family fleeing domestic abuse. No real cases will be discussed.""",
    E("other"), "NEAR MISS - a training calendar invitation (iTIP REQUEST) whose scenarios are fictional examples about immediate risk: DESIGN safety rule 1 says training/bulletins listing examples must not trigger; not a request -> other, human_review.",
    fmt="itip", itip=("REQUEST", k06_ics))

mail("knowsley_07.eml", "knowsley", "mash_step_up", "ordinary", D("2039-05-05 15:30"), "2039-05-05T15:35:00+01:00",
    "Leanne Fazakerley <leanne.fazakerley@knowsley.gov.uk>", "Step up - Jayden Sefton - EHM-60751 - could MASH book the TAF?",
    """Hiya,

Please see attached step up form and TAF minutes for Jayden Sefton (DOB 22/7/2026), EHM-60751.

Worries: mum's mental health has dipped again (she's under the crisis team for herself, not about Jayden), Jayden has missed 11 days since Easter and is caring for his nan most afternoons.

I know the guidance says the case manager books it, but I'm on a course all of next week - could MASH book the step up TAF for me w/c 9th May, any day but Thurs? Or the week after is fine too.

My TM Gwen is reading the form tonight and will confirm she agrees tomorrow.

Thanks
Leanne
Family First Case Manager""",
    E("step_up", case_ids=["EHM-60751"], children=[("Jayden Sefton", "2026-07-22")],
      concerns=["parental_mental_health", "school_attendance", "young_carer"], manager=None,
      missing=["manager_agreed", "meeting_details"], notice_ok=None),
    "Knowsley step-up where the worker asks MASH to book ('w/c 9th May, any day but Thurs' is no date and time): meeting_details missing, so notice given/ok null; TM agreement pending ('will confirm ... tomorrow') -> manager_agreed null and missing; form and TAF minutes attached -> request_info.",
    attachments=[("Step up SOS form - Sefton.docx", docx(["FF Step Up request to CSC", "Case ID on EHM: EHM-60751",
        "Date of step up TAF meeting: TBC - MASH to book", "What are we worried about? mum's mental health, attendance, Jayden caring for nan.",
        "What is working well? Jayden attends boxing club.", "What next? step up for assessment.", "Agreement by line manager: pending"])),
        ("TAF mins 20.04.2039.docx", docx(["TAF minutes 20/04/2039", "Sefton - EHM-60751", "Agreed: consider step up"]))])

k08_ics = ics("REQUEST", "040000008200E00074C5B7101A82E00800000000K08MORAN", "Step up TAF - Lexi Moran EHM-61902",
    L("2039-07-13 10:00"), 90, ("Bernadette Kowalczyk", "bernadette.kowalczyk@knowsley.gov.uk"),
    [("Knowsley MASH", "knowsleymash@knowsley.gov.uk", "NEEDS-ACTION"),
     ("MASH Business Support", "Mash.Businesssupport@knowsley.gov.uk", "NEEDS-ACTION")],
    description="Step up TAF for Lexi Moran (DOB 02/02/2030), EHM-61902.\n"
                "Reason for the step up (added tonight): at our after-school session today Lexi told me that Shane, her stepdad's brother who has been "
                "sleeping on their sofa since Easter, comes into her bedroom at night and touches her under her pyjamas and tells her it is their secret. "
                "She asked me not to tell mum. Shane is at the house tonight and all weekend, mum is working nights. I told Lexi I would have to tell people who can help.\n"
                "Agreed with my TM Elinor Marsh on Wednesday that the step up should go ahead (that was for neglect; tonight changes it).\n"
                "Form and TAF minutes to follow Monday.\n" + K_TEAMS,
    location="Microsoft Teams Meeting", stamp=datetime(2039, 7, 1, 21, 50))
mail("knowsley_08.eml", "knowsley", "mash_step_up", "urgent", D("2039-07-01 22:52"), "2039-07-01T22:55:00+01:00",
    "Bernadette Kowalczyk <bernadette.kowalczyk@knowsley.gov.uk>", "Step up TAF - Lexi Moran EHM-61902",
    """Step up TAF - Lexi Moran EHM-61902
When: Wednesday 13 July 2039 10:00-11:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London
Where: Microsoft Teams Meeting

Please read the description before Monday.""",
    E("step_up", urgent=True, case_ids=["EHM-61902"], children=[("Lexi Moran", "2030-02-02")], concerns=["sexual_harm"],
      manager=True, missing=["step_up_form", "taf_minutes"], notice_ok=True),
    "An Outlook invitation sent at 22:52 on a Friday whose DESCRIPTION holds a 9-year-old's disclosure of sexual abuse by a man who is at the house tonight: DESIGN rule 1 (every part read, at night the out-of-hours team) -> urgent, alert_duty; as a step-up it lacks form and TAF minutes; Wed 13 July = 8 WD.",
    fmt="itip", itip=("REQUEST", k08_ics))

# ============================================================ RICHMOND & WANDSWORTH
mail("richmond_wandsworth_01.eml", "richmond_wandsworth", "mash_step_up", "ordinary", D("2039-04-12 10:15"), "2039-04-12T10:20:00+01:00",
    "Olufemi Bankole-Reyes <olufemi.bankole-reyes@richmondandwandsworth.gov.uk>", "Step up request - Okafor family - Mosaic ID 7731054",
    """Dear MASH,

As Early Help Team Manager (Wandsworth North) I am requesting a step up for the Okafor children:
- Chisom Okafor, born 5 November 2027
- Ebube Okafor, born 17 August 2031
Mosaic ID 7731054.

Attached are the latest case summary and the rationale for step up. In short: dad's mental health has deteriorated since February (two admissions), mum is working nights and Chisom's attendance is down to 76%. Both parents know we are stepping up and agree to it. I agree with the step up.

Our worker Esme Thornbury-Patel has court on Tuesday and Wednesday next week, so rather than her booking something, please could MASH business support send the case discussion invite - any morning from Thursday 21st.

Many thanks
Olufemi Bankole-Reyes
Early Help Team Manager | Richmond and Wandsworth Councils""",
    E("step_up", case_ids=["7731054"], children=[("Chisom Okafor", "2027-11-05"), ("Ebube Okafor", "2031-08-17")],
      concerns=["parental_mental_health", "school_attendance"], consent=True, manager=True),
    "Complete Richmond & Wandsworth step-up from the Early Help team manager (case summary and rationale attached; seed 000) who asks MASH to send the invite (stepbot arranges it within 1 WD); sent the day after Easter Monday -> book_meeting.",
    fmt="twin", attachments=[("Case summary Okafor April 2039.docx", docx(["Case summary - Okafor", "Mosaic ID 7731054",
        "Father: two mental health admissions since February 2039.", "Chisom attendance 76%."])),
        ("Rationale for step up - Okafor.pdf", pdf(["Rationale for step up", "Needs have increased beyond what Early Help can provide."]))])

r02_ics = ics("CANCEL", "RW-HADDAD-HOMEVISIT-20390616", "Cancelled: Joint visit before step-up case discussion - Haddad [SB-richmond_wandsworth-3307]",
    L("2039-06-16 10:00"), 60, ("Marisol Etxeberria", "marisol.etxeberria@richmondandwandsworth.gov.uk"),
    [("MASH Step Up", "MASH-StepUP@richmondandwandsworth.gov.uk", "NEEDS-ACTION")],
    comment="Cancelling Thursday. Mum rang me at 9pm from a friend's car: Samir found the refuge flat this afternoon, he was outside the school gate at pick-up and then at the door. "
            "She has taken Layla, Sami and Noor and left tonight with two bags. She won't say where they are sleeping, her phone is going off to save battery. "
            "Noor is 14 months and has no formula with her. I've told her to ring 999 if he finds them again.",
    seq=2, status="CANCELLED", stamp=datetime(2039, 6, 14, 20, 12))
mail("richmond_wandsworth_02.eml", "richmond_wandsworth", "mash_step_up", "urgent", D("2039-06-14 21:14"), "2039-06-14T21:16:00+01:00",
    "Marisol Etxeberria <marisol.etxeberria@richmondandwandsworth.gov.uk>", "Cancelled: Joint visit before step-up case discussion - Haddad [SB-richmond_wandsworth-3307]",
    """This meeting has been cancelled.

Cancelling Thursday - see the note in the cancellation. Layla Haddad (DOB 09/01/2032), Sami Haddad (DOB 23/04/2035), Noor Haddad (DOB 11/04/2038). Mosaic ID 7740912.""",
    E("follow_up", urgent=True, case_ids=["7740912"], children=[("Layla Haddad", "2032-01-09"), ("Sami Haddad", "2035-04-23"), ("Noor Haddad", "2038-04-11")],
      concerns=["domestic_abuse"]),
    "An iTIP CANCEL at 21:14 whose COMMENT says the mother has fled tonight with three children because the father found the refuge today, whereabouts unknown, baby without formula: DESIGN rule 1 (a meeting message's comment is read) -> urgent, alert_duty (out of hours); about [SB-richmond_wandsworth-3307] -> follow_up.",
    fmt="itip", itip=("CANCEL", r02_ics))

mail("richmond_wandsworth_03.eml", "richmond_wandsworth", "early_help_duty", "near_miss", D("2039-04-18 11:30"), "2039-04-18T11:35:00+01:00",
    "Priyanka Oyelaran-Sethi <priyanka.sethi@richmondandwandsworth.gov.uk>", "Step down - Bellamy - case discussion Thurs 21st 2pm (agreed with Keziah)",
    """Hi EH Duty,

Step down request for Harvey Bellamy, 14/06/2034, Mosaic ID 7702281.

I've agreed the case discussion with Keziah Bloom (EH duty TM) for Thurs 21st at 2pm, Teams - please send the EH invite your side.

Background for the panel: the family moved to Richmond last year after dad found the previous address and made threats; that was dealt with - he was convicted, there is a non-molestation order to 2041 and there has been no contact for ten months. Nothing current of that kind. The remaining needs are Harvey's speech and language delay (EHCP request in with the nursery) and mum's isolation.

Case summary and draft EH plan attached. Mum has given her consent to the step down (signed at my visit on 14/04).

Thanks, Priyanka
Social Worker, Richmond CIN""",
    E("step_down", case_ids=["7702281"], children=[("Harvey Bellamy", "2034-06-14")], concerns=["disability_send"], consent=True),
    "NEAR MISS - a father who 'found' the family, told as last year's, resolved (conviction, order, no contact ten months); complete R&W step-down (case summary, draft plan, consent; seed 000) with a time agreed with the EH duty TM -> book_meeting.",
    attachments=[("Case Summary - H Bellamy.docx", docx(["Case summary", "Harvey Bellamy 14/06/2034", "Mosaic ID 7702281"])),
                 ("Draft EH plan Bellamy.docx", docx(["Draft Early Help plan", "Speech and language; mum's isolation; children's centre groups"]))])

mail("richmond_wandsworth_04.eml", "richmond_wandsworth", "early_help_duty", "ordinary", D("2039-04-27 09:50"), "2039-04-27T09:55:00+01:00",
    "Jack Mwangi <jack.mwangi@richmondandwandsworth.gov.uk>", "step down - Zofia & Kuba Nowak",
    """Hi team, step down for Zofia Nowak (DOB: 2031-03-08) and Kuba Nowak (DOB: 2036-12-01), Mosaic ID 7719930. Case summary attached.

Still writing the plan - should have it by Friday. I'll ask mum about consent on Friday as well when I see her.

For the case discussion could we do the 3rd? (Tuesday after the bank hol) - morning ideally.

Jack
Sent from my iPhone""",
    E("step_down", case_ids=["7719930"], children=[("Zofia Nowak", "2031-03-08"), ("Kuba Nowak", "2036-12-01")],
      consent=None, missing=["consent", "draft_plan"]),
    "R&W step-down with only the case summary: draft plan still being written and consent 'I'll ask mum on Friday' (not given) -> missing consent and draft_plan -> request_info.",
    attachments=[("case summary nowak.pdf", pdf(["Case summary - Nowak", "Mosaic ID 7719930"]))])

mail("richmond_wandsworth_05.eml", "richmond_wandsworth", "mash_step_up", "near_miss", D("2039-07-06 10:05"), "2039-07-06T10:10:00+01:00",
    "MASH Business Support <mash.businesssupport@richmondandwandsworth.gov.uk>", "FW: Closing minutes - Ferreira - case closed NFA",
    """For filing please - these came to the wrong box. Case closed 04/03/2039, no further action. Nothing to book.

Bev

---------- Forwarded message ---------
From: Hugo Lindqvist
Sent: 5 July 2039 16:40
Subject: Closing minutes - Ferreira

Minutes of closing meeting, 3 March 2039 - Ferreira family (closed case)
History: in November 2038 Tiago Ferreira (8) disclosed that his father had hit him with a belt; s47 completed, father left the home and moved to Portugal, CP plan ended February 2039. Mum protective throughout.
Decision: close to social care, no further action. No open concerns at closure.""",
    E("other", children=[("Tiago Ferreira", None)]), "NEAR MISS - minutes of a closed case forwarded by business support: a historic disclosure and s47, father abroad, closed NFA; nothing current or requested -> other, human_review (concerns only historic).")

mail("richmond_wandsworth_06.eml", "richmond_wandsworth", "mash_step_up", "ordinary", D("2039-05-10 08:55"), "2039-05-10T09:00:00+01:00",
    "Sinéad Ó Murchú <sinead.omurchu@richmondandwandsworth.gov.uk>", "RE: [SB-richmond_wandsworth-3190] Step up - Abara - still no invite?",
    """Morning,

Chasing the case discussion invite for the Abara step up - we sent it on Thursday 5th and the protocol says an invite within 1 working day. Nothing in my calendar yet. Could someone check? Tuesday and Thursday afternoons are best for me.

Thanks
Sinéad
Early Help Team Manager

> [SB-richmond_wandsworth-3190] Request received: step up, Abara, Mosaic ID 7725518.""",
    E("follow_up", case_ids=["7725518"]), "A chaser on an existing request ([SB-richmond_wandsworth-3190]) about the 1-WD invitation: follow_up -> attach_to_request.",
    fmt="twin", in_reply_to="<SB-richmond_wandsworth-3190@richmondandwandsworth.gov.uk>")

mail("richmond_wandsworth_07.eml", "richmond_wandsworth", "mash_step_up", "urgent", D("2039-07-08 15:40"), "2039-07-08T15:45:00+01:00",
    "Lorcan Pettigrew <lorcan.pettigrew@richmondandwandsworth.gov.uk>", "Step up - Amira Rahimi - Mosaic ID 7751336 - tonight",
    """Dear MASH,

Step up for Amira Rahimi, DOB 30/11/2024, Mosaic ID 7751336. Case summary attached.

Rationale for step up
This afternoon Amira (14) showed our worker messages from a man she calls her boyfriend, who is 24. He has been giving her cash and a new phone, and tonight he is picking her up from King George's Park at 8pm to take her to a "party" at a flat in Croydon where, in his words, "my mates will look after you". She has come back from his before with no memory of the evening. Mum knows we are stepping up and agrees to it, but Amira says she is going tonight whatever anyone says.

I agree this step up as Early Help Team Manager. Please could someone call me on 020 7946 0418 this afternoon rather than waiting for a case discussion.

Lorcan Pettigrew
Early Help Team Manager""",
    E("step_up", urgent=True, case_ids=["7751336"], children=[("Amira Rahimi", "2024-11-30")], concerns=["exploitation"],
      consent=True, manager=True),
    "A 14-year-old being collected tonight at 8 by a 24-year-old who gives her cash and a phone to take her to a flat of his friends: DESIGN rule 1 -> urgent, alert_duty; otherwise complete R&W step-up (case summary attached, rationale under its heading).",
    fmt="html", attachments=[("Case summary - Amira Rahimi.docx", docx(["Case summary", "Amira Rahimi 30/11/2024", "Mosaic ID 7751336"]))])

mail("richmond_wandsworth_08.eml", "richmond_wandsworth", "early_help_duty", "near_miss", D("2039-06-20 09:03"), "2039-06-20T09:05:00+01:00",
    "Dominika Havelková <dominika.havelkova@richmondandwandsworth.gov.uk>", "Automatic reply: [SB-richmond_wandsworth-3342] Step-down case discussion - reminder",
    """Thank you for your email. I am on annual leave until Monday 27 June 2039 with no access to email.

For step-down case discussions please contact the Early Help duty team manager on 020 7946 0571.
If you believe a child is at immediate risk of harm, please call the MASH or, in an emergency, 999.

Dominika""",
    E("auto_reply"), "NEAR MISS - Outlook out-of-office (Auto-Submitted: auto-replied) with the usual 'immediate risk of harm ... 999' boilerplate: DESIGN rule 2 -> auto_reply, ignore; boilerplate is not a risk.",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "dominika.havelkova@richmondandwandsworth.gov.uk")])

# ============================================================ TOWER HAMLETS
mail("tower_hamlets_01.eml", "tower_hamlets", "early_help_duty", "ordinary", D("2039-05-09 13:20"), "2039-05-09T13:25:00+01:00",
    "Rukhsana Miah <rukhsana.miah@towerhamlets.gov.uk>", "Step down to TAF - Ali, Mosaic 2209914 - TAF Mon 16th May 10am",
    """Dear Early Help Hub,

The C&F assessment for Zayan Ali (DOB 07.12.2032) concluded on 5 May 2039 with a recommendation to step down to a TAF. Mosaic: 2209914.

I have arranged the TAF myself for Monday 16th May at 10am, Osmani Centre, 58 Vallance Road, and I will chair it.

Lead Practitioner: Shirin Akhtar, Family Support Worker, Osmani Children's Centre (agreed on the phone this morning).
Mum has consented to the step down.

Attached: C&F assessment and the draft TAF plan. Main need is mum's low mood (GP and talking therapies involved).

Rukhsana Miah
Social Worker, Children's Social Care, Tower Hamlets""",
    E("step_down", case_ids=["2209914"], children=[("Zayan Ali", "2032-12-07")], concerns=["parental_mental_health"], consent=True),
    "Complete Tower Hamlets step-down (assessment, draft TAF plan, consent, lead practitioner with agency; REQUIREMENTS tower_hamlets step_down); the SW arranged and chairs the TAF herself (Mon 16 May, within 10 WD of 5 May) -> book_meeting.",
    fmt="twin", attachments=[("CFA Zayan Ali May 2039.pdf", pdf(["Child and Family Assessment", "Zayan Ali 07/12/2032", "Concluded 05/05/2039", "Outcome: step down to TAF"])),
                             ("TAF plan draft - Ali.docx", docx(["TAF plan (draft)", "Mum: talking therapies; Zayan: nursery place"]))])

mail("tower_hamlets_02.eml", "tower_hamlets", "early_help_duty", "urgent", D("2039-05-26 08:52"), "2039-05-26T08:55:00+01:00",
    "Farhana Begum <farhana.begum@towerhamlets.gov.uk>", "Re: [SB-tower_hamlets-1502] TAF date - Nusrat Uddin",
    """Hi - can we push the TAF to the 3rd instead of the 1st, same time 2pm? school is shut for half term on the 1st anyway.

Also please read: mum rang me at 8.15 crying. Last night her husband put his hands round Nusrat's throat when she wouldn't give him her phone, mum pulled him off. Nusrat has marks on her neck, mum sent me a photo. Nusrat is at her aunt's this morning but has been told to be home by 4 and he is home all day today, he's off work. Mum says she can't stop him.

Farhana
(sent from phone)

On Tue, 24 May 2039 at 10:02, stepbot <stepbot@towerhamlets.gov.uk> wrote:
> [SB-tower_hamlets-1502] Step-down recorded: Nusrat Uddin (DOB 19/03/2024), Mosaic 2214471. TAF meeting Wed 1 June 2039 14:00.""",
    E("follow_up", urgent=True, case_ids=["2214471"], children=[("Nusrat Uddin", "2024-03-19")], concerns=["physical_harm"]),
    "A TAF date changed in a reply chain ('the 3rd instead of the 1st') that also says a 15-year-old was strangled last night by her father, has marks, and must be home by 4 where he is today: DESIGN rule 1 -> urgent, alert_duty; reply to [SB-tower_hamlets-1502] -> follow_up.",
    in_reply_to="<SB-tower_hamlets-1502@towerhamlets.gov.uk>")

mail("tower_hamlets_03.eml", "tower_hamlets", "mash_step_up", "near_miss", D("2039-04-20 11:00"), "2039-04-20T11:05:00+01:00",
    "Oliver Achterberg <oliver.achterberg@towerhamlets.gov.uk>", "Step up to MAST - Hossain children - MARF attached",
    """Dear MAST,

Please find attached the Multi-Agency Request for Support for Rahim Hossain (01/05/2029) and Sumaiya Hossain (15/08/2033). Olwen Fairclough, my team manager, has agreed the step up.

For context: dad is on remand awaiting trial in September for an assault on mum in March; bail was refused and he has no contact with the family. We have thought about what would happen if he were released, and mum's safety plan covers that, but it is not the case now. The reason for stepping up is Rahim's school attendance (62%) and mum's drinking, which has increased since March.

Mum consents to the step up.

Oliver Achterberg
Targeted Early Help Practitioner""",
    E("step_up", children=[("Rahim Hossain", "2029-05-01"), ("Sumaiya Hossain", "2033-08-15")],
      concerns=["school_attendance", "substance_misuse"], consent=True, manager=True),
    "NEAR MISS - domestic abuse told as past and hypothetical (father remanded, 'if he were released'); complete TH step-up (MARF attached, manager agreed) -> book_meeting. No case number given.",
    attachments=[("MARF Hossain April 2039.docx", docx(["Multi-Agency Request for Support", "Rahim Hossain 01/05/2029; Sumaiya Hossain 15/08/2033",
        "Reason: attendance, parental alcohol use", "Manager: Olwen Fairclough - agreed"]))])

mail("tower_hamlets_04.eml", "tower_hamlets", "mash_step_up", "ordinary", D("2039-06-16 14:45"), "2039-06-16T14:50:00+01:00",
    "Agnieszka Mbeki-Lund <agnieszka.mbeki-lund@towerhamlets.gov.uk>", "MARF - Kowalski-Ahmed - step up (manager not agreed yet)",
    """Hello MAST,

I attach the MARF for Noah Kowalski-Ahmed, born 2.10.2035, Mosaic 2220087. Neglect: repeated head lice, no cot, home conditions poor at three visits.

To be transparent, my manager Nadim Rahman has not agreed the step up - he wants one more TAF with the health visitor first (booked for 29 June). I am sending the MARF now so you have it, and will come back after the TAF.

Agnieszka""",
    E("step_up", case_ids=["2220087"], children=[("Noah Kowalski-Ahmed", "2035-10-02")], concerns=["neglect"], manager=False,
      missing=["manager_agreed"]),
    "TH step-up with the MARF but the manager has not agreed ('wants one more TAF first') -> manager_agreed false, missing manager_agreed -> request_info.",
    attachments=[("MARF Noah K-A.pdf", pdf(["Multi-Agency Request for Support", "Noah Kowalski-Ahmed 02/10/2035", "Mosaic 2220087"]))])

t05_ics = ics("REQUEST", "TH-TAF-CHOWDHURY-REVIEW-20390711", "TAF review - Ayaan Chowdhury [SB-tower_hamlets-1388]",
    L("2039-07-11 14:00"), 90, ("Imran Siddiqui", "imran.siddiqui@towerhamlets.gov.uk"),
    [("Early Help Hub", "EarlyHelpHub@towerhamlets.gov.uk", "NEEDS-ACTION"), ("Shazia Karim", "shazia.karim@towerhamlets.gov.uk", "NEEDS-ACTION")],
    description="Agenda\n1. Introductions\n2. Historic concerns (for context only): CP plan 2036-37 under physical abuse after a fractured arm, ended March 2037; "
                "domestic abuse incident 2035, father left the home, no contact since.\n3. Progress against the TAF plan since step-down in April\n"
                "4. Nursery attendance\n5. Date of next review",
    location="Bromley-by-Bow Centre, Room 4", seq=1, stamp=datetime(2039, 7, 4, 9, 25))
mail("tower_hamlets_05.eml", "tower_hamlets", "early_help_duty", "near_miss", D("2039-07-04 10:30"), "2039-07-04T10:35:00+01:00",
    "Imran Siddiqui <imran.siddiqui@towerhamlets.gov.uk>", "Updated invitation: TAF review - Ayaan Chowdhury [SB-tower_hamlets-1388] @ Mon 11 Jul 2039 2pm",
    """TAF review moved from Thurs 7th to Mon 11th July, 2pm, Bromley-by-Bow Centre. Agenda in the invite. Ayaan Chowdhury, DOB 28/02/2036.""",
    E("follow_up", children=[("Ayaan Chowdhury", "2036-02-28")]),
    "NEAR MISS - an updated invitation (SEQUENCE 1) whose agenda lists historic risks (CP plan ended 2037, domestic abuse 2035) for context only; about [SB-tower_hamlets-1388] -> follow_up, attach_to_request.",
    fmt="itip", itip=("REQUEST", t05_ics))

t06_ics = ics("REPLY", "TH-TAF-BEGUM-20390609", "TAF meeting - Begum [SB-tower_hamlets-1477]",
    L("2039-06-09 10:00"), 90, ("Rukhsana Miah", "rukhsana.miah@towerhamlets.gov.uk"),
    [("Hollie Brathwaite", "hollie.brathwaite@nhs.example.net", "DECLINED")],
    comment="Sorry, I have clinic Thurs 9th am. I can do Tues 14th or any afternoon w/c 13th. Will send my HV report beforehand.",
    prodid="-//Google Inc//Google Calendar 70.9054//EN", stamp=datetime(2039, 6, 7, 8, 10))
mail("tower_hamlets_06.eml", "tower_hamlets", "early_help_duty", "ordinary", D("2039-06-07 09:12"), "2039-06-07T09:15:00+01:00",
    "Hollie Brathwaite <hollie.brathwaite@nhs.example.net>", "Declined: TAF meeting - Begum [SB-tower_hamlets-1477] @ Thu 9 Jun 2039 10am - 11:30am (BST)",
    """Hollie Brathwaite has declined this invitation with a note:
"Sorry, I have clinic Thurs 9th am. I can do Tues 14th or any afternoon w/c 13th. Will send my HV report beforehand."

Invitation from Google Calendar""",
    E("meeting_reply"), "Google Calendar iTIP REPLY, PARTSTAT=DECLINED, with a COMMENT offering other dates; nothing of concern -> meeting_reply, record_reply.",
    fmt="itip", itip=("REPLY", t06_ics))

mail("tower_hamlets_07.eml", "tower_hamlets", "early_help_duty", "urgent", D("2039-04-19 09:35"), "2039-04-19T09:38:00+01:00",
    "Claire Oyelowo-Hart (DSL) <dsl@stepney-green-primary.example.org>", "Yusuf Jama - Year 1 - please call me",
    """Good morning,

I'm the DSL at Stepney Green Primary. I don't know if this is the right inbox, it's the one on our Early Help poster.

Yusuf Jama (Year 1, DOB 14/09/2032) walked into school on his own at 9.10 this morning with no coat and no breakfast. He says mummy "has been asleep since yesterday and won't wake up" and that he let himself out. His sister Hodan Jama is 10 months old and he says she is still in the flat in her cot. Mum's phone goes to voicemail. Address: Flat 12, Anchor House, E1.

Please can someone call me on 020 7946 0993. I've got Yusuf with me in the office.

Claire Oyelowo-Hart
Designated Safeguarding Lead""",
    E("other", urgent=True, children=[("Yusuf Jama", "2032-09-14"), ("Hodan Jama", None)], concerns=["neglect"]),
    "A school DSL: a 6-year-old walked in alone saying mum has not woken since yesterday and his 10-month-old sister is alone in the flat: DESIGN rule 1 -> urgent, alert_duty; not a step request -> other.",
    fmt="twin")

mail("tower_hamlets_08.eml", "tower_hamlets", "mash_step_up", "urgent", D("2039-07-13 16:25"), "2039-07-13T16:28:00+01:00",
    "Jamal Rahman <jamal.rahman@towerhamlets.gov.uk>", "RE: [SB-tower_hamlets-1561] MAST discussion moved to Thurs 14th - Islam children",
    """Thurs 14th 10am is fine for me, thanks for moving it.

But something new I need to tell someone today. I did a home visit at 3 and Rumi (12) opened the door. Mum flew to Sylhet on Saturday for a family funeral and no adult has been at the flat since. Rumi has been looking after his sister Tania (9) on his own for five days, the electric meter has run out, there is no food apart from rice and they are sleeping in their clothes. Dad is not around (no contact for years). Rumi begged me not to tell anyone because mum said they'd be taken away. I'm still outside the block.

Jamal Rahman
Early Help Practitioner | 07700 900 314

-----Original Message-----
From: MAST business support
Sent: 12 July 2039 11:02
Subject: [SB-tower_hamlets-1561] MAST discussion moved to Thurs 14th - Islam children
The MAST discussion for Rumi Islam and Tania Islam, Mosaic 2218830, has moved to Thursday 14 July 2039 10:00.""",
    E("follow_up", urgent=True, case_ids=["2218830"], children=[("Rumi Islam", None), ("Tania Islam", None)], concerns=["neglect"]),
    "A reply accepting a moved MAST discussion that reports a 12-year-old and a 9-year-old left alone for five days with no power or food, mother abroad: DESIGN rule 1 -> urgent, alert_duty; reply to [SB-tower_hamlets-1561] -> follow_up.",
    in_reply_to="<SB-tower_hamlets-1561@towerhamlets.gov.uk>")

# ============================================================ TORBAY
mail("torbay_01.eml", "torbay", "early_help_duty", "ordinary", D("2039-05-04 11:00"), "2039-05-04T11:05:00+01:00",
    "Kerenza Polglase <kerenza.polglase@torbay.gov.uk>", "Step down to EH - Tamsin & Ocean Trelawny - next Tues triage please",
    """Hello EH,

Please can I have a triage slot for Tamsin Trelawny (DOB 21/01/2034) and Ocean Trelawny (DOB 06/12/2036) - LCS ref 408812. Next Tues (10th) if there's room, or the under-5s sitting as Ocean is 2.

Assessment attached. My team manager Jory Hext has agreed the step down and mum has given consent (signed at the CIN review on 28 April).

Main need is mum's depression; she's engaging with Talkworks.

Kerenza Polglase
Social Worker, Torbay Children's Services""",
    E("step_down", case_ids=["408812"], children=[("Tamsin Trelawny", "2034-01-21"), ("Ocean Trelawny", "2036-12-06")],
      concerns=["parental_mental_health"], consent=True, manager=True),
    "Complete Torbay step-down (assessment attached, manager agreed, consent) asking for a triage slot; a child under 5 means the fortnightly under-5s triage (seed 002) -> book_meeting.",
    attachments=[("Assessment - Trelawny.pdf", pdf(["Single Assessment", "Tamsin Trelawny 21/01/2034; Ocean Trelawny 06/12/2036", "LCS 408812"]))])

mail("torbay_02.eml", "torbay", "early_help_duty", "ordinary", D("2039-05-12 15:10"), "2039-05-12T15:15:00+01:00",
    "Matthijs de Groot <matthijs.degroot@torbay.gov.uk>", "Step down request - Pascoe - triage",
    """Hi,

Step down for Logan Pascoe, born 3 July 2028, LCS 411276. Assessment attached; my TM (Silas Penrose) has agreed.

Consent: mum agreed but dad (who has PR) declined to consent when I saw him yesterday - he doesn't want "more people in our business". I know we need consent before triage so please hold the slot if you can while I try again.

Needs: Logan's ADHD and school attendance (81%).

Matthijs""",
    E("step_down", case_ids=["411276"], children=[("Logan Pascoe", "2028-07-03")], concerns=["disability_send", "school_attendance"],
      consent=False, manager=True, missing=["consent"]),
    "Torbay step-down where the father with PR declined to consent: consent stated as refused -> false, missing consent (seed 002: consent before triage) -> request_info.",
    attachments=[("Pascoe assessment.docx", docx(["Single Assessment - Logan Pascoe 03/07/2028", "LCS 411276"]))])

mail("torbay_03.eml", "torbay", "mash_step_up", "urgent", D("2039-05-23 13:40"), "2039-05-23T13:43:00+01:00",
    "Bryony Kernow-Adams <bryony.kernow-adams@nhs.example.net>", "Baby Riley Nance 9/52 - step up to MASH - please ring today",
    """To the MASH,

I am the health visitor for Riley Nance, born 21/03/2039 (9 weeks), EHM ID: 55123, open to Early Help.

At my new-birth follow-up visit at 12:15 today I saw bruising to the rim of both ears and a torn frenulum. Mum said he "fell off the sofa", dad said he "caught it on his bottle". Riley is not rolling yet. I asked them to take him to the GP this afternoon and dad said no, that they are driving to his mum's in Cardiff this evening and will be "there for a while".

The parents do not know I am contacting you. I have discussed with our named nurse for safeguarding. I am in the car outside and can be reached on 07700 900 762.

Bryony Kernow-Adams
Health Visitor, Torbay and South Devon NHS""",
    E("step_up", urgent=True, case_ids=["55123"], children=[("Riley Nance", "2039-03-21")], concerns=["physical_harm"],
      missing=["consent", "manager_agreed"]),
    "A health visitor's step-up to MASH: a 9-week-old with bruised ears and a torn frenulum, explanations differ, GP refused, family leaving tonight: DESIGN rule 1 -> urgent, alert_duty; as a Torbay step-up neither consent nor manager agreement is stated.",
    fmt="twin")

mail("torbay_04.eml", "torbay", "early_help_duty", "near_miss", D("2039-04-29 12:30"), "2039-04-29T12:35:00+01:00",
    "Ffion Rowe <ffion.rowe@paignton-family-hub.example.org>", "Question - step up or phone MASH?",
    """Hi EH team,

A question from our staff meeting, not about a real family. If a mum told one of our family workers that she sometimes leaves her baby alone in the flat to pop to the shop, or that her ex had turned up and threatened her, would we do a step up through you or ring MASH straight away? Where is the line? We'd like a one-pager for the team if one exists.

Thanks
Ffion
Paignton Family Hub""",
    E("other"), "NEAR MISS - a hypothetical question about thresholds ('if a mum told ... would we'), no real child: DESIGN rule 1 excludes hypotheticals -> other, human_review.")

mail("torbay_05.eml", "torbay", "early_help_duty", "near_miss", D("2039-06-06 09:20"), "2039-06-06T09:25:00+01:00",
    "Wenna Pengelly <wenna.pengelly@torbay.gov.uk>", "RE: [SB-torbay-0871] Triage slot - Bolitho - can we move to Tues 14th?",
    """Morning,

Could we move the Bolitho triage slot from tomorrow (Tues 7th) to Tues 14th please? I'm covering duty tomorrow.

For the panel's info: police did a welfare check on Saturday night after a neighbour heard shouting. They found both children asleep and well, mum sober, and the shouting was a row with her sister on the phone. Police closed it with no further action and I visited yesterday - all fine.

Wenna

> [SB-torbay-0871] Triage slot booked: Tuesday 7 June 2039 09:30, Bolitho, LCS 409951.""",
    E("follow_up", case_ids=["409951"]), "NEAR MISS - a reply moving a triage slot that reports a weekend police welfare check found the children safe and closed NFA (resolved): -> follow_up, attach_to_request.",
    in_reply_to="<SB-torbay-0871@torbay.gov.uk>")

mail("torbay_06.eml", "torbay", "mash_step_up", "near_miss", D("2039-06-22 10:45"), "2039-06-22T10:50:00+01:00",
    "Demelza Hocking <demelza.hocking@torbay.gov.uk>", "Step up contact - Libby Chudleigh - young carer",
    """Dear MASH,

I'd like to step up Libby Chudleigh (DOB 2027-09-14), EHM ID 56210. Libby is caring for her mum (MS, now mostly in bed) and her brother; her attendance is 68% and she is exhausted.

To be clear for your threshold discussion: there are no marks, no disclosures and no worries about anyone hurting Libby - she says she feels safe at home. The concern is the weight of the care and school.

Mum consents to the referral, and my assistant team manager Silas Penrose has agreed it.

Demelza Hocking
Early Help Lead Practitioner""",
    E("step_up", case_ids=["56210"], children=[("Libby Chudleigh", "2027-09-14")], concerns=["school_attendance", "young_carer"],
      consent=True, manager=True),
    "NEAR MISS - harm named only to be negated ('no marks, no disclosures, no worries about anyone hurting Libby'); complete Torbay step-up (consent, manager agreed) -> book_meeting.")

mail("torbay_07.eml", "torbay", "early_help_duty", "urgent", D("2039-07-15 00:47", CEST), "2039-07-14T23:50:00+01:00",
    "Morwenna Tregear <morwenna.tregear@gmail.com>", "Re: [SB-torbay-0934] Step down Davey - triage Tues 19th",
    """sorry to send this so late, I'm on leave in Spain (hence my gmail) but Chantelle just WhatsApped me at 23.30 your time:

"hes got in, hes drunk and hes got Mason in the kitchen and wont give him back. me and the girls are locked in the bathroom. he smashed the door. I cant ring police he'll hear"

Mason is 11 months. Chantelle Davey, 14 Hoxton Road, Torquay. The ex is Kyle Bennett, non-mol order. I've tried ringing her back, no answer. I'm ringing Devon police from here too.

The triage on Tues 19th can stay as is.

Morwenna (EH worker)

On Tue, 12 Jul 2039, 10:05 stepbot <stepbot@torbay.gov.uk> wrote:
> [SB-torbay-0934] Triage slot booked: Tuesday 19 July 2039 09:30 (under-5s), Davey - Mason Davey (DOB 02/08/2038), Ruby-Rose Davey (DOB 15/05/2033), Kelsey Davey (DOB 30/10/2030), LCS 412208.""",
    E("follow_up", urgent=True, case_ids=["412208"], children=[("Mason Davey", "2038-08-02"), ("Ruby-Rose Davey", "2033-05-15"), ("Kelsey Davey", "2030-10-30")],
      concerns=["domestic_abuse", "substance_misuse"]),
    "Sent 00:47 CEST (23:47 BST, Thursday night) from a worker abroad: the drunk ex-partner has broken in, holds an 11-month-old, mother and girls barricaded in the bathroom: DESIGN rule 1 -> urgent, alert_duty to the out-of-hours service; reply to [SB-torbay-0934] -> follow_up.",
    fmt="twin", in_reply_to="<SB-torbay-0934@torbay.gov.uk>", domain="mail.gmail.com")

b08_ics = ics("REPLY", "TORBAY-TRIAGE-20390719-0930-DAVEY", "Triage - Davey [SB-torbay-0934]", L("2039-07-19 09:30"), 30,
    ("Torbay Early Help", "earlyhelp@torbay.gov.uk"), [("Ursula Kemp", "ursula.kemp@torbay.gov.uk", "ACCEPTED")],
    comment="Accepted for AFC - I'll bring the nursery update.", stamp=datetime(2039, 7, 12, 14, 2))
mail("torbay_08.eml", "torbay", "early_help_duty", "ordinary", D("2039-07-12 15:02"), "2039-07-12T15:05:00+01:00",
    "Ursula Kemp <ursula.kemp@torbay.gov.uk>", "Accepted: Triage - Davey [SB-torbay-0934]",
    "Accepted for AFC - I'll bring the nursery update.",
    E("meeting_reply"), "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, with a short COMMENT from the AFC representative for the under-5s triage: meeting_reply -> record_reply.",
    fmt="itip", itip=("REPLY", b08_ics))

# ============================================================ HEREFORDSHIRE
mail("herefordshire_01.eml", "herefordshire", "early_help_duty", "ordinary", D("2039-04-26 10:00"), "2039-04-26T10:05:00+01:00",
    "Rhodri Pugh-Mansell <rhodri.pugh-mansell@herefordshire.gov.uk>", "EHA step-down plan - Gwilliam siblings (Mosaic 883410, 883411, 883412)",
    """Dear Early Help Co-ordinators,

Following the assessment decision on 19 April, please find the Early Help Assessment step-down plan for the Gwilliam sibling group:
- Seren Gwilliam, 02/02/2027
- Osian Gwilliam, 17/07/2030
- Elis Gwilliam, 09/11/2034
Mosaic 883410, 883411, 883412.

Mum's signed consent form is attached. Key person: Hannah Bevan, Family Support Worker, Leominster Family Hub, who has agreed to lead. I discussed the plan with Gemma (co-ordinator) at last Tuesday's drop-in.

Level 3. Needs: dad's alcohol use (now in treatment) and Osian's autism assessment.

Rhodri Pugh-Mansell
Social Worker, Herefordshire Council""",
    E("step_down", level=3, case_ids=["883410", "883411", "883412"],
      children=[("Seren Gwilliam", "2027-02-02"), ("Osian Gwilliam", "2030-07-17"), ("Elis Gwilliam", "2034-11-09")],
      concerns=["disability_send", "substance_misuse"], consent=True),
    "Complete Herefordshire sibling-group step-down (plan, signed consent form, key person with agency; seed 003), within two weeks of the 19 April decision -> book_meeting.",
    fmt="twin", attachments=[("EHA step down plan - Gwilliam.docx", docx(["Early Help Assessment step-down plan", "Gwilliam sibling group", "What needs to happen / by whom / outcome / timescale"])),
                             ("Consent form signed - Gwilliam.pdf", pdf(["Early Help consent form", "I consent to the step-down to Early Help.", "Signed: K Gwilliam 22/04/2039"]))])

mail("herefordshire_02.eml", "herefordshire", "early_help_duty", "ordinary", D("2039-05-19 14:00"), "2039-05-19T14:05:00+01:00",
    "Adaeze Okonkwo-Price <adaeze.okonkwo-price@herefordshire.gov.uk>", "Step down - Brooke Lloyd - plan attached, consent to follow",
    """Hi,

Step-down plan attached for Brooke Lloyd (DOB 5th August 2031), Mosaic 884027. Key person is Mr Dafydd Rees, Head of Year 5, Kingstone Primary.

Mum will sign the consent form at my visit on the 3rd (Fri 3 June) - I'll send it straight after.

Brooke's needs are school attendance (79%) and some low-level worries about her eating.

Thanks
Adaeze""",
    E("step_down", case_ids=["884027"], children=[("Brooke Lloyd", "2031-08-05")], concerns=["school_attendance"], consent=None,
      missing=["consent_form"]),
    "Herefordshire step-down with plan and key person but the written consent 'will sign ... on the 3rd' (not yet given) -> consent null, consent_form missing -> request_info.",
    attachments=[("Step down plan Brooke Lloyd.docx", docx(["Early Help Assessment step-down plan", "Brooke Lloyd 05/08/2031"]))])

mail("herefordshire_03.eml", "herefordshire", "early_help_duty", "urgent", D("2039-06-08 16:50"), "2039-06-08T16:53:00+01:00",
    "Gethin Morgan-Hale <gethin.morgan-hale@herefordshire.gov.uk>", "Step down plan - Maisie Watkins - Mosaic 885102",
    """Hello,

Step-down plan, signed consent form attached for Maisie Watkins (DOB 11/01/2028), Mosaic 885102. Key person: Lowri James, School Nurse, Wye Valley NHS Trust.

Needs: Maisie's anxiety and mum's low mood.

Gethin

PS - as I was leaving the visit just now Maisie followed me to the car and whispered that Lee (mum's boyfriend) "does things to me in the bath and says it's our secret". Mum is on nights this week and Lee is babysitting her tonight from 7. I haven't said anything to mum yet. Clearly the step-down can't go ahead as it is.""",
    E("step_down", urgent=True, level=None, case_ids=["885102"], children=[("Maisie Watkins", "2028-01-11")],
      concerns=["parental_mental_health", "sexual_harm"], consent=True),
    "A step-down whose PS holds an 11-year-old's disclosure of sexual abuse by the mother's boyfriend, who babysits her tonight from 7: DESIGN rule 1 -> urgent, alert_duty; the step-down itself is complete (plan, consent form, key person).",
    attachments=[("Step-down plan Watkins.docx", docx(["Early Help Assessment step-down plan", "Maisie Watkins 11/01/2028"])),
                 ("Consent - Watkins.pdf", pdf(["Early Help consent form", "Signed: S Watkins 06/06/2039"]))])

mail("herefordshire_04.eml", "herefordshire", "early_help_duty", "near_miss", D("2039-05-27 09:00"), "2039-05-27T09:05:00+01:00",
    "Herefordshire Safeguarding Children Partnership <hscp@herefordshire.gov.uk>", "HSCP bulletin: bank holiday and half-term cover 28 May - 5 June",
    """HSCP practitioner bulletin - bank holiday and half-term

The spring bank holiday is Monday 30 May; schools are closed for half term 30 May - 3 June.

Reminder: if a child discloses abuse and the person they name is at home tonight, or a child is left alone, do not email a duty inbox - phone MASH in office hours or the Emergency Duty Team out of hours, and 999 in an emergency. Step-down drop-ins on Tuesday 31 May will run as normal.

Training: "Recognising immediate risk" - 15 June, book via the HSCP site.""",
    E("other"), "NEAR MISS - a partnership bulletin whose examples of immediate risk are generic advice: DESIGN rule 1 (bulletins listing examples must not trigger) -> other, human_review.",
    fmt="html", headers=[("Precedence", "bulk"), ("List-Unsubscribe", "<mailto:hscp@herefordshire.gov.uk?subject=unsubscribe>")])

mail("herefordshire_05.eml", "herefordshire", "early_help_duty", "ordinary", D("2039-06-06 10:10"), "2039-06-06T10:15:00+01:00",
    "Adaeze Okonkwo-Price <adaeze.okonkwo-price@herefordshire.gov.uk>", "RE: [SB-herefordshire-0612] Step down - Brooke Lloyd - consent form",
    """Hi - signed consent form for Brooke Lloyd attached, mum signed it at Friday's visit.

Adaeze

> [SB-herefordshire-0612] Missing: consent_form (Brooke Lloyd, Mosaic 884027)""",
    E("follow_up", case_ids=["884027"], children=[("Brooke Lloyd", None)], consent=True),
    "A reply to [SB-herefordshire-0612] adding the signed consent form: follow_up -> attach_to_request; consent true.",
    in_reply_to="<SB-herefordshire-0612@herefordshire.gov.uk>",
    attachments=[("Consent form - B Lloyd signed.pdf", pdf(["Early Help consent form", "Brooke Lloyd", "Signed: C Lloyd 03/06/2039"]))])

mail("herefordshire_06.eml", "herefordshire", "early_help_duty", "urgent", D("2039-04-22 18:12"), "2039-04-22T18:15:00+01:00",
    "Cerys Bowen-Ashby <cerys.bowen-ashby@herefordshire.gov.uk>", "Prosser family - mum rang me just now",
    """Sorry, I don't know who else will see this on a Friday evening.

Kirsty Prosser rang me at 5.50pm slurring, she could barely finish a sentence. She's on her own with Rhys Prosser (2) and Ffion Prosser (4 months). She said she can't remember if she has fed Ffion since the morning and she's "going to sleep it off" on the sofa. Rhys was screaming in the background. Dad is working away in Aberdeen till Sunday. No one else is there. Address is 3 Mill Cottages, Much Birch.

She won't answer now. I'm off shift and can't get there.

Cerys Bowen-Ashby
Early Help Practitioner
Sent from my Android phone""",
    E("other", urgent=True, children=[("Rhys Prosser", None), ("Ffion Prosser", None)], concerns=["neglect", "substance_misuse"]),
    "Friday evening: a mother alone and heavily intoxicated with a 2-year-old and a 4-month-old she may not have fed since morning, now not answering: DESIGN rule 1 -> urgent, alert_duty (Emergency Duty Team at this hour); not a step request -> other.")

mail("herefordshire_07.eml", "herefordshire", "early_help_duty", "near_miss", D("2039-07-12 11:40"), "2039-07-12T11:45:00+01:00",
    "Ioana Popescu <ioana.popescu@herefordshire.gov.uk>", "Step-down plan - Evans-Bright - after drop-in last Tues",
    """Dear co-ordinators,

Plan for Jack Evans-Bright, d.o.b. 23-09-2029, Mosaic 886391, following my chat with Gemma at last Tuesday's drop-in.

Background for the plan: in 2036 Jack disclosed sexual abuse by his uncle. That was fully investigated, the uncle was convicted and is in prison until 2045, and there has been no contact since. Jack has had therapy and is doing well. This is not a current concern; it's here so the new key person understands the history.

Consent form signed by mum (attached). Key person: Bethan Hughes, Youth Worker, Hereford YMCA.

Current needs: Jack's friendships and mum's debts.

Ioana Popescu
Social Worker""",
    E("step_down", case_ids=["886391"], children=[("Jack Evans-Bright", "2029-09-23")], concerns=[], consent=True),
    "NEAR MISS - sexual abuse told as historic (2036, convicted, in prison, 'not a current concern'); complete Herefordshire step-down (plan, consent form, key person) already discussed at the drop-in -> book_meeting.",
    fmt="twin", attachments=[("EHA step-down plan - Jack EB.docx", docx(["Early Help Assessment step-down plan", "Jack Evans-Bright 23/09/2029"])),
                             ("consent EB.pdf", pdf(["Consent form", "Signed: R Evans-Bright 05/07/2039"]))])

mail("herefordshire_08.eml", "herefordshire", "mash_step_up", "ordinary", D("2039-04-14 15:00"), "2039-04-14T15:05:00+01:00",
    "Megan Price-Whitehouse <megan.price-whitehouse@herefordshire.gov.uk>", "Step up request - Tyler Griffiths - please book a meeting",
    """Hi MASH,

I'd like to step up Tyler Griffiths (DOB 01/03/2030), Mosaic 881256, from Early Help. The TAF plan hasn't moved in 6 months: attendance 58%, mum not engaging with the school or with me since February.

Could you book a step-up meeting for w/c 25th April? Mum agrees to the step up and my manager has agreed.

Megan
Early Help Practitioner""",
    E("step_up", case_ids=["881256"], children=[("Tyler Griffiths", "2030-03-01")], concerns=["non_engagement", "school_attendance"],
      consent=True, manager=True, action="human_review"),
    "A step-up to Herefordshire, whose seed defines no step-up process (REQUIREMENTS: 'step_up is not defined by this seed') -> human_review, missing [].")

# ============================================================ build and self-check
def check(built):
    errs = []
    files = [m["file"] for m in MAILS]
    if len(files) != 40 or len(set(files)) != 40:
        errs.append("need 40 distinct files")
    for a in ["knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"]:
        got = sorted(f for f in files if f.startswith(a + "_"))
        if got != ["%s_%02d.eml" % (a, i) for i in range(1, 9)]:
            errs.append("%s: files %s" % (a, got))
    cats = [m["cat"] for m in MAILS]
    if cats.count("urgent") < 11 or cats.count("near_miss") < 11:
        errs.append("category counts %s" % {c: cats.count(c) for c in set(cats)})
    assert easter(2039) == date(2039, 4, 10)
    assert BH == {date(2039, 4, 8), date(2039, 4, 11), date(2039, 5, 2), date(2039, 5, 30)}, BH
    for m in MAILS:
        raw = built[m["file"]]
        msg = email.message_from_bytes(raw)
        if not msg["From"] or not msg["Date"]:
            errs.append(m["file"] + ": headers")
        e = m["expect"]
        if e["urgent"] != (m["cat"] == "urgent"):
            errs.append(m["file"] + ": urgent vs category")
        if e["urgent"] and e["next_action"] != "alert_duty":
            errs.append(m["file"] + ": urgent needs alert_duty")
        now = datetime.fromisoformat(m["now"])
        if not (date(2039, 4, 11) <= now.date() <= date(2039, 7, 20)):
            errs.append(m["file"] + ": now outside window")
        if now < m["date"] or now - m["date"] > timedelta(minutes=30):
            errs.append(m["file"] + ": now not shortly after Date")
        night = now.hour >= 18 or now.hour < 8
        if not working(now.date()) and not night:
            errs.append(m["file"] + ": now on a non-working day")
        if m["to"] != BOX[(m["authority"], m["mailbox"])]:
            errs.append(m["file"] + ": mailbox")
        text = readable(raw)
        if m["cat"] == "urgent":
            low = text.lower()
            for w in BANNED:
                if re.search(r"(?<![a-z])" + re.escape(w) + r"(?![a-z])", low):
                    errs.append("%s: banned word %r" % (m["file"], w))
        for cid in e["case_ids"]:
            if cid not in text:
                errs.append("%s: case id %s not in text" % (m["file"], cid))
        for c in e["children"]:
            if c["name"] not in text:
                errs.append("%s: child %s not in text" % (m["file"], c["name"]))
        if e["kind"] in ("auto_reply", "meeting_reply", "follow_up", "other") and e["missing"]:
            errs.append(m["file"] + ": missing must be [] for this kind")
        if (m["authority"], e["kind"]) in {("knowsley", "step_up"), ("knowsley", "step_down")}:
            if e["notice_ok"] is not None and "meeting" not in m:
                errs.append(m["file"] + ": notice without meeting")
        elif e["notice_ok"] is not None:
            errs.append(m["file"] + ": notice only for Knowsley steps")
        if "meeting" in m:
            g = wd_given(now.date(), m["meeting"])
            if (g >= 5) != e["notice_ok"]:
                errs.append("%s: notice %d WD vs label %s" % (m["file"], g, e["notice_ok"]))
            m["given"] = g
        if e["kind"] == "step_down" and m["authority"] == "knowsley" and e["level"] is None:
            errs.append(m["file"] + ": Knowsley step-down level")
    return errs

MEETINGS = {"knowsley_01.eml": date(2039, 5, 18), "knowsley_02.eml": date(2039, 5, 4), "knowsley_04.eml": date(2039, 5, 24),
            "knowsley_05.eml": date(2039, 6, 7), "knowsley_08.eml": date(2039, 7, 13)}

def main():
    for m in MAILS:
        if m["file"] in MEETINGS:
            m["meeting"] = MEETINGS[m["file"]]
    built = {m["file"]: build(m) for m in MAILS}
    errs = check(built)
    if errs:
        print("SELF-CHECK FAILED:"); print("\n".join(errs)); sys.exit(1)
    for f, raw in built.items():
        with open(os.path.join(HERE, f), "wb") as fh:
            fh.write(raw)
    labels = [{"file": m["file"], "authority": m["authority"], "mailbox": m["mailbox"], "now": m["now"],
               "expect": m["expect"], "why": m["why"]} for m in MAILS]
    json.dump(labels, open(os.path.join(HERE, "labels.json"), "w"), indent=1, ensure_ascii=False)
    json.dump({m["file"]: m["cat"] for m in MAILS}, open(os.path.join(HERE, "categories.json"), "w"), indent=1)
    cats = [m["cat"] for m in MAILS]
    print("self-check OK: 40 files, 8 per authority, all parse with email.message_from_bytes, no banned words in urgent mail,"
          " labels consistent with categories, notice recomputed with 2039 bank holidays %s" % sorted(str(d) for d in BH))
    print("categories: urgent %d, near_miss %d, ordinary %d" % (cats.count("urgent"), cats.count("near_miss"), cats.count("ordinary")))
    for m in MAILS:
        if "given" in m:
            print("  notice %s: %d WD -> ok=%s" % (m["file"], m["given"], m["expect"]["notice_ok"]))
    for m in MAILS:
        if m["cat"] == "urgent":
            print("  URGENT %s (%s): %s" % (m["file"], m["expect"]["kind"], m["why"][:170]))

if __name__ == "__main__":
    main()
