#!/usr/bin/env python3
"""mixed127: builds 40 .eml files, labels.json and categories.json, then self-checks.
Theme: children living away from home at school. Window: autumn term 2043 (Wed 2 Sep - Fri 18 Dec).
Stdlib only: DOCX and PDF attachments are written by hand (zipfile / raw PDF objects)."""
import datetime as dt, io, json, os, re, sys, zipfile, email, email.policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

HERE = os.path.dirname(os.path.abspath(__file__))
BST = dt.timezone(dt.timedelta(hours=1)); GMT = dt.timezone.utc
BANK_HOLIDAYS_2043 = {dt.date(2043, 8, 31), dt.date(2043, 12, 25), dt.date(2043, 12, 26), dt.date(2043, 12, 28)}
WIN = (dt.date(2043, 9, 2), dt.date(2043, 12, 18))
BANNED = ["urgent", "immediate", "immediately", "emergency", "at risk", "risk of harm", "danger", "dangerous", "asap"]
BOX = {
    "knowsley": {"mash_step_up": "knowsleymash@knowsley.gov.uk", "early_help_duty": "FamilyFirst0-18DutyMailbox@knowsley.gov.uk"},
    "richmond_wandsworth": {"mash_step_up": "MASH-StepUP@richmondandwandsworth.gov.uk", "early_help_duty": "EarlyHelpDuty@richmondandwandsworth.gov.uk"},
    "tower_hamlets": {"mash_step_up": "MAST@towerhamlets.gov.uk", "early_help_duty": "EarlyHelpHub@towerhamlets.gov.uk"},
    "torbay": {"mash_step_up": "mash@torbay.gov.uk", "early_help_duty": "earlyhelp@torbay.gov.uk"},
    "herefordshire": {"mash_step_up": "mash@herefordshire.gov.uk", "early_help_duty": "earlyhelpcoordinators@herefordshire.gov.uk"},
}

def tz_for(d):  # BST ends 01:00 UTC Sunday 25 October 2043
    return BST if d < dt.date(2043, 10, 25) else GMT

def at(y, m, d, hh, mm):
    day = dt.date(y, m, d)
    return dt.datetime(y, m, d, hh, mm, tzinfo=tz_for(day))

def wd_between(today, meeting):
    n, d = 0, today
    while d < meeting:
        d += dt.timedelta(days=1)
        if d.weekday() < 5 and d not in BANK_HOLIDAYS_2043:
            n += 1
    return n

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def docx(paras):
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(p) for p in paras)
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % body)
    return b.getvalue()

def pdf(lines):
    def pe(s):
        return s.encode("latin-1", "replace").decode("latin-1").replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT /F1 11 Tf 50 790 Td 14 TL"] + ["(%s) '" % pe(l) for l in lines] + ["ET"]
    stream = "\n".join(ops).encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    out = bytearray(b"%PDF-1.4\n"); offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out)); out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return bytes(out)

DOCX_T = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
MAILS = []

def mail(file, auth, mailbox, when, frm, subject, text=None, html=None, atts=(), cat="ordinary", expect=None, why="",
         headers=None, cc=None, to=None, mins=4, html_only=False, calendar=None, raw_text_cte=None):
    MAILS.append(dict(file=file, auth=auth, mailbox=mailbox, when=when, frm=frm, subject=subject, text=text, html=html,
                      atts=list(atts), cat=cat, expect=expect, why=why, headers=headers or {}, cc=cc, to=to, mins=mins,
                      html_only=html_only, calendar=calendar))

def E(kind, urgent=False, level=None, case_ids=(), children=(), concerns=(), consent=None, manager_agreed=None,
      missing=(), notice_ok=None, next_action=None):
    if next_action is None:
        next_action = ("alert_duty" if urgent else {"auto_reply": "ignore", "meeting_reply": "record_reply",
                       "follow_up": "attach_to_request", "other": "human_review"}.get(kind)
                       or ("request_info" if (missing or notice_ok is False) else "book_meeting"))
    return {"kind": kind, "urgent": urgent, "level": level, "case_ids": list(case_ids),
            "children": [{"name": n, "dob": d} for n, d in children], "concerns": sorted(concerns),
            "consent": consent, "manager_agreed": manager_agreed, "missing": sorted(missing),
            "notice_ok": notice_ok, "next_action": next_action}

# =============================== KNOWSLEY ===============================
K1 = at(2043, 9, 14, 10, 12)
mail("knowsley_01.eml", "knowsley", "mash_step_up", K1,
     '"Bernadette Okafor-Lyons" <bernadette.okafor-lyons@knowsley.gov.uk>',
     "Step Up request - Jakub Wiśniewski - EHM-61204 - TAF Wed 23/09 10am",
     """Hi MASH,

Please find attached the step up request for Jakub Wiśniewski (DOB 04/03/2032), EHM-61204.

Jakub is a weekly boarder at Halewood Grange residential special school (Mon-Fri, home every weekend to mum in Huyton). The school's residential staff are reporting that he comes back on Monday mornings in the same clothes he left in on Friday, unwashed, hungry ("first thing he asks for is toast, every week"), and twice this term without his medication for the weekend having been given. At home the house is very cold and there is little food. The level 3 plan has not shifted this in 14 weeks.

Concerns: neglect. Graded Care Profile 2 completed with mum on 8 September and attached.

My team manager Corinne Oduya has read the request and agrees to the step up.

The step-up TAF meeting is booked for Wednesday 23rd September 2043 at 10:00, Teams. I'm sending the invite to the MASH inbox and MASH business support separately and inviting the current TAF members (school, residential lead, school nurse, GP practice).

Attached: Step Up SOS form, GCP2, last TAF minutes (02/09/2043).

Thanks
Bernadette

Bernadette Okafor-Lyons
Family First Case Manager (Level 3)
Knowsley Council | 0151 496 0732
""",
     atts=[("Step Up SOS form - J Wisniewski.docx", docx(["Knowsley Step Up Request (Appendix 1)", "Child: Jakub Wiśniewski  DOB 04/03/2032", "EHM: EHM-61204", "Concern: neglect during home weekends; weekly boarder at Halewood Grange", "Team manager agreement: Corinne Oduya, 11/09/2043", "Step-up TAF: Wednesday 23 September 2043 10:00, Microsoft Teams"]), DOCX_T),
           ("GCP2 Wisniewski 08.09.43.pdf", pdf(["Graded Care Profile 2 - summary", "Child: Jakub Wisniewski", "Completed 08/09/2043 with mother", "Physical care: grade 4; Safety: grade 3; Love and care: grade 2"]), ("application", "pdf")),
           ("TAF minutes 02.09.2043 Wisniewski.pdf", pdf(["TAF meeting minutes 02/09/2043", "Present: mum, Halewood Grange residential lead, school nurse, FF case manager", "Agreed: consider step up if no change by mid-September"]), ("application", "pdf"))],
     expect=E("step_up", case_ids=["EHM-61204"], children=[("Jakub Wiśniewski", "2032-03-04")], concerns=["neglect"],
              manager_agreed=True, missing=[], notice_ok=True),
     why="Complete Knowsley step-up (REQUIREMENTS knowsley step_up): form, GCP2 for neglect and TAF minutes attached, TM agreed, EHM id, meeting Wed 23 Sep 10:00 is 7 WD after Mon 14 Sep (>=5); boarding only as context; consent not mentioned.")

K2 = at(2043, 10, 1, 14, 31)
mail("knowsley_02.eml", "knowsley", "mash_step_up", K2,
     '"Danny McGuire" <danny.mcguire@knowsley.gov.uk>',
     "step up - Kiera-Jade Heffernan EHM-60877",
     None,
     html="""<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Morning all (afternoon now!)</p>
<p>Step-up for <b>Kiera-Jade Heffernan</b>, d.o.b. 17.11.2030, EHM-60877. Kiera-Jade is at a boarding school in Cheshire on a bursary, 52 week placement funded by... actually no, she is 38-week, term time only. Dad has not answered a single call from the school or from me since June, did not attend either TAF, did not reply to the letter about her residential review, and the school cannot get consent signed for her trip and for her dental treatment. Non-engagement is the main concern, plus her attendance dropped when dad kept her home after the last exeat (missed 9 days).</p>
<p>TM (Farid Quayle) has agreed this should go.</p>
<p>Step-up TAF booked <b>07/10/2043 at 13:30</b>, Kirkby office room 2 / Teams. I know it's short notice, sorry, was the only date the school's head of boarding could do.</p>
<p>Form and TAF minutes attached. I haven't done the Engaging Families toolkit yet.</p>
<p>Danny<br>Family First Case Manager</p></div>""",
     html_only=True,
     atts=[("StepUp form Heffernan.docx", docx(["Step up request form", "Kiera-Jade Heffernan 17/11/2030", "EHM-60877", "Concerns: non-engagement of father; school attendance", "TM agreed: Farid Quayle"]), DOCX_T),
           ("TAF minutes Sept Heffernan.pdf", pdf(["TAF minutes 16/09/2043", "Father did not attend. Head of boarding present."]), ("application", "pdf"))],
     expect=E("step_up", case_ids=["EHM-60877"], children=[("Kiera-Jade Heffernan", "2030-11-17")], concerns=["non_engagement", "school_attendance"],
              manager_agreed=True, missing=["engaging_families"], notice_ok=False),
     why="HTML-only Knowsley step-up for non-engagement without the Engaging Families toolkit (knowsley: engaging_families when non_engagement); meeting 07/10 13:30 is only 4 WD after Thu 1 Oct (<5), so request_info.")

