#!/usr/bin/env python3
"""mixed117: blind held-out set for stepbot's parse contract, summer term 2037 (Mon 20 April - Wed 22 July 2037),
in acronym- and jargon-heavy multi-agency mail. Deterministic; stdlib only. Writes 40 .eml, labels.json,
categories.json, then self-checks (stops on any error before writing)."""
import hashlib, io, json, os, re, sys, zipfile
import email, email.policy, email.utils
from email.message import EmailMessage
from datetime import datetime, date, timedelta
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
LON = ZoneInfo("Europe/London")
WIN_START, WIN_END = date(2037, 4, 20), date(2037, 7, 22)
# England & Wales bank holidays 2037 (checked against the `holidays` package where it is importable)
BANK_HOLIDAYS = {date(2037, 1, 1), date(2037, 4, 3), date(2037, 4, 6), date(2037, 5, 4), date(2037, 5, 25),
                 date(2037, 8, 31), date(2037, 12, 25), date(2037, 12, 26), date(2037, 12, 28)}  # 26 Dec is a Saturday (substitute Mon 28)
BANNED = ["urgent", "immediate", "emergency", "at risk", "risk of harm", "danger", "asap"]

MAILBOX = {
    "knowsley": {"mash_step_up": "knowsleymash@knowsley.gov.uk",
                 "early_help_duty": "FamilyFirst0-18DutyMailbox@knowsley.gov.uk"},
    "richmond_wandsworth": {"mash_step_up": "MASH-StepUP@richmondandwandsworth.gov.uk",
                            "early_help_duty": "EarlyHelpDuty@richmondandwandsworth.gov.uk"},
    "tower_hamlets": {"mash_step_up": "MAST@towerhamlets.gov.uk", "early_help_duty": "EarlyHelpHub@towerhamlets.gov.uk"},
    "torbay": {"mash_step_up": "mash@torbay.gov.uk", "early_help_duty": "earlyhelp@torbay.gov.uk"},
    "herefordshire": {"mash_step_up": "mash@herefordshire.gov.uk",
                      "early_help_duty": "earlyhelpcoordinators@herefordshire.gov.uk"},
}

def sha(s):
    return hashlib.sha1(s.encode()).hexdigest()

def working_days(today, meeting):
    n, d = 0, today
    while d < meeting:
        d += timedelta(days=1)
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n += 1
    return n

# ---------------------------------------------------------------- attachment builders (stdlib only)
def docx(paras):
    from xml.sax.saxutils import escape
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % escape(p) for p in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s'
           '<w:sectPr/></w:body></w:document>' % body)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2037, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()

def pdf(lines):
    def esc(s):
        s = s.encode("latin-1", "replace").decode("latin-1")
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 10 Tf", "50 800 Td", "13 TL"]
    for l in lines:
        ops.append("(%s) Tj T*" % esc(l))
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out

def ics_reply(uid, organizer, attendee, att_name, partstat, summary, start, comment, seq=0, stamp=None):
    s = dt(start).astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")
    e = (dt(start) + timedelta(hours=1)).astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             "METHOD:REPLY", "BEGIN:VEVENT",
             "ATTENDEE;PARTSTAT=%s;CN=\"%s\":mailto:%s" % (partstat, att_name, attendee),
             "COMMENT:" + comment.replace(",", "\\,").replace(";", "\\;"),
             "DTSTART:" + s, "DTEND:" + e, "DTSTAMP:" + (dt(stamp).astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ") if stamp else s), "ORGANIZER:mailto:" + organizer,
             "SEQUENCE:%d" % seq, "SUMMARY:" + summary.replace(",", "\\,"), "UID:" + uid,
             "END:VEVENT", "END:VCALENDAR"]
    out = []
    for l in lines:          # fold at 73 octets
        while len(l) > 73:
            out.append(l[:73]); l = " " + l[73:]
        out.append(l)
    return "\r\n".join(out) + "\r\n"

def dt(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=LON)

def html_of(text):
    import html
    ps = text.strip("\n").split("\n\n")
    return ('<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial;font-size:11pt">'
            + "".join("<p>%s</p>" % "<br>\n".join(html.escape(l) for l in p.split("\n")) for p in ps)
            + "</body></html>\n")

MIME = {"docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
        "pdf": ("application", "pdf"), "txt": ("text", "plain")}

# ---------------------------------------------------------------- the mails
MAILS = []
def M(**kw):
    MAILS.append(kw)

# ================================ KNOWSLEY ================================
M(file="knowsley_01", auth="knowsley", mbox="mash_step_up", cat="urgent", sent="2037-04-21 09:22",
  frm=("PC 4471 Dean Ashworth", "dean.ashworth@merseyside.police.uk"),
  subject="PPN 0710hrs 21/04 - WHITFIELD - perp back at addr - 2 x U5",
  fmt="twin", xmailer="Microsoft Outlook 16.0",
  body="""MASH,

PPN submitted 07:10 today, ref MP/PPN/37/114092. DA - verbal + physical. V = Shannon WHITFIELD (24). Perp = Lee CORRIGAN (29), ex-partner, on police bail since 02/04 with conds not to contact V or attend 14 Page Moss Lane, Huyton.

On attendance 06:55 perp had left via rear. V has since messaged her IDVA at 08:47: "hes back hes in the kitchen he took my keys and charger". Patrol re-tasked, nearest unit approx 40 mins.

Children present at the address:
- Tayla-Rose WHITFIELD DOB 03/02/2034 (3)
- Jaxon WHITFIELD DOB 11/09/2035 (1)

DASH at scene: 17 ticks, strangulation Q = YES. V declined statement. MARAC ref going in today.
Family open to FF L3 - EHM-60412, CM Gwen Holloway. TAF due next wk.

Can a MASH SW pick up now re s47 strat? I'm on the desk until 16:00, ext 4471.

PC 4471 D. Ashworth
MASH Police Desk | Merseyside Police
""",
  expect=dict(kind="other", urgent=True, level=None, case_ids=["EHM-60412"],
              children=[("Tayla-Rose Whitfield", "2034-02-03"), ("Jaxon Whitfield", "2035-09-11")],
              concerns=["domestic_abuse"], consent=None, manager_agreed=None, missing=[], notice_ok=None,
              next_action="alert_duty"),
  why="URGENT (safety rule 1): PPN logged 07:10 today, the bailed perpetrator is back in the kitchen now with a 3-year-old and a 1-year-old present; a police notification, not a step request, so kind other.")

M(file="knowsley_02", auth="knowsley", mbox="mash_step_up", cat="ordinary", sent="2037-05-06 14:05",
  frm=("Niamh O'Rourke", "niamh.orourke@knowsley.gov.uk"), cc=["Mash.Businesssupport@knowsley.gov.uk", "corinne.oduya@knowsley.gov.uk"],
  subject="Step up request - EHM-58827 - Kowalczyk - TAF Wed 13/05 10:00", fmt="twin", xmailer="Microsoft Outlook 16.0",
  body="""Hi MASH,

Step up request for Oliwia Kowalczyk (DOB 19.08.2029), EHM-58827. L3 FF since Oct 36.

Step up TAF: Wednesday 13/05/2037 at 10:00, Teams - invite sent to MASH + MASH BS.

Concerns: neglect - no beds for 3 wks, untreated head lice, SENCo reports she is hungry most mornings and in the same uniform all wk. GCP2 done 28/04 - scores 4 in physical care and safety.

Attached: FF Step Up request to CSC (Appx 1), GCP2, TAF mins 22/04.

TM (Corinne Oduya, cc) discussed in supervision 05/05 and agreed the step up.

Thanks
Niamh O'Rourke
Family First Case Manager (L3) | Knowsley Council
""",
  atts=[("FF Step Up request to CSC - OK.docx", docx(["FF Step Up request to CSC", "Case ID on EHM: EHM-58827",
         "Child: Oliwia Kowalczyk, DOB 19.08.2029", "Date of step up TAF meeting: 13/05/2037 10:00",
         "What are we worried about? Neglect: home conditions, no beds, hunger, hygiene.",
         "What is working well? Attends school 94%, good relationship with nan.",
         "What next? C&F assessment s17; GCP2 actions.", "Graded Care profile: completed 28/04/2037, see attached.",
         "Agreement by line manager: Corinne Oduya, TM, 05/05/2037"])),
        ("GCP2 Kowalczyk 28-04-37.pdf", pdf(["Graded Care Profile 2 (GCP2)", "Child: Oliwia Kowalczyk", "Date: 28/04/2037",
         "Physical care: 4   Safety: 4   Love and care: 3   Stimulation: 3"])),
        ("TAF minutes 22.04.2037.docx", docx(["TAF meeting minutes 22/04/2037", "Present: FF CM, SENCo, school nurse, M.",
         "Home conditions unchanged since March TAF. Actions not completed."]))],
  meeting="2037-05-13 10:00",
  expect=dict(kind="step_up", urgent=False, level=None, case_ids=["EHM-58827"],
              children=[("Oliwia Kowalczyk", "2029-08-19")], concerns=["neglect"], consent=None, manager_agreed=True,
              missing=[], notice_ok=True, next_action="book_meeting"),
  why="Complete Knowsley step-up for neglect (form, GCP2, TAF minutes, TM agreed); Wed 13 May is exactly 5 WD after Wed 6 May (the May Day bank holiday on 4 May is already behind), so notice ok.")

