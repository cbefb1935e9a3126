# Mail texts and labels for mixed77 (exec'd by make_set.py). Invented people, places and numbers throughout.
OUT_OF_HOURS = {"richmond_wandsworth_02", "torbay_01", "torbay_02", "torbay_05", "herefordshire_01", "herefordshire_02", "richmond_wandsworth_08"}
NOTICE = {}
KN = ADDR["knowsley"]; RW = ADDR["richmond_wandsworth"]; TH = ADDR["tower_hamlets"]; TO = ADDR["torbay"]; HE = ADDR["herefordshire"]
DISC_K = ("\n\n--\nThis email and any attachments are confidential and intended for the addressee only. If you have "
          "received it in error please tell the sender and delete it. Knowsley Council may monitor email traffic.")

# ============================================================ KNOWSLEY
build("knowsley_01", "2096-05-02 10:14", "Bethan Oakes <bethan.oakes@knowsley.gov.uk>", KN["mash_step_up"],
      "Step up request - Kai Rimmer - EHM-77310 - step up TAF Wed 9th May",
      text="""Good morning MASH,

Please find attached the step up request for Kai Rimmer (DOB 11/03/2085), EHM-77310.

Kai is 11, autistic with a learning disability and is waiting on his EHCP annual review. Mum is his sole carer and
since Christmas the home conditions have gone downhill badly: no working cooker for six weeks, Kai sleeping on a
bare mattress, his school reports him arriving hungry and in the same clothes most days, and three missed CAMHS and
paediatric appointments this term. The GCP2 was completed with mum on 24 April and is attached; it scores care at
level 4 in most areas.

My team manager Gwen Holloway has discussed the step up with me in supervision yesterday and agreed it.

Step up TAF meeting: Wednesday 9th May at 10am, Huyton Family Hub (Teams link will follow from me). I will invite
the current TAF members.

Attached: FF Step Up request form, TAF minutes 18.04, GCP2.

Thanks
Bethan

Bethan Oakes | Family First Case Manager (Level 3) | Knowsley Council
0151 496 0722""" + DISC_K,
      html=None,
      atts=[("FF Step Up request to CSC - Rimmer.docx", DOCX, docx([
                "FF Step Up request to CSC", "Case ID on EHM: EHM-77310", "Child: Kai Rimmer, DOB 11/03/2085",
                "Date of step up TAF meeting: Wednesday 9 May, 10:00, Huyton Family Hub",
                "Level of Engagement: medium", "Recent TAF meeting minutes attached: yes (18 April)",
                "What are we worried about? Home conditions, food, missed health appointments, Kai's unmet needs",
                "What is working well? Mum loves Kai and lets the school in; Kai attends every day",
                "What next? Step up for a C&F assessment", "Graded Care profile: completed 24 April (attached)",
                "Agreement by line manager: Gwen Holloway, Team Manager, 01/05"])),
            ("TAF minutes 18.04 - Rimmer.pdf", PDF, pdf(["TAF meeting minutes - 18 April", "Family: Rimmer (EHM-77310)",
                "Present: mum, Bethan Oakes (FF), class teacher, school nurse", "Actions: cooker referral, food parcel, health appts"])),
            ("GCP2 Rimmer.pdf", PDF, pdf(["Graded Care Profile 2", "Child: Kai Rimmer", "Completed 24 April with mum",
                "Physical care: 4  Safety: 3  Love: 2  Esteem: 3"]))])
NOTICE["knowsley_01"] = dt("2096-05-09 10:00")
label("knowsley_01", "mash_step_up", "ordinary", "step_up", False, None, ["EHM-77310"], [("Kai Rimmer", "2085-03-11")],
      ["neglect", "disability_send"], None, True, [], False, "request_info",
      "ORDINARY STEP-UP, NOTICE SHORT ACROSS MAY DAY: form, TAF minutes and GCP2 (neglect) all attached, EHM id, TM Gwen Holloway 'agreed it' -> manager true; mum's consent not mentioned -> null. Sent Wed 2 May, meeting Wed 9 May: 5 plain weekdays but Mon 7 May is the Early May bank holiday -> 4 working days < 5 -> notice_ok false -> request_info. Autism/LD/EHCP -> disability_send.",
      "Knowsley, seed 004_ba08e3b9f619f49f.txt section 4 ('Please allow at least 5 working days' notice', 'If your concerns are relating to Neglect then the Graded Care profile must be reflected', Appendix 1); REQUIREMENTS.md knowsley step_up; DESIGN 'notice' (today < d <= meeting) and next_action order.", delay=6)

build("knowsley_02", "2096-06-21 13:52", "Dominic Ashworth <d.ashworth@larkspurpark.example.sch.uk>", KN["mash_step_up"],
      "Tayla Brennan Year 10 - home school diary this morning",
      html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hello,</p>
<p>I am Tayla Brennan's class teacher at Larkspur Park School (secondary, autism base). Tayla is 15 (DOB 14/02/2081) and
uses an AAC device; she has very little speech.</p>
<p>This is what mum wrote in her home-school diary, which came in on the taxi at 9.05 this morning, word for word:</p>
<blockquote style="border-left:2px solid #999;padding-left:8px"><i>"bad night again. had to put her on the floor on her front and
sit on her back to stop her, 40 mins maybe more, she wet herself. I will do it again tonight if she starts, I've
had enough."</i></blockquote>
<p>At 11.20 Tayla went to her device on her own and pressed <b>"floor" "hurt" "can't breathe" "home no"</b> and then sat
under the table rocking. There is a graze and carpet burn across her left cheek and chin, and marks like finger
bruises on the back of both upper arms. Our school nurse has looked and photographed them.</p>
<p>Tayla goes home on the council taxi at <b>3.10pm today</b>. Mum is the only adult at home on weekday evenings. We have
not spoken to mum yet because of what the diary says about tonight.</p>
<p>Please can somebody ring me back on 0151 496 0583 before 3. I am staying with Tayla until I hear.</p>
<p>Dominic Ashworth<br>Class Teacher, Autism Base<br>Larkspur Park School</p>
</body></html>""")
label("knowsley_02", "mash_step_up", "urgent", "other", True, None, [], [("Tayla Brennan", "2081-02-14")],
      ["physical_harm", "disability_send"], None, None, [], None, "alert_duty",
      "URGENT, HTML-ONLY, NO ALARM WORDS: a teacher quotes mum's diary (sat on a 15-year-old's back face-down for 40 minutes, 'I will do it again tonight'); the girl's AAC words 'can't breathe' 'home no'; carpet burns and grip bruises; the taxi takes her home at 3.10 today to the same parent. Prone restraint by a parent who says she will repeat it tonight -> immediate. No step request from a practitioner -> other. physical_harm; autism/AAC -> disability_send.",
      "Knowsley, seed 004_ba08e3b9f619f49f.txt ('Any immediate safeguarding concerns should be communicated to the Duty Social Work Team in the MASH'); " + URGENT_RULE + "; " + OTHER_RULE, delay=3)

build("knowsley_03", "2096-05-18 11:05", "Chidi Eze <chidi.eze@knowsley.gov.uk>", KN["early_help_duty"],
      "Step down to Family First L3 - Noah Kelly - joint home visit Fri 25/05",
      text="""Hi Family First duty,

Notice of step down to Family First (Level 3) for Noah Kelly, DOB 30/09/2086, ICS ID 2231907.

I'd like a Family First case manager to come on a joint home visit with me on Friday 25th May at 10.00am, at the
family home (22 Bracken Walk, Huyton). Mum (Leanne Kelly) has consented to the referral to Family First - she
signed the consent at my visit on Tuesday.

What are we worried about?
Noah is 9, autistic and non-verbal, and he bolts. Yesterday afternoon he ran off from the school gate while mum
was talking to another parent; his TA found him within a couple of minutes in the staff car park and he was back
with mum straight away. School logged it and mum rang me herself to tell me. The worry is that mum is exhausted and
he is getting faster and bigger.

What is working well?
The OT has fitted window restrictors and a door alarm on the front and back doors (approved at the OT review on
2 May), mum uses the visual timetable every day, the short breaks overnight once a fortnight have started and Noah's
attendance is 97%. Mum is honest with professionals and asks for help.

What needs to happen?
Family First to pick up the TAF plan: sleep, a travel plan for the school gate, carer's assessment for mum and the
EHCP review in June.

Thanks,
Chidi Eze
Social Worker, Child in Need Team
Knowsley Council""")
NOTICE["knowsley_03"] = dt("2096-05-25 10:00")
label("knowsley_03", "early_help_duty", "near_miss", "step_down", False, 3, ["2231907"], [("Noah Kelly", "2086-09-30")],
      ["disability_send"], True, None, [], True, "book_meeting",
      "NEAR MISS - A CHILD WHO RAN OFF YESTERDAY AND WAS FOUND WITHIN MINUTES, with an OT-approved door alarm and window restrictors: resolved, mum told the SW herself -> not urgent and not labelled 'missing' (past, resolved). Complete level 3 step-down ('Level 3' written): three Signs of Safety headings, joint home visit date/time/address, mum 'has consented' -> consent true. 'ICS ID 2231907' -> '2231907'. Sent Fri 18 May, visit Fri 25 May: 5 working days (no bank holiday) -> ok -> book_meeting.",
      "Knowsley, seed 004_ba08e3b9f619f49f.txt section 3 Level 3 ('with a minimum of 5 days' notice, email ... the date and time of a joint home visit ... what are we worried about, what is working well, what needs to happen'); REQUIREMENTS.md knowsley step_down level 3; " + NEAR_RULE + ".", delay=5)

build("knowsley_04", "2096-05-23 14:10", "Faye Lyons <faye.lyons@knowsley.gov.uk>", KN["early_help_duty"],
      "Step-down to level 2 - Sutton children",
      text="""Afternoon,

Step-down to Level 2 Early Help for the Sutton children. Final CIN meeting is Weds 30th May, 10am, Huyton Family Hub
(room 2). ICS IDs below.

Child             | DOB        | ICS ID
Ruby-Mae Sutton   | 19/01/2089 | 2240188
Alfie Sutton      | 02/08/2091 | 2240189

Lead Practitioner from step-down: Hannah Cole, SENCO, St Aidan's Catholic Primary School (h.cole@staidans.example.sch.uk).
Mum has consented to the transfer.

WHAT ARE WE WORRIED ABOUT: Mum's depression flares when she is not sleeping; Ruby-Mae (7, ADHD and sensory
processing difficulties) climbs onto the kitchen units and the shed roof when she is dysregulated; Alfie (4) waits
for his speech and language assessment.
WHAT IS WORKING WELL: Mum is back with her GP and on medication, grandad has them two nights a week, the OT's
climbing frame and weighted blanket have helped and there have been no falls since February.
WHAT NEEDS TO HAPPEN: SENCO to lead the EHA, EHCP request for Ruby-Mae, Alfie's SALT, carer's assessment for mum.

