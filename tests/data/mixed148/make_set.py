#!/usr/bin/env python3
"""mixed148: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the autumn term of 2052 (Monday 2 September - Thursday 19 December 2052), in pharmacies, dentists, opticians
and other community health front doors: community pharmacists (supervised methadone, a child collecting a parent's
medicines, a 13-year-old asking for the morning-after pill with an adult man waiting in a car), dental teams (a
child in the chair with a torn frenulum, a child in pain for weeks, dental neglect resolved or not), optometrists
(petechiae and bleeding in the whites of a 5-year-old's eyes), a children's hearing clinic (a deaf child's signed
disclosure), community podiatry (burns on the sole of a foot; a self-neglecting adult with no children) and
walk-in centres (a bruised 7-week-old taken away before review; a scald; a witnessed fall) - alongside ordinary
step-ups and step-downs, follow-ups, meeting replies and an out-of-office.

STANDARD LIBRARY ONLY. Deterministic: no clock, no randomness; boundaries, Message-IDs, Thread-Index values and
calendar UIDs come from sha1 of the file name; .docx zips carry fixed timestamps; PDFs are hand-built PDF 1.4 text
pages with uncompressed content streams. The self-checks read every attachment back with the standard library
(zipfile + ElementTree for .docx, a content-stream reader for the PDFs) and STOP on any error before anything is
written. Run:  python3 make_set.py   (--stats prints tallies and the Knowsley counts).

The helper layer (MIME builders, Word HTML, format=flowed, PDF, .docx, iCalendar, out-of-office, quote chains)
follows /work/main/tests/data/mixed27/make_set.py, adapted to the standard library and to this window. Every label
was set by hand from /work/shared/DESIGN.md and /work/shared/REQUIREMENTS.md; the checks only verify them.
"""

import base64, calendar, hashlib, html, io, json, os, quopri, re, sys, zipfile
import email, email.policy, email.utils
import xml.etree.ElementTree as ET
from email.header import Header
from datetime import datetime, date, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
BST = timezone(timedelta(hours=1), "BST")
GMT = timezone(timedelta(0), "GMT")


# ============================================================================ calendar facts (checked in set_checks)
def last_sunday(y, m):
    d = date(y, m, calendar.monthrange(y, m)[1])
    return d - timedelta(days=(d.weekday() - 6) % 7)

def easter_sunday(y):
    """Anonymous Gregorian algorithm (Meeus/Jones/Butcher)."""
    a = y % 19; b = y // 100; c = y % 100; d = b // 4; e = b % 4; f = (b + 8) // 25; g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30; i = c // 4; k = c % 4; l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451; month = (h + l - 7 * m + 114) // 31; day = (h + l - 7 * m + 114) % 31 + 1
    return date(y, month, day)

def first_monday(y, m):
    d = date(y, m, 1)
    return d + timedelta(days=(0 - d.weekday()) % 7)

def last_monday(y, m):
    d = date(y, m, calendar.monthrange(y, m)[1])
    return d - timedelta(days=(d.weekday() - 0) % 7)

def substitute(d, taken):
    """A bank holiday on a weekend moves to the next weekday not already a holiday."""
    while d.weekday() >= 5 or d in taken:
        d += timedelta(days=1)
    return d

def england_bank_holidays(y):
    """England & Wales bank holidays of year y under the standing rules (no one-off royal holidays)."""
    out = {}
    out[substitute(date(y, 1, 1), set())] = "New Year's Day"
    es = easter_sunday(y)
    out[es - timedelta(days=2)] = "Good Friday"
    out[es + timedelta(days=1)] = "Easter Monday"
    out[first_monday(y, 5)] = "Early May bank holiday"
    out[last_monday(y, 5)] = "Spring bank holiday"
    out[last_monday(y, 8)] = "Summer bank holiday"
    xmas = substitute(date(y, 12, 25), set())
    out[xmas] = "Christmas Day"
    out[substitute(date(y, 12, 26), {xmas})] = "Boxing Day"
    return out

BANK_HOLIDAYS_2052 = england_bank_holidays(2052)
BANK_HOLIDAYS = set(BANK_HOLIDAYS_2052) | set(england_bank_holidays(2053))
# The list as published for 2052 (and given by the `holidays` package, checked by hand when this set was written):
EXPECTED_BH_2052 = {date(2052, 1, 1): "Mon", date(2052, 4, 19): "Fri", date(2052, 4, 22): "Mon",
                    date(2052, 5, 6): "Mon", date(2052, 5, 27): "Mon", date(2052, 8, 26): "Mon",
                    date(2052, 12, 25): "Wed", date(2052, 12, 26): "Thu"}

# The window: the autumn term of 2052. 2 September 2052 is the first Monday of September; 19 December 2052 is a
# Thursday (the brief's "about 19 December"); no bank holiday falls inside it (Summer bank holiday Monday 26 August is
# before it, Christmas Day Wednesday 25 and Boxing Day Thursday 26 December after it).
WINDOW_START, WINDOW_END = date(2052, 9, 2), date(2052, 12, 19)
# British Summer Time 2052: from 01:00 UTC Sunday 31 March to 01:00 UTC Sunday 27 October.
BST_START = datetime(2052, 3, 31, 1, 0, tzinfo=UTC)
BST_END = datetime(2052, 10, 27, 1, 0, tzinfo=UTC)
assert BST_START.date() == last_sunday(2052, 3) and BST_END.date() == last_sunday(2052, 10)

def london_offset(utc_dt):
    return timedelta(hours=1) if BST_START <= utc_dt.astimezone(UTC) < BST_END else timedelta(0)

def dt(s):
    """Local (Europe/London) wall-clock 'YYYY-MM-DD HH:MM:SS' -> aware datetime with the right offset (BST or GMT).
    No wall-clock time in this set falls in the clock-change hours."""
    naive = datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    for tz in (BST, GMT):
        cand = naive.replace(tzinfo=tz)
        if london_offset(cand) == tz.utcoffset(None):
            return cand
    raise ValueError("ambiguous or non-existent local time %s" % s)

def working_days(today, meeting):
    """DESIGN: the working days d with today < d <= meeting (Mon-Fri, England & Wales bank holidays excluded)."""
    n, d = 0, today + timedelta(days=1)
    while d <= meeting:
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n += 1
        d += timedelta(days=1)
    return n

def plain_weekdays(today, meeting):
    return sum(1 for i in range(1, (meeting - today).days + 1) if (today + timedelta(days=i)).weekday() < 5)


# ============================================================================ MIME helpers
def sha(fname, salt=""):
    return hashlib.sha1((fname + salt).encode()).hexdigest()

def bnd(fname, n):
    return "_%03d_%s" % (n, sha(fname, "b%d" % n)[:28].upper())

def gbnd(fname, n):
    return "0000000000%s" % sha(fname, "g%d" % n)[:18]

def msgid(fname, domain):
    return "<%s@%s>" % (sha(fname, "mid")[:32].upper(), domain)

def thread_index(fname):
    return base64.b64encode(hashlib.sha1((fname + "ti").encode()).digest() + b"\x00\x00").decode()

def T(s):
    return s[1:] if s.startswith("\n") else s

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
         ("Content-Disposition", '%s; filename="%s"; size=%d' % (disposition, filename, len(data))),
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

def build(top, root, crlf):
    head = "".join("%s: %s\n" % (k, v) for k, v in top) + "MIME-Version: 1.0\n"
    head.encode("ascii")
    s = head + render(root)
    s.encode("ascii")                       # every body is 7-bit (QP / base64)
    if crlf:
        s = s.replace("\r\n", "\n").replace("\n", "\r\n")
    return s.encode("ascii")

def html_of(text, font="Aptos"):
    out = []
    for para in text.split("\n\n"):
        lines = [html.escape(l, quote=False) for l in para.split("\n")]
        out.append('<p class="MsoNormal">%s</p>' % "<br>\n".join(lines))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"%s",sans-serif;}</style>'
            '</head>\n<body lang="EN-GB"><div class="WordSection1">\n%s\n<p class="MsoNormal">&nbsp;</p>\n'
            '</div></body></html>\n' % (font, "\n<p class=\"MsoNormal\">&nbsp;</p>\n".join(out)))

WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
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
    return RUN + t.replace("\n", "<br>\n") + "</span>"

def word_plain(t):
    return re.sub(r"\{\{(.+?)\}\}", r"\1", t)

def word_html(blocks, font="Aptos"):
    """blocks: paragraphs ('' = empty paragraph), ('h', text) bold headings, ('table', rows) MsoTableGrid tables."""
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

def flowed(text, width=72):
    """RFC 3676 format=flowed: soft breaks are 'line ' + newline; lines starting with a space, '>' or 'From '
    are space-stuffed (quoted lines keep their '>')."""
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


