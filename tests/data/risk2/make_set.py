#!/usr/bin/env python3
"""Generate the risk2 held-out set: invented duty-mailbox emails about immediate child-protection risk.

Run with the project's interpreter:  /work/main/.venv/bin/python make_set.py
It writes every *.eml and labels.json next to this file and is deterministic: running it twice
gives byte-identical output (fixed MIME boundaries, Message-IDs, dates, .docx zip timestamps and
core properties, and a hand-written .pdf writer with fixed metadata).

Every person, child, address, school, phone number (Ofcom drama ranges) and case number below is
invented. The set was written from DESIGN.md, REQUIREMENTS.md, the policy packs, the seeds and the
dev corpus only, without reading or running the parser.
"""
import datetime as dt
import hashlib
import html
import io
import json
import os
import zipfile
from email import encoders
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.text import MIMEText

import docx
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

MAILBOXES = {
    "knowsley": {"mash_step_up": ("Knowsley MASH", "knowsleymash@knowsley.gov.uk"),
                 "early_help_duty": ("Family First 0-18 Duty Mailbox", "FamilyFirst0-18DutyMailbox@knowsley.gov.uk")},
    "richmond_wandsworth": {"mash_step_up": ("MASH Step Up", "MASH-StepUP@richmondandwandsworth.gov.uk"),
                            "early_help_duty": ("Early Help Duty", "EarlyHelpDuty@richmondandwandsworth.gov.uk")},
    "tower_hamlets": {"mash_step_up": ("MAST", "MAST@towerhamlets.gov.uk"),
                      "early_help_duty": ("Early Help Hub", "EarlyHelpHub@towerhamlets.gov.uk")},
    "torbay": {"mash_step_up": ("Torbay MASH", "mash@torbay.gov.uk"),
               "early_help_duty": ("Early Help", "earlyhelp@torbay.gov.uk")},
    "herefordshire": {"mash_step_up": ("Herefordshire MASH", "mash@herefordshire.gov.uk"),
                      "early_help_duty": ("Early Help Co-ordinators", "earlyhelpcoordinators@herefordshire.gov.uk")},
}

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"

# England & Wales bank holidays in the period the set covers.
BANK_HOLIDAYS = {dt.date(2026, 12, 25), dt.date(2026, 12, 28), dt.date(2027, 1, 1),
                 dt.date(2027, 3, 26), dt.date(2027, 3, 29)}


def working_days_between(today, meeting):
    """Working days d with today < d <= meeting (DESIGN.md notice arithmetic)."""
    n, d = 0, today
    while d < meeting:
        d += dt.timedelta(days=1)
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n += 1
    return n


# --------------------------------------------------------------------------------------------
# Attachments: deterministic .docx (python-docx, re-zipped with fixed timestamps) and .pdf
# --------------------------------------------------------------------------------------------

def make_docx(blocks, author="Children's Services"):
    """blocks: ('h', text) heading, ('p', text) paragraph, ('t', [[cell, ...], ...]) table."""
    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    for kind, content in blocks:
        if kind == "h":
            d.add_heading(content, level=1)
        elif kind == "h2":
            d.add_heading(content, level=2)
        elif kind == "p":
            d.add_paragraph(content)
        elif kind == "t":
            cols = max(len(r) for r in content)
            table = d.add_table(rows=0, cols=cols)
            table.style = "Table Grid"
            for row in content:
                cells = table.add_row().cells
                for i, text in enumerate(row):
                    cells[i].text = text
        else:
            raise ValueError(kind)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = ""
    cp.comments = ""
    cp.revision = 3
    cp.created = dt.datetime(2026, 11, 2, 9, 0, 0)
    cp.modified = dt.datetime(2026, 11, 2, 9, 30, 0)
    raw = io.BytesIO()
    d.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, data)
    return out.getvalue()