Faye Lyons
Social Worker
Knowsley Council
Sent from Outlook for iOS""")
NOTICE["knowsley_04"] = dt("2096-05-30 10:00")
label("knowsley_04", "early_help_duty", "ordinary", "step_down", False, 2, ["2240188", "2240189"],
      [("Ruby-Mae Sutton", "2089-01-19"), ("Alfie Sutton", "2091-08-02")],
      ["disability_send", "parental_mental_health"], True, None, [], False, "request_info",
      "ORDINARY LEVEL 2 STEP-DOWN, NOTICE SHORT ACROSS THE SPRING BANK HOLIDAY: final CIN date/time/venue, all three headings (in capitals), lead practitioner named with her school -> nothing missing; 'Mum has consented' -> true. Sent Wed 23 May, CIN Wed 30 May: 5 plain weekdays but Mon 28 May is the Spring Bank Holiday -> 4 working days -> notice_ok false -> request_info. Climbing when dysregulated is a SEND need managed by the OT, no incident -> not urgent. ICS ids from a plain-text table.",
      "Knowsley, seed 004_ba08e3b9f619f49f.txt section 3 Level 2 ('email ... of the intention to step-down to a Level 2 Early Help service ... what are we worried about, what is working well, what needs to happen ... name and organisation of the person who will be taking over the Lead Practitioner role'); REQUIREMENTS.md knowsley step_down level 2 (at least 5 WD before the final CIN meeting); DESIGN 'notice'.", delay=2)

build("knowsley_05", "2096-07-10 15:40", "Sian Macklin <sian.macklin@knowsley.gov.uk>", KN["mash_step_up"],
      "RE: [SB-knowsley-214] Step up request received - Garside",
      headers=[("In-Reply-To", "<SB-knowsley-214.ack@stepbot.knowsley.gov.uk>"), ("References", "<SB-knowsley-214.ack@stepbot.knowsley.gov.uk>")],
      text="""Adding to this morning's step up for Leo because it can't wait for the TAF next week.

I've just left the house (3.25pm). Leo (7, gastrostomy fed, cerebral palsy, no speech) was lying on the settee.
Mum told me she hasn't put his feeds up or given him any water through the tube since yesterday teatime because
"he keeps pulling at it and I'm sick of cleaning it up". The pump was unplugged in the corner and the feed bags
unopened. His lips are dry and cracked, he was floppy and didn't turn to his name the way he normally does, and his
nappy was dry. I asked mum to ring his community nurse or let me take him to Whiston; she said no and asked me to
leave. Dad is working away until Friday.

I am parked round the corner on Ash Grove. Mobile 07700 900 318.

Sian Macklin
Family First Case Manager

> From: stepbot <no-reply@stepbot.knowsley.gov.uk>
> Sent: 10 July 09:12
> Subject: [SB-knowsley-214] Step up request received - Garside
>
> Thank you. We have received your step up request for Leo Garside (EHM-79104).
> Still needed: TAF meeting minutes.
> Reference: SB-knowsley-214""")
label("knowsley_05", "mash_step_up", "urgent", "follow_up", True, None, ["EHM-79104"], [("Leo Garside", None)],
      ["neglect", "disability_send"], None, None, [], None, "alert_duty",
      "URGENT FOLLOW-UP, NO ALARM WORDS: a reply under [SB-knowsley-214] adds that a 7-year-old fed only by gastrostomy has had no feed or water since yesterday teatime, is floppy with a dry nappy, and mum refuses the nurse or hospital; the worker has been asked to leave. Reply with reference -> follow_up, but urgent comes first -> alert_duty. Name and EHM id only in the quoted acknowledgement for the id; no DOB anywhere -> dob null.",
      "Knowsley, seed 004_ba08e3b9f619f49f.txt section 4 ('This policy does not override any safeguarding policies ... take immediate action'); " + URGENT_RULE + "; DESIGN 'kind' follow_up and 'reference'.", delay=2)

build("knowsley_06", "2096-07-16 09:30", "Knowsley Safeguarding Partnership Learning <kscp.learning@knowsley.gov.uk>", KN["early_help_duty"],
      "For circulation: disability practice forum case study (fictional) - restrictive practice at home",
      text="""Dear colleagues,

Ahead of Thursday's disability practice forum please circulate the attached case study to Family First duty staff.
It is FICTIONAL and built for discussion; 'Child D' is not a real child and no action is needed on it.

Summary: Child D, 12, autistic, is shut in a bedroom with the bulb taken out "to calm down"; a carer straps a
younger sibling into a buggy for long periods because he climbs; a teenager is held face-down during meltdowns.
Groups will discuss which of these would need a call to MASH today, which are restrictive practice to be planned
out with a positive behaviour support plan, and what a safe space should look like (door open, light on, the child
chooses to go in, an adult nearby).

Bookings: 12 places left, Kirkby Suite, 9.30-12.30.

Knowsley Safeguarding Children Partnership - Learning and Development""",
      atts=[("Case study Child D - disability forum.pdf", PDF, pdf(["Knowsley disability practice forum - fictional case study",
             "Child D (12, autistic). This is a training scenario. Names and details are invented.",
             "1. The bedroom with no bulb. 2. The buggy straps. 3. The face-down hold.",
             "Discussion: which needs a same-day MASH call? What would a PBS plan say instead?"]))])
label("knowsley_06", "early_help_duty", "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
      "NEAR MISS - A TRAINING CASE STUDY: the partnership's learning team sends a fictional 'Child D' scenario (dark room, buggy straps, face-down hold) for a forum, stated as fictional with no action needed. No real child, no request -> other, children [] (an anonymised 'Child D' is not a named child), concerns [].",
      "Knowsley, seed 004_ba08e3b9f619f49f.txt; " + NEAR_RULE + "; " + OTHER_RULE + ".", delay=7)

cal = ics("REPLY", "knowsley_07", "20960612T080300Z", "20960620T100000", "20960620T113000",
          "Step up TAF meeting - Doyle family", "Microsoft Teams Meeting",
          ("Knowsley MASH", "knowsleymash@knowsley.gov.uk"), [("Farid Quayle", "farid.quayle@knowsley.gov.uk", "ACCEPTED")])
build("knowsley_07", "2096-06-12 09:03", "Farid Quayle <farid.quayle@knowsley.gov.uk>", KN["mash_step_up"],
      "Accepted: Step up TAF meeting - Doyle family",
      text="Farid Quayle has accepted this invitation.\n", calendar=("REPLY", cal))
label("knowsley_07", "mash_step_up", "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
      "ORDINARY MEETING REPLY: an Outlook iTIP REPLY (PARTSTAT=ACCEPTED) from the MASH social worker for the Doyle step-up TAF. 'Doyle family' is a surname, not a named child -> children []. No requirements for the kind.",
      "Knowsley, seed 004_ba08e3b9f619f49f.txt section 4 (step up meeting chaired by the MASH SW); DESIGN 'kind' meeting_reply -> record_reply.", delay=1)

inv = ics("REQUEST", "knowsley_08", "20960604T102500Z", "20960613T100000", "20960613T113000",
          "Step up TAF meeting - Doyle family (EHM-80452)", "Microsoft Teams Meeting",
          ("Martin Kehoe", "martin.kehoe@knowsley.gov.uk"),
          [("Knowsley MASH", "knowsleymash@knowsley.gov.uk", "NEEDS-ACTION"), ("MASH business support", "Mash.Businesssupport@knowsley.gov.uk", "NEEDS-ACTION")])
build("knowsley_08", "2096-06-04 11:30", "Martin Kehoe <martin.kehoe@knowsley.gov.uk>", KN["mash_step_up"],
      "Step up - Evie Doyle EHM-80452",
      cc="Mash.Businesssupport@knowsley.gov.uk",
      text="""Hi all

Step up request for Evie Doyle (6), DOB 10/10/2089, EHM-80452. Step up form attached and the Teams invite for the
step up TAF on Wednesday 13th June at 10am is attached too.

Evie has Down syndrome and a heart condition. Since March mum and dad have not let anyone in: I've had four
no-access visits, they've missed two cardiology appointments and they withdrew Evie from her special school in May
over the EHCP dispute (they want a mainstream place with 1:1, the LA named the special school). The GP did see Evie at the
surgery last Tuesday and says she is well in herself.

