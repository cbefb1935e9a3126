"""mixed115 mails: Tower Hamlets, Torbay and Herefordshire."""
from mails_a import *


# ======================================================================================= TOWER HAMLETS
def tower_hamlets_01():
    f = "tower_hamlets_01.eml"
    w = dt("2036-02-18 19:52")
    m = new_msg(f, addr("Rosalind Achebe", "rosalind.achebe@nhs.example"), MB["tower_hamlets"]["mash_step_up"],
                "14yo M in paeds A&E - hand injury at car wash - plan to discharge tonight", w, mailer=OUTLOOK,
                domain="nhs.example")
    text = """To MAST / out of hours,

Writing from the children's A&E (Whitechapel). Phoned your number at 19:35, rang out.

Pt: Bilal Hoxha, DOB 03/10/2021 (14 yrs). Albanian speaker, some English; Albanian interpreter via phone line used for history.

PC: crush / degloving injury R index and middle fingers, caught in a brush roller at a hand car wash on Cambridge Heath Road at approx 16:45. Arrived 17:30 with an adult male giving his name as "cousin Ardit", no surname, no ID. Ardit left the department at 18:10 and his number goes to voicemail.

SH (from pt, via interpreter): works at the car wash 7 days a week, 8am to 8pm. Sleeps in the back room of the unit with three adult men. Has not been to school since arriving in the UK in September. Does not know his address. States "my cousin keeps my passport and my money, for the debt for the journey". No parent in the UK.

Plan from plastics: washout and dressing, discharge tonight with hand clinic f/u. Ardit has texted the pt that he will collect him from the front entrance at 22:00. Pt tearful, says he is scared to go back but "has nowhere else".

Observations stable. Pt currently in cubicle 6 with HCA.

Sister R. Achebe
Nurse in charge, Paediatric A&E
Tel 020 7946 0158 (direct)"""
    body(m, text)
    add(f, finish(f, m), "tower_hamlets", "mash_step_up", w, 6, "urgent", "other", True, None, [],
        [("Bilal Hoxha", "2021-10-03", "03/10/2021")], ["exploitation", "physical_harm"], None, None, [], None,
        "alert_duty",
        "DESIGN safety rule 1, out of hours (19:52): a 14-year-old injured at a car wash where he works and sleeps, passport held for a debt, to be discharged tonight to the 'cousin' collecting him at 22:00 -> urgent -> alert_duty; a hospital's report, not a step -> other.",
        "a 14-year-old with a crush injury from a car wash where he works and sleeps, passport kept for a debt, 'cousin' collecting him from A&E at 22:00",
        night=True)


def tower_hamlets_02():
    f = "tower_hamlets_02.eml"
    w = dt("2036-03-08 00:38")
    m = new_msg(f, addr("Nasrin Begum", "nasrinbegum88@mail.example"), MB["tower_hamlets"]["early_help_duty"],
                "please help my daughter", w, domain="mail.example",
                extra=[("X-Mailer", "Samsung Email (Android)")])
    text = """Hello

I am mother of Tahmina Akter, she is 12 year. My husband send her every night after school to work in his cousin restaurant on Brick Lane, she wash plate and make the rice, until late.

Tonight she not come home. Is now 12.30 at night. I call the cousin, he say she sleep in the room upstair of restaurant with the workers, he say dont worry. She is 12 year!! She never sleep there before. My husband say I must not make problem for his family.

I cannot go there, I have baby and no car and my English not good. Please somebody go and bring her home.

Before the Early Help lady Shilpi was helping us, Mosaic number 4471826.

Sorry for my English
Nasrin

Sent from my Galaxy"""
    body(m, text)
    add(f, finish(f, m), "tower_hamlets", "early_help_duty", w, 5, "urgent", "other", True, None, ["4471826"],
        [("Tahmina Akter", None, None)], ["exploitation", "missing"], None, None, [], None, "alert_duty",
        "DESIGN safety rule 1, out of hours (Saturday 00:38): a 12-year-old made to work nightly in a restaurant, not home after midnight and said to be sleeping upstairs with adult workers -> urgent -> alert_duty; a parent's plea, not a step -> other. 'Mosaic number 4471826' -> bare number.",
        "a mother with limited English at 00:38: her 12-year-old, sent to work in a relative's restaurant, has not come home and is said to be sleeping upstairs with the workers",
        night=True)


def tower_hamlets_03():
    f = "tower_hamlets_03.eml"
    w = dt("2036-01-28 11:24")
    m = new_msg(f, addr("Jannatul Ferdous", "jannatul.ferdous@towerhamlets.gov.uk"),
                MB["tower_hamlets"]["mash_step_up"],
                "Re: [SB-tower_hamlets-0833] Step up request received - Rahman", w, domain="towerhamlets.gov.uk",
                extra=[("X-Mailer", "iPhone Mail (23C71)")], in_reply="<SB-TWH-0833-ACK@towerhamlets.gov.uk>")
    text = """Adding to this request.

I was with Mrs Khatun at the housing options appointment this morning, and for the first time we had a proper Sylheti interpreter instead of Rayhan Rahman (DOB 14/06/2024), who is 11 and usually interprets for his mum everywhere.

Through the interpreter Mrs Khatun told me that what Rayhan has been "translating" at the GP and at housing is not what she says - Mr Rahman tells Rayhan what to say beforehand. On Saturday Mr Rahman beat Rayhan with a belt because he "translated wrong" at the GP; she showed me photos on her phone of welts across his back and the backs of his legs. He hits her too. She says he told Rayhan that if housing says no, he will get it again tonight. Housing said no this morning.

Mrs Khatun is going home now. Mr Rahman finishes work at 5. Rayhan is at school (Bangabandhu Primary) until 3.15 and goes home on his own.

Jannatul

Sent from my iPhone

> On 23 Jan 2036, at 14:02, MAST <MAST@towerhamlets.gov.uk> wrote:
>
> Thank you. We have received your step-up request for Rayhan Rahman (Mosaic 4459310).
> Your reference is [SB-tower_hamlets-0833]. Please keep it in the subject of any reply.
"""
    body(m, text)
    add(f, finish(f, m), "tower_hamlets", "mash_step_up", w, 3, "urgent", "follow_up", True, None, ["4459310"],
        [("Rayhan Rahman", "2024-06-14", "14/06/2024")], ["domestic_abuse", "physical_harm"], None, None, [], None,
        "alert_duty",
        "DESIGN safety rule 1 (whatever the kind): an 11-year-old child interpreter beaten with a belt for 'translating wrong', threatened with the same tonight, going home at 3.15; a reply to [SB-tower_hamlets-0833] -> follow_up, but alert_duty comes first.",
        "an 11-year-old who interprets for his mother was beaten with a belt for 'translating wrong' and has been told it will happen again tonight (a follow-up)")