K3 = at(2043, 11, 10, 16, 42)
mail("knowsley_03.eml", "knowsley", "mash_step_up", K3,
     '"Revd. Alistair Penhaligon (DSL)" <dsl@stcolumbashouse.org.uk>',
     "FW: Conversation with Ellis tonight - Year 8 boarder (Knowsley child)",
     """Dear colleagues,

I am the DSL at St Columba's House. Ellis is a Knowsley child (mum lives in Prescot) who boards with us. Please read matron's note below, which she wrote straight after he spoke to her at 16:15 today. I have not yet spoken to the member of staff concerned. Mr Haverford is on the rota as the night house parent in Aidan House tonight, from 21:00, and Ellis sleeps in Aidan House. I need to know what you want me to do before 9pm. My mobile is 07700 900 418.

Alistair Penhaligon
Designated Safeguarding Lead, St Columba's House

---------- Forwarded message ----------
From: Mrs Gráinne Tully (Matron) <matron@stcolumbashouse.org.uk>
Date: Tue, 10 Nov 2043 at 16:31
Subject: Conversation with Ellis tonight - Year 8 boarder
To: dsl@stcolumbashouse.org.uk

Ellis Fairbrother-Nkemelu, Y8, DOB 22/06/2031, came to the san at 16:15 asking for something to help him sleep. When I asked why he said "because Mr Haverford comes in when he's on nights". He said Mr H comes into the dorm after lights out when the others are asleep, sits on his bed and puts his hand under the duvet, and tells him it's their secret and that he'll lose his boarding place if he tells. He said it's happened "loads of times since half term", the last time was Thursday. He asked me who is on tonight. I checked the rota and it is Mr Haverford. Ellis was shaking and asked if he could sleep in the san. He is with me in the san now.

Gráinne
""",
     cat="urgent",
     expect=E("other", urgent=True, children=[("Ellis Fairbrother-Nkemelu", "2031-06-22")], concerns=["sexual_harm"]),
     why="Safety rule 1: a boarder's disclosure (forwarded matron's note) that a night house parent touches him in the dorm after lights-out, and the same man is on duty in his boarding house from 21:00 tonight; not a step-up request, so kind other.")

K4 = at(2043, 10, 16, 15, 23)
mail("knowsley_04.eml", "knowsley", "mash_step_up", K4,
     '"Head of Boarding - Merevale Hall" <boarding@merevalehall.sch.uk>',
     "Exeat collection - Tamsin Rourke (Y6) - father left with her in car",
     """To Knowsley MASH

I am ringing you too but your line is engaged so I'm sending this at the same time.

Tamsin Rourke, aged 10 (DOB 30/01/2033), Knowsley address, boards with us weekly. Her father Mr Kevin Rourke arrived at 15:05 for exeat collection. He smelled strongly of alcohol, was slurring, and stumbled on the steps; he had a can of lager open in the car door. I asked him to wait and said we would call a taxi or her mum. He refused, picked Tamsin up and put her in the back of his car, a silver Vauxhall Astra, registration begins LV19, and drove off down the school drive at 15:12 clipping the gatepost on the way out. He will be driving on the M6 / M62 towards Huyton now, about 80 miles. Mum (Leanne, separated, has the child arrangements order) says he is not meant to have her this weekend.

Police informed at 15:14, log 0784. 

Mrs Priya Venkataraman
Head of Boarding, Merevale Hall
01632 960 212

Sent from my iPad
""",
     cat="urgent",
     expect=E("other", urgent=True, children=[("Tamsin Rourke", "2033-01-30")], concerns=["substance_misuse"]),
     why="Safety rule 1: a father visibly drunk at exeat collection has just driven off with a 10-year-old boarder and is on the motorway now; a police log does not make it resolved; no step-up process asked, so kind other.")

K5 = at(2043, 11, 21, 23, 27)
mail("knowsley_05.eml", "knowsley", "mash_step_up", K5,
     '"Marisol Quintero" <marisol.q.liverpool@gmail.com>',
     "my son at boarding school please someone help",
     """hello I dont know if this is right email I found it on the council website for Knowsley children.

My son Mateo Quintero-Byrne he is 13 (born 5 april 2030) he is boarder at Ashworth Towers school in the Lake District. He text me at 23.10 tonight, I copy exactly:

"mum the housemaster is drunk hes shouting and he hit me in the face and kicked me when i was on the floor, my lip is bleeding. im locked in the bathroom on 2nd floor hes banging on the door saying hes going to teach me. please dont ring school he has the phone"

I have ring him back and he whisper he is still in the bathroom and the man is still outside. I am in Knowsley, it is 2 hours drive. The school number goes to answerphone. I ring police 101 but they say call 999 I am doing now but please also you help. My English is not so good sorry.

Marisol Quintero
07700 900 981

Sent from my Galaxy
""",
     cat="urgent",
     expect=E("other", urgent=True, children=[("Mateo Quintero-Byrne", "2030-04-05")], concerns=["physical_harm", "substance_misuse"]),
     why="Safety rule 1, at night on a Saturday: a mother (non-native English) quotes her 13-year-old's text - a drunk housemaster hit and kicked him and is banging on the bathroom door he is locked behind, now; out of hours, so EDT.")

K6 = at(2043, 11, 3, 11, 5)
mail("knowsley_06.eml", "knowsley", "early_help_duty", K6,
     '"Oisín Mac Giolla Phádraig" <oisin.macgiollaphadraig@knowsley.gov.uk>',
     "Step down to Level 2 - Roxanne Baptiste-Kerr - ICS 3318472",
     """Hi Family First Duty,

Step down request to LEVEL 2 for Roxanne Baptiste-Kerr, DOB 09/12/2031, ICS 3318472 (CIN).

Background: Roxanne boards Monday to Friday at Whitestone Hall. She was made subject to CIN after she ran off from school after lights-out on 10 September - for clarity she was found by the house parent in the school grounds (by the sports hall) 40 minutes later, was back in bed by 23:15 and was never off site. The return interview found it was about a falling-out with her dorm, not anyone outside school. No further missing episodes since; no exploitation concerns identified.

What are we worried about: Roxanne's low mood on Sunday nights before returning, and mum's limited routines at weekends.
What is working well: she has a good relationship with her house parent and matron; mum attends every review; no repeat episodes in 8 weeks.
What needs to happen: level 2 support from school pastoral team; mum to use the school's Sunday-night video call; TAF reviews at school.

Proposed Lead Practitioner: Ms Adaeze Chukwu, Pastoral Lead, Whitestone Hall (adaeze.chukwu@whitestonehall.sch.uk, 01632 960 455). She has agreed.

Mum has consented to the step down. My TM, Desmond Faulk, agreed in supervision on 2/11.

Final CIN meeting: Thursday 12th November 2043, 10:00, at Whitestone Hall (meeting room by the boarding office).

Thanks
Oisín
Social Worker, CIN Team
""",
     cat="near_miss",
     expect=E("step_down", level=2, case_ids=["3318472"], children=[("Roxanne Baptiste-Kerr", "2031-12-09")], concerns=["missing"],
              consent=True, manager_agreed=True, missing=[], notice_ok=True),
     why="Near miss (resolved): the lights-out running off was in September, she was found in the grounds within 40 minutes; complete Knowsley level 2 step-down (meeting details, all three Signs of Safety headings, named lead practitioner with agency); Thu 12 Nov is 7 WD after Tue 3 Nov; 'ICS 3318472' labelled as the number.")

K7 = at(2043, 9, 24, 13, 48)
mail("knowsley_07.eml", "knowsley", "mash_step_up", K7,
     '"Hollie Stansfield" <h.stansfield@knowsleyboardinghouse.org.uk>',
     "Question for MASH re: training day scenarios (boarding staff)",
     """Hi,

I'm putting together the INSET session for our boarding staff on 5 October and want to make sure the scenarios match what you'd expect from us. Nothing has happened - these are made-up examples for the session:

1. If a parent arrived for exeat collection and we thought they'd been drinking, would we ring MASH or the police first, and can we refuse to hand the child over?
2. If a boarder went missing after lights-out and a member of the public said they'd seen a child getting into a car, at what point do we phone you?
3. If a boarder said a member of staff had been coming into their dorm at night, would we speak to LADO before or after MASH?

Would someone from the MASH be able to come and talk for 20 minutes? Happy to pay travel.

Kind regards
Hollie Stansfield
Deputy Head of Boarding
""",
     cat="near_miss",
     expect=E("other"),
     why="Near miss (hypothetical / training): made-up scenarios for an INSET session, 'Nothing has happened'; an enquiry, not a request, so other -> human_review.")

K8_ics = """BEGIN:VCALENDAR\r
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r
VERSION:2.0\r
METHOD:REPLY\r
BEGIN:VEVENT\r
ATTENDEE;PARTSTAT=ACCEPTED;CN="Siobhan Ferraro-Lunt":mailto:s.ferraro-lunt@halewoodgrange.sch.uk\r
COMMENT:Accepted. I'm Jakub's residential lead - I'll join from school and bring the weekend handover log. Could the chair note he returns on Monday 21st as usual.\r
DTSTART;TZID=GMT Standard Time:20430923T100000\r
DTEND;TZID=GMT Standard Time:20430923T113000\r
DTSTAMP:20430917T084100Z\r
ORGANIZER;CN="Bernadette Okafor-Lyons":mailto:bernadette.okafor-lyons@knowsley.gov.uk\r
SEQUENCE:0\r
SUMMARY:Accepted: Step-up TAF - Jakub W - EHM-61204\r
UID:040000008200E00074C5B7101A82E008000000004AF3C1B2@knowsley.gov.uk\r
END:VEVENT\r
END:VCALENDAR\r
"""
mail("knowsley_08.eml", "knowsley", "mash_step_up", at(2043, 9, 17, 9, 41),
     '"Siobhan Ferraro-Lunt" <s.ferraro-lunt@halewoodgrange.sch.uk>',
     "Accepted: Step-up TAF - Jakub W - EHM-61204",
     "Accepted. I'm Jakub's residential lead - I'll join from school and bring the weekend handover log.\n",
     calendar=K8_ics,
     expect=E("meeting_reply", case_ids=["EHM-61204"]),
     why="Outlook iTIP REPLY (PARTSTAT=ACCEPTED) with a COMMENT from the residential lead for knowsley_01's step-up TAF; meeting_reply -> record_reply, no requirements.")

