#!/usr/bin/env python3
"""Regenerate the fields5 held-out set: 50 invented duty-mailbox emails, labels.json, categories.json.

Written by hand from the specification (shared/DESIGN.md, shared/REQUIREMENTS.md, the seeds and the
policy packs). Deterministic: no clock, no randomness. Boundaries, Message-IDs and Thread-Index values
come from sha1 of the file name; the MIME is assembled by hand; .docx files are made with python-docx
and re-zipped with fixed timestamps and core properties; PDFs are hand-built PDF 1.4 (Helvetica,
WinAnsiEncoding) so that pypdf can extract their text.

Run:  /work/main/.venv/bin/python make_set.py
Before anything is written the script checks its own labels and stops on the first error.
"""
import base64
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import html
import io
import json
import quopri
import re
import sys
import textwrap
import zipfile
from email.header import Header
from pathlib import Path

import docx
import pypdf

HERE = Path(__file__).resolve().parent
BST = dt.timezone(dt.timedelta(hours=1))
WINDOW = (dt.date(2027, 8, 24), dt.date(2027, 10, 22))

# England & Wales bank holidays, 2027 (gov.uk): the window contains only the Summer bank holiday.
BANK_HOLIDAYS_2027 = {
    dt.date(2027, 1, 1), dt.date(2027, 3, 26), dt.date(2027, 3, 29), dt.date(2027, 5, 3),
    dt.date(2027, 5, 31), dt.date(2027, 8, 30), dt.date(2027, 12, 27), dt.date(2027, 12, 28),
}

MAILBOXES = {
    "knowsley": {"mash_step_up": "knowsleymash@knowsley.gov.uk",
                 "early_help_duty": "FamilyFirst0-18DutyMailbox@knowsley.gov.uk"},
    "richmond_wandsworth": {"mash_step_up": "MASH-StepUP@richmondandwandsworth.gov.uk",
                            "early_help_duty": "EarlyHelpDuty@richmondandwandsworth.gov.uk"},
    "tower_hamlets": {"mash_step_up": "MAST@towerhamlets.gov.uk",
                      "early_help_duty": "EarlyHelpHub@towerhamlets.gov.uk"},
    "torbay": {"mash_step_up": "mash@torbay.gov.uk", "early_help_duty": "earlyhelp@torbay.gov.uk"},
    "herefordshire": {"mash_step_up": "mash@herefordshire.gov.uk",
                      "early_help_duty": "earlyhelpcoordinators@herefordshire.gov.uk"},
}

CONCERNS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
            "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation",
            "school_attendance", "young_carer", "disability_send"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}

# Requirement ids per authority and kind (REQUIREMENTS.md and config/authorities/*.yaml).
REQS = {
    ("knowsley", "step_up"): {"children", "step_up_form", "case_id", "manager_agreed", "taf_minutes",
                              "meeting_details", "gcp2", "engaging_families", "exploitation_assessment"},
    ("knowsley", "step_down"): {"children", "meeting_details", "worries_strengths_next",
                                "lead_practitioner", "consent"},
    ("richmond_wandsworth", "step_up"): {"children", "case_summary", "rationale"},
    ("richmond_wandsworth", "step_down"): {"children", "case_summary", "draft_plan", "consent"},
    ("tower_hamlets", "step_down"): {"children", "assessment", "draft_plan", "consent", "lead_practitioner"},
    ("tower_hamlets", "step_up"): {"children", "request_for_support", "manager_agreed"},
    ("torbay", "step_down"): {"children", "assessment", "manager_agreed", "consent"},
    ("torbay", "step_up"): {"children", "consent", "manager_agreed"},
    ("herefordshire", "step_down"): {"children", "consent_form", "draft_plan", "lead_practitioner"},
}


def hx(seed, n):
    return hashlib.sha1(seed.encode()).hexdigest().upper()[:n]


def working_days(today, meeting):
    """Working days d with today < d <= meeting (Mon-Fri, E&W bank holidays excluded)."""
    n, d = 0, today
    while d < meeting:
        d += dt.timedelta(days=1)
        if d.weekday() < 5 and d not in BANK_HOLIDAYS_2027:
            n += 1
    return n


# ----------------------------------------------------------------------------------------------
# Headers
# ----------------------------------------------------------------------------------------------
def enc(s):
    """RFC 2047 for non-ASCII header text."""
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, "utf-8").encode(maxlinelen=76)


def addr(name, address):
    if not name:
        return address
    if any(ord(c) > 127 for c in name):
        return f"{enc(name)} <{address}>"
    if re.search(r'[,.;:@()<>\[\]"]', name):
        return '"' + name.replace('"', '\\"') + f'" <{address}>'
    return f"{name} <{address}>"


def addrs(lst):
    return ", ".join(addr(n, a) for n, a in lst)


def outlook_ids(file, date):
    host = "LO2P265MB" + str(4000 + int(hx(file + "h", 4), 16) % 5000)
    mid = f"<{host}{hx(file + 'm', 24)}@{host}.GBRP265.PROD.OUTLOOK.COM>"
    tindex = base64.b64encode(hashlib.sha1((file + "t").encode()).digest()[:22]).decode()
    stamp = email.utils.format_datetime(date.astimezone(dt.timezone.utc)).replace("-0000", "+0000")
    received = [
        f"from {host}.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:{hx(file + 'r', 3).lower()}::9)\n"
        f" by LO0P265MB{hx(file + 'q', 4)}.GBRP265.PROD.OUTLOOK.COM with HTTPS; {stamp}",
        f"from {host}.GBRP265.PROD.OUTLOOK.COM ([fe80::{hx(file + 's', 4).lower()}:{hx(file + 'u', 4).lower()}]) by\n"
        f" {host}.GBRP265.PROD.OUTLOOK.COM ([fe80::{hx(file + 's', 4).lower()}:{hx(file + 'u', 4).lower()}%7]) with mapi id\n"
        f" 15.20.8722.018; {stamp}",
    ]
    return host, mid, tindex, received


# ----------------------------------------------------------------------------------------------
# MIME parts (bytes, LF line ends; converted to CRLF at the end for Outlook-style mail)
# ----------------------------------------------------------------------------------------------
def b64lines(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)).encode() + b"\n"


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", params="", crlf=False):
    t = text.replace("\r\n", "\n")
    if cte == "quoted-printable":
        body = quopri.encodestring(t.encode(charset))
        if not body.endswith(b"\n"):
            body += b"\n"
    elif cte == "base64":
        raw = t.replace("\n", "\r\n") if crlf else t
        body = b64lines(raw.encode(charset))
    else:  # 7bit / 8bit
        body = t.encode(charset)
        if cte == "7bit":
            body.decode("ascii")
        if not body.endswith(b"\n"):
            body += b"\n"
    ctype = f'text/{subtype}; charset="{charset}"' + params
    return {"headers": [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)], "body": body}


def _param(key, value):
    if all(ord(c) < 128 for c in value):
        return f'{key}="{value}"'
    from urllib.parse import quote
    return f"{key}*=utf-8''{quote(value, safe='')}"


def attachment(filename, data, ctype, inline=False):
    return {"headers": [("Content-Type", f"{ctype};\n {_param('name', filename)}"),
                        ("Content-Description", filename if all(ord(c) < 128 for c in filename) else enc(filename)),
                        ("Content-Disposition", f"{'inline' if inline else 'attachment'};\n {_param('filename', filename)}"),
                        ("Content-Transfer-Encoding", "base64")],
            "body": b64lines(data)}


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def multipart(subtype, parts, boundary, extra=""):
    return {"headers": [("Content-Type", f'multipart/{subtype};\n boundary="{boundary}"' + extra)],
            "parts": parts, "boundary": boundary}


def render_part(p):
    out = b"".join(f"{k}: {v}\n".encode() for k, v in p["headers"]) + b"\n"
    if "parts" in p:
        b = p["boundary"].encode()
        for sub in p["parts"]:
            out += b"--" + b + b"\n" + render_part(sub) + b"\n"
        out += b"--" + b + b"--\n"
    else:
        out += p["body"]
    return out


def message(top_headers, root, crlf):
    head = b"".join(f"{k}: {v}\n".encode() for k, v in top_headers)
    raw = head + render_part(root)
    if crlf:
        assert b"\r" not in raw
        raw = raw.replace(b"\n", b"\r\n")
    return raw


# ----------------------------------------------------------------------------------------------
# Body layouts: a list of blocks -> plain text and Outlook HTML
#   str                         paragraph (lines split on "\n")
#   ("table", rows, header)     table; header=True makes the first row bold
#   ("quote", lines)            Outlook "From:/Sent:/To:/Subject:" separator block
# ----------------------------------------------------------------------------------------------
OUTLOOK_HEAD = (
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
    'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
    '<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n'
    '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
    '@font-face\n\t{{font-family:Aptos;}}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
    '\t{{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}}\n'
    'table.MsoTableGrid\n\t{{border:solid windowtext 1.0pt;}}\n'
    '@page WordSection1\n\t{{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}}\n'
    'div.WordSection1\n\t{{page:WordSection1;}}\n--></style>\n</head>\n'
    '<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
    '<div class="WordSection1">\n')


def _p(line, bold=False):
    if not line.strip():
        return '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
    t = html.escape(line, quote=False)
    if bold:
        t = f"<b>{t}</b>"
    return f'<p class="MsoNormal">{t}<o:p></o:p></p>\n'


def to_html(blocks, charset="utf-8"):
    out = [OUTLOOK_HEAD.format(cs=charset)]
    for b in blocks:
        if isinstance(b, str):
            for line in b.split("\n"):
                out.append(_p(line))
            out.append(_p(""))
        elif b[0] == "table":
            rows, header = b[1], b[2]
            out.append('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
                       'style="border-collapse:collapse;border:none">\n')
            for i, row in enumerate(rows):
                out.append("<tr>\n")
                for cell in row:
                    bold = header and i == 0
                    out.append('<td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">\n')
                    for line in cell.split("\n"):
                        out.append(_p(line, bold))
                    out.append("</td>\n")
                out.append("</tr>\n")
            out.append("</table>\n")
            out.append(_p(""))
        elif b[0] == "quote":
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n')
            for line in b[1]:
                k, _, v = line.partition(":")
                out.append(f'<p class="MsoNormal"><b>{html.escape(k)}:</b>{html.escape(v)}<o:p></o:p></p>\n')
            out.append("</div>\n")
            out.append(_p(""))
    out.append("</div>\n</body>\n</html>\n")
    return "".join(out)


def to_plain(blocks, cell_sep="\t"):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(b + "\n")
        elif b[0] == "table":
            out.append("\n".join(cell_sep.join(c.replace("\n", " ") for c in row) for row in b[1]) + "\n")
        elif b[0] == "quote":
            out.append("\n".join(b[1]) + "\n")
    return "\n".join(out)


# ----------------------------------------------------------------------------------------------
# Documents
# ----------------------------------------------------------------------------------------------
FIXED_DOC_TIME = dt.datetime(2027, 8, 2, 9, 0, 0)


def make_docx(blocks, title, author):
    """blocks: ("h", text) | ("p", text) | ("table", rows, header_bool)."""
    d = docx.Document()
    for b in blocks:
        if b[0] == "h":
            d.add_heading(b[1], level=1)
        elif b[0] == "h2":
            d.add_heading(b[1], level=2)
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    c = t.cell(i, j)
                    c.text = cell
                    if len(b) > 2 and b[2] and i == 0:
                        for run in c.paragraphs[0].runs:
                            run.bold = True
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DOC_TIME
    cp.modified = FIXED_DOC_TIME
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2027, 8, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def _pdf_str(s):
    raw = s.encode("cp1252")
    out = bytearray(b"(")
    for ch in raw:
        if ch in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([ch])
        elif ch < 32 or ch > 126:
            out += b"\\%03o" % ch
        else:
            out.append(ch)
    return bytes(out + b")")


