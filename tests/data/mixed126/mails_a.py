# Knowsley and Richmond & Wandsworth mails for mixed126 (imported by make_set.py)
from lib import make_pdf, make_docx, make_ics

KM, KE = "knowsleymash@knowsley.gov.uk", "FamilyFirst0-18DutyMailbox@knowsley.gov.uk"
RM, RE = "MASH-StepUP@richmondandwandsworth.gov.uk", "EarlyHelpDuty@richmondandwandsworth.gov.uk"
PDF, DOCX = ("application", "pdf"), ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")

MAILS = []
def M(**kw):
    MAILS.append(kw)

# ------------------------------------------------------------------ knowsley_01
M(f="knowsley_01.eml", auth="knowsley", box="mash_step_up", date="2043-01-12 10:02", after=7, style="outlook",
  frm=("Bethany Lloyd-Hughes", "bethany.lloyd-hughes@knowsley.gov.uk"), to=[KM],
  cc=[("MASH Business Support", "mash.businesssupport@knowsley.gov.uk"), ("Jennifer Ashcroft", "jennifer.ashcroft@knowsley.gov.uk")],
  subject="Step up request - Kowalczyk family - EHM-70388 - TAF Wed 21/01/2043 10:00",
  body="""Hi MASH,

Please find attached the step up request for Zuzanna Kowalczyk (DOB 09/04/2031) and Filip Kowalczyk (DOB 23/11/2035), EHM case ID EHM-70388.

Date of step up TAF meeting: Wednesday 21st January 2043 at 10:00, on Teams. The calendar invite has gone to the MASH inbox and MASH business support separately. A Polish interpreter is booked for mum through LinguaLink.

The concerns are neglect. Home conditions have gone back down despite 9 months of level 3 support, Filip's nursery say he is arriving hungry and in the same clothes three or four days running, and the GCP2 I completed on 6 January scores 4 for physical care and for safety. The Graded Care Profile is attached and reflected in the form.

My team manager, Jennifer Ashcroft (copied), discussed this with me in supervision on 8 January and agreed the step up.

Mum (Agnieszka Kowalczyk) was told about the step up at my visit on 9 January with the interpreter and she consented. The interpreter wrote her words in Polish and in English for the file:
"Zgadzam się. Niech przyjdą, ja już nie daję rady sama."
"I agree. Let them come, I am already not giving advice alone." (The interpreter says the real meaning is "I can't cope on my own any more" - 'nie daję rady' does not mean advice, the app always gets that one wrong.)

Attached:
- FF Step Up request to CSC - Kowalczyk.docx
- GCP2 Kowalczyk Jan 2043.pdf
- TAF minutes 17.12.2042 Kowalczyk.pdf

Many thanks,
Bethany

Bethany Lloyd-Hughes
Family First Case Manager (Level 3)
Knowsley Council | Family First 0-18
0151 496 0733
""",
  atts=[("FF Step Up request to CSC - Kowalczyk.docx", make_docx([
        "## FF Step Up request to CSC (Appendix 1)",
        ("table", [["Case ID on EHM:", "EHM-70388"],
                   ["Children", "Zuzanna Kowalczyk 09/04/2031; Filip Kowalczyk 23/11/2035"],
                   ["Parent", "Agnieszka Kowalczyk (Polish speaker - interpreter needed)"],
                   ["Date of step up TAF meeting:", "Wednesday 21/01/2043 10:00, Microsoft Teams"],
                   ["Recent TAF meeting minutes attached:", "Yes - TAF 17/12/2042"],
                   ["Management oversight", "Discussed with Jennifer Ashcroft (TM) 08/01/2043 - step up agreed"]]),
        "## What are we worried about?",
        "Neglect: home conditions, Filip arriving at nursery hungry and unwashed, GCP2 (06/01/2043) level 4 in physical care and safety. Mum low and overwhelmed.",
        "## What is working well?",
        "Mum loves the children and engages with the worker when an interpreter is there. Zuzanna attends school well (96%).",
        "## What needs to happen?",
        "C&F assessment by Children's Social Care; continued nursery place for Filip; Polish-speaking parenting support.",
        "Graded Care Profile 2 summary: physical care 4, safety 4, love and care 2, stimulation 3."], "FF Step Up request"), DOCX),
        ("GCP2 Kowalczyk Jan 2043.pdf", make_pdf("Graded Care Profile 2 - Kowalczyk", """Graded Care Profile 2 (GCP2)
Family: Kowalczyk. EHM-70388. Completed 06/01/2043 by Bethany Lloyd-Hughes with a Polish interpreter.
Area 1 Physical care: grade 4. Food often absent; Filip hungry at nursery; clothing unwashed.
Area 2 Safety: grade 4. Medication and cleaning products within reach; broken stair gate.
Area 3 Love and care: grade 2.
Area 4 Stimulation: grade 3.
Summary: neglect of physical care and safety, persisting despite level 3 support."""), PDF),
        ("TAF minutes 17.12.2042 Kowalczyk.pdf", make_pdf("TAF minutes 17.12.2042", """Team Around the Family meeting - minutes
Date: 17/12/2042. Family: Kowalczyk. EHM-70388.
Present: Agnieszka Kowalczyk (mum), LinguaLink Polish interpreter, Bethany Lloyd-Hughes (FF case manager), nursery manager, school learning mentor, health visitor.
Review of plan: home conditions not improved; nursery attendance 70%; food bank used twice.
Actions: GCP2 to be completed in January; case manager to discuss step up with TM if no change."""), PDF)],
  cat="ordinary",
  exp=dict(kind="step_up", case_ids=["EHM-70388"],
           children=[("Zuzanna Kowalczyk", "2031-04-09"), ("Filip Kowalczyk", "2035-11-23")],
           concerns=["neglect"], consent=True, manager_agreed=True, notice_ok=True, next_action="book_meeting"),
  docs={"step_up_form", "gcp2", "taf_minutes"}, facts={"meeting_details"}, meeting="2043-01-21 10:00",
  claims=[("2043-01-21", "Wednesday")],
  why="Complete Knowsley step-up (REQUIREMENTS knowsley step_up): form .docx, GCP2 .pdf (neglect -> gcp2), TAF minutes .pdf, EHM id, TM agreed; TAF Wed 21 Jan 10:00 is 7 WD after Mon 12 Jan (>= 5); mum's consent through a Polish interpreter -> consent true.")

