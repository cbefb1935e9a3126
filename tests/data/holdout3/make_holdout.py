#!/usr/bin/env python3
"""Write the holdout3 corpus: 40 labelled duty-mailbox emails (8 per authority) and labels.json.

Deterministic: fixed dates, Message-IDs, MIME boundaries, and attachment bytes (docx/xlsm zips are
rewritten with fixed timestamps and fixed core properties). Run with the project venv:

    /work/main/.venv/bin/python tests/data/holdout3/make_holdout.py

Everything in these messages is invented: people, children, schools, addresses, case numbers and
phone numbers (Ofcom drama ranges). The labels were written from DESIGN.md, REQUIREMENTS.md, the
seeds and the dev corpus's labels, without reading or running the parser.
"""
import datetime as dt
import hashlib
import io
import json
import os
import struct
import sys
import zipfile
import zlib
from email import charset as ecs
from email import encoders
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr
import email.policy

import docx  # python-docx
from docx.shared import Pt
import openpyxl

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED_ZIP_TIME = (2026, 11, 20, 9, 0, 0)
FIXED_DT = dt.datetime(2026, 11, 20, 9, 0, 0)

MAILS = []   # (filename, bytes)
LABELS = []  # label dicts, in file order
CHECKS = {}  # filename -> dict of extra facts for self-checks (meeting date, forbidden words)

CONCERNS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
            "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation",
            "school_attendance", "young_carer", "disability_send"}
REQ_IDS = {"case_summary", "rationale", "draft_plan", "step_up_form", "taf_minutes", "gcp2",
           "engaging_families", "exploitation_assessment", "assessment", "cin_minutes",
           "consent_form", "request_for_support", "case_id", "children", "consent",
           "manager_agreed", "lead_practitioner", "meeting_details", "worries_strengths_next"}


# --------------------------------------------------------------------------------------------
# small deterministic helpers
# --------------------------------------------------------------------------------------------
def h(seed, n=32):
    return hashlib.sha256(seed.encode()).hexdigest().upper()[:n]


def outlook_msgid(seed, host="LO2P265MB5123"):
    return f"<{host}{h(seed, 20)}@{host}.GBRP265.PROD.OUTLOOK.COM>"


def outlook_boundary(seed, kind="004"):
    return f"_{kind}_{h(seed + kind, 36)}GBRP265PRODOUTLOOKCOM_"


def apple_msgid(seed, domain):
    x = h(seed, 32)
    return f"<{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}@{domain}>"


def fix_zip(data, replace=None, extra=None):
    """Rewrite a zip with fixed timestamps (and optionally replaced/extra members)."""
    replace = replace or {}
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = replace.get(info.filename, src.read(info.filename))
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, blob)
        for name, blob in (extra or {}).items():
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def make_docx(blocks, author="Knowsley Council"):
    """blocks: ('h', text) heading, ('p', text) paragraph, ('t', rows) table (first row = header)."""
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    for kind, val in blocks:
        if kind == "h":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "t":
            ncols = max(len(r) for r in val)
            t = d.add_table(rows=0, cols=ncols)
            t.style = "Table Grid"
            for row in val:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    cells[i].text = v
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 3
    cp.title = ""
    buf = io.BytesIO()
    d.save(buf)
    return fix_zip(buf.getvalue())


def _pdf_escape(s):
    s = s.encode("cp1252", "replace").decode("latin-1")
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _wrap(line, width=92):
    if len(line) <= width:
        return [line]
    out, cur = [], ""
    for w in line.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        out.append(cur)
    return out


def make_pdf(lines, title="Document", author="Council"):
    """A small, valid, text-extractable PDF written by hand (Helvetica, WinAnsi)."""
    flat = []
    for ln in lines:
        flat.extend(_wrap(ln) if ln else [""])
    pages = [flat[i:i + 52] for i in range(0, len(flat), 52)] or [[]]
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    kids = []
    n = 5
    for pi, pl in enumerate(pages):
        ops = ["BT", "/F1 10 Tf", "13 TL", "56 790 Td"]
        for li, ln in enumerate(pl):
            font = "/F2 12 Tf" if (pi == 0 and li == 0) else "/F1 10 Tf"
            ops.append(font)
            ops.append(f"({_pdf_escape(ln)}) Tj T*")
        ops.append("ET")
        stream = "\n".join(ops).encode("latin-1")
        objs[n] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
        objs[n + 1] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                       b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % n)
        kids.append(n + 1)
        n += 2
    objs[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    info = n
    objs[info] = ("<< /Title (%s) /Author (%s) /Producer (Microsoft\\256 Word for Microsoft 365) "
                  "/CreationDate (D:20261120090000Z) /ModDate (D:20261120090000Z) >>"
                  % (_pdf_escape(title), _pdf_escape(author))).encode("latin-1")
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for k in sorted(objs):
        offsets[k] = out.tell()
        out.write(b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n")
    xref = out.tell()
    size = max(objs) + 1
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % size)
    for k in range(1, size):
        out.write(b"%010d 00000 n \n" % offsets[k])
    fid = h(title, 32).encode()
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
              % (size, info, fid, fid, xref))
    return out.getvalue()


def corrupt_pdf(seed):
    """Starts like a PDF, then garbage; no xref, no trailer, no %%EOF: unreadable."""
    body = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Len"
    junk = b""
    x = seed.encode()
    while len(junk) < 3000:
        x = hashlib.sha256(x).digest()
        junk += x
    return body + junk[:3000]


def make_xlsm(rows, author="Herefordshire Council"):
    """A macro-enabled workbook (.xlsm): openpyxl workbook plus a vbaProject.bin part."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Wellbeing plan"
    for r in rows:
        ws.append(r)
    wb.properties.creator = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    buf = io.BytesIO()
    wb.save(buf)
    raw = buf.getvalue()
    z = zipfile.ZipFile(io.BytesIO(raw))
    ct = z.read("[Content_Types].xml").decode()
    ct = ct.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                    "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
    ct = ct.replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>')
    rels = z.read("xl/_rels/workbook.xml.rels").decode()
    rels = rels.replace("</Relationships>",
                        '<Relationship Id="rIdVBA1" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:creator>{author}</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-20T09:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-20T09:00:00Z</dcterms:modified>'
            '</cp:coreProperties>')
    # A stand-in compound-file header followed by a module stub: enough to be a macro project part.
    vba = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff" + \
        b"Attribute VB_Name = \"ThisWorkbook\"\r\nSub Workbook_Open()\r\n  Call FillPlan\r\nEnd Sub\r\n" + b"\x00" * 400
    return fix_zip(raw, replace={"[Content_Types].xml": ct.encode(), "xl/_rels/workbook.xml.rels": rels.encode(),
                                  "docProps/core.xml": core.encode()},
                   extra={"xl/vbaProject.bin": vba})


def png_logo(rgb=(0, 94, 184), w=120, h_=36):
    raw = b""
    for y in range(h_):
        raw += b"\x00" + bytes(rgb) * w
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h_, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# --------------------------------------------------------------------------------------------
# MIME helpers
# --------------------------------------------------------------------------------------------
def text(t, subtype="plain", charset="utf-8", cte="qp"):
    cs = ecs.Charset(charset)
    if cte == "qp":
        cs.body_encoding = ecs.QP
    elif cte == "b64":
        cs.body_encoding = ecs.BASE64
    elif cte == "7bit":
        cs.body_encoding = None
    p = MIMEText(t, subtype, cs)
    del p["MIME-Version"]
    return p


def multipart(subtype, parts, boundary, **params):
    m = MIMEMultipart(subtype, boundary=boundary, **params)
    for p in parts:
        m.attach(p)
    if "MIME-Version" in m:
        del m["MIME-Version"]
    return m


def attachment(filename, data, mimetype, inline=False, cid=None):
    maintype, subtype = mimetype.split("/", 1)
    p = MIMEBase(maintype, subtype)
    p.set_payload(data)
    encoders.encode_base64(p)
    if "MIME-Version" in p:
        del p["MIME-Version"]
    try:
        filename.encode("ascii")
        p.set_param("name", filename)
        p.add_header("Content-Disposition", "inline" if inline else "attachment", filename=filename)
    except UnicodeEncodeError:
        p.set_param("name", ("utf-8", "", filename))
        p.add_header("Content-Disposition", "inline" if inline else "attachment",
                     filename=("utf-8", "", filename))
    if cid:
        p["Content-ID"] = f"<{cid}>"
    return p


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"
XLSM = "application/vnd.ms-excel.sheet.macroEnabled.12"


def addr(name, email_addr):
    try:
        name.encode("ascii")
        return formataddr((name, email_addr))
    except UnicodeEncodeError:
        return formataddr((name, email_addr), charset="utf-8")


def finish(root, headers, crlf=True):
    """Put the envelope headers before the MIME headers, add MIME-Version, serialise."""
    mime = [(k, v) for k, v in root.items()]
    for k in list(root.keys()):
        del root[k]
    for k, v in headers:
        if v is None:
            continue
        if isinstance(v, str) and any(ord(c) > 127 for c in v) and k.lower() == "subject":
            v = Header(v, "utf-8")
        root[k] = v
    root["MIME-Version"] = "1.0"
    for k, v in mime:
        if k.lower() == "mime-version":
            continue
        root[k] = v
    pol = email.policy.compat32.clone(linesep="\r\n" if crlf else "\n", max_line_length=998)
    return root.as_bytes(policy=pol)


def outlook_headers(frm, to, subject, date, msgid, cc=None, in_reply_to=None, references=None,
                    thread_topic=None, attach=False, extra=()):
    hs = [("From", frm), ("To", to), ("CC", cc), ("Subject", subject)]
    if thread_topic is None:
        thread_topic = subject[4:] if subject.startswith(("RE: ", "FW: ")) else subject
    hs += [("Thread-Topic", thread_topic)]
    hs += [("Thread-Index", "Ad" + h(msgid, 26).lower() + "=="), ("Date", date), ("Message-ID", msgid),
           ("In-Reply-To", in_reply_to), ("References", references),
           ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", "yes" if attach else ""), ("X-MS-TNEF-Correlator", "")]
    hs += list(extra)
    return hs


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Aptos;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
table.MsoTableGrid
	{border:solid windowtext 1.0pt;
	font-size:10.0pt;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]-->
</head>
<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""
OUTLOOK_TAIL = "</div>\n</body>\n</html>\n"


def outlook_html(body, tables=None, sig_from=None, logo_cid=None, quote_from=None):
    """Render plain text as Outlook HTML. Lines '[[TABLEn]]' are replaced by tables[n] (list of rows,
    first row bold). Lines from index sig_from on are the grey signature. Lines from quote_from on go
    inside the Outlook 'From:' separator block."""
    tables = tables or []
    lines = body.split("\n")
    out = [OUTLOOK_HEAD]
    for i, ln in enumerate(lines):
        if quote_from is not None and i == quote_from:
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n')
        if ln.startswith("[[TABLE") and ln.endswith("]]"):
            rows = tables[int(ln[7:-2])]
            out.append('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">\n')
            for ri, row in enumerate(rows):
                out.append("<tr>")
                for c in row:
                    cell = _esc(c)
                    if ri == 0:
                        cell = f"<b>{cell}</b>"
                    out.append('<td width="180" valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
                               f'<p class="MsoNormal">{cell}<o:p></o:p></p></td>')
                out.append("</tr>\n")
            out.append("</table>\n")
            continue
        if not ln.strip():
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
        elif sig_from is not None and i >= sig_from and (quote_from is None or i < quote_from):
            out.append('<p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">' + _esc(ln) + "<o:p></o:p></span></p>\n")
        elif quote_from is not None and i >= quote_from and ln.split(":")[0] in ("From", "Sent", "To", "Cc", "Subject"):
            k, _, v = ln.partition(":")
            out.append(f'<p class="MsoNormal"><b>{k}:</b>{_esc(v)}<o:p></o:p></p>\n')
        else:
            out.append('<p class="MsoNormal">' + _esc(ln) + "<o:p></o:p></p>\n")
    if logo_cid:
        out.append(f'<p class="MsoNormal"><img width="120" height="36" style="width:1.25in;height:.375in" id="Picture_x0020_1" src="cid:{logo_cid}" alt="Council logo"><o:p></o:p></p>\n')
    if quote_from is not None:
        out.append("</div>\n")
    out.append(OUTLOOK_TAIL)
    return "".join(out)


def gmail_html(body):
    parts = []
    for ln in body.split("\n"):
        parts.append("<div>" + (_esc(ln) if ln.strip() else "<br>") + "</div>")
    return '<div dir="ltr">' + "\n".join(parts) + "</div>\n"


def plain_table(rows):
    """Outlook's plain-text rendering of a table: tab-separated cells."""
    return "\n".join("\t".join(r) for r in rows)


def add(fname, data, authority, mailbox, now, kind, urgent=False, level=None, case_ids=(), children=(),
        concerns=(), consent=None, manager_agreed=None, missing=(), notice_ok=None, next_action=None,
        why="", meeting=None, no_urgent_words=False):
    assert fname == f"{authority}_{fname.rsplit('_', 1)[1]}"
    assert set(concerns) <= CONCERNS, concerns
    assert set(missing) <= REQ_IDS, missing
    MAILS.append((fname, data))
    LABELS.append({
        "file": fname,
        "authority": authority,
        "mailbox": mailbox,
        "now": now,
        "expect": {
            "kind": kind,
            "urgent": urgent,
            "level": level,
            "case_ids": list(case_ids),
            "children": [{"name": n, "dob": d} for n, d in children],
            "concerns": sorted(concerns),
            "consent": consent,
            "manager_agreed": manager_agreed,
            "missing": sorted(missing),
            "notice_ok": notice_ok,
            "next_action": next_action,
        },
        "why": why,
    })
    CHECKS[fname] = {"meeting": meeting, "no_urgent_words": no_urgent_words}


# --------------------------------------------------------------------------------------------
# disclaimers (none contains the words urgent / safeguarding / immediate)
# --------------------------------------------------------------------------------------------
KN_DISC = ("This e-mail and any files transmitted with it are confidential and intended solely for the use of the "
           "individual or entity to whom they are addressed. If you have received this e-mail in error please notify "
           "the sender and delete it from your system. Any views or opinions presented are solely those of the author "
           "and do not necessarily represent those of Knowsley Metropolitan Borough Council. Knowsley Council may "
           "monitor and record e-mail traffic for lawful business purposes. Please consider the environment before "
           "printing this e-mail.")
RW_DISC = ("CONFIDENTIALITY NOTICE: This email, including any attachments, is intended only for the named recipient(s) "
           "and may contain OFFICIAL-SENSITIVE personal data. If you are not the intended recipient you must not read, "
           "copy, use or disclose it; please tell the sender by reply and delete it. Richmond and Wandsworth Councils "
           "operate a shared staffing arrangement; emails sent to or from either council may be monitored and recorded. "
           "We process personal data in line with UK GDPR and the Data Protection Act 2018 - see the privacy notice on "
           "each council's website.")
TH_DISC = ("Tower Hamlets Council: This email and any attachments are confidential and may be legally privileged. They "
           "are intended solely for the addressee. If you are not the intended recipient, any disclosure, copying, "
           "distribution or action taken in reliance on it is prohibited. If you have received this email in error "
           "please let the sender know and delete it. All communications sent to or from Tower Hamlets Council may be "
           "subject to recording and/or monitoring in accordance with relevant legislation. Think before you print.")
TB_DISC = ("This email and any attachments are intended only for the named recipient and may contain information "
           "classified OFFICIAL-SENSITIVE. If you are not the intended recipient please notify the sender and delete it; "
           "unauthorised use, disclosure or copying is not permitted. Torbay Council does not accept liability for any "
           "viruses that may be transmitted with this email. Email is not a secure medium: please use secure email for "
           "personal information about children and families.")
HF_DISC = ("Any opinion expressed in this e-mail or its attachments is that of the sender and does not necessarily "
           "represent the views of Herefordshire Council. This e-mail and any attachments are confidential and intended "
           "solely for the use of the addressee. If you are not the intended recipient please notify the sender and "
           "delete it. Herefordshire Council monitors e-mail traffic in accordance with the law. Please do not print "
           "this e-mail unless you really need to.")

KMASH = "Knowsley MASH <knowsleymash@knowsley.gov.uk>"
KMASH_BS = "MASH Business Support <Mash.Businesssupport@knowsley.gov.uk>"
KFF = "Family First 0-18 Duty Mailbox <FamilyFirst0-18DutyMailbox@knowsley.gov.uk>"


def ack_text(ref, kind, items, extra=""):
    s = (f"Thank you for your {kind} request. Your reference is {ref} - please keep it in the subject line of any reply.\n\n"
         "Still needed before this can go ahead:\n" + "".join(f"- {i}\n" for i in items))
    if extra:
        s += "\n" + extra + "\n"
    s += "\nPlease reply to this email with the missing information.\n"
    return s


