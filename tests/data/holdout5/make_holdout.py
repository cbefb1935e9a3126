#!/usr/bin/env python3
"""Deterministic generator for the holdout5 labelled corpus (40 mails, 8 per authority).

Run with /work/main/.venv/bin/python (python-docx and pypdf are needed). It rewrites every
*.eml and labels.json in this folder; running it twice gives byte-identical output.

Everything here is invented: people, schools, addresses, case numbers, and phone numbers from
the Ofcom drama ranges (0151 496 0xxx, 020 7946 0xxx, 01632 960xxx, 07700 900xxx).
The mails fall in the fortnight Mon 15 - Fri 26 March 2027; Good Friday (26 Mar 2027) and
Easter Monday (29 Mar 2027) are England & Wales bank holidays, and British Summer Time starts
on Sun 28 Mar 2027.
"""
import datetime as dt
import hashlib
import io
import json
import re
import secrets
import struct
import zipfile
import zlib
from email import charset as ecs
from email import encoders
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import formataddr
from html import escape
from pathlib import Path

import docx
from docx.shared import Pt
from pypdf import PdfReader, PdfWriter

OUT = Path(__file__).resolve().parent

# --------------------------------------------------------------------------------------------
# small deterministic helpers
# --------------------------------------------------------------------------------------------

def h(seed, n=32):
    """Deterministic hex string derived from a seed."""
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}/{i}".encode()).hexdigest()
        i += 1
    return out[:n]


def H(seed, n=32):
    return h(seed, n).upper()


BANK_HOLIDAYS = {
    dt.date(2027, 1, 1), dt.date(2027, 3, 26), dt.date(2027, 3, 29), dt.date(2027, 5, 3),
    dt.date(2027, 5, 31), dt.date(2027, 8, 30), dt.date(2027, 12, 27), dt.date(2027, 12, 28),
}


def working_days_between(today, meeting):
    """Working days d with today < d <= meeting (DESIGN.md notice rule)."""
    n = 0
    d = today + dt.timedelta(days=1)
    while d <= meeting:
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n += 1
        d += dt.timedelta(days=1)
    return n


def addr(name, email):
    if name is None:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset="utf-8")


def subj(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8")


# --------------------------------------------------------------------------------------------
# attachments: docx, docm, pdf, png
# --------------------------------------------------------------------------------------------

FIXED_ZIP_TIME = (2027, 3, 1, 9, 0, 0)


def _normalise_zip(data, extra_files=None, replace=None):
    """Rewrite a zip with fixed timestamps (python-docx stamps the current time)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if replace and info.filename in replace:
                blob = replace[info.filename](blob)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, blob)
        for name, blob in (extra_files or {}).items():
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, blob)
    return buf.getvalue()


def make_docx(title, author, blocks, when=dt.datetime(2027, 3, 12, 10, 0, tzinfo=dt.timezone.utc)):
    """blocks: ('h', text, level) | ('p', text) | ('table', rows) | ('b', text) bold line."""
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    for b in blocks:
        kind = b[0]
        if kind == "h":
            d.add_heading(b[1], level=b[2] if len(b) > 2 else 1)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "b":
            d.add_paragraph().add_run(b[1]).bold = True
        elif kind == "table":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j in range(ncol):
                    t.cell(i, j).text = r[j] if j < len(r) else ""
        else:
            raise ValueError(kind)
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = when.replace(tzinfo=None)
    cp.modified = when.replace(tzinfo=None)
    cp.revision = 3
    cp.comments = ""
    buf = io.BytesIO()
    d.save(buf)
    return _normalise_zip(buf.getvalue())


def make_docm(title, author, blocks):
    """A macro-enabled Word document (.docm): main part retyped and a VBA project added."""
    base = make_docx(title, author, blocks)

    def ct(blob):
        s = blob.decode("utf-8")
        s = s.replace(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            "application/vnd.ms-word.document.macroEnabled.main+xml")
        s = s.replace("</Types>",
                      '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>')
        return s.encode("utf-8")

    def rels(blob):
        s = blob.decode("utf-8")
        s = s.replace("</Relationships>",
                      '<Relationship Id="rIdVba1" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>')
        return s.encode("utf-8")

    vba = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00"
           + b"Attribute VB_Name = \"ThisDocument\"\r\nSub AutoOpen()\r\n  UpdateFields\r\nEnd Sub\r\n" * 8)
    return _normalise_zip(base, extra_files={"word/vbaProject.bin": vba},
                          replace={"[Content_Types].xml": ct, "word/_rels/document.xml.rels": rels})


def _pdf_str(s):
    b = s.encode("cp1252")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def make_pdf(title, author, lines, created="D:20270312101500Z"):
    """Minimal one-page text PDF (Helvetica, WinAnsi), built by hand with a correct xref.
    A line starting with '# ' is drawn bold as a heading."""
    ops = [b"BT", b"/F2 10 Tf", b"13 TL", b"50 790 Td"]
    for line in lines:
        if line.startswith("# "):
            ops += [b"/F1 12 Tf", _pdf_str(line[2:]) + b" Tj T*", b"/F2 10 Tf"]
        else:
            ops.append(_pdf_str(line) + b" Tj T*")
    ops.append(b"ET")
    stream = zlib.compress(b"\n".join(ops), 9)
    objs = [
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595.28 841.89] >>",
        b"<< /Type /Catalog /Pages 1 0 R >>",
        b"<< /Type /Page /Parent 1 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R /F2 6 0 R >> /ProcSet [/PDF /Text] >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" /Filter /FlateDecode >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title " + _pdf_str(title) + b" /Author " + _pdf_str(author)
        + b" /Creator (Microsoft Word for Microsoft 365) /Producer (Microsoft: Print To PDF) /CreationDate ("
        + created.encode() + b") >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n".encode() + b"0000000000 65535 f \n"
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    fid = h(title + author, 32).upper().encode()
    out += (b"trailer\n<< /Size " + str(len(objs) + 1).encode() + b" /Root 2 0 R /Info 7 0 R /ID [<"
            + fid + b"> <" + fid + b">] >>\nstartxref\n" + str(xref).encode() + b"\n%%EOF\n")
    return bytes(out)


def encrypt_pdf(data, password, seed):
    """Password-protect a PDF with pypdf (RC4-128), deterministically."""
    orig = secrets.token_bytes
    counter = [0]

    def fake(n=16):
        counter[0] += 1
        return hashlib.sha256(f"{seed}/{counter[0]}".encode()).digest()[:n]

    secrets.token_bytes = fake
    try:
        w = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
        w.encrypt(user_password=password, owner_password=password + "-owner", algorithm="RC4-128")
        buf = io.BytesIO()
        w.write(buf)
    finally:
        secrets.token_bytes = orig
    return buf.getvalue()


def make_png(w, h_, rgb_top, rgb_bottom):
    """A small two-band PNG (council logo placeholder)."""
    raw = b""
    for y in range(h_):
        c = rgb_top if y < h_ // 2 else rgb_bottom
        raw += b"\x00" + bytes(c) * w

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h_, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# --------------------------------------------------------------------------------------------
# MIME building
# --------------------------------------------------------------------------------------------

class Table:
    def __init__(self, rows, header=True):
        self.rows = rows
        self.header = header


class Img:
    def __init__(self, cid, filename, alt):
        self.cid = cid
        self.filename = filename
        self.alt = alt


def text_part(body, subtype="plain", cs="utf-8", cte="qp"):
    c = ecs.Charset(cs)
    c.body_encoding = {"qp": ecs.QP, "b64": ecs.BASE64, "8bit": None, "7bit": None}[cte]
    if cte in ("8bit", "7bit"):
        p = MIMEBase("text", subtype, charset=cs)
        p.set_payload(body.encode(cs).decode("ascii", "surrogateescape"))
        p["Content-Transfer-Encoding"] = cte
        return p
    return MIMEText(body, subtype, c)


def render_text(blocks):
    out = []
    for b in blocks:
        if isinstance(b, Table):
            out.append("\n".join("\t".join(r) for r in b.rows))
        elif isinstance(b, Img):
            out.append(f"[cid:{b.cid}]")
        else:
            out.append(b)
    return "\n\n".join(out) + "\n"


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
\t{font-family:"Cambria Math";
\tpanose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
\t{font-family:Aptos;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin:0cm;
\tfont-size:11.0pt;
\tfont-family:"Aptos",sans-serif;
\tmso-ligatures:standardcontextual;
\tmso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
\t{mso-style-priority:99;
\tcolor:#467886;
\ttext-decoration:underline;}
table.MsoTableGrid
\t{border:solid windowtext 1.0pt;
\tfont-size:11.0pt;
\tfont-family:"Aptos",sans-serif;}
span.EmailStyle19
\t{mso-style-type:personal-compose;
\tfont-family:"Aptos",sans-serif;
\tcolor:windowtext;}
.MsoChpDefault
\t{mso-style-type:export-only;
\tfont-size:10.0pt;
\tmso-ligatures:none;}
@page WordSection1
\t{size:612.0pt 792.0pt;
\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
\t{page:WordSection1;}
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


def render_outlook_html(blocks):
    out = [OUTLOOK_HEAD]
    for b in blocks:
        if isinstance(b, Table):
            out.append('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
                       'style="border-collapse:collapse;border:none">\n')
            for i, r in enumerate(b.rows):
                out.append("<tr>\n")
                for c in r:
                    cell = escape(c, quote=False)
                    if i == 0 and b.header:
                        cell = f"<b>{cell}</b>"
                    out.append('<td width="200" valign="top" style="border:solid windowtext 1.0pt;'
                               f'padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">{cell}<o:p></o:p></p></td>\n')
                out.append("</tr>\n")
            out.append("</table>\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n")
        elif isinstance(b, Img):
            out.append(f'<p class="MsoNormal"><img width="120" height="40" style="width:1.25in;height:.4166in" '
                       f'id="Picture_x0020_1" src="cid:{b.cid}" alt="{escape(b.alt)}"><o:p></o:p></p>\n')
        else:
            for line in b.split("\n"):
                if line.startswith("From: ") and "@" in line:
                    out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n')
                    out.append(f'<p class="MsoNormal"><b>From:</b> {escape(line[6:], quote=False)}<o:p></o:p></p>\n</div>\n')
                    continue
                m = re.match(r"^(Sent|To|Cc|Subject): (.*)$", line)
                if m:
                    out.append(f'<p class="MsoNormal"><b>{m.group(1)}:</b> {escape(m.group(2), quote=False)}<o:p></o:p></p>\n')
                    continue
                out.append(f'<p class="MsoNormal">{escape(line, quote=False) if line else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>\n')
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
    out.append("</div>\n</body>\n</html>\n")
    return "".join(out)


def render_gmail_html(blocks):
    out = ['<div dir="ltr">']
    for b in blocks:
        if isinstance(b, Table):
            out.append('<table border="1" cellpadding="4" style="border-collapse:collapse">')
            for r in b.rows:
                out.append("<tr>" + "".join(f"<td>{escape(c, quote=False)}</td>" for c in r) + "</tr>")
            out.append("</table>")
        else:
            out.append("<div>" + "<br>".join(escape(x, quote=False) if x else "" for x in b.split("\n")) + "</div><div><br></div>")
    out.append("</div>\n")
    return "".join(out)


class Att:
    def __init__(self, filename, data, ctype, inline_cid=None, rfc2231=False):
        self.filename = filename
        self.data = data
        self.ctype = ctype
        self.inline_cid = inline_cid
        self.rfc2231 = rfc2231


CT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CT_DOCM = "application/vnd.ms-word.document.macroEnabled.12"
CT_PDF = "application/pdf"


def att_part(a, outlook=True):
    maintype, subtype = a.ctype.split("/", 1)
    p = MIMEBase(maintype, subtype)
    fn = a.filename
    ascii_ok = all(ord(ch) < 128 for ch in fn)
    if ascii_ok:
        p.set_param("name", fn)
    elif a.rfc2231:
        p.set_param("name", ("utf-8", "", fn))
    else:  # what Outlook actually does: RFC 2047 inside the parameter
        p.set_param("name", Header(fn, "utf-8").encode())
    if outlook and not a.inline_cid:
        p["Content-Description"] = fn if ascii_ok else Header(fn, "utf-8").encode()
    if a.inline_cid:
        p.add_header("Content-Disposition", "inline", filename=fn)
        p["Content-ID"] = f"<{a.inline_cid}>"
    elif ascii_ok:
        p.add_header("Content-Disposition", "attachment", filename=fn, size=str(len(a.data)))
    elif a.rfc2231:
        p.add_header("Content-Disposition", "attachment", filename=("utf-8", "", fn))
    else:
        p.add_header("Content-Disposition", "attachment", filename=Header(fn, "utf-8").encode(), size=str(len(a.data)))
    p.set_payload(a.data)
    encoders.encode_base64(p)
    return p


def finish(msg, headers):
    """Put the envelope headers first, MIME headers last (as real clients do)."""
    mime = [(k, v) for k, v in msg.items() if k.lower() in ("mime-version", "content-type", "content-transfer-encoding")]
    for k in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        del msg[k]
    own_mime = any(k.lower() == "mime-version" for k, _ in headers)
    for k, v in headers:
        if v is not None:
            msg[k] = v
    if not own_mime and not any(k.lower() == "mime-version" for k, _ in mime):
        msg["MIME-Version"] = "1.0"
    for k, v in mime:
        if own_mime and k.lower() == "mime-version":
            continue
        msg[k] = v
    return msg


def _strip_part_mime_version(part):
    """Only a message's top level carries MIME-Version (the email package adds it to every part)."""
    if part.is_multipart():
        for sub in part.get_payload():
            if isinstance(sub, Message):
                del sub["MIME-Version"]
                if sub.get_content_type() == "message/rfc822":
                    continue  # the enclosed message keeps its own headers
                _strip_part_mime_version(sub)


def to_bytes(msg, crlf=True):
    _strip_part_mime_version(msg)
    buf = io.BytesIO()
    pol = compat32.clone(linesep="\r\n" if crlf else "\n")
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=78, policy=pol).flatten(msg)
    return buf.getvalue()


def outlook_mail(seed, headers, blocks, attachments=(), html_only=False, plain_only=False,
                 cs="utf-8", cte="qp", images=()):
    """Outlook desktop / OWA layout: mixed( related( alternative(plain, html), images ), files )."""
    plain = render_text(blocks)
    html = render_outlook_html(blocks)
    if plain_only:
        body = text_part(plain, "plain", cs, cte)
    elif html_only:
        body = text_part(html, "html", cs, cte)
    else:
        body = MIMEMultipart("alternative", boundary=f"_000_{H(seed + 'alt', 36)}GBRP265PRODOUTLOOKCOM_")
        body.attach(text_part(plain, "plain", cs, cte))
        body.attach(text_part(html, "html", cs, cte))
    if images:
        rel = MIMEMultipart("related", boundary=f"_005_{H(seed + 'rel', 36)}GBRP265PRODOUTLOOKCOM_",
                            type="multipart/alternative")
        rel.attach(body)
        for im in images:
            rel.attach(att_part(im))
        body = rel
    if attachments:
        top = MIMEMultipart("mixed", boundary=f"_004_{H(seed + 'mix', 36)}GBRP265PRODOUTLOOKCOM_")
        top.attach(body)
        for a in attachments:
            top.attach(att_part(a))
    else:
        top = body
    hx = [("X-MS-Has-Attach", "yes" if attachments else None), ("X-MS-TNEF-Correlator", "")]
    return finish(top, list(headers) + [("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB")] + hx)


def gmail_mail(seed, headers, blocks, attachments=()):
    plain = render_text(blocks)
    html = render_gmail_html(blocks)
    alt = MIMEMultipart("alternative", boundary="0000000000" + h(seed + "alt", 18))
    alt.attach(text_part(plain, "plain", "UTF-8", "qp"))
    alt.attach(text_part(html, "html", "UTF-8", "qp"))
    if attachments:
        top = MIMEMultipart("mixed", boundary="0000000000" + h(seed + "mix", 18))
        top.attach(alt)
        for a in attachments:
            top.attach(att_part(a, outlook=False))
    else:
        top = alt
    return finish(top, headers)


def apple_mail(seed, headers, text, attachments=()):
    body = text_part(text, "plain", "utf-8", "qp")
    if attachments:
        top = MIMEMultipart("mixed", boundary=f"Apple-Mail={H(seed, 8)}-{H(seed + '1', 4)}-{H(seed + '2', 4)}-{H(seed + '3', 4)}-{H(seed + '4', 12)}")
        top.attach(body)
        for a in attachments:
            top.attach(att_part(a, outlook=False))
    else:
        top = body
    return finish(top, headers)


def plain_mail(headers, text, cs="utf-8", cte="qp"):
    return finish(text_part(text, "plain", cs, cte), headers)


def outlook_ids(seed):
    return f"<LO4P265MB{H(seed + 'mid', 28)}@LO4P265MB{H(seed + 'srv', 4)}.GBRP265.PROD.OUTLOOK.COM>"


def received_outlook(seed, date):
    a = f"LO4P265MB{H(seed + 'srv', 4)}.GBRP265.PROD.OUTLOOK.COM"
    return [("Received", f"from {a} (2603:10a6:600:{h(seed, 3)}::9) by LO0P265MB{H(seed + 'r2', 4)}.GBRP265.PROD.OUTLOOK.COM "
             f"with HTTPS; {date}"),
            ("Received", f"from {a} ([fe80::{h(seed + 'x', 4)}:{h(seed + 'y', 4)}]) by {a} "
             f"([fe80::{h(seed + 'x', 4)}:{h(seed + 'y', 4)}%7]) with mapi id 15.20.9034.011; {date}")]


def outlook_headers(seed, frm, to, subject, date, cc=None, in_reply_to=None, extra=()):
    hdrs = received_outlook(seed, date) + [("From", frm), ("To", to), ("CC", cc), ("Subject", subj(subject)),
                                            ("Thread-Topic", subj(re.sub(r"^(RE|FW|Fw|Re): ", "", subject))),
                                            ("Thread-Index", base64_index(seed)), ("Date", date),
                                            ("Message-ID", outlook_ids(seed))]
    if in_reply_to:
        hdrs += [("References", in_reply_to), ("In-Reply-To", in_reply_to)]
    return hdrs + list(extra)


