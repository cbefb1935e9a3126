#!/usr/bin/env python3
"""mixed25: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the autumn term of 2044, in styles and situations earlier sets lack: partner agencies writing in their own
formats (a police Public Protection Notification with CAPITALISED labels and 'SURNAME, Forename' names, a health
visitor's SystmOne extract, a school's CPOMS chronology export, an A&E paediatric liaison form, probation officers'
notes); dates of birth written every way ("3rd of Feb 2037", "30.06.2044", "2036-04-19", "Nov 9 36", "17/05/42",
ages only) beside dates that are not dates of birth (incident, appointment and completion dates, a phone number
written "0151 496 03.11"); consent and manager sign-off in indirect, regional and formal wording, refusals ("she was
not having it", "over his dead body", "my TM has not signed this off and won't until..."), conditional consent and
one parent consenting while the other refuses; long Outlook threads with disclaimers and big signature blocks,
top- and bottom-posting and the real request below a "see below" line; concern-scope traps (a sibling's exploitation,
a spent conviction, "no concerns re DV", exploitation only in a school's template, good vs poor attendance); urgent
mail in plain words (a suspect bailed to the family address tonight, a spiral fracture in an 8-month-old being
discharged at 16:00, a child's own note handed to a teacher, a 13-year-old driven off by two men, a parent who cannot
be woken with a toddler in the flat, a bruised 5-week-old, children left alone, and a step-down whose risk is only in
a reply lower in the thread); near misses (conference minutes about a past episode, a newsletter case study, a
hypothetical, a resolved missing episode, a signature full of alarm words, a PPN with the suspect remanded, a CPOMS
template, a probation note about a spent conviction).

Window: Monday 5 September 2044 - Friday 16 December 2044 (both checked: a Monday and a Friday). British Summer Time
ends at 01:00 UTC on Sunday 30 October 2044: Date headers up to Friday 28 October are +0100, from Monday 31 October
+0000. No England & Wales bank holiday falls inside the window (the `holidays` package: Late Summer Bank Holiday
Monday 29 August before it; Christmas Day is Sunday 25 December, so Boxing Day Monday 26 December and the substitute
"Christmas Day (observed)" Tuesday 27 December follow it).

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, Content-IDs and calendar UIDs
come from sha1 of the file name; zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py
(`--stats` prints the tallies; `--inject-faults` also breaks an in-memory copy in many ways and requires every break
to be caught). pypdf and python-docx are used only by the self-checks, to read the hand-built PDFs and .docx files
back; `holidays` is required and must agree with the script's bank-holiday list. The MIME, Word HTML, PDF, .docx,
iCalendar, out-of-office, quote-chain, working-day, readable-text and self-check helpers are copied from
/work/main/tests/data/mixed22/make_set.py and adapted (window, clock change, bank holidays, the checks), with builders
added for an iTIP REQUEST carrying attachments, a Google Calendar REPLY, an Exchange non-delivery report, a
bottom-posted reply, a mailing-list newsletter and partner-agency forms. Every label was set by hand from the
specification; the self-checks only verify them against its rules and STOP on any error before anything is written.
"""

import base64, hashlib, html, json, os, quopri, re, struct, sys, zlib
import email, email.policy, email.utils
from email.header import Header
from datetime import datetime, date, timedelta, timezone
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
LON = ZoneInfo("Europe/London")


def sha(fname, salt=""):
    return hashlib.sha1((fname + salt).encode()).hexdigest()

def bnd(fname, n):
    return "_%03d_%s" % (n, sha(fname, "b%d" % n)[:28].upper())

def gbnd(fname, n):
    """Gmail-style boundary."""
    return "0000000000%s" % sha(fname, "g%d" % n)[:18]

def msgid(fname, domain):
    return "<%s@%s>" % (sha(fname, "mid")[:32].upper(), domain)

def thread_index(fname):
    return base64.b64encode(hashlib.sha1((fname + "ti").encode()).digest() + b"\x00\x00").decode()

def T(s):
    return s[1:] if s.startswith("\n") else s

def dt(s):
    """Local (Europe/London) wall-clock time. Up to Saturday 29 October 2044 the window is British Summer Time
    (+0100); BST ends at 01:00 UTC on Sunday 30 October 2044 and from then on it is Greenwich Mean Time (+0000). The
    self-check asserts every Date header's offset against Europe/London's."""
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
    data = text.encode(charset)
    return quopri.encodestring(data, quotetabs=False).decode("ascii")

class Part:
    def __init__(self, headers, body, children=None, boundary=None):
        self.headers = headers
        self.body = body
        self.children = children
        self.boundary = boundary

def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", crlf=False,
              params="", extra=None, disposition=None):
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
        body = text          # raw UTF-8 (build() encodes the whole message as UTF-8)
    else:  # 7bit
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
    head.encode("ascii")                      # headers are always 7-bit (RFC 2047 where needed)
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


