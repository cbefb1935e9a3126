#!/usr/bin/env python3
"""mixed153: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the autumn term of 2054 (Tuesday 1 September - Friday 18 December 2054), in weather, power and the seasons:
storms and floods, power cuts, prepayment meters with no gas or electricity on them, a baby in a freezing flat,
children sent out in the cold without coats, a toddler left in a hot car, Halloween and bonfire night, dark evenings
after the clocks go back, and snow-day closures - alongside ordinary step-ups and step-downs.

STANDARD LIBRARY ONLY. Deterministic: no clock, no randomness; boundaries, Message-IDs, Thread-Index values and
calendar UIDs come from sha1 of the file name; the .docx zips have fixed timestamps; PDFs are hand-built PDF 1.4.
Run:  python3 make_set.py            (builds everything in memory, runs the self-checks, writes only if they pass)
      python3 make_set.py --stats    (also prints the tallies and the Knowsley notice counts)
The MIME / Word-HTML / PDF / .docx / iCalendar / quote helpers are adapted from tests/data/mixed27/make_set.py;
its pypdf / python-docx / holidays dependencies are replaced by standard-library readers and a computed
bank-holiday list (checked by hand once against the `holidays` package - see README.md).
Every label was set by hand from DESIGN.md, REQUIREMENTS.md and the seed protocols; the self-checks verify the
labels against those rules and STOP before anything is written if any check fails.
"""

import base64, hashlib, html, io, json, os, quopri, re, sys, zipfile
import email, email.policy, email.utils
import xml.etree.ElementTree as ET
from email.header import Header
from datetime import datetime, date, timedelta, timezone
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
LON = ZoneInfo("Europe/London")
SET = "mixed153"


# ============================================================================= low-level helpers
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
    """Europe/London wall-clock time -> aware datetime (BST +0100 until 01:00 UTC Sunday 25 October 2054, then
    GMT +0000). The self-checks recompute the offset from the EU/UK rule and compare."""
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

def build(top, root, crlf):
    head = "".join("%s: %s\n" % (k, v) for k, v in top) + "MIME-Version: 1.0\n"
    head.encode("ascii")                         # headers always 7-bit (RFC 2047 where needed)
    s = head + render(root)
    s.encode("ascii")                            # every body is encoded (QP / base64 / 7bit)
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
    return RUN + t.replace("\n", "<br>\n") + "</span>"

def word_plain(t):
    return re.sub(r"\{\{(.+?)\}\}", r"\1", t)

def word_html(blocks, font="Aptos"):
    """blocks: paragraphs ('' = empty), ('table', rows) with a shaded header row, ('h', text) a bold heading."""
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
                    out.append("  <td valign=top style='border:solid windowtext 1.0pt;%spadding:0cm 5.4pt 0cm 5.4pt'>"
                               "\n  <p class=MsoNormal>%s<o:p></o:p></p>\n  </td>\n"
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
            out += ["\t".join(word_plain(c) for c in r) for r in b[1]]
            out.append("")
        elif isinstance(b, tuple) and b[0] == "h":
            out.append(word_plain(b[1]))
        else:
            out.append(word_plain(b))
    return "\n".join(out) + "\n"

def flowed(text, width=72):
    """RFC 3676 format=flowed: soft breaks are 'word ' + newline; a line starting with a space, '>' or 'From '
    is space-stuffed."""
    out = []
    for logical in text.split("\n"):
        if logical.startswith(">"):
            out.append(logical); continue
        words = logical.split(" ")
        cur, phys = "", []
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                phys.append(cur + " "); cur = w
            else:
                cur = w if not cur else cur + " " + w
        phys.append(cur)
        for p in phys:
            if p.startswith((" ", "From ")):
                p = " " + p
            out.append(p)
    return "\n".join(out)

def unflow(text):
    """Decode format=flowed (for the self-checks' readable text)."""
    out, cur = [], ""
    for line in text.replace("\r\n", "\n").split("\n"):
        if line.startswith(" "):
            line = line[1:]
        if line.endswith(" ") and line != "-- ":
            cur += line
        else:
            out.append(cur + line); cur = ""
    if cur:
        out.append(cur)
    return "\n".join(out)


# ============================================================================= documents (PDF, .docx)
def make_pdf(title, lines):
    """A one- or two-page PDF 1.4 (Helvetica, WinAnsi, uncompressed content) whose text the self-checks read back."""
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
    assert len(pages) <= 3, title
    n = len(pages)
    kids = " ".join("%d 0 R" % (3 + 2 * i) for i in range(n))
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            ("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n)).encode()]
    font_no = 3 + 2 * n
    for i, pg in enumerate(pages):
        content = "BT\n/F1 10 Tf\n14 TL\n50 800 Td\n" + "".join("(%s) '\n" % esc(l) for l in pg) + "ET\n"
        cb = content.encode("cp1252")
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R >> >>"
                     " /Contents %d 0 R >>" % (font_no, 4 + 2 * i)).encode())
        objs.append(b"<< /Length %d >>\nstream\n" % len(cb) + cb + b"endstream")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
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
    """Standard-library reader for the PDFs above: the strings shown by the ' operator in every content stream."""
    out = []
    for m in re.finditer(rb"stream\n(.*?)endstream", data, re.S):
        s = m.group(1).decode("cp1252")
        for t in re.finditer(r"\(((?:\\.|[^\\)])*)\)\s*'", s):
            out.append(re.sub(r"\\(.)", r"\1", t.group(1)))
    return "\n".join(out)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

def make_docx(paras, tables=()):
    """paras: strings ('# ' = Heading 1); tables: lists of rows. A minimal OOXML package with fixed timestamps."""
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
            zi = zipfile.ZipInfo(name, date_time=(2054, 9, 1, 0, 0, 0))
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

def appendix1(answers):
    """Knowsley Appendix 1 (FF Step Up request to CSC): question then answer."""
    out = ["# FF Step Up request to CSC"]
    for q, a in answers:
        out += [q, a]
    return out


# ============================================================================= iCalendar
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

def ics(method, fname, stamp, start, end, summary, location, organizer, attendees, extra=None):
    L = ["BEGIN:VCALENDAR", "METHOD:%s" % method, "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"] + VTZ + [
        "BEGIN:VEVENT", "ORGANIZER;CN=%s:mailto:%s" % organizer]
    for cn, em, role, ps in attendees:
        L.append("ATTENDEE;ROLE=%s;PARTSTAT=%s;RSVP=TRUE;CN=%s:mailto:%s" % (role, ps, cn, em))
    L += (extra or [])
    L += ["UID:040000008200E00074C5B7101A82E008%s" % sha(fname, "uid").upper(),
          "SUMMARY;LANGUAGE=en-GB:" + ics_escape(summary),
          "DTSTART;TZID=GMT Standard Time:%s" % start, "DTEND;TZID=GMT Standard Time:%s" % end,
          "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:%s" % stamp.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"),
          "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0"]
    if location:
        L.append("LOCATION;LANGUAGE=en-GB:" + ics_escape(location))
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(ics_fold(l) for l in L) + "\r\n"


# ============================================================================= message tops and builders
def outlook_top(fname, frm, to, subject, when, cc=None, extra=None, importance=None):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject)), ("Thread-Topic", hdr(re.sub(r"^((RE|FW|Fwd|Re): )+", "", subject))),
          ("Thread-Index", thread_index(fname)), ("Date", email.utils.format_datetime(dt(when))),
          ("Message-ID", msgid(fname, "LO2P265MB4418.GBRP265.PROD.OUTLOOK.COM"))]
    if importance:
        h.append(("Importance", importance))
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

def html_mail(f, top, html_body, atts=()):
    """HTML-only (no text/plain twin), with or without attachments."""
    h = text_part(html_body, "html")
    root = multipart("mixed", [h] + list(atts), bnd(f, 1)) if atts else h
    return build(top, root, True)

def alt_mail(f, top, text, html_body, atts=()):
    body = multipart("alternative", [text_part(text), text_part(html_body, "html")], bnd(f, 2))
    root = multipart("mixed", [body] + list(atts), bnd(f, 1)) if atts else body
    return build(top, root, True)

def flowed_mail(f, top, text, atts=(), apple=True, cte="quoted-printable"):
    """iPhone / Thunderbird: text/plain; format=flowed (QP or 7bit), LF line ends."""
    body = flowed(text)
    h = [("Content-Type", 'text/plain; charset="utf-8"; format=flowed; delsp=no'),
         ("Content-Transfer-Encoding", cte)]
    if cte == "quoted-printable":
        body = qp(body)
    else:
        body.encode("ascii")
    t = Part(h, body)
    b = ("Apple-Mail=_%s" % sha(f, "apple")[:24].upper()) if apple else ("------------%s" % sha(f, "tb")[:24].upper())
    root = multipart("mixed", [t] + list(atts), b) if atts else t
    return build(top, root, False)

def itip_reply(f, when, frm_name, frm_email, organizer, partstat, summary, start, end, location, comment=None):
    """An Outlook iTIP REPLY (multipart/alternative: text + text/calendar method=REPLY), COMMENT in both."""
    word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentative"}[partstat]
    extra = ["COMMENT;LANGUAGE=en-GB:" + ics_escape(comment)] if comment else []
    cal = ics("REPLY", f, dt(when), start, end, summary, location, organizer,
              [(frm_name, frm_email, "REQ-PARTICIPANT", partstat)], extra=extra)
    cal_part = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REPLY'),
                     ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    root = multipart("alternative", [text_part((comment or " ") + "\n", crlf=True), cal_part], bnd(f, 1))
    top = outlook_top(f, addr(frm_name, frm_email), addr(organizer[0], organizer[1]), "%s: %s" % (word, summary),
                      when, extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    return build(top, root, True)

def google_reply(f, when, frm_name, frm_email, organizer, partstat, summary, start_utc, end_utc, location,
                 human_when, note=None):
    """A Google Calendar iTIP REPLY: multipart/mixed (alternative: text, HTML, text/calendar method=REPLY) plus the
    same calendar as invite.ics. Times in UTC, as Google writes them."""
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
    top = outlook_top(f, addr(frm_name, frm_email), to, "Automatic reply: " + subject, when,
                      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return build(top, text_part(body, crlf=True), True)

def ndr(f, when, local_domain, to, failed_rcpt, orig_subject, orig_from, orig_when):
    """An Exchange Online non-delivery report (multipart/report; report-type=delivery-status)."""
    human = T("""
Your message to %(r)s couldn't be delivered.

%(u)s wasn't found at %(d)s.

Action Required
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you're using an old entry in your address book, delete it and type the address again.

Diagnostic information for administrators:
Generating server: CWLP265MB5893.GBRP265.PROD.OUTLOOK.COM
%(r)s
Remote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
""") % {"r": failed_rcpt, "u": failed_rcpt.split("@")[0], "d": failed_rcpt.split("@")[1]}
    status = T("""
Reporting-MTA: dns;CWLP265MB5893.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;CWLP265MB5893.GBRP265.PROD.OUTLOOK.COM
Arrival-Date: %s

Final-Recipient: rfc822;%s
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found
""") % (email.utils.format_datetime(dt(orig_when)), failed_rcpt)
    orig = "".join("%s: %s\n" % kv for kv in [
        ("From", orig_from), ("To", failed_rcpt), ("Subject", hdr(orig_subject)),
        ("Date", email.utils.format_datetime(dt(orig_when))), ("Message-ID", msgid(f + "-orig", "stepbot.invalid")),
        ("Auto-Submitted", "auto-replied")])
    parts = [text_part(human, crlf=True), Part([("Content-Type", "message/delivery-status")], status),
             Part([("Content-Type", "text/rfc822-headers")], orig)]
    root = multipart("report", parts, bnd(f, 1), params="; report-type=delivery-status")
    top = [("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@%s>" % local_domain),
           ("To", to), ("Subject", hdr("Undeliverable: " + orig_subject)),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, local_domain)),
           ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "en-GB")]
    return build(top, root, True)

def outlook_quote(frm, sent, to, subject, text, cc=None):
    """Outlook's quoted original under a reply or forward (the rule, then From/Sent/To/Subject)."""
    cc_line = "Cc: %s\n" % cc if cc else ""
    return ("\n________________________________\nFrom: %s\nSent: %s\nTo: %s\n%sSubject: %s\n\n%s"
            % (frm, sent, to, cc_line, subject, text))