def base64_index(seed):
    import base64
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()


def ical_reply(uid, summary, start_local, end_local, attendee_name, attendee_email, partstat, organizer,
               comment=None, prodid="Microsoft Exchange Server 2010", seq=0, stamp="20270301T000000Z",
               location=None, outlook=True):
    lines = ["BEGIN:VCALENDAR", "METHOD:REPLY", f"PRODID:{prodid}", "VERSION:2.0"]
    if outlook:
        lines += ["BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000",
                  "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
                  "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000",
                  "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
                  "END:VTIMEZONE"]
    lines += ["BEGIN:VEVENT"]
    lines += [f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    lines += [f'ATTENDEE;PARTSTAT={partstat};CN="{attendee_name}":mailto:{attendee_email}']
    if comment:
        lines += [f"COMMENT;LANGUAGE=en-GB:{comment}"]
    lines += [f"SUMMARY;LANGUAGE=en-GB:{summary}" if outlook else f"SUMMARY:{summary}"]
    if outlook:
        lines += [f"DTSTART;TZID=GMT Standard Time:{start_local}", f"DTEND;TZID=GMT Standard Time:{end_local}"]
    else:
        lines += [f"DTSTART:{start_local}", f"DTEND:{end_local}"]
    lines += [f"UID:{uid}", "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{stamp}", "TRANSP:OPAQUE",
              "STATUS:CONFIRMED", f"SEQUENCE:{seq}"]
    if location:
        lines += [f"LOCATION;LANGUAGE=en-GB:{location}" if outlook else f"LOCATION:{location}"]
    if outlook:
        lines += ["X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:-1",
                  "X-MICROSOFT-CDO-BUSYSTATUS:" + ("TENTATIVE" if partstat == "TENTATIVE" else "BUSY"),
                  "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
                  "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded = []
    for ln in lines:
        while len(ln.encode()) > 75:
            folded.append(ln[:74])
            ln = " " + ln[74:]
        folded.append(ln)
    return "\r\n".join(folded) + "\r\n"


# --------------------------------------------------------------------------------------------
# corpus bookkeeping
# --------------------------------------------------------------------------------------------

LABELS = []
FILES = {}

EXPECT_KEYS = ["kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed",
               "missing", "notice_ok", "next_action"]


def add(file, authority, mailbox, now, msg, expect, why, crlf=True, raw=None):
    e = dict(kind="step_up", urgent=False, level=None, case_ids=[], children=[], concerns=[], consent=None,
             manager_agreed=None, missing=[], notice_ok=None, next_action=None)
    e.update(expect)
    e["children"] = [{"name": n, "dob": d} for n, d in e["children"]]
    e["concerns"] = sorted(e["concerns"])
    e["missing"] = sorted(e["missing"])
    assert set(e) == set(EXPECT_KEYS), file
    FILES[file] = raw if raw is not None else to_bytes(msg, crlf)
    LABELS.append({"file": file, "authority": authority, "mailbox": mailbox, "now": now,
                   "expect": {k: e[k] for k in EXPECT_KEYS}, "why": why})


def notice(now_iso, meeting_date, required=5):
    today = dt.datetime.fromisoformat(now_iso).date()
    n = working_days_between(today, meeting_date)
    return n, n >= required


# --------------------------------------------------------------------------------------------
# signatures and disclaimers (written for this set)
# --------------------------------------------------------------------------------------------

KNOWSLEY_DISC = (
    "CONFIDENTIALITY NOTICE: The information in this email, and any attachment, is confidential and may be "
    "subject to legal professional privilege. It is for the named recipient(s) only. If you are not the intended "
    "recipient you must not read, copy, forward or act upon it; please tell the sender by return and delete the "
    "message from your system. Knowsley Metropolitan Borough Council accepts no responsibility for viruses and "
    "recommends you scan attachments. Emails to and from the Council may be monitored and may be disclosed under "
    "the Freedom of Information Act 2000 or the Data Protection Act 2018.")

RW_DISC = (
    "This email and any attachments are intended for the addressee only and may contain information that is "
    "sensitive, privileged or protected by law. If you have received it in error, please let the sender know "
    "straight away and permanently delete it; you must not use, disclose or copy any part of it. Richmond and "
    "Wandsworth Councils (the Shared Staffing Arrangement) may monitor and record emails for lawful business "
    "purposes. Please consider the environment before printing.")

TH_DISC = (
    "Disclaimer: This communication and any attachments are confidential and intended only for the person or "
    "organisation to whom it is addressed. If you are not the intended recipient please notify the sender by "
    "reply and delete it; any use, dissemination or copying of this message is prohibited. The London Borough of "
    "Tower Hamlets does not accept liability for any statement made which is clearly the sender's own and not "
    "expressly made on behalf of the Council. Communications may be monitored.")

TORBAY_DISC = (
    "Torbay Council - This e-mail (including attachments) is for the named addressee(s) only and may be "
    "protected by law. If you are not the intended recipient, please do not read, copy, use or disclose it; "
    "tell the sender and delete it. Views expressed are the author's own unless stated otherwise. Messages "
    "sent to or from Torbay Council may be recorded and monitored for business and security purposes.")

HEREF_DISC = (
    "Herefordshire Council: the contents of this email and any attachments are confidential and may be "
    "privileged. If you are not the addressee you may not copy, forward, disclose or otherwise use it or any part "
    "of it in any form whatsoever. If you have received this email in error please notify the sender and destroy "
    "the email and attachments. We may monitor email to and from our network.")

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


def knowsley_step_up_form(child_rows, case_id, taf, engagement, minutes, worried, past, complicating,
                          strengths, safety, goals, next_steps, scaling_q, scale, toolkit, gcp, mea, police,
                          manager, contingency, closed="No"):
    """The Knowsley 'FF Step Up request to CSC' (Appendix 1) as the Word form practitioners fill in."""
    scale_row = [""] * 11
    scale_row[scale] = "X"
    return [
        ("h", "FF Step Up request to CSC", 1),
        ("table", [["Child's name(s) and DOB:", child_rows], ["Case ID on EHM:", case_id],
                   ["Has this family recently closed to Children's Social Care?:", closed],
                   ["Date of step up TAF meeting:", taf],
                   ["Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):", engagement],
                   ["Recent TAF meeting minutes attached:", minutes]]),
        ("h", "What are we worried about?", 2),
        ("table", [["Current Concerns (Impact on child)", "Past Harm", "Complicating Factors"], [worried, past, complicating]]),
        ("h", "What is working well?", 2),
        ("table", [["Existing Strengths", "Existing Safety"], [strengths, safety]]),
        ("h", "What next?", 2),
        ("table", [["Goals", "Next Steps"], [goals, next_steps]]),
        ("p", f"Scaling Question: {scaling_q}"),
        ("table", [[str(i) for i in range(11)], scale_row]),
        ("p", "Have you considered/completed/reviewed if applicable:"),
        ("table", [["Engaging Families Toolkit - Signs of Well-being Family Engagement Risk Assessment Tool.", toolkit],
                   ["Graded Care profile (If neglect should be completed).", gcp],
                   ["Merseyside Exploitation Assessment - CE/CSE concern.", mea]]),
        ("table", [["Up to date police information if applicable:", police], ["Agreement by line manager:", manager],
                   ["Contingency plan (Smart and timely).", contingency],
                   ["Outcome and rationale (To be saved on both ICS and EHM with a case note.).", ""]]),
        ("p", "Step Up TAF Meeting Notes to be chaired by CSC Social Worker and minutes to be completed by MASH "
              "Business Support using the group supervision template."),
    ]


def ack_quote_outlook(mailbox_name, mailbox_addr, sent, to, ref, kind_word, missing_lines, footer):
    return (f"From: {mailbox_name} <{mailbox_addr}>\nSent: {sent}\nTo: {to}\n"
            f"Subject: [{ref}] {kind_word} request received - information needed\n\n"
            f"Thank you for your {kind_word.lower()} request. Your reference is {ref} - please keep it in the "
            f"subject line of any reply.\n\nWhat is missing:\n" + "\n".join(f"- {m}" for m in missing_lines)
            + f"\n\nPlease reply to this email with the missing item(s).\n\n{footer} (automated message)")


# ============================================================================================
# KNOWSLEY
# ============================================================================================

def knowsley():
    # ---- knowsley_01: complete neglect step-up, bullet list, three attachments ---------------
    seed = "k01"
    date = "Tue, 16 Mar 2027 09:37:12 +0000"
    now = "2027-03-16T09:45:00+00:00"
    n, ok = notice(now, dt.date(2027, 3, 24))
    assert (n, ok) == (6, True)
    blocks = [
        "Morning all,",
        "Step up request for the Dalton family attached - quick summary below so you don't have to open "
        "everything:",
        "\u2022 Child: Tommy-Lee Dalton, DoB 04.02.16 (Y5 at Northwood Juniors)\n"
        "\u2022 EHM-61408, open to FF at L3 since Sept\n"
        "\u2022 Concern is neglect - GCP2 done 09/03 and scores 4s across physical care and safety. No working "
        "fridge, dog mess in the kitchen again, TL in the same uniform all week and his head lice have not been "
        "treated since Jan\n"
        "\u2022 TM Cheryl Ashcroft (cc'd) has agreed the step up - discussed in supervision 12/03\n"
        "\u2022 Step up TAF: Weds 24th March, 10:00, Kirkby Family Hub (room 2). I'll send the invite to MASH + "
        "MASH BS and invite the current TAF members",
        "Attached: step up form, GCP2, TAF mins from 02/03.",
        "Cheers\nShauna",
        "Shauna Mercer\nFamily First Case Manager | Family First 0-18\nKnowsley Council\n"
        "T: 0151 496 0733 | M: 07700 900733",
        KNOWSLEY_DISC,
    ]
    form = knowsley_step_up_form(
        "Tommy-Lee Dalton - DOB 04/02/2016", "EHM-61408", "Wednesday 24/03/2027 at 10:00, Kirkby Family Hub (room 2)",
        "High - mum engages with all visits and TAFs; the difficulty is sustaining change, not engagement.",
        "Yes - TAF 02/03/2027",
        "Neglect: home conditions (no working fridge, dog mess in kitchen), Tommy-Lee in the same uniform all week, "
        "untreated head lice since January, often hungry at school.",
        "Neglect was addressed through an Early Help plan in 2023; it improved and the plan closed.",
        "Mum works two part-time jobs; very little family support nearby.",
        "Mum is warm with Tommy-Lee and is honest with workers.", "Grandad has Tommy-Lee for tea on Sundays.",
        "Tommy-Lee has a clean home, food every day and clean clothes for school.",
        "Step up TAF 24/03/2027; C&F assessment if agreed; breakfast club place.",
        "How well are Tommy-Lee's basic needs being met? (0 = not at all, 10 = fully)", 3, "N/A",
        "Completed 09/03/2027 - attached", "N/A", "N/A",
        "Agreed by Cheryl Ashcroft (Team Manager) 12/03/2027",
        "If not agreed: weekly home visits, school nurse review, GCP2 repeated in 6 weeks.")
    gcp = make_pdf("Graded Care Profile 2 (GCP2) - grade summary", "Shauna Mercer", [
        "# Graded Care Profile 2 (GCP2) - grade summary",
        "Child: Tommy-Lee Dalton    DOB: 04/02/2016    EHM: EHM-61408",
        "Assessor: Shauna Mercer, Family First    Date completed: 09/03/2027",
        "",
        "Area                                   Grade (1 best - 5 worst)",
        "Physical care - nutrition              4",
        "Physical care - housing                4",
        "Physical care - clothing               4",
        "Physical care - hygiene                4",
        "Physical care - health                 3",
        "Care of safety                         4",
        "Love and care                          2",
        "Stimulation and education              3",
        "",
        "Grades shared with mum on 09/03/2027. Mum agreed with the grades for housing and hygiene.",
    ])
    mins = make_docx("TAF minutes 02.03.2027 - Dalton", "Shauna Mercer", [
        ("h", "Team Around the Family - minutes", 1),
        ("table", [["Family", "Dalton"], ["Date", "02/03/2027"], ["Venue", "Northwood Juniors"],
                   ["Chair", "Shauna Mercer (Family First)"]]),
        ("h", "Present", 2),
        ("table", [["Name", "Role / agency"], ["Shauna Mercer", "Family First Case Manager"],
                   ["Ms L Dalton", "Mum"], ["Mr P Okafor", "Class teacher, Northwood Juniors"],
                   ["Ms J Quayle", "School nurse"]]),
        ("h", "Discussion", 2),
        ("p", "Home conditions reviewed: the fridge is still broken and the kitchen was dirty at the last two "
              "visits. School report Tommy-Lee is tired and wears the same uniform all week."),
        ("h", "Actions", 2),
        ("table", [["Action", "Who", "By"], ["Complete GCP2", "Shauna Mercer", "09/03/2027"],
                   ["Apply for fridge grant", "Mum / Shauna", "16/03/2027"],
                   ["Discuss step up with TM", "Shauna Mercer", "12/03/2027"]]),
    ])
    logo = make_png(40, 14, (0, 94, 133), (255, 255, 255))
    msg = outlook_mail(seed, outlook_headers(
        seed, addr("Mercer, Shauna", "Shauna.Mercer@knowsley.gov.uk"), K_MASH,
        "Step Up request - Dalton - EHM-61408 - TAF Weds 24/03", date,
        cc=", ".join([K_MASH_BS, addr("Ashcroft, Cheryl", "Cheryl.Ashcroft@knowsley.gov.uk")])),
        blocks[:-1] + [Img("image001.png@01DD9A2B.5C3E1F40", "image001.png", "Knowsley Council logo"), blocks[-1]],
        attachments=[Att("FF Step Up Request to CSC - Dalton.docx", make_docx("FF Step Up request to CSC", "Shauna Mercer", form), CT_DOCX),
                     Att("GCP2 - T Dalton - 09.03.27.pdf", gcp, CT_PDF),
                     Att("TAF mins 02.03.2027 Dalton.docx", mins, CT_DOCX)],
        images=[Att("image001.png", logo, "image/png", inline_cid="image001.png@01DD9A2B.5C3E1F40")])
    add("knowsley_01.eml", "knowsley", "mash_step_up", now, msg, dict(
        kind="step_up", case_ids=["EHM-61408"], children=[("Tommy-Lee Dalton", "2016-02-04")],
        concerns=["neglect"], consent=None, manager_agreed=True, missing=[], notice_ok=True,
        next_action="book_meeting"),
        "Complete Knowsley neglect step-up in a bullet list (form, GCP2 PDF for neglect and TAF minutes attached, "
        "TM agreed, case id, TAF date: nothing missing); TAF Wed 24 Mar 2027 10:00 is 6 WD after Tue 16 Mar, so notice ok (>=5); DoB '04.02.16'; the "
        "form's 'High' engagement is not a non-engagement concern; consent never mentioned.")

    # ---- knowsley_02: 'please see attached', everything in the form; Easter kills the notice --------
    seed = "k02"
    date = "Wed, 24 Mar 2027 14:02:51 +0000"
    now = "2027-03-24T14:10:00+00:00"
    n, ok = notice(now, dt.date(2027, 3, 31))
    assert (n, ok) == (3, False)
    form = knowsley_step_up_form(
        "Shea Brennan-Okoro - 11/09/2012\nPrecious Brennan-Okoro - 27/06/2017", "EHM-59920",
        "Wednesday 31st March 2027 at 1pm, Huyton Family Hub",
        "Low - Engaging Families Toolkit completed 18/03/2027 (attached). Mum has not engaged since December: "
        "6 missed home visits, did not attend the last 2 TAFs, not answering calls or texts.",
        "Yes - 10/03/2027",
        "Non-engagement: the family have not engaged with the plan since December and no professional has seen "
        "the children at home since 14 January. Shea's school attendance has dropped to 68% and Precious's to 79%.",
        "None known.", "Mum works nights; older brother (19) lives at home.",
        "Both children are doing well academically when in school.", "School see the children most days.",
        "The children are seen at home and attend school every day.",
        "Step up TAF 31/03/2027; joint visit with school; attendance panel.",
        "How confident are we that we know what life is like for the children at home? (0 = not at all)", 2,
        "Completed 18/03/2027 - attached. Scores show high risk of disengagement; all approaches tried (texts, "
        "letters, unannounced visits, joint visit with school, change of worker).",
        "N/A", "N/A", "None",
        "Yes - Ruth Lyons, TM, 22/03/2027",
        "Attendance panel referral; school to check in with both children daily.")
    toolkit = make_docx("Engaging Families Toolkit - Brennan-Okoro", "Darren Tyrer", [
        ("h", "Engaging Families Toolkit - Signs of Well-being Family Engagement Risk Assessment Tool", 1),
        ("table", [["Family", "Brennan-Okoro"], ["EHM", "EHM-59920"], ["Completed by", "Darren Tyrer"],
                   ["Date", "18/03/2027"]]),
        ("table", [["Approach tried", "Dates", "Outcome"],
                   ["Planned home visits", "07/01, 21/01, 04/02, 18/02, 04/03, 11/03", "No answer"],
                   ["Texts and letters", "Weekly since January", "No reply"],
                   ["Joint visit with school", "25/02/2027", "Mum did not attend"],
                   ["Change of worker offered", "February 2027", "Declined"]]),
        ("p", "What this tells us: the family's engagement is low and has been for three months; the risk of "
              "disengagement is high and further single-agency attempts are unlikely to work."),
    ])
    mins = make_pdf("TAF minutes 10.03.27 - Brennan-Okoro", "Darren Tyrer", [
        "# TAF meeting minutes - Brennan-Okoro family",
        "Date: 10/03/2027    Venue: Huyton Family Hub    Chair: Darren Tyrer",
        "Present: Darren Tyrer (Family First), Mrs S Halsall (attendance officer), Mr K Boateng (Head of Year 9)",
        "Apologies: Ms T Brennan (mum) - did not attend, no apology received",
        "",
        "School: Shea 68% this term, Precious 79%. Neither child has been seen at home since 14 January.",
        "Actions: Darren to complete the Engaging Families Toolkit by 19/03; discuss step up with TM.",
    ])
    msg = outlook_mail(seed, outlook_headers(
        seed, addr("Tyrer, Darren", "Darren.Tyrer@knowsley.gov.uk"), K_MASH, "step up - see attached", date,
        cc=K_MASH_BS),
        ["Hi,", "Please see attached. Invite to follow.", "Darren",
         "Darren Tyrer | Family First Practitioner | Knowsley Council | 0151 496 0588", KNOWSLEY_DISC],
        attachments=[Att("Step Up Request - Appendix 1 - Brennan-Okoro.docx", make_docx("FF Step Up request to CSC", "Darren Tyrer", form), CT_DOCX),
                     Att("Engaging Families Toolkit - Brennan-Okoro.docx", toolkit, CT_DOCX),
                     Att("TAF minutes 10.03.27.pdf", mins, CT_PDF)])
    add("knowsley_02.eml", "knowsley", "mash_step_up", now, msg, dict(
        kind="step_up", case_ids=["EHM-59920"],
        children=[("Shea Brennan-Okoro", "2012-09-11"), ("Precious Brennan-Okoro", "2017-06-27")],
        concerns=["non_engagement", "school_attendance"], manager_agreed=True, missing=[], notice_ok=False,
        next_action="request_info"),
        "Body is only 'Please see attached': child, case id, TAF date, non-engagement and TM agreement are all in the "
        "Appendix 1 form, Engaging Families toolkit and TAF minutes attached (nothing missing); but TAF Wed 31 Mar "
        "1pm is only 3 WD after Wed 24 Mar because Good Friday 26 Mar and Easter Monday 29 Mar 2027 are bank "
        "holidays (a weekday count gives 5), so notice not ok -> request_info.")

    # ---- knowsley_03: URGENT (missing 13-year-old, not reported), iPhone -------------------------------
    seed = "k03"
    date = "Thu, 18 Mar 2027 07:48:33 +0000"
    now = "2027-03-18T07:55:00+00:00"
    text = (
        "Hi MASH\n\n"
        "Sorry for the early email. Kacey-Jo Pennington (13, DOB 22/10/2013) EHM-60577 hasn't been home since she "
        "left school on Tuesday at 3pm. Mum only told me last night at 9 when I rang her about something else - she "
        "hasn't reported her to the police because \"she always comes back\". That's nearly two days now. Her "
        "phone is going straight to voicemail and her friend told school she got into a silver car with an older "
        "lad (19 or 20) outside Asda in Kirkby on Tuesday. Last month she came back from a night away with a new "
        "phone and designer trainers she couldn't explain, which is why I've been working towards a step up for exploitation.\n\n"
        "I'm ringing Merseyside Police now to report her missing and then I'll phone your duty line.\n\n"
        "My TM Cheryl Ashcroft agreed the step up in supervision last week. Step up form attached - I'd done it "
        "ready for next week. I'll send the TAF minutes later today and the Merseyside Exploitation Assessment "
        "when it's finished. We'll need a step up TAF as soon as we can get one.\n\n"
        "Gemma\n\nSent from my iPhone")
    form = knowsley_step_up_form(
        "Kacey-Jo Pennington - 22/10/2013", "EHM-60577", "TBC",
        "Medium - mum engages with visits but minimises the risks.", "To follow",
        "Suspected child criminal exploitation: associating with older males, unexplained phone, trainers and "
        "cash; two missing episodes in February (both overnight).",
        "None known.", "Mum works shifts; Kacey-Jo's older cousin is linked to the same group.",
        "Kacey-Jo likes her form tutor and attends boxing club.", "Nan's house is a safe place for her.",
        "Kacey-Jo is safe from exploitation and comes home every night.", "Step up TAF; Merseyside Exploitation Assessment.",
        "How safe is Kacey-Jo when she is out of the house? (0 = not safe)", 2, "N/A", "N/A",
        "In progress - to follow", "Two missing episodes reported in February (found next day both times).",
        "Cheryl Ashcroft (TM) - agreed in supervision 11/03/2027",
        "Return home interviews; disruption plan with police.")
    msg = apple_mail(seed, [
        ("From", addr("Gemma Toolan", "Gemma.Toolan@knowsley.gov.uk")), ("To", K_MASH),
        ("Subject", "Kacey-Jo Pennington EHM-60577 - not been home since Tues"), ("Date", date),
        ("Message-ID", f"<{H(seed, 8)}-{H(seed + 'a', 4)}-{H(seed + 'b', 4)}-{H(seed + 'c', 4)}-{H(seed + 'd', 12)}@knowsley.gov.uk>"),
        ("X-Mailer", "iPhone Mail (22D82)")],
        text, attachments=[Att("FF step up form KJ Pennington.docx", make_docx("FF Step Up request to CSC", "Gemma Toolan", form), CT_DOCX)])
    add("knowsley_03.eml", "knowsley", "mash_step_up", now, msg, dict(
        kind="step_up", urgent=True, case_ids=["EHM-60577"], children=[("Kacey-Jo Pennington", "2013-10-22")],
        concerns=["exploitation", "missing"], manager_agreed=True,
        missing=["exploitation_assessment", "meeting_details", "taf_minutes"], notice_ok=None,
        next_action="alert_duty"),
        "Urgent without the usual words: a 13-year-old missing for two days, not reported, last seen getting into an "
        "older male's car; the step-up itself lacks TAF minutes and the Merseyside Exploitation Assessment "
        "(exploitation concern) and has no TAF date ('TBC', so meeting_details missing and notice ok null).")

    # ---- knowsley_04: complete Level 2 step-down, Outlook HTML with a table ---------------------------
    seed = "k04"
    date = "Mon, 15 Mar 2027 11:12:40 +0000"
    now = "2027-03-15T11:20:00+00:00"
    n, ok = notice(now, dt.date(2027, 3, 24))
    assert (n, ok) == (7, True)
    blocks = [
        "Good morning Family First Duty,",
        "Please accept this email as notice that I intend to step Mia down from Child in Need to Level 2 support "
        "at her final CIN meeting. Details as follows:",
        Table([["Child", "DOB", "ICS ID"], ["Mia Fairhurst", "09/07/2014", "ICS-1322870"]]),
        "Final CIN meeting: Wednesday 24th March 2027, 2.00pm\nVenue: Whiston Family Hub, first floor meeting room",
        "Lead Practitioner: Miss Hollie Brandreth, Pastoral Manager at Cronton Park High School - she has agreed to "
        "take on the lead role and complete the EHA.",
        "What are we worried about?\nMum's cannabis use - much reduced, but she still smokes most evenings. Mia's "
        "attendance is 87% with lates most Mondays.",
        "What is working well?\nMum has attended Change Grow Live every week since November. Mia has a good "
        "relationship with Miss Brandreth and goes to homework club twice a week.",
        "What needs to happen?\nSchool to complete an EHA and hold the first TAF within 6 weeks; mum to carry on "
        "with Change Grow Live; attendance monitored fortnightly by the EWO.",
        "Mum knows about the plan and has agreed to Level 2 support through school. My manager Beverley Sandford "
        "agrees with the step down.",
        "Kind regards\nCiar\u00e1n",
        "Ciar\u00e1n \u00d3 D\u00e1laigh\nSocial Worker | Child in Need Team (Halewood & Whiston)\n"
        "Knowsley Children's Social Care | 0151 496 0816",
        KNOWSLEY_DISC,
    ]
    msg = outlook_mail(seed, outlook_headers(
        seed, addr("\u00d3 D\u00e1laigh, Ciar\u00e1n", "Ciaran.ODalaigh@knowsley.gov.uk"), K_FF,
        "Step down to Level 2 - Mia Fairhurst - ICS-1322870", date,
        cc=addr("Sandford, Beverley", "Beverley.Sandford@knowsley.gov.uk")), blocks)
    add("knowsley_04.eml", "knowsley", "early_help_duty", now, msg, dict(
        kind="step_down", level=2, case_ids=["ICS-1322870"], children=[("Mia Fairhurst", "2014-07-09")],
        concerns=["school_attendance", "substance_misuse"], consent=True, manager_agreed=True, missing=[],
        notice_ok=True, next_action="book_meeting"),
        "Complete Knowsley Level 2 step-down (Outlook HTML table for the child; date, time and venue of the final "
        "CIN; all three Signs of Safety headings; lead practitioner named with her school: every L2 requirement met); "
        "Wed 24 Mar is 7 WD after Mon 15 Mar, so notice ok (>=5); sender's name has Irish accents.")

    # ---- knowsley_05: step-down, no level (so L3 rules), consent never mentioned; DOBs in words -------
    seed = "k05"
    date = "Thu, 25 Mar 2027 15:58:02 +0000"
    now = "2027-03-25T16:05:00+00:00"
    n, ok = notice(now, dt.date(2027, 4, 6))
    assert (n, ok) == (6, True)
    text = (
        "Hi Duty,\n\n"
        "I'm writing re the Concannon girls, who I'm hoping to step down to Family First once my C&F assessment "
        "is signed off.\n\n"
        "Aoife - born on the second of February 2015 - ICS-1309154\n"
        "R\u00f3is\u00edn - born on the nineteenth of September 2019 - ICS-1309155\n\n"
        "Both live with mum (Siobhan Concannon) and her partner in Prescot.\n\n"
        "I'd like to do the joint home visit with a Family First case manager on Tuesday 6th April at 10am at "
        "the family home, 27 Sorrel Way, Prescot.\n\n"
        "WHAT ARE WE WORRIED ABOUT\n"
        "Mum's anxiety and low mood since her dad died in the autumn - on bad days she struggles to get the girls "
        "to school. Aoife's attendance is 82%.\n\n"
        "WHAT'S WORKING WELL\n"
        "Mum is seeing her GP and has started talking therapy. Her partner does the school run on his days off. "
        "Both girls are healthy and R\u00f3is\u00edn loves her Year 2 class.\n\n"
        "WHAT NEEDS TO HAPPEN\n"
        "A Family First case manager to co-ordinate a TAF; attendance plan for Aoife with school; mum to "
        "continue with talking therapy; review in 6 weeks.\n\n"
        "Ta,\nYvonne\n\n"
        "Yvonne Quirke\nSocial Worker - Assessment Team\nKnowsley Children's Social Care\n0151 496 0907\n\n"
        + KNOWSLEY_DISC + "\n")
    msg = plain_mail(outlook_headers(
        seed, addr("Quirke, Yvonne", "Yvonne.Quirke@knowsley.gov.uk"), K_FF,
        "Step down to Family First - CONCANNON - ICS-1309154 / ICS-1309155", date), text, cs="windows-1252",
        cte="qp")
    add("knowsley_05.eml", "knowsley", "early_help_duty", now, msg, dict(
        kind="step_down", level=None, case_ids=["ICS-1309154", "ICS-1309155"],
        children=[("Aoife Concannon", "2015-02-02"), ("R\u00f3is\u00edn Concannon", "2019-09-19")],
        concerns=["parental_mental_health", "school_attendance"], consent=None, manager_agreed=None,
        missing=["consent"], notice_ok=True, next_action="request_info"),
        "windows-1252 QP plain text; children given by first name with the surname in the subject/mum's name, DOBs "
        "in words; no level stated, so Knowsley treats it as Level 3 and needs consent, which is never mentioned "
        "(consent null -> missing); joint visit Tue 6 Apr 10am at the family home is 6 WD after Thu 25 Mar "
        "(26 and 29 Mar are Easter bank holidays), so notice ok.")

    # ---- knowsley_06: follow-up with [SB-] reference adding TAF minutes and the TAF date ---------------
    seed = "k06"
    date = "Fri, 19 Mar 2027 10:21:09 +0000"
    now = "2027-03-19T10:30:00+00:00"
    ack_id = "<SB-knowsley-58.ack.20270318143000@knowsley.gov.uk>"
    blocks = [
        "Hi,",
        "Sorry - TAF minutes from 16/03 now attached for Harvey Kinsella (EHM-60102). The step up TAF is booked for "
        "Wednesday 7th April at 10am, Halewood Family Hub, and I've sent the invite to MASH and MASH business "
        "support.",
        "Thanks\nAbi",
        "Abimbola Hughes | Family First Case Manager | Knowsley Council | 0151 496 0654",
        ack_quote_outlook("Knowsley MASH", "knowsleymash@knowsley.gov.uk", "18 March 2027 14:30",
                          "Hughes, Abimbola <Abimbola.Hughes@knowsley.gov.uk>", "SB-knowsley-58", "Step-up",
                          ["Recent TAF meeting minutes", "Date and time of the step-up TAF meeting"],
                          "Knowsley MASH"),
        KNOWSLEY_DISC,
    ]
    mins = make_pdf("TAF minutes 16.03.2027 - Kinsella", "Abimbola Hughes", [
        "# Team Around the Family - minutes",
        "Family: Kinsella    Date: 16/03/2027    Venue: Halewood Family Hub",
        "Chair: Abimbola Hughes (Family First)",
        "Present: Abimbola Hughes; Ms D Kinsella (mum); Mr R Fenlon (Head of Year 7); Ms A Begum (school nurse)",
        "",
        "Review of actions from the last TAF: 2 of 5 completed.",
        "Agreed: Abi to discuss a step up with her Team Manager and book a step up TAF with MASH.",
        "Next TAF: to be confirmed after the step up meeting.",
    ])
    msg = outlook_mail(seed, outlook_headers(
        seed, addr("Hughes, Abimbola", "Abimbola.Hughes@knowsley.gov.uk"), K_MASH,
        "RE: [SB-knowsley-58] Step-up request received - information needed", date, in_reply_to=ack_id), blocks,
        attachments=[Att("TAF minutes 16.03.2027 - Kinsella.pdf", mins, CT_PDF)])
    add("knowsley_06.eml", "knowsley", "mash_step_up", now, msg, dict(
        kind="follow_up", case_ids=["EHM-60102"], children=[("Harvey Kinsella", None)], concerns=[], missing=[],
        notice_ok=None, next_action="attach_to_request"),
        "Outlook reply to [SB-knowsley-58] supplying the TAF minutes and TAF date the acknowledgement asked for: a "
        "follow_up, so missing [] and notice null; the quoted 'What is missing:' list is not a 'missing' concern.")

    # ---- knowsley_07: follow-up WITHOUT a reference: the TM confirms agreement -----------------------
    seed = "k07"
    date = "Mon, 22 Mar 2027 12:06:44 +0000"
    now = "2027-03-22T12:15:00+00:00"
    orig_id = outlook_ids("k07-original")
    blocks = [
        "Hi MASH,",
        "Just to confirm for your records that I have discussed Lily-Mae's step up with Jade in supervision this "
        "morning and I agree with it. Apologies that this wasn't in Jade's original email.",
        "Ruth",
        "Ruth Lyons\nTeam Manager - Family First 0-18 (Kirkby)\nKnowsley Council | 0151 496 0462",
        "From: Sherlock, Jade <Jade.Sherlock@knowsley.gov.uk>\nSent: 19 March 2027 16:44\n"
        "To: Knowsley MASH <knowsleymash@knowsley.gov.uk>\n"
        "Cc: MASH Business Support <Mash.Businesssupport@knowsley.gov.uk>; Lyons, Ruth <Ruth.Lyons@knowsley.gov.uk>\n"
        "Subject: Step up request - Lily-Mae Gorman - EHM-61733",
        "Hi,",
        "Please find attached the step up form and TAF minutes for Lily-Mae Gorman, EHM-61733. Step up TAF "
        "proposed for Wednesday 31st March at 10am - invite to follow.",
        "Jade",
        KNOWSLEY_DISC,
    ]
    msg = outlook_mail(seed, outlook_headers(
        seed, addr("Lyons, Ruth", "Ruth.Lyons@knowsley.gov.uk"), K_MASH,
        "RE: Step up request - Lily-Mae Gorman - EHM-61733", date,
        cc=", ".join([K_MASH_BS, addr("Sherlock, Jade", "Jade.Sherlock@knowsley.gov.uk")]), in_reply_to=orig_id),
        blocks)
    add("knowsley_07.eml", "knowsley", "mash_step_up", now, msg, dict(
        kind="follow_up", case_ids=["EHM-61733"], children=[("Lily-Mae Gorman", None)], concerns=[],
        manager_agreed=True, missing=[], notice_ok=None, next_action="attach_to_request"),
        "Team manager's 'RE:' to the worker's earlier step-up (no [SB-] reference) adding her agreement: a follow_up "
        "(reference null) with manager_agreed true; follow-ups carry no requirements, so missing [] and notice null "
        "even though the quoted request proposes a TAF date.")

    # ---- knowsley_08: Outlook iTIP REPLY, DECLINED with a comment ----------------------------------
    seed = "k08"
    date = "Tue, 23 Mar 2027 08:14:27 +0000"
    now = "2027-03-23T08:20:00+00:00"
    cal = ical_reply("SB-knowsley-61-taf-20270331@stepbot.knowsley.gov.uk", "Declined: Step-up TAF meeting [SB-knowsley-61]",
                     "20270331T100000", "20270331T113000", "Garvey, Declan", "d.garvey@hollinsbrook.knowsley.sch.uk",
                     "DECLINED", ("Knowsley MASH", "knowsleymash@knowsley.gov.uk"),
                     comment="Apologies - I am on the Year 7 residential that week. Our DSL Mrs Okoro will attend in my place.",
                     stamp="20270323T081427Z", location="Huyton Family Hub")
    alt = MIMEMultipart("alternative", boundary=f"_000_{H(seed, 36)}GBRP265PRODOUTLOOKCOM_")
    alt.attach(text_part("Apologies - I am on the Year 7 residential that week. Our DSL Mrs Okoro will attend in my place.\n",
                         "plain", "utf-8", "qp"))
    alt.attach(text_part('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
                         '<div>Apologies - I am on the Year 7 residential that week. Our DSL Mrs Okoro will attend in my '
                         'place.</div></body></html>\n', "html", "utf-8", "qp"))
    calp = text_part(cal, "calendar", "utf-8", "b64")
    calp.set_param("method", "REPLY")
    alt.attach(calp)
    msg = finish(alt, outlook_headers(seed, addr("Garvey, Declan", "d.garvey@hollinsbrook.knowsley.sch.uk"), K_MASH,
                                      "Declined: Step-up TAF meeting [SB-knowsley-61]", date)
                 + [("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB")])
    add("knowsley_08.eml", "knowsley", "mash_step_up", now, msg, dict(
        kind="meeting_reply", next_action="record_reply"),
        "Outlook iTIP REPLY from a school (text/calendar; method=REPLY, base64, PARTSTAT=DECLINED with a COMMENT "
        "naming a substitute) for [SB-knowsley-61]: record_reply, no request fields.")


# ============================================================================================
# RICHMOND & WANDSWORTH
# ============================================================================================

def case_summary_docx(title, author, rows, sections):
    blocks = [("h", "Case Summary", 1), ("table", rows)]
    for head, body in sections:
        blocks += [("h", head, 2), ("p", body)]
    return make_docx(title, author, blocks)


def richmond_wandsworth():
    # ---- rw_01: complete step-up forwarded by the EH team manager; negation trap ------------------
    seed = "rw01"
    date = "Wed, 17 Mar 2027 15:44:18 +0000"
    now = "2027-03-17T15:50:00+00:00"
    blocks = [
        "Dear MASH Step Up,",
        "I'm requesting a step up to Children's Services for Ffion Gallacher (DOB 13/05/2018), Mosaic 2304417. "
        "Tariq and I went through the case together this afternoon and I agree the threshold for step up is met. "
        "His note is below and the latest case summary is attached.",
        "RATIONALE FOR STEP UP:\n"
        "Dad (sole carer) has been drinking heavily since his partner left in January. Over the last six weeks "
        "Tariq has found no food in the house on four visits, Ffion has been sent to school in the same clothes "
        "for days at a time and she has a decayed back tooth that hasn't been treated although three dental "
        "appointments were booked. The Early Help plan has not made enough difference and we think the neglect "
        "now needs a statutory assessment.",
        "To be clear, this is a planned step up. Tariq saw Ffion at school today; she is not hurt, and I don't "
        "believe she is in any danger tonight - nothing needs to happen before the case discussion.",
        "Regards\nEluned",
        "Eluned Pryce-Jones\nEarly Help Team Manager (Richmond South)\nRichmond and Wandsworth Councils\n"
        "Tel: 020 7946 0562",
        "From: Haidari, Tariq <Tariq.Haidari@richmondandwandsworth.gov.uk>\nSent: 17 March 2027 11:02\n"
        "To: Pryce-Jones, Eluned <Eluned.Pryce-Jones@richmondandwandsworth.gov.uk>\n"
        "Subject: step up for Ffion - Mosaic 2304417",
        "Eluned - as discussed I think we're at step up for Ffion. Dad was drunk again when I called round on "
        "Monday (11am) and there was nothing in the fridge apart from cans. Case summary updated and attached. "
        "Can we talk after your 2pm?\nT",
        "Tariq Haidari | Early Help Practitioner | 020 7946 0571",
        RW_DISC,
    ]
    summ = make_pdf("Case Summary - F Gallacher", "Tariq Haidari", [
        "# Early Help Case Summary",
        "Child: Ffion Gallacher    DOB: 13/05/2018    Mosaic ID: 2304417",
        "Household: Dad (Mr R Gallacher), Ffion",
        "Open to Early Help since: 06/10/2026    Worker: Tariq Haidari",
        "",
        "# Summary of involvement",
        "Referred by school in October 2026 after Ffion arrived hungry and unkempt on several days.",
        "Early Help plan: food bank referral, dental registration, support for dad with routines.",
        "Since January dad's drinking has increased and the plan has stalled.",
        "# Current worries",
        "No food in the house on four visits; untreated tooth decay; same clothes for days.",
        "# Strengths",
        "Ffion is bright and sociable; paternal aunt is willing to help.",
    ])
    msg = outlook_mail(seed, outlook_headers(
        seed, addr("Pryce-Jones, Eluned", "Eluned.Pryce-Jones@richmondandwandsworth.gov.uk"), RW_MASH,
        "FW: step up for Ffion - Mosaic 2304417", date,
        cc=addr("Haidari, Tariq", "Tariq.Haidari@richmondandwandsworth.gov.uk")), blocks,
        attachments=[Att("Case Summary - F Gallacher - 17.03.27.pdf", summ, CT_PDF)])
    add("richmond_wandsworth_01.eml", "richmond_wandsworth", "mash_step_up", now, msg, dict(
        kind="step_up", case_ids=["2304417"], children=[("Ffion Gallacher", "2018-05-13")],
        concerns=["neglect", "substance_misuse"], manager_agreed=True, missing=[], next_action="book_meeting"),
        "Complete R&W step-up sent by the Early Help Team Manager as a 'FW:' of the worker's note: case summary PDF "
        "attached and rationale pasted under an ALL-CAPS heading; not urgent - 'she is not hurt' and 'I don't "
        "believe she is in any danger tonight' are negations; R&W step-up needs case_summary and rationale, both met, "
        "so missing [], and it has no notice period, so notice null.")

    # ---- rw_02: step-up whose case summary .docx is truncated (unreadable) --------------------------
    seed = "rw02"
    date = "Mon, 22 Mar 2027 17:51:37 +0000"
    now = "2027-03-22T18:00:00+00:00"
    text = (
        "Hi MASH,\n\n"
        "Step up request for Sipho Mbatha (DOB 30/11/2011) and Themba Mbatha (DOB 08/08/2014) - Mosaic 2287730 "
        "and 2287731.\n\n"
        "Rationale for step up\n"
        "Mum's mental health has deteriorated sharply since February (two periods under the Home Treatment Team). "
        "Sipho (15) is now doing most of the care for his brother and for mum - cooking, getting Themba to school "
        "and managing mum's medication - and his own attendance has dropped to 71%. Early Help has provided a "
        "young carers referral and family support since October but the caring load is beyond what we can "
        "manage at this level.\n\n"
        "I agree the step up. Case summary attached.\n\n"
        "Adaeze\n\n"
        "Adaeze Nwosu-Fletcher\nEarly Help Team Manager (Wandsworth East)\n020 7946 0518\n\n"
        "Get Outlook for iOS\n")
    full = case_summary_docx("Case summary - Mbatha", "Adaeze Nwosu-Fletcher",
                             [["Children", "Sipho Mbatha, Themba Mbatha"], ["Mosaic", "2287730 / 2287731"]],
                             [("Summary", "Open to Early Help since October 2026.")])
    broken = full[:1536]  # upload cut off mid-file: not a readable zip/docx
    msg = outlook_mail(seed, outlook_headers(
        seed, addr("Adaeze Nwosu-Fletcher", "Adaeze.Nwosu-Fletcher@richmondandwandsworth.gov.uk"), RW_MASH,
        "Step up \u2013 Mbatha brothers", date), [text.rstrip("\n")], plain_only=True,
        attachments=[Att("Case summary - Mbatha - March 27.docx", broken, CT_DOCX)])
    add("richmond_wandsworth_02.eml", "richmond_wandsworth", "mash_step_up", now, msg, dict(
        kind="step_up", case_ids=["2287730", "2287731"],
        children=[("Sipho Mbatha", "2011-11-30"), ("Themba Mbatha", "2014-08-08")],
        concerns=["parental_mental_health", "school_attendance", "young_carer"], manager_agreed=True,
        missing=["case_summary"], next_action="request_info"),
        "Rationale pasted under its own heading, but the only case summary is a .docx truncated to 1.5 KB (not a "
        "readable zip): an unreadable attachment is refused and meets nothing, so case_summary is missing.")

    # ---- rw_03: complete step-down, Polish names, QP body, RFC 2231 attachment name -----------------
    seed = "rw03"
    date = "Thu, 18 Mar 2027 10:03:55 +0000"
    now = "2027-03-18T10:10:00+00:00"
    blocks = [
        "Dear Duty Team Manager,",
        "Thank you for the call this morning. As agreed, I'm confirming the step-down case discussion for the "
        "Wr\u00f3bel children on Tuesday 23rd March at 11:30 on Teams.",
        "Zuzanna Wr\u00f3bel \u2013 DOB 17.01.2013 \u2013 Mosaic 2261905\n"
        "J\u0119drzej Wr\u00f3bel \u2013 DOB 03.06.2016 \u2013 Mosaic 2261906",
        "The family have been on a Child in Need plan since last summer and the plan's goals have been met. The "
        "remaining need is support for J\u0119drzej, who is autistic and waiting for an EHCP needs assessment, and "
        "for mum with the EHCP process.",
        "Both parents have consented to Early Help continuing the plan, and Zuzanna has said she is happy with "
        "it too. My manager, Oliver Stanhope, has agreed the step down.",
        "Attached are the latest case summary and our draft plan for Early Help.",
        "Many thanks,\nHannah",
        "Hannah Oyelowo\nSocial Worker, Child in Need Team (Richmond)\nTel: 020 7946 0733",
        RW_DISC,
    ]
    summ = case_summary_docx("Case summary - Wr\u00f3bel children", "Hannah Oyelowo",
                             [["Children", "Zuzanna Wr\u00f3bel (17/01/2013), J\u0119drzej Wr\u00f3bel (03/06/2016)"],
                              ["Mosaic IDs", "2261905, 2261906"], ["Household", "Mum, dad, Zuzanna, J\u0119drzej"]],
                             [("Summary of involvement", "Child in Need plan since July 2026; all goals met at the "
                                                         "review on 08/03/2027."),
                              ("Remaining needs", "J\u0119drzej's autism and the EHCP needs assessment; support for "
                                                  "mum with the process."),
                              ("Strengths", "Warm, stable home; both parents work with professionals.")])
    plan = make_docx("Draft Early Help plan - Wr\u00f3bel", "Hannah Oyelowo", [
        ("h", "Draft plan for Early Help", 1),
        ("table", [["Need", "Action", "Who", "When"],
                   ["EHCP needs assessment", "Support mum to submit parental views", "Early Help worker", "April 2027"],
                   ["Sensory needs at home", "Occupational therapy advice", "OT / Early Help worker", "May 2027"],
                   ["Review", "Step-down review meeting", "Early Help Manager", "Within 4 weeks of handover"]]),
    ])
    msg = outlook_mail(seed, outlook_headers(
        seed, addr("Oyelowo, Hannah", "Hannah.Oyelowo@richmondandwandsworth.gov.uk"), RW_EH,
        "Step down \u2013 Wr\u00f3bel children \u2013 case discussion Tues 23/3", date), blocks,
        attachments=[Att("Case summary - Wrobel children.docx", summ, CT_DOCX),
                     Att("Draft Early Help plan \u2013 Wr\u00f3bel.docx", plan, CT_DOCX, rfc2231=True)])
    add("richmond_wandsworth_03.eml", "richmond_wandsworth", "early_help_duty", now, msg, dict(
        kind="step_down", case_ids=["2261905", "2261906"],
        children=[("Zuzanna Wr\u00f3bel", "2013-01-17"), ("J\u0119drzej Wr\u00f3bel", "2016-06-03")],
        concerns=["disability_send"], consent=True, manager_agreed=True, missing=[], next_action="book_meeting"),
        "Complete R&W step-down: case summary and draft Early Help plan attached (one name RFC 2231-encoded), both "
        "parents consented, so all R&W step-down requirements (case_summary, draft_plan, consent) are met; Polish "
        "names in a QP body and RFC 2047 subject, DOBs as 17.01.2013; no notice period, so notice null.")

    # ---- rw_04: step-down, case summary pasted under heading, consent DECLINED, HTML only ----------
    seed = "rw04"
    date = "Fri, 19 Mar 2027 13:27:06 +0000"
    now = "2027-03-19T13:35:00+00:00"
    blocks = [
        "Hi Early Help Duty,",
        "Following my call with Femi on Wednesday, I'm confirming our step-down case discussion for Saoirse "
        "N\u00ed Mhurch\u00fa (DOB 25/12/2010), Mosaic 2279018, on Thursday 25th March at 2pm, Wandsworth Town "
        "Hall, room 4.",
        "CASE SUMMARY\n"
        "Saoirse lives with her mum and younger half-brother in Battersea. She has been on a Child in Need plan "
        "since September 2026 because of school refusal and anxiety. She is now working with CAMHS and attends a "
        "college course three days a week. Mum has supported the plan throughout.\n"
        "Remaining needs: Saoirse's attendance at college (around 70%) and ongoing support with her anxiety.",
        "The draft plan for Early Help is attached.",
        "Consent: mum has declined consent to Early Help at this point - she feels the family don't need another "
        "service. I'd still like to talk it through at the case discussion, as Saoirse herself would like to keep "
        "a worker.",
        "Niamh",
        "Niamh Fitzgerald | Social Worker | Children's Social Care (Wandsworth) | 020 7946 0749",
        RW_DISC,
    ]
    plan = make_docx("Draft EH plan - S Ni Mhurchu", "Niamh Fitzgerald", [
        ("h", "Draft plan for Early Help", 1),
        ("table", [["Need", "Action", "Who", "When"],
                   ["College attendance", "Attendance plan and weekly check-in", "College tutor", "From April 2027"],
                   ["Anxiety", "Continue CAMHS; anxiety group", "CAMHS / Early Help worker", "Ongoing"]]),
    ])
    msg = outlook_mail(seed, outlook_headers(
        seed, addr("Fitzgerald, Niamh", "Niamh.Fitzgerald@richmondandwandsworth.gov.uk"), RW_EH,
        "Step down - Saoirse N\u00ed Mhurch\u00fa - Mosaic 2279018", date), blocks, html_only=True,
        attachments=[Att("Draft EH plan - S Ni Mhurchu.docx", plan, CT_DOCX)])
    add("richmond_wandsworth_04.eml", "richmond_wandsworth", "early_help_duty", now, msg, dict(
        kind="step_down", case_ids=["2279018"], children=[("Saoirse N\u00ed Mhurch\u00fa", "2010-12-25")],
        concerns=["school_attendance"], consent=False, manager_agreed=None, missing=["consent"],
        next_action="request_info"),
        "HTML-only step-down: case summary pasted under its own CASE SUMMARY heading and draft plan attached, but "
        "mum 'has declined consent' (consent false, so the consent requirement is not met).")

    # ---- rw_05: follow-up WITHOUT a reference adding new information ---------------------------------
    seed = "rw05"
    date = "Tue, 23 Mar 2027 09:12:30 +0000"
    now = "2027-03-23T09:20:00+00:00"
    blocks = [
        "Morning,",
        "Just to add before the case discussion - school rang me this morning: Tobi's attendance has dropped to "
        "64% this half term and Damilola has been late 11 times since February. Please add this to what you "
        "already have.",
        "Seren",
        "Seren Lloyd-Hughes\nEarly Help Team Manager (Richmond North)\nTel: 020 7946 0547",
        RW_DISC,
        "From: Lloyd-Hughes, Seren\nSent: 22 March 2027 16:05\nTo: MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk>\n"
        "Subject: Step up - Adebayo children (Mosaic 2311650 / 2311651)",
        "Hi MASH,",
        "Step up request for Tobi Adebayo and Damilola Adebayo - case summary and rationale attached.",
        "Seren",
    ]
    msg = outlook_mail(seed, outlook_headers(
        seed, addr("Lloyd-Hughes, Seren", "Seren.Lloyd-Hughes@richmondandwandsworth.gov.uk"), RW_MASH,
        "RE: Step up - Adebayo children (Mosaic 2311650 / 2311651)", date, in_reply_to=outlook_ids("rw05-orig")),
        blocks)
    add("richmond_wandsworth_05.eml", "richmond_wandsworth", "mash_step_up", now, msg, dict(
        kind="follow_up", case_ids=["2311650", "2311651"],
        children=[("Tobi Adebayo", None), ("Damilola Adebayo", None)], concerns=["school_attendance"],
        missing=[], next_action="attach_to_request"),
        "'RE:' to the manager's own step-up of the day before (no [SB-] reference) adding attendance information: "
        "follow_up (reference null), no requirements so missing [] and notice null; the quoted original only says "
        "documents were attached.")

    # ---- rw_06: NHS out-of-office, ISO-8859-1, boilerplate safeguarding/urgent wording -------------
    seed = "rw06"
    date = "Fri, 26 Mar 2027 08:02:11 +0000"
    now = "2027-03-26T08:05:00+00:00"
    text = (
        "Thank you for your email.\n\n"
        "I am on annual leave and will return on Wednesday 7th April 2027. Your email will not be forwarded.\n\n"
        "For urgent safeguarding matters please contact the Safeguarding Children Team on 020 7946 0872 (Mon-Fri "
        "9-5) or, out of hours, the hospital switchboard on 020 7946 0000. If a child is in immediate danger call "
        "999.\n\n"
        "Health visiting clinic bookings: 020 7946 0878 - the Tuesday drop-in at the Caf\u00e9 Caritas community room "
        "continues as normal (\u00a32 parking at the front).\n\n"
        "Bronwen Whittaker\nSpecialist Health Visitor (Safeguarding)\n")
    msg = plain_mail([
        ("From", addr("WHITTAKER, Bronwen (RICHMOND COMMUNITY HEALTH NHS TRUST)", "bronwen.whittaker3@nhs.net")),
        ("To", RW_EH),
        ("Subject", "Automatic reply: [SB-richmond_wandsworth-77] Step-down case discussion - invitation"),
        ("Date", date), ("Message-ID", f"<{h(seed, 32)}@AM6PR0102MB3224.eurprd01.prod.exchangelabs.com>"),
        ("In-Reply-To", "<SB-richmond_wandsworth-77.invite.20270326080000@richmondandwandsworth.gov.uk>"),
        ("References", "<SB-richmond_wandsworth-77.invite.20270326080000@richmondandwandsworth.gov.uk>"),
        ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "bronwen.whittaker3@nhs.net")], text, cs="iso-8859-1", cte="qp")
    add("richmond_wandsworth_06.eml", "richmond_wandsworth", "early_help_duty", now, msg, dict(
        kind="auto_reply", next_action="ignore"),
        "NHSmail out-of-office (Auto-Submitted: auto-replied, 'Automatic reply:', ISO-8859-1 QP body) whose "
        "boilerplate mentions 'urgent safeguarding', 'immediate danger' and 999: auto_reply, not urgent, ignore.")

    # ---- rw_07: other - performance team data request -----------------------------------------------
    seed = "rw07"
    date = "Mon, 15 Mar 2027 09:05:48 +0000"
    now = "2027-03-15T09:10:00+00:00"
    blocks = [
        "Hi all,",
        "For the Q4 partnership return we need three figures from the MASH Step Up inbox for January to March: "
        "how many step-up requests were received, how many were accepted at the case discussion, and the average "
        "number of working days from request to case discussion.",
        "Totals only please - no names or case-level data. If you could send them by Wednesday 31st March that "
        "would be brilliant.",
        "Thanks\nRavi",
        "Ravi Chandaria\nPerformance & Insight Officer (Children's Services)\nRichmond and Wandsworth Councils\n"
        "020 7946 0391",
        RW_DISC,
    ]
    msg = outlook_mail(seed, outlook_headers(
        seed, addr("Chandaria, Ravi", "Ravi.Chandaria@richmondandwandsworth.gov.uk"), RW_MASH,
        "Q4 step-up data return - figures needed by 31 March", date), blocks)
    add("richmond_wandsworth_07.eml", "richmond_wandsworth", "mash_step_up", now, msg, dict(
        kind="other", next_action="human_review"),
        "Internal performance-team request for step-up totals (no family, no child): kind other -> human_review.")

    # ---- rw_08: URGENT (parent incapable of care right now) inside a complete step-up ---------------
    seed = "rw08"
    date = "Wed, 24 Mar 2027 11:31:20 +0000"
    now = "2027-03-24T11:35:00+00:00"
    blocks = [
        "MASH,",
        "Our worker Dee Marchant is at the family's flat right now and has just phoned me. Mum (Chantelle Lynch) "
        "is on the sofa and Dee can't wake her properly - she is breathing but not responding, and there are empty "
        "vodka bottles and blister packs of her sertraline on the floor. Jonah (4) and Nia (14 months) are in the "
        "flat with Dee; there is no other adult. Dee has called an ambulance and is staying with the children "
        "until someone arrives. We need someone from your side to decide where the children go today.",
        "We had already agreed to step this family up and I was going to send this tomorrow:",
        "Children: Jonah Okafor-Lynch, DOB 02/08/2022, Mosaic 2298814; Nia Okafor-Lynch, DOB 19/01/2026, Mosaic "
        "2298815.",
        "Rationale for step up\n"
        "Mum's drinking has increased since Christmas and she stopped taking her antidepressants in February; the "
        "crisis team have seen her twice. Dee has found the children unfed and in soiled clothes and nappies on "
        "three visits this month. The neglect of the children's basic care is now beyond what Early Help can hold.",
        "I agree the step up. Case summary attached. I'm on 07700 900538.",
        "Funmi",
        "Funmi Bankole\nEarly Help Team Manager (Wandsworth West)\nRichmond and Wandsworth Councils",
        RW_DISC,
    ]
    summ = case_summary_docx("Case summary - Okafor-Lynch", "Dee Marchant",
                             [["Children", "Jonah Okafor-Lynch (02/08/2022), Nia Okafor-Lynch (19/01/2026)"],
                              ["Mosaic IDs", "2298814, 2298815"], ["Household", "Mum (Ms C Lynch), Jonah, Nia"]],
                             [("Summary of involvement", "Open to Early Help since November 2026 following a health "
                                                         "visitor referral."),
                              ("Current worries", "Mum's drinking and depression; the children's basic care."),
                              ("Strengths", "Maternal aunt visits at weekends.")])
    msg = outlook_mail(seed, outlook_headers(
        seed, addr("Bankole, Funmi", "Funmi.Bankole@richmondandwandsworth.gov.uk"), RW_MASH,
        "Step up \u2013 Okafor-Lynch children \u2013 Mosaic 2298814 / 2298815", date,
        extra=[("Importance", "high"), ("X-Priority", "1")]), blocks,
        attachments=[Att("Case summary - Okafor-Lynch.docx", summ, CT_DOCX)])
    add("richmond_wandsworth_08.eml", "richmond_wandsworth", "mash_step_up", now, msg, dict(
        kind="step_up", urgent=True, case_ids=["2298814", "2298815"],
        children=[("Jonah Okafor-Lynch", "2022-08-02"), ("Nia Okafor-Lynch", "2026-01-19")],
        concerns=["neglect", "parental_mental_health", "substance_misuse"], manager_agreed=True, missing=[],
        next_action="alert_duty"),
        "Urgent without the usual words: mum unrousable after alcohol and tablets with a 4-year-old and a baby and "
        "no other adult, right now; otherwise a complete R&W step-up (rationale under its heading, case summary "
        "attached, sent by the team manager), so missing [] and alert_duty.")


# ============================================================================================
# TOWER HAMLETS
# ============================================================================================

def marf_docx(author, child_rows, sections):
    blocks = [("h", "Multi-Agency Request for Support (MARF)", 1),
              ("p", "London Borough of Tower Hamlets - MAST"),
              ("table", [["Name", "DOB", "Mosaic ID"]] + child_rows)]
    for head, body in sections:
        blocks += [("table", [[head, body]])]
    return make_docx("Multi-Agency Request for Support", author, blocks)


def tower_hamlets():
    # ---- th_01: complete step-up forwarded to MAST by Early Help business support; Somali names -----
    seed = "th01"
    date = "Tue, 16 Mar 2027 10:48:03 +0000"
    now = "2027-03-16T10:55:00+00:00"
    blocks = [
        "Hi MAST,",
        "This came into the Early Help Hub inbox this morning but it's a step up, so forwarding it on to you. "
        "Attachment included.",
        "Kind regards\nShapla",
        "Shapla Begum\nBusiness Support Officer | Early Help Hub\nLondon Borough of Tower Hamlets",
        "From: Cabdi, Hamdi <Hamdi.Cabdi@towerhamlets.gov.uk>\nSent: 16 March 2027 08:57\n"
        "To: Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>\nCc: Rahman, Rubina <Rubina.Rahman@towerhamlets.gov.uk>\n"
        "Subject: Step up request \u2013 Warsame children",
        "Dear colleagues,",
        "I am requesting a step up to MAST for:\n"
        "Hodan Warsame \u2013 DOB 05/04/2015 \u2013 Mosaic 1498201\n"
        "Liban Warsame \u2013 DOB 21/10/2019 \u2013 Mosaic 1498202",
        "Mum (Ms Sahra Warsame) told me last week that her husband has controlled all the money for years, checks "
        "her phone and has pushed her against the wall twice in front of the children. She and the children are "
        "staying with her sister in Poplar. He has moved to Birmingham for work and there has been a "
        "non-molestation order in place since 2 March, which he has kept to.",
        "Mum consents to the request for support and wants help with housing and with the children's worries "
        "about their dad. My manager, Rubina Rahman, has agreed this step up (cc'd). The MARF is attached.",
        "Thank you\nHamdi",
        "Hamdi Cabdi | Early Help Practitioner | Early Help Hub | 020 7946 0428",
        TH_DISC,
    ]
    marf = marf_docx("Hamdi Cabdi", [["Hodan Warsame", "05/04/2015", "1498201"],
                                     ["Liban Warsame", "21/10/2019", "1498202"]], [
        ("Parent / carer", "Ms Sahra Warsame (mother) - consents to this request"),
        ("Reason for request", "Domestic abuse: coercive control (financial control, phone monitoring) and two "
                               "physical assaults on mum witnessed by the children."),
        ("Police reference", "01/4471/27 (non-molestation order served 02/03/2027)"),
        ("What has Early Help done?", "Family support since November 2026; IDVA referral; school informed."),
        ("Manager agreement", "Rubina Rahman, Team Manager, 15/03/2027"),
    ])
    msg = outlook_mail(seed, outlook_headers(
        seed, addr("Begum, Shapla", "earlyhelp.businesssupport@towerhamlets.gov.uk"), TH_MAST,
        "FW: Step up request \u2013 Warsame children", date), blocks,
        attachments=[Att("MARF - Warsame children.docx", marf, CT_DOCX)])
    add("tower_hamlets_01.eml", "tower_hamlets", "mash_step_up", now, msg, dict(
        kind="step_up", case_ids=["1498201", "1498202"],
        children=[("Hodan Warsame", "2015-04-05"), ("Liban Warsame", "2019-10-21")], concerns=["domestic_abuse"],
        consent=True, manager_agreed=True, missing=[], next_action="book_meeting"),
        "Complete MAST step-up forwarded by Early Help business support (the request is in the forwarded part): "
        "MARF attached and manager agreement stated, so both MAST step-up requirements are met, plus mum's consent; "
        "the MARF's police reference is not a case id; "
        "the abuse is of mum, with an order he has kept to, so not urgent.")

    # ---- th_02: URGENT (threat tonight), MARF not done, manager unreachable --------------------------
    seed = "th02"
    date = "Thu, 18 Mar 2027 13:52:19 +0000"
    now = "2027-03-18T14:00:00+00:00"
    text = (
        "Hi MAST,\n\n"
        "I'm the Early Help practitioner for Tasnim Akhtar (DOB 14/08/2012, Mosaic 1502276), Year 9 at Limehouse "
        "Basin Academy.\n\n"
        "Tasnim came to the school office at lunchtime and told her head of year that last night her mum's "
        "boyfriend said if she \"talks to school about him again\" he will \"break her legs and then she'll "
        "see\". He hit her with a belt in January - school saw the marks on her back at the time. She is refusing "
        "to go home and says he will be there on his own when she gets in at 4. Mum is at work until 8.\n\n"
        "I've been trying the MAST phone line for 20 minutes and can't get through. I want to step this family "
        "up. I haven't been able to reach my manager today and the MARF isn't done yet - I'll do it this "
        "afternoon.\n\n"
        "Please can someone call me back on 07700 900463 as soon as you get this.\n\n"
        "Mehreen\n\n"
        "Mehreen Chowdhury\nEarly Help Practitioner | Youth & Family Support | Tower Hamlets\n\n" + TH_DISC + "\n")
    msg = plain_mail([
        ("From", addr("Mehreen Chowdhury", "Mehreen.Chowdhury@towerhamlets.gov.uk")), ("To", TH_MAST),
        ("Subject", "Tasnim Akhtar - Mosaic 1502276 - please call me"), ("Date", date),
        ("Message-ID", outlook_ids(seed)), ("Importance", "high")], text, cs="us-ascii", cte="7bit")
    add("tower_hamlets_02.eml", "tower_hamlets", "mash_step_up", now, msg, dict(
        kind="step_up", urgent=True, case_ids=["1502276"], children=[("Tasnim Akhtar", "2012-08-14")],
        concerns=["physical_harm"], manager_agreed=None, missing=["manager_agreed", "request_for_support"],
        next_action="alert_duty"),
        "Urgent without the usual words: a threat last night to 'break her legs' by an adult who has hit her "
        "before and will be alone with her at 4pm today; as a MAST step-up it lacks the MARF ('isn't done yet') "
        "and manager agreement ('haven't been able to reach my manager', so null and missing).")

    # ---- th_03: complete step-down, HTML table, conditional safety-plan trap ------------------------
    seed = "th03"
    date = "Mon, 22 Mar 2027 16:20:40 +0000"
    now = "2027-03-22T16:30:00+00:00"
    blocks = [
        "Dear Early Help Hub,",
        "The Child and Family Assessment for the Ahmed children was completed on 19 March with a recommendation "
        "of step down to a co-ordinated Early Help plan (TAF).",
        Table([["Name", "DOB", "Mosaic ID"], ["Rayan Ahmed", "12/12/2013", "1476630"],
               ["Safa Ahmed", "07/05/2017", "1476631"], ["Ilyas Ahmed", "28/02/2021", "1476632"]]),
        "Background: the assessment followed a domestic abuse incident in January, when the children's father "
        "assaulted mum at home (the children were not hurt). He was charged, is on bail with conditions not to "
        "contact mum or come to the address, and has not been to the home since. Mum has engaged well with the "
        "IDVA and is on the Freedom Programme.",
        "Safety plan: if father tries to make contact or comes to the address, mum will call 999 and then let "
        "the lead practitioner know; school have a copy of the bail conditions.",
        "Consent: mum has given consent for the step down and for the TAF plan.\n"
        "Lead practitioner: Ms Nasreen Kabir, Family Support Worker, Chrisp Street Children and Family Centre "
        "(agreed 18/03).\n"
        "TAF: I will chair the TAF on Tuesday 30 March at 10:00 at Chrisp Street Children and Family Centre and "
        "put the minutes on Mosaic.\n"
        "Manager sign-off: Chinedu Okoye (cc'd) has agreed the step down.",
        "Attached: C&F Assessment (PDF) and draft TAF plan.",
        "Farhana",
        "Farhana Hossain\nSocial Worker | Children's Social Care | London Borough of Tower Hamlets\n020 7946 0514",
        TH_DISC,
    ]
    assess = make_pdf("Child and Family Assessment - Ahmed children", "Farhana Hossain", [
        "# Child and Family Assessment - summary and outcome",
        "Children: Rayan Ahmed (12/12/2013), Safa Ahmed (07/05/2017), Ilyas Ahmed (28/02/2021)",
        "Mosaic: 1476630, 1476631, 1476632    Assessment completed: 19/03/2027",
        "Social worker: Farhana Hossain    Team manager: Chinedu Okoye",
        "",
        "# Analysis",
        "Father assaulted mother in January 2027; bail conditions prevent contact. Mother has acted protectively.",
        "The children are well cared for and attend school regularly.",
        "# Outcome",
        "No further statutory role. Step down to a co-ordinated Early Help plan (TAF) with a lead practitioner.",
    ])
    plan = make_docx("Draft TAF plan - Ahmed", "Farhana Hossain", [
        ("h", "Draft TAF plan", 1),
        ("table", [["Outcome", "Action", "Who", "By"],
                   ["Mum and children feel safe", "Continue IDVA and Freedom Programme", "Mum / IDVA", "June 2027"],
                   ["Children can talk about what happened", "Play sessions for Safa; mentor for Rayan",
                    "Chrisp Street CFC / school", "May 2027"],
                   ["Review", "TAF review", "Nasreen Kabir", "Every 6 weeks"]]),
    ])
    msg = outlook_mail(seed, outlook_headers(
        seed, addr("Hossain, Farhana", "Farhana.Hossain@towerhamlets.gov.uk"), TH_EH,
        "Step down to Early Help - Ahmed family - TAF 30/03", date,
        cc=addr("Okoye, Chinedu", "Chinedu.Okoye@towerhamlets.gov.uk")), blocks,
        attachments=[Att("C&F Assessment - Ahmed children - Mar 2027.pdf", assess, CT_PDF),
                     Att("Draft TAF plan - Ahmed.docx", plan, CT_DOCX)])
    add("tower_hamlets_03.eml", "tower_hamlets", "early_help_duty", now, msg, dict(
        kind="step_down", case_ids=["1476630", "1476631", "1476632"],
        children=[("Rayan Ahmed", "2013-12-12"), ("Safa Ahmed", "2017-05-07"), ("Ilyas Ahmed", "2021-02-28")],
        concerns=["domestic_abuse"], consent=True, manager_agreed=True, missing=[], next_action="book_meeting"),
        "Complete Tower Hamlets step-down for three children in an Outlook table (C&F assessment PDF, draft TAF "
        "plan, consent, lead practitioner with agency: all four requirements met); not urgent - the January assault is past and 'if father "
        "tries to make contact ... mum will call 999' is a conditional safety plan.")

    # ---- th_04: step-down, C&F assessment is a password-protected PDF; plan pasted; base64 body ----
    seed = "th04"
    date = "Wed, 24 Mar 2027 12:40:15 +0000"
    now = "2027-03-24T12:45:00+00:00"
    text = (
        "Hi,\n\n"
        "Step down request following the C&F Assessment for Ayaan Maxamed Xuseen (DOB 3rd Nov 2016), Mosaic "
        "1455093. Ayaan lives with his dad and grandmother in Shadwell.\n\n"
        "The C&F Assessment is attached - it's password protected (our team default), I'll send the password in "
        "a separate email.\n\n"
        "Ayaan has cerebral palsy and uses a wheelchair; the remaining needs are around his EHCP review, transport "
        "to school and respite for dad.\n\n"
        "DRAFT TAF PLAN\n"
        "1. EHCP annual review brought forward - school SENCo - by May 2027\n"
        "2. Referral to short breaks for respite - lead practitioner - April 2027\n"
        "3. Travel assistance application - dad with lead practitioner - April 2027\n"
        "4. Review at TAF in 6 weeks - lead practitioner\n\n"
        "Dad has consented to the step down and to the TAF plan.\n\n"
        "Lead practitioner: Mr Abdirahman Yusuf, Family Support Worker, Shadwell Family Hub.\n\n"
        "Fartun\n\n"
        "Fartun Ibrahim | Social Worker | Disabled Children's Team | Tower Hamlets | 020 7946 0536\n\n"
        + TH_DISC + "\n")
    assess = make_pdf("Child and Family Assessment - A Maxamed Xuseen", "Fartun Ibrahim", [
        "# Child and Family Assessment",
        "Child: Ayaan Maxamed Xuseen    DOB: 03/11/2016    Mosaic: 1455093",
        "Outcome: step down to a TAF plan with a lead practitioner.",
    ])
    locked = encrypt_pdf(assess, "Shadwell2027", seed)
    top = MIMEMultipart("mixed", boundary=f"----=_NextPart_000_{H(seed, 4)}_01DD9C7A.{H(seed + 'b', 8)}")
    top.attach(text_part(text, "plain", "utf-8", "b64"))
    top.attach(att_part(Att("C&F Assessment - A Maxamed Xuseen.pdf", locked, CT_PDF)))
    msg = finish(top, outlook_headers(seed, addr("Ibrahim, Fartun", "Fartun.Ibrahim@towerhamlets.gov.uk"), TH_EH,
                                      "Step down - Ayaan Maxamed Xuseen - Mosaic 1455093", date))
    add("tower_hamlets_04.eml", "tower_hamlets", "early_help_duty", now, msg, dict(
        kind="step_down", case_ids=["1455093"], children=[("Ayaan Maxamed Xuseen", "2016-11-03")],
        concerns=["disability_send"], consent=True, manager_agreed=None, missing=["assessment"],
        next_action="request_info"),
        "Base64 UTF-8 body with a three-part Somali name and 'DOB 3rd Nov 2016'; TAF plan pasted under its own "
        "DRAFT TAF PLAN heading, consent and lead practitioner given, but the C&F Assessment is an encrypted PDF "
        "(refused, meets nothing), so assessment is missing.")

    # ---- th_05: follow-up with [SB-] reference: manager agreement arrives; quoted chain ------------
    seed = "th05"
    date = "Fri, 19 Mar 2027 15:05:52 +0000"
    now = "2027-03-19T15:10:00+00:00"
    blocks = [
        "Hello MAST,",
        "My manager has now agreed the step up for Kacper and Oliwia Nowicki - her email is below.",
        "Thanks,\nPiotr",
        "Piotr Zieli\u0144ski\nEarly Help Practitioner | Early Help Hub | 020 7946 0447",
        "From: Chowdhury, Fatima <Fatima.Chowdhury@towerhamlets.gov.uk>\nSent: 19 March 2027 14:48\n"
        "To: Zieli\u0144ski, Piotr <Piotr.Zielinski@towerhamlets.gov.uk>\nSubject: RE: Nowicki step up",
        "Piotr - yes, I agree with the step up for the Nowicki children, please go ahead and let MAST know. Can "
        "we pick up the Hussain family in supervision on Tuesday as well?\nFatima",
        ack_quote_outlook("MAST", "MAST@towerhamlets.gov.uk", "18 March 2027 11:20",
                          "Zieli\u0144ski, Piotr <Piotr.Zielinski@towerhamlets.gov.uk>", "SB-tower_hamlets-82",
                          "Step-up", ["Evidence that your manager has agreed the step-up"], "Tower Hamlets MAST"),
        TH_DISC,
    ]
    msg = outlook_mail(seed, outlook_headers(
        seed, addr("Zieli\u0144ski, Piotr", "Piotr.Zielinski@towerhamlets.gov.uk"), TH_MAST,
        "RE: [SB-tower_hamlets-82] Step-up request received - information needed", date,
        in_reply_to="<SB-tower_hamlets-82.ack.20270318112000@towerhamlets.gov.uk>"), blocks)
    add("tower_hamlets_05.eml", "tower_hamlets", "mash_step_up", now, msg, dict(
        kind="follow_up", children=[("Kacper Nowicki", None), ("Oliwia Nowicki", None)], manager_agreed=True,
        missing=[], next_action="attach_to_request"),
        "Reply to [SB-tower_hamlets-82] forwarding the manager's agreement (manager_agreed true) for 'Kacper and "
        "Oliwia Nowicki' (shared surname); the 'Hussain family' in the quoted chain names no child; follow_up so "
        "missing [].")

    # ---- th_06: Outlook iTIP REPLY, TENTATIVE -----------------------------------------------------
    seed = "th06"
    date = "Tue, 23 Mar 2027 09:33:08 +0000"
    now = "2027-03-23T09:40:00+00:00"
    cal = ical_reply("SB-tower_hamlets-79-mast-20270325@stepbot.towerhamlets.gov.uk",
                     "Tentative: MAST step-up discussion [SB-tower_hamlets-79]", "20270325T140000",
                     "20270325T150000", "Oyelaran, Temi", "temi.oyelaran@bowschoolsfederation.org.uk", "TENTATIVE",
                     ("MAST", "MAST@towerhamlets.gov.uk"),
                     comment="I may be 10 minutes late - I have a TAF across the borough until 13:45.",
                     stamp="20270323T093308Z", location="Microsoft Teams Meeting")
    alt = MIMEMultipart("alternative", boundary=f"_000_{H(seed, 36)}GBRP265PRODOUTLOOKCOM_")
    alt.attach(text_part("I may be 10 minutes late - I have a TAF across the borough until 13:45.\n", "plain", "utf-8", "qp"))
    alt.attach(text_part('<html><body><div>I may be 10 minutes late - I have a TAF across the borough until 13:45.'
                         '</div></body></html>\n', "html", "utf-8", "qp"))
    calp = text_part(cal, "calendar", "utf-8", "b64")
    calp.set_param("method", "REPLY")
    alt.attach(calp)
    msg = finish(alt, outlook_headers(seed, addr("Oyelaran, Temi", "temi.oyelaran@bowschoolsfederation.org.uk"),
                                      TH_MAST, "Tentative: MAST step-up discussion [SB-tower_hamlets-79]", date))
    add("tower_hamlets_06.eml", "tower_hamlets", "mash_step_up", now, msg, dict(
        kind="meeting_reply", next_action="record_reply"),
        "Outlook iTIP REPLY with PARTSTAT=TENTATIVE (subject 'Tentative: ...', COMMENT about arriving late): "
        "meeting_reply -> record_reply.")

    # ---- th_07: Exchange Online NDR with the original message attached -----------------------------
    seed = "th07"
    date = "Mon, 22 Mar 2027 10:01:44 +0000"
    now = "2027-03-22T10:05:00+00:00"
    orig = MIMEText("You are invited to the MAST step-up discussion [SB-tower_hamlets-80] on Thursday 25 March "
                    "2027 at 10:00 (Microsoft Teams).\n\nTower Hamlets MAST (automated message)\n", "plain", "utf-8")
    finish(orig, [("From", TH_MAST), ("To", "abdi.farah@towerhamlets.gov.uk"),
                  ("Subject", "[SB-tower_hamlets-80] MAST step-up discussion - invitation"),
                  ("Date", "Mon, 22 Mar 2027 10:01:30 +0000"),
                  ("Message-ID", "<SB-tower_hamlets-80.invite.20270322100130@towerhamlets.gov.uk>"),
                  ("Auto-Submitted", "auto-generated")])
    rep = MIMEMultipart("report", boundary=f"_000_{H(seed, 36)}GBRP265PRODOUTLOOKCOM_",
                        **{"report-type": "delivery-status"})
    human = MIMEMultipart("alternative", boundary=f"_001_{H(seed + 'a', 36)}GBRP265PRODOUTLOOKCOM_")
    human.attach(text_part(
        "Your message to abdi.farah@towerhamlets.gov.uk couldn't be delivered.\n\n"
        "abdi.farah wasn't found at towerhamlets.gov.uk.\n\n"
        "MAST    Office 365    abdi.farah\nAction Required                    Recipient\n\n"
        "Unknown To address\n\n"
        "How to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\n"
        "- Retype the recipient's address, then resend the message.\n"
        "- If you continue to experience the problem, contact your email admin.\n\n"
        "Diagnostic information for administrators:\n\nGenerating server: LO4P265MB6101.GBRP265.PROD.OUTLOOK.COM\n\n"
        "abdi.farah@towerhamlets.gov.uk\nRemote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
        "Recipient not found by SMTP address lookup'\n", "plain", "utf-8", "qp"))
    human.attach(text_part("<html><body><p><b>Your message to abdi.farah@towerhamlets.gov.uk couldn't be "
                           "delivered.</b></p><p>abdi.farah wasn't found at towerhamlets.gov.uk.</p></body></html>\n",
                           "html", "utf-8", "qp"))
    rep.attach(human)
    ds = MIMEBase("message", "delivery-status")
    b1 = Message()
    b1["Reporting-MTA"] = "dns;LO4P265MB6101.GBRP265.PROD.OUTLOOK.COM"
    b1["Received-From-MTA"] = "dns;LO4P265MB6101.GBRP265.PROD.OUTLOOK.COM"
    b1["Arrival-Date"] = "Mon, 22 Mar 2027 10:01:30 +0000"
    b2 = Message()
    b2["Original-Recipient"] = "rfc822;abdi.farah@towerhamlets.gov.uk"
    b2["Final-Recipient"] = "rfc822;abdi.farah@towerhamlets.gov.uk"
    b2["Action"] = "failed"
    b2["Status"] = "5.1.10"
    b2["Diagnostic-Code"] = "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    ds.set_payload([b1, b2])
    rep.attach(ds)
    rep.attach(MIMEMessage(orig))
    msg = finish(rep, [
        ("From", addr("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@towerhamlets.gov.uk")),
        ("To", "MAST@towerhamlets.gov.uk"), ("Date", date),
        ("Subject", "Undeliverable: [SB-tower_hamlets-80] MAST step-up discussion - invitation"),
        ("Message-ID", f"<{h(seed, 8)}-{h(seed + 'b', 4)}-{h(seed + 'c', 4)}@LO4P265MB6101.GBRP265.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", "<SB-tower_hamlets-80.invite.20270322100130@towerhamlets.gov.uk>"),
        ("References", "<SB-tower_hamlets-80.invite.20270322100130@towerhamlets.gov.uk>"),
        ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("Content-Language", "en-GB")])
    add("tower_hamlets_07.eml", "tower_hamlets", "mash_step_up", now, msg, dict(
        kind="auto_reply", next_action="ignore"),
        "Exchange Online non-delivery report ('Undeliverable:', multipart/report with delivery-status and the "
        "original stepbot invitation as message/rfc822): auto_reply -> ignore, never answered.")

    # ---- th_08: other - an iTIP REQUEST (an invitation, not a reply) ----------------------------------
    seed = "th08"
    date = "Mon, 15 Mar 2027 14:10:29 +0000"
    now = "2027-03-15T14:15:00+00:00"
    lines = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
             "BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000",
             "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
             "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
             "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT",
             "ORGANIZER;CN=\"Adeyemi, Bisi\":mailto:Bisi.Adeyemi@towerhamlets.gov.uk",
             "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=MAST:mailto:MAST@towerhamlets.gov.uk",
             "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Early Help Hub:mailto:EarlyHelpHub@towerhamlets.gov.uk",
             "SUMMARY;LANGUAGE=en-GB:Step-Up/Step-Down Practice Forum - April",
             "DTSTART;TZID=GMT Standard Time:20270421T133000", "DTEND;TZID=GMT Standard Time:20270421T150000",
             "UID:040000008200E00074C5B7101A82E00800000000" + H(seed, 32), "CLASS:PUBLIC", "PRIORITY:5",
             "DTSTAMP:20270315T141029Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
             "LOCATION;LANGUAGE=en-GB:Mulberry Place, Room 4.12 / Teams", "END:VEVENT", "END:VCALENDAR"]
    cal = "\r\n".join(lines) + "\r\n"
    body = ("Hi all,\n\nInvite for the quarterly Step-Up/Step-Down Practice Forum. We'll look at two anonymised "
            "step-up cases, the refreshed MARF and the new TAF plan template. Please forward to your teams - "
            "practitioners and managers welcome.\n\nBisi\n\nBisi Adeyemi | Early Help Service Manager | Tower Hamlets\n")
    alt = MIMEMultipart("alternative", boundary=f"_000_{H(seed, 36)}GBRP265PRODOUTLOOKCOM_")
    alt.attach(text_part(body, "plain", "utf-8", "qp"))
    alt.attach(text_part("<html><body><p>" + escape(body, quote=False).replace("\n\n", "</p><p>").replace("\n", "<br>")
                         + "</p></body></html>\n", "html", "utf-8", "qp"))
    calp = text_part(cal, "calendar", "utf-8", "b64")
    calp.set_param("method", "REQUEST")
    alt.attach(calp)
    msg = finish(alt, outlook_headers(seed, addr("Adeyemi, Bisi", "Bisi.Adeyemi@towerhamlets.gov.uk"),
                                      ", ".join([TH_MAST, TH_EH]), "Step-Up/Step-Down Practice Forum - April", date))
    add("tower_hamlets_08.eml", "tower_hamlets", "mash_step_up", now, msg, dict(
        kind="other", next_action="human_review"),
        "A colleague's calendar invitation (iTIP METHOD:REQUEST, not a REPLY) to a practice forum that talks about "
        "step-up cases and the MARF: no request and no meeting reply, so kind other -> human_review.")


