#!/usr/bin/env python3
"""risk7: a blind held-out set of invented duty-mailbox emails (urgent / near-miss / ordinary).

Run with /work/main/.venv/bin/python make_set.py. Deterministic: no clock, no randomness. Every
boundary and Message-ID is fixed (derived from the file name with sha1); .docx files are re-zipped
with fixed timestamps and core properties; PDFs are hand-built PDF 1.4 (Helvetica, WinAnsi).
The script writes every *.eml, labels.json and categories.json in this folder and checks its own
labels (next_action order, Knowsley working-day notice, names and case ids present in the text).
"""
import base64
import datetime as dt
import email
import email.policy
import hashlib
import html
import io
import json
import os
import quopri
import re
import sys
import zipfile
from email.header import Header
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))

MAILBOXES = {
    ("knowsley", "mash_step_up"): "knowsleymash@knowsley.gov.uk",
    ("knowsley", "early_help_duty"): "FamilyFirst0-18DutyMailbox@knowsley.gov.uk",
    ("richmond_wandsworth", "mash_step_up"): "MASH-StepUP@richmondandwandsworth.gov.uk",
    ("richmond_wandsworth", "early_help_duty"): "EarlyHelpDuty@richmondandwandsworth.gov.uk",
    ("tower_hamlets", "mash_step_up"): "MAST@towerhamlets.gov.uk",
    ("tower_hamlets", "early_help_duty"): "EarlyHelpHub@towerhamlets.gov.uk",
    ("torbay", "mash_step_up"): "mash@torbay.gov.uk",
    ("torbay", "early_help_duty"): "earlyhelp@torbay.gov.uk",
    ("herefordshire", "mash_step_up"): "mash@herefordshire.gov.uk",
    ("herefordshire", "early_help_duty"): "earlyhelpcoordinators@herefordshire.gov.uk",
}

# England & Wales bank holidays 2027 (none fall between 7 June and 9 July 2027).
BANK_HOLIDAYS = {
    dt.date(2027, 1, 1), dt.date(2027, 3, 26), dt.date(2027, 3, 29), dt.date(2027, 5, 3),
    dt.date(2027, 5, 31), dt.date(2027, 8, 30), dt.date(2027, 12, 27), dt.date(2027, 12, 28),
}


def working_days_between(today, meeting):
    """Working days d with today < d <= meeting (Mon-Fri, bank holidays excluded)."""
    n, d = 0, today
    while d < meeting:
        d += dt.timedelta(days=1)
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n += 1
    return n


def h(name, n=12, upper=True):
    s = hashlib.sha1(name.encode()).hexdigest()[:n]
    return s.upper() if upper else s


# --------------------------------------------------------------------------- MIME helpers
class Part:
    def __init__(self, headers, body):
        self.headers = headers      # list of (name, value) - value may contain "\n " folds
        self.body = body            # str, already transfer-encoded

    def render(self):
        out = "".join(f"{k}: {v}\n" for k, v in self.headers)
        body = self.body if self.body.endswith("\n") else self.body + "\n"
        return out + "\n" + body


def encode_body(text, charset, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(text.encode(charset)).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(text.encode(charset)).decode("ascii")
    if cte == "7bit":
        text.encode("ascii")
        return text
    if cte == "8bit":
        return text            # written out as UTF-8 bytes (see Message.render)
    raise ValueError(cte)


def text_part(text, charset="utf-8", cte="quoted-printable", subtype="plain", params="",
              header_order="ct_first", extra=()):
    ct = ("Content-Type", f'text/{subtype}; charset="{charset}"{params}')
    te = ("Content-Transfer-Encoding", cte)
    hdrs = [ct, te] if header_order == "ct_first" else [te, ct]
    return Part(hdrs + list(extra), encode_body(text, charset, cte))


def multipart(subtype, boundary, parts, params="", preamble=""):
    body = preamble
    for p in parts:
        body += f"--{boundary}\n" + p.render() + "\n"
    body += f"--{boundary}--\n"
    return Part([("Content-Type", f'multipart/{subtype};\n boundary="{boundary}"{params}')], body)


def attachment(filename, data, ctype, inline=False, cid=None, outlook=True):
    disp = "inline" if inline else "attachment"
    hdrs = [("Content-Type", f'{ctype}; name="{filename}"')]
    if outlook:
        hdrs.append(("Content-Description", filename))
    hdrs.append(("Content-Disposition", f'{disp}; filename="{filename}"; size={len(data)};\n'
                 f' creation-date="Mon, 07 Jun 2027 08:00:00 GMT";\n'
                 f' modification-date="Mon, 07 Jun 2027 08:00:00 GMT"' if outlook
                 else f'{disp}; filename="{filename}"'))
    if cid:
        hdrs.append(("Content-ID", f"<{cid}>"))
    hdrs.append(("Content-Transfer-Encoding", "base64"))
    return Part(hdrs, base64.encodebytes(data).decode("ascii"))


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def subj(s, charset="utf-8"):
    """RFC 2047-encode a subject only when it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode(maxlinelen=76, linesep="\n")


def addr(name, address, charset="utf-8"):
    return formataddr((name, address), charset=charset)


def render_message(headers, part, crlf=False, mime_version_first=False):
    top = ""
    for k, v in headers:
        top += f"{k}: {v}\n"
    if mime_version_first:
        raise ValueError
    top += "MIME-Version: 1.0\n"
    text = top + part.render()
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    return text.encode("utf-8")


def outlook_received(day_str, host_a, host_b):
    return [
        ("Received", f"from {host_a} (2603:10a6:600:{host_b.lower()}::9)\n by LO0P265MB{host_b}.GBRP265.PROD.OUTLOOK.COM with HTTPS; {day_str}"),
        ("Received", f"from {host_a} ([fe80::{host_b.lower()}:2cf1]) by\n {host_a} ([fe80::{host_b.lower()}:2cf1%7]) with mapi id\n 15.20.8722.018; {day_str}"),
    ]


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
a:link, span.MsoHyperlink
	{color:#467886;
	text-decoration:underline;}
table.MsoNormalTable
	{border-collapse:collapse;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""
OUTLOOK_TAIL = "</div>\n</body>\n</html>\n"


def outlook_html_from_text(text):
    """Outlook-style HTML for a plain text body: one <p class=MsoNormal> per line."""
    out = [OUTLOOK_HEAD]
    for line in text.split("\n"):
        if line.strip() == "":
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
        else:
            out.append(f'<p class="MsoNormal">{html.escape(line, quote=False)}<o:p></o:p></p>\n')
    out.append(OUTLOOK_TAIL)
    return "".join(out)


# --------------------------------------------------------------------------- documents
def make_docx(blocks, author="Children's Services", title=""):
    """blocks: str (paragraph) | ("h", text) | ("table", [[cells], ...])."""
    import docx  # python-docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = dt.datetime(2027, 6, 1, 9, 0, 0)
    cp.modified = dt.datetime(2027, 6, 1, 9, 0, 0)
    cp.last_printed = dt.datetime(2027, 6, 1, 9, 0, 0)
    cp.revision = 1
    for b in blocks:
        if isinstance(b, str):
            d.add_paragraph(b)
        elif b[0] == "h":
            d.add_heading(b[1], level=1)
        elif b[0] == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
    raw = io.BytesIO()
    d.save(raw)
    zin = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2027, 6, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            zout.writestr(zi, zin.read(info.filename))
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
    """A small, valid PDF 1.4 with Helvetica text (WinAnsi) that pypdf can extract."""
    wrapped = []
    for ln in lines:
        wrapped.extend(_wrap(ln) if ln else [""])
    pages = [wrapped[i:i + 52] for i in range(0, len(wrapped), 52)] or [[""]]
    objs = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(len(pages)))
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for i, pg in enumerate(pages):
        content = "BT\n/F1 10 Tf\n13 TL\n50 790 Td\n"
        for ln in pg:
            content += f"({_pdf_escape(ln)}) Tj T*\n"
        content += "ET\n"
        cbytes = content.encode("cp1252")
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * i} 0 R >>".encode())
        objs.append(b"<< /Length " + str(len(cbytes)).encode() + b" >>\nstream\n" + cbytes + b"endstream")
    info_no = len(objs) + 1
    objs.append(f"<< /Title ({_pdf_escape(title)}) /Producer (risk7 make_set.py) /CreationDate (D:20270601090000+01'00') >>".encode("cp1252"))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, o in enumerate(objs, start=1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info {info_no} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def ics_fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > (75 if not out else 74):
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def ics(lines):
    return "".join(ics_fold(l) + "\r\n" for l in lines)


# --------------------------------------------------------------------------- registry
ITEMS = []


def add(file, authority, mailbox, now, raw, category, expect, why):
    keys = ["kind", "urgent", "level", "case_ids", "children", "concerns", "consent",
            "manager_agreed", "missing", "notice_ok", "next_action"]
    assert set(expect) == set(keys), (file, set(expect) ^ set(keys))
    e = {k: expect[k] for k in keys}
    e["concerns"] = sorted(e["concerns"])
    e["missing"] = sorted(e["missing"])
    e["children"] = [{"name": n, "dob": d} for n, d in e["children"]]
    ITEMS.append({"file": file, "authority": authority, "mailbox": mailbox, "now": now,
                  "expect": e, "why": why, "_raw": raw, "_category": category})


def E(kind, urgent, next_action, level=None, case_ids=(), children=(), concerns=(), consent=None,
      manager_agreed=None, missing=(), notice_ok=None):
    return {"kind": kind, "urgent": urgent, "level": level, "case_ids": list(case_ids),
            "children": list(children), "concerns": list(concerns), "consent": consent,
            "manager_agreed": manager_agreed, "missing": list(missing), "notice_ok": notice_ok,
            "next_action": next_action}


DISCLAIMER = {
    "knowsley": "This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please tell the sender and delete it. Knowsley Council may monitor e-mail traffic. Views expressed are those of the sender and not necessarily those of the Council.",
    "richmond_wandsworth": "This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error please notify the sender. Richmond and Wandsworth Councils' shared staffing arrangement. Please consider the environment before printing this email.",
    "tower_hamlets": "London Borough of Tower Hamlets. This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it. Emails to and from the Council may be monitored and recorded.",
    "torbay": "Torbay Council: This email is intended only for the addressee and may contain confidential or sensitive information. If you have received it in error, please let the sender know and delete it. Torbay Council may monitor emails to ensure compliance with its policies.",
    "herefordshire": "Any opinion expressed in this e-mail or any attached files are those of the individual and not necessarily those of Herefordshire Council. This e-mail and any attached files are confidential and intended solely for the use of the addressee. If you are not the intended recipient, please notify the sender and delete the e-mail.",
}
NHS_DISCLAIMER = ("********************************************************************************************************************\n\n"
                  "This message may contain confidential information. If you are not the intended recipient please inform the\n"
                  "sender that you have received the message in error before deleting it.\n"
                  "Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.\n\n"
                  "NHSmail is the secure email, collaboration and directory service available for all NHS staff in England. NHSmail is approved for exchanging information securely with other NHSmail accounts and with other secure email services (this includes all government and local authority .gov.uk addresses).\n\n"
                  "********************************************************************************************************************")


# --------------------------------------------------------------------------- mail-client layouts
def outlook(file, frm, to, subject, date, text=None, cc=None, attachments=(), html_body=None,
            html_only=False, charset="utf-8", cte="quoted-printable", extra=(), thread_topic=None,
            subject_charset="utf-8"):
    """Exchange Online / Outlook desktop: CRLF, Thread-Index, multipart/alternative (+mixed)."""
    key = h(file, 32)
    a = "LO2P265MB" + h(file + "a", 4)
    hdrs = outlook_received(date, f"{a}.GBRP265.PROD.OUTLOOK.COM", h(file + "b", 4))
    hdrs += [("From", frm), ("To", to)]
    if cc:
        hdrs.append(("CC", cc))
    hdrs += [("Subject", subj(subject, subject_charset)),
             ("Thread-Topic", subj(thread_topic or re.sub(r"^(RE|FW|Re|Fw|FWD|Fwd): ", "", subject), subject_charset)),
             ("Thread-Index", base64.b64encode(hashlib.sha1(file.encode()).digest()[:20]).decode()),
             ("Date", date),
             ("Message-ID", f"<{a}{key[:20]}@{a}.GBRP265.PROD.OUTLOOK.COM>"),
             ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
             ("X-MS-Has-Attach", "yes" if attachments else ""), ("X-MS-TNEF-Correlator", "")]
    hdrs += list(extra)
    if html_only:
        body = text_part(html_body.replace("charset=utf-8", f"charset={charset}"), charset, cte, "html")
    else:
        hb = html_body if html_body is not None else outlook_html_from_text(text)
        hb = hb.replace("charset=utf-8", f"charset={charset}")
        body = multipart("alternative", f"_000_{key}GBRP265PRODOUTLOOKCOM_",
                         [text_part(text, charset, cte), text_part(hb, charset, cte, "html")])
    if attachments:
        body = multipart("mixed", f"_004_{h(file + 'mixed', 32)}GBRP265PRODOUTLOOKCOM_",
                         [body] + [attachment(n, d, t) for n, d, t in attachments])
    return render_message(hdrs, body, crlf=True)


def gmail(file, frm, to, subject, date, text, html_body=None, cc=None, attachments=(),
          charset="UTF-8", cte="quoted-printable", extra=(), in_reply_to=None):
    """Gmail / Google Workspace: LF, 28-hex boundaries, text then html."""
    hx = h(file, 28, upper=False)
    hdrs = [("Received", f"by mail-wr1-f52.google.com with SMTP id {h(file + 'r', 16, False)}\n for <{to.split('<')[-1].rstrip('>')}>; {date}")]
    hdrs += [("From", frm), ("Date", date)]
    hdrs += [("Message-ID", f"<CA+{h(file + 'm', 22, False)}=Zq{h(file + 'n', 8)}@mail.gmail.com>")]
    if in_reply_to:
        hdrs += [("In-Reply-To", in_reply_to), ("References", in_reply_to)]
    hdrs += [("Subject", subj(subject)), ("To", to)]
    if cc:
        hdrs.append(("Cc", cc))
    hdrs += list(extra)
    if html_body is None:
        html_body = '<div dir="ltr">' + "".join(
            (f"<div>{html.escape(l, quote=False)}</div>" if l.strip() else "<div><br></div>")
            for l in text.split("\n")) + "</div>\n"
    alt = multipart("alternative", "0000000000" + hx[:18],
                    [text_part(text, charset, cte), text_part(html_body, charset, cte, "html")])
    alt.headers = [("Content-Type", f'multipart/alternative; boundary="0000000000{hx[:18]}"')]
    body = alt
    if attachments:
        body = multipart("mixed", "0000000000" + hx[10:28], [alt] + [attachment(n, d, t, outlook=False) for n, d, t in attachments])
        body.headers = [("Content-Type", f'multipart/mixed; boundary="0000000000{hx[10:28]}"')]
    return render_message(hdrs, body, crlf=False)


def iphone(file, frm, to, subject, date, text, charset="utf-8", cte="quoted-printable", extra=(),
           in_reply_to=None, flowed=False):
    """Apple Mail on iOS: LF, single text/plain part, Apple-Mail style Message-ID."""
    hdrs = [("Received", f"from smtpclient.apple ([198.51.100.{int(h(file, 2), 16) % 200 + 20}])\n by smtp.example.net with ESMTPSA; {date}")]
    hdrs += [("From", frm), ("Subject", subj(subject)), ("Date", date),
             ("Message-Id", f"<{h(file, 8)}-{h(file + '1', 4)}-{h(file + '2', 4)}-{h(file + '3', 4)}-{h(file + '4', 12)}@example.net>")]
    if in_reply_to:
        hdrs += [("In-Reply-To", in_reply_to), ("References", in_reply_to)]
    hdrs += [("To", to), ("X-Mailer", "iPhone Mail (21F90)")] + list(extra)
    params = "; format=flowed; delsp=yes" if flowed else ""
    body = text_part(text, charset, cte, params=params)
    return render_message(hdrs, body, crlf=False)


# =========================================================================== KNOWSLEY
def knowsley():
    A = "knowsley"
    MASH = "Knowsley MASH <knowsleymash@knowsley.gov.uk>"
    FF = "Family First 0-18 Duty Mailbox <FamilyFirst0-18DutyMailbox@knowsley.gov.uk>"
    DIS = DISCLAIMER[A]

    # ---- knowsley_01: URGENT. Youth worker; the teenager's own messages quoted; missing overnight,
    # found with two older men, being picked up again at 9 tonight.
    text = """Hi

I'm a youth worker with Kirkby Youth Project (we run the Thursday girls' group at the Centre). I got this address off the council website, so sorry if it's the wrong one - I've tried the number twice this morning and it rang out.

Shannon Rimmer, 14 (DOB 03/02/2013), lives with her mum Kerry on Roughwood Drive in Northwood. Kerry rang me at 11 last night because Shannon hadn't come home and she'd reported her missing to the police. The police found her at about half six this morning in a flat above the shops on Cherryfield Drive with two men - Kerry thinks they're late 20s. They took her home. She wouldn't say anything to them.

She messaged me on Snapchat at 7.52 this morning. I've copied them exactly as she sent them:

   Shannon: dont let mum tell social services pls \U0001f64f
   Shannon: they r my mates they look after me. Dean got me a new phone an everything
   Shannon: hes picking me up from the bridge at 9 2nite theres a party at his mates in huyton. im going whatever mum says
   Shannon: if u tell anyone i wont talk to u again \U0001f494

Kerry says she can't stop her going out, she's tried locking the doors and Shannon climbs out of the window. I don't know who Dean is but Shannon has been talking about "older lads with cars" for a couple of weeks.

I don't think this can wait for a normal referral. Please can someone ring me or Kerry today - I can give you Kerry's number.

Thanks
Jordan