M(file="knowsley_03", auth="knowsley", mbox="mash_step_up", cat="ordinary", sent="2037-05-20 11:40",
  frm=("Ravinder Sandhu", "ravinder.sandhu@knowsley.gov.uk"), cc=["Mash.Businesssupport@knowsley.gov.uk"],
  subject="step up - EHM-61190 - Adeyemi-Clarke", fmt="plain", xmailer="Microsoft Outlook 16.0",
  body="""Hi,

Step up for Tobi Adeyemi-Clarke (9th March 2027) and Kemi Adeyemi-Clarke (14/12/2029). EHM-61190.

Family have DNA'd 4 TAFs since Jan, no access x3 on FF home visits, not answering calls. Attendance 61% (Tobi) / 58% (Kemi), EWO involved, fast-track started.

Step up TAF booked Weds 27/05/2037 13:30, Huyton Family Hub + Teams link in invite.

Step up form + TAF mins attached. EF toolkit - not done yet, will go through it with my TM on Thurs and send over after.

TM agreement below.

Rav
FF Case Manager

From: Farid Quayle <farid.quayle@knowsley.gov.uk>
Sent: 19 May 2037 16:58
To: Ravinder Sandhu
Subject: RE: Adeyemi-Clarke

Agreed re step up. FQ
""",
  atts=[("Step up form - Adeyemi-Clarke.docx", docx(["FF Step Up request to CSC", "Case ID on EHM: EHM-61190",
         "Date of step up TAF meeting: 27/05/2037 13:30", "Level of Engagement: low",
         "What are we worried about? Non-engagement with TAF; school attendance.",
         "What is working well? Children present well at school when they attend.", "What next? C&F assessment."])),
        ("TAF minutes 15-04-2037.docx", docx(["TAF minutes 15/04/2037", "Family did not attend. School, EWO, FF present."]))],
  meeting="2037-05-27 13:30",
  expect=dict(kind="step_up", urgent=False, level=None, case_ids=["EHM-61190"],
              children=[("Tobi Adeyemi-Clarke", "2027-03-09"), ("Kemi Adeyemi-Clarke", "2029-12-14")],
              concerns=["non_engagement", "school_attendance"], consent=None, manager_agreed=True,
              missing=["engaging_families"], notice_ok=False, next_action="request_info"),
  why="Knowsley step-up for non-engagement without the Engaging Families toolkit ('not done yet'); Wed 20 May -> Wed 27 May is 4 WD because Mon 25 May is the Spring bank holiday (5 plain weekdays).")

M(file="knowsley_04", auth="knowsley", mbox="early_help_duty", cat="near_miss", sent="2037-04-30 15:10",
  frm=("Aoife Brannigan", "aoife.brannigan@knowsley.gov.uk"),
  subject="Step down to FF L3 - ICS-1388201 - Mahmoud - JHV", fmt="plain", xmailer="Microsoft Outlook 16.0",
  body="""Hi FF duty,

Step down to Family First L3 for Yusuf Mahmoud (07/07/2030) and Amira Mahmoud (2032-01-23). ICS-1388201.

Background so Mosaic/ICS flags make sense: CP plan (emotional harm / DA) ended at RCPC 14/04/2037, CIN since. No DA incidents since MARAC Nov 2035; IDVA closed 2036; F lives in Scotland, no contact, restraining order in place. Historic ?NAI on Amira (2034, bruise to cheek) was ruled out at CP medical - NAD, accidental, witnessed at nursery.

Joint home visit with a FF CM: Thursday 7th May 2037 at 10am, family home, 22 Tithebarn Road, Kirkby.

What are we worried about: Yusuf's attendance (84%); M's low mood (GP, on sertraline).
What is working well: M completed Freedom Programme; kids settled; good school reports; nan nearby.
What needs to happen: EHA + TAF; school attendance plan; M supported to access Talking Together.

Consent: M consented to the FF referral at CIN review 28/04 (signed).

Aoife Brannigan
Social Worker, CIN Team
""",
  meeting="2037-05-07 10:00",
  expect=dict(kind="step_down", urgent=False, level=3, case_ids=["ICS-1388201"],
              children=[("Yusuf Mahmoud", "2030-07-07"), ("Amira Mahmoud", "2032-01-23")],
              concerns=["parental_mental_health", "school_attendance"], consent=True, manager_agreed=None,
              missing=[], notice_ok=False, next_action="request_info"),
  why="NEAR MISS: DA, MARAC and ?NAI are all past or ruled out; a complete L3 step-down, but Thu 30 Apr -> Thu 7 May is only 4 WD across the May Day bank holiday (Mon 4 May), so notice fails.")

M(file="knowsley_05", auth="knowsley", mbox="mash_step_up", cat="ordinary", sent="2037-05-11 08:50",
  frm=("Joanne Prescott", "j.prescott@stpeterpaul-knowsley.sch.uk"),
  subject="Accepted: Step up TAF - EHM-58827", fmt="ics_reply",
  body="""DSL + SENCo both attending. May join 10:05 - coming from a CP conf.
""",
  ics=dict(uid="040000008200E00074C5B7101A82E008%s" % sha("k02")[:16].upper(), organizer="niamh.orourke@knowsley.gov.uk",
           att_name="Joanne Prescott", partstat="ACCEPTED", summary="Step up TAF - EHM-58827", start="2037-05-13 10:00",
           comment="DSL + SENCo both attending. May join 10:05 - coming from a CP conf."),
  expect=dict(kind="meeting_reply", urgent=False, level=None, case_ids=["EHM-58827"], children=[], concerns=[],
              consent=None, manager_agreed=None, missing=[], notice_ok=None, next_action="record_reply"),
  why="iTIP METHOD:REPLY, PARTSTAT=ACCEPTED, from a school DSL to the step-up TAF; the COMMENT's 'CP conf' is her diary, not a concern.")

M(file="knowsley_06", auth="knowsley", mbox="mash_step_up", cat="urgent", sent="2037-06-11 10:05",
  frm=("Tomasz Wi\u015bniewski", "t.wisniewski@prescotbrook.academy"), fmt="gmail_twin",
  subject="LADO ref this am - staff member (TA) - Y9 pupil - he is in today",
  body="""Hi MASH,

Sending to you as the LADO is on A/L until Monday and her OOO says contact MASH.

This morning Y9 pupil Kiera Doolan (DOB 17/03/2024) showed her form tutor Snapchat messages from one of our TAs, Mr Gary Fenwick, including "delete this after", "ur so mature for 13" and asking to meet her at Stadt Moers park after school today. Screenshots taken. CSE flag on EHM from 2036 (EHM-59903, FF L3).

Mr Fenwick is on site now and is timetabled 1:1 literacy with Kiera period 5 (13:20-14:20). Head is off site at a conference and I can't reach the CEO or HR for a decision on his role today. I have not told him or Kiera's mum, per LADO guidance.

LADO referral form attached.

Tomasz Wi\u015bniewski
DSL / Deputy Head, Prescot Brook Academy
""",
  atts=[("LADO referral form - G Fenwick.docx", docx(["LADO referral form", "Adult: Gary Fenwick, Teaching Assistant",
         "Child: Kiera Doolan, Y9, DOB 17/03/2024", "Allegation: inappropriate Snapchat messages, arranging to meet pupil.",
         "Adult's current role: in school, 1:1 sessions with the pupil."]))],
  expect=dict(kind="other", urgent=True, level=None, case_ids=["EHM-59903"], children=[("Kiera Doolan", "2024-03-17")],
              concerns=["exploitation", "sexual_harm"], consent=None, manager_agreed=None, missing=[], notice_ok=None,
              next_action="alert_duty"),
  why="URGENT (safety rule 1): LADO-type allegation where the TA grooming a 13-year-old is on site and timetabled 1:1 with her at 13:20 today and nobody can act on his role; a referral, not a step request.")

M(file="knowsley_07", auth="knowsley", mbox="early_help_duty", cat="ordinary", sent="2037-05-26 08:01",
  frm=("Gwen Holloway", "gwen.holloway@knowsley.gov.uk"), fmt="ooo",
  subject="Automatic reply: ICS-1388201 step down - JHV",
  body="""Thank you for your email. I'm OOO on A/L returning Mon 01/06.

For CIN/CP matters please contact the FF duty desk on 0151 496 0123. For EHM queries contact FF BS.

Gwen
""",
  expect=dict(kind="auto_reply", urgent=False, level=None, case_ids=["ICS-1388201"], children=[], concerns=[],
              consent=None, manager_agreed=None, missing=[], notice_ok=None, next_action="ignore"),
  why="Out-of-office (Auto-Submitted: auto-replied, 'Automatic reply:') arriving in the FF duty mailbox; never answered (safety rule 2).")

M(file="knowsley_08", auth="knowsley", mbox="early_help_duty", cat="near_miss", sent="2037-06-12 12:30",
  frm=("Bryony Tate", "bryony.tate@knowsley.gov.uk"), fmt="plain", xmailer="Microsoft Outlook 16.0",
  subject="Jargon buster for new starters - acronyms slide (pls don't print)",
  body="""Hi all,

As promised at Tuesday's induction, attached is the acronyms A-Z and the "spot the live one" slide we used. New starters in FF duty, please keep it handy. The scenarios are made up.

Bryony Tate
Practice Lead, Family First 0-18
""",
  atts=[("FF induction - acronyms A-Z.pdf", pdf(["FF induction: acronyms A-Z (training material)",
         "CIN - child in need (s17). CP - child protection (s47). ICPC / RCPC - initial / review CP conference.",
         "PLO - Public Law Outline. LAC / CLA - looked after child. PEP - personal education plan. EHCP - EHC plan.",
         "DSL - designated safeguarding lead. LADO - local authority designated officer.",
         "MARAC / IDVA / DASH - domestic abuse risk conference / advocate / checklist.",
         "CCE / CSE - criminal / sexual exploitation. NRM - national referral mechanism. RHI - return home interview.",
         "NFA - no further action. RUI - released under investigation. PPN - public protection notice.",
         "Spot the live one (made-up scenarios):",
         "1. PPN logged 07:10 today, perp back at the address, two under-5s present -> phone MASH now, urgent.",
         "2. ?NAI, spiral # L humerus, 7/12 old, partner has the baby, mum DNA'd ward -> phone MASH now.",
         "3. No DA incidents since MARAC 2035, NFA -> not urgent, normal step-down route."]))],
  expect=dict(kind="other", urgent=False, level=None, case_ids=[], children=[], concerns=[], consent=None,
              manager_agreed=None, missing=[], notice_ok=None, next_action="human_review"),
  why="NEAR MISS: a training glossary whose made-up 'spot the live one' scenarios (PPN, ?NAI) are examples in a bulletin, not a child; safety rule 1 says bulletins listing examples must not trigger.")

