#!/usr/bin/env python3
"""Generate the "risk3" held-out set of invented duty-mailbox emails for stepbot.

Run:  /work/main/.venv/bin/python make_set.py
Writes every *.eml and labels.json next to this file.  Output is deterministic: boundaries,
Message-IDs, .docx zip timestamps and .pdf bytes are all derived from fixed values.

Everything here is invented: people, schools, projects, addresses, phone numbers (Ofcom drama
ranges 01632 960xxx, 020 7946 0xxx, 0113 496 0xxx, 0151 496 0xxx, 0117 496 0xxx, 07700 900xxx)
and case numbers.  The set was written from DESIGN.md / REQUIREMENTS.md / the policy packs /
the dev corpus only, without reading or running the parser.
"""
import base64
import datetime as dt
import hashlib
import html
import io
import json
import os
import quopri
import textwrap
import zipfile
from email import message_from_bytes, policy
from email.header import Header
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = []          # (filename, bytes)
LABELS = []

# ---------------------------------------------------------------------------------------------
# working-day arithmetic (for Knowsley notice labels; asserted against the hand-written labels)
BANK_HOLIDAYS = {dt.date(2026, 12, 25), dt.date(2026, 12, 28), dt.date(2027, 1, 1),
                 dt.date(2027, 3, 26), dt.date(2027, 3, 29)}


def working_days_between(today, meeting):
    n, d = 0, today
    while d < meeting:
        d += dt.timedelta(days=1)
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n += 1
    return n


# ---------------------------------------------------------------------------------------------
# small helpers

def hx(*parts, n=32):
    return hashlib.sha1("|".join(parts).encode()).hexdigest().upper()[:n]


def when(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=dt.timezone.utc)


def rfc_date(s):
    return when(s).strftime("%a, %d %b %Y %H:%M:%S +0000")


def now_iso(s, minutes=7):
    return (when(s) + dt.timedelta(minutes=minutes)).isoformat()


def addr(name, email):
    if not name:
        return email
    return formataddr((name, email), charset="utf-8")


def hdr(text):
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, "utf-8").encode()


def qp(data):
    return quopri.encodestring(data).decode("ascii")


def b64(data):
    return base64.encodebytes(data).decode("ascii")


class Part:
    def __init__(self, headers, body):
        self.headers = list(headers)
        self.body = body

    def render(self):
        return "\n".join(self.headers) + "\n\n" + self.body


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", raw=None,
              ct_extra="", order="ct-first"):
    data = raw if raw is not None else text.encode(charset)
    if cte == "quoted-printable":
        body = qp(data)
    elif cte == "base64":
        body = b64(data)
    else:
        body = data.decode("ascii")
    ct = f'Content-Type: text/{subtype}; charset="{charset}"{ct_extra}'
    cte_h = f"Content-Transfer-Encoding: {cte}"
    return Part([ct, cte_h] if order == "ct-first" else [cte_h, ct], body)


def multipart(subtype, boundary, parts, closing=True):
    body = ""
    for p in parts:
        body += f"--{boundary}\n" + p.render().rstrip("\n") + "\n\n"
    if closing:
        body += f"--{boundary}--\n"
    return Part([f'Content-Type: multipart/{subtype};\n boundary="{boundary}"'], body)


def attachment(filename, data, ctype, style="outlook", stamp="Mon, 30 Nov 2026 09:00:00 GMT"):
    if style == "outlook":
        heads = [f'Content-Type: {ctype};\n name="{filename}"',
                 f"Content-Description: {filename}",
                 f'Content-Disposition: attachment;\n filename="{filename}"; size={len(data)};\n'
                 f' creation-date="{stamp}";\n modification-date="{stamp}"',
                 "Content-Transfer-Encoding: base64"]
    else:
        heads = ["Content-Transfer-Encoding: base64",
                 f'Content-Disposition: attachment; filename="{filename}"',
                 f'Content-Type: {ctype}; name="{filename}"']
    return Part(heads, b64(data))


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"

OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{font-family:Aptos;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;}
span.EmailStyle18
	{mso-style-type:personal-compose;
	font-family:"Aptos",sans-serif;
	color:windowtext;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""


def outlook_html(text):
    rows = []
    for line in text.split("\n"):
        rows.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (html.escape(line, quote=False) if line else "&nbsp;"))
    return OUTLOOK_HEAD + "\n".join(rows) + "\n</div>\n</body>\n</html>\n"


def simple_html(text, wrapper='<div dir="ltr">', end="</div>"):
    lines = [html.escape(l, quote=False) for l in text.split("\n")]
    return "<html><head></head><body>" + wrapper + "<br>\n".join(lines) + end + "</body></html>\n"


def outlook_received(date, host="LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM", key=""):
    d = rfc_date(date)
    a = hx(key, date, n=4).lower()
    return [f"Received: from {host} (2603:10a6:600:{a}::9)\n by LO0P265MB{hx(key, n=4)}.GBRP265.PROD.OUTLOOK.COM with HTTPS; {d}",
            f"Received: from {host} ([fe80::{a}:bc{a[:2]}]) by\n {host} ([fe80::{a}:bc{a[:2]}%7]) with mapi id\n 15.20.8722.018; {d}"]


def outlook_message(key, frm, to, subject, date, text, *, cc=None, attachments=(), html_only=False,
                    in_reply_to=None, references=None, extra_headers=(), charset="utf-8", raw_text=None,
                    html_text=None, thread_topic=None):
    h = outlook_received(date, key=key)
    h += [f"From: {frm}", f"To: {to}"]
    if cc:
        h.append(f"CC: {cc}")
    h += [f"Subject: {hdr(subject)}",
          f"Thread-Topic: {hdr(thread_topic or (subject[4:] if subject[:3] in ('RE:', 'FW:') else subject))}",
          f"Thread-Index: {base64.b64encode(bytes.fromhex(hx(key, 'ti', n=40))).decode()}",
          f"Date: {rfc_date(date)}",
          f"Message-ID: <LO2P265MB5123{hx(key, 'mid', n=20)}@LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM>"]
    if in_reply_to:
        h += [f"In-Reply-To: {in_reply_to}", f"References: {references or in_reply_to}"]
    h += ["Accept-Language: en-GB, en-US", "Content-Language: en-GB",
          f"X-MS-Has-Attach: {'yes' if attachments else ''}", "X-MS-TNEF-Correlator:",
          "x-ms-exchange-organization-authas: Internal",
          "x-ms-exchange-organization-authsource: LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM"]
    h += list(extra_headers)
    h.append("MIME-Version: 1.0")
    body_html = html_text if html_text is not None else outlook_html(text)
    if html_only:
        body = text_part(body_html, "html", charset=charset)
    else:
        body = multipart("alternative", f"_000_{hx(key, 'alt')}GBRP265PRODOUTLOOKCOM_", [
            text_part(text, "plain", charset=charset, raw=raw_text),
            text_part(body_html, "html", charset="utf-8")])
    if attachments:
        parts = [body] + [attachment(fn, data, ct, stamp=rfc_date(date).replace("+0000", "GMT"))
                          for fn, data, ct in attachments]
        body = multipart("mixed", f"_004_{hx(key, 'mix')}GBRP265PRODOUTLOOKCOM_", parts)
    return "\n".join(h + body.headers) + "\n\n" + body.body


def gmail_message(key, frm, to, subject, date, text, *, cc=None, attachments=(), in_reply_to=None,
                  references=None, extra_headers=(), html_text=None, sender_domain="gmail.com"):
    d = rfc_date(date)
    h = [f"Received: by mail-sor-f41.google.com with SMTP id {hx(key, 'smtp', n=16).lower()}\n for <{to.split('<')[-1].rstrip('>')}>; {d}"]
    h += ["MIME-Version: 1.0"]
    if in_reply_to:
        h += [f"References: {references or in_reply_to}", f"In-Reply-To: {in_reply_to}"]
    h += [f"From: {frm}", f"Date: {d}",
          f"Message-ID: <CA+{hx(key, 'gm', n=28)}@mail.{sender_domain}>" if sender_domain == "gmail.com"
          else f"Message-ID: <CA+{hx(key, 'gm', n=28)}@mail.gmail.com>",
          f"Subject: {hdr(subject)}", f"To: {to}"]
    if cc:
        h.append(f"Cc: {cc}")
    h += list(extra_headers)
    ascii_ok = all(ord(c) < 128 for c in text)
    plain = text_part(text, "plain", charset="UTF-8", cte="7bit" if ascii_ok else "quoted-printable")
    hbody = html_text if html_text is not None else simple_html(text)
    alt = multipart("alternative", "000000000000" + hx(key, "galt", n=16).lower(),
                    [plain, text_part(hbody, "html", charset="UTF-8")])
    body = alt
    if attachments:
        parts = [alt] + [attachment(fn, data, ct, style="gmail") for fn, data, ct in attachments]
        body = multipart("mixed", "000000000000" + hx(key, "gmix", n=16).lower(), parts)
    body.headers = [body.headers[0].replace(';\n boundary', '; boundary')]
    return "\n".join(h + body.headers) + "\n\n" + body.body


def apple_message(key, frm, to, subject, date, text, *, attachments=(), in_reply_to=None, references=None,
                  mailer="iPhone Mail (22B91)", extra_headers=(), domain="icloud.com"):
    d = rfc_date(date)
    h = [f"From: {frm}", f"Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"]
    uid = hx(key, "apple", n=32)
    uid = f"{uid[:8]}-{uid[8:12]}-{uid[12:16]}-{uid[16:20]}-{uid[20:32]}"
    if attachments:
        b = f"Apple-Mail-{uid}"
        parts = [text_part(text, "plain", charset="utf-8")]
        parts += [attachment(fn, data, ct, style="apple") for fn, data, ct in attachments]
        body = multipart("mixed", b, parts)
        h = [f"From: {frm}", body.headers[0]]
        payload = body.body
    else:
        payload = qp(text.encode("utf-8"))
    h += ["Mime-Version: 1.0 (1.0)", f"Subject: {hdr(subject)}", f"Date: {d}",
          f"Message-Id: <{uid}@{domain}>"]
    if in_reply_to:
        h += [f"References: {references or in_reply_to}", f"In-Reply-To: {in_reply_to}"]
    h += [f"To: {to}", f"X-Mailer: {mailer}"] + list(extra_headers)
    return "\n".join(h) + "\n\n" + payload


# ---------------------------------------------------------------------------------------------
# real attachments

FIXED_ZIP_TIME = (2026, 11, 1, 9, 0, 0)


def normalise_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def docx_bytes(title, blocks, author="Children's Services"):
    """blocks: str paragraph | ('h', text) heading | ('table', [[cells], ...])"""
    from docx import Document
    d = Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = dt.datetime(2026, 11, 1, 9, 0, 0)
    cp.modified = dt.datetime(2026, 11, 1, 9, 0, 0)
    cp.revision = 1
    d.add_heading(title, 1)
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "h":
            d.add_heading(b[1], 2)
        elif isinstance(b, tuple) and b[0] == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
        else:
            d.add_paragraph(b)
    buf = io.BytesIO()
    d.save(buf)
    return normalise_zip(buf.getvalue())


def _pdf_str(s):
    out = []
    for ch in s.encode("cp1252", errors="replace"):
        c = chr(ch)
        if c in "\\()":
            out.append("\\" + c)
        elif 32 <= ch < 127:
            out.append(c)
        else:
            out.append("\\%03o" % ch)
    return "".join(out)


