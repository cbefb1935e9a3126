"""mixed115 mails: Knowsley and Richmond & Wandsworth."""
from lib115 import *

MB = {
    "knowsley": {"mash_step_up": "knowsleymash@knowsley.gov.uk",
                 "early_help_duty": "FamilyFirst0-18DutyMailbox@knowsley.gov.uk"},
    "richmond_wandsworth": {"mash_step_up": "MASH-StepUP@richmondandwandsworth.gov.uk",
                            "early_help_duty": "EarlyHelpDuty@richmondandwandsworth.gov.uk"},
    "tower_hamlets": {"mash_step_up": "MAST@towerhamlets.gov.uk", "early_help_duty": "EarlyHelpHub@towerhamlets.gov.uk"},
    "torbay": {"mash_step_up": "mash@torbay.gov.uk", "early_help_duty": "earlyhelp@torbay.gov.uk"},
    "herefordshire": {"mash_step_up": "mash@herefordshire.gov.uk",
                      "early_help_duty": "earlyhelpcoordinators@herefordshire.gov.uk"},
}
OUTLOOK = "Microsoft Outlook 16.0"
MAILS = []


def add(f, data, authority, mailbox, when, delay, category, kind, urgent, level, case_ids, children, concerns,
        consent, manager, missing, notice_ok, next_action, why, summary, notice=None, written=None, night=False):
    """children: [(name, iso_dob or None, dob as written or None)]; notice: (meeting date) for Knowsley checks."""
    MAILS.append(dict(
        file=f, data=data, authority=authority, mailbox=mailbox, when=when, now=when + timedelta(minutes=delay),
        category=category, summary=summary, notice=notice, night=night,
        written=[(n, w) for n, d, w in children], label={
            "file": f, "authority": authority, "mailbox": mailbox,
            "now": (when + timedelta(minutes=delay)).isoformat(),
            "expect": {"kind": kind, "urgent": urgent, "level": level, "case_ids": case_ids,
                       "children": [{"name": n, "dob": d} for n, d, w in children],
                       "concerns": sorted(concerns), "consent": consent, "manager_agreed": manager,
                       "missing": sorted(missing), "notice_ok": notice_ok, "next_action": next_action},
            "why": why}))


def ack_quote(sender, when_s, subject, lines):
    return ("\n\nFrom: %s\nSent: %s\nSubject: %s\n\n" % (sender, when_s, subject)) + "\n".join(lines)


# ======================================================================================= KNOWSLEY
def knowsley_01():
    f = "knowsley_01.eml"
    w = dt("2036-03-13 10:12")
    m = new_msg(f, addr("Bernadette Okafor-Reilly", "bernadette.okafor-reilly@knowsley.gov.uk"),
                MB["knowsley"]["mash_step_up"], "Step up request - EHM-61427 - Yusuf Demir", w,
                cc="Mash.Businesssupport@knowsley.gov.uk", mailer=OUTLOOK, domain="knowsley.gov.uk")
    text = """Hi MASH team,

Please find attached a step up request to CSC for Yusuf Demir (DOB 02/11/2022) and his sister Elif Demir (DOB 21/06/2026). EHM case ID: EHM-61427.

Yusuf is 13 and in Year 8 at Halewood Park Academy. Since October his parents have kept him off school on Tuesdays and Fridays to work at the family's carpet and rug stall at Huyton market (setting up from 6am, carrying rolls, taking cash). His attendance this year is 61%. Elif's attendance is fine (95%).

The family are not engaging with Family First. They have cancelled or not attended four TAF meetings since November, don't answer the door on planned visits and Mr Demir has told me twice that "the business is family business, not council business". We have used Turkish interpreters at every visit so that Yusuf is not asked to interpret.

My team manager, Lorraine Atherton, has discussed this step up with me in supervision on 11/03 and agreed to it.

The step up TAF meeting is booked for Wednesday 19th March at 10am on Teams - invite attached and sent to the MASH inbox and MASH business support as per the protocol. I'll invite the current TAF members (school, school nurse, market manager's office).

Attached:
- FF Step Up request to CSC - Demir.docx
- TAF minutes 26.02.36.pdf

Many thanks,
Bernadette

Bernadette Okafor-Reilly
Family First Case Manager (Level 3)
Knowsley Council | Family First 0-18
0151 496 0522"""
    body(m, text, html_twin=True)
    form = make_docx([
        "# FF Step Up request to CSC",
        "Case ID on EHM: EHM-61427",
        "Has this family recently closed to Children's Social Care?: No",
        "Date of step up TAF meeting: Wednesday 19 March 2036, 10:00 (Teams)",
        "Level of Engagement: low - parents cancelled or did not attend 4 TAF meetings",
        "Recent TAF meeting minutes attached: yes (26.02.36)",
        "# What are we worried about?",
        "Yusuf (13) is kept off school two days a week to work on the family market stall; attendance 61%. Parents do not engage with the plan.",
        "# What is working well?",
        "Yusuf is well cared for at home, warm and fed; Elif attends well. Both children are close to their grandmother.",
        "# What next?",
        "Goal: Yusuf back in school full time. Next steps: C&F assessment; EWO and child employment officer involvement.",
        "Agreement by line manager: Lorraine Atherton, Team Manager, 11/03/2036",
        "Contingency plan: if not stepped up, EWO to issue attendance warning and TAF to reconvene in 4 weeks.",
    ])
    attach(m, form, DOCX, "FF Step Up request to CSC - Demir.docx")
    attach(m, make_pdf("TAF meeting minutes - Demir family - 26/02/2036", [
        "Present: B Okafor-Reilly (Family First), Ms Kaur (Halewood Park Academy), school nurse.",
        "Apologies: Mr and Mrs Demir (did not attend, no contact).",
        "1. Attendance: Yusuf 61%, absent Tuesdays and Fridays. Seen at Huyton market on school days by EWO.",
        "2. Elif: attendance 95%, no concerns at school.",
        "3. Actions: Family First to discuss step up with team manager; school to keep daily contact log.",
        "Next TAF: to be arranged.",
    ]), "application/pdf", "TAF minutes 26.02.36.pdf")
    cal = ics("REQUEST", f, w, "20360319T100000", "20360319T113000", "Step up TAF - Demir - EHM-61427",
              ("Bernadette Okafor-Reilly", "bernadette.okafor-reilly@knowsley.gov.uk"),
              [("Knowsley MASH", "knowsleymash@knowsley.gov.uk"),
               ("MASH business support", "Mash.Businesssupport@knowsley.gov.uk")],
              location="Microsoft Teams Meeting", description="Step up TAF meeting for Yusuf and Elif Demir.")
    attach(m, cal, "text/calendar", "invite.ics")
    add(f, finish(f, m), "knowsley", "mash_step_up", w, 4, "ordinary", "step_up", False, None, ["EHM-61427"],
        [("Yusuf Demir", "2022-11-02", "02/11/2022"), ("Elif Demir", "2026-06-21", "21/06/2026")],
        ["non_engagement", "school_attendance"], None, True, ["engaging_families"], False, "request_info",
        "Knowsley step_up (REQUIREMENTS knowsley step_up; seed 004 s.4): form, TAF minutes, EHM id and TM agreement are there but the step-up relates to non-engagement without the Engaging Families toolkit, and the TAF on Wed 19 March is only 4 working days after Thu 13 March (needs 5) -> request_info.",
        "complete-looking non-engagement step-up for a 13-year-old kept off school to work on the family market stall; no Engaging Families toolkit; 4 WD notice; Teams invite attached",
        notice=date(2036, 3, 19))