# =============================== RICHMOND & WANDSWORTH ===============================
mail("richmond_wandsworth_01.eml", "richmond_wandsworth", "mash_step_up", at(2043, 9, 9, 11, 20),
     '"Yetunde Bankole-Harris" <yetunde.bankole-harris@richmondandwandsworth.gov.uk>',
     "Step up to Children's Services - Florian & Anouk Desrosiers (Mosaic 2290417)",
     """Dear MASH,

Following our reflective discussion on Monday I am stepping up Florian Desrosiers (DOB 2033-07-11) and Anouk Desrosiers (DOB 2036-02-19), Mosaic ID 2290417, to Children's Services.

Florian is a flexi-boarder (Tues-Thurs nights) at a prep school in Surrey and the school's house parents have now logged four occasions this term where he arrived back on Tuesday with marks he explained as "Dad's belt, only because I was naughty". Dad does not dispute using physical chastisement. Anouk is at home full time. Early Help have worked with the family for 7 months; the parenting work has not been taken up.

As the Early Help Team Manager I have agreed the step-up. The latest case summary and the rationale are attached.

Regards
Yetunde Bankole-Harris
Early Help Team Manager, Wandsworth
""",
     html="""<p>Dear MASH,</p><p>Following our reflective discussion on Monday I am stepping up <b>Florian Desrosiers</b> (DOB 2033-07-11) and <b>Anouk Desrosiers</b> (DOB 2036-02-19), Mosaic ID 2290417, to Children's Services.</p><p>Florian is a flexi-boarder (Tues-Thurs nights) at a prep school in Surrey and the school's house parents have now logged four occasions this term where he arrived back on Tuesday with marks he explained as &quot;Dad's belt, only because I was naughty&quot;. Dad does not dispute using physical chastisement. Anouk is at home full time. Early Help have worked with the family for 7 months; the parenting work has not been taken up.</p><p>As the Early Help Team Manager I have agreed the step-up. The latest case summary and the rationale are attached.</p><p>Regards<br>Yetunde Bankole-Harris<br>Early Help Team Manager, Wandsworth</p>""",
     atts=[("Case summary - Desrosiers - Sept 2043.docx", docx(["Latest case summary", "Florian Desrosiers 11/07/2033, Anouk Desrosiers 19/02/2036", "Mosaic 2290417", "Flexi-boarding Tue-Thu; marks logged by house parents on four Tuesdays"]), DOCX_T),
           ("Rationale for step up - Desrosiers.docx", docx(["Rationale for step up to Children's Services", "Repeated physical chastisement with a belt; parenting work declined."]), DOCX_T)],
     expect=E("step_up", case_ids=["2290417"], children=[("Florian Desrosiers", "2033-07-11"), ("Anouk Desrosiers", "2036-02-19")], concerns=["physical_harm"],
              manager_agreed=True, missing=[]),
     why="Complete Richmond & Wandsworth step-up from the Early Help Team Manager (REQUIREMENTS richmond_wandsworth step_up: case summary and rationale attached); marks are past and logged, nothing tonight; no notice rule, so notice_ok null; book_meeting.")

mail("richmond_wandsworth_02.eml", "richmond_wandsworth", "early_help_duty", at(2043, 10, 6, 14, 2),
     '"Tomasz Zieliński" <tomasz.zielinski@richmondandwandsworth.gov.uk>',
     "Step down - Priyanka Raghunathan - Mosaic 2278801",
     """Hi,

Further to my call with the duty TM (Lorcan) this morning, confirming the case discussion for Priyanka Raghunathan, dob 14 Feb 2034, Mosaic 2278801, on Friday 9 October at 2pm (Teams).

Priyanka is a full boarder (38-week) at a school for children with visual impairment in Worcester, home every other weekend and holidays to mum in Twickenham. The CIN plan was about mum's housing and the home-weekend transport; both now sorted.

Case summary and draft EH plan attached. I have not yet asked mum about Early Help continuing the plan - I'll ask her at the exeat pick-up on Friday and let you know.

Thanks
Tomasz
Social Worker, Richmond CIN
""",
     atts=[("Raghunathan case summary.pdf", pdf(["Case summary - Priyanka Raghunathan 14/02/2034", "Mosaic 2278801", "38-week residential placement (VI school)"]), ("application", "pdf")),
           ("Draft Early Help plan - Raghunathan.docx", docx(["Draft plan for Early Help", "Home-weekend transport; housing; school liaison"]), DOCX_T)],
     expect=E("step_down", case_ids=["2278801"], children=[("Priyanka Raghunathan", "2034-02-14")], concerns=["disability_send"],
              consent=None, missing=["consent"]),
     why="Richmond & Wandsworth step-down with case summary and draft plan but consent still to be asked ('I'll ask her at the exeat pick-up'), so consent null and missing consent (REQUIREMENTS richmond_wandsworth step_down).")

mail("richmond_wandsworth_03.eml", "richmond_wandsworth", "mash_step_up", at(2043, 11, 30, 13, 6),
     '"Nurse Felicity Adjei-Mensah" <health@thornbury-sen.org.uk>',
     "Kofi Owusu-Blackwood (9) - body map after home weekend - goes home with dad again at 4pm",
     """To Wandsworth MASH,

Kofi Owusu-Blackwood, 9 years old (date of birth 3 August 2034), Wandsworth child, 52-week residential placement at Thornbury School (autism, non-verbal, uses a few Makaton signs).

Kofi came back from his home weekend with dad at 11:40 today. When care staff changed him they found new bruising: four oval bruises in a row on the back of his left upper arm, a bruise behind his right ear, and a bruise across both buttocks about 10cm long. None of these were on his body map when he left on Friday (attached, both versions). He flinched and signed "stop" when the staff member raised her hand to take his jumper off. He cannot tell us what happened.

Dad phoned at 12:30 to say Kofi left his tablet at home and he will come back at 4pm today to collect him for an extra night, which the placement plan allows. Nobody has said he can't. Dad will be here in under three hours.

Please tell us what to do when dad arrives. I am on 01632 960 733 until 6pm.

Felicity Adjei-Mensah RGN
School Nurse, Thornbury School
""",
     atts=[("Body map Kofi O-B Friday and Monday.pdf", pdf(["Body map - Kofi Owusu-Blackwood", "Fri 27/11/2043 15:30: no marks", "Mon 30/11/2043 11:50: 4 oval bruises back of L upper arm; bruise behind R ear; linear bruise across buttocks ~10cm"]), ("application", "pdf"))],
     cat="urgent",
     expect=E("other", urgent=True, children=[("Kofi Owusu-Blackwood", "2034-08-03")], concerns=["disability_send", "physical_harm"]),
     why="Safety rule 1: a non-verbal 9-year-old returns from a home weekend with new patterned bruising and is due to leave again with the same father at 4pm today; a school nurse's report, not a step-up, so other.")

mail("richmond_wandsworth_04.eml", "richmond_wandsworth", "mash_step_up", at(2043, 10, 22, 12, 51),
     '"Dr Hannelore Vogt" <h.vogt@kingsmeadcollege.org.uk>',
     "Fwd: Aaliyah - half term flight today",
     """Forwarding what our matron sent me twenty minutes ago. Aaliyah's home address is in Putney. She flies on her own from Edinburgh at 19:05 tonight (unaccompanied, school escort to the gate only) and lands at Heathrow 20:35, where her stepfather is collecting her. Mum is in Lagos until the 2nd. Aaliyah is in my office and does not want to get on the plane. I am the DSL. 0131 496 0188.

H. Vogt

Begin forwarded message:

> From: "Matron - Ravelston House" <matron.ravelston@kingsmeadcollege.org.uk>
> Subject: Aaliyah
> Date: 22 October 2043 at 12:29:44 BST
>
> Aaliyah Okonkwo-Reid (Y9, 29.05.2029) just told me in the san that her stepdad "does stuff to me at night when mum's on nights" - she said he gets into her bed and touches her and makes her touch him, and it's why she asked to board. She said mum is away all of half term so it will be just her and him from tonight. She's been crying since. Please come to the san.
> Siân
""",
     cat="urgent",
     expect=E("other", urgent=True, children=[("Aaliyah Okonkwo-Reid", "2029-05-29")], concerns=["sexual_harm"]),
     why="Safety rule 1, read through the forwarded history: a boarder flying home alone tonight discloses that the stepfather who will collect her at Heathrow sexually abuses her, and she will be alone with him from tonight.")