# ------------------------------------------------------------------ knowsley_02 (URGENT)
M(f="knowsley_02.eml", auth="knowsley", box="mash_step_up", date="2043-01-20 21:38", after=4, style="android",
  frm=("Bushra Iqbal", "bushra.iqbal.77@example.com"), to=[KM], cc=[],
  subject="please help my daughter tonight",
  body="""Respected sir/madam

I am writing with the translator of the phone, my English is not good, sorry for the mistakes.

My name is Iqbal Bushra, I live in Huyton with my husband Tariq Iqbal and our two daughters. Tonight my husband has hand heavy on the small one, Hira, because she was crying for the milk. He hit her on the face with open hand two times and pushed her on the wall, her lip is bleeding. Now he is sitting in the front room and he says when she cry again he will finish her. He is saying this before but tonight his eyes are different, he is not himself.

The small one is Hira Iqbal, 4 years, born 02-08-2038. The big one is Maryam Iqbal, 9 years, she is very scared.

I am in the bathroom with the two girls and the door is locked. My phone has little battery. I cannot call because he will hear me speaking, so I write.

Our home is 14 Carrow Close, Huyton, L36 9ZZ. The door downstairs is not locked.

Please send somebody. I do not know who else to write, I found this address on the paper from the school of Maryam.

Bushra

------ اردو ------
محترم جناب/محترمہ
آج رات میرے شوہر نے چھوٹی بیٹی حرا پر ہاتھ اٹھایا۔ اس نے اس کے منہ پر دو بار مارا اور دیوار سے دھکا دیا۔ وہ کہتا ہے کہ اگر وہ دوبارہ روئی تو وہ اسے ختم کر دے گا۔
میں دونوں بچیوں کے ساتھ باتھ روم میں ہوں اور دروازہ بند ہے۔ براہ کرم کسی کو بھیجیں۔
بشریٰ

Sent from my Galaxy
""",
  atts=[], cat="urgent",
  exp=dict(kind="other", urgent=True, children=[("Hira Iqbal", "2038-08-02"), ("Maryam Iqbal", None)],
           concerns=["domestic_abuse", "physical_harm"], next_action="alert_duty"),
  why="Safety rule 1, at night (21:38 Tue, out of hours): a mother writing through a phone translator that her husband 'has hand heavy on the small one tonight and says will finish her', the 4-year-old hit and bleeding, mother and girls locked in the bathroom now; Urdu original below; no alarm words; a parent's mail asking no step -> other.")

# ------------------------------------------------------------------ knowsley_03 (near miss; Easter notice)
M(f="knowsley_03.eml", auth="knowsley", box="early_help_duty", date="2043-03-24 11:06", after=6, style="outlook",
  frm=("Oana Ristea-Mulligan", "oana.ristea-mulligan@knowsley.gov.uk"), to=[KE], cc=[],
  subject="Step down L3 - Andrei Popescu - ICS-1530271 - joint home visit Wed 1 April",
  body="""Hello Family First duty,

I would like to step Andrei Popescu (DOB 14/03/2034, ICS-1530271) down to Family First at Level 3 following the C&F assessment.

Joint home visit: Wednesday 1 April 2043 at 10:00, at the family home, 22 Sefton Row, Kirkby, L32 9ZZ. A Romanian interpreter (Ms Iuliana Marin) is booked for the visit.

Consent: mum, Elena Popescu, consented to the referral to Family First at my visit on 19 March through the interpreter. Her words were "Da, sunt de acord, vreau ajutor pentru școală" (yes, I agree, I want help for the school).

Some background so nobody is alarmed when they open the file. In October 2042 Andrei's father assaulted mum in front of Andrei and was arrested. He was convicted in December, has gone back to Romania, there is a non-molestation order, and there has been no contact of any kind since. Mum wrote to me last week (through her phone translator): "That story is closed. Before, he had hand heavy, now he is far and we are breathing." There are no current concerns about domestic abuse or about Andrei's safety at home.

What are we worried about?
Andrei's attendance has dropped to 81% this year and he has been low in mood since his dad left. Mum is isolated and has very little English, so she cannot talk to school herself.

What is working well?
Mum is warm and protective, she applied for the order herself and has kept to it. Andrei loves his football club and his teacher. School are supportive and have a Romanian-speaking TA.

What needs to happen?
A Family First case manager to support an attendance plan with school; ESOL classes for mum (she has asked); a mentoring or school counselling referral for Andrei's mood.

Thanks,
Oana

Oana Ristea-Mulligan
Social Worker, Children in Need Team 2
Knowsley Council
0151 496 0218
""",
  atts=[], cat="near_miss",
  exp=dict(kind="step_down", level=3, case_ids=["ICS-1530271"], children=[("Andrei Popescu", "2034-03-14")],
           concerns=["school_attendance"], consent=True, notice_ok=False, next_action="request_info"),
  facts={"meeting_details", "worries_strengths_next"}, meeting="2043-04-01 10:00",
  claims=[("2043-04-01", "Wednesday")],
  why="NEAR MISS - PAST AND RESOLVED: father's assault (Oct 2042) ended in conviction, return to Romania, an order and no contact ('he had hand heavy, now he is far'); complete L3 step-down (date, time, venue, three Signs of Safety headings, consent) but Tue 24 Mar -> Wed 1 Apr is 4 WD, not 5, because Good Friday 27 Mar and Easter Monday 30 Mar are bank holidays (6 plain weekdays) -> notice not ok, request_info.")