def knowsley_02():
    f = "knowsley_02.eml"
    w = dt("2036-04-03 09:40")
    m = new_msg(f, addr("Ciarán Doherty", "ciaran.doherty@knowsley.gov.uk"), MB["knowsley"]["early_help_duty"],
                "Step down L2 - Hamza Qureshi & Zainab Qureshi - final CIN Tues 15 April", w, mailer=OUTLOOK,
                domain="knowsley.gov.uk")
    text = """Good morning Family First duty,

I am writing to let you know that we intend to step down Hamza Qureshi (DOB 08.09.2025) and Zainab Qureshi (DOB 14.02.2029), ICS ID 2210934, to Level 2 at their final CIN meeting.

Final CIN meeting: Tuesday 15th April 2036 at 2pm, Kirkby Family Hub, Room 3 (after the Easter bank holidays).

The person taking over the Lead Practitioner role is Mrs Farzana Akhtar, Family Support Worker at St Aidan's Catholic Primary School, who has agreed to lead the Early Help Assessment at Level 2.

What are we worried about?
Hamza (10) has for a long time been the family's interpreter - at mum's hospital appointments, the jobcentre and at dad's shop when suppliers come. He has missed school for this and his attendance is 88%. Mum still sometimes asks him to interpret at the GP.

What is working well?
Mum now books an Urdu interpreter for appointments herself and the GP practice has flagged that a professional interpreter must be used. Dad no longer has Hamza serve in the shop on school days. Zainab is doing well at school. Both parents engaged fully with the CIN plan.

What needs to happen?
School to monitor attendance weekly; Hamza to attend the young carers group on Thursdays; Mrs Akhtar to complete the EHA and review in 6 weeks.

Kind regards
Ciarán

Ciarán Doherty
Social Worker, Children in Need Team
Knowsley Council
0151 496 0688"""
    body(m, text)
    add(f, finish(f, m), "knowsley", "early_help_duty", w, 6, "ordinary", "step_down", False, 2, ["2210934"],
        [("Hamza Qureshi", "2025-09-08", "08.09.2025"), ("Zainab Qureshi", "2029-02-14", "14.02.2029")],
        ["school_attendance", "young_carer"], None, None, [], True, "book_meeting",
        "Knowsley level 2 step_down (REQUIREMENTS knowsley step_down level 2; seed 004 s.2): date, time and venue, the three Signs of Safety headings and a named lead practitioner with agency; from Thu 3 April (BST) the CIN on Tue 15 April is 6 working days because Good Friday 11 April and Easter Monday 14 April are bank holidays (8 plain weekdays) -> still >= 5 -> book_meeting.",
        "level 2 step-down of a boy who interpreted for his parents; notice counted across Good Friday and Easter Monday (6 WD); BST date",
        notice=date(2036, 4, 15))


