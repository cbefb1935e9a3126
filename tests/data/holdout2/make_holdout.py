#!/usr/bin/env python3
"""Regenerate the second held-out corpus (tests/data/holdout2/*.eml + labels.json).

Run from anywhere with the project venv: `.venv/bin/python tests/data/holdout2/make_holdout.py`.
Everything is invented: people, schools, addresses, Ofcom drama-range phone numbers, case numbers.
Dates, Message-IDs and MIME boundaries are fixed so the output is deterministic (the one exception
is the password-protected PDF, whose encryption salt pypdf draws at random).
"""
from __future__ import annotations

import io
import json
import zipfile
from email import policy
from email.message import EmailMessage
from pathlib import Path

import docx
from pypdf import PdfReader, PdfWriter

HERE = Path(__file__).resolve().parent
FIXED_ZIP_TIME = (2026, 11, 20, 9, 0, 0)

# ---------------------------------------------------------------------------- attachment builders


def _fixed_zip(data: bytes) -> bytes:
    """Rewrite a zip (docx) with fixed timestamps so the bytes are reproducible."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def make_docx(title: str, paragraphs=(), table=None, after=()) -> bytes:
    d = docx.Document()
    d.core_properties.author = "Children's Services"
    d.add_heading(title, level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        t.style = "Table Grid"
        for row in table:
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                c.text = v
    for p in after:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return _fixed_zip(buf.getvalue())


def _pdf_escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines) -> bytes:
    """A minimal valid one-page PDF (Helvetica text), built by hand."""
    ops = ["BT", "/F1 11 Tf", "14 TL", "50 790 Td"]
    for ln in lines:
        ops.append(f"({_pdf_escape(ln)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def make_encrypted_pdf(lines, password="Hfd2026!") -> bytes:
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(lines))))
    w.encrypt(user_password=password, owner_password=password + "-owner", algorithm="AES-128")
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def make_zip(members: dict) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(zipfile.ZipInfo(name, FIXED_ZIP_TIME), data)
    return out.getvalue()


def make_docm(title, paragraphs) -> bytes:
    """A .docx package relabelled as macro-enabled, with a vbaProject part, as Word saves it."""
    base = zipfile.ZipFile(io.BytesIO(make_docx(title, paragraphs)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in base.infolist():
            data = base.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(
                    b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                    b"application/vnd.ms-word.document.macroEnabled.main+xml")
            z.writestr(zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME), data)
        z.writestr(zipfile.ZipInfo("word/vbaProject.bin", FIXED_ZIP_TIME),
                   b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + b"Attribute VB_Name = \"ThisDocument\"")
    return out.getvalue()


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
DOCM = "application/vnd.ms-word.document.macroEnabled.12"
PDF = "application/pdf"

# ---------------------------------------------------------------------------- message builders


def outlook_headers(msg, *, frm, to, subject, date, mid, cc=None, extra=()):
    msg["Received"] = ("from LO4P265MB6012.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:2a1::7) by "
                       "LO4P265MB6012.GBRP265.PROD.OUTLOOK.COM with HTTPS; " + date)
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["CC"] = cc
    msg["Subject"] = subject
    msg["Thread-Topic"] = subject.split(": ", 1)[-1]
    msg["Thread-Index"] = "AdtK" + mid[:20].replace("@", "Q").replace("<", "x")
    msg["Date"] = date
    msg["Message-ID"] = mid
    msg["Accept-Language"] = "en-GB, en-US"
    msg["Content-Language"] = "en-GB"
    msg["X-MS-Has-Attach"] = ""
    msg["X-MS-TNEF-Correlator"] = ""
    for k, v in extra:
        msg[k] = v


def gmail_headers(msg, *, frm, to, subject, date, mid, cc=None, extra=()):
    msg["MIME-Version"] = "1.0"
    msg["Date"] = date
    msg["Message-ID"] = mid
    msg["Subject"] = subject
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    for k, v in extra:
        msg[k] = v


def iphone_headers(msg, *, frm, to, subject, date, mid, cc=None, extra=()):
    msg["From"] = frm
    msg["Content-Transfer-Encoding"] = "7bit"
    msg["Mime-Version"] = "1.0 (1.0)"
    msg["Date"] = date
    msg["Subject"] = subject
    msg["Message-Id"] = mid
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["X-Mailer"] = "iPhone Mail (22B91)"
    for k, v in extra:
        msg[k] = v


STYLES = {"outlook": outlook_headers, "gmail": gmail_headers, "iphone": iphone_headers}

MSO_HEAD = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}
table.MsoTableGrid {border:solid windowtext 1.0pt; font-size:11.0pt;}
span.EmailStyle19 {mso-style-type:personal-compose;}
@page WordSection1 {size:612.0pt 792.0pt;}
div.WordSection1 {page:WordSection1;}
--></style></head>
<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""
MSO_TAIL = "</div>\n</body>\n</html>\n"


def mso_p(text):
    return f'<p class="MsoNormal">{text}<o:p></o:p></p>\n'


def mso_table(rows, header=False):
    out = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">']
    for i, row in enumerate(rows):
        out.append("<tr>")
        for c in row:
            txt = f"<b>{c}</b>" if header and i == 0 else c
            out.append(f'<td width="200" valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
                       f'<p class="MsoNormal">{txt}<o:p></o:p></p></td>')
        out.append("</tr>")
    out.append("</table>\n")
    return "\n".join(out)


def build(style, headers, *, text=None, html=None, text_cte="quoted-printable", attachments=(),
          calendar=None):
    """Build a message. attachments: (filename, maintype/subtype, bytes)."""
    msg = EmailMessage(policy=policy.SMTP)
    STYLES[style](msg, **headers)
    if text is not None:
        msg.set_content(text, cte=text_cte)
        if html is not None:
            msg.add_alternative(html, subtype="html", cte="quoted-printable")
    elif html is not None:
        msg.set_content(html, subtype="html", cte="quoted-printable")
    if calendar is not None:
        method, ics = calendar
        if not msg.is_multipart():
            msg.make_alternative()
        part = EmailMessage(policy=policy.SMTP)
        part.set_content(ics, subtype="calendar", cte="base64" if style == "gmail" else "quoted-printable")
        part.set_param("method", method)
        msg.attach(part)
    for fname, ctype, data in attachments:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary(f"_00{n}_{headers['mid'].strip('<>').split('@')[0][:24]}_")
    return msg.as_bytes(policy=policy.SMTP)


# ---------------------------------------------------------------------------- the corpus

ITEMS = []


def add(file, authority, mailbox, now, expect, why, raw):
    base = {"kind": None, "urgent": False, "level": None, "case_ids": [], "children": [], "concerns": [],
            "consent": None, "manager_agreed": None, "missing": [], "notice_ok": None, "next_action": None}
    base.update(expect)
    base["concerns"] = sorted(base["concerns"])
    base["missing"] = sorted(base["missing"])
    ITEMS.append({"file": file, "authority": authority, "mailbox": mailbox, "now": now,
                  "expect": base, "why": why, "raw": raw})


def kid(name, dob=None):
    return {"name": name, "dob": dob}


EMPTY = {"case_ids": [], "children": [], "concerns": [], "missing": []}

KMASH = "Knowsley MASH <knowsleymash@knowsley.gov.uk>"
KFF = "Family First 0-18 Duty Mailbox <FamilyFirst0-18DutyMailbox@knowsley.gov.uk>"

# --- knowsley_01: complete neglect step-up, forwarded by the manager "agreed, please progress"
k1_form = make_docx("Knowsley Step Up Request Form (Appendix 1)", table=[
    ["Child's name", "Harvey Lomax"], ["Date of birth", "19/08/2014"], ["EHM ID", "EHM-66120"],
    ["Lead practitioner", "Bethan Corkhill, Family First Practitioner, Knowsley Family First 0-18"],
    ["Reason for step up", "Home conditions have deteriorated despite 14 months of Level 3 support; "
                           "Harvey is regularly hungry and wearing the same clothes all week."],
    ["Team manager agreement", "Yes - Gareth Mullin, Team Manager, 01/12/2026"],
    ["Date of step up TAF meeting", "Thursday 10 December 2026, 14:00, Huyton Hub room 3"]])
k1_gcp2 = make_docx("Graded Care Profile 2 (GCP2) - Harvey Lomax", paragraphs=[
    "Area 1 Physical care: grade 4", "Area 2 Care of safety: grade 3", "Area 3 Love and care: grade 3",
    "Area 4 Stimulation and education: grade 4", "Completed by B. Corkhill, 24/11/2026."])
k1_taf = make_pdf(["TAF review meeting minutes - 18 November 2026", "Present: school, health visitor,",
                   "Family First practitioner, mum.", "Actions: home conditions plan not progressed;",
                   "agreed to request step up to Children's Social Care."])
add("knowsley_01.eml", "knowsley", "mash_step_up", "2026-12-02T10:05:00+00:00",
    {"kind": "step_up", "case_ids": ["EHM-66120"], "children": [kid("Harvey Lomax", "2014-08-19")],
     "concerns": ["neglect"], "consent": None, "manager_agreed": True, "missing": [], "notice_ok": True,
     "next_action": "book_meeting"},
    "Outlook FW: from the team manager ('Agreed, please progress') over the worker's request; form (2-col "
    "docx table), GCP2 docx and TAF minutes PDF; 'EHM ID: EHM-66120' keeps its prefix; 'Thursday 10th "
    "December at 2pm' is 6 WD from Wed 2 Dec; 'mum is aware' is not consent.",
    build("outlook", dict(
        frm='"Mullin, Gareth" <Gareth.Mullin@knowsley.gov.uk>', to=KMASH,
        cc='"Corkhill, Bethan" <Bethan.Corkhill@knowsley.gov.uk>, MASH Business Support <mash.businesssupport@knowsley.gov.uk>',
        subject="FW: Step up request - Harvey Lomax - EHM ID: EHM-66120",
        date="Wed, 02 Dec 2026 10:01:12 +0000", mid="<LO4P265MB6012A1B2C3D4E5F60718@LO4P265MB6012.GBRP265.PROD.OUTLOOK.COM>"),
        text="""Agreed, please progress.