# ------------------------------------------------------------------ knowsley_04
M(f="knowsley_04.eml", auth="knowsley", box="mash_step_up", date="2043-01-29 14:18", after=9, style="outlook",
  frm=("Daniel Okafor-Reid", "daniel.okafor-reid@knowsley.gov.uk"), to=[KM], cc=[],
  subject="Step up - Al-Hassan - EHM-71204",
  body="""Hi,

Step up request for Omar Al-Hassan (d.o.b. 17/06/2032) and Lana Al-Hassan (d.o.b. 2036/11/02 as it is written on the family's papers, i.e. 2 November 2036), EHM-71204.

The concern is mainly non-engagement. Since October dad has cancelled or not been in for 7 of my 9 visits, the family did not come to the last two TAF meetings, and Omar's attendance is 71%. When I did get in (with an Arabic interpreter on the phone) dad said "the school is not my business, the boy is a man now". I think it came out harder through the interpreter than he meant it, but the pattern is clear.

Step up TAF booked for Wednesday 4 February at 13:30 on Teams - I know this is tight.

The step up form is attached. I haven't done the Engaging Families toolkit yet and the minutes of the last TAF are not typed up.

I talked it through with my team manager Sharon Whitfield this morning and she does not agree to the step up yet - she wants the Engaging Families toolkit completed first and will look at it again next week. I'm sending it now so MASH has sight of it.

Mum's view: not asked yet, the interpreter is booked for Monday.

Daniel

Daniel Okafor-Reid
Family First Case Manager
Knowsley Council
""",
  atts=[("FF Step Up request to CSC - Al-Hassan.docx", make_docx([
        "## FF Step Up request to CSC (Appendix 1)",
        ("table", [["Case ID on EHM:", "EHM-71204"], ["Children", "Omar Al-Hassan 17/06/2032; Lana Al-Hassan 02/11/2036"],
                   ["Date of step up TAF meeting:", "04/02/2043 13:30 (Teams)"],
                   ["Recent TAF meeting minutes attached:", "No - to follow"],
                   ["Management oversight", "Discussed with TM 29/01 - not agreed yet, TM wants Engaging Families toolkit first"]]),
        "## What are we worried about?", "Non-engagement with the TAF plan; Omar's attendance 71%.",
        "## What is working well?", "Mum attends school meetings when dad is at work; Lana settled in nursery.",
        "## What needs to happen?", "Engaging Families toolkit; decision on step up."], "FF Step Up request"), DOCX)],
  cat="ordinary",
  exp=dict(kind="step_up", case_ids=["EHM-71204"], children=[("Omar Al-Hassan", "2032-06-17"), ("Lana Al-Hassan", "2036-11-02")],
           concerns=["non_engagement", "school_attendance"], manager_agreed=False,
           missing=["engaging_families", "manager_agreed", "taf_minutes"], notice_ok=False, next_action="request_info"),
  docs={"step_up_form"}, facts={"meeting_details"}, meeting="2043-02-04 13:30", claims=[("2043-02-04", "Wednesday")],
  why="Knowsley step-up (REQUIREMENTS knowsley step_up): non_engagement needs engaging_families (not done), TAF minutes not typed, TM 'does not agree to the step up yet' -> manager_agreed false and missing; Thu 29 Jan -> Wed 4 Feb is 4 WD (< 5); mum 'not asked yet' -> consent null; a Syrian-style yyyy/mm/dd DOB.")