def tower_hamlets_04():
    f = "tower_hamlets_04.eml"
    w = dt("2036-01-14 10:05")
    m = new_msg(f, addr("Lucy Ng", "lucy.ng@towerhamlets.gov.uk"), MB["tower_hamlets"]["early_help_duty"],
                "Child employment permit application - Ayaan Chowdhury (13) - routine information check", w,
                mailer=OUTLOOK, domain="towerhamlets.gov.uk")
    text = """Dear Early Help colleagues,

Please see the attached letter. We have received an application for a child employment permit for Ayaan Chowdhury (DOB 22.09.2022) to work on Saturdays, 9am to 1pm, stacking shelves at his father's shop, Chowdhury & Sons Grocers, Roman Road.

As part of our routine checks under the byelaws we ask the school and Early Help whether you hold any information that would mean the work could harm his health, education or welfare. This is a routine query for every application - no concerns have been raised and this is not a referral.

If we do not hear from you within 10 working days we will issue the permit.

Kind regards
Lucy Ng
Child Employment and Licensing Officer
Tower Hamlets Council"""
    body(m, text)
    attach(m, make_pdf("Child employment permit - information request", [
        "Child: Ayaan Chowdhury, DOB 22.09.2022, Year 9, Stepney Green School",
        "Employer: Chowdhury & Sons Grocers (parent)",
        "Proposed hours: Saturday 09:00-13:00. Duties: shelf stacking, no use of machinery or knives.",
        "Please return by 28 January 2036 if you hold information relevant to the application.",
    ]), "application/pdf", "Permit information request - Chowdhury.pdf")
    add(f, finish(f, m), "tower_hamlets", "early_help_duty", w, 8, "near_miss", "other", False, None, [],
        [("Ayaan Chowdhury", "2022-09-22", "22.09.2022")], [], None, None, [], None, "human_review",
        "NEAR MISS (a licensing officer's routine letter: 'no concerns have been raised and this is not a referral'): nothing immediate (DESIGN safety rule 1); not a step request -> other -> human_review.",
        "the licensing officer's routine permit check for a 13-year-old's Saturday job in his father's grocery")


def tower_hamlets_05():
    f = "tower_hamlets_05.eml"
    w = dt("2036-02-21 09:40")
    m = new_msg(f, addr("Marta Kowalczyk", "marta.kowalczyk@towerhamlets.gov.uk"), MB["tower_hamlets"]["mash_step_up"],
                "RE: [SB-tower_hamlets-0862] Step up - Tanvir Hossain - update, please hold", w, mailer=OUTLOOK,
                domain="towerhamlets.gov.uk", in_reply="<SB-TWH-0862-ACK@towerhamlets.gov.uk>")
    text = """Hi MAST,

Update on the step up I sent on Monday for Tanvir Hossain (Mosaic 4462018).

On Monday I said he was being kept off school to work at his uncle's hand car wash. Since then: school, the EWO and I met his dad on Tuesday; dad has signed an attendance contract, Tanvir has been in school every day this week, and the car wash owner has confirmed to the EWO that Tanvir no longer comes in. Nobody has suggested he was hurt or threatened, and Tanvir says he is relieved.

My manager and I now think this can stay with Early Help. Please hold the step up - we'll review at the TAF on 4 March and only come back to you if attendance drops again.

Thanks
Marta

Marta Kowalczyk
Early Help Practitioner
Tower Hamlets Early Help"""
    body(m, text)
    add(f, finish(f, m), "tower_hamlets", "mash_step_up", w, 4, "near_miss", "follow_up", False, None, ["4462018"],
        [("Tanvir Hossain", None, None)], [], None, None, [], None, "attach_to_request",
        "NEAR MISS (resolved: attendance back to every day, no longer at the car wash, 'nobody has suggested he was hurt'): not urgent; a reply to [SB-tower_hamlets-0862] -> follow_up -> attach_to_request; the worry it reports is resolved, so no concerns.",
        "a boy kept off school to work at his uncle's car wash - resolved, back in school every day, step-up on hold")


def tower_hamlets_06():
    f = "tower_hamlets_06.eml"
    w = dt("2036-03-20 14:12")
    m = new_msg(f, addr("Adebayo Ogunleye", "adebayo.ogunleye@towerhamlets.gov.uk"),
                MB["tower_hamlets"]["early_help_duty"], "Step down to Early Help - Ibrahim Ali - Mosaic 4450087", w,
                mailer=OUTLOOK, domain="towerhamlets.gov.uk")
    text = """Dear Early Help Hub,

I am stepping Ibrahim Ali (DOB 4 December 2023) down to a TAF with a Lead Practitioner. Mosaic 4450087.

The Child and Family Assessment concluded on 13 March 2036 - attached, with the TAF plan we drafted with the family.

Ibrahim (12) had been interpreting for his mum at her hospital and housing appointments, which is how he came to our attention when he missed 18 days of school in the autumn. Interpreting is now booked through the language line for every appointment, a young carer's assessment has been done and he has started at the young carers project on Wednesdays.

Ms Ali consented to the step-down on 13 March. The Lead Practitioner will be Shamima Islam, Family Support Worker at Cable Street Primary (where Ibrahim's sister attends), who has agreed to take this on.

I will chair the TAF meeting at Cable Street Primary on Thursday 27 March at 10:00.

Regards
Adebayo Ogunleye
Social Worker, Assessment and Intervention
Tower Hamlets Children's Social Care"""
    body(m, text, html_twin=True)
    attach(m, make_pdf("Child and Family Assessment - Ibrahim Ali - concluded 13/03/2036", [
        "Outcome: step down to Early Help (TAF with Lead Practitioner).",
        "Needs: young carer (interpreting for mother); school attendance, now improving (93% this half term).",
        "Views of child: 'I like it when the proper interpreter comes, then I can go to school.'",
    ]), "application/pdf", "C&F Assessment - Ali - concluded 13.03.36.pdf")
    attach(m, make_docx(["# TAF plan - Ibrahim Ali",
                         "1. Interpreting booked for every appointment - Ms Ali / hospital - ongoing",
                         "2. Young carers project Wednesdays - project worker - from March",
                         "3. Attendance monitored weekly - Cable Street Primary / secondary school - ongoing"]),
           DOCX, "TAF plan - Ali.docx")
    add(f, finish(f, m), "tower_hamlets", "early_help_duty", w, 5, "ordinary", "step_down", False, None,
        ["4450087"], [("Ibrahim Ali", "2023-12-04", "4 December 2023")], ["young_carer"], True, None, [], None,
        "book_meeting",
        "Complete Tower Hamlets step_down (REQUIREMENTS tower_hamlets step_down: assessment, draft/TAF plan, consent, lead practitioner with agency); TAF within 10 WD of 13 March -> book_meeting.",
        "complete step-down of a 12-year-old former child interpreter, now a young carer with support")


