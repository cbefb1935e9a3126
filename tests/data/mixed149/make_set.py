#!/usr/bin/env python3
"""mixed149: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the spring term of 2052 (Thursday 4 January - Friday 5 April 2052; the Easter school holidays follow, Monday
8 April - Monday 22 April, with Good Friday 19 April and Easter Monday 22 April), in twins, triplets and large sibling
groups: several children named in one mail with their dates of birth in lists, tables and prose; one child of
several at the centre of the worry; brothers and sisters split between schools, nurseries, a grandmother and a
father's home; half-siblings with different surnames; older siblings caring for younger ones; and a sibling's
disclosure about another - alongside ordinary step-ups, step-downs, follow-ups, meeting replies and an out-of-office.

Standard library only. Deterministic: no clock, no randomness (boundaries, Message-IDs, Thread-Index values and
calendar UIDs come from sha1 of the file name; the .docx zips carry fixed timestamps; the PDFs are hand-built PDF 1.4
text pages). The self-checks run over the in-memory set and STOP on any error before anything is written.

    python3 make_set.py            # build, self-check, write
    python3 make_set.py --stats    # ... and print the tallies and the Knowsley notice table

The MIME, Word HTML, PDF, .docx, iCalendar and quoting helpers are adapted from
/work/main/tests/data/mixed27/make_set.py (the brief's example generator). Every label was set by hand from
/work/shared/DESIGN.md, /work/shared/REQUIREMENTS.md and the seed protocols; the checks only verify the labels against
those rules.
"""

import base64, hashlib, html, io, json, os, quopri, re, sys, zipfile
import email, email.policy, email.utils
from email.header import Header, decode_header, make_header
from datetime import datetime, date, timedelta, timezone
from datetime import tzinfo

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc


class _LondonRule(tzinfo):
    """Europe/London by the UK rule (BST from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last
    Sunday of October): used only if the system has no tz database for zoneinfo."""
    @staticmethod
    def _edges(y):
        last_sun = lambda m: max(date(y, m, d) for d in range(25, 32) if date(y, m, d).weekday() == 6)
        s, e = last_sun(3), last_sun(10)
        return datetime(s.year, s.month, s.day, 1), datetime(e.year, e.month, e.day, 1)
    def utcoffset(self, d):
        s, e = self._edges(d.year)
        naive = d.replace(tzinfo=None)
        return timedelta(hours=1) if s + timedelta(hours=1) <= naive < e + timedelta(hours=1) else timedelta(0)
    def dst(self, d):
        return self.utcoffset(d)
    def tzname(self, d):
        return "BST" if self.utcoffset(d) else "GMT"
    def fromutc(self, d):
        s, e = self._edges(d.year)
        naive = d.replace(tzinfo=None)
        return (d + timedelta(hours=1)) if s <= naive < e else d

try:
    from zoneinfo import ZoneInfo
    LON = ZoneInfo("Europe/London")
except Exception:                                  # no tz database on this machine
    LON = _LondonRule()


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

def dt(s):
    """Local (Europe/London) wall-clock time: GMT (+0000) until 01:00 UTC on Sunday 31 March 2052, BST (+0100)
    after it. The self-check asserts every Date header's offset against Europe/London's and against its own rule."""
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

def qp(text, charset):
    return quopri.encodestring(text.encode(charset), quotetabs=False).decode("ascii")


class Part:
    def __init__(self, headers, body, children=None, boundary=None):
        self.headers = headers
        self.body = body
        self.children = children
        self.boundary = boundary

def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", crlf=False, params="",
              extra=None, disposition=None):
    h = [("Content-Type", 'text/%s; charset="%s"%s' % (subtype, charset, params)),
         ("Content-Transfer-Encoding", cte)]
    if disposition:
        h.append(("Content-Disposition", disposition))
    if extra:
        h += extra
    if cte == "quoted-printable":
        body = qp(text, charset)
    elif cte == "base64":
        t = text.replace("\n", "\r\n") if crlf else text
        body = b64lines(t.encode(charset))
    elif cte == "8bit":
        body = text
    else:
        text.encode("ascii")
        body = text
    return Part(h, body)

def binary_part(ctype, filename, data, disposition="attachment", extra=None):
    h = [("Content-Type", '%s; name="%s"' % (ctype, filename)),
         ("Content-Description", filename),
         ("Content-Disposition", '%s; filename="%s"; size=%d' % (disposition, filename, len(data))),
         ("Content-Transfer-Encoding", "base64")]
    if extra:
        h += extra
    return Part(h, b64lines(data))

def multipart(subtype, children, boundary, params=""):
    return Part([("Content-Type", 'multipart/%s;\n\tboundary="%s"%s' % (subtype, boundary, params))],
                None, children, boundary)

def render(p):
    out = "".join("%s: %s\n" % (k, v) for k, v in p.headers) + "\n"
    if p.children is None:
        body = p.body
        if not body.endswith("\n"):
            body += "\n"
        return out + body
    for c in p.children:
        out += "--%s\n" % p.boundary + render(c) + "\n"
    out += "--%s--\n" % p.boundary
    return out

def build(top, root, crlf, allow_8bit=False):
    head = "".join("%s: %s\n" % (k, v) for k, v in top) + "MIME-Version: 1.0\n"
    head.encode("ascii")
    s = head + render(root)
    if not allow_8bit:
        s.encode("ascii")
    if crlf:
        s = s.replace("\r\n", "\n").replace("\n", "\r\n")
    return s.encode("utf-8")

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


# -- Word (Outlook) "filtered medium" HTML ---------------------------------------------------------------
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
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
span.EmailStyle19
	{mso-style-type:personal-compose;
	font-family:"%(font)s",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
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
RUN = "<span lang=EN-GB style='mso-fareast-language:EN-GB'>"

def word_inline(t):
    t = html.escape(t, quote=False)
    t = re.sub(r"\{\{(.+?)\}\}", r"<b>\1</b>", t)
    t = t.replace("\n", "<br>\n")
    return RUN + t + "</span>"

def word_plain(t):
    return re.sub(r"\{\{(.+?)\}\}", r"\1", t)

def word_html(blocks, font="Aptos"):
    """blocks: strings (paragraphs; '' = empty paragraph), ('table', rows) with a shaded header row, ('h', text)."""
    out = [WORD_HEAD % {"font": font}]
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            out.append("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:"
                       "collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;"
                       "mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\n")
            for i, r in enumerate(b[1]):
                out.append(" <tr style='mso-yfti-irow:%d%s'>\n" % (i, ";mso-yfti-firstrow:yes" if i == 0 else ""))
                for c in r:
                    shade = "background:#D9E2F3;" if i == 0 else ""
                    cell = word_inline(c)
                    if i == 0:
                        cell = "<b>" + cell + "</b>"
                    out.append("  <td valign=top style='border:solid windowtext 1.0pt;mso-border-alt:solid "
                               "windowtext .5pt;%spadding:0cm 5.4pt 0cm 5.4pt'>\n  <p class=MsoNormal>%s"
                               "<o:p></o:p></p>\n  </td>\n" % (shade, cell))
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
            out += ["\t".join(word_plain(c) for c in r) for r in b[1]]
            out.append("")
        elif isinstance(b, tuple) and b[0] == "h":
            out.append(word_plain(b[1]))
        else:
            out.append(word_plain(b))
    return "\n".join(out) + "\n"


# -- format=flowed (RFC 3676) --------------------------------------------------------------------------
def flowed(text, width=72):
    out = []
    for logical in text.split("\n"):
        if logical.startswith(">"):
            out.append(logical)               # quoted lines are never re-wrapped
            continue
        words = logical.split(" ")
        phys, cur = [], ""
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

def unflow(text):
    """Undo format=flowed (soft line breaks end with a space) for the self-checks."""
    out, cur = [], ""
    for line in text.split("\n"):
        if line.startswith(" "):
            line = line[1:]
        if line.endswith(" ") and not line.startswith(">"):
            cur += line
        else:
            out.append(cur + line)
            cur = ""
    if cur:
        out.append(cur)
    return "\n".join(out)

def flowed_part(text, charset="utf-8", cte="quoted-printable"):
    body = flowed(text)
    h = [("Content-Type", 'text/plain; charset="%s"; format=flowed; delsp=no' % charset),
         ("Content-Transfer-Encoding", cte)]
    if cte == "7bit":
        body.encode("ascii")
    elif cte == "quoted-printable":
        body = qp(body, charset)
    return Part(h, body)


# -- hand-built PDF 1.4 (Helvetica, WinAnsi) -------------------------------------------------------------
def make_pdf(title, lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    wrapped = []
    for l in [title, ""] + lines:
        while len(l) > 92:
            cut = l.rfind(" ", 0, 92)
            cut = cut if cut > 0 else 92
            wrapped.append(l[:cut]); l = l[cut:].lstrip()
        wrapped.append(l)
    pages = [wrapped[i:i + 54] for i in range(0, len(wrapped), 54)] or [[]]
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", None,
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for pg in pages:
        content = "BT\n/F1 10 Tf\n14 TL\n50 800 Td\n" + "".join("(%s) '\n" % esc(l) for l in pg) + "ET\n"
        cb = content.encode("cp1252")
        objs.append(b"<< /Length %d >>\nstream\n" % len(cb) + cb + b"endstream")
        cnum = len(objs)
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                    b"/Contents %d 0 R >>" % cnum)
        kids.append(len(objs))
    objs[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out

def pdf_text(data):
    """Text of a PDF built by make_pdf (uncompressed content streams, one '(...) '' string per line)."""
    assert data.startswith(b"%PDF-1.4"), "not a PDF"
    out = []
    for stream in re.findall(rb"stream\n(.*?)endstream", data, re.S):
        for m in re.finditer(rb"\(((?:\\.|[^\\)])*)\) '", stream):
            s = re.sub(rb"\\(.)", rb"\1", m.group(1))
            out.append(s.decode("cp1252"))
    return "\n".join(out)


# -- iCalendar ------------------------------------------------------------------------------------------
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

def ics(method, fname, stamp, start, end, summary, location, description, organizer, attendees,
        extra=None, sequence=0):
    L = ["BEGIN:VCALENDAR", "METHOD:%s" % method, "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"] + VTZ + [
        "BEGIN:VEVENT", "ORGANIZER;CN=%s:mailto:%s" % organizer]
    for cn, em, role, ps in attendees:
        L.append("ATTENDEE;ROLE=%s;PARTSTAT=%s;RSVP=TRUE;CN=%s:mailto:%s" % (role, ps, cn, em))
    if description is not None:
        L.append("DESCRIPTION;LANGUAGE=en-GB:" + ics_escape(description))
    L += ["UID:040000008200E00074C5B7101A82E008%s" % sha(fname, "uid").upper(),
          "SUMMARY;LANGUAGE=en-GB:" + ics_escape(summary),
          "DTSTART;TZID=GMT Standard Time:%s" % start,
          "DTEND;TZID=GMT Standard Time:%s" % end,
          "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:%s" % stamp.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"),
          "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:%d" % sequence]
    if location:
        L.append("LOCATION;LANGUAGE=en-GB:" + ics_escape(location))
    L += (extra or []) + ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(ics_fold(l) for l in L) + "\r\n"


# -- headers --------------------------------------------------------------------------------------------
def outlook_top(fname, frm, to, subject, when, cc=None, extra=None, mid_domain=None, reply_to_mid=None):
    d = dt(when)
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject)), ("Thread-Topic", hdr(re.sub(r"^((RE|FW|Fwd|Re): )+", "", subject))),
          ("Thread-Index", thread_index(fname)), ("Date", email.utils.format_datetime(d)),
          ("Message-ID", msgid(fname, mid_domain or "LO4P265MB6012.GBRP265.PROD.OUTLOOK.COM"))]
    if reply_to_mid:
        h += [("In-Reply-To", reply_to_mid), ("References", reply_to_mid)]
    h += [("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
          ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    return h + (extra or [])

def plain_top(fname, frm, to, subject, when, domain, mailer, cc=None, extra=None):
    d = dt(when)
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject)), ("Date", email.utils.format_datetime(d)), ("Message-ID", msgid(fname, domain))]
    if mailer:
        h.append(("X-Mailer", mailer))
    return h + (extra or [])


