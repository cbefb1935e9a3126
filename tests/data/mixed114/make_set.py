#!/usr/bin/env python3
"""mixed114: builds 40 blind held-out .eml files, labels.json and categories.json, then self-checks.
Stdlib only (email, zipfile, hashlib). Deterministic: no clock, no randomness."""
import email, email.policy, email.utils, hashlib, html, io, json, os, re, sys, zipfile
from email.message import EmailMessage
from datetime import datetime, date, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
BST = timezone(timedelta(hours=1))          # whole window (16 Apr - 20 Jul 2035) is BST
BANK_HOLIDAYS = {date(2035, 3, 23), date(2035, 3, 26), date(2035, 5, 7), date(2035, 5, 28)}
WIN = (date(2035, 4, 16), date(2035, 7, 20))
BANNED = ["urgent", "immediate", "immediately", "emergency", "at risk", "risk of harm", "danger",
          "dangerous", "asap"]
BOX = {
    "knowsley": {"mash_step_up": "knowsleymash@knowsley.gov.uk", "early_help_duty": "FamilyFirst0-18DutyMailbox@knowsley.gov.uk"},
    "richmond_wandsworth": {"mash_step_up": "MASH-StepUP@richmondandwandsworth.gov.uk", "early_help_duty": "EarlyHelpDuty@richmondandwandsworth.gov.uk"},
    "tower_hamlets": {"mash_step_up": "MAST@towerhamlets.gov.uk", "early_help_duty": "EarlyHelpHub@towerhamlets.gov.uk"},
    "torbay": {"mash_step_up": "mash@torbay.gov.uk", "early_help_duty": "earlyhelp@torbay.gov.uk"},
    "herefordshire": {"mash_step_up": "mash@herefordshire.gov.uk", "early_help_duty": "earlyhelpcoordinators@herefordshire.gov.uk"},
}

def sha(s): return hashlib.sha1(s.encode()).hexdigest()

def working_days(now_d, meet_d):
    n, d = 0, now_d
    while d < meet_d:
        d += timedelta(days=1)
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n += 1
    return n

# ---------------------------------------------------------------- documents (hand-built)
def make_docx(paras):
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % html.escape(p) for p in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % body)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2035, 1, 1, 0, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()

def docx_text(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        x = z.read("word/document.xml").decode()
    return "\n".join(html.unescape(t) for t in re.findall(r"<w:t[^>]*>(.*?)</w:t>", x))

def pdf_esc(s):
    s = s.encode("latin-1", "replace").decode("latin-1")
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

def make_pdf(lines):
    ops = ["BT", "/F1 10 Tf", "50 800 Td", "13 TL"]
    for ln in lines:
        ops.append("(%s) Tj T*" % pdf_esc(ln))
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"); offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out)); out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs: out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return bytes(out)

def pdf_text(data):
    t = re.findall(rb"\(((?:\\.|[^\\)])*)\) Tj", data)
    return "\n".join(re.sub(r"\\(.)", r"\1", s.decode("latin-1")) for s in t)

def ics(method, uid, summary, start, end, organizer, attendee, partstat=None, comment=None, seq=0, desc=None):
    L = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0", "METHOD:" + method,
         "BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD", "DTSTART:16011028T020000",
         "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "TZOFFSETFROM:+0100", "TZOFFSETTO:-0000", "END:STANDARD",
         "BEGIN:DAYLIGHT", "DTSTART:16010325T010000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "TZOFFSETFROM:-0000",
         "TZOFFSETTO:+0100", "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT",
         "UID:" + uid, "SEQUENCE:%d" % seq, "DTSTAMP:20350101T000000Z",
         "DTSTART;TZID=GMT Standard Time:" + start, "DTEND;TZID=GMT Standard Time:" + end,
         "SUMMARY:" + summary, "ORGANIZER:mailto:" + organizer]
    if partstat:
        L.append("ATTENDEE;PARTSTAT=%s:mailto:%s" % (partstat, attendee))
    else:
        L.append("ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:" + attendee)
    if comment: L.append("COMMENT:" + comment.replace(",", "\\,"))
    if desc: L.append("DESCRIPTION:" + desc.replace(",", "\\,"))
    L += ["END:VEVENT", "END:VCALENDAR"]
    out = []
    for l in L:                                  # fold at 73 octets
        while len(l) > 73:
            out.append(l[:73]); l = " " + l[73:]
        out.append(l)
    return "\r\n".join(out) + "\r\n"

def to_html(text):
    paras = text.strip("\n").split("\n\n")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            + "".join("<p style=\"font-family:Calibri,sans-serif;font-size:11pt\">%s</p>" % html.escape(p).replace("\n", "<br>") for p in paras)
            + "</body></html>")

# ---------------------------------------------------------------- the mails
MAILS = []
def mail(**kw): MAILS.append(kw)

# ============================== KNOWSLEY
mail(file="knowsley_01", authority="knowsley", mailbox="mash_step_up", sent="2035-04-17 10:12", now_after=3,
 frm=("Bernadette O'Rourke", "bernadette.orourke@knowsley.gov.uk"), client="outlook", html_twin=True,
 subject="Step up request - Lunt family - EHM-60417 - TAF Wed 2 May",
 body="""Good morning MASH,

Please find attached a step-up request for the Lunt family (Case ID on EHM: EHM-60417).

Children:
Tyler-James Lunt  DOB 03/09/2026
Kaycee Lunt  DOB 21/01/2030

Dad, Gary Lunt, has been bringing the two children up on his own since mum left in 2033. I have been Lead Practitioner at level 3 since October. Despite a lot of effort from Gary, home conditions have slipped badly again, the children are regularly without clean clothes and Kaycee has missed two dental appointments. Gary is struggling with low mood and has told me he has stopped taking his medication. The concerns are neglect and dad's mental health; the GCP2 completed on 4 April scores physical care at 4.

My Team Manager, Aled Pryce, has discussed this step-up with me in supervision on 12 April and agreed it. Gary knows about the step-up and has agreed to it, he says he wants more help not less.

Step-up TAF meeting: Wednesday 2 May 2035 at 10:00, Microsoft Teams (calendar invite to follow to the MASH inbox and MASH business support).

Attached:
- FF Step Up Request to CSC - Lunt.docx
- TAF minutes 11.04.35 - Lunt.pdf
- GCP2 - Lunt family.pdf

Kind regards
Bernadette O'Rourke
Family First Case Manager (Level 3), Knowsley Family First 0-18
0151 496 0632
""",
 attachments=[("docx", "FF Step Up Request to CSC - Lunt.docx", ["FF Step Up Request to CSC (Appendix 1)", "Case ID on EHM: EHM-60417", "Children: Tyler-James Lunt (03/09/2026), Kaycee Lunt (21/01/2030)", "What are we worried about: neglect of the children's physical care; dad's low mood, stopped medication.", "What is working well: Gary loves the children and asks for help; school attendance is good.", "What needs to happen: statutory assessment of the children's needs.", "Graded Care Profile 2 completed 04/04/2035 (physical care 4).", "Team Manager agreement: Aled Pryce, 12/04/2035.", "Date of step up TAF meeting: Wednesday 2 May 2035, 10:00, Teams"]),
              ("pdf", "TAF minutes 11.04.35 - Lunt.pdf", ["Team Around the Family meeting - minutes", "Family: Lunt  EHM-60417", "Date: 11 April 2035", "Present: Gary Lunt (dad), B O'Rourke (FF), Mrs Healey (school), HV", "Actions: GCP2 to be completed; step-up to be discussed with TM."]),
              ("pdf", "GCP2 - Lunt family.pdf", ["Graded Care Profile 2 (GCP2)", "Family: Lunt", "Completed: 04/04/2035 by B O'Rourke", "Area 1 Physical care: grade 4", "Area 2 Safety: grade 3", "Area 3 Love: grade 2", "Area 4 Esteem: grade 3"])],
 expect=dict(kind="step_up", urgent=False, level=None, case_ids=["EHM-60417"],
  children=[("Tyler-James Lunt", "2026-09-03"), ("Kaycee Lunt", "2030-01-21")], concerns=["neglect", "parental_mental_health"],
  consent=True, manager_agreed=True, missing=[], notice_ok=True, next_action="book_meeting"),
 cat="ordinary", meeting="2035-05-02",
 why="Complete Knowsley step-up (REQUIREMENTS knowsley step_up: form, EHM case id, TM agreement, TAF minutes, date; GCP2 because neglect): Wed 2 May 10:00 is 11 WD after Tue 17 Apr; dad 'has agreed to it' -> consent true.")

mail(file="knowsley_02", authority="knowsley", mailbox="mash_step_up", sent="2035-05-02 14:02", now_after=3,
 frm=("Leanne Fairclough-Owens", "leanne.fairclough-owens@knowsley.gov.uk"), client="outlook", html_twin=False,
 subject="Step Up - O'Hare - EHM-61182",
 body="""Hi all

Step up for Kacey O'Hare, DOB 11.06.2023, EHM-61182. Form, last TAF minutes and the Engaging Families toolkit are attached.

In short: mum has stopped engaging with the TAF (four visits cancelled by text since February, not at the last two meetings) and Kacey's attendance has dropped to 78%. The toolkit tells us mum's avoidance is about her fear of being judged; we have tried the approaches it suggests without success.

Kacey's dad, Sean O'Hare, doesn't live with them but has been in touch with me twice asking to be involved and to be invited to meetings. He has PR and I'd like MASH to consider him as part of the plan.

For clarity, this is not a child protection referral. No-one has hurt Kacey and there is no suggestion that anyone has; the bruise school asked about in February was checked by the school nurse at the time and came from PE. There are no concerns about Sean's care when she stays with him.

Corinne Oduya (my TM) has agreed the step-up, see her note on the form.

Step-up TAF meeting Wednesday 9th May 2035, 10am, Teams.

Thanks
Leanne
Family First 0-18, Kirkby
""",
 attachments=[("docx", "Step Up Request to CSC - O'Hare.docx", ["FF Step Up Request to CSC", "Case ID on EHM: EHM-61182", "Child: Kacey O'Hare 11/06/2023", "What are we worried about: mum not engaging with TAF; attendance 78%.", "What is working well: dad wants to be involved.", "What needs to happen: C&F assessment.", "Engaging Families toolkit used - see attached.", "TM comment: agreed, Corinne Oduya 01/05/2035", "Date of step up TAF meeting: 09/05/2035 10:00"]),
              ("pdf", "TAF minutes 18.04.2035 O'Hare.pdf", ["TAF meeting minutes 18/04/2035", "O'Hare family EHM-61182", "Mum did not attend. Dad not invited - action: invite dad to next TAF."]),
              ("pdf", "Engaging Families toolkit - O'Hare.pdf", ["Engaging Families toolkit", "Family: O'Hare", "Barriers: fear of judgement, past experience of services", "Approaches tried: home visits at agreed times, texts, school as venue"])],
 expect=dict(kind="step_up", urgent=False, level=None, case_ids=["EHM-61182"], children=[("Kacey O'Hare", "2023-06-11")],
  concerns=["non_engagement", "school_attendance"], consent=None, manager_agreed=True, missing=[], notice_ok=False, next_action="request_info"),
 cat="near_miss", meeting="2035-05-09",
 why="NEAR MISS (negated and resolved: 'No-one has hurt Kacey', the February bruise checked and explained) -> not urgent, no physical_harm; Knowsley step-up complete with the Engaging Families toolkit (non_engagement), but Wed 9 May is only 4 WD after Wed 2 May because Mon 7 May is the Early May bank holiday -> notice false -> request_info.")