def pdf_bytes(title, text):
    lines = []
    for para in text.split("\n"):
        lines += textwrap.wrap(para, 95) or [""]
    pages = [lines[i:i + 56] for i in range(0, len(lines), 56)] or [[""]]
    objs = {}
    n_pages = len(pages)
    page_ids = [4 + 2 * i for i in range(n_pages)]
    objs[1] = "<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = "<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join(f"{p} 0 R" for p in page_ids), n_pages)
    objs[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    for i, pl in enumerate(pages):
        pid, cid = page_ids[i], page_ids[i] + 1
        stream = ["BT", "/F1 10 Tf", "13 TL", "50 800 Td"]
        for ln in pl:
            stream.append(f"({_pdf_str(ln)}) Tj T*")
        stream.append("ET")
        s = "\n".join(stream).encode("latin-1")
        objs[pid] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     f"/Resources << /Font << /F1 3 0 R >> >> /Contents {cid} 0 R >>")
        objs[cid] = s
    info_id = 4 + 2 * n_pages
    objs[info_id] = (f"<< /Title ({_pdf_str(title)}) /Producer (Microsoft Word for Microsoft 365) "
                     "/CreationDate (D:20261101090000Z) >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for oid in sorted(objs):
        offsets[oid] = out.tell()
        body = objs[oid]
        if isinstance(body, bytes):
            out.write(f"{oid} 0 obj\n<< /Length {len(body)} >>\nstream\n".encode() + body + b"\nendstream\nendobj\n")
        else:
            out.write(f"{oid} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    size = max(objs) + 1
    out.write(f"xref\n0 {size}\n0000000000 65535 f \n".encode())
    for oid in range(1, size):
        out.write(f"{offsets[oid]:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {size} /Root 1 0 R /Info {info_id} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_fold(lines):
    out = []
    for line in lines:
        b = line.encode("utf-8")
        first = True
        while len(b) > (75 if first else 74):
            cut = 75 if first else 74
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(("" if first else " ") + b[:cut].decode("utf-8"))
            b = b[cut:]
            first = False
        out.append(("" if first else " ") + b.decode("utf-8"))
    return "\r\n".join(out) + "\r\n"


# ---------------------------------------------------------------------------------------------
# recording

def add(fn, authority, mailbox, date, minutes, expect, why, text, crlf=False):
    data = text.replace("\r\n", "\n")
    if crlf:
        data = data.replace("\n", "\r\n")
    OUT.append((fn, data.encode("utf-8")))
    full = {"kind": None, "urgent": False, "level": None, "case_ids": [], "children": [], "concerns": [],
            "consent": None, "manager_agreed": None, "missing": [], "notice_ok": None, "next_action": None}
    full.update(expect)
    full["concerns"] = sorted(full["concerns"])
    full["missing"] = sorted(full["missing"])
    full["children"] = [{"name": c[0], "dob": c[1]} for c in full["children"]]
    LABELS.append({"file": fn, "authority": authority, "mailbox": mailbox, "now": now_iso(date, minutes),
                   "expect": full, "why": why})


def notice(today, meeting, expect_ok):
    """Assert a hand-written Knowsley notice label against the working-day count."""
    given = working_days_between(dt.date.fromisoformat(today), dt.date.fromisoformat(meeting))
    assert (given >= 5) == expect_ok, (today, meeting, given)
    return expect_ok


# addresses of the duty mailboxes (as in the dev corpus)
K_MASH = addr("Knowsley MASH", "knowsleymash@knowsley.gov.uk")
K_MASH_BS = addr("MASH Business Support", "Mash.Businesssupport@knowsley.gov.uk")
K_FF = addr("Family First 0-18 Duty Mailbox", "FamilyFirst0-18DutyMailbox@knowsley.gov.uk")
RW_MASH = addr("MASH Step Up", "MASH-StepUP@richmondandwandsworth.gov.uk")
RW_EH = addr("Early Help Duty", "EarlyHelpDuty@richmondandwandsworth.gov.uk")
TH_MAST = addr("MAST", "MAST@towerhamlets.gov.uk")
TH_EH = addr("Early Help Hub", "EarlyHelpHub@towerhamlets.gov.uk")
TB_MASH = addr("Torbay MASH", "mash@torbay.gov.uk")
TB_EH = addr("Early Help", "earlyhelp@torbay.gov.uk")
HF_EH = addr("Early Help Co-ordinators", "earlyhelpcoordinators@herefordshire.gov.uk")

K_DISC = ("This e-mail and any attachments are confidential and intended solely for the addressee. If you "
          "have received it in error please tell the sender and delete it. Knowsley Council may monitor "
          "email traffic to and from its systems.")
RW_DISC = ("Confidentiality: this email and any files sent with it are confidential and may be legally "
           "privileged. If you are not the intended recipient, please notify the sender immediately and "
           "delete it. Richmond and Wandsworth Councils' shared staffing arrangement. Emails may be monitored.")
TH_DISC = ("London Borough of Tower Hamlets - this email and any attachments are confidential. If you have "
           "received it in error, please notify the sender and delete it. Tower Hamlets Council does not "
           "accept liability for any views expressed that are not those of the Council.")
TB_DISC = ("Torbay Council: this email is intended only for the person to whom it is addressed and may "
           "contain confidential information. If you have received it in error please notify the sender.")
HF_DISC = ("Any opinion expressed in this e-mail or its attachments is that of the sender and does not "
           "necessarily represent the views of Herefordshire Council. This e-mail and any attachments are "
           "confidential and intended solely for the use of the addressee.")


# =============================================================================================
# KNOWSLEY
# =============================================================================================

def knowsley():
    # ---- knowsley_01: URGENT - child's own words of sexual abuse in a P.S.; abuser minding her tonight
    d = "2026-11-30 11:42:17"
    text = """Good morning MASH,

Please find attached step up request for Lily-Mae Cross (DOB 14/02/2020). Case ID on EHM: EHM-53118.

Also attached is the TAF minutes from 24/11/2026 and the Graded Care Profile 2, because the concerns is mainly neglect - the home conditions is very poor, Lily-Mae is coming to school hungry and in the same clothes all the week, and mum is not following the plan we agreed in the TAF.

My Team Manager Andrea Pike has discussed the step up with me and she agreed it on Friday.

I have sent the calendar invite for the step up TAF meeting: Wednesday 9th December 2026 at 1.30pm, Stockbridge Village Family Hub (Teams link also in the invite).

Kind regards
Chidinma

Chidinma Okafor
Family First Case Manager | Family First 0-18
Knowsley Council | 0151 496 0722

P.S. sorry, just now the TA from Lily-Mae class ring me. At breakfast club Lily-Mae said to her "Mummy's friend Daz hurts my wee-wee when mummy is at work, he said it is our secret". Mum is working nights at the care home this week and Daz is minding Lily-Mae again tonight. I did not speak to mum yet.

""" + K_DISC + "\n"
    form = docx_bytes("Family First - Step Up request to Children's Social Care (Appendix 1)", [
        ("table", [["Child's name", "Lily-Mae Cross"], ["DOB", "14/02/2020"], ["Case ID on EHM", "EHM-53118"],
                   ["Lead Practitioner", "Chidinma Okafor, Family First Case Manager"],
                   ["Date of step up TAF meeting", "Wednesday 09/12/2026 13:30, Stockbridge Village Family Hub"],
                   ["Recent TAF meeting minutes attached", "Yes - 24/11/2026"],
                   ["Team Manager agreement", "Andrea Pike - agreed 27/11/2026"]]),
        ("h", "What are we worried about?"),
        "Home conditions remain very poor (GCP2 completed, see attached). Lily-Mae arrives at school hungry and "
        "in the same clothes for several days. Mum has not followed the actions agreed at the last two TAFs.",
        ("h", "What is working well?"),
        "Lily-Mae attends school every day. Maternal grandmother visits at weekends.",
        ("h", "What needs to happen?"),
        "Step up to Children's Social Care for a Child and Family Assessment."], author="Chidinma Okafor")
    minutes = docx_bytes("TAF meeting minutes - 24/11/2026", [
        "Present: Chidinma Okafor (Family First), class teacher, school nurse. Mum did not attend.",
        "Child: Lily-Mae Cross.",
        ("h", "Review of actions"),
        "Home conditions: not improved. Food in the home: limited. School uniform: not washed.",
        ("h", "Agreed"),
        "Case manager to discuss step up with Team Manager."], author="Chidinma Okafor")
    gcp2 = pdf_bytes("Graded Care Profile 2 - Lily-Mae Cross",
                     "Graded Care Profile 2 (GCP2)\nChild: Lily-Mae Cross   DOB 14/02/2020\n"
                     "Completed by: Chidinma Okafor, 20/11/2026\n\nArea 1 Physical care: grade 4\n"
                     "Area 2 Care of safety: grade 3\nArea 3 Love and care: grade 3\nArea 4 Stimulation and education: grade 3\n"
                     "\nSummary: care consistently below the child's needs in nutrition, housing and hygiene.")
    add("knowsley_01.eml", "knowsley", "mash_step_up", d, 8, {
        "kind": "step_up", "urgent": True, "case_ids": ["EHM-53118"],
        "children": [("Lily-Mae Cross", "2020-02-14")], "concerns": ["neglect", "sexual_harm"],
        "manager_agreed": True, "missing": [], "notice_ok": notice("2026-11-30", "2026-12-09", True),
        "next_action": "alert_duty"},
        "Complete neglect step-up (form, TAF minutes, GCP2; 7 WD notice) whose P.S. quotes a 5-year-old's "
        "disclosure of sexual abuse by the man minding her tonight: immediate risk, so alert_duty.",
        outlook_message("k01", addr("Okafor, Chidinma", "Chidinma.Okafor@knowsley.gov.uk"), K_MASH,
                        "Step up request - Lily-Mae Cross - EHM-53118", d, text, cc=K_MASH_BS,
                        attachments=[("FF Step Up Request - Lily-Mae Cross.docx", form, DOCX),
                                     ("TAF minutes 24.11.26 - Cross.docx", minutes, DOCX),
                                     ("GCP2 - Lily-Mae Cross.pdf", gcp2, PDF)]), crlf=True)

    # ---- knowsley_02: URGENT - only in the forwarded part: bail breach, threat to kill, baby in house
    d = "2026-12-04 08:47:30"
    text = """Hi,

FYI - below from Mihaela at the Roma support project re Ana-Maria Lungu and Darius Lungu (EHM-52907). Can this go on file for the step up TAF on the 16th please.

Thanks
Leanne

Leanne Brophy
Family First Case Manager | Family First 0-18 | Knowsley Council
0151 496 0388

From: Mihaela Dumitru <mihaela.dumitru@brightwaterroma.org.uk>
Sent: 04 December 2026 08:12
To: Brophy, Leanne <Leanne.Brophy@knowsley.gov.uk>
Subject: Ana-Maria and Darius

Hello Leanne,

I am writing you because the mother Florentina call me at 7 o clock this morning, she was very scared. She say the father Marius he come back to the house last night, he is not allowed because of the police bail, but he is there now, sleeping in the house. He was drinking all night and he tell her "if you call police again I kill you and I kill the baby". Ana-Maria (4 years) and Darius (9 month) are in the house with him. Florentina must go to work at 9 o clock and he say he will mind the children today.

I tell her to call 999 but she is too afraid of him. Please can you do something.

Mihaela Dumitru
Community Worker, Brightwater Roma Support Project
07700 900284

-----Original Message-----
From: Knowsley MASH <knowsleymash@knowsley.gov.uk>
Sent: 26 November 2026 14:05
To: Brophy, Leanne <Leanne.Brophy@knowsley.gov.uk>
Subject: [SB-knowsley-31] Step-up request received - Lungu children

Thank you for your step-up request. Your reference is SB-knowsley-31.
Nothing is missing. The step-up TAF meeting on Wednesday 16 December 2026 at 10:00 has been noted and the MASH social worker will chair it.

Knowsley MASH (automated message)

""" + K_DISC + "\n"
    add("knowsley_02.eml", "knowsley", "mash_step_up", d, 7, {
        "kind": "follow_up", "urgent": True, "case_ids": ["EHM-52907"],
        "children": [("Ana-Maria Lungu", None), ("Darius Lungu", None)],
        "concerns": ["domestic_abuse", "substance_misuse"], "next_action": "alert_duty"},
        "An 'FYI, put on file' forward to [SB-knowsley-31]; only the forwarded community worker's note says the "
        "father is in the house in breach of bail, drunk, threatening to kill mother and baby, and minding a 4-year-old and a baby today.",
        outlook_message("k02", addr("Brophy, Leanne", "Leanne.Brophy@knowsley.gov.uk"), K_MASH,
                        "FW: [SB-knowsley-31] Step-up request received - Lungu children", d, text,
                        in_reply_to="<SB-knowsley-31.ack.20261126140500@knowsley.gov.uk>"), crlf=True)

    # ---- knowsley_03: URGENT - declined final-CIN invitation; the COMMENT reports a baby's femur fracture
    d = "2026-12-08 17:41:05"
    comment = ("Sorry I can not attend. I am in Whiston A&E now with another family baby (not this case) - "
               "Rio Hughes, 5 months. X-ray show a fracture of his thigh bone, the doctor say it is not from "
               "falling off the settee like dad told. Dad is shouting and he want to take Rio home now and the "
               "nurses say they cannot stop him. I rang duty line two times no answer. Please someone call me "
               "on 07700 900417.")
    ics = ics_fold([
        "BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        "BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000",
        "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000",
        "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE", "BEGIN:VEVENT",
        'ATTENDEE;PARTSTAT=DECLINED;CN="Adeyemi, Folake":mailto:Folake.Adeyemi@knowsley.gov.uk',
        "COMMENT;LANGUAGE=en-GB:" + ics_escape(comment),
        "SUMMARY;LANGUAGE=en-GB:Declined: Final CIN meeting - Doherty [SB-knowsley-44]",
        "DTSTART;TZID=GMT Standard Time:20261210T140000", "DTEND;TZID=GMT Standard Time:20261210T153000",
        "UID:SB-knowsley-44-cin-20261210@stepbot.knowsley.gov.uk", "CLASS:PUBLIC", "PRIORITY:5",
        "DTSTAMP:20261208T174105Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-GB:Kirkby Family Hub", "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
        "X-MICROSOFT-CDO-OWNERAPPTID:-1", "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0", "END:VEVENT", "END:VCALENDAR"])
    h = outlook_received(d, key="k03") + [
        f"From: {addr('Adeyemi, Folake', 'Folake.Adeyemi@knowsley.gov.uk')}", f"To: {K_FF}",
        "Subject: Declined: Final CIN meeting - Doherty [SB-knowsley-44]",
        "Thread-Topic: Final CIN meeting - Doherty [SB-knowsley-44]",
        f"Thread-Index: {base64.b64encode(bytes.fromhex(hx('k03', 'ti', n=40))).decode()}",
        f"Date: {rfc_date(d)}",
        f"Message-ID: <LO2P265MB5123{hx('k03', 'mid', n=20)}@LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM>",
        "Accept-Language: en-GB, en-US", "Content-Language: en-GB", "X-MS-Has-Attach:",
        "X-MS-TNEF-Correlator:",
        "x-ms-exchange-calendar-series-instance-id: BAAAAIIA4AB0xbcQGoLgCAAAAAD" + hx("k03", "cal", n=24),
        "x-ms-exchange-organization-authas: Internal", "MIME-Version: 1.0"]
    body = multipart("alternative", f"_000_{hx('k03', 'alt')}GBRP265PRODOUTLOOKCOM_", [
        text_part("\n", "plain"), text_part(outlook_html(""), "html"),
        text_part(ics, "calendar", cte="base64", ct_extra='; method="REPLY"')])
    add("knowsley_03.eml", "knowsley", "early_help_duty", d, 6, {
        "kind": "meeting_reply", "urgent": True, "children": [("Rio Hughes", None)],
        "concerns": ["physical_harm"], "next_action": "alert_duty"},
        "Outlook iTIP REPLY (PARTSTAT=DECLINED) with an empty body; only the base64 text/calendar COMMENT says a "
        "5-month-old has an unexplained femur fracture and dad is taking him home from A&E now.",
        "\n".join(h + body.headers) + "\n\n" + body.body, crlf=True)

    # ---- knowsley_04: URGENT - iPhone, mother psychotic with 7-week-old, alone
    d = "2026-12-10 13:05:44"
    text = """Hi MASH

Need to step this family up today, cant wait for a TAF.

Just left the house. Mum (Kerry Tully) is very unwell, she hasnt slept for days, keeps saying Jaxon has the devil in him and she has to get it out of him. She had the bath running while she was saying it. Jaxon is 7 wks old. She wouldnt let me past the hall. Partner is at work in Warrington till 10 tonight, nobody else in the house.

Jaxon Tully, EHM-53402. I'll do the form when im back in the office. Havent been able to get hold of my TM yet.

Shauna

Sent from my iPhone"""
    add("knowsley_04.eml", "knowsley", "mash_step_up", d, 7, {
        "kind": "step_up", "urgent": True, "case_ids": ["EHM-53402"], "children": [("Jaxon Tully", None)],
        "concerns": ["parental_mental_health"], "manager_agreed": None,
        "missing": ["manager_agreed", "meeting_details", "step_up_form", "taf_minutes"], "notice_ok": None,
        "next_action": "alert_duty"},
        "Terse iPhone step-up: a mother in an apparent psychotic episode, alone with a 7-week-old she says must have "
        "'the devil' got out of him, bath running. Never uses 'urgent' or 'risk'. No form, minutes, date or TM agreement yet.",
        apple_message("k04", addr("Shauna McGovern", "Shauna.McGovern@knowsley.gov.uk"), K_MASH,
                      "Step up today - baby Jaxon Tully EHM-53402", d, text, domain="knowsley.gov.uk"))

    # ---- knowsley_05: NEAR-MISS - partnership 7-minute briefing listing examples of immediate risk
    d = "2026-12-01 07:30:02"
    text = """KNOWSLEY SAFEGUARDING CHILDREN PARTNERSHIP
7-MINUTE BRIEFING - December 2026
"When it can't wait": recognising immediate risk

1. Why it matters
Step-up requests are for planned escalation. Some situations cannot wait for a TAF meeting or an inbox.

2. Examples of immediate risk (for discussion in your team meeting)
- a baby or non-mobile child with ANY bruise, e.g. to the cheek, ear or torso, or fingertip marks
- a child who tells you something like "daddy hurts my wee-wee" or "mum burned me with the iron"
- a toddler left home alone, or a sole carer who is unconscious, heavily intoxicated or acutely unwell
- a young person missing right now who is known to be exploited, or carrying a knife
- a perpetrator breaking bail conditions and at the family home

3. What to do
Phone the MASH duty social work team on 0151 496 0417 (out of hours: Emergency Duty Team). In an emergency dial 999. Do not send an email to the step-up inbox and wait.

4. Record
Write down what the child said in their own words, the time, and who you told.

5. Reflect
What gets in the way of picking up the phone in your team?

6. Training
"Recognising and responding to immediate risk" - Thursday 21 January 2027, 9.30am-12.30pm, Huyton Suite, Municipal Buildings. Book through the KSCP learning portal.

7. Further reading
KSCP multi-agency threshold guidance (2026 edition).

You are receiving this because you are subscribed to KSCP updates.
Unsubscribe: https://knowsley-scp-news.org.uk/unsubscribe?u=4c91e2
"""
    h = ["Received: from mail211.suw21.mcsv.net (mail211.suw21.mcsv.net [198.2.134.211])\n by mx.knowsley.gov.uk with ESMTPS; " + rfc_date(d),
         f"From: {addr('Knowsley Safeguarding Children Partnership', 'news@knowsley-scp-news.org.uk')}",
         "Reply-To: kscp@knowsley-scp-news.org.uk", f"To: {K_MASH}",
         "Subject: 7-Minute Briefing: When it can't wait - recognising immediate risk",
         f"Date: {rfc_date(d)}", f"Message-ID: <{hx('k05', n=20).lower()}.{hx('k05b', n=10).lower()}@mcsv.net>",
         "List-Id: KSCP updates <kscp-updates.knowsley-scp-news.org.uk>",
         "List-Unsubscribe: <https://knowsley-scp-news.org.uk/unsubscribe?u=4c91e2>,\n <mailto:unsubscribe@knowsley-scp-news.org.uk>",
         "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "X-Mailer: Mailchimp Mailer - **CID4c91e2ab77**",
         "MIME-Version: 1.0"]
    body = multipart("alternative", "=-=-=_mc_alt_4c91e2ab77", [
        text_part(text, "plain"), text_part(simple_html(text, "<div style=\"font-family:Arial\">"), "html")])
    add("knowsley_05.eml", "knowsley", "mash_step_up", d, 5, {
        "kind": "other", "urgent": False, "next_action": "human_review"},
        "Partnership 7-minute briefing (List-Id / List-Unsubscribe) that LISTS examples of immediate risk, including "
        "quoted children's words, but concerns no real child: not urgent, kind other.",
        "\n".join(h + body.headers) + "\n\n" + body.body)

    # ---- knowsley_06: NEAR-MISS - historic disclosure, investigated and closed; complete L3 step-down
    d = "2026-12-02 10:20:13"
    text = """Dear Family First duty,

I am writing to step down Kyle Rimmer (DOB 03/08/2015), ICS-1219044, to Family First 0-18 at Level 3.

The final CIN meeting is on Thursday 10th December 2026 at 2.00pm at Kirkby Family Hub, Room 2. Mum, Ms Joanne Rimmer, has given her consent for the case to be referred to Family First.

Background, so the new case manager is not surprised when reading the file: in March 2025 Kyle told his teacher "mum's boyfriend hit me with the belt". This was investigated under section 47, the boyfriend left the household, police took no further action and he has had no contact since. Kyle was on a child protection plan which ended in October 2026. When I saw Kyle alone last week he said "nobody hits me now, it is just me, mum and nan at home".

What are we worried about?
Mum's low mood has returned since the autumn and some days she struggles to get Kyle to school on time; his attendance this term is 88%.

What is working well?
Mum is engaging with her GP and the talking therapy. Nan lives two streets away and takes Kyle to school when mum cannot. Kyle is doing well in football club.

What needs to happen?
Family First case manager to support mum with routines and school attendance; school to continue the attendance plan; review at the first TAF in 6 weeks.

Many thanks
Emeka

Emeka Nwachukwu
Social Worker | Children's Social Care (Kirkby CIN team)
Knowsley Council | 0151 496 0561

""" + K_DISC + "\n"
    add("knowsley_06.eml", "knowsley", "early_help_duty", d, 10, {
        "kind": "step_down", "urgent": False, "level": 3, "case_ids": ["ICS-1219044"],
        "children": [("Kyle Rimmer", "2015-08-03")], "concerns": ["parental_mental_health", "school_attendance"],
        "consent": True, "missing": [], "notice_ok": notice("2026-12-02", "2026-12-10", True),
        "next_action": "book_meeting"},
        "Complete Level 3 step-down (date/time/venue, all three Signs of Safety headings, consent; 6 WD notice). The belt "
        "disclosure is historic (March 2025), investigated under s47 and closed, CP plan ended: not urgent, not a current concern.",
        outlook_message("k06", addr("Nwachukwu, Emeka", "Emeka.Nwachukwu@knowsley.gov.uk"), K_FF,
                        "Step down to Family First L3 - Kyle Rimmer ICS-1219044", d, text), crlf=True)

    # ---- knowsley_07: NEAR-MISS - child's worries quoted, no current risk; GCP2 missing
    d = "2026-12-04 15:10:37"
    text = """Hello MASH team,

I send step up request for Ruby Heaton, DOB 30/06/2017, case ID EHM-52641. Step up form and the TAF minutes from 1/12 are attached.

Concerns is neglect and mum mental health. Mum is staying in bed most of the day, the house is cold, there is often not food in the cupboards. The Graded Care Profile 2 I will send tomorrow, it is not finished yet.

Ruby is telling me in school she is worried: "I'm worried mummy will stay in bed at Christmas again and there won't be no dinner". I asked her if anybody hurts her and she said "nobody hurts me, I just get hungry sometimes". No marks, no disclosure of harm. Ruby has breakfast club and she stays with her auntie on Saturdays.

My TM Gary Lunt agreed the step up in supervision on 3/12.

Step up TAF meeting: Wednesday 16 December 2026, 10.00am, Huyton Family Hub. Invite sent to MASH and MASH business support.

Thank you,
Joanna Kaminska
Family First Case Manager, Family First 0-18
Knowsley Council | 0151 496 0239

""" + K_DISC + "\n"
    form = docx_bytes("FF Step Up request to CSC", [
        ("table", [["Child", "Ruby Heaton"], ["DOB", "30/06/2017"], ["Case ID on EHM", "EHM-52641"],
                   ["Date of step up TAF meeting", "16/12/2026 10:00 Huyton Family Hub"],
                   ["Team Manager", "Gary Lunt - agreed 03/12/2026"]]),
        ("h", "What are we worried about?"), "Neglect of basic care; mum's depression.",
        ("h", "What is working well?"), "Ruby attends school and breakfast club; auntie helps on Saturdays.",
        ("h", "What needs to happen?"), "Child and Family Assessment by Children's Social Care."], author="Joanna Kaminska")
    minutes = docx_bytes("TAF minutes 01.12.2026 - Heaton", [
        "Present: Joanna Kaminska (Family First), Ruby's class teacher, mum.",
        "Food bank referral made. Mum to see GP. No improvement in home conditions since October.",
        "Agreed: case manager to request step up."], author="Joanna Kaminska")
    add("knowsley_07.eml", "knowsley", "mash_step_up", d, 10, {
        "kind": "step_up", "urgent": False, "case_ids": ["EHM-52641"], "children": [("Ruby Heaton", "2017-06-30")],
        "concerns": ["neglect", "parental_mental_health"], "manager_agreed": True, "missing": ["gcp2"],
        "notice_ok": notice("2026-12-04", "2026-12-16", True), "next_action": "request_info"},
        "Non-native writer; the child's quoted words are a worry about Christmas and an explicit 'nobody hurts me', "
        "'no marks, no disclosure': not urgent. Neglect step-up with GCP2 still to come (8 WD notice).",
        outlook_message("k07", addr("Kaminska, Joanna", "Joanna.Kaminska@knowsley.gov.uk"), K_MASH,
                        "Step up request Ruby Heaton EHM-52641", d, text, cc=K_MASH_BS,
                        attachments=[("FF Step Up request - Ruby Heaton.docx", form, DOCX),
                                     ("TAF minutes 01.12.26 - Heaton.docx", minutes, DOCX)]), crlf=True)

    # ---- knowsley_08: NEAR-MISS - Google Calendar decline whose note explains marks as birthmarks
    d = "2026-12-07 09:14:22"
    note = ("Sorry, I am on annual leave that week - written health report will follow. From health side no new "
            "concerns: the blue marks on the baby's lower back that were queried in October were confirmed by "
            "the paediatrician as Mongolian blue spots (birthmarks), not bruising.")
    ics = ics_fold([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:REPLY", "BEGIN:VEVENT", "DTSTART:20261216T100000Z",
        "DTEND:20261216T113000Z", "DTSTAMP:20261207T091422Z",
        "ORGANIZER;CN=Knowsley MASH:mailto:knowsleymash@knowsley.gov.uk",
        "UID:040000008200E00074C5B7101A82E00800000000" + hx("k08", "uid", n=24),
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=DECLINED;CN=Hollie Quayle;X-NUM-GUESTS=0:mailto:hollie.quayle@mersey0to19.org.uk",
        "COMMENT:" + ics_escape(note), "CREATED:20261204T151500Z", "LAST-MODIFIED:20261207T091422Z",
        "LOCATION:Huyton Family Hub", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Step-up TAF meeting [SB-knowsley-37]", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    plain = ("Hollie Quayle has declined this invitation with a note:\n\"" + note + "\"\n\n"
             "Step-up TAF meeting [SB-knowsley-37]\nWhen: Wed 16 Dec 2026 10:00 - 11:30 (GMT)\n"
             "Where: Huyton Family Hub\n\nInvitation from Google Calendar\n")
    alt = multipart("alternative", "000000000000" + hx("k08", "alt", n=16).lower(), [
        text_part(plain, "plain", charset="UTF-8", cte="7bit", order="cte-first"),
        text_part(simple_html(plain, "<div>"), "html", charset="UTF-8"),
        text_part(ics, "calendar", charset="UTF-8", cte="7bit", ct_extra='; method="REPLY"', order="cte-first")])
    alt.headers = [alt.headers[0].replace(";\n boundary", "; boundary")]
    mixed = multipart("mixed", "000000000000" + hx("k08", "mix", n=16).lower(), [
        alt, attachment("invite.ics", ics.encode(), "application/ics", style="gmail")])
    mixed.headers = [mixed.headers[0].replace(";\n boundary", "; boundary")]
    h = [f"Received: by mail-pj1-f44.google.com with SMTP id {hx('k08', n=16).lower()} for\n <knowsleymash@knowsley.gov.uk>; {rfc_date(d)}",
         "MIME-Version: 1.0", "Reply-To: Hollie Quayle <hollie.quayle@mersey0to19.org.uk>",
         "Sender: Google Calendar <calendar-notification@google.com>",
         f"Message-ID: <calendar-{hx('k08', 'm', n=8).lower()}-{hx('k08', 'n', n=4).lower()}@google.com>",
         f"Date: {rfc_date(d)}",
         "Subject: Declined: Step-up TAF meeting [SB-knowsley-37] @ Wed 16 Dec 2026\n 10:00 - 11:30 (GMT) (knowsleymash@knowsley.gov.uk)",
         "From: Hollie Quayle <hollie.quayle@mersey0to19.org.uk>", f"To: {K_MASH}"]
    add("knowsley_08.eml", "knowsley", "mash_step_up", d, 6, {
        "kind": "meeting_reply", "urgent": False, "next_action": "record_reply"},
        "Google Calendar iTIP REPLY (DECLINED); the note mentions marks and bruising only to say the paediatrician "
        "confirmed birthmarks, not bruising: explained and checked, not urgent.",
        "\n".join(h + mixed.headers) + "\n\n" + mixed.body)

    # ---- knowsley_09: ordinary complete exploitation step-up
    d = "2027-01-05 09:30:51"
    text = """Dear MASH colleagues,

Please find attached step up request for Connor Walsh (DOB 03/09/2011), EHM case ID EHM-52210, with the TAF minutes of 17/12/2026 and the Merseyside Exploitation Assessment which I completed with Connor's youth worker.

Summary: Connor is linked with older young people who we believe are using him to move drugs between Halewood and Speke. He was missing from home three times in November; every time he returned by the next morning and return home interviews were done. There has not been a missing episode since 28/11 and he is at home and attending school, but he has new clothes and a second phone that mum cannot explain.

My Team Manager Sue Rimmer has discussed and agreed the step up (supervision 04/01/2027).

Step up TAF meeting: Wednesday 13 January 2027 at 10:00, Halewood Family Hub - invite sent to Knowsley MASH and MASH Business Support.

Best regards
Farid Ahmadi
Family First Case Manager | Family First 0-18 | Knowsley Council
0151 496 0472

""" + K_DISC + "\n"
    form = docx_bytes("FF Step Up request to CSC - Connor Walsh", [
        ("table", [["Child", "Connor Walsh"], ["DOB", "03/09/2011"], ["Case ID on EHM", "EHM-52210"],
                   ["Date of step up TAF meeting", "13/01/2027 10:00, Halewood Family Hub"],
                   ["Recent TAF meeting minutes attached", "Yes (17/12/2026)"],
                   ["Merseyside Exploitation Assessment - CE/CSE concern", "Attached"],
                   ["Team Manager agreement", "Sue Rimmer, 04/01/2027"]]),
        ("h", "What are we worried about?"), "Criminal exploitation; missing episodes in November.",
        ("h", "What is working well?"), "Connor attends school; good relationship with his youth worker.",
        ("h", "What needs to happen?"), "Step up for a Child and Family Assessment and exploitation planning."],
        author="Farid Ahmadi")
    minutes = docx_bytes("TAF minutes 17.12.2026 - Walsh", [
        "Present: Farid Ahmadi, school pastoral lead, youth worker, mum.", "Agreed: request step up to CSC."],
        author="Farid Ahmadi")
    mea = docx_bytes("Merseyside Exploitation Assessment - Connor Walsh", [
        "CE/CSE concern screening completed 16/12/2026.", "Indicators: unexplained goods, second phone, older associates, missing episodes (November 2026).",
        "Outcome: significant concern of criminal exploitation."], author="Farid Ahmadi")
    add("knowsley_09.eml", "knowsley", "mash_step_up", d, 9, {
        "kind": "step_up", "urgent": False, "case_ids": ["EHM-52210"], "children": [("Connor Walsh", "2011-09-03")],
        "concerns": ["exploitation", "missing"], "manager_agreed": True, "missing": [],
        "notice_ok": notice("2027-01-05", "2027-01-13", True), "next_action": "book_meeting"},
        "Complete exploitation step-up (form, TAF minutes, Merseyside Exploitation Assessment; 6 WD notice). Missing "
        "episodes are past and he is home and in school: no immediate risk.",
        outlook_message("k09", addr("Ahmadi, Farid", "Farid.Ahmadi@knowsley.gov.uk"), K_MASH,
                        "Step Up TAF request - Connor Walsh (EHM-52210)", d, text, cc=K_MASH_BS,
                        attachments=[("FF Step Up request to CSC - C Walsh.docx", form, DOCX),
                                     ("TAF minutes 17.12.26 - Walsh.docx", minutes, DOCX),
                                     ("Merseyside Exploitation Assessment - C Walsh.docx", mea, DOCX)]), crlf=True)

    # ---- knowsley_10: ordinary Level 2 step-down, notice too short
    d = "2026-12-14 14:00:09"
    text = """Hi all,

Step down to Level 2 for Mason Kelly (DOB 11/03/2015), ICS-1223310.

Final CIN meeting: Friday 18th December 2026, 10.30am, Prescot Family Hub (meeting room 1).

Lead Practitioner after step down: Mrs Denise Ford, Pastoral Lead, Brackenlow CE Primary School - she has agreed to take on the role.

Dad is happy with the plan and consents to Level 2 support through school.

What are we worried about - Mason's attendance dropped to 81% last term after mum moved out; dad works shifts.
What is working well - dad has arranged for his sister to do the school run on early shifts; attendance this half term 94%.
What needs to happen - school to keep the attendance plan going, Mason to continue with the school's nurture group, review at the first TAF.

Sorry it's short notice, the CIN date was moved by the family.

Bethan

Bethan Carragher | Social Worker | Children's Social Care | Knowsley Council | 0151 496 0904
"""
    add("knowsley_10.eml", "knowsley", "early_help_duty", d, 8, {
        "kind": "step_down", "urgent": False, "level": 2, "case_ids": ["ICS-1223310"],
        "children": [("Mason Kelly", "2015-03-11")], "concerns": ["school_attendance"], "consent": True,
        "missing": [], "notice_ok": notice("2026-12-14", "2026-12-18", False), "next_action": "request_info"},
        "Ordinary Level 2 step-down with venue, lead practitioner and all three headings, but Mon 14 Dec -> Fri 18 Dec "
        "is only 4 WD notice, so request_info.",
        outlook_message("k10", addr("Carragher, Bethan", "Bethan.Carragher@knowsley.gov.uk"), K_FF,
                        "Step down L2 - Mason Kelly", d, text), crlf=True)

    # ---- knowsley_11: ordinary follow-up supplying the GCP2
    d = "2026-12-07 10:02:40"
    text = """Hello,

Please find attached the Graded Care Profile 2 for Ruby Heaton (EHM-52641), as promised.

Thank you
Joanna

Joanna Kaminska
Family First Case Manager, Family First 0-18
Knowsley Council | 0151 496 0239

-----Original Message-----
From: Knowsley MASH <knowsleymash@knowsley.gov.uk>
Sent: 04 December 2026 15:12
To: Kaminska, Joanna <Joanna.Kaminska@knowsley.gov.uk>
Subject: [SB-knowsley-37] Step-up request received - information needed

Thank you for your step-up request for Ruby Heaton. Your reference is SB-knowsley-37.

What is missing:
- Graded Care Profile 2 (GCP2)

Please reply to this email with the missing item. The step-up TAF meeting on Wednesday 16 December 2026 at 10:00 gives 8 working days' notice.

Knowsley MASH (automated message)
"""
    gcp2 = pdf_bytes("Graded Care Profile 2 - Ruby Heaton",
                     "Graded Care Profile 2 (GCP2)\nChild: Ruby Heaton   DOB 30/06/2017\nCompleted by: Joanna Kaminska, 05/12/2026\n\n"
                     "Area 1 Physical care: grade 4\nArea 2 Care of safety: grade 2\nArea 3 Love and care: grade 3\n"
                     "Area 4 Stimulation and education: grade 3\n\nSummary: nutrition, warmth of the home and routines below Ruby's needs.")
    add("knowsley_11.eml", "knowsley", "mash_step_up", d, 5, {
        "kind": "follow_up", "urgent": False, "case_ids": ["EHM-52641"], "children": [("Ruby Heaton", None)],
        "next_action": "attach_to_request"},
        "Reply to [SB-knowsley-37] adding the missing GCP2 (quoted acknowledgement under '-----Original Message-----').",
        outlook_message("k11", addr("Kaminska, Joanna", "Joanna.Kaminska@knowsley.gov.uk"), K_MASH,
                        "RE: [SB-knowsley-37] Step-up request received - information needed", d, text,
                        in_reply_to="<SB-knowsley-37.ack.20261204151200@knowsley.gov.uk>",
                        attachments=[("GCP2 - Ruby Heaton.pdf", gcp2, PDF)]), crlf=True)

    # ---- knowsley_12: URGENT - youth worker: 14-year-old with a machete, going to meet a rival at 8pm
    d = "2027-01-15 18:44:12"
    text = """Hello,

I am not sure this is the right email but the phone number on your website goes to voicemail.

I am youth worker at Northfold Youth Hub. Right now (6.40pm) Tyler-James Rooney, he is 14, is here in the hub and he show me a big knife, like a machete, in his bag. He say the older lads he is doing the running for told him he need to "sort out" the boy who robbed his brother, and he is going to meet him at 8 o'clock tonight behind the shops on Larchfield Parade. I try to talk with him but he is not listening, he say he will go. Our policy say I cannot take the knife off him. His mum is not answering her phone.

What do I do? I am here until 9.

Kwame Asante
Senior Youth Worker
Northfold Youth Hub
07700 900612
"""
    add("knowsley_12.eml", "knowsley", "early_help_duty", d, 6, {
        "kind": "other", "urgent": True, "children": [("Tyler-James Rooney", None)],
        "concerns": ["exploitation"], "next_action": "alert_duty"},
        "Youth worker (non-native English) writing to the wrong inbox on a Friday evening: a 14-year-old being run by "
        "older lads has a machete and is going to a fight at 8pm tonight. Immediate risk, no request.",
        gmail_message("k12", addr("Kwame Asante", "kwame.asante@northfoldyouthhub.org.uk"), K_FF,
                      "Young person with knife at the hub NOW", d, text, sender_domain="northfoldyouthhub.org.uk"))


# =============================================================================================
# RICHMOND & WANDSWORTH
# =============================================================================================

def richmond_wandsworth():
    # ---- rw_01: URGENT - HTML-only; torn frenulum + bruise behind ear on a 9-month-old, alone with partner tonight
    d = "2026-12-01 12:25:31"
    text = """Dear MASH colleagues,

I am requesting a step up case discussion for Zara Pryce, DOB 19/02/2026, Mosaic ID 1391845. The case summary is attached.

Rationale for step up
The family has had Early Help since June 2026. Mum's partner, Kyle Dunn, moved in in September. Since then neighbours have called the police twice because of shouting between mum and Kyle (18 October and 21 November). Mum denies any domestic abuse, has cancelled four of the last six visits, and the Early Help plan is not making a difference. We need a social work assessment.

What our Family Support Worker saw today
Precious visited at 10am. Zara has a torn frenulum (the small skin under the upper lip is split, with dried blood on the gum) and a bluish bruise behind her left ear. Mum said Zara fell off the sofa on Sunday. Zara was very quiet and did not reach for mum. Mum starts her shift at 2pm today and Kyle looks after Zara on his own until 11pm.

As the Early Help Team Manager I agree this step up. We have not asked mum for consent to this referral because of what was seen today.

Regards,
Abena

Abena Osei-Bonsu
Early Help Team Manager (Wandsworth North)
Richmond and Wandsworth Councils | 020 7946 0715

""" + RW_DISC + "\n"
    summary = docx_bytes("Case summary - Zara Pryce", [
        ("table", [["Child", "Zara Pryce"], ["DOB", "19/02/2026"], ["Mosaic ID", "1391845"],
                   ["Household", "Mother (Leah Pryce, 23), mother's partner (Kyle Dunn, 29)"]]),
        ("h", "Early Help involvement"),
        "Referred by the health visitor in June 2026. Family Support Worker allocated. Two police call-outs for "
        "shouting (18/10/2026, 21/11/2026). Four of six planned visits cancelled since October."],
        author="Precious Mensah")
    add("richmond_wandsworth_01.eml", "richmond_wandsworth", "mash_step_up", d, 8, {
        "kind": "step_up", "urgent": True, "case_ids": ["1391845"], "children": [("Zara Pryce", "2026-02-19")],
        "concerns": ["domestic_abuse", "physical_harm"], "consent": None, "manager_agreed": True, "missing": [],
        "next_action": "alert_duty"},
        "HTML-only step-up from the EH Team Manager (complete: case summary attached, rationale heading). Clinical "
        "wording only: torn frenulum and a bruise behind the ear on a 9-month-old who is alone with the partner from 2pm today.",
        outlook_message("rw01", addr("Osei-Bonsu, Abena", "Abena.Osei-Bonsu@richmondandwandsworth.gov.uk"), RW_MASH,
                        "Step up - Zara Pryce (Mosaic ID 1391845)", d, text, html_only=True,
                        attachments=[("Case summary - Zara Pryce.docx", summary, DOCX)]), crlf=True)

    # ---- rw_02: URGENT - neighbour, wrong inbox, toddler alone and crying for hours at night
    d = "2026-12-12 21:47:03"
    text = """Hello,

sorry I dont know if this is right email, I find it on the council website for children.

I live in flat 6 in Alder Court. In flat 8 is young mother with small boy, maybe 2 years. She go out at 6 oclock with her friend, dressed for party, I see them from my window, the boy was not with them. Since 7 the boy is crying very much, now is almost 10 and he is still crying, sometimes he is screaming. I knock many times, nobody open, there is no lights inside. I am very worried he is alone in the flat.

What I must do? I dont want to make trouble for her but he is very small.

Dorota (flat 6)
07700 900835
"""
    add("richmond_wandsworth_02.eml", "richmond_wandsworth", "early_help_duty", d, 8, {
        "kind": "other", "urgent": True, "concerns": ["neglect"], "next_action": "alert_duty"},
        "A neighbour (non-native English) writes to the wrong inbox on a Saturday night: a 2-year-old apparently left "
        "alone in a dark flat for hours. Identifiable by address though unnamed, so children [] but urgent.",
        gmail_message("rw02", addr("Dorota Kaczmarek", "dorota.kaczmarek87@gmail.com"), RW_EH,
                      "please help, small child alone crying", d, text))

    # ---- rw_03: URGENT - human forward carrying Auto-Submitted: auto-forwarded; burn with the iron, dad collecting
    d = "2026-12-03 11:20:18"
    text = """Forwarding from school - for the step up I sent on Tuesday (Mosaic ID 1402267).

H

Harpreet Kaur
Early Help Practitioner | Early Help Service (Richmond)
020 7946 0287

________________________________
From: Elderwick Primary - Safeguarding <dsl@elderwickprimary.org.uk>
Sent: Thursday, December 3, 2026 10:58 AM
To: Kaur, Harpreet <Harpreet.Kaur@richmondandwandsworth.gov.uk>
Subject: Jamal Haddad - disclosure this morning

Hi Harpreet,

As discussed on the phone - Jamal Haddad (Year 3) came in this morning with his left forearm wrapped in kitchen roll. When his teacher asked him about it he said "Dad burned me with the iron because I wet the bed again. He said if I tell he'll do the other arm."

Under the kitchen roll there is a triangular blistered burn about 4cm long. Jamal is now with our first aider.

Dad (Mr Sami Haddad) is down to collect him at 3.15pm as usual. We have not contacted parents.

Could you pass this on to whoever needs it?

Claire Penrose
Designated Safeguarding Lead, Elderwick Primary School
020 7946 0961
"""
    add("richmond_wandsworth_03.eml", "richmond_wandsworth", "mash_step_up", d, 5, {
        "kind": "follow_up", "urgent": True, "case_ids": ["1402267"], "children": [("Jamal Haddad", None)],
        "concerns": ["physical_harm"], "next_action": "alert_duty"},
        "Looks automatic (Auto-Submitted: auto-forwarded) but is a worker's forward to [SB-richmond_wandsworth-52]; "
        "the forwarded school email quotes a 7-year-old: dad burned him with the iron, and dad collects at 3.15 today.",
        outlook_message("rw03", addr("Kaur, Harpreet", "Harpreet.Kaur@richmondandwandsworth.gov.uk"), RW_MASH,
                        "FW: Jamal Haddad - disclosure this morning [SB-richmond_wandsworth-52]", d, text,
                        in_reply_to="<SB-richmond_wandsworth-52.ack.20261201100400@richmondandwandsworth.gov.uk>",
                        extra_headers=["Auto-Submitted: auto-forwarded"]), crlf=True)

    # ---- rw_04: URGENT (unsure) - childminder: small round marks on a 14-month-old's bottom, collected at 5.30
    d = "2026-12-09 15:40:26"
    text = """Good afternoon,

I am registered childminder in Putney. I look after Ella Brooks, she is 14 months.

Today when I change her nappy I see 3 small round marks on her bottom, red and a bit crusty in the middle, the size like the end of a pencil or maybe a cigarette, I am not sure. Last week there was one also but I think it was insect bite. Mum say it is eczema and she will put the cream. I don't know if I am overreacting, maybe it is nothing.

Mum and her boyfriend collect Ella at 5.30 today.

Ewa Zielinska
Ewa's Childminding, Putney
07700 900356

Sent from my iPhone"""
    add("richmond_wandsworth_04.eml", "richmond_wandsworth", "early_help_duty", d, 8, {
        "kind": "other", "urgent": True, "children": [("Ella Brooks", None)], "concerns": ["physical_harm"],
        "next_action": "alert_duty"},
        "Childminder unsure whether three small round crusted marks on a 14-month-old are cigarette burns or eczema; "
        "the child goes home at 5.30 today. A duty social worker would be unsure, so alert (alert when unsure).",
        apple_message("rw04", addr("Ewa Zielinska", "ewa.zielinska@icloud.com"), RW_EH,
                      "worry about one child I mind", d, text))

    # ---- rw_05: NEAR-MISS - negations via interpreter; complete step-up
    d = "2026-12-08 11:05:57"
    text = """Dear MASH,

Please accept this step up for Amir Hosseini (DOB 07/04/2016), Mosaic ID 1377210. The case summary is attached.

Rationale for step up
For one year there are repeated domestic abuse incidents between the parents, reported by mum to our worker with the Farsi interpreter (five times since January). Dad has PTSD and he does not take his treatment. The Early Help plan did not change this and mum is now asking for more help. This is about the pattern, not about one incident.

Our Family Support Worker saw Amir yesterday in school, with the Farsi interpreter. Amir did not say anyone hurt him. No marks seen. He said "I am scared when baba shouts at mama, I put my headphones", but he said he feels safe to go home and he knows the safety plan. There is no immediate safeguarding concern today.

Mum has consented to this referral. As Early Help Team Manager I agree the step up.

Best wishes
Leila Rostami
Early Help Team Manager (Wandsworth South)
Richmond and Wandsworth Councils | 020 7946 0658

""" + RW_DISC + "\n"
    summary = docx_bytes("Case summary - Amir Hosseini", [
        ("table", [["Child", "Amir Hosseini"], ["DOB", "07/04/2016"], ["Mosaic ID", "1377210"]]),
        "Early Help since November 2025. Five reported domestic abuse incidents in 2026 (verbal, property damage). "
        "Father's untreated PTSD. Mother engaging well, safety plan reviewed 01/12/2026."], author="Leila Rostami")
    add("richmond_wandsworth_05.eml", "richmond_wandsworth", "mash_step_up", d, 9, {
        "kind": "step_up", "urgent": False, "case_ids": ["1377210"], "children": [("Amir Hosseini", "2016-04-07")],
        "concerns": ["domestic_abuse", "parental_mental_health"], "consent": True, "manager_agreed": True,
        "missing": [], "next_action": "book_meeting"},
        "Complete step-up for a pattern of domestic abuse; every risk word is negated ('did not say anyone hurt him', "
        "'no marks seen', 'feels safe to go home', 'no immediate safeguarding concern today'): not urgent.",
        outlook_message("rw05", addr("Rostami, Leila", "Leila.Rostami@richmondandwandsworth.gov.uk"), RW_MASH,
                        "Step up - Amir Hosseini - Mosaic ID 1377210", d, text,
                        attachments=[("Case summary - Amir Hosseini.docx", summary, DOCX)]), crlf=True)

    # ---- rw_06: NEAR-MISS - UTF-8 text mislabelled windows-1252: negations read as "didnâ€™t"
    d = "2026-12-14 09:12:44"
    text = """Hi Early Help Duty,

Please find attached the case summary and the draft step-down plan for Mia Lawson (DOB 05/11/2018), Mosaic ID 1350981.

Mum has given her consent to the step-down (she signed on 11/12). My team manager, Rachel Odum, agreed the step-down at the CIN review on 10/12.

The original concern was domestic abuse by mum’s ex-partner. He hasn’t had any contact since the non-molestation order in August and he’s moved to Leeds. At my last visit on 10/12 Mia didn’t have any marks and she didn’t say anyone had hurt her – she said ‘home is calm now’. School say she’s settled.

I’ve agreed Friday 18 December at 11am with the Early Help duty manager for the step-down discussion.

Thanks,
Sipho

Sipho Ndlovu
Social Worker, Wandsworth CIN Team
Richmond and Wandsworth Councils | 020 7946 0812
"""
    summary = docx_bytes("Case summary - Mia Lawson", [
        ("table", [["Child", "Mia Lawson"], ["DOB", "05/11/2018"], ["Mosaic ID", "1350981"]]),
        "CIN plan since March 2026 following domestic abuse by mother's former partner. Non-molestation order "
        "granted August 2026. No contact since."], author="Sipho Ndlovu")
    plan = docx_bytes("Draft step-down plan - Mia Lawson", [
        ("table", [["What needs to happen", "Who", "By when"],
                   ["Freedom Programme for mum", "Mum / Early Help worker", "March 2027"],
                   ["Mia to continue school nurture group", "School", "Ongoing"],
                   ["Step-down review meeting", "Early Help manager", "Within 4 weeks"]])], author="Sipho Ndlovu")
    b = "------------" + hx("rw06", "tb", n=24)
    msg = "\n".join([
        f"Received: from mx2.richmondandwandsworth.gov.uk ([10.40.2.17])\n by mbx.richmondandwandsworth.gov.uk; {rfc_date(d)}",
        f"Message-ID: <{hx('rw06', 'mid', n=8).lower()}-{hx('rw06', 'x', n=4).lower()}@richmondandwandsworth.gov.uk>",
        f"Date: {rfc_date(d)}", "MIME-Version: 1.0",
        "User-Agent: Mozilla Thunderbird", "Content-Language: en-GB",
        f"To: {RW_EH}", f"From: {addr('Sipho Ndlovu', 'Sipho.Ndlovu@richmondandwandsworth.gov.uk')}",
        "Subject: Step down to Early Help - Mia Lawson",
        f'Content-Type: multipart/mixed; boundary="{b}"', "",
        "This is a multi-part message in MIME format.",
        f"--{b}", text_part(text, raw=text.encode("utf-8"), charset="windows-1252").render().rstrip("\n"), "",
        f"--{b}", attachment("Case summary - Mia Lawson.docx", summary, DOCX, style="gmail").render().rstrip("\n"), "",
        f"--{b}", attachment("Draft step-down plan - Mia Lawson.docx", plan, DOCX, style="gmail").render().rstrip("\n"), "",
        f"--{b}--", ""])
    add("richmond_wandsworth_06.eml", "richmond_wandsworth", "early_help_duty", d, 8, {
        "kind": "step_down", "urgent": False, "case_ids": ["1350981"], "children": [("Mia Lawson", "2018-11-05")],
        "concerns": ["domestic_abuse"], "consent": True, "manager_agreed": True, "missing": [],
        "next_action": "book_meeting"},
        "DELIBERATELY MISLABELLED: UTF-8 body declared windows-1252, so the negations read 'didnâ€™t have any marks', "
        "'didnâ€™t say anyone had hurt her', 'hasnâ€™t had any contact'. Complete step-down; no current risk.",
        msg)

    # ---- rw_07: NEAR-MISS - partnership newsletter with an anonymised local case review
    d = "2027-01-06 08:00:05"
    text = """RICHMOND AND WANDSWORTH SAFEGUARDING CHILDREN PARTNERSHIP
Winter Newsletter - January 2027

LEARNING FROM A LOCAL CHILD SAFEGUARDING PRACTICE REVIEW: "CHILD K"
In 2024 a Reception pupil, Child K, told a teaching assistant "daddy hurts my wee-wee". The TA wrote the words down but waited until the next day to tell the DSL, and Child K went home with her father that evening. The review found that staff were unsure whether an email to an inbox was "enough".

What we want every practitioner to know:
- If a child tells you today that someone is hurting them, and that person will see them tonight, phone the MASH on 020 7946 0321 straight away. In an emergency dial 999.
- Examples of immediate risk: a bruise on a baby, a burn a child says an adult caused, a toddler left alone, a parent too drunk or unwell to care for young children, a young person missing with older adults.
- Never rely on the step-up or Early Help duty inbox for an immediate concern.

ALSO IN THIS ISSUE
- Step-up and step-down: refreshed guidance from February 2027
- Signs of Safety practice days: 3 and 17 February 2027
- Neglect toolkit launch webinar: 24 February 2027

You are receiving this newsletter because you subscribed to RWSCP updates.
Unsubscribe: https://rwscp-news.org.uk/u?id=77a1c0
"""
    h = [f"Received: from o12.email.rwscp-news.org.uk (o12.email.rwscp-news.org.uk [149.72.33.12])\n by mx.richmondandwandsworth.gov.uk with ESMTPS; {rfc_date(d)}",
         f"From: {addr('RWSCP News', 'newsletter@rwscp-news.org.uk')}", f"To: {RW_MASH}",
         "Subject: RWSCP Winter Newsletter - learning from Child K",
         f"Date: {rfc_date(d)}", f"Message-ID: <{hx('rw07', n=22).lower()}@geopod-ismtpd-3>",
         "List-Id: <rwscp-updates.rwscp-news.org.uk>",
         "List-Unsubscribe: <https://rwscp-news.org.uk/u?id=77a1c0>, <mailto:unsubscribe@rwscp-news.org.uk>",
         "Precedence: bulk", "MIME-Version: 1.0"]
    body = multipart("alternative", hx("rw07", "b", n=28).lower(), [
        text_part(text, "plain", charset="us-ascii", cte="7bit"),
        text_part(simple_html(text, "<table width=\"600\"><tr><td>", "</td></tr></table>"), "html", charset="utf-8")])
    add("richmond_wandsworth_07.eml", "richmond_wandsworth", "mash_step_up", d, 5, {
        "kind": "other", "urgent": False, "next_action": "human_review"},
        "Newsletter (List-Id, Precedence: bulk) quoting an anonymised 2024 case review ('Child K', 'daddy hurts my "
        "wee-wee') and listing examples of immediate risk: historic and generic, no real child now.",
        "\n".join(h + body.headers) + "\n\n" + body.body)

    # ---- rw_08: ordinary Outlook ACCEPTED reply
    d = "2026-12-09 09:00:41"
    ics = ics_fold([
        "BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        "BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000",
        "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000",
        "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE", "BEGIN:VEVENT",
        'ATTENDEE;PARTSTAT=ACCEPTED;CN="Rostami, Leila":mailto:Leila.Rostami@richmondandwandsworth.gov.uk',
        "COMMENT;LANGUAGE=en-GB:\\n",
        "SUMMARY;LANGUAGE=en-GB:Accepted: Step-up case discussion [SB-richmond_wandsworth-57]",
        "DTSTART;TZID=GMT Standard Time:20261210T140000", "DTEND;TZID=GMT Standard Time:20261210T150000",
        "UID:SB-richmond_wandsworth-57-cd-20261210@stepbot.richmondandwandsworth.gov.uk",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261209T090041Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting", "END:VEVENT", "END:VCALENDAR"])
    h = outlook_received(d, key="rw08") + [
        f"From: {addr('Rostami, Leila', 'Leila.Rostami@richmondandwandsworth.gov.uk')}", f"To: {RW_MASH}",
        "Subject: Accepted: Step-up case discussion [SB-richmond_wandsworth-57]",
        "Thread-Topic: Step-up case discussion [SB-richmond_wandsworth-57]",
        f"Thread-Index: {base64.b64encode(bytes.fromhex(hx('rw08', 'ti', n=40))).decode()}",
        f"Date: {rfc_date(d)}",
        f"Message-ID: <LO2P265MB5123{hx('rw08', 'mid', n=20)}@LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM>",
        "Accept-Language: en-GB, en-US", "Content-Language: en-GB", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:",
        "MIME-Version: 1.0"]
    body = multipart("alternative", f"_000_{hx('rw08', 'alt')}GBRP265PRODOUTLOOKCOM_", [
        text_part("\n", "plain"), text_part(outlook_html(""), "html"),
        text_part(ics, "calendar", cte="quoted-printable", ct_extra='; method="REPLY"')])
    add("richmond_wandsworth_08.eml", "richmond_wandsworth", "mash_step_up", d, 6, {
        "kind": "meeting_reply", "urgent": False, "next_action": "record_reply"},
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, quoted-printable text/calendar, no comment.",
        "\n".join(h + body.headers) + "\n\n" + body.body, crlf=True)

    # ---- rw_09: ordinary step-down, draft plan to follow
    d = "2026-12-08 14:30:19"
    text = """Good afternoon,

I would like to step down Kofi Mensah-Boateng (DOB 21/07/2014, Mosaic ID 1362001) and Efua Mensah-Boateng (DOB 30/01/2019, Mosaic ID 1362002) to Early Help.

The case summary is attached. The draft plan I will bring to the discussion - it is not finished yet.

Mum agreed to the step down, through the Twi interpreter, on 07/12/2026.

Main worries now are mum's depression (she is under the community mental health team) and Kofi doing a lot of the caring for his sister in the mornings.

I have agreed Friday 11 December at 2pm with Paula Grant, Early Help duty manager, for the step-down case discussion.

Kind regards
Tunde Adebayo
Social Worker | Richmond Assessment and CIN Team
Richmond and Wandsworth Councils | 020 7946 0574

""" + RW_DISC + "\n"
    summary = docx_bytes("Case summary - Mensah-Boateng children", [
        ("table", [["Child", "DOB", "Mosaic ID"], ["Kofi Mensah-Boateng", "21/07/2014", "1362001"],
                   ["Efua Mensah-Boateng", "30/01/2019", "1362002"]]),
        "CIN since May 2026 (mother's mental health). Mother now stable on treatment."], author="Tunde Adebayo")
    add("richmond_wandsworth_09.eml", "richmond_wandsworth", "early_help_duty", d, 7, {
        "kind": "step_down", "urgent": False, "case_ids": ["1362001", "1362002"],
        "children": [("Kofi Mensah-Boateng", "2014-07-21"), ("Efua Mensah-Boateng", "2019-01-30")],
        "concerns": ["parental_mental_health", "young_carer"], "consent": True, "missing": ["draft_plan"],
        "next_action": "request_info"},
        "Ordinary sibling step-down: case summary attached and consent given through an interpreter, but the draft "
        "plan is 'not finished yet', so draft_plan is missing.",
        outlook_message("rw09", addr("Adebayo, Tunde", "Tunde.Adebayo@richmondandwandsworth.gov.uk"), RW_EH,
                        "Step down - Mensah-Boateng children", d, text,
                        attachments=[("Case summary - Mensah-Boateng.docx", summary, DOCX)]), crlf=True)

    # ---- rw_10: ordinary other - interpreter booking confirmation
    d = "2026-12-11 16:02:37"
    text = """Dear Early Help Duty,

Thank you for your booking with Wordbridge Interpreting.

Language: Farsi (face to face)
Date: Tuesday 15 December 2026
Time: 10:00 - 11:30
Venue: Tooting Family Hub, meeting room 2
Interpreter: Mr Dariush Karimi
Requested by: Early Help Duty, Richmond and Wandsworth

If you need to cancel, please give 48 hours' notice or the full fee will be charged.

Kind regards
Bookings Team
Wordbridge Interpreting Ltd | 0113 496 0277
"""
    add("richmond_wandsworth_10.eml", "richmond_wandsworth", "early_help_duty", d, 9, {
        "kind": "other", "urgent": False, "next_action": "human_review"},
        "Interpreter agency booking confirmation: not a request, no child named.",
        gmail_message("rw10", addr("Wordbridge Bookings", "bookings@wordbridgeinterpreting.co.uk"), RW_EH,
                      "Booking confirmed - Farsi - Tue 15/12/2026 10:00", d, text,
                      sender_domain="wordbridgeinterpreting.co.uk"))


# =============================================================================================
# TOWER HAMLETS
# =============================================================================================

def tower_hamlets():
    # ---- th_01: URGENT - community worker interpreting: father has taken the children, flight today
    d = "2026-12-11 10:05:48"
    text = """Assalamu alaikum,

I am Rahima, family support worker at Nakshi Community Family Project in Shadwell.

Mrs Nasrin Ahmed (the mother) she come to our centre this morning at 9.30 crying. She say her husband Mr Jamal Uddin Ahmed he hit her last night, and this morning he take the two children, Rumana Ahmed (3 years) and Ibrahim Ahmed (8 months), and also their passports. He told her he is taking them to Bangladesh and she will never see them again. She think the flight is today from Heathrow, afternoon.

She say there is an order from the family court that he cannot take the children out of the country. She have a copy at home.

Mother don't speak English, I am interpreting for her. She is here at the centre with me now. Please tell me what we must do.

Rahima Akter
Family Support Worker
Nakshi Community Family Project
020 7946 0518
"""
    add("tower_hamlets_01.eml", "tower_hamlets", "mash_step_up", d, 7, {
        "kind": "other", "urgent": True, "children": [("Rumana Ahmed", None), ("Ibrahim Ahmed", None)],
        "concerns": ["domestic_abuse"], "next_action": "alert_duty"},
        "Community worker (non-native English) to the MAST inbox: a violent father has taken a 3-year-old and a baby "
        "with their passports, flight this afternoon, in breach of a court order. Happening now.",
        outlook_message("th01", addr("Rahima Akter", "rahima.akter@nakshifamilyproject.org.uk"), TH_MAST,
                        "Please help - children taken by father today", d, text), crlf=True)

    # ---- th_02: URGENT - body says only "see attached"; the MARF PDF describes an intoxicated sole carer
    d = "2026-12-10 10:31:15"
    text = """Hi MAST,

Please see attached MARF. My manager Rehana Khatun has agreed.

Thanks
Tanvir

Tanvir Chowdhury
Early Help Practitioner | Early Help Hub | London Borough of Tower Hamlets
020 7946 0447

""" + TH_DISC + "\n"
    marf = pdf_bytes("MARF - Miah children", """MULTI-AGENCY REQUEST FOR SUPPORT FORM (MARF) - Tower Hamlets MAST

Section 1 - Children
Name: Aisha Miah     DOB: 12/05/2024     Mosaic ID: 1479320
Name: Zayn Miah      DOB: 02/07/2026     Mosaic ID: 1479321

Section 2 - Parents / carers
Mother: Shahana Miah (sole carer). Father: not in contact.

Section 3 - Referrer
Tanvir Chowdhury, Early Help Practitioner, Early Help Hub, 020 7946 0447

Section 4 - Consent
Has the family consented to this request? Not sought - see section 5.

Section 5 - Reason for request / what is happening now
Early Help since August 2026 because of mum's alcohol use.
Today, 10/12/2026, at 09:40 Ms Miah came to collect Aisha from Periwinkle Lane Nursery. She was slurring her words, smelled strongly of alcohol and fell over in the playground. Baby Zayn was in the pram. Staff asked her to wait but she left with both children at about 09:50, walking towards the canal towpath. She is the only adult at home. Nursery rang me at 10:05. I have rung mum three times since and she does not answer.

Section 6 - Management oversight
Rehana Khatun, Early Help Team Manager - agreed 10/12/2026 10:20.
""")
    add("tower_hamlets_02.eml", "tower_hamlets", "mash_step_up", d, 7, {
        "kind": "step_up", "urgent": True, "case_ids": ["1479320", "1479321"],
        "children": [("Aisha Miah", "2024-05-12"), ("Zayn Miah", "2026-07-02")], "concerns": ["substance_misuse"],
        "consent": None, "manager_agreed": True, "missing": [], "next_action": "alert_duty"},
        "Body is only 'please see attached MARF'; the MARF PDF says the sole carer, visibly drunk, left nursery 40 "
        "minutes ago with a 2-year-old and a baby towards the canal and is not answering. Complete MAST step-up.",
        outlook_message("th02", addr("Chowdhury, Tanvir", "Tanvir.Chowdhury@towerhamlets.gov.uk"), TH_MAST,
                        "MARF - Miah children", d, text,
                        attachments=[("MARF - Miah children.pdf", marf, PDF)]), crlf=True)

    # ---- th_03: URGENT - TA (non-native), HTML-only: reception child's words of sexual abuse; uncle collects at 3.15
    d = "2026-12-07 11:15:09"
    text = """Good morning,

I am teaching assistant in Reception class at Limehouse Fields Primary. I am sorry if this is the wrong email, I find it on the Early Help leaflet.

This morning Hodan Abdi (4 years old) she did not want to sit on the carpet and she was crying in the toilet. She said to me "Uncle Mahad put his finger in my private place, it hurts when I do wee-wee. He said don't tell mummy". She show me with her hand where.

Her uncle he bring her to school and pick her up every day. He will pick her up today at 3.15.

Our DSL Mrs Khan is on a course today and the deputy is not answering. I wrote what Hodan said on paper and I signed it.

Please somebody tell me what to do.

Farah Warsame
Teaching Assistant, Reception
Limehouse Fields Primary School
"""
    add("tower_hamlets_03.eml", "tower_hamlets", "early_help_duty", d, 7, {
        "kind": "other", "urgent": True, "children": [("Hodan Abdi", None)], "concerns": ["sexual_harm"],
        "next_action": "alert_duty"},
        "HTML-only mail from a teaching assistant (non-native English) to the wrong inbox quoting a 4-year-old's "
        "disclosure of sexual abuse by the uncle who collects her at 3.15 today.",
        outlook_message("th03", addr("Warsame, Farah", "f.warsame@limehousefields.towerhamlets.sch.uk"), TH_EH,
                        "Hodan in Reception - please read", d, text, html_only=True), crlf=True)

    # ---- th_04: NEAR-MISS - hypothetical ("if dad comes back") with a safety plan; complete step-up
    d = "2026-12-15 14:05:22"
    text = """Dear MAST,

I am sending step up for the Rahim family:
- Arif Rahim, DOB 09/01/2013, Mosaic 1455610
- Sumaiya Rahim, DOB 22/08/2016, Mosaic 1455611

MARF is attached. My manager Anwar Hossain agreed this step up in supervision today. Mum consent to the MAST referral, she signed the MARF.

Dad was released from prison in October, he has restraining order not to contact mum or come to the address. There was no incident since he is released, he has not come to the house and police have a marker on the address. Mum is worried, she say "if he comes back he will kill me". We made a safety plan: if dad come to the house mum will not open the door and she will call 999, the children know to go to the neighbour in flat 12. Sumaiya said to me "I am scared that daddy will come to my school" - the school know, there is photo in the office, dad has not come.

Reason for the step up is that mum's low mood is much worse since October, she is not leaving the flat, and Arif attendance is 61% this term. Early Help plan is not enough now.

Regards
Sultana Begum
Early Help Practitioner, Early Help Hub
London Borough of Tower Hamlets | 020 7946 0463

""" + TH_DISC + "\n"
    marf = docx_bytes("Multi-Agency Request for Support Form (MARF)", [
        ("table", [["Child", "DOB", "Mosaic ID"], ["Arif Rahim", "09/01/2013", "1455610"],
                   ["Sumaiya Rahim", "22/08/2016", "1455611"]]),
        ("h", "Consent"), "Mother consents to this request (signed 15/12/2026).",
        ("h", "Reason for request"),
        "Domestic abuse history (father released from custody October 2026, restraining order in place, no breach). "
        "Mother's low mood has deteriorated. Arif's attendance 61%.",
        ("h", "Management oversight"), "Anwar Hossain, Early Help Team Manager - agreed 15/12/2026."],
        author="Sultana Begum")
    add("tower_hamlets_04.eml", "tower_hamlets", "mash_step_up", d, 8, {
        "kind": "step_up", "urgent": False, "case_ids": ["1455610", "1455611"],
        "children": [("Arif Rahim", "2013-01-09"), ("Sumaiya Rahim", "2016-08-22")],
        "concerns": ["domestic_abuse", "parental_mental_health", "school_attendance"], "consent": True,
        "manager_agreed": True, "missing": [], "next_action": "book_meeting"},
        "Hypothetical and planned-for risk only ('if he comes back', safety plan, 'dad has not come', no breach, no "
        "incident since release); a child's fear, not a current risk. Complete MAST step-up.",
        outlook_message("th04", addr("Begum, Sultana", "Sultana.Begum@towerhamlets.gov.uk"), TH_MAST,
                        "Step up to MAST - Rahim family", d, text,
                        attachments=[("MARF - Rahim children.docx", marf, DOCX)]), crlf=True)

    # ---- th_05: NEAR-MISS - resolved: arrested and remanded, children safe with grandmother
    d = "2027-01-04 09:40:33"
    text = """Hi,

Just to update you on the step-down for Nusrat Karim and Imran Karim (Mosaic 1441902 and 1441903).

On Saturday night (2nd January) police attended after mum rang 999. Mr Karim was arrested and he is now remanded in custody at Thameside until his trial in March. The children were not hurt. They are staying with their maternal grandmother in Poplar, together with mum, and they are safe. The Emergency Duty Team dealt with it over the weekend and I visited the grandmother's home this morning.

Because of this please hold the step-down - do not arrange the TAF meeting yet. I will confirm after the CIN review next week.

Thanks
Mohammed

Mohammed Islam
Social Worker | Children's Social Care (CIN Team 2)
London Borough of Tower Hamlets | 020 7946 0729

-----Original Message-----
From: Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>
Sent: 17 December 2026 12:01
To: Islam, Mohammed <Mohammed.Islam@towerhamlets.gov.uk>
Subject: [SB-tower_hamlets-77] Step-down request received

Thank you for your step-down request. Your reference is SB-tower_hamlets-77.
Nothing is missing. We will confirm the TAF meeting you proposed for Thursday 7 January 2027 at 10:00.

Tower Hamlets Early Help Hub (automated message)
"""
    add("tower_hamlets_05.eml", "tower_hamlets", "early_help_duty", d, 8, {
        "kind": "follow_up", "urgent": False, "case_ids": ["1441902", "1441903"],
        "children": [("Nusrat Karim", None), ("Imran Karim", None)], "concerns": ["domestic_abuse"],
        "next_action": "attach_to_request"},
        "Resolved incident: police attended, perpetrator arrested and remanded, children unhurt and safe with "
        "grandmother, EDT and the social worker already involved. Follow-up to [SB-tower_hamlets-77], not urgent.",
        outlook_message("th05", addr("Islam, Mohammed", "Mohammed.Islam@towerhamlets.gov.uk"), TH_EH,
                        "RE: [SB-tower_hamlets-77] Step-down request received", d, text,
                        in_reply_to="<SB-tower_hamlets-77.ack.20261217120100@towerhamlets.gov.uk>"), crlf=True)

    # ---- th_06: NEAR-MISS - safety plan pasted into a Gmail reply
    d = "2027-01-13 16:20:51"
    text = """Hello,

As asked, here is the safety plan we agreed at the TAF today for Sadia Begum and Rayhan Begum, so it is with the step-down.

SAFETY PLAN (agreed 13/01/2027)
1. If Mr Begum comes to the flat, Ms Parveen will not let him in and she will call 999.
2. If Sadia or Rayhan feel unsafe at home or on the way to school they will tell Ms Lord (class teacher) or ring Childline.
3. School office has a photo of Mr Begum; he is not allowed to collect the children.
4. Ms Parveen will keep her phone charged and with her.

Sadia told me at the TAF "I feel safe now daddy doesn't live with us". There have been no incidents since the injunction in September.

Kind regards
Ruksana Ali
Family Support Worker (Lead Practitioner)
Gaskell Wharf Primary School

On Tue, 12 Jan 2027 at 10:15, Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk> wrote:
> Thank you for your step-down request. Your reference is SB-tower_hamlets-81.
> Nothing is missing.
> Please send the agreed safety plan after the TAF meeting on 13 January 2027.
>
> Tower Hamlets Early Help Hub (automated message)
"""
    add("tower_hamlets_06.eml", "tower_hamlets", "early_help_duty", d, 7, {
        "kind": "follow_up", "urgent": False, "children": [("Sadia Begum", None), ("Rayhan Begum", None)],
        "concerns": ["domestic_abuse"], "next_action": "attach_to_request"},
        "A safety plan full of conditionals ('If Mr Begum comes...call 999') and a child saying she feels safe; no "
        "incident since September. Follow-up to [SB-tower_hamlets-81], not urgent.",
        gmail_message("th06", addr("Ruksana Ali", "r.ali@gaskellwharfprimary.org.uk"), TH_EH,
                      "Re: [SB-tower_hamlets-81] Step-down request received", d, text,
                      in_reply_to="<SB-tower_hamlets-81.ack.20270112101500@towerhamlets.gov.uk>",
                      sender_domain="gaskellwharfprimary.org.uk"))

    # ---- th_07: ordinary complete step-down, HTML-only
    d = "2026-12-16 11:00:27"
    text = """Dear Early Help Hub,

Step-down from CIN for Yasmin Noor, DOB 14/09/2016, Mosaic 1468851.

Attached: the Child and Family Assessment (completed 11/12/2026) and the draft TAF plan.

Mum and dad consent to the step-down and to the TAF.

Lead Practitioner: Ms Joanne Reid, Family Support Worker, Stepney Green Family Hub - she has agreed.

Remaining needs: Yasmin's SEND (EHCP in place, autism) and her school attendance (89%).

I will chair the TAF meeting on Tuesday 12 January 2027 at 10:00 at Stepney Green Family Hub.

Best wishes
Nikhil Patel
Social Worker, CIN Team 1
London Borough of Tower Hamlets | 020 7946 0538
"""
    cfa = pdf_bytes("Child and Family Assessment - Yasmin Noor",
                    "CHILD AND FAMILY ASSESSMENT\nChild: Yasmin Noor   DOB 14/09/2016   Mosaic 1468851\n"
                    "Completed: 11/12/2026 by Nikhil Patel\n\nAnalysis: needs relate to autism and attendance; parents "
                    "are meeting her needs with support.\nRecommendation: step down to a TAF with a Lead Practitioner.")
    plan = docx_bytes("Draft TAF plan - Yasmin Noor", [
        ("table", [["Outcome", "Action", "Who"], ["Attendance above 95%", "Morning routine support", "Family Support Worker"],
                   ["Needs met at school", "EHCP review", "SENCo"]])], author="Nikhil Patel")
    add("tower_hamlets_07.eml", "tower_hamlets", "early_help_duty", d, 9, {
        "kind": "step_down", "urgent": False, "case_ids": ["1468851"], "children": [("Yasmin Noor", "2016-09-14")],
        "concerns": ["disability_send", "school_attendance"], "consent": True, "missing": [],
        "next_action": "book_meeting"},
        "Ordinary complete HTML-only step-down: C&F assessment PDF, draft TAF plan, consent, named Lead Practitioner with agency.",
        outlook_message("th07", addr("Patel, Nikhil", "Nikhil.Patel@towerhamlets.gov.uk"), TH_EH,
                        "Step down from CIN - Yasmin Noor", d, text, html_only=True,
                        attachments=[("C&F Assessment - Yasmin Noor.pdf", cfa, PDF),
                                     ("Draft TAF plan - Yasmin Noor.docx", plan, DOCX)]), crlf=True)

    # ---- th_08: NEAR-MISS - out-of-office whose boilerplate lists what to do about immediate risk
    d = "2026-12-10 10:45:02"
    text = """Thank you for your email. I am on leave until Monday 4 January 2027.

If you have an immediate child protection concern, for example a child has an injury, has told you someone is hurting them, or has been left alone, please do not wait for my return: contact MAST on 020 7946 0606, or out of hours the Emergency Duty Team on 020 7946 0079. In an emergency dial 999.

For anything else please contact the Early Help duty manager.

Anwar Hossain
Early Help Team Manager
"""
    add("tower_hamlets_08.eml", "tower_hamlets", "mash_step_up", d, 5, {
        "kind": "auto_reply", "urgent": False, "next_action": "ignore"},
        "Outlook out-of-office (Auto-Submitted: auto-replied) to a stepbot acknowledgement; its boilerplate lists "
        "examples of immediate risk but concerns no child: ignore.",
        outlook_message("th08", addr("Hossain, Anwar", "Anwar.Hossain@towerhamlets.gov.uk"), TH_MAST,
                        "Automatic reply: [SB-tower_hamlets-90] Step-up request received", d, text,
                        in_reply_to="<SB-tower_hamlets-90.ack.20261210104400@towerhamlets.gov.uk>",
                        extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]), crlf=True)

    # ---- th_09: ordinary step-up, manager not yet asked
    d = "2026-12-18 15:30:40"
    text = """Hi MAST,

Step up request for Tahmid Hussain, DOB 02/05/2011, Mosaic 1473318. MARF attached.

Tahmid (15) was stopped by police on 9/12 with two older boys, he had £400 cash and a new phone. School and police think he is being criminally exploited (county lines). He is at home now and going to school every day, no immediate concern, but the Early Help plan is not enough.

Mum and Tahmid consented to the referral.

I will discuss with my manager on Monday - she is off today.

Aminul Rahman
Early Help Practitioner, Early Help Hub, Tower Hamlets
020 7946 0491
"""
    marf = docx_bytes("MARF - Tahmid Hussain", [
        ("table", [["Child", "Tahmid Hussain"], ["DOB", "02/05/2011"], ["Mosaic ID", "1473318"]]),
        ("h", "Reason for request"), "Suspected criminal exploitation (county lines).",
        ("h", "Consent"), "Mother and young person consent."], author="Aminul Rahman")
    add("tower_hamlets_09.eml", "tower_hamlets", "mash_step_up", d, 8, {
        "kind": "step_up", "urgent": False, "case_ids": ["1473318"], "children": [("Tahmid Hussain", "2011-05-02")],
        "concerns": ["exploitation"], "consent": True, "manager_agreed": None, "missing": ["manager_agreed"],
        "next_action": "request_info"},
        "Ordinary exploitation step-up, MARF attached, but the manager has not yet been asked (manager_agreed null, "
        "missing). He is home and in school: no immediate risk.",
        outlook_message("th09", addr("Rahman, Aminul", "Aminul.Rahman@towerhamlets.gov.uk"), TH_MAST,
                        "Step up request - Tahmid Hussain", d, text,
                        attachments=[("MARF - Tahmid Hussain.docx", marf, DOCX)]), crlf=True)


# =============================================================================================
# TORBAY
# =============================================================================================

def torbay():
    # ---- torbay_01: URGENT - reply carrying Precedence: bulk; fingertip bruises on a 19-day-old, alone with partner tonight
    d = "2026-12-02 15:05:12"
    text = """Good afternoon,

Update for the step up for Maisie-Rose Hext (EHM-736204).

I did the new birth visit today, she is 19 days old. I see a bruise on her left cheek, and four small round bruises on her chest, like fingertips. She is not rolling yet. Mum's partner Mr Lee Vowles say he dropped her when he was changing the nappy yesterday. Mum is working the night shift at the hotel tonight and baby will stay with him alone.

I did not speak with my safeguarding lead yet, she is in a meeting until 5.

Ana

Ana Ferreira
Health Visitor | Torbay 0-19 Public Health Nursing
01632 960447

________________________________
From: Torbay MASH <mash@torbay.gov.uk>
Sent: 30 November 2026 10:14
To: FERREIRA, Ana (TORBAY 0-19) <ana.ferreira5@nhs.net>
Subject: [SB-torbay-58] Step-up request received - Hext

Thank you for your contact to MASH. Your reference is SB-torbay-58.
Nothing is missing. MASH business support will book the threshold discussion with the Early Help assistant team manager.

Torbay MASH (automated message)
"""
    add("torbay_01.eml", "torbay", "mash_step_up", d, 7, {
        "kind": "follow_up", "urgent": True, "case_ids": ["EHM-736204"], "children": [("Maisie-Rose Hext", None)],
        "concerns": ["physical_harm"], "next_action": "alert_duty"},
        "Reply to [SB-torbay-58] that looks like list mail (Precedence: bulk): a health visitor (non-native English) "
        "describes cheek and fingertip bruising on a 19-day-old who is alone with the explaining adult tonight.",
        outlook_message("tb01", addr("FERREIRA, Ana (TORBAY 0-19)", "ana.ferreira5@nhs.net"), TB_MASH,
                        "RE: [SB-torbay-58] Step-up request received - Hext", d, text,
                        in_reply_to="<SB-torbay-58.ack.20261130101400@torbay.gov.uk>",
                        extra_headers=["Precedence: bulk"]), crlf=True)

    # ---- torbay_02: URGENT - website form from a no-reply@ address: exploited 14-year-old missing now
    d = "2026-12-13 09:22:06"
    text = """A new form has been submitted on torbay.gov.uk.

Form: Request for Early Help support (families)
Submitted: 13/12/2026 09:21

Your name: Grażyna Lis
Your relationship to the child: Mother
Contact phone: 07700 900742
Child's name: Kacper Lis
Child's date of birth: 21/03/2012
Address: Flat 3, 18 Gullhaven Road, Paignton

What is worrying you?
My son Kacper not come home since yesterday 4 o'clock. Two older men in silver car they take him from outside Paignton station, his friend see it. His phone is off since then. Last month police find him in Plymouth with drugs and a knife and they said these men are using him. I ring police last night they say they will look. Please help me find him, I do not know what to do.

Have you talked to anyone else about this? Police

This message was sent automatically from the Torbay Council website. Please do not reply to this email.
"""
    h = [f"Received: from forms-relay.torbay.gov.uk (forms-relay.torbay.gov.uk [10.12.4.20])\n by mx.torbay.gov.uk with ESMTP; {rfc_date(d)}",
         f"From: {addr('Torbay Council', 'no-reply@forms.torbay.gov.uk')}", f"To: {TB_EH}",
         "Subject: Form submission: Request for Early Help support (families)",
         f"Date: {rfc_date(d)}", f"Message-ID: <form-{hx('tb02', n=16).lower()}@forms.torbay.gov.uk>",
         "X-Mailer: FormsPortal Notifier 4.2", "MIME-Version: 1.0"]
    body = text_part(text, "plain", charset="utf-8", cte="quoted-printable")
    add("torbay_02.eml", "torbay", "early_help_duty", d, 8, {
        "kind": "other", "urgent": True, "children": [("Kacper Lis", "2012-03-21")],
        "concerns": ["exploitation", "missing"], "next_action": "alert_duty"},
        "Portal form relayed from no-reply@ on a Sunday morning: a mother (non-native English) says her exploited "
        "14-year-old was taken by two adult men yesterday and is still missing, phone off.",
        "\n".join(h + body.headers) + "\n\n" + body.body)

    # ---- torbay_03: URGENT - follow-up mainly supplying the Single Assessment; mother has overdosed with toddlers
    d = "2026-12-15 16:48:35"
    text = """Hi,

Single Assessment attached as requested for Alfie Stoneman (DOB 02/09/2023) and Poppy Stoneman (DOB 14/06/2025), LCS-2247715. Manager agreement is on the last page.

Also - mum has just rung me (16:40) slurring, saying she's taken "all my tablets" and a bottle of wine and that she's "done". Alfie and Poppy are with her, there's no other adult there. She's stopped answering now. I'm on my way but I'm 40 mins away in Newton Abbot.

Hannah

Hannah Dart
Social Worker | Safeguarding Team 2 | Torbay Council
01632 960377

-----Original Message-----
From: Early Help <earlyhelp@torbay.gov.uk>
Sent: 14 December 2026 09:30
To: Dart, Hannah <Hannah.Dart@torbay.gov.uk>
Subject: [SB-torbay-61] Step-down request received - information needed

Thank you for your step-down request. Your reference is SB-torbay-61.

What is missing:
- the Single Assessment

Torbay Early Help (automated message)
"""
    sa = pdf_bytes("Single Assessment - Stoneman", """SINGLE ASSESSMENT
Children: Alfie Stoneman (DOB 02/09/2023), Poppy Stoneman (DOB 14/06/2025)   LCS-2247715
Social worker: Hannah Dart

Analysis
Mother's depression and alcohol use led to a CIN plan in June 2026. Since September she has engaged with Bayside Recovery Service and the perinatal mental health team; home conditions and routines improved.

Recommendation
Step down to Early Help with a Family Support Worker.

Team manager decision
Agreed: step down to Early Help. Claire Trethewey, Team Manager, 14/12/2026.
""")
    add("torbay_03.eml", "torbay", "early_help_duty", d, 7, {
        "kind": "follow_up", "urgent": True, "case_ids": ["LCS-2247715"],
        "children": [("Alfie Stoneman", "2023-09-02"), ("Poppy Stoneman", "2025-06-14")],
        "concerns": ["parental_mental_health", "substance_misuse"], "manager_agreed": True,
        "next_action": "alert_duty"},
        "Follow-up to [SB-torbay-61] that mainly supplies the Single Assessment, then says the mother has just taken an "
        "overdose with alcohol and is alone with a 3-year-old and an 18-month-old, not answering.",
        outlook_message("tb03", addr("Dart, Hannah", "Hannah.Dart@torbay.gov.uk"), TB_EH,
                        "RE: [SB-torbay-61] Step-down request received - information needed", d, text,
                        in_reply_to="<SB-torbay-61.ack.20261214093000@torbay.gov.uk>",
                        attachments=[("Single Assessment - Stoneman - Dec 2026.pdf", sa, PDF)]), crlf=True)

    # ---- torbay_04: NEAR-MISS - injury explained and checked by a paediatrician, no concern
    d = "2026-12-03 10:10:45"
    text = """Hello Early Help team,

I would like to request a triage slot for step down of Leo Tozer, DOB 02/10/2019, LCS-2244190, to Early Help level 3.

The Single Assessment is attached. My Team Manager Paul Widdicombe agreed the step down on 30/11. Mum gave her consent on 1/12.

One thing you will see in the file: Leo had a bruise on his shin on 26/11. He told his teacher "I fell off my scooter on the hill". He was seen by the community paediatrician Dr Okoro on 27/11, injury is consistent with his explanation, no safeguarding concern and no further action. Leo says "nobody hurt me, I was going too fast".

The reason for Early Help is mum's depression, which is much better now with the medication, she wants support with routines.

Thank you
Marta Kowalczyk
Social Worker, Torbay Children's Services
01632 960281

""" + TB_DISC + "\n"
    sa = pdf_bytes("Single Assessment - Leo Tozer", """SINGLE ASSESSMENT
Child: Leo Tozer   DOB 02/10/2019   LCS-2244190

Analysis: mother's depression affected routines; now treated and improving. Minor accidental injury 26/11/2026 seen by community paediatrician 27/11/2026 - consistent with account, no further action.
Recommendation: step down to Early Help level 3.
Team manager: agreed - Paul Widdicombe 30/11/2026.
""")
    add("torbay_04.eml", "torbay", "early_help_duty", d, 9, {
        "kind": "step_down", "urgent": False, "level": 3, "case_ids": ["LCS-2244190"],
        "children": [("Leo Tozer", "2019-10-02")], "concerns": ["parental_mental_health"], "consent": True,
        "manager_agreed": True, "missing": [], "next_action": "book_meeting"},
        "Non-native writer; the bruise is explained by the child, seen by a paediatrician, 'no safeguarding concern, "
        "no further action', 'nobody hurt me': not urgent. Complete level 3 step-down.",
        outlook_message("tb04", addr("Kowalczyk, Marta", "Marta.Kowalczyk@torbay.gov.uk"), TB_EH,
                        "Step down request - Leo Tozer - LCS-2244190", d, text,
                        attachments=[("Single Assessment - Leo Tozer.pdf", sa, PDF)]), crlf=True)

    # ---- torbay_05: NEAR-MISS - policy reminder listing examples (windows-1252, correctly labelled)
    d = "2026-12-07 08:15:30"
    text = """Dear colleagues,

A reminder, after two incidents this autumn, of what must never be sent only by email to the MASH or Early Help inboxes.

If a child is at immediate risk of significant harm you must phone the MASH (01632 960214) or, out of hours, the Emergency Duty Team (01632 960215), and in an emergency 999. Examples:
•	a baby or toddler with a bruise, burn or bite mark, or a torn frenulum
•	a child who tells you “my step-dad hits me” or “mummy’s friend touches me” and will see that adult tonight
•	a young child left alone, or with a carer who is drunk, high or unconscious
•	a young person who is missing and known to be exploited, or who is carrying a knife

The step-up and step-down inboxes are for planned work. They are checked in office hours only.

Please share this with your teams and new starters.

Gareth Trewin
Head of Service, Children’s Social Care and Early Help
Torbay Council
"""
    add("torbay_05.eml", "torbay", "mash_step_up", d, 6, {
        "kind": "other", "urgent": False, "next_action": "human_review"},
        "Head of Service's policy reminder (windows-1252 text) listing examples of immediate risk with example quotes; "
        "no real child: not urgent, kind other.",
        outlook_message("tb05", addr("Trewin, Gareth", "Gareth.Trewin@torbay.gov.uk"), TB_MASH,
                        "Reminder: immediate concerns must be phoned, not emailed", d, text,
                        cc=addr("Early Help All Staff", "EarlyHelpAllStaff@torbay.gov.uk"),
                        charset="windows-1252"), crlf=True)

    # ---- torbay_06: NEAR-MISS - UTF-8 text mislabelled iso-8859-1; negations garbled
    d = "2026-12-08 17:05:16"
    text = """Hello,

Update after my home visit today for Oscar Yeo and Lily Yeo (LCS-2245102), for the step-down.

Dad hasn’t been to the house since the injunction in October and the children weren’t hurt. No marks seen on either child. Lily said ‘daddy doesn’t come any more, I’m happy’. Mum is managing well and she’s started the Freedom Programme.

Petra

On 07/12/2026 11:30, Early Help wrote:
> Thank you for your step-down request. Your reference is SB-torbay-66.
> Nothing is missing. Your triage slot will be confirmed shortly.
>
> Torbay Early Help (automated message)
"""
    msg = "\n".join([
        f"Received: from mx1.torbay.gov.uk ([10.12.4.11])\n by mbx.torbay.gov.uk; {rfc_date(d)}",
        f"Message-ID: <{hx('tb06', 'mid', n=8).lower()}-{hx('tb06', 'x', n=4).lower()}@torbay.gov.uk>",
        f"Date: {rfc_date(d)}", "MIME-Version: 1.0", "User-Agent: Mozilla Thunderbird",
        "Subject: Re: [SB-torbay-66] Step-down request received",
        "Content-Language: en-GB", f"To: {TB_EH}",
        "References: <SB-torbay-66.ack.20261207113000@torbay.gov.uk>",
        "In-Reply-To: <SB-torbay-66.ack.20261207113000@torbay.gov.uk>",
        f"From: {addr('Petra Ivanova', 'Petra.Ivanova@torbay.gov.uk')}",
        'Content-Type: text/plain; charset="iso-8859-1"; format=flowed',
        "Content-Transfer-Encoding: quoted-printable", "", qp(text.encode("utf-8"))])
    add("torbay_06.eml", "torbay", "early_help_duty", d, 8, {
        "kind": "follow_up", "urgent": False, "case_ids": ["LCS-2245102"],
        "children": [("Oscar Yeo", None), ("Lily Yeo", None)], "concerns": ["domestic_abuse"],
        "next_action": "attach_to_request"},
        "DELIBERATELY MISLABELLED: UTF-8 body declared iso-8859-1, so 'hasn’t', 'weren’t' arrive garbled; the content is "
        "all negation ('weren't hurt', 'no marks seen'). Follow-up to [SB-torbay-66], not urgent.",
        msg)

    # ---- torbay_07: ordinary complete step-down with an under-5
    d = "2026-12-09 12:00:31"
    text = """Hi all,

Please can I have a triage slot to step down Ruby Hannaford (DOB 17/04/2018) and Teddy Hannaford (DOB 09/08/2024), LCS-2246631, to Early Help at level 3.

Single Assessment attached. Team manager (Sam Bickley) has agreed. Dad and mum have both given consent.

The remaining worries are about neglect - home conditions and Teddy's missed health appointments - which have improved a lot since the CIN plan started.

Thanks
Jenna

Jenna Polglase
Social Worker | Torbay Children's Services | 01632 960309

""" + TB_DISC + "\n"
    sa = pdf_bytes("Single Assessment - Hannaford", """SINGLE ASSESSMENT
Children: Ruby Hannaford (DOB 17/04/2018), Teddy Hannaford (DOB 09/08/2024)   LCS-2246631
Analysis: neglect of home conditions and health appointments, improving under the CIN plan.
Recommendation: step down to Early Help level 3.
Team manager: agreed - Sam Bickley.
""")
    add("torbay_07.eml", "torbay", "early_help_duty", d, 8, {
        "kind": "step_down", "urgent": False, "level": 3, "case_ids": ["LCS-2246631"],
        "children": [("Ruby Hannaford", "2018-04-17"), ("Teddy Hannaford", "2024-08-09")],
        "concerns": ["neglect"], "consent": True, "manager_agreed": True, "missing": [],
        "next_action": "book_meeting"},
        "Ordinary complete Torbay step-down (Single Assessment, manager agreement, consent); Teddy is 2, so the "
        "fortnightly under-5s triage applies.",
        outlook_message("tb07", addr("Polglase, Jenna", "Jenna.Polglase@torbay.gov.uk"), TB_EH,
                        "Step down - Hannaford children - LCS-2246631", d, text,
                        attachments=[("Single Assessment - Hannaford - Dec 2026.pdf", sa, PDF)]), crlf=True)

    # ---- torbay_08: ordinary iPhone step-up, consent refused
    d = "2027-01-11 13:20:58"
    text = """Hi MASH

Contact to MASH for Jayden Pook EHM-737021, age 9.

Worries are neglect (no heating, not enough food, Jayden often dirty) and school attendance 72%. We have tried for 8 months at level 3 and it is not changing.

Mum has refused consent for the contact, she doesnt agree things are that bad. My ATM Steve Coombes has agreed the step up.

Becky

Becky Ellis
Family Support Worker, Early Help Torbay
Sent from my iPhone"""
    add("torbay_08.eml", "torbay", "mash_step_up", d, 8, {
        "kind": "step_up", "urgent": False, "case_ids": ["EHM-737021"], "children": [("Jayden Pook", None)],
        "concerns": ["neglect", "school_attendance"], "consent": False, "manager_agreed": True,
        "missing": ["consent"], "next_action": "request_info"},
        "Ordinary iPhone step-up: consent explicitly refused (false, so missing), ATM agreed.",
        apple_message("tb08", addr("Becky Ellis", "Becky.Ellis@torbay.gov.uk"), TB_MASH,
                      "Contact to MASH - Jayden Pook", d, text, domain="torbay.gov.uk"))


# =============================================================================================
# HEREFORDSHIRE
# =============================================================================================

def herefordshire():
    # ---- herefordshire_01: URGENT - only inside the attached .docx plan: belt, threat, weekend minding
    d = "2027-01-14 09:20:42"
    text = """Hi team,

Please see attached the step down plan (Level 3) and the signed consent form for Ruby Lloyd, Mosaic 623318.

Key person is Mrs Delyth Morris, Family Support Worker, Leominster Family Hub - agreed with mum and with Delyth.

Thanks,
Rhiannon

Rhiannon Bowkett
Social Worker, Children's Social Care (Leominster locality)
Herefordshire Council | Tel: 01632 960 541

""" + HF_DISC + "\n"
    plan = docx_bytes("Early Help Assessment - Step-down plan", [
        ("table", [["Child", "Ruby Lloyd"], ["DOB", "19/05/2016"], ["Mosaic ID", "623318"],
                   ["Level", "3 (Intensive)"],
                   ["Key person", "Delyth Morris, Family Support Worker, Leominster Family Hub"]]),
        ("h", "Wellbeing plan"),
        ("table", [["What needs to happen", "By whom", "Outcome", "Timescale"],
                   ["School attendance plan", "School / Delyth Morris", "Attendance above 95%", "By Easter 2027"],
                   ["Parenting course (Triple P)", "Mum", "Consistent routines", "Spring term"]]),
        ("h", "Update since the assessment (added 13/01/2027)"),
        "On 12/01/2027 Ruby told the school nurse: \"Mum's boyfriend Wayne hits me with his belt when mum goes to "
        "bingo. He said he'll do it again on Saturday if I tell.\" The school nurse saw two red marks across the back "
        "of her legs. Mum is going to bingo this Saturday (16/01/2027) and Wayne will be minding Ruby.",
        ("h", "Consent"), "Signed consent form attached (Ms Kelly Lloyd, 11/01/2027)."], author="Rhiannon Bowkett")
    consent = pdf_bytes("Consent - Ruby Lloyd", "CONSENT TO STEP DOWN TO EARLY HELP\nChild: Ruby Lloyd\n"
                        "I agree to my family's information being shared with the Early Help Co-ordinator team and "
                        "to the Early Help step-down plan.\nSigned: Kelly Lloyd (mother)   Date: 11/01/2027")
    add("herefordshire_01.eml", "herefordshire", "early_help_duty", d, 8, {
        "kind": "step_down", "urgent": True, "level": 3, "case_ids": ["623318"],
        "children": [("Ruby Lloyd", "2016-05-19")], "concerns": ["physical_harm", "school_attendance"],
        "consent": True, "missing": [], "next_action": "alert_duty"},
        "The body just says 'please see attached'; only the .docx plan's update quotes a 10-year-old: mum's boyfriend "
        "beats her with a belt and will again on Saturday when he minds her, with marks seen. Complete step-down otherwise.",
        outlook_message("hf01", addr("Bowkett, Rhiannon", "Rhiannon.Bowkett@herefordshire.gov.uk"), HF_EH,
                        "Step down - Ruby Lloyd - Mosaic 623318", d, text,
                        attachments=[("EHA step down plan - Ruby Lloyd.docx", plan, DOCX),
                                     ("Consent - Ruby Lloyd signed.pdf", consent, PDF)]), crlf=True)

    # ---- herefordshire_02: URGENT - mother (non-native) at night: drunk husband with a knife threatening to kill
    d = "2026-12-19 22:31:50"
    text = """Hello,

I have this email from the letter of Early Help worker Kasia in the summer. Sorry, I dont know who else to write.

My husband Tomasz he is drinking again all day and now he is very angry, he broke the door of the bathroom. He have the big knife from the kitchen and he say if I take the children and go he will kill me and kill them and himself. Oliwia Wróbel (7) and Kuba Wróbel (4) are sleeping upstairs. I am locked in the bathroom with my phone. I am scared to call police because he will hear me talking.

Please someone help.

Agnieszka Wróbel
14 Larkspur Close, Hereford
07700 900163

Wysłane z aplikacji Outlook na Androida"""
    html_body = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body><div dir=\"auto\">" + \
        "<br>".join(html.escape(l, quote=False) for l in text.split("\n")) + "</div></body></html>"
    b = "_000_" + hx("hf02", "b", n=24) + "VI1PR03MB"
    h = [f"Received: from VI1PR03MB{hx('hf02', n=4)}.eurprd03.prod.outlook.com (2603:10a6:803:ff::12)\n by mx.herefordshire.gov.uk with ESMTPS; {rfc_date(d)}",
         f"From: {addr('Agnieszka Wróbel', 'agnieszka.wrobel88@outlook.com')}", f"To: {HF_EH}",
         "Subject: help", f"Date: {rfc_date(d)}",
         f"Message-ID: <VI1PR03MB{hx('hf02', 'mid', n=18)}@VI1PR03MB{hx('hf02', n=4)}.eurprd03.prod.outlook.com>",
         "Accept-Language: pl-PL, en-GB", "Content-Language: pl-PL", "X-MS-Has-Attach:", "MIME-Version: 1.0"]
    body = multipart("alternative", b, [text_part(text, "plain", cte="base64"),
                                        text_part(html_body, "html", cte="base64")])
    add("herefordshire_02.eml", "herefordshire", "early_help_duty", d, 7, {
        "kind": "other", "urgent": True, "children": [("Oliwia Wróbel", None), ("Kuba Wróbel", None)],
        "concerns": ["domestic_abuse", "substance_misuse"], "next_action": "alert_duty"},
        "Saturday-night base64 mail from a mother (non-native English): drunk husband with a kitchen knife threatening to "
        "kill her and the children, who are upstairs. Sent to the co-ordinators' inbox; no request.",
        "\n".join(h + body.headers) + "\n\n" + body.body)

    # ---- herefordshire_03: NEAR-MISS - "URGENT" about paperwork only
    d = "2026-12-14 08:55:03"
    text = """URGENT please!!

I need this step down processed before I go on leave on Friday 18th - sorry for the short notice, it has been a mad month.

Harvey Preece (DOB 03/10/2012, Mosaic 620145) and Isla Preece (DOB 26/02/2015, Mosaic 620146) - sibling group step down to Early Help, Level 3.

Attached: EHA step down plan and the signed consent form. Key person: Mr Dylan Jones, Pastoral Manager, Wyebrook High School - he has agreed.

Remaining worries are neglect (home conditions, which are much better since the summer). My manager Sian Lewis has approved the step down.

Please can someone confirm today?

Gareth Probert
Social Worker, Children's Social Care (Hereford City)
Herefordshire Council | Tel: 01632 960 566
"""
    plan = docx_bytes("EHA step down plan - Preece", [
        ("table", [["Child", "DOB", "Mosaic ID"], ["Harvey Preece", "03/10/2012", "620145"],
                   ["Isla Preece", "26/02/2015", "620146"]]),
        ("h", "Wellbeing plan"),
        ("table", [["What needs to happen", "By whom", "Outcome", "Timescale"],
                   ["Home conditions checks", "Dylan Jones", "Home stays clean and warm", "Monthly to April 2027"]])],
        author="Gareth Probert")
    consent = pdf_bytes("Signed consent - Preece", "CONSENT TO STEP DOWN TO EARLY HELP\nChildren: Harvey Preece, Isla Preece\n"
                        "Signed: Dawn Preece (mother)   Date: 10/12/2026")
    add("herefordshire_03.eml", "herefordshire", "early_help_duty", d, 6, {
        "kind": "step_down", "urgent": False, "level": 3, "case_ids": ["620145", "620146"],
        "children": [("Harvey Preece", "2012-10-03"), ("Isla Preece", "2015-02-26")], "concerns": ["neglect"],
        "consent": True, "manager_agreed": True, "missing": [], "next_action": "book_meeting"},
        "'URGENT!!!' (subject, body and X-Priority) is about paperwork before the worker's leave; no risk to a child. "
        "Complete sibling-group step-down.",
        outlook_message("hf03", addr("Probert, Gareth", "Gareth.Probert@herefordshire.gov.uk"), HF_EH,
                        "URGENT!!! Step down - Preece children - needs processing before Xmas", d, text,
                        extra_headers=["X-Priority: 1", "Importance: high"],
                        attachments=[("EHA step down plan - Preece.docx", plan, DOCX),
                                     ("Signed consent - Preece.pdf", consent, PDF)]), crlf=True)

    # ---- herefordshire_04: NEAR-MISS - healed, explained burn seen by GP at the time
    d = "2027-01-05 11:40:29"
    text = """Good morning,

Please find attached the Early Help step-down plan for Oscar Bufton (DOB 08/07/2021), Mosaic 618732, step down at Level 3.

Mum has agreed to the step-down verbally on the phone; the signed consent form will follow after my visit next week.

Key person: Ms Leanne Gittins, Early Help Family Support, Ross-on-Wye Family Hub.

For information, the burn on Oscar's right hand that was in the original referral (six weeks ago) has fully healed. It was explained - he touched the oven door when mum was cooking - and he was seen by the GP at the time, who had no concerns. Oscar told me "I touched the oven, it was hot, mummy put cold water on it". The concerns for Early Help are about supervision and home conditions (neglect), which are improving.

Kind regards
Bisi Oyelaran
Social Worker, Children's Social Care (South Wye)
Herefordshire Council | Tel: 01632 960 593

""" + HF_DISC + "\n"
    plan = docx_bytes("Early Help step-down plan - Oscar Bufton", [
        ("table", [["Child", "Oscar Bufton"], ["DOB", "08/07/2021"], ["Mosaic ID", "618732"],
                   ["Key person", "Leanne Gittins, Early Help Family Support, Ross-on-Wye Family Hub"]]),
        ("table", [["What needs to happen", "By whom", "Outcome", "Timescale"],
                   ["Home safety check and fire guard", "Leanne Gittins", "Kitchen safe for Oscar", "January 2027"]])],
        author="Bisi Oyelaran")
    add("herefordshire_04.eml", "herefordshire", "early_help_duty", d, 8, {
        "kind": "step_down", "urgent": False, "level": 3, "case_ids": ["618732"],
        "children": [("Oscar Bufton", "2021-07-08")], "concerns": ["neglect"], "consent": True,
        "missing": ["consent_form"], "next_action": "request_info"},
        "The burn is historic (six weeks ago), healed, explained and seen by the GP with no concerns: not urgent. Verbal "
        "consent only, so consent true but the signed consent_form is missing.",
        outlook_message("hf04", addr("Oyelaran, Bisi", "Bisi.Oyelaran@herefordshire.gov.uk"), HF_EH,
                        "Step down plan - Oscar Bufton - Mosaic 618732", d, text,
                        attachments=[("EH step down plan - Oscar Bufton.docx", plan, DOCX)]), crlf=True)

    # ---- herefordshire_05: NEAR-MISS - out-of-office listing examples of immediate risk
    d = "2026-12-24 10:00:12"
    text = """Thank you for your email. I am on leave until Monday 4 January 2027 with no access to email.

If you are worried that a child is at immediate risk of significant harm - for example a child has an injury, has told you someone hurt them, or has been left alone - do not wait for my return: contact the MASH on 01632 960587 or, out of hours, the Emergency Duty Team on 01632 960590. In an emergency call 999.

Merry Christmas,
Sian Lewis
Team Manager, Children's Social Care (Hereford City)
"""
    add("herefordshire_05.eml", "herefordshire", "early_help_duty", d, 5, {
        "kind": "auto_reply", "urgent": False, "next_action": "ignore"},
        "Out-of-office (Automatic reply:, Auto-Submitted: auto-replied) whose boilerplate lists examples of immediate "
        "risk; no child: ignore.",
        outlook_message("hf05", addr("Lewis, Sian", "Sian.Lewis@herefordshire.gov.uk"), HF_EH,
                        "Automatic reply: [SB-herefordshire-19] Step-down request received", d, text,
                        in_reply_to="<SB-herefordshire-19.ack.20261224095900@herefordshire.gov.uk>",
                        extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]), crlf=True)

    # ---- herefordshire_06: ordinary sibling-group step-down, consent form and key person outstanding
    d = "2026-12-09 14:15:37"
    text = """Hello Early Help Co-ordinators,

Sibling group step down at Level 3 for the Gwilliam children:

Seren Gwilliam   12/03/2013   Mosaic 621904
Cai Gwilliam     30/11/2016   Mosaic 621905
Elis Gwilliam    05/06/2020   Mosaic 621906

The EHA step-down plan is attached. I'll get mum to sign the consent form at my visit on Friday. The key person is still to be agreed - I'm hoping the school family support worker will take it on.

Worries: dad's depression, and Seren doing a lot of caring for her brothers.

Thanks
Owain Jenkins
Social Worker, Children's Social Care (Kington and Leominster)
Herefordshire Council | Tel: 01632 960 528
"""
    plan = docx_bytes("EHA step down plan - Gwilliam children", [
        ("table", [["Child", "DOB", "Mosaic ID"], ["Seren Gwilliam", "12/03/2013", "621904"],
                   ["Cai Gwilliam", "30/11/2016", "621905"], ["Elis Gwilliam", "05/06/2020", "621906"]]),
        ("table", [["What needs to happen", "By whom", "Outcome", "Timescale"],
                   ["Young carers assessment for Seren", "Key person (tbc)", "Seren has time for herself", "February 2027"]])],
        author="Owain Jenkins")
    add("herefordshire_06.eml", "herefordshire", "early_help_duty", d, 8, {
        "kind": "step_down", "urgent": False, "level": 3, "case_ids": ["621904", "621905", "621906"],
        "children": [("Seren Gwilliam", "2013-03-12"), ("Cai Gwilliam", "2016-11-30"), ("Elis Gwilliam", "2020-06-05")],
        "concerns": ["parental_mental_health", "young_carer"], "consent": None,
        "missing": ["consent_form", "lead_practitioner"], "next_action": "request_info"},
        "Ordinary sibling-group step-down: plan attached, consent still to be signed (consent null) and key person "
        "not yet agreed.",
        outlook_message("hf06", addr("Jenkins, Owain", "Owain.Jenkins@herefordshire.gov.uk"), HF_EH,
                        "Step down L3 - Gwilliam siblings", d, text,
                        attachments=[("EHA step down plan - Gwilliam.docx", plan, DOCX)]), crlf=True)

    # ---- herefordshire_07: ordinary follow-up with the signed consent form (Apple Mail, '>' quoting)
    d = "2026-12-11 09:45:20"
    text = """Hi,

Signed consent form for Seren Gwilliam, Cai Gwilliam and Elis Gwilliam attached - mum signed it at my visit this morning. Still working on the key person.

Owain

> On 9 Dec 2026, at 14:16, Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:
>
> Thank you for your step-down request. Your reference is SB-herefordshire-23.
>
> Still needed before the step-down can be processed:
> - signed written consent form
> - the key person's details
>
> Herefordshire Early Help Co-ordinators (automated message)
"""
    consent = pdf_bytes("Gwilliam consent form signed", "CONSENT TO STEP DOWN TO EARLY HELP\n"
                        "Children: Seren Gwilliam, Cai Gwilliam, Elis Gwilliam\nSigned: Bethan Gwilliam (mother)   Date: 11/12/2026")
    add("herefordshire_07.eml", "herefordshire", "early_help_duty", d, 6, {
        "kind": "follow_up", "urgent": False,
        "children": [("Seren Gwilliam", None), ("Cai Gwilliam", None), ("Elis Gwilliam", None)],
        "consent": True, "next_action": "attach_to_request"},
        "iPhone reply to [SB-herefordshire-23] adding the signed consent form.",
        apple_message("hf07", addr("Owain Jenkins", "Owain.Jenkins@herefordshire.gov.uk"), HF_EH,
                      "Re: [SB-herefordshire-23] Step-down request received - information needed", d, text,
                      in_reply_to="<SB-herefordshire-23.ack.20261209141600@herefordshire.gov.uk>",
                      attachments=[("Gwilliam consent form signed.pdf", consent, PDF)], domain="herefordshire.gov.uk"))

    # ---- herefordshire_08: ordinary step-up to an authority whose protocol has none
    d = "2027-01-11 10:30:14"
    text = """Dear colleagues,

I would like to step up Alfie Bayliss (DOB 22/02/2017, Mosaic 624410) to Children's Social Care.

There is no immediate risk - this is about drift. The concerns are neglect: two years of Early Help, three plans, and home conditions and Alfie's dental health are no better. My manager, Ffion Davies, has agreed this step up.

Who should I send the paperwork to?

Nia Parry
Early Help Family Support Worker, Hereford Family Hub
Herefordshire Council | Tel: 01632 960 507
"""
    add("herefordshire_08.eml", "herefordshire", "early_help_duty", d, 9, {
        "kind": "step_up", "urgent": False, "case_ids": ["624410"], "children": [("Alfie Bayliss", "2017-02-22")],
        "concerns": ["neglect"], "manager_agreed": True, "missing": [], "next_action": "human_review"},
        "Step-up sent to Herefordshire, whose protocol defines no step_up: human_review, missing [] and notice null. "
        "'No immediate risk' is negated.",
        outlook_message("hf08", addr("Parry, Nia", "Nia.Parry@herefordshire.gov.uk"), HF_EH,
                        "Step up - Alfie Bayliss", d, text), crlf=True)


# =============================================================================================

def main():
    knowsley()
    richmond_wandsworth()
    tower_hamlets()
    torbay()
    herefordshire()
    names = [fn for fn, _ in OUT]
    assert len(names) == len(set(names))
    for fn in os.listdir(HERE):
        if fn.endswith(".eml") and fn not in names:
            os.remove(os.path.join(HERE, fn))
    for fn, data in OUT:
        message_from_bytes(data, policy=policy.default)      # must at least parse
        with open(os.path.join(HERE, fn), "wb") as f:
            f.write(data)
    LABELS.sort(key=lambda x: x["file"])
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, indent=1, ensure_ascii=True)
        f.write("\n")
    urgent = sum(1 for x in LABELS if x["expect"]["urgent"])
    print(f"wrote {len(OUT)} messages ({urgent} urgent) and labels.json")


if __name__ == "__main__":
    main()
