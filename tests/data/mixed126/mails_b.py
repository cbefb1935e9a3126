# Tower Hamlets, Torbay and Herefordshire mails for mixed126 (imported by make_set.py)
from lib import make_pdf, make_docx
from mails_a import M, MAILS, PDF, DOCX

TM, TE = "MAST@towerhamlets.gov.uk", "EarlyHelpHub@towerhamlets.gov.uk"
BM, BE = "mash@torbay.gov.uk", "earlyhelp@torbay.gov.uk"
HM, HE = "mash@herefordshire.gov.uk", "earlyhelpcoordinators@herefordshire.gov.uk"

# ------------------------------------------------------------------ tower_hamlets_01
M(f="tower_hamlets_01.eml", auth="tower_hamlets", box="mash_step_up", date="2043-01-13 11:25", after=6, style="outlook",
  frm=("Shirin Akter", "shirin.akter@towerhamlets.gov.uk"), to=[TM], cc=[("Daniel Yeboah", "daniel.yeboah@towerhamlets.gov.uk")],
  subject="Step up to CSC via MAST - Miah family - MARF attached",
  body="""Dear MAST,

Please find attached a Multi-Agency Request for Support form to step up Arafat Miah (DOB 19-05-2031) and Jannat Miah (DOB 02-12-2035) from Targeted Early Help to Children's Social Care. EH case no. 4402183. On the MARF the names are in the order the family's Bangladeshi passports use (MIAH Arafat / MIAH Jannat).

Summary of concerns:
- Neglect: no heating since December, the family are using the food bank weekly, the children are often in the same clothes.
- Parental mental health: dad (Mr Abdul Miah) has severe depression since he lost his job; mum has very limited English and is isolated.
- School attendance: Arafat 68% this term.

Dad's message to me, written in Bengali and put through Google by his nephew: "We are drowning in the debt like a boat with a hole. I cannot look in the eyes of my children." He agreed with me that more help is needed.

Consent: mum and dad both consented to this request through a Sylheti interpreter (Language Line, interpreter ID 4471) on 12/01/2043.

My manager Daniel Yeboah has agreed the step up and is copied in.

Kind regards,
Shirin

Shirin Akter
Family Support Practitioner, Targeted Early Help (Bow & Poplar)
London Borough of Tower Hamlets
""",
  atts=[("MARF - Miah - 13.01.2043.pdf", make_pdf("Multi-Agency Request for Support - Miah", """Multi-Agency Request for Support Form (MARF)
Child 1: MIAH Arafat, DOB 19/05/2031. Child 2: MIAH Jannat, DOB 02/12/2035.
Parents: Abdul Miah, Rahima Begum. Language: Sylheti / Bengali. Interpreter required.
Reason for request: neglect (cold home, food poverty), father's depression, attendance 68%.
Parental consent obtained: yes, 12/01/2043, via Sylheti interpreter.
Manager agreement: Daniel Yeboah, Team Manager, 13/01/2043.
Requested by: Shirin Akter, Targeted Early Help."""), PDF)],
  cat="ordinary",
  exp=dict(kind="step_up", case_ids=["4402183"], children=[("Arafat Miah", "2031-05-19"), ("Jannat Miah", "2035-12-02")],
           concerns=["neglect", "parental_mental_health", "school_attendance"], consent=True, manager_agreed=True, next_action="book_meeting"),
  docs={"request_for_support"},
  why="Complete Tower Hamlets MAST step-up (REQUIREMENTS tower_hamlets step_up: request_for_support, manager_agreed): MARF .pdf with names surname-first as on the passports; manager agreed and copied; consent through a Sylheti interpreter; 'EH case no. 4402183' -> '4402183'.")

# ------------------------------------------------------------------ tower_hamlets_02 (URGENT, forwarded WhatsApp)
M(f="tower_hamlets_02.eml", auth="tower_hamlets", box="mash_step_up", date="2043-02-04 14:12", after=3, style="outlook",
  frm=("Leila Osman", "leila.osman@towerhamlets.gov.uk"), to=[TM], cc=[],
  subject="FW: message from mum just now - Mahad children - step up today please",
  body="""MAST,

Mum (Faadumo Abdi Warsame) sent me the WhatsApp below 10 minutes ago, written in Somali. I have put it through Google Translate - both versions are below. I have tried to ring her three times and it goes to voicemail.

I am asking for this family to be stepped up today. Ilhan Mahad (DOB 12/09/2037) and Sakariye Mahad (8), Mosaic 4398810. I haven't had a chance to do the MARF or to speak to my manager yet, I will do both straight after this.

Leila Osman
Early Help Practitioner, Stepney & Wapping

---------- Forwarded message ---------
From: Faadumo (WhatsApp, +44 7700 900418)
Date: Wed, 4 Feb 2043 at 14:01
Google Translate (Somali > English):

"Sister Leila, he has come back. He locked the door and took the key. He hit the small one Ilhan with the shoe, her head is bleeding above the eye and now she is sleeping too much, I cannot keep her awake. He says nobody leaves this house until I give him the money. I write from the phone of my neighbour through the window. Please send someone to the house, 7 Cressy Walk, Stepney."

Original:
"Walaal Leila, wuu soo noqday. Albaabka ayuu xiray oo furihii qaatay. Ilhan yar ayuu kabta ku dhuftay, madaxa ayaa dhiig ka socda, hadda aad ayay u hurdaysaa. Wuxuu leeyahay qofna gurigan kama baxayo ilaa aan lacagta siiyo. Fadlan qof u soo dir guriga."
""",
  atts=[], cat="urgent",
  exp=dict(kind="step_up", urgent=True, case_ids=["4398810"], children=[("Ilhan Mahad", "2037-09-12"), ("Sakariye Mahad", None)],
           concerns=["domestic_abuse", "physical_harm"], missing=["manager_agreed", "request_for_support"], next_action="alert_duty"),
  docs=set(),
  why="Safety rule 1 in forwarded history: a practitioner forwards a mother's WhatsApp (Somali and Google's English) from 10 minutes ago - locked in, the 5-year-old hit with a shoe, head bleeding and 'sleeping too much'; a MAST step-up without MARF or manager agreement (both missing) but urgent -> alert_duty; no alarm words.")