def quoted(text):
    """'> '-prefix every line (a plain-text client's quoting)."""
    return "\n".join("> " + l if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"

def ack_text(kind_word, ref, lines, missing):
    """stepbot's acknowledgement as it reads when quoted under a reply (worded without alarm words)."""
    out = ["Thank you - your %s request has been received." % kind_word, "", "Reference: %s" % ref] + lines + [""]
    if missing:
        out += ["What is missing:"] + ["- " + m for m in missing] + [""]
    out += ["Please reply to this email, keeping the reference in the subject, to add anything."]
    return "\n".join(out) + "\n"

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


# ============================================================================= the set's records
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
    """A labelled child; `written` is the DOB exactly as the mail writes it (checked and parsed back)."""
    assert (dob is None) == (written is None), name
    return {"name": name, "dob": dob, "_w": written}

def add(fname, data, authority, mailbox, when, delay_min, category, kind, urgent, level, case_ids, children,
        concerns, consent, manager_agreed, missing, notice_ok, next_action, why, meeting=None, not_children=(),
        technique=None):
    """Record one file. `meeting` is the date notice is counted to (Knowsley step requests only); `not_children`
    are adults named in the text who must never be labelled; `technique` says how an urgent mail tells its risk."""
    assert fname not in FILES, fname
    FILES[fname] = data
    now = dt(when) + timedelta(minutes=delay_min)
    LABELS.append({"file": fname, "authority": authority, "mailbox": mailbox, "now": now.isoformat(),
                   "expect": {"kind": kind, "urgent": urgent, "level": level, "case_ids": case_ids,
                              "children": [{"name": c["name"], "dob": c["dob"]} for c in children],
                              "concerns": concerns, "consent": consent, "manager_agreed": manager_agreed,
                              "missing": missing, "notice_ok": notice_ok, "next_action": next_action},
                   "why": why})
    CATS[fname] = category
    META[fname] = {"meeting": meeting, "children": children, "not_children": list(not_children),
                   "technique": technique, "when": when}


# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2054-10-06 10:12:33"
    body = T("""
Good morning,

Please find attached the step up request for the Farrell children, with the Graded Care Profile 2 and the minutes of our last TAF (29/09/2054).

The step up TAF meeting is on Wednesday 14 October 2054 at 10:00 on Teams. I've sent the calendar invite to this inbox and to MASH business support, and I've invited the current TAF members (school, the health visitor and the Warm Homes adviser).

Children:
Tyler Farrell - DOB 03/05/2045
Skye Farrell - DOB 17/01/2049
Case ID: EHM-73140

Why now: since the end of August there has been no gas on the meter for most of every week and the electric runs out most weekends. Mum has been cooking on a camping stove and the children go to bed in their clothes. Both children went back to school in September in summer uniform with no coats, and Tyler has come in wet through three times during the storms. His attendance has dropped to 86%. Skye has had three chest infections since July. The GCP2 (completed with mum on 24/09/2054) scores the physical care and housing areas at 4.

My team manager, Declan Rafferty, discussed the step up with me in supervision on Friday 2 October and agreed it. Mum has given her consent to the step up and knows why we are asking.

Many thanks,
Gemma

Gemma Rourke
Family First Case Manager | Kirkby Team | Knowsley Council
0151 496 0482 | 07700 900 214

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Farrell.docx", appendix1([
        ("Case ID on EHM:", "EHM-73140"),
        ("Children:", "Tyler Farrell 03/05/2045; Skye Farrell 17/01/2049"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Wednesday 14/10/2054, 10:00, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium - mum is in most of the time and is honest about the money; toolkit not needed"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 29/09/2054"),
        ("What are we worried about?", "No gas on the prepayment meter most of each week since late August and "
         "the electric out most weekends; the house is cold and damp with black mould in the back bedroom; the "
         "children have no coats or winter shoes; Skye's repeated chest infections; Tyler's attendance 86%."),
        ("What is working well?", "Mum is warm with the children and tells us when the meters are empty; nan "
         "takes the children for tea on Sundays; school have given Tyler a coat from the lost property."),
        ("What next?", "Step up to CSC for a C&F assessment; Warm Homes adviser to continue; Family First to stay "
         "involved until the assessment is done."),
        ("Graded Care profile (If neglect should be completed).", "Completed 24/09/2054 - attached."),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Agreement by line manager:", "Agreed - Declan Rafferty, Team Manager, 02/10/2054"),
        ("Contingency plan (Smart and timely).", "If not agreed: fortnightly TAF, a fuel voucher every fortnight "
         "through the Warm Homes scheme, school to provide winter uniform by 23/10/2054."),
    ]))
    gcp2 = pdf_att("GCP2 - Farrell - 24.09.2054.pdf", "Graded Care Profile 2 (GCP2) - summary of scores", [
        "Family: Farrell   Completed by: Gemma Rourke (Family First) with mum   Date: 24/09/2054",
        "Children: Tyler Farrell (03/05/2045), Skye Farrell (17/01/2049)",
        "Area 1 Physical care - nutrition 3, housing 4, clothing 4, hygiene 3, health 3",
        "Area 2 Care of safety - in the presence of carer 2, in the absence of carer 2",
        "Area 3 Love and care - carer 2, child 2",
        "Area 4 Stimulation and education - 3",
        "Summary: the scores in physical care reflect the cold, damp home with no heating for most of each week,",
        "no winter clothing, and missed health appointments. Mum's warmth and the children's attachment to her",
        "are strengths.",
    ])
    minutes = docx_att("TAF minutes 29.09.2054 - Farrell.docx", [
        "# Team Around the Family - minutes", "Date: 29/09/2054, 13:30, Kirkby Family Hub",
        "Present: mum, Gemma Rourke (Family First, chair), Tyler's class teacher, the health visitor, Warm Homes adviser",
        "School: Tyler wet through and cold on arrival three times; no coat; attendance 86%.",
        "Health visitor: Skye's third chest infection since July; GP asked to see her.",
        "Warm Homes: fuel debt on both meters; application for the winter grant made.",
        "Agreed: Gemma to discuss a step up with her team manager."])
    top = outlook_top(f, addr("Rourke, Gemma", "Gemma.Rourke@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - EHM-73140 - Farrell - TAF Weds 14th Oct 10am", when,
                      cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, gcp2, minutes], html_alt=True), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-73140"],
        [ch("Tyler Farrell", "2045-05-03", "03/05/2045"), ch("Skye Farrell", "2049-01-17", "17/01/2049")],
        ["neglect", "school_attendance"], True, True, [], True, "book_meeting",
        "Complete Knowsley step-up for neglect in a cold home (no gas on the meter, no coats): Appendix 1 form "
        "(.docx), GCP2 (.pdf, required because of neglect), TAF minutes (.docx), EHM id, TM 'discussed the step up "
        "... and agreed it', meeting date and time. Notice: Tue 6 Oct -> Wed 14 Oct = 6 working days >= 5 -> ok "
        "-> book_meeting. 'Mum has given her consent' -> consent true (not a step-up requirement). Concerns: "
        "neglect; attendance 86% -> school_attendance.",
        meeting=date(2054, 10, 14), not_children=["Gemma Rourke", "Declan Rafferty"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2054-10-07 00:34:10"
    text = T("""
Hi MASH,

Apologies for the time of this email. We've had no power in Halewood since Storm Wendell brought the lines down on Monday afternoon - it has only just come back on and I wanted this with you for the morning.

Step up request for Kacey Coyle (DOB 21/11/2041) and Reece Coyle (DOB 08/02/2044), EHM-74418. The step up form, the minutes of the last TAF and the Engaging Families toolkit are attached.

Step up TAF meeting: Tuesday 13th October at 1.30pm, Halewood Family Hub (Teams link in the invite). I know you prefer a Wednesday but school can only do the Tuesday. The invite has gone to this inbox and MASH business support.

This is about non-engagement. Mum has cancelled or not been in for 7 of the last 9 home visits and hasn't come to the last two TAFs, and Kacey has been out of school more than she's been in since September (61%). The toolkit scores engagement as low and lists everything we've tried - different days and times, joint visits with school and with the housing officer, letters, texts, a visit with her sister.

My TM, Marie Corkhill, agreed the step up on Friday.

Leanne

Leanne Whitty
Family First Case Manager | Halewood Team | Knowsley Council
07700 900 591

Sent from my iPhone
""")
    form = docx_att("Step up form - Coyle.docx", appendix1([
        ("Case ID on EHM:", "EHM-74418"),
        ("Children:", "Kacey Coyle 21/11/2041; Reece Coyle 08/02/2044"),
        ("Date of step up TAF meeting:", "Tuesday 13/10/2054, 13:30, Halewood Family Hub / Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Low - toolkit completed 28/09/2054 and attached"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 22/09/2054"),
        ("What are we worried about?", "Mum not engaging with Family First or school; Kacey's attendance 61% "
         "this term and falling."),
        ("What is working well?", "Reece's attendance is good (96%); maternal aunt is willing to help."),
        ("What next?", "Step up to CSC for a C&F assessment."),
        ("Agreement by line manager:", "Agreed - Marie Corkhill, Team Manager, 02/10/2054"),
    ]))
    minutes = pdf_att("TAF minutes 22-09-2054 Coyle.pdf", "TAF meeting minutes - Coyle family", [
        "Date: 22/09/2054 16:00, Halewood Family Hub. Chair: Leanne Whitty (Family First).",
        "Apologies: none received from mum, who did not attend.",
        "School: Kacey 61% attendance since 3 September; 4 letters sent home.",
        "Actions: Leanne to complete the Engaging Families toolkit and discuss a step up with her manager."])
    toolkit = pdf_att("Engaging Families toolkit - Coyle.pdf", "Engaging Families Toolkit - Coyle family", [
        "Completed by Leanne Whitty, 28/09/2054. Overall engagement: LOW.",
        "Tried: visits at different times of day (7 of 9 missed); joint visits with school and the housing officer;",
        "letters, texts and calls; a visit with mum's sister; offer of a female worker.",
        "What this tells us: mum is avoiding the service and the children's needs are not being met."])
    top = plain_top(f, addr("Whitty, Leanne", "Leanne.Whitty@" + KDOM), addr("Knowsley MASH", KMASH),
                    "Step up - Coyle - EHM-74418 - TAF Tues 13th Oct", when, KDOM, "iPhone Mail (22F76)",
                    cc=addr("MASH Business Support", KBS))
    add(f, flowed_mail(f, top, text, [form, minutes, toolkit]), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-74418"],
        [ch("Kacey Coyle", "2041-11-21", "21/11/2041"), ch("Reece Coyle", "2044-02-08", "08/02/2044")],
        ["non_engagement", "school_attendance"], None, True, [], False, "request_info",
        "Knowsley step-up for non-engagement, complete (form .docx, TAF minutes .pdf, Engaging Families toolkit "
        ".pdf, EHM id, TM 'agreed the step up') but NOTICE IS SHORT AND THE MIDNIGHT DECIDES IT: sent at 00:34 BST "
        "on Wed 7 Oct (23:34 UTC on Tue 6 Oct) after a storm power cut. Today is the Europe/London date, Wed 7 Oct: "
        "the TAF on Tue 13 Oct is 4 working days (8, 9, 12, 13) < 5 -> not ok -> request_info. Counting from the "
        "UTC date would give 5 (ok). iPhone format=flowed QP. Consent not mentioned -> null.",
        meeting=date(2054, 10, 13), not_children=["Leanne Whitty", "Marie Corkhill"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2054-11-23 15:52:40"
    body = T("""
To the Family First duty team,

I am the health visitor for Ava-Grace Tennant, DOB 12/10/2054 (6 weeks old), of 23 Quarry Close, Kirkby, L33 9ZQ. The family has an open Family First episode; I understand the case manager is on leave this week.

Home visit today, 14:45 to 15:35. Findings:

- Room temperature 11°C in the living room and 9°C in the bedroom on my thermometer. No heating on. Mother (Chantelle Tennant, 19) reports no gas or electricity on either prepayment meter since Saturday morning. The extra credit on both meters has already been used. She has no money until her payment on Thursday.
- Ava-Grace was in a vest and one sleepsuit under a single cotton blanket in her Moses basket in the bedroom. Hands and feet cold and mottled. Axillary temperature 35.3°C, rechecked after ten minutes at 35.4°C.
- Quiet, difficult to rouse for a feed; took 20 ml of a 90 ml bottle, made up with water from the cold tap. One scoop of formula left in the tin.
- Mother declined my advice to take Ava-Grace to the walk-in centre, or to her own mother's in Huyton tonight. She said she will "put her in with me and she'll warm up".
- I left two blankets and started a fuel voucher application; the voucher cannot be collected until tomorrow afternoon.

I had to leave for my next visit at 15:35. The flat will have no heat tonight and the forecast is -2°C. I have tried your duty number twice and been held in the queue.

Nadine Corrigan RN RHV
Health Visitor | Kirkby 0-19 Team | Mersey Community Health
0151 496 0371 | nadine.corrigan@merseycommunity.example.nhs.uk
""")
    top = outlook_top(f, addr("Corrigan, Nadine", "nadine.corrigan@merseycommunity.example.nhs.uk"),
                      addr("Family First 0-18 Duty Mailbox", KFF), "Ava-Grace Tennant DOB 12/10/2054 - home visit today",
                      when)
    add(f, mail(f, top, body, cte="base64"), "knowsley", "early_help_duty", when, 3,
        "urgent", "other", True, None, [],
        [ch("Ava-Grace Tennant", "2054-10-12", "12/10/2054")],
        ["neglect"], None, None, [], None, "alert_duty",
        "SAFETY RULE 1, TOLD CLINICALLY (no alarm words): a health visitor's findings today - a 6-week-old with "
        "an axillary temperature of 35.3-35.4°C, cold mottled hands and feet, feeding poorly, in a 9°C bedroom; no "
        "gas or electricity on the meters since Saturday, one scoop of formula left, the mother refusing to take "
        "her anywhere warm, -2°C forecast tonight. A baby in a freezing flat now -> urgent, alert_duty. Not a "
        "step request (a health visitor's report) -> other; the 19-year-old mother is not a child. base64 "
        "text/plain.",
        not_children=["Chantelle Tennant", "Nadine Corrigan"], technique="clinical findings in a health visitor's notes")

def knowsley_04():
    f = "knowsley_04.eml"; when = "2054-12-08 07:52:18"
    comment = ("I've put tentative - we're closed today for the snow and may be closed tomorrow, so I might have "
               "to join from home. Before the meeting you need to know about a call I had at 7.35 this morning. "
               "Lacey Doran (Year 5) rang the school mobile from her mum's phone. She said the electric ran out on "
               "Sunday and it's been dark and freezing in the house, and last night Jordan (mum's partner) took the "
               "heater up to his room. When she asked for it back for her little brother Kai Doran (4) he hit her "
               "across the legs with the plug end of the flex. She said \"he's home all day today because there's "
               "no school and mum's at work till 6\". She was whispering, then she said \"he's coming\" and hung "
               "up. I've rung mum twice and it goes to voicemail. - Joanne Birtwistle, DSL, St Aidan's")
    data = itip_reply(f, when, "Joanne Birtwistle", "j.birtwistle@staidans-huyton.example.sch.uk",
                      ("Knowsley MASH", KMASH), "TENTATIVE",
                      "Step up TAF meeting - Doran - EHM-73882 [SB-knowsley-5207]",
                      "20541209T100000", "20541209T113000", "Microsoft Teams Meeting", comment)
    add(f, data, "knowsley", "mash_step_up", when, 4,
        "urgent", "meeting_reply", True, None, ["EHM-73882"],
        [ch("Lacey Doran"), ch("Kai Doran")],
        ["neglect", "physical_harm"], None, None, [], None, "alert_duty",
        "SAFETY RULE 1 IN A MEETING REPLY'S COMMENT: an Outlook iTIP REPLY (PARTSTAT=TENTATIVE) to the step-up TAF "
        "whose COMMENT relays a 9/10-year-old's call this morning: no electric since Sunday, the partner took the "
        "heater and hit her with the flex, and he is home with both children all day (snow closure) while mum "
        "works till 6 - harm plus the harmer's access today -> urgent, alert_duty. Children named without DOBs; "
        "EHM id from the SUMMARY. Concerns: no electric, heater taken from the children -> neglect; hit with the "
        "flex -> physical_harm.",
        not_children=["Joanne Birtwistle"], technique="a calendar reply's COMMENT, relaying a child's words")

def knowsley_05():
    f = "knowsley_05.eml"; when = "2054-11-16 11:48:05"
    body = T("""
Hi,

Step up request attached for the Kilbride children (EHM-73561). TAF minutes to follow - our business support are off and I can't get them out of EHM until tomorrow.

Step up TAF meeting: Wednesday 25 November, 10am, Teams. The invite has gone to this inbox and MASH business support.

My TM, Carl Noonan, has read the form and agreed it.

Thanks,
Stacey

Stacey Birchall
Family First Case Manager | Stockbridge Village Team | Knowsley Council
0151 496 0655

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Kilbride.docx", appendix1([
        ("Case ID on EHM:", "EHM-73561"),
        ("Children:", "Jayden Kilbride 04/06/2049; Lola Kilbride 27/09/2051"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Wednesday 25/11/2054, 10:00, Microsoft Teams"),
        ("Level of Engagement (low/medium/high):", "Medium"),
        ("Recent TAF meeting minutes attached:", "To follow (business support off)"),
        ("What are we worried about? - Current concerns (impact on child)",
         "The gas and electric meters have been empty since 2 November and the house is dark from 4pm. Mum has "
         "been going out in the evenings and leaving Jayden (5) and Lola (3) on their own with tealights lit on "
         "the bedroom floor for light. Jayden told me at school this morning (16/11/2054, 09:20), in his words: "
         "\"Mummy goes to Auntie Gemma's when it's dark. I have to mind Lola. We have the candles on the floor so "
         "we're not scared.\" He said they were on their own \"all night till it was light\". I saw mum at home at "
         "10:45 today. She agreed she went out on Saturday and Sunday nights, and said she is going to her "
         "friend's again tonight and that \"they sleep through, they're fine\"."),
        ("Past harm", "Lola has a healing burn on the back of her right hand, about a week old; mum says she "
         "knocked a tealight over."),
        ("Complicating factors", "No credit on either meter; mum's benefits sanctioned; no family nearby who will "
         "help in the evenings."),
        ("What is working well?", "Mum gets both children to school and nursery every day; Jayden is doing well "
         "in Reception."),
        ("What next?", "Step up to CSC for a C&F assessment."),
        ("Graded Care profile (If neglect should be completed).", "Not yet done - booked with mum for 20/11/2054."),
        ("Agreement by line manager:", "Agreed - Carl Noonan, Team Manager, 16/11/2054"),
        ("Contingency plan (Smart and timely).", "Fuel vouchers through the Warm Homes scheme; daily check-ins."),
    ]))
    top = outlook_top(f, addr("Birchall, Stacey", "Stacey.Birchall@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Kilbride - EHM-73561", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form]), "knowsley", "mash_step_up", when, 5,
        "urgent", "step_up", True, None, ["EHM-73561"],
        [ch("Jayden Kilbride", "2049-06-04", "04/06/2049"), ch("Lola Kilbride", "2051-09-27", "27/09/2051")],
        ["neglect"], None, True, ["gcp2", "taf_minutes"], True, "alert_duty",
        "SAFETY RULE 1 IN AN ATTACHMENT, IN A CHILD'S OWN WORDS: the body is a bland covering note; the Appendix 1 "
        "form says a 5- and a 3-year-old have been left alone all night with tealights on the bedroom floor (no gas "
        "or electric on the meters), with a candle burn already, and mum says she is going out again TONIGHT -> "
        "urgent, alert_duty. The request itself: form, EHM id, TM agreed, TAF Wed 25 Nov 10:00 (Mon 16 Nov -> 7 "
        "working days, ok); TAF minutes 'to follow' and no GCP2 yet (neglect) -> missing gcp2, taf_minutes.",
        meeting=date(2054, 11, 25), not_children=["Stacey Birchall", "Carl Noonan"],
        technique="in the attached .docx form, in a 5-year-old's words; the body is a bland covering note")

def knowsley_06():
    f = "knowsley_06.eml"; when = "2054-11-02 09:05:12"
    text = T("""
KNOWSLEY SAFEGUARDING CHILDREN PARTNERSHIP - 7-MINUTE BRIEFING
Dark nights, cold homes and bonfire night

Why this matters
The clocks went back last weekend, the first frosts are forecast and bonfire night is on Thursday. Every winter the Partnership's learning reviews see the same patterns. The scenarios below are composites written for learning. They do not describe any family known to services and need no action.

Scenario 1 - the meter. A practitioner visits a flat in November. There is no gas or electricity on the meter, a baby of six weeks is cold to the touch and the mother says she will keep her in her own bed to warm her. What do you do before you leave the flat?

Scenario 2 - the car. A toddler is left asleep in a car outside a takeaway "for two minutes" on a frosty night; a passer-by finds him after twenty.

Scenario 3 - the rocket. A 12-year-old is told by an adult to hold a lit rocket "to toughen him up" and is burned.

Scenario 4 - the coat. A child arrives at school in the snow in a T-shirt; the coat has been taken away as a punishment.

What to do
If a child is in immediate danger, ring 999. If you are worried about a child today, ring the MASH on 0151 496 0417. Use the Graded Care Profile 2 where neglect is the worry, and remember that a cold home is a health risk to babies and to children with asthma.

Warm Homes grants, fuel vouchers and winter coats: see the Partnership website.

You are receiving this because you are on the KSCP practitioner mailing list.
Unsubscribe: https://knowsleyscp.example/unsubscribe
""")
    html_body = ("<html><body style=\"font-family:Arial,sans-serif\"><h2>KNOWSLEY SAFEGUARDING CHILDREN PARTNERSHIP"
                 " - 7-MINUTE BRIEFING</h2><h3>Dark nights, cold homes and bonfire night</h3>"
                 + "".join("<p>%s</p>" % html.escape(p, quote=False).replace("\n", "<br>")
                           for p in text.split("\n\n")[1:]) + "</body></html>\n")
    top = [("From", "Knowsley Safeguarding Children Partnership <bulletin@knowsleyscp.example>"),
           ("To", "KSCP practitioner list <practitioners@knowsleyscp.example>"),
           ("Cc", addr("Family First 0-18 Duty Mailbox", KFF)),
           ("Subject", "7-minute briefing: dark nights, cold homes and bonfire night"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "knowsleyscp.example")),
           ("List-Id", "KSCP practitioner bulletin <practitioners.knowsleyscp.example>"),
           ("List-Unsubscribe", "<https://knowsleyscp.example/unsubscribe>"), ("Precedence", "list")]
    add(f, alt_mail(f, top, text, html_body), "knowsley", "early_help_duty", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A BULLETIN LISTING EXAMPLES: the Partnership's 7-minute briefing (List-Id, List-Unsubscribe, "
        "no Auto-Submitted) describes a cold 6-week-old, a toddler left in a car, a burned 12-year-old and a child "
        "without a coat in the snow - but as composites 'written for learning' that 'do not describe any family'. "
        "DESIGN: bulletins that list examples must not trigger rule 1 -> other, human_review; no child, no concern.")