# ------------------------------------------------------------------ knowsley_05 (near miss: leaflet)
M(f="knowsley_05.eml", auth="knowsley", box="mash_step_up", date="2043-02-18 11:30", after=5, style="gmail",
  frm=("Halima Warsame", "halima.warsame@kmff.example.org"), to=[KM], cc=[],
  subject="Leaflet translation check - please can someone look before we print?",
  body="""Hello MASH team,

I am the community development worker at Knowsley Multicultural Families Forum. We are printing the "Keeping children safe at home" leaflet in Arabic, Urdu, Somali, Polish and Tigrinya for our spring drop-ins. A volunteer put it through an online translator and then translated it back into English so we could check it. The back-translation came out like this (copied exactly):

"If the father has hand heavy on the child, or the baby is colour of ash and not waking, or the children are alone many days behind the closed door, this is not a private matter of the family. You must call the number of the council or 999. If your heart is eating you about a child of the neighbour, speak, do not keep it in the stomach."

Our volunteers think the meaning is mostly right but the English is strange and we are worried the Somali and Tigrinya versions are just as odd. These are only the examples in the leaflet - there is no family or child behind this email, nothing has happened to anyone.

Two questions:
1. Could someone from MASH look at the wording (or tell us who does this at the council)?
2. Which number should we print for parents to call in the day, and which for nights and weekends?

Thank you very much,
Halima

Halima Warsame
Community Development Worker
Knowsley Multicultural Families Forum
""",
  atts=[], cat="near_miss",
  exp=dict(kind="other", next_action="human_review"),
  why="NEAR MISS - A COMMUNITY LEAFLET TRANSLATED BADLY: its back-translated examples ('hand heavy on the child', 'colour of ash and not waking', 'alone many days behind the closed door') are a leaflet's, 'no family or child behind this email'; safety rule 1 says bulletins listing examples must not trigger; an enquiry -> other, human_review.")

# ------------------------------------------------------------------ knowsley_06
M(f="knowsley_06.eml", auth="knowsley", box="early_help_duty", date="2043-02-11 09:38", after=8, style="outlook",
  frm=("Ruth Adeyemi", "ruth.adeyemi@knowsley.gov.uk"), to=[KE], cc=[("Lisa Brennan", "lisa.brennan@knowsley.gov.uk")],
  subject="Step down to Level 2 - Hodan & Abdirahman Farah - ICS-1519834 / ICS-1519835",
  body="""Good morning,

I am writing to let you know about a step down to Level 2 for Hodan Farah (DOB 05.07.2031) and Abdirahman Farah (DOB 21.01.2034), ICS-1519834 and ICS-1519835. Mum is Ifrah Mohamed Ali (Somali speaker; the family name order on the school system is "ALI Ifrah Mohamed", which has caused some confusion, so please use Ifrah Mohamed Ali).

Final CIN meeting: Thursday 19 February 2043 at 14:00, Family Room, Holly Bank Primary School, Huyton.

Lead Practitioner: Mrs Sahra Nur, Family Support Worker at Holly Bank Primary School, has agreed to take on the Lead Practitioner role after the step down.

Mum agreed to the step down through the Somali interpreter at the CIN review on 4 February ("Waan ku faraxsanahay" - "I am happy with it"). My manager Lisa Brennan (copied) agrees with the step down.

What are we worried about?
Abdirahman was diagnosed with autism in November and is waiting for an EHCP assessment; mum finds his meltdowns hard in a two-bedroom flat.

What is working well?
Mum has followed every part of the CIN plan. Hodan is doing well at school and the family have a good network at the mosque. The overcrowding concern is with housing, who have the family in band B.

What needs to happen?
School family support (Mrs Nur) to lead the EHA, support the EHCP application and link mum with the parent carers' forum; housing to continue the transfer.

Kind regards,
Ruth Adeyemi
Social Worker, Children in Need Team 1
Knowsley Council
""",
  atts=[], cat="ordinary",
  exp=dict(kind="step_down", level=2, case_ids=["ICS-1519834", "ICS-1519835"],
           children=[("Hodan Farah", "2031-07-05"), ("Abdirahman Farah", "2034-01-21")],
           concerns=["disability_send"], consent=True, manager_agreed=True, notice_ok=True, next_action="book_meeting"),
  facts={"meeting_details", "worries_strengths_next", "lead_practitioner"}, meeting="2043-02-19 14:00",
  claims=[("2043-02-19", "Thursday")],
  why="Complete Knowsley Level 2 step-down (REQUIREMENTS knowsley step_down L2): date, time and venue, all three Signs of Safety headings, Lead Practitioner named with agency; Wed 11 Feb -> Thu 19 Feb is 6 WD; consent through a Somali interpreter; mum's name written surname-first on the school system is an adult, not a child.")

# ------------------------------------------------------------------ knowsley_07 (URGENT, weekend)
M(f="knowsley_07.eml", auth="knowsley", box="early_help_duty", date="2043-02-07 07:52", after=3, style="iphone",
  frm=("Abrehet Woldu", "abrehet.woldu52@example.com"), to=[KE], cc=[],
  subject="baby Yonas",
  body="""Hello good morning

I am grandmother of Yonas. I write with google translate, my English is small.

The baby is not waking and is colour of ash. I shake him little and he is soft like cloth. His breathing is little little with a noise, his lips are blue colour.

The parents are not home. They go out Friday in the night and they are not come back, the phone of my daughter Selam is closed. I am old, I do not know the number for the ambulance of this country and my phone has no credit for calling, only the wifi.

In the kitchen there are many bottles of alcohol and a small bag with white powder on the table, near the bottle of the baby.

The baby name is Yonas Tesfay, he is born 14/10/2042 (in the church calendar 4 Tikimti 2035). His sister Luwam is 3 years, she is sleeping.

We are at flat 3, 41 Bewley Drive, Kirkby. Your address is on the letter on the fridge.

Please somebody come, I am alone with him.

Abrehet

ህጻን የሲን ኣይበራበርን ዘሎ፣ ሕብሩ ከም ሓሙኽሽቲ እዩ። ወለዲ ኣብ ገዛ የለዉን። በጃኹም ሓደ ሰብ ስደዱ።

Sent from my iPhone
""",
  atts=[], cat="urgent",
  exp=dict(kind="other", urgent=True, children=[("Yonas Tesfay", "2042-10-14")],
           concerns=["neglect", "substance_misuse"], next_action="alert_duty"),
  why="Safety rule 1 at the weekend (Sat 07:52, out of hours): a grandmother writing through Google Translate that the 4-month-old 'is not waking and is colour of ash', lips blue, parents out since Friday night with alcohol and white powder left by the baby's bottle; Tigrinya below; no alarm words; Luwam is named by first name only (not labelled).")