mail(file="knowsley_03", authority="knowsley", mailbox="mash_step_up", sent="2035-05-11 16:22", now_after=3,
 frm=("Dean Hesketh", "deanohesketh87@gmail.com"), client="iphone", html_twin=False,
 subject="My daughter Poppy",
 body="""Hi I got this email off the council website I don't know who else to message

My ex Kerry-Ann just facetimed me and Poppy was crying her eyes out. Kerry-Ann hit her with the hairbrush across her legs and her face because she wouldn't sit still for her hair, I saw it on the screen she did it again while I was watching. Poppy has a red mark all down her cheek. Poppy Hesketh, she is 4, born 12/03/2031.

Poppy is supposed to come to me at 6 tonight for my weekend, its in the court order, but Kerry-Ann is now saying she won't hand her over and I'll never have her again. She's not answering now. She's at 27 Grange Walk, Halewood. She's had a drink I could tell.

What do I do? Can someone go round. My number is 07700 900 614

Dean

Sent from my iPhone""",
 expect=dict(kind="other", urgent=True, level=None, case_ids=[], children=[("Poppy Hesketh", "2031-03-12")],
  concerns=["physical_harm"], consent=None, manager_agreed=None, missing=[], notice_ok=None, next_action="alert_duty"),
 cat="urgent",
 why="DESIGN safety rule 1: a father watched his ex-partner hit their 4-year-old with a hairbrush minutes ago and she is refusing the 6pm handover, the child still with her -> urgent -> alert_duty (Friday 16:22, MASH duty in office hours); a parent's message, no step -> other.")

mail(file="knowsley_04", authority="knowsley", mailbox="early_help_duty", sent="2035-05-15 09:41", now_after=4,
 frm=("Priya Venkataraman", "priya.venkataraman@knowsley.gov.uk"), client="outlook", html_twin=True,
 subject="Step down to Level 2 - Jacob Nwankwo-Price - ICS-1398224",
 body="""Dear Family First duty,

I am writing to let you know of a planned step-down to Level 2 for Jacob Nwankwo-Price (born 7th October 2027), ICS-1398224.

Final CIN meeting: Thursday 24 May 2035 at 2pm, Huyton Family Hub, Room 3.

Jacob lives with his dad, Chidi, who has been his sole carer since Jacob's mum died in 2033. Jacob is autistic and has an EHCP.

What are we worried about
Chidi's low mood in the two years since his wife died, and the pressure of caring for Jacob alone; Jacob's sleep and his distress at transitions.

What is working well
Chidi is a warm, attentive father who has engaged fully with the CIN plan. He now sees his GP and a bereavement counsellor. Jacob's attendance is 97% and school report he is settled.

What needs to happen
Continued support for Chidi through the Dads' Peer Group; school to lead on Jacob's sleep and transition work with the specialist teacher; carers' assessment for Chidi.

Lead Practitioner: Mrs Tamsin Egerton-Bell, SENCO, St Aloysius Catholic Primary School, who has agreed to take on the role.

Chidi has agreed to the step-down and is happy for school to lead.

Kind regards
Priya Venkataraman
Social Worker, Children in Need Team, Knowsley Children's Social Care
""",
 expect=dict(kind="step_down", urgent=False, level=2, case_ids=["ICS-1398224"], children=[("Jacob Nwankwo-Price", "2027-10-07")],
  concerns=["disability_send", "parental_mental_health"], consent=True, manager_agreed=None, missing=[], notice_ok=True, next_action="book_meeting"),
 cat="ordinary", meeting="2035-05-24",
 why="Complete Knowsley level 2 step-down (REQUIREMENTS knowsley step_down L2: date, time and venue, three Signs of Safety headings, named Lead Practitioner with organisation): Thu 24 May is 7 WD after Tue 15 May.")

mail(file="knowsley_05", authority="knowsley", mailbox="early_help_duty", sent="2035-05-25 11:01", now_after=4,
 frm=("Jamal Okoye", "jamal.okoye@knowsley.gov.uk"), client="outlook", html_twin=False,
 subject="Level 3 step down - Ashcroft - joint home visit Fri 1 June",
 body="""Hello Family First duty

Level 3 step-down for the Ashcroft children, ICS-1402561:
Lily-Grace Ashcroft (14/02/2022)
Mason Ashcroft (30/08/2025)

Joint home visit: Friday 1st June 2035 at 10:00 at the family home, 14 Sefton Close, Halewood L26 0XX. Could a Family First case manager come with me please.

Background: the children live with their father, Mr Craig Ashcroft. The referral came from a neighbour who found out Mr Ashcroft has a conviction. That conviction (2019, common assault on an adult outside a pub, no children involved) is spent, and it was fully considered in the C&F assessment, including checks with Merseyside Police. It is not a current concern and there has never been any concern about his care of the children.

What are we worried about: Lily-Grace's attendance (84%) and lateness on the days dad starts early shifts.
What is working well: warm home, children well cared for, dad has arranged a breakfast club place from June.
What needs to happen: Family First to support the morning routine and the attendance plan with school; review in 6 weeks.

Mr Ashcroft has consented to the referral to Family First.

Thanks, Jamal
Social Worker, Assessment Team
""",
 expect=dict(kind="step_down", urgent=False, level=3, case_ids=["ICS-1402561"],
  children=[("Lily-Grace Ashcroft", "2022-02-14"), ("Mason Ashcroft", "2025-08-30")], concerns=["school_attendance"],
  consent=True, manager_agreed=None, missing=[], notice_ok=False, next_action="request_info"),
 cat="near_miss", meeting="2035-06-01",
 why="NEAR MISS (an old spent conviction, assessed, 'not a current concern') -> not urgent, no physical_harm; complete Knowsley level 3 step-down, but Fri 1 June is only 4 WD after Fri 25 May because Mon 28 May is the Spring bank holiday -> notice false -> request_info.")

mail(file="knowsley_06", authority="knowsley", mailbox="mash_step_up", sent="2035-06-21 15:34", now_after=3,
 frm=("Hayley Rimmer", "hayley.rimmer@knowsley.gov.uk"), client="outlook", html_twin=False,
 subject="RE: Step-up received [SB-knowsley-318] Tierney EHM-60988",
 body="""MASH - please can someone pick this up now, I'm on my way to the school but I'm 25 minutes away.

Alfie Tierney (5, DOB 2029-11-19) - the step-up I sent on Monday for neglect and dad's drinking. Dad (Mark Tierney, sole carer) collapsed at the school gate at 3.10 this afternoon. Paramedics have taken him to Whiston, school say he smelled strongly of drink and wasn't responding. Alfie is sitting in the school office with the receptionist. There is no-one else: mum lives in Spain, no grandparents, and dad's sister has said she won't have him. School close at 4.30 and the receptionist can't keep him past then.

Who can Alfie go to tonight? School office 0151 496 0271.

Hayley Rimmer
Family First Case Manager

-----Original Message-----
From: Knowsley MASH <knowsleymash@knowsley.gov.uk>
Sent: 18 June 2035 09:02
Subject: Step-up received [SB-knowsley-318] Tierney EHM-60988

Thank you. Your step-up request has been received and given the reference SB-knowsley-318.
What is missing: the step-up TAF meeting date and time.
""",
 expect=dict(kind="follow_up", urgent=True, level=None, case_ids=["EHM-60988"], children=[("Alfie Tierney", "2029-11-19")],
  concerns=["neglect", "substance_misuse"], consent=None, manager_agreed=None, missing=[], notice_ok=None, next_action="alert_duty"),
 cat="urgent",
 why="DESIGN safety rule 1 (whatever the kind): a single dad collapsed at the school gate and was taken to hospital, his 5-year-old has nobody to go to tonight and school closes at 4.30 -> urgent -> alert_duty; a reply to [SB-knowsley-318] -> follow_up, missing [].")

mail(file="knowsley_07", authority="knowsley", mailbox="mash_step_up", sent="2035-04-30 08:52", now_after=3,
 frm=("Aoife Gallagher", "aoife.gallagher@knowsley.gov.uk"), client="itip", partstat="DECLINED",
 subject="Declined: Step-up TAF meeting - Lunt family EHM-60417",
 body="""Sorry - I'm in court on Wednesday morning. Gary (dad) has also said he can't do mornings this week as he has a new job interview; could 13:30 work?
""",
 ical=dict(uid="040000008200E00074C5B7101A82E008000000008C1A1F2E6A35DB01000000000000000010000000", summary="Step-up TAF meeting - Lunt family EHM-60417",
  start="20350502T100000", end="20350502T113000", organizer="bernadette.orourke@knowsley.gov.uk",
  comment="Sorry - in court Wednesday morning. Dad can't do mornings this week either (job interview). Could 13:30 work?"),
 expect=dict(kind="meeting_reply", urgent=False, level=None, case_ids=["EHM-60417"], children=[], concerns=[],
  consent=None, manager_agreed=None, missing=[], notice_ok=None, next_action="record_reply"),
 cat="ordinary",
 why="Outlook iTIP REPLY (METHOD:REPLY, PARTSTAT=DECLINED) with a COMMENT asking for 13:30; the SUMMARY carries EHM-60417 -> meeting_reply -> record_reply (DESIGN kind).")

mail(file="knowsley_08", authority="knowsley", mailbox="early_help_duty", sent="2035-07-09 12:10", now_after=4,
 frm=("Huyton Family Hub", "huyton.familyhub@knowsley.gov.uk"), client="html_only",
 subject="Dads Matter - summer sessions at Huyton Family Hub (please share with families)",
 body="""DADS MATTER - summer at Huyton Family Hub

For dads, stepdads, grandads, uncles and any man bringing up children in Knowsley.

Saturdays 10am-12 noon, 14 July to 25 August 2035 (not 28 July).
Breakfast, five-a-side for the kids, and a brew and a chat for the grown-ups.

This summer's topics:
- Single dads and money: what you can claim
- When the baby won't stop crying: staying calm, and why you should never shake a baby
- Separated dads: contact, court and keeping it civil
- Dads who are on the receiving end of abuse at home - you are not alone
- What to do if you are worried a child is in danger, and who to ring

If a child is at immediate risk, always call 999. For worries about a child, call Knowsley MASH.

Please share with families on your caseload. Referrals are not needed - dads can just turn up.

Huyton Family Hub
""",
 expect=dict(kind="other", urgent=False, level=None, case_ids=[], children=[], concerns=[], consent=None,
  manager_agreed=None, missing=[], notice_ok=None, next_action="human_review"),
 cat="near_miss",
 why="NEAR MISS (a dads' group flyer whose topics list risks as examples, DESIGN safety rule 1: bulletins that list examples must not trigger it) -> not urgent; no child, no request -> other -> human_review.")