def knowsley_07():
    f = "knowsley_07.eml"; when = "2054-12-18 11:20:44"
    blocks = [
        "Hello Family First duty,",
        "",
        "Following my call with Elinor yesterday, the Gorst children are ready to step down to Family First at "
        "Level 3. Mum has consented to the referral to Family First - she signed the consent form at the CIN "
        "review on 15/12/2054.",
        "",
        ("table", [
            ["", "Details"],
            ["Children", "Harrison Gorst, DOB 11/03/2046; Mia Gorst, DOB 30/07/2050"],
            ["ICS", "ICS-2417730"],
            ["Joint home visit", "Tuesday 29 December 2054, 10:00"],
            ["Venue", "The family home, 7 Lark Rise, Prescot, L34 9ZP"],
        ]),
        "",
        ("h", "What are we worried about?"),
        "Mum's low mood, which is always worse in the dark months; she has just started with Talking Therapies. "
        "Money is tight over Christmas.",
        ("h", "What is working well?"),
        "Dad is back living at home and does the school run. Both children are warm, well fed and at school every "
        "day. Mum keeps every appointment and asks for help when she needs it.",
        ("h", "What needs to happen?"),
        "A Family First case manager to lead a TAF from January with school and Talking Therapies; a Warm Homes "
        "referral before the New Year; a plan for the February half-term.",
        "",
        ("h", "About the burn on the file"),
        "On bonfire night (5 November) Harrison burned his right palm on a sparkler at the family's own garden "
        "display. Dad held his hand under the cold tap and took him straight to Whiston A&E. The hospital "
        "recorded a superficial burn consistent with the account, the paediatric liaison nurse reviewed it and "
        "raised no concerns, and it has healed. It is not one of the reasons for our involvement and there are "
        "no concerns about how it happened.",
        "",
        "Kind regards,",
        "Ruth",
        "",
        "Ruth Ashurst",
        "Social Worker | Child in Need Team (Prescot) | Knowsley Council",
        "0151 496 0733",
        "",
        KDISC.strip(),
    ]
    top = outlook_top(f, addr("Ashurst, Ruth", "Ruth.Ashurst@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Family First (Level 3) - Gorst - joint visit Tues 29/12", when)
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["ICS-2417730"],
        [ch("Harrison Gorst", "2046-03-11", "11/03/2046"), ch("Mia Gorst", "2050-07-30", "30/07/2050")],
        ["parental_mental_health"], True, None, [], True, "book_meeting",
        "NEAR MISS - AN INJURY EXPLAINED: a bonfire-night sparkler burn, treated at A&E the same night, 'consistent "
        "with the account', reviewed, healed, 'no concerns' -> not urgent and not a concern. Complete Knowsley "
        "Level 3 step-down in a Word table: joint home visit date, time and venue; all three Signs of Safety "
        "headings; 'Mum has consented to the referral to Family First' -> consent true. NOTICE ACROSS CHRISTMAS: "
        "Fri 18 Dec -> Tue 29 Dec = 5 working days (21, 22, 23, 24, 29; Christmas Day Fri 25 Dec and the Boxing "
        "Day substitute Mon 28 Dec excluded; 7 plain weekdays) -> exactly 5 -> ok -> book_meeting. Mum's low mood "
        "-> parental_mental_health.",
        meeting=date(2054, 12, 29), not_children=["Ruth Ashurst"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2054-11-12 14:31:27"
    html_body = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi Family First,</p>
<p>I'm letting you know of my intention to step <b>Ollie Nugent</b> (DOB 14/02/2046, ICS-2409186) down to a Level 2 Early Help service at his final CIN meeting.</p>
<p><b>Final CIN meeting:</b> Wednesday 18 November 2054 at 2pm<br>
<b>Venue:</b> Halewood Brook Primary School, meeting room 2<br>
<b>New lead practitioner:</b> Jo Kenwright, Family Support Worker, Halewood Brook Primary School (0151 496 0918)</p>
<p><b>What are we worried about?</b><br>
Dad lost his job in the summer and the family have fuel debt on both meters. On cold mornings Ollie has been late or not in at all; his attendance is 88%. Now it's dark by half four, dad would like him to have somebody to walk home with after football.</p>
<p><b>What is working well?</b><br>
Dad has started a new job and set up a payment plan with the energy company. Ollie is close to his dad and his nan, and he loves the after-school football club.</p>
<p><b>What needs to happen?</b><br>
Jo to lead an Early Help Assessment and a TAF; school to arrange a walking buddy or the after-school club on dark evenings; a Warm Homes referral.</p>
<p>Thanks,<br>Bethany</p>
<p style="color:#555">Bethany Culshaw<br>Social Worker | Assessment Team (Huyton) | Knowsley Council<br>0151 496 0540</p>
<p style="font-size:8pt;color:#777">This e-mail and any attachments are confidential and intended solely for the addressee. Knowsley Council may monitor email traffic to and from its systems.</p>
</body></html>
""")
    top = outlook_top(f, addr("Culshaw, Bethany", "Bethany.Culshaw@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Level 2 step down - Ollie Nugent - final CIN 18/11", when)
    add(f, html_mail(f, top, html_body), "knowsley", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 2, ["ICS-2409186"],
        [ch("Ollie Nugent", "2046-02-14", "14/02/2046")],
        ["school_attendance"], None, None, [], False, "request_info",
        "HTML-only Knowsley Level 2 step-down: date, time and venue of the final CIN; all three headings; lead "
        "practitioner Jo Kenwright with her agency (the school) - nothing missing; consent not mentioned (not a "
        "level 2 requirement) -> null. NOTICE SHORT: Thu 12 Nov -> Wed 18 Nov = 4 working days (13, 16, 17, 18) "
        "< 5 -> not ok -> request_info. Attendance 88% -> school_attendance (fuel debt on the meters is money, "
        "not a concern about care).",
        meeting=date(2054, 11, 18), not_children=["Jo Kenwright", "Bethany Culshaw"])

# ============================================================================= RICHMOND & WANDSWORTH
RMASH = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RDUTY = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2054-09-15 11:05:51"
    body = T("""
Dear MASH colleagues,

I am the Early Help Team Manager for the Tooting locality. Following reflective supervision with Shola Adeyinka (Early Help Practitioner) on Friday, I agree that the Okonkwo-Hale family should step up to Children's Services, and I am requesting a case discussion.

Family: Amara Okonkwo-Hale (DOB 19/01/2047) and Zion Okonkwo-Hale (DOB 02/06/2053), Mosaic 2871406.
The latest case summary is attached.

Rationale for step up
- The family have lived in a one-bedroom basement flat in Tooting since 2052. The flat has black mould in every room and the heating did not work for most of last winter; the landlord has not acted on two environmental health notices. Zion (15 months) has had four chest infections and one admission for bronchiolitis since January.
- Mum's depression has deepened over the summer. She is not opening the curtains, Amara (7) is getting herself and Zion up and dressed, and Zion's 12-month review and immunisations have been missed twice.
- We have had an Early Help plan since March. Despite a housing advocate, a Warm Homes referral and weekly visits, the home and the children's health are worse, not better, and winter is coming.
- We do not believe Early Help alone can meet the children's needs; we ask for a Child and Family Assessment.

Shola will join the discussion with me.

Kind regards,

Priya Nandra
Early Help Team Manager (Tooting) | Wandsworth Children's Services
020 7946 0587

""") + RDISC
    summary = docx_att("Case summary - Okonkwo-Hale - Sept 2054.docx", [
        "# Case summary - Okonkwo-Hale family", "Mosaic 2871406   Prepared by Shola Adeyinka, 11/09/2054",
        "Children: Amara Okonkwo-Hale (19/01/2047), Zion Okonkwo-Hale (02/06/2053). Mother: Grace Okonkwo.",
        "Early Help since March 2054 (school referral: Amara tired and late, often without a coat).",
        "Housing: one-bedroom basement flat, damp and mould throughout; heating broken Nov-Mar; two EH notices.",
        "Health: Zion - four chest infections and a bronchiolitis admission; missed 12-month review twice.",
        "Mother: depression, on medication; GP review due; declined perinatal/adult mental health referral twice.",
        "Work done: housing advocacy, Warm Homes referral, weekly home visits, school breakfast club for Amara."])
    top = outlook_top(f, addr("Nandra, Priya", "Priya.Nandra@" + RDOM), addr("MASH: Step Up", RMASH),
                      "Step up request - Okonkwo-Hale - Mosaic 2871406", when,
                      cc=addr("Adeyinka, Shola", "Shola.Adeyinka@" + RDOM))
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["2871406"],
        [ch("Amara Okonkwo-Hale", "2047-01-19", "19/01/2047"), ch("Zion Okonkwo-Hale", "2053-06-02", "02/06/2053")],
        ["neglect", "parental_mental_health"], None, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up from the Early Help Team Manager (seed 000 'Process to Step Up'): "
        "case summary attached (.docx), rationale pasted under its own heading; the sender is the TM and says 'I "
        "agree that the ... family should step up' -> manager_agreed true. 'Mosaic 2871406' -> '2871406'. A "
        "mould-filled basement flat with no heating, a baby's chest infections and missed health appointments -> "
        "neglect; mum's depression -> parental_mental_health. Consent not mentioned -> null. No notice for this "
        "kind -> book_meeting.",
        not_children=["Priya Nandra", "Shola Adeyinka", "Grace Okonkwo"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2054-10-22 16:40:09"
    text = T("""
Dear Early Help duty,

Further to my call with Jasper this afternoon, we agreed the step-down case discussion for Tuesday 27 October at 10am on Teams.

Children: Finn Byrne-Lacey (DOB 30/03/2043) and Orla Byrne-Lacey (DOB 05/12/2047), Mosaic ID 2790453.

Background: the family were flooded out of their ground-floor flat in Ham when the river came over in February and spent the spring in a hotel and then temporary accommodation. They moved into a housing association flat in Twickenham in July. The CIN plan has done what it needed to: the children are settled, the flat is warm and dry, and Mum has been working with the flood recovery service.

What we still worry about: Mum's anxiety, which comes back whenever there is heavy rain or a flood warning, and Finn's attendance, which fell to 85% over the summer term and is only slowly recovering.

Mum has consented to Early Help continuing the plan. She would like Kerry Osei from the Ham and Petersham family centre to be the lead professional; Kerry has agreed in principle.

The latest case summary is attached. I'm afraid the draft plan for Early Help isn't finished - I'll send it on Monday, before the discussion.

Best wishes,
Tom

Tom Akers
Social Worker | Child in Need Team (Richmond) | Achieving for Children
020 7946 0862
""")
    summary = pdf_att("Case summary Byrne-Lacey Oct 2054.pdf", "Case summary - Byrne-Lacey family (Mosaic ID 2790453)", [
        "Children: Finn Byrne-Lacey (30/03/2043), Orla Byrne-Lacey (05/12/2047)",
        "Allocated social worker: Tom Akers. CIN plan since 14/03/2054.",
        "Reason for involvement: family displaced by flooding in February; mother's anxiety; Finn's attendance.",
        "Progress: permanent housing from July; children settled; mother engaging with the flood recovery service.",
        "Recommendation: step down to Early Help with a lead professional from the Ham and Petersham family centre."])
    top = plain_top(f, addr("Tom Akers", "Tom.Akers@" + RDOM), addr("Early Help Duty", RDUTY),
                    "Step down to Early Help - Byrne-Lacey - case discussion Tues 27th", when, RDOM,
                    "Mozilla Thunderbird 148.2")
    add(f, flowed_mail(f, top, text, [summary], apple=False, cte="7bit"), "richmond_wandsworth", "early_help_duty",
        when, 4, "ordinary", "step_down", False, None, ["2790453"],
        [ch("Finn Byrne-Lacey", "2043-03-30", "30/03/2043"), ch("Orla Byrne-Lacey", "2047-12-05", "05/12/2047")],
        ["parental_mental_health", "school_attendance"], True, None, ["draft_plan"], None, "request_info",
        "Richmond & Wandsworth step-down (Thunderbird, format=flowed 7bit): the case discussion time agreed by "
        "phone ('Tuesday 27 October at 10am', within 5 days of the contact), case summary attached (.pdf), 'Mum "
        "has consented to Early Help continuing the plan' -> consent true; the draft plan 'isn't finished - I'll "
        "send it on Monday' -> draft_plan missing -> request_info. The February flood is background, resolved. "
        "Mum's anxiety -> parental_mental_health; Finn 85% -> school_attendance. 'Mosaic ID 2790453' -> bare.",
        not_children=["Tom Akers", "Kerry Osei"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2054-10-31 21:43:26"
    text = T("""
hi sorry I dont know who else to email, I found this address on the council website. I rang 999 and they said police will come when they can but its been nearly an hour

two kids from no 14 Fernlea Road Roehampton knocked on my door trick or treating about 8.30, on their own, in the pouring rain, no coats just their costumes and soaked through. the girl is Maisie Calloway she is 7 and her brother is Theo Calloway, he is 5. Maisie says mummy is asleep on the kitchen floor and wont wake up and the baby is still in her cot.

I went round with them. the front door is locked, all the lights are off, I can hear the baby crying through the letterbox. nobody answers the door or the phone. I dont know the dad or any family.

Ive got Maisie and Theo in my kitchen in towels, they are shivering. please can someone ring me 07700 900418

Debbie (no 9 Fernlea Road)

Sent from my Galaxy
""")
    html_body = ('<div dir="auto">' + "".join('<div dir="auto">%s</div><div dir="auto"><br></div>'
                 % html.escape(p, quote=False).replace("\n", "<br>") for p in text.strip().split("\n\n")) + "</div>\n")
    top = [("From", addr("Debbie Hollis", "debbiehollis73@gmail.example")), ("To", RMASH),
           ("Subject", "two kids at my door from no 14 Fernlea Rd, mum wont wake up"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "mail.gmail.example"))]
    add(f, alt_mail(f, top, text, html_body), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Maisie Calloway"), ch("Theo Calloway")],
        ["neglect"], None, None, [], None, "alert_duty",
        "SAFETY RULE 1, MOBILE STYLE FROM A MEMBER OF THE PUBLIC, OUT OF HOURS (Saturday night, Halloween): a "
        "neighbour has a 7- and a 5-year-old who were out alone in the rain without coats; they say mum is "
        "unrousable on the kitchen floor and a baby is alone in the house crying behind a locked door; police not "
        "there after an hour. A sole carer incapacitated with a baby inside now -> urgent, alert_duty (the "
        "out-of-hours team). Not a step request -> other. The baby is not named; Maisie and Theo are.",
        not_children=["Debbie Hollis"], technique="a neighbour's phone mail, lower case and run-on, at night")

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2054-11-18 14:26:37"
    body = T("""
Dear Early Help duty,

I spoke to Jasper Quint this morning and we agreed a step-down case discussion for Monday 23 November at 2pm on Teams.

Children: Jade Mullaney (DOB 03/08/2042) and Reggie Mullaney (DOB 14/02/2048), Mosaic ID 2853318.

The CIN plan has been in place since April, after the children's father assaulted their mother in front of them in March. He has a non-molestation order and is not allowed at the address. Since then the children have been settled and safe, Mum has worked with the IDVA and the Freedom Programme, and the school say both children are doing well. What we still worry about is Mum's anxiety and low mood, which she is getting help with, and how she copes with the winter on her own.

Mum (Claire Mullaney) consented to Early Help continuing the plan at the CIN review on 12 November. My manager, Oliver Nkemelu, has agreed the step-down. The latest case summary and the draft Early Help plan are attached.

Kind regards,
Hannah

Hannah Velasquez
Social Worker | Child in Need Team (Wandsworth) | Wandsworth Children's Services
020 7946 0713

P.S. Claire rang me at 14:10 while I was finishing this. Their boiler packed up on Saturday and they've had no heating. She said Lee (the children's dad) turned up at 1pm "to fix the boiler" and won't leave. She was whispering from the bathroom. She said he says he's staying tonight, and that he's going to collect Jade and Reggie from school himself at 3.15. She hung up when he called her name. I'm trying to get hold of my manager and I've copied this to you because it was the inbox I had open.

""") + RDISC
    summary = pdf_att("Case summary - Mullaney - Nov 2054.pdf", "Case summary - Mullaney family (Mosaic ID 2853318)", [
        "Children: Jade Mullaney (03/08/2042), Reggie Mullaney (14/02/2048). Mother: Claire Mullaney.",
        "CIN since 09/04/2054 following an assault on the mother by the children's father on 22/03/2054.",
        "Non-molestation order (father not to attend the address) made 04/04/2054, in force for 12 months.",
        "Progress: IDVA support completed; Freedom Programme completed; children settled; school attendance good.",
        "Remaining needs: mother's anxiety and low mood (GP and Talking Therapies)."])
    plan = docx_att("Draft Early Help plan - Mullaney.docx", [
        "# Draft Early Help plan - Mullaney family",
        "Lead professional (proposed): Early Help practitioner, Wandsworth Family Hub (Tooting).",
        "1. Mum to continue with Talking Therapies; EH practitioner to check in fortnightly.",
        "2. School to keep Jade's mentoring and Reggie's nurture group.",
        "3. Winter: Warm Homes referral; help with the boiler repair and the energy bills.",
        "4. Review meeting within 4 weeks of handover, chaired by the Early Help manager."])
    top = outlook_top(f, addr("Velasquez, Hannah", "Hannah.Velasquez@" + RDOM), addr("Early Help Duty", RDUTY),
                      "Step down - Mullaney - Mosaic ID 2853318 - case discussion Mon 23 Nov 2pm", when,
                      cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    add(f, mail(f, top, body, [summary, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 4,
        "urgent", "step_down", True, None, ["2853318"],
        [ch("Jade Mullaney", "2042-08-03", "03/08/2042"), ch("Reggie Mullaney", "2048-02-14", "14/02/2048")],
        ["domestic_abuse", "parental_mental_health"], True, True, [], None, "alert_duty",
        "SAFETY RULE 1 IN A PS: an otherwise complete Richmond & Wandsworth step-down (case summary .pdf, draft "
        "plan .docx, consent given at the CIN review) whose P.S. says the father who assaulted the mother and is "
        "barred by a non-molestation order is in the house now, drinking, refusing to leave, 'staying tonight' and "
        "going to collect both children from school at 3.15 -> urgent, alert_duty; nothing missing. Concerns: "
        "domestic_abuse (the barred father in the house now), mum's anxiety and low mood -> "
        "parental_mental_health. Manager 'has agreed the step-down' -> true.",
        not_children=["Claire Mullaney", "Hannah Velasquez", "Oliver Nkemelu", "Jasper Quint"],
        technique="a PS under an otherwise routine, complete step-down")

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2054-11-06 09:30:14"
    ack = ack_text("step-up", "SB-richmond_wandsworth-3318",
                   ["Case: 2866107", "Children: Callum Reddy",
                    "A case discussion invitation will be sent to you within 1 working day."], [])
    text = T("""
Morning,

Quick update before the case discussion, for the file.

Last night (bonfire night) Callum Reddy (13) and his friend didn't come home from the fireworks in Battersea Park. Dad reported him missing at 21:30. Police found both boys safe and well at 23:10 at the friend's uncle's flat in Clapham - their phones had died in the cold and they'd gone there to warm up. Callum was home by midnight. The police have closed the missing report, the return home conversation is booked for Monday, and Callum and his dad both say it won't happen again. Dad handled it well and rang everyone he should have.

It doesn't change the step-up request - I'm only letting you know so it's on record before the discussion.

Keisha

Keisha Obi
Early Help Practitioner | Battersea Family Hub | Wandsworth Children's Services
020 7946 0249

On 4 Nov 2054, at 11:02, MASH: Step Up <MASH-StepUP@richmondandwandsworth.gov.uk> wrote:

""") + quoted(ack)
    top = plain_top(f, addr("Keisha Obi", "Keisha.Obi@" + RDOM), addr("MASH: Step Up", RMASH),
                    "Re: [SB-richmond_wandsworth-3318] Your step-up request has been received", when, RDOM,
                    "Apple Mail (2.3826.600.51.1.1)",
                    extra=[("In-Reply-To", "<ack-3318@stepbot.invalid>"), ("References", "<ack-3318@stepbot.invalid>")])
    add(f, mail(f, top, text, crlf=False), "richmond_wandsworth", "mash_step_up", when, 5,
        "near_miss", "follow_up", False, None, ["2866107"],
        [ch("Callum Reddy")],
        [], None, None, [], None, "attach_to_request",
        "NEAR MISS - RESOLVED: a 13-year-old missing after the bonfire-night fireworks, found safe 100 minutes "
        "later, home by midnight, missing report closed, return conversation booked, 'it doesn't change the "
        "step-up' -> not urgent, and a resolved episode is no current concern. A '> '-quoted Apple Mail reply to "
        "[SB-richmond_wandsworth-3318] -> follow_up, attach_to_request; the case number comes from the quoted "
        "acknowledgement ('Case: 2866107').",
        not_children=["Keisha Obi"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2054-09-14 10:20:33"
    worker = T("""
Hi Marcus,

As discussed, here is my step-up note for the Whitcombe family (Mosaic ID 2839920) so you can send it on to the MASH.

Children: Kayla Whitcombe, DOB 22/04/2048, and Jack Whitcombe, DOB 05/10/2050.

Rationale for step up
We have worked with the family since January. Mum's drinking has increased over the summer; she has twice been unable to collect Jack from nursery and a neighbour stepped in. The home is cluttered and dirty, the children's clothes are unwashed, Kayla has untreated tooth decay and both children missed their summer health appointments. Mum agreed to the alcohol service but has not been to any appointment. We think the children need a Child and Family Assessment.

One thing you'll hear about from school: on Friday Kayla told her teacher she was "left in the car" at the Tesco in Twickenham. I have checked with dad and with the store. Dad was loading the boot beside the car the whole time (about ten minutes, on a hot afternoon), Kayla was in her seat with the door open and a drink, and the store's camera shows him there throughout. School are satisfied and so am I. It is not part of the reasons for this step-up.

The latest case summary is attached.

Anna
""")
    body = T("""
MASH colleagues,

Please see Anna's step-up note for the Whitcombe family below, with the case summary attached. I have discussed it with her in supervision and I agree the step up.

Marcus

Marcus Delaney
Early Help Team Manager (Richmond) | Achieving for Children
020 7946 0391
""") + outlook_quote("Fenwick, Anna <Anna.Fenwick@richmondandwandsworth.gov.uk>", "14 September 2054 09:02",
                     "Delaney, Marcus <Marcus.Delaney@richmondandwandsworth.gov.uk>",
                     "Step up note - Whitcombe", worker) + "\n" + RDISC
    summary = pdf_att("Whitcombe case summary Sept 2054.pdf", "Case summary - Whitcombe (Mosaic ID 2839920)", [
        "Children: Kayla Whitcombe (22/04/2048), Jack Whitcombe (05/10/2050).",
        "Early Help since 12/01/2054. Lead professional: Anna Fenwick (Early Help Practitioner).",
        "Worries: mother's alcohol use; home conditions; dental neglect; missed health appointments.",
        "Work done: alcohol service referral (not attended), home conditions plan, dental referral, nursery support."])
    top = outlook_top(f, addr("Delaney, Marcus", "Marcus.Delaney@" + RDOM), addr("MASH: Step Up", RMASH),
                      "FW: Step up note - Whitcombe", when)
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "near_miss", "step_up", False, None, ["2839920"],
        [ch("Kayla Whitcombe", "2048-04-22", "22/04/2048"), ch("Jack Whitcombe", "2050-10-05", "05/10/2050")],
        ["neglect", "substance_misuse"], None, True, [], None, "book_meeting",
        "NEAR MISS - NEGATED: 'left in the car' turns out to be a child in her seat with the door open while dad "
        "loaded the boot beside her, checked with dad, the store and its camera, 'school are satisfied ... not part "
        "of the reasons' -> not urgent. Complete step-up forwarded by the Early Help Team Manager ('I agree the "
        "step up' -> manager true): rationale under its heading in the forwarded note, case summary attached. "
        "Concerns: mum's drinking -> substance_misuse; home conditions, tooth decay, missed appointments -> neglect.",
        not_children=["Anna Fenwick", "Marcus Delaney"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2054-12-03 12:15:40"
    body = T("""
Good afternoon,

I'm a tenancy sustainment officer and I'm not sure I have the right team, so please pass this on if not.

This morning our repairs operative found one of our tenants, Mr Alan Penfold (84), of 3 Petersham Close, Ham, sitting in his armchair in a coat and hat. The flat was 8 degrees. His boiler has been off since the storm last week and he has had no electricity since Monday because his prepayment key wasn't topped up. He was confused and very cold. The operative called an ambulance and Mr Penfold was taken to Kingston Hospital; the ward tell me he is warming up and stable.

Mr Penfold lives alone. He has no children or grandchildren and nobody under 18 lives at or visits the address; his only relative is a niece in Kent. I am worried about him being discharged back to a cold flat and about how many other older tenants are in the same position after the storm.

Could someone let me know who in adult social care I should speak to about his discharge?

Many thanks,

Ruth Dalby
Tenancy Sustainment Officer | Thameside Homes
020 7946 0645 | ruth.dalby@thamesidehomes.example
""")
    top = outlook_top(f, addr("Ruth Dalby", "ruth.dalby@thamesidehomes.example"), addr("MASH: Step Up", RMASH),
                      "Tenant found very cold at home - Mr A Penfold, 84 - who do I refer to?", when)
    add(f, mail(f, top, body), "richmond_wandsworth", "mash_step_up", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - AN ADULT WITH NO CHILD: an 84-year-old tenant found hypothermic in a flat with no heating or "
        "electricity after the storm - alarming, but 'nobody under 18 lives at or visits the address' and he is "
        "already in hospital; misdirected to the MASH step-up inbox -> other, human_review; no children, no "
        "concerns (the contract's concerns are about children).",
        not_children=["Alan Penfold", "Ruth Dalby"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2054-11-30 08:02:55"
    body = T("""
Thank you for your email.

The Roehampton office is closed following flood damage in Storm Ysolde. I am working from home with limited access to email and Mosaic until Wednesday 2 December.

If your email is about a step-down case discussion, please contact Early Help duty on 020 7946 0310.
If you have an immediate safeguarding concern about a child, please ring the MASH on 020 7946 0321, or 999 in an emergency.

Oliver Nkemelu
Team Manager | Child in Need Team (Wandsworth)
""")
    data = ooo(f, when, "Nkemelu, Oliver", "Oliver.Nkemelu@" + RDOM, addr("Early Help Duty", RDUTY),
               "Step-down case discussion - Mullaney [SB-richmond_wandsworth-3342]", body)
    add(f, data, "richmond_wandsworth", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Outlook out-of-office (Auto-Submitted: auto-replied, X-Auto-Response-Suppress: All, 'Automatic reply:') "
        "answering a stepbot invitation; the office flooded in the storm; the 'immediate safeguarding concern ... "
        "999' lines are boilerplate -> auto_reply, ignore (safety rule 2: never answered).",
        not_children=["Oliver Nkemelu"])

# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
THUB = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def marf(filename, child_lines, reason_lines, consent_line, manager_line):
    return pdf_att(filename, "Multi-Agency Request for Support (MARF) - London Borough of Tower Hamlets",
                   child_lines + [""] + reason_lines + ["", consent_line, manager_line])

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2054-09-30 13:40:22"
    worker = T("""
Hi Nasreen,

As we discussed, I think Rahima and Idris need to step up to social care. Details for the MAST:

Rahima Choudhury - DOB 08/11/2044
Idris Choudhury - DOB 27/03/2049
Mosaic: 3370925
Address: 41 Redmill House, Stepney, E1 9ZR

Dad's mental health has got much worse since the summer (paranoid, not taking his medication, awake all night). When he is unwell Mum sends the children out of the flat "to keep them out of his way" - they are at the park or the estate until it is dark, in all weathers, and Idris had no coat on the day of the storm. The flat is one bedroom for four people, damp, with the windows taped up. Rahima's attendance is 84% and she is falling asleep in class. Mum is frightened of how Dad will be this winter and is struggling to cope.

Mum consents to the referral to MAST and has signed the consent section of the MARF, which is attached.

Dilwar

Dilwar Hussain
Early Help Practitioner | Early Help Locality Team (Stepney) | Tower Hamlets Council
""")
    body = T("""
MAST colleagues,

I have discussed this family with Dilwar in supervision today and I agree the step up to Children's Social Care - his request and the MARF are below and attached.

Nasreen

Nasreen Alam
Team Manager | Early Help Locality Team (Stepney & Wapping) | Tower Hamlets Council
020 7946 0455
""") + outlook_quote("Hussain, Dilwar <Dilwar.Hussain@towerhamlets.gov.uk>", "30 September 2054 11:18",
                     "Alam, Nasreen <Nasreen.Alam@towerhamlets.gov.uk>", "Step up - Choudhury", worker) + "\n" + TDISC
    form = marf("MARF - Choudhury - 30.09.2054.pdf",
                ["Children: Rahima Choudhury (08/11/2044); Idris Choudhury (27/03/2049). Mosaic 3370925.",
                 "Referrer: Dilwar Hussain, Early Help Practitioner, Early Help Locality Team (Stepney)."],
                ["Reason for request: father's deteriorating mental health; children sent out of the home in all",
                 "weathers until dark to avoid him; overcrowded damp one-bedroom flat; Rahima's attendance 84%.",
                 "Early Help since February 2054: family support, housing advice, GP liaison for father."],
                "Parental consent: given by mother, signed 29/09/2054.",
                "Manager: Nasreen Alam, Team Manager, agreed 30/09/2054.")
    top = outlook_top(f, addr("Alam, Nasreen", "Nasreen.Alam@" + TDOM), addr("MAST", TMAST),
                      "RE: Step up - Choudhury", when, cc=addr("Hussain, Dilwar", "Dilwar.Hussain@" + TDOM))
    add(f, mail(f, top, body, [form], html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["3370925"],
        [ch("Rahima Choudhury", "2044-11-08", "08/11/2044"), ch("Idris Choudhury", "2049-03-27", "27/03/2049")],
        ["neglect", "parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
        "Complete Tower Hamlets MAST step-up: the team manager replies on top of the worker's quoted email ('I "
        "agree the step up' -> manager true); the facts are in the quoted part; the Multi-Agency Request for "
        "Support form is attached (.pdf) -> request_for_support met. 'Mum consents to the referral to MAST' -> "
        "consent true. Concerns: dad's mental health -> parental_mental_health; children sent out until dark in "
        "all weathers without coats, overcrowded damp flat -> neglect; Rahima 84% -> school_attendance.",
        not_children=["Dilwar Hussain", "Nasreen Alam"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2054-11-21 18:55:03"
    text = T("""
Dear Sir/Madam

I am volunteer from the Shadwell community centre, I am writing for my neighbour because she is not speak English. Since yesterday morning no electric in all our block because of the storm, the lift is not working. The lady is Mrs Shirin Akter, flat 87 Matlock House on 14 floor.

She is very sick with fever, she cannot stand up from the bed, she is shaking. Her baby Zayan Akter is 3 month old. Before he is crying all the day, now he is not crying so much. She has no milk powder left and cannot make warm the bottle. Her husband is in Bangladesh for his father funeral. She has nobody else here.

I knock at 6 oclock, she talk to me through the door but she cannot come to open it, the chain is on from inside. The flat is very cold. My wife is also sick so I cannot stay there. I ring 111, they say wait for call back, nobody call me.

Please somebody go to her tonight.

Abdul Mazid
07700 900733
""")
    top = [("From", addr("Abdul Mazid", "a.mazid.shadwell@gmail.example")), ("To", TMAST),
           ("Subject", "Please help lady flat 87 Matlock House no electric baby"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "mail.gmail.example"))]
    add(f, mail(f, top, text, crlf=False), "tower_hamlets", "mash_step_up", when, 4,
        "urgent", "other", True, None, [],
        [ch("Zayan Akter")],
        ["neglect"], None, None, [], None, "alert_duty",
        "SAFETY RULE 1 IN NON-NATIVE ENGLISH, OUT OF HOURS (Saturday evening): a neighbour writes that a mother "
        "alone with a 3-month-old is too ill to stand, behind a chained door on the 14th floor of a block with no "
        "power or lift since the storm, no formula left, the baby 'not crying so much' now, no other adult -> a "
        "sole carer incapacitated with a baby, tonight -> urgent, alert_duty. Not a step request -> other.",
        not_children=["Shirin Akter", "Abdul Mazid"], technique="a neighbour writing in second-language English")

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2054-12-10 13:10:46"
    ack = ack_text("step-up", "SB-tower_hamlets-6051", ["Case: 3391447", "Children: Yusuf Karim"],
                   ["the completed Multi-Agency Request for Support form"])
    body = T("""
Hi MAST,

The MARF is attached now - sorry for the delay.

There is something else you need to know today. Yusuf came to school this morning in the sleet without a coat again. When his teacher asked where it was he lifted his jumper and showed her red, raised lines across his lower back. He told her, and then me when I got there at 11:30:

"Abba did it with his belt because I lost my coat. He said if I don't find it he'll do it again tonight."

The coat is still lost. His dad is due to collect him at 3.15 as usual. Yusuf asked me if he could stay at school.

Fatima

Fatima Rahman
Early Help Practitioner | Early Help Locality Team (Bow) | Tower Hamlets Council
020 7946 0178
""") + outlook_quote("MAST <MAST@towerhamlets.gov.uk>", "08 December 2054 16:21",
                     "Rahman, Fatima <Fatima.Rahman@towerhamlets.gov.uk>",
                     "[SB-tower_hamlets-6051] Your step-up request has been received", ack)
    form = marf("MARF Yusuf Karim.pdf",
                ["Child: Yusuf Karim, DOB 16/05/2046. Mosaic 3391447.",
                 "Referrer: Fatima Rahman, Early Help Practitioner (Bow)."],
                ["Reason for request: father's harsh physical chastisement reported by Yusuf in October; Early Help",
                 "parenting work not taken up; Yusuf anxious and tearful in class."],
                "Parental consent: not sought (see reason).", "Manager: agreed by team manager 07/12/2054.")
    top = outlook_top(f, addr("Rahman, Fatima", "Fatima.Rahman@" + TDOM), addr("MAST", TMAST),
                      "RE: [SB-tower_hamlets-6051] Your step-up request has been received", when)
    add(f, mail(f, top, body, [form]), "tower_hamlets", "mash_step_up", when, 4,
        "urgent", "follow_up", True, None, ["3391447"],
        [ch("Yusuf Karim", "2046-05-16", "16/05/2046")],
        ["physical_harm"], None, True, [], None, "alert_duty",
        "SAFETY RULE 1 IN A CHILD'S OWN WORDS, ON A FOLLOW-UP: a reply to [SB-tower_hamlets-6051] sending the "
        "missing MARF also reports fresh raised belt marks on an 8-year-old who came in the sleet without a coat: "
        "'Abba did it with his belt because I lost my coat. He said ... he'll do it again tonight', dad collecting "
        "at 3.15 -> urgent overrides attach_to_request -> alert_duty. DOB only in the attached MARF. The MARF says "
        "the team manager agreed -> manager true; consent 'not sought' -> null.",
        technique="a child's own words, added to a follow-up that sends a missing form")

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2054-12-07 15:05:19"
    note = ("Sorry, I can't make tomorrow. I'm with Rayan Chowdhury now at the youth project. He's 14. He has "
            "been sleeping in the bin store at Brierly House since Friday night because his stepdad changed the "
            "locks and told him not to come back. It went down to -3 on Saturday and Sunday night. He's got no "
            "coat, just a hoodie, and his fingertips are swollen and white. Mum isn't answering. His stepdad told "
            "me on the phone he is 'not having him back'. We close at 6 and he has nowhere to go tonight.")
    data = google_reply(f, when, "Marlon Ashby", "marlon.ashby@limehouseyouth.example",
                        ("MAST", TMAST), "DECLINED", "MAST discussion - Chowdhury - 3402218 [SB-tower_hamlets-6113]",
                        "20541208T100000Z", "20541208T110000Z", "Microsoft Teams Meeting",
                        "Tue 8 Dec 2054 10am - 11am (GMT)", note)
    add(f, data, "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "meeting_reply", True, None, ["3402218"],
        [ch("Rayan Chowdhury")],
        ["neglect"], None, None, [], None, "alert_duty",
        "SAFETY RULE 1 IN A CALENDAR NOTE: a Google Calendar iTIP REPLY (DECLINED) to the MAST discussion whose "
        "note (COMMENT and body) says a 14-year-old locked out by his stepdad has slept in a bin store for three "
        "nights at -3°C with no coat, cold-injured fingers, mum not answering, stepdad refusing to have him, "
        "nowhere to go when the project closes at 6 tonight -> urgent, alert_duty. Case id from the SUMMARY. "
        "Concerns: thrown out with no shelter or coat -> neglect.",
        not_children=["Marlon Ashby"], technique="a Google Calendar decline's note")

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2054-10-20 10:45:31"
    html_body = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Early Help Hub,</p>
<p>Following the Child and Family Assessment, which concluded on 9 October 2054, I am stepping the Hussain children down to a Team Around the Family. The assessment and the draft TAF plan are attached.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dde"><th>Child</th><th>DOB</th><th>Mosaic</th></tr>
<tr><td>Aisha Hussain</td><td>11/02/2045</td><td>3358812</td></tr>
<tr><td>Bilal Hussain</td><td>30/09/2048</td><td>3358813</td></tr>
</table>
<p><b>Lead practitioner:</b> Rehana Siddiqui, Family Support Worker, Cable Street Primary School (020 7946 0802)<br>
<b>Consent:</b> Mum has given her consent to the step down to Early Help (signed 13/10/2054).<br>
<b>TAF meeting:</b> Thursday 22 October 2054, 2pm, Cable Street Primary School - I will chair.</p>
<p><b>What we are still working on:</b> Bilal is autistic and his EHCP is being finalised; the move and the dark evenings have unsettled his sleep. Aisha's attendance fell to 89% in September and is improving.</p>
<p><b>For context, so nobody is alarmed by the file:</b> the family were evacuated from their basement flat in Bow in the flash flooding on 14 September and spent three nights in emergency accommodation - a housing matter, not a safeguarding one; the children stayed with mum throughout and the family have now moved to a third-floor flat on the same estate. Bilal's broken wrist (a fall on the dark stairwell during the power cut on 16 September) was seen at the Royal London the same evening; the fracture clinic and the paediatric liaison nurse found it consistent with the account, mum sought help straight away, and it has healed. There are no current concerns about either.</p>
<p>Kind regards,<br>Olu Adebayo<br>Social Worker | Assessment &amp; Intervention | Tower Hamlets Children's Social Care<br>020 7946 0634</p>
</body></html>
""")
    assess = pdf_att("C&F Assessment - Hussain - completed 09.10.2054.pdf", "Child and Family Assessment - Hussain", [
        "Children: Aisha Hussain (11/02/2045), Bilal Hussain (30/09/2048). Mosaic 3358812 / 3358813.",
        "Assessment started 02/09/2054, concluded 09/10/2054. Social worker: Olu Adebayo.",
        "Outcome: statutory intervention not required; step down to a TAF with a lead practitioner.",
        "Needs: Bilal - autism, EHCP in progress, sleep; Aisha - attendance 89% in September; housing settled."])
    plan = docx_att("TAF plan - Hussain - draft.docx", [
        "# Draft TAF plan - Hussain family", "Lead practitioner: Rehana Siddiqui (Cable Street Primary School)",
        "1. SENCo to complete Bilal's EHCP transition plan by half-term.",
        "2. Sleep clinic referral for Bilal (GP).", "3. Attendance support plan for Aisha; review in 6 weeks.",
        "4. Family support worker home visits fortnightly."])
    top = outlook_top(f, addr("Adebayo, Olu", "Olu.Adebayo@" + TDOM), addr("Early Help Hub", THUB),
                      "Step down to TAF - Hussain children", when)
    add(f, html_mail(f, top, html_body, [assess, plan]), "tower_hamlets", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["3358812", "3358813"],
        [ch("Aisha Hussain", "2045-02-11", "11/02/2045"), ch("Bilal Hussain", "2048-09-30", "30/09/2048")],
        ["disability_send", "school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS - RESOLVED AND EXPLAINED: a flood evacuation to 'emergency accommodation' (a housing matter, "
        "the children with mum throughout, rehoused) and a broken wrist from a fall on a dark stairwell in a power "
        "cut (seen the same evening, consistent, healed) - 'no current concerns about either' -> not urgent, no "
        "concern. Complete Tower Hamlets step-down, HTML-only with an HTML table: C&F assessment (.pdf), draft TAF "
        "plan (.docx), consent given, lead practitioner with agency -> book_meeting. Autism/EHCP -> "
        "disability_send; 89% -> school_attendance.",
        not_children=["Rehana Siddiqui", "Olu Adebayo"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2054-12-08 07:15:08"
    text = T("""
TOWER HAMLETS EDUCATION - SCHOOLS BULLETIN
Snow closures: Tuesday 8 December 2054

The following schools and children's centres are CLOSED today because of snow and ice:
Bow Common Primary; Cable Street Primary; Chrisp Street Nursery; Limehouse Green Primary; Mile End Park Children's Centre; Poplar Riverside Academy (site only - remote learning); St Dunstan's CE Primary; Wapping Wharf Primary.

All other schools are open. Breakfast clubs may start late. Free school meal vouchers will be sent by text to families at the closed schools by 11am.

Dark and cold days: a reminder for practitioners
When schools close, some children lose their warmest place and their only hot meal of the day. Think about the families you work with who have no credit on the meter, no winter coats, or a parent who cannot be left alone with the children. If you are worried about a child today, call the MAST on 0207 364 5606; if a child is in immediate danger, call 999.

Severe weather advice for families and the warm spaces open today are on the council website.

You are receiving this because you are on the Children's Services practitioner list. To unsubscribe, reply UNSUBSCRIBE.
""")
    top = [("From", "Tower Hamlets Education <schools.bulletin@towerhamlets.gov.uk>"),
           ("To", "Children's Services practitioners <cs.practitioners@towerhamlets.gov.uk>"),
           ("Cc", addr("Early Help Hub", THUB)),
           ("Subject", "Schools bulletin: snow closures Tuesday 8 December"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, TDOM)),
           ("List-Id", "Children's Services practitioners <cs-practitioners.towerhamlets.gov.uk>"),
           ("List-Unsubscribe", "<mailto:schools.bulletin@towerhamlets.gov.uk?subject=UNSUBSCRIBE>")]
    add(f, build(top, text_part(text, cte="7bit"), False), "tower_hamlets", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A SNOW-DAY CLOSURE BULLETIN (List-Id, List-Unsubscribe, 7bit): names no child and describes "
        "no event; its reminder about cold homes, no coats and 'immediate danger, call 999' is general guidance "
        "-> other, human_review.")

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2054-11-04 15:20:12"
    text = T("""
Hello Early Help Hub,

I'd like to step Yasmin Ali (DOB 19/06/2040), Mosaic 3366054, down to a Team Around the Family. Her Child and Family Assessment concluded on 30/10/2054 and it is attached, with the draft TAF plan.

Lead practitioner: Tom Brennan, Youth Worker, Limehouse Youth Project - he has worked with Yasmin since the summer and has agreed to take the role.

What we are still worried about: Yasmin's attendance (88%) and her coming home late now the evenings are dark, which is the main thing she and her mum argue about.

Consent: I am seeing mum on Monday and I'll ask her then for her consent to the step down.

I'll arrange and chair the TAF meeting in the week of 9 November and let you know the date.

Thanks,
Grace Mwangi
Social Worker | Children's Social Care (Poplar) | Tower Hamlets Council
020 7946 0927
""")
    t = text_part(text, cte="base64")
    assess = pdf_att("C&F assessment Yasmin Ali 30.10.2054.pdf", "Child and Family Assessment - Yasmin Ali (Mosaic 3366054)", [
        "Concluded 30/10/2054. Social worker: Grace Mwangi.",
        "Outcome: step down to a TAF with a lead practitioner; no statutory role.",
        "Needs: attendance 88%; conflict with mother about curfew; Yasmin engages well with the youth project."])
    plan = docx_att("Draft TAF plan - Yasmin Ali.docx", [
        "# Draft TAF plan - Yasmin Ali", "Lead practitioner: Tom Brennan (Limehouse Youth Project)",
        "1. Attendance plan with school; weekly check-in.", "2. Family mediation sessions (mum and Yasmin).",
        "3. Agreed curfew and a text-home plan for dark evenings."])
    top = plain_top(f, addr("Mwangi, Grace", "Grace.Mwangi@" + TDOM), addr("Early Help Hub", THUB),
                    "Step down - Yasmin Ali - Mosaic 3366054", when, TDOM)
    root = multipart("mixed", [t, assess, plan], bnd(f, 1))
    add(f, build(top, root, False), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["3366054"],
        [ch("Yasmin Ali", "2040-06-19", "19/06/2040")],
        ["school_attendance"], None, None, ["consent"], None, "request_info",
        "Tower Hamlets step-down with the C&F assessment (.pdf), the draft TAF plan (.docx) and a lead practitioner "
        "named with his agency, but consent is still to be asked ('I'll ask her then for her consent') -> consent "
        "null -> missing consent -> request_info. base64 text/plain body. Attendance 88% -> school_attendance; "
        "coming home late on dark evenings is a family worry, not 'missing'.",
        not_children=["Tom Brennan", "Grace Mwangi"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2054-10-02 11:30:57"
    ack = ack_text("step-up", "SB-tower_hamlets-5987", ["Case: 3381790", "Children: Ibrahim Uddin"],
                   ["the completed Multi-Agency Request for Support form"])
    body = T("""
Good morning,

Please find the completed Multi-Agency Request for Support form for Ibrahim attached. Mum signed the consent section on Wednesday.

Kind regards,
Sufia

Sufia Khanom
Early Help Practitioner | Early Help Locality Team (Poplar) | Tower Hamlets Council
020 7946 0366
""") + outlook_quote("MAST <MAST@towerhamlets.gov.uk>", "28 September 2054 14:07",
                     "Khanom, Sufia <Sufia.Khanom@towerhamlets.gov.uk>",
                     "[SB-tower_hamlets-5987] Your step-up request has been received", ack)
    form = docx_att("Multi-Agency Request for Support - Ibrahim Uddin.docx", [
        "# Multi-Agency Request for Support", "Child: Ibrahim Uddin   Mosaic: 3381790",
        "Referrer: Sufia Khanom, Early Help Practitioner (Poplar)",
        "Reason: mother's depression; Ibrahim caring for his younger sister after school; attendance 87%.",
        "Parental consent: yes - signed by mother 30/09/2054", "Manager: agreed 25/09/2054"])
    top = outlook_top(f, addr("Khanom, Sufia", "Sufia.Khanom@" + TDOM), addr("MAST", TMAST),
                      "RE: [SB-tower_hamlets-5987] Your step-up request has been received", when)
    add(f, mail(f, top, body, [form]), "tower_hamlets", "mash_step_up", when, 2,
        "ordinary", "follow_up", False, None, ["3381790"],
        [ch("Ibrahim Uddin")],
        ["parental_mental_health", "school_attendance", "young_carer"], True, True, [], None, "attach_to_request",
        "Follow-up to [SB-tower_hamlets-5987] bringing the Multi-Agency Request for Support form the "
        "acknowledgement asked for (the quoted 'What is missing:' heading is not a concern) -> follow_up, "
        "attach_to_request. 'Mum signed the consent section' -> consent true; the form says the manager agreed "
        "-> true. Concerns from the attached form: mother's depression -> parental_mental_health; Ibrahim caring "
        "for his sister -> young_carer; 87% -> school_attendance.",
        not_children=["Sufia Khanom"])

# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2054-09-09 15:26:48"
    fwd = T("""
Gareth,

I need to know who to tell about this, please.

At 14:45 one of our lifeguards on her break found a little boy, about 18 months old, strapped in a car seat in a locked silver Corsa in our top car park. The windows were all up and it is 29 degrees today. He was bright red, very hot to touch, not crying, eyes half shut. We got the back quarter-light out and carried him into the first aid room, cooled him with wet towels and gave him sips of water. After ten minutes he perked up a little but he was still floppy.

His mum came out of the 1.30 spin class at 15:00. She said he was "only asleep" and that she'd "cracked the window" (she hadn't). She gave her name as Kerry Yeo and called him Ollie Yeo. We asked her to wait for the ambulance we had called but she took him and drove off towards Paignton at 15:05. The ambulance arrived at 15:09 and the crew have the registration. Nobody else has seen him since.

Nicola

Nicola Brimacombe
Duty Manager | Goodrington Leisure Pool | Bayside Leisure Trust
01632 960 377
""")
    body = T("""
Hi MASH,

Forwarding this from the duty manager at Goodrington pool - she has asked me where it should go and I think it's you. I rang her back at 15:20: there's still no word on where the mum and the little boy went.

Gareth

Gareth Penhale
Leisure Contracts Officer | Torbay Council
01632 960 118
""") + outlook_quote("Nicola Brimacombe <n.brimacombe@baysideleisure.example>", "09 September 2054 15:12",
                     "Penhale, Gareth <Gareth.Penhale@torbay.gov.uk>", "little boy left in car - who do I tell?",
                     fwd) + "\n" + BDISC
    top = outlook_top(f, addr("Penhale, Gareth", "Gareth.Penhale@" + BDOM), addr("MASH", BMASH),
                      "FW: little boy left in car - who do I tell?", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Ollie Yeo")],
        ["neglect"], None, None, [], None, "alert_duty",
        "SAFETY RULE 1 IN A FORWARDED PART: the top note is a council officer's 'who does this go to?'; the "
        "forwarded email says an 18-month-old was found overheated and floppy in a locked car at 29°C, and his "
        "mother drove off with him before the ambulance arrived; nobody knows where they are -> a child in "
        "danger of serious harm now -> urgent, alert_duty. Not a step request -> other. Early September heat "
        "(BST, +0100). The mother (Kerry Yeo) is an adult.",
        not_children=["Kerry Yeo", "Nicola Brimacombe", "Gareth Penhale"],
        technique="in the forwarded part under a 'who does this go to?' note")

def torbay_02():
    f = "torbay_02.eml"; when = "2054-11-06 16:05:37"
    body = T("""
Hi MASH,

I'm the lead professional for Kayden Lamerton (DOB 02/08/2041), EHM-740228, at level 3. I have talked this through with my ATM, Silas Penrose, and we agree this needs to be considered for a level 4 response today.

At our session in school this afternoon (14:20) Kayden had a dressing on his left hand. He told me what happened and said I could write it down in his words:

"Brad made me hold the rocket at the bonfire at ours last night. He said it would toughen me up. It went off before I let go. He put butter on it and said if I tell anyone I'm a grass. He's doing more at the Torquay fireworks tomorrow and he says I've got to light them. He found out I went to the nurse and he texted me 'wait till you get home'."

Kayden showed me the text from Brad Vosper (mum's partner), sent at 12:02 today. The school nurse saw the hand this morning: a blistered burn across the palm and fingers. Kayden says he doesn't want to go home tonight, but he has nowhere else to go. He is in the school office with his head of year until 16:30.

I haven't spoken to mum about contacting MASH - she is at work until 6 and Brad is at the house.

Jess

Jess Tuckett
Family Intervention Worker (Lead Professional) | Torbay Early Help
01632 960 452 | 07700 900 836

""") + BDISC
    top = outlook_top(f, addr("Tuckett, Jess", "Jess.Tuckett@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Kayden Lamerton (13) - EHM-740228", when,
                      cc=addr("Penrose, Silas", "silas.penrose@" + BDOM))
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["EHM-740228"],
        [ch("Kayden Lamerton", "2041-08-02", "02/08/2041")],
        ["physical_harm"], None, True, ["consent"], None, "alert_duty",
        "SAFETY RULE 1 IN A CHILD'S OWN WORDS: a 13-year-old burned when mum's partner made him hold a lit rocket "
        "on bonfire night, threatened by text ('wait till you get home') today, with the partner at the house and "
        "Kayden due home tonight -> urgent, alert_duty. Torbay step-up (the lead professional's contact to MASH): "
        "'my ATM ... and we agree this needs to be considered for a level 4' -> manager true; mum not asked -> "
        "consent null -> missing consent.",
        not_children=["Brad Vosper", "Jess Tuckett", "Silas Penrose"],
        technique="a 13-year-old's own words, written down at his request")

def torbay_03():
    f = "torbay_03.eml"; when = "2054-12-01 09:50:21"
    body = T("""
Good morning Early Help,

Please can I have a triage slot for the Petherick children, LCS-5527194. I'm asking for a level 3 step down following my Single Assessment, which is attached with my analysis and the rationale.

Daisy Petherick - DOB 12/04/2051 (3, so I understand she'll go to the under-5s triage)
Alfie Petherick - DOB 01/10/2047

My Team Manager, Rob Halse, recorded his management analysis on LCS on 27/11/2054 confirming the threshold for level 3 is met. Mum has given her consent to level 3 Early Help.

A word on how the assessment started, because the contact looks worse than it was. On 5 October, in Storm Wendell, mum's car broke down on the A380 at Haldon Hill in the dark and the children were in the car with her for two hours before police reached them. Police found all three together, wrapped in blankets with food and drink, and took them to the services until the recovery truck came. Mum had called for help straight away and did everything right. The assessment found no neglect; that episode is closed.

What the family need now is support with mum's isolation and low mood since the move from Exeter, and with Alfie's speech and language - he is waiting for an assessment.

Many thanks,
Amy

Amy Trewin
Social Worker | Single Assessment Team | Torbay Children's Services
01632 960 641

""") + BDISC
    sa = docx_att("Single Assessment - Petherick - Nov 2054.docx", [
        "# Single Assessment - Petherick", "LCS-5527194   Social worker: Amy Trewin   Completed: 26/11/2054",
        "Children: Daisy Petherick (12/04/2051), Alfie Petherick (01/10/2047)",
        "Reason for contact: police report 05/10/2054 (car breakdown in a storm) - no concerns about care found.",
        "Analysis: mother isolated and low since moving from Exeter in June; Alfie has speech and language delay.",
        "Rationale for step down: no level 4 role; needs can be met by a level 3 coordinated response.",
        "Team Manager's analysis (Rob Halse, 27/11/2054): threshold for level 3 met; step down agreed."])
    top = outlook_top(f, addr("Trewin, Amy", "Amy.Trewin@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - step down - Petherick - LCS-5527194", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["LCS-5527194"],
        [ch("Daisy Petherick", "2051-04-12", "12/04/2051"), ch("Alfie Petherick", "2047-10-01", "01/10/2047")],
        ["disability_send", "parental_mental_health"], True, True, [], None, "book_meeting",
        "NEAR MISS - RESOLVED: children stuck in a broken-down car in the dark in a storm sounds alarming, but it "
        "was in October, police found them safe with mum, 'the assessment found no neglect; that episode is "
        "closed' -> not urgent. Complete Torbay step-down (SA step-down route): Single Assessment attached, the "
        "TM's analysis 'confirming the threshold for level 3 is met' -> manager true, consent given -> "
        "book_meeting; 'level 3' written -> level 3; Daisy (3) means the fortnightly under-5s triage. Mum's low "
        "mood -> parental_mental_health; Alfie's speech and language delay -> disability_send.",
        not_children=["Amy Trewin", "Rob Halse"])

def torbay_04():
    f = "torbay_04.eml"; when = "2054-11-02 08:40:16"
    body = T("""
Hi Early Help team,

Just letting you know, for Freddie's Early Help worker - this is not a referral.

Freddie Rowe (Year 4) came in this morning with a black eye. Mum rang the office before school to tell us: on Saturday night he was out trick-or-treating with his cousins and his aunt on Fore Street, it was pouring and very dark, and he ran into a lamppost with his mask over his eyes. His aunt saw it happen and took him straight home; mum took him to the Minor Injuries Unit on Sunday morning and they said it was bruising only.

Freddie told his teacher exactly the same story, with a lot of detail about the mask, and he is happy and proud of it. We have no concerns. I've logged it on CPOMS.

Thanks,
Sarah

Sarah Lethbridge
Designated Safeguarding Lead | Oldway Primary School, Paignton
01632 960 205
""")
    top = plain_top(f, addr("Sarah Lethbridge", "dsl@oldwayprimary.example.sch.uk"), addr("Early Help", BEH),
                    "Freddie Rowe - black eye - for information", when, "oldwayprimary.example.sch.uk",
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "torbay", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [],
        [ch("Freddie Rowe")],
        [], None, None, [], None, "human_review",
        "NEAR MISS - AN INJURY EXPLAINED: a black eye after Halloween, explained in advance by mum, witnessed by "
        "the aunt, seen at the Minor Injuries Unit, the child's own account matches, 'We have no concerns', 'this "
        "is not a referral' -> not urgent, no concern. A school's note for the Early Help worker, not a request "
        "-> other, human_review.",
        not_children=["Sarah Lethbridge"])

def torbay_05():
    f = "torbay_05.eml"; when = "2054-10-12 14:15:02"
    blocks = [
        "Hello Early Help,",
        "",
        "Please can I have a triage slot for a level 3 step down. Harper's CIN plan ends this month and the "
        "outcomes have been met; my Team Manager and I agree there is no further need for statutory intervention.",
        "",
        ("table", [
            ["", ""],
            ["Child", "Harper Widdicombe, DOB 29/05/2043"],
            ["LCS", "LCS-5519087"],
            ["Team", "Safeguarding and Supporting Families"],
            ["Consent", "Dad has consented to level 3 early help (signed 08/10/2054)"],
            ["Manager", "Anna Vallance (TM) agreed the step down and recorded her management analysis on LCS on 09/10/2054"],
            ["Single Assessment", "Attached"],
        ]),
        "",
        ("h", "Summary"),
        "Dad has been in recovery from alcohol for eight months and has kept to the plan. What we still worry "
        "about: keeping his recovery on track through Christmas, and Harper (11), who still does a lot of caring "
        "for her younger brother, who has cerebral palsy, and for dad on bad days. She needs a young carers' "
        "assessment and a coordinated plan with school.",
        "",
        "Thank you,",
        "Lewis",
        "",
        "Lewis Crocker",
        "Social Worker | Safeguarding and Supporting Families Team | Torbay Children's Services",
        "01632 960 566",
    ]
    sa = docx_att("Single Assessment - Harper Widdicombe.docx", [
        "# Single Assessment (updated) - Harper Widdicombe", "LCS-5519087   DOB 29/05/2043",
        "Analysis: father's sustained recovery from alcohol; CIN outcomes met; Harper is a young carer.",
        "Rationale for step down: level 4 no longer needed; high level of need for a level 3 coordinated response.",
        "Team Manager's analysis (Anna Vallance, 09/10/2054): level 3 threshold met."])
    top = outlook_top(f, addr("Crocker, Lewis", "Lewis.Crocker@" + BDOM), addr("Early Help", BEH),
                      "Request for triage slot - step down - Harper Widdicombe", when)
    add(f, word_mail(f, top, blocks, [sa]), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["LCS-5519087"],
        [ch("Harper Widdicombe", "2043-05-29", "29/05/2043")],
        ["substance_misuse", "young_carer"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down (SASF route) in a Word table: Single Assessment attached, 'Dad has consented to "
        "level 3 early help' -> consent true, the TM 'agreed the step down and recorded her management analysis' "
        "-> manager true -> book_meeting (the Tuesday triage). 'level 3' written -> level 3. 'What we still "
        "worry about: keeping his recovery [from alcohol] on track' -> substance_misuse; Harper caring for her "
        "brother and dad -> young_carer.",
        not_children=["Lewis Crocker", "Anna Vallance"])

def torbay_06():
    f = "torbay_06.eml"; when = "2054-11-19 10:05:44"
    body = T("""
Hi MASH,

Contact for the Lamacraft family, EHM-741390, who I support at level 3.

Children: Tilly Lamacraft (DOB 03/12/2046) and Sonny Lamacraft (DOB 18/06/2050).

New information since the last TAF: there has been no gas or electricity on the meters for most of November. When I visited on the 10th and the 17th the house was cold, the children were in bed at 5pm "to keep warm", there was black mould on the bedroom walls and very little food. Dad is drinking again most days (he told me so). Tilly has missed 7 days this half-term. The meter was topped up with a fuel voucher on Tuesday, so the heating is on at the moment, and the children are with dad and their nan this week.

My manager, Tamsin Verity, agrees this needs to be considered for level 4.

Dad has said no. He does not agree to us contacting MASH and wants to keep working with me. I've explained that I'm still sending this.

Rachel

Rachel Yabsley
Family Support Worker | Torbay Early Help (Brixham)
01632 960 719
""")
    top = plain_top(f, addr("Rachel Yabsley", "Rachel.Yabsley@" + BDOM), addr("MASH", BMASH),
                    "Contact to MASH - Lamacraft - EHM-741390", when, BDOM, "Microsoft Outlook 16.0")
    add(f, build(top, text_part(body, cte="7bit"), False), "torbay", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, ["EHM-741390"],
        [ch("Tilly Lamacraft", "2046-12-03", "03/12/2046"), ch("Sonny Lamacraft", "2050-06-18", "18/06/2050")],
        ["neglect", "school_attendance", "substance_misuse"], False, True, ["consent"], None, "request_info",
        "Torbay step-up (a level 3 worker's contact to MASH), 7bit plain text: 'my manager ... agrees this needs "
        "to be considered for level 4' -> manager true; 'Dad has said no. He does not agree to us contacting "
        "MASH' -> consent FALSE (refused, not just unasked) -> missing consent -> request_info. Not urgent: the "
        "meter has been topped up and the heating is on, the children are with dad and nan. Cold home, mould, "
        "little food -> neglect; dad drinking -> substance_misuse; 7 days missed -> school_attendance.",
        not_children=["Rachel Yabsley", "Tamsin Verity"])

def torbay_07():
    f = "torbay_07.eml"; when = "2054-10-16 12:01:39"
    data = itip_reply(f, when, "Lewis Crocker", "Lewis.Crocker@" + BDOM, ("Early Help", BEH), "ACCEPTED",
                      "Early Help triage - Harper Widdicombe - LCS-5519087 [SB-torbay-4471]",
                      "20541020T100000", "20541020T103000", "Microsoft Teams Meeting",
                      "Accepted - I'll join from Paignton, as the Torquay office car park is still shut after the "
                      "flooding on Wednesday.")
    add(f, data, "torbay", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["LCS-5519087"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY (PARTSTAT=ACCEPTED, with a COMMENT about a flooded car park) for torbay_05's Tuesday "
        "triage slot (Tue 20 Oct 10:00 BST) -> meeting_reply, record_reply; the LCS id from the SUMMARY.",
        not_children=["Lewis Crocker"])

def torbay_08():
    f = "torbay_08.eml"; when = "2054-11-25 17:33:08"
    data = ndr(f, when, BDOM, addr("Early Help", BEH), "j.pascoe@brixhamfamilycentre.example",
               "[SB-torbay-4520] Your step-down request has been received",
               "Early Help <earlyhelp@torbay.gov.uk>", "2054-11-25 17:32:51")
    add(f, data, "torbay", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Exchange Online non-delivery report (multipart/report; report-type=delivery-status, Auto-Submitted) for "
        "stepbot's own acknowledgement to a mistyped address -> auto_reply, ignore (safety rule 2: bounces are "
        "never answered).")

# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2054-09-17 10:30:27"
    body = T("""
Dear Early Help Co-ordinators,

Following the Child and Family Assessment, the Bevan children's remaining needs sit at Intensive (level 3) and Mum is in agreement with a step-down to Early Help. I am sending the step-down for the sibling group:

Ffion Bevan - DOB 25/01/2042 - Mosaic 1987402
Rhys Bevan - DOB 14/07/2045 - Mosaic 1987403
Nia Bevan - DOB 02/11/2050 - Mosaic 1987404

Attached: the Early Help Assessment step-down plan, and Mum's signed consent form.

Key person: Sarah Lloyd, Family Support Worker, Leominster Primary School (01632 960 248). Sarah has seen the plan and agreed to lead.

Background: the family's house in Leominster flooded when the Lugg came over in February, and they lived in a static caravan on Mum's brother's land until they could move back in August. The assessment was about how the children coped with that year - Mum's anxiety, Rhys's attendance (86%) and Ffion looking after the younger two while Mum dealt with the insurers. The house is dry, warm and repaired now.

Kind regards,

Megan Pritchard
Social Worker | Children's Assessment Team (Leominster) | Herefordshire Council
01632 960 391

""") + HDISC
    plan = docx_att("EHA step-down plan - Bevan sibling group.docx", [
        "# Early Help Assessment - step-down plan", "Children: Ffion, Rhys and Nia Bevan (Mosaic 1987402-04)",
        "What are we worried about? Mum's anxiety since the flood; Rhys's attendance 86%; Ffion's caring role.",
        "What's working well? Home repaired; Mum engaging with her GP; strong support from Mum's brother.",
        "Wellbeing plan - what needs to happen, by whom, outcome, timescale:",
        "1. Sarah Lloyd (key person) to chair a TAF every 6 weeks - from October.",
        "2. School attendance plan for Rhys - school - 95% by February half-term.",
        "3. Young carers' assessment for Ffion - Early Help - by December.",
        "Key person: Sarah Lloyd, Family Support Worker, Leominster Primary School."])
    consent = pdf_att("Signed consent to Early Help - Bevan.pdf", "Consent to Early Help support - Herefordshire Council", [
        "I agree to my family receiving Early Help support and to information being shared with the Early Help",
        "co-ordinator team and the key person named in the plan.",
        "Children: Ffion Bevan, Rhys Bevan, Nia Bevan",
        "Signed: Kate Bevan (mother)     Date: 14/09/2054"])
    top = outlook_top(f, addr("Pritchard, Megan", "Megan.Pritchard@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down to Early Help - Bevan sibling group", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["1987402", "1987403", "1987404"],
        [ch("Ffion Bevan", "2042-01-25", "25/01/2042"), ch("Rhys Bevan", "2045-07-14", "14/07/2045"),
         ch("Nia Bevan", "2050-11-02", "02/11/2050")],
        ["parental_mental_health", "school_attendance", "young_carer"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down: EHA step-down plan (.docx), signed consent form (.pdf), "
        "key person with agency -> nothing missing -> book_meeting. 'Intensive (level 3)' -> level 3. The "
        "February flood is resolved background. Mum's anxiety -> parental_mental_health; Rhys 86% -> "
        "school_attendance; Ffion looking after the younger two -> young_carer.",
        not_children=["Sarah Lloyd", "Megan Pritchard", "Kate Bevan"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2054-11-02 13:20:45"
    text = T("""
Hi both,

Step down for Evan Preece (DOB 08/03/2049), Mosaic 1993118. The step-down plan is attached.

Dad agreed to the step down when I rang him this morning - I'll get the consent form signed when I'm out at the farm on Thursday, if the road's open (the ford at Lyonshall has been over the top since the weekend and they've had no power since Friday).

Key person: Lisa Morgan, Family Support Worker, Kington Children's Centre. She knows Evan and his dad well and has agreed.

What's left to work on: Dad's low mood since the flooding took out the lambing shed in the spring, and Evan's speech and language - he's on the waiting list.

Tom

Tom Vaughan
Social Worker | Children's Assessment Team (Kington) | Herefordshire Council
07700 900 283

Sent from my iPhone
""")
    plan = docx_att("Step down plan - Evan Preece.docx", [
        "# Early Help Assessment step-down plan - Evan Preece", "Mosaic 1993118",
        "What needs to happen - by whom - outcome - timescale:",
        "1. Lisa Morgan (key person) to visit fortnightly and chair the TAF - from November.",
        "2. Speech and language therapy - NHS - assessment by January.",
        "3. Dad to see his GP about his mood; farming support charity referral - this month."])
    top = plain_top(f, addr("Vaughan, Tom", "Tom.Vaughan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Step down - Evan Preece - Mosaic 1993118", when, HDOM, "iPhone Mail (22F76)")
    add(f, flowed_mail(f, top, text, [plan]), "herefordshire", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["1993118"],
        [ch("Evan Preece", "2049-03-08", "08/03/2049")],
        ["disability_send", "parental_mental_health"], True, None, ["consent_form"], None, "request_info",
        "Herefordshire step-down from an iPhone (format=flowed): plan attached, key person with agency; 'Dad "
        "agreed to the step down when I rang him' -> consent true, but the written consent form is still to be "
        "signed -> consent_form missing -> request_info. Flooded ford and power cut are the weather, not a "
        "concern. Dad's low mood -> parental_mental_health; speech and language -> disability_send. No level "
        "written -> null.",
        not_children=["Lisa Morgan", "Tom Vaughan"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2054-11-27 12:48:52"
    ack = ack_text("step-down", "SB-herefordshire-2208",
                   ["Case: 1990276", "Children: Jack Lewis (19/10/2049), Alfie Lewis (04/04/2052)"],
                   ["the family's signed consent form"])
    text = T("""
Hi, signed consent form attached for Paige and the boys.

This may be nothing and I don't want to overreact, but I think someone should know. I rang Paige at 12.30 to say I was bringing the form back over. She spoke very quietly. The Lugg has come over at Hampton Bishop after the storm and the water is up to the caravan step, and Dean has turned up "to help" - he's the boys' dad, the one who isn't to be at the caravan after he hurt Paige in August (section 2 of the plan). She said "he's had a drink and he's got Alfie in the truck" and then "I can't talk" and the line went. I can't get her back, it goes straight to voicemail. I'm at the other end of the county and the road at Mordiford is shut.

Tilly

Tilly Probert
Social Worker | Children's Assessment Team (Hereford) | Herefordshire Council

On Thu, 26 Nov 2054 at 16:02, Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:
""") + quoted(ack)
    consent = pdf_att("Consent form - Lewis - signed.pdf", "Consent to Early Help support - Herefordshire Council", [
        "I agree to my family receiving Early Help support.", "Children: Jack Lewis, Alfie Lewis",
        "Signed: Paige Lewis (mother)     Date: 25/11/2054"])
    top = plain_top(f, addr("Probert, Tilly", "Tilly.Probert@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Re: [SB-herefordshire-2208] Your step-down request has been received", when, HDOM,
                    "Samsung Email 6.1", extra=[("In-Reply-To", "<ack-2208@stepbot.invalid>")])
    t = text_part(text)
    root = multipart("mixed", [t, consent], bnd(f, 1))
    add(f, build(top, root, False), "herefordshire", "early_help_duty", when, 4,
        "urgent", "follow_up", True, None, ["1990276"],
        [ch("Jack Lewis", "2049-10-19", "19/10/2049"), ch("Alfie Lewis", "2052-04-04", "04/04/2052")],
        ["domestic_abuse", "substance_misuse"], True, None, [], None, "alert_duty",
        "SAFETY RULE 1, HEDGED ('This may be nothing and I don't want to overreact'), ON A FOLLOW-UP: a social "
        "worker sending the signed consent form reports that the boys' father, who is not to be at the caravan, "
        "has turned up in the flood, has been drinking and 'has got Alfie in the truck'; the mother whispered "
        "and the line went dead -> urgent now, alert_duty (overrides attach_to_request). Children and DOBs from "
        "the '> '-quoted acknowledgement. Signed consent attached -> consent true.",
        not_children=["Paige Lewis", "Tilly Probert"], technique="hedged, by a social worker on the phone, on a follow-up")

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2054-12-09 09:41:30"
    body = T("""
Please see the attached form, sent on behalf of Mrs Hollings (DSL), who is with the child.

Wyebank Primary School office
01632 960 830
""")
    form = pdf_att("Welfare concern form - H.P. - 09.12.2054.pdf", "WELFARE CONCERN FORM - Wyebank Primary School", [
        "Child: Harvey Price     DOB: 15/06/2048     Class: Year 2",
        "Date / time: 09/12/2054 08:50     Recorded by: Mrs K Hollings (Designated Safeguarding Lead)",
        "",
        "What I saw:",
        "Harvey walked into school at 08:50 in the snow wearing shorts, a T-shirt and wellies. No coat, no jumper.",
        "Lips blue, shaking, could not hold a pencil. Ear temperature 35.6. A long thin purple bruise, about 8 cm,",
        "on the back of his left upper arm.",
        "",
        "What Harvey said (his words):",
        "\"Mummy's boyfriend took my coat because I wet the bed. He makes me stand in the garden till I'm sorry.\"",
        "\"He said I'm doing it again tonight.\"",
        "\"Craig said if I tell he'll put my things in the bin.\"",
        "",
        "Who collects today: Mum's partner, Craig Mattock, collects Harvey at 15:15 on Wednesdays (mum works until 6).",
        "",
        "Action so far: Harvey warmed up in the office with a spare uniform and a hot breakfast. Parents not yet",
        "contacted. Family open to Early Help (lead practitioner on leave).",
    ])
    top = plain_top(f, addr("Wyebank Primary School Office", "office@wyebank.example.sch.uk"),
                    addr("Early Help Co-ordinators", HEH), "Welfare concern - H.P. (Y2)", when,
                    "wyebank.example.sch.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, [form]), "herefordshire", "early_help_duty", when, 3,
        "urgent", "other", True, None, [],
        [ch("Harvey Price", "2048-06-15", "15/06/2048")],
        ["neglect", "physical_harm"], None, None, [], None, "alert_duty",
        "SAFETY RULE 1 ONLY IN A PDF ATTACHMENT: the body is one line; the school's welfare concern form says a "
        "6-year-old came through the snow with no coat, blue lips, 35.6°, a fresh linear bruise, and says mum's "
        "partner took his coat, makes him stand in the garden and 'said I'm doing it again tonight' - the partner "
        "collects him at 15:15 today -> urgent, alert_duty. Not a step request -> other. The child's full name "
        "and DOB are only in the PDF (the subject has initials). Coat withheld in the snow -> neglect; the bruise "
        "-> physical_harm.",
        not_children=["Craig Mattock"], technique="only in an attached PDF form, under a one-line body")

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2054-10-06 15:10:08"
    body = T("""
Dear Co-ordinators,

I would like to request a step up to social care for Darcy Jenkins (DOB 09/05/2046) and Kian Jenkins (DOB 21/12/2049), Mosaic 1979934, who I have supported since January.

Since the summer the house has had no working heating (the oil tank is empty and the landlord will not repair the boiler), the children are coming to school in the same clothes for days, Kian has had head lice since July and both children have missed dental and eye appointments. Mum is struggling and says she cannot cope with another winter like the last one.

My team manager, Sian Gwilliam, agreed on Friday that this needs to go to social care, and Mum agrees to the step up.

You may see on Mosaic that in February 2052, during the floods, the children were found at home alone. That was investigated under section 47 at the time and closed with no further action; there has been nothing like it since, and it is not why I am asking now.

Kind regards,

Chloe Bayliss
Early Help Family Worker | Hereford City Family Hub | Herefordshire Council
01632 960 517

""") + HDISC
    top = outlook_top(f, addr("Bayliss, Chloe", "Chloe.Bayliss@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step up request - Darcy & Kian Jenkins - Mosaic 1979934", when)
    add(f, mail(f, top, body), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "step_up", False, None, ["1979934"],
        [ch("Darcy Jenkins", "2046-05-09", "09/05/2046"), ch("Kian Jenkins", "2049-12-21", "21/12/2049")],
        ["neglect"], True, True, [], None, "human_review",
        "NEAR MISS - HISTORIC: children found home alone in the 2052 floods, 'investigated under section 47 ... "
        "closed with no further action; there has been nothing like it since' -> not urgent. A STEP-UP SENT TO "
        "HEREFORDSHIRE, whose protocol defines no step_up -> human_review; missing [] and notice null for an "
        "undefined kind. Current worries (no heating, clothes, lice, missed appointments) -> neglect. 'Mum "
        "agrees to the step up' -> consent true; the TM 'agreed ... this needs to go to social care' -> true.",
        not_children=["Chloe Bayliss", "Sian Gwilliam"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2054-11-02 09:12:55"
    fwd = T("""
---------- Forwarded message ---------
From: PC 4471 Jo Rees <jo.rees@westmercia.police.example>
Date: Sun, 1 Nov 2054 at 10:14
Subject: Ellie-Mae Morgan - missing episode closed
To: <dsl@luggvalley.example.sch.uk>

Good morning,

For your information as Ellie-Mae's school. Ellie-Mae Morgan (15) was reported missing by her mum at 22:05 on Saturday 31 October after she didn't come home from a Halloween party in Leominster. She was found safe and well at 23:40 at a friend's house in Bargates; her phone had died and she had lost track of time. Officers took her home at 00:15 and she was spoken to with her mum. No offences were disclosed and no exploitation concerns were identified. A return home interview will be offered. The missing episode is closed.

Regards,
PC 4471 Jo Rees
Leominster Neighbourhood Policing Team, West Mercia Police
""")
    text = T("""
Hello Early Help team,

FYI for Ellie-Mae's Early Help worker - no action needed from you. Mum rang me this morning too, and Ellie-Mae was in school today and fine.

Anita Powell
DSL, Lugg Valley Academy

""") + fwd
    html_body = ('<div dir="ltr">' + "".join("<div>%s</div><div><br></div>" % html.escape(p, quote=False)
                 .replace("\n", "<br>") for p in text.strip().split("\n\n")) + "</div>\n")
    top = [("From", addr("Anita Powell", "dsl@luggvalley.example.sch.uk")), ("To", addr("Early Help Co-ordinators", HEH)),
           ("Subject", "Fwd: Ellie-Mae Morgan - missing episode closed"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "mail.gmail.example"))]
    add(f, alt_mail(f, top, text, html_body), "herefordshire", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [],
        [ch("Ellie-Mae Morgan")],
        [], None, None, [], None, "human_review",
        "NEAR MISS - RESOLVED AND ALREADY HANDLED: a Gmail 'Fwd:' of a police note - a 15-year-old missing after a "
        "Halloween party was found safe 95 minutes later, taken home, 'no exploitation concerns', 'The missing "
        "episode is closed'; the school says 'no action needed' -> not urgent, no current concern; not a request "
        "-> other, human_review.",
        not_children=["Anita Powell", "Jo Rees"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2054-11-30 09:25:33"
    ack = ack_text("step-down", "SB-herefordshire-2231",
                   ["Case: 1996650", "Children: Poppy Gwynne (12/06/2054)"], [])
    body = T("""
Good morning co-ordinators,

An update for Poppy's step-down from the weekend, so it's on the file before Hannah visits.

On Saturday at 21:40 EDT had a call from mum: the whole of Tupsley Road had been without power since Storm Ysolde brought the lines down on Friday afternoon and she was worried Poppy felt cold. EDT (Kath Bright) and a police officer visited at 22:30. Poppy was dressed warmly and had been fed; the out-of-hours GP saw her at the County Hospital at 23:15 and her temperature was normal. Mum and Poppy stayed the rest of the weekend with Poppy's grandmother in Ross-on-Wye, and the power came back on Sunday at 11:00. Mum did everything right by ringing for advice. EDT have no concerns about her care and no further action is needed.

The step-down plan stands. Hannah Lowe (health visitor, the key person) will visit on Thursday as planned.

Kind regards,
Kath

Kath Bright
Senior Practitioner | Emergency Duty Team | Herefordshire Council
""") + outlook_quote("Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>", "24 November 2054 10:40",
                     "Social Work Team (Hereford City)", "[SB-herefordshire-2231] Your step-down request has been received",
                     ack)
    top = outlook_top(f, addr("Bright, Kath", "Kath.Bright@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-2231] Your step-down request has been received", when)
    add(f, mail(f, top, body), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "follow_up", False, None, ["1996650"],
        [ch("Poppy Gwynne", "2054-06-12", "12/06/2054")],
        [], None, None, [], None, "attach_to_request",
        "NEAR MISS - ALREADY HANDLED: a 5-month-old in a cold flat during a storm power cut sounds like the "
        "urgent mails in this set, but it was Saturday night, EDT and police visited, the GP found a normal "
        "temperature, power is back, mum 'did everything right', 'no concerns ... no further action' -> not "
        "urgent, no current concern. A reply to [SB-herefordshire-2231] -> follow_up, attach_to_request; child "
        "and DOB from the quoted acknowledgement.",
        not_children=["Kath Bright", "Hannah Lowe"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2054-12-14 16:02:17"
    data = itip_reply(f, when, "Tom Vaughan", "Tom.Vaughan@" + HDOM, ("Early Help Co-ordinators", HEH), "DECLINED",
                      "Step-down drop-in [SB-herefordshire-2260]", "20541215T100000", "20541215T103000",
                      "Plough Lane offices, Hereford - Room 2",
                      "Sorry - the B4224 at Mordiford is shut again with floodwater and I can't get into Hereford "
                      "tomorrow. Could I have a slot next Tuesday instead?")
    add(f, data, "herefordshire", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY (PARTSTAT=DECLINED) to the Tuesday-morning step-down drop-in, with a COMMENT about a "
        "flooded road and asking for next Tuesday -> meeting_reply, record_reply; no case id in the SUMMARY.",
        not_children=["Tom Vaughan"])


# ============================================================================= calendar facts (checked, not assumed)
# The brief: "the autumn term of 2054: early September to about 18 December 2054". 1 September 2054 is a Tuesday
# (the Late Summer Bank Holiday is the day before, Monday 31 August) and 18 December 2054 is a Friday.
WINDOW_START, WINDOW_END = date(2054, 9, 1), date(2054, 12, 18)
WINDOW = (datetime(2054, 9, 1, tzinfo=LON), datetime(2054, 12, 18, 23, 59, 59, tzinfo=LON))
# British Summer Time 2054: from 01:00 UTC Sunday 29 March to 01:00 UTC Sunday 25 October (last Sundays).
BST_START = datetime(2054, 3, 29, 1, 0, tzinfo=UTC)
BST_END = datetime(2054, 10, 25, 1, 0, tzinfo=UTC)
# England & Wales bank holidays on weekdays, 2054 and 2055, as the `holidays` package gives them (checked by hand
# once with holidays.country_holidays("GB", subdiv="ENG"); this script recomputes them from the rules below).
BANK_HOLIDAYS_EXPECTED = {
    date(2054, 1, 1), date(2054, 3, 27), date(2054, 3, 30), date(2054, 5, 4), date(2054, 5, 25), date(2054, 8, 31),
    date(2054, 12, 25), date(2054, 12, 28),
    date(2055, 1, 1), date(2055, 4, 16), date(2055, 4, 19), date(2055, 5, 3), date(2055, 5, 31), date(2055, 8, 30),
    date(2055, 12, 27), date(2055, 12, 28)}

def easter(y):
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f_ = (b + 8) // 25
    g = (b - f_ + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    return date(y, (h + l - 7 * m + 114) // 31, ((h + l - 7 * m + 114) % 31) + 1)

def last_weekday(y, month, wd):
    d = date(y, month + 1, 1) - timedelta(days=1) if month < 12 else date(y, 12, 31)
    while d.weekday() != wd:
        d -= timedelta(days=1)
    return d

def first_weekday(y, month, wd):
    d = date(y, month, 1)
    while d.weekday() != wd:
        d += timedelta(days=1)
    return d

def bank_holidays(y):
    """England & Wales bank holidays falling on weekdays (substitute days included)."""
    out = set()
    nyd = date(y, 1, 1)
    out.add(nyd + timedelta(days={5: 2, 6: 1}.get(nyd.weekday(), 0)))
    e = easter(y)
    out |= {e - timedelta(days=2), e + timedelta(days=1)}
    out |= {first_weekday(y, 5, 0), last_weekday(y, 5, 0), last_weekday(y, 8, 0)}
    xmas, boxing = date(y, 12, 25), date(y, 12, 26)
    if xmas.weekday() == 5:                       # Sat: Mon 27 and Tue 28
        out |= {date(y, 12, 27), date(y, 12, 28)}
    elif xmas.weekday() == 6:                     # Sun: Boxing Day Mon 26, Christmas substitute Tue 27
        out |= {date(y, 12, 26), date(y, 12, 27)}
    elif boxing.weekday() == 5:                   # Fri/Sat: Christmas Fri 25, Boxing Day substitute Mon 28
        out |= {xmas, date(y, 12, 28)}
    else:
        out |= {xmas, boxing}
    return out

BANK_HOLIDAYS = bank_holidays(2054) | bank_holidays(2055)

def rule_offset(d):
    return "+0100" if BST_START <= d.astimezone(UTC) < BST_END else "+0000"

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

# Knowsley notice counts the README tabulates: file -> (working days from the London date of `now`, plain weekdays)
COUNTS_EXPECTED = {"knowsley_01.eml": (6, 6), "knowsley_02.eml": (4, 4), "knowsley_05.eml": (7, 7),
                   "knowsley_07.eml": (5, 7), "knowsley_08.eml": (4, 4)}
COUNTS = {}


# ============================================================================= the rules the labels must follow
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
CONCERN_IDS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
               "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation", "school_attendance",
               "young_carer", "disability_send"}
REQ = {   # REQUIREMENTS.md: (authority, kind, Knowsley level) -> the ids that may be missing
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
DEFINED = {(a, k) for a, k, _l in REQ}
KNOWSLEY_WHEN = {"gcp2": "neglect", "engaging_families": "non_engagement", "exploitation_assessment": "exploitation"}
CASE_ID_FORM = re.compile(r"(EHM|ICS|LCS)-\d{5,7}|\d{6,7}")
BANNED = re.compile(r"(?i)\b(urgen\w*|risk\w*|immediat\w*|emergenc\w*|danger\w*|unsafe\w*|safeguarding\s+concerns?"
                    r"|asap|critical\w*)\b")
BANNED_WORDS = ["urgent", "urgently", "risk", "immediate", "immediately", "emergency", "danger", "dangerous",
                "unsafe", "safeguarding concern", "asap", "critical"]

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

def parse_dob(w):
    m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", w.strip())
    return date(int(m[3]), int(m[2]), int(m[1])).isoformat() if m else None

def age_years(dob, on):
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


# ============================================================================= reading the messages back (stdlib)
def parse(f):
    return email.message_from_bytes(FILES[f], policy=email.policy.default)

def html_text(h):
    h = re.sub(r"(?s)<!--.*?-->", " ", h)
    h = re.sub(r"(?is)<(head|style|script)\b.*?</\1>", " ", h)
    h = re.sub(r"(?i)</?(p|div|br|tr|td|th|li|ul|ol|table|h\d|blockquote)\b[^>]*>", " ", h)
    return html.unescape(re.sub(r"<[^>]+>", "", h))

def ical_text(raw):
    c = raw.replace("\r\n ", "").replace("\n ", "")
    return c.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")

def part_text(part):
    """Decoded readable text of one leaf part (bodies, HTML, calendars, PDF and .docx attachments)."""
    ct = part.get_content_type()
    payload = part.get_payload(decode=True) or b""
    cs = part.get_content_charset() or "utf-8"
    if ct == "application/pdf":
        return pdf_text(payload)
    if ct == DOCX:
        return docx_text(payload)
    if ct in ("text/calendar", "application/ics"):
        return ical_text(payload.decode(cs))
    if ct == "text/html":
        raw = payload.decode(cs)
        return html_text(raw) + "\n" + raw
    if ct.startswith("text/"):
        t = payload.decode(cs)
        if (part.get_param("format") or "").lower() == "flowed":
            t = unflow(t)
        return t
    return payload.decode("latin-1")

def all_headers(msg):
    return "\n".join("%s: %s" % (k, v) for p in msg.walk() for k, v in p.items())

def readable(msg, headers=True):
    out = [all_headers(msg)] if headers else []
    for part in msg.walk():
        if part.is_multipart():
            continue
        if part.get_filename():
            out.append(part.get_filename())
        out.append(part_text(part))
    return re.sub(r"\s+", " ", "\n".join(out))

def body_only(msg):
    """Subject plus the inline text/plain and text/html (no attachments, no calendar)."""
    out = [str(msg["Subject"] or "")]
    for part in msg.walk():
        if part.is_multipart() or part.get_filename():
            continue
        if part.get_content_type() in ("text/plain", "text/html"):
            out.append(part_text(part))
    return re.sub(r"\s+", " ", "\n".join(out))

def plain_body(msg):
    for part in msg.walk():
        if not part.is_multipart() and part.get_content_type() == "text/plain" and not part.get_filename():
            return part_text(part).replace("\r\n", "\n")
    return ""

def calendars(msg):
    return [p for p in msg.walk() if not p.is_multipart() and p.get_content_type() == "text/calendar"]


# ============================================================================= per-file checks
def check_file(lab):
    errors = []
    def err(m):
        errors.append("%s: %s" % (lab["file"], m))
    f, a, mb, e = lab["file"], lab["authority"], lab["mailbox"], lab["expect"]
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
        lvl = e["level"] if e["level"] is not None else 3          # no level stated -> level 3
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
    if len({c["name"] for c in e["children"]}) != len(e["children"]) or len(set(e["case_ids"])) != len(e["case_ids"]):
        err("duplicates")
    for cid in e["case_ids"]:
        if not CASE_ID_FORM.fullmatch(cid): err("case id %r is not an EHM/ICS/LCS/Mosaic id" % cid)
    # time: `now` a few minutes after the Date header, same offset
    now = datetime.fromisoformat(lab["now"])
    # notice (Knowsley step requests only), counted from the Europe/London date of `now`
    meeting = META[f]["meeting"]
    if a == "knowsley" and e["kind"] in ("step_up", "step_down"):
        if meeting is None:
            if e["notice_ok"] is not None: err("notice_ok must be null without a date")
            if "meeting_details" not in e["missing"]: err("meeting_details should be missing")
        else:
            wd = working_days(now.astimezone(LON).date(), meeting)
            if e["notice_ok"] != (wd >= 5): err("notice_ok %s but %d working days" % (e["notice_ok"], wd))
            if meeting <= now.astimezone(LON).date(): err("meeting not after today")
            if meeting.weekday() >= 5 or meeting in BANK_HOLIDAYS: err("meeting on a weekend or bank holiday")
    elif e["notice_ok"] is not None:
        err("notice_ok must be null for this authority / kind")
    elif meeting is not None:
        err("a meeting date is recorded for a label with no notice")
    # the message itself
    data = FILES[f]
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for h in ("Message-ID", "Date", "From", "To", "Subject"):
        if msg[h] is None: err("header %s missing" % h)
    try:
        data.decode("ascii")
    except UnicodeDecodeError:
        err("8-bit bytes in the message (every part must be encoded)")
    for part in msg.walk():
        if part.defects: err("MIME defects %s" % part.defects)
        for k, v in part.items():
            if getattr(v, "defects", None): err("header defect %s %s" % (k, v.defects))
    rcpt = " ".join(str(msg[h] or "") for h in ("To", "Cc")).lower()
    if MAILBOXES[(a, mb)].lower() not in rcpt: err("mailbox address not in To/Cc")
    raw_date = re.search(rb"^Date: ([^\r\n]*)", data, re.M).group(1).decode("ascii").strip()   # as written (the
    # default policy would re-render the header and hide a wrong weekday name)
    d = email.utils.parsedate_to_datetime(raw_date)
    local = d.astimezone(LON)
    if not (WINDOW[0] <= d <= WINDOW[1]): err("Date outside the window")
    if not (WINDOW_START <= local.date() <= WINDOW_END): err("Date's London day outside the window")
    if not raw_date.startswith(local.strftime("%a, ")): err("Date weekday name %r is wrong for %s" % (raw_date[:4], local.date()))
    if "%02d %s %d" % (local.day, local.strftime("%b"), local.year) not in raw_date: err("Date day/month/year")
    if not raw_date.endswith(rule_offset(d)): err("Date offset should be %s (GMT/BST rule)" % rule_offset(d))
    if d.utcoffset() != local.utcoffset(): err("Date offset differs from Europe/London's")
    if now.utcoffset() != d.utcoffset(): err("now offset differs from the Date header's")
    if not (timedelta(minutes=1) <= now - d <= timedelta(minutes=10)): err("now not 1-10 minutes after Date")
    if dt(META[f]["when"]) != d: err("Date header differs from the recorded send time")
    if (e["kind"] == "auto_reply") != (msg["Auto-Submitted"] is not None): err("Auto-Submitted only on auto_reply")
    text = readable(msg)
    for c in e["children"]:
        mc = next((x for x in META[f]["children"] if x["name"] == c["name"]), None)
        if mc is None:
            err("child %s has no source record" % c["name"]); continue
        if c["name"] not in text: err("child %s not in the text" % c["name"])
        if mc["_w"]:
            if mc["_w"] not in text: err("DOB as written %r not in the text" % mc["_w"])
            if parse_dob(mc["_w"]) != c["dob"]: err("DOB %r parses to %s, label %s" % (mc["_w"], parse_dob(mc["_w"]), c["dob"]))
            dob = date.fromisoformat(c["dob"])
            if not dob < now.date(): err("DOB %s of %s is not before now" % (c["dob"], c["name"]))
            if age_years(dob, now.date()) >= 18: err("%s is 18 or over at now" % c["name"])
    btext = readable(msg, headers=False)
    pos = [btext.find(c["name"]) for c in e["children"]]
    if pos != sorted(pos): err("children not in order of first full-name appearance")
    for name in META[f]["not_children"]:
        if name not in text: err("named adult %s not in the text" % name)
        if any(name == c["name"] for c in e["children"]): err("adult %s labelled as a child" % name)
    for cid in e["case_ids"]:
        if not re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(cid), text): err("case id %s not in the text" % cid)
    for y in re.findall(r"(?<![\w-])(2\d{3})(?![\w-])", text):
        if int(y) > 2054: err("a year after 2054 in the text: %s" % y)
    if e["urgent"]:
        hits = sorted({m.group(0).lower() for m in BANNED.finditer(text)})
        if hits: err("banned word(s) in an urgent mail: %s" % hits)
        if not META[f]["technique"]: err("urgent mail without a recorded technique")
    return errors


# ============================================================================= structural checks (the feature each label relies on)
CUSTOM = []
def custom(f, what):
    def deco(fn):
        CUSTOM.append((f, what, fn)); return fn
    return deco

def add_kind_checks():
    for lab in LABELS:
        f, k = lab["file"], lab["expect"]["kind"]
        if k == "follow_up":
            CUSTOM.append((f, "follow_up carries an [SB-...] reference in the subject",
                           lambda m: re.search(r"\[SB-[a-z_]+-\d+\]", str(m["Subject"])) is not None))
        if k == "meeting_reply":
            CUSTOM.append((f, "meeting_reply has exactly one text/calendar METHOD:REPLY with one PARTSTAT",
                           lambda m: [(p.get_param("method") or "").upper() for p in calendars(m)] == ["REPLY"]
                           and len(re.findall(r"PARTSTAT=(ACCEPTED|DECLINED|TENTATIVE)",
                                              part_text(calendars(m)[0]))) == 1))
        if k in ("step_up", "step_down", "other"):
            CUSTOM.append((f, "no [SB-] reference on a new request or other mail",
                           lambda m: "[SB-" not in str(m["Subject"])))
        if k != "meeting_reply":
            CUSTOM.append((f, "no iTIP REPLY outside meeting replies",
                           lambda m: "REPLY" not in [(p.get_param("method") or "").upper() for p in calendars(m)]))

def _after(text, marker, phrase):
    i = text.find(marker)
    return i >= 0 and text.find(phrase, i) > i and phrase not in text[:i]

@custom("knowsley_02.eml", "sent after midnight BST: the London date is a day after the UTC date, and that day decides")
def _k02(m):
    d = email.utils.parsedate_to_datetime(m["Date"])
    today_l, today_u = d.astimezone(LON).date(), d.astimezone(UTC).date()
    mt = META["knowsley_02.eml"]["meeting"]
    return (today_l - today_u == timedelta(days=1) and working_days(today_l, mt) == 4
            and working_days(today_u, mt) == 5 and (m.get_param("format", header="content-type") or "") == ""
            and any((p.get_param("format") or "") == "flowed" for p in m.walk() if not p.is_multipart()))

@custom("knowsley_03.eml", "a single base64 text/plain part")
def _k03(m):
    return (not m.is_multipart() and m.get_content_type() == "text/plain"
            and m["Content-Transfer-Encoding"] == "base64")

@custom("knowsley_04.eml", "the child's account is in the calendar COMMENT")
def _k04(m):
    cal = part_text(calendars(m)[0])
    return "COMMENT" in cal and "plug end of the flex" in cal and "PARTSTAT=TENTATIVE" in cal

@custom("knowsley_05.eml", "the nights alone and 'tonight' are only in the .docx; the body is a bland note")
def _k05(m):
    b = body_only(m)
    atts = [docx_text(p.get_payload(decode=True)) for p in m.walk() if p.get_content_type() == DOCX]
    return "tealight" not in b and "tonight" not in b and any("tealights" in a and "tonight" in a for a in atts)

@custom("knowsley_06.eml", "a list bulletin (List-Id) whose scenarios are marked as composites")
def _k06(m):
    return m["List-Id"] is not None and "do not describe any family" in readable(m)

@custom("knowsley_08.eml", "HTML-only: no text/plain part")
def _k08(m):
    return not any(p.get_content_type() == "text/plain" for p in m.walk() if not p.is_multipart())

@custom("richmond_wandsworth_04.eml", "the father at the house is told only in the P.S.")
def _r04(m):
    return _after(plain_body(m), "P.S.", "won't leave")

@custom("richmond_wandsworth_05.eml", "'> '-quoted acknowledgement under the reply; the case number only in the quote")
def _r05(m):
    p = plain_body(m)
    return "> Reference: SB-richmond_wandsworth-3318" in p and "> Case: 2866107" in p and \
        "2866107" not in p.split("wrote:")[0]

@custom("richmond_wandsworth_06.eml", "Outlook forward: the rationale is in the quoted worker's note")
def _r06(m):
    return _after(plain_body(m), "________________________________", "Rationale for step up")

@custom("tower_hamlets_03.eml", "the child's words are in the new text, the DOB only in the MARF")
def _t03(m):
    b = plain_body(m).split("________________________________")[0]
    return "he'll do it again tonight" in b and "16/05/2046" not in body_only(m) and "16/05/2046" in readable(m)

@custom("tower_hamlets_04.eml", "Google Calendar DECLINED with the account in COMMENT and invite.ics")
def _t04(m):
    cal = part_text(calendars(m)[0])
    return "PARTSTAT=DECLINED" in cal and "bin store" in cal and any(p.get_filename() == "invite.ics" for p in m.walk())

@custom("tower_hamlets_05.eml", "HTML-only body with an HTML table, plus a PDF and a .docx")
def _t05(m):
    types = [p.get_content_type() for p in m.walk() if not p.is_multipart()]
    return "text/plain" not in types and "<table" in part_text([p for p in m.walk() if p.get_content_type() == "text/html"][0]) \
        and "application/pdf" in types and DOCX in types

@custom("tower_hamlets_07.eml", "base64 text/plain body")
def _t07(m):
    return any(p.get_content_type() == "text/plain" and p["Content-Transfer-Encoding"] == "base64" for p in m.walk())

@custom("torbay_01.eml", "the child in the car is told only in the forwarded part")
def _b01(m):
    return _after(plain_body(m), "________________________________", "locked silver Corsa")

@custom("torbay_06.eml", "a 7bit single text/plain part")
def _b06(m):
    return not m.is_multipart() and m["Content-Transfer-Encoding"] == "7bit"

@custom("torbay_08.eml", "a delivery-status report")
def _b08(m):
    return m.get_content_type() == "multipart/report" and m.get_param("report-type") == "delivery-status"

@custom("herefordshire_03.eml", "hedged wording; the children's full names and DOBs only in the '> '-quoted ack")
def _h03(m):
    p = plain_body(m)
    new = p.split("wrote:")[0]
    return "This may be nothing" in new and "Jack Lewis" not in new and "> Children: Jack Lewis (19/10/2049)" in p

@custom("herefordshire_04.eml", "the child's full name, DOB and account are only in the PDF")
def _h04(m):
    b = body_only(m)
    return "Harvey" not in b and "tonight" not in b and "Harvey Price" in readable(m)

@custom("herefordshire_06.eml", "a Gmail forward of a police note")
def _h06(m):
    return "---------- Forwarded message ---------" in plain_body(m) and str(m["Subject"]).startswith("Fwd:")


# ============================================================================= set checks
def set_checks():
    errors = []
    if WINDOW_START.weekday() != 1 or WINDOW_END.weekday() != 4:
        errors.append("set: 1 Sep 2054 must be a Tuesday and 18 Dec 2054 a Friday")
    ls = lambda y, mth: last_weekday(y, mth, 6)
    if not (BST_START.date() == ls(2054, 3) == date(2054, 3, 29) and BST_END.date() == ls(2054, 10) == date(2054, 10, 25)):
        errors.append("set: BST 2054 must run from the last Sunday of March to the last Sunday of October")
    d = WINDOW_START
    while d <= WINDOW_END:
        for hh in (0, 12, 23):
            x = datetime(d.year, d.month, d.day, hh, 30, tzinfo=LON)
            if rule_offset(x) != x.strftime("%z"):
                errors.append("set: zoneinfo and the BST rule disagree on %s %02d:30" % (d, hh))
        d += timedelta(days=1)
    if BANK_HOLIDAYS != BANK_HOLIDAYS_EXPECTED:
        errors.append("set: computed bank holidays differ from the expected list: %s" % sorted(BANK_HOLIDAYS ^ BANK_HOLIDAYS_EXPECTED))
    inside = sorted(h for h in BANK_HOLIDAYS if WINDOW_START <= h <= WINDOW_END)
    if inside:
        errors.append("set: a bank holiday inside the window: %s" % inside)
    if not (date(2054, 8, 31) in BANK_HOLIDAYS and date(2054, 8, 31).weekday() == 0
            and date(2054, 12, 25).weekday() == 4 and date(2054, 12, 26).weekday() == 5
            and date(2054, 12, 28) in BANK_HOLIDAYS):
        errors.append("set: Late Summer BH Mon 31 Aug; Christmas Fri 25 Dec; Boxing Day Sat 26 -> substitute Mon 28 Dec")
    per = {}
    for lab in LABELS:
        per.setdefault(lab["authority"], []).append(lab["file"])
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        if sorted(per.get(a, [])) != ["%s_%02d.eml" % (a, i) for i in range(1, 9)]:
            errors.append("set: %s needs exactly %s_01..08" % (a, a))
    if len(FILES) != 40 or len(LABELS) != 40:
        errors.append("set: 40 files needed, have %d" % len(FILES))
    tot = {c: list(CATS.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}
    if tot["urgent"] < 11 or tot["near_miss"] < 11:
        errors.append("set: at least 11 urgent and 11 near misses needed: %s" % tot)
    kinds = {l["expect"]["kind"] for l in LABELS}
    if kinds != KINDS: errors.append("set: kinds present %s" % sorted(kinds))
    ukinds = {l["expect"]["kind"] for l in LABELS if l["expect"]["urgent"]}
    if not {"step_up", "step_down", "follow_up", "meeting_reply", "other"} <= ukinds:
        errors.append("set: urgent kinds must include step_up, step_down, follow_up, meeting_reply, other: %s" % ukinds)
    counts = {}
    for lab in LABELS:
        m = META[lab["file"]]["meeting"]
        if m is not None:
            today = datetime.fromisoformat(lab["now"]).astimezone(LON).date()
            counts[lab["file"]] = (working_days(today, m), plain_weekdays(today, m))
    if counts != COUNTS_EXPECTED:
        errors.append("set: Knowsley notice counts %s, expected %s" % (counts, COUNTS_EXPECTED))
    xmas = [f for f in counts if any(datetime.fromisoformat(_lab(f)["now"]).date() < h <= META[f]["meeting"]
                                     for h in BANK_HOLIDAYS)]
    if xmas != ["knowsley_07.eml"]:
        errors.append("set: only knowsley_07 should count across the Christmas bank holidays: %s" % xmas)
    COUNTS.clear(); COUNTS.update(counts)
    offs = {}
    for lab in LABELS:
        offs[lab["now"][-6:]] = offs.get(lab["now"][-6:], 0) + 1
    if set(offs) != {"+01:00", "+00:00"}:
        errors.append("set: both BST and GMT dates expected: %s" % offs)
    return errors, tot

def _lab(f):
    return next(l for l in LABELS if l["file"] == f)

def run_checks():
    errors = []
    for lab in LABELS:
        try:
            errors += check_file(lab)
        except Exception as ex:
            errors.append("%s: check raised %r" % (lab["file"], ex))
    for f, what, fn in CUSTOM:
        try:
            ok = fn(parse(f))
        except Exception as ex:
            ok = False; what += " (%r)" % ex
        if not ok: errors.append("%s: structural check failed: %s" % (f, what))
    e2, tot = set_checks()
    return errors + e2, tot

def stats():
    from collections import Counter
    ex = [l["expect"] for l in LABELS]
    out = ["category %s" % dict(Counter(CATS.values())),
           "next_action %s" % dict(Counter(e["next_action"] for e in ex)),
           "kind %s" % dict(Counter(e["kind"] for e in ex)),
           "kind x category %s" % dict(sorted(Counter((e["kind"], CATS[l["file"]]) for l, e in zip(LABELS, ex)).items())),
           "mailbox %s" % dict(Counter(l["mailbox"] for l in LABELS)),
           "consent %s" % dict(Counter(str(e["consent"]) for e in ex)),
           "manager %s" % dict(Counter(str(e["manager_agreed"]) for e in ex)),
           "level %s" % dict(Counter(str(e["level"]) for e in ex)),
           "notice %s" % dict(Counter(str(e["notice_ok"]) for e in ex)),
           "offsets %s" % dict(Counter(l["now"][-6:] for l in LABELS)),
           "children %d, with dob %d" % (sum(len(e["children"]) for e in ex),
                                         sum(1 for e in ex for c in e["children"] if c["dob"])),
           "Knowsley counts (WD, plain weekdays): %s" % COUNTS]
    table = {}
    for l in LABELS:
        table.setdefault(l["authority"], Counter())[CATS[l["file"]]] += 1
    out += ["%s %s" % (a, dict(c)) for a, c in table.items()]
    for l in sorted(LABELS, key=lambda x: x["now"]):
        out.append("  %-26s %s %-9s %-13s %s" % (l["file"], l["now"], CATS[l["file"]], l["expect"]["kind"],
                                                 datetime.fromisoformat(l["now"]).strftime("%a")))
    return "\n".join(out)

def main():
    for name, fn in sorted(globals().items()):
        if re.match(r"^(knowsley|richmond_wandsworth|tower_hamlets|torbay|herefordshire)_\d\d$", name):
            fn()
    add_kind_checks()
    errors, tot = run_checks()
    if errors:
        print("SELF-CHECK FAILED (nothing written):", *errors, sep="\n  ")
        sys.exit(1)
    for f in sorted(FILES):
        with open(os.path.join(HERE, f), "wb") as fh:
            fh.write(FILES[f])
    labels = sorted(LABELS, key=lambda l: l["file"])
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False); fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w", encoding="utf-8") as fh:
        json.dump(dict(sorted(CATS.items())), fh, indent=1); fh.write("\n")
    if "--stats" in sys.argv:
        print(stats())
    print("wrote %d messages, labels.json and categories.json; %s; all self-checks passed" % (len(FILES), tot))

if __name__ == "__main__":
    main()