def make_pdf(blocks, title, author):
    """blocks: ("h", text) | ("p", text) | ("table", rows, widths_in_points) | ("gap",)."""
    W, H, L, T, B = 595, 842, 50, 792, 60
    pages, ops, y = [], [], T

    def line(x, yy, text, font="F1", size=10):
        ops.append(b"BT /" + font.encode() + b" %d Tf %d %d Td " % (size, x, yy) + _pdf_str(text) + b" Tj ET")

    def need(h):
        nonlocal ops, y
        if y - h < B:
            pages.append(ops)
            ops, y = [], T

    for b in blocks:
        if b[0] == "h":
            need(22)
            line(L, y, b[1], "F2", 13)
            y -= 22
        elif b[0] == "p":
            for ln in textwrap.wrap(b[1], 98, break_on_hyphens=False, break_long_words=False) or [""]:
                need(13)
                line(L, y, ln)
                y -= 13
            y -= 4
        elif b[0] == "gap":
            y -= 8
        elif b[0] == "table":
            rows, widths = b[1], b[2]
            for i, row in enumerate(rows):
                wrapped = [textwrap.wrap(c, max(8, int(w / 5.3)), break_on_hyphens=False,
                                         break_long_words=False) or [""] for c, w in zip(row, widths)]
                h = 13 * max(len(w) for w in wrapped) + 4
                need(h)
                x = L
                for cell_lines, w in zip(wrapped, widths):
                    for k, ln in enumerate(cell_lines):
                        line(x + 3, y - 10 - 13 * k, ln, "F2" if i == 0 else "F1", 10)
                    x += w
                ops.append(b"0.5 w %d %d m %d %d l S" % (L, y + 2, L + sum(widths), y + 2))
                y -= h
            ops.append(b"0.5 w %d %d m %d %d l S" % (L, y + 2, L + sum(widths), y + 2))
            y -= 10
    pages.append(ops)

    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = (b"<< /Title " + _pdf_str(title) + b" /Author " + _pdf_str(author) +
               b" /Producer (Microsoft\\256 Word for Microsoft 365) /CreationDate (D:20270802090000+01'00') >>")
    kids = []
    n = 6
    for p in pages:
        stream = b"\n".join(p)
        objs[n + 1] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
        objs[n] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> "
                   b"/Contents %d 0 R >>" % (W, H, n + 1))
        kids.append(n)
        n += 2
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i in sorted(objs):
        offsets[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    size = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for i in range(1, size):
        out += b"%010d 00000 n \n" % offsets[i]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    return bytes(out)


# ----------------------------------------------------------------------------------------------
# Whole messages in the styles of common clients
# ----------------------------------------------------------------------------------------------
KNOWSLEY_DISC = ("This e-mail and any attachments are confidential and intended solely for the addressee. If you "
                 "have received it in error please tell the sender and delete it. Knowsley Council may monitor "
                 "email traffic to and from its systems.")
RW_DISC = ("This email and any files transmitted with it are confidential and intended solely for the use of the "
           "individual or entity to whom they are addressed. Richmond and Wandsworth Councils share a staffing "
           "arrangement; emails may be monitored for lawful business purposes.")
TH_DISC = ("London Borough of Tower Hamlets: this email and any attachments are confidential and may be legally "
           "privileged. If you are not the intended recipient please notify the sender and delete it.")
TORBAY_DISC = ("Torbay Council - this email and its attachments are intended for the addressee only and may contain "
               "confidential information. Please do not forward it without the sender's permission.")
HEREF_DISC = ("Herefordshire Council: any opinions expressed in this email are those of the individual and not "
              "necessarily of the council. This email and any files sent with it are confidential.")


def outlook(file, *, frm, to, subject, date, blocks, cc=(), attachments=(), html_only=False, charset="utf-8",
            cte="quoted-printable", plain_only=False, in_reply_to=None, extra=(), thread_topic=None):
    host, mid, tindex, received = outlook_ids(file, date)
    hdrs = [("Received", r) for r in received]
    hdrs += [("From", addr(*frm)), ("To", addrs(to))]
    if cc:
        hdrs.append(("CC", addrs(cc)))
    topic = thread_topic or re.sub(r"^(RE|FW|Re|Fw): ", "", subject)
    hdrs += [("Subject", enc(subject)), ("Thread-Topic", enc(topic)), ("Thread-Index", tindex),
             ("Date", email.utils.format_datetime(date)), ("Message-ID", mid)]
    if in_reply_to:
        hdrs += [("In-Reply-To", in_reply_to), ("References", in_reply_to)]
    hdrs += [("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
             ("X-MS-Has-Attach", "yes" if attachments else ""), ("X-MS-TNEF-Correlator", "")]
    hdrs += list(extra)
    hdrs += [("x-ms-exchange-organization-authas", "Internal"), ("MIME-Version", "1.0")]
    b_alt = f"_000_{hx(file + 'alt', 36)}GBRP265PRODOUTLOOKCOM_"
    b_mix = f"_004_{hx(file + 'mix', 36)}GBRP265PRODOUTLOOKCOM_"
    if plain_only:
        body = text_part(to_plain(blocks), "plain", charset, cte, crlf=True)
    elif html_only:
        body = text_part(to_html(blocks, charset), "html", charset, cte, crlf=True)
    else:
        body = multipart("alternative", [text_part(to_plain(blocks), "plain", charset, cte, crlf=True),
                                         text_part(to_html(blocks, charset), "html", charset, cte, crlf=True)], b_alt)
    root = multipart("mixed", [body] + list(attachments), b_mix) if attachments else body
    return message(hdrs, root, crlf=True)


def simple(file, *, frm, to, subject, date, text, cc=(), attachments=(), charset="utf-8", cte="quoted-printable",
           mailer=None, msgid=None, in_reply_to=None, crlf=False, flowed=False, extra=(), boundary=None):
    """Phone / webmail / Thunderbird style: a single text/plain part, maybe with attachments."""
    hdrs = [("From", addr(*frm)), ("To", addrs(to))]
    if cc:
        hdrs.append(("Cc", addrs(cc)))
    hdrs += [("Subject", enc(subject)), ("Date", email.utils.format_datetime(date)),
             ("Message-ID", msgid or f"<{hx(file + 'm', 8)}-{hx(file + 'n', 4)}-{hx(file + 'o', 4)}-{hx(file + 'p', 12)}@{frm[1].split('@')[1]}>")]
    if in_reply_to:
        hdrs += [("In-Reply-To", in_reply_to), ("References", in_reply_to)]
    if mailer:
        hdrs.append(("X-Mailer", mailer))
    hdrs += list(extra)
    hdrs.append(("MIME-Version", "1.0"))
    tp = text_part(text, "plain", charset, cte, params="; format=flowed" if flowed else "", crlf=crlf)
    if attachments:
        root = multipart("mixed", [tp] + list(attachments), boundary or f"----=_Part_{int(hx(file, 6), 16)}_{int(hx(file + 'b', 8), 16)}")
    else:
        root = tp
    return message(hdrs, root, crlf=crlf)


def ical_reply(*, uid, summary, start, end, attendee, attendee_name, organizer, organizer_name, partstat,
               comment=None, prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", stamp):
    lines = ["BEGIN:VCALENDAR", "METHOD:REPLY", f"PRODID:{prodid}", "VERSION:2.0",
             "BEGIN:VTIMEZONE", "TZID:Europe/London", "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
             "TZNAME:BST", "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
             "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT", "DTSTART:19701025T020000",
             "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE",
             "BEGIN:VEVENT",
             f"ATTENDEE;PARTSTAT={partstat};CN={attendee_name}:mailto:{attendee}",
             f"ORGANIZER;CN={organizer_name}:mailto:{organizer}",
             f"UID:{uid}", f"SUMMARY:{summary}",
             f"DTSTART;TZID=Europe/London:{start}", f"DTEND;TZID=Europe/London:{end}",
             f"DTSTAMP:{stamp}", "SEQUENCE:0"]
    if comment:
        lines.append(f"COMMENT:{comment}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


def quote_ack(lines, prefix=""):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in lines)


MESSAGES = []


def msg(fn):
    MESSAGES.append(fn)
    return fn


def d(y, m, day, hh, mm, ss=0):
    return dt.datetime(y, m, day, hh, mm, ss, tzinfo=BST)


def E(kind, next_action, *, urgent=False, level=None, case_ids=(), children=(), concerns=(), consent=None,
      manager=None, missing=(), notice_ok=None):
    return {"kind": kind, "urgent": urgent, "level": level, "case_ids": list(case_ids),
            "children": [{"name": n, "dob": b} for n, b in children], "concerns": sorted(concerns),
            "consent": consent, "manager_agreed": manager, "missing": sorted(missing), "notice_ok": notice_ok,
            "next_action": next_action}


def rec(file, authority, mailbox, category, date, now_min, raw, expect, why, meeting=None, decoys=()):
    return {"file": file, "authority": authority, "mailbox": mailbox, "category": category, "date": date,
            "now": date + dt.timedelta(minutes=now_min), "raw": raw, "expect": expect, "why": why,
            "meeting": meeting, "decoys": list(decoys)}


KMASH = ("Knowsley MASH", "knowsleymash@knowsley.gov.uk")
KMASHBS = ("MASH Business Support", "Mash.Businesssupport@knowsley.gov.uk")
KFF = ("Family First 0-18 Duty Mailbox", "FamilyFirst0-18DutyMailbox@knowsley.gov.uk")


# ============================================================================================
# KNOWSLEY
# ============================================================================================
@msg
def knowsley_01():
    f = "knowsley_01.eml"
    date = d(2027, 8, 24, 10, 12, 41)
    blocks = [
        "Morning MASH,",
        "Please find attached step up request for Lacey-Mae O'Hanlon (DOB 3rd Feb 2024) and her half brother "
        "Tommy McArdle (DOB 14.06.2016), EHM-61873. Both have been open to me at L3 since March.",
        "The step up TAF meeting is booked for Wednesday 1st September 2027 at 10:00 on Teams - invite has gone to "
        "knowsleymash and MASH business support and I've invited the current TAF members (Longview Nursery, "
        "Cronton Park Primary and the HV).",
        "Main worry is neglect. Lacey has been coming into nursery in the same clothes most of the week with bad "
        "nappy rash, and Tommy has had head lice for 6 wks that havent been treated despite us giving mum the "
        "lotion twice. Home conditions have gone backwards over the summer - dog mess in the kitchen on my last "
        "2 visits and no food in the fridge on 19/08. GCP2 completed with mum on 19/08/2027 (summary attached), "
        "level 4 for physical care and for safety.",
        "No DV concerns - mum separated from Tommy's dad in 2023 and there's been no contact since.",
        "Mum (Kerry-Ann O'Hanlon) knows about the step up. She wasn't happy but she's aware. She is also 28 wks "
        "pregnant (EDD 04/11/2027), which is part of why we want CSC oversight now.",
        "My TM Gemma has agreed the step up - see her reply below.",
        "Attached:\n- FF Step Up request to CSC - O'Hanlon.docx\n- GCP2 summary O'Hanlon 19.08.27.pdf\n"
        "- TAF minutes 11.08.27.docx",
        "Thanks\nCarla",
        "Carla O'Neill | Family First Case Manager (L3) | Huyton Team\nKnowsley Council | 0151 496 0312",
        ("quote", ["From: Rourke, Gemma <Gemma.Rourke@knowsley.gov.uk>", "Sent: 23 August 2027 16:48",
                   "To: O'Neill, Carla <Carla.ONeill@knowsley.gov.uk>", "Subject: RE: O'Hanlon step up"]),
        "Hi Carla, yes I agree with the step up - we've done all we can at L3 and the GCP2 speaks for itself. Go "
        "ahead and send it to MASH and get the invite out for the Wednesday after the bank hol.\nGemma",
        "Gemma Rourke | Team Manager | Family First 0-18 (Huyton)",
        ("quote", ["From: O'Neill, Carla <Carla.ONeill@knowsley.gov.uk>", "Sent: 23 August 2027 15:20",
                   "To: Rourke, Gemma <Gemma.Rourke@knowsley.gov.uk>", "Subject: O'Hanlon step up"]),
        "Gemma - are you ok for me to step up Lacey-Mae and Tommy? GCP2 done, scores attached. TAF proposed for "
        "1/9 (Weds). C",
        KNOWSLEY_DISC,
    ]
    form = make_docx([
        ("h", "FF Step Up request to CSC"),
        ("table", [["Case ID on EHM:", "EHM-61873"],
                   ["Has this family recently closed to Children's Social Care?:", "No"],
                   ["Date of step up TAF meeting:", "Wednesday 01/09/2027 10:00 (Microsoft Teams)"],
                   ["Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
                    "Medium - mum lets us in but does not follow through on agreed actions"],
                   ["Recent TAF meeting minutes attached:", "Yes - TAF 11/08/2027"]]),
        ("table", [["Child", "DOB", "Setting"],
                   ["Lacey-Mae O'Hanlon", "03/02/2024", "Longview Nursery"],
                   ["Tommy McArdle", "14/06/2016", "Cronton Park Primary (Y6)"]], True),
        ("h2", "What are we worried about?"),
        ("table", [["Current Concerns (Impact on child)", "Past Harm", "Complicating Factors"],
                   ["Neglect: home conditions poor (dog mess, no food 19/08), Lacey-Mae's nappy rash untreated, "
                    "Tommy's head lice untreated for 6 weeks.",
                    "CIN 2021-2022 under neglect, closed May 2022.",
                    "Mum pregnant (EDD 04/11/2027). Limited family support."]], True),
        ("h2", "What is working well?"),
        ("table", [["Existing Strengths", "Existing Safety"],
                   ["Mum loves the children and they are attached to her. Tommy's attendance was 96% last year.",
                    "Maternal nan has the children for tea twice a week."]], True),
        ("h2", "What next?"),
        ("table", [["Goals", "Next Steps"],
                   ["Home safe and clean; children's health needs met.",
                    "Step up for C&F assessment. HV to do a joint visit with CSC."]], True),
        ("table", [["Engaging Families Toolkit - Signs of Well-being Family Engagement Risk Assessment Tool.", "N/A"],
                   ["Graded Care profile (If neglect should be completed).", "Yes - completed 19/08/2027, summary attached"],
                   ["Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"]]),
        ("p", "Up to date police information if applicable: none."),
        ("p", "Agreement by line manager: Gemma Rourke (Team Manager) 23/08/2027"),
        ("p", "Contingency plan (Smart and timely): if not stepped up, weekly visits and a GCP2 review in 4 weeks."),
    ], "FF Step Up request to CSC", "Carla O'Neill")
    gcp2 = make_pdf([
        ("h", "Graded Care Profile 2 (GCP2) - Summary of Grades"),
        ("p", "Family: O'Hanlon / McArdle    EHM-61873    Date completed: 19/08/2027"),
        ("p", "Completed by Carla O'Neill (Family First Case Manager) with Kerry-Ann O'Hanlon (mum)."),
        ("table", [["Area", "Grade (1-5)", "Comment"],
                   ["Physical care (nutrition, housing, clothing, hygiene)", "4", "No food in the home on 19/08; clothing not washed"],
                   ["Care of safety", "4", "Dog mess in the kitchen; stair gate broken"],
                   ["Love and care", "2", "Warm and affectionate with both children"],
                   ["Stimulation and education", "3", "Lacey-Mae's nursery attendance is good"]], [190, 80, 225]),
        ("p", "Overall: care is at grade 4 in two areas. Threshold for statutory assessment to be considered."),
    ], "GCP2 summary", "Carla O'Neill")
    taf = make_docx([
        ("h", "TAF meeting minutes - 11/08/2027"),
        ("p", "Family: O'Hanlon / McArdle (EHM-61873). Venue: Huyton Family Hub."),
        ("table", [["Present", "Role"], ["Kerry-Ann O'Hanlon", "Mum"], ["Carla O'Neill", "Family First Case Manager (chair)"],
                   ["Jo Kenwright", "Longview Nursery"], ["Rachel Jenkins", "Health Visitor"]], True),
        ("p", "Discussion: the home was cluttered and dirty on the last visit. Lacey-Mae has had nappy rash for two "
              "weeks. Tommy's head lice are still not treated. Mum said she is tired with the pregnancy."),
        ("p", "Actions: mum to use the lotion this week (Carla to check); nursery to send spare clothes home; HV to "
              "visit 18/08; GCP2 to be completed with mum by 20/08."),
    ], "TAF minutes", "Carla O'Neill")
    raw = outlook(f, frm=("O'Neill, Carla", "Carla.ONeill@knowsley.gov.uk"), to=[KMASH], cc=[KMASHBS],
                  subject="Step up request - Lacey-Mae O'Hanlon & Tommy McArdle - EHM-61873 - TAF Wed 1st Sept",
                  date=date, blocks=blocks,
                  attachments=[attachment("FF Step Up request to CSC - O'Hanlon.docx", form, DOCX),
                               attachment("GCP2 summary O'Hanlon 19.08.27.pdf", gcp2, "application/pdf"),
                               attachment("TAF minutes 11.08.27.docx", taf, DOCX)])
    return rec(f, "knowsley", "mash_step_up", "ordinary", date, 8, raw,
               E("step_up", "book_meeting", case_ids=["EHM-61873"],
                 children=[("Lacey-Mae O'Hanlon", "2024-02-03"), ("Tommy McArdle", "2016-06-14")],
                 concerns=["neglect"], consent=None, manager=True, missing=[], notice_ok=True),
               "Complete Knowsley step-up for neglect (Appendix 1 form .docx, GCP2 PDF, TAF minutes .docx); TM "
               "agreement only in the quoted Outlook reply; half-siblings with different surnames (O'Hanlon / "
               "McArdle), 'Lacey' used as a short name later; DOBs '3rd Feb 2024' and '14.06.2016'; unborn baby "
               "(EDD) is not a child; 'No DV concerns' negated; Tommy's 96% attendance is a strength; mum 'aware' "
               "is not consent. Notice: Tue 24 Aug -> Wed 1 Sep 2027 is exactly 5 WD across the Summer bank "
               "holiday (30 Aug), so ok.",
               meeting=dt.date(2027, 9, 1))


@msg
def knowsley_02():
    f = "knowsley_02.eml"
    date = d(2027, 8, 25, 14, 40, 7)
    text = """Hi all

Step up request for Kacper Zieliński (d.o.b 03/02/13) and his sister Oliwia Zielińska (d.o.b 22/09/2016). Case ID on EHM: 61402. Mum is Agnieszka Zielińska, dad not involved.

Step up TAF booked for Wed 1/9/27 at 1.30pm on Teams, invite sent to MASH + MASH BS. I know its tight with the bank hol but it was the only date school could do (inset day).

Main issue is non engagement. Mum has cancelled or not been in for 7 of the last 9 planned home visits and hasnt come to a TAF since May. Engaging Families toolkit done with my TM on 20/08 - scoring attached, it puts engagement as low. Kacper's attendance last year was 71% (Oliwia 97%) and school are really worried about him going back in Sept.

Mum has been told about the step up - she said "do what you want", I wouldnt take that as consent tbh.

TAF mins from 12/07 attached. Form pasted below as I cant get the template to save properly on my phone.

FF STEP UP REQUEST TO CSC
Case ID on EHM: 61402
Has this family recently closed to Children's Social Care?: No
Date of step up TAF meeting: 01/09/2027 13:30 (Teams)
Level of Engagement: Low - Engaging Families Toolkit followed, see attached
Recent TAF meeting minutes attached: Yes (12/07/2027)
What are we worried about?
Current concerns: Mum not engaging with the plan or the TAF. Kacper's school attendance (71%), he is out late and sleeps in.
Past harm: none known.
Complicating factors: language - mum prefers Polish, interpreter booked for visits.
What is working well?
Existing strengths: Oliwia is doing well at school. Home conditions are good - no neglect concerns.
Existing safety: maternal aunt (Marta) visits weekly.
What next?
Goals: Kacper back in school full time; mum attending TAFs.
Next steps: step up for C&F assessment; attendance officer home visit in first week of term.
Graded Care Profile: N/A
Merseyside Exploitation Assessment: N/A
Agreement by line manager: yes - see below
Contingency plan: if not stepped up, fortnightly TAF and attendance panel referral.

Thanks
Dan

Dan Hesketh
Family First Case Manager | Kirkby Team | Knowsley Council
Management oversight: step up discussed and agreed by TM Paul Ennis 24/08/2027
M: 07700 900317

Sent from my Galaxy
"""
    ef = make_pdf([
        ("h", "Engaging Families Toolkit - Signs of Well-being Family Engagement Risk Assessment"),
        ("p", "Family: Zielinski (Case ID on EHM: 61402)    Completed: 20/08/2027 by Dan Hesketh with Paul Ennis (TM)"),
        ("table", [["Indicator", "Score", "Evidence"],
                   ["Keeps planned appointments", "1", "7 of the last 9 home visits cancelled or no answer"],
                   ["Attends TAF meetings", "1", "None attended since May 2027"],
                   ["Follows through on agreed actions", "2", "Attendance actions not completed"],
                   ["Openness with practitioners", "2", "Polite on the phone, avoids visits"]], [170, 50, 275]),
        ("p", "Overall engagement: LOW. What this tells us: mum is not engaging with the Early Help plan and the "
              "children's needs (Kacper's attendance) are not being met at level 3."),
    ], "Engaging Families Toolkit", "Dan Hesketh")
    taf = make_docx([
        ("h", "TAF meeting minutes 12/07/2027"),
        ("p", "Family: Zieliński (Case ID on EHM: 61402). Mum did not attend (no answer to calls)."),
        ("table", [["Present", "Role"], ["Dan Hesketh", "FF Case Manager (chair)"],
                   ["Ms Grace Tyrer", "Attendance Officer, All Saints Catholic High"],
                   ["Mrs Beth Lunt", "Class teacher, Northwood Primary"]], True),
        ("p", "Kacper's attendance 71% for the year. Oliwia's attendance 97%. School have sent three letters home. "
              "Actions: Dan to visit with interpreter; school to offer a part-time timetable."),
    ], "TAF minutes", "Dan Hesketh")
    raw = simple(f, frm=("Dan Hesketh", "Dan.Hesketh@knowsley.gov.uk"), to=[KMASH], cc=[KMASHBS],
                 subject="STEP UP - Zieliński children - Case ID on EHM: 61402", date=date, text=text,
                 cte="base64", crlf=True, mailer="Samsung Email (Android)",
                 attachments=[attachment("Engaging Families Toolkit - Zielinski 20.08.27.pdf", ef, "application/pdf"),
                              attachment("TAF mins 12.07.27.docx", taf, DOCX)])
    return rec(f, "knowsley", "mash_step_up", "ordinary", date, 6, raw,
               E("step_up", "request_info", case_ids=["61402"],
                 children=[("Kacper Zieliński", "2013-02-03"), ("Oliwia Zielińska", "2016-09-22")],
                 concerns=["non_engagement", "school_attendance"], consent=None, manager=True, missing=[],
                 notice_ok=False),
               "Base64 UTF-8 phone mail with the Appendix 1 form pasted under its own heading (step_up_form met), "
               "Engaging Families toolkit PDF (non_engagement) and TAF minutes .docx; Polish siblings whose surnames "
               "differ by sex (Zieliński / Zielińska); case id written 'Case ID on EHM: 61402' so the id is "
               "'61402'; TM agreement only in the signature block; 'do what you want' is not consent; 'no neglect "
               "concerns' negated. Notice: Wed 25 Aug -> Wed 1 Sep 2027 is 4 WD because of the Summer bank holiday "
               "(a plain weekday count gives 5), so not ok and request_info.",
               meeting=dt.date(2027, 9, 1))


@msg
def knowsley_03():
    f = "knowsley_03.eml"
    date = d(2027, 9, 2, 11, 31, 18)
    blocks = [
        "MASH,",
        "Forwarding as agreed in supervision - step up request for Dylan McGovern-Byrne (known as DJ), d.o.b "
        "9/11/2011, EHM-61277. The other families in Siân's email below are NOT part of this request (they're my "
        "supervision actions), please ignore those.",
        "Step up TAF: Wednesday 15th September 2027, 10am, Teams. Invite sent to you and MASH BS.",
        "Why now: DJ has been missing from home 3 times in the last fortnight (24/08, 28/08 and 31/08), each time "
        "overnight, and came back by himself the next morning with new trainers and a phone mum didn't buy. Police "
        "have him flagged as linked to a county line running out of Stockbridge Village. He has been home and in "
        "every night since, mum is doing the curfew and there's a safety plan with police, so no immediate risk "
        "today, but this is beyond L3 now.",
        "The Merseyside Exploitation Assessment is with our CE lead to check over - Ill send it accross next week. No previous SW involvement. "
        "Step up form and the TAF minutes (26/08) are attached.",
        "No concerns around mum's MH or substance use - she's been brilliant with DJ tbh.",
        "Chidi",
        "Chidi Okafor | Family First Case Manager | Kirkby Team | 0151 496 0655",
        ("quote", ["From: Evans, Siân <Sian.Evans@knowsley.gov.uk>", "Sent: 01 September 2027 17:02",
                   "To: Okafor, Chidi <Chidi.Okafor@knowsley.gov.uk>", "Subject: supervision actions 01/09"]),
        "Chidi - actions from today:\n"
        "1. EHM-60877 (Doyle) - close to universal, closure summary by Fri.\n"
        "2. EHM-61190 (Kerr) - TAF review next wk, chase school re Lily's attendance.\n"
        "3. EHM-61277 (McGovern-Byrne) - I agree the step up, DJ's risk is escalating. Send to MASH with the form "
        "and minutes, and get the MEA to me.\nSiân",
        "Siân Evans | Team Manager | Family First 0-18 (Kirkby)",
        KNOWSLEY_DISC,
    ]
    form = make_docx([
        ("h", "FF Step Up request to CSC"),
        ("table", [["Case ID on EHM:", "EHM-61277"],
                   ["Has this family recently closed to Children's Social Care?:", "No"],
                   ["Date of step up TAF meeting:", "15/09/2027 10:00"],
                   ["Level of Engagement:", "High - mum and DJ engage"],
                   ["Recent TAF meeting minutes attached:", "Yes (26/08/2027)"]]),
        ("table", [["Child", "DOB"], ["Dylan McGovern-Byrne (DJ)", "09/11/2011"]], True),
        ("h2", "What are we worried about?"),
        ("p", "Current concerns: three overnight missing episodes in August; new items he cannot explain; police "
              "intelligence links him to county lines (child criminal exploitation)."),
        ("h2", "What is working well?"),
        ("p", "Mum is protective, reports every missing episode and is keeping to the safety plan. DJ still goes to "
              "boxing club."),
        ("h2", "What next?"),
        ("p", "Step up for C&F assessment and a strategy discussion about exploitation."),
        ("table", [["Graded Care profile (If neglect should be completed).", "N/A"],
                   ["Merseyside Exploitation Assessment - CE/CSE concern.", "Being checked by the CE lead - to follow"],
                   ["Agreement by line manager:", "Siân Evans, TM, 01/09/2027"]]),
    ], "FF Step Up request to CSC", "Chidi Okafor")
    taf = make_pdf([
        ("h", "TAF meeting minutes - 26/08/2027"),
        ("p", "Young person: Dylan (DJ) McGovern-Byrne    EHM-61277    Chair: Chidi Okafor (FF)"),
        ("p", "Present: mum (Niamh McGovern), DJ (part), PC Lee Rimmer (Missing from Home officer), youth worker."),
        ("p", "Two overnight missing episodes (24/08 and the weekend before). DJ would not say where he had been. "
              "Police believe he is being used to carry drugs. Safety plan agreed: curfew 9pm, mum to report "
              "missing after 30 minutes, youth worker to see DJ twice a week."),
    ], "TAF minutes", "Chidi Okafor")
    raw = outlook(f, frm=("Okafor, Chidi", "Chidi.Okafor@knowsley.gov.uk"), to=[KMASH], cc=[KMASHBS],
                  subject="FW: step up - DJ McGovern-Byrne EHM-61277", date=date, blocks=blocks,
                  attachments=[attachment("Step up form - McGovern-Byrne.docx", form, DOCX),
                               attachment("TAF minutes 26.08.27.pdf", taf, "application/pdf")])
    return rec(f, "knowsley", "mash_step_up", "near_miss", date, 9, raw,
               E("step_up", "request_info", case_ids=["EHM-61277"],
                 children=[("Dylan McGovern-Byrne", "2011-11-09")], concerns=["exploitation", "missing"],
                 consent=None, manager=True, missing=["exploitation_assessment"], notice_ok=True),
               "Forwarded supervision chain carrying two other families' EHM ids (EHM-60877 Doyle, EHM-61190 Kerr, "
               "'Lily's attendance') that are not this request's; TM agreement only in the quoted supervision note; "
               "'Dylan ... (known as DJ)' then DJ throughout; exploitation + current missing episodes, but home "
               "every night with a safety plan ('no immediate risk today'), so not urgent; 'no concerns around "
               "mum's MH or substance use' negated; Merseyside Exploitation Assessment promised, so missing. "
               "Notice Thu 2 Sep -> Wed 15 Sep = 9 WD.",
               meeting=dt.date(2027, 9, 15), decoys=["EHM-60877", "EHM-61190"])


@msg
def knowsley_04():
    f = "knowsley_04.eml"
    date = d(2027, 8, 27, 9, 20, 33)
    blocks = [
        "Hi FF Duty,",
        "I'm letting you know of my intention to step Ffion down from Child in Need to Level 2 Early Help with "
        "her school. All the details are in the tables below.",
        ("table", [["Child", "Ffion Pritchard-Evans"],
                   ["DOB", "22nd May 2014"],
                   ["ICS ID", "1287734"],
                   ["Step down to", "Level 2 (school-led Early Help)"],
                   ["Final CIN meeting", "Monday 6th September 2027, 2.00pm"],
                   ["Venue", "Halewood Academy, Baileys Lane, Halewood - pastoral meeting room"],
                   ["Lead Practitioner", "Bethan Lloyd, Pastoral Manager, Halewood Academy (has agreed to take on the LP role)"],
                   ["Consent", "Mum (Carys Pritchard) agrees with the step down"]], False),
        ("table", [["What are we worried about?",
                    "Ffion is a young carer for mum, who has MS and has had two relapses this year. Ffion does most "
                    "of the cooking and shopping and misses school when mum has a bad week - her attendance was 88% "
                    "last year."],
                   ["What's working well?",
                    "Mum's MS nurse now visits fortnightly and a care package starts in September. Ffion has joined "
                    "Knowsley Young Carers and loves the Tuesday group. Home is warm and well kept and there are no "
                    "concerns about mum's parenting."],
                   ["What needs to happen?",
                    "School to complete the EHA and hold a TAF within 6 weeks; young carer's assessment to be "
                    "reviewed; Mrs Lloyd to monitor attendance weekly."]], False),
        "Diolch / thanks,",
        "Leanne",
        "Leanne Ashcroft\nSocial Worker | Child in Need Team (Halewood)\nKnowsley Children's Social Care | 0151 496 0791",
        KNOWSLEY_DISC,
    ]
    raw = outlook(f, frm=("Ashcroft, Leanne", "Leanne.Ashcroft@knowsley.gov.uk"), to=[KFF],
                  subject="Step down to Level 2 - Ffion Pritchard-Evans - final CIN 06/09", date=date,
                  blocks=blocks, html_only=True)
    return rec(f, "knowsley", "early_help_duty", "ordinary", date, 11, raw,
               E("step_down", "book_meeting", level=2, case_ids=["1287734"],
                 children=[("Ffion Pritchard-Evans", "2014-05-22")], concerns=["school_attendance", "young_carer"],
                 consent=True, manager=None, missing=[], notice_ok=True),
               "HTML-only Outlook Level 2 step-down whose facts are all in two tables: date, time and venue, the "
               "named Lead Practitioner with agency, and all three Signs of Safety headings; Welsh name; ICS id "
               "written with the label in its own cell ('ICS ID' | '1287734'); mum's MS is not a concern id (the "
               "child caring for her is young_carer); 'no concerns about mum's parenting' negated. Notice: Fri 27 "
               "Aug -> Mon 6 Sep 2027 is exactly 5 WD across the Summer bank holiday, so ok.",
               meeting=dt.date(2027, 9, 6))


@msg
def knowsley_05():
    f = "knowsley_05.eml"
    date = d(2027, 9, 7, 16, 50, 2)
    blocks = [
        "Hi FF Duty,",
        "I’m planning to step Riley-Jay Hughes (DOB: 2016-03-30) and his half sister Skye Maguire (DOB: "
        "05/01/2021) down to Family First when I close my C&F assessment. Same mum (Toni Maguire), different dads. "
        "ICS-1279050 is Riley-Jay’s episode, Skye is linked to it.",
        "Joint home visit with a FF case manager – Tuesday 14th Sept at 10.30am, at the family home, 12 Pinfold "
        "Close, Huyton.",
        "What are we worried about?\nMum’s mental health – she was diagnosed with depression in the spring and is "
        "on the waiting list for talking therapies. On bad days she struggles to get up and Nan steps in. "
        "Riley-Jay has told me he worries about mum.",
        "What’s working well?\nHome conditions are much improved – no neglect concerns now. Mum has been in for "
        "every visit and took Skye to all her health appointments. Nan (Pat Hughes) lives two doors away and is "
        "there every day.",
        "What needs to happen?\nFF to support mum with routines and getting to her GP reviews; school to keep the "
        "nurture group going for Riley-Jay; mum to start talking therapy when offered.",
        "Other info: there was DV from Riley-Jay’s dad – he has been in prison since 2025 and there’s been no "
        "contact since. Mum is 24 weeks pregnant (EDD 19/12/2027).",
        "Consent – I haven’t formally asked mum about Family First yet, I’ll talk it through with her at my visit "
        "on Thursday and let you know.",
        "My TM Mark Unsworth is aware.",
        "Thanks\nJodie",
        "Jodie Birchall | Social Worker | Assessment Team (Huyton) | 0151 496 0833",
        KNOWSLEY_DISC,
    ]
    raw = outlook(f, frm=("Birchall, Jodie", "Jodie.Birchall@knowsley.gov.uk"), to=[KFF],
                  subject="Step down to Family First – Hughes/Maguire – ICS-1279050", date=date, blocks=blocks,
                  charset="windows-1252")
    return rec(f, "knowsley", "early_help_duty", "ordinary", date, 7, raw,
               E("step_down", "request_info", level=None, case_ids=["ICS-1279050"],
                 children=[("Riley-Jay Hughes", "2016-03-30"), ("Skye Maguire", "2021-01-05")],
                 concerns=["parental_mental_health"], consent=None, manager=None, missing=["consent"],
                 notice_ok=True),
               "windows-1252 quoted-printable Outlook step-down with no level stated (level null, treated as level 3 "
               "so consent is required); consent 'not formally asked yet ... will talk it through' is null, so "
               "missing; half-siblings Hughes / Maguire; Nan 'Pat Hughes' and mum are adults; unborn baby (EDD) is "
               "not a child; historic DV (father in prison since 2025) and 'no neglect concerns now' excluded; "
               "'TM aware' is not agreement. Joint home visit at the family home: Tue 7 Sep -> Tue 14 Sep = 5 WD, ok.",
               meeting=dt.date(2027, 9, 14))


@msg
def knowsley_06():
    f = "knowsley_06.eml"
    date = d(2027, 8, 27, 12, 5, 40)
    blocks = [
        "Hiya",
        "TAF minutes from 18/08 attached for Jaxon Doherty (EHM-61555) - sorry, I thought they'd been recieved first "
        "time!",
        "Lisa",
        "Lisa Cartwright | Family First Case Manager | Knowsley Council | 0151 496 0418",
        ("quote", ["From: Knowsley MASH <knowsleymash@knowsley.gov.uk>", "Sent: 26 August 2027 15:12",
                   "To: Cartwright, Lisa <Lisa.Cartwright@knowsley.gov.uk>",
                   "Subject: [SB-knowsley-41] Step-up request received - information needed"]),
        "Thank you for your step-up request. Your reference is SB-knowsley-41 - please keep it in the subject line "
        "of any reply.",
        "Still needed:\n- the minutes of the most recent TAF meeting, attached",
        "Please reply to this email with the missing item. The step-up TAF meeting cannot go ahead until the "
        "request is complete.",
        "Knowsley MASH (automated message)",
        KNOWSLEY_DISC,
    ]
    mins = make_pdf([
        ("h", "Team Around the Family - meeting minutes"),
        ("p", "Date: 18/08/2027    Venue: Prescot Family Hub    Chair: Lisa Cartwright (Family First)"),
        ("p", "Child: Jaxon Doherty    EHM-61555"),
        ("table", [["Present", "Role"], ["Shannon Doherty", "Mum"], ["Lisa Cartwright", "FF Case Manager"],
                   ["Mr Paul Rigby", "Pastoral lead, Prescot Primary"]], [200, 295]),
        ("p", "Worries: Jaxon's attendance was 76% in the summer term. School report that mum was under the influence "
              "of alcohol at pick-up on 07/07 and 14/07."),
        ("p", "Working well: Jaxon is close to his nan and enjoys football club."),
        ("p", "Actions: Lisa to discuss a step up with her TM; school to send weekly attendance to Lisa; mum to see "
              "her GP about her drinking."),
    ], "TAF minutes", "Lisa Cartwright")
    raw = outlook(f, frm=("Cartwright, Lisa", "Lisa.Cartwright@knowsley.gov.uk"), to=[KMASH],
                  subject="RE: [SB-knowsley-41] Step-up request received - information needed", date=date,
                  blocks=blocks, in_reply_to="<SB-knowsley-41.ack.20270826151200@knowsley.gov.uk>",
                  attachments=[attachment("TAF minutes 18.08.27 Doherty.pdf", mins, "application/pdf")])
    return rec(f, "knowsley", "mash_step_up", "ordinary", date, 5, raw,
               E("follow_up", "attach_to_request", case_ids=["EHM-61555"], children=[("Jaxon Doherty", None)],
                 concerns=["school_attendance", "substance_misuse"], consent=None, manager=None, missing=[],
                 notice_ok=None),
               "Follow-up to [SB-knowsley-41] supplying exactly one missing item (TAF minutes PDF); the quoted "
               "acknowledgement's 'Still needed' list is stepbot's own text; the minutes name the worries "
               "(attendance 76%, mum drinking at pick-up), labelled as current concerns.")


@msg
def knowsley_07():
    f = "knowsley_07.eml"
    date = d(2027, 9, 8, 11, 5, 12)
    blocks = [
        "Hi MASH",
        "Step up for Nevaeh Kavanagh-Boyle (d.o.b. 17/4/2019) and Brodie Kavanagh-Boyle (d.o.b. 02-12-2022), "
        "EHM-61920. Step up form and TAF mins attached, TAF booked Wed 15/09 10am on teams (invite sent to you "
        "and MASH BS). My TM Lorraine Cottier has agreed this, shes cc'd.",
        "Background - DV between mum and dad (Shane Boyle) going back 2 yrs, 3 police call outs this year, mum has "
        "been going to the Freedom Programme and things had settled.",
        "BUT mum rang me at 9.40 this morning. Shane came round last night, put his hands round her neck in front "
        "of the kids and told her hed be back tonight to \"finish it\". She's given him a key back. Nevaeh told "
        "her teacher this morning that daddy pushed her into the radiator - school say she has a red mark on her "
        "forehead. Bro (Brodie) was in the room. Mum says she wont ring the police because he'll know it was her.",
        "Ive told mum to ring 999 if he turns up. Im ringing the MASH duty line now as well but wanted it in "
        "writing.",
        "Kerry",
        "Kerry Molyneux | Family First Case Manager (L3) | Halewood & Whiston | 0151 496 0244",
        KNOWSLEY_DISC,
    ]
    form = make_docx([
        ("h", "FF Step Up request to CSC"),
        ("table", [["Case ID on EHM:", "EHM-61920"],
                   ["Has this family recently closed to Children's Social Care?:", "No"],
                   ["Date of step up TAF meeting:", "15/09/2027 at 10:00"],
                   ["Level of Engagement:", "Medium"],
                   ["Recent TAF meeting minutes attached:", "Yes - 25/08/2027"]]),
        ("table", [["Child", "DOB"], ["Nevaeh Kavanagh-Boyle", "17/04/2019"], ["Brodie Kavanagh-Boyle", "02/12/2022"]], True),
        ("h2", "What are we worried about?"),
        ("p", "Domestic abuse by dad (Shane Boyle) towards mum, witnessed by the children; three police call outs "
              "in 2027. Dad has recently been visiting the home again."),
        ("h2", "What is working well?"),
        ("p", "Mum has completed 8 weeks of the Freedom Programme. Both children attend school/nursery every day."),
        ("h2", "What next?"),
        ("p", "Step up for C&F assessment; MARAC referral to be considered."),
        ("table", [["Graded Care profile (If neglect should be completed).", "N/A"],
                   ["Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"],
                   ["Agreement by line manager:", "Lorraine Cottier (TM) 07/09/2027"]]),
    ], "FF Step Up request to CSC", "Kerry Molyneux")
    taf = make_pdf([
        ("h", "TAF meeting minutes 25/08/2027 - Kavanagh-Boyle"),
        ("p", "EHM-61920. Present: Kerry Molyneux (FF, chair), mum, Mrs Hayes (school), Freedom Programme worker."),
        ("p", "Mum reported dad had been texting her and asking to see the children. Mum said she would not let him "
              "back. Safety planning reviewed. Actions: Kerry to discuss a step up with TM if dad returns to the "
              "home."),
    ], "TAF minutes", "Kerry Molyneux")
    raw = outlook(f, frm=("Molyneux, Kerry", "Kerry.Molyneux@knowsley.gov.uk"), to=[KMASH],
                  cc=[KMASHBS, ("Cottier, Lorraine", "Lorraine.Cottier@knowsley.gov.uk")],
                  subject="Step up req - Kavanagh-Boyle - EHM-61920", date=date, blocks=blocks,
                  attachments=[attachment("Step Up Form KB.docx", form, DOCX),
                               attachment("TAF minutes 25.08.27.pdf", taf, "application/pdf")])
    return rec(f, "knowsley", "mash_step_up", "urgent", date, 4, raw,
               E("step_up", "alert_duty", urgent=True, case_ids=["EHM-61920"],
                 children=[("Nevaeh Kavanagh-Boyle", "2019-04-17"), ("Brodie Kavanagh-Boyle", "2022-12-02")],
                 concerns=["domestic_abuse", "physical_harm"], consent=None, manager=True, missing=[],
                 notice_ok=True),
               "URGENT inside an otherwise complete step-up: strangulation of mum last night in front of the children, "
               "a threat to come back tonight (he has a key), and a fresh mark on Nevaeh's forehead from being "
               "pushed; the sender ringing the duty line does not make it less urgent. Form and TAF minutes "
               "attached, TM agreed and copied; 'Bro (Brodie)' is the same child. Notice Wed 8 Sep -> Wed 15 Sep "
               "= 5 WD, ok.",
               meeting=dt.date(2027, 9, 15))


@msg
def knowsley_08():
    f = "knowsley_08.eml"
    date = d(2027, 9, 10, 15, 25, 50)
    blocks = [
        "Good afternoon,",
        "I'm writing to let you know about the final CIN meeting for Zainab Qureshi (DOB 3.2.2016) and Hamza "
        "Qureshi (DOB 21/07/19), ICS ID 1291055 and 1291056. The plan is to step down to Level 3 Family First.",
        "Final CIN meeting: Wednesday 22nd September 2027, 10.00am, Huyton Hub, Poplar Bank, Huyton.",
        "What are we worried about?\n- Dad (Imran) has depression and is under the CMHT; his mood is low and he "
        "struggles with the morning routine.\n- Hamza is autistic (diagnosed Jan 2027) and has an EHCP; his "
        "meltdowns at home are hard for mum to manage on her own.",
        "What's working well?\n- Mum (Saima) is a strong, protective parent and the home is warm and organised.\n"
        "- Zainab is doing really well at school and has lots of friends.\n- Both parents engaged with every CIN "
        "visit.",
        "What needs to happen?\n- Hamza's EHCP review in November; school and home to use the same visual "
        "timetable.\n- Dad to keep his CMHT appointments.\n- Carers' assessment for mum.",
        "Consent: mum has said she does not want Family First involved - she has declined, she feels the family "
        "have \"had enough of services\". I've explained the offer and she has my number if she changes her mind.",
        "My TM Julie Ashworth agreed the step down at the last CIN review (03/09).",
        "Kind regards,",
        "Jamil Akhtar\nSocial Worker, Child in Need Team (Kirkby)\nKnowsley Children's Social Care | 0151 496 0577",
        KNOWSLEY_DISC,
    ]
    raw = outlook(f, frm=("Akhtar, Jamil", "Jamil.Akhtar@knowsley.gov.uk"), to=[KFF],
                  subject="Step down to L3 Family First - Qureshi children - ICS ID 1291055 & 1291056", date=date,
                  blocks=blocks)
    return rec(f, "knowsley", "early_help_duty", "ordinary", date, 6, raw,
               E("step_down", "request_info", level=3, case_ids=["1291055", "1291056"],
                 children=[("Zainab Qureshi", "2016-02-03"), ("Hamza Qureshi", "2019-07-21")],
                 concerns=["disability_send", "parental_mental_health"], consent=False, manager=True,
                 missing=["consent"], notice_ok=True),
               "Level 3 step-down (Urdu names; DOBs '3.2.2016' and '21/07/19'; ids after the label 'ICS ID', the "
               "second bare) with all three headings and date/time/venue, but mum has declined Family First: "
               "consent false, so missing; TM agreement stated (not required). Notice Fri 10 Sep -> Wed 22 Sep = "
               "8 WD.",
               meeting=dt.date(2027, 9, 22))


@msg
def knowsley_09():
    f = "knowsley_09.eml"
    date = d(2027, 8, 31, 8, 50, 19)
    org = "knowsleymash@knowsley.gov.uk"
    cal = ical_reply(uid="040000008200E00074C5B7101A82E0080000000060A3F8B1D59ADB010000000000000000100000006C3E",
                     summary="Step-up TAF meeting [SB-knowsley-38]", start="20270901T100000",
                     end="20270901T113000", attendee="rachel.jenkins@bridgewater-hv.example.org",
                     attendee_name="Jenkins Rachel", organizer=org, organizer_name="Knowsley MASH",
                     partstat="DECLINED", comment="Clinic clash - I will send a written update before the meeting.",
                     stamp="20270831T075019Z")
    host, mid, tindex, received = outlook_ids(f, date)
    hdrs = [("Received", r) for r in received] + [
        ("From", addr("Jenkins, Rachel", "rachel.jenkins@bridgewater-hv.example.org")),
        ("To", addr(*KMASH)), ("Subject", "Declined: Step-up TAF meeting [SB-knowsley-38]"),
        ("Thread-Topic", "Step-up TAF meeting [SB-knowsley-38]"), ("Thread-Index", tindex),
        ("Date", email.utils.format_datetime(date)), ("Message-ID", mid),
        ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"), ("X-MS-Has-Attach", ""),
        ("MIME-Version", "1.0")]
    plain = "Clinic clash - I will send a written update before the meeting.\n"
    root = multipart("alternative", [text_part(plain, crlf=True),
                                     text_part(to_html([plain.strip()]), "html", crlf=True),
                                     text_part(cal, "calendar", "utf-8", "base64", params='; method="REPLY"', crlf=True)],
                     f"_000_{hx(f + 'alt', 36)}GBRP265PRODOUTLOOKCOM_")
    raw = message(hdrs, root, crlf=True)
    return rec(f, "knowsley", "mash_step_up", "ordinary", date, 3, raw,
               E("meeting_reply", "record_reply"),
               "Outlook iTIP REPLY, PARTSTAT=DECLINED with a COMMENT, from a health visitor: meeting_reply, nothing "
               "else to read.")


@msg
def knowsley_10():
    f = "knowsley_10.eml"
    date = d(2027, 9, 20, 13, 14, 55)
    text = """Hi,

I'm new in post as DSL at All Saints and I'm trying to get my head round the step up process before I need it. Hope this is the right inbox.

We have a Y9 girl who is open to Family First at L3. There were DV incidents at home last year and she was on a CP plan until March - that's all closed now and there are no immediate concerns, so nothing for you to action, I just want to understand the process for the future:

1) Can school ask for a step up TAF meeting ourselves, or does it have to come from the FF case manager?
2) Is it still at least 5 working days notice for the meeting?
3) Do you have the latest version of the step up form (Appendix 1)? The link on the KSCP website doesn't work.

Many thanks
Sarah Fairhurst
Designated Safeguarding Lead
All Saints Catholic High School, Kirkby
0151 496 0120
"""
    raw = simple(f, frm=("Sarah Fairhurst", "s.fairhurst@allsaints-kirkby.example.sch.uk"), to=[KMASH],
                 subject="Query - step up process / 5 days notice?", date=date, text=text, cte="7bit",
                 charset="us-ascii", mailer="Microsoft Outlook 16.0",
                 msgid="<000a01dc2a1b$4f7e2c30$ee7a8490$@allsaints-kirkby.example.sch.uk>")
    return rec(f, "knowsley", "mash_step_up", "near_miss", date, 12, raw,
               E("other", "human_review"),
               "A new school DSL's process question (who can request a step-up TAF, the 5 WD notice, the form): no "
               "request, no named child; 'DV', 'CP plan' and 'immediate' are about a closed past plan, so not "
               "urgent and no current concerns.")


# ============================================================================================
# RICHMOND & WANDSWORTH
# ============================================================================================
RWMASH = ("MASH Step Up", "MASH-StepUP@richmondandwandsworth.gov.uk")
RWEH = ("Early Help Duty", "EarlyHelpDuty@richmondandwandsworth.gov.uk")


@msg
def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"
    date = d(2027, 8, 26, 11, 40, 26)
    blocks = [
        "Dear MASH colleagues,",
        "Following a reflective discussion with our Early Help worker Tom Reddy on Tuesday, I am requesting a step "
        "up to Children's Services for the two children below. The latest case summary is attached.",
        ("table", [["Name", "DOB", "Mosaic ID", "School"],
                   ["Tia Okonkwo-Baptiste", "14/03/2013", "1402281", "Southfields Academy"],
                   ["Elias Lindqvist", "9 Aug 2017", "1402282", "Earlsfield Park Primary"]], True),
        "Rationale for step up",
        "Tia and Elias live with their mum, Grace Okonkwo, in a one-bedroom flat in Earlsfield. We have worked "
        "with the family under an Early Help Assessment since April 2027. Despite the plan, home conditions have "
        "got worse over the summer: there has been no working cooker since June, both children sleep on one "
        "mattress on the floor, and Elias has two abscessed teeth that have not been treated although three dental "
        "appointments were booked for him. Mum has told Tom she is drinking most days (a bottle of wine or more) "
        "and she is struggling to get the children up and fed. We no longer think these needs can be met at Early "
        "Help and believe the threshold for a statutory assessment is met.",
        "Mum is aware of the step up and agrees with it - she told Tom she \"needs more help than this\".",
        "I have agreed this step up as the Early Help Team Manager.",
        "Kind regards,",
        "Harriet",
        "Harriet Osei-Mensah\nEarly Help Team Manager (Wandsworth North)\nChildren's Services | 020 7946 0583",
        RW_DISC,
    ]
    summary = make_docx([
        ("h", "Case Summary - August 2027"),
        ("table", [["Name", "Relationship", "DOB", "Mosaic ID"],
                   ["Grace Okonkwo", "Mother", "11/02/1990", "-"],
                   ["Tia Okonkwo-Baptiste", "Daughter", "14/03/2013", "1402281"],
                   ["Elias Lindqvist", "Son", "09/08/2017", "1402282"]], True),
        ("p", "Reason for Early Help involvement (April 2027): housing (overcrowded one-bedroom flat), routines and "
              "mum's alcohol use."),
        ("p", "Progress: mum engaged in the spring and a housing transfer application was made. Since June the home "
              "conditions have declined, the cooker has not been replaced and Elias's dental treatment has been "
              "missed."),
        ("p", "Current concerns: neglect (home conditions, untreated dental decay) and mum's daily alcohol use."),
        ("p", "Early Help worker: Tom Reddy. Team Manager: Harriet Osei-Mensah."),
    ], "Case Summary", "Tom Reddy")
    raw = outlook(f, frm=("Osei-Mensah, Harriet", "Harriet.Osei-Mensah@richmondandwandsworth.gov.uk"), to=[RWMASH],
                  subject="Step Up request – Tia Okonkwo-Baptiste & Elias Lindqvist – Mosaic 1402281 / 1402282",
                  date=date, blocks=blocks, html_only=True,
                  attachments=[attachment("Case Summary - Okonkwo-Baptiste Lindqvist Aug 2027.docx", summary, DOCX)])
    return rec(f, "richmond_wandsworth", "mash_step_up", "ordinary", date, 10, raw,
               E("step_up", "book_meeting", case_ids=["1402281", "1402282"],
                 children=[("Tia Okonkwo-Baptiste", "2013-03-14"), ("Elias Lindqvist", "2017-08-09")],
                 concerns=["neglect", "substance_misuse"], consent=True, manager=True, missing=[]),
               "Complete R&W step-up in an HTML-only Outlook body (children in an HTML table; half-siblings with "
               "different surnames; '9 Aug 2017'), rationale pasted under its own heading, case summary .docx; "
               "sent by the Early Help Team Manager who states she agreed; mum 'aware ... and agrees' is consent; "
               "mum Grace Okonkwo (with a DOB in the summary) is an adult.")


@msg
def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"
    date = d(2027, 9, 1, 15, 2, 44)
    blocks = [
        "Hi MASH Step Up,",
        "Step up request for Alfie-Joe McCann (AJ), DOB 03/02/19, Mosaic no. 2310488.",
        "Latest case summary attached (PDF). I'll send the rationale separately once I've been through it with "
        "Kirsty (EH worker) tomorrow - she's on a course today.",
        "Brief context: mum's ex-partner (not AJ's dad) was arrested on 14/08 for assaulting mum at home - AJ was "
        "in the house, no injuries to AJ. He has been remanded in custody until the trial, so there is no "
        "immediate risk from him at the moment, but he has been sending mum messages through friends from prison "
        "and mum's MH has really dipped since - she isn't sleeping and the GP has increased her medication. AJ's "
        "school said at the end of term he'd become very withdrawn.",
        "I have discussed with Kirsty and I agree this needs to step up.",
        "Consent - Kirsty will talk to mum about the step up on Thursday.",
        "Thanks",
        "Ruth Marchant\nEarly Help Team Manager | Richmond\n020 7946 0640",
        RW_DISC,
    ]
    summary = make_pdf([
        ("h", "Early Help - Case Summary"),
        ("table", [["Name", "DOB", "Mosaic no."], ["Alfie-Joe McCann", "03/02/2019", "2310488"]], [200, 120, 175]),
        ("p", "Household: AJ lives with mum, Stacey McCann, in Hampton. Early Help since January 2027 (routines, "
              "mum's anxiety)."),
        ("p", "14/08/2027: mum was assaulted at home by her ex-partner; AJ was present. Police attended; the "
              "ex-partner was charged and remanded in custody."),
        ("p", "Since then: messages from the ex-partner via friends; mum's mental health has declined (poor sleep, "
              "medication increased by GP). AJ has become withdrawn at school."),
        ("p", "Early Help worker: Kirsty Lane. Team Manager: Ruth Marchant."),
    ], "Case Summary", "Kirsty Lane")
    raw = outlook(f, frm=("Marchant, Ruth", "Ruth.Marchant@richmondandwandsworth.gov.uk"), to=[RWMASH],
                  subject="Step up - AJ McCann - Mosaic no. 2310488", date=date, blocks=blocks,
                  attachments=[attachment("Case summary AJ McCann.pdf", summary, "application/pdf")])
    return rec(f, "richmond_wandsworth", "mash_step_up", "near_miss", date, 7, raw,
               E("step_up", "request_info", case_ids=["2310488"], children=[("Alfie-Joe McCann", "2019-02-03")],
                 concerns=["domestic_abuse", "parental_mental_health"], consent=None, manager=True,
                 missing=["rationale"]),
               "R&W step-up by the EH Team Manager ('I agree this needs to step up'); 'Alfie-Joe McCann (AJ)' then "
               "AJ; DOB '03/02/19'; 'Mosaic no. 2310488' gives '2310488'; the rationale is promised separately "
               "(the 'Brief context' paragraph is not the rationale document), so missing; assault two weeks ago "
               "with the perpetrator remanded ('no immediate risk') is not urgent, but the ongoing harassment and "
               "mum's declining mental health are current; consent 'will talk to mum' is null.")


@msg
def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"
    date = d(2027, 9, 13, 10, 18, 3)
    blocks = [
        "Hi EH Duty,",
        "Further to my call with Keziah this morning, confirming the step-down case discussion for Inés "
        "Delgado-Whyte (DOB 02.11.2015) and Mateo Delgado-Whyte (DOB 29/05/2020) on Thursday 16th September at "
        "2pm on Teams. Mosaic IDs 2287760 & 2287761.",
        "The latest case summary and the draft plan for Early Help are attached.",
        "Both parents signed the consent section of the plan on 10/09 and Inés has told me she is happy for Early "
        "Help to be involved.",
        "Quick summary: CIN since February after a referral from school about Inés's attendance and Mateo's speech "
        "delay. Inés's attendance was 86% last year (up from 72%) and Mateo is now seeing SALT. Parents have "
        "engaged really well. Remaining needs are Inés's attendance, which is still below 90%, and Mateo's EHCP "
        "application for his speech and language needs.",
        "Thanks,\nOwain",
        "Owain Priddy | Social Worker | Child in Need Team (Wandsworth) | 020 7946 0715",
        RW_DISC,
    ]
    summary = make_docx([
        ("h", "Case Summary - Delgado-Whyte"),
        ("table", [["Child", "DOB", "Mosaic ID"], ["Inés Delgado-Whyte", "02/11/2015", "2287760"],
                   ["Mateo Delgado-Whyte", "29/05/2020", "2287761"]], True),
        ("p", "Parents: Lucía Delgado and Marcus Whyte. CIN plan since 12/02/2027 (referral from school)."),
        ("p", "Progress: Inés's attendance rose from 72% to 86%. Mateo started SALT in May. Parents attend every CIN "
              "meeting."),
        ("p", "Remaining needs: attendance below 90%; EHCP application for Mateo (speech and language)."),
    ], "Case Summary", "Owain Priddy")
    plan = make_docx([
        ("h", "Draft Early Help Plan - Delgado-Whyte family"),
        ("table", [["Need", "What needs to happen", "Who", "By when"],
                   ["Inés's attendance", "Attendance plan with school; morning check-in", "School / EH worker", "October half term"],
                   ["Mateo's speech and language", "Support EHCP application; continue SALT", "EH worker / SALT", "December 2027"]], True),
        ("p", "Proposed lead professional: to be agreed at the step-down case discussion."),
        ("p", "Consent: signed by both parents on 10/09/2027."),
    ], "Draft Early Help Plan", "Owain Priddy")
    raw = outlook(f, frm=("Priddy, Owain", "Owain.Priddy@richmondandwandsworth.gov.uk"), to=[RWEH],
                  subject="Step down confirmation – Delgado-Whyte – case discussion Thurs 16/09 2pm", date=date,
                  blocks=blocks,
                  attachments=[attachment("Case summary Delgado-Whyte Sept 2027.docx", summary, DOCX),
                               attachment("Draft EH plan - Delgado-Whyte.docx", plan, DOCX)])
    return rec(f, "richmond_wandsworth", "early_help_duty", "ordinary", date, 9, raw,
               E("step_down", "book_meeting", case_ids=["2287760", "2287761"],
                 children=[("Inés Delgado-Whyte", "2015-11-02"), ("Mateo Delgado-Whyte", "2020-05-29")],
                 concerns=["disability_send", "school_attendance"], consent=True, manager=None, missing=[]),
               "Complete R&W step-down confirming the agreed case-discussion time, with case summary and draft plan "
               "as .docx; accented 'Inés', DOBs '02.11.2015' and '29/05/2020'; 'Mosaic IDs 2287760 & 2287761'; "
               "both parents signed consent; no level is stated; no manager statement.")


@msg
def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"
    date = d(2027, 9, 17, 16, 22, 37)
    blocks = [
        "Hi,",
        "As agreed with the EH duty TM on the phone today, the step-down case discussion for Noémie is Wed 22/9 at "
        "11am on Teams. Draft plan attached.",
        "Case Summary\nNoémie Laurent-Achebe, DOB 7th Oct 2015, lives with mum (Adaeze Laurent) in Roehampton. She "
        "was on a CP plan under the category of neglect from October 2026; the plan ended in March 2027 and she has "
        "been CIN since. There are no neglect concerns now and no immediate CP concerns. Mum completed the "
        "parenting course in the spring and the home is well kept. Current needs are Noé's school attendance (81% "
        "last term, mostly Mondays) and her anxiety about school - she is on the CAMHS waiting list.",
        "Consent - I'll ask mum at my visit on Tuesday, I didn't want to raise it before the case discussion.",
        "Thanks\nMarcus",
        "Marcus Tennant | Social Worker | Family Support & CIN (Wandsworth) | 020 7946 0388",
        RW_DISC,
    ]
    plan = make_docx([
        ("h", "Early Help plan (DRAFT v2) - Noémie Laurent-Achebe"),
        ("table", [["Need", "Action", "Who", "When"],
                   ["School attendance", "Attendance support plan; Monday morning check-in", "School pastoral lead", "Weekly"],
                   ["Anxiety about school", "Worry-management sessions until CAMHS appointment", "EH worker", "From October"]], True),
        ("p", "Lead professional: to be agreed."),
    ], "EH plan DRAFT v2", "Marcus Tennant")
    raw = outlook(f, frm=("Tennant, Marcus", "Marcus.Tennant@richmondandwandsworth.gov.uk"), to=[RWEH],
                  cc=[("Achterberg, Fenna", "Fenna.Achterberg@richmondandwandsworth.gov.uk")],
                  subject="Step down - Noémie Laurent-Achebe (Mosaic ID 2291846)", date=date, blocks=blocks,
                  attachments=[attachment("EH plan DRAFT v2.docx", plan, DOCX)])
    return rec(f, "richmond_wandsworth", "early_help_duty", "near_miss", date, 6, raw,
               E("step_down", "request_info", case_ids=["2291846"],
                 children=[("Noémie Laurent-Achebe", "2015-10-07")], concerns=["school_attendance"], consent=None,
                 manager=None, missing=["consent"]),
               "R&W step-down with the case summary pasted under its own heading and the draft plan attached, but "
               "consent 'I'll ask mum at my visit' (null, so missing); the ended CP plan for neglect, 'no neglect "
               "concerns now' and 'no immediate CP concerns' are past or negated; the child's own anxiety maps to no "
               "concern id; the TM copied and silent gives null; 'Noé' is the same child; id from the subject "
               "'Mosaic ID 2291846'.")


@msg
def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"
    date = d(2027, 9, 21, 9, 44, 11)
    text = """Good morning EH Duty,

Confirming by email the step-down case discussion I agreed with the duty TM yesterday: Friday 24th September 2027 at 10:00, Teams.

Children:
Kayden Afolabi-Wright, DOB 19.03.2012, Mosaic 1377102
Precious Wright, DOB 2.9.2017, Mosaic 1377103
(half siblings - same mum, Precious has her dad's surname)

Latest case summary (PDF) and the draft EH plan (Word) are attached. The proposed lead professional and the venue for the first TAF are in the table at the end of the plan.

Consent: mum (Abimbola Wright) and Kayden both consented to Early Help continuing the plan when I saw them on 16/09.

The step down was agreed by my TM, Ruth Harker, at the CIN review on 14/09.

Current needs: Kayden is still using cannabis most weekends, though much less than in the spring, and his attendance at Teddington School is 84%. The exploitation screening in August found no indicators of CCE and he has had no missing episodes since January.

Thanks
Sibusiso

Sibusiso Mbatha
Social Worker | Child in Need Team (Richmond)
020 7946 0412
"""
    summary = make_pdf([
        ("h", "Case Summary - September 2027"),
        ("table", [["Child", "DOB", "Mosaic"], ["Kayden Afolabi-Wright", "19/03/2012", "1377102"],
                   ["Precious Wright", "02/09/2017", "1377103"]], [200, 120, 175]),
        ("p", "CIN since December 2026 (Kayden's cannabis use and school exclusion risk). Kayden now uses cannabis "
              "at weekends only and engages with the young people's substance service. Attendance 84%."),
        ("p", "Exploitation screening (August 2027): no indicators. No missing episodes since January 2027."),
        ("p", "Precious is settled at school with no additional needs."),
    ], "Case Summary", "Sibusiso Mbatha")
    plan = make_docx([
        ("h", "Draft Early Help Plan"),
        ("table", [["Need", "What needs to happen", "Who"],
                   ["Kayden's cannabis use", "Continue sessions with the young people's substance service", "Youth worker"],
                   ["Kayden's attendance", "Attendance plan and mentoring", "Teddington School"]], True),
        ("table", [["Lead professional", "Dionne Carter, Youth Worker, Twickenham Youth Hub"],
                   ["First TAF venue", "Twickenham Family Hub, Meeting Room 1"]]),
    ], "Draft Early Help Plan", "Sibusiso Mbatha")
    raw = simple(f, frm=("Mbatha, Sibusiso", "Sibusiso.Mbatha@richmondandwandsworth.gov.uk"), to=[RWEH],
                 subject="Step down to EH - Afolabi-Wright/Wright - Mosaic 1377102 1377103", date=date, text=text,
                 cte="base64", crlf=True, mailer="Microsoft Outlook for Mac 16.89",
                 msgid="<F3A1C2D4-77B0-4E8A-9C21-5D6E0B9A1F34@richmondandwandsworth.gov.uk>",
                 attachments=[attachment("Case summary Sept 2027.pdf", summary, "application/pdf"),
                              attachment("Draft EH plan Afolabi-Wright.docx", plan, DOCX)],
                 boundary="B_3907218564_1947320556")
    return rec(f, "richmond_wandsworth", "early_help_duty", "ordinary", date, 8, raw,
               E("step_down", "book_meeting", case_ids=["1377102", "1377103"],
                 children=[("Kayden Afolabi-Wright", "2012-03-19"), ("Precious Wright", "2017-09-02")],
                 concerns=["school_attendance", "substance_misuse"], consent=True, manager=True, missing=[]),
               "Base64 Outlook-for-Mac step-down, complete: case summary PDF, draft plan .docx whose last table holds "
               "the lead professional and TAF venue; half-siblings Afolabi-Wright / Wright; DOBs '19.03.2012' and "
               "'2.9.2017'; the child's own cannabis use is substance_misuse; exploitation screening negative and "
               "no missing episodes since January, so neither is labelled; TM agreement stated.")


@msg
def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"
    date = d(2027, 9, 23, 12, 30, 48)
    blocks = [
        "Hi,",
        "Rationale attached for Luca Bianchi (Mosaic 1410266) - apologies for the delay.",
        "Ruth",
        "Ruth Marchant | Early Help Team Manager | Richmond | 020 7946 0640",
        ("quote", ["From: MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk>", "Sent: 21 September 2027 10:02",
                   "To: Marchant, Ruth <Ruth.Marchant@richmondandwandsworth.gov.uk>",
                   "Subject: [SB-richmond_wandsworth-58] Step-up request received - information needed"]),
        "Thank you for your step-up request. Your reference is SB-richmond_wandsworth-58 - please keep it in the "
        "subject line of any reply.",
        "Still needed:\n- the rationale for the plan to step up to Children's Services",
        "MASH Step Up (automated message)",
        RW_DISC,
    ]
    rationale = make_docx([
        ("h", "Rationale for step up to Children's Services"),
        ("table", [["Child", "Luca Bianchi"], ["DOB", "11/10/2020"], ["Mosaic", "1410266"]]),
        ("p", "Mum's alcohol use has escalated since July: she told the Early Help worker she now drinks every day "
              "and is often still drinking when Luca comes home."),
        ("p", "Police attended the home after neighbours reported domestic incidents on 05/09/2027 and 19/09/2027. "
              "Luca's father was arrested on 19/09 and is on bail to his brother's address with a condition not to "
              "contact mum."),
        ("p", "The Early Help plan has not reduced these risks and we believe the threshold for a statutory "
              "assessment is met."),
    ], "Rationale", "Ruth Marchant")
    raw = outlook(f, frm=("Marchant, Ruth", "Ruth.Marchant@richmondandwandsworth.gov.uk"), to=[RWMASH],
                  subject="RE: [SB-richmond_wandsworth-58] Step-up request received - information needed",
                  date=date, blocks=blocks,
                  in_reply_to="<SB-richmond_wandsworth-58.ack.20270921100200@richmondandwandsworth.gov.uk>",
                  attachments=[attachment("Rationale – Bianchi.docx", rationale, DOCX)])
    return rec(f, "richmond_wandsworth", "mash_step_up", "near_miss", date, 5, raw,
               E("follow_up", "attach_to_request", case_ids=["1410266"], children=[("Luca Bianchi", "2020-10-11")],
                 concerns=["domestic_abuse", "substance_misuse"], consent=None, manager=None, missing=[]),
               "Follow-up supplying exactly the missing rationale, as a .docx with an RFC 2231 (en dash) filename; "
               "the DOB and the worries are only in the attachment; police attendance is past and the father is on "
               "bail away from the home, so not urgent.")


@msg
def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"
    date = d(2027, 9, 27, 8, 3, 0)
    blocks = [
        "Thank you for your email.",
        "I am on annual leave until Monday 4th October 2027 with no access to email.",
        "If you have an immediate safeguarding concern about a child please call the MASH on 020 7946 0321 or, in "
        "an emergency, call 999. For anything else please contact my Team Manager, Fenna Achterberg.",
        "Owain Priddy | Social Worker | Child in Need Team (Wandsworth)",
    ]
    raw = outlook(f, frm=("Priddy, Owain", "Owain.Priddy@richmondandwandsworth.gov.uk"), to=[RWEH],
                  subject="Automatic reply: [SB-richmond_wandsworth-63] Step-down case discussion confirmed",
                  date=date, blocks=blocks, html_only=True,
                  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                         ("X-MS-Exchange-Inbox-Rules-Loop", "Owain.Priddy@richmondandwandsworth.gov.uk")],
                  thread_topic="[SB-richmond_wandsworth-63] Step-down case discussion confirmed")
    return rec(f, "richmond_wandsworth", "early_help_duty", "near_miss", date, 2, raw,
               E("auto_reply", "ignore"),
               "HTML-only Outlook out-of-office (Auto-Submitted: auto-replied) to a stepbot confirmation; its "
               "'immediate safeguarding concern ... call 999' is boilerplate, not a risk.")


@msg
def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"
    date = d(2027, 9, 29, 10, 12, 5)
    blocks = [
        "MASH Step Up,",
        "Please see below and attached re Amelia-Rose Stanton (DOB 12/06/2020) and Ivy Stanton (DOB 30/01/2023), "
        "Mosaic 1423379 / 1423380.",
        "Rationale for step up",
        "We have been working with mum (Jade Stanton) at Early Help since May around routines and housing. "
        "Yesterday afternoon police (PC 4471 Hardy) contacted our worker Femi to say that mum's new partner, Dean "
        "Harrop, who moved into the flat at the weekend, is a registered sex offender (convicted in 2019 of offences "
        "against a 6-year-old girl). Mum told Femi this morning that she doesn't believe it and that Dean is "
        "babysitting both girls tonight while she works a night shift at the care home.",
        "Femi and I have discussed this and I agree it needs to come to MASH today - I am phoning the duty line as "
        "well.",
        "We have not told mum we are referring, as we are worried it will put the girls at more risk.",
        "Latest case summary attached.",
        "Alison",
        "Alison Dawson-Fry\nEarly Help Team Manager (Wandsworth South)\n020 7946 0297",
        RW_DISC,
    ]
    summary = make_docx([
        ("h", "Case Summary - Stanton"),
        ("table", [["Child", "DOB", "Mosaic"], ["Amelia-Rose Stanton", "12/06/2020", "1423379"],
                   ["Ivy Stanton", "30/01/2023", "1423380"]], True),
        ("p", "Early Help since May 2027: support with routines, nursery place for Ivy and a housing application. "
              "Mum has engaged well until now. Both girls are well cared for."),
        ("p", "Update 28/09/2027: police disclosure about mum's new partner (see email)."),
    ], "Case Summary", "Femi Adeyemi")
    raw = outlook(f, frm=("Dawson-Fry, Alison", "Alison.Dawson-Fry@richmondandwandsworth.gov.uk"), to=[RWMASH],
                  subject="Step up - Stanton - Mosaic 1423379 / 1423380", date=date, blocks=blocks,
                  attachments=[attachment("Case summary - Stanton.docx", summary, DOCX)])
    return rec(f, "richmond_wandsworth", "mash_step_up", "urgent", date, 3, raw,
               E("step_up", "alert_duty", urgent=True, case_ids=["1423379", "1423380"],
                 children=[("Amelia-Rose Stanton", "2020-06-12"), ("Ivy Stanton", "2023-01-30")],
                 concerns=["sexual_harm"], consent=None, manager=True, missing=[]),
               "URGENT: a registered sex offender convicted of offences against a young girl has moved in and will "
               "babysit both girls tonight; mum does not believe it. Otherwise a complete R&W step-up (rationale "
               "under its heading, case summary .docx, sent by the EH Team Manager who agrees); 'not told mum' is "
               "consent null; 'PC 4471' is a collar number, not a case id.")


@msg
def richmond_wandsworth_09():
    f = "richmond_wandsworth_09.eml"
    date = d(2027, 10, 1, 14, 55, 29)
    blocks = [
        "Hi EH Duty,",
        "Confirming the step-down case discussion for Oscar Lindgren-Moss (DOB 30 Nov 2013), Mosaic ref 2302915, "
        "agreed with Jasper Quint (EH duty TM) for Wednesday 6th October at 10am, Teams.",
        "The latest case summary is attached. The draft EH plan will follow - I'm still waiting for comments from "
        "school.",
        "Consent: dad (Oscar's main carer) gave consent over the phone on 30/09/27 for Early Help to continue the "
        "plan.",
        "Please note my TM's reply below - she hasn't agreed the step down yet as she wants the CAMHS outcome "
        "first, but Jasper was happy for the discussion to go ahead so we can plan.",
        "Georgia",
        "Georgia Hollins | Social Worker | CIN Team (Richmond) | 020 7946 0559",
        ("quote", ["From: Sandhu, Preet <Preet.Sandhu@richmondandwandsworth.gov.uk>", "Sent: 01 October 2027 13:20",
                   "To: Hollins, Georgia <Georgia.Hollins@richmondandwandsworth.gov.uk>",
                   "Subject: RE: Oscar L-M step down"]),
        "Georgia - I'm not agreeing the step down at this point. I want to see the CAMHS assessment outcome before "
        "we close. Happy for you to have the discussion with EH but it isn't signed off.\nPreet",
        "Preet Sandhu | Team Manager | CIN Team (Richmond)",
        ("quote", ["From: Hollins, Georgia <Georgia.Hollins@richmondandwandsworth.gov.uk>",
                   "Sent: 01 October 2027 11:47", "To: Sandhu, Preet <Preet.Sandhu@richmondandwandsworth.gov.uk>",
                   "Subject: Oscar L-M step down"]),
        "Preet, Jasper can do Weds 6th for the step-down discussion. OK to go ahead? G",
        RW_DISC,
    ]
    summary = make_pdf([
        ("h", "Case Summary - Oscar Lindgren-Moss"),
        ("p", "DOB: 30/11/2013    Mosaic ref: 2302915    Allocated SW: Georgia Hollins"),
        ("p", "Oscar lives with his dad, Erik Lindgren, a veteran with PTSD who is under the veterans' mental health "
              "service. Dad's mental health has been unstable this year (two contacts with the crisis team over "
              "the summer) and this remains the main worry."),
        ("p", "Oscar has his own anxiety; CAMHS assessment pending. No concerns about substance misuse."),
        ("p", "Dad is fully engaged and Oscar's school attendance is good."),
    ], "Case Summary", "Georgia Hollins")
    raw = outlook(f, frm=("Hollins, Georgia", "Georgia.Hollins@richmondandwandsworth.gov.uk"), to=[RWEH],
                  subject="Step down case discussion Wed 6/10 – Oscar Lindgren-Moss – Mosaic ref 2302915", date=date,
                  blocks=blocks, attachments=[attachment("Case summary OLM Oct 2027.pdf", summary, "application/pdf")])
    return rec(f, "richmond_wandsworth", "early_help_duty", "ordinary", date, 9, raw,
               E("step_down", "request_info", case_ids=["2302915"],
                 children=[("Oscar Lindgren-Moss", "2013-11-30")], concerns=["parental_mental_health"], consent=True,
                 manager=False, missing=["draft_plan"]),
               "R&W step-down whose draft plan 'will follow' (missing); consent given by phone; the TM's quoted "
               "reply 'I'm not agreeing the step down at this point ... it isn't signed off' is manager_agreed false "
               "(not a requirement for R&W step-downs); dad's PTSD is parental_mental_health, the child's own "
               "anxiety is no concern id, 'No concerns about substance misuse' negated; 'Mosaic ref 2302915'.")


@msg
def richmond_wandsworth_10():
    f = "richmond_wandsworth_10.eml"
    date = d(2027, 10, 13, 11, 7, 51)
    text = """Hi team, confirming the step-down discussion agreed with the EH duty TM for Mon 18/10 at 2pm - she asked me to confirm by email.

Yasmin Haddad DOB 05/09/2014 and Omar Haddad DOB 2018-01-17, Mosaic 1466019/1466020.

Case Summary
The family moved to Wandsworth from Manchester in 2025. CIN since Jan 2027 following mum's disclosure of DV from the children's father in 2025 - he moved abroad that year and there has been no contact, so the DV is historic. Current needs: Omar has global developmental delay, his EHCP assessment is under way and mum needs support with his appointments. Mum is isolated with no family in London. Yas is doing well at school and has settled brilliantly.

Mum's agreeable to EH continuing the plan and signed consent on 11/10.

Draft plan attached (PDF from Mosaic).

Funmi

Get Outlook for iOS
"""
    plan = make_pdf([
        ("h", "Early Help Plan (draft) - Haddad family"),
        ("p", "Children: Yasmin Haddad (05/09/2014), Omar Haddad (17/01/2018)    Mosaic 1466019 / 1466020"),
        ("table", [["Need", "What needs to happen", "Who", "By when"],
                   ["Omar's development (EHCP assessment)", "Support mum to attend appointments; link with SENDIASS", "EH worker", "Dec 2027"],
                   ["Mum's isolation", "Introduce to the Tuesday family group at the hub", "EH worker", "Nov 2027"]],
         [150, 185, 80, 80]),
        ("table", [["Lead professional", "Maria Gonçalves, Family Support Worker, Roehampton Family Hub"],
                   ["Venue for first TAF", "Roehampton Family Hub"]], [150, 345]),
    ], "Early Help Plan (draft)", "Funmi Adeyinka")
    raw = simple(f, frm=("Adeyinka, Funmi", "Funmi.Adeyinka@richmondandwandsworth.gov.uk"), to=[RWEH],
                 subject="Step down - Haddad - Mosaic 1466019/1466020", date=date, text=text, cte="base64",
                 msgid="<AM9P191MB16540E2B7C1D4F3A9E8B1C6D2F0A@AM9P191MB1654.EURP191.PROD.OUTLOOK.COM>",
                 attachments=[attachment("EH Plan draft Haddad.pdf", plan, "application/pdf")],
                 boundary="_002_AM9P191MB16540E2B7C1D4F3AEURP191PRODOUTLOOKCOM_")
    return rec(f, "richmond_wandsworth", "early_help_duty", "ordinary", date, 6, raw,
               E("step_down", "book_meeting", case_ids=["1466019", "1466020"],
                 children=[("Yasmin Haddad", "2014-09-05"), ("Omar Haddad", "2018-01-17")],
                 concerns=["disability_send"], consent=True, manager=None, missing=[]),
               "Outlook-for-iOS base64 step-down: case summary pasted under its own heading, draft plan PDF with "
               "the lead professional and venue in a table; ids written '1466019/1466020'; historic DV explicitly "
               "historic; mum's isolation maps to no concern id; 'Yas' is Yasmin; \"Mum's agreeable\" is consent.")


# ============================================================================================
# TOWER HAMLETS
# ============================================================================================
THMAST = ("MAST", "MAST@towerhamlets.gov.uk")
THEH = ("Early Help Hub", "EarlyHelpHub@towerhamlets.gov.uk")


@msg
def tower_hamlets_01():
    f = "tower_hamlets_01.eml"
    date = d(2027, 8, 25, 10, 30, 14)
    blocks = [
        "Dear MAST,",
        "Please find attached a Multi-Agency Request for Support for Muhammad-Ibrahim Chaudhry (DOB 12/12/2014), "
        "known as Ibby, and his half-sister Ayesha Siddiqui (DOB 01.04.2010). Mosaic 1472290 (Ibby) and 1472291 "
        "(Ayesha).",
        "We have worked with the family at targeted Early Help since January. Mum (Nazia Siddiqui) has now "
        "disclosed that her husband, Ibby's dad, controls all the money, checks her phone and will not let her see "
        "her family; Ayesha told her tutor that he calls her \"useless\" and she is scared of him. There has been no "
        "physical violence and mum has a safety plan with the IDVA. Mum's depression has got worse - she has been "
        "prescribed sertraline and says she cannot cope. Ibby is doing well at school and his attendance is good.",
        "Mum has consented to the MAST referral (signed on the MARF on 23/08/2027).",
        "My TM Maryam Okonjo has read the MARF and agreed the step up - see below.",
        "Kind regards",
        "Rahima Khatun\nFamily Support Practitioner | Early Help Hub (Bethnal Green)\n020 7946 0871",
        ("quote", ["From: Okonjo, Maryam <maryam.okonjo@towerhamlets.gov.uk>", "Sent: 24 August 2027 17:31",
                   "To: Khatun, Rahima <Rahima.Khatun@towerhamlets.gov.uk>", "Subject: RE: MARF Chaudhry/Siddiqui"]),
        "Rahima - read it, happy for this to go to MAST, agreed. Please make sure mum has the IDVA number.\nMaryam",
        "Maryam Okonjo | Team Manager | Early Help",
        TH_DISC,
    ]
    marf = make_docx([
        ("h", "Multi-Agency Request for Support (MARF)"),
        ("table", [["Child", "DOB", "Mosaic", "School"],
                   ["Muhammad-Ibrahim Chaudhry", "12/12/2014", "1472290", "Bonner Mile End Secondary"],
                   ["Ayesha Siddiqui", "01/04/2010", "1472291", "Morpeth Sixth Form"]], True),
        ("table", [["Parent / carer", "Nazia Siddiqui (mother); Tariq Chaudhry (Ibby's father, mum's husband)"],
                   ["Reason for request",
                    "Coercive and controlling behaviour by Mr Chaudhry towards mum (money, phone, isolation) and "
                    "emotional abuse of Ayesha. Mum's depression worsening."],
                   ["Current support", "Targeted Early Help since January 2027; IDVA since August 2027"],
                   ["Consent", "Yes - signed by Nazia Siddiqui, 23/08/2027"],
                   ["Manager authorisation", "Maryam Okonjo, Team Manager, 24/08/2027"],
                   ["Referrer", "Rahima Khatun, Family Support Practitioner, Early Help Hub"]]),
    ], "MARF", "Rahima Khatun")
    raw = outlook(f, frm=("Khatun, Rahima", "Rahima.Khatun@towerhamlets.gov.uk"), to=[THMAST],
                  subject="MAST referral / step up – Chaudhry & Siddiqui – Mosaic 1472290, 1472291", date=date,
                  blocks=blocks, attachments=[attachment("MARF Chaudhry Siddiqui Aug27.docx", marf, DOCX)])
    return rec(f, "tower_hamlets", "mash_step_up", "ordinary", date, 7, raw,
               E("step_up", "book_meeting", case_ids=["1472290", "1472291"],
                 children=[("Muhammad-Ibrahim Chaudhry", "2014-12-12"), ("Ayesha Siddiqui", "2010-04-01")],
                 concerns=["domestic_abuse", "parental_mental_health"], consent=True, manager=True, missing=[]),
               "Complete MAST step-up: MARF .docx, consent signed, TM agreement in the quoted Outlook reply; Urdu "
               "names, 'Muhammad-Ibrahim Chaudhry ... known as Ibby', half-sister with a different surname; "
               "coercive control is domestic_abuse; 'no physical violence' negates physical harm; Ibby's good "
               "attendance is a strength.")


@msg
def tower_hamlets_02():
    f = "tower_hamlets_02.eml"
    date = d(2027, 9, 6, 15, 40, 25)
    text = """Hi MAST

Sending this ahead of the MARF (I'll complete it tonight and send it first thing tomorrow) as I wanted you to have the background today.

Arif Miah (DOB 14/02/2017) and Nafisa Miah (DOB 3rd Feb 2021), Mosaic no. 1478804 (Arif) / 1478805 (Nafisa). Mum is also 30 weeks pregnant.

Police executed a drugs warrant at the flat on Friday 3rd Sept - dad was arrested for possession with intent to supply (crack cocaine) and is bailed to his mum's address in Bow with a condition not to return to the family home, so there is no immediate risk from him at the moment. When our worker visited on Friday afternoon there was no food in the flat, rubbish and used foil in the kitchen and both children were in dirty clothes. Mum admits she has been using too.

Both parents have refused consent to the referral - dad says he'll "fight it all the way" and mum says she doesn't want social services.

Sabbir Hussain
Family Support Practitioner | Early Help Hub East | 020 7946 0892
Management oversight: step up to MAST discussed and agreed - Nadim Rahman (Team Manager), 06/09/2027
"""
    raw = simple(f, frm=("Hussain, Sabbir", "Sabbir.Hussain@towerhamlets.gov.uk"), to=[THMAST],
                 subject="Step up to MAST - Miah children - Mosaic no. 1478804 / 1478805", date=date, text=text,
                 cte="7bit", charset="us-ascii", crlf=True, mailer="Microsoft Outlook 16.0",
                 msgid="<LO4P265MB6021A7E3C0B9D2F14E8A5C37B6D1@LO4P265MB6021.GBRP265.PROD.OUTLOOK.COM>")
    return rec(f, "tower_hamlets", "mash_step_up", "near_miss", date, 10, raw,
               E("step_up", "request_info", case_ids=["1478804", "1478805"],
                 children=[("Arif Miah", "2017-02-14"), ("Nafisa Miah", "2021-02-03")],
                 concerns=["neglect", "substance_misuse"], consent=False, manager=True,
                 missing=["request_for_support"]),
               "Plain us-ascii Outlook step-up sent before the MARF ('I'll complete it tonight'), so "
               "request_for_support is missing; manager agreement only in the signature block ('Management "
               "oversight: ... agreed'); both parents refuse consent (false, but not a Tower Hamlets step-up "
               "requirement); police warrant with dad bailed away from the home ('no immediate risk') is not urgent; "
               "unborn baby is not a child; DOB '3rd Feb 2021'.")


@msg
def tower_hamlets_03():
    f = "tower_hamlets_03.eml"
    date = d(2027, 9, 15, 12, 10, 9)
    blocks = [
        "Hi Early Help Hub,",
        "Following the conclusion of my C&F assessment on 13/09/2027, the outcome is step-down to a TAF with a "
        "Lead Practitioner for Ishaan D'Costa (DOB 3.2.2019) and Aarav D'Costa (DOB 18/11/2016), Mosaic ID: "
        "1480015 / 1480016.",
        "I've attached the C&F assessment and the draft TAF plan. The TAF meeting details and the Lead "
        "Practitioner are in the table at the top of the plan.",
        "Consent: Yes - both parents (Anita and Rohan D'Costa) signed consent for the step-down on 14/09/2027.",
        "Remaining needs are Ishaan's speech and language delay (he is waiting for a Child Development Centre "
        "assessment) and mum's anxiety, which she is managing with her GP. No DA or substance misuse concerns.",
        "Thanks,\nAdeel",
        "Adeel Sheikh | Social Worker | Children's Social Work (Assessment) | 020 7946 0634",
        TH_DISC,
    ]
    plan = make_docx([
        ("h", "TAF Plan (draft) - D'Costa family"),
        ("table", [["Lead Practitioner", "Shirin Akhtar, Family Support Worker, Stepney Green Family Hub"],
                   ["TAF meeting", "Tuesday 21st September 2027, 10:00"],
                   ["Venue", "Stepney Green Family Hub, Room 2"],
                   ["Chair", "Adeel Sheikh (allocated social worker)"]]),
        ("table", [["Need", "Action", "Who", "Review"],
                   ["Ishaan's speech and language", "Attend CDC assessment; nursery SALT programme", "Nursery / HV", "6 weeks"],
                   ["Mum's anxiety", "GP review; parent wellbeing group at the hub", "Mum / Shirin", "6 weeks"]], True),
    ], "TAF Plan", "Adeel Sheikh")
    cfa = make_pdf([
        ("h", "Child and Family Assessment - Summary and Outcome"),
        ("table", [["Child", "DOB", "Mosaic ID"], ["Ishaan D'Costa", "03/02/2019", "1480015"],
                   ["Aarav D'Costa", "18/11/2016", "1480016"]], [200, 120, 175]),
        ("p", "Assessment started 02/08/2027, concluded 13/09/2027. Referral from the health visitor about "
              "Ishaan's speech delay and mum's low mood after a house move."),
        ("p", "Analysis: the children are well cared for. Ishaan has a significant speech and language delay. Mum "
              "has anxiety and is being supported by her GP. There are no domestic abuse or substance misuse "
              "concerns."),
        ("p", "Outcome: no further social work role. Step down to a Team Around the Family with a Lead Practitioner."),
    ], "C&F Assessment", "Adeel Sheikh")
    raw = outlook(f, frm=("Sheikh, Adeel", "Adeel.Sheikh@towerhamlets.gov.uk"), to=[THEH],
                  subject="Step down to Early Help - D'Costa - Mosaic ID: 1480015 / 1480016", date=date,
                  blocks=blocks,
                  attachments=[attachment("CFA D'Costa concluded 13.09.27.pdf", cfa, "application/pdf"),
                               attachment("TAF plan draft - D'Costa.docx", plan, DOCX)])
    return rec(f, "tower_hamlets", "early_help_duty", "ordinary", date, 8, raw,
               E("step_down", "book_meeting", case_ids=["1480015", "1480016"],
                 children=[("Ishaan D'Costa", "2019-02-03"), ("Aarav D'Costa", "2016-11-18")],
                 concerns=["disability_send", "parental_mental_health"], consent=True, manager=None, missing=[]),
               "Complete Tower Hamlets step-down: C&F assessment PDF, draft TAF plan .docx whose first table holds "
               "the Lead Practitioner (name + agency), TAF date and venue; signed consent; apostrophe surname "
               "D'Costa; DOB '3.2.2019'; the assessment conclusion date 13/09/2027 is not a DOB; 'No DA or "
               "substance misuse concerns' negated.")


@msg
def tower_hamlets_04():
    f = "tower_hamlets_04.eml"
    date = d(2027, 9, 20, 14, 35, 2)
    blocks = [
        "Hello,",
        "The C&F assessment for the children below concluded on 16/09/2027 with a recommendation of step-down to "
        "a TAF. The assessment and the draft TAF plan are attached.",
        ("table", [["Name", "DOB", "Mosaic"], ["Sumaiya Islam", "28.06.2012", "1469931"],
                   ["Rayhan Islam", "3/11/2015", "1469932"]], True),
        "Mum (Rokeya Islam) is in agreement with the step down and has signed the consent page.",
        "Lead Practitioner: TBC - the school have been approached but haven't confirmed who will take this on yet. "
        "I'll chase this week - its taking longer as thier DSL is off.",
        "TAF meeting: Thursday 30th September 2027 at 4pm, Bromley-by-Bow Family Hub.",
        "Main need: Sumaiya is a young carer - she helps dad, who has kidney failure and goes to dialysis three "
        "times a week, and looks after Rayhan after school. No concerns about parenting and no DA.",
        "Thanks",
        "Kojo Mensah\nSocial Worker | Children's Social Work (East)\n020 7946 0466",
        TH_DISC,
    ]
    cfa = make_pdf([
        ("h", "Child and Family Assessment - Outcome"),
        ("p", "Children: Sumaiya Islam (28/06/2012, Mosaic 1469931) and Rayhan Islam (03/11/2015, Mosaic 1469932)."),
        ("p", "Concluded 16/09/2027. Sumaiya (15) provides a lot of care for her father, who has kidney failure, and "
              "for her brother. Parenting is warm and consistent. Recommendation: step down to a TAF; young carers "
              "assessment."),
    ], "C&F Assessment", "Kojo Mensah")
    plan = make_docx([
        ("h", "TAF Plan (draft) - Islam family"),
        ("table", [["Lead Practitioner", "TBC (school approached)"],
                   ["TAF meeting", "30/09/2027 16:00, Bromley-by-Bow Family Hub"]]),
        ("table", [["Need", "Action", "Who"],
                   ["Sumaiya's caring role", "Young carers assessment and group", "Young carers service"],
                   ["Dad's health", "Link to the renal social worker", "Hospital"]], True),
    ], "TAF Plan", "Kojo Mensah")
    raw = outlook(f, frm=("Mensah, Kojo", "Kojo.Mensah@towerhamlets.gov.uk"), to=[THEH],
                  subject="Step down – Islam children – Mosaic 1469931 & 1469932", date=date, blocks=blocks,
                  html_only=True,
                  attachments=[attachment("C&F Assessment Islam.pdf", cfa, "application/pdf"),
                               attachment("TAF plan Islam DRAFT.docx", plan, DOCX)])
    return rec(f, "tower_hamlets", "early_help_duty", "ordinary", date, 10, raw,
               E("step_down", "request_info", case_ids=["1469931", "1469932"],
                 children=[("Sumaiya Islam", "2012-06-28"), ("Rayhan Islam", "2015-11-03")],
                 concerns=["young_carer"], consent=True, manager=None, missing=["lead_practitioner"]),
               "HTML-only Outlook step-down with the children in an HTML table (DOBs '28.06.2012', '3/11/2015'); "
               "assessment, TAF plan and consent present, but the Lead Practitioner is 'TBC - school approached', "
               "so missing; dad's kidney failure is no concern id, Sumaiya's caring is young_carer; 'no DA' "
               "negated.")


@msg
def tower_hamlets_05():
    f = "tower_hamlets_05.eml"
    date = d(2027, 9, 22, 9, 12, 44)
    text = """Hi,

Please find the C&F Assessment for Tymon Wróbel attached (Mosaic 1465520). Sorry for the delay - it was waiting for my TM's sign off.

Holly

Holly Greaves | Social Worker | Children's Social Work (Assessment) | 020 7946 0752

From: Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>
Sent: 20 September 2027 14:40
To: Greaves, Holly <Holly.Greaves@towerhamlets.gov.uk>
Subject: [SB-tower_hamlets-73] Step-down request received - information needed

Thank you for your step-down request. Your reference is SB-tower_hamlets-73 - please keep it in the subject line of any reply.

Still needed:
- the most current Child and Family Assessment

Early Help Hub (automated message)
"""
    cfa = make_pdf([
        ("h", "Child and Family Assessment"),
        ("p", "Child: Tymon Wróbel    DOB: 09/10/2014    Mosaic: 1465520"),
        ("p", "Assessment concluded: 17/09/2027    Social worker: Holly Greaves"),
        ("p", "Tymon lives with his mum, Katarzyna Wróbel, in Limehouse. His school attendance last year was 84% "
              "and he is at risk of persistent absence. Mum's depression is well managed with her GP and there are "
              "no current concerns about her mental health."),
        ("p", "Recommendation: step down to a Team Around the Family; attendance support to continue."),
    ], "C&F Assessment", "Holly Greaves")
    raw = simple(f, frm=("Greaves, Holly", "Holly.Greaves@towerhamlets.gov.uk"), to=[THEH],
                 subject="RE: [SB-tower_hamlets-73] Step-down request received - information needed", date=date,
                 text=text, cte="base64", crlf=True, mailer="Microsoft Outlook 16.0",
                 in_reply_to="<SB-tower_hamlets-73.ack.20270920144000@towerhamlets.gov.uk>",
                 msgid="<LO4P265MB60219C1E2A7B4D3F8E0A6B5C9D21@LO4P265MB6021.GBRP265.PROD.OUTLOOK.COM>",
                 attachments=[attachment("CFA - Tymon Wrobel.pdf", cfa, "application/pdf")],
                 boundary="_004_LO4P265MB60219C1E2A7B4D3FGBRP265PRODOUTLOOKCOM_")
    return rec(f, "tower_hamlets", "early_help_duty", "ordinary", date, 6, raw,
               E("follow_up", "attach_to_request", case_ids=["1465520"], children=[("Tymon Wróbel", "2014-10-09")],
                 concerns=["school_attendance"], consent=None, manager=None, missing=[]),
               "Base64 follow-up supplying exactly the missing C&F assessment (PDF whose WinAnsi text carries "
               "'Wróbel' and the DOB); mum's depression 'well managed ... no current concerns' is excluded; "
               "attendance 84% is current.")


@msg
def tower_hamlets_06():
    f = "tower_hamlets_06.eml"
    date = d(2027, 9, 23, 16, 5, 38)
    text = """Hello Early Help Hub,

I'm a hospital social worker at the Royal London. We have a 15 year old on our adolescent ward who is LAC (placed by Essex under s20, not known to Tower Hamlets). She has two younger siblings living with mum in Whitechapel and mum has asked whether she can get some Early Help support for the family while her daughter is in hospital.

This isn't a CP referral and there is no immediate safeguarding concern - I just need to know who to direct mum to and whether she can self-refer.

Many thanks
Helen Bright
Social Worker, Paediatric Liaison
Royal London Hospital
"""
    raw = simple(f, frm=("Helen Bright", "helen.bright@royallondon-hospital.example.org"), to=[THEH],
                 subject="Advice please - LAC young person on ward, siblings at home", date=date, text=text,
                 cte="quoted-printable", mailer="Microsoft Outlook 16.0")
    return rec(f, "tower_hamlets", "early_help_duty", "near_miss", date, 9, raw,
               E("other", "human_review"),
               "A hospital social worker's request for advice about self-referral: no request and no named child; "
               "'LAC', 'CP referral' and 'no immediate safeguarding concern' are negated or descriptive.")


@msg
def tower_hamlets_07():
    f = "tower_hamlets_07.eml"
    date = d(2027, 9, 28, 11, 48, 21)
    blocks = [
        "Hi Hub,",
        "Apologies - yesterday's email attached the Ali family's papers (Mosaic 1461207) in error, please disregard "
        "that one. Below and attached is the correct step down for the Khan family from Lucy (SW).",
        "Thanks\nSharmin",
        "Sharmin Akter | Business Support Officer | Children's Social Work (East)",
        ("quote", ["From: Benton, Lucy <Lucy.Benton@towerhamlets.gov.uk>", "Sent: 27 September 2027 16:10",
                   "To: Akter, Sharmin <Sharmin.Akter@towerhamlets.gov.uk>", "Subject: Step down – Khan – Mosaic 1459930"]),
        "Sharmin, please send to the Early Help Hub - thank you!",
        "Step down for Zayan Khan (DOB 21-01-2017), Mosaic 1459930, following my C&F assessment which concluded on "
        "24/09/2027.",
        "TAF meeting: Monday 4th October 2027 at 3.30pm at Bow Family Hub, which I'll chair.",
        "C&F assessment and TAF plan attached.",
        "Lead Practitioner: Ms Rehana Choudhury, Learning Mentor at Old Ford Primary, who has agreed to take on the "
        "role.",
        "Consent - mum wants to talk to dad first and will confirm at the TAF on 4th Oct.",
        "Remaining needs: Zayan's attendance (79% last year) and mum's low mood (she is seeing her GP).",
        "Lucy Benton | Social Worker | Children's Social Work (East)",
        TH_DISC,
    ]
    cfa = make_pdf([
        ("h", "Child and Family Assessment - Outcome"),
        ("p", "Child: Zayan Khan    DOB 21/01/2017    Mosaic 1459930    Concluded 24/09/2027"),
        ("p", "Zayan's attendance was 79% last year. Mum has low mood and is seeing her GP. Dad works nights. "
              "Recommendation: step down to a TAF with a Lead Practitioner from school."),
    ], "C&F Assessment", "Lucy Benton")
    plan = make_docx([
        ("h", "TAF Plan - Zayan Khan"),
        ("table", [["Lead Practitioner", "Rehana Choudhury, Learning Mentor, Old Ford Primary"],
                   ["TAF", "04/10/2027 15:30, Bow Family Hub"]]),
        ("table", [["Need", "Action", "Who"], ["Attendance", "Morning club place; weekly check-in", "School"],
                   ["Mum's low mood", "GP; parent drop-in at the hub", "Mum / hub"]], True),
    ], "TAF Plan", "Lucy Benton")
    raw = outlook(f, frm=("Akter, Sharmin", "Sharmin.Akter@towerhamlets.gov.uk"), to=[THEH],
                  subject="FW: Step down – Khan – Mosaic 1459930 (correct family)", date=date, blocks=blocks,
                  attachments=[attachment("CFA Khan.pdf", cfa, "application/pdf"),
                               attachment("TAF plan Khan.docx", plan, DOCX)])
    return rec(f, "tower_hamlets", "early_help_duty", "ordinary", date, 7, raw,
               E("step_down", "request_info", case_ids=["1459930"], children=[("Zayan Khan", "2017-01-21")],
                 concerns=["parental_mental_health", "school_attendance"], consent=None, manager=None,
                 missing=["consent"]),
               "Business support forwards the social worker's step-down and withdraws yesterday's mail for another "
               "family (the Ali family's Mosaic 1461207 is not this request's id); assessment, TAF plan and Lead "
               "Practitioner present, but consent will only be confirmed at the TAF (null, so missing); DOB "
               "'21-01-2017'.",
               decoys=["1461207"])


@msg
def tower_hamlets_08():
    f = "tower_hamlets_08.eml"
    date = d(2027, 10, 8, 13, 20, 16)
    blocks = [
        "Dear MAST,",
        "Please find attached a MARF for Ellie-Mae Stratford (DOB 05-Dec-2011). She isn't open on Mosaic.",
        "Since the summer Ellie-Mae has been seen getting into cars with older males outside school, and on 2nd "
        "October she was found by police in Stratford with £300 in cash and two phones. She has been missing from "
        "home twice this month (1st and 5th October), coming back late the same night each time. She is at home "
        "and in school today.",
        "Mum has agreed to the referral.",
        "I've discussed this with my TM, Priya Castellan, and she doesn't agree it meets the threshold for CSC yet "
        "- she would like us to hold a further TAF first - but given the new information I wanted MAST's view.",
        "Kind regards",
        "Kasia Nowicka\nEarly Help Practitioner | Early Help Hub (Poplar)\n020 7946 0925",
        TH_DISC,
    ]
    marf = make_pdf([
        ("h", "Multi-Agency Request for Support (MARF)"),
        ("table", [["Child", "Ellie-Mae Stratford"], ["DOB", "05/12/2011"], ["Mosaic", "Not known"],
                   ["Reason for request", "Concerns about child criminal/sexual exploitation: older males, cash and "
                    "phones, two missing episodes in October 2027."],
                   ["Consent", "Yes - mum (Donna Stratford) agreed 07/10/2027"],
                   ["Manager authorisation", "Not agreed - see referrer's email"],
                   ["Referrer", "Kasia Nowicka, Early Help Practitioner"]], [160, 335]),
    ], "MARF", "Kasia Nowicka")
    raw = outlook(f, frm=("Nowicka, Kasia", "Kasia.Nowicka@towerhamlets.gov.uk"), to=[THMAST],
                  subject="MAST step up request - Ellie-Mae Stratford", date=date, blocks=blocks,
                  attachments=[attachment("MARF Ellie-Mae S.pdf", marf, "application/pdf")])
    return rec(f, "tower_hamlets", "mash_step_up", "ordinary", date, 5, raw,
               E("step_up", "request_info", case_ids=[], children=[("Ellie-Mae Stratford", "2011-12-05")],
                 concerns=["exploitation", "missing"], consent=True, manager=False, missing=["manager_agreed"]),
               "MAST step-up with the MARF as a PDF, but the TM 'doesn't agree it meets the threshold' "
               "(manager_agreed false, so missing); no case id ('isn't open on Mosaic'); DOB '05-Dec-2011'; "
               "'Stratford' is both her surname and the place she was found; she came back the same night and is "
               "in school today, so not urgent.")


@msg
def tower_hamlets_09():
    f = "tower_hamlets_09.eml"
    date = d(2027, 10, 12, 10, 5, 47)
    blocks = [
        "Good morning,",
        "Please see attached the C&F assessment (concluded 07/10/2027) and TAF plan for Zara Malik (DOB "
        "06/03/2018) and Ibrahim Malik (DOB 14th January 2021), Mosaic ID: 1475512, 1475513. The outcome is "
        "step-down to a TAF.",
        "Mum is expecting a baby on 12th Jan 2028.",
        "Lead Practitioner: Claire Devlin, Family Support Worker, Chrisp Street Family Hub - she has agreed.",
        "TAF meeting: Wednesday 20th October 2027, 10.30am, Chrisp Street Family Hub.",
        "Mum and dad both signed consent for the step down on 08/10/2027.",
        "The remaining need is Ibrahim's speech and language delay (SALT referral made). The DA concerns from 2024 "
        "are resolved - dad completed a perpetrator programme and there have been no incidents since.",
        "Kind regards",
        "Amina Farooq | Social Worker | Children's Social Work (Poplar) | 020 7946 0317",
        TH_DISC,
    ]
    cfa = make_pdf([
        ("h", "Child and Family Assessment"),
        ("table", [["Child", "DOB", "Mosaic ID"], ["Zara Malik", "06/03/2018", "1475512"],
                   ["Ibrahim Malik", "14/01/2021", "1475513"]], [200, 120, 175]),
        ("p", "Concluded 07/10/2027. The children are well cared for. Ibrahim has a speech and language delay. "
              "Historic domestic abuse (2024) - resolved, no incidents since. Mum is pregnant (due January 2028)."),
        ("p", "Outcome: step down to a TAF with a Lead Practitioner."),
    ], "C&F Assessment", "Amina Farooq")
    plan = make_docx([
        ("h", "TAF Plan - Malik family"),
        ("table", [["Lead Practitioner", "Claire Devlin, Family Support Worker, Chrisp Street Family Hub"],
                   ["TAF meeting", "20/10/2027 10:30, Chrisp Street Family Hub"]]),
        ("table", [["Need", "Action", "Who"], ["Ibrahim's speech and language", "SALT; Stay and Play sessions", "SALT / hub"],
                   ["New baby", "Health visitor antenatal contact", "Health visiting"]], True),
    ], "TAF Plan", "Amina Farooq")
    raw = outlook(f, frm=("Farooq, Amina", "Amina.Farooq@towerhamlets.gov.uk"), to=[THEH],
                  subject="Step down – Malik – Mosaic ID: 1475512, 1475513", date=date, blocks=blocks,
                  attachments=[attachment("C&F Assessment - Malik.pdf", cfa, "application/pdf"),
                               attachment("TAF Plan - Malik.docx", plan, DOCX)])
    return rec(f, "tower_hamlets", "early_help_duty", "ordinary", date, 11, raw,
               E("step_down", "book_meeting", case_ids=["1475512", "1475513"],
                 children=[("Zara Malik", "2018-03-06"), ("Ibrahim Malik", "2021-01-14")],
                 concerns=["disability_send"], consent=True, manager=None, missing=[]),
               "Complete Tower Hamlets step-down (assessment PDF, TAF plan .docx, signed consent, named Lead "
               "Practitioner with agency); the expected baby (due 12th Jan 2028) is not a child and its date is not "
               "a DOB; DA from 2024 is resolved; DOB '14th January 2021'.")


@msg
def tower_hamlets_10():
    f = "tower_hamlets_10.eml"
    date = d(2027, 10, 19, 9, 40, 3)
    blocks = [
        "Good morning,",
        "I confirm I have discussed the step up for Hannah Morley-Ahmed (Mosaic 1483077) with Rafiq in supervision "
        "yesterday and I agree it should go to MAST.",
        "Lucia Fernandes\nTeam Manager | Early Help Hub (Poplar)\n020 7946 0508",
        ("quote", ["From: MAST <MAST@towerhamlets.gov.uk>", "Sent: 15 October 2027 11:26",
                   "To: Uddin, Rafiq <Rafiq.Uddin@towerhamlets.gov.uk>",
                   "Cc: Fernandes, Lucia <Lucia.Fernandes@towerhamlets.gov.uk>",
                   "Subject: [SB-tower_hamlets-77] MAST step-up request received - information needed"]),
        "Thank you for your step-up request. Your reference is SB-tower_hamlets-77 - please keep it in the subject "
        "line of any reply.",
        "Still needed:\n- evidence of management oversight - your manager has agreed the step-up",
        "MAST (automated message)",
        TH_DISC,
    ]
    raw = outlook(f, frm=("Fernandes, Lucia", "Lucia.Fernandes@towerhamlets.gov.uk"), to=[THMAST],
                  cc=[("Uddin, Rafiq", "Rafiq.Uddin@towerhamlets.gov.uk")],
                  subject="RE: [SB-tower_hamlets-77] MAST step-up request received - information needed", date=date,
                  blocks=blocks, in_reply_to="<SB-tower_hamlets-77.ack.20271015112600@towerhamlets.gov.uk>")
    return rec(f, "tower_hamlets", "mash_step_up", "ordinary", date, 4, raw,
               E("follow_up", "attach_to_request", case_ids=["1483077"], children=[("Hannah Morley-Ahmed", None)],
                 concerns=[], consent=None, manager=True, missing=[]),
               "The team manager's own reply to [SB-tower_hamlets-77] supplying exactly the missing manager "
               "agreement ('I agree it should go to MAST').")


# ============================================================================================
# TORBAY
# ============================================================================================
TBEH = ("Early Help", "earlyhelp@torbay.gov.uk")
TBMASH = ("MASH", "mash@torbay.gov.uk")


@msg
def torbay_01():
    f = "torbay_01.eml"
    date = d(2027, 8, 26, 10, 55, 31)
    blocks = [
        "Hi Early Help,",
        "Could I have a triage slot please for Alexandra MacAulay (DOB 9th April 2018), known as Lexi, and her "
        "brother Rowan MacAulay-Tucker (DOB 23.02.2024), LCS-2311047. My Single Assessment has concluded no "
        "further action at level 4 but with a high level of need requiring a level 3 coordinated response.",
        "The Single Assessment is attached - it includes my analysis and the rationale for step down, and my TM "
        "Silas Penrose has recorded his manager's analysis confirming the threshold for level 3 is met.",
        "Mum (Leanne MacAulay) has consented to level 3 Early Help - signed consent uploaded to LCS on 25/08/27.",
        "Worries: home conditions (neglect) have improved but are not yet consistent, and mum has depression and is "
        "waiting for talking therapy. Lexi is doing well at school and is a lovely girl.",
        "As Rowan is 3 I think this will need to go to the under 5s triage?",
        "Thanks\nBecky",
        "Becky Trudgeon | Social Worker | Single Assessment Team | Torbay Council | 01632 960382",
        TORBAY_DISC,
    ]
    sa = make_pdf([
        ("h", "Single Assessment - Analysis and Outcome"),
        ("table", [["Child", "DOB", "LCS"], ["Alexandra MacAulay", "09/04/2018", "LCS-2311047"],
                   ["Rowan MacAulay-Tucker", "23/02/2024", "LCS-2311047"]], [200, 120, 175]),
        ("p", "Social worker's analysis: the home was dirty and cluttered at referral; it has improved with support "
              "but is not consistent. Mum has depression (GP, talking therapy waiting list). The children are "
              "attached to mum and Lexi's school report no concerns. Rationale for step down: level 4 intervention "
              "is not required but the family needs a level 3 coordinated response."),
        ("p", "Manager's analysis: I agree with the social worker's analysis. The threshold for a level 3 "
              "coordinated Early Help response is met. Silas Penrose, Team Manager, 25/08/2027."),
    ], "Single Assessment", "Becky Trudgeon")
    raw = outlook(f, frm=("Trudgeon, Becky", "Becky.Trudgeon@torbay.gov.uk"), to=[TBEH],
                  subject="Triage slot please – MacAulay – LCS-2311047 – step down to L3", date=date, blocks=blocks,
                  attachments=[attachment("Single Assessment MacAulay.pdf", sa, "application/pdf")])
    return rec(f, "torbay", "early_help_duty", "ordinary", date, 8, raw,
               E("step_down", "book_meeting", level=3, case_ids=["LCS-2311047"],
                 children=[("Alexandra MacAulay", "2018-04-09"), ("Rowan MacAulay-Tucker", "2024-02-23")],
                 concerns=["neglect", "parental_mental_health"], consent=True, manager=True, missing=[]),
               "Complete Torbay step-down (Single Assessment PDF with the manager's analysis, consent signed); "
               "'Alexandra MacAulay ... known as Lexi' then Lexi; Mac surname and a half-sibling with a "
               "double-barrelled one; DOBs '9th April 2018' and '23.02.2024'; an under-5 (under-5s triage); "
               "'level 4' is the level stepped down from, level 3 the level stepped down to.")


@msg
def torbay_02():
    f = "torbay_02.eml"
    date = d(2027, 9, 1, 9, 35, 12)
    blocks = [
        "Hi MASH,",
        "Contact / step up for Szymon Wójcik (DOB 04.07.2011), EHM-741992, open to me at level 3.",
        "Szymon was reported missing on Saturday night (28/08) and was found by police on Sunday morning in a flat "
        "in Paignton with two adult males, one of whom is known to police for supplying class A drugs. This is his "
        "third missing episode since June. He has been home since, is keeping to an agreed curfew and police have "
        "done the return home interview, so there is no immediate risk today, but the pattern is escalating and we "
        "think he is being exploited.",
        "My TM Tamsin Verity and I agree this needs to be considered for level 4.",
        "Consent: dad (Marek Wójcik) has refused consent to a contact to MASH - he says Szymon is \"just being a "
        "teenager\" and he doesn't want social services involved. Mum lives in Poland.",
        "Pete",
        "Pete Jowett | Early Help Practitioner | Torbay Council | 01632 960517",
        TORBAY_DISC,
    ]
    raw = outlook(f, frm=("Jowett, Pete", "Pete.Jowett@torbay.gov.uk"), to=[TBMASH],
                  subject="Contact to MASH - Szymon Wójcik - EHM-741992", date=date, blocks=blocks)
    return rec(f, "torbay", "mash_step_up", "near_miss", date, 6, raw,
               E("step_up", "request_info", case_ids=["EHM-741992"], children=[("Szymon Wójcik", "2011-07-04")],
                 concerns=["exploitation", "missing"], consent=False, manager=True, missing=["consent"]),
               "Torbay step-up (contact to MASH) about a Polish 16-year-old: exploitation and missing are current, "
               "but he is home with a curfew and a return interview done ('no immediate risk today'), so not urgent; "
               "dad has refused consent (false, so missing); worker and TM agree; DOB '04.07.2011'.")


@msg
def torbay_03():
    f = "torbay_03.eml"
    date = d(2027, 9, 7, 14, 20, 45)
    blocks = [
        "Hi,",
        "Requesting a triage slot for Kieran O'Shaughnessy (DOB 1st March 2015), LCS-2305561. CIN plan outcomes "
        "achieved - no further need for statutory intervention, but a high level of need for a level 3 coordinated "
        "response.",
        "The main need is school attendance (68% last year). Single Assessment attached.",
        "Mum was happy for the step down when I saw her on Friday and signed the level 3 consent.",
        "My TM, Kerenza Hocking, is on leave until the 27th and hasn't done the manager's analysis yet - she'll add "
        "it when she's back.",
        "Thanks\nDanny",
        "Danny Cole | Social Worker | Safeguarding and Supporting Families Team | 01632 960644",
        TORBAY_DISC,
    ]
    sa = make_docx([
        ("h", "Single Assessment - Kieran O'Shaughnessy"),
        ("table", [["DOB", "01/03/2015"], ["LCS", "LCS-2305561"], ["Team", "SASF"]]),
        ("p", "Analysis: CIN plan outcomes achieved (home conditions and routines). Remaining need: school "
              "attendance, 68% in 2026/27. Rationale for step down: statutory intervention no longer needed; a level "
              "3 coordinated response with school and Early Help is recommended."),
        ("p", "Manager's analysis: [not yet completed]"),
    ], "Single Assessment", "Danny Cole")
    raw = outlook(f, frm=("Cole, Danny", "Danny.Cole@torbay.gov.uk"), to=[TBEH],
                  subject="Request for triage slot – step down to level 3 – Kieran O'Shaughnessy LCS-2305561",
                  date=date, blocks=blocks,
                  attachments=[attachment("SA - K O'Shaughnessy.docx", sa, DOCX)])
    return rec(f, "torbay", "early_help_duty", "ordinary", date, 9, raw,
               E("step_down", "request_info", level=3, case_ids=["LCS-2305561"],
                 children=[("Kieran O'Shaughnessy", "2015-03-01")], concerns=["school_attendance"], consent=True,
                 manager=None, missing=["manager_agreed"]),
               "Torbay step-down to level 3 with consent signed and the Single Assessment attached, but the TM is on "
               "leave and the manager's analysis is not done (the form's heading is printed with no content), so "
               "manager_agreed is null and missing; apostrophe surname; DOB '1st March 2015'.")


@msg
def torbay_04():
    f = "torbay_04.eml"
    date = d(2027, 9, 9, 11, 2, 27)
    blocks = [
        "Hi,",
        "I've now recorded my manager's analysis on LCS for Maisie Tregunna (LCS-2309918): I agree the threshold "
        "for level 3 intervention is met and I support the step down.",
        "Carolyn Lane\nTeam Manager | Safeguarding and Supporting Families\nTorbay Council | 01632 960290",
        ("quote", ["From: Early Help <earlyhelp@torbay.gov.uk>", "Sent: 07 September 2027 09:41",
                   "To: Lane, Carolyn <Carolyn.Lane@torbay.gov.uk>",
                   "Subject: [SB-torbay-36] Step-down request received - information needed"]),
        "Thank you for the step-down request. Your reference is SB-torbay-36 - please keep it in the subject line "
        "of any reply.",
        "Still needed:\n- your team manager's analysis confirming the threshold for level 3 intervention is met",
        "Early Help (automated message)",
        TORBAY_DISC,
    ]
    raw = outlook(f, frm=("Lane, Carolyn", "Carolyn.Lane@torbay.gov.uk"), to=[TBEH],
                  subject="RE: [SB-torbay-36] Step-down request received - information needed", date=date,
                  blocks=blocks, in_reply_to="<SB-torbay-36.ack.20270907094100@torbay.gov.uk>")
    return rec(f, "torbay", "early_help_duty", "ordinary", date, 5, raw,
               E("follow_up", "attach_to_request", case_ids=["LCS-2309918"], children=[("Maisie Tregunna", None)],
                 concerns=[], consent=None, manager=True, missing=[]),
               "The TM's reply to [SB-torbay-36] supplying exactly the missing manager's analysis; 'level 3' in a "
               "follow-up leaves level null.")


@msg
def torbay_05():
    f = "torbay_05.eml"
    date = d(2027, 9, 15, 15, 48, 6)
    blocks = [
        "Hi EH,",
        "Please can I have a triage slot for the children below. The Single Assessment is attached.",
        ("table", [["Child", "DOB", "LCS"], ["Harper Couch", "11/01/2014", "LCS-2316630"],
                   ["Reggie Couch", "30.06.2017", "(same episode)"], ["Esmé Ridd", "2 Jan 2023", "(same episode)"]], True),
        ("table", [["Level", "3 (Intensive)"],
                   ["Consent for L3 EH", "Yes - verbal consent from mum (Chantelle Couch) on 13/09/27, recorded on LCS"],
                   ["Manager's analysis", "Completed by my TM, Tamsin Verity, on 14/09/27 - level 3 threshold met"],
                   ["Worries", "Mum's daily cannabis use; Harper's attendance (82% last year)"],
                   ["Working well", "Grandad Ridd collects the children from school every day; home is clean"]], False),
        "Esmé is under 5 so I think this needs to go to the under 5s triage with AFC.",
        "Many thanks,\nSophie",
        "Sophie Widdicombe | Social Worker | Single Assessment Team | 01632 960733",
        TORBAY_DISC,
    ]
    sa = make_pdf([
        ("h", "Single Assessment - Couch / Ridd"),
        ("p", "LCS-2316630. Children: Harper Couch (11/01/2014), Reggie Couch (30/06/2017), Esmé Ridd (02/01/2023)."),
        ("p", "Analysis: mum uses cannabis daily; the children's basic care is good and grandad supports every day. "
              "Harper's attendance was 82% in 2026/27. Rationale: no level 4 role; needs can be met by a level 3 "
              "coordinated Early Help response."),
        ("p", "Manager's analysis: agreed - threshold for level 3 met. Tamsin Verity (TM) 14/09/2027."),
    ], "Single Assessment", "Sophie Widdicombe")
    raw = outlook(f, frm=("Widdicombe, Sophie", "Sophie.Widdicombe@torbay.gov.uk"), to=[TBEH],
                  subject="Triage slot - Couch/Ridd - LCS-2316630 - L3", date=date, blocks=blocks, html_only=True,
                  attachments=[attachment("SA Couch Ridd.pdf", sa, "application/pdf")])
    return rec(f, "torbay", "early_help_duty", "ordinary", date, 7, raw,
               E("step_down", "book_meeting", level=3, case_ids=["LCS-2316630"],
                 children=[("Harper Couch", "2014-01-11"), ("Reggie Couch", "2017-06-30"), ("Esmé Ridd", "2023-01-02")],
                 concerns=["school_attendance", "substance_misuse"], consent=True, manager=True, missing=[]),
               "HTML-only Outlook step-down with two tables: three children with two surnames (Couch / Ridd, "
               "'Esmé' accented, also in the WinAnsi PDF), DOBs '11/01/2014', '30.06.2017', '2 Jan 2023', and a "
               "facts table giving level 3, verbal consent recorded on LCS and the TM's analysis; 'Grandad Ridd' is "
               "an adult; an under-5.")


@msg
def torbay_06():
    f = "torbay_06.eml"
    date = d(2027, 9, 21, 10, 25, 58)
    text = """Hi MASH team,

Please see my contact below about Demi-Leigh and Tyler-James Rowe. My manager has agreed it (his reply is underneath). I'm the lead professional at level 3 (Torbay Young Carers Project).

Thanks,
Morwenna

---------- Forwarded message ---------
From: Gareth Lanyon <gareth.lanyon@torbayyoungcarers.example.org>
Date: Mon, 20 Sept 2027 at 17:04
Subject: Re: Rowe family - contact to MASH
To: Morwenna Pascoe <morwenna.pascoe@torbayyoungcarers.example.org>


Morwenna - yes, I agree this needs to go to MASH for a level 4 view. Send it in the morning.
Gareth

Gareth Lanyon | Service Manager | Torbay Young Carers Project

On Mon, 20 Sept 2027 at 15:12, Morwenna Pascoe <morwenna.pascoe@torbayyoungcarers.example.org> wrote:
> Gareth, draft contact below - are you happy?
>
> Children: Demi-Leigh Rowe (DOB 30th Aug 2012) and Tyler-James Rowe (DOB 15/05/2015), EHM-742305.
> Mum (Kirsty Rowe) has schizophrenia and stopped taking her medication in August. Over the last three weeks she has been hearing voices and has not left the house. Demi-Leigh (15) is doing all the cooking, cleaning and shopping and giving mum her tablets, and she has missed 6 days of school since term started. Mum's partner is drinking heavily every day.
> Mum has given consent for me to contact MASH - she signed our consent form today (20/09/27).
> No immediate risk - mum's CPN is visiting tomorrow.
>
> Morwenna Pascoe
> Young Carers Lead Practitioner | Torbay Young Carers Project | 07700 900288
"""
    html_body = ('<div dir="ltr"><div>Hi MASH team,</div><div><br></div><div>Please see my contact below about '
                 'Demi-Leigh and Tyler-James Rowe. My manager has agreed it (his reply is underneath). I\'m the lead '
                 'professional at level 3 (Torbay Young Carers Project).</div><div><br></div><div>Thanks,</div>'
                 '<div>Morwenna</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- '
                 'Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">Gareth Lanyon'
                 '</strong> <span dir="auto">&lt;gareth.lanyon@torbayyoungcarers.example.org&gt;</span><br>Date: '
                 'Mon, 20 Sept 2027 at 17:04<br>Subject: Re: Rowe family - contact to MASH<br>To: Morwenna Pascoe '
                 '&lt;morwenna.pascoe@torbayyoungcarers.example.org&gt;<br></div><br><br><div dir="ltr">'
                 '<div>Morwenna - yes, I agree this needs to go to MASH for a level 4 view. Send it in the morning.'
                 '</div><div>Gareth</div><div><br></div><div>Gareth Lanyon | Service Manager | Torbay Young Carers '
                 'Project</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, 20 Sept '
                 '2027 at 15:12, Morwenna Pascoe &lt;morwenna.pascoe@torbayyoungcarers.example.org&gt; wrote:<br>'
                 '</div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                 'rgb(204,204,204);padding-left:1ex"><div dir="ltr"><div>Gareth, draft contact below - are you happy?'
                 '</div><div><br></div><div>Children: Demi-Leigh Rowe (DOB 30th Aug 2012) and Tyler-James Rowe (DOB '
                 '15/05/2015), EHM-742305.</div><div>Mum (Kirsty Rowe) has schizophrenia and stopped taking her '
                 'medication in August. Over the last three weeks she has been hearing voices and has not left the '
                 'house. Demi-Leigh (15) is doing all the cooking, cleaning and shopping and giving mum her tablets, '
                 'and she has missed 6 days of school since term started. Mum\'s partner is drinking heavily every '
                 'day.</div><div>Mum has given consent for me to contact MASH - she signed our consent form today '
                 '(20/09/27).</div><div>No immediate risk - mum\'s CPN is visiting tomorrow.</div><div><br></div>'
                 '<div>Morwenna Pascoe</div><div>Young Carers Lead Practitioner | Torbay Young Carers Project | '
                 '07700 900288</div></div></blockquote></div></div></div>\n')
    hdrs = [("MIME-Version", "1.0"), ("Date", email.utils.format_datetime(date)),
            ("Message-ID", "<CAF7kQ2xR9mZ4pLwT0vN8sYb3HcJ6eUd1gAq5fKoW2iXyB7nM@mail.gmail.com>"),
            ("Subject", "Fwd: Rowe family - contact to MASH"),
            ("From", addr("Morwenna Pascoe", "morwenna.pascoe@torbayyoungcarers.example.org")),
            ("To", addr(*TBMASH))]
    root = multipart("alternative", [text_part(text, "plain", "UTF-8", "quoted-printable"),
                                     text_part(html_body, "html", "UTF-8", "quoted-printable")],
                     "000000000000" + hx(f, 16).lower())
    raw = message(hdrs, root, crlf=False)
    return rec(f, "torbay", "mash_step_up", "ordinary", date, 9, raw,
               E("step_up", "book_meeting", case_ids=["EHM-742305"],
                 children=[("Demi-Leigh Rowe", "2012-08-30"), ("Tyler-James Rowe", "2015-05-15")],
                 concerns=["parental_mental_health", "school_attendance", "substance_misuse", "young_carer"],
                 consent=True, manager=True, missing=[]),
               "Gmail 'Fwd:' from an external level-3 lead professional (young carers charity): every fact is in the "
               "'>'-quoted draft inside the forward, and the manager's agreement is in the forwarded reply; mum "
               "signed consent to the MASH contact; four current concerns; 'No immediate risk - CPN visiting "
               "tomorrow', so not urgent; DOB '30th Aug 2012'.")


@msg
def torbay_07():
    f = "torbay_07.eml"
    date = d(2027, 9, 27, 8, 41, 9)
    org = "earlyhelp@torbay.gov.uk"
    cal = ical_reply(uid="040000008200E00074C5B7101A82E008000000004F1B2C7E31B5DB010000000000000000100000009A2D",
                     summary="Early Help triage - [SB-torbay-52]", start="20270928T093000", end="20270928T100000",
                     attendee="Becky.Trudgeon@torbay.gov.uk", attendee_name="Trudgeon Becky", organizer=org,
                     organizer_name="Early Help", partstat="ACCEPTED", stamp="20270927T074109Z")
    host, mid, tindex, received = outlook_ids(f, date)
    hdrs = [("Received", r) for r in received] + [
        ("From", addr("Trudgeon, Becky", "Becky.Trudgeon@torbay.gov.uk")), ("To", addr(*TBEH)),
        ("Subject", "Accepted: Early Help triage - [SB-torbay-52]"),
        ("Thread-Topic", "Early Help triage - [SB-torbay-52]"), ("Thread-Index", tindex),
        ("Date", email.utils.format_datetime(date)), ("Message-ID", mid), ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"), ("X-MS-Has-Attach", ""), ("MIME-Version", "1.0")]
    root = multipart("alternative", [text_part("\n", crlf=True), text_part(to_html([""]), "html", crlf=True),
                                     text_part(cal, "calendar", "utf-8", "base64", params='; method="REPLY"', crlf=True)],
                     f"_000_{hx(f + 'alt', 36)}GBRP265PRODOUTLOOKCOM_")
    raw = message(hdrs, root, crlf=True)
    return rec(f, "torbay", "early_help_duty", "ordinary", date, 3, raw,
               E("meeting_reply", "record_reply"),
               "Outlook iTIP REPLY (PARTSTAT=ACCEPTED) to the triage slot [SB-torbay-52], empty body.")


@msg
def torbay_08():
    f = "torbay_08.eml"
    date = d(2027, 10, 13, 16, 10, 40)
    blocks = [
        "Hi EH,",
        "Requesting a triage slot for Eliza Penhallow (DOB 15-08-2016) and baby Noah Penhallow (DOB 11/06/2027), "
        "LCS-2319904. My Single Assessment has concluded - no further action at level 4 and step down to Early "
        "Help. Single Assessment attached.",
        "Manager’s analysis recorded by Silas Penrose (TM) on 12/10/27 agreeing the step down.",
        "Worries: mum’s postnatal depression – she is under the perinatal mental health team and on medication. "
        "Dad works away Monday to Friday.",
        "I havent sought consent from mum yet – I’ll see her before triage and get it then, its definately on my list.",
        "Noah is under 5 so presumably it will be the under 5s triage.",
        "Gemma",
        "Gemma Narracott | Social Worker | Single Assessment Team | 01632 960159",
        TORBAY_DISC,
    ]
    sa = make_docx([
        ("h", "Single Assessment - Penhallow"),
        ("table", [["Child", "DOB", "LCS"], ["Eliza Penhallow", "15/08/2016", "LCS-2319904"],
                   ["Noah Penhallow", "11/06/2027", "LCS-2319904"]], True),
        ("p", "Analysis: referral from the health visitor in August about mum's low mood after Noah's birth. Mum has "
              "postnatal depression and is supported by the perinatal mental health team. The children's needs are "
              "met; dad works away in the week. Rationale for step down: statutory intervention is not needed; Early "
              "Help support with routines and mum's wellbeing is recommended."),
        ("p", "Manager's analysis: agreed, step down to Early Help. S. Penrose (TM) 12/10/2027."),
    ], "Single Assessment", "Gemma Narracott")
    raw = outlook(f, frm=("Narracott, Gemma", "Gemma.Narracott@torbay.gov.uk"), to=[TBEH],
                  subject="Triage request – Penhallow – LCS-2319904", date=date, blocks=blocks,
                  charset="windows-1252",
                  attachments=[attachment("Single Assessment Penhallow.docx", sa, DOCX)])
    return rec(f, "torbay", "early_help_duty", "ordinary", date, 6, raw,
               E("step_down", "request_info", level=None, case_ids=["LCS-2319904"],
                 children=[("Eliza Penhallow", "2016-08-15"), ("Noah Penhallow", "2027-06-11")],
                 concerns=["parental_mental_health"], consent=None, manager=True, missing=["consent"]),
               "windows-1252 Torbay step-down: consent 'haven't sought ... yet' (null, so missing); manager's "
               "analysis recorded; a named 4-month-old baby is a child with DOB '11/06/2027'; 'level 4' is only the "
               "level stepped down from and no target level is stated, so level null.")


@msg
def torbay_09():
    f = "torbay_09.eml"
    date = d(2027, 10, 18, 11, 30, 22)
    blocks = [
        "Hi EH,",
        "Requesting a triage slot for Jago Trevithick (DOB 2013-11-22) and Tamsyn Trevithick (DOB 7th Sept 2017), "
        "LCS-2320871.",
        "The s47 enquiry concluded on 01/10/2027 with no further action - Tamsyn's injury was accepted as accidental "
        "(a fall from the trampoline, consistent with the medical opinion) and there are no current child "
        "protection concerns. Single Assessment outcome: step down to level 3 Early Help for support with Jago's "
        "school attendance (83% last year).",
        "Dad and stepmum (Lowenna) gave written consent for level 3 EH on 14/10.",
        "My TM, Kerenza Hocking, recorded her manager's analysis on LCS on 15/10 confirming the level 3 threshold "
        "is met.",
        "Single Assessment attached.",
        "Tom",
        "Tom Bray | Social Worker | Single Assessment Team | 01632 960871",
        TORBAY_DISC,
    ]
    sa = make_pdf([
        ("h", "Single Assessment - Trevithick"),
        ("table", [["Child", "DOB"], ["Jago Trevithick", "22/11/2013"], ["Tamsyn Trevithick", "07/09/2017"]], [250, 245]),
        ("p", "LCS-2320871. Section 47 enquiry 24/09/2027 to 01/10/2027: NFA, injury accidental. Analysis: warm, "
              "safe care. Jago's attendance was 83% in 2026/27. Rationale for step down: level 3 support with "
              "attendance."),
        ("p", "Manager's analysis (15/10/2027): agreed, level 3 threshold met. K. Hocking, Team Manager."),
    ], "Single Assessment", "Tom Bray")
    raw = outlook(f, frm=("Bray, Tom", "Tom.Bray@torbay.gov.uk"), to=[TBEH],
                  subject="Triage slot request - Trevithick - LCS-2320871", date=date, blocks=blocks,
                  attachments=[attachment("SA Trevithick Oct27.pdf", sa, "application/pdf")])
    return rec(f, "torbay", "early_help_duty", "near_miss", date, 8, raw,
               E("step_down", "book_meeting", level=3, case_ids=["LCS-2320871"],
                 children=[("Jago Trevithick", "2013-11-22"), ("Tamsyn Trevithick", "2017-09-07")],
                 concerns=["school_attendance"], consent=True, manager=True, missing=[]),
               "Complete Torbay level 3 step-down after a concluded s47 (NFA, injury accidental, 'no current child "
               "protection concerns'): physical harm is ruled out, not urgent; Cornish names; DOBs '2013-11-22' and "
               "'7th Sept 2017'; stepmum Lowenna is an adult.")


@msg
def torbay_10():
    f = "torbay_10.eml"
    date = d(2027, 10, 21, 13, 5, 17)
    blocks = [
        "Hi,",
        "Mum rang me back this morning and has agreed to level 3 Early Help for both girls - I've recorded her "
        "consent on LCS.",
        "Sophie",
        "Sophie Widdicombe | Social Worker | Single Assessment Team | 01632 960733",
        ("quote", ["From: Early Help <earlyhelp@torbay.gov.uk>", "Sent: 19 October 2027 15:02",
                   "To: Widdicombe, Sophie <Sophie.Widdicombe@torbay.gov.uk>",
                   "Subject: [SB-torbay-61] Step-down request received - information needed"]),
        "Thank you for the step-down request. Your reference is SB-torbay-61.",
        "Children: Poppy Hext, Daisy-Mae Hext\nCase: LCS-2318460",
        "Still needed:\n- confirmation that the family's consent for level 3 Early Help has been sought and given",
        "Early Help (automated message)",
        TORBAY_DISC,
    ]
    raw = outlook(f, frm=("Widdicombe, Sophie", "Sophie.Widdicombe@torbay.gov.uk"), to=[TBEH],
                  subject="RE: [SB-torbay-61] Step-down request received - information needed", date=date,
                  blocks=blocks, in_reply_to="<SB-torbay-61.ack.20271019150200@torbay.gov.uk>")
    return rec(f, "torbay", "early_help_duty", "ordinary", date, 4, raw,
               E("follow_up", "attach_to_request", case_ids=["LCS-2318460"],
                 children=[("Poppy Hext", None), ("Daisy-Mae Hext", None)], concerns=[], consent=True, manager=None,
                 missing=[]),
               "Follow-up to [SB-torbay-61] supplying exactly the missing consent (given by phone and recorded); "
               "children and case id only in the quoted acknowledgement.")


# ============================================================================================
# HEREFORDSHIRE
# ============================================================================================
HFEH = ("Early Help Co-ordinators", "earlyhelpcoordinators@herefordshire.gov.uk")
HFMASH = ("MASH", "mash@herefordshire.gov.uk")


def consent_pdf(family, parent, children_text, date_signed, lang_note=None):
    blocks = [("h", "Herefordshire Council - Consent to Early Help"),
              ("p", f"Family: {family}"),
              ("p", f"I, {parent}, agree to my family being supported by Early Help and to information being shared "
                    f"with the professionals named in the step-down plan, for {children_text}."),
              ("p", "I have been shown the step-down plan and I agree with the actions in it.")]
    if lang_note:
        blocks.append(("p", lang_note))
    blocks += [("gap",), ("table", [["Signed", "Date"], [parent, date_signed]], [300, 195])]
    return make_pdf(blocks, "Consent to Early Help", "Herefordshire Council")


def eha_plan(children_rows, needs, worried, working, plan_rows, key_person):
    blocks = [("h", "Early Help Assessment - Step Down"),
              ("h2", "1. Family Details and Consent"),
              ("table", [["ID", "Name", "Date of Birth"]] + children_rows, True),
              ("h2", "2. Summary of Presenting Needs"), ("p", needs),
              ("h2", "3. Early Help Assessment - Part 2"),
              ("table", [["What are we worried about?", worried], ["What's working well?", working]]),
              ("h2", "Wellbeing Plan"),
              ("table", [["What needs to happen - including by whom", "Outcome", "Achievable Timescale"]] + plan_rows, True),
              ("h2", "Details of Key Person involved in Early Help Assessment")]
    if key_person:
        blocks.append(("table", [["Name", key_person[0]], ["Role", key_person[1]], ["Agency", key_person[2]],
                                 ["Phone", key_person[3]]]))
    else:
        blocks.append(("p", "Not yet identified."))
    return make_docx(blocks, "EHA Step Down", "Herefordshire Council")


@msg
def herefordshire_01():
    f = "herefordshire_01.eml"
    date = d(2027, 8, 31, 10, 40, 13)
    blocks = [
        "Bore da Early Help Co-ordinators,",
        "Please find attached the Early Help Assessment step-down plan for the sibling group below (started from the "
        "sibling group on Mosaic) and mum's signed consent form.",
        ("table", [["Name", "DOB", "Mosaic ID"], ["Gwenllian Price-Bowen", "19.09.2018", "620118"],
                   ["Dewi Price-Bowen", "2015-08-17", "620119"], ["Osian Jenkins", "12 Sept 2012", "620120"]], True),
        "Outcome of the C&F assessment (decision 24/08/2027): remaining needs at 'Intensive' (level 3) that can be "
        "met by Early Help. I talked the plan through at the Tuesday drop-in on 24/08.",
        "Key person: Delyth Morgan, Family Support Worker, Kington Family Hub - she has met mum and the children and "
        "agreed to lead.",
        "Worries: mum (Rhian Price) has bipolar disorder and was discharged from hospital in June; she is under the "
        "community mental health team and her mental health is still the main worry. Osian (14) has been doing a "
        "lot for mum and the little ones and has been referred to Herefordshire Young Carers. The DA from Osian's "
        "dad ended in 2023 and there has been no contact since.",
        "Gwen is thriving at school and Dewi loves his football.",
        "Diolch,\nAngharad",
        "Angharad Rees | Social Worker | Children in Need Team (Hereford) | 01632 960174",
        HEREF_DISC,
    ]
    plan = eha_plan([["620118", "Gwenllian Price-Bowen", "19/09/2018"], ["620119", "Dewi Price-Bowen", "17/08/2015"],
                     ["620120", "Osian Jenkins", "12/09/2012"]],
                    "Mum's bipolar disorder (recent admission); Osian's caring role.",
                    "Mum's mental health after her admission; Osian doing a lot of caring for mum and his siblings.",
                    "Mum takes her medication and sees the CMHT; Nain lives in Kington and helps; the children are "
                    "doing well at school.",
                    [["Delyth to visit weekly and support mum's routines", "Stable routines", "12 weeks"],
                     ["Young carers assessment for Osian (Herefordshire Young Carers)", "Osian has time for himself", "6 weeks"],
                     ["Mum to keep CMHT appointments", "Mum stays well", "Ongoing"]],
                    ("Delyth Morgan", "Family Support Worker", "Kington Family Hub", "01632 960448"))
    consent = consent_pdf("Price-Bowen / Jenkins", "Rhian Price",
                          "my children Gwenllian Price-Bowen, Dewi Price-Bowen and Osian Jenkins", "27/08/2027")
    raw = outlook(f, frm=("Rees, Angharad", "Angharad.Rees@herefordshire.gov.uk"), to=[HFEH],
                  subject="Step down plan – Price-Bowen / Jenkins sibling group – Mosaic 620118 / 620119 / 620120",
                  date=date, blocks=blocks,
                  attachments=[attachment("EHA Step Down - Price-Bowen Jenkins.docx", plan, DOCX),
                               attachment("Consent form signed R Price 27.08.27.pdf", consent, "application/pdf")])
    return rec(f, "herefordshire", "early_help_duty", "ordinary", date, 9, raw,
               E("step_down", "book_meeting", level=3, case_ids=["620118", "620119", "620120"],
                 children=[("Gwenllian Price-Bowen", "2018-09-19"), ("Dewi Price-Bowen", "2015-08-17"),
                           ("Osian Jenkins", "2012-09-12")],
                 concerns=["parental_mental_health", "young_carer"], consent=True, manager=None, missing=[]),
               "Complete Herefordshire sibling-group step-down sent the day after the bank holiday: EHA step-down "
               "plan .docx (wellbeing plan and key person tables), signed consent PDF, key person with agency in the "
               "body; Welsh names and greetings, 'Gwen' for Gwenllian, a half-brother with a different surname; "
               "three DOB formats; 'decision 24/08/2027' is not a DOB; DA ended in 2023 (historic).")


@msg
def herefordshire_02():
    f = "herefordshire_02.eml"
    date = d(2027, 9, 7, 12, 15, 38)
    blocks = [
        "Hi,",
        "Step-down plan attached for Kacey-Jo Preece (DOB 08/08/2013), Mosaic 618830, following my C&F assessment "
        "(decision 01/09/2027).",
        "Key person: Rob Bayliss, Learning Mentor at Whitecross Hereford High School - Kacey-Jo knows him well and "
        "he has agreed to take on the role.",
        "Consent - mum wouldn't sign the consent form when I visited yesterday. She says she doesn't want her name "
        "on anything \"official\" and she doesn't want Early Help. I'm going back on Thursday to talk to her again, "
        "but as of today she is not consenting.",
        "Main need is Kacey-Jo's attendance (74% last year) and some friendship issues.",
        "Clare",
        "Clare Bufton | Social Worker | Assessment Team (Hereford) | 01632 960265",
        HEREF_DISC,
    ]
    plan = eha_plan([["618830", "Kacey-Jo Preece", "08/08/2013"]],
                    "School attendance 74% (2026/27).", "Kacey-Jo's attendance and friendships.",
                    "Kacey-Jo has a good relationship with Mr Bayliss; she enjoys art.",
                    [["Mr Bayliss to meet Kacey-Jo weekly", "Attendance above 90%", "Half term"],
                     ["Attendance plan with mum", "Fewer missed days", "6 weeks"]],
                    ("Rob Bayliss", "Learning Mentor", "Whitecross Hereford High School", "01632 960301"))
    raw = outlook(f, frm=("Bufton, Clare", "Clare.Bufton@herefordshire.gov.uk"), to=[HFEH],
                  subject="Step down – Kacey-Jo Preece – Mosaic 618830", date=date, blocks=blocks,
                  attachments=[attachment("EHA step down plan - Preece.docx", plan, DOCX)])
    return rec(f, "herefordshire", "early_help_duty", "ordinary", date, 7, raw,
               E("step_down", "request_info", level=None, case_ids=["618830"],
                 children=[("Kacey-Jo Preece", "2013-08-08")], concerns=["school_attendance"], consent=False,
                 manager=None, missing=["consent_form"]),
               "Herefordshire step-down with plan and key person, but mum 'wouldn't sign the consent form ... as "
               "of today she is not consenting' (a current refusal, so consent false and consent_form missing, "
               "even though the worker will try again); no level stated.")


@msg
def herefordshire_03():
    f = "herefordshire_03.eml"
    date = d(2027, 9, 14, 11, 22, 50)
    blocks = [
        "Hi Early Help Co-ordinators,",
        "Step down to level 3 Early Help following my C&F assessment (decision 09/09/2027) for:",
        ("table", [["Child", "DOB", "Mosaic"], ["Maddox Griffiths", "2016-02-29", "621004"],
                   ["Sienna Griffiths-Hale", "4/5/2020", "621005"]], True),
        "The EHA step-down plan and mum's signed consent form are attached.",
        "Key person: not identified yet - I've asked school and the nursery but nobody has agreed to take it on, so "
        "I'd welcome your advice at the drop-in.",
        "Worries: home conditions are still up and down (neglect was the CIN category) and mum is struggling with "
        "Maddox's behaviour. Working well: mum has engaged with the parenting course and the children's health "
        "appointments are up to date.",
        "Thanks, Nerys",
        "Nerys Lloyd | Social Worker | Children in Need Team (Leominster) | 01632 960583",
        HEREF_DISC,
    ]
    plan = eha_plan([["621004", "Maddox Griffiths", "29/02/2016"], ["621005", "Sienna Griffiths-Hale", "04/05/2020"]],
                    "Home conditions; Maddox's behaviour at home.",
                    "Home conditions are inconsistent (neglect); mum struggles with Maddox's behaviour.",
                    "Mum finished the parenting course; health appointments up to date.",
                    [["Key person to visit fortnightly; home conditions checklist", "Clean, safe home", "12 weeks"],
                     ["School to share behaviour strategies with mum", "Calmer evenings", "6 weeks"]], None)
    consent = consent_pdf("Griffiths / Griffiths-Hale", "Leanne Griffiths",
                          "my children Maddox Griffiths and Sienna Griffiths-Hale", "10/09/2027")
    raw = outlook(f, frm=("Lloyd, Nerys", "Nerys.Lloyd@herefordshire.gov.uk"), to=[HFEH],
                  subject="Step down to level 3 - Griffiths / Griffiths-Hale - Mosaic no. 621004 / 621005", date=date,
                  blocks=blocks, html_only=True,
                  attachments=[attachment("EHA step down Griffiths.docx", plan, DOCX),
                               attachment("Signed consent Griffiths.pdf", consent, "application/pdf")])
    return rec(f, "herefordshire", "early_help_duty", "ordinary", date, 10, raw,
               E("step_down", "request_info", level=3, case_ids=["621004", "621005"],
                 children=[("Maddox Griffiths", "2016-02-29"), ("Sienna Griffiths-Hale", "2020-05-04")],
                 concerns=["neglect"], consent=True, manager=None, missing=["lead_practitioner"]),
               "HTML-only Outlook step-down to level 3 with the children in an HTML table (a leap-day DOB "
               "'2016-02-29' and '4/5/2020' read day-first as 4 May 2020); plan and signed consent attached, but "
               "no key person has agreed ('not identified yet'), so lead_practitioner is missing; siblings "
               "Griffiths / Griffiths-Hale.")


@msg
def herefordshire_04():
    f = "herefordshire_04.eml"
    date = d(2027, 9, 20, 9, 58, 4)
    blocks = [
        "Hi MASH,",
        "I'd like to request a step up to social care for Tayla Bufton (DOB 16/03/2017), Mosaic ID 623304.",
        "We have worked with mum under an Early Help Assessment since February. Home conditions have got much "
        "worse: there was no gas or electric for 5 days last week, there is dog mess in the bedrooms and Tayla has "
        "been going to school hungry and in soiled clothes. Mum has told me she is using amphetamines again. Mum is "
        "also 20 weeks pregnant.",
        "My manager, Sue Mapp, has agreed the step up.",
        "Mum knows I'm making this request but hasn't said whether she agrees.",
        "Thanks",
        "Jade Powell\nFamily Support Worker | Early Help (Hereford City)\n01632 960692",
        HEREF_DISC,
    ]
    raw = outlook(f, frm=("Powell, Jade", "Jade.Powell@herefordshire.gov.uk"), to=[HFMASH],
                  subject="Step up request - Tayla Bufton - Mosaic ID 623304", date=date, blocks=blocks)
    return rec(f, "herefordshire", "mash_step_up", "ordinary", date, 8, raw,
               E("step_up", "human_review", case_ids=["623304"], children=[("Tayla Bufton", "2017-03-16")],
                 concerns=["neglect", "substance_misuse"], consent=None, manager=True, missing=[]),
               "A step-up sent to Herefordshire's MASH: the Herefordshire protocol defines no step_up, so "
               "human_review with missing [] and notice null; the facts are still labelled (neglect, mum's "
               "amphetamine use, manager agreed, consent not given either way); unborn baby is not a child.")


@msg
def herefordshire_05():
    f = "herefordshire_05.eml"
    date = d(2027, 9, 22, 11, 47, 26)
    blocks = [
        "Please put the step down for Leah Morris-Tanner on hold.",
        "The school DSL rang me 10 minutes ago - Leah told her form tutor this morning that her step-dad Craig hit "
        "her with his belt last night because she wouldn't go to her room, and she is scared to go home. The school "
        "nurse has seen welts on the back of her legs. Craig is picking her up at 3.15 today as mum is at work.",
        "I'm going out to school now and speaking to my TM - please make sure the MASH duty team know.",
        "Emyr",
        "Emyr Prosser | Social Worker | Children in Need Team (Ross-on-Wye) | 01632 960812",
        ("quote", ["From: Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>",
                   "Sent: 20 September 2027 09:15", "To: Prosser, Emyr <Emyr.Prosser@herefordshire.gov.uk>",
                   "Subject: [SB-herefordshire-29] Step-down request received"]),
        "Thank you for your step-down request. Your reference is SB-herefordshire-29.",
        "Children: Leah Morris-Tanner\nCase: Mosaic 621775",
        "The step-down plan, the signed consent form and the key person's details have been received. The Early "
        "Help co-ordinators will process the step-down and confirm to you.",
        "Herefordshire Early Help Co-ordinators (automated message)",
        HEREF_DISC,
    ]
    raw = outlook(f, frm=("Prosser, Emyr", "Emyr.Prosser@herefordshire.gov.uk"), to=[HFEH],
                  subject="RE: [SB-herefordshire-29] Step-down request received - PLEASE HOLD", date=date,
                  blocks=blocks, in_reply_to="<SB-herefordshire-29.ack.20270920091500@herefordshire.gov.uk>",
                  extra=[("Importance", "high"), ("X-Priority", "1")],
                  thread_topic="[SB-herefordshire-29] Step-down request received")
    return rec(f, "herefordshire", "early_help_duty", "urgent", date, 2, raw,
               E("follow_up", "alert_duty", urgent=True, case_ids=["621775"], children=[("Leah Morris-Tanner", None)],
                 concerns=["physical_harm"], consent=None, manager=None, missing=[]),
               "URGENT follow-up asking to hold a step-down: a disclosure this morning of being hit with a belt last "
               "night, welts seen by the school nurse, and the step-dad collecting her at 3.15 today; alert_duty "
               "overrides attach_to_request; case id only in the quoted acknowledgement.")


@msg
def herefordshire_06():
    f = "herefordshire_06.eml"
    date = d(2027, 9, 27, 14, 3, 35)
    blocks = [
        "Hi,",
        "Key person for Harry and Poppy: Mrs Jo Bevan, Family Support Worker, Ledbury Family Hub (07700 900412). "
        "She met mum on Friday and has agreed to lead on the step down.",
        "Thanks\nLucy",
        "Lucy Carwardine | Social Worker | Children in Need Team (Ledbury) | 01632 960377",
        ("quote", ["From: Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>",
                   "Sent: 23 September 2027 16:30", "To: Carwardine, Lucy <Lucy.Carwardine@herefordshire.gov.uk>",
                   "Subject: [SB-herefordshire-31] Step-down request received - information needed"]),
        "Thank you for your step-down request. Your reference is SB-herefordshire-31.",
        "Children: Harry Whitcombe, Poppy Whitcombe\nCase: Mosaic 619552, 619553",
        "Still needed:\n- the details of the key person (key professional) agreed with the family to lead on this "
        "step-down",
        "Herefordshire Early Help Co-ordinators (automated message)",
        HEREF_DISC,
    ]
    raw = outlook(f, frm=("Carwardine, Lucy", "Lucy.Carwardine@herefordshire.gov.uk"), to=[HFEH],
                  subject="RE: [SB-herefordshire-31] Step-down request received - information needed", date=date,
                  blocks=blocks, in_reply_to="<SB-herefordshire-31.ack.20270923163000@herefordshire.gov.uk>")
    return rec(f, "herefordshire", "early_help_duty", "ordinary", date, 6, raw,
               E("follow_up", "attach_to_request", case_ids=["619552", "619553"],
                 children=[("Harry Whitcombe", None), ("Poppy Whitcombe", None)], concerns=[], consent=None,
                 manager=None, missing=[]),
               "Follow-up supplying exactly the missing key person (name, role, agency, phone) in one sentence; the "
               "body uses first names only, the full names and ids are in the quoted acknowledgement.")


@msg
def herefordshire_07():
    f = "herefordshire_07.eml"
    date = d(2027, 10, 1, 16, 20, 44)
    cal = ical_reply(uid="7kq3v9m2p1c8r5t0w4x6y2z8ab@google.com",
                     summary="Step-down drop-in [SB-herefordshire-35]", start="20271005T100000",
                     end="20271005T103000", attendee="r.bayliss@whitecross-hereford.example.sch.uk",
                     attendee_name="Rob Bayliss", organizer="earlyhelpcoordinators@herefordshire.gov.uk",
                     organizer_name="Early Help Co-ordinators", partstat="ACCEPTED",
                     prodid="-//Google Inc//Google Calendar 70.9054//EN", stamp="20271001T152044Z")
    subject = ("Accepted: Step-down drop-in [SB-herefordshire-35] @ Tue 5 Oct 2027 10:00 - 10:30 (BST) "
               "(earlyhelpcoordinators@herefordshire.gov.uk)")
    plain = ("Rob Bayliss has accepted this invitation.\n\nStep-down drop-in [SB-herefordshire-35]\n"
             "When: Tuesday 5 Oct 2027 10:00 - 10:30 (British Summer Time - London)\n\n"
             "Invitation from Google Calendar\n")
    htmlb = ("<p>Rob Bayliss has accepted this invitation.</p><p><b>Step-down drop-in [SB-herefordshire-35]</b></p>"
             "<p>When: Tuesday 5 Oct 2027 10:00 - 10:30 (British Summer Time - London)</p>"
             "<p>Invitation from Google Calendar</p>\n")
    hdrs = [("MIME-Version", "1.0"), ("Date", email.utils.format_datetime(date)),
            ("Message-ID", "<calendar-5b1e7c2a-93f4-4d61-a8b0-2f6e9d4c1a73@google.com>"),
            ("Subject", enc(subject)),
            ("From", addr("Rob Bayliss", "r.bayliss@whitecross-hereford.example.sch.uk")), ("To", addr(*HFEH))]
    inner = multipart("alternative", [text_part(plain, "plain", "UTF-8", "7bit"), text_part(htmlb, "html", "UTF-8", "quoted-printable"),
                                      text_part(cal, "calendar", "UTF-8", "7bit", params='; method=REPLY', crlf=True)],
                      "000000000000" + hx(f + "a", 16).lower())
    ics = {"headers": [("Content-Type", 'application/ics; name="invite.ics"'),
                       ("Content-Disposition", 'attachment; filename="invite.ics"'),
                       ("Content-Transfer-Encoding", "base64")], "body": b64lines(cal.encode())}
    root = multipart("mixed", [inner, ics], "000000000000" + hx(f + "m", 16).lower())
    raw = message(hdrs, root, crlf=False)
    return rec(f, "herefordshire", "early_help_duty", "ordinary", date, 5, raw,
               E("meeting_reply", "record_reply"),
               "Google Calendar iTIP REPLY (PARTSTAT=ACCEPTED, with invite.ics) from the school's key person for the "
               "Tuesday drop-in [SB-herefordshire-35].")


@msg
def herefordshire_08():
    f = "herefordshire_08.eml"
    date = d(2027, 10, 6, 10, 33, 18)
    text = """Hello,

Please find attached the EHA step-down plan and the signed consent form for Ana-Maria Popescu (DOB 12 Sept 2016, Mosaic 624410) and her brother Ștefan Popescu (DOB 21.11.2012, Mosaic 624411). Step down to 'Intensive' (level 3) Early Help following my C&F assessment (decision 29/09/2027).

Key person: Laura Wargent, Family Support Worker, Leominster Family Hub. She came to the Tuesday drop-in with me on 28/09 and has agreed to lead.

Mum (Elena Popescu) signed the consent form with an interpreter on 04/10/2027.

Worries: mum is isolated and has low mood - the GP has started her on antidepressants. Ana-Maria's attendance is 85%.

My TM has agreed the step down, her email is below.

Andreea

Andreea Ilie
Social Worker | Children in Need Team (Leominster)
01632 960926

-----Original Message-----
From: Harris, Helen <Helen.Harris@herefordshire.gov.uk>
Sent: 05 October 2027 17:10
To: Ilie, Andreea <Andreea.Ilie@herefordshire.gov.uk>
Subject: RE: Popescu step down

Agreed, please send it to the co-ordinators. Helen

Helen Harris | Team Manager | Children in Need (Leominster)
"""
    plan = eha_plan([["624410", "Ana-Maria Popescu", "12/09/2016"], ["624411", "Ștefan Popescu", "21/11/2012"]],
                    "Mum's isolation and low mood; Ana-Maria's attendance (85%).",
                    "Mum's low mood and isolation (no family in the UK); Ana-Maria's attendance.",
                    "The children are well cared for and close to mum; Ștefan is doing well at school.",
                    [["Laura to link mum with the Romanian women's group", "Mum less isolated", "8 weeks"],
                     ["School attendance plan for Ana-Maria", "Attendance above 92%", "Half term"]],
                    ("Laura Wargent", "Family Support Worker", "Leominster Family Hub", "01632 960955"))
    consent = consent_pdf("Popescu", "Elena Popescu", "my two children named on the step-down plan", "04/10/2027",
                          lang_note="Explained in Romanian by an interpreter (Language Line).")
    raw = simple(f, frm=("Ilie, Andreea", "Andreea.Ilie@herefordshire.gov.uk"), to=[HFEH],
                 subject="Step down plan - Popescu - Mosaic 624410 & 624411", date=date, text=text, cte="base64",
                 crlf=True, mailer="Microsoft Outlook 16.0",
                 msgid="<CWXP265MB4418B2C9A0E3F7D1C6B5A4E2D9F0@CWXP265MB4418.GBRP265.PROD.OUTLOOK.COM>",
                 attachments=[attachment("EHA Step Down Popescu.docx", plan, DOCX),
                              attachment("Consent Popescu signed.pdf", consent, "application/pdf")],
                 boundary="_004_CWXP265MB4418B2C9A0E3F7D1GBRP265PRODOUTLOOKCOM_")
    return rec(f, "herefordshire", "early_help_duty", "ordinary", date, 7, raw,
               E("step_down", "book_meeting", level=3, case_ids=["624410", "624411"],
                 children=[("Ana-Maria Popescu", "2016-09-12"), ("Ștefan Popescu", "2012-11-21")],
                 concerns=["parental_mental_health", "school_attendance"], consent=True, manager=True, missing=[]),
               "Base64 Outlook step-down (Romanian names with 'Ș'; DOBs '12 Sept 2016' and '21.11.2012'), complete: "
               "plan .docx, signed consent PDF (names only on the plan), key person with agency; TM agreement in a "
               "'-----Original Message-----' block; 'Intensive' (level 3).")


@msg
def herefordshire_09():
    f = "herefordshire_09.eml"
    date = d(2027, 10, 12, 15, 15, 3)
    blocks = [
        "Hi,",
        "Step down for Rhys Prothero (DOB 23/10/12) and his sister Ela Prothero (aged 5), Mosaic 617293. Ela is "
        "linked to Rhys's record.",
        "The CP plan (neglect) ended in 2026 and they have been CIN since; there are no current CP concerns. The C&F "
        "assessment (decision 05/10/2027) recommends step down to Early Help.",
        "Signed consent form attached.",
        "Key person: Dan Price, Youth Worker, Herefordshire Youth Service - he has known Rhys for a year and has "
        "agreed.",
        "The plan is on Mosaic awaiting my TM's sign-off - I'll attach it as soon as it's signed off.",
        "Worries: dad's drinking (he has cut down but still drinks most evenings) and Rhys does a lot for Ela - "
        "getting her up and to school - so he has been referred to young carers.",
        "Tom",
        "Tom Vaughan | Social Worker | Children in Need Team (Bromyard) | 01632 960488",
        HEREF_DISC,
    ]
    consent = consent_pdf("Prothero", "Gareth Prothero", "my children Rhys Prothero and Ela Prothero", "08/10/2027")
    raw = outlook(f, frm=("Vaughan, Tom", "Tom.Vaughan@herefordshire.gov.uk"), to=[HFEH],
                  subject="Step down – Rhys & Ela Prothero – Mosaic 617293", date=date, blocks=blocks,
                  attachments=[attachment("Prothero consent signed.pdf", consent, "application/pdf")])
    return rec(f, "herefordshire", "early_help_duty", "near_miss", date, 8, raw,
               E("step_down", "request_info", level=None, case_ids=["617293"],
                 children=[("Rhys Prothero", "2012-10-23"), ("Ela Prothero", None)],
                 concerns=["substance_misuse", "young_carer"], consent=True, manager=None, missing=["draft_plan"]),
               "Herefordshire step-down whose plan is 'on Mosaic awaiting sign-off' (not attached, so draft_plan "
               "missing); signed consent PDF and key person present; 'CP plan ended in 2026 ... no current CP "
               "concerns' is past/negated, not urgent and not neglect; Welsh 'Ela' given only an age (dob null); "
               "DOB '23/10/12'; no level stated.")


@msg
def herefordshire_10():
    f = "herefordshire_10.eml"
    date = d(2027, 10, 21, 12, 40, 9)
    text = """hi my social worker sarah said someone from early help would ring me after she closed my case in september but nobody has. I have 2 boys and really need help with the little ones behaviour, hes not sleeping and kicking off at school. can someone call me on 07700 900633 please

thanks kelly

Sent from my iPhone
"""
    raw = simple(f, frm=("Kelly Watkins", "kellyw1987@example.com"), to=[HFEH], subject="early help??", date=date,
                 text=text, cte="7bit", charset="us-ascii", mailer="iPhone Mail (22A3354)",
                 msgid="<5C1D8E2B-3A47-4F90-B6E1-0D9C7A2F4B13@example.com>")
    return rec(f, "herefordshire", "early_help_duty", "ordinary", date, 10, raw,
               E("other", "human_review"),
               "A parent's own message asking why Early Help has not called: not a practitioner's request and no "
               "reference, so other; no child is named.")


# ============================================================================================
# Self-checks
# ============================================================================================
def readable_text(raw):
    """Everything a careful reader can read: subject, every text part (HTML stripped), .docx and .pdf text."""
    m = email.message_from_bytes(raw, policy=email.policy.default)
    texts = [str(m["subject"] or "")]
    for part in m.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if ctype.startswith("text/"):
            t = part.get_content()
            if ctype == "text/html":
                t = re.sub(r"(?s)<style.*?</style>", " ", t)
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            texts.append(t)
        elif ctype == DOCX:
            doc = docx.Document(io.BytesIO(part.get_payload(decode=True)))
            texts += [p.text for p in doc.paragraphs]
            for t in doc.tables:
                for row in t.rows:
                    texts += [c.text for c in row.cells]
        elif ctype == "application/pdf":
            reader = pypdf.PdfReader(io.BytesIO(part.get_payload(decode=True)))
            texts += [pg.extract_text() for pg in reader.pages]
    return " ".join(" ".join(texts).split())


def derive_next_action(authority, e):
    if e["urgent"]:
        return "alert_duty"
    k = e["kind"]
    if k == "auto_reply":
        return "ignore"
    if k == "meeting_reply":
        return "record_reply"
    if k == "follow_up":
        return "attach_to_request"
    if k == "other" or (authority, k) not in REQS:
        return "human_review"
    if e["missing"] or e["notice_ok"] is False:
        return "request_info"
    return "book_meeting"


def fail(file, why):
    sys.exit(f"CHECK FAILED {file}: {why}")


def check(records):
    per_auth = {}
    urgent = 0
    for r in records:
        f, a, e = r["file"], r["authority"], r["expect"]
        per_auth[a] = per_auth.get(a, 0) + 1
        if not f.startswith(a + "_"):
            fail(f, "file name does not match authority")
        if set(e) != {"kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed",
                      "missing", "notice_ok", "next_action"}:
            fail(f, "expect keys")
        if e["kind"] not in KINDS:
            fail(f, "kind")
        if r["category"] not in ("urgent", "near_miss", "ordinary"):
            fail(f, "category")
        if e["urgent"] != (r["category"] == "urgent"):
            fail(f, "urgent disagrees with category")
        urgent += e["urgent"]
        if not set(e["concerns"]) <= CONCERNS or e["concerns"] != sorted(e["concerns"]):
            fail(f, "concerns vocabulary/sorting")
        if e["missing"] != sorted(set(e["missing"])):
            fail(f, "missing not sorted/unique")
        if len(e["case_ids"]) != len(set(e["case_ids"])):
            fail(f, "duplicate case ids")
        for c in e["children"]:
            if c["dob"] is not None:
                dt.date.fromisoformat(c["dob"])
        for key in ("consent", "manager_agreed"):
            if e[key] not in (True, False, None):
                fail(f, key)
        # kinds without requirements
        has_reqs = (a, e["kind"]) in REQS
        if not has_reqs and e["missing"]:
            fail(f, "missing must be [] for a kind with no requirements")
        if has_reqs and not set(e["missing"]) <= REQS[(a, e["kind"])]:
            fail(f, f"missing ids not valid for {a} {e['kind']}: {e['missing']}")
        if e["level"] is not None and (e["kind"] != "step_down" or e["level"] not in (2, 3)):
            fail(f, "level only on step_down, 2 or 3")
        if a == "knowsley" and e["kind"] == "step_down":
            lvl = e["level"] or 3
            if lvl == 2 and "consent" in e["missing"]:
                fail(f, "Knowsley L2 does not require consent")
            if lvl == 3 and "lead_practitioner" in e["missing"]:
                fail(f, "Knowsley L3 does not require lead_practitioner")
        if has_reqs and ("consent" in REQS[(a, e["kind"])]) and e["consent"] is not True and \
                "consent" not in e["missing"] and not (a == "knowsley" and (e["level"] == 2 or e["kind"] == "step_up")):
            fail(f, "consent required but not true and not missing")
        if has_reqs and "manager_agreed" in REQS[(a, e["kind"])] and e["manager_agreed"] is not True and \
                "manager_agreed" not in e["missing"]:
            fail(f, "manager_agreed required but not true and not missing")
        if has_reqs and not e["children"] and "children" not in e["missing"]:
            fail(f, "no child named but children not missing")
        # notice
        knowsley_notice = a == "knowsley" and e["kind"] in ("step_up", "step_down")
        if not knowsley_notice:
            if e["notice_ok"] is not None or r["meeting"] is not None:
                fail(f, "notice_ok must be null outside Knowsley step_up/step_down")
        else:
            if r["meeting"] is None:
                if e["notice_ok"] is not None or "meeting_details" not in e["missing"]:
                    fail(f, "no meeting date: notice_ok null and meeting_details missing")
            else:
                given = working_days(r["now"].date(), r["meeting"])
                if e["notice_ok"] != (given >= 5):
                    fail(f, f"notice_ok {e['notice_ok']} but {given} WD")
                r["given_wd"] = given
        if derive_next_action(a, e) != e["next_action"]:
            fail(f, f"next_action {e['next_action']} != {derive_next_action(a, e)}")
        # the message itself
        raw = r["raw"]
        m = email.message_from_bytes(raw, policy=email.policy.default)
        for part in m.walk():
            if part.defects:
                fail(f, f"MIME defects {part.defects}")
            for k, v in part.items():
                if getattr(v, "defects", None):
                    fail(f, f"header defects in {k}: {v.defects}")
                if any("\udc80" <= ch <= "\udcff" for ch in str(v)):
                    fail(f, f"raw 8-bit bytes in header {k}")
        head = raw.split(b"\r\n\r\n" if b"\r\n" in raw else b"\n\n", 1)[0]
        try:
            head.decode("ascii")
        except UnicodeDecodeError:
            fail(f, "non-ASCII bytes in the top-level header")
        for h in ("Message-ID", "Date", "From", "To", "Subject"):
            if m[h] is None:
                fail(f, f"no {h}")
        rcpts = " ".join(str(m[h] or "") for h in ("To", "Cc")).lower()
        if MAILBOXES[a][r["mailbox"]].lower() not in rcpts:
            fail(f, "mailbox address not in To/Cc")
        sent = email.utils.parsedate_to_datetime(str(m["Date"]))
        if sent != r["date"]:
            fail(f, "Date header differs")
        if not (dt.timedelta(0) < r["now"] - sent <= dt.timedelta(hours=2)):
            fail(f, "now is not shortly after Date")
        if not (WINDOW[0] <= sent.date() <= WINDOW[1]) or sent.weekday() > 4 or sent.date() in BANK_HOLIDAYS_2027:
            fail(f, "Date outside the window or not a working day")
        text = readable_text(raw)
        for c in e["children"]:
            if " ".join(c["name"].split()) not in text:
                fail(f, f"child {c['name']!r} not in readable text")
        for cid in e["case_ids"]:
            if not re.search(r"(?<![\w-])" + re.escape(cid) + r"(?![\w])", text):
                fail(f, f"case id {cid!r} not in readable text")
        for dec in r["decoys"]:
            if dec not in text or dec in e["case_ids"] or any(dec in c["name"] for c in e["children"]):
                fail(f, f"decoy {dec!r}")
        if "[SB-" in str(m["subject"]) and e["kind"] in ("step_up", "step_down"):
            fail(f, "a reply carrying a reference is not a fresh request")
    if set(per_auth) != set(MAILBOXES) or any(n != 10 for n in per_auth.values()):
        sys.exit(f"CHECK FAILED: files per authority {per_auth}")
    if urgent > 3:
        sys.exit(f"CHECK FAILED: {urgent} urgent (at most 3)")


def main():
    records = [fn() for fn in MESSAGES]
    names = [r["file"] for r in records]
    if len(names) != len(set(names)):
        sys.exit("duplicate file names")
    for r in records:
        r["now"] = r["now"].replace(second=0)
    check(records)
    labels, cats = [], {}
    for r in records:
        labels.append({"file": r["file"], "authority": r["authority"], "mailbox": r["mailbox"],
                       "now": r["now"].isoformat(), "expect": r["expect"], "why": r["why"]})
        cats[r["file"]] = r["category"]
    for old in HERE.glob("*.eml"):
        if old.name not in names:
            old.unlink()
    for r in records:
        (HERE / r["file"]).write_bytes(r["raw"])
    (HERE / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "categories.json").write_text(json.dumps(cats, indent=2) + "\n", encoding="utf-8")
    for r in records:
        if "given_wd" in r:
            print(f"{r['file']}: notice {r['given_wd']} WD -> {r['expect']['notice_ok']}")
    print(f"wrote {len(records)} messages, labels.json, categories.json")


if __name__ == "__main__":
    main()