TAF minutes - I'll send these separately, the last TAF didn't go ahead (parents didn't attend) so I'm writing up the
one from March.

My TM Gwen is on leave this week, I'll get her sign-off when she's back Monday.

Martin Kehoe
Family First Case Manager, Kirkby""",
      atts=[("Step up request form - Doyle.docx", DOCX, docx(["FF Step Up request to CSC", "Case ID on EHM: EHM-80452",
             "Date of step up TAF meeting: 13 June 10:00 (Teams)", "Level of Engagement: low",
             "What are we worried about? No access since March; missed cardiology; out of school",
             "What is working well? Parents love Evie; grandma in contact with the worker",
             "What next? C&F assessment", "Agreement by line manager: to follow"])),
            ("Step up TAF meeting.ics", ("text", "calendar"), inv)])
NOTICE["knowsley_08"] = dt("2096-06-13 10:00")
label("knowsley_08", "mash_step_up", "ordinary", "step_up", False, None, ["EHM-80452"], [("Evie Doyle", "2089-10-10")],
      ["disability_send", "non_engagement", "school_attendance"], None, None,
      ["engaging_families", "manager_agreed", "taf_minutes"], True, "request_info",
      "ORDINARY INCOMPLETE STEP-UP about non-engagement and an EHCP dispute: form and an attached .ics invitation (Wed 13 June 10:00; 7 working days from Mon 4 June -> ok). TAF minutes 'I'll send these separately' -> taf_minutes missing; TM on leave, 'I'll get her sign-off' -> manager_agreed null and missing; non-engagement with no Engaging Families toolkit -> engaging_families missing. Seen and well at the GP last week, no event today -> not urgent. Withdrawn from school -> school_attendance.",
      "Knowsley, seed 004_ba08e3b9f619f49f.txt section 4 ('If your step up is relating to non-engagement, then you must reference your use of the Engaging Families toolkit', 'must contain evidence of Management oversight', Appendix 1 'Recent TAF meeting minutes attached'); REQUIREMENTS.md knowsley step_up.", delay=9)

# ============================================================ RICHMOND & WANDSWORTH
build("richmond_wandsworth_01", "2096-04-24 16:12", "=?utf-8?b?R3Jhxbx5bmEgV8OzamNpaw==?= <grazyna.w@allcare-transport.example.com>",
      RW["mash_step_up"], "boy on the step Roehampton please somebody call",
      text="""Hello I am the escort on school bus (AllCare route 17) for Oskar Nowak he is 10, autism, he not speak.
We bring him home 4.05pm to 14 Ancaster Close Roehampton. Nobody open the door. Neighbour say mum go this morning
with big suitcase and taxi, dad is not living there. I ring mum 6 times phone is off. Oskar is sitting on the step
now and hitting his head on the door, he has no coat and he did not eat, the lunch box is full. The driver say we
must go to the next children and we cannot take him, company say leave him with neighbour but neighbour say no.
I find this email on the council website. Please somebody call me 07700 900 455 I am still here but not long.

Grazyna

Sent from my iPhone""")
label("richmond_wandsworth_01", "mash_step_up", "urgent", "other", True, None, [], [("Oskar Nowak", None)],
      ["neglect", "disability_send"], None, None, [], None, "alert_duty",
      "URGENT, A TAXI ESCORT'S MOBILE MAIL IN NON-NATIVE ENGLISH, NO ALARM WORDS: a non-verbal autistic 10-year-old dropped home at 4.05pm to a locked house, mum apparently gone with a suitcase, phone off, the boy hitting his head on the door, the escort about to be made to leave. Left alone now with no adult -> immediate. Not a step request -> other. No DOB. neglect + disability_send.",
      "Richmond & Wandsworth, seed 000_ad98922a9b2c3c54.txt ('Where Early Help is working with a child ... and there are immediate child protection concerns ... telephone the MASH'); " + URGENT_RULE + "; " + OTHER_RULE, delay=2)

build("richmond_wandsworth_02", "2096-05-11 21:40", "Rebecca Holt <beckyholt84@example.co.uk>", RW["mash_step_up"],
      "Mia Holt (12) - her father will not give her midazolam",
      text="""I don't know if anyone reads this at night but your website says this is where concerns about children go.

My daughter Mia Holt, 12, DOB 09/03/2084, has cerebral palsy and epilepsy. She is at her father's this weekend
(Craig Holt, 41 Thessaly Road, Battersea). Her seizure plan from Dr Anand at St Helier says buccal midazolam after
5 minutes of a tonic-clonic seizure, and an ambulance if it has not stopped 10 minutes after that.

His girlfriend sent me a video at 21:14. Mia has been fitting on and off since about 7pm and this one started at
21:10. Craig refuses to give the midazolam. He says it "makes her dopey" and she'll "come out of it on her own".
I've been ringing him, he has stopped answering. I rang 999 at 21:30, they said they are sending someone but there
are delays. I am 40 minutes away with no car.

He has done this before (March) and her neurologist wrote to him about it. I am writing everything down because
nobody ever believes me about him.

Rebecca Holt
07700 900 627""",
      html="""<div dir="ltr">I don't know if anyone reads this at night but your website says this is where concerns about children go.<br><br>
My daughter Mia Holt, 12, DOB 09/03/2084, has cerebral palsy and epilepsy. She is at her father's this weekend
(Craig Holt, 41 Thessaly Road, Battersea). Her seizure plan from Dr Anand at St Helier says buccal midazolam after
5 minutes of a tonic-clonic seizure, and an ambulance if it has not stopped 10 minutes after that.<br><br>
His girlfriend sent me a video at 21:14. Mia has been fitting on and off since about 7pm and this one started at
21:10. Craig refuses to give the midazolam. He says it "makes her dopey" and she'll "come out of it on her own".
I've been ringing him, he has stopped answering. I rang 999 at 21:30, they said they are sending someone but there
are delays. I am 40 minutes away with no car.<br><br>
He has done this before (March) and her neurologist wrote to him about it. I am writing everything down because
nobody ever believes me about him.<br><br>Rebecca Holt<br>07700 900 627</div>""")
label("richmond_wandsworth_02", "mash_step_up", "urgent", "other", True, None, [], [("Mia Holt", "2084-03-09")],
      ["neglect", "disability_send"], None, None, [], None, "alert_duty",
      "URGENT, OUT OF HOURS (Friday 21:40), A PARENT'S PRECISE GMAIL-STYLE MAIL: a 12-year-old has been seizing on and off since 7pm and her father refuses the prescribed rescue medicine; the mother has rung 999 but the ambulance is delayed and the father has stopped answering. Medical neglect happening now; 999 called but nobody has the child safe -> urgent, alert the out-of-hours service. 'He has done this before (March)' is context, not the trigger. Not a step request -> other.",
      "Richmond & Wandsworth, seed 000_ad98922a9b2c3c54.txt; " + URGENT_RULE + "; DESIGN rule 1 (out of hours: the Emergency Duty Team); " + OTHER_RULE, delay=3)

build("richmond_wandsworth_03", "2096-06-06 12:20", "Precious Adeyemi <precious.adeyemi@richmondandwandsworth.gov.uk>", RW["mash_step_up"],
      "Step up - Lowry - Mosaic 3319024",
      text="""Dear MASH colleagues,

Following reflective discussion with Jade Fitzroy (Early Help worker) this week, I am stepping up Ethan Lowry
(DOB 21/11/2088, Mosaic ID 3319024) to Children's Services. The latest case summary and my rationale are attached.

In short: Ethan is 7, autistic with global developmental delay and he climbs everything. Mum's new partner moved
in at Easter and the Early Help plan has stalled; there have been two unexplained bruises reported by school.

I need to add what Jade found at her visit this morning, after the attached were written. At 11.00 Ethan was in his
buggy in the back bedroom with the curtains shut, the harness done up tight and the straps tied round the bed leg.
Mum said he had been in it since breakfast (about 7.30) "because he climbs", and her partner said he would be
staying in it till bedtime. He was soaked through, had red marks and broken skin on both shoulders from the straps
and was too hoarse to cry. Mum would not let Jade take him out. Jade left at 11.40 and mum's partner was still at
home with him. Jade is back at the office now and I am with her.

Precious Adeyemi
Early Help Team Manager (Wandsworth South)
020 7946 0488""",
      atts=[("Case summary - Lowry.docx", DOCX, docx(["Case summary - Ethan Lowry", "Mosaic ID 3319024",
             "Early Help since October: sleep, climbing, EHCP assessment; mum's new partner since April",
             "Two bruises reported by school (May), explanations inconsistent"])),
            ("Rationale for step up - Lowry.pdf", PDF, pdf(["Rationale for step up to Children's Services",
             "Family: Lowry. EH plan not progressing; unexplained bruising; new adult in the household.",
             "Team Manager: Precious Adeyemi"]))])
label("richmond_wandsworth_03", "mash_step_up", "urgent", "step_up", True, None, ["3319024"], [("Ethan Lowry", "2088-11-21")],
      ["physical_harm", "neglect", "disability_send"], None, True, [], None, "alert_duty",
      "URGENT INSIDE A COMPLETE STEP-UP, NO ALARM WORDS: the EH team manager's step-up has the case summary and rationale attached (nothing missing; sent by the team manager -> manager true), but the fourth paragraph reports a 7-year-old strapped in a buggy tied to a bed leg since 7.30am, soaked, with broken skin from the straps, to stay there till bedtime, mum refusing to release him and the partner still with him. Immediate -> alert_duty, which comes first in the next_action order. Mosaic 'ID' label dropped.",
      "Richmond & Wandsworth, seed 000_ad98922a9b2c3c54.txt 'Process to Step Up' ('email the MASH: Step Up email ... with the latest case summary and the rationale'); REQUIREMENTS.md richmond_wandsworth step_up; " + URGENT_RULE, delay=5)

build("richmond_wandsworth_04", "2096-05-14 10:02", "Tom Whitlock <tom.whitlock@richmondandwandsworth.gov.uk>", RW["early_help_duty"],
      "Step down - Amara Osei - case discussion Thurs 17/5 2pm (agreed with Keziah)",
      text="""Hi Early Help duty,

As agreed with Keziah Bloom on the phone this morning, confirming the step-down case discussion for Amara Osei
(DOB 15/07/2084, Mosaic 3298811) on Thursday 17 May at 2pm on Teams. My team manager will join.

Latest case summary and the draft Early Help plan are attached. Mum (Abena Osei) has given consent for Early Help to
continue the plan and is happy for the school's family worker to be lead professional.

Background for whoever picks this up, because the word "room" in the summary has worried people before: Amara is 11
and autistic. In 2094 there was a s47 after a neighbour reported that Amara was shut in a bathroom - it was
investigated, she had gone in herself and locked it, and it closed NFA. Her positive behaviour support plan (written
with CAMHS LD last year) now includes a safe space: a pop-up sensory tent in the lounge, which Amara chooses to go
into, with the lamp on, the flap open and an adult sitting nearby. It is never locked or closed and nobody puts her
in it. It works well and incidents have dropped from daily to about one a fortnight.

Thanks
Tom Whitlock
Social Worker, Richmond CIN team

The information in this e-mail is confidential. If you are not the intended recipient please notify the sender and
delete it. Richmond and Wandsworth Councils accept no liability for viruses.""",
      atts=[("Case summary Osei May.docx", DOCX, docx(["Case summary - Amara Osei", "Mosaic 3298811",
             "CIN plan since autumn; PBS plan with CAMHS LD; safe space (sensory tent, open, adult nearby)",
             "2094 s47 closed NFA"])),
            ("Draft EH plan Osei.docx", DOCX, docx(["Draft Early Help plan - Osei", "Lead professional: school family worker",
             "Goals: keep PBS plan going at home and school; short breaks; sibling time"]))])
label("richmond_wandsworth_04", "early_help_duty", "near_miss", "step_down", False, None, ["3298811"], [("Amara Osei", "2084-07-15")],
      ["disability_send"], True, None, [], None, "book_meeting",
      "NEAR MISS - A POSITIVE BEHAVIOUR SUPPORT PLAN WITH A SAFE SPACE, AND A 2094 s47 CLOSED NFA: the 'room' is a sensory tent the child chooses, never closed, an adult nearby; the old bathroom episode was investigated and closed. Historic and planned practice -> not urgent, no physical_harm. Complete step-down: case summary + draft plan attached, mum 'has given consent' -> nothing missing -> book_meeting (the case discussion time the SW agreed with the EH duty TM, within 5 days of contact).",
      "Richmond & Wandsworth, seed 000_ad98922a9b2c3c54.txt 'Process to Step Down' ('agree a time for a case discussion within 5 days of this contact - confirming this by email with the latest case summary and the draft plan'; 'gain consent'); REQUIREMENTS.md richmond_wandsworth step_down; " + NEAR_RULE + ".", delay=4)

build("richmond_wandsworth_05", "2096-07-03 09:15", "Willow Lodge Short Breaks <manager.willowlodge@example.org.uk>", RW["mash_step_up"],
      "FYI - incident report 02/07 - Zac Harding - handled, no action requested",
      html="""<html><body style="font-family:Arial;font-size:10pt">
<p>Good morning,</p>
<p>For your records only, as Zac's social worker asked us to copy MASH into incident reports. <b>Nothing is needed from MASH.</b></p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th align="left">Child</th><td>Zac Harding, 13 (DOB 27/01/2083)</td></tr>
<tr><th align="left">When</th><td>Monday 2 July, 18:40-18:43, Willow Lodge (overnight short break)</td></tr>
<tr><th align="left">What happened</th><td>Zac was hitting his head against the dining room wall. Two trained staff used the
standing two-person hold in his PBS plan for 3 minutes until he was calm. No floor holds.</td></tr>
<tr><th align="left">Injury</th><td>Red mark on forehead from the wall, checked by the nurse on shift, no further treatment.</td></tr>
<tr><th align="left">Who was told</th><td>Mum (phoned 19:05), Zac's social worker (email 19:30), Ofsted notification made,
LADO consulted this morning - no concerns about staff, threshold not met.</td></tr>
<tr><th align="left">Now</th><td>Zac went home with mum at 10:00 today as planned, happy and settled. Debrief done.</td></tr>
</table>
<p>Kind regards,<br>Daniella Fox<br>Registered Manager, Willow Lodge Short Breaks</p>
</body></html>""")
label("richmond_wandsworth_05", "mash_step_up", "near_miss", "other", False, None, [], [("Zac Harding", "2083-01-27")],
      ["disability_send"], None, None, [], None, "human_review",
      "NEAR MISS - A RESPITE UNIT INCIDENT ALREADY HANDLED: a planned 3-minute standing hold under a PBS plan at a short-breaks unit, nurse checked, parent/SW/Ofsted told, LADO consulted (threshold not met), the boy home with mum. Resolved and reported for the record -> not urgent; HTML-only table. No request -> other -> human_review. Short-breaks child with a PBS plan -> disability_send.",
      "Richmond & Wandsworth, seed 000_ad98922a9b2c3c54.txt; " + NEAR_RULE + "; " + OTHER_RULE + ".", delay=6)

build("richmond_wandsworth_06", "2096-04-26 15:30", "Marcus Peel <marcus.peel@richmondandwandsworth.gov.uk>", RW["mash_step_up"],
      "Step up: Conroy children",
      text="""Hi MASH,

I'd like to step up Isla Conroy (DOB 17/05/2086) and Freddie Conroy (DOB 02/02/2090), Mosaic 3340571, to Children's
Services. Case summary attached. My written rationale will follow tomorrow - I'm finishing it after supervision with
the worker.

Both children are autistic; Freddie (6) also has a severe learning disability and no speech. Dad left in February.
Mum has told our worker she is "at the end" - she isn't sleeping, has stopped taking her antidepressants and the
overnight short breaks were cut from 12 to 6 nights at the last panel. The EHCP tribunal for Isla is in September.
There is no incident - it's the trajectory that worries us.

Marcus Peel
Early Help Team Manager (Richmond)""",
      atts=[("Case summary Conroy.docx", DOCX, docx(["Case summary - Conroy", "Mosaic 3340571",
             "Isla (9) and Freddie (6): autism; Freddie SLD, non-verbal", "Mum: depression, carer strain; short breaks cut"]))])
label("richmond_wandsworth_06", "mash_step_up", "ordinary", "step_up", False, None, ["3340571"],
      [("Isla Conroy", "2086-05-17"), ("Freddie Conroy", "2090-02-02")],
      ["disability_send", "parental_mental_health"], None, True, ["rationale"], None, "request_info",
      "ORDINARY STEP-UP, CARER STRESS: sent by the EH team manager himself -> manager true; case summary attached; rationale 'will follow tomorrow' -> rationale missing -> request_info. 'No incident - it's the trajectory' -> not urgent. Children in order of appearance (Isla first).",
      "Richmond & Wandsworth, seed 000_ad98922a9b2c3c54.txt 'Process to Step Up' ('the Early Help Team Manager will email ... with the latest case summary and the rationale'); REQUIREMENTS.md richmond_wandsworth step_up.", delay=8)

build("richmond_wandsworth_07", "2096-07-18 11:11", "Niamh Corrigan <niamh.corrigan@richmondandwandsworth.gov.uk>", RW["early_help_duty"],
      "Step-down to EH: Leila Haddad (Mosaic 3287740)",
      text="""Dear Early Help Duty Team Manager,

Leila Haddad, DOB 01/12/2087, Mosaic 3287740 - I would like to step down to Early Help at the end of the CIN plan.
Leila is 8 and has Rett syndrome; the CIN plan was about getting the short breaks package, the hoist and the
bathroom adaptation in place, and all three now are. Parents (Mr and Mrs Haddad) consented to Early Help on 12 July.

Latest case summary and draft Early Help plan attached. Could you let me know a time for the case discussion this
week or early next? My team manager Sunita Rao will join.

Many thanks,
Niamh""",
      html="""<p>Dear Early Help Duty Team Manager,</p><p>Leila Haddad, DOB 01/12/2087, Mosaic 3287740 - I would like to step down to Early Help at the end of the CIN plan.
Leila is 8 and has Rett syndrome; the CIN plan was about getting the short breaks package, the hoist and the
bathroom adaptation in place, and all three now are. Parents (Mr and Mrs Haddad) consented to Early Help on 12 July.</p>
<p>Latest case summary and draft Early Help plan attached. Could you let me know a time for the case discussion this
week or early next? My team manager Sunita Rao will join.</p><p>Many thanks,<br>Niamh</p>""",
      atts=[("Latest case summary - Haddad.docx", DOCX, docx(["Case summary", "Leila Haddad, Mosaic 3287740", "CIN plan outcomes met"])),
            ("Draft Early Help plan - Haddad.docx", DOCX, docx(["Draft Early Help plan", "Short breaks review; sibling support; school transport"]))])
label("richmond_wandsworth_07", "early_help_duty", "ordinary", "step_down", False, None, ["3287740"], [("Leila Haddad", "2087-12-01")],
      ["disability_send"], True, None, [], None, "book_meeting",
      "ORDINARY COMPLETE STEP-DOWN (short breaks, equipment): summary + draft plan attached, parents 'consented' -> nothing missing -> book_meeting (no time agreed yet: stepbot offers one within 5 days). No level stated -> null.",
      "Richmond & Wandsworth, seed 000_ad98922a9b2c3c54.txt 'Process to Step Down'; REQUIREMENTS.md richmond_wandsworth step_down.", delay=3)

build("richmond_wandsworth_08", "2096-06-22 07:05", "Ms J Okafor <j.okafor@heathfieldvale.example.sch.uk>", RW["early_help_duty"],
      "Automatic reply: Step-down - Haddad",
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("In-Reply-To", "<prev.haddad@richmondandwandsworth.gov.uk>")],
      text="""Thank you for your email. I am out of school on the Year 6 residential at Hindleap until Friday 22nd June
and will reply when I return. For anything about a pupil's safety today please contact our DSL, Mr Ramos, on
020 7946 0734. SEND paperwork and EHCP annual review queries: senco@heathfieldvale.example.sch.uk.""")
label("richmond_wandsworth_08", "early_help_duty", "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
      "ORDINARY AUTO-REPLY: a SENCO's out-of-office (Auto-Submitted: auto-replied) sent at 07:05 (before office hours, as auto-replies are); it names the DSL for pupils' safety generically, describes no child. -> auto_reply -> ignore (RFC 3834, DESIGN safety rule 2).",
      "DESIGN 'kind' auto_reply -> ignore; DESIGN 'Safety rules' 2.", delay=1)

# ============================================================ TOWER HAMLETS
build("tower_hamlets_01", "2096-06-14 14:41", "Shanaz Begum <s.begum@bowlock.example.sch.uk>", TH["mash_step_up"],
      "Ibrahim Hossain (9) not found - left school 2pm - towpath",
      cc="mast.duty@towerhamlets.gov.uk",
      text="""MAST

Ibrahim Hossain, Year 4, DOB 03/11/2086. He is 9, autistic and has no speech at all. He doesn't answer to his name
when he is running and he doesn't understand roads or water - he loves water and will walk straight into it.

At about 2.00pm, during the changeover from lunch, he got through the side gate of the playground on Wick Lane
(the latch was found open). A parent saw a small boy in a red school jumper going down onto the Regent's Canal
towpath by the Mile End Park bridge, heading towards the lock.

Police were called at 2.12pm (ref CAD 4417/14JUN) and are on the towpath; our staff are walking it both ways. He
has not been found yet. Mum (Rokeya Hossain) is on her way from work in Stratford. He has no phone and no tracker.

He is wearing a red jumper, grey trousers and ear defenders (yellow). He will not come to a stranger who calls him
but he will come to someone holding out a Thomas the Tank Engine toy or his tablet.

I am the family liaison officer. Please ring 0207 946 0815 (school office) or me on 07700 900 239.

Shanaz Begum
Family Liaison Officer, Bow Lock School""")
label("tower_hamlets_01", "mash_step_up", "urgent", "other", True, None, [], [("Ibrahim Hossain", "2086-11-03")],
      ["missing", "disability_send"], None, None, [], None, "alert_duty",
      "URGENT, THE NON-VERBAL 9-YEAR-OLD MISSING NEAR THE CANAL THIS AFTERNOON: left school at 2pm, seen heading down the towpath towards the lock, drawn to water, not found; police are searching but the child is not safe yet. No alarm words. Not a step request -> other. missing + disability_send. The police CAD reference is not a case id.",
      "Tower Hamlets, seed 001_7484577aab521096.txt ('If there is an immediate child protection concern, contact MAST (0207 364 5606/5601 ...)'); " + URGENT_RULE + "; " + OTHER_RULE, delay=2)

build("tower_hamlets_02", "2096-05-29 15:20", "Olamide Peters <olamide.peters@elccn.example.nhs.uk>", TH["early_help_duty"],
      "Safa Rahimi - home visit today",
      html="""<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Segoe UI,sans-serif;font-size:10.5pt">
<p>Hello Early Help,</p>
<p>I am Safa's community children's nurse. Your family support worker Kerry gave me this address in the spring.</p>
<p>Safa Rahimi, 6 (DOB 22/08/2089), gastrostomy, autism and a learning disability. I visited at 13.45 today for her
button change. Mum told me Safa was "calming down" and would stay in her room until dad gets home at about 10pm.
The box room has a bolt on the outside, high up. The bulb has been taken out of the ceiling light, there is foil
over the window and towels pushed under the door. Mum said Safa has been in there since about 1pm and that they do
this "most days now, it's the only thing that works".</p>
<p>I could hear Safa banging and screaming the whole time I was there. Mum would not open the door for me or let me
see Safa, and I could not do the button change. Her 2pm feed has not been given. When I said I would have to tell
someone, mum said dad would "deal with it" when he got in.</p>
<p>I am sitting in my car outside (18 Hebden Court, Mile End) and I can still hear her. Please phone me on
07700 900 582.</p>
<p>Olamide Peters<br>Community Children's Nurse<br>East London Community Children's Nursing</p>
</div></body></html>""")
label("tower_hamlets_02", "early_help_duty", "urgent", "other", True, None, [], [("Safa Rahimi", "2089-08-22")],
      ["physical_harm", "neglect", "disability_send"], None, None, [], None, "alert_duty",
      "URGENT, HTML-ONLY, A CHILD LOCKED IN A ROOM WITH NO LIGHT AS 'CALMING': a 6-year-old bolted into a box room with the bulb removed and the window foiled since 1pm, to stay there till 10pm, screaming, her tube feed missed, mum refusing the nurse access and threatening that dad will 'deal with it'. Happening now -> urgent. Sent to the Early Help hub (urgent whatever the mailbox). Not a request -> other. physical_harm (confinement), neglect (feed withheld), disability_send.",
      "Tower Hamlets, seed 001_7484577aab521096.txt ('If there is an immediate child protection concern, contact MAST'); " + URGENT_RULE + "; " + OTHER_RULE, delay=4)

build("tower_hamlets_03", "2096-04-27 12:00", "Hira Qureshi <hira.qureshi@towerhamlets.gov.uk>", TH["early_help_duty"],
      "RE: [SB-tower_hamlets-88] Step-down received - Ali - OT report attached",
      headers=[("In-Reply-To", "<SB-tower_hamlets-88.ack@stepbot.towerhamlets.gov.uk>")],
      text="""Hi,

Adding the OT home safety report to the Ali step-down (Zayn Ali, Mosaic 1872235) as the TAF will ask about it.

It sounds alarming when you read "locks" and "alarms" in a list, so for the avoidance of doubt: the OT assessed the
home on 19 April, Zayn (9, autistic) climbs and has got onto the first-floor window sill twice this year. The OT
has fitted and approved window restrictors (opening limited to 10cm), contact alarms on the front door and the
back door that chime in the kitchen, and a high bolt on the garden gate. Nobody is locked in - the internal doors
have no locks. Parents and Zayn (with his symbols) were part of the plan, and the OT reviews it in six months.

Thanks,
Hira Qureshi
Social Worker

> Your step-down request for Zayn Ali has been received. Reference SB-tower_hamlets-88.""",
      atts=[("OT home safety report - Zayn Ali.pdf", PDF, pdf(["Occupational Therapy - home safety assessment",
             "Child: Zayn Ali (9). Visit 19 April.", "Recommended and fitted: window restrictors (10cm), door contact alarms, garden gate bolt.",
             "Proportionate, least restrictive, agreed with parents. Review in 6 months."]))])
label("tower_hamlets_03", "early_help_duty", "near_miss", "follow_up", False, None, ["1872235"], [("Zayn Ali", None)],
      ["disability_send"], None, None, [], None, "attach_to_request",
      "NEAR MISS - OT-APPROVED WINDOW RESTRICTORS AND DOOR ALARMS: the SW adds the OT's home safety report to an existing step-down under [SB-tower_hamlets-88]; the climbing on a sill is past and the equipment is proportionate, approved and reviewed; no internal locks. -> not urgent. Reply with reference -> follow_up -> attach_to_request.",
      "Tower Hamlets, seed 001_7484577aab521096.txt; DESIGN 'kind' follow_up -> attach_to_request; " + NEAR_RULE + ".", delay=5)

build("tower_hamlets_04", "2096-05-09 16:45", "Ruth Abbey <ruth.abbey@towerhamlets.gov.uk>", TH["early_help_duty"],
      "Step down - Kofi Mensah - TAF 21 May",
      text="""Good afternoon,

Step-down to a TAF for Kofi Mensah, DOB 09/10/2080 (Mosaic 1866403), following the Child and Family Assessment
which concluded on 3 May. I will chair the TAF on Monday 21 May at 10am at Cable Street Academy.

Lead Practitioner: Dean Carver, Family Support Worker, Cable Street Academy (dean.carver@cablestreet.example.sch.uk).
Mum and dad have consented to the step-down and to Dean leading.

Please note the history in the assessment before the word "restraint" alarms anyone: in November 2094 Kofi (then 13,
autistic, 6ft) was held face-down on the floor by his dad during a meltdown, which led to the s47 and the CP plan.
Both parents then did the PBS course and the safe-holding training with the Studio team; no floor hold has been used
since, the CP plan ended in 2095 and the CIN plan has been about school and sleep. Kofi says home is "calm now".

Attached: C&F Assessment and the TAF plan.

Ruth Abbey
Social Worker, Children's Social Care""",
      atts=[("C&F Assessment - Mensah.pdf", PDF, pdf(["Child and Family Assessment", "Kofi Mensah, Mosaic 1866403", "Concluded 3 May",
             "Recommendation: step down to TAF, lead practitioner school family support worker"])),
            ("TAF plan - Mensah.docx", DOCX, docx(["TAF plan - Mensah", "Lead Practitioner: Dean Carver", "Goals: school attendance, sleep routine, transition to college"]))])