def knowsley_03():
    f = "knowsley_03.eml"
    w = dt("2036-02-06 15:48")
    m = new_msg(f, addr("Siobhan McAteer", "siobhan.mcateer@knowsley.gov.uk"), MB["knowsley"]["mash_step_up"],
                "Step up TAF - Chen - EHM-58830", w, cc="Mash.Businesssupport@knowsley.gov.uk", mailer=OUTLOOK,
                domain="knowsley.gov.uk")
    text = """Hi all,

Step up request for Ruby Chen (DOB 3rd August 2023) and Kevin Chen (DOB 19th December 2027), EHM-58830. Form, GCP2 and latest TAF minutes attached. My team manager Jo Kenwright agreed the step up in supervision on Monday.

Step up TAF meeting: Wednesday 13 February 2036 at 10:00, Teams (invite to follow from my calendar).

Summary: neglect - the GCP2 (completed January) scores 4 on care and supervision. Ruby (12) works most evenings and all weekend in the family's takeaway, the Golden Dragon on Bluebell Lane, on the counter and the fryers. Ruby's attendance is 79% and she falls asleep in lessons. Kevin (8) is looked after in the back room of the shop until closing.

Before I sent this I called in at the takeaway at 3pm today on my way back from school. Ruby was behind the counter still in her school uniform. Her left forearm is burnt from the wrist nearly to the elbow - the middle of it is white and leathery-looking with big blisters all round the edge, some burst and weeping. She said the fryer basket tipped over on Monday night. Her dad had wrapped it in cling film. Ruby told me she is not allowed to go to the hospital because "they will ask questions about the shop" and that she has to do the fryers again tonight from 5 until they close at 11. Mr Chen told me "she is fine, she is strong, no hospital" and asked me to leave. Kevin was in the back room.

Ruby was holding her arm against her chest and crying when I left at 3.25.

Siobhan

Siobhan McAteer
Family First Case Manager
Knowsley Council
0151 496 0731"""
    body(m, text, html_twin=True)
    attach(m, make_docx([
        "# FF Step Up request to CSC",
        "Case ID on EHM: EHM-58830",
        "Date of step up TAF meeting: 13/02/2036 10:00",
        "Recent TAF meeting minutes attached: yes",
        "# What are we worried about?",
        "Neglect: Ruby (12) works evenings and weekends in the family takeaway; Kevin (8) kept in the shop until 11pm. GCP2 completed.",
        "# What is working well?",
        "Children are fed; school reports Kevin is settled and happy.",
        "# What next?",
        "C&F assessment; child employment officer to be informed.",
        "Agreement by line manager: Jo Kenwright, 04/02/2036",
    ]), DOCX, "FF Step Up request - Chen.docx")
    attach(m, make_pdf("Graded Care Profile 2 (GCP2) - Ruby and Kevin Chen - January 2036", [
        "Area 1 Physical care: 3", "Area 2 Care of safety (supervision): 4",
        "Area 3 Love and care: 2", "Area 4 Stimulation and education: 4",
        "Summary: children's needs are put after the needs of the business.",
    ]), "application/pdf", "GCP2 Chen Jan 2036.pdf")
    attach(m, make_pdf("TAF minutes - Chen family - 22/01/2036", [
        "Present: S McAteer, school (Ms Rimmer), school nurse. Mr Chen attended for 10 minutes.",
        "Ruby attendance 79%; tired in class. Kevin collected late most days.",
        "Action: Family First to discuss step up with TM.",
    ]), "application/pdf", "TAF minutes 22.01.36 Chen.pdf")
    add(f, finish(f, m), "knowsley", "mash_step_up", w, 3, "urgent", "step_up", True, None, ["EHM-58830"],
        [("Ruby Chen", "2023-08-03", "3rd August 2023"), ("Kevin Chen", "2027-12-19", "19th December 2027")],
        ["neglect", "physical_harm", "school_attendance"], None, True, [], True, "alert_duty",
        "DESIGN safety rule 1 over an otherwise complete Knowsley step-up (form, GCP2 for neglect, TAF minutes, EHM id, TM agreement, 5 WD to Wed 13 Feb): a 12-year-old with a deep untreated fryer burn, kept from hospital and due back on the fryers tonight -> urgent -> alert_duty.",
        "a 12-year-old with a deep, weeping fryer burn at the family takeaway, told no hospital and to work the fryers again tonight (inside a complete step-up)",
        notice=date(2036, 2, 13))


def knowsley_04():
    f = "knowsley_04.eml"
    w = dt("2036-03-11 11:05")
    m = new_msg(f, addr("Tomasz Wiśniewski", "tomasz.wisniewski@knowsley.gov.uk"), MB["knowsley"]["early_help_duty"],
                "Step down to Family First (Level 3) - Aleksander Nowak - joint home visit 18/03", w, mailer=OUTLOOK,
                domain="knowsley.gov.uk")
    html_body = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB" style="font-family:Aptos,sans-serif;font-size:11pt">