# ============================================================================================
# KNOWSLEY
# ============================================================================================
def knowsley():
    # ---------------------------------------------------------------- knowsley_01
    f = "knowsley_01.eml"
    body = """Morning all,

Please see attached step up request for Jaxon Flynn (DOB 03/04/2019) and his sister Mollie Flynn (DoB 21.09.2021), EHM-52210. Open to Family First at L3 since March.

Main worry is neglect - home conditions have gone backwards again since the summer (heating not on, mattresses on the floor soaked through, dog mess in the kitchen) and Jaxon is coming into school hungry and in the same clothes most days. Mollie's nursery have flagged she has lost weight. GCP2 done on 20/11 and attached, scores mostly 4s across physical care.

For clarity - there are no DA concerns, mum split from the children's dad in 2023 and he has no contact. Dad's historic cannabis use isn't relevant now either, he's been abstinent for 2 years and isn't in the household.

Mum consents to the step up - we talked it through at the home visit on Tuesday and she signed the form.

My TM Jo Halligan (cc'd) has discussed and agreed the step up - see form.

Step up TAF: Thursday 3rd December 2026 at 10:00, Huyton Family Hub (Room 2). I know Weds is preferred but school can't release their DSL on the 2nd. I'll send the Teams invite to MASH and MASH business support and invite the current TAF members.

Also attached - minutes from the last TAF (17/11).

Thanks
Leah

Leah Marsden
Family First Case Manager
Family First 0-18 | Knowsley Council
Tel: 0151 496 0482 | Mob: 07700 900482
Leah.Marsden@knowsley.gov.uk

""" + KN_DISC + "\n"
    sig_from = body.split("\n").index("Leah Marsden")
    form = make_docx([
        ("h", "FF Step Up request to CSC"),
        ("t", [["Child's name(s) and DOB:", "Jaxon Flynn - 03/04/2019\nMollie Flynn - 21/09/2021"],
               ["Case ID on EHM:", "EHM-52210"],
               ["Has this family recently closed to Children's Social Care?:", "No"],
               ["Date of step up TAF meeting:", "Thursday 03/12/2026, 10:00 - Huyton Family Hub, Room 2"],
               ["Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
                "Medium - mum attends TAFs and lets us in; changes to home conditions are not sustained. Toolkit not needed."],
               ["Recent TAF meeting minutes attached:", "Yes - 17/11/2026"]]),
        ("h2", "What are we worried about?"),
        ("t", [["Current Concerns (Impact on child)", "Past Harm", "Complicating Factors"],
               ["Neglect: home conditions (heating off, wet mattresses on the floor, dog mess in the kitchen); Jaxon arriving at school hungry and in the same clothes; Mollie's weight dropping (nursery).",
                "None recorded.", "Mum works evening shifts; no family nearby."]]),
        ("h2", "What is working well?"),
        ("t", [["Existing Strengths", "Existing Safety"],
               ["Mum is open with workers and wants the children at home with her.", "Breakfast club place for Jaxon; nursery five mornings for Mollie."]]),
        ("h2", "What next?"),
        ("t", [["Goals", "Next Steps"],
               ["A warm, clean home with proper beds and food every day.", "Step up TAF 03/12/2026; C&F assessment if agreed."]]),
        ("p", "Scaling Question: How well are the children's basic needs being met at home? (0 = not at all, 10 = fully)"),
        ("t", [[str(i) for i in range(11)], ["", "", "", "X", "", "", "", "", "", "", ""]]),
        ("h2", "Have you considered/completed/reviewed if applicable:"),
        ("t", [["Engaging Families Toolkit - Signs of Well-being Family Engagement Risk Assessment Tool.", "Not required"],
               ["Graded Care profile (If neglect should be completed).", "Completed 20/11/2026 - attached"],
               ["Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"]]),
        ("t", [["Up to date police information if applicable:", "None"],
               ["Agreement by line manager:", "\u2612 Yes   \u2610 No     Jo Halligan, Team Manager, 24/11/2026"],
               ["Contingency plan (Smart and timely).", "If not agreed: twice-weekly visits, GCP2 repeated in 6 weeks, fortnightly weight checks at nursery."],
               ["Outcome and rationale (To be saved on both ICS and EHM with a case note.).", ""]]),
    ], author="Leah Marsden")
    gcp2 = make_pdf([
        "Graded Care Profile 2 (GCP2) - Summary of Grades",
        "Children: Jaxon Flynn (03/04/2019), Mollie Flynn (21/09/2021)",
        "EHM ID: EHM-52210",
        "Assessor: Leah Marsden, Family First 0-18",
        "Date completed: 20/11/2026",
        "",
        "Area                                   Grade (1 = best, 5 = worst)",
        "Physical care - nutrition              4",
        "Physical care - housing                4",
        "Physical care - clothing               4",
        "Physical care - hygiene                4",
        "Physical care - health                 3",
        "Care of safety                         3",
        "Love and care                          2",
        "Stimulation and education              3",
        "",
        "Summary: the children's physical care is consistently below the level they need. Mum recognises the",
        "problem and accepts help but has not sustained change. Overall picture consistent with neglect.",
    ], title="GCP2 - Flynn", author="Leah Marsden")
    minutes = make_docx([
        ("h", "TAF Meeting Minutes - Flynn"),
        ("t", [["Date of meeting", "17/11/2026"], ["Venue", "Huyton Family Hub"]]),
        ("h2", "Attendees"),
        ("t", [["Name", "Role / agency"], ["Leah Marsden", "Family First Case Manager (chair)"],
               ["Ms S Flynn", "Mum"], ["Mrs K Aspinall", "Class teacher, St Oswin's RC Primary"],
               ["Ms T Roby", "Nursery manager, Little Acorns"]]),
        ("h2", "Discussion"),
        ("p", "Home conditions reviewed: no improvement since the October TAF. Jaxon arrived at school hungry on 7 of the last 10 days. Nursery report Mollie has lost weight since September. Mum said she is finding evenings hard with her shifts."),
        ("p", "Agreed that the GCP2 would be completed and that Family First would discuss a step up with the team manager."),
        ("h2", "Actions"),
        ("t", [["Action", "Who", "By when"], ["Complete GCP2", "Leah Marsden", "20/11/2026"],
               ["Breakfast club place", "School", "23/11/2026"], ["Nursery weight check", "Nursery", "Fortnightly"]]),
    ], author="Leah Marsden")
    logo_cid = "image001.png@01DD5A7E.3C0F2B10"
    html = outlook_html(body, sig_from=sig_from, logo_cid=logo_cid)
    rel = multipart("related", [text(html, "html"), attachment("image001.png", png_logo(), "image/png", inline=True, cid=logo_cid)],
                    outlook_boundary(f, "007"), type="text/html")
    alt = multipart("alternative", [text(body), rel], outlook_boundary(f, "000"))
    root = multipart("mixed", [alt, attachment("FF Step Up Request - Flynn.docx", form, DOCX),
                               attachment("GCP2 - Flynn 20.11.26.pdf", gcp2, PDF),
                               attachment("TAF minutes 17.11.26 - Flynn.docx", minutes, DOCX)],
                     outlook_boundary(f))
    data = finish(root, outlook_headers(
        '"Marsden, Leah" <Leah.Marsden@knowsley.gov.uk>', KMASH,
        "Step up request - Flynn children - EHM-52210 - TAF Thurs 3rd Dec", "Thu, 26 Nov 2026 11:08:37 +0000",
        outlook_msgid(f), cc=KMASH_BS + ', "Halligan, Jo" <Jo.Halligan@knowsley.gov.uk>', attach=True))
    add(f, data, "knowsley", "mash_step_up", "2026-11-26T11:20:00+00:00", "step_up",
        case_ids=["EHM-52210"], children=[("Jaxon Flynn", "2019-04-03"), ("Mollie Flynn", "2021-09-21")],
        concerns=["neglect"], consent=True, manager_agreed=True, missing=[], notice_ok=True, next_action="book_meeting",
        meeting="2026-12-03",
        why="Complete Knowsley neglect step-up (form, GCP2 pdf, TAF minutes; inline logo); TAF Thu 3 Dec from Thu 26 Nov is exactly 5 WD across a weekend (just met); 'no DA concerns' and dad's historic cannabis use (abstinent 2 years) are negated/historic so not concerns; DOBs as 03/04/2019 and 21.09.2021.")

    # ---------------------------------------------------------------- knowsley_02
    f = "knowsley_02.eml"
    body = """Hi,

Step up for Cody Pearce, 3rd April 2013, EHM-53391. Form and last 2 lots of TAF minutes attached.

Mum hasnt engaged for months - 5 missed home visits since Sept, not answering calls or letters, didnt come to the last 3 TAFs. Cody's attendance is 64% this term and he's had two fixed term exclusions. TM Lynne Mercer agreed the step up in supervision 01/12.

Mum hasn't been told about the step up yet - I'm going to try and catch her at the door tomorrow and ask her.

Step up TAF booked for Wed 9th Dec 2pm at Kirkby Family Hub, invite to follow.

ENGAGING FAMILIES TOOLKIT
Completed 27/11/2026. Engagement rated LOW.
Attempts made: 5 unannounced visits, 9 phone calls, 3 letters, offer of a meeting in school and an evening visit - none taken up.
Mum told school she "doesn't want social workers in her life".
Toolkit outcome: engagement strategies exhausted at L3 - consider step up.

Thanks
Craig

Craig Bibby | Family First Case Manager | Knowsley Council | 0151 496 0377

""" + KN_DISC + "\n"
    form = make_docx([
        ("h", "FF Step Up request to CSC"),
        ("t", [["Child's name(s) and DOB:", "Cody Pearce 03/04/2013"],
               ["Case ID on EHM:", "EHM-53391"],
               ["Has this family recently closed to Children's Social Care?:", "No"],
               ["Date of step up TAF meeting:", "Wednesday 09/12/2026 14:00, Kirkby Family Hub"],
               ["Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
                "LOW - Engaging Families Toolkit completed 27/11/2026 (summary in covering email)"],
               ["Recent TAF meeting minutes attached:", "Yes x2"]]),
        ("h2", "What are we worried about?"),
        ("t", [["Current Concerns (Impact on child)", "Past Harm", "Complicating Factors"],
               ["Mum not engaging with the plan; Cody's attendance 64%; two fixed-term exclusions this term.",
                "None known", "Mum works; no other adults in the home."]]),
        ("h2", "What is working well?"),
        ("t", [["Existing Strengths", "Existing Safety"], ["Cody likes football and goes to the club on Saturdays.", "Coach knows the family well."]]),
        ("h2", "What next?"),
        ("t", [["Goals", "Next Steps"], ["Cody in school every day.", "Step up TAF 09/12/2026."]]),
        ("h2", "Have you considered/completed/reviewed if applicable:"),
        ("t", [["Engaging Families Toolkit - Signs of Well-being Family Engagement Risk Assessment Tool.", "Yes - 27/11/2026"],
               ["Graded Care profile (If neglect should be completed).", "N/A"],
               ["Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"]]),
        ("t", [["Agreement by line manager:", "Lynne Mercer (TM) 01/12/2026"],
               ["Contingency plan (Smart and timely).", "Attendance panel; school-based TAF."]]),
    ], author="Craig Bibby")
    m1 = make_docx([("h", "TAF minutes - Pearce - 04/11/2026"),
                    ("t", [["Present", "Craig Bibby (FF), Mr L Fairclough (Head of Year 8), Ms J Pearce (mum)"],
                           ["Apologies", "School nurse"]]),
                    ("p", "Attendance 68%. Mum agreed to morning phone call from school. Next TAF 25/11/2026.")],
                   author="Craig Bibby")
    m2 = make_docx([("h", "TAF minutes - Pearce - 25/11/2026"),
                    ("t", [["Present", "Craig Bibby (FF), Mr L Fairclough (Head of Year 8)"],
                           ["Did not attend", "Ms J Pearce (mum) - no contact"]]),
                    ("p", "Attendance now 64%. Second fixed-term exclusion 20/11. Mum not seen since 14/10. Agreed CB to complete Engaging Families Toolkit and discuss step up with TM.")],
                   author="Craig Bibby")
    root = multipart("mixed", [text(body), attachment("Step up form - C Pearce.docx", form, DOCX),
                               attachment("TAF minutes 04.11.26.docx", m1, DOCX),
                               attachment("TAF minutes 25.11.26.docx", m2, DOCX)], outlook_boundary(f))
    data = finish(root, outlook_headers("Craig Bibby <Craig.Bibby@knowsley.gov.uk>", KMASH,
                                        "Step up - C Pearce EHM-53391", "Thu, 03 Dec 2026 16:41:09 +0000",
                                        outlook_msgid(f), cc=KMASH_BS, attach=True))
    add(f, data, "knowsley", "mash_step_up", "2026-12-03T16:52:00+00:00", "step_up",
        case_ids=["EHM-53391"], children=[("Cody Pearce", "2013-04-03")],
        concerns=["non_engagement", "school_attendance"], consent=None, manager_agreed=True, missing=[],
        notice_ok=False, next_action="request_info", meeting="2026-12-09",
        why="Terse non-engagement step-up, complete because the Engaging Families Toolkit is pasted into the body under its own heading; TAF Wed 9 Dec from Thu 3 Dec is only 4 WD (6 calendar days) so notice fails; consent null because mum 'hasn't been told yet' (will ask).")

    # ---------------------------------------------------------------- knowsley_03
    f = "knowsley_03.eml"
    body = """Hi Family First,

Happy almost new year! I'm stepping Tommy Rimmer (DOB 2019-04-03, ICS-1215508) down to Level 3 / targeted EH with Family First after his final CIN.

Final CIN meeting: Thursday 7th January 2027, 10:00, Whiston Family Hub, Old Colliery Road (room booked).

Mum (Kerry Rimmer) has given consent for the referral to Family First - she signed on 22/12. Tommy's older brother Jordan Rimmer (19) lives independently and isn't part of the plan. Mum is 30 weeks pregnant, baby due end of Feb, so the plan will need to think about that too.

What are we worried about?
- Mum's anxiety and panic attacks - she's on the waiting list for talking therapies.
- Tommy's speech and language delay - awaiting SALT, and school have started an EHCP needs assessment.

What is working well?
- CIN plan outcomes met: home conditions good, Tommy in school every day, mum accepting help.
- Maternal nan lives two streets away and does the school pick up.

What needs to happen?
- Family First case manager to pick up the TAF, first TAF review within 6 weeks.
- Support mum to access talking therapies and perinatal support.
- School SENCO to lead the EHCP application with SALT input.

TM Kevin Lunt has agreed the step down.

Any probs give me a shout - I'm in on the 31st.
Tanya

Tanya Okafor-Reid
Social Worker | Child in Need Team
Knowsley Children's Social Care
0151 496 0733

""" + KN_DISC + "\n"
    lines = body.split("\n")
    sig_from = lines.index("Tanya Okafor-Reid")
    # HTML version: the Signs of Safety headings as a 3-column table
    hbody = "\n".join(lines[:lines.index("What are we worried about?")]) + "\n[[TABLE0]]\n\n" + \
        "\n".join(lines[lines.index("TM Kevin Lunt has agreed the step down."):])
    hl = hbody.split("\n")
    html = outlook_html(hbody, tables=[[
        ["What are we worried about?", "What is working well?", "What needs to happen?"],
        ["Mum's anxiety and panic attacks - on the waiting list for talking therapies. Tommy's speech and language delay - awaiting SALT; school have started an EHCP needs assessment.",
         "CIN plan outcomes met: home conditions good, Tommy in school every day, mum accepting help. Maternal nan lives two streets away and does the school pick up.",
         "Family First case manager to pick up the TAF, first TAF review within 6 weeks. Support mum to access talking therapies and perinatal support. School SENCO to lead the EHCP application with SALT input."]]],
        sig_from=hl.index("Tanya Okafor-Reid"))
    root = multipart("alternative", [text(body), text(html, "html")], outlook_boundary(f, "000"))
    data = finish(root, outlook_headers('"Okafor-Reid, Tanya" <Tanya.Okafor-Reid@knowsley.gov.uk>', KFF,
                                        "Step down L3 - Rimmer - ICS-1215508 - final CIN 07/01",
                                        "Wed, 30 Dec 2026 09:31:52 +0000", outlook_msgid(f)))
    add(f, data, "knowsley", "early_help_duty", "2026-12-30T09:40:00+00:00", "step_down", level=3,
        case_ids=["ICS-1215508"], children=[("Tommy Rimmer", "2019-04-03")],
        concerns=["disability_send", "parental_mental_health"], consent=True, manager_agreed=True, missing=[],
        notice_ok=True, next_action="book_meeting", meeting="2027-01-07",
        why="Complete Knowsley Level 3 step-down ('Level 3 / targeted EH'): final CIN Thu 7 Jan 2027 from Wed 30 Dec 2026 is exactly 5 WD because 1 Jan is a bank holiday (just met); the 19-year-old brother and the unborn, unnamed baby are not children to list; ISO DOB.")

    # ---------------------------------------------------------------- knowsley_04
    f = "knowsley_04.eml"
    body = """Hello duty,

Letting you know of my intention to step the Gaskell children down to universal plus / Level 2 after their final CIN. School have agreed to take the lead under a school-led EHA and TAF.

Ruby Gaskell    3rd April 2016    ICS ref 1201473
Finn Gaskell    aged 6            ICS ref 1201474

Final CIN - Wed 30th Dec @ 1.30pm, Brackenwood CE Primary (family room). I know it's between Xmas and NY but it was the only date dad and school could all do.

Lead practitioner will be Mrs Dionne Kearns, Inclusion Lead at Brackenwood CE Primary School - she's been to the last two CINs and has agreed to take it on.

What are we worried about - Ruby's attendance dipped to 88% in the autumn term, mostly Mondays. Finn has had a few behaviour incidents at lunchtimes. No DA concerns since dad's ex-partner moved out in 2024.

What is working well - Dad has done everything on the CIN plan, the house is warm and well stocked, both kids say they feel happy at home. Paternal grandparents help with childcare.

What needs to happen - School EHA + TAF in January, attendance support plan with the EWO, lunchtime nurture group for Finn, TAF review at 6 weeks.

Cheers
Sunil

Sunil Dhar | Social Worker | Child in Need Team North | Knowsley Council
T: 0151 496 0915 | M: 07700 900915

""" + KN_DISC + "\n"
    root = text(body)
    data = finish(root, outlook_headers("Sunil Dhar <Sunil.Dhar@knowsley.gov.uk>", KFF,
                                        "Step down to L2 (universal plus) - Gaskell - final CIN 30/12",
                                        "Tue, 22 Dec 2026 16:07:44 +0000", outlook_msgid(f)))
    add(f, data, "knowsley", "early_help_duty", "2026-12-22T16:20:00+00:00", "step_down", level=2,
        case_ids=["1201473", "1201474"], children=[("Ruby Gaskell", "2016-04-03"), ("Finn Gaskell", None)],
        concerns=["school_attendance"], consent=None, manager_agreed=None, missing=[], notice_ok=False,
        next_action="request_info", meeting="2026-12-30",
        why="Level 2 ('universal plus / Level 2') step-down with date, time, venue, all three Signs of Safety headings and a named lead practitioner with agency, but the final CIN Wed 30 Dec from Tue 22 Dec is only 4 WD (25 and 28 Dec are bank holidays; a weekday count gives 6), so notice fails; 'ICS ref 1201473' is labelled 1201473; 'aged 6' gives dob null; 'No DA concerns' is negated.")

    # ---------------------------------------------------------------- knowsley_05 (urgent, no trigger words)
    f = "knowsley_05.eml"
    body = """MASH -

I'm at the Hardman house (EHM-47781, open to me at L3). Did an unannounced visit at 8.15 this morning because nursery raised concerns yesterday. Kayla Hardman (5) and Reggie Hardman (2) were in on their own, no adult in the property. Kayla let me in. She says mummy went out last night and didnt come back. Reggie was in a nappy that hadnt been changed since last night, there's no food in the house apart from dry cereal and the back door was wide open onto the canal path.

Mum's phone is going straight to voicemail. No other family I can reach. I can stay with Kayla and Reggie till about 11 but then I've got no one to hand them to.

Spoke to my TM Paula Ince at 8.40 - she agrees this needs to step up to social care today and said to email as well as ring, your line has been engaged twice.

I'll do the step up form and TAF paperwork after but pls can a social worker ring me on 07700 900614 as soon as you get this.

Bernie

Sent from my iPhone"""
    root = text(body, charset="us-ascii", cte="7bit")
    data = finish(root, [("From", "Bernie Twist <Bernadette.Twist@knowsley.gov.uk>"), ("To", KMASH),
                         ("Subject", "Hardman - EHM-47781 - need MASH to call me"),
                         ("Date", "Tue, 08 Dec 2026 08:57:10 +0000"),
                         ("Message-ID", apple_msgid(f, "knowsley.gov.uk")),
                         ("X-Mailer", "iPhone Mail (22B91)")], crlf=False)
    add(f, data, "knowsley", "mash_step_up", "2026-12-08T09:05:00+00:00", "step_up", urgent=True,
        case_ids=["EHM-47781"], children=[("Kayla Hardman", None), ("Reggie Hardman", None)],
        concerns=["neglect"], consent=None, manager_agreed=True,
        missing=["gcp2", "meeting_details", "step_up_form", "taf_minutes"], notice_ok=None,
        next_action="alert_duty", no_urgent_words=True,
        why="URGENT without the words urgent/safeguarding/immediate: a 5- and 2-year-old found alone this morning, mum unreachable, worker must leave at 11; iPhone plain text; neglect needs gcp2; no form, minutes or TAF date (notice null, meeting_details missing); the absent parent is not the 'missing' concern.")

    # ---------------------------------------------------------------- knowsley_06 (follow-up)
    f = "knowsley_06.eml"
    ack = ack_text("SB-knowsley-41", "step-up", ["at least 5 working days' notice of the step-up TAF meeting"],
                   "The step-up TAF meeting on 09/12/2026 gives 4 working days' notice; the protocol asks for at least 5 working days.")
    body = f"""Hi,

Re Cody Pearce (EHM-53391) - we've moved the step up TAF to Wed 16th Dec, 2pm, Kirkby Family Hub, so there's enough notice now. New invite going out this morning.

Also caught mum on the doorstep on Friday. She said she doesn't agree with social care getting involved and won't give consent - I've explained we're still going ahead with the TAF and she's welcome to come.

Craig

Craig Bibby | Family First Case Manager | Knowsley Council | 0151 496 0377

From: Knowsley MASH <knowsleymash@knowsley.gov.uk>
Sent: Thursday, December 3, 2026 4:53 PM
To: Craig Bibby <Craig.Bibby@knowsley.gov.uk>
Subject: [SB-knowsley-41] Step-up request received - information needed

{ack}
Knowsley MASH (automated message)

""" + KN_DISC + "\n"
    bl = body.split("\n")
    html = outlook_html(body, sig_from=bl.index("Craig Bibby | Family First Case Manager | Knowsley Council | 0151 496 0377"),
                        quote_from=bl.index("From: Knowsley MASH <knowsleymash@knowsley.gov.uk>"))
    root = multipart("alternative", [text(body), text(html, "html")], outlook_boundary(f, "000"))
    data = finish(root, outlook_headers("Craig Bibby <Craig.Bibby@knowsley.gov.uk>", KMASH,
                                        "RE: [SB-knowsley-41] Step-up request received - information needed",
                                        "Mon, 07 Dec 2026 10:38:02 +0000", outlook_msgid(f),
                                        in_reply_to="<SB-knowsley-41.ack.20261203165300@knowsley.gov.uk>",
                                        references="<SB-knowsley-41.ack.20261203165300@knowsley.gov.uk>"))
    add(f, data, "knowsley", "mash_step_up", "2026-12-07T10:45:00+00:00", "follow_up",
        case_ids=["EHM-53391"], children=[("Cody Pearce", None)], concerns=[], consent=False,
        manager_agreed=None, missing=[], notice_ok=None, next_action="attach_to_request",
        why="Reply to [SB-knowsley-41] moving the TAF date and reporting that mum refused consent (consent false even on a follow_up); follow_ups carry no requirements or notice; the quoted acknowledgement's notice wording is not a new request.")

    # ---------------------------------------------------------------- knowsley_07 (iTIP tentative)
    f = "knowsley_07.eml"
    ics = "\r\n".join([
        "BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        "BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000",
        "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
        "BEGIN:VEVENT",
        'ATTENDEE;PARTSTAT=TENTATIVE;CN="Moss, Gerard":mailto:Gerard.Moss@knowsley.gov.uk',
        "COMMENT;LANGUAGE=en-GB:Might be 10 mins late - coming straight from court.\\n",
        "SUMMARY;LANGUAGE=en-GB:Tentative: Step-up TAF meeting [SB-knowsley-38]",
        "DTSTART;TZID=GMT Standard Time:20261203T100000", "DTEND;TZID=GMT Standard Time:20261203T113000",
        "UID:SB-knowsley-38-taf-20261203@stepbot.knowsley.gov.uk", "CLASS:PUBLIC", "PRIORITY:5",
        "DTSTAMP:20261201T140412Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-GB:Huyton Family Hub - Room 2",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "END:VEVENT", "END:VCALENDAR", ""])
    plain = "Might be 10 mins late - coming straight from court.\n\nGed\n"
    cal = text(ics, "calendar", cte="b64")
    cal.set_param("method", "REPLY")
    root = multipart("alternative", [text(plain), text(outlook_html(plain), "html"), cal], outlook_boundary(f, "000"))
    data = finish(root, outlook_headers('"Moss, Gerard" <Gerard.Moss@knowsley.gov.uk>', KMASH,
                                        "Tentative: Step-up TAF meeting [SB-knowsley-38]",
                                        "Tue, 01 Dec 2026 14:04:12 +0000", outlook_msgid(f),
                                        thread_topic="Step-up TAF meeting [SB-knowsley-38]",
                                        extra=[("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAAB" + h(f, 20))]))
    add(f, data, "knowsley", "mash_step_up", "2026-12-01T14:10:00+00:00", "meeting_reply",
        next_action="record_reply",
        why="Outlook iTIP REPLY with PARTSTAT=TENTATIVE and a COMMENT ('Might be 10 mins late'), subject 'Tentative: ...': a meeting_reply even though it is neither accepted nor declined.")

    # ---------------------------------------------------------------- knowsley_08 (other, trap)
    f = "knowsley_08.eml"
    body = """Morning all,

Monthly reminder that the step-up request log for November needs to be up to date by Friday 4th so I can review it before the bi-monthly QA meeting.

November so far: 11 planned step-ups and 2 unplanned. One of the unplanned went to an urgent strategy discussion on the 12th after school raised an immediate safeguarding concern - that's been dealt with and is with the CIN team now, so there's nothing outstanding on it and nothing for the duty desk to do.

For each entry please make sure we have: date received, whether the TAF had 5 working days' notice, which assessment tools were attached, outcome and rationale, and the date the case was transferred to ICS.

Not urgent, but I'd like it done before the QA meeting.

Thanks
Corinne

Corinne Oduya
MASH Team Manager | Knowsley Council | 0151 496 0100

""" + KN_DISC + "\n"
    bl = body.split("\n")
    html = outlook_html(body, sig_from=bl.index("Corinne Oduya"))
    root = multipart("alternative", [text(body), text(html, "html")], outlook_boundary(f, "000"))
    data = finish(root, outlook_headers('"Oduya, Corinne" <Corinne.Oduya@knowsley.gov.uk>', KMASH,
                                        "Step-up request log - November review (not urgent)",
                                        "Tue, 01 Dec 2026 08:24:55 +0000", outlook_msgid(f), cc=KMASH_BS))
    add(f, data, "knowsley", "mash_step_up", "2026-12-01T08:30:00+00:00", "other",
        next_action="human_review",
        why="Non-urgent trap: the MASH manager's monthly step-up log reminder mentions a past 'urgent strategy discussion' and 'immediate safeguarding concern' that has been dealt with; no child, no request: kind other.")