label("tower_hamlets_04", "early_help_duty", "near_miss", "step_down", False, None, ["1866403"], [("Kofi Mensah", "2080-10-09")],
      ["disability_send"], True, None, [], None, "book_meeting",
      "NEAR MISS - A TEENAGER RESTRAINED FACE-DOWN BY A PARENT, IN 2094: investigated, CP plan ended 2095, parents trained, no floor hold since -> historic, not urgent, not labelled physical_harm. Complete step-down: assessment + TAF plan attached, parents 'have consented', lead practitioner with agency -> book_meeting (the SW-arranged TAF on 21 May is within 10 WD of the assessment concluding on 3 May).",
      "Tower Hamlets, seed 001_7484577aab521096.txt ('The Allocated social worker to arrange and chair the TAF meeting ... within 10 working days'; 'Consent should be sought from the family and a lead professional identified'); REQUIREMENTS.md tower_hamlets step_down; " + NEAR_RULE + ".", delay=7)

build("tower_hamlets_05", "2096-07-02 08:30", "Tower Hamlets SEND Local Offer <localoffer-news@towerhamlets.gov.uk>", TH["early_help_duty"],
      "SEND Practice Bulletin - July: reducing restrictive practice at home",
      headers=[("List-Unsubscribe", "<mailto:localoffer-news@towerhamlets.gov.uk?subject=unsubscribe>"), ("Precedence", "bulk")],
      html="""<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#5b2c83">SEND Practice Bulletin - July</h2>
<h3>Reducing restrictive practice at home</h3>
<p>Practitioners sometimes meet families using practices such as: a child strapped into a buggy or chair for hours,
a child shut in a dark room "to calm down", a teenager held face-down, or rescue medicines withheld. Each of these
needs a same-day conversation with MAST. Each also usually comes from exhausted carers with no plan.</p>
<p>What good looks like: a positive behaviour support plan; a safe space the child chooses; OT-approved equipment
such as window restrictors and door alarms; a wheelchair harness prescribed for posture, not for holding a child still.</p>
<h3>Dates</h3>
<ul><li>PBS for Early Help workers - Tues 10 July, Albert Jacob House</li>
<li>Short breaks: what's on this summer - drop-in, every Wednesday in August</li></ul>
<p style="font-size:9pt;color:#777">You are receiving this bulletin because you are on the Local Offer practitioner list.</p>
</body></html>""")
label("tower_hamlets_05", "early_help_duty", "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
      "NEAR MISS - A BULLETIN THAT LISTS EXAMPLES: a SEND newsletter names buggy straps, dark rooms, face-down holds and withheld rescue medicine as examples for practice, about no child. DESIGN: bulletins that list examples must not trigger urgency. Newsletter -> other -> human_review; no child, no concerns.",
      "Tower Hamlets, seed 001_7484577aab521096.txt; " + NEAR_RULE + "; " + OTHER_RULE + ".", delay=3)