# ================================ RICHMOND & WANDSWORTH ================================
M(file="richmond_wandsworth_01", auth="richmond_wandsworth", mbox="mash_step_up", cat="urgent", sent="2037-06-16 10:12",
  frm=("Fenella Achterberg", "fenella.achterberg@richmondandwandsworth.gov.uk"), fmt="twin", xmailer="Microsoft Outlook 16.0",
  subject="RE: Step up - Lindqvist-Obi [SB-richmond_wandsworth-3318]",
  body="""MASH - adding to Friday's step-up. Just had this from the ward, pasted as sent:

---
Ward 3 Paeds. 7/12 M, Ezra LINDQVIST-OBI, DOB 14/11/2036. Adm overnight via ED ?NAI. XR: spiral # L humerus, no hx of trauma offered. O/E 2 x fingertip bruises L upper arm, ?older bruise R ear. Skeletal survey + CT head booked 11:00. M's partner (Mr Dale Harte, not bio F) took baby off the ward 06:20 "for a walk", not returned. M DNA'd ward round 09:00, phone off. Needs IV abx + imaging. Dr P. Ramaswamy, Paeds SpR
---

So Ezra Lindqvist-Obi is not on the ward: M's partner has the baby now and nobody knows where. Mosaic ID 2291740. Home address on Mosaic (Ashburnham Ct SW18).

I'm in the office on 020 7946 0331.

Fenella Achterberg
Early Help Team Manager (Wandsworth)

-----Original Message-----
From: MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk>
Sent: 12 June 2037 15:02
Subject: Step up - Lindqvist-Obi [SB-richmond_wandsworth-3318]

Thank you. Your step-up request has been received and a case discussion invitation will follow within 1 working day.
""",
  expect=dict(kind="follow_up", urgent=True, level=None, case_ids=["2291740"],
              children=[("Ezra Lindqvist-Obi", "2036-11-14")], concerns=["physical_harm"], consent=None,
              manager_agreed=None, missing=[], notice_ok=None, next_action="alert_duty"),
  why="URGENT (safety rule 1): ?NAI spiral fracture in a 7-month-old whom mum's partner took off the ward at 06:20 and still has, mum DNA'd the ward round; a reply to an existing request, so kind follow_up but alert_duty.")

M(file="richmond_wandsworth_02", auth="richmond_wandsworth", mbox="mash_step_up", cat="ordinary", sent="2037-04-22 16:20",
  frm=("Olumide Fashola", "olumide.fashola@richmondandwandsworth.gov.uk"), fmt="twin", xmailer="Microsoft Outlook 16.0",
  subject="Step Up - Mosaic 2304418 - Mensah-Boateng",
  body="""Dear MASH,

Following reflective discussion with EHP Saoirse N\u00ed Bhriain today, the plan is step-up for Kai Mensah-Boateng (DOB 02/08/2022), Mosaic 2304418. As EH TM I agree the step-up.

Summary: 3 x MFH episodes in April (RHI done for 2 of 3), CCE screening tool score high, found in Southend with cash + 2 phones on 18/04, NRM referral made by police 19/04. He is home now, M supervising, curfew agreed with YOS - so not a s47 today, but needs s17 C&F and a contextual safeguarding response.

Latest case summary and rationale attached.

Kind regards
Olumide Fashola
Early Help Team Manager (Richmond)
""",
  atts=[("Case summary KMB 22.04.37.docx", docx(["Case summary - Kai Mensah-Boateng", "Mosaic 2304418",
         "EH since Nov 2036. Missing episodes x3 April 2037. CCE indicators."])),
        ("Rationale for step up - KMB.pdf", pdf(["Rationale for step up to Children's Services", "Kai Mensah-Boateng",
         "Escalating missing episodes and criminal exploitation indicators; NRM referral 19/04/2037."]))],
  expect=dict(kind="step_up", urgent=False, level=None, case_ids=["2304418"],
              children=[("Kai Mensah-Boateng", "2022-08-02")], concerns=["exploitation", "missing"], consent=None,
              manager_agreed=True, missing=[], notice_ok=None, next_action="book_meeting"),
  why="Complete R&W step-up from the EH team manager (case summary + rationale attached); he is home and supervised, a planned step-up; stepbot books the case discussion.")

M(file="richmond_wandsworth_03", auth="richmond_wandsworth", mbox="early_help_duty", cat="ordinary", sent="2037-04-27 11:05",
  frm=("Declan Featherstonehaugh", "declan.featherstonehaugh@richmondandwandsworth.gov.uk"), fmt="plain",
  xmailer="Microsoft Outlook 16.0",
  subject="Step down - CIN to EH - Mosaic ID 2187765 - Abara",
  body="""Hi EH Duty,

As agreed with Lorcan (EH Duty TM) by phone this am - case discussion Fri 01/05 at 14:00 on Teams.

Children: Chidera Abara (12/01/2031), Obinna Abara (30/06/2033).
CIN since Oct 36 for neglect (home conditions) - much improved, last 3 CIN reviews good.

Latest case summary attached. Draft EH plan to follow once an EHP is identified.
Cnst not yet - will ask M at CIN visit Weds.

Declan
SW, CIN Team 2
""",
  atts=[("Case Summary - Abara - Apr 37.docx", docx(["Case summary", "Chidera and Obinna Abara", "Mosaic ID 2187765",
         "CIN plan since October 2036 (neglect: home conditions)."]))],
  expect=dict(kind="step_down", urgent=False, level=None, case_ids=["2187765"],
              children=[("Chidera Abara", "2031-01-12"), ("Obinna Abara", "2033-06-30")], concerns=["neglect"],
              consent=None, manager_agreed=None, missing=["consent", "draft_plan"], notice_ok=None,
              next_action="request_info"),
  why="R&W step-down with the case summary only: the draft plan is 'to follow' and 'Cnst not yet' (still to be asked) is null consent, so consent and draft_plan are missing.")

M(file="richmond_wandsworth_04", auth="richmond_wandsworth", mbox="early_help_duty", cat="near_miss", sent="2037-06-03 09:40",
  frm=("Hollie Brathwaite-Nunes", "hollie.brathwaite-nunes@richmondandwandsworth.gov.uk"), fmt="plain",
  xmailer="Microsoft Outlook 16.0",
  subject="FW: Minutes - s47 strat disc - CLOSED - for EH file (Mosaic ID 2150093)",
  body="""Hi,

For the EH record only, as the family are now with EHP Marta. Strat minutes attached. No action needed from duty.

Hollie
MASH SW
""",
  atts=[("Strat disc minutes 12-02-2037 CLOSED.pdf", pdf(["Strategy discussion minutes 12/02/2037 (CLOSED CASE)",
         "Attendees: MASH TM, DS (CAIT), HV, nursery DSL.", "Child A (5): ?NAI bruise to cheek reported by nursery 11/02.",
         "CP medical 12/02: NAD beyond a mark consistent with a scooter fall, witnessed by nursery staff.",
         "Outcome: s47 not required; police NFA; s17 C&F completed 03/2037; stepped down to EH L2 24/03/2037.",
         "Case closed to CSC 31/03/2037."]))],
  expect=dict(kind="other", urgent=False, level=None, case_ids=["2150093"], children=[], concerns=[], consent=None,
              manager_agreed=None, missing=[], notice_ok=None, next_action="human_review"),
  why="NEAR MISS: minutes of a closed strategy discussion ('?NAI' ruled out, s47 not required, police NFA) sent for the file; nothing current, no request.")

M(file="richmond_wandsworth_05", auth="richmond_wandsworth", mbox="mash_step_up", cat="urgent", sent="2037-05-07 14:31",
  frm=("Saoirse N\u00ed Bhriain", "saoirse.nibhriain@richmondandwandsworth.gov.uk"), fmt="iphone",
  subject="Re: Step Up - Mosaic 2304418 - Mensah-Boateng [SB-richmond_wandsworth-3127]",
  body="""M just rang me in bits. Kai MFH since Sat night, reported to police Sun (CAD 3311). RHI never happened cos he never came back.

14:10 today she got a snap from him - video from the back seat of a car, 2 older males in front, one is "Tino" from the NRM referral, sat nav showing A13 towards Southend. He looks out of it.

She rang 101 again and they said they'd call back. Case discussion rebooked to Mon. What do we do now

Saoirse
EHP
Sent from my iPhone

> On 22 Apr 2037, at 16:20, Olumide Fashola <olumide.fashola@richmondandwandsworth.gov.uk> wrote:
>
> Following reflective discussion with EHP Saoirse Ni Bhriain today, the plan is step-up for Kai Mensah-Boateng (DOB 02/08/2022), Mosaic 2304418.
""",
  expect=dict(kind="follow_up", urgent=True, level=None, case_ids=["2304418"],
              children=[("Kai Mensah-Boateng", "2022-08-02")], concerns=["exploitation", "missing"], consent=None,
              manager_agreed=None, missing=[], notice_ok=None, next_action="alert_duty"),
  why="URGENT (safety rule 1): a CCE-flagged 14-year-old missing since Saturday, RHI never done, filmed at 14:10 today in a car with adult men heading out of London; a reply on the step-up thread, so follow_up but alert_duty.")

M(file="richmond_wandsworth_06", auth="richmond_wandsworth", mbox="mash_step_up", cat="ordinary", sent="2037-04-23 10:15",
  frm=("Lorna McAllister-Dunne", "lorna.mcallister-dunne@richmondandwandsworth.gov.uk"), fmt="plain",
  xmailer="Microsoft Outlook 16.0",
  subject="RE: Step Up - Mosaic 2299012 - Kovacs [SB-richmond_wandsworth-3140]",
  body="""Apologies - rationale now attached (was on my desktop). Case summary went yesterday.

Consent from M & F for the s17 referral: Y (recorded on Mosaic 21/04).

Lorna
EH TM

-----Original Message-----
From: Lorna McAllister-Dunne
Sent: 22 April 2037 17:40
To: MASH Step Up
Subject: Step Up - Mosaic 2299012 - Kovacs

Step up for Bence Kov\u00e1cs (DOB 05-10-2028) and R\u00e9ka Kov\u00e1cs (DOB 21-02-2032). Case summary attached, rationale to follow.
""",
  atts=[("Rationale - Kovacs step up.docx", docx(["Rationale for step up", "Bence and Reka Kovacs, Mosaic 2299012",
         "F's alcohol use escalating despite TAF plan; M's depression (GP, IAPT waiting list)."]))],
  expect=dict(kind="follow_up", urgent=False, level=None, case_ids=["2299012"],
              children=[("Bence Kov\u00e1cs", "2028-10-05"), ("R\u00e9ka Kov\u00e1cs", "2032-02-21")],
              concerns=["parental_mental_health", "substance_misuse"], consent=True, manager_agreed=None, missing=[],
              notice_ok=None, next_action="attach_to_request"),
  why="Reply to [SB-richmond_wandsworth-3140] adding the missing rationale; follow_up has no requirements; 'Consent ... Y' is consent given.")

