#!/usr/bin/env python3
"""Generate the holdout4 labelled corpus: 40 invented duty-mailbox emails and labels.json.

Run with the project's virtualenv (python-docx and pypdf are needed for the attachments):

    /work/main/.venv/bin/python tests/data/holdout4/make_holdout.py

Everything is deterministic: fixed dates, Message-IDs, MIME boundaries, zip timestamps inside the
.docx files and PDF identifiers, so running it twice gives byte-identical files. Every person,
school, address, phone number (Ofcom drama ranges) and case number is invented.

This set was written from DESIGN.md, REQUIREMENTS.md, the seeds, the policy packs and the dev
corpus only, without reading or running the parser.
"""
import base64
import datetime as dt
import io
import json
import os
import quopri
import re
import struct
import sys
import zipfile
import zlib
from email.generator import BytesGenerator
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart

HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------------------------
# Working-day arithmetic (England & Wales bank holidays), used to assert the notice labels.
# --------------------------------------------------------------------------------------------
BANK_HOLIDAYS = {
    dt.date(2026, 12, 25), dt.date(2026, 12, 28), dt.date(2027, 1, 1), dt.date(2027, 3, 26),
    dt.date(2027, 3, 29), dt.date(2027, 5, 3), dt.date(2027, 5, 31),
}


def working_days_between(today, meeting):
    """Working days d with today < d <= meeting."""
    n, d = 0, today
    while d < meeting:
        d += dt.timedelta(days=1)
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n += 1
    return n


# --------------------------------------------------------------------------------------------
# Attachments
# --------------------------------------------------------------------------------------------
FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def _rezip(data, extra=None, content_types=None):
    """Rewrite a zip with fixed timestamps (python-docx stamps the current time)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in src.namelist():
            blob = src.read(name)
            if name == "[Content_Types].xml" and content_types:
                blob = content_types(blob)
            info = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, blob)
        for name, blob in (extra or {}).items():
            info = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, blob)
    return out.getvalue()


def make_docx(title, blocks, author="Children's Services"):
    """blocks: list of ("h", text) | ("p", text) | ("table", [[cell, ...], ...])."""
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = dt.datetime(2026, 1, 1, 9, 0, 0)
    cp.modified = dt.datetime(2026, 1, 1, 9, 0, 0)
    cp.revision = 1
    d.add_heading(title, level=1)
    for kind, val in blocks:
        if kind == "h":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=max(len(r) for r in val))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
    buf = io.BytesIO()
    d.save(buf)
    return _rezip(buf.getvalue())


def make_docm(title, blocks):
    """A macro-enabled Word document (.docm): must be refused."""
    data = make_docx(title, blocks)

    def ct(blob):
        return blob.replace(
            b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            b"application/vnd.ms-word.document.macroEnabled.main+xml").replace(
            b"<Default Extension=\"xml\"",
            b"<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>"
            b"<Default Extension=\"xml\"")
    vba = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + b"Attribute VB_Name = \"ThisDocument\"\r\nSub AutoOpen()\r\nEnd Sub\r\n"
    return _rezip(data, extra={"word/vbaProject.bin": vba}, content_types=ct)


def _pdf_escape(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines, title=None):
    """A small real PDF (Helvetica, WinAnsi text) that pypdf can read; long lines are wrapped."""
    wrapped = []
    for line in lines:
        while len(line) > 95:
            cut = line.rfind(" ", 0, 95)
            cut = cut if cut > 0 else 95
            wrapped.append(line[:cut])
            line = line[cut:].lstrip()
        wrapped.append(line)
    pages = [wrapped[i:i + 50] for i in range(0, len(wrapped), 50)] or [[]]
    objs = {1: b"<< /Type /Catalog /Pages 2 0 R >>", 3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"}
    kids = []
    n = 4
    for pg in pages:
        content = "BT /F1 10 Tf 50 800 Td 14 TL\n" + "".join("(%s) '\n" % _pdf_escape(l) for l in pg) + "ET"
        cb = content.encode("cp1252")
        objs[n] = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (n + 1)
        objs[n + 1] = b"<< /Length %d >>\nstream\n" % len(cb) + cb + b"\nendstream"
        kids.append(n)
        n += 2
    objs[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    info = None
    if title:
        info = n
        objs[n] = b"<< /Title (" + _pdf_escape(title).encode("cp1252") + b") /Producer (Microsoft\xae Word for Microsoft 365) /CreationDate (D:20260101090000Z) >>"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for i in sorted(objs):
        offs[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    size = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for i in range(1, size):
        out += b"%010d 00000 n \n" % offs[i]
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        size, (b" /Info %d 0 R" % info) if info else b"", xref)
    return bytes(out)


def make_encrypted_pdf(lines, password):
    import pypdf
    from pypdf.generic import ArrayObject, ByteStringObject
    w = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(make_pdf(lines))))
    w._ID = ArrayObject([ByteStringObject(b"hldt4-fixed-id01"), ByteStringObject(b"hldt4-fixed-id01")])
    w.encrypt(user_password=password, owner_password=password + "-owner", algorithm="RC4-128")
    buf = io.BytesIO()
    w.write(buf)
    data = buf.getvalue()
    # pypdf regenerates the second file identifier on every write: pin it.
    return re.sub(rb"/ID \[ <([0-9a-f]+)> <[0-9a-f]+> \]", lambda m: b"/ID [ <" + m.group(1) + b"> <" + m.group(1) + b"> ]", data)


def make_png(w, h, rgb):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# --------------------------------------------------------------------------------------------
# MIME helpers (the standard email package, compat32 MIME classes)
# --------------------------------------------------------------------------------------------
DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
DOCM = ("application", "vnd.ms-word.document.macroEnabled.12")
PDF = ("application", "pdf")
PNG = ("image", "png")
ICS = ("text", "calendar")


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", **params):
    part = MIMENonMultipart("text", subtype)
    part.set_param("charset", charset)
    for k, v in params.items():
        part.set_param(k.replace("_", "-"), v)
    raw = body.encode(charset)
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte in ("7bit", "8bit"):
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    part.set_payload(payload)
    part["Content-Transfer-Encoding"] = cte
    del part["MIME-Version"]
    return part


def attachment(data, filename, ctype, inline=False, cid=None, rfc2231=False, disposition=True, name_param=True):
    part = MIMEBase(*ctype)
    if name_param:
        part.set_param("name", filename)
    part.set_payload(base64.encodebytes(data).decode("ascii"))
    if cid:
        part["Content-ID"] = "<%s>" % cid
    if disposition:
        if rfc2231:
            part.add_header("Content-Disposition", "inline" if inline else "attachment", filename=("utf-8", "", filename))
        else:
            part.add_header("Content-Disposition", "inline" if inline else "attachment", filename=filename)
    part["Content-Transfer-Encoding"] = "base64"
    del part["MIME-Version"]
    return part


def multipart(subtype, parts, boundary, **params):
    m = MIMEMultipart(subtype, boundary=boundary)
    for k, v in params.items():
        m.set_param(k.replace("_", "-"), v)
    for p in parts:
        m.attach(p)
    del m["MIME-Version"]
    return m


def enc_header(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def finish(msg, headers):
    """Put the given headers first (in order) and the MIME headers last, like real clients do."""
    mime = [(k, v) for k, v in msg._headers if k.lower() in ("mime-version", "content-type", "content-transfer-encoding")]
    if not any(k.lower() == "mime-version" for k, _ in mime):
        mime.insert(0, ("MIME-Version", "1.0"))
    mime.sort(key=lambda kv: {"mime-version": 0, "content-type": 1, "content-transfer-encoding": 2}[kv[0].lower()])
    msg._headers = [(k, enc_header(v) if k.lower() in ("subject", "thread-topic") else v) for k, v in headers] + mime
    return msg


def serialise(msg, crlf):
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(msg, linesep="\r\n" if crlf else "\n")
    return buf.getvalue()


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<!--[if !mso]><style>v\\:* {behavior:url(#default#VML);}
o\\:* {behavior:url(#default#VML);}
w\\:* {behavior:url(#default#VML);}
.shape {behavior:url(#default#VML);}
</style><![endif]--><style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
@font-face
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
table.MsoNormalTable
	{mso-style-name:"Table Normal";
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;}
span.EmailStyle19
	{mso-style-type:personal-reply;
	font-family:"Aptos",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;
	mso-fareast-language:EN-US;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""
OUTLOOK_TAIL = """</div>
</body>
</html>
"""


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def mso_paras(plain):
    """Turn plain lines into Outlook's <p class=MsoNormal> paragraphs."""
    out = []
    for line in plain.split("\n"):
        if line.strip():
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(line))
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out) + "\n"


def mso_table(rows, widths=None, header=False):
    out = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">']
    for i, row in enumerate(rows):
        out.append("<tr>")
        for j, cell in enumerate(row):
            w = ' width="%d" style="width:%dpt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"' % (widths[j], widths[j] * 3 // 4) if widths else ' style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"'
            inner = "<br>\n".join(esc(x) for x in cell.split("\n"))
            if header and i == 0:
                inner = "<b>%s</b>" % inner
            out.append('<td valign="top"%s>\n<p class="MsoNormal">%s<o:p></o:p></p>\n</td>' % (w, inner))
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out) + "\n"


def outlook_quote_block(frm, sent, to, subject, cc=None):
    """Outlook's grey 'From: / Sent: / To: / Subject:' separator, as HTML."""
    cc_line = "<b>Cc:</b> %s<br>\n" % esc(cc) if cc else ""
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            '<p class="MsoNormal"><b><span lang="EN-US">From:</span></b><span lang="EN-US"> %s <br>\n'
            '<b>Sent:</b> %s<br>\n<b>To:</b> %s<br>\n%s<b>Subject:</b> %s<o:p></o:p></span></p>\n</div>\n'
            % (esc(frm), esc(sent), esc(to), cc_line, esc(subject)))


# --------------------------------------------------------------------------------------------
# Common text
# --------------------------------------------------------------------------------------------
DISCLAIMER = {
    "knowsley": "This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please tell the sender and delete it. Knowsley Council may monitor email traffic to and from its systems. Please consider the environment before printing this email.",
    "richmond_wandsworth": "Confidentiality: this email and any files sent with it are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and delete it; do not copy, forward or disclose it. Richmond and Wandsworth Councils' shared staffing arrangement. Emails may be monitored.",
    "tower_hamlets": "The information in this email is confidential and may be legally privileged. It is intended solely for the addressee. Access to this email by anyone else is unauthorised. If you are not the intended recipient, any disclosure, copying or distribution is prohibited. London Borough of Tower Hamlets.",
    "torbay": "This email and any attachments are intended only for the named recipient and may contain confidential or sensitive information. If you have received it in error, please notify the sender and delete it. Torbay Council accepts no liability for viruses. Torbay Council is committed to protecting your personal data - see our privacy notice at www.torbay.gov.uk/privacy.",
    "herefordshire": "Any opinion expressed in this e-mail or its attachments is that of the sender and does not necessarily represent the views of Herefordshire Council. This e-mail and any attachments are confidential and intended solely for the use of the addressee. If you are not the intended recipient please notify the sender and delete it. Herefordshire Council may monitor and record email traffic for lawful business purposes.",
}

MAILBOX_ADDR = {
    ("knowsley", "mash_step_up"): "Knowsley MASH <knowsleymash@knowsley.gov.uk>",
    ("knowsley", "early_help_duty"): "Family First 0-18 Duty Mailbox <FamilyFirst0-18DutyMailbox@knowsley.gov.uk>",
    ("richmond_wandsworth", "mash_step_up"): "MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk>",
    ("richmond_wandsworth", "early_help_duty"): "Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>",
    ("tower_hamlets", "mash_step_up"): "MAST <MAST@towerhamlets.gov.uk>",
    ("tower_hamlets", "early_help_duty"): "Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>",
    ("torbay", "mash_step_up"): "Torbay MASH <mash@torbay.gov.uk>",
    ("torbay", "early_help_duty"): "Early Help <earlyhelp@torbay.gov.uk>",
    ("herefordshire", "mash_step_up"): "Herefordshire MASH <mash@herefordshire.gov.uk>",
    ("herefordshire", "early_help_duty"): "Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>",
}


def exo_received(host, when):
    """A pair of Exchange Online Received headers."""
    return [
        ("Received", "from %s (2603:10a6:600:2c4::11) by LO4P265MB6020.GBRP265.PROD.OUTLOOK.COM with HTTPS; %s" % (host, when)),
        ("Received", "from %s ([fe80::91c2:5e07:a3d1:4b1f]) by %s ([fe80::91c2:5e07:a3d1:4b1f%%5]) with mapi id 15.20.8857.011; %s" % (host, host, when)),
    ]


def empty_expect():
    return {"kind": None, "urgent": False, "level": None, "case_ids": [], "children": [], "concerns": [],
            "consent": None, "manager_agreed": None, "missing": [], "notice_ok": None, "next_action": None}


MAILS = []


def mail(fn):
    MAILS.append(fn)
    return fn


# ============================================================================================
# KNOWSLEY
# ============================================================================================
LOGO_KNOWSLEY = make_png(120, 36, (0, 102, 153))
LOGO_TORBAY = make_png(110, 40, (0, 128, 96))
LOGO_HEREFORD = make_png(130, 38, (112, 32, 96))

KNOWSLEY_FORM_LABELS = [
    "Child's name(s) and DOB:",
    "Case ID on EHM:",
    "Has this family recently closed to Children's Social Care?:",
    "Date of step up TAF meeting:",
    "Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
    "Recent TAF meeting minutes attached:",
]
KNOWSLEY_FORM_TAIL = [
    "Engaging Families Toolkit - Signs of Well-being Family Engagement Risk Assessment Tool.",
    "Graded Care profile (If neglect should be completed).",
    "Merseyside Exploitation Assessment - CE/CSE concern.",
    "Up to date police information if applicable:",
    "Agreement by line manager:",
    "Contingency plan (Smart and timely).",
    "Outcome and rationale (To be saved on both ICS and EHM with a case note.).",
]


@mail
def knowsley_01():
    """Step-up with the FF Step Up form pasted into an HTML-only Outlook body as a table."""
    top = ("Hi MASH,\n\nStep up request for the Kenyon children below - I couldnt attach the form as Word keeps "
           "crashing on my laptop so I've pasted it in instead. GCP2 and the minutes from the last TAF (10/3) are attached.\n")
    rows = [
        ["FF Step Up request to CSC", ""],
        [KNOWSLEY_FORM_LABELS[0], "Tayla-Rose Kenyon 09/08/2016\nJax Kenyon 30/01/2021"],
        [KNOWSLEY_FORM_LABELS[1], "EHM-53318"],
        [KNOWSLEY_FORM_LABELS[2], "No"],
        [KNOWSLEY_FORM_LABELS[3], "Wednesday 31/03/2027 10:00, Kirkby Family Hub"],
        [KNOWSLEY_FORM_LABELS[4], "Medium - mum comes to TAFs and agrees actions but nothing changes at home"],
        [KNOWSLEY_FORM_LABELS[5], "Yes (10/03/2027)"],
        ["What are we worried about?\n(Current Concerns / Past Harm / Complicating Factors)",
         "Home conditions have got worse again since Christmas - no beds for the children (both sleeping on a mattress "
         "on the living room floor), dog mess in the kitchen, very little food in. Tayla-Rose comes into school hungry and "
         "in the same clothes most of the week. Jax (6) has had untreated head lice and a rotten back tooth since January "
         "that still hasn't been seen to. GCP2 shows neglect - scores of 4 across physical care.\n"
         "Past harm: CIN plan in 2023 for the same worries, closed Oct 2023.\n"
         "Complicating factors: mum's new partner stays most nights, not known to us."],
        ["What is working well?", "Children are very attached to mum and to nan. Tayla-Rose has a good relationship with her class teacher and goes to breakfast club."],
        ["What next?", "Step up TAF; C&F assessment if agreed."],
        ["Scaling Question: How well are the children's basic needs being met? (0-10)", "2"],
        [KNOWSLEY_FORM_TAIL[0], "N/A"],
        [KNOWSLEY_FORM_TAIL[1], "Completed 12/03/2027 - attached"],
        [KNOWSLEY_FORM_TAIL[2], "N/A"],
        [KNOWSLEY_FORM_TAIL[3], "None"],
        [KNOWSLEY_FORM_TAIL[4], "Agreed - Lisa Carney TM 22/03/2027"],
        [KNOWSLEY_FORM_TAIL[5], "Weekly unannounced visits; school nurse to see Jax; food bank referral made."],
        [KNOWSLEY_FORM_TAIL[6], ""],
    ]
    sig = ("I'll send the teams invite to you and business support this afternoon.\n\nThanks\nJade\n")
    html = (OUTLOOK_HEAD + mso_paras(top) + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + mso_table(rows, widths=[230, 380], header=True)
            + mso_paras("\n" + sig + "\n")
            + '<p class="MsoNormal"><b><span style="color:#1F3864">Jade Heaton</span></b><br>\nFamily First Case Manager | Family First 0-18<br>\n'
            'Knowsley Council | Tel: 0151 496 0274 | Mob: 07700 900274<o:p></o:p></p>\n'
            '<p class="MsoNormal"><img width="120" height="36" style="width:1.25in;height:.375in" id="Picture_x0020_1" '
            'src="cid:image001.png@01DB7E2A.5C3F1B20" alt="Knowsley Council"><o:p></o:p></p>\n'
            '<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">' + esc(DISCLAIMER["knowsley"]) + '<o:p></o:p></span></p>\n'
            + OUTLOOK_TAIL)
    related = multipart("related", [text(html, "html"), attachment(LOGO_KNOWSLEY, "image001.png", PNG, inline=True, cid="image001.png@01DB7E2A.5C3F1B20")],
                        "_007_LO4P265MB6020A1B2C3D4E5F60718293A4B5C6D7ELO4P265MB6020GBRP_", type="text/html")
    gcp2 = make_pdf([
        "Graded Care Profile 2 (GCP2) - Summary of Grades",
        "Children: Tayla-Rose Kenyon (09/08/2016), Jax Kenyon (30/01/2021)",
        "EHM ID: EHM-53318",
        "Completed by: Jade Heaton, Family First 0-18",
        "Date completed: 12/03/2027",
        "Area grades (1 = best, 5 = worst)",
        "Physical care - nutrition 4", "Physical care - housing 4", "Physical care - clothing 4",
        "Physical care - hygiene 4", "Physical care - health 4", "Care of safety 3", "Love and care 2",
        "Stimulation and education 3",
        "Summary: the children's physical needs are consistently not met; mum recognises some of the problems but has not",
        "sustained change since the last TAF. Overall picture consistent with neglect.",
    ], title="GCP2 Kenyon March 2027")
    minutes = make_docx("TAF Meeting Minutes - Kenyon family", [
        ("table", [["Date of meeting", "10/03/2027"], ["Venue", "Kirkby Family Hub"]]),
        ("h", "Attendees"),
        ("table", [["Name", "Role / agency"], ["Jade Heaton", "Family First Case Manager (chair)"], ["Ms C Kenyon", "Mum"],
                   ["Mrs A Lyon", "Class teacher, St Chad's Primary"], ["Ms R Gill", "School Nurse"]]),
        ("h", "Discussion"),
        ("p", "Home conditions reviewed - no improvement since January. Children arriving at school hungry. Mum said money is very tight since her benefits were sanctioned."),
        ("p", "Agreed that the GCP2 would be completed and that Family First would discuss a step up with the team manager."),
        ("h", "Actions"),
        ("table", [["Action", "Who", "By when"], ["Complete GCP2", "Jade Heaton", "12/03/2027"], ["Dentist appointment for Jax", "Mum", "19/03/2027"],
                   ["Food bank referral", "Jade Heaton", "12/03/2027"]]),
    ])
    msg = multipart("mixed", [related,
                              attachment(gcp2, "GCP2 Kenyon Mar 2027.pdf", PDF),
                              attachment(minutes, "TAF minutes 10.03.27 Kenyon.docx", DOCX)],
                    "_004_LO4P265MB6020A1B2C3D4E5F60718293A4B5C6D7ELO4P265MB6020GBRP_")
    when = "Wed, 24 Mar 2027 10:31:07 +0000"
    finish(msg, exo_received("LO4P265MB6020.GBRP265.PROD.OUTLOOK.COM", when) + [
        ("From", '"Heaton, Jade" <Jade.Heaton@knowsley.gov.uk>'),
        ("To", MAILBOX_ADDR[("knowsley", "mash_step_up")]),
        ("Cc", "MASH Business Support <Mash.Businesssupport@knowsley.gov.uk>"),
        ("Subject", "step up - Kenyon x2 - EHM-53318"),
        ("Thread-Topic", "step up - Kenyon x2 - EHM-53318"),
        ("Thread-Index", "AdtyK2n5c0mS1bVJQk6fX0pS3wq1eA=="),
        ("Date", when),
        ("Message-ID", "<LO4P265MB6020C41E2D7B90A3F15E2C98B1D4A@LO4P265MB6020.GBRP265.PROD.OUTLOOK.COM>"),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", "yes"),
        ("X-MS-TNEF-Correlator", ""),
    ])
    exp = empty_expect()
    exp.update(kind="step_up", case_ids=["EHM-53318"],
               children=[{"name": "Tayla-Rose Kenyon", "dob": "2016-08-09"}, {"name": "Jax Kenyon", "dob": "2021-01-30"}],
               concerns=["neglect"], manager_agreed=True, missing=[], notice_ok=False, next_action="request_info")
    return dict(file="knowsley_01.eml", authority="knowsley", mailbox="mash_step_up", now="2027-03-24T10:40:00+00:00",
                msg=msg, crlf=True, expect=exp, notice=("2027-03-24", "2027-03-31", 5, 3),
                why="HTML-only Outlook step-up whose FF Step Up form is pasted into the body as a table under its own heading "
                    "(meets step_up_form); GCP2 and TAF minutes attached, TM agreed, so nothing is missing, but the TAF on "
                    "Wed 31/03/2027 is only 3 WD from Wed 24 Mar because Good Friday (26 Mar) and Easter Monday (29 Mar) are "
                    "bank holidays (a weekday count gives 5): notice not ok, so request_info.")