build("tower_hamlets_06", "2096-06-19 10:25", "Jack Tolley <jack.tolley@towerhamlets.gov.uk>", TH["mash_step_up"],
      "Step up to CSC via MAST - Miah family",
      cc="Priya Castellan <priya.castellan@towerhamlets.gov.uk>",
      text="""Dear MAST,

Please find attached the Multi-Agency Request for Support for the Miah family. My manager Priya Castellan (copied)
has agreed this step up after our case review on Monday.

Children:
- Sumaiya Miah, 13, DOB 30/09/2082
- Rayhan Miah, 8, DOB 12/04/2088 (autistic, severe learning disability, EHCP)

Sumaiya has become Rayhan's main carer after school and overnight since mum's stroke in January; she has missed 31
sessions this term, is falling asleep in class and told her form tutor she "does the nights" because Rayhan wanders
and climbs. Dad works nights. Early Help has tried a young carers referral and a carer's assessment but the family
have turned down the short breaks offer twice.

Jack Tolley
Early Help Practitioner, Poplar Family Hub""",
      atts=[("MARF - Multi-Agency Request for Support - Miah.docx", DOCX, docx(["Multi-Agency Request for Support",
             "Family: Miah. Children: Sumaiya Miah (13), Rayhan Miah (8)",
             "Reason: young carer strain; Rayhan's needs; mum's health", "Manager agreement: Priya Castellan"]))])
label("tower_hamlets_06", "mash_step_up", "ordinary", "step_up", False, None, [],
      [("Sumaiya Miah", "2082-09-30"), ("Rayhan Miah", "2088-04-12")],
      ["disability_send", "school_attendance", "young_carer"], None, True, [], None, "book_meeting",
      "ORDINARY COMPLETE MAST STEP-UP: the Multi-Agency Request for Support form attached, manager 'has agreed' and is copied -> nothing missing -> book_meeting (MAST discussion). A 13-year-old doing the nights for her disabled brother -> young_carer; 31 missed sessions -> school_attendance; disability_send. Nothing happening today -> not urgent.",
      "Tower Hamlets, seed 001_7484577aab521096.txt ('followed up with a completed Multi-Agency Request for Support form'; 'management oversight'); REQUIREMENTS.md tower_hamlets step_up.", delay=6)