# ============================================================================================
# RICHMOND & WANDSWORTH
# ============================================================================================
RW_MASH = "MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk>"
RW_EHD = "Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>"


def richmond():
    A = "richmond_wandsworth"
    # ---------------------------------------------------------------- 01 FW chain, ids only in attachment
    f = f"{A}_01.eml"
    body = """Hi MASH,

Passing on Dan's request below - I've reviewed this with him today and I agree the Castellano children should step up to Children's Services. Latest case summary attached (Mosaic IDs are in the summary).

Rationale for step up
Mum's new partner, Lee, has been violent towards her at least three times since September. She had a black eye at our visit on 19/11 and told Dan he "loses it" when he doesn't get his way. Mia has told her teacher that she hides under her bed with Leo when "they shout and bang". Mum has let Lee move back in despite telling us he had left. We don't think Early Help can manage this any longer. Lee is working away in Aberdeen until 14 December, so this can go through the normal step-up case discussion.

Mum has not been told about the step up yet - Dan and I think raising it before the case discussion could put her at more risk from Lee, so we would like to plan that conversation with you.

Thanks
Florence

Florence Achebe
Early Help Team Manager (Richmond)
Richmond and Wandsworth Councils
Tel: 020 7946 0781

From: Lowry, Dan <Dan.Lowry@richmondandwandsworth.gov.uk>
Sent: 27 November 2026 16:12
To: Achebe, Florence <Florence.Achebe@richmondandwandsworth.gov.uk>
Subject: Castellano - step up

Hi Flo,

Can we talk about stepping Mia and Leo Castellano up? It's mum's partner again - details in the case summary, which I've updated today. Mia is 7 (DOB 03/04/2019) and Leo is 4 (DOB 11/10/2022).

Separate thing - the Okafor family we discussed last week can wait till supervision, nothing new there.

Dan

Dan Lowry
Early Help Practitioner | Richmond Early Help
Tel: 020 7946 0788

""" + RW_DISC + "\n"
    bl = body.split("\n")
    html = outlook_html(body, sig_from=bl.index("Florence Achebe"),
                        quote_from=bl.index("From: Lowry, Dan <Dan.Lowry@richmondandwandsworth.gov.uk>"))
    summ = make_docx([
        ("h", "Early Help Case Summary"),
        ("t", [["Child", "DOB", "Mosaic ID"], ["Mia Castellano", "03/04/2019", "1390021"],
               ["Leo Castellano", "11/10/2022", "1390022"]]),
        ("t", [["Household", "Mum (Ms Gabriela Castellano), mum's partner (Lee), Mia, Leo"],
               ["Open to Early Help since", "02/06/2026"], ["Lead practitioner", "Dan Lowry, Richmond Early Help"]]),
        ("h2", "Summary of involvement"),
        ("p", "Open to Early Help in June 2026 for parenting support after a police notification about an argument at the flat. Since September mum has disclosed three incidents in which her partner has hit or pushed her; the children were in the flat each time."),
        ("h2", "Current worries"),
        ("p", "Partner's violence towards mum and the children's exposure to it; mum allowing the partner back into the home; Mia hiding with her brother during incidents."),
        ("h2", "Strengths"),
        ("p", "Both children attend school and nursery every day. Maternal aunt is supportive and lives nearby."),
    ], author="Dan Lowry")
    root = multipart("mixed", [multipart("alternative", [text(body), text(html, "html")], outlook_boundary(f, "000")),
                               attachment("Case summary - Castellano - 27.11.26.docx", summ, DOCX)], outlook_boundary(f))
    data = finish(root, outlook_headers('"Achebe, Florence" <Florence.Achebe@richmondandwandsworth.gov.uk>', RW_MASH,
                                        "FW: Castellano - step up", "Mon, 30 Nov 2026 10:52:19 +0000", outlook_msgid(f),
                                        cc='"Lowry, Dan" <Dan.Lowry@richmondandwandsworth.gov.uk>', attach=True))
    add(f, data, A, "mash_step_up", "2026-11-30T11:05:00+00:00", "step_up",
        case_ids=["1390021", "1390022"], children=[("Mia Castellano", "2019-04-03"), ("Leo Castellano", "2022-10-11")],
        concerns=["domestic_abuse"], consent=None, manager_agreed=True, missing=[], notice_ok=None,
        next_action="book_meeting",
        why="Complete step-up forwarded by the Early Help Team Manager (rationale under its own heading, case summary docx); domestic abuse described without the keyword ('mum's new partner has been violent towards her'); Mosaic IDs only in the attachment's table; DOBs only in the quoted worker email; the 'Okafor family' mention names no child; mum not told yet so consent null.")

    # ---------------------------------------------------------------- 02 corrupt case summary, manager pending
    f = f"{A}_02.eml"
    body = """Dear MASH Step Up,

I'm the Early Help practitioner for the Doherty family and would like to request a step up case discussion for Connor Doherty (11.2.14) and Shannon Doherty (9). Both children are on the same Mosaic record, Mosaic ID 1376649.

Rationale for step up
Dad's drinking has escalated since he was made redundant in the summer. Connor has come home from school three times in the last fortnight to find dad passed out on the sofa with Shannon in the house, and Connor (12) has effectively become Shannon's young carer - making her tea, getting her to bed and walking her to school. The TAF plan is not making a difference and dad says there isn't a problem.

Case summary attached.

My Team Manager, Sarah Whitlock, is on leave until Monday. I've left her a message and she'll confirm whether she agrees when she's back, so her agreement is still to come.

Kind regards
Priya

Priya Varma
Early Help Practitioner | Wandsworth Early Help (South)
Richmond and Wandsworth Councils
Tel: 020 7946 0815

""" + RW_DISC + "\n"
    bl = body.split("\n")
    html = outlook_html(body, sig_from=bl.index("Priya Varma"))
    root = multipart("mixed", [multipart("alternative", [text(body), text(html, "html")], outlook_boundary(f, "000")),
                               attachment("Case Summary - Doherty Dec26.pdf", corrupt_pdf(f), PDF)], outlook_boundary(f))
    data = finish(root, outlook_headers('"Varma, Priya" <Priya.Varma@richmondandwandsworth.gov.uk>', RW_MASH,
                                        "Step up request Doherty family Mosaic ID 1376649",
                                        "Thu, 10 Dec 2026 15:28:40 +0000", outlook_msgid(f), attach=True))
    add(f, data, A, "mash_step_up", "2026-12-10T15:35:00+00:00", "step_up",
        case_ids=["1376649"], children=[("Connor Doherty", "2014-02-11"), ("Shannon Doherty", None)],
        concerns=["substance_misuse", "young_carer"], consent=None, manager_agreed=None, missing=["case_summary"],
        notice_ok=None, next_action="request_info",
        why="Rationale pasted under its own heading but the case summary PDF is corrupt (no xref/trailer: unreadable, refused) so case_summary is missing; manager agreement pending ('still to come') is null and not a Richmond step-up requirement; DOB '11.2.14'; dad's drinking = substance_misuse without the keyword.")

    # ---------------------------------------------------------------- 03 step-down, consent only in form checkbox
    f = f"{A}_03.eml"
    body = """Hi,

Further to my call with the duty TM this morning, I'm confirming that I'd like the Larkin children stepped down to targeted Early Help \u2013 Level 3 \u2013 when the CIN plan closes. Case discussion agreed for Friday 27th November at 2pm on Teams.

Esme Larkin \u2013 DOB 2019-04-03 \u2013 Mosaic ID 1402215
Theo Larkin \u2013 DOB 2021-08-17 \u2013 Mosaic ID 1402216

The latest case summary and the draft plan for Early Help are attached. Remaining needs are around Esme\u2019s attendance (84%) and dad\u2019s low mood since the bereavement \u2013 he\u2019s now under his GP and has started counselling. Historic cannabis use by dad is noted on file \u2013 he\u2019s been abstinent for 2 years and his tests have been clear, so it isn\u2019t a current worry.

My TM, Grace Fairweather, will join the case discussion.

Thanks,
Kwame

Kwame Mensah-Boateng
Social Worker | Child in Need Team (Wandsworth)
Richmond and Wandsworth Councils
Tel: 020 7946 0650

""" + RW_DISC + "\n"
    summ = make_pdf([
        "Case Summary - Larkin children",
        "Esme Larkin (03/04/2019) Mosaic 1402215; Theo Larkin (17/08/2021) Mosaic 1402216",
        "Social worker: Kwame Mensah-Boateng. CIN plan since 05/2026.",
        "",
        "Reason for involvement: referral from school in April 2026 after mum's death; dad struggling to",
        "cope with the children's routines and his own grief.",
        "Progress: routines re-established, children well cared for, dad working with bereavement counselling.",
        "Remaining needs: Esme's attendance (84%); dad's low mood.",
    ], title="Case summary - Larkin", author="Kwame Mensah-Boateng")
    plan = make_docx([
        ("h", "Draft Early Help Plan - Larkin family"),
        ("t", [["Need", "Action", "Who", "By when"],
               ["Esme's attendance", "Attendance plan; morning check-in", "School / EH worker", "Feb 2027"],
               ["Dad's low mood", "Continue counselling; GP review", "Dad / GP", "Ongoing"],
               ["Routines", "Parenting support sessions", "EH worker", "6 weeks"]]),
        ("h2", "Parent / carer consent"),
        ("t", [["Parent/carer consents to step down to Early Help:", "\u2612 Yes   \u2610 No"],
               ["Name", "Mr Daniel Larkin"], ["Date", "20/11/2026"]]),
    ], author="Kwame Mensah-Boateng")
    root = multipart("mixed", [text(body), attachment("Case summary - Larkin Nov 2026.pdf", summ, PDF),
                               attachment("Draft EH plan - Larkin.docx", plan, DOCX)], outlook_boundary(f))
    data = finish(root, outlook_headers('"Mensah-Boateng, Kwame" <Kwame.Mensah-Boateng@richmondandwandsworth.gov.uk>',
                                        RW_EHD, "Step down to EH \u2013 Larkin \u2013 case discussion request",
                                        "Tue, 24 Nov 2026 14:31:05 +0000", outlook_msgid(f), attach=True))
    add(f, data, A, "early_help_duty", "2026-11-24T14:40:00+00:00", "step_down", level=3,
        case_ids=["1402215", "1402216"], children=[("Esme Larkin", "2019-04-03"), ("Theo Larkin", "2021-08-17")],
        concerns=["parental_mental_health", "school_attendance"], consent=True, manager_agreed=None, missing=[],
        notice_ok=None, next_action="book_meeting",
        why="Complete step-down (case summary PDF, draft plan docx) where consent appears only as a ticked checkbox in the plan form (consent true); 'targeted Early Help - Level 3' gives level 3; dad's historic cannabis use (abstinent 2 years) is not a concern; TM 'will join' is not agreement (null); QP UTF-8 with en dashes and an RFC 2047 subject.")

    # ---------------------------------------------------------------- 04 step-down, consent refused, level 2
    f = f"{A}_04.eml"
    body = """Good morning,

I'd like to discuss stepping Tobi Adeyinka (DOB 29/06/2011), Mosaic 1365530, down from CIN to Early Help at Level 2 (school-led, universal plus). Latest case summary and a draft Early Help plan are attached.

Tobi's remaining needs are around his SEN - he has an EHCP for autism and has struggled with the move into Year 10. There are some low-level worries about him staying out late with friends at weekends, but he always comes home when agreed and there is no sign of anyone older involved.

I have to be honest that mum has refused Early Help. When I raised it at the CIN review on 8 December she said she doesn't want "another service" and she declined to give consent. I'd still like the case discussion so we can think about how to offer it to her again.

My TM, Angela Brightwell, agrees with the plan to step down.

Many thanks
Holly

Holly Beaumont
Social Worker | Child in Need Team (Richmond)
Richmond and Wandsworth Councils
Tel: 020 7946 0693

""" + RW_DISC + "\n"
    bl = body.split("\n")
    html = outlook_html(body, sig_from=bl.index("Holly Beaumont"))
    summ = make_docx([("h", "Case summary - Tobi Adeyinka"),
                      ("t", [["Name", "Tobi Adeyinka"], ["DOB", "29/06/2011"], ["Mosaic ID", "1365530"],
                             ["School", "Thameside Vale Academy, Year 10 (EHCP - autism)"]]),
                      ("p", "Open to CIN since March 2026 after a placement breakdown at his previous school. The CIN plan has met its outcomes: school place secured, EHCP reviewed, mum has respite through the short breaks offer."),
                      ("p", "Remaining needs: support with transition in Year 10; continued liaison between home and school.")],
                     author="Holly Beaumont")
    plan = make_docx([("h", "Draft Early Help plan (Level 2) - Tobi Adeyinka"),
                      ("t", [["Need", "Action", "Who"], ["Transition in Year 10", "Key worker check-ins", "SENCO"],
                             ["Home-school liaison", "Half-termly review", "SENCO / mum"]])], author="Holly Beaumont")
    root = multipart("mixed", [text(html, "html"), attachment("Case summary - T Adeyinka.docx", summ, DOCX),
                               attachment("Draft EH plan L2 - T Adeyinka.docx", plan, DOCX)], outlook_boundary(f))
    data = finish(root, outlook_headers('"Beaumont, Holly" <Holly.Beaumont@richmondandwandsworth.gov.uk>', RW_EHD,
                                        "Step down - Adeyinka - Mosaic 1365530", "Tue, 15 Dec 2026 10:12:33 +0000",
                                        outlook_msgid(f), cc='"Brightwell, Angela" <Angela.Brightwell@richmondandwandsworth.gov.uk>',
                                        attach=True))
    add(f, data, A, "early_help_duty", "2026-12-15T10:20:00+00:00", "step_down", level=2,
        case_ids=["1365530"], children=[("Tobi Adeyinka", "2011-06-29")], concerns=["disability_send"],
        consent=False, manager_agreed=True, missing=["consent"], notice_ok=None, next_action="request_info",
        why="HTML-only step-down with case summary and draft plan but mum 'refused Early Help ... declined to give consent' (consent false, so consent missing); 'Level 2 (school-led, universal plus)' gives level 2; staying out late is explicitly not missing/exploitation ('always comes home', 'no sign of anyone older').")

    # ---------------------------------------------------------------- 05 urgent baby, no trigger words
    f = f"{A}_05.eml"
    body = """MASH colleagues,

Please take this as a step up, but I also need someone to call me back within the hour - I've tried the MASH line twice and it's engaged.

Our health visitor (Anna Whitby, Wandsworth HV team) saw Noah Achterberg, 4 months (DOB 11/07/2026), at home this morning for a weight check. He had two bruises on his left cheek and a bruise behind his right ear. He isn't rolling yet. Neither parent could say how they happened: mum said "maybe his sister did it" (Isla Achterberg is 3), then dad said Noah "fell off the sofa" on Sunday. The HV has photographed the marks. Noah is at home alone with dad this afternoon while mum is at work.

Rationale for step up
The family have been open to Early Help since September for parenting support after a difficult first few months with Noah. Fresh bruising on a baby who can't move himself, with two different explanations, is beyond what Early Help can hold and needs a social work response today.

Case summary attached. The parents have not been told we are contacting MASH.

I agree this step up as Early Help Team Manager.

Bola Adeyemi
Early Help Team Manager (Wandsworth South)
Richmond and Wandsworth Councils
Tel: 020 7946 0802 | Mob: 07700 900802

""" + RW_DISC + "\n"
    bl = body.split("\n")
    html = outlook_html(body, sig_from=bl.index("Bola Adeyemi"))
    summ = make_docx([("h", "Early Help Case Summary - Achterberg"),
                      ("t", [["Child", "DOB", "Mosaic ID"], ["Noah Achterberg", "11/07/2026", "1411873"],
                             ["Isla Achterberg", "14/02/2023", "1411874"]]),
                      ("p", "Open to Early Help since 09/2026 (referral from the health visitor) for parenting support: feeding difficulties and parental exhaustion in Noah's first months. Weekly home visits; parents engaging."),
                      ("p", "No previous children's social care involvement.")], author="Bola Adeyemi")
    root = multipart("mixed", [multipart("alternative", [text(body), text(html, "html")], outlook_boundary(f, "000")),
                               attachment("Case summary Achterberg.docx", summ, DOCX)], outlook_boundary(f))
    data = finish(root, outlook_headers('"Adeyemi, Bola" <Bola.Adeyemi@richmondandwandsworth.gov.uk>', RW_MASH,
                                        "Step up - baby Achterberg - Mosaic 1411873 - please call me",
                                        "Thu, 03 Dec 2026 12:06:48 +0000", outlook_msgid(f), attach=True,
                                        extra=[("Importance", "high"), ("X-Priority", "1")]))
    add(f, data, A, "mash_step_up", "2026-12-03T12:15:00+00:00", "step_up", urgent=True,
        case_ids=["1411873", "1411874"], children=[("Noah Achterberg", "2026-07-11"), ("Isla Achterberg", "2023-02-14")],
        concerns=["physical_harm"], consent=None, manager_agreed=True, missing=[], notice_ok=None,
        next_action="alert_duty", no_urgent_words=True,
        why="URGENT without the words urgent/safeguarding/immediate: fresh unexplained bruising on a non-mobile 4-month-old seen this morning, two different explanations, baby alone with dad this afternoon; otherwise complete (rationale heading + case summary, whose table gives Isla's DOB and both Mosaic IDs).")

    # ---------------------------------------------------------------- 06 iTIP declined with comment
    f = f"{A}_06.eml"
    ics = "\r\n".join([
        "BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        "BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000",
        "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
        "BEGIN:VEVENT",
        'ATTENDEE;PARTSTAT=DECLINED;CN="Achebe, Florence":mailto:Florence.Achebe@richmondandwandsworth.gov.uk',
        "COMMENT;LANGUAGE=en-GB:I'm on leave that day - my deputy Marta Sokol will attend instead.\\n",
        "SUMMARY;LANGUAGE=en-GB:Declined: Step-up case discussion [SB-richmond_wandsworth-17]",
        "DTSTART;TZID=GMT Standard Time:20261202T140000", "DTEND;TZID=GMT Standard Time:20261202T150000",
        "UID:SB-richmond_wandsworth-17-disc-20261202@stepbot.richmondandwandsworth.gov.uk",
        "DTSTAMP:20261201T091503Z", "SEQUENCE:0", "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-BUSYSTATUS:FREE", "END:VEVENT", "END:VCALENDAR", ""])
    plain = "I'm on leave that day - my deputy Marta Sokol will attend instead.\n"
    cal = text(ics, "calendar", cte="b64")
    cal.set_param("method", "REPLY")
    root = multipart("alternative", [text(plain), text(outlook_html(plain), "html"), cal], outlook_boundary(f, "000"))
    data = finish(root, outlook_headers('"Achebe, Florence" <Florence.Achebe@richmondandwandsworth.gov.uk>', RW_MASH,
                                        "Declined: Step-up case discussion [SB-richmond_wandsworth-17]",
                                        "Tue, 01 Dec 2026 09:15:03 +0000", outlook_msgid(f),
                                        thread_topic="Step-up case discussion [SB-richmond_wandsworth-17]"))
    add(f, data, A, "mash_step_up", "2026-12-01T09:20:00+00:00", "meeting_reply", next_action="record_reply",
        why="Outlook iTIP REPLY, PARTSTAT=DECLINED with a comment naming a deputy; subject 'Declined: ...'.")

    # ---------------------------------------------------------------- 07 follow-up with docx carrying the facts
    f = f"{A}_07.eml"
    ack = ack_text("SB-richmond_wandsworth-22", "step-up", ["the latest case summary (the attached file could not be read)"])
    body = f"""Hi,

Re-sending the case summary for Connor and Shannon Doherty (Mosaic ID 1376649) as a Word document - the PDF must have corrupted when I saved it.

Sarah is back from leave and has confirmed she agrees the step up - she's cc'd.

Thanks
Priya

Priya Varma
Early Help Practitioner | Wandsworth Early Help (South)
Tel: 020 7946 0815

From: MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk>
Sent: 10 December 2026 15:36
To: Varma, Priya <Priya.Varma@richmondandwandsworth.gov.uk>
Subject: [SB-richmond_wandsworth-22] Step-up request received - information needed

{ack}
MASH Step Up (automated message)

""" + RW_DISC + "\n"
    bl = body.split("\n")
    html = outlook_html(body, sig_from=bl.index("Priya Varma"), quote_from=bl.index("From: MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk>"))
    summ = make_docx([("h", "Early Help Case Summary - Doherty"),
                      ("t", [["Child", "DOB", "Mosaic ID"], ["Connor Doherty", "11/02/2014", "1376649"],
                             ["Shannon Doherty", "05/09/2017", "1376649"]]),
                      ("p", "Open to Early Help since 03/2026 after a referral from the school nurse. Since dad's redundancy in July his drinking has escalated; he has been found asleep and unrousable on the sofa when the children come home."),
                      ("p", "Connor has taken on caring for his sister: cooking, bedtimes and the school run."),
                      ("p", "Strengths: both children are doing well at school; paternal aunt is supportive.")],
                     author="Priya Varma")
    root = multipart("mixed", [multipart("alternative", [text(body), text(html, "html")], outlook_boundary(f, "000")),
                               attachment("Case Summary - Doherty Dec26.docx", summ, DOCX)], outlook_boundary(f))
    data = finish(root, outlook_headers('"Varma, Priya" <Priya.Varma@richmondandwandsworth.gov.uk>', RW_MASH,
                                        "RE: [SB-richmond_wandsworth-22] Step-up request received - information needed",
                                        "Mon, 14 Dec 2026 09:41:27 +0000", outlook_msgid(f),
                                        cc='"Whitlock, Sarah" <Sarah.Whitlock@richmondandwandsworth.gov.uk>',
                                        in_reply_to="<SB-richmond_wandsworth-22.ack.20261210153600@richmondandwandsworth.gov.uk>",
                                        references="<SB-richmond_wandsworth-22.ack.20261210153600@richmondandwandsworth.gov.uk>",
                                        attach=True))
    add(f, data, A, "mash_step_up", "2026-12-14T09:50:00+00:00", "follow_up",
        case_ids=["1376649"], children=[("Connor Doherty", "2014-02-11"), ("Shannon Doherty", "2017-09-05")],
        concerns=["substance_misuse", "young_carer"], consent=None, manager_agreed=True, missing=[], notice_ok=None,
        next_action="attach_to_request",
        why="Reply to [SB-richmond_wandsworth-22] re-sending the case summary as docx (its table gives both DOBs; its text gives dad's drinking and Connor caring for his sister) and stating the cc'd TM now agrees (manager_agreed true); follow_up so no requirements.")

    # ---------------------------------------------------------------- 08 Exchange NDR
    f = f"{A}_08.eml"
    ndr_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body>
