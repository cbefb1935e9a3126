#!/usr/bin/env python3
"""Write the fields1 held-out set: 50 invented duty-mailbox emails and labels.json.

Run with /work/main/.venv/bin/python make_set.py. Deterministic: no clock, no randomness;
boundaries and Message-IDs come from fixed hashes, .docx files are re-zipped with fixed
timestamps and the PDFs are written by hand. Every person, school, address, phone number and
case number is invented.
"""
import base64
import datetime as dt
import hashlib
import io
import json
import os
import quopri
import re
import struct
import zipfile
from email.header import Header

import docx  # python-docx
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------------------------

def h(seed, n=16):
    """Deterministic hex string from a seed."""
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()[:n]


def H(seed, n=16):
    return h(seed, n).upper()


def enc(s, charset="utf-8", b=False):
    """RFC 2047-encode a header value if it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name="Subject").encode(maxlinelen=76) if not b else \
            "=?%s?b?%s?=" % (charset, base64.b64encode(s.encode(charset)).decode())


def addr(name, email, quote=False):
    if not name:
        return email
    try:
        name.encode("ascii")
        if quote or "," in name or "." in name or "'" in name:
            return '"%s" <%s>' % (name.replace('"', ''), email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, "utf-8").encode(), email)


def qp(text, charset="utf-8"):
    data = text.encode(charset)
    out = quopri.encodestring(data, quotetabs=False).decode("ascii")
    return out


def b64(data, width=76):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + width] for i in range(0, len(s), width)) + "\n"


def rfc2822(d):
    """datetime with tzinfo -> RFC 5322 date string."""
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return "%s, %02d %s %d %02d:%02d:%02d %s%02d%02d" % (
        days[d.weekday()], d.day, months[d.month - 1], d.year, d.hour, d.minute, d.second,
        sign, mins // 60, mins % 60)


UTC = dt.timezone.utc
BST = dt.timezone(dt.timedelta(hours=1))


def T(y, mo, d, hh, mm, ss=0, tz=BST):
    return dt.datetime(y, mo, d, hh, mm, ss, tzinfo=tz)


def iso(d):
    return d.isoformat()


# --------------------------------------------------------------------------------------------
# working days (England & Wales) - used to check the Knowsley notice labels
# --------------------------------------------------------------------------------------------
BANK_HOLIDAYS = {
    dt.date(2027, 1, 1), dt.date(2027, 3, 26), dt.date(2027, 3, 29), dt.date(2027, 5, 3),
    dt.date(2027, 5, 31), dt.date(2027, 8, 30), dt.date(2027, 12, 27), dt.date(2027, 12, 28),
}


def working_days_between(today, meeting):
    """Working days d with today < d <= meeting."""
    n = 0
    d = today + dt.timedelta(days=1)
    while d <= meeting:
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n += 1
        d += dt.timedelta(days=1)
    return n


# --------------------------------------------------------------------------------------------
# MIME parts (built by hand so that every byte is under our control)
# --------------------------------------------------------------------------------------------

def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", extra="",
              params=""):
    ct = 'Content-Type: text/%s; charset="%s"%s\n' % (subtype, charset, params)
    if cte == "quoted-printable":
        body = qp(text, charset)
    elif cte == "base64":
        body = b64(text.encode(charset))
    else:  # 7bit / 8bit: raw
        body = text
    if not body.endswith("\n"):
        body += "\n"
    return ct + "Content-Transfer-Encoding: %s\n" % cte + extra + "\n" + body


def att_part(filename, ctype, data, disposition="attachment", cid=None, outlook=True,
             extra=""):
    fn_hdr = filename
    try:
        filename.encode("ascii")
        dispo = '%s; filename="%s"' % (disposition, filename)
        nm = 'name="%s"' % filename
    except UnicodeEncodeError:
        e = Header(filename, "utf-8").encode()
        dispo = '%s; filename="%s"' % (disposition, e)
        nm = 'name="%s"' % e
    lines = []
    if outlook:
        lines.append("Content-Type: %s;\n %s" % (ctype, nm))
        lines.append("Content-Description: %s" % fn_hdr)
        lines.append("Content-Disposition: %s;\n size=%d" % (dispo, len(data)))
    else:
        lines.append("Content-Type: %s; %s" % (ctype, nm))
        lines.append("Content-Disposition: %s" % dispo)
    if cid:
        lines.append("Content-ID: <%s>" % cid)
    lines.append("Content-Transfer-Encoding: base64")
    return "\n".join(lines) + "\n" + extra + "\n" + b64(data)


def multipart(subtype, boundary, parts, params="", preamble=""):
    out = 'Content-Type: multipart/%s;\n boundary="%s"%s\n\n' % (subtype, boundary, params)
    if preamble:
        out += preamble + "\n"
    for p in parts:
        out += "--%s\n%s" % (boundary, p if p.endswith("\n") else p + "\n")
        out += "\n"
    out += "--%s--\n" % boundary
    return out


def outlook_boundary(seed, kind="000"):
    return "_%s_%sGBRP265PRODOUTLOOKCOM_" % (kind, H(seed, 36))


def message(headers, body_part, crlf=False, encoding="utf-8"):
    """headers: list of (name, value). body_part starts with its Content-Type header."""
    out = ""
    for k, v in headers:
        out += "%s: %s\n" % (k, v)
    out += body_part
    if crlf:
        out = out.replace("\r\n", "\n").replace("\n", "\r\n")
    return out.encode(encoding)


def outlook_received(d, seed):
    du = d.astimezone(UTC)
    host = "LO2P265MB%s" % H(seed + "host", 4)
    return [
        ("Received", "from %s.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:%s::9)\n by LO0P265MB%s.GBRP265.PROD.OUTLOOK.COM with HTTPS; %s" % (
            host, h(seed + "a", 3), H(seed + "b", 4), rfc2822(du))),
        ("Received", "from %s.GBRP265.PROD.OUTLOOK.COM ([fe80::%s:%s]) by\n %s.GBRP265.PROD.OUTLOOK.COM ([fe80::%s:%s%%7]) with mapi id\n 15.20.8722.018; %s" % (
            host, h(seed + "c", 4), h(seed + "d", 4), host, h(seed + "c", 4), h(seed + "d", 4), rfc2822(du))),
    ]


def outlook_msgid(seed):
    host = "LO2P265MB%s" % H(seed + "host", 4)
    return "<%s%s@%s.GBRP265.PROD.OUTLOOK.COM>" % (host, H(seed, 28), host)


def gmail_msgid(seed):
    return "<CA%s+%s@mail.gmail.com>" % (h(seed, 12), base64.b64encode(hashlib.md5(seed.encode()).digest()).decode()[:20].replace("/", "x").replace("+", "Y"))


def apple_msgid(seed, domain):
    x = H(seed, 32)
    return "<%s-%s-%s-%s-%s@%s>" % (x[:8], x[8:12], x[12:16], x[16:20], x[20:32], domain)


# --------------------------------------------------------------------------------------------
# body blocks -> plain text and HTML
# --------------------------------------------------------------------------------------------
# A body is a list of blocks: a str is a paragraph (\n = line break); ("h", text) a bold
# heading; ("table", rows) a table whose first row is a header row; ("raw", text) plain text
# kept as is.

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_plain(blocks):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(b)
        elif b[0] == "h":
            out.append(b[1])
        elif b[0] == "table":
            out.append("\n".join("\t".join(r) for r in b[1]))
        elif b[0] == "raw":
            out.append(b[1])
    return "\n\n".join(out) + "\n"


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
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
table.MsoTableGrid
	{mso-style-name:"Table Grid";
	border:solid windowtext 1.0pt;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;}
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
--></style>
</head>
<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""


def render_html(blocks, flavor="outlook"):
    if flavor == "outlook":
        out = [OUTLOOK_HEAD]
        for b in blocks:
            if isinstance(b, str):
                lines = b.split("\n")
                out.append('<p class="MsoNormal">%s<o:p></o:p></p>\n' % "<br>\n".join(esc(x) for x in lines))
                out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
            elif b[0] == "h":
                out.append('<p class="MsoNormal"><b>%s<o:p></o:p></b></p>\n' % esc(b[1]))
            elif b[0] == "raw":
                for x in b[1].split("\n"):
                    out.append('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (esc(x) or "&nbsp;"))
                out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
            elif b[0] == "table":
                out.append('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">\n')
                for i, r in enumerate(b[1]):
                    out.append("<tr>\n")
                    for c in r:
                        cell = "<br>\n".join(esc(x) for x in c.split("\n"))
                        if i == 0:
                            cell = "<b>%s</b>" % cell
                        out.append('<td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">\n<p class="MsoNormal">%s<o:p></o:p></p>\n</td>\n' % cell)
                    out.append("</tr>\n")
                out.append("</table>\n")
                out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
        out.append("</div>\n</body>\n</html>\n")
        return "".join(out)
    if flavor == "gmail":
        out = ['<div dir="ltr">']
        for b in blocks:
            if isinstance(b, str):
                for x in b.split("\n"):
                    out.append("<div>%s</div>" % (esc(x) or "<br>"))
                out.append("<div><br></div>")
            elif b[0] == "h":
                out.append("<div><b>%s</b></div>" % esc(b[1]))
            elif b[0] == "raw":
                for x in b[1].split("\n"):
                    out.append("<div>%s</div>" % (esc(x) or "<br>"))
                out.append("<div><br></div>")
            elif b[0] == "table":
                out.append('<table border="1" cellpadding="4" style="border-collapse:collapse">')
                for i, r in enumerate(b[1]):
                    tag = "th" if i == 0 else "td"
                    out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, esc(c), tag) for c in r) + "</tr>")
                out.append("</table><div><br></div>")
        out.append("</div>\n")
        return "\n".join(out)
    raise ValueError(flavor)


# --------------------------------------------------------------------------------------------
# attachments: .docx (python-docx, deterministic zip) and hand-built PDF
# --------------------------------------------------------------------------------------------

def make_docx(spec, author="Knowsley Council", title=""):
    """spec: list of ("title", text) | ("h", text) | ("p", text) | ("table", rows)."""
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    for item in spec:
        kind = item[0]
        if kind == "title":
            d.add_heading(item[1], level=1)
        elif kind == "h":
            d.add_heading(item[1], level=2)
        elif kind == "p":
            d.add_paragraph(item[1])
        elif kind == "table":
            rows = item[1]
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = dt.datetime(2027, 4, 1, 9, 0, 0)
    cp.modified = dt.datetime(2027, 4, 1, 9, 0, 0)
    cp.revision = 3
    raw = io.BytesIO()
    d.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def _pdf_str(s):
    b = s.encode("cp1252")
    out = ""
    for ch in b:
        c = chr(ch)
        if c in "()\\":
            out += "\\" + c
        elif 32 <= ch < 127:
            out += c
        else:
            out += "\\%03o" % ch
    return out


def _wrap(line, width=92):
    if len(line) <= width:
        return [line]
    words = line.split(" ")
    out, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        out.append(cur)
    return out


def make_pdf(lines, title="", author="", producer="Microsoft: Print To PDF"):
    """Hand-built PDF 1.4, Helvetica, WinAnsi; a line starting with '# ' is bold."""
    wrapped = []
    for ln in lines:
        bold = ln.startswith("# ")
        text = ln[2:] if bold else ln
        for i, w in enumerate(_wrap(text)):
            wrapped.append((bold, w))
    per_page = 52
    pages = [wrapped[i:i + per_page] for i in range(0, max(1, len(wrapped)), per_page)] or [[]]
    objs = []  # index i -> bytes of object i+1

    def add(b):
        objs.append(b)
        return len(objs)

    font_r = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    font_b = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    pages_id = add(None)
    page_ids = []
    for pg in pages:
        content = "BT\n/F1 10 Tf\n13 TL\n50 800 Td\n"
        for bold, w in pg:
            content += "/%s 10 Tf\n(%s) Tj\nT*\n" % ("F2" if bold else "F1", _pdf_str(w))
        content += "ET\n"
        cb = content.encode("latin-1")
        cid = add(b"<< /Length %d >>\nstream\n" % len(cb) + cb + b"\nendstream")
        pid = add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595.28 841.89] /Contents %d 0 R /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>" % (
            pages_id, cid, font_r, font_b)).encode())
        page_ids.append(pid)
    objs[pages_id - 1] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (
        " ".join("%d 0 R" % p for p in page_ids), len(page_ids))).encode()
    info = add(("<< /Title (%s) /Author (%s) /Producer (%s) /CreationDate (D:20270401090000Z) >>" % (
        _pdf_str(title), _pdf_str(author), _pdf_str(producer))).encode("latin-1"))
    cat = add(("<< /Type /Catalog /Pages %d 0 R >>" % pages_id).encode())
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    fid = hashlib.md5(("".join(l for _, l in wrapped) + title).encode("utf-8")).hexdigest().upper()
    out.write(("trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s><%s>] >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, cat, info, fid, fid, xref)).encode())
    return out.getvalue()


# --------------------------------------------------------------------------------------------
# winmail.dat (TNEF) and iCalendar
# --------------------------------------------------------------------------------------------

def _tnef_attr(level, attr_id, data):
    return struct.pack("<BII", level, attr_id, len(data)) + data + struct.pack("<H", sum(data) & 0xFFFF)


def make_tnef(subject, attachments):
    """A small but well-formed TNEF stream (attMessageClass, subject, one or more file attachments)."""
    out = struct.pack("<IH", 0x223E9F78, 0x4A7B)
    out += _tnef_attr(1, 0x00089006, struct.pack("<I", 0x00010000))           # attTnefVersion
    out += _tnef_attr(1, 0x00069007, struct.pack("<II", 1252, 0))             # attOemCodepage
    out += _tnef_attr(1, 0x00078008, b"IPM.Microsoft Mail.Note\x00")         # attMessageClass
    out += _tnef_attr(1, 0x00018004, subject.encode("cp1252") + b"\x00")     # attSubject
    for name, data in attachments:
        out += _tnef_attr(2, 0x00069002, struct.pack("<HIHHI", 1, 0xFFFFFFFF, 0, 0, 0))  # attAttachRendData
        out += _tnef_attr(2, 0x00018010, name.encode("cp1252") + b"\x00")     # attAttachTitle
        out += _tnef_attr(2, 0x0006800F, data)                                 # attAttachData
    return out


def ics_reply(prodid, organizer, attendee_cn, attendee_email, partstat, summary, uid, start,
              end, stamp, comment=None, location=None, tzid="GMT Standard Time", seq=0):
    L = ["BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:%s" % prodid, "VERSION:2.0",
         "BEGIN:VTIMEZONE", "TZID:%s" % tzid,
         "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
         "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
         "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
         "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
         "END:VTIMEZONE", "BEGIN:VEVENT",
         'ATTENDEE;PARTSTAT=%s;CN="%s":mailto:%s' % (partstat, attendee_cn, attendee_email)]
    if comment:
        L.append("COMMENT;LANGUAGE=en-GB:%s" % comment.replace(",", "\\,").replace(";", "\\;"))
    L += ["SUMMARY;LANGUAGE=en-GB:%s" % summary,
          "DTSTART;TZID=%s:%s" % (tzid, start), "DTEND;TZID=%s:%s" % (tzid, end),
          "UID:%s" % uid, "ORGANIZER:mailto:%s" % organizer, "CLASS:PUBLIC", "PRIORITY:5",
          "DTSTAMP:%s" % stamp, "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:%d" % seq]
    if location:
        L.append("LOCATION;LANGUAGE=en-GB:%s" % location)
    L += ["END:VEVENT", "END:VCALENDAR"]
    out = []
    for line in L:  # fold at 75 octets
        while len(line) > 74:
            out.append(line[:74])
            line = " " + line[74:]
        out.append(line)
    return "\r\n".join(out) + "\r\n"


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"

DISCLAIMER = {
    "knowsley": "This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please tell the sender and delete it. Knowsley Council may monitor email traffic to and from its systems.",
    "richmond_wandsworth": "This email and any files transmitted with it are confidential. If you are not the intended recipient please notify the sender and delete it. Views expressed are not necessarily those of Richmond and Wandsworth Councils.",
    "tower_hamlets": "London Borough of Tower Hamlets - This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and delete it.",
    "torbay": "Torbay Council - The information in this e-mail is confidential. If you are not the intended recipient you must not read, copy or forward it; please notify the sender and delete it.",
    "herefordshire": "Any opinion expressed in this e-mail is that of the sender and not necessarily that of Herefordshire Council. This e-mail is confidential and may be privileged.",
}

MAILBOX = {
    ("knowsley", "mash_step_up"): ("Knowsley MASH", "knowsleymash@knowsley.gov.uk"),
    ("knowsley", "early_help_duty"): ("Family First 0-18 Duty Mailbox", "FamilyFirst0-18DutyMailbox@knowsley.gov.uk"),
    ("richmond_wandsworth", "mash_step_up"): ("MASH Step Up", "MASH-StepUP@richmondandwandsworth.gov.uk"),
    ("richmond_wandsworth", "early_help_duty"): ("Early Help Duty", "EarlyHelpDuty@richmondandwandsworth.gov.uk"),
    ("tower_hamlets", "mash_step_up"): ("MAST", "MAST@towerhamlets.gov.uk"),
    ("tower_hamlets", "early_help_duty"): ("Early Help Hub", "EarlyHelpHub@towerhamlets.gov.uk"),
    ("torbay", "mash_step_up"): ("Torbay MASH", "mash@torbay.gov.uk"),
    ("torbay", "early_help_duty"): ("Early Help", "earlyhelp@torbay.gov.uk"),
    ("herefordshire", "mash_step_up"): ("Herefordshire MASH", "mash@herefordshire.gov.uk"),
    ("herefordshire", "early_help_duty"): ("Early Help Co-ordinators", "earlyhelpcoordinators@herefordshire.gov.uk"),
}


def to_mailbox(auth, mb):
    n, e = MAILBOX[(auth, mb)]
    return addr(n, e)


def outlook_std_headers(seed, frm, to, subject, date, cc=None, extra=None, thread_topic=None,
                        has_attach=False, in_reply_to=None):
    hd = outlook_received(date, seed)
    hd.append(("From", frm))
    hd.append(("To", to))
    if cc:
        hd.append(("CC", cc))
    hd.append(("Subject", enc(subject)))
    hd.append(("Thread-Topic", enc(thread_topic or re.sub(r"^(RE|FW|Re|Fw|Fwd): ", "", subject))))
    hd.append(("Thread-Index", base64.b64encode(hashlib.sha1(seed.encode()).digest()[:20]).decode()))
    hd.append(("Date", rfc2822(date.astimezone(UTC))))
    hd.append(("Message-ID", outlook_msgid(seed)))
    if in_reply_to:
        hd.append(("In-Reply-To", in_reply_to))
        hd.append(("References", in_reply_to))
    hd.append(("Accept-Language", "en-GB, en-US"))
    hd.append(("Content-Language", "en-GB"))
    hd.append(("X-MS-Has-Attach", "yes" if has_attach else ""))
    hd.append(("X-MS-TNEF-Correlator", ""))
    for e in (extra or []):
        hd.append(e)
    hd.append(("MIME-Version", "1.0"))
    return hd


def outlook_mail(seed, frm, to, subject, date, blocks, attachments=(), cc=None, extra=None,
                 html_only=False, crlf=True, in_reply_to=None, plain_override=None):
    """attachments: list of (filename, ctype, data)."""
    hd = outlook_std_headers(seed, frm, to, subject, date, cc=cc, extra=extra,
                             has_attach=bool(attachments), in_reply_to=in_reply_to)
    html = render_html(blocks, "outlook")
    plain = plain_override if plain_override is not None else render_plain(blocks)
    if html_only:
        body = text_part(html, "html")
    else:
        body = multipart("alternative", outlook_boundary(seed, "000"),
                         [text_part(plain), text_part(html, "html")])
    if attachments:
        parts = [body] + [att_part(fn, ct, data) for fn, ct, data in attachments]
        body = multipart("mixed", outlook_boundary(seed, "004"), parts)
    return message(hd, body, crlf=crlf)


# ============================================================================================
# The messages
# ============================================================================================
MAILS = []   # list of (file, bytes, label)


def add(file, data, authority, mailbox, now, expect, why):
    exp = {
        "kind": expect["kind"],
        "urgent": expect.get("urgent", False),
        "level": expect.get("level"),
        "case_ids": expect.get("case_ids", []),
        "children": [{"name": n, "dob": d} for n, d in expect.get("children", [])],
        "concerns": sorted(expect.get("concerns", [])),
        "consent": expect.get("consent"),
        "manager_agreed": expect.get("manager_agreed"),
        "missing": sorted(expect.get("missing", [])),
        "notice_ok": expect.get("notice_ok"),
        "next_action": expect["next_action"],
    }
    MAILS.append((file, data, {"file": file, "authority": authority, "mailbox": mailbox,
                               "now": iso(now), "expect": exp, "why": why},
                  expect.get("_notice")))

# @@MAILS@@

# --------------------------------------------------------------------------------------------
# KNOWSLEY
# --------------------------------------------------------------------------------------------

def knowsley_01():
    seed = "knowsley_01"
    d = T(2027, 4, 26, 9, 14, 5)
    sig = ("Joanne Culshaw\nFamily First Case Manager \u2013 Team 3 (Prescot & Whiston)\n"
           "Family First 0-18 | Knowsley Council\nTeam ref: FF3/2207 | Employee no. 448213\n"
           "Tel: 0151 496 0412 | Mob: 07700 900412\nMunicipal Buildings, Archway Road, Huyton, L36 9YU")
    blocks = [
        "Morning MASH,",
        "Please see attached the step up request (Appendix 1), the GCP2 and the minutes of the last TAF meeting for the young person named on the form. Everything is on the form, but in short the concern is neglect \u2013 the GCP2 scored level 4 for physical care and for safety.",
        "Step up TAF meeting: Wednesday 5th May 2027 at 10:00, Prescot Family Hub, Warrington Road. I will send the Teams invite to the MASH inbox and MASH business support separately.",
        "My TM Siobhan Keegan (cc'd) has discussed this with me in supervision and has agreed the step up.",
        "Thanks\nJo",
        sig,
        DISCLAIMER["knowsley"],
    ]
    form = make_docx([
        ("title", "FF Step Up request to CSC"),
        ("table", [
            ["Child\u2019s name", "Tiana-Rose O'Sullivan"],
            ["DOB", "02.11.2014"],
            ["Date form completed", "23.04.2027"],
            ["Date of referral to Family First", "14.01.2026"],
            ["Case ID on EHM", "EHM-52117"],
            ["Has this family recently closed to Children\u2019s Social Care?", "No"],
            ["Date of step up TAF meeting", "05/05/2027 10:00 \u2013 Prescot Family Hub"],
            ["Level of Engagement", "High \u2013 mum attends every TAF and home visit"],
            ["Recent TAF meeting minutes attached", "Yes \u2013 TAF 20/04/2027"],
        ]),
        ("h", "Concerns (tick all that apply)"),
        ("table", [
            ["\u2612 Neglect", "\u2610 Domestic abuse", "\u2610 Parental mental health"],
            ["\u2610 Substance misuse", "\u2610 Child exploitation (CE/CSE)", "\u2610 Missing from home"],
            ["\u2610 Radicalisation", "\u2610 School attendance", "\u2610 Young carer"],
            ["\u2610 SEND / disability", "\u2610 Physical harm", "\u2610 Sexual harm"],
        ]),
        ("h", "What are we worried about?"),
        ("p", "Current concerns (impact on child): Tiana-Rose (12) often has no clean clothes and tells school there is no food in the house at weekends. Home conditions have deteriorated again: dog faeces on the kitchen floor, no working cooker since February and her mattress is soaked. The GCP2 completed on 15/04/2027 scored 4 for physical care and 4 for safety."),
        ("p", "Past harm: open to CSC on a CIN plan for neglect 2022-2023."),
        ("p", "Complicating factors: mum works nights; maternal grandmother, who used to help, moved to St Helens last year."),
        ("h", "What is working well?"),
        ("p", "Tiana-Rose goes to school every day (attendance 96.8% this year) and is doing well in class. She has a good relationship with her Year 8 pastoral lead."),
        ("h", "What next?"),
        ("p", "Goals: Tiana-Rose has a clean bed, regular meals and clean clothes. Next steps: step up TAF meeting 05/05/2027."),
        ("p", "Have you considered/completed/reviewed: Graded Care Profile 2 \u2013 completed 15/04/2027 (attached)."),
        ("p", "Up to date police information if applicable: none."),
        ("p", "Agreement by line manager: Yes \u2013 discussed with Siobhan Keegan (Team Manager) 22/04/2027, step up agreed."),
        ("p", "Parent aware of step up: Yes \u2013 mum (Leanne O'Sullivan) is aware and has been invited to the TAF."),
    ], author="Joanne Culshaw", title="FF Step Up request to CSC")
    gcp2 = make_pdf([
        "# Graded Care Profile 2 (GCP2) - summary of scores",
        "Child: T. O'Sullivan    Assessor: J. Culshaw, Family First    Date completed: 15/04/2027",
        "Area 1 Physical care - nutrition 4, housing 4, clothing 4, hygiene 3, health 3",
        "Area 2 Care of safety - in presence 3, in absence 4",
        "Area 3 Love and care - 2",
        "Area 4 Stimulation and education - 2",
        "Overall: physical care 4, safety 4. Neglect of physical care and supervision evident.",
    ], title="GCP2 summary", author="J Culshaw")
    taf = make_docx([
        ("title", "TAF meeting minutes"),
        ("p", "Date: 20/04/2027    Venue: Prescot Family Hub    Chair: Joanne Culshaw (Family First)"),
        ("p", "Present: mum, school pastoral lead, school nurse, Family First."),
        ("p", "Review of actions: the landlord has still not repaired the cooker; new bedding still needed."),
        ("p", "Agreed: Family First to discuss a step up to CSC with the team manager."),
    ], author="Joanne Culshaw", title="TAF minutes")
    frm = addr("Culshaw, Joanne", "Joanne.Culshaw@knowsley.gov.uk")
    cc = "MASH Business Support <Mash.Businesssupport@knowsley.gov.uk>,\n " + addr("Keegan, Siobhan", "Siobhan.Keegan@knowsley.gov.uk")
    data = outlook_mail(seed, frm, to_mailbox("knowsley", "mash_step_up"),
                        "FF Step Up request - EHM-52117 - TAF Weds 5th May", d, blocks,
                        attachments=[("FF Step Up Request - T O'Sullivan.docx", DOCX, form),
                                     ("GCP2 - T O'Sullivan - 15.04.27.pdf", PDF, gcp2),
                                     ("TAF minutes 20.04.27 - O'Sullivan.docx", DOCX, taf)], cc=cc)
    add("knowsley_01.eml", data, "knowsley", "mash_step_up", T(2027, 4, 26, 9, 30),
        dict(kind="step_up", case_ids=["EHM-52117"], children=[("Tiana-Rose O'Sullivan", "2014-11-02")],
             concerns=["neglect"], consent=None, manager_agreed=True, missing=[], notice_ok=True,
             next_action="book_meeting", _notice=(dt.date(2027, 4, 26), dt.date(2027, 5, 5), 6)),
        "Complete Knowsley step-up (pack: step_up_form, case_id, manager_agreed, taf_minutes, meeting_details, gcp2 for neglect). The child and DOB (02.11.2014) are only in the attached Word form, whose 'Date form completed' (23.04.2027) and 'Date of referral' (14.01.2026) rows are not DOBs. Only Neglect is ticked in the concerns grid, and 'attendance 96.8%' is a strength, not school_attendance. 'Team ref: FF3/2207', 'Employee no. 448213' and the phone numbers in the signature are not case ids. Mum 'aware' is not consent (DESIGN: null). TAF Wed 5 May 10:00 from Mon 26 Apr = 6 WD even with the 3 May bank holiday (>= 5, 'at least 5 working days' notice').")


def knowsley_02():
    seed = "knowsley_02"
    d = T(2027, 4, 28, 10, 58, 12)
    text = (
        "Hi MASH,\n\n"
        "Step up request for the Smith-Ndlovu children attached (form, Engaging Families toolkit and the TAF minutes from 21/04/2027).\n\n"
        "EHM case ID: EHM-52340\n\n"
        "Children:\n"
        "Name                 | DOB        | School / setting\n"
        "Kyron Smith-Ndlovu   | 09/03/2012 | Cronton Vale Academy (Y9)\n"
        "Leah Smith-Ndlovu    | 21/07/2016 | Foxfield Lane Primary (Y5)\n"
        "Ezra Smith-Ndlovu    | 30/01/2020 | Little Acorns Nursery\n\n"
        "The step up is about non-engagement. Since February mum has missed six planned home visits and did not attend the last two TAFs. I have used the Engaging Families toolkit (attached) - it scores the family as low engagement despite three different approaches (home visits, visits at school, and meeting at grandma's).\n\n"
        "School attendance is the other worry: Kyron is on 61% this term and Leah on 88%.\n\n"
        "Mum has been told about the step up and does not agree with it.\n\n"
        "My TM Carl Ashworth agreed the step up in supervision on 26/04/27.\n\n"
        "Step up TAF: Wednesday 05/05/2027, 13:30, Huyton Family Hub (Teams invite coming to MASH and MASH business support).\n\n"
        "Thanks,\n"
        "Dean Mercer\n"
        "Family First Case Manager | Family First 0-18 | Knowsley Council\n"
        "0151 496 0377 | 07700 900377\n\n"
        + DISCLAIMER["knowsley"] + "\n")
    form = make_docx([
        ("title", "FF Step Up request to CSC"),
        ("p", "Case ID on EHM: EHM-52340"),
        ("p", "Date of step up TAF meeting: 05/05/2027 13:30"),
        ("p", "Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?): Low - yes, toolkit completed 19/04/2027."),
        ("p", "Recent TAF meeting minutes attached: Yes"),
        ("h", "What are we worried about?"),
        ("p", "Mum is not engaging with the TAF plan: six missed home visits, two missed TAFs. Kyron's attendance is 61% and Leah's 88%."),
        ("h", "What is working well?"),
        ("p", "The children are close to their maternal grandmother, who takes Ezra to nursery."),
        ("h", "What next?"),
        ("p", "Step up TAF meeting to decide whether the case needs a statutory response."),
        ("p", "Agreement by line manager: Carl Ashworth, 26/04/2027."),
    ], author="Dean Mercer", title="FF Step Up request to CSC")
    ef = make_pdf([
        "# Engaging Families Toolkit - Signs of Well-being Family Engagement Risk Assessment Tool",
        "Family: Smith-Ndlovu    Completed by: D Mercer    Date: 19/04/2027",
        "Approaches tried: home visits (6 missed), visits at school, meeting at maternal grandmother's home.",
        "Engagement rating: LOW. What this tells us: mum avoids contact when actions are discussed.",
    ], title="Engaging Families Toolkit", author="D Mercer")
    taf = make_docx([
        ("title", "TAF minutes 21/04/2027"),
        ("p", "Present: school, nursery, Family First. Mum did not attend (second TAF missed)."),
        ("p", "Attendance: Kyron 61%, Leah 88%. Agreed to consider a step up to CSC."),
    ], author="Dean Mercer", title="TAF minutes")
    b = outlook_boundary(seed, "004")
    parts = [text_part(text, charset="windows-1252"),
             att_part("Step up form - Smith-Ndlovu.docx", DOCX, form),
             att_part("Engaging Families Toolkit - Smith-Ndlovu.pdf", PDF, ef),
             att_part("TAF minutes 21.04.2027.docx", DOCX, taf)]
    hd = outlook_std_headers(seed, addr("Mercer, Dean", "Dean.Mercer@knowsley.gov.uk"),
                             to_mailbox("knowsley", "mash_step_up"),
                             "Step up - Smith-Ndlovu x3 - TAF 05/05 1.30pm", d, has_attach=True,
                             cc="MASH Business Support <Mash.Businesssupport@knowsley.gov.uk>")
    data = message(hd, multipart("mixed", b, parts), crlf=True)
    add("knowsley_02.eml", data, "knowsley", "mash_step_up", T(2027, 4, 28, 11, 5),
        dict(kind="step_up", case_ids=["EHM-52340"],
             children=[("Kyron Smith-Ndlovu", "2012-03-09"), ("Leah Smith-Ndlovu", "2016-07-21"), ("Ezra Smith-Ndlovu", "2020-01-30")],
             concerns=["non_engagement", "school_attendance"], consent=False, manager_agreed=True,
             missing=[], notice_ok=False, next_action="request_info",
             _notice=(dt.date(2027, 4, 28), dt.date(2027, 5, 5), 4)),
        "Plain-text-only Outlook mail (windows-1252, quoted-printable) with the three siblings in a pipe table (hyphenated surname). Documents complete, including the Engaging Families toolkit required for non-engagement (pack: engaging_families when non_engagement). 'Mum ... does not agree with it' = consent false (not required for a Knowsley step-up). Notice fails: Wed 28 Apr -> Wed 5 May is 4 WD because Mon 3 May is the Early May bank holiday (a plain weekday count gives 5), so request_info.")


def knowsley_03():
    seed = "knowsley_03"
    d = T(2027, 5, 6, 15, 52, 40)
    blocks = [
        "Hi MASH,",
        "I\u2019m sending a step up request for Ellis D\u2019Souza. I need to be clear that my TM, Siobhan Keegan, is not in agreement with the step up at this point \u2013 she would like us to hold another TAF first \u2013 but I am worried and wanted MASH to see it. Mum knows I am contacting MASH and is in agreement with the step up.",
        "The form is pasted below. The minutes from the last TAF (28/04) are not typed up yet, and I haven\u2019t set a date for the step up TAF as I wanted to hear from you first.",
        ("h", "FF Step Up request to CSC"),
        ("table", [
            ["Question", "Answer"],
            ["Case ID on EHM:", "52561"],
            ["Child", "Ellis D\u2019Souza, DOB 2015-06-04"],
            ["Sibling", "Maya D\u2019Souza (17 months)"],
            ["Has this family recently closed to Children\u2019s Social Care?", "No"],
            ["Date of step up TAF meeting:", "TBC"],
            ["Level of Engagement:", "High \u2013 mum engages well with all services"],
            ["Recent TAF meeting minutes attached:", "No \u2013 to follow"],
            ["What are we worried about?", "Current concerns: mum\u2019s ex-partner (Maya\u2019s father), Jordan Reddy, has come to the house three times since Easter although mum ended the relationship in March. On 24/04 he kicked the front door in while both children were at home; police attended and he was arrested. Mum has a non-molestation order now and he has not been back since 26/04. A MARAC referral has been made.\nComplicating factors: Ellis has his own anxiety and is on the CAMHS waiting list; he is frightened to sleep in his own room. Mum\u2019s mental health is good \u2013 she is not on any medication and there are no concerns about her mental health."],
            ["What is working well?", "Mum has engaged with the IDVA and changed the locks. Ellis\u2019s school attendance is 99% and Maya is thriving at nursery."],
            ["What next?", "Goals: the children are safe from Jordan. Next steps: MASH view on whether a statutory response is needed."],
            ["Agreement by line manager:", "Not agreed \u2013 see email"],
        ]),
        "Aisha",
        "Aisha Ferguson\nFamily First Practitioner | Family First 0-18 | Knowsley Council\n0151 496 0655",
    ]
    data = outlook_mail(seed, addr("Ferguson, Aisha", "Aisha.Ferguson@knowsley.gov.uk"),
                        to_mailbox("knowsley", "mash_step_up"),
                        "Step up request \u2013 Ellis D\u2019Souza", d, blocks)
    add("knowsley_03.eml", data, "knowsley", "mash_step_up", T(2027, 5, 6, 16, 0),
        dict(kind="step_up", case_ids=["52561"], children=[("Ellis D\u2019Souza", "2015-06-04"), ("Maya D\u2019Souza", None)],
             concerns=["domestic_abuse"], consent=True, manager_agreed=False,
             missing=["manager_agreed", "meeting_details", "taf_minutes"], notice_ok=None,
             next_action="request_info"),
        "Step-up form pasted into the body under its own heading (meets step_up_form) as an Outlook HTML table. 'my TM ... is not in agreement' = manager_agreed false (missing); 'Mum ... is in agreement' = consent true. 'Case ID on EHM: 52561' gives '52561' (label before the number). Meeting 'TBC' so meeting_details missing and notice null; TAF minutes 'to follow' so missing. Concerns: domestic_abuse only - Ellis's own anxiety is not parental_mental_health (mum's mental health is explicitly fine) and 99% attendance is not school_attendance. The 24/04 incident is past, perpetrator arrested and not back since 26/04: not urgent. Curly apostrophes as written.")


def knowsley_04():
    seed = "knowsley_04"
    d = T(2027, 4, 29, 14, 6, 33)
    blocks = [
        "Hi Family First Duty,",
        "I\u2019m writing to let you know of my intention to step down to a Level 2 Early Help service (universal plus).",
        "The step down is for Amelia and Noah. Both children have their dad\u2019s surname, Whitlock; mum is Kerry Baines.",
        "Amelia was born on the 3rd of May 2016 and Noah\u2019s date of birth is 15-06-2021.\nICS: ICS-1240871 (Amelia), ICS-1240872 (Noah)",
        "Final CIN meeting: Tuesday 11th May 2027 at 2pm, Stockbridge Village Children\u2019s Centre (Room 2).",
        "Lead Practitioner after step down: Joanne Birchall, Family Support Worker, Foxfield Lane Primary School. Joanne has agreed to take on the Lead Practitioner role and will attend the CIN.",
        ("h", "What are we worried about?"),
        "Mum\u2019s low mood \u2013 she was diagnosed with postnatal depression after Noah and still has periods when she struggles. Noah has a speech and language delay and is on the pathway for an EHCP needs assessment.",
        ("h", "What\u2019s working well?"),
        "Amelia\u2019s attendance is 98.1% this year and Noah\u2019s nursery attendance is excellent. Mum\u2019s mental health has improved since she started talking therapy, and the family moved from St Helens to be near maternal grandmother, who helps every day.",
        ("h", "What needs to happen?"),
        "Joanne to lead a TAF with school, nursery and SALT; mum to continue talking therapy; first TAF review within 6 weeks.",
        "Mum has consented to the step down and to the referral to the school\u2019s family support worker. My manager, Ian Rowlands, has agreed the step down.",
        "Kind regards\nNatalie Byrne\nSocial Worker | Children in Need Team | Knowsley Children\u2019s Social Care\n0151 496 0841",
    ]
    data = outlook_mail(seed, addr("Byrne, Natalie", "Natalie.Byrne@knowsley.gov.uk"),
                        to_mailbox("knowsley", "early_help_duty"),
                        "Step down to Level 2 \u2013 Whitlock children \u2013 final CIN 11/05", d, blocks,
                        html_only=True)
    add("knowsley_04.eml", data, "knowsley", "early_help_duty", T(2027, 4, 29, 14, 20),
        dict(kind="step_down", level=2, case_ids=["ICS-1240871", "ICS-1240872"],
             children=[("Amelia Whitlock", "2016-05-03"), ("Noah Whitlock", "2021-06-15")],
             concerns=["disability_send", "parental_mental_health"], consent=True, manager_agreed=True,
             missing=[], notice_ok=True, next_action="book_meeting",
             _notice=(dt.date(2027, 4, 29), dt.date(2027, 5, 11), 7)),
        "HTML-only Outlook Level 2 step-down, complete (pack level 2: meeting_details with venue, worries_strengths_next, lead_practitioner with organisation). The children are named across two sentences ('Amelia and Noah' ... 'surname, Whitlock'); mum Kerry Baines is an adult. DOBs written 'born on the 3rd of May 2016' and '15-06-2021'. Attendance 98.1% / 'excellent' is a strength, not school_attendance; St Helens is a town. Final CIN Tue 11 May from Thu 29 Apr = 7 WD (>= 5).")


def knowsley_05():
    seed = "knowsley_05"
    d = T(2027, 4, 30, 15, 31, 2)
    S = 'style="font-family:Aptos,Arial,sans-serif;font-size:11pt;color:#000000"'
    B = 'style="font-family:Aptos,Arial,sans-serif;font-size:11pt;font-weight:700;color:#1F3864;margin-top:12px"'
    lines = [
        (S, "Hello Family First,"),
        (S, "&nbsp;"),
        (B, "Joint home visit \u2013 Rimmer family \u2013 step down to Family First 0-18 (Level 3)"),
        (S, "Child: Jake Rimmer, DOB 12 Sept 2013, ICS ID 1251930"),
        (S, "Joint home visit: Monday 10th May 2027, 11:00am, at the family home, 27 Hope Street, Prescot, L34 9ZQ."),
        (B, "What are we worried about?"),
        (S, "Mum (Donna Rimmer) drinks heavily most evenings. Jake (13) puts her to bed, does the shopping and has stopped going to football so he can look after her."),
        (B, "What\u2019s working well?"),
        (S, "Mum has started with the community alcohol team and has attended 3 of 4 appointments. Jake has a good relationship with his uncle, who lives nearby."),
        (B, "What needs to happen?"),
        (S, "Young carers assessment for Jake; mum to continue with the alcohol team; Family First case manager to coordinate a TAF."),
        (S, "&nbsp;"),
        (S, "I need to be upfront: mum has declined Early Help. She told me on Wednesday she doesn\u2019t want \u2018another worker in the house\u2019. I\u2019d still like a Family First case manager to come on the joint visit so she can hear what is on offer, as she may change her mind."),
        (S, "&nbsp;"),
        (S, "Lee Gaskell"),
        (S, "Social Worker | Assessment Team | Knowsley Children\u2019s Social Care | 0151 496 0719"),
    ]
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Aptos,Arial,sans-serif;font-size:11pt">')
    for st, txt in lines:
        if txt == "&nbsp;":
            html += '<div %s>&nbsp;</div>' % st
        elif "font-weight:700" in st:
            html += '<div %s><span style="font-weight:700">%s</span></div>' % (st, esc(txt))
        else:
            html += '<div %s><span %s>%s</span></div>' % (st, S, esc(txt))
        html += "\n"
    html += "</div></body></html>\n"
    hd = [("Received", "from AS8PR02MB%s.eurprd02.prod.outlook.com (2603:10a6:20b:54::17) by\n PA4PR02MB%s.eurprd02.prod.outlook.com with HTTPS; %s" % (H(seed, 4), H(seed + "x", 4), rfc2822(d.astimezone(UTC)))),
          ("From", addr("Lee Gaskell", "Lee.Gaskell@knowsley.gov.uk")),
          ("To", to_mailbox("knowsley", "early_help_duty")),
          ("Subject", "Joint home visit - Rimmer - step down L3 - Mon 10 May"),
          ("Date", rfc2822(d.astimezone(UTC))),
          ("Message-ID", "<AS8PR02MB%s%s@AS8PR02MB%s.eurprd02.prod.outlook.com>" % (H(seed, 4), H(seed + "m", 24), H(seed, 4))),
          ("X-Mailer", "Outlook on the web"),
          ("MIME-Version", "1.0")]
    data = message(hd, text_part(html, "html"))
    add("knowsley_05.eml", data, "knowsley", "early_help_duty", T(2027, 4, 30, 15, 40),
        dict(kind="step_down", level=3, case_ids=["1251930"], children=[("Jake Rimmer", "2013-09-12")],
             concerns=["substance_misuse", "young_carer"], consent=False, manager_agreed=None,
             missing=["consent"], notice_ok=True, next_action="request_info",
             _notice=(dt.date(2027, 4, 30), dt.date(2027, 5, 10), 5)),
        "HTML-only body built only from <div>/<span> with inline styles (no <p>, <br> or <table>); Level 3 stated. Date, time and venue (the family home on Hope Street - a street, not a person) and all three Signs of Safety headings are present, but 'mum has declined Early Help' = consent false, and level 3 requires consent (pack: consent when level 3), so request_info. 'ICS ID 1251930' gives '1251930'. DOB '12 Sept 2013'. Joint visit Mon 10 May from Fri 30 Apr = 5 WD with the 3 May bank holiday (exactly 5, ok).")


def knowsley_06():
    seed = "knowsley_06"
    d = T(2027, 5, 6, 10, 12, 9)
    ack_id = "<SB-knowsley-41.ack.20270429110200@knowsley.gov.uk>"
    blocks = [
        "Hi,",
        "Just to let you know that dad contacted me yesterday \u2013 consent was withdrawn on Tuesday when he spoke to the duty worker. He no longer wants Family First involved with Harvey and Lacey Dunne.",
        "Please can the Family First case manager not attend the joint visit on the 11th. I will speak to my manager about next steps and come back to you.",
        "Thanks\nMichelle",
        "Michelle Kavanagh\nSocial Worker | Children in Need Team 2 | Knowsley Children\u2019s Social Care\nTel 0151 496 0593",
        ("raw", "From: Family First 0-18 Duty Mailbox <FamilyFirst0-18DutyMailbox@knowsley.gov.uk>\n"
                "Sent: 29 April 2027 11:02\n"
                "To: Kavanagh, Michelle <Michelle.Kavanagh@knowsley.gov.uk>\n"
                "Subject: [SB-knowsley-41] Step-down request received \u2013 joint home visit Tue 11 May\n\n"
                "Thank you. Your step-down request for ICS-1238112 has been received (reference SB-knowsley-41).\n"
                "A Family First case manager will attend the joint home visit on Tuesday 11 May 2027 at 10:00.\n\n"
                "Family First 0-18 Duty (automated message)"),
    ]
    data = outlook_mail(seed, addr("Kavanagh, Michelle", "Michelle.Kavanagh@knowsley.gov.uk"),
                        to_mailbox("knowsley", "early_help_duty"),
                        "RE: [SB-knowsley-41] Step-down request received \u2013 joint home visit Tue 11 May",
                        d, blocks, in_reply_to=ack_id)
    add("knowsley_06.eml", data, "knowsley", "early_help_duty", T(2027, 5, 6, 10, 20),
        dict(kind="follow_up", case_ids=["ICS-1238112"], children=[("Harvey Dunne", None), ("Lacey Dunne", None)],
             concerns=[], consent=False, manager_agreed=None, missing=[], notice_ok=None,
             next_action="attach_to_request"),
        "Reply to [SB-knowsley-41]: follow_up (missing [] and notice null for a follow-up). 'consent was withdrawn on Tuesday' = consent false (DESIGN: refused/declined). Children named as 'Harvey and Lacey Dunne' (shared surname); the case id is only in the quoted acknowledgement. 'the 11th' is a meeting, not a DOB.")


def knowsley_07():
    seed = "knowsley_07"
    d = T(2027, 5, 10, 8, 44, 51)
    ics = ics_reply("Microsoft Exchange Server 2010", "knowsleymash@knowsley.gov.uk", "Hesford, Paul",
                    "Paul.Hesford@knowsley.gov.uk", "TENTATIVE", "Tentative: Step-up TAF meeting [SB-knowsley-57]",
                    "SB-knowsley-57-taf-20270512@stepbot.knowsley.gov.uk", "20270512T100000", "20270512T113000",
                    "20270510T074451Z", comment="Will confirm by Tuesday - I may be on a course that morning.",
                    location="Kirkby Family Hub")
    plain = "Will confirm by Tuesday - I may be on a course that morning.\n"
    hd = outlook_std_headers(seed, addr("Hesford, Paul", "Paul.Hesford@knowsley.gov.uk"),
                             to_mailbox("knowsley", "mash_step_up"),
                             "Tentative: Step-up TAF meeting [SB-knowsley-57]", d,
                             extra=[("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAAD%s" % H(seed, 24))])
    body = multipart("alternative", outlook_boundary(seed), [
        text_part(plain), text_part(render_html([plain.strip()]), "html"),
        'Content-Type: text/calendar; charset="utf-8"; method=REPLY\nContent-Transfer-Encoding: base64\n\n' + b64(ics.encode())])
    data = message(hd, body, crlf=True)
    add("knowsley_07.eml", data, "knowsley", "mash_step_up", T(2027, 5, 10, 8, 50),
        dict(kind="meeting_reply", next_action="record_reply"),
        "Outlook iTIP REPLY (text/calendar method=REPLY, base64) with PARTSTAT=TENTATIVE and a harmless COMMENT: meeting_reply, record_reply, no facts.")


def knowsley_08():
    seed = "knowsley_08"
    d = T(2027, 5, 12, 7, 3, 44, UTC)
    human = ("Delivery is delayed to these recipients or groups:\n\n"
             "dean.mercer@knowsley-ff.example.org.uk\n\n"
             "Subject: [SB-knowsley-63] Step-up request received - information needed\n\n"
             "This message hasn't been delivered yet. Delivery will continue to be attempted.\n\n"
             "The server will keep trying to deliver this message for the next 1 days, 19 hours and 52 minutes. You'll be notified if the message can't be delivered by that time.\n")
    status = ("Reporting-MTA: dns;LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM\n"
              "Received-From-MTA: dns;LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM\n"
              "Arrival-Date: Tue, 11 May 2027 11:11:40 +0000\n\n"
              "Final-Recipient: rfc822;dean.mercer@knowsley-ff.example.org.uk\n"
              "Action: delayed\n"
              "Status: 4.4.7\n"
              "Diagnostic-Code: smtp;400 4.4.7 Message delayed\n"
              "Will-Retry-Until: Thu, 13 May 2027 03:00:00 +0000\n")
    orig = ("From: Knowsley MASH <knowsleymash@knowsley.gov.uk>\n"
            "To: dean.mercer@knowsley-ff.example.org.uk\n"
            "Subject: [SB-knowsley-63] Step-up request received - information needed\n"
            "Date: Tue, 11 May 2027 11:11:38 +0000\n"
            "Message-ID: <SB-knowsley-63.ack.20270511111138@knowsley.gov.uk>\n"
            "Auto-Submitted: auto-replied\n"
            "MIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"utf-8\"\n")
    b = "_%s_" % H(seed, 30)
    body = multipart("report", b, [
        text_part(human, charset="us-ascii", cte="7bit"),
        "Content-Type: message/delivery-status\n\n" + status,
        "Content-Type: text/rfc822-headers\n\n" + orig], params="; report-type=delivery-status")
    hd = [("Received", "from LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM ([fe80::5123]) by\n LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM with mapi id 15.20.8722.018; %s" % rfc2822(d)),
          ("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@knowsley.gov.uk>"),
          ("To", to_mailbox("knowsley", "mash_step_up")),
          ("Subject", "Delayed: [SB-knowsley-63] Step-up request received - information needed"),
          ("Date", rfc2822(d)),
          ("Message-ID", "<%s@LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM>" % h(seed, 32)),
          ("Auto-Submitted", "auto-replied"),
          ("X-MS-Exchange-Message-Is-Ndr", ""),
          ("MIME-Version", "1.0")]
    data = message(hd, body, crlf=True)
    add("knowsley_08.eml", data, "knowsley", "mash_step_up", T(2027, 5, 12, 8, 10),
        dict(kind="auto_reply", next_action="ignore"),
        "Exchange 'Delayed:' delivery-status notification (multipart/report, Action: delayed, Status 4.4.7) for one of stepbot's own acknowledgements: auto_reply, ignore (safety rule 2: never answer). Not a failure bounce, but still automatic.")


def knowsley_09():
    seed = "knowsley_09"
    d = T(2027, 5, 25, 16, 41, 20)
    fwd = ("From: Ashworth, Carl <Carl.Ashworth@knowsley.gov.uk>\n"
           "Sent: 24 May 2027 17:12\n"
           "To: Molyneux, Kerry-Ann <Kerry-Ann.Molyneux@knowsley.gov.uk>\n"
           "Subject: RE: Step up \u2013 Dion\n\n"
           "Hi KA, yes \u2013 I agree with the step up, the exploitation assessment is really clear. Please send it to MASH today.\n"
           "Carl\n"
           "Carl Ashworth | Team Manager | Family First 0-18\n\n"
           "From: Molyneux, Kerry-Ann <Kerry-Ann.Molyneux@knowsley.gov.uk>\n"
           "Sent: 24 May 2027 15:40\n"
           "To: Ashworth, Carl <Carl.Ashworth@knowsley.gov.uk>\n"
           "Subject: Step up \u2013 Dion\n\n"
           "Carl, as discussed \u2013 draft step up for Dion Murphy-O\u2019Hare (DOB 2011-10-19, EHM-52788) attached with the Merseyside Exploitation Assessment and the TAF minutes from 17/05.\n"
           "He was missing overnight twice this month (returned both times the next morning) and on the second occasion police found him in Warrington with older males and \u00a3300 in cash; they believe he is being used to run drugs. He has been at home every night since 14 May and mum is following the safety plan.\n"
           "School say his attendance is fine (96%) and there are no concerns in school.\n"
           "KA")
    blocks = [
        "Hi MASH,",
        "Please see below and attached \u2013 Carl\u2019s agreement is in the email chain.",
        "Step up TAF: Weds 2nd June at 10am, Kirkby Family Hub. Teams invite to follow to MASH and MASH business support.",
        "Thanks\nKerry-Ann",
        "Kerry-Ann Molyneux\nFamily First Case Manager | Family First 0-18 | Knowsley Council\n0151 496 0588 | 07700 900588",
        ("raw", fwd),
    ]
    form = make_docx([
        ("title", "FF Step Up request to CSC"),
        ("p", "Child: Dion Murphy-O\u2019Hare    DOB: 2011-10-19"),
        ("p", "Case ID on EHM: EHM-52788"),
        ("p", "Date of step up TAF meeting: 02/06/2027 10:00, Kirkby Family Hub"),
        ("p", "Recent TAF meeting minutes attached: Yes (17/05/2027)"),
        ("h", "What are we worried about?"),
        ("p", "Child criminal exploitation: two overnight missing episodes in May; found in Warrington with older males and cash."),
        ("h", "What is working well?"),
        ("p", "Mum follows the safety plan; school attendance 96%; Dion likes boxing club."),
        ("h", "What next?"),
        ("p", "Step up TAF to consider a statutory response."),
        ("p", "Merseyside Exploitation Assessment - CE/CSE concern: completed 21/05/2027 (attached)."),
        ("p", "Agreement by line manager: see email from Carl Ashworth, 24/05/2027."),
    ], author="Kerry-Ann Molyneux", title="FF Step Up request")
    mea = make_pdf([
        "# Merseyside Exploitation Assessment (CE/CSE)",
        "Young person: D. Murphy-O'Hare    Completed: 21/05/2027    By: K-A Molyneux",
        "Indicators: missing episodes (2 in May 2027); found out of area with older males; unexplained cash.",
        "Overall: significant risk of child criminal exploitation.",
    ], title="Merseyside Exploitation Assessment", author="KA Molyneux")
    taf = make_docx([
        ("title", "TAF minutes 17/05/2027"),
        ("p", "Present: mum, Dion, school, youth service, Family First. Safety plan reviewed."),
        ("p", "Agreed: Family First to discuss a step up with the team manager."),
    ], author="Kerry-Ann Molyneux", title="TAF minutes")
    data = outlook_mail(seed, addr("Molyneux, Kerry-Ann", "Kerry-Ann.Molyneux@knowsley.gov.uk"),
                        to_mailbox("knowsley", "mash_step_up"), "FW: Step up \u2013 Dion", d, blocks,
                        attachments=[("Step Up Request - Dion MO.docx", DOCX, form),
                                     ("Merseyside Exploitation Assessment - DMO.pdf", PDF, mea),
                                     ("TAF minutes 17.05.27.docx", DOCX, taf)],
                        cc="MASH Business Support <Mash.Businesssupport@knowsley.gov.uk>")
    add("knowsley_09.eml", data, "knowsley", "mash_step_up", T(2027, 5, 25, 16, 50),
        dict(kind="step_up", case_ids=["EHM-52788"], children=[("Dion Murphy-O\u2019Hare", "2011-10-19")],
             concerns=["exploitation", "missing"], consent=None, manager_agreed=True, missing=[],
             notice_ok=True, next_action="book_meeting",
             _notice=(dt.date(2027, 5, 25), dt.date(2027, 6, 2), 5)),
        "Outlook 'FW:' whose facts (child, ISO DOB 2011-10-19, case id, concerns) are in the forwarded worker mail and whose manager agreement ('yes - I agree with the step up') is only in the forwarded team-manager reply. Surname with hyphen and typographic apostrophe, as written. Exploitation + missing (two episodes this month) with the Merseyside Exploitation Assessment attached (pack: exploitation_assessment when exploitation); 96% attendance is not a concern. Not urgent: home every night since 14 May, safety plan followed. TAF Wed 2 Jun from Tue 25 May = 5 WD because Mon 31 May is the Spring bank holiday (exactly 5, ok).")


def knowsley_10():
    seed = "knowsley_10"
    d = T(2027, 5, 10, 11, 2, 0)
    text = ("Dear Sir/Madam,\n\n"
            "Please find attached invoice INV-20417 for school transport journeys completed in April 2027 (PO 4500231, account no. 11842).\n\n"
            "Route K-14: 20 journeys at the agreed rate. Payment terms are 30 days from the invoice date.\n\n"
            "If this has reached the wrong team please could you forward it to Accounts Payable.\n\n"
            "Kind regards\n"
            "Accounts Team\n"
            "Prescot Private Hire Ltd\n"
            "Tel 0151 496 0999\n"
            "Company reg no. 07244311 | VAT GB 294 1844 12\n")
    inv = make_pdf([
        "# Prescot Private Hire Ltd - INVOICE INV-20417",
        "Invoice date: 07/05/2027    PO: 4500231    Account: 11842",
        "Route K-14 school transport, April 2027: 20 journeys.",
        "Total due within 30 days.",
    ], title="Invoice INV-20417", author="Prescot Private Hire")
    b = "----=_Part_%s" % h(seed, 20)
    body = multipart("mixed", b, [text_part(text, cte="7bit", charset="us-ascii"),
                                  att_part("INV-20417.pdf", PDF, inv, outlook=False)])
    hd = [("Received", "from mail.prescotprivatehire.example.co.uk (mail.prescotprivatehire.example.co.uk [192.0.2.44])\n by mx.knowsley.gov.uk with ESMTPS; %s" % rfc2822(d)),
          ("From", "Prescot Private Hire Accounts <accounts@prescotprivatehire.example.co.uk>"),
          ("To", to_mailbox("knowsley", "early_help_duty")),
          ("Subject", "Invoice INV-20417 - April 2027 school transport"),
          ("Date", rfc2822(d)),
          ("Message-ID", "<%s.%s@prescotprivatehire.example.co.uk>" % (h(seed, 12), h(seed + "b", 8))),
          ("X-Mailer", "Sage Accounts 29.1"),
          ("MIME-Version", "1.0")]
    data = message(hd, body)
    add("knowsley_10.eml", data, "knowsley", "early_help_duty", T(2027, 5, 10, 11, 15),
        dict(kind="other", next_action="human_review"),
        "Misdirected supplier invoice sent to the Family First duty mailbox: kind other, human_review. INV-20417, PO 4500231, account 11842 and the company number are not case ids; no child is named.")


for _f in (knowsley_01, knowsley_02, knowsley_03, knowsley_04, knowsley_05, knowsley_06,
           knowsley_07, knowsley_08, knowsley_09, knowsley_10):
    _f()

# --------------------------------------------------------------------------------------------
# RICHMOND & WANDSWORTH
# --------------------------------------------------------------------------------------------

def richmond_wandsworth_01():
    seed = "richmond_wandsworth_01"
    d = T(2027, 4, 27, 10, 48, 17)
    blocks = [
        "Dear MASH colleagues,",
        "Following a reflective discussion with Hayley Brennan-Price (Early Help Practitioner) on 26/04/2027, I am requesting a step up to Children\u2019s Services for the two children below. The latest case summary is attached.",
        ("table", [
            ["Name", "Date of birth", "Mosaic ID", "School"],
            ["Lily Fairweather", "12/01/2017", "1402233", "Sheen Vale Primary (Y4)"],
            ["Oscar Fairweather", "27/08/2019", "1402234", "Sheen Vale Primary (Reception)"],
        ]),
        ("h", "Rationale for step up"),
        "Early Help has worked with the family since October 2026. Despite the plan, domestic abuse between mum and her partner, Ryan Cole, has escalated: police were called three times in April and on the last occasion Lily told her teacher she hid under the bed with Oscar. Mum has also told us her depression has returned and that she has stopped taking her medication.",
        "We explored whether there was any substance misuse in the home after a comment from school: both adults\u2019 hair strand tests in March were negative and this has been ruled out.",
        "There is no immediate child protection concern today \u2013 Ryan is on police bail not to attend the address and is staying with his brother in Hounslow.",
        "Consent: mum has consented to the referral to Children\u2019s Services.",
        "As Early Help Team Manager I agree that the threshold for a step up is met.",
        "Kind regards\nMarcus Oyelaran\nEarly Help Team Manager \u2013 Richmond East\nAchieving for Children\nTel 020 7946 0381",
        DISCLAIMER["richmond_wandsworth"],
    ]
    summ = make_docx([
        ("title", "Early Help case summary \u2013 Fairweather family"),
        ("p", "Date of summary: 23/04/2027. Early Help open since 04/10/2026 (Lead Practitioner H. Brennan-Price)."),
        ("p", "Children: Lily Fairweather (12/01/2017), Oscar Fairweather (27/08/2019). Mum: Chantelle Fairweather. Mum's partner: Ryan Cole."),
        ("p", "Summary: police call-outs for domestic abuse on 03/04, 15/04 and 22/04/2027; mum's depression has returned and she has stopped her medication. Hair strand tests (March 2027) negative for both adults."),
        ("p", "Engagement: mum engages with the Early Help worker and attends appointments."),
    ], author="Hayley Brennan-Price", title="Case summary")
    data = outlook_mail(seed, addr("Oyelaran, Marcus", "Marcus.Oyelaran@richmondandwandsworth.gov.uk"),
                        to_mailbox("richmond_wandsworth", "mash_step_up"),
                        "Step up to Children's Services \u2013 Fairweather (2 children)", d, blocks,
                        attachments=[("Case Summary - Fairweather - April 2027.docx", DOCX, summ)])
    add("richmond_wandsworth_01.eml", data, "richmond_wandsworth", "mash_step_up", T(2027, 4, 27, 11, 0),
        dict(kind="step_up", case_ids=["1402233", "1402234"],
             children=[("Lily Fairweather", "2017-01-12"), ("Oscar Fairweather", "2019-08-27")],
             concerns=["domestic_abuse", "parental_mental_health"], consent=True, manager_agreed=True,
             missing=[], next_action="book_meeting"),
        "Complete R&W step-up from the Early Help Team Manager (pack: case_summary attached, rationale pasted under its own heading). Siblings in an Outlook HTML table with Mosaic ids per child. Substance misuse was 'ruled out' (negative hair strand tests), so it is not a concern. 'No immediate child protection concern today', perpetrator on bail away from the address: not urgent. No notice period for R&W (notice null).")


def richmond_wandsworth_02():
    seed = "richmond_wandsworth_02"
    d = T(2027, 4, 29, 18, 14, 3)
    text = ("Hi MASH,\n\n"
            "Step up please for Freddie and Isla Barnes, who live with dad in Ham (Ham Close). Freddie is 7 (DOB 04/04/2020) and Isla is 4 (29.10.22).\n\n"
            "Latest case summary attached. I'll send the rationale tomorrow once I've gone through it with Jade (EHP) - sorry.\n\n"
            "Neglect is the main worry - home conditions are very poor and both children are often hungry at school and nursery. Freddie's attendance is 71%.\n\n"
            "Dad is not in agreement with the step up.\n\n"
            "I've discussed with Jade and I support the step up.\n\n"
            "(The family used to live in St Margarets and were known to Barnes Children's Centre - no relation!)\n\n"
            "Nicola\n\n"
            "Sent from my iPhone\n")
    summ = make_pdf([
        "# Early Help Case Summary",
        "Family: Barnes    Prepared by: Jade Okonjo-Price, Early Help Practitioner    Date: 28/04/2027",
        "Children: Freddie Barnes (7), Isla Barnes (4). Lives with: dad, Mr Wayne Barnes, Ham Close.",
        "Early Help involvement since November 2026. Home conditions remain very poor; children hungry at school and nursery.",
        "Freddie's attendance 71% (autumn and spring terms).",
    ], title="Case summary - Barnes", author="J Okonjo-Price")
    b = "Apple-Mail-%s" % H(seed, 8) + "-" + H(seed + "2", 4)
    body = multipart("mixed", b, [
        text_part(text, cte="7bit", charset="us-ascii", params="; format=flowed"),
        att_part("Barnes case summary Apr 27.pdf", PDF, summ, outlook=False)])
    hd = [("Received", "from smtpclient.apple (host-92-0-2-18.as13285.example.net [192.0.2.18])\n by mx.richmondandwandsworth.gov.uk with ESMTPSA; %s" % rfc2822(d)),
          ("From", addr("Nicola Ferrante", "Nicola.Ferrante@richmondandwandsworth.gov.uk")),
          ("Content-Type", "placeholder"),
          ]
    hd = [x for x in hd if x[0] != "Content-Type"]
    hd += [("Mime-Version", "1.0 (1.0)"),
           ("Subject", "Step up - Barnes"),
           ("Date", rfc2822(d)),
           ("Message-Id", apple_msgid(seed, "richmondandwandsworth.gov.uk")),
           ("To", to_mailbox("richmond_wandsworth", "mash_step_up")),
           ("X-Mailer", "iPhone Mail (24E248)")]
    data = message(hd, body)
    add("richmond_wandsworth_02.eml", data, "richmond_wandsworth", "mash_step_up", T(2027, 4, 29, 18, 30),
        dict(kind="step_up", case_ids=[], children=[("Freddie Barnes", "2020-04-04"), ("Isla Barnes", "2022-10-29")],
             concerns=["neglect", "school_attendance"], consent=False, manager_agreed=True,
             missing=["rationale"], next_action="request_info"),
        "iPhone step-up from the Early Help Team Manager ('I support the step up' = manager_agreed true). The rationale is promised for tomorrow, so rationale is missing (pack: case_summary, rationale); case summary PDF attached. 'Dad is not in agreement' = consent false. DOBs '04/04/2020' and '29.10.22' (two-digit year). Barnes is both the children's surname and a place (Barnes Children's Centre); Ham and St Margarets are places. No case id given (not required by R&W).")


def richmond_wandsworth_03():
    seed = "richmond_wandsworth_03"
    d = T(2027, 5, 10, 9, 31, 45)
    blocks = [
        "Dear Early Help Duty,",
        "As agreed with Imogen Varley (EH Duty TM) on the phone this morning, I\u2019m confirming the step down case discussion for Thursday 13 May 2027 at 10:00 on Teams.",
        "Zainab Al-Hashimi, DOB 19 November 2012, our ref (Mosaic): 1398820.",
        "Zainab has been open on a CIN plan since September 2026 because of mum\u2019s mental health (bipolar disorder, two hospital admissions in 2026). Mum is now stable under the community mental health team, but the plan is for Early Help to carry on supporting her and Zainab \u2013 a step down to targeted Early Help (Level 3).",
        "You may see police DA notifications on the family file from 2025: these relate to Zainab\u2019s maternal uncle\u2019s household in Hounslow, a different household, and are not part of this plan. There are no domestic abuse concerns in Zainab\u2019s home.",
        "Consent: mum had initially declined Early Help in February, but at the CIN review on 22 April she gave her consent, and Zainab (14) is also in agreement.",
        "My manager, Femi Adebayo, has agreed the step down.",
        "Attached: latest case summary; draft Early Help plan.",
        "Best wishes\nRebecca Lindqvist\nSocial Worker, Children in Need Team 1\nWandsworth Children\u2019s Services\n020 7946 0622",
    ]
    summ = make_docx([
        ("title", "Case summary \u2013 Zainab Al-Hashimi"),
        ("p", "Prepared 07/05/2027 by R. Lindqvist. CIN plan since 14/09/2026 (parental mental health)."),
        ("p", "Mum stable since January 2027 under the community mental health team; medication reviewed monthly."),
    ], author="Rebecca Lindqvist", title="Case summary")
    plan = make_docx([
        ("title", "Draft Early Help plan \u2013 Al-Hashimi"),
        ("table", [["What needs to happen", "Who", "By when"],
                   ["Weekly check-in with the school mentor for Zainab", "School", "June 2027"],
                   ["Mum to keep CMHT appointments; crisis plan shared with school", "Mum / CMHT", "Ongoing"],
                   ["Review meeting", "Early Help manager", "Within 4 weeks of handover"]]),
    ], author="Rebecca Lindqvist", title="Draft EH plan")
    data = outlook_mail(seed, addr("Lindqvist, Rebecca", "Rebecca.Lindqvist@richmondandwandsworth.gov.uk"),
                        to_mailbox("richmond_wandsworth", "early_help_duty"),
                        "Step down \u2013 Zainab Al-Hashimi \u2013 case discussion Thu 13 May 10:00", d, blocks,
                        attachments=[("Case summary - Al-Hashimi.docx", DOCX, summ),
                                     ("Draft EH plan - Al-Hashimi.docx", DOCX, plan)])
    add("richmond_wandsworth_03.eml", data, "richmond_wandsworth", "early_help_duty", T(2027, 5, 10, 9, 45),
        dict(kind="step_down", level=3, case_ids=["1398820"], children=[("Zainab Al-Hashimi", "2012-11-19")],
             concerns=["parental_mental_health"], consent=True, manager_agreed=True, missing=[],
             next_action="book_meeting"),
        "Complete R&W step-down (pack: case_summary, draft_plan, consent). 'mum had initially declined Early Help in February, but ... she gave her consent' = consent true now (the refusal is historic). DA notifications concern the uncle's household in Hounslow, 'a different household', so domestic_abuse is not a concern for this family. Level 3 stated. 'our ref (Mosaic): 1398820' gives '1398820'.")


def richmond_wandsworth_04():
    seed = "richmond_wandsworth_04"
    d = T(2027, 5, 12, 13, 4, 22)
    quoted = ("From: Martin, Chloe <Chloe.Martin@richmondandwandsworth.gov.uk>\n"
              "Sent: 11 May 2027 16:45\n"
              "To: Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>\n"
              "Cc: Okoro, Daniel <Daniel.Okoro@richmondandwandsworth.gov.uk>\n"
              "Subject: Step down request - Yasmin and Idris Ahmed - case summary and draft plan\n\n"
              "Dear Early Help Duty,\n\n"
              "Please find attached the case summary and draft plan for Yasmin Ahmed (DOB 02/02/2014) and Idris Ahmed (DOB 17/10/2018), Mosaic 1411587 and 1411588.\n\n"
              "Yasmin is a young carer for her dad, who has MS, and Idris has ADHD and an EHCP. Mum and dad have consented to Early Help.\n\n"
              "I have spoken with Imogen and we have agreed a case discussion on Friday 14 May at 14:00.\n\n"
              "Chloe Martin\nSocial Worker, Children in Need Team 2")
    blocks = [
        "Good afternoon,",
        "Apologies for the confusion \u2013 I do not support this step-down at this point. The family have only just started to engage with the CIN plan and I want it reviewed at the CIN meeting on 2 June before any decision is made. Please disregard the request for now; Chloe will come back to you after the review.",
        "Daniel Okoro | Team Manager | Children in Need Team 2 | Wandsworth Children\u2019s Services | 020 7946 0640",
        ("raw", quoted),
    ]
    data = outlook_mail(seed, addr("Okoro, Daniel", "Daniel.Okoro@richmondandwandsworth.gov.uk"),
                        to_mailbox("richmond_wandsworth", "early_help_duty"),
                        "RE: Step down request - Yasmin and Idris Ahmed - case summary and draft plan", d, blocks,
                        cc=addr("Martin, Chloe", "Chloe.Martin@richmondandwandsworth.gov.uk"),
                        in_reply_to="<%s>" % ("LO2P265MB%s@LO2P265MB%s.GBRP265.PROD.OUTLOOK.COM" % (H(seed + "orig", 28), H(seed + "orig", 4))))
    add("richmond_wandsworth_04.eml", data, "richmond_wandsworth", "early_help_duty", T(2027, 5, 12, 13, 10),
        dict(kind="follow_up", case_ids=["1411587", "1411588"],
             children=[("Yasmin Ahmed", "2014-02-02"), ("Idris Ahmed", "2018-10-17")],
             concerns=["disability_send", "young_carer"], consent=True, manager_agreed=False, missing=[],
             next_action="attach_to_request"),
        "Team manager's reply-all to yesterday's step-down request (no [SB-] reference): a follow_up adding to that request, so attach_to_request and missing []. 'I do not support this step-down' = manager_agreed false. Children, DOBs, Mosaic ids, concerns and the parents' consent are only in the quoted original ('Mosaic 1411587 and 1411588' gives bare numbers).")


def richmond_wandsworth_05():
    seed = "richmond_wandsworth_05"
    d = T(2027, 5, 10, 12, 1, 8)
    ics = ics_reply("-//Apple Inc.//iPhone OS 20.4//EN", "MASH-StepUP@richmondandwandsworth.gov.uk",
                    "Hayley Brennan-Price", "Hayley.Brennan-Price@richmondandwandsworth.gov.uk", "ACCEPTED",
                    "Step-up case discussion [SB-richmond_wandsworth-31]",
                    "SB-richmond_wandsworth-31-disc-20270511@stepbot.richmondandwandsworth.gov.uk",
                    "20270511T140000", "20270511T150000", "20270510T110108Z", tzid="Europe/London")
    hd = [("Received", "from smtpclient.apple (host-92-0-2-31.as13285.example.net [192.0.2.31])\n by mx.richmondandwandsworth.gov.uk with ESMTPSA; %s" % rfc2822(d)),
          ("From", addr("Hayley Brennan-Price", "Hayley.Brennan-Price@richmondandwandsworth.gov.uk")),
          ("To", to_mailbox("richmond_wandsworth", "mash_step_up")),
          ("Subject", "Accepted: Step-up case discussion [SB-richmond_wandsworth-31]"),
          ("Date", rfc2822(d)),
          ("Message-Id", apple_msgid(seed, "richmondandwandsworth.gov.uk")),
          ("X-Mailer", "iPhone Mail (24E248)"),
          ("Mime-Version", "1.0 (1.0)")]
    body = 'Content-Type: text/calendar; charset=utf-8; method=REPLY\nContent-Transfer-Encoding: quoted-printable\n\n' + qp(ics)
    data = message(hd, body)
    add("richmond_wandsworth_05.eml", data, "richmond_wandsworth", "mash_step_up", T(2027, 5, 10, 12, 5),
        dict(kind="meeting_reply", next_action="record_reply"),
        "iPhone iTIP REPLY sent as a single top-level text/calendar part (no text/plain, method=REPLY, PARTSTAT=ACCEPTED, quoted-printable): meeting_reply, record_reply.")


def richmond_wandsworth_06():
    seed = "richmond_wandsworth_06"
    d = T(2027, 5, 18, 10, 22, 37)
    blocks = [
        "Hello,",
        "Please see attached step up referral (case summary and rationale) for Jamie Cartwright. Gr\u00e1inne is copied in.",
        "Thanks\nOwen",
        "Owen Taggart\nEarly Help Practitioner, Richmond Early Help \u2013 West Team\nTel 020 7946 0733",
    ]
    pdfdoc = make_pdf([
        "# EARLY HELP STEP UP REFERRAL",
        "Child: Jamie Cartwright    Date of birth: 23/06/2012    Mosaic ID: 1425510",
        "Date of referral: 17/05/2027    Referrer: Owen Taggart, Early Help Practitioner",
        "# Reason for referral - category (tick all that apply)",
        "[ ] Neglect   [ ] Physical abuse   [ ] Sexual abuse   [ ] Emotional abuse   [ ] Domestic abuse",
        "[ ] Parental mental health   [ ] Substance misuse   [ ] Child exploitation   [ ] Missing",
        "[ ] Radicalisation   [ ] School attendance   [ ] Young carer   [ ] SEND",
        "# Latest case summary",
        "Early Help since January 2027 following concerns from school about Jamie's online activity. Jamie (14) has been sharing extreme right-wing videos with peers and told his form tutor that he wants to 'join the fight'. A Prevent referral was made on 03/03/2027 and Channel support started in March. Mum and dad are supportive and engage well with Early Help.",
        "# Rationale for step up",
        "Despite Channel support and the Early Help plan, Jamie's extremist views have hardened: he now posts extreme right-wing content under his own name, has set up a group chat to share it with Year 9 pupils and told his Channel mentor he will not stop. The Channel panel on 14/05/2027 recommended a statutory assessment by Children's Services.",
        "# Parental consent to referral",
        "Yes - both parents, 16/05/2027.",
    ], title="Step up referral - J Cartwright", author="O Taggart")
    data = outlook_mail(seed, addr("Taggart, Owen", "Owen.Taggart@richmondandwandsworth.gov.uk"),
                        to_mailbox("richmond_wandsworth", "mash_step_up"),
                        "Step up referral - J Cartwright", d, blocks,
                        attachments=[("Step up referral - J Cartwright.pdf", PDF, pdfdoc)],
                        cc=addr("Walsh, Gr\u00e1inne", "Grainne.Walsh@richmondandwandsworth.gov.uk"))
    add("richmond_wandsworth_06.eml", data, "richmond_wandsworth", "mash_step_up", T(2027, 5, 18, 10, 30),
        dict(kind="step_up", case_ids=["1425510"], children=[("Jamie Cartwright", "2012-06-23")],
             concerns=["radicalisation"], consent=True, manager_agreed=None, missing=[],
             next_action="book_meeting"),
        "All facts are in the attached PDF referral, whose 'Latest case summary' and 'Rationale for step up' headings meet case_summary and rationale. Its category checklist lists every concern with NONE ticked, so concerns come from the narrative only: radicalisation. 'Date of referral: 17/05/2027' is not the DOB. The team manager is only copied and says nothing (manager_agreed null; not an R&W requirement). Parental consent 'Yes' in the form.")


def richmond_wandsworth_07():
    seed = "richmond_wandsworth_07"
    d = T(2027, 5, 21, 15, 3, 50)
    text = ("Hi,\n\n"
            "I spoke to Jasper (EH duty TM) this morning and we've pencilled in a case discussion for Wednesday 26 May at 2pm.\n\n"
            "Child: Chlo\u00e9 D'Arcy \u2013 DOB: 7th Feb 2018 \u2013 Mosaic no. 1433904\n\n"
            "Case summary: my manager is still signing it off and I'll send it before the discussion.\n\n"
            "Draft Early Help plan\n"
            "1. School to put a morning routine plan in place (attendance 84%, many late marks) \u2013 school/mum \u2013 June\n"
            "2. Speech and language: continue the provision in Chlo\u00e9's EHCP \u2013 SENCo \u2013 ongoing\n"
            "3. Family support worker to help mum with the school run for 6 weeks \u2013 EH worker \u2013 from June\n\n"
            "Consent: I haven't asked mum yet \u2013 I'll ask her at my visit on Monday.\n\n"
            "Bronwen\n\n"
            "Bronwen Ashby\nSocial Worker | Children in Need Team 3 | Achieving for Children\n020 7946 0577\n")
    hd = outlook_std_headers(seed, addr("Ashby, Bronwen", "Bronwen.Ashby@richmondandwandsworth.gov.uk"),
                             to_mailbox("richmond_wandsworth", "early_help_duty"),
                             "Step down \u2013 Chlo\u00e9 D'Arcy", d)
    data = message(hd, text_part(text, charset="windows-1252"), crlf=True)
    add("richmond_wandsworth_07.eml", data, "richmond_wandsworth", "early_help_duty", T(2027, 5, 21, 15, 10),
        dict(kind="step_down", case_ids=["1433904"], children=[("Chlo\u00e9 D'Arcy", "2018-02-07")],
             concerns=["disability_send", "school_attendance"], consent=None, manager_agreed=None,
             missing=["case_summary", "consent"], next_action="request_info"),
        "Plain-text-only windows-1252 quoted-printable step-down ('Chlo\u00e9', '\u2013' as cp1252 bytes; straight apostrophe in D'Arcy). Draft plan pasted under its own heading (meets draft_plan); case summary 'I'll send it before the discussion' (missing); 'I haven't asked mum yet - I'll ask her' = consent null and missing. DOB '7th Feb 2018'; 'Mosaic no. 1433904' gives '1433904'. Attendance 84% with late marks = school_attendance; EHCP for speech and language = disability_send.")


def richmond_wandsworth_08():
    seed = "richmond_wandsworth_08"
    d = T(2027, 5, 24, 9, 12, 4)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">'
            '<div style="margin:0">Thank you for your email.</div>'
            '<div style="margin:0">I am on annual leave until Tuesday 1 June 2027 with limited access to email.</div>'
            '<div style="margin:0">For anything about a child that cannot wait, please contact the Children in Need duty desk on 020 7946 0100, or the MASH. In an emergency call 999.</div>'
            '<div style="margin:0">&nbsp;</div>'
            '<div style="margin:0">Kind regards, Bronwen</div>'
            '</div></body></html>\n')
    hd = outlook_std_headers(seed, addr("Ashby, Bronwen", "Bronwen.Ashby@richmondandwandsworth.gov.uk"),
                             to_mailbox("richmond_wandsworth", "early_help_duty"),
                             "Automatic reply: [SB-richmond_wandsworth-36] Step-down request received - information needed", d,
                             extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                                    ("X-MS-Exchange-Inbox-Rules-Loop", "Bronwen.Ashby@richmondandwandsworth.gov.uk")])
    data = message(hd, text_part(html, "html", cte="base64"), crlf=True)
    add("richmond_wandsworth_08.eml", data, "richmond_wandsworth", "early_help_duty", T(2027, 5, 24, 9, 15),
        dict(kind="auto_reply", next_action="ignore"),
        "Outlook out-of-office to a stepbot acknowledgement: HTML-only, base64, inline styles only, Auto-Submitted: auto-replied. Its boilerplate ('cannot wait', 999) is not about a real child: auto_reply, ignore.")


def richmond_wandsworth_09():
    seed = "richmond_wandsworth_09"
    d = T(2027, 5, 27, 9, 52, 30)
    blocks = [
        "Hi team,",
        "Confirming the step down case discussion agreed with Lorcan (EH duty TM) for Tuesday 1 June 2027 at 10:00 (Teams).",
        "This step-down is for Mia. Her younger brother Theo is included too; both children are Okafor-Reid (mum\u2019s surname is Reid).",
        "Mia \u2013 d.o.b. 05/12/2015. Theo \u2013 d.o.b. 21/03/2020.\nMosaic: 1419902 (Mia), 1419903 (Theo).",
        "Mum is 30 weeks pregnant (EDD 02/08/2027). The pre-birth assessment concluded no further action, so the unborn baby is not part of this step-down.",
        "The main worry now is neglect of the home and of the children\u2019s health needs: Theo has missed two dental appointments and a paediatric review, and the home is often without food by the end of the week. Summary and draft EH plan attached.",
        "Mum and the children\u2019s father have both given consent for Early Help. My TM, Abena Owusu, agrees with the step down.",
        "Thanks\nHollie",
        "Hollie Abara\nSocial Worker \u2013 Family Support and Protection\nWandsworth Children\u2019s Services\n020 7946 0911",
    ]
    summ = make_docx([
        ("title", "Case summary \u2013 Okafor-Reid"),
        ("p", "Prepared 25/05/2027. CIN since 12/01/2027 for neglect of health and home conditions; some progress."),
    ], author="Hollie Abara", title="Case summary")
    plan = make_docx([
        ("title", "Draft Early Help plan \u2013 Okafor-Reid"),
        ("table", [["Need", "Action", "Who", "When"],
                   ["Health", "Dental and paediatric appointments rebooked; reminders by text", "Mum / EH worker", "June 2027"],
                   ["Home", "Food bank and budgeting support", "EH worker", "June-July 2027"]]),
    ], author="Hollie Abara", title="Draft EH plan")
    data = outlook_mail(seed, addr("Abara, Hollie", "Hollie.Abara@richmondandwandsworth.gov.uk"),
                        to_mailbox("richmond_wandsworth", "early_help_duty"),
                        "Step-down confirmation \u2013 Okafor-Reid \u2013 case discussion Tues 1st June", d, blocks,
                        attachments=[("Case summary - Okafor-Reid May 2027.docx", DOCX, summ),
                                     ("Draft EH plan - Okafor-Reid.docx", DOCX, plan)])
    add("richmond_wandsworth_09.eml", data, "richmond_wandsworth", "early_help_duty", T(2027, 5, 27, 10, 0),
        dict(kind="step_down", case_ids=["1419902", "1419903"],
             children=[("Mia Okafor-Reid", "2015-12-05"), ("Theo Okafor-Reid", "2020-03-21")],
             concerns=["neglect"], consent=True, manager_agreed=True, missing=[], next_action="book_meeting"),
        "Complete R&W step-down (case summary and draft plan attached, consent given). The children are named across sentences ('for Mia. Her younger brother Theo ... both children are Okafor-Reid'); mum's different surname is not a child's. The unborn baby is unnamed and explicitly excluded: EDD 02/08/2027 is not a DOB and adds no child. No level stated (null).")


def richmond_wandsworth_10():
    seed = "richmond_wandsworth_10"
    d = T(2027, 4, 30, 9, 9, 12)
    text = ("Morning,\n\n"
            "As promised, the rationale for Freddie and Isla Barnes is attached.\n\n"
            "Nicola\n\n"
            "Nicola Ferrante\n"
            "Early Help Team Manager \u2013 Richmond West\n"
            "Achieving for Children | 020 7946 0390\n\n"
            "-----Original Message-----\n"
            "From: MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk>\n"
            "Sent: Thursday, April 29, 2027 6:31 PM\n"
            "To: Nicola Ferrante <Nicola.Ferrante@richmondandwandsworth.gov.uk>\n"
            "Subject: [SB-richmond_wandsworth-29] Step-up request received - information needed\n\n"
            "Thank you for your step-up request. Your reference is SB-richmond_wandsworth-29.\n\n"
            "Still needed before the case discussion can be arranged:\n"
            "- the rationale for the plan to step up to Children's Services\n\n"
            "Please reply to this email with the missing item.\n\n"
            "MASH Step Up (automated message)\n")
    rat = make_docx([
        ("title", "Rationale for step up \u2013 Barnes"),
        ("p", "Children: Freddie Barnes (04/04/2020) and Isla Barnes (29/10/2022)."),
        ("p", "Early Help has worked with dad since November 2026. Home conditions have not improved despite two deep cleans, and both children arrive at school and nursery hungry. Freddie's attendance is 71% with no improvement since the attendance meeting in March."),
        ("p", "The plan has not achieved change for the children and a statutory assessment is needed."),
    ], author="Nicola Ferrante", title="Rationale")
    b = outlook_boundary(seed, "004")
    body = multipart("mixed", b, [text_part(text), att_part("Rationale - Barnes step up.docx", DOCX, rat)])
    hd = outlook_std_headers(seed, addr("Ferrante, Nicola", "Nicola.Ferrante@richmondandwandsworth.gov.uk"),
                             to_mailbox("richmond_wandsworth", "mash_step_up"),
                             "RE: [SB-richmond_wandsworth-29] Step-up request received - information needed", d,
                             has_attach=True, in_reply_to="<SB-richmond_wandsworth-29.ack.20270429183100@richmondandwandsworth.gov.uk>")
    data = message(hd, body, crlf=True)
    add("richmond_wandsworth_10.eml", data, "richmond_wandsworth", "mash_step_up", T(2027, 4, 30, 9, 15),
        dict(kind="follow_up", case_ids=[], children=[("Freddie Barnes", "2020-04-04"), ("Isla Barnes", "2022-10-29")],
             concerns=["neglect", "school_attendance"], consent=None, manager_agreed=None, missing=[],
             next_action="attach_to_request"),
        "Reply to [SB-richmond_wandsworth-29] supplying the missing rationale as a .docx: follow_up, attach_to_request, missing []. The DOBs (04/04/2020, 29/10/2022) and the concerns (neglect, 71% attendance) are only in the attachment. Nothing about consent or manager agreement is said in this message (null).")


for _f in (richmond_wandsworth_01, richmond_wandsworth_02, richmond_wandsworth_03, richmond_wandsworth_04,
           richmond_wandsworth_05, richmond_wandsworth_06, richmond_wandsworth_07, richmond_wandsworth_08,
           richmond_wandsworth_09, richmond_wandsworth_10):
    _f()

# --------------------------------------------------------------------------------------------
# TOWER HAMLETS
# --------------------------------------------------------------------------------------------

def tower_hamlets_01():
    seed = "tower_hamlets_01"
    d = T(2027, 4, 26, 14, 22, 10)
    blocks = [
        "Dear MAST,",
        "Please find attached a Multi-Agency Request for Support (MARF) to step up Rayan and Anisa to Children\u2019s Social Care.",
        "My manager, Shamima Khanom (Early Help Team Manager), has reviewed the case and agreed the step up \u2013 she is copied in.",
        "Mosaic ID: 1472091",
        "Kind regards\nFarhana Siddique\nFamily Support Practitioner | Early Help Service | London Borough of Tower Hamlets\n020 7946 0155",
        DISCLAIMER["tower_hamlets"],
    ]
    marf = make_docx([
        ("title", "Multi-Agency Request for Support (MARF)"),
        ("h", "1. Child / children"),
        ("table", [["Name", "DOB", "School", "NHS no."],
                   ["Rayan Chowdhury", "01/12/2013", "Stepney Meadows School (Y8)", "999 123 4560"],
                   ["Anisa Chowdhury", "22/03/2016", "Ocean Row Primary (Y5)", "999 123 4561"]]),
        ("p", "Parent/carer: Mrs Rukhsana Chowdhury (mum). Address: 41 Harford Court, Stepney, London E1."),
        ("p", "Parent/carer consent obtained: Yes (24/04/2027)"),
        ("h", "2. Reason for request"),
        ("p", "Home conditions have deteriorated over the last three months: the children have no beds (mattresses on the floor), there is often little food, and there is a mouse infestation. Mum has struggled to manage money since dad left."),
        ("p", "Rayan (13) has significant anxiety of his own and is under CAMHS; he has refused school since February (attendance 52%). Mum's own health is good and she is not under any mental health service."),
        ("h", "3. Management oversight"),
        ("p", "Agreed by: Shamima Khanom, Early Help Team Manager, 23/04/2027"),
    ], author="Farhana Siddique", title="MARF")
    data = outlook_mail(seed, addr("Siddique, Farhana", "Farhana.Siddique@towerhamlets.gov.uk"),
                        to_mailbox("tower_hamlets", "mash_step_up"),
                        "MARF \u2013 step up \u2013 Chowdhury children", d, blocks,
                        attachments=[("MARF - Chowdhury - April 2027.docx", DOCX, marf)],
                        cc=addr("Khanom, Shamima", "Shamima.Khanom@towerhamlets.gov.uk"))
    add("tower_hamlets_01.eml", data, "tower_hamlets", "mash_step_up", T(2027, 4, 26, 14, 30),
        dict(kind="step_up", case_ids=["1472091"],
             children=[("Rayan Chowdhury", "2013-12-01"), ("Anisa Chowdhury", "2016-03-22")],
             concerns=["neglect", "school_attendance"], consent=True, manager_agreed=True, missing=[],
             next_action="book_meeting"),
        "Complete Tower Hamlets MAST step-up (pack: request_for_support = the attached MARF, manager_agreed stated). The body names only 'Rayan and Anisa'; surnames and DOBs are in the MARF's table. NHS numbers (999 123 456x) are not case ids. Rayan's own anxiety is not parental_mental_health (mum's health is explicitly good); his 52% attendance is school_attendance; no beds/food/infestation = neglect. Consent 'Yes' in the form.")


def tower_hamlets_02():
    seed = "tower_hamlets_02"
    d = T(2027, 5, 5, 11, 38, 2)
    blocks = [
        "Dear Early Help Hub,",
        ("h", "Step-down: Miah family \u2013 TAF meeting Wednesday 12 May 2027, 10:00"),
        ("table", [["Child", "DOB", "Mosaic ID"],
                   ["Safiya Miah", "14.02.2012", "1460021"],
                   ["Ibrahim Miah", "30.09.2017", "1460022"]]),
        "C&F Assessment concluded 23/04/2027 \u2013 attached (PDF). Draft TAF plan attached (Word).",
        "Lead Practitioner: Nasreen Chaudhry, SENCo, Ocean Row Primary \u2013 agreed at the CIN review on 28/04/2027.",
        "Consent: Mr and Mrs Miah consented to the step-down at the CIN review.",
        "Why step down: Ibrahim is autistic and has an EHCP; the CIN plan supported the family to get the right help at home and at school, which is now in place. Safiya (15) does a lot of Ibrahim\u2019s care after school and has been referred to the young carers service.",
        "Please note: the DA notifications on Mosaic from 2025 relate to the children\u2019s aunt\u2019s household in Poplar, where the children stayed for two weeks. They are not about this household and there are no DA concerns here.",
        "Lucy Drummond\nSocial Worker | Assessment & Intervention | Children\u2019s Social Care\nLondon Borough of Tower Hamlets | 020 7946 0470",
    ]
    cfa = make_pdf([
        "# Child and Family Assessment - summary and analysis",
        "Children: Safiya Miah, Ibrahim Miah    Assessment concluded: 23/04/2027",
        "Ibrahim (9) is autistic with an EHCP; Safiya (15) is a young carer for him after school.",
        "Outcome: step-down to a TAF with a Lead Practitioner.",
    ], title="C&F Assessment - Miah", author="L Drummond")
    plan = make_docx([
        ("title", "Draft TAF plan \u2013 Miah"),
        ("table", [["Outcome", "Action", "Who", "By when"],
                   ["Ibrahim's needs met at home", "Short breaks application", "Lead Practitioner", "June 2027"],
                   ["Safiya has time for herself", "Young carers group", "Young carers service", "May 2027"]]),
    ], author="Lucy Drummond", title="Draft TAF plan")
    data = outlook_mail(seed, addr("Drummond, Lucy", "Lucy.Drummond@towerhamlets.gov.uk"),
                        to_mailbox("tower_hamlets", "early_help_duty"),
                        "Step-down \u2013 Miah \u2013 TAF 12/05/2027", d, blocks, html_only=True,
                        attachments=[("C&F Assessment - Miah - April 2027.pdf", PDF, cfa),
                                     ("Draft TAF plan - Miah.docx", DOCX, plan)])
    add("tower_hamlets_02.eml", data, "tower_hamlets", "early_help_duty", T(2027, 5, 5, 11, 45),
        dict(kind="step_down", case_ids=["1460021", "1460022"],
             children=[("Safiya Miah", "2012-02-14"), ("Ibrahim Miah", "2017-09-30")],
             concerns=["disability_send", "young_carer"], consent=True, manager_agreed=None, missing=[],
             next_action="book_meeting"),
        "Complete Tower Hamlets step-down (pack: assessment, draft_plan, consent, lead_practitioner), HTML-only with the siblings in an HTML table (DOBs '14.02.2012', '30.09.2017'). 'C&F Assessment concluded 23/04/2027' and the CIN review date are not DOBs. The 2025 DA notifications are about the aunt's household in Poplar, explicitly not this household: domestic_abuse is not a concern. Manager not mentioned (null; not required).")


def tower_hamlets_03():
    seed = "tower_hamlets_03"
    d = T(2027, 5, 11, 15, 58, 19)
    fwd = ("From: Rachel Ng <r.ng@bowlaneprimary.example.sch.uk>\n"
           "Sent: 10 May 2027 12:31\n"
           "To: Leclerc, Tobias <Tobias.Leclerc@towerhamlets.gov.uk>\n"
           "Subject: RE: Hamza \u2013 lead practitioner\n\n"
           "Hi Tobias,\n\n"
           "Yes, I\u2019m happy to take on the lead practitioner role for Hamza once he steps down, and I can chair the TAF meetings here at school.\n\n"
           "Best wishes\n"
           "Rachel\n\n"
           "Rachel Ng | Designated Safeguarding Lead | Bow Lane Primary School\n"
           "URN 100956 | DfE 211/2345 | Tel 020 7946 0261\n")
    blocks = [
        "Hi Early Help Hub,",
        "Step down for Hamza Abdullahi (DOB 3 Jan 2016, Mosaic 1455371). The C&F assessment is attached.",
        "Mum (Ms Hodan Abdullahi) has given consent for the step-down. Mum\u2019s depression is now treated by her GP, but she still has low days when she struggles to get up, and this is what the TAF will support.",
        "The school have agreed to be lead practitioner \u2013 see Ms Ng\u2019s email below. The TAF plan will be drawn up at the TAF meeting on 18 May, so I haven\u2019t got a draft yet.",
        "Hamza\u2019s attendance has improved to 95% this term.",
        "Tobias\n\nTobias Leclerc | Social Worker | Children\u2019s Social Care | LBTH | 020 7946 0488",
        ("raw", "---------- Forwarded message ---------\n" + fwd),
    ]
    cfa = make_pdf([
        "# Child and Family Assessment",
        "Child: Hamza Abdullahi    Date of assessment: 06/05/2027",
        "Analysis: mum's depression affects routines; no ongoing need for statutory services.",
        "Recommendation: step down to Early Help with a TAF.",
    ], title="C&F Assessment - Abdullahi", author="T Leclerc")
    data = outlook_mail(seed, addr("Leclerc, Tobias", "Tobias.Leclerc@towerhamlets.gov.uk"),
                        to_mailbox("tower_hamlets", "early_help_duty"),
                        "Step down \u2013 Hamza Abdullahi", d, blocks,
                        attachments=[("C&F Assessment - H Abdullahi.pdf", PDF, cfa)])
    add("tower_hamlets_03.eml", data, "tower_hamlets", "early_help_duty", T(2027, 5, 11, 16, 5),
        dict(kind="step_down", case_ids=["1455371"], children=[("Hamza Abdullahi", "2016-01-03")],
             concerns=["parental_mental_health"], consent=True, manager_agreed=None,
             missing=["draft_plan"], next_action="request_info"),
        "The lead practitioner (named person + agency: Rachel Ng, DSL, Bow Lane Primary School) is only in the forwarded reply from the school, and meets lead_practitioner. The TAF plan does not exist yet, so draft_plan is missing (pack: assessment, draft_plan, consent, lead_practitioner). The school's 'URN 100956' and 'DfE 211/2345' in the forwarded signature are not case ids. 95% attendance is an improvement, not a concern. DOB '3 Jan 2016'.")


def tower_hamlets_04():
    seed = "tower_hamlets_04"
    d = T(2027, 5, 13, 10, 12, 48)
    text = ("MAST - please call me on 07700 900264.\n\n"
            "Step up for Rumi Akter (d.o.b. 8/1/21), Mosaic 1491106.\n\n"
            "This morning at breakfast club Rumi had a fresh burn on the back of her left hand, about the size of a 5p, and said \"Jamal did it with his lighter because I was crying\". Jamal is mum's boyfriend and lives with them. Mum is collecting Rumi at 3.15 today.\n\n"
            "MARF attached. I have spoken to my manager, Nadia Rahman, who agrees with the step up and asked me to send this straight away.\n\n"
            "Shanice Cole\n"
            "Early Help Practitioner | Early Help Service | London Borough of Tower Hamlets\n"
            "020 7946 0264 | 07700 900264\n")
    marf = make_docx([
        ("title", "Multi-Agency Request for Support (MARF)"),
        ("p", "Child: Rumi Akter    DOB: 08/01/2021    Mosaic: 1491106"),
        ("p", "Reason: fresh burn to back of left hand seen at breakfast club 13/05/2027; Rumi said mum's boyfriend Jamal did it with a lighter. Jamal lives in the home; mum collects at 15:15 today."),
        ("p", "Manager agreement: Nadia Rahman, Early Help Team Manager, 13/05/2027."),
        ("p", "Parent/carer consent: not sought (would place the child at risk)."),
    ], author="Shanice Cole", title="MARF")
    b = outlook_boundary(seed, "004")
    body = multipart("mixed", b, [text_part(text), att_part("MARF - R Akter.docx", DOCX, marf)])
    hd = outlook_std_headers(seed, addr("Cole, Shanice", "Shanice.Cole@towerhamlets.gov.uk"),
                             to_mailbox("tower_hamlets", "mash_step_up"),
                             "Step up - Rumi Akter - burn seen today", d, has_attach=True,
                             extra=[("Importance", "high"), ("X-Priority", "1")])
    data = message(hd, body, crlf=True)
    add("tower_hamlets_04.eml", data, "tower_hamlets", "mash_step_up", T(2027, 5, 13, 10, 20),
        dict(kind="step_up", urgent=True, case_ids=["1491106"], children=[("Rumi Akter", "2021-01-08")],
             concerns=["physical_harm"], consent=None, manager_agreed=True, missing=[],
             next_action="alert_duty"),
        "URGENT (safety rule 1): fresh burn on a 6-year-old today, her own words name the mother's boyfriend, who lives with her, and she goes home at 3.15 today. Otherwise a complete MAST step-up (MARF attached, manager agreed), so alert_duty with missing []. DOB '8/1/21' read day-first (8 January 2021). Consent 'not sought' = neither given nor refused (null).")


def tower_hamlets_05():
    seed = "tower_hamlets_05"
    d = T(2027, 5, 14, 9, 1, 30)
    text = ("Hi,\n\n"
            "The MARF for Ilyas Haque (DOB 19/11/2014) is now attached. The worries are as in my first email: child criminal exploitation and going missing (three times since Easter).\n\n"
            "Thanks\n"
            "Ruksana\n\n"
            "Ruksana Begum\n"
            "Early Help Practitioner | Early Help Service | London Borough of Tower Hamlets\n"
            "020 7946 0302\n\n"
            "________________________________\n"
            "From: MAST <MAST@towerhamlets.gov.uk>\n"
            "Sent: 13 May 2027 16:20\n"
            "To: Begum, Ruksana <Ruksana.Begum@towerhamlets.gov.uk>\n"
            "Subject: [SB-tower_hamlets-88] Step-up request received - information needed\n\n"
            "Thank you for your step-up request. Your reference is SB-tower_hamlets-88.\n"
            "Still needed: the completed Multi-Agency Request for Support form.\n\n"
            "MAST (automated message)\n")
    marf = make_pdf([
        "# Multi-Agency Request for Support (MARF)",
        "Child: Ilyas Haque    DOB: 19/11/2014",
        "Reason for request: child criminal exploitation; missing from home three times since Easter 2027.",
    ], title="MARF - Ilyas Haque", author="R Begum")
    tnef = make_tnef("RE: [SB-tower_hamlets-88] Step-up request received - information needed",
                     [("MARF - Ilyas Haque.pdf", marf)])
    b = outlook_boundary(seed, "004")
    body = multipart("mixed", b, [
        text_part(text),
        'Content-Type: application/ms-tnef; name="winmail.dat"\nContent-Disposition: attachment; filename="winmail.dat"\nContent-Transfer-Encoding: base64\n\n' + b64(tnef)])
    hd = outlook_std_headers(seed, addr("Begum, Ruksana", "Ruksana.Begum@towerhamlets.gov.uk"),
                             to_mailbox("tower_hamlets", "mash_step_up"),
                             "RE: [SB-tower_hamlets-88] Step-up request received - information needed", d,
                             has_attach=True, in_reply_to="<SB-tower_hamlets-88.ack.20270513162000@towerhamlets.gov.uk>")
    hd = [x if x[0] != "X-MS-TNEF-Correlator" else ("X-MS-TNEF-Correlator", "<%s@towerhamlets.gov.uk>" % H(seed, 20)) for x in hd]
    data = message(hd, body, crlf=True)
    add("tower_hamlets_05.eml", data, "tower_hamlets", "mash_step_up", T(2027, 5, 14, 9, 5),
        dict(kind="follow_up", case_ids=[], children=[("Ilyas Haque", "2014-11-19")],
             concerns=["exploitation", "missing"], consent=None, manager_agreed=None, missing=[],
             next_action="attach_to_request"),
        "Reply to [SB-tower_hamlets-88] sending the MARF, which Outlook has wrapped inside a TNEF winmail.dat (application/ms-tnef) - the PDF is only reachable by decoding TNEF. As a follow_up it needs nothing (missing []); the child, DOB and concerns are also in the plain body, and the embedded MARF says the same. Not urgent: no current missing episode.")


def tower_hamlets_06():
    seed = "tower_hamlets_06"
    d = T(2027, 5, 17, 11, 30, 0)
    blocks = [
        "Dear Sirs,",
        "Our client: Ms Shahana Islam (DOB 14/07/1990)\nOur ref: PN/SAR/2291",
        "We act for the above-named in connection with a housing matter. We enclose our client\u2019s signed authority and request, under Article 15 of the UK GDPR, copies of all personal data that the London Borough of Tower Hamlets holds about our client.",
        "We would be grateful if you could acknowledge this request and provide the information within one month.",
        "Yours faithfully",
        "Priya Nandakumar\nSolicitor\nWhitechapel Legal LLP\n020 7946 0850\nAuthorised and regulated by the Solicitors Regulation Authority (SRA no. 612233)",
    ]
    auth = make_pdf([
        "# Form of authority",
        "I, Shahana Islam, authorise Whitechapel Legal LLP to request and receive my personal data.",
        "Signed: S. Islam    Date: 12/05/2027",
    ], title="Form of authority", author="Whitechapel Legal")
    data = outlook_mail(seed, addr("Priya Nandakumar", "p.nandakumar@whitechapellegal.example.co.uk"),
                        to_mailbox("tower_hamlets", "early_help_duty"),
                        "Subject Access Request - our client Ms S Islam - our ref PN/SAR/2291", d, blocks,
                        attachments=[("Signed authority - S Islam.pdf", PDF, auth)])
    add("tower_hamlets_06.eml", data, "tower_hamlets", "early_help_duty", T(2027, 5, 17, 11, 40),
        dict(kind="other", next_action="human_review"),
        "A solicitor's subject access request for an adult client sent to the Early Help Hub: kind other, human_review. The client's DOB (1990) is an adult's; 'PN/SAR/2291' and the SRA number are not case ids.")


def tower_hamlets_07():
    seed = "tower_hamlets_07"
    d = T(2027, 5, 19, 12, 24, 56)
    b = outlook_boundary(seed, "002")
    text = ("Hello,\n\n"
            "Step down for Tyler and Jade - final CIN was on 14/05/2027.\n\n"
            "Children: Tyler Pearce-Okoye, born 02/08/2011; Jade Pearce-Okoye, born 16/05/2014.\n"
            "Mosaic: 1466120 / 1466121\n\n"
            "C&F assessment (completed 30/04/2027) attached.\n\n"
            "TAF plan - draft\n"
            "Outcome: Tyler reduces his cannabis use | Action: weekly sessions with the young people's drug and alcohol service | Who: Tyler / Lead Practitioner | By when: July 2027\n"
            "Outcome: Jade keeps up her progress at school | Action: mentoring | Who: school | By when: ongoing\n\n"
            "Lead practitioner: Dwayne Morris, Youth Worker, Limehouse Youth Hub (he already works with Tyler).\n\n"
            "Consent: Ms Pearce consented to the step-down at the final CIN on 14/05/2027.\n\n"
            "The worry that remains is Tyler's substance misuse - he smokes cannabis daily and was cautioned for possession in March.\n\n"
            "Georgia Whitmore\n"
            "Social Worker | Children's Social Care | LBTH | 020 7946 0433\n")
    cfa = make_pdf([
        "# Child and Family Assessment",
        "Children: Tyler Pearce-Okoye, Jade Pearce-Okoye    Completed: 30/04/2027",
        "Analysis: needs can be met through a TAF; Tyler's cannabis use is the main remaining need.",
    ], title="C&F Assessment - Pearce-Okoye", author="G Whitmore")
    raw_body = ("Content-Type: multipart/mixed\n\n"
                "--%s\n%s\n--%s\n%s\n--%s--\n" % (
                    b, text_part(text, charset="us-ascii", cte="7bit"), b,
                    att_part("C&F Assessment - Pearce-Okoye.pdf", PDF, cfa), b))
    hd = outlook_std_headers(seed, addr("Whitmore, Georgia", "Georgia.Whitmore@towerhamlets.gov.uk"),
                             to_mailbox("tower_hamlets", "early_help_duty"),
                             "Step down - Pearce-Okoye", d, has_attach=True)
    data = message(hd, raw_body, crlf=True)
    add("tower_hamlets_07.eml", data, "tower_hamlets", "early_help_duty", T(2027, 5, 19, 12, 30),
        dict(kind="step_down", case_ids=["1466120", "1466121"],
             children=[("Tyler Pearce-Okoye", "2011-08-02"), ("Jade Pearce-Okoye", "2014-05-16")],
             concerns=["substance_misuse"], consent=True, manager_agreed=None, missing=[],
             next_action="book_meeting"),
        "DELIBERATELY MALFORMED: 'Content-Type: multipart/mixed' with NO boundary parameter; the parts are delimited by an Outlook-style boundary that a careful parser can recover from the first '--' line. Read that way it is a complete step-down: C&F assessment PDF attached, TAF plan pasted under its own heading, consent, lead practitioner with agency (pack: assessment, draft_plan, consent, lead_practitioner). 'born 02/08/2011' / 'born 16/05/2014'; 'Mosaic: 1466120 / 1466121'. A child's own cannabis use is substance_misuse.")


def tower_hamlets_08():
    seed = "tower_hamlets_08"
    d = T(2027, 5, 24, 15, 14, 7)
    blocks = [
        "Hi,",
        "Please find attached the step-down referral form, C&F assessment and draft TAF plan for the Karim family.",
        "Thanks\nAnjali",
        "Anjali Mehta\nSocial Worker | Children\u2019s Social Care | London Borough of Tower Hamlets\n020 7946 0719",
    ]
    form = make_docx([
        ("title", "Step-down to Early Help \u2013 referral form"),
        ("table", [
            ["Date of referral", "21/05/2027"],
            ["Child 1", "Adil Karim"],
            ["Date of birth", "11/11/2011"],
            ["Child 2", "Soraya Karim"],
            ["Date of birth", "25/01/2019"],
            ["Unborn baby", "EDD 21/06/2027 (mum: Mrs Parveen Karim)"],
            ["Address", "Flat 12, Tarling Court, Mile End, London E3"],
            ["Mosaic IDs", "1479930 (Adil), 1479931 (Soraya)"],
            ["Date of last CIN review", "17/05/2027"],
            ["Consent to step-down", "Mum has declined a lead practitioner from the school, but she has consented to the step-down to Early Help and would like the Family Hub to take the lead."],
            ["Lead practitioner", "Not yet identified"],
            ["What are we worried about?", "Mum\u2019s antenatal depression (under the perinatal mental health team). Adil\u2019s attendance is 79% and he is often late."],
            ["What is working well?", "Mum engages with the perinatal team; dad visits at weekends."],
        ]),
    ], author="Anjali Mehta", title="Step-down referral form")
    cfa = make_pdf([
        "# Child and Family Assessment - Karim",
        "Completed: 14/05/2027. Outcome: step down to Early Help; TAF with a Lead Practitioner.",
    ], title="C&F Assessment - Karim", author="A Mehta")
    plan = make_docx([
        ("title", "Draft TAF plan \u2013 Karim"),
        ("table", [["Outcome", "Action", "Who"],
                   ["Adil in school on time", "Attendance plan and morning check-in", "School"],
                   ["Mum supported through pregnancy", "Perinatal team and Family Hub", "Family Hub"]]),
    ], author="Anjali Mehta", title="Draft TAF plan")
    data = outlook_mail(seed, addr("Mehta, Anjali", "Anjali.Mehta@towerhamlets.gov.uk"),
                        to_mailbox("tower_hamlets", "early_help_duty"),
                        "Step-down referral \u2013 Karim", d, blocks,
                        attachments=[("Step-down referral form - Karim.docx", DOCX, form),
                                     ("C&F Assessment - Karim - May 2027.pdf", PDF, cfa),
                                     ("Draft TAF plan - Karim.docx", DOCX, plan)])
    add("tower_hamlets_08.eml", data, "tower_hamlets", "early_help_duty", T(2027, 5, 24, 15, 20),
        dict(kind="step_down", case_ids=["1479930", "1479931"],
             children=[("Adil Karim", "2011-11-11"), ("Soraya Karim", "2019-01-25")],
             concerns=["parental_mental_health", "school_attendance"], consent=True, manager_agreed=None,
             missing=["lead_practitioner"], next_action="request_info"),
        "All facts only in the attached Word form. 'Date of referral: 21/05/2027' sits above the first DOB and is not one; the unborn baby's EDD 21/06/2027 is not a DOB and the unborn baby is not a named child. 'Mum has declined a lead practitioner from the school, but she has consented to the step-down' = consent true; 'Lead practitioner: Not yet identified' = lead_practitioner missing. Mile End is a place.")


def tower_hamlets_09():
    seed = "tower_hamlets_09"
    d = T(2027, 5, 20, 8, 57, 33)
    comment = "Sorry - I'm in court all day on the 26th. Could we do 2pm on the 27th instead?"
    ics = ics_reply("Microsoft Exchange Server 2010", "EarlyHelpHub@towerhamlets.gov.uk", "Whitmore, Georgia",
                    "Georgia.Whitmore@towerhamlets.gov.uk", "DECLINED",
                    "Declined: TAF meeting [SB-tower_hamlets-102]",
                    "SB-tower_hamlets-102-taf-20270526@stepbot.towerhamlets.gov.uk",
                    "20270526T100000", "20270526T113000", "20270520T075733Z", comment=comment,
                    location="Microsoft Teams Meeting")
    hd = outlook_std_headers(seed, addr("Whitmore, Georgia", "Georgia.Whitmore@towerhamlets.gov.uk"),
                             to_mailbox("tower_hamlets", "early_help_duty"),
                             "Declined: TAF meeting [SB-tower_hamlets-102]", d)
    body = multipart("alternative", outlook_boundary(seed), [
        text_part(comment + "\n"), text_part(render_html([comment]), "html"),
        'Content-Type: text/calendar; charset="utf-8"; method=REPLY\nContent-Transfer-Encoding: base64\n\n' + b64(ics.encode())])
    data = message(hd, body, crlf=True)
    add("tower_hamlets_09.eml", data, "tower_hamlets", "early_help_duty", T(2027, 5, 20, 9, 0),
        dict(kind="meeting_reply", next_action="record_reply"),
        "Outlook iTIP REPLY, PARTSTAT=DECLINED, with a COMMENT proposing another time (not a COUNTER): meeting_reply, record_reply.")


def tower_hamlets_10():
    seed = "tower_hamlets_10"
    d = T(2027, 5, 26, 13, 33, 41)
    blocks = [
        "Dear MAST,",
        "I\u2019m requesting a step up for Tyrese Campbell-Lawal. The MARF is below. My manager, Lutfur Ali, agreed this on 25/05/2027.",
        ("h", "Multi-Agency Request for Support (MARF)"),
        ("table", [
            ["Field", "Details"],
            ["Child\u2019s name", "Tyrese Campbell-Lawal"],
            ["Date of birth", "06-Mar-2010"],
            ["Mosaic ID", "1488310"],
            ["Parent/carer", "Ms Donna Campbell (mum)"],
            ["Parent/carer aware of request?", "Yes"],
            ["Consent given?", "Mum has not been asked yet \u2013 I am seeing her tomorrow"],
            ["Reason for request", "Tyrese has been reported missing three times since March. On 18/05/2027 he was found by Essex Police in Southend with 20 wraps of crack cocaine and a burner phone; he is believed to be running a county line. He is at home now and attends the youth hub daily while on bail."],
            ["Date of request", "26/05/2027"],
            ["Agreed by manager", "Lutfur Ali, Early Help Team Manager, 25/05/2027"],
        ]),
        "Kind regards",
        "Kwame Asante-Boateng | Targeted Youth Support Worker | Early Help Service | London Borough of Tower Hamlets\nTeam code EH-TH-07 | Payroll 104477 | Direct line 020 7946 0518 | Mobile 07700 900518",
    ]
    data = outlook_mail(seed, addr("Asante-Boateng, Kwame", "Kwame.Asante-Boateng@towerhamlets.gov.uk"),
                        to_mailbox("tower_hamlets", "mash_step_up"),
                        "Step up \u2013 MARF \u2013 T Campbell-Lawal", d, blocks)
    add("tower_hamlets_10.eml", data, "tower_hamlets", "mash_step_up", T(2027, 5, 26, 13, 40),
        dict(kind="step_up", case_ids=["1488310"], children=[("Tyrese Campbell-Lawal", "2010-03-06")],
             concerns=["exploitation", "missing"], consent=None, manager_agreed=True, missing=[],
             next_action="book_meeting"),
        "MARF pasted into the body under its own heading as an HTML table (meets request_for_support); manager agreement stated. 'Mum has not been asked yet' = consent null (not a Tower Hamlets step-up requirement). DOB '06-Mar-2010'. The signature's 'Team code EH-TH-07', 'Payroll 104477' and phone numbers are not case ids. County lines and repeated missing episodes = exploitation, missing; he is at home now, so not urgent.")


for _f in (tower_hamlets_01, tower_hamlets_02, tower_hamlets_03, tower_hamlets_04, tower_hamlets_05,
           tower_hamlets_06, tower_hamlets_07, tower_hamlets_08, tower_hamlets_09, tower_hamlets_10):
    _f()

# --------------------------------------------------------------------------------------------
# TORBAY
# --------------------------------------------------------------------------------------------

def torbay_01():
    seed = "torbay_01"
    d = T(2027, 4, 27, 10, 3, 15)
    text = ("Morning EH,\n\n"
            "Could I have a triage slot for the Tozer children please. Single Assessment attached - NFA at level 4, level 3 coordinated response recommended.\n\n"
            "  Name              DOB          Age\n"
            "  Kenzie Tozer      17/02/2015   12\n"
            "  Ava-Grace Tozer   03/10/2022   4\n\n"
            "LCS-2256031. The family live in St Marychurch.\n\n"
            "Worries: dad's cannabis use continues daily, and mum's low mood (GP, sertraline). Concerns about sexual harm raised by school in January were investigated under s47 and were unsubstantiated - no ongoing concern.\n\n"
            "My TM, Paul Yeo, has recorded his manager's analysis on LCS confirming the threshold is met for level 3 intervention.\n\n"
            "Mum and dad consented to level 3 Early Help on 26/04/2027.\n\n"
            "Thanks\n"
            "Tamsin\n\n"
            "Tamsin Mudge\n"
            "Social Worker | Single Assessment Team | Torbay Council\n"
            "01632 960 418\n\n" + DISCLAIMER["torbay"] + "\n")
    sa = make_pdf([
        "# Single Assessment - analysis and rationale",
        "Children: Kenzie Tozer (17/02/2015), Ava-Grace Tozer (03/10/2022)    Completed: 23/04/2027",
        "Analysis: dad's daily cannabis use and mum's low mood affect routines; no significant harm.",
        "Rationale for step down: NFA at level 4; needs met by a level 3 coordinated Early Help response.",
        "Manager's analysis (P. Yeo, Team Manager, 26/04/2027): threshold met for level 3 intervention.",
    ], title="Single Assessment - Tozer", author="T Mudge")
    b = outlook_boundary(seed, "004")
    body = multipart("mixed", b, [text_part(text, cte="7bit", charset="us-ascii"),
                                  att_part("Single Assessment - Tozer.pdf", PDF, sa)])
    hd = outlook_std_headers(seed, addr("Mudge, Tamsin", "Tamsin.Mudge@torbay.gov.uk"),
                             to_mailbox("torbay", "early_help_duty"),
                             "Triage slot request - Tozer - LCS-2256031", d, has_attach=True)
    data = message(hd, body, crlf=False)
    add("torbay_01.eml", data, "torbay", "early_help_duty", T(2027, 4, 27, 10, 10),
        dict(kind="step_down", level=3, case_ids=["LCS-2256031"],
             children=[("Kenzie Tozer", "2015-02-17"), ("Ava-Grace Tozer", "2022-10-03")],
             concerns=["parental_mental_health", "substance_misuse"], consent=True, manager_agreed=True,
             missing=[], next_action="book_meeting"),
        "Complete Torbay step-down (pack: assessment = attached Single Assessment, manager_agreed = TM's analysis recorded, consent for level 3). Siblings in a space-aligned plain-text table; 'level 4' is where they come from, level 3 is where they go. The s47 sexual-harm concern was 'unsubstantiated - no ongoing concern', so not a concern. St Marychurch is a place. Ava-Grace is under 5 (under-5s triage) - no label effect.")


def torbay_02():
    seed = "torbay_02"
    d = T(2027, 5, 6, 14, 39, 2)
    text = ("Hi, triage slot please.\n\n"
            "The referral is for Oscar, who is 8. His full name is Oscar Trewin-Barker and his date of birth is 14/12/2018. LCS-2259807.\n\n"
            "Single Assessment attached. Worries are around home conditions and Oscar's weight - the GCP2 shows neglect of physical care.\n\n"
            "Mum said no to Early Help when I saw her on Tuesday - she says she'll manage with help from her church - but I'd like triage's view.\n\n"
            "TM hasn't had a chance to do her analysis yet, she's on leave till 17th.\n\n"
            "Jack\n\n"
            "Get Outlook for iOS\n")
    sa = make_docx([
        ("title", "Single Assessment \u2013 Oscar Trewin-Barker"),
        ("p", "Completed 04/05/2027. Analysis: neglect of physical care (GCP2 level 3-4); weight below 2nd centile."),
        ("p", "Rationale for step down: no further action at level 4; level 3 coordinated response recommended."),
        ("p", "Manager's analysis: (to be completed)"),
    ], author="Jack Prowse", title="Single Assessment")
    b = outlook_boundary(seed, "004")
    body = multipart("mixed", b, [text_part(text), att_part("SA - Trewin-Barker.docx", DOCX, sa)])
    hd = outlook_std_headers(seed, addr("Jack Prowse", "Jack.Prowse@torbay.gov.uk"),
                             to_mailbox("torbay", "early_help_duty"), "Triage - Oscar T-B", d, has_attach=True)
    data = message(hd, body, crlf=True)
    add("torbay_02.eml", data, "torbay", "early_help_duty", T(2027, 5, 6, 14, 45),
        dict(kind="step_down", level=3, case_ids=["LCS-2259807"], children=[("Oscar Trewin-Barker", "2018-12-14")],
             concerns=["neglect"], consent=False, manager_agreed=None,
             missing=["consent", "manager_agreed"], next_action="request_info"),
        "Outlook for iOS step-down naming the child across two sentences ('for Oscar ... His full name is Oscar Trewin-Barker'). 'Mum said no to Early Help' = consent false; the TM's analysis is not done yet ('on leave') = manager_agreed null; both are Torbay step-down requirements, so missing. Single Assessment attached (assessment met); level 3 is stated only there ('level 3 coordinated response recommended').")


def torbay_03():
    seed = "torbay_03"
    d = T(2027, 5, 10, 11, 24, 50)
    text = ("Hi MASH,\n\n"
            "I\u2019d like to make a contact to MASH to consider a step up to level 4 for Si\u00e2n Mortimore (DOB 30 June 2012), EHM-741208.\n\n"
            "Mum disclosed on Friday that her partner, Craig, has been controlling her money and her phone, and that he pushed her into a door on 1st May. Police have been informed (log 0412 of 02/05/2027). Craig does not live there but visits most days.\n\n"
            "Si\u00e2n\u2019s own anxiety has got worse \u2013 she has panic attacks at school and is under CAMHS. Mum\u2019s mental health is fine; she isn\u2019t under any services.\n\n"
            "I discussed this with my team manager, Demelza Pascoe, and we agree this needs considering for a level 4 statutory intervention.\n\n"
            "Mum has consented to this contact to MASH.\n\n"
            "Lowenna\n\n"
            "Lowenna Hext\n"
            "Early Help Practitioner \u2013 Paignton Family Hub\n"
            "Torbay Council \u2013 01632 960 233\n")
    hd = [("Received", "from torbay-gov-uk.mail.protection.outlook.com (192.0.2.80) by\n mx.torbay.gov.uk with ESMTP; %s" % rfc2822(d.astimezone(UTC))),
          ("From", addr("Lowenna Hext", "Lowenna.Hext@torbay.gov.uk")),
          ("To", to_mailbox("torbay", "mash_step_up")),
          ("Subject", "Contact to MASH - S Mortimore - EHM-741208"),
          ("Date", rfc2822(d.astimezone(UTC))),
          ("Message-ID", "<%s.%s@torbay.gov.uk>" % (h(seed, 16), h(seed + "x", 6))),
          ("X-Mailer", "Microsoft Outlook 16.0"),
          ("MIME-Version", "1.0"),
          ("Content-Type", 'text/plain; charset="us-ascii"'),
          ("Content-Transfer-Encoding", "7bit")]
    out = ""
    for k, v in hd:
        out += "%s: %s\n" % (k, v)
    data = (out + "\n" + text).encode("utf-8")
    add("torbay_03.eml", data, "torbay", "mash_step_up", T(2027, 5, 10, 11, 30),
        dict(kind="step_up", case_ids=["EHM-741208"], children=[("Si\u00e2n Mortimore", "2012-06-30")],
             concerns=["domestic_abuse"], consent=True, manager_agreed=True, missing=[],
             next_action="book_meeting"),
        "DELIBERATELY MALFORMED: labelled charset us-ascii / 7bit but the body carries raw 8-bit UTF-8 ('Si\u00e2n', curly apostrophes, en dashes); a careful parser falls back to UTF-8. Complete Torbay step-up (pack: consent, manager_agreed - 'my team manager ... and we agree'). Si\u00e2n's own anxiety is not parental_mental_health (mum's 'is fine'). 'log 0412 of 02/05/2027' is a police log, not a case id or DOB. DOB '30 June 2012'.")


def torbay_04():
    seed = "torbay_04"
    d = T(2027, 5, 10, 13, 21, 9)
    text = ("Hi - please don't wait for triage on this one.\n\n"
            "School have just rung: Kenzie came in this morning with a black eye and bruising to his ear and told his teacher \"Dad punched me because I broke the Xbox\". Dad is collecting both children from school at 3pm today.\n\n"
            "I'm on my way to school now and I've rung MASH.\n\n"
            "Tamsin\n"
            "07700 900418\n\n"
            "From: Early Help <earlyhelp@torbay.gov.uk>\n"
            "Sent: 27 April 2027 15:02\n"
            "To: Mudge, Tamsin <Tamsin.Mudge@torbay.gov.uk>\n"
            "Subject: [SB-torbay-64] Triage slot confirmed - Tue 11 May\n\n"
            "Your step-down request for Kenzie Tozer and Ava-Grace Tozer (LCS-2256031) has a triage slot on Tuesday 11 May 2027 at 11:30 (under-5s triage). Reference SB-torbay-64.\n\n"
            "Early Help (automated message)\n")
    hd = outlook_std_headers(seed, addr("Mudge, Tamsin", "Tamsin.Mudge@torbay.gov.uk"),
                             to_mailbox("torbay", "early_help_duty"),
                             "RE: [SB-torbay-64] Triage slot confirmed - Tue 11 May", d,
                             in_reply_to="<SB-torbay-64.ack.20270427150200@torbay.gov.uk>")
    data = message(hd, text_part(text), crlf=True)
    add("torbay_04.eml", data, "torbay", "early_help_duty", T(2027, 5, 10, 13, 25),
        dict(kind="follow_up", urgent=True, case_ids=["LCS-2256031"],
             children=[("Kenzie Tozer", None), ("Ava-Grace Tozer", None)],
             concerns=["physical_harm"], consent=None, manager_agreed=None, missing=[],
             next_action="alert_duty"),
        "URGENT follow-up to [SB-torbay-64]: an injury seen today, the child's own words naming dad, and dad collecting both children at 3pm today. Safety rule 1 applies whatever the kind, so alert_duty overrides attach_to_request, even though the sender says she has rung MASH. Children and case id come from the quoted acknowledgement (no DOBs).")


def torbay_05():
    seed = "torbay_05"
    d = T(2027, 5, 12, 9, 44, 26)
    rows = [
        ["Step Down Request (Early Help triage)", ""],
        ["Child name", "Lowen Hicks"],
        ["DOB", "2012-05-30"],
        ["LCS ID", "LCS-2261150"],
        ["Team", "Safeguarding and Supporting Families (SASF)"],
        ["Level of Early Help requested", "Level 3 (targeted)"],
        ["Single Assessment attached", "Yes"],
        ["Manager\u2019s analysis", "Completed by Team Manager Kerensa Lang on 10/05/2027 \u2013 threshold for level 3 met"],
        ["Consent for level 3 Early Help", "Given by mum and dad, 07/05/2027"],
        ["Presenting needs (tick)", "\u2610 Neglect  \u2610 Domestic abuse  \u2612 Parental mental health  \u2610 Substance misuse  \u2610 Exploitation  \u2610 Missing  \u2610 Physical harm  \u2610 Sexual harm  \u2610 Radicalisation  \u2610 School attendance  \u2610 Young carer  \u2610 SEND"],
        ["Summary", "Dad has PTSD and depression following his discharge from the army; the CP plan ended on 04/05/2027 and the family now need a level 3 coordinated response while dad continues treatment."],
    ]
    blocks = ["Hello Early Help,", "Please see the step down request below and the Single Assessment attached.",
              ("table", rows), "Many thanks\nRowan", "Rowan Stapleton\nSocial Worker | SASF Team | Torbay Council | 01632 960 587"]
    sa = make_pdf([
        "# Single Assessment - Lowen Hicks",
        "Completed: 29/04/2027. Analysis: dad's PTSD and depression; CP plan ended 04/05/2027.",
        "Rationale for step down: level 4 no longer required; level 3 coordinated response.",
    ], title="Single Assessment - Hicks", author="R Stapleton")
    data = outlook_mail(seed, addr("Stapleton, Rowan", "Rowan.Stapleton@torbay.gov.uk"),
                        to_mailbox("torbay", "early_help_duty"), "Step down request - Lowen Hicks", d, blocks,
                        html_only=True, attachments=[("Single Assessment - Hicks.pdf", PDF, sa)])
    add("torbay_05.eml", data, "torbay", "early_help_duty", T(2027, 5, 12, 9, 50),
        dict(kind="step_down", level=3, case_ids=["LCS-2261150"], children=[("Lowen Hicks", "2012-05-30")],
             concerns=["parental_mental_health"], consent=True, manager_agreed=True, missing=[],
             next_action="book_meeting"),
        "HTML-only step-down whose facts are a form pasted as an HTML table. The 'Presenting needs' row lists all twelve categories with only Parental mental health ticked (\u2612), so only that concern. Manager's analysis recorded, consent given, Single Assessment attached: complete. Level 3 stated; ISO DOB.")


def torbay_06():
    seed = "torbay_06"
    d = T(2027, 5, 17, 15, 55, 40)
    blocks = [
        "Hello MASH,",
        "Following discussion with my team manager (Demelza Pascoe), we agree that the information below needs considering for a level 4 statutory intervention.",
        "Harley Cope, aged 4 \u2013 I don\u2019t have his DOB to hand, it\u2019s on EHM (EHM-744019). Mum, Jade Cope, is 31 weeks pregnant, EDD 09/07/2027.",
        "New information: nursery report that Harley is arriving hungry, in soiled clothes and with untreated nappy rash, and he has missed his 4-year health check twice. Mum\u2019s new partner, who has moved in, has a long history of heroin use; he says he is stable on a methadone script, but this has not been checked with the drug service.",
        "Consent: mum has been asked and does not give consent for a contact to MASH.",
        "Sophie",
        "Sophie Blackler\nEarly Help Practitioner \u2013 Torquay Family Hub\nTorbay Council | 01632 960 361",
    ]
    data = outlook_mail(seed, addr("Blackler, Sophie", "Sophie.Blackler@torbay.gov.uk"),
                        to_mailbox("torbay", "mash_step_up"), "Contact to MASH \u2013 Harley Cope", d, blocks)
    add("torbay_06.eml", data, "torbay", "mash_step_up", T(2027, 5, 17, 16, 0),
        dict(kind="step_up", case_ids=["EHM-744019"], children=[("Harley Cope", None)],
             concerns=["neglect", "substance_misuse"], consent=False, manager_agreed=True,
             missing=["consent"], next_action="request_info"),
        "Torbay step-up with 'does not give consent for a contact to MASH' = consent false, a Torbay step-up requirement ('a contact should be made to MASH with parental consent'), so missing. No DOB for Harley; the EDD 09/07/2027 belongs to the unborn baby and is not Harley's DOB, and the unnamed unborn baby is not a child entry. Manager and worker agree (manager_agreed true).")


def torbay_07():
    seed = "torbay_07"
    d = T(2027, 5, 18, 8, 2, 11)
    text = ("This mailbox is no longer monitored.\n\n"
            "The 0-19 health visiting team for Torquay has moved to a new shared mailbox. Please resend your email to the team mailbox or call the 0-19 single point of access on 01632 960 700.\n\n"
            "This is an automatic reply. Please do not reply to this message.\n")
    hd = [("Received", "from nhs-net.mail.protection.example (192.0.2.91) by mx.torbay.gov.uk; %s" % rfc2822(d.astimezone(UTC))),
          ("From", addr("Kate Yeo (Health Visitor)", "kate.yeo2@nhs.net", quote=True)),
          ("To", to_mailbox("torbay", "early_help_duty")),
          ("Subject", "Automatic reply: [SB-torbay-70] Triage slot confirmed"),
          ("Date", rfc2822(d.astimezone(UTC))),
          ("Message-ID", "<%s@nhs.net>" % h(seed, 24)),
          ("Auto-Submitted", "auto-replied"),
          ("X-Auto-Response-Suppress", "All"),
          ("Precedence", "bulk"),
          ("MIME-Version", "1.0")]
    data = message(hd, text_part(text, cte="7bit", charset="us-ascii"))
    add("torbay_07.eml", data, "torbay", "early_help_duty", T(2027, 5, 18, 8, 5),
        dict(kind="auto_reply", next_action="ignore"),
        "NHSmail 'mailbox no longer monitored' automatic reply (Auto-Submitted: auto-replied, Precedence: bulk) to a stepbot confirmation: auto_reply, ignore.")


def torbay_08():
    seed = "torbay_08"
    d = T(2027, 5, 19, 11, 9, 14)
    chain = ("-----Original Message-----\n"
             "From: Nicholls, Rowena <Rowena.Nicholls@torbay.gov.uk>\n"
             "Sent: 18 May 2027 16:02\n"
             "To: Luxton, Bethany <Bethany.Luxton@torbay.gov.uk>\n"
             "Subject: RE: Teddy Honeywill \u2013 step down\n\n"
             "Beth \u2013 I\u2019ve added my manager\u2019s analysis to LCS: threshold met for level 3 intervention and I agree the step down.\n"
             "Rowena\n"
             "Rowena Nicholls | Team Manager | Children with Disabilities Team\n\n"
             "-----Original Message-----\n"
             "From: Luxton, Bethany <Bethany.Luxton@torbay.gov.uk>\n"
             "Sent: 18 May 2027 10:20\n"
             "To: Nicholls, Rowena <Rowena.Nicholls@torbay.gov.uk>\n"
             "Subject: Teddy Honeywill \u2013 step down\n\n"
             "Rowena, Single Assessment done for Teddy Honeywill, DOB: 1 March 2016, LCS-2262714. Teddy has Duchenne muscular dystrophy and an EHCP; mum and dad are exhausted and the carers assessment recommends short breaks. His attendance at Combe Lane Academy is 97% and school have no concerns. Could you add your analysis?\n"
             "Beth")
    blocks = [
        "Hi Early Help,",
        "Please can I have a triage slot for Teddy. Single Assessment attached. Both parents have consented to level 3 Early Help. See my TM\u2019s note below.",
        "Thanks, Beth",
        "Bethany Luxton | Social Worker | Children with Disabilities Team | Torbay Council | 01632 960 612",
        ("raw", chain),
    ]
    sa = make_pdf([
        "# Single Assessment - Teddy Honeywill",
        "Completed: 17/05/2027. Analysis: Duchenne muscular dystrophy, EHCP; parents need short breaks.",
        "Rationale for step down: statutory intervention no longer required; level 3 coordinated support.",
    ], title="Single Assessment - Honeywill", author="B Luxton")
    data = outlook_mail(seed, addr("Luxton, Bethany", "Bethany.Luxton@torbay.gov.uk"),
                        to_mailbox("torbay", "early_help_duty"), "FW: Teddy Honeywill \u2013 step down", d, blocks,
                        attachments=[("Single Assessment - T Honeywill.pdf", PDF, sa)])
    add("torbay_08.eml", data, "torbay", "early_help_duty", T(2027, 5, 19, 11, 15),
        dict(kind="step_down", level=3, case_ids=["LCS-2262714"], children=[("Teddy Honeywill", "2016-03-01")],
             concerns=["disability_send"], consent=True, manager_agreed=True, missing=[],
             next_action="book_meeting"),
        "Outlook 'FW:' where the team manager's analysis ('threshold met for level 3 intervention and I agree the step down') and the child's DOB ('1 March 2016') and case id are only in the forwarded '-----Original Message-----' chain. Complete Torbay step-down. 97% attendance and 'no concerns' at school are not school_attendance; disability_send only. Level 3 stated.")


def torbay_09():
    seed = "torbay_09"
    d = T(2027, 5, 24, 10, 33, 5)
    declared = "----=_NextPart_000_0012_01DBC47A.5C3E8A40"
    used = "----=_NextPart_000_0013_01DBC47A.5C3E8A40"
    text = ("Hello MASH,\n\n"
            "Contact to MASH for Poppy and Jenson Narramore (EHM-745530).\n"
            "Poppy - DOB 11/04/2017\n"
            "Jenson - DOB 3.9.2019\n\n"
            "Mum's ex-partner has been harassing her since he left in March: police attended twice in May after he turned up drunk and threatened her in front of the children. He is now subject to a DVPO until 4 June.\n\n"
            "My TM Demelza Pascoe and I agree this needs considering for a level 4 statutory intervention.\n\n"
            "I'll speak to mum about consent when I see her on Thursday.\n\n"
            "Kieran Endacott\n"
            "Early Help Practitioner | Brixham Family Hub | Torbay Council\n"
            "01632 960 455\n")
    html = render_html(text.strip().split("\n\n"), "outlook")
    raw = ('Content-Type: multipart/alternative;\n\tboundary="%s"\n\n'
           "This is a multi-part message in MIME format.\n\n"
           "--%s\n%s\n--%s\n%s\n--%s--\n" % (declared, used, text_part(text), used, text_part(html, "html"), used))
    hd = [("Received", "from TORPC0412 (192.0.2.60) by mx.torbay.gov.uk with ESMTP; %s" % rfc2822(d.astimezone(UTC))),
          ("From", addr("Kieran Endacott", "Kieran.Endacott@torbay.gov.uk")),
          ("To", to_mailbox("torbay", "mash_step_up")),
          ("Subject", "Contact to MASH - Narramore - EHM-745530"),
          ("Date", rfc2822(d.astimezone(UTC))),
          ("Message-ID", "<000001db%s$%s@torbay.gov.uk>" % (h(seed, 12), h(seed + "y", 8))),
          ("X-Mailer", "Microsoft Outlook 16.0"),
          ("Thread-Index", "AdvEel" + h(seed, 16)),
          ("Content-Language", "en-gb"),
          ("MIME-Version", "1.0")]
    data = message(hd, raw, crlf=True)
    add("torbay_09.eml", data, "torbay", "mash_step_up", T(2027, 5, 24, 10, 40),
        dict(kind="step_up", case_ids=["EHM-745530"],
             children=[("Poppy Narramore", "2017-04-11"), ("Jenson Narramore", "2019-09-03")],
             concerns=["domestic_abuse"], consent=None, manager_agreed=True, missing=["consent"],
             next_action="request_info"),
        "DELIBERATELY MALFORMED: the multipart/alternative header declares boundary ...0012... but the body only uses ...0013..., so the declared boundary never occurs; a careful parser reads the text anyway. Torbay step-up: manager agrees, consent 'I'll speak to mum about consent' = null (still to be asked), so consent missing. DOBs '11/04/2017' and '3.9.2019'. DA current (harassment, DVPO in force), not urgent.")


def torbay_10():
    seed = "torbay_10"
    d = T(2027, 5, 27, 9, 14, 2)
    blocks = [
        "Hi,",
        "TM analysis is now on LCS \u2013 Kirsty Hammett (back from leave) has agreed the threshold is met for level 3.",
        "Also good news: mum has changed her mind and has now consented to Early Help, so please can Oscar go to next Tuesday\u2019s triage.",
        "Jack",
        "Jack Prowse | Social Worker | Single Assessment Team | Torbay Council\nTel 01632 960 418 | Mob 07700 900418 | Staff ID 33109",
        ("raw", "From: Early Help <earlyhelp@torbay.gov.uk>\n"
                "Sent: 06 May 2027 15:01\n"
                "To: Prowse, Jack <Jack.Prowse@torbay.gov.uk>\n"
                "Subject: [SB-torbay-71] Step-down request received - information needed\n\n"
                "Thank you for your step-down request for Oscar Trewin-Barker (LCS-2259807). Your reference is SB-torbay-71.\n\n"
                "Still needed before a triage slot can be allocated:\n"
                "- confirmation that the family's consent for level 3 Early Help has been sought and given\n"
                "- your team manager's analysis confirming the threshold for level 3 is met\n\n"
                "Early Help (automated message)"),
    ]
    data = outlook_mail(seed, addr("Prowse, Jack", "Jack.Prowse@torbay.gov.uk"),
                        to_mailbox("torbay", "early_help_duty"),
                        "RE: [SB-torbay-71] Step-down request received - information needed", d, blocks,
                        in_reply_to="<SB-torbay-71.ack.20270506150100@torbay.gov.uk>")
    add("torbay_10.eml", data, "torbay", "early_help_duty", T(2027, 5, 27, 9, 20),
        dict(kind="follow_up", case_ids=["LCS-2259807"], children=[("Oscar Trewin-Barker", None)],
             concerns=[], consent=True, manager_agreed=True, missing=[], next_action="attach_to_request"),
        "Reply to [SB-torbay-71] supplying both missing facts: 'has now consented' = consent true (the earlier refusal is superseded); TM analysis done = manager_agreed true. Follow-up, so missing [] and attach_to_request. The quoted acknowledgement's 'Still needed' list is not concerns; 'Staff ID 33109' and phone numbers in the signature are not case ids.")


for _f in (torbay_01, torbay_02, torbay_03, torbay_04, torbay_05, torbay_06, torbay_07, torbay_08,
           torbay_09, torbay_10):
    _f()

# --------------------------------------------------------------------------------------------
# HEREFORDSHIRE
# --------------------------------------------------------------------------------------------

def consent_pdf(children_lines, parent, date, worker):
    return make_pdf([
        "# Herefordshire Council - Consent to step down to Early Help",
        "Child / children:",
    ] + children_lines + [
        "I agree to my family being stepped down from Children's Social Care to Early Help, and to",
        "information being shared with the Early Help Co-ordinator team and the key person.",
        "Signed: %s (parent)    Date: %s" % (parent, date),
        "Witnessed by: %s, Social Worker" % worker,
    ], title="Consent to Step Down to Early Help", author=worker)


def herefordshire_01():
    seed = "herefordshire_01"
    d = T(2027, 4, 27, 14, 51, 38)
    blocks = [
        "Dear Early Help Co-ordinators,",
        "Please find attached the Early Help Assessment step-down plan for the \u00d3 Briain / N\u00ed Bhriain sibling group, following our discussion at this morning\u2019s drop-in, and mum\u2019s signed consent form.",
        "The family live in the Golden Valley (Peterchurch). The key person is Megan Prosser, Family Support Worker, Golden Valley Family Hub \u2013 agreed with mum and with Megan on 26/04/2027.",
        "This is a step down at \u2018Intensive\u2019 (level 3).",
        "Many thanks\nFfion",
        "Ffion Beddoes\nSocial Worker | Children\u2019s Social Care \u2013 Kington & Golden Valley Locality | Herefordshire Council\n01632 960 145",
        DISCLAIMER["herefordshire"],
    ]
    plan = make_docx([
        ("title", "Early Help Assessment \u2013 Step Down"),
        ("h", "1. Family Details and Consent"),
        ("table", [["ID", "Name", "Date of Birth", "Gender", "Start Date"],
                   ["618204", "Aoife N\u00ed Bhriain", "05/09/2013 (13 years old)", "Female", "19/04/2027"],
                   ["618205", "Cian \u00d3 Briain", "22/02/2017 (10 years old)", "Male", "19/04/2027"]]),
        ("p", "Mother: Sin\u00e9ad N\u00ed Bhriain. Address: Wellbrook Cottages, Peterchurch, Golden Valley."),
        ("p", "Consent: signed consent form attached (26/04/2027)."),
        ("h", "2. Summary of Presenting Needs"),
        ("p", "Mum has recurrent depression. Aoife looks after Cian after school and most evenings when mum is unwell."),
        ("h", "3. Early Help Assessment - Part 2"),
        ("p", "What are we worried about? \u2013 Mum\u2019s depression; Aoife\u2019s caring role."),
        ("p", "What\u2019s working well? \u2013 Mum is under the GP and has started counselling; both children attend school well."),
        ("h", "Wellbeing Plan"),
        ("table", [["What needs to happen \u2013 including by whom", "Outcome", "Achievable Timescale"],
                   ["Young carers assessment for Aoife \u2013 key person", "Aoife has time for herself", "June 2027"],
                   ["Mum to continue counselling \u2013 mum / GP", "Mum\u2019s mood more stable", "Ongoing"],
                   ["After-school club for Cian \u2013 school", "Less care falls on Aoife", "September 2027"]]),
        ("h", "Details of Key Person involved in Early Help Assessment"),
        ("p", "Megan Prosser, Family Support Worker, Golden Valley Family Hub \u2013 agreed with the family and Megan on 26/04/2027."),
    ], author="Ffion Beddoes", title="EHA Step Down")
    cons = consent_pdf(["Aoife N\u00ed Bhriain (05/09/2013)", "Cian \u00d3 Briain (22/02/2017)"],
                       "S. N\u00ed Bhriain", "26/04/2027", "Ffion Beddoes")
    data = outlook_mail(seed, addr("Beddoes, Ffion", "Ffion.Beddoes@herefordshire.gov.uk"),
                        to_mailbox("herefordshire", "early_help_duty"),
                        "Step down plan \u2013 N\u00ed Bhriain / \u00d3 Briain siblings", d, blocks,
                        attachments=[("EHA step-down plan - Ni Bhriain siblings.docx", DOCX, plan),
                                     ("Signed consent - Ni Bhriain.pdf", PDF, cons)])
    add("herefordshire_01.eml", data, "herefordshire", "early_help_duty", T(2027, 4, 27, 15, 0),
        dict(kind="step_down", level=3, case_ids=["618204", "618205"],
             children=[("Aoife N\u00ed Bhriain", "2013-09-05"), ("Cian \u00d3 Briain", "2017-02-22")],
             concerns=["parental_mental_health", "young_carer"], consent=True, manager_agreed=None,
             missing=[], next_action="book_meeting"),
        "Complete Herefordshire sibling-group step-down (pack: consent_form = signed PDF, draft_plan = EHA step-down plan with its Wellbeing Plan, lead_practitioner = key person with agency). Irish surnames differ by sex (N\u00ed Bhriain / \u00d3 Briain); the Mosaic-style sibling table has a 'Start Date' column (19/04/2027) beside the DOB that is not a DOB. Golden Valley / Peterchurch are places. 'Intensive' (level 3) stated.")


def herefordshire_02():
    seed = "herefordshire_02"
    d = T(2027, 5, 4, 11, 52, 17)
    blocks = [
        "Hi,",
        "EHA step-down plan attached for Tegan Bevan (DOB 09.06.10, Mosaic 619877). I wanted to get this to you within the two weeks even though there is a problem: Ms Bevan has declined to sign the consent form. She says she does not want Early Help and that Tegan is \u2018nearly grown up\u2019.",
        "Key person: to be confirmed (Tegan would like her PE teacher).",
        "Worries: Tegan\u2019s attendance is 68% and mum\u2019s drinking has increased since she lost her job.",
        "Owain",
        "Owain Preece\nSocial Worker | Children\u2019s Social Care \u2013 Leominster Locality | Herefordshire Council\n01632 960 176",
    ]
    plan = make_docx([
        ("title", "Early Help Assessment \u2013 Step Down \u2013 Tegan Bevan"),
        ("p", "What are we worried about? Attendance 68%; mum's alcohol use."),
        ("h", "Wellbeing Plan"),
        ("table", [["What needs to happen \u2013 including by whom", "Outcome", "Achievable Timescale"],
                   ["Attendance support plan \u2013 school", "Attendance above 90%", "July 2027"],
                   ["Referral to the community alcohol service \u2013 mum", "Mum's drinking reduces", "June 2027"]]),
        ("p", "Key person: to be confirmed."),
    ], author="Owain Preece", title="EHA Step Down")
    data = outlook_mail(seed, addr("Preece, Owain", "Owain.Preece@herefordshire.gov.uk"),
                        to_mailbox("herefordshire", "early_help_duty"),
                        "Step down \u2013 Tegan Bevan (no consent yet)", d, blocks,
                        attachments=[("EHA step down plan - T Bevan.docx", DOCX, plan)])
    add("herefordshire_02.eml", data, "herefordshire", "early_help_duty", T(2027, 5, 4, 12, 0),
        dict(kind="step_down", case_ids=["619877"], children=[("Tegan Bevan", "2010-06-09")],
             concerns=["school_attendance", "substance_misuse"], consent=False, manager_agreed=None,
             missing=["consent_form", "lead_practitioner"], next_action="request_info"),
        "'Ms Bevan has declined to sign the consent form ... does not want Early Help' = consent false, and no written consent form (pack: consent_form). Key person 'to be confirmed' = lead_practitioner missing. Plan attached (draft_plan met). DOB '09.06.10' (two-digit year). No level stated.")


def herefordshire_03():
    seed = "herefordshire_03"
    d = T(2027, 5, 6, 9, 48, 55)
    logo = base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
    text = ("Dear MASH,\n\n"
            "I am the lead professional for the Lloyd-Jenkins family (Early Help, level 3) and, with my manager Gwen Hadley's agreement, I am asking for the case to be stepped up to Children's Social Care.\n\n"
            "Children: Rosie Lloyd-Jenkins (DOB 18/08/2016) and Alfie Lloyd-Jenkins (DOB 02/12/2019). Mosaic ID 621557.\n\n"
            "Why: over the last three months the family have stopped engaging - seven missed appointments, the door not answered on four planned visits, and the TAF on 22/04 cancelled by mum. At the same time home conditions have got worse and both children have untreated tooth decay; Alfie has lost weight.\n\n"
            "Mr and Mrs Lloyd-Jenkins are aware and have consented to the referral.\n\n"
            "Kind regards\n"
            "Carys Lewis\n"
            "Family Support Lead | Marches Family Network\n"
            "Registered charity no. 1087446 | Company no. 04168299 | Our ref: MFN/EH/0419\n"
            "Tel 01632 960 771\n")
    html = ('<html><body><div dir="ltr">' + "".join(
        "<div>%s</div><div><br></div>" % esc(p).replace("\n", "<br>") for p in text.strip().split("\n\n")) +
        '<div><img src="cid:mfnlogo@marchesfamilynetwork" alt="Marches Family Network" width="120"></div></div></body></html>\n')
    b_rel = "000000000000%s" % h(seed + "rel", 16)
    b_alt = "000000000000%s" % h(seed + "alt", 16)
    related = multipart("related", b_rel, [
        text_part(html, "html", charset="UTF-8"),
        'Content-Type: image/png; name="mfn-logo.png"\nContent-Disposition: inline; filename="mfn-logo.png"\nContent-Transfer-Encoding: base64\nContent-ID: <mfnlogo@marchesfamilynetwork>\nX-Attachment-Id: mfnlogo@marchesfamilynetwork\n\n' + b64(logo)])
    body = multipart("alternative", b_alt, [text_part(text, charset="UTF-8"), related])
    hd = [("Received", "by mail-ed1-f41.google.com with SMTP id %s for <mash@herefordshire.gov.uk>; %s" % (h(seed, 16), rfc2822(d))),
          ("MIME-Version", "1.0"),
          ("From", addr("Carys Lewis", "carys.lewis@marchesfamilynetwork.example.org.uk")),
          ("Date", rfc2822(d)),
          ("Message-ID", gmail_msgid(seed)),
          ("Subject", "Step up request - Lloyd-Jenkins family"),
          ("To", to_mailbox("herefordshire", "mash_step_up"))]
    data = message(hd, body)
    add("herefordshire_03.eml", data, "herefordshire", "mash_step_up", T(2027, 5, 6, 10, 0),
        dict(kind="step_up", case_ids=["621557"],
             children=[("Rosie Lloyd-Jenkins", "2016-08-18"), ("Alfie Lloyd-Jenkins", "2019-12-02")],
             concerns=["neglect", "non_engagement"], consent=True, manager_agreed=True, missing=[],
             next_action="human_review"),
        "A step-up sent to Herefordshire's MASH: the Herefordshire seed defines no step-up (pack: step_up defined: false), so human_review with missing [] and notice null; the facts are still labelled. Google Workspace multipart/alternative with a multipart/related inline logo. The signature's charity number, company number and 'Our ref: MFN/EH/0419' are not case ids.")


def herefordshire_04():
    seed = "herefordshire_04"
    d = T(2027, 5, 10, 13, 57, 3)
    text = ("Hi,\n\n"
            "Signed consent form for Ella-Rose and Finley Price attached.\n\n"
            "The key person will be Rhian Watkins, Family Support Worker, Kington Family Hub - she met mum on Friday and has agreed.\n\n"
            "Lowri\n\n"
            "Lowri Gittins\n"
            "Social Worker | Herefordshire Council\n\n"
            "On 5 May 2027, at 10:12, Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:\n\n"
            "> Thank you for your step-down request. Your reference is SB-herefordshire-19.\n"
            ">\n"
            "> Still needed before the step-down can be processed:\n"
            "> - the family's written consent\n"
            "> - the details of the key person who will lead on this step-down\n"
            ">\n"
            "> Herefordshire Early Help Co-ordinators (automated message)\n")
    cons = consent_pdf(["Ella-Rose Price (DOB 20/05/2014)", "Finley Price (DOB 08/08/2018)"],
                       "K. Price", "07/05/2027", "Lowri Gittins")
    b = "Apple-Mail=_%s" % H(seed, 32)
    body = multipart("mixed", b, [text_part(text),
                                  att_part("Price consent form signed.pdf", PDF, cons, outlook=False)])
    hd = [("From", addr("Lowri Gittins", "lowri.gittins@herefordshire.gov.uk")),
          ("To", to_mailbox("herefordshire", "early_help_duty")),
          ("Subject", "Re: [SB-herefordshire-19] Step-down request received - information needed"),
          ("Date", rfc2822(d)),
          ("Message-ID", apple_msgid(seed, "herefordshire.gov.uk")),
          ("In-Reply-To", "<SB-herefordshire-19.ack.20270505101200@herefordshire.gov.uk>"),
          ("References", "<SB-herefordshire-19.ack.20270505101200@herefordshire.gov.uk>"),
          ("X-Mailer", "Apple Mail (2.3826.500.181)"),
          ("MIME-Version", "1.0")]
    data = message(hd, body)
    add("herefordshire_04.eml", data, "herefordshire", "early_help_duty", T(2027, 5, 10, 14, 0),
        dict(kind="follow_up", case_ids=[], children=[("Ella-Rose Price", "2014-05-20"), ("Finley Price", "2018-08-08")],
             concerns=[], consent=True, manager_agreed=None, missing=[], next_action="attach_to_request"),
        "Apple Mail reply to [SB-herefordshire-19] supplying the signed consent form and the key person: follow_up, attach_to_request, missing []. Children named as 'Ella-Rose and Finley Price'; their DOBs are only in the attached consent PDF. Signed consent = consent true.")


def herefordshire_05():
    seed = "herefordshire_05"
    d = T(2027, 5, 13, 11, 12, 40)
    text = ("Hello,\n\n"
            "Please see attached the step-down plan for the Jones-Ahmed children and the signed consent.\n\n"
            "Ceri\n\n"
            "Ceri Bufton | Social Worker | Herefordshire Council | 01632 960 190\n")
    plan = make_pdf([
        "# Early Help Assessment - Step Down Plan",
        "Children:",
        "Maddison Jones-Ahmed - Mosaic 620310 - DOB: 14th March 2014",
        "Tyler Jones-Ahmed - Mosaic 620311 - DOB: 6th August 2011",
        "Date of assessment decision: 29/04/2027    Level of need: Intensive (level 3)",
        "# What are we worried about?",
        "Maddison's attendance is 79% and falling; she says she feels left out at school. Tyler's attendance is good (97%) and there are no concerns for him in school.",
        "Dad's new partner's children in Leominster are subject to a child protection plan. This is a different household: there are no concerns arising from it for Maddison and Tyler, who do not stay there.",
        "# What's working well?",
        "Mum and dad co-parent well; both children are close to their grandparents.",
        "# Wellbeing plan",
        "What needs to happen - including by whom | Outcome | Achievable timescale",
        "Attendance support plan and mentor for Maddison - school / key person | Attendance above 90% | July 2027",
        "# Details of Key Person",
        "Hannah Bowkett, Attendance and Family Support Officer, Lugg Valley High School - agreed with the family 11/05/2027.",
    ], title="EHA Step Down Plan - Jones-Ahmed", author="C Bufton")
    cons = consent_pdf(["Maddison Jones-Ahmed", "Tyler Jones-Ahmed"], "R. Jones", "11/05/2027", "Ceri Bufton")
    b = outlook_boundary(seed, "004")
    body = multipart("mixed", b, [text_part(text, charset="us-ascii", cte="7bit"),
                                  att_part("EHA Step Down Plan - Jones-Ahmed.pdf", PDF, plan),
                                  att_part("Signed consent - Jones-Ahmed.pdf", PDF, cons)])
    hd = outlook_std_headers(seed, addr("Bufton, Ceri", "Ceri.Bufton@herefordshire.gov.uk"),
                             to_mailbox("herefordshire", "early_help_duty"), "Step down - Jones-Ahmed", d,
                             has_attach=True)
    data = message(hd, body, crlf=True)
    add("herefordshire_05.eml", data, "herefordshire", "early_help_duty", T(2027, 5, 13, 11, 20),
        dict(kind="step_down", level=3, case_ids=["620310", "620311"],
             children=[("Maddison Jones-Ahmed", "2014-03-14"), ("Tyler Jones-Ahmed", "2011-08-06")],
             concerns=["school_attendance"], consent=True, manager_agreed=None, missing=[],
             next_action="book_meeting"),
        "All facts only in the attached PDF plan (body: 'please see attached'). Maddison's 79% = school_attendance; Tyler's 97% is not a concern; the child protection plan is in dad's new partner's household, 'a different household' with no concerns for these children, so nothing else. 'Date of assessment decision: 29/04/2027' is not a DOB; DOBs '14th March 2014', '6th August 2011'. Key person with agency, signed consent, plan: complete. Level 3 stated in the plan.")


def herefordshire_06():
    seed = "herefordshire_06"
    d = T(2027, 5, 14, 16, 38, 20)
    ics = ics_reply("-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", "earlyhelpcoordinators@herefordshire.gov.uk",
                    "Nia Howells", "nia.howells@herefordshire.gov.uk", "ACCEPTED",
                    "Step-down drop-in [SB-herefordshire-26]",
                    "SB-herefordshire-26-dropin-20270518@stepbot.herefordshire.gov.uk",
                    "20270518T100000", "20270518T103000", "20270514T153820Z", tzid="Europe/London")
    plain = "Nia Howells has accepted your event invitation.\n"
    b = "------------%s" % h(seed, 24)
    body = multipart("mixed", b, [
        text_part(plain, cte="7bit"),
        'Content-Type: text/calendar; charset=UTF-8; method=REPLY\nContent-Transfer-Encoding: 8bit\n\n' + ics,
        'Content-Type: application/ics; name="invite.ics"\nContent-Disposition: attachment; filename="invite.ics"\nContent-Transfer-Encoding: base64\n\n' + b64(ics.encode())])
    hd = [("Message-ID", "<%s@herefordshire.gov.uk>" % "-".join([h(seed, 8), h(seed + "1", 4), h(seed + "2", 4), h(seed + "3", 12)])),
          ("Date", rfc2822(d)),
          ("MIME-Version", "1.0"),
          ("User-Agent", "Mozilla Thunderbird"),
          ("Content-Language", "en-GB"),
          ("To", to_mailbox("herefordshire", "early_help_duty")),
          ("From", addr("Nia Howells", "nia.howells@herefordshire.gov.uk")),
          ("Subject", "Accepted: Step-down drop-in [SB-herefordshire-26]")]
    data = message(hd, body)
    add("herefordshire_06.eml", data, "herefordshire", "early_help_duty", T(2027, 5, 14, 16, 45),
        dict(kind="meeting_reply", next_action="record_reply"),
        "Thunderbird iTIP REPLY (multipart/mixed: text/plain, text/calendar method=REPLY 8bit, invite.ics attachment), PARTSTAT=ACCEPTED: meeting_reply, record_reply.")


def herefordshire_07():
    seed = "herefordshire_07"
    d = T(2027, 5, 18, 11, 47, 9)
    blocks = [
        "Dear co-ordinators,",
        "Following the drop-in this morning with Sioned, please find attached the step-down plan and the signed consent.",
        "The step-down is for Lily and her half-brother Mason. Lily\u2019s surname is Haines; Mason is Mason Pugh-Haines.",
        "Lily\u2019s DOB is 2/4/2015. Mason was born April 2nd, 2019 (yes, the same birthday!).",
        "Mosaic: Lily 622090, Mason 622091.",
        "The assessment decision was made on 11/05/2027 and the case will close to social care on 28/05/2027.",
        "Key person: Tomos Griffiths, Family Support Worker, Ross-on-Wye Family Hub.",
        "Worries: mum\u2019s alcohol use \u2013 she is now working with the community drug and alcohol service and has cut down, but still drinks most weekends when the children are at home.",
        "Elin",
        "Elin Tudor\nSocial Worker | Ross & South Wye Locality | Herefordshire Council\n01632 960 208",
    ]
    plan = make_docx([
        ("title", "Early Help Assessment \u2013 Step Down \u2013 Haines / Pugh-Haines"),
        ("h", "Wellbeing Plan"),
        ("table", [["What needs to happen \u2013 including by whom", "Outcome", "Achievable Timescale"],
                   ["Mum continues with the drug and alcohol service \u2013 mum", "Alcohol-free weekends", "August 2027"],
                   ["Key person visits fortnightly \u2013 Tomos Griffiths", "Routines kept", "Ongoing"]]),
        ("p", "Key person: Tomos Griffiths, Family Support Worker, Ross-on-Wye Family Hub."),
    ], author="Elin Tudor", title="EHA Step Down")
    cons = consent_pdf(["Lily Haines", "Mason Pugh-Haines"], "J. Haines", "17/05/2027", "Elin Tudor")
    data = outlook_mail(seed, addr("Tudor, Elin", "Elin.Tudor@herefordshire.gov.uk"),
                        to_mailbox("herefordshire", "early_help_duty"),
                        "Step down plan \u2013 Lily & Mason", d, blocks,
                        attachments=[("Step down plan - Haines.docx", DOCX, plan),
                                     ("Consent - Haines.pdf", PDF, cons)])
    add("herefordshire_07.eml", data, "herefordshire", "early_help_duty", T(2027, 5, 18, 12, 0),
        dict(kind="step_down", case_ids=["622090", "622091"],
             children=[("Lily Haines", "2015-04-02"), ("Mason Pugh-Haines", "2019-04-02")],
             concerns=["substance_misuse"], consent=True, manager_agreed=None, missing=[],
             next_action="book_meeting"),
        "Complete Herefordshire step-down. Children named across sentences with different surnames ('Lily ... surname is Haines; Mason is Mason Pugh-Haines'). DOBs '2/4/2015' (day-first) and 'April 2nd, 2019' (month-first words), the same day and month. The assessment decision (11/05/2027) and closure (28/05/2027) dates are not DOBs. No level stated (null).")


def herefordshire_08():
    seed = "herefordshire_08"
    d = T(2027, 5, 21, 7, 30, 2)
    text = ("I am out of the office until Monday 7 June 2027.\n\n"
            "For step-down queries please contact the Early Help Co-ordinator team. For any new concern about a child please contact the MASH.\n\n"
            "Sioned Bowen\nEarly Help Co-ordinator\n")
    hd = outlook_std_headers(seed, addr("Bowen, Sioned", "Sioned.Bowen@herefordshire.gov.uk"),
                             to_mailbox("herefordshire", "early_help_duty"),
                             "Out of Office AutoReply: [SB-herefordshire-24] Step-down request received", d,
                             extra=[("X-Auto-Response-Suppress", "All"), ("Auto-Submitted", "auto-replied")])
    data = message(hd, text_part(text, cte="7bit", charset="us-ascii"), crlf=True)
    add("herefordshire_08.eml", data, "herefordshire", "early_help_duty", T(2027, 5, 21, 7, 35),
        dict(kind="auto_reply", next_action="ignore"),
        "Older Exchange 'Out of Office AutoReply:' subject with Auto-Submitted: auto-replied and X-Auto-Response-Suppress: auto_reply, ignore.")


def herefordshire_09():
    seed = "herefordshire_09"
    d = T(2027, 5, 24, 9, 22, 51)
    blocks = [
        "Dear Early Help Co-ordinators,",
        "Step-down plan for Oliver Kowalski-Jones (DOB 19 Jan 2020, Mosaic 623318) \u2013 level 3. Signed consent form attached.",
        ("h", "Early Help Assessment step-down plan"),
        ("h", "What are we worried about?"),
        "Oliver has global developmental delay and is waiting for an EHCP needs assessment. Mum is a single parent and very isolated.",
        ("h", "What\u2019s working well?"),
        "Oliver is settled at pre-school; mum attends every appointment.",
        ("h", "Wellbeing plan"),
        ("table", [["What needs to happen \u2013 including by whom", "Outcome", "Achievable timescale"],
                   ["Portage referral \u2013 key person", "Oliver\u2019s development supported at home", "June 2027"],
                   ["EHCP needs assessment request \u2013 pre-school SENCo", "Needs assessed", "July 2027"],
                   ["Parent group at the family hub \u2013 mum / key person", "Mum less isolated", "June 2027"]]),
        "Key person: Bethan Lloyd, School Nurse, Herefordshire 0-19 Public Health Nursing Service \u2013 agreed with mum on 20/05/2027.",
        "Rhodri Meredith\nSocial Worker | Children\u2019s Social Care \u2013 Hereford City Locality\nHerefordshire Council | Mosaic worker ID 30417\nTel 01632 960 524 | Mobile 07700 900524",
    ]
    cons = consent_pdf(["Oliver Kowalski-Jones"], "M. Kowalski", "20/05/2027", "Rhodri Meredith")
    data = outlook_mail(seed, addr("Meredith, Rhodri", "Rhodri.Meredith@herefordshire.gov.uk"),
                        to_mailbox("herefordshire", "early_help_duty"),
                        "Step down \u2013 Oliver Kowalski-Jones \u2013 plan", d, blocks,
                        attachments=[("Consent form - O Kowalski-Jones.pdf", PDF, cons)])
    add("herefordshire_09.eml", data, "herefordshire", "early_help_duty", T(2027, 5, 24, 9, 30),
        dict(kind="step_down", level=3, case_ids=["623318"], children=[("Oliver Kowalski-Jones", "2020-01-19")],
             concerns=["disability_send"], consent=True, manager_agreed=None, missing=[],
             next_action="book_meeting"),
        "The step-down plan (Signs of Safety headings and the Wellbeing plan as an HTML table) is pasted into the body under its own heading, so draft_plan is met; signed consent PDF attached; key person with agency. 'Mosaic worker ID 30417' in the signature is a staff id, not a case id. DOB '19 Jan 2020'. Mum's isolation maps to no concern id; developmental delay awaiting EHCP = disability_send.")


def herefordshire_10():
    seed = "herefordshire_10"
    d = T(2027, 5, 27, 14, 22, 18)
    blocks = [
        "Hi,",
        "Giving you a heads-up on the step-down for Kayden Probert (DOB 23-11-2011, Mosaic 624402). The signed consent form is attached.",
        "I\u2019ll bring the step-down plan to next Tuesday\u2019s drop-in to go through it with you before I send it. The key person is still being agreed with mum.",
        "Worries: mum\u2019s partner\u2019s alcohol use. CSE/CCE was considered after Kayden was seen with older boys in Hereford in April, but the exploitation screening on 12/04/2027 found no indicators and it was ruled out.",
        "Owain",
        "Owain Preece\nSocial Worker | Children\u2019s Social Care \u2013 Leominster Locality | Herefordshire Council\n01632 960 176",
    ]
    cons = consent_pdf(["Kayden Probert (23/11/2011)"], "D. Probert", "25/05/2027", "Owain Preece")
    data = outlook_mail(seed, addr("Preece, Owain", "Owain.Preece@herefordshire.gov.uk"),
                        to_mailbox("herefordshire", "early_help_duty"),
                        "Step down \u2013 Kayden Probert \u2013 consent attached", d, blocks,
                        attachments=[("Signed consent - K Probert.pdf", PDF, cons)])
    add("herefordshire_10.eml", data, "herefordshire", "early_help_duty", T(2027, 5, 27, 14, 30),
        dict(kind="step_down", case_ids=["624402"], children=[("Kayden Probert", "2011-11-23")],
             concerns=["substance_misuse"], consent=True, manager_agreed=None,
             missing=["draft_plan", "lead_practitioner"], next_action="request_info"),
        "Herefordshire step-down with only the signed consent form: the plan will come after the drop-in and the key person is 'still being agreed', so draft_plan and lead_practitioner are missing. Exploitation was 'ruled out' by the screening, so it is not a concern; only the partner's alcohol use (substance_misuse). DOB '23-11-2011'.")


for _f in (herefordshire_01, herefordshire_02, herefordshire_03, herefordshire_04, herefordshire_05,
           herefordshire_06, herefordshire_07, herefordshire_08, herefordshire_09, herefordshire_10):
    _f()


# ============================================================================================
# write everything and check it
# ============================================================================================

def check():
    import email
    from email import policy
    names = [m[0] for m in MAILS]
    assert len(names) == len(set(names)) == 50, len(names)
    per = {}
    for f, data, lab, notice in MAILS:
        per[lab["authority"]] = per.get(lab["authority"], 0) + 1
        msg = email.message_from_bytes(data, policy=policy.compat32)
        for hname in ("Message-ID", "Date", "From", "To", "Subject"):
            assert msg[hname], (f, hname)
        e = lab["expect"]
        assert e["kind"] in ("step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other")
        if e["urgent"]:
            assert e["next_action"] == "alert_duty", f
        if e["kind"] not in ("step_up", "step_down"):
            assert e["missing"] == [] and e["notice_ok"] is None and e["level"] is None, f
        if e["kind"] == "step_up":
            assert e["level"] is None, f
            if lab["authority"] == "herefordshire":
                assert e["missing"] == [] and e["notice_ok"] is None, f
        if e["kind"] == "step_down" and lab["authority"] == "knowsley" or (e["kind"] == "step_up" and lab["authority"] == "knowsley"):
            if notice:
                today, meeting, n = notice
                assert working_days_between(today, meeting) == n, (f, working_days_between(today, meeting), n)
                assert e["notice_ok"] == (n >= 5), f
                assert dt.date.fromisoformat(lab["now"][:10]) == today, f
            else:
                assert e["notice_ok"] is None and "meeting_details" in e["missing"], f
        elif lab["authority"] != "knowsley":
            assert e["notice_ok"] is None, f
        if not e["urgent"]:
            want = {"auto_reply": "ignore", "meeting_reply": "record_reply", "follow_up": "attach_to_request",
                    "other": "human_review"}.get(e["kind"])
            if want is None:
                if lab["authority"] == "herefordshire" and e["kind"] == "step_up":
                    want = "human_review"
                elif e["missing"] or e["notice_ok"] is False:
                    want = "request_info"
                else:
                    want = "book_meeting"
            assert e["next_action"] == want, (f, e["next_action"], want)
        for c in e["concerns"]:
            assert c in ("neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
                         "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation",
                         "school_attendance", "young_carer", "disability_send"), (f, c)
    assert all(v == 10 for v in per.values()) and len(per) == 5, per
    assert sum(1 for m in MAILS if m[2]["expect"]["urgent"]) <= 3


def main():
    check()
    for f, data, lab, _ in MAILS:
        with open(os.path.join(HERE, f), "wb") as fh:
            fh.write(data)
    labels = [m[2] for m in sorted(MAILS, key=lambda m: m[0])]
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    print("wrote %d messages and labels.json" % len(MAILS))


if __name__ == "__main__":
    main()