M(file="richmond_wandsworth_07", auth="richmond_wandsworth", mbox="early_help_duty", cat="near_miss", sent="2037-06-09 15:45",
  frm=("Emeka Nwosu-Laird", "emeka.nwosu-laird@richmondandwandsworth.gov.uk"), fmt="twin", xmailer="Microsoft Outlook 16.0",
  subject="Step down to EH - Mosaic ID 2240577 - Quinn-Ferreira - case disc Fri 12/6 agreed w/ Duty TM",
  body="""Hi EH Duty,

Confirming the case discussion agreed with the Duty TM: Fri 12/06 at 11:00, Teams.

Children: Maisie Quinn-Ferreira DOB 2029-11-02; Leo Quinn-Ferreira DOB 2033-05-19.
CP plan ended at RCPC 19/05/2037 -> CIN; CIN review 05/06 agreed step down.

For clarity re the Mosaic flags: historic ?NAI (Leo, 2035) ruled out - skeletal survey NAD, injury accidental and witnessed. No DA incidents since MARAC Sept 2035, IDVA closed, F has no contact. No CCE/CSE concerns.

Current worries: Maisie's attendance (89%) and M's anxiety (IAPT waiting list).
Consent Y - M signed EH consent at CIN review 05/06.
Latest case summary + draft EH plan attached. Proposed LP: Sin\u00e9ad Morrow, Family Support Worker, Earlsfield Family Hub.

Emeka
SW, Family Support & Protection
""",
  atts=[("Case summary QF June 37.pdf", pdf(["Case summary - Quinn-Ferreira", "Mosaic ID 2240577", "CP plan ended 19/05/2037."])),
        ("Draft EH plan QF.docx", docx(["Draft Early Help plan", "Goal 1: Maisie attendance above 95%.",
         "Goal 2: M supported with anxiety (IAPT)."]))],
  expect=dict(kind="step_down", urgent=False, level=None, case_ids=["2240577"],
              children=[("Maisie Quinn-Ferreira", "2029-11-02"), ("Leo Quinn-Ferreira", "2033-05-19")],
              concerns=["parental_mental_health", "school_attendance"], consent=True, manager_agreed=None, missing=[],
              notice_ok=None, next_action="book_meeting"),
  why="NEAR MISS: ?NAI ruled out, no DA since MARAC 2035, no CCE/CSE, all negated or historic; a complete R&W step-down (summary, draft plan, consent Y).")

M(file="richmond_wandsworth_08", auth="richmond_wandsworth", mbox="mash_step_up", cat="ordinary", sent="2037-04-24 09:05",
  frm=("Yasmin Haddad-Pryor", "yasmin.haddad-pryor@richmondandwandsworth.gov.uk"), fmt="ics_reply",
  subject="Declined: Step-up case discussion - Mosaic 2304418 [SB-richmond_wandsworth-3127]",
  body="""A/L Mon-Tue. EHP Saoirse + EH deputy (Tom) to attend in my place.
""",
  ics=dict(uid="SB-richmond_wandsworth-3127-%s" % sha("r08")[:10], organizer="mash.businesssupport@richmondandwandsworth.gov.uk",
           att_name="Yasmin Haddad-Pryor", partstat="DECLINED", summary="Step-up case discussion - Mosaic 2304418",
           start="2037-04-27 14:00", comment="A/L Mon-Tue. EHP Saoirse + EH deputy (Tom) to attend in my place.", seq=0),
  expect=dict(kind="meeting_reply", urgent=False, level=None, case_ids=["2304418"], children=[], concerns=[],
              consent=None, manager_agreed=None, missing=[], notice_ok=None, next_action="record_reply"),
  why="iTIP METHOD:REPLY, PARTSTAT=DECLINED with a COMMENT naming deputies; recorded, not answered.")

# ================================ TOWER HAMLETS ================================
M(file="tower_hamlets_01", auth="tower_hamlets", mbox="mash_step_up", cat="urgent", sent="2037-04-28 11:20",
  frm=("Shamima Akhtar", "shamima.akhtar@towerhamlets.gov.uk"), cc=["nadim.rahman@towerhamlets.gov.uk"], fmt="twin",
  xmailer="Microsoft Outlook 16.0",
  subject="Step up - Mosaic 1740233 - Begum-Haque - MARF attached",
  body="""MAST,

Step up for Nusrat Begum-Haque (DOB 09/03/2028, Y4 Cayley Primary). EH (TAF) since Jan, Mosaic 1740233.

At 09:30 today Nusrat told her class teacher that step-dad (Mr Arif Haque) "hit me with the belt because I told miss about my ipad". School nurse O/E 10:15: 3 x linear red marks back of L thigh, approx 8cm, raised. Nusrat says he told her he will "do it properly" if she tells again.

M and step-dad collect together at 15:15. School say they have no grounds to keep her without CSC.

DSL (Ms Rivera) has the body map. MARF (Multi-Agency Request for Support) attached. TM agreed step-up (Nadim, cc'd). M not told yet.

Shamima Akhtar
Family Support Practitioner, Early Help
""",
  atts=[("Multi-Agency Request for Support - N Begum-Haque.docx", docx(["Multi-Agency Request for Support form",
         "Child: Nusrat Begum-Haque, DOB 09/03/2028", "Reason: physical chastisement with a belt, marks seen by school nurse.",
         "Manager: Nadim Rahman (agreed)"]))],
  expect=dict(kind="step_up", urgent=True, level=None, case_ids=["1740233"],
              children=[("Nusrat Begum-Haque", "2028-03-09")], concerns=["physical_harm"], consent=None,
              manager_agreed=True, missing=[], notice_ok=None, next_action="alert_duty"),
  why="URGENT (safety rule 1): fresh belt marks on a 9-year-old, the step-father threatens worse and collects her at 15:15 today; the step-up itself is complete (MARF, TM agreed).")

M(file="tower_hamlets_02", auth="tower_hamlets", mbox="early_help_duty", cat="ordinary", sent="2037-05-13 10:30",
  frm=("Ifeoma Chukwu-Adams", "ifeoma.chukwu-adams@towerhamlets.gov.uk"), fmt="twin", xmailer="Microsoft Outlook 16.0",
  subject="Step-down to TAF - C&F concluded 11/05 - Mosaic 1698420 - Rahman",
  body="""Hi EH Hub,

C&F assessment concluded 11/05/2037 - outcome: s17 no longer required, step-down to TAF.

Children: Tahmid Rahman (2026-10-03), Safa Rahman (14.02.2030), Ayaan Rahman (1 June 2034).
Needs: Tahmid is a young carer for F (MS); school attendance for Tahmid and Safa.

Consent: M & F both consented to EH/TAF (signed 11/05).
LP: Rubina Hossain, Family Wellbeing Practitioner, Bromley-by-Bow Children & Family Centre (agreed 12/05).
TAF meeting: I'll chair, Tues 19/05/2037 13:00 at the family home; minutes on Mosaic after.

Attached: C&F Assessment; draft TAF plan.

Ifeoma
Social Worker, Children's Social Work
""",
  atts=[("C&F Assessment - Rahman - 11.05.37.pdf", pdf(["Child and Family Assessment", "Rahman children, Mosaic 1698420",
         "Concluded 11/05/2037. Recommendation: step down to TAF."])),
        ("Draft TAF plan - Rahman.docx", docx(["Draft TAF plan", "Young carers assessment for Tahmid.", "Attendance plan."]))],
  expect=dict(kind="step_down", urgent=False, level=None, case_ids=["1698420"],
              children=[("Tahmid Rahman", "2026-10-03"), ("Safa Rahman", "2030-02-14"), ("Ayaan Rahman", "2034-06-01")],
              concerns=["school_attendance", "young_carer"], consent=True, manager_agreed=None, missing=[],
              notice_ok=None, next_action="book_meeting"),
  why="Complete Tower Hamlets step-down: assessment, draft TAF plan, signed consent and a named LP with agency; the SW chairs the TAF within 10 WD.")

M(file="tower_hamlets_03", auth="tower_hamlets", mbox="early_help_duty", cat="ordinary", sent="2037-06-01 16:05",
  frm=("Wojciech Nowak", "wojciech.nowak@towerhamlets.gov.uk"), fmt="plain", xmailer="Microsoft Outlook 16.0",
  subject="step down - Mosaic 1755310 - Okafor",
  body="""Hi,

C&F completed 29/05. Outcome step down to EH.
Chioma Okafor, DOB 22/07/2021.
Now: school attendance (improving) and M's alcohol use (reduced, engaging with DAAT).
Consent: verbal + written from M given 29/05.
LP: Sana Begum, Youth Worker, Spotlight Poplar.
C&F attached. TAF plan - still drafting, will send by Weds.

Wojciech
""",
  atts=[("C&F - Okafor.pdf", pdf(["Child and Family Assessment - Chioma Okafor", "Mosaic 1755310", "Completed 29/05/2037."]))],
  expect=dict(kind="step_down", urgent=False, level=None, case_ids=["1755310"],
              children=[("Chioma Okafor", "2021-07-22")], concerns=["school_attendance", "substance_misuse"],
              consent=True, manager_agreed=None, missing=["draft_plan"], notice_ok=None, next_action="request_info"),
  why="Tower Hamlets step-down with assessment, consent and LP but the TAF plan 'still drafting', so draft_plan is missing.")

M(file="tower_hamlets_04", auth="tower_hamlets", mbox="mash_step_up", cat="urgent", sent="2037-06-25 12:05",
  frm=("Grace Adebayo-Lindstr\u00f6m", "grace.adebayo-lindstrom@nhs.net"), fmt="plain",
  subject="HV NBV - 4/12 - wt faltering - M won't take her in - Mosaic 1779021",
  body="""MAST duty,

Seen at home 10:45 today, unannounced after 3 x DNA clinic and 2 x no access.

Baby Hawa JALLOH DOB 19/02/2037 (4/12). Wt 4.38kg - was 5.1kg at 8/52, now <0.4th centile (birth 50th). O/E lethargic, weak cry, sunken fontanelle, dry nappies since last night per M, mottled feet. ?FTT ?dehydration.

Advised M (Fatmata Jalloh) to take her to RLH paeds A&E now and offered to go with her. M declined, says God will heal her, asked me to leave. I left 11:30. Baby still at home with M. 2 older sibs at school (7 and 5).

Family open to EH (TAF) since April - Mosaic 1779021. GP informed 11:40, will not home visit.

I'm in the car outside until 12:30 - 07700 900418.

Grace Adebayo-Lindstr\u00f6m
Health Visitor (SCPHN), Tower Hamlets HV Service
""",
  expect=dict(kind="other", urgent=True, level=None, case_ids=["1779021"], children=[("Hawa Jalloh", "2037-02-19")],
              concerns=["neglect", "non_engagement"], consent=None, manager_agreed=None, missing=[], notice_ok=None,
              next_action="alert_duty"),
  why="URGENT (safety rule 1): a 4-month-old with falling weight, lethargy, sunken fontanelle and no wet nappies, mother refusing to take her to hospital, baby still at home now; told in HV shorthand.")