mail("richmond_wandsworth_05.eml", "richmond_wandsworth", "mash_step_up", at(2043, 12, 2, 21, 34),
     '"Luca Fernández" <lucafdz2030@hotmail.co.uk>',
     "help please",
     """hi im Luca im 13 and i board at Fenwick Abbey school but my mum lives in richmond. i got this email of the poster in the boarding house common room.

the year 11s in my house lock me in the drying room most nights and take my phone. tonight one of them said after the house parent does the 10 oclock check they are going to take me to the boiler room and hold my hand on the pipe like they did to Ollie last year and they showed me a lighter. theres 4 of them. i cant tell the house parent because hes friends with them and he laughs. i dont want to be here tonight. 

im writing this on my ipad under the covers. please dont tell them it was me

Luca Fernández
born 16/1/2030
Hawthorn House
""",
     cat="urgent",
     expect=E("other", urgent=True, children=[("Luca Fernández", "2030-01-16")], concerns=["physical_harm"]),
     why="Safety rule 1, a child's own email at 21:34: older boarders plan to take a 13-year-old to the boiler room and burn his hand after the 10 o'clock check tonight, and the house parent sides with them; out of hours, so EDT.")

mail("richmond_wandsworth_06.eml", "richmond_wandsworth", "early_help_duty", at(2043, 11, 16, 10, 14),
     '"Chiamaka Ezeh" <chiamaka.ezeh@richmondandwandsworth.gov.uk>',
     "Step down case discussion confirmed - Rafferty O'Sullivan (Mosaic 2266140)",
     """Hello Early Help Duty,

Confirming the step-down case discussion agreed with Keziah Bloom by phone today: Thursday 19 November 2043, 11:00, Teams.

Child: Rafferty O'Sullivan, DOB 27/08/2032, Mosaic 2266140. Weekly boarder at a music school, home to dad in Wandsworth at weekends.

For the record, because it will be in the file: in 2041 Rafferty told matron that a former house parent used to come into the junior dorm at night. That man was suspended the same day, LADO investigated, he was dismissed and barred in 2042, and he has had no contact with the school or Rafferty since. Rafferty had therapy through the school and is doing well. That is not the reason for our involvement now, which was dad's depression after his partner's death; dad is now well supported by his GP and a bereavement service.

Dad and Rafferty both agree to Early Help continuing the plan (consent recorded on Mosaic 12/11). The school's pastoral deputy, Mr Nnamdi Eze, has agreed to be Lead Professional.

Latest case summary and draft EH plan attached.

Chiamaka Ezeh
Social Worker, Wandsworth Children in Need
""",
     atts=[("O'Sullivan case summary Nov 2043.docx", docx(["Case summary", "Rafferty O'Sullivan 27/08/2032", "Mosaic 2266140"]), DOCX_T),
           ("O'Sullivan draft early help plan.docx", docx(["Draft Early Help plan", "Lead Professional: Nnamdi Eze, pastoral deputy"]), DOCX_T)],
     cat="near_miss",
     expect=E("step_down", case_ids=["2266140"], children=[("Rafferty O'Sullivan", "2032-08-27")], concerns=["parental_mental_health"],
              consent=True, missing=[]),
     why="Near miss (historic, resolved): a 2041 house-parent disclosure dealt with by LADO, the man dismissed and barred; complete Richmond & Wandsworth step-down (case summary, draft plan, consent) for dad's mental health.")

mail("richmond_wandsworth_07.eml", "richmond_wandsworth", "mash_step_up", at(2043, 9, 3, 9, 37),
     '"Compliance Office - Barnes Riverside School" <compliance@barnesriverside.sch.uk>',
     "Updated Boarding Safeguarding & Child Protection Policy 2043-44 (for information)",
     """Dear MASH team,

As required by the National Minimum Standards for Boarding Schools, please find attached for information our updated Boarding Safeguarding & Child Protection Policy for 2043-44. No action is needed.

Summary of the changes this year:
- Section 6 (Missing boarders): if a boarder is not in their bed at the lights-out check, the house parent searches the house and grounds for no more than 20 minutes, then calls the police and the parents.
- Section 8 (Exeat and collection): staff will not release a child to an adult who appears to be under the influence of alcohol or drugs; if the adult leaves with the child, staff call 999.
- Section 11 (Allegations against staff): any allegation that a member of boarding staff has entered a dormitory inappropriately at night is referred to the LADO within one working day; the member of staff is removed from night duty pending the outcome.

Kind regards
Compliance Office
""",
     atts=[("Boarding Safeguarding Policy 2043-44.pdf", pdf(["Barnes Riverside School - Boarding Safeguarding and Child Protection Policy 2043-44", "6. Missing boarders ...", "8. Exeat and collection: staff will not release a child to an adult under the influence ...", "11. Allegations against staff ..."]), ("application", "pdf"))],
     cat="near_miss",
     expect=E("other"),
     why="Near miss (a policy): a boarding school's safeguarding policy sent for information, listing missing boarders, drunk collectors and night-time dorm allegations as rules, not events; other -> human_review.")

mail("richmond_wandsworth_08.eml", "richmond_wandsworth", "early_help_duty", at(2043, 10, 12, 9, 18),
     '"Tomasz Zieliński" <tomasz.zielinski@richmondandwandsworth.gov.uk>',
     "RE: [SB-richmond_wandsworth-2207] Step down - Priyanka Raghunathan - Mosaic 2278801",
     """Morning,

Consent: I saw mum at the exeat pick-up on Friday and she is happy for Early Help to continue the plan - she signed the consent form, attached. Priyanka also said yes (with the caveat that "nobody makes me go to the dentist on my weekend home").

Tomasz

-----Original Message-----
From: Richmond & Wandsworth stepbot <EarlyHelpDuty@richmondandwandsworth.gov.uk>
Sent: 06 October 2043 14:07
Subject: [SB-richmond_wandsworth-2207] Step down - Priyanka Raghunathan - Mosaic 2278801

Thank you, your step-down request has been received.
Still needed: confirmation that the child, young person and family consent to Early Help continuing the plan.
""",
     atts=[("Consent form signed - Raghunathan.pdf", pdf(["Consent to Early Help", "Parent: Mrs Lakshmi Raghunathan", "Signed 09/10/2043"]), ("application", "pdf"))],
     expect=E("follow_up", case_ids=["2278801"], children=[("Priyanka Raghunathan", None)], consent=True),
     why="Outlook reply to [SB-richmond_wandsworth-2207] (richmond_wandsworth_02's request) adding mum's signed consent; follow_up -> attach_to_request, missing [] as follow-ups carry no requirements.")

# =============================== TOWER HAMLETS ===============================
mail("tower_hamlets_01.eml", "tower_hamlets", "early_help_duty", at(2043, 9, 21, 15, 2),
     '"Shamima Akhtar" <shamima.akhtar@towerhamlets.gov.uk>',
     "Step down to Early Help - Ayaan Chowdhury (Mosaic 1950336) - TAF 29/09",
     """Dear Early Help Hub,

I am stepping down Ayaan Chowdhury, DOB 12/05/2035, Mosaic 1950336, following the end of the Child and Family Assessment on 16 September.

Ayaan has a 38-week placement at a residential school for deaf children in Margate and comes home to Poplar for holidays and alternate weekends. The assessment was about his parents' difficulty managing his behaviour at home during holidays; with the school's outreach worker supporting the family in the holidays this has settled.

Parents have consented to the step down (signed, on Mosaic). Lead practitioner: Ms Rehana Begum, Family Support Worker, Stepney Green Family Hub, who has met the family.

I will chair the TAF meeting on Tuesday 29 September 2043 at 10:30, at the Family Hub, and the minutes will be on Mosaic within the 10 working days.

Attached: C&FA and the draft plan.

Shamima Akhtar
Social Worker, Disabled Children's Team
""",
     atts=[("CFA Ayaan Chowdhury Sept 2043.pdf", pdf(["Child and Family Assessment", "Ayaan Chowdhury 12/05/2035", "Completed 16/09/2043"]), ("application", "pdf")),
           ("Draft TAF plan Chowdhury.docx", docx(["Draft plan", "Holiday outreach; BSL classes for parents; school liaison"]), DOCX_T)],
     expect=E("step_down", case_ids=["1950336"], children=[("Ayaan Chowdhury", "2035-05-12")], concerns=["disability_send"],
              consent=True, missing=[]),
     why="Complete Tower Hamlets step-down (REQUIREMENTS tower_hamlets step_down: assessment, draft plan, consent, named lead practitioner with agency); the TAF is arranged by the social worker; book_meeting.")

mail("tower_hamlets_02.eml", "tower_hamlets", "mash_step_up", at(2043, 11, 25, 10, 40),
     '"Farhan Siddiqui" <f.siddiqui@towerhamlets.gov.uk>',
     "MAST step up request - Imani Tshabalala-Brown, Mosaic 1988215",
     """Hi MAST,

Please see attached the Multi-Agency Request for Support for Imani Tshabalala-Brown (dob 08-03-2031), Mosaic 1988215.

Imani returned from her boarding school in Kent at the start of November on a managed move and has refused to go back; since then she has been going missing overnight from home (three nights, returning in the morning), with new older friends and new clothes nobody can account for. Mum is struggling. Concerns are missing episodes and possible exploitation.

I've discussed with my manager but she is on leave until Monday so I don't have her sign-off yet - will forward when I do.

Farhan Siddiqui
Early Help Practitioner
""",
     atts=[("MARF Imani Tshabalala-Brown.docx", docx(["Multi-Agency Request for Support form", "Child: Imani Tshabalala-Brown 08/03/2031", "Mosaic 1988215", "Missing overnight x3; possible exploitation"]), DOCX_T)],
     expect=E("step_up", case_ids=["1988215"], children=[("Imani Tshabalala-Brown", "2031-03-08")], concerns=["exploitation", "missing"],
              manager_agreed=None, missing=["manager_agreed"]),
     why="Tower Hamlets MAST step-up with the Request for Support form but manager sign-off pending ('on leave until Monday'), so manager_agreed null and missing (REQUIREMENTS tower_hamlets step_up); past missing nights, she is home now.")