@mail
def knowsley_02():
    """Routine-looking step-up; the immediate risk is only in the attached form."""
    plain = ("Hi MASH\n\nStep up docs for Brooklyn Fairhurst (EHM-52971) attached - form and the TAF minutes from 27/01. "
             "I've updated the form this morning after school rang me.\n\nTM (Paul Gerrard) has agreed the step up.\n\n"
             "Proposed step up TAF: Wed 17/02/2027 at 1.30pm, Huyton Family Hub. Invite to follow to you and business support.\n\n"
             "Ta\nShannon\n\nShannon Tyrer | Family First Practitioner | Family First 0-18 | Knowsley Council | 0151 496 0563 | 07700 900563\n\n"
             + DISCLAIMER["knowsley"] + "\n")
    html = OUTLOOK_HEAD + mso_paras(plain) + OUTLOOK_TAIL
    form = make_docx("FF Step Up request to CSC", [
        ("table", [
            [KNOWSLEY_FORM_LABELS[0], "Brooklyn Fairhurst 14/06/2020"],
            [KNOWSLEY_FORM_LABELS[1], "EHM-52971"],
            [KNOWSLEY_FORM_LABELS[2], "No"],
            [KNOWSLEY_FORM_LABELS[3], "Wednesday 17/02/2027 13:30, Huyton Family Hub"],
            [KNOWSLEY_FORM_LABELS[4], "High - mum engages well with the plan"],
            [KNOWSLEY_FORM_LABELS[5], "Yes"],
        ]),
        ("h", "What are we worried about?"),
        ("table", [
            ["Current Concerns (Impact on child)", "Past Harm", "Complicating Factors"],
            ["UPDATED 10/02/2027 09:40 - Mrs Kaur (DSL, St Aidan's Primary) rang me at 9.15 this morning. Brooklyn has a red "
             "round mark on the back of her left hand that looks like a burn. She told her TA \"Dean did it with his lighter "
             "because I wouldn't stop crying\". Dean Shaw is mum's partner and moved back into the house on 3 February. "
             "Mum is on a late shift at the care home until 10pm tonight and Dean is picking Brooklyn up from school at 3.15 "
             "and looking after her on his own this evening.\n"
             "Before today: mum's partner returning to the home after a period apart; mum struggling with shift work and childcare.",
             "Bruise to Brooklyn's cheek reported by nursery in September 2026 - mum said she fell off the sofa.",
             "Mum works late shifts at short notice; no family nearby since nan moved to Wales."],
        ]),
        ("h", "What is working well?"),
        ("table", [["Existing Strengths", "Existing Safety"],
                   ["Mum is honest with workers and has engaged with every session. Brooklyn loves school.", "School see Brooklyn every day."]]),
        ("h", "What next?"),
        ("table", [["Goals", "Next Steps"], ["Brooklyn is safe and cared for by adults who do not hurt her.", "Step up TAF 17/02/2027."]]),
        ("p", "Scaling Question: How safe is Brooklyn at home? (0 = not safe, 10 = safe)"),
        ("table", [[str(i) for i in range(11)], ["", "", "X", "", "", "", "", "", "", "", ""]]),
        ("p", "Have you considered/completed/reviewed if applicable:"),
        ("table", [
            [KNOWSLEY_FORM_TAIL[0], "N/A"],
            [KNOWSLEY_FORM_TAIL[1], "N/A"],
            [KNOWSLEY_FORM_TAIL[2], "N/A"],
            [KNOWSLEY_FORM_TAIL[3], "Not yet checked"],
            [KNOWSLEY_FORM_TAIL[4], "Paul Gerrard (TM) - agreed 09/02/2027"],
            [KNOWSLEY_FORM_TAIL[5], ""],
            [KNOWSLEY_FORM_TAIL[6], ""],
        ]),
        ("p", "Step Up TAF Meeting Notes to be chaired by CSC Social Worker and minutes to be completed by MASH Business Support using the group supervision template."),
    ])
    minutes = make_encrypted_pdf([
        "TAF minutes 27/01/2027 - Fairhurst", "Venue: Huyton Family Hub",
        "Attendees: Shannon Tyrer (FF Practitioner), Ms K Fairhurst (mum), Mrs J Kaur (DSL)",
        "Discussion: mum's partner moving back in; childcare around late shifts.",
        "Actions: discuss step up with TM - Shannon Tyrer - 09/02/2027",
    ], "Fairhurst27")
    alt = multipart("alternative", [text(plain), text(html, "html")], "_000_LO4P265MB6020B7C1D2E3F4051627384950617283LO4P265MB6020GBRP_")
    msg = multipart("mixed", [alt,
                              attachment(form, "FF Step Up request - B Fairhurst UPDATED 10.02.docx", DOCX),
                              attachment(minutes, "TAF minutes 27.01.27.pdf", PDF)],
                    "_004_LO4P265MB6020B7C1D2E3F4051627384950617283LO4P265MB6020GBRP_")
    when = "Wed, 10 Feb 2027 11:48:22 +0000"
    finish(msg, exo_received("LO4P265MB6020.GBRP265.PROD.OUTLOOK.COM", when) + [
        ("From", "Shannon Tyrer <Shannon.Tyrer@knowsley.gov.uk>"),
        ("To", MAILBOX_ADDR[("knowsley", "mash_step_up")]),
        ("Cc", "MASH Business Support <Mash.Businesssupport@knowsley.gov.uk>"),
        ("Subject", "Step up - B Fairhurst - EHM-52971"),
        ("Thread-Topic", "Step up - B Fairhurst - EHM-52971"),
        ("Thread-Index", "Adt7QmUq3PZ8sJ1nTf2Ck0hQ8vXy2g=="),
        ("Date", when),
        ("Message-ID", "<LO4P265MB60207D5E3A10B2C94E8F1A6B2C3D5@LO4P265MB6020.GBRP265.PROD.OUTLOOK.COM>"),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", "yes"),
    ])
    exp = empty_expect()
    exp.update(kind="step_up", urgent=True, case_ids=["EHM-52971"], children=[{"name": "Brooklyn Fairhurst", "dob": "2020-06-14"}],
               concerns=["physical_harm"], manager_agreed=True, missing=["taf_minutes"], notice_ok=True, next_action="alert_duty")
    return dict(file="knowsley_02.eml", authority="knowsley", mailbox="mash_step_up", now="2027-02-10T11:55:00+00:00",
                msg=msg, crlf=True, expect=exp, notice=("2027-02-10", "2027-02-17", 5, 5),
                why="Routine-sounding body; the immediate risk is only in the attached form (burn disclosed this morning, the "
                    "alleged perpetrator collects Brooklyn at 3.15 today and cares for her alone tonight), so urgent and "
                    "alert_duty; the TAF minutes are a password-protected PDF (refused, so taf_minutes is missing); TAF Wed "
                    "17/02 is exactly 5 WD from Wed 10 Feb, notice ok.")


def knowsley_ack(ref, kind, missing_lines, extra=None):
    lines = ["Thank you for your %s request. Your reference is %s - please keep it in the subject line of any reply." % (kind, ref), ""]
    if missing_lines:
        lines += ["What is missing:"] + ["- " + m for m in missing_lines] + [""]
        lines += ["Please reply to this email with the missing item. The step-up TAF meeting cannot be booked until the request is complete.", ""]
    if extra:
        lines += [extra, ""]
    return "\n".join(lines)


@mail
def knowsley_03():
    """Follow-up adding the Engaging Families toolkit; reference in the subject."""
    ack = knowsley_ack("SB-knowsley-57", "step-up", ["the Engaging Families toolkit and what it tells you, because the step-up relates to non-engagement"]) + "\nKnowsley MASH (automated message)\n"
    top = ("Hi,\n\nEngaging Families toolkit for the Pye children attached (Connor and Lily-Mae, EHM-52240). Sorry - I thought it "
           "had gone with the form.\n\nJust to add, still no joy with mum - another 2 no access visits this week (Mon and Wed), "
           "she's not answering calls or texts and she didn't turn up to the review meeting at school yesterday either.\n\n"
           "Kelly\n\nKelly Ashton\nFamily First Case Manager | Family First 0-18 | Knowsley Council\n0151 496 0649\n")
    plain = (top + "\nFrom: Knowsley MASH <knowsleymash@knowsley.gov.uk>\nSent: 13 January 2027 15:22\nTo: Ashton, Kelly "
             "<Kelly.Ashton@knowsley.gov.uk>\nSubject: [SB-knowsley-57] Step-up request received - information needed\n\n"
             + ack + "\n\n" + DISCLAIMER["knowsley"] + "\n")
    html = (OUTLOOK_HEAD + mso_paras(top) + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
            + outlook_quote_block("Knowsley MASH <knowsleymash@knowsley.gov.uk>", "13 January 2027 15:22",
                                  "Ashton, Kelly <Kelly.Ashton@knowsley.gov.uk>", "[SB-knowsley-57] Step-up request received - information needed")
            + mso_paras("\n" + ack) + '<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">' + esc(DISCLAIMER["knowsley"]) + "<o:p></o:p></span></p>\n" + OUTLOOK_TAIL)
    toolkit = make_docx("Engaging Families Toolkit - Signs of Well-being Family Engagement Risk Assessment Tool", [
        ("table", [["Family", "Pye"], ["Children", "Connor Pye (DOB 02/11/2014); Lily-Mae Pye (DOB 18/05/2018)"],
                   ["EHM ID", "EHM-52240"], ["Completed by", "Kelly Ashton, Family First Case Manager"], ["Date", "13/01/2027"]]),
        ("h", "Engagement strategies tried"),
        ("table", [["Strategy", "Date(s)", "Outcome"],
                   ["Text reminders the day before visits", "Nov 2026 - Jan 2027", "Read, no reply"],
                   ["Letters hand-delivered", "02/12/2026, 05/01/2027", "No response"],
                   ["Joint visit with school family support worker", "15/12/2026", "Mum did not answer the door"],
                   ["Offer of a different worker / venue (school, family hub)", "06/01/2027", "No response"],
                   ["Contact through maternal grandmother", "08/01/2027", "Nan passed message on; mum did not make contact"]]),
        ("h", "What this tells us"),
        ("p", "Mum's engagement has dropped sharply since October 2026. 7 of the last 9 planned visits were no access. Engagement risk: HIGH. "
              "The family's needs cannot be met by a plan the family will not take part in, which is why the step up is requested."),
    ])
    alt = multipart("alternative", [text(plain), text(html, "html")], "_000_DB9P191MB18843E0A1C2B3D4E5F60718293A4B5C6DB9P191MB1884EURP_")
    msg = multipart("mixed", [alt, attachment(toolkit, "Engaging Families Toolkit - Pye Jan 27.docx", DOCX)],
                    "_004_DB9P191MB18843E0A1C2B3D4E5F60718293A4B5C6DB9P191MB1884EURP_")
    when = "Thu, 14 Jan 2027 09:12:40 +0000"
    finish(msg, [
        ("From", '"Ashton, Kelly" <Kelly.Ashton@knowsley.gov.uk>'),
        ("To", MAILBOX_ADDR[("knowsley", "mash_step_up")]),
        ("Subject", "RE: [SB-knowsley-57] Step-up request received - information needed"),
        ("Thread-Topic", "[SB-knowsley-57] Step-up request received - information needed"),
        ("Thread-Index", "AQHbZQx1k3p9dR0vK0SwC7c2e8TfQKtxWm2Q"),
        ("Date", when),
        ("Message-ID", "<DB9P191MB1884A0E4C71B55D2F3A96C7E81B2D@DB9P191MB1884.EURP191.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", "<SB-knowsley-57.ack.20270113152204@knowsley.gov.uk>"),
        ("References", "<SB-knowsley-57.ack.20270113152204@knowsley.gov.uk>"),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", "yes"),
    ])
    exp = empty_expect()
    exp.update(kind="follow_up", case_ids=["EHM-52240"],
               children=[{"name": "Connor Pye", "dob": "2014-11-02"}, {"name": "Lily-Mae Pye", "dob": "2018-05-18"}],
               concerns=["non_engagement"], next_action="attach_to_request")
    return dict(file="knowsley_03.eml", authority="knowsley", mailbox="mash_step_up", now="2027-01-14T09:20:00+00:00",
                msg=msg, crlf=True, expect=exp,
                why="Reply to [SB-knowsley-57] adding the Engaging Families toolkit (follow_up, no requirements so missing []); "
                    "children written as 'the Pye children (Connor and Lily-Mae ...)' with DOBs only in the toolkit; the new text "
                    "reports mum still not engaging (non_engagement); the quoted ack's 'What is missing:' is not a concern.")


@mail
def knowsley_04():
    """Correction to a step-down; the reference is only in the quoted acknowledgement."""
    body = ("Hi Duty,\n\nSorry, two mistakes in my step down email yesterday for Ava Critchley (ICS-1233507):\n\n"
            "1. The final CIN meeting is Thursday 21st January at 2pm, NOT Wednesday 20th. Venue is the same - Whiston Family Hub, room 2.\n"
            "2. Ava's DOB is 03/05/2013 - I typed 03/05/2012 by mistake.\n\n"
            "Everything else stays the same. Apologies for any confusion!\n\nCiara\n\n"
            "Ciara Fenlon | Social Worker | Child in Need Team | Knowsley Council | 0151 496 0962\n\n"
            "-----Original Message-----\n"
            "From: Family First 0-18 Duty Mailbox <FamilyFirst0-18DutyMailbox@knowsley.gov.uk>\n"
            "Sent: Monday, January 11, 2027 3:05 PM\n"
            "To: Fenlon, Ciara <Ciara.Fenlon@knowsley.gov.uk>\n"
            "Subject: [SB-knowsley-63] Step-down request received\n\n"
            "Thank you for your step-down request. Your reference is SB-knowsley-63 - please keep it in the subject line of any reply.\n\n"
            "A Family First case manager will be confirmed for the meeting within 1 working day.\n\n"
            "Family First 0-18 Duty (automated message)\n\n" + DISCLAIMER["knowsley"] + "\n")
    msg = text(body, charset="us-ascii", cte="7bit")
    when = "Tue, 12 Jan 2027 16:38:05 +0000"
    finish(msg, [
        ("From", '"Fenlon, Ciara" <Ciara.Fenlon@knowsley.gov.uk>'),
        ("To", MAILBOX_ADDR[("knowsley", "early_help_duty")]),
        ("Subject", "Correction - Ava Critchley step down - CIN date and DOB"),
        ("Date", when),
        ("Message-ID", "<LO4P265MB6020E2F90A7C4B31D5E68F2A9C0B7@LO4P265MB6020.GBRP265.PROD.OUTLOOK.COM>"),
        ("Importance", "high"),
        ("X-Priority", "2"),
    ])
    exp = empty_expect()
    exp.update(kind="follow_up", case_ids=["ICS-1233507"], children=[{"name": "Ava Critchley", "dob": "2013-05-03"}],
               next_action="attach_to_request")
    return dict(file="knowsley_04.eml", authority="knowsley", mailbox="early_help_duty", now="2027-01-12T16:45:00+00:00",
                msg=msg, crlf=False, expect=exp,
                why="Correction to yesterday's step-down; the subject was rewritten and the reference SB-knowsley-63 is only in the "
                    "quoted acknowledgement; the DOB is the corrected 03/05/2013, not the mistyped 03/05/2012; a follow_up has no "
                    "notice or requirements and mentions no concern.")


def cal_reply(method, partstat, attendee_cn, attendee_mail, summary, uid, start, end, tz="Europe/London", location="Microsoft Teams",
              comment=None, prodid="-//Google Inc//Google Calendar 70.9054//EN", organizer=None, extra=(), seq=0, dtstamp="20270101T000000Z"):
    L = ["BEGIN:VCALENDAR", "PRODID:%s" % prodid, "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:%s" % method]
    if tz == "GMT Standard Time":
        L += ["BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100",
              "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD", "BEGIN:DAYLIGHT",
              "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
              "END:DAYLIGHT", "END:VTIMEZONE"]
    L += ["BEGIN:VEVENT"]
    if tz == "UTC":
        L += ["DTSTART:%sZ" % start, "DTEND:%sZ" % end]
    else:
        L += ["DTSTART;TZID=%s:%s" % (tz, start), "DTEND;TZID=%s:%s" % (tz, end)]
    L += ["DTSTAMP:%s" % dtstamp]
    if organizer:
        L += ["ORGANIZER;CN=%s:mailto:%s" % organizer]
    L += ["UID:%s" % uid,
          "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;CN=%s:mailto:%s" % (partstat, attendee_cn, attendee_mail)]
    if comment:
        L += ["COMMENT:%s" % comment.replace(",", "\\,").replace(";", "\\;")]
    L += ["SEQUENCE:%d" % seq, "STATUS:CONFIRMED", "SUMMARY:%s" % summary, "LOCATION:%s" % location, "TRANSP:OPAQUE"]
    L += list(extra)
    L += ["END:VEVENT", "END:VCALENDAR"]
    out = []
    for line in L:  # RFC 5545 folding at 75 octets
        b = line.encode("utf-8")
        while len(b) > 75:
            out.append(b[:75].decode("utf-8", "ignore"))
            b = b" " + b[75:]
        out.append(b.decode("utf-8"))
    return "\r\n".join(out) + "\r\n"


@mail
def knowsley_05():
    """Outlook iTIP REPLY, ACCEPTED, with a short note."""
    ics = cal_reply("REPLY", "ACCEPTED", '"Kaur, Harpreet"', "h.kaur@staidansprimary.knowsley.sch.uk",
                    "Accepted: Step-up TAF meeting [SB-knowsley-57]", "SB-knowsley-57-taf-20270120@stepbot.knowsley.gov.uk",
                    "20270120T100000", "20270120T113000", tz="GMT Standard Time", prodid="Microsoft Exchange Server 2010",
                    comment="I'll join on Teams from school.", dtstamp="20270118T080512Z",
                    extra=["CLASS:PUBLIC", "PRIORITY:5", "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:-1",
                           "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
                           "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"])
    plain = "I'll join on Teams from school.\n\nHarpreet Kaur\nDeputy Headteacher / DSL\nSt Aidan's Catholic Primary School\n0151 496 0730\n"
    html = OUTLOOK_HEAD + mso_paras(plain) + OUTLOOK_TAIL
    msg = multipart("alternative", [text(plain), text(html, "html"), text(ics, "calendar", cte="base64", method="REPLY")],
                    "_000_AM7PR02MB61284C1D2E3F405162738495A6B7C8D9AM7PR02MB6128eurp_")
    when = "Mon, 18 Jan 2027 08:05:12 +0000"
    finish(msg, [
        ("From", '"Kaur, Harpreet" <h.kaur@staidansprimary.knowsley.sch.uk>'),
        ("To", MAILBOX_ADDR[("knowsley", "mash_step_up")]),
        ("Subject", "Accepted: Step-up TAF meeting [SB-knowsley-57]"),
        ("Thread-Topic", "Step-up TAF meeting [SB-knowsley-57]"),
        ("Thread-Index", "AQHbaV3xPZ7nE2UhQ0KnR1s3sTJ6fw=="),
        ("Date", when),
        ("Message-ID", "<AM7PR02MB61283F8E0B1A2C3D4E5F60718293A@AM7PR02MB6128.eurprd02.prod.outlook.com>"),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
        ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAADE57A7D3C0DB01000000000000000010000000"),
    ])
    exp = empty_expect()
    exp.update(kind="meeting_reply", next_action="record_reply")
    return dict(file="knowsley_05.eml", authority="knowsley", mailbox="mash_step_up", now="2027-01-18T08:15:00+00:00",
                msg=msg, crlf=True, expect=exp,
                why="Outlook/Exchange iTIP REPLY (text/calendar method=REPLY, base64) with PARTSTAT=ACCEPTED and a COMMENT, "
                    "subject 'Accepted: Step-up TAF meeting [SB-knowsley-57]'.")