<div style="font-family:'Segoe UI',Frutiger,Arial,sans-serif"><div style="font-size:16pt;color:#C00000">Your message to dan.lowery@richmondandwandsworth.gov.uk couldn't be delivered.</div>
<div style="font-size:12pt">dan.lowery wasn't found at richmondandwandsworth.gov.uk.</div>
<br><table><tr><td>MASH-StepUP</td><td>Office 365</td><td>dan.lowery</td></tr><tr><td>Action Required</td><td></td><td>Recipient</td></tr></table>
<br><div style="font-size:11pt"><b>Unknown To address</b></div>
<div style="font-size:10pt">How to Fix It<br>The address may be misspelled or may not exist. Try one or more of the following: retype the recipient's address, then resend the message.</div>
<br><div style="font-size:9pt;color:#555">Diagnostic information for administrators:<br>Generating server: LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM<br>
dan.lowery@richmondandwandsworth.gov.uk<br>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</div>
</div></body></html>
"""
    b1 = Message()
    b1["Reporting-MTA"] = "dns;LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM"
    b1["Received-From-MTA"] = "dns;stepbot.richmondandwandsworth.gov.uk"
    b1["Arrival-Date"] = "Wed, 25 Nov 2026 15:58:40 +0000"
    b2 = Message()
    b2["Final-Recipient"] = "rfc822;dan.lowery@richmondandwandsworth.gov.uk"
    b2["Action"] = "failed"
    b2["Status"] = "5.1.10"
    b2["Diagnostic-Code"] = "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    ds.set_payload([b1, b2])
    orig = ("From: MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk>\n"
            "To: dan.lowery@richmondandwandsworth.gov.uk\n"
            "Subject: [SB-richmond_wandsworth-15] Step-up case discussion invitation\n"
            "Date: Wed, 25 Nov 2026 15:58:39 +0000\n"
            "Message-ID: <SB-richmond_wandsworth-15.invite.20261125155839@richmondandwandsworth.gov.uk>\n"
            "Auto-Submitted: auto-generated\n"
            "MIME-Version: 1.0\n"
            "Content-Type: multipart/mixed; boundary=\"sb-15-invite\"\n")
    hdrs = text(orig, "rfc822-headers", charset="us-ascii", cte="7bit")
    root = multipart("report", [text(ndr_html, "html", charset="us-ascii", cte="qp"), ds, hdrs],
                     "_000_" + h(f, 30) + "_", report_type="delivery-status")
    data = finish(root, [("Return-Path", "<>"),
                         ("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@richmondandwandsworth.gov.uk>"),
                         ("To", RW_MASH), ("Date", "Wed, 25 Nov 2026 15:58:41 +0000"),
                         ("Subject", "Undeliverable: [SB-richmond_wandsworth-15] Step-up case discussion invitation"),
                         ("Message-ID", outlook_msgid(f)),
                         ("In-Reply-To", "<SB-richmond_wandsworth-15.invite.20261125155839@richmondandwandsworth.gov.uk>"),
                         ("Content-Language", "en-GB"),
                         ("X-MS-Exchange-Message-Is-Ndr", ""),
                         ("X-MS-Has-Attach", "")])
    add(f, data, A, "mash_step_up", "2026-11-25T16:02:00+00:00", "auto_reply", next_action="ignore",
        why="Exchange Online non-delivery report (multipart/report delivery-status, empty Return-Path, X-MS-Exchange-Message-Is-Ndr, 'Undeliverable:' subject) with no Auto-Submitted header: a bounce, never answered.")


# ============================================================================================
# TOWER HAMLETS
# ============================================================================================
TH_MAST = "MAST <MAST@towerhamlets.gov.uk>"
TH_EHH = "Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>"


def marf_docx(rows, author):
    return make_docx([("h", "Multi-Agency Request for Support (MARF)"),
                      ("p", "London Borough of Tower Hamlets - MAST. Please complete all sections."),
                      ("t", rows)], author=author)


def tower_hamlets():
    A = "tower_hamlets"
    # ---------------------------------------------------------------- 01 complete MARF, radicalisation w/o keyword
    f = f"{A}_01.eml"
    body = """Hi MAST,