# -- Word (Outlook) "filtered medium" HTML with mso markup ---------------------------------------
WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<!--[if !mso]><style>v\\:* {behavior:url(#default#VML);}
o\\:* {behavior:url(#default#VML);}
w\\:* {behavior:url(#default#VML);}
.shape {behavior:url(#default#VML);}
</style><![endif]--><style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:%(font)s;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"%(font)s",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
span.SpellE
	{mso-style-name:"";
	mso-spl-e:yes;}
span.GramE
	{mso-style-name:"";
	mso-gram-e:yes;}
span.EmailStyle19
	{mso-style-type:personal-compose;
	font-family:"%(font)s",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
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
RUN = "<span lang=EN-GB style='mso-fareast-language:EN-GB'>"

def word_inline(t):
    """Markers: [[x]] -> SpellE span; {{x}} -> bold; '¦' splits the Word run (a new <span>)."""
    t = html.escape(t, quote=False)
    t = re.sub(r"\[\[(.+?)\]\]", r"<span class=SpellE>\1</span>", t)
    t = re.sub(r"\{\{(.+?)\}\}", r"<b>\1</b>", t)
    t = t.replace("¦", "</span>" + RUN)
    t = t.replace("\n", "<br>\n")
    return RUN + t + "</span>"

def word_plain(t):
    return re.sub(r"\{\{(.+?)\}\}", r"\1", re.sub(r"\[\[(.+?)\]\]", r"\1", t)).replace("¦", "")

def word_html(blocks, font="Aptos"):
    """blocks: strings (paragraphs; '' = empty paragraph) or ('table', rows) with the first row
    shaded as a header, or ('h', text) for a bold heading paragraph."""
    out = [WORD_HEAD % {"font": font}]
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            rows = b[1]
            out.append("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:"
                       "collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;"
                       "mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\n")
            for i, r in enumerate(rows):
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
    """The text/plain twin Outlook writes for a Word HTML body (table cells tab-separated)."""
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


# -- format=flowed (RFC 3676) ---------------------------------------------------------------
def flowed(text, width=72):
    """Wrap each logical line with soft breaks ('line ' + CRLF). '\x00' between two words forces a
    soft break there (used to split a date of birth across physical lines)."""
    out = []
    for logical in text.split("\n"):
        chunks = logical.split("\x00")
        phys = []
        for ci, chunk in enumerate(chunks):
            words = chunk.split(" ")
            cur = ""
            for w in words:
                if cur and len(cur) + 1 + len(w) > width:
                    phys.append(cur + " ")
                    cur = w
                else:
                    cur = w if not cur else cur + " " + w
            phys.append(cur + (" " if ci < len(chunks) - 1 else ""))
        for p in phys:
            if p.startswith((" ", ">", "From ")) and not p.startswith(">"):
                p = " " + p
            out.append(p)
    return "\n".join(out)


# -- hand-built PDF 1.4 (Helvetica, WinAnsi) so pypdf can read the text back
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
    assert len(wrapped) <= 52, title
    content = "BT\n/F1 10 Tf\n14 TL\n50 800 Td\n" + "".join("(%s) '\n" % esc(l) for l in wrapped) + "ET\n"
    cb = content.encode("cp1252")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Length %d >>\nstream\n" % len(cb) + cb + b"endstream"]
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


# -- iCalendar
def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

def ics_fold(line):
    b = line.encode("utf-8")
    out = []
    first = True
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
    L = ["BEGIN:VCALENDAR", "METHOD:%s" % method,
         "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"] + VTZ + [
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

def outlook_top(fname, frm, to, subject, when, cc=None, extra=None, mid_domain=None, reply_to_mid=None):
    d = dt(when)
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject)), ("Thread-Topic", hdr(re.sub(r"^(RE|FW|Fwd|Re): ", "", subject))),
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
    h += [("Subject", hdr(subject)), ("Date", email.utils.format_datetime(d)),
          ("Message-ID", msgid(fname, domain))]
    if mailer:
        h.append(("X-Mailer", mailer))
    return h + (extra or [])


import zipfile, io as _io
def make_docx(paras, tables=()):
    """paras: list of strings (a string starting with '# ' is a Heading 1); tables: list of row lists."""
    def run(t):
        return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % html.escape(t, quote=False)
    def para(t):
        if t == "\f":                      # a page break (Word: a run holding <w:br w:type="page"/>)
            return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
        if t.startswith("# "):
            return '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>%s</w:p>' % run(t[2:])
        return "<w:p>%s</w:p>" % run(t)
    body = "".join(para(p) for p in paras)
    for rows in tables:
        body += "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>" + "".join(
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
    buf = _io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2044, 9, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
def pdf_att(filename, title, lines):
    return binary_part("application/pdf", filename, make_pdf(title, lines))
def docx_att(filename, paras, tables=()):
    return binary_part(DOCX, filename, make_docx(paras, tables))


def mail(f, top, body, atts=(), html_alt=False, crlf=True, cte="quoted-printable", charset="utf-8"):
    """text/plain (optionally with an Outlook-style HTML twin) plus attachments."""
    t = text_part(body, cte=cte, crlf=crlf, charset=charset)
    if html_alt:
        h = html_of(body)
        if charset != "utf-8":
            h = h.replace("charset=utf-8", "charset=" + charset)
        t = multipart("alternative", [t, text_part(h, "html", crlf=crlf, charset=charset)], bnd(f, 2))
    root = multipart("mixed", [t] + list(atts), bnd(f, 1)) if atts else t
    return build(top, root, crlf)

def word_mail(f, top, blocks, atts=(), plain_twin=True, font="Aptos"):
    """Outlook mail whose body is Word 'filtered medium' HTML (mso markup, MsoTableGrid tables),
    with or without the text/plain twin."""
    h = text_part(word_html(blocks, font), "html")
    if plain_twin:
        body = multipart("alternative", [text_part(word_text(blocks)), h], bnd(f, 2))
    else:
        body = h
    root = multipart("mixed", [body] + list(atts), bnd(f, 1)) if atts else body
    return build(top, root, True)

def itip_reply(f, when, frm_name, frm_email, organizer, partstat, summary, start, end, location,
               comment=None, to_name=None):
    """An Outlook iTIP REPLY (multipart/alternative: text + text/calendar method=REPLY)."""
    word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentative"}[partstat]
    body = (comment + "\n") if comment else ""
    extra = ["COMMENT;LANGUAGE=en-GB:" + ics_escape(comment)] if comment else []
    cal = ics("REPLY", f, dt(when), start, end, summary, location, None, organizer,
              [(frm_name, frm_email, "REQ-PARTICIPANT", partstat)], extra=extra)
    cal_part = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REPLY'),
                     ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    root = multipart("alternative", [text_part(body or " ", crlf=True), cal_part], bnd(f, 1))
    top = outlook_top(f, addr(frm_name, frm_email), addr(to_name or organizer[0], organizer[1]),
                      "%s: %s" % (word, summary), when,
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    return build(top, root, True)

def ooo(f, when, frm_name, frm_email, to, subject, body, html_only=False, prefix="Automatic reply: ",
        extra=None, lang=None):
    ex = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")] + (extra or [])
    top = outlook_top(f, addr(frm_name, frm_email), to, prefix + subject, when, extra=ex)
    if lang:
        top = [(k, lang if k == "Content-Language" else v) for k, v in top]
    if html_only:
        root = text_part(html_only if isinstance(html_only, str) else html_of(body), "html", crlf=True)
    else:
        root = text_part(body, crlf=True)
    return build(top, root, True)

def quote(lines_from, sent, to, subject, text, cc=None):
    """An Outlook-style quoted original under a reply."""
    cc_line = "Cc: %s\n" % cc if cc else ""
    return ("\n________________________________\nFrom: %s\nSent: %s\nTo: %s\n%sSubject: %s\n\n%s"
            % (lines_from, sent, to, cc_line, subject, text))


def original(frm, sent, to, subject, text, cc=None):
    """A '-----Original Message-----' block (Outlook's plain-text forward/reply header)."""
    cc_line = "Cc: %s\n" % cc if cc else ""
    return ("\n-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\n%sSubject: %s\n\n%s"
            % (frm, sent, to, cc_line, subject, text))

def flowed_part(text, charset="utf-8", cte="8bit"):
    """text/plain; format=flowed (iPhone / iPad Mail)."""
    body = flowed(text)
    h = [("Content-Type", 'text/plain; charset="%s"; format=flowed; delsp=no' % charset),
         ("Content-Transfer-Encoding", cte)]
    if cte == "7bit":
        body.encode("ascii")
    elif cte == "quoted-printable":
        body = qp(body, charset)
    return Part(h, body)


# ----------------------------------------------------------------------------- helpers added in mixed13 (kept)
def make_png(w, h, rgb):
    """A tiny solid-colour PNG (for Outlook's inline signature images), built with zlib."""
    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))

def inline_png(fname, name, n, rgb, w=120, h=40):
    cid = "%s@01DC%s.%s" % (name, sha(fname, "cid%d" % n)[:4].upper(), sha(fname, "cidb%d" % n)[:8].upper())
    data = make_png(w, h, rgb)
    p = Part([("Content-Type", 'image/png; name="%s"' % name), ("Content-Description", name),
              ("Content-Disposition", 'inline; filename="%s"; size=%d' % (name, len(data))),
              ("Content-ID", "<%s>" % cid), ("Content-Transfer-Encoding", "base64")], b64lines(data))
    return p, cid

def stepbot_ack(ref, lines):
    """stepbot's acknowledgement as it is quoted with '>' under a phone / Apple / Android reply."""
    return "\n".join("> " + l if l else ">" for l in lines) + "\n"


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

def docx_parts(data):
    """(accepted text, deleted text, comment text) of a .docx: what Word shows with "All Markup" split three
    ways. Accepted text = the document as it reads once the changes are accepted (w:t, never w:delText)."""
    import xml.etree.ElementTree as ET
    z = zipfile.ZipFile(_io.BytesIO(data))
    W = "{%s}" % W_NS
    root = ET.fromstring(z.read("word/document.xml"))
    acc, dele = [], []
    for p in root.iter(W + "p"):
        acc.append("".join((e.text or "") if e.tag == W + "t" else "\t" for e in p.iter()
                           if e.tag in (W + "t", W + "tab")))
        dele.append("".join(e.text or "" for e in p.iter(W + "delText")))
    com = []
    if "word/comments.xml" in z.namelist():
        croot = ET.fromstring(z.read("word/comments.xml"))
        for c in croot.iter(W + "comment"):
            com.append(" ".join("".join(e.text or "" for e in p.iter(W + "t")) for p in c.iter(W + "p")))
    return "\n".join(acc), "\n".join(x for x in dele if x), "\n".join(com)

def docx_hf_text(data):
    """(header text, footer text) of a .docx: every word/header*.xml and word/footer*.xml part."""
    import xml.etree.ElementTree as ET
    z = zipfile.ZipFile(_io.BytesIO(data))
    W = "{%s}" % W_NS
    out = {"header": [], "footer": []}
    for name in sorted(z.namelist()):
        m = re.fullmatch(r"word/(header|footer)\d*\.xml", name)
        if m:
            root = ET.fromstring(z.read(name))
            out[m[1]] += ["".join(e.text or "" for e in p.iter(W + "t")) for p in root.iter(W + "p")]
    return "\n".join(out["header"]), "\n".join(out["footer"])

def docx_body_text(data):
    import xml.etree.ElementTree as ET
    z = zipfile.ZipFile(_io.BytesIO(data))
    W = "{%s}" % W_NS
    root = ET.fromstring(z.read("word/document.xml"))
    return "\n".join("".join(e.text or "" for e in p.iter(W + "t")) for p in root.iter(W + "p"))

def chain(messages):
    """A deep Outlook reply chain, newest first: [(from, sent, to, subject, text, cc), ...]. Each older message is
    appended under Outlook's rule and 'From:/Sent:/To:/Subject:' block, as Outlook builds a top-posted thread."""
    out = ""
    for frm, sent, to, subject, text, cc in reversed(messages):
        out = quote(frm, sent, to, subject, text.rstrip("\n") + "\n" + out, cc=cc)
    return out

def iphone_mail(f, top, text, atts=()):
    """iPhone Mail: text/plain; format=flowed, quoted-printable, LF."""
    t = flowed_part(text, cte="quoted-printable")
    root = multipart("mixed", [t] + list(atts), "Apple-Mail=_%s" % sha(f, "apple")[:24].upper()) if atts else t
    return build(top, root, False)


def html_text(h):
    """Readable text of an HTML part: comments (incl. Word's conditional <xml> blocks), <head> and
    <style> dropped; block tags become spaces; inline tags (Word's split runs) join without a space."""
    h = re.sub(r"(?s)<!--.*?-->", " ", h)
    h = re.sub(r"(?is)<(head|style|script)\b.*?</\1>", " ", h)
    h = re.sub(r"(?i)</?(p|div|br|tr|td|th|li|ul|ol|table|tbody|h\d|blockquote)\b[^>]*>", " ", h)
    h = re.sub(r"<[^>]+>", "", h)
    return html.unescape(h)

def readable(msg):
    from pypdf import PdfReader
    import io, docx
    out = [str(msg["Subject"] or "")]
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
            c = payload.decode("utf-8").replace("\r\n ", "").replace("\n ", "")
            out.append(c.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\"))
        elif ct.startswith("text/"):
            out.append(part.get_content())
        elif ct == DOCX:
            docx.Document(io.BytesIO(payload))           # must open in python-docx
            acc, _deleted, comments = docx_parts(payload)
            out += [acc, comments]                       # as Word shows it once the changes are accepted, + comments
            out += list(docx_hf_text(payload))           # headers and footers (a case id may live only there)
        elif ct == "application/pdf":
            r = PdfReader(io.BytesIO(payload))
            out += [p.extract_text() for p in r.pages]
            out += [str(v.get("/V", "")) for v in (r.get_fields() or {}).values()]   # AcroForm field values
    return re.sub(r"\s+", " ", "\n".join(out))

def body_text(msg):
    """Subject plus the inline text/plain and text/html parts (no attachments)."""
    out = [str(msg["Subject"] or "")]
    for part in msg.walk():
        if part.is_multipart() or part.get_filename():
            continue
        ct = part.get_content_type()
        if ct == "text/html":
            out.append(html_text(part.get_content()))
        elif ct == "text/plain":
            out.append(part.get_content())
    return re.sub(r"\s+", " ", "\n".join(out))



# ----------------------------------------------------------------------------- the set's records
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
    text and parses it back to `dob`). `as_written` is the span that carries the name when the full name is never
    written in one piece."""
    assert (dob is None) == (written is None), name
    return {"name": name, "dob": dob, "_w": written, "_as": as_written}

def add(fname, data, authority, mailbox, when, delay_min, category, kind, urgent, level, case_ids,
        children, concerns, consent, manager_agreed, missing, notice_ok, next_action, why,
        meeting=None, not_children=(), names_only_in_attachments=False, id_spans=None, adults=()):
    """Record one file. `meeting` is the date the notice is counted to (Knowsley step requests only); `not_children`
    are people who appear in the text and must never be labelled; `adults` are (name, DOB as written) of people who
    must be 18 or over at `now`; `id_spans` maps a case id to the raw text that carries it when it is not written in
    one piece (a line break inside it)."""
    assert fname not in FILES, fname
    FILES[fname] = data
    now = dt(when) + timedelta(minutes=delay_min)
    kids = [{"name": c["name"], "dob": c["dob"]} for c in children]
    LABELS.append({"file": fname, "authority": authority, "mailbox": mailbox,
                   "now": now.isoformat(),
                   "expect": {"kind": kind, "urgent": urgent, "level": level, "case_ids": case_ids,
                              "children": kids, "concerns": concerns, "consent": consent,
                              "manager_agreed": manager_agreed, "missing": missing,
                              "notice_ok": notice_ok, "next_action": next_action},
                   "why": why})
    CATS[fname] = category
    META[fname] = {"meeting": meeting, "children": children, "not_children": list(not_children),
                   "attachment_only": names_only_in_attachments, "id_spans": dict(id_spans or {}),
                   "adults": list(adults)}


# ----------------------------------------------------------------------------- helpers added in mixed22 (kept)
def hdr1252(s):
    """An RFC 2047 header word in windows-1252, as Outlook writes it for a windows-1252 message."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "windows-1252").encode()

def addr1252(name, email_):
    return "%s <%s>" % (hdr1252(name) if not name.isascii() else '"%s"' % name, email_)

def quote_chain(messages):
    """A deep Outlook reply chain, newest first: [(from, sent, to, subject, text, cc), ...] (as mixed19's chain)."""
    out = ""
    for frm, sent, to, subject, text, cc in reversed(messages):
        out = quote(frm, sent, to, subject, text.rstrip("\n") + "\n" + out, cc=cc)
    return out

LAYOUT_HEAD = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
               '<style>td{font-family:Arial,sans-serif;font-size:10pt;color:#1F1F1F;}</style></head>\n<body>\n')

def esc(t):
    return html.escape(t, quote=False)

def fields_html(pairs, pad=3):
    """<br>-separated 'Label: value' fields inside one cell, the labels padded with non-breaking spaces."""
    w = max(len(k) for k, _v in pairs) + pad
    return "<br>\n".join("%s:%s%s" % (esc(k), "&nbsp;" * (w - len(k)), esc(v)) for k, v in pairs)

def layout_html(intro, rows, outro, logo_cid, logo_alt):
    """An HTML-only mail laid out with a presentation table: a logo row, label cells and value cells."""
    out = [LAYOUT_HEAD,
           '<table role="presentation" width="640" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse">\n',
           '<tr><td colspan="2" style="padding:8px 0 12px 0"><img src="cid:%s" width="160" height="48" alt="%s" border="0"></td></tr>\n'
           % (logo_cid, esc(logo_alt)),
           '<tr><td colspan="2" style="padding:4px 0 10px 0">%s</td></tr>\n' % intro]
    for label, value in rows:
        out.append('<tr><td width="180" valign="top" style="padding:5px 8px;background:#EDEDED;border-bottom:1px solid #FFFFFF">'
                   '<b>%s</b></td>\n<td valign="top" style="padding:5px 8px;border-bottom:1px solid #EDEDED">%s</td></tr>\n'
                   % (esc(label), value))
    out.append('<tr><td colspan="2" style="padding:12px 0 4px 0">%s</td></tr>\n</table>\n</body></html>\n' % outro)
    return "".join(out)

def related_html(f, html_body, images, n=2):
    """multipart/related: the HTML part and its inline images (Content-ID), as Outlook sends an HTML-only mail."""
    return multipart("related", [text_part(html_body, "html", crlf=True)] + list(images), bnd(f, n),
                     params='; type="text/html"')

def ack_text(kind_word, ref, lines, missing):
    """stepbot's acknowledgement, as it reads when quoted under an Outlook reply."""
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

def appendix1(answers):
    """Knowsley Appendix 1 (FF Step Up request to CSC) as .docx paragraphs: question, then answer ('\\f' = page break)."""
    out = ["# FF Step Up request to CSC"]
    for qa in answers:
        if qa == "\f" or isinstance(qa, str):
            out.append(qa)
        else:
            out += [qa[0], qa[1]]
    return out


# ----------------------------------------------------------------------------- helpers added for mixed25
def itip_request_mail(f, top, body, cal, atts=()):
    """An Outlook meeting request (iTIP METHOD:REQUEST) with attachments: multipart/mixed holding a
    multipart/alternative (text, HTML, text/calendar method=REQUEST) and the attached files."""
    cal_part = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST'),
                     ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    alt = multipart("alternative", [text_part(body, crlf=True), text_part(html_of(body), "html", crlf=True), cal_part],
                    bnd(f, 2))
    root = multipart("mixed", [alt] + list(atts), bnd(f, 1))
    return build(top, root, True)

def google_reply(f, when, frm_name, frm_email, organizer, partstat, summary, start_utc, end_utc, location,
                 human_when, note=None):
    """A Google Calendar iTIP REPLY: multipart/mixed (alternative: text, HTML, text/calendar method=REPLY) plus the
    same calendar as an application/ics 'invite.ics' attachment. Times in UTC ('Z'), as Google writes them."""
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

def ndr(f, when, local_domain, to, failed_rcpt, orig_subject, orig_from, orig_when, orig_extra=()):
    """An Exchange Online non-delivery report (multipart/report; report-type=delivery-status) with the returned
    message's headers only."""
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
Generating server: LO4P265MB6012.GBRP265.PROD.OUTLOOK.COM
%(r)s
Remote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
""") % {"r": failed_rcpt, "u": failed_rcpt.split("@")[0], "d": failed_rcpt.split("@")[1]}
    status = T("""
Reporting-MTA: dns;LO4P265MB6012.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;LO4P265MB6012.GBRP265.PROD.OUTLOOK.COM
Arrival-Date: %s

Final-Recipient: rfc822;%s
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found
""") % (email.utils.format_datetime(dt(orig_when)), failed_rcpt)
    orig = "".join("%s: %s\n" % kv for kv in [
        ("From", orig_from), ("To", failed_rcpt), ("Subject", hdr(orig_subject)),
        ("Date", email.utils.format_datetime(dt(orig_when))), ("Message-ID", msgid(f + "-orig", "stepbot.invalid"))]
        + list(orig_extra))
    parts = [text_part(human, crlf=True),
             Part([("Content-Type", "message/delivery-status")], status),
             Part([("Content-Type", "text/rfc822-headers")], orig)]
    root = multipart("report", parts, bnd(f, 1), params="; report-type=delivery-status")
    top = [("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@%s>" % local_domain),
           ("To", to), ("Subject", hdr("Undeliverable: " + orig_subject)),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, local_domain)),
           ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""),
           ("Content-Language", "en-GB")]
    return build(top, root, True)

def sig(*lines):
    return "\n".join(lines) + "\n"


# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2044-12-16 11:40:12"
    body = T("""
Hi all,

Step up TAF meeting for Sophie-Rae Kinsella (born 3rd of Feb 2037) and her baby sister, EHM-71520. I know it's Christmas week - Aled in MASH has said Wednesday 28th works for him, and mum can only do mornings.

Attached: the step up form, the Graded Care Profile 2 (completed with mum on 02.12.2044) and the minutes of the TAF held on the 7th of Dec 2044. My TM, Tony Rourke, agreed the step up in supervision on 09/12/2044 - his agreement is on the form.

Bernadette

Bernadette Lunt
Family First Case Manager | Halewood Team | Knowsley Council
0151 496 0533

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: 392 114 806 225
Passcode: qK7v3X
________________________________________________________________________________

""") + KDISC
    org = ("Lunt, Bernadette", "Bernadette.Lunt@" + KDOM)
    cal = ics("REQUEST", f, dt(when), "20441228T100000", "20441228T113000",
              "Step up TAF meeting - Kinsella - EHM-71520", "Microsoft Teams Meeting", body, org,
              [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH Business Support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("Aled Pryce", "aled.pryce@" + KDOM, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("Mrs Joanne Kavanagh", "j.kavanagh@stmargarets-halewood.example.sch.uk", "OPT-PARTICIPANT", "NEEDS-ACTION"),
               ("Nadia Qureshi (Health Visitor)", "nadia.qureshi@nhs.example", "OPT-PARTICIPANT", "NEEDS-ACTION")],
              extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1"])
    form = docx_att("FF Step Up request to CSC - Kinsella.docx", appendix1([
        ("Case ID on EHM:", "EHM-71520"),
        ("Children:", "Sophie-Rae Kinsella - 03/02/2037; Ava-Grace Kinsella - 30.06.2044"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Wednesday 28/12/2044, 10:00 - 11:30, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium - mum lets us in and comes to TAFs, but nothing changes"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 07/12/2044"),
        ("What are we worried about?", "Home conditions: dog mess on the floors upstairs, no bedding on Sophie-Rae's "
         "bed, black mould in the baby's room. Ava-Grace has missed her 8-, 12- and 16-week immunisations and has "
         "dropped from the 50th to the 9th centile. Sophie-Rae comes to school hungry and her head lice have not been "
         "treated since September."),
        ("What is working well?", "Mum loves the girls and is warm with them; nan visits every Sunday; Sophie-Rae's "
         "attendance is 96% and she is doing well in class."),
        ("What next?", "Step up to CSC for a C&F assessment; Family First to stay involved until it is completed."),
        ("Graded Care profile (If neglect should be completed).", "Completed with mum 02/12/2044 - 4s for nutrition, "
         "housing, hygiene and health. Summary attached."),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Up to date police information if applicable:", "None"),
        ("Agreement by line manager:", "Agreed - Tony Rourke, Team Manager, 09/12/2044"),
        ("Contingency plan (Smart and timely).", "If not agreed: weekly home visits, HV to weigh Ava-Grace every "
         "week, TAF review in four weeks."),
    ]))
    gcp2 = pdf_att("GCP2 summary - Kinsella - 02.12.2044.pdf", "Graded Care Profile 2 (GCP2) - summary of scores", [
        "Family: Kinsella. Completed with mum (Danielle Kinsella) at home on 02/12/2044 by Bernadette Lunt.", "",
        "Area 1 Physical care - nutrition 4, housing 4, clothing 3, hygiene 4, health 4",
        "Area 2 Care of safety: 3", "Area 3 Love and care: 2", "Area 4 Stimulation and education: 3"])
    minutes = docx_att("TAF minutes 07.12.2044 - Kinsella.docx", [
        "# Team Around the Family - minutes", "Date: 7th December 2044, 10:00, Halewood Family Hub",
        "Present: Danielle (mum), Bernadette Lunt (Family First, chair), Mrs Kavanagh (St Margaret's), Nadia Qureshi (HV)",
        "HV: Ava-Grace's weight has dropped to the 9th centile; immunisations not done.",
        "Family First: home conditions worse since October; dog mess upstairs, mould in the baby's room.",
        "Agreed: GCP2 this week; Bernadette to discuss a step up with her team manager."])
    top = outlook_top(f, addr(*org), addr("Knowsley MASH", KMASH), "Step up TAF meeting - Kinsella - EHM-71520", when,
                      cc=addr("MASH Business Support", KBS),
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    add(f, itip_request_mail(f, top, body, cal, [form, gcp2, minutes]), "knowsley", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["EHM-71520"],
        [ch("Sophie-Rae Kinsella", "2037-02-03", "3rd of Feb 2037"), ch("Ava-Grace Kinsella", "2044-06-30", "30.06.2044")],
        ["neglect"], None, True, [], True, "book_meeting",
        "THE STEP-UP IS ITSELF AN OUTLOOK MEETING REQUEST (iTIP METHOD:REQUEST, not a meeting reply) carrying the "
        "form, the GCP2 summary and the TAF minutes: the case manager arranges the Knowsley step-up TAF and sends the "
        "Teams invitation to the MASH inbox. DOBs written '3rd of Feb 2037' (body) and '30.06.2044' (form: the baby "
        "sister is named in full only there); the GCP2 date 02.12.2044, the TAF date '7th of Dec 2044' and the TM's "
        "09/12/2044 are not DOBs. Neglect (home conditions, missed immunisations, weight, GCP2 4s) with the GCP2 "
        "attached; Sophie-Rae's 96% attendance is no concern. TM agreement on the form -> manager true; consent not "
        "mentioned -> null. TAF Wed 28 Dec 10:00 from Fri 16 Dec: 19-23 Dec and 28 Dec = 6 WD (Boxing Day Mon 26 and "
        "the Christmas Day substitute Tue 27 excluded; 8 plain weekdays) -> ok -> book_meeting.",
        meeting=date(2044, 12, 28),
        not_children=["Danielle Kinsella", "Tony Rourke", "Bernadette Lunt", "Joanne Kavanagh", "Nadia Qureshi"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2044-10-27 14:22:05"
    body = T("""
Hi MASH,

Step up request for Jayden-Lee Corrigan, d.o.b. 2036-04-19, EHM-70288. Step up TAF meeting: Wednesday 2nd November 2044 at 1.30pm, Kirkby Family Hub, room 3. The invite has gone to the MASH inbox and MASH business support and I've invited the TAF.

I'll be straight with you: my TM (Lorraine Gaskell) has not signed this off and won't until I've done the Engaging Families toolkit with mum, which I'm doing on Monday 31st. I'm sending it now so the Wednesday slot is held. The form and the minutes of the TAF on 18/10/2044 are attached.

The worries are about engagement. Mum (Shannon Corrigan) has cancelled five of the last seven visits and didn't come to the last two TAFs. Jayden-Lee's attendance is 71% and he had a one-day exclusion this half term. Police checks: nothing recent, no concerns re DV.

For context only - Jayden-Lee's older brother Tyler (16) is open to the YOT and the exploitation team after being found in Preston with cash and two phones in September. That is being managed through his own plan and is not part of this request.

Cheers,
Ryan

Ryan Hesketh (he/him)
Family First Case Manager | Kirkby Team | Knowsley Council
Mobile: 07700 900 284 | Office: 0151 496 0716

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Corrigan.docx", appendix1([
        ("Case ID on EHM:", "EHM-70288"),
        ("Child:", "Jayden-Lee Corrigan, DOB 19/04/2036"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Wednesday 02/11/2044, 13:30, Kirkby Family Hub, room 3"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Low. Toolkit not yet completed - booked with mum for 31/10/2044."),
        ("Recent TAF meeting minutes attached:", "Yes - 18/10/2044"),
        ("What are we worried about?", "Mum is not engaging: 5 of 7 visits cancelled, the last two TAFs missed. "
         "Attendance 71%; one fixed-term exclusion (1 day) this half term."),
        ("What is working well?", "Jayden-Lee gets on well with his football coach; nan is supportive and has him "
         "on Saturdays."),
        ("What next?", "Step up to CSC if agreed at the step up TAF."),
        ("Graded Care profile (If neglect should be completed).", "N/A"),
        ("Agreement by line manager:", "Not yet - to be discussed once the toolkit is done."),
    ]))
    minutes = docx_att("TAF minutes 18.10.2044 - Corrigan.docx", [
        "# TAF minutes 18/10/2044", "Present: Ryan Hesketh (Family First, chair), head of year, school attendance officer.",
        "Mum did not attend and did not send apologies (second TAF missed).",
        "School: attendance 71%; one-day exclusion on 11/10/2044.",
        "Agreed: Ryan to complete the Engaging Families toolkit with mum and discuss a step up with his TM."])
    top = outlook_top(f, addr("Hesketh, Ryan", "Ryan.Hesketh@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Jayden-Lee Corrigan - EHM-70288 - TAF Weds 2/11", when,
                      cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, minutes], html_alt=True), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-70288"],
        [ch("Jayden-Lee Corrigan", "2036-04-19", "2036-04-19")],
        ["non_engagement", "school_attendance"], None, False, ["engaging_families", "manager_agreed"], False,
        "request_info",
        "MANAGER REFUSAL IN THE WORKER'S WORDS: 'my TM ... has not signed this off and won't until I've done the "
        "Engaging Families toolkit' -> manager_agreed false (refused for now, not merely unmentioned) -> missing; the "
        "step-up is about non-engagement and the toolkit is not done -> engaging_families missing. CONCERN-SCOPE "
        "TRAPS: the older brother Tyler (first name only, not labelled) is open to the YOT and 'the exploitation "
        "team', but his plan is 'not part of this request' -> no exploitation concern and no "
        "exploitation_assessment; 'no concerns re DV' -> no domestic_abuse. DOB written ISO (2036-04-19). In the "
        "clock-change week: TAF Wed 2 Nov from Thu 27 Oct (BST) = Fri 28, Mon 31, Tue 1, Wed 2 = 4 WD -> not ok.",
        meeting=date(2044, 11, 2),
        not_children=["Lorraine Gaskell", "Shannon Corrigan", "Ryan Hesketh"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2044-10-28 00:12:40"
    body = T("""
Hi all,

Sorry for the late one - catching up on my recording before I go on leave tomorrow (back Weds).

I'm stepping the Molyneux boys down to Family First at L3. ICS ID: 1704432 (Reece) / 1704433 (Kai).

Reece Molyneux - dob Nov 9 36
Kai Molyneux - dob Sep 21 39

Mum (Kirsty Molyneux) is sound with it - she said she's made up someone's coming to help with the lads' mornings.

Joint home visit: Thursday 3rd November, 10am, at the family home - 22 Pennard Avenue, Huyton, L36 9ZZ. I'll meet the FF case manager outside.

What we're worried about
Mum's anxiety - she's on the waiting list for Talking Therapies and some days she can't get out of the house. Reece's attendance is 83% and he's late most days.

What's working well
Kai's at 98% in Reception and loves it. Mum's partner does the school run on Fridays. Nan lives round the corner and has the boys after school on Tuesdays.

What needs to happen
FF case manager to pull a TAF together with school; a morning routine plan; mum to keep her Talking Therapies assessment on 14/11/2044.

Holly

Holly Mercer
Social Worker | Child in Need Team (Kirkby) | Knowsley Council
0151 496 0347

""") + KDISC
    top = outlook_top(f, addr("Mercer, Holly", "Holly.Mercer@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to FF (L3) - Molyneux boys - joint visit Thurs 3rd Nov", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["1704432", "1704433"],
        [ch("Reece Molyneux", "2036-11-09", "Nov 9 36"), ch("Kai Molyneux", "2039-09-21", "Sep 21 39")],
        ["parental_mental_health", "school_attendance"], True, None, [], False, "request_info",
        "SENT AT 00:12 BRITISH SUMMER TIME ON FRIDAY 28 OCTOBER, two days before the clock change: the Date header is "
        "'Fri, 28 Oct 2044 00:12:40 +0100' and `now` 00:17:40+01:00, which is still Thursday 27 October in UTC. "
        "Today is the Europe/London date (28 Oct): joint home visit Thu 3 Nov = Mon 31, Tue 1, Wed 2, Thu 3 = 4 WD -> "
        "not ok -> request_info (a reader that takes the UTC date counts 5 and wrongly says ok). L3 written 'L3'; "
        "DOBs written 'Nov 9 36' / 'Sep 21 39'; ICS ids after the label 'ICS ID:' -> bare numbers. Scouse consent: "
        "'Mum ... is sound with it - she said she's made up someone's coming to help' -> consent true. The Signs of "
        "Safety headings are phrased 'What we're worried about / What's working well / What needs to happen' and all "
        "answered; the venue is the family home. Mum's anxiety -> parental_mental_health; Reece 83% -> "
        "school_attendance (Kai's 98% is no concern); the Talking Therapies date 14/11/2044 is no meeting.",
        meeting=date(2044, 11, 3),
        not_children=["Kirsty Molyneux", "Holly Mercer"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2044-12-05 08:52:19"
    gf = "Fitzsimmons, Gemma <Gemma.Fitzsimmons@knowsley.gov.uk>"
    jo = "Jo Heyes <j.heyes@staloysius-halewood.example.sch.uk>"
    m_jo = T("""
Hi Gemma,

Yes, happy to be lead practitioner for Kenzie - put me down.

You need to know though. Kenzie came into breakfast club this morning with a cut over his eyebrow that's been glued. He told me Wayne has been back at the house since Saturday. Last night Wayne had mum pinned against the fridge by her neck, and when Kenzie tried to pull him off, Wayne threw a glass at him. Mum took him to the walk-in centre at midnight and told them he fell on the stairs.

He says Wayne told him he'll "sort him out" when he gets in from school tonight, and he's begging me not to send him home. Mum isn't answering her phone. School finishes at 3.15.

Jo

Jo Heyes
Family Support Worker | St Aloysius Catholic Primary School
0151 496 0745
""")
    m_orig = T("""
Hi Jo,

As we discussed at the CIN review on 28/11/2044, I'm planning to step Kenzie down to school-based family support at Level 2, with you as lead practitioner if you're happy. Mum has agreed to the step down.

Kenzie Rowlands - DOB 14.07.2035 - ICS-1688190

Final CIN meeting: Monday 12th December 2044, 2pm, in the family room at St Aloysius Catholic Primary School.

What are we worried about?
Mum's low mood - she is seeing her GP and is on medication. Kenzie's attendance is 88%. Wayne Birchall, mum's ex-partner, moved out in July after the incident in June and there has been no contact since.

What is working well?
Mum has kept Wayne away since July and has done the Freedom Programme. Kenzie loves school and breakfast club, and nan has him on Wednesdays.

What needs to happen?
Jo to lead an Early Help Assessment and TAF from January; mum to keep seeing her GP; an attendance support plan with school.

My TM, Andy Gorst, has agreed the step down.

Thanks,
Gemma
""")
    body = T("""
Morning Family First,

Please see below - Level 2 step down for Kenzie. Jo Heyes at St Aloysius has agreed to take on the lead practitioner role (her reply is below), and all the details are in my email to her at the bottom. Final CIN is Monday 12th December at 2pm in the family room at school.

Thanks,
Gemma

Gemma Fitzsimmons
Social Worker | Child in Need Team (Halewood) | Knowsley Council
0151 496 0612 | Mobile 07700 900 733

""") + KDISC + quote_chain([
        (jo, "05 December 2044 08:31", gf, "RE: Kenzie Rowlands - step down to school (Level 2)", m_jo, None),
        (gf, "02 December 2044 16:10", jo, "Kenzie Rowlands - step down to school (Level 2)", m_orig, None),
    ])
    top = outlook_top(f, addr("Fitzsimmons, Gemma", "Gemma.Fitzsimmons@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "FW: Kenzie Rowlands - step down to school (Level 2)", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 3,
        "urgent", "step_down", True, 2, ["ICS-1688190"],
        [ch("Kenzie Rowlands", "2035-07-14", "14.07.2035")],
        ["domestic_abuse", "parental_mental_health", "physical_harm", "school_attendance"], True, True, [], True,
        "alert_duty",
        "A STEP-DOWN WHOSE RISK IS ONLY IN A REPLY LOWER IN THE THREAD: the social worker's top note ('Please see "
        "below') and her original request (the bottom block) are a calm, complete Level 2 step-down; the middle block "
        "is the school's reply this morning - Wayne back in the house since Saturday, mum pinned by the neck last "
        "night, a glass thrown at the 9-year-old (a glued cut), 'he'll sort him out when he gets in from school "
        "tonight', the boy begging not to go home, school finishing at 3.15. No alarm word anywhere. Safety rule 1 "
        "reads quoted history -> urgent -> alert_duty. The request itself is complete: level 2, the final CIN's date, "
        "time and venue, all three headings, the lead practitioner with her agency; Mon 5 Dec -> Mon 12 Dec = 5 WD -> "
        "ok. The newest block wins for the concerns: domestic_abuse and physical_harm (now), mum's low mood, 88% "
        "attendance. DOB written 14.07.2035.",
        meeting=date(2044, 12, 12),
        not_children=["Wayne Birchall", "Jo Heyes", "Andy Gorst", "Gemma Fitzsimmons"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2044-10-03 10:05:51"
    body = T("""
Good morning,

I'd like to step Ellis Brennan (DOB 08/11/2034, ICS ID 1650374) down to Family First at Level 3 at his final CIN meeting:

Monday 10th October 2044, 10:00, Kirkby Family Hub, Room 2.

Background: Ellis was subject to a child protection plan from May 2043 to March 2044 after his stepfather hit him with a belt, leaving marks. The minutes of the review child protection conference on 14/03/2044, which ended the plan, are attached for background. His stepfather was convicted in September 2043, has not lived at the address since April 2043 and has no contact with Ellis. Ellis has been on a CIN plan since March. There are no current concerns about physical harm.

What are we worried about?
Mum's anxiety - she is under her GP and has started a Talking Therapies course. Ellis is nervous in crowds and finds the secondary school corridors hard; his attendance is now 96%.

What is working well?
Mum has kept every appointment this year. Ellis has joined a boxing club in Kirkby and goes twice a week. His aunt is a steady support.

What needs to happen?
A Family First case manager to pick up the TAF; a school counsellor for Ellis; mum to continue with Talking Therapies.

Mum signed the Family First consent form at the CIN review on 26/09/2044. My TM, Marcus Leigh (copied), agrees with the step down.

Bisi

Bisi Oyelowo (she/her)
Social Worker | Safeguarding & Children in Need Team 2 (Kirkby) | Knowsley Council
0151 496 0429

""") + KDISC
    minutes = docx_att("Review Child Protection Conference minutes 14.03.2044 - Brennan.docx", [
        "# Review Child Protection Conference - minutes",
        "Date: 14/03/2044. Chair: Independent Chair, Child Protection Conference Unit, Knowsley Council.",
        "Child: Ellis Brennan (DOB 08/11/2034)",
        "Background: in April 2043 Ellis disclosed at school that his stepfather, Dean Platt, had hit him with a belt. "
        "Bruising was seen and photographed. A section 47 enquiry followed and the initial child protection conference "
        "on 02/05/2043 made a child protection plan under the category of physical abuse.",
        "Mr Platt was convicted in September 2043 and has not lived at the address since April 2043.",
        "Risk analysis: the risk of physical harm has reduced significantly. There have been no incidents since April "
        "2043 and mum has acted protectively throughout.",
        "Decision: Ellis no longer needs to be subject to a child protection plan. Step down to Child in Need."])
    top = outlook_top(f, addr("Oyelowo, Bisi", "Bisi.Oyelowo@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Family First L3 - Ellis Brennan - final CIN 10/10/2044", when,
                      cc=addr("Leigh, Marcus", "Marcus.Leigh@" + KDOM))
    add(f, mail(f, top, body, [minutes], html_alt=True), "knowsley", "early_help_duty", when, 6,
        "near_miss", "step_down", False, 3, ["1650374"],
        [ch("Ellis Brennan", "2034-11-08", "08/11/2034")],
        ["parental_mental_health"], True, True, [], True, "book_meeting",
        "NEAR MISS - CONFERENCE MINUTES ABOUT A PAST EPISODE: the attached review child protection conference minutes "
        "(14/03/2044) and the body describe a 2043 belt assault, a section 47 enquiry, 'Risk analysis' and a child "
        "protection plan - all ended, the stepfather convicted and gone since April 2043, 'no current concerns about "
        "physical harm'; the sender's team is 'Safeguarding & Children in Need Team 2'. Historic -> not urgent, no "
        "physical_harm. Complete Level 3 step-down: final CIN Mon 10 Oct 10:00 with a venue, all three headings, "
        "signed consent, TM copied and agreeing. Mon 3 Oct -> Mon 10 Oct = 5 WD -> ok -> book_meeting. Mum's anxiety "
        "-> parental_mental_health; 96% attendance is no concern.",
        meeting=date(2044, 10, 10),
        not_children=["Dean Platt", "Marcus Leigh", "Bisi Oyelowo"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2044-09-13 09:41:07"
    data = itip_reply(f, when, "Bryony Tate", "bryony.tate@" + KDOM, ("Knowsley MASH", KMASH), "TENTATIVE",
                      "Step-up TAF meeting - EHM-69904 [SB-knowsley-208]", "20440921T100000", "20440921T113000",
                      "Microsoft Teams Meeting",
                      comment="Tentative - I'm at Liverpool Family Court on the 21st until about 10.30. If I'm not "
                              "out in time Aled will chair.")
    add(f, data, "knowsley", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, ["EHM-69904"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=TENTATIVE ('Tentative:' subject) from the MASH social worker with a COMMENT "
        "about a court hearing; the SUMMARY carries EHM-69904 and [SB-knowsley-208]. A reply to a meeting during BST "
        "(21 Sep 10:00 in the 'GMT Standard Time' zone with its daylight rule). record_reply.")

def knowsley_07():
    f = "knowsley_07.eml"; when = "2044-11-09 15:26:33"
    ack = ack_text("step-up", "SB-knowsley-215", [
        "Case: EHM-70910", "Children: Lacey Tomkinson (30/05/2035)",
        "Step-up TAF meeting: Wednesday 23 November 2044, 10:00 (Kirkby Family Hub)"],
        ["the minutes of the most recent TAF meeting", "the Engaging Families toolkit and what it tells you"])
    body = ("On 08/11/2044 10:12, stepbot (Knowsley MASH) wrote:\n" + stepbot_ack("SB-knowsley-215", ack.rstrip("\n").split("\n"))
            + T("""

Both attached now - the TAF minutes from 01/11/2044 and the Engaging Families toolkit summary (done with mum on 07/11/2044).

Any problems ring me on 0151 496 03.11.

Nicola
--
Nicola Darbyshire
Family First Case Manager | Kirkby Team | Knowsley Council
"""))
    minutes = docx_att("TAF minutes 01.11.2044 - Tomkinson.docx", [
        "# TAF minutes 01/11/2044",
        "Present: Nicola Darbyshire (Family First, chair), school attendance officer, school nurse.",
        "Mum (Gemma Tomkinson) did not attend - the third TAF missed since July. No apologies.",
        "School: Lacey's attendance is 79%.",
        "Agreed: Nicola to complete the Engaging Families toolkit with mum and request a step up TAF."])
    ef = pdf_att("Engaging Families toolkit - summary - Tomkinson.pdf", "Engaging Families toolkit - summary", [
        "Completed 07/11/2044 by Nicola Darbyshire (Family First) with mum at home.",
        "Engagement: low. Visits offered 10, held 4; three TAFs missed.",
        "Tried: evening visits, visits at nan's, text reminders, a named worker at school.",
        "What it tells us: mum agrees with the plan when seen but does not follow it through."])
    t = text_part(body, cte="quoted-printable")
    root = multipart("mixed", [t, minutes, ef], bnd(f, 1))
    top = plain_top(f, addr("Nicola Darbyshire", "Nicola.Darbyshire@" + KDOM), addr("Knowsley MASH", KMASH),
                    "Re: [SB-knowsley-215] Step-up request received - EHM-70910", when, KDOM, None,
                    extra=[("User-Agent", "Mozilla Thunderbird"), ("In-Reply-To", msgid(f + "-ack", "stepbot.invalid")),
                           ("References", msgid(f + "-ack", "stepbot.invalid"))])
    add(f, build(top, root, False), "knowsley", "mash_step_up", when, 4,
        "ordinary", "follow_up", False, None, ["EHM-70910"],
        [ch("Lacey Tomkinson", "2035-05-30", "30/05/2035")],
        ["non_engagement", "school_attendance"], None, None, [], None, "attach_to_request",
        "BOTTOM-POSTED follow-up (Thunderbird style: the quoted acknowledgement first, the new text under it) to "
        "[SB-knowsley-215], adding the TAF minutes and the Engaging Families toolkit; child, DOB and case id from the "
        "quoted ack ('What is missing:' is no concern). The minutes and toolkit describe mum's missed TAFs and 79% "
        "attendance -> non_engagement, school_attendance. A PHONE NUMBER THAT LOOKS LIKE A DATE: '0151 496 03.11' "
        "(03.11 is no date). attach_to_request.",
        not_children=["Gemma Tomkinson", "Nicola Darbyshire"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2044-09-21 17:48:26"
    body = T("""
MASH,

PPN below from last night. Please note the bail address - custody released McGUIRE at 16:30 today on police bail to 41 Mayfield Crescent, which is the victim's and the children's home. A condition not to contact Kerry-Ann cannot work at that address. The PPU inspector is trying to get the bail varied but that won't be before tomorrow morning. Kerry-Ann does not know he has been released and he will be back there tonight. The family is open to Family First (EHM-69120) per our MASH check.

DC Sam Ashworth 3317
Merseyside Police | Knowsley MASH Police Desk
0151 496 0188

----------------------------------------------------------------
PUBLIC PROTECTION NOTIFICATION (PPN)
----------------------------------------------------------------
PPN REFERENCE:         PPN/2044/0921/1187
SUBMITTING OFFICER:    PC 4471 HOLDEN
DATE/TIME OF INCIDENT: 20/09/2044 23:40
LOCATION:              41 MAYFIELD CRESCENT, KIRKBY, L32 9ZZ
INCIDENT TYPE:         DOMESTIC ABUSE - CHILDREN PRESENT

VICTIM:                DUFFY, Kerry-Ann     DOB 12/12/1991
SUSPECT:               McGUIRE, Dean        DOB 04/05/1988
RELATIONSHIP:          PARTNERS - COHABITING

CHILDREN:
  DUFFY, Tiana         DOB 17/08/2033  (11)  PRESENT - WITNESSED
  DUFFY, Kane          AGE 14                PRESENT - IN BEDROOM
  McGUIRE, Rio         DOB 02/02/2040  (4)   PRESENT - ASLEEP

CIRCUMSTANCES:
  VICTIM CALLED 999 STATING PARTNER HAD STRANGLED HER IN THE KITCHEN.
  ON ARRIVAL VICTIM HAD RED MARKS TO THE NECK. TIANA STATED SHE SAW
  'DEAN SQUEEZING MUM'S NECK'. SUSPECT ARRESTED FOR NON-FATAL
  STRANGULATION. KANE STATED THIS IS 'THE THIRD TIME THIS MONTH'.

DASH RISK ASSESSMENT:  COMPLETED - 17 TICKS - HIGH RISK
MARAC REFERRAL:        YES - SUBMITTED 21/09/2044
CUSTODY OUTCOME:       RELEASED ON POLICE BAIL 21/09/2044 16:30
BAIL ADDRESS:          41 MAYFIELD CRESCENT, KIRKBY, L32 9ZZ
BAIL CONDITIONS:       NOT TO CONTACT VICTIM DIRECTLY OR INDIRECTLY
VOICE OF THE CHILD:    TIANA - 'I DON'T WANT DEAN TO COME BACK'
OFFICER'S VIEW:        CHILDREN AT RISK OF SIGNIFICANT HARM IF THE
                       SUSPECT RETURNS TO THE ADDRESS
----------------------------------------------------------------

This email and any attachments are intended for the addressee only. Merseyside Police may monitor email traffic.
""")
    top = plain_top(f, addr("Ashworth, Sam", "sam.ashworth@merseyside-police.example"), addr("Knowsley MASH", KMASH),
                    "PPN - DUFFY / McGUIRE - Mayfield Crescent, Kirkby - BAIL ADDRESS", when,
                    "merseyside-police.example", None, extra=[("Importance", "High")])
    add(f, mail(f, top, body, crlf=True), "knowsley", "mash_step_up", when, 3,
        "urgent", "other", True, None, ["EHM-69120"],
        [ch("Tiana Duffy", "2033-08-17", "17/08/2033", as_written="DUFFY, Tiana"),
         ch("Kane Duffy", as_written="DUFFY, Kane"),
         ch("Rio McGuire", "2040-02-02", "02/02/2040", as_written="McGUIRE, Rio")],
        ["domestic_abuse"], None, None, [], None, "alert_duty",
        "A POLICE PUBLIC PROTECTION NOTIFICATION pasted under the MASH police desk's note, with CAPITALISED field "
        "labels and 'SURNAME, Forename' names: the suspect in last night's non-fatal strangulation of the children's "
        "mother has been BAILED TO THE FAMILY ADDRESS at 16:30 today and 'will be back there tonight'; she does not "
        "know. Sent at 17:48 (out of hours). Urgent -> alert_duty. A police notification asks for no step -> other. "
        "Children normalised from 'DUFFY, Tiana' (DOB 17/08/2033), 'DUFFY, Kane' (AGE 14, no DOB) and 'McGUIRE, Rio' "
        "(DOB 02/02/2040); the adults' DOBs (1991, 1988) are no children's. Case id EHM-69120 from the note; the PPN "
        "reference is no case id. domestic_abuse. Uses alarm words ('HIGH RISK', 'AT RISK').",
        not_children=["DUFFY, Kerry-Ann", "McGUIRE, Dean", "Sam Ashworth"],
        adults=[("DUFFY, Kerry-Ann", "12/12/1991"), ("McGUIRE, Dean", "04/05/1988")])


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2044-09-20 13:05:44"
    blocks = [
        "Dear MASH team,",
        "",
        "Please see the liaison notification below for a baby who attended our Children's Emergency Department "
        "overnight. I could not find a duty number for you on the website, so I am emailing this address. Please call "
        "me back on 020 7946 0263 (or bleep 4471 via switchboard, 020 7946 0200).",
        "",
        ("h", "PAEDIATRIC LIAISON NOTIFICATION - CHILDREN'S EMERGENCY DEPARTMENT"),
        ("table", [
            ["Field", "Detail"],
            ["Child", "OKAFOR-LEWIS, Remi"],
            ["DOB", "2044-01-14 (8 months)"],
            ["NHS number", "999 421 7730"],
            ["Hospital number", "TUH4471023"],
            ["Address", "Flat 6, Selwyn Court, Battersea, SW11 9ZZ"],
            ["Parents", "Chioma Okafor (mother) and Daniel Lewis (father) - both present"],
            ["Attended", "20/09/2044 02:10, brought by both parents"],
            ["Presenting complaint", "Crying since yesterday evening; not moving his left leg"],
            ["History given", "Rolled off the sofa onto a carpeted floor (about 40 cm) at around 19:00 on 19/09/2044. "
                              "Seven hours before attending."],
            ["Examination / imaging", "X-ray: spiral fracture of the left femur. Two fingertip-sized bruises on the "
                                      "left upper arm (body map completed)."],
            ["Development", "Sits with support. Not crawling, not pulling to stand."],
            ["Consultant opinion", "Dr A. Whitcombe: the history given does not explain a spiral fracture in a baby "
                                   "who is not yet mobile. Skeletal survey and bloods requested - not yet done."],
            ["Discharge", "Hip spica applied 11:30. Discharge home with both parents signed by the on-call registrar "
                          "for 16:00 today. Parents are asking to leave."],
            ["GP / HV", "Dr Brightwell, Northcote Lane Surgery / HV not known"],
            ["Known to children's social care?", "Not known - please check"],
            ["Form completed", "20/09/2044 12:40 by Marta Nowicka, Paediatric Liaison Nurse"],
        ]),
        "",
        "The ward will let him go at 16:00 unless someone calls them before then. I am in the department until 18:00.",
        "",
        "Kind regards",
        "",
        "Marta Nowicka",
        "Paediatric Liaison Nurse | Children's Emergency Department",
        "Thameside University Hospital NHS Trust",
        "020 7946 0263",
        "",
        "This e-mail and any attachments are confidential and intended only for the addressee. If you have received "
        "it in error, please tell the sender and delete it.",
    ]
    top = outlook_top(f, addr("Nowicka Marta (Thameside University Hospital)", "marta.nowicka@thameside-hospital.nhs.example"),
                      addr("MASH Step Up", RSU),
                      "Paediatric liaison notification - OKAFOR-LEWIS, Remi - discharge 16:00 today", when,
                      mid_domain="thameside-hospital.nhs.example")
    add(f, word_mail(f, top, blocks), "richmond_wandsworth", "mash_step_up", when, 4,
        "urgent", "other", True, None, [],
        [ch("Remi Okafor-Lewis", "2044-01-14", "2044-01-14", as_written="OKAFOR-LEWIS, Remi")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "AN A&E PAEDIATRIC LIAISON FORM (Word HTML table with a tab-separated text twin) sent to the MASH step-up "
        "inbox: a spiral fracture of the femur and fingertip bruises in an 8-month-old who is not yet crawling, a "
        "history that does not explain it, a 7-hour delay, and DISCHARGE HOME WITH BOTH PARENTS SIGNED FOR 16:00 "
        "TODAY; sent at 13:05. No alarm word anywhere (no 'safeguarding' checklist, no 'risk'). A hospital "
        "notification asks for no step -> other; urgent -> alert_duty. Child from 'OKAFOR-LEWIS, Remi', DOB written "
        "ISO (2044-01-14); the NHS number and hospital number are no case ids; the 19/09 and 20/09 times and the "
        "form's completion date are no DOBs. physical_harm.",
        not_children=["Chioma Okafor", "Daniel Lewis", "Marta Nowicka"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2044-10-12 11:20:09"
    ps = "Sethi, Priyanka <Priyanka.Sethi@richmondandwandsworth.gov.uk>"
    ra = "Alcock, Ruth <Ruth.Alcock@richmondandwandsworth.gov.uk>"
    m_ruth = T("""
Hi Priyanka,

Rationale for the step up below, as discussed.

Children: Tobi Adebayo-Finch (DOB 21/05/2034, Mosaic ID 2288140) and Esme Adebayo-Finch (DOB 9th November 2038, Mosaic ID 2288141).

Rationale for step up
Early Help has worked with the family under a family plan since March 2044. Mum's drinking has increased - she told me on 04/10/2044 that she drinks a bottle of wine most nights and more at weekends. Esme has missed two hospital appointments for her eczema, and on three of my last four visits there was no food in the fridge and the children's bedding was dirty. Tobi, who is 10, does the shopping, gets Esme ready for school and puts her to bed when mum has been drinking. We have tried a parenting programme, a referral to the alcohol service (mum went once) and weekly visits, and nothing has changed in seven months. I think the needs now meet the threshold for a statutory assessment.

Consent
Mum (Grace Finch) agreed to a referral to children's social care when I saw her on 10/10/2044. Dad (Olu Adebayo), who lives in Croydon but has parental responsibility and has the children every other weekend, rang me yesterday and told me he does not consent and will not agree to any referral.

Ruth

Ruth Alcock
Family Practitioner | Wandsworth Early Help - Locality Team South
M: 07700 900 617
""")
    body = T("""
Hi MASH,

Please see below - step up for the Adebayo-Finch children, following Ruth's supervision with me on Monday. The case summary is attached and Ruth's rationale is in her email at the bottom of this chain.

Many thanks,
Priyanka

Priyanka Sethi (she/her)
Early Help Team Manager | Wandsworth Early Help - Locality Team South
Children's Services | Richmond and Wandsworth Councils
T: 020 7946 0358 | M: 07700 900 652
Working days: Monday to Thursday

""") + RDISC + quote_chain([
        (ps, "11 October 2044 17:02", ra, "RE: Adebayo-Finch - step up rationale",
         "Thanks Ruth - agreed, I'll send it to MASH in the morning.\nP\n", None),
        (ra, "11 October 2044 15:48", ps, "RE: Adebayo-Finch - step up rationale", m_ruth, None),
        (ps, "10 October 2044 16:30", ra, "Adebayo-Finch - step up rationale",
         "Ruth - as discussed in supervision, can you put the rationale in writing so I can send it to MASH?\nThanks, P\n", None),
    ])
    summ = docx_att("Case summary - Adebayo-Finch - Oct 2044.docx", [
        "# Early Help case summary", "Family: Grace Finch (mother); Tobi (10) and Esme (5); father Olu Adebayo lives in Croydon.",
        "Open to Early Help since 11/03/2044 (family plan: routines, school attendance, mum's alcohol use).",
        "Progress: none sustained. Mum's drinking has increased since the summer; home conditions have deteriorated.",
        "Tobi is taking on care of his sister; his school have noticed he is tired and withdrawn.",
        "Esme: two missed dermatology appointments (07/07/2044 and 29/09/2044)."])
    top = outlook_top(f, addr("Sethi, Priyanka", "Priyanka.Sethi@" + RDOM), addr("MASH Step Up", RSU),
                      "FW: Adebayo-Finch - step up rationale", when, cc=addr("Alcock, Ruth", "Ruth.Alcock@" + RDOM))
    add(f, mail(f, top, body, [summ], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["2288140", "2288141"],
        [ch("Tobi Adebayo-Finch", "2034-05-21", "21/05/2034"), ch("Esme Adebayo-Finch", "2038-11-09", "9th November 2038")],
        ["neglect", "substance_misuse", "young_carer"], False, True, [], None, "book_meeting",
        "LONG OUTLOOK THREAD, TOP-POSTED: the Early Help team manager's 'Please see below' on top, a big signature "
        "(pronouns, phones, working days) and disclaimer, and THE REQUEST THREE BLOCKS DOWN (the worker's email with "
        "the children, Mosaic ids and the 'Rationale for step up' heading); the TM's own 'agreed' two blocks down and "
        "she sends it -> manager true. Case summary attached + rationale pasted under its heading -> nothing missing "
        "-> book_meeting. CONSENT GIVEN BY ONE PARENT AND REFUSED BY THE OTHER: mum agreed on 10/10, dad (PR) 'does "
        "not consent and will not agree to any referral' (the later statement) -> consent false (not required for a "
        "Richmond step-up). DOBs '21/05/2034' and '9th November 2038'. Mum's drinking, missed appointments / no food "
        "/ dirty bedding, Tobi's caring.",
        not_children=["Grace Finch", "Olu Adebayo", "Ruth Alcock", "Priyanka Sethi"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2044-11-15 15:40:27"
    body = T("""
Dear Early Help duty,

Following my call with Jasper Quint this morning, we agreed the step-down case discussion for Friday 18 November at 10:00 on Teams. I'm confirming it by email as agreed, with the latest case summary and the draft Early Help plan attached.

Children:
Amelia Kowalczyk, aged 7 - Mosaic ID 2310457
Filip Kowalczyk, DOB 11/10/2040 - Mosaic ID 2310458

Summary: Child in Need plan since May 2044, after mum's hospital admission for depression. Mum (Joanna Kowalczyk) is well supported by her GP and Talking Therapies now and the CIN plan has met its goals. Remaining needs: Amelia's attendance is 84% (late marks and Monday absences); Filip's nursery attendance has been good at 95%. Mum's mental health is stable but she still has bad weeks.

Consent: Ms Kowalczyk is happy for Early Help to carry on the plan as long as the school isn't told about her new partner. I've explained what Early Help will and won't share and she's fine with that.

Lead professional: to be agreed at the case discussion - probably the school's family liaison officer.

Best wishes,
Callum

Callum Fraser
Social Worker | Children in Need Team (Richmond) | Richmond and Wandsworth Councils
020 7946 0477

""") + RDISC
    summ = docx_att("Case summary - Kowalczyk - 14.11.2044.docx", [
        "# Case summary", "Amelia Kowalczyk (7) and Filip Kowalczyk (4). Mother: Joanna Kowalczyk.",
        "CIN since 09/05/2044 following mum's admission for depression. Goals met: mum engaged with GP and Talking "
        "Therapies; routines restored; no further admissions.",
        "Remaining needs: Amelia's attendance (84%); mum's mental health on bad weeks."])
    plan = docx_att("Draft Early Help plan - Kowalczyk.docx", [
        "# Draft Early Help plan", "What needs to happen: Amelia's attendance to reach 95% by Easter; mum to keep "
        "seeing her GP; a weekly check-in from the lead professional.", "Who: lead professional (to be agreed), school, GP."])
    top = outlook_top(f, addr("Fraser, Callum", "Callum.Fraser@" + RDOM), addr("Early Help Duty", RED),
                      "Step down to Early Help - Kowalczyk - case discussion Fri 18/11 10:00", when)
    add(f, mail(f, top, body, [summ, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["2310457", "2310458"],
        [ch("Amelia Kowalczyk"), ch("Filip Kowalczyk", "2040-10-11", "11/10/2040")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        "CONDITIONAL CONSENT: 'happy for Early Help to carry on the plan as long as the school isn't told about her "
        "new partner' -> consent true (given, with a condition about sharing). Amelia by age only ('aged 7', dob "
        "null), Filip with a DOB. ATTENDANCE GOOD VS POOR: Amelia 84% -> school_attendance; Filip's 95% is no "
        "concern. Case summary + draft plan attached, consent -> complete -> book_meeting; the case discussion agreed "
        "by phone for Fri 18 Nov is within the seed's 5 calendar days (no notice field for Richmond).",
        not_children=["Joanna Kowalczyk", "Jasper Quint", "Callum Fraser"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2044-12-01 10:14:02"
    ack = ack_text("step-down", "SB-richmond_wandsworth-317", [
        "Case: 2299071", "Children: Ayla Demir (22/07/2039)",
        "Step-down case discussion: Monday 5 December 2044, 14:00 (Microsoft Teams)"],
        ["the draft plan for Early Help"])
    body = T("""
Hi,

As requested, the draft Early Help plan for Ayla is attached.

Kind regards,
Hannah

Hannah Okwuosa (she/her)
Senior Practitioner | Safeguarding & Child Protection Team (Richmond)
Immediate Response and Assessment Service | Children's Services
Richmond and Wandsworth Councils
M: 07700 900 418 | T: 020 7946 0531
If you think a child is in immediate danger, call 999.
Urgent safeguarding concerns out of hours: Emergency Duty Team, 020 7946 0999.
Child Protection Conference Unit practice group | Risk & Resilience Champion

""") + RDISC + quote("stepbot (Early Help Duty) <%s>" % RED, "30 November 2044 16:22",
                     "Okwuosa, Hannah <Hannah.Okwuosa@%s>" % RDOM,
                     "[SB-richmond_wandsworth-317] Step-down request received - Ayla Demir", ack)
    plan = docx_att("Draft Early Help plan - Ayla Demir.docx", [
        "# Draft Early Help plan", "Child: Ayla Demir, 22/07/2039",
        "What we are worried about: Ayla's attendance was 86% last term; mum has been isolated since the move to Richmond.",
        "What needs to happen: attendance support with school; mum to join the Thursday parents' group; review in 6 weeks."])
    top = outlook_top(f, addr("Okwuosa, Hannah", "Hannah.Okwuosa@" + RDOM), addr("Early Help Duty", RED),
                      "RE: [SB-richmond_wandsworth-317] Step-down request received - Ayla Demir", when)
    add(f, mail(f, top, body, [plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 2,
        "near_miss", "follow_up", False, None, ["2299071"],
        [ch("Ayla Demir", "2039-07-22", "22/07/2039")],
        ["school_attendance"], None, None, [], None, "attach_to_request",
        "NEAR MISS - A SIGNATURE FULL OF ALARM WORDS ON AN ORDINARY MAIL: a one-line follow-up to "
        "[SB-richmond_wandsworth-317] adding the draft plan, signed 'Safeguarding & Child Protection Team', "
        "'Immediate Response and Assessment Service', 'If you think a child is in immediate danger, call 999', "
        "'Urgent safeguarding concerns out of hours', 'Child Protection Conference Unit', 'Risk & Resilience "
        "Champion'. A signature is not a report -> not urgent -> attach_to_request. Child, DOB and case id from the "
        "quoted ack; the plan's 86% attendance -> school_attendance.",
        not_children=["Hannah Okwuosa"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2044-11-07 09:30:15"
    body = T("""
For information - PPN below. The suspect has been charged and remanded in custody, and the children were not at the address. No police action is needed from MASH today.

PUBLIC PROTECTION NOTIFICATION
PPN NO:              PPN/2044/11/05/3318
CAD REF:             CAD 4471/05NOV44
DATE OF INCIDENT:    05/11/2044 21:50
LOCATION:            12 KESTREL WALK, ROEHAMPTON, SW15 9ZZ
TYPE:                DOMESTIC ABUSE - VERBAL AND PHYSICAL
VICTIM:              HARTLEY, Leanne    DOB 19/03/1994
SUSPECT:             GRAY, Connor       DOB 07/07/1990
RELATIONSHIP:        EX-PARTNERS (SEPARATED AUGUST 2044)
CHILDREN LINKED TO ADDRESS:
                     HARTLEY, Noah        AGE 9
                     HARTLEY, Isla-Rose   AGE 3
CHILDREN PRESENT:    NO - BOTH STAYING WITH MATERNAL GRANDMOTHER (ESHER) OVERNIGHT
CIRCUMSTANCES:       SUSPECT ATTENDED THE ADDRESS UNINVITED AND PUSHED THE VICTIM INTO A DOOR
                     FRAME, CAUSING A CUT TO THE FOREHEAD. NEIGHBOUR CALLED POLICE.
DASH RISK LEVEL:     STANDARD (6 TICKS)
SUSPECT STATUS:      CHARGED - ASSAULT BY BEATING. REMANDED IN CUSTODY BY WIMBLEDON MAGISTRATES'
                     COURT 07/11/2044. NEXT HEARING 02/12/2044.
SAFEGUARDING:        VICTIM AND CHILDREN BACK AT THE ADDRESS FROM 06/11/2044 WITH GRANDMOTHER
                     STAYING. VICTIM ENGAGING WITH IDVA. NON-MOLESTATION ORDER APPLICATION IN PROGRESS.
SCHOOL / NURSERY:    NOT KNOWN

PC 1290 OYELARAN | MASH Police Desk (Wandsworth) | 020 7946 0620
""")
    top = plain_top(f, addr("MASH PPN Desk", "mash.ppn@met-police.example"), addr("MASH Step Up", RSU),
                    "PPN - DA - HARTLEY - Roehampton - FOR INFORMATION", when, "met-police.example", None)
    add(f, mail(f, top, body, crlf=True), "richmond_wandsworth", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [],
        [ch("Noah Hartley", as_written="HARTLEY, Noah"), ch("Isla-Rose Hartley", as_written="HARTLEY, Isla-Rose")],
        ["domestic_abuse"], None, None, [], None, "human_review",
        "NEAR MISS - A PPN WITH THE SUSPECT REMANDED IN CUSTODY: CAPITALISED labels, 'DASH RISK LEVEL', "
        "'SAFEGUARDING', an assault on the children's mother on Saturday night - but the children were at their "
        "grandmother's, the suspect is charged and remanded until at least 02/12/2044, mum is with an IDVA and "
        "grandmother is staying. No immediate risk -> not urgent; 'For information' asks for no step -> other -> "
        "human_review. Children with AGE only (no DOBs), names normalised from 'HARTLEY, Noah' / 'HARTLEY, "
        "Isla-Rose'; the adults' DOBs are no children's; PPN and CAD references are no case ids. domestic_abuse.",
        not_children=["HARTLEY, Leanne", "GRAY, Connor"],
        adults=[("HARTLEY, Leanne", "19/03/1994"), ("GRAY, Connor", "07/07/1990")])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2044-09-28 10:03:40"
    data = ndr(f, when, RDOM, addr("MASH Step Up", RSU), "sam.earlyhelp@wandsworth-nursery.example",
               "[SB-richmond_wandsworth-301] Step-up case discussion - invitation",
               "stepbot (MASH Step Up) <%s>" % RSU, "2044-09-28 10:03:31",
               orig_extra=[("Auto-Submitted", "auto-generated")])
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "EXCHANGE ONLINE NON-DELIVERY REPORT ('Undeliverable:', multipart/report; report-type=delivery-status, "
        "message/delivery-status, the returned message's headers as text/rfc822-headers) for stepbot's own "
        "invitation [SB-richmond_wandsworth-301] to a mistyped nursery address. A bounce is an auto_reply even with "
        "an [SB-...] reference in the subject -> ignore, never answered.")

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2044-11-14 12:18:55"
    data = itip_reply(f, when, "Jasper Quint", "jasper.quint@" + RDOM, ("MASH Step Up", RSU), "ACCEPTED",
                      "Step-up case discussion - Mosaic 2301876 [SB-richmond_wandsworth-330]", "20441116T140000",
                      "20441116T150000", "Microsoft Teams Meeting",
                      comment="Accepted - I'll bring Dami Cole, the Early Help worker.")
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, ["2301876"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, from the Early Help manager with a COMMENT naming the Early Help "
        "worker; the SUMMARY's 'Mosaic 2301876' gives the case id as a bare number. record_reply.")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2044-10-19 16:47:30"
    body = T("""
Dear colleagues,

I write to confirm the step-down case discussion agreed by telephone today with the Early Help duty team manager, Jasper Quint, for Monday 24 October 2044 at 14:00 (Microsoft Teams).

Child: Levi Achterberg, date of birth 14th of June 2033 (Year 7, Putney Vale Academy). Mosaic ID: 2317702.

Ms Saskia Achterberg has given her informed agreement to the continuation of support under an Early Help plan, and Levi has said that he would like to keep seeing a worker.

The latest case summary is attached. The draft Early Help plan will follow by Friday, once I have been through it with Ms Achterberg.

Levi's remaining needs relate to his ADHD (he is awaiting an EHC needs assessment) and to his mother's chronic illness: Levi helps with her care in the mornings and evenings.

Kind regards,

Nkechi Eze
Social Worker | Children in Need Team (Wandsworth)
Richmond and Wandsworth Councils
020 7946 0812

""") + RDISC
    summ = pdf_att("Case summary - Levi Achterberg - Oct 2044.pdf", "Case summary - Levi Achterberg", [
        "Mosaic ID 2317702. CIN since February 2044 (mother's illness; Levi's ADHD and caring role).",
        "Goals met: young carers' service in place; school support plan; mother's care package agreed.",
        "Remaining needs: EHC needs assessment outcome; Levi's caring role at home."])
    top = outlook_top(f, addr("Eze, Nkechi", "Nkechi.Eze@" + RDOM), addr("Early Help Duty", RED),
                      "Step-down to Early Help: Levi Achterberg (Mosaic ID 2317702)", when)
    add(f, mail(f, top, body, [summ], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 6,
        "ordinary", "step_down", False, None, ["2317702"],
        [ch("Levi Achterberg", "2033-06-14", "14th of June 2033")],
        ["disability_send", "young_carer"], True, None, ["draft_plan"], None, "request_info",
        "FORMAL WORDING: 'has given her informed agreement to the continuation of support under an Early Help plan' "
        "-> consent true. DOB written '14th of June 2033'; 'Mosaic ID: 2317702' -> bare number. Case summary "
        "attached (PDF); the draft plan 'will follow by Friday' -> draft_plan missing -> request_info. ADHD awaiting "
        "an EHC needs assessment -> disability_send; caring for his mother -> young_carer; the mother's illness is "
        "no concern category.",
        not_children=["Saskia Achterberg", "Jasper Quint", "Nkechi Eze"])


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2044-10-06 14:58:12"
    ack = ack_text("MAST step-up", "SB-tower_hamlets-412", [
        "Case: 1588302", "Children: Rahima Chowdhury (14/03/2035)",
        "MAST discussion: Tuesday 11 October 2044, 10:00 (Microsoft Teams)"], [])
    body = T("""
Hello,

Adding this to Rahima's request - please read it now.

At 2.35pm Rahima handed her class teacher a folded note and went back to her table. This is exactly what it says, in her spelling:

"i dont want to go home today. my uncle shahid is staying at are house and at night he comes in my room and touches me under my covers and says its our secret. he said if i tell anyone he will send me back to bangladesh and i will never see mum again. please dont tell mum he will know"

Rahima is in my room with me now. School finishes at 3.20pm and her uncle collects her on Thursdays. We have not told mum. I have tried the MAST phone line twice and it rings out.

Nazma Sultana
Learning Mentor and Lead Practitioner | Bow Common Primary School
020 7946 0814

""") + quote("MAST <%s>" % TMAST, "04 October 2044 11:20", "Nazma Sultana <n.sultana@bowcommon-primary.example.sch.uk>",
             "[SB-tower_hamlets-412] MAST request received - Rahima Chowdhury", ack)
    top = outlook_top(f, addr("Nazma Sultana", "n.sultana@bowcommon-primary.example.sch.uk"), addr("MAST", TMAST),
                      "RE: [SB-tower_hamlets-412] MAST request received - Rahima Chowdhury", when,
                      mid_domain="bowcommon-primary.example.sch.uk")
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "follow_up", True, None, ["1588302"],
        [ch("Rahima Chowdhury", "2035-03-14", "14/03/2035")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "A CHILD'S OWN WRITTEN NOTE HANDED TO A TEACHER, copied into a follow-up to [SB-tower_hamlets-412] by the "
        "school's lead practitioner at 14:58: a 9-year-old writes that her uncle, who is staying in the house, comes "
        "into her room at night and touches her, and threatens her; he collects her at 3.20 today. No alarm word "
        "anywhere. follow_up but urgent -> alert_duty. Child, DOB and case id from the quoted acknowledgement. "
        "sexual_harm.",
        not_children=["Nazma Sultana"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2044-11-22 16:40:08"
    data = itip_reply(f, when, "Rubina Akhtar", "Rubina.Akhtar@" + TDOM, ("MAST", TMAST), "DECLINED",
                      "MAST discussion - Mosaic 1602218 [SB-tower_hamlets-431]", "20441123T100000", "20441123T110000",
                      "Microsoft Teams Meeting",
                      comment="Sorry - can't do tomorrow. I'm at the flat in Poplar for my 4pm visit and Sabrina "
                              "Aziz (4) and the baby are on their own. The neighbour says nobody has been here since "
                              "mum went off in a car with her boyfriend at about 9am. The baby's nappy is soaked "
                              "through, there's no food in the flat and the heating is off. I'm staying with them but "
                              "I need someone to ring me urgently on 07700 900 564.")
    add(f, data, "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "meeting_reply", True, None, ["1602218"],
        [ch("Sabrina Aziz")], ["neglect"], None, None, [], None, "alert_duty",
        "A MEETING REPLY WHOSE COMMENT IS A REPORT: an Outlook iTIP REPLY (PARTSTAT=DECLINED) to the MAST discussion "
        "[SB-tower_hamlets-431], whose COMMENT (and text body) says a 4-year-old and a baby have been alone in the "
        "flat since about 9am, the worker is with them now and needs a call 'urgently'. Safety rule 1 reads a meeting "
        "reply's comment -> urgent -> alert_duty (over record_reply). Sabrina Aziz by age only; the baby is unnamed. "
        "neglect. Case id from the SUMMARY.")

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2044-10-17 10:40:33"
    body = T("""
Dear MAST,

Please find attached a completed Multi-Agency Request for Support for Zayn Miah (DOB 09/09/2030, Mosaic ID 1597731), whom I have supported under an Early Help plan since April.

An update on the weekend, for completeness: Zayn was reported missing by his mother on Friday evening (14/10/2044) when he did not come home from school. He was found safe at 02:00 on Saturday by police in Stratford and is at home with mum. The return home interview was done on Sunday by the missing children's worker. He says he was "with friends"; he came back with a new phone and £200 in cash that he will not explain.

This was his third missing episode since August. Together with the cash, the new phone and the older young men who wait for him outside school, I believe Zayn is being criminally exploited, and the Early Help plan is not keeping pace. I am requesting a step up to children's social care for an assessment.

This request is made with the endorsement of my line manager, Ms Farzana Haque, Team Manager, Targeted Youth Support, who is copied. Zayn's mother, Mrs Rokeya Miah, has consented to this referral.

Yours sincerely,

Jamal Uddin
Early Help Practitioner | Targeted Youth Support | London Borough of Tower Hamlets
020 7946 0358

""") + TDISC
    marf = pdf_att("MARF - Zayn Miah - 17.10.2044.pdf", "Multi-Agency Request for Support (MARF)", [
        "Child: Zayn Miah   DOB: 09/09/2030   Mosaic ID: 1597731   School: Year 10",
        "Parent/carer: Mrs Rokeya Miah. Consent to this request: Yes (given 16/10/2044).",
        "Is the child at immediate risk of significant harm? No - if yes, call MAST or 999 now.",
        "Reason for request: three missing episodes since August 2044 (latest 14-15/10/2044, found by police at 02:00, "
        "home with mother, return home interview 16/10/2044); unexplained cash and phone; older males outside school.",
        "Risk indicators: child criminal exploitation.",
        "Manager authorisation: Farzana Haque, Team Manager, 17/10/2044."])
    top = outlook_top(f, addr("Uddin, Jamal", "Jamal.Uddin@" + TDOM), addr("MAST", TMAST),
                      "MAST step-up request - Zayn Miah - Mosaic ID 1597731", when,
                      cc=addr("Haque, Farzana", "Farzana.Haque@" + TDOM))
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "near_miss", "step_up", False, None, ["1597731"],
        [ch("Zayn Miah", "2030-09-09", "09/09/2030")],
        ["exploitation", "missing"], True, True, [], None, "book_meeting",
        "NEAR MISS - A RESOLVED MISSING EPISODE: 'found safe at 02:00 on Saturday ... and is at home with mum. The "
        "return home interview was done on Sunday'; the MARF asks 'Is the child at immediate risk ...? No' and lists "
        "'Risk indicators'. Not urgent; the exploitation and repeated missing episodes are the reason for the step-up "
        "(concerns exploitation + missing). FORMAL WORDING: 'made with the endorsement of my line manager' -> manager "
        "true; 'has consented to this referral' -> consent true. MARF attached -> complete -> book_meeting.",
        not_children=["Rokeya Miah", "Farzana Haque", "Jamal Uddin"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2044-09-07 12:10:48"
    body = T("""
Hi Early Help Hub,

I'm stepping the Malik children down from CIN to a Team Around the Family following the Child and Family Assessment completed on 02/09/2044 (attached).

Inaaya Malik - DOB: 17.10.2036
Ayaan Malik - aged 12
Mosaic: 1579920 (Inaaya), 1579921 (Ayaan)

TAF meeting: Tuesday 20 September 2044, 10:00, Globe Town Family Hub - I will chair it and put the minutes on Mosaic.

Lead practitioner: Nasreen Hoque, Family Support Worker, Globe Town Family Hub - she has agreed.

Consent: both parents have consented to the step-down and to Nasreen being lead practitioner.

The draft TAF plan is attached. The remaining needs are around Inaaya's autism assessment (she has been on the waiting list since the referral on 12/03/2044) and her sleep. Ayaan is doing well - 97% attendance - and Inaaya's attendance is 95%. The assessment found no concerns re DV and no current concerns about either parent's mental health.

Thanks,
Seun

Oluwaseun Bakare
Social Worker | Children and Families Assessment Team | London Borough of Tower Hamlets
020 7946 0722

""") + TDISC
    cfa = pdf_att("C&F Assessment - Malik - completed 02.09.2044.pdf", "Child and Family Assessment - outcome", [
        "Children: Inaaya Malik (17/10/2036), Ayaan Malik (12). Parents: Tariq Malik and Sadia Malik.",
        "Outcome: ongoing statutory involvement not required; step down to a TAF with a lead practitioner.",
        "Inaaya: on the waiting list for an autism assessment; poor sleep; attendance 95%.",
        "Ayaan: attendance 97%; no additional needs identified.",
        "No concerns re domestic abuse; no current concerns about either parent's mental health."])
    plan = docx_att("Draft TAF plan - Malik.docx", [
        "# Draft TAF plan", "Lead practitioner: Nasreen Hoque (Globe Town Family Hub).",
        "Goals: sleep routine for Inaaya; chase the autism assessment; parents to attend the Cygnet course."])
    top = outlook_top(f, addr("Bakare, Oluwaseun", "Oluwaseun.Bakare@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Malik family - TAF 20/09/2044", when)
    add(f, mail(f, top, body, [cfa, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["1579920", "1579921"],
        [ch("Inaaya Malik", "2036-10-17", "17.10.2036"), ch("Ayaan Malik")],
        ["disability_send"], True, None, [], None, "book_meeting",
        "Complete Tower Hamlets step-down: C&F assessment PDF, draft TAF plan, both parents' consent, a named lead "
        "practitioner with her agency -> book_meeting (the social worker arranges the TAF). DOB written 17.10.2036; "
        "Ayaan by age only. CONCERN-SCOPE: 'no concerns re DV', 'no current concerns about either parent's mental "
        "health', 97% / 95% attendance are all no concern; only the autism assessment -> disability_send. The 12/03 "
        "referral and 02/09 assessment dates are no DOBs.",
        not_children=["Tariq Malik", "Sadia Malik", "Nasreen Hoque", "Oluwaseun Bakare"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2044-11-29 09:25:16"
    body = T("""
Hi,

I'm looking to step Kai-Jordan Whitlock (born on the 14th of March 2034, Mosaic 1612045) down from CIN to Early Help following his C&F assessment, which concluded on 25/11/2044 and is attached with my draft TAF plan.

Kai-Jordan lives with his dad, Marcus Whitlock, who has sole care. I went through the step down with dad on Friday and he said over his dead body is he having another worker through his door - he wants everyone gone. I'll try again before the TAF, but as it stands he doesn't consent.

Lead practitioner: tbc - I've asked the school's inclusion lead.

Remaining needs: Kai-Jordan's attendance is 79%, and dad's depression (he is under the GP).

Bethan

Bethan Hughes
Social Worker | Child in Need Team (Bow and Poplar) | London Borough of Tower Hamlets
020 7946 0731

""") + TDISC
    cfa = pdf_att("C&F assessment - Whitlock - 25.11.2044.pdf", "Child and Family Assessment - outcome", [
        "Child: Kai-Jordan Whitlock. Father: Marcus Whitlock (sole carer).",
        "Outcome: statutory involvement no longer required; step down to Early Help recommended.",
        "Remaining needs: attendance (79%); father's depression."])
    plan = docx_att("Draft TAF plan - Whitlock.docx", [
        "# Draft TAF plan", "Goals: attendance above 90% by February; dad to keep his GP reviews; after-school club "
        "for Kai-Jordan.", "Lead practitioner: to be confirmed."])
    top = outlook_top(f, addr("Hughes, Bethan", "Bethan.Hughes@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down request - Kai-Jordan Whitlock", when)
    add(f, mail(f, top, body, [cfa, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["1612045"],
        [ch("Kai-Jordan Whitlock", "2034-03-14", "14th of March 2034")],
        ["parental_mental_health", "school_attendance"], False, None, ["consent", "lead_practitioner"], None,
        "request_info",
        "REFUSAL IN A PARENT'S OWN WORDS: 'he said over his dead body is he having another worker through his door' "
        "and 'as it stands he doesn't consent' -> consent false -> missing; lead practitioner 'tbc' -> missing (the "
        "mail never says no lead practitioner is identified). C&F assessment and draft TAF plan attached. DOB "
        "written 'the 14th of March 2034'. Attendance 79%, dad's depression.",
        not_children=["Marcus Whitlock", "Bethan Hughes"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2044-09-29 11:52:20"
    body = T("""
Dear MAST,

PROBATION OFFICER'S NOTE - INFORMATION REQUEST

Name:     Jordan ROSS
DOB:      22/01/1996
CRN:      X498213
Order:    Community Order (18 months) with a Rehabilitation Activity Requirement, made 15/08/2044
Offence:  Assault by beating of his ex-partner, Ms Chantelle Ward, on 03/06/2044

Mr Ross has told me he has started a new relationship with Ms Toni Kemp and is staying at her flat in Bow three or four nights a week. Ms Kemp has two children: Layla Kemp (DOB 12-05-2038) and Jacob Kemp (aged 3).

I am updating his risk management plan and would be grateful to know whether the children are known to children's social care, and whether you hold anything I should take into account. I am not asking for any service for the family at this stage. My next appointment with Mr Ross is on 06/10/2044.

Eve Landry
Probation Officer | Tower Hamlets Probation Delivery Unit
020 7946 0177

This email may contain confidential or legally privileged information. If you are not the intended recipient, please delete it and tell the sender.
""")
    top = plain_top(f, addr("Landry, Eve", "eve.landry@probation.justice.example"), addr("MAST", TMAST),
                    "Information request - Mr Jordan ROSS (CRN X498213) - children in household", when,
                    "probation.justice.example", None)
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 5,
        "ordinary", "other", False, None, [],
        [ch("Layla Kemp", "2038-05-12", "12-05-2038"), ch("Jacob Kemp")],
        ["domestic_abuse"], None, None, [], None, "human_review",
        "A PROBATION OFFICER'S NOTE asking MAST for information ('I am not asking for any service for the family') "
        "-> other -> human_review, not urgent (no immediate risk reported). The probation CRN is no case id; the "
        "offender's DOB (1996), the order date and the next appointment are no children's dates; Layla's DOB is "
        "written 12-05-2038, Jacob by age. A man convicted this year of domestic abuse staying in the children's "
        "household -> domestic_abuse (borderline: the abuse was against his ex-partner).",
        not_children=["Jordan ROSS", "Toni Kemp", "Chantelle Ward", "Eve Landry"],
        adults=[("Jordan ROSS", "22/01/1996")])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2044-12-08 13:33:03"
    text = T("""
Hi MAST,

I'd like to step Aaliyah Brown up (DOB 2033-12-01, Mosaic 1614480).

Discussed with Reshma in supervision this morning and she's happy for this to go. Mum is aware and in agreement.

Worries: mum's new partner moved in in October and there have been two police call-outs to the flat in November (shouting, a broken door, no arrests). Mum says she's "fine" but she has stopped going to her mental health appointments. Aaliyah has been self-harming (cutting - seen by the school nurse, CAMHS referral made 30/11/2044).

The MARF is already on Mosaic under Aaliyah's record - I did it last week.

Rehana

Rehana Begum
Family Support Practitioner | Early Help Hub (Stepney) | LBTH
Sent from my iPhone
""")
    top = plain_top(f, addr("Begum, Rehana", "Rehana.Begum@" + TDOM), addr("MAST", TMAST),
                    "Step up to MAST - Aaliyah Brown", when, TDOM, "iPhone Mail (21A329)")
    add(f, iphone_mail(f, top, text), "tower_hamlets", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["1614480"],
        [ch("Aaliyah Brown", "2033-12-01", "2033-12-01")],
        ["domestic_abuse", "parental_mental_health"], True, True, ["request_for_support"], None, "request_info",
        "iPhone (format=flowed) step-up to MAST. INDIRECT WORDING: 'Discussed with Reshma in supervision ... she's "
        "happy for this to go' -> manager true; 'Mum is aware and in agreement' -> consent true. The MARF 'is already "
        "on Mosaic' but not attached or pasted -> request_for_support missing -> request_info. Two police call-outs "
        "with the new partner -> domestic_abuse; mum stopped her mental health appointments -> "
        "parental_mental_health; the self-harm (CAMHS referral made) is no contract category and no immediate risk.",
        not_children=["Rehana Begum"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2044-09-16 15:10:22"
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
         '<div style="font-family:Calibri,sans-serif;font-size:11pt">'
         '<p>Thank you for your email.</p><p>I am on annual leave from Friday 16 September, returning on Monday 26 '
         'September 2044, and will not be checking my emails.</p>'
         '<p>For urgent matters please contact the Early Help Hub duty line on 020 7946 0390.</p>'
         '<p>Tahmina Alam<br>Early Help Co-ordinator | London Borough of Tower Hamlets</p></div></body></html>\n')
    top = outlook_top(f, addr("Alam, Tahmina", "Tahmina.Alam@" + TDOM), addr("Early Help Hub", TEH),
                      "Out of Office: [SB-tower_hamlets-405] Step-down request received - Nur family", when,
                      extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])
    add(f, build(top, text_part(h, "html", crlf=True), True), "tower_hamlets", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "HTML-only out-of-office marked 'Auto-Submitted: auto-generated' (not auto-replied) with an 'Out of Office:' "
        "prefix, answering stepbot's acknowledgement [SB-tower_hamlets-405]: the reference in the subject does not "
        "make it a follow-up; 'For urgent matters' is boilerplate. auto_reply -> ignore.")


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2044-11-11 18:25:41"
    body = T("""
Hi MASH,

I was going to send this step up on Monday but I'm sending it now because of tonight.

Kayla-Jade Pascoe, born 2nd June 2031 (13), EHM-804417. Lives with mum, Kerry Pascoe, at Flat 2, 9 Orchard Row, Paignton, TQ3 9ZZ.

Kayla-Jade didn't come home from school today. Her friend told mum that at about 3.50pm she got into a grey Audi with two men "in their twenties" outside the Co-op on Torquay Road. Her phone has been off since 4pm. Mum rang the police at 5.30pm. Twice since August the police have brought her back from Plymouth, both times found with older men, a new phone and cash. She is 13.

The step up was already agreed: my team manager, Nicky Crocker, agreed it with me on Wednesday, and mum agreed to me contacting you when I saw her on Tuesday. The concerns were the two Plymouth episodes, the cash and the phones, and older lads waiting for her outside school.

I'm with mum at the flat now. My mobile is 07700 900 862.

Tamara

Tamara Widdicombe
Early Help Practitioner | Paignton Family Hub | Torbay Council
07700 900 862

""") + BDISC
    top = outlook_top(f, addr("Widdicombe, Tamara", "Tamara.Widdicombe@" + BDOM), addr("Torbay MASH", BMASH),
                      "Step up - Kayla-Jade Pascoe - EHM-804417", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-804417"],
        [ch("Kayla-Jade Pascoe", "2031-06-02", "2nd June 2031")],
        ["exploitation", "missing"], True, True, [], None, "alert_duty",
        "A 13-YEAR-OLD WHO HAS NOT COME HOME AND WAS SEEN GETTING INTO A CAR WITH TWO ADULT MEN at 15:50, phone off "
        "since 16:00, twice brought back from Plymouth with older men, cash and phones; sent at 18:25 on a Friday "
        "(out of hours). No alarm word anywhere. A planned Torbay step-up brought forward: consent (mum agreed on "
        "Tuesday) and TM agreement (Wednesday) stated -> nothing missing, but urgent -> alert_duty. exploitation + "
        "missing. DOB written '2nd June 2031'.",
        not_children=["Kerry Pascoe", "Nicky Crocker", "Tamara Widdicombe"])

def torbay_02():
    f = "torbay_02.eml"; when = "2044-09-14 12:47:05"
    body = T("""
Hi,

I tried the MASH number twice this morning and was held in a queue, so I'm sending my SystmOne entry from this morning's visit and I'll keep trying. I'm in clinic in Paignton until 5.

--- SystmOne record extract (printed 14 Sep 2044 12:41) ---
Patient:        Alfie-James PENHALIGON
DOB:            09 Aug 2044 (5 weeks)
NHS number:     999 421 8846
Address:        8 Sandpiper Walk, Paignton, TQ4 9ZZ
Registered GP:  Dr K Mallon, Goodrington Surgery

14 Sep 2044 10:32   Rosie Tregear (Health Visitor)   Home visit
  New birth follow-up, planned.
  Present: mother (Chelsea Penhaligon, 19), her partner (Jordan Vosper, not the baby's father), baby.
  Weight 4.12 kg, gaining.
  O/E: bruise approx 1 cm, purple, behind L ear. Second bruise approx 2 cm on L cheek. Upper lip frenulum torn,
  dried blood in mouth. Baby not yet rolling.
  Explanation: mother - "he must have caught it on the Moses basket". Partner - baby "rolled off the bed"
  yesterday. Accounts differ.
  Plan: advised same-day GP / Children's ED review. Parents declined - "we'll go tomorrow". Partner asked me
  to leave at 10:58.
  Baby remains at home with mother and partner. Mother's mobile 07700 900 927.
  Next contact: 21 Sep 2044, Paignton clinic.
--- end of extract ---

Rosie Tregear
Health Visitor | Paignton Health Visiting Team | Torbay and South Devon 0-19 Service
01632 960 318
""")
    top = outlook_top(f, addr("TREGEAR, Rosie (TORBAY AND SOUTH DEVON NHS)", "rosie.tregear@nhs.example"),
                      addr("Torbay MASH", BMASH), "HV - Penhaligon baby - SystmOne entry from this morning", when,
                      mid_domain="nhs.example")
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Alfie-James Penhaligon", "2044-08-09", "09 Aug 2044", as_written="Alfie-James PENHALIGON")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A HEALTH VISITOR'S SYSTMONE EXTRACT pasted into a mail: a 5-week-old, not yet rolling, with two bruises and a "
        "torn frenulum, differing explanations, parents refusing a same-day review, the partner asking the HV to "
        "leave and the baby at home with them. No alarm word anywhere. A health notification asks for no step -> "
        "other; urgent -> alert_duty. Child from 'Alfie-James PENHALIGON', DOB in SystmOne's '09 Aug 2044'; the "
        "print date, visit time and next-contact date (21 Sep 2044) are no DOBs; the NHS number is no case id. "
        "physical_harm.",
        not_children=["Chelsea Penhaligon", "Jordan Vosper", "Rosie Tregear"])

def torbay_03():
    f = "torbay_03.eml"; when = "2044-11-08 07:30:00"
    text = T("""
PRACTICE NEWS | November 2044
Torbay Children's Safeguarding Partnership - news for practitioners

1. CASE STUDY: LEARNING FROM 'JADE'
'Jade' (not her real name) was 13 when she was first reported missing. Over four months she went missing eleven times. Twice she was found in Plymouth in a car with adult men; each time she came home with a new phone and cash. Her Early Help plan was reviewed, but she was not stepped up until after the fourth episode.
What the review found: each episode was treated on its own; nobody put the car, the cash and the phones together; the school, police and Early Help each held part of the picture.
What we are asking you to do: treat a child getting into a car with unknown adults as an immediate safeguarding risk - call 999 and the MASH - and ask your team: "Would we have spotted Jade?"

2. STEP-DOWN AUDIT
Our October audit of 20 step-downs found that 17 had consent recorded and 14 had a named lead practitioner. Please make sure both are in the request.

3. TRIAGE SLOTS
From Tuesday 6 December 2044 the Tuesday Early Help triage will run from 09:30 to 11:30, with the under-5s slots at 11:30 and 12:00 each fortnight.

You are receiving this because you subscribed to Practice News.
Unsubscribe: https://lists.torbay-partnership.example.org/unsubscribe/practice-news
""")
    top = plain_top(f, addr("Torbay Children's Partnership", "news@torbay-partnership.example.org"), addr("Early Help", BEH),
                    "Practice News - November 2044: learning from 'Jade', step-down audit, triage slots", when,
                    "torbay-partnership.example.org", None,
                    extra=[("List-Id", "Practice News <practice-news.lists.torbay-partnership.example.org>"),
                           ("List-Unsubscribe", "<mailto:unsubscribe-practice-news@lists.torbay-partnership.example.org>, "
                                                "<https://lists.torbay-partnership.example.org/unsubscribe/practice-news>"),
                           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "list")])
    add(f, mail(f, top, text, html_alt=True), "torbay", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A CASE STUDY IN A NEWSLETTER: a partnership mailing (List-Id, List-Unsubscribe, "
        "List-Unsubscribe-Post, Precedence: list; no Auto-Submitted) whose lead item is a composite case study "
        "('Jade', not her real name: missing eleven times, found in a car with adult men) and tells readers to treat "
        "such a case as 'an immediate safeguarding risk - call 999'. A bulletin listing an example is no report; a "
        "pseudonym is no child -> other -> human_review.")

def torbay_04():
    f = "torbay_04.eml"; when = "2044-11-23 13:15:50"
    body = T("""
Dear MASH,

I am the lead professional for Lily-Mae Endacott's Early Help plan (EHM-806332) and I'm writing to ask for her to be considered for a level 4 response. Her CPOMS chronology for this term is pasted below.

Our head teacher, Mr Pidgeon, agrees that we should make this contact. I spoke to mum (Stacey Endacott) at pick-up yesterday about contacting you - she was not having it, and said there is nothing wrong at home.

==================================================================
CPOMS - STUDENT CHRONOLOGY EXPORT
Exported: 23/11/2044 12:58 by D. Hext
Student:  Lily-Mae Endacott      DOB: 21/02/2037      Year 3
UPN:      K83421107562           Tutor group: 3H

Categories in use at this school (tick all that apply when logging):
  Attendance | Behaviour | Bullying | Child Protection | Child on Child Abuse |
  CSE / CCE (Exploitation) | Domestic Abuse | Neglect | Online Safety |
  Prevent / Radicalisation | Safeguarding - General | Self-harm | Young Carer
Guidance for staff: log any concern the same day. If you think a child is at
immediate risk of harm, tell the DSL in person immediately - do not rely on CPOMS.

Date        Category     Logged by        Summary
14/11/2044  Attendance   Office           Late 5 times this half term; attendance 82%.
17/11/2044  Neglect      Miss Harvey      No coat on a cold wet day; hungry at 9am (ate two
                                          breakfasts); same uniform all week, smelling of urine.
21/11/2044  Neglect      Mrs Hext (DSL)   Head lice untreated since October despite three
                                          letters home. Toothache - mum says they have no dentist.
22/11/2044  Attendance   Office           Absent, no reason given.
22/11/2044  Neglect      Mrs Hext (DSL)   Spoke to mum at pick-up about a contact to MASH. Mum
                                          declined and left.
==================================================================

Deborah Hext
Deputy Head and Designated Safeguarding Lead | Roundham Primary School, Paignton
01632 960 455
""")
    top = outlook_top(f, addr("Hext, Deborah", "dhext@roundham-primary.example.sch.uk"), addr("Torbay MASH", BMASH),
                      "Contact to MASH - Lily-Mae Endacott (EHM-806332) - CPOMS chronology", when,
                      mid_domain="roundham-primary.example.sch.uk")
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 6,
        "near_miss", "step_up", False, None, ["EHM-806332"],
        [ch("Lily-Mae Endacott", "2037-02-21", "21/02/2037")],
        ["neglect", "school_attendance"], False, True, ["consent"], None, "request_info",
        "NEAR MISS - A SCHOOL'S CPOMS CHRONOLOGY EXPORT whose template lists 'Child Protection', 'CSE / CCE "
        "(Exploitation)', 'Domestic Abuse', 'Prevent / Radicalisation', 'Safeguarding' and 'immediate risk of harm' "
        "guidance; the entries themselves are neglect and attendance (82%). EXPLOITATION ONLY IN THE TEMPLATE -> no "
        "exploitation, domestic_abuse or radicalisation. The school's DSL is the lead professional asking for level "
        "4 -> a Torbay step-up (contact to MASH). 'Mr Pidgeon, agrees' -> manager true; mum 'was not having it' -> "
        "consent false -> missing -> request_info. The export and entry dates are no DOBs; the UPN is no case id.",
        not_children=["Stacey Endacott", "Deborah Hext"])

def torbay_05():
    f = "torbay_05.eml"; when = "2044-09-15 11:05:37"
    body = T("""
Good morning,

Please may I have a triage slot for the Rowe family, who are stepping down from the Single Assessment Team to a level 3 Early Help response.

Oscar Rowe    DOB Feb 3 41    LCS-2290417
Poppy Rowe    aged 6          LCS-2290418

As Oscar is three, I understand he will be heard at the fortnightly under-5s triage.

The Single Assessment (completed 12/09/2044) is attached. It includes my analysis and the rationale for the step down, and my team manager's analysis: Kevin Lethbridge has recorded that the threshold for level 3 is met.

Ms Hayley Rowe has provided informed consent to a level 3 Early Help offer; she signed the consent form on 13/09/2044.

Remaining needs: Oscar's speech and language delay (SALT referral made 01/09/2044, awaiting a first appointment) and mum's low mood since the children's father left. Poppy's attendance is 97%.

Kind regards

Aisha Morrow
Social Worker | Single Assessment Team | Torbay Council
01632 960 541

""") + BDISC
    sa = pdf_att("Single Assessment - Rowe - 12.09.2044.pdf", "Single Assessment - summary and analysis", [
        "Children: Oscar Rowe (03/02/2041), Poppy Rowe (6). Mother: Hayley Rowe.",
        "Social worker's analysis: no further action at level 4; needs at level 3 - Oscar's speech and language "
        "delay; mum's low mood; routines.",
        "Rationale for step down: the concerns that led to the assessment (a missed paediatric appointment) are "
        "explained and resolved; mum is engaging.",
        "Team Manager's analysis: I agree that the threshold for level 3 intervention is met. K. Lethbridge, Team "
        "Manager, 12/09/2044.",
        "Consent for level 3 Early Help: signed by Ms Rowe, 13/09/2044."])
    top = outlook_top(f, addr("Morrow, Aisha", "Aisha.Morrow@" + BDOM), addr("Early Help", BEH),
                      "Request for triage slot - step down to level 3 - Rowe (LCS-2290417)", when,
                      cc=addr("Lethbridge, Kevin", "Kevin.Lethbridge@" + BDOM))
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["LCS-2290417", "LCS-2290418"],
        [ch("Oscar Rowe", "2041-02-03", "Feb 3 41"), ch("Poppy Rowe")],
        ["disability_send", "parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down (Single Assessment with the TM's analysis, consent) for two siblings, one under 5 "
        "(the fortnightly under-5s triage). DOB written 'Feb 3 41' (month-day-two-digit-year); Poppy by age only; "
        "one LCS id each. FORMAL CONSENT: 'has provided informed consent to a level 3 Early Help offer' -> true. "
        "Speech delay -> disability_send; mum's low mood -> parental_mental_health; 97% attendance no concern. The "
        "SALT referral and signing dates are no DOBs.",
        not_children=["Hayley Rowe", "Kevin Lethbridge", "Aisha Morrow"])

def torbay_06():
    f = "torbay_06.eml"; when = "2044-10-25 15:52:19"
    body = T("""
Hi EH,

Can I get a triage slot for the Hannaford children please - Mason Hannaford (9) and Ruby Hannaford (12). CIN plan closing, outcomes achieved. LCS-2291188 (Mason), LCS-2291189 (Ruby).

Mum's given the nod to Early Help.

I'll send the SA over once Kevin's added his analysis - he's off till Thursday.

Worries: Ruby is a young carer for mum (MS) and her attendance has dropped to 86%. Mason's is fine (96%).

Callum

Callum Yeo
Social Worker | Safeguarding and Supporting Families Team | Torbay Council

Get Outlook for Android
""")
    top = outlook_top(f, addr("Yeo, Callum", "Callum.Yeo@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - Hannaford children", when,
                      mid_domain="DB9P191MB1422.EURP191.PROD.OUTLOOK.COM")
    add(f, mail(f, top, body, html_alt=True, crlf=False, cte="base64"), "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["LCS-2291188", "LCS-2291189"],
        [ch("Mason Hannaford"), ch("Ruby Hannaford")],
        ["school_attendance", "young_carer"], True, None, ["assessment", "manager_agreed"], None, "request_info",
        "Terse Outlook for Android step-down (base64 body). INDIRECT CONSENT: 'Mum's given the nod to Early Help' "
        "-> consent true. The Single Assessment will follow 'once Kevin's added his analysis' -> assessment and "
        "manager_agreed missing (manager null: not yet given) -> request_info. Ages only; one LCS id each. "
        "ATTENDANCE GOOD VS POOR: Ruby 86% -> school_attendance, Mason 96% no concern; Ruby caring for mum -> "
        "young_carer (mum's MS is no child's disability). No level written -> null.",
        not_children=["Callum Yeo"])

def torbay_07():
    f = "torbay_07.eml"; when = "2044-10-31 09:14:27"
    ack = ack_text("step-down", "SB-torbay-518", [
        "Case: LCS-2291188, LCS-2291189", "Children: Mason Hannaford, Ruby Hannaford"],
        ["the Single Assessment with your analysis and the rationale behind the decision to step down",
         "your team manager's analysis confirming the threshold for level 3 intervention is met"])
    body = T("""
Morning - SA attached with Kevin's analysis (threshold for level 3 met, signed off on Friday).

Callum

""") + quote("stepbot (Early Help) <%s>" % BEH, "25 October 2044 15:58", "Yeo, Callum <Callum.Yeo@%s>" % BDOM,
             "[SB-torbay-518] Step-down request received - Hannaford", ack)
    sa = pdf_att("Single Assessment - Hannaford - TM analysis added 28.10.2044.pdf", "Single Assessment - summary and analysis", [
        "Children: Mason Hannaford, DOB 04/04/2035; Ruby Hannaford, DOB 19/01/2032. Mother: Claire Hannaford.",
        "Social worker's analysis: CIN outcomes achieved; remaining needs at level 3 - Ruby's caring role for her "
        "mother (multiple sclerosis) and her attendance (86%).",
        "Consent for level 3 Early Help: given by Ms Hannaford, 24/10/2044.",
        "Team Manager's analysis: threshold for level 3 intervention met. K. Lethbridge, Team Manager, 28/10/2044."])
    top = outlook_top(f, addr("Yeo, Callum", "Callum.Yeo@" + BDOM), addr("Early Help", BEH),
                      "RE: [SB-torbay-518] Step-down request received - Hannaford", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 4,
        "ordinary", "follow_up", False, None, ["LCS-2291188", "LCS-2291189"],
        [ch("Mason Hannaford", "2035-04-04", "04/04/2035"), ch("Ruby Hannaford", "2032-01-19", "19/01/2032")],
        ["school_attendance", "young_carer"], True, True, [], None, "attach_to_request",
        "Follow-up to [SB-torbay-518] (for torbay_06's family) on Monday 31 October, the first working day after the "
        "clock change (its Date is +0000; the quoted acknowledgement was sent on 25 October, in BST), adding the Single Assessment with the TM's "
        "analysis; the DOBs come only from the attached SA; consent and manager true from the SA -> "
        "attach_to_request.",
        not_children=["Claire Hannaford"])

def torbay_08():
    f = "torbay_08.eml"; when = "2044-09-19 08:47:12"
    data = google_reply(f, when, "Ursula Kemp", "ursula.kemp@afc.example.org", ("Torbay Early Help", BEH),
                        "ACCEPTED", "Under-5s triage - Rowe - LCS-2290417 [SB-torbay-509]",
                        "20440920T103000Z", "20440920T110000Z", "Microsoft Teams Meeting",
                        "Tue 20 Sep 2044 11:30 - 12:00 (BST)")
    add(f, data, "torbay", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["LCS-2290417"], [], [], None, None, [], None, "record_reply",
        "GOOGLE CALENDAR iTIP REPLY (text/calendar method=REPLY plus invite.ics) from the AFC representative accepting "
        "the fortnightly under-5s triage slot for torbay_05's family; times in UTC ('Z': 10:30Z = 11:30 BST). Case id "
        "from the SUMMARY. record_reply.")


# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2044-11-29 11:07:45"
    body = T("""
I need this stepping up to social care today - I don't know who else to send it to.

I'm at Stacey Price's flat (Flat 4, 22 Widemarsh Court, Hereford, HR4 9ZZ) for my 10am visit. Nobody answered and the door was on the latch. Stacey was on the bathroom floor and I couldn't wake her. There were empty vodka bottles and foil strips of tablets by the sink. The ambulance took her to County at 10.40 and they said she'll be kept in.

Tommy-Lee Price (DOB 17/05/42) was in his cot on his own, soaked through. There are no clean nappies in the flat and nothing in the fridge. I'm with him in the flat now. No other adult has a key - Stacey's dad is in Spain and I have no other family details. I can't stay past 1pm, I have another family at 1.30.

Mosaic 617720.

Sian

Sian Bevan | Family Support Worker | Early Help - Hereford City Team | 01632 960 774
Sent from Outlook for Android
""")
    top = outlook_top(f, addr("Bevan, Sian", "Sian.Bevan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Tommy-Lee Price - needs stepping up today", when,
                      mid_domain="AM7P191MB0715.EURP191.PROD.OUTLOOK.COM")
    add(f, mail(f, top, body, html_alt=True, crlf=False, cte="base64"), "herefordshire", "early_help_duty", when, 3,
        "urgent", "step_up", True, None, ["617720"],
        [ch("Tommy-Lee Price", "2042-05-17", "17/05/42")],
        ["neglect", "substance_misuse"], None, None, [], None, "alert_duty",
        "A PARENT FOUND UNRESPONSIVE WITH A TODDLER IN THE FLAT: the Early Help worker found mum unconscious on the "
        "bathroom floor (vodka, tablets), the 2-year-old alone in his cot, soaked, no food or nappies; mum admitted; "
        "no adult with a key; the worker must leave at 1pm. No alarm word anywhere. A step-up sent to Herefordshire, "
        "whose protocol defines none (missing [] and no notice), but urgent -> alert_duty. DOB with a two-digit year "
        "'17/05/42' -> 2042-05-17. neglect + substance_misuse. 'Mosaic 617720' -> bare number.",
        not_children=["Stacey Price", "Sian Bevan"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2044-09-27 14:20:11"
    body = T("""
Hi all,

I'm in my ASYE and my supervisor suggested I bring a "what would you do if" to next Tuesday's drop-in. There's no live family - it's for my reflective log.

What would you do if, on the joint visit for a step-down, a mum told you her ex had turned up the night before, kicked the door in and threatened to take the children? Would you still step the family down, or would that be an immediate child protection risk and a call to MASH? And what if she then said he'd gone back to Wales and she didn't think he'd be back?

Hypothetically, if the children had been at school at the time and he was waiting outside the school gates, would that change anything?

Thanks - happy to be told it's a daft question!
Ellie

Ellie Prosser
Social Worker (ASYE) | Children in Need Team (Leominster) | Herefordshire Council
01632 960 688

""") + HDISC
    top = outlook_top(f, addr("Prosser, Ellie", "Ellie.Prosser@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Question for the drop-in - what would you do if...?", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A HYPOTHETICAL: an ASYE social worker's 'what would you do if' for her reflective log ('There's "
        "no live family'): a door kicked in, a threat to take the children, 'an immediate child protection risk', "
        "'Hypothetically...'. No child, no report, no request -> other -> human_review, not urgent.",
        not_children=["Ellie Prosser"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2044-10-10 10:22:36"
    body = T("""
Dear Early Help Co-ordinators,

Following my discussion with Xavier Moss on 04/10/2044, please find attached the Early Help Assessment step-down plan and the signed consent form for:

Megan Davies - DOB 22.01.2037 - Mosaic 612204
Rhys Davies - aged 11 - Mosaic 612205

The C&F assessment concluded on 30/09/2044 that the family's remaining needs are at the intensive level (level 3).

Key person: Carys Jenkins, Family Support Worker, Kington Children's Centre - agreed with the family, and she has agreed to lead.

Dad's probation officer sent the note below. I include it because the family's previous social worker flagged dad's record:

   Probation officer's note - Jon Pritchard, Probation Officer, Hereford PDU, 03/10/2044
   "Mr Gareth Davies: OASys risk of serious harm LOW (to children: LOW). His 2033 conviction for ABH
   (a fight outside a pub; the victim was an adult man) is now spent and he is not under probation
   supervision; I saw him at the family's request for a reference. No child safeguarding concerns
   identified by probation. No concerns re DV: police and MARAC checks clear."

Remaining needs: Megan's attendance is 79% and she has been refusing school on Mondays; Rhys is doing well (95%). Dad works nights and mum has just started a new job, so mornings are chaotic.

Kind regards,
Rhian Pugh
Social Worker | Children in Need Team (Hereford) | Herefordshire Council
01632 960 702

""") + HDISC
    plan = docx_att("EHA step-down plan - Davies.docx", [
        "# Early Help Assessment - step-down plan", "Children: Megan Davies (22/01/2037), Rhys Davies (11)",
        "What are we worried about? Megan's attendance (79%) and Monday school refusal.",
        "What's working well? Both parents engaged; Rhys settled at school.",
        "Wellbeing plan: morning routine with the key person; school attendance plan; review at the first MAG.",
        "Key person: Carys Jenkins, Family Support Worker, Kington Children's Centre."])
    consent = pdf_att("Signed consent - Davies - 07.10.2044.pdf", "Consent to Early Help support", [
        "Family: Davies (Megan, Rhys). We agree to our family's case stepping down to Early Help and to information "
        "being shared with the key person.", "Signed: Gareth Davies, Lowri Davies. Date: 07/10/2044."])
    top = outlook_top(f, addr("Pugh, Rhian", "Rhian.Pugh@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down plan - Davies sibling group (Mosaic 612204 / 612205)", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["612204", "612205"],
        [ch("Megan Davies", "2037-01-22", "22.01.2037"), ch("Rhys Davies")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS - A PROBATION OFFICER'S NOTE pasted into a complete step-down: 'OASys risk of serious harm LOW', "
        "a 2033 conviction for ABH against an adult man 'now spent', 'No child safeguarding concerns', 'No concerns re "
        "DV'. A spent conviction is no current concern -> no physical_harm, no domestic_abuse, not urgent. Sibling "
        "group: plan (docx), signed consent form (PDF), key person with agency -> book_meeting. 'intensive level "
        "(level 3)' -> level 3. DOB written 22.01.2037; Rhys by age only. Megan's 79% and Monday refusals -> "
        "school_attendance (Rhys's 95% is no concern).",
        not_children=["Gareth Davies", "Lowri Davies", "Carys Jenkins", "Jon Pritchard", "Rhian Pugh", "Xavier Moss"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2044-10-20 09:48:02"
    body = T("""
Dear colleagues,

Further to the Child and Family Assessment concluded on 11 October 2044, the family's remaining needs are assessed as intensive (level 3), and I attach the Early Help Assessment step-down plan for Freya Lloyd (d.o.b. 2038-09-30).

Mr and Mrs Lloyd confirmed verbally on 18/10/2044 that they are content for the case to step down to Early Help. The written consent form will be signed at my home visit on 25/10/2044 and I will forward it then.

Key person: Mrs Angharad Vaughan, SENCo, Weobley Primary School, who has agreed to lead.

Freya's needs relate to her autism and sensory needs (she has an EHCP) and to the family's isolation since moving to Weobley; her attendance is good.

Yours sincerely,

Oliver Hammond
Social Worker | Children in Need Team (Leominster) | Herefordshire Council
01632 960 715

""") + HDISC
    plan = docx_att("EHA step-down plan - Freya Lloyd.docx", [
        "# Early Help Assessment - step-down plan", "Child: Freya Lloyd",
        "Wellbeing plan: sensory plan at home and school (Mrs Vaughan); parents to join the local autism parents' "
        "group; short breaks assessment.", "Key person: Mrs Angharad Vaughan, SENCo, Weobley Primary School."])
    top = outlook_top(f, addr("Hammond, Oliver", "Oliver.Hammond@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down to Early Help (level 3) - Freya Lloyd - Mosaic 619931", when)
    add(f, mail(f, top, body, [plan], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["619931"],
        [ch("Freya Lloyd", "2038-09-30", "2038-09-30")],
        ["disability_send"], True, None, ["consent_form"], None, "request_info",
        "FORMAL, VERBAL CONSENT: 'confirmed verbally ... that they are content for the case to step down' -> consent "
        "true, but Herefordshire needs the written form, to be signed on 25/10 -> consent_form missing -> "
        "request_info. Plan and key person (with agency) present. DOB written 'd.o.b. 2038-09-30'; the assessment "
        "and visit dates are no DOBs. Autism / EHCP -> disability_send; 'her attendance is good' -> no concern.",
        not_children=["Angharad Vaughan", "Oliver Hammond"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2044-10-26 14:35:29"
    ack = ack_text("step-down", "SB-herefordshire-606", [
        "Case: 619931", "Children: Freya Lloyd (30/09/2038)"], ["the family's written consent"])
    body = T("""
Afternoon - signed consent form attached. Mr and Mrs Lloyd both signed it at my visit yesterday (25/10/2044).

Oliver

""") + quote("stepbot (Early Help Co-ordinators) <%s>" % HEH, "20 October 2044 09:52",
             "Hammond, Oliver <Oliver.Hammond@%s>" % HDOM,
             "[SB-herefordshire-606] Step-down request received - Freya Lloyd", ack)
    consent = pdf_att("Consent to Early Help - Lloyd - signed 25.10.2044.pdf", "Consent to Early Help support", [
        "Child: Freya Lloyd. We agree to the step down to Early Help and to information being shared with the key person.",
        "Signed: David Lloyd, Sioned Lloyd. Date: 25/10/2044."])
    top = outlook_top(f, addr("Hammond, Oliver", "Oliver.Hammond@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-606] Step-down request received - Freya Lloyd", when)
    add(f, mail(f, top, body, [consent], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "follow_up", False, None, ["619931"],
        [ch("Freya Lloyd", "2038-09-30", "30/09/2038")],
        [], True, None, [], None, "attach_to_request",
        "Follow-up to [SB-herefordshire-606] (herefordshire_04's family) adding the signed consent form; 'both signed "
        "it at my visit yesterday' -> consent true; child, DOB and case id from the quoted ack -> attach_to_request.",
        not_children=["David Lloyd", "Sioned Lloyd"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2044-12-02 16:05:50"
    data = itip_reply(f, when, "Dafydd Morgan", "Dafydd.Morgan@" + HDOM, ("Early Help Co-ordinators", HEH), "ACCEPTED",
                      "Step-down drop-in [SB-herefordshire-611]", "20441206T100000", "20441206T103000",
                      "Microsoft Teams Meeting")
    add(f, data, "herefordshire", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, no comment and an empty body, for the Tuesday-morning step-down "
        "drop-in [SB-herefordshire-611] (Tue 6 Dec 10:00 GMT). No case id or child. record_reply.")

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2044-12-13 15:12:40"
    body = T("""
Hi both,

Stepping Ruby Preece (9) and Alfie Preece (DOB 05/12/2040) down to Early Help at level 3 - Mosaic 620455 (Ruby), 620456 (Alfie). Signed consent form attached (mum signed it on 12/12/2044). Key person: Tom Gittins, Youth and Family Worker, Ross Family Centre - he's happy to lead.

I'll send the step-down plan after I've been through it with mum on Friday - she wants to see it first.

Worries: Ruby's attendance is 81%; Alfie has just started nursery and is doing well there. Mum's drinking was a worry earlier in the year but she has been abstinent since June and is still seeing the alcohol service.

Harriet

Harriet Beddoes
Social Worker | Children in Need Team (Ross-on-Wye) | Herefordshire Council
01632 960 729

""") + HDISC
    consent = pdf_att("Consent - Preece - signed 12.12.2044.pdf", "Consent to Early Help support", [
        "Children: Ruby Preece, Alfie Preece. I agree to the step down to Early Help.", "Signed: Donna Preece. Date: 12/12/2044."])
    top = outlook_top(f, addr("Beddoes, Harriet", "Harriet.Beddoes@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Preece children - consent attached, plan to follow", when)
    add(f, mail(f, top, body, [consent], html_alt=True), "herefordshire", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 3, ["620455", "620456"],
        [ch("Ruby Preece"), ch("Alfie Preece", "2040-12-05", "05/12/2040")],
        ["school_attendance"], True, None, ["draft_plan"], None, "request_info",
        "Sibling group step-down with the signed consent form and a key person with agency; the plan 'after I've been "
        "through it with mum on Friday' -> draft_plan missing -> request_info. Ruby by age, Alfie with a DOB (who "
        "turned 4 on 5 December). Ruby 81% -> school_attendance; mum's drinking is past ('abstinent since June') -> "
        "no substance_misuse.",
        not_children=["Tom Gittins", "Donna Preece", "Harriet Beddoes"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2044-11-17 20:14:09"
    text = T("""
hi, my social worker Dafydd said someone from early help would be in touch about my two, Kacey Jones (6) and Lewis Jones (7). its been 3 weeks and no one has rung. lewis still isnt going to school most days. can someone ring me on 07700 900 341 please

thanks
kerry
""")
    top = plain_top(f, addr("kerry jones", "kerryjones84@mail.example"), HEH, "early help??", when,
                    "mail.example", None)
    add(f, mail(f, top, text, crlf=False, cte="7bit"), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "other", False, None, [],
        [ch("Kacey Jones"), ch("Lewis Jones")],
        ["school_attendance"], None, None, [], None, "human_review",
        "A PARENT'S OWN ENQUIRY, lower case, from a webmail address, in the evening: no reference, no request under "
        "the protocol, not from a practitioner -> other -> human_review. Children by age only; Lewis 'still isnt "
        "going to school most days' -> school_attendance.",
        not_children=[])


# ============================================================================= SELF-CHECKS
CONCERN_IDS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
               "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation",
               "school_attendance", "young_carer", "disability_send"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
# REQUIREMENTS.md: the requirement ids for each authority and kind ("children" always).
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

# England & Wales bank holidays in 2044 that fall on a weekday (the `holidays` package's list, which set_checks()
# re-derives and compares): New Year's Day Friday 1 January; Good Friday 15 April; Easter Monday 18 April; May Day
# 2 May; Spring Bank Holiday 30 May; Late Summer Bank Holiday 29 August; Christmas Day is a SUNDAY, so Boxing Day is
# Monday 26 December and the substitute "Christmas Day (observed)" Tuesday 27 December.
BANK_HOLIDAYS = {date(2044, 1, 1), date(2044, 4, 15), date(2044, 4, 18), date(2044, 5, 2), date(2044, 5, 30),
                 date(2044, 8, 29), date(2044, 12, 26), date(2044, 12, 27)}
IN_WINDOW = {}                                   # none: the window sits between 29 August and Christmas
NEAREST_BEFORE = (date(2044, 8, 29), "Late Summer Bank Holiday")
AFTER_WINDOW = {date(2044, 12, 25): "Christmas Day", date(2044, 12, 26): "Boxing Day",
                date(2044, 12, 27): "Christmas Day (observed)"}
# The brief's window, "Monday 5 September to Friday 16 December 2044": checked, a Monday and a Friday.
WINDOW = (datetime(2044, 9, 5, tzinfo=LON), datetime(2044, 12, 16, 23, 59, 59, tzinfo=LON))
# BST started at 01:00 UTC on Sunday 27 March 2044 and ends at 01:00 UTC on Sunday 30 October 2044.
BST_START = datetime(2044, 3, 27, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2044, 10, 30, 1, 0, 0, tzinfo=UTC)
LAST_BST_WD = date(2044, 10, 28)
FIRST_GMT_WD = date(2044, 10, 31)

def expected_offset(d):
    return "+0100" if BST_START <= d.astimezone(UTC) < BST_END else "+0000"

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"], 1)}

def parse_dob(w):
    """DOB as written -> ISO. Formats used in this set: dd/mm/yyyy, dd/mm/yy, dd.mm.yyyy, dd-mm-yyyy, yyyy-mm-dd,
    '3rd of Feb 2037', '14th of June 2033', '2nd June 2031', '9th November 2038', '09 Aug 2044', 'Nov 9 36'."""
    w = w.strip()
    m = re.fullmatch(r"(\d{2})[/.-](\d{2})[/.-](\d{4})", w)
    if m:
        return date(int(m[3]), int(m[2]), int(m[1])).isoformat()
    m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{2})", w)
    if m:
        return date(2000 + int(m[3]), int(m[2]), int(m[1])).isoformat()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", w)
    if m:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?(?: of)? ([A-Za-z]+) (\d{4})", w)
    if m:
        return date(int(m[3]), MONTHS[m[2][:3].lower()], int(m[1])).isoformat()
    m = re.fullmatch(r"([A-Za-z]{3}) (\d{1,2}) (\d{2})", w)
    if m:
        return date(2000 + int(m[3]), MONTHS[m[1].lower()], int(m[2])).isoformat()
    return None

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

def titled(surname):
    """An ALL-CAPS surname as it is labelled: OKAFOR-LEWIS -> Okafor-Lewis, McGUIRE -> McGuire."""
    out = []
    for p in surname.split("-"):
        if p[:2].upper() == "MC" and len(p) > 2:
            out.append("Mc" + p[2:].capitalize())
        else:
            out.append(p.capitalize())
    return "-".join(out)

def normalised(as_written):
    """'DUFFY, Tiana' -> 'Tiana Duffy'; 'Alfie-James PENHALIGON' -> 'Alfie-James Penhaligon'."""
    if "," in as_written:
        sur, fore = [x.strip() for x in as_written.split(",", 1)]
        return "%s %s" % (fore, titled(sur))
    fore, sur = as_written.rsplit(" ", 1)
    return "%s %s" % (fore, titled(sur))

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

YEAR = re.compile(r"\b(2\d{3})\b")
CASE_ID_FORM = re.compile(r"(EHM|ICS|LCS)-\d{5,7}|\d{6,7}")

def parse(f):
    return email.message_from_bytes(FILES[f], policy=email.policy.default)

def check_file(lab):
    errors = []
    def err(m):
        errors.append("%s: %s" % (lab["file"], m))
    f, a, mb, e = lab["file"], lab["authority"], lab["mailbox"], lab["expect"]
    if not re.fullmatch(r"%s_\d\d\.eml" % a, f): err("file name / authority")
    if set(lab) != {"file", "authority", "mailbox", "now", "expect", "why"}: err("label keys")
    if set(e) != {"kind", "urgent", "level", "case_ids", "children", "concerns", "consent",
                  "manager_agreed", "missing", "notice_ok", "next_action"}:
        err("expect keys")
    if mb not in ("mash_step_up", "early_help_duty"): err("mailbox")
    if e["kind"] not in KINDS: err("kind")
    if e["next_action"] != expected_next(a, e): err("next_action %s != %s" % (e["next_action"], expected_next(a, e)))
    if CATS[f] not in ("urgent", "near_miss", "ordinary"): err("category")
    if e["urgent"] != (CATS[f] == "urgent"): err("urgent vs category")
    if e["urgent"] and e["next_action"] != "alert_duty": err("urgent without alert_duty")
    if not set(e["concerns"]) <= CONCERN_IDS or e["concerns"] != sorted(set(e["concerns"])): err("concerns")
    if e["missing"] != sorted(set(e["missing"])): err("missing not sorted/unique")
    lvl = None
    if a == "knowsley" and e["kind"] == "step_down":
        lvl = e["level"] if e["level"] is not None else 3        # REQUIREMENTS: no level stated -> level 3
    key = (a, e["kind"], lvl)
    allowed = REQ.get(key, set())
    if not set(e["missing"]) <= allowed: err("missing ids not allowed for %s: %s" % (key, e["missing"]))
    if key not in REQ and e["missing"]: err("missing must be [] for this kind")
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
        if not CASE_ID_FORM.fullmatch(cid): err("case id %r is not an EHM/ICS/LCS/Mosaic id as labelled" % cid)
    now = datetime.fromisoformat(lab["now"])
    meeting = META[f]["meeting"]
    if a == "knowsley" and e["kind"] in ("step_up", "step_down"):
        if meeting is None:
            if e["notice_ok"] is not None: err("notice_ok must be null without a date")
            if "meeting_details" not in e["missing"]: err("meeting_details should be missing")
        else:
            wd = working_days(now.astimezone(LON).date(), meeting)
            if e["notice_ok"] != (wd >= 5): err("notice_ok %s but %d WD" % (e["notice_ok"], wd))
            if meeting <= now.date(): err("meeting not after now")
            if meeting.weekday() >= 5 or meeting in BANK_HOLIDAYS: err("meeting on a weekend or bank holiday")
            if meeting.year > 2044: err("meeting after 2044")
    elif e["notice_ok"] is not None:
        err("notice_ok must be null")
    if meeting is not None and not (a == "knowsley" and e["kind"] in ("step_up", "step_down")):
        err("meeting date recorded for a label with no notice")
    # the message itself
    data = FILES[f]
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for h in ("Message-ID", "Date", "From", "To", "Subject"):
        if msg[h] is None: err("header %s" % h)
    try:
        data[:data.find(b"MIME-Version")].decode("ascii")
    except UnicodeDecodeError:
        err("8-bit bytes in the headers")
    for part in msg.walk():
        if part.defects: err("defects %s" % part.defects)
        for k, v in part.items():
            if getattr(v, "defects", None): err("header defect %s %s" % (k, v.defects))
    rcpt = " ".join(str(msg[h] or "") for h in ("To", "Cc")).lower()
    if MAILBOXES[(a, mb)].lower() not in rcpt: err("mailbox address not in To/Cc")
    d = email.utils.parsedate_to_datetime(msg["Date"])
    if not (WINDOW[0] <= d <= WINDOW[1]): err("Date outside the window")
    if d.astimezone(LON).weekday() >= 5: err("Date on a weekend")
    if d.astimezone(LON).date() in BANK_HOLIDAYS: err("Date on a bank holiday")
    if not msg["Date"].strip().endswith(expected_offset(d)): err("Date offset should be %s" % expected_offset(d))
    if d.utcoffset() != d.astimezone(LON).utcoffset(): err("Date offset differs from Europe/London's")
    if now.utcoffset() != d.utcoffset(): err("now offset differs from the Date header's")
    if not (timedelta(minutes=1) <= now - d <= timedelta(minutes=10)): err("now not 1-10 min after Date")
    if e["kind"] != "auto_reply" and msg["Auto-Submitted"] is not None: err("Auto-Submitted on human mail")
    text = readable(msg)
    for y in YEAR.findall(text + " " + " ".join(str(msg[h] or "") for h in ("From", "To", "Cc", "Date"))):
        if int(y) > 2044: err("year after 2044 in the text: %s" % y)
    metas = {c["name"]: c for c in META[f]["children"]}
    for c in e["children"]:
        mc = metas.get(c["name"])
        if mc is None:
            err("child %s has no source record" % c["name"]); continue
        span = re.sub(r"\s+", " ", mc["_as"]) if mc["_as"] else c["name"]
        if span not in text: err("child %s (%r) not in text" % (c["name"], span))
        if mc["_as"] and normalised(mc["_as"]) != c["name"]:
            err("child %r is not the normalised name of %r" % (c["name"], mc["_as"]))
        if c["dob"] or mc["_w"]:
            w = mc["_w"] or ""
            if w not in text: err("dob as written %r not in text" % w)
            if parse_dob(w) != c["dob"]: err("dob %r parses to %s, label %s" % (w, parse_dob(w), c["dob"]))
            if c["dob"] and not (date.fromisoformat(c["dob"]) < now.date()):
                err("dob %s of %s is not before now" % (c["dob"], c["name"]))
            if c["dob"] and age_years(date.fromisoformat(c["dob"]), now.date()) >= 18:
                err("%s is 18 or over, not a child" % c["name"])
    for name in META[f]["not_children"]:
        if name not in text: err("excluded person %s not in text" % name)
        if any(name == c["name"] or name.split()[0] in c["name"].split() for c in e["children"]):
            err("excluded person %s labelled as a child" % name)
    for name, w in META[f]["adults"]:
        if w not in text: err("adult %s's DOB %s not in text" % (name, w))
        if age_years(date.fromisoformat(parse_dob(w)), now.date()) < 18: err("%s is not 18 at now" % name)
        if name not in META[f]["not_children"]: err("adult %s must be listed as not a child" % name)
    for cid in e["case_ids"]:
        if cid not in text: err("case id %s not in text" % cid)
    return errors

def check():
    errors = []
    seen = set()
    for lab in LABELS:
        if lab["file"] in seen: errors.append("%s: duplicate file" % lab["file"])
        seen.add(lab["file"])
        try:
            errors += check_file(lab)
        except Exception as ex:                      # a check that cannot run is a failed check
            errors.append("%s: check raised %r" % (lab["file"], ex))
    for f, what, fn in CUSTOM:
        try:
            ok = fn(parse(f))
        except Exception as ex:
            ok = False; what += " (%r)" % ex
        if not ok: errors.append("%s: structural check failed: %s" % (f, what))
    for f, phrase, field, value in WORDING:
        lab = _lab(f)
        try:
            present = phrase in readable(parse(f)) or phrase in str(parse(f)["Subject"])
        except Exception:
            present = False
        if not present: errors.append("%s: wording check: %r not in the text" % (f, phrase))
        if lab["expect"][field] is not value:
            errors.append("%s: wording check: %r means %s %s, label %s" % (f, phrase, field, value, lab["expect"][field]))
    per = {}
    for lab in LABELS:
        per.setdefault(lab["authority"], []).append(CATS[lab["file"]])
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        if len(per.get(a, [])) != 8: errors.append("%s: needs 8 files, has %d" % (a, len(per.get(a, []))))
    tot = {c: list(CATS.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}
    if not (tot["urgent"] == 8 and tot["near_miss"] == 8 and sum(tot.values()) == 40):
        errors.append("set: category totals %s" % tot)
    kinds = {l["expect"]["kind"] for l in LABELS}
    if kinds != KINDS: errors.append("set: kinds present %s, need every kind" % sorted(kinds))
    return errors, tot

# ----------------------------------------------------------------------------- structural checks
SEP = "________________________________"
ALARM = re.compile(r"(?i)\b(urgent\w*|immediate\w*|risk\w*|safeguard\w*|danger\w*|child[\s-]+protection)\b")

def _plain(msg):
    for part in msg.walk():
        if not part.is_multipart() and part.get_content_type() == "text/plain" and not part.get_filename():
            return part.get_content().replace("\r\n", "\n")
    return ""

def _lab(f):
    return next(l for l in LABELS if l["file"] == f)

def _now(f):
    return datetime.fromisoformat(_lab(f)["now"])

def _today(f):
    return _now(f).astimezone(LON).date()

def _date(msg):
    return email.utils.parsedate_to_datetime(msg["Date"])

def _att(msg, pred=lambda p: True):
    return [p for p in msg.walk() if not p.is_multipart() and p.get_filename() and pred(p)]

def _blocks(msg):
    return _plain(msg).split(SEP)

def _no_alarm(msg):
    return not ALARM.search(readable(msg))

def _no_plain(msg):
    return not any(p.get_content_type() == "text/plain" and not p.get_filename() for p in msg.walk()
                   if not p.is_multipart())

def _cal(msg):
    return [p for p in msg.walk() if p.get_content_type() == "text/calendar"]

def _wd(f):
    return working_days(_today(f), META[f]["meeting"])

def _pw(f):
    return plain_weekdays(_today(f), META[f]["meeting"])

def _k01(msg):
    cals = _cal(msg)
    c = cals[0].get_payload(decode=True).decode()
    body = body_text(msg)
    return (len(cals) == 1 and (cals[0].get_param("method") or "").upper() == "REQUEST" and "METHOD:REQUEST" in c
            and "DTSTART;TZID=GMT Standard Time:20441228T100000" in c and "BEGIN:VTIMEZONE" in c
            and msg["Content-Class"] == "urn:content-classes:calendarmessage"
            and [p.get_filename().rsplit(".", 1)[1] for p in _att(msg)] == ["docx", "pdf", "docx"]
            and "Ava-Grace Kinsella" not in body and "Sophie-Rae Kinsella" in body
            and _wd("knowsley_01.eml") == 6 and _pw("knowsley_01.eml") == 8
            and date(2044, 12, 26) in BANK_HOLIDAYS and date(2044, 12, 27) in BANK_HOLIDAYS)

def _k02(msg):
    t = readable(msg)
    p = _plain(msg)
    lab = _lab("knowsley_02.eml")["expect"]
    return (len(re.findall(r"(?i)exploitation", p)) == 1 and "exploitation" not in "".join(
                docx_body_text(a.get_payload(decode=True)) for a in _att(msg)).lower() and "Tyler Corrigan" not in t and "brother Tyler (16)" in t
            and "no concerns re DV" in t and "exploitation" not in lab["concerns"]
            and "exploitation_assessment" not in lab["missing"] and "domestic_abuse" not in lab["concerns"]
            and _date(msg).utcoffset() == timedelta(hours=1) and META["knowsley_02.eml"]["meeting"] > BST_END.date()
            and _wd("knowsley_02.eml") == 4)

def _k03(msg):
    now = _now("knowsley_03.eml")
    d = _date(msg)
    return (d.hour == 0 and d.utcoffset() == timedelta(hours=1) and now.astimezone(LON).date() == date(2044, 10, 28)
            and now.astimezone(UTC).date() == date(2044, 10, 27)
            and working_days(date(2044, 10, 28), META["knowsley_03.eml"]["meeting"]) == 4
            and working_days(date(2044, 10, 27), META["knowsley_03.eml"]["meeting"]) == 5)

def _k04(msg):
    b = _blocks(msg)
    return (len(b) == 3 and "threw a glass" in b[1] and "threw a glass" not in b[0] + b[2]
            and "sort him out" in b[1] and "Please see below" in b[0] and "Level 2" in b[2]
            and "ICS-1688190" in b[2] and "ICS-1688190" not in b[0] + b[1]
            and _no_alarm(msg) and _wd("knowsley_04.eml") == 5)

def _k05(msg):
    t = readable(msg)
    att = _att(msg)
    return (len(att) == 1 and "Child Protection Conference" in docx_body_text(att[0].get_payload(decode=True))
            and "There are no current concerns about physical harm" in t and "physical_harm" not in _lab("knowsley_05.eml")["expect"]["concerns"]
            and ALARM.search(t) is not None and _wd("knowsley_05.eml") == 5)

def _k07(msg):
    p = _plain(msg)
    return (p.index("> Reference: SB-knowsley-215") < p.index("Both attached now") and "0151 496 03.11" in p
            and "Sent:" not in p and msg["User-Agent"] is not None and len(_att(msg)) == 2)

def _k08(msg):
    t = readable(msg)
    return ("LOCATION:              41 MAYFIELD CRESCENT, KIRKBY, L32 9ZZ" in _plain(msg)
            and "BAIL ADDRESS:          41 MAYFIELD CRESCENT, KIRKBY, L32 9ZZ" in _plain(msg)
            and "Tiana Duffy" not in t and "Rio McGuire" not in t and "Kane Duffy" not in t and "tonight" in t
            and _date(msg).astimezone(LON).hour >= 17 and "PPN/2044/0921/1187" not in _lab("knowsley_08.eml")["expect"]["case_ids"])

def _r01(msg):
    t = readable(msg)
    html_part = next(p for p in msg.walk() if p.get_content_type() == "text/html").get_content()
    return (_no_alarm(msg) and "MsoTableGrid" in html_part and "999 421 7730" in t and "TUH4471023" in t
            and "16:00 today" in t and _lab("richmond_wandsworth_01.eml")["expect"]["case_ids"] == [])

def _r02(msg):
    b = _blocks(msg)
    return (len(b) == 4 and "Please see below" in b[0] and "Rationale for step up" in b[2]
            and "Rationale for step up" not in b[0] + b[1] + b[3] and "Tobi Adebayo-Finch" not in b[0] + b[1] + b[3]
            and b[2].index("agreed to a referral") < b[2].index("does not consent") and "agreed" in b[1])

def _r04(msg):
    p = _plain(msg)
    head = p.split("Hannah Okwuosa (she/her)")[0]
    sigblock = p.split("Hannah Okwuosa (she/her)")[1].split(SEP)[0]
    return not ALARM.search(head) and len(ALARM.findall(sigblock)) >= 7

def _r05(msg):
    t = readable(msg)
    return "REMANDED IN CUSTODY" in t and "CHILDREN PRESENT: NO" in t and "DOB" not in t.split("CHILDREN LINKED")[1][:80]

def _r06(msg):
    return (msg.get_content_type() == "multipart/report" and msg.get_param("report-type") == "delivery-status"
            and any(p.get_content_type() == "message/delivery-status" for p in msg.walk())
            and any(p.get_content_type() == "text/rfc822-headers" for p in msg.walk()))

def _t01(msg):
    p = _plain(msg)
    return _no_alarm(msg) and '"i dont want to go home today.' in p and "3.20pm" in p

def _t02(msg):
    c = _cal(msg)[0].get_payload(decode=True).decode().replace("\r\n ", "")
    return "PARTSTAT=DECLINED" in c and "on their own" in c and "urgently" in c and "COMMENT" in c

def _t03(msg):
    t = readable(msg)
    return "found safe at 02:00" in t and "is at home with mum" in t and "return home interview was done" in t

def _t06(msg):
    return "CRN:      X498213" in _plain(msg) and _lab("tower_hamlets_06.eml")["expect"]["case_ids"] == []

def _t07(msg):
    return msg.get_param("format") == "flowed" and not _att(msg) and "already on Mosaic" in readable(msg)

def _t08(msg):
    return msg["Auto-Submitted"] == "auto-generated" and _no_plain(msg) and "[SB-tower_hamlets-405]" in str(msg["Subject"])

def _b01(msg):
    d = _date(msg)
    return _no_alarm(msg) and d.hour >= 17 and d.utcoffset() == timedelta(0)

def _b02(msg):
    t = readable(msg)
    return _no_alarm(msg) and "SystmOne" in t and "Next contact: 21 Sep 2044" in t

def _b03(msg):
    return msg["List-Id"] is not None and msg["List-Unsubscribe"] is not None and msg["Auto-Submitted"] is None

def _b04(msg):
    t = re.sub(r"\s+", " ", _plain(msg))
    exp = [m.start() for m in re.finditer(r"(?i)exploitation", t)]
    tmpl = t.index("Categories in use at this school"), t.index("Date Category")
    lab = _lab("torbay_04.eml")["expect"]
    return (len(exp) == 1 and tmpl[0] < exp[0] < tmpl[1] and "exploitation" not in lab["concerns"]
            and "radicalisation" not in lab["concerns"] and "domestic_abuse" not in lab["concerns"])

def _b05(msg):
    return age_years(date(2041, 2, 3), _today("torbay_05.eml")) < 5

def _b07(msg):
    d = _date(msg)
    return d.date() == FIRST_GMT_WD and d.utcoffset() == timedelta(0)

def _b08(msg):
    c = _cal(msg)
    return (msg["Sender"] is not None and len(c) == 1 and "DTSTART:20440920T103000Z" in c[0].get_payload(decode=True).decode()
            and any(p.get_content_type() == "application/ics" for p in msg.walk()))

def _h01(msg):
    return _no_alarm(msg)

def _h02(msg):
    t = readable(msg)
    return "Hypothetically" in t and "There's no live family" in t

def _h03(msg):
    t = readable(msg)
    lab = _lab("herefordshire_03.eml")["expect"]
    return ("now spent" in t and "No concerns re DV" in t and len(_att(msg)) == 2
            and not ({"physical_harm", "domestic_abuse"} & set(lab["concerns"])))

def _h08(msg):
    return "gov.uk" not in str(msg["From"]) and "[SB-" not in str(msg["Subject"])

CUSTOM = [
    ("knowsley_01.eml", "an iTIP REQUEST carrying the form, GCP2 and minutes; baby named only in the form; 6 WD (8 plain)", _k01),
    ("knowsley_02.eml", "the brother's exploitation only in his paragraph, not labelled; BST; 4 WD over the clock change", _k02),
    ("knowsley_03.eml", "00:12 BST: London date 28 Oct (4 WD), UTC date 27 Oct (5 WD)", _k03),
    ("knowsley_04.eml", "the risk only in the middle (lower) reply; no alarm words; 5 WD", _k04),
    ("knowsley_05.eml", "conference minutes about the past episode; no current harm; 5 WD", _k05),
    ("knowsley_07.eml", "bottom-posted, Thunderbird style; the phone written like a date", _k07),
    ("knowsley_08.eml", "PPN: bail address = incident address; CAPS names only; after 17:00", _k08),
    ("richmond_wandsworth_01.eml", "A&E liaison table; no alarm words; NHS and hospital numbers not case ids", _r01),
    ("richmond_wandsworth_02.eml", "see below; the request in the last-but-one block; mum yes, then dad no", _r02),
    ("richmond_wandsworth_04.eml", "alarm words only in the signature", _r04),
    ("richmond_wandsworth_05.eml", "PPN: remanded in custody, children not present, ages only", _r05),
    ("richmond_wandsworth_06.eml", "Exchange NDR, multipart/report delivery-status", _r06),
    ("tower_hamlets_01.eml", "the child's note quoted; no alarm words", _t01),
    ("tower_hamlets_02.eml", "DECLINED with the report in the COMMENT", _t02),
    ("tower_hamlets_03.eml", "the resolved missing episode", _t03),
    ("tower_hamlets_06.eml", "probation CRN, no case id", _t06),
    ("tower_hamlets_07.eml", "iPhone format=flowed, MARF not attached", _t07),
    ("tower_hamlets_08.eml", "auto-generated HTML-only out-of-office with an [SB-] subject", _t08),
    ("torbay_01.eml", "after 17:00 GMT; no alarm words", _b01),
    ("torbay_02.eml", "SystmOne extract; no alarm words", _b02),
    ("torbay_03.eml", "mailing-list headers, no Auto-Submitted", _b03),
    ("torbay_04.eml", "exploitation only in the CPOMS template, not labelled", _b04),
    ("torbay_05.eml", "Oscar under 5 (under-5s triage)", _b05),
    ("torbay_07.eml", "sent on the first working day after the clock change, +0000", _b07),
    ("torbay_08.eml", "Google Calendar REPLY with invite.ics, UTC times", _b08),
    ("herefordshire_01.eml", "no alarm words", _h01),
    ("herefordshire_02.eml", "hypothetical, no live family", _h02),
    ("herefordshire_03.eml", "spent conviction, no concerns re DV; plan + consent attached", _h03),
    ("herefordshire_08.eml", "a parent's webmail, no reference", _h08),
]

# Each consent / manager wording ties to its label (the phrase must be in the readable text or the Subject).
WORDING = [
    ("knowsley_01.eml", "Agreed - Tony Rourke", "manager_agreed", True),
    ("knowsley_02.eml", "has not signed this off and won't until", "manager_agreed", False),
    ("knowsley_03.eml", "is sound with it", "consent", True),
    ("knowsley_04.eml", "Mum has agreed to the step down", "consent", True),
    ("knowsley_05.eml", "signed the Family First consent form", "consent", True),
    ("richmond_wandsworth_02.eml", "does not consent and will not agree to any referral", "consent", False),
    ("richmond_wandsworth_02.eml", "agreed, I'll send it to MASH", "manager_agreed", True),
    ("richmond_wandsworth_03.eml", "as long as the school isn't told", "consent", True),
    ("richmond_wandsworth_08.eml", "has given her informed agreement", "consent", True),
    ("tower_hamlets_03.eml", "made with the endorsement of my line manager", "manager_agreed", True),
    ("tower_hamlets_03.eml", "has consented to this referral", "consent", True),
    ("tower_hamlets_05.eml", "over his dead body", "consent", False),
    ("tower_hamlets_07.eml", "she's happy for this to go", "manager_agreed", True),
    ("tower_hamlets_07.eml", "Mum is aware and in agreement", "consent", True),
    ("torbay_01.eml", "agreed it with me on Wednesday", "manager_agreed", True),
    ("torbay_04.eml", "she was not having it", "consent", False),
    ("torbay_04.eml", "agrees that we should make this contact", "manager_agreed", True),
    ("torbay_05.eml", "has provided informed consent", "consent", True),
    ("torbay_06.eml", "Mum's given the nod", "consent", True),
    ("torbay_06.eml", "once Kevin's added his analysis", "manager_agreed", None),
    ("herefordshire_04.eml", "confirmed verbally", "consent", True),
    ("herefordshire_05.eml", "both signed it at my visit yesterday", "consent", True),
    ("herefordshire_07.eml", "mum signed it on 12/12/2044", "consent", True),
]

def add_kind_checks():
    """Per kind: follow-ups carry an [SB-...] reference in the subject, meeting replies exactly one text/calendar
    METHOD:REPLY part, auto-replies an Auto-Submitted header; new requests and other mail carry no [SB-...]."""
    for lab in LABELS:
        f, k = lab["file"], lab["expect"]["kind"]
        if k == "follow_up":
            CUSTOM.append((f, "follow_up with an [SB-] reference in the subject",
                           lambda m: re.search(r"\[SB-[a-z_]+-\d+\]", str(m["Subject"])) is not None))
        elif k == "meeting_reply":
            CUSTOM.append((f, "meeting_reply with exactly one text/calendar method=REPLY part",
                           lambda m: [(p.get_param("method") or "").upper() for p in m.walk()
                                      if p.get_content_type() == "text/calendar"] == ["REPLY"]))
        elif k == "auto_reply":
            CUSTOM.append((f, "auto_reply marked Auto-Submitted",
                           lambda m: (m["Auto-Submitted"] or "").startswith("auto-")))
        if k in ("step_up", "step_down", "other"):
            CUSTOM.append((f, "no [SB-] reference on a new request / other mail",
                           lambda m: "[SB-" not in str(m["Subject"])))
        if k != "meeting_reply":
            CUSTOM.append((f, "no iTIP REPLY outside meeting replies",
                           lambda m: "REPLY" not in [(p.get_param("method") or "").upper() for p in m.walk()
                                                     if p.get_content_type() == "text/calendar"]))

# The expected whole-set facts the README states (set_checks() recomputes and compares them).
QUIET_EXPECTED = ["herefordshire_01.eml", "knowsley_04.eml", "richmond_wandsworth_01.eml", "torbay_01.eml",
                  "torbay_02.eml", "tower_hamlets_01.eml"]
COUNTS_EXPECTED = {                    # file: (working days, plain weekdays) from the London date of `now`
    "knowsley_01.eml": (6, 8), "knowsley_02.eml": (4, 4), "knowsley_03.eml": (4, 4),
    "knowsley_04.eml": (5, 5), "knowsley_05.eml": (5, 5)}
CROSSING_BH_EXPECTED = ["knowsley_01.eml"]
CROSSING_CLOCK_EXPECTED = ["knowsley_02.eml", "knowsley_03.eml"]
UTC_DECISIVE_EXPECTED = ["knowsley_03.eml"]
QUIET, COUNTS = [], {}

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2044])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: the bank holidays in the window are %s, expected none" % inside)
    before = max(d for d in pkg if d < WINDOW[0].date())
    if (before, pkg.get(before)) != NEAREST_BEFORE:
        errors.append("set: the last bank holiday before the window is %s %s" % (before, pkg.get(before)))
    after = {d: pkg.get(d) for d in pkg if d > WINDOW[1].date()}
    if after != AFTER_WINDOW:
        errors.append("set: the bank holidays after the window are %s" % after)
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2044, 3) and BST_END.date() == last_sun(2044, 10)):
        errors.append("set: BST must start on the last Sunday of March 2044 and end on the last Sunday of October")
    d = WINDOW[0].date()
    while d <= WINDOW[1].date():
        noon = datetime(d.year, d.month, d.day, 12, tzinfo=LON)
        want = timedelta(hours=1) if d < BST_END.date() else timedelta(0)
        if noon.utcoffset() != want:
            errors.append("set: %s has offset %s" % (d, noon.utcoffset()))
        d += timedelta(days=1)
    if WINDOW[0].weekday() != 0 or WINDOW[1].weekday() != 4 or WINDOW[0].date() != date(2044, 9, 5) \
            or WINDOW[1].date() != date(2044, 12, 16):
        errors.append("set: the window must run from Monday 5 September to Friday 16 December 2044")
    if not (LAST_BST_WD.weekday() == 4 and FIRST_GMT_WD.weekday() == 0
            and FIRST_GMT_WD - LAST_BST_WD == timedelta(days=3) and LAST_BST_WD < BST_END.date() < FIRST_GMT_WD):
        errors.append("set: the clock change must fall on the weekend between Fri 28 and Mon 31 October")
    quiet, counts, offsets = [], {}, {"+0100": 0, "+0000": 0}
    for lab in LABELS:
        f = lab["file"]
        try:
            msg = parse(f)
            text = readable(msg)
        except Exception as ex:
            errors.append("%s: unreadable (%r)" % (f, ex)); continue
        offsets[msg["Date"].strip()[-5:]] = offsets.get(msg["Date"].strip()[-5:], 0) + 1
        if lab["expect"]["urgent"] and not ALARM.search(text):
            quiet.append(f)
        m = META[f]["meeting"]
        if m is not None:
            counts[f] = (working_days(_today(f), m), plain_weekdays(_today(f), m))
        pos = []
        for c in lab["expect"]["children"]:
            mc = next((x for x in META[f]["children"] if x["name"] == c["name"]), None)
            if mc is not None:
                pos.append(text.find(mc["_as"] or c["name"]))
        if pos != sorted(pos):
            errors.append("%s: children not in order of first full-name appearance" % f)
    quiet.sort()
    if quiet != QUIET_EXPECTED:
        errors.append("set: the urgent mails with no alarm word are %s, expected %s" % (quiet, QUIET_EXPECTED))
    if len(quiet) < 5:
        errors.append("set: only %d urgent mails avoid every alarm word (need 5)" % len(quiet))
    if counts != COUNTS_EXPECTED:
        errors.append("set: Knowsley notice counts are %s, expected %s" % (counts, COUNTS_EXPECTED))
    bh = sorted(f for f in counts if any(_today(f) < h <= META[f]["meeting"] for h in BANK_HOLIDAYS))
    if bh != CROSSING_BH_EXPECTED:
        errors.append("set: counts crossing a bank holiday are %s, expected %s" % (bh, CROSSING_BH_EXPECTED))
    clock = sorted(f for f in counts if _today(f) < BST_END.date() <= META[f]["meeting"])
    if clock != CROSSING_CLOCK_EXPECTED:
        errors.append("set: counts crossing the clock change are %s, expected %s" % (clock, CROSSING_CLOCK_EXPECTED))
    utc = sorted(f for f in counts
                 if (working_days(_now(f).astimezone(UTC).date(), META[f]["meeting"]) >= 5) != (counts[f][0] >= 5))
    if utc != UTC_DECISIVE_EXPECTED:
        errors.append("set: counts a UTC reading of `now` would flip are %s, expected %s" % (utc, UTC_DECISIVE_EXPECTED))
    if offsets.get("+0100", 0) < 15 or offsets.get("+0000", 0) < 15 or set(offsets) != {"+0100", "+0000"}:
        errors.append("set: Date offsets %s (need both BST and GMT mail, 15+ each)" % offsets)
    QUIET[:] = quiet
    COUNTS.clear(); COUNTS.update(counts)
    return errors

def run_checks():
    errors, tot = check()
    return errors + set_checks(), tot

# ----------------------------------------------------------------------------- fault injection (in memory only)
def _sub(f, old, new, count=1):
    data = FILES[f]
    assert old in data, (f, old)
    FILES[f] = data.replace(old, new, count)

def _relabel(f, **kw):
    lab = _lab(f)
    for k, v in kw.items():
        if k == "now":
            lab["now"] = v
        elif k == "category":
            CATS[f] = v
        else:
            lab["expect"][k] = v

def _shift_date(f, old, new, days=0, offset=None):
    _sub(f, ("Date: " + old).encode(), ("Date: " + new).encode())
    lab = _lab(f)
    n = datetime.fromisoformat(lab["now"]) + timedelta(days=days)
    if offset is not None:
        n = n.replace(tzinfo=timezone(offset))
    lab["now"] = n.isoformat()

FAULTS = [
    ("knowsley_01's notice labelled not ok", lambda: _relabel("knowsley_01.eml", notice_ok=False, next_action="request_info"),
     "notice_ok False but 6 WD"),
    ("Boxing Day dropped from the bank holidays", lambda: BANK_HOLIDAYS.discard(date(2044, 12, 26)),
     "bank holidays differ"),
    ("the Christmas Day substitute (27 Dec) forgotten", lambda: BANK_HOLIDAYS.discard(date(2044, 12, 27)),
     "Knowsley notice counts are"),
    ("knowsley_03's now read as its UTC date", lambda: _relabel("knowsley_03.eml", now="2044-10-27T23:17:40+00:00"),
     "now offset differs from the Date header's"),
    ("knowsley_03's Date given +0000", lambda: _shift_date("knowsley_03.eml", "Fri, 28 Oct 2044 00:12:40 +0100",
                                                           "Fri, 28 Oct 2044 00:12:40 +0000", 0, timedelta(0)),
     "Date offset should be +0100"),
    ("torbay_07's Date given +0100", lambda: _shift_date("torbay_07.eml", "Mon, 31 Oct 2044 09:14:27 +0000",
                                                         "Mon, 31 Oct 2044 09:14:27 +0100", 0, timedelta(hours=1)),
     "Date offset should be +0000"),
    ("knowsley_05 sent on a Saturday", lambda: _shift_date("knowsley_05.eml", "Mon, 03 Oct 2044", "Sat, 01 Oct 2044", -2),
     "Date on a weekend"),
    ("'risk' added to tower_hamlets_01's subject", lambda: _sub("tower_hamlets_01.eml", b"Subject: RE: [SB-tower_hamlets-412]",
                                                                b"Subject: RE: risk [SB-tower_hamlets-412]"),
     "no alarm word are"),
    ("herefordshire_01 filed as a near miss", lambda: _relabel("herefordshire_01.eml", category="near_miss"),
     "urgent vs category"),
    ("Tiana labelled with her surname in capitals", lambda: _lab("knowsley_08.eml")["expect"]["children"][0].update(name="Tiana DUFFY"),
     "no source record"),
    ("Rio McGuire's normalised name wrong", lambda: (_lab("knowsley_08.eml")["expect"]["children"][2].update(name="Rio Mcguire"),
                                                    META["knowsley_08.eml"]["children"][2].update(name="Rio Mcguire")),
     "is not the normalised name"),
    ("the sibling's exploitation labelled on knowsley_02", lambda: _relabel("knowsley_02.eml",
        concerns=["exploitation", "non_engagement", "school_attendance"],
        missing=["engaging_families", "exploitation_assessment", "manager_agreed"]),
     "the brother's exploitation only in his paragraph"),
    ("the CPOMS template's exploitation labelled", lambda: _relabel("torbay_04.eml", concerns=["exploitation", "neglect", "school_attendance"]),
     "exploitation only in the CPOMS template"),
    ("the NHS number labelled as a case id", lambda: _relabel("richmond_wandsworth_01.eml", case_ids=["999 421 7730"]),
     "is not an EHM/ICS/LCS/Mosaic id"),
    ("'over his dead body' labelled null", lambda: _relabel("tower_hamlets_05.eml", consent=None),
     "'over his dead body' means consent False"),
    ("the TM's refusal labelled null", lambda: _relabel("knowsley_02.eml", manager_agreed=None),
     "means manager_agreed False"),
    ("the risk copied into knowsley_04's top block", lambda: _sub("knowsley_04.eml", b"Please see below - Level 2",
                                                                 b"Please see below (he threw a glass) - Level 2", 2),
     "the risk only in the middle"),
    ("a 2045 date in a subject", lambda: _sub("herefordshire_07.eml", b"plan to follow", b"plan to follow 06/01/2045"),
     "year after 2044"),
    ("Reece Molyneux's 'Nov 9 36' read as 11 September", lambda: _lab("knowsley_03.eml")["expect"]["children"][0].update(dob="2036-09-11"),
     "parses to 2036-11-09"),
    ("Auto-Submitted removed from richmond_wandsworth_06", lambda: _sub("richmond_wandsworth_06.eml", b"Auto-Submitted: auto-replied\r\n", b""),
     "auto_reply marked Auto-Submitted"),
    ("torbay_08's calendar made a REQUEST", lambda: _sub("torbay_08.eml", b"method=REPLY", b"method=REQUEST"),
     "exactly one text/calendar method=REPLY part"),
    ("knowsley_01's calendar made a REPLY", lambda: _sub("knowsley_01.eml", b"method=REQUEST", b"method=REPLY"),
     "no iTIP REPLY outside meeting replies"),
    ("the window started on Sunday 4 September", lambda: globals().__setitem__(
        "WINDOW", (datetime(2044, 9, 4, tzinfo=LON), WINDOW[1])), "the window must run"),
    ("herefordshire_01 sent to human review", lambda: _relabel("herefordshire_01.eml", next_action="human_review"),
     "next_action human_review != alert_duty"),
    ("a level on the Tower Hamlets step-up", lambda: _relabel("tower_hamlets_03.eml", level=3), ": level"),
]

def inject_faults():
    """Apply each fault to an in-memory copy, run every check, and require the named error; restore after each."""
    import copy
    saved = copy.deepcopy((FILES, LABELS, CATS, META, BANK_HOLIDAYS, WINDOW))
    missed = []
    for what, mutate, expect in FAULTS:
        mutate()
        errors, _tot = run_checks()
        if not any(expect in e for e in errors):
            missed.append("%s (expected %r; got %s)" % (what, expect, errors[:3]))
        f, l, c, m, b, w = copy.deepcopy(saved)
        FILES.clear(); FILES.update(f)
        LABELS[:] = l
        CATS.clear(); CATS.update(c)
        META.clear(); META.update(m)
        BANK_HOLIDAYS.clear(); BANK_HOLIDAYS.update(b)
        globals()["WINDOW"] = w
    return missed

def stats():
    from collections import Counter
    ex = [l["expect"] for l in LABELS]
    out = ["next_action %s" % dict(Counter(e["next_action"] for e in ex)),
           "kind %s" % dict(Counter(e["kind"] for e in ex)),
           "mailbox %s" % dict(Counter(l["mailbox"] for l in LABELS)),
           "consent %s" % dict(Counter(str(e["consent"]) for e in ex)),
           "manager %s" % dict(Counter(str(e["manager_agreed"]) for e in ex)),
           "level %s" % dict(Counter(str(e["level"]) for e in ex)),
           "notice %s" % dict(Counter(str(e["notice_ok"]) for e in ex)),
           "children %d, with dob %d" % (sum(len(e["children"]) for e in ex),
                                         sum(1 for e in ex for c in e["children"] if c["dob"])),
           "urgent with no alarm word anywhere: %s" % QUIET,
           "Knowsley counts (WD, plain weekdays): %s" % COUNTS]
    for f in sorted(META):
        if META[f]["meeting"]:
            out.append("  %s now %s meeting %s: %d WD, %d plain" % (f, _now(f), META[f]["meeting"], _wd(f), _pw(f)))
    table = {}
    for l in LABELS:
        table.setdefault(l["authority"], Counter())[l["expect"]["kind"]] += 1
    for a, c in table.items():
        out.append("%s %s" % (a, dict(c)))
    cat = Counter((l["expect"]["kind"], CATS[l["file"]]) for l in LABELS)
    out.append("kind x category %s" % dict(sorted(cat.items())))
    out.append("dates %s" % sorted(Counter(str(datetime.fromisoformat(l["now"]).date()) for l in LABELS).items()))
    return "\n".join(out)

def main():
    for name, fn in sorted(globals().items()):
        if re.match(r"^(knowsley|richmond_wandsworth|tower_hamlets|torbay|herefordshire)_\d\d$", name):
            fn()
    add_kind_checks()
    errors, tot = run_checks()
    if errors:
        print("SELF-CHECK FAILED:", *errors, sep="\n  ")
        sys.exit(1)
    if "--inject-faults" in sys.argv:
        missed = inject_faults()
        if missed:
            print("FAULT INJECTION: these faults were NOT caught:", *missed, sep="\n  ")
            sys.exit(1)
        errors, _tot = run_checks()                 # the restored set must pass again
        if errors:
            print("SELF-CHECK FAILED after restoring:", *errors, sep="\n  ")
            sys.exit(1)
        print("fault injection: all %d injected faults were caught (nothing written by the faults)" % len(FAULTS))
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
    print("wrote %d messages; %s; all self-checks passed" % (len(FILES), tot))

if __name__ == "__main__":
    main()