@mail
def knowsley_06():
    """Counter-proposal: Outlook 'New Time Proposed' (iTIP COUNTER, PARTSTAT=TENTATIVE)."""
    ics = cal_reply("COUNTER", "TENTATIVE", '"Farrell, Niamh"', "niamh.farrell4@nhs.net",
                    "New Time Proposed: Step-up TAF meeting [SB-knowsley-61]", "SB-knowsley-61-taf-20270203@stepbot.knowsley.gov.uk",
                    "20270203T133000", "20270203T150000", tz="GMT Standard Time", prodid="Microsoft Exchange Server 2010",
                    comment="Could we do 1.30 instead? I'm in clinic until 12 that morning.", dtstamp="20270128T124109Z",
                    organizer=('"Knowsley MASH"', "knowsleymash@knowsley.gov.uk"),
                    extra=["X-MS-OLK-ORIGINALSTART:20270203T100000Z", "X-MS-OLK-ORIGINALEND:20270203T113000Z",
                           "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY"])
    plain = ("Could we do 1.30 instead? I'm in clinic until 12 that morning.\n\nNiamh\n\nNiamh Farrell\nSchool Nurse | 0-19 Service\n"
             "Mersey and West Lancashire Teaching Hospitals NHS Trust\n\n"
             "********************************************************************************************************************\n"
             "This message may contain confidential information. If you are not the intended recipient please inform the\n"
             "sender that you have received the message in error before deleting it.\n"
             "Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. "
             "To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.\n\n"
             "NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for "
             "exchanging patient data and other sensitive information with NHSmail and other accredited email services.\n"
             "********************************************************************************************************************\n")
    html = OUTLOOK_HEAD + mso_paras(plain) + OUTLOOK_TAIL
    msg = multipart("alternative", [text(plain), text(html, "html"), text(ics, "calendar", cte="base64", method="COUNTER")],
                    "_000_CWLP123MB4451D3E4F5061728394A5B6C7D8E9F0ACWLP123MB4451GBRP_")
    when = "Thu, 28 Jan 2027 12:41:09 +0000"
    finish(msg, [
        ("From", '"Farrell, Niamh" <niamh.farrell4@nhs.net>'),
        ("To", MAILBOX_ADDR[("knowsley", "mash_step_up")]),
        ("Subject", "New Time Proposed: Step-up TAF meeting [SB-knowsley-61]"),
        ("Thread-Topic", "Step-up TAF meeting [SB-knowsley-61]"),
        ("Thread-Index", "AQHbcY1a6T0Ck2x4Q1eOZt0vZb9UaQ=="),
        ("Date", when),
        ("Message-ID", "<CWLP123MB445170A1B2C3D4E5F6071829304A@CWLP123MB4451.GBRP123.PROD.OUTLOOK.COM>"),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
    ])
    exp = empty_expect()
    exp.update(kind="meeting_reply", next_action="record_reply")
    return dict(file="knowsley_06.eml", authority="knowsley", mailbox="mash_step_up", now="2027-01-28T12:50:00+00:00",
                msg=msg, crlf=True, expect=exp,
                why="Outlook 'New Time Proposed:' counter-proposal: an attendee's iTIP response to the stepbot invitation "
                    "(text/calendar method=COUNTER, PARTSTAT=TENTATIVE, proposed 13:30) is recorded as a meeting_reply, not a new request.")


@mail
def knowsley_07():
    """Outlook out-of-office on a step-down acknowledgement."""
    plain = ("Thank you for your email. I am currently on maternity leave and will not be responding to emails.\n\n"
             "For anything relating to a child on my caseload please contact my Team Manager, Sue Rimmer, on 0151 496 0911, "
             "or the CIN duty worker on 0151 496 0900.\n\n"
             "If you are worried that a child is at immediate risk of harm, please contact the MASH on 0151 496 0417 or, in an emergency, the police on 999.\n\n"
             "Joanne Birchall\nSocial Worker | Child in Need Team | Knowsley Council\n")
    html = OUTLOOK_HEAD + mso_paras(plain) + OUTLOOK_TAIL
    msg = multipart("alternative", [text(plain), text(html, "html")], "_000_LO4P265MB6020F9E8D7C6B5A4938271605F4E3D2CLO4P265MB6020GBRP_")
    when = "Tue, 19 Jan 2027 10:02:55 +0000"
    finish(msg, [
        ("From", '"Birchall, Joanne" <Joanne.Birchall@knowsley.gov.uk>'),
        ("To", MAILBOX_ADDR[("knowsley", "early_help_duty")]),
        ("Subject", "Automatic reply: [SB-knowsley-66] Step-down request received"),
        ("Thread-Topic", "[SB-knowsley-66] Step-down request received"),
        ("Thread-Index", "AQHbamL0Xo3kq5pB7E2H8fL6dJv3rg=="),
        ("Date", when),
        ("Message-ID", "<LO4P265MB60205B6A79C8D0E1F2A3B4C5D6E7F@LO4P265MB6020.GBRP265.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", "<SB-knowsley-66.ack.20270119100214@knowsley.gov.uk>"),
        ("References", "<SB-knowsley-66.ack.20270119100214@knowsley.gov.uk>"),
        ("Auto-Submitted", "auto-generated"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "Joanne.Birchall@knowsley.gov.uk"),
        ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent"),
        ("Content-Language", "en-GB"),
    ])
    exp = empty_expect()
    exp.update(kind="auto_reply", next_action="ignore")
    return dict(file="knowsley_07.eml", authority="knowsley", mailbox="early_help_duty", now="2027-01-19T10:05:00+00:00",
                msg=msg, crlf=True, expect=exp,
                why="Exchange out-of-office ('Automatic reply:', Auto-Submitted: auto-generated, X-Auto-Response-Suppress) whose "
                    "'immediate risk of harm ... 999' sentence is boilerplate: not urgent, ignore.")


@mail
def knowsley_08():
    """Partnership newsletter (Precedence: bulk, List-Id): other."""
    plain = ("KSP Practice Matters - February 2027\n\n"
             "In this issue: new FF Step Up request form (v4) | EHM planned downtime | training dates | step-up request log\n\n"
             "NEW FF STEP UP REQUEST TO CSC FORM (VERSION 4)\n"
             "From Monday 15 February please use version 4 of the FF Step Up request to CSC form. The scaling question has moved to "
             "the top and there is a new box for the date the Graded Care Profile was completed. Version 3 will still be accepted "
             "until 31 March. Remember: step up calendar invites go to knowsleymash@knowsley.gov.uk AND "
             "Mash.Businesssupport@knowsley.gov.uk, with at least 5 working days' notice.\n\n"
             "EHM PLANNED DOWNTIME\n"
             "EHM will be unavailable from 6pm on Friday 19 February until 8am on Monday 22 February for an upgrade. Please save any "
             "step up or step down paperwork locally and upload it when the system is back.\n\n"
             "TRAINING - BOOK NOW\n"
             "* Graded Care Profile 2 practitioner training - Tuesday 9 March, 9.30am-4pm, Huyton Suite\n"
             "* Signs of Safety mapping refresher - Thursday 18 March, 1pm-4pm, Teams\n"
             "* Engaging Families toolkit briefing - Wednesday 24 March, 10am-11.30am, Teams\n"
             "Book on the KSP learning hub.\n\n"
             "STEP-UP REQUEST LOG\n"
             "Team managers: please make sure January's step-up request log has been reviewed by Friday 5 February.\n\n"
             "--\nYou are receiving this email because you subscribed to KSP Practice Matters.\n"
             "Unsubscribe: https://ksp-practicematters.org.uk/u?id=9f2c41&e=a71b3c | Update your preferences\n"
             "Knowsley Safeguarding Partnership, PO Box 2117, Huyton, L36 0XZ\n")
    rows = "".join(
        '<tr><td style="padding:12px 24px;font-family:Arial,sans-serif;font-size:14px;color:#333333"><h2 style="color:#00467f;font-size:18px">%s</h2><p>%s</p></td></tr>\n' % (h, esc(b))
        for h, b in [
            ("New FF Step Up request to CSC form (version 4)", "From Monday 15 February please use version 4 of the FF Step Up request to CSC form. The scaling question has moved to the top and there is a new box for the date the Graded Care Profile was completed. Version 3 will still be accepted until 31 March."),
            ("EHM planned downtime", "EHM will be unavailable from 6pm on Friday 19 February until 8am on Monday 22 February for an upgrade."),
            ("Training - book now", "Graded Care Profile 2 practitioner training (9 March); Signs of Safety mapping refresher (18 March); Engaging Families toolkit briefing (24 March)."),
            ("Step-up request log", "Team managers: please make sure January's step-up request log has been reviewed by Friday 5 February."),
        ])
    html = ('<!doctype html>\n<html><head><meta charset="UTF-8"><title>KSP Practice Matters</title></head>\n'
            '<body style="margin:0;background:#f2f2f2">\n<center><table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">\n'
            '<tr><td><img src="https://mcusercontent.example-cdn.net/ksp/banner-feb27.png" width="600" alt="KSP Practice Matters"></td></tr>\n'
            + rows +
            '<tr><td style="padding:12px 24px;font-size:11px;color:#777777">You are receiving this email because you subscribed to KSP Practice Matters.<br>'
            '<a href="https://ksp-practicematters.org.uk/u?id=9f2c41&amp;e=a71b3c">Unsubscribe</a></td></tr>\n'
            '</table></center>\n<img src="https://ksp-practicematters.org.uk/open.gif?u=9f2c41" width="1" height="1" alt=""></body></html>\n')
    msg = multipart("alternative", [text(plain), text(html, "html")], "_----------=_MCPart_1294817730")
    when = "Mon, 01 Feb 2027 07:30:02 +0000"
    finish(msg, [
        ("Return-Path", "<bounce-mc.us21_1123.9f2c41-knowsleymash=knowsley.gov.uk@mail157.suw121.mcdlv.net>"),
        ("From", "Knowsley Safeguarding Partnership <bulletin@ksp-practicematters.org.uk>"),
        ("Reply-To", "Knowsley Safeguarding Partnership <ksp@ksp-practicematters.org.uk>"),
        ("To", "<knowsleymash@knowsley.gov.uk>"),
        ("Subject", "KSP Practice Matters - February 2027: new step-up form, EHM downtime, training dates"),
        ("Date", when),
        ("Message-ID", "<9f2c41e3b07a5d1c.1801.20270201073002@ksp-practicematters.org.uk>"),
        ("Precedence", "bulk"),
        ("List-Id", "KSP Practice Matters <9f2c41.list-id.ksp-practicematters.org.uk>"),
        ("List-Unsubscribe", "<https://ksp-practicematters.org.uk/u?id=9f2c41&e=a71b3c>, <mailto:unsubscribe@ksp-practicematters.org.uk?subject=unsubscribe>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("X-Mailer", "Mailchimp Mailer - **CID9f2c41e3b07a5d1c**"),
        ("X-Campaign", "mailchimp9f2c41.e3b07a5d1c"),
    ])
    exp = empty_expect()
    exp.update(kind="other", next_action="human_review")
    return dict(file="knowsley_08.eml", authority="knowsley", mailbox="mash_step_up", now="2027-02-01T08:00:00+00:00",
                msg=msg, crlf=True, expect=exp,
                why="Partnership newsletter (List-Id, List-Unsubscribe, Precedence: bulk, no Auto-Submitted) full of step-up "
                    "vocabulary (form, GCP2, 5 working days' notice) but about no family: DESIGN lists a newsletter as other, not an auto-reply.")


# ============================================================================================
# RICHMOND & WANDSWORTH
# ============================================================================================
@mail
def richmond_wandsworth_01():
    """Step-up whose facts are only in the attached Word case summary; no rationale."""
    plain = ("Hi,\n\nPlease see attached.\n\nKemi\n\nGet Outlook for iOS\n\n" + DISCLAIMER["richmond_wandsworth"] + "\n")
    html = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n'
            '<div dir="ltr">Hi,</div><div dir="ltr"><br></div><div dir="ltr">Please see attached.</div><div dir="ltr"><br></div>'
            '<div dir="ltr">Kemi</div><div dir="ltr"><br></div>\n<div class="ms-outlook-mobile-signature"><div dir="ltr">Get '
            '<a href="https://aka.ms/o0ukef">Outlook for iOS</a></div></div>\n<p style="font-size:8pt;color:#808080">'
            + esc(DISCLAIMER["richmond_wandsworth"]) + '</p>\n</body>\n</html>\n')
    summary = make_docx("Early Help Case Summary", [
        ("table", [["Child", "Oscar Pemberton-Reid"], ["DOB", "27/11/2015"], ["Mosaic ID", "2214608"],
                   ["Household", "Mum (Ms Dionne Reid), mum's partner (Mr Craig Ellison), Oscar"],
                   ["Early Help worker", "Tobi Fashola, Early Help Practitioner"],
                   ["Early Help Team Manager", "Kemi Adebanjo"]]),
        ("h", "Summary of involvement"),
        ("p", "Open to Early Help since May 2026 after a police notification of a domestic incident at the home. Work has focused on a "
              "safety plan with mum and on Oscar's emotional wellbeing (weekly sessions at school)."),
        ("h", "Current worries"),
        ("p", "Police have attended three further domestic incidents between mum and Mr Ellison since October, the latest on 29/12/2026 "
              "when Oscar called 999 himself. Mr Ellison's cocaine use has increased and mum says he is 'a different person' when he "
              "has used. Mum has not followed the safety plan and has let Mr Ellison move back in each time."),
        ("h", "Strengths"),
        ("p", "Oscar has a close relationship with his maternal grandmother in Putney and goes to school every day."),
        ("h", "Family's views"),
        ("p", "Mum knows that Early Help is asking for the case to be stepped up to Children's Services. She does not agree with the step "
              "up and has said she does not consent to it."),
        ("h", "Management oversight"),
        ("p", "Discussed in supervision on 06/01/2027. I agree that Oscar's case should be stepped up to Children's Services. "
              "Kemi Adebanjo, Early Help Team Manager."),
        ("p", "Rationale for step up: to be sent separately by the Early Help Team Manager."),
    ])
    alt = multipart("alternative", [text(plain), text(html, "html")], "_000_PAXPR02MB7582C0D1E2F3A4B5C6D7E8F9A0B1C2D3PAXPR02MB7582eurp_")
    msg = multipart("mixed", [alt, attachment(summary, "Case summary - O P-R Jan 27.docx", DOCX)],
                    "_004_PAXPR02MB7582C0D1E2F3A4B5C6D7E8F9A0B1C2D3PAXPR02MB7582eurp_")
    when = "Thu, 07 Jan 2027 15:02:31 +0000"
    finish(msg, [
        ("From", '"Adebanjo, Kemi" <Kemi.Adebanjo@richmondandwandsworth.gov.uk>'),
        ("To", MAILBOX_ADDR[("richmond_wandsworth", "mash_step_up")]),
        ("Subject", "Step up"),
        ("Thread-Topic", "Step up"),
        ("Thread-Index", "AQHbYSfNc4Y1a8V0v0uC2w8b7y5mEg=="),
        ("Date", when),
        ("Message-ID", "<PAXPR02MB75829A1B7C2D3E4F5061728394A5B@PAXPR02MB7582.eurprd02.prod.outlook.com>"),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", "yes"),
    ])
    exp = empty_expect()
    exp.update(kind="step_up", case_ids=["2214608"], children=[{"name": "Oscar Pemberton-Reid", "dob": "2015-11-27"}],
               concerns=["domestic_abuse", "substance_misuse"], consent=False, manager_agreed=True, missing=["rationale"],
               next_action="request_info")
    return dict(file="richmond_wandsworth_01.eml", authority="richmond_wandsworth", mailbox="mash_step_up", now="2027-01-07T15:10:00+00:00",
                msg=msg, crlf=True, expect=exp,
                why="Body is only 'Please see attached'; child, Mosaic id, concerns (domestic incidents, partner's cocaine use), "
                    "mum's refusal (consent false) and the EH Team Manager's agreement are all inside the Word case summary, which "
                    "says the rationale will be sent separately, so rationale is missing (consent is not a step_up requirement).")


@mail
def richmond_wandsworth_02():
    """Step-up where an immediate risk to a baby is described without any 'urgent' words."""
    top = ("Dear MASH colleagues,\n\n"
           "I am requesting a step up to Children's Services for Theo Marsh-Okafor (DOB 10/11/2026, Mosaic 2290137). The case summary is attached.\n\n"
           "Rationale for step up\n"
           "Theo is 9 weeks old and has been open to Early Help since he was born, mainly for help with feeding and routines as mum "
           "(Kezia Marsh, 19) is a first-time parent. When our Family Support Worker visited at 9.30 this morning she saw a bruise on "
           "Theo's left cheek and two small round bruises on the top of his right arm. Theo is not yet rolling over. Mum said his dad, "
           "Jordan Okafor, \"grabbed him a bit hard\" last night because he wouldn't stop crying, and that Jordan has been \"losing it\" "
           "with the crying for the past fortnight. Mum is back at work today and tomorrow (10am-6pm at a cafe in Tooting) and Jordan "
           "is looking after Theo on his own at the flat on both days. What we can offer at Early Help level is not enough for Theo now.\n\n"
           "As Early Help Team Manager I agree the step up.\n\n"
           "Greta\n\n"
           "Greta Hollis\nEarly Help Team Manager (Wandsworth South)\nRichmond and Wandsworth Councils\nTel: 020 7946 0671 | Mob: 07700 900671\n\n")
    plain = top + DISCLAIMER["richmond_wandsworth"] + "\n"
    html = (OUTLOOK_HEAD + mso_paras(top) + '<p class="MsoNormal"><span style="font-size:8.0pt;color:#7F7F7F">'
            + esc(DISCLAIMER["richmond_wandsworth"]) + "<o:p></o:p></span></p>\n" + OUTLOOK_TAIL)
    summary = make_docx("Case Summary", [
        ("table", [["Child", "Theo Marsh-Okafor"], ["DOB", "10/11/2026"], ["Mosaic ID", "2290137"],
                   ["Household", "Mum (Kezia Marsh, 19), dad (Jordan Okafor, 22), Theo"]]),
        ("h", "Summary of involvement"),
        ("p", "Referred by the community midwife in November 2026. Early Help support with feeding, sleep routines and budgeting; "
              "Family Support Worker visits weekly."),
        ("h", "Current worries"),
        ("p", "See the email of 12/01/2027."),
        ("h", "Strengths"),
        ("p", "Mum is loving and attentive and has kept every appointment. Maternal grandmother visits at weekends."),
    ])
    alt = multipart("alternative", [text(plain), text(html, "html")], "_000_LO0P265MB5914D1E2F3A4B5C6D7E8F9A0B1C2D3E4LO0P265MB5914GBRP_")
    msg = multipart("mixed", [alt, attachment(summary, "Case summary - Theo M-O.docx", DOCX)],
                    "_004_LO0P265MB5914D1E2F3A4B5C6D7E8F9A0B1C2D3E4LO0P265MB5914GBRP_")
    when = "Tue, 12 Jan 2027 11:18:44 +0000"
    finish(msg, exo_received("LO0P265MB5914.GBRP265.PROD.OUTLOOK.COM", when) + [
        ("From", '"Hollis, Greta" <Greta.Hollis@richmondandwandsworth.gov.uk>'),
        ("To", MAILBOX_ADDR[("richmond_wandsworth", "mash_step_up")]),
        ("Subject", "Step up - Theo Marsh-Okafor (Mosaic 2290137)"),
        ("Thread-Topic", "Step up - Theo Marsh-Okafor (Mosaic 2290137)"),
        ("Thread-Index", "AdtkD3yE8n2Qv9cUQb2eT5yW1aZ0Xw=="),
        ("Date", when),
        ("Message-ID", "<LO0P265MB5914A7C3E9F1B2D4C6E8A0B2C4D6E@LO0P265MB5914.GBRP265.PROD.OUTLOOK.COM>"),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", "yes"),
    ])
    exp = empty_expect()
    exp.update(kind="step_up", urgent=True, case_ids=["2290137"], children=[{"name": "Theo Marsh-Okafor", "dob": "2026-11-10"}],
               concerns=["physical_harm"], manager_agreed=True, missing=[], next_action="alert_duty")
    return dict(file="richmond_wandsworth_02.eml", authority="richmond_wandsworth", mailbox="mash_step_up", now="2027-01-12T11:25:00+00:00",
                msg=msg, crlf=True, expect=exp,
                why="Immediate risk stated only indirectly (no 'urgent', 'safeguarding' or 'child protection'): bruises on a "
                    "non-mobile 9-week-old, dad 'grabbed him' and is caring for him alone today and tomorrow; otherwise complete "
                    "(case summary attached, rationale under its own heading, EH TM agrees), so alert_duty with nothing missing.")