mail("tower_hamlets_03.eml", "tower_hamlets", "mash_step_up", at(2043, 12, 9, 16, 55),
     '"Nusrat Jahan" <nusrat.jahan@towerhamlets.gov.uk>',
     "MAST request - Zainab Ahmed-Lindqvist (Mosaic 1971042) - messages from house parent",
     """Hi MAST,

Request for support attached for Zainab Ahmed-Lindqvist, 14, dob 21.04.2029, Mosaic 1971042. My manager Maryam Okonjo has seen this and agreed it comes to you today. Zainab weekly-boards at Harrowden School in Essex and is home in Bow at weekends.

Zainab's mum brought Zainab's old phone to me at 16:20; it still syncs Zainab's messages. Since October there are messages from "Mr T" - Zainab confirms this is Mr Tobias Trelawney, a house parent in her boarding house. I've copied the last ones exactly:

Mr T (Tue 15:02): you looked beautiful at prep tonight. our secret ok x
Mr T (Wed 14:41): I'll be outside the back of the sports hall at 11 tonight. car. bring a hoodie. we'll go to mine. delete this
Zainab (Wed 14:49): ok x
Mr T (Wed 14:50): good girl. nobody needs to know

Today is Wednesday. Zainab is at school now and will be in the boarding house tonight. Mum has not told the school yet because she doesn't know who to trust there.

Nusrat Jahan
Early Help Practitioner, Bow Family Hub
""",
     atts=[("Request for Support - Z Ahmed-Lindqvist.docx", docx(["Multi-Agency Request for Support form", "Zainab Ahmed-Lindqvist 21/04/2029", "Mosaic 1971042", "Manager agreement: Maryam Okonjo"]), DOCX_T)],
     cat="urgent",
     expect=E("step_up", urgent=True, case_ids=["1971042"], children=[("Zainab Ahmed-Lindqvist", "2029-04-21")], concerns=["sexual_harm"],
              manager_agreed=True, missing=[]),
     why="Safety rule 1: an otherwise complete MAST step-up quotes a house parent's messages arranging to drive a 14-year-old boarder to his flat at 11 tonight; urgent overrides book_meeting -> alert_duty.")

mail("tower_hamlets_04.eml", "tower_hamlets", "mash_step_up", at(2043, 12, 17, 12, 8),
     '"Callum Ó Dálaigh - Residential Social Worker" <callum.odalaigh@oakfieldschool.org.uk>',
     "Reuben Sackey-Holt - home for Christmas at 15:00 today - Mr Dwayne Pike at mum's address",
     """Dear MAST,

Reuben Sackey-Holt (DOB 11/11/2032), 38-week placement at Oakfield School, Tower Hamlets child. Term ends today and his transport home to mum's flat in Limehouse leaves here at 15:00, arriving about 17:30.

At 11:15 today Reuben's mum rang to say her new partner, Dwayne Pike, has moved in with her. I checked with the police public protection unit who worked with us last year: Mr Pike is a registered sex offender with conditions that he must not live in a household with a child under 16, and he was convicted of offences against a boy of Reuben's age. Mum says "he's changed" and that Reuben will be sharing the flat with them for the whole four weeks.

Reuben is 11 and has a learning disability. The taxi firm and escort are booked and will arrive at 14:45. I am not able to cancel the transport without someone from the council telling me to.

Callum Ó Dálaigh
Residential Social Worker, Oakfield School
01632 960 540
""",
     cat="urgent",
     expect=E("other", urgent=True, children=[("Reuben Sackey-Holt", "2032-11-11")], concerns=["disability_send", "sexual_harm"]),
     why="Safety rule 1: an 11-year-old on a 38-week placement is being driven home at 15:00 today to live with a registered sex offender barred from households with children; not a MAST request, so other.")

mail("tower_hamlets_05.eml", "tower_hamlets", "early_help_duty", at(2043, 9, 15, 19, 48),
     '"Ruksana Miah" <ruksana.miah77@yahoo.co.uk>',
     "my son is unhappy at boarding school",
     """Hello,

Sorry if this is the wrong place. My son Ishaan (11, dob 02/02/2032) started boarding at a school in Suffolk two weeks ago on a scholarship. Every night on FaceTime he cries and says he hates it and wants to come home, he says the food is horrible and he misses his brother and the cat. He says he's "dying of homesickness".

I asked him properly if anyone is hurting him or being unkind and he said no, nobody, the house parents are nice and his matron gives him hot chocolate, he just misses home. The school says this is very normal in the first half term and they have a buddy for him. I am not worried he is unsafe, I just want to know if there's any family support for us as I feel so guilty.

Thank you
Ruksana
""",
     cat="near_miss",
     expect=E("other", children=[("Ishaan", "2032-02-02")]),
     why="Near miss (homesickness, negated): a parent's enquiry; she asked and 'nobody' is hurting him and says he is not unsafe; not a step-down, so other -> human_review.")

mail("tower_hamlets_06.eml", "tower_hamlets", "early_help_duty", at(2043, 11, 4, 11, 33),
     '"Oluwadamilare Adebayo" <oluwadamilare.adebayo@towerhamlets.gov.uk>',
     "Step down - Noor & Hamza Qureshi - Mosaic 1942876 / 1942877",
     """Hi EH Hub

Step-down for Noor Qureshi (DOB 19/07/2030) and Hamza Qureshi (DOB 06/01/2034), Mosaic 1942876 and 1942877. C&FA ended 30 October.

The original concern in the summer was that Noor (a boarder in Dorset) would be flown home alone for half term and left with nobody to meet her; that did not happen - she flew home as an unaccompanied minor on 23 October, the airline handed her to her aunt at Heathrow as arranged, and the half term went well. Parents now share the holiday travel with the school's escort.

Parents have signed consent (on file). C&FA and draft plan attached. Lead practitioner still to be agreed with the family - I'm meeting them Monday.

Thanks
Dami
""",
     atts=[("CFA Qureshi Oct 2043.pdf", pdf(["Child and Family Assessment - Qureshi siblings", "ended 30/10/2043"]), ("application", "pdf")),
           ("Draft plan Qureshi.docx", docx(["Draft plan", "Holiday travel; respite for parents"]), DOCX_T)],
     cat="near_miss",
     expect=E("step_down", case_ids=["1942876", "1942877"], children=[("Noor Qureshi", "2030-07-19"), ("Hamza Qureshi", "2034-01-06")],
              consent=True, missing=["lead_practitioner"]),
     why="Near miss (negated / resolved): the flying-home-alone worry 'did not happen', she was met by her aunt as arranged; Tower Hamlets step-down missing only the lead practitioner ('still to be agreed').")

mail("tower_hamlets_07.eml", "tower_hamlets", "mash_step_up", at(2043, 10, 7, 8, 2),
     '"Boarding Schools Safeguarding Forum" <bulletin@bssf-news.org.uk>',
     "BSSF Bulletin October 2043: exeat season, missing boarders and staff boundaries",
     """BOARDING SCHOOLS SAFEGUARDING FORUM - MONTHLY BULLETIN - OCTOBER 2043

In this issue
1. Exeat season: what to do when a parent arrives to collect a boarder and appears drunk - a case study from a member school (2042), and the model script for staff.
2. Missing after lights-out: learning from a review where a boarder was seen getting into a car near school; the child was found safe the next day. Key lesson: call the police as soon as the house search ends.
3. Staff boundaries at night: the new LADO guidance on house parents entering dormitories.
4. Flying alone: checklists for unaccompanied-minor travel at half term.

This bulletin is for training and information only. It does not describe any live case.

To unsubscribe, reply UNSUBSCRIBE.
""",
     headers={"List-Id": "BSSF Bulletin <bulletin.bssf-news.org.uk>", "List-Unsubscribe": "<mailto:bulletin@bssf-news.org.uk?subject=unsubscribe>", "Precedence": "list"},
     cat="near_miss",
     expect=E("other"),
     why="Near miss (bulletin): a newsletter listing past case studies and examples (drunk collector, boarder into a car, night-time boundaries); safety rule 1 says bulletins that list examples must not trigger; no Auto-Submitted, so other.")

mail("tower_hamlets_08.eml", "tower_hamlets", "early_help_duty", at(2043, 10, 27, 9, 0),
     '"Gwendolyn Achterberg" <g.achterberg@thamesbankschool.org.uk>',
     "Automatic reply: [SB-tower_hamlets-1186] TAF minutes due - Ayaan Chowdhury",
     """Thank you for your email. I am the Head of Boarding and I am away with the Year 9 boarders on the half-term residential trip until Monday 2 November, with limited access to email.

For boarding matters please contact the duty house parent on 01632 960 901. For safeguarding please contact our DSL, Mr Kwabena Osei.

Gwendolyn Achterberg
Head of Boarding
""",
     headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All", "In-Reply-To": "<sb-tower_hamlets-1186-r1@towerhamlets.gov.uk>"},
     expect=E("auto_reply", case_ids=[], children=[("Ayaan Chowdhury", None)]),
     why="Outlook out-of-office from a head of boarding (Auto-Submitted: auto-replied) to a stepbot reminder; RFC 3834 / safety rule 2: auto_reply -> ignore.")