Gareth

Gareth Mullin | Team Manager | Family First 0-18 (Huyton)
Knowsley Council | 0151 496 0712

From: Corkhill, Bethan <Bethan.Corkhill@knowsley.gov.uk>
Sent: 01 December 2026 16:42
To: Mullin, Gareth <Gareth.Mullin@knowsley.gov.uk>
Subject: Step up request - Harvey Lomax - EHM ID: EHM-66120

Hi Gareth,

As discussed in supervision this afternoon, I would like to step Harvey Lomax (DOB 19/08/2014) up to
Children's Social Care. EHM ID: EHM-66120.

Despite 14 months of Level 3 support the home conditions have got worse: Harvey is frequently hungry
at school, arrives in the same uniform all week and there has been no working cooker since October.
The GCP2 I completed on 24/11 shows neglect across physical care and stimulation.

Mum is aware that I am requesting a step up.

The step up TAF meeting is booked for Thursday 10th December at 2pm at the Huyton Hub, room 3.
Attached: step up request form, GCP2 and the latest TAF minutes.

Thanks
Bethan

Bethan Corkhill
Family First Practitioner | Knowsley Family First 0-18
07700 900417
""", attachments=[("Step Up Request Form - H Lomax.docx", DOCX, k1_form),
                  ("GCP2 - Harvey Lomax.docx", DOCX, k1_gcp2),
                  ("TAF minutes 18.11.26.pdf", PDF, k1_taf)]))

# --- knowsley_02: non-engagement step-up, no Engaging Families toolkit, Christmas notice too short
k2_form = make_docx("Step Up Request Form", table=[
    ["Children", "Tayla Swift-Hughes (07/03/2012); Corey Swift-Hughes (22/01/2016)"],
    ["Case number", "EHM-67345"], ["Manager agreement", "Agreed by Nia Rourke (Team Manager)"],
    ["TAF meeting", "30.12.26 14:00, Kirkby Family Hub"]])
k2_taf = make_docx("TAF meeting minutes 2 December 2026", paragraphs=[
    "Mum did not attend for the third time. School reports attendance of 61% (Tayla) and 74% (Corey).",
    "Actions: worker to complete a step up request."])
add("knowsley_02.eml", "knowsley", "mash_step_up", "2026-12-23T11:20:00+00:00",
    {"kind": "step_up", "case_ids": ["EHM-67345"],
     "children": [kid("Tayla Swift-Hughes", "2012-03-07"), kid("Corey Swift-Hughes", "2016-01-22")],
     "concerns": ["non_engagement", "school_attendance"], "manager_agreed": True,
     "missing": ["engaging_families"], "notice_ok": False, "next_action": "request_info"},
    "Gmail-style step-up for disguised non-engagement without the Engaging Families toolkit; TAF "
    "'30.12.26 14:00' from Wed 23 Dec is only 3 WD (25 and 28 Dec are bank holidays; a plain weekday "
    "count would give 5).",
    build("gmail", dict(
        frm="Nia Rourke <nia.rourke.ff@gmail-knowsley.example.org>", to=KMASH,
        subject="Step up - Swift-Hughes siblings (EHM-67345)", date="Wed, 23 Dec 2026 11:17:40 +0000",
        mid="<CAGx7Pq1m0Kd2v9Lw3@mail.gmail.com>"),
        text="""Hello MASH team,

Please accept this step up request for Tayla Swift-Hughes (07/03/2012) and her brother Corey
Swift-Hughes (22/01/2016), EHM-67345.

Mum has stopped engaging with the plan: she has cancelled or not been in for the last five home visits
and has not attended the last three TAF meetings. Tayla's attendance is 61% and Corey's 74%.

I am the Team Manager and I agree to the step up.

Step up TAF: 30.12.26 14:00 at Kirkby Family Hub.

Form and TAF minutes attached.

Nia Rourke
Team Manager, Family First 0-18 (Kirkby)
0151 496 0388
""", attachments=[("Step up form Swift-Hughes.docx", DOCX, k2_form),
                  ("TAF minutes 02-12-2026.docx", DOCX, k2_taf)]))

# --- knowsley_03: urgent exploitation/missing step-up from an iPhone; exploitation assessment zipped
k3_form = make_docx("Step Up Request Form", table=[
    ["Name", "Connor Ashby"], ["DOB", "03/05/2012"], ["EHM ID", "EHM-70215"],
    ["Date of step up TAF meeting", "Wednesday 16 December 2026 10:00"]])
k3_taf = make_pdf(["TAF minutes 1 December 2026 - Connor A.", "Concerns about older associates and",
                   "late returns home. Actions: referral to the Exploitation hub."])
add("knowsley_03.eml", "knowsley", "mash_step_up", "2026-12-08T08:10:00+00:00",
    {"kind": "step_up", "urgent": True, "case_ids": ["EHM-70215"], "children": [kid("Connor Ashby", "2012-05-03")],
     "concerns": ["exploitation", "missing"], "manager_agreed": True, "missing": ["exploitation_assessment"],
     "notice_ok": True, "next_action": "alert_duty"},
    "Indirect immediate risk: missing since yesterday and seen getting into a car with older men (no "
    "'urgent'/'child protection' wording); exploitation assessment sent inside a .zip (refused). TAF Wed 16 "
    "Dec is 6 WD from Tue 8 Dec.",
    build("iphone", dict(
        frm="Leanne Prescot <leanne.prescot@knowsley.gov.uk>", to=KMASH,
        subject="Step up Connor Ashby EHM-70215", date="Tue, 08 Dec 2026 08:06:55 +0000",
        mid="<9F1C2B7E-44A0-4B1D-9C55-0D3E7A6B1C22@knowsley.gov.uk>"),
        text_cte="7bit",
        text="""Morning

Sending this step up for Connor Ashby dob 03/05/2012, EHM-70215. Discussed with and agreed by my manager Phil Garside.

Connor has been missing since yesterday afternoon. His mum rang me at 11pm - a neighbour saw him getting into a car with older men outside the chippy on Cherryfield Drive. He has not come home and his phone is off. We have been worried for weeks about county lines and the older lads he is hanging around with.

Step up TAF booked Wednesday 16 December 2026 at 10am.

Form and TAF minutes attached, the exploitation assessment is in the zip.

Leanne
Family First Practitioner
07700 900582

