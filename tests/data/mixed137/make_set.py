#!/usr/bin/env python3
"""mixed137: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the autumn term of 2049 (Wednesday 1 September - Friday 17 December 2049), in ATTACHMENTS THAT GO WRONG:
"see attached" with nothing attached, the same form attached twice, the wrong document or another family's
assessment attached, a form half filled in (manager's section blank, consent form unsigned), scans of handwritten
forms as image-only PDFs, password-protected (RC4-encrypted) PDFs, a OneDrive / Egress / CPOMS / secure-portal link
instead of a file, the documents sent in a second mail, files renamed oddly ("Document1.docx", "Document2.docx",
"scan0003.pdf", "image0.png"), another council's form (a Knowsley template sent to Torbay, a Worcestershire plan sent
to Herefordshire, an adult-services form sent to the children's co-ordinators), a calendar file (.ics) instead of the
plan, a mail gateway's "attachment held" notice and a partnership briefing about exactly these mistakes.

Run:  /work/main/.venv/bin/python make_set.py [--stats]
(the venv gives pypdf, python-docx and holidays, used by the self-checks to read every attachment back and to compare
the bank-holiday list). Deterministic: no clock and no randomness; boundaries, Message-IDs, Thread-Index values,
calendar UIDs, PDF file ids and scan "pixels" come from sha1 of the file name; zips carry fixed timestamps.
The MIME / Word-HTML / PDF / .docx / iCalendar helpers are adapted from /work/main/tests/data/mixed27/make_set.py
(the brief's example). Every label was set by hand from /work/shared/DESIGN.md, REQUIREMENTS.md, the seeds and the
policy packs; the self-checks only verify them against those rules and STOP before anything is written.
"""

import base64, hashlib, html, io, json, os, quopri, re, struct, sys, zipfile, zlib
import email, email.policy, email.utils
from email.header import Header
from datetime import datetime, date, timedelta, timezone
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
LON = ZoneInfo("Europe/London")


# ============================================================================ small helpers
def sha(fname, salt=""):
    return hashlib.sha1((fname + salt).encode()).hexdigest()

def bnd(fname, n):
    return "_%03d_%s" % (n, sha(fname, "b%d" % n)[:28].upper())

def gbnd(fname, n):
    return "0000000000%s" % sha(fname, "g%d" % n)[:18]

def msgid(fname, domain, salt="mid"):
    return "<%s@%s>" % (sha(fname, salt)[:32].upper(), domain)

def thread_index(fname):
    return base64.b64encode(hashlib.sha1((fname + "ti").encode()).digest() + b"\x00\x00").decode()

def T(s):
    return s[1:] if s.startswith("\n") else s

def dt(s):
    """Europe/London wall-clock time -> aware datetime (BST +0100 until 01:00 UTC Sunday 31 October 2049, then GMT)."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=LON)

def hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()

def addr(name, email_):
    if name is None:
        return email_
    try:
        name.encode("ascii")
        if re.search(r'[,.;:@()"]', name):
            name = '"%s"' % name.replace('"', '')
        return "%s <%s>" % (name, email_)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, "utf-8").encode(), email_)

def b64lines(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"

def qp(text, charset="utf-8"):
    return quopri.encodestring(text.encode(charset), quotetabs=False).decode("ascii")


class Part:
    def __init__(self, headers, body, children=None, boundary=None):
        self.headers, self.body, self.children, self.boundary = headers, body, children, boundary

def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", crlf=False, params="", extra=None):
    h = [("Content-Type", 'text/%s; charset="%s"%s' % (subtype, charset, params)),
         ("Content-Transfer-Encoding", cte)]
    if extra:
        h += extra
    if cte == "quoted-printable":
        body = qp(text, charset)
    elif cte == "base64":
        t = text.replace("\n", "\r\n") if crlf else text
        body = b64lines(t.encode(charset))
    else:                                   # 7bit
        text.encode("ascii")
        body = text
    return Part(h, body)

def binary_part(ctype, filename, data, disposition="attachment"):
    h = [("Content-Type", '%s; name="%s"' % (ctype, filename)),
         ("Content-Description", filename),
         ("Content-Disposition", '%s; filename="%s"' % (disposition, filename)),
         ("Content-Transfer-Encoding", "base64")]
    return Part(h, b64lines(data))

def multipart(subtype, children, boundary, params=""):
    return Part([("Content-Type", 'multipart/%s;\n\tboundary="%s"%s' % (subtype, boundary, params))],
                None, children, boundary)

def render(p):
    out = "".join("%s: %s\n" % (k, v) for k, v in p.headers) + "\n"
    if p.children is None:
        body = p.body if p.body.endswith("\n") else p.body + "\n"
        return out + body
    for c in p.children:
        out += "--%s\n" % p.boundary + render(c) + "\n"
    return out + "--%s--\n" % p.boundary

def build(top, root, crlf=True):
    head = "".join("%s: %s\n" % (k, v) for k, v in top) + "MIME-Version: 1.0\n"
    s = head + render(root)
    s.encode("ascii")                       # every byte 7-bit: encoded-words, QP and base64 only
    if crlf:
        s = s.replace("\r\n", "\n").replace("\n", "\r\n")
    return s.encode("ascii")

def html_of(text, font="Aptos"):
    paras = text.split("\n\n")
    out = []
    for para in paras:
        lines = [html.escape(l, quote=False) for l in para.split("\n")]
        out.append('<p class="MsoNormal">%s</p>' % "<br>\n".join(lines))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"%s",sans-serif;}</style>'
            '</head>\n<body lang="EN-GB"><div class="WordSection1">\n%s\n<p class="MsoNormal">&nbsp;</p>\n'
            '</div></body></html>\n' % (font, "\n<p class=\"MsoNormal\">&nbsp;</p>\n".join(out)))


# ---------------------------------------------------------------------------- Word (Outlook) HTML
WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{font-family:%(font)s;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"%(font)s",sans-serif;
	mso-fareast-language:EN-US;}
span.EmailStyle19
	{mso-style-type:personal-compose;
	font-family:"%(font)s",sans-serif;
	color:windowtext;}
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
RUN = "<span lang=EN-GB style='mso-fareast-language:EN-GB'>"

def word_inline(t):
    t = html.escape(t, quote=False)
    t = re.sub(r"\{\{(.+?)\}\}", r"<b>\1</b>", t)
    t = t.replace("\n", "<br>\n")
    return RUN + t + "</span>"

def word_plain(t):
    return re.sub(r"\{\{(.+?)\}\}", r"\1", t)

def word_html(blocks, font="Aptos"):
    """blocks: paragraphs ('' = empty), ('h', heading) or ('table', rows; first row shaded)."""
    out = [WORD_HEAD % {"font": font}]
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            out.append("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:"
                       "collapse;border:none;mso-border-alt:solid windowtext .5pt'>\n")
            for i, r in enumerate(b[1]):
                out.append(" <tr>\n")
                for c in r:
                    cell = word_inline(c)
                    if i == 0:
                        cell = "<b>" + cell + "</b>"
                    out.append("  <td valign=top style='border:solid windowtext 1.0pt;%spadding:0cm 5.4pt 0cm "
                               "5.4pt'>\n  <p class=MsoNormal>%s<o:p></o:p></p>\n  </td>\n"
                               % ("background:#D9E2F3;" if i == 0 else "", cell))
                out.append(" </tr>\n")
            out.append("</table>\n")
        elif isinstance(b, tuple) and b[0] == "h":
            out.append("<p class=MsoNormal><b>%s<o:p></o:p></b></p>\n" % word_inline(b[1]))
        elif b == "":
            out.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n")
        else:
            out.append("<p class=MsoNormal>%s<o:p></o:p></p>\n" % word_inline(b))
    out.append("</div>\n</body>\n</html>\n")
    return "".join(out)

def word_text(blocks):
    out = []
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            out += ["\t".join(word_plain(c) for c in r) for r in b[1]] + [""]
        elif isinstance(b, tuple) and b[0] == "h":
            out.append(word_plain(b[1]))
        else:
            out.append(word_plain(b))
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------- format=flowed (iPhone)
def flowed(text, width=72):
    out = []
    for logical in text.split("\n"):
        words, cur, phys = logical.split(" "), "", []
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                phys.append(cur + " ")
                cur = w
            else:
                cur = w if not cur else cur + " " + w
        phys.append(cur)
        for p in phys:
            if p.startswith((" ", "From ")):
                p = " " + p
            out.append(p)
    return "\n".join(out)

def flowed_part(text):
    return Part([("Content-Type", 'text/plain; charset="utf-8"; format=flowed; delsp=no'),
                 ("Content-Transfer-Encoding", "quoted-printable")], qp(flowed(text)))


# ---------------------------------------------------------------------------- PDFs
def _pdf(objs, trailer_extra=b""):
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, trailer_extra, xref)
    return out

def _pdf_content(title, lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    wrapped = []
    for l in [title, ""] + lines:
        while len(l) > 92:
            cut = l.rfind(" ", 0, 92)
            cut = cut if cut > 0 else 92
            wrapped.append(l[:cut]); l = l[cut:].lstrip()
        wrapped.append(l)
    assert len(wrapped) <= 54, title
    return ("BT\n/F1 10 Tf\n14 TL\n50 800 Td\n" + "".join("(%s) '\n" % esc(l) for l in wrapped) + "ET\n").encode("cp1252")

PAGE_TEXT = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"
FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
CATALOG = b"<< /Type /Catalog /Pages 2 0 R >>"
PAGES = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"

def make_pdf(title, lines):
    """A one-page text PDF (Helvetica, WinAnsi) that pypdf reads back."""
    cb = _pdf_content(title, lines)
    return _pdf([CATALOG, PAGES, PAGE_TEXT, FONT, b"<< /Length %d >>\nstream\n" % len(cb) + cb + b"endstream"])

# Standard security handler, V1 / R2, 40-bit RC4 (PDF 1.4 Algorithms 3.1-3.4): a real password-protected PDF that opens
# only with its user password; pypdf reports it encrypted and refuses the empty password.
PDF_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")

def rc4(key, data):
    S = list(range(256)); j = 0
    for i in range(256):
        j = (j + S[i] + key[i % len(key)]) % 256
        S[i], S[j] = S[j], S[i]
    i = j = 0; out = bytearray()
    for b in data:
        i = (i + 1) % 256; j = (j + S[i]) % 256
        S[i], S[j] = S[j], S[i]
        out.append(b ^ S[(S[i] + S[j]) % 256])
    return bytes(out)

def _padpw(pw):
    return (pw.encode("latin-1") + PDF_PAD)[:32]

def make_encrypted_pdf(fname, title, lines, user_pw, owner_pw):
    P = -3904
    fid = hashlib.md5((fname + "pdfid").encode()).digest()
    O = rc4(hashlib.md5(_padpw(owner_pw)).digest()[:5], _padpw(user_pw))
    key = hashlib.md5(_padpw(user_pw) + O + struct.pack("<i", P) + fid).digest()[:5]
    U = rc4(key, PDF_PAD)
    cb = rc4(hashlib.md5(key + struct.pack("<I", 5)[:3] + b"\x00\x00").digest()[:10], _pdf_content(title, lines))
    enc = b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>" % (O.hex().encode(), U.hex().encode(), P)
    return _pdf([CATALOG, PAGES, PAGE_TEXT, FONT, b"<< /Length %d >>\nstream\n" % len(cb) + cb + b"\nendstream", enc],
                b" /Encrypt 6 0 R /ID [<%s> <%s>]" % (fid.hex().encode(), fid.hex().encode()))

def make_scan_pdf(fname, rows=26, w=298, h=421):
    """An image-only PDF, as a scanner makes from a handwritten form: one greyscale page image (grey ruled boxes and
    deterministic pen 'strokes'), no text layer at all."""
    seed = hashlib.sha1((fname + "scan").encode()).digest()
    px = bytearray([244] * (w * h))
    for y in range(30, h - 20, (h - 50) // rows):                 # the form's ruled lines
        for x in range(18, w - 18):
            px[y * w + x] = 170
    k = 0
    for r in range(rows - 2):                                     # handwriting: wavy dark strokes on most lines
        y0 = 38 + r * ((h - 50) // rows)
        length = 60 + seed[r % 20] % (w - 100)
        for x in range(24, 24 + length):
            k = (k + seed[(x + r) % 20]) % 7
            yy = y0 + (k - 3) // 2
            if 0 <= yy < h and (x + r) % 9:
                px[yy * w + x] = 40
    raw = bytes(px)                                               # plain rows, no predictor
    data = zlib.compress(raw, 9)
    img = (b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 "
           b"/Filter /FlateDecode /Length %d >>\nstream\n" % (w, h, len(data)) + data + b"\nendstream")
    content = b"q 595 0 0 842 0 0 cm /Im1 Do Q\n"
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>"
    return _pdf([CATALOG, PAGES, page, img, b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream"])

def make_png(w, h, fname):
    """A small greyscale PNG (a phone photo of a signed form, reduced), deterministic from the file name."""
    seed = hashlib.sha1((fname + "png").encode()).digest()
    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    rows = []
    for y in range(h):
        row = bytearray([236] * w)
        if y % 12 == 0:
            row = bytearray([180] * w)
        elif y % 12 in (4, 5):
            for x in range(10, 10 + (seed[y % 20] * 3) % (w - 20)):
                if (x + y) % 5:
                    row[x] = 50
        rows.append(b"\x00" + bytes(row))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))


# ---------------------------------------------------------------------------- .docx (minimal OOXML)
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

def make_docx(paras, tables=()):
    """paras: strings ('# x' = Heading 1); tables: lists of rows, appended after the paragraphs."""
    def run(t):
        return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % html.escape(t, quote=False)
    def para(t):
        if t.startswith("# "):
            return '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>%s</w:p>' % run(t[2:])
        return "<w:p>%s</w:p>" % run(t)
    body = "".join(para(p) for p in paras)
    for rows in tables:
        body += '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>' + "".join(
            "<w:tr>" + "".join("<w:tc>%s</w:tc>" % para(c) for c in r) + "</w:tr>" for r in rows) + "</w:tbl>"
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % body)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2049, 8, 2, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()

def pdf_att(filename, title, lines):
    return binary_part("application/pdf", filename, make_pdf(title, lines))

def docx_att(filename, paras, tables=()):
    return binary_part(DOCX, filename, make_docx(paras, tables))

def scan_att(fname, filename):
    return binary_part("application/pdf", filename, make_scan_pdf(fname + filename))

PASSWORDS = {}          # attachment file name -> user password (the self-check opens the file with it)

def enc_pdf_att(fname, filename, title, lines, user_pw):
    PASSWORDS[filename] = user_pw
    return binary_part("application/pdf", filename, make_encrypted_pdf(fname + filename, title, lines, user_pw,
                                                                       "own-" + sha(fname)[:10]))


# ---------------------------------------------------------------------------- iCalendar
def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

def ics_fold(line):
    b = line.encode("utf-8")
    out, first = [], True
    while len(b) > (75 if first else 74):
        n = 75 if first else 74
        while (b[n] & 0xC0) == 0x80:
            n -= 1
        out.append(b[:n].decode()); b = b[n:]; first = False
    out.append(b.decode())
    return "\r\n ".join(out)

VTZ_OUTLOOK = ["BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000",
               "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
               "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000",
               "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
               "END:VTIMEZONE"]
VTZ_LONDON = ["BEGIN:VTIMEZONE", "TZID:Europe/London", "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
              "TZNAME:BST", "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
              "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT", "DTSTART:19701025T020000",
              "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE"]

def ics_outlook(method, fname, stamp, start, end, summary, location, description, organizer, attendees, extra=None):
    L = ["BEGIN:VCALENDAR", "METHOD:%s" % method, "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"] + \
        VTZ_OUTLOOK + ["BEGIN:VEVENT", "ORGANIZER;CN=%s:mailto:%s" % organizer]
    for cn, em, role, ps in attendees:
        L.append("ATTENDEE;ROLE=%s;PARTSTAT=%s;RSVP=TRUE;CN=%s:mailto:%s" % (role, ps, cn, em))
    if description is not None:
        L.append("DESCRIPTION;LANGUAGE=en-GB:" + ics_escape(description))
    L += ["UID:040000008200E00074C5B7101A82E008%s" % sha(fname, "uid").upper(),
          "SUMMARY;LANGUAGE=en-GB:" + ics_escape(summary),
          "DTSTART;TZID=GMT Standard Time:%s" % start, "DTEND;TZID=GMT Standard Time:%s" % end,
          "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:%s" % stamp.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"),
          "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0"]
    if location:
        L.append("LOCATION;LANGUAGE=en-GB:" + ics_escape(location))
    L += (extra or []) + ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(ics_fold(l) for l in L) + "\r\n"

def ics_file(fname, stamp, start, end, summary, location, description, organizer):
    """A calendar FILE saved from a diary and attached (METHOD:PUBLISH, Europe/London) - not an invitation."""
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
         "METHOD:PUBLISH"] + VTZ_LONDON + [
         "BEGIN:VEVENT", "ORGANIZER;CN=%s:mailto:%s" % organizer,
         "DTSTART;TZID=Europe/London:%s" % start, "DTEND;TZID=Europe/London:%s" % end,
         "DTSTAMP:%s" % stamp.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"),
         "UID:%s" % sha(fname, "icsfile"), "SUMMARY:" + ics_escape(summary), "LOCATION:" + ics_escape(location)]
    if description:
        L.append("DESCRIPTION:" + ics_escape(description))
    L += ["SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(ics_fold(l) for l in L) + "\r\n"

def ics_att(filename, cal):
    return Part([("Content-Type", 'text/calendar; charset="utf-8"; method=PUBLISH; name="%s"' % filename),
                 ("Content-Disposition", 'attachment; filename="%s"' % filename),
                 ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))


# ---------------------------------------------------------------------------- message tops and bodies
def outlook_top(fname, frm, to, subject, when, cc=None, extra=None, reply_to_mid=None):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject)), ("Thread-Topic", hdr(re.sub(r"^((RE|FW|Fwd|Re): )+", "", subject))),
          ("Thread-Index", thread_index(fname)), ("Date", email.utils.format_datetime(dt(when))),
          ("Message-ID", msgid(fname, "LO2P265MB4417.GBRP265.PROD.OUTLOOK.COM"))]
    if reply_to_mid:
        h += [("In-Reply-To", reply_to_mid), ("References", reply_to_mid)]
    h += [("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
          ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    return h + (extra or [])

def plain_top(fname, frm, to, subject, when, domain, mailer=None, cc=None, extra=None, reply_to_mid=None):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject)), ("Date", email.utils.format_datetime(dt(when))),
          ("Message-ID", msgid(fname, domain))]
    if reply_to_mid:
        h += [("In-Reply-To", reply_to_mid), ("References", reply_to_mid)]
    if mailer:
        h.append(("X-Mailer", mailer))
    return h + (extra or [])

def mail(f, top, body, atts=(), html_alt=False, cte="quoted-printable"):
    t = text_part(body, cte=cte, crlf=True)
    if html_alt:
        t = multipart("alternative", [t, text_part(html_of(body), "html")], bnd(f, 2))
    root = multipart("mixed", [t] + list(atts), bnd(f, 1)) if atts else t
    return build(top, root)

def word_mail(f, top, blocks, atts=()):
    body = multipart("alternative", [text_part(word_text(blocks)), text_part(word_html(blocks), "html")], bnd(f, 2))
    root = multipart("mixed", [body] + list(atts), bnd(f, 1)) if atts else body
    return build(top, root)

def alt_mail(f, top, text, html_body, atts=()):
    body = multipart("alternative", [text_part(text, crlf=True), text_part(html_body, "html", crlf=True)], bnd(f, 2))
    root = multipart("mixed", [body] + list(atts), bnd(f, 1)) if atts else body
    return build(top, root)

def html_only(f, top, html_body):
    return build(top, text_part(html_body, "html", crlf=True))

def iphone_mail(f, top, text, atts=()):
    t = flowed_part(text)
    root = multipart("mixed", [t] + list(atts), "Apple-Mail=_%s" % sha(f, "apple")[:24].upper()) if atts else t
    return build(top, root, crlf=False)

def quote(frm, sent, to, subject, text, cc=None):
    """Outlook's quoted original under a reply or forward."""
    cc_line = "Cc: %s\n" % cc if cc else ""
    return ("\n________________________________\nFrom: %s\nSent: %s\nTo: %s\n%sSubject: %s\n\n%s"
            % (frm, sent, to, cc_line, subject, text))