# =============================== TORBAY ===============================
mail("torbay_01.eml", "torbay", "early_help_duty", at(2043, 10, 13, 10, 26),
     '"Bethany Tregunna" <bethany.tregunna@torbay.gov.uk>',
     "Triage slot please - step down level 3 - Seren Pascoe-Adeleke LCS 774102",
     """Hi Early Help,

Please could I have a triage slot for a step down to level 3 Early Help for Seren Pascoe-Adeleke (born 30 September 2031), LCS 774102.

Seren has been a weekly boarder at a school in Somerset since September, which was part of the plan; she goes home to mum in Paignton on Friday nights. The Single Assessment (attached) recommends stepping down: mum's drinking is now managed through Torbay drug and alcohol service and weekends have been settled for eight weeks.

My team manager, Ross Killigrew, has completed his analysis in the assessment confirming the threshold for level 3 is met, and he agrees. Mum has given consent for level 3 Early Help.

Thanks,
Bethany
Social Worker, Single Assessment Team
""",
     atts=[("Single Assessment - S Pascoe-Adeleke - TM analysis.pdf", pdf(["Single Assessment", "Seren Pascoe-Adeleke 30/09/2031 - LCS 774102", "Team manager analysis: threshold for level 3 met - R. Killigrew"]), ("application", "pdf"))],
     expect=E("step_down", level=3, case_ids=["774102"], children=[("Seren Pascoe-Adeleke", "2031-09-30")], concerns=["substance_misuse"],
              consent=True, manager_agreed=True, missing=[]),
     why="Complete Torbay level 3 step-down (REQUIREMENTS torbay step_down: Single Assessment with TM analysis, manager agreement, consent); child over 5 so the weekly Tuesday triage; book_meeting.")

mail("torbay_02.eml", "torbay", "mash_step_up", at(2043, 11, 18, 14, 12),
     '"Alfie Lugg" <alfie.lugg@torbay.gov.uk>',
     "Contact to MASH - step up - Dominik Kowalczyk-Rowe (EHM-20931)",
     """Hello MASH

Step-up contact for Dominik Kowalczyk-Rowe, DOB 2030.06.15, EHM-20931.

Dominik boards at a residential special school in Exeter (52-week placement; home one weekend in four). On his last three home weekends dad's neighbours have reported shouting and Dominik has returned to school with scratches he says are from the dog. Dad consents to the referral and says he wants help.

My team manager, Sally-Anne Boase, does not agree that this needs considering for level 4 at this point - she wants us to try a further six weeks with the school's outreach service first. I disagree and am sending this so it can be looked at.

Alfie Lugg
Early Help Worker, Level 3
""",
     expect=E("step_up", case_ids=["EHM-20931"], children=[("Dominik Kowalczyk-Rowe", "2030-06-15")], concerns=["disability_send", "physical_harm"],
              consent=True, manager_agreed=False, missing=["manager_agreed"]),
     why="Torbay step-up with dad's consent but the team manager 'does not agree', so manager_agreed false and missing (REQUIREMENTS torbay step_up: consent, manager_agreed); past scratches, nothing tonight.")

mail("torbay_03.eml", "torbay", "mash_step_up", at(2043, 11, 26, 23, 52),
     '"Nathaniel Hocking (duty housemaster)" <n.hocking@dartmoorhighschool.org.uk>',
     "Missing boarder - Harvey Lethbridge, 12 - since lights out",
     """To whoever is on tonight -

Harvey Lethbridge, 12 (d.o.b. 19 March 2031), Torbay child (mum in Brixham), a boarder in Tavy House.

Lights out 21:30, Harvey in bed. At the 22:30 check his bed was empty and his window open. We have searched the house and grounds. At 23:05 the groundsman saw a boy matching Harvey (grey school hoodie, no coat) getting into the passenger side of a dark estate car in the lay-by on the B3212 outside the back gate; the car drove towards Moretonhampstead. Harvey does not have a phone with him - it is on his bed. Mum has not collected him and says she knows no one with that car. He has been messaging an "older friend called Jay" on his tablet for the last fortnight.

Police called 23:10, ref 1123. I'm on the house phone 01632 960 377 all night.

N. Hocking
""",
     cat="urgent",
     expect=E("other", urgent=True, children=[("Harvey Lethbridge", "2031-03-19")], concerns=["exploitation", "missing"]),
     why="Safety rule 1, at 23:52 on a weeknight: a 12-year-old boarder missing since lights-out was seen getting into an unknown car; a police reference does not make it resolved; out of hours, so EDT.")

mail("torbay_04.eml", "torbay", "early_help_duty", at(2043, 12, 4, 22, 6),
     '"Morwenna Penrose" <morwenna.penrose@kingsbridgecollege.org.uk>',
     "Re: [SB-torbay-4410] Step down - Jasmine Ofori-Hext",
     """Sorry to send this here - it's the only council email I have and the social worker's phone is off.

Jasmine (14) went from the boarding house between 21:00 and 21:40 tonight. She left a note on her pillow: "I'm sorry. I can't do another night of this. Tell mum it's not her fault." Her friend has just shown me a message Jasmine sent her at 21:52: "I'm at the bridge by the railway. tonight's the night. love you". Her phone was last seen on Find My at the railway footbridge at Hele at 21:58. Police have been called. Mum is on her way from Paignton.

Morwenna Penrose
Night House Parent, Kingsbridge College
07700 900 264

On Wed, 2 Dec 2043 at 10:31, Torbay stepbot <earlyhelp@torbay.gov.uk> wrote:
> Thank you - your step-down for Jasmine Ofori-Hext (DOB 07/07/2029, LCS 769930) has a triage slot on Tuesday 8 December 2043, 09:30.
""",
     cat="urgent",
     expect=E("follow_up", urgent=True, case_ids=["769930"], children=[("Jasmine Ofori-Hext", "2029-07-07")], concerns=["missing"]),
     why="Safety rule 1 on a reply: a 14-year-old left the boarding house tonight with a farewell note and messaged 'tonight's the night' from a railway footbridge; quoted stepbot acknowledgement makes it a follow_up; Friday night, so EDT.")

mail("torbay_05.eml", "torbay", "early_help_duty", at(2043, 9, 29, 11, 44),
     '"Grace Ngozi Okeke" <grace.okeke@torbay.gov.uk>',
     "step down triage - Rhys Tonkin LCS 781556 - level 3",
     """Hi,

Requesting a triage slot to step down Rhys Tonkin (DOB: 02/11/2032, LCS 781556) to level 3.

Just so triage isn't alarmed by the school's incident log in the file: last Tuesday the older boys in Rhys's dorm put his bed on top of the wardrobe and cling-filmed his door as a "welcome" prank. Nobody was hurt, the head of boarding dealt with it the same night, parents were told, the boys apologised and Rhys laughed about it with me on Friday. It's not a safeguarding matter.

TM (Jory Rowe) agrees the level 3 threshold is met and Dad has consented.

I'll send the Single Assessment over once it's signed off, hopefully Thursday.

Grace
""",
     cat="near_miss",
     expect=E("step_down", level=3, case_ids=["781556"], children=[("Rhys Tonkin", "2032-11-02")],
              consent=True, manager_agreed=True, missing=["assessment"]),
     why="Near miss (a dorm prank already dealt with the same night, nobody hurt); Torbay level 3 step-down without the Single Assessment ('once it's signed off'), so missing assessment -> request_info.")

mail("torbay_06.eml", "torbay", "early_help_duty", at(2043, 11, 2, 14, 19),
     '"Lowenna Trewin (Care Team Leader)" <lowenna.trewin@ashburtonhouse.org.uk>',
     "RE: [SB-torbay-4388] Step down - Maximilian Bassett - home weekend report",
     """Hi Bethany / Early Help,

As requested for the triage, here is Max's home weekend report (attached).

Max (9, non-verbal, 52-week placement) went home to mum Friday to Sunday. On return at 17:00 yesterday two staff completed his body map: no bruising, no marks, no injuries of any kind. He was calm, ate well and went to bed at his usual time. Mum's communication book notes match what we saw. There are no concerns from this weekend.

Lowenna Trewin
Care Team Leader, Ashburton House
""",
     atts=[("Home weekend report - Max Bassett - 30.10-01.11.43.docx", docx(["Home weekend report", "Maximilian Bassett", "Body map on return 01/11/2043 17:00: no marks", "Presentation: calm, settled"]), DOCX_T)],
     cat="near_miss",
     expect=E("follow_up", children=[("Maximilian Bassett", None)], concerns=["disability_send"]),
     why="Near miss (negated): a non-verbal 9-year-old's home-weekend body map shows 'no bruising, no marks'; a reply to [SB-torbay-4388] adding a document -> follow_up, attach_to_request.")

mail("torbay_07.eml", "torbay", "mash_step_up", at(2043, 12, 8, 9, 55),
     '"Ian & Deborah Honeychurch" <honeychurchfamily@btinternet.com>',
     "Question after reading the news about Wellbrook School",
     """Dear Sir/Madam,

You will have seen the news story this week about the house parent at Wellbrook School (in Hampshire) who was convicted of offences against boarders between 2036 and 2039. It has shaken us. Our daughter Martha (13) boards at a different school in Devon and is very happy there; she says the house parents never come into the dorms at night and knock before coming into the common room.

We are not reporting anything. We just wanted to ask whether the council checks boarding schools in Torbay's area, and what questions we as parents should be asking the school.

Yours faithfully
Deborah Honeychurch
""",
     cat="near_miss",
     expect=E("other", children=[("Martha", None)]),
     why="Near miss (someone else's children in the news, and negated for their own child: 'never come into the dorms at night'; 'We are not reporting anything'); a general enquiry -> other, human_review.")