def tower_hamlets_07():
    f = "tower_hamlets_07.eml"
    w = dt("2036-03-04 10:55")
    m = new_msg(f, addr("Marta Kowalczyk", "marta.kowalczyk@towerhamlets.gov.uk"), MB["tower_hamlets"]["mash_step_up"],
                "Request for support (step up) - Leah Okonkwo", w, mailer=OUTLOOK, domain="towerhamlets.gov.uk")
    text = """Hello MAST,

Please find attached a Multi-Agency Request for Support for Leah Okonkwo, DOB 2022-07-19.

Leah (13) works on her aunt's clothes stall at Roman Road market from 6am to 6pm every Saturday and Sunday and on Tuesday and Thursday evenings. She is exhausted, her attendance has fallen to 83% and she has been late 22 times this term. Mum's drinking has got worse since Christmas and the aunt says Leah "is better off with her at the stall than at home".

My manager, Dominika Sz., is off today - I'll get her sign-off tomorrow and forward it to you.

Thanks
Marta

Marta Kowalczyk
Early Help Practitioner
Tower Hamlets Early Help"""
    body(m, text)
    attach(m, make_docx(["# Multi-Agency Request for Support",
                         "Child: Leah Okonkwo, DOB 2022-07-19, Year 8",
                         "Reason for request: working long hours on a market stall; school attendance 83%; parental alcohol use.",
                         "Parent aware of request: yes",
                         "Manager's agreement: (to follow)"]), DOCX, "MARFS - Okonkwo.docx")
    add(f, finish(f, m), "tower_hamlets", "mash_step_up", w, 3, "ordinary", "step_up", False, None, [],
        [("Leah Okonkwo", "2022-07-19", "2022-07-19")], ["school_attendance", "substance_misuse"], None, None,
        ["manager_agreed"], None, "request_info",
        "Tower Hamlets step_up (REQUIREMENTS: request for support and manager agreement): the MARFS is attached but the manager's sign-off is 'tomorrow' -> manager null, missing manager_agreed -> request_info.",
        "step-up for a 13-year-old working long hours on her aunt's market stall; MARFS attached, manager sign-off pending")


def tower_hamlets_08():
    f = "tower_hamlets_08.eml"
    w = dt("2036-02-12 16:30")
    m = new_msg(f, addr("Gideon Mensah", "gideon.mensah@towerhamlets.gov.uk"), MB["tower_hamlets"]["early_help_duty"],
                "Step down - Kai Liu-Harper - TAF invite attached", w, mailer=OUTLOOK, domain="towerhamlets.gov.uk")
    text = """Hi,

Step down for Kai Liu-Harper (DOB 08/08/2020), Mosaic 4438120. C&F assessment (concluded 11/02/2036) and draft TAF plan attached, and the invitation for the TAF meeting I'll chair on Tuesday 26 February at 14:00, Bow Idea Store meeting room 2.

Background: Kai (15) was being kept home on Thursdays to do deliveries for the family's supermarket; that has stopped since November and his attendance is now 92%. The remaining need is dad's depression.

Lead Practitioner: Rebecca Stein, Pastoral Lead, Bow Secondary School - she's agreed.

Consent: Mr Liu-Harper has declined Early Help. He told me on Monday he doesn't want "anyone else coming round" and would not sign. I'll keep trying before the TAF but wanted you to have this now.

Gideon Mensah
Social Worker, CIN Team"""
    body(m, text, html_twin=True)
    attach(m, make_pdf("Child and Family Assessment - Kai Liu-Harper - concluded 11/02/2036", [
        "Outcome: step down to Early Help (TAF).", "Attendance 92%.", "Father's depression: GP involved.",
    ]), "application/pdf", "C&F Assessment Liu-Harper.pdf")
    attach(m, make_docx(["# Draft TAF plan - Kai Liu-Harper", "Attendance; father's mental health; Kai's GCSE options."]),
           DOCX, "Draft TAF plan Liu-Harper.docx")
    cal = ics("REQUEST", f, w, "20360226T140000", "20360226T153000", "TAF meeting - Kai Liu-Harper",
              ("Gideon Mensah", "gideon.mensah@towerhamlets.gov.uk"),
              [("Early Help Hub", "EarlyHelpHub@towerhamlets.gov.uk"), ("Rebecca Stein", "r.stein@bowsecondary.example.sch.uk")],
              location="Bow Idea Store, meeting room 2")
    attach(m, cal, "text/calendar", "TAF Liu-Harper.ics")
    add(f, finish(f, m), "tower_hamlets", "early_help_duty", w, 4, "ordinary", "step_down", False, None,
        ["4438120"], [("Kai Liu-Harper", "2020-08-08", "08/08/2020")], ["parental_mental_health"], False, None,
        ["consent"], None, "request_info",
        "Tower Hamlets step_down (REQUIREMENTS: assessment, plan, consent, lead practitioner): consent stated as declined -> consent false, missing consent -> request_info; the invitation .ics is a REQUEST, not a reply.",
        "step-down whose father declined consent; TAF invitation .ics attached")