# ============================================================================================
# TORBAY
# ============================================================================================

def torbay():
    # ---- tb_01: complete level-3 step-down, under-5 sibling, inline logo -------------------------------
    seed = "tb01"
    date = "Mon, 15 Mar 2027 14:33:26 +0000"
    now = "2027-03-15T14:40:00+00:00"
    blocks = [
        "Hi Early Help team,",
        "Could I please have a triage slot for Jago and Morwenna Pascoe-Jory? I'm stepping them down from the "
        "Single Assessment Team to a level 3 Early Help response.",
        "Jago Pascoe-Jory - DOB 30/06/2018\nMorwenna Pascoe-Jory - DOB 11/01/2024\nLCS-2314482",
        "The Single Assessment is attached and includes my analysis and the rationale for stepping down. My team "
        "manager, Demelza Rowe, has recorded her manager's analysis on LCS confirming the threshold is met for "
        "level 3. Dad gave his consent to level 3 Early Help when I visited on 12 March.",
        "The main worry is dad's low mood since the children's mum died last year - he's under the GP and has "
        "started bereavement counselling.",
        "As Morwenna is 3, I know this will go to the under-5s triage with AFC - any Tuesday morning is fine for me.",
        "Thanks\nKerensa",
        "Kerensa Trewin\nSocial Worker | Single Assessment Team\nTorbay Children's Services | 01632 960 266",
        Img("image001.png@01DD95F1.7A2B3C10", "image001.png", "Torbay Council"),
        TORBAY_DISC,
    ]
    sa = make_docx("Single Assessment - Pascoe-Jory", "Kerensa Trewin", [
        ("h", "Single Assessment", 1),
        ("table", [["Children", "Jago Pascoe-Jory (30/06/2018); Morwenna Pascoe-Jory (11/01/2024)"],
                   ["LCS", "LCS-2314482"], ["Social worker", "Kerensa Trewin"], ["Completed", "11/03/2027"]]),
        ("h", "Social worker's analysis", 2),
        ("p", "Dad has been the children's sole carer since their mum died in June 2026. His low mood has affected "
              "routines but the children are well cared for, attend school and nursery, and are meeting their "
              "milestones. There is no role for statutory services. Rationale for step down: the family's needs "
              "can be met by a co-ordinated level 3 Early Help response focused on dad's wellbeing and support for "
              "the children with their loss."),
        ("h", "Manager's analysis", 2),
        ("p", "I agree with the analysis. Threshold met for level 3 intervention. Demelza Rowe, Team Manager, "
              "12/03/2027."),
    ])
    logo = make_png(48, 16, (0, 120, 80), (240, 240, 240))
    msg = outlook_mail(seed, outlook_headers(
        seed, addr("Trewin, Kerensa", "Kerensa.Trewin@torbay.gov.uk"), TB_EH,
        "Triage request - step down L3 - Pascoe-Jory (LCS-2314482)", date), blocks,
        attachments=[Att("Single Assessment - Pascoe-Jory - Mar 2027.docx", sa, CT_DOCX)],
        images=[Att("image001.png", logo, "image/png", inline_cid="image001.png@01DD95F1.7A2B3C10")])
    add("torbay_01.eml", "torbay", "early_help_duty", now, msg, dict(
        kind="step_down", level=3, case_ids=["LCS-2314482"],
        children=[("Jago Pascoe-Jory", "2018-06-30"), ("Morwenna Pascoe-Jory", "2024-01-11")],
        concerns=["parental_mental_health"], consent=True, manager_agreed=True, missing=[],
        next_action="book_meeting"),
        "Complete Torbay level 3 step-down: Single Assessment (with the manager's analysis) attached, TM analysis "
        "recorded and dad's consent given, so assessment, manager_agreed and consent are all met; Morwenna is 3 so the under-5s triage applies; Outlook with an inline logo.")

    # ---- tb_02: 'URGENT' about paperwork; consent still to be sought -----------------------------------
    seed = "tb02"
    date = "Wed, 17 Mar 2027 17:12:45 +0000"
    now = "2027-03-17T17:20:00+00:00"
    text = (
        "Hi,\n\n"
        "Sorry for the shouty subject - I'm on leave from the 29th for two weeks and need to get the paperwork for "
        "this one sorted urgently so it isn't left sitting in my tray. Nothing worrying is happening with the "
        "family, it's just my deadline!\n\n"
        "Step down to L3 for Maja Kowalczyk (9) and Filip Kowalczyk (6), LCS-2309917 - CIN plan ends next week. "
        "Single Assessment attached with the step down rationale; my TM Jenna Hext has done her manager's analysis "
        "on LCS agreeing L3.\n\n"
        "Worries are around Filip's attendance (79%) and mum's anxiety and depression, which she's seeing her GP "
        "about.\n\n"
        "I'm seeing mum on Thursday to go through Early Help with her and get her consent - will confirm after.\n\n"
        "Tom\n\n"
        "Tom Eddy | Social Worker | Safeguarding & Supporting Families | Torbay Council | 01632 960 281\n\n"
        + TORBAY_DISC + "\n")
    sa = make_pdf("Single Assessment - Kowalczyk", "Tom Eddy", [
        "# Single Assessment - summary",
        "Children: Maja Kowalczyk, Filip Kowalczyk    LCS: LCS-2309917",
        "Social worker: Tom Eddy    Completed: 15/03/2027",
        "# Analysis and rationale for step down",
        "CIN plan outcomes achieved. Remaining needs: Filip's school attendance and support for mum's mental",
        "health. These can be met by a level 3 co-ordinated Early Help response.",
        "# Manager's analysis",
        "Threshold met for level 3 intervention - Jenna Hext, Team Manager, 16/03/2027.",
    ])
    top = MIMEMultipart("mixed", boundary=f"_004_{H(seed, 36)}GBRP265PRODOUTLOOKCOM_")
    top.attach(text_part(text, "plain", "utf-8", "qp"))
    top.attach(att_part(Att("Single Assessment - Kowalczyk.pdf", sa, CT_PDF)))
    msg = finish(top, outlook_headers(seed, addr("Eddy, Tom", "Tom.Eddy@torbay.gov.uk"), TB_EH,
                                      "URGENT - triage slot pls before my leave - Kowalczyk LCS-2309917", date,
                                      extra=[("Importance", "high")]))
    add("torbay_02.eml", "torbay", "early_help_duty", now, msg, dict(
        kind="step_down", level=3, case_ids=["LCS-2309917"],
        children=[("Maja Kowalczyk", None), ("Filip Kowalczyk", None)],
        concerns=["parental_mental_health", "school_attendance"], consent=None, manager_agreed=True,
        missing=["consent"], next_action="request_info"),
        "Non-urgent trap: 'URGENT' and 'urgently' are about the worker's paperwork before leave ('Nothing worrying "
        "is happening'); step down 'to L3' (level 3), Single Assessment and TM analysis present, but consent is "
        "still to be sought on Thursday (null), so consent is missing; ages only, no DOBs.")

    # ---- tb_03: complete step-up (contact to MASH), terse bullets ----------------------------------------
    seed = "tb03"
    date = "Fri, 19 Mar 2027 11:17:02 +0000"
    now = "2027-03-19T11:25:00+00:00"
    text = (
        "MASH,\n\n"
        "Contact for L4 consideration:\n\n"
        "- Child: Kayden Rowse, DoB 14/10/2010, EHM-741206 - open to me at L3 since Oct\n"
        "- Dad's cocaine use has escalated - 2 positive tests this month, spending his benefits on it\n"
        "- DA: police called 13/03 after dad assaulted his partner at the flat (Kayden was in his room)\n"
        "- Dad consents to this contact to MASH (discussed with him 18/03)\n"
        "- TM Paula Widger agrees L4 needs considering - discussed in supervision 18/03\n\n"
        "Harj\n\n"
        "Harjeet Gill | Family Intervention Worker | Early Help | Torbay Council | 01632 960 742\n")
    msg = outlook_mail(seed, outlook_headers(
        seed, addr("Gill, Harjeet", "Harjeet.Gill@torbay.gov.uk"), TB_MASH,
        "Contact to MASH - L4 consideration - Rowse EHM-741206", date), [text.rstrip("\n"), TORBAY_DISC])
    add("torbay_03.eml", "torbay", "mash_step_up", now, msg, dict(
        kind="step_up", case_ids=["EHM-741206"], children=[("Kayden Rowse", "2010-10-14")],
        concerns=["domestic_abuse", "substance_misuse"], consent=True, manager_agreed=True, missing=[],
        next_action="book_meeting"),
        "Complete Torbay step-up (contact to MASH) in terse bullets: dad's consent and the TM's agreement both "
        "stated, so Torbay's two step-up requirements are met; 'L3'/'L4' are thresholds, so level stays null for a step_up; the DA incident was six days ago, "
        "not an immediate risk.")

    # ---- tb_04: URGENT (fresh injuries, partner collecting at noon), Outlook for Android -------------
    seed = "tb04"
    date = "Tue, 23 Mar 2027 10:41:38 +0000"
    now = "2027-03-23T10:45:00+00:00"
    text = (
        "Hi MASH,\n\n"
        "I'm at Little Acorns nursery with Tegan Rundle (DOB 09/09/2023, EHM-744019), who is open to me at level "
        "3. Nursery called me at 9.15: Tegan has a round burn about the size of a 5p on her palm and a bite mark on "
        "her upper arm - neither was there when she left on Friday. Mum's partner dropped her off this morning and "
        "said she \"fell against the radiator\". She flinches when anyone goes near her arm. Mum's partner is due "
        "back to collect her at 12.\n\n"
        "I've talked it through with my team manager, Rob Pengelly, and he agrees this needs to come to you for "
        "level 4. I haven't spoken to mum or her partner about a contact to MASH given how she got the injuries.\n\n"
        "Please ring me on 07700 900615 - I'm staying at the nursery until I hear from you.\n\n"
        "Lowenna\n\nGet Outlook for Android\n")
    msg = plain_mail([
        ("From", addr("Lowenna Coombe", "Lowenna.Coombe@torbay.gov.uk")), ("To", TB_MASH),
        ("Subject", "Tegan Rundle - marks seen at nursery today"), ("Date", date),
        ("Message-ID", f"<DB9P191MB{H(seed, 24)}@DB9P191MB{H(seed + 's', 4)}.EURP191.PROD.OUTLOOK.COM>"),
        ("X-Mailer", "Microsoft Outlook for Android")], text, cs="utf-8", cte="b64")
    add("torbay_04.eml", "torbay", "mash_step_up", now, msg, dict(
        kind="step_up", urgent=True, case_ids=["EHM-744019"], children=[("Tegan Rundle", "2023-09-09")],
        concerns=["physical_harm"], consent=None, manager_agreed=True, missing=["consent"],
        next_action="alert_duty"),
        "Urgent without the usual words: fresh burn and bite mark on a 3-year-old, an implausible explanation and "
        "the partner collecting her at noon today; TM agreed, parental consent not sought (null), and Torbay's "
        "contact to MASH needs consent, so consent is missing; base64 UTF-8 body.")

    # ---- tb_05: follow-up WITHOUT a reference: consent now signed ----------------------------------------
    seed = "tb05"
    date = "Mon, 22 Mar 2027 09:05:14 +0000"
    now = "2027-03-22T09:10:00+00:00"
    blocks = [
        "Morning,",
        "Further to my email on Friday - mum signed the consent form for Early Help on Saturday when I did the "
        "home visit, so that's the last bit for Ellie and Jack. Scan attached.",
        "Sarah",
        "Sarah Luxton | Social Worker | Single Assessment Team | Torbay Council | 01632 960 274",
        "From: Luxton, Sarah <Sarah.Luxton@torbay.gov.uk>\nSent: 19 March 2027 15:30\n"
        "To: Early Help <earlyhelp@torbay.gov.uk>\nSubject: Triage slot - Chudleigh children LCS-2302275",
        "Hi,\n\nTriage slot please for Ellie Chudleigh and Jack Chudleigh (LCS-2302275), step down to Early Help - "
        "Single Assessment attached. I'm seeing mum over the weekend about consent.\n\n"
        "Sarah",
        TORBAY_DISC,
    ]
    consent_pdf = make_pdf("Consent to Early Help - Chudleigh", "Sarah Luxton", [
        "# Torbay Early Help - consent to share information and receive support",
        "Children: Ellie Chudleigh, Jack Chudleigh",
        "Parent/carer: Ms N Chudleigh",
        "I agree to my family being supported by Torbay Early Help and to information being shared with the",
        "practitioners named in our plan.",
        "Signed: N. Chudleigh          Date: 20/03/2027",
        "Witness: Sarah Luxton, Social Worker",
    ])
    msg = outlook_mail(seed, outlook_headers(
        seed, addr("Luxton, Sarah", "Sarah.Luxton@torbay.gov.uk"), TB_EH,
        "RE: Triage slot - Chudleigh children LCS-2302275", date, in_reply_to=outlook_ids("tb05-orig")), blocks,
        attachments=[Att("Consent form signed - Chudleigh.pdf", consent_pdf, CT_PDF)])
    add("torbay_05.eml", "torbay", "early_help_duty", now, msg, dict(
        kind="follow_up", case_ids=["LCS-2302275"], children=[("Ellie Chudleigh", None), ("Jack Chudleigh", None)],
        consent=True, missing=[], next_action="attach_to_request"),
        "'RE:' to the worker's own triage request (no [SB-] reference) adding mum's signed consent: follow_up "
        "(reference null) with consent true; children named in full only in the quoted original and subject.")

    # ---- tb_06: out-of-office without Auto-Submitted (X-Autoreply / Precedence only) -----------------
    seed = "tb06"
    date = "Thu, 25 Mar 2027 16:31:09 +0000"
    now = "2027-03-25T16:35:00+00:00"
    text = ("Thank you for your message.\n\n"
            "I am away from the office until Tuesday 6 April and have limited access to email. If your enquiry "
            "is about a family we are supporting, please call the Bay Families office on 01632 960 880 and a "
            "colleague will help.\n\nKeziah Jory\nFamily Support Worker, Bay Families CIC\n")
    msg = plain_mail([
        ("Return-Path", "<keziah.jory@bayfamilies.org.uk>"),
        ("From", addr("Keziah Jory", "keziah.jory@bayfamilies.org.uk")), ("To", TB_EH),
        ("Subject", "Out of Office: [SB-torbay-104] Triage slot confirmed - Tue 30 Mar"), ("Date", date),
        ("Message-ID", f"<autoreply.{h(seed, 16)}@mail.bayfamilies.org.uk>"),
        ("In-Reply-To", "<SB-torbay-104.booked.20270325163000@torbay.gov.uk>"),
        ("X-Autoreply", "yes"), ("X-Autorespond", "Out of Office"), ("Precedence", "auto_reply")],
        text, cs="us-ascii", cte="7bit")
    add("torbay_06.eml", "torbay", "early_help_duty", now, msg, dict(kind="auto_reply", next_action="ignore"),
        "Out-of-office from a hosted mail server marked only by 'Out of Office:', X-Autoreply and Precedence: "
        "auto_reply (no Auto-Submitted header): still an auto_reply, ignore.", crlf=False)

    # ---- tb_07: Google Calendar iTIP REPLY, ACCEPTED, across the BST change -------------------------------
    seed = "tb07"
    date = "Tue, 16 Mar 2027 09:45:12 +0000"
    now = "2027-03-16T09:50:00+00:00"
    cal = ical_reply("SB-torbay-101-u5triage-20270330@stepbot.torbay.gov.uk", "Under-5s triage [SB-torbay-101]",
                     "20270330T103000Z", "20270330T110000Z", "Tamsyn Hocking", "tamsyn.hocking@baychildrenscentres.org.uk",
                     "ACCEPTED", ("Early Help", "earlyhelp@torbay.gov.uk"), prodid="-//Google Inc//Google Calendar 70.9054//EN",
                     stamp="20270316T094512Z", location="Paignton Children's Centre", outlook=False)
    summary = "Under-5s triage [SB-torbay-101] @ Tue 30 Mar 2027 11:30 - 12:00 (BST)"
    alt = MIMEMultipart("alternative", boundary="0000000000" + h(seed + "alt", 18))
    alt.attach(text_part("Tamsyn Hocking has accepted this invitation.\n\nUnder-5s triage [SB-torbay-101]\n"
                         "When: Tue 30 Mar 2027 11:30 - 12:00 (BST)\nWhere: Paignton Children's Centre\n\n"
                         "Invitation from Google Calendar\n", "plain", "UTF-8", "qp"))
    alt.attach(text_part("<div>Tamsyn Hocking has accepted this invitation.</div>\n", "html", "UTF-8", "qp"))
    calp = text_part(cal, "calendar", "UTF-8", "7bit")
    calp.set_param("method", "REPLY")
    alt.attach(calp)
    top = MIMEMultipart("mixed", boundary="0000000000" + h(seed + "mix", 18))
    top.attach(alt)
    icsatt = MIMEBase("application", "ics", name="invite.ics")
    icsatt.add_header("Content-Disposition", "attachment", filename="invite.ics")
    icsatt.set_payload(cal.encode())
    encoders.encode_base64(icsatt)
    top.attach(icsatt)
    msg = finish(top, [
        ("From", addr("Tamsyn Hocking", "tamsyn.hocking@baychildrenscentres.org.uk")), ("To", TB_EH),
        ("Subject", f"Accepted: {summary} (earlyhelp@torbay.gov.uk)"), ("Date", date),
        ("Message-ID", f"<calendar-{h(seed, 8)}-{h(seed + 'x', 4)}-{h(seed + 'y', 12)}@google.com>"),
        ("Reply-To", addr("Tamsyn Hocking", "tamsyn.hocking@baychildrenscentres.org.uk"))])
    add("torbay_07.eml", "torbay", "early_help_duty", now, msg, dict(kind="meeting_reply", next_action="record_reply"),
        "Google Calendar iTIP REPLY (PARTSTAT=ACCEPTED, UTC times; the meeting falls after the change to BST) for "
        "the under-5s triage [SB-torbay-101]: record_reply.", crlf=False)

    # ---- tb_08: other - process enquiry from a new partner-agency worker --------------------------------
    seed = "tb08"
    date = "Wed, 24 Mar 2027 13:14:50 +0000"
    now = "2027-03-24T13:20:00+00:00"
    blocks = [
        "Hi Early Help team,",
        "I've just started as a Family Worker with Bay Families CIC and I'm trying to get my head round how "
        "triage works in Torbay. Could you tell me which Tuesdays the under-5s triage sits in April and May, and "
        "whether partner agencies can come along to observe?",
        "Also - if one of the families I end up working with ever needed to go up to MASH, is there a form I "
        "should use, or is it a phone call first? I'd rather know now than be scrabbling for it later.",
        "Thanks so much,\nPriya",
        "Priya Nandakumar\nFamily Worker | Bay Families CIC\n01632 960 884",
    ]
    msg = gmail_mail(seed, [
        ("MIME-Version", "1.0"), ("Date", date),
        ("Message-ID", f"<CAH{h(seed, 12)}+{h(seed + 'm', 20)}@mail.gmail.com>"),
        ("Subject", "Triage dates and how to refer?"),
        ("From", addr("Priya Nandakumar", "priya.nandakumar@bayfamilies.org.uk")), ("To", TB_EH)], blocks)
    add("torbay_08.eml", "torbay", "early_help_duty", now, msg, dict(kind="other", next_action="human_review"),
        "General process enquiry from a new partner-agency worker (triage dates, how to contact MASH 'if one of "
        "the families ... ever needed' it): no family, no child, conditional only -> other, human_review.")