# ------------------------------------------------------------------ tower_hamlets_03 (near miss: resolved past)
M(f="tower_hamlets_03.eml", auth="tower_hamlets", box="early_help_duty", date="2043-02-23 10:30", after=8, style="outlook",
  frm=("Marcus Oyelowo-Brown", "marcus.oyelowo-brown@towerhamlets.gov.uk"), to=[TE], cc=[],
  subject="Step down to TAF - Sumaiya Begum & Rayhan Ahmed (Mosaic 4387730 / 4387731)",
  body="""Dear Early Help Hub,

Stepping down Sumaiya Begum (DOB 30/08/2031) and Rayhan Ahmed (DOB 14/01/2036) to a Team Around the Family. They are full siblings - the different surnames are the family's naming custom, not different fathers. Mosaic 4387730 / 4387731.

The Child and Family Assessment concluded on 18/02/2043 and is attached, with the TAF plan.

TAF meeting: Tuesday 3 March 2043 at 10:00 at Limehouse Fields Primary School, which I will chair.

Lead Practitioner: Rupa Das, Family Support Worker, Limehouse Fields Primary School, has agreed.

Consent: mum (Mrs Nazma Begum) consented to the step down through a Bengali interpreter on 20/02/2043.

For context, because it is the first thing in the referral: last spring mum told the health visitor, through an interpreter, "I was thinking to finish myself and the children with me, my mind was dark." That was the reason for the assessment. Since then she has had perinatal mental health input, medication and the women's group at the mosque; her GP and psychiatrist say she is well, she has had no thoughts like that for many months, and the children were never harmed. What remains for the TAF is her continuing recovery and isolation, and Sumaiya's attendance (84%).

Regards,
Marcus

Marcus Oyelowo-Brown
Social Worker, Children's Social Work Team 3
""",
  atts=[("C&F Assessment - Begum Ahmed - concluded 18.02.2043.pdf", make_pdf("Child and Family Assessment", """Child and Family Assessment - concluded 18/02/2043
Children: Sumaiya Begum (30/08/2031), Rayhan Ahmed (14/01/2036). Mother: Nazma Begum. Father: Shamim Ahmed (works in Luton weekdays).
Reason: maternal mental health crisis (spring 2042), now in recovery under perinatal mental health and GP.
Analysis: no current safeguarding concerns; needs: mother's recovery and isolation, Sumaiya's attendance 84%.
Outcome: step down to a Team Around the Family with a Lead Practitioner."""), PDF),
        ("TAF plan - Begum Ahmed.docx", make_docx([
        "## TAF plan (final social work plan and recommendations)",
        ("table", [["Action", "Who", "When"], ["Attendance plan for Sumaiya", "School / Lead Practitioner", "March 2043"],
                   ["Women's group and ESOL", "Mum / Lead Practitioner", "Ongoing"],
                   ["GP medication review", "Mum / GP", "April 2043"]])], "TAF plan"), DOCX)],
  cat="near_miss",
  exp=dict(kind="step_down", case_ids=["4387730", "4387731"], children=[("Sumaiya Begum", "2031-08-30"), ("Rayhan Ahmed", "2036-01-14")],
           concerns=["parental_mental_health", "school_attendance"], consent=True, next_action="book_meeting"),
  docs={"assessment", "draft_plan"}, facts={"lead_practitioner"}, claims=[("2043-03-03", "Tuesday")],
  why="NEAR MISS - PAST AND RESOLVED: mum's 'I was thinking to finish myself and the children with me' is last spring's, treated, 'no thoughts like that for many months', children never harmed; complete Tower Hamlets step-down (C&F assessment, TAF plan, consent through an interpreter, Lead Practitioner with agency) -> book_meeting; siblings with different surnames.")

# ------------------------------------------------------------------ tower_hamlets_04 (HTML only)
M(f="tower_hamlets_04.eml", auth="tower_hamlets", box="early_help_duty", date="2043-03-12 16:05", after=6, style="html_only",
  frm=("Georgia Whitlock", "georgia.whitlock@towerhamlets.gov.uk"), to=[TE], cc=[],
  subject="Step down - Rostaș children - Mosaic 4412256",
  html="""<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi Hub,</p>
<p>Step down to a TAF for the Rostaș children, Mosaic 4412256:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Name</th><th>Date of birth</th><th>School</th></tr>
<tr><td>Florin Rostaș</td><td>11.11.2032</td><td>Bow Common Primary</td></tr>
<tr><td>Ionela Rostaș</td><td>06.03.2038</td><td>Bow Common Nursery</td></tr>
</table>
<p>The C&amp;F assessment (concluded 9 March) and the TAF plan are attached.</p>
<p><b>Consent:</b> to be obtained at my visit on Monday with the Romanian interpreter &ndash; mum reads very little, so I will go through the form with her in Romanian rather than send it.</p>
<p><b>Lead Practitioner:</b> tbc &ndash; I have asked the school's family liaison officer but have not heard back.</p>
<p>The main need is Florin's attendance (74%). Mum sent me a text this week through her phone: <i>&ldquo;I thank you from the soul, the children go to school every day now, only when the cold is big we stay at home.&rdquo;</i></p>
<p>TAF date to follow once the Lead Practitioner is known.</p>
<p>Georgia<br>Georgia Whitlock | Social Worker | Children's Social Work Team 1 | LBTH</p>
</body></html>
""",
  atts=[("C&F Assessment Rostas 09.03.2043.pdf", make_pdf("C&F Assessment - Rostas", """Child and Family Assessment - concluded 09/03/2043
Children: Florin Rostas (11/11/2032), Ionela Rostas (06/03/2038). Mother: Lavinia Rostas. Language: Romanian.
Analysis: no safeguarding concerns; attendance 74% for Florin; overcrowded private rented flat.
Outcome: step down to a TAF. Consent: to be sought with an interpreter."""), PDF),
        ("TAF plan Rostas.docx", make_docx(["## TAF plan - Rostas", "Attendance plan with Bow Common Primary; housing advice; winter uniform grant."], "TAF plan"), DOCX)],
  cat="ordinary",
  exp=dict(kind="step_down", case_ids=["4412256"], children=[("Florin Rostaș", "2032-11-11"), ("Ionela Rostaș", "2038-03-06")],
           concerns=["school_attendance"], missing=["consent", "lead_practitioner"], next_action="request_info"),
  docs={"assessment", "draft_plan"},
  why="HTML-only Tower Hamlets step-down (children in an HTML table, Romanian dd.mm.yyyy DOBs): assessment and TAF plan attached, consent 'to be obtained at my visit on Monday with the Romanian interpreter' -> null and missing, Lead Practitioner 'tbc' -> missing; request_info.")

# ------------------------------------------------------------------ tower_hamlets_05 (near miss: English classes)
M(f="tower_hamlets_05.eml", auth="tower_hamlets", box="early_help_duty", date="2043-01-30 10:10", after=5, style="gmail",
  frm=("Mebrat Tekle", "mebrat.tekle@example.com"), to=[TE], cc=[],
  subject="English class for mothers question",
  body="""Hello, good day

I am Tekle Mebrat, mother of two children in Mile End. I write with the help of the translator in the phone.

I want to ask about the English class for mothers in the children centre. Is there a place, and is there the creche for my small daughter? What day and how much it costs?

My children are safe and good, there is no problem in the house, and the school says they are doing well. I am not afraid for them. Only when I came, I was many months in Libya, and there the men beat us and I saw a child die in the boat. Sometimes the night brings these pictures back, but I have the doctor for this and the counselling from the Refugee Council, it is helping.

Now I want to learn English to speak with the teacher of my son Daniel myself, not with him translating for me. He started the school 12.09.2042.

Thank you for your kindness.
Mebrat

ሰላም። ብዛዕባ ናይ እንግሊዝኛ ትምህርቲ ንኣዴታት ክሓትት ደልየ። ደቀይ ጽቡቕ እዮም።
""",
  atts=[], cat="near_miss",
  exp=dict(kind="other", next_action="human_review"),
  why="NEAR MISS - A PARENT ASKING ABOUT ENGLISH CLASSES: beatings and a child's death are her own past in Libya and at sea, 'My children are safe and good', 'I am not afraid for them', treated by a doctor and counselling; an enquiry -> other, human_review; the son named by first name only.")