# ------------------------------------------------------------------ knowsley_08 (meeting reply)
M(f="knowsley_08.eml", auth="knowsley", box="mash_step_up", date="2043-01-16 15:12", after=6, style="itip_outlook",
  frm=("Katarzyna Zielińska", "k.zielinska@lingualink.example.com"), to=[KM], cc=[],
  subject="Accepted: Step up TAF meeting - Kowalczyk - EHM-70388 [SB-knowsley-37]",
  body="""I will be there to interpret for Pani Agnieszka. Please send me the Teams link also to my private address, the agency system is blocking the external links. Dziękuję.
""",
  ics=dict(method="REPLY", uid="040000008200E00074C5B7101A82E00800000000" + "70388KOW", summary="Step up TAF meeting - Kowalczyk - EHM-70388 [SB-knowsley-37]",
           start="20430121T100000Z", end="20430121T113000Z", organizer=("Bethany Lloyd-Hughes", "bethany.lloyd-hughes@knowsley.gov.uk"),
           attendees=[("Katarzyna Zielińska", "k.zielinska@lingualink.example.com", "ACCEPTED")], stamp="20430116T151200Z",
           comment="I will be there to interpret for Pani Agnieszka. Please send me the Teams link also to my private address, the agency system is blocking the external links. Dziękuję."),
  atts=[], cat="ordinary",
  exp=dict(kind="meeting_reply", case_ids=["EHM-70388"], next_action="record_reply"),
  why="Outlook iTIP REPLY (METHOD:REPLY, PARTSTAT=ACCEPTED) with a COMMENT from the Polish interpreter for knowsley_01's step-up TAF (Wed 21 Jan 10:00); the comment carries no risk; SUMMARY carries EHM-70388 -> meeting_reply, record_reply.")

# ------------------------------------------------------------------ richmond_wandsworth_01
M(f="richmond_wandsworth_01.eml", auth="richmond_wandsworth", box="mash_step_up", date="2043-01-19 10:44", after=5, style="outlook",
  frm=("Priscilla Mensah-Barker", "priscilla.mensah-barker@richmondandwandsworth.gov.uk"), to=[RM],
  cc=[("Tomás Ferreira", "tomas.ferreira@richmondandwandsworth.gov.uk")],
  subject="Step Up - Souza Lima children - Mosaic 3308812",
  body="""Dear MASH colleagues,

I am requesting a step up to Children's Services for Gabriel Souza Lima (DOB 03/07/2033) and Beatriz Souza Lima (DOB 28/02/2037), Mosaic ID 3308812. The Early Help worker is Tomás Ferreira (Family Practitioner, Wandsworth Early Help), copied, who speaks Portuguese with the family.

As the Early Help Team Manager I agree with this step up. The latest case summary is attached.

Rationale for step up
Mum, Luciana Souza Lima, has a long history of depression. Since November she has stopped her medication and spends most days in bed. Gabriel (9) is doing the cooking and getting Beatriz to nursery before his own school day. Home conditions are getting worse and there is often no food in the flat at the end of the week. Eight weeks of level 3 work, including a GP link and a Portuguese-speaking mums' group, have not shifted this, and mum has not been able to use the support. Her message to Tomás last week, which she wrote in Portuguese and translated herself, said: "I am without forces, the house is falling on my head" ("a casa está a cair-me em cima" - an expression for being overwhelmed, not a building problem). We think a statutory assessment is needed.

Consent: Tomás explained the step up to mum in Portuguese on 16 January and she agreed to it; dad lives in Portugal and has no contact.

There are no immediate safeguarding concerns today and no one has been hurt.

Kind regards,
Priscilla

Priscilla Mensah-Barker
Early Help Team Manager (West)
Wandsworth Children's Services
020 7946 0412
""",
  atts=[("Case summary - Souza Lima - Jan 2043.pdf", make_pdf("Case summary - Souza Lima", """Early Help case summary
Family: Souza Lima. Mosaic 3308812. Prepared 16/01/2043 by Tomas Ferreira.
Children: Gabriel Souza Lima (03/07/2033), Beatriz Souza Lima (28/02/2037).
Parent: Luciana Souza Lima (mum). Language: Portuguese.
Summary: EH since November 2042 (level 3). Mum's depression; stopped medication; Gabriel caring for his sister and for mum;
food insecurity; home conditions poor. Plan: GP link, mums' group, school support. Progress: limited.
Recommendation: step up to Children's Services for a Child and Family Assessment."""), PDF)],
  cat="ordinary",
  exp=dict(kind="step_up", case_ids=["3308812"], children=[("Gabriel Souza Lima", "2033-07-03"), ("Beatriz Souza Lima", "2037-02-28")],
           concerns=["neglect", "parental_mental_health", "young_carer"], consent=True, manager_agreed=True, next_action="book_meeting"),
  docs={"case_summary", "rationale"},
  why="Complete Richmond & Wandsworth step-up from the Early Help Team Manager (REQUIREMENTS richmond_wandsworth step_up): case summary .pdf, rationale under its own heading; 'Mosaic ID 3308812' -> '3308812'; a Portuguese idiom explained; 'no immediate safeguarding concerns today' is negated.")