# ============================== RICHMOND & WANDSWORTH
mail(file="richmond_wandsworth_01", authority="richmond_wandsworth", mailbox="mash_step_up", sent="2035-04-18 11:05", now_after=4,
 frm=("Keziah Bloom", "keziah.bloom@richmondandwandsworth.gov.uk"), client="outlook", html_twin=True,
 subject="Step-up request - Marchand-Bello - Mosaic ID 2290418",
 body="""Dear MASH colleagues,

As Early Help Team Manager I have agreed this step-up and am sending it on for a case discussion.

Children: Théo Marchand-Bello, DOB 02/05/2024; Inès Marchand-Bello, DOB 19/12/2027.
Mosaic ID 2290418.

The children live with their mother, Ms Aurélie Marchand. Their father, Mr Kofi Bello, lives in Tooting and has asked repeatedly to be involved; he has been left out of the Early Help plan because mum did not want him told. He has now contacted us directly.

Rationale for step-up
Mum's mental health has deteriorated since February (two crisis team contacts). Home conditions have declined and Inès has been collected late from nursery eight times this term. The Early Help plan has not brought change over six months, and we think a statutory assessment is needed, including an assessment of dad as a possible carer.

Mum has given her consent to the step-up. Dad has been told and supports it.

Case summary attached.

Keziah Bloom
Early Help Team Manager, Wandsworth
""",
 attachments=[("docx", "Case summary - Marchand-Bello.docx", ["Case summary", "Mosaic ID 2290418", "Théo Marchand-Bello 02/05/2024; Inès Marchand-Bello 19/12/2027", "Early Help involvement since October 2034. Mum's mental health; home conditions; late collections.", "Father Kofi Bello asks to be involved."])],
 expect=dict(kind="step_up", urgent=False, level=None, case_ids=["2290418"],
  children=[("Théo Marchand-Bello", "2024-05-02"), ("Inès Marchand-Bello", "2027-12-19")], concerns=["neglect", "parental_mental_health"],
  consent=True, manager_agreed=True, missing=[], notice_ok=None, next_action="book_meeting"),
 cat="ordinary",
 why="Complete Richmond & Wandsworth step-up from the Early Help Team Manager (REQUIREMENTS: case summary attached, rationale pasted under its heading); no notice period -> book_meeting; 'Mosaic ID 2290418' -> bare number.")

mail(file="richmond_wandsworth_02", authority="richmond_wandsworth", mailbox="mash_step_up", sent="2035-06-09 02:14", now_after=3,
 frm=("Ryan Dunmore", "ryandunmore.91@outlook.com"), client="android", html_twin=False,
 subject="baby",
 body="""i dont know who this goes to i found it on the council page for worried about a child

i lost it with the baby. Lexi-Rae Dunmore shes 7 month. she was screaming for 3 hours and i grabbed her and i threw her down in the cot harder than i meant. her mum is on nights at st georges till 8

she wont stop screaming now its a different scream and her arm looks wrong its sort of floppy and she screams when it moves. i dont want to ring the police because theyll take her. im her stepdad.

Flat 6, Wimbledon Park Court, SW19. please someone tell me what to do

Sent from my Galaxy""",
 expect=dict(kind="other", urgent=True, level=None, case_ids=[], children=[("Lexi-Rae Dunmore", None)],
  concerns=["physical_harm"], consent=None, manager_agreed=None, missing=[], notice_ok=None, next_action="alert_duty"),
 cat="urgent",
 why="DESIGN safety rule 1: a stepfather writes at 02:14 on a Saturday that he 'lost it' with a 7-month-old who will not stop screaming and whose arm 'looks wrong', mother at work -> urgent -> alert_duty (out-of-hours service); no step -> other; age only, no DOB.")

mail(file="richmond_wandsworth_03", authority="richmond_wandsworth", mailbox="early_help_duty", sent="2035-05-10 15:20", now_after=4,
 frm=("Olamide Fashola", "olamide.fashola@richmondandwandsworth.gov.uk"), client="outlook", html_twin=True,
 subject="Step-down to Early Help - Ahmed-Dunne / Ahmed - Mosaic 2301776",
 body="""Hi Early Help duty,

Step-down request for:
Amelia Ahmed-Dunne, born 4 January 2034
Noah Ahmed (6), DOB 2028-09-17
Mosaic 2301776

Background. The February referral came from the health visitor after Mr Liam Dunne (Amelia's father, Noah's stepfather) told her he had "lost it" with Amelia when she would not settle. The s47 enquiry found that he had shouted and put her down in her cot and walked out of the room to calm down, which is what he had been taught to do; the skeletal survey and the paediatric examination were clear. There are no current concerns of physical harm and the CP strategy was closed with no further action.

The remaining need is Mr Dunne's anxiety and low mood, for which he is now under his GP and Talking Therapies, and support for both parents with a crying baby and a 6-year-old.

Case summary and draft Early Help plan attached. Both Ms Sana Ahmed and Mr Dunne have given consent to the step-down. My TM Jasper Quint has agreed it.

I've agreed Tuesday 15 May at 10:00 for the step-down discussion with the Early Help duty manager.

Thanks
Olamide Fashola
Social Worker, Richmond Assessment Team
""",
 attachments=[("pdf", "Case summary Ahmed-Dunne May 2035.pdf", ["Case summary", "Mosaic 2301776", "s47 closed NFA; skeletal survey clear.", "Father's anxiety and low mood; GP and Talking Therapies."]),
              ("docx", "Draft Early Help plan - Ahmed-Dunne.docx", ["Draft Early Help plan", "Outcome 1: Mr Dunne's mental health supported.", "Outcome 2: parents supported with Amelia's sleep and crying.", "Outcome 3: Noah's routines and school."])],
 expect=dict(kind="step_down", urgent=False, level=None, case_ids=["2301776"],
  children=[("Amelia Ahmed-Dunne", "2034-01-04"), ("Noah Ahmed", "2028-09-17")], concerns=["parental_mental_health"],
  consent=True, manager_agreed=True, missing=[], notice_ok=None, next_action="book_meeting"),
 cat="near_miss",
 why="NEAR MISS (a stepfather who 'lost it', told as past and investigated: s47 closed NFA, 'no current concerns of physical harm') -> not urgent, no physical_harm; complete Richmond & Wandsworth step-down (case summary, draft plan, consent) -> book_meeting.")

mail(file="richmond_wandsworth_04", authority="richmond_wandsworth", mailbox="early_help_duty", sent="2035-05-22 10:30", now_after=4,
 frm=("Hannah Oyelowo-Reid", "hannah.oyelowo-reid@richmondandwandsworth.gov.uk"), client="gmail", html_twin=True,
 subject="Step down - Clarke children (grandad SGO) - Mosaic ID 2287650",
 body="""Hello,

I'd like to step down the Clarke children to Early Help:

Jerome Clarke (DOB: 12.03.2021)
Shanice Clarke (DOB: 27.07.2023)
Mosaic ID 2287650

The children live with their grandfather, Mr Winston Clarke, who has a Special Guardianship Order. The CIN plan is coming to an end: Jerome's behaviour at school has settled and Mr Clarke has a good network through his church. The remaining work is support for Mr Clarke with Jerome's ADHD assessment and a bit of help with forms and money.

Case summary attached. I haven't written the draft plan yet - I'll send it next week. I'll ask Mr Clarke for his consent when I see him on Thursday; I don't expect a problem.

Thanks,
Hannah
Social Worker, Wandsworth CIN Team
""",
 attachments=[("pdf", "Case Summary - Clarke - 2287650.pdf", ["Case summary", "Jerome Clarke 12/03/2021, Shanice Clarke 27/07/2023", "Grandfather Winston Clarke, SGO 2031.", "ADHD assessment pending for Jerome."])],
 expect=dict(kind="step_down", urgent=False, level=None, case_ids=["2287650"],
  children=[("Jerome Clarke", "2021-03-12"), ("Shanice Clarke", "2023-07-27")], concerns=["disability_send"],
  consent=None, manager_agreed=None, missing=["consent", "draft_plan"], notice_ok=None, next_action="request_info"),
 cat="ordinary",
 why="Richmond & Wandsworth step-down (REQUIREMENTS: case summary, draft plan, consent): draft plan 'next week', consent 'I'll ask ... on Thursday' (DESIGN: still to be asked -> null) -> missing consent and draft_plan -> request_info.")

mail(file="richmond_wandsworth_05", authority="richmond_wandsworth", mailbox="mash_step_up", sent="2035-06-27 19:55", now_after=3,
 frm=("Mateusz Kowalczyk", "m.kowalczyk@safeharbourmen.org.uk"), client="outlook", html_twin=False,
 subject="Resident and his son - Safe Harbour men's refuge - mother outside now",
 body="""To whoever is on tonight,

I am the refuge worker on shift at Safe Harbour, a men's refuge in Richmond. We have a resident, Mr Hiroshi Brennan-Sato, here with his son Kaito Brennan-Sato (6, DOB 14/02/2029). Mr Brennan-Sato fled here three weeks ago because of his wife's violence; there is a non-molestation order.

At 19:40 his wife, Ms Claire Brennan, arrived at our front door. Our address is confidential but she has found it. She has been banging on the door and the ground floor windows for 15 minutes and shouting that she is taking Kaito tonight. On the door camera she is holding a kitchen knife. Kaito is upstairs and can hear everything; he is hiding under the bed.

We have rung the police and they are on their way but have given no time. I am the only worker in the building. Mr Brennan-Sato is asking what happens to Kaito if she gets in, and whether the children's out-of-hours team can come.

My mobile is 07700 900 382.

Mateusz Kowalczyk
Refuge Support Worker, Safe Harbour (men's refuge)
""",
 expect=dict(kind="other", urgent=True, level=None, case_ids=[], children=[("Kaito Brennan-Sato", "2029-02-14")],
  concerns=["domestic_abuse"], consent=None, manager_agreed=None, missing=[], notice_ok=None, next_action="alert_duty"),
 cat="urgent",
 why="DESIGN safety rule 1: an abusive mother with a kitchen knife at a men's refuge's door at 19:40 saying she is taking the 6-year-old tonight, the child inside -> urgent -> alert_duty (out of hours); a refuge worker's report, no step -> other.")

mail(file="richmond_wandsworth_06", authority="richmond_wandsworth", mailbox="mash_step_up", sent="2035-06-18 08:03", now_after=4,
 frm=("Declan Fitzgerald", "declan.fitz@btinternet.com"), client="plain", html_twin=False,
 subject="Complaint about your social worker",
 body="""I want to make a formal complaint about the social worker Ms Rosalind Treadwell.

For four months I have been asking to be told what is happening with my children, Rory Fitzgerald (8) and Isla Fitzgerald (5). I am their father, I have parental responsibility, and I have never once been invited to a meeting. I found out from my son that there was a "plan". Nobody asked me. Ms Treadwell has not returned one of my eleven calls. At the last school meeting she spoke to my ex-partner for twenty minutes and to me for two.

I am furious, and I am writing this at 8am because I haven't slept. To be clear before anyone reads this the wrong way: I am not a threat to anyone, my children are safe and well with their mum, and there is no concern about their safety in either home. I am angry about being treated like I don't exist. That is all.

I want: (1) a different worker, (2) to be invited to every meeting about my children from now on, (3) a written apology.

Declan Fitzgerald
07700 900 915
""",
 expect=dict(kind="other", urgent=False, level=None, case_ids=[], children=[("Rory Fitzgerald", None), ("Isla Fitzgerald", None)],
  concerns=[], consent=None, manager_agreed=None, missing=[], notice_ok=None, next_action="human_review"),
 cat="near_miss",
 why="NEAR MISS (a father's angry but safe complaint, 'my children are safe and well', no risk described) -> not urgent; a complaint, not a step request -> other -> human_review.")