@mail
def richmond_wandsworth_03():
    """Follow-up adding the rationale; reference in subject; quoted ack says 'What is missing:'."""
    ack = ("Thank you for your step-up request. Your reference is SB-richmond_wandsworth-61 - please keep it in the subject line of any reply.\n\n"
           "What is missing:\n- the rationale for the plan to step up to Children's Services\n\n"
           "Please reply to this email with the missing item. The step-up case discussion cannot be arranged until the request is complete.\n\n"
           "MASH Step Up (automated message)\n")
    top = ("Hi,\n\nNat (my TM) asked me to send the rationale over as it didn't go with the step up yesterday - it's below.\n\n"
           "Rationale for step up\n"
           "Freddie Lamb (Mosaic 2241876) is 13 and has been open to Early Help since September. Since the start of December he has been "
           "missing overnight twice, and the second time police found him in a flat in Battersea with older teenagers and young adults "
           "who are known for supplying drugs. He has had two phones and cash he can't explain, and school have seen him being picked "
           "up at the gate by a car they don't recognise. We think Freddie is being criminally exploited. His older brother, Kyle Lamb "
           "(now 19), was drawn into the same group in 2022. Freddie is at home at the moment and has been in school every day this "
           "week, but the plan at Early Help level isn't enough to protect him from this group.\n\n"
           "Thanks\nMarcia\n\nMarcia Daniels | Early Help Practitioner | Richmond and Wandsworth Early Help | 020 7946 0652\n")
    plain = (top + "\nFrom: MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk>\nSent: 01 February 2027 16:40\n"
             "To: Okoro, Natalie <Natalie.Okoro@richmondandwandsworth.gov.uk>\nCc: Daniels, Marcia <Marcia.Daniels@richmondandwandsworth.gov.uk>\n"
             "Subject: [SB-richmond_wandsworth-61] Step-up request received - information needed\n\n" + ack + "\n"
             + DISCLAIMER["richmond_wandsworth"] + "\n")
    html = (OUTLOOK_HEAD + mso_paras(top) + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
            + outlook_quote_block("MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk>", "01 February 2027 16:40",
                                  "Okoro, Natalie <Natalie.Okoro@richmondandwandsworth.gov.uk>",
                                  "[SB-richmond_wandsworth-61] Step-up request received - information needed",
                                  cc="Daniels, Marcia <Marcia.Daniels@richmondandwandsworth.gov.uk>")
            + mso_paras("\n" + ack) + '<p class="MsoNormal"><span style="font-size:8.0pt;color:#7F7F7F">'
            + esc(DISCLAIMER["richmond_wandsworth"]) + "<o:p></o:p></span></p>\n" + OUTLOOK_TAIL)
    msg = multipart("alternative", [text(plain), text(html, "html")], "_000_LO0P265MB59148E7D6C5B4A39281706F5E4D3C2B1LO0P265MB5914GBRP_")
    when = "Tue, 02 Feb 2027 09:58:30 +0000"
    finish(msg, [
        ("From", '"Daniels, Marcia" <Marcia.Daniels@richmondandwandsworth.gov.uk>'),
        ("To", MAILBOX_ADDR[("richmond_wandsworth", "mash_step_up")]),
        ("Cc", '"Okoro, Natalie" <Natalie.Okoro@richmondandwandsworth.gov.uk>'),
        ("Subject", "RE: [SB-richmond_wandsworth-61] Step-up request received - information needed"),
        ("Thread-Topic", "[SB-richmond_wandsworth-61] Step-up request received - information needed"),
        ("Thread-Index", "AQHbdNq1bO3mU0x3Ska0fH1kGm7cHKzqv8oA"),
        ("Date", when),
        ("Message-ID", "<LO0P265MB591443D2A1B0C9F8E7D6C5B4A3928@LO0P265MB5914.GBRP265.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", "<SB-richmond_wandsworth-61.ack.20270201164011@richmondandwandsworth.gov.uk>"),
        ("References", "<SB-richmond_wandsworth-61.ack.20270201164011@richmondandwandsworth.gov.uk>"),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
    ])
    exp = empty_expect()
    exp.update(kind="follow_up", case_ids=["2241876"], children=[{"name": "Freddie Lamb", "dob": None}],
               concerns=["exploitation", "missing"], next_action="attach_to_request")
    return dict(file="richmond_wandsworth_03.eml", authority="richmond_wandsworth", mailbox="mash_step_up", now="2027-02-02T10:05:00+00:00",
                msg=msg, crlf=True, expect=exp,
                why="Reply to [SB-richmond_wandsworth-61] adding the rationale (follow_up); concerns exploitation and missing come "
                    "from the new rationale (the quoted 'What is missing:' heading is not one); older brother Kyle (19) is an adult, "
                    "not a child; Freddie is at home and in school, so no immediate risk; the sender is the worker, so manager_agreed null.")


@mail
def richmond_wandsworth_04():
    """Follow-up with no reference: the forgotten draft plan, named by the child only."""
    body = "Morning,\n\nDraft Early Help plan for Aisha Kamara attached - sorry, I forgot to attach it to my step down email on Tuesday!\n\nGemma\n\nSent from my iPhone"
    plan = make_docx("Draft Early Help Plan", [
        ("table", [["Child", "Aisha Kamara"], ["DOB", "19/07/2014"], ["Mosaic", "2301944"], ["Social worker", "Gemma Stiles"]]),
        ("p", ""),
        ("table", [["What are we worried about?", "What's working well?", "What needs to happen (who / when)?"],
                   ["Aisha's school attendance is 79% this term. Mum's depression - she is on the waiting list for talking therapies and some days can't get up to do the school run.",
                    "Mum is open with workers. Aisha has a trusted adult at school (Mrs Oduya, learning mentor). Aunt helps most mornings.",
                    "Attendance plan (school, by February half term). Mum to self-refer to talking therapies (mum, now). Early Help worker to visit fortnightly and review at 6 weeks."]]),
    ])
    msg = multipart("mixed", [text(body + "\n", charset="us-ascii", cte="7bit"),
                              attachment(plan, "Draft EH plan - Aisha K.docx", DOCX)],
                    "Apple-Mail-7C2E91B4-3F0A-4D5E-9B61-8A2C4E6F1D03")
    when = "Thu, 21 Jan 2027 08:43:10 +0000"
    finish(msg, [
        ("From", "Gemma Stiles <Gemma.Stiles@richmondandwandsworth.gov.uk>"),
        ("To", MAILBOX_ADDR[("richmond_wandsworth", "early_help_duty")]),
        ("Subject", "Aisha Kamara - draft plan"),
        ("Date", when),
        ("Message-ID", "<5E1B7A2C-94D3-4C8F-A0E6-2B7D9F3C1A58@richmondandwandsworth.gov.uk>"),
        ("X-Mailer", "iPhone Mail (22C161)"),
    ])
    exp = empty_expect()
    exp.update(kind="follow_up", case_ids=["2301944"], children=[{"name": "Aisha Kamara", "dob": "2014-07-19"}],
               concerns=["parental_mental_health", "school_attendance"], next_action="attach_to_request")
    return dict(file="richmond_wandsworth_04.eml", authority="richmond_wandsworth", mailbox="early_help_duty", now="2027-01-21T08:50:00+00:00",
                msg=msg, crlf=False, expect=exp,
                why="iPhone mail with no reference: it names the child and says the plan was left off 'my step down email on "
                    "Tuesday', so it adds to an existing request (follow_up, not a new step_down); DOB, Mosaic id and the worries "
                    "(attendance 79%, mum's depression) are in the attached draft plan.")


@mail
def richmond_wandsworth_05():
    """HUMAN reply that starts like an out-of-office: a follow-up, not an auto-reply."""
    ack = ("Thank you for your step-down request. Your reference is SB-richmond_wandsworth-70 - please keep it in the subject line of any reply.\n\n"
           "Still needed:\n- the latest case summary\n- confirmation that the child, young person and family consent to Early Help continuing the plan\n\n"
           "Please reply to this email with the missing items.\n\nEarly Help Duty (automated message)\n")
    top = ("Thanks, I'm out next week but my colleague Priya Sandhu (Priya.Sandhu@richmondandwandsworth.gov.uk, 020 7946 0769) is covering "
           "and can attend the case discussion on Wednesday.\n\n"
           "I saw dad this morning and he is happy for Early Help to carry on the plan - he gave his consent and I've recorded it on Mosaic. "
           "Latest case summary for Leon attached.\n\nBack on Monday 8th.\n\nChidi\n\n"
           "Chidi Nwosu | Social Worker | Child in Need Team (Richmond) | 020 7946 0784\n")
    plain = (top + "\nFrom: Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>\nSent: 28 January 2027 10:12\n"
             "To: Nwosu, Chidi <Chidi.Nwosu@richmondandwandsworth.gov.uk>\n"
             "Subject: [SB-richmond_wandsworth-70] Step-down request received - information needed\n\n" + ack + "\n"
             + DISCLAIMER["richmond_wandsworth"] + "\n")
    html = (OUTLOOK_HEAD + mso_paras(top) + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
            + outlook_quote_block("Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>", "28 January 2027 10:12",
                                  "Nwosu, Chidi <Chidi.Nwosu@richmondandwandsworth.gov.uk>",
                                  "[SB-richmond_wandsworth-70] Step-down request received - information needed")
            + mso_paras("\n" + ack) + '<p class="MsoNormal"><span style="font-size:8.0pt;color:#7F7F7F">'
            + esc(DISCLAIMER["richmond_wandsworth"]) + "<o:p></o:p></span></p>\n" + OUTLOOK_TAIL)
    summary = make_docx("Case Summary", [
        ("table", [["Child", "Leon Whitaker"], ["DOB", "04/09/2012"], ["Mosaic ID", "2265031"],
                   ["Household", "Dad (Mr Paul Whitaker) and Leon. Leon's sister Chantelle Whitaker (20) lives nearby and visits most days."]]),
        ("h", "Summary of involvement"),
        ("p", "Child in Need plan since July 2026 after Leon's parents separated and mum moved to Scotland. The CIN plan has been achieved."),
        ("h", "Current worries"),
        ("p", "Leon's school attendance (80% this term) and his angry outbursts at home since the separation."),
        ("h", "Strengths"),
        ("p", "Dad has worked well with the plan; Leon plays for a local football club and is close to his sister."),
    ])
    alt = multipart("alternative", [text(plain), text(html, "html")], "_000_LO2P265MB48817F6E5D4C3B2A19087F6E5D4C3B2ALO2P265MB4881GBRP_")
    msg = multipart("mixed", [alt, attachment(summary, "Case summary - Leon W.docx", DOCX)],
                    "_004_LO2P265MB48817F6E5D4C3B2A19087F6E5D4C3B2ALO2P265MB4881GBRP_")
    when = "Fri, 29 Jan 2027 13:07:52 +0000"
    finish(msg, [
        ("From", '"Nwosu, Chidi" <Chidi.Nwosu@richmondandwandsworth.gov.uk>'),
        ("To", MAILBOX_ADDR[("richmond_wandsworth", "early_help_duty")]),
        ("Subject", "RE: [SB-richmond_wandsworth-70] Step-down request received - information needed"),
        ("Thread-Topic", "[SB-richmond_wandsworth-70] Step-down request received - information needed"),
        ("Thread-Index", "AQHbcXe7vG2aNn1aBkO6I7h4mT9wQKx3c1Fg"),
        ("Date", when),
        ("Message-ID", "<LO2P265MB4881C3B4A5968778695A4B3C2D1E0@LO2P265MB4881.GBRP265.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", "<SB-richmond_wandsworth-70.ack.20270128101207@richmondandwandsworth.gov.uk>"),
        ("References", "<SB-richmond_wandsworth-70.ack.20270128101207@richmondandwandsworth.gov.uk>"),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", "yes"),
    ])
    exp = empty_expect()
    exp.update(kind="follow_up", case_ids=["2265031"], children=[{"name": "Leon Whitaker", "dob": "2012-09-04"}],
               concerns=["school_attendance"], consent=True, next_action="attach_to_request")
    return dict(file="richmond_wandsworth_05.eml", authority="richmond_wandsworth", mailbox="early_help_duty", now="2027-01-29T13:15:00+00:00",
                msg=msg, crlf=True, expect=exp,
                why="A HUMAN reply that opens 'Thanks, I'm out next week but...' with no Auto-Submitted/X-Autoreply header: it "
                    "answers [SB-richmond_wandsworth-70] with dad's consent (consent true) and the case summary, so follow_up, not "
                    "auto_reply; Chantelle (20) is an adult; attendance 80% is the only concern category.")


@mail
def richmond_wandsworth_06():
    """Google Calendar iTIP REPLY, TENTATIVE, with a note."""
    ics = cal_reply("REPLY", "TENTATIVE", "Ruth Abbey", "ruth.abbey@wandleyouthproject.org.uk",
                    "Step-down case discussion [SB-richmond_wandsworth-70]", "SB-richmond_wandsworth-70-cd-20270203@stepbot.richmondandwandsworth.gov.uk",
                    "20270203T110000", "20270203T120000", tz="UTC",
                    comment="Should be ok - may need to leave at 11.45 for a school pick up",
                    organizer=("Early Help Duty", "EarlyHelpDuty@richmondandwandsworth.gov.uk"), dtstamp="20270130T192210Z",
                    extra=["CREATED:20270130T192210Z", "LAST-MODIFIED:20270130T192210Z"])
    plain = ("Ruth Abbey has tentatively accepted this invitation.\n\n"
             "Step-down case discussion [SB-richmond_wandsworth-70]\nWhen: Wed 3 Feb 2027 11:00 - 12:00 (GMT)\nWhere: Microsoft Teams\n\n"
             "Ruth Abbey replied: Should be ok - may need to leave at 11.45 for a school pick up\n\n"
             "Invitation from Google Calendar\n\nYou are receiving this email because you are an attendee on the event. To stop receiving "
             "future updates for this event, decline this event.\n")
    html = ('<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div style="font-family:Roboto,Arial,sans-serif"><p><span itemprop="name">Ruth Abbey</span> has tentatively accepted this invitation.</p>'
            '<table cellpadding="0" cellspacing="0"><tr><td style="font-size:20px">Step-down case discussion [SB-richmond_wandsworth-70]</td></tr>'
            '<tr><td>When: Wed 3 Feb 2027 11:00 - 12:00 (GMT)</td></tr><tr><td>Where: Microsoft Teams</td></tr>'
            '<tr><td><i>Ruth Abbey replied:</i> Should be ok - may need to leave at 11.45 for a school pick up</td></tr></table>'
            '<p style="color:#70757a;font-size:12px">Invitation from Google Calendar</p></div></body></html>\n')
    alt = multipart("alternative", [text(plain, cte="base64"), text(html, "html"), text(ics, "calendar", cte="7bit", method="REPLY")],
                    "000000000000a1b2c3062e5f7d41")
    msg = multipart("mixed", [alt, attachment(ics.encode("utf-8"), "invite.ics", ("application", "ics"))], "000000000000a1b2c5062e5f7d43")
    when = "Sat, 30 Jan 2027 19:22:10 +0000"
    finish(msg, [
        ("From", "Ruth Abbey <ruth.abbey@wandleyouthproject.org.uk>"),
        ("To", MAILBOX_ADDR[("richmond_wandsworth", "early_help_duty")]),
        ("Subject", "Tentatively Accepted: Step-down case discussion [SB-richmond_wandsworth-70] @ Wed 3 Feb 2027 11:00 - 12:00 (GMT) (EarlyHelpDuty@richmondandwandsworth.gov.uk)"),
        ("Date", when),
        ("Message-ID", "<calendar-3c8e1f92-7b4d-4a6e-9c15-d2f0a8b6e374@google.com>"),
        ("Reply-To", "Ruth Abbey <ruth.abbey@wandleyouthproject.org.uk>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
    ])
    exp = empty_expect()
    exp.update(kind="meeting_reply", next_action="record_reply")
    return dict(file="richmond_wandsworth_06.eml", authority="richmond_wandsworth", mailbox="early_help_duty", now="2027-01-30T19:30:00+00:00",
                msg=msg, crlf=True, expect=exp,
                why="Google Calendar iTIP REPLY with PARTSTAT=TENTATIVE (text/calendar method=REPLY plus invite.ics), subject "
                    "'Tentatively Accepted: ...'; the note about a school pick up is not a request.")


@mail
def richmond_wandsworth_07():
    """Exchange Online NDR (multipart/report) returning a stepbot invitation that carries a METHOD:REQUEST calendar."""
    from email.mime.message import MIMEMessage
    from email import message_from_string
    inv_ics = ("BEGIN:VCALENDAR\r\nPRODID:-//stepbot//stepbot 1.0//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n"
               "BEGIN:STANDARD\r\nDTSTART:19701025T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
               "END:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:19700329T010000\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\n"
               "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\n"
               "UID:SB-richmond_wandsworth-64-cd-20270204@stepbot.richmondandwandsworth.gov.uk\r\nSEQUENCE:0\r\nDTSTAMP:20270203T140100Z\r\n"
               "DTSTART;TZID=Europe/London:20270204T140000\r\nDTEND;TZID=Europe/London:20270204T150000\r\n"
               "SUMMARY:Step-up case discussion [SB-richmond_wandsworth-64]\r\nLOCATION:Microsoft Teams\r\n"
               "ORGANIZER;CN=MASH Step Up:mailto:MASH-StepUP@richmondandwandsworth.gov.uk\r\n"
               "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:t.fashola@richmondandwandsworth.gov.uk\r\n"
               "END:VEVENT\r\nEND:VCALENDAR\r\n")
    orig_txt = ("You are invited to the step-up case discussion for SB-richmond_wandsworth-64 on Thursday 4 February 2027 at 14:00 "
                "(Microsoft Teams), with the MASH manager and the Early Help manager.\n\nPlease accept or decline using the buttons in your calendar.\n\n"
                "MASH Step Up (automated message)\n")
    original = multipart("alternative", [text(orig_txt), text(inv_ics, "calendar", cte="base64", method="REQUEST")], "=_sb_inv_64_0001")
    finish(original, [
        ("From", MAILBOX_ADDR[("richmond_wandsworth", "mash_step_up")]),
        ("To", "t.fashola@richmondandwandsworth.gov.uk"),
        ("Subject", "[SB-richmond_wandsworth-64] Step-up case discussion - invitation"),
        ("Date", "Wed, 03 Feb 2027 14:01:00 +0000"),
        ("Message-ID", "<SB-richmond_wandsworth-64.invite.20270203140100@richmondandwandsworth.gov.uk>"),
        ("Auto-Submitted", "auto-generated"),
    ])
    ndr_txt = ("Your message to t.fashola@richmondandwandsworth.gov.uk couldn't be delivered.\n\n"
               "t.fashola wasn't found at richmondandwandsworth.gov.uk.\n\n"
               "MASH-StepUP     Office 365      t.fashola\nAction Required                 Recipient\n\n"
               "Unknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\n"
               "  - Retype the recipient's address, then resend the message.\n  - If you continue to experience the problem, contact your email admin.\n\n"
               "More Info for Email Admins\nStatus code: 550 5.1.10\n\n"
               "Original Message Details\nCreated Date:    03/02/2027 14:01:00\nSender Address:  MASH-StepUP@richmondandwandsworth.gov.uk\n"
               "Recipient Address:   t.fashola@richmondandwandsworth.gov.uk\n"
               "Subject:     [SB-richmond_wandsworth-64] Step-up case discussion - invitation\n\n"
               "Error Details\nError:   550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient t.fashola@richmondandwandsworth.gov.uk not found by SMTP address lookup\n"
               "Message rejected by:    LO0P265MB5914.GBRP265.PROD.OUTLOOK.COM\n")
    ndr_html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">'
                '<div style="font-family:\'Segoe UI\',Frutiger,Arial,sans-serif"><p style="font-size:16px">Your message to '
                '<a href="mailto:t.fashola@richmondandwandsworth.gov.uk">t.fashola@richmondandwandsworth.gov.uk</a> couldn\'t be delivered.</p>'
                '<p style="font-size:24px;color:#c00000">t.fashola wasn\'t found at richmondandwandsworth.gov.uk.</p>'
                '<table><tr><td>MASH-StepUP</td><td>Office 365</td><td>t.fashola</td></tr><tr><td></td><td>Action Required</td><td>Recipient</td></tr></table>'
                '<p><b>Unknown To address</b></p><p>Status code: 550 5.1.10</p></div></body></html>\n')
    human = multipart("alternative", [text(ndr_txt), text(ndr_html, "html")], "_000_LO0P265MB5914NDR0A1B2C3D4E5F6_")
    status = MIMEBase("message", "delivery-status")
    status.set_payload([message_from_string("Reporting-MTA: dns;LO0P265MB5914.GBRP265.PROD.OUTLOOK.COM\nReceived-From-MTA: dns;stepbot.richmondandwandsworth.gov.uk\n"
                                            "Arrival-Date: Wed, 3 Feb 2027 14:01:02 +0000\n"),
                        message_from_string("Final-Recipient: rfc822;t.fashola@richmondandwandsworth.gov.uk\nAction: failed\nStatus: 5.1.10\n"
                                            "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient t.fashola@richmondandwandsworth.gov.uk not found by SMTP address lookup\n")])
    returned = MIMEMessage(original)
    del returned["MIME-Version"]
    del status["MIME-Version"]
    msg = multipart("report", [human, status, returned], "_002_LO0P265MB5914NDR0A1B2C3D4E5F6_", report_type="delivery-status")
    when = "Wed, 03 Feb 2027 14:02:18 +0000"
    finish(msg, [
        ("Return-Path", "<>"),
        ("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@richmondandwandsworth.gov.uk>"),
        ("To", "<MASH-StepUP@richmondandwandsworth.gov.uk>"),
        ("Subject", "Undeliverable: [SB-richmond_wandsworth-64] Step-up case discussion - invitation"),
        ("Date", when),
        ("Message-ID", "<f2a8c4d6-3b1e-4e7a-9c5d-0a1b2c3d4e5f@LO0P265MB5914.GBRP265.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", "<SB-richmond_wandsworth-64.invite.20270203140100@richmondandwandsworth.gov.uk>"),
        ("References", "<SB-richmond_wandsworth-64.invite.20270203140100@richmondandwandsworth.gov.uk>"),
        ("Thread-Topic", "[SB-richmond_wandsworth-64] Step-up case discussion - invitation"),
        ("Content-Language", "en-GB"),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("X-MS-PublicTrafficType", "Email"),
    ])
    exp = empty_expect()
    exp.update(kind="auto_reply", next_action="ignore")
    return dict(file="richmond_wandsworth_07.eml", authority="richmond_wandsworth", mailbox="mash_step_up", now="2027-02-03T14:10:00+00:00",
                msg=msg, crlf=True, expect=exp,
                why="Exchange Online NDR 'Undeliverable:' (multipart/report; report-type=delivery-status, empty Return-Path) whose "
                    "returned message/rfc822 is stepbot's own invitation carrying a METHOD:REQUEST calendar: a bounce (auto_reply), "
                    "not a meeting_reply.")