--
Jordan Whitty
Youth Worker
Kirkby Youth Project
Registered charity no. 1100234
Mob: 07700 900614
"""
    raw = gmail("knowsley_01", addr("Jordan Whitty", "jordan.whitty@kirkbyyouthproject.example.org"), MASH,
                "Shannon Rimmer (14) - missing last night - worried about tonight",
                "Wed, 9 Jun 2027 08:47:12 +0100", text)
    add("knowsley_01.eml", A, "mash_step_up", "2027-06-09T08:52:00+01:00", raw, "urgent",
        E("other", True, "alert_duty", children=[("Shannon Rimmer", "2013-02-03")],
          concerns=["exploitation", "missing"]),
        "Safety rule 1: a 14-year-old missing overnight, found at 06:30 with two older men, who says in her own quoted messages that 'Dean' is picking her up at 9 tonight; mum cannot stop her. Immediate risk today. A youth worker (not a step request) writing to the MASH inbox, so kind other; the charity number is not a case id.")

    # ---- knowsley_02: URGENT. HTML-only Outlook step-up built of nested divs; the risk (domestic
    # violence last night with the child in the room, dad coming back this afternoon) is only in
    # the last rows of a chronology table. The request itself is complete.
    rows = [
        ("12/04/2027", "TAF review. Dad (Lee Dolan) sent apologies. Mum reports arguments most nights; says she is 'managing'.", "TAF minutes"),
        ("20/05/2027", "School DSL: Kaiden said in class 'daddy shouted and broke the telly'.", "Halewood Park Primary"),
        ("07/06/2027", "Home visit: mum says dad has taken her phone and car keys 'so I can't go anywhere'.", "Case manager"),
        ("14/06/2027 (last night)", "23:15 neighbour rang police. Dad punched mum in the face and threw a kitchen chair; Kaiden was in the room and the chair hit his arm (bruised, mum says no hospital). Mia asleep in her cot. Dad left before police arrived and has not been arrested.", "PPN / mum by phone 08:30"),
        ("15/06/2027 (today)", "Dad has texted mum that he is coming back 'this afternoon' to get his things 'and sort you out'. Mum is at home with both children and says she has nowhere to go.", "Mum by phone 08:30"),
    ]
    trs = "".join(
        f'<tr><td style="border:solid #BFBFBF 1.0pt;padding:0cm 5.4pt"><div><div class="MsoNormal">{html.escape(d)}</div></div></td>'
        f'<td style="border:solid #BFBFBF 1.0pt;padding:0cm 5.4pt"><div><div class="MsoNormal">{html.escape(e)}</div></div></td>'
        f'<td style="border:solid #BFBFBF 1.0pt;padding:0cm 5.4pt"><div><div class="MsoNormal">{html.escape(s)}</div></div></td></tr>\n'
        for d, e, s in rows)
    body = OUTLOOK_HEAD + f"""<div><div><div class="MsoNormal">Hi all,</div>