Please find attached a completed Multi-Agency Request for Support for Kyle Brannigan (DOB: 3rd April 2012). Kyle is open to Targeted Early Help and we are asking for a step up to Children's Social Care.

In short: since the summer Kyle has been spending hours every night in far-right Telegram groups, has started repeating that "migrants are invaders", and last week drew swastikas on his exercise book and shared far-right memes in his class group chat. School have made a Prevent referral. Mum is worried but can't get him off his phone.

This has been discussed with my manager, Rezwana Ahmed (Team Manager, Early Help Hub), who agrees the step up. Mum knows we are referring to MAST and is in agreement.

Thanks,
Imran

Imran Chowdhury
Early Help Practitioner | Early Help Hub
London Borough of Tower Hamlets
020 7946 0455

""" + TH_DISC + "\n"
    marf = marf_docx([
        ["Child's name", "Kyle Brannigan"], ["Date of birth", "03/04/2012"], ["Mosaic ID", "1447120"],
        ["Address", "Flat 12, Harford House, Stepney Green Way, London E1 9ZZ"],
        ["Parent / carer", "Ms Donna Brannigan (mother)"], ["School", "Stepney Vale Secondary School, Year 9"],
        ["Reason for request",
         "Kyle is spending long periods in online far-right groups, repeating extremist views at school, drew swastikas on his book and shared far-right memes with classmates. Prevent referral made by school 20/11/2026."],
        ["What has Early Help done", "Targeted Early Help since 06/2026: 1:1 mentoring, online safety work with mum, school pastoral plan."],
        ["Has the parent/carer consented to this request?", "Yes - mum, 26/11/2026"],
        ["Manager agreement", "Rezwana Ahmed, Team Manager, Early Help Hub - agreed 26/11/2026"],
        ["Referrer", "Imran Chowdhury, Early Help Practitioner, 020 7946 0455"]], author="Imran Chowdhury")
    bl = body.split("\n")
    html = outlook_html(body, sig_from=bl.index("Imran Chowdhury"))
    root = multipart("mixed", [multipart("alternative", [text(body), text(html, "html")], outlook_boundary(f, "000")),
                               attachment("MARF - K Brannigan.docx", marf, DOCX)], outlook_boundary(f))
    data = finish(root, outlook_headers('"Chowdhury, Imran" <Imran.Chowdhury@towerhamlets.gov.uk>', TH_MAST,
                                        "MARF - step up request - K Brannigan", "Fri, 27 Nov 2026 12:48:15 +0000",
                                        outlook_msgid(f), attach=True))
    add(f, data, A, "mash_step_up", "2026-11-27T13:00:00+00:00", "step_up",
        case_ids=["1447120"], children=[("Kyle Brannigan", "2012-04-03")], concerns=["radicalisation"],
        consent=True, manager_agreed=True, missing=[], notice_ok=None, next_action="book_meeting",
        why="Complete MAST step-up: MARF docx (the Mosaic ID appears only in its table), manager agreement by name and role; radicalisation described without the keyword (far-right groups, extremist views, Prevent referral); DOB '3rd April 2012'; mum 'in agreement' = consent.")

    # ---------------------------------------------------------------- 02 manager refused
    f = f"{A}_02.eml"
    body = """Hi,

I'm sending a MARF for the Miah children:
Rahim Miah (03/04/2015)
Sumaiya Miah (3.4.18)
Ayaan Miah (DOB 12 Sept 2025)
Mosaic: 1455012 (Rahim), 1455013 (Sumaiya), 1455014 (Ayaan)

I need to be upfront: I discussed this with my manager on Monday and she did not agree to the step up - her view is that we should hold one more TAF in January first. I disagree, and I'm sending it so MAST can give a view; I've told her I'm doing this.

The worries: dad has been sleeping most of the day since he lost his job and barely leaves his room - he told the GP he feels low all the time and has just started antidepressants. Mum works nights, so Rahim (11) is getting the younger two up, fed and to nursery most days. The flat is cold, the fridge is usually empty and Ayaan's nappies are often left unchanged for hours.

I haven't asked mum or dad about a referral yet.

Georgia

Georgia Pike | Family Support Worker | Early Help Hub | LBTH | 020 7946 0471

""" + TH_DISC + "\n"
    marf = marf_docx([
        ["Children", "Rahim Miah 03/04/2015; Sumaiya Miah 03/04/2018; Ayaan Miah 12/09/2025"],
        ["Mosaic IDs", "1455012 / 1455013 / 1455014"],
        ["Reason for request", "Dad's low mood and withdrawal; Rahim caring for his siblings; cold flat, little food, baby's care neglected."],
        ["Has the parent/carer consented to this request?", "Not yet asked"],
        ["Manager agreement", "Not agreed - manager would like a further TAF first (see email)"],
        ["Referrer", "Georgia Pike, Family Support Worker"]], author="Georgia Pike")
    root = multipart("mixed", [text(body), attachment("MARF Miah children.docx", marf, DOCX)], outlook_boundary(f))
    data = finish(root, outlook_headers("Georgia Pike <Georgia.Pike@towerhamlets.gov.uk>", TH_MAST,
                                        "Step up - Miah family - MARF attached", "Wed, 16 Dec 2026 15:58:20 +0000",
                                        outlook_msgid(f), attach=True))
    add(f, data, A, "mash_step_up", "2026-12-16T16:05:00+00:00", "step_up",
        case_ids=["1455012", "1455013", "1455014"],
        children=[("Rahim Miah", "2015-04-03"), ("Sumaiya Miah", "2018-04-03"), ("Ayaan Miah", "2025-09-12")],
        concerns=["neglect", "parental_mental_health", "young_carer"], consent=None, manager_agreed=False,
        missing=["manager_agreed"], notice_ok=None, next_action="request_info",
        why="MARF attached but the manager 'did not agree to the step up' (manager_agreed false, so missing); three DOB formats (03/04/2015, 3.4.18, 12 Sept 2025); concerns without keywords (dad's low mood, 11-year-old caring for siblings, cold flat and unchanged nappies); consent not yet asked = null.")

    # ---------------------------------------------------------------- 03 step-down complete, trap words, HTML table
    f = f"{A}_03.eml"
    body = """Hello Early Help Hub,

Following the conclusion of the Child and Family Assessment on 18/11/2026, the recommendation is step-down to a co-ordinated Early Help plan (TAF) for the children below.

[[TABLE0]]

Background, for context only: the children were subject to child protection plans in 2024 after an urgent strategy meeting following an incident involving their father, who has had no contact since and now lives abroad. The CP plan ended in September 2025 and the CIN plan has now met its outcomes. There are no immediate safeguarding concerns and nothing in the assessment suggests a current risk of harm.

Remaining needs: Zain's ADHD (SEN support plan in place at school) and mum's isolation and low mood - she has asked for help to get back into work.

Mum (Ms Farah Ahmed) has consented to the step-down and to sharing the TAF plan.
Lead practitioner: Mr Tomasz W\u00f3jcik, Family Support Worker, Wickham Road Children and Family Centre - agreed at the CIN review on 16/11.

TAF meeting: Monday 30th November, 14:00, Wickham Road Children and Family Centre (I will chair and put the minutes on Mosaic).

C&F assessment and draft TAF plan attached.

Kind regards
Lucie

Lucie Novak
Social Worker | Children's Social Care | London Borough of Tower Hamlets
020 7946 0519

""" + TH_DISC + "\n"
    table = [["Name", "DOB", "Mosaic ID"], ["Safiya Ahmed-Price", "DOB 2014-01-09", "1398870"],
             ["Zain Ahmed-Price", "03.04.2017", "1398871"], ["Layla Ahmed-Price", "3rd April 2020", "1398872"]]
    bl = body.split("\n")
    html = outlook_html(body, tables=[table], sig_from=bl.index("Lucie Novak"))
    cfa = make_pdf([
        "Child and Family Assessment - Summary and Analysis",
        "Children: Safiya, Zain and Layla Ahmed-Price",
        "Assessment completed: 18/11/2026. Social worker: Lucie Novak",
        "Outcome: step down to co-ordinated Early Help (TAF) with a Lead Practitioner.",
        "",
        "Analysis: the family's needs no longer require statutory intervention. The CIN plan outcomes have",
        "been met. Remaining needs relate to Zain's ADHD and support at school, and mum's isolation and low",
        "mood. Views of the family: mum wants the children's centre to stay involved; Safiya would like help",
        "with revision for her GCSEs next year.",
    ], title="C&F Assessment - Ahmed-Price", author="Lucie Novak")
    plan = make_docx([("h", "Draft TAF Plan - Ahmed-Price family"),
                      ("t", [["Need", "Action", "Who", "By when"],
                             ["Zain's ADHD and school support", "SEN support plan review; parenting ADHD course", "SENCO / Mr Wojcik", "Feb 2027"],
                             ["Mum's isolation and low mood", "Talking therapies self-referral; employment support", "Mum / Mr Wojcik", "Jan 2027"]])],
                     author="Lucie Novak")
    root = multipart("mixed", [text(html, "html"), attachment("C&F Assessment - Ahmed-Price - Nov 2026.pdf", cfa, PDF),
                               attachment("TAF plan (draft) Ahmed-Price.docx", plan, DOCX)], outlook_boundary(f))
    data = finish(root, outlook_headers('"Novak, Lucie" <Lucie.Novak@towerhamlets.gov.uk>', TH_EHH,
                                        "Step down from CIN - Ahmed-Price children - C&F assessment + TAF plan",
                                        "Mon, 23 Nov 2026 11:17:09 +0000", outlook_msgid(f), attach=True))
    add(f, data, A, "early_help_duty", "2026-11-23T11:30:00+00:00", "step_down",
        case_ids=["1398870", "1398871", "1398872"],
        children=[("Safiya Ahmed-Price", "2014-01-09"), ("Zain Ahmed-Price", "2017-04-03"), ("Layla Ahmed-Price", "2020-04-03")],
        concerns=["disability_send", "parental_mental_health"], consent=True, manager_agreed=None, missing=[],
        notice_ok=None, next_action="book_meeting",
        why="Non-urgent trap: HTML-only step-down whose background mentions a 2024 'urgent strategy meeting', ended CP plans and 'no immediate safeguarding concerns'; complete (C&F assessment PDF, TAF plan docx, consent, named lead practitioner with agency); children in an HTML table with three DOB formats; no level stated.")

    # ---------------------------------------------------------------- 04 incomplete step-down, windows-1252 QP
    f = f"{A}_04.eml"
    body = """Hi team,

Hoping to get this in before the Christmas break. The C&F assessment for Ellie-Jo Dacosta (DoB 14/08/2016) concluded on Friday with a recommendation for step down to Early Help \u2013 assessment attached, along with the draft TAF plan.

Worries now are mainly around Ellie-Jo\u2019s attendance (79%) and mum\u2019s debts \u2013 she had \u00a31,200 of rent arrears and the family were nearly evicted in October (now sorted with a payment plan).

I haven\u2019t asked mum about Early Help yet \u2013 I\u2019m seeing her on the 23rd and will ask her then. We also haven\u2019t got a lead practitioner: school say they can\u2019t take it on, so we may need the Early Help co-ordinator.

Can we hold the TAF in the first week back? I\u2019d suggest Wed 6th Jan 2027, 10am at Orchard Row Primary.

Thanks, Jamal

Jamal Osei
Social Worker \u2013 Assessment & Intervention Team
London Borough of Tower Hamlets | 020 7946 0538

""" + TH_DISC + "\n"
    cfa = make_pdf([
        "Child and Family Assessment - Outcome",
        "Child: Ellie-Jo Dacosta    DOB: 14/08/2016    Mosaic ID: 1462230",
        "Assessment concluded: 18/12/2026    Social worker: Jamal Osei",
        "Recommendation: step down to Early Help (TAF).",
        "Analysis: no role for statutory services. Ellie-Jo's attendance (79%) needs support; the housing",
        "situation has been resolved with a payment plan. Mum is warm and caring and wants support for",
        "Ellie-Jo in school.",
    ], title="C&F assessment - Dacosta", author="Jamal Osei")
    plan = make_docx([("h", "Draft TAF Plan - Ellie-Jo Dacosta"),
                      ("t", [["Need", "Action", "Who", "By when"],
                             ["Attendance", "Attendance support plan; breakfast club", "School", "Feb 2027"],
                             ["Money and housing", "Keep to payment plan; benefits check", "Lead practitioner (tbc)", "Jan 2027"]])],
                     author="Jamal Osei")
    root = multipart("mixed", [text(body, charset="windows-1252", cte="qp"),
                               attachment("C&F assessment - Dacosta.pdf", cfa, PDF),
                               attachment("Draft TAF plan - Dacosta.docx", plan, DOCX)], outlook_boundary(f))
    data = finish(root, outlook_headers("Jamal Osei <Jamal.Osei@towerhamlets.gov.uk>", TH_EHH,
                                        "Step down before Xmas? - Dacosta", "Mon, 21 Dec 2026 15:02:51 +0000",
                                        outlook_msgid(f), attach=True))
    add(f, data, A, "early_help_duty", "2026-12-21T15:10:00+00:00", "step_down",
        case_ids=["1462230"], children=[("Ellie-Jo Dacosta", "2016-08-14")], concerns=["school_attendance"],
        consent=None, manager_agreed=None, missing=["consent", "lead_practitioner"], notice_ok=None,
        next_action="request_info",
        why="windows-1252 quoted-printable body (curly quotes, en dash, pound sign); assessment and TAF plan attached (Mosaic ID only in the PDF) but consent 'not asked yet' (null, so missing) and no lead practitioner identified; rent arrears are not a listed concern.")

    # ---------------------------------------------------------------- 05 MARF 0 bytes, inline image
    f = f"{A}_05.eml"
    body = """Good morning MAST,

Please see attached MARF for Jaden Okoro (DOB 03/04/2010, Mosaic ID 1439904) - we are requesting a step up from Targeted Early Help.

Jaden (16) has not come home on three nights out of the last seven. Mum reported each one to the police and he had return home interviews, but he won't say where he was. When he does come back he has new trainers and a second phone, and mum found £400 in cash in his room. He's been seen getting into cars with older men near Mile End station. He's been home every night since last Tuesday and says he's fine.

My TM, Hasina Begum, has agreed the step up. Mum is aware and agrees.

Kind regards
Ola

Olamide Bankole
Early Help Practitioner (Adolescents) | Early Help Hub
London Borough of Tower Hamlets | 020 7946 0496

""" + TH_DISC + "\n"
    bl = body.split("\n")
    logo_cid = "image001.png@01DD6C21.9A4E7D30"
    html = outlook_html(body, sig_from=bl.index("Olamide Bankole"), logo_cid=logo_cid)
    rel = multipart("related", [text(html, "html"), attachment("image001.png", png_logo((0, 102, 51)), "image/png", inline=True, cid=logo_cid)],
                    outlook_boundary(f, "008"), type="text/html")
    alt = multipart("alternative", [text(body), rel], outlook_boundary(f, "000"))
    root = multipart("mixed", [alt, attachment("MARF - Jaden Okoro.docx", b"", DOCX)], outlook_boundary(f))
    data = finish(root, outlook_headers('"Bankole, Olamide" <Olamide.Bankole@towerhamlets.gov.uk>', TH_MAST,
                                        "Step up request - Jaden Okoro - MARF attached", "Wed, 02 Dec 2026 10:14:36 +0000",
                                        outlook_msgid(f), attach=True))
    add(f, data, A, "mash_step_up", "2026-12-02T10:20:00+00:00", "step_up",
        case_ids=["1439904"], children=[("Jaden Okoro", "2010-04-03")], concerns=["exploitation", "missing"],
        consent=True, manager_agreed=True, missing=["request_for_support"], notice_ok=None, next_action="request_info",
        why="The MARF attachment is a 0-byte .docx (unreadable, refused) so request_for_support is missing; missing-from-home and exploitation indicators without either keyword; not urgent (home every night since last week, planned step-up); inline signature logo in multipart/related.")

    # ---------------------------------------------------------------- 06 other: 'URGENT' notice (trap)
    f = f"{A}_06.eml"
    body = """URGENT - PLEASE READ AND SHARE WITH YOUR TEAMS