@mail
def richmond_wandsworth_08():
    """Training invitation sent as an Outlook meeting request (METHOD:REQUEST): other."""
    ics = ("BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nPRODID:Microsoft Exchange Server 2010\r\nVERSION:2.0\r\nBEGIN:VTIMEZONE\r\nTZID:GMT Standard Time\r\n"
           "BEGIN:STANDARD\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\r\n"
           "END:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:16010101T010000\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\n"
           "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\n"
           "ORGANIZER;CN=CS Learning and Development:mailto:CS.Learning@richmondandwandsworth.gov.uk\r\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=MASH Step Up:mailto:MASH-StepUP@richmondandwand\r\n sworth.gov.uk\r\n"
           "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Early Help Duty:mailto:EarlyHelpDuty@richmondandw\r\n andsworth.gov.uk\r\n"
           "DESCRIPTION;LANGUAGE=en-GB:Half-day practice workshop on stepping up and stepping down between Early Help and Children's Services.\\n\r\n"
           "SUMMARY;LANGUAGE=en-GB:Step up / step down practice workshop\r\n"
           "DTSTART;TZID=GMT Standard Time:20270211T093000\r\nDTEND;TZID=GMT Standard Time:20270211T123000\r\n"
           "UID:040000008200E00074C5B7101A82E00800000000A0E3C9F1B26FDB01000000000000000010000000C1D2E3F4A5B6C7D8E9F0A1B2C3D4E5F6\r\n"
           "CLASS:PUBLIC\r\nPRIORITY:5\r\nDTSTAMP:20270125T120041Z\r\nTRANSP:OPAQUE\r\nSTATUS:CONFIRMED\r\nSEQUENCE:0\r\n"
           "LOCATION;LANGUAGE=en-GB:Wandsworth Town Hall\\, Committee Room 3\r\n"
           "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE\r\nX-MICROSOFT-CDO-INTENDEDSTATUS:BUSY\r\n"
           "BEGIN:VALARM\r\nDESCRIPTION:REMINDER\r\nTRIGGER;RELATED=START:-PT15M\r\nACTION:DISPLAY\r\nEND:VALARM\r\n"
           "END:VEVENT\r\nEND:VCALENDAR\r\n")
    plain = ("Dear colleagues,\n\n"
             "You are invited to a half-day practice workshop on stepping up and stepping down between Early Help and Children's Services, "
             "for Early Help practitioners, social workers, MASH and duty staff.\n\n"
             "Thursday 11 February 2027, 9.30am - 12.30pm, Wandsworth Town Hall, Committee Room 3\n\n"
             "We will cover:\n"
             "- what a good case summary and rationale look like\n"
             "- the step-up case discussion and the joint visit within 5 working days\n"
             "- draft plans, family consent and the letter to the family\n"
             "- the step-down review meeting at 4 weeks\n"
             "- resolving disagreements (the escalation route to service managers)\n\n"
             "Please accept this invitation to hold your place - places are limited to 30. Shared mailboxes: please forward to your team.\n\n"
             "Refreshments provided.\n\n"
             "CS Learning and Development\nRichmond and Wandsworth Councils\n\n" + DISCLAIMER["richmond_wandsworth"] + "\n")
    html = OUTLOOK_HEAD + mso_paras(plain) + OUTLOOK_TAIL
    msg = multipart("alternative", [text(plain), text(html, "html"), text(ics, "calendar", cte="base64", method="REQUEST")],
                    "_000_LO2P265MB3999A1B2C3D4E5F60718293A4B5C6D7ELO2P265MB3999GBRP_")
    when = "Mon, 25 Jan 2027 12:00:41 +0000"
    finish(msg, [
        ("From", "CS Learning and Development <CS.Learning@richmondandwandsworth.gov.uk>"),
        ("To", "MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk>, Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>"),
        ("Subject", "Step up / step down practice workshop - Thu 11 Feb 2027"),
        ("Thread-Topic", "Step up / step down practice workshop - Thu 11 Feb 2027"),
        ("Thread-Index", "AdtvG0c3QpLw1kS2RUeN3mY9cJb0Zw=="),
        ("Date", when),
        ("Message-ID", "<LO2P265MB3999E5D4C3B2A1F0E9D8C7B6A5F4E@LO2P265MB3999.GBRP265.PROD.OUTLOOK.COM>"),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", ""),
    ])
    exp = empty_expect()
    exp.update(kind="other", next_action="human_review")
    return dict(file="richmond_wandsworth_08.eml", authority="richmond_wandsworth", mailbox="mash_step_up", now="2027-01-25T12:10:00+00:00",
                msg=msg, crlf=True, expect=exp,
                why="Training invitation sent as an Outlook meeting request (text/calendar method=REQUEST, PARTSTAT=NEEDS-ACTION): "
                    "it is an invitation, not an iTIP REPLY, and no request: other.")


# ============================================================================================
# TOWER HAMLETS
# ============================================================================================
def th_marf(child_rows, reason, consent, oversight, referrer):
    return make_docx("Multi-Agency Request for Support (MARF)", [
        ("h", "1. Referrer details"),
        ("table", [["Name", referrer[0]], ["Role / agency", referrer[1]], ["Telephone", referrer[2]]]),
        ("h", "2. Child / young person details"),
        ("table", [["Name", "DOB", "Mosaic ID"]] + child_rows),
        ("h", "3. Reason for request for support"),
        ("p", reason),
        ("h", "4. Consent"),
        ("p", consent),
        ("h", "5. Manager oversight"),
        ("p", oversight),
    ])


@mail
def tower_hamlets_01():
    """Business support forwards (as an attachment) the practitioner's step-up that went to the wrong inbox."""
    from email.mime.message import MIMEMessage
    inner_txt = ("Dear MAST,\n\n"
                 "I would like to request a step up for Zara Choudhury (DOB 04/02/2013) and Adam Choudhury (DOB 22/09/2017), Mosaic ID 1472265.\n\n"
                 "I have been the lead practitioner since June. Mum has told me that dad has been controlling and violent towards her for "
                 "years. Police were called on 9 January after he pushed her down the stairs while the children were upstairs; he was "
                 "released on bail the next day with conditions not to contact mum or the children, and he is staying with his brother in "
                 "Poplar. Since then he has sent mum dozens of texts, which the police are treating as a breach. He has had no contact with "
                 "the children and they are at home with mum. Mum and both children also say dad's drinking has got much worse over the last year.\n\n"
                 "Mum has consented to this referral and wants support. My manager, Shirin Haque, agreed the step up in supervision this "
                 "afternoon. The MARF is attached.\n\n"
                 "Kind regards\nRuksana\n\n"
                 "Ruksana Miah | Early Help Practitioner | Early Help Hub | London Borough of Tower Hamlets | 020 7946 0436\n\n"
                 + DISCLAIMER["tower_hamlets"] + "\n")
    marf = th_marf([["Zara Choudhury", "04/02/2013", "1472265"], ["Adam Choudhury", "22/09/2017", "1472265"]],
                   "Domestic abuse by father towards mother over several years; incident on 09/01/2027 (police attended, father bailed "
                   "with no-contact conditions). Father's alcohol use has increased. Children witnessed previous incidents.",
                   "Mother consented to this request on 18/01/2027.",
                   "Agreed by Shirin Haque, Team Manager, 18/01/2027.",
                   ("Ruksana Miah", "Early Help Practitioner, LBTH Early Help Hub", "020 7946 0436"))
    inner = multipart("mixed", [text(inner_txt), attachment(marf, "MARF - Choudhury children.docx", DOCX)],
                      "_004_LO4P265MB3312AB12CD34EF5601234567890ALO4P265MB3312GBRP_")
    finish(inner, [
        ("From", '"Miah, Ruksana" <Ruksana.Miah@towerhamlets.gov.uk>'),
        ("To", MAILBOX_ADDR[("tower_hamlets", "early_help_duty")]),
        ("Subject", "Step up request - Choudhury children"),
        ("Thread-Topic", "Step up request - Choudhury children"),
        ("Date", "Mon, 18 Jan 2027 16:51:20 +0000"),
        ("Message-ID", "<LO4P265MB33125E6D7C8B9A0F1E2D3C4B5A697@LO4P265MB3312.GBRP265.PROD.OUTLOOK.COM>"),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", "yes"),
    ])
    fwd = MIMEMessage(inner)
    del fwd["MIME-Version"]
    fwd.add_header("Content-Disposition", "attachment", filename="Step up request - Choudhury children.eml")
    fwd.set_param("name", "Step up request - Choudhury children.eml")
    top = ("Hi MAST,\n\nForwarding the attached email from Ruksana Miah - she sent it to the Early Help Hub inbox by mistake yesterday "
           "and asked us to pass it on to you.\n\nKind regards\n\nShahida Khanom\nBusiness Support Officer | Early Help Hub\n"
           "London Borough of Tower Hamlets | 020 7946 0401\n\n" + DISCLAIMER["tower_hamlets"] + "\n")
    alt = multipart("alternative", [text(top), text(OUTLOOK_HEAD + mso_paras(top) + OUTLOOK_TAIL, "html")],
                    "_000_LO4P265MB3312FEDCBA9876543210FEDCBA98LO4P265MB3312GBRP_")
    msg = multipart("mixed", [alt, fwd], "_004_LO4P265MB3312FEDCBA9876543210FEDCBA98LO4P265MB3312GBRP_")
    when = "Tue, 19 Jan 2027 10:14:02 +0000"
    finish(msg, [
        ("From", '"Khanom, Shahida" <Shahida.Khanom@towerhamlets.gov.uk>'),
        ("To", MAILBOX_ADDR[("tower_hamlets", "mash_step_up")]),
        ("Subject", "FW: Step up request - Choudhury children"),
        ("Thread-Topic", "Step up request - Choudhury children"),
        ("Thread-Index", "AQHbadG6oX1Nv3d9M0aYq5r1QmJ2Eg=="),
        ("Date", when),
        ("Message-ID", "<LO4P265MB3312C0B1A2938475665748392A1B0@LO4P265MB3312.GBRP265.PROD.OUTLOOK.COM>"),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", "yes"),
    ])
    exp = empty_expect()
    exp.update(kind="step_up", case_ids=["1472265"],
               children=[{"name": "Zara Choudhury", "dob": "2013-02-04"}, {"name": "Adam Choudhury", "dob": "2017-09-22"}],
               concerns=["domestic_abuse", "substance_misuse"], consent=True, manager_agreed=True, missing=[], next_action="book_meeting")
    return dict(file="tower_hamlets_01.eml", authority="tower_hamlets", mailbox="mash_step_up", now="2027-01-19T10:20:00+00:00",
                msg=msg, crlf=True, expect=exp,
                why="Business support forwards the practitioner's request as an attached message/rfc822 (the MARF is nested inside "
                    "it): complete MAST step-up with consent and the manager's agreement stated by the practitioner; the incident "
                    "was 10 days ago and dad is bailed away with no contact with the children, so not urgent.")


@mail
def tower_hamlets_02():
    """Follow-up re-sending the MARF as Word because the first one was a password-protected PDF."""
    ack = ("Thank you for your step-up request. Your reference is SB-tower_hamlets-48 - please keep it in the subject line of any reply.\n\n"
           "What is missing:\n"
           "- the completed Multi-Agency Request for Support form (the attachment \"MARF_T_Ahmed.pdf\" could not be opened because it is password-protected)\n"
           "- evidence of management oversight - your manager has agreed the step-up\n\n"
           "Please reply to this email with the missing items.\n\nMAST (automated message)\n")
    top = ("Hi MAST,\n\nApologies - our PDFs go out password protected by default. The MARF is attached again as a Word document, no password.\n\n"
           "My TM, Fatima Chowdhury, has now signed off section 5 as well.\n\nRegards\nShapla\n\n"
           "Shapla Begum | Lead Practitioner | Youth and Family Support | London Borough of Tower Hamlets | 020 7946 0468\n")
    plain = (top + "\nFrom: MAST <MAST@towerhamlets.gov.uk>\nSent: 25 January 2027 17:03\nTo: Begum, Shapla <Shapla.Begum@towerhamlets.gov.uk>\n"
             "Subject: [SB-tower_hamlets-48] Step-up request received - information needed\n\n" + ack + "\n" + DISCLAIMER["tower_hamlets"] + "\n")
    html = (OUTLOOK_HEAD + mso_paras(top) + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
            + outlook_quote_block("MAST <MAST@towerhamlets.gov.uk>", "25 January 2027 17:03", "Begum, Shapla <Shapla.Begum@towerhamlets.gov.uk>",
                                  "[SB-tower_hamlets-48] Step-up request received - information needed")
            + mso_paras("\n" + ack) + '<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">' + esc(DISCLAIMER["tower_hamlets"]) + "<o:p></o:p></span></p>\n" + OUTLOOK_TAIL)
    marf = th_marf([["Tanvir Ahmed", "13/06/2012", "1486620"]],
                   "Tanvir (14) has been reported missing four times since November 2026, once for three nights. He was found in "
                   "Southend with two adult males. Police believe he is being used to carry drugs (county lines). He has had "
                   "unexplained cash and new trainers and has stopped seeing his old friends.",
                   "Mum (Mrs Rehana Ahmed) consents to this request - 22/01/2027.",
                   "Agreed - Fatima Chowdhury, Team Manager, 26/01/2027.",
                   ("Shapla Begum", "Lead Practitioner, Youth and Family Support", "020 7946 0468"))
    alt = multipart("alternative", [text(plain), text(html, "html")], "_000_LO2P265MB2207ABCDEF0123456789ABCDEF01LO2P265MB2207GBRP_")
    msg = multipart("mixed", [alt, attachment(marf, "MARF - T Ahmed.docx", DOCX)], "_004_LO2P265MB2207ABCDEF0123456789ABCDEF01LO2P265MB2207GBRP_")
    when = "Tue, 26 Jan 2027 14:11:37 +0000"
    finish(msg, [
        ("From", '"Begum, Shapla" <Shapla.Begum@towerhamlets.gov.uk>'),
        ("To", MAILBOX_ADDR[("tower_hamlets", "mash_step_up")]),
        ("Subject", "RE: [SB-tower_hamlets-48] Step-up request received - information needed"),
        ("Thread-Topic", "[SB-tower_hamlets-48] Step-up request received - information needed"),
        ("Thread-Index", "AQHbb2w5e1kR3XkKmE2pT9n0u8b1TKxh0ZpA"),
        ("Date", when),
        ("Message-ID", "<LO2P265MB22079C8D7E6F5A4B3C2D1E0F9A8B7@LO2P265MB2207.GBRP265.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", "<SB-tower_hamlets-48.ack.20270125170312@towerhamlets.gov.uk>"),
        ("References", "<SB-tower_hamlets-48.ack.20270125170312@towerhamlets.gov.uk>"),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", "yes"),
    ])
    exp = empty_expect()
    exp.update(kind="follow_up", case_ids=["1486620"], children=[{"name": "Tanvir Ahmed", "dob": "2012-06-13"}],
               concerns=["exploitation", "missing"], consent=True, manager_agreed=True, next_action="attach_to_request")
    return dict(file="tower_hamlets_02.eml", authority="tower_hamlets", mailbox="mash_step_up", now="2027-01-26T14:20:00+00:00",
                msg=msg, crlf=True, expect=exp,
                why="Reply to [SB-tower_hamlets-48] re-sending the MARF as .docx (the quoted ack explains the PDF was "
                    "password-protected); the MARF gives child, DOB, Mosaic id, county-lines exploitation and missing episodes, "
                    "mum's consent and the TM's sign-off, which the body also states.")


@mail
def tower_hamlets_03():
    """Follow-up whose reference is only in the quoted acknowledgement; a named adult brother."""
    ack = ("Thank you for your step-down request. Your reference is SB-tower_hamlets-55 - please keep it in the subject line of any reply.\n\n"
           "Still needed:\n- the most current Child and Family Assessment\n- the name and agency of the identified Lead Practitioner\n\n"
           "Please reply to this email with the missing items.\n\nEarly Help Hub (automated message)\n")
    top = ("Hi EH Hub,\n\nThe C&F assessment for Leyla has now been authorised on Mosaic - PDF attached.\n\n"
           "Lead practitioner is confirmed: Mr Daniel Osei, Learning Mentor, Bow Community School (daniel.osei@bowcommunity.towerhamlets.sch.uk).\n\n"
           "FYI Leyla's older brother Emre Ozturk (20) has moved back home from uni and is a real support to mum - it's in the assessment.\n\n"
           "Thanks\nFolake\n\nFolake Adeyemi | Social Worker | Children's Social Care | London Borough of Tower Hamlets | 020 7946 0527\n")
    plain = (top + "\nFrom: Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>\nSent: 02 February 2027 09:15\n"
             "To: Adeyemi, Folake <Folake.Adeyemi@towerhamlets.gov.uk>\nSubject: [SB-tower_hamlets-55] Step-down request received - information needed\n\n"
             + ack + "\n" + DISCLAIMER["tower_hamlets"] + "\n")
    html = (OUTLOOK_HEAD + mso_paras(top) + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
            + outlook_quote_block("Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>", "02 February 2027 09:15",
                                  "Adeyemi, Folake <Folake.Adeyemi@towerhamlets.gov.uk>", "[SB-tower_hamlets-55] Step-down request received - information needed")
            + mso_paras("\n" + ack) + '<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">' + esc(DISCLAIMER["tower_hamlets"]) + "<o:p></o:p></span></p>\n" + OUTLOOK_TAIL)
    cfa = make_pdf([
        "Child and Family Assessment - Summary and Analysis",
        "Child: Leyla Ozturk    DOB: 11/10/2015    Mosaic: 1490322",
        "Household: Mum (Mrs Sevgi Ozturk), Leyla, brother Emre Ozturk (20)",
        "Assessment completed: 01/02/2027 (authorised 03/02/2027)",
        "Outcome: Step down to a Team Around the Family with a Lead Practitioner",
        "",
        "Analysis",
        "Leyla is autistic and has an Education, Health and Care Plan. The remaining needs relate to her SEND support at school "
        "and planning her move to secondary school in September 2027. Mum provides warm, consistent care and there are no worries "
        "about parenting. Emre has moved back home and helps with school runs.",
        "",
        "Views of the family",
        "Mum would like help to get the right secondary school placement and support at home around Leyla's sensory needs.",
    ], title="C&F Assessment - Leyla Ozturk")
    alt = multipart("alternative", [text(plain), text(html, "html")], "_000_LO3P265MB2011F0E1D2C3B4A5968778695A4BLO3P265MB2011GBRP_")
    msg = multipart("mixed", [alt, attachment(cfa, "C&F Assessment - L Ozturk - authorised.pdf", PDF)],
                    "_004_LO3P265MB2011F0E1D2C3B4A5968778695A4BLO3P265MB2011GBRP_")
    when = "Thu, 04 Feb 2027 10:22:15 +0000"
    finish(msg, [
        ("From", '"Adeyemi, Folake" <Folake.Adeyemi@towerhamlets.gov.uk>'),
        ("To", MAILBOX_ADDR[("tower_hamlets", "early_help_duty")]),
        ("Subject", "C&F assessment - Leyla Ozturk (Mosaic 1490322)"),
        ("Thread-Topic", "C&F assessment - Leyla Ozturk (Mosaic 1490322)"),
        ("Thread-Index", "AQHbdqX0rS2V8H1fJkO5dE3nB7mZxg=="),
        ("Date", when),
        ("Message-ID", "<LO3P265MB20117B6C5D4E3F2A1B0C9D8E7F6A5@LO3P265MB2011.GBRP265.PROD.OUTLOOK.COM>"),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", "yes"),
    ])
    exp = empty_expect()
    exp.update(kind="follow_up", case_ids=["1490322"], children=[{"name": "Leyla Ozturk", "dob": "2015-10-11"}],
               concerns=["disability_send"], next_action="attach_to_request")
    return dict(file="tower_hamlets_03.eml", authority="tower_hamlets", mailbox="early_help_duty", now="2027-02-04T10:30:00+00:00",
                msg=msg, crlf=True, expect=exp,
                why="Sends the missing C&F assessment and lead practitioner for a step-down; the subject was rewritten, so the "
                    "reference SB-tower_hamlets-55 is only in the quoted ack (follow_up); brother Emre (20) is an adult, not a "
                    "child; the assessment's remaining need is SEND (autism, EHCP); DOB only in the PDF.")