# ======================================================================================= TORBAY
def torbay_01():
    f = "torbay_01.eml"
    w = dt("2036-01-15 06:41")
    m = new_msg(f, addr("Ray Pengelly", "ray@pengellysnews.example"), MB["torbay"]["early_help_duty"],
                "ONE OF MY PAPER GIRLS", w, domain="pengellysnews.example",
                extra=[("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331")])
    text = """MORNING,

GOT THIS EMAIL OFF THE SCHOOL NEWSLETTER. I RUN PENGELLY'S NEWS ON PRESTON DOWN ROAD.

KAYLEIGH ROWE, 11 (SHE DOES THE PRESTON ROUND ON HER COUSIN'S PERMIT, I KNOW SHE'S NOT SUPPOSED TO) TURNED UP AT 5.30 THIS MORNING WITH NO COAT IN THE FROST, CRYING. SHE SAYS HER MUM WENT OUT SATURDAY NIGHT AND HASN'T COME BACK AND HER LITTLE BROTHER ALFIE ROWE WHO IS 2 IS AT HOME ON HIS OWN NOW WHILE SHE DOES THE ROUND. SHE LOCKED THE DOOR AND LEFT HIM IN HIS COT WITH THE TELLY ON. SHE WANTED TO FINISH THE ROUND SO SHE GETS PAID TO BUY HIM MILK.

I'VE TOLD HER TO GO STRAIGHT HOME AND I'M DRIVING ROUND THERE NOW, 23 COLIN ROAD. HER NAN IS IN EXETER AND NOT ANSWERING.

RAY PENGELLY
07700 900655"""
    body(m, text)
    add(f, finish(f, m), "torbay", "early_help_duty", w, 3, "urgent", "other", True, None, [],
        [("Kayleigh Rowe", None, None), ("Alfie Rowe", None, None)], ["neglect"], None, None, [], None, "alert_duty",
        "DESIGN safety rule 1, before office hours (06:41): a 2-year-old alone at home now while his 11-year-old sister does a dawn paper round, mother gone since Saturday -> urgent -> alert_duty (the out-of-hours service); a newsagent's report, no step -> other. Names written in capitals are labelled normalised.",
        "a newsagent at 06:41: an 11-year-old on the dawn paper round left her 2-year-old brother alone in his cot, mum gone since Saturday",
        night=True)


def torbay_02():
    f = "torbay_02.eml"
    w = dt("2036-03-10 12:24")
    m = new_msg(f, addr("Demelza Hocking", "demelza.hocking@torbay.gov.uk"), MB["torbay"]["mash_step_up"],
                "FW: Jade texted me", w, mailer=OUTLOOK, domain="torbay.gov.uk")
    text = """MASH - see below from Jade's form tutor, came in 10 mins ago. Jade Tucker, Y9, DOB 21/03/2021. She hasn't been in school since last Wednesday. I don't know if the family is known to you.

Demelza Hocking
Attendance Officer, Torbay Council

From: Tom Ashworth <t.ashworth@paigntonacademy.example.sch.uk>
Sent: 10 March 2036 12:14
To: Demelza Hocking <demelza.hocking@torbay.gov.uk>
Subject: Jade texted me

Demelza - Jade just messaged me on the school app at 12:10, copied exactly:

"sir im at the car wash on the ring road by the tip. my stepdads brother has locked the unit and wont let me out, he says im not going home til ive worked off what mum owes him. hes took my phone im on the office computer. ive been here since friday sleeping on the chairs. please dont ring mum she will tell him"

I've replied asking if she is hurt - no answer yet. I'm in lessons until 1.

Tom Ashworth
Form Tutor 9T, Paignton Academy"""
    body(m, text)
    add(f, finish(f, m), "torbay", "mash_step_up", w, 4, "urgent", "other", True, None, [],
        [("Jade Tucker", "2021-03-21", "21/03/2021")], ["exploitation"], None, None, [], None, "alert_duty",
        "DESIGN safety rule 1 reads forwarded history: a 14-year-old locked in a relative's car wash unit since Friday, working off her mother's debt, phone taken -> urgent -> alert_duty; a forwarded school message, not a contact from the lead professional -> other.",
        "a 14-year-old locked in her step-uncle's car wash unit since Friday to work off her mum's debt (forwarded from her tutor)")


def torbay_03():
    f = "torbay_03.eml"
    w = dt("2036-01-16 10:15")
    m = new_msg(f, addr("Paediatric Liaison", "paediatric.liaison@nhs.example"), MB["torbay"]["early_help_duty"],
                "Paediatric liaison notification - Oscar Bellamy - burn (healed) - for information only", w,
                mailer=OUTLOOK, domain="nhs.example")
    text = """Dear Early Help,

For information only - please see the attached notification. Oscar is open to Early Help (EHM-77120), so we copy these to you routinely.

Kind regards
Paediatric Liaison Health Visitor"""
    body(m, text)
    note = """PAEDIATRIC LIAISON NOTIFICATION

Child: Oscar Bellamy   DOB: 12.05.2024   EHM-77120
Attendance: Minor Injuries Unit, 23/12/2035, 14:20
Injury: superficial burn, back of left hand, approx 2cm, from oil splash.
History: visiting his grandparents' fish and chip shop in Brixham on Christmas Eve-eve; he was watching, not working, and was behind the counter with grandad when the fryer spat. Mum brought him in within the hour. History consistent with injury.
Review: GP practice nurse clinic 10/01/2036 - fully healed, no scarring.
Safeguarding: no concerns identified. No further action required by the hospital.
"""
    attach(m, note, "text/plain", "Liaison notification Bellamy.txt")
    add(f, finish(f, m), "torbay", "early_help_duty", w, 9, "near_miss", "other", False, None, ["EHM-77120"],
        [("Oscar Bellamy", "2024-05-12", "12.05.2024")], [], None, None, [], None, "human_review",
        "NEAR MISS (an old burn that has healed, consistent history, 'no concerns identified'): DESIGN safety rule 1 excludes resolved risks; a routine notification -> other -> human_review.",
        "a liaison notification of a healed, accidental oil-splash burn at a grandparents' chip shop (.txt attachment)")


def torbay_04():
    f = "torbay_04.eml"
    w = dt("2036-02-04 11:30")
    m = new_msg(f, addr("Morwenna Trebilcock", "morwenna.trebilcock@torbay.gov.uk"), MB["torbay"]["early_help_duty"],
                "Triage slot please - step down to level 3 - Zieliński - LCS-4401776", w, mailer=OUTLOOK,
                domain="torbay.gov.uk")
    text = """Hi Early Help,

Please could I have a triage slot to step Jakub Zieliński (DOB 02/02/2025) and Maja Zielińska (DOB 10/10/2027) down to level 3 Early Help. LCS-4401776.

The Single Assessment with my analysis and rationale is attached. My team manager, Kerensa Pollard, has recorded her manager's analysis on LCS confirming the threshold for level 3 is met. Mr and Mrs Zieliński consented to level 3 Early Help at my visit on 31 January.

For context: the assessment started in November because school found Jakub had been kept off on market days to help on his dad's fruit and veg stall in Paignton and Newton Abbot. That stopped in early December - he has been in every day since Christmas (98%), and dad now understands the law on children working. No one has suggested Jakub was harmed.

What remains for Early Help is dad's drinking: it has reduced but he still drinks most evenings, and mum would like support.

Thanks
Morwenna

Morwenna Trebilcock
Social Worker, Single Assessment Team
Torbay Council"""
    body(m, text, html_twin=True)
    attach(m, make_pdf("Single Assessment - Zielinski children - LCS-4401776", [
        "Analysis and rationale for step down: school attendance restored (98%); no work on school days since December.",
        "Outstanding: father's alcohol use (reduced; engaging with GP).",
        "Team Manager's analysis (K. Pollard, 01/02/2036): threshold met for level 3 intervention.",
    ]), "application/pdf", "Single Assessment - Zielinski.pdf")
    add(f, finish(f, m), "torbay", "early_help_duty", w, 4, "near_miss", "step_down", False, 3, ["LCS-4401776"],
        [("Jakub Zieliński", "2025-02-02", "02/02/2025"), ("Maja Zielińska", "2027-10-10", "10/10/2027")],
        ["substance_misuse"], True, True, [], None, "book_meeting",
        "NEAR MISS (past: kept off school to work on the market stall, stopped in December, 'no one has suggested Jakub was harmed'): complete Torbay level 3 step_down (REQUIREMENTS: Single Assessment, TM's analysis, consent) -> book_meeting; the current need is dad's drinking.",
        "past: a boy kept off school on market days to work on dad's stall, stopped since December; a complete step-down")