# ============================================================================ PDF (hand-built, WinAnsi) and .docx
def make_pdf(title, lines):
    """A PDF 1.4 of one or more A4 pages of Helvetica text (uncompressed content streams, WinAnsiEncoding)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    wrapped = []
    for l in [title, ""] + lines:
        while len(l) > 92:
            cut = l.rfind(" ", 0, 92)
            cut = cut if cut > 0 else 92
            wrapped.append(l[:cut]); l = l[cut:].lstrip()
        wrapped.append(l)
    pages = [wrapped[i:i + 52] for i in range(0, len(wrapped), 52)]
    n = len(pages)
    objs = {1: b"<< /Type /Catalog /Pages 2 0 R >>",
            3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"}
    kids = []
    for i, pg in enumerate(pages):
        page_no, content_no = 4 + 2 * i, 5 + 2 * i
        kids.append(b"%d 0 R" % page_no)
        content = "BT\n/F1 10 Tf\n14 TL\n50 800 Td\n" + "".join("(%s) '\n" % esc(l) for l in pg) + "ET\n"
        cb = content.encode("cp1252")
        objs[page_no] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R "
                         b">> >> /Contents %d 0 R >>" % content_no)
        objs[content_no] = b"<< /Length %d >>\nstream\n" % len(cb) + cb + b"endstream"
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % n
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = {}
    for k in sorted(objs):
        offs[k] = len(out)
        out += b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n"
    xref = len(out)
    size = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    out += b"".join(b"%010d 00000 n \n" % offs[k] for k in range(1, size))
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    return out

def pdf_text(data):
    """Text of a PDF built by make_pdf (standard library: reads the uncompressed content streams)."""
    out = []
    for stream in re.findall(rb"stream\n(.*?)endstream", data, re.S):
        for m in re.finditer(rb"\(((?:\\.|[^\\)])*)\) '", stream):
            s = re.sub(rb"\\(.)", rb"\1", m.group(1))
            out.append(s.decode("cp1252"))
    return "\n".join(out)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

def make_docx(paras, tables=()):
    """paras: strings ('# ' = Heading 1); tables: lists of rows. A minimal valid OOXML package, fixed timestamps."""
    def run(t):
        return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % html.escape(t, quote=False)
    def para(t):
        if t.startswith("# "):
            return '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>%s</w:p>' % run(t[2:])
        return "<w:p>%s</w:p>" % run(t)
    body = "".join(para(p) for p in paras)
    for rows in tables:
        body += ('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>' + "".join(
            "<w:tr>" + "".join("<w:tc>%s</w:tc>" % para(c) for c in r) + "</w:tr>" for r in rows) + "</w:tbl>")
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="%s"><w:body>%s<w:sectPr/></w:body></w:document>' % (W_NS, body))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2052, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()

def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    root = ET.fromstring(z.read("word/document.xml"))
    W = "{%s}" % W_NS
    return "\n".join("".join(e.text or "" for e in p.iter(W + "t")) for p in root.iter(W + "p"))

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
def pdf_att(filename, title, lines):
    return binary_part("application/pdf", filename, make_pdf(title, lines))
def docx_att(filename, paras, tables=()):
    return binary_part(DOCX, filename, make_docx(paras, tables))


# ============================================================================ iCalendar
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

VTZ = ["BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000",
       "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
       "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000",
       "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
       "END:VTIMEZONE"]

def outlook_reply_ics(fname, stamp, start, end, summary, location, organizer, attendee, partstat, comment):
    L = ["BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"] + VTZ + [
        "BEGIN:VEVENT", "ORGANIZER;CN=%s:mailto:%s" % organizer,
        "ATTENDEE;PARTSTAT=%s;CN=%s:mailto:%s" % (partstat, attendee[0], attendee[1])]
    if comment:
        L.append("COMMENT;LANGUAGE=en-GB:" + ics_escape(comment))
    L += ["UID:040000008200E00074C5B7101A82E008%s" % sha(fname, "uid").upper(),
          "SUMMARY;LANGUAGE=en-GB:" + ics_escape(summary),
          "DTSTART;TZID=GMT Standard Time:%s" % start, "DTEND;TZID=GMT Standard Time:%s" % end,
          "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:%s" % stamp.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"),
          "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0"]
    if location:
        L.append("LOCATION;LANGUAGE=en-GB:" + ics_escape(location))
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(ics_fold(l) for l in L) + "\r\n"


# ============================================================================ message shapes
def outlook_top(fname, frm, to, subject, when, cc=None, extra=None, mid_domain=None, reply_to_mid=None):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject)), ("Thread-Topic", hdr(re.sub(r"^((RE|FW|Fwd|Re): )+", "", subject))),
          ("Thread-Index", thread_index(fname)), ("Date", email.utils.format_datetime(dt(when))),
          ("Message-ID", msgid(fname, mid_domain or "LO4P265MB6012.GBRP265.PROD.OUTLOOK.COM"))]
    if reply_to_mid:
        h += [("In-Reply-To", reply_to_mid), ("References", reply_to_mid)]
    h += [("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
          ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    return h + (extra or [])

def plain_top(fname, frm, to, subject, when, domain, mailer=None, cc=None, extra=None):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject)), ("Date", email.utils.format_datetime(dt(when))),
          ("Message-ID", msgid(fname, domain))]
    if mailer:
        h.append(("X-Mailer", mailer))
    return h + (extra or [])

def mail(f, top, body, atts=(), html_alt=False, crlf=True, cte="quoted-printable"):
    """text/plain (optionally with an Outlook-style HTML twin) plus attachments."""
    t = text_part(body, cte=cte, crlf=crlf)
    if html_alt:
        t = multipart("alternative", [t, text_part(html_of(body), "html")], bnd(f, 2))
    root = multipart("mixed", [t] + list(atts), bnd(f, 1)) if atts else t
    return build(top, root, crlf)

def word_mail(f, top, blocks, atts=()):
    body = multipart("alternative", [text_part(word_text(blocks)), text_part(word_html(blocks), "html")], bnd(f, 2))
    root = multipart("mixed", [body] + list(atts), bnd(f, 1)) if atts else body
    return build(top, root, True)

def alt_mail(f, top, text, html_body, atts=(), boundary=None):
    body = multipart("alternative", [text_part(text), text_part(html_body, "html")], boundary or bnd(f, 2))
    root = multipart("mixed", [body] + list(atts), bnd(f, 1)) if atts else body
    return build(top, root, True)

def html_only_mail(f, top, html_body, atts=()):
    h = text_part(html_body, "html")
    root = multipart("mixed", [h] + list(atts), bnd(f, 1)) if atts else h
    return build(top, root, True)

def itip_reply(f, when, frm_name, frm_email, organizer, partstat, summary, start, end, location, comment=None):
    """An Outlook iTIP REPLY: multipart/alternative (text + text/calendar method=REPLY)."""
    word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentative"}[partstat]
    cal = outlook_reply_ics(f, dt(when), start, end, summary, location, organizer, (frm_name, frm_email),
                            partstat, comment)
    cal_part = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REPLY'),
                     ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    root = multipart("alternative", [text_part((comment + "\n") if comment else " "), cal_part], bnd(f, 1))
    top = outlook_top(f, addr(frm_name, frm_email), addr(organizer[0], organizer[1]), "%s: %s" % (word, summary),
                      when, extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    return build(top, root, True)

def google_reply(f, when, frm_name, frm_email, organizer, partstat, summary, start_utc, end_utc, location,
                 human_when):
    """A Google Calendar iTIP REPLY: multipart/mixed (alternative: text, HTML, text/calendar) + invite.ics."""
    word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentatively Accepted"}[partstat]
    verb = {"ACCEPTED": "accepted", "DECLINED": "declined", "TENTATIVE": "tentatively accepted"}[partstat]
    stamp = dt(when).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
         "METHOD:REPLY", "BEGIN:VEVENT", "DTSTART:%s" % start_utc, "DTEND:%s" % end_utc, "DTSTAMP:%s" % stamp,
         "ORGANIZER;CN=%s:mailto:%s" % organizer, "UID:040000008200E00074C5B7101A82E008%s" % sha(f, "uid").upper(),
         "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;CN=%s;X-NUM-GUESTS=0:mailto:%s"
         % (partstat, frm_name, frm_email),
         "CREATED:%s" % stamp, "LAST-MODIFIED:%s" % stamp, "LOCATION:" + ics_escape(location), "SEQUENCE:0",
         "STATUS:CONFIRMED", "SUMMARY:" + ics_escape(summary), "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    cal = "\r\n".join(ics_fold(l) for l in L) + "\r\n"
    text = "%s has %s this invitation.\n\n%s\n%s\n%s\n\nInvitation from Google Calendar\n" % (
        frm_name, verb, summary, human_when, location)
    alt = multipart("alternative", [text_part(text, cte="7bit"), text_part(html_of(text, "Roboto"), "html"),
                                    Part([("Content-Type", 'text/calendar; charset="UTF-8"; method=REPLY'),
                                          ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))],
                    gbnd(f, 2))
    ics_att = Part([("Content-Type", 'application/ics; name="invite.ics"'),
                    ("Content-Disposition", 'attachment; filename="invite.ics"'),
                    ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    root = multipart("mixed", [alt, ics_att], gbnd(f, 1))
    top = [("From", addr(frm_name, frm_email)), ("To", addr(organizer[0], organizer[1])),
           ("Subject", hdr("%s: %s @ %s (%s)" % (word, summary, human_when, organizer[1]))),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "google.com")),
           ("Reply-To", addr(frm_name, frm_email)), ("Sender", "Google Calendar <calendar-notification@google.com>")]
    return build(top, root, False)

def ooo(f, when, frm_name, frm_email, to, subject, body):
    ex = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
    top = outlook_top(f, addr(frm_name, frm_email), to, "Automatic reply: " + subject, when, extra=ex)
    return build(top, text_part(body), True)

def quote(frm, sent, to, subject, text, cc=None):
    """An Outlook-style quoted original under a reply or forward."""
    cc_line = "Cc: %s\n" % cc if cc else ""
    return ("\n________________________________\nFrom: %s\nSent: %s\nTo: %s\n%sSubject: %s\n\n%s"
            % (frm, sent, to, cc_line, subject, text))

def quoted(text):
    """'> '-prefix every line (a plain-text client's quoting)."""
    return "\n".join("> " + l if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"

def ack_text(kind_word, ref, lines, missing):
    """stepbot's acknowledgement as it reads when quoted under a reply."""
    out = ["Thank you - your %s request has been received." % kind_word, "", "Reference: %s" % ref] + lines + [""]
    if missing:
        out += ["What is missing:"] + ["- " + m for m in missing] + [""]
    out += ["Please reply to this email, keeping the reference in the subject, to add anything."]
    return "\n".join(out) + "\n"


# ============================================================================ readable text (standard library)
def html_text(h):
    h = re.sub(r"(?s)<!--.*?-->", " ", h)
    h = re.sub(r"(?is)<(head|style|script)\b.*?</\1>", " ", h)
    h = re.sub(r"(?i)</?(p|div|br|tr|td|th|li|ul|ol|table|tbody|h\d|blockquote)\b[^>]*>", " ", h)
    h = re.sub(r"<[^>]+>", "", h)
    return html.unescape(h)

def ics_text(payload):
    c = payload.decode("utf-8").replace("\r\n ", "").replace("\n ", "")
    return c.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")

def all_headers(msg):
    return " ".join("%s: %s" % (k, v) for part in msg.walk() for k, v in part.items())

def readable(msg, with_headers=False):
    """Everything a reader sees: subject (or every decoded header), every text part, HTML as text, calendar text,
    attachment names and the text of every .docx and PDF."""
    out = [all_headers(msg) if with_headers else str(msg["Subject"] or "")]
    for part in msg.walk():
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if fn:
            out.append(fn)
        ct = part.get_content_type()
        payload = part.get_payload(decode=True)
        if ct == "text/html":
            out.append(html_text(part.get_content()))
        elif ct in ("text/calendar", "application/ics"):
            out.append(ics_text(payload))
        elif ct.startswith("text/"):
            out.append(part.get_content())
        elif ct == DOCX:
            out.append(docx_text(payload))
        elif ct == "application/pdf":
            out.append(pdf_text(payload))
        else:
            raise ValueError("unexpected part %s" % ct)
    return re.sub(r"\s+", " ", "\n".join(out))

def body_only(msg):
    """Subject plus inline text/plain and text/html parts (no attachments)."""
    out = [str(msg["Subject"] or "")]
    for part in msg.walk():
        if part.is_multipart() or part.get_filename():
            continue
        if part.get_content_type() == "text/html":
            out.append(html_text(part.get_content()))
        elif part.get_content_type() == "text/plain":
            out.append(part.get_content())
    return re.sub(r"\s+", " ", "\n".join(out))


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
        how=None):
    """Record one file. `meeting` is the date notice is counted to (Knowsley step requests only); `not_children`
    are adults (or first-name-only children) who appear in the text and must never be labelled; `how` says, for an
    urgent mail, how the risk is told (README)."""
    assert fname not in FILES, fname
    FILES[fname] = data
    d = dt(when)
    now = (d + timedelta(minutes=delay_min)).replace(second=0)
    LABELS.append({"file": fname, "authority": authority, "mailbox": mailbox, "now": now.isoformat(),
                   "expect": {"kind": kind, "urgent": urgent, "level": level, "case_ids": case_ids,
                              "children": [{"name": c["name"], "dob": c["dob"]} for c in children],
                              "concerns": concerns, "consent": consent, "manager_agreed": manager_agreed,
                              "missing": missing, "notice_ok": notice_ok, "next_action": next_action},
                   "why": why})
    CATS[fname] = category
    META[fname] = {"meeting": meeting, "children": children, "not_children": list(not_children), "how": how}

def sig(*lines):
    return "\n".join(lines) + "\n"


# ============================================================================ disclaimers (no alarm words in any)
KDISC = T("""
This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please tell the sender and delete it. Knowsley Council may monitor email traffic to and from its systems.
""")
RDISC = T("""
This email and any attachments are confidential. If you are not the intended recipient please notify the sender and delete it. Richmond and Wandsworth Councils' Shared Staffing Arrangement.
""")
TDISC = T("""
Tower Hamlets Council - this email and any attachments may be confidential. If you have received it in error please notify the sender and delete it.
""")
BDISC = T("""
Torbay Council: this email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please delete it and tell the sender.
""")
HDISC = T("""
Herefordshire Council: any opinions expressed in this email are those of the individual and not necessarily of the council. This email and any attachments are confidential.
""")
NHSDISC = T("""
This message may contain confidential information. If you are not the intended recipient please inform the sender that you have received the message in error before deleting it.
""")


# ============================================================================ KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "Mash.Businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2052-09-16 10:12:37"
    body = T("""
Good morning,

Please find attached a step up request for Tayla Kinsella (DOB 03/05/2046) and her brother Riley Kinsella (DOB 21/11/2048), EHM-63318. The family have been open to Family First 0-18 at Level 3 since February.

The worry is neglect, and it is the children's teeth that have brought it to a head. Dr Lamba at the Kirkby community dental clinic has written to say that Riley has had toothache on and off since July, needs four teeth taken out under a general anaesthetic, and was not brought to three appointments (5 June, 17 July and 21 August). Tayla has two untreated cavities and says it hurts to eat on one side. Alongside that, on two of my last four visits there was no food in the house apart from cereal, Riley's bed had no sheet or duvet, and school say both children came in the same clothes all last week. Mum (Gemma) is warm with the children and lets me in, but says she "can't face" the dentist herself and keeps cancelling.

I completed the Graded Care Profile 2 with mum on 4 September; it is attached and is reflected in the step up form (physical care and health scored 4 and 5).

Attached:
- FF Step Up request to CSC (Appendix 1)
- GCP2 - Kinsella - September 2052
- TAF minutes 09.09.2052

The step up TAF meeting is on Wednesday 25th September at 10am on Teams. The invite has gone from my calendar to the MASH inbox and MASH business support, and I have invited the current TAF members (school, the health visitor and the community dental service).

My team manager, Shona Gallagher, discussed the step up with me in supervision on 12 September and agreed it; she is copied in. Mum knows we are asking for social care to be involved.

Kind regards,
Bethany

Bethany Nolan
Family First Case Manager (Level 3) | Family First 0-18 (Kirkby) | Knowsley Council
0151 496 0274

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Kinsella.docx", [
        "# FF Step Up request to CSC",
        "Case ID on EHM: EHM-63318",
        "Children: Tayla Kinsella (03/05/2046) and Riley Kinsella (21/11/2048)",
        "Has this family recently closed to Children's Social Care?: No - never open to CSC.",
        "Date of step up TAF meeting: Wednesday 25 September 2052, 10:00 (Microsoft Teams)",
        "Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?): Medium - "
        "mum attends TAF meetings and lets me in for visits; the worry is the day-to-day care the children get.",
        "Recent TAF meeting minutes attached: Yes - TAF of 09/09/2052",
        "What are we worried about?",
        "Current Concerns (Impact on child): Riley (3) has had toothache on and off since July and needs four "
        "extractions under general anaesthetic; he was not brought to three dental appointments. Tayla (6) has two "
        "untreated cavities. No food in the house on two of four visits; no bedding on Riley's bed; children in "
        "the same clothes all week.",
        "Past Harm: none known.",
        "Complicating Factors: mum's partner left in May; money is tight; mum is frightened of dentists herself.",
        "What is working well?",
        "Existing Strengths: mum is warm and affectionate; maternal nan helps on Sundays.",
        "Existing Safety: both children are in school every day (96% and 95%); mum engages with Family First.",
        "What next?",
        "Goals: both children's teeth treated and pain free; food, bedding and clean clothes every day.",
        "Next Steps: CSC to consider a Child and Family Assessment; dental appointments attended with support.",
        "Scaling Question: how well are the children's basic needs met? 3",
        "Engaging Families Toolkit - Signs of Well-being Family Engagement Risk Assessment Tool: not applicable.",
        "Graded Care profile (If neglect should be completed): completed with mum on 04/09/2052 - attached.",
        "Merseyside Exploitation Assessment - CE/CSE concern: not applicable.",
        "Up to date police information if applicable: no police involvement.",
        "Agreement by line manager: Shona Gallagher, Team Manager, agreed in supervision on 12/09/2052.",
        "Contingency plan (Smart and timely): if step up is not agreed, weekly Family First visits continue and the "
        "case manager goes with mum to Riley's pre-assessment on 30/09/2052.",
    ])
    gcp2 = pdf_att("GCP2 - Kinsella - September 2052.pdf", "Graded Care Profile 2 (GCP2) - score summary", [
        "Family: Kinsella. Children: Tayla Kinsella (03/05/2046), Riley Kinsella (21/11/2048).",
        "Completed by: Bethany Nolan, Family First Case Manager, with Gemma Kinsella (mother), 04/09/2052.",
        "Scores (1 = best, 5 = worst):",
        "Area 1 Physical care - nutrition 4; housing 3; clothing 4; hygiene 3; health 5 (dental care not sought).",
        "Area 2 Safety - in presence 2; in absence 2; handling of hazards 2.",
        "Area 3 Love - carer's responsiveness 2; mutuality 2.",
        "Area 4 Esteem - stimulation 3; approval 2; acceptance 2.",
        "Summary: care of the children's physical and health needs is poor; emotional warmth is a strength.",
    ])
    minutes = docx_att("TAF minutes 09.09.2052 - Kinsella.docx", [
        "# TAF meeting minutes - Kinsella family - 09/09/2052",
        "Present: Gemma Kinsella (mum); Bethany Nolan (Family First, chair); Ruth Aldridge (DSL, Northwood Vale "
        "Primary); Sian Tasker (health visitor); Dr Priya Lamba (community dental service, by phone).",
        "1. Riley's teeth: three appointments missed. Dr Lamba explained that Riley needs four extractions under GA.",
        "2. Tayla: two cavities; a dental appointment is offered for 23/09/2052.",
        "3. Home: food and bedding discussed. Mum agreed a food bank voucher and a bedding grant application.",
        "4. Next steps: Family First to discuss a step up with the team manager; next TAF to be the step up TAF.",
    ])
    top = outlook_top(f, addr("Nolan, Bethany", "Bethany.Nolan@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Kinsella - EHM-63318 - TAF Weds 25th Sept", when,
                      cc="%s, %s" % (addr("MASH Business Support", KBS),
                                     addr("Gallagher, Shona", "Shona.Gallagher@" + KDOM)))
    add(f, mail(f, top, body, [form, gcp2, minutes], html_alt=True), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-63318"],
        [ch("Tayla Kinsella", "2046-05-03", "03/05/2046"), ch("Riley Kinsella", "2048-11-21", "21/11/2048")],
        ["neglect"], None, True, [], True, "book_meeting",
        "Complete Knowsley step-up for neglect (dental neglect: a 3-year-old in pain since July, three dental "
        "appointments not brought, plus food and bedding): Appendix 1 form (.docx), GCP2 (.pdf, needed because of "
        "neglect) and TAF minutes (.docx) attached; EHM-63318; the team manager 'discussed the step up ... and "
        "agreed it' and is copied. TAF Wed 25 Sep 10:00: from Mon 16 Sep that is 7 working days (>= 5) -> "
        "book_meeting. 'Mum knows' is not consent (null). Attendance 96%/95% is good, so no school_attendance.",
        meeting=date(2052, 9, 25),
        not_children=["Gemma", "Bethany Nolan", "Shona Gallagher", "Priya Lamba", "Ruth Aldridge", "Sian Tasker"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2052-10-01 14:20:11"
    body = T("""
Hi all,

Step down to Family First at Level 3 please for Mason Hesketh and Millie Hesketh, twins, both DOB 14/03/2051, ICS-2204518.

Mum, Kerry Hesketh, consented to the referral to Family First at the CIN review on 24 September (the signed form is on ICS).

Joint home visit: Wednesday 9 October 2052 at 10am, at home - 7 Larchwood Close, Huyton, L36 9ZQ.

What are we worried about?
Mum's recovery from heroin use is still early. She has been on a methadone script since March with daily supervised consumption at Cherryfield Pharmacy. She has few people around her apart from her own mum.

What is working well?
Mum's last four tests were clear and she has kept every appointment with the recovery service since May. The home is warm and clean, the twins are meeting their milestones and the health visitor has no worries about their weight. Nan comes most days.

What needs to happen?
A Family First case manager to take on a TAF with the nursery, the health visitor and the recovery service; a plan for who looks after the twins if mum becomes unwell; a check-in with the pharmacy each fortnight.

Thanks,
Joel

Joel Rimmer
Social Worker | Child in Need Team (Huyton) | Knowsley Council
0151 496 0319 | 07700 900418

PS - adding this before I send. The pharmacist at Cherryfield has just rung me. Kerry came in for her supervised dose at about 1.40 with the twins in the double buggy. She couldn't stand up straight, her speech was slurred and she nodded off twice at the counter, so they did not give her the dose. She wouldn't wait and walked off with the twins towards the East Lancs Road. Nan flew to Tenerife on Saturday and isn't back until Sunday, and the twins' dad is in prison on remand, so there is nobody else at home with them tonight. I've tried Kerry's phone three times with no answer and I'm heading to the house now. I can't get hold of my manager. Can someone from MASH ring me on my mobile please.

""") + KDISC
    top = outlook_top(f, addr("Rimmer, Joel", "Joel.Rimmer@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Family First L3 - Hesketh twins - joint visit Weds 9th Oct", when)
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 3,
        "urgent", "step_down", True, 3, ["ICS-2204518"],
        [ch("Mason Hesketh", "2051-03-14", "14/03/2051"), ch("Millie Hesketh", "2051-03-14", "14/03/2051")],
        ["neglect", "substance_misuse"], True, None, [], True, "alert_duty",
        "URGENT IN A PS under an ordinary, complete Level 3 step-down: the pharmacist has just rung - the sole "
        "carer of 18-month-old twins came for her supervised methadone dose unable to stand, slurring and nodding "
        "off, was refused the dose and walked off with the twins; nan abroad, father in prison, 'nobody else at "
        "home with them tonight' -> urgent -> alert_duty (DESIGN: urgent whatever the kind). The request itself "
        "is complete (consent given at the CIN review, date/time/venue of the joint home visit, all three Signs of "
        "Safety headings) and Wed 9 Oct is 6 working days after Tue 1 Oct -> notice ok, missing [].",
        meeting=date(2052, 10, 9), not_children=["Kerry Hesketh", "Joel Rimmer"],
        how="in a PS under a complete step-down, plainly (the pharmacist's phone call relayed)")

def knowsley_03():
    f = "knowsley_03.eml"; when = "2052-11-14 11:05:48"
    blocks = [
        "Hello Family First duty team,",
        "",
        "I would like to step Jayden down to a Level 2 Early Help service with school as the lead. His details:",
        ("table", [["Child", "DOB", "ICS ID"], ["Jayden Cottam", "02/08/2041", "ICS-2198870"]]),
        "",
        ("h", "Final CIN meeting"),
        "Monday 25th November 2052 at 2pm, St Aidan's CE Primary School, Prescot (meeting room 2).",
        "",
        ("h", "Lead Practitioner"),
        "Mrs Carol Whitfield, Learning Mentor, St Aidan's CE Primary School, has agreed to take on the Lead "
        "Practitioner role (01632 960 318).",
        "",
        ("h", "What are we worried about?"),
        "Jayden does a lot at home since mum's back operation in the spring - carrying shopping, making tea, "
        "getting his little sister ready - and school say he is tired some mornings. In August the pharmacist at "
        "Prescot Health Pharmacy rang us because Jayden had come in on his own to collect mum's pregabalin and "
        "diazepam. That was dealt with at the CIN meeting on 2 September: mum set up home delivery with the "
        "pharmacy, the medicines are kept in a locked box, and the pharmacist confirmed last week that no child has "
        "collected anything since. It is not a current worry.",
        "",
        ("h", "What is working well?"),
        "Mum is recovering well and is back driving. Jayden goes to the young carers group every Thursday and "
        "loves it. His attendance is 97%.",
        "",
        ("h", "What needs to happen?"),
        "Mrs Whitfield to lead an Early Help Assessment and a TAF with the young carers service; a young carer's "
        "assessment to be completed by January; mum to keep the pharmacy delivery in place.",
        "",
        "Mum agrees with the step down to school. My team manager, Dylan Roache, has agreed the step down.",
        "",
        "Many thanks,",
        "Adaeze",
        "",
        "Adaeze Okafor",
        "Social Worker | Child in Need Team (Prescot) | Knowsley Council",
        "0151 496 0662",
    ]
    top = outlook_top(f, addr("Okafor, Adaeze", "Adaeze.Okafor@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Level 2 - Jayden Cottam - final CIN Mon 25/11", when,
                      cc=addr("Roache, Dylan", "Dylan.Roache@" + KDOM))
    add(f, word_mail(f, top, blocks + [""] + KDISC.rstrip("\n").split("\n")), "knowsley", "early_help_duty", when, 6,
        "near_miss", "step_down", False, 2, ["ICS-2198870"], [ch("Jayden Cottam", "2041-08-02", "02/08/2041")],
        ["young_carer"], True, True, [], True, "book_meeting",
        "NEAR MISS (resolved): a child collecting a parent's pregabalin and diazepam at the pharmacy in August, "
        "dealt with at the CIN meeting (home delivery, locked box, pharmacist confirms no child has collected "
        "since), 'not a current worry' -> not urgent. Complete Knowsley Level 2 step-down: final CIN date, time "
        "and venue; Lead Practitioner named with her agency (school); all three headings. Mon 25 Nov is 7 working "
        "days after Thu 14 Nov -> ok -> book_meeting. Current concern: young_carer only (attendance 97%). Consent "
        "and manager agreement are stated (true) though Level 2 needs neither.",
        meeting=date(2052, 11, 25), not_children=["Carol Whitfield", "Adaeze Okafor", "Dylan Roache"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2052-10-08 00:38:02"
    body = T("""
Hi MASH,

Sorry for the late hour - I wanted this with you before my annual leave day tomorrow.

Step up request for Harvey Oakes (DOB 30/06/2044), EHM-64107. The Appendix 1 form is attached.

Harvey is 8. He is profoundly deaf in his left ear and has a moderate loss in his right, and he has an EHCP. He has not worn his hearing aids since June, and mum and dad have not brought him to the last four appointments at the children's hearing clinic at Whiston. School say he is missing most of what is said in class and is becoming withdrawn. Home conditions are good and his physical care is fine - this is not about neglect. It is about the family not engaging: since March they have missed three TAF meetings, been out for five planned visits, and don't answer my calls or texts. Dad told me last week he "doesn't need social workers telling him how to raise a deaf child".

Jo Pennington (my team manager) discussed it with me on Monday and agreed the step up.

Step up TAF: Monday 14th October at 1.30pm on Teams. I know Wednesdays are preferred, but the audiologist runs her clinic every Wednesday and I want her there. The invite is going to you and MASH business support tonight.

I'll send the minutes from the last TAF when they have been typed up.

Lucy

Lucy Fairbrother
Family First Case Manager (Level 3) | Family First 0-18 (Huyton) | Knowsley Council
0151 496 0533

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Oakes.docx", [
        "# FF Step Up request to CSC",
        "Case ID on EHM: EHM-64107",
        "Child: Harvey Oakes, DOB 30/06/2044",
        "Has this family recently closed to Children's Social Care?: No.",
        "Date of step up TAF meeting: Monday 14 October 2052, 13:30, Microsoft Teams",
        "Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?): Low. "
        "Toolkit not completed yet.",
        "Recent TAF meeting minutes attached: to follow.",
        "What are we worried about?",
        "Current Concerns (Impact on child): hearing aids not worn since June; four hearing clinic appointments "
        "missed; Harvey cannot follow lessons and is withdrawn.",
        "Past Harm: none.",
        "Complicating Factors: dad does not accept that Harvey needs support.",
        "What is working well?",
        "Existing Strengths: warm home, good routines, Harvey's older sister signs with him.",
        "Existing Safety: good physical care; school attendance 94%.",
        "What next?",
        "Goals: Harvey wears his hearing aids in school every day and his hearing is reviewed.",
        "Next Steps: CSC to consider a Child and Family Assessment; school and audiology to attend the TAF.",
        "Graded Care profile (If neglect should be completed): not applicable - no neglect concerns.",
        "Merseyside Exploitation Assessment - CE/CSE concern: not applicable.",
        "Agreement by line manager: Jo Pennington, Team Manager, 07/10/2052.",
    ])
    top = plain_top(f, addr("Fairbrother, Lucy", "Lucy.Fairbrother@" + KDOM), addr("Knowsley MASH", KMASH),
                    "Step up - Oakes - EHM-64107 - TAF Mon 14/10 1.30pm", when, KDOM, "Microsoft Outlook 16.0",
                    cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form]), "knowsley", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["EHM-64107"], [ch("Harvey Oakes", "2044-06-30", "30/06/2044")],
        ["disability_send", "non_engagement"], None, True, ["engaging_families", "taf_minutes"], False, "request_info",
        "Knowsley step-up for non-engagement (hearing clinic appointments missed, TAFs and visits missed) in a deaf "
        "child with an EHCP (disability_send); 'this is not about neglect' and 'Graded Care profile: not "
        "applicable - no neglect concerns' -> no neglect, so no gcp2. Missing: engaging_families (the toolkit is "
        "'not completed yet', REQUIREMENTS: non-engagement needs it) and taf_minutes ('I'll send the minutes ... "
        "when they have been typed up'). NOTICE AT MIDNIGHT, DECISIVE: sent at 00:38 BST on Tue 8 Oct (23:38 UTC "
        "on Mon 7 Oct). The London date of now is Tue 8 Oct, so Mon 14 Oct is 4 working days (9, 10, 11, 14) -> "
        "not ok; counting from the UTC date would give 5 and say ok. -> request_info.",
        meeting=date(2052, 10, 14), not_children=["Lucy Fairbrother", "Jo Pennington"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2052-09-19 08:52:14"
    comment = ("I'll join from the clinic between patients. I will bring Riley's pre-assessment letter and the "
               "dates we have held for the general anaesthetic list.")
    data = itip_reply(f, when, "Dr Priya Lamba", "priya.lamba@knowsleycds.nhs.example.net",
                      ("Knowsley MASH", KMASH), "ACCEPTED",
                      "Step up TAF meeting - Kinsella - EHM-63318", "20520925T100000", "20520925T113000",
                      "Microsoft Teams Meeting", comment)
    add(f, data, "knowsley", "mash_step_up", when, 3,
        "ordinary", "meeting_reply", False, None, ["EHM-63318"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY (text/calendar method=REPLY, PARTSTAT=ACCEPTED) from the community dentist to the step "
        "up TAF meeting that knowsley_01 arranged (Wed 25 Sep 10:00), sent to the MASH inbox that issued the "
        "invitation; COMMENT names Riley by first name only (no child labelled). The SUMMARY carries EHM-63318, "
        "labelled as the case id -> record_reply.",
        not_children=["Priya Lamba", "Riley"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2052-10-23 16:02:40"
    text = T("""
Dear colleagues,

I'm an optometrist in Prescot and I have not written to you before, so please forgive me if this is the wrong address.

I may be reading too much into this, and there may be a medical explanation I haven't thought of, but I would rather someone who knows more than me looked at it today.

At 15:15 this afternoon I saw Lacey Brennan, DOB 11/01/2047, for a follow-up after she failed her school vision screening.

Findings:
- bilateral subconjunctival haemorrhages (both eyes, nasal and temporal)
- multiple petechiae on both upper eyelids and on the skin below both eyes
- a faint red linear mark across the front of the neck, about 6 cm
- visual acuity and eye health otherwise normal for her age

No history of coughing, vomiting, straining or an injury was given. When I asked Lacey about her eyes she said "Daddy squeezed my neck because I wouldn't stop crying" and then would not say any more.

Her father, who gave his name as Craig Brennan, brought her in. He said she "must have been rubbing them". He left with her at 15:40 and said they were going home. Lacey told my dispensing optician that mum is on a late shift until 10 tonight.

The address on our records is 22 Heyes Road, Prescot, L34 9ZT. I have photographs from the slit lamp and can send them. I have not contacted anyone else yet.

Sanjay Mistry
Optometrist, Mistry & Hale Opticians, Prescot
GOC 01-48213
0151 496 0847

Sent from my iPad
""")
    top = plain_top(f, addr("Sanjay Mistry", "sanjay@mistryhale.example.co.uk"), addr(None, KMASH),
                    "5 year old seen in practice this afternoon - Lacey Brennan", when, "mistryhale.example.co.uk",
                    extra=[("X-Mailer", "iPad Mail (22B91)")])
    add(f, build(top, flowed_part(text), False), "knowsley", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Lacey Brennan", "2047-01-11", "11/01/2047")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT, TOLD CLINICALLY AND HEDGED ('I may be reading too much into this'): an optometrist finds "
        "bilateral subconjunctival haemorrhages, petechiae on the eyelids and a linear neck mark in a 5-year-old "
        "with no medical history to explain them; she says 'Daddy squeezed my neck'; the father took her home at "
        "15:40 and mum is at work until 10pm -> signs of squeezing/strangulation with the alleged abuser alone with "
        "her tonight -> alert_duty. An optician's report, no step request -> other. 'GOC 01-48213' is a "
        "professional registration number, not a case id. format=flowed iPad mail.",
        not_children=["Craig Brennan", "Sanjay Mistry"],
        how="clinically and hedged (an optometrist's findings, the child's own words)")

def knowsley_07():
    f = "knowsley_07.eml"; when = "2052-11-05 07:30:05"
    text = T("""
MERSEYSIDE COMMUNITY PHARMACY - SAFEGUARDING BULLETIN, AUTUMN 2052

In this issue
1. Supervised consumption: what to do when a patient arrives intoxicated
2. Children collecting medicines for parents
3. Requests for emergency hormonal contraception (EHC) from under-16s
4. Dates for your diary

1. SUPERVISED CONSUMPTION
If a patient attends for a supervised methadone or buprenorphine dose and appears intoxicated, do not supply. Consider who is at home with them: a parent who is the sole carer of young children and is unable to care for them is a safeguarding concern for those children, and in an emergency you should call 999.

2. CHILDREN COLLECTING MEDICINES
Example: a 9-year-old arrives alone to collect her mother's methadone take-home doses and says mum "won't wake up". This is an urgent situation: the child should not be sent home alone, and the risk to anyone at home must be considered immediately.

3. EHC REQUESTS FROM UNDER-16s
Example: a 13-year-old asks for EHC while an older man waits outside in a car. Use the Fraser guidelines, but remember that the age gap and the man's presence are signs of possible exploitation. Child sexual exploitation is never the child's fault.

The examples above are fictional and written for training only. They do not describe any patient or any pharmacy.

4. DATES FOR YOUR DIARY
- Safeguarding level 2 refresher (online): Tuesday 19 November, 19:00-20:30
- Local authority MASH contact details are on the LPC website under "Safeguarding".

You are receiving this bulletin because your organisation is on the Merseyside Community Pharmacy partner list. To unsubscribe, use the link below.
https://lists.mcp-lpc.example.org.uk/unsubscribe
""")
    html_body = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial,sans-serif\">\n"
                 + "".join("<p>%s</p>\n" % html.escape(p).replace("\n", "<br>\n") for p in text.strip().split("\n\n"))
                 + "</body></html>\n")
    top = [("From", addr("Merseyside Community Pharmacy LPC", "bulletin@mcp-lpc.example.org.uk")),
           ("To", addr("Knowsley MASH", KMASH)),
           ("Subject", "Pharmacy Safeguarding Bulletin - Autumn 2052"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "mcp-lpc.example.org.uk")),
           ("List-Id", "Merseyside Community Pharmacy partners <partners.lists.mcp-lpc.example.org.uk>"),
           ("List-Unsubscribe", "<https://lists.mcp-lpc.example.org.uk/unsubscribe>")]
    add(f, alt_mail(f, top, text, html_body), "knowsley", "mash_step_up", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS (a bulletin with examples): a pharmacy safeguarding newsletter (List-Id, List-Unsubscribe; no "
        "Auto-Submitted, so not auto_reply) whose examples - an intoxicated parent at supervised consumption, a "
        "9-year-old collecting methadone, a 13-year-old asking for EHC with an older man outside - echo this set's "
        "urgent mails and use 'urgent', 'immediately', 'risk', 'emergency', but are 'fictional and written for "
        "training only' -> DESIGN safety rule 1: bulletins that list examples must not trigger -> other, "
        "human_review, no child.")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2052-12-19 14:05:22"
    body = T("""
Hi Family First duty,

L3 step down for Danny Pryor, DOB 19/09/2039, ICS-2213077.

Mum (Sharon Pryor) has consented to the referral to Family First - she signed the consent form at the CIN meeting on 10 December.

Joint home visit: Friday 27th December 2052 at 10.00am, at home - 41 Pennard Avenue, Kirkby, L32 9ZN. I know it's the week between Christmas and New Year, but mum starts a new job on 2 January and Friday 27th is the only day she can do before then.

What are we worried about?
Mum's depression, which was very low in the summer; she is on medication and sees the Talking Therapies team. Danny's attendance at Kirkby Vale Academy is 84% and he has missed two orthodontist appointments this term.

What is working well?
Mum is much brighter and has a job starting in January. Danny has a good relationship with his form tutor and plays for a football team on Saturdays. His older cousin does the school run when mum can't.

What needs to happen?
A Family First case manager to pick up a TAF with school; a plan for the mornings so Danny gets in on time; the orthodontist appointments moved to after school.

Thanks and happy Christmas,
Gemma

Gemma Ashworth
Social Worker | Child in Need Team (Kirkby) | Knowsley Council
0151 496 0716

""") + KDISC
    top = outlook_top(f, addr("Ashworth, Gemma", "Gemma.Ashworth@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "L3 step down - Danny Pryor - joint visit Fri 27th Dec", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 7,
        "ordinary", "step_down", False, 3, ["ICS-2213077"], [ch("Danny Pryor", "2039-09-19", "19/09/2039")],
        ["parental_mental_health", "school_attendance"], True, None, [], False, "request_info",
        "Knowsley Level 3 step-down sent on the last day of the window, complete in content (consent signed, the "
        "joint home visit's date, time and address, all three headings). NOTICE ACROSS CHRISTMAS, DECISIVE: from "
        "Thu 19 Dec the visit on Fri 27 Dec counts 20, 23, 24 and 27 December = 4 working days, because Christmas "
        "Day (Wed 25) and Boxing Day (Thu 26) are bank holidays; a plain weekday count gives 6 -> notice not ok "
        "-> request_info. Concerns: mum's depression, attendance 84%.",
        meeting=date(2052, 12, 27), not_children=["Sharon Pryor", "Gemma Ashworth"])


# ============================================================================ RICHMOND & WANDSWORTH
RMASH = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
REH = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2052-09-11 15:40:26"
    body = T("""
Dear MASH colleagues,

Following reflective supervision with Marcus Lyle (Early Help Practitioner) on 9 September, I am stepping the Greenhalgh family up to Children's Services: Poppy Greenhalgh (DOB 18/04/2045) and Alfie Greenhalgh (DOB 27/02/2049), Mosaic ID 4417290. The latest case summary is attached.

Rationale for step up
Early Help has worked with mum, Lauren Greenhalgh, since March. Despite a TAF and weekly visits, the children's health needs are not being met and mum's mental health is getting worse:
- Poppy has worn broken glasses, taped at the bridge, since May. Brightwell Opticians in Roehampton have written twice to say her new NHS glasses are ready; they have not been collected. Her teacher says she cannot see the board.
- Alfie (3) has visible decay on his front teeth. The dentist referred him for extractions in June and he was not taken.
- Mum has stopped going to her GP, has stopped her antidepressants and told Marcus she "can't get out of bed most days".
- Marcus found the children unwashed and hungry on four of the last six visits.
We think the threshold for a Child and Family Assessment is met. This is a planned step up; nothing has happened that needs action today.

Mum knows about the step up and agrees to it - she told Marcus she wants "more help than Early Help can give".

I have discussed this with Marcus and I agree the step up.

Kind regards,
Abena Osei-Bonsu
Early Help Team Manager | Roehampton and Putney locality | Wandsworth Early Help
020 7946 0143

""") + RDISC
    summary = docx_att("Case summary - Greenhalgh - September 2052.docx", [
        "# Case summary - Greenhalgh family",
        "Mosaic ID: 4417290",
        "Children: Poppy Greenhalgh (18/04/2045), Year 3, Dover Heath Primary; Alfie Greenhalgh (27/02/2049), "
        "nursery.",
        "Parent: Lauren Greenhalgh (mother). Father not involved.",
        "Early Help involvement: since 14 March 2052, after a referral from the school nurse about Poppy's eyesight "
        "and the children's hygiene. Lead practitioner: Marcus Lyle, Early Help Practitioner.",
        "Work done: TAF every six weeks (school, health visitor, school nurse); weekly home visits; help with "
        "optician and dental appointments (two offered lifts declined on the day); food bank referrals.",
        "Current position: Poppy's glasses not collected; Alfie's dental extractions not attended; mum's mood very "
        "low and she has stopped her medication; children often unwashed and hungry at visits.",
        "Views of the children: Poppy says she 'can't see the words'. Alfie is too young to say.",
        "Recommendation: step up to Children's Services for a Child and Family Assessment.",
    ])
    top = outlook_top(f, addr("Osei-Bonsu, Abena", "Abena.Osei-Bonsu@" + RDOM), addr("MASH Step Up", RMASH),
                      "Step up to Children's Services - Greenhalgh - Mosaic ID 4417290", when,
                      cc=addr("Lyle, Marcus", "Marcus.Lyle@" + RDOM))
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["4417290"],
        [ch("Poppy Greenhalgh", "2045-04-18", "18/04/2045"), ch("Alfie Greenhalgh", "2049-02-27", "27/02/2049")],
        ["neglect", "parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up from the Early Help Team Manager (seed 000 'Process to Step Up'): "
        "the latest case summary attached (.docx) and the rationale pasted under its own heading. Uncollected NHS "
        "glasses, a dental referral not attended, children unwashed and hungry -> neglect; mum off her "
        "antidepressants -> parental_mental_health. 'Mosaic ID 4417290' -> '4417290'. Mum 'agrees to it' -> "
        "consent true; 'I agree the step up' from the TM -> manager true. No notice rule -> book_meeting.",
        not_children=["Lauren Greenhalgh", "Marcus Lyle", "Abena Osei-Bonsu"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2052-09-27 17:34:09"
    body = T("""
To the MASH team,

I'm the pharmacist at Lowe's Pharmacy, 48 Upper Richmond Road, Putney. I couldn't get through on the phone number on your website, so I'm emailing.

At about 5.05pm a girl came to the counter asking for the morning-after pill. In the consultation room she told me she is 13 and gave her name as Kayleigh Dunn, date of birth 3 February 2039. She said she goes to Wandle Park Academy.

She said she had sex last night with her boyfriend, "Jace", who is 24, and that he told her to come in and get the pill. Through the window I could see a man in a grey hatchback parked on the double yellows outside; she said that was Jace. He came in once while she was in the consultation room and paid for the tablet and a drink at the till, in cash.

She told me she is "staying at his" tonight and that her mum thinks she is at a friend's house. She would not give me her home address or his.

I supplied levonorgestrel 1.5 mg because she was within the time limit, and gave her condoms and the details of the young people's sexual health clinic. I tried to keep her talking, but she left with him in the car at about 5.25pm, heading towards Putney Bridge. The first part of the registration was LK22.

Her mobile number, which she gave me for the clinic: 07700 900731.

I'm at the pharmacy until 7pm on 020 7946 0579.

Harriet Lowe MPharm
Pharmacist Independent Prescriber
Lowe's Pharmacy, Putney
GPhC 2094417
""")
    top = plain_top(f, addr("Harriet Lowe", "harriet@lowespharmacy.example.co.uk"), addr(None, RMASH),
                    "13 year old girl - morning after pill - man waiting in car outside", when,
                    "lowespharmacy.example.co.uk", extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    add(f, mail(f, top, body, cte="base64"), "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Kayleigh Dunn", "2039-02-03", "3 February 2039")],
        ["exploitation", "sexual_harm"], None, None, [], None, "alert_duty",
        "URGENT, TOLD PLAINLY BY A COMMUNITY PHARMACIST (base64 body), after 17:00 on a Friday: a 13-year-old "
        "asking for the morning-after pill after sex with a 24-year-old who waited outside, paid and drove her "
        "off; she is 'staying at his' tonight and her mother does not know -> sexual abuse of a child under 16 "
        "and exploitation, happening tonight -> alert_duty (out of hours). Not a step request -> other. 'GPhC "
        "2094417' is the pharmacist's registration number, not a case id; 'Jace' has no surname and is an adult.",
        not_children=["Harriet Lowe", "Jace"],
        how="plainly, by the pharmacist who saw her (no alarm words), after 5pm")

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2052-10-07 09:48:15"
    body = T("""
Hello Early Help duty,

Confirming the step down for Leo Farrant (DOB 09/06/2043), Mosaic ID 4390156, as agreed with Tom Hartigan on the phone this morning: the case discussion is on Thursday 10th October at 2pm on Teams, with me, my team manager Ifeoma Nwachukwu and Tom.

Attached are the latest case summary and the draft plan for Early Help.

Leo and his mum both consented to Early Help continuing the plan at the CIN review on 30 September. My team manager has agreed the step down.

One thing you will see in the summary, so that it doesn't worry anyone reading it cold: in August the dental practice referred Leo after he was seen in the chair with a chipped front tooth and a cut lip. The dentist was right to raise it. It was looked at the same day: it happened at the skate park on Palewell Common, two youth workers saw him come off his scooter and gave first aid, and their account, Leo's and his mum's all matched. No further action was needed and there have been no injuries since. The dental treatment he needed (two extractions under GA) was done on 20 August and he now sees the dentist every six months.

The remaining work is mum's anxiety and Leo's attendance (88%).

Thanks,
Rosa

Rosa Whitcombe
Social Worker | Children in Need Team (Richmond) | Achieving for Children
020 7946 0392

""") + RDISC
    summary = pdf_att("Case summary - Leo Farrant - Oct 2052.pdf", "Case summary - Leo Farrant (Mosaic 4390156)", [
        "Child: Leo Farrant, DOB 09/06/2043, Year 5.",
        "Mother: Naomi Farrant. Leo lives with his mother in East Sheen.",
        "Involvement: Child in Need since March 2052 (mum's anxiety, school attendance, untreated dental decay).",
        "August 2052: referral from the dental practice - chipped front tooth and cut lip seen in the chair. "
        "Checked the same day: a scooter fall at the Palewell Common skate park, witnessed by two youth workers "
        "who gave first aid. Accounts consistent. No further action.",
        "Dental treatment: two extractions under general anaesthetic on 20/08/2052; six-monthly check-ups since.",
        "Now: mum is seeing her GP about her anxiety and has started a course of CBT. Attendance 88% (was 79%).",
        "Recommendation: step down to Early Help; consent given by Leo and his mother at the CIN review "
        "(30/09/2052).",
    ])
    plan = docx_att("Draft Early Help plan - Farrant.docx", [
        "# Draft Early Help plan - Leo Farrant",
        "1. Leo's attendance above 93% by February. Who: school attendance officer and mum. Review: half-termly.",
        "2. Mum to finish her CBT course and keep GP reviews. Who: mum, with her Early Help worker.",
        "3. Leo to join the after-school skate club (helmet and pads provided by the club).",
        "Lead professional (proposed): Early Help worker to be identified at the case discussion.",
    ])
    top = outlook_top(f, addr("Whitcombe, Rosa", "Rosa.Whitcombe@" + RDOM), addr("Early Help Duty", REH),
                      "Step down - Leo Farrant - case discussion Thurs 10th Oct 2pm", when,
                      cc=addr("Nwachukwu, Ifeoma", "Ifeoma.Nwachukwu@" + RDOM))
    add(f, mail(f, top, body, [summary, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["4390156"], [ch("Leo Farrant", "2043-06-09", "09/06/2043")],
        ["parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
        "NEAR MISS (an injury seen in the dental chair, explained): the chipped tooth and cut lip were checked the "
        "same day - a scooter fall witnessed by two youth workers, accounts matched, no further action, no injuries "
        "since - and the dental treatment is done -> not urgent, no physical_harm or neglect now. Complete Richmond "
        "& Wandsworth step-down: case summary (.pdf), draft plan (.docx), consent ('Leo and his mum both "
        "consented'); case discussion agreed for Thu 10 Oct (within 5 days). Concerns: mum's anxiety, 88% "
        "attendance -> book_meeting.",
        not_children=["Naomi Farrant", "Rosa Whitcombe", "Tom Hartigan", "Ifeoma Nwachukwu"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2052-11-13 12:20:40"
    html_body = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p{margin:0 0 10px 0;font-family:Calibri,sans-serif;font-size:11pt}</style></head>
<body lang="EN-GB">
<p>Dear Early Help duty team,</p>
<p>Please accept this step down for <b>Ruby Asante-Hill</b> (DOB 21/08/2048), Mosaic ID 4402871.</p>
<p>Ruby is 4 and has glue ear in both ears. She had grommets fitted in July and now has hearing aids from the children&#8217;s hearing clinic in Roehampton. Her speech is about a year behind; she is on SEN support at Mayfield Nursery and is waiting for speech and language therapy.</p>
<p>The reason the family came to us - dad&#8217;s drinking after their eviction last year - has resolved: he has been alcohol-free for eight months and the family are settled in their new flat.</p>
<p>Mum and dad have both agreed to Early Help continuing the plan.</p>
<p>The latest case summary is attached. I am finishing the draft plan with the nursery SENCo this week and will send it by Friday. I&#8217;ll ring the Early Help duty manager to agree a time for the case discussion.</p>
<p>Kind regards,<br>
Anna Kovacs<br>
Social Worker | Children in Need Team | Wandsworth Children&#8217;s Services<br>
020 7946 0268</p>
<p style="font-size:8pt;color:#777777">This email and any attachments are confidential. If you are not the intended recipient please notify the sender and delete it.</p>
</body></html>
""")
    summary = pdf_att("Latest case summary - Ruby Asante-Hill.pdf", "Case summary - Ruby Asante-Hill (Mosaic 4402871)", [
        "Child: Ruby Asante-Hill, DOB 21/08/2048. Parents: Efua Asante and Daniel Hill.",
        "Reason for involvement (2051): family evicted; father's drinking; Ruby's hearing appointments missed.",
        "Now: father alcohol-free since March 2052 (alcohol service letter on file); family housed in Tooting; "
        "grommets fitted 07/2052; hearing aids worn most days; SEN support at nursery; SALT referral made.",
        "Recommendation: step down to Early Help to support Ruby's hearing and speech and the nursery plan.",
    ])
    top = outlook_top(f, addr("Kovacs, Anna", "Anna.Kovacs@" + RDOM), addr("Early Help Duty", REH),
                      "Step down request \u2013 Ruby Asante-Hill \u2013 Mosaic ID 4402871", when)
    add(f, html_only_mail(f, top, html_body, [summary]), "richmond_wandsworth", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["4402871"], [ch("Ruby Asante-Hill", "2048-08-21", "21/08/2048")],
        ["disability_send"], True, None, ["draft_plan"], None, "request_info",
        "HTML-only Outlook step-down (RFC 2047 subject with en dashes) with the case summary PDF attached; the "
        "draft plan 'will send it by Friday' -> missing draft_plan -> request_info. 'Mum and dad have both agreed "
        "to Early Help continuing the plan' -> consent true. Glue ear, hearing aids, speech delay, SEN support -> "
        "disability_send; dad's drinking has 'resolved' (eight months alcohol-free) -> not a current concern.",
        not_children=["Anna Kovacs", "Efua Asante", "Daniel Hill"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2052-12-03 11:52:30"
    chloe = T("""
Hi Fatou,

As we discussed in supervision, here is my step up for Mia Kowalczyk (DOB 15/07/2046), Mosaic 4425530. The case summary is attached.

Rationale for step up
- Mia is 6. She has had toothache for at least six weeks, and mum has cancelled two dental appointments.
- The school nurse says Mia has lost weight since the summer and she is often hungry at school.
- Mum's new partner, Dean Shaw, moved in during August. Mum still meets me at school each week, but Mia has become very quiet and flinches when he is mentioned.
- Early Help can't hold this any longer; a social work assessment is needed.

Thanks,
Chloe

Chloe Lister
Early Help Practitioner | Twickenham and Teddington locality | Richmond Early Help
""")
    pavan = T("""
Hi Chloe,

You asked us to let you know if we saw Mia. The community dental team were at Heathfield Green Primary for screening this morning. Mia came in with her upper left front tooth broken off at the gum, a split lower lip with fresh blood on it, and a bruise on her left cheek in the shape of fingers. She said: "Mummy's friend Dean pushed my face into the door because I spilled his drink, and he said he'll do my other tooth if I tell." She kept her hand over her mouth the whole time.

The class teacher knows. Mia goes home with mum at 3.15, and mum told the teacher this morning that Dean is at home all day today.

Pavan Sandhu
Dental Therapist, Community Dental Service (school outreach)
020 7946 0930
""")
    body = T("""
Hello MASH,

Step up below from Chloe for Mia Kowalczyk, with the case summary attached and the rationale in Chloe's email. I've discussed it with Chloe and I agree the step up.

Chloe also sent me the note from the school dental team this morning; I've put it at the bottom for the file.

Fatou

Fatou Ndiaye
Early Help Team Manager | Twickenham and Teddington locality | Richmond Early Help
020 7946 0475
""") + quote("Lister, Chloe <Chloe.Lister@%s>" % RDOM, "02 December 2052 16:40",
              "Ndiaye, Fatou <Fatou.Ndiaye@%s>" % RDOM, "Step up - Mia Kowalczyk - Mosaic 4425530", chloe) \
        + quote("Sandhu, Pavan <pavan.sandhu@cds.nhs.example.net>", "03 December 2052 09:58",
                "Lister, Chloe <Chloe.Lister@%s>" % RDOM, "Mia - seen at school dental screening today", pavan) \
        + "\n" + RDISC
    summary = docx_att("Case summary - Mia Kowalczyk.docx", [
        "# Case summary - Mia Kowalczyk",
        "Mosaic 4425530. DOB 15/07/2046. Heathfield Green Primary, Year 2.",
        "Early Help since April 2052 (school referral: tiredness, hunger, untreated toothache).",
        "Household: mother Agata Kowalczyk; her partner Dean Shaw since August 2052.",
        "Work: weekly school-based sessions with mum; two dental appointments booked and cancelled by mum; food "
        "parcels; school breakfast club.",
        "Current worries: untreated dental pain; weight loss; Mia withdrawn since August.",
    ])
    top = outlook_top(f, addr("Ndiaye, Fatou", "Fatou.Ndiaye@" + RDOM), addr("MASH Step Up", RMASH),
                      "FW: Step up - Mia Kowalczyk - Mosaic 4425530", when)
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["4425530"], [ch("Mia Kowalczyk", "2046-07-15", "15/07/2046")],
        ["neglect", "physical_harm"], None, True, [], None, "alert_duty",
        "URGENT IN A FORWARDED PART: the Early Help Team Manager forwards an ordinary, complete step-up (case "
        "summary .docx, rationale under its heading, 'I agree the step up') and adds the school dental team's note "
        "'at the bottom for the file'; that note reports a 6-year-old's tooth broken off at the gum, a split lip "
        "and finger-mark bruising, in her words 'Mummy's friend Dean pushed my face into the door ... he'll do my "
        "other tooth if I tell', and she goes home at 3.15 to where Dean is all day -> urgent -> alert_duty. "
        "Requirements met, missing []. Consent not mentioned -> null. Neglect (untreated toothache, weight loss) "
        "and physical_harm.",
        not_children=["Dean Shaw", "Agata Kowalczyk", "Chloe Lister", "Fatou Ndiaye", "Pavan Sandhu"],
        how="in the forwarded dental therapist's note at the bottom of a forwarded step-up, in the child's words")

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2052-11-15 16:10:44"
    ack = ack_text("step-down", "SB-richmond_wandsworth-3187",
                   ["Child: Ruby Asante-Hill", "Mosaic ID: 4402871"], ["the draft plan for Early Help"])
    body = T("""
Hi,

Here is Ruby's draft plan for Early Help, as promised. We have also now agreed the case discussion with Tom Hartigan for Tuesday 19 November at 10am on Teams.

Thanks,
Anna

--
Anna Kovacs
Social Worker | Children in Need Team | Wandsworth Children's Services
020 7946 0268

On 13/11/2052 12:24, Richmond and Wandsworth Early Help wrote:
""") + quoted(ack)
    plan = docx_att("Draft Early Help plan - Ruby Asante-Hill.docx", [
        "# Draft Early Help plan - Ruby Asante-Hill (DOB 21/08/2048)",
        "Outcome 1: Ruby wears her hearing aids every day at nursery and at home. Who: parents and nursery key "
        "worker. When: from now, reviewed at each TAF.",
        "Outcome 2: speech and language therapy starts and the exercises are practised at home. Who: SALT, "
        "parents. When: by the end of January.",
        "Outcome 3: the family keeps the hearing clinic review on 4 December. Who: mum.",
        "Lead professional (proposed): Joy Mensah, SENCo, Mayfield Nursery.",
    ])
    top = plain_top(f, addr("Anna Kovacs", "Anna.Kovacs@" + RDOM), addr("Early Help Duty", REH),
                    "Re: [SB-richmond_wandsworth-3187] Step-down request received - Ruby Asante-Hill", when, RDOM,
                    "Mozilla Thunderbird", extra=[("In-Reply-To", "<SB-richmond_wandsworth-3187.ack@%s>" % RDOM),
                                                  ("References", "<SB-richmond_wandsworth-3187.ack@%s>" % RDOM)])
    add(f, mail(f, top, body, [plan], crlf=False), "richmond_wandsworth", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["4402871"], [ch("Ruby Asante-Hill", "2048-08-21", "21/08/2048")],
        ["disability_send"], None, None, [], None, "attach_to_request",
        "Thunderbird reply ('>'-quoted acknowledgement) to [SB-richmond_wandsworth-3187] sending the draft plan "
        "richmond_wandsworth_04 lacked, and the agreed case discussion time -> follow_up -> attach_to_request, "
        "missing []. Mosaic id from the quoted acknowledgement; DOB from the plan (.docx); the plan's hearing aids "
        "and speech therapy -> disability_send. The quoted 'What is missing:' is stepbot's own text, not a "
        "concern. No consent or manager statement in this mail -> null.",
        not_children=["Anna Kovacs", "Tom Hartigan", "Joy Mensah"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2052-10-24 13:15:27"
    body = T("""
Hello,

I'm a community podiatrist. I'm not sure this is the right inbox - your address came up when I searched for "MASH Richmond" - so please pass this on if not.

Yesterday I did a home visit to Mr Dennis Wragg, 58, who lives alone in a ground-floor flat in Ham. He is diabetic and has an ulcer on his right heel that has got much worse since I last saw him; there is a real risk of infection and, if it goes on, amputation. The flat was very cold, there was little food, and he told me he has not been taking his insulin properly because he "can't be bothered any more". I'm worried about him as an adult at risk, and about self-neglect.

There are no children involved: Mr Wragg has one son, who is 31 and lives in Glasgow, and no children visit the flat. I have referred him urgently to the diabetic foot team and told his GP.

Is there an adult safeguarding team I should send this to instead?

Gareth Pryce-Evans
Specialist Podiatrist, Community Podiatry Service
HCPC CH31877
020 7946 0612

""") + NHSDISC
    top = outlook_top(f, addr("Pryce-Evans, Gareth", "gareth.pryce-evans@communitypodiatry.nhs.example.net"),
                      addr(None, RMASH), "Concern about a patient not coping at home - who do I refer to?", when,
                      mid_domain="communitypodiatry.nhs.example.net")
    add(f, mail(f, top, body), "richmond_wandsworth", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS (an adult with no child at risk): a podiatrist's worry about a 58-year-old man's self-neglect "
        "(ulcer, 'risk of infection ... amputation', 'adult at risk', 'referred him urgently'), sent to the "
        "children's MASH by mistake; 'There are no children involved' (his only son is 31) -> not urgent, no "
        "child, other -> human_review.",
        not_children=["Dennis Wragg", "Gareth Pryce-Evans"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2052-09-12 09:31:02"
    body = T("""
Thank you for your email. I am out of the office on training until Monday 16 September, with no access to email.

For anything urgent about families I work with, please contact the Early Help duty line on 020 7946 0512.
If you have a safeguarding concern about a child, please call the MASH on 020 7946 0321, or out of hours the Emergency Duty Team on 020 7946 0999. In an emergency, call 999.

Marcus Lyle
Early Help Practitioner | Roehampton and Putney locality | Wandsworth Early Help
""")
    data = ooo(f, when, "Lyle, Marcus", "Marcus.Lyle@" + RDOM, addr("MASH Step Up", RMASH),
               "[SB-richmond_wandsworth-3044] Step-up case discussion - Greenhalgh - Fri 13 Sep 10:00", body)
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Outlook out-of-office (Auto-Submitted: auto-replied, X-Auto-Response-Suppress: All, 'Automatic reply:') "
        "from the Early Help worker answering stepbot's invitation to the Greenhalgh step-up case discussion "
        "(richmond_wandsworth_01); its 'urgent', 'safeguarding concern' and 'emergency' lines are boilerplate -> "
        "auto_reply, ignore (safety rule 2), not urgent. Family surname only, no child.",
        not_children=["Marcus Lyle"])


# ============================================================================ TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2052-09-17 11:30:55"
    body = T("""
Dear MAST,

Please find attached a Multi-Agency Request for Support form for Rumi Talukdar (DOB 12/12/2044), whom I have supported at Targeted Early Help since January.

Rumi failed his school vision screening twice last year. The optician on Roman Road prescribed glasses in March - he is very short-sighted - but they have never been collected, despite three reminder letters. Rumi walks into things, has fallen on the stairs at school twice, and his teacher says he can't read the board. His attendance has dropped to 81% this term. Dad's drinking has increased since he lost his job in the summer: mum says he drinks most days from lunchtime, and she is struggling to keep up with the children's appointments on her own.

Rezaul Chowdhury, my team manager, has read the MARF and agreed the step up; he is copied in.

Mum agrees to the referral to MAST.

Kind regards,
Shirin Begum
Early Help Practitioner | Targeted Early Help (Bow) | Tower Hamlets Council
020 7946 0811

""") + TDISC
    marf = pdf_att("MARF - Rumi Talukdar.pdf", "Multi-Agency Request for Support (MARF)", [
        "Child: Rumi Talukdar    DOB: 12/12/2044    Mosaic ID: 5120448",
        "Address: 9 Malmesbury Walk, Bow, London E3 9ZW    School: Bow Lock Primary School (Year 3)",
        "Parents/carers: Nasrin Talukdar (mother), Jamal Talukdar (father). Siblings: none at home.",
        "Category of need: neglect - health needs not met (glasses not collected, vision); parental alcohol use.",
        "Details: failed vision screening x2; glasses prescribed 03/2052 and not collected; falls at school; "
        "attendance 81%; father drinking daily since losing his job.",
        "What has Early Help done: TAF since January; three optician reminders; offer to go with mum to collect "
        "the glasses (declined twice); referral to the alcohol service for dad (not taken up).",
        "Parent consents to this request: Yes - mother, 16/09/2052.",
        "Manager agreement: Rezaul Chowdhury, Early Help Team Manager - agreed 16/09/2052.",
        "Referrer: Shirin Begum, Early Help Practitioner, 020 7946 0811.",
    ])
    top = outlook_top(f, addr("Begum, Shirin", "Shirin.Begum@" + TDOM), addr("MAST", TMAST),
                      "Step up to MAST - Rumi Talukdar - MARF attached", when,
                      cc=addr("Chowdhury, Rezaul", "Rezaul.Chowdhury@" + TDOM))
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["5120448"], [ch("Rumi Talukdar", "2044-12-12", "12/12/2044")],
        ["neglect", "school_attendance", "substance_misuse"], True, True, [], None, "book_meeting",
        "Complete Tower Hamlets MAST step-up: the Multi-Agency Request for Support form (PDF) carries the Mosaic "
        "ID, consent and the manager's agreement, and the body says the team manager 'agreed the step up' (copied) "
        "-> book_meeting. Glasses prescribed by the optician and never collected, falls -> neglect (the MARF's "
        "category of need); 81% -> school_attendance; dad's daily drinking -> substance_misuse.",
        not_children=["Nasrin Talukdar", "Jamal Talukdar", "Shirin Begum", "Rezaul Chowdhury"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2052-10-10 12:26:19"
    body = T("""
Dear MAST team,

I am dentist in Whitechapel. My English is not perfect, sorry for this.

Today at 11.40 I see a boy, Rayan Hossain, 6 years old (date of birth 05/04/2046), for toothache. When I check his mouth, the upper frenum (the skin between the lip and the gum) is torn and it is fresh, still bleeding a little. Also his left ear has blue and purple marks on the top and behind, and on his right arm I see marks like fingers.

I ask him what happen. He say: "Uncle Shafiq hit me with his hand because I broke the TV remote. He says he will do it again tonight if I tell."

The man who bring him is this uncle. He is sitting in our reception with Rayan now, they are waiting for the X-ray. The mother is in Bangladesh since two weeks, so the boy stay with this uncle. I will keep them for the X-ray as long as I can, maybe 30 minutes more, but then they will go home together.

Please call me on 020 7946 0388.

Dr Elif Demir
Dentist, Whitechapel Smile Dental Practice
GDC 287741
""")
    top = outlook_top(f, addr("Dr Elif Demir", "elif.demir@whitechapelsmile.example.co.uk"), addr("MAST", TMAST),
                      "Child in my surgery today with injuries - please call me", when,
                      mid_domain="whitechapelsmile.example.co.uk")
    add(f, mail(f, top, body), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Rayan Hossain", "2046-04-05", "05/04/2046")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT IN NON-NATIVE ENGLISH AND THE CHILD'S OWN WORDS: a dentist finds a fresh torn frenum, bruised ear "
        "and finger marks on a 6-year-old; 'Uncle Shafiq hit me ... he will do it again tonight if I tell'; the "
        "uncle, sole carer while mum is abroad, is in the waiting room and will take him home within 30 minutes "
        "-> alert_duty in office hours. A dentist's report -> other. 'GDC 287741' is a registration number, "
        "not a Mosaic id.",
        not_children=["Elif Demir", "Shafiq"],
        how="in non-native English, with the child's own words, by the dentist who found the injuries")

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2052-10-15 19:40:12"
    body = T("""
Good evening,

Please find attached a paediatric attendance notification from Poplar Walk-in Centre.

Regards,
Walk-in Centre Admin Team
Poplar Walk-in Centre
020 7946 0260

""") + NHSDISC
    notes = pdf_att("PWIC-52-11873 attendance notification.pdf", "Poplar Walk-in Centre - Paediatric Attendance Notification", [
        "Reference: PWIC/52/11873",
        "Date and time of attendance: 15/10/2052 18:05",
        "Patient: Zayn Uddin-Hart    DOB: 26/08/2052 (7 weeks)    NHS number: 999 482 1736",
        "Address given: Flat 12, Aylward House, Poplar, London E14 9ZX",
        "Brought by: father (gave his name as Kieran Hart). Mother (Leanne Uddin) not present.",
        "Registered GP: Lansbury Health Centre. Health visitor: Poplar team.",
        "Presenting complaint: 'snuffly and off his feeds' (father).",
        "Examination (Advanced Nurse Practitioner): alert, took a bottle well in the department. 1 cm bruise on "
        "the left cheek. Torn upper lip frenulum with dried blood. Two fingertip-sized bruises on the right upper "
        "arm. Non-mobile infant.",
        "Explanation offered: 'he must have hit himself with his dummy'.",
        "Plan: senior review, then transfer to the paediatric team at the local hospital today for a skeletal "
        "survey and further assessment. Discussed with father at 18:30.",
        "Outcome: father declined the transfer, said the mother was waiting at home, and left the centre with the "
        "baby at 18:40 before the senior review. Calls to the mobile number given at 18:50 and 19:10: no answer.",
        "Notified: MAST; GP; health visiting team.",
        "Completed by: Grace Okwuosa, Advanced Nurse Practitioner, 19:25.",
    ])
    top = outlook_top(f, addr("PWIC Admin", "pwic.admin@poplarwic.nhs.example.net"), addr("MAST", TMAST),
                      "Paediatric attendance notification - PWIC/52/11873", when,
                      mid_domain="poplarwic.nhs.example.net")
    add(f, mail(f, top, body, [notes]), "tower_hamlets", "mash_step_up", when, 4,
        "urgent", "other", True, None, [], [ch("Zayn Uddin-Hart", "2052-08-26", "26/08/2052")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT ONLY IN THE ATTACHMENT: the body is a two-line covering note; the walk-in centre's PDF records a "
        "7-week-old (non-mobile) with a cheek bruise, a torn frenulum and fingertip bruises, an implausible "
        "explanation, and the father leaving with the baby at 18:40 before senior review and refusing transfer, "
        "phone unanswered -> urgent, 19:40 on a Tuesday (out of hours) -> alert_duty. The NHS number and the "
        "PWIC reference are not case ids. The child's name and DOB are only in the PDF.",
        not_children=["Kieran Hart", "Leanne Uddin", "Grace Okwuosa"],
        how="only in an attached walk-in centre PDF, clinically, under a routine covering note, out of hours")

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2052-11-04 10:10:03"
    body = T("""
Dear MAST colleagues,

Please find attached a MARF for Amira Siddique (DOB 07/03/2038), Mosaic 5098821.

Amira is 14. Last Tuesday (29 October) she went into a pharmacy on Commercial Road to ask for the morning-after pill while a 27-year-old man waited outside in a car. The pharmacist kept her in the consultation room and called the police, who arrived within minutes and arrested the man at the scene. He was charged on 31 October with sexual activity with a child and has been remanded in custody until his trial. Police seized his phone and hers.

Amira is safe at home with mum, who has been protective throughout, and there has been no contact from him since. At the strategy discussion on 30 October MAST asked us to send a step up so that a social worker can assess the wider picture - his friends who were messaging her, and how she came to meet him through an older girl at her school.

Mum consents to the referral. Martin Hollis, my team manager, agreed the step up this morning.

Kind regards,
Sabrina Akhtar
Lead Practitioner | Youth Early Help (Stepney) | Tower Hamlets Council
020 7946 0724

""") + TDISC
    marf = pdf_att("MARF - A Siddique - Nov 2052.pdf", "Multi-Agency Request for Support (MARF)", [
        "Child: Amira Siddique    DOB: 07/03/2038    Mosaic ID: 5098821",
        "School: Stepney Green Academy (Year 9)",
        "Parent/carer: Farzana Siddique (mother).",
        "Reason: child sexual exploitation - a 27-year-old man (now charged and remanded in custody) and his "
        "associates; assessment of wider exploitation needed.",
        "Current safety: living at home with mother, who is protective; no contact from the man since his arrest "
        "on 29/10/2052; police investigation ongoing.",
        "Parent consents to this request: Yes - Farzana Siddique, 01/11/2052.",
        "Manager agreement: Martin Hollis, Early Help Team Manager, 04/11/2052.",
    ])
    top = outlook_top(f, addr("Akhtar, Sabrina", "Sabrina.Akhtar@" + TDOM), addr("MAST", TMAST),
                      "Step up - Amira Siddique (14) - MARF attached", when,
                      cc=addr("Hollis, Martin", "Martin.Hollis@" + TDOM))
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 5,
        "near_miss", "step_up", False, None, ["5098821"], [ch("Amira Siddique", "2038-03-07", "07/03/2038")],
        ["exploitation", "sexual_harm"], True, True, [], None, "book_meeting",
        "NEAR MISS (already handled; the police have the adult): last week's 'morning-after pill with an older man "
        "waiting outside' - the pharmacist called the police, the man was arrested at the scene, charged and is "
        "remanded in custody; Amira is 'safe at home with mum', no contact since -> not immediate. Complete MAST "
        "step-up (MARF with Mosaic ID, consent, manager agreement) -> book_meeting; concerns exploitation and "
        "sexual_harm remain the subject of the assessment.",
        not_children=["Farzana Siddique", "Sabrina Akhtar", "Martin Hollis"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2052-11-20 14:45:37"
    body = T("""
Dear Early Help Hub,

I'm stepping the Hasan children down to a Team Around the Family following the Child and Family Assessment, which concluded on 15 November 2052.

Iman Hasan, DOB 09/01/2047, Mosaic 5133901
Yusuf Hasan, DOB 23/06/2050, Mosaic 5133902

The assessment started after the community dental service referred Iman in September: she had been in pain with her teeth for weeks and needed six extractions. That treatment is now complete, both children are registered with a family dentist, and mum has taken them to every appointment since. What remains is mum's low mood and isolation (she has no family in this country) and the family's overcrowded one-bedroom flat.

Mum has consented to the step down and to Joanne Pike, Family Support Worker at Lansbury Lawn Children's Centre, being the Lead Practitioner. Joanne has agreed.

I will chair the TAF meeting on Thursday 28 November 2052 at 10am at Lansbury Lawn Children's Centre.

Attached: the C&F Assessment (completed 15/11/2052) and the draft TAF plan.

Best wishes,
Bukola Olawale
Social Worker | Children and Families Assessment Team | Tower Hamlets Council
020 7946 0533

""") + TDISC
    assess = pdf_att("C&F Assessment - Hasan - Nov 2052.pdf", "Child and Family Assessment - Hasan children", [
        "Children: Iman Hasan (09/01/2047, Mosaic 5133901); Yusuf Hasan (23/06/2050, Mosaic 5133902).",
        "Parent: Rukhsana Hasan (mother). Father lives in Birmingham; no contact.",
        "Referral: community dental service, 12/09/2052 - Iman in pain for weeks; six teeth extracted 03/10/2052.",
        "Analysis: the dental neglect arose from mum's isolation and low mood after moving here, not from a lack "
        "of care; she has engaged fully, both children now see a family dentist, and all appointments have been "
        "kept. Remaining needs: mum's low mood; overcrowded housing.",
        "Outcome (15/11/2052): no further social work involvement; step down to a TAF with a Lead Practitioner.",
    ])
    plan = docx_att("TAF plan (draft) - Hasan.docx", [
        "# TAF plan (draft) - Hasan family",
        "1. Mum to see her GP about her low mood and join the children's centre parents' group. Who: mum, Joanne.",
        "2. Housing: support with the housing register banding review. Who: Joanne, housing officer.",
        "3. Dental: six-monthly check-ups kept. Who: mum.",
        "Lead Practitioner: Joanne Pike, Family Support Worker, Lansbury Lawn Children's Centre.",
    ])
    top = outlook_top(f, addr("Olawale, Bukola", "Bukola.Olawale@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to Early Help - Hasan children - TAF 28 Nov", when)
    add(f, mail(f, top, body, [assess, plan], cte="base64"), "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["5133901", "5133902"],
        [ch("Iman Hasan", "2047-01-09", "09/01/2047"), ch("Yusuf Hasan", "2050-06-23", "23/06/2050")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "Complete Tower Hamlets step-down (base64 text body, CRLF): C&F assessment PDF, draft TAF plan .docx, "
        "consent ('Mum has consented to the step down') and a Lead Practitioner named with her agency; the social "
        "worker chairs the TAF on Thu 28 November, inside the seed's 10 working days from the assessment's end on "
        "15 November (18-29 November) -> book_meeting. The dental neglect that started the assessment is "
        "complete and resolved; the current worry is mum's low mood -> parental_mental_health (overcrowding has "
        "no contract id).",
        not_children=["Rukhsana Hasan", "Joanne Pike", "Bukola Olawale"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2052-12-06 16:52:08"
    body = T("""
Hi EH Hub,

Step down for Kacper Nowicki (17/10/2042), Mosaic 5141207. The C&F assessment finished this week and the recommendation is a step down to a TAF.

Kacper wears hearing aids in both ears. We've got his hearing clinic appointments back on track and the Teacher of the Deaf now visits school every fortnight. He's on SEN support and mum wants help with his EHCP application.

Mum (Agnieszka) is happy for Early Help to continue the plan - she agreed on Tuesday.

Draft TAF plan attached. I'll send the assessment on Monday once my manager has signed it off. Lead practitioner tbc - I'll confirm next week.

Thanks
Omar

Get Outlook for iOS
""")
    plan = docx_att("Draft TAF plan Nowicki.docx", [
        "# Draft TAF plan - Kacper Nowicki",
        "1. Hearing aids worn every school day; hearing clinic reviews kept. Who: mum, school, Teacher of the Deaf.",
        "2. EHCP needs assessment request submitted with school by February. Who: SENCo, mum.",
        "3. After-school club two nights a week. Who: mum, youth service.",
    ])
    top = outlook_top(f, addr("Sheikh, Omar", "Omar.Sheikh@" + TDOM), addr("Early Help Hub", TEH),
                      "step down - Kacper Nowicki", when)
    add(f, mail(f, top, body, [plan]), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["5141207"], [ch("Kacper Nowicki", "2042-10-17", "17/10/2042")],
        ["disability_send"], True, None, ["assessment", "lead_practitioner"], None, "request_info",
        "Short phone step-down (Outlook for iOS), Friday 16:52: draft TAF plan attached; the C&F assessment will "
        "come 'on Monday once my manager has signed it off' -> missing assessment; 'Lead practitioner tbc' -> "
        "missing lead_practitioner; mum 'agreed on Tuesday' -> consent true. Hearing aids, Teacher of the Deaf, "
        "SEN support -> disability_send -> request_info.",
        not_children=["Agnieszka", "Omar"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2052-11-28 08:41:20"
    body = T("""
hi this is Dev Chauhan at Roman Road Pharmacy. a little girl just came in on her own to collect her mums methadone, says she is 9, name Lily-Mae Barker. we didnt give it obviously
she says mum wont wake up properly and has been like that since last night, and her baby brother Tommy (1) is at home in the flat with mum. she should be at school
mum is Donna Barker, shes on daily pick up with us and didnt come in yesterday. address on our system 31 Morpeth Street E2 9ZP flat 4
mums phone goes to voicemail
lily-mae is sat in our back room with my colleague having toast. i dont know what to do with her, can someone ring me 07700 900562
Dev

Sent from my Galaxy
""")
    top = plain_top(f, addr("Dev Chauhan", "dev.romanroadpharmacy@mail.example.com"), addr(None, TMAST),
                    "girl age 9 came in for mums meds - pls call", when, "mail.example.com")
    add(f, mail(f, top, body, cte="base64", crlf=False), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Lily-Mae Barker")],
        ["neglect", "substance_misuse"], None, None, [], None, "alert_duty",
        "URGENT IN MOBILE STYLE (Android, base64, LF, no capitals or apostrophes): a 9-year-old came alone to the "
        "pharmacy for her mother's methadone; mum 'wont wake up properly ... since last night' and a 1-year-old is "
        "at home with her; mum missed yesterday's supervised dose; phone on voicemail -> a sole carer "
        "incapacitated with a baby in the flat now -> alert_duty (08:41, before office hours). 'Tommy' is named by "
        "first name only and is not labelled; Lily-Mae has no DOB. Neglect and substance_misuse.",
        not_children=["Donna Barker", "Dev Chauhan", "Tommy"],
        how="in mobile style, by a pharmacy worker, before office hours")

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2052-09-16 15:05:44"
    text = T("""
Hello,

I run a late-opening pharmacy in Bethnal Green and I'm updating our safeguarding procedure for new staff. This is a general question - it is not about any particular young person.

If a 13-year-old came in asking for the morning-after pill and an older man was waiting outside, would that be an immediate risk we phone you about, or do we send a MARF? And what if she was 15 and the man was 17? I'd also like to know what you would expect from us if a child came in alone to collect a parent's methadone.

Could you send me your threshold document and the current MARF, or tell me where to find them?

Many thanks,
Mehreen Qureshi
Superintendent Pharmacist, Bethnal Green Late Pharmacy
020 7946 0150
""")
    html_body = ('<div dir="ltr">' + "".join("<div>%s</div><div><br></div>" % html.escape(p).replace("\n", "<br>")
                                             for p in text.strip().split("\n\n")) + "</div>\n")
    top = [("From", addr("Mehreen Qureshi", "mehreen@bglatepharmacy.example.co.uk")), ("To", addr(None, TMAST)),
           ("Subject", "Query - when should a pharmacy contact MAST? (not about a particular young person)"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "mail.gmail.com"))]
    add(f, alt_mail(f, top, text, html_body, boundary=gbnd(f, 1)), "tower_hamlets", "mash_step_up", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS (hypothetical): a superintendent pharmacist's policy question - 'If a 13-year-old came in "
        "asking for the morning-after pill and an older man was waiting outside, would that be an immediate risk "
        "...?' - 'not about any particular young person'. Hypothetical, no child -> other, human_review. 'MARF' "
        "is asked about, not sent.",
        not_children=["Mehreen Qureshi"])


# ============================================================================ TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2052-09-12 10:25:03"
    body = T("""
Hi Early Help,

Please could I have a triage slot for a step down to level 3 Early Help for Bonnie Luxton (DOB 08/02/2045) and Jack Luxton (DOB 30/05/2049), LCS-3308142. Jack is 3, so I think this needs the under-5s triage.

The Single Assessment is attached, with my analysis and the rationale for stepping down. My team manager, Paul Vosper, has recorded his manager's analysis on LCS confirming the threshold for level 3 is met (it is copied into the last section of the assessment).

Mum (Charlotte Luxton) has given her consent for level 3 Early Help.

The assessment began after the health visitor and the community dental service raised Jack's tooth decay in June: he had eight teeth out under a general anaesthetic in August. Since then mum has registered both children with a dentist in Paignton and has kept every appointment, and the health visitor is happy with Jack's weight and teeth. The worries that remain are mum's low mood and Bonnie's attendance (89%).

Thanks,
Kate

Kate Trewin
Social Worker | Single Assessment Team | Torbay Council
01632 960 412

""") + BDISC
    sa = pdf_att("Single Assessment - Luxton - LCS-3308142.pdf", "Single Assessment - Bonnie and Jack Luxton (LCS-3308142)", [
        "Children: Bonnie Luxton (08/02/2045), Jack Luxton (30/05/2049). Mother: Charlotte Luxton.",
        "Reason for assessment: referral from the health visitor and community dental service, 06/2052 - Jack's "
        "severe tooth decay; extractions under GA 08/2052.",
        "Social worker's analysis: mum has responded well. Both children are registered with a dentist and have "
        "been seen; Jack's weight is on the 50th centile. Mum's low mood affects mornings and Bonnie's attendance "
        "(89%). Needs are at level 3 and can be met by Early Help with a family worker.",
        "Rationale for step down: no continuing need for a statutory service; a level 3 plan will sustain routines.",
        "Views: mum wants help with mornings and with her mood; Bonnie says she likes her new teacher.",
        "Team Manager's analysis: I agree that the threshold for level 3 intervention is met. Paul Vosper, Team "
        "Manager, 10/09/2052.",
        "Consent: Charlotte Luxton has given consent for level 3 Early Help (11/09/2052).",
    ])
    top = outlook_top(f, addr("Trewin, Kate", "Kate.Trewin@" + BDOM), addr("Early Help", BEH),
                      "Request for triage slot - step down to level 3 - Luxton - LCS-3308142", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["LCS-3308142"],
        [ch("Bonnie Luxton", "2045-02-08", "08/02/2045"), ch("Jack Luxton", "2049-05-30", "30/05/2049")],
        ["parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down asking for a triage slot: Single Assessment (PDF) with the social worker's "
        "analysis and rationale and the team manager's analysis ('threshold for level 3 ... is met') -> manager "
        "true; consent given -> true; 'level 3' stated. Jack is 3, so the fortnightly under-5s triage applies "
        "(not a labelled field). The dental decay that started the assessment is treated; current worries are "
        "mum's low mood and 89% attendance -> book_meeting.",
        not_children=["Charlotte Luxton", "Kate Trewin", "Paul Vosper"])

def torbay_02():
    f = "torbay_02.eml"; when = "2052-11-18 13:05:10"
    body = T("""
Hello MASH,

I'm the lead professional for Evie Northway (DOB 04/07/2043), EHM-802317, at level 3 Early Help.

Evie is 9 and profoundly deaf; she uses BSL. This morning I took her to the children's hearing clinic at Torbay Community Audiology for new ear moulds. When the audiologist, Nicola Baird, was taking the impressions she found a bruise behind Evie's left ear and two more along her hairline, yellow and purple. Evie signed to us both (Nicola signs too) that Gary - mum's partner, Gary Stokes, who moved in in September - "hits my head when I don't hear him", and that "tonight I'm in big trouble because school phoned about my broken hearing aid".

Evie is back at school now and finishes at 3.15. Mum works until 6pm at the hospital, and Gary collects Evie from school and is on his own with her until mum gets in.

I've talked this through with my team manager, Jenna Stoneman. We agree this information needs considering for a level 4 response and she has told me to send it now. I haven't spoken to mum about this contact yet - I think she would tell Gary before tonight.

I'm on 07700 900284 all afternoon.

Claire Ferris
Early Help Family Practitioner | Torbay Early Help (Paignton) | Torbay Council
01632 960 227

""") + BDISC
    top = outlook_top(f, addr("Ferris, Claire", "Claire.Ferris@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Evie Northway - EHM-802317", when,
                      cc=addr("Stoneman, Jenna", "Jenna.Stoneman@" + BDOM), extra=[("Importance", "high")])
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-802317"], [ch("Evie Northway", "2043-07-04", "04/07/2043")],
        ["disability_send", "physical_harm"], None, True, ["consent"], None, "alert_duty",
        "URGENT STEP-UP, THE CHILD'S OWN (SIGNED) WORDS: at the children's hearing clinic the audiologist finds "
        "bruises behind a deaf 9-year-old's ear and along her hairline; she signs that mum's partner 'hits my head "
        "when I don't hear him' and 'tonight I'm in big trouble'; he collects her at 3.15 and is alone with her "
        "until 6 -> alert_duty. As a Torbay step-up (the lead professional's contact to MASH): the team manager "
        "agrees it needs considering for level 4 -> manager true; mum not yet asked -> consent null -> missing "
        "consent (still alert_duty). Profoundly deaf, BSL -> disability_send.",
        not_children=["Gary Stokes", "Nicola Baird", "Jenna Stoneman", "Claire Ferris"],
        how="in a step-up, with the deaf child's signed words relayed by her lead professional")

def torbay_03():
    f = "torbay_03.eml"; when = "2052-12-09 15:22:47"
    comment = ("Sorry, I can't do tomorrow. I'm with the Tremlett family at Paignton walk-in centre. Archie "
               "Tremlett (2) has scalds to both feet and ankles - sock-shaped, with a clear line - and the nurse "
               "practitioner says it doesn't fit him climbing into a hot bath by himself. His nan brought him in. "
               "Mum's partner, Wayne Leaman, was the one looking after him this morning, and he has told nan he's "
               "picking Archie up from her house at 6 tonight. Please take the step-down off the triage list. I'll "
               "ring the MASH desk as soon as I'm out of here.")
    data = itip_reply(f, when, "Lisa Harvey", "Lisa.Harvey@" + BDOM, ("Torbay Early Help", BEH), "DECLINED",
                      "Early Help triage - step down - Tremlett - LCS-3311509", "20521210T093000", "20521210T100000",
                      "Early Help triage, Torquay Town Hall (Room 3) / Microsoft Teams", comment)
    add(f, data, "torbay", "early_help_duty", when, 3,
        "urgent", "meeting_reply", True, None, ["LCS-3311509"], [ch("Archie Tremlett")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT IN A CALENDAR REPLY'S COMMENT: an Outlook iTIP REPLY (PARTSTAT=DECLINED) to Tuesday's triage slot, "
        "whose COMMENT (also the text body) says a 2-year-old has sock-shaped scalds to both feet that do not fit "
        "the account, and mum's partner, who was caring for him, is collecting him from nan's at 6 tonight -> "
        "urgent -> alert_duty (DESIGN: a meeting reply's comment is read too). The SUMMARY's LCS-3311509 is the "
        "case id; Archie has no DOB.",
        not_children=["Wayne Leaman", "Lisa Harvey"],
        how="in the COMMENT of a declined calendar reply")

def torbay_04():
    f = "torbay_04.eml"; when = "2052-10-02 14:10:33"
    html_body = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<table width="600" cellpadding="0" cellspacing="0" border="0">
<tr><td style="padding-bottom:12px"><b>Torbay Community Dental Service</b><br>Paediatric clinic, Castle Circus Health Centre, Torquay</td></tr>
<tr><td>
<p>Date: 02/10/2052</p>
<p>Dear Mrs Penhale,</p>
<p>cc: Torbay Early Help (as requested at the TAF meeting); GP</p>
<p><b>Re: Skye Penhale, DOB 22/10/2044</b></p>
<p>Skye attended today with you, her grandmother and special guardian, for her six-monthly review. There is no new decay, her gums are healthy and the two fissure sealants placed in April are intact. She brushes twice a day and told me she likes her toothbrush timer.</p>
<p><b>Background, for colleagues new to the TAF:</b> in 2049 this service referred Skye to children's social care for dental neglect - she had 14 decayed teeth and had been in pain for months while living with her mother. That referral led to a child protection plan. Skye has lived with you under a special guardianship order since 2050 and that episode is closed. There are no current dental concerns and no safeguarding concerns from this service.</p>
<p>Next review: April.</p>
<p>Yours sincerely,</p>
<p>Anwen Jory<br>Dentist, Torbay Community Dental Service<br>GDC 291508<br>01632 960 745</p>
</td></tr></table>
</body></html>
""")
    top = outlook_top(f, addr("Torbay Community Dental Service", "tcds.admin@torbaycds.nhs.example.net"),
                      addr("Early Help", BEH), "Clinic letter - Skye Penhale - review 2 October 2052", when,
                      mid_domain="torbaycds.nhs.example.net")
    add(f, html_only_mail(f, top, html_body), "torbay", "early_help_duty", when, 6,
        "near_miss", "other", False, None, [], [ch("Skye Penhale", "2044-10-22", "22/10/2044")],
        [], None, None, [], None, "human_review",
        "NEAR MISS (historic): an HTML-only clinic letter copied to Early Help. Its 'Background' paragraph "
        "recounts dental neglect in 2049 (14 decayed teeth, in pain for months, a child protection plan), but "
        "Skye has lived with her special guardian since 2050, 'that episode is closed', 'no current dental "
        "concerns and no safeguarding concerns' -> not urgent, no current concern; a letter, not a request -> "
        "other. 'GDC 291508' is a registration number, not a case id.",
        not_children=["Anwen Jory"])

def torbay_05():
    f = "torbay_05.eml"; when = "2052-10-22 10:40:19"
    body = T("""
Hi MASH,

I'm the lead professional for Oscar Vallance (DOB 14/02/2041), EHM-805566, open to level 3 Early Help since April. I'd like this contact considered for a level 4 response.

New information since the last TAF: dad told me on Friday that he is using cocaine at weekends as well as cannabis every evening, and mum says the money for food and the gas meter is going on it. Oscar's attendance at Paignton Community Academy has fallen to 72% this term, and he told his form tutor he is awake until 2am most nights because of the noise. His glasses have been broken since July; the optician has written twice to say his replacement pair is ready and nobody has collected it. I'm worried his basic care is slipping.

Mum has given her consent for me to contact MASH.

My team manager is on leave until Thursday; I'll discuss the contact with her when she is back and confirm.

Danielle Rowe
Early Help Family Practitioner | Torbay Early Help (Paignton) | Torbay Council
01632 960 538

""") + BDISC
    top = outlook_top(f, addr("Rowe, Danielle", "Danielle.Rowe@" + BDOM), addr("MASH", BMASH),
                      "MASH contact - Oscar Vallance - EHM-805566", when)
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-805566"], [ch("Oscar Vallance", "2041-02-14", "14/02/2041")],
        ["neglect", "school_attendance", "substance_misuse"], True, None, ["manager_agreed"], None, "request_info",
        "Torbay step-up (the lead professional's contact to MASH for a level 4 response): consent given -> true; "
        "the team manager is on leave and 'I'll discuss the contact with her when she is back' -> manager null -> "
        "missing manager_agreed -> request_info. Dad's cocaine and cannabis -> substance_misuse; 72% -> "
        "school_attendance; food money gone, glasses never collected, 'basic care is slipping' -> neglect.",
        not_children=["Danielle Rowe"])

def torbay_06():
    f = "torbay_06.eml"; when = "2052-12-04 09:15:26"
    blocks = [
        "Hello Early Help,",
        "",
        "Please can I have a triage slot for Leah Couch (DOB 02/11/2039), LCS-3299871, stepping down to level 3 "
        "Early Help from the Safeguarding and Supporting Families team.",
        "",
        "The Single Assessment is attached with my analysis and the rationale. Rachel Hext, my team manager, has "
        "added her manager's analysis confirming the threshold for level 3 is met. Mum has given her consent to "
        "level 3 Early Help.",
        "",
        ("h", "A note on the history"),
        "The referral paperwork is alarming to read, so briefly: in February the pharmacy raised that Leah, then "
        "12, was being sent to collect mum's methadone, and mum was using heroin on top of her script. That is "
        "behind them. Mum has been drug-free since April, finished her methadone reduction in August and her "
        "script is now closed; her last six tests were clear, and the pharmacy confirm no child has collected "
        "anything since March. Leah is not caring for mum any more.",
        "",
        ("h", "What remains"),
        "Leah's attendance (86%), which dipped after her nan died in the summer.",
        "",
        "Thanks,",
        "Steve",
        "",
        "Steve Mardon",
        "Social Worker | Safeguarding and Supporting Families Team | Torbay Council",
        "01632 960 659",
    ]
    sa = docx_att("Single Assessment - Leah Couch.docx", [
        "# Single Assessment - Leah Couch",
        "LCS-3299871. Leah Couch, DOB 02/11/2039. Mother: Tina Couch.",
        "Reason for assessment: pharmacy referral, February 2052 - a child collecting her mother's methadone; "
        "mother using heroin on top of her script.",
        "Social worker's analysis: mother drug-free since April 2052; methadone reduction completed in August and "
        "script closed; six clear tests; Leah no longer has caring tasks. Leah's attendance (86%) fell after her "
        "grandmother's death; she would benefit from a level 3 family worker and school support.",
        "Rationale for step down: the needs that required a statutory service are met; level 3 Early Help can "
        "support attendance and bereavement.",
        "Team Manager's analysis: I agree the threshold for level 3 intervention is met. Rachel Hext, Team "
        "Manager, 02/12/2052.",
    ])
    top = outlook_top(f, addr("Mardon, Steve", "Steve.Mardon@" + BDOM), addr("Early Help", BEH),
                      "Step down to level 3 - triage slot please - Leah Couch - LCS-3299871", when)
    add(f, word_mail(f, top, blocks + [""] + BDISC.rstrip("\n").split("\n"), [sa]), "torbay", "early_help_duty",
        when, 4, "near_miss", "step_down", False, 3, ["LCS-3299871"], [ch("Leah Couch", "2039-11-02", "02/11/2039")],
        ["school_attendance"], True, True, [], None, "book_meeting",
        "NEAR MISS (resolved): a child sent to collect her mother's methadone and the mother using heroin - in "
        "February; mum drug-free since April, script closed, six clear tests, no child collecting since March, "
        "'That is behind them' -> no substance_misuse or young_carer now, not urgent. Complete Torbay step-down "
        "(Word HTML mail): Single Assessment (.docx) with the TM's analysis (manager true), consent given, level 3 "
        "stated -> book_meeting. Current concern: attendance 86%.",
        not_children=["Tina Couch", "Rachel Hext", "Steve Mardon"])

def torbay_07():
    f = "torbay_07.eml"; when = "2052-10-31 11:05:12"
    ack = ack_text("step-down", "SB-torbay-2741", ["Child: Kai Widdicombe", "Case: LCS-3305527"],
                   ["the Single Assessment", "your team manager's analysis confirming the threshold for level 3"])
    body = T("""
Hi,

Attached is Kai's Single Assessment. Neil (my team manager, Neil Coombe) has now added his manager's analysis on LCS confirming the threshold for level 3 is met - it's on the last page of the assessment too.

Amrit

Amrit Gill
Social Worker | Single Assessment Team | Torbay Council
01632 960 173
""") + quote("Torbay Early Help <%s>" % BEH, "29 October 2052 14:02", "Gill, Amrit <Amrit.Gill@%s>" % BDOM,
             "[SB-torbay-2741] Step-down request received - Kai Widdicombe", ack) + "\n" + BDISC
    sa = pdf_att("Single Assessment - Kai Widdicombe.pdf", "Single Assessment - Kai Widdicombe", [
        "Child: Kai Widdicombe    DOB: 09/09/2046    LCS-3305527",
        "Reason for assessment: referral from the community dental service, May 2052 - Kai had been in pain with "
        "his teeth for weeks, nine decayed teeth, three appointments not brought.",
        "Social worker's analysis: treatment completed in September. Mum needs a lot of prompting with routines; "
        "neglect of Kai's health needs was the main worry and has improved with support, but needs a level 3 plan "
        "to hold: teeth brushing, bedtimes, school uniform and check-ups.",
        "Rationale for step down: the level of need no longer requires a statutory service.",
        "Team Manager's analysis: I agree the threshold for level 3 is met. Neil Coombe, Team Manager, 30/10/2052.",
    ])
    top = outlook_top(f, addr("Gill, Amrit", "Amrit.Gill@" + BDOM), addr("Torbay Early Help", BEH),
                      "RE: [SB-torbay-2741] Step-down request received - Kai Widdicombe", when,
                      reply_to_mid="<SB-torbay-2741.ack@%s>" % BDOM)
    add(f, mail(f, top, body, [sa]), "torbay", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["LCS-3305527"], [ch("Kai Widdicombe", "2046-09-09", "09/09/2046")],
        ["neglect"], None, True, [], None, "attach_to_request",
        "Outlook reply to [SB-torbay-2741] (acknowledgement quoted below the rule) supplying the Single Assessment "
        "PDF and the team manager's analysis ('has now added his manager's analysis ... confirming the threshold "
        "for level 3 is met') -> follow_up, attach_to_request, missing []; manager true. DOB from the PDF; the "
        "assessment's worry is neglect of his health needs. First mail dated in GMT after the clocks went back.",
        not_children=["Neil Coombe", "Amrit Gill"])

def torbay_08():
    f = "torbay_08.eml"; when = "2052-11-08 10:20:51"
    body = T("""
Good morning,

As part of our routine process we let Early Help know when a child with an open Early Help episode attends the walk-in centre.

Name: Ruby Tozer
DOB: 30/03/2045
Attended: 07/11/2052 at 16:40, with her mother
Presenting complaint: painful right wrist and a graze to the chin after falling from the monkey bars at school at 15:20. The fall was seen by a lunchtime supervisor and recorded on the school's accident form, which mum brought with her.
Findings: buckle fracture of the distal radius on X-ray; backslab applied. Chin graze cleaned. No other injuries.
Assessment: injury consistent with the history given. Safeguarding checklist completed - no safeguarding concerns identified.
Outcome: discharged home with mother; fracture clinic appointment 14/11/2052.

No action is needed from Early Help; this is for your records.

Kind regards,
Julie Stentiford
Administrator, Torquay Walk-in Centre
01632 960 901
""")
    top = plain_top(f, addr("Stentiford, Julie", "julie.stentiford@torquaywic.nhs.example.net"), addr("Early Help", BEH),
                    "Attendance notification - child open to Early Help - Ruby Tozer", when,
                    "torquaywic.nhs.example.net")
    add(f, mail(f, top, body, cte="7bit"), "torbay", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [ch("Ruby Tozer", "2045-03-30", "30/03/2045")],
        [], None, None, [], None, "human_review",
        "NEAR MISS (an injury explained): a walk-in centre's routine notification of a 7-year-old's wrist fracture "
        "- a fall from the monkey bars seen by a lunchtime supervisor and on the school's accident form, 'injury "
        "consistent with the history', 'no safeguarding concerns identified', home with mother -> not urgent, no "
        "concern; for the record, not a request -> other, human_review. Plain 7bit text.",
        not_children=["Julie Stentiford"])


# ============================================================================ HEREFORDSHIRE
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HDOM = "herefordshire.gov.uk"

def consent_pdf(filename, children_line, parent, signed_date):
    return pdf_att(filename, "Herefordshire Council - Early Help consent form", [
        "Child(ren): " + children_line,
        "I agree to my family receiving Early Help support and to information being shared with the people and "
        "agencies named in our Early Help plan, so that they can work together to support us.",
        "I understand I can withdraw my consent at any time by telling my key person.",
        "Parent/carer: %s" % parent,
        "Signed: %s    Date: %s" % (parent, signed_date),
    ])

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2052-09-30 11:45:36"
    body = T("""
Dear Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan and the signed consent form for the Preece children, who are stepping down to Early Help at level 3 following the Child and Family Assessment:

Harper Preece - 12/03/2042
Oakley Preece - 05/11/2044
Mabel Preece - 18/06/2050
Mosaic ID (family): 708112

I discussed the plan with Verity Lang on 24 September. The key person agreed with mum is Sara Bufton, Family Support Worker at Leominster Family Hub (01632 960 744), who has agreed to lead.

Oakley's hearing, which is what started the assessment (glue ear and missed audiology appointments last winter), is now sorted: he had grommets in July and the hearing clinic's review last week found his hearing normal. The remaining needs are mum's anxiety and Harper's attendance (85%).

Kind regards,
Rhian Bevan
Social Worker | Children in Need Team (North) | Herefordshire Council
01632 960 376

""") + HDISC
    plan = docx_att("EHA step-down plan - Preece.docx", [
        "# Early Help Assessment - step-down plan - Preece family (Mosaic 708112)",
        "Children: Harper Preece, Oakley Preece, Mabel Preece. Parent: Jodie Preece.",
        "Key person: Sara Bufton, Family Support Worker, Leominster Family Hub.",
    ], tables=[[["What needs to happen", "By whom", "Outcome", "Timescale"],
                ["Mum to see her GP about her anxiety and try the Hub's wellbeing group", "Mum, Sara", "Mum feels able to manage mornings", "By half term"],
                ["Morning routine plan; school to ring on the first day of absence", "Sara, school", "Harper's attendance above 93%", "Review at each MAG"],
                ["Oakley's hearing reviewed in six months", "Mum", "Hearing stays normal", "March"]]])
    consent = consent_pdf("Signed consent - Preece.pdf", "Harper Preece, Oakley Preece, Mabel Preece",
                          "Jodie Preece", "26/09/2052")
    top = outlook_top(f, addr("Bevan, Rhian", "Rhian.Bevan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down to Early Help (level 3) - Preece children", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["708112"],
        [ch("Harper Preece", "2042-03-12", "12/03/2042"), ch("Oakley Preece", "2044-11-05", "05/11/2044"),
         ch("Mabel Preece", "2050-06-18", "18/06/2050")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down (one request for three children, seed 003): EHA step-down "
        "plan (.docx with the wellbeing table), signed consent form (PDF) and the key person with her agency -> "
        "book_meeting; 'level 3' stated. Oakley's hearing is 'now sorted' (not a current concern); mum's anxiety "
        "and 85% attendance are. Discussed with a co-ordinator (changes only the panel).",
        not_children=["Jodie Preece", "Sara Bufton", "Verity Lang", "Rhian Bevan"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2052-10-16 13:35:48"
    ack = ack_text("step-down", "SB-herefordshire-1462", ["Child: Finley Jauncey (Mosaic 711340)"],
                   ["the family's written consent (the signed consent form)"])
    body = T("""
Hi both,

Signed consent form attached, as you asked.

But please hold this step-down. I've just come off the phone to the community podiatrist at Bromyard clinic. She saw Finley this morning about an ingrown toenail and found three round burns on the sole of his left foot, each about the size of the end of a cigarette, one still weeping, and older round scars on the right foot. Finley told her, "Uncle Lee does it with his cigarette when I wet the bed." Lee Jauncey, dad's brother, has been staying with the family since August.

Finley went back to school after the appointment and will be home with dad and Lee from 3.30 today. I'm driving to the school now. My manager is in a panel all afternoon and I can't reach her.

Tom

Tom Gwilliam
Social Worker | Children in Need Team (East) | Herefordshire Council
07700 900651

On 14 Oct 2052, at 10:22, Herefordshire Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:

""") + quoted(ack)
    consent = consent_pdf("Consent form signed - Jauncey.pdf", "Finley Jauncey, date of birth 21/01/2042",
                          "Karl Jauncey", "14/10/2052")
    top = plain_top(f, addr("Tom Gwilliam", "Tom.Gwilliam@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Re: [SB-herefordshire-1462] Step-down request received - Finley Jauncey", when, HDOM,
                    "Apple Mail (16.0)", extra=[("In-Reply-To", "<SB-herefordshire-1462.ack@%s>" % HDOM),
                                                ("References", "<SB-herefordshire-1462.ack@%s>" % HDOM)])
    root = multipart("mixed", [text_part(body), consent], "Apple-Mail=_%s" % sha(f, "apple")[:24].upper())
    add(f, build(top, root, False), "herefordshire", "early_help_duty", when, 3,
        "urgent", "follow_up", True, None, ["711340"], [ch("Finley Jauncey", "2042-01-21", "21/01/2042")],
        ["physical_harm"], True, None, [], None, "alert_duty",
        "URGENT ON A FOLLOW-UP: an Apple Mail reply to [SB-herefordshire-1462] that brings the signed consent form "
        "the acknowledgement asked for (consent true) - and reports that a podiatrist found three fresh "
        "cigarette-sized burns on a 10-year-old's sole, in his words 'Uncle Lee does it with his cigarette when I "
        "wet the bed', and he is home with that uncle from 3.30 today -> urgent -> alert_duty overrides "
        "attach_to_request. DOB from the consent PDF; Mosaic id from the quoted acknowledgement.",
        not_children=["Lee Jauncey", "Karl Jauncey", "Tom Gwilliam"],
        how="in a follow-up that brings a consent form, in the child's words relayed from a podiatrist")

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2052-11-12 16:48:02"
    body = T("""
To the MASH duty social worker,

I am writing about Ellis Whittall, DOB 07/05/2044, whom I saw this afternoon.

Seen: 14:30 today, unscheduled attendance, with his mother (Stacey Whittall).
History: toothache lower left for about five weeks (mother's account); facial swelling for three days; not eating since yesterday.
Examination: temperature 39.1 C, pulse 136. Left facial swelling extending up to the lower eyelid; left eye partly closed. Trismus - mouth opening 15 mm. Drooling; unable to swallow his saliva comfortably. Grossly carious lower left E and 6 with a buccal abscess.
Diagnosis: spreading odontogenic infection with facial cellulitis.
Plan: admission today to the children's ward at the county hospital for IV antibiotics and drainage under general anaesthetic. The ward had a bed and the transfer was being booked.
What happened: at 15:20 Ms Whittall said Ellis "is not going in a hospital" and that she would "sort him out at home", and left the clinic with him before the transfer could be arranged. She also declined a prescription. Her mobile has been switched off since.

An infection like this can spread to the eye socket or close the airway within hours. Ellis has also missed three planned dental appointments this year.

Home address on our records: 4 Orchard Cottages, Kingstone, Hereford HR2 9ZQ. GP informed at 15:45.

Gethin Rowlands
Specialist in Paediatric Dentistry
Hereford Community Dental Service
01632 960 480 (clinic) | GDC 142877

""") + NHSDISC
    top = outlook_top(f, addr("Rowlands, Gethin", "gethin.rowlands@herefordcds.nhs.example.net"), addr("MASH", HMASH),
                      "Ellis Whittall DOB 07/05/2044 - spreading facial infection - taken home from clinic", when,
                      mid_domain="herefordcds.nhs.example.net", extra=[("Importance", "high")])
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 5,
        "urgent", "other", True, None, [], [ch("Ellis Whittall", "2044-05-07", "07/05/2044")],
        ["neglect"], None, None, [], None, "alert_duty",
        "URGENT, TOLD CLINICALLY (a child in pain for weeks): an 8-year-old with a five-week toothache now has a "
        "spreading facial infection (39.1 C, swelling to the eye, trismus, drooling), needs admission today, and "
        "his mother took him home against advice and switched her phone off; 'can ... close the airway within "
        "hours' -> medical neglect with harm developing tonight -> alert_duty (16:48, office hours). A dentist's "
        "report, not a request -> other. 'GDC 142877' is not a case id.",
        not_children=["Stacey Whittall", "Gethin Rowlands"],
        how="clinically, in a paediatric dentist's notes (a child in pain for weeks, taken home against advice)")

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2052-11-21 10:02:15"
    body = T("""
Dear co-ordinators,

Attached are the Early Help Assessment step-down plan and the consent form signed by mum for Nevaeh Probert (DOB 15/04/2045, Mosaic 709956) and Kian Probert (DOB 02/09/2047, Mosaic 709957). The CIN plan ended on 15 November.

For anyone reading the history: the dental neglect referral in March has been resolved. Both children have had all their treatment at the community dental service, they have not missed an appointment since April, and the dentist's letter of 6 November says "no active decay". There are no current child protection concerns.

What the plan covers now is Kian's speech and language delay (his EHCP assessment is under way) and mum's low mood.

Key person: still to be agreed with mum - I'll let you know next week.

Thanks,
Hannah

Hannah Skyrme
Social Worker | Children in Need Team (City) | Herefordshire Council
01632 960 391

""") + HDISC
    plan = docx_att("EHA step-down plan - Probert.docx", [
        "# Early Help Assessment - step-down plan - Probert family",
        "Children: Nevaeh Probert (Mosaic 709956), Kian Probert (Mosaic 709957). Parent: Chelsea Probert.",
        "Key person: to be agreed.",
    ], tables=[[["What needs to happen", "By whom", "Outcome", "Timescale"],
                ["Speech and language therapy sessions kept; EHCP assessment completed", "Mum, nursery SENCo", "Kian's needs met in school", "By spring"],
                ["Mum to see her GP about her low mood", "Mum", "Mum feels supported", "December"],
                ["Six-monthly dental check-ups", "Mum", "No new decay", "Ongoing"]]])
    consent = consent_pdf("Consent form - Probert - signed.pdf", "Nevaeh Probert, Kian Probert", "Chelsea Probert",
                          "18/11/2052")
    top = outlook_top(f, addr("Skyrme, Hannah", "Hannah.Skyrme@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down plan - Probert children", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["709956", "709957"],
        [ch("Nevaeh Probert", "2045-04-15", "15/04/2045"), ch("Kian Probert", "2047-09-02", "02/09/2047")],
        ["disability_send", "parental_mental_health"], True, None, ["lead_practitioner"], None, "request_info",
        "NEAR MISS (resolved and negated): the dental neglect referral 'has been resolved' (all treatment done, "
        "'no active decay') and 'There are no current child protection concerns' -> not urgent, no neglect now. "
        "Herefordshire step-down with the plan (.docx) and the signed consent form (PDF), but the key person is "
        "'still to be agreed' -> missing lead_practitioner -> request_info. Kian's speech delay with an EHCP "
        "assessment -> disability_send; mum's low mood -> parental_mental_health; no level stated.",
        not_children=["Chelsea Probert", "Hannah Skyrme"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2052-09-04 14:30:40"
    body = T("""
Hello MASH,

I would like to step Brooke Lewis (DOB 19/12/2037, Mosaic 706215) up to children's social care. I have been her family's Early Help worker since January.

Brooke is 14 and is missing a lot of school - 61% last year - because she gets her two younger brothers up, fed and to school most days. Dad has been drinking heavily since mum left at Easter and is often still asleep when they leave. At her free sight test in July Brooke told the optician she couldn't come back to collect her glasses because she "has to do the boys' tea", and she still hasn't got them.

Dad has agreed to a referral to social care. My manager, Lowri Davies, agrees this should be stepped up.

What is the process for a step-up in Herefordshire? I couldn't find a form.

Megan Parry
Early Help Family Support Worker | Ross-on-Wye Family Hub | Herefordshire Council
01632 960 158

""") + HDISC
    top = outlook_top(f, addr("Parry, Megan", "Megan.Parry@" + HDOM), addr("MASH", HMASH),
                      "Step up request - Brooke Lewis (14)", when)
    add(f, mail(f, top, body), "herefordshire", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, ["706215"], [ch("Brooke Lewis", "2037-12-19", "19/12/2037")],
        ["school_attendance", "substance_misuse", "young_carer"], True, True, [], None, "human_review",
        "A step-up sent to Herefordshire, whose seed (003) defines no step-up: REQUIREMENTS -> human_review, "
        "missing [] and notice null for the undefined kind. Sent on the window's third day. Consent ('Dad has "
        "agreed to a referral') and manager ('agrees this should be stepped up') true; a 14-year-old caring for "
        "her brothers (young_carer), 61% attendance, dad's heavy drinking.",
        not_children=["Lowri Davies", "Megan Parry"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2052-11-26 09:40:12"
    fwd = T("""
Owen,

Writing this up as you asked. At about 11am today a father became angry in the practice when his son, Theo Baskerville (6), would not keep still for the eye test, and slapped Theo across the face in front of me and Jade on reception. We called 999. Two officers arrived within ten minutes and arrested the father, Darren Baskerville, in the shop.

Theo's mum came from work and took him home. The officer rang this afternoon to say that dad has been charged and remanded in custody until court, that he is not allowed to contact Theo or go to the family home, and that the police have already told children's services. Theo had a red mark on his left cheek but was otherwise well, and he came back with his mum at 3pm to choose his frames.

Lucy Hinton
Optometrist, Jarvis Opticians
""")
    text = T("""
Good morning,

The police officer who came yesterday asked us to let the council know, so I'm forwarding our optometrist's note below. I understand no action is needed from us.

Owen Jarvis
Practice Owner, Jarvis Opticians, Leominster
01632 960 633

---------- Forwarded message ---------
From: Lucy Hinton <lucy@jarvisopticians.example.co.uk>
Date: Mon, 25 Nov 2052 at 16:12
Subject: Incident in practice today
To: Owen Jarvis <owen@jarvisopticians.example.co.uk>

""") + fwd
    html_body = ('<div dir="ltr">' + "".join("<div>%s</div><div><br></div>" % html.escape(p).replace("\n", "<br>")
                                             for p in text.strip().split("\n\n")) + "</div>\n")
    top = [("From", addr("Owen Jarvis", "owen@jarvisopticians.example.co.uk")), ("To", addr(None, HMASH)),
           ("Subject", "Fwd: Incident in practice yesterday - for your records"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "mail.gmail.com"))]
    add(f, alt_mail(f, top, text, html_body, boundary=gbnd(f, 1)), "herefordshire", "mash_step_up", when, 4,
        "near_miss", "other", False, None, [], [ch("Theo Baskerville")], ["physical_harm"], None, None, [], None,
        "human_review",
        "NEAR MISS (already handled; the police have the adult): a Gmail 'Fwd:' of an optometrist's note - a "
        "father slapped his 6-year-old in the practice yesterday; police arrested him at the scene, he is charged "
        "and remanded in custody with no contact allowed, Theo is at home with mum, and 'the police have already "
        "told children's services' -> not immediate -> other, human_review. The harm itself was real and recent "
        "-> physical_harm. Theo has no DOB.",
        not_children=["Darren Baskerville", "Lucy Hinton", "Owen Jarvis", "Jade"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2052-12-06 11:12:09"
    data = google_reply(f, when, "Bryony Hatton", "Bryony.Hatton@" + HDOM, ("Early Help Co-ordinators", HEH),
                        "ACCEPTED", "Step-down drop-in [SB-herefordshire-1498] - Morris", "20521217T100000Z",
                        "20521217T103000Z", "Microsoft Teams", "Tue 17 Dec 2052 10:00 - 10:30 (GMT)")
    add(f, data, "herefordshire", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (text/calendar method=REPLY, PARTSTAT=ACCEPTED, plus invite.ics) from a social "
        "worker accepting a Tuesday-morning step-down drop-in slot (Tue 17 Dec 10:00 GMT) -> meeting_reply, "
        "record_reply. Family surname only; no case id.",
        not_children=["Bryony Hatton"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2052-12-10 15:30:27"
    body = T("""
Hi co-ordinators,

Here is the Early Help Assessment step-down plan for Alfie Bright (DOB 26/02/2047), Mosaic 712004.

Mum agreed to Early Help verbally when I saw her on Friday. She is going to sign the consent form at my visit next Wednesday and I'll send it straight over.

Key person: Dawn Hancorn, Learning Mentor at Arrow Vale Primary School, 01632 960 215. She has agreed to lead.

The worry that is left is Alfie's attendance (88%). The squint that brought us in is being treated: mum has taken him to all four orthoptist appointments since June and he wears his patch every day.

Carys

Carys Lloyd-Jones
Social Worker | Children in Need Team (South) | Herefordshire Council
01632 960 264

""") + HDISC
    plan = docx_att("EHA step-down plan - Alfie Bright.docx", [
        "# Early Help Assessment - step-down plan - Alfie Bright (Mosaic 712004)",
        "Key person: Dawn Hancorn, Learning Mentor, Arrow Vale Primary School.",
    ], tables=[[["What needs to happen", "By whom", "Outcome", "Timescale"],
                ["Morning routine chart; breakfast club three days a week", "Mum, Dawn", "Attendance above 94%", "By February"],
                ["Orthoptist and optician appointments kept; patch worn daily", "Mum", "Squint improves", "Ongoing"]]])
    top = plain_top(f, addr("Lloyd-Jones, Carys", "Carys.Lloyd-Jones@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Step down - Alfie Bright (Mosaic 712004) - plan attached", when, HDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, [plan]), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["712004"], [ch("Alfie Bright", "2047-02-26", "26/02/2047")],
        ["school_attendance"], True, None, ["consent_form"], None, "request_info",
        "Herefordshire step-down with the plan (.docx) and a key person with her agency, but consent is verbal "
        "only ('agreed to Early Help verbally'; the form will be signed next week) -> consent true while "
        "consent_form (the written form the seed requires) is missing -> request_info. The squint is treated "
        "(appointments kept); the remaining worry is 88% attendance.",
        not_children=["Dawn Hancorn", "Carys Lloyd-Jones"])


# ============================================================================ SELF-CHECKS
CONCERN_IDS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
               "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation",
               "school_attendance", "young_carer", "disability_send"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
# REQUIREMENTS.md: the requirement ids for each authority / kind / (Knowsley) level; "children" always.
REQ = {
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
BANNED = re.compile(r"(?i)\b(urgen\w*|risk\w*|immediat\w*|emergenc\w*|danger\w*|unsafe|safeguarding\s+concerns?|"
                    r"asap|critical\w*)\b")
CASE_ID_FORM = re.compile(r"(EHM|ICS|LCS)-\d{5,7}|\d{6,7}")
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"], 1)}
# Knowsley notice counts: file -> (working days from the London date of `now`, plain weekdays). README table.
COUNTS_EXPECTED = {"knowsley_01.eml": (7, 7), "knowsley_02.eml": (6, 6), "knowsley_03.eml": (7, 7),
                   "knowsley_04.eml": (4, 4), "knowsley_08.eml": (4, 6)}
URGENT_KINDS_EXPECTED = {"step_up", "step_down", "follow_up", "meeting_reply", "other"}

def parse_dob(w):
    m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", w)
    if m:
        return date(int(m[3]), int(m[2]), int(m[1])).isoformat()
    m = re.fullmatch(r"(\d{1,2}) ([A-Za-z]+) (\d{4})", w)
    if m:
        return date(int(m[3]), MONTHS[m[2][:3].lower()], int(m[1])).isoformat()
    return None

def age_years(dob, on):
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))

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

def parse(f):
    return email.message_from_bytes(FILES[f], policy=email.policy.default)

def london_date(now):
    return (now.astimezone(UTC) + london_offset(now)).date()

def check_file(lab):
    errors = []
    def err(m):
        errors.append("%s: %s" % (lab["file"], m))
    f, a, mb, e = lab["file"], lab["authority"], lab["mailbox"], lab["expect"]
    # -- the label
    if not re.fullmatch(r"%s_0[1-8]\.eml" % a, f): err("file name / authority")
    if list(lab) != ["file", "authority", "mailbox", "now", "expect", "why"]: err("label keys")
    if list(e) != ["kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed",
                   "missing", "notice_ok", "next_action"]:
        err("expect keys")
    if mb not in ("mash_step_up", "early_help_duty"): err("mailbox")
    if e["kind"] not in KINDS: err("kind")
    if e["next_action"] != expected_next(a, e): err("next_action %s != %s" % (e["next_action"], expected_next(a, e)))
    if CATS[f] not in ("urgent", "near_miss", "ordinary"): err("category")
    if e["urgent"] != (CATS[f] == "urgent"): err("urgent vs category")
    if not set(e["concerns"]) <= CONCERN_IDS or e["concerns"] != sorted(set(e["concerns"])): err("concerns")
    if e["missing"] != sorted(set(e["missing"])): err("missing not sorted/unique")
    lvl = None
    if a == "knowsley" and e["kind"] == "step_down":
        lvl = e["level"] if e["level"] is not None else 3      # REQUIREMENTS: no level stated -> level 3
    key = (a, e["kind"], lvl)
    allowed = REQ.get(key, set())
    if not set(e["missing"]) <= allowed: err("missing ids not allowed for %s: %s" % (key, e["missing"]))
    if a == "knowsley" and e["kind"] == "step_up":
        for doc, concern in KNOWSLEY_WHEN.items():
            if doc in e["missing"] and concern not in e["concerns"]:
                err("%s missing but no %s concern" % (doc, concern))
    if e["level"] is not None and (e["kind"] != "step_down" or e["level"] not in (2, 3)): err("level")
    for v in ("consent", "manager_agreed"):
        if e[v] not in (True, False, None): err(v)
    if "consent" in allowed and (e["consent"] is not True) != ("consent" in e["missing"]): err("consent vs missing")
    if "manager_agreed" in allowed and (e["manager_agreed"] is not True) != ("manager_agreed" in e["missing"]):
        err("manager vs missing")
    if "case_id" in allowed and (not e["case_ids"]) != ("case_id" in e["missing"]): err("case_id vs missing")
    if "children" in allowed and (not e["children"]) != ("children" in e["missing"]): err("children vs missing")
    if e["kind"] in ("meeting_reply", "auto_reply") and (e["children"] or e["concerns"]) and not e["urgent"]:
        err("a non-urgent meeting reply / auto-reply carries children or concerns")
    if len({c["name"] for c in e["children"]}) != len(e["children"]) or len(set(e["case_ids"])) != len(e["case_ids"]):
        err("duplicates")
    for cid in e["case_ids"]:
        if not CASE_ID_FORM.fullmatch(cid): err("case id %r is not an EHM/ICS/LCS id or a bare Mosaic number" % cid)
    now = datetime.fromisoformat(lab["now"])
    meeting = META[f]["meeting"]
    if a == "knowsley" and e["kind"] in ("step_up", "step_down"):
        if meeting is None:
            if e["notice_ok"] is not None: err("notice_ok must be null without a date")
            if "meeting_details" not in e["missing"]: err("meeting_details should be missing")
        else:
            wd = working_days(london_date(now), meeting)
            if e["notice_ok"] != (wd >= 5): err("notice_ok %s but %d working days" % (e["notice_ok"], wd))
            if meeting <= london_date(now): err("meeting not after now")
            if meeting.weekday() >= 5 or meeting in BANK_HOLIDAYS: err("meeting on a weekend or bank holiday")
    elif e["notice_ok"] is not None or meeting is not None:
        err("notice_ok / meeting only for Knowsley step requests")
    if e["urgent"] and not META[f]["how"]: err("urgent mail without a 'how the risk is told' note")
    # -- the message
    data = FILES[f]
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for h in ("Message-ID", "Date", "From", "To", "Subject"):
        if msg[h] is None: err("header %s missing" % h)
    try:
        data.decode("ascii")
    except UnicodeDecodeError:
        err("8-bit bytes in the raw message")
    for part in msg.walk():
        if part.defects: err("MIME defects %s" % part.defects)
        for k, v in part.items():
            if getattr(v, "defects", None): err("header defect %s %s" % (k, v.defects))
    rcpt = " ".join(str(msg[h] or "") for h in ("To", "Cc")).lower()
    if MAILBOXES[(a, mb)].lower() not in rcpt: err("mailbox address not in To/Cc")
    # the Date header exactly as written (policy.default would hand back a re-formatted value)
    raw_date = re.search(rb"^Date: ([^\r\n]+)", data, re.M).group(1).decode("ascii").strip()
    d = email.utils.parsedate_to_datetime(raw_date)
    if not (WINDOW_START <= london_date(d) <= WINDOW_END): err("Date outside the window")
    if raw_date[:3] != DAYS[d.weekday()]: err("Date header weekday %s, the date is a %s" % (raw_date[:3], DAYS[d.weekday()]))
    if d.weekday() >= 5: err("Date on a weekend")
    if london_date(d) in BANK_HOLIDAYS: err("Date on a bank holiday")
    if d.utcoffset() != london_offset(d): err("Date offset %s, Europe/London has %s" % (d.utcoffset(), london_offset(d)))
    if not raw_date.endswith("+0100" if london_offset(d) else "+0000"): err("Date offset text")
    if now.utcoffset() != d.utcoffset(): err("now's offset differs from the Date header's")
    if not (timedelta(minutes=1) <= now - d <= timedelta(minutes=10)): err("now not 1-10 minutes after Date")
    if (e["kind"] == "auto_reply") != (msg["Auto-Submitted"] is not None): err("Auto-Submitted only on auto-replies")
    text = readable(msg)
    full = readable(msg, with_headers=True)
    if e["urgent"]:
        hits = sorted(set(m.group(0) for m in BANNED.finditer(full)))
        if hits: err("banned word(s) in an urgent mail: %s" % hits)
    # -- children, DOBs, case ids
    metas = {c["name"]: c for c in META[f]["children"]}
    pos = []
    for c in e["children"]:
        mc = metas[c["name"]]
        if c["name"] not in text: err("child %s not in the text" % c["name"]); continue
        pos.append(text.find(c["name"]))
        if c["dob"]:
            w = mc["_w"]
            if w not in text: err("DOB as written %r not in the text" % w)
            if parse_dob(w) != c["dob"]: err("DOB %r parses to %s, label %s" % (w, parse_dob(w), c["dob"]))
            dob = date.fromisoformat(c["dob"])
            if not dob < london_date(now): err("DOB of %s not before now" % c["name"])
            if age_years(dob, london_date(now)) >= 18: err("%s is 18 or over" % c["name"])
    if pos != sorted(pos): err("children not in order of first appearance")
    for name in META[f]["not_children"]:
        if name not in text: err("excluded person %s not in the text" % name)
        if any(name == c["name"] or name.split()[0] == c["name"].split()[0] for c in e["children"]):
            err("excluded person %s labelled as a child" % name)
    cpos = []
    for reg in re.finditer(r"\b(GPhC|GDC|GOC|HCPC|NHS number:?)\s+([A-Z]{0,2}[\d -]{5,12}\d)", text):
        if reg.group(2).replace(" ", "") in e["case_ids"]:
            err("a %s registration / NHS number is labelled as a case id" % reg.group(1))
    for cid in e["case_ids"]:
        if not re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(cid), text): err("case id %s not in the text" % cid)
        cpos.append(text.find(cid))
    if cpos != sorted(cpos): err("case ids not in order of appearance")
    # -- kind-specific shape
    cal_methods = [(p.get_param("method") or "").upper() for p in msg.walk() if p.get_content_type() == "text/calendar"]
    subj = str(msg["Subject"])
    if e["kind"] == "meeting_reply" and cal_methods != ["REPLY"]: err("meeting reply needs one text/calendar REPLY")
    if e["kind"] != "meeting_reply" and "REPLY" in cal_methods: err("iTIP REPLY outside a meeting reply")
    if e["kind"] == "follow_up" and not re.search(r"\[SB-[a-z_]+-\d+\]", subj): err("follow-up without [SB-] ref")
    if e["kind"] in ("step_up", "step_down", "other") and "[SB-" in subj: err("[SB-] ref on a new request / other")
    return errors

def set_checks():
    errors = []
    # calendar: the computed 2052 bank holidays equal the published list, with their weekdays; none in the window
    if {d: DAYS[d.weekday()] for d in BANK_HOLIDAYS_2052} != EXPECTED_BH_2052:
        errors.append("set: 2052 bank holidays %s differ from the published list" % sorted(BANK_HOLIDAYS_2052))
    if any(WINDOW_START <= d <= WINDOW_END for d in BANK_HOLIDAYS):
        errors.append("set: a bank holiday falls inside the window")
    if not (WINDOW_START.weekday() == 0 and WINDOW_END.weekday() == 3 and WINDOW_START == first_monday(2052, 9)):
        errors.append("set: the window must run from Monday 2 September to Thursday 19 December 2052")
    try:                                              # cross-check the clock change with the system tz database
        from zoneinfo import ZoneInfo
        lon = ZoneInfo("Europe/London")
        d = datetime(2052, 9, 1, 12)
        while d.date() <= WINDOW_END:
            real = d.replace(tzinfo=lon).utcoffset()
            if real != london_offset(d.replace(tzinfo=real and BST or GMT)):
                errors.append("set: offset on %s differs from Europe/London" % d.date())
            d += timedelta(days=1)
    except Exception:
        pass                                          # no tz database: the rule-based offsets stand
    # counts
    per = {}
    for lab in LABELS:
        per.setdefault(lab["authority"], []).append(lab["file"])
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        if sorted(per.get(a, [])) != ["%s_%02d.eml" % (a, i) for i in range(1, 9)]:
            errors.append("set: %s needs files _01 to _08" % a)
    if len(FILES) != 40 or len(LABELS) != 40: errors.append("set: 40 files needed, have %d" % len(FILES))
    tot = {c: list(CATS.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}
    if tot["urgent"] < 11 or tot["near_miss"] < 11: errors.append("set: at least 11 urgent and 11 near misses: %s" % tot)
    kinds = {l["expect"]["kind"] for l in LABELS}
    if kinds != KINDS: errors.append("set: kinds present %s, need every kind" % sorted(kinds))
    uk = {l["expect"]["kind"] for l in LABELS if l["expect"]["urgent"]}
    if uk != URGENT_KINDS_EXPECTED: errors.append("set: urgent kinds %s, expected %s" % (sorted(uk), sorted(URGENT_KINDS_EXPECTED)))
    offsets = {}
    for lab in LABELS:
        o = str(parse(lab["file"])["Date"]).strip()[-5:]
        offsets[o] = offsets.get(o, 0) + 1
    if set(offsets) != {"+0100", "+0000"}: errors.append("set: both BST and GMT dates expected, have %s" % offsets)
    # Knowsley notice arithmetic
    counts = {}
    for lab in LABELS:
        m = META[lab["file"]]["meeting"]
        if m is not None:
            t = london_date(datetime.fromisoformat(lab["now"]))
            counts[lab["file"]] = (working_days(t, m), plain_weekdays(t, m))
    if counts != COUNTS_EXPECTED: errors.append("set: Knowsley counts %s, expected %s" % (counts, COUNTS_EXPECTED))
    # knowsley_08 is decided by Christmas: plain weekdays say ok, working days say not ok
    k8 = counts.get("knowsley_08.eml")
    if not (k8 and k8[1] >= 5 > k8[0]): errors.append("set: knowsley_08 must be decided by the Christmas bank holidays")
    # knowsley_04 is decided by the London date at midnight: from the UTC date the count would reach 5
    lab4 = next(l for l in LABELS if l["file"] == "knowsley_04.eml")
    n4 = datetime.fromisoformat(lab4["now"])
    utc_day = n4.astimezone(UTC).date()
    if not (utc_day < london_date(n4) and working_days(utc_day, META["knowsley_04.eml"]["meeting"]) >= 5
            > working_days(london_date(n4), META["knowsley_04.eml"]["meeting"])):
        errors.append("set: knowsley_04 must be sent after midnight BST so that the UTC date gives a different answer")
    return errors, tot, counts

def run_checks():
    errors = []
    for lab in LABELS:
        try:
            errors += check_file(lab)
        except Exception as ex:
            errors.append("%s: check raised %r" % (lab["file"], ex))
    e2, tot, counts = set_checks()
    return errors + e2, tot, counts

def stats(tot, counts):
    from collections import Counter
    ex = [l["expect"] for l in LABELS]
    out = ["categories %s" % tot,
           "kind %s" % dict(Counter(e["kind"] for e in ex)),
           "next_action %s" % dict(Counter(e["next_action"] for e in ex)),
           "mailbox %s" % dict(Counter(l["mailbox"] for l in LABELS)),
           "consent %s; manager %s; level %s; notice %s" % (
               dict(Counter(str(e["consent"]) for e in ex)), dict(Counter(str(e["manager_agreed"]) for e in ex)),
               dict(Counter(str(e["level"]) for e in ex)), dict(Counter(str(e["notice_ok"]) for e in ex))),
           "children %d (with DOB %d)" % (sum(len(e["children"]) for e in ex),
                                          sum(1 for e in ex for c in e["children"] if c["dob"])),
           "Date offsets %s" % dict(Counter(str(parse(l["file"])["Date"])[-5:] for l in LABELS)),
           "Knowsley (WD, plain weekdays) %s" % counts]
    per = {}
    for l in LABELS:
        per.setdefault(l["authority"], Counter())[CATS[l["file"]]] += 1
    out += ["%s %s" % (a, dict(c)) for a, c in per.items()]
    out.append("urgent kinds %s" % dict(Counter(l["expect"]["kind"] for l in LABELS if l["expect"]["urgent"])))
    alarm_nm = [l["file"] for l in LABELS if CATS[l["file"]] == "near_miss"
                and BANNED.search(readable(parse(l["file"]), with_headers=True))]
    out.append("near misses that use alarm words: %d %s" % (len(alarm_nm), alarm_nm))
    return "\n".join(out)

def main():
    for name, fn in sorted(globals().items()):
        if re.match(r"^(knowsley|richmond_wandsworth|tower_hamlets|torbay|herefordshire)_\d\d$", name):
            fn()
    errors, tot, counts = run_checks()
    if errors:
        print("SELF-CHECK FAILED (nothing written):", *errors, sep="\n  ")
        sys.exit(1)
    for f in sorted(FILES):
        with open(os.path.join(HERE, f), "wb") as fh:
            fh.write(FILES[f])
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(sorted(LABELS, key=lambda l: l["file"]), fh, indent=1, ensure_ascii=False); fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w", encoding="utf-8") as fh:
        json.dump(dict(sorted(CATS.items())), fh, indent=1); fh.write("\n")
    if "--stats" in sys.argv:
        print(stats(tot, counts))
    print("wrote %d messages, labels.json and categories.json; %s; all self-checks passed" % (len(FILES), tot))

if __name__ == "__main__":
    main()