# ============================================================================================
# HEREFORDSHIRE
# ============================================================================================

def eha_step_down_plan(author, title, children_rows, level_line, consent_line, needs, worried, working,
                       plan_rows, key_person, extra=()):
    blocks = [("h", "Early Help Assessment - Step Down Plan", 1),
              ("h", "1. Family details and consent", 2),
              ("table", [["Name", "DOB", "Mosaic ID"]] + children_rows)]
    if level_line:
        blocks.append(("p", level_line))
    if consent_line:
        blocks.append(("p", consent_line))
    blocks += [("h", "2. Summary of presenting needs", 2), ("p", needs),
               ("h", "3. Early Help Assessment - Part 2: Mapping", 2),
               ("table", [["What are we worried about? - wellbeing concerns", worried],
                          ["What's working well? - existing strengths", working]]),
               ("h", "Wellbeing Plan", 2),
               ("table", [["What needs to happen - including by whom", "Outcome", "Achievable timescale"]] + plan_rows),
               ("h", "Details of Key Person involved in Early Help Assessment", 2), ("p", key_person)]
    blocks += list(extra)
    return make_docx(title, author, blocks)


def consent_pdf(title, author, children, parent, signed_date, witness):
    return make_pdf(title, author, [
        "# Consent to Step Down to Early Help",
        f"Child(ren): {children}",
        f"Parent / carer: {parent}",
        "I have seen the Early Help step-down plan and I agree with it. I give my consent for my family's details",
        "to be shared with the Early Help Co-ordinator team and with the key person named in the plan.",
        f"Signed: {parent} (signed)        Date: {signed_date}",
        f"Witnessed by: {witness}",
    ])