M(file="tower_hamlets_05", auth="tower_hamlets", mbox="mash_step_up", cat="near_miss", sent="2037-05-08 14:00",
  frm=("QA & Practice Improvement", "qa.practice@towerhamlets.gov.uk"), fmt="plain",
  subject="Q4 audit - closed s47s - MAST themes (for info)",
  body="""Colleagues,

Summary of the Q4 dip-sample of closed s47s attached (anonymised). Headlines:
- 12 cases, all closed; 9 NFA at strat, 3 to CIN then EH.
- Case 4 (7/12 old, ?NAI, spiral # humerus): skeletal survey NAD, metabolic bone disease diagnosed, NFA, closed 01/2037.
- Case 7: PPN DA with perp present at the time - perp remanded, children with MGM under s20 then home; closed 02/2037.
- Recording: DASH scores not always on Mosaic; RHI outcomes missing in 2 of 4 MFH cases.

Learning session in July. No action needed on any individual case.

QA & Practice Improvement Team
""",
  atts=[("Q4 closed s47 dip-sample.txt", "Q4 closed s47 dip sample (anonymised)\nCase 1: NFA at strat.\nCase 4: ?NAI ruled out.\nCase 7: PPN; perp remanded; closed.\n".encode())],
  expect=dict(kind="other", urgent=False, level=None, case_ids=[], children=[], concerns=[], consent=None,
              manager_agreed=None, missing=[], notice_ok=None, next_action="human_review"),
  why="NEAR MISS: an anonymised audit of closed s47s ('?NAI', 'PPN ... perp present') where every case is closed and resolved; no child, no request.")

M(file="tower_hamlets_06", auth="tower_hamlets", mbox="early_help_duty", cat="near_miss", sent="2037-07-16 15:30",
  frm=("Callum \u00d3 Floinn", "callum.ofloinn@spotlight-th.org.uk"), fmt="plain",
  subject="RE: Step down - Mosaic 1612290 - Ali [SB-tower_hamlets-1044] - final TAF minutes",
  body="""Hi,

Final TAF held 14/07 - minutes attached. Goals met, EH closing.

For the record, as Mosaic still shows flags for Samir Ali (DOB 2020-12-08): CCE concern from 2036 - NRM conclusive grounds decision 11/2036; no missing episodes since Sept 2036, last RHI done 09/2036. He's now at New City College (L2 plumbing), 100% attendance this term. No current concerns.

Callum
Youth Worker / LP, Spotlight
""",
  atts=[("Final TAF minutes 14-07-2037.docx", docx(["Final TAF minutes 14/07/2037", "Samir Ali, Mosaic 1612290",
         "All plan goals met. Closure agreed by all present."]))],
  expect=dict(kind="follow_up", urgent=False, level=None, case_ids=["1612290"], children=[("Samir Ali", "2020-12-08")],
              concerns=[], consent=None, manager_agreed=None, missing=[], notice_ok=None, next_action="attach_to_request"),
  why="NEAR MISS: a reply to [SB-tower_hamlets-1044] with closing TAF minutes; the CCE, NRM and missing episodes are all from 2036, 'No current concerns'.")

M(file="tower_hamlets_07", auth="tower_hamlets", mbox="mash_step_up", cat="ordinary", sent="2037-07-07 09:50",
  frm=("Halima Siddiqui", "halima.siddiqui@towerhamlets.gov.uk"), fmt="plain", xmailer="Microsoft Outlook 16.0",
  subject="Step up?? - Mosaic 1788104 - Zielinski",
  body="""Hi MAST,

Looking to step up Oskar Zieli\u0144ski (born 04/04/2025). EH since Feb, Mosaic 1788104.
M's MH deteriorating (CMHT referral made), Oskar (12) doing most of the caring for his little sister, attendance 71%.

Not spoken to my TM yet - she's back tomorrow, I'll get her sign-off. MARF to follow.
Can it go to MAST discussion this week?

Halima Siddiqui
Family Practitioner, Early Help
""",
  expect=dict(kind="step_up", urgent=False, level=None, case_ids=["1788104"],
              children=[("Oskar Zieli\u0144ski", "2025-04-04")],
              concerns=["parental_mental_health", "school_attendance", "young_carer"], consent=None,
              manager_agreed=None, missing=["manager_agreed", "request_for_support"], notice_ok=None,
              next_action="request_info"),
  why="Tower Hamlets step-up with neither the Request for Support form ('MARF to follow') nor manager agreement ('Not spoken to my TM yet' is null).")

M(file="tower_hamlets_08", auth="tower_hamlets", mbox="early_help_duty", cat="ordinary", sent="2037-06-22 09:15",
  frm=("Ifeoma Chukwu-Adams", "ifeoma.chukwu-adams@towerhamlets.gov.uk"), fmt="html_only",
  subject="Chaser - [SB-tower_hamlets-1102] - LP allocation? Mosaic 1698420",
  body="""Morning,

Chasing this one. TAF held 19/05, minutes on Mosaic 28/05. Still no EH worker showing on the Mosaic EH workflow and the family are asking who their LP is.

Can someone confirm please?

Thanks, Ifeoma
""",
  expect=dict(kind="follow_up", urgent=False, level=None, case_ids=["1698420"], children=[], concerns=[],
              consent=None, manager_agreed=None, missing=[], notice_ok=None, next_action="attach_to_request"),
  why="HTML-only chaser on [SB-tower_hamlets-1102]; follow_up, nothing required.")

# ================================ TORBAY ================================
M(file="torbay_01", auth="torbay", mbox="mash_step_up", cat="urgent", sent="2037-06-05 22:40",
  frm=("DC 2219 Morwenna Trewin", "morwenna.trewin@devonandcornwall.pnn.police.uk"), cc=["edt@torbay.gov.uk"],
  fmt="plain", subject="RUI - Mr Craig PASCOE - back at home addr tonight - s47 children",
  body="""MASH / out of hours,

Mr Craig PASCOE (DOB 11/01/1991) interviewed today re CSA allegation made by his step-daughter (s47 strat Wed 03/06, LCS-208315). Released under investigation 20:15 - RUI, so no bail conditions. Safety plan agreed at strat was that he stays at his brother's in Paignton.

Mum (Kerry Tregenza) phoned the OIC at 22:05 to say he has come back to the address (Fore St, Brixham) and she has let him in "to talk". The children are at home in bed:
Lily-Mae Tregenza DOB 22.10.2026 (the complainant)
Finn Pascoe DOB 30.06.2031

No response unit free for at least an hour.

DC 2219 Trewin
CAIT, Devon & Cornwall Police
""",
  expect=dict(kind="other", urgent=True, level=None, case_ids=["LCS-208315"],
              children=[("Lily-Mae Tregenza", "2026-10-22"), ("Finn Pascoe", "2031-06-30")],
              concerns=["sexual_harm"], consent=None, manager_agreed=None, missing=[], notice_ok=None,
              next_action="alert_duty"),
  why="URGENT (safety rule 1), at night: a man RUI'd for child sexual abuse is back tonight in the house where the complainant and her brother are asleep, contrary to the strat safety plan; the out-of-hours service must be alerted.")

M(file="torbay_02", auth="torbay", mbox="mash_step_up", cat="urgent", sent="2037-07-14 10:35",
  frm=("Ben Tregothnan", "ben.tregothnan@nhs.net"), fmt="plain",
  subject="HTT - M took OD - 2 x U5 at home - door locked",
  body="""MASH,

Our client Jade Whitcombe (EUPD, under HTT) phoned HTT at 10:20 saying she took 40 x sertraline about an hour ago. She is at home, Ashfield Rd, Torquay, with her children Mason Whitcombe (DOB 09/09/2034) and Poppy Whitcombe (DOB 02/03/2036). She says the front door is locked and she won't open it.

We called 999 at 10:24 (ambulance + police). No other adult at the address - ex-partner has no contact (non-mol). Who will have the children when she is taken in?

Family open to EH, EHM-77120.

Ben Tregothnan
CPN, Home Treatment Team, Devon Partnership NHS Trust
""",
  expect=dict(kind="other", urgent=True, level=None, case_ids=["EHM-77120"],
              children=[("Mason Whitcombe", "2034-09-09"), ("Poppy Whitcombe", "2036-03-02")],
              concerns=["parental_mental_health"], consent=None, manager_agreed=None, missing=[], notice_ok=None,
              next_action="alert_duty"),
  why="URGENT (safety rule 1): a mother who has just overdosed is locked in with a 2-year-old and a 1-year-old and no other adult; told in mental-health team shorthand.")

M(file="torbay_03", auth="torbay", mbox="early_help_duty", cat="ordinary", sent="2037-04-22 13:10",
  frm=("Jenna Polglase", "jenna.polglase@torbay.gov.uk"), fmt="twin", xmailer="Microsoft Outlook 16.0",
  subject="Triage slot pls - step down to L3 - LCS-199482 - Nowicki",
  body="""Hi EH,

Requesting a triage slot - step down to L3 EH.
Zofia Nowicki DOB 2033-08-30; Antoni Nowicki DOB 15/01/2036 (so U5s triage please).

Single Assessment completed 17/04 - analysis + rationale in it, attached.
ATM (Silas Penrose) analysis: L3 threshold met - agreed 21/04.
Cnst Y - M gave consent for L3 EH at visit 20/04.
Concerns: M's PND (perinatal MH team involved), F working away.

Jenna Polglase
SW, Safeguarding & Supporting Families
""",
  atts=[("Single Assessment - Nowicki - 17.04.2037.pdf", pdf(["Single Assessment", "Zofia and Antoni Nowicki, LCS-199482",
         "Analysis: needs can be met at level 3 Early Help.", "Rationale for step down: improved home routine, M engaging."]))],
  expect=dict(kind="step_down", urgent=False, level=3, case_ids=["LCS-199482"],
              children=[("Zofia Nowicki", "2033-08-30"), ("Antoni Nowicki", "2036-01-15")],
              concerns=["parental_mental_health"], consent=True, manager_agreed=True, missing=[], notice_ok=None,
              next_action="book_meeting"),
  why="Complete Torbay step-down to L3 (Single Assessment, ATM agreed, 'Cnst Y'); Antoni is under 5, so the fortnightly under-5s triage.")