def _pdf_escape(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _wrap(line, width=92):
    if len(line) <= width:
        return [line]
    words, out, cur = line.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    out.append(cur)
    return out


def make_pdf(lines, title="Document"):
    """A small, valid PDF (Helvetica, WinAnsiEncoding) whose text pypdf can extract."""
    wrapped = []
    for line in lines:
        wrapped.extend(_wrap(line) if line else [""])
    pages = [wrapped[i:i + 52] for i in range(0, len(wrapped), 52)] or [[""]]
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    kids = []
    n = 5
    for pi, page in enumerate(pages):
        ops = ["BT", "/F1 10 Tf", "13 TL", "50 800 Td"]
        for li, text in enumerate(page):
            font = "/F2 12 Tf" if (pi == 0 and li == 0) else "/F1 10 Tf"
            ops.append(font)
            ops.append("(" + _pdf_escape(text) + ") Tj T*")
        ops.append("ET")
        stream = "\n".join(ops).encode("cp1252")
        objs[n + 1] = (b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
                       + b"\nendstream")
        objs[n] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R"
                   b" /F2 4 0 R >> >> /Contents " + str(n + 1).encode() + b" 0 R >>")
        kids.append(n)
        n += 2
    objs[2] = (b"<< /Type /Pages /Kids [" + b" ".join(str(k).encode() + b" 0 R" for k in kids)
               + b"] /Count " + str(len(kids)).encode() + b" >>")
    info_no = n
    objs[info_no] = (b"<< /Title (" + _pdf_escape(title).encode("cp1252") + b") /Producer (Microsoft Word for"
                     b" Microsoft 365) /CreationDate (D:20261102093000Z) >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for k in sorted(objs):
        offsets[k] = out.tell()
        out.write(str(k).encode() + b" 0 obj\n" + objs[k] + b"\nendobj\n")
    xref = out.tell()
    size = max(objs) + 1
    out.write(b"xref\n0 " + str(size).encode() + b"\n0000000000 65535 f \n")
    for k in range(1, size):
        out.write(("%010d 00000 n \n" % offsets[k]).encode())
    out.write(b"trailer\n<< /Size " + str(size).encode() + b" /Root 1 0 R /Info " + str(info_no).encode()
              + b" 0 R >>\nstartxref\n" + str(xref).encode() + b"\n%%EOF\n")
    return out.getvalue()


# --------------------------------------------------------------------------------------------
# MIME helpers
# --------------------------------------------------------------------------------------------

def _hex(seed, n=32):
    return hashlib.sha256(seed.encode()).hexdigest().upper()[:n]


def outlook_boundary(seed, kind="000"):
    return "_%s_%sGBRP265PRODOUTLOOKCOM_" % (kind, _hex(seed, 36))


def gmail_boundary(seed):
    return "0000000000" + _hex(seed, 16).lower()


def apple_boundary(seed):
    return "Apple-Mail=_" + "-".join([_hex(seed, 8), _hex(seed + "a", 4), _hex(seed + "b", 4),
                                       _hex(seed + "c", 4), _hex(seed + "d", 12)])


def text_part(text, subtype="plain", enc="qp", charset="utf-8"):
    cs = Charset(charset)
    if enc == "qp":
        cs.body_encoding = QP
    elif enc == "b64":
        cs.body_encoding = BASE64
    else:
        cs.body_encoding = None
    return MIMEText(text, subtype, cs)


def outlook_html(text):
    """An Outlook-ish HTML rendering of a plain-text body (one MsoNormal paragraph per line)."""
    paras = []
    for line in text.split("\n"):
        if line.strip():
            paras.append('<p class="MsoNormal">%s<o:p></o:p></p>' % html.escape(line))
        else:
            paras.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
            '--></style>\n</head>\n<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + "\n".join(paras) + "\n</div>\n</body>\n</html>\n")


def gmail_html(text):
    out = []
    for line in text.split("\n"):
        out.append("<div>%s</div>" % (html.escape(line) if line.strip() else "<br>"))
    return '<div dir="ltr">' + "".join(out) + "</div>\n"


def attachment(filename, data, mimetype):
    maintype, subtype = mimetype.split("/", 1)
    part = MIMEBase(maintype, subtype, name=filename)
    part.set_payload(data)
    encoders.encode_base64(part)
    part.add_header("Content-Description", filename)
    part.add_header("Content-Disposition", "attachment", filename=filename, size=str(len(data)))
    return part


def alternative(plain, html_text, boundary, enc="qp"):
    alt = MIMEMultipart("alternative", boundary=boundary)
    alt.attach(text_part(plain, "plain", enc))
    alt.attach(text_part(html_text, "html", enc))
    return alt


def mixed(body, attachments, boundary):
    m = MIMEMultipart("mixed", boundary=boundary)
    m.attach(body)
    for a in attachments:
        m.attach(a)
    return m


def encode_header(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()


def finish(msg, headers, path, linesep="\n"):
    """Put `headers` (an ordered list of (name, value)) before the MIME headers and write the file."""
    mime_headers = [(k, v) for (k, v) in msg._headers if k.lower() in ("content-type", "mime-version",
                                                                       "content-transfer-encoding")]
    if any(k.lower() == "mime-version" for k, _ in headers):
        mime_headers = [kv for kv in mime_headers if kv[0].lower() != "mime-version"]
    elif not any(k.lower() == "mime-version" for k, _ in mime_headers):
        mime_headers.insert(0, ("MIME-Version", "1.0"))
    else:
        mime_headers.sort(key=lambda kv: 0 if kv[0].lower() == "mime-version" else 1)
    msg._headers = [(k, encode_header(v)) for (k, v) in headers] + mime_headers
    for sub in msg.walk():
        if sub is not msg and "MIME-Version" in sub:
            del sub["MIME-Version"]
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(msg, linesep=linesep)
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


def outlook_received(date_hdr, seed):
    h = _hex(seed, 4)
    return [
        ("Received", "from LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:%s::9)\n by "
                     "LO0P265MB%s.GBRP265.PROD.OUTLOOK.COM with HTTPS; %s" % (h.lower()[:3], h, date_hdr)),
        ("Received", "from LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM ([fe80::%s:%s]) by\n "
                     "LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM ([fe80::%s:%s%%7]) with mapi id\n 15.20.8722.018; %s"
                     % (h.lower(), _hex(seed + "r", 4).lower(), h.lower(), _hex(seed + "r", 4).lower(), date_hdr)),
    ]


def outlook_headers(seed, frm, to, subject, date_hdr, cc=None, extra=None, in_reply_to=None):
    hs = outlook_received(date_hdr, seed)
    hs.append(("From", frm))
    hs.append(("To", to))
    if cc:
        hs.append(("CC", cc))
    hs.append(("Subject", subject))
    topic = subject
    for pre in ("RE: ", "FW: ", "Re: ", "Fwd: "):
        if topic.startswith(pre):
            topic = topic[len(pre):]
    hs.append(("Thread-Topic", topic))
    hs.append(("Thread-Index", _hex(seed + "ti", 28).lower()[:22] + "A=="))
    hs.append(("Date", date_hdr))
    hs.append(("Message-ID", "<LO2P265MB5123%s@LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM>" % _hex(seed + "mid", 28)))
    if in_reply_to:
        hs.append(("In-Reply-To", in_reply_to))
        hs.append(("References", in_reply_to))
    hs.append(("Accept-Language", "en-GB, en-US"))
    hs.append(("Content-Language", "en-GB"))
    for kv in extra or []:
        hs.append(kv)
    return hs


def ical_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ical_fold(line):
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    out, cur = [], b""
    for ch in line:
        b = ch.encode("utf-8")
        limit = 75 if not out else 74
        if len(cur) + len(b) > limit:
            out.append(cur.decode("utf-8"))
            cur = b""
        cur += b
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)


def ical(lines):
    return "".join(ical_fold(l) + "\r\n" for l in lines)


def calendar_part(text, method, enc="b64"):
    cs = Charset("utf-8")
    cs.body_encoding = BASE64 if enc == "b64" else None
    part = MIMENonMultipart("text", "calendar")
    part.set_payload(text, cs)
    part.set_param("method", method)
    return part


LABELS = []


def label(file, authority, mailbox, now, kind, urgent, next_action, why, level=None, case_ids=(),
          children=(), concerns=(), consent=None, manager_agreed=None, missing=(), notice_ok=None):
    LABELS.append({
        "file": file, "authority": authority, "mailbox": mailbox, "now": now,
        "expect": {
            "kind": kind, "urgent": urgent, "level": level, "case_ids": list(case_ids),
            "children": [{"name": n, "dob": d} for (n, d) in children],
            "concerns": sorted(concerns), "consent": consent, "manager_agreed": manager_agreed,
            "missing": sorted(missing), "notice_ok": notice_ok, "next_action": next_action},
        "why": why})


def out(name):
    return os.path.join(HERE, name)


def mbox(authority, role):
    name, addr = MAILBOXES[authority][role]
    return "%s <%s>" % (name, addr)


# Signatures and disclaimers ------------------------------------------------------------------
KNOWSLEY_DISCLAIMER = ("This e-mail and any attachments are confidential and intended solely for the addressee. If you "
                       "have received it in error please tell the sender and delete it. Knowsley Council may monitor "
                       "email traffic to and from its systems. Please consider the environment before printing this email.")
RW_DISCLAIMER = ("Confidentiality: this email and any files sent with it are confidential and may be legally "
                 "privileged. If you are not the intended recipient, please notify the sender immediately and delete "
                 "it; do not copy, forward or disclose it. Richmond and Wandsworth Councils' shared staffing "
                 "arrangement. Emails may be monitored.")
TH_DISCLAIMER = ("The information in this email is confidential and may be legally privileged. It is intended solely "
                 "for the addressee. Access to this email by anyone else is unauthorised. If you are not the intended "
                 "recipient, any disclosure, copying or distribution is prohibited. London Borough of Tower Hamlets.")
TORBAY_DISCLAIMER = ("This email and any attachments are intended only for the named recipient and may contain "
                     "confidential or sensitive information. If you have received it in error, please notify the "
                     "sender and delete it. Torbay Council accepts no liability for viruses.")
HEREFORD_DISCLAIMER = ("Any opinion expressed in this e-mail or its attachments is that of the sender and does not "
                       "necessarily represent the views of Herefordshire Council. This e-mail and any attachments are "
                       "confidential and intended solely for the use of the addressee. If you are not the intended "
                       "recipient please notify the sender and delete it.")
NHS_DISCLAIMER = ("********************************************************************************************\n"
                  "This message may contain confidential information. If you are not the intended recipient please "
                  "inform the sender that you have received the message in error before deleting it. Please do not "
                  "disclose, copy or distribute information in this e-mail or take any action in relation to its "
                  "contents. To do so is strictly prohibited and may be unlawful.\n\nNHSmail is the secure email, "
                  "collaboration and directory service available for all NHS staff in England.\n"
                  "********************************************************************************************")


def outlook_mail(seed, headers, plain, attachments=(), path=None, linesep="\r\n", html_only=False, enc="qp"):
    if html_only:
        body = text_part(outlook_html(plain), "html", enc)
    else:
        body = alternative(plain, outlook_html(plain), outlook_boundary(seed, "000"), enc)
    if attachments:
        msg = mixed(body, list(attachments), outlook_boundary(seed, "004"))
        headers = headers + [("X-MS-Has-Attach", "yes")]
    else:
        msg = body
        headers = headers + [("X-MS-Has-Attach", "")]
    headers = headers + [("X-MS-TNEF-Correlator", ""),
                         ("x-ms-exchange-organization-authas", "Internal")]
    finish(msg, headers, path, linesep)


# ============================================================================================
# Document templates
# ============================================================================================

def knowsley_step_up_form(children, ehm, meeting, engagement, worries, past, complicating, strengths, safety,
                          goals, next_steps, scale, toolkit, gcp2, mea, police, manager, contingency, name):
    return make_docx([
        ("h", "FF Step Up request to CSC"),
        ("t", [["Child's name(s) and DOB:", children],
               ["Case ID on EHM:", ehm],
               ["Has this family recently closed to Children's Social Care?:", "No"],
               ["Date of step up TAF meeting:", meeting],
               ["Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
                engagement],
               ["Recent TAF meeting minutes attached:", "Yes"]]),
        ("p", "What are we worried about?"),
        ("t", [["Current Concerns (Impact on child)", "Past Harm", "Complicating Factors"],
               [worries, past, complicating]]),
        ("p", "What is working well?"),
        ("t", [["Existing Strengths", "Existing Safety"], [strengths, safety]]),
        ("p", "What next?"),
        ("t", [["Goals", "Next Steps"], [goals, next_steps]]),
        ("p", "Scaling Question: How safe is %s's home environment? (0 = not safe, 10 = safe)" % name),
        ("t", [[str(i) for i in range(11)], ["X" if i == scale else "" for i in range(11)]]),
        ("p", "Have you considered/completed/reviewed if applicable:"),
        ("t", [["Engaging Families Toolkit - Signs of Well-being Family Engagement Risk Assessment Tool.", toolkit],
               ["Graded Care profile (If neglect should be completed).", gcp2],
               ["Merseyside Exploitation Assessment - CE/CSE concern.", mea],
               ["Up to date police information if applicable:", police],
               ["Agreement by line manager:", manager],
               ["Contingency plan (Smart and timely).", contingency],
               ["Outcome and rationale (To be saved on both ICS and EHM with a case note.).", ""]]),
        ("p", "Step Up TAF Meeting Notes to be chaired by CSC Social Worker and minutes to be completed by MASH "
              "Business Support using the group supervision template."),
    ], author="Family First 0-18")


def taf_minutes(family, date, venue, attendees, discussion, actions):
    return make_docx([
        ("h", "TAF Meeting Minutes - %s" % family),
        ("t", [["Date of meeting", date], ["Venue", venue]]),
        ("p", "Attendees"),
        ("t", [["Name", "Role / agency"]] + attendees),
        ("p", "Discussion"),
    ] + [("p", d) for d in discussion] + [
        ("p", "Actions"),
        ("t", [["Action", "Who", "By when"]] + actions),
    ], author="Family First 0-18")


def gcp2_pdf(child, dob, ehm, by, date, grades, summary):
    lines = ["Graded Care Profile 2 (GCP2) - Summary of Grades", "", "Child  %s" % child, "DOB  %s" % dob,
             "EHM ID  %s" % ehm, "Completed by  %s" % by, "Date  %s" % date, "",
             "Area grades (1 = best, 5 = worst)"]
    lines += ["%s  %d" % g for g in grades]
    lines += ["", "Summary: " + summary]
    return make_pdf(lines, "GCP2 - %s" % child)


def case_summary_docx(title, rows, sections):
    blocks = [("h", title), ("t", rows)]
    for head, text in sections:
        blocks.append(("h2", head))
        blocks.append(("p", text))
    return make_docx(blocks, author="Early Help")


def eha_step_down_plan(children_rows, needs, worries, working, complicating, plan_rows, key_person):
    return make_docx([
        ("h", "Early Help Assessment - Step Down Plan"),
        ("p", "1. Family Details and Consent"),
        ("t", [["Name", "DOB"]] + children_rows),
        ("p", "2. Summary of Presenting Needs"),
        ("p", needs),
        ("p", "3. Early Help Assessment - Part 2: Mapping"),
        ("t", [["What are we worried about? - wellbeing concerns", worries],
               ["What's working well? - Existing strengths", working],
               ["Complicating Factors", complicating]]),
        ("p", "Wellbeing Plan"),
        ("t", [["What needs to happen - including by whom", "Outcome", "Achievable Timescale"]] + plan_rows),
        ("p", "Details of Key Person involved in Early Help Assessment"),
        ("p", key_person),
    ], author="Herefordshire Council")


def consent_pdf(children, parent, date, witness, text=None):
    return make_pdf(["Consent to Step Down to Early Help", "", "Child(ren)  %s" % children,
                     "Parent / carer  %s" % parent, "",
                     text or ("I have seen the Early Help step down plan, I agree with the actions in it and I give my "
                              "consent for my family's details to be shared with the Early Help Co-ordinator team "
                              "and the key person named in the plan."),
                     "", "Signed  %s (signed)" % parent, "Date  %s" % date, "Witnessed by  %s" % witness],
                    "Consent")


# ============================================================================================
# KNOWSLEY
# ============================================================================================

def knowsley_01():
    f = "knowsley_01.eml"
    date = "Mon, 07 Dec 2026 11:42:18 +0000"
    plain = """Hi MASH,

Please find attached the FF Step Up request for Harper Corkhill (DOB 19/04/2023) and Alfie-Jay Corkhill (DOB 28/07/2026), EHM-52417, along with the minutes of the TAF held on 30/11.

The step-up TAF meeting is booked for Wednesday 16th December 2026 at 10:00 at Kirkby Family Hub - the calendar invite will follow from my Outlook this afternoon. My TM, Louise Garside, has discussed the step up with me and agreed it.

Main worries are mum's low mood since Alfie-Jay was born (she is on the perinatal mental health team's waiting list) and the domestic abuse between mum and her partner Ryan Tasker - police have attended the flat twice since October.

I've forwarded the HV's email from this morning below as she asked me to pass it on.

Thanks
Gemma

Gemma Prescott
Family First Case Manager | Family First 0-18 (Kirkby)
Knowsley Council | 0151 496 0733

From: Kenyon, Rachel (Health Visitor) <rachel.kenyon2@nhs.net>
Sent: 07 December 2026 10:58
To: Prescott, Gemma <Gemma.Prescott@knowsley.gov.uk>
Subject: Corkhill - HV contact today

Hi Gemma,

Saw mum and Alfie-Jay at home at 09:30 for the missed 4-month contact. Ryan answered the door.

On examination Alfie-Jay (19 weeks, not yet rolling) has a torn upper labial frenulum with fresh blood in the mouth, and a 1.5cm bluish bruise over the left cheek. Ryan said he "caught it on the bottle". Mum said she was asleep and didn't see anything.

I told both parents he needs to be seen in the paediatric ED today and offered to ring ahead. Ryan said they would "think about it". Mum is going to her sister's in Huyton after lunch and Ryan will have both children on his own until tonight. I could not persuade them.

I've let my named nurse know. Could you pass this on to whoever needs it - I'm in clinic until 2.

Rachel

Rachel Kenyon
Health Visitor | 0-19 Service (Kirkby team)
Tel: 0151 496 0652 | Mob: 07700 900338

""" + KNOWSLEY_DISCLAIMER + "\n"
    form = knowsley_step_up_form(
        "Harper Corkhill, DOB 19/04/2023; Alfie-Jay Corkhill, DOB 28/07/2026", "EHM-52417",
        "Wednesday 16/12/2026, 10:00, Kirkby Family Hub",
        "Medium - mum attends most TAF meetings; Ryan has not attended any.",
        "Domestic abuse: two police call-outs to the flat (14/10 and 21/11) for arguments between mum and her "
        "partner Ryan Tasker; Harper was present both times and now hides behind the sofa when voices are raised. "
        "Mum's low mood since Alfie-Jay's birth; she says she struggles to get up in the mornings.",
        "None known.", "Ryan is not the children's father and will not engage with Family First.",
        "Mum loves the children and accepts she needs help. Maternal aunt in Huyton is supportive.",
        "Aunt has the children for tea twice a week.",
        "The children live free from domestic abuse; mum's mood improves.",
        "Step up TAF 16/12/2026; C&F assessment if agreed.", 3, "N/A", "N/A - no neglect concerns", "N/A",
        "Two call-outs (Merseyside Police), DASH medium.", "Agreed by Louise Garside (Team Manager) 04/12/2026",
        "If not agreed: IDVA referral, weekly visits, perinatal mental health follow-up.", "Harper")
    minutes = taf_minutes(
        "Corkhill", "30/11/2026", "Kirkby Family Hub",
        [["Gemma Prescott", "Family First Case Manager (chair)"], ["Ms K Corkhill", "Mum"],
         ["Rachel Kenyon", "Health Visitor"], ["Ms T Lunt", "Nursery manager, Kestrel Tree Nursery"]],
        ["Second police call-out on 21/11. Mum says the arguments are 'about money'. Harper's nursery report she is "
         "unsettled on Mondays.", "Mum has not yet been seen by the perinatal mental health team.",
         "Agreed that Family First will discuss a step up with the team manager."],
        [["Discuss step up with TM", "Gemma Prescott", "04/12/2026"],
         ["Chase perinatal MH referral", "Rachel Kenyon", "04/12/2026"]])
    hs = outlook_headers(f, '"Prescott, Gemma" <Gemma.Prescott@knowsley.gov.uk>', mbox("knowsley", "mash_step_up"),
                         "Step up - Corkhill children - EHM-52417", date,
                         cc="MASH Business Support <Mash.Businesssupport@knowsley.gov.uk>")
    outlook_mail(f, hs, plain, [attachment("FF Step Up request - Corkhill.docx", form, DOCX),
                                attachment("TAF minutes 30.11.26 - Corkhill.docx", minutes, DOCX)], out(f))
    assert working_days_between(dt.date(2026, 12, 7), dt.date(2026, 12, 16)) == 7
    label(f, "knowsley", "mash_step_up", "2026-12-07T11:50:00+00:00", "step_up", True, "alert_duty",
          "The risk is only in the forwarded health visitor email: a non-mobile 19-week-old with a torn frenulum and "
          "a cheek bruise, parents refusing ED, and the unexplained-injury suspect alone with him today. The step-up "
          "itself is complete (form, TAF minutes, manager, Wed 16 Dec = 7 WD).",
          case_ids=["EHM-52417"], children=[("Harper Corkhill", "2023-04-19"), ("Alfie-Jay Corkhill", "2026-07-28")],
          concerns=["domestic_abuse", "parental_mental_health", "physical_harm"], manager_agreed=True,
          missing=[], notice_ok=True)


def knowsley_02():
    f = "knowsley_02.eml"
    date = "Thu, 10 Dec 2026 14:26:40 +0000"
    plain = """Hi,

GCP2 for Lacey Gorman (EHM-51862) attached as requested - completed with mum on 03/12.

Also passing on from the school nurse, Kerry Ashworth, who saw Lacey (7) at her drop-in this lunchtime. Lacey said to her: "Uncle Carl comes in my bed when mum's at work and puts his hand in my knickers. He said it's our secret." Kerry wrote it down word for word. Mum is on a late shift at the care home tonight (6pm to midnight) and Carl Gorman (mum's brother) is babysitting, as he does every Thursday.

Stacey

Stacey Holroyd | Family First Case Manager | Knowsley Council | 0151 496 0219

From: Knowsley MASH <knowsleymash@knowsley.gov.uk>
Sent: 09 December 2026 15:30
To: Holroyd, Stacey <Stacey.Holroyd@knowsley.gov.uk>
Subject: [SB-knowsley-41] Step-up request received - information needed

Thank you for your step-up request. Your reference is SB-knowsley-41 - please keep it in the subject line of any reply.

What is missing:
- Graded Care Profile 2 (GCP2)

Please reply to this email with the missing item. The step-up TAF meeting cannot be booked until the request is complete.

Knowsley MASH (automated message)

""" + KNOWSLEY_DISCLAIMER + "\n"
    gcp = gcp2_pdf("Lacey Gorman", "22/05/2019", "EHM-51862", "Stacey Holroyd, Family First", "03/12/2026",
                   [("Physical care - nutrition", 3), ("Physical care - housing", 4), ("Physical care - clothing", 3),
                    ("Physical care - hygiene", 4), ("Physical care - health", 3), ("Care of safety", 3),
                    ("Love and care", 2), ("Stimulation and education", 3)],
                   "scores discussed with mum on 03/12/2026.")
    hs = outlook_headers(f, '"Holroyd, Stacey" <Stacey.Holroyd@knowsley.gov.uk>', mbox("knowsley", "mash_step_up"),
                         "RE: [SB-knowsley-41] Step-up request received - information needed", date,
                         in_reply_to="<SB-knowsley-41.ack.20261209153000@knowsley.gov.uk>")
    outlook_mail(f, hs, plain, [attachment("GCP2 - Lacey Gorman.pdf", gcp, PDF)], out(f))
    label(f, "knowsley", "mash_step_up", "2026-12-10T14:35:00+00:00", "follow_up", True, "alert_duty",
          "A follow-up whose main job is to supply the missing GCP2, but it quotes a 7-year-old's disclosure of "
          "sexual abuse by an uncle who babysits her tonight: urgent, so alert_duty overrides attach_to_request. "
          "The GCP2 (a neglect tool, which gives her DOB) states no concern; the quoted 'What is missing:' is not a concern.",
          case_ids=["EHM-51862"], children=[("Lacey Gorman", "2019-05-22")], concerns=["sexual_harm"])


def knowsley_03():
    f = "knowsley_03.eml"
    date = "Tue, 01 Dec 2026 09:12:05 +0000"
    plain = """Dear MASH,

Please see attached the step-up request for Ellis Marsh (DOB 02/07/2022), EHM-50744, with the GCP2, the chronology and the minutes of the TAF held on 24/11/2026.

Step-up TAF meeting: Wednesday 9 December 2026 at 1.30pm, Halewood Family Hub (invite sent to MASH and MASH Business Support this morning).

My Team Manager, Angela Price, agreed the step up in supervision on 27/11.

Summary: Ellis lives with mum, Kelly Marsh. The GCP2 grades physical care and supervision at level 4. Mum's cannabis and alcohol use has increased since September and we are seeing the impact on Ellis's basic care - he is often in the same clothes for days and has had untreated nappy rash and head lice for weeks.

For completeness, the chronology includes the 2023 hospital attendance. In March 2023 Ellis (then 8 months) was seen in ED with a spiral fracture of the left femur. A non-accidental injury was queried, a strategy discussion was held and the skeletal survey was clear. The consultant paediatrician concluded the fracture was consistent with the witnessed fall from grandma's arms on the stairs and the s47 enquiry closed with no further action. No injuries or marks have been reported since, and that episode is not part of the reason for this step-up.

Kind regards
Chidi

Chidi Nwosu
Family First Case Manager | Family First 0-18 (Halewood)
Knowsley Council | 0151 496 0581

""" + KNOWSLEY_DISCLAIMER + "\n"
    form = knowsley_step_up_form(
        "Ellis Marsh, DOB 02/07/2022", "EHM-50744", "Wednesday 09/12/2026, 13:30, Halewood Family Hub",
        "Medium - mum attends TAF but agreed actions are not sustained.",
        "Neglect: Ellis often in the same clothes for days, untreated nappy rash and head lice; little food in the "
        "house on two visits. Mum's cannabis and alcohol use has increased since September.",
        "03/2023 ED attendance, spiral fracture of the left femur; NAI queried, skeletal survey clear; consultant "
        "paediatrician concluded accidental (witnessed fall); s47 closed NFA.",
        "Mum has no family support apart from her mother, who works full time.",
        "Mum is warm with Ellis and takes him to nursery most days.", "Grandma visits at weekends.",
        "Ellis's basic care needs are met every day.", "Step up TAF 09/12/2026; C&F assessment if agreed.", 3,
        "N/A", "Completed 20/11/2026 - attached", "N/A", "N/A",
        "Agreed by Angela Price (Team Manager) 27/11/2026",
        "If not agreed: GCP2 review in 6 weeks, substance misuse service referral, weekly visits.", "Ellis")
    chron = make_docx([
        ("h", "Chronology - Ellis Marsh (EHM-50744)"),
        ("t", [["Date", "Event", "Source", "Outcome"],
               ["02/07/2022", "Ellis born at 39 weeks, no concerns at birth", "Midwifery", "-"],
               ["14/03/2023", "ED attendance: spiral fracture left femur after fall from grandma's arms on stairs "
                              "(witnessed). NAI queried.", "Hospital", "Strategy discussion 15/03/2023"],
               ["17/03/2023", "Skeletal survey clear; consultant paediatrician opinion: consistent with the history "
                              "given, accidental.", "Hospital", "s47 closed NFA 24/03/2023"],
               ["09/2026", "Nursery report Ellis unkempt, head lice, nappy rash", "Nursery", "Family First visit"],
               ["20/11/2026", "GCP2 completed - physical care and supervision level 4", "Family First",
                "Step up discussed"],
               ["24/11/2026", "TAF - no improvement", "Family First", "Step up to be requested"]]),
    ], author="Family First 0-18")
    minutes = taf_minutes(
        "Marsh", "24/11/2026", "Halewood Family Hub",
        [["Chidi Nwosu", "Family First Case Manager (chair)"], ["Ms K Marsh", "Mum"],
         ["Ms R Dunne", "Nursery key worker, Halewood Tots"]],
        ["Nursery report no change in Ellis's presentation. Mum acknowledged her drinking has increased.",
         "GCP2 shared. Agreed to request a step up."],
        [["Step up request", "Chidi Nwosu", "01/12/2026"], ["Referral to substance misuse service", "Mum",
                                                            "04/12/2026"]])
    gcp = gcp2_pdf("Ellis Marsh", "02/07/2022", "EHM-50744", "Chidi Nwosu, Family First", "20/11/2026",
                   [("Physical care - nutrition", 4), ("Physical care - housing", 3), ("Physical care - clothing", 4),
                    ("Physical care - hygiene", 4), ("Physical care - health", 4), ("Care of safety", 4),
                    ("Love and care", 2), ("Stimulation and education", 3)],
                   "overall picture consistent with neglect of Ellis's physical care and supervision.")
    hs = outlook_headers(f, '"Nwosu, Chidi" <Chidi.Nwosu@knowsley.gov.uk>', mbox("knowsley", "mash_step_up"),
                         "Step up request - Ellis Marsh - EHM-50744", date,
                         cc="MASH Business Support <Mash.Businesssupport@knowsley.gov.uk>")
    outlook_mail(f, hs, plain, [attachment("FF Step Up request - Ellis Marsh.docx", form, DOCX),
                                attachment("GCP2 - Ellis Marsh.pdf", gcp, PDF),
                                attachment("Chronology - Ellis Marsh.docx", chron, DOCX),
                                attachment("TAF minutes 24.11.26.docx", minutes, DOCX)], out(f))
    assert working_days_between(dt.date(2026, 12, 1), dt.date(2026, 12, 9)) == 6
    label(f, "knowsley", "mash_step_up", "2026-12-01T09:20:00+00:00", "step_up", False, "book_meeting",
          "Near-miss (historic, resolved): the 2023 femur fracture / NAI query was concluded accidental and the s47 "
          "closed NFA, explicitly not part of this request. Complete neglect step-up (form, GCP2, TAF minutes, "
          "manager), Wed 9 Dec = 6 WD.",
          case_ids=["EHM-50744"], children=[("Ellis Marsh", "2022-07-02")], concerns=["neglect", "substance_misuse"],
          manager_agreed=True, missing=[], notice_ok=True)


def knowsley_04():
    f = "knowsley_04.eml"
    date = "Wed, 02 Dec 2026 15:04:51 +0000"
    plain = """Hello Family First Duty,

I intend to step Mia Kavanagh (DOB 11/10/2018, ICS-1221390) down from Child in Need to Level 2 Early Help support, with school as lead. My Team Manager, Phil Dwyer, agrees.

Final CIN meeting
Date/time: Thursday 10 December 2026 at 11:00
Venue: Brookfield Park Primary School, family room

Lead Practitioner
Mrs Nasreen Akhtar, Learning Mentor, Brookfield Park Primary School, has agreed to take on the Lead Practitioner role.

What are we worried about?
Mum's low mood, and Mia's punctuality (late 11 times this half term). For completeness: the bruise to Mia's right ear that school noticed on 5 October was reviewed by the community paediatrician, Dr Helen Oduya, on 6 October. She found it consistent with the fall from the climbing frame that two members of staff saw at playtime on 5 October, with no other marks, and raised no safeguarding concerns. No s47 enquiry was needed.

What is working well?
Mum is taking her medication and attends her GP reviews. Mia is happy and chatty in school, no marks or injuries have been seen at any visit since October, and she says she feels safe at home.

What needs to happen?
School to hold a Level 2 TAF within 6 weeks; mum to continue with Talking Therapies; school to monitor punctuality weekly and offer breakfast club.

Thanks,
Leanne

Leanne Ashcroft
Social Worker, Child in Need Team
Knowsley Children's Social Care
Tel: 0151 496 0947

""" + KNOWSLEY_DISCLAIMER + "\n"
    hs = outlook_headers(f, '"Ashcroft, Leanne" <Leanne.Ashcroft@knowsley.gov.uk>',
                         mbox("knowsley", "early_help_duty"),
                         "Step down to Level 2 \u2013 Mia Kavanagh \u2013 ICS-1221390", date,
                         cc='"Dwyer, Phil" <Phil.Dwyer@knowsley.gov.uk>')
    outlook_mail(f, hs, plain, [], out(f))
    assert working_days_between(dt.date(2026, 12, 2), dt.date(2026, 12, 10)) == 6
    label(f, "knowsley", "early_help_duty", "2026-12-02T15:10:00+00:00", "step_down", False, "book_meeting",
          "Near-miss (injury explained and cleared): the ear bruise was witnessed, reviewed by a community "
          "paediatrician with no concerns, and no marks have been seen since. Complete Level 2 step-down (date, time, "
          "venue, lead practitioner, three headings); Thu 10 Dec = 6 WD.",
          level=2, case_ids=["ICS-1221390"], children=[("Mia Kavanagh", "2018-10-11")],
          concerns=["parental_mental_health", "school_attendance"], manager_agreed=True, missing=[], notice_ok=True)


def knowsley_05():
    f = "knowsley_05.eml"
    date = "Mon, 14 Dec 2026 16:52:33 +0000"
    comment = ("Sorry - I can't come on Wednesday. I'm on the children's ward with Tyler Quayle (11 months), who "
               "came in by ambulance at 14:20. X-rays show a metaphyseal corner fracture of the right distal tibia "
               "and two healing posterior rib fractures. No explanation has been given for either. Dad has been "
               "shouting at staff and says he is taking Tyler home tonight. Please ask the MASH social worker to ring "
               "the ward on 0151 496 0390 before 6pm.")
    cal = ical([
        "BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        "BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000",
        "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
        "BEGIN:VEVENT",
        'ATTENDEE;PARTSTAT=DECLINED;CN="Lyon, Bernadette":mailto:bernadette.lyon@nhs.net',
        "COMMENT;LANGUAGE=en-GB:" + ical_escape(comment),
        "SUMMARY;LANGUAGE=en-GB:Declined: Step-up TAF meeting [SB-knowsley-57]",
        "DTSTART;TZID=GMT Standard Time:20261216T100000",
        "DTEND;TZID=GMT Standard Time:20261216T113000",
        "UID:SB-knowsley-57-taf-20261216@stepbot.knowsley.gov.uk",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261214T165231Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=en-GB:Huyton Family Hub",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:-1",
        "X-MICROSOFT-CDO-BUSYSTATUS:FREE", "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
        "END:VEVENT", "END:VCALENDAR"])
    alt = MIMEMultipart("alternative", boundary=outlook_boundary(f, "000"))
    alt.attach(text_part("\n\n", "plain", "qp"))
    alt.attach(text_part(outlook_html(""), "html", "qp"))
    alt.attach(calendar_part(cal, "REPLY", "b64"))
    hs = outlook_headers(f, '"Lyon, Bernadette" <bernadette.lyon@nhs.net>', mbox("knowsley", "mash_step_up"),
                         "Declined: Step-up TAF meeting [SB-knowsley-57]", date,
                         extra=[("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                                ("x-ms-exchange-calendar-series-instance-id",
                                 "BAAAAIIA4AB0xbcQGoLgCAAAAAD" + _hex(f + "cal", 24))])
    hs = [h for h in hs if h[0] != "Accept-Language"]
    finish(alt, hs, out(f), "\r\n")
    label(f, "knowsley", "mash_step_up", "2026-12-14T17:00:00+00:00", "meeting_reply", True, "alert_duty",
          "Outlook iTIP REPLY (PARTSTAT=DECLINED) with an empty body: only the calendar COMMENT says an 11-month-old "
          "has an unexplained metaphyseal fracture and healing rib fractures and dad is taking him home tonight. "
          "Urgent, so alert_duty overrides record_reply.",
          children=[("Tyler Quayle", None)], concerns=["physical_harm"])


def knowsley_06():
    f = "knowsley_06.eml"
    date = "Tue, 08 Dec 2026 08:03:11 +0000"
    plain = """Thank you for your email.

I am on annual leave until Monday 4 January 2027 and will not have access to my emails.

If you have a safeguarding concern about a child on my caseload, please contact the 0-19 duty desk on 0151 496 0600 (Monday to Friday, 9am to 5pm).

If you think a child is at immediate risk of significant harm - for example an unexplained bruise, burn or torn frenulum in a baby who is not yet mobile, or a parent too intoxicated to care for an infant - call the Knowsley MASH on 0151 496 0417, or 999 in an emergency. Please do not leave these messages on my voicemail.

Joanne Fairclough
Health Visitor | 0-19 Service (Huyton team)
"""
    hs = outlook_headers(f, '"Fairclough, Joanne (Health Visitor)" <joanne.fairclough@nhs.net>',
                         mbox("knowsley", "mash_step_up"),
                         "Automatic reply: [SB-knowsley-52] Step-up TAF meeting - invitation", date,
                         in_reply_to="<SB-knowsley-52.inv.20261208080000@knowsley.gov.uk>",
                         extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    outlook_mail(f, hs, plain, [], out(f))
    label(f, "knowsley", "mash_step_up", "2026-12-08T08:10:00+00:00", "auto_reply", False, "ignore",
          "Near-miss (boilerplate listing examples): a health visitor's out-of-office (Auto-Submitted: auto-replied) "
          "that lists bruises, burns, a torn frenulum and an intoxicated parent as examples; no real child.")


def knowsley_07():
    f = "knowsley_07.eml"
    date = "Thu, 03 Dec 2026 10:31:09 +0000"
    plain = """Hi MASH,

Step-up request attached for Jordan Kehoe (DOB 17/02/2011), EHM-52033, with the minutes of the last TAF (26/11).

I've sent the calendar invite for the step-up TAF to you and MASH Business Support: Tuesday 8th December 2026 at 2pm, Prescot Family Hub.

Jordan went missing overnight three times in November. Each time he was reported to police, came home by himself the next morning and had a return home interview. On two of those occasions he was found in Liverpool city centre with older males, and he has had a new phone and new trainers he can't explain. We believe he is being criminally exploited. He has been at home every night since 24/11 and in school every day this week, and mum is working really well with us, but she can't stop him going out.

My TM, Sean Hurst, agreed the step up this morning.

The Merseyside Exploitation Assessment is being completed with the exploitation hub and I'll send it on as soon as I have it.

Thanks
Jo

Jo Ryder
Family First Case Manager (Adolescents) | Knowsley Council | 0151 496 0364

""" + KNOWSLEY_DISCLAIMER + "\n"
    form = knowsley_step_up_form(
        "Jordan Kehoe, DOB 17/02/2011", "EHM-52033", "Tuesday 08/12/2026, 14:00, Prescot Family Hub",
        "High - mum engages fully; Jordan engages some of the time.",
        "Exploitation: missing overnight three times in November (returned each time, RHIs completed), found twice "
        "with older males in Liverpool city centre, unexplained phone and clothes.",
        "None known.", "Older brother previously known to youth justice.",
        "Mum is protective and reports every missing episode.", "Jordan has been home every night since 24/11.",
        "Jordan is safe from exploitation.", "Step up TAF 08/12/2026; exploitation assessment to follow.", 4,
        "N/A", "N/A", "In progress with the exploitation hub - to follow",
        "Three missing reports (Merseyside Police) November 2026.",
        "Agreed by Sean Hurst (Team Manager) 03/12/2026",
        "If not agreed: exploitation hub to lead, weekly visits, school mentor.", "Jordan")
    minutes = taf_minutes(
        "Kehoe", "26/11/2026", "Prescot Family Hub",
        [["Jo Ryder", "Family First Case Manager (chair)"], ["Ms D Kehoe", "Mum"],
         ["Mr P Glover", "Head of Year 10, Cronton Park Academy"]],
        ["Three missing episodes in November reviewed. Return home interviews completed.",
         "Agreed that Family First will discuss a step up with the team manager."],
        [["Exploitation assessment", "Jo Ryder", "10/12/2026"], ["Mentor sessions", "School", "30/11/2026"]])
    hs = outlook_headers(f, '"Ryder, Jo" <Jo.Ryder@knowsley.gov.uk>', mbox("knowsley", "mash_step_up"),
                         "Step up \u2013 Jordan Kehoe (EHM-52033)", date,
                         cc="MASH Business Support <Mash.Businesssupport@knowsley.gov.uk>")
    outlook_mail(f, hs, plain, [attachment("FF Step Up request - Jordan Kehoe.docx", form, DOCX),
                                attachment("TAF minutes 26.11.26 - Kehoe.docx", minutes, DOCX)], out(f))
    assert working_days_between(dt.date(2026, 12, 3), dt.date(2026, 12, 8)) == 3
    label(f, "knowsley", "mash_step_up", "2026-12-03T10:40:00+00:00", "step_up", False, "request_info",
          "Near-miss (resolved missing episodes): the November missing episodes ended with Jordan home and in school "
          "every day since; no current episode. Exploitation step-up without the Merseyside Exploitation Assessment, "
          "and Tue 8 Dec is only 3 WD away.",
          case_ids=["EHM-52033"], children=[("Jordan Kehoe", "2011-02-17")], concerns=["exploitation", "missing"],
          manager_agreed=True, missing=["exploitation_assessment"], notice_ok=False)


def knowsley_08():
    f = "knowsley_08.eml"
    date = "Fri, 11 Dec 2026 12:17:45 +0000"
    plain = """Hi Family First duty,

Giving notice of a Level 3 step down for Leo Brough (DOB 09/03/2024), ICS-1230558. Mum, Shannon Brough, has consented to the referral to Family First - she signed the consent form on my visit on 8/12.

Joint home visit with a Family First case manager: Monday 21 December 2026 at 10.30am, at the family home, 22 Wexford Close, Kirkby.

What are we worried about? Domestic abuse from Leo's dad, Kyle Dobson, who is on police bail with conditions not to contact Shannon or go to the address. Mum is 38 weeks pregnant.

What is working well? Mum has engaged with the IDVA and the Freedom Programme, the flat is well kept and Leo is meeting his milestones.

What needs to happen? Family First to support mum with routines when the baby arrives; IDVA to continue; HV to continue weekly visits until the birth.

Thanks
Ciara

PS just had a call from the community midwife, Hannah Ruddock. When she did the antenatal visit at 11.15 this morning Kyle was in the flat. She saw four small oval bruises in a row on the top of Leo's left arm, like fingertips, and Leo screamed when Kyle picked him up. Kyle was still there when she left at 11.50.

Sent from my iPhone"""
    part = text_part(plain, "plain", "qp")
    part.set_param("format", "flowed")
    hs = [("Received", "from LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM ([fe80::a3c1:77e0]) by\n "
                       "LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM with mapi id 15.20.8722.018; " + date),
          ("From", "Ciara Tierney-Walsh <Ciara.TierneyWalsh@knowsley.gov.uk>"),
          ("To", mbox("knowsley", "early_help_duty")),
          ("Subject", "Step down L3 - Brough - ICS-1230558"),
          ("Date", date),
          ("Message-ID", "<%s@knowsley.gov.uk>" % _hex(f, 24)),
          ("X-Mailer", "iPhone Mail (22C152)"),
          ("Content-Language", "en-GB")]
    finish(part, hs, out(f))
    assert working_days_between(dt.date(2026, 12, 11), dt.date(2026, 12, 21)) == 6
    label(f, "knowsley", "early_help_duty", "2026-12-11T12:25:00+00:00", "step_down", True, "alert_duty",
          "The risk is only in the PS: the bailed domestic-abuse perpetrator is in the flat now, in breach of bail, "
          "and the midwife saw fingertip bruising on a 2-year-old. Otherwise a complete Level 3 step-down (consent, "
          "three headings, joint visit with address, Mon 21 Dec = 6 WD).",
          level=3, case_ids=["ICS-1230558"], children=[("Leo Brough", "2024-03-09")],
          concerns=["domestic_abuse", "physical_harm"], consent=True, missing=[], notice_ok=True)


def knowsley_09():
    f = "knowsley_09.eml"
    date = "Wed, 06 Jan 2027 07:30:00 +0000"
    plain = """KNOWSLEY SAFEGUARDING CHILDREN PARTNERSHIP
7-minute briefing | January 2027

BRUISING AND INJURIES IN BABIES WHO ARE NOT YET MOBILE

1. Why it matters
"Those who don't cruise rarely bruise." A bruise, burn or mouth injury in a baby who cannot roll, crawl or cruise is rare and may be the first sign of physical abuse. Local reviews have found babies seen by several professionals with a small facial bruise before a serious injury.

2. What to look for (TEN-4-FACESp)
Bruising to the Torso, Ears or Neck in a child under 4; any bruise in a baby under 4 months; bruises to the Frenulum, Angle of the jaw, Cheek, Eyelid or Sclera; Patterned bruising such as fingertip marks or a hand print; torn upper frenulum; burns with clear edges (cigarette, iron, hob).

3. What to do
Do not accept "he rolled off the sofa" or "caught it on his bottle" for a non-mobile baby without a medical opinion. Phone the MASH the same day on 0151 496 0417 (out of hours: Emergency Duty Team 0151 496 0999). Never rely on an email or a voicemail. The baby needs a paediatric assessment the same day.

4. Professional curiosity
Who lives in the house? Who was caring for the baby when the injury happened? Has the explanation changed?

5. Recording
Body map, exact words used, who was present.

6. Training
"Bruising Protocol in practice" - Thursday 21 January 2027, 9.30am-12.30pm, Teams. Book through the KSCP learning portal.

7. Further reading
KSCP Bruising in Non-Mobile Babies protocol (revised 2026).

You are receiving this because you are subscribed to KSCP briefings.
Unsubscribe: https://www.knowsleyscp.org.uk/unsubscribe?u=4c91e2
"""
    alt = MIMEMultipart("alternative", boundary="=-=-=_kscp_" + _hex(f, 12).lower())
    alt.attach(text_part(plain, "plain", "qp"))
    alt.attach(text_part("<html><body style=\"font-family:Arial\">" + gmail_html(plain) + "</body></html>\n",
                         "html", "qp"))
    hs = [("Received", "from mail-out.knowsleyscp.org.uk (mail-out.knowsleyscp.org.uk [198.51.100.24])\n by "
                       "mx.knowsley.gov.uk with ESMTPS; " + date),
          ("From", "Knowsley Safeguarding Children Partnership <briefings@knowsleyscp.org.uk>"),
          ("Reply-To", "kscp@knowsleyscp.org.uk"),
          ("To", mbox("knowsley", "mash_step_up")),
          ("Subject", "7-minute briefing: bruising and injuries in non-mobile babies"),
          ("Date", date),
          ("Message-ID", "<%s.kscp@knowsleyscp.org.uk>" % _hex(f, 20).lower()),
          ("Precedence", "bulk"),
          ("List-Id", "KSCP briefings <briefings.knowsleyscp.org.uk>"),
          ("List-Unsubscribe", "<https://www.knowsleyscp.org.uk/unsubscribe?u=4c91e2>"),
          ("X-Mailer", "KSCP Mailer 3.2")]
    finish(alt, hs, out(f))
    label(f, "knowsley", "mash_step_up", "2027-01-06T07:35:00+00:00", "other", False, "human_review",
          "Near-miss (training bulletin): a partnership 7-minute briefing that lists torn frenulum, fingertip bruising "
          "and burns as examples and tells readers to phone MASH; no real child, so not urgent, concerns empty.")


def knowsley_10():
    f = "knowsley_10.eml"
    date = "Mon, 14 Dec 2026 09:05:22 +0000"
    plain = """Morning,

URGENT please - MASH Business Support have asked for the TAF minutes before Wednesday's step-up TAF for Kai-Ryan Doolan (EHM-51299) so they can set up the minutes template. They're attached now.

Sorry for the delay - the risk assessment section took longer to get signed off than I expected.

Mark

Mark Ellison
Family First Case Manager | Knowsley Council | 0151 496 0455

From: Knowsley MASH <knowsleymash@knowsley.gov.uk>
Sent: 10 December 2026 12:01
To: Ellison, Mark <Mark.Ellison@knowsley.gov.uk>
Subject: [SB-knowsley-63] Step-up request received - information needed

Thank you for your step-up request. Your reference is SB-knowsley-63 - please keep it in the subject line of any reply.

What is missing:
- Recent TAF meeting minutes

Please reply to this email with the missing item.

Knowsley MASH (automated message)

""" + KNOWSLEY_DISCLAIMER + "\n"
    minutes = make_pdf(["TAF Meeting Minutes - Doolan", "", "Date of meeting  07/12/2026",
                        "Venue  Stockbridge Village Family Hub", "", "Attendees",
                        "Mark Ellison - Family First Case Manager (chair)", "Ms L Doolan - Mum",
                        "Mr S Ince - Attendance officer, Woolfall Brook Primary", "", "Discussion",
                        "Kai-Ryan's attendance 71% this term. Mum reports she cannot get him up in the mornings.",
                        "Risk assessment reviewed and signed off by the team manager.", "", "Actions",
                        "Step up TAF 16/12/2026 - Mark Ellison"], "TAF minutes - Doolan")
    hs = outlook_headers(f, '"Ellison, Mark" <Mark.Ellison@knowsley.gov.uk>', mbox("knowsley", "mash_step_up"),
                         "URGENT: TAF minutes for Wednesday's step-up meeting [SB-knowsley-63]", date,
                         cc="MASH Business Support <Mash.Businesssupport@knowsley.gov.uk>",
                         in_reply_to="<SB-knowsley-63.ack.20261210120100@knowsley.gov.uk>",
                         extra=[("Importance", "high"), ("X-Priority", "1")])
    outlook_mail(f, hs, plain, [attachment("TAF minutes 07.12.26 - Doolan.pdf", minutes, PDF)], out(f))
    label(f, "knowsley", "mash_step_up", "2026-12-14T09:12:00+00:00", "follow_up", False, "attach_to_request",
          "Near-miss ('URGENT' about paperwork): a high-importance follow-up to SB-knowsley-63 supplying TAF minutes; "
          "'urgent' and 'risk assessment' refer to the paperwork, and no child is at risk.",
          case_ids=["EHM-51299"], children=[("Kai-Ryan Doolan", None)])


def knowsley_11():
    f = "knowsley_11.eml"
    date = "Tue, 15 Dec 2026 08:41:07 +0000"
    cal = ical([
        "BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        "BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000",
        "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
        "BEGIN:VEVENT",
        'ATTENDEE;PARTSTAT=TENTATIVE;CN="Ince, Stephen":mailto:s.ince@woolfallbrook.knowsley.sch.uk',
        "COMMENT;LANGUAGE=en-GB:" + ical_escape("May be 10 minutes late - I'm on the school gate until 9.50."),
        "SUMMARY;LANGUAGE=en-GB:Tentative: Step-up TAF meeting [SB-knowsley-63]",
        "DTSTART;TZID=GMT Standard Time:20261216T100000",
        "DTEND;TZID=GMT Standard Time:20261216T113000",
        "UID:SB-knowsley-63-taf-20261216@stepbot.knowsley.gov.uk",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261215T084105Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=en-GB:Stockbridge Village Family Hub",
        "END:VEVENT", "END:VCALENDAR"])
    plain = "May be 10 minutes late - I'm on the school gate until 9.50.\n\nStephen Ince\nAttendance Officer | Woolfall Brook Primary School\n"
    alt = MIMEMultipart("alternative", boundary=outlook_boundary(f, "000"))
    alt.attach(text_part(plain, "plain", "qp"))
    alt.attach(text_part(outlook_html(plain), "html", "qp"))
    alt.attach(calendar_part(cal, "REPLY", "b64"))
    hs = outlook_headers(f, '"Ince, Stephen" <s.ince@woolfallbrook.knowsley.sch.uk>', mbox("knowsley", "mash_step_up"),
                         "Tentative: Step-up TAF meeting [SB-knowsley-63]", date,
                         extra=[("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    finish(alt, hs, out(f), "\r\n")
    label(f, "knowsley", "mash_step_up", "2026-12-15T08:45:00+00:00", "meeting_reply", False, "record_reply",
          "Ordinary Outlook iTIP REPLY, PARTSTAT=TENTATIVE, with a harmless comment about arriving late.")


def knowsley_12():
    f = "knowsley_12.eml"
    date = "Mon, 18 Jan 2027 14:12:30 +0000"
    plain = """Hi,

Step down to Level 2 for Charlie Fazakerley (DOB 04/06/2015), ICS-1240712.

Final CIN meeting is Friday 22nd January 2027 at 1.30pm at Roby Meadow Junior School.

What are we worried about? Charlie's attendance (88%) and his anxiety about going into class.
What is working well? Dad has followed the CIN plan; Charlie has a good relationship with his class teacher.
What needs to happen? School to lead a Level 2 TAF, CAMHS Getting Help referral to continue.

Lead Practitioner - still to be confirmed with school, I'll let you know.

Thanks
Owen Sefton
Social Worker, CIN Team, Knowsley Children's Social Care
0151 496 0873

""" + KNOWSLEY_DISCLAIMER + "\n"
    hs = outlook_headers(f, '"Sefton, Owen" <Owen.Sefton@knowsley.gov.uk>', mbox("knowsley", "early_help_duty"),
                         "Step down L2 - Charlie Fazakerley - ICS-1240712", date)
    outlook_mail(f, hs, plain, [], out(f))
    assert working_days_between(dt.date(2027, 1, 18), dt.date(2027, 1, 22)) == 4
    label(f, "knowsley", "early_help_duty", "2027-01-18T14:20:00+00:00", "step_down", False, "request_info",
          "Ordinary Level 2 step-down: lead practitioner not yet named, and Fri 22 Jan is only 4 WD from Mon 18 Jan.",
          level=2, case_ids=["ICS-1240712"], children=[("Charlie Fazakerley", "2015-06-04")],
          concerns=["school_attendance"], missing=["lead_practitioner"], notice_ok=False)


# ============================================================================================
# RICHMOND & WANDSWORTH
# ============================================================================================

def rw_01():
    f = "richmond_wandsworth_01.eml"
    date = "Wed, 13 Jan 2027 12:08:14 +0000"
    plain = """Dear MASH colleagues,

Please see attached the case summary and the rationale for step up for Ruby Lowther (DOB 21/08/2023), Mosaic ID 2391177.

As Early Help Team Manager I agree the step up.

Kind regards
Priya

Priya Raman
Early Help Team Manager (Richmond South)
Richmond and Wandsworth Councils
Tel: 020 7946 0718

""" + RW_DISCLAIMER + "\n"
    summary = case_summary_docx(
        "Case Summary",
        [["Child", "Ruby Lowther"], ["DOB", "21/08/2023"], ["Mosaic ID", "2391177"],
         ["Household", "Mum (Chloe Lowther), mum's partner (Jay Marsden, since September 2026), Ruby"],
         ["Early Help practitioner", "Leanne Doyle"]],
        [("Summary of involvement", "Open to Early Help since June 2026 for parenting support and mum's alcohol "
                                    "use. Mum has attended two sessions with the alcohol service."),
         ("Current worries", "Mum's drinking at weekends; Ruby's nursery attendance is good but she is often "
                             "collected late. Little is known about Jay Marsden."),
         ("Strengths", "Maternal grandmother is involved and Ruby is meeting her milestones.")])
    rationale = make_docx([
        ("h", "Rationale for step up - Ruby Lowther (Mosaic 2391177)"),
        ("p", "Prepared by Leanne Doyle, Early Help Practitioner, for the Early Help Team Manager."),
        ("h2", "Why Early Help is no longer enough"),
        ("p", "Mum's drinking has not reduced despite six months of support, and since Jay Marsden moved in she "
              "has cancelled three of the last five visits."),
        ("h2", "Update added 13/01/2027, 11:40"),
        ("p", "Nursery manager (Sorrel Lane Nursery) phoned at 11:25. At the nappy change this morning staff saw a "
              "3cm x 2cm triangular, blistered mark with a sharp edge on the back of Ruby's left hand, the shape of "
              "the tip of an iron. Jay Marsden dropped Ruby off at 8am and told staff she 'touched the iron'. When "
              "the key worker asked Ruby what happened, she said \"Jay did hot on me\" and hid her hand."),
        ("p", "Mum is at work in Kingston until 7pm. Jay Marsden is collecting Ruby from nursery at 3pm today."),
        ("h2", "Decision sought"),
        ("p", "Step up to Children's Services."),
    ], author="Leanne Doyle")
    hs = outlook_headers(f, '"Raman, Priya" <Priya.Raman@richmondandwandsworth.gov.uk>',
                         mbox("richmond_wandsworth", "mash_step_up"),
                         "Step up - Ruby Lowther - Mosaic 2391177", date)
    outlook_mail(f, hs, plain, [attachment("Case summary - Ruby Lowther.docx", summary, DOCX),
                                attachment("Rationale for step up - Ruby Lowther.docx", rationale, DOCX)], out(f))
    label(f, "richmond_wandsworth", "mash_step_up", "2027-01-13T12:15:00+00:00", "step_up", True, "alert_duty",
          "The body only says 'see attached': the rationale .docx carries today's update - an iron-shaped contact "
          "burn on a 3-year-old, her words \"Jay did hot on me\", and Jay collecting her at 3pm. Step-up otherwise "
          "complete (case summary + rationale, sent by the Early Help Team Manager).",
          case_ids=["2391177"], children=[("Ruby Lowther", "2023-08-21")],
          concerns=["physical_harm", "substance_misuse"], manager_agreed=True, missing=[])


def rw_02():
    f = "richmond_wandsworth_02.eml"
    date = "Thu, 03 Dec 2026 16:21:40 +0000"
    plain = """Dear MASH,

I am requesting a step up to Children's Services for Jayden Mulligan (DOB 14/01/2017, Mosaic ID 2288140). The case summary is attached.

Rationale for step up
Jayden has been open to Early Help since April for neglect: the home is cluttered and dirty, he often comes to school without breakfast or PE kit, and his head lice have not been treated for months despite repeated support. His stepdad's heavy drinking has got worse since he lost his job in the autumn.

On 2 December a classmate told a teacher that Jayden had said his stepdad "whacked" him. The school nurse saw Jayden the same afternoon with his agreement and checked his arms, legs, back and face: no marks were seen. Jayden denied that anyone had hurt him and said he meant his stepdad had shouted at him for breaking the TV remote. School spoke to mum, who gave the same account. We do not think there is an immediate safeguarding concern, but after eight months of Early Help the neglect is not improving.

Mum is aware of the step up and agrees with it. As Early Help Team Manager I agree the step up.

Kind regards

Daniel Okafor
Early Help Team Manager (Wandsworth Central)
Richmond and Wandsworth Councils
Tel: 020 7946 0659

""" + RW_DISCLAIMER + "\n"
    summary = case_summary_docx(
        "Case Summary",
        [["Child", "Jayden Mulligan"], ["DOB", "14/01/2017"], ["Mosaic ID", "2288140"],
         ["Household", "Mum, stepdad, Jayden"]],
        [("Summary of involvement", "Open to Early Help since April 2026 (neglect)."),
         ("Current worries", "Home conditions, hygiene, untreated head lice; stepdad's drinking."),
         ("Strengths", "Jayden is bright and well liked; his attendance is 96%.")])
    hs = outlook_headers(f, '"Okafor, Daniel" <Daniel.Okafor@richmondandwandsworth.gov.uk>',
                         mbox("richmond_wandsworth", "mash_step_up"),
                         "Step up request \u2013 Jayden Mulligan (Mosaic 2288140)", date)
    outlook_mail(f, hs, plain, [attachment("Case summary - J Mulligan - Dec 2026.docx", summary, DOCX)], out(f))
    label(f, "richmond_wandsworth", "mash_step_up", "2026-12-03T16:30:00+00:00", "step_up", False, "book_meeting",
          "Near-miss (negated): the 'whacked' remark was checked the same day - no marks seen, Jayden denied anyone "
          "hurt him, and the manager says there is no immediate concern. Complete neglect step-up (case summary "
          "attached, rationale pasted, mum agrees).",
          case_ids=["2288140"], children=[("Jayden Mulligan", "2017-01-14")], concerns=["neglect", "substance_misuse"],
          consent=True, manager_agreed=True, missing=[])


def rw_03():
    f = "richmond_wandsworth_03.eml"
    date = "Sat, 19 Dec 2026 21:47:03 +0000"
    plain = """Hello, I don't know if this is the right place, I found this address on the council website under families.

The little boy who lives in the ground floor flat next to mine (Flat 2, 17 Cedar Row, SW11) has been crying non stop since about 8pm. He is about 2. I knocked and nobody answered. I can see him through the front window in just a nappy standing at the glass. His mum went out at about 7 with a bag and got into a car with a man and she hasn't come back. I don't think the heating is on in there, the windows are all steamed up and it's freezing tonight.

I don't want to get anyone in trouble but I don't know what to do. My number is 07700 900562.

Tom"""
    alt = MIMEMultipart("alternative", boundary=gmail_boundary(f))
    alt.attach(text_part(plain + "\n", "plain", "7bit", "UTF-8"))
    alt.attach(text_part(gmail_html(plain), "html", "qp", "UTF-8"))
    hs = [("MIME-Version", "1.0"),
          ("Date", date),
          ("Message-ID", "<CA+%s@mail.gmail.com>" % _hex(f, 30)),
          ("Subject", "little boy on his own next door"),
          ("From", "Tom Ashby <tomashby1979@gmail.com>"),
          ("To", "EarlyHelpDuty@richmondandwandsworth.gov.uk")]
    finish(alt, hs, out(f))
    label(f, "richmond_wandsworth", "early_help_duty", "2026-12-19T21:52:00+00:00", "other", True, "alert_duty",
          "A neighbour writing to the wrong inbox on a Saturday night: a 2-year-old alone in a cold flat for almost "
          "three hours, mother gone. No urgency vocabulary at all; no child named.",
          concerns=["neglect"])


def rw_04():
    f = "richmond_wandsworth_04.eml"
    date = "Tue, 08 Dec 2026 10:44:30 +0000"
    plain = """Hi Early Help Duty,

Following my conversation with Ruth Kimber (Early Help Duty Team Manager) this morning, I'm confirming the step down of Noor Haddad (DOB 05/05/2015, Mosaic 2301556) and Idris Haddad (DOB 30/09/2019, Mosaic 2301557). We agreed the step-down case discussion for Friday 11 December at 2pm on Teams.

Attached are the case summary and the draft Early Help plan. Mum has given her consent to the step down and to information being shared with Early Help.

The children were on CIN plans because of domestic abuse by their father, Samir. He has not lived at the address since March, there is a non-molestation order in place until June 2027, and he has had no contact since. The safety plan agreed with mum and school on 30 November stays in place:
- if Samir comes to the house, mum will not open the door and will call 999;
- if he turns up at school, staff will keep the children inside, call the police and then mum;
- Noor knows how to call 999 and has a code word with her aunt.
None of these steps has been needed since March.

My team manager, Gail Hutton, agrees the step down.

Sophie

Sophie Hartley
Social Worker | Family Support & Safeguarding Service
Richmond and Wandsworth Councils | 020 7946 0884

""" + RW_DISCLAIMER + "\n"
    summary = case_summary_docx(
        "Case Summary - Haddad children",
        [["Children", "Noor Haddad (05/05/2015, Mosaic 2301556); Idris Haddad (30/09/2019, Mosaic 2301557)"],
         ["Household", "Mum, Noor, Idris"]],
        [("Involvement", "CIN since April 2026 following domestic abuse by the children's father."),
         ("Current position", "Father has not lived at the address since March 2026; non-molestation order until "
                              "June 2027; no contact since. Mum has completed the Freedom Programme."),
         ("Remaining needs", "Support for mum with confidence and routines; Idris's sleep.")])
    plan = make_docx([
        ("h", "Draft Early Help plan - Haddad"),
        ("t", [["What needs to happen", "Who", "By when"],
               ["Mum to attend the Wandsworth parenting group", "Mum / Early Help", "March 2027"],
               ["Sleep routine support for Idris", "Early Help worker", "February 2027"],
               ["Safety plan reviewed at each TAF", "Early Help worker / school", "Ongoing"]]),
    ], author="Sophie Hartley")
    hs = outlook_headers(f, '"Hartley, Sophie" <Sophie.Hartley@richmondandwandsworth.gov.uk>',
                         mbox("richmond_wandsworth", "early_help_duty"),
                         "Step down to Early Help - Noor and Idris Haddad (Mosaic 2301556 / 2301557)", date,
                         cc='"Kimber, Ruth" <Ruth.Kimber@richmondandwandsworth.gov.uk>')
    outlook_mail(f, hs, plain, [attachment("Case summary - Haddad - Dec 2026.docx", summary, DOCX),
                                attachment("Draft EH plan - Haddad.docx", plan, DOCX)], out(f))
    label(f, "richmond_wandsworth", "early_help_duty", "2026-12-08T10:50:00+00:00", "step_down", False,
          "book_meeting",
          "Near-miss (safety plan, hypothetical): 'if Samir comes to the house, mum will call 999' describes a plan, "
          "not a current event; father has had no contact since March. Complete step-down (case summary, draft plan, "
          "consent).",
          case_ids=["2301556", "2301557"], children=[("Noor Haddad", "2015-05-05"), ("Idris Haddad", "2019-09-30")],
          concerns=["domestic_abuse"], consent=True, manager_agreed=True, missing=[])


def rw_05():
    f = "richmond_wandsworth_05.eml"
    date = "Tue, 15 Dec 2026 11:03:27 +0000"
    plain = """This message has been forwarded automatically by a mailbox rule on the Wandsworth Health Visiting Duty mailbox.

-----Original Message-----
From: Marchbank Fiona (WANDLE VALLEY MEDICAL PRACTICE) <f.marchbank@nhs.net>
Sent: 15 December 2026 10:58
To: Wandsworth HV Duty (WCHS) <wchs.wandsworthhvduty@nhs.net>
Subject: Baby Kaan Demir DOB 02/11/2026 - seen in surgery today

Dear HV team,

I saw Kaan Demir (6 weeks) at 10:20 today with his father, Mehmet Demir, who brought him in with a "rash". On examination there are non-blanching petechiae over the left side of the face and neck and behind the left ear, and two parallel linear bruises on the left pinna. He is not yet rolling. Father's explanation is that the car-seat strap rubbed him. Bloods not yet done.

I advised that Kaan needs to be seen in the paediatric ED today and offered to phone ahead. Father declined, said he would "see how he is tomorrow", and left with Kaan at 10:45. Mother is at work until 6pm. I have rung the family's mobile twice without an answer.

Please can a health visitor visit today, or pass this to whoever needs to act.

Dr Fiona Marchbank
GP Partner | Wandle Valley Medical Practice
Tel: 020 7946 0874

""" + NHS_DISCLAIMER + "\n"
    hs = outlook_headers(f, '"Wandsworth HV Duty (WCHS)" <wchs.wandsworthhvduty@nhs.net>',
                         mbox("richmond_wandsworth", "mash_step_up"),
                         "FW: Baby Kaan Demir DOB 02/11/2026 - seen in surgery today", date,
                         extra=[("Auto-Submitted", "auto-forwarded"), ("X-MS-Exchange-Inbox-Rules-Loop",
                                                                        "wchs.wandsworthhvduty@nhs.net")])
    outlook_mail(f, hs, plain, [], out(f))
    label(f, "richmond_wandsworth", "mash_step_up", "2026-12-15T11:10:00+00:00", "auto_reply", True, "alert_duty",
          "Looks automatic (Auto-Submitted: auto-forwarded by a health-visiting mailbox rule, so kind auto_reply) "
          "but carries a GP's account of a 6-week-old with non-blanching petechiae and pinna bruises, taken home by "
          "father against advice: urgent, so alert_duty overrides ignore.",
          children=[("Kaan Demir", "2026-11-02")], concerns=["physical_harm"])


def rw_06():
    f = "richmond_wandsworth_06.eml"
    date = "Thu, 10 Dec 2026 13:36:51 +0000"
    plain = """Dear Early Help Duty,

For information, as mum told us the family is open to Early Help.

Name: Lola Brennan-Ward
DOB: 03/06/2025 (18 months)
Attended: Riverside University Hospital Children's ED, 09/12/2026 at 17:40

Presenting complaint: 2cm bruise and a small laceration to the forehead after a fall against a coffee table at home, witnessed by mum and grandmother.

Assessment: Seen by the paediatric registrar, Dr Oyelaran, and reviewed by the on-call consultant. Lola is walking and climbing; the injury is consistent with the history and with her development. Full skin check: no other bruises, marks or injuries. Steri-strips applied.

Outcome: Discharged home with mum at 20:15. No safeguarding concerns identified; no referral to MASH required. Shared with the GP and health visitor.

Kind regards

Annette Pryce
Paediatric Liaison Nurse | Riverside University Hospital
Tel: 020 7946 0293

""" + NHS_DISCLAIMER + "\n"
    hs = outlook_headers(f, '"Pryce Annette (RIVERSIDE UNIVERSITY HOSPITAL)" <annette.pryce@nhs.net>',
                         mbox("richmond_wandsworth", "early_help_duty"),
                         "Paediatric liaison - ED attendance - Lola Brennan-Ward (for information)", date)
    outlook_mail(f, hs, plain, [], out(f))
    label(f, "richmond_wandsworth", "early_help_duty", "2026-12-10T13:45:00+00:00", "other", False, "human_review",
          "Near-miss (injury explained and checked): a liaison notice of a witnessed fall in a walking toddler, "
          "examined by a registrar and consultant, no other marks, discharged with no safeguarding concerns. "
          "Information only, not a request.",
          children=[("Lola Brennan-Ward", "2025-06-03")])


def rw_07():
    f = "richmond_wandsworth_07.eml"
    date = "Mon, 11 Jan 2027 09:14:52 +0000"
    cal = ical([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
        "METHOD:REPLY", "BEGIN:VEVENT", "DTSTART:20270112T140000Z", "DTEND:20270112T150000Z",
        "DTSTAMP:20270111T091452Z",
        "ORGANIZER;CN=MASH Step Up:mailto:MASH-StepUP@richmondandwandsworth.gov.uk",
        "UID:SB-richmond_wandsworth-71-cd-20270112@stepbot.richmondandwandsworth.gov.uk",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Kemi Bankole;X-NUM-GUESTS=0:"
        "mailto:kemi.bankole@wandlefamilies.org.uk",
        "CREATED:20270108T161002Z", "LAST-MODIFIED:20270111T091452Z", "LOCATION:Microsoft Teams", "SEQUENCE:0",
        "STATUS:CONFIRMED", "SUMMARY:Step-up case discussion [SB-richmond_wandsworth-71]", "TRANSP:OPAQUE",
        "END:VEVENT", "END:VCALENDAR"])
    plain = ("Kemi Bankole has accepted this invitation.\n\nStep-up case discussion [SB-richmond_wandsworth-71]\n"
             "When: Tue 12 Jan 2027 14:00 - 15:00 (GMT)\nWhere: Microsoft Teams\n\nInvitation from Google Calendar\n")
    alt = MIMEMultipart("alternative", boundary=gmail_boundary(f + "alt"))
    alt.attach(text_part(plain, "plain", "b64", "UTF-8"))
    alt.attach(text_part(gmail_html(plain), "html", "qp", "UTF-8"))
    alt.attach(calendar_part(cal, "REPLY", "7bit"))
    msg = MIMEMultipart("mixed", boundary=gmail_boundary(f))
    msg.attach(alt)
    ics = MIMEBase("application", "ics", name="invite.ics")
    ics.set_payload(cal.encode("utf-8"))
    encoders.encode_base64(ics)
    ics.add_header("Content-Disposition", "attachment", filename="invite.ics")
    msg.attach(ics)
    hs = [("MIME-Version", "1.0"),
          ("Reply-To", "Kemi Bankole <kemi.bankole@wandlefamilies.org.uk>"),
          ("Sender", "Google Calendar <calendar-notification@google.com>"),
          ("Message-ID", "<calendar-%s@google.com>" % _hex(f, 24).lower()),
          ("Date", date),
          ("Subject", "Accepted: Step-up case discussion [SB-richmond_wandsworth-71] @ Tue 12 Jan 2027 14:00 - 15:00 "
                      "(GMT) (MASH-StepUP@richmondandwandsworth.gov.uk)"),
          ("From", "Kemi Bankole <kemi.bankole@wandlefamilies.org.uk>"),
          ("To", mbox("richmond_wandsworth", "mash_step_up"))]
    finish(msg, hs, out(f))
    label(f, "richmond_wandsworth", "mash_step_up", "2027-01-11T09:20:00+00:00", "meeting_reply", False,
          "record_reply", "Ordinary Google Calendar iTIP REPLY, PARTSTAT=ACCEPTED, no comment.")


def rw_08():
    f = "richmond_wandsworth_08.eml"
    date = "Fri, 15 Jan 2027 13:32:10 +0000"
    plain = """MASH - I agree the step up for Tayo, see Ines's note below. His case summary is attached.

Marco

Marco Bianchi
Early Help Team Manager (Richmond North)
Richmond and Wandsworth Councils | 020 7946 0702

From: Carvalho, Ines <Ines.Carvalho@richmondandwandsworth.gov.uk>
Sent: 15 January 2027 13:18
To: Bianchi, Marco <Marco.Bianchi@richmondandwandsworth.gov.uk>
Subject: Step up - Tayo Adebisi

Marco,

Rationale for step up
Tayo Adebisi (DOB 30/04/2011, Mosaic 2402917) has been open to Early Help since September. We believe he is being criminally exploited: unexplained cash and new phones, and British Transport Police found him in Reading twice in December with older teenagers.

Today: at 12:50 school found a 20cm kitchen knife in Tayo's rucksack during a bag search. He ran out of the side gate before the police arrived. At 13:05 he messaged me: "they're getting me at 4 at the station, I have to go or they'll do my mum". Mum hasn't seen him since this morning and his phone is now off.

Ines

Ines Carvalho
Early Help Practitioner | 020 7946 0715

""" + RW_DISCLAIMER + "\n"
    summary = case_summary_docx(
        "Case Summary",
        [["Child", "Tayo Adebisi"], ["DOB", "30/04/2011"], ["Mosaic ID", "2402917"],
         ["Household", "Mum, Tayo, two younger sisters"]],
        [("Summary of involvement", "Open to Early Help since September 2026 after a school referral about "
                                    "unexplained money and late nights."),
         ("Current worries", "Criminal exploitation; missing overnight twice in December (found in Reading)."),
         ("Strengths", "Mum is protective and reports every missing episode; Tayo likes football.")])
    hs = outlook_headers(f, '"Bianchi, Marco" <Marco.Bianchi@richmondandwandsworth.gov.uk>',
                         mbox("richmond_wandsworth", "mash_step_up"), "FW: Step up - Tayo Adebisi", date,
                         cc='"Carvalho, Ines" <Ines.Carvalho@richmondandwandsworth.gov.uk>')
    outlook_mail(f, hs, plain, [attachment("Case summary - Tayo Adebisi.docx", summary, DOCX)], out(f))
    label(f, "richmond_wandsworth", "mash_step_up", "2027-01-15T13:40:00+00:00", "step_up", True, "alert_duty",
          "The manager's covering note is bland; the forwarded worker's note says a 15-year-old found with a knife "
          "has run from school, phone off, and says 'they' are collecting him at 4pm under threat: missing now and "
          "exploited. Complete step-up (case summary, rationale heading, manager agrees).",
          case_ids=["2402917"], children=[("Tayo Adebisi", "2011-04-30")], concerns=["exploitation", "missing"],
          manager_agreed=True, missing=[])


def rw_09():
    f = "richmond_wandsworth_09.eml"
    date = "Mon, 04 Jan 2027 10:05:44 +0000"
    plain = """Dear MASH colleagues,

I am requesting a step up to Children's Services for Ava Price-Evans (DOB 12/12/2016, Mosaic ID 2297710) and Theo Price-Evans (DOB 08/08/2020, Mosaic ID 2297711). The case summary is attached.

Rationale for step up
This is the fourth domestic abuse incident since August. At about 02:00 on Saturday 2 January police were called after mum's partner, Lee Warrender, assaulted her at home; the children were upstairs. Police attended, Lee was arrested, charged with ABH and has been remanded in custody until his plea hearing on 1 February. Mum and the children are staying with the maternal grandparents in Sutton and are safe; the officers saw both children and they were not hurt.

Mum has told us she will let Lee back when he is released, as she did after the October incident, and she has not been able to use the safety plan. We no longer think this can be managed at Early Help level.

Mum knows about the step up and agrees with it. As Early Help Team Manager I agree the step up.

Kind regards

Daniel Okafor
Early Help Team Manager (Wandsworth Central)
Richmond and Wandsworth Councils
Tel: 020 7946 0659

""" + RW_DISCLAIMER + "\n"
    summary = case_summary_docx(
        "Case Summary - Price-Evans children",
        [["Children", "Ava Price-Evans (12/12/2016, 2297710); Theo Price-Evans (08/08/2020, 2297711)"],
         ["Household", "Mum, mum's partner (currently remanded), Ava, Theo"]],
        [("Involvement", "Open to Early Help since August 2026 after police notifications of domestic abuse."),
         ("Incidents", "22/08, 03/10, 29/11/2026 and 02/01/2027 (arrest, remand)."),
         ("Strengths", "Maternal grandparents are protective; both children attend school well.")])
    hs = outlook_headers(f, '"Okafor, Daniel" <Daniel.Okafor@richmondandwandsworth.gov.uk>',
                         mbox("richmond_wandsworth", "mash_step_up"),
                         "Step up \u2013 Price-Evans children (Mosaic 2297710, 2297711)", date)
    outlook_mail(f, hs, plain, [attachment("Case summary - Price-Evans - Jan 2027.docx", summary, DOCX)], out(f))
    label(f, "richmond_wandsworth", "mash_step_up", "2027-01-04T10:15:00+00:00", "step_up", False, "book_meeting",
          "Near-miss (resolved): the assault was on Saturday, the perpetrator is remanded in custody until February "
          "and the children are safe with grandparents; the worry is about the future. Complete step-up.",
          case_ids=["2297710", "2297711"],
          children=[("Ava Price-Evans", "2016-12-12"), ("Theo Price-Evans", "2020-08-08")],
          concerns=["domestic_abuse"], consent=True, manager_agreed=True, missing=[])


# ============================================================================================
# TOWER HAMLETS
# ============================================================================================

def th_01():
    f = "tower_hamlets_01.eml"
    date = "Thu, 14 Jan 2027 07:12:09 +0000"
    plain = """PUBLIC PROTECTION NOTIFICATION - CHILD (PPN)
This notification has been generated automatically. Do not reply to this address.

Notification ID: PPN-CE-2027-0018842
Generated: 14/01/2027 07:11
Borough: Tower Hamlets (Central East BCU)
Reporting officer: PC Jade Rowntree, Emergency Response
Incident: CAD 1186/14JAN27 - domestic, breach of bail

Children at the address
1. Sumaiya Ahmed   DOB 22/03/2019
2. Zayan Ahmed     DOB 09/10/2022

Adults
Ruksana Ahmed (mother), Jamal Ahmed (father, subject)

Circumstances
Officers attended Flat 9, Coriander House, E3 at 05:55 following a 999 call from Ms Ahmed. Mr Ahmed is on police bail for an assault on Ms Ahmed with conditions not to contact her and not to attend the address. He let himself in with a key at about 05:30, told Ms Ahmed he would take the children to his family abroad "and you'll never see them again", and tried to carry Zayan out to a car. He left before police arrived and has not been located. He still has a key and told Ms Ahmed he will come back tonight. Ms Ahmed has declined a refuge and the children remain at the address. Locks not yet changed.

Officer's assessment
DASH completed - HIGH. Children seen by officers: no injuries, both distressed.

Police actions
Circulated as wanted for breach of bail. Referral to IDVA service. Port alert requested.

To contact the officer in the case call 101 quoting CAD 1186/14JAN27.
"""
    part = text_part(plain, "plain", "qp")
    hs = [("Received", "from ppn-notify.met.police.uk (ppn-notify.met.police.uk [203.0.113.61])\n by "
                       "mx.towerhamlets.gov.uk with ESMTPS; " + date),
          ("From", "Metropolitan Police PPN Notifications <no-reply@ppn-notify.met.police.uk>"),
          ("To", mbox("tower_hamlets", "mash_step_up")),
          ("Subject", "PPN (Child) PPN-CE-2027-0018842 - notification to MAST"),
          ("Date", date),
          ("Message-ID", "<ppn.%s@ppn-notify.met.police.uk>" % _hex(f, 20).lower()),
          ("Auto-Submitted", "auto-generated"),
          ("X-Auto-Response-Suppress", "All")]
    finish(part, hs, out(f))
    label(f, "tower_hamlets", "mash_step_up", "2027-01-14T07:20:00+00:00", "auto_reply", True, "alert_duty",
          "Looks automatic (portal no-reply@ sender, Auto-Submitted: auto-generated, so kind auto_reply) but reports "
          "a father in breach of bail who tried to take a 4-year-old this morning, is not located, has a key and says "
          "he will return tonight: urgent, alert_duty overrides ignore.",
          children=[("Sumaiya Ahmed", "2019-03-22"), ("Zayan Ahmed", "2022-10-09")], concerns=["domestic_abuse"])


def th_02():
    f = "tower_hamlets_02.eml"
    date = "Wed, 09 Dec 2026 14:20:37 +0000"
    plain = """Hi Early Help Hub,

Following the Child and Family Assessment (completed 4 December, attached) we are stepping Zara Choudhury (DOB 17/06/2016, Mosaic ID 1476021) down to a Team Around the Family with a Lead Practitioner.

The draft TAF plan is attached. Mum has given her consent to the step down and to the plan being shared.

Lead Practitioner: Ms Rehana Ali, Pastoral Lead, Bethnal Fields Primary School - she has agreed to take the role.

TAF meeting: Thursday 17 December 2026 at 10:00 on Teams. I'll chair and send the invite.

About the original referral: school referred in October after Zara said mum’s boyfriend had smacked her. The assessment found Zara doesn’t have any marks, wasn’t hurt, and she’s clear that nobody has hit her – she told me she’d said it because she was cross with him. He doesn’t live with the family and hasn’t stayed over since October. Mum’s depression is the main need now, and she’s engaging with her GP and the perinatal team.

Thanks,
Shabana

Shabana Miah
Social Worker | Children and Families Assessment Team
London Borough of Tower Hamlets | 020 7946 0477
"""
    # The text is UTF-8 but the part is labelled windows-1252: any reader that trusts the label sees
    # "doesnâ€™t", "wasnâ€™t" ... (deliberately garbled negations).
    garbled = plain.encode("utf-8").decode("cp1252")
    cs = Charset("windows-1252")
    cs.body_encoding = None
    body = MIMEText(garbled, "plain", cs)
    del body["Content-Transfer-Encoding"]
    body["Content-Transfer-Encoding"] = "8bit"
    assessment = make_pdf([
        "Child and Family Assessment - Zara Choudhury", "", "Mosaic ID  1476021", "DOB  17/06/2016",
        "Assessment completed  04/12/2026", "Social worker  Shabana Miah", "",
        "Reason for assessment: school referral 08/10/2026 - Zara said mum's boyfriend had smacked her.",
        "Findings: no marks seen; Zara withdrew the account and said she had made it up because she was cross. "
        "Mum's boyfriend does not live at the address.",
        "Needs: mum's depression (GP and perinatal team involved); Zara's confidence at school.",
        "Outcome: step down to TAF with a Lead Practitioner (Bethnal Fields Primary School)."],
        "Child and Family Assessment - Zara Choudhury")
    plan = make_docx([
        ("h", "Draft TAF plan - Zara Choudhury"),
        ("t", [["Need", "Action", "Who", "When"],
               ["Mum's depression", "Continue GP and perinatal team support", "Mum", "Ongoing"],
               ["Zara's confidence", "Weekly check-in with Pastoral Lead", "Ms R Ali", "From January 2027"],
               ["Review", "TAF review", "Lead Practitioner", "6 weeks"]]),
    ], author="Shabana Miah")
    msg = mixed(body, [attachment("Child and Family Assessment - Zara Choudhury.pdf", assessment, PDF),
                       attachment("Draft TAF plan - Zara Choudhury.docx", plan, DOCX)],
                outlook_boundary(f, "004"))
    hs = outlook_headers(f, '"Miah, Shabana" <Shabana.Miah@towerhamlets.gov.uk>',
                         mbox("tower_hamlets", "early_help_duty"),
                         "Step down to TAF - Zara Choudhury - Mosaic 1476021", date)
    finish(msg, hs, out(f))
    label(f, "tower_hamlets", "early_help_duty", "2026-12-09T14:30:00+00:00", "step_down", False, "book_meeting",
          "Near-miss (negation garbled by a wrong charset): UTF-8 text labelled windows-1252, so the negations read "
          "'doesnâ€™t have any marks', 'wasnâ€™t hurt', 'hasnâ€™t stayed over'; the October smack allegation was "
          "withdrawn and assessed. Complete step-down (assessment, draft plan, consent, lead practitioner).",
          case_ids=["1476021"], children=[("Zara Choudhury", "2016-06-17")], concerns=["parental_mental_health"],
          consent=True, missing=[])


def th_03():
    f = "tower_hamlets_03.eml"
    date = "Tue, 12 Jan 2027 12:41:02 +0000"
    body_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>
p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}
</style></head>
<body lang="EN-GB" style="word-wrap:break-word">
<div class="WordSection1">
<p class="MsoNormal">Hi MAST,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">I&#8217;m the Early Help practitioner for <b>Inaya Karim</b> (DOB 02/02/2017, Mosaic ID 1490338). The family has been open to Early Help since September for parenting support.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">The school nurse, Joanne Pike, has just rung me from her drop-in at Limehouse Basin Primary. At 11:20 Inaya told her:<o:p></o:p></p>
<blockquote style="margin-left:30.0pt"><p class="MsoNormal"><i>&#8220;When mum goes to work Ricky gets in my bed and touches me under my pyjamas. He said if I tell anyone he&#8217;ll hurt mum and I&#8217;ll get taken away.&#8221;</i><o:p></o:p></p></blockquote>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Ricky is Ricky Dunn, mum&#8217;s boyfriend. Mum works nights at the hospital &#8211; she starts at 8pm tonight &#8211; and Ricky looks after Inaya and her brother Adam Karim (4) overnight.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">My manager, Roksana Ullah (copied), agrees this needs to be stepped up today. I&#8217;ll complete the MARF this afternoon.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Rumana<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">Rumana Begum | Early Help Practitioner | Early Help Hub (Stepney) | 020 7946 0461</span><o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:8.0pt;color:#7F7F7F">""" + html.escape(TH_DISCLAIMER) + """</span><o:p></o:p></p>
</div>
</body>
</html>
"""
    part = text_part(body_html, "html", "qp")
    hs = outlook_headers(f, '"Begum, Rumana" <Rumana.Begum@towerhamlets.gov.uk>', mbox("tower_hamlets", "mash_step_up"),
                         "Step up - Inaya Karim - school nurse drop-in today", date,
                         cc='"Ullah, Roksana" <Roksana.Ullah@towerhamlets.gov.uk>',
                         extra=[("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    finish(part, hs, out(f), "\r\n")
    label(f, "tower_hamlets", "mash_step_up", "2027-01-12T12:50:00+00:00", "step_up", True, "alert_duty",
          "HTML-only Outlook step-up quoting a 9-year-old's disclosure of sexual abuse by mum's boyfriend, who cares "
          "for her and her brother overnight tonight; no urgency words. Manager agrees; MARF not yet done.",
          case_ids=["1490338"], children=[("Inaya Karim", "2017-02-02"), ("Adam Karim", None)],
          concerns=["sexual_harm"], manager_agreed=True, missing=["request_for_support"])


def th_04():
    f = "tower_hamlets_04.eml"
    date = "Mon, 30 Nov 2026 11:25:48 +0000"
    plain = """Dear MAST,

Please find attached the Multi-Agency Request for Support form for Yusuf Osman (DOB 11/11/2013) and Maryam Osman (DOB 04/04/2018), Mosaic ID 1466213.

Mum's mental health has deteriorated sharply since the summer: she is in bed most days, Yusuf does the shopping and gets Maryam to school, and he is a young carer in all but name. The electricity meter is often out of credit and there is little food in the flat - this is neglect now, not just a family that needs support.

At our session last week Yusuf told me he worries all the time that his dad will "get out and come and find us". For context, dad is serving a nine-year sentence for a violent offence in 2023 and his earliest release date is in 2030; the family is in the victim contact scheme and probation have confirmed he has had no contact and does not know the new address. There is no current contact or threat - Yusuf's worry is something we will pick up in his wellbeing work.

My manager, Kamrul Alam, has read the MARF and agrees the step up.

Thanks
Leah

Leah Fernandes
Early Help Practitioner | Early Help Hub (Bow)
London Borough of Tower Hamlets | 020 7946 0438

""" + TH_DISCLAIMER + "\n"
    marf = make_docx([
        ("h", "Multi-Agency Request for Support (MARF)"),
        ("t", [["Child 1", "Yusuf Osman, 11/11/2013"], ["Child 2", "Maryam Osman, 04/04/2018"],
               ["Mosaic ID", "1466213"], ["Referrer", "Leah Fernandes, Early Help Hub"],
               ["Manager", "Kamrul Alam - agreed 27/11/2026"]]),
        ("h2", "Reason for request"),
        ("p", "Mother's mental health; neglect of the children's basic needs; Yusuf caring for his mother and "
              "sister."),
        ("h2", "Parental consent"),
        ("p", "Discussed with mum; she has not yet decided."),
    ], author="Leah Fernandes")
    hs = outlook_headers(f, '"Fernandes, Leah" <Leah.Fernandes@towerhamlets.gov.uk>',
                         mbox("tower_hamlets", "mash_step_up"), "MAST step up - Yusuf and Maryam Osman", date,
                         cc='"Alam, Kamrul" <Kamrul.Alam@towerhamlets.gov.uk>')
    outlook_mail(f, hs, plain, [attachment("MARF - Osman children.docx", marf, DOCX)], out(f))
    label(f, "tower_hamlets", "mash_step_up", "2026-11-30T11:35:00+00:00", "step_up", False, "book_meeting",
          "Near-miss (a child's worry, not a current risk): Yusuf fears his imprisoned father's release, but release "
          "is years away, with no contact and no threat. Complete MAST step-up (MARF attached, manager agrees); "
          "consent undecided so null.",
          case_ids=["1466213"], children=[("Yusuf Osman", "2013-11-11"), ("Maryam Osman", "2018-04-04")],
          concerns=["neglect", "parental_mental_health", "young_carer"], manager_agreed=True, missing=[])


def th_05():
    f = "tower_hamlets_05.eml"
    date = "Wed, 20 Jan 2027 14:31:55 +0000"
    plain = """Hi, I got this address from the Early Help leaflet in the notes, sorry if it's the wrong place - the MAST line keeps ringing out.

Day 9 postnatal visit at 14:05 to Tasnim Chowdhury, Flat 31 Kestrel House, E1.

Tasnim is on the sofa and I can't rouse her properly, pinpoint pupils, foil and a burnt spoon on the table. Baby Amina Chowdhury (DOB 11/01/2027) was in the Moses basket, cold, soaked nappy, and by the bottles she hasn't been fed since this morning. Her son Rayan Chowdhury (3) was on his own in the kitchen eating dry cereal off the floor. No other adult here and the partner isn't answering.

Ambulance called for Tasnim. I can't leave the children. 07700 900781

Grace Okonjo
Community Midwife

Sent from my iPhone"""
    part = text_part(plain, "plain", "7bit", "us-ascii")
    part.set_param("format", "flowed")
    part.set_param("delsp", "yes")
    hs = [("Received", "from smtp.nhs.net (smtp.nhs.net [192.0.2.77]) by mx.towerhamlets.gov.uk with ESMTPS;\n " + date),
          ("From", "\"Okonjo, Grace (Community Midwife)\" <grace.okonjo@nhs.net>"),
          ("To", "EarlyHelpHub@towerhamlets.gov.uk"),
          ("Subject", "Postnatal visit - Chowdhury - need someone"),
          ("Date", date),
          ("Message-ID", "<%s@nhs.net>" % _hex(f, 26)),
          ("X-Mailer", "iPhone Mail (22C152)")]
    finish(part, hs, out(f))
    label(f, "tower_hamlets", "early_help_duty", "2027-01-20T14:37:00+00:00", "other", True, "alert_duty",
          "A midwife writing from her phone to the wrong inbox: the sole carer is unrousable with heroin paraphernalia, "
          "a 9-day-old baby cold and unfed and a 3-year-old alone; no urgency words. Not a step request, so kind other.",
          children=[("Amina Chowdhury", "2027-01-11"), ("Rayan Chowdhury", None)],
          concerns=["neglect", "substance_misuse"])


def th_06():
    f = "tower_hamlets_06.eml"
    date = "Fri, 04 Dec 2026 10:02:19 +0000"
    plain = """Hello,

Please find attached the Child and Family Assessment and the draft TAF plan for Ibrahim Rahim (DOB 27/01/2014, Mosaic ID 1459902), whom I am stepping down to a Team Around the Family.

The assessment concluded on 1 December. Ibrahim's needs are about his attendance (79% this term) and his mum's difficulty getting him up and out in the mornings. Mum has consented to the step down and is happy for the plan to be shared.

Lead Practitioner: Mr Tom Gallagher, Youth Worker, Poplar Youth Hub, who knows Ibrahim well and has agreed to take the role.

I will arrange and chair the TAF meeting on Tuesday 15 December 2026 at 14:00 at Poplar Youth Hub.

Kind regards
Hasan

Hasan Uddin
Social Worker | Children and Families Assessment Team
London Borough of Tower Hamlets | 020 7946 0490

""" + TH_DISCLAIMER + "\n"
    assessment = make_pdf([
        "Child and Family Assessment - Ibrahim Rahim", "", "Mosaic ID  1459902", "DOB  27/01/2014",
        "Assessment concluded  01/12/2026", "",
        "Needs: school attendance 79%; morning routines. No safeguarding concerns identified.",
        "Outcome: step down to TAF with Lead Practitioner (Poplar Youth Hub)."], "C&F Assessment - Rahim")
    plan = make_docx([
        ("h", "Draft TAF plan - Ibrahim Rahim"),
        ("t", [["Need", "Action", "Who", "When"],
               ["Attendance", "Morning routine plan and weekly attendance check", "Mum / school", "From January 2027"],
               ["Engagement", "Weekly youth session", "Tom Gallagher", "Ongoing"]]),
    ], author="Hasan Uddin")
    hs = outlook_headers(f, '"Uddin, Hasan" <Hasan.Uddin@towerhamlets.gov.uk>', mbox("tower_hamlets", "early_help_duty"),
                         "Step down - Ibrahim Rahim (Mosaic 1459902)", date)
    outlook_mail(f, hs, plain, [attachment("CFA - Ibrahim Rahim - Dec 2026.pdf", assessment, PDF),
                                attachment("Draft TAF plan - Ibrahim Rahim.docx", plan, DOCX)], out(f))
    label(f, "tower_hamlets", "early_help_duty", "2026-12-04T10:10:00+00:00", "step_down", False, "book_meeting",
          "Ordinary complete Tower Hamlets step-down: assessment, draft TAF plan, consent and a named lead "
          "practitioner with agency.",
          case_ids=["1459902"], children=[("Ibrahim Rahim", "2014-01-27")], concerns=["school_attendance"],
          consent=True, missing=[])


def th_07():
    f = "tower_hamlets_07.eml"
    date = "Mon, 07 Dec 2026 08:45:00 +0000"
    plain = """Dear all,

A reminder, after two incidents last month, of what must be PHONED to MAST and never sent to this inbox or the step-up inbox.

Phone MAST straight away on 020 7946 0560 (out of hours, emergencies only, the Emergency Duty Team on 020 7946 0999), or 999 if a child is in danger now, if you learn that:
- a baby who is not yet mobile has any bruise, a torn frenulum or a burn;
- a child has told you that someone has sexually abused them, or has hurt them and they are going home to that person;
- a parent is drunk, high, unconscious or psychotic and is the only adult caring for young children;
- a child under 12, or a child at risk of exploitation, is missing now;
- a young person is carrying a knife or is being picked up by adults who exploit them;
- a parent has threatened to kill or seriously hurt a child;
- a perpetrator is at the family home in breach of bail or a court order.

Send the written Multi-Agency Request for Support form afterwards. The Early Help Hub and MAST inboxes are read in office hours only and are for planned step-ups, step-downs and general queries.

Thanks for everything you do.

Kamrul Alam
Team Manager | MAST
London Borough of Tower Hamlets

""" + TH_DISCLAIMER + "\n"
    hs = outlook_headers(f, '"Alam, Kamrul" <Kamrul.Alam@towerhamlets.gov.uk>', mbox("tower_hamlets", "early_help_duty"),
                         "Reminder: what must be phoned to MAST, not emailed", date,
                         extra=[("Importance", "high")])
    outlook_mail(f, hs, plain, [], out(f))
    label(f, "tower_hamlets", "early_help_duty", "2026-12-07T08:50:00+00:00", "other", False, "human_review",
          "Near-miss (policy reminder listing examples): a manager's reminder listing every category of immediate "
          "risk (non-mobile bruising, disclosures, intoxicated carers, missing, knives, bail breaches) with no real "
          "child; concerns empty.")


def th_08():
    f = "tower_hamlets_08.eml"
    date = "Tue, 15 Dec 2026 15:48:26 +0000"
    plain = """Hi MAST,

I'd like to step up Kabir Hussain (DOB 19/08/2012, Mosaic ID 1471185) - MARF attached.

Kabir's attendance has dropped to 61% this term. He is caring for his mum, who has MS and has had a bad relapse, and for his two younger brothers after school, and he's exhausted. Mum agrees with the referral and has signed the consent section of the MARF.

I haven't been able to discuss this with my manager yet - she's back on Thursday and I'll confirm then.

Thanks
Ayesha

Ayesha Khan
Early Help Practitioner | Early Help Hub (Bethnal Green) | 020 7946 0452

""" + TH_DISCLAIMER + "\n"
    marf = make_docx([
        ("h", "Multi-Agency Request for Support (MARF)"),
        ("t", [["Child", "Kabir Hussain, 19/08/2012"], ["Mosaic ID", "1471185"],
               ["Referrer", "Ayesha Khan, Early Help Hub"], ["Manager", "Not yet discussed"]]),
        ("h2", "Reason for request"),
        ("p", "Attendance 61%; Kabir is a young carer for his mother (MS relapse) and his younger brothers."),
        ("h2", "Parental consent"),
        ("p", "I agree to this request for support. Signed: Mrs N Hussain, 14/12/2026."),
    ], author="Ayesha Khan")
    hs = outlook_headers(f, '"Khan, Ayesha" <Ayesha.Khan@towerhamlets.gov.uk>', mbox("tower_hamlets", "mash_step_up"),
                         "Step up request - Kabir Hussain", date)
    outlook_mail(f, hs, plain, [attachment("MARF - Kabir Hussain.docx", marf, DOCX)], out(f))
    label(f, "tower_hamlets", "mash_step_up", "2026-12-15T15:55:00+00:00", "step_up", False, "request_info",
          "Ordinary MAST step-up with the MARF and mum's consent, but the manager has not yet been asked "
          "(manager_agreed null, so missing).",
          case_ids=["1471185"], children=[("Kabir Hussain", "2012-08-19")], concerns=["school_attendance", "young_carer"],
          consent=True, missing=["manager_agreed"])


def th_09():
    f = "tower_hamlets_09.eml"
    date = "Wed, 13 Jan 2027 09:02:44 +0000"
    report = MIMEMultipart("report", boundary="B3C1F2A0.1768294964/mx.towerhamlets.gov.uk")
    report.set_param("report-type", "delivery-status")
    report.attach(text_part("""This is the mail system at host mx.towerhamlets.gov.uk.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<jo.brannigan@ropewalkprimary.towerhamlets.sch.uk>: host
    mail.ropewalkprimary.towerhamlets.sch.uk[198.51.100.90] said: 550 5.1.1
    User unknown (in reply to RCPT TO command)
""", "plain", "7bit", "us-ascii"))
    per_msg = Message()
    per_msg["Reporting-MTA"] = "dns; mx.towerhamlets.gov.uk"
    per_msg["Arrival-Date"] = date
    per_rcpt = Message()
    per_rcpt["Final-Recipient"] = "rfc822; jo.brannigan@ropewalkprimary.towerhamlets.sch.uk"
    per_rcpt["Action"] = "failed"
    per_rcpt["Status"] = "5.1.1"
    per_rcpt["Diagnostic-Code"] = "smtp; 550 5.1.1 User unknown"
    ds = Message()
    ds.set_type("message/delivery-status")
    ds.set_payload([per_msg, per_rcpt])
    del ds["MIME-Version"]
    report.attach(ds)
    hdrs = MIMENonMultipart("text", "rfc822-headers")
    hdrs.set_payload("From: MAST <MAST@towerhamlets.gov.uk>\nTo: jo.brannigan@ropewalkprimary.towerhamlets.sch.uk\n"
                     "Subject: [SB-tower_hamlets-58] MAST discussion - invitation\n"
                     "Message-ID: <SB-tower_hamlets-58.inv.20270113090100@towerhamlets.gov.uk>\n")
    report.attach(hdrs)
    hs = [("Return-Path", "<>"),
          ("Received", "by mx.towerhamlets.gov.uk (Postfix) id 4F2B31C0A2; " + date),
          ("Date", date),
          ("From", "MAILER-DAEMON@mx.towerhamlets.gov.uk (Mail Delivery System)"),
          ("Subject", "Undelivered Mail Returned to Sender"),
          ("To", "MAST@towerhamlets.gov.uk"),
          ("Message-Id", "<20270113090244.4F2B31C0A2@mx.towerhamlets.gov.uk>")]
    finish(report, hs, out(f))
    label(f, "tower_hamlets", "mash_step_up", "2027-01-13T09:10:00+00:00", "auto_reply", False, "ignore",
          "Ordinary Postfix bounce (multipart/report, empty Return-Path) for a stepbot invitation.")


# ============================================================================================
# TORBAY
# ============================================================================================

def torbay_01():
    f = "torbay_01.eml"
    date = "Thu, 07 Jan 2027 12:48:20 +0000"
    plain = """Thanks for the slot.

Update since I sent the request for the Widger children (LCS-2247710): mum rang me at 12:20 in a real state. Kieran (dad), whose abuse of mum is why the children were on a CIN plan, rang her this morning from his mother's in Paignton and said: "If you take them off me I'll kill them and then myself. I've got nothing left to lose." He knows which school Lily and Mason go to, and pick-up is 3.15. Mum is at work in Exeter until 5.

I'm trying to get hold of my TM.

Hannah

Hannah Yeo | Social Worker | Safeguarding and Supporting Families Team
Torbay Children's Services | 01632 960 377

From: Early Help <earlyhelp@torbay.gov.uk>
Sent: 06 January 2027 16:02
To: Yeo, Hannah <Hannah.Yeo@torbay.gov.uk>
Subject: [SB-torbay-88] Triage slot confirmed - Tuesday 12 January 09:30

Thank you. Your step-down request SB-torbay-88 (Widger) has a triage slot on Tuesday 12 January 2027 at 09:30 (Microsoft Teams). Please bring the Single Assessment.

Torbay Early Help (automated message)

""" + TORBAY_DISCLAIMER + "\n"
    hs = outlook_headers(f, '"Yeo, Hannah" <Hannah.Yeo@torbay.gov.uk>', mbox("torbay", "early_help_duty"),
                         "RE: [SB-torbay-88] Triage slot confirmed - Tuesday 12 January 09:30", date,
                         in_reply_to="<SB-torbay-88.slot.20270106160200@torbay.gov.uk>",
                         extra=[("Precedence", "bulk")])
    outlook_mail(f, hs, plain, [], out(f))
    label(f, "torbay", "early_help_duty", "2027-01-07T12:55:00+00:00", "follow_up", True, "alert_duty",
          "A reply that carries 'Precedence: bulk' (looks automatic) but is a social worker reporting that the "
          "children's father threatened this morning to kill them, and knows their school with pick-up at 3.15: "
          "urgent, so alert_duty overrides attach_to_request.",
          case_ids=["LCS-2247710"], children=[("Lily Widger", None), ("Mason Widger", None)],
          concerns=["domestic_abuse"])


def torbay_02():
    f = "torbay_02.eml"
    date = "Tue, 01 Dec 2026 13:10:44 +0000"
    plain = """Hi Early Help,

Please could I have a triage slot for the Rowe children, whom I'm stepping down from the Single Assessment Team to a level 3 Early Help response.

Evie Rowe - DOB 14/02/2022
Jack Rowe - DOB 30/05/2025
LCS ref: LCS-2244120

The Single Assessment (attached) concluded NFA at level 4. My Team Manager, Sarah Lock, has recorded her manager's analysis confirming the threshold is met for level 3 intervention. Mum signed consent for level 3 Early Help on 27/11/2026.

The worries are mum's isolation and low mood after the domestic abuse by the children's father, and routines at home. Dad moved to Plymouth in September and has kept to his bail conditions; neither child has seen him since August. If he were to come back to Torquay or contact mum, she knows to call 999 and tell the nursery, and the nursery has a copy of the bail conditions and his photo.

Both children are under 5, so I understand this will go to the under-5s triage.

Thanks,
Ben

Ben Tozer | Social Worker | Single Assessment Team
Torbay Children's Services | 01632 960 391

""" + TORBAY_DISCLAIMER + "\n"
    sa = make_pdf([
        "Single Assessment - Rowe children", "", "LCS ref  LCS-2244120",
        "Children  Evie Rowe (14/02/2022), Jack Rowe (30/05/2025)", "Completed  26/11/2026  by Ben Tozer", "",
        "Analysis: domestic abuse by father ended with his move to Plymouth (September 2026); he has complied with "
        "bail. Mother isolated with low mood; GP aware.",
        "Outcome: NFA at level 4; step down to level 3 Early Help."], "Single Assessment - Rowe")
    hs = outlook_headers(f, '"Tozer, Ben" <Ben.Tozer@torbay.gov.uk>', mbox("torbay", "early_help_duty"),
                         "Triage slot request \u2013 step down \u2013 Rowe (LCS-2244120)", date)
    outlook_mail(f, hs, plain, [attachment("Single Assessment - Rowe - Nov 2026.pdf", sa, PDF)], out(f))
    label(f, "torbay", "early_help_duty", "2026-12-01T13:15:00+00:00", "step_down", False, "book_meeting",
          "Near-miss (hypothetical): 'If he were to come back ... she knows to call 999' is a contingency; dad is in "
          "Plymouth and bail-compliant. Complete level 3 step-down (Single Assessment, manager's analysis, consent), "
          "under-5s triage.",
          level=3, case_ids=["LCS-2244120"], children=[("Evie Rowe", "2022-02-14"), ("Jack Rowe", "2025-05-30")],
          concerns=["domestic_abuse", "parental_mental_health"], consent=True, manager_agreed=True, missing=[])


def torbay_03():
    f = "torbay_03.eml"
    date = "Mon, 18 Jan 2027 11:22:37 +0000"
    plain = """Good morning,

I'm the paediatric liaison nurse at Bayside General Hospital. The MASH phone line is engaged and the admin team gave me this address.

Freddie Lee-Pascoe, DOB 14/10/2026 (13 weeks), 7 Barton Close, Torquay.

Brought to the Children's ED at 09:10 by mum, Kayleigh Lee, with "not feeding". On examination by the ED registrar: torn upper frenulum, a 1cm bruise to the left pinna and petechial bruising behind the left ear. Freddie is not yet rolling. Mum's explanation is that his 2-year-old sister hit him with a toy. Mum's partner (not Freddie's father) was the only adult at home overnight. The consultant has documented "NAI query" and has requested a skeletal survey and bloods.

At 11:05 mum said she is taking Freddie home and asked for his clothes. We have immediate safeguarding concerns and no legal basis to keep him. We cannot find the family on our system as known to social care or Early Help.

Please could a social worker call the Children's ED on 01632 960833 as soon as possible.

Tanya Coombes
Paediatric Liaison Nurse | Bayside General Hospital
Tel: 01632 960834

""" + NHS_DISCLAIMER + "\n"
    hs = outlook_headers(f, '"COOMBES, Tanya (BAYSIDE GENERAL HOSPITAL NHS TRUST)" <tanya.coombes@nhs.net>',
                         mbox("torbay", "mash_step_up"), "Freddie Lee-Pascoe DOB 14/10/2026 - ED this morning", date)
    outlook_mail(f, hs, plain, [], out(f))
    label(f, "torbay", "mash_step_up", "2027-01-18T11:30:00+00:00", "other", True, "alert_duty",
          "A paediatric liaison nurse's referral (not a step request, family unknown to Early Help, so kind other): "
          "a 13-week-old with a torn frenulum and ear bruising, NAI query, mother removing him now.",
          children=[("Freddie Lee-Pascoe", "2026-10-14")], concerns=["physical_harm"])


def torbay_04():
    f = "torbay_04.eml"
    date = "Thu, 10 Dec 2026 09:41:03 +0000"
    plain = """Hi Early Help,

Triage slot request please - step down of Isla Mudge (DOB 18/06/2024), LCS-2250336, from the Single Assessment Team to level 3 Early Help.

Following the nursery referral on 19 November about bruises to both shins and a small bruise on her forearm, Isla had a child protection medical on 20 November with Dr Anita Rao, consultant community paediatrician. Dr Rao's conclusion: the bruising is consistent with normal play in a mobile, very active toddler, with no patterned or unusual bruising; bloods normal; no concerns of non-accidental injury. The strategy discussion agreed the s47 enquiry should close and the Single Assessment (attached) concluded NFA at level 4.

The remaining needs are mum's anxiety and support with Isla's sleep and behaviour. Manager's analysis recorded by my TM, Clive Berry, confirming the threshold is met for level 3. Mum gave her consent for level 3 Early Help on 7 December.

As Isla is 2, please book the under-5s triage.

Thanks
Zoe

Zoe Harvey | Social Worker | Single Assessment Team
Torbay Children's Services | 01632 960 318

""" + TORBAY_DISCLAIMER + "\n"
    sa = make_pdf([
        "Single Assessment - Isla Mudge", "", "LCS ref  LCS-2250336", "DOB  18/06/2024", "Completed  08/12/2026", "",
        "Child protection medical 20/11/2026 (Dr A Rao): bruising consistent with normal toddler play; no concerns "
        "of non-accidental injury.",
        "Needs: mother's anxiety; sleep and behaviour routines.", "Outcome: NFA at level 4; step down to level 3."],
        "Single Assessment - Mudge")
    hs = outlook_headers(f, '"Harvey, Zoe" <Zoe.Harvey@torbay.gov.uk>', mbox("torbay", "early_help_duty"),
                         "Step down triage request - Isla Mudge (LCS-2250336)", date)
    outlook_mail(f, hs, plain, [attachment("Single Assessment - I Mudge.pdf", sa, PDF)], out(f))
    label(f, "torbay", "early_help_duty", "2026-12-10T09:50:00+00:00", "step_down", False, "book_meeting",
          "Near-miss (injury checked by a paediatrician): the shin and forearm bruising was assessed at a child "
          "protection medical as normal toddler play, s47 closed. Complete level 3 step-down, under-5s triage.",
          level=3, case_ids=["LCS-2250336"], children=[("Isla Mudge", "2024-06-18")],
          concerns=["parental_mental_health"], consent=True, manager_agreed=True, missing=[])


def torbay_05():
    f = "torbay_05.eml"
    date = "Wed, 02 Dec 2026 16:02:15 +0000"
    plain = """Hi MASH,

I'm making a contact to MASH for Callum Stoneman (DOB 03/09/2012, EHM-738820), open to me at level 3.

Callum's school attendance has fallen to 52% this term. He is caring for his mum, who has MS, and his little sister most days, and school say he is falling asleep in lessons. Mum agrees to the contact to MASH and wants more help at home.

I haven't had a chance to discuss this with my TM yet - I'll talk to her at supervision tomorrow and confirm.

Thanks
Lucy

Lucy Widdowson | Early Help Practitioner | Torbay Early Help
01632 960 352

""" + TORBAY_DISCLAIMER + "\n"
    alt = MIMEMultipart("alternative", boundary=gmail_boundary(f))
    alt.attach(text_part(plain, "plain", "qp", "UTF-8"))
    alt.attach(text_part(gmail_html(plain), "html", "qp", "UTF-8"))
    hs = [("MIME-Version", "1.0"),
          ("From", "Lucy Widdowson <lucy.widdowson@torbay.gov.uk>"),
          ("Date", date),
          ("Message-ID", "<CAF%s@mail.gmail.com>" % _hex(f, 28)),
          ("Subject", "Contact to MASH - Callum Stoneman EHM-738820"),
          ("To", mbox("torbay", "mash_step_up"))]
    finish(alt, hs, out(f))
    label(f, "torbay", "mash_step_up", "2026-12-02T16:10:00+00:00", "step_up", False, "request_info",
          "Ordinary Torbay step-up (contact to MASH) with mum's consent, but the team manager has not yet been asked "
          "(manager_agreed null, missing).",
          case_ids=["EHM-738820"], children=[("Callum Stoneman", "2012-09-03")],
          concerns=["school_attendance", "young_carer"], consent=True, missing=["manager_agreed"])


def torbay_06():
    f = "torbay_06.eml"
    date = "Tue, 15 Dec 2026 06:30:12 +0000"
    plain = """DEVON & CORNWALL POLICE
Public Protection Notification (Child) - FOR INFORMATION
This is an automated message. Replies to this address are not monitored.

PPN reference: DC-PPN-2026-118734
Incident date/time: 14/12/2026 22:40
Location: Torquay
Incident type: Domestic incident - verbal argument

Children
Poppy Carne   DOB 02/02/2015
Jake Carne    DOB 19/09/2018

Summary
Police attended following a call from a neighbour reporting raised voices. Verbal argument between Ms Jodie Carne and Mr Aaron Carne about money. No assault disclosed or seen, no injuries, no weapons. Both children were asleep upstairs; officers checked on them and they were safe and well. Mr Carne left voluntarily to stay at his mother's address in Brixham for the night. DASH completed: STANDARD.

Police action: No further action. Information shared with Early Help as the family is open at level 3.

Devon & Cornwall Police | Public Protection Unit
"""
    part = text_part(plain, "plain", "qp")
    hs = [("Received", "from ppn-notify.dc.police.uk (ppn-notify.dc.police.uk [203.0.113.18]) by\n "
                       "mx.torbay.gov.uk with ESMTPS; " + date),
          ("From", "Devon & Cornwall Police PPN <no-reply@ppn-notify.dc.police.uk>"),
          ("To", mbox("torbay", "early_help_duty")),
          ("Subject", "PPN (Child) DC-PPN-2026-118734 - for information"),
          ("Date", date),
          ("Message-ID", "<dcppn.%s@ppn-notify.dc.police.uk>" % _hex(f, 20).lower()),
          ("Auto-Submitted", "auto-generated")]
    finish(part, hs, out(f))
    label(f, "torbay", "early_help_duty", "2026-12-15T06:35:00+00:00", "auto_reply", False, "ignore",
          "Near-miss (resolved, automatic): a police PPN portal notice (no-reply@, Auto-Submitted: auto-generated) of "
          "a verbal domestic argument last night - no assault, children asleep and safe, father left, DASH standard, "
          "NFA.",
          children=[("Poppy Carne", "2015-02-02"), ("Jake Carne", "2018-09-19")], concerns=["domestic_abuse"])


def torbay_07():
    f = "torbay_07.eml"
    date = "Fri, 08 Jan 2027 10:16:40 +0000"
    plain = """Morning MASH,

Alfie Gosling (DOB 06/05/2024, EHM-741266) is open to me at level 3 for support with routines and mum's low mood.

Nursery rang at 09:40. At nappy change they found a round, 8mm, crusted mark on the inside of Alfie's left forearm. The nursery manager thinks it could be a cigarette burn; his key worker thinks it may be impetigo, as he had some on his chin before Christmas. Mum told them it was "eczema" when she dropped him off. Mum's new partner, Shane, who we know very little about, has been staying over since New Year and smokes. Mum can't get a GP appointment until next Thursday. Alfie is being collected at 12.30 today.

I honestly don't know whether this is something or nothing, so I'm passing it on rather than sitting on it. My TM is on leave and I haven't spoken to mum about a contact to MASH.

Rosie

Rosie Kelland | Early Help Practitioner | Torbay Early Help
01632 960 366

""" + TORBAY_DISCLAIMER + "\n"
    hs = outlook_headers(f, '"Kelland, Rosie" <Rosie.Kelland@torbay.gov.uk>', mbox("torbay", "mash_step_up"),
                         "Alfie Gosling - mark on arm - not sure", date)
    outlook_mail(f, hs, plain, [], out(f))
    label(f, "torbay", "mash_step_up", "2027-01-08T10:25:00+00:00", "step_up", True, "alert_duty",
          "Genuinely unsure: a round crusted mark on a 2-year-old that the nursery manager thinks is a cigarette burn "
          "(or impetigo), an unknown smoking partner in the home, collection at 12.30 today, the sender herself "
          "unsure - so the system must alert. Contact to MASH without consent or manager agreement.",
          case_ids=["EHM-741266"], children=[("Alfie Gosling", "2024-05-06")],
          concerns=["parental_mental_health", "physical_harm"], missing=["consent", "manager_agreed"])


def torbay_08():
    f = "torbay_08.eml"
    date = "Fri, 11 Dec 2026 15:20:11 +0000"
    comment = ("Sorry, I'm running a baby clinic that morning. My written health update has gone to the social "
               "worker, who will share it at triage.")
    cal = ical([
        "BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        "BEGIN:VEVENT",
        'ATTENDEE;PARTSTAT=DECLINED;CN="Endacott, Sally":mailto:sally.endacott@nhs.net',
        "COMMENT;LANGUAGE=en-GB:" + ical_escape(comment),
        "SUMMARY;LANGUAGE=en-GB:Declined: Under-5s triage - Mudge [SB-torbay-92]",
        "DTSTART:20261222T113000Z", "DTEND:20261222T120000Z",
        "UID:SB-torbay-92-triage-20261222@stepbot.torbay.gov.uk",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261211T152009Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=en-GB:Microsoft Teams",
        "END:VEVENT", "END:VCALENDAR"])
    plain = comment + "\n\nSally Endacott\nHealth Visitor | Torbay 0-19 Service\n"
    alt = MIMEMultipart("alternative", boundary=outlook_boundary(f, "000"))
    alt.attach(text_part(plain, "plain", "qp"))
    alt.attach(text_part(outlook_html(plain), "html", "qp"))
    alt.attach(calendar_part(cal, "REPLY", "b64"))
    hs = outlook_headers(f, '"Endacott, Sally" <sally.endacott@nhs.net>', mbox("torbay", "early_help_duty"),
                         "Declined: Under-5s triage - Mudge [SB-torbay-92]", date,
                         extra=[("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    finish(alt, hs, out(f), "\r\n")
    label(f, "torbay", "early_help_duty", "2026-12-11T15:25:00+00:00", "meeting_reply", False, "record_reply",
          "Ordinary Outlook iTIP REPLY, PARTSTAT=DECLINED, whose comment is only about a clinic clash.")


def torbay_09():
    f = "torbay_09.eml"
    date = "Mon, 25 Jan 2027 12:03:50 +0000"
    plain = """Hi,

Please can I have a triage slot for Kacey Prowse (DOB 09/12/2012, LCS-2253108), stepping down from the Safeguarding and Supporting Families team to level 3 Early Help.

Kacey's CIN plan has ended; the remaining worries are her attendance (82%) and her relationship with mum. Mum has given consent for level 3 Early Help (signed 20/01/2027).

The Single Assessment update is being signed off and I'll send it this week. I'll also get my TM's analysis recorded before triage.

Thanks
Jason

Jason Rendle | Social Worker | Safeguarding and Supporting Families Team
Torbay Children's Services | 01632 960 344

""" + TORBAY_DISCLAIMER + "\n"
    hs = outlook_headers(f, '"Rendle, Jason" <Jason.Rendle@torbay.gov.uk>', mbox("torbay", "early_help_duty"),
                         "Triage slot - step down - Kacey Prowse LCS-2253108", date)
    outlook_mail(f, hs, plain, [], out(f))
    label(f, "torbay", "early_help_duty", "2027-01-25T12:10:00+00:00", "step_down", False, "request_info",
          "Ordinary level 3 step-down with consent, but the Single Assessment is still to come and the team manager's "
          "analysis is not yet recorded.",
          level=3, case_ids=["LCS-2253108"], children=[("Kacey Prowse", "2012-12-09")],
          concerns=["school_attendance"], consent=True, missing=["assessment", "manager_agreed"])


# ============================================================================================
# HEREFORDSHIRE
# ============================================================================================

def hf_01():
    f = "herefordshire_01.eml"
    date = "Fri, 15 Jan 2027 10:52:14 +0000"
    plain = """Hello,

Please find attached the Early Help Assessment step-down plan, the signed consent form and the updated chronology for Ellie Price (DOB 03/03/2019, Mosaic 618820) and Josh Price (DOB 27/11/2021, Mosaic 618821) - sibling group step.

Key person: Mrs Diane Hughes, Family Support Worker, Ledbury Family Hub. She has been consulted and is happy to lead.

The family's remaining needs are at Level 3 (intensive).

Kind regards,
Bronwen

Bronwen Lilwall
Social Worker, Children's Social Care (Ledbury and Ross locality)
Herefordshire Council | Tel: 01632 960 544

""" + HEREFORD_DISCLAIMER + "\n"
    plan = eha_step_down_plan(
        [["Ellie Price", "03/03/2019"], ["Josh Price", "27/11/2021"]],
        "Ellie's school attendance (88%); morning routines.",
        "Ellie's school attendance (88%); getting both children up and out on time.",
        "Mum is warm with the children; maternal grandmother helps twice a week.",
        "Mum works shifts in Worcester.",
        [["Attendance plan - school / Diane Hughes", "Attendance above 95%", "By Easter 2027"],
         ["Morning routine chart - mum / Diane Hughes", "Children in school by 8.50", "6 weeks"]],
        "Mrs Diane Hughes, Family Support Worker, Ledbury Family Hub")
    consent = consent_pdf("Ellie Price, Josh Price", "Ms L Price", "12/01/2027", "Bronwen Lilwall")
    chron = make_pdf([
        "Chronology - Ellie and Josh Price (Mosaic 618820 / 618821)", "",
        "09/09/2025  School referral: Ellie's attendance 74%, often late. C&F assessment opened.",
        "30/10/2025  C&F assessment concluded: Child in Need plan (attendance, routines).",
        "14/04/2026  CIN review: attendance 85%, routines improving.",
        "10/11/2026  CIN review: agreed to plan a step down to Early Help.",
        "12/01/2027  Home visit: mum signed consent to step down; key person agreed.",
        "15/01/2027 09:35  Call from school nurse (Lucy Barnes): at breakfast club Ellie said \"Craig put his hands "
        "round my neck last night and squeezed till I couldn't breathe\". School nurse saw small red pinpoint spots "
        "(petechiae) around both eyes and a red mark on the left side of Ellie's neck. Craig Bowen (mum's partner) "
        "is collecting both children from school at 15:15 today. Mum at work in Worcester until 18:00. Entry added "
        "by duty admin; SW informed by voicemail.",
    ], "Chronology - Price")
    hs = outlook_headers(f, '"Lilwall, Bronwen" <Bronwen.Lilwall@herefordshire.gov.uk>', mbox("herefordshire", "early_help_duty"),
                         "Step down (Level 3) \u2013 Price siblings \u2013 Mosaic 618820 / 618821", date)
    outlook_mail(f, hs, plain, [attachment("EHA step down plan - Price.docx", plan, DOCX),
                                attachment("Signed consent - Price.pdf", consent, PDF),
                                attachment("Chronology - Price children.pdf", chron, PDF)], out(f))
    label(f, "herefordshire", "early_help_duty", "2027-01-15T11:00:00+00:00", "step_down", True, "alert_duty",
          "The risk is only in the attached chronology PDF's latest entry (today): a 7-year-old says mum's partner "
          "squeezed her neck till she couldn't breathe, with petechiae around both eyes, and he collects both children "
          "at 15:15. The step-down itself is complete (plan, signed consent, key person).",
          level=3, case_ids=["618820", "618821"], children=[("Ellie Price", "2019-03-03"), ("Josh Price", "2021-11-27")],
          concerns=["physical_harm", "school_attendance"], consent=True, missing=[])


def hf_02():
    f = "herefordshire_02.eml"
    date = "Tue, 08 Dec 2026 11:37:09 +0000"
    plain = """Hello Early Help Co-ordinators,

Following Tuesday's drop-in, attached are the EHA step-down plan and mum's signed consent for Ollie Preece (DOB 30/11/2019, Mosaic 616034). The family's needs are now at Level 3.

Key person: Mrs Ffion Davies, SENCo, Bodenham Brook Primary School, who has agreed to lead.

Background from the chronology (all historic):
- March 2023: Ollie, then 3, was found by police walking alone on the A49 at 06:00 in his pyjamas; he was taken into police protection for a few hours and returned to mum once she was found; s47 enquiry.
- 2024: child protection plan (neglect) linked to mum's alcohol use.
- June 2026: CP plan ended. Mum has been abstinent for 18 months (confirmed by the alcohol service) and there have been no incidents since.

The current needs are Ollie's speech and language delay (he has SEN support at school) and mum's confidence with routines.

Thanks
Rhys

Rhys Watkins
Social Worker, Children's Social Care (Hereford locality)
Herefordshire Council | Tel: 01632 960 529

""" + HEREFORD_DISCLAIMER + "\n"
    plan = eha_step_down_plan(
        [["Ollie Preece", "30/11/2019"]],
        "Speech and language delay (SEN support); routines.",
        "Ollie's speech and language delay; mum's confidence with routines.",
        "Mum abstinent for 18 months; warm relationship; good attendance.",
        "Historic neglect and alcohol use (CP plan ended June 2026).",
        [["SALT programme at school - SENCo", "Ollie's speech improves", "Review March 2027"],
         ["Parenting group - mum", "Mum confident with routines", "12 weeks"]],
        "Mrs Ffion Davies, SENCo, Bodenham Brook Primary School")
    consent = consent_pdf("Ollie Preece", "Ms A Preece", "04/12/2026", "Rhys Watkins")
    hs = outlook_headers(f, '"Watkins, Rhys" <Rhys.Watkins@herefordshire.gov.uk>',
                         mbox("herefordshire", "early_help_duty"), "Step down plan - Ollie Preece - Mosaic 616034", date)
    outlook_mail(f, hs, plain, [attachment("EHA step down plan - Ollie Preece.docx", plan, DOCX),
                                attachment("Signed consent - Preece.pdf", consent, PDF)], out(f))
    label(f, "herefordshire", "early_help_duty", "2026-12-08T11:45:00+00:00", "step_down", False, "book_meeting",
          "Near-miss (historic chronology): a toddler found alone on a road in 2023, police protection and a 2024 CP "
          "plan are all past, with no incidents since. Complete step-down (plan, signed consent, key person).",
          level=3, case_ids=["616034"], children=[("Ollie Preece", "2019-11-30")], concerns=["disability_send"],
          consent=True, missing=[])


def hf_03():
    f = "herefordshire_03.eml"
    date = "Wed, 13 Jan 2027 15:08:26 +0000"
    plain = """Hello,

I am a Probation Officer in the Hereford team. I couldn't get through on the MASH number, so I am sending this to the address on the council website.

I supervise Darren Collcutt (DOB 12/05/1988), who is on licence after a 2022 conviction for sexual offences against a 9-year-old girl. His licence conditions prohibit unsupervised contact with any child under 16 and require him to live at an approved address.

At an unannounced home visit at 13:30 today I found that since before Christmas he has been living with his new partner, Ms Kerry Bright, and her daughters Jessica Bright (8) and Mia Bright (5) at 12 Tanyard Lane, Bromyard. Ms Bright works evening shifts (17:00 to 23:00) and told me Mr Collcutt looks after the girls on his own after school. She did not know about his convictions. She is at work tonight.

I have started recall proceedings, but the police have not yet located him. In my view both girls are at immediate risk of sexual harm tonight.

Please can someone call me on 07700 900614.

Graham Fenton
Probation Officer | The Probation Service, Hereford
"""
    part = text_part(plain, "plain", "b64")
    hs = [("Received", "from EX-PROB-HUB02.justice.gov.uk (198.51.100.140) by mx.herefordshire.gov.uk with ESMTPS;\n " + date),
          ("From", "\"Fenton, Graham\" <graham.fenton@justice.gov.uk>"),
          ("To", "earlyhelpcoordinators@herefordshire.gov.uk"),
          ("Subject", "Mr Darren Collcutt - living with children - please call"),
          ("Date", date),
          ("Message-ID", "<%s@justice.gov.uk>" % _hex(f, 30)),
          ("Content-Language", "en-GB")]
    finish(part, hs, out(f))
    label(f, "herefordshire", "early_help_duty", "2027-01-13T15:15:00+00:00", "other", True, "alert_duty",
          "Probation writing to the wrong inbox (base64 body): a registered sex offender, unlocated, is caring alone "
          "for two young girls every evening and tonight. Not a step request, so kind other.",
          children=[("Jessica Bright", None), ("Mia Bright", None)], concerns=["sexual_harm"])


def hf_04():
    f = "herefordshire_04.eml"
    date = "Mon, 11 Jan 2027 08:00:00 +0000"
    plain = """HEREFORDSHIRE SAFEGUARDING CHILDREN PARTNERSHIP - PRACTICE ALERT
Bruising in babies who are not yet mobile

Learning from a local child safeguarding practice review ("Baby J", 2025)
A 10-week-old baby was seen by three different professionals over a fortnight with a small bruise to the cheek and, later, a torn frenulum. Each accepted the explanation given ("the older child hit him with a toy", "caught it on the bottle"). The baby was later admitted with a skull fracture and rib fractures. The review found that no one made a same-day referral to the MASH.

What every practitioner must do
- Treat ANY bruise, burn or mouth injury in a baby who is not yet mobile as a possible sign of abuse.
- Remember TEN-4-FACESp: Torso, Ears, Neck; Frenulum, Angle of jaw, Cheek, Eyelid, Sclera; Patterned bruising.
- Phone the MASH the same day on 01632 960587 and arrange a paediatric assessment. Do not email, and do not wait for a meeting.
- Record exactly what you saw and what you were told, with a body map.

Briefing sessions
Tuesday 26 January 2027, 12.30-1.30pm (Teams) and Thursday 4 February 2027, 9.30-10.30am (Kingfisher House, Hereford).

You are receiving this because you are on the HSCP practitioner mailing list.
Unsubscribe: https://www.herefordshirescp.org.uk/lists/unsubscribe?id=77a1
"""
    alt = MIMEMultipart("alternative", boundary="----=_NextPart_HSCP_" + _hex(f, 16))
    alt.attach(text_part(plain, "plain", "qp"))
    alt.attach(text_part("<html><body>" + gmail_html(plain) + "</body></html>\n", "html", "qp"))
    hs = [("Received", "from lists.herefordshirescp.org.uk (lists.herefordshirescp.org.uk [198.51.100.55])\n by "
                       "mx.herefordshire.gov.uk with ESMTPS; " + date),
          ("From", "HSCP <practice-alerts@herefordshirescp.org.uk>"),
          ("To", "HSCP practitioners <practitioners@lists.herefordshirescp.org.uk>"),
          ("Subject", "Practice alert: bruising in babies who are not yet mobile"),
          ("Date", date),
          ("Message-ID", "<hscp.%s@lists.herefordshirescp.org.uk>" % _hex(f, 16).lower()),
          ("Precedence", "bulk"),
          ("List-Id", "HSCP practitioners <practitioners.lists.herefordshirescp.org.uk>"),
          ("List-Unsubscribe", "<https://www.herefordshirescp.org.uk/lists/unsubscribe?id=77a1>"),
          ("Delivered-To", "earlyhelpcoordinators@herefordshire.gov.uk")]
    finish(alt, hs, out(f))
    label(f, "herefordshire", "early_help_duty", "2027-01-11T08:05:00+00:00", "other", False, "human_review",
          "Near-miss (bulletin): a partnership practice alert built on an anonymised past review ('Baby J', 2025) and "
          "listing frenulum, cheek and patterned bruising; no real, identifiable child now; concerns empty.")


def hf_05():
    f = "herefordshire_05.eml"
    date = "Thu, 03 Dec 2026 09:22:48 +0000"
    plain = """Morning,

Signed consent form for Harri and Cerys Jones attached - mum signed it at yesterday's visit.

Thanks
Nia

Nia Probert
Social Worker, Children's Social Care (Leominster locality)
Herefordshire Council

> On 1 Dec 2026, at 14:10, Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:
>
> Thank you for your step-down request. Your reference is SB-herefordshire-22 - please keep it in the subject line of any reply.
>
> What is missing:
> - the family's signed consent form
>
> Herefordshire Early Help Co-ordinator team (automated message)
"""
    consent = consent_pdf("Harri Jones, Cerys Jones", "Mrs E Jones", "02/12/2026", "Nia Probert")
    msg = MIMEMultipart("mixed", boundary=apple_boundary(f))
    msg.attach(text_part(plain, "plain", "qp"))
    msg.attach(attachment("Signed consent - Jones.pdf", consent, PDF))
    hs = [("From", "Nia Probert <nia.probert@herefordshire.gov.uk>"),
          ("Content-Transfer-Encoding", "7bit"),
          ("Subject", "Re: [SB-herefordshire-22] Step-down request received - information needed"),
          ("Date", date),
          ("Message-Id", "<%s@herefordshire.gov.uk>" % _hex(f, 24)),
          ("In-Reply-To", "<SB-herefordshire-22.ack.20261201141000@herefordshire.gov.uk>"),
          ("References", "<SB-herefordshire-22.ack.20261201141000@herefordshire.gov.uk>"),
          ("To", mbox("herefordshire", "early_help_duty")),
          ("X-Mailer", "Apple Mail (2.3826.300.87)")]
    finish(msg, hs, out(f))
    label(f, "herefordshire", "early_help_duty", "2026-12-03T09:30:00+00:00", "follow_up", False,
          "attach_to_request",
          "Ordinary Apple Mail follow-up to SB-herefordshire-22 adding the signed consent form.",
          children=[("Harri Jones", None), ("Cerys Jones", None)], consent=True)


def hf_06():
    f = "herefordshire_06.eml"
    date = "Tue, 19 Jan 2027 09:14:33 +0000"
    plain = """Hi MASH,

I'm the Early Help lead practitioner for Kayla Bishop (DOB 08/08/2013, Mosaic 620457), open to us since October for school attendance and because we think she is being groomed by older males - a 22-year-old "boyfriend", gifts and vapes she can't pay for. My manager, Anna Jenkins, has agreed that we need to ask for a step up to social care.

This morning mum rang me at 08:45: Kayla didn't come home last night and her phone has been off since 23:00. At 08:10 a teaching assistant from her school saw her getting into a grey car with two adult men outside the Co-op on Wyebridge Parade. She hasn't arrived at school. Mum has reported her missing to the police.

Bethan

Bethan Morris
Early Help Lead Practitioner | Hereford City Family Hub
Herefordshire Council | 01632 960 561

""" + HEREFORD_DISCLAIMER + "\n"
    hs = outlook_headers(f, '"Morris, Bethan" <Bethan.Morris@herefordshire.gov.uk>', mbox("herefordshire", "mash_step_up"),
                         "Kayla Bishop - step up to social care", date)
    outlook_mail(f, hs, plain, [], out(f))
    label(f, "herefordshire", "mash_step_up", "2027-01-19T09:20:00+00:00", "step_up", True, "alert_duty",
          "A 13-year-old being groomed is missing now, last seen getting into a car with two adult men this morning. "
          "Herefordshire defines no step_up (missing [] and notice null), but urgent comes first: alert_duty.",
          case_ids=["620457"], children=[("Kayla Bishop", "2013-08-08")],
          concerns=["exploitation", "missing", "school_attendance"], manager_agreed=True)


def hf_07():
    f = "herefordshire_07.eml"
    date = "Fri, 11 Dec 2026 16:45:10 +0000"
    plain = """Hi,

URGENT please - today is the two-week deadline from the assessment decision, so I need this with you before I go home.

Step-down plan attached for Seren Morgan-Davies (DOB 22/02/2016) and Tomos Morgan-Davies (DOB 14/09/2019), Mosaic 617342 / 617343. Level 3.

Mum gave her consent to the step down on the phone this afternoon; she will sign the written form on Monday and I'll send it straight over.

Key person: Mr Owen Parry, Family Support Worker, Leominster Family Hub - agreed.

The remaining needs are mum's depression and Seren's attendance (87%).

Thanks and sorry for the rush,
Carwyn

Carwyn Jenkins
Social Worker, Children's Social Care (Leominster locality)
Herefordshire Council | Tel: 01632 960 533

""" + HEREFORD_DISCLAIMER + "\n"
    plan = eha_step_down_plan(
        [["Seren Morgan-Davies", "22/02/2016"], ["Tomos Morgan-Davies", "14/09/2019"]],
        "Mum's depression; Seren's attendance (87%).",
        "Mum's depression; Seren's attendance (87%).",
        "Mum is engaging with her GP; the children are close to their grandparents.",
        "Dad works away.",
        [["Attendance plan - school / Owen Parry", "Attendance above 95%", "By Easter 2027"],
         ["Talking Therapies - mum", "Mum's mood improves", "12 weeks"]],
        "Mr Owen Parry, Family Support Worker, Leominster Family Hub")
    hs = outlook_headers(f, '"Jenkins, Carwyn" <Carwyn.Jenkins@herefordshire.gov.uk>',
                         mbox("herefordshire", "early_help_duty"),
                         "URGENT - step-down plan - Morgan-Davies children - 2 week deadline today", date,
                         extra=[("Importance", "high"), ("X-Priority", "1")])
    outlook_mail(f, hs, plain, [attachment("EHA step down plan - Morgan-Davies.docx", plan, DOCX)], out(f))
    label(f, "herefordshire", "early_help_duty", "2026-12-11T16:50:00+00:00", "step_down", False, "request_info",
          "Near-miss ('URGENT' about paperwork): the urgency is the two-week deadline for the plan. Verbal consent "
          "only, so consent true but the written consent form is missing.",
          level=3, case_ids=["617342", "617343"],
          children=[("Seren Morgan-Davies", "2016-02-22"), ("Tomos Morgan-Davies", "2019-09-14")],
          concerns=["parental_mental_health", "school_attendance"], consent=True, missing=["consent_form"])


def hf_08():
    f = "herefordshire_08.eml"
    date = "Mon, 07 Dec 2026 10:12:40 +0000"
    cal = ical([
        "BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        "BEGIN:VEVENT",
        'ATTENDEE;PARTSTAT=ACCEPTED;CN="Watkins, Rhys":mailto:Rhys.Watkins@herefordshire.gov.uk',
        "SUMMARY;LANGUAGE=en-GB:Accepted: Step-down drop-in [SB-herefordshire-29]",
        "DTSTART:20261208T100000Z", "DTEND:20261208T103000Z",
        "UID:SB-herefordshire-29-dropin-20261208@stepbot.herefordshire.gov.uk",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261207T101238Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=en-GB:Microsoft Teams",
        "END:VEVENT", "END:VCALENDAR"])
    alt = MIMEMultipart("alternative", boundary=outlook_boundary(f, "000"))
    alt.attach(text_part("\n", "plain", "qp"))
    alt.attach(text_part(outlook_html(""), "html", "qp"))
    alt.attach(calendar_part(cal, "REPLY", "b64"))
    hs = outlook_headers(f, '"Watkins, Rhys" <Rhys.Watkins@herefordshire.gov.uk>',
                         mbox("herefordshire", "early_help_duty"),
                         "Accepted: Step-down drop-in [SB-herefordshire-29]", date,
                         extra=[("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    finish(alt, hs, out(f), "\r\n")
    label(f, "herefordshire", "early_help_duty", "2026-12-07T10:20:00+00:00", "meeting_reply", False, "record_reply",
          "Ordinary Outlook iTIP REPLY, PARTSTAT=ACCEPTED, empty body.")


def hf_09():
    f = "herefordshire_09.eml"
    date = "Wed, 20 Jan 2027 13:55:02 +0000"
    plain = """Hello,

EHA step-down plan and signed consent attached for Harrison Mapp (DOB 26/10/2026), Mosaic 621905. Level 3.

Harrison has been on a Child in Need plan since birth because mum's two older children were removed from her care in 2021 (historic; different partner). The pre-birth and CIN assessments found that mum has made sustained changes.

Health visitor updates at the 6-8 week review (21/12/2026) and again on 18/01/2027: full skin check, no bruising, marks or injuries; frenulum intact; weight gain good on the 50th centile; mum responsive to his cues. No concerns from the midwife or GP.

The remaining need is mum's anxiety, which her GP is treating.

Key person: Lisa Gwynne, Health Visitor, Herefordshire 0-19 Service, who has agreed to lead.

Sian

Sian Powell
Social Worker, Children's Social Care (Kington locality)
Herefordshire Council | Tel: 01632 960 518

""" + HEREFORD_DISCLAIMER + "\n"
    plan = eha_step_down_plan(
        [["Harrison Mapp", "26/10/2026"]],
        "Mum's anxiety.", "Mum's anxiety.",
        "Good bonding; sustained change since 2021; HV contact weekly.",
        "Mum's history (older children removed 2021).",
        [["HV contacts fortnightly - Lisa Gwynne", "Harrison's development on track", "Ongoing"],
         ["GP anxiety review - mum", "Mum feels calmer", "8 weeks"]],
        "Lisa Gwynne, Health Visitor, Herefordshire 0-19 Service")
    consent = consent_pdf("Harrison Mapp", "Ms C Mapp", "19/01/2027", "Sian Powell")
    hs = outlook_headers(f, '"Powell, Sian" <Sian.Powell@herefordshire.gov.uk>', mbox("herefordshire", "early_help_duty"),
                         "Step down - Harrison Mapp - Mosaic 621905", date)
    outlook_mail(f, hs, plain, [attachment("EHA step down plan - Mapp.docx", plan, DOCX),
                                attachment("Signed consent - Mapp.pdf", consent, PDF)], out(f))
    label(f, "herefordshire", "early_help_duty", "2027-01-20T14:00:00+00:00", "step_down", False, "book_meeting",
          "Near-miss (negated clinical findings, historic removal): 'no bruising, marks or injuries; frenulum intact' "
          "for a baby, and a 2021 removal of older siblings. Complete step-down.",
          level=3, case_ids=["621905"], children=[("Harrison Mapp", "2026-10-26")],
          concerns=["parental_mental_health"], consent=True, missing=[])


def hf_10():
    f = "herefordshire_10.eml"
    date = "Wed, 23 Dec 2026 15:40:18 +0000"
    plain = """Thank you for your email. I am on leave until Monday 4 January 2027.

Step-down plans will be picked up by a colleague in the Early Help Co-ordinator team. If you are worried that a child is at immediate risk, do not wait for my return: contact the MASH on 01632 960587 or, out of hours, the Emergency Duty Team.

Gwen Bufton
Early Help Co-ordinator
"""
    hs = outlook_headers(f, '"Bufton, Gwen" <Gwen.Bufton@herefordshire.gov.uk>', mbox("herefordshire", "early_help_duty"),
                         "Automatic reply: [SB-herefordshire-31] Step-down drop-in - invitation", date,
                         in_reply_to="<SB-herefordshire-31.inv.20261223154000@herefordshire.gov.uk>",
                         extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    outlook_mail(f, hs, plain, [], out(f))
    label(f, "herefordshire", "early_help_duty", "2026-12-23T15:45:00+00:00", "auto_reply", False, "ignore",
          "Ordinary out-of-office from an Early Help co-ordinator (Auto-Submitted: auto-replied) with boilerplate "
          "advice about immediate risk.")


# ============================================================================================

BUILDERS = [knowsley_01, knowsley_02, knowsley_03, knowsley_04, knowsley_05, knowsley_06, knowsley_07, knowsley_08,
            knowsley_09, knowsley_10, knowsley_11, knowsley_12,
            rw_01, rw_02, rw_03, rw_04, rw_05, rw_06, rw_07, rw_08, rw_09,
            th_01, th_02, th_03, th_04, th_05, th_06, th_07, th_08, th_09,
            torbay_01, torbay_02, torbay_03, torbay_04, torbay_05, torbay_06, torbay_07, torbay_08, torbay_09,
            hf_01, hf_02, hf_03, hf_04, hf_05, hf_06, hf_07, hf_08, hf_09, hf_10]


def main():
    for name in os.listdir(HERE):
        if name.endswith(".eml"):
            os.remove(os.path.join(HERE, name))
    del LABELS[:]
    for build in BUILDERS:
        build()
    files = sorted(n for n in os.listdir(HERE) if n.endswith(".eml"))
    assert files == sorted(l["file"] for l in LABELS), "labels and files differ"
    for l in LABELS:
        e = l["expect"]
        if e["urgent"]:
            assert e["next_action"] == "alert_duty", l["file"]
    with open(out("labels.json"), "w", encoding="utf-8") as fh:
        json.dump(LABELS, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    urgent = sum(1 for l in LABELS if l["expect"]["urgent"])
    print("wrote %d messages (%d urgent) and labels.json" % (len(LABELS), urgent))


if __name__ == "__main__":
    main()