# ------------------------------------------------------------------ tower_hamlets_06 (URGENT, night)
M(f="tower_hamlets_06.eml", auth="tower_hamlets", box="mash_step_up", date="2043-02-13 22:34", after=3, style="android",
  frm=("Shahidul Islam", "shahidul.islam.e14@example.com"), to=[TM], cc=[],
  subject="my wife and baby tonight please",
  body="""Dear Sir

I am Islam Shahidul, father of Ibrahim. I am working the night in the restaurant in Brick Lane, I cannot leave until 1 o'clock.

My wife Rokeya called me 20 minutes ago. She is not well in the head since the baby is born, she did not sleep 4 days. She says the jinn is inside the baby and tonight she must take it out with the fire and the hot water. She is boiling the water now. She says she will do it when the clock is 12. I hear the baby crying in the phone. Now she does not answer the phone.

Our son Ibrahim Hossain is born 11/11/2042, he is 3 months. My wife is alone with him in flat 9, Wexford House, Poplar, E14 9ZZ.

My cousin brother says write to this address. Please go to the house, I am coming after work.

Shahidul

আমার স্ত্রী বলছে বাচ্চার ভিতরে জিন আছে, আজ রাতে সে আগুন আর গরম পানি দিয়ে তা বের করবে। সে ফোন ধরছে না। দয়া করে বাসায় যান।
""",
  atts=[], cat="urgent",
  exp=dict(kind="other", urgent=True, children=[("Ibrahim Hossain", "2042-11-11")],
           concerns=["parental_mental_health", "physical_harm"], next_action="alert_duty"),
  why="Safety rule 1 at night (Fri 22:34, out of hours): a father at work writes through a translator that his wife, unwell since the birth and not sleeping, says 'the jinn is inside the baby' and she will take it out 'with the fire and the hot water' at midnight, water boiling, alone with the 3-month-old; Bengali below; no alarm words; names in Bengali order (Islam Shahidul; the baby's surname differs).")

# ------------------------------------------------------------------ tower_hamlets_07 (meeting reply)
M(f="tower_hamlets_07.eml", auth="tower_hamlets", box="early_help_duty", date="2043-02-25 08:40", after=4, style="itip_google",
  frm=("Rupa Das", "rupa.das@limehousefields.example.sch.uk"), to=[TE], cc=[],
  subject="Tentatively accepted: TAF meeting - Begum/Ahmed family - Mosaic 4387730 [SB-tower_hamlets-522] @ Tue 3 Mar 2043 10:00 - 11:30 (GMT)",
  body="""Rupa Das has tentatively accepted this invitation.

TAF meeting - Begum/Ahmed family - Mosaic 4387730 [SB-tower_hamlets-522]
When: Tue 3 Mar 2043 10:00 - 11:30 (GMT)

Note from Rupa Das: I may be 5-10 minutes late, I have the Year 2 parents' coffee morning until 10. Please could a Bengali interpreter be booked for mum - she prefers a woman.

Invitation from Google Calendar
""",
  ics=dict(method="REPLY", uid="sb-tower_hamlets-522-taf@stepbot.towerhamlets.gov.uk",
           summary="TAF meeting - Begum/Ahmed family - Mosaic 4387730 [SB-tower_hamlets-522]",
           start="20430303T100000Z", end="20430303T113000Z", organizer=("Early Help Hub", TE),
           attendees=[("Rupa Das", "rupa.das@limehousefields.example.sch.uk", "TENTATIVE")], stamp="20430225T084000Z",
           comment="I may be 5-10 minutes late, I have the Year 2 parents' coffee morning until 10. Please could a Bengali interpreter be booked for mum - she prefers a woman.",
           prodid="-//Google Inc//Google Calendar 70.9054//EN"),
  atts=[], cat="ordinary",
  exp=dict(kind="meeting_reply", case_ids=["4387730"], next_action="record_reply"),
  why="Google Calendar iTIP REPLY, PARTSTAT=TENTATIVE, with a COMMENT asking for a female Bengali interpreter, from the Lead Practitioner for tower_hamlets_03's TAF (Tue 3 Mar 10:00); SUMMARY 'Mosaic 4387730' -> case id 4387730; record_reply.")

# ------------------------------------------------------------------ tower_hamlets_08 (chaser)
M(f="tower_hamlets_08.eml", auth="tower_hamlets", box="mash_step_up", date="2043-01-26 09:15", after=5, style="outlook_reply",
  frm=("Shirin Akter", "shirin.akter@towerhamlets.gov.uk"), to=[TM], cc=[],
  subject="RE: [SB-tower_hamlets-509] Step up to CSC via MAST - Miah family - MARF attached",
  body="""Morning,

Just chasing this one - I haven't had the MAST discussion invite yet and it has been nearly two weeks (EH case 4402183).

Dad rang me on Friday - his son Arafat translated on the speaker, which I know isn't ideal - to ask "when the big meeting is coming". Nothing has changed since my request and there are no new worries; I just need to give him a date.

Thanks,
Shirin

From: MAST <MAST@towerhamlets.gov.uk>
Sent: 13 January 2043 11:33
To: Shirin Akter <shirin.akter@towerhamlets.gov.uk>
Subject: [SB-tower_hamlets-509] Step up to CSC via MAST - Miah family - MARF attached

Thank you - your step-up request has been received (reference SB-tower_hamlets-509). It is complete and a MAST discussion will be arranged; you will receive an invitation.
MAST business support
""",
  hdrs={"In-Reply-To": "<sb-tower_hamlets-509@stepbot.towerhamlets.gov.uk>", "References": "<sb-tower_hamlets-509@stepbot.towerhamlets.gov.uk>"},
  atts=[], cat="ordinary",
  exp=dict(kind="follow_up", case_ids=["4402183"], next_action="attach_to_request"),
  why="A chaser replying to [SB-tower_hamlets-509] (tower_hamlets_01's request): 'nothing has changed ... no new worries' -> follow_up, attach_to_request; Arafat named by first name only (not labelled); 'EH case 4402183' -> '4402183'.")