mail(file="richmond_wandsworth_07", authority="richmond_wandsworth", mailbox="early_help_duty", sent="2035-07-13 13:40", now_after=1,
 frm=("Lorcan Pettigrew", "lorcan.pettigrew@richmondandwandsworth.gov.uk"), client="ooo",
 subject="Automatic reply: Step-down discussion - Ahmed-Dunne - Mosaic 2301776",
 body="""Thank you for your email. I am on annual leave from Friday 13 July and return on Monday 30 July 2035.

For Early Help duty enquiries please contact EarlyHelpDuty@richmondandwandsworth.gov.uk. If you have an immediate safeguarding concern about a child, please call the MASH, or 999 if a child is in danger.

Lorcan Pettigrew
Early Help Manager
""",
 expect=dict(kind="auto_reply", urgent=False, level=None, case_ids=[], children=[], concerns=[], consent=None,
  manager_agreed=None, missing=[], notice_ok=None, next_action="ignore"),
 cat="ordinary",
 why="Outlook out-of-office (Auto-Submitted: auto-replied, 'Automatic reply:'): the safeguarding line is boilerplate -> auto_reply -> ignore (DESIGN safety rule 2).")

mail(file="richmond_wandsworth_08", authority="richmond_wandsworth", mailbox="mash_step_up", sent="2035-07-03 11:50", now_after=4,
 frm=("Imogen Varley", "imogen.varley@richmondandwandsworth.gov.uk"), client="outlook", html_twin=False,
 subject="FW: Okafor boys - step up",
 body="""MASH - forwarding Chinedu's step-up below, which I have agreed as Early Help Team Manager. Case summary attached; Chinedu is writing up the rationale and will send it separately.

Imogen Varley
Early Help Team Manager

From: Chinedu Eze <chinedu.eze@richmondandwandsworth.gov.uk>
Sent: 02 July 2035 16:41
To: Imogen Varley
Subject: Okafor boys - step up

Hi Imogen,

As discussed, the Okafor boys - Kai Okafor (DOB 08/01/2024), Daniel Okafor (DOB 15/06/2026) and Samuel Okafor (DOB 22/10/2029), Mosaic ID 2312094 - live with their uncle, Mr Emeka Okafor, under a family arrangement since their mum went back to Lagos.

You will remember Mr Okafor was arrested on 6 June. That was fully dealt with at the time: the boys were with their grandmother that night, he was released the next morning with no further action, and police have confirmed there is nothing outstanding. It is not the reason for this step-up and there is no current concern about the boys' safety with him.

The reasons are neglect of home conditions (no working cooker for six weeks, boys' bedding unwashed) and Kai's attendance at 81%, with no change after five months of Early Help. Mr Okafor has given consent to the step-up.

Chinedu
""",
 attachments=[("docx", "Okafor case summary July 2035.docx", ["Case summary - Okafor", "Mosaic ID 2312094", "Kai 08/01/2024, Daniel 15/06/2026, Samuel 22/10/2029", "Uncle Emeka Okafor, family arrangement."])],
 expect=dict(kind="step_up", urgent=False, level=None, case_ids=["2312094"],
  children=[("Kai Okafor", "2024-01-08"), ("Daniel Okafor", "2026-06-15"), ("Samuel Okafor", "2029-10-22")],
  concerns=["neglect", "school_attendance"], consent=True, manager_agreed=True, missing=["rationale"], notice_ok=None, next_action="request_info"),
 cat="near_miss",
 why="NEAR MISS (an uncle's arrest told as past and resolved: NFA, boys with grandmother that night, 'no current concern') -> not urgent; Richmond & Wandsworth step-up sent by the EH Team Manager with the case summary, rationale 'will send it separately' -> missing rationale -> request_info.")

# ============================== TOWER HAMLETS
mail(file="tower_hamlets_01", authority="tower_hamlets", mailbox="mash_step_up", sent="2035-04-26 14:05", now_after=3,
 frm=("PC 4471HT Gemma Stroud", "gemma.stroud@met.police.uk"), client="outlook", html_twin=False,
 subject="Three children alone at Flat 12 Varden House E1 - carer in custody",
 body="""MAST,

Mr Rahim Chowdhury (DOB 11/09/1990) was arrested at 13:20 today on Whitechapel Road and is now in custody at Bethnal Green. During booking-in he told the custody sergeant he is the sole carer of his three nephews and that they are at home on their own at Flat 12, Varden House, Varden Street, E1:

Ayaan Chowdhury (11) DOB 03/02/2024
Zayd Chowdhury (8) DOB 19/07/2026
Isa Chowdhury (4)

He says the youngest is off nursery sick and the eldest was kept home to mind him. He left them at 11:30 this morning. There is no other adult in the flat and he gave no other family in London; the boys' mother is in Sylhet. Mr Chowdhury will not be released for some hours.

We have not yet been able to get a unit to the address. Custody note attached. I am on 020 7946 0833 until 22:00.

PC Gemma Stroud 4471HT
Custody, Bethnal Green, Metropolitan Police
""",
 attachments=[("txt", "custody_note_chowdhury.txt", ["CUSTODY RECORD EXTRACT - Bethnal Green", "DP: CHOWDHURY, Rahim  DOB 11/09/1990", "Arrested 13:20 Whitechapel Road", "DP states: sole carer of 3 nephews, 11, 8 and 4, at home alone at Flat 12 Varden House since 11:30.", "Action: MAST informed by email; unit requested to address."])],
 expect=dict(kind="other", urgent=True, level=None, case_ids=[], children=[("Ayaan Chowdhury", "2024-02-03"), ("Zayd Chowdhury", "2026-07-19"), ("Isa Chowdhury", None)],
  concerns=["neglect"], consent=None, manager_agreed=None, missing=[], notice_ok=None, next_action="alert_duty"),
 cat="urgent",
 why="DESIGN safety rule 1: an uncle caring for three nephews has been arrested and the boys, aged 11, 8 and 4, are alone in the flat with no adult and no unit yet -> urgent -> alert_duty (MAST, office hours); a police notification, no step -> other.")

mail(file="tower_hamlets_02", authority="tower_hamlets", mailbox="mash_step_up", sent="2035-04-23 10:20", now_after=4,
 frm=("Shahana Miah", "shahana.miah@towerhamlets.gov.uk"), client="outlook", html_twin=True,
 subject="MAST step up - Siddiqui - Mosaic 2755091",
 body="""Dear MAST,

Please find attached a completed Multi-Agency Request for Support form for the Siddiqui family, Mosaic 2755091.

Ibrahim Siddiqui, DOB 2025-03-30
Safiya Siddiqui, DOB 2022-11-02

Mr Faisal Siddiqui has cared for both children alone since his wife's death last year. Ibrahim has cerebral palsy and complex medical needs; he was discharged from the Royal London after a long admission in March. Safiya, who is 12, is now doing much of Ibrahim's personal care before and after school and has told her teacher she is "always tired". Dad works nights as a minicab driver to keep the family afloat.

Early Help cannot meet the level of need. We are asking for a social care assessment, including a young carer's assessment for Safiya and a disabled child's assessment for Ibrahim.

Mr Siddiqui has consented to the step-up. My manager, Nadim Rahman, has read the MARF and agreed it, see his sign-off in section 9.

Shahana Miah
Early Help Practitioner, Tower Hamlets Early Help Hub
""",
 attachments=[("pdf", "MARF - Siddiqui - 2755091.pdf", ["Multi-Agency Request for Support form", "Mosaic 2755091", "Children: Ibrahim Siddiqui 30/03/2025; Safiya Siddiqui 02/11/2022", "Section 9 - Manager sign-off: agreed, Nadim Rahman, 20/04/2035", "Parental consent: yes (Mr F Siddiqui)"])],
 expect=dict(kind="step_up", urgent=False, level=None, case_ids=["2755091"],
  children=[("Ibrahim Siddiqui", "2025-03-30"), ("Safiya Siddiqui", "2022-11-02")], concerns=["disability_send", "young_carer"],
  consent=True, manager_agreed=True, missing=[], notice_ok=None, next_action="book_meeting"),
 cat="ordinary",
 why="Complete Tower Hamlets MAST step-up (REQUIREMENTS tower_hamlets step_up: the MARF attached and the manager's agreement) -> book_meeting.")

mail(file="tower_hamlets_03", authority="tower_hamlets", mailbox="early_help_duty", sent="2035-06-05 12:15", now_after=4,
 frm=("Rebecca Adeyinka", "rebecca.adeyinka@towerhamlets.gov.uk"), client="outlook", html_twin=False,
 subject="Step down to Early Help - Asante-Boateng - TAF Thurs 14 June",
 body="""Hi Early Help Hub,

I'm stepping down the Asante-Boateng children to a TAF:

Nana Akua Asante-Boateng, DOB 16/08/2027
Kofi Asante-Boateng, DOB 01/12/2030
Mosaic 2749960

The CIN plan has largely met its aims: mum's housing is settled. The remaining work is Kofi's school attendance (88%) and budgeting support for mum. The TAF plan (draft) is attached. Ms Shirin Begum (mum) has given consent; so has Mr Kwame Asante-Boateng.

Dad has asked me specifically to make sure he is invited to the TAF. He was left out of the earlier CIN meetings because of a misunderstanding about his address, which was our error, and I have apologised to him. Please include him in everything from now on: kwame.ab@gmail.com.

I will chair the TAF on Thursday 14 June 2035 at 10:00 on Teams. The C&F assessment is with my manager for sign-off and I'll send it on as soon as it's authorised. We haven't yet found a Lead Practitioner - school have said they'll think about it.

Rebecca Adeyinka
Social Worker, Tower Hamlets Children's Social Care
""",
 attachments=[("docx", "TAF plan draft - Asante-Boateng.docx", ["TAF plan (draft)", "Mosaic 2749960", "Outcome 1: Kofi's attendance above 95%", "Outcome 2: dad included in all meetings and plans", "Outcome 3: mum supported with budgeting"])],
 expect=dict(kind="step_down", urgent=False, level=None, case_ids=["2749960"],
  children=[("Nana Akua Asante-Boateng", "2027-08-16"), ("Kofi Asante-Boateng", "2030-12-01")], concerns=["school_attendance"],
  consent=True, manager_agreed=None, missing=["assessment", "lead_practitioner"], notice_ok=None, next_action="request_info"),
 cat="ordinary",
 why="Tower Hamlets step-down (REQUIREMENTS: assessment, draft plan, consent, lead practitioner): both parents consent, TAF plan attached, but the C&F assessment is 'with my manager' and no Lead Practitioner is found yet -> missing assessment and lead_practitioner -> request_info.")

mail(file="tower_hamlets_04", authority="tower_hamlets", mailbox="mash_step_up", sent="2035-06-13 09:30", now_after=4,
 frm=("Mrs Farzana Hoque", "dsl@bowbellsprimary.towerhamlets.sch.uk"), client="html_only",
 subject="FYI only - parent taken ill at the gate last Tuesday (Yusuf Mirza, Reception)",
 body="""Dear MAST,

For information only; no action is needed from you, and we are logging it because we rang MAST at the time.

Last Tuesday (5 June) at pick-up, Mr Adnan Mirza, who is a single dad, collapsed at the school gate. Staff called an ambulance. It was a diabetic hypo. Yusuf Mirza (Reception) stayed with his class teacher and was collected by his aunt, Mr Mirza's named emergency contact, within 20 minutes. MAST advised at the time that no further action was needed.

Mr Mirza was discharged the same evening, is well, and came to see me on Friday. He has given the school a care plan for his diabetes and added a second emergency contact. Yusuf is happy and settled. We have no concerns about his care.

Kind regards
Farzana Hoque
Designated Safeguarding Lead, Bow Bells Primary School
""",
 expect=dict(kind="other", urgent=False, level=None, case_ids=[], children=[("Yusuf Mirza", None)], concerns=[], consent=None,
  manager_agreed=None, missing=[], notice_ok=None, next_action="human_review"),
 cat="near_miss",
 why="NEAR MISS (a single dad's collapse at the gate told as past and resolved: child collected by his aunt within 20 minutes, dad discharged and well, 'no concerns') -> not urgent; a school's FYI, no request -> other -> human_review.")