# ------------------------------------------------------------------ richmond_wandsworth_02 (URGENT)
M(f="richmond_wandsworth_02.eml", auth="richmond_wandsworth", box="mash_step_up", date="2043-03-09 16:22", after=4, style="gmail",
  frm=("Nusrat Chowdhury", "nusrat.j.chowdhury2027@example.com"), to=[RM], cc=[],
  subject="help me please, I am student of Year 11",
  body="""Hello,

I am Nusrat Jahan Chowdhury, I am 15 years, born 15-06-2027. I am in Year 11 at Elmbridge Green Academy in Tooting. I am in England only 7 months, so I write in Bangla and the computer change it to English, sorry.

My family will send me to the village on Thursday to marry. The ticket is for Thursday night from Heathrow. The man is the son of my father's cousin, he is 31 years. I said I do not want, I want to finish the school and be a doctor. On Saturday my father beat me with the belt for saying this, my back still has the marks. My mother took my passport and my phone, I write this from the library computer at school.

My father says if I make shame on the family, I will not come back from Bangladesh alive.

Please do not call my house or tell my father I wrote, he will know. I stay at school until 5 o'clock today and tomorrow I am at school from 8.30.

Nusrat

আমার পরিবার আমাকে বৃহস্পতিবার বিয়ে দেওয়ার জন্য গ্রামে পাঠাবে। আমি বিয়ে করতে চাই না। শনিবার আমার বাবা আমাকে বেল্ট দিয়ে মেরেছে। দয়া করে আমার বাড়িতে ফোন করবেন না।
""",
  atts=[], cat="urgent",
  exp=dict(kind="other", urgent=True, children=[("Nusrat Jahan Chowdhury", "2027-06-15")],
           concerns=["physical_harm"], next_action="alert_duty"),
  claims=[("2043-03-12", "Thursday")],
  why="Safety rule 1: a 15-year-old writing through a translator that her family 'will send me to the village on Thursday to marry' (flight booked, passport and phone taken), beaten with a belt on Saturday and threatened; she is at school until 5pm today; Bengali original below; no alarm words; concerns physical_harm (forced marriage has no id of its own).")

# ------------------------------------------------------------------ richmond_wandsworth_03 (near miss: war story)
M(f="richmond_wandsworth_03.eml", auth="richmond_wandsworth", box="early_help_duty", date="2043-02-03 12:10", after=5, style="outlook",
  frm=("Hannah Kowalewski-Price", "hannah.kowalewski-price@richmondandwandsworth.gov.uk"), to=[RE], cc=[],
  subject="Step down - Bondarenko - Mosaic 3295501",
  body="""Hi Early Help duty,

Confirming the step down we discussed by phone this morning for Sofiia Bondarenko (21.10.2033) and Matvii Bondarenko (30.01.2037), Mosaic 3295501. The case discussion is agreed with your duty team manager for Friday 6 February at 10:00 on Teams.

Attached: latest case summary and the draft plan for Early Help.

Consent: mum, Oksana Bondarenko, consents to Early Help continuing the plan - she signed the consent with the Ukrainian interpreter on 30 January. My team manager agrees with the step down.

You will see that the case summary quotes mum's letter for the assessment, which she wrote in Ukrainian and put through a translator herself:

"In Kharkiv the bombs were falling and we sat three days in the cellar, the children cried and there was no water. My heart is eating me when I remember. But here it is quiet. Sofiia has friends and Matvii speaks English better than me."

That is their history, not a current worry. The family have been in Wandsworth since 2040 and are settled and safe. What Early Help would carry on with is mum's low mood (GP is treating it and she goes to counselling at the Ukrainian centre) and her wish to find work.

У Харкові падали бомби, і ми три дні сиділи в підвалі. Серце мене їсть, коли я згадую. Але тут тихо.

Thanks,
Hannah

Hannah Kowalewski-Price
Social Worker, Family Support and Safeguarding (Wandsworth)
""",
  atts=[("Case summary Bondarenko Jan 2043.pdf", make_pdf("Case summary - Bondarenko", """Case summary - Mosaic 3295501
Children: Sofiia Bondarenko (21.10.2033), Matvii Bondarenko (30.01.2037). Mother: Oksana Bondarenko.
Arrived from Ukraine 2040 (Homes for Ukraine), now in a council tenancy.
CIN since September 2042: mum's depression after the death of her husband in the war (2039).
Progress: GP treatment, counselling at the Ukrainian community centre; children attending well (97%, 95%).
Mum's letter (translated): 'In Kharkiv the bombs were falling and we sat three days in the cellar... But here it is quiet.'
Recommendation: step down to Early Help."""), PDF),
        ("Draft plan for Early Help - Bondarenko.docx", make_docx([
        "## Draft plan for Early Help - Bondarenko", "Mosaic 3295501",
        ("table", [["What needs to happen", "Who", "By when"],
                   ["Continue counselling at the Ukrainian centre", "Mum / counsellor", "Ongoing"],
                   ["Employment support referral", "Early Help worker", "March 2043"],
                   ["Check in with school termly", "Early Help worker", "Each term"]])], "Draft plan"), DOCX)],
  cat="near_miss",
  exp=dict(kind="step_down", case_ids=["3295501"], children=[("Sofiia Bondarenko", "2033-10-21"), ("Matvii Bondarenko", "2037-01-30")],
           concerns=["parental_mental_health"], consent=True, manager_agreed=True, next_action="book_meeting"),
  docs={"case_summary", "draft_plan"}, claims=[("2043-02-06", "Friday")],
  why="NEAR MISS - A STORY ABOUT THE OLD COUNTRY: bombs, a cellar and 'my heart is eating me when I remember' are the family's war history, 'not a current worry'; complete Richmond & Wandsworth step-down (case summary, draft plan, consent) -> book_meeting; Ukrainian original pasted; current concern is mum's treated low mood.")