# ------------------------------------------------------------------ torbay_01
M(f="torbay_01.eml", auth="torbay", box="early_help_duty", date="2043-01-20 11:45", after=6, style="outlook",
  frm=("Rosie Trethewey", "rosie.trethewey@torbay.gov.uk"), to=[BE], cc=[("Gareth Polglase", "gareth.polglase@torbay.gov.uk")],
  subject="Step down to level 3 EH - triage slot please - Freitas children LCS-4417720",
  body="""Hello Early Help,

Please could I have a triage slot to step down Rodrigo Freitas (DOB 14/05/2034) and Leonor Freitas (DOB 09/09/2039) to a level 3 Early Help response. LCS-4417720. Leonor is 3, so I understand this will go to the under-5s triage.

The Single Assessment is attached, with my analysis and the rationale for stepping down, and my team manager Gareth Polglase's analysis confirming the threshold for level 3 intervention is met.

Consent: mum and dad both gave their consent for level 3 Early Help on 15/01/2043, with a Portuguese interpreter, and both signed.

The family are from Madeira and work in hotels in Paignton. The remaining needs are dad's drinking (reduced a lot, still going to Torbay recovery service), Rodrigo's attendance (86%) and overcrowding. Mum's words at the final visit, translated: "You gave us a hand when the water was at our neck" ("com a água pelo pescoço").

Thanks,
Rosie

Rosie Trethewey
Social Worker, Single Assessment Team
Torbay Council
""",
  atts=[("Single Assessment - Freitas - Jan 2043.pdf", make_pdf("Single Assessment - Freitas", """Single Assessment - LCS-4417720
Children: Rodrigo Freitas (14/05/2034), Leonor Freitas (09/09/2039). Parents: Sandra and Nuno Freitas. Language: Portuguese.
Social worker analysis: dad's alcohol use has reduced with treatment; no incidents since October; home warm and fed;
Rodrigo's attendance 86%; overcrowding. Rationale: needs can be met at level 3 Early Help.
Team manager analysis (Gareth Polglase, 16/01/2043): I agree the threshold for level 3 intervention is met and statutory involvement can end.
Consent: both parents consented 15/01/2043 (Portuguese interpreter)."""), PDF)],
  cat="ordinary",
  exp=dict(kind="step_down", level=3, case_ids=["LCS-4417720"], children=[("Rodrigo Freitas", "2034-05-14"), ("Leonor Freitas", "2039-09-09")],
           concerns=["school_attendance", "substance_misuse"], consent=True, manager_agreed=True, next_action="book_meeting"),
  docs={"assessment"},
  why="Complete Torbay step-down (REQUIREMENTS torbay step_down: assessment, manager_agreed, consent): Single Assessment .pdf with the TM's analysis 'confirming the threshold for level 3 ... is met', consent through a Portuguese interpreter; Leonor is 3 -> the fortnightly under-5s triage; level 3 stated.")

# ------------------------------------------------------------------ torbay_02 (URGENT, evening)
M(f="torbay_02.eml", auth="torbay", box="early_help_duty", date="2043-03-11 20:16", after=3, style="gmail",
  frm=("Olena Kovalenko", "olena.kovalenko88@example.com"), to=[BE], cc=[],
  subject="My son Dmytro taken in the car now",
  body="""Good evening.

I am Kovalenko Olena, the mother of Dmytro. You had our family in the Early Help last year, the worker was Mrs Sarah.

Tonight at 19:40 my former partner Andrii came to the house. He was very drunk, he could not stand straight. He pushed me on the floor and took Dmytro from the bath in only the towel and put him in his car. He said "you will never more see him, we go on the ferry from Plymouth tonight". He drove away very fast.

My son Dmytro Kovalenko is 6 years, born 03.05.2036. The car is grey Skoda, the number I think starts WK.

Andrii has the court order not to come near us. I am shaking, I cannot speak English on the phone well, my friend helps me to write this. I put the message in Ukrainian in the attachment also.

Please help me find my son tonight.
Olena
""",
  atts=[("povidomlennia.txt", """Добрий вечір. Сьогодні о 19:40 мій колишній партнер Андрій прийшов до будинку. Він був дуже п'яний. Він штовхнув мене на підлогу, забрав Дмитра з ванни тільки в рушнику і посадив у свою машину. Він сказав: «Ти більше ніколи його не побачиш, ми їдемо на пором». Допоможіть мені знайти сина сьогодні ввечері.
""".encode("utf-8"), "text", "plain")],
  cat="urgent",
  exp=dict(kind="other", urgent=True, children=[("Dmytro Kovalenko", "2036-05-03")],
           concerns=["domestic_abuse", "substance_misuse"], next_action="alert_duty"),
  why="Safety rule 1 in the evening (Wed 20:16, out of hours): a mother writing through a friend that her very drunk ex-partner, under a court order, pushed her down and drove off with her 6-year-old in a towel 36 minutes ago, saying she will never see him again; Ukrainian original in a .txt attachment; no alarm words; a former Early Help family but no reference -> other.")

# ------------------------------------------------------------------ torbay_03 (near miss: old country)
M(f="torbay_03.eml", auth="torbay", box="early_help_duty", date="2043-03-05 13:05", after=7, style="outlook",
  frm=("Fiona Penwill", "f.penwill@hollicombebay.example.sch.uk"), to=[BE], cc=[],
  subject="Translated letter from a grandmother - for information, not a referral",
  body="""Hello,

I'm the EAL and family liaison lead at Hollicombe Bay Primary. For our Year 4 "Our Stories" project a Somali grandmother wrote about her childhood, and the family translated it with an app. A couple of staff were unsettled when they read it, so I'm checking with you. This is the translated version, exactly as we received it:

"When I was a girl in the village near Baidoa, the drought came and the animals died. My sister was married at 13 years to an old man, and my father beat us with the stick when we did not carry the water. Many children died from the hunger that year, I buried my small brother with my hands. Here my grandchildren have the school and the food, and nobody beats them, I thank Allah every day."

This is about her own childhood in Somalia about sixty years ago. There are no worries about the children here - they are thriving, attendance is 98%, and the family are lovely and very involved with school. I just want to check we are right not to do anything with it, and whether we can display it.

Many thanks,
Fiona

Fiona Penwill
EAL & Family Liaison Lead
Hollicombe Bay Primary School, Paignton
""",
  atts=[], cat="near_miss",
  exp=dict(kind="other", next_action="human_review"),
  why="NEAR MISS - A STORY ABOUT THE OLD COUNTRY: child marriage, beatings and deaths are a grandmother's own childhood in Somalia sixty years ago, 'no worries about the children here'; a school's question, not a request -> other, human_review.")

# ------------------------------------------------------------------ torbay_04 (step-up, manager pending)
M(f="torbay_04.eml", auth="torbay", box="mash_step_up", date="2043-02-16 14:50", after=8, style="outlook",
  frm=("Jake Pengelly", "jake.pengelly@torbay.gov.uk"), to=[BM], cc=[],
  subject="Contact to MASH - step up from level 3 - Nowak family EHM-812904",
  body="""Hi MASH,

I am the lead professional for the Nowak family and I'd like to make a contact to MASH to step up from level 3.

Children: Kacper Nowak (ur. 02.02.2031 - as mum writes it, born 2 February 2031) and Maja Nowak (ur. 19.07.2035). EHM-812904.

Concerns: mum's drinking - three times in January she was smelling of alcohol and unsteady at school pick-up, and once Kacper (12) walked Maja home instead. Home conditions have slipped, the fridge is often empty and Maja has had head lice untreated for weeks. Six months of level 3 support has not made a difference.

Consent: mum consented to this contact to MASH on 13/02 through a Polish interpreter. She said "Niech tak będzie" - "let it be so".

My ATM, Kerensa Tonkin, is on leave until Thursday. I have left her a message and will send her agreement as soon as she is back.

Jake Pengelly
Family Intervention Worker, Early Help
Torbay Council
""",
  atts=[], cat="ordinary",
  exp=dict(kind="step_up", case_ids=["EHM-812904"], children=[("Kacper Nowak", "2031-02-02"), ("Maja Nowak", "2035-07-19")],
           concerns=["neglect", "substance_misuse"], consent=True, missing=["manager_agreed"], next_action="request_info"),
  why="Torbay step-up (REQUIREMENTS torbay step_up: consent, manager_agreed): consent through a Polish interpreter ('Niech tak będzie') -> true; the ATM is on leave and has not yet agreed -> manager_agreed null and missing; Polish 'ur.' DOBs; request_info.")