mail(file="tower_hamlets_05", authority="tower_hamlets", mailbox="early_help_duty", sent="2035-05-08 21:34", now_after=3,
 frm=("Mr Tariq Hussain", "tariq.hussain@hussainaccounts.co.uk"), client="outlook", html_twin=True,
 subject="My children - I cannot get into my house",
 body="""Dear Sir or Madam,

I apologise for writing to this address; it was on a leaflet from my son's school and I do not know who else to contact at this hour.

My wife, Mrs Rukhsana Hussain, has been violent towards me for some time. This evening she struck me with the kettle and then pushed me out of our front door and locked it. She has our two children inside with her:

Zain Hussain, 6 years (DOB 21-10-2028)
Amira Hussain, 2 years (DOB 05-01-2033)

She has been drinking since lunchtime. Through the letterbox I saw an empty packet of her sleeping tablets on the hall table. She has just shouted that she will "take the children with her" and that I will never see any of them again. Amira is crying. The bedroom light is on and she will not answer.

I am standing outside 44 Cable Street, E1. I have telephoned the police, who said they will send someone. I am writing in case your team can do anything more. My mobile is 07700 900 206.

Yours faithfully,
Tariq Hussain
""",
 expect=dict(kind="other", urgent=True, level=None, case_ids=[], children=[("Zain Hussain", "2028-10-21"), ("Amira Hussain", "2033-01-05")],
  concerns=["domestic_abuse", "parental_mental_health", "substance_misuse"], consent=None, manager_agreed=None, missing=[], notice_ok=None, next_action="alert_duty"),
 cat="urgent",
 why="DESIGN safety rule 1: a father who is himself a victim of domestic abuse is locked out at 21:34 while his drunk wife, who has taken sleeping tablets, is inside with a 6- and a 2-year-old saying she will 'take the children with her' -> urgent -> alert_duty (out of hours); formal letter, no step -> other.")

mail(file="tower_hamlets_06", authority="tower_hamlets", mailbox="mash_step_up", sent="2035-05-14 14:45", now_after=4,
 frm=("Sultana Begum", "sultana.begum@towerhamlets.gov.uk"), client="outlook", html_twin=False,
 subject="MAST step-up - Islam family - Mosaic 2761440 - MARF attached",
 body="""Hello MAST,

Step-up request for the Islam children, Mosaic 2761440:
- Rayhan Islam (DOB 11/04/2025)
- Tasnim Islam (DOB 29/09/2029)

Mr Jahangir Islam is the victim of domestic abuse by the children's mother, Ms Nasreen Akhter. The last incident was on 2 May, when she assaulted him in front of the children. She was arrested and charged, and is on bail to her sister's address in Luton with conditions not to contact Mr Islam or attend the home; police confirm she has complied and the children are living with dad. There is no current concern about physical harm to the children. The DASH was medium.

We are asking MAST to step up because the children are showing the effects of years of domestic abuse at home (Rayhan's aggression at school, Tasnim not sleeping), mum is seeking contact through solicitors, and this needs a statutory assessment rather than Early Help alone.

MARF attached. Mr Islam has consented. My manager, Olwen Fairclough, agreed the step-up on 11 May.

Sultana Begum
Early Help Practitioner
""",
 attachments=[("pdf", "MARF Islam 2761440.pdf", ["Multi-Agency Request for Support form", "Mosaic 2761440", "Rayhan Islam 11/04/2025; Tasnim Islam 29/09/2029", "Concern: domestic abuse (father victim); DASH medium.", "Manager: Olwen Fairclough - agreed 11/05/2035"])],
 expect=dict(kind="step_up", urgent=False, level=None, case_ids=["2761440"],
  children=[("Rayhan Islam", "2025-04-11"), ("Tasnim Islam", "2029-09-29")], concerns=["domestic_abuse"],
  consent=True, manager_agreed=True, missing=[], notice_ok=None, next_action="book_meeting"),
 cat="near_miss",
 why="NEAR MISS (the mother's assault on the father told as past and handled: charged, bail conditions complied with, 'no current concern about physical harm') -> not urgent; complete Tower Hamlets MAST step-up (MARF + manager) -> book_meeting.")

mail(file="tower_hamlets_07", authority="tower_hamlets", mailbox="early_help_duty", sent="2035-06-08 10:05", now_after=4,
 frm=("Rebecca Adeyinka", "rebecca.adeyinka@towerhamlets.gov.uk"), client="outlook", html_twin=False,
 subject="RE: Step-down received [SB-tower_hamlets-512] Asante-Boateng",
 body="""Hi,

The C&F assessment for Nana Akua Asante-Boateng and Kofi Asante-Boateng (Mosaic 2749960) has now been authorised - attached. It concluded on 7 June 2035.

Still working on the Lead Practitioner, I'll come back to you on that.

Rebecca

From: Tower Hamlets Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>
Sent: 05 June 2035 12:21
Subject: Step-down received [SB-tower_hamlets-512] Asante-Boateng

Your step-down has been received (SB-tower_hamlets-512). Missing: the Child and Family Assessment; the Lead Practitioner's name and agency.
""",
 attachments=[("pdf", "C&F Assessment - Asante-Boateng - authorised.pdf", ["Child and Family Assessment", "Mosaic 2749960", "Authorised 07/06/2035", "Outcome: step down to TAF."])],
 expect=dict(kind="follow_up", urgent=False, level=None, case_ids=["2749960"],
  children=[("Nana Akua Asante-Boateng", None), ("Kofi Asante-Boateng", None)], concerns=[], consent=None,
  manager_agreed=None, missing=[], notice_ok=None, next_action="attach_to_request"),
 cat="ordinary",
 why="A reply to [SB-tower_hamlets-512] adding the authorised C&F assessment -> follow_up -> attach_to_request; missing [] for a follow_up (DESIGN).")

mail(file="tower_hamlets_08", authority="tower_hamlets", mailbox="mash_step_up", sent="2035-06-15 16:10", now_after=3,
 frm=("Tower Hamlets Community Safety", "community.safety@towerhamlets.gov.uk"), client="html_only",
 subject="Community Safety bulletin - Father's Day: men can be victims too",
 body="""COMMUNITY SAFETY BULLETIN - June 2035

Father's Day (Sunday 17 June): men can be victims too

One in three victims of domestic abuse is male. Many men do not come forward because they fear they will not be believed or that they will lose their children.

Our campaign this month uses real-sounding (fictional) examples to help staff recognise what men tell us:
- "She hit me and the kids are inside."
- "She's locked me out and says she'll take the children."
- "I'm living in a men's refuge with my son and she has found us."

If any child is in immediate danger, call 999. If you are worried about a child, contact MAST on 0207 364 5606.

Free training for staff: 'Male victims and fathers', 26 June, Mulberry Place.

This bulletin is for information. Please do not reply.
""",
 expect=dict(kind="other", urgent=False, level=None, case_ids=[], children=[], concerns=[], consent=None,
  manager_agreed=None, missing=[], notice_ok=None, next_action="human_review"),
 cat="near_miss",
 why="NEAR MISS (a bulletin whose example quotes echo this set's urgent mails, explicitly fictional; DESIGN safety rule 1: bulletins that list examples must not trigger it) -> other -> human_review.")

# ============================== TORBAY
mail(file="torbay_01", authority="torbay", mailbox="early_help_duty", sent="2035-04-25 09:55", now_after=4,
 frm=("Joanna Pearse", "joanna.pearse@torbay.gov.uk"), client="outlook", html_twin=True,
 subject="Step down for triage - Tregunna - LCS-3418820",
 body="""Good morning Early Help,

Please could the Tregunna children have a triage slot for step-down to level 3 Early Help:

Freya Tregunna (DOB 09/08/2031)
Jago Tregunna (DOB 17/02/2033) - under 5, so I think the under-5s triage
LCS-3418820

The children live with their father, Mr Lowen Tregunna, who has PR and has been their main carer since the parents separated in 2034. The Single Assessment (attached) recommends level 3 Early Help for Freya's speech and language and for support with routines.

Consent: dad has given his consent to Early Help. Mum, Ms Kirsty Hamley, who does not live with the children and sees them at weekends, has declined to sign; she does not object to the support but does not want her own name on the plan. As dad holds PR and the children live with him, we are proceeding on his consent. I have discussed this with my Team Manager, Silas Penrose, who agrees, and who has signed off the step-down (see his analysis at the end of the assessment).

Many thanks
Joanna Pearse
Social Worker, Torbay Children's Services
""",
 attachments=[("pdf", "Single Assessment - Tregunna - LCS-3418820.pdf", ["Single Assessment", "LCS-3418820", "Freya Tregunna 09/08/2031; Jago Tregunna 17/02/2033", "Recommendation: step down to level 3 Early Help.", "Team Manager analysis: I agree with the recommendation. Silas Penrose, 23/04/2035"])],
 expect=dict(kind="step_down", urgent=False, level=3, case_ids=["LCS-3418820"],
  children=[("Freya Tregunna", "2031-08-09"), ("Jago Tregunna", "2033-02-17")], concerns=["disability_send"],
  consent=True, manager_agreed=True, missing=[], notice_ok=None, next_action="book_meeting"),
 cat="ordinary",
 why="Complete Torbay step-down (REQUIREMENTS torbay step_down: assessment, manager agreement, consent): the father with PR has consented where the mother declined to sign, and the writer states they proceed on his consent -> consent true; TM signed off -> manager true; under-5 -> under-5s triage.")

mail(file="torbay_02", authority="torbay", mailbox="mash_step_up", sent="2035-06-30 22:51", now_after=3,
 frm=("Gavin Chudleigh", "gavchud@yahoo.co.uk"), client="android", html_twin=False,
 subject="my daughter texting me from her mums - Paignton",
 body="""Hello im Mia's dad, I live in Leeds, I am 4 hours away.

My daughter Mia Chudleigh (13) has been texting me since 10.40pm from her mums house. This is what she sent:

"dad hes drunk again he hit mum she's bleeding"
"hes trying to get in my room"
"me and alfie are locked in the bathroom hes kicking the door"
"please"

Alfie Chudleigh is her little brother he is 3. Her mum isn't answering. The address is 9 Kings Ash Road, Paignton. The boyfriend is called Shane something. I rang 999 but they said they'd get someone there and I havent heard anything, Mia has stopped replying for the last 5 mins.

Is there anyone from childrens services who can go. 07700 900 771

Gavin""",
 expect=dict(kind="other", urgent=True, level=None, case_ids=[], children=[("Mia Chudleigh", None), ("Alfie Chudleigh", None)],
  concerns=["domestic_abuse", "substance_misuse"], consent=None, manager_agreed=None, missing=[], notice_ok=None, next_action="alert_duty"),
 cat="urgent",
 why="DESIGN safety rule 1: a non-resident father relays his 13-year-old's texts at 22:40 on a Saturday - mum's drunk boyfriend has hit mum and is kicking the bathroom door where she and her 3-year-old brother are hiding -> urgent -> alert_duty (out of hours); a parent's message, no step -> other.")