# ------------------------------------------------------------------ richmond_wandsworth_04
M(f="richmond_wandsworth_04.eml", auth="richmond_wandsworth", box="early_help_duty", date="2043-02-25 15:35", after=7, style="outlook",
  frm=("Kwame Asante-Lowe", "kwame.asante-lowe@richmondandwandsworth.gov.uk"), to=[RE], cc=[],
  subject="Step down request - Haddad family (Mosaic 3310947)",
  body="""Hello,

I'd like to start a step down to Early Help for Yusuf Haddad (DOB 9/4/2031) and Rima Haddad (DOB 17/12/2034), Mosaic 3310947.

The case summary is attached. The draft plan will follow once we have agreed it with the family.

Consent is the sticking point. At today's visit, through the Arabic interpreter, dad (Mr Samir Haddad) declined Early Help: "We thank you, but we do not want more people in our house. We manage alone, God is generous." Mum did not want to go against him. So at the moment the family are not consenting. I would still like the case discussion so we can think together about how to offer it in a way that fits them - the remaining need is Rima's speech and language delay and her SEN support at school.

I can do Monday or Tuesday next week for the discussion.

Best wishes,
Kwame

Kwame Asante-Lowe
Social Worker, Assessment Team (Richmond)
Achieving for Children
""",
  atts=[("Case summary Haddad Feb 2043.docx", make_docx([
        "## Case summary - Haddad - Mosaic 3310947",
        "Children: Yusuf Haddad (09/04/2031), Rima Haddad (17/12/2034). Parents: Samir and Hala Haddad. Arabic speakers.",
        "C&F assessment completed 20/02/2043: no safeguarding concerns; needs around Rima's speech, language and SEN support; dad out of work.",
        "Recommendation: step down to Early Help if the family agree."], "Case summary"), DOCX)],
  cat="ordinary",
  exp=dict(kind="step_down", case_ids=["3310947"], children=[("Yusuf Haddad", "2031-04-09"), ("Rima Haddad", "2034-12-17")],
           concerns=["disability_send"], consent=False, missing=["consent", "draft_plan"], next_action="request_info"),
  docs={"case_summary"},
  why="Richmond & Wandsworth step-down (REQUIREMENTS: case_summary, draft_plan, consent): case summary .docx attached, draft plan 'will follow', consent refused through the Arabic interpreter -> consent false; both missing -> request_info.")

# ------------------------------------------------------------------ richmond_wandsworth_05 (URGENT, evening)
M(f="richmond_wandsworth_05.eml", auth="richmond_wandsworth", box="early_help_duty", date="2043-01-22 19:04", after=3, style="iphone",
  frm=("Grażyna Lewandowska", "grazyna.lewandowska@example.com"), to=[RE], cc=[],
  subject="children alone flat 14",
  body="""Good evening,

I am neighbour from flat 12, Ferrier House, Putney. I write by translator because my English is weak.

The children in flat 14 are alone three days. The door is closed, they cry. I hear them through the wall in the night and today all day. The mother I did not see since Monday morning, she went with a suitcase.

The boy, maybe 6 years, spoke to me through the letterbox today at 6 o'clock. He said they eat only the dry bread and the small sister is sick, she vomits, and the light is gone because the card of the electricity is finished. It is very cold in the corridor.

I knocked many times, no adult opens. I don't know the family name, on the door is only the number 14. The boy is called Kacper I think, the small girl maybe 2 years.

I was scared to call the police because of my papers, I don't know is it right. Please somebody go there tonight.

Grażyna (flat 12)

Dzieci z mieszkania 14 są same od trzech dni. Drzwi są zamknięte, one płaczą. Matki nie widziałam od poniedziałku. Proszę, niech ktoś tam dziś pójdzie.

Sent from my iPhone
""",
  atts=[], cat="urgent",
  exp=dict(kind="other", urgent=True, concerns=["neglect"], next_action="alert_duty"),
  why="Safety rule 1 in the evening (Thu 19:04, out of hours): a Polish neighbour writing through a translator that the children 'are alone three days, the door is closed, they cry', a 2-year-old vomiting, no electricity; no alarm words; the children are unnamed (Kacper by first name only) so children [].")