def torbay_05():
    f = "torbay_05.eml"
    w = dt("2036-02-28 14:50")
    m = new_msg(f, addr("Ewan Tregaskis", "ewan.tregaskis@torbay.gov.uk"), MB["torbay"]["mash_step_up"],
                "Contact to MASH - step up to level 4 - Maryam Hassan - EHM-77501", w, mailer=OUTLOOK,
                domain="torbay.gov.uk", cc="silas.penrose@torbay.gov.uk")
    text = """[Dictated - please excuse any recognition errors]

Dear MASH comma

I am the lead practitioner for Maryam Hassan, date of birth 03/01/2021, EHM-77501, and I am making a contact to MASH for consideration of a level 4 response.

First, to be clear about what this is not. There was a rumour at school that Maryam works late at night in the family's kebab shop on Torbay Road. I checked this carefully. She does not. I visited on three evenings at around 8pm and each time she was at home doing homework, and the shop owner confirmed that no children work there. So there is no concern about her working or being exploited.

The concern is mum's mental health. Since January mum has hardly got out of bed, has stopped taking her medication and has said she cannot cope. Maryam, who is 15, is doing all the cooking, shopping and care for her two younger brothers aged 7 and 5, and her attendance has fallen to 76%.

Mum consented to this contact to MASH at my visit on Wednesday. My ATM Silas Penrose and I agree this information needs to be considered for a level 4 intervention.

Regards

Ewan Tregaskis
Family Intervention Worker, Torbay Early Help"""
    body(m, text)
    add(f, finish(f, m), "torbay", "mash_step_up", w, 6, "near_miss", "step_up", False, None, ["EHM-77501"],
        [("Maryam Hassan", "2021-01-03", "03/01/2021")], ["parental_mental_health", "school_attendance", "young_carer"],
        True, True, [], None, "book_meeting",
        "NEAR MISS (negated: 'she does not' work at the kebab shop, 'no concern about her working or being exploited'): a complete Torbay step_up (REQUIREMENTS torbay step_up: consent and manager agreement, both stated) -> book_meeting; concerns are mum's mental health, caring and attendance.",
        "negated: a rumour that a 15-year-old works nights at a kebab shop, checked and untrue; a dictated, complete step-up about mum's mental health")