Sent from my iPhone""",
        attachments=[("Step up form C Ashby.docx", DOCX, k3_form), ("TAF mins Connor.pdf", PDF, k3_taf),
                     ("Exploitation assessment.zip", "application/zip",
                      make_zip({"Merseyside Exploitation Assessment - Connor.docx":
                                make_docx("Merseyside Child Exploitation Assessment", ["Risk: high"])}))]))

# --- knowsley_04: HTML-only level 2 step-down, siblings as "Child 1/2/3", Signs of Safety in a table
k4_html = MSO_HEAD + mso_p("Dear Family First Duty,") + mso_p("&nbsp;") + mso_p(
    "Please see below a step down to <b>Level 2 (universal plus)</b> for the Gerrard children, ICS-778812. "
    "My TM has signed this off.") + mso_p("&nbsp;") + mso_p("Child 1: Ruby Gerrard, DOB 04/02/2015") + mso_p(
    "Child 2: Alfie Gerrard, DOB 19/09/2017") + mso_p("Child 3: Nell Gerrard, DOB 11/06/2021") + mso_p("&nbsp;") + mso_p(
    "<b>Final CIN meeting:</b> 10/12/2026 @ 14.00, Stockbridge Village Primary School, family room") + mso_p(
    "<b>Lead Practitioner:</b> Mrs Priya Sandhu, Family Support Worker, Stockbridge Village Primary School") + mso_p(
    "&nbsp;") + mso_table([
        ["Signs of Safety", "Summary"],
        ["What are we worried about?", "Ruby and Alfie's school attendance has dropped to 81% and 83% this term; "
         "mornings are chaotic since dad moved out."],
        ["What is working well?", "Mum has worked openly with the CIN plan, the home is clean and warm and there "
         "is no suggestion of physical harm to any of the children."],
        ["What needs to happen?", "School to lead an Early Help Assessment with a morning routine plan, attendance "
         "monitoring and a TAF within 6 weeks."]], header=True) + mso_p("&nbsp;") + mso_p(
    "Kind regards,") + mso_p("Dominic Eccles") + mso_p("Social Worker, Children in Need Team 2 | 0151 496 0244") + MSO_TAIL
add("knowsley_04.eml", "knowsley", "early_help_duty", "2026-12-01T09:40:00+00:00",
    {"kind": "step_down", "level": 2, "case_ids": ["ICS-778812"],
     "children": [kid("Ruby Gerrard", "2015-02-04"), kid("Alfie Gerrard", "2017-09-19"), kid("Nell Gerrard", "2021-06-11")],
     "concerns": ["school_attendance"], "manager_agreed": True, "missing": [], "notice_ok": True,
     "next_action": "book_meeting"},
    "HTML-only Outlook level 2 step-down written 'Level 2 (universal plus)'; siblings as 'Child 1/2/3'; "
    "Signs of Safety answers in an HTML table; 'no suggestion of physical harm' is negated; '10/12/2026 @ "
    "14.00' is 7 WD from Tue 1 Dec; 'My TM has signed this off' = manager agreed.",
    build("outlook", dict(
        frm='"Eccles, Dominic" <Dominic.Eccles@knowsley.gov.uk>', to=KFF,
        subject="Step down - Gerrard children - ICS-778812", date="Tue, 01 Dec 2026 09:36:20 +0000",
        mid="<LO4P265MB6012B7C8D9E0F1A20304@LO4P265MB6012.GBRP265.PROD.OUTLOOK.COM>"),
        html=k4_html))

# --- knowsley_05: level three step-down, mum does not agree
add("knowsley_05.eml", "knowsley", "early_help_duty", "2026-12-04T14:25:00+00:00",
    {"kind": "step_down", "level": 3, "case_ids": ["ICS-1290044"], "children": [kid("Kayla Brennock", "2016-11-02")],
     "concerns": ["parental_mental_health"], "consent": False, "missing": ["consent"], "notice_ok": True,
     "next_action": "request_info"},
    "Level written as 'targeted support (level three)'; 'mum does not agree to Early Help' is consent "
    "refused (false, so consent missing at level 3); joint visit Mon 14 Dec is 6 WD from Fri 4 Dec.",
    build("outlook", dict(
        frm='"Adeyemi, Toks" <Toks.Adeyemi@knowsley.gov.uk>', to=KFF,
        subject="Step down to Family First - Kayla Brennock ICS-1290044", date="Fri, 04 Dec 2026 14:21:09 +0000",
        mid="<LO4P265MB6012C1D2E3F4A5B60911@LO4P265MB6012.GBRP265.PROD.OUTLOOK.COM>"),
        text="""Hi all,

I am proposing to step Kayla Brennock (DOB 02.11.2016, ICS-1290044) down from CIN to Family First
targeted support (level three).

I need to be honest that at the moment mum does not agree to Early Help - she feels she no longer needs
a worker and wants the case closed. I will keep talking to her before the visit.

Joint home visit: Monday 14th December at 11am at the family home, 22 Orchard Walk, Huyton L36 9XX.

What are we worried about?
Mum's depression has been hard to manage this year and when she is low she struggles to get out of
bed and Kayla worries about her.

What is working well?
Mum is now seeing her GP monthly and taking her medication; Kayla's nan visits most days.

What needs to happen?
A Family First case manager to support mum with routines, link her to talking therapies and review at
a TAF in six weeks.

Thanks,
Toks Adeyemi
Social Worker, Huyton CIN Team
0151 496 0561
"""))

# --- knowsley_06: follow-up adding TAF minutes
k6_taf = make_pdf(["Team Around the Family meeting - minutes", "Attendees: school DSL, school nurse,",
                   "Family First practitioner, parent.", "Agreed: request step up; next TAF in 4 weeks."])
add("knowsley_06.eml", "knowsley", "mash_step_up", "2026-12-03T15:45:00+00:00",
    {"kind": "follow_up", **EMPTY, "next_action": "attach_to_request"},
    "Short Outlook reply to [SB-knowsley-27] adding the TAF minutes as a PDF; no child, case id or "
    "concern named, and no meeting date.",
    build("outlook", dict(
        frm='"Fazakerley, Jo" <Jo.Fazakerley@knowsley.gov.uk>', to=KMASH,
        subject="RE: Step-up request received [SB-knowsley-27]", date="Thu, 03 Dec 2026 15:41:33 +0000",
        mid="<LO4P265MB6012D4E5F6A7B8C90122@LO4P265MB6012.GBRP265.PROD.OUTLOOK.COM>",
        extra=[("In-Reply-To", "<sb-knowsley-27-ack@stepbot.knowsley.gov.uk>"),
               ("References", "<sb-knowsley-27-ack@stepbot.knowsley.gov.uk>")]),
        text="""Hi,

Apologies - the TAF minutes were left off my original email. Attached now.

Jo

Jo Fazakerley
Family First Practitioner
""", attachments=[("TAF minutes Nov 2026.pdf", PDF, k6_taf)]))

# --- knowsley_07: Outlook tentative REPLY (no ORGANIZER)
k7_ics = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=TENTATIVE;CN=Aled Pryce:mailto:aled.pryce@knowsley.gov.uk
COMMENT;LANGUAGE=en-GB:I have a court hearing that may overrun.\\n
SUMMARY;LANGUAGE=en-GB:Tentative: Step-up TAF meeting [SB-knowsley-31]
DTSTART;TZID=GMT Standard Time:20261216T100000
DTEND;TZID=GMT Standard Time:20261216T113000
UID:040000008200E00074C5B7101A82E00800000000SBKNOWSLEY31
RECURRENCE-ID;TZID=GMT Standard Time:20261216T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261207T092214Z
TRANSP:OPAQUE
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Huyton Hub room 3
END:VEVENT
END:VCALENDAR
"""
add("knowsley_07.eml", "knowsley", "mash_step_up", "2026-12-07T09:30:00+00:00",
    {"kind": "meeting_reply", **EMPTY, "next_action": "record_reply"},
    "Outlook iTIP REPLY with PARTSTAT=TENTATIVE and no ORGANIZER line; a comment about a court hearing.",
    build("outlook", dict(
        frm='"Pryce, Aled" <aled.pryce@knowsley.gov.uk>', to=KMASH,
        subject="Tentative: Step-up TAF meeting [SB-knowsley-31]", date="Mon, 07 Dec 2026 09:22:14 +0000",
        mid="<LO4P265MB6012E7F8A9B0C1D20455@LO4P265MB6012.GBRP265.PROD.OUTLOOK.COM>"),
        text="I have a court hearing that may overrun.\n", calendar=("REPLY", k7_ics)))