<p>Dear Family First duty team,</p>
<p>I would like to step Aleksander down to Family First at <b>Level 3</b>. Details below.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Child</b></td><td>Aleksander Nowak, DOB 30/05/2024</td></tr>
<tr><td><b>ICS</b></td><td>ICS-2198455</td></tr>
<tr><td><b>Joint home visit</b></td><td>Tuesday 18 March 2036 at 10:00, family home, 14 Cherryfield Drive, Kirkby</td></tr>
<tr><td><b>Consent</b></td><td>Mr and Mrs Nowak have both consented to Aleks being referred to Family First (signed 6 March).</td></tr>
</table>
<p><b>History (for context only)</b><br>
In October 2034 Aleks burnt his right hand on the chip fryer at his dad's takeaway, where he had been helping after school. It was treated at Whiston, it healed well (a small scar), and it was looked at under s47 at the time. Dad sold the takeaway in spring 2035. Aleks has not worked anywhere since and there are no current concerns about him working or being hurt.</p>
<p><b>What are we worried about?</b><br>
Mum's low mood since her father died in January; some days she does not get up and Aleks gets himself to school.</p>
<p><b>What is working well?</b><br>
Mum has started with Talking Therapies and sees her GP fortnightly. Dad has changed shifts to do the school run. Aleks's attendance is 97% and he is in the school football team.</p>
<p><b>What needs to happen?</b><br>
Family First case manager to support mum with routines and link the family to the bereavement group; review at the first TAF in 6 weeks.</p>
<p>Thanks,<br>Tomasz</p>
<p>Tomasz Wiśniewski<br>Social Worker, Assessment Team<br>Knowsley Council<br>0151 496 0840</p>
</body></html>
"""
    body(m, None, html_only=html_body)
    add(f, finish(f, m), "knowsley", "early_help_duty", w, 5, "near_miss", "step_down", False, 3, ["ICS-2198455"],
        [("Aleksander Nowak", "2024-05-30", "30/05/2024")], ["parental_mental_health"], True, None, [], True,
        "book_meeting",
        "NEAR MISS (historic, healed): a 2034 fryer burn at a takeaway since sold, investigated at the time, 'no current concerns' -> not urgent (DESIGN safety rule 1); complete Knowsley level 3 step_down (REQUIREMENTS: joint home visit date/time/venue, three headings, consent), Tue 11 -> Tue 18 March = 5 WD -> book_meeting.",
        "a 2034 fryer burn at dad's old takeaway, healed and investigated, told as history in a complete level 3 step-down",
        notice=date(2036, 3, 18))


def knowsley_05():
    f = "knowsley_05.eml"
    w = dt("2036-01-14 09:20")
    m = new_msg(f, addr("Denise Harrop", "denise.harrop@knowsley.gov.uk"),
                "knowsleymash@knowsley.gov.uk, FamilyFirst0-18DutyMailbox@knowsley.gov.uk",
                "Child employment byelaws - updated leaflet for practitioners (please circulate)", w, mailer=OUTLOOK,
                domain="knowsley.gov.uk")
    text = """Dear colleagues,

Happy new year. Attached is the updated leaflet on the child employment byelaws for parents, employers and practitioners. Please share it with your teams.

Key points:
- No child under 13 may be employed, even in a family business, except in limited performance and sport licences.
- Every child of compulsory school age who works needs a work permit from the council, including for paper rounds and Saturday jobs.
- No work before 7am or after 7pm, or for more than 2 hours on a school day.
- Children must not work in commercial kitchens (fryers, grills), on building sites, at heights, with machinery, or in door-to-door selling.

Examples we have been asked about in other areas this year: a 12-year-old working a fryer in a takeaway; a 14-year-old carrying tiles on a roof job; a 10-year-old left to mind a market stall at night. If you come across a child working in ways like these, consider whether it is a safeguarding matter and contact MASH; for anything about permits contact me.

This is an information email only - it is not about any particular child.

Denise Harrop
Child Employment and Entertainment Officer
Education Welfare Service, Knowsley Council
0151 496 0911"""
    body(m, text)
    attach(m, make_pdf("Children and work: the byelaws explained (Knowsley, January 2036)", [
        "Who needs a permit? Every child of compulsory school age who does any paid or unpaid work for a business.",
        "Minimum age: 13 (light work only).",
        "Hours on school days: maximum 2 hours, not before 7am or after 7pm.",
        "Prohibited work: kitchens and fryers, building sites, work at heights, selling alcohol, door-to-door selling.",
        "Worried about a child? Talk to the school's designated safeguarding lead or contact MASH.",
    ]), "application/pdf", "Child employment byelaws leaflet 2036.pdf")
    add(f, finish(f, m), "knowsley", "mash_step_up", w, 7, "near_miss", "other", False, None, [], [], [], None, None,
        [], None, "human_review",
        "NEAR MISS (a byelaw leaflet listing examples): DESIGN safety rule 1 says bulletins that list examples must not trigger; no child, no step request -> other -> human_review.",
        "the child employment officer's byelaw leaflet, listing a 12-year-old at a fryer and a 14-year-old on a roof as examples")


def knowsley_06():
    f = "knowsley_06.eml"
    w = dt("2036-02-27 11:52")
    m = new_msg(f, addr("Gareth Lloyd-Pritchard", "gareth.lloyd-pritchard@knowsley.gov.uk"),
                MB["knowsley"]["mash_step_up"], "Connor Flanagan Y9 - at his house now", w,
                cc="leanne.cox@knowsley.gov.uk", domain="knowsley.gov.uk", extra=[("X-Mailer", "iPhone Mail (23D60)")])
    text = """Hi MASH

EWO here, at 7 Rydal Close Huyton on an attendance home visit for Connor Flanagan dob 09/07/2021 (14). Open to Family First L3, EHM-60218, Leanne Cox cc'd.

Connor answered the door grey and sweaty and was sick in the hall while I was there. He told me hes been going out on roof jobs with a man called Tony (not family, works out of a white transit) who pays him £30 a day cash, thats where he's been on the days he's off (attendance 64% this term). This morning about 8 he came down off the roof and passed out on the scaffold boards and banged the side of his head. Tony put him in the van, dropped him at the end of the road and drove off. Connor has been on his own since.

He keeps asking me what day it is and has a big swelling above his ear. Mum at work in town till 6, not answering. He says he has to be back on the roof tomorrow at 7 or Tony won't pay him what he's owed.

I've rung 111 and they said he needs to be seen today. Im staying with him for now. Can someone call me on 07700 900318

Gareth