mail("torbay_08.eml", "torbay", "early_help_duty", at(2043, 10, 19, 9, 12),
     '"Bethany Tregunna" <bethany.tregunna@torbay.gov.uk>',
     "RE: [SB-torbay-4371] Triage slot please - step down level 3 - Seren Pascoe-Adeleke LCS 774102",
     """Hi,

Just chasing the triage slot for Seren - I haven't had the confirmation of which Tuesday yet and her mum keeps asking. Could you let me know?

Thanks
Bethany

Sent from Outlook for Android

________________________________
From: Torbay stepbot <earlyhelp@torbay.gov.uk>
Sent: Tuesday, October 13, 2043 10:31 AM
Subject: [SB-torbay-4371] Triage slot please - step down level 3 - Seren Pascoe-Adeleke LCS 774102

Thank you - your step-down request has been received and is complete.
""",
     expect=E("follow_up", case_ids=["774102"], children=[("Seren Pascoe-Adeleke", None)]),
     why="Chaser on [SB-torbay-4371] (torbay_01's request) from Outlook for Android; follow_up -> attach_to_request.")

# =============================== HEREFORDSHIRE ===============================
mail("herefordshire_01.eml", "herefordshire", "early_help_duty", at(2043, 9, 22, 10, 3),
     '"Rhiannon Vaughan-Price" <rhiannon.vaughan-price@herefordshire.gov.uk>',
     "EHA step-down plan - Bowen-Ashby siblings (Mosaic 8841203) - level 3",
     """Good morning Early Help Co-ordinators,

Following my discussion with Eleri (co-ordinator) at last Tuesday's drop-in, please find attached the Early Help Assessment step-down plan (level 3, Intensive) for the sibling group:

- Caradog Bowen-Ashby, DOB 14/08/2030 (boards at a cathedral choir school, home Saturday to Sunday)
- Efa Bowen-Ashby, DOB 01/02/2036
- Tegan Bowen-Ashby, DOB 25/12/2038

Mosaic 8841203. The C&FA decision to step down was made on 15 September.

Mum has signed the written consent (attached). The key person agreed with the family is Mrs Jocelyn Pritchard-Hughes, Family Support Worker, Ross-on-Wye Children's Centre (01432 496 018).

Rhiannon Vaughan-Price
Social Worker, Hereford Locality
""",
     atts=[("EHA step-down plan Bowen-Ashby.docx", docx(["Early Help Assessment step-down plan (level 3)", "What needs to happen / by whom / outcome / timescale", "Key person: Jocelyn Pritchard-Hughes, Ross-on-Wye Children's Centre"]), DOCX_T),
           ("Signed consent Bowen-Ashby.pdf", pdf(["Consent to Early Help", "Parent: Mrs Ffion Bowen-Ashby", "Signed 18/09/2043"]), ("application", "pdf"))],
     expect=E("step_down", level=3, case_ids=["8841203"],
              children=[("Caradog Bowen-Ashby", "2030-08-14"), ("Efa Bowen-Ashby", "2036-02-01"), ("Tegan Bowen-Ashby", "2038-12-25")],
              consent=True, missing=[]),
     why="Complete Herefordshire sibling-group step-down (REQUIREMENTS herefordshire step_down: consent form, plan, key person with agency), already discussed at the drop-in; book_meeting.")

mail("herefordshire_02.eml", "herefordshire", "early_help_duty", at(2043, 10, 20, 15, 37),
     '"Kwabena Asante-Boateng" <kwabena.asante-boateng@herefordshire.gov.uk>',
     "Step down plan - Sofía Marchetti - Mosaic 8860917",
     """Hi team,

Attached is the step-down plan for Sofía Marchetti (dob 3rd June 2033), Mosaic 8860917, level 3. Decision to step down was 14/10/2043 after the C&FA.

Sofía is a 38-week boarder at a school for dyslexic children in Shropshire and spends the holidays with dad in Leominster. Dad agreed to Early Help verbally on the phone on Friday; he is away working until next week so the written consent form will follow when he's back. Key person: Mr Osian Lloyd, SENCo outreach, Leominster Primary Federation, has agreed.

Kwabena
""",
     atts=[("Step down plan S Marchetti.docx", docx(["EHA step-down plan", "Sofía Marchetti 03/06/2033", "Key person: Osian Lloyd"]), DOCX_T)],
     expect=E("step_down", level=3, case_ids=["8860917"], children=[("Sofía Marchetti", "2033-06-03")], concerns=["disability_send"],
              consent=True, missing=["consent_form"]),
     why="Herefordshire step-down with plan and key person; dad 'agreed ... verbally' so consent true, but the written consent form 'will follow', so consent_form missing -> request_info.")

mail("herefordshire_03.eml", "herefordshire", "early_help_duty", at(2043, 12, 11, 15, 48),
     '"Matron - Lugg Valley School" <matron@luggvalley.sch.uk>',
     "Toby Ellison-Carr (Y5) - burn on his arm - dad in reception now",
     """dictated by matron to the school office, sent by Jan in admin

Toby Ellison-Carr aged 9, date of birth 4.10.2034, flexi-boarder in Wye House. When Toby got changed for swimming at 2 o'clock staff saw a burn on his right forearm, triangular, about the size and shape of the point of an iron, blistered, a few days old. Toby said quote dad did it with the iron because I wet the bed at home unquote and asked us not to tell dad he told.

His father Mr Craig Ellison arrived at reception at 3.35 to take Toby home for the weekend, two hours early, and is refusing to leave without him. He is shouting at reception staff and says he'll take him whether we like it or not. Toby is in the san with me and is crying. We have a social worker for the family in Hereford but can't get through. Please ring the school on 01632 960 808 and ask for matron.

Nurse Matron Beatriz Carvalho
""",
     cat="urgent",
     expect=E("other", urgent=True, children=[("Toby Ellison-Carr", "2034-10-04")], concerns=["physical_harm"]),
     why="Safety rule 1, a dictated message: a 9-year-old boarder discloses his father burned him with an iron, and that father is in reception now insisting on taking him home; not a step-down, so other.")

mail("herefordshire_04.eml", "herefordshire", "mash_step_up", at(2043, 10, 9, 13, 22),
     '"Layla Haddad-Jones" <layla.haddad-jones@herefordshire.gov.uk>',
     "Step up request - Arlo Whitcombe (Mosaic 8850412)",
     """Hi,

I'd like to request a step-up to social care for Arlo Whitcombe (DOB 22/01/2034), Mosaic 8850412. I'm his Early Help worker.

Arlo weekly-boards at Bredwardine School and the school minibus drops him home to mum in Kington at 5pm on Fridays - so tonight.

Mum rang me at 12:50 and she wasn't making sense, I think she'd been drinking. She said, I wrote it down: "I've got all my tablets out on the table. When Arlo gets in tonight we're going together, both of us, I'm not leaving him behind." She then hung up and isn't answering. Her mental health has been getting worse since September. There's no one else at home. The minibus leaves school at 15:45.

I'm in Kington if anyone needs me to go round. 07700 900 652.

Layla Haddad-Jones
Early Help Worker
""",
     cat="urgent",
     expect=E("step_up", urgent=True, case_ids=["8850412"], children=[("Arlo Whitcombe", "2034-01-22")], concerns=["parental_mental_health", "substance_misuse"]),
     why="Safety rule 1: mum says she will take her tablets with her son 'together, both of us' when the school minibus drops him home at 5pm today; Herefordshire defines no step-up, but urgent -> alert_duty; missing [] as the kind has no requirements.")

mail("herefordshire_05.eml", "herefordshire", "early_help_duty", at(2043, 11, 12, 11, 2),
     '"Pawel Nowakowski" <pawel.nowakowski@herefordshire.gov.uk>',
     "Step-down plan - Ava-Mae Lloyd-Ridley - Mosaic 8832290 - level 3",
     """Hello,

Following the discussion with the Early Help co-ordinator on Tuesday, step-down plan attached for Ava-Mae Lloyd-Ridley, born 11-09-2031, Mosaic 8832290. Level 3. Assessment decision: 5 November 2043.

Background for the co-ordinator: in 2041 Ava-Mae's father took her from her boarding school without permission and kept her in Wales for nine days. That was resolved - she was returned, a prohibited steps order was made in 2042, the school's collection list was changed, and there has been no contact from him since. She is settled and boards during the week.

Mum has signed consent (attached). Key person: Ms Carys ap Rhys, Home-School Liaison, Kington Academy.

Pawel Nowakowski
Social Worker
""",
     atts=[("Ava-Mae Lloyd-Ridley step down plan.docx", docx(["EHA step-down plan", "Ava-Mae Lloyd-Ridley 11/09/2031"]), DOCX_T),
           ("Consent - Lloyd-Ridley signed.pdf", pdf(["Written consent to Early Help", "Signed by mother 10/11/2043"]), ("application", "pdf"))],
     cat="near_miss",
     expect=E("step_down", level=3, case_ids=["8832290"], children=[("Ava-Mae Lloyd-Ridley", "2031-09-11")],
              consent=True, missing=[]),
     why="Near miss (historic, resolved): a 2041 parental abduction from boarding school ended with a prohibited steps order; complete Herefordshire step-down (consent form, plan, key person with agency) -> book_meeting.")

mail("herefordshire_06.eml", "herefordshire", "early_help_duty", at(2043, 12, 14, 8, 30),
     '"Matron - Wye House" <wyehouse.matron@luggvalley.sch.uk>',
     "Out of Office: RE: [SB-herefordshire-3309] Step down plan - Sofía Marchetti",
     """I am out of school until Monday 4 January 2044 for the Christmas holidays.

If your message concerns a child who may be in immediate danger or at risk of significant harm, please do not wait for my return: call 999 or contact the Herefordshire MASH. For boarding matters contact the Head of Boarding.

Happy Christmas!
Matron, Wye House
""",
     headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "In-Reply-To": "<sb-herefordshire-3309-r2@herefordshire.gov.uk>"},
     cat="near_miss",
     expect=E("auto_reply", children=[("Sofía Marchetti", None)]),
     why="Near miss (an auto-reply's signature text 'immediate danger or at risk'): an out-of-office with Auto-Submitted: auto-replied; RFC 3834 / safety rule 2 -> ignore, and its generic wording describes no child.")