# --- knowsley_08: Exchange "Automatic reply:" with X-Auto-Response-Suppress only
add("knowsley_08.eml", "knowsley", "early_help_duty", "2026-12-21T08:02:00+00:00",
    {"kind": "auto_reply", **EMPTY, "next_action": "ignore"},
    "Exchange out-of-office: 'Automatic reply:' subject and X-Auto-Response-Suppress: All but no "
    "Auto-Submitted header; the text mentions child protection concerns and the MASH as boilerplate.",
    build("outlook", dict(
        frm='"Quayle, Farid" <farid.quayle@knowsley.gov.uk>', to=KFF,
        subject="Automatic reply: Step down - Brennock [SB-knowsley-33]", date="Mon, 21 Dec 2026 08:01:47 +0000",
        mid="<LO4P265MB6012F0A1B2C3D4E50788@LO4P265MB6012.GBRP265.PROD.OUTLOOK.COM>",
        extra=[("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "farid.quayle@knowsley.gov.uk")]),
        text="""Thank you for your email. I am on annual leave until Monday 4 January 2027 with no access to email.

If you have child protection concerns about a child please contact the Knowsley MASH on 0151 496 0000.
For Family First queries please email the duty mailbox.

Farid
"""))

RMASH = "MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk>"
REH = "Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>"

# --- richmond_wandsworth_01: long Outlook thread; manager forwards, historic strategy discussion
r1_summary = make_docx("Case Summary - Tobias Whitlock", paragraphs=[
    "Mosaic 1298833. Tobias (DOB 26/01/2011) lives with mum and her partner in Tooting.",
    "Early Help involvement since April 2026 following police call-outs for domestic abuse.",
    "Mum has engaged with the Freedom Programme but incidents continue."])
add("richmond_wandsworth_01.eml", "richmond_wandsworth", "mash_step_up", "2026-12-03T11:00:00+00:00",
    {"kind": "step_up", "case_ids": ["1298833"], "children": [kid("Tobias Whitlock", "2011-01-26")],
     "concerns": ["domestic_abuse"], "consent": True, "manager_agreed": True, "missing": [],
     "next_action": "book_meeting"},
    "Early Help team manager forwards the worker's thread with 'Agreed - please progress'; the quoted "
    "history says the strategy discussion in March concluded NFA (historic, not urgent); 'Mosaic 1298833' "
    "labelled bare; rationale pasted under its own heading, case summary docx; 'happy for us to share' = consent.",
    build("outlook", dict(
        frm='"Quint, Jasper" <jasper.quint@richmondandwandsworth.gov.uk>', to=RMASH,
        cc='"Harcourt, Lily" <Lily.Harcourt@richmondandwandsworth.gov.uk>',
        subject="FW: Tobias Whitlock - step up to social care - Mosaic 1298833",
        date="Thu, 03 Dec 2026 10:52:30 +0000",
        mid="<LO4P265MB7133A0B1C2D3E4F51001@LO4P265MB7133.GBRP265.PROD.OUTLOOK.COM>"),
        text="""Agreed - please progress. I have read Lily's rationale and case summary and I support the step up.

Jasper Quint
Early Help Team Manager (Wandsworth South)
020 7946 0831

From: Harcourt, Lily <Lily.Harcourt@richmondandwandsworth.gov.uk>
Sent: 02 December 2026 17:05
To: Quint, Jasper <jasper.quint@richmondandwandsworth.gov.uk>
Subject: RE: Tobias Whitlock - step up to social care - Mosaic 1298833

Hi Jasper,

Following our conversation, here is the step up for Tobias Whitlock, DOB 26/01/2011, Mosaic 1298833.
Mum is happy for us to share this information with the MASH and understands why we are asking.

Rationale for step up
There have been three further police call-outs for domestic abuse between mum and her partner since
October, the last on 28 November when Tobias tried to intervene. The Early Help plan has not reduced
the incidents and the threshold for a Child in Need assessment is now met.

Case summary attached.

Lily

From: Harcourt, Lily
Sent: 16 November 2026 09:12
To: Quint, Jasper
Subject: Tobias Whitlock - step up to social care - Mosaic 1298833

Jasper - flagging Tobias for supervision. For background, the strategy discussion in March concluded
that the threshold for a section 47 enquiry was not met and the case came to Early Help. Nothing new
of that kind since, but the domestic incidents keep happening.

Lily
""", attachments=[("Case Summary - T Whitlock.docx", DOCX, r1_summary)]))

# --- richmond_wandsworth_02: HTML-only with a children table; case summary is an encrypted PDF
r2_html = MSO_HEAD + mso_p("Good afternoon MASH,") + mso_p("&nbsp;") + mso_p(
    "I am requesting a step up for the three Delacroix-Ward children. There are no current safeguarding concerns "
    "requiring an immediate response, but neglect has continued despite the Early Help plan.") + mso_p("&nbsp;") + mso_table([
        ["Name", "Date of birth", "Mosaic ID"],
        ["Ethan Delacroix-Ward", "14/09/2012", "1301771"],
        ["Maya Delacroix-Ward", "02/06/2016", "1301772"],
        ["Rosie Delacroix-Ward", "27/12/2019", "1301773"]], header=True) + mso_p("&nbsp;") + mso_p(
    "<b>Rationale</b>") + mso_p(
    "Home conditions remain very poor (no beds for the younger two, little food in the house) and dad's alcohol "
    "use has increased since the summer. Six months of Early Help have not brought change.") + mso_p("&nbsp;") + mso_p(
    "The case summary is attached (password to follow by separate email). I'll ask mum at the visit on Friday whether "
    "she is happy for information to be shared. My manager has not yet reviewed this request.") + mso_p("&nbsp;") + mso_p(
    "Many thanks,") + mso_p("Owen Attwell") + mso_p("Early Help Practitioner, Richmond Family Hub | 020 7946 0592") + MSO_TAIL
add("richmond_wandsworth_02.eml", "richmond_wandsworth", "mash_step_up", "2026-12-09T14:30:00+00:00",
    {"kind": "step_up", "case_ids": ["1301771", "1301772", "1301773"],
     "children": [kid("Ethan Delacroix-Ward", "2012-09-14"), kid("Maya Delacroix-Ward", "2016-06-02"),
                  kid("Rosie Delacroix-Ward", "2019-12-27")],
     "concerns": ["neglect", "substance_misuse"], "missing": ["case_summary"], "next_action": "request_info"},
    "HTML-only Outlook with a three-child table (a Mosaic ID per child); 'no current safeguarding concerns' "
    "is negated; the case summary is a password-protected PDF (refused); 'I'll ask mum at the visit' and "
    "'manager has not yet reviewed' are both null.",
    build("outlook", dict(
        frm='"Attwell, Owen" <Owen.Attwell@richmondandwandsworth.gov.uk>', to=RMASH,
        subject="Step up request - Delacroix-Ward children", date="Wed, 09 Dec 2026 14:26:02 +0000",
        mid="<LO4P265MB7133B1C2D3E4F5A61002@LO4P265MB7133.GBRP265.PROD.OUTLOOK.COM>"),
        html=r2_html,
        attachments=[("Case summary Delacroix-Ward.pdf", PDF,
                      make_encrypted_pdf(["Case summary - Delacroix-Ward children", "Mosaic 1301771-3"]))]))

# --- richmond_wandsworth_03: complete step-down, Gmail
r3_summary = make_pdf(["Case summary - Anaya Foster-Reid (Mosaic no. 1276650)",
                       "CIN since June 2026: mum's anxiety and low mood after bereavement.",
                       "Mum now engaging with the community mental health team."])
r3_plan = make_docx("Draft Early Help plan - Anaya Foster-Reid", table=[
    ["Outcome", "Action", "Who", "By when"],
    ["Mum feels supported with her mental health", "Continue sessions with talking therapies", "Mum / GP", "Jan 2027"],
    ["Anaya has a trusted adult at school", "Weekly check-in with learning mentor", "School", "Ongoing"]])
add("richmond_wandsworth_03.eml", "richmond_wandsworth", "early_help_duty", "2026-12-01T13:15:00+00:00",
    {"kind": "step_down", "case_ids": ["1276650"], "children": [kid("Anaya Foster-Reid", "2015-07-09")],
     "concerns": ["parental_mental_health"], "consent": True, "missing": [], "next_action": "book_meeting"},
    "Complete step-down from a social worker's Gmail-style client: case summary PDF, draft plan docx, "
    "'mum has agreed to the referral' = consent; 'Mosaic no. 1276650' labelled bare; manager not mentioned.",
    build("gmail", dict(
        frm="Marcus Ellery <marcus.ellery@richmondandwandsworth.gov.uk>", to=REH,
        subject="Step down referral: Anaya Foster-Reid", date="Tue, 01 Dec 2026 13:09:51 +0000",
        mid="<CAJr8Ew0Zt5QnVb2Xy7Hk1@mail.gmail.com>"),
        text="""Dear Early Help Duty,

I would like to step down Anaya Foster-Reid (born 09/07/2015), Mosaic no. 1276650, from Child in Need
to Early Help.

Anaya's mum has struggled with anxiety and low mood since a bereavement last year, but she is now well
supported by the community mental health team and the CIN plan has been met. Mum has agreed to the
referral to Early Help and would like the school's learning mentor to stay involved.

Please find attached the case summary and my draft plan. I can attend a case discussion any morning
next week.

Best wishes,
Marcus Ellery
Social Worker, Children in Need (Richmond)
020 7946 0144
""", html=None, attachments=[("Case summary Foster-Reid.pdf", PDF, r3_summary),
                             ("Draft plan - Anaya F-R.docx", DOCX, r3_plan)]))

# --- richmond_wandsworth_04: consent only in the form; draft plan macro-enabled (refused)
r4_form = make_docx("Step Down Request Form", table=[
    ["Child", "Chidi Okafor"], ["Date of birth", "30/10/2013"], ["Mosaic ID", "1310428"],
    ["Reason", "School attendance 72%; CIN plan achieved other outcomes."],
    ["Parent/carer consent to step down obtained", "Yes - signed by mum 27/11/2026"]])
r4_summary = make_docx("Case Summary", paragraphs=[
    "Chidi Okafor, Mosaic ID 1310428. CIN since March 2026 because of poor school attendance.",
    "Attendance has improved from 55% to 72%."])
add("richmond_wandsworth_04.eml", "richmond_wandsworth", "early_help_duty", "2026-12-07T10:20:00+00:00",
    {"kind": "step_down", "case_ids": ["1310428"], "children": [kid("Chidi Okafor", "2013-10-30")],
     "concerns": ["school_attendance"], "consent": True, "missing": ["draft_plan"], "next_action": "request_info"},
    "Consent stated only in the attached request form ('consent ... obtained: Yes'); the draft plan is a "
    "macro-enabled .docm (refused, so draft_plan missing); case summary docx present.",
    build("outlook", dict(
        frm='"Nwankwo, Grace" <Grace.Nwankwo@richmondandwandsworth.gov.uk>', to=REH,
        subject="Step down - C Okafor", date="Mon, 07 Dec 2026 10:14:45 +0000",
        mid="<LO4P265MB7133C2D3E4F5A6B71003@LO4P265MB7133.GBRP265.PROD.OUTLOOK.COM>"),
        text="""Hello,

Please find attached the step down request form, case summary and draft plan for Chidi.

Regards
Grace Nwankwo
Social Worker, Wandsworth CIN Team 3
""", attachments=[("Step Down Request Form - Okafor.docx", DOCX, r4_form),
                  ("Case Summary - Okafor.docx", DOCX, r4_summary),
                  ("Draft plan - Okafor.docm", DOCM, make_docm("Draft plan - Chidi", ["Outcome: attendance 90%"]))]))

# --- richmond_wandsworth_05: Google Calendar ACCEPTED with VALARM
r5_ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20261209T140000Z
DTEND:20261209T150000Z
DTSTAMP:20261207T163012Z
ORGANIZER;CN=MASH Step Up:mailto:MASH-StepUP@richmondandwandsworth.gov.uk
UID:sb-richmond_wandsworth-14-1@stepbot.richmondandwandsworth.gov.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Priti Lal;X-NUM-GUESTS=0:mailto:priti.lal.eh@gmail.com
CREATED:20261207T101500Z
DESCRIPTION:Step-up case discussion [SB-richmond_wandsworth-14]
LAST-MODIFIED:20261207T163012Z
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Step-up case discussion [SB-richmond_wandsworth-14]
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:This is an event reminder
TRIGGER:-P0DT0H30M0S
END:VALARM
END:VEVENT
END:VCALENDAR
"""
add("richmond_wandsworth_05.eml", "richmond_wandsworth", "mash_step_up", "2026-12-07T16:40:00+00:00",
    {"kind": "meeting_reply", **EMPTY, "next_action": "record_reply"},
    "Google Calendar iTIP REPLY (PARTSTAT=ACCEPTED) carrying a VALARM, base64 text/calendar part.",
    build("gmail", dict(
        frm="Priti Lal <priti.lal.eh@gmail.com>", to=RMASH,
        subject="Accepted: Step-up case discussion [SB-richmond_wandsworth-14] @ Wed 9 Dec 2026 14:00 - 15:00 (GMT) (MASH Step Up)",
        date="Mon, 07 Dec 2026 16:30:12 +0000", mid="<000000000000a1b2c3d405f7e8f9a0@google.com>",
        extra=[("Sender", "Google Calendar <calendar-notification@google.com>")]),
        text="Priti Lal has accepted this invitation.\n\nStep-up case discussion [SB-richmond_wandsworth-14]\n"
             "When: Wednesday 9 Dec 2026 14:00 - 15:00 (GMT)\n\nInvitation from Google Calendar\n",
        calendar=("REPLY", r5_ics)))

# --- richmond_wandsworth_06: a parent writing in
add("richmond_wandsworth_06.eml", "richmond_wandsworth", "early_help_duty", "2026-12-10T20:15:00+00:00",
    {"kind": "other", **EMPTY, "next_action": "human_review"},
    "A parent writing to the duty inbox from a personal address asking who her contact will be after the "
    "social worker closes the case: no request, no children named.",
    build("iphone", dict(
        frm="Kerry <kerrybelle84@example.net>", to="EarlyHelpDuty@richmondandwandsworth.gov.uk",
        subject="Question", date="Thu, 10 Dec 2026 20:11:08 +0000",
        mid="<5D0C9A21-7E3B-4C8F-A1D2-6B5E4F3A2C10@example.net>"),
        text_cte="7bit",
        text="""Hi

Our social worker said the case is closing in the new year and someone from early help might be in touch. Who will that be and will it be the same person for both my boys? I work shifts so it would help to know which days they would visit.

Thanks
Kerry

Sent from my iPhone"""))

TMAST = "MAST <MAST@towerhamlets.gov.uk>"
TEH = "Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>"

# --- tower_hamlets_01: complete MAST step-up
t1_marf = make_docx("Multi-Agency Request for Support (MARF)", table=[
    ["Child", "Ibrahim Chowdhury"], ["DOB", "15/11/2012"], ["Mosaic ID", "1467720"],
    ["Reason for request", "Ibrahim is caring for his father, whose health has deteriorated, and his attendance is 68%."],
    ["Parent consent", "Yes"], ["Manager", "Shamima Ali, Early Help Team Manager - agreed"]])
add("tower_hamlets_01.eml", "tower_hamlets", "mash_step_up", "2026-11-30T11:35:00+00:00",
    {"kind": "step_up", "case_ids": ["1467720"], "children": [kid("Ibrahim Chowdhury", "2012-11-15")],
     "concerns": ["school_attendance", "young_carer"], "consent": True, "manager_agreed": True, "missing": [],
     "next_action": "book_meeting"},
    "Complete MAST step-up: MARF docx; 'discussed with and agreed by my manager' = manager agreed; "
    "'parent is happy for us to share' = consent; 'Mosaic ID: 1467720' labelled bare.",
    build("outlook", dict(
        frm='"Uddin, Rehana" <Rehana.Uddin@towerhamlets.gov.uk>', to=TMAST,
        subject="Step up to MAST - Ibrahim Chowdhury", date="Mon, 30 Nov 2026 11:31:58 +0000",
        mid="<LO4P265MB8244A0B1C2D3E4F52001@LO4P265MB8244.GBRP265.PROD.OUTLOOK.COM>"),
        text="""Dear MAST,

Please find attached a MARF for Ibrahim Chowdhury (DOB 15/11/2012), Mosaic ID: 1467720.

Ibrahim is a young carer for his father, whose health has deteriorated quickly this year, and his school
attendance has fallen to 68%. Early Help support has not been enough and the family need a social care
assessment. Dad is happy for us to share the referral with MAST.

This has been discussed with and agreed by my manager, Shamima Ali.

Kind regards
Rehana Uddin
Family Support Practitioner, Early Help (Bow)
020 7946 0417
""", attachments=[("MARF - Ibrahim Chowdhury.docx", DOCX, t1_marf)]))

# --- tower_hamlets_02: urgent, a 3-year-old found alone
add("tower_hamlets_02.eml", "tower_hamlets", "mash_step_up", "2026-12-02T10:50:00+00:00",
    {"kind": "step_up", "urgent": True, "case_ids": ["EHM-80331"], "children": [kid("Zara Miah")],
     "concerns": ["neglect"], "manager_agreed": True, "missing": ["request_for_support"],
     "next_action": "alert_duty"},
    "Indirect immediate risk: a 3-year-old found alone in the flat this morning and mum not contactable, "
    "with no 'urgent' wording; MARF 'to follow' so request_for_support missing; manager 'aware and agrees'.",
    build("outlook", dict(
        frm='"Khanom, Sufia" <Sufia.Khanom@towerhamlets.gov.uk>', to=TMAST,
        subject="Zara Miah - EHM-80331", date="Wed, 02 Dec 2026 10:46:12 +0000",
        mid="<LO4P265MB8244B1C2D3E4F5A62002@LO4P265MB8244.GBRP265.PROD.OUTLOOK.COM>"),
        text="""Hi MAST,

I did a planned home visit to Zara Miah (aged 3), EHM-80331, at 9.30 this morning. The front door was
unlocked and Zara was in the flat on her own, in a wet nappy, with the gas hob on. A neighbour said she
had not seen mum since last night. Mum's phone goes straight to voicemail. I am still at the flat with
Zara now.

My manager Rokeya Begum is aware and agrees this needs to come to MAST straight away. I will send the
MARF this afternoon.

Sufia Khanom
Early Help Practitioner, Poplar
07700 900236
"""))

# --- tower_hamlets_03: complete step-down, HTML-only table
t3_cfa = make_pdf(["Child and Family Assessment - Rahim children", "Completed 20/11/2026.",
                   "Recommendation: step down to Early Help with a TAF plan."])
t3_plan = make_docx("Draft TAF plan", table=[["Need", "Action"], ["Sensory needs", "OT referral"],
                                              ["Respite", "Short breaks application"]])
t3_html = MSO_HEAD + mso_p("Dear Early Help Hub,") + mso_p("&nbsp;") + mso_p(
    "Following the Child and Family Assessment I am recommending a step down to Early Help for:") + mso_table([
        ["Name", "DOB", "Mosaic"], ["Adam Rahim", "08/05/2014", "1471102"], ["Sofia Rahim", "21/01/2018", "1471103"]],
        header=True) + mso_p("&nbsp;") + mso_p(
    "Adam has autism and an EHCP; Sofia is awaiting a SEND assessment. Mum has agreed to the step down and signed the "
    "consent section of the plan.") + mso_p(
    "<b>Lead practitioner:</b> Jahanara Islam, Family Support Worker, Stepney Children and Family Centre") + mso_p(
    "&nbsp;") + mso_p("The C&amp;F assessment and draft TAF plan are attached.") + mso_p("&nbsp;") + mso_p(
    "Thanks,") + mso_p("Daniel Osei-Bonsu") + mso_p("Social Worker, Children with Disabilities Team") + MSO_TAIL
add("tower_hamlets_03.eml", "tower_hamlets", "early_help_duty", "2026-11-26T15:10:00+00:00",
    {"kind": "step_down", "case_ids": ["1471102", "1471103"],
     "children": [kid("Adam Rahim", "2014-05-08"), kid("Sofia Rahim", "2018-01-21")],
     "concerns": ["disability_send"], "consent": True, "missing": [], "next_action": "book_meeting"},
    "HTML-only Outlook step-down with the children in a table (Mosaic per child); C&F assessment PDF, "
    "draft TAF plan docx, 'mum has agreed', lead practitioner with agency.",
    build("outlook", dict(
        frm='"Osei-Bonsu, Daniel" <Daniel.Osei-Bonsu@towerhamlets.gov.uk>', to=TEH,
        subject="Step down - Rahim siblings", date="Thu, 26 Nov 2026 15:04:40 +0000",
        mid="<LO4P265MB8244C2D3E4F5A6B72003@LO4P265MB8244.GBRP265.PROD.OUTLOOK.COM>"),
        html=t3_html, attachments=[("C&F Assessment - Rahim.pdf", PDF, t3_cfa),
                                   ("Draft TAF plan - Rahim.docx", DOCX, t3_plan)]))

# --- tower_hamlets_04: long thread, historic allegation NFA; consent to be asked, plan to follow
t4_cfa = make_docx("Child and Family Assessment", paragraphs=[
    "Ayesha Karim, DOB 12/03/2016, Mosaic 1449981.", "Dad's cannabis use is the main worry; he has started "
    "with the drug and alcohol service.", "Outcome: step down to Early Help."])
add("tower_hamlets_04.eml", "tower_hamlets", "early_help_duty", "2026-12-08T12:05:00+00:00",
    {"kind": "step_down", "case_ids": ["1449981"], "children": [kid("Ayesha Karim", "2016-03-12")],
     "concerns": ["substance_misuse"], "consent": None, "missing": ["consent", "draft_plan"],
     "next_action": "request_info"},
    "New request above a long quoted thread mentioning a 'historic allegation in 2023, NFA' (not urgent); "
    "'I'll ask mum at the visit' is null (consent missing); draft plan 'to follow'; assessment docx attached; "
    "lead practitioner named with agency.",
    build("outlook", dict(
        frm='"Hart, Connie" <Connie.Hart@towerhamlets.gov.uk>', to=TEH,
        cc='"Mahmood, Bilal" <Bilal.Mahmood@towerhamlets.gov.uk>',
        subject="RE: Ayesha Karim - closing CIN", date="Tue, 08 Dec 2026 12:01:17 +0000",
        mid="<LO4P265MB8244D3E4F5A6B7C82004@LO4P265MB8244.GBRP265.PROD.OUTLOOK.COM>"),
        text="""Hi Early Help Hub,

Adding you to this thread: I'd like to step Ayesha Karim (DOB 12/03/2016, Mosaic 1449981) down to Early
Help now that the Child and Family Assessment is complete (attached). Dad's cannabis use was the main
worry and he is now working with the drug and alcohol service.

Lead practitioner will be Bilal Mahmood, Pastoral Lead at Marner Primary School (copied).

I'll ask mum at the visit on Thursday about consent. The draft plan will follow once Bilal and I have met.

Connie Hart
Social Worker, Bethnal Green CIN Team

From: Mahmood, Bilal <Bilal.Mahmood@towerhamlets.gov.uk>
Sent: 04 December 2026 16:20
To: Hart, Connie <Connie.Hart@towerhamlets.gov.uk>
Subject: RE: Ayesha Karim - closing CIN

Happy to be lead practitioner. Ayesha is settled in class and her attendance is fine.

From: Hart, Connie
Sent: 03 December 2026 09:02
To: Mahmood, Bilal
Subject: Ayesha Karim - closing CIN

Bilal - for context before we speak: there was a historic allegation in 2023, NFA, and nothing of that
kind since. The CIN plan has been about dad's drug use. Would school take on the lead role?

Connie
""", attachments=[("CFA Ayesha Karim.docx", DOCX, t4_cfa)]))

# --- tower_hamlets_05: Exchange NDR as multipart/report
t5_raw = b"""Received: from LO4P265MB8244.GBRP265.PROD.OUTLOOK.COM by LO4P265MB8244.GBRP265.PROD.OUTLOOK.COM; Fri, 11 Dec 2026 09:12:03 +0000
From: Microsoft Outlook <postmaster@towerhamlets.gov.uk>
To: <MAST@towerhamlets.gov.uk>
Date: Fri, 11 Dec 2026 09:12:03 +0000
Subject: Undeliverable: Step-up request received [SB-tower_hamlets-58]
Message-ID: <b7e2c1d0-4f3a-4c2b-9d8e-ndr58@LO4P265MB8244.GBRP265.PROD.OUTLOOK.COM>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="_ndr_boundary_58_"
X-MS-Exchange-Message-Is-Ndr:
Auto-Submitted: auto-replied

--_ndr_boundary_58_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Your message to rukhsana.begum@eastlondonacademy.example.org couldn't be delivered.

rukhsana.begum wasn't found at eastlondonacademy.example.org.

Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'

--_ndr_boundary_58_
Content-Type: message/delivery-status

Reporting-MTA: dns;LO4P265MB8244.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;stepbot.towerhamlets.gov.uk
Arrival-Date: Fri, 11 Dec 2026 09:12:01 +0000

Final-Recipient: rfc822;rukhsana.begum@eastlondonacademy.example.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found

--_ndr_boundary_58_
Content-Type: text/rfc822-headers

From: MAST <MAST@towerhamlets.gov.uk>
To: rukhsana.begum@eastlondonacademy.example.org
Subject: Step-up request received [SB-tower_hamlets-58]
Date: Fri, 11 Dec 2026 09:11:58 +0000
Message-ID: <sb-tower_hamlets-58-ack@stepbot.towerhamlets.gov.uk>
Auto-Submitted: auto-generated

--_ndr_boundary_58_--
"""
add("tower_hamlets_05.eml", "tower_hamlets", "mash_step_up", "2026-12-11T09:20:00+00:00",
    {"kind": "auto_reply", **EMPTY, "next_action": "ignore"},
    "Exchange NDR ('Undeliverable:') as multipart/report with message/delivery-status and the returned "
    "stepbot acknowledgement headers.", t5_raw)

# --- tower_hamlets_06: training newsletter
add("tower_hamlets_06.eml", "tower_hamlets", "early_help_duty", "2026-12-01T07:30:00+00:00",
    {"kind": "other", **EMPTY, "next_action": "human_review"},
    "Partnership training bulletin (List-Id, List-Unsubscribe, Precedence: bulk) full of step-up, "
    "step-down, consent and exploitation vocabulary, but not a request.",
    build("gmail", dict(
        frm="Tower Hamlets Safeguarding Children Partnership <bulletin@thscp.example.org>",
        to="EarlyHelpHub@towerhamlets.gov.uk", subject="THSCP bulletin - December 2026: training dates and practice notes",
        date="Tue, 01 Dec 2026 07:00:00 +0000", mid="<bulletin-2026-12.thscp@mailer.thscp.example.org>",
        extra=[("List-Id", "THSCP bulletin <bulletin.thscp.example.org>"),
               ("List-Unsubscribe", "<https://thscp.example.org/unsubscribe?u=EarlyHelpHub>"),
               ("Precedence", "bulk")]),
        text="""THSCP BULLETIN - DECEMBER 2026

Practice note: stepping up and stepping down
When you request a step up to MAST, remember to attach the MARF and confirm your manager has agreed.
For step-downs, the TAF meeting should take place within 10 working days of the end of the assessment
and parental consent should be recorded.

Training dates
* Child exploitation awareness - Tuesday 12 January 2027, 9.30-12.30, online
* Neglect and the Graded Care Profile 2 - Thursday 21 January 2027, 13.00-16.00, Mulberry Place

To unsubscribe from this bulletin visit https://thscp.example.org/unsubscribe
""", html="""<html><body><h2>THSCP bulletin - December 2026</h2>
<p><b>Practice note: stepping up and stepping down.</b> When you request a step up to MAST, remember to attach the MARF
and confirm your manager has agreed. For step-downs, the TAF meeting should take place within 10 working days of the
end of the assessment and parental consent should be recorded.</p>
<ul><li>Child exploitation awareness - Tuesday 12 January 2027, 9.30-12.30, online</li>
<li>Neglect and the Graded Care Profile 2 - Thursday 21 January 2027, 13.00-16.00, Mulberry Place</li></ul>
<p><a href="https://thscp.example.org/unsubscribe">Unsubscribe</a></p></body></html>
"""))

TMASH = "Torbay MASH <mash@torbay.gov.uk>"
TBEH = "Torbay Early Help <earlyhelp@torbay.gov.uk>"

# --- torbay_01: complete step-down, three siblings written loosely
b1_sa = make_pdf(["Single Assessment - Trewin children (LCS-2255019)", "Outcome: step down to Early Help",
                  "level 3 with a family support worker."])
add("torbay_01.eml", "torbay", "early_help_duty", "2026-12-02T09:25:00+00:00",
    {"kind": "step_down", "level": 3, "case_ids": ["LCS-2255019"],
     "children": [kid("Lily Trewin"), kid("Jacob Trewin"), kid("Evie Trewin", "2019-04-03")],
     "concerns": ["neglect"], "consent": True, "manager_agreed": True, "missing": [], "next_action": "book_meeting"},
    "Complete Torbay step-down: three siblings written 'Lily Trewin (11), Jacob Trewin (7) and Evie Trewin "
    "(dob 3.4.2019)' (only Evie's DOB given); Single Assessment PDF; 'discussed with and agreed by my "
    "manager'; 'mum has agreed to the referral'; Level 3.",
    build("outlook", dict(
        frm='"Chudleigh, Amy" <Amy.Chudleigh@torbay.gov.uk>', to=TBEH,
        subject="Triage slot please - Trewin family LCS-2255019", date="Wed, 02 Dec 2026 09:21:37 +0000",
        mid="<LO4P265MB9355A0B1C2D3E4F53001@LO4P265MB9355.GBRP265.PROD.OUTLOOK.COM>"),
        text="""Morning Early Help,

Could I please have a triage slot to step down the Trewin family (LCS-2255019) to Level 3 Early Help?
The children are Lily Trewin (11), Jacob Trewin (7) and Evie Trewin (dob 3.4.2019).

The home conditions and the children's hygiene have improved a great deal over the CIN plan, but mum
still needs help to keep routines going. Mum has agreed to the referral to Early Help. This has been
discussed with and agreed by my manager, Kit Yeo.

The Single Assessment is attached.

Thanks
Amy Chudleigh
Social Worker, Paignton Locality Team
01803 496 0271
""", attachments=[("Single Assessment - Trewin.pdf", PDF, b1_sa)]))

# --- torbay_02: urgent step-up, overdose with the children present
add("torbay_02.eml", "torbay", "mash_step_up", "2026-12-09T16:35:00+00:00",
    {"kind": "step_up", "urgent": True, "case_ids": ["EHM-740088"],
     "children": [kid("Mia Scoble"), kid("Harry Scoble")], "concerns": ["parental_mental_health"],
     "manager_agreed": True, "missing": ["consent"], "next_action": "alert_duty"},
    "Indirect immediate risk: mum has taken an overdose and the 4- and 2-year-old are with her; consent not "
    "mentioned (missing); ATM agrees (manager agreed).",
    build("iphone", dict(
        frm="Hollie Brixham <hollie.brixham@torbay.gov.uk>", to=TMASH,
        subject="Scoble EHM-740088", date="Wed, 09 Dec 2026 16:31:02 +0000",
        mid="<0A7E5C3B-1D2F-4E6A-8B9C-3F4E5D6C7B8A@torbay.gov.uk>"),
        text_cte="7bit",
        text="""Hi MASH

Stepping this family up - EHM-740088. Mum (Jade Scoble) has just rung me slurring and said she has taken an overdose of her tablets about an hour ago. Mia Scoble (4) and Harry Scoble (2) are with her at the flat and there is no other adult there. I have rung an ambulance.

Mum has been struggling with her mental health since the autumn. I've spoken with my ATM, Silas Penrose, who agrees this needs to come to MASH.

Hollie
Early Help Family Worker
07700 900633

Sent from my iPhone"""))

# --- torbay_03: step-down, dad refuses consent, manager not yet reviewed
b3_sa = make_docx("Single Assessment", paragraphs=[
    "Oscar Penhaligon, DOB 22/09/2010, LCS-2261130.", "Oscar's attendance at Torquay Academy is 58%.",
    "Recommendation: step down to Early Help."])
add("torbay_03.eml", "torbay", "early_help_duty", "2026-12-14T13:00:00+00:00",
    {"kind": "step_down", "case_ids": ["LCS-2261130"], "children": [kid("Oscar Penhaligon", "2010-09-22")],
     "concerns": ["school_attendance"], "consent": False, "manager_agreed": None,
     "missing": ["consent", "manager_agreed"], "next_action": "request_info"},
    "Step-down with 'dad has refused consent' (false) and 'my manager has not yet reviewed' (null): both "
    "missing; Single Assessment docx attached; no level stated.",
    build("gmail", dict(
        frm="Ross Kingswear <ross.kingswear@torbay.gov.uk>", to=TBEH,
        subject="Step down request - Oscar Penhaligon", date="Mon, 14 Dec 2026 12:55:10 +0000",
        mid="<CAP9uQ2vFx7Lm4Rt0Kd@mail.gmail.com>"),
        text="""Hi team,

I'd like a triage slot for Oscar Penhaligon (22/09/2010), LCS-2261130. The CIN plan was about his school
attendance (58%) and the Single Assessment recommends Early Help.

To be upfront, dad has refused consent for an Early Help referral at this stage, and my manager has not
yet reviewed the assessment.

Ross Kingswear
Social Worker, Torquay Locality Team
""", attachments=[("Single Assessment - O Penhaligon.docx", DOCX, b3_sa)]))

# --- torbay_04: OOO with Auto-Submitted
add("torbay_04.eml", "torbay", "early_help_duty", "2026-12-18T17:05:00+00:00",
    {"kind": "auto_reply", **EMPTY, "next_action": "ignore"},
    "Out-of-office with Auto-Submitted: auto-replied and an 'Out of Office:' subject quoting a stepbot reference.",
    build("gmail", dict(
        frm="Kit Yeo <kit.yeo@torbay.gov.uk>", to=TBEH,
        subject="Out of Office: Triage outcome [SB-torbay-52]", date="Fri, 18 Dec 2026 17:04:41 +0000",
        mid="<ooo-20261218170441-kit.yeo@torbay.gov.uk>",
        extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]),
        text="""I am out of the office from 18 December and back on 4 January. Your email will not be forwarded.
For anything about a child at risk please contact the MASH.
"""))

# --- torbay_05: follow-up adding the assessment and manager agreement
b5_sa = make_pdf(["Single Assessment", "Recommendation: step down to Early Help."])
add("torbay_05.eml", "torbay", "early_help_duty", "2026-12-16T10:10:00+00:00",
    {"kind": "follow_up", **EMPTY, "manager_agreed": True, "next_action": "attach_to_request"},
    "Reply to [SB-torbay-40] adding the Single Assessment and saying the manager has now agreed (manager_agreed "
    "true on a follow-up); no child, case id or concern named.",
    build("outlook", dict(
        frm='"Kingswear, Ross" <Ross.Kingswear@torbay.gov.uk>', to=TBEH,
        subject="RE: Step-down request received [SB-torbay-40]", date="Wed, 16 Dec 2026 10:06:19 +0000",
        mid="<LO4P265MB9355B1C2D3E4F5A63002@LO4P265MB9355.GBRP265.PROD.OUTLOOK.COM>",
        extra=[("In-Reply-To", "<sb-torbay-40-ack@stepbot.torbay.gov.uk>")]),
        text="""Hello,

Attached is the Single Assessment you asked for. My team manager has now agreed the step down.

Ross
""", attachments=[("Single Assessment.pdf", PDF, b5_sa)]))

HEH = "Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>"

# --- herefordshire_01: complete sibling-group step-down
h1_plan = make_docx("Early Help Step-Down Plan", table=[
    ["Family", "Prosser"], ["Children", "Megan Prosser (DOB 17/02/2011), Luke Prosser (DOB 09/08/2014), "
                                       "Ffion Prosser (DOB 30/11/2018)"],
    ["Key person", "Dawn Pritchard, Family Support Worker, Ledbury Primary School"],
    ["Outcomes", "Regular meals and clean clothing; home kept safe; GP and dental appointments kept."]])
h1_consent = make_pdf(["Early Help consent form", "Family: Prosser",
                       "I agree to my family being supported by Early Help and to information being shared.",
                       "Signed: S. Prosser   Date: 30/11/2026"])
add("herefordshire_01.eml", "herefordshire", "early_help_duty", "2026-12-01T10:45:00+00:00",
    {"kind": "step_down", "level": 3, "case_ids": ["620114", "620115", "620116"],
     "children": [kid("Megan Prosser", "2011-02-17"), kid("Luke Prosser", "2014-08-09"), kid("Ffion Prosser", "2018-11-30")],
     "concerns": ["neglect"], "consent": True, "missing": [], "next_action": "book_meeting"},
    "Complete Herefordshire step-down for a sibling group of three (Mosaic id per child written "
    "'Mosaic 620114 / 620115 / 620116'); plan docx, signed consent form PDF, key person with agency; level 3.",
    build("outlook", dict(
        frm='"Weobley, Sian" <Sian.Weobley@herefordshire.gov.uk>', to=HEH,
        subject="Step down to Early Help - Prosser family", date="Tue, 01 Dec 2026 10:41:03 +0000",
        mid="<LO4P265MBA466A0B1C2D3E4F54001@LO4P265MBA466.GBRP265.PROD.OUTLOOK.COM>"),
        text="""Dear Early Help Co-ordinators,

Please find attached the step-down plan and signed consent form for the Prosser children, who are
stepping down from Child in Need to Early Help (level 3):

Megan Prosser - DOB 17/02/2011
Luke Prosser - DOB 09/08/2014
Ffion Prosser - DOB 30/11/2018
Mosaic 620114 / 620115 / 620116

The CIN plan was about neglect (poor home conditions and missed health appointments); the home is now
much improved. Key person: Dawn Pritchard, Family Support Worker at Ledbury Primary School, who has met
the family.

Kind regards
Sian Weobley
Social Worker, Ledbury and Bromyard Locality
01432 496 0118
""", attachments=[("Step-down plan - Prosser.docx", DOCX, h1_plan),
                  ("Signed consent - Prosser.pdf", PDF, h1_consent)]))

# --- herefordshire_02: urgent follow-up, scared to go home tonight
add("herefordshire_02.eml", "herefordshire", "early_help_duty", "2026-12-10T15:20:00+00:00",
    {"kind": "follow_up", "urgent": True, "children": [kid("Tegan Bevan")], "concerns": ["physical_harm"],
     "next_action": "alert_duty"},
    "Follow-up to [SB-herefordshire-18] whose news is an immediate risk phrased indirectly: the child is "
    "scared to go home tonight because mum's boyfriend said he'd kill her; urgent overrides attach_to_request.",
    build("outlook", dict(
        frm='"Lingen, Rhys" <Rhys.Lingen@herefordshire.gov.uk>', to=HEH,
        subject="RE: Step-down request received [SB-herefordshire-18]", date="Thu, 10 Dec 2026 15:16:44 +0000",
        mid="<LO4P265MBA466B1C2D3E4F5A64002@LO4P265MBA466.GBRP265.PROD.OUTLOOK.COM>"),
        text="""Hi,

An update before the drop-in. When I saw Tegan Bevan at school this afternoon she told me she's scared
to go home tonight because mum's new boyfriend said he'd kill her if she told anyone he had grabbed her
by the throat. He is at the house this evening.

Please can someone pick this up.

Rhys Lingen
Social Worker, Hereford City Locality
01432 496 0345
"""))

# --- herefordshire_03: consent form is an encrypted PDF
h3_plan = make_docx("Early Help plan (draft)", paragraphs=[
    "Jack Bowen-Price, DOB 01/12/2012.", "Mum to continue with Turning Point for alcohol support.",
    "Jack to attend the young people's group on Wednesdays."])
add("herefordshire_03.eml", "herefordshire", "early_help_duty", "2026-12-07T11:50:00+00:00",
    {"kind": "step_down", "case_ids": ["618804"], "children": [kid("Jack Bowen-Price", "2012-12-01")],
     "concerns": ["substance_misuse"], "consent": True, "missing": ["consent_form"], "next_action": "request_info"},
    "Body states mum signed the consent form (consent true) but the form is a password-protected PDF "
    "(refused, so consent_form missing); draft plan docx; lead professional with agency; no level stated.",
    build("gmail", dict(
        frm="Hannah Kington <hannah.kington@herefordshire.gov.uk>", to=HEH,
        subject="Step down - Jack Bowen-Price (Mosaic 618804)", date="Mon, 07 Dec 2026 11:46:29 +0000",
        mid="<CAF3kLp8Qw2Zr6Tn1Vb@mail.gmail.com>"),
        text="""Hello,

Jack Bowen-Price (DOB 01/12/2012, Mosaic 618804) is ready to step down to Early Help. Mum's alcohol use
was the reason for CIN and she has been sober since the summer with Turning Point's support.

Mum signed the consent form last week (attached, password protected as usual). The draft plan is
attached too.

Lead professional: Sam Kettle, Family Support Worker, Hope Family Centre.

Thanks,
Hannah
Social Worker, Leominster Locality
""", attachments=[("Draft EH plan - J Bowen-Price.docx", DOCX, h3_plan),
                  ("Consent form - Bowen-Price.pdf", PDF,
                   make_encrypted_pdf(["Early Help consent form", "Signed by parent 30/11/2026"]))]))

# --- herefordshire_04: misdirected enquiry
add("herefordshire_04.eml", "herefordshire", "early_help_duty", "2026-12-03T09:05:00+00:00",
    {"kind": "other", **EMPTY, "next_action": "human_review"},
    "Misdirected enquiry: a housing officer asking for the adult safeguarding team's number; not a request.",
    build("outlook", dict(
        frm='"Tarrington, Mel" <Mel.Tarrington@homesforherefordshire.example.org>', to=HEH,
        subject="Contact number?", date="Thu, 03 Dec 2026 09:01:55 +0000",
        mid="<DB9P191MB1123A0B1C2D3E4F55001@DB9P191MB1123.EURP191.PROD.OUTLOOK.COM>"),
        text="""Good morning,

I think I may have the wrong inbox - I am trying to reach the adult safeguarding team about one of our
elderly tenants. Could you let me have their phone number or email address?

Many thanks,
Mel Tarrington
Tenancy Sustainment Officer, Homes for Herefordshire
01432 496 0901
"""))

# --- herefordshire_05: Outlook DECLINED, no ORGANIZER
h5_ics = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=DECLINED;CN=Xavier Moss:mailto:xavier.moss@herefordshire.gov.uk
SUMMARY;LANGUAGE=en-GB:Declined: Step-down drop-in [SB-herefordshire-22]
DTSTART;TZID=GMT Standard Time:20261215T093000
DTEND;TZID=GMT Standard Time:20261215T103000
UID:040000008200E00074C5B7101A82E00800000000SBHEREFORD22
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261208T141502Z
TRANSP:OPAQUE
SEQUENCE:1
LOCATION;LANGUAGE=en-GB:Plough Lane, room 2.14
END:VEVENT
END:VCALENDAR
"""
add("herefordshire_05.eml", "herefordshire", "early_help_duty", "2026-12-08T14:30:00+00:00",
    {"kind": "meeting_reply", **EMPTY, "next_action": "record_reply"},
    "Outlook iTIP REPLY with PARTSTAT=DECLINED and no ORGANIZER, empty text body, SEQUENCE:1.",
    build("outlook", dict(
        frm='"Moss, Xavier" <xavier.moss@herefordshire.gov.uk>', to=HEH,
        subject="Declined: Step-down drop-in [SB-herefordshire-22]", date="Tue, 08 Dec 2026 14:15:02 +0000",
        mid="<LO4P265MBA466C2D3E4F5A6B74003@LO4P265MBA466.GBRP265.PROD.OUTLOOK.COM>"),
        text="\n", calendar=("REPLY", h5_ics)))


def main():
    labels = []
    for it in ITEMS:
        (HERE / it["file"]).write_bytes(it["raw"])
        labels.append({k: it[k] for k in ("file", "authority", "mailbox", "now", "expect", "why")})
    (HERE / "labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} messages to {HERE}")


if __name__ == "__main__":
    main()