Sent from my iPhone"""
    body(m, text)
    add(f, finish(f, m), "knowsley", "mash_step_up", w, 3, "urgent", "other", True, None, ["EHM-60218"],
        [("Connor Flanagan", "2021-07-09", "09/07/2021")], ["exploitation", "physical_harm", "school_attendance"],
        None, None, [], None, "alert_duty",
        "DESIGN safety rule 1: a 14-year-old who collapsed on a roof job this morning and hit his head, confused, left by a non-family 'foreman' who drove off and expects him back tomorrow; an EWO's report, not a step request -> other, urgent -> alert_duty.",
        "a 14-year-old who collapsed on a roof job this morning, head injury and confused, the man who employs him drove off")


def knowsley_07():
    f = "knowsley_07.eml"
    w = dt("2036-03-17 08:47")
    m = new_msg(f, addr("Harpreet Kaur", "h.kaur@halewoodpark.example.sch.uk"), MB["knowsley"]["mash_step_up"],
                "Accepted: Step up TAF - Demir - EHM-61427 [SB-knowsley-2213]", w, mailer=OUTLOOK,
                cc="bernadette.okafor-reilly@knowsley.gov.uk", domain="halewoodpark.example.sch.uk")
    comment = ("I'll be there. Please can a Turkish interpreter be booked for Mr and Mrs Demir - Yusuf should not be "
               "asked to interpret at his own meeting.")
    m.set_content("Harpreet Kaur has accepted this meeting.\n\n" + comment + "\n")
    cal = ics("REPLY", "knowsley_01.eml", w, "20360319T100000", "20360319T113000",
              "Step up TAF - Demir - EHM-61427 [SB-knowsley-2213]",
              ("Bernadette Okafor-Reilly", "bernadette.okafor-reilly@knowsley.gov.uk"),
              [("Harpreet Kaur", "h.kaur@halewoodpark.example.sch.uk")], comment=comment, partstat="ACCEPTED")
    m.add_alternative(cal, subtype="calendar", params={"method": "REPLY"})
    add(f, finish(f, m), "knowsley", "mash_step_up", w, 2, "ordinary", "meeting_reply", False, None, ["EHM-61427"],
        [], [], None, None, [], None, "record_reply",
        "DESIGN kind meeting_reply: an iTIP REPLY (ACCEPTED) from the school DSL for knowsley_01's step-up TAF, with a COMMENT asking for an interpreter -> record_reply; only a first name, nothing of concern.",
        "iTIP ACCEPTED reply with a COMMENT asking for a Turkish interpreter so the boy does not interpret at his own meeting")


def knowsley_08():
    f = "knowsley_08.eml"
    w = dt("2036-04-02 16:02")
    m = new_msg(f, addr("Leanne Cox", "leanne.cox@knowsley.gov.uk"), MB["knowsley"]["early_help_duty"],
                "Automatic reply: [SB-knowsley-2241] Step down received - please confirm the Family First case manager",
                w, mailer=OUTLOOK, domain="knowsley.gov.uk",
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                       ("X-MS-Exchange-Inbox-Rules-Loop", "leanne.cox@knowsley.gov.uk")])
    text = """Thank you for your email. I am on annual leave from Thursday 3 April and back on Tuesday 15 April (after the Easter bank holidays). I will not be checking emails.

For new work please contact the Family First duty mailbox. If you are worried that a child is at immediate risk of harm, please call the MASH on 0151 496 0417 or, out of hours, the Emergency Duty Team on 0151 496 0999. In an emergency call 999.

Leanne Cox
Family First Case Manager"""
    body(m, text)
    add(f, finish(f, m), "knowsley", "early_help_duty", w, 1, "ordinary", "auto_reply", False, None, [], [], [], None,
        None, [], None, "ignore",
        "DESIGN safety rule 2 and kind auto_reply: an Outlook out-of-office (Auto-Submitted: auto-replied) to a stepbot message; its 'immediate risk of harm' line is boilerplate -> ignore.",
        "out-of-office over Easter with boilerplate safeguarding numbers")


# ======================================================================================= RICHMOND & WANDSWORTH
def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"
    w = dt("2036-01-25 21:43")
    m = new_msg(f, addr("Precious Adeyemi-Clarke", "precious.adeyemiclarke@gmail.example"),
                MB["richmond_wandsworth"]["early_help_duty"], "little boy on his own at the night market", w,
                domain="mail.gmail.example")
    text = """Hello,

Sorry I don't know who else to email, I got this address off a leaflet in the library.

I run the candle stall at the Friday night market under the railway arches off Battersea Park Road. The stall next to mine (phone cases and chargers) is run by a man the boy calls Uncle Dawood. He left about 6 o'clock and said he'd be back in 10 minutes. It's now nearly 9.45. The boy, Amir Haidari, told me he is 10, has been on his own serving customers and taking money all evening in the cold. He's crying now, he has no phone, he doesn't know the address where he lives only "near the big Tesco", and he won't leave the stall because he says he'll be in trouble if the money goes.

I've given him a hot chocolate and my scarf. The market shuts at 10 and everyone is packing up round him. I have to leave by 10.30 and I can't take him with me. He said this happened before and his uncle came back after midnight.

Please can someone ring me on 07700 900412, I'll stay as long as I can.