def herefordshire():
    # ---- hf_01: complete sibling-group step-down, Welsh names, HTML table ----------------------------
    seed = "hf01"
    date = "Tue, 16 Mar 2027 15:02:33 +0000"
    now = "2027-03-16T15:10:00+00:00"
    blocks = [
        "Prynhawn da / Good afternoon,",
        "Following this morning's drop-in with Xavier, please find attached the EHA step-down plan and mum's "
        "signed consent form for the Bowen children (sibling group). The family's remaining needs are Intensive "
        "(Level 3).",
        Table([["Name", "DOB", "Mosaic"], ["Gwenll\u00efan Bowen", "21/03/2012", "617744"],
               ["Rhodri Bowen", "06/11/2017", "617745"]]),
        "Remaining needs: Gwenll\u00efan does a lot of caring for mum, who has MS, before and after school. Rhodri "
        "is autistic and has an EHCP, and his needs at home are increasing.",
        "Key person: Ms Angharad Price, Young Carers Worker, Hereford Young Carers Project - consulted on 12 March "
        "and happy to lead.",
        "My manager, Iwan Thomas, has approved the step down.",
        "Diolch,\nGethin",
        "Gethin ap Rhys\nSocial Worker | Children's Social Care (Hereford South)\nHerefordshire Council | 01632 960 519",
        HEREF_DISC,
    ]
    plan = eha_step_down_plan(
        "Gethin ap Rhys", "EHA Step Down Plan - Bowen",
        [["Gwenll\u00efan Bowen", "21/03/2012", "617744"], ["Rhodri Bowen", "06/11/2017", "617745"]],
        "Level of need: Intensive (Level 3)", "Consent: signed consent form attached (mum, 15/03/2027)",
        "Gwenll\u00efan is a young carer for mum (MS); Rhodri's autism and EHCP needs.",
        "Gwenll\u00efan's caring role is affecting her sleep and friendships; Rhodri's needs at home.",
        "Mum is open with workers; grandparents help at weekends; both children attend school well.",
        [["Young carers assessment and group - Angharad Price", "Gwenll\u00efan has time for herself", "6 weeks"],
         ["Short breaks referral for Rhodri - key person", "Respite for the family", "8 weeks"],
         ["Adult social care review of mum's care package - key person", "Less caring for Gwenll\u00efan", "8 weeks"]],
        "Ms Angharad Price, Young Carers Worker, Hereford Young Carers Project")
    msg = outlook_mail(seed, outlook_headers(
        seed, addr("ap Rhys, Gethin", "Gethin.apRhys@herefordshire.gov.uk"), HF_EH,
        "Step down (Level 3) \u2013 Bowen siblings \u2013 Mosaic 617744 / 617745", date), blocks,
        attachments=[Att("EHA Step Down Plan - Bowen.docx", plan, CT_DOCX),
                     Att("Signed consent - Bowen.pdf", consent_pdf("Consent - Bowen", "Gethin ap Rhys",
                                                                    "Gwenll\u00efan Bowen, Rhodri Bowen", "Mrs E Bowen",
                                                                    "15/03/2027", "Gethin ap Rhys"), CT_PDF)])
    add("herefordshire_01.eml", "herefordshire", "early_help_duty", now, msg, dict(
        kind="step_down", level=3, case_ids=["617744", "617745"],
        children=[("Gwenll\u00efan Bowen", "2012-03-21"), ("Rhodri Bowen", "2017-11-06")],
        concerns=["disability_send", "young_carer"], consent=True, manager_agreed=True, missing=[],
        next_action="book_meeting"),
        "Complete Herefordshire sibling-group step-down (EHA step-down plan docx, signed consent PDF, key person "
        "with agency: consent_form, draft_plan and lead_practitioner all met; Intensive/Level 3); Welsh names incl. 'Gwenll\u00efan' in an Outlook HTML table.")

    # ---- hf_02: 'please see attached' from an iPhone; everything in the form; verbal consent only ----
    seed = "hf02"
    date = "Fri, 19 Mar 2027 18:44:05 +0000"
    now = "2027-03-19T18:50:00+00:00"
    plan = eha_step_down_plan(
        "Si\u00f4n Watkins", "EHA Step Down Plan - Jaxon Preece-Evans",
        [["Jaxon Preece-Evans", "02/09/2014", "620318"]],
        "Level of need: Intensive (Level 3)",
        "Consent: verbal consent given by mum (Ms K Preece) on 17/03/2027. Written consent form to be signed at "
        "the next visit.",
        "Jaxon's school attendance (76%) and mum's partner's drinking.",
        "Jaxon's attendance is 76% and he has had two fixed-term exclusions this term. Mum's partner drinks most "
        "days.",
        "Mum wants help and has followed the CIN plan; Jaxon loves rugby and his coach is a good role model.",
        [["Attendance plan - school and mum", "Attendance above 90%", "By July 2027"],
         ["Partner to attend the community alcohol service - partner / key person", "Reduced drinking", "12 weeks"],
         ["Rugby club bursary - key person", "Jaxon keeps a positive activity", "4 weeks"]],
        "Mr Owain Bevan, Learning Mentor, Wyeside Academy - agreed 16/03/2027")
    msg = apple_mail(seed, [
        ("From", addr("Si\u00f4n Watkins", "sion.watkins@herefordshire.gov.uk")), ("To", HF_EH),
        ("Subject", "Step down plan"), ("Date", date),
        ("Message-ID", f"<{H(seed, 8)}-{H(seed + 'a', 4)}-{H(seed + 'b', 4)}-{H(seed + 'c', 4)}-{H(seed + 'd', 12)}@herefordshire.gov.uk>"),
        ("X-Mailer", "iPhone Mail (22D82)")],
        "Hi, please see attached.\n\nSi\u00f4n\n\nSent from my iPhone\n",
        attachments=[Att("EHA Step Down Plan - Jaxon P-E.docx", plan, CT_DOCX)])
    add("herefordshire_02.eml", "herefordshire", "early_help_duty", now, msg, dict(
        kind="step_down", level=3, case_ids=["620318"], children=[("Jaxon Preece-Evans", "2014-09-02")],
        concerns=["school_attendance", "substance_misuse"], consent=True, manager_agreed=None,
        missing=["consent_form"], next_action="request_info"),
        "iPhone mail whose body is only 'please see attached': child, Mosaic id, Level 3, plan and key person are "
        "in the EHA step-down plan; consent is verbal only ('written consent form to be signed'), so consent true "
        "but the written consent_form is missing.")

    # ---- hf_03: plan as a macro-enabled .docm (refused) and no key person; 8bit UTF-8 body ------------
    seed = "hf03"
    date = "Mon, 22 Mar 2027 11:26:47 +0000"
    now = "2027-03-22T11:30:00+00:00"
    text = (
        "Hello,\n\n"
        "Attached is the step-down plan for Ois\u00edn Mac C\u00e1rthaigh (DOB 14/05/2013), Mosaic 618090, along "
        "with dad's signed consent. The s47 closed with no further action and the C&F assessment recommends "
        "Intensive Early Help (Level 3).\n\n"
        "Ois\u00edn's main needs are around his school attendance (he's been on a reduced timetable since January) "
        "and dad's drinking, which dad acknowledges and is getting help with from the community alcohol team.\n\n"
        "I haven't managed to find a key person yet - school have said no because of capacity, so I'm asking the "
        "youth service next week.\n\n"
        "Thanks,\nEimear\n\n"
        "Eimear Byrne | Social Worker | Herefordshire Council | 01632 960 535\n\n" + HEREF_DISC + "\n")
    docm = make_docm("EHA Step Down Plan", "Eimear Byrne", [
        ("h", "Early Help Assessment - Step Down Plan", 1),
        ("table", [["Name", "DOB", "Mosaic ID"], ["Ois\u00edn Mac C\u00e1rthaigh", "14/05/2013", "618090"]]),
        ("p", "Wellbeing plan: attendance plan with school; dad to continue with the community alcohol team."),
    ])
    top = MIMEMultipart("mixed", boundary=f"----=_NextPart_000_{H(seed, 4)}_01DD9B11.{H(seed + 'b', 8)}")
    top.attach(text_part(text, "plain", "utf-8", "8bit"))
    top.attach(att_part(Att("EHA Step Down Plan - O Mac Carthaigh.docm", docm, CT_DOCM)))
    top.attach(att_part(Att("Signed consent - Mac Carthaigh.pdf",
                            consent_pdf("Consent - Mac Carthaigh", "Eimear Byrne", "Ois\u00edn Mac C\u00e1rthaigh",
                                        "Mr D Mac Carthaigh", "19/03/2027", "Eimear Byrne"), CT_PDF)))
    msg = finish(top, outlook_headers(seed, addr("Byrne, Eimear", "Eimear.Byrne@herefordshire.gov.uk"), HF_EH,
                                      "Step down \u2013 Ois\u00edn Mac C\u00e1rthaigh \u2013 Mosaic 618090", date))
    add("herefordshire_03.eml", "herefordshire", "early_help_duty", now, msg, dict(
        kind="step_down", level=3, case_ids=["618090"], children=[("Ois\u00edn Mac C\u00e1rthaigh", "2013-05-14")],
        concerns=["school_attendance", "substance_misuse"], consent=True, manager_agreed=None,
        missing=["draft_plan", "lead_practitioner"], next_action="request_info"),
        "8bit UTF-8 body; the EHA step-down plan is a macro-enabled .docm (refused, so draft_plan is missing) and "
        "no key person has been found (lead_practitioner missing); the signed consent PDF meets consent_form.")

    # ---- hf_04: step-up sent to Herefordshire (kind not defined); historic incident trap -------------
    seed = "hf04"
    date = "Wed, 24 Mar 2027 16:48:20 +0000"
    now = "2027-03-24T16:55:00+00:00"
    text = (
        "Hi,\n\n"
        "I think the Meredith family now need stepping up to children's social care and I'm not sure who I send "
        "this to - sorry if it's the wrong inbox.\n\n"
        "Tyler-James Meredith, 7, Mosaic 619512.\n\n"
        "On 14 February (nearly six weeks ago) mum's partner assaulted her at the house while Tyler-James was "
        "upstairs; police attended and he was arrested. He's on bail not to go to the address and as far as we "
        "know he hasn't been back. The domestic abuse is still a big worry because mum says she wants him home "
        "when his bail ends.\n\n"
        "Since then mum has been drinking most days and I'm worried about neglect: on my last two visits there "
        "was hardly any food in the house and Tyler-James was still in Friday's clothes on the Monday. He has "
        "missed 9 days of school this half term.\n\n"
        "My manager Sian Pugh agrees it needs to go up.\n\n"
        "What do you need from me?\n\n"
        "Hollie\n\n"
        "Hollie Bufton\nEarly Help Family Support Worker\nHerefordshire Council\n01632 960 572\n")
    msg = plain_mail(outlook_headers(seed, addr("Hollie Bufton", "hollie.bufton@herefordshire.gov.uk"), HF_EH,
                                     "Step up to social care? - Meredith", date), text, cs="us-ascii", cte="7bit")
    add("herefordshire_04.eml", "herefordshire", "early_help_duty", now, msg, dict(
        kind="step_up", case_ids=["619512"], children=[("Tyler-James Meredith", None)],
        concerns=["domestic_abuse", "neglect", "school_attendance", "substance_misuse"], manager_agreed=True,
        missing=[], next_action="human_review"),
        "A step-up sent to Herefordshire, whose protocol defines no step_up: human_review, missing [] and notice "
        "null; not urgent - the assault was on 14 Feb, six weeks ago, and the partner is bailed away from the home.")

    # ---- hf_05: follow-up with [SB-] reference from an iPhone: key person found ------------------------
    seed = "hf05"
    date = "Thu, 25 Mar 2027 08:12:39 +0000"
    now = "2027-03-25T08:15:00+00:00"
    text = (
        "Morning - the youth service have agreed to be key person for Ois\u00edn Mac C\u00e1rthaigh: Mr Rhydian "
        "Morris, Youth Worker, Herefordshire Youth Service (Leominster team), 07700 900527.\n\n"
        "I'll send the plan again as a normal Word document when I'm back at my desk.\n\n"
        "Eimear\n\nSent from my iPhone\n\n"
        "> On 22 Mar 2027, at 11:31, Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:\n"
        ">\n"
        "> Thank you for your step-down request. Your reference is SB-herefordshire-41 - please keep it in the "
        "subject line of any reply.\n"
        ">\n"
        "> What is missing:\n"
        "> - Early Help Assessment step-down plan (the attachment could not be opened: macro-enabled Word file)\n"
        "> - details of the key person who will lead\n"
        ">\n"
        "> Please reply to this email with the missing items.\n"
        ">\n"
        "> Herefordshire Early Help Co-ordinators (automated message)\n")
    msg = apple_mail(seed, [
        ("From", addr("Byrne, Eimear", "Eimear.Byrne@herefordshire.gov.uk")), ("To", HF_EH),
        ("Subject", "Re: [SB-herefordshire-41] Step-down request received - information needed"), ("Date", date),
        ("Message-ID", f"<{H(seed, 8)}-{H(seed + 'a', 4)}-{H(seed + 'b', 4)}-{H(seed + 'c', 4)}-{H(seed + 'd', 12)}@herefordshire.gov.uk>"),
        ("In-Reply-To", "<SB-herefordshire-41.ack.20270322113100@herefordshire.gov.uk>"),
        ("References", "<SB-herefordshire-41.ack.20270322113100@herefordshire.gov.uk>"),
        ("X-Mailer", "iPhone Mail (22D82)")], text)
    add("herefordshire_05.eml", "herefordshire", "early_help_duty", now, msg, dict(
        kind="follow_up", children=[("Ois\u00edn Mac C\u00e1rthaigh", None)], missing=[],
        next_action="attach_to_request"),
        "iPhone reply to [SB-herefordshire-41] giving the key person (plan still to follow): follow_up, so no "
        "requirements apply (missing []); the '>'-quoted acknowledgement's 'What is missing:' is not a concern.")

    # ---- hf_06: follow-up with [SB-] reference, OWA style, signed consent PDF -----------------------
    seed = "hf06"
    date = "Tue, 23 Mar 2027 13:37:58 +0000"
    now = "2027-03-23T13:45:00+00:00"
    blocks = [
        "Hi,",
        "Signed consent form for Jaxon Preece-Evans attached - mum signed it this morning.",
        "(The Price family you asked about at drop-in have moved to Powys, so that one won't be coming to you.)",
        "Si\u00f4n",
        "Si\u00f4n Watkins | Social Worker | Herefordshire Council | 01632 960 547",
        "________________________________\n"
        "From: Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>\n"
        "Sent: Monday, March 22, 2027 9:05:12 AM\n"
        "To: Watkins, Si\u00f4n <sion.watkins@herefordshire.gov.uk>\n"
        "Subject: [SB-herefordshire-44] Step-down request received - information needed",
        "Thank you for your step-down request. Your reference is SB-herefordshire-44 - please keep it in the "
        "subject line of any reply.\n\nWhat is missing:\n- the family's signed written consent form\n\n"
        "Please reply to this email with the missing item.\n\nHerefordshire Early Help Co-ordinators (automated message)",
        HEREF_DISC,
    ]
    msg = outlook_mail(seed, outlook_headers(
        seed, addr("Watkins, Si\u00f4n", "sion.watkins@herefordshire.gov.uk"), HF_EH,
        "RE: [SB-herefordshire-44] Step-down request received - information needed", date,
        in_reply_to="<SB-herefordshire-44.ack.20270322090512@herefordshire.gov.uk>"), blocks,
        attachments=[Att("Consent - J Preece-Evans - signed.pdf",
                         consent_pdf("Consent - Preece-Evans", "Sion Watkins", "Jaxon Preece-Evans", "Ms K Preece",
                                     "23/03/2027", "Sion Watkins"), CT_PDF)])
    add("herefordshire_06.eml", "herefordshire", "early_help_duty", now, msg, dict(
        kind="follow_up", children=[("Jaxon Preece-Evans", None)], consent=True, missing=[],
        next_action="attach_to_request"),
        "OWA reply to [SB-herefordshire-44] adding mum's signed consent form (consent true); the aside about 'the "
        "Price family' names no child; follow_up, so missing [].")

    # ---- hf_07: bilingual Welsh/English automatic reply from a partner in Wales ----------------------
    seed = "hf07"
    date = "Fri, 26 Mar 2027 09:15:22 +0000"
    now = "2027-03-26T09:20:00+00:00"
    text = ("Diolch am eich neges. Rydw i allan o'r swyddfa tan ddydd Mawrth 6 Ebrill. Os yw'ch neges yn "
            "ymwneud \u00e2 theulu, ffoniwch y t\u00eem ar 01632 960 611.\n\n"
            "Thank you for your message. I am out of the office until Tuesday 6 April. If your message is about a "
            "family, please ring the team on 01632 960 611.\n\n"
            "Ceri Pow\u0177s\nGweithiwr Cymorth i Deuluoedd / Family Support Worker\nT\u00eem Teuluoedd Gororau / "
            "Borders Families Team\n")
    msg = plain_mail([
        ("From", addr("Ceri Pow\u0177s", "ceri.powys@bordersfamilies.cymru")), ("To", HF_EH),
        ("Subject", subj("Ateb awtomatig: [SB-herefordshire-45] Step-down drop-in \u2013 invitation")),
        ("Date", date), ("Message-ID", f"<{h(seed, 32)}@CWXP123MB{H(seed, 4)}.GBRP123.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", "<SB-herefordshire-45.invite.20270326091500@herefordshire.gov.uk>"),
        ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
        ("Content-Language", "cy-GB")], text, cs="utf-8", cte="b64")
    add("herefordshire_07.eml", "herefordshire", "early_help_duty", now, msg, dict(kind="auto_reply", next_action="ignore"),
        "Bilingual Welsh/English out-of-office ('Ateb awtomatig:' rather than 'Automatic reply:', Auto-Submitted: "
        "auto-generated, base64 UTF-8 with \u00e2/\u00ea/\u0177): auto_reply, ignore.")

    # ---- hf_08: other - ICT service desk outage notice -------------------------------------------------
    seed = "hf08"
    date = "Mon, 22 Mar 2027 08:30:00 +0000"
    now = "2027-03-22T08:35:00+00:00"
    blocks = [
        "IMPORTANT: Mosaic unavailable Saturday 27 March 07:00-15:00",
        "Mosaic will be unavailable while the spring upgrade is installed. Please save and close any open "
        "workflow steps, step-down plans and assessments by 17:00 on Thursday 25 March, as Friday 26 March is "
        "Good Friday.",
        "If you need to record a contact during the outage, use the paper contact form on the intranet and enter "
        "it on Monday.",
        "ICT Service Desk | Herefordshire Council | ext. 6000",
    ]
    msg = outlook_mail(seed, outlook_headers(
        seed, addr("ICT Service Desk", "ictservicedesk@herefordshire.gov.uk"),
        ", ".join([addr("Children's Services - all staff", "childrensservices.allstaff@herefordshire.gov.uk"), HF_EH]),
        "IMPORTANT: Mosaic unavailable Saturday 27 March 07:00-15:00", date,
        extra=[("Bcc", None), ("Precedence", "bulk"), ("Importance", "high")]), blocks)
    add("herefordshire_08.eml", "herefordshire", "early_help_duty", now, msg, dict(kind="other", next_action="human_review"),
        "ICT outage bulletin to an all-staff list that includes the co-ordinators' inbox (mentions step-down plans "
        "but is no request): other -> human_review.")


def main():
    for fn in (knowsley, richmond_wandsworth, tower_hamlets, torbay, herefordshire):
        fn()
    for old in OUT.glob("*.eml"):
        old.unlink()
    for name, data in FILES.items():
        (OUT / name).write_bytes(data)
    order = {a: i for i, a in enumerate(["knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"])}
    LABELS.sort(key=lambda x: (order[x["authority"]], x["file"]))
    (OUT / "labels.json").write_text(json.dumps(LABELS, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(FILES)} mails and labels.json to {OUT}")


if __name__ == "__main__":
    main()