mail("herefordshire_07.eml", "herefordshire", "early_help_duty", at(2043, 11, 30, 16, 15),
     '"Abimbola Fashola" <abimbola.fashola@herefordshire.gov.uk>',
     "Drop-in slot please - step down - Elis & Cadi Bevan-Morgan (Mosaic 8871154)",
     """Hi Early Help Co-ordinators

Could I book a Tuesday drop-in slot to talk through a step-down before I write the plan? It's for Elis Bevan-Morgan (born 2032-03-08) and Cadi Bevan-Morgan (born 2035-10-30), Mosaic 8871154.

Elis boards at a residential school for autistic children near Ludlow (38 weeks) and comes home to mum and Cadi for holidays; the CIN plan was about the holiday routine breaking down and mum's exhaustion. I'd like co-ordinator advice on who the key person should be given Elis is away most of the year. I'll send the plan with the signed consent after the drop-in.

Tuesday 8th or 15th December any time would suit.

Abi
Social Worker, Leominster
""",
     expect=E("step_down", case_ids=["8871154"], children=[("Elis Bevan-Morgan", "2032-03-08"), ("Cadi Bevan-Morgan", "2035-10-30")], concerns=["disability_send"],
              missing=[]),
     why="Herefordshire drop-in request before the plan (pack: consent_form, draft_plan, lead_practitioner not required when drop_in_before_plan is stated); level not stated, so null; book_meeting for the Tuesday drop-in.")

mail("herefordshire_08.eml", "herefordshire", "early_help_duty", at(2043, 10, 28, 10, 47),
     '"Kwabena Asante-Boateng" <kwabena.asante-boateng@herefordshire.gov.uk>',
     "Re: [SB-herefordshire-3309] Step down plan - Sofía Marchetti - Mosaic 8860917",
     """Signed consent form from dad attached, he signed it this morning when he got back. That should be everything for Sofía now.

K

Sent from my iPhone

> On 20 Oct 2043, at 15:42, Herefordshire stepbot <earlyhelpcoordinators@herefordshire.gov.uk> wrote:
>
> Thank you. Still needed: the family's written consent.
""",
     atts=[("Marchetti consent form SIGNED.pdf", pdf(["Consent to Early Help support", "Parent: Mr Giulio Marchetti", "Signed 28/10/2043"]), ("application", "pdf"))],
     expect=E("follow_up", case_ids=["8860917"], children=[("Sofía Marchetti", None)], consent=True),
     why="iPhone reply to [SB-herefordshire-3309] (herefordshire_02's request) adding the signed consent form; follow_up -> attach_to_request.")

# =============================== BUILD ===============================
def build(m):
    msg = EmailMessage()
    msg["From"] = m["frm"]
    msg["To"] = m["to"] or BOX[m["auth"]][m["mailbox"]]
    if m["cc"]:
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(m["when"])
    dom = m["frm"].split("@")[-1].rstrip(">")
    msg["Message-ID"] = "<%s.%s.mixed127@%s>" % (m["when"].strftime("%Y%m%d%H%M%S"), m["file"].replace(".eml", ""), dom)
    for k, v in m["headers"].items():
        msg[k] = v
    if m["calendar"]:
        msg.set_content(m["text"])
        msg.add_alternative(m["calendar"], subtype="calendar", params={"method": "REPLY"})
    elif m["html_only"]:
        msg.set_content("<html><body>%s</body></html>" % m["html"], subtype="html")
    else:
        msg.set_content(m["text"])
        if m["html"]:
            msg.add_alternative("<html><body>%s</body></html>" % m["html"], subtype="html")
    for fn, data, (mt, st) in m["atts"]:
        msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    for i, part in enumerate(p for p in msg.walk() if p.is_multipart()):  # fixed boundaries: reproducible bytes
        part.set_boundary("=_m127_%s_%d" % (m["file"].replace(".eml", ""), i))
    return msg.as_bytes(policy=email.policy.SMTP)

def readable(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    out = [str(msg["Subject"])]
    for part in msg.walk():
        if part.is_multipart():
            continue
        data = part.get_payload(decode=True) or b""
        ct = part.get_content_type()
        if ct.startswith("text/"):
            out.append(data.decode(part.get_content_charset() or "utf-8", "replace"))
        elif ct.endswith("wordprocessingml.document"):
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                out.append(re.sub(r"<[^>]+>", " ", z.read("word/document.xml").decode("utf-8")))
        elif ct == "application/pdf":
            out.append(" ".join(re.findall(rb"\(((?:[^()\\]|\\.)*)\)", data)[i].decode("latin-1") for i in range(len(re.findall(rb"\(((?:[^()\\]|\\.)*)\)", data)))))
        fn = part.get_filename()
        if fn:
            out.append(fn)
    return "\n".join(out)

def main():
    errors = []
    labels, cats = [], {}
    for m in MAILS:
        raw = build(m)
        with open(os.path.join(HERE, m["file"]), "wb") as f:
            f.write(raw)
        now = m["when"] + dt.timedelta(minutes=m["mins"])
        labels.append({"file": m["file"], "authority": m["auth"], "mailbox": m["mailbox"], "now": now.isoformat(),
                       "expect": m["expect"], "why": m["why"]})
        cats[m["file"]] = m["cat"]
        # self-checks per mail
        parsed = email.message_from_bytes(raw)
        if parsed["Date"] is None or parsed["Subject"] is None:
            errors.append(m["file"] + ": headers not parsed")
        d = m["when"].date()
        if not (WIN[0] <= d <= WIN[1]):
            errors.append(m["file"] + ": date outside window")
        if m["when"].utcoffset() != tz_for(d).utcoffset(None):
            errors.append(m["file"] + ": wrong UTC offset")
        if (d.weekday() >= 5 or d in BANK_HOLIDAYS_2043) and not m["cat"] == "urgent":
            errors.append(m["file"] + ": non-urgent mail on a non-working day")
        if m["expect"]["urgent"] != (m["cat"] == "urgent"):
            errors.append(m["file"] + ": urgent label disagrees with category")
        if m["cat"] == "urgent":
            text = readable(raw).lower()
            for w in BANNED:
                if re.search(r"(?<![a-z])" + re.escape(w), text):
                    errors.append("%s: banned word %r" % (m["file"], w))
        if m["expect"]["kind"] == "step_up" and m["auth"] == "knowsley" and m["expect"]["notice_ok"] is None and not m["expect"]["urgent"]:
            errors.append(m["file"] + ": knowsley step_up needs notice_ok")
    # notice recomputation for the Knowsley mails with meetings
    for fn, meet, want in [("knowsley_01.eml", dt.date(2043, 9, 23), True), ("knowsley_02.eml", dt.date(2043, 10, 7), False),
                           ("knowsley_06.eml", dt.date(2043, 11, 12), True)]:
        lab = next(l for l in labels if l["file"] == fn)
        today = dt.datetime.fromisoformat(lab["now"]).date()
        n = wd_between(today, meet)
        print("notice %s: %s -> %s = %d WD (ok=%s)" % (fn, today, meet, n, n >= 5))
        if (n >= 5) != want or lab["expect"]["notice_ok"] != want:
            errors.append(fn + ": notice mismatch")
    # bank holidays cross-check (holidays package if importable)
    try:
        import holidays
        hol = {d for d in holidays.country_holidays("GB", subdiv="ENG", years=[2043])}
        if not {d for d in hol if d.month >= 8} == BANK_HOLIDAYS_2043:
            errors.append("bank holiday list disagrees with the holidays package")
        else:
            print("bank holidays checked against the holidays package: none inside the window")
    except ImportError:
        print("holidays package not importable here; using the built-in 2043 list (none inside the window)")
    files = [m["file"] for m in MAILS]
    if len(files) != 40 or len(set(files)) != 40:
        errors.append("need 40 distinct files")
    for a in BOX:
        n = sum(1 for m in MAILS if m["auth"] == a)
        if n != 8 or sorted(f for f in files if f.startswith(a + "_")) != ["%s_%02d.eml" % (a, i) for i in range(1, 9)]:
            errors.append("%s: need %s_01..08" % (a, a))
    counts = {c: sum(1 for v in cats.values() if v == c) for c in ("urgent", "near_miss", "ordinary")}
    if counts["urgent"] < 11 or counts["near_miss"] < 11:
        errors.append("too few urgent or near-miss mails: %r" % counts)
    for l in labels:
        e = l["expect"]
        if e["urgent"] and e["next_action"] != "alert_duty":
            errors.append(l["file"] + ": urgent must alert_duty")
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "categories.json"), "w", encoding="utf-8") as f:
        json.dump(cats, f, indent=1)
    for fn in files:  # re-read from disk
        with open(os.path.join(HERE, fn), "rb") as f:
            email.message_from_bytes(f.read())
    print("files: %d; per authority: %s" % (len(files), {a: sum(1 for m in MAILS if m['auth'] == a) for a in BOX}))
    print("categories: %r" % counts)
    for m in MAILS:
        if m["cat"] == "urgent":
            print("URGENT %s [%s] %s" % (m["file"], m["when"].strftime("%a %d %b %H:%M"), m["why"][:150]))
    if errors:
        print("SELF-CHECK FAILED:\n  " + "\n  ".join(errors)); sys.exit(1)
    print("SELF-CHECK OK: 40 mails parse, 8 per authority, urgent labels match categories, no banned words in urgent mails")

if __name__ == "__main__":
    main()