build("tower_hamlets_07", "2096-07-05 13:13", "Aisha Conteh <aisha.conteh@towerhamlets.gov.uk>", TH["early_help_duty"],
      "Step-down request: Lucas Ferreira",
      text="""Hi EH Hub,

I'm stepping down Lucas Ferreira (12), DOB 27/03/2084, Mosaic 1879012. C&F Assessment attached (concluded 28 June).

Lucas is autistic with anxiety; the family's main issue is an EHCP dispute with the LA over his secondary placement
(tribunal listed October) and his attendance, which is 71% this year. No safeguarding concerns remain.

Lead Practitioner: Kerry Bloom, Family Support Worker, Island Gardens Family Hub.
Consent: I haven't asked mum yet - I'll ask her at Thursday's visit. The TAF plan will follow once she has seen it.

Aisha Conteh
Social Worker""",
      atts=[("C&F Assessment Ferreira.pdf", PDF, pdf(["Child and Family Assessment", "Lucas Ferreira, Mosaic 1879012",
             "Concluded 28 June. Outcome: step down to Early Help (TAF)."]))])
label("tower_hamlets_07", "early_help_duty", "ordinary", "step_down", False, None, ["1879012"], [("Lucas Ferreira", "2084-03-27")],
      ["disability_send", "school_attendance"], None, None, ["consent", "draft_plan"], None, "request_info",
      "ORDINARY INCOMPLETE STEP-DOWN (EHCP dispute, 71% attendance): assessment attached, lead practitioner with agency; consent 'I'll ask her at Thursday's visit' -> null and missing; TAF plan 'will follow' -> draft_plan missing -> request_info.",
      "Tower Hamlets, seed 001_7484577aab521096.txt ('Consent should be sought from the family'; 'A detailed TAF plan is coproduced'); REQUIREMENTS.md tower_hamlets step_down; DESIGN 'consent' ('still to be asked' -> null).", delay=4)

cal = ics("REPLY", "tower_hamlets_08", "20960425T160200Z", "20960502T140000", "20960502T153000",
          "TAF meeting - Ferreira", "Island Gardens Family Hub",
          ("Early Help Hub", "EarlyHelpHub@towerhamlets.gov.uk"), [("Kerry Bloom", "kerry.bloom@example.org.uk", "DECLINED")],
          comment="Sorry - I'm on annual leave that day. My colleague Ben Adebayo can attend in my place.")
build("tower_hamlets_08", "2096-04-25 17:02", "Kerry Bloom <kerry.bloom@example.org.uk>", TH["early_help_duty"],
      "Declined: TAF meeting - Ferreira",
      text="Sorry - I'm on annual leave that day. My colleague Ben Adebayo can attend in my place.\n", calendar=("REPLY", cal))
label("tower_hamlets_08", "early_help_duty", "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
      "ORDINARY MEETING REPLY: iTIP REPLY PARTSTAT=DECLINED with an ordinary comment (annual leave, a colleague will attend). -> meeting_reply -> record_reply. 'Ferreira' is a surname only -> children [].",
      "Tower Hamlets, seed 001_7484577aab521096.txt (TAF meeting); DESIGN 'kind' meeting_reply -> record_reply.", delay=2)

# ============================================================ TORBAY
build("torbay_01", "2096-06-16 09:20", "Lorraine Coombe <lorraine.coombe@example.co.uk>", TO["early_help_duty"],
      "Rosie Penhale - no feeds since yesterday",
      text="""Hello, sorry to send this on a Saturday, I have the Early Help card that Jess left at mine so I'm trying this.

I'm Rosie Penhale's short breaks carer (Torbay shared care, I have her one weekend a month and some teatimes).
Rosie is 8, DOB 29/01/2088, she has Rett syndrome, she can't eat or drink anything by mouth, everything goes through
her PEG - feeds, water and her epilepsy meds.

Her mum Gemma collected her from me at 5pm yesterday. She rang me at 8.40 this morning crying and said she hasn't
"bothered with the pump" since she got home, so Rosie has had nothing - no feed, no water and no Keppra - since
her 1pm feed at mine yesterday. Gemma said she is "done with all of it", she can't do it any more and I'm "not to
send anyone". Then she put the phone down and now it goes to voicemail. She lives on her own with Rosie at
Flat 3, 27 Winner Street, Paignton.

I've driven round and there are no lights on and nobody answering, but her car is outside.

Lorraine Coombe
07700 900 146""")
label("torbay_01", "early_help_duty", "urgent", "other", True, None, [], [("Rosie Penhale", "2088-01-29")],
      ["neglect", "disability_send", "parental_mental_health"], None, None, [], None, "alert_duty",
      "URGENT, OUT OF HOURS (SATURDAY 09:20), A RESPITE CARER'S WORDS, NO ALARM WORDS: an 8-year-old fed, watered and medicated only through a PEG has had nothing since 1pm yesterday; her mother says she is 'done with all of it', refuses help and has stopped answering; nobody answers the door. Immediate -> alert the out-of-hours service. Not a request -> other. neglect, disability_send, parental_mental_health (mother in crisis).",
      "Torbay, seed 002_682540a1ccf30a2a.txt; " + URGENT_RULE + "; DESIGN rule 1 (nights, weekends and bank holidays: the Emergency Duty Team); " + OTHER_RULE, delay=3)

build("torbay_02", "2096-05-28 13:05", "Hollie Vosper <hollie.vosper@example.nhs.uk>", TO["mash_step_up"],
      "Ava Stentiford 4yrs",
      text="""Community nurse. Bank hol cover visit to Ava Stentiford (4, DOB 11/02/2092, CP, non mobile) at 12.30.
Ava strapped in her specialist seat in front of TV, nan says since mum left for work at 7am. 5.5 hrs. No drink,
nappy not changed, red raw, pressure mark on her back from the strap buckle. Nan (72, bad back) says she can't lift
her and won't try, mum back at 8pm. Nan wouldn't let me get her out. I'm due at my next visit and have to leave.
Address 9 Fore Street, Brixham.
Hollie 07700 900 903

Sent from my Galaxy""")
label("torbay_02", "mash_step_up", "urgent", "other", True, None, [], [("Ava Stentiford", "2092-02-11")],
      ["neglect", "physical_harm", "disability_send"], None, None, [], None, "alert_duty",
      "URGENT, ON THE SPRING BANK HOLIDAY (Mon 28 May 13:05, out of hours), A MOBILE NOTE: a 4-year-old with cerebral palsy strapped into her seat since 7am with no drink, sore and a pressure mark from the buckle, a grandmother who cannot and will not lift her until mum returns at 8pm, the nurse forced to leave. Immediate -> alert the out-of-hours service. Not a request -> other. neglect, physical_harm (strap injury), disability_send.",
      "Torbay, seed 002_682540a1ccf30a2a.txt; " + URGENT_RULE + "; DESIGN rule 1 (bank holidays: out-of-hours service); " + OTHER_RULE, delay=2)

build("torbay_03", "2096-05-01 10:40", "Gemma Pyle <gemma.pyle@torbay.gov.uk>", TO["early_help_duty"],
      "Step down for triage - Mason Treloar",
      text="""Hello Early Help,

Please could Mason Treloar (DOB 06/12/2084, LCS-560213) go to the next Tuesday triage for step down.

Mason is 11, has spina bifida and uses a wheelchair. I've attached my assessment. Mum has consented to Early Help
and my ATM Tamsin Verity agreed the step down in supervision on 26 April.

One note because a referrer queried it last year: Mason's wheelchair has a chest harness and pelvic strap. They are
prescribed by the wheelchair service for his posture and for the school bus, fitted by them, and he takes them off
himself at home. They are not used to keep him still and there is no concern about them.

Remaining needs: secondary transition in September, accessible housing bid, mum's carer's assessment.

Gemma Pyle
Social Worker, Paignton CIN
Torbay Council""",
      atts=[("Assessment - Mason Treloar.docx", DOCX, docx(["Single Assessment", "Mason Treloar, LCS-560213",
             "Outcome: step down to Early Help", "Wheelchair harness prescribed by wheelchair service (posture, transport)"]))])
label("torbay_03", "early_help_duty", "near_miss", "step_down", False, None, ["LCS-560213"], [("Mason Treloar", "2084-12-06")],
      ["disability_send"], True, True, [], None, "book_meeting",
      "NEAR MISS - A SENSIBLE WHEELCHAIR HARNESS: chest harness and pelvic strap prescribed for posture and transport, taken off by the boy himself at home -> not restraint, not urgent. Complete step-down for triage: assessment attached, mum 'has consented', ATM 'agreed the step down' -> book_meeting (Tuesday triage). No level written -> null (REQUIREMENTS says Torbay step-downs go to level 3, but 'level' is only when stated).",
      "Torbay, seed 002_682540a1ccf30a2a.txt (triage slot within 5 working days, consent before triage, ATM agreement); REQUIREMENTS.md torbay step_down; DESIGN 'level' (when stated); " + NEAR_RULE + ".", delay=5)

build("torbay_04", "2096-05-24 14:00", "Dr Kate Rendle <kate.rendle@example.nhs.uk>", TO["mash_step_up"],
      "Archie Widdicombe - review of seizure at short breaks unit 17/05 - for information",
      text="""Dear colleagues,

Archie's social worker asked me to copy MASH into the outcome of my review, as a concern was raised by the
agency night worker at the short breaks unit. Letter attached; in brief:

- Archie Widdicombe, 10, DOB 03/03/2086, epilepsy and autism.
- On 17 May at 23:10 he had a tonic-clonic seizure at the unit. Staff timed it; it stopped on its own at 4 minutes.
- His care plan says buccal midazolam after 5 minutes. It was therefore right not to give it. The agency worker
  thought it had been "refused"; it had not.
- He recovered fully, parents were told that night, and he went home as planned the next day.
- I have re-issued his seizure plan and trained two more unit staff. No further action.

Dr Kate Rendle
Epilepsy Nurse Specialist, Torbay and South Devon children's epilepsy service""",
      atts=[("Seizure review letter - A Widdicombe.pdf", PDF, pdf(["Children's epilepsy service - review letter",
             "Re: Archie Widdicombe (10). Seizure 17 May 23:10, 4 minutes, self-terminated.",
             "Rescue medication correctly withheld per plan (give at 5 minutes).", "Outcome: plan re-issued; no further action."]))])
label("torbay_04", "mash_step_up", "near_miss", "other", False, None, [], [("Archie Widdicombe", "2086-03-03")],
      ["disability_send"], None, None, [], None, "human_review",
      "NEAR MISS - 'RESCUE MEDICINE NOT GIVEN', RESOLVED AND CORRECT: the seizure stopped at 4 minutes, the plan says give at 5, so the medicine was rightly withheld; the boy recovered and went home; a specialist's review closes it. Past and explained -> not urgent. Clinical letter for information -> other -> human_review.",
      "Torbay, seed 002_682540a1ccf30a2a.txt; " + NEAR_RULE + "; " + OTHER_RULE + ".", delay=8)