Change to MAST duty telephone numbers from Monday 7 December 2026

From 9am on Monday 7 December the MAST duty line moves to the council's new telephony platform. The numbers you give to families and partners change as follows:

MAST duty (office hours): 020 7946 0600
Out of hours Emergency Duty Team: 020 7946 0999

Nothing else changes. If a child is at immediate risk of harm, call the police on 999. For immediate child protection concerns call MAST on the number above, then follow up with a Multi-Agency Request for Support form. Safeguarding training dates for January are on the partnership website.

Please update your email signatures, leaflets and any template letters by Friday 4 December.

Tower Hamlets Safeguarding Children Partnership
Business Unit | 020 7946 0650
"""
    html = gmail_html(body)
    root = multipart("alternative", [text(body), text(html, "html")], "000000000000" + h(f, 16).lower())
    data = finish(root, [("From", "Tower Hamlets Safeguarding Children Partnership <THSCP@towerhamlets.gov.uk>"),
                         ("To", "THSCP Partners <thscp-partners@towerhamlets.gov.uk>"),
                         ("Bcc", None), ("Date", "Wed, 02 Dec 2026 08:02:11 +0000"),
                         ("Subject", "URGENT: change to MAST duty numbers from Mon 7 Dec"),
                         ("Message-ID", "<CAHx" + h(f, 28) + "@mail.gmail.com>")])
    add(f, data, A, "early_help_duty", "2026-12-02T08:10:00+00:00", "other", next_action="human_review",
        why="Non-urgent trap: a partnership notice with 'URGENT' in the subject and 'immediate risk' / 'immediate child protection concerns' as generic advice about changed phone numbers; no child, no request: kind other.")

    # ---------------------------------------------------------------- 07 OOF, HTML only
    f = f"{A}_07.eml"
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Thank you for your email.</p>
<p>I am on leave from Wednesday 23rd December and back in the office on Monday 4th January 2027, with no access to email.</p>
<p>If your email is about a child at immediate risk please call MAST on 020 7946 0600 (out of hours 020 7946 0999). For anything else about Early Help please contact the Early Help Hub duty worker on 020 7946 0470.</p>
<p>Merry Christmas!</p>
<p>Georgia Pike<br>Family Support Worker | Early Help Hub</p>
</div></body></html>
"""
    root = text(html, "html", cte="qp")
    data = finish(root, [("From", "Georgia Pike <Georgia.Pike@towerhamlets.gov.uk>"), ("To", TH_MAST),
                         ("Subject", "Automatic reply: [SB-tower_hamlets-52] Step-up request received - information needed"),
                         ("Thread-Topic", "[SB-tower_hamlets-52] Step-up request received - information needed"),
                         ("Date", "Wed, 23 Dec 2026 17:36:20 +0000"), ("Message-ID", outlook_msgid(f)),
                         ("In-Reply-To", "<SB-tower_hamlets-52.ack.20261223173610@towerhamlets.gov.uk>"),
                         ("References", "<SB-tower_hamlets-52.ack.20261223173610@towerhamlets.gov.uk>"),
                         ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                         ("X-MS-Exchange-Inbox-Rules-Loop", "Georgia.Pike@towerhamlets.gov.uk"),
                         ("Content-Language", "en-GB")])
    add(f, data, A, "mash_step_up", "2026-12-23T17:40:00+00:00", "auto_reply", next_action="ignore",
        why="HTML-only Outlook out-of-office over Christmas (Auto-Submitted: auto-generated, 'Automatic reply:') whose boilerplate mentions 'a child at immediate risk': not urgent, ignore.")

    # ---------------------------------------------------------------- 08 follow-up: consent + lead practitioner
    f = f"{A}_08.eml"
    ack = ack_text("SB-tower_hamlets-49", "step-down",
                   ["confirmation that the family consents to the step-down", "the name and agency of the identified Lead Practitioner"])
    body = f"""Hi, happy new year,

Update on Ellie-Jo Dacosta (Mosaic 1462230): mum gave her consent at my visit on 23/12 - she's happy for Early Help to carry on.

Lead practitioner will be Ms Precious Adeyemi, Family Support Worker, Brunswick Wharf Children and Family Centre - she's confirmed she'll take it on.

TAF still on for Wed 6th Jan, 10am at Orchard Row Primary. Please ignore my voicemail about the other family - that's a different referral and I'll send it separately.

Jamal

Jamal Osei
Social Worker - Assessment & Intervention Team
London Borough of Tower Hamlets | 020 7946 0538

From: Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>
Sent: 21 December 2026 15:11
To: Jamal Osei <Jamal.Osei@towerhamlets.gov.uk>
Subject: [SB-tower_hamlets-49] Step-down request received - information needed

{ack}
Tower Hamlets Early Help Hub (automated message)

""" + TH_DISC + "\n"
    bl = body.split("\n")
    html = outlook_html(body, sig_from=bl.index("Jamal Osei"), quote_from=bl.index("From: Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>"))
    root = multipart("alternative", [text(body), text(html, "html")], outlook_boundary(f, "000"))
    data = finish(root, outlook_headers("Jamal Osei <Jamal.Osei@towerhamlets.gov.uk>", TH_EHH,
                                        "RE: [SB-tower_hamlets-49] Step-down request received - information needed",
                                        "Mon, 04 Jan 2027 09:18:45 +0000", outlook_msgid(f),
                                        in_reply_to="<SB-tower_hamlets-49.ack.20261221151100@towerhamlets.gov.uk>",
                                        references="<SB-tower_hamlets-49.ack.20261221151100@towerhamlets.gov.uk>"))
    add(f, data, A, "early_help_duty", "2027-01-04T09:25:00+00:00", "follow_up",
        case_ids=["1462230"], children=[("Ellie-Jo Dacosta", None)], concerns=[], consent=True, manager_agreed=None,
        missing=[], notice_ok=None, next_action="attach_to_request",
        why="Reply to [SB-tower_hamlets-49] supplying consent (true) and the lead practitioner; the 'other family' mentioned names no child; follow_up so no requirements; now is the first working day of 2027.")


# ============================================================================================
# TORBAY
# ============================================================================================
TB_EH = "Early Help <earlyhelp@torbay.gov.uk>"
TB_MASH = "Torbay MASH <mash@torbay.gov.uk>"


def torbay():
    A = "torbay"
    # ---------------------------------------------------------------- 01 complete step-down, under-5, unborn
    f = f"{A}_01.eml"
    body = """Hi EH,

Requesting a triage slot please for Poppy-Rae Widdicombe, DOB 03/04/2024 (LCS-2256318). Single Assessment completed - NFA at level 4 but a high level of need, so stepping down to a level 3 coordinated EH response. SA attached incl. my analysis and rationale.

TM Dawn Yeo has recorded her manager's analysis on LCS confirming the threshold is met for level 3 - she agrees the step down.

Mum (Kelsey Widdicombe, 19) consented to level 3 Early Help on 26/11 - signed consent is on LCS.

Mum is 24 weeks pregnant. The worries are mum's anxiety and isolation since moving here from Plymouth, and Poppy-Rae's development - she has been diagnosed with global developmental delay and has a Portage worker. As Poppy-Rae is under 5 I'm assuming she'll go to the fortnightly under-5s triage with AFC.

Thanks
Jenna

Jenna Coaker
Social Worker | Single Assessment Team
Torbay Children's Services | 01632 960 218

""" + TB_DISC + "\n"
    sa = make_pdf([
        "Single Assessment - Analysis, Rationale and Recommendation",
        "Child: Poppy-Rae Widdicombe    DOB: 03/04/2024    LCS ID: LCS-2256318",
        "Assessing social worker: Jenna Coaker    Completed: 24/11/2026",
        "",
        "Analysis: Ms Widdicombe (19) is a loving parent who is isolated and anxious since moving to Torbay.",
        "Poppy-Rae has global developmental delay and is supported by Portage. No evidence of significant",
        "harm. Needs are high and would benefit from a co-ordinated level 3 Early Help response.",
        "Recommendation: No further action at level 4; step down to level 3 Early Help.",
        "",
        "Manager's analysis - Dawn Yeo (Team Manager), 25/11/2026: I agree the threshold for level 3 is met",
        "and agree the step down to Early Help.",
    ], title="Single Assessment - Widdicombe", author="Jenna Coaker")
    bl = body.split("\n")
    html = outlook_html(body, sig_from=bl.index("Jenna Coaker"))
    root = multipart("mixed", [multipart("alternative", [text(body), text(html, "html")], outlook_boundary(f, "000")),
                               attachment("Single Assessment - Widdicombe.pdf", sa, PDF)], outlook_boundary(f))
    data = finish(root, outlook_headers('"Coaker, Jenna" <Jenna.Coaker@torbay.gov.uk>', TB_EH,
                                        "Triage slot request - step down L3 - Widdicombe - LCS-2256318",
                                        "Mon, 30 Nov 2026 10:04:40 +0000", outlook_msgid(f), attach=True))
    add(f, data, A, "early_help_duty", "2026-11-30T10:15:00+00:00", "step_down", level=3,
        case_ids=["LCS-2256318"], children=[("Poppy-Rae Widdicombe", "2024-04-03")],
        concerns=["disability_send", "parental_mental_health"], consent=True, manager_agreed=True, missing=[],
        notice_ok=None, next_action="book_meeting",
        why="Complete Torbay step-down (Single Assessment PDF with manager's analysis, consent, level 3) for an under-5 (fortnightly under-5s triage); mum is 19 and named but an adult, the unborn baby is unnamed, so one child only.")

    # ---------------------------------------------------------------- 02 manager pending; old quoted concern
    f = f"{A}_02.eml"
    body = """Hi,

Could the Harris family please be booked into triage. CIN plan ending - outcomes achieved, they no longer need level 4 but still need a level 3 / targeted EH response.

Children: Tyler Harris DOB 17/02/2012, Amber Harris DOB 3.4.2015. LCS ref LCS-2249901.

Single Assessment attached. Dad consents to Early Help - he signed the form at the CIN review on the 4th.

TM sign-off is pending - Jo (Jo Carne, TM) is at panel all week and said she'll look at it Friday, so she hasn't agreed it yet.

Main worry now: Tyler has been smoking cannabis most weekends with older friends from the estate. He's agreed to keep working with the young people's drug and alcohol service and that will carry on under EH. No concerns about dad's drinking now - he's been sober 18 months and goes to AA.

See below re Amber's attendance - please ignore that bit, it was sorted last year (she's on 97% this year).

Marcus

Marcus Rendle | Social Worker | Safeguarding and Supporting Families Team | Torbay Council | 01632 960 263

-----Original Message-----
From: Rendle, Marcus
Sent: 12 March 2025 09:14
To: Attendance Team <attendance@torbay.gov.uk>
Subject: Harris - attendance

Hi, Amber Harris's attendance is 74% this term and mum has stopped answering the school. Can the EWO pick this up please?
Thanks, Marcus

""" + TB_DISC + "\n"
    sa = make_pdf([
        "Single Assessment - Harris",
        "Children: Tyler Harris (17/02/2012), Amber Harris (03/04/2015)    LCS ref: LCS-2249901",
        "Social worker: Marcus Rendle    Team: SASF",
        "Analysis: CIN plan outcomes achieved. Dad is caring well for both children and has remained",
        "sober for 18 months. Remaining need: Tyler's weekend cannabis use with older peers; he is engaging",
        "with the young people's drug and alcohol service. Recommendation: step down to level 3 Early Help.",
        "Manager's analysis: (to be completed)",
    ], title="Single Assessment - Harris", author="Marcus Rendle")
    bl = body.split("\n")
    html = outlook_html(body, sig_from=bl.index("Marcus Rendle | Social Worker | Safeguarding and Supporting Families Team | Torbay Council | 01632 960 263"),
                        quote_from=bl.index("-----Original Message-----"))
    root = multipart("mixed", [multipart("alternative", [text(body), text(html, "html")], outlook_boundary(f, "000")),
                               attachment("SA - Harris - Dec 2026.pdf", sa, PDF)], outlook_boundary(f))
    data = finish(root, outlook_headers('"Rendle, Marcus" <Marcus.Rendle@torbay.gov.uk>', TB_EH,
                                        "Step down request - Harris - triage", "Wed, 09 Dec 2026 14:37:02 +0000",
                                        outlook_msgid(f), attach=True))
    add(f, data, A, "early_help_duty", "2026-12-09T14:45:00+00:00", "step_down", level=3,
        case_ids=["LCS-2249901"], children=[("Tyler Harris", "2012-02-17"), ("Amber Harris", "2015-04-03")],
        concerns=["substance_misuse"], consent=True, manager_agreed=None, missing=["manager_agreed"], notice_ok=None,
        next_action="request_info",
        why="Step-down with Single Assessment and consent but TM sign-off 'pending ... hasn't agreed it yet' (null, so manager_agreed missing); 'level 3 / targeted EH'; the quoted 2025 email about Amber's attendance is explicitly resolved and dad's drinking is negated, so the only concern is Tyler's cannabis use; DOB '3.4.2015'.")

    # ---------------------------------------------------------------- 03 step-up, consent refused, DA w/o keyword
    f = f"{A}_03.eml"
    body = """Dear MASH,

I'm the lead practitioner for the Stentiford family (EHM-741208), open at level 3 since June: Jessica Stentiford (03/04/2017) and Oscar Stentiford (aged 6).

Mum's new partner has been violent towards her twice in the last month - police attended on 2nd and 19th November and he was arrested on the 19th. The children were in the house both times and Jessica told school she "hid Oscar in the wardrobe". He's on bail not to contact mum or go to the address and there has been no incident since the 19th, but the police think they are still in touch.

I discussed this with my team manager, Rebecca Lear, yesterday and she agrees it now needs to be considered for level 4.

Mum does not agree to the contact - she refused consent when I saw her this morning and said it would "only make things worse". I told her I would still be passing the information to MASH.

Thanks
Carly

Carly Brimacombe
Family Intervention Worker | Early Help | Torbay Council
01632 960 331

""" + TB_DISC + "\n"
    root = text(body, cte="qp")
    data = finish(root, outlook_headers('"Brimacombe, Carly" <Carly.Brimacombe@torbay.gov.uk>', TB_MASH,
                                        "Contact to MASH - Stentiford family - EHM-741208",
                                        "Wed, 25 Nov 2026 15:21:18 +0000", outlook_msgid(f)))
    add(f, data, A, "mash_step_up", "2026-11-25T15:30:00+00:00", "step_up",
        case_ids=["EHM-741208"], children=[("Jessica Stentiford", "2017-04-03"), ("Oscar Stentiford", None)],
        concerns=["domestic_abuse"], consent=False, manager_agreed=True, missing=["consent"], notice_ok=None,
        next_action="request_info",
        why="Torbay step-up (contact to MASH) where mum 'refused consent' (consent false, so missing); domestic abuse without the keyword ('mum's new partner has been violent towards her'); partner on bail with no incident since, so not urgent; 'aged 6' gives dob null.")

    # ---------------------------------------------------------------- 04 urgent disclosure, no trigger words
    f = f"{A}_04.eml"
    body = """MASH,

I'm the level 3 lead practitioner for Lily-Mae Coombes, DOB 3rd April 2018 (EHM-738815). Her school (Hesketh Down Academy) rang me at 10.40.

At 9.30 this morning Lily-Mae told her TA that mum's boyfriend, Dean, "touches my private parts at bath time" and that it is "our secret". She said it happened again last night. She is in school now with the DSL but says she doesn't want to go home. Dean usually collects her at 3.15 on Thursdays.

I have not spoken to mum - I don't think anyone should until MASH and the police have a plan.

My team manager, Becky Lear, agrees this has to step up to MASH now. I'm also trying the MASH phone line.

Nicola Pidgeon
Family Intervention Worker | Early Help | Torbay Council
01632 960 347
"""
    root = text(body, cte="qp")
    data = finish(root, outlook_headers('"Pidgeon, Nicola" <Nicola.Pidgeon@torbay.gov.uk>', TB_MASH,
                                        "Lily-Mae Coombes (EHM-738815) - disclosure at school this morning",
                                        "Thu, 10 Dec 2026 11:19:03 +0000", outlook_msgid(f)))
    add(f, data, A, "mash_step_up", "2026-12-10T11:25:00+00:00", "step_up", urgent=True,
        case_ids=["EHM-738815"], children=[("Lily-Mae Coombes", "2018-04-03")], concerns=["sexual_harm"],
        consent=None, manager_agreed=True, missing=["consent"], notice_ok=None, next_action="alert_duty",
        no_urgent_words=True,
        why="URGENT without the words urgent/safeguarding/immediate: a child's disclosure of sexual abuse at school this morning, abuser collecting her at 3.15 today; consent deliberately not sought (null, so missing), but alert_duty comes first.")

    # ---------------------------------------------------------------- 05 iPhone step-down, consent form only, SA to follow
    f = f"{A}_05.eml"
    body = """Hi all

Pls can the Ware children have a triage slot in the new yr - step down from SAT, NFA at L4, need L3 coordinated support.

Kian Ware 3.4.19
Lacey Ware 22.10.16
LCS-2259904

TM (Kate Honey) has agreed & done her analysis on LCS. Consent form attached. SA will follow once Kate has authorised it on LCS, hopefully Monday.

Worries - mum has MS and is in a wheelchair now, Lacey does loads of her care and misses school when mum has a bad day.

Ta, Ollie

Sent from my iPhone"""
    consent_pdf = make_pdf([
        "Torbay Early Help - Family Consent",
        "Family name: Ware        LCS: LCS-2259904",
        "Children: Kian Ware (03/04/2019), Lacey Ware (22/10/2016)",
        "",
        "[X] I agree to my family receiving level 3 Early Help support.",
        "[X] I agree to information about my family being shared with the professionals in the Team Around",
        "    the Family.",
        "[ ] I do not agree.",
        "",
        "Parent/carer: Mrs L Ware        Signed: L Ware        Date: 16/12/2026",
        "Witnessed by: O Hamlyn, Social Worker",
    ], title="EH consent form - Ware", author="Ollie Hamlyn")
    root = multipart("mixed", [text(body, charset="us-ascii", cte="7bit"),
                               attachment("EH consent form Ware.pdf", consent_pdf, PDF)],
                     "Apple-Mail-" + h(f, 8) + "-" + h(f + "x", 4) + "-" + h(f + "y", 4) + "-" + h(f + "z", 4) + "-" + h(f + "w", 12))
    data = finish(root, [("From", "Ollie Hamlyn <Ollie.Hamlyn@torbay.gov.uk>"), ("To", TB_EH),
                         ("Subject", "step down - Ware kids - triage in new yr pls"),
                         ("Date", "Fri, 18 Dec 2026 16:41:27 +0000"),
                         ("Message-ID", apple_msgid(f, "torbay.gov.uk")), ("X-Mailer", "iPhone Mail (22B91)")],
                  crlf=False)
    add(f, data, A, "early_help_duty", "2026-12-18T16:50:00+00:00", "step_down", level=3,
        case_ids=["LCS-2259904"], children=[("Kian Ware", "2019-04-03"), ("Lacey Ware", "2016-10-22")],
        concerns=["school_attendance", "young_carer"], consent=True, manager_agreed=True, missing=["assessment"],
        notice_ok=None, next_action="request_info",
        why="Terse iPhone step-down: consent only via the ticked form in the attached PDF (true), TM agreed, 'L3' gives level 3, but the Single Assessment 'will follow' so assessment is missing; DOBs '3.4.19' and '22.10.16'; Lacey caring for mum and missing school.")

    # ---------------------------------------------------------------- 06 follow-up: TM agreement
    f = f"{A}_06.eml"
    ack = ack_text("SB-torbay-57", "step-down", ["the team manager's agreement (manager's analysis on the Single Assessment)"])
    body = f"""Hi,

I've now reviewed the Single Assessment for Tyler and Amber Harris (LCS-2249901) and recorded my manager's analysis on LCS - I agree the step down.

Jo

Jo Carne | Team Manager | Safeguarding and Supporting Families Team | Torbay Council | 01632 960 260

From: Early Help <earlyhelp@torbay.gov.uk>
Sent: 09 December 2026 14:46
To: Rendle, Marcus <Marcus.Rendle@torbay.gov.uk>
Cc: Carne, Jo <Jo.Carne@torbay.gov.uk>
Subject: [SB-torbay-57] Step-down request received - information needed

{ack}
Torbay Early Help (automated message)

""" + TB_DISC + "\n"
    bl = body.split("\n")
    html = outlook_html(body, sig_from=bl.index("Jo Carne | Team Manager | Safeguarding and Supporting Families Team | Torbay Council | 01632 960 260"),
                        quote_from=bl.index("From: Early Help <earlyhelp@torbay.gov.uk>"))
    root = multipart("alternative", [text(body), text(html, "html")], outlook_boundary(f, "000"))
    data = finish(root, outlook_headers('"Carne, Jo" <Jo.Carne@torbay.gov.uk>', TB_EH,
                                        "RE: [SB-torbay-57] Step-down request received - information needed",
                                        "Fri, 11 Dec 2026 11:58:30 +0000", outlook_msgid(f),
                                        cc='"Rendle, Marcus" <Marcus.Rendle@torbay.gov.uk>',
                                        in_reply_to="<SB-torbay-57.ack.20261209144600@torbay.gov.uk>",
                                        references="<SB-torbay-57.ack.20261209144600@torbay.gov.uk>"))
    add(f, data, A, "early_help_duty", "2026-12-11T12:05:00+00:00", "follow_up",
        case_ids=["LCS-2249901"], children=[("Tyler Harris", None), ("Amber Harris", None)], concerns=[],
        consent=None, manager_agreed=True, missing=[], notice_ok=None, next_action="attach_to_request",
        why="Reply-all to [SB-torbay-57] from the team manager herself: 'I agree the step down' (manager_agreed true); follow_up, so no requirements and level null.")

    # ---------------------------------------------------------------- 07 complete step-up, child's own substance use
    f = f"{A}_07.eml"
    body = """Morning MASH,

Contact re Jake Penhaligon, DOB 2011-04-03, EHM-740021 (open to Early Help at level 3).

Jake (15) is now using cannabis daily and last week he was found at school with a bag of pills he says he "got off a mate". He's been sent home from school twice this term for being under the influence.

For clarity, mum's historic cannabis use (2019-2022) is not a current concern - she has been abstinent for over 2 years and is a peer mentor at Torbay Recovery now.

Mum consents to the contact to MASH and wants more help. My team manager, Lorna Gill, has agreed the step up.

Thanks
Dom

Dominic Tozer | Early Help Practitioner | Torbay Council | 01632 960 352

""" + TB_DISC + "\n"
    root = text(body, cte="b64")
    data = finish(root, outlook_headers('"Tozer, Dominic" <Dominic.Tozer@torbay.gov.uk>', TB_MASH,
                                        "EHM-740021 Penhaligon - MASH contact / step up to L4",
                                        "Mon, 14 Dec 2026 10:03:51 +0000", outlook_msgid(f)))
    add(f, data, A, "mash_step_up", "2026-12-14T10:10:00+00:00", "step_up",
        case_ids=["EHM-740021"], children=[("Jake Penhaligon", "2011-04-03")], concerns=["substance_misuse"],
        consent=True, manager_agreed=True, missing=[], notice_ok=None, next_action="book_meeting",
        why="Complete Torbay step-up (consent and team manager agreement) in a base64 text body; the child's own drug use is substance_misuse while mum's historic cannabis use (abstinent 2 years) is not a concern; 'L4' in the subject does not set level on a step_up.")

    # ---------------------------------------------------------------- 08 school auto-responder
    f = f"{A}_08.eml"
    body = """Thank you for contacting Hesketh Down Academy.

This mailbox is monitored during term time only. The Academy closed for Christmas on Friday 18th December and reopens on Tuesday 5th January 2027. Your email will be dealt with when we return.

If you have a safeguarding concern about a pupil during the holidays, please contact Torbay MASH on 01632 960 214, or the police on 999 if a child is in danger.

Hesketh Down Academy | Part of the Bay Learning Trust
"""
    root = text(body, cte="7bit", charset="us-ascii")
    data = finish(root, [("From", "Hesketh Down Academy Office <office@heskethdown.torbay.sch.uk>"), ("To", TB_EH),
                         ("Subject", "Thank you for contacting Hesketh Down Academy"),
                         ("Date", "Mon, 21 Dec 2026 08:01:44 +0000"),
                         ("Message-ID", "<autoreply." + h(f, 16).lower() + "@heskethdown.torbay.sch.uk>"),
                         ("In-Reply-To", "<SB-torbay-63.handover.20261221080100@torbay.gov.uk>"),
                         ("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")],
                  crlf=False)
    add(f, data, A, "early_help_duty", "2026-12-21T08:02:00+00:00", "auto_reply", next_action="ignore",
        why="School holiday auto-responder (Auto-Submitted: auto-replied, custom subject with no 'Automatic reply') whose boilerplate mentions a 'safeguarding concern' and 999: ignore, not urgent.")