Precious"""
    body(m, text, html_twin=True)
    add(f, finish(f, m), "richmond_wandsworth", "early_help_duty", w, 4, "urgent", "other", True, None, [],
        [("Amir Haidari", None, None)], ["neglect"], None, None, [], None, "alert_duty",
        "DESIGN safety rule 1, out of hours (Friday 21:43): a 10-year-old left alone on a market stall at night, his uncle not back, nowhere to go when the market shuts at 10 -> urgent -> alert_duty (the out-of-hours service); a member of the public, no step request -> other.",
        "a 10-year-old left alone on a night-market stall since 6pm, uncle not back, market shutting at 10 (Friday night)",
        night=True)


def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"
    w = dt("2036-03-11 13:26")
    m = new_msg(f, addr("Harriet Osei-Bonsu", "harriet.osei-bonsu@richmondandwandsworth.gov.uk"),
                MB["richmond_wandsworth"]["mash_step_up"], "Step up - Mosaic 3391207 - Sana Iqbal (13)", w,
                mailer=OUTLOOK, domain="richmondandwandsworth.gov.uk",
                cc="ana.ribeiro@richmondandwandsworth.gov.uk")
    text = """Dear MASH,

I am the Early Help Team Manager for Sana Iqbal (DOB 17.04.2022), Mosaic 3391207. Following a reflective discussion with Ana Ribeiro (Early Help practitioner) at 12.45 today, the plan is to step Sana up to Children's Services.

Latest case summary
Sana lives with her mum, Mrs Rukhsana Iqbal, and two younger brothers in Tooting. Early Help has worked with the family since September 2035 on housing and mum's debts. Sana's attendance is good. Since January Sana has worked every evening from 6pm to 9pm in a convenience store on Garratt Lane owned by her mum's cousin, because the money pays the rent. Full summary attached.

Rationale
At 12.15 today Sana told Ana at school that the owner, who she calls Uncle Tariq, touches her chest and her bottom in the stockroom when they are alone, and tells her it is a game and she mustn't tell. It has happened "lots of times", most recently last night. Mum is collecting her from school at 3.30 and taking her straight to the shop for her 6pm shift tonight, as every night. Sana begged Ana not to tell mum because the family needs the money.

Ana is with Sana at Graveney Park School now. I can be reached on 020 7946 0614.

Harriet Osei-Bonsu
Early Help Team Manager (Wandsworth South)

PS the case summary was written last week, before today."""
    body(m, text, html_twin=True)
    attach(m, make_docx([
        "# Case summary - Sana Iqbal - Mosaic 3391207",
        "Household: mum (Rukhsana), Sana (13), Zayn (9), Ilyas (6).",
        "Early Help since 09/2035: housing disrepair, rent arrears, mum's debts.",
        "Sana works evenings in a relative's shop; school aware. Attendance 96%.",
        "Plan: debt advice, housing, young carer check-in.",
    ]), DOCX, "Case summary - Iqbal - March 2036.docx")
    add(f, finish(f, m), "richmond_wandsworth", "mash_step_up", w, 3, "urgent", "step_up", True, None, ["3391207"],
        [("Sana Iqbal", "2022-04-17", "17.04.2022")], ["sexual_harm"], None, True, [], None, "alert_duty",
        "DESIGN safety rule 1: a 13-year-old says the relative who owns the shop where she works touches her, and she is due back there at 6 tonight; otherwise a complete Richmond & Wandsworth step_up sent by the EH team manager after reflective discussion (manager true; case summary + rationale; REQUIREMENTS richmond_wandsworth step_up) -> alert_duty. 'Mosaic 3391207' -> bare number.",
        "a 13-year-old says the owner of her relative's shop touches her; she is due back on shift at 6 tonight (a step-up with case summary and rationale)")


def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"
    w = dt("2036-01-22 09:18")
    m = new_msg(f, addr("Nia Campbell-Reid", "nia.campbell-reid@richmondandwandsworth.gov.uk"),
                MB["richmond_wandsworth"]["mash_step_up"],
                "Declined: Step-up case discussion - Morris - Mosaic 3387740 [SB-richmond_wandsworth-1042]", w,
                mailer=OUTLOOK, domain="richmondandwandsworth.gov.uk")
    comment = ("Declining - I can't leave St Mary's this morning. Deja Morris (Y5) has just told me her mum's friend "
               "Marcus took her to his nail bar on Upper Richmond Road again last night to clean and do the foot spas "
               "until 11, and she has to go back there straight after school at 3.15 today. She has red finger marks "
               "round both wrists where she says he held her when she tried to go home. Mum isn't answering. I'm at "
               "the school on 020 7946 0733.")
    m.set_content("Nia Campbell-Reid has declined this meeting.\n")
    cal = ics("REPLY", "rw03", w, "20360122T140000", "20360122T150000",
              "Step-up case discussion - Morris - Mosaic 3387740 [SB-richmond_wandsworth-1042]",
              ("MASH business support", "mash.businesssupport@richmondandwandsworth.gov.uk"),
              [("Nia Campbell-Reid", "nia.campbell-reid@richmondandwandsworth.gov.uk")], comment=comment,
              partstat="DECLINED")
    m.add_alternative(cal, subtype="calendar", params={"method": "REPLY"})
    add(f, finish(f, m), "richmond_wandsworth", "mash_step_up", w, 2, "urgent", "meeting_reply", True, None,
        ["3387740"], [("Deja Morris", None, None)], ["exploitation", "physical_harm"], None, None, [], None,
        "alert_duty",
        "DESIGN safety rule 1 reads a meeting reply's COMMENT: a 9-10-year-old made to work in an adult's nail bar until 11pm, marks where he held her, due back there at 3.15 today -> urgent; an iTIP REPLY (DECLINED) -> meeting_reply, but alert_duty comes first.",
        "an iTIP DECLINED reply whose COMMENT says a Year 5 girl was made to work in a nail bar until 11pm, has grip marks on her wrists and goes back at 3.15 today")


def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"
    w = dt("2036-01-16 16:10")
    m = new_msg(f, addr("Oluwaseun Bankole", "oluwaseun.bankole@richmondandwandsworth.gov.uk"),
                MB["richmond_wandsworth"]["early_help_duty"],
                "Step down - Petrov-Ionescu - case discussion agreed Mon 21 Jan 10am", w, mailer=OUTLOOK,
                domain="richmondandwandsworth.gov.uk", cc="jasper.quint@richmondandwandsworth.gov.uk")
    text = """Hi Early Help duty,