build("torbay_05", "2096-07-11 18:15", "Torbay Short Breaks Team <shortbreaks@torbay.gov.uk>", TO["early_help_duty"],
      "Out of Office: Short breaks referral - Hext",
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
      text="""Thank you for contacting Torbay Short Breaks. Our office is open Monday to Friday, 9am to 5pm, and we will
reply within 3 working days.

If you think a child is being harmed right now, or a disabled child has gone missing, do not wait for us: call the
police on 999 or the MASH.

Torbay Short Breaks Team""")
label("torbay_05", "early_help_duty", "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
      "NEAR MISS - AN AUTO-REPLY THAT TALKS ABOUT HARM AND MISSING CHILDREN IN GENERAL: the short breaks team's out-of-office (Auto-Submitted: auto-replied, 18:15) gives generic advice, about no child. -> auto_reply -> ignore; must not trigger an alert.",
      "DESIGN 'kind' auto_reply -> ignore; DESIGN 'Safety rules' 1 (examples in generic text must not trigger) and 2 (no loops).", delay=1)

build("torbay_06", "2096-04-20 09:50", "Kieran Boyce <kieran.boyce@torbay.gov.uk>", TO["early_help_duty"],
      "Triage request - step down level 3 - Poppy Luscombe (3)",
      text="""Morning,

Requesting a triage slot to step Poppy Luscombe (DOB 14/03/2093, LCS-559870) down to Early Help at level 3.
Poppy is 3 and has Down syndrome - I know under-5s go to the fortnightly triage.

Mum (Kayleigh) consented on 18 April. ATM Silas Penrose has agreed. Assessment attached.

Needs: mum has postnatal depression after the twins and is worn out, the portage worker stopped in March, and Poppy's
nursery place with 1:1 starts in September. A short breaks referral is in.

Kieran""",
      html="""<p>Morning,</p><p>Requesting a triage slot to step Poppy Luscombe (DOB 14/03/2093, LCS-559870) down to Early Help at level 3.
Poppy is 3 and has Down syndrome - I know under-5s go to the fortnightly triage.</p>
<p>Mum (Kayleigh) consented on 18 April. ATM Silas Penrose has agreed. Assessment attached.</p>
<p>Needs: mum has postnatal depression after the twins and is worn out, the portage worker stopped in March, and Poppy's
nursery place with 1:1 starts in September. A short breaks referral is in.</p><p>Kieran</p>""",
      atts=[("Assessment Luscombe.pdf", PDF, pdf(["Single Assessment - Poppy Luscombe", "LCS-559870", "Outcome: step down, level 3"]))])
label("torbay_06", "early_help_duty", "ordinary", "step_down", False, 3, ["LCS-559870"], [("Poppy Luscombe", "2093-03-14")],
      ["disability_send", "parental_mental_health"], True, True, [], None, "book_meeting",
      "ORDINARY COMPLETE UNDER-5 STEP-DOWN: 'level 3' written; assessment PDF; mum 'consented'; ATM 'has agreed' -> book_meeting at the fortnightly under-5s triage. Postnatal depression -> parental_mental_health. The twins are not named -> not labelled.",
      "Torbay, seed 002_682540a1ccf30a2a.txt (weekly Tuesday triage; under-5s fortnightly); REQUIREMENTS.md torbay step_down.", delay=4)

build("torbay_07", "2096-06-12 16:20", "Maria Santos <maria.santos@torbay.gov.uk>", TO["mash_step_up"],
      "Contact to MASH - Hext children - step up from Early Help",
      text="""Hi MASH

I'm the lead professional (Early Help) for Jenson Hext (9, DOB 19/06/2086) and Tilly Hext (6, DOB 09/09/2089),
EHM-31877. I think we need to step up.

Jenson is autistic and has started climbing out of his bedroom window onto the extension roof at night; the OT
visit for restrictors is booked for 2 July. Dad (sole carer since mum went into rehab) has been drinking again -
school smelt it at pick-up twice this week and Tilly told her teacher "daddy sleeps on the floor". No injuries.

Dad has consented to the step up - I talked it through with him today.
I haven't been able to catch my ATM yet, she's on the course all week.

Maria Santos
Early Help Lead Professional, Torquay""")
label("torbay_07", "mash_step_up", "ordinary", "step_up", False, None, ["EHM-31877"],
      [("Jenson Hext", "2086-06-19"), ("Tilly Hext", "2089-09-09")],
      ["disability_send", "substance_misuse"], True, None, ["manager_agreed"], None, "request_info",
      "ORDINARY STEP-UP TO MASH: dad 'has consented' -> true; 'haven't been able to catch my ATM yet' -> manager null and missing -> request_info. Climbing onto a roof at night and dad drinking are reasons for the step-up; no injury, no event tonight described -> not urgent. substance_misuse, disability_send.",
      "Torbay, seed 002_682540a1ccf30a2a.txt (consent and ATM agreement before MASH threshold discussion); REQUIREMENTS.md torbay step_up.", delay=10)

build("torbay_08", "2096-07-09 10:10", "Kieran Boyce <kieran.boyce@torbay.gov.uk>", TO["early_help_duty"],
      "RE: [SB-torbay-57] Please send: consent - Luscombe",
      headers=[("In-Reply-To", "<SB-torbay-57.chase@stepbot.torbay.gov.uk>")],
      text="""Signed consent from mum attached as asked.
Kieran

-----Original Message-----
From: stepbot
Subject: [SB-torbay-57] Please send: consent - Luscombe
We still need the family's signed consent for this request.""",
      atts=[("Consent form signed - Luscombe.pdf", PDF, pdf(["Consent to Early Help", "Parent: Kayleigh Luscombe", "Signed 6 July"]))])
label("torbay_08", "early_help_duty", "ordinary", "follow_up", False, None, [], [], [], True, None, [], None, "attach_to_request",
      "ORDINARY FOLLOW-UP: a reply under [SB-torbay-57] attaching mum's signed consent form -> consent stated as given -> true (as the dev corpus's follow-up adding a signed consent form). -> follow_up -> attach_to_request. Only the parent is named ('Kayleigh Luscombe', an adult) -> children [].",
      "Torbay, seed 002_682540a1ccf30a2a.txt; DESIGN 'kind' follow_up -> attach_to_request, 'reference'.", delay=2)

# ============================================================ HEREFORDSHIRE
build("herefordshire_01", "2096-05-30 22:55", "Claire Probert <claireprobert@example.com>", HE["mash_step_up"],
      "Finn Probert",
      text="""I'm writing this from the kitchen because my husband has my phone.

Our son Finn is 13 (4th February 2083), autistic. He had a meltdown at about 10.15 over the wifi going off.
Steve pinned him face down on the landing carpet and knelt on his back and held his arms behind him. Finn was
screaming that he couldn't breathe. I tried to pull Steve off and he pushed me down the stairs. He let Finn up after
about 20 minutes and dragged him into his room and he has taken the handle off the door so Finn can't get out.
Finn has gone quiet. Steve is sitting on the landing outside his door and says he will "do it properly" if Finn
starts again.

Our address is 6 Orchard Rise, Kington. I don't know who else to tell, the social worker we had last year gave me
this address.

Claire""")
label("herefordshire_01", "mash_step_up", "urgent", "other", True, None, [], [("Finn Probert", "2083-02-04")],
      ["physical_harm", "domestic_abuse", "disability_send"], None, None, [], None, "alert_duty",
      "URGENT, OUT OF HOURS (Wednesday 22:55), A PARENT'S PLAIN WORDS, NO ALARM WORDS: a 13-year-old held face-down with a man kneeling on his back for 20 minutes, 'couldn't breathe', now shut in his room with the handle removed and 'gone quiet', the father outside the door threatening to 'do it properly'; the mother pushed down the stairs and without her phone. Immediate -> alert the Emergency Duty Team. Not a request -> other. DOB written '4th February 2083'. physical_harm, domestic_abuse (the mother assaulted), disability_send.",
      "Herefordshire, seed 003_d813ace460bad8eb.txt (no urgent wording of its own); " + URGENT_RULE + "; DESIGN rule 1 (night: Emergency Duty Team); " + OTHER_RULE, delay=2)

build("herefordshire_02", "2096-07-06 17:48", "Anwen Price <anwen.price@herefordshire.gov.uk>", HE["early_help_duty"],
      "FW: Harvey - not back yet",
      cc="mash.duty@herefordshire.gov.uk",
      text="""This came into the co-ordinators' box a few minutes ago, not sure it's reached anyone who can act, forwarding
on and copying MASH duty.

Anwen Price
Early Help Co-ordinator

-----Original Message-----
From: Steph Gough <steph.gough@example.org.uk>
Sent: 06 July 17:31
To: Early Help Coordinators <earlyhelpcoordinators@herefordshire.gov.uk>
Subject: Harvey - not back yet

Hi, I'm the respite carer at Brook House (Belmont Road, Hereford). Harvey Bevan, 12, DOB 23/05/2084, who is with
us this weekend, climbed out of his bedroom window at about 5pm - the restrictor had been taken off by the
decorators yesterday and nobody noticed. He is autistic and non-verbal and he runs to water. A man walking his dog
saw a boy matching him on the path by the River Wye near the Bishop's Meadow footbridge at 5.15. We have three staff
out looking and the police have his description. He has not been found and the river is high after the rain.
His mum is in Spain and we can't reach her.

Steph Gough, Senior Carer, Brook House Short Breaks, 01632 960 441""")
label("herefordshire_02", "early_help_duty", "urgent", "other", True, None, [], [("Harvey Bevan", "2084-05-23")],
      ["missing", "disability_send"], None, None, [], None, "alert_duty",
      "URGENT IN A FORWARDED CHAIN, OUT OF HOURS (Friday 17:48): the co-ordinator forwards a respite carer's mail - a non-verbal 12-year-old who climbed out of a window whose restrictor had been removed, seen by the River Wye, river high, not found, mother abroad. Police have his description but he is not safe -> urgent. Not a request -> other. The facts are only in the forwarded part (DESIGN: quoted and forwarded history is read).",
      "Herefordshire, seed 003_d813ace460bad8eb.txt; " + URGENT_RULE + "; " + OTHER_RULE, delay=3)

cal = ics("REPLY", "herefordshire_03", "20960717T102700Z", "20960724T093000", "20960724T100000",
          "Step-down planning - Jukes family", "Microsoft Teams Meeting",
          ("Early Help Coordinators", "earlyhelpcoordinators@herefordshire.gov.uk"),
          [("Rachel Dunn", "r.dunn@widemarshbrook.example.sch.uk", "DECLINED")],
          comment="I can't do the 24th - but please can someone ring me today on 01632 960 372. Maisie came in this morning with red rope marks round both wrists. With her symbols she told her TA 'bed' 'tied' 'night' 'mummy'. Mum collects her at 3.15.")