# ------------------------------------------------------------------ torbay_05 (URGENT, weekend night)
M(f="torbay_05.eml", auth="torbay", box="early_help_duty", date="2043-03-14 23:12", after=3, style="android",
  frm=("Karim Saleh", "karim.saleh.2030@example.com"), to=[BE], cc=[],
  subject="mama not waking",
  body="""Hello, I am Karim Saleh, I have 12 years, born 2030/08/14. I write with the translate of the phone.

My mother took many tablets from the boxes tonight after she cried very much on the phone with my father in Syria. Now she is sleeping on the floor of the kitchen and she does not wake when I call her and shake her. Her breathing is strange like snoring. There are empty boxes of medicine on the table, I count 4.

I am alone with my sisters Nour Saleh (3 years) and Jana Saleh (1 year). Jana is crying. We have no other person in England.

Our address is Flat 2, 17 Tormohun Rise, Torquay. Your email is on the letter on our fridge.

Please tell me what to do.

أمي أخذت حبوبًا كثيرة الليلة ولا تستيقظ. أنا وحدي مع أخواتي. أرجوكم ساعدونا.
""",
  atts=[], cat="urgent",
  exp=dict(kind="other", urgent=True, children=[("Karim Saleh", "2030-08-14"), ("Nour Saleh", None), ("Jana Saleh", None)],
           concerns=["parental_mental_health"], next_action="alert_duty"),
  why="Safety rule 1 on a Saturday night (23:12, out of hours): a 12-year-old writing through a phone translator that his mother took many tablets and does not wake, breathing like snoring, and he is alone with his sisters of 3 and 1; Arabic original below; an Arabic-style yyyy/mm/dd DOB; no alarm words.")

# ------------------------------------------------------------------ torbay_06 (near miss: hypothetical)
M(f="torbay_06.eml", auth="torbay", box="early_help_duty", date="2043-02-26 10:20", after=6, style="outlook",
  frm=("Tom Rowse", "tom.rowse@torbay.gov.uk"), to=[BE], cc=[],
  subject="Step down request for triage - Rashid family LCS-4420315",
  body="""Hi,

Requesting a triage slot to step down Ayesha Rashid (DOB 07-04-2032) and Zain Rashid (DOB 22-10-2034) to level 3 Early Help. LCS-4420315.

Attached is the Single Assessment with my analysis and rationale, and my team manager Morwenna Chegwidden's analysis agreeing the threshold for level 3 is met. Mum and dad both consented to level 3 Early Help through an Urdu interpreter and signed on 24/02/2043.

One thing you will see in my notes: at the final visit mum asked through the interpreter, "If one day he has hand heavy again, who do I call?" That was a question for the safety plan, not a disclosure. Dad completed the Caring Dads programme in 2042, there have been no incidents since June 2041, mum and school both describe the home as calm, and I went through the numbers with her. It is written into the plan.

The remaining need is Zain's EHCP assessment (suspected dyspraxia and speech delay) and mum's isolation.

Thanks,
Tom

Tom Rowse
Social Worker, Safeguarding and Supporting Families Team
""",
  atts=[("Single Assessment - Rashid - Feb 2043.pdf", make_pdf("Single Assessment - Rashid", """Single Assessment - LCS-4420315
Children: Ayesha Rashid (07/04/2032), Zain Rashid (22/10/2034). Parents: Sadia and Imran Rashid. Language: Urdu.
History: domestic abuse incidents 2040-2041; father completed Caring Dads 2042; no incidents since June 2041.
Social worker analysis and rationale: needs now relate to Zain's SEND (EHCP assessment) and mother's isolation; level 3.
Team manager analysis (Morwenna Chegwidden, 25/02/2043): I agree the threshold for level 3 intervention is met.
Consent: both parents, 24/02/2043, Urdu interpreter."""), PDF)],
  cat="near_miss",
  exp=dict(kind="step_down", level=3, case_ids=["LCS-4420315"], children=[("Ayesha Rashid", "2032-04-07"), ("Zain Rashid", "2034-10-22")],
           concerns=["disability_send"], consent=True, manager_agreed=True, next_action="book_meeting"),
  docs={"assessment"},
  why="NEAR MISS - HYPOTHETICAL: mum's 'If one day he has hand heavy again, who do I call?' is a safety-plan question, no incidents since June 2041; complete Torbay level 3 step-down (Single Assessment .pdf with the TM's analysis, consent through an Urdu interpreter) -> book_meeting; Pakistani dd-mm-yyyy DOBs.")

# ------------------------------------------------------------------ torbay_07 (URGENT meeting reply)
M(f="torbay_07.eml", auth="torbay", box="early_help_duty", date="2043-03-23 15:40", after=3, style="itip_outlook",
  frm=("Inês Carvalho", "ines.carvalho@traduzir.example.com"), to=[BE], cc=[],
  subject="Declined: Early Help triage - Ferreira da Silva - LCS-4431187 [SB-torbay-291]",
  body="""Desculpe, I cannot come tomorrow to interpret. And please somebody read this today: the mother, Sra. Cláudia, called me crying 20 minutes ago. The husband came back to the house this afternoon although the court says he must not. She says he has the hand heavy again, he hit Tiago Ferreira da Silva (8) with the belt of the trousers and his face is swelling, and he says tonight he will finish them all. She is locked in the bathroom with the two children and he is outside the door. She gave me permission to tell you. The address is in your file.
""",
  ics=dict(method="REPLY", uid="sb-torbay-291-triage@stepbot.torbay.gov.uk", summary="Early Help triage - Ferreira da Silva - LCS-4431187 [SB-torbay-291]",
           start="20430324T100000Z", end="20430324T103000Z", organizer=("Early Help business support", "earlyhelp.businesssupport@torbay.gov.uk"),
           attendees=[("Inês Carvalho", "ines.carvalho@traduzir.example.com", "DECLINED")], stamp="20430323T154000Z",
           comment="Desculpe, I cannot come tomorrow to interpret. And please somebody read this today: the mother, Sra. Cláudia, called me crying 20 minutes ago. The husband came back to the house this afternoon although the court says he must not. She says he has the hand heavy again, he hit Tiago Ferreira da Silva (8) with the belt of the trousers and his face is swelling, and he says tonight he will finish them all. She is locked in the bathroom with the two children and he is outside the door. She gave me permission to tell you. The address is in your file."),
  atts=[], cat="urgent",
  exp=dict(kind="meeting_reply", urgent=True, case_ids=["LCS-4431187"], children=[("Tiago Ferreira da Silva", None)],
           concerns=["domestic_abuse", "physical_harm"], next_action="alert_duty"),
  claims=[("2043-03-24", "Tuesday")],
  why="Safety rule 1 in a meeting reply's COMMENT: an interpreter declining tomorrow's triage (iTIP REPLY, DECLINED) passes on that the father, barred by a court, is back, hit the 8-year-old with a belt and 'says tonight he will finish them all', mother and children locked in the bathroom now; urgent overrides record_reply -> alert_duty; no alarm words.")