# ============================================================================================
# HEREFORDSHIRE
# ============================================================================================
HF_EHC = "Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>"
HF_MASH = "Herefordshire MASH <mash@herefordshire.gov.uk>"


def hf_consent_pdf(children, parent, date, witness):
    return make_pdf([
        "Consent to Step Down to Early Help",
        f"Child(ren): {children}",
        f"Parent / carer: {parent}",
        "",
        "I have seen the Early Help step down plan, I agree with the actions in it and I give my consent for",
        "my family's details to be shared with the Early Help Co-ordinator team and the key person named in",
        "the plan.",
        "",
        f"Signed: {parent} (signed)        Date: {date}",
        f"Witnessed by: {witness}",
    ], title="Consent to step down", author=witness)


def herefordshire():
    A = "herefordshire"
    # ---------------------------------------------------------------- 01 sibling group of four, ids in docx table
    f = f"{A}_01.eml"
    body = """Morning both,

As discussed at this morning's drop-in, attached is the EHA step-down plan for the Hollis children as a sibling group, plus mum's signed consent form. Remaining needs are at Intensive (Level 3).

Kaitlyn Hollis - 14/05/2012
Mikey Hollis - 3.4.15
Sophie-Ann Hollis - 21st October 2018
Alfie Hollis - aged 6 (moved back to mum's from his dad's in October, so his Mosaic record still needs updating)

The CP plan for neglect ended in July 2026 and there are no current concerns about home conditions - mum has kept the house lovely. The worries now are Kaitlyn's attendance (81%) and Mikey's autism assessment - he's on the ASD pathway waiting list and school are doing SEN support in the meantime.

Key person: Mrs Gemma Tranter, Family Support Worker, Leominster Family Hub - consulted and happy to lead.

My manager, Owen Bufton, has approved the step down. All outstanding family support work is complete.

Thanks,
Bethan

Bethan Price
Social Worker | Children's Social Care (Leominster locality)
Herefordshire Council | 01632 960 571

""" + HF_DISC + "\n"
    plan = make_docx([
        ("h", "Early Help Assessment - Step Down Plan (sibling group)"),
        ("h2", "1. Family Details and Consent"),
        ("t", [["Name", "DOB", "Mosaic ID"], ["Kaitlyn Hollis", "14/05/2012", "619001"], ["Mikey Hollis", "03/04/2015", "619002"],
               ["Sophie-Ann Hollis", "21/10/2018", "619003"], ["Alfie Hollis", "(age 6)", "619004"]]),
        ("p", "Parent: Ms Charlotte Hollis. Written consent obtained 23/11/2026 (attached)."),
        ("h2", "2. Summary of Presenting Needs"),
        ("p", "Kaitlyn's attendance (81%); Mikey awaiting autism assessment (ASD pathway), SEN support in school."),
        ("h2", "3. Early Help Assessment - Part 2: Mapping"),
        ("t", [["What are we worried about? - wellbeing concerns", "Kaitlyn's attendance; Mikey's needs while he waits for assessment."],
               ["What's working well? - Existing strengths", "Home conditions good since July; mum warm and organised; maternal grandparents help."],
               ["Complicating Factors", "Four children, one parent; Alfie settling back in."]]),
        ("h2", "Wellbeing Plan"),
        ("t", [["What needs to happen - including by whom", "Outcome", "Achievable Timescale"],
               ["Attendance plan - Leominster Minster High / key person", "Attendance above 95%", "By Easter 2027"],
               ["SEN support plan and chase ASD pathway - school SENCO / key person", "Mikey's needs met in school", "Review each half term"],
               ["Help Alfie settle - key person", "Alfie settled at school and home", "12 weeks"]]),
        ("h2", "Details of Key Person involved in Early Help Assessment"),
        ("p", "Mrs Gemma Tranter, Family Support Worker, Leominster Family Hub (Early Help)."),
    ], author="Bethan Price")
    consent = hf_consent_pdf("Kaitlyn, Mikey, Sophie-Ann and Alfie Hollis", "Ms C Hollis", "23/11/2026", "Bethan Price")
    bl = body.split("\n")
    html = outlook_html(body, sig_from=bl.index("Bethan Price"))
    root = multipart("mixed", [multipart("alternative", [text(body), text(html, "html")], outlook_boundary(f, "000")),
                               attachment("EHA step down plan - Hollis sibling group.docx", plan, DOCX),
                               attachment("Signed consent - Hollis.pdf", consent, PDF)], outlook_boundary(f))
    data = finish(root, outlook_headers('"Price, Bethan" <Bethan.Price@herefordshire.gov.uk>', HF_EHC,
                                        "Step down (Level 3) - Hollis sibling group", "Tue, 24 Nov 2026 10:29:13 +0000",
                                        outlook_msgid(f), attach=True))
    add(f, data, A, "early_help_duty", "2026-11-24T10:40:00+00:00", "step_down", level=3,
        case_ids=["619001", "619002", "619003", "619004"],
        children=[("Kaitlyn Hollis", "2012-05-14"), ("Mikey Hollis", "2015-04-03"), ("Sophie-Ann Hollis", "2018-10-21"),
                  ("Alfie Hollis", None)],
        concerns=["disability_send", "school_attendance"], consent=True, manager_agreed=True, missing=[],
        notice_ok=None, next_action="book_meeting",
        why="Complete sibling-group step-down of four with four DOB styles (14/05/2012, 3.4.15, 21st October 2018, 'aged 6' = null); Mosaic IDs only in the plan's table; the ended CP plan for neglect is explicitly not current; signed consent PDF, plan, key person with agency; 'Intensive (Level 3)'.")

    # ---------------------------------------------------------------- 02 consent not yet asked
    f = f"{A}_02.eml"
    body = """Hi,

Following our chat at Tuesday's drop-in, the EHA step-down plan for Ruby-Leigh Jones (DOB 09/09/2013), Mosaic 620771, is attached.

Worries are Ruby-Leigh's attendance (85%) and mum's depression - she's back under the community mental health team and things are steadier than they were in the summer.

Key person: Jo Pritchard, Pastoral Lead at Bishops Meadow High School, has agreed to take it on.

I haven't got consent yet - I'm seeing mum on Friday to go through the plan with her and ask her to sign the consent form. I'll send it over after that.

Tom

Tom Bevington
Social Worker | Children's Social Care (Hereford City)
Herefordshire Council | 01632 960 583

""" + HF_DISC + "\n"
    plan = make_docx([
        ("h", "Early Help Assessment - Step Down Plan"),
        ("t", [["Name", "Ruby-Leigh Jones"], ["DOB", "09/09/2013"], ["Mosaic ID", "620771"]]),
        ("t", [["What are we worried about? - wellbeing concerns", "Attendance 85%; mum's depression."],
               ["What's working well? - Existing strengths", "Mum engaging with CMHT; Ruby-Leigh has good friends and likes drama."],
               ["Complicating Factors", "Mum's health fluctuates in winter."]]),
        ("t", [["What needs to happen - including by whom", "Outcome", "Achievable Timescale"],
               ["Attendance plan - school pastoral lead", "Attendance above 92%", "By February half term"],
               ["Mum to continue with CMHT - mum", "Mum well enough to manage routines", "Ongoing"]]),
        ("p", "Details of Key Person: Jo Pritchard, Pastoral Lead, Bishops Meadow High School."),
    ], author="Tom Bevington")
    root = multipart("mixed", [text(body), attachment("Step down plan - R Jones.docx", plan, DOCX)], outlook_boundary(f))
    data = finish(root, outlook_headers('"Bevington, Tom" <Tom.Bevington@herefordshire.gov.uk>', HF_EHC,
                                        "Step down plan - Jones, Mosaic 620771", "Wed, 02 Dec 2026 13:11:58 +0000",
                                        outlook_msgid(f), attach=True))
    add(f, data, A, "early_help_duty", "2026-12-02T13:20:00+00:00", "step_down",
        case_ids=["620771"], children=[("Ruby-Leigh Jones", "2013-09-09")],
        concerns=["parental_mental_health", "school_attendance"], consent=None, manager_agreed=None,
        missing=["consent_form"], notice_ok=None, next_action="request_info",
        why="Plan and key person present but consent 'not got yet' / will ask on Friday: consent null and the written consent form is missing; no level stated.")

    # ---------------------------------------------------------------- 03 step-up: not defined for Herefordshire
    f = f"{A}_03.eml"
    body = """Hi MASH,

Our ref (Mosaic): 622781 - Lewis Bayliss, DoB 04/03/2020.

We've had Early Help in since April but things are getting worse rather than better. Nursery report Lewis is arriving in soiled clothes, very hungry, with nappy rash that hasn't been treated, and he's lost weight since the summer. The house has no working heating and the electric has been cut off twice this month.

My manager (Sian Powell, Early Help Team Manager) agrees this needs to step up to social care. Mum knows we're contacting you and agrees.

What do you need from me to take this forward?

Kerry Preece
Early Help Family Support Worker
Herefordshire Council | 01632 960 590

""" + HF_DISC + "\n"
    root = multipart("alternative", [text(body), text(outlook_html(body, sig_from=body.split("\n").index("Kerry Preece")), "html")],
                     outlook_boundary(f, "000"))
    data = finish(root, outlook_headers('"Preece, Kerry" <Kerry.Preece@herefordshire.gov.uk>', HF_MASH,
                                        "Step up request - Our ref 622781", "Mon, 07 Dec 2026 11:38:20 +0000",
                                        outlook_msgid(f)))
    add(f, data, A, "mash_step_up", "2026-12-07T11:45:00+00:00", "step_up",
        case_ids=["622781"], children=[("Lewis Bayliss", "2020-03-04")], concerns=["neglect"], consent=True,
        manager_agreed=True, missing=[], notice_ok=None, next_action="human_review",
        why="A step-up to the Herefordshire MASH inbox: the Herefordshire seed defines no step_up, so human_review with missing [] and notice null; 'Our ref (Mosaic): 622781' is labelled 622781; 'DoB 04/03/2020' is 4 March.")

    # ---------------------------------------------------------------- 04 urgent follow-up, no trigger words
    f = f"{A}_04.eml"
    ack = ("Thank you for your step-down request. Your reference is SB-herefordshire-12 - please keep it in the subject "
           "line of any reply.\n\nA Tuesday drop-in slot with an Early Help co-ordinator will be offered to you shortly.\n")
    body = f"""Please put the step down for Ruby Marsh (Mosaic 618342) on hold.

Ruby (13) didn't come home last night. Mum has just had a Snapchat from her at 7am saying she's "at a flat in Birmingham with Kai and his mates" - Kai is 24 - and that she "isn't allowed to leave". Her phone has been switched off since. Mum has reported her to the police (log 118 of 11/12). I'm ringing the duty team now as well but wanted this on record straight away.

Bethan

Sent from Outlook for Android

________________________________
From: Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>
Sent: Thursday, December 10, 2026 2:12:40 PM
To: Price, Bethan <Bethan.Price@herefordshire.gov.uk>
Subject: [SB-herefordshire-12] Step-down request received

{ack}
Herefordshire Early Help Co-ordinators (automated message)
"""
    root = text(body, cte="qp")
    data = finish(root, [("From", '"Price, Bethan" <Bethan.Price@herefordshire.gov.uk>'), ("To", HF_EHC),
                         ("Subject", "RE: [SB-herefordshire-12] Step-down request received"),
                         ("Thread-Topic", "[SB-herefordshire-12] Step-down request received"),
                         ("Date", "Fri, 11 Dec 2026 08:14:06 +0000"), ("Message-ID", outlook_msgid(f, "AM9P191MB1432")),
                         ("In-Reply-To", "<SB-herefordshire-12.ack.20261210141240@herefordshire.gov.uk>"),
                         ("References", "<SB-herefordshire-12.ack.20261210141240@herefordshire.gov.uk>"),
                         ("Content-Language", "en-GB")])
    add(f, data, A, "early_help_duty", "2026-12-11T08:20:00+00:00", "follow_up", urgent=True,
        case_ids=["618342"], children=[("Ruby Marsh", None)], concerns=["exploitation", "missing"],
        consent=None, manager_agreed=None, missing=[], notice_ok=None, next_action="alert_duty", no_urgent_words=True,
        why="URGENT follow-up to [SB-herefordshire-12] without the words urgent/safeguarding/immediate: a 13-year-old missing overnight, held in a flat with a 24-year-old and his friends and 'not allowed to leave'; the police log number is not a case id; alert_duty overrides attach_to_request.")

    # ---------------------------------------------------------------- 05 iTIP accepted from Outlook for iOS
    f = f"{A}_05.eml"
    ics = "\r\n".join([
        "BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        "BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000",
        "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
        "BEGIN:VEVENT", 'ATTENDEE;PARTSTAT=ACCEPTED;CN="Price, Bethan":mailto:Bethan.Price@herefordshire.gov.uk',
        "SUMMARY;LANGUAGE=en-GB:Accepted: Step-down drop-in [SB-herefordshire-9]",
        "DTSTART;TZID=GMT Standard Time:20261201T100000", "DTEND;TZID=GMT Standard Time:20261201T103000",
        "UID:SB-herefordshire-9-dropin-20261201@stepbot.herefordshire.gov.uk", "DTSTAMP:20261127T170512Z",
        "SEQUENCE:0", "LOCATION;LANGUAGE=en-GB:Microsoft Teams", "END:VEVENT", "END:VCALENDAR", ""])
    cal = text(ics, "calendar", cte="b64")
    cal.set_param("method", "REPLY")
    root = multipart("alternative", [text("\n", cte="qp"), cal], outlook_boundary(f, "000"))
    data = finish(root, [("From", '"Price, Bethan" <Bethan.Price@herefordshire.gov.uk>'), ("To", HF_EHC),
                         ("Subject", "Accepted: Step-down drop-in [SB-herefordshire-9]"),
                         ("Thread-Topic", "Step-down drop-in [SB-herefordshire-9]"),
                         ("Date", "Fri, 27 Nov 2026 17:05:12 +0000"), ("Message-ID", outlook_msgid(f, "AM9P191MB1432")),
                         ("X-MS-Exchange-Calendar-Originator-Id", h(f, 36).lower()),
                         ("X-Mailer", "Microsoft Outlook for iOS")])
    add(f, data, A, "early_help_duty", "2026-11-27T17:10:00+00:00", "meeting_reply", next_action="record_reply",
        why="Outlook for iOS iTIP REPLY (PARTSTAT=ACCEPTED) with an empty text part: meeting_reply.")

    # ---------------------------------------------------------------- 06 ISO-8859-1 base64, plan pasted in body
    f = f"{A}_06.eml"
    body = """Hello,

Step-down request for Chlo\u00e9 and R\u00e9mi Marchant (Mosaic 624410 / 624411). The C&F assessment concluded that their remaining needs are at intensive level (Level 3), and we discussed them at last Tuesday's drop-in.

Chlo\u00e9 Marchant - 12 Jul 2016
R\u00e9mi Marchant - DOB 2019-04-03

Signed consent form attached (mum signed it at my visit yesterday).

Key person: Mr Dewi Pritchard, Family Support Worker, Ross-on-Wye Family Hub - consulted and happy to lead.

EARLY HELP ASSESSMENT STEP-DOWN PLAN

What are we worried about?
Mum's depression since dad left in the spring; R\u00e9mi's speech and language delay (EHCP needs assessment under way).

What's working well?
Mum asks for help when she needs it; the children are well cared for; Chlo\u00e9 is doing well at school; Grandm\u00e8re visits every weekend.

What needs to happen (by whom / outcome / timescale)
1. Mum to re-engage with her GP and talking therapies - mum with Dewi - mum feels able to cope - within 4 weeks.
2. SALT and EHCP assessment - school SENCO - R\u00e9mi's needs met in class - by March 2027.
3. Review at the MAG - Early Help co-ordinator - plan on track - four consecutive MAGs.

Thanks,
Se\u00e1n

Se\u00e1n \u00d3 D\u00e1laigh
Social Worker | Children's Social Care (Ross-on-Wye)
Herefordshire Council | 01632 960 596

""" + HF_DISC + "\n"
    consent = make_docx([("h", "Consent to Step Down to Early Help"),
                         ("t", [["Child(ren)", "Chlo\u00e9 Marchant, R\u00e9mi Marchant"], ["Parent / carer", "Mme Am\u00e9lie Marchant"],
                                ["Consent", "I have seen the Early Help step down plan, I agree with the actions in it and I give my consent for my family's details to be shared with the Early Help Co-ordinator team and the key person named in the plan."],
                                ["Signed", "A. Marchant"], ["Date", "14/12/2026"], ["Witnessed by", "Se\u00e1n \u00d3 D\u00e1laigh"]])],
                        author="Sean O Dalaigh")
    root = multipart("mixed", [text(body, charset="iso-8859-1", cte="b64"),
                               attachment("Consent - Marchant (signed).docx", consent, DOCX)], outlook_boundary(f))
    data = finish(root, [("From", formataddr(("Se\u00e1n \u00d3 D\u00e1laigh", "Sean.ODalaigh@herefordshire.gov.uk"), charset="iso-8859-1")),
                         ("To", HF_EHC),
                         ("Subject", Header("Step down - Chlo\u00e9 & R\u00e9mi Marchant (Level 3)", "iso-8859-1")),
                         ("Date", "Tue, 15 Dec 2026 12:21:40 +0000"), ("Message-ID", outlook_msgid(f)),
                         ("X-MS-Has-Attach", "yes"), ("Content-Language", "en-GB")])
    add(f, data, A, "early_help_duty", "2026-12-15T12:30:00+00:00", "step_down", level=3,
        case_ids=["624410", "624411"], children=[("Chlo\u00e9 Marchant", "2016-07-12"), ("R\u00e9mi Marchant", "2019-04-03")],
        concerns=["disability_send", "parental_mental_health"], consent=True, manager_agreed=None, missing=[],
        notice_ok=None, next_action="book_meeting",
        why="ISO-8859-1 base64 body and RFC 2047 ISO-8859-1 From/Subject ('Chlo\u00e9', 'R\u00e9mi', 'Se\u00e1n'); the step-down plan is pasted into the body under its own heading, signed consent docx, key person with agency: complete; 'intensive level (Level 3)'; DOB '12 Jul 2016'.")

    # ---------------------------------------------------------------- 07 plan as .xlsm (refused)
    f = f"{A}_07.eml"
    body = """Hi both,

Step down for Harvey Morris-Jenkins (DOB 3rd April 2014), Mosaic 625588. His wellbeing plan is on our team's spreadsheet template (attached) and mum's signed consent form is attached too.

Key person: Ms Lowri Evans, Youth Worker, Hereford Youth Service - she's worked with Harvey since September and has agreed to lead.

Remaining needs: Harvey's cannabis use - he's using most weekends but is working with the young people's substance misuse service - and his anger in school, where he's on a pastoral support plan.

Aled

Aled Probert
Senior Social Worker | Children's Social Care (Hereford South)
Herefordshire Council | 01632 960 577

""" + HF_DISC + "\n"
    xlsm = make_xlsm([["What needs to happen", "By whom", "Outcome", "Timescale"],
                      ["Weekly sessions with the substance misuse service", "Harvey / YP service", "Reduced use", "12 weeks"],
                      ["Pastoral support plan", "School", "Fewer incidents", "Half-termly review"],
                      ["Youth club Tuesday evenings", "Lowri Evans", "Positive activity", "Ongoing"]])
    consent = hf_consent_pdf("Harvey Morris-Jenkins", "Ms D Morris", "15/12/2026", "Aled Probert")
    bl = body.split("\n")
    html = outlook_html(body, sig_from=bl.index("Aled Probert"))
    root = multipart("mixed", [multipart("alternative", [text(body), text(html, "html")], outlook_boundary(f, "000")),
                               attachment("Step down plan - Harvey M-J.xlsm", xlsm, XLSM),
                               attachment("Signed consent - Morris-Jenkins.pdf", consent, PDF)], outlook_boundary(f))
    data = finish(root, outlook_headers('"Probert, Aled" <Aled.Probert@herefordshire.gov.uk>', HF_EHC,
                                        "Step down to EH co-ordinators \u2013 Morris-Jenkins", "Thu, 17 Dec 2026 15:08:09 +0000",
                                        outlook_msgid(f), attach=True))
    add(f, data, A, "early_help_duty", "2026-12-17T15:15:00+00:00", "step_down",
        case_ids=["625588"], children=[("Harvey Morris-Jenkins", "2014-04-03")], concerns=["substance_misuse"],
        consent=True, manager_agreed=None, missing=["draft_plan"], notice_ok=None, next_action="request_info",
        why="The wellbeing plan is a macro-enabled .xlsm (refused, so draft_plan is missing); signed consent PDF and key person with agency present; no level stated; the child's own cannabis use is substance_misuse.")

    # ---------------------------------------------------------------- 08 read receipt (MDN)
    f = f"{A}_08.eml"
    note = ("Your message\n\n  To: Bevington, Tom\n  Subject: [SB-herefordshire-14] Step-down request received - information needed\n"
            "  Sent: Wednesday, December 2, 2026 1:21:04 PM (UTC+00:00) Dublin, Edinburgh, Lisbon, London\n\n"
            "was read on Thursday, December 3, 2026 9:05:31 AM (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\n")
    inner = Message()
    inner["Reporting-UA"] = "LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM; Microsoft Exchange Server"
    inner["Final-Recipient"] = "rfc822;Tom.Bevington@herefordshire.gov.uk"
    inner["Original-Message-ID"] = "<SB-herefordshire-14.ack.20261202132104@herefordshire.gov.uk>"
    inner["Disposition"] = "manual-action/MDN-sent-manually; displayed"
    mdn = Message()
    mdn["Content-Type"] = "message/disposition-notification"
    mdn.set_payload([inner])
    root = multipart("report", [text(note), mdn], "_000_" + h(f, 30) + "_", report_type="disposition-notification")
    data = finish(root, [("From", '"Bevington, Tom" <Tom.Bevington@herefordshire.gov.uk>'), ("To", HF_EHC),
                         ("Subject", "Read: [SB-herefordshire-14] Step-down request received - information needed"),
                         ("Thread-Topic", "[SB-herefordshire-14] Step-down request received - information needed"),
                         ("Date", "Thu, 03 Dec 2026 09:05:31 +0000"), ("Message-ID", outlook_msgid(f)),
                         ("In-Reply-To", "<SB-herefordshire-14.ack.20261202132104@herefordshire.gov.uk>"),
                         ("Auto-Submitted", "auto-replied"), ("Content-Language", "en-GB")])
    add(f, data, A, "early_help_duty", "2026-12-03T09:10:00+00:00", "auto_reply", next_action="ignore",
        why="Outlook read receipt (multipart/report; report-type=disposition-notification, Auto-Submitted: auto-replied, 'Read:' subject): machine-generated, never answered.")