build("herefordshire_03", "2096-07-17 11:30", "Rachel Dunn <r.dunn@widemarshbrook.example.sch.uk>", HE["early_help_duty"],
      "Declined: Step-down planning - Jukes family",
      text="""I can't do the 24th - but please can someone ring me today on 01632 960 372. Maisie came in this morning with
red rope marks round both wrists. With her symbols she told her TA 'bed' 'tied' 'night' 'mummy'. Mum collects her
at 3.15.

Rachel Dunn, SENCO, Widemarsh Brook School
Maisie Jukes DOB 14/09/2085
""", calendar=("REPLY", cal))
label("herefordshire_03", "early_help_duty", "urgent", "meeting_reply", True, None, [], [("Maisie Jukes", "2085-09-14")],
      ["physical_harm", "disability_send"], None, None, [], None, "alert_duty",
      "URGENT IN A MEETING REPLY'S COMMENT: an iTIP REPLY PARTSTAT=DECLINED whose comment reports rope marks on both wrists of a 10-year-old who uses symbols ('bed' 'tied' 'night' 'mummy'), with mum collecting at 3.15 today. DESIGN: a meeting reply's comment is read for risk. Urgent -> alert_duty overrides record_reply. physical_harm, disability_send.",
      "Herefordshire, seed 003_d813ace460bad8eb.txt; " + URGENT_RULE + "; DESIGN 'kind' meeting_reply.", delay=4)

build("herefordshire_04", "2096-04-19 14:15", "Gareth Lloyd <gareth.lloyd@herefordshire.gov.uk>", HE["early_help_duty"],
      "Step-down plan - Esme Watkins - level 3",
      text="""Hello co-ordinators,

Attached is the Early Help Assessment step-down plan (level 3) for Esme Watkins, 12, DOB 20/02/2084, Mosaic 904412,
with mum's signed consent form. I discussed it with Anwen at the drop-in on Tuesday.

Key person: Sophie Price, Family Support Worker, Leominster Family Hub.

I'll flag one line in the plan because it uses the word "locked": in 2095 a neighbour reported Esme was "locked in a
dark room" - the s47 found this was her sensory den (her bedroom with a dimmer light and blackout blind, door open,
which she asks for), and it closed NFA. It is part of her PBS plan and the OT reviewed it in March.

Gareth Lloyd
Social Worker, Leominster locality team""",
      atts=[("EHA step-down plan - Watkins.docx", DOCX, docx(["Early Help Assessment step-down plan - level 3", "Esme Watkins, Mosaic 904412",
             "Key person: Sophie Price, Leominster Family Hub", "Wellbeing plan: school transport, sensory diet, sibling group at the hub"])),
            ("Consent form signed - Watkins.pdf", PDF, pdf(["Consent to Early Help step-down", "Parent: Joanne Watkins", "Signed 16 April"]))])
label("herefordshire_04", "early_help_duty", "near_miss", "step_down", False, 3, ["904412"], [("Esme Watkins", "2084-02-20")],
      ["disability_send"], True, None, [], None, "book_meeting",
      "NEAR MISS - 'LOCKED IN A DARK ROOM', INVESTIGATED IN 2095 AND FOUND TO BE A SENSORY DEN (door open, her choice, in the PBS plan): historic and explained -> not urgent. Complete level 3 step-down: plan .docx, signed consent form .pdf (consent true), key person with agency; already discussed at the drop-in. -> book_meeting (processing; no second drop-in).",
      "Herefordshire, seed 003_d813ace460bad8eb.txt ('obtain written consent, identify a key person ... complete an Early Help Assessment step-down plan ... send it through ... within two weeks'); REQUIREMENTS.md herefordshire step_down; " + NEAR_RULE + ".", delay=6)

build("herefordshire_05", "2096-05-21 08:05", "Daniel Pugh <dan.pugh@example.co.uk>", HE["mash_step_up"],
      "Owain at the fair on Saturday - before anyone panics",
      text="""To whoever reads this,

I'm writing before the school taxi escort's report reaches you, because I know how these things get written up.

On Saturday afternoon at the May Fair in Hereford my son Owain Pugh (11, autistic) let go of my hand at the waltzers and
ran. I had eyes on him for all but about four minutes. A steward brought him back to me at the first-aid tent. He
was fine, he wanted the dodgems. I told the escort on Monday because she asked why he had a plaster on his hand (he
had grazed it on a barrier).

I would also like it recorded that we have been waiting 14 months for the EHCP needs assessment, that his short
breaks were cut to two hours a week, and that nobody has ever replied to my complaint of 3 March. I am not a
neglectful parent. I am a tired one.

Daniel Pugh

PS. He now wears a GPS watch, which we bought ourselves.""")
label("herefordshire_05", "mash_step_up", "near_miss", "other", False, None, [], [("Owain Pugh", None)],
      ["disability_send"], None, None, [], None, "human_review",
      "NEAR MISS - A CHILD WHO RAN OFF AND WAS FOUND WITHIN MINUTES, TOLD BY A TIRED, ANGRY, PRECISE PARENT: four minutes, returned by a steward, fine; now has a GPS watch. Resolved -> not urgent, not 'missing'. Complaint about EHCP delay and short breaks -> other -> human_review. Named 'Owain Pugh', no DOB -> dob null.",
      "Herefordshire, seed 003_d813ace460bad8eb.txt; " + NEAR_RULE + "; " + OTHER_RULE + ".", delay=5)

build("herefordshire_06", "2096-06-08 12:35", "Beth Hargreaves <beth.hargreaves@herefordshire.gov.uk>", HE["early_help_duty"],
      "Step down - Morgan siblings",
      text="""Hi,

Step-down plan attached for the Morgan sibling group:
Lacey Morgan, 07/07/2086, Mosaic 911230
Tyler Morgan, 30/11/2089, Mosaic 911231

Tyler is autistic and in the ASD resource base; Lacey is a young carer for him. Mum agreed to Early Help verbally at
the CIN review on 5 June - I'll get the written consent form signed when I see her next week. We haven't yet
agreed who the key person will be (the school and the young carers' service are both possibles).

Beth Hargreaves
Social Worker""",
      atts=[("Step-down plan Morgan.docx", DOCX, docx(["Early Help Assessment step-down plan", "Lacey Morgan (911230), Tyler Morgan (911231)",
             "Wellbeing plan: young carers group, ASD base transition, short breaks"]))])
label("herefordshire_06", "early_help_duty", "ordinary", "step_down", False, None, ["911230", "911231"],
      [("Lacey Morgan", "2086-07-07"), ("Tyler Morgan", "2089-11-30")],
      ["disability_send", "young_carer"], True, None, ["consent_form", "lead_practitioner"], None, "request_info",
      "ORDINARY INCOMPLETE SIBLING-GROUP STEP-DOWN: plan attached; mum 'agreed to Early Help verbally' -> consent true, but the written form is to come -> consent_form missing; key person not agreed -> lead_practitioner missing -> request_info. No level written -> null.",
      "Herefordshire, seed 003_d813ace460bad8eb.txt ('obtain written consent, identify a key person'; sibling groups); REQUIREMENTS.md herefordshire step_down.", delay=7)

build("herefordshire_07", "2096-05-15 10:00", "Naomi Fry <naomi.fry@herefordshire.gov.uk>", HE["mash_step_up"],
      "Step up request - Ollie Preece",
      text="""Dear MASH,

I'm the Early Help worker for Ollie Preece (7, DOB 03/10/2088). My manager Wilfred Oyelaran has agreed that I
should ask for a step up to social care.

Ollie has a diagnosis of autism and sensory processing disorder. Mum is a single carer with fibromyalgia, she has had
no short breaks since the provider closed in January and she says she is at breaking point. Ollie is out of school
for most afternoons on a part-time timetable. No incidents; the concern is mum's capacity to keep going over the
summer holidays.

Could you tell me what you need from me?

Naomi Fry
Early Help Worker, Bromyard""")
label("herefordshire_07", "mash_step_up", "ordinary", "step_up", False, None, [], [("Ollie Preece", "2088-10-03")],
      ["disability_send", "school_attendance"], None, True, [], None, "human_review",
      "ORDINARY STEP-UP IN HEREFORDSHIRE, WHERE THE SEED DEFINES NONE: manager 'has agreed' -> true. Herefordshire step_up is not defined -> human_review, missing []. Carer strain, no incident -> not urgent. Part-time timetable -> school_attendance.",
      "Herefordshire, seed 003_d813ace460bad8eb.txt (step-down only); REQUIREMENTS.md herefordshire ('step_up is not defined by this seed') and 'a kind an authority does not define gets next_action: human_review'.", delay=3)

build("herefordshire_08", "2096-06-28 15:05", "Ceri Bowen <ceri.bowen@herefordshire.gov.uk>", HE["early_help_duty"],
      "Step-down: Harriet Gwynne",
      html="""<html><body><div style="font-family:Verdana;font-size:10pt">
<p>Good afternoon,</p>
<p>Please find the step-down plan and the signed consent form for <b>Harriet Gwynne</b> (DOB 05/05/2083, Mosaic 907766).</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><td>Key person</td><td>Paul Tranter, Pastoral Lead, Aylestone Hill High School</td></tr>
<tr><td>Needs</td><td>Autism; attendance 64% since Easter; EHCP annual review due in September</td></tr>
<tr><td>Consent</td><td>Mum and Harriet signed the consent form on 26 June</td></tr>
</table>
<p>Ceri Bowen<br>Social Worker, Hereford City team</p>
</div></body></html>""",
      atts=[("Step down plan - Gwynne.pdf", PDF, pdf(["Early Help Assessment step-down plan", "Harriet Gwynne, Mosaic 907766",
             "Key person: Paul Tranter, Aylestone Hill High", "Plan: attendance support, EHCP review, sensory breaks"])),
            ("Consent form - Gwynne (signed).docx", DOCX, docx(["Consent to step-down to Early Help", "Signed by parent and young person, 26 June"]))])
label("herefordshire_08", "early_help_duty", "ordinary", "step_down", False, None, ["907766"], [("Harriet Gwynne", "2083-05-05")],
      ["disability_send", "school_attendance"], True, None, [], None, "book_meeting",
      "ORDINARY COMPLETE STEP-DOWN, HTML-ONLY WITH A TABLE: plan .pdf, signed consent form .docx, key person with agency in the table -> nothing missing -> book_meeting. Attendance 64% -> school_attendance.",
      "Herefordshire, seed 003_d813ace460bad8eb.txt; REQUIREMENTS.md herefordshire step_down.", delay=9)