# ------------------------------------------------------------------ torbay_08 (invitation .ics REQUEST)
M(f="torbay_08.eml", auth="torbay", box="early_help_duty", date="2043-02-03 09:30", after=5, style="invite",
  frm=("Torbay Interpreting & Translation Service", "bookings@torbayinterpreting.example.org"), to=[BE], cc=[],
  subject="Invitation: Working well with interpreters - practitioner session, Thu 5 March 2043 13:30",
  body="""Dear Early Help colleagues,

You are invited to a free 90-minute practitioner session, "Working well with interpreters and translated messages", on Thursday 5 March 2043, 13:30-15:00, at Paignton Library meeting room 2 (also on Teams).

We will cover booking face-to-face and telephone interpreters, taking consent through an interpreter, written translation of plans and letters, and the limits of online translation tools.

Please accept the attached invitation to hold a place, or reply to this email. Places are limited to 30.

Kind regards,
Bookings team
Torbay Interpreting & Translation Service
""",
  ics=dict(method="REQUEST", uid="tits-2043-03-05-workshop@torbayinterpreting.example.org",
           summary="Working well with interpreters - practitioner session", start="20430305T133000Z", end="20430305T150000Z",
           organizer=("Torbay Interpreting & Translation Service", "bookings@torbayinterpreting.example.org"),
           attendees=[("Early Help", BE, "NEEDS-ACTION")], stamp="20430203T093000Z",
           location="Paignton Library, meeting room 2 / Microsoft Teams",
           description="Booking interpreters, consent through an interpreter, written translation, the limits of online translation tools."),
  atts=[], cat="ordinary",
  exp=dict(kind="other", next_action="human_review"),
  claims=[("2043-03-05", "Thursday")],
  why="A training invitation with a text/calendar METHOD:REQUEST (not an iTIP REPLY, not a step request) from an interpreting service -> other, human_review.")

# ------------------------------------------------------------------ herefordshire_01
M(f="herefordshire_01.eml", auth="herefordshire", box="early_help_duty", date="2043-01-14 10:55", after=6, style="outlook",
  frm=("Bethan Prosser", "bethan.prosser@herefordshire.gov.uk"), to=[HE], cc=[],
  subject="EHA step-down plan - Dumitru children (Mosaic 812004, 812005, 812006)",
  body="""Dear Early Help Co-ordinators,

Following my discussion with Verity Lang on 12 January, please find attached the Early Help Assessment step-down plan at level 3 for the Dumitru sibling group:

Ionuț Dumitru - DOB 22.08.2030 - Mosaic 812004
Maria Dumitru - DOB 03.01.2033 - Mosaic 812005
Cristian Dumitru - DOB 17.10.2038 - Mosaic 812006

Also attached is the family's signed consent form (bilingual Romanian/English - mum signed it with the interpreter on 9 January).

Key person: Mihaela Stan, Family Support Worker, Leominster Family Hub, who speaks Romanian and has agreed to lead.

The family came for the fruit-picking season in 2041 and have stayed; they now have a tenancy in Leominster. The remaining needs are Ionuț's attendance (83%) and getting Cristian a nursery place. Mum's note at the end of the assessment: "Mulțumim din suflet" - "we thank you from the soul".

Kind regards,
Bethan

Bethan Prosser
Social Worker, Children in Need (North)
Herefordshire Council
""",
  atts=[("EHA step-down plan - Dumitru.docx", make_docx([
        "## Early Help Assessment - step-down plan (level 3)",
        "Children: Ionuț Dumitru (22.08.2030), Maria Dumitru (03.01.2033), Cristian Dumitru (17.10.2038).",
        ("table", [["What needs to happen", "By whom", "Outcome", "Timescale"],
                   ["Attendance plan for Ionuț", "School / key person", "95% attendance", "End of spring term"],
                   ["Nursery place for Cristian (funded 3-year-old hours)", "Key person", "Place started", "April 2043"],
                   ["ESOL for mum", "Leominster Family Hub", "Enrolled", "March 2043"]]),
        "Key person: Mihaela Stan, Family Support Worker, Leominster Family Hub."], "EHA step-down plan"), DOCX),
        ("Consent form - Dumitru - signed.pdf", make_pdf("Consent form - Dumitru", """Early Help consent form / Formular de consimtamant
I consent to my family receiving Early Help and to information being shared with the Early Help team.
Sunt de acord ca familia mea sa primeasca sprijin Early Help.
Signed: Loredana Dumitru (mother). Date: 09/01/2043. Interpreter: A. Munteanu (Romanian)."""), PDF)],
  cat="ordinary",
  exp=dict(kind="step_down", level=3, case_ids=["812004", "812005", "812006"],
           children=[("Ionuț Dumitru", "2030-08-22"), ("Maria Dumitru", "2033-01-03"), ("Cristian Dumitru", "2038-10-17")],
           concerns=["school_attendance"], consent=True, next_action="book_meeting"),
  docs={"consent_form", "draft_plan"}, facts={"lead_practitioner"},
  why="Complete Herefordshire sibling-group step-down (REQUIREMENTS herefordshire step_down: consent_form, draft_plan, lead_practitioner): plan .docx, bilingual signed consent form .pdf, key person with agency; level 3 stated; Romanian dd.mm.yyyy DOBs and 'Ionuț'.")

# ------------------------------------------------------------------ herefordshire_02 (URGENT, forwarded)
M(f="herefordshire_02.eml", auth="herefordshire", box="early_help_duty", date="2043-03-03 10:41", after=3, style="outlook",
  frm=("Kinga Sobczak", "k.sobczak@widemarshmeadow.example.sch.uk"), to=[HE], cc=[("Gethin Price", "g.price@widemarshmeadow.example.sch.uk")],
  subject="FW: what Oliwia told me this morning (translated from Polish)",
  body="""Hello,

I am sending this to you because Oliwia's family was stepped down to Early Help in January and your team's address is on her file. Our DSL, Mr Gethin Price (copied), is off site and I cannot reach him.

Kinga Sobczak
Teaching Assistant (Polish), Widemarsh Meadow Primary School

-----Original Message-----
From: Kinga Sobczak
Sent: 03 March 2043 09:55
To: Gethin Price
Subject: what Oliwia told me this morning (translated from Polish)

Gethin,

This morning Oliwia Wróbel (Year 4, ur. 07.05.2033) told me in Polish, while we were reading. I wrote it down word for word and translated it:

"Mama's boyfriend put the hot iron on my arm because I wet the bed again. He said tonight if I wet again he will do the other arm and my face."

"Chłopak mamy przyłożył mi gorące żelazko do ręki, bo znowu zmoczyłam łóżko. Powiedział, że dziś wieczorem, jak znowu zmoczę, zrobi drugą rękę i twarz."

I looked: there is a fresh burn the shape of the tip of an iron on her left forearm, blistered, with a plaster on it. She says mum was at work. She is very frightened about going home at 3.15 - the boyfriend (Łukasz, I don't know his surname) collects her on Tuesdays.

Kinga
""",
  atts=[], cat="urgent",
  exp=dict(kind="other", urgent=True, children=[("Oliwia Wróbel", "2033-05-07")], concerns=["physical_harm"], next_action="alert_duty"),
  why="Safety rule 1 in quoted history: a Polish-speaking teaching assistant forwards a 9-year-old's words, written down and translated - a fresh iron burn from mum's boyfriend, who threatens 'tonight ... the other arm and my face' and collects her at 3.15 today (Tuesday); no alarm words; Polish 'ur.' DOB; a report, not a step -> other.")