# ------------------------------------------------------------------ richmond_wandsworth_06 (near miss: bins)
M(f="richmond_wandsworth_06.eml", auth="richmond_wandsworth", box="mash_step_up", date="2043-02-10 09:15", after=6, style="gmail",
  frm=("Abdullahi Hussein Jama", "a.h.jama@example.com"), to=[RM], cc=[],
  subject="complain about the rubbish bins - children in danger of disease",
  body="""To the Council,

I am Jama Abdullahi Hussein (in the form of the council my family name is first, sorry for confusing), I live in Wendover Court, Roehampton, with my wife and four children.

I write to make the complain. The bins of our building are not collected since three weeks. The rubbish is on the floor and the rats are coming. My children are in danger of the sickness from this. My son Abdirahman says he saw a rat more big than a cat near the door of the building.

Also the lorry of the bins drives very fast in our small road when it comes, it is dangerous, one day it will kill a child. Nobody is hurt, thanks God, but I want the council to come and clean and to speak with the driver.

I did not find the email of the rubbish department, so please give this to the right people.

Thank you,
Jama

Ku: Golaha. Qashinka dhismahayaga lama qaadin saddex toddobaad. Jiirku waa soo galayaan. Carruurtaydu waxay khatar ugu jiraan cudur.
""",
  atts=[], cat="near_miss",
  exp=dict(kind="other", next_action="human_review"),
  why="NEAR MISS - A TRANSLATED COMPLAINT ABOUT BINS: 'children in danger of disease', 'dangerous', 'one day it will kill a child' are about rubbish and a bin lorry, 'Nobody is hurt'; misdirected to the MASH step-up inbox -> other, human_review; the son is named by first name only.")

# ------------------------------------------------------------------ richmond_wandsworth_07 (follow-up to _04)
M(f="richmond_wandsworth_07.eml", auth="richmond_wandsworth", box="early_help_duty", date="2043-03-02 11:20", after=5, style="outlook_reply",
  frm=("Kwame Asante-Lowe", "kwame.asante-lowe@richmondandwandsworth.gov.uk"), to=[RE], cc=[],
  subject="RE: [SB-richmond_wandsworth-318] Step down request - Haddad family (Mosaic 3310947)",
  body="""Hello,

Please find the draft plan for Early Help attached for Yusuf Haddad and Rima Haddad.

Update on consent: I went back on Friday with a different interpreter (a woman from the same region as the family, which made a big difference). Mr and Mrs Haddad both now agree to Early Help continuing the plan. Mr Haddad said "if the help is for the children's school, then yes, we accept", and both of them signed the consent form.

Thanks,
Kwame

From: Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>
Sent: 25 February 2043 15:43
To: Kwame Asante-Lowe <kwame.asante-lowe@richmondandwandsworth.gov.uk>
Subject: [SB-richmond_wandsworth-318] Step down request - Haddad family (Mosaic 3310947)

Thank you, your step-down request has been received (reference SB-richmond_wandsworth-318).

Still needed before the case discussion can go ahead:
- the draft plan for Early Help
- the family's consent to Early Help continuing the plan

Reply to this email, keeping the reference in the subject, to add them.
Early Help business support
""",
  hdrs={"In-Reply-To": "<sb-richmond_wandsworth-318@stepbot.richmondandwandsworth.gov.uk>",
        "References": "<sb-richmond_wandsworth-318@stepbot.richmondandwandsworth.gov.uk>"},
  atts=[("Draft plan for Early Help - Haddad.docx", make_docx([
        "## Draft plan for Early Help - Haddad family (Mosaic 3310947)",
        ("table", [["What needs to happen", "Who", "By when"],
                   ["Speech and language therapy for Rima continues in school", "SENCo / SALT", "Summer term"],
                   ["Parent workshop on reading at home (Arabic-speaking facilitator)", "Early Help worker", "April 2043"],
                   ["Employment and benefits advice for dad", "Early Help worker", "March 2043"]])], "Draft plan"), DOCX)],
  cat="ordinary",
  exp=dict(kind="follow_up", case_ids=["3310947"], children=[("Yusuf Haddad", None), ("Rima Haddad", None)],
           consent=True, next_action="attach_to_request"),
  why="Outlook reply to [SB-richmond_wandsworth-318] (richmond_wandsworth_04's request) adding the draft plan; consent now given through a second interpreter ('both of them signed') -> consent true (the latest statement wins); a follow_up has no requirements -> missing [], attach_to_request.")

# ------------------------------------------------------------------ richmond_wandsworth_08 (out of office)
M(f="richmond_wandsworth_08.eml", auth="richmond_wandsworth", box="mash_step_up", date="2043-01-21 10:02", after=2, style="ooo",
  frm=("Tomás Ferreira", "tomas.ferreira@richmondandwandsworth.gov.uk"), to=[RM], cc=[],
  subject="Automatic reply: [SB-richmond_wandsworth-301] Step-up case discussion - Souza Lima",
  body="""Thank you for your email. I am out of the office until Monday 26 January 2043 with limited access to email.

For Portuguese interpreting requests please contact the Language Line desk. If you have an immediate safeguarding concern about a child please call the MASH duty desk, or 999 in an emergency.

Obrigado pelo seu e-mail. Estou fora do escritório até segunda-feira, 26 de janeiro de 2043. Se tiver uma preocupação urgente com a segurança de uma criança, ligue para a MASH ou para o 999.

Tomás Ferreira
Family Practitioner, Wandsworth Early Help
""",
  hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All", "Precedence": "auto_reply"},
  atts=[], cat="ordinary",
  exp=dict(kind="auto_reply", next_action="ignore"),
  claims=[("2043-01-26", "Monday")],
  why="Bilingual (English/Portuguese) Outlook out-of-office (Auto-Submitted: auto-replied, 'Automatic reply:') to a stepbot message; its 'immediate safeguarding concern' and 999 are boilerplate -> auto_reply, ignore (safety rule 2: never answered).")