@mail
def tower_hamlets_04():
    """Correction: the lead practitioner has changed. Two children written as 'Safiya and Zain Karim'."""
    body = ("Hi,\n\n"
            "A change for Safiya and Zain Karim: Ms Nasima Khatun has now left Cable Street, so the lead practitioner will be "
            "Mr Jamal Uddin, Family Support Worker, Limehouse Children and Family Centre (020 7946 0588). He’s met mum and is happy to take it on.\n\n"
            "Everything else is unchanged and I’ll still chair the TAF on Tuesday 9 February at 10am.\n\n"
            "Bridget\n\n"
            "Bridget O’Connell – Social Worker – Children’s Social Care – London Borough of Tower Hamlets – 020 7946 0509\n\n"
            "________________________________\n"
            "From: Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>\n"
            "Sent: Thursday, January 28, 2027 11:40 AM\n"
            "To: O’Connell, Bridget <Bridget.OConnell@towerhamlets.gov.uk>\n"
            "Subject: [SB-tower_hamlets-51] Step-down request received\n\n"
            "Thank you for your step-down request. Your reference is SB-tower_hamlets-51 - please keep it in the subject line of any reply.\n\n"
            "The TAF meeting is booked for Tuesday 9 February 2027 at 10:00 at Limehouse Children and Family Centre.\n\n"
            "Early Help Hub (automated message)\n\n" + DISCLAIMER["tower_hamlets"] + "\n")
    msg = text(body, charset="windows-1252", cte="quoted-printable")
    when = "Mon, 01 Feb 2027 12:01:44 +0000"
    finish(msg, [
        ("From", '"O\'Connell, Bridget" <Bridget.OConnell@towerhamlets.gov.uk>'),
        ("To", MAILBOX_ADDR[("tower_hamlets", "early_help_duty")]),
        ("Subject", "RE: [SB-tower_hamlets-51] Step-down request received"),
        ("Date", when),
        ("Message-ID", "<AM0PR02MB5523D1C2B3A49586F7E8D9C0B1A2F@AM0PR02MB5523.eurprd02.prod.outlook.com>"),
        ("In-Reply-To", "<SB-tower_hamlets-51.ack.20270128114002@towerhamlets.gov.uk>"),
        ("References", "<SB-tower_hamlets-51.ack.20270128114002@towerhamlets.gov.uk>"),
        ("X-Mailer", "Microsoft Outlook for Android"),
    ])
    exp = empty_expect()
    exp.update(kind="follow_up", children=[{"name": "Safiya Karim", "dob": None}, {"name": "Zain Karim", "dob": None}],
               next_action="attach_to_request")
    return dict(file="tower_hamlets_04.eml", authority="tower_hamlets", mailbox="early_help_duty", now="2027-02-01T12:05:00+00:00",
                msg=msg, crlf=False, expect=exp,
                why="Correction to [SB-tower_hamlets-51] (new lead practitioner); plain text in windows-1252 (curly apostrophes, "
                    "en dashes) correctly labelled; 'Safiya and Zain Karim' names two children, both Karim; no case id or concern.")


@mail
def tower_hamlets_05():
    """Outlook iTIP REPLY, DECLINED, with a comment."""
    ics = cal_reply("REPLY", "DECLINED", '"Hussain, Rubina"', "r.hussain@stepneymeadows.towerhamlets.sch.uk",
                    "Declined: TAF meeting [SB-tower_hamlets-51]", "SB-tower_hamlets-51-taf-20270209@stepbot.towerhamlets.gov.uk",
                    "20270209T100000", "20270209T110000", tz="GMT Standard Time", prodid="Microsoft Exchange Server 2010",
                    location="Limehouse Children and Family Centre",
                    comment="Sorry - I'm on a course that day. Our deputy DSL, Mr Ali, will come instead.", dtstamp="20270203T164003Z",
                    extra=["X-MICROSOFT-CDO-BUSYSTATUS:FREE", "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE"])
    plain = "Sorry - I'm on a course that day. Our deputy DSL, Mr Ali, will come instead.\n\nRubina Hussain\nDSL | Stepney Meadows Primary School\n"
    html = OUTLOOK_HEAD + mso_paras(plain) + OUTLOOK_TAIL
    msg = multipart("alternative", [text(plain), text(html, "html"), text(ics, "calendar", cte="base64", method="REPLY")],
                    "_000_DB8PR01MB5966A0B1C2D3E4F5061728394A5BDB8PR01MB5966eurp_")
    when = "Wed, 03 Feb 2027 16:40:03 +0000"
    finish(msg, [
        ("From", '"Hussain, Rubina" <r.hussain@stepneymeadows.towerhamlets.sch.uk>'),
        ("To", MAILBOX_ADDR[("tower_hamlets", "early_help_duty")]),
        ("Subject", "Declined: TAF meeting [SB-tower_hamlets-51]"),
        ("Thread-Topic", "TAF meeting [SB-tower_hamlets-51]"),
        ("Thread-Index", "AQHbdhJ3l2Z5p0KlR0S7c9u1Xe4b2A=="),
        ("Date", when),
        ("Message-ID", "<DB8PR01MB59665C4D3E2F1A0B9C8D7E6F5A4B3@DB8PR01MB5966.eurprd01.prod.exchangelabs.com>"),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
    ])
    exp = empty_expect()
    exp.update(kind="meeting_reply", next_action="record_reply")
    return dict(file="tower_hamlets_05.eml", authority="tower_hamlets", mailbox="early_help_duty", now="2027-02-03T16:45:00+00:00",
                msg=msg, crlf=True, expect=exp,
                why="Outlook iTIP REPLY with PARTSTAT=DECLINED and a COMMENT naming a substitute, subject 'Declined: TAF meeting "
                    "[SB-tower_hamlets-51]'.")


@mail
def tower_hamlets_06():
    """A school office auto-acknowledgement marked only by Auto-Submitted: auto-replied (RFC 3834)."""
    plain = ("Thank you for your email, which has been received by the school office. We aim to reply within 3 school days. "
             "The office is closed during school holidays.\n\n"
             "If your email is about a safeguarding concern regarding a pupil, please telephone the school on 020 7946 0712 and ask "
             "for the Designated Safeguarding Lead. If a child is in immediate danger, call 999.\n\n"
             "Mile End Park Primary School\nGrove Road, London E3\n")
    html = ('<html><body><p>Thank you for your email, which has been received by the school office. We aim to reply within 3 school days. '
            'The office is closed during school holidays.</p><p>If your email is about a safeguarding concern regarding a pupil, please '
            'telephone the school on 020 7946 0712 and ask for the Designated Safeguarding Lead. If a child is in immediate danger, call 999.</p>'
            '<p>Mile End Park Primary School<br>Grove Road, London E3</p></body></html>\n')
    msg = multipart("alternative", [text(plain), text(html, "html")], "b1_7f3c2a9e4d5b6c8a1f0e2d3c4b5a6978")
    when = "Mon, 08 Feb 2027 08:02:11 +0000"
    finish(msg, [
        ("Return-Path", "<office@mileendpark.towerhamlets.sch.uk>"),
        ("From", "Mile End Park Primary School <office@mileendpark.towerhamlets.sch.uk>"),
        ("To", MAILBOX_ADDR[("tower_hamlets", "early_help_duty")]),
        ("Subject", "Re: [SB-tower_hamlets-58] TAF meeting - invitation"),
        ("Date", when),
        ("Message-ID", "<20270208080211.7f3c2a9e4d5b@mileendpark.towerhamlets.sch.uk>"),
        ("In-Reply-To", "<SB-tower_hamlets-58.invite.20270205153010@towerhamlets.gov.uk>"),
        ("References", "<SB-tower_hamlets-58.invite.20270205153010@towerhamlets.gov.uk>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Mailer", "SchoolComms Mail Gateway 4.2"),
    ])
    exp = empty_expect()
    exp.update(kind="auto_reply", next_action="ignore")
    return dict(file="tower_hamlets_06.eml", authority="tower_hamlets", mailbox="early_help_duty", now="2027-02-08T08:05:00+00:00",
                msg=msg, crlf=False, expect=exp,
                why="School office auto-acknowledgement: 'Re: [SB-tower_hamlets-58] ...' subject like a human follow-up, marked only "
                    "by RFC 3834 'Auto-Submitted: auto-replied'; the safeguarding/999 lines are boilerplate, not urgent.")


@mail
def tower_hamlets_07():
    """A Freedom of Information request sent to the MAST inbox."""
    body = ("Dear London Borough of Tower Hamlets,\n\n"
            "Please provide the following information under the Freedom of Information Act 2000 for the financial years 2024/25 and 2025/26:\n\n"
            "1. The number of requests received by MAST to step a family up from Early Help to Children's Social Care.\n"
            "2. Of these, how many were agreed, and how many were not agreed.\n"
            "3. The number of families stepped down from Children's Social Care to Early Help (a Team Around the Family).\n"
            "4. The average number of working days between the end of the Child and Family Assessment and the first TAF meeting.\n"
            "5. A copy of your current step-up / step-down protocol and of the Multi-Agency Request for Support form.\n\n"
            "I would prefer the information as a spreadsheet. I do not want any personal information about individual children or families.\n\n"
            "Yours faithfully,\n\nHarriet Lowe\n\n"
            "-------------------------------------------------------------------\n"
            "Please use this email address for all replies to this request:\n"
            "request-51277-a8c3f2e1@opendatarequests.org.uk\n\n"
            "Is mast@towerhamlets.gov.uk the wrong address for Freedom of Information requests to London Borough of Tower Hamlets? "
            "If so, please contact us using this form:\nhttps://www.opendatarequests.org.uk/change_request/new?body=tower_hamlets\n\n"
            "Disclaimer: This message and any reply that you make will be published on the internet.\n"
            "-------------------------------------------------------------------\n")
    msg = text(body, charset="utf-8", cte="quoted-printable")
    when = "Fri, 22 Jan 2027 21:14:33 +0000"
    finish(msg, [
        ("Return-Path", "<do-not-reply-to-this-address@opendatarequests.org.uk>"),
        ("From", "Harriet Lowe <request-51277-a8c3f2e1@opendatarequests.org.uk>"),
        ("To", "FOI requests at London Borough of Tower Hamlets <mast@towerhamlets.gov.uk>"),
        ("Subject", "Freedom of Information request - Early Help step-up and step-down figures"),
        ("Date", when),
        ("Message-ID", "<ogm-1928374+6a1b2c3d4e5f-8a7b@opendatarequests.org.uk>"),
        ("X-Mailer", "OpenDataRequests"),
    ])
    exp = empty_expect()
    exp.update(kind="other", next_action="human_review")
    return dict(file="tower_hamlets_07.eml", authority="tower_hamlets", mailbox="mash_step_up", now="2027-01-22T21:20:00+00:00",
                msg=msg, crlf=False, expect=exp,
                why="Freedom of Information request for step-up/step-down statistics sent to the MAST inbox: no child, no request "
                    "for a family, so other and human_review.")


@mail
def tower_hamlets_08():
    """'URGENT' step-down that is urgent only about a timescale; a past injury that was accidental; plan as .docm."""
    plain = ("Hi EH Hub,\n\n"
             "Sorry for the urgent flag - I'm up against the 10 working day timescale!! The C&F assessment for Ruby-Mae Hart "
             "(DOB 27/04/2018, Mosaic 1481127) ended on Fri 29/01 with a recommendation to step down to a TAF, so the TAF and the "
             "minutes need to be done by Fri 12/02.\n\n"
             "Background - the s47 in November was about a bruise on Ruby-Mae's arm. It turned out to be accidental (she fell off the "
             "climbing frame - the school's accident log and the GP both confirm it) and the s47 closed with no further action. There "
             "are no current child protection concerns.\n\n"
             "Whats left: mum's anxiety (she's now with Talking Therapies) and Ruby-Mae's attendance, which is 84%.\n\n"
             "Mum has given consent to the step down and to a TAF.\n"
             "LP: Ms Grace Adjei, Pastoral Lead, Stepney Meadows Primary - has agreed.\n"
             "My TM Laila Rahman has signed it off.\n\n"
             "Attached: C&F assessment + draft TAF plan.\n\n"
             "Marnie\n\n"
             "Marnie Quinn | Social Worker | Children's Social Care | London Borough of Tower Hamlets | 020 7946 0541\n\n"
             + DISCLAIMER["tower_hamlets"] + "\n")
    html = OUTLOOK_HEAD + mso_paras(plain) + OUTLOOK_TAIL
    cfa = make_pdf([
        "Child and Family Assessment - Summary and Analysis",
        "Child: Ruby-Mae Hart   DOB: 27/04/2018   Mosaic: 1481127",
        "Completed: 29/01/2027",
        "Outcome: Step down to a Team Around the Family (TAF) with a Lead Practitioner",
        "Analysis: the injury that led to the s47 enquiry was accidental. Remaining needs: mum's anxiety, which affects routines, "
        "and Ruby-Mae's school attendance (84%).",
        "Views of the family: mum agrees to a TAF and wants help with morning routines.",
    ], title="C&F Assessment - R Hart")
    plan = make_docm("Draft TAF plan - Ruby-Mae Hart", [
        ("table", [["Need", "Action", "Who", "By when"],
                   ["Attendance", "Attendance plan and morning check-in", "School / Ms Adjei", "March 2027"],
                   ["Mum's anxiety", "Continue Talking Therapies", "Mum", "Ongoing"]]),
    ])
    alt = multipart("alternative", [text(plain), text(html, "html")], "_000_LO2P265MB0918C1D2E3F4A5B6C7D8E9F0A1B2C3LO2P265MB0918GBRP_")
    msg = multipart("mixed", [alt, attachment(cfa, "C&F assessment - R Hart.pdf", PDF),
                              attachment(plan, "Draft TAF plan - R Hart.docm", DOCM)],
                    "_004_LO2P265MB0918C1D2E3F4A5B6C7D8E9F0A1B2C3LO2P265MB0918GBRP_")
    when = "Mon, 01 Feb 2027 09:03:27 +0000"
    finish(msg, [
        ("From", '"Quinn, Marnie" <Marnie.Quinn@towerhamlets.gov.uk>'),
        ("To", MAILBOX_ADDR[("tower_hamlets", "early_help_duty")]),
        ("Subject", "URGENT - step down Ruby-Mae Hart - TAF needs to be by 12/02!!"),
        ("Thread-Topic", "URGENT - step down Ruby-Mae Hart - TAF needs to be by 12/02!!"),
        ("Thread-Index", "AdtzZ1b3qK0vR2xXQhO7s6eY9nF3pA=="),
        ("Date", when),
        ("Message-ID", "<LO2P265MB09189E8F7A6B5C4D3E2F1A0B9C8D7@LO2P265MB0918.GBRP265.PROD.OUTLOOK.COM>"),
        ("Importance", "high"),
        ("X-Priority", "1"),
        ("Priority", "urgent"),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", "yes"),
    ])
    exp = empty_expect()
    exp.update(kind="step_down", case_ids=["1481127"], children=[{"name": "Ruby-Mae Hart", "dob": "2018-04-27"}],
               concerns=["parental_mental_health", "school_attendance"], consent=True, manager_agreed=True,
               missing=["draft_plan"], next_action="request_info")
    return dict(file="tower_hamlets_08.eml", authority="tower_hamlets", mailbox="early_help_duty", now="2027-02-01T09:10:00+00:00",
                msg=msg, crlf=True, expect=exp,
                why="Non-urgent trap: 'URGENT'/Importance high is about the 10-working-day timescale, and the s47 bruise was "
                    "accidental and closed with 'no current child protection concerns' (not physical_harm); the draft TAF plan is a "
                    "macro-enabled .docm (refused, so draft_plan is missing); assessment, consent and lead practitioner present.")


# ============================================================================================
# TORBAY
# ============================================================================================
def torbay_single_assessment(children, lcs, sw, analysis, manager_line):
    return make_pdf([
        "Single Assessment - Analysis and Recommendation",
        "Children: " + children,
        "LCS: " + lcs,
        "Assessing social worker: " + sw,
        "",
        "Analysis",
        analysis,
        "",
        "Recommendation",
        "No further action at level 4. High level of need: step down to level 3 coordinated Early Help response.",
        "",
        "Manager's analysis",
        manager_line,
    ], title="Single Assessment " + lcs)


@mail
def torbay_01():
    """Step-down written as one long paragraph, ISO-8859-1, with a negated/historic danger."""
    body = ("Hi EH could i please have a triage slot for Kaiden Rowe DoB 14/02/2019 and his sister Summer Rowe DoB 03/09/2022, "
            "LCS-2257731, SA finished 05/01 - NFA at L4 but high level of need so stepping down to L3 coordinated EH response, my TM "
            "Hayley Pope has done her managers analysis on LCS confirming threshold met for L3 and mum signed consent for L3 early help "
            "on 07/01, just so you know the ex partner (Summer's dad) who strangled mum in October is in prison now, he was sentenced "
            "on 18/12 and wont be out till 2029 and there's a restraining order so there are no current safeguarding concerns and he "
            "has no contact with the kids, remaining worries are mum's depression which has been really bad since October, she is "
            "still recovering from the domestic abuse and is doing the Freedom Programme at the family hub, Kaiden's attendance has "
            "dropped to 81% and they owe about £600 rent arrears which mum is stressing about, Summer is 4 so I think it needs to go "
            "to the under 5s triage?? Single Assessment attached, thanks Bryony\n\n"
            "Get Outlook for Android\n\n" + DISCLAIMER["torbay"] + "\n")
    sa = torbay_single_assessment(
        "Kaiden Rowe (14/02/2019), Summer Rowe (03/09/2022)", "LCS-2257731", "Bryony Kitto",
        "Mum's depression since the domestic abuse by her ex-partner (now in custody, restraining order in place) affects her "
        "energy and routines. Kaiden's school attendance has dropped to 81%. Rent arrears of about £600. The children are well "
        "attached to mum and there is no evidence of significant harm.",
        "Hayley Pope (Team Manager), 06/01/2027: I agree that the threshold for level 3 intervention is met.")
    msg = multipart("mixed", [text(body, charset="iso-8859-1", cte="quoted-printable"),
                              attachment(sa, "Single Assessment Rowe Jan27.pdf", PDF)],
                    "_004_AS8P191MB1571C0FFEE1234567890ABCDEF01AS8P191MB1571EURP_")
    when = "Mon, 11 Jan 2027 16:41:09 +0000"
    finish(msg, [
        ("From", "Bryony Kitto <Bryony.Kitto@torbay.gov.uk>"),
        ("To", MAILBOX_ADDR[("torbay", "early_help_duty")]),
        ("Subject", "triage slot pls - Rowe"),
        ("Date", when),
        ("Message-ID", "<AS8P191MB1571A1B2C3D4E5F60718293A4B5C6@AS8P191MB1571.EURP191.PROD.OUTLOOK.COM>"),
        ("X-Mailer", "Microsoft Outlook for Android"),
    ])
    exp = empty_expect()
    exp.update(kind="step_down", level=3, case_ids=["LCS-2257731"],
               children=[{"name": "Kaiden Rowe", "dob": "2019-02-14"}, {"name": "Summer Rowe", "dob": "2022-09-03"}],
               concerns=["domestic_abuse", "parental_mental_health", "school_attendance"], consent=True, manager_agreed=True,
               missing=[], next_action="book_meeting")
    return dict(file="torbay_01.eml", authority="torbay", mailbox="early_help_duty", now="2027-01-11T16:45:00+00:00",
                msg=msg, crlf=False, expect=exp,
                why="Whole request in one run-on paragraph (ISO-8859-1 quoted-printable, '£'), shorthand 'L3' (level 3), 'SA', "
                    "'DoB'; the strangulation is past, the perpetrator is in prison with a restraining order and 'no current "
                    "safeguarding concerns' (not urgent), while recovering from domestic abuse, depression and attendance are the "
                    "remaining worries; Single Assessment, manager's analysis and consent all present.")


@mail
def torbay_02():
    """'Please find attached the consent form' reply with reference in subject; inline logo."""
    ack = ("Thank you. Your step-down request has been received and given the reference SB-torbay-52.\n\n"
           "Before a triage slot can be offered we still need:\n"
           "- confirmation that the family's consent for level 3 Early Help has been sought and given\n\n"
           "Please reply to this email with the missing item.\n\nTorbay Early Help (automated message)\n")
    top = "Hi,\n\nPlease find attached the consent form, signed by dad yesterday.\n\nKind regards\nJo\n"
    sig_plain = "Jo Endacott | Social Worker | Safeguarding and Supporting Families\nTorbay Children's Services | 01632 960 287\n"
    plain = (top + "\n" + sig_plain + "\n" + DISCLAIMER["torbay"] + "\n\nFrom: Early Help <earlyhelp@torbay.gov.uk>\n"
             "Sent: 18 January 2027 14:26\nTo: Endacott, Jo <Jo.Endacott@torbay.gov.uk>\n"
             "Subject: [SB-torbay-52] Step-down request received - information needed\n\n" + ack)
    html = (OUTLOOK_HEAD + mso_paras(top) + mso_paras("\n" + sig_plain)
            + '<p class="MsoNormal"><img width="110" height="40" id="Picture_x0020_2" src="cid:image001.png@01DB6A11.2E4F6D80" alt="Torbay Council"><o:p></o:p></p>\n'
            + '<p class="MsoNormal"><span style="font-size:7.0pt;color:#808080">' + esc(DISCLAIMER["torbay"]) + "<o:p></o:p></span></p>\n"
            + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
            + outlook_quote_block("Early Help <earlyhelp@torbay.gov.uk>", "18 January 2027 14:26", "Endacott, Jo <Jo.Endacott@torbay.gov.uk>",
                                  "[SB-torbay-52] Step-down request received - information needed")
            + mso_paras("\n" + ack) + OUTLOOK_TAIL)
    related = multipart("related", [text(html, "html"), attachment(LOGO_TORBAY, "image001.png", PNG, inline=True, cid="image001.png@01DB6A11.2E4F6D80")],
                        "_006_LO4P265MB4420AAAA1111BBBB2222CCCC3333LO4P265MB4420GBRP_", type="text/html")
    alt = multipart("alternative", [text(plain), related], "_000_LO4P265MB4420AAAA1111BBBB2222CCCC3333LO4P265MB4420GBRP_")
    form = make_pdf([
        "Torbay Early Help - consent form",
        "Child(ren): Tyler-James Veale (DOB 08/08/2016)",
        "LCS ref: LCS-2260094",
        "I agree to my family being supported by Torbay Early Help and to information about my family being shared with the",
        "Early Help team and the lead practitioner for this purpose.",
        "Parent / carer: Mr D Veale",
        "Signed: D Veale (signed)",
        "Date: 19/01/2027",
        "Witnessed by: Jo Endacott, Social Worker",
    ], title="Consent form - Veale")
    msg = multipart("mixed", [alt, attachment(form, "Consent form - Veale - signed.pdf", PDF)],
                    "_004_LO4P265MB4420AAAA1111BBBB2222CCCC3333LO4P265MB4420GBRP_")
    when = "Wed, 20 Jan 2027 09:31:50 +0000"
    finish(msg, exo_received("LO4P265MB4420.GBRP265.PROD.OUTLOOK.COM", when) + [
        ("From", '"Endacott, Jo" <Jo.Endacott@torbay.gov.uk>'),
        ("To", MAILBOX_ADDR[("torbay", "early_help_duty")]),
        ("Subject", "RE: [SB-torbay-52] Step-down request received - information needed"),
        ("Thread-Topic", "[SB-torbay-52] Step-down request received - information needed"),
        ("Thread-Index", "AQHbaeC1y3oI5r0j+k2Yl3N7qP0vFKxl3m8Q"),
        ("Date", when),
        ("Message-ID", "<LO4P265MB4420D3C2B1A0F9E8D7C6B5A4F3E2D@LO4P265MB4420.GBRP265.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", "<SB-torbay-52.ack.20270118142611@torbay.gov.uk>"),
        ("References", "<SB-torbay-52.ack.20270118142611@torbay.gov.uk>"),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", "yes"),
    ])
    exp = empty_expect()
    exp.update(kind="follow_up", case_ids=["LCS-2260094"], children=[{"name": "Tyler-James Veale", "dob": "2016-08-08"}],
               consent=True, next_action="attach_to_request")
    return dict(file="torbay_02.eml", authority="torbay", mailbox="early_help_duty", now="2027-01-20T09:35:00+00:00",
                msg=msg, crlf=True, expect=exp,
                why="'Please find attached the consent form, signed by dad yesterday' in reply to [SB-torbay-52] (follow_up, "
                    "consent true); child, DOB and LCS id only in the PDF; the quoted ack's 'level 3' does not make a level "
                    "(level is for step-downs).")