# ------------------------------------------------------------------ herefordshire_03 (near miss: negated idiom)
M(f="herefordshire_03.eml", auth="herefordshire", box="early_help_duty", date="2043-01-28 14:25", after=5, style="outlook",
  frm=("Rhodri Vaughan-Jones", "rhodri.vaughan-jones@herefordshire.gov.uk"), to=[HE], cc=[],
  subject="Step down - Abdi family - Mosaic 809331",
  body="""Hello co-ordinators,

Attached is the Early Help Assessment step-down plan (level 3) for Hamza Abdi (DOB 09/03/2032) and Ayan Abdi (DOB 25/12/2036), Mosaic 809331, with mum's signed consent form (Somali/English, signed with the interpreter on 26 January).

Key person: not agreed yet - I am talking to the school and the Family Hub and will confirm.

One thing to flag so nobody is alarmed by the case notes: in December mum sent the school a translated text, "my husband will kill me when he sees the school report". Our Somali interpreter, Mr Ahmed Said, was clear that this is an everyday expression, like "he'll go mad", about Hamza's report - it is not a threat. I explored it with mum on her own: there is no domestic abuse and no violence in the home, and she laughed about how it came out in English. No safeguarding concerns arise from it.

The needs for Early Help are Hamza's ADHD assessment and Ayan's speech and language support.

Thanks,
Rhodri

Rhodri Vaughan-Jones
Social Worker, Assessment Team (City)
Herefordshire Council
""",
  atts=[("EHA step-down plan - Abdi.docx", make_docx([
        "## Early Help Assessment - step-down plan (level 3) - Abdi",
        ("table", [["What needs to happen", "By whom", "Outcome", "Timescale"],
                   ["ADHD assessment referral for Hamza", "GP / school SENCo", "Referral accepted", "March 2043"],
                   ["Speech and language support for Ayan", "Nursery / SALT", "Weekly sessions", "Spring term"]]),
        "Key person: to be confirmed."], "EHA step-down plan"), DOCX),
        ("Consent form Abdi signed 26.01.2043.pdf", make_pdf("Consent form - Abdi", """Early Help consent form / Foomka ogolaanshaha
I consent to my family receiving Early Help. Waan ogolahay in qoyskeyga la siiyo caawimaad.
Signed: Hodan Abdi (mother), 26/01/2043. Interpreter: Ahmed Said (Somali)."""), PDF)],
  cat="near_miss",
  exp=dict(kind="step_down", level=3, case_ids=["809331"], children=[("Hamza Abdi", "2032-03-09"), ("Ayan Abdi", "2036-12-25")],
           concerns=["disability_send"], consent=True, missing=["lead_practitioner"], next_action="request_info"),
  docs={"consent_form", "draft_plan"},
  why="NEAR MISS - NEGATED: a translated 'my husband will kill me when he sees the school report' is an idiom the interpreter explained, 'not a threat', 'no domestic abuse', 'No safeguarding concerns arise'; Herefordshire step-down with plan and signed consent form but no key person -> lead_practitioner missing, request_info.")

# ------------------------------------------------------------------ herefordshire_04 (near miss: bulletin)
M(f="herefordshire_04.eml", auth="herefordshire", box="early_help_duty", date="2043-02-19 08:00", after=4, style="list",
  frm=("Herefordshire Safeguarding Children Partnership", "bulletin@hscp.example.org"), to=[HE], cc=[],
  subject="HSCP Practice Bulletin - February 2043: when families write through translation apps",
  body="""HSCP PRACTICE BULLETIN - FEBRUARY 2043

When families write through translation apps

More parents, relatives and neighbours are writing to practitioners through online translators. The English that arrives can hide how serious - or how ordinary - a message is. Examples practitioners have shared with us (all invented or anonymised for this bulletin; no real family is described):

- "He has hand heavy on the small one" - he hits the child. Ask what happened and when.
- "The baby is colour of ash and not waking" - the baby is grey and unresponsive: this needs 999 at once.
- "My heart is eating me" - I am very worried or sad. Usually an expression, not a disclosure.
- "They will send me to the village to marry" - a possible forced marriage: contact the Forced Marriage Unit and follow the partnership procedure.
- "He will kill me when he sees the report" - often an idiom. Check with an interpreter, not an app.

Good practice: book a qualified interpreter (not a child or relative), ask for the original language to be pasted below the translation, and check names, dates of birth and date formats (05.03 may be 5 March or 3 May).

Training: "Working well with interpreters", Thursday 26 March 2043, Hereford Town Hall.

You are receiving this because you are on the HSCP practitioner mailing list.
Unsubscribe: https://hscp.example.org/unsubscribe
""",
  hdrs={"List-Id": "HSCP practitioner bulletin <bulletin.hscp.example.org>", "List-Unsubscribe": "<https://hscp.example.org/unsubscribe>",
        "Precedence": "bulk"},
  atts=[], cat="near_miss",
  exp=dict(kind="other", next_action="human_review"),
  claims=[("2043-03-26", "Thursday")],
  why="NEAR MISS - A BULLETIN LISTING EXAMPLES (safety rule 1: bulletins that list examples must not trigger): the partnership's bulletin quotes the set's urgent phrases ('hand heavy on the small one', 'colour of ash and not waking', 'send me to the village to marry') as invented examples; List-Id, no Auto-Submitted -> other, human_review.")

# ------------------------------------------------------------------ herefordshire_05 (follow-up to _03)
M(f="herefordshire_05.eml", auth="herefordshire", box="early_help_duty", date="2043-02-05 09:50", after=5, style="outlook_reply",
  frm=("Rhodri Vaughan-Jones", "rhodri.vaughan-jones@herefordshire.gov.uk"), to=[HE], cc=[],
  subject="RE: [SB-herefordshire-144] Step down - Abdi family - Mosaic 809331",
  body="""Hi,

Key person now agreed with mum: Mrs Deqa Farah, Family Support Worker, Hereford City Family Hub (deqa.farah@herefordshire.gov.uk, 01632 960417). Mum chose her because she speaks Somali. I've added her to the plan.

Thanks,
Rhodri

From: Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>
Sent: 28 January 2043 14:31
To: Rhodri Vaughan-Jones <rhodri.vaughan-jones@herefordshire.gov.uk>
Subject: [SB-herefordshire-144] Step down - Abdi family - Mosaic 809331

Thank you, your step-down has been received (reference SB-herefordshire-144).
Still needed: the details of the key person agreed with the family to lead on this step-down (name and agency).
Early Help Co-ordinator team
""",
  hdrs={"In-Reply-To": "<sb-herefordshire-144@stepbot.herefordshire.gov.uk>", "References": "<sb-herefordshire-144@stepbot.herefordshire.gov.uk>"},
  atts=[], cat="ordinary",
  exp=dict(kind="follow_up", case_ids=["809331"], next_action="attach_to_request"),
  why="Reply to [SB-herefordshire-144] (herefordshire_03's request) giving the key person with her agency -> follow_up, attach_to_request; no child is named in it.")