def gt_quoted(text):
    return "\n".join("> " + l if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"

def ack(kind_word, ref, lines, missing):
    """stepbot's acknowledgement as it reads when quoted under a reply (no alarm wording of its own)."""
    out = ["Thank you - your %s has been received by stepbot." % kind_word, "", "Reference: %s" % ref] + lines + [""]
    if missing:
        out += ["What is missing:"] + ["- " + m for m in missing] + [""]
    out += ["Reply to this email, keeping the reference in the subject, to add anything."]
    return "\n".join(out) + "\n"

def itip_reply(f, when, frm_name, frm_email, organizer, partstat, summary, start, end, location, comment=None):
    """An Outlook iTIP REPLY (multipart/alternative: text + text/calendar; method=REPLY)."""
    word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentative"}[partstat]
    extra = ["COMMENT;LANGUAGE=en-GB:" + ics_escape(comment)] if comment else []
    cal = ics_outlook("REPLY", f, dt(when), start, end, summary, location, None, organizer,
                      [(frm_name, frm_email, "REQ-PARTICIPANT", partstat)], extra=extra)
    cal_part = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REPLY'),
                     ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    root = multipart("alternative", [text_part((comment or " ") + "\n", crlf=True), cal_part], bnd(f, 1))
    top = outlook_top(f, addr(frm_name, frm_email), addr(organizer[0], organizer[1]), "%s: %s" % (word, summary),
                      when, extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    return build(top, root)

def google_reply(f, when, frm_name, frm_email, organizer, partstat, summary, start_utc, end_utc, location,
                 human_when, note=None):
    word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentatively Accepted"}[partstat]
    verb = {"ACCEPTED": "accepted", "DECLINED": "declined", "TENTATIVE": "tentatively accepted"}[partstat]
    stamp = dt(when).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
         "METHOD:REPLY", "BEGIN:VEVENT", "DTSTART:%s" % start_utc, "DTEND:%s" % end_utc, "DTSTAMP:%s" % stamp,
         "ORGANIZER;CN=%s:mailto:%s" % organizer, "UID:040000008200E00074C5B7101A82E008%s" % sha(f, "uid").upper(),
         "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;CN=%s;X-NUM-GUESTS=0:mailto:%s"
         % (partstat, frm_name, frm_email)]
    if note:
        L.append("COMMENT:" + ics_escape(note))
    L += ["CREATED:%s" % stamp, "LAST-MODIFIED:%s" % stamp, "LOCATION:" + ics_escape(location), "SEQUENCE:0",
          "STATUS:CONFIRMED", "SUMMARY:" + ics_escape(summary), "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    cal = "\r\n".join(ics_fold(l) for l in L) + "\r\n"
    text = "%s has %s this invitation.\n\n%s\n%s\n%s\n%s\nInvitation from Google Calendar\n" % (
        frm_name, verb, summary, human_when, location, ("\nNote from %s: %s\n" % (frm_name, note)) if note else "")
    alt = multipart("alternative", [text_part(text), text_part(html_of(text, "Roboto"), "html"),
                                    Part([("Content-Type", 'text/calendar; charset="UTF-8"; method=REPLY'),
                                          ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))],
                    gbnd(f, 2))
    ics = Part([("Content-Type", 'application/ics; name="invite.ics"'),
                ("Content-Disposition", 'attachment; filename="invite.ics"'),
                ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    root = multipart("mixed", [alt, ics], gbnd(f, 1))
    top = [("From", addr(frm_name, frm_email)), ("To", addr(organizer[0], organizer[1])),
           ("Subject", hdr("%s: %s @ %s (%s)" % (word, summary, human_when, organizer[1]))),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "google.com")),
           ("Reply-To", addr(frm_name, frm_email)), ("Sender", "Google Calendar <calendar-notification@google.com>")]
    return build(top, root, crlf=False)

def itip_request_mail(f, top, body, cal, atts=()):
    cal_part = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST'),
                     ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    alt = multipart("alternative", [text_part(body, crlf=True), text_part(html_of(body), "html", crlf=True), cal_part],
                    bnd(f, 2))
    return build(top, multipart("mixed", [alt] + list(atts), bnd(f, 1)))

def appendix1(answers):
    """Knowsley Appendix 1 (FF Step Up request to CSC) as .docx paragraphs: question, then answer."""
    out = ["# FF Step Up request to CSC"]
    for q, a in answers:
        out += [q, a]
    return out

KDISC = "This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please tell the sender and delete it.\n"
RDISC = "This email and any attachments are confidential. If you are not the intended recipient please notify the sender and delete it. Richmond and Wandsworth Councils' Shared Staffing Arrangement.\n"
TDISC = "Tower Hamlets Council - this email and any attachments may be confidential. If you have received it in error please notify the sender and delete it.\n"
BDISC = "Torbay Council: this email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please delete it and tell the sender.\n"
HDISC = "Herefordshire Council: any opinions expressed in this email are those of the individual and not necessarily of the council. This email and any attachments are confidential.\n"


# ============================================================================ the set's records
FILES, LABELS, CATS, META = {}, [], {}, {}
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

def ch(name, dob=None, written=None):
    """A labelled child; `written` is the DOB exactly as the mail writes it (parsed back to `dob` by the checks)."""
    assert (dob is None) == (written is None), name
    return {"name": name, "dob": dob, "_w": written}

def add(fname, data, authority, mailbox, when, delay_min, category, kind, urgent, level, case_ids, children,
        concerns, consent, manager_agreed, missing, notice_ok, next_action, why, meeting=None, not_children=(),
        adults=(), features=()):
    """Record one file. `meeting` = the local date notice is counted to (Knowsley step requests); `not_children` =
    people in the text who must never be labelled; `adults` = (name, DOB as written) who must be 18+ at `now`;
    `features` = attachment features the label relies on, re-checked on the built message."""
    assert fname not in FILES, fname
    FILES[fname] = data
    now = (dt(when) + timedelta(minutes=delay_min)).replace(second=0)
    LABELS.append({"file": fname, "authority": authority, "mailbox": mailbox, "now": now.isoformat(),
                   "expect": {"kind": kind, "urgent": urgent, "level": level, "case_ids": case_ids,
                              "children": [{"name": c["name"], "dob": c["dob"]} for c in children],
                              "concerns": concerns, "consent": consent, "manager_agreed": manager_agreed,
                              "missing": missing, "notice_ok": notice_ok, "next_action": next_action},
                   "why": why})
    CATS[fname] = category
    META[fname] = {"meeting": meeting, "children": children, "not_children": list(not_children),
                   "adults": list(adults), "features": list(features)}


# ============================================================================ KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "Mash.Businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2049-09-13 10:12:37"
    body = T("""
Hi all,

Step-up TAF meeting for the Mercer children (EHM-73015) - Wednesday 22nd September, 10:00-11:30, on Teams.

Please find attached the step-up form, the GCP2 and the latest TAF minutes. I've invited the current TAF members (school, the health visitor and Huyton Family Hub).

Dawn (my TM) has agreed the step-up - her agreement is on the form.

Thanks
Bethany

Bethany Rimmer
Family First Case Manager | Family First 0-18 (Huyton) | Knowsley Council
0151 496 0733
""") + "\n" + KDISC
    form = make_docx(appendix1([
        ("Case ID on EHM:", "EHM-73015"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Wednesday 22/09/2049 at 10:00 (Teams)"),
        ("Children:", "Jayden Mercer (DOB 19/02/2042); Kelsey Mercer (DOB 04/11/2045)"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium - mum attends TAFs and lets us in. Toolkit not needed."),
        ("Recent TAF meeting minutes attached:", "Yes"),
        ("What are we worried about? Current Concerns (Impact on child)",
         "Home conditions have gone backwards since July: no food in the house at three of the last four visits, "
         "dirty bedding, Kelsey's nappy rash untreated for over a week. Jayden (7) has dropped from the 25th to the "
         "9th centile for weight (school nurse, 06/09/2049) and is often hungry at school."),
        ("Past Harm", "Early Help involvement 2047-2048 for home conditions; closed when the home improved."),
        ("Complicating Factors", "Mum (Kerry Mercer) works nights; no family nearby; damp flat."),
        ("What is working well? Existing Strengths", "Mum loves the children and is warm with them; Jayden's "
         "attendance is good (96%)."),
        ("Existing Safety", "Maternal aunt visits every weekend and does a food shop."),
        ("What next? Goals / Next Steps", "Step up for a C&F assessment; food bank and housing referrals continue."),
        ("Scaling Question: how well are the children's basic needs met? (0-10)", "3"),
        ("Graded Care profile (If neglect should be completed).", "Yes - completed 02/09/2049, attached."),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Up to date police information if applicable:", "No police involvement."),
        ("Agreement by line manager:", "Agreed - Dawn Lathom (Team Manager), supervision 09/09/2049."),
        ("Contingency plan (Smart and timely).", "If the step-up is not agreed: weekly visits, GCP2 reviewed in 4 weeks."),
    ]))
    cal = ics_outlook("REQUEST", f, dt(when), "20490922T100000", "20490922T113000",
                      "Step-up TAF meeting - Mercer (EHM-73015)", "Microsoft Teams Meeting", body,
                      ("Bethany Rimmer", "bethany.rimmer@" + KDOM),
                      [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                       ("MASH business support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                       ("Louise Gerrard", "l.gerrard@stmarysprimary-huyton.example", "REQ-PARTICIPANT", "NEEDS-ACTION")])
    top = outlook_top(f, addr("Rimmer, Bethany", "bethany.rimmer@" + KDOM),
                      ", ".join([addr("Knowsley MASH", KMASH), addr("MASH business support", KBS)]),
                      "Step-up TAF meeting - Mercer (EHM-73015)", when,
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    atts = [binary_part(DOCX, "Step Up Form - Mercer.docx", form), binary_part(DOCX, "Step Up Form - Mercer (1).docx", form)]
    add(f, itip_request_mail(f, top, body, cal, atts), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-73015"],
        [ch("Jayden Mercer", "2042-02-19", "19/02/2042"), ch("Kelsey Mercer", "2045-11-04", "04/11/2045")],
        ["neglect"], None, True, ["gcp2", "taf_minutes"], True, "request_info",
        "THE SAME FORM ATTACHED TWICE: an Outlook meeting request (iTIP METHOD:REQUEST, the Teams invite the protocol "
        "asks the FF case manager to send to the MASH inbox and MASH business support) whose body says 'the step-up "
        "form, the GCP2 and the latest TAF minutes' are attached, but the two attachments are the same Appendix 1 "
        "form ('Step Up Form - Mercer.docx' and '... (1).docx', identical bytes). The form itself claims 'Recent TAF "
        "meeting minutes attached: Yes' and GCP2 'attached' - a claim is not the document (REQUIREMENTS: a document "
        "id is met by an attachment whose name or content shows it is that document). Neglect -> gcp2 required -> "
        "missing gcp2 and taf_minutes. step_up_form, case id (EHM-73015), manager agreement ('Agreed - Dawn Lathom "
        "(Team Manager)') and meeting details are met. Notice: Mon 13 Sep -> Wed 22 Sep 10:00 = 7 WD >= 5 -> ok. "
        "No consent statement -> null (not required for a Knowsley step-up). -> request_info.",
        meeting=date(2049, 9, 22), not_children=["Kerry Mercer", "Bethany Rimmer", "Dawn Lathom"],
        features=[("identical_attachments",), ("itip", "REQUEST")])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2049-10-06 09:52:10"
    body = T("""
Hi,

See attached for the Dunne family - step up TAF is booked for Wednesday 13th October at 1.30pm, the Teams invite is coming separately from my calendar to you and MASH business support.

Sorry the form has saved as Document1, Word was playing up this morning.

Kirsty

Kirsty Nolan
Family First Case Manager | Family First 0-18 (Kirkby) | Knowsley Council
0151 496 0518
""") + "\n" + KDISC
    form = make_docx(appendix1([
        ("Case ID on EHM:", "EHM-72288"),
        ("Has this family recently closed to Children's Social Care?:", "Yes - CIN plan for neglect closed March 2049."),
        ("Date of step up TAF meeting:", "Wednesday 13/10/2049, 13:30, Teams"),
        ("Child:", "Tia Dunne, DOB 27/05/2042"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "High - mum has come to every TAF. Toolkit not applicable."),
        ("Recent TAF meeting minutes attached:", "Yes (TAF 28/09/2049)"),
        ("What are we worried about? Current Concerns (Impact on child)",
         "Tia (7) regularly comes to school wet and smelling of urine and without breakfast. Home conditions poor at "
         "the last two visits (GCP2 physical care grade 4). Mum's partner Kyle Burrows moved in in August; Tia has "
         "told school she is scared of Kyle's shouting."),
        ("UPDATE 06/10/2049 09:30",
         "School rang at 9.15. Tia came in this morning with a fresh burn on the back of her left thigh, about the "
         "size of a 10p coin, blistered. She told her TA: \"Kyle put the hot spoon on my leg cos I wet the bed "
         "again.\" The school nurse has seen it. Kyle is collecting Tia from after-school club at 5pm today. I have "
         "rung mum twice and her phone is off."),
        ("Past Harm", "CIN plan 2048-2049 for neglect (home conditions)."),
        ("Complicating Factors", "Kyle's background not known - police check requested 04/10/2049."),
        ("What is working well? Existing Strengths", "Tia is close to her nan, who lives two streets away; mum has "
         "engaged with Family First."),
        ("What next? Goals / Next Steps", "Step up to CSC for a C&F assessment."),
        ("Graded Care profile (If neglect should be completed).", "Completed 21/09/2049 - attached."),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Up to date police information if applicable:", "Requested 04/10/2049."),
        ("Agreement by line manager:", "Agreed - Sean Halewood (Team Manager), 05/10/2049."),
        ("Contingency plan (Smart and timely).", "Nan to be asked to collect Tia if the plan changes."),
    ]))
    minutes = make_docx(["# TAF meeting minutes - Dunne - 28/09/2049",
                         "Present: Kirsty Nolan (FF case manager, chair), mum, school (Mrs Pye), school nurse.",
                         "Apologies: health visitor.",
                         "Review of actions: food bank referral made; bedding bought; mum to attend the parenting group "
                         "- attended 1 of 3 sessions.",
                         "Home conditions: no improvement at the visit on 24/09.",
                         "Agreed: GCP2 completed 21/09 scores physical care 4; step-up to be discussed with the TM.",
                         "Next TAF: 26/10/2049."])
    gcp2 = make_pdf("Graded Care Profile 2 - summary - Tia Dunne (EHM-72288)",
                    ["Completed by: Kirsty Nolan, 21/09/2049, with mum.",
                     "Area 1 - Physical care: grade 4 (food, hygiene, housing, clothing).",
                     "Area 2 - Safety: grade 3 (supervision at home, road safety).",
                     "Area 3 - Love: grade 2 (warm, responsive to Tia).",
                     "Area 4 - Esteem: grade 3.",
                     "Overall: grade 4 in physical care drives the concern about neglect."])
    top = outlook_top(f, addr("Nolan, Kirsty", "kirsty.nolan@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Dunne - TAF 13/10", when, cc=addr("MASH business support", KBS))
    atts = [binary_part(DOCX, "Document1.docx", form), binary_part(DOCX, "TAF minutes 28.09.docx", minutes),
            binary_part("application/pdf", "GCP2 - Dunne.pdf", gcp2)]
    add(f, mail(f, top, body, atts), "knowsley", "mash_step_up", when, 5,
        "urgent", "step_up", True, None, ["EHM-72288"], [ch("Tia Dunne", "2042-05-27", "27/05/2042")],
        ["neglect", "physical_harm"], None, True, [], True, "alert_duty",
        "THE RISK IS ONLY IN AN ODDLY NAMED ATTACHMENT: the body says 'see attached' and apologises that the form "
        "saved as 'Document1.docx'; inside the Appendix 1 form an 'UPDATE 06/10/2049 09:30' records a fresh blistered "
        "burn on a 7-year-old's thigh ('Kyle put the hot spoon on my leg') with the man collecting her at 5pm today and "
        "mum unreachable (safety rule 1: every part, attachments included) -> urgent, alert_duty. The request is "
        "complete: the form by content (Document1.docx), TAF minutes, GCP2 for neglect, EHM-72288, TM agreement in the "
        "form; Wed 6 Oct -> Wed 13 Oct 13:30 = exactly 5 WD -> notice ok. Template lines ('Merseyside Exploitation "
        "Assessment - CE/CSE concern. N/A', 'Toolkit not applicable') add no concern.",
        meeting=date(2049, 10, 13), not_children=["Kyle Burrows", "Kirsty Nolan"],
        features=[("risk_only_in_attachment", "burn"), ("attachment_named", "Document1.docx", "FF Step Up request to CSC")])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2049-10-28 00:34:51"
    body = T("""
Hi Family First duty,

Sorry for the late hour - catching up after two days in court.

Step down to Family First at Level 3 for Oscar Doyle (DOB 11/05/2038) and Poppy Doyle (DOB 30/01/2043), ICS-1377204. The C&F assessment concludes on Friday with a recommendation of Level 3 support through Family First.

Mum (Leanne Doyle) has consented to the referral to Family First - she signed the consent at the CIN review on 21/10/2049.

The main outstanding needs are Oscar's attendance (84% this term) and mum's anxiety, which she is getting help with from her GP.

I've attached the plan - what we're worried about, what's working well and next steps are all in there - and the joint home visit details are in the invite.

Thanks,
Gareth

Gareth Tyldesley
Social Worker | Child in Need Team (Huyton) | Knowsley Council
0151 496 0287
""") + "\n" + KDISC
    cal = ics_file(f, dt(when), "20491103T100000", "20491103T110000",
                   "Joint home visit - Doyle (Family First L3 step down)",
                   "Family home, 27 Sandfield Crescent, Huyton, L36 5TQ",
                   "Joint home visit: Gareth Tyldesley (SW) with a Family First case manager.",
                   ("Gareth Tyldesley", "gareth.tyldesley@" + KDOM))
    top = outlook_top(f, addr("Tyldesley, Gareth", "gareth.tyldesley@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Family First L3 - Doyle - ICS-1377204", when)
    add(f, mail(f, top, body, [ics_att("Joint home visit - Doyle.ics", cal)], cte="base64"),
        "knowsley", "early_help_duty", when, 7,
        "ordinary", "step_down", False, 3, ["ICS-1377204"],
        [ch("Oscar Doyle", "2038-05-11", "11/05/2038"), ch("Poppy Doyle", "2043-01-30", "30/01/2043")],
        ["parental_mental_health", "school_attendance"], True, None, ["worries_strengths_next"], False, "request_info",
        "A CALENDAR FILE INSTEAD OF THE PLAN, AND A CLOCK TRAP: the body says 'I've attached the plan - what we're "
        "worried about, what's working well and next steps are all in there', but the only attachment is 'Joint home "
        "visit - Doyle.ics' (METHOD:PUBLISH, not an invitation reply). The .ics meets meeting_details (Wed 3 Nov "
        "2049 10:00-11:00 Europe/London, at the family home) but the three Signs of Safety headings are nowhere "
        "(one sentence of outstanding needs is not all three) -> missing worries_strengths_next. Level 3 stated; "
        "consent stated as signed -> true. NOTICE, DECISIVE ON THE LONDON DATE: sent Thu 28 Oct 00:34 BST, which is "
        "Wed 27 Oct 23:34 UTC. DESIGN counts working days d with today < d <= meeting, today in Europe/London: Fri 29 "
        "Oct, Mon 1, Tue 2, Wed 3 Nov = 4 < 5 -> not ok (counting from the UTC date would give 5 and 'ok'). -> "
        "request_info.",
        meeting=date(2049, 11, 3), not_children=["Leanne Doyle", "Gareth Tyldesley"],
        features=[("only_attachment_ext", "ics"), ("utc_date_differs",)])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2049-11-08 15:20:05"
    blocks = [
        "Hello Family First Duty Team,", "",
        "I'm writing to let you know of the intention to step Harvey Whitfield (DOB 02/07/2039, ICS-1352218) down to a "
        "Level 2 Early Help service after his final Child in Need meeting.", "",
        ("h", "Final CIN meeting"),
        "Tuesday 16 November 2049 at 2pm, St Aidan's Catholic Primary School, Prescot (the family room).", "",
        ("h", "Lead Practitioner"),
        "Mrs Anjali Roe, Learning Mentor at St Aidan's Catholic Primary School, has agreed to take on the Lead "
        "Practitioner role.", "",
        ("h", "What are we worried about?"),
        "Harvey's attendance has dipped to 88% this term and mum's low mood makes mornings hard; she is on the "
        "waiting list for Talking Therapies.", "",
        ("h", "What is working well?"),
        "Mum has kept every CIN appointment; Harvey is settled at school and gets on well with Mrs Roe; grandad does "
        "the school run twice a week.", "",
        ("h", "What needs to happen?"),
        "A TAF led by school with an attendance plan; mum supported to start Talking Therapies; first TAF review in "
        "six weeks.", "",
        "Mum agrees with the step down and knows Mrs Roe will be in touch. My TM, Rosalind Quick, has agreed the step "
        "down.", "",
        "Just noticed: the PDF I have attached is the wrong file - it is the old ICPC minutes from March 2047, not the "
        "closing summary. Please disregard it; I'll send the closing summary after the CIN meeting. The injuries it "
        "describes (Harvey's fractured wrist) were fully investigated at the time, his dad left the family home in "
        "2047 and has had no contact since, the CP plan ended in January 2048 and there have been no concerns of that "
        "kind since.", "",
        "Thanks,", "Rachel", "",
        "Rachel Kinsella", "Social Worker | Child in Need Team (Prescot) | Knowsley Council", "0151 496 0354", "",
        KDISC.strip()]
    icpc = make_pdf("Initial Child Protection Conference - minutes - 14/03/2047 - Harvey Whitfield (ICS-1352218)",
                    ["Chair: Independent Reviewing Officer. Present: SW, school, police, health, mother.",
                     "Reason for conference: Harvey (7) presented at A&E on 02/03/2047 with a fractured left wrist.",
                     "Account: Harvey told his teacher his dad 'twisted it'. Father (Dean Whitfield) arrested and bailed.",
                     "Decision: Harvey subject to a child protection plan under the category of physical abuse.",
                     "Father to leave the family home and have no contact pending the police investigation.",
                     "Core group to meet within 10 working days. Review conference in three months."])
    top = outlook_top(f, addr("Kinsella, Rachel", "rachel.kinsella@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Level 2 step down - Harvey Whitfield - final CIN 16/11", when,
                      cc=addr("Anjali Roe", "a.roe@staidans-prescot.example"))
    add(f, word_mail(f, top, blocks, [binary_part("application/pdf", "Closing summary - Whitfield.pdf", icpc)]),
        "knowsley", "early_help_duty", when, 6,
        "near_miss", "step_down", False, 2, ["ICS-1352218"], [ch("Harvey Whitfield", "2039-07-02", "02/07/2039")],
        ["parental_mental_health", "school_attendance"], True, True, [], True, "book_meeting",
        "NEAR MISS IN THE WRONG ATTACHMENT: 'Closing summary - Whitfield.pdf' is really the ICPC minutes of March 2047 "
        "(a fractured wrist, 'dad twisted it', a CP plan) and the sender says so - historic, investigated, father gone "
        "since 2047 with no contact, plan ended January 2048, 'no concerns of that kind since' -> not urgent, and the "
        "2047 injury is not a current concern. The request is a complete Knowsley LEVEL 2 step-down (REQUIREMENTS: "
        "meeting_details with venue, worries_strengths_next, lead_practitioner): final CIN Tue 16 Nov 2pm at St "
        "Aidan's, the three headings, Mrs Anjali Roe with her school. The closing summary is not a Knowsley "
        "requirement. Mon 8 Nov -> Tue 16 Nov = 6 WD -> ok. Mum agrees -> consent true; TM agreed -> true.",
        meeting=date(2049, 11, 16), not_children=["Anjali Roe", "Dean Whitfield", "Rachel Kinsella", "Rosalind Quick"],
        features=[("word_html",)])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2049-11-23 11:41:22"
    text = T("""
Hi MASH,

Step up request for Chidera Nwosu (14/06/2036) and Somto Nwosu (02/01/2040), EHM-73904.

The step up TAF is Wednesday 1st December at 10am on Teams - invite sent to you and MASH business support this morning, and I've invited school and the school nurse.

My TM Paul Ashworth agreed the step up in supervision on 19/11.

The concerns are non-engagement - dad has cancelled or not been in for 6 of the last 8 home visits and hasn't come to the last two TAFs - and both children's attendance (Chidera 71%, Somto 79%).

The files are too big to email from my phone so I've put the step up form, the last TAF minutes and the Engaging Families toolkit in the shared folder: https://knowsleygov-my.sharepoint.com/:f:/g/personal/lauren_tickle_knowsley_gov_uk/EhT7m2Q9xYVpNwosuStepUp?e=k2R8vX

Any problems opening it let me know.

Lauren

Sent from my iPhone
""")
    top = plain_top(f, addr("Lauren Tickle", "lauren.tickle@" + KDOM), addr("Knowsley MASH", KMASH),
                    "Step up - Nwosu - EHM-73904", when, KDOM, "iPhone Mail (22F76)", cc=addr("MASH business support", KBS))
    add(f, iphone_mail(f, top, text), "knowsley", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["EHM-73904"],
        [ch("Chidera Nwosu", "2036-06-14", "14/06/2036"), ch("Somto Nwosu", "2040-01-02", "02/01/2040")],
        ["non_engagement", "school_attendance"], None, True, ["engaging_families", "step_up_form", "taf_minutes"], True,
        "request_info",
        "A LINK TO A SHARED FOLDER INSTEAD OF FILES (iPhone, format=flowed, no attachment): the step-up form, TAF "
        "minutes and Engaging Families toolkit are 'in the shared folder' behind a SharePoint link - neither an "
        "attachment nor pasted into the body (REQUIREMENTS), so all three are missing; non-engagement makes "
        "engaging_families required. Met: children, EHM-73904, TM agreement ('My TM Paul Ashworth agreed'), meeting "
        "Wed 1 Dec 10am (Teams). Tue 23 Nov -> Wed 1 Dec = 6 WD -> ok. -> request_info.",
        meeting=date(2049, 12, 1), not_children=["Paul Ashworth"], features=[("no_attachments",), ("flowed",)])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2049-11-30 11:05:40"
    acktext = ack("step-up request", "SB-knowsley-5571",
                  ["Family: Hollis (EHM-73511)", "Child: Riley Hollis",
                   "Step-up TAF meeting: Wednesday 8 December 2049, 10:00 (Teams)"],
                  ["gcp2 - the Graded Care Profile 2 (the concerns include neglect)"])
    body = T("""
Sorry - GCP2 attached now, it didn't attach this morning for some reason.

PS Riley's school rang while I was typing this. Riley (8) told his teacher: "Mum's boyfriend locked me in the coal shed all night cos I broke the telly." He came in this morning in yesterday's clothes, shivering, with a cut above his eyebrow that nobody has cleaned. The boyfriend (Wayne) picks him up at 3 o'clock. Mum isn't answering her phone.

Stacey

Stacey Molyneux
Family First Case Manager | Family First 0-18 (Halewood) | Knowsley Council
0151 496 0962
""") + quote("Knowsley MASH <knowsleymash@knowsley.gov.uk>", "30 November 2049 09:02",
             "Molyneux, Stacey <stacey.molyneux@knowsley.gov.uk>", "Step-up request received - Hollis [SB-knowsley-5571]",
             acktext)
    gcp2 = make_pdf("GCP2 - Riley Hollis - EHM-73511",
                    ["Graded Care Profile 2, completed 25/11/2049 by Stacey Molyneux with mum.",
                     "Physical care: grade 4 - little food in the house, Riley's clothes unwashed, no bed linen.",
                     "Safety: grade 4 - little supervision at home in the evenings.",
                     "Love: grade 3. Esteem: grade 4.",
                     "Summary: the scores reflect neglect of Riley's basic care over the last three months."])
    top = outlook_top(f, addr("Molyneux, Stacey", "stacey.molyneux@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: Step-up request received - Hollis [SB-knowsley-5571]", when,
                      reply_to_mid=msgid(f, "stepbot.knowsley.gov.uk", "ack"))
    add(f, mail(f, top, body, [binary_part("application/pdf", "GCP2 Hollis.pdf", gcp2)], html_alt=True),
        "knowsley", "mash_step_up", when, 4,
        "urgent", "follow_up", True, None, ["EHM-73511"], [ch("Riley Hollis")],
        ["neglect", "physical_harm"], None, None, [], None, "alert_duty",
        "THE DOCUMENTS IN A SECOND MAIL, THE RISK IN ITS PS: a reply to [SB-knowsley-5571] bringing the GCP2 that "
        "'didn't attach this morning' (a follow_up) whose PS reports an 8-year-old's own words - locked in the coal "
        "shed all night by mum's boyfriend - a fresh uncleaned cut, and the boyfriend collecting him at 3 o'clock "
        "today, mum not answering -> urgent; alert_duty overrides attach_to_request. The quoted acknowledgement's "
        "'What is missing:' is not the 'missing' concern. Riley Hollis named without a DOB; EHM-73511 from the "
        "quoted ack and the attachment.",
        not_children=["Stacey Molyneux"], features=[("quoted_ack",)])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2049-09-15 08:30:00"
    text = T("""
Knowsley Safeguarding Children Partnership - 7-minute briefing
When the attachment IS the referral

1. Why this matters
Referrals, step-up forms and assessments increasingly arrive as attachments. When the attachment goes wrong, the information a duty worker needs may never be read.

2. What a recent audit found (composite examples - not live cases)
- A step-up form saved as "Document1.docx" under a covering email that said only "see attached". Inside, the worker had recorded that a seven-year-old had been burned that morning and would be collected by the adult she named. Nobody opened the attachment until the next day.
- A password-protected referral whose password went to the wrong inbox.
- A link to a shared folder that MASH could not open.
- The same form attached twice, and the GCP2 never attached at all.

3. What to do
- Put anything a duty worker must act on today in the body of the email, not only in an attachment.
- If you believe a child is at immediate risk of harm, phone the MASH duty social work team - do not rely on email. In an emergency call 999.
- Name files properly: "Step up form - FAMILY - date".
- Send passwords by phone, never in the same email.
- Check your attachments before you press send.

The full briefing is attached as a PDF. This briefing is for learning only: the examples are composites and do not refer to any family currently known to services. Please do not reply to this email.

Knowsley Safeguarding Children Partnership | Nutgrove Villa, Huyton
To unsubscribe from KSCP briefings, reply with UNSUBSCRIBE in the subject.
""")
    html_body = ("<html><body style=\"font-family:Arial,sans-serif;font-size:10pt\">"
                 "<table width=\"600\" cellpadding=\"8\" style=\"border:1px solid #4B2E83\"><tr><td style=\"background:#4B2E83;color:#FFFFFF\">"
                 "<b>Knowsley Safeguarding Children Partnership - 7-minute briefing</b><br>When the attachment IS the referral</td></tr>"
                 "<tr><td>" + "".join("<p>%s</p>" % html.escape(p).replace("\n", "<br>")
                                      for p in text.split("\n\n")[1:]) + "</td></tr></table></body></html>\n")
    brief = make_pdf("7-minute briefing: when attachments go wrong (KSCP, September 2049)",
                     ["1. Covering emails that say 'see attached' and nothing else.",
                      "2. Files renamed by the system: Document1.docx, scan0003.pdf.",
                      "3. Composite case: a seven-year-old burned that morning, recorded only inside an attachment.",
                      "4. Passwords: send by phone. Links: MASH cannot open personal OneDrive folders.",
                      "5. The same form attached twice; the GCP2 never attached.",
                      "6. Learning: urgent information goes in the body, and by phone to the MASH.",
                      "For learning only - composite examples, no family currently known to services."])
    top = [("From", addr("Knowsley Safeguarding Children Partnership", "kscp.briefings@" + KDOM)),
           ("To", addr("Knowsley MASH", KMASH)),
           ("Subject", "7-minute briefing: when the attachment IS the referral"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "lists.knowsley.gov.uk")),
           ("List-Id", "KSCP briefings <kscp-briefings.lists.knowsley.gov.uk>"),
           ("List-Unsubscribe", "<mailto:kscp.briefings@knowsley.gov.uk?subject=UNSUBSCRIBE>")]
    add(f, alt_mail(f, top, text, html_body, [binary_part("application/pdf", "7MB - When attachments go wrong.pdf", brief)]),
        "knowsley", "mash_step_up", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS, A BULLETIN LISTING EXAMPLES: the partnership's 7-minute briefing on attachments that go wrong "
        "(List-Id, List-Unsubscribe, no Auto-Submitted) describes a composite case - a seven-year-old burned that "
        "morning, recorded only inside a 'Document1.docx' - and uses 'immediate risk' and 'emergency' as advice; "
        "'composite examples ... do not refer to any family currently known' -> DESIGN: bulletins that list "
        "examples must not trigger rule 1. No request, no child -> other, human_review.",
        features=[("list_mail",)])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2049-09-16 09:20:14"
    add(f, itip_reply(f, when, "Aled Pryce", "aled.pryce@" + KDOM, ("Knowsley MASH", KMASH), "ACCEPTED",
                      "Step-up TAF meeting - Mercer [SB-knowsley-5540] (EHM-73015)", "20490922T100000",
                      "20490922T113000", "Microsoft Teams Meeting",
                      comment="Happy to chair. FYI only the step up form has come through (twice) - no GCP2 or TAF "
                              "minutes yet. Can business support chase Bethany before Wednesday?"),
        "knowsley", "mash_step_up", when, 3,
        "ordinary", "meeting_reply", False, None, ["EHM-73015"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY (text/calendar method=REPLY, PARTSTAT=ACCEPTED) from the MASH social worker to the "
        "invitation for knowsley_01's step-up TAF meeting; its comment notes the form came through twice and the GCP2 "
        "and TAF minutes never did - a remark about documents, not a request -> meeting_reply, record_reply. The EHM "
        "id in the SUMMARY is a case id; the family is named by surname only, so no child.",
        features=[("itip", "REPLY")])


# ============================================================================ RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2049-09-07 14:05:12"
    body = T("""
Dear MASH colleagues,

Please find attached the latest case summary and the rationale for stepping Tolu Adebayo (DOB 22/07/2039, Mosaic ID 3390127) up to Children's Services.

Nadia Haque (Early Help Practitioner) and I had our reflective discussion in supervision this morning and I agree that the plan should be to step up. In short: domestic abuse between mum and her partner, and mum's mental health - the detail is in the attachments.

I'd be grateful for an invitation to the step-up case discussion; Nadia and I can both attend.

Kind regards
Grace

Grace Fenwick
Early Help Team Manager | Wandsworth North | Richmond and Wandsworth Councils
020 7946 0644

""") + RDISC
    top = outlook_top(f, addr("Fenwick, Grace", "grace.fenwick@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Adebayo - Mosaic 3390127", when, cc=addr("Haque, Nadia", "nadia.haque@" + RDOM))
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["3390127"], [ch("Tolu Adebayo", "2039-07-22", "22/07/2039")],
        ["domestic_abuse", "parental_mental_health"], None, True, ["case_summary", "rationale"], None, "request_info",
        "'PLEASE FIND ATTACHED' WITH NOTHING ATTACHED: the Early Help Team Manager's step-up (seed 000: she emails the "
        "MASH Step Up inbox 'with the latest case summary and the rationale') has no attachment at all, and the "
        "body points to the attachments for 'the detail' - one summary line is not the rationale -> missing "
        "case_summary and rationale. She agrees the step-up (manager_agreed true). 'Mosaic ID 3390127' -> "
        "'3390127'. richmond_wandsworth_02 is the same manager's second mail with the files. -> request_info.",
        not_children=["Nadia Haque", "Grace Fenwick"], features=[("no_attachments",)])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2049-09-07 14:31:48"
    acktext = ack("step-up request", "SB-richmond_wandsworth-812",
                  ["Child: Tolu Adebayo (22/07/2039)", "Mosaic: 3390127"],
                  ["case_summary - the latest case summary", "rationale - the rationale for the plan to step up"])
    body = T("""
Apologies - I pressed send before the attachments had uploaded. Case summary and rationale now attached.

Grace

Grace Fenwick
Early Help Team Manager | Wandsworth North | Richmond and Wandsworth Councils
020 7946 0644
""") + quote("MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk>", "07 September 2049 14:06",
             "Fenwick, Grace <grace.fenwick@richmondandwandsworth.gov.uk>",
             "Step-up request received - Adebayo - Mosaic 3390127 [SB-richmond_wandsworth-812]", acktext) + "\n" + RDISC
    summary = make_docx(["# Latest case summary - Tolu Adebayo (Mosaic 3390127)",
                         "Family: Tolu (10) lives with his mum, Bisi Adebayo, and her partner, Marcus Lowe.",
                         "Open to Early Help since March 2049 for parenting support and mum's low mood.",
                         "Since June: repeated loud arguments between mum and Marcus, which Tolu hears from his room; "
                         "police were called by a neighbour on 14 August (verbal only, no injuries). Marcus now stays at "
                         "his mother's most nights.",
                         "Mum's depression has worsened; she has missed two GP reviews.",
                         "Tolu is anxious at school and says he 'listens for the shouting'."])
    rationale = make_pdf("Rationale for step up - Tolu Adebayo (Mosaic 3390127)",
                         ["Domestic abuse between mum and her partner continues despite six months of Early Help support.",
                          "Mum's mental health is deteriorating and she is not engaging with her GP.",
                          "The impact on Tolu is growing: anxiety at school, poor sleep.",
                          "Early Help alone cannot reduce the harm: a Child and Family Assessment is needed.",
                          "Team manager agreement: agreed (G. Fenwick, Early Help Team Manager, 07/09/2049)."])
    top = outlook_top(f, addr("Fenwick, Grace", "grace.fenwick@" + RDOM), addr("MASH Step Up", RSU),
                      "RE: Step-up request received - Adebayo - Mosaic 3390127 [SB-richmond_wandsworth-812]", when,
                      reply_to_mid=msgid(f, "stepbot." + RDOM, "ack"))
    add(f, mail(f, top, body, [binary_part(DOCX, "Case summary - Adebayo.docx", summary),
                               binary_part("application/pdf", "Rationale for step up - Adebayo.pdf", rationale)],
                html_alt=True),
        "richmond_wandsworth", "mash_step_up", when, 4,
        "ordinary", "follow_up", False, None, ["3390127"], [ch("Tolu Adebayo", "2039-07-22", "22/07/2039")],
        ["domestic_abuse", "parental_mental_health"], None, True, [], None, "attach_to_request",
        "THE DOCUMENTS IN A SECOND MAIL: 26 minutes after richmond_wandsworth_01 the manager replies to the "
        "acknowledgement [SB-richmond_wandsworth-812] with the case summary and rationale -> follow_up, "
        "attach_to_request (missing [] for a follow_up). The attachments describe domestic abuse and mum's "
        "depression; the rationale records 'Team manager agreement: agreed' -> manager_agreed true. Child and DOB "
        "from the quoted ack.",
        not_children=["Marcus Lowe", "Bisi Adebayo", "Grace Fenwick"], features=[("quoted_ack",)])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2049-09-16 17:48:03"
    hannah = T("""
Declan,

As discussed on the phone, here is my note for the step up for Mila Kovacs (DOB 03/02/2041) and Noah Kovacs (DOB 19/08/2045), Mosaic ID 3418865.

Rationale for step up
We have worked with the family under Early Help since May, helping mum with routines and a nursery place for Noah. Since July mum's partner, Adrian Pope, has lived with the family. Over the summer Mila told school that Adrian "shouts at mummy and throws things". Early Help cannot manage this on its own: the family needs a statutory assessment.

Today's visit (16/09, 4pm)
Mum opened the door only a few inches and whispered to me that last night Adrian had his hands round her neck in the kitchen while Mila and Noah were watching, and that he has taken her bank card and her keys. There were red marks on both sides of her neck. Adrian was in the front room the whole time I was there and called out twice to ask who it was. Mum said she can't leave with the children tonight because he would find them, and asked me not to ring her because he checks her phone. I could hear Noah crying upstairs.

I'll send the case summary password separately.

Hannah

Hannah Szabo
Early Help Practitioner | Richmond Early Help | Richmond and Wandsworth Councils
""")
    body = T("""
MASH colleagues,

Forwarding Hannah's note from this afternoon's visit. I've read it with her: I agree with her rationale and support the step-up. The case summary is attached - it's password-protected under our new secure setting, and Hannah will send the password in a separate email.

Declan

Declan Farrow
Early Help Team Manager | Richmond | Richmond and Wandsworth Councils
020 7946 0581
""") + quote("Szabo, Hannah <hannah.szabo@richmondandwandsworth.gov.uk>", "16 September 2049 17:21",
             "Farrow, Declan <declan.farrow@richmondandwandsworth.gov.uk>", "Step up - Kovacs - Mosaic 3418865",
             hannah) + "\n" + RDISC
    att = enc_pdf_att(f, "Case summary - Kovacs.pdf", "Case summary - Mila and Noah Kovacs (Mosaic 3418865)",
                      ["Open to Early Help since May 2049: routines, nursery place for Noah.",
                       "Mum's partner Adrian Pope moved in in July 2049.",
                       "School: Mila says Adrian shouts at mum and throws things.",
                       "Early Help plan: three visits a month; nursery place for Noah from September."],
                      "Kovacs-1609")
    top = outlook_top(f, addr("Farrow, Declan", "declan.farrow@" + RDOM), addr("MASH Step Up", RSU),
                      "FW: Step up - Kovacs - Mosaic 3418865", when)
    add(f, mail(f, top, body, [att], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 5,
        "urgent", "step_up", True, None, ["3418865"],
        [ch("Mila Kovacs", "2041-02-03", "03/02/2041"), ch("Noah Kovacs", "2045-08-19", "19/08/2045")],
        ["domestic_abuse"], None, True, ["case_summary"], None, "alert_duty",
        "THE RISK IN THE FORWARDED PART, THE SUMMARY PASSWORD-PROTECTED: the Early Help Team Manager forwards the "
        "worker's note; inside it, today's visit: mum strangled last night in front of both children, her bank card "
        "and keys taken, the man in the house now, mum unable to leave tonight -> immediate, urgent (no alarm words "
        "used). The case summary is an RC4-encrypted PDF whose password is 'sent separately' -> refused "
        "(REQUIREMENTS: encrypted meets nothing) -> missing case_summary; the rationale is in the body under its own "
        "heading. The manager agrees (manager_agreed true). -> alert_duty.",
        not_children=["Adrian Pope", "Hannah Szabo", "Declan Farrow"],
        features=[("encrypted", "Case summary - Kovacs.pdf"), ("fw_subject",)])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2049-10-06 10:15:33"
    blocks = [
        "Dear Early Help duty,", "",
        "Following my call with Jasper Quint yesterday, we agreed a step-down case discussion for Monday 11 October at "
        "2pm on Teams. As agreed, here are the latest case summary and the draft plan for Early Help for Ayo Bankole "
        "(DOB 09/12/2035, Mosaic 3356021) and Deji Bankole (DOB 07/03/2042, Mosaic 3356022).", "",
        "Both attachments saved with silly names from Mosaic, sorry - Document2 is the case summary and the 'FINAL "
        "(2)' one is the draft plan.", "",
        ("h", "Consent"),
        "Mum (Folake Bankole) and Ayo both agreed to Early Help continuing the plan when I saw them on 4 October; Deji "
        "knows and is happy with it.", "",
        "Our remaining worries are Ayo's attendance (79%) and mum's depression, for which she is now under the "
        "community mental health team.", "",
        "You will see in the summary a reference to the 2046 s47 enquiry (Deji's broken arm). That was thoroughly "
        "investigated at the time and found to be accidental - a trampoline fall witnessed by two neighbours - and "
        "there have been no concerns of that kind since.", "",
        "My team manager, Ruth Adjei, agrees with the step-down and will join the discussion.", "",
        "Best wishes,", "Tomasz", "",
        "Tomasz Lis", "Social Worker | Family Support and Child Protection (Wandsworth) | Richmond and Wandsworth Councils",
        "020 7946 0862", "", RDISC.strip()]
    summary = make_docx(["# Latest case summary - Bankole children",
                         "Ayo Bankole (13) and Deji Bankole (7) live with their mum, Folake Bankole.",
                         "History: a s47 enquiry in 2046 after Deji's broken arm concluded the injury was accidental.",
                         "Child in Need plan since March 2049 for mum's depression and Ayo's school attendance.",
                         "Progress: mum engaged with the community mental health team; home routines much improved.",
                         "Outstanding: Ayo's attendance 79%; mum's mood still low in the mornings."])
    plan = make_docx(["# Draft Early Help Plan - Bankole family"],
                     [[["Goal", "Action", "Who", "When"],
                       ["Ayo at school every day", "Attendance plan and a morning check-in", "School / EH worker", "From October"],
                       ["Mum's wellbeing", "Keep CMHT appointments; peer support group", "Mum / CMHT", "Ongoing"],
                       ["Family routines", "Weekly visits for six weeks", "Early Help worker", "October - November"]]])
    top = outlook_top(f, addr("Lis, Tomasz", "tomasz.lis@" + RDOM), addr("Early Help Duty", RED),
                      "Step down to Early Help - Bankole - Mosaic 3356021 / 3356022", when,
                      cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    add(f, word_mail(f, top, blocks, [binary_part(DOCX, "Document2.docx", summary),
                                      binary_part(DOCX, "EH plan DRAFT v3 FINAL (2).docx", plan)]),
        "richmond_wandsworth", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["3356021", "3356022"],
        [ch("Ayo Bankole", "2035-12-09", "09/12/2035"), ch("Deji Bankole", "2042-03-07", "07/03/2042")],
        ["parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
        "NEAR MISS + ODDLY NAMED FILES: a broken arm in a 2046 s47, 'thoroughly investigated ... found to be "
        "accidental ... no concerns of that kind since' -> historic and resolved, not urgent, not a current concern. "
        "The attachments are 'Document2.docx' and 'EH plan DRAFT v3 FINAL (2).docx', but their content (and the body) "
        "shows the case summary and the draft plan -> both met (REQUIREMENTS: name OR content). Consent from mum and "
        "Ayo -> true; TM agrees -> true. Complete Richmond & Wandsworth step-down (case summary, draft plan, "
        "consent); case discussion Mon 11 Oct agreed with the Early Help duty manager. -> book_meeting.",
        not_children=["Folake Bankole", "Ruth Adjei", "Jasper Quint"],
        features=[("attachment_named", "Document2.docx", "Latest case summary")])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2049-10-18 09:02:11"
    body = T("""
This is an automated message from the council's email security service.

A message addressed to MASH-StepUP@richmondandwandsworth.gov.uk has been held because one of its attachments was blocked by policy.

From: lucy.nash@richmondandwandsworth.gov.uk
Subject: Step up - Byrne family
Received: 18/10/2049 08:57
Blocked attachment: Rationale - Byrne.docm (macro-enabled Word document)
Other attachments released: none

The message body and any permitted attachments will be released after review by ICT, normally within one working day. Do not reply to this message; it is sent from an unmonitored address.

Reference: AP-49-1018-77312
""")
    top = [("From", addr("Attachment Protect", "attachment.protect@" + RDOM)), ("To", RSU),
           ("Subject", "Message held: attachment blocked - Step up - Byrne family"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "gateway." + RDOM)),
           ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("Precedence", "auto_reply")]
    add(f, build(top, text_part(body, cte="7bit", crlf=True)), "richmond_wandsworth", "mash_step_up", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "The mail gateway's automatic notice (Auto-Submitted: auto-generated, X-Auto-Response-Suppress) that a "
        "step-up's macro-enabled 'Rationale - Byrne.docm' was blocked and the message held: machine-generated, never "
        "answered (safety rule 2) -> auto_reply, ignore. The held request itself has not arrived; 'AP-49-1018-77312' "
        "is a gateway reference, not a case id.",
        features=[("auto_submitted",)])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2049-11-09 13:37:20"
    body = T("""
Hello MASH,

I'd like to request a step-up case discussion for Skye Doherty-Lane (DOB 30/04/2038), Mosaic ID 3402210. Skye's Early Help worker is Femi Coker.

Rationale for step up
Skye (11) has been open to Early Help since February for home conditions and attendance. Despite a TAF plan, two housing referrals and a family support worker twice a week, the home is again without working heating or a cooker, there is little food, and Skye's attendance has fallen to 62%. Mum (Carla Lane) accepts that things are not good enough and has tried, but the home has not improved. We think the threshold for a Child and Family Assessment is now met, and I agree that Skye should be stepped up.

For completeness: the case summary mentions that Skye's father has a 2041 conviction for assaulting a previous partner's child. He has been in prison since 2047, has no contact with Skye and is not part of the current worries.

Case summary: our system won't let me attach it today, so I've sent it through the secure portal - you should get a separate notification, or use this link:
https://securemail.richmondandwandsworth.gov.uk/portal/open?id=7Q4N-2210-SDL

Olu Bamidele
Early Help Team Manager | Richmond | Richmond and Wandsworth Councils
020 7946 0410

""") + RDISC
    top = plain_top(f, addr("Bamidele, Olu", "olu.bamidele@" + RDOM), addr("MASH Step Up", RSU),
                    "Step up - Skye Doherty-Lane - Mosaic ID 3402210", when, RDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, cte="base64"), "richmond_wandsworth", "mash_step_up", when, 6,
        "near_miss", "step_up", False, None, ["3402210"], [ch("Skye Doherty-Lane", "2038-04-30", "30/04/2038")],
        ["neglect", "school_attendance"], None, True, ["case_summary"], None, "request_info",
        "NEAR MISS + A PORTAL LINK INSTEAD OF THE FILE: the father's 2041 conviction for assaulting another child is "
        "historic - in prison since 2047, no contact, 'not part of the current worries' -> not urgent, not a current "
        "concern. The rationale is in the body under its own heading (met); the case summary is only a secure-portal "
        "link (not an attachment, not pasted) -> missing case_summary. Sender is the Early Help Team Manager who "
        "agrees -> true. 'Mum accepts that things are not good enough' is not consent -> null; she has tried, so no non-engagement. base64 text/plain.",
        not_children=["Femi Coker", "Carla Lane", "Olu Bamidele"], features=[("no_attachments",)])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2049-11-26 12:10:45"
    body = T("""
Hi Early Help duty,

Following my call with the duty team manager on Wednesday, I'm confirming the step-down case discussion we agreed for Tuesday 30 November at 10am (Teams). I've attached the latest case summary and the draft plan for Early Help.

Zara Hussain, DOB 14/05/2047, Mosaic ID 3441187. Mum (Amina Hussain) consented to Early Help continuing the plan when I saw her on 24 November. My team manager is Colm Brady.

Thanks,
Bea

Bea Lindqvist
Social Worker | Assessment Team (Richmond) | Richmond and Wandsworth Councils
020 7946 0733

PS - sorry, I'm just back from a home visit and need to add this before the discussion. Mum has a black eye and a split lip. She told me Zara's dad, Tariq, came back to the flat last night and has been sleeping there; he told her that if she speaks to me again he will take Zara to his family in Birmingham and she will never see her again. He was asleep in the bedroom when I left at 11.30 and Zara was in her cot in the same room. Mum asked me not to ring the flat.

""") + RDISC
    summary = make_docx(["# Latest case summary - Zara Hussain (Mosaic 3441187)",
                         "Zara (2) lives with her mum, Amina Hussain.",
                         "Referred in August 2049 after police attended a domestic incident; Zara's father moved out.",
                         "Child and Family Assessment: mum protective, engaging with the domestic abuse service.",
                         "Recommendation: step down to Early Help for continued support with housing and nursery."])
    cal = ics_file(f, dt(when), "20491130T100000", "20491130T110000", "Step-down case discussion - Hussain",
                   "Microsoft Teams", "", ("Bea Lindqvist", "bea.lindqvist@" + RDOM))
    top = plain_top(f, addr("Lindqvist, Bea", "bea.lindqvist@" + RDOM), addr("Early Help Duty", RED),
                    "Step down - Zara Hussain - Mosaic 3441187", when, RDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, [binary_part(DOCX, "Case summary - Hussain.docx", summary),
                               ics_att("Step down case discussion.ics", cal)]),
        "richmond_wandsworth", "early_help_duty", when, 5,
        "urgent", "step_down", True, None, ["3441187"], [ch("Zara Hussain", "2047-05-14", "14/05/2047")],
        ["domestic_abuse"], True, None, ["draft_plan"], None, "alert_duty",
        "THE RISK IN A PS, A CALENDAR FILE INSTEAD OF THE PLAN: a routine step-down whose PS reports, from a visit "
        "this morning, mum's black eye and split lip, the father back in the flat since last night, threatening to "
        "take the 2-year-old to his family in Birmingham, asleep in the room with her at 11.30 -> urgent (told plainly, no "
        "alarm words). 'I've attached the latest case summary and the draft plan' but the second attachment is "
        "'Step down case discussion.ics' -> missing draft_plan; consent stated (true). -> alert_duty.",
        not_children=["Amina Hussain", "Colm Brady", "Bea Lindqvist"],
        features=[("has_attachment_ext", "ics")])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2049-12-14 10:44:02"
    blocks = [
        "Dear Early Help duty,", "",
        "Confirming the step-down case discussion I agreed with the duty team manager this morning: Thursday 16 "
        "December, 10am, Teams.", "",
        "Mosaic won't let me export documents today (ICT are aware), so I've pasted the case summary and the draft "
        "plan below rather than attaching them.", "",
        ("h", "Latest case summary"),
        "Elif Demir (DOB 21/01/2037, Mosaic 3460034) is 12 and lives with her dad, Murat, who has multiple sclerosis. "
        "Elif does much of the shopping and cooking and helps with her dad's medication. She has been on a Child in "
        "Need plan since June because of missed school (81%) and tiredness. Dad now has a care package from adult "
        "social care four mornings a week, Elif's attendance has recovered to 93% and she goes to the young carers' "
        "group on Thursdays.", "",
        ("h", "Draft plan for Early Help"),
        ("table", [["What needs to happen", "Who", "By when"],
                   ["Young carer's assessment reviewed", "Kerry Ansah", "January"],
                   ["Attendance monitored, weekly pastoral check-in", "School", "Ongoing"],
                   ["Dad's care package reviewed", "Adult social care", "February"]]),
        "",
        "Elif and her dad both consent to Early Help continuing the plan. The proposed lead practitioner is Kerry "
        "Ansah, Youth Worker at Roehampton Youth Hub, who has agreed.", "",
        "Many thanks,", "Nikhil", "",
        "Nikhil Varma", "Social Worker | Children in Need (Wandsworth) | Richmond and Wandsworth Councils", "020 7946 0915",
        "", RDISC.strip()]
    top = outlook_top(f, addr("Varma, Nikhil", "nikhil.varma@" + RDOM), addr("Early Help Duty", RED),
                      "Step down case discussion Thu 16/12 - Elif Demir - Mosaic 3460034", when)
    add(f, word_mail(f, top, blocks), "richmond_wandsworth", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["3460034"], [ch("Elif Demir", "2037-01-21", "21/01/2037")],
        ["school_attendance", "young_carer"], True, None, [], None, "book_meeting",
        "NO ATTACHMENTS BECAUSE EXPORT FAILED - THE DOCUMENTS PASTED INSTEAD: Mosaic would not export, so the case "
        "summary and the draft plan are pasted into the Word-HTML body under their own headings (REQUIREMENTS: the "
        "same document pasted into the body under its own heading meets it) -> both met; consent from Elif and her "
        "dad -> true; lead practitioner named (an 'ask', not a requirement). -> book_meeting.",
        not_children=["Kerry Ansah", "Nikhil Varma"], features=[("no_attachments",), ("word_html",)])


# ============================================================================ TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2049-09-10 11:18:27"
    body = T("""
MAST,

Step-up request - Inaya Begum, DOB 11/11/2045 (3 years), Mosaic 3375519. Family open to Targeted Early Help since April (routines, housing).

Observation, 10/09/2049, 09:05, nursery room 2 (seen by me and the room leader, Tahmina Khatun):
- Four oval bruises, approx 1-1.5 cm, purple/blue, on the inner aspect of both upper arms, in a grip pattern.
- Linear red mark, approx 4 cm, left cheek.
- Inaya flinched when her coat was taken off.

Child's account, verbatim: "Abba squeezes when I'm naughty. He said next time he do it harder."

Mother's account: not obtained - mother did not bring her in today.

Collection: father (Shahid Begum) is booked to collect Inaya at 12:00 today (half-day session).

The MARF is attached - I had to fill it in by hand and scan it because the laptop isn't working.

Discussed with Shirin Akhtar, Centre Manager, who agrees with this step-up.

Rubina Chowdhury
Family Support Worker | Chrisp Street Children's Centre | Targeted Early Help
020 7946 0291

""") + TDISC
    top = outlook_top(f, addr("Chowdhury, Rubina", "rubina.chowdhury@" + TDOM), addr("MAST", TMAST),
                      "Step up to MAST - Inaya Begum - Mosaic 3375519", when)
    add(f, mail(f, top, body, [scan_att(f, "MARF handwritten - Inaya Begum.pdf")]), "tower_hamlets", "mash_step_up",
        when, 4,
        "urgent", "step_up", True, None, ["3375519"], [ch("Inaya Begum", "2045-11-11", "11/11/2045")],
        ["physical_harm"], None, True, [], None, "alert_duty",
        "CLINICAL VOICE + A SCANNED HANDWRITTEN MARF: an observation log - grip-pattern bruises on a 3-year-old's "
        "arms, 'Abba squeezes when I'm naughty. He said next time he do it harder', father collecting at 12:00 today "
        "-> urgent, no alarm words. The MARF is an image-only PDF (a scan, no text layer) but its name says what it "
        "is ('MARF handwritten - Inaya Begum.pdf'; REQUIREMENTS: name OR content) and it is not a refused type -> "
        "request_for_support met; the centre manager agrees -> manager_agreed true. Nothing missing -> alert_duty.",
        not_children=["Tahmina Khatun", "Shahid Begum", "Shirin Akhtar", "Rubina Chowdhury"],
        features=[("image_only", "MARF handwritten - Inaya Begum.pdf")])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2049-10-21 08:26:50"
    comment = ("Sorry, I can't make next Thursday. Mrs Miah rang me at 8.10 this morning from her old phone, "
               "whispering from the bathroom. Jamal has taken her main phone and the door keys and won't let her or the "
               "girls, Amira Miah (6) and Sana Miah (3), leave the flat. She said he was punching the walls all night. "
               "The call cut off and that phone now goes straight to voicemail. I'm going round now.")
    add(f, itip_reply(f, when, "Nasreen Uddin", "nasreen.uddin@" + TDOM, ("Early Help Hub", TEH), "DECLINED",
                      "TAF meeting - Miah [SB-tower_hamlets-3120] (Mosaic 3381204)", "20491028T100000",
                      "20491028T113000", "Mile End Family Hub, Room 2", comment=comment),
        "tower_hamlets", "early_help_duty", when, 3,
        "urgent", "meeting_reply", True, None, ["3381204"], [ch("Amira Miah"), ch("Sana Miah")],
        ["domestic_abuse"], None, None, [], None, "alert_duty",
        "A CALENDAR REPLY'S COMMENT (safety rule 1): an Outlook iTIP REPLY, PARTSTAT=DECLINED, to stepbot's TAF "
        "invitation; the comment says mum and two girls (6 and 3) are held in the flat by a man who took her phone "
        "and keys, punching walls all night, the call cut off and the phone now dead -> urgent now, meeting_reply -> "
        "alert_duty. Mosaic number from the SUMMARY.",
        not_children=["Nasreen Uddin"], features=[("itip", "REPLY")])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2049-11-02 13:12:09"
    preview = ("Yusuf came to me at lunch and said: 'My uncle said if I tell anyone he will burn my sister with the "
               "iron like he did me.' He showed me his upper arm - there is a triangular scabbed mark the shape of an "
               "iron tip. His uncle, who he lives with, collects him at 3.15. Yusuf has asked to stay at school. "
               "I've tried MAST on the phone twice and the line is...")
    text = T("""
Farah Choudhury (Bow Brook Primary School) has sent you a secure message.

Subject: Yusuf Karim (Y3) - please call me back today
Attachments: 1 (MARF - Yusuf Karim.docx)

Message preview:
"%s"

To read the full message and open the attachment, sign in to SecureSend:
https://portal.securesend.example/m/7KQ2-XV81-3MTT

This notification was sent to MAST@towerhamlets.gov.uk. Messages expire after 14 days.
SecureSend - protected email for schools and partners
""") % preview
    html_body = ("<html><body style=\"font-family:Segoe UI,Arial,sans-serif;font-size:10pt;color:#222\">"
                 "<div style=\"background:#0B5394;color:#fff;padding:10px\"><b>SecureSend</b></div>"
                 "<p><b>Farah Choudhury</b> (Bow Brook Primary School) has sent you a secure message.</p>"
                 "<p>Subject: <b>Yusuf Karim (Y3) - please call me back today</b><br>Attachments: 1 (MARF - Yusuf Karim.docx)</p>"
                 "<div style=\"border-left:3px solid #0B5394;padding-left:8px;color:#444\"><i>%s</i></div>"
                 "<p><a href=\"https://portal.securesend.example/m/7KQ2-XV81-3MTT\" style=\"background:#0B5394;color:#fff;"
                 "padding:6px 12px;text-decoration:none\">Open secure message</a></p>"
                 "<p style=\"font-size:8pt;color:#777\">This notification was sent to MAST@towerhamlets.gov.uk. "
                 "Messages expire after 14 days.<br>SecureSend - protected email for schools and partners</p>"
                 "</body></html>\n") % html.escape(preview)
    top = [("From", addr("SecureSend", "notifications@securesend.example")), ("To", TMAST),
           ("Reply-To", addr("Farah Choudhury", "f.choudhury@bowbrook.towerhamlets.sch.uk")),
           ("Subject", "Farah Choudhury sent you a secure message: Yusuf Karim (Y3) - please call me back today"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "securesend.example"))]
    add(f, alt_mail(f, top, text, html_body), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Yusuf Karim")], ["physical_harm"], None, None, [], None, "alert_duty",
        "A PORTAL NOTIFICATION INSTEAD OF A MAIL, THE CHILD'S OWN WORDS IN ITS PREVIEW: looks automatic (a secure-"
        "mail service's 'you have a secure message' with a sign-in link; the MARF is only in the portal) but carries "
        "no Auto-Submitted header and a school DSL's words: a Year 3 boy burned with an iron by the uncle he lives "
        "with, threatened 'he will burn my sister', uncle collecting at 3.15 -> safety rule 1 (mail that looks "
        "automatic is read too) -> urgent; not a step request -> other, alert_duty. The sister is unnamed.",
        not_children=["Farah Choudhury"], features=[("no_attachments",)])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2049-09-27 16:05:44"
    body = T("""
Dear Early Help colleagues,

Please find attached the Child and Family Assessment and the draft TAF plan for Amir Hossain (DOB 02/08/2040) and Lina Hossain (DOB 17/01/2044), Mosaic 3390441. The C&F Assessment concluded on 24/09/2049 with a recommendation to step down to a TAF.

Mum (Parveen Hossain) consented to the step-down and to the TAF plan when I saw her on 22/09. The lead practitioner will be Ruksana Ali, Family Support Worker at Stepney Green Children's Centre, who has agreed. I'll arrange and chair the TAF meeting - provisionally Wednesday 6 October, 10am, at Stepney Green Children's Centre.

The assessment is password-protected (it contains third-party information); I'll send the password in a separate email.

For context: the s47 enquiry in March followed dad's assault on mum. He was convicted in July, is serving a custodial sentence and there is a restraining order; there has been no contact since and there are no current concerns of that kind. What remains is mum's anxiety and Amir's attendance (85%), which the TAF plan addresses.

Kind regards,
Kwame

Kwame Asante
Social Worker | Assessment & Intervention | Tower Hamlets Council
020 7946 0518

""") + TDISC
    att1 = enc_pdf_att(f, "C&F Assessment - Hossain.pdf", "Child and Family Assessment - Hossain (Mosaic 3390441)",
                       ["Children: Amir (9), Lina (5). Mother: Parveen Hossain.",
                        "s47 enquiry March 2049 following an assault on mother by father; father convicted July 2049.",
                        "Analysis: mother protective; children settled; father in custody, restraining order in place.",
                        "Outstanding needs: mother's anxiety; Amir's attendance 85%.",
                        "Recommendation: step down to a Team Around the Family with a lead practitioner."],
                       "Hossain#2409")
    plan = make_docx(["# Draft TAF plan - Hossain family"],
                     [[["Need", "Action", "Who", "Review"],
                       ["Mum's anxiety", "GP review; women's wellbeing group", "Mum / Ruksana Ali", "6 weeks"],
                       ["Amir's attendance", "Attendance plan, walking bus", "School", "Half-termly"],
                       ["Housing", "Support with transfer application", "Ruksana Ali", "December"]]])
    top = outlook_top(f, addr("Asante, Kwame", "kwame.asante@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to TAF - Hossain - Mosaic 3390441", when)
    add(f, mail(f, top, body, [att1, binary_part(DOCX, "Draft TAF plan - Hossain.docx", plan)], html_alt=True),
        "tower_hamlets", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["3390441"],
        [ch("Amir Hossain", "2040-08-02", "02/08/2040"), ch("Lina Hossain", "2044-01-17", "17/01/2044")],
        ["parental_mental_health", "school_attendance"], True, None, ["assessment"], None, "request_info",
        "NEAR MISS + A PASSWORD-PROTECTED ASSESSMENT: dad's assault on mum is past and managed (convicted, in custody, "
        "restraining order, no contact, 'no current concerns of that kind') -> not urgent, not a current concern. "
        "The C&F assessment is an RC4-encrypted PDF with the password 'in a separate email' -> refused, so "
        "assessment is missing; draft TAF plan (.docx), consent and the lead practitioner with her agency are met. "
        "-> request_info.",
        not_children=["Parveen Hossain", "Ruksana Ali", "Kwame Asante"],
        features=[("encrypted", "C&F Assessment - Hossain.pdf")])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2049-10-13 12:30:18"
    body = T("""
Hello MAST team,

We're updating our practice's child protection procedure and I have a question about attachments.

Our clinical system can't attach documents to an outgoing email - it can only send a link to our secure document portal. If, for example, a mum told our receptionist that her partner had hit the baby, and we completed the Multi-Agency Request for Support form, would MAST accept a link to the form, or does it need to be attached? And in that situation should we phone first?

This is a general question for our written procedure - it isn't about any patient.

Many thanks,
Helen Ostrowska
Practice Manager
Limehouse Green Medical Centre
""")
    top = plain_top(f, addr("Helen Ostrowska", "helen.ostrowska@nhs.net"), addr("MAST", TMAST),
                    "Question - can we send referrals as a link?", when, "nhs.net")
    add(f, mail(f, top, body, cte="7bit"), "tower_hamlets", "mash_step_up", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS, HYPOTHETICAL: a GP practice manager asks whether MAST would accept a portal link instead of an "
        "attached MARF, using 'if, for example, a mum told our receptionist that her partner had hit the baby' - "
        "'a general question ... it isn't about any patient' -> no real child, not urgent; an enquiry -> other, "
        "human_review.",
        not_children=["Helen Ostrowska"], features=[("no_attachments",)])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2049-11-18 10:20:31"
    body = T("""
Hi MAST,

MARF attached for the Ahmed family - step up from Targeted Early Help. Sorry, it's saved as Document1, I'll rename them properly in future.

Jahanara

Jahanara Khan
Early Help Practitioner | Targeted Early Help (Bethnal Green) | Tower Hamlets Council

""") + TDISC
    marf = make_docx(["# Multi-Agency Request for Support Form (MARF)", "London Borough of Tower Hamlets - MAST"],
                     [[["Section", "Details"],
                       ["Child's name", "Zayan Ahmed"],
                       ["Date of birth", "25/03/2043"],
                       ["Mosaic / EHM number", "3455102"],
                       ["Parent / carer", "Mrs Sabina Ahmed (mother)"],
                       ["Parent consent to this request", "Yes - mum, verbally, 12/11/2049"],
                       ["Reason for request", "Zayan (6) is autistic and non-verbal. Since August the home has been in "
                        "very poor condition, Zayan has missed three paediatric and two speech and language "
                        "appointments, he has lost weight and has come to school in the same clothes all week. Mum "
                        "says she is struggling with his needs on her own."],
                       ["Early Help involvement", "TAF since May 2049; the TAF plan is not improving things."],
                       ["Referrer", "Jahanara Khan, Early Help Practitioner"],
                       ["Manager's name", ""],
                       ["Manager's agreement (signature / date)", ""]]])
    top = outlook_top(f, addr("Khan, Jahanara", "jahanara.khan@" + TDOM), addr("MAST", TMAST), "MARF - Ahmed family", when)
    add(f, mail(f, top, body, [binary_part(DOCX, "Document1.docx", marf)]), "tower_hamlets", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["3455102"], [ch("Zayan Ahmed", "2043-03-25", "25/03/2043")],
        ["disability_send", "neglect"], True, None, ["manager_agreed"], None, "request_info",
        "A FORM HALF FILLED IN, ODDLY NAMED: 'Document1.docx' is the MARF by content (request_for_support met) and "
        "carries the child, the Mosaic number and 'Parent consent ... Yes - mum, verbally' (consent true), but its "
        "'Manager's name' and 'Manager's agreement' rows are blank and the body says nothing of a manager -> "
        "manager_agreed null -> missing manager_agreed (Tower Hamlets step-up). Autism + neglected care -> "
        "disability_send, neglect. -> request_info.",
        not_children=["Sabina Ahmed", "Jahanara Khan"],
        features=[("attachment_named", "Document1.docx", "Multi-Agency Request for Support Form")])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2049-12-01 15:33:09"
    blocks = [
        "Hello Early Help Hub,", "",
        "Maya Okoro-Bell (DOB 08/06/2038), Mosaic 3462218 - step-down from Child in Need to a TAF following the final "
        "CIN review on 29/11/2049.", "",
        "Attached: the most recent Child and Family Assessment (the scanner has called it scan0003 - sorry) and the "
        "TAF plan.", "",
        "Dad (Daniel Bell) consented to the step-down and to the TAF plan at the final CIN review.", "",
        ("h", "Lead practitioner"),
        "Mr Tunde Bakare, Pastoral Lead, Wapping Riverside Academy - he has agreed.", "",
        "Outstanding needs: dad's cannabis use (he is now engaging with the drug and alcohol service) and Maya's "
        "attendance (90%). I'll chair the TAF on Friday 10 December at 2pm at the academy.", "",
        "Thanks,", "Leanne", "",
        "Leanne Fairbrother", "Social Worker | Child in Need Team | Tower Hamlets Council", "", TDISC.strip()]
    assessment = make_pdf("CHILD AND FAMILY ASSESSMENT - Maya Okoro-Bell (Mosaic 3462218)",
                          ["Scanned document - OCR text layer.",
                           "Completed: 26/11/2049 by Leanne Fairbrother, Social Worker.",
                           "Household: Maya (11) and her father, Daniel Bell.",
                           "Needs: father's cannabis use (now engaging with treatment); Maya's attendance 90%.",
                           "Analysis: needs can be met by a Team Around the Family with a lead practitioner.",
                           "Recommendation: close to social care; step down to TAF."])
    plan = make_docx(["# TAF plan - Maya Okoro-Bell"],
                     [[["Need", "Action", "Who"],
                       ["Attendance", "Daily check-in, attendance plan", "Tunde Bakare"],
                       ["Dad's cannabis use", "Keep appointments with the drug and alcohol service", "Dad"],
                       ["Maya's voice", "Monthly mentoring sessions", "School"]]])
    top = outlook_top(f, addr("Fairbrother, Leanne", "leanne.fairbrother@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Maya Okoro-Bell - Mosaic 3462218", when)
    add(f, word_mail(f, top, blocks, [binary_part("application/pdf", "scan0003.pdf", assessment),
                                      binary_part(DOCX, "TAF plan.docx", plan)]),
        "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["3462218"], [ch("Maya Okoro-Bell", "2038-06-08", "08/06/2038")],
        ["school_attendance", "substance_misuse"], True, None, [], None, "book_meeting",
        "A SCANNER'S FILE NAME: the C&F assessment arrives as 'scan0003.pdf' - a scan with an OCR text layer whose "
        "content shows it is the Child and Family Assessment -> assessment met; 'TAF plan.docx' -> draft_plan; "
        "dad's consent -> true; lead practitioner named with his agency. Complete Tower Hamlets step-down -> "
        "book_meeting.",
        not_children=["Daniel Bell", "Tunde Bakare", "Leanne Fairbrother"],
        features=[("attachment_named", "scan0003.pdf", "CHILD AND FAMILY ASSESSMENT")])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2049-12-10 09:47:55"
    orig = T("""
Hello Early Help Hub,

Step-down to a TAF for Nusrat Sultana (DOB 30/09/2039), Mosaic 3470915, following the C&F Assessment that concluded on 8 December. Please find attached the assessment and the TAF plan.

Mum (Rehana Sultana) consents to the step-down. The lead practitioner will be Ms Joy Adeleke, Young Carers Worker at the Island Young Carers Project, who has agreed.

The remaining needs are mum's depression and the caring Nusrat does for mum and for her younger brother; the young carers' project is already involved.

I'll arrange and chair the TAF meeting and will let you know the date.

Thanks,
Shanaz

Shanaz Parvin | Social Worker | Assessment & Intervention | Tower Hamlets Council
""")
    body = T("""
Forgot to attach them! C&F assessment and the TAF plan attached now. Sorry!

Shanaz
""") + quote("Parvin, Shanaz <shanaz.parvin@towerhamlets.gov.uk>", "10 December 2049 09:26",
             "Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>", "Step down - Sultana family - Mosaic 3470915", orig)
    assessment = make_pdf("Child and Family Assessment - Nusrat Sultana (Mosaic 3470915)",
                          ["Concluded 08/12/2049.", "Nusrat (10) lives with her mum and her younger brother.",
                           "Mum's depression: under her GP and the talking therapies service.",
                           "Nusrat helps with cooking and with her brother's bedtime; young carers' project involved.",
                           "Recommendation: step down to a TAF."])
    plan = make_docx(["# TAF plan - Sultana family"],
                     [[["Need", "Action", "Who"], ["Young carer support", "Weekly group, respite trips", "Joy Adeleke"],
                       ["Mum's mood", "Talking therapies; GP review", "Mum / GP"]]])
    top = outlook_top(f, addr("Parvin, Shanaz", "shanaz.parvin@" + TDOM), addr("Early Help Hub", TEH),
                      "RE: Step down - Sultana family - Mosaic 3470915", when,
                      reply_to_mid=msgid(f, "LO2P265MB4417.GBRP265.PROD.OUTLOOK.COM", "orig"))
    add(f, mail(f, top, body, [binary_part("application/pdf", "C&F Assessment - Sultana.pdf", assessment),
                               binary_part(DOCX, "TAF plan - Sultana.docx", plan)]),
        "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["3470915"], [ch("Nusrat Sultana", "2039-09-30", "30/09/2039")],
        ["parental_mental_health", "young_carer"], True, None, [], None, "attach_to_request",
        "THE DOCUMENTS IN A SECOND MAIL, WITHOUT A STEPBOT REFERENCE: 21 minutes after her step-down ('Please find "
        "attached ...' with nothing attached) the social worker replies to her own mail (In-Reply-To it, subject 'RE:', "
        "the original quoted) with 'Forgot to attach them!' -> a reply adding to an existing request = follow_up "
        "(DESIGN), attach_to_request, missing []. Facts from the quoted original: child and DOB, Mosaic 3470915, "
        "mum's consent (true); mum's depression and Nusrat's caring -> parental_mental_health, young_carer.",
        not_children=["Rehana Sultana", "Joy Adeleke", "Shanaz Parvin"], features=[("no_sb_reference",)])


# ============================================================================ TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2049-09-20 10:40:16"
    body = T("""
MASH,

Ruby Yeo, DOB 15/06/2040, EHM-817734 - open to Early Help at level 3 since March (routines, mum's debts).

This morning at breakfast club Ruby (9) said to me, in these words: "Mum's friend Dean gives me the white tablets at bedtime so I go all sleepy and then he comes in my room." She asked me not to tell her mum. Dean (I think his surname is Rowland) has been living at the house since August. Ruby goes home at 3.15 and it is usually Dean who collects her.

I've discussed this with my team manager, Lowenna Hocking, and we agree it needs to come to MASH now. I have not told mum - I don't think I should until I've spoken to you.

The contact form is attached (sorry if it comes through twice - Outlook froze).

Morwenna

Morwenna Tonkin
Family Support Worker | Torbay Early Help (Paignton) | Torbay Council
01632 960 433

""") + BDISC
    form = make_docx(["# Contact to MASH - Torbay Early Help",
                      "Child: Ruby Yeo, DOB 15/06/2040. EHM-817734.",
                      "Reason for contact: Ruby's words at breakfast club on 20/09/2049 (see email).",
                      "Parental consent: not sought - see email.",
                      "Manager: Lowenna Hocking (Team Manager) - agrees this contact should be made.",
                      "Lead professional: Morwenna Tonkin, Family Support Worker, 01632 960 433."])
    top = outlook_top(f, addr("Tonkin, Morwenna", "morwenna.tonkin@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Ruby Yeo - EHM-817734", when)
    atts = [binary_part(DOCX, "Contact form - Ruby Yeo.docx", form), binary_part(DOCX, "Contact form - Ruby Yeo.docx", form)]
    add(f, mail(f, top, body, atts), "torbay", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-817734"], [ch("Ruby Yeo", "2040-06-15", "15/06/2040")],
        ["sexual_harm"], None, True, ["consent"], None, "alert_duty",
        "A CHILD'S OWN WORDS, THE SAME FORM ATTACHED TWICE: a 9-year-old says mum's friend gives her 'white tablets at "
        "bedtime' and 'then he comes in my room'; he lives there and collects her at 3.15 today -> urgent, told "
        "plainly with no alarm words. A Torbay step-up (contact to MASH) needs consent and manager agreement: the TM "
        "agrees (true); mum deliberately not told - neither given nor refused -> consent null -> missing consent "
        "(alert_duty comes first). The contact form is attached twice (identical) - Torbay's step-up needs no "
        "document.",
        not_children=["Lowenna Hocking", "Morwenna Tonkin"], features=[("identical_attachments",)])

def torbay_02():
    f = "torbay_02.eml"; when = "2049-11-06 08:05:37"
    acktext = ack("step-down triage request", "SB-torbay-2214",
                  ["Family: Trewin (LCS-4521870)", "Children: Jessie Trewin, Mason Trewin",
                   "Triage: your slot will be confirmed to you"], [])
    text = T("""
Hi, I'm so sorry - the Single Assessment I attached on Thursday was for another family (the Hannafords), please delete it. The right one is attached.

I'm sending this now rather than Monday because Kerry Trewin texted my work phone at 7.40 this morning: "hes back. hes been drinking all nite. kids r upstairs. dont ring me he checks my phone". Lee Trewin is on bail not to go to the address or contact Kerry. Jessie Trewin is 4 and Mason Trewin is 7. I'm not on shift this weekend and can't get hold of anyone on the team.

Kit

Sent from my iPhone

On 4 Nov 2049, at 15:02, Torbay Early Help <earlyhelp@torbay.gov.uk> wrote:

""") + gt_quoted(acktext)
    sa = make_pdf("Single Assessment - Trewin (LCS-4521870)",
                  ["Children: Jessie (4) and Mason (7). Mother: Kerry Trewin.",
                   "Father Lee Trewin arrested in September after an incident at the home; on bail not to attend.",
                   "Analysis: mother protective since the arrest; children settled at school and nursery.",
                   "Rationale for step down: no further need for statutory intervention while bail conditions hold.",
                   "Recommendation: level 3 Early Help - domestic abuse support, routines."])
    top = plain_top(f, addr("Kit Pengilly", "kit.pengilly@" + BDOM), addr("Torbay Early Help", BEH),
                    "Re: Triage slot request received - Trewin [SB-torbay-2214]", when, BDOM, "iPhone Mail (22F76)",
                    reply_to_mid=msgid(f, "stepbot." + BDOM, "ack"))
    add(f, iphone_mail(f, top, text, [binary_part("application/pdf", "Single Assessment - TREWIN.pdf", sa)]),
        "torbay", "early_help_duty", when, 4,
        "urgent", "follow_up", True, None, ["LCS-4521870"], [ch("Jessie Trewin"), ch("Mason Trewin")],
        ["domestic_abuse", "substance_misuse"], None, None, [], None, "alert_duty",
        "SATURDAY, OUT OF HOURS (the Date is a Saturday on purpose: the out-of-hours route is tested), ANOTHER "
        "FAMILY'S ASSESSMENT CORRECTED IN A SECOND MAIL: an iPhone reply to [SB-torbay-2214] replacing the wrong "
        "family's Single Assessment, which quotes mum's text from 7.40 this morning - the father, on bail not to go "
        "there, is back and has been drinking all night with a 4- and a 7-year-old upstairs, 'dont ring me' -> "
        "urgent now; follow_up -> alert_duty. Children named without DOBs; LCS id from the quoted ack.",
        not_children=["Kerry Trewin", "Lee Trewin"], features=[("flowed",), ("quoted_ack",)])

def torbay_03():
    f = "torbay_03.eml"; when = "2049-11-04 14:15:29"
    body = T("""
Hello Early Help,

Please could I have a triage slot for Tegan Widdicombe (DOB 05/05/2038) and Kai Widdicombe (DOB 23/10/2044), LCS-4519002. The Single Assessment is complete and recommends a level 3 Early Help response; it's attached, with my analysis and the rationale for stepping down. My team manager, Gareth Pook, has recorded his manager's analysis on LCS confirming the threshold for level 3 is met.

Ms Widdicombe consented to level 3 Early Help when I saw her on 1 November.

The remaining worries are Tegan's attendance (83%) and mum's low mood, for which she sees her GP.

You may see on LCS the 2047 strategy discussion about Kai's scald. That was found to be an accident (a hot drink knocked over at a family party, witnessed by several adults), was closed with no further action, and there are no current concerns about physical harm.

Thanks,
Jago

Jago Penhaligon
Social Worker | Single Assessment Team | Torbay Council
01632 960 248

""") + BDISC
    wrong = make_pdf("Torbay Children's Services - Single Assessment - Pascoe family",
                     ["Children: Alfie Pascoe (DOB 14/02/2041), Lily Pascoe (DOB 09/09/2046).",
                      "Mother: Nicola Pascoe. Assessment completed 28/10/2049 by the Single Assessment Team.",
                      "Needs: housing, Alfie's behaviour at school, mum's isolation.",
                      "Analysis and rationale: no further statutory role; level 3 coordinated response recommended.",
                      "Manager's analysis: threshold for level 3 met."])
    top = outlook_top(f, addr("Penhaligon, Jago", "jago.penhaligon@" + BDOM), addr("Torbay Early Help", BEH),
                      "Triage slot request - Widdicombe - LCS-4519002", when)
    add(f, mail(f, top, body, [binary_part("application/pdf", "Single Assessment - PASCOE.pdf", wrong)], html_alt=True),
        "torbay", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["LCS-4519002"],
        [ch("Tegan Widdicombe", "2038-05-05", "05/05/2038"), ch("Kai Widdicombe", "2044-10-23", "23/10/2044")],
        ["parental_mental_health", "school_attendance"], True, True, ["assessment"], None, "request_info",
        "NEAR MISS + ANOTHER FAMILY'S FORM: Kai's 2047 scald was an accident, closed NFA, 'no current concerns about "
        "physical harm' -> historic and negated, not urgent. The only attachment is 'Single Assessment - PASCOE.pdf', "
        "another family's assessment (other surname, other children) - it is not this family's Single Assessment, "
        "so assessment is missing; the Pascoe children are not this request's children. TM's analysis recorded "
        "(manager_agreed true), consent given (true), level 3 stated. -> request_info.",
        not_children=["Alfie Pascoe", "Lily Pascoe", "Nicola Pascoe", "Gareth Pook", "Jago Penhaligon"],
        features=[("attachment_named", "Single Assessment - PASCOE.pdf", "Pascoe family")])

def torbay_04():
    f = "torbay_04.eml"; when = "2049-10-15 09:10:42"
    note = ("Tentative - I'm a witness at the father's trial at Exeter Crown Court that morning and may be late. He "
            "has been remanded in HMP Exeter since August and stays there until the trial, so there are no worries "
            "about him turning up. My TM Gareth Pook will cover if I'm not back.")
    add(f, google_reply(f, when, "Demelza Rowe", "demelza.rowe@" + BDOM, ("Torbay Early Help", BEH), "TENTATIVE",
                        "Early Help triage - Tregear [SB-torbay-2190] LCS-4502267", "20491019T090000Z",
                        "20491019T093000Z", "Microsoft Teams", "Tue 19 Oct 2049 10am - 10:30am (BST)", note),
        "torbay", "early_help_duty", when, 3,
        "near_miss", "meeting_reply", False, None, ["LCS-4502267"], [], [], None, None, [], None, "record_reply",
        "NEAR MISS, RISK ALREADY MANAGED, IN A CALENDAR REPLY: a Google Calendar iTIP REPLY (PARTSTAT=TENTATIVE, plus "
        "invite.ics) whose note mentions the father's criminal trial - he is remanded in custody 'so there are no "
        "worries about him turning up' -> not urgent; meeting_reply -> record_reply. LCS id from the SUMMARY; "
        "surname only, no child.",
        not_children=["Demelza Rowe", "Gareth Pook"], features=[("itip", "REPLY")])

def torbay_05():
    f = "torbay_05.eml"; when = "2049-12-08 11:25:03"
    body = T("""
Hello MASH,

Please find attached a contact for Ellie and Finn Luxmoore. I've only just realised it's on my old Knowsley template (the 'FF Step Up request to CSC' form) - sorry, I started here last month. All the information is in it, and I'll use the Torbay form from now on.

Aoife

Aoife Brennan
Family Support Worker | Torbay Early Help (Torquay) | Torbay Council
01632 960 571

""") + BDISC
    form = make_docx(appendix1([
        ("Case ID on EHM:", "EHM-814077"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "n/a - contact to Torbay MASH"),
        ("Children:", "Ellie Luxmoore (DOB 27/02/2039); Finn Luxmoore (DOB 30/08/2043)"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):", "Medium"),
        ("Recent TAF meeting minutes attached:", "No"),
        ("What are we worried about? Current Concerns (Impact on child)",
         "Mum's drinking has increased since the summer: empty bottles at every visit and she smelled of alcohol at "
         "two morning visits. Finn (6) has arrived at school hungry and without a coat; no food in the fridge at three "
         "of the last five visits."),
        ("What is working well? Existing Strengths", "Maternal grandmother has the children two nights a week; both "
         "children attend school every day."),
        ("What next? Goals / Next Steps", "MASH to consider level 4; alcohol service referral made 01/12/2049."),
        ("Parental consent to contact MASH:", "Yes - Ms Luxmoore consents to this contact, signed 06/12/2049."),
        ("Agreement by line manager:", "Agreed - Tegen Opie (Team Manager), 07/12/2049."),
        ("Contingency plan (Smart and timely).", "Grandmother to have the children if mum is not able to care."),
    ]))
    top = outlook_top(f, addr("Brennan, Aoife", "aoife.brennan@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Luxmoore family", when)
    add(f, mail(f, top, body, [binary_part(DOCX, "FF Step Up request to CSC - Luxmoore.docx", form)]),
        "torbay", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-814077"],
        [ch("Ellie Luxmoore", "2039-02-27", "27/02/2039"), ch("Finn Luxmoore", "2043-08-30", "30/08/2043")],
        ["neglect", "substance_misuse"], True, True, [], None, "book_meeting",
        "ANOTHER COUNCIL'S FORM: a Torbay contact to MASH written on Knowsley's Appendix 1 'FF Step Up request to "
        "CSC' template. Torbay's step-up needs children, parental consent and manager agreement (REQUIREMENTS; no "
        "document) and the form gives all three ('Ms Luxmoore consents ... signed', 'Agreed - Tegen Opie (Team "
        "Manager)'). Knowsley's own requirements (step_up_form, TAF minutes, meeting date, GCP2) do not apply to "
        "Torbay, even though the form's 'Date of step up TAF meeting: n/a' and 'minutes attached: No' invite them. "
        "-> book_meeting.",
        not_children=["Tegen Opie", "Aoife Brennan"],
        features=[("attachment_named", "FF Step Up request to CSC - Luxmoore.docx", "FF Step Up request to CSC")])

def torbay_06():
    f = "torbay_06.eml"; when = "2049-09-28 15:00:44"
    body = T("""
Dear Sir or Madam,

Our client: Ms Jade Colwill (DOB 03/04/2029)

We act for Ms Colwill, who was known to Torbay Children's Services as a child between 2036 and 2040.

Our client alleges that she was sexually abused by her late stepfather, Mr Roy Colwill, during that period, when she lived at an address in Brixham. Mr Colwill died in 2044. Our client is now 20 and lives in Bristol; there are no children in her household, and she has asked us to confirm that she does not wish to make a police report at this time.

We make a subject access request on our client's behalf for her children's services records. Our client's signed form of authority is attached; I'm afraid our scanner has given it an unhelpful file name.

Yours faithfully,

Chloe Finch
Solicitor
Harbour & Finch Solicitors LLP
""")
    top = plain_top(f, addr("Chloe Finch", "c.finch@harbourfinch-law.example"), addr("Torbay MASH", BMASH),
                    "Our client: Ms Jade Colwill - request for records", when, "harbourfinch-law.example")
    add(f, mail(f, top, body, [scan_att(f, "scan_20490928_145512.pdf")]), "torbay", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS, HISTORIC AND AN ADULT ONLY: a solicitor's subject access request for a 20-year-old (DOB "
        "03/04/2029) who alleges sexual abuse as a child 2036-2040 by a stepfather who died in 2044; no children in "
        "her household -> no child now, nothing to act on today -> not urgent, no current concern, no child "
        "labelled; other, human_review. The signed authority is an image-only scan with a scanner's file name.",
        not_children=["Jade Colwill", "Roy Colwill", "Chloe Finch"], adults=[("Jade Colwill", "03/04/2029")],
        features=[("image_only", "scan_20490928_145512.pdf")])

def torbay_07():
    f = "torbay_07.eml"; when = "2049-11-29 16:50:12"
    body = T("""
Hi Early Help,

Please could I have a triage slot for Archie Gill (DOB 19/07/2041) and Poppy Gill (DOB 12/01/2046), LCS-4530561. The CIN plan is ending - outcomes achieved and no further need for statutory intervention, agreed with my manager - but the family still need a level 3 coordinated response.

Please find attached the Single Assessment. Gareth Pook (TM) has recorded his manager's analysis confirming the threshold for level 3 is met. Mum consented to level 3 Early Help on 25 November.

Home conditions and the children's routines have improved a lot but are still fragile, which is the main reason for the step down.

Poppy is 3, so I understand this will go to the under-5s triage.

Thanks,
Hollie

Hollie Stanbury
Social Worker | Safeguarding and Supporting Families | Torbay Council
01632 960 352

""") + BDISC
    top = outlook_top(f, addr("Stanbury, Hollie", "hollie.stanbury@" + BDOM), addr("Torbay Early Help", BEH),
                      "Triage request - Gill - LCS-4530561", when)
    add(f, mail(f, top, body), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["LCS-4530561"],
        [ch("Archie Gill", "2041-07-19", "19/07/2041"), ch("Poppy Gill", "2046-01-12", "12/01/2046")],
        ["neglect"], True, True, ["assessment"], None, "request_info",
        "'PLEASE FIND ATTACHED THE SINGLE ASSESSMENT' WITH NOTHING ATTACHED: a single text/plain part, no attachment "
        "-> assessment missing. TM's analysis recorded (true), consent to level 3 (true), level 3 stated; Poppy is 3 "
        "(the under-5s triage applies). Fragile home conditions and routines -> neglect. -> request_info "
        "(torbay_08 brings the assessment).",
        not_children=["Gareth Pook", "Hollie Stanbury"], features=[("no_attachments",)])

def torbay_08():
    f = "torbay_08.eml"; when = "2049-12-03 10:03:40"
    acktext = ack("step-down triage request", "SB-torbay-2231",
                  ["Children: Archie Gill (19/07/2041), Poppy Gill (12/01/2046)", "LCS: LCS-4530561"],
                  ["assessment - the Single Assessment with your analysis"])
    body = T("""
Sorry - nothing attached on Monday! Single Assessment attached now.

Hollie

Hollie Stanbury
Social Worker | Safeguarding and Supporting Families | Torbay Council
""") + quote("Torbay Early Help <earlyhelp@torbay.gov.uk>", "29 November 2049 16:52",
             "Stanbury, Hollie <hollie.stanbury@torbay.gov.uk>", "Triage slot request received - Gill [SB-torbay-2231]",
             acktext) + "\n" + BDISC
    sa = make_pdf("Single Assessment - Gill (LCS-4530561)",
                  ["Children: Archie Gill (19/07/2041), Poppy Gill (12/01/2046).",
                   "Social worker's analysis: home conditions and routines have improved since the CIN plan began; "
                   "still fragile.",
                   "Rationale for step down: outcomes achieved, no further need for statutory intervention.",
                   "Manager's analysis (Gareth Pook, Team Manager, 26/11/2049): I agree the threshold for level 3 is met.",
                   "Consent: mum consented to level 3 Early Help on 25/11/2049."])
    top = outlook_top(f, addr("Stanbury, Hollie", "hollie.stanbury@" + BDOM), addr("Torbay Early Help", BEH),
                      "RE: Triage slot request received - Gill [SB-torbay-2231]", when,
                      reply_to_mid=msgid(f, "stepbot." + BDOM, "ack"))
    add(f, mail(f, top, body, [binary_part("application/pdf", "Single Assessment - Gill.pdf", sa)]),
        "torbay", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["LCS-4530561"],
        [ch("Archie Gill", "2041-07-19", "19/07/2041"), ch("Poppy Gill", "2046-01-12", "12/01/2046")],
        ["neglect"], True, True, [], None, "attach_to_request",
        "THE DOCUMENT IN A SECOND MAIL: reply to [SB-torbay-2231] bringing the Single Assessment torbay_07 forgot -> "
        "follow_up, attach_to_request, missing []. Children and DOBs from the quoted ack; the assessment records the "
        "TM's analysis (manager_agreed true) and mum's consent (true); fragile home conditions -> neglect.",
        not_children=["Gareth Pook", "Hollie Stanbury"], features=[("quoted_ack",)])


# ============================================================================ HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2049-11-01 16:40:27"
    body = T("""
Hello,

I'm not sure this is the right inbox and I may be overthinking it, but I'd rather ask.

I did a new birth review visit today for Alfie Probert, born 14/09/2049 (7 weeks). When I examined him I found a torn frenulum (the little strip of skin under his top lip) and a small fingertip-sized bruise on his left cheek. Mum (Shannon Probert) said she didn't know how either had happened. Alfie isn't rolling or mobile yet.

Dad (Jordan Price) came in halfway through, and after that mum stopped talking. As I left, dad said he is taking Alfie to his mother's in Builth Wells tonight "for a break" and wouldn't give me the address.

I've attached my handwritten notes from the visit (scanned - sorry, our tablets are down).

Could someone let me know what I should do next?

Gemma Pritchard
Health Visitor | 0-19 Service, Hereford South
07700 900318
""")
    top = plain_top(f, addr("Gemma Pritchard", "gemma.pritchard@nhs.net"), addr("Early Help Co-ordinators", HEH),
                    "Baby Alfie Probert - not sure who to send this to", when, "nhs.net")
    add(f, mail(f, top, body, [scan_att(f, "scan0011.pdf")]), "herefordshire", "early_help_duty", when, 4,
        "urgent", "other", True, None, [], [ch("Alfie Probert", "2049-09-14", "14/09/2049")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "HEDGED VOICE, A SCAN THAT CANNOT BE READ AS TEXT: a health visitor 'may be overthinking it' - a 7-week-old, "
        "not mobile, with a torn frenulum and a fingertip bruise unexplained, and the father taking him tonight to "
        "an address he will not give -> urgent (no alarm words). Her handwritten notes are an image-only "
        "'scan0011.pdf'; the facts are in the body. Not a step request, sent to the co-ordinators -> other, "
        "alert_duty. Date is Monday 1 November, the first working day after British Summer Time ended (+0000).",
        not_children=["Shannon Probert", "Jordan Price", "Gemma Pritchard"],
        features=[("image_only", "scan0011.pdf"), ("gmt_after_bst",)])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2049-10-29 14:25:06"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear MASH,</p>
<p>Leo Harris, Year 4, DOB 17/03/2041. Leo's family have been open to Early Help since January; our Family Support Worker, Sian Beddoes, is his lead practitioner, and at the TAF on 20 October we agreed to ask for a step up to social care because of the state of the home.</p>
<p>The step-up form was meant to be attached but it is saved on CPOMS and I can't export it - the link is below.</p>
<p><b>Logged on CPOMS today:</b></p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr><td><b>10:42</b></td><td>Reported by Mrs K. Lacey (TA). Leo told her that mum's partner held his hand on the cooker ring last night "to teach me not to touch his stuff".</td></tr>
<tr><td><b>10:50</b></td><td>Seen by me and the first-aider: red, blistered mark across the palm of his right hand, about 3 cm.</td></tr>
<tr><td><b>11:05</b></td><td>Leo asked: "Do I have to go home tonight? He'll be there."</td></tr>
<tr><td><b>11:10</b></td><td>Parent not contacted - mum's partner answers her phone.</td></tr>
</table>
<p>CPOMS: <a href="https://brockhamptonvale.cpoms.example/incident/55821">https://brockhamptonvale.cpoms.example/incident/55821</a></p>
<p>School finishes at 3.20pm.</p>
<p>Owen Bright<br>Deputy Headteacher and DSL<br>Brockhampton Vale Primary School<br>01632 960 141</p>
</body></html>
""")
    top = plain_top(f, addr("Owen Bright", "o.bright@brockhamptonvale.hereford.sch.uk"), addr("Herefordshire MASH", HMASH),
                    "Leo Harris (Y4) - step up - please see CPOMS", when, "brockhamptonvale.hereford.sch.uk")
    add(f, html_only(f, top, h), "herefordshire", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, [], [ch("Leo Harris", "2041-03-17", "17/03/2041")],
        ["neglect", "physical_harm"], None, None, [], None, "alert_duty",
        "HTML-ONLY, A CPOMS LINK INSTEAD OF THE FORM, A TIMED LOG: a school DSL asks MASH for the step-up agreed at "
        "the TAF (home conditions -> neglect) and logs today's disclosure in a table: a 9-year-old's palm burned on "
        "a cooker ring last night by mum's partner, 'Do I have to go home tonight? He'll be there', school ends at "
        "3.20pm -> urgent (no alarm words). Herefordshire's protocol defines no step_up (human_review otherwise, "
        "missing [] for an undefined kind), but alert_duty comes first. The form is only a link.",
        not_children=["Sian Beddoes", "Owen Bright"], features=[("html_only",), ("no_attachments",)])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2049-09-14 11:00:19"
    blocks = [
        "Dear Early Help co-ordinators,", "",
        "Following my discussion with Verity Lang at this morning's drop-in, please find attached the Early Help "
        "Assessment step-down plan for Mabli Bevan (DOB 08/08/2043, Mosaic 1987432) and Ianto Bevan (DOB 21/02/2046, "
        "Mosaic 1987433), and mum's signed consent form (scanned).", "",
        "The C&F Assessment concluded on 6 September that the family's needs are at Level 3 (Intensive).", "",
        ("h", "Key person"),
        "Carys Lewis, Family Support Worker at Hereford Family Hub - agreed with mum and with Carys.", "",
        "The remaining need is mum's anxiety since the family moved from Ross in the spring; she has started "
        "counselling through her GP.", "",
        "For context: the s47 enquiry in June concluded that the concern was unsubstantiated. The bruise on Ianto's "
        "shin was explained by a fall at nursery that is recorded in the nursery's accident book, and there are no "
        "current child protection concerns.", "",
        "Kind regards,", "Rhodri", "",
        "Rhodri Vaughan", "Social Worker | Hereford Family Support Team | Herefordshire Council", "01632 960 612", "",
        HDISC.strip()]
    plan = make_docx(["# Early Help Assessment - step down plan - Bevan", "What are we worried about? Mum's anxiety and "
                      "isolation after the move.", "What's working well? Warm, attentive care; nursery and school "
                      "attendance good.", "Key person: Carys Lewis, Family Support Worker, Hereford Family Hub."],
                     [[["What needs to happen - including by whom", "Outcome", "Achievable timescale"],
                       ["Mum to continue counselling (mum / GP)", "Mum feels less anxious", "3 months"],
                       ["Family Hub stay-and-play weekly (Carys Lewis)", "Mum less isolated", "From October"],
                       ["MAG review of progress (co-ordinator)", "Plan on track", "Monthly"]]])
    top = outlook_top(f, addr("Vaughan, Rhodri", "rhodri.vaughan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down to Early Help - Bevan siblings - Mosaic 1987432 / 1987433", when)
    add(f, word_mail(f, top, blocks, [binary_part(DOCX, "EHA step down plan - Bevan.docx", plan),
                                      scan_att(f, "Consent form signed - Bevan.pdf")]),
        "herefordshire", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["1987432", "1987433"],
        [ch("Mabli Bevan", "2043-08-08", "08/08/2043"), ch("Ianto Bevan", "2046-02-21", "21/02/2046")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "NEAR MISS + A SCANNED HANDWRITTEN CONSENT FORM: the June s47 'concluded ... unsubstantiated', the bruise "
        "explained by a recorded nursery fall, 'no current child protection concerns' -> resolved and negated, not "
        "urgent. The signed consent form is an image-only scan whose name says what it is ('Consent form signed - "
        "Bevan.pdf'; REQUIREMENTS: name or content) -> consent_form met, consent true; EHA step-down plan (.docx) "
        "and key person with agency met -> complete sibling-group step-down. 'Level 3 (Intensive)' stated -> 3. "
        "-> book_meeting.",
        not_children=["Carys Lewis", "Verity Lang", "Rhodri Vaughan"],
        features=[("image_only", "Consent form signed - Bevan.pdf")])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2049-10-07 15:45:51"
    body = T("""
Hi co-ordinators,

Step down to Early Help for Tyler Gwynne (DOB 03/10/2037), Mosaic 1990218 - the C&F assessment decision (Level 3) was made on 30 September.

Attached: the Early Help Assessment step-down plan and the consent form. The consent form isn't signed yet - Mr Gwynne wanted to read the plan properly before signing, which is fair enough. I'm taking it out to him on Thursday 14th for him to sign and will send it straight over.

Key person: Huw Price, Learning Mentor at Wyebridge Academy, who has agreed to lead.

Tyler (12) has been doing a lot of caring for his dad since his stroke in the spring - personal care, shopping and his medication.

Thanks
Ellen

Ellen Marchant
Social Worker | Kington and Leominster Family Support Team | Herefordshire Council
01632 960 655

""") + HDISC
    plan = make_docx(["# Early Help Assessment - step down plan - Tyler Gwynne (Mosaic 1990218)",
                      "What are we worried about? Tyler's caring role for his dad.",
                      "What's working well? Dad's care package has started; Tyler enjoys school.",
                      "Key person: Huw Price, Learning Mentor, Wyebridge Academy."],
                     [[["What needs to happen - including by whom", "Outcome", "Achievable timescale"],
                       ["Young carer's assessment (young carers service)", "Tyler's caring reduced", "November"],
                       ["Weekly check-in at school (Huw Price)", "Tyler has someone to talk to", "Ongoing"]]])
    consent = make_pdf("Consent to step down to Early Help - Herefordshire Council",
                       ["Child: Tyler Gwynne (DOB 03/10/2037)",
                        "I agree to my family's case being stepped down to Early Help and to information being shared "
                        "with the key person named in the plan.",
                        "Parent/carer name: ______________________",
                        "Parent/carer signature: ______________________      Date: ____________",
                        "Social worker: Ellen Marchant"])
    top = outlook_top(f, addr("Marchant, Ellen", "ellen.marchant@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down plan - Tyler Gwynne - Mosaic 1990218", when)
    add(f, mail(f, top, body, [binary_part(DOCX, "EHA Step Down Plan - Gwynne.docx", plan),
                               binary_part("application/pdf", "Consent form - Gwynne.pdf", consent)]),
        "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["1990218"], [ch("Tyler Gwynne", "2037-10-03", "03/10/2037")],
        ["young_carer"], None, None, ["consent_form"], None, "request_info",
        "A FORM HALF FILLED IN - THE CONSENT FORM UNSIGNED: 'Consent form - Gwynne.pdf' is attached but its name and "
        "signature lines are blank, and the body says it 'isn't signed yet ... taking it out to him on Thursday 14th "
        "for him to sign' -> written consent not yet given: consent null (still to be obtained, not refused) and "
        "consent_form missing. Plan (.docx) and key person with agency met. 'the C&F assessment decision (Level 3)' "
        "states the level the step-down goes to -> 3. Tyler's caring for his dad -> young_carer. -> request_info "
        "(herefordshire_08 brings the signed form).",
        not_children=["Huw Price", "Ellen Marchant"], features=[("attachment_named", "Consent form - Gwynne.pdf", "signature: ____")])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2049-11-23 09:35:14"
    body = T("""
Dear Early Help co-ordinators,

Please find attached the step-down plan and the signed consent form for the Pugh children - Jack Pugh (DOB 12/12/2039), Evie Pugh (DOB 01/06/2042) and Seren Pugh (DOB 25/09/2045), Mosaic 1993370 (sibling group).

Apologies: the plan is on the Worcestershire Children First template from my last authority - I only noticed after I'd finished. The content is the plan agreed with Ms Pugh and discussed with Xavier Moss at last Tuesday's drop-in, and I'm happy to copy it onto the Mosaic step-down if you'd prefer.

Key person: Bethan Morris, School Nurse, Herefordshire 0-19 Service - agreed with Ms Pugh and with Bethan.

The remaining needs are home conditions and the children's routines.

Kind regards,
Priya Nair
Locum Social Worker | Leominster Family Support Team | Herefordshire Council

""") + HDISC
    plan = make_docx(["# Worcestershire Children First - Early Help Step Down Plan",
                      "Family: Pugh - Jack (9), Evie (7), Seren (4). Mother: Sara Pugh.",
                      "What are we worried about? Home conditions and routines (bedtimes, school mornings).",
                      "What's working well? Warm relationships; mum asked for help herself.",
                      "Key person: Bethan Morris, School Nurse, Herefordshire 0-19 Service."],
                     [[["What needs to happen - including by whom", "Outcome", "Timescale"],
                       ["Family support worker twice a week (Early Help)", "Home kept clean and safe", "8 weeks"],
                       ["Bedtime routine chart (mum / Bethan Morris)", "Children rested for school", "4 weeks"],
                       ["Review at MAG (co-ordinator)", "Progress checked", "Monthly"]]])
    consent = make_pdf("Consent to step down to Early Help",
                       ["Children: Jack Pugh, Evie Pugh, Seren Pugh",
                        "I, Sara Pugh, agree to my children being stepped down to Early Help and to the plan being "
                        "shared with the key person.",
                        "Signed: S. Pugh      Date: 19/11/2049", "Witnessed: Priya Nair, Social Worker"])
    top = outlook_top(f, addr("Nair, Priya", "priya.nair@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Pugh children - Mosaic 1993370", when)
    add(f, mail(f, top, body, [binary_part(DOCX, "WCF Early Help Step Down Plan - Pugh.docx", plan),
                               binary_part("application/pdf", "Signed consent - Pugh.pdf", consent)], html_alt=True),
        "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["1993370"],
        [ch("Jack Pugh", "2039-12-12", "12/12/2039"), ch("Evie Pugh", "2042-06-01", "01/06/2042"),
         ch("Seren Pugh", "2045-09-25", "25/09/2045")],
        ["neglect"], True, None, [], None, "book_meeting",
        "ANOTHER COUNCIL'S TEMPLATE: the step-down plan is on Worcestershire Children First's template, but its "
        "content is this family's step-down plan (what needs to happen, by whom, outcome, timescale) -> draft_plan "
        "met (REQUIREMENTS: content shows it is that document); signed consent form (consent_form met, consent "
        "true); key person with agency. Complete sibling-group step-down; home conditions and routines -> neglect. "
        "-> book_meeting.",
        not_children=["Sara Pugh", "Bethan Morris", "Xavier Moss", "Priya Nair"],
        features=[("attachment_named", "WCF Early Help Step Down Plan - Pugh.docx", "Worcestershire Children First")])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2049-09-22 10:05:37"
    body = T("""
Hi,

I think this has come to you by mistake - our admin picked the wrong address from the drop-down. It's an adult safeguarding concern form for Mrs Dawn Meredith (DOB 11/02/2015), who is 34 and was seen at the GP with bruising to her arms that she says her husband caused.

There are no children in the household - her two sons are adults and live in Leominster - so I don't think there's anything here for children's services, but I wanted you to know it's ours and not to process it. Please delete the attachment.

Thanks,
Marcus Dyer
Social Worker | Adult Social Care, Hereford City Locality | Herefordshire Council

""") + HDISC
    form = make_docx(["# Adult Safeguarding Concern Form - Herefordshire Council",
                      "Adult at risk: Mrs Dawn Meredith, DOB 11/02/2015.",
                      "Concern: bruising to both upper arms seen by GP on 20/09/2049; Mrs Meredith says her husband "
                      "grabbed her during an argument.",
                      "Household: Mrs Meredith and her husband. No children in the household.",
                      "Mrs Meredith consents to this referral and wants support from the domestic abuse service."])
    top = outlook_top(f, addr("Dyer, Marcus", "marcus.dyer@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Adult safeguarding concern form sent to the wrong team", when)
    add(f, mail(f, top, body, [binary_part(DOCX, "Adult Safeguarding Concern Form - Meredith.docx", form)]),
        "herefordshire", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS, AN ADULT ONLY, THE WRONG SERVICE'S FORM: adult social care's safeguarding concern form for a "
        "34-year-old woman (DOB 11/02/2015) bruised by her husband, sent to the children's co-ordinators by mistake; "
        "'no children in the household', her sons are adults -> no child, not urgent for children's services, no "
        "child concern labelled -> other, human_review.",
        not_children=["Dawn Meredith", "Marcus Dyer"], adults=[("Dawn Meredith", "11/02/2015")])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2049-11-24 09:40:02"
    body = T("""
Thank you for your email. I'm on a training course on Wednesday 24 November and will reply on Thursday.

If your email is about a child and needs action today, please contact the Leominster duty desk on 01632 960 775.

Priya Nair
Locum Social Worker | Leominster Family Support Team
""")
    top = outlook_top(f, addr("Nair, Priya", "priya.nair@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Automatic reply: Step-down request received - Pugh [SB-herefordshire-3352]", when,
                      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    add(f, build(top, text_part(body, crlf=True)), "herefordshire", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Outlook out-of-office (Auto-Submitted: auto-replied, 'Automatic reply:') answering stepbot's acknowledgement "
        "of herefordshire_05 -> auto_reply, ignore (safety rule 2).",
        features=[("auto_submitted",)])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2049-10-15 11:20:33"
    acktext = ack("step-down request", "SB-herefordshire-3307",
                  ["Child: Tyler Gwynne (03/10/2037)", "Mosaic: 1990218"],
                  ["consent_form - the family's signed consent form"])
    text = T("""
Hi, Mr Gwynne signed the consent form yesterday - photo of it attached (the office scanner is broken again). Original going in the post.

Ellen

Sent from my iPhone

On 7 Oct 2049, at 15:47, Herefordshire Early Help co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:

""") + gt_quoted(acktext)
    top = plain_top(f, addr("Ellen Marchant", "ellen.marchant@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Re: Step-down request received - Gwynne [SB-herefordshire-3307]", when, HDOM, "iPhone Mail (22F76)",
                    reply_to_mid=msgid(f, "stepbot." + HDOM, "ack"))
    add(f, iphone_mail(f, top, text, [binary_part("image/png", "image0.png", make_png(160, 220, f))]),
        "herefordshire", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["1990218"], [ch("Tyler Gwynne", "2037-10-03", "03/10/2037")],
        [], True, None, [], None, "attach_to_request",
        "THE SIGNED FORM AS A PHONE PHOTO ('image0.png'): an iPhone reply to [SB-herefordshire-3307] (herefordshire_04's "
        "request) saying Mr Gwynne signed the consent form yesterday -> consent true; follow_up, attach_to_request, "
        "missing []. Child and DOB from the quoted ack.",
        features=[("flowed",), ("quoted_ack",)])


# ============================================================================ SELF-CHECKS
ORDER = ["knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"]
CONCERN_IDS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
               "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation",
               "school_attendance", "young_carer", "disability_send"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
REQ = {   # REQUIREMENTS.md: requirement ids per authority / kind (/ Knowsley level); "children" always
    ("richmond_wandsworth", "step_up", None): {"children", "case_summary", "rationale"},
    ("richmond_wandsworth", "step_down", None): {"children", "case_summary", "draft_plan", "consent"},
    ("tower_hamlets", "step_down", None): {"children", "assessment", "draft_plan", "consent", "lead_practitioner"},
    ("tower_hamlets", "step_up", None): {"children", "request_for_support", "manager_agreed"},
    ("torbay", "step_down", None): {"children", "assessment", "manager_agreed", "consent"},
    ("torbay", "step_up", None): {"children", "consent", "manager_agreed"},
    ("herefordshire", "step_down", None): {"children", "consent_form", "draft_plan", "lead_practitioner"},
    ("knowsley", "step_up", None): {"children", "step_up_form", "case_id", "manager_agreed", "taf_minutes",
                                    "meeting_details", "gcp2", "engaging_families", "exploitation_assessment"},
    ("knowsley", "step_down", 2): {"children", "meeting_details", "worries_strengths_next", "lead_practitioner"},
    ("knowsley", "step_down", 3): {"children", "meeting_details", "worries_strengths_next", "consent"},
}
KNOWSLEY_WHEN = {"gcp2": "neglect", "engaging_families": "non_engagement", "exploitation_assessment": "exploitation"}
DEFINED = {(a, k) for (a, k, _l) in REQ}

# England & Wales bank holidays on weekdays, 2049 and January 2050 (checked against the `holidays` package in
# set_checks). Christmas Day 2049 is a Saturday and Boxing Day a Sunday, so the substitute days are Monday 27 and
# Tuesday 28 December; New Year's Day 2050 is a Saturday -> Monday 3 January 2050. None falls inside the window.
BANK_HOLIDAYS = {date(2049, 1, 1), date(2049, 4, 16), date(2049, 4, 19), date(2049, 5, 3), date(2049, 5, 31),
                 date(2049, 8, 30), date(2049, 12, 27), date(2049, 12, 28), date(2050, 1, 3)}
WINDOW_START, WINDOW_END = date(2049, 9, 1), date(2049, 12, 17)      # Wednesday - Friday, the autumn term
BST_END_UTC = datetime(2049, 10, 31, 1, 0, tzinfo=UTC)               # last Sunday of October, 01:00 UTC
JUSTIFIED = {"torbay_02.eml": "a Saturday: the social worker writes from a work phone out of hours about a text "
                              "received at 7.40 that morning (tests the out-of-hours route)"}
OUT_OF_HOURS = {}        # filled by set_checks: file -> why the hour is outside 09:00-17:00
MAX_YEAR = 2049
BANNED = re.compile(r"(?i)\b(urgent|immediate|immediately|risk|emergency|danger|safeguarding concern|unsafe|asap|"
                    r"at risk)")

def expected_offset(d):
    return "+0000" if d.astimezone(UTC) >= BST_END_UTC else "+0100"

def parse_dob(w):
    m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", w.strip())
    return date(int(m[3]), int(m[2]), int(m[1])).isoformat() if m else None

def age_years(dob, on):
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))

def working_days(today, meeting):
    """DESIGN: the working days d with today < d <= meeting (Mon-Fri, bank holidays excluded)."""
    n, d = 0, today + timedelta(days=1)
    while d <= meeting:
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n += 1
        d += timedelta(days=1)
    return n

def plain_weekdays(today, meeting):
    return sum(1 for i in range(1, (meeting - today).days + 1) if (today + timedelta(days=i)).weekday() < 5)

def expected_next(auth, e):
    if e["urgent"]:
        return "alert_duty"
    k = e["kind"]
    if k == "auto_reply":
        return "ignore"
    if k == "meeting_reply":
        return "record_reply"
    if k == "follow_up":
        return "attach_to_request"
    if k == "other" or (auth, k) not in DEFINED:
        return "human_review"
    if e["missing"] or e["notice_ok"] is False:
        return "request_info"
    return "book_meeting"

YEAR = re.compile(r"\b(20[5-9]\d)\b")      # a year after 2049 (2050-2099); stepbot refs like 2214 are not years
CASE_ID_FORM = re.compile(r"(EHM|ICS|LCS)-\d{5,7}|\d{7}")

def parse(f):
    return email.message_from_bytes(FILES[f], policy=email.policy.default)

def html_text(h):
    h = re.sub(r"(?s)<!--.*?-->", " ", h)
    h = re.sub(r"(?is)<(head|style|script)\b.*?</\1>", " ", h)
    h = re.sub(r"(?i)</?(p|div|br|tr|td|th|li|table|h\d)\b[^>]*>", " ", h)
    return html.unescape(re.sub(r"<[^>]+>", "", h))

def docx_text(data):
    import xml.etree.ElementTree as ET
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    root = ET.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    return "\n".join("".join(e.text or "" for e in p.iter(W + "t")) for p in root.iter(W + "p"))

def pdf_info(fn, data):
    """(text, encrypted, image_only) of a PDF; an encrypted one is opened with its known password for the checks."""
    from pypdf import PdfReader
    r = PdfReader(io.BytesIO(data))
    enc = r.is_encrypted
    if enc:
        assert r.decrypt("") == 0, fn + " opens with the empty password"
        r = PdfReader(io.BytesIO(data))
        assert r.decrypt(PASSWORDS[fn]) != 0, fn + " does not open with its password"
    text = "\n".join(p.extract_text() or "" for p in r.pages)
    image_only = not text.strip() and b"/Subtype /Image" in data
    return text, enc, image_only

def attachment_text(part):
    fn, ct, payload = part.get_filename(), part.get_content_type(), part.get_payload(decode=True)
    if ct == DOCX:
        import docx
        docx.Document(io.BytesIO(payload))                # must open in python-docx
        return docx_text(payload)
    if ct == "application/pdf":
        return pdf_info(fn, payload)[0]
    if ct in ("text/calendar", "application/ics"):
        return payload.decode("utf-8").replace("\r\n ", "").replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")
    if ct.startswith("image/"):
        assert payload.startswith(b"\x89PNG"), fn
        return ""
    raise AssertionError("unexpected attachment type %s" % ct)

def body_text(msg):
    out = [str(msg["Subject"] or "")]
    for part in msg.walk():
        if part.is_multipart() or part.get_filename():
            continue
        ct = part.get_content_type()
        if ct == "text/html":
            out.append(html_text(part.get_content()))
        elif ct == "text/plain":
            out.append(part.get_content())
        elif ct == "text/calendar":
            out.append(attachment_text(part))
    return re.sub(r"\s+", " ", "\n".join(out))

def readable(msg):
    """Subject, every inline text/HTML/calendar part and the text of every attachment (decrypted where needed)."""
    out = [body_text(msg)]
    for part in msg.walk():
        if not part.is_multipart() and part.get_filename():
            out += [part.get_filename(), attachment_text(part)]
    return re.sub(r"\s+", " ", "\n".join(out))

def all_headers(msg):
    return " ".join("%s: %s" % (k, v) for part in msg.walk() for k, v in part.items())

def atts(msg):
    return [p for p in msg.walk() if not p.is_multipart() and p.get_filename()]

def check_feature(f, msg, feat):
    name, args = feat[0], feat[1:]
    A = atts(msg)
    if name == "identical_attachments":
        return len(A) >= 2 and len({p.get_payload(decode=True) for p in A}) == 1
    if name == "itip":
        cals = [p for p in msg.walk() if p.get_content_type() == "text/calendar" and not p.get_filename()]
        return len(cals) == 1 and ("METHOD:%s" % args[0]) in cals[0].get_payload(decode=True).decode()
    if name == "risk_only_in_attachment":
        return args[0] in readable(msg) and args[0] not in body_text(msg).lower()
    if name == "attachment_named":
        hits = [p for p in A if p.get_filename() == args[0]]
        return len(hits) == 1 and args[1] in attachment_text(hits[0])
    if name == "only_attachment_ext":
        return len(A) >= 1 and all(p.get_filename().lower().endswith("." + args[0]) for p in A)
    if name == "has_attachment_ext":
        return any(p.get_filename().lower().endswith("." + args[0]) for p in A)
    if name == "utc_date_differs":
        d = email.utils.parsedate_to_datetime(msg["Date"])
        return d.astimezone(UTC).date() != d.astimezone(LON).date()
    if name == "no_attachments":
        return not A
    if name == "flowed":
        return any(p.get_content_type() == "text/plain" and p.get_param("format") == "flowed"
                   for p in msg.walk() if not p.is_multipart())
    if name == "quoted_ack":
        return "[SB-" in str(msg["Subject"]) and "Reference: SB-" in body_text(msg)
    if name == "list_mail":
        return msg["List-Id"] is not None and msg["Auto-Submitted"] is None
    if name == "word_html":
        return any("Microsoft Word 15" in p.get_content() for p in msg.walk() if p.get_content_type() == "text/html")
    if name == "encrypted":
        hits = [p for p in A if p.get_filename() == args[0]]
        return len(hits) == 1 and pdf_info(args[0], hits[0].get_payload(decode=True))[1]
    if name == "image_only":
        hits = [p for p in A if p.get_filename() == args[0]]
        return len(hits) == 1 and pdf_info(args[0], hits[0].get_payload(decode=True))[2]
    if name == "fw_subject":
        return str(msg["Subject"]).startswith("FW: ")
    if name == "auto_submitted":
        return msg["Auto-Submitted"] is not None
    if name == "gmt_after_bst":
        d = email.utils.parsedate_to_datetime(msg["Date"])
        return msg["Date"].strip().endswith("+0000") and d.date() == date(2049, 11, 1)
    if name == "html_only":
        return all(p.get_content_type() != "text/plain" for p in msg.walk() if not p.is_multipart())
    if name == "no_sb_reference":
        return "[SB-" not in str(msg["Subject"]) and msg["In-Reply-To"] is not None
    raise AssertionError("unknown feature %s" % name)

def check_file(lab):
    errors = []
    def err(m):
        errors.append("%s: %s" % (lab["file"], m))
    f, a, mb, e = lab["file"], lab["authority"], lab["mailbox"], lab["expect"]
    if not re.fullmatch(r"%s_0[1-8]\.eml" % a, f): err("file name / authority")
    if set(lab) != {"file", "authority", "mailbox", "now", "expect", "why"}: err("label keys")
    if set(e) != {"kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed",
                  "missing", "notice_ok", "next_action"}: err("expect keys")
    if mb not in ("mash_step_up", "early_help_duty"): err("mailbox")
    if e["kind"] not in KINDS: err("kind")
    if e["next_action"] != expected_next(a, e): err("next_action %s != %s" % (e["next_action"], expected_next(a, e)))
    if e["urgent"] != (CATS[f] == "urgent"): err("urgent vs category")
    if not set(e["concerns"]) <= CONCERN_IDS or e["concerns"] != sorted(set(e["concerns"])): err("concerns")
    if e["missing"] != sorted(set(e["missing"])): err("missing not sorted/unique")
    lvl = (e["level"] or 3) if (a == "knowsley" and e["kind"] == "step_down") else None
    allowed = REQ.get((a, e["kind"], lvl), set())
    if not set(e["missing"]) <= allowed: err("missing ids not allowed here: %s" % e["missing"])
    if a == "knowsley" and e["kind"] == "step_up":
        for doc, concern in KNOWSLEY_WHEN.items():
            if doc in e["missing"] and concern not in e["concerns"]: err("%s missing without %s" % (doc, concern))
    if e["level"] is not None and (e["kind"] != "step_down" or e["level"] not in (2, 3)): err("level")
    if "consent" in allowed and (e["consent"] is not True) != ("consent" in e["missing"]): err("consent vs missing")
    if "manager_agreed" in allowed and (e["manager_agreed"] is not True) != ("manager_agreed" in e["missing"]):
        err("manager vs missing")
    if "case_id" in allowed and (not e["case_ids"]) != ("case_id" in e["missing"]): err("case_id vs missing")
    if "children" in allowed and (not e["children"]) != ("children" in e["missing"]): err("children vs missing")
    for cid in e["case_ids"]:
        if not CASE_ID_FORM.fullmatch(cid): err("case id %r has no case-system form" % cid)
    if len(set(e["case_ids"])) != len(e["case_ids"]) or len({c["name"] for c in e["children"]}) != len(e["children"]):
        err("duplicates")
    now = datetime.fromisoformat(lab["now"])
    meeting = META[f]["meeting"]
    if a == "knowsley" and e["kind"] in ("step_up", "step_down"):
        if meeting is None:
            if e["notice_ok"] is not None or "meeting_details" not in e["missing"]: err("no date: notice null + missing")
        else:
            wd = working_days(now.astimezone(LON).date(), meeting)
            if e["notice_ok"] != (wd >= 5): err("notice_ok %s but %d WD" % (e["notice_ok"], wd))
            if meeting <= now.astimezone(LON).date() or meeting.weekday() >= 5 or meeting in BANK_HOLIDAYS:
                err("meeting date impossible")
    elif e["notice_ok"] is not None or meeting is not None:
        err("notice only for Knowsley step requests")
    # --- the message
    msg = parse(f)
    for h in ("Message-ID", "Date", "From", "To", "Subject"):
        if msg[h] is None: err("header %s missing" % h)
    for part in msg.walk():
        if part.defects: err("MIME defects %s" % part.defects)
        for k, v in part.items():
            if getattr(v, "defects", None): err("header defect %s %s" % (k, v.defects))
    if MAILBOXES[(a, mb)].lower() not in " ".join(str(msg[h] or "") for h in ("To", "Cc")).lower():
        err("mailbox address not in To/Cc")
    d = email.utils.parsedate_to_datetime(msg["Date"])
    ld = d.astimezone(LON)
    if not (WINDOW_START <= ld.date() <= WINDOW_END): err("Date outside the window")
    if (ld.weekday() >= 5 or ld.date() in BANK_HOLIDAYS) and f not in JUSTIFIED: err("Date not a working day")
    if f in JUSTIFIED and ld.weekday() < 5 and ld.date() not in BANK_HOLIDAYS: err("justified but a working day")
    if not msg["Date"].strip().endswith(expected_offset(d)) or d.utcoffset() != ld.utcoffset():
        err("Date offset is not Europe/London's")
    if now.utcoffset() != d.utcoffset(): err("now offset differs from the Date's")
    if not (timedelta(minutes=1) <= now - d <= timedelta(minutes=10)): err("now not 1-10 minutes after Date")
    if not (9 <= ld.hour < 17):
        OUT_OF_HOURS[f] = ld.strftime("%a %d %b %H:%M")
    if e["kind"] != "auto_reply" and msg["Auto-Submitted"] is not None: err("Auto-Submitted on human mail")
    if e["kind"] == "auto_reply" and msg["Auto-Submitted"] is None: err("auto_reply without Auto-Submitted")
    replies = [p for p in msg.walk() if p.get_content_type() in ("text/calendar", "application/ics")
               and "METHOD:REPLY" in p.get_payload(decode=True).decode()]
    if (e["kind"] == "meeting_reply") != bool(replies): err("iTIP REPLY only and always on meeting replies")
    if e["kind"] == "follow_up" and "[SB-" not in str(msg["Subject"]) and ("no_sb_reference",) not in META[f]["features"]:
        err("follow_up without a reference")
    if e["kind"] in ("step_up", "step_down", "other") and "[SB-" in str(msg["Subject"]): err("[SB-] on a new mail")
    text = readable(msg)
    for y in YEAR.findall(text + " " + all_headers(msg)):
        if int(y) > MAX_YEAR: err("year after %d: %s" % (MAX_YEAR, y))
    if e["urgent"]:
        hit = BANNED.findall(text + " " + all_headers(msg))
        if hit: err("banned word(s) in an urgent mail: %s" % sorted(set(hit)))
    metas = {c["name"]: c for c in META[f]["children"]}
    for c in e["children"]:
        if c["name"] not in text: err("child %s not in text" % c["name"])
        if c["name"] not in metas:
            err("child %s has no source record" % c["name"]); continue
        w = metas[c["name"]]["_w"]
        if w is not None:
            if w not in text: err("DOB %r not in text" % w)
            if parse_dob(w) != c["dob"]: err("DOB %r != %s" % (w, c["dob"]))
            if age_years(date.fromisoformat(c["dob"]), now.date()) >= 18 or date.fromisoformat(c["dob"]) >= now.date():
                err("%s is not a child at now" % c["name"])
    for name in META[f]["not_children"]:
        if name not in text: err("excluded person %s not in text" % name)
        if name in [c["name"] for c in e["children"]]: err("%s labelled as a child" % name)
    for name, w in META[f]["adults"]:
        if w not in text or age_years(date.fromisoformat(parse_dob(w)), now.date()) < 18: err("adult %s" % name)
    for cid in e["case_ids"]:
        if cid not in text: err("case id %s not in text" % cid)
    errors += check_docs(lab, msg)
    for feat in META[f]["features"]:
        try:
            ok = check_feature(f, msg, feat)
        except Exception as ex:
            ok = False; feat = feat + (repr(ex),)
        if not ok: err("feature check failed: %s" % (feat,))
    return errors

# Where each document requirement the labels treat as MET comes from: an attachment (its file name) or a heading
# pasted into the body ("body:<heading>"). Every document id the authority / kind / concerns require is either here
# or in `missing`, never both; a refused (encrypted) attachment can never meet one.
DOC_IDS = {"case_summary", "rationale", "draft_plan", "step_up_form", "taf_minutes", "gcp2", "engaging_families",
           "exploitation_assessment", "assessment", "cin_minutes", "consent_form", "request_for_support"}
DOCS = {
    "knowsley_01.eml": {"step_up_form": "Step Up Form - Mercer.docx"},
    "knowsley_02.eml": {"step_up_form": "Document1.docx", "taf_minutes": "TAF minutes 28.09.docx",
                        "gcp2": "GCP2 - Dunne.pdf"},
    "richmond_wandsworth_03.eml": {"rationale": "body:Rationale for step up"},
    "richmond_wandsworth_04.eml": {"case_summary": "Document2.docx", "draft_plan": "EH plan DRAFT v3 FINAL (2).docx"},
    "richmond_wandsworth_06.eml": {"rationale": "body:Rationale for step up"},
    "richmond_wandsworth_07.eml": {"case_summary": "Case summary - Hussain.docx"},
    "richmond_wandsworth_08.eml": {"case_summary": "body:Latest case summary", "draft_plan": "body:Draft plan for Early Help"},
    "tower_hamlets_01.eml": {"request_for_support": "MARF handwritten - Inaya Begum.pdf"},
    "tower_hamlets_04.eml": {"draft_plan": "Draft TAF plan - Hossain.docx"},
    "tower_hamlets_06.eml": {"request_for_support": "Document1.docx"},
    "tower_hamlets_07.eml": {"assessment": "scan0003.pdf", "draft_plan": "TAF plan.docx"},
    "herefordshire_03.eml": {"draft_plan": "EHA step down plan - Bevan.docx",
                             "consent_form": "Consent form signed - Bevan.pdf"},
    "herefordshire_04.eml": {"draft_plan": "EHA Step Down Plan - Gwynne.docx"},
    "herefordshire_05.eml": {"draft_plan": "WCF Early Help Step Down Plan - Pugh.docx",
                             "consent_form": "Signed consent - Pugh.pdf"},
}

def check_docs(lab, msg):
    errors = []
    f, a, e = lab["file"], lab["authority"], lab["expect"]
    lvl = (e["level"] or 3) if (a == "knowsley" and e["kind"] == "step_down") else None
    need = {d for d in REQ.get((a, e["kind"], lvl), set()) & DOC_IDS
            if not (a == "knowsley" and d in KNOWSLEY_WHEN and KNOWSLEY_WHEN[d] not in e["concerns"])}
    met = DOCS.get(f, {})
    if set(met) - need: errors.append("%s: documents recorded that are not required: %s" % (f, set(met) - need))
    for d in need:
        if (d in e["missing"]) == (d in met):
            errors.append("%s: document %s must be either met (with evidence) or missing" % (f, d))
    A = {p.get_filename(): p for p in atts(msg)}
    for d, src in met.items():
        if src.startswith("body:"):
            if src[5:] not in body_text(msg): errors.append("%s: heading %r not in the body" % (f, src[5:]))
        elif src not in A:
            errors.append("%s: %s is not attached" % (f, src))
        elif src.lower().endswith(".pdf") and pdf_info(src, A[src].get_payload(decode=True))[1]:
            errors.append("%s: %s is encrypted and cannot meet %s" % (f, src, d))
    return errors

CAT_EXPECTED = {"urgent": 11, "near_miss": 11, "ordinary": 18}

def set_checks():
    errors = []
    def err(m):
        errors.append("set: " + m)
    # calendar facts, checked with Python
    if WINDOW_START.strftime("%A") != "Wednesday" or WINDOW_END.strftime("%A") != "Friday": err("window weekdays")
    last_sun_oct = max(date(2049, 10, d) for d in range(25, 32) if date(2049, 10, d).weekday() == 6)
    if last_sun_oct != date(2049, 10, 31) or BST_END_UTC.date() != last_sun_oct: err("BST end")
    if datetime(2049, 10, 29, 12, tzinfo=LON).utcoffset() != timedelta(hours=1) or \
            datetime(2049, 11, 1, 12, tzinfo=LON).utcoffset() != timedelta(0): err("Europe/London offsets around BST end")
    if any(WINDOW_START <= b <= WINDOW_END for b in BANK_HOLIDAYS): err("a bank holiday inside the window?")
    try:
        import holidays
        pkg = {d for d in holidays.country_holidays("GB", subdiv="ENG", years=[2049, 2050]) if d.weekday() < 5}
        pkg = {d for d in pkg if d <= date(2050, 1, 31)}
        if pkg != BANK_HOLIDAYS: err("bank holidays differ from the holidays package: %s" % sorted(pkg ^ BANK_HOLIDAYS))
    except ImportError:
        err("the holidays package is required (run with /work/main/.venv/bin/python)")
    # counts
    if len(LABELS) != 40 or len(FILES) != 40: err("need 40 files")
    for a in ORDER:
        n = sum(1 for l in LABELS if l["authority"] == a)
        if n != 8: err("%s has %d files" % (a, n))
    tot = {c: list(CATS.values()).count(c) for c in CAT_EXPECTED}
    if tot != CAT_EXPECTED or tot["urgent"] < 11 or tot["near_miss"] < 11: err("categories %s" % tot)
    if {l["expect"]["kind"] for l in LABELS} != KINDS: err("every kind must appear")
    # Knowsley notice: K03 is decided by the London date (UTC date would flip it)
    k3 = next(l for l in LABELS if l["file"] == "knowsley_03.eml")
    n3 = datetime.fromisoformat(k3["now"])
    if not (working_days(n3.astimezone(LON).date(), date(2049, 11, 3)) == 4 and
            working_days(n3.astimezone(UTC).date(), date(2049, 11, 3)) == 5): err("knowsley_03 clock trap")
    return errors, tot

def check():
    errors = []
    for lab in LABELS:
        try:
            errors += check_file(lab)
        except Exception as ex:
            errors.append("%s: check raised %r" % (lab["file"], ex))
    errs, tot = set_checks()
    return errors + errs, tot


# ============================================================================ README
def notice_rows():
    rows = []
    for l in LABELS:
        m = META[l["file"]]["meeting"]
        if m is None:
            continue
        now = datetime.fromisoformat(l["now"])
        today = now.astimezone(LON).date()
        rows.append("| %s | %s %s | %s | %d | %d | %s |" % (
            l["file"][:-4], today.strftime("%a %d %b"), now.strftime("%H:%M %z"), m.strftime("%a %d %b"),
            working_days(today, m), plain_weekdays(today, m), "ok" if l["expect"]["notice_ok"] else "**not ok**"))
    return "\n".join(rows)

def readme(tot):
    def count(field):
        out = {}
        for l in LABELS:
            v = l["expect"][field]
            out[str(v)] = out.get(str(v), 0) + 1
        return ", ".join("%s %d" % kv for kv in sorted(out.items(), key=lambda kv: -kv[1]))
    table = "\n".join("| %s | %s | %s | %s |" % (l["file"][:-4], CATS[l["file"]], l["expect"]["kind"],
                                                 l["expect"]["next_action"]) for l in LABELS)
    ooh = ", ".join("%s (%s)" % (k[:-4], v) for k, v in sorted(OUT_OF_HOURS.items()) if k not in JUSTIFIED)
    gaps = [(datetime.fromisoformat(l["now"]) - email.utils.parsedate_to_datetime(parse(l["file"])["Date"])).total_seconds() / 60
            for l in LABELS]
    return README_TEMPLATE.format(notice=notice_rows(), table=table, urgent=tot["urgent"], near=tot["near_miss"],
                                  ordinary=tot["ordinary"], kinds=count("kind"), actions=count("next_action"),
                                  mailboxes=", ".join("%s %d" % (m, sum(1 for l in LABELS if l["mailbox"] == m))
                                                      for m in ("early_help_duty", "mash_step_up")),
                                  ooh=ooh, nowmin="%.1f" % min(gaps), nowmax="%.1f" % max(gaps))

README_TEMPLATE = """# mixed137: blind held-out set for urgency and the parse fields, over the autumn term of 2049 (Wednesday 1 September - Friday 17 December 2049), in attachments that go wrong

40 invented RFC 5322 messages, 8 per authority, each sent to the authority's MASH step-up or Early Help duty mailbox
as `/work/main/config/deployment.yaml` names it. `labels.json` follows the dev corpus format exactly (`file`,
`authority`, `mailbox`, `now`, `expect` with the eleven fields, `why`); `categories.json` maps each file to `urgent`
({urgent}), `near_miss` ({near}) or `ordinary` ({ordinary}). Score each file with
`stepbot parse FILE --authority <authority> --mailbox <mailbox> --now <now>`. The set was written blind: the parser,
its code and its output were never seen or run. Everything here is written by `make_set.py` (run it with
`/work/main/.venv/bin/python make_set.py`; it self-checks and stops before writing anything if a check fails).

## Theme: attachments that go wrong
"Please find attached" with nothing attached (richmond_wandsworth_01, torbay_07, the first mail behind
tower_hamlets_08); the same form attached twice (knowsley_01, torbay_01); the wrong document (knowsley_04's "closing
summary" that is 2047 conference minutes) or another family's assessment (torbay_03); a form half filled in (a MARF
with the manager's rows blank, tower_hamlets_06; an unsigned consent form, herefordshire_04); scans of handwritten
forms as image-only PDFs with no text layer (tower_hamlets_01, herefordshire_01, _03, torbay_06); real RC4
password-protected PDFs (richmond_wandsworth_03, tower_hamlets_04); a SharePoint, secure-portal, CPOMS or SecureSend
link instead of a file (knowsley_05, richmond_wandsworth_06, herefordshire_02, tower_hamlets_03); documents sent in a
second mail (richmond_wandsworth_02, knowsley_06, torbay_02, torbay_08, herefordshire_08, and tower_hamlets_08, which
has no stepbot reference and is a reply to the sender's own mail); files renamed oddly ("Document1.docx",
"Document2.docx", "EH plan DRAFT v3 FINAL (2).docx", "scan0003.pdf", "image0.png"); another council's form (a
Knowsley Appendix 1 sent to Torbay, torbay_05; a Worcestershire plan sent to Herefordshire, herefordshire_05; an
adult-services form sent to the children's co-ordinators, herefordshire_06); a calendar file (.ics, METHOD:PUBLISH)
instead of the plan (knowsley_03, richmond_wandsworth_07); a mail gateway's "attachment held" notice
(richmond_wandsworth_05) and a partnership briefing about exactly these mistakes (knowsley_07).

## How the labels read attachments (REQUIREMENTS.md, "How a requirement is met")
- A document is met by an attachment whose **name or content** shows it is that document, or by the document pasted
  into the body under its own heading (richmond_wandsworth_08). So "Document1.docx" holding the Appendix 1 form or the
  MARF, and "scan0003.pdf" whose OCR text is the C&F assessment, **meet** their requirement; an image-only scan whose
  file name says what it is ("MARF handwritten - Inaya Begum.pdf", "Consent form signed - Bevan.pdf") **meets** it
  too - it is not a refused type.
- An encrypted PDF is refused and meets nothing, even when the password is promised. A link is neither an attachment
  nor pasted text. A form's own claim ("Recent TAF meeting minutes attached: Yes") is not the document.
- Another family's assessment is not this family's assessment (torbay_03: assessment missing; the other family's
  children are not labelled).
- A half-filled form meets the document requirement but not the fact it leaves blank (tower_hamlets_06:
  manager_agreed missing). An unsigned consent form is not written consent (herefordshire_04: consent null,
  consent_form missing).
- Another council's template is read for its content: Torbay's step-up needs no document, only consent and manager
  agreement, which torbay_05's Knowsley form states; Knowsley's own requirements are never applied outside Knowsley.
- Facts in follow-ups (children, DOBs, case ids, consent, manager agreement, concerns) are read from every part,
  quoted acknowledgements and attachments included; `missing` is `[]` for follow-ups.
- Concerns are the current ones: historic, negated, resolved or hypothetical harm is not labelled.

## Window, clock and bank holidays (all checked in Python by make_set.py)
- Autumn term 2049: **Wednesday 1 September - Friday 17 December 2049** (weekdays computed, not assumed).
- **British Summer Time ends at 01:00 UTC on Sunday 31 October 2049** (the last Sunday of October): every Date up to
  Friday 29 October carries `+0100`, every Date from Monday 1 November `+0000` (herefordshire_01 is dated that Monday);
  each `now` (seconds zeroed) is {nowmin}-{nowmax} minutes after its Date, with the same offset.
- England & Wales bank holidays (from the `holidays` package, compared with the script's list): Late Summer Bank
  Holiday Monday 30 August falls before the window; Christmas Day 2049 is a Saturday and Boxing Day a Sunday, so the
  substitute days are **Monday 27 and Tuesday 28 December**, after the window; New Year's Day 2050 (a Saturday) is
  observed on Monday 3 January 2050. **No bank holiday falls inside the window**, so no notice count here turns on one.
- Every Date is a working day except **torbay_02 (Saturday 6 November, 08:05)**, justified: a social worker writing
  from a work phone about a text received that morning - it tests the out-of-hours route. Outside office hours
  (09:00-17:00) on working days: {ooh}.

## Knowsley notice arithmetic
DESIGN: `given_working_days` counts working days d with today < d <= meeting, "today" being the Europe/London date of
`now`; `ok` is given >= 5 (REQUIREMENTS reads step-up, level 2 and level 3 all as 5 working days).

| file | sent (now, London) | meeting | working days | plain weekdays | notice |
|---|---|---|---|---|---|
{notice}

**knowsley_03 is decided by the clock**: sent Thursday 28 October at 00:41 BST, which is still Wednesday 27 October
in UTC. From the London date (28 Oct) the joint home visit on Wednesday 3 November is 4 working days away (29 Oct, 1, 2,
3 Nov) -> not ok; a parser that takes the UTC date counts 5 and says ok. The meeting date is only in the attached
.ics (Europe/London VTIMEZONE). knowsley_02 is exactly 5 (ok). Knowsley step-downs with no level are level 3.

## Voices and formats
Family First case managers, social workers, Early Help practitioners and team managers, a nursery-based family
support worker writing a clinical observation log, a school DSL (HTML-only table; a secure-mail portal notice), a
health visitor in a hedged voice, a GP practice manager, a solicitor, adult social care, a partnership bulletin, the
MASH social worker's, a lead practitioner's and a social worker's calendar replies. Outlook plain+HTML and Word "filtered medium" HTML,
HTML-only, hand-written HTML in multipart/alternative, quoted-printable, base64 text, iPhone format=flowed, Outlook
"FW:" with the worker's note quoted, replies quoting stepbot's acknowledgement with '>' or Outlook's rule, an Outlook
meeting request (iTIP REQUEST with two identical .docx), Outlook and Google iTIP REPLYs (ACCEPTED, DECLINED with a
COMMENT, TENTATIVE), an out-of-office and a gateway notice (Auto-Submitted), a List-Id bulletin. Attachments are
built with the standard library: minimal OOXML .docx, one-page text PDFs, image-only scan PDFs (a FlateDecode
greyscale image, no text), 40-bit RC4 encrypted PDFs (Standard security handler, R2; pypdf refuses the empty password,
the self-check opens them with the password to read them), .ics files and a PNG.

## Urgent mails and how the risk is told
No urgent mail contains "urgent", "immediate(ly)", "risk", "emergency", "danger", "safeguarding concern", "unsafe",
"ASAP" or "at risk" anywhere - subject, headers, body, quoted parts, calendar data or attachment text (encrypted ones
decrypted for the check). knowsley_02: only inside "Document1.docx" (an UPDATE in the Appendix 1 form). knowsley_06:
the PS of a follow-up bringing a forgotten GCP2 (a child's own words). richmond_wandsworth_03: in the forwarded
worker's note. richmond_wandsworth_07: a PS to a step-down. tower_hamlets_01: a clinical observation log.
tower_hamlets_02: a DECLINED calendar reply's comment. tower_hamlets_03: the preview inside a secure-portal
notification that looks automatic. torbay_01: a child's words, plainly. torbay_02: a quoted text message on a
Saturday. herefordshire_01: a health visitor who "may be overthinking it" (a 7-week-old). herefordshire_02: an
HTML-only timed log (Herefordshire defines no step_up, but alert_duty comes first).

Near misses: the wrong attachment's 2047 injuries (knowsley_04), the KSCP briefing's composite example
(knowsley_07), a 2046 s47 found accidental (richmond_wandsworth_04), a father in prison since 2047
(richmond_wandsworth_06), a perpetrator convicted and in custody (tower_hamlets_04), a GP's hypothetical
(tower_hamlets_05), a 2047 scald found accidental (torbay_03), a father remanded (torbay_04's tentative reply), an
adult's historic allegation (torbay_06), an unsubstantiated s47 (herefordshire_03) and an adult-only referral
(herefordshire_06).

## Counts
- Categories: urgent {urgent}, near_miss {near}, ordinary {ordinary}; per authority (urgent / near miss / ordinary):
  knowsley 2/2/4, richmond_wandsworth 2/2/4, tower_hamlets 3/2/3, torbay 2/3/3, herefordshire 2/2/4.
- kind: {kinds}.
- next_action: {actions}.
- mailbox: {mailboxes}.

| file | category | kind | next_action |
|---|---|---|---|
{table}

## For the scorer
- Case ids are labelled exactly as written ("Mosaic ID 3390127" -> "3390127"; "EHM-73015", "ICS-1377204",
  "LCS-4521870" keep their prefixes); a Mosaic number in a calendar SUMMARY is a case id; gateway references
  ("AP-49-1018-77312") are not.
- Children are labelled in order of first appearance, with a DOB only where one is written (dd/mm/yyyy throughout);
  adults with DOBs (torbay_06, herefordshire_06) are 18+ and never children.
- `level` is labelled only where a step-down states it (Knowsley 2/3, Torbay and Herefordshire "level 3").
- Files are read as raw RFC 5322 bytes; all are 7-bit (encoded-words, QP, base64) and parse without defects.

## How it was written
From `/work/shared/DESIGN.md`, `REQUIREMENTS.md`, the five seeds, `/work/main/config/` (deployment addresses, the
policy packs), the dev corpus README and labels, `mixed27`'s README and make_set.py (helpers adapted) and
`mixed129/labels.json`; only the first line of other sets' READMEs was read. Nothing under `bot/`, `handlers/`,
`scripts/`, `templates/`, `bench/` or other tests was opened; `stepbot` was never run; git was not touched.
make_set.py is deterministic (sha1-derived ids, fixed zip timestamps) and checks: 40 files, 8 per authority, the
category counts, every kind present, banned words absent from urgent mails, Dates in the window on working days (or
justified) with Europe/London's offset, `now` 1-10 minutes after Date with the same offset, every .eml parsed by the
`email` package without defects, `next_action` from DESIGN's order, `missing` ids allowed for the authority / kind /
level and consistent with consent, manager, case id and children, Knowsley notice recomputed, children / DOBs /
case ids present in the text and children under 18, no year after 2049, and per-file attachment features (identical
attachments, encrypted and image-only PDFs, Document1 / scan0003 contents, .ics-only, no attachments, quoted acks,
iTIP methods).
"""


# ============================================================================ main
BUILDERS = [knowsley_01, knowsley_02, knowsley_03, knowsley_04, knowsley_05, knowsley_06, knowsley_07, knowsley_08,
            richmond_wandsworth_01, richmond_wandsworth_02, richmond_wandsworth_03, richmond_wandsworth_04,
            richmond_wandsworth_05, richmond_wandsworth_06, richmond_wandsworth_07, richmond_wandsworth_08,
            tower_hamlets_01, tower_hamlets_02, tower_hamlets_03, tower_hamlets_04, tower_hamlets_05, tower_hamlets_06,
            tower_hamlets_07, tower_hamlets_08,
            torbay_01, torbay_02, torbay_03, torbay_04, torbay_05, torbay_06, torbay_07, torbay_08,
            herefordshire_01, herefordshire_02, herefordshire_03, herefordshire_04, herefordshire_05,
            herefordshire_06, herefordshire_07, herefordshire_08]

def main():
    for b in BUILDERS:
        b()
    errors, tot = check()
    if errors:
        print("SELF-CHECK FAILED - nothing written:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    for f, data in FILES.items():
        with open(os.path.join(HERE, f), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "labels.json"), "w") as fh:
        json.dump(LABELS, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w") as fh:
        json.dump({l["file"]: CATS[l["file"]] for l in LABELS}, fh, indent=2)
        fh.write("\n")
    with open(os.path.join(HERE, "README.md"), "w") as fh:
        fh.write(readme(tot))
    print("OK: 40 files written; categories %s; all self-checks passed" % tot)
    if "--stats" in sys.argv:
        print(notice_rows())
        for l in LABELS:
            e = l["expect"]
            print("%-26s %-9s %-13s %-5s %-17s missing=%s" % (l["file"], CATS[l["file"]], e["kind"], e["urgent"],
                                                              e["next_action"], e["missing"]))

if __name__ == "__main__":
    main()