mail(file="torbay_03", authority="torbay", mailbox="mash_step_up", sent="2035-06-12 13:47", now_after=3,
 frm=("Nia Trewin", "nia.trewin@torbay.gov.uk"), client="outlook", html_twin=False,
 subject="Step up to MASH - Pengelly - EHM-820331",
 body="""Hi MASH,

Contact to MASH for the Pengelly boys, EHM-820331:
Kit Pengelly (DOB 04.03.2027)
Morgan Pengelly (DOB 22.10.2029)

Dad, Mr Aaron Pengelly, has been the boys' sole carer since their mum died in a car crash in January. Early Help has been working with the family since February on bereavement and routines. Dad's mental health has got steadily worse: he has stopped eating, has not been to work for six weeks, and told me last week he "can't see the point".

Mr Pengelly has given his consent to the step-up. My Early Help ATM, Tamsin Verity, agreed it this morning.

P.S. Since typing the above, dad has just rung me (13:40). He has picked the boys up from school early and is sitting in the car at the Berry Head car park with them. He said he has "had enough" and that "we'll all be together with their mum tonight", then rang off. He isn't answering now. His car is a silver Skoda, WK29 PLX.

Nia Trewin
Family Support Worker, Torbay Early Help
""",
 expect=dict(kind="step_up", urgent=True, level=None, case_ids=["EHM-820331"],
  children=[("Kit Pengelly", "2027-03-04"), ("Morgan Pengelly", "2029-10-22")], concerns=["parental_mental_health"],
  consent=True, manager_agreed=True, missing=[], notice_ok=None, next_action="alert_duty"),
 cat="urgent",
 why="DESIGN safety rule 1 (a P.S. read like the rest): a grieving single father has just taken the boys from school to a clifftop car park saying 'we'll all be together with their mum tonight' -> urgent -> alert_duty; the Torbay step-up itself is complete (consent and ATM agreement).")

mail(file="torbay_04", authority="torbay", mailbox="mash_step_up", sent="2035-05-17 11:15", now_after=4,
 frm=("Ben Luscombe", "ben.luscombe@torbay.gov.uk"), client="outlook", html_twin=True,
 subject="Step up request - Oscar Marwood-Hicks - EHM-821907",
 body="""Hi MASH,

Step-up for Oscar Marwood-Hicks, DOB 2026-12-05, EHM-821907.

Oscar's parents separated last year and are in a long and bitter dispute over contact, which is now back in the family court. Neither parent has ever hurt Oscar and there is no suggestion that they have; the police logged the April handover at the McDonald's car park as a verbal dispute with no offences and no concerns for Oscar. This is not a safeguarding referral about either parent's care.

What has changed is Oscar himself: his attendance has dropped to 71%, he refuses to go to either house on changeover days, and mum has stopped engaging with the Early Help plan since she was told dad would be invited to meetings. Dad is keen to be involved and has attended everything.

My ATM, Rhiannon Tully, has agreed this should step up. I haven't yet asked dad for consent - I'm seeing him on Friday and will ask then. Mum has said she'll think about it.

Ben Luscombe
Early Help Practitioner, Torbay
""",
 expect=dict(kind="step_up", urgent=False, level=None, case_ids=["EHM-821907"], children=[("Oscar Marwood-Hicks", "2026-12-05")],
  concerns=["non_engagement", "school_attendance"], consent=None, manager_agreed=True, missing=["consent"], notice_ok=None, next_action="request_info"),
 cat="near_miss",
 why="NEAR MISS (a contact dispute with no harm: 'Neither parent has ever hurt Oscar', police log a verbal dispute) -> not urgent, no domestic_abuse/physical_harm; Torbay step-up with ATM agreement but consent not yet asked (DESIGN: null) -> missing consent -> request_info.")

mail(file="torbay_05", authority="torbay", mailbox="early_help_duty", sent="2035-04-26 16:02", now_after=3,
 frm=("Joanna Pearse", "joanna.pearse@torbay.gov.uk"), client="itip", partstat="TENTATIVE",
 subject="Tentative: Under-5s triage - Tregunna - LCS-3418820",
 body="""Tentatively accepted - I'll confirm once I know whether dad can join us. He's asked to be there.
""",
 ical=dict(uid="SB-torbay-1147-triage-20350501", summary="Under-5s triage - Tregunna - LCS-3418820",
  start="20350501T113000", end="20350501T120000", organizer="earlyhelp@torbay.gov.uk",
  comment="I'll confirm once I know whether dad (Mr Tregunna) can join - he has asked to be there."),
 expect=dict(kind="meeting_reply", urgent=False, level=None, case_ids=["LCS-3418820"], children=[], concerns=[], consent=None,
  manager_agreed=None, missing=[], notice_ok=None, next_action="record_reply"),
 cat="ordinary",
 why="Outlook iTIP REPLY (METHOD:REPLY, PARTSTAT=TENTATIVE) with a COMMENT from the social worker for torbay_01's under-5s triage slot (Tue 1 May 11:30); SUMMARY carries LCS-3418820 -> meeting_reply -> record_reply.")

mail(file="torbay_06", authority="torbay", mailbox="mash_step_up", sent="2035-06-19 11:20", now_after=3,
 frm=("Sorcha Nankivell", "sorcha.nankivell@nhs.net"), client="dictated", html_twin=False,
 subject="Dictated - HV visit Rowan Yeo - Torquay - please read",
 body="""this is Sorcha Nankivell health visitor dictating from my phone in the flat so please excuse errors

I am at 3 Ellacombe Church Road flat B for the new birth follow up for Rowan Yeo date of birth 03/05/2035 so six weeks old. Dad Jordan Yeo is the sole carer since mum left when Rowan was 10 days old. Dad let me in at 10.50 then went back to the sofa and I cannot rouse him properly he is snoring and floppy and mumbling. There are two empty vodka bottles and a blister pack of his diazepam on the floor

Rowan was in the bouncer in a soaking nappy that I think has not been changed since last night, cold to touch, and there is no made up feed in the flat only an empty tin. I have changed and warmed her and she is taking cooled boiled water from a spoon. There is no other adult. Dad's mum is in Plymouth and not answering

I have rung 999 for dad and an ambulance is coming but I have a clinic at 12.30 and someone needs to decide who looks after Rowan when dad goes. Please ring me on 07700 900 458

Sorcha Nankivell
Health Visitor, Torquay 0-19 team
sent by voice to text""",
 expect=dict(kind="other", urgent=True, level=None, case_ids=[], children=[("Rowan Yeo", "2035-05-03")],
  concerns=["neglect", "substance_misuse"], consent=None, manager_agreed=None, missing=[], notice_ok=None, next_action="alert_duty"),
 cat="urgent",
 why="DESIGN safety rule 1: a health visitor dictating from the flat - a single father unrousable after vodka and diazepam, his 6-week-old cold and unfed with no other adult, dad about to go to hospital -> urgent -> alert_duty (MASH duty, office hours); no step -> other.")

mail(file="torbay_07", authority="torbay", mailbox="early_help_duty", sent="2035-07-02 14:30", now_after=4,
 frm=("Callum Rowse", "callum.rowse@torbay.gov.uk"), client="gmail", html_twin=True,
 subject="step down - Bray children - grandad SGO - LCS-3420013",
 body="""Hi EH team,

Can I get the Bray children onto triage for a step down to level 3 please.

Ellis Bray, d.o.b 11/11/2022
Tegan Bray, d.o.b 01/06/2025
LCS-3420013

They live with their grandfather, Mr Roy Bray (71), who has a Special Guardianship Order. Things are much more settled since the CIN plan started - Ellis is settled at school and Roy is getting help with his arthritis. What's left is support for Roy as an older carer and some help with Ellis's behaviour at home.

Roy has given consent for Early Help and is pleased about it.

My TM, Tamsin Verity, is on leave until the 16th so I haven't been able to get her sign-off yet, and the Single Assessment needs her authorisation before I can send it. I'll send both as soon as she's back.

Thanks
Callum
Social Worker, Torbay
""",
 expect=dict(kind="step_down", urgent=False, level=3, case_ids=["LCS-3420013"],
  children=[("Ellis Bray", "2022-11-11"), ("Tegan Bray", "2025-06-01")], concerns=[],
  consent=True, manager_agreed=None, missing=["assessment", "manager_agreed"], notice_ok=None, next_action="request_info"),
 cat="ordinary",
 why="Torbay step-down at level 3 (REQUIREMENTS: assessment, manager agreement, consent): grandfather with SGO consents, but the TM has not yet signed off (null) and the Single Assessment is not attached -> missing assessment and manager_agreed -> request_info.")

mail(file="torbay_08", authority="torbay", mailbox="early_help_duty", sent="2035-07-18 10:10", now_after=4,
 frm=("Marcus Odell", "marcus.odell@torbay.gov.uk"), client="outlook", html_twin=False,
 subject="Step down - Gill - LCS-3421547 - Single Assessment and plan attached",
 body="""Morning Early Help,

Step-down to level 3 for the Gill boys, LCS-3421547:
Harvey Gill (DOB 27 Sept 2024)
Jasveer Gill (DOB 3 March 2028)

Mr Harjit Gill is a single father in recovery from alcohol dependence; he has been sober for 14 months with negative tests throughout and engages well with Torbay Recovery. Work still needed: Harvey's attendance (86%) and keeping dad's recovery support in place.

Our contingency plan, which is in the draft plan attached, covers what we would do if things changed: if Mr Gill were to relapse, and if the boys were ever left without a sober adult, school or the Early Help worker would contact MASH straight away and the boys' aunt would step in. This is a plan for a "what if", not something that is happening; there have been no incidents.

Mr Gill consents to Early Help. The step-down was agreed by my TM, Silas Penrose, at the CIN review on 11 July.

Marcus Odell
Social Worker
""",
 attachments=[("pdf", "Single Assessment Gill LCS-3421547.pdf", ["Single Assessment", "LCS-3421547", "Harvey Gill 27/09/2024; Jasveer Gill 03/03/2028", "Recommendation: level 3 Early Help. TM agreed, S Penrose."]),
              ("docx", "Draft EH plan and contingency - Gill.docx", ["Draft Early Help plan - Gill", "Attendance plan for Harvey", "Recovery support for dad", "Contingency: if relapse, school/EH worker to contact MASH; aunt to care."])],
 expect=dict(kind="step_down", urgent=False, level=3, case_ids=["LCS-3421547"],
  children=[("Harvey Gill", "2024-09-27"), ("Jasveer Gill", "2028-03-03")], concerns=["school_attendance", "substance_misuse"],
  consent=True, manager_agreed=True, missing=[], notice_ok=None, next_action="book_meeting"),
 cat="near_miss",
 why="NEAR MISS (a hypothetical relapse in a contingency plan, 'not something that is happening') -> not urgent; complete Torbay level 3 step-down (Single Assessment, TM agreed, consent) -> book_meeting.")