def torbay_06():
    f = "torbay_06.eml"
    w = dt("2036-01-21 15:05")
    m = new_msg(f, addr("Priya Raghunathan", "priya.raghunathan@torbay.gov.uk"), MB["torbay"]["early_help_duty"],
                "Request triage slot - step down L3 - Eddy - LCS-4409920", w, mailer=OUTLOOK, domain="torbay.gov.uk")
    text = """Hello,

Requesting a triage slot for the step down of Skye Eddy (DOB 01/09/2028) and Tyler-James Eddy (DOB 14/03/2032) to level 3 Early Help. LCS-4409920. Tyler-James is 3 so I think this needs the under-5s triage.

Single Assessment attached, including my analysis and the rationale, and my team manager Mark Vosper's analysis confirming the threshold for level 3 is met.

Mum (Kerry) has given her consent for level 3 Early Help.

Background: mum has post-natal depression after a stillbirth last year and works nights at the family's chip shop; Skye (7) had been left minding Tyler-James in the evenings. Nan now does the evenings and mum is under the perinatal mental health team.

Thanks
Priya Raghunathan
Social Worker, Safeguarding and Supporting Families Team"""
    body(m, text)
    attach(m, make_pdf("Single Assessment - Eddy - LCS-4409920 - January 2036", [
        "Social worker's analysis and rationale: childcare now safe (maternal grandmother); mum engaged with perinatal team.",
        "Team Manager's analysis (M. Vosper, 18/01/2036): agreed - threshold met for level 3 intervention.",
    ]), "application/pdf", "Single Assessment Eddy Jan 2036.pdf")
    add(f, finish(f, m), "torbay", "early_help_duty", w, 5, "ordinary", "step_down", False, 3, ["LCS-4409920"],
        [("Skye Eddy", "2028-09-01", "01/09/2028"), ("Tyler-James Eddy", "2032-03-14", "14/03/2032")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Torbay level 3 step_down (REQUIREMENTS: Single Assessment, TM analysis, consent); Tyler-James is 3, so the fortnightly under-5s triage -> book_meeting.",
        "complete step-down with a 3-year-old (under-5s triage); a 7-year-old had been babysitting in the evenings, now resolved")


def torbay_07():
    f = "torbay_07.eml"
    w = dt("2036-03-26 11:40")
    m = new_msg(f, addr("Lowenna Carne", "lowenna.carne@torbay.gov.uk"), MB["torbay"]["mash_step_up"],
                "step up contact - Ruben Kinsella EHM-77988", w, domain="torbay.gov.uk",
                extra=[("X-Mailer", "Outlook for Android")])
    text = """Hi MASH

Contact for Ruben Kinsella dob 30.11.2020, EHM-77988, I'm lead practitioner.

Ruben (15) is working at his uncle's takeaway in Torquay till 1am most nights incl school nights, he's falling asleep in class and attendance is 69% this term. Mum's drinking is worse, she is not getting up to get him to school.

Mum consented to me making the contact to MASH when I visited Monday.

Haven't been able to discuss with my ATM yet - she's back Thurs, I'll confirm after.

Lowenna
Family Intervention Worker

Get Outlook for Android"""
    body(m, text)
    add(f, finish(f, m), "torbay", "mash_step_up", w, 3, "ordinary", "step_up", False, None, ["EHM-77988"],
        [("Ruben Kinsella", "2020-11-30", "30.11.2020")], ["school_attendance", "substance_misuse"], True, None,
        ["manager_agreed"], None, "request_info",
        "Torbay step_up (REQUIREMENTS: consent and manager agreement): consent stated as given, the ATM not yet consulted -> manager null, missing manager_agreed -> request_info.",
        "step-up for a 15-year-old working till 1am at his uncle's takeaway; consent given, ATM agreement pending (Android)")


def torbay_08():
    f = "torbay_08.eml"
    w = dt("2036-03-06 09:25")
    m = new_msg(f, addr("Morwenna Trebilcock", "morwenna.trebilcock@torbay.gov.uk"), MB["torbay"]["early_help_duty"],
                "RE: [SB-torbay-0417] Step down received - Pascoe - information needed", w, mailer=OUTLOOK,
                domain="torbay.gov.uk", in_reply="<SB-TOR-0417-ACK@torbay.gov.uk>")
    text = """Hi,

Please find attached the updated Single Assessment for Harvey Pascoe (LCS-4412234). My team manager signed off her analysis yesterday, confirming the threshold for level 3 intervention is met, so that's the manager's agreement you asked for.

Thanks
Morwenna
""" + ack_quote("Early Help <earlyhelp@torbay.gov.uk>", "04 March 2036 15:40",
                "[SB-torbay-0417] Step down received - Pascoe - information needed",
                ["We have received your request for a triage slot for Harvey Pascoe (LCS-4412234).",
                 "Still needed: the team manager's analysis confirming the threshold for level 3 is met."])
    body(m, text)
    attach(m, make_pdf("Single Assessment (updated) - Harvey Pascoe - LCS-4412234", [
        "Team Manager's analysis (05/03/2036): threshold met for level 3 intervention. Agreed.",
    ]), "application/pdf", "Single Assessment updated - Pascoe.pdf")
    add(f, finish(f, m), "torbay", "early_help_duty", w, 4, "ordinary", "follow_up", False, None, ["LCS-4412234"],
        [("Harvey Pascoe", None, None)], [], None, True, [], None, "attach_to_request",
        "DESIGN kind follow_up: a reply to [SB-torbay-0417] adding the TM's analysis ('confirming the threshold for level 3 ... is met' -> manager true) -> attach_to_request.",
        "follow-up adding the team manager's analysis")


# ======================================================================================= HEREFORDSHIRE
def herefordshire_01():
    f = "herefordshire_01.eml"
    w = dt("2036-02-04 09:12")
    m = new_msg(f, addr("Dafydd Price", "d.price@arrowvalley.example.sch.uk"), MB["herefordshire"]["mash_step_up"],
                "Lily-Mae Jenkins Y7 - looking after two small children on her own since Friday", w, mailer=OUTLOOK,
                domain="arrowvalley.example.sch.uk")
    text = """Dear MASH,

Lily-Mae Jenkins (DOB 11/11/2023), Year 7. Her mum, Stacey Jenkins, rang our attendance line at 8.40 this morning.

Lily-Mae has been babysitting for a woman on the Oak Crescent estate in Leominster, known to mum only as Kirsty, who pays her £20 a night. Kirsty went out on Friday evening and has not come back or answered her phone since. Lily-Mae is still at Kirsty's flat (Flat 6, Oak Court) with Kirsty's baby, about 9 months, and her little boy, who is 3. Mum says Lily-Mae told her on the phone there are no nappies left, the food has run out, and the baby has been sick since last night and is "floppy and won't wake up properly".

Mum is on shift at the poultry factory in Hereford and says she can't leave; she asked us to "sort it". We don't have the names of Kirsty's children.

I am in school all day on 01632 960217 (direct).

Dafydd Price
Designated Teacher and Deputy Head, Arrow Valley High School"""
    body(m, text)
    add(f, finish(f, m), "herefordshire", "mash_step_up", w, 3, "urgent", "other", True, None, [],
        [("Lily-Mae Jenkins", "2023-11-11", "11/11/2023")], ["neglect"], None, None, [], None, "alert_duty",
        "DESIGN safety rule 1: a 12-year-old babysitting for money has been alone since Friday with a sick, floppy 9-month-old and a 3-year-old, no food or nappies, the mother gone -> urgent -> alert_duty; a school's report, not a step (Herefordshire defines no step-up) -> other.",
        "a 12-year-old paid to babysit, alone since Friday with a floppy, sick baby and a 3-year-old, no food or nappies")


def herefordshire_02():
    f = "herefordshire_02.eml"
    w = dt("2036-03-20 13:34")
    m = new_msg(f, addr("Abigail Fenn-Watkins", "abigail.fenn-watkins@herefordshire.gov.uk"),
                MB["herefordshire"]["early_help_duty"],
                "RE: [SB-herefordshire-0522] Step down received - Dumitru - please hold", w, mailer=OUTLOOK,
                domain="herefordshire.gov.uk", in_reply="<SB-HER-0522-ACK@herefordshire.gov.uk>",
                cc="rhodri.bevan@herefordshire.gov.uk")
    text = """Please hold this step-down - something new today.

At 1pm Andrei Dumitru (DOB 05.06.2021, Mosaic 612884) told the EWO, Rhodri Bevan (cc'd), that for the last three nights he has been sleeping on the floor of the storeroom at his uncle's restaurant in Leominster. His uncle has taken his phone and makes him wash up from 5pm until 2 in the morning. On Tuesday his uncle slapped him across the face when he dropped a tray - Rhodri can still see the mark. His mum went back to Romania two weeks ago, which none of us knew.

Andrei says he has to go back to the restaurant after school at 3.30 because he has nowhere else to go. Rhodri is with him at school until 3.15.

Abi

Abigail Fenn-Watkins
Social Worker, Leominster Locality Team
01632 960388
""" + ack_quote("Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>", "17 March 2036 10:12",
                "[SB-herefordshire-0522] Step down received - Dumitru",
                ["We have received the step-down plan for Andrei Dumitru (Mosaic 612884).",
                 "The step-down should be completed and the case closed within 10 working days."])
    body(m, text)
    add(f, finish(f, m), "herefordshire", "early_help_duty", w, 4, "urgent", "follow_up", True, None, ["612884"],
        [("Andrei Dumitru", "2021-06-05", "05.06.2021")], ["exploitation", "physical_harm"], None, None, [], None,
        "alert_duty",
        "DESIGN safety rule 1 (whatever the kind): a 14-year-old sleeping in a restaurant storeroom, made to work until 2am, slapped, phone taken, mother abroad, going back there at 3.30 today -> urgent; a reply to [SB-herefordshire-0522] -> follow_up, but alert_duty comes first.",
        "a 14-year-old kept off school to work, sleeping in his uncle's restaurant storeroom, slapped, going back there at 3.30 today (a follow-up on a step-down)")


def herefordshire_03():
    f = "herefordshire_03.eml"
    w = dt("2036-01-29 14:20")
    m = new_msg(f, addr("Imran Siddiqui", "imran.siddiqui@herefordshire.gov.uk"), MB["herefordshire"]["mash_step_up"],
                "Trading Standards - underage sales test purchasing in February - for MASH information", w,
                mailer=OUTLOOK, domain="herefordshire.gov.uk")
    text = """Dear MASH colleagues,

A routine heads-up. During February Trading Standards will run underage sales test purchases (knives, vapes, energy drinks and fireworks) in Hereford, Ross-on-Wye and Ledbury.

Two volunteer young people aged 15 and 16 will take part, with their parents' written consent, in line with the national code of practice on test purchasing. They are accompanied by two officers at all times, never work after 6pm, and it is not employment. They are not at risk and there is no safeguarding concern.

We tell MASH each time because shops sometimes ring in to say "a child tried to buy a knife". If you get a call like that in February, please check with us first on 01632 960455.

Kind regards
Imran Siddiqui
Senior Trading Standards Officer, Herefordshire Council"""
    body(m, text)
    add(f, finish(f, m), "herefordshire", "mash_step_up", w, 5, "near_miss", "other", False, None, [], [], [], None,
        None, [], None, "human_review",
        "NEAR MISS (trading standards' routine notice of supervised test purchasing, 'not at risk and there is no safeguarding concern'): no child named, nothing immediate -> other -> human_review.",
        "trading standards' notice of supervised underage test purchases by teenage volunteers")


def herefordshire_04():
    f = "herefordshire_04.eml"
    w = dt("2036-02-25 10:20")
    m = new_msg(f, addr("Ffion Bowen-Jones", "ffion.bowen-jones@herefordshire.gov.uk"),
                MB["herefordshire"]["early_help_duty"], "EHA step-down plan - Wynn-Davies sibling group", w,
                mailer=OUTLOOK, domain="herefordshire.gov.uk")
    text = """Dear Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan (level 3) for Morgan Wynn-Davies (DOB 17/07/2022) and Elsie Wynn-Davies (DOB 04/04/2030), Mosaic IDs 604417 and 604418, and the family's signed consent form. I discussed this with Verity Lang at Tuesday's drop-in.

Key person: Bethan Morris, Family Support Worker, Bromyard Family Hub - agreed with the family and with Bethan on 20 February.

History, so you have it: the s47 began on 24 November 2035 after Morgan, then 13, was hurt on his uncle's building site near Bromyard, where he had been labouring at weekends and on some school days. He fell from the first lift of the scaffolding and broke his wrist. That has fully healed. The uncle was cautioned and the HSE investigated; he no longer has any contact with the children, and Morgan has not been on a site since. The assessment decision on 11 February was no further social care involvement and step-down to Early Help.

Current needs: Morgan's attendance (86%) and rebuilding his confidence at school.

Kind regards
Ffion Bowen-Jones
Social Worker, Bromyard and Ledbury Team"""
    body(m, text, html_twin=True)
    attach(m, make_docx(["# Early Help Assessment step-down plan - Wynn-Davies",
                         "Level: 3 (Intensive)",
                         "Key person: Bethan Morris, Bromyard Family Hub",
                         "What needs to happen / by whom / outcome / timescale:",
                         "Attendance support - school and Bethan - 95% by Easter - 6 weeks",
                         "Mentoring for Morgan - Bromyard youth club - weekly - from March"]),
           DOCX, "EHA step-down plan - Wynn-Davies.docx")
    attach(m, make_pdf("Consent to Early Help - Wynn-Davies family", [
        "I consent to my children Morgan and Elsie being supported by Early Help and to information being shared.",
        "Signed: Carys Wynn-Davies (mother)   Date: 20/02/2036",
    ]), "application/pdf", "Signed consent - Wynn-Davies.pdf")
    add(f, finish(f, m), "herefordshire", "early_help_duty", w, 6, "near_miss", "step_down", False, 3,
        ["604417", "604418"],
        [("Morgan Wynn-Davies", "2022-07-17", "17/07/2022"), ("Elsie Wynn-Davies", "2030-04-04", "04/04/2030")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS (past and resolved: a 13-year-old hurt on a building site in November, healed, uncle cautioned, no contact): complete Herefordshire sibling-group step_down (REQUIREMENTS: consent form, plan, key person with agency), sent within two weeks of the 11 February decision -> book_meeting.",
        "past: a 13-year-old who fell from scaffolding on his uncle's building site, healed and investigated; a complete sibling-group step-down")


def herefordshire_05():
    f = "herefordshire_05.eml"
    w = dt("2036-03-10 08:30")
    m = new_msg(f, addr("Herefordshire Safeguarding Children Partnership", "hscp.news@herefordshire.gov.uk"),
                "undisclosed-recipients:;", "7-minute briefing: children who work", w, domain="herefordshire.gov.uk",
                cc="earlyhelpcoordinators@herefordshire.gov.uk",
                extra=[("List-Unsubscribe", "<mailto:hscp.news@herefordshire.gov.uk?subject=unsubscribe>")])
    html_body = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:11pt;color:#222">
<table width="600" align="center" cellpadding="10"><tr><td style="background:#005a8c;color:#fff">
<h1 style="margin:0">7-minute briefing: children who work</h1>
<p style="margin:0">Herefordshire Safeguarding Children Partnership &middot; March 2036</p></td></tr>
<tr><td>
<h2>1. Why it matters</h2>
<p>Most children who work do so safely and legally. Some work too young, too long, or in places where they are at risk of harm &ndash; often in a family business.</p>
<h2>2. What it can look like</h2>
<ul>
<li>a 12-year-old burnt by a takeaway fryer and told not to go to hospital;</li>
<li>a 10-year-old left alone on a market stall at night;</li>
<li>a 14-year-old who collapses on a roof job while the foreman drives off;</li>
<li>a child kept off school to work, or used as the family's interpreter.</li>
</ul>
<p><i>These are composite examples for learning; they are not about any real child.</i></p>
<h2>3. What to do</h2>
<p>If a child is in immediate danger, call 999. If you think a child is at risk, contact MASH the same day. For questions about permits, contact the child employment officer.</p>
<h2>4. Training</h2>
<p>Half-day session &ldquo;Children, work and exploitation&rdquo;: Thursday 24 April 2036, Plough Lane, Hereford. Book via the HSCP learning portal.</p>
</td></tr></table>
</body></html>
"""
    body(m, None, html_only=html_body)
    add(f, finish(f, m), "herefordshire", "early_help_duty", w, 12, "near_miss", "other", False, None, [], [], [], None,
        None, [], None, "human_review",
        "NEAR MISS (a partnership bulletin listing composite examples, 'not about any real child'): DESIGN safety rule 1 says bulletins that list examples must not trigger -> other -> human_review.",
        "an HTML-only partnership 7-minute briefing listing the burn, the market stall and the roof collapse as composite examples")


def herefordshire_06():
    f = "herefordshire_06.eml"
    w = dt("2036-01-08 15:40")
    m = new_msg(f, addr("Kieran O'Dwyer", "kieran.odwyer@herefordshire.gov.uk"), MB["herefordshire"]["early_help_duty"],
                "Step down plan - Tegan Lloyd (Mosaic 598830)", w, mailer=OUTLOOK, domain="herefordshire.gov.uk")
    text = """Hi all,

Attached is the Early Help Assessment step-down plan for Tegan Lloyd, DOB 2nd March 2026, Mosaic 598830. Level 3.

Tegan (9) has been interpreting (BSL) for her dad, who is Deaf, at his hospital and benefits appointments, and was missing school for it. The assessment found she is a young carer; BSL interpreters are now booked for dad through the hospital and the jobcentre.

Key person: Mrs Angharad Pugh, Learning Mentor, Kingstone Primary School, who has agreed to lead.

Mum gave verbal consent on the phone this morning. I'll get the consent form signed at my visit on Friday and send it on.

Thanks
Kieran

Kieran O'Dwyer
Social Worker, Hereford City Team"""
    body(m, text)
    attach(m, make_docx(["# Early Help Assessment step-down plan - Tegan Lloyd",
                         "Level 3",
                         "Young carers support (Herefordshire Young Carers) - weekly - from January",
                         "BSL interpreters for dad's appointments - hospital / jobcentre - ongoing",
                         "Attendance check-in - Mrs Pugh - weekly"]), DOCX, "EHA step down plan - Lloyd.docx")
    add(f, finish(f, m), "herefordshire", "early_help_duty", w, 5, "ordinary", "step_down", False, 3, ["598830"],
        [("Tegan Lloyd", "2026-03-02", "2nd March 2026")], ["young_carer"], True, None, ["consent_form"], None,
        "request_info",
        "Herefordshire step_down (REQUIREMENTS: consent form, plan, key person): plan and key person present; verbal consent stated as given (true) but the written consent form is to follow -> missing consent_form -> request_info.",
        "step-down for a 9-year-old who interpreted BSL for her Deaf father; verbal consent, form to follow")


def herefordshire_07():
    f = "herefordshire_07.eml"
    w = dt("2036-03-13 11:10")
    m = new_msg(f, addr("Sharon Whitehouse", "s.whitehouse@rosshigh.example.sch.uk"), MB["herefordshire"]["mash_step_up"],
                "Step up request - Early Help to social care - Kacper Nowicki", w, mailer=OUTLOOK,
                domain="rosshigh.example.sch.uk")
    text = """Dear MASH,

I am the lead professional for Kacper Nowicki (DOB 2022-12-01), who is on an Early Help plan (Mosaic 609921), and I am asking for him to be stepped up to children's social care.

Despite six months of Early Help, his parents keep him off school on Mondays and Fridays to work in their café in Ross-on-Wye. His attendance is 71%. Mr and Mrs Nowicki have not come to the last three TAF meetings and do not answer calls from school.

The TAF agreed on 11 March to ask for a step up, and my line manager, Sue Tranter, agreed it.

Kind regards
Sharon Whitehouse
Attendance and Family Liaison Officer, Ross High School"""
    body(m, text)
    add(f, finish(f, m), "herefordshire", "mash_step_up", w, 4, "ordinary", "step_up", False, None, ["609921"],
        [("Kacper Nowicki", "2022-12-01", "2022-12-01")], ["non_engagement", "school_attendance"], None, True, [], None,
        "human_review",
        "REQUIREMENTS: step_up is not defined by the Herefordshire seed -> human_review with missing []; a planned step-up for a 13-year-old kept off school to work in the family cafe, nothing immediate.",
        "a planned step-up (undefined for Herefordshire) for a 13-year-old kept off school to work in the family cafe")


def herefordshire_08():
    f = "herefordshire_08.eml"
    w = dt("2036-01-14 08:55")
    m = new_msg(f, addr("Kieran O'Dwyer", "kieran.odwyer@herefordshire.gov.uk"), MB["herefordshire"]["early_help_duty"],
                "Declined: Step-down drop-in - Lloyd [SB-herefordshire-0498]", w, mailer=OUTLOOK,
                domain="herefordshire.gov.uk")
    comment = ("Sorry - I'm in court all Tuesday morning. Could I have the 11:30 slot next week instead? "
               "The signed consent form is on its way on the original thread.")
    m.set_content("Kieran O'Dwyer has declined this meeting.\n\n" + comment + "\n")
    cal = ics("REPLY", "her08", w, "20360115T100000", "20360115T103000",
              "Step-down drop-in - Lloyd [SB-herefordshire-0498]",
              ("Early Help Co-ordinators", "earlyhelpcoordinators@herefordshire.gov.uk"),
              [("Kieran O'Dwyer", "kieran.odwyer@herefordshire.gov.uk")], comment=comment, partstat="DECLINED")
    m.add_alternative(cal, subtype="calendar", params={"method": "REPLY"})
    add(f, finish(f, m), "herefordshire", "early_help_duty", w, 3, "ordinary", "meeting_reply", False, None, [], [],
        [], None, None, [], None, "record_reply",
        "DESIGN kind meeting_reply: an iTIP REPLY (DECLINED) to the Tuesday drop-in with a COMMENT asking for another slot -> record_reply; nothing of concern.",
        "iTIP DECLINED reply to the Tuesday drop-in, asking for another slot")


TOWER = [tower_hamlets_01, tower_hamlets_02, tower_hamlets_03, tower_hamlets_04, tower_hamlets_05, tower_hamlets_06,
         tower_hamlets_07, tower_hamlets_08]
TORBAY = [torbay_01, torbay_02, torbay_03, torbay_04, torbay_05, torbay_06, torbay_07, torbay_08]
HEREFORD = [herefordshire_01, herefordshire_02, herefordshire_03, herefordshire_04, herefordshire_05, herefordshire_06,
            herefordshire_07, herefordshire_08]