As agreed with Jasper Quint on the phone this afternoon, confirming the step-down case discussion for Nikolai Petrov-Ionescu (DOB 29/05/2022) and Daria Petrov-Ionescu (DOB 2 November 2027) on Monday 21 January at 10:00 on Teams. Mosaic 3360418 / 3360419.

Attached are the latest case summary and the draft plan for Early Help. Mr and Mrs Petrov-Ionescu gave their consent on 14 January for Early Help to continue the plan, and my team manager, Rukhsana Malik, agrees with the step-down.

A word on how this started, because it will be in the history: the school referred in October because Nikolai "works at the family bakery". We checked this properly with the council's child employment officer. Nikolai helps on Saturday mornings, 8 till 12, serving at the counter, with a valid work permit issued in November 2035; he is never near the ovens. The family are very proud of the business and of him; he is thriving, and there are no concerns about child labour or about him being harmed.

What's left for Early Help: mum's anxiety (she is on the waiting list for talking therapy) and Daria's speech delay (SALT referral made).

Thanks
Seun

Oluwaseun Bankole
Social Worker, Family Support and Protection
Richmond and Wandsworth Councils"""
    body(m, text, html_twin=True)
    attach(m, make_docx(["# Case summary - Petrov-Ionescu family - January 2036",
                         "Children: Nikolai (13), Daria (8). Parents: Mihai and Elena.",
                         "s17 assessment closed: Saturday work lawful with a permit; no concerns.",
                         "Outstanding: mum's anxiety; Daria's speech and language."]),
           DOCX, "Case summary Petrov-Ionescu Jan 2036.docx")
    attach(m, make_docx(["# Draft Early Help plan - Petrov-Ionescu",
                         "Need / Action / Who / By when",
                         "Mum's anxiety - talking therapy; EH worker to support - EH worker - March",
                         "Daria's speech - SALT appointment; school support - school SENCo - February"]),
           DOCX, "Draft EH plan Petrov-Ionescu.docx")
    add(f, finish(f, m), "richmond_wandsworth", "early_help_duty", w, 5, "near_miss", "step_down", False, None,
        ["3360418", "3360419"],
        [("Nikolai Petrov-Ionescu", "2022-05-29", "29/05/2022"), ("Daria Petrov-Ionescu", "2027-11-02", "2 November 2027")],
        ["disability_send", "parental_mental_health"], True, True, [], None, "book_meeting",
        "NEAR MISS (a proud family business, lawful Saturday work with a permit, 'no concerns about child labour'): complete Richmond & Wandsworth step_down (REQUIREMENTS: case summary, draft plan, consent), discussion agreed within 5 days -> book_meeting.",
        "a proud family bakery where the 13-year-old helps on Saturdays with a permit; a complete step-down")


def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"
    w = dt("2036-02-06 12:02")
    m = new_msg(f, addr("Fionnuala Byrne", "fionnuala.byrne@richmondandwandsworth.gov.uk"),
                MB["richmond_wandsworth"]["mash_step_up"],
                "Question for MASH - children working - what would you want from us? (hypothetical)", w,
                mailer=OUTLOOK, domain="richmondandwandsworth.gov.uk")
    text = """Hi both,

Not a referral and no family in mind - we have a practice session on Friday about children who work and I want to give the team the right answer.

Hypothetically: if a 13-year-old told one of our workers that the relative who owns the shop where she works touches her, and she was due back there that evening, would you want us to phone the MASH duty desk straight away rather than email this inbox? And what if a worker found a 10-year-old left minding a market stall at night?

My understanding is that anything immediate is a phone call and this inbox is only for planned step-ups with the case summary and rationale. Could you confirm, and is there a number you'd like me to put on the slide?

Nothing like this has come up on any of our current cases.

Thanks
Fionnuala

Fionnuala Byrne
Early Help Team Manager (Richmond)"""
    body(m, text)
    add(f, finish(f, m), "richmond_wandsworth", "mash_step_up", w, 6, "near_miss", "other", False, None, [], [], [],
        None, None, [], None, "human_review",
        "NEAR MISS (hypothetical, for a training session, 'no family in mind'): DESIGN safety rule 1 says hypothetical risks must not trigger; a question, not a request -> other -> human_review.",
        "an Early Help manager's hypothetical question for a training session (shop owner touching a girl, a child on a market stall at night)")


def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"
    w = dt("2036-03-03 10:37")
    m = new_msg(f, addr("Leonie Achterberg", "leonie.achterberg@richmondandwandsworth.gov.uk"),
                MB["richmond_wandsworth"]["mash_step_up"], "Step Up - Mosaic ID 3379912 - Tran", w, mailer=OUTLOOK,
                domain="richmondandwandsworth.gov.uk")
    text = """Morning MASH,

Step up request for Minh Tran, DOB 2024-01-15, and his sister Linh Tran, DOB 2030-08-03 (Mosaic ID 3379912).