# ============================== HEREFORDSHIRE
mail(file="herefordshire_01", authority="herefordshire", mailbox="early_help_duty", sent="2035-04-24 13:25", now_after=4,
 frm=("Eleri Watkins", "eleri.watkins@herefordshire.gov.uk"), client="outlook", html_twin=True,
 subject="EHA step-down plan - Wiśniewski sibling group - Mosaic 884213",
 body="""Dear Early Help Co-ordinators,

Following my discussion with Verity Lang last week, please find attached the Early Help Assessment step-down plan and the signed consent form for the Wiśniewski sibling group (Mosaic 884213):

Zofia Wiśniewska – 12/05/2023
Kacper Wiśniewski – 30/01/2026
Lena Wiśniewska – 08/08/2030

The children live with their father, Mr Tomasz Wiśniewski, a farm worker near Ledbury, who became their sole carer in November. The Child & Family Assessment concluded on 17 April with a decision to step down to Early Help. Worries: Zofia taking on care of her younger siblings after school, and Kacper's attendance.

Key person: Mrs Gwyneth Price, Family Support Worker, Ledbury Family Hub, who has met Mr Wiśniewski and agreed to lead.

Mr Wiśniewski has signed the consent form (attached, with a Polish translation).

Eleri Watkins
Social Worker, Herefordshire Children's Services
""",
 attachments=[("docx", "EHA step-down plan - Wisniewski.docx", ["Early Help Assessment step-down plan", "Mosaic 884213", "What needs to happen / by whom / outcome / timescale", "Young carer support for Zofia - Young Carers service - by July", "Attendance plan for Kacper - school - 6 weeks", "Person consulted to lead on this step down: Gwyneth Price, Ledbury Family Hub"]),
              ("pdf", "Consent form signed - Wisniewski.pdf", ["Early Help consent form", "I consent to Early Help support for my children.", "Signed: Tomasz Wisniewski  20/04/2035"])],
 expect=dict(kind="step_down", urgent=False, level=None, case_ids=["884213"],
  children=[("Zofia Wiśniewska", "2023-05-12"), ("Kacper Wiśniewski", "2026-01-30"), ("Lena Wiśniewska", "2030-08-08")],
  concerns=["school_attendance", "young_carer"], consent=True, manager_agreed=None, missing=[], notice_ok=None, next_action="book_meeting"),
 cat="ordinary",
 why="Complete Herefordshire sibling-group step-down (REQUIREMENTS herefordshire: consent form, EHA step-down plan, key person with agency), after a discussion with a co-ordinator -> book_meeting.")

mail(file="herefordshire_02", authority="herefordshire", mailbox="mash_step_up", sent="2035-05-14 10:40", now_after=3,
 frm=("Gareth Bevan-Lloyd", "gareth.bevan-lloyd@herefordshire.gov.uk"), client="outlook", html_twin=False,
 subject="Step up to social care - Cerys Bevan - Mosaic 0891527",
 body="""Hello MASH,

I'd like to step Cerys Bevan (DOB 20/09/2025), Mosaic 0891527, up from Early Help. My manager, Xavier Moss, agreed this with me on the phone ten minutes ago.

I was at the house at 9 this morning. Cerys lives with her dad, Kyle Bevan, and his partner, Ms Stacey Holt. Dad works away on the rigs and flew out on Saturday. When I was there Cerys showed me her forearm: there is a fresh blistered burn about 5cm long. She told me "Stacey did it with the straighteners because I was cheeky" last night, and asked me not to tell because "she'll do it again". Stacey told me Cerys did it herself.

Cerys is at school today. Stacey is the one collecting her at 3.15 and Cerys will be back home with her tonight; there is no-one else in the house. I have not been able to reach dad offshore.

Gareth Bevan-Lloyd
Family Support Worker, Herefordshire Early Help
""",
 expect=dict(kind="step_up", urgent=True, level=None, case_ids=["0891527"], children=[("Cerys Bevan", "2025-09-20")],
  concerns=["physical_harm"], consent=None, manager_agreed=True, missing=[], notice_ok=None, next_action="alert_duty"),
 cat="urgent",
 why="DESIGN safety rule 1: a 9-year-old's fresh burn and disclosure that her father's partner did it, with the partner collecting her at 3.15 today and father abroad -> urgent -> alert_duty (first of all); a step-up, which Herefordshire does not define (no requirements, missing []).")

mail(file="herefordshire_03", authority="herefordshire", mailbox="early_help_duty", sent="2035-07-07 09:12", now_after=3,
 frm=("Glyn Prosser", "glynprosser@hotmail.co.uk"), client="plain", html_twin=False,
 subject="Millie - her mum took her last night",
 body="""To Mrs Lang or whoever reads this at the weekend,

I am Millie Prosser's grandad and I have had her under a Special Guardianship Order since she was two. Millie was born 30.11.2028.

Last night about 11pm her mother, my daughter Jade, turned up at my house in Bromyard very drunk and took Millie out of her bed and put her in a car with a man I didn't know. The court order says Jade is only to see Millie supervised. I couldn't stop her, I am 74 and have a bad hip.

This morning Jade has texted me that they are at her boyfriend's in Abergavenny and Millie is "fine". I have since found out from my son that the boyfriend is Lee Pritchard, who is on the sex offenders register for offences against a child. Jade says she is keeping Millie there for the weekend.

I rang 101 last night and they gave me a log number, 0791. Nobody has called back. What do I do?

Glyn Prosser
07700 900 127
""",
 expect=dict(kind="other", urgent=True, level=None, case_ids=[], children=[("Millie Prosser", "2028-11-30")],
  concerns=["sexual_harm", "substance_misuse"], consent=None, manager_agreed=None, missing=[], notice_ok=None, next_action="alert_duty"),
 cat="urgent",
 why="DESIGN safety rule 1: on a Saturday morning a grandfather with an SGO writes that the 6-year-old was taken by her drunk mother, against the court order, to stay the weekend with a man on the sex offenders register -> urgent -> alert_duty (out-of-hours service); a carer's message, no step -> other.")

mail(file="herefordshire_04", authority="herefordshire", mailbox="mash_step_up", sent="2035-07-10 15:31", now_after=2,
 frm=("Mrs Rhian Davies", "office@kingstonebrook.hereford.sch.uk"), client="iphone", html_twin=False,
 subject="Dad drove off with the twins - Kingstone",
 body="""MASH - Rhian Davies, headteacher at Kingstone Brook Primary.

At 3.20 Mr Owain Morgan-Lloyd came to collect his twins, Bethan Morgan-Lloyd and Rhys Morgan-Lloyd (Year 1, DOB 14/02/2030). He is their single dad. He was slurring, unsteady on his feet and smelled strongly of alcohol. Before staff could stop him he put both children in the back of his car, no car seats, and drove off fast towards the A465. He nearly hit the lollipop man.

Car is a black Ford Focus, part reg HY27. We have rung the police. Mum lives in Cardiff and we have left her a message. The home address is Orchard Cottage, Kingstone.

I'm on 01432 496 551 or my mobile 07700 900 339.

Rhian

Sent from my iPhone""",
 expect=dict(kind="other", urgent=True, level=None, case_ids=[], children=[("Bethan Morgan-Lloyd", "2030-02-14"), ("Rhys Morgan-Lloyd", "2030-02-14")],
  concerns=["substance_misuse"], consent=None, manager_agreed=None, missing=[], notice_ok=None, next_action="alert_duty"),
 cat="urgent",
 why="DESIGN safety rule 1: a drunk single father drove off with his 5-year-old twins, no car seats, minutes ago -> urgent -> alert_duty (office hours, MASH duty); a school's report, no step -> other; one DOB for both twins.")

mail(file="herefordshire_05", authority="herefordshire", mailbox="early_help_duty", sent="2035-05-31 11:30", now_after=4,
 frm=("Ifeoma Chukwu", "ifeoma.chukwu@herefordshire.gov.uk"), client="outlook", html_twin=True,
 subject="Step-down plan - Jenkins - Mosaic 0887402",
 body="""Dear Co-ordinators,

Further to my chat with Xavier at Tuesday's drop-in, attached are the EHA step-down plan and Mr Jenkins' signed consent form for:

Harri Jenkins (DOB 01/07/2027)
Seren Jenkins (DOB 19/03/2031)
Mosaic 0887402

Mr Rhodri Jenkins was the victim of domestic abuse from the children's mother; the last incident was in January. Mum moved out, there is a non-molestation order, and there have been no incidents since. The s47 and the Child & Family Assessment found the children safe and settled with dad. The plan focuses on the children's recovery from the domestic abuse they witnessed at home (Harri's anger, Seren's nightmares).

The key person is still to be agreed - school and the Family Hub are both considering it and I'll confirm next week.

Ifeoma Chukwu
Social Worker
""",
 attachments=[("docx", "EHA Step-Down Plan Jenkins.docx", ["Early Help Assessment step-down plan", "Mosaic 0887402", "Harri: anger support - school counsellor - by September", "Seren: sleep - Family Hub - 8 weeks", "Person consulted to lead on this step down: to be confirmed"]),
              ("pdf", "Consent - Jenkins - signed.pdf", ["Consent to Early Help", "Signed: Rhodri Jenkins, 29/05/2035"])],
 expect=dict(kind="step_down", urgent=False, level=None, case_ids=["0887402"],
  children=[("Harri Jenkins", "2027-07-01"), ("Seren Jenkins", "2031-03-19")], concerns=["domestic_abuse"],
  consent=True, manager_agreed=None, missing=["lead_practitioner"], notice_ok=None, next_action="request_info"),
 cat="near_miss",
 why="NEAR MISS (the father was the victim of domestic abuse in January, now past: NMO, 'no incidents since', children safe) -> not urgent; Herefordshire step-down with plan and signed consent form but the key person 'still to be agreed' -> missing lead_practitioner -> request_info.")

mail(file="herefordshire_06", authority="herefordshire", mailbox="early_help_duty", sent="2035-05-16 09:00", now_after=4,
 frm=("Herefordshire Safeguarding Children Partnership", "hscp.training@herefordshire.gov.uk"), client="itip_request",
 subject="Invitation: Dads in the picture - working with fathers and male carers (Wed 13 June 2035)",
 body="""You are invited to the HSCP practice workshop 'Dads in the picture'.

Wednesday 13 June 2035, 09:30-12:30, Plough Lane, Hereford (and on Teams).

We will work through three fictional case studies:
1. A stepfather tells a health visitor he "lost it" with the baby. What questions would you ask, and what would make this an immediate child protection concern?
2. A single dad collapses at the school gate. Who is the child's emergency contact, and what if there is none?
3. A father in a men's refuge with his son: what if the mother finds the refuge?

None of these are real families. Please accept or decline so we can plan numbers.
""",
 ical=dict(uid="hscp-dads-in-the-picture-20350613@herefordshire.gov.uk", summary="HSCP workshop: Dads in the picture",
  start="20350613T093000", end="20350613T123000", organizer="hscp.training@herefordshire.gov.uk",
  desc="Practice workshop on working with fathers and male carers. Fictional case studies only."),
 expect=dict(kind="other", urgent=False, level=None, case_ids=[], children=[], concerns=[], consent=None,
  manager_agreed=None, missing=[], notice_ok=None, next_action="human_review"),
 cat="near_miss",
 why="NEAR MISS (a training invitation, iTIP METHOD:REQUEST, whose fictional case studies and 'what if' questions echo urgent situations; DESIGN safety rule 1: hypotheticals must not trigger it) -> not a REPLY, no request -> other -> human_review.")