# ============================================================================================
# write + self-check
# ============================================================================================
BH = {dt.date(2026, 12, 25), dt.date(2026, 12, 28), dt.date(2027, 1, 1)}


def working_days(today, meeting):
    n, d = 0, today
    while d < meeting:
        d += dt.timedelta(days=1)
        if d.weekday() < 5 and d not in BH:
            n += 1
    return n


def all_text(msg):
    """Every decoded text in a message, including docx/pdf/xlsx attachment text (for the word checks)."""
    import pypdf
    out = [str(msg.get("Subject", ""))]
    for p in msg.walk():
        if p.is_multipart():
            continue
        ct = p.get_content_type()
        data = p.get_payload(decode=True) or b""
        if ct.startswith("text/"):
            out.append(data.decode(p.get_content_charset() or "utf-8", "replace"))
        elif ct == DOCX and data:
            d = docx.Document(io.BytesIO(data))
            out += [x.text for x in d.paragraphs]
            out += [c.text for t in d.tables for r in t.rows for c in r.cells]
        elif ct == PDF and data:
            try:
                out += [pg.extract_text() for pg in pypdf.PdfReader(io.BytesIO(data)).pages]
            except Exception:
                pass
    return "\n".join(out)


def main():
    knowsley()
    richmond()
    tower_hamlets()
    torbay()
    herefordshire()
    for old in os.listdir(OUT):
        if old.endswith(".eml"):
            os.remove(os.path.join(OUT, old))
    for fname, data in MAILS:
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(LABELS, fh, indent=1, ensure_ascii=True)
        fh.write("\n")

    # ---- self-checks (independent of stepbot) ----
    import email as em
    files = sorted(x for x in os.listdir(OUT) if x.endswith(".eml"))
    assert files == sorted(l["file"] for l in LABELS), "labels.json must have one entry per .eml"
    assert len(set(files)) == len(files) == 40
    for lab in LABELS:
        raw = open(os.path.join(OUT, lab["file"]), "rb").read()
        msg = em.message_from_bytes(raw, policy=email.policy.default)
        assert msg["Message-ID"] and msg["Date"] and msg["From"], lab["file"]
        assert not msg.defects, (lab["file"], msg.defects)
        e = lab["expect"]
        chk = CHECKS[lab["file"]]
        assert e["concerns"] == sorted(e["concerns"]) and e["missing"] == sorted(e["missing"])
        if e["urgent"]:
            assert e["next_action"] == "alert_duty"
        if chk["no_urgent_words"]:
            t = all_text(msg).lower()
            for w in ("urgent", "safeguard", "immediate"):
                assert w not in t, (lab["file"], w)
        if chk["meeting"]:
            today = dt.date.fromisoformat(lab["now"][:10])
            given = working_days(today, dt.date.fromisoformat(chk["meeting"]))
            assert (given >= 5) == e["notice_ok"], (lab["file"], given)
        if lab["authority"] == "knowsley" and e["kind"] in ("step_up", "step_down") and not chk["meeting"]:
            assert e["notice_ok"] is None and "meeting_details" in e["missing"]
        if lab["authority"] != "knowsley" or e["kind"] not in ("step_up", "step_down"):
            assert e["notice_ok"] is None, lab["file"]
    kinds = {}
    for lab in LABELS:
        kinds[lab["expect"]["kind"]] = kinds.get(lab["expect"]["kind"], 0) + 1
    print(f"wrote {len(files)} messages + labels.json to {OUT}")
    print("kinds:", dict(sorted(kinds.items())), "urgent:", sum(l["expect"]["urgent"] for l in LABELS))


if __name__ == "__main__":
    sys.exit(main())