M(file="torbay_04", auth="torbay", mbox="early_help_duty", cat="ordinary", sent="2037-04-30 16:40",
  frm=("Kwame Asante-Penhaligon", "kwame.asante-penhaligon@torbay.gov.uk"), fmt="plain", xmailer="Microsoft Outlook 16.0",
  subject="step down req - LCS-201760 - Harvey",
  body="""Hi,

SA done, attached. Tyler Harvey, DOB 3rd Nov 2028. Looking for a triage slot w/c 11/05.

ATM sign-off - pending, Tamsin is reviewing the SA tomorrow.
Cnst not yet - M wants to talk to her partner first, I'm back there Tues.

Concerns: persistent absence; Tyler's ADHD (CAMHS, EHCP needs assessment in progress).

Kwame
""",
  atts=[("SA - Harvey.pdf", pdf(["Single Assessment - Tyler Harvey", "LCS-201760", "Recommendation: level 3 Early Help."]))],
  expect=dict(kind="step_down", urgent=False, level=None, case_ids=["LCS-201760"],
              children=[("Tyler Harvey", "2028-11-03")], concerns=["disability_send", "school_attendance"],
              consent=None, manager_agreed=None, missing=["consent", "manager_agreed"], notice_ok=None,
              next_action="request_info"),
  why="Torbay step-down with the assessment but 'ATM sign-off - pending' and 'Cnst not yet' (both null), so consent and manager_agreed are missing.")

M(file="torbay_05", auth="torbay", mbox="mash_step_up", cat="near_miss", sent="2037-05-19 11:15",
  frm=("Lowenna Hocking", "lowenna.hocking@torbay.gov.uk"), fmt="plain", xmailer="Microsoft Outlook 16.0",
  subject="Step up to L4 - EHM-76541 - Sutcliffe - cnst Y, ATM agreed",
  body="""Hi MASH,

Requesting a threshold discussion re stepping Reuben Sutcliffe (DOB 12/12/2031) up to L4.

Not a CP referral - nothing has happened today: no ?NAI (GP saw him 15/05, O/E NAD), no DA incidents since MARAC 2035, no PPNs this year.

The worry is cumulative neglect: F's daily cannabis use, home conditions poor for 6 months despite the TAF plan, GCP2 scores 4/5.

Consent Y - F agreed to the MASH contact 18/05.
ATM (Tamsin Verity) agreed the step-up 18/05.

Lowenna Hocking
Early Help Practitioner (L3)
""",
  expect=dict(kind="step_up", urgent=False, level=None, case_ids=["EHM-76541"],
              children=[("Reuben Sutcliffe", "2031-12-12")], concerns=["neglect", "substance_misuse"], consent=True,
              manager_agreed=True, missing=[], notice_ok=None, next_action="book_meeting"),
  why="NEAR MISS: '?NAI', 'DA', 'MARAC', 'PPN' all negated; a complete planned Torbay step-up (consent Y, ATM agreed) for cumulative neglect.")

M(file="torbay_06", auth="torbay", mbox="early_help_duty", cat="near_miss", sent="2037-07-01 10:20",
  frm=("Anneliese Gr\u00fcnewald", "anneliese.grunewald@torbay.gov.uk"), fmt="twin", xmailer="Microsoft Outlook 16.0",
  subject="Step down for triage - LCS-205530 - Kinsella-Moyo",
  body="""Hi EH,

Ruby Kinsella-Moyo, DOB 27/05/2030. Single Assessment (attached) concludes L3.
TM agreed (Silas) 30/06. M consented 29/06.

Contingency (hypothetical, for the plan): IF F (currently HMP Exeter, release date 14/07) returns to the address, THEN PPN -> MARAC referral and consider strat/s47. F has no contact now, M has a non-mol, no DA incidents since he was remanded in January.

Current needs: M's anxiety; Ruby's attendance (90%).

Anneliese
""",
  atts=[("Single Assessment - Ruby K-M.pdf", pdf(["Single Assessment - Ruby Kinsella-Moyo", "LCS-205530",
         "Conclusion: level 3 Early Help. Contingency plan included."]))],
  expect=dict(kind="step_down", urgent=False, level=3, case_ids=["LCS-205530"],
              children=[("Ruby Kinsella-Moyo", "2030-05-27")],
              concerns=["domestic_abuse", "parental_mental_health", "school_attendance"], consent=True,
              manager_agreed=True, missing=[], notice_ok=None, next_action="book_meeting"),
  why="NEAR MISS: the PPN / MARAC / s47 steps are an IF-THEN contingency (F in prison, no contact); a complete Torbay step-down to L3 whose plan addresses domestic abuse.")

M(file="torbay_07", auth="torbay", mbox="early_help_duty", cat="ordinary", sent="2037-04-27 09:30",
  frm=("Demelza Rowe", "demelza.rowe@actionforchildren.org.uk"), fmt="ics_reply",
  subject="Accepted: Under-5s triage - LCS-199482 [SB-torbay-741]",
  body="""AFC attending. HV (Carys) also joining for the U5s item.
""",
  ics=dict(uid="SB-torbay-741-%s" % sha("to07")[:10], organizer="earlyhelp.businesssupport@torbay.gov.uk",
           att_name="Demelza Rowe", partstat="ACCEPTED", summary="Under-5s triage - LCS-199482", start="2037-05-05 09:30",
           comment="AFC attending. HV (Carys) also joining for the U5s item."),
  expect=dict(kind="meeting_reply", urgent=False, level=None, case_ids=["LCS-199482"], children=[], concerns=[],
              consent=None, manager_agreed=None, missing=[], notice_ok=None, next_action="record_reply"),
  why="iTIP METHOD:REPLY, PARTSTAT=ACCEPTED, from Action for Children to the under-5s triage, with a COMMENT.")

M(file="torbay_08", auth="torbay", mbox="early_help_duty", cat="near_miss", sent="2037-06-09 14:20",
  frm=("Kwame Asante-Penhaligon", "kwame.asante-penhaligon@torbay.gov.uk"), fmt="plain", xmailer="Microsoft Outlook 16.0",
  subject="RE: step down req - LCS-201760 - Harvey [SB-torbay-752]",
  body="""Hi,

Update for triage: cnst now Y (M signed 08/06). ATM Tamsin agreed 05/06.

FYI re the PPN you may see on LCS dated 30/05: police attended a verbal argument between M and her partner at a neighbour's, child not present, NFA. Partner has since moved to Plymouth, M reports no further incidents, DA service screened it as standard. No action needed.

Kwame
""",
  expect=dict(kind="follow_up", urgent=False, level=None, case_ids=["LCS-201760"], children=[], concerns=[],
              consent=True, manager_agreed=True, missing=[], notice_ok=None, next_action="attach_to_request"),
  why="NEAR MISS: a reply to [SB-torbay-752] giving consent and ATM agreement; the PPN is past, NFA, child not present and the partner gone.")

# ================================ HEREFORDSHIRE ================================
M(file="herefordshire_01", auth="herefordshire", mbox="mash_step_up", cat="urgent", sent="2037-06-24 11:50",
  frm=("Rhian Prothero", "rhian.prothero@herefordshire.gov.uk"), fmt="plain", xmailer="Microsoft Outlook 16.0",
  subject="PEP today - disclosure - contact tonight 4pm",
  body="""MASH,

At Seren's PEP this morning (DT, VS, SENCo, SW on Teams) Seren Bufton (12, DOB 05/05/2025), LAC under s20 with F/C, told the DT in the break that at contact on Saturday M's boyfriend "Jason" came into the bathroom and touched her and said it was their secret. She was crying.

Her unsupervised contact at M's flat is tonight 16:00-19:00; F/C is due to drop her there at 15:45. Her SW (Laura) left the PEP before the break and is in court all afternoon, phone off. IRO not known to me. Mosaic no. 866120.

Rhian Prothero
Education Adviser, Virtual School
""",
  expect=dict(kind="other", urgent=True, level=None, case_ids=["866120"], children=[("Seren Bufton", "2025-05-05")],
              concerns=["sexual_harm"], consent=None, manager_agreed=None, missing=[], notice_ok=None,
              next_action="alert_duty"),
  why="URGENT (safety rule 1): a looked-after 12-year-old disclosed sexual touching by mum's boyfriend and is due at unsupervised contact there at 16:00 today, her SW unreachable.")

M(file="herefordshire_02", auth="herefordshire", mbox="mash_step_up", cat="urgent", sent="2037-07-14 09:05",
  frm=("Rebecca Pugh-Vaughan", "rebecca.pugh-vaughan@wvt.nhs.uk"), fmt="html_only",
  subject="SVD 03:12 today - ICPC 21/07 - d/c planned 14:00 with partner",
  body="""MASH,

Baby girl born SVD 03:12 this morning at Hereford County Hospital to Chantelle Prosser (Mosaic no. 871455). Baby named Lyra Prosser, DOB 14/07/2037, 3.2kg, APGARs 9/9, well.

Pre-birth assessment recommended ICPC - booked 21/07 (EDD was 04/08). Birth plan: no discharge without a CSC discharge planning meeting; Mr Dean Morgan (partner, convicted 2031 of sexual activity with a child, RSO) must not have unsupervised care.

Mr Morgan is on the ward now and has been holding the baby alone while M showers. M has told staff they are going home together at 14:00 on the postnatal team's d/c. Allocated SW on A/L, no cover named on the plan.

Ward: 01432 496118.

Rebecca Pugh-Vaughan
Safeguarding Midwife, Wye Valley NHS Trust
""",
  expect=dict(kind="other", urgent=True, level=None, case_ids=["871455"], children=[("Lyra Prosser", "2037-07-14")],
              concerns=["sexual_harm"], consent=None, manager_agreed=None, missing=[], notice_ok=None,
              next_action="alert_duty"),
  why="URGENT (safety rule 1): a newborn whose registered-sex-offender father has her alone on the ward and discharge home with him is planned for 14:00 today, before the ICPC; HTML-only midwife mail.")