mail(file="herefordshire_07", authority="herefordshire", mailbox="early_help_duty", sent="2035-05-04 12:00", now_after=3,
 frm=("Eleri Watkins", "eleri.watkins@herefordshire.gov.uk"), client="outlook", html_twin=False,
 subject="RE: Step-down received [SB-herefordshire-77] - any update?",
 body="""Hi,

Just chasing this one - I sent the step-down plan for the Wiśniewski family (Mosaic 884213) on 24 April and haven't heard who the co-ordinator is yet. Dad has rung me twice asking when Gwyneth will be in touch; he's keen to get going before the summer.

Thanks
Eleri

> From: Herefordshire Early Help Co-ordinators
> Sent: 24 April 2035 13:31
> Subject: Step-down received [SB-herefordshire-77]
> Your step-down has been received and is complete. Reference SB-herefordshire-77.
""",
 expect=dict(kind="follow_up", urgent=False, level=None, case_ids=["884213"], children=[], concerns=[], consent=None,
  manager_agreed=None, missing=[], notice_ok=None, next_action="attach_to_request"),
 cat="ordinary",
 why="A chaser replying to [SB-herefordshire-77] -> follow_up -> attach_to_request; no child named (the family only), missing [] for a follow_up.")

mail(file="herefordshire_08", authority="herefordshire", mailbox="early_help_duty", sent="2035-06-28 14:10", now_after=4,
 frm=("Tom Ashworth-Reyes", "tom.ashworth-reyes@herefordshire.gov.uk"), client="gmail", html_twin=True,
 subject="Step down plan - Ruby Price-Haddad - Mosaic 0893310",
 body="""Hi Co-ordinators,

Please find attached the EHA step-down plan for Ruby Price-Haddad (DOB 25/12/2024), Mosaic 0893310. I discussed it with Wilfred Oyelaran on Tuesday.

Ruby lives with her dad, Mr Sami Haddad, and her stepmum. The C&F assessment decision on 21 June was to step down. Remaining worries are Ruby's school attendance (82%) and her anxiety about contact with mum.

Key person: Ms Leah Morris, Pastoral Lead, Whitecross Hereford High School, who has agreed to lead.

Dad has agreed to Early Help verbally on the phone, and I'm taking the consent form out to him on Monday for his signature - I'll send it over once signed. Ruby's stepdad on mum's side, Mr Paul Price, has asked to be kept informed too.

Tom
Social Worker, Herefordshire
""",
 attachments=[("docx", "EHA step-down plan - Price-Haddad.docx", ["Early Help Assessment step-down plan", "Mosaic 0893310", "Attendance: school pastoral lead - 6 weeks", "Anxiety about contact: school counsellor - by October", "Lead: Leah Morris, Whitecross Hereford High School"])],
 expect=dict(kind="step_down", urgent=False, level=None, case_ids=["0893310"], children=[("Ruby Price-Haddad", "2024-12-25")],
  concerns=["school_attendance"], consent=True, manager_agreed=None, missing=["consent_form"], notice_ok=None, next_action="request_info"),
 cat="ordinary",
 why="Herefordshire step-down (REQUIREMENTS: consent form, plan, key person): dad 'has agreed ... verbally' (consent true) but the written consent form is still to be signed -> missing consent_form -> request_info.")

# ---------------------------------------------------------------- building
def build(m):
    f = m["file"]; auth = m["authority"]; to = BOX[auth][m["mailbox"]]
    sent = datetime.strptime(m["sent"], "%Y-%m-%d %H:%M").replace(tzinfo=BST)
    name, fa = m["frm"]; dom = fa.split("@")[1]; client = m["client"]
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = email.utils.formataddr((name, fa))
    msg["To"] = to
    msg["Subject"] = m["subject"]
    msg["Date"] = email.utils.format_datetime(sent)
    msg["Message-ID"] = "<%s@%s>" % (sha(f + "mid")[:24].upper(), dom)
    msg["MIME-Version"] = "1.0"
    if m["subject"].startswith(("RE:", "Declined:", "Tentative:")):
        msg["In-Reply-To"] = "<%s@stepbot.%s>" % (sha(f + "irt")[:20], BOX[auth][m["mailbox"]].split("@")[1])
    if client in ("outlook", "itip", "ooo", "itip_request"):
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
        msg["Thread-Index"] = "AQH" + sha(f + "ti")[:25]
    elif client == "iphone":
        msg["X-Mailer"] = "iPhone Mail (22F76)"
    elif client == "android":
        msg["X-Mailer"] = "Samsung Email Android"
    body = m["body"]
    if client == "ooo":
        msg["Auto-Submitted"] = "auto-replied"
        msg["X-Auto-Response-Suppress"] = "All"
        msg.set_content(body)
        msg.add_alternative(to_html(body), subtype="html")
    elif client == "itip":
        c = m["ical"]
        cal = ics("REPLY", c["uid"], c["summary"], c["start"], c["end"], c["organizer"], fa, partstat=m["partstat"], comment=c.get("comment"))
        msg.set_content(body)
        msg.add_alternative(cal, subtype="calendar", params={"method": "REPLY"})
    elif client == "itip_request":
        c = m["ical"]
        cal = ics("REQUEST", c["uid"], c["summary"], c["start"], c["end"], c["organizer"], to, desc=c.get("desc"))
        msg.set_content(body)
        msg.add_alternative(to_html(body), subtype="html")
        msg.add_alternative(cal, subtype="calendar", params={"method": "REQUEST"})
        msg.add_attachment(cal.encode(), maintype="application", subtype="ics", filename="invite.ics")
    elif client == "html_only":
        msg.set_content(to_html(body), subtype="html")
    else:
        msg.set_content(body, cte="quoted-printable" if client in ("outlook", "gmail") else None)
        if m.get("html_twin"):
            msg.add_alternative(to_html(body), subtype="html")
    for kind, fn, content in m.get("attachments", []):
        if kind == "docx":
            msg.add_attachment(make_docx(content), maintype="application",
                               subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=fn)
        elif kind == "pdf":
            msg.add_attachment(make_pdf(content), maintype="application", subtype="pdf", filename=fn)
        elif kind == "txt":
            msg.add_attachment("\n".join(content) + "\n", subtype="plain", filename=fn)
    return msg.as_bytes(), sent

def readable(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    out = [str(msg["Subject"] or "")]
    for part in msg.walk():
        if part.is_multipart(): continue
        ct = part.get_content_type(); data = part.get_payload(decode=True) or b""
        fn = part.get_filename() or ""
        if fn.endswith(".docx"): out.append(fn); out.append(docx_text(data))
        elif ct == "application/pdf": out.append(fn); out.append(pdf_text(data))
        elif ct.startswith("text/") or fn.endswith(".ics"):
            t = data.decode(part.get_content_charset() or "utf-8", "replace")
            if ct == "text/html": t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            out.append(fn); out.append(t)
    return "\n".join(out)

def main():
    errors = []
    def check(cond, what):
        if not cond: errors.append(what)
    labels, cats, files = [], {}, {}
    for m in MAILS:
        raw, sent = build(m)
        f = m["file"] + ".eml"; files[f] = raw
        e = dict(m["expect"])
        e["children"] = [{"name": n, "dob": d} for n, d in e["children"]]
        e["concerns"] = sorted(e["concerns"]); e["missing"] = sorted(e["missing"])
        order = ["kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed", "missing", "notice_ok", "next_action"]
        e = {k: e[k] for k in order}
        now = sent + timedelta(minutes=m["now_after"])
        labels.append({"file": f, "authority": m["authority"], "mailbox": m["mailbox"], "now": now.isoformat(), "expect": e, "why": m["why"]})
        cats[f] = m["cat"]
        # --- per-mail checks
        d = sent.date()
        check(WIN[0] <= d <= WIN[1], f + ": date outside window")
        check(d not in BANK_HOLIDAYS, f + ": sent on a bank holiday")
        if m["cat"] != "urgent" or m["file"] not in ("richmond_wandsworth_02", "torbay_02", "herefordshire_03"):
            check(d.weekday() < 5, f + ": weekend date for a mail not about the night/weekend")
        check((e["urgent"] is True) == (m["cat"] == "urgent"), f + ": urgent label vs category")
        if e["urgent"]: check(e["next_action"] == "alert_duty", f + ": urgent must alert_duty")
        na = {"auto_reply": "ignore", "meeting_reply": "record_reply", "follow_up": "attach_to_request", "other": "human_review"}
        if not e["urgent"]:
            if e["kind"] in na: check(e["next_action"] == na[e["kind"]], f + ": next_action for kind")
            elif m["authority"] == "herefordshire" and e["kind"] == "step_up": check(e["next_action"] == "human_review", f)
            else:
                want = "request_info" if (e["missing"] or e["notice_ok"] is False) else "book_meeting"
                check(e["next_action"] == want, f + ": next_action %s != %s" % (e["next_action"], want))
        if e["kind"] not in ("step_up", "step_down"): check(e["missing"] == [], f + ": missing must be [] for " + e["kind"])
        has_notice = m["authority"] == "knowsley" and e["kind"] in ("step_up", "step_down")
        if has_notice:
            check("meeting" in m, f + ": knowsley request without meeting date")
            md = date.fromisoformat(m["meeting"]); wd = working_days(now.date(), md)
            check((wd >= 5) == e["notice_ok"], f + ": notice_ok %s but %d WD" % (e["notice_ok"], wd))
        else:
            check(e["notice_ok"] is None, f + ": notice_ok must be null")
        if e["kind"] != "step_down": check(e["level"] is None, f + ": level only for step_down")
        for c in e["children"]:
            if c["dob"]: date.fromisoformat(c["dob"])
        # parse + readable text
        msg = email.message_from_bytes(raw)
        check(msg["Message-ID"] is not None and msg["Date"] is not None, f + ": headers")
        check(msg["To"].lower() == BOX[m["authority"]][m["mailbox"]].lower(), f + ": mailbox address")
        text = readable(raw)
        for cid in e["case_ids"]:
            check(cid in text, f + ": case id %s not in text" % cid)
        for c in e["children"]:
            check(c["name"] in text, f + ": child %s not in text" % c["name"])
        if m["cat"] == "urgent":
            low = text.lower()
            for w in BANNED:
                if re.search(r"(?<![a-z])" + re.escape(w) + r"(?![a-z])", low):
                    errors.append(f + ": banned word %r in urgent mail" % w)
    # --- set-level checks
    check(len(files) == 40, "40 files")
    for a in BOX:
        n = sum(1 for f in files if f.startswith(a + "_"))
        check(n == 8, "%s has %d files" % (a, n))
    counts = {k: sum(1 for v in cats.values() if v == k) for k in ("urgent", "near_miss", "ordinary")}
    check(counts["urgent"] >= 11 and counts["near_miss"] >= 11, "category counts %s" % counts)
    check(len({l["file"] for l in labels}) == 40, "unique files")
    if errors:
        print("SELF-CHECK FAILED:"); [print("  " + x) for x in errors]; sys.exit(1)
    for f, raw in files.items():
        with open(os.path.join(HERE, f), "wb") as fh: fh.write(raw)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh: json.dump(labels, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "categories.json"), "w") as fh: json.dump(cats, fh, indent=1)
    # re-read what was written
    for f in files:
        raw = open(os.path.join(HERE, f), "rb").read()
        email.message_from_bytes(raw)
    print("self-check OK: 40 files, 8 per authority, every mail parses with email.message_from_bytes,")
    print("  labels consistent with categories (urgent true exactly for 'urgent'), next_action/missing/notice rules,")
    print("  no banned word in any urgent mail's decoded text or attachments")
    print("categories:", counts)
    for l in labels:
        if l["expect"]["urgent"]:
            print("  URGENT %s (%s, %s, now %s)" % (l["file"], l["authority"], l["expect"]["kind"], l["now"]))

if __name__ == "__main__":
    main()