# -- .docx ----------------------------------------------------------------------------------------------
def make_docx(paras, tables=()):
    """paras: strings ('# ' = Heading 1); tables: row lists, appended after the paragraphs."""
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
            zi = zipfile.ZipInfo(name, date_time=(2052, 1, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()

W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

def docx_text(data):
    import xml.etree.ElementTree as ET
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None
    root = ET.fromstring(z.read("word/document.xml"))
    return "\n".join("".join(e.text or "" for e in p.iter(W_NS + "t")) for p in root.iter(W_NS + "p"))

def docx_raw(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    return "\n".join(z.read(n).decode("utf-8") for n in z.namelist())

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
def pdf_att(filename, title, lines):
    return binary_part("application/pdf", filename, make_pdf(title, lines))
def docx_att(filename, paras, tables=()):
    return binary_part(DOCX, filename, make_docx(paras, tables))


# -- message builders -----------------------------------------------------------------------------------
def mail(f, top, body, atts=(), html_alt=False, crlf=True, cte="quoted-printable", charset="utf-8"):
    """text/plain (optionally with an Outlook-style HTML twin) plus attachments."""
    t = text_part(body, cte=cte, crlf=crlf, charset=charset)
    if html_alt:
        t = multipart("alternative", [t, text_part(html_of(body), "html", crlf=crlf, charset=charset)], bnd(f, 2))
    root = multipart("mixed", [t] + list(atts), bnd(f, 1)) if atts else t
    return build(top, root, crlf)

def word_mail(f, top, blocks, atts=(), font="Aptos"):
    h = text_part(word_html(blocks, font), "html")
    body = multipart("alternative", [text_part(word_text(blocks)), h], bnd(f, 2))
    root = multipart("mixed", [body] + list(atts), bnd(f, 1)) if atts else body
    return build(top, root, True)

def html_only(f, top, html_body, atts=()):
    t = text_part(html_body, "html", crlf=True)
    root = multipart("mixed", [t] + list(atts), bnd(f, 1)) if atts else t
    return build(top, root, True)

def alt_mail(f, top, text, html_body, atts=(), cte="quoted-printable", boundary=None):
    body = multipart("alternative", [text_part(text, cte=cte, crlf=True), text_part(html_body, "html", cte=cte, crlf=True)],
                     boundary or bnd(f, 2))
    root = multipart("mixed", [body] + list(atts), bnd(f, 1)) if atts else body
    return build(top, root, True)

def iphone_mail(f, top, text, atts=()):
    t = flowed_part(text, cte="quoted-printable")
    root = multipart("mixed", [t] + list(atts), "Apple-Mail=_%s" % sha(f, "apple")[:24].upper()) if atts else t
    return build(top, root, False)

def itip_request_mail(f, top, body, cal, atts=()):
    cal_part = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST'),
                     ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    alt = multipart("alternative", [text_part(body, crlf=True), text_part(html_of(body), "html", crlf=True), cal_part],
                    bnd(f, 2))
    root = multipart("mixed", [alt] + list(atts), bnd(f, 1))
    return build(top, root, True)

def itip_reply(f, when, frm_name, frm_email, organizer, partstat, summary, start, end, location,
               comment=None, to=None):
    """An Outlook iTIP REPLY (multipart/alternative: text + text/calendar method=REPLY)."""
    word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentative"}[partstat]
    body = (comment + "\n") if comment else " "
    extra = ["COMMENT;LANGUAGE=en-GB:" + ics_escape(comment)] if comment else []
    cal = ics("REPLY", f, dt(when), start, end, summary, location, None, organizer,
              [(frm_name, frm_email, "REQ-PARTICIPANT", partstat)], extra=extra)
    cal_part = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REPLY'),
                     ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    root = multipart("alternative", [text_part(body, crlf=True), cal_part], bnd(f, 1))
    top = outlook_top(f, addr(frm_name, frm_email), to or addr(organizer[0], organizer[1]),
                      "%s: %s" % (word, summary), when,
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    return build(top, root, True)

def google_reply(f, when, frm_name, frm_email, organizer, partstat, summary, start_utc, end_utc, location,
                 human_when, note=None):
    """A Google Calendar iTIP REPLY: multipart/mixed (alternative: text, HTML, text/calendar method=REPLY) plus the
    same calendar as an application/ics 'invite.ics' attachment; times in UTC ('Z')."""
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
    alt = multipart("alternative", [text_part(text, cte="7bit" if text.isascii() else "quoted-printable"),
                                    text_part(html_of(text, "Roboto"), "html"),
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

def ooo(f, when, frm_name, frm_email, to, subject, body, prefix="Automatic reply: ", extra=None):
    ex = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")] + (extra or [])
    top = outlook_top(f, addr(frm_name, frm_email), to, prefix + subject, when, extra=ex)
    alt = multipart("alternative", [text_part(body, crlf=True), text_part(html_of(body), "html", crlf=True)], bnd(f, 1))
    return build(top, alt, True)

def quote_block(frm, sent, to, subject, text, cc=None):
    """An Outlook-style quoted original under a reply or forward."""
    cc_line = "Cc: %s\n" % cc if cc else ""
    return ("\n________________________________\nFrom: %s\nSent: %s\nTo: %s\n%sSubject: %s\n\n%s"
            % (frm, sent, to, cc_line, subject, text))

def quoted(text):
    """'> '-prefix every line (a plain-text reply client's quoting)."""
    return "\n".join("> " + l if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"

def html_text(h):
    h = re.sub(r"(?s)<!--.*?-->", " ", h)
    h = re.sub(r"(?is)<(head|style|script)\b.*?</\1>", " ", h)
    h = re.sub(r"(?i)</?(p|div|br|tr|td|th|li|ul|ol|table|tbody|h\d|blockquote)\b[^>]*>", " ", h)
    h = re.sub(r"<[^>]+>", "", h)
    return html.unescape(h)

def sig(*lines):
    return "\n".join(lines) + "\n"

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


# -- the set's records ----------------------------------------------------------------------------------
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

def ch(name, dob=None, written=None, as_written=None):
    """A labelled child. `written` is the DOB exactly as the mail writes it (the self-check finds it in the readable
    text and parses it back to `dob`); `as_written` is the span that names the child when the full name is not
    written in one piece ("triplets Ama, Abena and Akosua Mensah-Boateng")."""
    assert (dob is None) == (written is None), name
    return {"name": name, "dob": dob, "_w": written, "_as": as_written}

def add(fname, data, authority, mailbox, when, delay_min, category, kind, urgent, level, case_ids,
        children, concerns, consent, manager_agreed, missing, notice_ok, next_action, why,
        have=(), meeting=None, not_children=(), adults=(), ref=None):
    """Record one file. `have` lists the requirement ids the mail meets (the check recomputes `missing` from them);
    `meeting` is the date the Knowsley notice is counted to; `not_children` are people named in the text who must
    never be labelled (parents, adults); `adults` are (name, DOB as written) of people who must be 18 or over."""
    assert fname not in FILES, fname
    FILES[fname] = data
    now = dt(when) + timedelta(minutes=delay_min)
    kids = [{"name": c["name"], "dob": c["dob"]} for c in children]
    LABELS.append({"file": fname, "authority": authority, "mailbox": mailbox, "now": now.isoformat(),
                   "expect": {"kind": kind, "urgent": urgent, "level": level, "case_ids": case_ids,
                              "children": kids, "concerns": concerns, "consent": consent,
                              "manager_agreed": manager_agreed, "missing": missing,
                              "notice_ok": notice_ok, "next_action": next_action},
                   "why": why})
    CATS[fname] = category
    META[fname] = {"when": when, "meeting": meeting, "children": children, "not_children": list(not_children),
                   "adults": list(adults), "have": set(have), "ref": ref}


# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def appendix1(rows):
    """Knowsley Appendix 1 (FF Step Up request to CSC) as .docx paragraphs: question then answer."""
    out = ["# FF Step Up request to CSC"]
    for q, a in rows:
        out += [q, a]
    return out

def knowsley_01():
    f = "knowsley_01.eml"; when = "2052-01-17 10:12:44"
    body = T("""
Hi all,

Please find attached the step up request for the Brennan-Hughes / Moss family, with the Teams invitation for the step up TAF meeting on Wednesday 24th January 2052 at 10:00 (a Wednesday, as the guidance asks). MASH business support are copied in for the minutes and I have invited the current TAF members (nursery, school, health visitor).

Case ID on EHM: EHM-63518

The four children all live with mum, Chelsea Brennan, at 9 Lordens Walk, Kirkby L32 9ZT:

Name                    DOB          School / setting
Tianna Moss             03/06/2039   Year 8, Kirkby Brookfield Academy
Alfie Brennan-Hughes    21/08/2048   Little Steps Nursery (mornings)
Archie Brennan-Hughes   21/08/2048   Little Steps Nursery (mornings)
Amelia Brennan-Hughes   21/08/2048   at home - on the Little Steps waiting list

Alfie, Archie and Amelia are triplets. Tianna's dad (Jordan Moss) has no contact; the triplets' dad, Dean Hughes, visits on Sundays.

Why we are stepping up: after seven months at Level 3 the triplets' care has not improved. The GCP2 (attached, completed 12/01/2052 with mum) scores 4 for physical care and 4 for health for all three; the triplets have missed their 2-year checks twice, Amelia is under the 2nd centile for weight, and the flat is cold and damp with no working heating in the children's room. Tianna is doing most of the night feeds and the nursery run, has been late 19 times this term and her attendance is 86%.

Attached:
- FF Step Up request to CSC - Brennan-Hughes Moss.docx (Appendix 1)
- GCP2 Brennan-Hughes triplets 12.01.2052.pdf
- TAF minutes 10.01.2052 Brennan-Hughes Moss.pdf

My team manager, Bernadette Kavanagh, discussed the step up with me in supervision on 15/01/2052 and agreed it. Mum is aware of the step up and is invited to the meeting.

Thanks,
Shannon

Shannon Devlin
Family First Case Manager | Family First 0-18 (Kirkby) | Knowsley Council
0151 496 0733

""") + KDISC
    cal = ics("REQUEST", f, dt(when), "20520124T100000", "20520124T113000",
              "Step up TAF meeting - Brennan-Hughes / Moss - EHM-63518", "Microsoft Teams Meeting",
              "Step up TAF meeting for the Brennan-Hughes / Moss children (EHM-63518). Chair: MASH social worker. "
              "Minutes: MASH business support.\n\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room "
              "device\nMeeting ID: 351 227 904 118\nPasscode: Kx7Qb2", ("Shannon Devlin", "Shannon.Devlin@" + KDOM),
              [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH Business Support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    form = docx_att("FF Step Up request to CSC - Brennan-Hughes Moss.docx", appendix1([
        ("Case ID on EHM:", "EHM-63518"),
        ("Has this family recently closed to Children's Social Care?:", "No. Open to Family First at Level 3 since June 2051."),
        ("Date of step up TAF meeting:", "Wednesday 24/01/2052, 10:00, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium - mum attends most TAF meetings but appointments for the triplets are missed."),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 10/01/2052"),
        ("What are we worried about? Current Concerns (Impact on child):",
         "Triplets Alfie, Archie and Amelia Brennan-Hughes (21/08/2048): missed health checks, Amelia's weight, cold "
         "damp bedroom. Tianna Moss (03/06/2039): night feeds, lateness, attendance 86%."),
        ("Past Harm:", "None known."),
        ("Complicating Factors:", "Mum's low income and debt; dad's visits only at weekends."),
        ("What is working well? Existing Strengths:", "Mum is warm with the children; nursery attendance is good."),
        ("What next? Goals / Next Steps:", "C&F assessment; health review of the triplets; support for Tianna."),
        ("Graded Care profile (If neglect should be completed):", "Yes - GCP2 completed 12/01/2052, attached."),
        ("Agreement by line manager:", "Agreed - Bernadette Kavanagh, Team Manager, 15/01/2052"),
        ("Contingency plan (Smart and timely):", "If the step up is not agreed, TAF review within 4 weeks."),
    ]))
    gcp2 = pdf_att("GCP2 Brennan-Hughes triplets 12.01.2052.pdf", "Graded Care Profile 2 (GCP2) - summary of scores", [
        "Family: Brennan-Hughes (EHM-63518). Completed with mum on 12/01/2052 by Shannon Devlin.",
        "Children: Alfie, Archie and Amelia Brennan-Hughes (triplets, 21/08/2048).",
        "Area 1 Physical care: 4", "Area 2 Safety: 3", "Area 3 Love and care: 2", "Area 4 Stimulation: 3",
        "Health: 4 (2-year checks missed twice; immunisations overdue)",
        "Summary: care of the triplets is below the level needed in physical care and health."])
    minutes = pdf_att("TAF minutes 10.01.2052 Brennan-Hughes Moss.pdf", "Team Around the Family meeting - minutes", [
        "Date: 10/01/2052, Kirkby Family Hub. Chair: Shannon Devlin (Family First).",
        "Present: Chelsea Brennan (mum), Little Steps Nursery, Kirkby Brookfield Academy, health visitor.",
        "Actions from the last TAF not completed: heating repair, 2-year checks, nursery place for Amelia.",
        "Agreed: case manager to discuss a step up to Children's Social Care with her team manager."])
    top = outlook_top(f, addr("Devlin, Shannon", "Shannon.Devlin@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up TAF meeting - Brennan-Hughes / Moss - EHM-63518", when,
                      cc=addr("MASH Business Support", KBS),
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    add(f, itip_request_mail(f, top, body, cal, [form, gcp2, minutes]), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-63518"],
        [ch("Tianna Moss", "2039-06-03", "03/06/2039"), ch("Alfie Brennan-Hughes", "2048-08-21", "21/08/2048"),
         ch("Archie Brennan-Hughes", "2048-08-21", "21/08/2048"), ch("Amelia Brennan-Hughes", "2048-08-21", "21/08/2048")],
        ["neglect", "school_attendance", "young_carer"], None, True, [], True, "book_meeting",
        "Complete Knowsley step-up sent as the case manager's Teams invitation (iTIP REQUEST) to the MASH inbox with "
        "MASH business support copied: Appendix 1 form, GCP2 for neglect and TAF minutes attached, EHM-63518, team "
        "manager's agreement stated. Four children in a spaced plain-text table: triplets sharing one DOB and an "
        "older half-sister with another surname (no DOB shared across the half-sibling). Wed 17 Jan -> Wed 24 Jan "
        "10:00 is exactly 5 working days -> notice ok. 'Mum is aware' is not consent (null). Concerns: neglect, "
        "Tianna doing night feeds (young_carer) and her 86% attendance (school_attendance). The Teams 'Meeting ID' "
        "is not a case id.",
        have={"children", "step_up_form", "case_id", "manager_agreed", "taf_minutes", "meeting_details", "gcp2"},
        meeting=date(2052, 1, 24), not_children=["Chelsea Brennan", "Jordan Moss", "Dean Hughes", "Shannon Devlin"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2052-02-01 15:40:09"
    body = T("""
Hi Family First duty,

I'm writing to let you know of our intention to step down the Roughley twins to a Level 2 Early Help service. The final CIN meeting is booked, so you have nearly a week's notice:

Final CIN meeting: Wednesday 7th February 2052, 10:00
Venue: St Aidan's CE Primary School, Meeting Room 2, Hollies Road, Halewood L26 9ZR

Children (twins, both DOB 09/11/2041):
Kayla Roughley - ICS-2417730 - Year 6, St Aidan's CE Primary
Kenzie Roughley - ICS-2417731 - Year 6, Millbrook Park School (specialist provision, EHCP)

The girls are twins but have been at different schools since Year 2, when Kenzie (autism, severe learning difficulty) moved to Millbrook Park.

Lead Practitioner: Mrs Joanne Threlfall, Family Support Worker at St Aidan's CE Primary, has agreed to take on the Lead Practitioner role for both girls. Millbrook Park's family liaison officer will be part of the TAF.

What are we worried about?
Mum's (Lisa Roughley's) low mood - she is on the waiting list for talking therapy. Kenzie's attendance at Millbrook Park has dropped to 81% since her transport changed in January, and mum struggles to get both girls to two schools four miles apart.

What is working well?
Mum has kept every CIN visit, dad (Paul Roughley) now does the Thursday and Friday school runs, and Kayla is doing well at St Aidan's (attendance 97%). Both schools say the girls are well cared for.

What needs to happen?
Transport for Kenzie to be sorted through the SEN team; mum to be supported to start talking therapy; a TAF led by Mrs Threlfall with both schools, first review in 6 weeks.

Mum has consented to the step down and to the TAF.

Kind regards,
Ryan

Ryan Okonkwo-Platt
Social Worker | CIN Team 2 (Halewood & Huyton) | Knowsley Children's Social Care
0151 496 0562

""") + KDISC
    top = outlook_top(f, addr("Okonkwo-Platt, Ryan", "Ryan.Okonkwo-Platt@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Level 2 - Roughley twins - final CIN Weds 7th Feb", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 2, ["ICS-2417730", "ICS-2417731"],
        [ch("Kayla Roughley", "2041-11-09", "09/11/2041"), ch("Kenzie Roughley", "2041-11-09", "09/11/2041")],
        ["disability_send", "parental_mental_health", "school_attendance"], True, None, [], False, "request_info",
        "Knowsley Level 2 step-down for twins at two different schools: date, time and venue, all three Signs of "
        "Safety headings and a named Lead Practitioner with her agency -> nothing missing. One DOB written once for "
        "both twins, one ICS id each. NOTICE, DECISIVE ACROSS A WEEKEND: from Thu 1 Feb the meeting on Wed 7 Feb is "
        "'nearly a week' (6 calendar days) but only 4 working days (2, 5, 6, 7 Feb) < 5 -> notice not ok -> "
        "request_info. Consent stated (true, though level 2 does not require it). Kayla's 97% attendance is not a "
        "concern; Kenzie's 81% is.",
        have={"children", "meeting_details", "worries_strengths_next", "lead_practitioner"},
        meeting=date(2052, 2, 7), not_children=["Lisa Roughley", "Paul Roughley", "Joanne Threlfall"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2052-02-05 11:02:31"
    dsl = T("""
Kirsty,

Jayden Carr (Year 9) came to find me at break this morning. I wrote down what he said straight after, in his words:

"Craig whacked Lola with his belt last night because she wet the bed. She was screaming. He said if she tells anyone he'll do it again and worse. She's got marks all up the back of her legs, I saw them this morning when I was getting her dressed."

Jayden does not want to go home tonight. He says Craig will be there when Lola gets home and that Reggie is at home with Craig all day. I have rung Park View's DSL so someone can look at Lola's legs; I haven't rung mum because Jayden begged me not to.

Lee Ferriday
Designated Safeguarding Lead | Lord Derby Academy
0151 496 0875
""")
    body = T("""
Hi MASH,

Please see below from Lee Ferriday (DSL at Lord Derby Academy), which came in at 10.40. I am still sending the step up as planned - the form and TAF minutes are attached and the Teams invite for Wednesday 14th February at 1.30pm follows from my calendar - but please read Lee's email first.

Lola-Mae is at Park View Primary today and home time is 3.15pm. Craig Pownall (mum's partner, Reggie's dad) usually collects her, and Reggie is at home with him now. Mum (Sharon Carr) works at the Prescot care home until 8pm. I have rung the house twice and nobody answers.

Case ID on EHM: EHM-64107

Children:
Jayden Carr - 14/04/2038 - Lord Derby Academy, Year 9
Lola-Mae Carr - 30/09/2045 - Park View Primary, Year 2
Reggie Pownall - 11/04/2050 - at home

Step up TAF meeting: Wednesday 14/02/2052 at 13:30 (Teams)

The step up was agreed by my team manager, Paula Rimmer, on Friday (2nd February), because of the domestic abuse call-outs since October and mum cancelling five of my last seven visits (Engaging Families toolkit completed - see the form).

Kirsty

Kirsty Ashworth
Family First Case Manager | Family First 0-18 (Huyton) | Knowsley Council
0151 496 0391
""") + quote_block("Ferriday, Lee <l.ferriday@lordderby.example>", "05 February 2052 10:40",
                    "Ashworth, Kirsty <Kirsty.Ashworth@knowsley.gov.uk>", "Jayden - this morning", dsl) + "\n" + KDISC
    form = docx_att("FF Step Up request - Carr Pownall - EHM-64107.docx", appendix1([
        ("Case ID on EHM:", "EHM-64107"),
        ("Has this family recently closed to Children's Social Care?:", "No."),
        ("Date of step up TAF meeting:", "Wednesday 14/02/2052 at 13:30, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Low. Engaging Families Toolkit completed 22/01/2052: five of seven planned visits cancelled by mum, two "
         "TAF meetings missed; tried evening visits, texts, a joint visit with the school and a letter - no change."),
        ("Recent TAF meeting minutes attached:", "Yes - 19/01/2052"),
        ("What are we worried about? Current Concerns (Impact on child):",
         "Three police call-outs for domestic abuse between mum and Craig Pownall since October 2051 with the "
         "children in the house. Jayden Carr (14/04/2038) is withdrawn at school; Lola-Mae Carr (30/09/2045) is "
         "wetting the bed again; Reggie Pownall (11/04/2050) is clingy and unsettled."),
        ("Past Harm:", "Police call-outs 14/10/2051, 02/12/2051, 06/01/2052."),
        ("Complicating Factors:", "Mum works long shifts; Craig Pownall is at home with Reggie during the day."),
        ("What is working well? Existing Strengths:", "Jayden is close to his sister and looks after her; school attendance is good."),
        ("What next? Goals / Next Steps:", "C&F assessment; DA support for mum."),
        ("Up to date police information if applicable:", "Three call-outs as above; no charges."),
        ("Agreement by line manager:", "Agreed - Paula Rimmer, Team Manager, 02/02/2052"),
        ("Contingency plan (Smart and timely):", "TAF every 2 weeks until the step up meeting."),
    ]))
    minutes = pdf_att("TAF minutes 19.01.2052 Carr Pownall.pdf", "Team Around the Family meeting - minutes", [
        "Date: 19/01/2052. Chair: Kirsty Ashworth (Family First). Mum did not attend.",
        "Present: Lord Derby Academy, Park View Primary, health visitor, Family First.",
        "School: Jayden quiet and tired; Park View: Lola-Mae bed-wetting again, tired in class.",
        "Health visitor: Reggie's development on track; mum very tired.",
        "Agreed: Family First to discuss a step up with the team manager."])
    top = outlook_top(f, addr("Ashworth, Kirsty", "Kirsty.Ashworth@" + KDOM), addr("Knowsley MASH", KMASH),
                      "FW: Jayden - this morning / Step up - Carr & Pownall children - EHM-64107", when,
                      cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, minutes], html_alt=True), "knowsley", "mash_step_up", when, 6,
        "urgent", "step_up", True, None, ["EHM-64107"],
        [ch("Jayden Carr", "2038-04-14", "14/04/2038"), ch("Lola-Mae Carr", "2045-09-30", "30/09/2045"),
         ch("Reggie Pownall", "2050-04-11", "11/04/2050")],
        ["domestic_abuse", "non_engagement", "physical_harm"], None, True, [], True, "alert_duty",
        "URGENT IN A FORWARDED PART (a sibling's disclosure about another): the school DSL's note, forwarded under "
        "the case manager's covering text, quotes 14-year-old Jayden: his stepdad 'whacked Lola with his belt last "
        "night', marks on her legs, threatened 'worse'; the man collects the 6-year-old at 3.15 today and has the "
        "toddler at home now -> physical harm plus the harmer's access today -> alert_duty. No alarm word anywhere. "
        "The step-up itself is complete (form with the Engaging Families toolkit for non-engagement, TAF minutes, "
        "EHM id, TM agreed; Mon 5 Feb -> Wed 14 Feb = 7 WD, notice ok).",
        have={"children", "step_up_form", "case_id", "manager_agreed", "taf_minutes", "meeting_details",
              "engaging_families"},
        meeting=date(2052, 2, 14), not_children=["Craig Pownall", "Sharon Carr", "Lee Ferriday", "Paula Rimmer"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2052-02-26 09:47:52"
    body = T("""
Good morning,

I'm probably overthinking this and I really don't want to get mum into trouble, so please tell me if this isn't one for you.

Precious rang our school office at 8.20 this morning to say none of her brothers and sisters would be in today. When I asked why, she said mum "went out Friday night and hasn't come back yet" and that she has been looking after all of them since then. She said the baby, Ezra, "is really hot and floppy and won't take his bottle", and that there's no food left except dry cereal because the milk ran out yesterday. She didn't know where mum is. At the end she said "please don't send anyone, I can manage, I just need to know if Calpol is OK for babies".

I have tried mum's mobile four times since and it goes straight to voicemail. The only other contact we hold is an aunt in Leeds, who hasn't heard from mum since Christmas.

The children in the house, from our records and what Precious told me:

Precious Adeyemi    17/07/2039   Year 8, Halewood Academy
Jordan Walsh        05/02/2043   Year 4, Cherryfield Primary (twin)
Ruby Walsh          05/02/2043   Year 4, Cherryfield Primary (twin)
Zion Walsh          14/10/2047   Nursery, Cherryfield Primary
Ezra Walsh          not known - about 8 months old, not one of ours

Address: 22 Sandfield Grove, Halewood L26 9ZP. Mum is Joy Walsh.

Sorry if this is the wrong inbox. I'm at my desk until 3.30.

Dawn Melling
Attendance and Welfare Officer
Cherryfield Primary and Nursery School
0151 496 0128
""")
    top = plain_top(f, addr("Dawn Melling", "d.melling@cherryfield.example"), addr("Knowsley MASH", KMASH),
                    "Walsh / Adeyemi children - not sure if this one is for you", when, "cherryfield.example",
                    "Mozilla Thunderbird 136.0")
    add(f, mail(f, top, body, crlf=False, cte="7bit"), "knowsley", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Precious Adeyemi", "2039-07-17", "17/07/2039"), ch("Jordan Walsh", "2043-02-05", "05/02/2043"),
         ch("Ruby Walsh", "2043-02-05", "05/02/2043"), ch("Zion Walsh", "2047-10-14", "14/10/2047"),
         ch("Ezra Walsh")],
        ["neglect", "young_carer"], None, None, [], None, "alert_duty",
        "URGENT, HEDGED ('I'm probably overthinking this'), OLDER SIBLING CARING FOR YOUNGER ONES: a 12-year-old has "
        "been alone in charge of four younger siblings since Friday night, mother unreachable, the 8-month-old 'hot "
        "and floppy and won't take his bottle', no food -> children without a carer now -> alert_duty. A school "
        "attendance officer's report, not a step request -> other. Five children in a spaced list; the baby has "
        "no DOB ('not known') -> dob null; half-siblings with two surnames. No alarm word anywhere.",
        not_children=["Joy Walsh", "Dawn Melling"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2052-03-08 13:25:17"
    text = T("""
Hi Family First duty team,

Step down at Level 3 for the Hesketh / Lyon family, ICS-2398145. The joint home visit is booked for Friday 15th March 2052 at 10am at the family home, 27 Tarbock Walk, Huyton L36 9ZQ, with mum. Please could a Family First case manager come with me.

The children:
Callum Lyon, 22.12.2036 (15) - Knowsley Park Centre for Learning
Maddison Hesketh, 19.05.2040 (11) - St Anne's Primary
Bonnie Hesketh, 01.03.2046 (6) - St Anne's Primary

You may see on ICS that in September 2050 Maddison told her teacher that Callum had hurt her. That was investigated under s47 at the time (Callum was 13): it was a fight over a games console, it was not repeated, and it closed with no further action. There have been no incidents between the children since; Callum walks Bonnie to school and the school describe him as a protective big brother. There are no current concerns about harm between the children.

What are we worried about?
Mum's (Gemma Hesketh's) anxiety, which stops her leaving the house some days. Callum's attendance is 88% and he has been late most Mondays.

What is working well?
Mum is on medication from her GP and has started an online course with the wellbeing service. Callum's dad, Wayne Lyon, has Callum every other weekend and they are close. The girls are settled at St Anne's.

What needs to happen?
A Family First case manager to lead a TAF with both schools; support for mum to get out of the house (the Huyton parents' group); a plan with Callum and school for Monday mornings.

Mum and Wayne both consented to the step down at the CIN review on 6th March.

Naomi

Naomi Fairhurst
Social Worker, Child in Need Team (North) | Knowsley Council
0151 496 0219
Sent from my iPad
""")
    top = plain_top(f, addr("Fairhurst, Naomi", "Naomi.Fairhurst@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "Step down L3 - Hesketh/Lyon family - joint home visit Fri 15th March 10am", when, KDOM, "iPad Mail (23C71)")
    add(f, iphone_mail(f, top, text), "knowsley", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 3, ["ICS-2398145"],
        [ch("Callum Lyon", "2036-12-22", "22.12.2036"), ch("Maddison Hesketh", "2040-05-19", "19.05.2040"),
         ch("Bonnie Hesketh", "2046-03-01", "01.03.2046")],
        ["parental_mental_health", "school_attendance"], True, None, [], True, "book_meeting",
        "NEAR MISS (historic, investigated, negated): a sister's 2050 disclosure that her brother hurt her, "
        "investigated under s47 and closed NFA, 'no current concerns about harm between the children' -> not urgent "
        "and not a physical_harm concern. Complete Level 3 step-down (iPad, format=flowed): joint home visit with "
        "date, time and the home address, all three headings, consent from mum and Callum's dad. DOBs written "
        "dd.mm.yyyy; half-siblings with two surnames. Fri 8 Mar -> Fri 15 Mar is exactly 5 WD -> notice ok.",
        have={"children", "meeting_details", "worries_strengths_next", "consent"},
        meeting=date(2052, 3, 15), not_children=["Gemma Hesketh", "Wayne Lyon", "Naomi Fairhurst"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2052-04-02 00:18:36"
    rows = [("Saoirse Gallagher", "11/01/2037", "Year 10, Knowsley Park Centre for Learning", "Mum"),
            ("Cian Gallagher", "11/01/2037", "Year 10, Knowsley Park Centre for Learning", "Maternal grandmother, Whiston (since Nov 2051)"),
            ("Tobi Okoro", "25/03/2044", "Year 3, St Columba's Catholic Primary", "Mum"),
            ("Ada Okoro", "08/12/2049", "Little Acorns Nursery", "Mum")]
    trs = "".join("<tr>" + "".join('<td style="border:1px solid #999;padding:3px 6px">%s</td>' % html.escape(c)
                                   for c in r) + "</tr>\n" for r in rows)
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p{margin:0;font-family:Calibri,sans-serif;font-size:11pt}td,th{font-family:Calibri,sans-serif;font-size:10.5pt}</style></head>
<body lang="EN-GB">
<p>Hi Family First duty,</p><p>&nbsp;</p>
<p>Apologies for the late-night email - I wanted this in before the Easter fortnight.</p><p>&nbsp;</p>
<p>This is a <b>step down to Family First at Level 3</b> for the Gallagher / Okoro sibling group, ICS-2440091. The <b>final CIN meeting is on Monday 8th April 2052 at 2pm at Prescot Family Hub, Room 3</b>, Warrington Road, Prescot L34 9ZE. Please could a Family First case manager attend.</p><p>&nbsp;</p>
<table style="border-collapse:collapse">
<tr><th style="border:1px solid #999;padding:3px 6px;background:#DDEBF7">Child</th><th style="border:1px solid #999;padding:3px 6px;background:#DDEBF7">DOB</th><th style="border:1px solid #999;padding:3px 6px;background:#DDEBF7">School / setting</th><th style="border:1px solid #999;padding:3px 6px;background:#DDEBF7">Lives with</th></tr>
@@TRS@@</table><p>&nbsp;</p>
<p>Saoirse and Cian are twins. Cian moved to his nan's in November by agreement with mum, after arguments at home; he sees his brother and sisters most days after school.</p><p>&nbsp;</p>
<p><b>What are we worried about?</b><br>That mum returns to drinking when under stress - she has been sober for four months with the Knowsley Recovery Hub. Cian's attendance is 83% since the move, because the bus from Whiston is unreliable.</p><p>&nbsp;</p>
<p><b>What is working well?</b><br>Mum has kept every Recovery Hub appointment and her tests are clear. Nan is a steady presence for all four children. Tobi and Ada are thriving at school and nursery.</p><p>&nbsp;</p>
<p><b>What needs to happen?</b><br>A Family First case manager to lead the TAF; a travel plan for Cian with school; mum to continue with the Recovery Hub and join the family group on Thursdays.</p><p>&nbsp;</p>
<p>Mum has consented to the step down to Family First, and nan agrees with the plan for Cian.</p><p>&nbsp;</p>
<p>Thanks,<br>Sian</p><p>&nbsp;</p>
<p>Sian Mercer<br>Senior Social Worker | Children in Need Team (South) | Knowsley Council<br>0151 496 0647</p>
<p style="font-size:8pt;color:#777">This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please tell the sender and delete it. Knowsley Council may monitor email traffic to and from its systems.</p>
</body></html>
""").replace("@@TRS@@", trs)
    top = outlook_top(f, addr("Mercer, Sian", "Sian.Mercer@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down Level 3 - Gallagher/Okoro sibling group (4) - final CIN Mon 8th April 2pm", when)
    add(f, html_only(f, top, h), "knowsley", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 3, ["ICS-2440091"],
        [ch("Saoirse Gallagher", "2037-01-11", "11/01/2037"), ch("Cian Gallagher", "2037-01-11", "11/01/2037"),
         ch("Tobi Okoro", "2044-03-25", "25/03/2044"), ch("Ada Okoro", "2049-12-08", "08/12/2049")],
        ["school_attendance", "substance_misuse"], True, None, [], False, "request_info",
        "HTML-only Level 3 step-down for four half-siblings in a table (twins split between mum and their "
        "grandmother): meeting date, time and venue, all three headings, consent -> nothing missing. NOTICE ACROSS "
        "THE CLOCK CHANGE AND MIDNIGHT, DECISIVE: sent Tue 2 April at 00:18 BST (+0100), which is still Mon 1 April "
        "in UTC. 'Today' is the Europe/London date, Tue 2 April, so Mon 8 April is 4 working days (3, 4, 5, 8) < 5 "
        "-> notice not ok -> request_info (counting from the UTC date would give 5). Concerns: mum's drinking "
        "(the worry is a return to it) and Cian's 83% attendance.",
        have={"children", "meeting_details", "worries_strengths_next", "consent"},
        meeting=date(2052, 4, 8), not_children=["Sian Mercer"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2052-04-04 14:05:40"
    body = T("""
Hi MASH,

Step up request for Tyrese Bolton, one of the Bolton twins (EHM-65230). The step up TAF meeting is on Wednesday 24th April 2052 at 10am on Teams - after the Easter bank holidays, as most of the TAF are on leave the week before. I will send the Teams invite to you and MASH business support on Monday.

The children (all live with mum, Kerry Bolton, in Stockbridge Village):
Tyrese Bolton - DOB 30/01/2037 - the subject of the step up
Tia Bolton - DOB 30/01/2037 - Tyrese's twin sister
Marley Bolton - DOB 16/07/2042

Tyrese has been reported missing four times since February, twice found in Warrington with older males, and was stopped on 28th March with £340 and two phones. Tia is doing well and is not part of the concerns, though she is very worried about her brother. The Merseyside Exploitation Assessment (completed 25/03/2052) is attached with the step up form and the last TAF minutes.

Mum agrees with the step up.

Manager agreement: I've sent all of this to my team manager, Andrea Leigh. She is on leave today and we're going to discuss it when she's back on Tuesday - I wanted you to have the date in good time before Easter.

Thanks,
Danny

Danny Whitfield
Family First Case Manager (Adolescents) | Knowsley Council
0151 496 0904

""") + KDISC
    form = docx_att("FF Step Up request - Tyrese Bolton.docx", appendix1([
        ("Case ID on EHM:", "EHM-65230"),
        ("Date of step up TAF meeting:", "24/04/2052 10:00 (Teams)"),
        ("Level of Engagement:", "High - mum and Tyrese attend TAF meetings."),
        ("Recent TAF meeting minutes attached:", "Yes - 27/03/2052"),
        ("What are we worried about?", "Tyrese Bolton (30/01/2037): four missing episodes since February 2052, found "
         "with older males in Warrington, cash and phones on 28/03/2052."),
        ("What is working well?", "Mum reports every missing episode; Tyrese talks to his youth worker."),
        ("What next?", "C&F assessment; strategy with police; NRM consideration."),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "Completed 25/03/2052 - attached."),
        ("Agreement by line manager:", "To be discussed with Andrea Leigh (TM) on 09/04/2052."),
    ]))
    mea = pdf_att("Merseyside Exploitation Assessment - T Bolton 25.03.2052.pdf", "Merseyside Exploitation Assessment", [
        "Young person: Tyrese Bolton, DOB 30/01/2037. Completed 25/03/2052 by Danny Whitfield (Family First).",
        "Indicators: missing episodes (4), unexplained money and phones, older associates, travel out of area.",
        "Outcome: significant child criminal exploitation indicators. Refer for step up and strategy discussion."])
    minutes = docx_att("TAF minutes 27.03.2052 Bolton.docx", [
        "# TAF meeting minutes - Bolton family - 27/03/2052",
        "Present: Kerry Bolton (mum), Tyrese, Kirkby youth service, All Saints High School, Family First.",
        "Tyrese missing again on 23/03/2052; returned by police the next morning.",
        "Agreed: Family First to complete the Merseyside Exploitation Assessment and discuss a step up."])
    top = outlook_top(f, addr("Whitfield, Danny", "Danny.Whitfield@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Tyrese Bolton (twin) - EHM-65230 - TAF Wed 24th April 10am", when,
                      cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, mea, minutes], html_alt=True), "knowsley", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["EHM-65230"],
        [ch("Tyrese Bolton", "2037-01-30", "30/01/2037"), ch("Tia Bolton", "2037-01-30", "30/01/2037"),
         ch("Marley Bolton", "2042-07-16", "16/07/2042")],
        ["exploitation", "missing"], True, None, ["manager_agreed"], True, "request_info",
        "Step-up for ONE twin of three named children (all three labelled, each with a DOB; the twins share one). "
        "Form, TAF minutes and the Merseyside Exploitation Assessment (for exploitation) are attached; EHM id and "
        "meeting given. The team manager has NOT yet agreed ('we're going to discuss it when she's back') -> "
        "manager_agreed null -> missing manager_agreed -> request_info. Mum agrees -> consent true (not required "
        "here). NOTICE ACROSS EASTER: Thu 4 Apr -> Wed 24 Apr is 12 working days with Good Friday 19 and Easter "
        "Monday 22 April excluded (14 plain weekdays) -> ok either way.",
        have={"children", "step_up_form", "case_id", "taf_minutes", "meeting_details", "exploitation_assessment"},
        meeting=date(2052, 4, 24), not_children=["Kerry Bolton", "Andrea Leigh", "Danny Whitfield"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2052-01-23 07:30:02"
    text = T("""
KNOWSLEY SAFEGUARDING CHILDREN PARTNERSHIP
7 Minute Briefing - January 2052
BROTHERS AND SISTERS: SIBLING GROUPS, YOUNG CARERS AND WHAT SIBLINGS TELL US

1. Why siblings? Nearly half of the children on a plan in Knowsley have a brother or sister on the same plan. Risks to one child are often risks to all, but siblings experience the same home very differently.

2. Older siblings as carers. Practitioners should ask who does the caring. Example from a national review: "a 12-year-old left in charge of four younger brothers and sisters over a weekend, who told school 'mum's not been back since Friday' and asked whether Calpol was OK for a baby". In that review the school rang the MASH straight away - that is what we would expect.

3. A sibling's disclosure about another child. Example: "a 14-year-old tells a teacher his stepdad hit his sister with a belt last night". Treat what a brother or sister tells you as a disclosure in its own right and act on it the same day.

4. Twins and multiple births. Multiple births bring exhaustion, money worries and, sometimes, one child treated differently from the others. The Graded Care Profile 2 should be completed for each child, not once for the family.

5. Split sibling groups. Where children live in different homes, the plan must say who sees each child and how often.

6. Step up and step down. When stepping a sibling group up or down, name every child and give each child's date of birth and case number.

7. What to do. If a child is at immediate risk, call the MASH or 999. These examples are composites drawn from reviews and training; they are not about any Knowsley family and must not be referred.

Book the twilight session "Seeing every sibling" (Wed 7 February, 3.30-5pm, Huyton Suite) on the KSCP learning hub.

You are receiving this because you are subscribed to KSCP briefings. Unsubscribe: https://briefings.knowsleyscp.example/unsubscribe
""")
    hb = "<html><body style=\"font-family:Arial,sans-serif;font-size:10.5pt\">" + "".join(
        "<p>%s</p>" % html.escape(p).replace("\n", "<br>") for p in text.split("\n\n")) + "</body></html>"
    top = [("From", addr("KSCP Briefings", "briefings@knowsleyscp.example")), ("To", addr("Knowsley MASH", KMASH)),
           ("Subject", "7 Minute Briefing: brothers and sisters - sibling groups, young carers and what siblings tell us"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "briefings.knowsleyscp.example")),
           ("List-Id", "KSCP practitioner briefings <briefings.knowsleyscp.example>"),
           ("List-Unsubscribe", "<https://briefings.knowsleyscp.example/unsubscribe>"), ("Precedence", "bulk")]
    add(f, alt_mail(f, top, text, hb), "knowsley", "mash_step_up", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS (a bulletin that lists examples, List-Id/Precedence bulk, no Auto-Submitted): a partnership 7-minute "
        "briefing on sibling groups whose example scenarios echo this set's urgent mails (a 12-year-old left in charge "
        "over a weekend; a boy's disclosure of a belt) but are 'composites ... not about any Knowsley family' -> not "
        "urgent, no children, no concerns; not a request -> other, human_review.")

# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
REH = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2052-01-09 11:34:20"
    table = [["Name", "DOB", "Mosaic ID", "School / setting", "Lives with"],
             ["Oliwia Nowicka", "04/10/2036", "3104421", "Year 10, Burntwood Vale School", "Mum"],
             ["Jakub Nowicki", "30/11/2040", "3104422", "Year 6, Tooting Bec Primary", "Paternal grandmother (Tooting)"],
             ["Filip Nowicki", "19/03/2043", "3104423", "Year 3, Earlsfield Vale Primary", "Mum (twin of Zofia)"],
             ["Zofia Nowicka", "19/03/2043", "3104424", "Year 3, Earlsfield Vale Primary", "Mum (twin of Filip)"],
             ["Kai Ellis-Grant", "02/09/2047", "3104425", "Reception, Earlsfield Vale Primary", "Mum"],
             ["Nia Ellis-Grant", "27/05/2050", "3104426", "Not in a setting", "Mum"]]
    blocks = ["Dear MASH colleagues,", "",
              "Following a reflective discussion with Hannah Osei (Early Help Practitioner) on Friday, I agree that the "
              "Nowicka / Ellis-Grant family should step up to Children's Services and I am sending the latest case "
              "summary (attached) and our rationale below. Please could MASH business support send the case "
              "discussion invitation to me and Hannah.", "",
              ("h", "The children"),
              "Six brothers and sisters with three surnames and two households. Mum is Agnieszka Nowicka; the younger "
              "two are Dwayne Ellis-Grant's children. Jakub has lived with his paternal grandmother since 2050.", "",
              ("table", table), "",
              ("h", "Rationale for step up"),
              "1. Domestic abuse: police were called to mum's flat on 21 December and 2 January; Mr Ellis-Grant "
              "was arrested on 2 January and released on bail with a condition not to attend the flat. Mum has "
              "declined the IDVA twice.",
              "2. Neglect: home conditions have deteriorated since the autumn (no food on two visits, the twins sharing "
              "a mattress on the floor, Nia's immunisations not done).",
              "3. Oliwia (15) is caring for Kai and Nia most evenings and her attendance has fallen to 71%.",
              "4. Six months of Early Help (TAF every four weeks) has not brought change.", "",
              "Ms Nowicka has been told about the step up. She disagrees with it and has said so clearly; she knows "
              "she can bring her views to the case discussion.", "",
              "Kind regards,", "",
              "Marcus Delaney-Shaw",
              "Early Help Team Manager | Wandsworth North Locality | Richmond and Wandsworth Councils",
              "020 7946 0588", "", RDISC.strip()]
    summary = docx_att("Case summary - Nowicka Ellis-Grant sibling group - Jan 2052.docx", [
        "# Early Help case summary - Nowicka / Ellis-Grant sibling group",
        "Open to Early Help since July 2051 (lead practitioner Hannah Osei).",
        "Children: Oliwia Nowicka, Jakub Nowicki, Filip Nowicki, Zofia Nowicka, Kai Ellis-Grant, Nia Ellis-Grant.",
        "Presenting needs: home conditions, domestic abuse between mum and Mr Ellis-Grant, Oliwia's caring role.",
        "Work done: seven TAF meetings, parenting support, housing referral, school attendance plan.",
        "Outcome: no sustained change; worries increasing since December 2051."])
    top = outlook_top(f, addr("Delaney-Shaw, Marcus", "Marcus.Delaney-Shaw@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Nowicka / Ellis-Grant sibling group (6) - case summary and rationale", when,
                      cc=addr("Osei, Hannah", "Hannah.Osei@" + RDOM))
    add(f, word_mail(f, top, blocks, [summary]), "richmond_wandsworth", "mash_step_up", when, 7,
        "ordinary", "step_up", False, None, ["3104421", "3104422", "3104423", "3104424", "3104425", "3104426"],
        [ch("Oliwia Nowicka", "2036-10-04", "04/10/2036"), ch("Jakub Nowicki", "2040-11-30", "30/11/2040"),
         ch("Filip Nowicki", "2043-03-19", "19/03/2043"), ch("Zofia Nowicka", "2043-03-19", "19/03/2043"),
         ch("Kai Ellis-Grant", "2047-09-02", "02/09/2047"), ch("Nia Ellis-Grant", "2050-05-27", "27/05/2050")],
        ["domestic_abuse", "neglect", "school_attendance", "young_carer"], False, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up from the Early Help Team Manager himself (Word HTML with a table): "
        "six children, three surnames (Polish Nowicka / Nowicki for sisters and brothers, and Ellis-Grant), two "
        "households, one Mosaic id each; case summary attached, rationale under its own heading -> nothing missing "
        "-> book_meeting. Mother 'disagrees with it' -> consent false (not a requirement here). The arrested father "
        "is on bail not to attend the flat -> nothing immediate.",
        have={"children", "case_summary", "rationale"},
        not_children=["Agnieszka Nowicka", "Dwayne Ellis-Grant", "Hannah Osei", "Marcus Delaney-Shaw"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2052-01-18 13:52:07"
    comment = ("Sorry, I can't do tomorrow's discussion - I'm at Ashburton Junior School with the twins now. Leo "
               "Ferreira told his teacher this morning that mum's boyfriend held Lily against the wall by her neck "
               "last night until she \"went all floppy\". Lily Ferreira has red finger marks on both sides of her "
               "neck and a burst blood vessel in her left eye, and she says it's true. The boyfriend (Shane) is the "
               "one who collects them at 3.15 today; mum is on a late shift until 9pm. Please can someone ring me "
               "on 07700 900418. Grace")
    data = itip_reply(f, when, "Grace Ikeda", "Grace.Ikeda@" + RDOM, ("MASH Step Up", RSU), "DECLINED",
                      "Step-up case discussion - Ferreira twins (Mosaic 3127760)", "20520119T100000", "20520119T110000",
                      "Microsoft Teams Meeting", comment=comment)
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 4,
        "urgent", "meeting_reply", True, None, ["3127760"],
        [ch("Leo Ferreira"), ch("Lily Ferreira")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT IN A CALENDAR REPLY'S COMMENT (a twin's disclosure about his sister): an Outlook iTIP REPLY, "
        "PARTSTAT=DECLINED, whose COMMENT says mum's boyfriend held a twin by the neck until she went floppy last "
        "night, marks and a burst blood vessel seen, and he collects both twins at 3.15 today -> alert_duty "
        "overrides record_reply. Twins named without DOBs; the case id is the SUMMARY's Mosaic number. No alarm word.",
        not_children=["Grace Ikeda"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2052-01-24 16:10:45"
    jasper = T("""
Hi Tomasz,

Thanks for the call. Happy to do the step-down case discussion for the Addo
children on Monday 29th January at 11:00 on Teams. Please confirm by email
to the duty inbox with the latest case summary and the draft Early Help
plan, as the protocol asks.

Jasper

Jasper Quint
Early Help Manager (Duty) | Richmond and Wandsworth Councils
""")
    body = T("""
Hi Jasper,

Confirming as agreed on the phone: step-down case discussion on Monday 29th January 2052 at 11:00 (Teams), with my team manager Dawn Achterberg.

The children:
- Kwame Addo, DOB 12/12/2040, Mosaic 3088102 - Year 6, Heathfield Juniors
- Esi Addo, DOB 03/03/2046, Mosaic 3088103 - Year 1, Heathfield Infants (twin)
- Efua Addo, DOB 03/03/2046, Mosaic 3088104 - Year 1, Heathfield Infants (twin)
- Jamal Bennett, DOB 19/10/2051, Mosaic 3140219 - at home

Jamal is the twins' half-brother; his dad, Mr Andre Bennett, has parental responsibility for him and lives with the family.

The latest case summary is attached. The draft Early Help plan isn't finished yet - I'm doing it with Ms Addo on Friday afternoon and will send it straight after.

Ms Addo and Mr Bennett have both consented to Early Help continuing the plan. The Heathfield family support worker is thinking about the Lead Professional role; I'll confirm at the discussion.

Main worry: Ms Addo's postnatal depression after Jamal's birth. She is now seeing the perinatal team and doing much better.

Thanks,
Tomasz

Tomasz Wilk
Social Worker | Family Support & Protection (Richmond) | Richmond and Wandsworth Councils
020 7946 0716

""") + quoted(jasper) + "\n" + RDISC
    summary = pdf_att("Case Summary Addo-Bennett 24.01.2052.pdf", "Case summary - Addo / Bennett children", [
        "Children: Kwame Addo (12/12/2040), Esi Addo and Efua Addo (03/03/2046), Jamal Bennett (19/10/2051).",
        "Open to Family Support & Protection since October 2051 (CIN) after mum's admission to the mother and baby unit.",
        "Progress: mum discharged in November; perinatal team involved; children well cared for by both parents.",
        "Recommendation: step down to Early Help with the plan continuing."])
    top = plain_top(f, addr("Wilk, Tomasz", "Tomasz.Wilk@" + RDOM), addr("Early Help Duty", REH),
                    "RE: Step down discussion - Addo children - Mon 29th 11am", when, RDOM, "Microsoft Outlook 16.0",
                    cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    add(f, mail(f, top, body, [summary]), "richmond_wandsworth", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["3088102", "3088103", "3088104", "3140219"],
        [ch("Kwame Addo", "2040-12-12", "12/12/2040"), ch("Esi Addo", "2046-03-03", "03/03/2046"),
         ch("Efua Addo", "2046-03-03", "03/03/2046"), ch("Jamal Bennett", "2051-10-19", "19/10/2051")],
        ["parental_mental_health"], True, None, ["draft_plan"], None, "request_info",
        "Richmond & Wandsworth step-down confirmed by email after the agreed call (the duty manager's request quoted "
        "with '>'): a bulleted list of four children, twins and a half-brother with another surname, 'Mosaic "
        "3088102' -> bare numbers. Case summary attached, consent from both parents stated, but the draft plan 'isn't "
        "finished yet' -> missing draft_plan -> request_info. Discussion on Mon 29 Jan is within 5 days of the contact.",
        have={"children", "case_summary", "consent"},
        not_children=["Andre Bennett", "Jasper Quint", "Tomasz Wilk", "Dawn Achterberg"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2052-02-07 10:20:13"
    worker = T("""
Hi Carmen,

Here's the write-up for the Harlow step up as discussed. Case summary attached.

What happened last week: on Wednesday 31st January Reece (16) hit his brother Dylan (12) with a games controller, which cut Dylan's eyebrow. Mum called the police. Reece was interviewed and given a community resolution. Since Thursday 1st February Reece has been living with his paternal grandparents in Mitcham under a family safety plan agreed with police and school: he does not go to mum's house, and he sees his brother and sister only on Saturdays at his grandparents', with grandad there. Dylan's cut was glued at St George's the same evening and has healed. Dylan and Poppy are at home with mum and are safe there.

Rationale for step up
Over six months of Early Help, Reece's violence towards his younger brother and sister has escalated (five incidents since September, the last one causing an injury). Mum's depression means she cannot put boundaries in place without support, and the grandparents' arrangement is temporary. Early Help has not been able to change the pattern; a social work assessment of all three children is needed.

Children:
Reece Harlow - 14/08/2035 - Mosaic ID 3051178 (family)
Dylan Harlow - 02/05/2039
Poppy Harlow-Singh - 21/09/2045

Mum (Michelle Harlow) agrees with the step up.

Thanks,
Ollie

Ollie Brandreth
Early Help Practitioner | Richmond and Wandsworth Councils
""")
    body = T("""
Dear MASH,

Please see Ollie's step up request below, which I have discussed with him and agree. Case summary attached.

Kind regards,
Carmen

Carmen Liddell-Ray
Early Help Team Manager | Richmond Locality | Richmond and Wandsworth Councils
020 7946 0354
""") + quote_block("Brandreth, Ollie <Ollie.Brandreth@richmondandwandsworth.gov.uk>", "06 February 2052 17:48",
                    "Liddell-Ray, Carmen <Carmen.Liddell-Ray@richmondandwandsworth.gov.uk>",
                    "Harlow step up - write-up", worker) + "\n" + RDISC
    summary = pdf_att("Harlow case summary Feb 2052.pdf", "Early Help case summary - Harlow family", [
        "Reece Harlow (14/08/2035), Dylan Harlow (02/05/2039), Poppy Harlow-Singh (21/09/2045). Mosaic ID 3051178.",
        "Open to Early Help since August 2051: Reece's violence towards his siblings, mum's depression.",
        "31/01/2052 incident: police attended, community resolution, Reece to paternal grandparents 01/02/2052.",
        "Current arrangement: family safety plan; Reece not at mum's home; supervised Saturday contact only."])
    top = outlook_top(f, addr("Liddell-Ray, Carmen", "Carmen.Liddell-Ray@" + RDOM), addr("MASH Step Up", RSU),
                      "FW: Harlow step up - write-up", when, cc=addr("Brandreth, Ollie", "Ollie.Brandreth@" + RDOM))
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "near_miss", "step_up", False, None, ["3051178"],
        [ch("Reece Harlow", "2035-08-14", "14/08/2035"), ch("Dylan Harlow", "2039-05-02", "02/05/2039"),
         ch("Poppy Harlow-Singh", "2045-09-21", "21/09/2045")],
        ["parental_mental_health", "physical_harm"], True, True, [], None, "book_meeting",
        "NEAR MISS (already handled): a 16-year-old hit his brother with a controller last week; police attended, a "
        "community resolution, and he has lived with his grandparents under a safety plan since, seeing his siblings "
        "only supervised; the children at home 'are safe there' -> not urgent. Outlook 'FW:' from the Early Help "
        "Team Manager ('discussed with him and agree'), the worker's request underneath: case summary attached, "
        "rationale under its heading -> complete -> book_meeting. Mosaic ID written once for the family.",
        have={"children", "case_summary", "rationale"},
        not_children=["Michelle Harlow", "Ollie Brandreth", "Carmen Liddell-Ray"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2052-02-20 14:48:55"
    body = T("""
Hi Jasper,

Following our call this morning, confirming the step-down case discussion for the Mensah-Boateng children on Friday 23rd February at 2pm, in person at the Wandsworth Early Help hub, with my team manager Priti Hallam.

The children are the triplets Ama, Abena and Akosua Mensah-Boateng (DOB 08/08/2049) and their big brother Kofi Mensah-Boateng (DOB 02/02/2044), Mosaic 3099412 (family). Mum is Adwoa Mensah.

Attached are the latest case summary and the draft Early Help plan. Mum has consented to Early Help continuing the plan, and the triplets' nursery (Sunflower Day Nursery) has agreed to take the Lead Professional role.

The main worry now is mum's mood - she has been managing four children under nine largely on her own and became very low over the winter. She is seeing her GP and the perinatal team have discharged her with a plan.

Thanks,
Bethany

Bethany Clarke-Osei
Social Worker | Child in Need Team (Wandsworth) | Richmond and Wandsworth Councils
020 7946 0892

PS - as I was about to press send, Kofi's school (Earlsfield Vale Primary) rang me. Kofi has told his class teacher that mum's ex-partner Kwesi, who isn't allowed at the house under the non-molestation order, "is living with us again and sleeps in mummy's room", that he "punched mummy in the tummy on Sunday", and that "he says he'll take the babies to Ghana and we'll never see them". The school say Kwesi collected Kofi yesterday. I'm in the Family Court in Wandsworth for the rest of the afternoon and can't get out there - please can someone pick this up today.

""") + RDISC
    summary = docx_att("Case summary - Mensah-Boateng - Feb 2052.docx", [
        "# Case summary - Mensah-Boateng children",
        "Kofi Mensah-Boateng (02/02/2044); triplets Ama, Abena and Akosua Mensah-Boateng (08/08/2049).",
        "CIN since September 2051 following mum's low mood and the end of her relationship with Mr Kwesi Boateng.",
        "Non-molestation order granted December 2051 (Mr Boateng not to attend the family home).",
        "Progress: mum engaging with GP and perinatal team; triplets settled at Sunflower Day Nursery."])
    plan = docx_att("Draft Early Help plan - Mensah-Boateng.docx", [
        "# Draft Early Help plan - Mensah-Boateng",
        "What needs to happen: weekly family support at home; nursery to continue 30 hours; mum to attend the "
        "Wandsworth parents' group; Kofi's school to offer a Thursday club.",
        "Lead Professional: Sunflower Day Nursery (manager Rosa Tindall).", "Review: four weeks after handover."])
    top = outlook_top(f, addr("Clarke-Osei, Bethany", "Bethany.Clarke-Osei@" + RDOM), addr("Early Help Duty", REH),
                      "Step down - Mensah-Boateng triplets and Kofi - case discussion Fri 23rd 2pm", when,
                      cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    add(f, mail(f, top, body, [summary, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 3,
        "urgent", "step_down", True, None, ["3099412"],
        [ch("Ama Mensah-Boateng", "2049-08-08", "08/08/2049", as_written="triplets Ama, Abena and Akosua Mensah-Boateng"),
         ch("Abena Mensah-Boateng", "2049-08-08", "08/08/2049", as_written="triplets Ama, Abena and Akosua Mensah-Boateng"),
         ch("Akosua Mensah-Boateng", "2049-08-08", "08/08/2049", as_written="triplets Ama, Abena and Akosua Mensah-Boateng"),
         ch("Kofi Mensah-Boateng", "2044-02-02", "02/02/2044")],
        ["domestic_abuse", "parental_mental_health"], True, None, [], None, "alert_duty",
        "URGENT IN A PS (a sibling's disclosure): an otherwise complete step-down (summary, draft plan, consent) "
        "whose PS reports the 8-year-old's words - the ex-partner barred by a non-molestation order 'is living with "
        "us again', 'punched mummy' on Sunday, threatens to take the babies abroad, and collected him from school "
        "yesterday; the social worker cannot go -> alert_duty. Triplets named in prose with one surname and one DOB "
        "('triplets Ama, Abena and Akosua Mensah-Boateng (DOB 08/08/2049)') -> three children. No alarm word.",
        have={"children", "case_summary", "draft_plan", "consent"},
        not_children=["Adwoa Mensah", "Priti Hallam", "Bethany Clarke-Osei", "Rosa Tindall"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2052-02-29 12:05:31"
    body = T("""
Hello,

I'm not making a child referral - I'm writing to check you don't need anything from us, and happy to be told this isn't for you.

Danny Reeve (DOB 03/08/2032, so he's 19) is a care leaver I am Personal Adviser to. Last night he sent me a string of messages saying he wanted to end it and that "my little brothers are better off without me". This morning he was assessed by the crisis team and is now on Ward 3 at Springfield, as an informal patient, for a few days.

To be clear about the "little brothers": Danny was the eldest of five. His four younger brothers were adopted together in 2043 and he has had no contact with them since; he doesn't know their names now or where they live. He has no children, no partner with children, and no child lives with him or visits his flat.

So there is no child involved here that I know of. I just didn't want his message read by someone else later and worried about.

Thanks,
Rob Tennant
Personal Adviser, Leaving Care Service (Wandsworth)
Richmond and Wandsworth Councils
020 7946 0473
""")
    top = plain_top(f, addr("Tennant, Rob", "Rob.Tennant@" + RDOM), addr("MASH Step Up", RSU),
                    "Danny Reeve (19, care leaver) - not a child referral, for info", when, RDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, crlf=True, cte="7bit"), "richmond_wandsworth", "mash_step_up", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS (an adult with no child at risk): a 19-year-old care leaver's crisis, now in hospital; his 'little "
        "brothers' were adopted in 2043 and he has no contact with any child -> not urgent, no children (the adult's "
        "DOB makes him 19; his brothers are unnamed), no concerns (his own mental health is not parental) -> other, "
        "human_review. Dated Thursday 29 February 2052 (a leap day).",
        not_children=["Danny Reeve", "Rob Tennant"], adults=[("Danny Reeve", "03/08/2032")])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2052-03-15 17:02:26"
    body = T("""
Thank you for your email. I am on annual leave until Monday 25th March 2052 with no access to email.

For the Addo and Mensah-Boateng families please contact the Early Help duty manager on 020 7946 0321. If you think a child is at risk of significant harm, contact the MASH, or call 999 in an emergency.

Lucy Farrant
Early Help Practitioner | Richmond and Wandsworth Councils
""")
    add(f, ooo(f, when, "Lucy Farrant", "Lucy.Farrant@" + RDOM, addr("Early Help Duty", REH),
               "[SB-richmond_wandsworth-3318] Step-down case discussion confirmed - Addo children", body),
        "richmond_wandsworth", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Outlook out-of-office ('Automatic reply:', Auto-Submitted: auto-replied, X-Auto-Response-Suppress) answering "
        "stepbot's confirmation for the Addo children: auto_reply -> ignore (no loops). Its 'at risk of significant "
        "harm ... 999' line is boilerplate, not a report; families named by surname only.")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2052-03-09 16:37:04"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<div>Hello, I don't know who else to email, I got this address off the council website.</div>
<div><br></div>
<div>The children in flat 41 Wendell House (Battersea) have been on their own since Thursday I think. The oldest one, Kezia Danso, is 11 and she has been coming to my door asking for bread and nappies for the baby. There are four of them. Her little brother Marcus Danso is about 2 and he was out on the walkway in just a nappy at 3 o'clock this afternoon, and it's freezing today.</div>
<div><br></div>
<div>Kezia says her mum went to see her boyfriend in Croydon and her phone is off. I knocked again just now and Kezia wouldn't open the door, she was crying and said she'll get in trouble if she lets anyone in. I can hear the baby crying through the wall.</div>
<div><br></div>
<div>I'm at number 43. My number is 07700 900562.</div>
<div><br></div>
<div>Sorry if this is the wrong place.</div>
<div>Kerry</div>
<div><br></div>
<div style="color:#888">Sent from Yahoo Mail for iPhone</div>
</div></body></html>
""")
    top = plain_top(f, addr("Kerry B", "kerry.b1988@mail.example"), RSU, "children on there own flat 41 Wendell House",
                    when, "mail.example", None)
    add(f, html_only(f, top, h), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Kezia Danso"), ch("Marcus Danso")],
        ["neglect"], None, None, [], None, "alert_duty",
        "URGENT FROM A MEMBER OF THE PUBLIC, HTML-only, Saturday 16:37 (out of hours): an 11-year-old alone with "
        "three younger siblings since Thursday, a 2-year-old on the walkway in a nappy in the cold, a baby crying, "
        "mother away and unreachable -> alert_duty (out-of-hours team). Two children named in full without DOBs; the "
        "baby and the fourth child are unnamed. No alarm word.")

# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def marf_pdf(filename, lines):
    return pdf_att(filename, "Multi-Agency Request for Support (MARF) - Tower Hamlets", lines)

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2052-01-16 12:20:38"
    rows = [("Rahim Uddin", "07/04/2036", "3311501", "Year 10, Bow Riverside School"),
            ("Sumaiya Uddin", "23/11/2038", "3311502", "Year 8, Bow Riverside School"),
            ("Ibrahim Chowdhury", "10/02/2044", "3311503", "Year 2, Roman Way Primary"),
            ("Hafsa Chowdhury", "10/02/2044", "3311504", "Year 2, Roman Way Primary"),
            ("Zayd Chowdhury", "01/12/2049", "3311505", "Tiny Stars Nursery, Old Ford")]
    td = 'style="border:1px solid #8EA9DB;padding:4px 8px;font-family:Arial;font-size:10pt"'
    trs = "".join("<tr>" + "".join("<td %s>%s</td>" % (td, html.escape(c)) for c in r) + "</tr>\n" for r in rows)
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Early Help Hub,</p>
<p>Following the conclusion of the Child and Family Assessment on 12/01/2052, I am stepping the Uddin / Chowdhury children down from Children's Social Work to a Team Around the Family. I will chair the TAF meeting on <b>Thursday 25 January 2052 at 10:00 at Roman Way Primary School</b>, and the minutes will be on Mosaic within 10 working days of the assessment ending.</p>
<table style="border-collapse:collapse">
<tr><th @@TD@@>Name</th><th @@TD@@>Date of birth</th><th @@TD@@>Mosaic ID</th><th @@TD@@>School / setting</th></tr>
@@TRS@@</table>
<p>Rahim and Sumaiya are Mr Uddin's children from mum's first marriage; Ibrahim and Hafsa (twins) and Zayd are Mr Chowdhury's. All five live with mum, Rehana Begum, and Mr Chowdhury in Bow.</p>
<p><b>Attached:</b> the Child and Family Assessment (PDF) and the draft TAF plan (Word).</p>
<p><b>Consent:</b> mum and Mr Chowdhury have both signed the consent to the step down and to sharing information with the TAF.</p>
<p><b>Lead Practitioner:</b> Ms Shirin Akhtar, Family Support Worker at Roman Way Primary School, has agreed to be Lead Practitioner for all five children (07700 900284).</p>
<p><b>Why Early Help:</b> the assessment found no need for statutory services. Remaining needs are mum's depression (she is now with the GP and the talking therapies service), Sumaiya's caring for the twins and Zayd after school, and Sumaiya's attendance (84%).</p>
<p>Kind regards,<br>Rukhsana Miah<br>Social Worker, Children's Social Work (Bow)<br>London Borough of Tower Hamlets<br>020 7946 0157</p>
<p style="font-size:8pt;color:#666">Tower Hamlets Council - this email and any attachments may be confidential. If you have received it in error please notify the sender and delete it.</p>
</body></html>
""").replace("@@TD@@", td).replace("@@TRS@@", trs)
    cfa = pdf_att("C&F Assessment - Uddin Chowdhury - concluded 12.01.2052.pdf", "Child and Family Assessment - summary", [
        "Children: Rahim Uddin, Sumaiya Uddin, Ibrahim Chowdhury, Hafsa Chowdhury, Zayd Chowdhury.",
        "Assessment started 24/11/2051, concluded 12/01/2052. Social worker: Rukhsana Miah.",
        "Analysis: the children's needs can be met through a co-ordinated early help plan (TAF).",
        "Outcome: step down to Early Help; Lead Practitioner Roman Way Primary."])
    plan = docx_att("Draft TAF plan - Uddin Chowdhury.docx", [
        "# Draft TAF plan - Uddin / Chowdhury children",
        "Outcome 1: Sumaiya has time for herself and school - young carers' group on Tuesdays; after-school club for the twins.",
        "Outcome 2: mum's mental health - GP review and talking therapies; family support worker visits fortnightly.",
        "Outcome 3: Sumaiya's attendance above 95% by the summer.", "Lead Practitioner: Shirin Akhtar (Roman Way Primary)."])
    top = outlook_top(f, addr("Miah, Rukhsana", "Rukhsana.Miah@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to Early Help - Uddin / Chowdhury sibling group (5) - TAF 25/01", when)
    add(f, html_only(f, top, h, [cfa, plan]), "tower_hamlets", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["3311501", "3311502", "3311503", "3311504", "3311505"],
        [ch("Rahim Uddin", "2036-04-07", "07/04/2036"), ch("Sumaiya Uddin", "2038-11-23", "23/11/2038"),
         ch("Ibrahim Chowdhury", "2044-02-10", "10/02/2044"), ch("Hafsa Chowdhury", "2044-02-10", "10/02/2044"),
         ch("Zayd Chowdhury", "2049-12-01", "01/12/2049")],
        ["parental_mental_health", "school_attendance", "young_carer"], True, None, [], None, "book_meeting",
        "Complete Tower Hamlets step-down, HTML-only with the children in an HTML table (no text/plain part): five "
        "half-siblings with two surnames, one Mosaic id each; C&F assessment PDF, draft TAF plan .docx, both parents' "
        "signed consent and a named Lead Practitioner with her agency -> nothing missing -> book_meeting.",
        have={"children", "assessment", "draft_plan", "consent", "lead_practitioner"},
        not_children=["Rehana Begum", "Shirin Akhtar", "Rukhsana Miah"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2052-01-31 15:05:12"
    text = T("""
Hello MAST team,

I send the step up for the twins Andrei Dumitru and Bianca Dumitru, both born 17.06.2037 (14 years), and their little brother Luca Dumitru, born 09.09.2045. Mosaic 3320148. My manager Sadia Karim she agree the step up this morning and the MARF is attach.

Why step up: Andrei is not going to school since January, he have new clothes and money, and the family is Early Help since September but nothing change.

But today is more. After school Bianca come to me at the Family Hub very crying. She tell me her brother Andrei is going every weekend with a man they call "Boss" who give him money and a new phone. Yesterday evening this man come to the house, he hit Andrei on the face and take him in a car, and Andrei did not come back all night. This morning Andrei send Bianca a message: "dont tell no one they said they will hurt mum". Andrei is not in school today.

Bianca say the man will come back tonight at 8 o'clock to the house to take Andrei again "to work in Southend". Mother is working night shift at the hospital laundry and she don't know nothing. Only Bianca and Luca will be at home tonight.

I am not sure what I must do now. Please somebody call me, 07700 900733. Bianca is with me at the Hub until 5.

Thank you
Ionela Popescu
Early Help Practitioner
Family Hub (Stepney), London Borough of Tower Hamlets
""") + "\n" + TDISC
    marf = marf_pdf("MARF - Dumitru - 31.01.2052.pdf", [
        "Children: Andrei Dumitru (17/06/2037), Bianca Dumitru (17/06/2037), Luca Dumitru (09/09/2045). Mosaic 3320148.",
        "Referrer: Ionela Popescu, Early Help Practitioner, Family Hub (Stepney). Manager: Sadia Karim (agreed 31/01/2052).",
        "Reason for request: Andrei absent from school since 8 January, new clothes, money and phone of unknown origin;",
        "seen getting into cars with adult males; family open to Early Help since September 2051 without change.",
        "Parent informed: mother aware of the request for support.", "Signed: I. Popescu 31/01/2052"])
    t = text_part(text, cte="base64", crlf=True)
    root = multipart("mixed", [t, marf], bnd(f, 1))
    top = outlook_top(f, addr("Popescu, Ionela", "Ionela.Popescu@" + TDOM), addr("MAST", TMAST),
                      "Step up request twins Dumitru / MARF attach", when)
    add(f, build(top, root, True), "tower_hamlets", "mash_step_up", when, 5,
        "urgent", "step_up", True, None, ["3320148"],
        [ch("Andrei Dumitru", "2037-06-17", "17.06.2037"), ch("Bianca Dumitru", "2037-06-17", "17.06.2037"),
         ch("Luca Dumitru", "2045-09-09", "09.09.2045")],
        ["exploitation", "missing", "physical_harm", "school_attendance"], None, True, [], None, "alert_duty",
        "URGENT IN NON-NATIVE ENGLISH (a twin's disclosure about her brother): a man who pays a 14-year-old hit him "
        "and took him away last night; he has not come back, sent 'they said they will hurt mum', and the man returns "
        "to the house tonight at 8 when only the twin sister and a 6-year-old are home -> missing now, exploitation, "
        "physical harm -> alert_duty; he has not been in school since January (school_attendance). Base64 text body plus a MARF PDF; manager agreed ('she agree') -> the step-up is "
        "complete. 'Mother aware' on the form is not consent (null). No alarm word.",
        have={"children", "request_for_support", "manager_agreed"},
        not_children=["Ionela Popescu", "Sadia Karim"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2052-02-13 09:12:48"
    text = T("""
Hi Early Help Hub,

Step down from CSW to a TAF for the Hossain brothers - C&F Assessment (concluded 09/02/2052) and the draft TAF plan attached.

Adam Hossain - 14/05/2041 - Mosaic 3290014 - Year 5, Cubitt Town Primary
Yasin Hossain - 02/11/2044 - Mosaic 3290015 - Year 2, Cubitt Town Primary
Ilyas Hossain - 22/01/2050 - Mosaic 3290016 - Little Owls Nursery

You may see a note on Mosaic from December where Yasin told his teacher that his big brother Adam had "strangled him". The school DSL spoke to both boys and to mum that same afternoon: it was a wrestling move they copy from the TV, both boys showed the teacher the "move" laughing, there were no marks and no other worries, and the school and I are satisfied it was play. It's closed and not part of the reasons for this plan.

Remaining needs: the family are five in a one-bedroom flat (housing transfer pending), dad's debts, and Adam's attendance, which is 87%.

Consent: mum and dad both consented to the step down on 9th Feb.
Lead practitioner: tbc - I'm asking the Cubitt Town family support worker on Thursday.

TAF meeting: I'll arrange and chair it within the 10 working days.

Callum

Callum Reid
Social Worker, Children's Social Work (Poplar & Isle of Dogs)
Tower Hamlets Council
Sent from my iPhone
""")
    cfa = pdf_att("CFA Hossain concluded 09.02.2052.pdf", "Child and Family Assessment - Hossain children", [
        "Adam Hossain (14/05/2041), Yasin Hossain (02/11/2044), Ilyas Hossain (22/01/2050).",
        "Concluded 09/02/2052. Outcome: needs can be met through Early Help (TAF).",
        "Needs: overcrowding, family finances, Adam's attendance."])
    plan = docx_att("Draft TAF plan - Hossain.docx", [
        "# Draft TAF plan - Hossain", "1. Housing: support the transfer application (medical and overcrowding points).",
        "2. Debt advice appointment for dad.", "3. Attendance plan for Adam with Cubitt Town Primary."])
    top = plain_top(f, addr("Reid, Callum", "Callum.Reid@" + TDOM), addr("Early Help Hub", TEH),
                    "Step down - Hossain brothers", when, TDOM, "iPhone Mail (23D60)")
    add(f, iphone_mail(f, top, text, [cfa, plan]), "tower_hamlets", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["3290014", "3290015", "3290016"],
        [ch("Adam Hossain", "2041-05-14", "14/05/2041"), ch("Yasin Hossain", "2044-11-02", "02/11/2044"),
         ch("Ilyas Hossain", "2050-01-22", "22/01/2050")],
        ["school_attendance"], True, None, ["lead_practitioner"], None, "request_info",
        "NEAR MISS (words explained innocently after a check): a 7-year-old said his brother 'strangled him' - a TV "
        "wrestling move, checked the same day by the DSL, no marks, closed -> not urgent, not physical_harm. Tower "
        "Hamlets step-down from an iPhone (format=flowed) with assessment and plan attached and consent, but 'Lead "
        "practitioner: tbc' -> missing lead_practitioner -> request_info.",
        have={"children", "assessment", "draft_plan", "consent"}, not_children=["Callum Reid"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2052-02-22 12:58:16"
    ack = T("""
Thank you - your step-up request to MAST has been received.

Reference: SB-tower_hamlets-4102
Children: Safiya Ali, Musa Ali
Case: 3338207

What is missing:
- the Multi-Agency Request for Support form (MARF)

Please reply to this email, keeping the reference in the subject, to add anything.
""")
    text = T("""
MARF attached as requested.

Also for your information, my record of today's new birth follow-up visit (twins, 4/12):

11:40 Home visit, 3 Cavell Court, Limehouse. Parents present (Mrs Nadia Ali, Mr Imran Ali).
Twin 1 Safiya Ali, DOB 16/10/2051: alert, feeding well, weight 5.9 kg (25th centile). No marks seen.
Twin 2 Musa Ali, DOB 16/10/2051: bilateral periorbital bruising (older yellow on the left, fresh purple on the right), petechiae to the right ear, upper lip frenulum torn. Cries on handling of the left leg; reduced movement of that leg.
Mother's account: Musa "rolled off the sofa" yesterday. At the 4-month check on 19/02/2052 Musa was not yet rolling.
Father declined for Musa to be taken to the Royal London today and asked me to leave at 12:15.
Both parents are the only carers for the twins this afternoon and tonight. No GP contact today.

I have left the address and am in the car park. Named nurse informed.

Joanna Kaczmarek
Health Visitor (Limehouse team)
Tower Hamlets 0-19 Health Service
07700 900619
""")
    body = text + "\n\nOn 19 Feb 2052, at 16:04, MAST <MAST@towerhamlets.gov.uk> wrote:\n\n" + quoted(ack)
    marf = marf_pdf("MARF Ali twins 22.02.2052.pdf", [
        "Children: Safiya Ali (16/10/2051) and Musa Ali (16/10/2051), twins. Mosaic 3338207.",
        "Referrer: Joanna Kaczmarek, Health Visitor, Tower Hamlets 0-19 Health Service.",
        "Reason for request: poor weight gain (Musa), parental stress with twins, missed appointments.",
        "See today's visit record in the covering email."])
    t = text_part(body, cte="quoted-printable")
    root = multipart("mixed", [t, marf], "Apple-Mail=_%s" % sha(f, "apple")[:24].upper())
    top = plain_top(f, addr("Joanna Kaczmarek", "joanna.kaczmarek@nhs.example"), addr("MAST", TMAST),
                    "Re: [SB-tower_hamlets-4102] Step-up request received - Ali twins", when, "nhs.example",
                    "Apple Mail (2.3826.600.51.1.1)",
                    extra=[("In-Reply-To", "<SB-tower_hamlets-4102.ack@towerhamlets.gov.uk>"),
                           ("References", "<SB-tower_hamlets-4102.ack@towerhamlets.gov.uk>")])
    add(f, build(top, root, False), "tower_hamlets", "mash_step_up", when, 4,
        "urgent", "follow_up", True, None, ["3338207"],
        [ch("Safiya Ali", "2051-10-16", "16/10/2051"), ch("Musa Ali", "2051-10-16", "16/10/2051")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT, CLINICAL NOTE IN A FOLLOW-UP: a health visitor's reply to [SB-tower_hamlets-4102] (the "
        "acknowledgement quoted with '>') adds the MARF and her visit record: a 4-month-old twin with bruising to "
        "both eyes, a torn frenulum and a painful leg, an account that does not fit his development, the father "
        "refusing hospital, parents the only carers tonight -> alert_duty overrides attach_to_request. Twin 1 is "
        "well. No alarm word.",
        not_children=["Nadia Ali", "Imran Ali", "Joanna Kaczmarek"], ref="SB-tower_hamlets-4102")

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2052-03-05 10:44:03"
    body = T("""
Dear MAST,

I'm requesting a step up for the Adebayo children (Mosaic ID 3301877), open to Early Help since May 2051.

Temi Adebayo (DOB 28/09/2034) is 17 and has been the main carer for her three younger brothers and sister since mum's last admission in November. She has left college to do it.
Daniel Adebayo and Grace Adebayo are twins (DOB 11/11/2039) - Year 7 at Bethnal Green Academy. Their attendance is 76%.
Samuel Adebayo (DOB 06/06/2046) is in Year 1 at Columbia Road Primary.
Their older brother Femi (20) is at university in Leeds and comes home some weekends.

Mum (Folake Adebayo) has bipolar disorder. Since she stopped her medication in January she has been very unwell, is up most nights and has twice taken Samuel out of school in the middle of the day. Temi is holding the family together and told me last week she "can't do it any more".

My manager, Olu Bankole, has agreed the step up. Mum consented to the referral on Monday.

I'll complete the Multi-Agency Request for Support form this afternoon and send it over.

Kind regards,
Sabrina Thomas
Lead Practitioner | Early Help Family Support (Bethnal Green) | Tower Hamlets Council
020 7946 0642

""") + TDISC
    top = outlook_top(f, addr("Thomas, Sabrina", "Sabrina.Thomas@" + TDOM), addr("MAST", TMAST),
                      "Step up to MAST - Adebayo family - young carer (17) and three younger siblings", when)
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["3301877"],
        [ch("Temi Adebayo", "2034-09-28", "28/09/2034"), ch("Daniel Adebayo", "2039-11-11", "11/11/2039"),
         ch("Grace Adebayo", "2039-11-11", "11/11/2039"), ch("Samuel Adebayo", "2046-06-06", "06/06/2046")],
        ["parental_mental_health", "school_attendance", "young_carer"], True, True, ["request_for_support"], None,
        "request_info",
        "Tower Hamlets MAST step-up about a 17-year-old young carer and three younger siblings (twins written "
        "'Daniel Adebayo and Grace Adebayo are twins (DOB 11/11/2039)'); manager agreed and consent given, but the "
        "MARF will follow 'this afternoon' -> missing request_for_support -> request_info. Temi is 17 (a child, "
        "labelled); the brother who is 20 and named by first name only is not.",
        have={"children", "manager_agreed"}, not_children=["Folake Adebayo", "Olu Bankole", "Sabrina Thomas"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2052-03-08 15:30:27"
    note = T("""
Mr Malik,

At lunch today (Thursday) Nusrat Khatun (5K) told me her sister Tahmina "got beaten at home last night". I told her I would pass it on to you.

Mrs Rowena Pike
Lunchtime supervisor
""")
    text = T("""
Dear Early Help Hub,

For information only - no referral and no action needed. Forwarding the note below from our lunchtime supervisor so that you have the full picture, as the family come to your Tuesday parenting group.

I spoke to each of the Khatun triplets on their own yesterday afternoon with their class teacher present - Nusrat Khatun, Tahmina Khatun and Farhana Khatun (all DOB 04/04/2042, Year 5). All three said the same thing in their own way: Tahmina "got beaten" at Ludo by their cousins last night and was cross about it. They were laughing as they told it. No marks, no change in any of them, good attendance. I spoke to mum at pick-up and she showed me a video of the game on the family WhatsApp.

There is no open case and we have no worries about the family. I have recorded it on CPOMS.

Abdul Malik
Designated Safeguarding Lead
Cable Street Academy
020 7946 0280

---------- Forwarded message ---------
From: Rowena Pike <r.pike@cablestreet.example>
Date: Thu, 7 Mar 2052 at 13:05
Subject: Nusrat - lunchtime
To: Abdul Malik <a.malik@cablestreet.example>

""") + note
    hb = '<div dir="ltr">' + "".join("<div>%s</div>" % (html.escape(l) if l else "<br>") for l in text.split("\n")) + "</div>\n"
    top = [("From", addr("Abdul Malik", "a.malik@cablestreet.example")), ("To", addr("Early Help Hub", TEH)),
           ("Subject", "Fwd: Nusrat - lunchtime (FYI only, Khatun triplets, no action)"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "mail.gmail.com"))]
    data = build(top, multipart("alternative", [text_part(text, cte="quoted-printable"), text_part(hb, "html")],
                                gbnd(f, 1)), False)
    add(f, data, "tower_hamlets", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [],
        [ch("Nusrat Khatun", "2042-04-04", "04/04/2042"), ch("Tahmina Khatun", "2042-04-04", "04/04/2042"),
         ch("Farhana Khatun", "2042-04-04", "04/04/2042")],
        [], None, None, [], None, "human_review",
        "NEAR MISS (alarming words, innocent meaning, checked): a lunchtime note says one triplet told staff her "
        "sister 'got beaten at home last night'; the DSL spoke to all three - beaten at Ludo - no marks, no open case, "
        "'for information only' -> not urgent, no concerns. A Gmail 'Fwd:' with the note forwarded below the DSL's "
        "text; triplets share one DOB written once -> three children, each with it. Not a request -> other.",
        not_children=["Rowena Pike", "Abdul Malik"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2052-01-22 09:15:50"
    data = google_reply(f, when, "Shirin Akhtar", "s.akhtar@romanway.example", ("Early Help Hub", TEH), "ACCEPTED",
                        "TAF meeting - Uddin / Chowdhury children (Mosaic 3311501)", "20520125T100000Z",
                        "20520125T113000Z", "Roman Way Primary School, Meeting Room 1",
                        "Thu 25 Jan 2052 10am - 11:30am (GMT)")
    add(f, data, "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, ["3311501"], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (METHOD:REPLY, PARTSTAT=ACCEPTED, plus invite.ics) from the new Lead Practitioner "
        "for tower_hamlets_01's TAF meeting -> meeting_reply, record_reply; the SUMMARY's Mosaic number is the case "
        "id; no children named.")

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2052-03-16 22:41:09"
    text = T("""
Sorry it's Saturday night, not sure who reads this but it was the address on the poster at the club.

I'm with Tyler Mensah-Hall (14) at the youth project, he's in bits. His little brother Kayden Hall (11) got into a black Mercedes with 3 older lads outside the chicken shop on Burdett Road about 6 and hasn't come back. His phone has been off since 7.

Tyler says the same lads gave Kayden a bag to "drop" last week and told him he owes them now. Tyler thinks they've taken him to Southend because one of them said "Southend tonight".

Their mum is on a shift till 2am and isn't answering. I've rung 101 and reported him missing.

I'm staying with Tyler till we close at 11. 07700 900857

Jordan Pryce
Youth Worker, Limehouse Youth Project
Sent from my iPhone
""")
    top = plain_top(f, addr("Jordan Pryce", "jordan.pryce@limehouseyouth.example"), addr("MAST", TMAST),
                    "Kayden not home - his brother is with me", when, "limehouseyouth.example", "iPhone Mail (23D60)")
    add(f, iphone_mail(f, top, text), "tower_hamlets", "mash_step_up", when, 4,
        "urgent", "other", True, None, [], [ch("Tyler Mensah-Hall"), ch("Kayden Hall")],
        ["exploitation", "missing"], None, None, [], None, "alert_duty",
        "URGENT, MOBILE STYLE, SATURDAY NIGHT 22:41 (a sibling's account of a brother): an 11-year-old got into a car "
        "with older youths who say he 'owes them', phone off for hours, probably taken out of London tonight -> "
        "missing now with exploitation -> alert_duty (out-of-hours team). Half-brothers with different surnames, no "
        "DOBs. Reported to police on 101, which does not make it safe. No alarm word.",
        not_children=["Jordan Pryce"])

# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2052-01-10 11:05:29"
    body = T("""
Hello Early Help,

Please could I have a triage slot to step the Pascoe children down to Level 3 Early Help.

Jack Pascoe, DOB 15/07/2042 (9) - Year 5, Preston Primary, Paignton
Evie Pascoe and Ellis Pascoe, twins, DOB 26/11/2048 (3) - Acorn Pre-School

As the twins are under 5, I understand the family will be heard at the fortnightly under-5s triage with AFC.

The Single Assessment is attached and includes my analysis and the rationale for stepping down: the home is now clean and warm, the twins' health appointments are up to date, and Jack is attending well. The worries that remain are neglect - the home conditions slipping back without social work involvement - and mum's low mood.

My team manager, Gareth Pengelly, has recorded his management analysis on LCS confirming the threshold for Level 3 is met.

Mum (Stacey Pascoe) has given her consent to Level 3 Early Help.

LCS-4870221

Many thanks,
Lowenna

Lowenna Trewin
Social Worker | Single Assessment Team | Torbay Council
01632 960347

""") + BDISC
    sa = pdf_att("Single Assessment - Pascoe - Jan 2052.pdf", "Single Assessment - Pascoe children (LCS-4870221)", [
        "Children: Jack Pascoe (15/07/2042), Evie Pascoe (26/11/2048), Ellis Pascoe (26/11/2048).",
        "Reason for assessment: home conditions and missed health appointments (referral from the health visitor).",
        "Analysis: conditions have improved with support; the remaining needs are at Level 3.",
        "Rationale for step down: no further statutory intervention needed; co-ordinated Early Help to sustain change.",
        "Manager's analysis (Gareth Pengelly, TM): threshold for Level 3 met; agree step down to Early Help."])
    top = outlook_top(f, addr("Trewin, Lowenna", "Lowenna.Trewin@" + BDOM), addr("Early Help", BEH),
                      "Triage slot - step down to Level 3 - Pascoe children (twins under 5)", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["LCS-4870221"],
        [ch("Jack Pascoe", "2042-07-15", "15/07/2042"),
         ch("Evie Pascoe", "2048-11-26", "26/11/2048"), ch("Ellis Pascoe", "2048-11-26", "26/11/2048")],
        ["neglect", "parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down (Single Assessment PDF with the rationale, the TM's management analysis "
        "recorded on LCS confirming Level 3, mum's consent) -> book_meeting; remaining worries 'neglect' (home conditions slipping "
        "back) and mum's low mood; twins under 5 written 'Evie Pascoe and Ellis Pascoe, "
        "twins, DOB 26/11/2048' -> the fortnightly under-5s triage with AFC. Level 3 stated.",
        have={"children", "assessment", "manager_agreed", "consent"},
        not_children=["Stacey Pascoe", "Gareth Pengelly", "Lowenna Trewin"])

def torbay_02():
    f = "torbay_02.eml"; when = "2052-01-25 14:30:45"
    body = T("""
Hi MASH,

Contact to MASH / step up from Level 3 for the Rowe children and their half-brother, EHM-871204.

Four children in two homes:
- Kieran Tozer, DOB 04/03/2038 - lives with his dad in Brixham, stays at mum's alternate weekends
- Lacey Rowe, DOB 19/10/2043 - lives with mum in Paignton (twin)
- Mason Rowe, DOB 19/10/2043 - lives with mum in Paignton (twin)
- Ivy Rowe, DOB 07/07/2049 - lives with mum in Paignton

New information: at my visit on Monday mum (Kelly Rowe) was intoxicated at 11am, there was no food in the house, and Ivy was in the same nappy she had on when nursery sent her home on Friday. Lacey and Mason have missed 9 days since Christmas (attendance 78%). Nine months of Level 3 support has not changed mum's drinking.

My team manager, Ryan Stabb, and I agree this needs to be considered for a level 4 statutory intervention.

Consent: I discussed the contact with mum this morning and she has refused - she does not want social care involved and said so in front of her sister.

Demelza Hocking
Family Intervention Worker | Torbay Early Help (Paignton)
01632 960581

""") + BDISC
    top = plain_top(f, addr("Hocking, Demelza", "Demelza.Hocking@" + BDOM), addr("MASH", BMASH),
                    "Contact to MASH - Rowe / Tozer children - step up from Level 3", when, BDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, crlf=True, cte="7bit"), "torbay", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["EHM-871204"],
        [ch("Kieran Tozer", "2038-03-04", "04/03/2038"), ch("Lacey Rowe", "2043-10-19", "19/10/2043"),
         ch("Mason Rowe", "2043-10-19", "19/10/2043"), ch("Ivy Rowe", "2049-07-07", "07/07/2049")],
        ["neglect", "school_attendance", "substance_misuse"], False, True, ["consent"], None, "request_info",
        "Torbay step-up (contact to MASH) for four half-siblings in two homes, a bulleted list with one DOB each: "
        "worker and team manager agree it needs considering for level 4 (manager true), but mum 'has refused' -> "
        "consent false -> missing consent -> request_info. 'Level 3' and 'level 4' mentioned but level stays null "
        "on a step-up.",
        have={"children", "manager_agreed"}, not_children=["Kelly Rowe", "Ryan Stabb", "Demelza Hocking"])

def torbay_03():
    f = "torbay_03.eml"; when = "2052-02-06 10:10:33"
    body = T("""
Hello MASH,

Contact to MASH for the Bickford children (EHM-866390), stepping up from Level 3:

Summer Bickford - 01/05/2043 - Year 3, Brixham Primary
Oscar Bickford - 12/12/2049 - Little Pebbles Nursery (twin)
Otis Bickford - 12/12/2049 - Little Pebbles Nursery (twin)

New information of concern: dad (Nathan Bickford) has told his probation officer he is using heroin again, and on two visits in January the twins were still in bed at 11am in soaked bedding with no heating on. Mum works early shifts and leaves the twins with dad. Nine months of Level 3 support have not changed the home conditions.

A note on the bruises, because you may see the nursery's log: on 29 January Little Pebbles recorded blue-grey marks on Oscar's lower back and bottom. Dr Hallett at Brixham Medical Centre saw him the next morning: they are congenital dermal melanocytosis (Mongolian blue spots), recorded in Oscar's red book at his newborn check, and Otis has the same marks. They are not injuries and they are not the reason for this contact.

Both parents agree to the contact being made to MASH. My team manager, Morwenna Luke, and I agree it needs to be considered for Level 4.

Thanks,
Tamsyn

Tamsyn Brewer
Early Help Practitioner | Torbay Early Help (Brixham)
01632 960762

""") + BDISC
    top = outlook_top(f, addr("Brewer, Tamsyn", "Tamsyn.Brewer@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Bickford children (Summer and the twins) - EHM-866390", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 4,
        "near_miss", "step_up", False, None, ["EHM-866390"],
        [ch("Summer Bickford", "2043-05-01", "01/05/2043"), ch("Oscar Bickford", "2049-12-12", "12/12/2049"),
         ch("Otis Bickford", "2049-12-12", "12/12/2049")],
        ["neglect", "substance_misuse"], True, True, [], None, "book_meeting",
        "NEAR MISS (an injury explained): marks on a 2-year-old twin logged by nursery were seen by the GP next day "
        "and are congenital dermal melanocytosis, in the red book since birth, shared by his twin - 'not injuries' "
        "-> not urgent, not physical_harm. The contact itself is complete for Torbay: both parents consent, worker "
        "and TM agree -> book_meeting.",
        have={"children", "consent", "manager_agreed"},
        not_children=["Nathan Bickford", "Morwenna Luke", "Tamsyn Brewer"])

def torbay_04():
    f = "torbay_04.eml"; when = "2052-02-28 13:20:51"
    blocks = ["Hello MASH,", "",
              "I'm the Level 3 lead practitioner for the Hext family (EHM-874512). At my school visit at 12.15 today "
              "Ellie Hext asked to speak to me on her own. I wrote down what she said straight afterwards, in her words:",
              "",
              "{{\"It's about Poppy. When mum does nights, Connor comes in our room and gets in Poppy's bed. She cries "
              "and he tells her to shut up or he'll tell mum she's lying. He did it Sunday and Monday. Mum's on nights "
              "again tonight and tomorrow. Poppy's only 8. Please don't tell Connor I told you.\"}}", "",
              ("table", [["Name", "DOB", "School"],
                         ["Ellie Hext", "02/09/2039", "Year 7, Torquay Academy"],
                         ["Poppy Hext", "15/06/2043", "Year 4, Ellacombe Primary"],
                         ["Connor Hext", "21/01/2035", "Year 12, South Devon College"]]), "",
              "Connor is their brother; he is 17. Mum (Leanne Hext) works nights at a care home from Tuesday to "
              "Thursday this week and leaves the house at 7pm. Connor is the only other person in the house "
              "overnight. Ellie and Poppy share a bedroom.", "",
              "I have not spoken to mum yet - I didn't want to before you had this. My team manager, Steph Harvey, "
              "and I agree this needs to be considered by MASH for level 4 today.", "",
              "Ellie is back in class and goes home on the bus at 3.20.", "",
              "Jenna Widdicombe", "Early Help Lead Practitioner | Torbay Early Help (Torquay)", "01632 960419", "",
              BDISC.strip()]
    top = outlook_top(f, addr("Widdicombe, Jenna", "Jenna.Widdicombe@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Hext family - what Ellie told me today", when)
    add(f, word_mail(f, top, blocks), "torbay", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["EHM-874512"],
        [ch("Ellie Hext", "2039-09-02", "02/09/2039"), ch("Poppy Hext", "2043-06-15", "15/06/2043"),
         ch("Connor Hext", "2035-01-21", "21/01/2035")],
        ["sexual_harm"], None, True, ["consent"], None, "alert_duty",
        "URGENT IN A CHILD'S OWN WORDS (a sister's disclosure about another): a 12-year-old says her 17-year-old "
        "brother gets into their 8-year-old sister's bed when mum works nights, Sunday and Monday, and mum is on "
        "nights again tonight with him the only other person in the house -> sexual harm plus access tonight -> "
        "alert_duty. Word HTML with the three children in a table; Connor is 17 and so a child, labelled too. Torbay "
        "step-up: TM agreed, consent not yet asked (null) -> missing consent. No alarm word.",
        have={"children", "manager_agreed"}, not_children=["Leanne Hext", "Steph Harvey", "Jenna Widdicombe"])

def torbay_05():
    f = "torbay_05.eml"; when = "2052-03-11 09:05:18"
    ack = T("""
Thank you - your step-down request has been received.

Reference: SB-torbay-5206
Children: Jake Vosper, Ruby Vosper, Harry Vosper, Alfie Vosper
Case: LCS-4881309
Triage: Tuesday 12 March 2052, 10:00 (weekly triage)

Please reply to this email, keeping the reference in the subject, to add anything.
""")
    text = T("""
Morning,

An update for the file before tomorrow's triage - nothing for you to action, and the triage can go ahead as booked.

On Saturday night police were called to the Vosper home after dad (Liam Vosper) assaulted mum. He was arrested at the scene, charged yesterday and remanded in custody at Exeter until his plea hearing in April; his bail conditions if he is released will keep him away from the address. The four children - Jake (11), Ruby (9) and the twins Harry and Alfie (5) - were at their aunt's on Saturday night and didn't see it. They came home to mum yesterday afternoon. Mum has met the IDVA and the police have fitted a door alarm.

I'll bring this to triage.

Kensa

Kensa Rowse
Social Worker | Safeguarding and Supporting Families Team | Torbay Council
01632 960633
""")
    body = text + "\n\nOn Thu, 7 Mar 2052 at 15:12, Early Help <earlyhelp@torbay.gov.uk> wrote:\n" + quoted(ack)
    top = plain_top(f, addr("Rowse, Kensa", "Kensa.Rowse@" + BDOM), addr("Early Help", BEH),
                    "Re: [SB-torbay-5206] Step-down request received - Vosper children", when, BDOM,
                    "Microsoft Outlook 16.0",
                    extra=[("In-Reply-To", "<SB-torbay-5206.ack@torbay.gov.uk>"),
                           ("References", "<SB-torbay-5206.ack@torbay.gov.uk>")])
    add(f, mail(f, top, body), "torbay", "early_help_duty", when, 3,
        "near_miss", "follow_up", False, None, ["LCS-4881309"],
        [ch("Jake Vosper"), ch("Ruby Vosper"), ch("Harry Vosper"), ch("Alfie Vosper")],
        ["domestic_abuse"], None, None, [], None, "attach_to_request",
        "NEAR MISS (already handled: the police have the adult): a follow-up to [SB-torbay-5206] reporting an assault "
        "on mum on Saturday; the father was arrested, charged and remanded in custody, the children were at their "
        "aunt's and are home with mum, IDVA and door alarm in place -> not urgent; follow_up -> attach_to_request. "
        "Children named in full only in the quoted acknowledgement (no DOBs); the new text gives first names and "
        "ages. Concern: domestic_abuse.",
        not_children=["Liam Vosper", "Kensa Rowse"], ref="SB-torbay-5206")

def torbay_06():
    f = "torbay_06.eml"; when = "2052-03-21 16:20:07"
    ack = T("""
Thank you - your step-down request has been received.

Reference: SB-torbay-5291
Children: Tegan Luscombe (04/05/2040), Bryony Luscombe (04/05/2040), Cody Luscombe (13/08/2046)
Case: LCS-4892277

What is missing:
- the Single Assessment

Please reply to this email, keeping the reference in the subject, to add anything.
""")
    body = T("""
Hi,

Single Assessment attached - sorry, it was saved on my desktop and never made it onto the first email.

Thanks,
Kensa

Kensa Rowse
Social Worker | Safeguarding and Supporting Families Team | Torbay Council
01632 960633
""") + quote_block("Early Help <earlyhelp@torbay.gov.uk>", "20 March 2052 11:47", "Rowse, Kensa <Kensa.Rowse@torbay.gov.uk>",
                    "[SB-torbay-5291] Step-down request received - Luscombe children", ack)
    sa = docx_att("Single Assessment - Luscombe - LCS-4892277.docx", [
        "# Single Assessment - Luscombe children",
        "Tegan Luscombe and Bryony Luscombe (twins, 04/05/2040); Cody Luscombe (13/08/2046).",
        "Outcome: CIN plan ended; outcomes achieved; remaining needs at Level 3 (see the plan).",
        "Rationale for step down: no further statutory intervention required."])
    top = outlook_top(f, addr("Rowse, Kensa", "Kensa.Rowse@" + BDOM), addr("Early Help", BEH),
                      "RE: [SB-torbay-5291] Step-down request received - Luscombe children", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 4,
        "ordinary", "follow_up", False, None, ["LCS-4892277"],
        [ch("Tegan Luscombe", "2040-05-04", "04/05/2040"), ch("Bryony Luscombe", "2040-05-04", "04/05/2040"),
         ch("Cody Luscombe", "2046-08-13", "13/08/2046")],
        [], None, None, [], None, "attach_to_request",
        "Outlook reply to [SB-torbay-5291] adding the missing Single Assessment (.docx): follow_up -> "
        "attach_to_request. The children and their DOBs are only in the quoted acknowledgement (read as part of "
        "the message); no concerns stated in the new text.",
        ref="SB-torbay-5291", not_children=["Kensa Rowse"])

def torbay_07():
    f = "torbay_07.eml"; when = "2052-03-24 07:52:40"
    text = T("""
I don't know if anyone reads this on a Sunday, it's the only address I could find.

My son Lee Cole has been on his own with his four children since their mum left in the autumn: the triplets Ivy, Isla and Iris Cole, who are 22 months, and Harvey Cole, who is 6. They live at 14 Furzeham Rise, Brixham.

Harvey rang me on his dad's phone at twenty past seven this morning crying. He said daddy is lying on the kitchen floor and won't wake up, there is sick on the floor, and the babies are screaming in their cots. I told him to shake him and shout and he said he has and daddy just makes a noise. Lee has been drinking heavily again since Christmas.

I have rung 999 for an ambulance but they couldn't tell me how long. I'm in Okehampton with no car and the first bus isn't till 10. There is nobody else. If they take Lee to hospital there is nobody to have the children, and Harvey is only 6 on his own with three babies.

Please can somebody help them. My number is 07700 900214.

Pat Cole (Harvey's nan)
""")
    hb = '<div dir="ltr">' + "".join("<div>%s</div>" % (html.escape(l) if l else "<br>") for l in text.split("\n")) + "</div>\n"
    top = [("From", addr("Pat Cole", "patcole61@mail.example")), ("To", BMASH),
           ("Subject", "my son and the grandchildren Brixham"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "mail.gmail.com"))]
    data = build(top, multipart("alternative", [text_part(text, cte="base64"), text_part(hb, "html", cte="base64")],
                                gbnd(f, 1)), False)
    add(f, data, "torbay", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Ivy Cole", as_written="triplets Ivy, Isla and Iris Cole"), ch("Isla Cole", as_written="triplets Ivy, Isla and Iris Cole"),
         ch("Iris Cole", as_written="triplets Ivy, Isla and Iris Cole"), ch("Harvey Cole")],
        ["neglect", "substance_misuse"], None, None, [], None, "alert_duty",
        "URGENT, SOLE CARER INCAPACITATED, SUNDAY 07:52 (out of hours): a grandmother says her son, sole carer of "
        "22-month-old triplets and a 6-year-old, is on the floor and will not wake (drinking), and the 6-year-old is "
        "alone with the babies; an ambulance is called but nobody can care for the children -> alert_duty. Gmail "
        "multipart/alternative, both parts base64. Triplets named 'the triplets Ivy, Isla and Iris Cole' -> three "
        "children; no DOBs. No alarm word.",
        not_children=["Lee Cole", "Pat Cole"])

def torbay_08():
    f = "torbay_08.eml"; when = "2052-04-05 10:30:12"
    body = T("""
Dear Early Help,

I'm not reporting anything - nothing has happened - I just want to ask a question before the Easter holidays.

I have my three grandchildren, Ellie-Mae, Riley and Tommy Gill, living with me under a Special Guardianship Order since 2049. Their dad is in prison for what he did to their mum and, as far as I know, he won't be released until 2054, and there is a restraining order that stops him contacting any of us.

My question is hypothetical: if he was ever let out early and turned up at the school gates or at my door, what would happen, and who would I ring? The children are doing well and I want to have a plan just in case, so I'm not caught out.

The Early Help worker who helped us in 2050 said to email this address with any questions.

Many thanks,
Sandra Luxton
""")
    top = plain_top(f, addr("Sandra Luxton", "sandra.luxton@mail.example"), addr("Early Help", BEH),
                    "A question - what if the children's dad turns up?", when, "mail.example", None)
    add(f, mail(f, top, body, crlf=False, cte="7bit"), "torbay", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [],
        [ch("Ellie-Mae Gill", as_written="Ellie-Mae, Riley and Tommy Gill"),
         ch("Riley Gill", as_written="Ellie-Mae, Riley and Tommy Gill"),
         ch("Tommy Gill", as_written="Ellie-Mae, Riley and Tommy Gill")],
        [], None, None, [], None, "human_review",
        "NEAR MISS (hypothetical): a special guardian asks 'what would happen if' the children's imprisoned father "
        "were released early and came to the school - 'nothing has happened', he is in prison until 2054 and a "
        "restraining order is in place -> not urgent, no current concern; a question, not a request -> other, "
        "human_review. Three grandchildren named with one surname written once. Dated Friday 5 April 2052 (BST, "
        "+0100), the last day of the spring term.",
        not_children=["Sandra Luxton"])

# ============================================================================= HEREFORDSHIRE
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2052-01-11 10:40:16"
    table = [["ID", "Name", "Date of Birth", "Gender"],
             ["702311", "Lacey Preece", "14/02/2038 (13 years old)", "Female"],
             ["702312", "Jake Preece", "14/02/2038 (13 years old)", "Male"],
             ["702313", "Tilly Hughes", "30/06/2045 (6 years old)", "Female"],
             ["702314", "Archie Hughes", "12/12/2050 (1 year old)", "Male"]]
    blocks = ["Dear Early Help Co-ordinators,", "",
              "Following the Child & Family Assessment and my discussion with Verity at Tuesday's drop-in, please find "
              "attached the Early Help Assessment step-down plan (Level 3, Intensive) for the Preece / Hughes sibling "
              "group, started from the sibling group on Mosaic, and mum's signed consent form.", "",
              ("table", table), "",
              "Lacey and Jake are twins (Year 8, Whitecross Hereford High School); Tilly is in Year 2 at Holmer Green "
              "Primary and Archie is at home with mum, Kerry Hughes. The twins' dad, Mr Gareth Preece, has them "
              "every other weekend in Ross.", "",
              "Key person: Mrs Carys Bevan, Family Support Worker at Holmer Green Primary School, has agreed with mum "
              "to lead on this step-down (01632 960492).", "",
              "The remaining needs are mum's depression and Jake's attendance (85%). Mum and the children have seen "
              "and agreed the plan.", "",
              "Many thanks,", "Elin", "",
              "Elin Powell", "Social Worker | Hereford Locality Team | Herefordshire Council", "01632 960351", "",
              HDISC.strip()]
    plan = docx_att("EHA step-down plan - Preece Hughes sibling group.docx", [
        "# Early Help Assessment - Step Down plan (Level 3)",
        "Children: Lacey Preece, Jake Preece, Tilly Hughes, Archie Hughes (Mosaic 702311-702314).",
        "What are we worried about? Mum's depression; Jake's attendance (85%); money.",
        "What's working well? Mum is warm and the children are close; dad's weekends are reliable.",
        "Wellbeing plan - what needs to happen, by whom, outcome, timescale:",
        "1. Attendance plan for Jake - Whitecross High - 95% by Easter.",
        "2. Mum to see the GP and the wellbeing service - mum / Carys Bevan - by February half term.",
        "3. Holiday club places for Tilly - Holmer Green Primary - February half term.",
        "Key person: Carys Bevan, Family Support Worker, Holmer Green Primary School."])
    consent = pdf_att("Signed consent form - Hughes - 09.01.2052.pdf", "Early Help - consent to step down (signed)", [
        "I, Kerry Hughes, agree to my children Lacey Preece, Jake Preece, Tilly Hughes and Archie Hughes being "
        "stepped down to Early Help and to information being shared with the key person.",
        "Signed: K. Hughes    Date: 09/01/2052", "Witnessed: Elin Powell, Social Worker"])
    top = outlook_top(f, addr("Powell, Elin", "Elin.Powell@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down to Early Help (Level 3) - Preece / Hughes sibling group - plan and consent attached", when)
    add(f, word_mail(f, top, blocks, [plan, consent]), "herefordshire", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["702311", "702312", "702313", "702314"],
        [ch("Lacey Preece", "2038-02-14", "14/02/2038"), ch("Jake Preece", "2038-02-14", "14/02/2038"),
         ch("Tilly Hughes", "2045-06-30", "30/06/2045"), ch("Archie Hughes", "2050-12-12", "12/12/2050")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down laid out like the Mosaic sibling panel (ID | Name | Date of "
        "Birth '(13 years old)' | Gender): EHA step-down plan .docx, signed consent form PDF, a key person with her "
        "agency -> nothing missing -> book_meeting. Twins and half-siblings with two surnames; four Mosaic ids. "
        "Level 3 stated.",
        have={"children", "consent_form", "draft_plan", "lead_practitioner"},
        not_children=["Kerry Hughes", "Gareth Preece", "Carys Bevan", "Elin Powell"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2052-01-29 14:15:58"
    body = T("""
Hi both,

Step-down plan attached for the Jones / Morgan children in Kington (Mosaic 698210, family group).

The children are Seren Jones and Dafydd Jones, who are twins (DOB 07/09/2041), and their half-brothers Rhys Morgan (DOB 19/03/2046) and Osian Morgan (DOB 01/08/2048). They all live with mum, Rhian Jones.

Mum agreed verbally at my visit on Friday to the step down and to Early Help support. She'll sign the consent form when I see her next Tuesday, and I'll send it on then.

Key person: not agreed yet. Mum would like it to be the twins' school, Kington Primary, but I haven't been able to speak to the head yet - I'll come back to you.

The worries now are mum's low mood since Mr Morgan left last year and the children's routines (mornings and bedtimes). The plan has been shared with mum.

Thanks,
Owain

Owain Pritchard
Social Worker | Kington & Leominster Locality | Herefordshire Council
01632 960728

""") + HDISC
    plan = docx_att("Step-down plan - Jones Morgan - Jan 2052.docx", [
        "# Early Help Assessment - Step Down plan",
        "Children: Seren Jones, Dafydd Jones, Rhys Morgan, Osian Morgan.",
        "What needs to happen: morning routine support (family support worker, 6 weeks); GP review for mum; "
        "breakfast club for the twins; nursery hours for Osian.",
        "Key person: to be agreed."])
    top = outlook_top(f, addr("Pritchard, Owain", "Owain.Pritchard@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down plan - Jones / Morgan children (4) - Kington", when)
    add(f, mail(f, top, body, [plan], html_alt=True), "herefordshire", "early_help_duty", when, 6,
        "ordinary", "step_down", False, None, ["698210"],
        [ch("Seren Jones", "2041-09-07", "07/09/2041"), ch("Dafydd Jones", "2041-09-07", "07/09/2041"),
         ch("Rhys Morgan", "2046-03-19", "19/03/2046"), ch("Osian Morgan", "2048-08-01", "01/08/2048")],
        ["parental_mental_health"], True, None, ["consent_form", "lead_practitioner"], None, "request_info",
        "Herefordshire step-down for twins and two half-brothers written in prose ('Seren Jones and Dafydd Jones, who "
        "are twins (DOB 07/09/2041)'): plan attached; mum 'agreed verbally' -> consent true, but the written consent "
        "form is to follow -> consent_form missing; key person 'not agreed yet' -> lead_practitioner missing -> "
        "request_info. No level stated -> null.",
        have={"children", "draft_plan"}, not_children=["Rhian Jones", "Owain Pritchard"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2052-02-07 13:05:24"
    body = T("""
Hi,

Please see my visit note from today, attached. I think the Price children need to step up to social care.

I'm in the car outside the house. Please can someone call me back on 07700 900396.

Thanks,
Becky

Rebecca Hollis
Family Support Worker | Early Help (Leominster) | Herefordshire Council
""")
    note = pdf_att("Visit note Price 07.02.2052.pdf", "Early Help home visit note", [
        "Family: Price. Address: 6 Ryelands Close, Leominster. Worker: Rebecca Hollis.",
        "Date and time of visit: Wednesday 7 February 2052, 12:10 to 12:40.",
        "Present: Mr Gavin Price (father); Mia Price (DOB 03/05/2046); Luca Price (DOB 20/10/2048).",
        "Not seen: Noah Price (DOB 20/10/2048), Luca's twin.",
        "",
        "On arrival I could hear a child crying and banging from the understairs cupboard. The cupboard has a bolt "
        "on the outside and it was bolted.",
        "",
        "Mia told me: \"Noah's in the dark cupboard 'cos he wet himself again. Daddy smacked him on his legs and put "
        "him in. He's been in since breakfast. Daddy says he stays there till mummy gets home.\"",
        "",
        "I asked Mr Price to open the cupboard so I could see Noah. He refused, said it was \"none of my business how "
        "he brings up his kids\" and told me to leave. Luca was sitting on the stairs, very quiet.",
        "",
        "Mum (Sophie Price) works in Worcester and is not home until about 6pm. Noah is 3.",
        "",
        "I left at 12:40 and I am parked outside the house writing this."])
    top = outlook_top(f, addr("Hollis, Rebecca", "Rebecca.Hollis@" + HDOM), addr("MASH", HMASH),
                      "Step up - Price children - visit note attached", when)
    add(f, mail(f, top, body, [note], html_alt=True), "herefordshire", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, [],
        [ch("Mia Price", "2046-05-03", "03/05/2046"), ch("Luca Price", "2048-10-20", "20/10/2048"),
         ch("Noah Price", "2048-10-20", "20/10/2048")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT ONLY IN AN ATTACHMENT: the body asks for a step-up and a call back; the PDF visit note says a "
        "3-year-old twin is bolted in the understairs cupboard 'since breakfast' after being smacked, the father "
        "refused to open it and told the worker to leave, mother away until 6pm -> alert_duty. A Herefordshire "
        "step_up (undefined by its protocol) -> missing [] and, were it not urgent, human_review. Children named "
        "only in the attachment, Mia first; twins share a DOB. No alarm word.",
        not_children=["Gavin Price", "Sophie Price", "Rebecca Hollis"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2052-02-21 11:50:37"
    body = T("""
Dear Co-ordinators,

Step down L3 for the Watkins children - EHA step-down plan, signed consent form and key person below. Verity and I discussed the plan at the drop-in on 13 February.

Children (Mosaic):
- Maisie Watkins, 11/04/2044 - 699871
- Evan Watkins, 02/09/2049 - 699872 (triplet)
- Elsie Watkins, 02/09/2049 - 699873 (triplet)
- Eli Watkins, 02/09/2049 - 699874 (triplet)

You'll see from Mosaic that in March 2050 the triplets, then six months old, were found alone in the flat for about 40 minutes while mum went to the shop, which is how we became involved. That was a one-off: it was fully assessed (s47, then a CP plan, then CIN), there has been no repeat in almost two years, the family moved to a house in Bromyard last spring and mum's sister now lives with them. There are no current concerns about the children being left.

The remaining need at Level 3 is Eli's cerebral palsy: he is waiting for an EHCP needs assessment and mum needs help coordinating his physio, orthotics and nursery.

Key person: Mrs Jo Parry, Manager, Little Oaks Nursery, Bromyard, agreed with mum on 16 February.

Mum has signed the consent form (attached).

Ffion

Ffion Lloyd
Social Worker | Bromyard & Ledbury Locality | Herefordshire Council
01632 960865

""") + HDISC
    plan = docx_att("EHA step-down plan - Watkins.docx", [
        "# Early Help Assessment - Step Down plan (Level 3) - Watkins",
        "What needs to happen: EHCP needs assessment for Eli (SENCo, Little Oaks); physio and orthotics in one "
        "calendar (key person); respite information for mum; a weekly club for Maisie.",
        "Key person: Jo Parry, Little Oaks Nursery."])
    consent = pdf_att("Watkins consent form signed 16.02.2052.pdf", "Consent to step down to Early Help", [
        "I consent to Maisie, Evan, Elsie and Eli Watkins being stepped down to Early Help.",
        "Signed: Carly Watkins   16/02/2052"])
    top = outlook_top(f, addr("Lloyd, Ffion", "Ffion.Lloyd@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down L3 - Watkins triplets and Maisie - plan, consent, key person", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 3, ["699871", "699872", "699873", "699874"],
        [ch("Maisie Watkins", "2044-04-11", "11/04/2044"), ch("Evan Watkins", "2049-09-02", "02/09/2049"),
         ch("Elsie Watkins", "2049-09-02", "02/09/2049"), ch("Eli Watkins", "2049-09-02", "02/09/2049")],
        ["disability_send"], True, None, [], None, "book_meeting",
        "NEAR MISS (resolved, historic): babies left alone in 2050, assessed through s47, CP and CIN, no repeat in "
        "two years, 'no current concerns about the children being left' -> not urgent, not neglect. Complete "
        "Level 3 step-down ('L3'): plan .docx, signed consent PDF, key person with agency -> book_meeting. Triplets "
        "in a bulleted list with a Mosaic id each; the remaining need is a triplet's cerebral palsy (disability_send).",
        have={"children", "consent_form", "draft_plan", "lead_practitioner"},
        not_children=["Jo Parry", "Ffion Lloyd", "Carly Watkins"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2052-03-06 09:35:44"
    ack = T("""
Thank you - your step-down request has been received.

Reference: SB-herefordshire-3107
Children: Seren Jones, Dafydd Jones, Rhys Morgan, Osian Morgan
Case: 698210

What is missing:
- the family's signed consent form
- the key person (name and agency)

Please reply to this email, keeping the reference in the subject, to add anything.
""")
    text = T("""
Morning,

Signed consent form attached - mum signed it at yesterday's visit.

Key person: Mrs Gwen Prosser, Family Link Worker at Kington Primary School. She and mum have agreed it.

Owain

Owain Pritchard
Social Worker | Kington & Leominster Locality | Herefordshire Council
Sent from my iPhone
""")
    body = text + "\nOn 29 Jan 2052, at 14:21, Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:\n\n" + quoted(ack)
    consent = pdf_att("Consent form - Jones Morgan - signed 05.03.2052.pdf", "Early Help - consent to step down (signed)", [
        "I, Rhian Jones, consent to Seren, Dafydd, Rhys and Osian being stepped down to Early Help.",
        "Signed: R. Jones   05/03/2052"])
    t = flowed_part(body)
    root = multipart("mixed", [t, consent], "Apple-Mail=_%s" % sha(f, "apple")[:24].upper())
    top = plain_top(f, addr("Pritchard, Owain", "Owain.Pritchard@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Re: [SB-herefordshire-3107] Step-down request received - Jones / Morgan children", when, HDOM,
                    "iPhone Mail (23D60)",
                    extra=[("In-Reply-To", "<SB-herefordshire-3107.ack@herefordshire.gov.uk>"),
                           ("References", "<SB-herefordshire-3107.ack@herefordshire.gov.uk>")])
    add(f, build(top, root, False), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "follow_up", False, None, ["698210"],
        [ch("Seren Jones"), ch("Dafydd Jones"), ch("Rhys Morgan"), ch("Osian Morgan")],
        [], True, None, [], None, "attach_to_request",
        "iPhone reply (format=flowed, acknowledgement quoted with '>') to [SB-herefordshire-3107], herefordshire_02's "
        "family: adds the signed consent form PDF and the key person -> follow_up -> attach_to_request; consent "
        "true (mum signed). Children in full only in the quoted acknowledgement, no DOBs.",
        not_children=["Gwen Prosser", "Owain Pritchard", "Rhian Jones"], ref="SB-herefordshire-3107")

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2052-03-15 21:18:03"
    text = T("""
hi i dont know if this is the right email its the one on the council website

my sister Megan Bevan is 13 and she hasnt come home from school. her twin Macy Bevan says Megan told her at lunch she was getting the train to Birmingham after school to meet a lad called Jay she met on snap. hes 22 and hes paying for a hotel for them tonight

her phone has been off since 6. mum is working at the pub till midnight and says Megan will turn up and not to be dramatic but she has never done this before

I looked on Megans ipad and he sent her a picture of a train ticket and said "dont tell ur sisters, tonight is our secret" 

please can someone do something. my number is 07700 900571

Chloe Bevan (Megans big sister, im 16)

Sent from my Galaxy
""")
    hb = '<div dir="auto">' + "".join("<div dir=\"auto\">%s</div>" % (html.escape(l) if l else "<br>") for l in text.split("\n")) + "</div>\n"
    top = [("From", addr("chloe x", "chlo.bx.2035@mail.example")), ("To", HMASH),
           ("Subject", "my sister hasnt come home"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "mail.gmail.com"))]
    data = build(top, multipart("alternative", [text_part(text, cte="base64"), text_part(hb, "html", cte="quoted-printable")],
                                gbnd(f, 1)), False)
    add(f, data, "herefordshire", "mash_step_up", when, 4,
        "urgent", "other", True, None, [],
        [ch("Megan Bevan"), ch("Macy Bevan"), ch("Chloe Bevan")],
        ["exploitation", "missing"], None, None, [], None, "alert_duty",
        "URGENT, A SIBLING WRITES IN HERSELF (Friday 21:18, out of hours, mobile style, base64 text + QP HTML): her "
        "13-year-old sister has not come home and told her twin she is taking the train to meet a 22-year-old from "
        "Snapchat who is paying for a hotel 'tonight', phone off since 6, mother dismissive -> missing now with "
        "online grooming (exploitation) -> alert_duty. Three sisters labelled (the writer, 16, signs with her full "
        "name; the display name in From is only 'chloe x'). No alarm word.")

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2052-03-26 11:20:50"
    body = T("""
Dear Sir or Madam,

I am writing to ask for a copy of my social care records. I don't know if this is the right address - the council website was not clear.

My name is Jodie Marsh (born 14/06/2027). I am 24. I was one of six brothers and sisters who were taken into care from Leominster in 2035, after years of neglect and our stepfather hitting us. We were split up between foster families and I lost touch with the younger ones. I have been having counselling and my counsellor thinks it would help to read what happened and why we were split up.

I have no children. I'm not reporting anything happening now - this is all a long time ago and the stepfather died in 2041. I just want my file.

Please tell me what I need to send (ID etc).

Thank you,
Jodie Marsh
""")
    top = plain_top(f, addr("Jodie Marsh", "jodie.marsh27@mail.example"), addr("Early Help Co-ordinators", HEH),
                    "Request for my care records - Jodie Marsh", when, "mail.example", None)
    add(f, mail(f, top, body, crlf=False, cte="7bit"), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS (historic, an adult): a 24-year-old who was one of six siblings taken into care in 2035 asks for "
        "her records; the neglect and the stepfather's violence are two decades old and he is dead; she has no "
        "children -> not urgent, no children, no concerns -> other, human_review (a subject-access request sent to "
        "the wrong inbox).",
        not_children=["Jodie Marsh"], adults=[("Jodie Marsh", "14/06/2027")])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2052-04-01 09:48:21"
    comment = ("I may be 10 minutes late - I have the twins' annual review at Kington Primary first and will come "
               "straight on.")
    data = itip_reply(f, when, "Gwen Prosser", "g.prosser@kingtonprimary.example", ("Early Help Co-ordinators", HEH),
                      "TENTATIVE", "Step-down drop-in - Jones / Morgan children [SB-herefordshire-3107]",
                      "20520409T093000", "20520409T101500", "Plough Lane Offices, Hereford (Room 2.14)", comment=comment)
    add(f, data, "herefordshire", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=TENTATIVE, with a COMMENT about being late because of 'the twins' annual "
        "review', for the Tuesday drop-in on 9 April (Easter holidays) -> meeting_reply, record_reply. Dated Monday "
        "1 April 2052, the first working day of BST (+0100). No child named in full; no case id.",
        ref="SB-herefordshire-3107")

# ============================================================================= calendar facts (checked, not assumed)
WINDOW = (date(2052, 1, 4), date(2052, 4, 5))          # Thu 4 January - Fri 5 April 2052 (spring term)
EASTER_HOLS = (date(2052, 4, 8), date(2052, 4, 22))     # Mon 8 April - Mon 22 April 2052 (schools)
BANK_HOLIDAYS_2052 = {                                   # England & Wales, written out by hand ...
    date(2052, 1, 1): "New Year's Day", date(2052, 4, 19): "Good Friday", date(2052, 4, 22): "Easter Monday",
    date(2052, 5, 6): "Early May bank holiday", date(2052, 5, 27): "Spring bank holiday",
    date(2052, 8, 26): "Summer bank holiday", date(2052, 12, 25): "Christmas Day", date(2052, 12, 26): "Boxing Day"}
BANK_HOLIDAYS = set(BANK_HOLIDAYS_2052) | {date(2051, 12, 25), date(2051, 12, 26), date(2053, 1, 1)}

def easter_anonymous(y):
    """Anonymous Gregorian algorithm (Meeus/Jones/Butcher)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    return date(y, (h + l - 7 * m + 114) // 31, (h + l - 7 * m + 114) % 31 + 1)

def easter_gauss(y):
    """Gauss's Easter algorithm (Gregorian, with the two exceptions)."""
    a, b, c = y % 19, y % 4, y % 7
    k = y // 100
    p = (13 + 8 * k) // 25
    q = k // 4
    M = (15 - p + k - q) % 30
    N = (4 + k - q) % 7
    d = (19 * a + M) % 30
    e = (2 * b + 4 * c + 6 * d + N) % 7
    day = 22 + d + e
    if d == 29 and e == 6:
        return date(y, 4, 19)
    if d == 28 and e == 6 and (11 * M + 11) % 30 < 19:
        return date(y, 4, 18)
    return date(y, 3, day) if day <= 31 else date(y, 4, day - 31)

def ew_bank_holidays(y):
    """England & Wales bank holidays by rule (substitute days for weekend New Year / Christmas / Boxing Day)."""
    out = {}
    def sub(d, name, taken):
        while d.weekday() >= 5 or d in taken:
            d += timedelta(days=1)
        out[d] = name
    nyd = date(y, 1, 1)
    sub(nyd, "New Year's Day", set())
    e = easter_anonymous(y)
    out[e - timedelta(days=2)] = "Good Friday"
    out[e + timedelta(days=1)] = "Easter Monday"
    may1 = date(y, 5, 1)
    out[may1 + timedelta(days=(0 - may1.weekday()) % 7)] = "Early May bank holiday"
    may31 = date(y, 5, 31)
    out[may31 - timedelta(days=may31.weekday())] = "Spring bank holiday"
    aug31 = date(y, 8, 31)
    out[aug31 - timedelta(days=aug31.weekday())] = "Summer bank holiday"
    sub(date(y, 12, 25), "Christmas Day", set(out))
    sub(date(y, 12, 26), "Boxing Day", set(out))
    return out

def bst_rule(instant_utc):
    """+1h from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October."""
    y = instant_utc.year
    last_sun = lambda m: max(date(y, m, d) for d in range(25, 32) if date(y, m, d).weekday() == 6)
    s, e = last_sun(3), last_sun(10)
    start = datetime(s.year, s.month, s.day, 1, tzinfo=UTC)
    end = datetime(e.year, e.month, e.day, 1, tzinfo=UTC)
    return timedelta(hours=1) if start <= instant_utc < end else timedelta(0)

def working_days(today, meeting):
    """DESIGN: working days d with today < d <= meeting (Mon-Fri, bank holidays excluded)."""
    n, d = 0, today + timedelta(days=1)
    while d <= meeting:
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n += 1
        d += timedelta(days=1)
    return n

def plain_weekdays(today, meeting):
    n, d = 0, today + timedelta(days=1)
    while d <= meeting:
        n += d.weekday() < 5
        d += timedelta(days=1)
    return n

# the Knowsley counts the README's table gives: file -> (working days, plain weekdays, counted from the UTC date)
COUNTS_EXPECTED = {"knowsley_01.eml": (5, 5, 5), "knowsley_02.eml": (4, 4, 4), "knowsley_03.eml": (7, 7, 7),
                   "knowsley_05.eml": (5, 5, 5), "knowsley_06.eml": (4, 4, 5), "knowsley_07.eml": (12, 14, 12)}


# ============================================================================= the rules behind the labels
CONCERNS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
            "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation", "school_attendance",
            "young_carer", "disability_send"}
DOC_IDS = {"case_summary", "rationale", "draft_plan", "step_up_form", "taf_minutes", "gcp2", "engaging_families",
           "exploitation_assessment", "assessment", "cin_minutes", "consent_form", "request_for_support"}
FACT_IDS = {"case_id", "children", "consent", "manager_agreed", "lead_practitioner", "meeting_details",
            "worries_strengths_next"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
ACTIONS = {"alert_duty", "ignore", "record_reply", "attach_to_request", "human_review", "request_info", "book_meeting"}
KEYS = ["kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed", "missing",
        "notice_ok", "next_action"]

def defined(authority, kind):
    return kind in ("step_up", "step_down") and not (authority == "herefordshire" and kind == "step_up")

def required(authority, kind, level, concerns):
    """REQUIREMENTS.md's matrix."""
    if not defined(authority, kind):
        return set()
    if authority == "knowsley" and kind == "step_up":
        r = {"children", "step_up_form", "case_id", "manager_agreed", "taf_minutes", "meeting_details"}
        if "neglect" in concerns: r.add("gcp2")
        if "non_engagement" in concerns: r.add("engaging_families")
        if "exploitation" in concerns: r.add("exploitation_assessment")
        return r
    if authority == "knowsley" and kind == "step_down":
        base = {"children", "meeting_details", "worries_strengths_next"}
        return base | ({"lead_practitioner"} if level == 2 else {"consent"})
    return {("richmond_wandsworth", "step_up"): {"children", "case_summary", "rationale"},
            ("richmond_wandsworth", "step_down"): {"children", "case_summary", "draft_plan", "consent"},
            ("tower_hamlets", "step_down"): {"children", "assessment", "draft_plan", "consent", "lead_practitioner"},
            ("tower_hamlets", "step_up"): {"children", "request_for_support", "manager_agreed"},
            ("torbay", "step_down"): {"children", "assessment", "manager_agreed", "consent"},
            ("torbay", "step_up"): {"children", "consent", "manager_agreed"},
            ("herefordshire", "step_down"): {"children", "consent_form", "draft_plan", "lead_practitioner"},
            }[(authority, kind)]

def expected_action(authority, e):
    if e["urgent"]: return "alert_duty"
    if e["kind"] == "auto_reply": return "ignore"
    if e["kind"] == "meeting_reply": return "record_reply"
    if e["kind"] == "follow_up": return "attach_to_request"
    if e["kind"] == "other" or not defined(authority, e["kind"]): return "human_review"
    if e["missing"] or e["notice_ok"] is False: return "request_info"
    return "book_meeting"

BANNED = re.compile(r"\b(urgent|risk|immediate|emergenc|danger|unsafe|safeguarding\s+concern|asap|critical)", re.I)
CASE_ID = re.compile(r"^((EHM|ICS|LCS)-\d{5,7}|\d{6,7})$")
DATE_RE = re.compile(r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d\d) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
                     r"(\d{4}) (\d\d):(\d\d):(\d\d) ([+-]\d{4})$")
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


# ============================================================================= reading a message back
def parse(fname):
    return email.message_from_bytes(FILES[fname], policy=email.policy.default)

def part_text(part):
    """Decoded text of one leaf part, and its raw decoded form (for the banned-word check)."""
    ct = part.get_content_type()
    payload = part.get_payload(decode=True) or b""
    if ct == "text/html":
        raw = part.get_content()
        return html_text(raw), raw
    if ct in ("text/calendar", "application/ics"):
        c = payload.decode("utf-8").replace("\r\n ", "").replace("\n ", "")
        return c.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\"), c
    if ct == "text/plain":
        t = part.get_content()
        if part.get_param("format") == "flowed":
            t = unflow(t.replace("\r\n", "\n"))
        return t, t
    if ct == DOCX:
        return docx_text(payload), docx_raw(payload)
    if ct == "application/pdf":
        return pdf_text(payload), payload.decode("latin-1")
    return "", ""

def readable(msg):
    out = [str(msg["Subject"] or "")]
    for part in msg.walk():
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if fn:
            out.append(fn)
        out.append(part_text(part)[0])
    return re.sub(r"\s+", " ", "\n".join(out))

def everything(msg, data):
    """Every header of every part (decoded), every decoded payload in raw and readable form, attachment names,
    and the raw message itself: what the banned-word check reads."""
    out = [data.decode("latin-1")]
    for part in msg.walk():
        for k, v in part.items():
            out.append("%s: %s" % (k, v))
            out.append(str(make_header(decode_header(str(v)))) if "=?" in str(v) else str(v))
        if part.is_multipart():
            continue
        if part.get_filename():
            out.append(part.get_filename())
        out += list(part_text(part))
    return "\n".join(out)

def parse_dob(s):
    m = re.fullmatch(r"(\d\d)[/.](\d\d)[/.](\d{4})", s)
    if not m:
        raise ValueError("unparsed DOB %r" % s)
    return date(int(m[3]), int(m[2]), int(m[1]))

def age_on(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))


# ============================================================================= the checks
def check():
    errors = []
    E = errors.append
    if len(FILES) != 40 or len(LABELS) != 40 or len(CATS) != 40:
        E("set: %d files, %d labels, %d categories (need 40)" % (len(FILES), len(LABELS), len(CATS)))
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        names = sorted(l["file"] for l in LABELS if l["authority"] == a)
        if names != ["%s_%02d.eml" % (a, i) for i in range(1, 9)]:
            E("set: %s files are %s" % (a, names))
    cats = [CATS[l["file"]] for l in LABELS]
    if cats.count("urgent") < 11 or cats.count("near_miss") < 11:
        E("set: %d urgent, %d near misses (need at least 11 each)" % (cats.count("urgent"), cats.count("near_miss")))
    if set(cats) - {"urgent", "near_miss", "ordinary"}:
        E("set: unknown category")
    if {l["expect"]["kind"] for l in LABELS} != KINDS:
        E("set: not every kind is present")
    if {l["expect"]["kind"] for l in LABELS if l["expect"]["urgent"]} != KINDS - {"auto_reply"}:
        E("set: urgent mails should span step_up, step_down, follow_up, meeting_reply and other")

    # calendar
    for y in range(2040, 2061):
        if easter_anonymous(y) != easter_gauss(y):
            E("calendar: the two Easter algorithms disagree for %d" % y)
    if easter_anonymous(2052) != date(2052, 4, 21) or easter_anonymous(2052).weekday() != 6:
        E("calendar: Easter Sunday 2052 should be 21 April")
    if ew_bank_holidays(2052) != BANK_HOLIDAYS_2052:
        E("calendar: the hand-written 2052 bank holidays differ from the rules: %s" % ew_bank_holidays(2052))
    if not (ew_bank_holidays(2051).keys() | ew_bank_holidays(2053).keys()) >= (BANK_HOLIDAYS - set(BANK_HOLIDAYS_2052)):
        E("calendar: the neighbouring bank holidays are wrong")
    if [d for d in BANK_HOLIDAYS if WINDOW[0] <= d <= WINDOW[1]]:
        E("calendar: a bank holiday falls inside the window")
    if not (date(2052, 1, 1).weekday() == 0 and WINDOW[0].weekday() == 3 and WINDOW[1].weekday() == 4
            and EASTER_HOLS[0].weekday() == 0 and EASTER_HOLS[0] == WINDOW[1] + timedelta(days=3)
            and EASTER_HOLS[0] < date(2052, 4, 19) and EASTER_HOLS[1] == date(2052, 4, 22)):
        E("calendar: window / Easter holiday weekdays wrong")
    for d in (date(2052, 3, 30), date(2052, 3, 31), date(2052, 4, 1)):
        for hh in (0, 1, 2, 12):
            inst = datetime(d.year, d.month, d.day, hh, tzinfo=UTC)
            if inst.astimezone(LON).utcoffset() != bst_rule(inst):
                E("calendar: zoneinfo and the BST rule disagree at %s" % inst)
    if date(2052, 2, 29).weekday() != 3:
        E("calendar: 29 February 2052 should be a Thursday")

    offsets = set()
    for lab in LABELS:
        f = lab["file"]; e = lab["expect"]; a = lab["authority"]; meta = META[f]
        if list(e) != KEYS or list(lab) != ["file", "authority", "mailbox", "now", "expect", "why"]:
            E("%s: label keys differ from the dev corpus's" % f)
        try:
            msg = parse(f)
        except Exception as ex:
            E("%s: unparsable (%r)" % (f, ex)); continue
        for part in msg.walk():
            if part.defects:
                E("%s: MIME defects %s" % (f, part.defects))
        data = FILES[f]
        try:
            data.split(b"\n\n")[0].decode("ascii")
        except UnicodeDecodeError:
            E("%s: 8-bit bytes in the headers" % f)
        for h in ("Message-ID", "Date", "From", "To", "Subject"):
            if msg[h] is None:
                E("%s: no %s header" % (f, h))
        box = MAILBOXES[(a, lab["mailbox"])].lower()
        if box not in ("%s %s" % (msg["To"] or "", msg["Cc"] or "")).lower():
            E("%s: the %s mailbox %s is not in To/Cc" % (f, lab["mailbox"], box))
        # Date header: real date, right weekday, in the window, Europe/London offset; now a few minutes later
        raw_date = re.search(rb"^Date: (.*?)\r?$", data, re.M).group(1).decode()
        m = DATE_RE.match(raw_date)
        if not m:
            E("%s: Date header %r not in RFC 5322 form" % (f, raw_date)); continue
        d0 = date(int(m[4]), MONTHS.index(m[3]) + 1, int(m[2]))
        if DAYS[d0.weekday()] != m[1]:
            E("%s: Date says %s but %s is a %s" % (f, m[1], d0, DAYS[d0.weekday()]))
        if not WINDOW[0] <= d0 <= WINDOW[1]:
            E("%s: Date %s outside the window" % (f, d0))
        if d0 in BANK_HOLIDAYS:
            E("%s: Date on a bank holiday" % f)
        off = timedelta(hours=int(m[8][1:3]), minutes=int(m[8][3:])) * (1 if m[8][0] == "+" else -1)
        sent = datetime(d0.year, d0.month, d0.day, int(m[5]), int(m[6]), int(m[7]), tzinfo=timezone(off))
        if sent.astimezone(LON).utcoffset() != off or bst_rule(sent.astimezone(UTC)) != off:
            E("%s: Date offset %s is not Europe/London's at that instant" % (f, m[8]))
        offsets.add(m[8])
        now = datetime.fromisoformat(lab["now"])
        if now.utcoffset() != off:
            E("%s: now offset differs from the Date header's" % f)
        if not timedelta(minutes=1) <= now - sent <= timedelta(minutes=10):
            E("%s: now is not 1-10 minutes after the Date" % f)
        if (d0.weekday() >= 5) and not lab["expect"]["urgent"]:
            E("%s: only urgent mail is dated at a weekend in this set" % f)

        text = readable(msg)
        # banned words in urgent mail: headers, every decoded part, attachments, the raw message
        if CATS[f] == "urgent":
            hit = BANNED.search(everything(msg, data))
            if hit:
                E("%s: urgent mail contains the banned word %r" % (f, hit.group(0)))
        if (CATS[f] == "urgent") != e["urgent"]:
            E("%s: urgent vs category" % f)

        # label values
        if e["kind"] not in KINDS or e["next_action"] not in ACTIONS:
            E("%s: kind / next_action value" % f)
        for k in ("concerns", "missing"):
            if e[k] != sorted(set(e[k])):
                E("%s: %s not sorted / unique" % (f, k))
        if set(e["concerns"]) - CONCERNS:
            E("%s: unknown concerns %s" % (f, set(e["concerns"]) - CONCERNS))
        if set(e["missing"]) - DOC_IDS - FACT_IDS:
            E("%s: unknown missing ids" % f)
        if e["level"] is not None and (e["kind"] != "step_down" or e["level"] not in (2, 3)):
            E("%s: level only on step_downs (2 or 3)" % f)
        if e["level"] is not None and not re.search(r"\b(Level|L)\s?%d\b" % e["level"], text):
            E("%s: level %s not stated" % (f, e["level"]))
        req = required(a, e["kind"], e["level"], e["concerns"])
        if sorted(req - meta["have"]) != e["missing"]:
            E("%s: missing %s, but the requirement matrix gives %s" % (f, e["missing"], sorted(req - meta["have"])))
        if "consent" in req and (e["consent"] is True) != ("consent" in meta["have"]):
            E("%s: consent label vs missing" % f)
        if "manager_agreed" in req and (e["manager_agreed"] is True) != ("manager_agreed" in meta["have"]):
            E("%s: manager label vs missing" % f)
        if "children" in req and bool(e["children"]) != ("children" in meta["have"]):
            E("%s: children vs missing" % f)
        if "case_id" in req and bool(e["case_ids"]) != ("case_id" in meta["have"]):
            E("%s: case ids vs missing" % f)
        if e["kind"] in ("meeting_reply", "auto_reply") and (e["consent"] is not None or e["manager_agreed"] is not None):
            E("%s: a %s states no consent or agreement" % (f, e["kind"]))
        if expected_action(a, e) != e["next_action"]:
            E("%s: next_action %s != %s" % (f, e["next_action"], expected_action(a, e)))
        if e["urgent"] and e["next_action"] != "alert_duty":
            E("%s: urgent but not alert_duty" % f)
        if lab["mailbox"] == "mash_step_up" and e["kind"] == "step_down" or \
           lab["mailbox"] == "early_help_duty" and e["kind"] == "step_up" and a != "herefordshire":
            E("%s: step request in the wrong mailbox" % f)

        # notice (Knowsley step requests only)
        knows_step = a == "knowsley" and e["kind"] in ("step_up", "step_down")
        if knows_step != (meta["meeting"] is not None) or knows_step != (e["notice_ok"] is not None):
            E("%s: notice only for Knowsley step requests with a meeting" % f)
        if knows_step:
            mtg = meta["meeting"]
            today = now.astimezone(LON).date()
            wd = working_days(today, mtg)
            if (wd >= 5) != e["notice_ok"]:
                E("%s: notice_ok %s but %d WD" % (f, e["notice_ok"], wd))
            if mtg.weekday() >= 5 or mtg in BANK_HOLIDAYS or mtg <= today:
                E("%s: meeting on a weekend / bank holiday / not ahead" % f)
            got = (wd, plain_weekdays(today, mtg), working_days(now.astimezone(UTC).date(), mtg))
            if COUNTS_EXPECTED.get(f) != got:
                E("%s: Knowsley count %s, the README says %s" % (f, got, COUNTS_EXPECTED.get(f)))
            COUNTS[f] = got

        # case ids
        seen = []
        for cid in e["case_ids"]:
            if not CASE_ID.match(cid):
                E("%s: %r is not an EHM/ICS/LCS/Mosaic id" % (f, cid))
            if not re.search(r"(?<![\w-])%s(?!\d)" % re.escape(cid), text):
                E("%s: case id %s not in the text" % (f, cid))
            seen.append(text.find(cid))
        if seen != sorted(seen) or len(set(e["case_ids"])) != len(e["case_ids"]):
            E("%s: case ids not in order of appearance / not deduplicated" % f)

        # children
        pos = []
        for c in meta["children"]:
            first = c["name"].split()[0]
            if c["_as"]:
                at = text.find(c["_as"])
                if at < 0 or first not in c["_as"] or c["name"].split()[-1] not in c["_as"]:
                    E("%s: %s's span %r not found" % (f, c["name"], c["_as"])); continue
                pos.append(at + c["_as"].find(first))
            else:
                at = text.find(c["name"])
                if at < 0:
                    E("%s: child %s not in the text" % (f, c["name"])); continue
                pos.append(at)
            if c["_w"]:
                if c["_w"] not in text:
                    E("%s: %s's DOB %r not in the text" % (f, c["name"], c["_w"]))
                dob = parse_dob(c["_w"])
                if dob.isoformat() != c["dob"]:
                    E("%s: %s's DOB %r parses to %s, labelled %s" % (f, c["name"], c["_w"], dob, c["dob"]))
                if not 0 <= age_on(dob, now.date()) < 18 or dob >= now.date():
                    E("%s: %s is not a child at now" % (f, c["name"]))
        if pos != sorted(pos):
            E("%s: children not in order of first appearance" % f)
        if [(c["name"], c["dob"]) for c in e["children"]] != [(c["name"], c["dob"]) for c in meta["children"]]:
            E("%s: children label / record mismatch" % f)
        for n in meta["not_children"]:
            if n not in text:
                E("%s: %s (not a child) does not appear" % (f, n))
            if n in [c["name"] for c in e["children"]]:
                E("%s: %s labelled as a child" % (f, n))
        for n, w in meta["adults"]:
            if w not in text or age_on(parse_dob(w), now.date()) < 18:
                E("%s: %s should be an adult whose DOB is written" % (f, n))

        # kind structure
        subj = str(msg["Subject"])
        has_ref = re.search(r"\[SB-[a-z_]+-\d+\]", subj)
        cal_replies = [p for p in msg.walk() if p.get_content_type() == "text/calendar"
                       and "METHOD:REPLY" in (p.get_payload(decode=True) or b"").decode()]
        if e["kind"] == "follow_up" and (not has_ref or meta["ref"] not in subj):
            E("%s: a follow-up carries its [SB-] reference in the subject" % f)
        if e["kind"] in ("step_up", "step_down", "other") and has_ref:
            E("%s: a new request / other mail should carry no [SB-] reference" % f)
        if (e["kind"] == "meeting_reply") != (len(cal_replies) == 1):
            E("%s: meeting replies (only) carry one text/calendar METHOD:REPLY" % f)
        if (e["kind"] == "auto_reply") != (msg["Auto-Submitted"] is not None):
            E("%s: auto_reply <=> Auto-Submitted" % f)
    if offsets != {"+0000", "+0100"}:
        E("set: Date offsets %s (GMT before 31 March, BST after)" % offsets)
    if set(COUNTS) != set(COUNTS_EXPECTED):
        E("set: Knowsley counts for %s, expected %s" % (sorted(COUNTS), sorted(COUNTS_EXPECTED)))
    return errors

COUNTS = {}

def stats():
    from collections import Counter
    ex = [l["expect"] for l in LABELS]
    out = ["category %s" % dict(Counter(CATS.values())),
           "kind %s" % dict(Counter(e["kind"] for e in ex)),
           "next_action %s" % dict(Counter(e["next_action"] for e in ex)),
           "mailbox %s" % dict(Counter(l["mailbox"] for l in LABELS)),
           "consent %s" % dict(Counter(str(e["consent"]) for e in ex)),
           "manager %s" % dict(Counter(str(e["manager_agreed"]) for e in ex)),
           "level %s" % dict(Counter(str(e["level"]) for e in ex)),
           "notice %s" % dict(Counter(str(e["notice_ok"]) for e in ex)),
           "children %d, with dob %d" % (sum(len(e["children"]) for e in ex),
                                         sum(1 for e in ex for c in e["children"] if c["dob"])),
           "offsets %s" % dict(Counter(datetime.fromisoformat(l["now"]).strftime("%z") for l in LABELS))]
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        out.append("%s %s" % (a, dict(Counter(CATS[l["file"]] for l in LABELS if l["authority"] == a))))
    out.append("kind x category %s" % dict(sorted(Counter((l["expect"]["kind"], CATS[l["file"]]) for l in LABELS).items())))
    for f, (wd, pw, utc) in sorted(COUNTS.items()):
        out.append("  %s now %s meeting %s: %d WD, %d plain weekdays, %d from the UTC date"
                   % (f, next(l["now"] for l in LABELS if l["file"] == f), META[f]["meeting"], wd, pw, utc))
    return "\n".join(out)

def main():
    for name, fn in sorted(globals().items()):
        if re.match(r"^(knowsley|richmond_wandsworth|tower_hamlets|torbay|herefordshire)_\d\d$", name):
            fn()
    errors = check()
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
        print(stats())
    print("wrote %d messages, labels.json and categories.json; all self-checks passed" % len(FILES))

if __name__ == "__main__":
    main()