@mail
def torbay_03():
    """Follow-up with no reference: manager's analysis now done, named by the child only (base64 body)."""
    body = ("Hi EH,\n\nJust to let you know my TM Rob Luxton has now done his manager's analysis on LCS for Elsie Northcott, "
            "confirming the threshold is met, so the step down I sent on Monday should be ready for triage now.\n\n"
            "Thanks\nSian\n\nGet Outlook for iOS\n")
    msg = text(body, charset="utf-8", cte="base64")
    when = "Wed, 27 Jan 2027 14:52:36 +0000"
    finish(msg, [
        ("From", "Sian Tregear <Sian.Tregear@torbay.gov.uk>"),
        ("To", MAILBOX_ADDR[("torbay", "early_help_duty")]),
        ("Subject", "Elsie Northcott - managers analysis now on LCS"),
        ("Date", when),
        ("Message-ID", "<DU0P191MB2050B7A6C5D4E3F2A1B0C9D8E7F6A@DU0P191MB2050.EURP191.PROD.OUTLOOK.COM>"),
        ("X-Mailer", "Microsoft Outlook for iOS"),
    ])
    exp = empty_expect()
    exp.update(kind="follow_up", children=[{"name": "Elsie Northcott", "dob": None}], manager_agreed=True,
               next_action="attach_to_request")
    return dict(file="torbay_03.eml", authority="torbay", mailbox="early_help_duty", now="2027-01-27T15:00:00+00:00",
                msg=msg, crlf=False, expect=exp,
                why="Base64 text body with no reference: it names the child and says it completes 'the step down I sent on "
                    "Monday' (follow_up); the TM's manager's analysis confirming the threshold means manager_agreed true.")


@mail
def torbay_04():
    """Outlook 'Accepted:' response with no calendar part (stripped by the gateway)."""
    plain = "\n"
    html = OUTLOOK_HEAD + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + OUTLOOK_TAIL
    msg = multipart("alternative", [text(plain), text(html, "html")], "_000_LO4P265MB4420ACCEPT0A1B2C3D4E5F6071LO4P265MB4420GBRP_")
    when = "Thu, 21 Jan 2027 17:12:20 +0000"
    finish(msg, [
        ("From", '"Luxton, Rob" <Rob.Luxton@torbay.gov.uk>'),
        ("To", MAILBOX_ADDR[("torbay", "early_help_duty")]),
        ("Subject", "Accepted: Early Help triage (under-5s) [SB-torbay-55]"),
        ("Thread-Topic", "Early Help triage (under-5s) [SB-torbay-55]"),
        ("Thread-Index", "AQHbbCz7Jq1Y0mFqX0S2e4bL7rK9Ew=="),
        ("Date", when),
        ("Message-ID", "<LO4P265MB4420E1D2C3B4A5968778695A4B3C2@LO4P265MB4420.GBRP265.PROD.OUTLOOK.COM>"),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", ""),
        ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAAB0C9F3E21FDB01000000000000000010000000"),
        ("X-MS-Exchange-Transport-Rules-Applied", "Strip text/calendar parts - duty mailbox relay"),
    ])
    exp = empty_expect()
    exp.update(kind="meeting_reply", next_action="record_reply")
    return dict(file="torbay_04.eml", authority="torbay", mailbox="early_help_duty", now="2027-01-21T17:15:00+00:00",
                msg=msg, crlf=True, expect=exp,
                why="Outlook meeting response 'Accepted: Early Help triage (under-5s) [SB-torbay-55]' with an empty body and NO "
                    "text/calendar part (a transport rule stripped it): still an attendee's acceptance, so meeting_reply.")


@mail
def torbay_05():
    """iPhone Calendar iTIP REPLY, DECLINED."""
    ics = cal_reply("REPLY", "DECLINED", "Tamsin Yeo", "tamsin.yeo@nhs.net",
                    "Early Help triage (under-5s) [SB-torbay-55]", "SB-torbay-55-triage-20270126@stepbot.torbay.gov.uk",
                    "20270126T093000", "20270126T100000", tz="Europe/London", prodid="-//Apple Inc.//iPhone OS 18.2.1//EN",
                    location="Paignton Library\\, Meeting Room 1", dtstamp="20270122T083412Z",
                    organizer=("Early Help", "earlyhelp@torbay.gov.uk"), extra=["CREATED:20270121T171500Z"])
    ics = ics.replace("CALSCALE:GREGORIAN\r\n", "")
    plain = "Sorry, I have baby clinic that morning. I'll email my update to the Early Help inbox beforehand.\n\nTamsin\n\nSent from my iPhone\n"
    cal = text(ics, "calendar", cte="quoted-printable", method="REPLY", name="iCal-20270122-083412.ics")
    cal.add_header("Content-Disposition", "attachment", filename="iCal-20270122-083412.ics")
    msg = multipart("mixed", [text(plain, charset="us-ascii", cte="7bit"), cal], "Apple-Mail-2F7C1A0E-8B3D-4E95-A6C2-91D0E3B4F5A6")
    when = "Fri, 22 Jan 2027 08:34:12 +0000"
    finish(msg, [
        ("From", "Tamsin Yeo <tamsin.yeo@nhs.net>"),
        ("To", MAILBOX_ADDR[("torbay", "early_help_duty")]),
        ("Subject", "Declined: Early Help triage (under-5s) [SB-torbay-55]"),
        ("Date", when),
        ("Message-ID", "<8D4E2B1A-7C3F-4A90-B5E6-1F2A3B4C5D6E@nhs.net>"),
        ("X-Mailer", "iPhone Mail (22C161)"),
    ])
    exp = empty_expect()
    exp.update(kind="meeting_reply", next_action="record_reply")
    return dict(file="torbay_05.eml", authority="torbay", mailbox="early_help_duty", now="2027-01-22T08:40:00+00:00",
                msg=msg, crlf=False, expect=exp,
                why="iPhone Calendar iTIP REPLY (quoted-printable text/calendar attachment iCal-....ics, PRODID Apple, "
                    "method=REPLY, PARTSTAT=DECLINED) with a human note and 'Sent from my iPhone'.")


@mail
def torbay_06():
    """Autoresponder marked only by X-Autoreply: yes (format=flowed)."""
    body = ("Hi,\r\n\r\nThanks for your email. I'm not working Mondays and Tuesdays this month and will \r\nreply when I'm back on Wednesday.\r\n\r\n"
            "If it's urgent please ring the hub on 01632 960 744.\r\n\r\nClaire\r\n\r\n--\r\nClaire Mudge\r\nFamily Worker | Paignton Community Hub\r\n")
    msg = text(body.replace("\r\n", "\n"), charset="utf-8", cte="7bit", format="flowed")
    when = "Mon, 25 Jan 2027 09:00:44 +0000"
    finish(msg, [
        ("Return-Path", "<claire.mudge@paigntoncommunityhub.org.uk>"),
        ("Received", "from mail.paigntoncommunityhub.org.uk (mail.paigntoncommunityhub.org.uk [203.0.113.47]) by mx.torbay.gov.uk with ESMTPS id 4c1b2a3d; " + when),
        ("From", "Claire Mudge <claire.mudge@paigntoncommunityhub.org.uk>"),
        ("To", MAILBOX_ADDR[("torbay", "early_help_duty")]),
        ("Subject", "Re: [SB-torbay-57] Triage slot confirmed"),
        ("Date", when),
        ("Message-ID", "<autoreply.1769331644.48213@paigntoncommunityhub.org.uk>"),
        ("In-Reply-To", "<SB-torbay-57.confirm.20270125085912@torbay.gov.uk>"),
        ("References", "<SB-torbay-57.confirm.20270125085912@torbay.gov.uk>"),
        ("X-Autoreply", "yes"),
        ("X-Mailer", "Roundcube Webmail/1.6.9"),
    ])
    exp = empty_expect()
    exp.update(kind="auto_reply", next_action="ignore")
    return dict(file="torbay_06.eml", authority="torbay", mailbox="early_help_duty", now="2027-01-25T09:05:00+00:00",
                msg=msg, crlf=False, expect=exp,
                why="Roundcube/Exim autoresponder with a human-looking 'Re: [SB-torbay-57] ...' subject, marked only by "
                    "'X-Autoreply: yes' (no Auto-Submitted); 'if it's urgent' is boilerplate, not a risk.")


@mail
def torbay_07():
    """Duplicate-looking forward of an already-triaged step-down, for information only."""
    fwd = ("Hi Early Help,\n\n"
           "Please could I have a triage slot for Alfie Kingdon (DOB 21/03/2015) and Ruby Kingdon (DOB 06/12/2017), LCS-2251180. "
           "The Single Assessment concluded NFA at level 4 and I am stepping down to a level 3 coordinated Early Help response. My TM, "
           "Rob Luxton, has recorded his manager's analysis and mum has given consent for level 3 Early Help.\n\n"
           "Single Assessment attached.\n\nThanks\nNathan\n\n"
           "Nathan Harvey | Social Worker | Single Assessment Team | Torbay Children's Services | 01632 960 219\n")
    top = ("Hi,\n\nFOR INFORMATION ONLY - no action needed. This was already sent to you by Nathan on 4 January and was heard at "
           "triage on Tuesday (12/01). The ATM asked for a copy to go on the lead practitioner's file so I'm just forwarding it for "
           "your records - please don't log it as a new request.\n\nThanks\nSarah\n\n"
           "Sarah Coombe | Business Support Officer | Single Assessment Team | Torbay Council\n\n" + DISCLAIMER["torbay"] + "\n\n"
           "________________________________\n"
           "From: Harvey, Nathan <Nathan.Harvey@torbay.gov.uk>\nSent: 04 January 2027 14:20\nTo: Early Help <earlyhelp@torbay.gov.uk>\n"
           "Subject: Triage slot request - step down - Alfie & Ruby Kingdon (LCS-2251180)\n\n")
    plain = top + fwd
    sa = torbay_single_assessment(
        "Alfie Kingdon (21/03/2015), Ruby Kingdon (06/12/2017)", "LCS-2251180", "Nathan Harvey",
        "The CIN plan outcomes have been met. The family would benefit from a coordinated level 3 response to keep routines "
        "and boundaries in place at home.",
        "Rob Luxton (Team Manager), 30/12/2026: I agree that the threshold for level 3 intervention is met.")
    alt = multipart("alternative", [text(plain), text(OUTLOOK_HEAD + mso_paras(plain) + OUTLOOK_TAIL, "html")],
                    "_000_LO4P265MB1188FEED0123456789ABCDEF0123LO4P265MB1188GBRP_")
    msg = multipart("mixed", [alt, attachment(sa, "Single Assessment - Kingdon.pdf", PDF)],
                    "_004_LO4P265MB1188FEED0123456789ABCDEF0123LO4P265MB1188GBRP_")
    when = "Thu, 14 Jan 2027 11:05:09 +0000"
    finish(msg, [
        ("From", '"Coombe, Sarah" <Sarah.Coombe@torbay.gov.uk>'),
        ("To", MAILBOX_ADDR[("torbay", "early_help_duty")]),
        ("Subject", "FW: Triage slot request - step down - Alfie & Ruby Kingdon (LCS-2251180)"),
        ("Thread-Topic", "Triage slot request - step down - Alfie & Ruby Kingdon (LCS-2251180)"),
        ("Thread-Index", "AdtbZ5a1W2cQ9x0vTnGkR3c8u7y1bQAAAiTg"),
        ("Date", when),
        ("Message-ID", "<LO4P265MB118800112233445566778899AABBC@LO4P265MB1188.GBRP265.PROD.OUTLOOK.COM>"),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", "yes"),
    ])
    exp = empty_expect()
    exp.update(kind="other", case_ids=["LCS-2251180"],
               children=[{"name": "Alfie Kingdon", "dob": "2015-03-21"}, {"name": "Ruby Kingdon", "dob": "2017-12-06"}],
               consent=True, manager_agreed=True, next_action="human_review")
    return dict(file="torbay_07.eml", authority="torbay", mailbox="early_help_duty", now="2027-01-14T11:10:00+00:00",
                msg=msg, crlf=True, expect=exp,
                why="Looks like a duplicate step-down, but it is a forward 'FOR INFORMATION ONLY' of a request already heard at "
                    "triage, with no reference and nothing added ('please don't log it as a new request'): other/human_review; "
                    "facts in the mail are still extracted (children, LCS id, consent, manager's analysis); level is null because "
                    "level is only for a step_down.")


@mail
def torbay_08():
    """Follow-up to a contact to MASH: consent now given (iPhone, base64)."""
    body = ("Hi\n\nMum rang me this morning and has now given her consent for the contact to MASH for Macey Bowden (EHM-740219). "
            "She'd like to speak to whoever picks it up - best to go through me.\n\nLee\n\nSent from my iPhone\n\n"
            "> On 1 Feb 2027, at 16:02, Torbay MASH <mash@torbay.gov.uk> wrote:\n>\n"
            "> Thank you for your contact. Your reference is SB-torbay-60 - please keep it in the subject line of any reply.\n>\n"
            "> What is missing:\n> - confirmation of parental consent to the contact\n>\n"
            "> Please reply to this email with the missing item.\n>\n> Torbay MASH (automated message)\n")
    msg = text(body, charset="utf-8", cte="base64")
    when = "Tue, 02 Feb 2027 12:26:41 +0000"
    finish(msg, [
        ("From", "Lee Sanders <Lee.Sanders@torbay.gov.uk>"),
        ("To", MAILBOX_ADDR[("torbay", "mash_step_up")]),
        ("Subject", "Re: [SB-torbay-60] Contact to MASH received - information needed"),
        ("Date", when),
        ("Message-ID", "<A41C7E92-0B3D-4F58-9E26-7D1C3B5A8F04@torbay.gov.uk>"),
        ("In-Reply-To", "<SB-torbay-60.ack.20270201160207@torbay.gov.uk>"),
        ("References", "<SB-torbay-60.ack.20270201160207@torbay.gov.uk>"),
        ("X-Mailer", "iPhone Mail (22C161)"),
    ])
    exp = empty_expect()
    exp.update(kind="follow_up", case_ids=["EHM-740219"], children=[{"name": "Macey Bowden", "dob": None}], consent=True,
               next_action="attach_to_request")
    return dict(file="torbay_08.eml", authority="torbay", mailbox="mash_step_up", now="2027-02-02T12:30:00+00:00",
                msg=msg, crlf=False, expect=exp,
                why="iPhone reply (base64 body) to [SB-torbay-60] giving mum's consent to the contact to MASH (consent true); the "
                    "quoted ack's 'What is missing:' is not a concern.")


# ============================================================================================
# HEREFORDSHIRE
# ============================================================================================
def hfd_consent_pdf(children, parent, date, witness):
    return make_pdf([
        "Consent to Step Down to Early Help",
        "Child(ren): " + children,
        "Parent / carer: " + parent,
        "I have seen the Early Help step down plan, I agree with the actions in it and I give my consent for my family's details to",
        "be shared with the Early Help Co-ordinator team and the key person named in the plan.",
        "Signed: %s (signed)" % parent,
        "Date: " + date,
        "Witnessed by: " + witness,
    ], title="Consent to step down")


@mail
def herefordshire_01():
    """Step-down where every fact is inside two PDFs; the body says 'Please see attached'."""
    plain = ("Hi,\n\nPlease see attached.\n\nThanks\nTom\n\nTom Gittins\nSocial Worker | Children's Social Care (Kington locality)\n"
             "Herefordshire Council | 01632 960 593\n\n" + DISCLAIMER["herefordshire"] + "\n")
    html = OUTLOOK_HEAD + mso_paras(plain) + OUTLOOK_TAIL
    plan = make_pdf([
        "Early Help Assessment - Step Down Plan",
        "Level of need: Intensive (Level 3)",
        "Following: Child & Family Assessment completed 08/01/2027",
        "",
        "1. Family details and consent",
        "Harvey Lewis    DOB 05/10/2012    Mosaic 620411",
        "Ella Lewis      DOB 17/01/2016    Mosaic 620412",
        "Household: Dad (Mr Gareth Lewis), Harvey and Ella. Their older sister Chloe Lewis (18) lives with her partner in Hereford.",
        "Written consent: signed by Mr G Lewis on 15/01/2027 (attached).",
        "",
        "2. Summary of presenting needs",
        "Dad's alcohol use - abstinent since September 2026 but there is a risk of relapse at stressful times. Harvey's school "
        "attendance is 85% this year.",
        "",
        "3. Wellbeing plan",
        "What are we worried about? Dad's alcohol use and the risk of relapse; Harvey's school attendance (85%).",
        "What's working well? Dad goes to the recovery group every week; both children are close to their grandparents, who live nearby.",
        "What needs to happen - including by whom / outcome / timescale:",
        "- Dad to keep attending the recovery group (Dad, ongoing) - relapse plan agreed - by end of February",
        "- Attendance plan with Kington High (school, Mrs Morris) - attendance above 92% - by Easter 2027",
        "",
        "Details of Key Person involved in the Early Help Assessment",
        "Mrs Helen Morris, Family Support Worker, Kington Family Centre - consulted and agreed to lead.",
        "",
        "Social work manager approval: Rachel Bowen, Team Manager, 18/01/2027 - approved.",
        "Any outstanding family support work has been completed.",
    ], title="EHA Step Down Plan - Lewis")
    consent = hfd_consent_pdf("Harvey Lewis, Ella Lewis", "Mr G Lewis", "15/01/2027", "Tom Gittins")
    alt = multipart("alternative", [text(plain), text(html, "html")], "_000_CWXP123MB2954C0D1E2F3A4B5C6D7E8F9A0B1CWXP123MB2954GBRP_")
    msg = multipart("mixed", [alt, attachment(plan, "EHA Step Down Plan - Lewis.pdf", PDF), attachment(consent, "Consent - Lewis.pdf", PDF)],
                    "_004_CWXP123MB2954C0D1E2F3A4B5C6D7E8F9A0B1CWXP123MB2954GBRP_")
    when = "Tue, 19 Jan 2027 13:58:11 +0000"
    finish(msg, [
        ("From", '"Gittins, Tom" <Tom.Gittins@herefordshire.gov.uk>'),
        ("To", MAILBOX_ADDR[("herefordshire", "early_help_duty")]),
        ("Subject", "Step down"),
        ("Thread-Topic", "Step down"),
        ("Thread-Index", "AdtqV7v1Tz3gX0RrRw6a5b2cY9m0Kg=="),
        ("Date", when),
        ("Message-ID", "<CWXP123MB29548A7B6C5D4E3F2A1B0C9D8E7F6@CWXP123MB2954.GBRP123.PROD.OUTLOOK.COM>"),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", "yes"),
    ])
    exp = empty_expect()
    exp.update(kind="step_down", level=3, case_ids=["620411", "620412"],
               children=[{"name": "Harvey Lewis", "dob": "2012-10-05"}, {"name": "Ella Lewis", "dob": "2016-01-17"}],
               concerns=["school_attendance", "substance_misuse"], consent=True, manager_agreed=True, missing=[],
               next_action="book_meeting")
    return dict(file="herefordshire_01.eml", authority="herefordshire", mailbox="early_help_duty", now="2027-01-19T14:05:00+00:00",
                msg=msg, crlf=True, expect=exp,
                why="Body only 'Please see attached': the sibling group, DOBs, Mosaic ids, Level 3, worries (dad's alcohol use, "
                    "Harvey's attendance), key person with agency and manager approval are all in the step-down plan PDF, and the "
                    "signed consent form is a second PDF; sister Chloe (18) is an adult; complete, so book_meeting.")