# ------------------------------------------------------------------ herefordshire_06 (URGENT, evening)
M(f="herefordshire_06.eml", auth="herefordshire", box="mash_step_up", date="2043-01-16 18:47", after=3, style="gmail",
  frm=("Samuel Haile", "samuel.haile.hfd@example.com"), to=[HM], cc=[],
  subject="my brother is kept in Birmingham",
  body="""Hello.

I am Haile Samuel, 19 years. My small brother Filmon Haile is 15 years, born 12/09/2027. We live in the shared house in Hereford, our social worker is Mrs Jo.

Yesterday two men with a black car took Filmon. Before, they gave him a new phone and shoes. Today at 17:30 he sent me a voice message, he was crying. He is in a house in Birmingham, they took his shoes and his phone, he used the phone of another boy. They say he must sell the drugs to pay the debt of 2000 pounds for the phone and the shoes, and he cannot leave the house, the door is locked. He says one man has a knife.

He says tonight they will send him on the train to another town with the package.

I do not know the address, only he said there is a big blue mosque near the house. The number he called from is 07700 900562.

Please help my brother.
Samuel

ሓወይ ፊልሞን ኣብ በርሚንግሃም ተዓጽዩ ኣሎ። ሎሚ ለይቲ ናብ ካልእ ከተማ ክሰድዎ እዮም። በጃኹም ሓግዙና።
""",
  atts=[], cat="urgent",
  exp=dict(kind="other", urgent=True, children=[("Filmon Haile", "2027-09-12")], concerns=["exploitation", "missing"], next_action="alert_duty"),
  why="Safety rule 1 in the evening (Fri 18:47, out of hours): a 19-year-old writing through a translator that his 15-year-old brother was taken yesterday, is locked in a Birmingham house over a drug debt, a man has a knife, and he is to be sent 'tonight' to another town with a package; Tigrinya below; no alarm words; the writer (19) is an adult, not labelled.")

# ------------------------------------------------------------------ herefordshire_07 (step-up, undefined)
M(f="herefordshire_07.eml", auth="herefordshire", box="early_help_duty", date="2043-03-10 11:15", after=6, style="html_only",
  frm=("Claire Bowkett", "claire.bowkett@herefordshire.gov.uk"), to=[HE], cc=[],
  subject="Step up request - Melnyk family",
  html="""<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Hello,</p>
<p>I would like to step up the Melnyk family from Early Help to Children's Social Care. Mosaic 820775.</p>
<ul>
<li>Taras Melnyk &ndash; DOB 30.06.2031</li>
<li>Zlata Melnyk &ndash; DOB 12.12.2039</li>
</ul>
<p>The worries are neglect (home conditions, Zlata has missed her last three health appointments and her two-year check) and mum's PTSD, which has got worse since her brother was killed at the front last autumn. Mum agreed to the step up through the Ukrainian interpreter on 6 March, and my manager Paula Greenhouse has agreed it.</p>
<p>Mum's words, translated: <i>&ldquo;I am like a candle that burned from both ends.&rdquo;</i></p>
<p>Please let me know what else you need.</p>
<p>Claire Bowkett<br>Early Help Family Practitioner<br>Herefordshire Council</p>
</body></html>
""",
  atts=[], cat="ordinary",
  exp=dict(kind="step_up", case_ids=["820775"], children=[("Taras Melnyk", "2031-06-30"), ("Zlata Melnyk", "2039-12-12")],
           concerns=["neglect", "parental_mental_health"], consent=True, manager_agreed=True, next_action="human_review"),
  why="A step-up sent to Herefordshire, whose protocol defines no step_up (REQUIREMENTS herefordshire: 'step_up is not defined by this seed') -> human_review with missing [] and notice null; HTML-only; consent through a Ukrainian interpreter and manager agreed stated.")

# ------------------------------------------------------------------ herefordshire_08 (near miss follow-up: resolved)
M(f="herefordshire_08.eml", auth="herefordshire", box="early_help_duty", date="2043-03-23 12:30", after=5, style="outlook_reply",
  frm=("Bethan Prosser", "bethan.prosser@herefordshire.gov.uk"), to=[HE], cc=[],
  subject="RE: [SB-herefordshire-151] EHA step-down plan - Gebru family (Mosaic 815260)",
  body="""Hi,

The signed consent form is attached as promised - mum signed it with the Tigrinya interpreter on Saturday.

And so you have it before anyone reads the school's log: the grandmother's message that the school forwarded last week ("the baby is not waking and is colour of ash, the parents are not home") was about Tuesday 17 March. She rang 999 herself at the same time and the ambulance took the baby to the County Hospital - it was bronchiolitis. Mum and dad were at the hospital for his sister's appointment that morning and grandma was minding him. He was discharged on Friday and is feeding well. The hospital social worker saw no concerns about the care he gets, and there is nothing to follow up. The step-down can go ahead as planned.

Thanks,
Bethan

From: Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>
Sent: 16 March 2043 09:12
To: Bethan Prosser <bethan.prosser@herefordshire.gov.uk>
Subject: [SB-herefordshire-151] EHA step-down plan - Gebru family (Mosaic 815260)

Thank you, your step-down has been received (reference SB-herefordshire-151).
Still needed: the family's signed consent form.
Early Help Co-ordinator team
""",
  hdrs={"In-Reply-To": "<sb-herefordshire-151@stepbot.herefordshire.gov.uk>", "References": "<sb-herefordshire-151@stepbot.herefordshire.gov.uk>"},
  atts=[("Consent form Gebru signed.pdf", make_pdf("Consent form - Gebru", """Early Help consent form
I consent to my family receiving Early Help and to information being shared with the Early Help team.
Signed: Senait Gebru (mother), 21/03/2043. Interpreter: T. Berhane (Tigrinya)."""), PDF)],
  cat="near_miss",
  exp=dict(kind="follow_up", case_ids=["815260"], consent=True, next_action="attach_to_request"),
  claims=[("2043-03-17", "Tuesday"), ("2043-03-20", "Friday"), ("2043-03-21", "Saturday")],
  why="NEAR MISS - PAST AND RESOLVED in a follow-up: 'the baby is not waking and is colour of ash' was last Tuesday's, 999 called, bronchiolitis, discharged and well, 'nothing to follow up'; reply to [SB-herefordshire-151] adding the signed consent form -> consent true, attach_to_request.")