M(file="herefordshire_03", auth="herefordshire", mbox="early_help_duty", cat="ordinary", sent="2037-04-28 10:00",
  frm=("Gethin Llewellyn-Price", "gethin.llewellyn-price@herefordshire.gov.uk"), fmt="twin", xmailer="Microsoft Outlook 16.0",
  subject="Step-down - sibling group - Mosaic no. 852307 - Wheeler",
  body="""Hi EH Co-ordinators,

Following the C&F assessment decision 21/04 and discussion with Sian (EH co-ordinator) at the Tues drop-in 21/04, attached are the EHA step-down plan and the signed consent form (M & F).

Sibling group: Alfie Wheeler (18/06/2027), Esme Wheeler (2.9.2030), Bobby Wheeler (2034-12-01).
Key person / LP: Jo Harries, Family Support Worker, Leominster Children's Centre.
Needs: home conditions (neglect, much improved); Alfie's school attendance.

Gethin
SW, Assessment Team
""",
  atts=[("EHA step-down plan - Wheeler.pdf", pdf(["Early Help Assessment step-down plan", "Wheeler sibling group, Mosaic no. 852307",
         "What needs to happen / by whom / outcome / timescale."])),
        ("Consent form signed - Wheeler.pdf", pdf(["Early Help consent form", "Signed by both parents 24/04/2037."]))],
  expect=dict(kind="step_down", urgent=False, level=None, case_ids=["852307"],
              children=[("Alfie Wheeler", "2027-06-18"), ("Esme Wheeler", "2030-09-02"), ("Bobby Wheeler", "2034-12-01")],
              concerns=["neglect", "school_attendance"], consent=True, manager_agreed=None, missing=[], notice_ok=None,
              next_action="book_meeting"),
  why="Complete Herefordshire sibling-group step-down: plan, signed consent form and key person with agency.")

M(file="herefordshire_04", auth="herefordshire", mbox="early_help_duty", cat="ordinary", sent="2037-05-21 15:30",
  frm=("Marta So\u0142tys", "marta.soltys@herefordshire.gov.uk"), fmt="android",
  subject="step down plan - Mosaic 860441 - Yilmaz",
  body="""Hi, EHA step-down plan attached for Deniz Yilmaz dob 11/11/2032. C&F decision 14/05.
M gave verbal consent at visit 20/05 - written consent form to follow after joint HV next Thurs.
Key person: Ay\u015fe Demir, School Family Support Worker, Aylestone School.
Needs: M's depression (IAPT), Deniz anxious about school (attendance 80%).
Marta

Sent from my Galaxy
""",
  atts=[("EHA step down plan Yilmaz.docx", docx(["Early Help Assessment step-down plan", "Deniz Yilmaz, Mosaic 860441",
         "Wellbeing plan: attendance support; M to IAPT."]))],
  expect=dict(kind="step_down", urgent=False, level=None, case_ids=["860441"], children=[("Deniz Yilmaz", "2032-11-11")],
              concerns=["parental_mental_health", "school_attendance"], consent=True, manager_agreed=None,
              missing=["consent_form"], notice_ok=None, next_action="request_info"),
  why="Herefordshire needs the written consent form: verbal consent is given (consent true) but the form is 'to follow', so consent_form is missing.")

M(file="herefordshire_05", auth="herefordshire", mbox="mash_step_up", cat="ordinary", sent="2037-06-08 12:10",
  frm=("Kerry-Ann McBride", "kerry-ann.mcbride@herefordshire.gov.uk"), fmt="plain", xmailer="Microsoft Outlook 16.0",
  subject="Request to step up to CSC - Mosaic no. 874902 - Gray",
  body="""Hi MASH,

Requesting step-up to CSC for Harley Gray (DOB 30/09/2029) for a s17 C&F. TAF since Jan.
Concerns: F's alcohol use increasing; Harley's attendance 76%.
TM (Owain) agreed step-up in supervision 05/06. M consented to the referral - cnst Y.
Attached: EHA and TAF review minutes.

Kerry-Ann McBride
Early Help Family Support
""",
  atts=[("EHA - Gray.docx", docx(["Early Help Assessment - Harley Gray", "Mosaic no. 874902"])),
        ("TAF review minutes 02-06-37.docx", docx(["TAF review minutes 02/06/2037", "Concerns increasing."]))],
  expect=dict(kind="step_up", urgent=False, level=None, case_ids=["874902"], children=[("Harley Gray", "2029-09-30")],
              concerns=["school_attendance", "substance_misuse"], consent=True, manager_agreed=True, missing=[],
              notice_ok=None, next_action="human_review"),
  why="A step-up to Herefordshire, whose seed defines step-down only: an undefined kind goes to human_review with missing [].")

M(file="herefordshire_06", auth="herefordshire", mbox="early_help_duty", cat="near_miss", sent="2037-04-29 14:45",
  frm=("Dafydd Rees-Morgan", "dafydd.rees-morgan@herefordshire.gov.uk"), fmt="plain", xmailer="Microsoft Outlook 16.0",
  subject="LADO outcome - for info - historic allegation - NFA",
  body="""Colleagues,

For your records, as EH commissioned the youth project concerned in 2031.

Allegation about a former volunteer youth worker (Mr K) relating to 2031, made in 2036 by the now-adult complainant: investigated; police NFA 03/2037 (insufficient evidence); LADO outcome unsubstantiated. Mr K has not worked or volunteered with children since 2032 and has no current role. No current children identified.

No action for EH co-ordinators. Please don't reply all.

Dafydd Rees-Morgan
LADO, Herefordshire Council
""",
  expect=dict(kind="other", urgent=False, level=None, case_ids=[], children=[], concerns=[], consent=None,
              manager_agreed=None, missing=[], notice_ok=None, next_action="human_review"),
  why="NEAR MISS: a LADO outcome on a historic allegation, NFA and unsubstantiated, about an adult with no contact with children; no child now.")

M(file="herefordshire_07", auth="herefordshire", mbox="early_help_duty", cat="near_miss", sent="2037-06-16 13:30",
  frm=("Ffion Watkins", "ffion.watkins@herefordshire.gov.uk"), fmt="plain", xmailer="Microsoft Outlook 16.0",
  subject="EH step down - Mosaic no. 869310 - Price-Okoro",
  body="""Hi,

Jayden Price-Okoro, DOB 2023-03-03. C&F decision 10/06: step down to EH.

The Mosaic flags, explained: single MFH episode 02/2037 - found same night at a friend's, RHI completed 03/02, no CCE/CSE indicators (screening tool low); no DA since MARAC 2035, IDVA closed 2035.

Current needs: school attendance and M's low mood.
Attached: EHA step-down plan and signed consent form.
Key person: Gareth Bowen, Pastoral Lead, Hereford Academy.
Discussed with Sian (EH co-ordinator) at this morning's drop-in.

Ffion Watkins
Social Worker
""",
  atts=[("EHA step-down plan - J Price-Okoro.docx", docx(["Early Help Assessment step-down plan", "Jayden Price-Okoro",
         "Attendance and family support."])),
        ("Signed consent - Price-Okoro.pdf", pdf(["Consent to Early Help", "Signed by mother 12/06/2037."]))],
  expect=dict(kind="step_down", urgent=False, level=None, case_ids=["869310"],
              children=[("Jayden Price-Okoro", "2023-03-03")], concerns=["parental_mental_health", "school_attendance"],
              consent=True, manager_agreed=None, missing=[], notice_ok=None, next_action="book_meeting"),
  why="NEAR MISS: MFH, CCE/CSE and DA flags are all past or negated; a complete Herefordshire step-down (plan, signed consent form, key person).")

M(file="herefordshire_08", auth="herefordshire", mbox="early_help_duty", cat="urgent", sent="2037-07-07 09:25",
  frm=("Lowri Bevan-Sharma", "lowri.bevan-sharma@herefordshire.gov.uk"), fmt="ics_reply",
  subject="Declined: Step-down drop-in [SB-herefordshire-2210]",
  body="""Can't make the drop-in - on a CIN visit at the Gittins' (Mosaic 877013). Found Kacey Gittins (15) alone with Tia-Louise Gittins (3) and Reggie Gittins (20 months) since M left Sun night. No food in, Reggie in the same nappy, Tia-Louise has a burn on her hand that nobody has treated. M not answering. I'm still at the house with them and have no carer to place them with yet.
""",
  ics=dict(uid="SB-herefordshire-2210-%s" % sha("h08")[:10], organizer="earlyhelpcoordinators@herefordshire.gov.uk",
           att_name="Lowri Bevan-Sharma", partstat="DECLINED", summary="Step-down drop-in", start="2037-07-07 10:00",
           comment="Can't make the drop-in - on a CIN visit at the Gittins' (Mosaic 877013). Found Kacey Gittins (15) alone with Tia-Louise Gittins (3) and Reggie Gittins (20 months) since M left Sun night. No food in, Reggie in the same nappy, Tia-Louise has a burn on her hand that nobody has treated. M not answering. I'm still at the house with them and have no carer to place them with yet."),
  expect=dict(kind="meeting_reply", urgent=True, level=None, case_ids=["877013"],
              children=[("Kacey Gittins", None), ("Tia-Louise Gittins", None), ("Reggie Gittins", None)],
              concerns=["neglect", "physical_harm"], consent=None, manager_agreed=None, missing=[], notice_ok=None,
              next_action="alert_duty"),
  why="URGENT (safety rule 1) in a meeting reply's COMMENT: three children left alone since Sunday, a 20-month-old and a 3-year-old with an untreated burn, no carer found; safety rule 1 reads every part, so alert_duty.")