Latest case summary attatched. In short: Minh (12) is his parents interpreter for everything - dad's dialysis appointments three mornings a week, housing, the GP, letters from the council. He is missing school for it, attendance is 74%, and he told the school nurse he is "always tired". Mum works nights in a nail bar. Minh also looks after Linh (5) in the evenings.

I'll send the rationale seperately once I've written it up after supervision on Wednesday.

Thanks,
Leonie

Leonie Achterberg
Early Help Team Manager (Wandsworth North)"""
    body(m, text, html_twin=True)
    attach(m, make_pdf("Case summary - Tran family - Mosaic 3379912 - March 2036", [
        "Household: Mr Tran (renal dialysis), Mrs Tran (night shifts), Minh (12), Linh (5).",
        "Minh interprets at medical and housing appointments; attendance 74%.",
        "Young carers assessment offered December 2035; not yet completed.",
    ]), "application/pdf", "Case summary - Tran - March 2036.pdf")
    add(f, finish(f, m), "richmond_wandsworth", "mash_step_up", w, 4, "ordinary", "step_up", False, None,
        ["3379912"], [("Minh Tran", "2024-01-15", "2024-01-15"), ("Linh Tran", "2030-08-03", "2030-08-03")],
        ["school_attendance", "young_carer"], None, True, ["rationale"], None, "request_info",
        "Richmond & Wandsworth step_up (REQUIREMENTS: case summary and rationale; seed 000 'with the latest case summary and the rationale'): sent by the Early Help Team Manager herself (manager true, as seed 000 has the team manager email the step-up); the summary PDF is attached but the rationale is 'to follow' -> missing rationale -> request_info.",
        "a 12-year-old interpreting at his father's dialysis appointments; step-up with case summary but rationale to follow")


def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"
    w = dt("2036-01-31 15:22")
    m = new_msg(f, addr("Kaveh Rostami", "kaveh.rostami@richmondandwandsworth.gov.uk"),
                MB["richmond_wandsworth"]["early_help_duty"],
                "RE: [SB-richmond_wandsworth-1057] Step down received - Gashi - information needed", w,
                mailer=OUTLOOK, domain="richmondandwandsworth.gov.uk",
                in_reply="<SB-RAW-1057-ACK@richmondandwandsworth.gov.uk>")
    text = """Hi,

Draft Early Help plan for Arben Gashi (Mosaic 3385501) attached as asked.

On consent - I'm seeing Mr Gashi at home on Tuesday and will ask him then; I'll reply to this thread once I have it.

Kaveh

Kaveh Rostami
Social Worker, Richmond CIN Team
""" + ack_quote("Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>", "29 January 2036 11:04",
                "[SB-richmond_wandsworth-1057] Step down received - Gashi - information needed",
                ["Thank you. We have received your step-down request for Arben Gashi (Mosaic 3385501).",
                 "Still needed before the case discussion: the draft plan for Early Help; confirmation of the family's consent.",
                 "Please reply to this email keeping the reference in the subject."])
    body(m, text)
    attach(m, make_docx(["# Draft Early Help plan - Arben Gashi",
                         "Attendance support; after-school club; dad's English classes (so Arben no longer interprets at the pharmacy)."]),
           DOCX, "Draft EH plan - Gashi.docx")
    add(f, finish(f, m), "richmond_wandsworth", "early_help_duty", w, 3, "ordinary", "follow_up", False, None,
        ["3385501"], [("Arben Gashi", None, None)], [], None, None, [], None, "attach_to_request",
        "DESIGN kind follow_up: a reply to [SB-richmond_wandsworth-1057] adding the draft plan -> attach_to_request; consent 'will ask him then' is still to be asked -> null.",
        "follow-up adding a draft plan; consent still to be asked at Thursday's visit")


def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"
    w = dt("2036-04-01 09:03")
    m = new_msg(f, addr("Leonie Achterberg", "leonie.achterberg@richmondandwandsworth.gov.uk"),
                MB["richmond_wandsworth"]["mash_step_up"],
                "Chasing: [SB-richmond_wandsworth-1071] Step up - Tran - no case discussion invite yet", w,
                mailer=OUTLOOK, domain="richmondandwandsworth.gov.uk",
                in_reply="<SB-RAW-1071-ACK@richmondandwandsworth.gov.uk>")
    text = """Hello,

Chasing this one. I sent the step up for Minh Tran and Linh Tran (Mosaic ID 3379912) on 3 March and the rationale on 5 March, and I still haven't had an invitation to a case discussion. The protocol says an invite within 1 working day.

Could someone let me know where this is up to? Minh's attendance has dropped again over March.

Thanks
Leonie Achterberg
Early Help Team Manager (Wandsworth North)"""
    body(m, text)
    add(f, finish(f, m), "richmond_wandsworth", "mash_step_up", w, 5, "ordinary", "follow_up", False, None,
        ["3379912"], [("Minh Tran", None, None), ("Linh Tran", None, None)], ["school_attendance"], None, None, [],
        None, "attach_to_request",
        "DESIGN kind follow_up: a chaser on [SB-richmond_wandsworth-1071] (seed 000: invitation within 1 working day) -> attach_to_request; a dropping attendance is the one concern it states.",
        "a chaser for a missing case-discussion invitation (BST)")


KNOWSLEY = [knowsley_01, knowsley_02, knowsley_03, knowsley_04, knowsley_05, knowsley_06, knowsley_07, knowsley_08]
RICHMOND = [richmond_wandsworth_01, richmond_wandsworth_02, richmond_wandsworth_03, richmond_wandsworth_04,
            richmond_wandsworth_05, richmond_wandsworth_06, richmond_wandsworth_07, richmond_wandsworth_08]