<div class="MsoNormal">&nbsp;</div>
<div class="MsoNormal">Please find attached the FF Step Up request to CSC and the minutes of the last TAF (12/04/2027) for <b>Kaiden Dolan</b> (DOB 11/08/2020) and <b>Mia Dolan</b> (DOB 02/03/2025), EHM-52934.</div>
<div class="MsoNormal">&nbsp;</div>
<div class="MsoNormal">The step up TAF meeting is booked for <b>Wednesday 23rd June 2027 at 10:00</b> at Huyton Family Hub (Teams link in the invite, which has gone to the MASH inbox and MASH business support). I will invite the current TAF members.</div>
<div class="MsoNormal">&nbsp;</div>
<div class="MsoNormal">My team manager Ben Latham (cc&#8217;d) has discussed the step up with me and agreed it.</div>
<div class="MsoNormal">&nbsp;</div>
<div><div class="MsoNormal">Chronology since the last TAF:</div>
<div><table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td style="background:#D9E2F3;border:solid #BFBFBF 1.0pt"><div class="MsoNormal"><b>Date</b></div></td><td style="background:#D9E2F3;border:solid #BFBFBF 1.0pt"><div class="MsoNormal"><b>Event</b></div></td><td style="background:#D9E2F3;border:solid #BFBFBF 1.0pt"><div class="MsoNormal"><b>Source</b></div></td></tr>
{trs}</table></div></div>
<div class="MsoNormal">&nbsp;</div>
<div class="MsoNormal">Many thanks</div>
<div class="MsoNormal">&nbsp;</div>
<div><div class="MsoNormal"><b>Nicola Ashcroft</b></div>
<div class="MsoNormal">Family First Case Manager | Family First 0-18 | Knowsley Council</div>
<div class="MsoNormal">Tel: 0151 496 0352 | Mob: 07700 900352</div></div>
<div class="MsoNormal">&nbsp;</div>
<div><div class="MsoNormal"><span style="font-size:8.0pt;color:gray">{html.escape(DIS)}</span></div></div>
</div></div>
""" + OUTLOOK_TAIL
    form = make_docx([
        ("h", "FF Step Up request to CSC"),
        ("table", [["Child", "DOB"], ["Kaiden Dolan", "11/08/2020"], ["Mia Dolan", "02/03/2025"]]),
        "Case ID on EHM: EHM-52934",
        "Has this family recently closed to Children's Social Care?: No",
        "Date of step up TAF meeting: Wednesday 23/06/2027 10:00, Huyton Family Hub",
        "Level of Engagement: high. Mum engages well with the plan.",
        "Recent TAF meeting minutes attached: Yes (12/04/2027)",
        ("h", "What are we worried about?"),
        "Current concerns: domestic abuse by dad towards mum - controlling behaviour (taking her phone and car keys), shouting and damage to property in front of the children. Kaiden is repeating what he hears at home in school.",
        "Complicating factors: mum minimises what happens at home.",
        ("h", "What is working well?"),
        "Mum is warm with the children and gets them to school and nursery every day. Maternal grandmother is supportive.",
        ("h", "What next?"),
        "Goals: the children to live free from domestic abuse. Next steps: step up to CSC for assessment; referral to the IDVA service; Operation Encompass notifications to school.",
        "Agreement by line manager: Ben Latham, Team Manager, agreed 10/06/2027.",
        "Contingency plan: if there is any incident mum will call 999; school and nursery to contact MASH the same day.",
    ], author="Nicola Ashcroft", title="FF Step Up request to CSC - Dolan")
    minutes = make_docx([
        ("h", "TAF meeting minutes - 12/04/2027"),
        "Family: Dolan. Children: Kaiden Dolan, Mia Dolan. EHM-52934.",
        "Present: Nicola Ashcroft (Family First), mum, Halewood Park Primary (DSL), Little Acorns Nursery, health visitor. Apologies: dad.",
        "Review of plan: mum reports arguments at home most nights; she feels she is managing. School report Kaiden is tired and unsettled on Mondays.",
        "Actions: Nicola to complete DASH with mum; school to continue daily check-ins; HV to review Mia's development at 2-year check.",
        "Next TAF: six weeks.",
    ], author="Nicola Ashcroft", title="TAF minutes 12.04.27 - Dolan")
    raw = outlook("knowsley_02", addr("Ashcroft, Nicola", "Nicola.Ashcroft@knowsley.gov.uk"), MASH,
                  "Step up request - Kaiden and Mia Dolan - EHM-52934 - TAF Wed 23/06",
                  "Tue, 15 Jun 2027 10:21:07 +0000", html_body=body, html_only=True,
                  cc="MASH Business Support <Mash.Businesssupport@knowsley.gov.uk>, \"Latham, Ben\" <Ben.Latham@knowsley.gov.uk>",
                  attachments=[("FF Step Up request to CSC - Dolan.docx", form, DOCX),
                               ("TAF minutes 12.04.27 - Dolan.docx", minutes, DOCX)])
    assert working_days_between(dt.date(2027, 6, 15), dt.date(2027, 6, 23)) == 6
    add("knowsley_02.eml", A, "mash_step_up", "2027-06-15T11:30:00+01:00", raw, "urgent",
        E("step_up", True, "alert_duty", case_ids=["EHM-52934"],
          children=[("Kaiden Dolan", "2020-08-11"), ("Mia Dolan", "2025-03-02")],
          concerns=["domestic_abuse", "physical_harm"], manager_agreed=True, missing=[], notice_ok=True),
        "Safety rule 1: only the last two rows of the HTML chronology table say it - last night dad assaulted mum with Kaiden in the room (the chair hit his arm), he is not arrested and says he is coming back 'this afternoon'; the covering text never flags it. The Knowsley step-up itself is complete (form, EHM id, TM agreed, TAF minutes, Wed 23 June = 6 WD notice), so missing [] and notice_ok true, but alert_duty comes first.")

    # ---- knowsley_03: URGENT. Phone, in a hurry, no punctuation, replying on the stepbot
    # acknowledgement: mum threatening to kill herself and the children, with a knife and tablets.
    text = """at the house now mum Leanne has locked herself in the bathroom with Ava she is screaming shes going to end it and take both kids with her so they dont go in care she has a kitchen knife and all her tablets in there Riley is with me in my car outside hes ok ive rang 999 police on way but we need a social worker here now pls ring me 07700 900733 my TM Ben knows

Get Outlook for iOS
________________________________
From: Knowsley MASH <knowsleymash@knowsley.gov.uk>
Sent: Monday, June 14, 2027 2:05:11 PM
To: Fairhurst, Gemma <Gemma.Fairhurst@knowsley.gov.uk>
Subject: [SB-knowsley-57] Step up request received - Riley and Ava Cotterill

Thank you. We have received your step-up request for Riley Cotterill and Ava Cotterill (EHM-53310). Your reference is SB-knowsley-57.

Still needed before the step-up TAF meeting can go ahead:
- the minutes of the most recent TAF meeting

Please reply to this email with the item above, keeping [SB-knowsley-57] in the subject.

Knowsley MASH business support (sent by stepbot)
"""
    raw = outlook("knowsley_03", addr("Fairhurst, Gemma", "Gemma.Fairhurst@knowsley.gov.uk"), MASH,
                  "RE: [SB-knowsley-57] Step up request received - Riley and Ava Cotterill",
                  "Thu, 17 Jun 2027 12:42:19 +0000", text,
                  extra=[("In-Reply-To", "<stepbot.knowsley.57.ack@knowsley.gov.uk>"),
                         ("X-MS-Exchange-Organization-SCL", "-1")])
    add("knowsley_03.eml", A, "mash_step_up", "2027-06-17T13:45:00+01:00", raw, "urgent",
        E("follow_up", True, "alert_duty", case_ids=["EHM-53310"],
          children=[("Riley Cotterill", None), ("Ava Cotterill", None)],
          concerns=["parental_mental_health", "physical_harm"]),
        "Safety rule 1: a follow-up typed on a phone with no punctuation - mum locked in the bathroom with Ava, threatening to kill herself and both children, with a knife and her tablets, happening now. Urgent on a follow_up, so alert_duty overrides attach_to_request; 'my TM Ben knows' is not manager agreement; the EHM id and full names are in the quoted acknowledgement.")

    # ---- knowsley_04: NEAR-MISS. "What would you do if...?" questions for a staff INSET; every
    # scenario is invented and says so.
    text = """Hi Family First team,

I've just started as pastoral lead at St Aidan's C of E Primary in Huyton and I'm putting together some scenarios for our staff INSET on Friday 2 July. Could someone tell me what you would expect school to do in each of these, so I get the flowchart right?

1. What would you do if a Year 5 boy told his TA that he'd been locked out of the house overnight and slept in the shed? Is that a phone call to MASH straight away, or an Early Help referral to you?

2. What if a mum said at the school gate, after a bad morning, that she'd "kill them all and then herself"? Does that always need a MASH call even if she laughs it off?

3. What would you do if a girl came in with a bruise on her cheek and gave two different stories about how she got it?

4. If a child is collected by an adult we don't recognise, and the child seems frightened, who do we ring first?

To be clear these are all made-up examples for training - none of them is a real child at our school, and nothing like this has happened. I just want to make sure I'm telling staff the right thing about when to ring MASH and when to come to Family First.

Also, do you have an up-to-date copy of the continuum of need / thresholds document? The one on our shared drive is from 2023.

Many thanks
Claire

Claire Rothwell
Pastoral Lead & Deputy DSL
St Aidan's C of E Primary School, Huyton
0151 496 0788
"""
    raw = outlook("knowsley_04", addr("Claire Rothwell", "c.rothwell@staidans-huyton.example.sch.uk"), FF,
                  "Question for INSET - what would you do if...?", "Mon, 21 Jun 2027 15:02:44 +0000", text)
    add("knowsley_04.eml", A, "early_help_duty", "2027-06-21T16:10:00+01:00", raw, "near_miss",
        E("other", False, "human_review"),
        "Not urgent (safety rule 1 excludes hypothetical risks and mail that lists examples): 'what would you do if' questions for an INSET, each stated to be made up with no real child. A general enquiry, so kind other and human_review; no children or concerns.")

    # ---- knowsley_05: NEAR-MISS. Level 3 step-down with the closing summary pasted: the physical
    # abuse and the partner are in the past (conviction, restraining order, CP plan ended).
    text = """Good morning,

Please see below the details for a step down to Family First 0-18 at Level 3 for Harvey Tickle (DOB 30/10/2016), ICS-1227815.

Mum (Donna Tickle) has consented to the referral to Family First - she signed the consent on 17/06/2027 and it is on ICS. My team manager, Sarah Quinn, agreed the step down in supervision on 16/06/2027.

Final CIN meeting: Thursday 1st July 2027 at 14:00, Prescot Family Hub, Room 2. A Family First case manager is very welcome - I will add them to the invite.

Closing summary (from ICS)
Harvey became subject to a child protection plan under the category of physical abuse in September 2025, after he arrived at school with a loop-shaped bruise on his thigh and told his teacher that mum's then partner had hit him with a phone charger. The partner was arrested, charged and convicted of ABH in January 2026 and has a restraining order until 2031 that prohibits any contact with Harvey or his mum. He has not been to the house since September 2025 and there have been no breaches. Harvey was stepped down to a Child in Need plan in May 2026. Since then there have been no incidents, Harvey says he feels safe at home, and mum completed the Freedom Programme in March 2027.

What are we worried about?
- Harvey's attendance dropped to 88% in the spring term, mostly Mondays and Fridays.
- Mum works late shifts and finds morning routines hard.

What is working well?
- Mum is protective and has engaged with every part of the plan.
- Harvey is doing well in class, goes to football on Saturdays and has a good relationship with his nan, who helps with school runs.

What needs to happen?
- Family First case manager to support mum with routines and attendance (attendance officer involved).
- School to continue weekly check-ins with Harvey.
- First TAF review within 6 weeks of the final CIN.

Any questions, give me a ring.

Kind regards

Chidi Okafor
Social Worker | Children in Need Team (Prescot)
Knowsley Council
Tel: 0151 496 0561
""" + "\n" + DIS + "\n"
    raw = outlook("knowsley_05", addr("Okafor, Chidi", "Chidi.Okafor@knowsley.gov.uk"), FF,
                  "Step down L3 - Harvey Tickle - ICS-1227815 - final CIN 01/07", "Mon, 21 Jun 2027 09:05:30 +0000",
                  text, cc='"Quinn, Sarah" <Sarah.Quinn@knowsley.gov.uk>')
    assert working_days_between(dt.date(2027, 6, 21), dt.date(2027, 7, 1)) == 8
    add("knowsley_05.eml", A, "early_help_duty", "2027-06-21T10:15:00+01:00", raw, "near_miss",
        E("step_down", False, "book_meeting", level=3, case_ids=["ICS-1227815"],
          children=[("Harvey Tickle", "2016-10-30")], concerns=["school_attendance"], consent=True,
          manager_agreed=True, missing=[], notice_ok=True),
        "Not urgent (safety rule 1: historic, resolved harm): the closing summary describes a 2025 injury, but the partner was convicted, is under a restraining order, has not been to the house since 2025 and the CP plan ended; only attendance is a current concern. Complete Knowsley Level 3 step-down: date/time/venue, all three Signs of Safety headings, consent given; Thu 1 July is 8 WD from Mon 21 June.")

    # ---- knowsley_06: NEAR-MISS (judged carefully). Last night's domestic incident is already with the
    # police, EDT and MASH: perpetrator charged and remanded in custody, child with grandparents
    # under an EDT safety plan, MASH SW says nothing is needed today.
    text = """Morning,

Update for the step-up for Tommy Heyes (EHM-53577) - the step up TAF is still going ahead on Wednesday 30th June at 10am.

Last night at about 10pm mum's ex-partner, Craig Heyes, turned up at the house drunk and kicked the back door in. Tommy (7) was in bed upstairs. Mum rang 999 and Merseyside Police arrived within minutes; they arrested Craig at the scene. He was charged this morning and has been remanded in custody to appear at Liverpool Magistrates' Court on Monday (police log 0987 of 24/06/2027).

EDT came out with the police and agreed a safety plan with mum overnight: Tommy and mum are staying with his maternal grandparents in Prescot until at least after the court hearing. Aled Pryce (MASH social worker) rang me at 8.45 this morning - MASH have it, a strategy discussion is booked for Monday afternoon, and he said nothing else is needed from Family First today.

Tommy wasn't hurt - he slept through most of it - and he is in school today as normal. School are aware.

I just wanted this recorded with the step-up so it's in the TAF papers. No action needed today.

Thanks
Sian

Sian Pendleton
Family First Case Manager | Knowsley Council
0151 496 0640

From: Knowsley MASH <knowsleymash@knowsley.gov.uk>
Sent: 22 June 2027 11:31
To: Pendleton, Sian <Sian.Pendleton@knowsley.gov.uk>
Subject: [SB-knowsley-63] Step up request received - Tommy Heyes

Thank you. We have received your step-up request for Tommy Heyes (EHM-53577). Your reference is SB-knowsley-63. Nothing is missing; the step-up TAF meeting on Wednesday 30 June 2027 at 10:00 has been noted and the MASH social worker will chair.

Knowsley MASH business support (sent by stepbot)
""" + "\n" + DIS + "\n"
    raw = outlook("knowsley_06", addr("Pendleton, Sian", "Sian.Pendleton@knowsley.gov.uk"), MASH,
                  "RE: [SB-knowsley-63] Step up request received - Tommy Heyes", "Fri, 25 Jun 2027 08:40:02 +0000", text)
    add("knowsley_06.eml", A, "mash_step_up", "2027-06-25T09:45:00+01:00", raw, "near_miss",
        E("follow_up", False, "attach_to_request", case_ids=["EHM-53577"], children=[("Tommy Heyes", None)],
          concerns=["domestic_abuse"]),
        "Judged not urgent (safety rule 1: a risk already handed to those who can act): last night's incident is with the police, EDT and MASH - the perpetrator is charged and remanded in custody, Tommy is unhurt and with his grandparents under an EDT safety plan, MASH's social worker has a strategy discussion booked and says nothing is needed today. Follow-up to [SB-knowsley-63], so attach_to_request; the current domestic abuse is still a concern. Borderline by design.")

    # ---- knowsley_07: ORDINARY. Complete neglect step-up; windows-1252 quoted-printable body.
    text = """Good afternoon,

Please find attached the FF Step Up request to CSC for Lacey-Jo Birchall (DOB 19/04/2018), EHM-52210, together with the GCP2 completed on 01/06/2027 and the minutes of the last TAF meeting (27/05/2027).

The concern is neglect: home conditions have slipped again since Easter, Lacey-Jo’s dental decay has still not been treated and she is often sent to school in unwashed clothes. The GCP2 scores are in the attached.

My team manager, Paul Dunne, has discussed the step up with me in supervision on 4 June and agreed it.

The step up TAF meeting is booked for Wednesday 16 June 2027 at 10:00 on Teams – the calendar invite has gone to Knowsley MASH and MASH Business Support, and I’ll invite the current TAF members.

Kind regards

Ria Molyneux
Family First Case Manager – Kirkby
Knowsley Council
Tel: 0151 496 0277
""" + "\n" + DIS + "\n"
    form = make_docx([
        ("h", "FF Step Up request to CSC"),
        "Child: Lacey-Jo Birchall   DOB: 19/04/2018",
        "Case ID on EHM: EHM-52210",
        "Date of step up TAF meeting: 16/06/2027 10:00 (Teams)",
        "Level of Engagement: medium",
        "Recent TAF meeting minutes attached: yes - 27/05/2027",
        ("h", "What are we worried about?"),
        "Neglect: poor home conditions, untreated dental decay, hygiene. GCP2 completed 01/06/2027 (see attached).",
        ("h", "What is working well?"),
        "Lacey-Jo attends school every day and has a close bond with her mum and her aunt.",
        ("h", "What next?"),
        "Step up to CSC for a Child and Family Assessment; dental appointment to be booked with the family; continue the home conditions work.",
        "Agreement by line manager: Paul Dunne, Team Manager, 04/06/2027.",
    ], author="Ria Molyneux", title="FF Step Up request to CSC - Birchall")
    gcp2 = make_pdf([
        "Graded Care Profile 2 (GCP2) - summary of scores",
        "Child: Lacey-Jo Birchall    DOB 19/04/2018    Completed: 01/06/2027 by Ria Molyneux",
        "",
        "Area A - Physical care: grade 4 (nutrition 3, housing 4, clothing 4, hygiene 4)",
        "Area B - Health: grade 4 (dental decay untreated since January 2027)",
        "Area C - Safety: grade 3",
        "Area D - Love and care: grade 2",
        "Area E - Stimulation and education: grade 2",
        "",
        "Summary: care falls below the child's needs in physical care and health despite support.",
    ], title="GCP2 Birchall")
    minutes = make_docx([
        ("h", "TAF meeting minutes - 27/05/2027"),
        "Lacey-Jo Birchall, EHM-52210. Present: Ria Molyneux, mum, school DSL, school nurse.",
        "Home conditions have deteriorated; dental treatment still outstanding; agreed to complete GCP2 and discuss step up with TM.",
    ], author="Ria Molyneux", title="TAF minutes 27.05.27 - Birchall")
    raw = outlook("knowsley_07", addr("Molyneux, Ria", "Ria.Molyneux@knowsley.gov.uk"), MASH,
                  "Step Up Request – Lacey-Jo Birchall – EHM-52210", "Mon, 07 Jun 2027 14:10:51 +0000", text,
                  cc="MASH Business Support <Mash.Businesssupport@knowsley.gov.uk>",
                  charset="windows-1252", subject_charset="windows-1252",
                  attachments=[("FF Step Up request to CSC - Birchall.docx", form, DOCX),
                               ("GCP2 Birchall 01.06.27.pdf", gcp2, "application/pdf"),
                               ("TAF minutes 27.05.27 - Birchall.docx", minutes, DOCX)])
    assert working_days_between(dt.date(2027, 6, 7), dt.date(2027, 6, 16)) == 7
    add("knowsley_07.eml", A, "mash_step_up", "2027-06-07T15:20:00+01:00", raw, "ordinary",
        E("step_up", False, "book_meeting", case_ids=["EHM-52210"], children=[("Lacey-Jo Birchall", "2018-04-19")],
          concerns=["neglect"], manager_agreed=True, missing=[], notice_ok=True),
        "Complete Knowsley step-up for neglect (REQUIREMENTS knowsley step_up: form, EHM id, TM agreed, TAF minutes, meeting date, plus GCP2 for neglect); windows-1252 quoted-printable body with curly quotes and en dashes; Wed 16 June is 7 WD after Mon 7 June.")

    # ---- knowsley_08: ORDINARY. Level 2 step-down typed on an iPhone; no lead practitioner named
    # yet and only 4 working days' notice.
    text = """Hi

Step down at level 2 for Alfie Kavanagh ICS-1231044 dob 14.09.2019

Final CIN is Monday 5th July 11am at Whiston Family Hub

Lead practitioner will be someone from his school (Halewood C of E Primary) - they're confirming who on Friday

What are we worried about - speech and language delay, EHCP needs assessment has been requested, mum quite isolated
What's working well - attendance now 97%, mum engaging with SALT and the stay and play
What needs to happen - school to lead the TAF, SALT to continue, mum to go to the parenting group at the hub

Cheers
Craig

Sent from my iPhone
"""
    raw = iphone("knowsley_08", addr("Lunt, Craig", "Craig.Lunt@knowsley.gov.uk"), FF, "step down L2 - Alfie Kavanagh",
                 "Tue, 29 Jun 2027 16:55:40 +0100", text, cte="7bit", charset="us-ascii")
    assert working_days_between(dt.date(2027, 6, 29), dt.date(2027, 7, 5)) == 4
    add("knowsley_08.eml", A, "early_help_duty", "2027-06-29T17:00:00+01:00", raw, "ordinary",
        E("step_down", False, "request_info", level=2, case_ids=["ICS-1231044"],
          children=[("Alfie Kavanagh", "2019-09-14")], concerns=["disability_send"], missing=["lead_practitioner"],
          notice_ok=False),
        "Knowsley Level 2 step-down (REQUIREMENTS: meeting details, Signs of Safety headings, lead practitioner): date/time/venue and all three headings given, but the lead practitioner is 'someone from his school' (no name), so lead_practitioner is missing; Mon 5 July is only 4 WD after Tue 29 June, so notice_ok false. 97% attendance is not a concern.")

    # ---- knowsley_09: ORDINARY. A school office auto-responder (X-Autoreply, Auto-Submitted) with
    # the usual 'if a child is in danger call 999' line.
    text = """Thank you for your email to Halewood C of E Primary School.

The school office is closed for staff training on Friday 2 July 2027 and will reopen on Monday 5 July 2027 at 8.15am. Your email will be dealt with then.

If your message is about the safety of a child, please contact the Designated Safeguarding Lead on 0151 496 0123. If a child is in immediate danger, call 999.

Halewood C of E Primary School
"""
    hdrs = [("Received", "from mx.halewood-ce.example.sch.uk (mx.halewood-ce.example.sch.uk [192.0.2.41])\n by knowsley.gov.uk; Fri, 2 Jul 2027 09:12:03 +0100"),
            ("From", addr("Halewood C of E Primary - Office", "office@halewood-ce.example.sch.uk")),
            ("To", FF), ("Subject", "Auto: [SB-knowsley-74] Your step-down request has been received"),
            ("Date", "Fri, 2 Jul 2027 09:12:03 +0100"),
            ("Message-ID", f"<autoreply.{h('knowsley_09', 16, False)}@halewood-ce.example.sch.uk>"),
            ("In-Reply-To", "<stepbot.knowsley.74.ack@knowsley.gov.uk>"),
            ("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")]
    raw = render_message(hdrs, text_part(text, "windows-1252", "quoted-printable"), crlf=False)
    add("knowsley_09.eml", A, "early_help_duty", "2027-07-02T09:15:00+01:00", raw, "ordinary",
        E("auto_reply", False, "ignore"),
        "Safety rule 2 / RFC 3834: a school office auto-responder (Auto-Submitted: auto-replied, X-Autoreply) to a stepbot acknowledgement; its '999' line is boilerplate with no child, so not urgent; ignore.")


# =========================================================================== RICHMOND & WANDSWORTH
def richmond_wandsworth():
    A = "richmond_wandsworth"
    MASH = "MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk>"
    EH = "Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>"
    DIS = DISCLAIMER[A]

    # ---- richmond_wandsworth_01: URGENT. Health visitor forwards two messages; only the second
    # (the nursery nurse's home visit this morning) holds the risk: a 16-week-old with a head
    # swelling, two different explanations, vomiting, now alone with dad.
    text = """Hi,

Forwarding two messages from this morning about a baby on my caseload. I wasn't sure if this is the right inbox - our usual route is the MASH referral form but the portal is down today. Could someone have a look please?

Thanks
Hollie

Hollie Barraclough
Specialist Community Public Health Nurse (Health Visitor)
Wandsworth 0-19 Service | Roehampton Team
Tel: 020 7946 0873

________________________________
From: ROEHAMPTON CHILD HEALTH CLINIC - ADMIN (ST GEORGE'S COMMUNITY SERVICES) <roehampton.clinicadmin@nhs.net>
Sent: 08 June 2027 09:14
To: BARRACLOUGH, Hollie (ST GEORGE'S COMMUNITY SERVICES) <hollie.barraclough@nhs.net>
Subject: DNA 16 week review - Nevaeh Campbell

Hi Hollie,

Nevaeh Campbell (DOB 12/02/2027) did not attend her 16-week review yesterday. I've rebooked her for 22/06/2027 at 10:30 and sent mum a text.

Thanks
Clinic admin

________________________________
From: ADEYINKA, Precious (ST GEORGE'S COMMUNITY SERVICES) <precious.adeyinka@nhs.net>
Sent: 08 June 2027 10:51
To: BARRACLOUGH, Hollie (ST GEORGE'S COMMUNITY SERVICES) <hollie.barraclough@nhs.net>
Subject: Nevaeh Campbell - home visit this morning

Hollie,

Went round at 10 to do the missed weight. Nevaeh has a soft, squashy swelling on the right side of her head above the ear, about the size of a 50p, and a small bruise behind the same ear. Mum (Shanice) said she rolled off the bed last night. Dad (Jermaine) came in from the kitchen and said she banged it on the cot side this morning. She is 16 weeks and mum told us at the last contact that she isn't rolling yet.

She was sleepy and more unsettled than usual and was sick once while I was there. I told mum she needs to be seen at A&E today. Mum said she'd "see how she goes". Mum has gone to work and dad is looking after Nevaeh on his own this afternoon.

I left at 10.40. Not sure what to do next - can you pick this up?

Precious
Community Nursery Nurse

""" + NHS_DISCLAIMER + "\n"
    hdrs = [("Received", "from AM0P190MB0612.EURP190.PROD.OUTLOOK.COM (2603:10a6:208:1e5::20)\n by nhs.net with HTTPS; Tue, 8 Jun 2027 11:38:14 +0000"),
            ("From", "\"BARRACLOUGH, Hollie (ST GEORGE'S COMMUNITY SERVICES)\" <hollie.barraclough@nhs.net>"),
            ("To", MASH), ("Subject", "FW: 2 messages re Nevaeh Campbell - not sure where to send this"),
            ("Thread-Topic", "2 messages re Nevaeh Campbell - not sure where to send this"),
            ("Date", "Tue, 8 Jun 2027 11:38:12 +0000"),
            ("Message-ID", f"<AM0P190MB0612{h('rw01', 20)}@AM0P190MB0612.EURP190.PROD.OUTLOOK.COM>"),
            ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB")]
    body = multipart("alternative", f"_000_AM0P190MB0612{h('rw01b', 20)}AM0P190MB0612EURP_",
                     [text_part(text, "utf-8", "base64"), text_part(outlook_html_from_text(text), "utf-8", "base64", "html")])
    raw = render_message(hdrs, body, crlf=True)
    add("richmond_wandsworth_01.eml", A, "mash_step_up", "2027-06-08T12:45:00+01:00", raw, "urgent",
        E("other", True, "alert_duty", children=[("Nevaeh Campbell", "2027-02-12")], concerns=["physical_harm"]),
        "Safety rule 1 (every part read, forwarded history included): the first forwarded message is a routine DNA, the second holds the risk - a non-mobile 16-week-old with a head swelling and ear bruise, two different explanations, vomiting and drowsy, A&E advice not followed, alone with dad this afternoon. Health visitor's forward (base64 NHSmail), not a step request, so kind other.")

    # ---- richmond_wandsworth_02: URGENT. Early Help Team Manager's step-up whose rationale quotes
    # a 13-year-old's WhatsApp messages: FGM planned on a trip abroad this Thursday.
    text = """Good morning,

Following reflective discussion with Idris Kamara (Early Help worker, cc'd) this morning, I am stepping up Hodan Warsame (DOB 05/11/2013) and her sister Sagal Warsame (DOB 22/09/2019), Mosaic 1418862. I have agreed this step up as Early Help Team Manager.

Case summary
The family have been open to Early Help since January 2027 after moving to Earlsfield from Leicester. Mum (Fadumo) asked for help with housing, benefits and a school place for Sagal; she has engaged well. Hodan is in Year 8 at Burntwood School and Sagal in Year 2 at Southfields Primary. Dad lives in Hargeisa.

Rationale for step up
On Friday evening (11/06/2027, 21:14 to 21:20) Hodan sent Idris these WhatsApp messages, copied exactly:

   "miss said i can message u if something is wrong"
   "mum booked the tickets we r going to my grandmas in hargeisa on thursday. my auntie said when we get there me and sagal will have the thing done so we r clean girls like her"
   "i dont want it. i looked it up. please dont tell mum i said"

Idris saw them at 8.30 this morning. The flights are this Thursday, 17 June. Burntwood have confirmed mum has asked for leave for both girls from Wednesday. We cannot keep Hodan and Sagal safe through an Early Help plan and I believe this needs a social work and police response today (FGM Protection Order).

Consent for this step up has not been sought from mum, as asking her could place the girls at greater risk.

Maeve Hartigan
Early Help Team Manager (Wandsworth)
Children's Services | Richmond and Wandsworth Councils
Tel: 020 7946 0129

""" + DIS + "\n"
    raw = outlook("richmond_wandsworth_02", addr("Hartigan, Maeve", "Maeve.Hartigan@richmondandwandsworth.gov.uk"), MASH,
                  "Step up - Hodan and Sagal Warsame (Mosaic 1418862) - case summary and rationale",
                  "Mon, 14 Jun 2027 08:25:33 +0000", text,
                  cc='"Kamara, Idris" <Idris.Kamara@richmondandwandsworth.gov.uk>',
                  extra=[("Importance", "high"), ("X-Priority", "1")])
    add("richmond_wandsworth_02.eml", A, "mash_step_up", "2027-06-14T09:30:00+01:00", raw, "urgent",
        E("step_up", True, "alert_duty", case_ids=["1418862"],
          children=[("Hodan Warsame", "2013-11-05"), ("Sagal Warsame", "2019-09-22")],
          concerns=["physical_harm"], consent=None, manager_agreed=True, missing=[]),
        "Safety rule 1: the 13-year-old's own quoted WhatsApp messages say she and her sister will be cut on a trip abroad this Thursday, with flights booked and school leave requested (FGM labelled physical_harm). Complete Richmond & Wandsworth step-up from the Early Help Team Manager (case summary and rationale pasted under their headings; Mosaic number bare); consent deliberately not sought, so null.")

    # ---- richmond_wandsworth_03: URGENT. A police PCSO found an 8-year-old locked out in a
    # stairwell at 23:40; mum drunk, a baby in the flat; he will be there again tonight.
    text = """OFFICIAL-SENSITIVE

Good morning,

I am a PCSO on the Roehampton Safer Neighbourhood Team. I found this address on the council website. I have submitted a Merlin (PPN) but I'm told it can take a couple of days to reach you and I don't think this one should wait.

At 23:40 last night (16/06/2027) on foot patrol I found a boy, Kyrie Mensah-Boateng, 8 years old, sitting in the stairwell of Danebury House on the Alton Estate in his pyjamas with no shoes on. He said his mum had locked him out "because I was being naughty" and that he had been there "since it was light".

I knocked at flat 31 for about 20 minutes; there was loud music. His mum, Abena, eventually opened the door. She was unsteady and smelled strongly of alcohol and there were two adult males in the flat. She took Kyrie in and told me to mind my own business. I could hear a baby crying inside (I believe there is a 1-year-old, Amara). I was then called to an emergency on the estate and had to leave.

Kyrie told me "it happens when her friends come round". Two neighbours told me he has been out on the landing late at night "loads of times".

He will be back at the flat tonight. I am on rest days from tomorrow, so please contact my sergeant, PS 2214 Kate Lyle, on 020 7946 0551.

PCSO 7731 Dean Ashworth
Roehampton Safer Neighbourhood Team
Metropolitan Police Service

Classification: OFFICIAL-SENSITIVE
This e-mail and any attachments are intended only for the named recipient and may be subject to the Official Secrets Act and the Data Protection Act 2018. If you have received this e-mail in error, please notify the sender and delete it. Any views expressed are those of the sender and not necessarily those of the Metropolitan Police Service.
"""
    hdrs = [("Received", "from EXHUB04.met.police.example.uk (EXHUB04.met.police.example.uk [192.0.2.77])\n by mx.richmondandwandsworth.gov.uk; Thu, 17 Jun 2027 06:58:31 +0100"),
            ("From", addr("Ashworth Dean - RN-SNT", "Dean.Ashworth@met.police.example.uk")),
            ("To", EH), ("Subject", "OFFICIAL-SENSITIVE: boy locked out overnight - Alton Estate, Roehampton"),
            ("Date", "Thu, 17 Jun 2027 06:58:29 +0100"),
            ("Message-ID", f"<{h('rw03', 24)}@EXHUB04.met.police.example.uk>"),
            ("X-Classification", "OFFICIAL-SENSITIVE")]
    raw = render_message(hdrs, text_part(text, "us-ascii", "7bit"), crlf=True)
    add("richmond_wandsworth_03.eml", A, "early_help_duty", "2027-06-17T07:05:00+01:00", raw, "urgent",
        E("other", True, "alert_duty", children=[("Kyrie Mensah-Boateng", None)], concerns=["neglect", "substance_misuse"]),
        "Safety rule 1: a police PCSO found an 8-year-old locked out in a stairwell at 23:40 in pyjamas, mum intoxicated with unknown men and a baby in the flat, repeated per neighbours, and he 'will be back at the flat tonight'. Sent at 06:58 (out of hours) to the Early Help inbox; not a step request, so kind other. Amara is named by first name only, so not listed; collar numbers are not case ids.")

    # ---- richmond_wandsworth_04: NEAR-MISS. Pre-birth step-up for a baby due in five months:
    # planning, not today. No child is named yet.
    text = """Hello MASH,

Following reflective discussion with Rosie Burke (Early Help worker), I'd like to step up for a pre-birth assessment. I have agreed this step up as Rosie's team manager.

Mum is Jade Finnegan, 22, who is 16 weeks pregnant (EDD 19/11/2027). Jade's two older children were adopted in 2023 after care proceedings (neglect and parental substance misuse). She has told Rosie she is using cocaine "now and then at weekends". She is living with her own mum in Whitton.

To be clear, there is no immediate risk: the baby is not due for five months and there are no other children in Jade's care. But given the history we think a pre-birth assessment needs to start now so that there is time for a pre-birth conference before 28 weeks if needed.

Latest case summary and the rationale are attached. Jade has agreed to the referral to children's social care. Mosaic 1420177 (Jade's record).

Kind regards

Keiko Sato
Early Help Team Manager (Richmond)
Richmond and Wandsworth Councils
Tel: 020 7946 0188

""" + DIS + "\n"
    summ = make_docx([
        ("h", "Early Help case summary - Jade Finnegan (pre-birth)"),
        "Mosaic 1420177. Mum: Jade Finnegan, 22. Unborn baby, EDD 19/11/2027.",
        "History: two older children adopted in 2023 following care proceedings (neglect, parental substance misuse).",
        "Current: Jade reports occasional cocaine use at weekends; she is attending antenatal appointments and lives with her mother in Whitton. Father of the baby not known to services.",
        "Early Help involvement since April 2027: housing advice, antenatal support, referral to substance misuse service (first appointment 30/06/2027).",
    ], author="Rosie Burke", title="Case summary - J Finnegan")
    rat = make_pdf([
        "Rationale for step up - pre-birth - Jade Finnegan (Mosaic 1420177)",
        "",
        "Previous children removed in 2023; current cocaine use disclosed; the unborn baby (EDD 19/11/2027)",
        "needs a pre-birth assessment by children's social care so that planning is in place well before birth.",
        "There is no immediate risk today. Early Help will continue antenatal and substance misuse support.",
    ], title="Rationale for step up - J Finnegan")
    raw = outlook("richmond_wandsworth_04", addr("Sato, Keiko", "Keiko.Sato@richmondandwandsworth.gov.uk"), MASH,
                  "Step up - pre-birth - Jade Finnegan (EDD 19/11/2027)", "Wed, 23 Jun 2027 14:12:08 +0000", text,
                  cc='"Burke, Rosie" <Rosie.Burke@richmondandwandsworth.gov.uk>',
                  attachments=[("Case summary - J Finnegan.docx", summ, DOCX),
                               ("Rationale for step up - J Finnegan.pdf", rat, "application/pdf")])
    add("richmond_wandsworth_04.eml", A, "mash_step_up", "2027-06-23T15:20:00+01:00", raw, "near_miss",
        E("step_up", False, "request_info", case_ids=["1420177"], children=[], concerns=["substance_misuse"],
          consent=True, manager_agreed=True, missing=["children"]),
        "Not urgent (safety rule 1: pre-birth planning, not an immediate risk): the baby is due in five months, no other children are in mum's care, and the sender says there is no immediate risk; the 2023 adoptions are historic. The unborn baby is unnamed and the only person named is the adult mum, so no child is listed and 'children' is missing (REQUIREMENTS: at least one child named); case summary and rationale are attached.")

    # ---- richmond_wandsworth_05: NEAR-MISS. Housing officer: a threat to kill and strangulation,
    # but about an adult tenant with no children in the household.
    text = """Hi,

I'm not sure if this is the right team - your switchboard gave me this address.

Our tenant, Ms Lorraine Pike (DOB 14/03/1988), disclosed at a tenancy visit yesterday that her partner grabbed her by the throat on Sunday night and told her he would kill her if she left him. She has bruising to her neck. She has agreed to a MARAC referral and to an IDVA, and the police are aware (CAD 4412/27JUN27).

There are no children in the household: her only son, Dale, is 21 and lives in Leeds, and no children visit the property.

I think this is one for Adult Social Care rather than you - could you confirm, or pass it on to the right team?

Many thanks

Marcus Delaney
Tenancy Sustainment Officer
Wandle Side Homes
Tel: 020 7946 0914
Wandle Side Homes is a charitable housing association (registered society 31244R). This email is confidential.
"""
    raw = outlook("richmond_wandsworth_05", addr("Marcus Delaney", "marcus.delaney@wandlesidehomes.example.org.uk"), EH,
                  "Safeguarding concern - tenant, Garratt Lane - threats to kill", "Tue, 29 Jun 2027 09:03:47 +0000", text)
    add("richmond_wandsworth_05.eml", A, "early_help_duty", "2027-06-29T10:10:00+01:00", raw, "near_miss",
        E("other", False, "human_review"),
        "Not urgent (safety rule 1 is about children): strangulation and a threat to kill, but the victim is an adult tenant, her only son is 21 and no children live at or visit the property; MARAC and police already involved. A housing officer's misdirected adult safeguarding concern: kind other, no children, no concerns.")

    # ---- richmond_wandsworth_06: NEAR-MISS. Safeguarding partnership training: a fictional 'Baby Q'
    # case study in an HTML table, with discussion questions.
    trs = "".join(f"<tr><td style=\"border:1px solid #999;padding:4px\">{html.escape(a)}</td><td style=\"border:1px solid #999;padding:4px\">{html.escape(b)}</td></tr>\n" for a, b in [
        ("Day 1, 09:40", "Health visitor sees Baby Q (10 weeks) at home and notes a 4 cm bruise on her left cheek."),
        ("Day 1, 09:45", "Father says Baby Q's 3-year-old brother hit her with a toy. Mother says she rolled off the sofa."),
        ("Day 1, 14:00", "GP appointment not attended."),
        ("Day 2, 08:30", "Baby Q is brought to nursery by her father, who says he is looking after her alone all week."),
    ])
    body = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:11pt">
<div><div><p>Dear colleague,</p>
<p>Thank you for booking onto <b>Multi-agency workshop: Recognising and responding to bruising in non-mobile babies</b> on Thursday 8 July 2027, 09:30-12:30, Wandsworth Town Hall (Room 3).</p>
<p>Please read the case study below before the session. <b>Baby Q and her family are fictional.</b> The case study is adapted from published national reviews and is used for training only.</p>
<div style="border:1px solid #2F5496;padding:8px">
<h3 style="color:#2F5496">Case study: Baby Q</h3>
<table style="border-collapse:collapse">
<tr><th style="border:1px solid #999;padding:4px;background:#D9E2F3">When</th><th style="border:1px solid #999;padding:4px;background:#D9E2F3">What happened</th></tr>
{trs}</table>
<h4>Questions for discussion</h4>
<ol><li>What would you do on Day 1 at 09:45?</li><li>Who should be contacted, and how quickly?</li><li>What does the bruising protocol say about any bruise on a non-mobile baby?</li></ol>
</div>
<p>Joining instructions and the bruising protocol are on the partnership website.</p>
<p>Kind regards<br>Learning and Development Team<br>Richmond and Wandsworth Safeguarding Children Partnership<br>020 7946 0600</p>
<p style="font-size:8pt;color:#777">You are receiving this because you or your team booked a place on this course. To change your booking reply to this email.</p>
</div></div></body></html>
"""
    plain = """Dear colleague,

Thank you for booking onto Multi-agency workshop: Recognising and responding to bruising in non-mobile babies on Thursday 8 July 2027, 09:30-12:30, Wandsworth Town Hall (Room 3).

Please read the case study before the session (see the HTML version of this email). Baby Q and her family are fictional. The case study is adapted from published national reviews and is used for training only.

Kind regards
Learning and Development Team
Richmond and Wandsworth Safeguarding Children Partnership
"""
    hdrs = [("Received", "from mail.rwscp.example.org.uk (mail.rwscp.example.org.uk [198.51.100.61])\n by mx.richmondandwandsworth.gov.uk; Wed, 30 Jun 2027 12:00:05 +0100"),
            ("From", addr("RWSCP Learning and Development", "training@rwscp.example.org.uk")),
            ("To", MASH), ("Subject", "Pre-course reading: 'Baby Q' case study for Thursday 8 July workshop"),
            ("Date", "Wed, 30 Jun 2027 12:00:02 +0100"),
            ("Message-ID", f"<{h('rw06', 20, False)}.training@rwscp.example.org.uk>")]
    b = "=_rwscp_" + h("rw06b", 16)
    raw = render_message(hdrs, multipart("alternative", b, [text_part(plain, "utf-8", "7bit"), text_part(body, "utf-8", "quoted-printable", "html")]))
    add("richmond_wandsworth_06.eml", A, "mash_step_up", "2027-06-30T12:05:00+01:00", raw, "near_miss",
        E("other", False, "human_review"),
        "Not urgent (safety rule 1 excludes training material and examples): a multi-agency workshop's pre-course case study whose alarming timeline (bruised 10-week-old, two explanations, father alone with her) sits in an HTML table about 'Baby Q', stated to be fictional. Kind other; 'Baby Q' is a pseudonym, not a named child.")

    # ---- richmond_wandsworth_07: ORDINARY. Complete step-down, HTML-only with nested divs.
    body = OUTLOOK_HEAD + """<div><div><div class="MsoNormal">Hi Early Help Duty,</div><div class="MsoNormal">&nbsp;</div>
<div><div class="MsoNormal">Following my call with Jasper Quint this morning, I'm confirming the step-down case discussion for <b>Frankie Delgado</b> (DOB 07/07/2015, Mosaic 1377420) and <b>Rosa Delgado</b> (DOB 30/01/2018, Mosaic 1377421) on <b>Tuesday 15 June 2027 at 2pm</b> (Teams).</div></div>
<div class="MsoNormal">&nbsp;</div>
<div><div><div class="MsoNormal">Attached are the latest case summary and the draft Early Help plan.</div></div>
<div><div class="MsoNormal">Current needs: dad's depression (he is engaged with the community mental health team and his medication has been reviewed) and Frankie's school attendance (89% this year, improving).</div></div>
<div><div class="MsoNormal">Both parents have consented to Early Help continuing the plan. My team manager, Harriet Ng, agreed the step-down in supervision last week and will join the discussion.</div></div></div>
<div class="MsoNormal">&nbsp;</div>
<div><div class="MsoNormal">Thanks,</div><div class="MsoNormal">Tunde</div></div>
<div class="MsoNormal">&nbsp;</div>
<div><div><div class="MsoNormal"><b>Tunde Olanrewaju</b> | Social Worker | Child in Need Team (Richmond)</div><div class="MsoNormal">Richmond and Wandsworth Councils | 020 7946 0247</div></div></div>
</div></div>
""" + OUTLOOK_TAIL
    summ = make_docx([("h", "Case summary - Delgado"), "Frankie Delgado (07/07/2015) and Rosa Delgado (30/01/2018). Mosaic 1377420 / 1377421.",
                      "Child in Need plan since October 2026 because of dad's depression and its impact on routines and Frankie's attendance. Dad is now engaged with the community mental health team. Attendance 89% and improving."],
                     author="Tunde Olanrewaju", title="Case summary - Delgado")
    plan = make_docx([("h", "Draft Early Help plan - Delgado"),
                      ("table", [["Need", "Action", "Who", "By when"],
                                 ["Frankie's attendance", "Weekly check-in; attendance support plan", "School / Early Help worker", "July 2027"],
                                 ["Dad's wellbeing", "Continue CMHT; carers' support for mum", "CMHT / Early Help worker", "Ongoing"]])],
                     author="Tunde Olanrewaju", title="Draft Early Help plan - Delgado")
    raw = outlook("richmond_wandsworth_07", addr("Olanrewaju, Tunde", "Tunde.Olanrewaju@richmondandwandsworth.gov.uk"), EH,
                  "Step down to Early Help – Frankie and Rosa Delgado – case discussion Tue 15/06 2pm",
                  "Thu, 10 Jun 2027 12:30:17 +0000", html_body=body, html_only=True,
                  attachments=[("Case summary - Delgado.docx", summ, DOCX), ("Draft Early Help plan - Delgado.docx", plan, DOCX)])
    add("richmond_wandsworth_07.eml", A, "early_help_duty", "2027-06-10T13:35:00+01:00", raw, "ordinary",
        E("step_down", False, "book_meeting", case_ids=["1377420", "1377421"],
          children=[("Frankie Delgado", "2015-07-07"), ("Rosa Delgado", "2018-01-30")],
          concerns=["parental_mental_health", "school_attendance"], consent=True, manager_agreed=True, missing=[]),
        "Complete Richmond & Wandsworth step-down (REQUIREMENTS: case summary, draft plan, consent), HTML-only with nested divs; no level stated; no notice period applies to this kind.")

    # ---- richmond_wandsworth_08: ORDINARY. Step-up from the Early Help Team Manager with the
    # children in an HTML table; rationale to follow.
    text = """Hi MASH,

Please find attached the latest case summary for the Brannigan-Ortiz children. I have agreed this step up following reflective discussion with Caitlin Moss (Early Help worker). Caitlin will send the rationale when she is back from leave on Thursday.

Children:
Leon Brannigan-Ortiz | 14/05/2012 | Ernest Bevin Academy | Mosaic 1409931
Maya Brannigan-Ortiz | 21/12/2016 | Smallwood Primary | Mosaic 1409932

Concerns are neglect (home conditions, the children often without food at weekends) and dad's drinking. No immediate safeguarding concerns.

Kind regards
Joana Pereira
Early Help Team Manager (Wandsworth)
Richmond and Wandsworth Councils

""" + DIS + "\n"
    rows = "".join(f'<tr><td style="border:solid windowtext 1.0pt;padding:0 5pt"><p class="MsoNormal">{a}</p></td><td style="border:solid windowtext 1.0pt;padding:0 5pt"><p class="MsoNormal">{b}</p></td><td style="border:solid windowtext 1.0pt;padding:0 5pt"><p class="MsoNormal">{c}</p></td><td style="border:solid windowtext 1.0pt;padding:0 5pt"><p class="MsoNormal">{d}</p></td></tr>'
                   for a, b, c, d in [("<b>Name</b>", "<b>DOB</b>", "<b>School</b>", "<b>Mosaic</b>"),
                                      ("Leon Brannigan-Ortiz", "14/05/2012", "Ernest Bevin Academy", "1409931"),
                                      ("Maya Brannigan-Ortiz", "21/12/2016", "Smallwood Primary", "1409932")])
    hb = OUTLOOK_HEAD + """<p class="MsoNormal">Hi MASH,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Please find attached the latest case summary for the Brannigan-Ortiz children. I have agreed this step up following reflective discussion with Caitlin Moss (Early Help worker). Caitlin will send the rationale when she is back from leave on Thursday.</p><p class="MsoNormal">&nbsp;</p>
<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0">""" + rows + """</table><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Concerns are neglect (home conditions, the children often without food at weekends) and dad's drinking. No immediate safeguarding concerns.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Kind regards<br>Joana Pereira<br>Early Help Team Manager (Wandsworth)<br>Richmond and Wandsworth Councils</p>
<p class="MsoNormal"><span style="font-size:8pt;color:gray">""" + html.escape(DIS) + "</span></p>" + OUTLOOK_TAIL
    summ = make_docx([("h", "Case summary - Brannigan-Ortiz"),
                      "Leon (14/05/2012) and Maya (21/12/2016) Brannigan-Ortiz. Open to Early Help since November 2026.",
                      "Home conditions poor; children report no food at weekends; dad drinking heavily most days; mum works nights. Plan not progressing."],
                     author="Caitlin Moss", title="Case summary - Brannigan-Ortiz")
    raw = outlook("richmond_wandsworth_08", addr("Pereira, Joana", "Joana.Pereira@richmondandwandsworth.gov.uk"), MASH,
                  "Step up request - Brannigan-Ortiz children", "Tue, 06 Jul 2027 09:45:12 +0000", text, html_body=hb,
                  cc='"Moss, Caitlin" <Caitlin.Moss@richmondandwandsworth.gov.uk>',
                  attachments=[("Case summary - Brannigan-Ortiz.docx", summ, DOCX)])
    add("richmond_wandsworth_08.eml", A, "mash_step_up", "2027-07-06T10:50:00+01:00", raw, "ordinary",
        E("step_up", False, "request_info", case_ids=["1409931", "1409932"],
          children=[("Leon Brannigan-Ortiz", "2012-05-14"), ("Maya Brannigan-Ortiz", "2016-12-21")],
          concerns=["neglect", "substance_misuse"], manager_agreed=True, missing=["rationale"]),
        "Richmond & Wandsworth step-up (REQUIREMENTS: case summary and rationale) with the case summary attached but the rationale 'will send ... on Thursday', so rationale is missing; children in an HTML table with bare Mosaic numbers; 'No immediate safeguarding concerns' is negated.")

    # ---- richmond_wandsworth_09: ORDINARY. Follow-up supplying the rationale.
    text = """Hi,

Please find attached the rationale for the step up, as discussed with Joana.

Thanks
Caitlin

Caitlin Moss | Early Help Worker | Wandsworth Early Help | 020 7946 0719

From: MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk>
Sent: 06 July 2027 10:52
To: Pereira, Joana <Joana.Pereira@richmondandwandsworth.gov.uk>
Cc: Moss, Caitlin <Caitlin.Moss@richmondandwandsworth.gov.uk>
Subject: [SB-richmond_wandsworth-88] Step-up request received - Leon and Maya Brannigan-Ortiz

Thank you. We have received your step-up request for Leon Brannigan-Ortiz and Maya Brannigan-Ortiz (Mosaic 1409931, 1409932). Your reference is SB-richmond_wandsworth-88.

Still needed:
- the rationale for the plan to step up to Children's Services

Reply to this email with the item above, keeping [SB-richmond_wandsworth-88] in the subject.

MASH business support (sent by stepbot)
"""
    rat = make_docx([("h", "Rationale for step up - Brannigan-Ortiz"),
                     "The Early Help plan has been in place for eight months without change. Home conditions remain poor, the children go without food at weekends and dad's drinking has increased. A Child and Family Assessment by children's social care is needed."],
                    author="Caitlin Moss", title="Rationale - Brannigan-Ortiz")
    raw = outlook("richmond_wandsworth_09", addr("Moss, Caitlin", "Caitlin.Moss@richmondandwandsworth.gov.uk"), MASH,
                  "RE: [SB-richmond_wandsworth-88] Step-up request received - Leon and Maya Brannigan-Ortiz",
                  "Thu, 08 Jul 2027 08:20:44 +0000", text, attachments=[("Rationale - Brannigan-Ortiz.docx", rat, DOCX)])
    add("richmond_wandsworth_09.eml", A, "mash_step_up", "2027-07-08T09:25:00+01:00", raw, "ordinary",
        E("follow_up", False, "attach_to_request", case_ids=["1409931", "1409932"],
          children=[("Leon Brannigan-Ortiz", None), ("Maya Brannigan-Ortiz", None)],
          concerns=["neglect", "substance_misuse"]),
        "Follow-up to [SB-richmond_wandsworth-88] supplying the missing rationale (.docx); names and Mosaic numbers come from the quoted acknowledgement, worries from the attachment; follow_up kinds have missing [] and attach_to_request.")


# =========================================================================== TOWER HAMLETS
def tower_hamlets():
    A = "tower_hamlets"
    MAST = "MAST <MAST@towerhamlets.gov.uk>"
    EH = "Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>"
    DIS = DISCLAIMER[A]

    # ---- tower_hamlets_01: URGENT. Youth worker; a 15-year-old's Instagram messages at 1am: a
    # plan to take 40 of his dad's sleeping tablets; not in school, not answering.
    text = """Hello MAST,

I'm a detached youth worker with Poplar Youth Hub. Tanvir Chowdhury, 15 (DOB 28/08/2011), has been coming to our sessions for about a year. He lives with his dad and older brother on the Aberfeldy estate.

At 1.12am he sent me these messages on Instagram (copied exactly):

   tanvir: im done \U0001f614 saved up all dads sleeping tablets theres like 40
   tanvir: going to take them tonight after everyones asleep. wrote letters for everyone
   tanvir: thanks for everything miss ur the only one that listened. dont try and stop me

I only saw them at 7.40. He isn't answering his phone or Instagram. I rang his school (Langdon Park) and he hasn't come in today, and they haven't been able to reach his dad.

I wasn't sure whether to ring the police or you first - I'm phoning the police now as soon as I've sent this. Please can someone call me on 07700 900482.

Shahana

Shahana Miah
Detached Youth Worker | Poplar Youth Hub
Poplar Youth Hub is a project of Lansbury Community Trust (charity no. 1187731)
"""
    raw = gmail("tower_hamlets_01", addr("Shahana Miah", "shahana.miah@poplaryouthhub.example.org"), MAST,
                "Please can someone call me - Tanvir (15) - messages last night",
                "Fri, 11 Jun 2027 08:31:55 +0100", text, cte="base64")
    add("tower_hamlets_01.eml", A, "mash_step_up", "2027-06-11T08:40:00+01:00", raw, "urgent",
        E("other", True, "alert_duty", children=[("Tanvir Chowdhury", "2011-08-28")], concerns=[]),
        "Safety rule 1: a 15-year-old's own quoted messages give a suicide plan and the means (about 40 of dad's sleeping tablets, letters written); he is not in school and cannot be reached. Youth worker, not a step request, so kind other. A child's own suicidal plan maps to none of the contract's concern ids, so concerns [] (see README conventions). Base64 UTF-8 Gmail body with an emoji.")

    # ---- tower_hamlets_02: URGENT. GP receptionist types up the doctor's message: a 7-week-old with
    # a head swelling and ear bruise, changing explanations, dad left with the baby and did not go to A&E.
    text = """Good morning,

Dr Kaur has asked me to email this to you as she is in clinic and your phone line has a queue. She will ring you herself when her surgery finishes at 12.

Baby: Zayan Ali, DOB 30/04/2027 (7 weeks old). Address: 14 Bartlett Court, E14.

Dad brought Zayan in at 9.20 this morning because he "wasn't feeding properly". Dr Kaur found a swelling on the back of Zayan's head and bruising on his left ear. Dad first said Zayan rolled off the changing table, then said his 2-year-old brother must have dropped him.

Dr Kaur told dad that Zayan must go to the Royal London A&E straight away and gave him a letter, but dad left the surgery with the baby saying he would go "after picking mum up from work". The Royal London have just told us Zayan has not arrived.

Dr Kaur asks that this is treated as urgent.

Kind regards

Tracey
Reception Team
Limehouse Medical Practice
Tel: 020 7946 0361

""" + NHS_DISCLAIMER + "\n"
    hdrs = [("Received", "from LO4P123MB6512.GBRP123.PROD.OUTLOOK.COM (2603:10a6:600:2b1::8)\n by nhs.net with HTTPS; Tue, 22 Jun 2027 09:52:40 +0000"),
            ("From", "\"RECEPTION, Limehouse Medical Practice (NHS NORTH EAST LONDON ICB - F84999)\" <limehouse.reception@nhs.net>"),
            ("To", MAST), ("Subject", "Message from Dr Kaur - baby seen this morning"),
            ("Date", "Tue, 22 Jun 2027 09:52:38 +0000"),
            ("Message-ID", f"<LO4P123MB6512{h('th02', 20)}@LO4P123MB6512.GBRP123.PROD.OUTLOOK.COM>"),
            ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB")]
    body = multipart("alternative", f"_000_LO4P123MB6512{h('th02b', 20)}LO4P123MB6512GBRP_",
                     [text_part(text, "utf-8", "base64"), text_part(outlook_html_from_text(text), "utf-8", "base64", "html")])
    raw = render_message(hdrs, body, crlf=True)
    add("tower_hamlets_02.eml", A, "mash_step_up", "2027-06-22T11:00:00+01:00", raw, "urgent",
        E("other", True, "alert_duty", children=[("Zayan Ali", "2027-04-30")], concerns=["physical_harm"]),
        "Safety rule 1: a 7-week-old with a head swelling and a bruised ear, two different explanations from dad, and dad left with the baby instead of going to A&E (the hospital confirms he has not arrived). A GP receptionist writing for the doctor, not a step request: kind other. The 2-year-old brother is unnamed.")

    # ---- tower_hamlets_03: URGENT. HTML-only step-up with the MARF pasted as a table; the FGM
    # travel (grandmother taking the girls on Saturday) is only in one table cell.
    cells = [
        ("Child 1", "Khadija Abdi"), ("Date of birth", "09/03/2016"),
        ("Child 2", "Ifrah Abdi"), ("Date of birth", "17/07/2019"),
        ("Mosaic ID", "1442086"), ("Parent / carer", "Hibo Abdi (mother)"),
        ("Address", "Flat 9, Lindley House, E1"),
        ("Reason for request", "Open to Early Help since February 2027 (housing support; mum isolated after dad left). On 29/06/2027 mum told me the girls' paternal grandmother is taking them to Somalia on Saturday 3 July 'for the summer' and that the grandmother 'will make sure they are purified like their mother was'. Mum says she does not want this but cannot stand up to her mother-in-law. The tickets are booked and the grandmother is holding all three passports."),
        ("Consent", "Mum is aware of this request and agrees to the referral to MAST."),
        ("Manager agreement", "Nusrat Karim, Early Help Team Manager, agreed 30/06/2027."),
        ("Referrer", "Rehana Begum, Early Help Practitioner, Tower Hamlets Early Help, 020 7946 0455"),
    ]
    trs = "".join(f'<tr><td width="180" valign="top" style="border:solid #A6A6A6 1.0pt;background:#F2F2F2;padding:2pt 5pt"><div><p class="MsoNormal"><b>{html.escape(k)}</b></p></div></td>'
                  f'<td valign="top" style="border:solid #A6A6A6 1.0pt;padding:2pt 5pt"><div><p class="MsoNormal">{html.escape(v)}</p></div></td></tr>\n' for k, v in cells)
    body = OUTLOOK_HEAD + f"""<div><div><p class="MsoNormal">Hi MAST,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Please see the MARF below for Khadija and Ifrah. Happy to discuss.</p><p class="MsoNormal">&nbsp;</p>
<div><p class="MsoNormal"><b>Multi-Agency Request for Support form</b></p>
<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
{trs}</table></div>
<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Thanks,<br>Rehana</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><span style="font-size:9pt;color:#1F3864">Rehana Begum | Early Help Practitioner | Tower Hamlets Early Help<br>020 7946 0455</span></p>
<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">{html.escape(DIS)}</span></p></div></div>
""" + OUTLOOK_TAIL
    raw = outlook("tower_hamlets_03", addr("Begum, Rehana", "Rehana.Begum@towerhamlets.gov.uk"), MAST,
                  "Step up to MAST - Khadija and Ifrah Abdi - MARF", "Wed, 30 Jun 2027 13:05:26 +0000",
                  html_body=body, html_only=True, cc='"Karim, Nusrat" <Nusrat.Karim@towerhamlets.gov.uk>')
    add("tower_hamlets_03.eml", A, "mash_step_up", "2027-06-30T14:10:00+01:00", raw, "urgent",
        E("step_up", True, "alert_duty", case_ids=["1442086"],
          children=[("Khadija Abdi", "2016-03-09"), ("Ifrah Abdi", "2019-07-17")], concerns=["physical_harm"],
          consent=True, manager_agreed=True, missing=[]),
        "Safety rule 1: only the 'Reason for request' cell of the pasted MARF table says it - the grandmother is taking the girls abroad on Saturday 3 July (this week) to be 'purified', tickets booked and passports held (FGM labelled physical_harm). HTML-only step-up; the MARF pasted under its own heading meets request_for_support and the manager agreed, so nothing is missing, but alert_duty comes first.")

    # ---- tower_hamlets_04: NEAR-MISS. Risk being managed right now by police and the MAST duty
    # social worker, who are both at the house; the writer asks for nothing today.
    text = """Hi,

I'm at the family home now (Hossain family, step-down in the subject). When I arrived for my visit at 10, dad was shouting at mum and had kicked the bedroom door off its hinges, so I called 999.

The police are here now and have arrested dad. Sophie Marsh, the MAST duty social worker, arrived at 11 and is with mum and the children now. Sumaiya (9) and Arif (6) were not hurt and are going to stay with their aunt in Bow tonight, under a plan Sophie has agreed with mum.

Sophie has asked me to let you know that the step-down should be paused while MAST reassess. I don't need anything from the Hub today - this is just for the record.

Jamal

Sent from Outlook for Android

________________________________
From: Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>
Sent: Wednesday, June 9, 2027 3:12:40 PM
To: Uddin, Jamal <Jamal.Uddin@towerhamlets.gov.uk>
Subject: [SB-tower_hamlets-102] Step-down request received - Sumaiya and Arif Hossain

Thank you. We have received the step-down request for Sumaiya Hossain and Arif Hossain (Mosaic 1398871). Your reference is SB-tower_hamlets-102.

Early Help business support (sent by stepbot)
"""
    raw = outlook("tower_hamlets_04", addr("Uddin, Jamal", "Jamal.Uddin@towerhamlets.gov.uk"), EH,
                  "RE: [SB-tower_hamlets-102] Step-down request received - Sumaiya and Arif Hossain",
                  "Mon, 14 Jun 2027 10:20:03 +0000", text)
    add("tower_hamlets_04.eml", A, "early_help_duty", "2027-06-14T11:25:00+01:00", raw, "near_miss",
        E("follow_up", False, "attach_to_request", case_ids=["1398871"],
          children=[("Sumaiya Hossain", None), ("Arif Hossain", None)], concerns=["domestic_abuse"]),
        "Judged not urgent (safety rule 1: risk already managed by the people who can act): police are at the house and have arrested dad, the MAST duty social worker is there with the family, the children are unhurt and going to their aunt's under her plan, and the writer asks for nothing today. Follow-up to [SB-tower_hamlets-102]; today's domestic abuse is a current concern.")

    # ---- tower_hamlets_05: NEAR-MISS. Partnership 7-minute briefing on FGM and the summer
    # holidays: lists signs of immediate risk, a pseudonymised example, no real child.
    text = """7-MINUTE BRIEFING: FGM AND THE SUMMER HOLIDAYS

Tower Hamlets Safeguarding Children Partnership | June 2027

1. Why it matters
The long summer break is when girls are most at risk of being taken abroad for female genital mutilation (FGM). It is sometimes called "cutting season".

2. Signs that a girl may be at immediate risk
- she talks about a long trip abroad to "become a woman" or for a special ceremony
- a female relative is visiting from a country where FGM is practised
- a family asks for extended leave from school just before the holidays

3. Example (names changed)
"Amina", 9, told her teacher she was going to her grandmother's "to be made clean". The school rang MAST the same day and an FGM Protection Order was made before the flight.

4. What to do
If you think a girl is at immediate risk, call MAST on 0207 364 5606 or, out of hours, 0207 364 4079. In an emergency call 999. Teachers, doctors and nurses have a mandatory duty to report known FGM in under-18s to the police (101).

5. Training
Free 2-hour e-learning on the THSCP website. Next face-to-face session: 14 July 2027.

You are receiving this because you are subscribed to THSCP briefings. Unsubscribe: https://thscp.example.org.uk/unsubscribe
"""
    hdrs = [("Received", "from mta-12.thscp-mailer.example.net (mta-12.thscp-mailer.example.net [198.51.100.12])\n by mx.towerhamlets.gov.uk; Mon, 7 Jun 2027 07:30:12 +0100"),
            ("From", addr("THSCP Briefings", "briefings@thscp.example.org.uk")),
            ("To", EH), ("Subject", "7-Minute Briefing: FGM and the summer holidays"),
            ("Date", "Mon, 7 Jun 2027 07:30:09 +0100"),
            ("Message-ID", f"<{h('th05', 24, False)}@thscp-mailer.example.net>"),
            ("List-Id", "THSCP briefings <briefings.thscp.example.org.uk>"),
            ("List-Unsubscribe", "<https://thscp.example.org.uk/unsubscribe>"), ("Precedence", "bulk")]
    hb = '<html><body><div style="max-width:640px;font-family:Arial"><div style="background:#5B2C6F;color:#fff;padding:10px"><h2>7-Minute Briefing: FGM and the summer holidays</h2></div><div style="padding:10px">' + \
         "".join(f"<p>{html.escape(l)}</p>" for l in text.split("\n") if l.strip()) + "</div></div></body></html>\n"
    raw = render_message(hdrs, multipart("alternative", "==thscp_" + h("th05b", 16), [text_part(text, "utf-8", "quoted-printable"), text_part(hb, "utf-8", "quoted-printable", "html")]))
    add("tower_hamlets_05.eml", A, "early_help_duty", "2027-06-07T09:00:00+01:00", raw, "near_miss",
        E("other", False, "human_review"),
        "Not urgent (safety rule 1: bulletins that list examples must not trigger it): a partnership 7-minute briefing (List-Id, Precedence: bulk) listing signs of immediate FGM risk and a pseudonymised past example ('Amina', names changed); no real child. Kind other.")

    # ---- tower_hamlets_06: NEAR-MISS. Youth worker: missing overnight and found with older men -
    # but she is 18, an adult living independently, and safe now.
    text = """Hi,

Looking for some advice please. I'm a youth worker at Stepney Youth Zone.

One of our older young people, Leanne Driscoll, went missing overnight on Tuesday and was found by the police yesterday morning in a flat in Mile End with three men in their thirties. She says they are her friends. She turned 18 in March (DOB 02/03/2009) and lives on her own in supported accommodation (the Crisp Street foyer). She has no children and isn't pregnant.

Her keyworker and the police missing persons team are involved and she has had a return interview. She's back at the foyer now. I'm worried she is being exploited.

I've been told that now she's 18 MAST can't take this - is that right, or should it go to adult safeguarding? Who should I send it to?

Thanks
Danny

Danny Kerrigan
Youth Worker | Stepney Youth Zone
07700 900845
"""
    raw = iphone("tower_hamlets_06", addr("Danny Kerrigan", "danny.kerrigan@stepneyyouthzone.example.org"), MAST,
                 "Advice please - young person (18) missing overnight", "Thu, 24 Jun 2027 16:40:31 +0100", text)
    add("tower_hamlets_06.eml", A, "mash_step_up", "2027-06-24T16:45:00+01:00", raw, "near_miss",
        E("other", False, "human_review"),
        "Not urgent (safety rule 1 is about children): the missing-overnight-with-older-men vocabulary is about an 18-year-old adult in supported accommodation, with no children, already back and with police and her keyworker involved. An advice request, kind other; she is an adult, so no children and no concerns.")

    # ---- tower_hamlets_07: ORDINARY. Step-down with the C&F assessment attached and the TAF plan
    # pasted; consent not yet asked.
    text = """Hello Early Help Hub,

I'm stepping down Zainab Rahman-Lee (DOB 15/01/2017), Mosaic 1436519, following the conclusion of my Child and Family Assessment on 28/06/2027. The C&F assessment is attached.

Lead practitioner: Ms Ellie Barnard, SENCo, Marner Primary School, who has agreed to take on the role.

Consent: I will be discussing consent for the step-down with mum at my final visit on Monday and will let you know.

Draft TAF plan
- Zainab's autism assessment (CAMHS neurodevelopmental pathway) - school SENCo to chase and support mum with the EHCP application.
- Mum to attend the CygnetPlus parenting course at the Children and Family Centre.
- Zainab to continue Lego therapy and the lunchtime club.
- Review at the first TAF meeting, which I will arrange for the week of 12 July.

Thanks
Farhana

Farhana Ahmed
Social Worker | Children's Social Care | London Borough of Tower Hamlets
020 7946 0623

""" + DIS + "\n"
    cfa = make_pdf([
        "Child and Family Assessment - summary",
        "Child: Zainab Rahman-Lee   DOB 15/01/2017   Mosaic 1436519   Concluded 28/06/2027",
        "",
        "Zainab is awaiting an autism assessment; mum needs support with routines and the EHCP process.",
        "No safeguarding concerns identified. Outcome: step down to Early Help with a TAF led by the school SENCo.",
    ], title="C&F Assessment - Z Rahman-Lee")
    raw = outlook("tower_hamlets_07", addr("Ahmed, Farhana", "Farhana.Ahmed@towerhamlets.gov.uk"), EH,
                  "Step down to Early Help - Zainab Rahman-Lee (Mosaic 1436519)", "Thu, 01 Jul 2027 14:10:52 +0000", text,
                  attachments=[("C&F Assessment - Z Rahman-Lee.pdf", cfa, "application/pdf")])
    add("tower_hamlets_07.eml", A, "early_help_duty", "2027-07-01T15:15:00+01:00", raw, "ordinary",
        E("step_down", False, "request_info", case_ids=["1436519"], children=[("Zainab Rahman-Lee", "2017-01-15")],
          concerns=["disability_send"], consent=None, missing=["consent"]),
        "Tower Hamlets step-down (REQUIREMENTS: assessment, draft plan, consent, lead practitioner): C&F assessment attached, TAF plan pasted under its heading, lead practitioner named with agency, but consent is still to be asked ('will be discussing ... on Monday'), so consent is null and missing.")

    # ---- tower_hamlets_08: ORDINARY. Complete MAST step-up with a MARF PDF.
    text = """Good afternoon MAST,

Please find attached the MARF for Dylan O'Connor-Blake (DOB 19/10/2013), Mosaic 1440213.

Dylan has been open to Early Help since September 2026. Despite the plan, home conditions remain very poor and mum's drinking has increased; Dylan is often without food and clean clothes. Mum has consented to the MARF and knows I am sending it today.

My manager, Imran Shah (cc'd), has agreed this step up.

Kind regards

Agata Kowalczyk
Early Help Practitioner | Tower Hamlets Early Help
020 7946 0498

""" + DIS + "\n"
    marf = make_pdf([
        "Multi-Agency Request for Support form (MARF)",
        "Child: Dylan O'Connor-Blake    DOB 19/10/2013    Mosaic 1440213",
        "Parent: Ms Kerry O'Connor",
        "Reason for request: neglect (home conditions, food, clothing) and parental alcohol misuse; Early Help plan not progressing.",
        "Parental consent: given 07/06/2027.",
        "Manager agreement: Imran Shah, Early Help Team Manager, 08/06/2027.",
    ], title="MARF - D O'Connor-Blake")
    raw = outlook("tower_hamlets_08", addr("Kowalczyk, Agata", "Agata.Kowalczyk@towerhamlets.gov.uk"), MAST,
                  "MARF - step up - Dylan O'Connor-Blake", "Tue, 08 Jun 2027 11:00:40 +0000", text,
                  cc='"Shah, Imran" <Imran.Shah@towerhamlets.gov.uk>',
                  attachments=[("MARF - D O'Connor-Blake.pdf", marf, "application/pdf")])
    add("tower_hamlets_08.eml", A, "mash_step_up", "2027-06-08T12:05:00+01:00", raw, "ordinary",
        E("step_up", False, "book_meeting", case_ids=["1440213"], children=[("Dylan O'Connor-Blake", "2013-10-19")],
          concerns=["neglect", "substance_misuse"], consent=True, manager_agreed=True, missing=[]),
        "Complete Tower Hamlets MAST step-up (REQUIREMENTS: request for support form and manager agreement): MARF PDF attached, manager agreed and copied, consent given.")

    # ---- tower_hamlets_09: ORDINARY. Google Calendar DECLINED reply with a comment.
    when = "Thu 10 Jun 2027 14:00 - 15:00 (BST)"
    plain = f"""Sadia Akhtar has declined this invitation.

MAST discussion [SB-tower_hamlets-97]
When: {when}
Where: Microsoft Teams

Note from Sadia Akhtar: Sorry - I'm on the Year 8 trip all day. Ms Begum (deputy DSL) will join instead.

Invitation from Google Calendar
"""
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
               "METHOD:REPLY", "BEGIN:VEVENT", "DTSTART:20270610T130000Z", "DTEND:20270610T140000Z",
               "DTSTAMP:20270608T151200Z", "ORGANIZER;CN=MAST:mailto:MAST@towerhamlets.gov.uk",
               "UID:SB-tower_hamlets-97-mast-20270610@stepbot.towerhamlets.gov.uk",
               "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=DECLINED;CN=Sadia Akhtar;X-NUM-GUESTS=0:mailto:s.akhtar@mulberryacademy.example.sch.uk",
               "COMMENT:Sorry - I'm on the Year 8 trip all day. Ms Begum (deputy DSL) will join instead.",
               "CREATED:20270608T151200Z", "LAST-MODIFIED:20270608T151200Z", "LOCATION:Microsoft Teams",
               "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:MAST discussion [SB-tower_hamlets-97]", "TRANSP:OPAQUE",
               "END:VEVENT", "END:VCALENDAR"])
    hx = h("th09", 28, False)
    alt = multipart("alternative", "0000000000" + hx[:18], [
        text_part(plain, "UTF-8", "base64", header_order="cte_first"),
        text_part(f"<div><p>Sadia Akhtar has declined this invitation.</p><p>MAST discussion [SB-tower_hamlets-97]</p><p>When: {when}</p><p>Note: Sorry - I'm on the Year 8 trip all day. Ms Begum (deputy DSL) will join instead.</p></div>\n", "UTF-8", "quoted-printable", "html"),
        Part([("Content-Type", 'text/calendar; charset="UTF-8"; method=REPLY'), ("Content-Transfer-Encoding", "7bit")], cal),
    ])
    alt.headers = [("Content-Type", f'multipart/alternative; boundary="0000000000{hx[:18]}"')]
    mixed = multipart("mixed", "0000000000" + hx[10:28], [alt, Part([("Content-Type", 'application/ics; name="invite.ics"'), ("Content-Disposition", 'attachment; filename="invite.ics"'), ("Content-Transfer-Encoding", "base64")], base64.encodebytes(cal.encode()).decode())])
    mixed.headers = [("Content-Type", f'multipart/mixed; boundary="0000000000{hx[10:28]}"')]
    hdrs = [("Received", "by mail-pj1-f73.google.com with SMTP id 8a1c2e for <MAST@towerhamlets.gov.uk>; Tue, 08 Jun 2027 15:12:00 +0000"),
            ("Reply-To", addr("Sadia Akhtar", "s.akhtar@mulberryacademy.example.sch.uk")),
            ("Sender", "Google Calendar <calendar-notification@google.com>"),
            ("Message-ID", f"<calendar-{h('th09m', 8, False)}-{h('th09n', 4, False)}-{h('th09o', 12, False)}@google.com>"),
            ("Date", "Tue, 08 Jun 2027 15:12:00 +0000"),
            ("Subject", f"Declined: MAST discussion [SB-tower_hamlets-97] @ {when}\n (MAST@towerhamlets.gov.uk)"),
            ("From", addr("Sadia Akhtar", "s.akhtar@mulberryacademy.example.sch.uk")), ("To", MAST)]
    raw = render_message(hdrs, mixed)
    add("tower_hamlets_09.eml", A, "mash_step_up", "2027-06-08T16:15:00+01:00", raw, "ordinary",
        E("meeting_reply", False, "record_reply"),
        "Google Calendar iTIP REPLY (text/calendar method=REPLY, PARTSTAT=DECLINED, invite.ics) to the MAST discussion [SB-tower_hamlets-97]; the COMMENT names a deputy, nothing about risk; record_reply.")


# =========================================================================== TORBAY
def torbay():
    A = "torbay"
    MASH = "MASH <mash@torbay.gov.uk>"
    EH = "Early Help <earlyhelp@torbay.gov.uk>"
    DIS = DISCLAIMER[A]

    # ---- torbay_01: URGENT. Phone, no punctuation: strangulation last night with the 9-year-old
    # watching and hurt; dad coming back at dinner time to take the children.
    text = """morning need to step up Harrison Yeo 9 and Brooke Yeo 4 EHM-741552 mum rang me at 7 dad came home about midnight last night and strangled her on the kitchen floor Harrison was stood in the doorway watching he tried to pull dad off and got shoved into the radiator hes got a cut on his head she didnt ring police dad left at 5am but has texted her hes coming back at dinner time to get the kids and take them to his mums in plymouth mum is terrified spoke to my TM Jo Rowse she agrees this needs to go to MASH now havent asked mum about consent for the contact yet will ring her back

Kerensa

Kerensa Polglase
Family Support Worker | Early Help | Torbay Council

Sent from Outlook for Android
"""
    raw = outlook("torbay_01", addr("Polglase, Kerensa", "Kerensa.Polglase@torbay.gov.uk"), MASH,
                  "step up Harrison and Brooke Yeo", "Tue, 08 Jun 2027 07:12:05 +0000", text)
    add("torbay_01.eml", A, "mash_step_up", "2027-06-08T08:15:00+01:00", raw, "urgent",
        E("step_up", True, "alert_duty", case_ids=["EHM-741552"],
          children=[("Harrison Yeo", None), ("Brooke Yeo", None)], concerns=["domestic_abuse", "physical_harm"],
          consent=None, manager_agreed=True, missing=["consent"]),
        "Safety rule 1: written on a phone with no punctuation - strangulation last night with Harrison watching and hurt (cut head), no police involvement, and dad coming back 'at dinner time' today to take the children. Torbay step-up (contact to MASH): TM agreed, consent not yet asked (null), so consent is missing; urgent, so alert_duty. '9' and '4' are ages, not dates of birth.")

    # ---- torbay_02: URGENT. Forward of two messages: the second is the police missing-person note
    # (found at 05:40 with two adult men known for drug supply; 'back out tonight').
    text = """Morning,

Adding to the step-up I sent on Monday for Lily-Mae Scoble (EHM-742019) [SB-torbay-118]. Please see the two emails below that came in this morning.

Tasha

Tasha Widdicombe
Early Help Lead Practitioner | Torbay Council | 01632 960331

________________________________
From: Attendance Officer <attendance@paigntonacademy.example.sch.uk>
Sent: 24 June 2027 08:50
To: Widdicombe, Tasha <Tasha.Widdicombe@torbay.gov.uk>
Subject: Lily-Mae Scoble - absence today

Hi Tasha, Lily-Mae hasn't arrived at school today and we've had no call from home. Could you let us know if you hear anything? Thanks, Gail

________________________________
From: Missing Persons Coordinator - Torbay <torbay.mpc@devonandcornwall.police.example.uk>
Sent: 24 June 2027 07:32
To: Widdicombe, Tasha <Tasha.Widdicombe@torbay.gov.uk>
Subject: FOR INFO - Lily-Mae Scoble (13) - missing episode 23-24/06

Lily-Mae was reported missing by her mother at 22:10 on 23/06/2027. She was found at 05:40 today in a car parked on Goodrington seafront with two adult males (aged 31 and 38), both known to police for drug supply. The males were spoken to and released pending enquiries. Lily-Mae was taken home to mum at 06:30. She appeared intoxicated and had a new mobile phone she would not explain. She told officers she "will be back out tonight". A strategy discussion has been requested but is not yet arranged. Mum says she cannot stop her leaving the house.

PC 4471 Sam Hext
Missing Persons Coordinator, Torbay
"""
    raw = outlook("torbay_02", addr("Widdicombe, Tasha", "Tasha.Widdicombe@torbay.gov.uk"), MASH,
                  "FW: Lily-Mae Scoble [SB-torbay-118]", "Thu, 24 Jun 2027 09:05:18 +0000", text)
    add("torbay_02.eml", A, "mash_step_up", "2027-06-24T10:10:00+01:00", raw, "urgent",
        E("follow_up", True, "alert_duty", case_ids=["EHM-742019"], children=[("Lily-Mae Scoble", None)],
          concerns=["exploitation", "missing"]),
        "Safety rule 1 (every part read): the first forwarded message is a routine absence note; the second, the police missing-person note, holds the risk - a 13-year-old found at 05:40 with two adult men known for drug supply, intoxicated, with an unexplained phone, saying she will be out again tonight, strategy discussion not yet arranged. Follow-up to [SB-torbay-118], urgent, so alert_duty.")

    # ---- torbay_03: URGENT. HTML-only mail of nested divs (a school safeguarding log entry): a
    # 15-year-old with a plan to overdose on a clifftop after school today, more tablets at home.
    body = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>.lbl{font-weight:bold;color:#333}</style></head>
<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt"><div><div>Hi Early Help,</div><div><br></div>
<div>I'm sending this to you because Ethan's family are open to Early Help (lead practitioner Ollie Quick). Our log entry from this morning is below. Ollie's phone is going to voicemail.</div><div><br></div>
<div style="border:1px solid #7F7F7F;padding:6px"><div><div><span class="lbl">Student:</span> Ethan Couch-Pearce (Year 10), DOB 12/12/2011</div>
<div><span class="lbl">Logged by:</span> Mr R. Daw, Head of Year 10</div><div><span class="lbl">Date/time:</span> 05/07/2027 11:05</div>
<div><span class="lbl">Category:</span> Emotional wellbeing</div>
<div><div><span class="lbl">Details:</span></div><div><div>Ethan came to me after period 2 and said he "can't do it anymore". He showed me a packet of paracetamol and a strip of his mum's co-codamol in his bag and said he has been planning to take them all at Berry Head after school today because "no one will find me up there". He has written a goodbye note on his phone. I took the tablets from him. He says there are "loads more at home". He does not want us to call his mum.</div></div></div>
<div><span class="lbl">Action so far:</span> Ethan is in the pastoral room with a TA. School finishes at 15:10. DSL informed 11:20.</div></div></div><div><br></div>
<div><div>Helen Tozer</div><div>Designated Safeguarding Lead | Brixham Community College</div><div>01632 960752</div></div>
<div><div style="font-size:8pt;color:#808080">This email and any attachments are confidential. If you have received it in error please notify the sender. Brixham Community College is part of the Bay Learning Trust, a charitable company (no. 08812345).</div></div>
</div></div></body></html>
"""
    hdrs = [("Received", "from mail.brixhamcc.example.sch.uk (mail.brixhamcc.example.sch.uk [192.0.2.118])\n by mx.torbay.gov.uk; Mon, 5 Jul 2027 12:48:09 +0100"),
            ("From", addr("Helen Tozer", "h.tozer@brixhamcc.example.sch.uk")), ("To", EH),
            ("Subject", "Ethan Couch-Pearce - concern logged this morning"),
            ("Date", "Mon, 5 Jul 2027 12:48:07 +0100"),
            ("Message-ID", f"<{h('tb03', 16, False)}.{h('tb03x', 8, False)}@brixhamcc.example.sch.uk>"),
            ("X-Mailer", "Microsoft Outlook 16.0")]
    raw = render_message(hdrs, text_part(body, "utf-8", "quoted-printable", "html"))
    add("torbay_03.eml", A, "early_help_duty", "2027-07-05T12:55:00+01:00", raw, "urgent",
        E("other", True, "alert_duty", children=[("Ethan Couch-Pearce", "2011-12-12")], concerns=[]),
        "Safety rule 1: in an HTML-only mail of nested divs, a school log entry gives a 15-year-old's plan to overdose at Berry Head after school today, a goodbye note, and 'loads more' tablets at home; school finishes at 15:10. A school DSL's concern, kind other. His own suicidal plan maps to no concern id, so concerns [] (README conventions).")

    # ---- torbay_04: NEAR-MISS. PCSO follow-up: the 'child locked out at night' call was a dad and
    # son camping in the garden; no concerns.
    text = """Morning,

I'm the PCSO for Shiphay. Just for your information, as I understand this family is open to Early Help.

At 22:50 last night we had a call from a neighbour saying a young boy was "locked out in the back garden crying". I attended at 23:05. The boy, Oscar Penhaligon (7), was in a tent in the back garden with his dad, Mr Rob Penhaligon, who was sleeping out with him as a birthday treat. Oscar had been crying because he had dropped his torch behind the shed. The back door was unlocked and mum was inside with the baby.

Oscar was warm, happy and didn't want to go in. I had no concerns at all and the neighbour was satisfied once I'd explained. No crime, no further action from police, log 0712 of 15/06/2027 closed.

Nothing needed from you - I'm only letting you know in case the neighbour rings you as well.

Kind regards

PCSO 30912 Jess Pascoe
Torquay North Neighbourhood Team
Devon & Cornwall Police

OFFICIAL
"""
    raw = outlook("torbay_04", addr("Pascoe Jess - PCSO 30912", "jess.pascoe@devonandcornwall.police.example.uk"), EH,
                  "For info only - report of child out at night, Shiphay - no concerns", "Wed, 16 Jun 2027 08:15:44 +0000", text)
    add("torbay_04.eml", A, "early_help_duty", "2027-06-16T09:20:00+01:00", raw, "near_miss",
        E("other", False, "human_review", children=[("Oscar Penhaligon", None)]),
        "Not urgent (safety rule 1: negated / explained): a neighbour's 'locked out at night' report turned out to be a 7-year-old camping in the garden with his dad; the PCSO found no concerns, police took no action and nothing is asked. Kind other; no concerns.")

    # ---- torbay_05: NEAR-MISS. GP receptionist: a tired mum said 'some days I could kill them'; the
    # GP explored it - a figure of speech, no risk; she asks for Early Help with sleep.
    text = """Hello,

Dr Whitcombe has asked me to send this to you.

Mrs Kelly Hannaford saw Dr Whitcombe this morning with her twins, Isla and Evie Hannaford (age 3). She was very tired and at the start of the appointment said "some days I could kill them, honestly". Dr Whitcombe talked this through with her at length: it was a figure of speech about the twins not sleeping. Mrs Hannaford has no thoughts of harming herself or the children, the twins were well, happy and well cared for, and their dad is at home and supportive. Dr Whitcombe has no safeguarding concerns.

Mrs Hannaford asked for some help with the twins' sleep and routines and she has consented to us passing her details to Early Help. Please could someone contact her on 07700 900327.

Kind regards

Bethan
Reception
Chelston Surgery

""" + NHS_DISCLAIMER + "\n"
    hdrs = [("Received", "from CWLP265MB1234.GBRP265.PROD.OUTLOOK.COM (2603:10a6:400:8c::11)\n by nhs.net with HTTPS; Fri, 18 Jun 2027 13:20:02 +0000"),
            ("From", "\"RECEPTION, Chelston Surgery (NHS DEVON ICB - L83999)\" <chelston.reception@nhs.net>"),
            ("To", EH), ("Subject", "Request for Early Help contact - Mrs Hannaford"),
            ("Date", "Fri, 18 Jun 2027 13:20:00 +0000"),
            ("Message-ID", f"<CWLP265MB1234{h('tb05', 20)}@CWLP265MB1234.GBRP265.PROD.OUTLOOK.COM>")]
    raw = render_message(hdrs, text_part(text, "iso-8859-1", "quoted-printable"), crlf=True)
    add("torbay_05.eml", A, "early_help_duty", "2027-06-18T14:25:00+01:00", raw, "near_miss",
        E("other", False, "human_review", children=[("Isla Hannaford", None), ("Evie Hannaford", None)], consent=True),
        "Not urgent (safety rule 1: the threat is negated by the clinician): 'some days I could kill them' was explored by the GP as a figure of speech - no thoughts of harm, children well cared for, no safeguarding concerns. A GP receptionist's request for Early Help support (kind other, human_review); consent to share stated, so consent true; no concern id applies.")

    # ---- torbay_06: NEAR-MISS. Step-down quoting a teenager's February text about tablets; it is
    # historic and resolved (CAMHS, safety plan, no current risk indicators).
    text = """Hi Early Help,

Please could I have a triage slot for Keira Tregaskis (DOB 04/05/2012), LCS-2290415, stepping down to level 3 Early Help.

Background: Keira became open to us in February 2027 after she sent her form tutor a message at 2am on 9 February: "i cant do this anymore i have the tablets ready". School and the police did a welfare check that night, Keira was admitted to Torbay Hospital overnight and then referred to CAMHS. Since then she has been seen weekly by CAMHS, has a safety plan, the medication at home is locked away, and there has been no self-harm or suicidal thinking since March. The CAMHS letter of 21/06/2027 says there are "no current risk indicators".

Current needs: school attendance (82% this term) and mum's low mood (her GP is involved).

The Single Assessment, with my analysis and the rationale for stepping down, is attached. My team manager, Sarah Gill, has recorded her manager's analysis on LCS confirming the threshold is met for level 3 (25/06/2027). Mum and Keira both consent to level 3 Early Help.

Thanks
Marcus

Marcus Rundle
Social Worker | Safeguarding and Supporting Families Team | Torbay Council
01632 960447

""" + DIS + "\n"
    sa = make_pdf([
        "Single Assessment - summary and analysis",
        "Child: Keira Tregaskis    DOB 04/05/2012    LCS-2290415",
        "",
        "Analysis: the February 2027 crisis is resolved; Keira is engaged with CAMHS and has a safety plan.",
        "Current needs are school attendance and support for mum's low mood.",
        "Rationale for step-down: needs can be met at level 3 Early Help with CAMHS continuing.",
    ], title="Single Assessment - K Tregaskis")
    raw = outlook("torbay_06", addr("Rundle, Marcus", "Marcus.Rundle@torbay.gov.uk"), EH,
                  "Step down request - triage slot please - Keira Tregaskis LCS-2290415", "Tue, 29 Jun 2027 10:02:11 +0000", text,
                  attachments=[("Single Assessment - K Tregaskis.pdf", sa, "application/pdf")])
    add("torbay_06.eml", A, "early_help_duty", "2027-06-29T11:10:00+01:00", raw, "near_miss",
        E("step_down", False, "book_meeting", level=3, case_ids=["LCS-2290415"], children=[("Keira Tregaskis", "2012-05-04")],
          concerns=["parental_mental_health", "school_attendance"], consent=True, manager_agreed=True, missing=[]),
        "Not urgent (safety rule 1: historic and resolved): the quoted teenager's text about tablets is from February, followed by admission, CAMHS, a safety plan and 'no current risk indicators'. Complete Torbay step-down (Single Assessment attached, TM's analysis recorded, consent given), level 3 stated.")

    # ---- torbay_07: ORDINARY. Complete step-down for two under-5s (fortnightly under-5s triage).
    text = """Good afternoon,

Please could I request a triage slot for the Tremlett children, stepping down to level 3 Early Help:

Poppy Tremlett - DOB 11/11/2023
Jacob Tremlett - DOB 03/02/2026
LCS-2287710

Both children are under 5, so I understand this will go to the under-5s triage.

The Single Assessment is attached, with my analysis and the rationale for step-down. Current needs are neglect (home conditions and routines, much improved but still needing support) and mum's anxiety. My team manager, Gareth Lusty, has recorded his analysis confirming the threshold for level 3 is met. Mum has consented to level 3 Early Help.

Kind regards

Anna Chudleigh
Social Worker | Single Assessment Team | Torbay Council
01632 960518

""" + DIS + "\n"
    sa = make_docx([("h", "Single Assessment - Tremlett"),
                    "Poppy Tremlett (11/11/2023), Jacob Tremlett (03/02/2026). LCS-2287710.",
                    "Analysis: home conditions and routines have improved with support; mum's anxiety is managed with her GP. Needs can be met at level 3 Early Help.",
                    "Team manager's analysis: threshold for level 3 met - Gareth Lusty, 07/06/2027."],
                   author="Anna Chudleigh", title="Single Assessment - Tremlett")
    raw = outlook("torbay_07", addr("Chudleigh, Anna", "Anna.Chudleigh@torbay.gov.uk"), EH,
                  "Triage slot request - Tremlett children (under 5s) - LCS-2287710", "Wed, 09 Jun 2027 14:30:27 +0000", text,
                  attachments=[("Single Assessment - Tremlett.docx", sa, DOCX)])
    add("torbay_07.eml", A, "early_help_duty", "2027-06-09T15:35:00+01:00", raw, "ordinary",
        E("step_down", False, "book_meeting", level=3, case_ids=["LCS-2287710"],
          children=[("Poppy Tremlett", "2023-11-11"), ("Jacob Tremlett", "2026-02-03")],
          concerns=["neglect", "parental_mental_health"], consent=True, manager_agreed=True, missing=[]),
        "Complete Torbay step-down (REQUIREMENTS: Single Assessment, TM's analysis, consent) for two under-5s, so the fortnightly under-5s triage applies; level 3 stated.")

    # ---- torbay_08: ORDINARY. Step-up (contact to MASH) with consent but the TM not yet consulted.
    text = """Hi MASH,

I'd like to make a contact to MASH to step up Charlie Rowe (DOB 17/08/2015), EHM-744802, who has been open to level 3 Early Help since January for school attendance and dad's drinking.

Things haven't improved despite the plan: attendance is 61% this term, dad is drinking every day, Charlie is often arriving at school without breakfast and his head lice have been untreated for weeks.

Dad has given consent for the contact to MASH. I'm meeting my team manager, Rachel, tomorrow to discuss the step up.

Thanks
Chloe

Chloe Yelland
Early Help Practitioner | Torbay Council

Sent from my iPhone
"""
    raw = iphone("torbay_08", addr("Yelland, Chloe", "Chloe.Yelland@torbay.gov.uk"), MASH,
                 "Contact to MASH - step up - Charlie Rowe EHM-744802", "Tue, 6 Jul 2027 13:40:09 +0100", text)
    add("torbay_08.eml", A, "mash_step_up", "2027-07-06T13:45:00+01:00", raw, "ordinary",
        E("step_up", False, "request_info", case_ids=["EHM-744802"], children=[("Charlie Rowe", "2015-08-17")],
          concerns=["neglect", "school_attendance", "substance_misuse"], consent=True, manager_agreed=None,
          missing=["manager_agreed"]),
        "Torbay step-up (REQUIREMENTS: consent and manager agreement): dad's consent given, but the TM discussion is tomorrow, so manager_agreed is null and missing.")

    # ---- torbay_09: ORDINARY. Outlook ACCEPTED iTIP reply for the triage slot.
    cal = ics(["BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
               "BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100",
               "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD", "BEGIN:DAYLIGHT",
               "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
               "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT",
               "ATTENDEE;PARTSTAT=ACCEPTED;CN=\"Chudleigh, Anna\":mailto:Anna.Chudleigh@torbay.gov.uk",
               "COMMENT;LANGUAGE=en-GB:\\n", "SUMMARY;LANGUAGE=en-GB:Accepted: Early Help under-5s triage [SB-torbay-124]",
               "DTSTART;TZID=GMT Standard Time:20270622T113000", "DTEND;TZID=GMT Standard Time:20270622T120000",
               "UID:SB-torbay-124-triage-20270622@stepbot.torbay.gov.uk", "CLASS:PUBLIC", "PRIORITY:5",
               "DTSTAMP:20270610T081500Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=en-GB:Microsoft Teams",
               "END:VEVENT", "END:VCALENDAR"])
    key = h("tb09", 32)
    body = multipart("alternative", f"_000_{key}GBRP265PRODOUTLOOKCOM_", [
        text_part("\n", "utf-8", "quoted-printable"),
        Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REPLY'), ("Content-Transfer-Encoding", "base64")],
             base64.encodebytes(cal.encode()).decode())])
    hdrs = outlook_received("Thu, 10 Jun 2027 08:15:02 +0000", "CWLP265MB" + h("tb09a", 4) + ".GBRP265.PROD.OUTLOOK.COM", h("tb09b", 4))
    hdrs += [("From", addr("Chudleigh, Anna", "Anna.Chudleigh@torbay.gov.uk")), ("To", EH),
             ("Subject", "Accepted: Early Help under-5s triage [SB-torbay-124]"),
             ("Thread-Topic", "Early Help under-5s triage [SB-torbay-124]"),
             ("Date", "Thu, 10 Jun 2027 08:15:00 +0000"),
             ("Message-ID", f"<CWLP265MB{key[:24]}@CWLP265MB{h('tb09a', 4)}.GBRP265.PROD.OUTLOOK.COM>")]
    raw = render_message(hdrs, body, crlf=True)
    add("torbay_09.eml", A, "early_help_duty", "2027-06-10T09:20:00+01:00", raw, "ordinary",
        E("meeting_reply", False, "record_reply"),
        "Outlook iTIP REPLY (base64 text/calendar method=REPLY, PARTSTAT=ACCEPTED) to the triage slot [SB-torbay-124]; record_reply.")


# =========================================================================== HEREFORDSHIRE
def herefordshire():
    A = "herefordshire"
    EH = "Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>"
    MASH = "MASH <mash@herefordshire.gov.uk>"
    DIS = DISCLAIMER[A]

    # ---- herefordshire_01: URGENT. Housing officer after a rent-arrears visit: mum says she will
    # kill herself and the children and shows the tablets; the 2-year-old is with her now.
    text = """Hello,

I'm an Income and Tenancy Officer with Wye Valley Homes. The family's old Early Help worker gave me this address last year, so I hope it's the right one.

I visited our tenant, Ms Carly Prosser, at 2pm today about her rent arrears - there is a possession hearing on Friday. She was very distressed. She told me: "If they take the house I'm taking the kids with me. I've got it all sorted, there's enough tablets for all three of us. I'm not waiting for Friday, nobody's splitting us up." She showed me a carrier bag full of boxes of tablets.

Her children are Jayden Prosser (6) and Ruby Prosser (2). Ruby was at home with her. Jayden is at Leominster Primary and she collects him at 3.15.

I tried to talk to her about getting some help and she asked me to leave. I'm really worried about them. I've never had to do this before - sorry if this is the wrong inbox. I'm back in the office now on 01632 960412.

Sian Bevan
Income and Tenancy Officer
Wye Valley Homes
Tenancy ref: WVH/LEO/20417

Wye Valley Homes Ltd is a registered provider of social housing. This email is confidential and intended for the addressee only.
"""
    raw = outlook("herefordshire_01", addr("Sian Bevan", "sian.bevan@wyevalleyhomes.example.org.uk"), EH,
                  "Concern after home visit today - Ms Prosser, Leominster", "Wed, 09 Jun 2027 14:36:50 +0000", text,
                  charset="windows-1252")
    add("herefordshire_01.eml", A, "early_help_duty", "2027-06-09T15:40:00+01:00", raw, "urgent",
        E("other", True, "alert_duty", children=[("Jayden Prosser", None), ("Ruby Prosser", None)],
          concerns=["parental_mental_health", "physical_harm"]),
        "Safety rule 1: a housing officer reports mum saying she will kill herself and both children with a bag of tablets she showed them, 'not waiting for Friday', with the 2-year-old at home with her now and the 6-year-old collected at 3.15. Not a step request, kind other; the tenancy reference is not a case id; '6' and '2' are ages.")

    # ---- herefordshire_02: URGENT. iPhone reply on a step-down acknowledgement: a 13-year-old's
    # texts overnight - locked out by mum, at a bus shelter, a man in a car offering a lift, phone dying.
    text = """Morning - sorry, I know this is the step-down inbox but it's the only address I have on my phone and MASH aren't answering yet.

Chloe texted me overnight. Copying them exactly:

23:48 Chloe: mums locked me out again she says im not coming back in and to go live with my dad. i dont even know where he lives
23:59 Chloe: im at the bus shelter on holmer rd \U0001f622
00:21 Chloe: a man in a car stopped and asked if i wanted a lift and somewhere to stay. he said hes coming back
00:22 Chloe: my phones on 4%

Nothing since. I've tried ringing her and mum, no answer from either. I'm driving to the house now and I'm going to ring the police too.

Bethan

Sent from my iPhone

> On 1 Jul 2027, at 14:02, Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:
>
> Thank you. The step-down plan for Chloe Watkins-Bray (Mosaic 622418) has been received and your reference is SB-herefordshire-93. Bethan Jenkins (Family Support Worker) is recorded as the key person.
>
> Early Help co-ordinators (sent by stepbot)
"""
    raw = iphone("herefordshire_02", addr("Jenkins, Bethan", "Bethan.Jenkins@herefordshire.gov.uk"), EH,
                 "Re: [SB-herefordshire-93] Step-down plan received - Chloe Watkins-Bray", "Tue, 6 Jul 2027 07:41:27 +0100", text,
                 in_reply_to="<stepbot.herefordshire.93.ack@herefordshire.gov.uk>")
    add("herefordshire_02.eml", A, "early_help_duty", "2027-07-06T07:45:00+01:00", raw, "urgent",
        E("follow_up", True, "alert_duty", case_ids=["622418"], children=[("Chloe Watkins-Bray", None)],
          concerns=["missing", "neglect"]),
        "Safety rule 1: the 13-year-old's own quoted texts - locked out by mum at midnight, alone at a bus shelter, a man in a car offering her 'somewhere to stay' and coming back, phone dying, nothing heard since. Sent at 07:41 (out of hours) as an iPhone reply to [SB-herefordshire-93], so kind follow_up but alert_duty; name and Mosaic number are in the quoted acknowledgement.")

    # ---- herefordshire_03: URGENT. Nursery manager; HTML-only; the risk is only in the pasted
    # 'existing injury' form table: 11-month-old, forehead swelling, bruised ear, two accounts, dad
    # collecting at 13:00.
    rows = [("Child", "Freddie Morgan-Hughes"), ("Date of birth", "28/07/2026 (11 months)"),
            ("Arrived", "08:05, brought by dad"),
            ("Existing injury?", "Yes - swelling and bruising on the left side of the forehead, and a bruise on the top of the left ear"),
            ("Explanation (dad, 08:05)", "\"He fell out of his high chair last night.\""),
            ("Explanation (mum, by phone 10:15)", "\"He banged it on the coffee table this morning.\""),
            ("Action", "Photographed and body-mapped by key person; DSL informed 10:30"),
            ("Collection", "Dad to collect at 13:00 today")]
    trs = "".join(f'<tr><td style="border:1px solid #999;padding:3px;background:#EFEFEF"><div><b>{html.escape(k)}</b></div></td><td style="border:1px solid #999;padding:3px"><div>{html.escape(v)}</div></td></tr>\n' for k, v in rows)
    body = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Verdana,sans-serif;font-size:10pt"><div>
<div>Hello,</div><div><br></div>
<div>Please see this morning's existing injury form for Freddie below. I'm sending it to you as the family has an Early Help worker (Mosaic 625103).</div><div><br></div>
<div><table style="border-collapse:collapse" cellpadding="0" cellspacing="0">
{trs}</table></div><div><br></div>
<div>Thanks,</div><div>Lauren</div><div><br></div>
<div><div>Lauren Gwilliam | Nursery Manager</div><div>Little Oaks Day Nursery, Hereford | 01632 960215</div></div>
</div></div></body></html>
"""
    hdrs = [("Received", "from mail.littleoaks.example.co.uk (mail.littleoaks.example.co.uk [203.0.113.58])\n by mx.herefordshire.gov.uk; Tue, 29 Jun 2027 11:02:44 +0100"),
            ("From", addr("Lauren Gwilliam", "manager@littleoaks-hereford.example.co.uk")), ("To", EH),
            ("Subject", "Existing injury form - Freddie M-H - 29.06.27"),
            ("Date", "Tue, 29 Jun 2027 11:02:41 +0100"),
            ("Message-ID", f"<{h('hf03', 10, False)}${h('hf03x', 6, False)}@littleoaks-hereford.example.co.uk>"),
            ("X-Mailer", "Microsoft Outlook 16.0")]
    raw = render_message(hdrs, text_part(body, "utf-8", "base64", "html"))
    add("herefordshire_03.eml", A, "early_help_duty", "2027-06-29T11:10:00+01:00", raw, "urgent",
        E("other", True, "alert_duty", case_ids=["625103"], children=[("Freddie Morgan-Hughes", "2026-07-28")],
          concerns=["physical_harm"]),
        "Safety rule 1: only the pasted existing-injury table shows it - an 11-month-old with forehead swelling and a bruised ear, two different explanations from the parents, and dad collecting at 13:00 today; the covering lines raise no alarm. HTML-only (base64) nursery mail, kind other.")

    # ---- herefordshire_04: NEAR-MISS. Complete step-down whose contingency plan is hypothetical
    # ('if he were ever to come to the house') and whose domestic abuse ended in January.
    text = """Good morning,

Please find attached the EHA step-down plan and the signed consent form for Macy Bowen-Day (DOB 21/01/2015) and Alfie Bowen-Day (DOB 09/09/2020), Mosaic 623390 and 623391. This is a step-down to Intensive (level 3) Early Help. I discussed it with Verity at the Tuesday drop-in.

Key person: Lisa Bright, Family Support Worker, Ryefield Family Hub (Herefordshire Council), who has agreed to lead.

Current needs on the plan: Macy's school attendance (86%) and mum's anxiety (GP and Talking Therapies involved).

Contingency plan (section 6 of the plan): if mum's ex-partner were ever to come to the house, mum knows to call 999 straight away and then ring Lisa; if the children say he has contacted them, school will contact MASH the same day. For context, he has had no contact since he left in January, lives in Newport and is subject to a non-molestation order until 2028. There are no current safeguarding concerns, and the section 47 enquiry in January ended with no further action.

Kind regards

Gethin Price
Social Worker | Assessment Team | Herefordshire Council
01632 960371

""" + DIS + "\n"
    plan = make_docx([("h", "Early Help Assessment step-down plan - Bowen-Day"),
                      "Children: Macy Bowen-Day (21/01/2015), Alfie Bowen-Day (09/09/2020). Mosaic 623390 / 623391. Level 3 (Intensive).",
                      ("table", [["What needs to happen", "By whom", "Outcome", "Timescale"],
                                 ["Attendance support plan for Macy", "School / Lisa Bright", "Attendance above 95%", "End of autumn term"],
                                 ["Support for mum's anxiety", "GP / Talking Therapies", "Mum feels able to cope", "Ongoing"]]),
                      "Section 6 - Contingency plan: if mum's ex-partner were to come to the house, mum will call 999 and then Lisa Bright."],
                     author="Gethin Price", title="EHA step-down plan - Bowen-Day")
    consent = make_pdf(["Early Help consent form", "Family: Bowen-Day (Macy and Alfie)",
                        "I agree to my family receiving Early Help support and to information being shared with the Early Help team.",
                        "Signed: Rachel Bowen (mother)    Date: 10/06/2027"], title="Signed consent - Bowen-Day")
    raw = outlook("herefordshire_04", addr("Price, Gethin", "Gethin.Price@herefordshire.gov.uk"), EH,
                  "EHA step-down plan - Macy and Alfie Bowen-Day (Mosaic 623390 / 623391)", "Mon, 14 Jun 2027 09:30:15 +0000", text,
                  attachments=[("EHA step-down plan - Bowen-Day.docx", plan, DOCX), ("Signed consent - Bowen-Day.pdf", consent, "application/pdf")])
    add("herefordshire_04.eml", A, "early_help_duty", "2027-06-14T10:35:00+01:00", raw, "near_miss",
        E("step_down", False, "book_meeting", level=3, case_ids=["623390", "623391"],
          children=[("Macy Bowen-Day", "2015-01-21"), ("Alfie Bowen-Day", "2020-09-09")],
          concerns=["parental_mental_health", "school_attendance"], consent=True, missing=[]),
        "Not urgent (safety rule 1: hypothetical contingency and historic abuse): 'if he were ever to come to the house... call 999' is a plan, the ex-partner has had no contact since January and is under a non-molestation order, the s47 ended NFA. Complete Herefordshire sibling step-down (plan, signed consent form, key person with agency), level 3; the past domestic abuse is not a current concern.")

    # ---- herefordshire_05: NEAR-MISS. Health visitor, on her phone, no punctuation: 'ignore my
    # earlier email' - the mark is a birthmark already recorded at the new-birth visit; the earlier
    # email is quoted below.
    text = """re baby Noah Whitehouse GP saw him at 2 the mark on his lower back is a mongolian blue spot its been there since birth and its in the red book from the new birth visit so no concerns at all sorry for the panic please disregard my earlier email Ellen

Sent from my iPhone

> On 8 Jul 2027, at 12:16, Ellen Maddox <ellen.maddox1@nhs.net> wrote:
>
> Hi, just seen Noah Whitehouse (8 weeks) at clinic - there's a blue-grey mark about 3cm on his lower back and mum says she hadn't noticed it before. Taking him to see the GP at 2pm, will update this afternoon. Ellen (HV, Hereford City team)
"""
    raw = iphone("herefordshire_05", addr("Ellen Maddox", "ellen.maddox1@nhs.net"), EH,
                 "Re: Noah Whitehouse", "Thu, 8 Jul 2027 14:52:03 +0100", text, in_reply_to="<B7D2F1A0-55C3-4E0F-9C61-3A2B7E9D0C11@nhs.net>")
    add("herefordshire_05.eml", A, "early_help_duty", "2027-07-08T14:55:00+01:00", raw, "near_miss",
        E("other", False, "human_review", children=[("Noah Whitehouse", None)]),
        "Not urgent (safety rule 1: explained by a clinician, resolved): the health visitor's phone reply, no punctuation, says the GP found the mark to be a Mongolian blue spot recorded since birth, 'no concerns at all'; the quoted earlier message was itself only a query pending the GP. No step request or SB reference: kind other; no concerns.")

    # ---- herefordshire_06: NEAR-MISS. Youth worker; the teenager's texts explain the graze (a bike
    # accident, seen at the minor injuries unit); body is UTF-8 mislabelled windows-1252.
    text = """Hi,

Just so Kacey-Ann's Early Help worker knows (Mosaic 624877) - Kacey-Ann Lloyd came to youth club last night with a graze and a bruise on her cheek. I was worried because of what happened at home last year, so I messaged her this morning and she replied:

   “omg no it’s not him, he’s not even allowed round anymore”
   “i came off my bike on the greenway on sunday, Mia was there, ask her lol”
   “mum took me to minor injuries at the county on sunday night, they said it’s fine”

I've checked with Mia and with Mia's mum - both saw the bike accident - and Kacey-Ann's mum showed me the minor injuries discharge letter. No concerns; this is just for the record. Her mum's ex is in prison until 2029.

Thanks
Rhys

Rhys Pugh
Youth Worker | Hereford Youth Service
07700 900917
"""
    raw = gmail("herefordshire_06", addr("Rhys Pugh", "rhys.pugh@herefordyouth.example.org"), EH,
                "Kacey-Ann Lloyd - bruise on cheek - explained, no concerns", "Wed, 16 Jun 2027 10:14:37 +0100",
                text, cte="8bit", charset="windows-1252",
                html_body='<div dir="ltr">' + "".join(f"<div>{html.escape(l, quote=False)}</div>" if l.strip() else "<div><br></div>" for l in text.split("\n")) + "</div>\n")
    add("herefordshire_06.eml", A, "early_help_duty", "2027-06-16T10:20:00+01:00", raw, "near_miss",
        E("other", False, "human_review", case_ids=["624877"], children=[("Kacey-Ann Lloyd", None)]),
        "Not urgent (safety rule 1: negated and explained): the teenager's quoted texts and two witnesses explain the bruise as a bike accident checked at minor injuries; the former abuser is in prison until 2029 (historic). Youth worker for the record, kind other, no concerns. DELIBERATELY ODD CHARSET: the 8bit body is UTF-8 but labelled windows-1252, so the curly quotes read as 'â€™' unless the parser falls back; the negation survives either way.")

    # ---- herefordshire_07: ORDINARY. Complete step-down; ISO-8859-1 quoted-printable with 'Siân'.
    text = """Bore da / Good morning,

Please find attached the Early Help Assessment step-down plan and the signed consent form for Siân Pritchard-Jones (DOB 02/02/2014), Mosaic 626301. Step-down to Intensive (level 3) Early Help following the Child and Family Assessment decision on 16/06/2027; I discussed it at the Tuesday drop-in with Xavier.

Key person: Mrs Carys Lewis, Pastoral Lead, Lady Hawkins' School (Kington), who has agreed to lead.

Siân is a young carer for her mum, who has MS. The plan covers young carers' support, respite and her school work.

Diolch,
Owain

Owain Ridley
Gweithiwr Cymdeithasol / Social Worker | Herefordshire Council | 01632 960604

""" + DIS + "\n"
    plan = make_docx([("h", "Early Help Assessment step-down plan - Pritchard-Jones"),
                      "Child: Siân Pritchard-Jones (02/02/2014). Mosaic 626301. Level 3 (Intensive).",
                      ("table", [["What needs to happen", "By whom", "Outcome", "Timescale"],
                                 ["Referral to Herefordshire Young Carers", "Carys Lewis", "Siân has a break each week", "July 2027"],
                                 ["Care assessment for mum", "Adult Social Care", "Mum has home care", "August 2027"]])],
                     author="Owain Ridley", title="EHA step-down plan - Pritchard-Jones")
    consent = make_pdf(["Early Help consent form", "Child: Sian Pritchard-Jones",
                        "I agree to my family receiving Early Help support.", "Signed: Eleri Pritchard-Jones (mother)   Date: 18/06/2027"],
                       title="Consent form signed - Pritchard-Jones")
    raw = outlook("herefordshire_07", addr("Ridley, Owain", "Owain.Ridley@herefordshire.gov.uk"), EH,
                  "Step-down plan - Siân Pritchard-Jones (Mosaic 626301)", "Wed, 23 Jun 2027 15:05:33 +0000", text,
                  charset="iso-8859-1", subject_charset="iso-8859-1",
                  attachments=[("EHA step-down plan - Pritchard-Jones.docx", plan, DOCX),
                               ("Consent form signed - Pritchard-Jones.pdf", consent, "application/pdf")])
    add("herefordshire_07.eml", A, "early_help_duty", "2027-06-23T16:10:00+01:00", raw, "ordinary",
        E("step_down", False, "book_meeting", level=3, case_ids=["626301"], children=[("Siân Pritchard-Jones", "2014-02-02")],
          concerns=["young_carer"], consent=True, missing=[]),
        "Complete Herefordshire step-down (REQUIREMENTS: consent form, plan, key person): ISO-8859-1 quoted-printable body and RFC 2047 subject carrying 'Siân'; level 3 stated; mum's MS maps to no concern id, Siân's caring is young_carer.")

    # ---- herefordshire_08: ORDINARY. Sibling-group step-down with verbal consent only; the consent
    # form will follow.
    text = """Hi both,

Please find attached the EHA step-down plan for the Gittins children, stepping down to level 3 Early Help:

Lexi Gittins - 03/06/2013 - Mosaic 627010
Tyler Gittins - 19/10/2016 - Mosaic 627011
Mason Gittins - 28/02/2021 - Mosaic 627012

Key person: Hannah Croft, Family Support Worker, Bromyard Family Hub.

Mum has verbally agreed to the step-down. She will sign the consent form at my visit on Tuesday and I'll send it over then.

Current needs: home conditions (neglect, improving) and Lexi's attendance (79%).

Thanks
Funmi

Funmi Adebayo
Social Worker | Herefordshire Council

""" + DIS + "\n"
    plan = make_docx([("h", "EHA step-down plan - Gittins"),
                      "Lexi (03/06/2013), Tyler (19/10/2016) and Mason (28/02/2021) Gittins. Level 3.",
                      ("table", [["What needs to happen", "By whom", "Outcome", "Timescale"],
                                 ["Weekly home conditions support", "Hannah Croft", "Home safe and clean", "8 weeks"],
                                 ["Attendance plan for Lexi", "School", "Attendance above 90%", "Autumn term"]])],
                     author="Funmi Adebayo", title="EHA step-down plan - Gittins")
    raw = outlook("herefordshire_08", addr("Adebayo, Funmi", "Funmi.Adebayo@herefordshire.gov.uk"), EH,
                  "Step-down - Gittins children (Mosaic 627010-627012)", "Fri, 02 Jul 2027 10:15:28 +0000", text,
                  attachments=[("EHA step-down plan - Gittins.docx", plan, DOCX)])
    add("herefordshire_08.eml", A, "early_help_duty", "2027-07-02T11:20:00+01:00", raw, "ordinary",
        E("step_down", False, "request_info", level=3, case_ids=["627010", "627011", "627012"],
          children=[("Lexi Gittins", "2013-06-03"), ("Tyler Gittins", "2016-10-19"), ("Mason Gittins", "2021-02-28")],
          concerns=["neglect", "school_attendance"], consent=True, missing=["consent_form"]),
        "Herefordshire sibling-group step-down: plan attached and key person named, but only verbal consent (consent true) with the signed form to follow, so consent_form is missing (REQUIREMENTS herefordshire: written consent).")

    # ---- herefordshire_09: ORDINARY. A step-up sent to Herefordshire, whose seed defines none.
    text = """Hi MASH,

I'd like to step up Corey Bufton (DOB 15/04/2014), Mosaic 628554, who has been open to Early Help since October 2026.

Despite the plan Corey is now on a part-time timetable with attendance at 58%, and mum has stopped engaging: she has missed the last three TAF meetings and doesn't answer the door. My manager, Gwyneth Parry, agrees it is time to step up to social care for an assessment.

No immediate safeguarding concerns. Mum knows I'm making this referral but she told me she does not agree with it.

Thanks
Dafydd

Dafydd Morris
Early Help Practitioner | Herefordshire Council | 01632 960688

""" + DIS + "\n"
    raw = outlook("herefordshire_09", addr("Morris, Dafydd", "Dafydd.Morris@herefordshire.gov.uk"), MASH,
                  "Step up request - Corey Bufton (Mosaic 628554)", "Thu, 08 Jul 2027 08:50:05 +0000", text)
    add("herefordshire_09.eml", A, "mash_step_up", "2027-07-08T09:55:00+01:00", raw, "ordinary",
        E("step_up", False, "human_review", case_ids=["628554"], children=[("Corey Bufton", "2014-04-15")],
          concerns=["non_engagement", "school_attendance"], consent=False, manager_agreed=True, missing=[]),
        "A step-up sent to Herefordshire, whose protocol defines no step_up (REQUIREMENTS herefordshire): human_review, missing [] and notice null; mum 'does not agree' is consent false; 'No immediate safeguarding concerns' is negated.")


# =========================================================================== checks and output
def readable_text(raw):
    """All readable text of a message: decoded text parts, HTML stripped, .docx and .pdf text."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    chunks = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        data = part.get_payload(decode=True) or b""
        fn = part.get_filename() or ""
        if fn.lower().endswith(".docx"):
            import docx
            d = docx.Document(io.BytesIO(data))
            chunks += [p.text for p in d.paragraphs]
            for t in d.tables:
                for row in t.rows:
                    chunks += [c.text for c in row.cells]
        elif fn.lower().endswith(".pdf"):
            import pypdf
            r = pypdf.PdfReader(io.BytesIO(data))
            chunks += [pg.extract_text() for pg in r.pages]
        elif ctype.startswith("text/"):
            cs = part.get_content_charset() or "utf-8"
            try:
                t = data.decode(cs)
            except (LookupError, UnicodeDecodeError):
                t = data.decode("utf-8", "replace")
            if ctype == "text/html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            chunks.append(t)
    return re.sub(r"\s+", " ", " ".join(chunks)).lower()


def expected_next_action(item):
    e = item["expect"]
    if e["urgent"]:
        return "alert_duty"
    k = e["kind"]
    if k == "auto_reply":
        return "ignore"
    if k == "meeting_reply":
        return "record_reply"
    if k == "follow_up":
        return "attach_to_request"
    if k == "other" or (item["authority"] == "herefordshire" and k == "step_up"):
        return "human_review"
    if e["missing"] or e["notice_ok"] is False:
        return "request_info"
    return "book_meeting"


def check(items):
    errors = []
    by_auth = {}
    for it in items:
        by_auth.setdefault(it["authority"], []).append(it)
        e, f = it["expect"], it["file"]
        if expected_next_action(it) != e["next_action"]:
            errors.append(f"{f}: next_action {e['next_action']} != {expected_next_action(it)}")
        if e["urgent"] != (it["_category"] == "urgent"):
            errors.append(f"{f}: urgent flag and category disagree")
        no_req = e["kind"] not in ("step_up", "step_down") or (it["authority"] == "herefordshire" and e["kind"] == "step_up")
        if no_req and e["missing"]:
            errors.append(f"{f}: missing must be [] for {e['kind']}")
        has_notice = it["authority"] == "knowsley" and e["kind"] in ("step_up", "step_down")
        if not has_notice and e["notice_ok"] is not None:
            errors.append(f"{f}: notice_ok must be null")
        if e["level"] is not None and e["kind"] != "step_down":
            errors.append(f"{f}: level only for step_down")
        raw = it["_raw"]
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for hname in ("Message-ID", "Date", "From", "To", "Subject"):
            if not msg.get(hname):
                errors.append(f"{f}: no {hname}")
        if msg.defects:
            errors.append(f"{f}: defects {msg.defects}")
        want = MAILBOXES[(it["authority"], it["mailbox"])].lower()
        rcpt = (str(msg.get("To", "")) + " " + str(msg.get("Cc", ""))).lower()
        if want not in rcpt:
            errors.append(f"{f}: mailbox address {want} not in To/Cc")
        text = readable_text(raw)
        for c in e["children"]:
            first, _, last = c["name"].lower().partition(" ")
            shared = re.search(re.escape(first) + r" and \w+ " + re.escape(last), text)
            if c["name"].lower() not in text and not shared:
                errors.append(f"{f}: child {c['name']} not found in text")
        for cid in e["case_ids"]:
            if cid.lower() not in text:
                errors.append(f"{f}: case id {cid} not found in text")
        now = dt.datetime.fromisoformat(it["now"])
        d = email.utils.parsedate_to_datetime(str(msg["Date"]))
        if not (dt.timedelta(0) <= now - d <= dt.timedelta(hours=2)):
            errors.append(f"{f}: now {it['now']} not shortly after Date {msg['Date']}")
        if not (dt.date(2027, 6, 7) <= d.date() <= dt.date(2027, 7, 9)):
            errors.append(f"{f}: date out of range")
    for a, lst in by_auth.items():
        cats = [x["_category"] for x in lst]
        if len(lst) != 9 or cats.count("urgent") != 3 or cats.count("near_miss") != 3 or cats.count("ordinary") != 3:
            errors.append(f"{a}: expected 9 files, 3 of each category; got {len(lst)} {cats}")
    return errors


def main():
    knowsley()
    richmond_wandsworth()
    tower_hamlets()
    torbay()
    herefordshire()
    errors = check(ITEMS)
    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    for it in ITEMS:
        with open(os.path.join(HERE, it["file"]), "wb") as fh:
            fh.write(it["_raw"])
    labels = [{k: it[k] for k in ("file", "authority", "mailbox", "now", "expect", "why")} for it in ITEMS]
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w", encoding="utf-8") as fh:
        json.dump({it["file"]: it["_category"] for it in ITEMS}, fh, indent=1)
        fh.write("\n")
    n = {c: sum(1 for it in ITEMS if it["_category"] == c) for c in ("urgent", "near_miss", "ordinary")}
    print(f"wrote {len(ITEMS)} messages ({n['urgent']} urgent, {n['near_miss']} near-miss, {n['ordinary']} ordinary), labels.json, categories.json")


if __name__ == "__main__":
    main()