@mail
def herefordshire_02():
    """Apple Mail: consent form sent later; subject rewritten, reference only in the quoted ack."""
    body = ("Hi,\n\nHere's the signed consent form for Amelia and Noah Price - mum signed it at the visit this morning.\n\nNia\n\n"
            "Nia Hopkins | Social Worker | Herefordshire Council | 01632 960 571\n\n"
            "> On 12 Jan 2027, at 15:40, Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:\n>\n"
            "> Thank you for your step-down request. Your reference is SB-herefordshire-24.\n>\n"
            "> Still needed before the step-down can be processed:\n> - the family's written consent\n>\n"
            "> Please reply to this email with the missing item.\n>\n"
            "> Herefordshire Early Help Co-ordinators (automated message)\n")
    consent = hfd_consent_pdf("Amelia Price (DOB 02/02/2015), Noah Price (DOB 30/11/2019)", "Ms L Price", "14/01/2027", "Nia Hopkins")
    msg = multipart("mixed", [text(body, charset="utf-8", cte="quoted-printable"),
                              attachment(consent, "Price consent signed.pdf", PDF)],
                    "Apple-Mail=_5B2D9E71-C4A8-4F36-8E10-3D7A9B6C2F14")
    when = "Thu, 14 Jan 2027 11:12:08 +0000"
    finish(msg, [
        ("From", "Nia Hopkins <nia.hopkins@herefordshire.gov.uk>"),
        ("To", MAILBOX_ADDR[("herefordshire", "early_help_duty")]),
        ("Subject", "signed consent - Price"),
        ("Date", when),
        ("Message-ID", "<3F8A1C2E-6B4D-4E9F-A0B7-5C2D8E1F4A63@herefordshire.gov.uk>"),
        ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
    ])
    exp = empty_expect()
    exp.update(kind="follow_up", children=[{"name": "Amelia Price", "dob": "2015-02-02"}, {"name": "Noah Price", "dob": "2019-11-30"}],
               consent=True, next_action="attach_to_request")
    return dict(file="herefordshire_02.eml", authority="herefordshire", mailbox="early_help_duty", now="2027-01-14T11:20:00+00:00",
                msg=msg, crlf=False, expect=exp,
                why="Apple Mail reply whose subject was rewritten to 'signed consent - Price', so the reference SB-herefordshire-24 "
                    "is only in the '>'-quoted ack (no In-Reply-To); adds the signed consent form (consent true); 'Amelia and Noah "
                    "Price' names two children, DOBs only in the PDF.")


@mail
def herefordshire_03():
    """Key person confirmed; reference in subject; HTML with inline logo; updated plan attached."""
    ack = ("Thank you for your step-down request. Your reference is SB-herefordshire-27.\n\n"
           "Still needed before the step-down can be processed:\n"
           "- the details of the key person (key professional) agreed with the family to lead on this step-down\n\n"
           "Please reply to this email with the missing item.\n\nHerefordshire Early Help Co-ordinators (automated message)\n")
    top = ("Morning,\n\nKey person is now confirmed - Mrs Carol Whiting, Family Support Worker, Ross-on-Wye Family Hub. She has met Finley "
           "and his mum and is happy to lead. Updated plan (v2) attached with her details in.\n\nLowri\n")
    sig = "Lowri Jenkins\nSocial Worker | Ross & South Wye Locality Team\nHerefordshire Council | 01632 960 546\n"
    plain = (top + "\n" + sig + "\n" + DISCLAIMER["herefordshire"] + "\n\nFrom: Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>\n"
             "Sent: 20 January 2027 16:05\nTo: Jenkins, Lowri <Lowri.Jenkins@herefordshire.gov.uk>\n"
             "Subject: [SB-herefordshire-27] Step-down request received - information needed\n\n" + ack)
    html = (OUTLOOK_HEAD + mso_paras(top) + mso_paras("\n" + sig)
            + '<p class="MsoNormal"><img width="130" height="38" id="Picture_x0020_3" src="cid:image002.png@01DB6C45.8A1B3C20" alt="Herefordshire Council"><o:p></o:p></p>\n'
            + '<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">' + esc(DISCLAIMER["herefordshire"]) + "<o:p></o:p></span></p>\n"
            + outlook_quote_block("Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>", "20 January 2027 16:05",
                                  "Jenkins, Lowri <Lowri.Jenkins@herefordshire.gov.uk>", "[SB-herefordshire-27] Step-down request received - information needed")
            + mso_paras("\n" + ack) + OUTLOOK_TAIL)
    related = multipart("related", [text(html, "html"), attachment(LOGO_HEREFORD, "image002.png", PNG, inline=True, cid="image002.png@01DB6C45.8A1B3C20")],
                        "_006_LO2P265MB7311B00B1E5C0FFEE0DDBA11AB1ELO2P265MB7311GBRP_", type="text/html")
    alt = multipart("alternative", [text(plain), related], "_000_LO2P265MB7311B00B1E5C0FFEE0DDBA11AB1ELO2P265MB7311GBRP_")
    plan = make_docx("Early Help Assessment - Step Down Plan (v2)", [
        ("h", "1. Family Details and Consent"),
        ("table", [["Name", "DOB", "Mosaic ID"], ["Finley Watts", "22/03/2014", "618834"]]),
        ("h", "2. Summary of Presenting Needs"),
        ("p", "Finley's school attendance (72% this term) and his anxiety about going into school since he moved to Year 7."),
        ("h", "Wellbeing Plan"),
        ("table", [["What are we worried about? - wellbeing concerns", "Finley's attendance (72%) and anxiety about school."],
                   ["What's working well? - Existing strengths", "Mum is committed to getting Finley to school; Finley loves his scouts group."],
                   ["Complicating Factors", "Long journey to school; mum works early shifts."]]),
        ("table", [["What needs to happen - including by whom", "Outcome", "Achievable Timescale"],
                   ["Graduated return plan - school SENCo / Mrs Whiting", "Attendance above 90%", "By Easter 2027"],
                   ["Anxiety support - school counsellor", "Finley feels able to go in", "8 weeks"]]),
        ("h", "Details of Key Person involved in Early Help Assessment"),
        ("p", "Mrs Carol Whiting, Family Support Worker, Ross-on-Wye Family Hub (01632 960 463)"),
    ])
    msg = multipart("mixed", [alt, attachment(plan, "EHA step down plan v2 - F Watts.docx", DOCX)],
                    "_004_LO2P265MB7311B00B1E5C0FFEE0DDBA11AB1ELO2P265MB7311GBRP_")
    when = "Fri, 22 Jan 2027 10:02:33 +0000"
    finish(msg, exo_received("LO2P265MB7311.GBRP265.PROD.OUTLOOK.COM", when) + [
        ("From", '"Jenkins, Lowri" <Lowri.Jenkins@herefordshire.gov.uk>'),
        ("To", MAILBOX_ADDR[("herefordshire", "early_help_duty")]),
        ("Subject", "RE: [SB-herefordshire-27] Step-down request received - information needed"),
        ("Thread-Topic", "[SB-herefordshire-27] Step-down request received - information needed"),
        ("Thread-Index", "AQHbbA9iNw4Qf2y3Gk6W8B1cXr5mZKxn2p0A"),
        ("Date", when),
        ("Message-ID", "<LO2P265MB73112B3C4D5E6F708192A3B4C5D6E@LO2P265MB7311.GBRP265.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", "<SB-herefordshire-27.ack.20270120160533@herefordshire.gov.uk>"),
        ("References", "<SB-herefordshire-27.ack.20270120160533@herefordshire.gov.uk>"),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", "yes"),
    ])
    exp = empty_expect()
    exp.update(kind="follow_up", case_ids=["618834"], children=[{"name": "Finley Watts", "dob": "2014-03-22"}],
               concerns=["school_attendance"], next_action="attach_to_request")
    return dict(file="herefordshire_03.eml", authority="herefordshire", mailbox="early_help_duty", now="2027-01-22T10:10:00+00:00",
                msg=msg, crlf=True, expect=exp,
                why="Reply to [SB-herefordshire-27] confirming the key person and attaching plan v2 (follow_up); Outlook HTML with "
                    "an inline logo (multipart/related); DOB, Mosaic id and the attendance worry come from the plan.")


@mail
def herefordshire_04():
    """Update with no reference: mum has withdrawn consent (windows-1252)."""
    body = ("Hi both,\n\n"
            "Further to my step down email last Thursday for Lacey Davies (Mosaic 621907) – unfortunately mum has changed her mind. "
            "When I went out today to get the consent form signed she said she doesn’t want Early Help involved and she won’t sign it, "
            "so she has withdrawn her consent.\n\n"
            "I’m discussing next steps with my manager tomorrow – please hold the step down for now and don’t allocate a key person.\n\n"
            "Thanks\nBethan\n\n"
            "Bethan Probert | Social Worker | Leominster Locality Team | Herefordshire Council | 01632 960 537\n\n"
            + DISCLAIMER["herefordshire"] + "\n")
    msg = text(body, charset="windows-1252", cte="quoted-printable")
    when = "Wed, 27 Jan 2027 17:20:45 +0000"
    finish(msg, [
        ("From", "Bethan Probert <Bethan.Probert@herefordshire.gov.uk>"),
        ("To", MAILBOX_ADDR[("herefordshire", "early_help_duty")]),
        ("Subject", "Lacey Davies - step down update"),
        ("Date", when),
        ("Message-ID", "<LO2P265MB7311F1E2D3C4B5A69788796A5B4C3@LO2P265MB7311.GBRP265.PROD.OUTLOOK.COM>"),
        ("Thread-Topic", "Lacey Davies - step down update"),
        ("Content-Language", "en-GB"),
    ])
    exp = empty_expect()
    exp.update(kind="follow_up", case_ids=["621907"], children=[{"name": "Lacey Davies", "dob": None}], consent=False,
               next_action="attach_to_request")
    return dict(file="herefordshire_04.eml", authority="herefordshire", mailbox="early_help_duty", now="2027-01-27T17:25:00+00:00",
                msg=msg, crlf=False, expect=exp,
                why="No reference: an update 'further to my step down email last Thursday' (follow_up) saying mum has withdrawn "
                    "her consent and won't sign the form, so consent false; windows-1252 quoted-printable with curly quotes and en dashes.")


@mail
def herefordshire_05():
    """Google Calendar iTIP REPLY, ACCEPTED."""
    ics = cal_reply("REPLY", "ACCEPTED", "Carol Whiting", "carol.whiting@rosswyefamilyhub.org.uk",
                    "Step-down drop-in [SB-herefordshire-27]", "SB-herefordshire-27-dropin-20270126@stepbot.herefordshire.gov.uk",
                    "20270126T093000", "20270126T100000", tz="UTC", dtstamp="20270122T154512Z",
                    organizer=("Early Help Co-ordinators", "earlyhelpcoordinators@herefordshire.gov.uk"),
                    extra=["CREATED:20270122T154512Z", "LAST-MODIFIED:20270122T154512Z"])
    plain = ("Carol Whiting has accepted this invitation.\n\nStep-down drop-in [SB-herefordshire-27]\n"
             "When: Tue 26 Jan 2027 09:30 - 10:00 (GMT)\nWhere: Microsoft Teams\n\nInvitation from Google Calendar\n\n"
             "You are receiving this email because you are an attendee on the event.\n")
    html = ('<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<p>Carol Whiting has accepted this invitation.</p><h3>Step-down drop-in [SB-herefordshire-27]</h3>'
            '<p>When: Tue 26 Jan 2027 09:30 - 10:00 (GMT)<br>Where: Microsoft Teams</p>'
            '<p style="color:#70757a">Invitation from Google Calendar</p></body></html>\n')
    alt = multipart("alternative", [text(plain, cte="base64"), text(html, "html"), text(ics, "calendar", cte="7bit", method="REPLY")],
                    "00000000000073f1c2062e60a9b1")
    msg = multipart("mixed", [alt, attachment(ics.encode("utf-8"), "invite.ics", ("application", "ics"))], "00000000000073f1c4062e60a9b3")
    when = "Fri, 22 Jan 2027 15:45:12 +0000"
    finish(msg, [
        ("From", "Carol Whiting <carol.whiting@rosswyefamilyhub.org.uk>"),
        ("To", MAILBOX_ADDR[("herefordshire", "early_help_duty")]),
        ("Subject", "Accepted: Step-down drop-in [SB-herefordshire-27] @ Tue 26 Jan 2027 09:30 - 10:00 (GMT) (earlyhelpcoordinators@herefordshire.gov.uk)"),
        ("Date", when),
        ("Message-ID", "<calendar-9a4f2d61-0c7e-4b3a-8d15-e6f7a8b9c0d1@google.com>"),
        ("Reply-To", "Carol Whiting <carol.whiting@rosswyefamilyhub.org.uk>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
    ])
    exp = empty_expect()
    exp.update(kind="meeting_reply", next_action="record_reply")
    return dict(file="herefordshire_05.eml", authority="herefordshire", mailbox="early_help_duty", now="2027-01-22T15:50:00+00:00",
                msg=msg, crlf=True, expect=exp,
                why="Google Calendar iTIP REPLY with PARTSTAT=ACCEPTED (text/calendar method=REPLY plus invite.ics), subject "
                    "'Accepted: Step-down drop-in [SB-herefordshire-27] @ ...'.")


@mail
def herefordshire_06():
    """Gmail vacation responder with a 'Re: [SB-...]' subject; only Auto-Submitted marks it."""
    plain = ("Hi,\n\nThanks for your email. I'm on leave from Friday 29th January and back on Monday 8th February, and won't be "
             "checking emails while I'm away.\n\nIf it's urgent please contact the Marches Youth Trust office on 01632 960 455.\n\n"
             "Jade\n\n--\nJade Bufton\nYouth Worker | Marches Youth Trust\n")
    html = ('<div dir="ltr">Hi,<div><br></div><div>Thanks for your email. I&#39;m on leave from Friday 29th January and back on Monday '
            '8th February, and won&#39;t be checking emails while I&#39;m away.</div><div><br></div><div>If it&#39;s urgent please '
            'contact the Marches Youth Trust office on 01632 960 455.</div><div><br></div><div>Jade</div><div><br></div>'
            '<div>--<br>Jade Bufton<br>Youth Worker | Marches Youth Trust</div></div>\n')
    msg = multipart("alternative", [text(plain), text(html, "html")], "000000000000e2a41c062e61b5d7")
    when = "Fri, 29 Jan 2027 08:15:40 +0000"
    finish(msg, [
        ("From", "Jade Bufton <jade.bufton@marchesyouthtrust.org.uk>"),
        ("To", MAILBOX_ADDR[("herefordshire", "early_help_duty")]),
        ("Subject", "Re: [SB-herefordshire-29] Step-down drop-in - invitation"),
        ("Date", when),
        ("Message-ID", "<CAK7nV2x9Pq4Lr8tWz+Hb0cFj3mYs1eXo5uT6dRv@mail.gmail.com>"),
        ("In-Reply-To", "<SB-herefordshire-29.invite.20270129081402@herefordshire.gov.uk>"),
        ("References", "<SB-herefordshire-29.invite.20270129081402@herefordshire.gov.uk>"),
        ("Auto-Submitted", "auto-replied"),
    ])
    exp = empty_expect()
    exp.update(kind="auto_reply", next_action="ignore")
    return dict(file="herefordshire_06.eml", authority="herefordshire", mailbox="early_help_duty", now="2027-01-29T08:20:00+00:00",
                msg=msg, crlf=True, expect=exp,
                why="Gmail vacation responder: subject 'Re: [SB-herefordshire-29] ...' looks like a human follow-up and there is "
                    "no 'Automatic reply:'; only 'Auto-Submitted: auto-replied' (and the leave wording) marks it.")


@mail
def herefordshire_07():
    """NHS team mailbox auto-acknowledgement marked only by Precedence: bulk."""
    plain = ("Thank you for your email to the Safeguarding Children Team. This mailbox is monitored Monday to Friday, 9am to 4.30pm, "
             "excluding bank holidays.\n\n"
             "This is an automatically generated response - please do not reply to it.\n\n"
             "If you have an immediate concern about the safety of a child, please contact the MASH on 01632 960 300 or, in an emergency, the police on 999.\n\n"
             "Safeguarding Children Team\nWye Valley NHS Trust\n\n"
             "********************************************************************************************************************\n"
             "This message may contain confidential information. If you are not the intended recipient please inform the sender that "
             "you have received the message in error before deleting it. Please do not disclose, copy or distribute information in this "
             "e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful.\n"
             "********************************************************************************************************************\n")
    msg = text(plain, charset="iso-8859-1", cte="quoted-printable")
    when = "Mon, 01 Feb 2027 09:14:02 +0000"
    finish(msg, [
        ("From", "Safeguarding Children Team (Wye Valley NHS Trust) <wvt.safeguardingchildren@nhs.net>"),
        ("To", MAILBOX_ADDR[("herefordshire", "early_help_duty")]),
        ("Subject", "RE: [SB-herefordshire-30] Step-down drop-in - invitation"),
        ("Date", when),
        ("Message-ID", "<AM9PR08MB6721C5B4A3928170F6E5D4C3B2A19@AM9PR08MB6721.eurprd08.prod.outlook.com>"),
        ("In-Reply-To", "<SB-herefordshire-30.invite.20270201091200@herefordshire.gov.uk>"),
        ("References", "<SB-herefordshire-30.invite.20270201091200@herefordshire.gov.uk>"),
        ("Precedence", "bulk"),
    ])
    exp = empty_expect()
    exp.update(kind="auto_reply", next_action="ignore")
    return dict(file="herefordshire_07.eml", authority="herefordshire", mailbox="early_help_duty", now="2027-02-01T09:20:00+00:00",
                msg=msg, crlf=False, expect=exp,
                why="Team-mailbox auto-acknowledgement ('automatically generated response - please do not reply') marked only by "
                    "'Precedence: bulk' (no Auto-Submitted, 'RE:' subject); the 999 sentence is boilerplate, not urgent.")


@mail
def herefordshire_08():
    """A practitioner's question about the process: other."""
    body = ("Hi,\n\nI'm new to the Leominster team so sorry if this is a silly question!\n\n"
            "I've got a sibling group where two of the three children are likely to step down to Early Help after the C&F assessment, "
            "but the eldest will stay open to us on a CIN plan. Do I do one step down plan for the two of them or a plan each? And does "
            "the written consent need signing by both parents if they live separately?\n\n"
            "Also - is the Tuesday drop-in still on over February half term, or should I just email the plan in?\n\n"
            "Thanks,\nRhiannon\n\n"
            "Rhiannon Wall | Social Worker (ASYE) | Leominster Locality Team | Herefordshire Council | 01632 960 582\n\n"
            + DISCLAIMER["herefordshire"] + "\n")
    msg = text(body, charset="us-ascii", cte="7bit")
    when = "Tue, 02 Feb 2027 15:33:08 +0000"
    finish(msg, [
        ("From", "Rhiannon Wall <Rhiannon.Wall@herefordshire.gov.uk>"),
        ("To", MAILBOX_ADDR[("herefordshire", "early_help_duty")]),
        ("Subject", "Quick question re step downs"),
        ("Date", when),
        ("Message-ID", "<LO2P265MB7311A9B8C7D6E5F4A3B2C1D0E9F8A@LO2P265MB7311.GBRP265.PROD.OUTLOOK.COM>"),
        ("Content-Language", "en-GB"),
    ])
    exp = empty_expect()
    exp.update(kind="other", next_action="human_review")
    return dict(file="herefordshire_08.eml", authority="herefordshire", mailbox="early_help_duty", now="2027-02-02T15:40:00+00:00",
                msg=msg, crlf=False, expect=exp,
                why="A new social worker's questions about the step-down process (sibling groups, consent, the drop-in over half "
                    "term) naming no child: other, human_review.")


# ============================================================================================
# Build
# ============================================================================================
KEYS = ["kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed", "missing", "notice_ok", "next_action"]


def main():
    labels = []
    seen = set()
    for fn in MAILS:
        m = fn()
        assert m["file"] not in seen, m["file"]
        seen.add(m["file"])
        exp = m["expect"]
        assert exp["kind"] and exp["next_action"], m["file"]
        if "notice" in m:
            today, meeting, required, given = m["notice"]
            got = working_days_between(dt.date.fromisoformat(today), dt.date.fromisoformat(meeting))
            assert got == given, (m["file"], got, given)
            assert exp["notice_ok"] == (got >= required), m["file"]
        data = serialise(m["msg"], m["crlf"])
        with open(os.path.join(HERE, m["file"]), "wb") as f:
            f.write(data)
        labels.append({
            "file": m["file"], "authority": m["authority"], "mailbox": m["mailbox"], "now": m["now"],
            "expect": {k: (sorted(exp[k]) if k in ("concerns", "missing") else exp[k]) for k in KEYS},
            "why": m["why"],
        })
    # Same order as the dev corpus: knowsley, richmond_wandsworth, tower_hamlets, torbay, herefordshire.
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print("wrote %d messages and labels.json to %s" % (len(labels), HERE))


if __name__ == "__main__":
    main()