# ---------------------------------------------------------------- building
def build(m):
    a, fname = m["auth"], m["file"] + ".eml"
    to = MAILBOX[a][m["mbox"]]
    msg = EmailMessage()
    fn, fe = m["frm"]
    msg["From"] = email.utils.formataddr((fn, fe))
    msg["To"] = to
    if m.get("cc"):
        msg["Cc"] = ", ".join(m["cc"])
    msg["Subject"] = m["subject"]
    msg["Date"] = email.utils.format_datetime(dt(m["sent"]))
    msg["Message-ID"] = "<%s@%s>" % (sha(fname)[:24].upper(), fe.split("@")[1])
    fmt = m["fmt"]
    if m.get("xmailer"):
        msg["X-Mailer"] = m["xmailer"]
    if fmt == "iphone":
        msg["X-Mailer"] = "iPhone Mail (22F76)"
        msg["In-Reply-To"] = "<%s@richmondandwandsworth.gov.uk>" % sha("ack")[:20]
    if fmt == "ooo":
        msg["Auto-Submitted"] = "auto-replied"
        msg["X-Auto-Response-Suppress"] = "All"
    if fmt == "ics_reply":
        msg["Content-Class"] = "urn:content-classes:calendarmessage"
    body = m["body"]
    if fmt == "html_only":
        msg.set_content(html_of(body), subtype="html")
    elif fmt == "ics_reply":
        i = m["ics"]
        cal = ics_reply(i["uid"], i["organizer"], fe, i["att_name"], i["partstat"], i["summary"], i["start"],
                        i["comment"], i.get("seq", 0), m["sent"])
        msg.set_content(body)
        msg.add_alternative(cal, subtype="calendar", params={"method": "REPLY"})
    else:
        msg.set_content(body, cte="quoted-printable" if fmt != "android" else "base64")
        if fmt in ("twin", "gmail_twin"):
            msg.add_alternative(html_of(body), subtype="html")
    for name, data in m.get("atts", []):
        mt, st = MIME[name.rsplit(".", 1)[1]]
        msg.add_attachment(data, maintype=mt, subtype=st, filename=name)
    for i, part in enumerate(msg.walk()):          # deterministic boundaries
        if part.is_multipart():
            part.set_boundary("----=_Part_%d_%s" % (i, sha(fname + str(i))[:20]))
    return msg.as_bytes(policy=email.policy.SMTP)

# ---------------------------------------------------------------- readable text (for self-checks)
def readable(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    out = [str(msg["Subject"])]
    for p in msg.walk():
        if p.is_multipart():
            continue
        ct = p.get_content_type()
        data = p.get_payload(decode=True) or b""
        fn = p.get_filename()
        if fn:
            out.append(fn)
        if ct.startswith("text/"):
            t = data.decode(p.get_content_charset() or "utf-8")
            if ct == "text/html":
                import html as H
                t = H.unescape(re.sub(r"<[^>]+>", " ", t))
            if ct == "text/calendar":
                t = re.sub(r"\r?\n[ \t]", "", t).replace("\\,", ",").replace("\\;", ";")
            out.append(t)
        elif ct == "application/pdf":
            out.append(" ".join(x.decode("latin-1").replace("\\(", "(").replace("\\)", ")")
                                for x in re.findall(rb"\(((?:\\.|[^\\)])*)\) Tj", data)))
        elif fn and fn.endswith(".docx"):
            z = zipfile.ZipFile(io.BytesIO(data))
            import html as H
            out.append(H.unescape(re.sub(r"<[^>]+>", " ", z.read("word/document.xml").decode())))
    return msg, "\n".join(out)

def age_on(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))

def check_and_write():
    errs = []
    def E(c, s):
        if not c:
            errs.append(s)
    files, labels, cats = {}, [], {}
    for m in MAILS:
        raw = build(m)
        files[m["file"] + ".eml"] = raw
    E(len(files) == 40, "need 40 mails, have %d" % len(files))
    for a in MAILBOX:
        n = sum(1 for m in MAILS if m["auth"] == a)
        E(n == 8, "%s has %d mails" % (a, n))
        E(sorted(m["file"] for m in MAILS if m["auth"] == a) == ["%s_%02d" % (a, i) for i in range(1, 9)], "%s numbering" % a)
    from collections import Counter
    cc = Counter(m["cat"] for m in MAILS)
    E(cc["urgent"] >= 11 and cc["near_miss"] >= 11, "category counts %s" % cc)
    try:
        import holidays
        hol = {d for d in holidays.country_holidays("GB", subdiv="ENG", years=[2037])}
        E(hol == BANK_HOLIDAYS, "bank holidays differ from holidays package: %s" % (hol ^ BANK_HOLIDAYS))
        print("bank holidays checked against the holidays package")
    except ImportError:
        print("holidays package not importable here; using the built-in 2037 list")
    E(WIN_START.weekday() == 0 and WIN_END.weekday() == 2, "window weekdays")
    ORDER = ["kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed", "missing",
             "notice_ok", "next_action"]
    CONC = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health", "substance_misuse",
            "missing", "physical_harm", "sexual_harm", "radicalisation", "school_attendance", "young_carer", "disability_send"}
    for m in MAILS:
        f = m["file"] + ".eml"
        raw = files[f]
        msg, text = readable(raw)
        E(not msg.defects and all(not p.defects for p in msg.walk()), f + " MIME defects")
        E(email.message_from_bytes(raw) is not None, f + " stdlib parse")
        for h in ("Message-ID", "Date", "From", "To", "Subject"):
            E(msg[h] is not None, f + " missing " + h)
        E(MAILBOX[m["auth"]][m["mbox"]].lower() in (str(msg["To"]) + str(msg["Cc"] or "")).lower(), f + " mailbox")
        sent = dt(m["sent"])
        d = sent.date()
        E(WIN_START <= d <= WIN_END, f + " outside window")
        night = sent.hour >= 19 or sent.hour < 7
        E((d.weekday() < 5 and d not in BANK_HOLIDAYS) or night, f + " not a working day")
        E(sent.utcoffset() == timedelta(hours=1), f + " not BST")
        now = sent + timedelta(minutes=5)
        x = m["expect"]
        low = text.lower()
        if m["cat"] == "urgent":
            for w in BANNED:
                E(w not in low, "%s: banned word %r" % (f, w))
        E(x["urgent"] == (m["cat"] == "urgent"), f + " urgent/category mismatch")
        # next_action order
        k = x["kind"]
        undefined = (m["auth"] == "herefordshire" and k == "step_up")
        if x["urgent"]: na = "alert_duty"
        elif k == "auto_reply": na = "ignore"
        elif k == "meeting_reply": na = "record_reply"
        elif k == "follow_up": na = "attach_to_request"
        elif k == "other" or undefined: na = "human_review"
        elif x["missing"] or x["notice_ok"] is False: na = "request_info"
        else: na = "book_meeting"
        E(x["next_action"] == na, "%s next_action %s != %s" % (f, x["next_action"], na))
        E(set(x["concerns"]) <= CONC and x["concerns"] == sorted(x["concerns"]), f + " concerns")
        E(x["missing"] == sorted(set(x["missing"])), f + " missing unsorted")
        if k not in ("step_up", "step_down") or undefined:
            E(x["missing"] == [], f + " missing should be []")
        if k != "step_down":
            E(x["level"] is None, f + " level on non-step-down")
        # notice
        if m["auth"] == "knowsley" and k in ("step_up", "step_down"):
            wd = working_days(now.date(), dt(m["meeting"]).date())
            E(x["notice_ok"] == (wd >= 5), "%s notice %d wd vs %s" % (f, wd, x["notice_ok"]))
            m["_wd"] = wd
        else:
            E(x["notice_ok"] is None, f + " notice_ok should be null")
        # consent / manager facts vs missing
        req = {("richmond_wandsworth", "step_down"): ["consent"], ("tower_hamlets", "step_down"): ["consent"],
               ("tower_hamlets", "step_up"): ["manager_agreed"], ("torbay", "step_down"): ["consent", "manager_agreed"],
               ("torbay", "step_up"): ["consent", "manager_agreed"], ("knowsley", "step_up"): ["manager_agreed"]}
        if (m["auth"], k) == ("knowsley", "step_down") and (x["level"] or 3) == 3:
            req[("knowsley", "step_down")] = ["consent"]
        for fact in req.get((m["auth"], k), []):
            E((x[fact] is not True) == (fact in x["missing"]), "%s %s vs missing" % (f, fact))
        for cid in x["case_ids"]:
            E(cid.lower() in low, "%s case id %s not in text" % (f, cid))
        for name, dob in x["children"]:
            E(name.lower() in low or name.upper() in text, "%s child %s not in text" % (f, name))
            if dob:
                db = date.fromisoformat(dob)
                E(db <= now.date() and age_on(db, now.date()) < 18, "%s child %s age" % (f, name))
        if k == "follow_up":
            E("[SB-" in str(msg["Subject"]), f + " follow_up without reference")
        if k == "meeting_reply":
            E("METHOD:REPLY" in text, f + " no iTIP REPLY")
        if k == "auto_reply":
            E(msg["Auto-Submitted"] is not None, f + " auto_reply without Auto-Submitted")
        else:
            E(msg["Auto-Submitted"] is None, f + " stray Auto-Submitted")
        for y in re.findall(r"\b(20[4-9]\d)\b", text):
            E(False, "%s year %s after window" % (f, y))
        exp = {}
        for key in ORDER:
            v = x[key]
            if key == "children":
                v = [{"name": n, "dob": d_} for n, d_ in v]
            exp[key] = v
        labels.append({"file": f, "authority": m["auth"], "mailbox": m["mbox"], "now": now.isoformat(),
                       "expect": exp, "why": m["why"]})
        cats[f] = m["cat"]
    if errs:
        print("SELF-CHECK FAILED:")
        for e in errs:
            print("  -", e)
        sys.exit(1)
    for f, raw in files.items():
        with open(os.path.join(HERE, f), "wb") as fh:
            fh.write(raw)
    with open(os.path.join(HERE, "labels.json"), "w") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False); fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w") as fh:
        json.dump(cats, fh, indent=1); fh.write("\n")
    print("self-check OK: %d mails, 8 per authority; categories %s" % (len(files), dict(Counter(cats.values()))))
    print("no banned words in the %d urgent mails (subject, bodies, HTML, calendar, attachments)" % cc["urgent"])
    print("every mail parses with email.message_from_bytes; labels agree with categories")
    for m in MAILS:
        if "_wd" in m:
            print("  notice %s: %d WD -> %s" % (m["file"], m["_wd"], m["expect"]["notice_ok"]))
    print("urgent mails:")
    for m in MAILS:
        if m["cat"] == "urgent":
            print("  %s: %s" % (m["file"], m["why"]))

if __name__ == "__main__":
    check_and_write()
