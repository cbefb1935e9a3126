#!/usr/bin/env python3
"""mixed138: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the spring term of 2050 (Tuesday 4 January - Thursday 7 April 2050), in PRIVATE AND INDEPENDENT SETTINGS: a
private nursery group's safeguarding lead and head office, independent schools' DSLs, a tuition centre, an au pair
agency, a nanny and maternity-nurse agency, a half-term holiday camp, a private hospital group and a private clinic,
a stage school and a dance studio, a private children's home, supported-lodgings providers and a commissioned family
support company - with their letterheads, forms (existing-injury records, disclosure records, missing-episode
notifications), legal caution (NDAs, "without prejudice", solicitors' and insurers' advice, information-sharing
agreements) and head-office processes; and the council's own social workers and Early Help staff writing about
children those settings see.

Urgent mail (12): an au pair's WhatsApp messages at night, a nursery's existing-injury record attached to a
follow-up, a calendar reply's comment, a child's words in a school's attached disclosure record, a PS about a baby
with no safe adult, a tuition centre on a Saturday, a clinic's letter quoted under a step-up, a stage-school
student's messages (base64, evening), a hedged holiday-camp manager, a forwarded maternity-nurse message, a plain
step-up to a council that defines none, a supported-lodgings host on her iPhone. None contains the brief's banned
words (checked on the decoded text of every part, attachments and headers included). Near misses (12): negated,
historic, resolved, explained, hypothetical, an adult only, a bulletin's training scenarios, an out-of-office.

Calendar: 3 January 2050 is the New Year's Day substitute bank holiday, so the window starts on Tuesday 4 January;
Easter Sunday is 10 April, so the term ends on Thursday 7 April (Good Friday 8 April, Easter Monday 11 April). There
is no bank holiday inside the window. GMT (+0000) until British Summer Time begins at 01:00 UTC on Sunday 27 March
2050, then +0100. February half-term (14-18 February) is a school holiday, not a council one.

Deterministic (no clock, no randomness): boundaries, Message-IDs and calendar UIDs come from sha1 of the file name;
.docx files are minimal OOXML zips with a fixed timestamp and PDFs hand-built PDF 1.4 pages - standard library only.
The MIME, Word HTML, PDF, .docx, iCalendar and out-of-office helpers are copied from
/work/main/tests/data/mixed27/make_set.py and adapted; readable() was rewritten to need nothing outside the standard
library. Run with `python3 make_set.py` (`--stats` prints the tallies). If the `holidays` package is importable (e.g.
/work/main/.venv/bin/python) the bank-holiday list is cross-checked against it. The script STOPS on any self-check
error before anything is written.
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
    """Local (Europe/London) wall-clock time. The window (Tuesday 4 January - Thursday 7 April 2050) is GMT (+0000)
    until British Summer Time begins at 01:00 UTC on Sunday 27 March 2050, then BST (+0100). The self-check asserts
    every Date header's offset against Europe/London's."""
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
    head.encode("ascii")                      # headers are always 7-bit (MIME encoded-words where needed)
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
            zi = zipfile.ZipInfo(name, date_time=(2049, 12, 1, 0, 0, 0))
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

def pdf_text(data):
    """The text of one of this set's hand-built PDFs (an uncompressed content stream of '(...) \'' lines)."""
    m = re.search(rb"stream\n(.*?)endstream", data, re.S)
    assert m, "no PDF content stream"
    out = []
    for lit in re.findall(rb"\(((?:\\.|[^\\)])*)\) '", m.group(1)):
        t = re.sub(rb"\\(.)", rb"\1", lit)
        out.append(t.decode("cp1252"))
    return "\n".join(out)

def readable(msg):
    """Everything a reader can see: the subject, every text part (plain, HTML, calendar) decoded, every attachment's
    name and its text (.docx body, headers/footers and comments; PDF page text) - stdlib only."""
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
            acc, _deleted, comments = docx_parts(payload)
            out += [acc, comments]
            out += list(docx_hf_text(payload))
        elif ct == "application/pdf":
            out.append(pdf_text(payload))
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
    """A MIME encoded-word header in windows-1252, as Outlook writes it for a windows-1252 message."""
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



# ============================================================================= helpers added for mixed27
def quoted(text):
    """'> '-prefix every line (a plain-text reply client's quoting)."""
    return "\n".join("> " + l if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"

def html_only(f, top, html_body):
    """An HTML-only mail (no text/plain twin)."""
    return build(top, text_part(html_body, "html", crlf=True), True)

def alt_mail(f, top, text, html_body, atts=()):
    """multipart/alternative with a hand-written HTML part (not generated from the text)."""
    body = multipart("alternative", [text_part(text, crlf=True), text_part(html_body, "html", crlf=True)], bnd(f, 2))
    root = multipart("mixed", [body] + list(atts), bnd(f, 1)) if atts else body
    return build(top, root, True)




# ============================================================================= helpers added for mixed138
def gmail_alt(f, top, text, atts=(), font="Arial"):
    """Gmail / Google Workspace: multipart/alternative (text/plain QP + a simple <div> HTML twin), Gmail boundaries,
    LF line ends; attachments under multipart/mixed."""
    paras = text.rstrip("\n").split("\n")
    h = "<div dir=\"ltr\">" + "".join("<div>%s</div>" % (html.escape(p, quote=False) or "<br>") for p in paras) + "</div>\n"
    alt = multipart("alternative", [text_part(text), text_part(h, "html")], gbnd(f, 2))
    root = multipart("mixed", [alt] + list(atts), gbnd(f, 1)) if atts else alt
    return build(top, root, False)

def gmail_top(fname, frm, to, subject, when, domain="mail.gmail.com", cc=None, extra=None):
    d = dt(when)
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject)), ("Date", email.utils.format_datetime(d)),
          ("Message-ID", "<CA%s@%s>" % (sha(fname, "gmid")[:40], domain))]
    return h + (extra or [])

def b64_mail(f, top, text, crlf=True, atts=()):
    """A single base64 text/plain body (as some webmail and phone clients send it)."""
    t = text_part(text, cte="base64", crlf=crlf)
    root = multipart("mixed", [t] + list(atts), bnd(f, 1)) if atts else t
    return build(top, root, crlf)


# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "Mash.Businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    """ORDINARY - complete step-up sent as the Family First case manager's Outlook/Teams meeting request."""
    f = "knowsley_01.eml"; when = "2050-01-11 10:14:37"
    body = T("""
Hi all,

Please find attached my step up request for Mason and Esmé Tully (EHM-71865). This invite is for the step up TAF meeting on Wednesday 19 January 2050 at 10:00 on Teams, sent to Knowsley MASH and MASH business support as the protocol asks. I will invite the current TAF members (Bright Beginnings nursery, the health visitor and the housing officer) myself.

Children:
Mason Tully - DOB 03/05/2046
Esmé Tully - DOB 21/11/2047

Why I'm asking: the worries are about neglect and they have built up since the autumn despite the TAF plan. The children's private day nursery (Bright Beginnings Day Nurseries Ltd, Prescot) is the agency that sees them most. Their safeguarding lead, Jo Cartwright, has logged since October: both children arriving on Mondays hungry and asking staff for toast before coat off, Esmé in the same sleepsuit three days running with severe nappy rash, Mason's untreated tooth decay (the dental referral from the HV was never taken up), and the children collected late or by a different adult without a password on five occasions. Mum's fees account is in arrears and the nursery's head office has issued a notice, so we may lose the nursery place, which worries me more than anything.

Attached:
- FF Step Up request to CSC (Appendix 1) - Tully
- Graded Care Profile 2 - completed with mum on 06/01/2050 (scores of 4 in physical care and safety)
- Minutes of the TAF meeting held 14/12/2049

Management oversight: I discussed the step up with my team manager, Leanne Whitty, in supervision yesterday (10/01) and she has agreed to it. Mum (Kerry Tully) is aware we are asking for a step up and has been invited to the meeting.

Thanks,
Shauna

Shauna Ridley
Family First Case Manager | Family First 0-18 | Knowsley Council
0151 496 0362

""") + KDISC
    appendix = appendix1([
        ("Case ID on EHM:", "EHM-71865"),
        ("Has this family recently closed to Children's Social Care?:", "No - one contact in 2048, NFA at MASH screening."),
        ("Date of step up TAF meeting:", "Wednesday 19/01/2050, 10:00, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium - mum attends TAF meetings but actions are not completed."),
        ("Recent TAF meeting minutes attached:", "Yes - 14/12/2049"),
        "What are we worried about?",
        ("Current Concerns (Impact on child)", "Mason (3) and Esmé (2) arrive at nursery hungry after weekends; "
         "Esmé's nappy rash has bled; Mason's teeth are decayed and untreated; late and unplanned collections."),
        ("Past Harm", "None recorded."),
        ("Complicating Factors", "Mum is on her own since dad left in the summer; rent and nursery fee arrears."),
        "What is working well?",
        ("Existing Strengths", "Mum loves the children and they are warm with her; she keeps the nursery place going."),
        ("Existing Safety", "Maternal grandmother visits on Wednesdays and takes the children to the dentist if asked."),
        "What next?",
        ("Goals", "Children fed, clean and taken to health appointments every week."),
        ("Next Steps", "Step up TAF meeting on 19/01/2050 to consider a C&F assessment."),
        ("Graded Care profile (If neglect should be completed).", "Completed 06/01/2050 - attached."),
        ("Agreement by line manager:", "Leanne Whitty, Team Manager, agreed 10/01/2050."),
        ("Contingency plan (Smart and timely).", "If the nursery place ends, HV to visit weekly until the meeting."),
    ])
    gcp = ["Child(ren): Mason Tully (03/05/2046), Esmé Tully (21/11/2047)", "Completed by: Shauna Ridley with Kerry Tully",
           "Date completed: 06/01/2050", "", "Area 1 - Physical care: grade 4", "Area 2 - Safety: grade 4",
           "Area 3 - Love and care: grade 2", "Area 4 - Stimulation and education: grade 3", "",
           "Summary: food and hygiene needs are not reliably met; supervision gaps at collection; dental care not sought."]
    taf = ["Family: Tully (EHM-71865)", "Date: 14/12/2049, 13:30, Prescot Family Hub", "",
           "Present: Kerry Tully (mum); Shauna Ridley (FF case manager, chair); Jo Cartwright (Safeguarding Lead, "
           "Bright Beginnings Day Nurseries Ltd, Ofsted URN EY563210); Amy Birch (health visitor)", "",
           "Update: nursery reports Monday hunger continuing; dental referral not taken up; fees in arrears.",
           "Actions: mum to book dentist by 21/12; HV to visit 05/01; FF to complete GCP2 by 07/01.",
           "Next TAF: to be set after the GCP2."]
    cal = ics("REQUEST", f, dt(when), "20500119T100000", "20500119T113000",
              "Step up TAF meeting - Tully - EHM-71865", "Microsoft Teams Meeting",
              "Step up TAF meeting for Mason and Esmé Tully (EHM-71865). Chair: MASH social worker. "
              "Minutes: MASH business support.", ("Shauna Ridley", "Shauna.Ridley@" + KDOM),
              [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH Business Support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    top = outlook_top(f, addr("Ridley, Shauna", "Shauna.Ridley@" + KDOM),
                      "%s, %s" % (addr("Knowsley MASH", KMASH), addr("MASH Business Support", KBS)),
                      "Step up TAF meeting - Tully - EHM-71865", when,
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    data = itip_request_mail(f, top, body, cal, atts=[
        docx_att("FF Step Up request to CSC - Tully.docx", appendix),
        pdf_att("GCP2 Tully Jan 2050.pdf", "Graded Care Profile 2 - summary of grades", gcp),
        pdf_att("TAF minutes 14.12.2049 Tully.pdf", "Team Around the Family - meeting minutes", taf)])
    add(f, data, "knowsley", "mash_step_up", when, 4, "ordinary", "step_up", False, None, ["EHM-71865"],
        [ch("Mason Tully", "2046-05-03", "03/05/2046"), ch("Esmé Tully", "2047-11-21", "21/11/2047")],
        ["neglect"], None, True, [], True, "book_meeting",
        "Complete Knowsley step-up sent as the Family First case manager's Outlook meeting request (iTIP REQUEST to "
        "the MASH inbox and MASH business support, as the seed asks): Appendix 1 form (.docx), GCP2 (.pdf, neglect), "
        "TAF minutes (.pdf), EHM-71865, team manager's agreement. The TAF meeting Wed 19 Jan 2050 10:00 is 6 WD after "
        "Tue 11 Jan (12, 13, 14, 17, 18, 19) -> notice ok -> book_meeting. The private nursery's Ofsted URN EY563210 "
        "in the minutes is not a case id; 'mum is aware' is not consent (consent null, not required for a Knowsley "
        "step-up).",
        meeting=date(2050, 1, 19), not_children=["Kerry Tully", "Jo Cartwright", "Leanne Whitty"])

def knowsley_02():
    """ORDINARY - level 2 step-down, independent school DSL as lead practitioner; notice decided by Easter."""
    f = "knowsley_02.eml"; when = "2050-04-04 10:12:08"
    body = T("""
Good morning Family First duty,

I'm writing to let you know of our intention to step Harriet Ferris down from CIN to Level 2 Early Help.

Child: Harriet Ferris, DOB 09/10/2038, Year 6 at St Aldhelm's Preparatory School (independent, on a bursary place)
ICS: ICS-2204518

Final CIN meeting: Tuesday 12 April 2050 at 2.00pm, at St Aldhelm's Preparatory School, Prescot Road, Knowsley Village (the Bursar's meeting room - sign in at the lodge). The school is closed for Easter that week but Mrs Dunne has said she will come in for it.

New Lead Practitioner: Mrs Philippa Dunne, Designated Safeguarding Lead, St Aldhelm's Preparatory School. She has agreed to take on the Lead Practitioner role and to hold the Early Help Assessment and TAF. One thing to flag - the school's solicitors have asked that the council's information-sharing agreement is signed before Mrs Dunne takes any notes at the meeting; I've sent it to their bursar this morning.

What are we worried about?
Dad's depression. He had a spell in the Priory (privately funded through his work) in the autumn and he is still off work. When he is low Harriet takes on a lot at home and worries about him when she is at school; she has been in tears in lessons twice this term.

What is working well?
Dad is engaging with his psychiatrist and his GP and is much more stable. Mum has reduced her hours. Harriet has a close friendship group and the school's pastoral team know her well. Both parents have agreed to the step-down and want the school to be the main contact.

What needs to happen?
School to lead a TAF with a plan for Harriet's worries (the school counsellor, weekly); a young carers assessment to be offered; dad to keep his treatment going; review at the first TAF in 6 weeks.

Many thanks,
Owen

Owen Rimmer
Social Worker | Child in Need Team (Kirkby) | Knowsley Council
0151 496 0519

""") + KDISC
    top = outlook_top(f, addr("Rimmer, Owen", "Owen.Rimmer@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Level 2 - Harriet Ferris - final CIN 12/04", when,
                      cc="Philippa Dunne <p.dunne@staldhelms-prep.org.uk>")
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 2, ["ICS-2204518"],
        [ch("Harriet Ferris", "2038-10-09", "09/10/2038")], ["parental_mental_health", "young_carer"], True, None,
        [], False, "request_info",
        "Knowsley level 2 step-down with everything the seed asks: the final CIN meeting's date, time and venue, the "
        "three Signs of Safety headings and the new Lead Practitioner with her agency (the DSL of an independent "
        "school). 'Both parents have agreed to the step-down' -> consent true (not required at level 2). NOTICE ACROSS "
        "EASTER, DECISIVE: from Mon 4 April 2050 (BST) the meeting on Tue 12 April is 6 plain weekdays away but Good "
        "Friday 8 April and Easter Monday 11 April are bank holidays, so the working days are 5, 6, 7 and 12 April = 4 "
        "< 5 -> notice not ok -> request_info. 'the Priory' is a private hospital, not a concern id of its own.",
        meeting=date(2050, 4, 12), not_children=["Philippa Dunne", "Owen Rimmer"])

def knowsley_03():
    """URGENT - an au pair agency forwards its au pair's WhatsApp messages at night."""
    f = "knowsley_03.eml"; when = "2050-01-20 21:43:19"
    body = T("""
To the children's social care team at Knowsley,

I am sorry to send this at night and to this address - it is the only Knowsley children's address I could find on your website and the phone number there rang out.

I am the placement co-ordinator at Mersey Au Pair Placements Ltd. Our au pair Lucía Navarro (20, from Valencia) has lived with the Garside family in Prescot since September, looking after their two children. Below is what she sent me on WhatsApp from 21:05 tonight, copied exactly:

[21:05] Lucía: Rachel please help me. Mr Garside came home drunk and he hit Alfie with his belt because he would not go to bed. Many times. Alfie has red lines on his legs and his back and one is bleeding
[21:06] Lucía: He say if I call anybody I am on the plane tomorrow and I lose my money. Mrs Garside is in Dubai for work until Sunday
[21:08] Lucía: I am in Alfie room with Alfie and Poppy, I put the chair under the door handle. He is shouting downstairs, he says he will take Alfie to his mother house tonight in the car
[21:11] Lucía: he is still drinking the whisky. Poppy is asleep but Alfie cant stop crying
[21:19] Lucía: he is banging the door now

The children are Alfie Garside (6) and Poppy Garside (3). The address is 27 Whinberry Close, Prescot, L34 2XQ. Father is Mr Neil Garside.

I have told Lucía to ring 999 if he gets into the room or tries to take Alfie in the car, and I have rung Merseyside Police myself at 21:30 (they gave me reference 2150 20/01/50). I am driving over now but I am 40 minutes away in Southport.

Our managing director has asked me to say that our contract with host families has a confidentiality clause, but our lawyers' guidance to us is clear that it does not stop us telling you this.

Rachel Ellison
Placement Co-ordinator
Mersey Au Pair Placements Ltd | Registered in England No. 10493372
07700 900518
""")
    top = gmail_top(f, addr("Rachel Ellison", "rachel@merseyaupairs.co.uk"), addr(None, KMASH),
                    "Host family in Prescot - our au pair has contacted us tonight about the children", when)
    add(f, gmail_alt(f, top, body), "knowsley", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Alfie Garside"), ch("Poppy Garside")], ["physical_harm", "substance_misuse"], None, None, [], None,
        "alert_duty",
        "SAFETY RULE 1, OUT OF HOURS (Thu 20 Jan 2050 21:43 GMT): an au pair agency forwards its au pair's WhatsApp "
        "messages as they come in - a drunk father has beaten a 6-year-old with a belt (one mark bleeding), the au pair "
        "has barricaded herself in with both children, he is banging on the door and means to drive the boy away "
        "tonight; mother abroad. Happening now -> urgent -> alert_duty (Emergency Duty Team). Not a step request -> "
        "other. Children named with ages only (dob null). The police log and the company number are not case ids. "
        "None of the brief's banned words appear.",
        not_children=["Lucía Navarro", "Neil Garside", "Rachel Ellison"])

def knowsley_04():
    """NEAR MISS - a step-up where a tuition centre's worry about a child's words was checked and is negated."""
    f = "knowsley_04.eml"; when = "2050-02-22 14:06:51"
    blocks = [
        "Hello MASH,",
        "",
        "Please find my step up request for {{Kai Donnelly}} (DOB 17/06/2037), EHM-69204. I have sent the Teams invite "
        "for the step up TAF meeting to this inbox and to MASH business support: {{Wednesday 2 March 2050, 13:30}}.",
        "",
        ("h", "Why now"),
        "Mum has not engaged with the plan since October: she has cancelled four home visits, did not attend the last two "
        "TAF meetings and has not taken Kai to the CAMHS appointment. Kai's attendance at school is 74% and falling. I "
        "have used the Engaging Families toolkit (attached) - it shows low engagement across every domain despite "
        "different times, venues and a worker mum chose herself.",
        "",
        ("h", "For completeness"),
        "You may hear from Smart Start Tuition Centre in Huyton, where Kai has Saturday maths tuition paid for by his "
        "grandad. In January the centre's director emailed me because Kai had written 'my dad will kill me if I get "
        "a 4 again' on a worksheet. I spoke to Kai at school and to the director. It is an expression - Kai laughed "
        "about it, his dad lives in Spain and has had no contact for two years, and there is nothing to suggest Kai is "
        "frightened of anyone at home. There are no worries about physical harm and it is not one of the reasons for "
        "this step up. (The centre asked that its email is not shared with the family without its consent - I have "
        "told them we will follow our usual information-sharing rules.)",
        "",
        ("h", "Documents"),
        "Attached: the FF Step Up request to CSC form and the Engaging Families toolkit. The minutes of the TAF meeting "
        "on 16/02/2050 are still being typed up by BSA - I'll send them as soon as I have them.",
        "",
        "My TM Gary Lunt discussed the step up with me on 21/02 and agrees with it.",
        "",
        "Bernadette",
        "",
        "Bernadette Kehoe | Family First Case Manager | Knowsley Council | 0151 496 0847",
    ]
    form = appendix1([
        ("Case ID on EHM:", "EHM-69204"),
        ("Date of step up TAF meeting:", "02/03/2050 13:30 (Teams)"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Low - toolkit followed, attached."),
        ("Recent TAF meeting minutes attached:", "To follow (meeting held 16/02/2050)."),
        ("Current Concerns (Impact on child)", "Kai is not getting to school or to CAMHS; mum not engaging."),
        ("Agreement by line manager:", "Gary Lunt, 21/02/2050."),
    ])
    toolkit = ["# Engaging Families Toolkit - Signs of Well-being Family Engagement Tool",
               "Family: Donnelly (EHM-69204)", "Completed by Bernadette Kehoe, 18/02/2050",
               "Attempts: 4 planned home visits cancelled by mum (Oct-Jan); 2 TAF meetings not attended; "
               "offered evening visits, the family hub, and a worker of mum's choosing.",
               "Outcome: low engagement in all domains."]
    top = outlook_top(f, addr("Kehoe, Bernadette", "Bernadette.Kehoe@" + KDOM),
                      "%s, %s" % (addr("Knowsley MASH", KMASH), addr("MASH Business Support", KBS)),
                      "Step up request - Kai Donnelly - EHM-69204", when)
    data = word_mail(f, top, blocks, atts=[
        docx_att("FF Step Up request to CSC - K Donnelly.docx", form),
        docx_att("Engaging Families Toolkit - Donnelly.docx", toolkit)])
    add(f, data, "knowsley", "mash_step_up", when, 5, "near_miss", "step_up", False, None, ["EHM-69204"],
        [ch("Kai Donnelly", "2037-06-17", "17/06/2037")], ["non_engagement", "school_attendance"], None, True,
        ["taf_minutes"], True, "request_info",
        "NEAR MISS - NEGATED / EXPLAINED: a tuition centre's worry about a child writing 'my dad will kill me if I get "
        "a 4 again' was checked - an expression, dad abroad with no contact, 'no worries about physical harm', 'not one "
        "of the reasons' -> not urgent, no physical_harm. The Knowsley step-up itself (Word HTML mail): form and "
        "Engaging Families toolkit attached (non_engagement), EHM id, TM agreed, but the TAF minutes are 'still being "
        "typed up' -> missing taf_minutes. TAF Wed 2 March 2050 13:30 is 6 WD after Tue 22 Feb (23, 24, 25, 28 Feb, "
        "1, 2 Mar) -> notice ok; request_info for the minutes.",
        meeting=date(2050, 3, 2), not_children=["Bernadette Kehoe", "Gary Lunt"])

def knowsley_05():
    """URGENT - a follow-up whose only news is in the private nursery's attached existing-injury record."""
    f = "knowsley_05.eml"; when = "2050-03-07 11:52:26"
    ack = ack_text("step-up", "SB-knowsley-467", [
        "Family: Brogan (EHM-72430)", "Children: Reggie Brogan",
        "Step-up TAF meeting: Wednesday 16 March 2050 10:00 (Microsoft Teams)"], [])
    body = T("""
Hi,

Please add the attached to the Brogan step up. It's from Reggie's nursery (Little Explorers, part of the Bright Beginnings group) - their safeguarding lead sent it to me at 11.30 and asked me to get it to MASH. They also send these to their own head office under their group procedure.

I'm out on visits so have only had a quick look, sorry.

Shauna

Shauna Ridley | Family First Case Manager | Knowsley Council | 0151 496 0362

""") + quote("Knowsley MASH <knowsleymash@knowsley.gov.uk>", "28 February 2050 15:02",
             "Ridley, Shauna <Shauna.Ridley@knowsley.gov.uk>",
             "[SB-knowsley-467] Step-up request received - Brogan", ack) + "\n" + KDISC
    record = [
        "Bright Beginnings Day Nurseries Ltd - Little Explorers, Huyton (Ofsted URN EY571884)",
        "Form SG3 - Existing Injury / Incident Record",
        "",
        "Child: Reggie Brogan    DOB: 14/08/2047    Room: Toddlers",
        "Date: 07/03/2050    Time arrived: 08:40    Brought by: father (Dean Brogan)",
        "",
        "Injury observed: circular burn approx. 1 cm across on the back of the left hand, blistered, weeping. "
        "Two older round scabbed marks of the same size on the left forearm.",
        "Explanation given by parent at drop-off: 'he touched the radiator'.",
        "Child's comment (verbatim, 09:15, to key person while having cream applied): 'Daddy did hot. Daddy cig. Ow.'",
        "Photographs taken per group procedure and sent to Head Office Safeguarding Team (ref HO-SG-0771).",
        "",
        "Collection today: Reggie is on a morning-only session. Father has said he will collect at 12.30.",
        "Mother not contactable (works away Mon-Thu).",
        "",
        "Recorded by: Jo Cartwright, Safeguarding Lead    Witnessed by: Tasha Lowe, key person",
    ]
    top = outlook_top(f, addr("Ridley, Shauna", "Shauna.Ridley@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: [SB-knowsley-467] Step-up request received - Brogan", when)
    add(f, mail(f, top, body, atts=[pdf_att("SG3 Existing Injury Record - R Brogan - 07.03.2050.pdf",
                                            "Existing Injury / Incident Record", record)]),
        "knowsley", "mash_step_up", when, 4, "urgent", "follow_up", True, None, ["EHM-72430"],
        [ch("Reggie Brogan", "2047-08-14", "14/08/2047")], ["physical_harm"], None, None, [], None, "alert_duty",
        "SAFETY RULE 1, IN AN ATTACHMENT: the covering reply to [SB-knowsley-467] says only 'please add the attached'; "
        "the private nursery's SG3 existing-injury record (.pdf) shows a fresh blistered round burn on a 2-year-old's "
        "hand with older ones, 'Daddy did hot. Daddy cig.', and the father collecting at 12.30 today with mother away. "
        "Read in the attachment -> urgent -> alert_duty (a follow_up, but alert_duty comes first). EHM-72430 from the "
        "quoted acknowledgement; the DOB from the form; URN and head-office ref are not case ids.",
        not_children=["Dean Brogan", "Jo Cartwright", "Tasha Lowe", "Shauna Ridley"])

def knowsley_06():
    """URGENT - a supported-lodgings co-ordinator declines the TAF invitation; the COMMENT reports today's facts."""
    f = "knowsley_06.eml"; when = "2050-03-08 09:14:02"
    comment = ("Sorry, I can't come tomorrow. Demi (16) hasn't been back to her lodgings since Sunday night. At 7.50 this "
               "morning she sent her host, Carol, a voice note - Carol has typed it out word for word: 'don't bother "
               "looking for me, I'm at Reece's in Liverpool, he says I owe him for the phone and I've got to do a run "
               "for him today and then I can come back'. Reece is the 24-year-old from the car in January. Her phone "
               "has been off since 8. Carol has reported her missing to Merseyside Police (ref 0412 08/03/50). "
               "I'm in the office all day on 0151 496 0733. Maxine (Haven Supported Lodgings)")
    data = itip_reply(f, when, "Maxine Hurst", "maxine.hurst@havenlodgings-nw.org.uk",
                      ("Knowsley MASH", KMASH), "DECLINED",
                      "Step-up TAF meeting - Demi Whitfield - EHM-70518 [SB-knowsley-503]",
                      "20500309T100000", "20500309T113000", "Microsoft Teams Meeting", comment=comment)
    add(f, data, "knowsley", "mash_step_up", when, 3, "urgent", "meeting_reply", True, None, ["EHM-70518"],
        [ch("Demi Whitfield")], ["exploitation", "missing"], None, None, [], None, "alert_duty",
        "SAFETY RULE 1, IN A CALENDAR REPLY'S COMMENT: an Outlook iTIP REPLY (PARTSTAT=DECLINED) from the supported-"
        "lodgings co-ordinator for tomorrow's step-up TAF meeting; the COMMENT says the 16-year-old has been away since Sunday, is at a 24-year-old man's address, 'owes him for the phone' and must "
        "'do a run for him today', phone off. Criminal exploitation happening today -> urgent -> alert_duty, though "
        "the kind is meeting_reply. EHM-70518 from the SUMMARY; the police reference is not a case id.",
        not_children=["Maxine Hurst"])

def knowsley_07():
    """NEAR MISS - a private nursery group's head-office bulletin with training scenarios."""
    f = "knowsley_07.eml"; when = "2050-01-13 08:30:00"
    text = T("""
SAFEGUARDING MATTERS - January 2050
A bulletin for our partner local authorities from the Head Office Safeguarding Team, Bright Beginnings Day Nurseries Ltd

1. Welcome to our new Group Safeguarding Lead
Marcia Oduwole joins us from the NHS as Group Safeguarding Lead for our 41 nurseries in the North West. Marcia chairs our monthly Safeguarding Review Panel and is the contact for local authority designated officers.

2. Our training scenarios this term
Every room leader completes our "What would you do?" workshop each spring. These are this term's scenarios. They are fictional and used for training only; they do not describe any child in our care or any family known to you:
- Scenario A: a 2-year-old arrives with a round burn on the hand and says "daddy did it". Dad is collecting at lunchtime.
- Scenario B: a parent arrives to collect smelling strongly of alcohol and says they will drive home.
- Scenario C: a pre-schooler says "mummy's friend sleeps in my bed".
In each case staff are taught to record, tell the Designated Safeguarding Lead at once and, where a child is at risk of immediate harm, to contact the local MASH or the police without delay. Urgent concerns are never held for Head Office.

3. Our procedures
Our Group Safeguarding and Child Protection Policy (v14, January 2050) is available on request. Existing-injury records now use Form SG3 in every setting.

You are receiving this because your authority has a Bright Beginnings nursery. To stop receiving it, reply "unsubscribe".
Bright Beginnings Day Nurseries Ltd, Registered in England No. 08812237, Head Office: Unit 4, Cronton Park, Widnes WA8 5QD
""")
    h = ("<html><body style=\"font-family:Verdana,sans-serif;font-size:13px;color:#222\">"
         "<table width=\"620\" cellpadding=\"0\" cellspacing=\"0\"><tr><td style=\"background:#F6A623;padding:14px;"
         "color:#fff;font-size:20px\"><b>SAFEGUARDING MATTERS</b> &middot; January 2050</td></tr>"
         "<tr><td style=\"padding:12px\">" + "".join(
             "<p>%s</p>" % html.escape(p, quote=False).replace("\n", "<br>") for p in text.split("\n\n")) +
         "</td></tr></table></body></html>\n")
    top = [("From", addr("Bright Beginnings Safeguarding Team", "safeguarding@brightbeginnings-nurseries.co.uk")),
           ("To", addr("Knowsley MASH", KMASH)), ("Subject", "Safeguarding Matters - January 2050 - partner LA edition"),
           ("Date", email.utils.format_datetime(dt(when))),
           ("Message-ID", msgid(f, "mailer.brightbeginnings-nurseries.co.uk")),
           ("List-Id", "Partner LA bulletin <partners.brightbeginnings-nurseries.co.uk>"),
           ("List-Unsubscribe", "<mailto:safeguarding@brightbeginnings-nurseries.co.uk?subject=unsubscribe>"),
           ("Precedence", "bulk"), ("X-Mailer", "Campaign Monitor")]
    add(f, alt_mail(f, top, text, h), "knowsley", "mash_step_up", when, 6, "near_miss", "other", False, None, [],
        [], [], None, None, [], None, "human_review",
        "NEAR MISS - A BULLETIN WITH TRAINING SCENARIOS: a private nursery group's head-office newsletter lists "
        "fictional scenarios (a round burn and 'daddy did it', a drunk parent driving, 'mummy's friend sleeps in my "
        "bed') and the words 'at risk of immediate harm' and 'Urgent concerns' - 'fictional and used for training "
        "only; they do not describe any child'. DESIGN: bulletins that list examples must not trigger the alert -> "
        "other -> human_review. No child, no case id.",
        not_children=["Marcia Oduwole"])

def knowsley_08():
    """ORDINARY - level 3 step-down, joint home visit across the clock change (exactly 5 WD)."""
    f = "knowsley_08.eml"; when = "2050-03-24 15:37:44"
    body = T("""
Hi Family First,

Step down to Family First at Level 3 for Jordan and Mia Keegan - please can a case manager join me on a joint home visit.

Jordan Keegan - DOB 02/02/2041 - ICS-2197731
Mia Keegan - DOB 30/09/2045 - ICS-2197732

Joint home visit: Thursday 31 March 2050 at 10.00am at the family home, 8 Larchwood Drive, Halewood, L26 7TB.

Consent: Mum (Stacey Keegan) signed the Family First consent form at my visit on 22/03/2050.

What are we worried about?
Mum's anxiety and low mood since the birth of her third child in the summer; on bad days Jordan gets himself and Mia ready and walks her to the nursery bus before school.

What is working well?
Mum is taking her medication and sees the perinatal team fortnightly. Mia's private nursery (Little Explorers, Halewood) has given her extra funded hours and collects her from the bus stop on Mondays. Jordan's school says he is settled and doing well.

What needs to happen?
A FF case manager to co-ordinate a TAF with the nursery, school and perinatal team; a routine for Mia's nursery days; a young carers chat with Jordan.

Thanks
Nadia

Nadia Okoro
Social Worker | Child in Need Team (Halewood) | Knowsley Council
0151 496 0284

""") + KDISC
    top = plain_top(f, addr("Okoro, Nadia", "Nadia.Okoro@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "L3 step down - Keegan - joint home visit 31/03", when, KDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 6, "ordinary", "step_down", False, 3,
        ["ICS-2197731", "ICS-2197732"],
        [ch("Jordan Keegan", "2041-02-02", "02/02/2041"), ch("Mia Keegan", "2045-09-30", "30/09/2045")],
        ["parental_mental_health", "young_carer"], True, None, [], True, "book_meeting",
        "Complete Knowsley level 3 step-down ('Level 3' in the opening line): joint home visit with date, time and "
        "address, the three Signs of Safety headings, consent signed. Notice: sent Thu 24 March 2050 (GMT); the visit "
        "on Thu 31 March falls after the clock change (BST from Sun 27 March) - working days 25, 28, 29, 30, 31 March "
        "= exactly 5 -> ok -> book_meeting. Two ICS ids in order.",
        meeting=date(2050, 3, 31), not_children=["Stacey Keegan", "Nadia Okoro"])


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    """ORDINARY - complete step-up from the Early Help Team Manager; a private Montessori nursery's observations."""
    f = "richmond_wandsworth_01.eml"; when = "2050-01-12 10:31:15"
    blocks = [
        "Dear MASH colleagues,",
        "",
        "Following a reflective discussion with our Early Help worker, Ruth Kessler, I have agreed that the "
        "Oyelowo-Hart family should step up to Children's Services. Mosaic ID 3108442.",
        "",
        ("table", [["Child", "Date of birth", "Setting"],
                   ["Tobi Oyelowo-Hart", "04.07.2044", "Reception, Furzedown Primary"],
                   ["Ada Oyelowo-Hart", "19.01.2048", "Acorn Montessori (Battersea) Ltd - private nursery"]]),
        "",
        ("h", "Rationale for step up"),
        "The family has had an Early Help plan since June 2049 for mum's mental health and the relationship with "
        "the children's father. Since Christmas the picture has changed: mum has told Ruth that dad has moved back "
        "in, police attended a verbal argument on 2 January, and the children's nursery and school have both seen "
        "Tobi re-enacting shouting and hitting in play. Acorn Montessori's manager has written to us (her letter "
        "is summarised in the case summary) because Ada has become withdrawn and clingy, which the nursery's head "
        "office requires them to report to the family's lead practitioner. Mum's mental health has "
        "deteriorated and she has stopped her medication. The Early Help plan can no longer manage the domestic "
        "abuse and mum's mental health together, and we think a Child and Family Assessment is needed.",
        "",
        "There is no incident today that needs a same-day response - this is a planned step up.",
        "",
        "The latest case summary is attached. Mum knows I am sending this.",
        "",
        "Kind regards,",
        "Claire",
        "",
        "{{Claire Ambrose}}",
        "Early Help Team Manager (Wandsworth South)",
        "Richmond and Wandsworth Councils | 020 7946 0614",
    ]
    summary = ["# Case summary - Oyelowo-Hart family (Mosaic 3108442) - January 2050",
               "Children: Tobi Oyelowo-Hart (04.07.2044), Ada Oyelowo-Hart (19.01.2048).",
               "Parents: Funmi Oyelowo (mum), Daniel Hart (dad).",
               "Early Help since June 2049: mum's depression; parental conflict.",
               "2 January 2050: police attended a verbal argument; no arrest; DASH completed (standard).",
               "Acorn Montessori (Battersea) Ltd, letter of 9 January 2050: Ada withdrawn and clingy since Christmas; "
               "shared under the nursery group's information-sharing procedure.",
               "Worker: Ruth Kessler, Early Help Practitioner. Manager: Claire Ambrose."]
    top = outlook_top(f, addr("Ambrose, Claire", "Claire.Ambrose@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Oyelowo-Hart - Mosaic 3108442", when,
                      cc=addr("Kessler, Ruth", "Ruth.Kessler@" + RDOM))
    data = word_mail(f, top, blocks, atts=[docx_att("Case summary - Oyelowo-Hart - Jan 2050.docx", summary)])
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 5, "ordinary", "step_up", False, None, ["3108442"],
        [ch("Tobi Oyelowo-Hart", "2044-07-04", "04.07.2044"), ch("Ada Oyelowo-Hart", "2048-01-19", "19.01.2048")],
        ["domestic_abuse", "parental_mental_health"], None, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up sent by the Early Help Team Manager herself ('I have agreed'), as "
        "seed 000 asks: rationale pasted under its own heading, latest case summary attached (.docx); children in a "
        "Word table with DOBs written dd.mm.yyyy; 'Mosaic ID 3108442' -> the bare number. 'no incident today that "
        "needs a same-day response' -> not urgent. 'Mum knows' is not consent -> null.",
        not_children=["Ruth Kessler", "Claire Ambrose", "Funmi Oyelowo", "Daniel Hart"])

def richmond_wandsworth_02():
    """NEAR MISS - step-down mentioning a closed LADO matter at a previous independent school; consent still to ask."""
    f = "richmond_wandsworth_02.eml"; when = "2050-02-01 16:20:33"
    body = T("""
Hi Early Help duty,

Following my call with the duty team manager this morning, confirming that we agreed a step-down case discussion for Florence Achterberg on Friday 4 February at 2pm (Teams).

Florence Achterberg, DOB 23/03/2040, Mosaic 3099217
Year 5, Kew Park School (independent)

Attached are the latest case summary and the draft Early Help plan. Florence has been on a CIN plan since September because of mum's mental health (a long admission to a private psychiatric hospital over the summer); mum is now home, well, and working with her community team.

One thing you may see on Mosaic: in 2048 there was a LADO referral about a teacher at Florence's previous school (also independent). That was about the teacher's conduct with another class, it was investigated and closed in 2048, Florence was never the child involved, and it is not a current concern for her.

Consent - I'm seeing mum and dad on Thursday and will ask them then to confirm they are happy for Early Help to carry on the plan. Dad's solicitors have asked that any letter to the family goes to both parents' addresses, so please copy me in to anything you send.

Thanks,
Ben

Ben Whitcombe
Social Worker, Children in Need Team (Richmond)
Richmond and Wandsworth Councils
020 7946 0388

""") + RDISC
    summary = ["# Case summary - Florence Achterberg (Mosaic 3099217)",
               "CIN plan since 12/09/2049: maternal mental health (inpatient admission June-August 2049).",
               "Current: mum discharged, under community mental health team; dad involved, parents separated.",
               "Florence settled at Kew Park School; attendance good; school counsellor weekly.",
               "Recommendation: step down to Early Help."]
    plan = ["DRAFT EARLY HELP PLAN - Florence Achterberg",
            "1. School counsellor sessions continue weekly (Kew Park School).",
            "2. Family Support Worker to visit mum fortnightly for 12 weeks.",
            "3. Young carers group offered.",
            "Review: 4 weeks after handover."]
    top = outlook_top(f, addr("Whitcombe, Ben", "Ben.Whitcombe@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Florence Achterberg - case discussion Fri 4/2 2pm", when)
    add(f, mail(f, top, body, atts=[docx_att("Case summary - F Achterberg.docx", summary),
                                    pdf_att("Draft EH plan - F Achterberg.pdf", "Draft Early Help plan", plan)]),
        "richmond_wandsworth", "early_help_duty", when, 4, "near_miss", "step_down", False, None, ["3099217"],
        [ch("Florence Achterberg", "2040-03-23", "23/03/2040")], ["parental_mental_health"], None, None,
        ["consent"], None, "request_info",
        "NEAR MISS - HISTORIC AND NOT ABOUT THIS CHILD: a 2048 LADO referral about a teacher at a previous "
        "independent school, 'investigated and closed in 2048, Florence was never the child involved, and it is not "
        "a current concern' -> not urgent, no concern id for it. Step-down: case summary (.docx) and draft plan "
        "(.pdf) attached, but consent is still to be asked ('will ask them then') -> consent null -> missing consent "
        "-> request_info. The case discussion time agreed by phone is recorded, not a notice rule.",
        not_children=["Ben Whitcombe"])

def richmond_wandsworth_03():
    """URGENT - an independent prep school's DSL: HTML-only letter, the child's own words in the attached record."""
    f = "richmond_wandsworth_03.eml"; when = "2050-01-27 11:02:47"
    html_body = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>body{font-family:Georgia,serif;font-size:11pt;color:#1d1d3b} .crest{color:#7a1f2b;font-size:15pt;letter-spacing:1px}</style></head>
<body>
<table width="640" cellpadding="0" cellspacing="0"><tr><td style="border-bottom:2px solid #7a1f2b;padding-bottom:6px">
<span class="crest">RAVENSBURY HOUSE SCHOOL</span><br><span style="font-size:9pt">Independent Preparatory School for Boys and Girls aged 3-11 &middot; Ravensbury Park Road, London SW19 &middot; DfE 318/6042</span>
</td></tr><tr><td style="padding-top:12px">
<p>To the Multi-Agency Safeguarding Hub, Richmond and Wandsworth</p>
<p>Dear colleagues,</p>
<p><b>Felix Warrender-Boyle, Year 3</b></p>
<p>Please find attached the record made by our Deputy DSL, Mr Jonathan Pallister, at 10.20 this morning, after Felix spoke to him at morning break. Felix's own words are recorded exactly as he said them.</p>
<p>Felix's sister, Clementine Warrender-Boyle, who is seven months old, is at home today in the sole care of Mr Lee Danvers, their mother's partner. Their mother, Mrs Harriet Warrender, works in the City and is not home until about 7pm. Felix is due to be collected from school by Mr Danvers at 3.40pm.</p>
<p>We have not spoken to Mrs Warrender or Mr Danvers, and will not do so until we have heard from you. Felix is with our school nurse in the medical room.</p>
<p>I can be reached on 020 7946 0702 (direct line) throughout the day.</p>
<p>Yours faithfully,</p>
<p>Dr Helena Marchbank<br>Deputy Head (Pastoral) and Designated Safeguarding Lead<br>Ravensbury House School</p>
<p style="font-size:8pt;color:#666">This letter is sent without prejudice to the School's position under its contract with the family. Ravensbury House School Trust Ltd is a charitable company registered in England (No. 02291845; charity No. 1011738).</p>
</td></tr></table>
</body></html>
""")
    record = ["# Ravensbury House School - Record of a child's disclosure",
              "Child: Felix Warrender-Boyle    Year: 3    DOB: 11/06/2042",
              "Date and time: 27/01/2050, 10:20    Place: Year 3 corridor, morning break",
              "Member of staff: Mr Jonathan Pallister, Deputy DSL",
              "What the child said (verbatim):",
              "\"Lee put the pillow on Clemmie's face when she was crying and held it and she went all quiet. "
              "He said if I tell Mummy he'll do it to me. He does it when she cries in the night and it was last "
              "night too.\"",
              "What I said: \"Thank you for telling me. I'm going to make sure the right people know.\"",
              "Observations: Felix was shaking and asked twice whether Lee would know he had told.",
              "Sibling: Clementine Warrender-Boyle, 7 months, at home today with Mr Lee Danvers.",
              "Passed to: Dr H. Marchbank (DSL) at 10:35."]
    top = outlook_top(f, addr("Dr Helena Marchbank", "h.marchbank@ravensburyhouse.org.uk"), addr("MASH Step Up", RSU),
                      "Felix Warrender-Boyle (Year 3) - record of disclosure this morning", when,
                      mid_domain="AM9P191MB1450.EURP191.PROD.OUTLOOK.COM")
    root = multipart("mixed", [text_part(html_body, "html", crlf=True),
                               docx_att("Record of disclosure - F Warrender-Boyle - 27.01.2050.docx", record)],
                     bnd(f, 1))
    add(f, build(top, root, True), "richmond_wandsworth", "mash_step_up", when, 4, "urgent", "other", True, None, [],
        [ch("Felix Warrender-Boyle", "2042-06-11", "11/06/2042"), ch("Clementine Warrender-Boyle")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "SAFETY RULE 1, A CHILD'S OWN WORDS IN AN ATTACHMENT: an independent prep school's HTML-only letter (no "
        "text/plain part) says the 7-month-old sister is at home today alone with the mother's partner; the attached "
        "disclosure record (.docx) holds the 8-year-old's words - the partner held a pillow over the baby's face "
        "until she 'went all quiet', 'last night too', and threatened the boy. A baby in his sole care now -> urgent "
        "-> alert_duty. A school referral, not a step -> other. The DfE, company and charity numbers are not case ids.",
        not_children=["Jonathan Pallister", "Lee Danvers", "Harriet Warrender", "Helena Marchbank"])

def richmond_wandsworth_04():
    """NEAR MISS - a private hospital's 'notify, no referral' letter: a fracture explained and reviewed."""
    f = "richmond_wandsworth_04.eml"; when = "2050-02-07 15:45:10"
    body = T("""
Dear colleagues,

Please see the attached letter from our Named Doctor for Safeguarding Children. It is sent for information only, under Calloway Healthcare's group procedure for notifying the local authority of injuries to under-5s seen at our hospitals. No action is requested.

Regards,
Safeguarding Office
The Sheen Lane Hospital (Calloway Healthcare Group plc)
020 7946 0950

CONFIDENTIALITY: This email and its attachments are confidential and may contain legally privileged information. If received in error, please notify the sender and delete it.
""")
    letter = ["The Sheen Lane Hospital - Calloway Healthcare Group plc - Sheen Lane, London SW14",
              "7 February 2050",
              "To: Richmond and Wandsworth MASH",
              "Re: Sonny Adebayo, DOB 02/11/2046, NHS No. 485 777 3921",
              "",
              "Sonny was admitted through our paediatric day unit on Friday 4 February 2050 with a supracondylar "
              "fracture of the left elbow after a fall from a trampoline at a soft-play centre. The fall was seen by "
              "two members of the centre's staff and is on the centre's CCTV, which our ward manager viewed.",
              "Under our group procedure every fracture in a child under five is reviewed by the Named Doctor. I "
              "reviewed Sonny on 5 February with his parents. The history has been consistent throughout, the "
              "injury is typical of the mechanism, there are no other injuries, and his records show no previous "
              "attendances of note. I have no concerns about his care at home and no child protection medical is "
              "needed.",
              "Sonny went home with both parents on 6 February after his fracture was pinned. Fracture clinic "
              "follow-up is booked.",
              "This letter is for your information only.",
              "",
              "Dr Miriam Osei-Tutu, Consultant Paediatrician and Named Doctor for Safeguarding Children"]
    top = outlook_top(f, addr("Safeguarding Office - The Sheen Lane Hospital", "safeguarding.sheenlane@callowayhealth.co.uk"),
                      addr("MASH Step Up", RSU), "For information - Sonny Adebayo - Named Doctor review", when,
                      mid_domain="CWXP265MB5121.GBRP265.PROD.OUTLOOK.COM")
    add(f, mail(f, top, body, atts=[pdf_att("Named Doctor letter - S Adebayo - 07.02.2050.pdf",
                                            "Letter from the Named Doctor for Safeguarding Children", letter)]),
        "richmond_wandsworth", "mash_step_up", when, 5, "near_miss", "other", False, None, [],
        [ch("Sonny Adebayo", "2046-11-02", "02/11/2046")], [], None, None, [], None, "human_review",
        "NEAR MISS - AN INJURY EXPLAINED AND REVIEWED: a private hospital's 'for information only' letter about a "
        "3-year-old's elbow fracture from a witnessed fall (staff and CCTV); the Named Doctor has 'no concerns', no "
        "child protection medical needed, child home with both parents. Resolved, no current risk -> not urgent; not "
        "a request -> other -> human_review. The NHS number is not a case id; an accident is no concern id.",
        not_children=["Miriam Osei-Tutu"])

def richmond_wandsworth_05():
    """ORDINARY - Google Calendar acceptance from a commissioned private family-support provider's worker."""
    f = "richmond_wandsworth_05.eml"; when = "2050-04-01 08:47:30"
    data = google_reply(f, when, "Priya Nandakumar", "priya.nandakumar@brightwellfamily.co.uk",
                        ("MASH Step Up", RSU), "ACCEPTED",
                        "Step-up case discussion - Mosaic 3127764 [SB-richmond_wandsworth-88]",
                        "20500405T090000Z", "20500405T100000Z", "Microsoft Teams Meeting",
                        "Tue 5 Apr 2050 10am - 11am (BST)")
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 3, "ordinary", "meeting_reply", False, None,
        ["3127764"], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (text/calendar METHOD:REPLY plus invite.ics), PARTSTAT=ACCEPTED, from the Early "
        "Help worker employed by a commissioned private provider, for a step-up case discussion on Tue 5 April 2050 "
        "at 10:00 BST (09:00Z in the calendar). 'Mosaic 3127764' in the summary -> the bare number. record_reply.")

def richmond_wandsworth_06():
    """NEAR MISS - a private hospital group's safeguarding out-of-office with boilerplate alarm words."""
    f = "richmond_wandsworth_06.eml"; when = "2050-03-09 12:10:05"
    body = T("""
Thank you for your email. I am on annual leave until Monday 14 March 2050 and will not be checking my emails.

If you have an urgent safeguarding concern about a child or adult at one of our hospitals, please contact the hospital's duty manager through the main switchboard (020 7946 0950). If a child is in immediate danger, dial 999.

For anything else, please contact my deputy, Amanda Clough (amanda.clough@callowayhealth.co.uk).

Gideon Farr
Group Head of Safeguarding | Calloway Healthcare Group plc

CONFIDENTIALITY: This email and any attachments are confidential and may be subject to legal professional privilege.
""")
    data = ooo(f, when, "Gideon Farr", "gideon.farr@callowayhealth.co.uk", addr("MASH Step Up", RSU),
               "[SB-richmond_wandsworth-79] Your message to the MASH step-up inbox", body)
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 2, "near_miss", "auto_reply", False, None, [], [], [],
        None, None, [], None, "ignore",
        "NEAR MISS - AN OUT-OF-OFFICE WITH ALARM BOILERPLATE: a private hospital group's head of safeguarding is on "
        "leave ('Automatic reply:', Auto-Submitted: auto-replied, X-Auto-Response-Suppress: All); 'urgent "
        "safeguarding concern', 'immediate danger, dial 999' are standing text about nobody. The stepbot reference "
        "in the subject does not make it a follow-up. auto_reply -> ignore (safety rule 2).",
        not_children=["Gideon Farr", "Amanda Clough"])

def richmond_wandsworth_07():
    """URGENT - a complete step-down whose PS relays the nanny agency's call about the baby at home."""
    f = "richmond_wandsworth_07.eml"; when = "2050-03-15 11:20:52"
    body = T("""
Hello Early Help duty,

Confirming the step-down case discussion I agreed with the duty team manager on the phone this morning: Friday 18 March 2050, 10am, on Teams.

Child: Theo Lindqvist, DOB 30/08/2039 (Mosaic 3118250)
Attached: latest case summary and the draft Early Help plan.

Theo has been on a CIN plan since last spring because of mum's anxiety and his school attendance, which dropped to 71%. Both have improved a great deal - attendance is 93% this term and mum is well supported by her GP and a private therapist. Mum (Annika Lindqvist) signed the consent to Early Help carrying on the plan on 10 March. Proposed Lead Professional: Mrs Gail Summers, SENCo at Theo's school, who has agreed.

Thanks,
Imani

PS - as I was finishing this, the family's nanny agency (Harbour Nannies) rang me. The nanny arrived at 8 this morning for Theo's little brother, Linus Lindqvist (14 months), and found Mr Lindqvist asleep on the kitchen floor - she could not wake him properly. There were empty wine bottles and an empty packet of his sleeping tablets on the side. Linus was in his cot in a soaked nappy and had not been fed since last night. Mum is on a work trip to Stockholm until Thursday. The agency says the nanny has to leave at 1pm today and has been told not to come back because their invoices have not been paid since January. Mr Lindqvist was still not making sense when she rang them at 11. I'm in court from 12 and can't get through to the MASH desk - can somebody pick this up? I don't think we can step Theo down while this is going on.

Imani Castleton
Social Worker, Children in Need Team (Wandsworth)
Richmond and Wandsworth Councils
020 7946 0451

""") + RDISC
    summary = ["# Case summary - Theo Lindqvist (Mosaic 3118250)",
               "CIN since April 2049: maternal anxiety; school attendance (71% in summer term 2049).",
               "Spring term 2050: attendance 93%; mum supported by GP and private therapist.",
               "Household: mum Annika Lindqvist, dad Erik Lindqvist, Theo (10), Linus (14 months). "
               "Nanny employed through Harbour Nannies Ltd (weekdays).",
               "Recommendation: step down to Early Help."]
    plan = ["DRAFT EARLY HELP PLAN - Theo Lindqvist",
            "Lead Professional (proposed): Mrs Gail Summers, SENCo, Earlsfield Junior School.",
            "1. Attendance monitoring fortnightly with school.",
            "2. Mum to continue therapy; Family Support Worker 6 sessions.",
            "Review meeting within 4 weeks of handover."]
    top = outlook_top(f, addr("Castleton, Imani", "Imani.Castleton@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Theo Lindqvist - Mosaic 3118250 - discussion Fri 18/3 10am", when)
    add(f, mail(f, top, body, atts=[docx_att("Case summary - Lindqvist - Mar 2050.docx", summary),
                                    docx_att("Draft Early Help plan - Lindqvist.docx", plan)]),
        "richmond_wandsworth", "early_help_duty", when, 3, "urgent", "step_down", True, None, ["3118250"],
        [ch("Theo Lindqvist", "2039-08-30", "30/08/2039"), ch("Linus Lindqvist")],
        ["neglect", "parental_mental_health", "school_attendance", "substance_misuse"], True, None, [], None,
        "alert_duty",
        "SAFETY RULE 1, IN A PS: a complete Richmond & Wandsworth step-down (case summary and draft plan attached, "
        "consent signed, lead professional named) whose PS relays a nanny agency's call - the father cannot be woken "
        "(wine bottles, an empty packet of sleeping tablets), the 14-month-old unfed since last night, mother "
        "abroad, the nanny leaving at 1pm and not returning. A baby with no safe adult today -> urgent -> alert_duty "
        "(alert_duty comes before book_meeting). Concerns from the request and the PS.",
        not_children=["Annika Lindqvist", "Gail Summers", "Imani Castleton", "Erik Lindqvist"])

def richmond_wandsworth_08():
    """ORDINARY - step-up forwarded by the Early Help Team Manager; the rationale is still to come."""
    f = "richmond_wandsworth_08.eml"; when = "2050-02-24 13:15:40"
    worker = T("""
Hi Duncan,

As discussed in supervision - the step up paperwork for Jasmine. Case summary attached.

Jasmine Okafor-Reid, DOB 12/12/2036, Mosaic ID 3115906.

Mum's drinking has got worse since Christmas and Jasmine (13) is doing most of the caring for her younger brother and for mum. She has missed 14 days of school this term. She also goes to Stageway Academy of Performing Arts (a private part-time drama school) on Saturdays on a scholarship; their principal phoned me because Jasmine has missed four Saturdays and looked exhausted at the last one. I haven't been able to speak to the principal properly yet - I'm seeing her on Monday.

Nadine
""")
    body = T("""
MASH colleagues,

Forwarding Nadine's note and the case summary for Jasmine Okafor-Reid. I have discussed this with Nadine and I agree it should step up to Children's Services. I'll send the rationale for the step-up separately once Nadine has met the drama school's principal on Monday, so we can include what the school says.

Duncan Fairlie
Early Help Team Manager (Richmond)
Richmond and Wandsworth Councils | 020 7946 0627
""") + quote("Baptiste, Nadine <Nadine.Baptiste@richmondandwandsworth.gov.uk>", "24 February 2050 11:48",
             "Fairlie, Duncan <Duncan.Fairlie@richmondandwandsworth.gov.uk>", "Step up - Jasmine", worker) + "\n" + RDISC
    summary = ["Case summary - Jasmine Okafor-Reid (Mosaic 3115906)",
               "Household: mum Grace Okafor, Jasmine (13) and her younger brother (6).",
               "Early Help since October 2049: mum's alcohol use; Jasmine's caring role; school attendance.",
               "Spring 2050: 14 days' absence; drama school reports four missed Saturdays.",
               "Worker: Nadine Baptiste, Early Help Practitioner."]
    top = outlook_top(f, addr("Fairlie, Duncan", "Duncan.Fairlie@" + RDOM), addr("MASH Step Up", RSU),
                      "FW: Step up - Jasmine", when, cc=addr("Baptiste, Nadine", "Nadine.Baptiste@" + RDOM))
    add(f, mail(f, top, body, atts=[pdf_att("Case summary - J Okafor-Reid.pdf", "Case summary", summary)]),
        "richmond_wandsworth", "mash_step_up", when, 4, "ordinary", "step_up", False, None, ["3115906"],
        [ch("Jasmine Okafor-Reid", "2036-12-12", "12/12/2036")],
        ["school_attendance", "substance_misuse", "young_carer"], None, True, ["rationale"], None, "request_info",
        "Richmond & Wandsworth step-up as an Outlook 'FW:' from the Early Help Team Manager ('I agree it should step "
        "up') over the worker's note (child, DOB and 'Mosaic ID 3115906' only in the quoted part); the case summary "
        "is attached (.pdf) but the rationale will be sent 'separately' -> missing rationale -> request_info. The "
        "younger brother is never named.",
        not_children=["Nadine Baptiste", "Duncan Fairlie", "Grace Okafor"])


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    """URGENT - a private tuition centre's owner on a Saturday morning, in second-language English."""
    f = "tower_hamlets_01.eml"; when = "2050-02-12 11:48:09"
    body = T("""
Dear Sir or Madam

I am owner of Bright Minds Tuition Centre on Whitechapel Road, we are private tuition for 11+ and GCSE. Today is Saturday class from 10am.

One student Safa Begum, age 12, she come today with her eye black and swollen and a cut on her lip. In the break she is crying and she tell my teacher Ms Rahima Khatun that her uncle beat her with the phone charger wire and punch her face last night because she got low mark in the mock test paper we send home last week. She show Ms Rahima the back of her arms and legs, there is many red lines.

She is saying to us "please don't send me home, he said if I get low mark again he will finish me". Her mother is in Bangladesh since December and she live with the uncle and his wife. Class finish 1pm and the uncle always collect her.

We are small private business and we do not know the rules for us. Our insurance company helpline say we must write to the council today and not to let her go before someone call us. We keep her in the office with Ms Rahima and give her lunch.

Please somebody call me on 07700 900418.

Mohammed Anwar Hossain
Director, Bright Minds Tuition Centre Ltd
Whitechapel Road, London E1
""")
    top = gmail_top(f, addr("Mohammed Hossain", "brightminds.tuition.e1@gmail.com"), addr(None, TMAST),
                    "Student in our centre today - please someone call me", when)
    add(f, gmail_alt(f, top, body), "tower_hamlets", "mash_step_up", when, 4, "urgent", "other", True, None, [],
        [ch("Safa Begum")], ["physical_harm"], None, None, [], None, "alert_duty",
        "SAFETY RULE 1, ON A SATURDAY (Sat 12 Feb 2050 11:48 GMT, out of hours - a date justified in make_set.py): a "
        "private tuition centre's owner, in second-language English - a 12-year-old with a black eye, a cut lip and "
        "many linear marks says her uncle beat her with a charger wire last night over a test mark and 'he will "
        "finish me'; the uncle collects her at 1pm today. Happening today -> urgent -> alert_duty (MAST out-of-hours "
        "number). Not a step request -> other. No DOB. No banned word.",
        not_children=["Rahima Khatun", "Mohammed Anwar Hossain"])

def tower_hamlets_02():
    """ORDINARY - complete step-down; the lead practitioner is a private nursery's manager."""
    f = "tower_hamlets_02.eml"; when = "2050-01-19 14:22:40"
    body = T("""
Dear Early Help Hub,

I am stepping the Miah children down from Children's Social Work to a Team Around the Family, following the Child and Family Assessment which concluded on 14 January 2050.

Children:
Zayan Miah - DOB 08/04/2045 - Mosaic 3356102
Inaaya Miah - DOB 27/12/2047 - Mosaic 3356103

Lead Practitioner: Ms Joanne Price, Nursery Manager, Little Oaks Day Nursery (Bow) - part of Oakwood Childcare Group Ltd. Both children attend Little Oaks and Joanne has agreed to take on the Lead Practitioner role. Oakwood's head office has asked for the council's information-sharing agreement before TAF minutes are shared with them; I have sent it.

Consent: Ms Shirin Miah (mum) gave her written consent to the step-down at the final CIN review on 17 January 2050.

I will chair the TAF meeting at Little Oaks on Thursday 27 January 2050 at 10am.

Attached: the Child and Family Assessment and the draft TAF plan.

Kind regards

Rumana Akhtar
Social Worker, Children's Social Work (Bow and Poplar)
London Borough of Tower Hamlets
020 7946 0133

""") + TDISC
    cfa = ["Child and Family Assessment - Miah children (Mosaic 3356102, 3356103)",
           "Started 29/11/2049; concluded 14/01/2050.",
           "Needs: Zayan is awaiting an autism assessment and has speech and language delay; mum's postnatal "
           "depression is now treated; housing overcrowded (one-bedroom flat).",
           "Analysis: needs can be met through a co-ordinated early help plan; statutory involvement not required.",
           "Recommendation: step down to TAF with Little Oaks Day Nursery as Lead Practitioner."]
    plan = ["# Draft TAF plan - Miah family",
            "Lead Practitioner: Joanne Price, Little Oaks Day Nursery (Oakwood Childcare Group Ltd).",
            "1. Speech and language therapy referral chased by nursery SENCo.",
            "2. Perinatal team to continue until June.",
            "3. Housing transfer application supported by Family Hub.",
            "First TAF review: 6 weeks."]
    top = outlook_top(f, addr("Akhtar, Rumana", "Rumana.Akhtar@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to TAF - Miah - Mosaic 3356102 / 3356103", when,
                      cc="Joanne Price <manager.bow@littleoaks-oakwood.co.uk>")
    add(f, mail(f, top, body, html_alt=True,
                atts=[pdf_att("C&F Assessment - Miah - concluded 14.01.2050.pdf", "Child and Family Assessment", cfa),
                      docx_att("Draft TAF plan - Miah.docx", plan)]),
        "tower_hamlets", "early_help_duty", when, 5, "ordinary", "step_down", False, None, ["3356102", "3356103"],
        [ch("Zayan Miah", "2045-04-08", "08/04/2045"), ch("Inaaya Miah", "2047-12-27", "27/12/2047")],
        ["disability_send", "parental_mental_health"], True, None, [], None, "book_meeting",
        "Complete Tower Hamlets step-down (seed 001): the Child and Family Assessment (.pdf), the draft TAF plan "
        "(.docx), the mother's written consent and a named Lead Practitioner with her agency (a private nursery "
        "group's manager) -> book_meeting. The TAF the social worker will chair on 27 January is within 10 WD of the "
        "assessment concluding on 14 January (a deadline, not a labelled field).",
        not_children=["Joanne Price", "Shirin Miah", "Rumana Akhtar"])

def tower_hamlets_03():
    """URGENT - a MAST step-up that quotes a private clinic's letter (clinical voice)."""
    f = "tower_hamlets_03.eml"; when = "2050-02-28 16:32:18"
    body = T("""
Dear MAST,

I'm asking for Aiden Kowalczyk (Early Help case 3348817) to step up to Children's Social Care. I have been his lead practitioner since November. My manager, Rebecca Sutton, has agreed to the step-up and is copied in. The Multi-Agency Request for Support form is attached.

The reason I am sending this now is the letter below, which Aiden's private ADHD clinic emailed to me at 15.55 today. I have tried his father's phone twice since and it goes to voicemail.

Kamrul Islam
Early Help Practitioner | Tower Hamlets Early Help | 020 7946 0177

-------- Forwarded letter --------
Thames Neurodevelopmental Clinic Ltd (registered with the Care Quality Commission)
Consultant: Dr Sunil Varma, Consultant Child and Adolescent Psychiatrist
Date: 28 February 2050
Patient: Aiden Kowalczyk, DOB 05/05/2040

Dear Mr Islam,

I saw Aiden today for his medication review (14:00-14:50), accompanied by his father. During the consultation Aiden said, unprompted: "Dad squeezes my neck till I see stars when I'm naughty. He did it last night because I spilled the juice."

On examination there were multiple pinpoint petechiae above the collar line and four oval bruises, two on each side of the neck, consistent with fingertip pressure. Mr Kowalczyk declined further examination or photographs, said that Aiden "bruises easily" and left with him at 14:55, saying they were going straight home. Aiden's mother is currently abroad caring for her own mother.

The clinic is not commissioned for onward referral and our governance team has advised me to write to you as the family's lead practitioner the same afternoon. I am available on 020 7946 0995 until 18:00.

Yours sincerely,
Dr Sunil Varma

""") + TDISC
    marf = ["London Borough of Tower Hamlets - Multi-Agency Request for Support (MARF)",
            "Child: Aiden Kowalczyk    DOB: 05/05/2040    Early Help case: 3348817",
            "Address: 14 Cressy Court, Stepney, London E1",
            "Parents/carers: Pawel Kowalczyk (father, at home); Marta Kowalczyk (mother, abroad)",
            "Referrer: Kamrul Islam, Early Help Practitioner. Manager: Rebecca Sutton (agreed 28/02/2050).",
            "Reason for request: disclosure to private clinic today of squeezing by the neck; fingertip bruising "
            "and petechiae seen by consultant; father declined examination; father's temper escalating since January.",
            "Parents informed of request: not yet (father unreachable)."]
    top = outlook_top(f, addr("Islam, Kamrul", "Kamrul.Islam@" + TDOM), addr("MAST", TMAST),
                      "Step up request - Aiden Kowalczyk - MARF attached", when,
                      cc=addr("Sutton, Rebecca", "Rebecca.Sutton@" + TDOM))
    add(f, mail(f, top, body, atts=[pdf_att("MARF - Aiden Kowalczyk - 28.02.2050.pdf",
                                            "Multi-Agency Request for Support", marf)]),
        "tower_hamlets", "mash_step_up", when, 3, "urgent", "step_up", True, None, ["3348817"],
        [ch("Aiden Kowalczyk", "2040-05-05", "05/05/2040")], ["physical_harm"], None, True, [], None, "alert_duty",
        "SAFETY RULE 1, IN A QUOTED CLINICAL LETTER: a Tower Hamlets MAST step-up (MARF attached, manager agreed and "
        "copied -> nothing missing) whose reason is a private clinic's letter forwarded underneath - a 9-year-old "
        "says his father 'squeezes my neck till I see stars ... last night', petechiae and fingertip bruising seen at "
        "14:00 today, father refused examination and took him home, mother abroad. Urgent -> alert_duty. 'Early "
        "Help case 3348817' -> the bare number.",
        not_children=["Rebecca Sutton", "Sunil Varma", "Pawel Kowalczyk", "Marta Kowalczyk", "Kamrul Islam"])

def tower_hamlets_04():
    """NEAR MISS - a private nursery's DSL steps a family up; a bruise in February was explained and checked."""
    f = "tower_hamlets_04.eml"; when = "2050-03-08 10:05:27"
    text = T("""
Dear MAST team,

I am the lead practitioner for Ruby-Mae Clarke (DOB 14/10/2046), Early Help case number 3371145, and I am asking for the family to be stepped up to Children's Social Care. Our completed Multi-Agency Request for Support form is attached.

Our worries are about neglect building up over the winter and mum not engaging with the plan: Ruby-Mae often arrives in the same clothes, hungry and with head lice that are not treated, and mum has not attended the last three TAF meetings or the health visitor's appointments. I have tried home visits, phone calls and meeting at the children's centre.

I want to be clear about one thing so it is not misread. On 21 February our existing injury log recorded a bruise and graze on Ruby-Mae's shin. Mum explained that she fell off the slide in Victoria Park on the Sunday; our room leader saw the graze that morning, the health visitor checked it on 23 February, and we have no worries about it. This request is about the neglect, not an injury.

Our Nursery Manager, Helen Ashby, has read this request and agreed the step-up; Helen is copied in. Under our group policy the request has also been logged with our Head Office Safeguarding Hub (ref SH-0318).

Kind regards,
Agnieszka Nowicka
Deputy Manager and Designated Safeguarding Lead
Sunflower House Nursery (Wapping) Ltd | Ofsted URN EY588021
020 7946 0862
""")
    h = ("<html><body style=\"font-family:Calibri,sans-serif;font-size:11pt\">"
         "<div style=\"border-left:6px solid #F2C230;padding-left:10px;margin-bottom:12px\"><b style=\"color:#B8860B;"
         "font-size:14pt\">Sunflower House Nursery</b><br><span style=\"font-size:9pt\">Wapping &middot; part of the "
         "Sunflower Early Years group</span></div>" + "".join(
             "<p>%s</p>" % html.escape(p, quote=False).replace("\n", "<br>") for p in text.split("\n\n")) +
         "</body></html>\n")
    marf = ["London Borough of Tower Hamlets - Multi-Agency Request for Support (MARF)",
            "Child: Ruby-Mae Clarke    DOB: 14/10/2046    Early Help case: 3371145",
            "Referrer: Agnieszka Nowicka, Deputy Manager and DSL, Sunflower House Nursery (Wapping) Ltd",
            "Manager agreement: Helen Ashby, Nursery Manager, 07/03/2050",
            "Reason for request: cumulative neglect (hunger, hygiene, untreated head lice, missed health "
            "appointments); mother not engaging with the Early Help plan since December 2049.",
            "Parent informed: mum told at collection on 07/03/2050 that we are asking for more help."]
    top = outlook_top(f, addr("Agnieszka Nowicka", "dsl.wapping@sunflowerhouse-nurseries.co.uk"), addr("MAST", TMAST),
                      "Step up request - Ruby-Mae Clarke - Early Help 3371145", when,
                      cc="Helen Ashby <manager.wapping@sunflowerhouse-nurseries.co.uk>",
                      mid_domain="DB9PR02MB7340.eurprd02.prod.outlook.com")
    add(f, alt_mail(f, top, text, h, atts=[pdf_att("MARF - R Clarke - Sunflower House.pdf",
                                                 "Multi-Agency Request for Support", marf)]),
        "tower_hamlets", "mash_step_up", when, 6, "near_miss", "step_up", False, None, ["3371145"],
        [ch("Ruby-Mae Clarke", "2046-10-14", "14/10/2046")], ["neglect", "non_engagement"], None, True, [], None,
        "book_meeting",
        "NEAR MISS - AN INJURY ALREADY EXPLAINED: a private nursery's DSL, as lead practitioner, steps a 3-year-old up "
        "for neglect and non-engagement and spells out that February's shin bruise was a witnessed fall, checked by "
        "the health visitor, 'no worries about it' -> not urgent, no physical_harm. MARF attached and the Nursery "
        "Manager's agreement (copied) -> nothing missing -> book_meeting. The Ofsted URN and head-office ref are "
        "not case ids; telling mum is not consent.",
        not_children=["Helen Ashby", "Agnieszka Nowicka"])

def tower_hamlets_05():
    """ORDINARY - Outlook acceptance from an independent school's head of pastoral for a TAF meeting."""
    f = "tower_hamlets_05.eml"; when = "2050-03-30 09:31:12"
    data = itip_reply(f, when, "Yetunde Bakare", "y.bakare@bowhillgirls.org.uk", ("Early Help Hub", TEH),
                      "ACCEPTED", "TAF meeting - Mosaic 3362490 [SB-tower_hamlets-140]",
                      "20500405T140000", "20500405T153000", "Bow Hill Independent Girls' School, Library meeting room")
    add(f, data, "tower_hamlets", "early_help_duty", when, 2, "ordinary", "meeting_reply", False, None, ["3362490"],
        [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY (PARTSTAT=ACCEPTED, empty body) from an independent school's head of pastoral, the "
        "Lead Practitioner, for a TAF meeting on Tue 5 April 2050 14:00 (BST); the SUMMARY carries 'Mosaic 3362490' "
        "-> the bare number. record_reply.")

def tower_hamlets_06():
    """NEAR MISS - a supported-lodgings provider notifies a 19-year-old's domestic abuse disclosure: an adult only."""
    f = "tower_hamlets_06.eml"; when = "2050-03-04 13:40:55"
    body = T("""
Dear Early Help Hub,

NOTIFICATION UNDER OUR DOMESTIC ABUSE PROCEDURE (Keystone Supported Lodgings, section 7.2)

Our company policy requires us to notify the local authority where a lodgings address sits of any domestic abuse disclosure by a person we support. I appreciate this may not be the right inbox and would be grateful if you could pass it on.

Jade Moreno (DOB 03/07/2030), aged 19, is a care leaver (her responsible authority is Essex) who has lived with one of our hosts in Bow since October. On Wednesday she told her host that her boyfriend, who does not live at the lodgings, has been controlling her money and pushed her against a wall last weekend. Jade has agreed to a referral to the local IDVA service and has spoken to her Essex personal adviser. She has no children, is not pregnant and there are no children living at the host's address.

We are not asking for any action from children's services; this is for your records in line with our procedure.

Lorraine Fitch
Service Manager, Keystone Supported Lodgings (London) Ltd
Registered office: 12 Three Colts Lane, London E2 | Company No. 11820934
020 7946 0588

This email is confidential. Keystone Supported Lodgings (London) Ltd accepts no liability for action taken in reliance on its contents.
""")
    top = plain_top(f, addr("Lorraine Fitch", "lorraine.fitch@keystonelodgings.co.uk"), addr("Early Help Hub", TEH),
                    "Notification - domestic abuse disclosure - young adult in our lodgings (Bow)", when,
                    "keystonelodgings.co.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, cte="7bit"), "tower_hamlets", "early_help_duty", when, 4, "near_miss", "other", False,
        None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - AN ADULT ONLY: a supported-lodgings provider's procedural notification that a 19-year-old care "
        "leaver disclosed domestic abuse by a boyfriend who does not live there; she has no children, is not "
        "pregnant, no children at the address, IDVA referral made, 'not asking for any action from children's "
        "services'. No child -> not urgent, no concerns, no children -> other -> human_review. The company number is "
        "not a case id.",
        not_children=["Lorraine Fitch"], adults=[("Jade Moreno", "03/07/2030")])

def tower_hamlets_07():
    """URGENT - a stage school principal copies a student's messages word for word; base64 body; evening."""
    f = "tower_hamlets_07.eml"; when = "2050-03-17 18:07:33"
    body = T("""
Hello,

I run The Limehouse Stage School, a private part-time performing arts school. I found this address on a leaflet at the family hub. I tried the number on the leaflet at 5.45 and got a recorded message.

After our Thursday class tonight one of our students, Leila Chowdhury (15), showed our singing teacher these messages on her phone and then asked us to "forget we saw them". I have copied them exactly:

him: u know what happens if u dont come tonight. the vids go to ur mum and everyone in ur year
him: outside at 8. the black merc. dont be late again
Leila: please i dont want to go back there the other men scare me
him: u owe me. 8. or ur little brother finds out what his sister does

Leila is still here in the studio office with our teacher. She says she will have to go at 8 because "he knows where my little brother goes to school". Her mother works nights at the hospital and Leila says she cannot tell her.

Our solicitor has confirmed that our photography and privacy policy does not stop me sharing this with you. Please could someone ring me before 8: 07700 900731.

Francesca Bellini-Shaw
Principal, The Limehouse Stage School
""")
    top = plain_top(f, addr("Francesca Bellini-Shaw", "principal@limehousestageschool.co.uk"), addr(None, TEH),
                    "One of our students - tonight at 8", when, "limehousestageschool.co.uk",
                    "Mozilla Thunderbird 140.2")
    add(f, b64_mail(f, top, body, crlf=True), "tower_hamlets", "early_help_duty", when, 3, "urgent", "other", True,
        None, [], [ch("Leila Chowdhury")], ["exploitation", "sexual_harm"], None, None, [], None, "alert_duty",
        "SAFETY RULE 1, IN A CHILD'S OWN MESSAGES, BASE64 BODY, EVENING (Thu 17 March 2050 18:07 GMT, after office "
        "hours): a private stage school's principal copies a 15-year-old's messages - a man threatening to send "
        "'the vids' to her mother and year group unless she is in 'the black merc' at 8 tonight, 'the other men "
        "scare me', 'u owe me'. Sexual exploitation tonight -> urgent -> alert_duty, though sent to the Early Help "
        "inbox. Not a step -> other. The little brother is not named.",
        not_children=["Francesca Bellini-Shaw"])

def tower_hamlets_08():
    """ORDINARY - HTML-only step-down; the lead practitioner is an independent school's head of year; no C&F yet."""
    f = "tower_hamlets_08.eml"; when = "2050-03-22 12:40:06"
    blocks = [
        "Hello Early Help Hub,",
        "",
        "Please see below the step-down to a Team Around the Family for {{Maryam Siddiqui}}, DOB 05/01/2038, "
        "Mosaic 3359874.",
        "",
        ("table", [["", ""],
                   ["Lead Practitioner", "Mrs Sunita Kapoor, Head of Year 7, Bow Hill Independent Girls' School "
                                         "(agreed on 18/03/2050)"],
                   ["Consent", "Mr Siddiqui (father) has consented to the step-down - signed 21/03/2050"],
                   ["TAF meeting", "I will arrange and chair it at the school once the assessment is authorised"],
                   ["Draft TAF plan", "Attached"],
                   ["Child and Family Assessment", "With my team manager for sign-off - I will send it as soon as "
                                                   "it is authorised"]]),
        "",
        "Maryam has been caring for her younger sisters and her dad since her mother died in 2048; with a carers' "
        "package and the school's support she is managing much better. The school has a bursary fund that is "
        "covering her fees this year.",
        "",
        "Thanks,",
        "Thomas",
        "",
        "Thomas Eze | Social Worker | Children's Social Work (Isle of Dogs) | London Borough of Tower Hamlets",
    ]
    plan = ["# Draft TAF plan - Maryam Siddiqui (Mosaic 3359874)",
            "Lead Practitioner: Mrs Sunita Kapoor, Bow Hill Independent Girls' School.",
            "1. Young carers service - weekly group.", "2. Carers' package for dad to continue.",
            "3. School mentor fortnightly."]
    top = outlook_top(f, addr("Eze, Thomas", "Thomas.Eze@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Maryam Siddiqui - Mosaic 3359874", when)
    add(f, word_mail(f, top, blocks, atts=[docx_att("Draft TAF plan - M Siddiqui.docx", plan)], plain_twin=False),
        "tower_hamlets", "early_help_duty", when, 4, "ordinary", "step_down", False, None, ["3359874"],
        [ch("Maryam Siddiqui", "2038-01-05", "05/01/2038")], ["young_carer"], True, None, ["assessment"], None,
        "request_info",
        "HTML-only Outlook step-down (Word HTML, no text/plain part, facts in a table): consent signed by the father, "
        "draft TAF plan attached, Lead Practitioner named with her agency (an independent school), but the Child and "
        "Family Assessment is 'with my team manager for sign-off' -> missing assessment -> request_info.",
        not_children=["Sunita Kapoor", "Thomas Eze"])


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    """ORDINARY - complete level 3 step-down from the Single Assessment Team; the under-5 attends a private nursery."""
    f = "torbay_01.eml"; when = "2050-01-26 11:15:20"
    body = T("""
Hi Early Help,

Please can I have a triage slot for the Hannaford children - step down from SAT to a level 3 Early Help response.

Lily Hannaford, DOB 20/06/2042
Oscar Hannaford, DOB 03/09/2046 (3 - attends Little Harbour Nursery, Brixham, a private nursery)
LCS-5521093

The Single Assessment is attached, with my analysis and the rationale for stepping down. My team manager, Stuart Polglase, has recorded his management analysis on it confirming the threshold for level 3 intervention is met.

Mum has given her consent for level 3 Early Help - she signed the consent form on 24/01/2050.

The worries were mum's low mood after dad left and the state of the house in the autumn; both are much better. Little Harbour Nursery have been a real help and are happy to be part of the TAF.

Thanks,
Jenna

Jenna Trewin
Social Worker | Single Assessment Team | Torbay Council
01632 960377

""") + BDISC
    sa = ["Torbay Council - Single Assessment (summary pages)",
          "Children: Lily Hannaford (20/06/2042); Oscar Hannaford (03/09/2046). LCS-5521093.",
          "Social worker's analysis: mum's mental health has improved with GP treatment; home conditions "
          "restored; children's needs met day to day but the family needs co-ordinated support (level 3).",
          "Rationale for step down: no further need for statutory intervention; high level of need remains.",
          "Manager's analysis (Stuart Polglase, Team Manager, 25/01/2050): I agree the threshold for level 3 "
          "intervention is met and support the step down to Early Help."]
    top = outlook_top(f, addr("Trewin, Jenna", "Jenna.Trewin@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - step down - Hannaford - LCS-5521093", when)
    add(f, mail(f, top, body, atts=[pdf_att("Single Assessment - Hannaford - Jan 2050.pdf", "Single Assessment", sa)]),
        "torbay", "early_help_duty", when, 4, "ordinary", "step_down", False, 3, ["LCS-5521093"],
        [ch("Lily Hannaford", "2042-06-20", "20/06/2042"), ch("Oscar Hannaford", "2046-09-03", "03/09/2046")],
        ["neglect", "parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down from the Single Assessment Team (seed 002): Single Assessment attached with the "
        "manager's analysis confirming level 3, consent signed -> book_meeting. Oscar is 3, so the fortnightly "
        "under-5s triage applies (the next sitting is Tue 1 Feb 2050 on the pack's fortnight); level 3 as stated.",
        not_children=["Stuart Polglase", "Jenna Trewin"])

def torbay_02():
    """URGENT - a half-term holiday camp manager, hedging every line."""
    f = "torbay_02.eml"; when = "2050-02-16 13:25:48"
    body = T("""
Hello,

I'm not sure this needs to come to you and I may well be overreacting - our head office procedure says to email the local MASH if in doubt, so here goes.

I'm the manager of Coastline Camps' half-term multi-activity camp at the Oldway Preparatory School site in Paignton this week. One of our campers, Evie-Rose Tapper (7 - her booking form gives her DOB as 09/05/2042), had a toileting accident just before lunch. When our first aider, Megan, helped her change she saw bruises on both upper arms - four or five small round ones in a row on each side, like fingers, and some older yellow ones underneath.

Evie-Rose then told Megan she "mustn't wet" or her mum's boyfriend, Shane, "puts me in the garage on the cold floor with the light off all night". She said she slept in the garage last night and asked if she could stay at camp tonight. She has eaten three lunches today.

Shane is booked to collect her at 4pm. Mum is named on the booking as the main contact but her phone goes to voicemail.

Probably there's an innocent explanation, and I really don't want to get anyone into trouble, but I'd be grateful if someone could give me a ring before 4 so I know what to do. 07700 900624.

Many thanks,
Tom Hext
Camp Manager (Paignton), Coastline Camps Ltd
Ofsted registered (Childcare Register) | coastlinecamps.co.uk

Coastline Camps Ltd, Registered in England and Wales No. 12277410. This message is confidential.
""")
    top = plain_top(f, addr("Tom Hext", "paignton.manager@coastlinecamps.co.uk"), addr("MASH", BMASH),
                    "Camper this week - not sure if this is for you", when, "coastlinecamps.co.uk",
                    "Microsoft Outlook for iOS")
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 5, "urgent", "other", True, None, [],
        [ch("Evie-Rose Tapper", "2042-05-09", "09/05/2042")], ["neglect", "physical_harm"], None, None, [], None,
        "alert_duty",
        "SAFETY RULE 1, TOLD WITH HEDGES ('may well be overreacting', 'Probably there's an innocent explanation'): "
        "a February half-term holiday camp's manager reports fingertip bruising on a 7-year-old's arms, her account "
        "of being shut in a cold dark garage all night 'last night' for wetting, hunger, and the mother's boyfriend "
        "collecting at 4pm today. Urgent -> alert_duty. Not a step -> other. DOB as written on the booking form.",
        not_children=["Tom Hext", "Megan"])

def torbay_03():
    """NEAR MISS - a Torbay step-up (contact to MASH) that mentions last summer's camp incident, closed."""
    f = "torbay_03.eml"; when = "2050-03-07 09:50:14"
    blocks = [
        "Good morning MASH,",
        "",
        "I'm the lead practitioner for {{Jacob Pengelly}} (DOB 15/02/2040), EHM-830417, and I'm making a contact to "
        "MASH to ask for Jacob's situation to be considered for a level 4 statutory response.",
        "",
        ("h", "New information"),
        "Since January the home conditions have gone downhill badly: no working cooker, dog mess in the kitchen, "
        "Jacob's bed soaked and not changed, and he has been sent to school in the same uniform for two weeks. He "
        "has missed 11 days this term. Mum has stopped answering the door to me.",
        "",
        ("h", "Consent and management oversight"),
        "Mum (Sam Pengelly) gave her consent on 4 March for me to contact MASH. My line manager, Ruth Widdicombe "
        "(Assistant Team Manager), has discussed this with me and agrees it needs considering for level 4.",
        "",
        ("h", "Something you may come across"),
        "Jacob's name may come up from Coastline Camps. At their holiday camp last August he said a bigger boy had "
        "pushed him into the pool. That was looked at in August 2049: the camp and the police were satisfied it was "
        "horseplay between campers, a strategy discussion found no concerns about his family, and it is closed. It "
        "is not part of this contact.",
        "",
        "Kind regards,",
        "Kerry Westlake",
        "Early Help Family Practitioner | Torbay Early Help | 01632 960455",
    ]
    top = outlook_top(f, addr("Westlake, Kerry", "Kerry.Westlake@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Jacob Pengelly - EHM-830417", when,
                      cc=addr("Widdicombe, Ruth", "Ruth.Widdicombe@" + BDOM))
    add(f, word_mail(f, top, blocks), "torbay", "mash_step_up", when, 4, "near_miss", "step_up", False, None,
        ["EHM-830417"], [ch("Jacob Pengelly", "2040-02-15", "15/02/2040")], ["neglect", "school_attendance"],
        True, True, [], None, "book_meeting",
        "NEAR MISS - HISTORIC AND CLOSED: last August's holiday-camp pool incident was 'horseplay', a strategy "
        "discussion 'found no concerns about his family', 'closed', 'not part of this contact' -> not urgent. The "
        "Torbay step-up itself (a contact to MASH from the lead practitioner, Word HTML): parental consent given and "
        "the ATM's agreement -> nothing missing -> book_meeting. 'level 4' is the statutory level asked for; level "
        "stays null on a step-up.",
        not_children=["Sam Pengelly", "Ruth Widdicombe", "Kerry Westlake"])

def torbay_04():
    """ORDINARY - iPhone reply to stepbot's acknowledgement bringing the father's signed consent."""
    f = "torbay_04.eml"; when = "2050-04-05 10:12:33"
    ack = ack_text("step-down", "SB-torbay-402", [
        "Family: Coombes (LCS-5534280)", "Children: Alfie Coombes",
        "Triage: a slot will be confirmed once the request is complete."], ["consent"])
    text = ("Hi - consent signed by Alfie's dad yesterday evening, attached. Mum had already agreed on the phone. "
            "Thanks, Jenna\n\nSent from my iPhone\n\n"
            "On 1 Apr 2050, at 14:03, Torbay Early Help <earlyhelp@torbay.gov.uk> wrote:\n\n") + stepbot_ack(
        "SB-torbay-402", ack.rstrip("\n").split("\n"))
    top = plain_top(f, addr("Jenna Trewin", "Jenna.Trewin@" + BDOM), addr("Torbay Early Help", BEH),
                    "Re: [SB-torbay-402] Step-down request received - Coombes", when, BDOM, "iPhone Mail (23B85)")
    consent = ["Torbay Council - Consent to Early Help (level 3)",
               "Child: Alfie Coombes    LCS-5534280",
               "I agree to my family being supported by Early Help and to information being shared with the "
               "people named in the plan.",
               "Signed: Lee Coombes (father)    Date: 04/04/2050"]
    add(f, iphone_mail(f, top, text, atts=[pdf_att("Consent - Coombes - signed.pdf", "Consent to Early Help",
                                                  consent)]),
        "torbay", "early_help_duty", when, 3, "ordinary", "follow_up", False, None, ["LCS-5534280"],
        [ch("Alfie Coombes")], [], True, None, [], None, "attach_to_request",
        "iPhone Mail reply (format=flowed, quoted-printable) to [SB-torbay-402] bringing the father's signed consent "
        "form (.pdf) -> follow_up, consent true, attach_to_request. The case id and child come from the quoted "
        "acknowledgement, whose 'What is missing:' heading is not the 'missing' concern. Dated Tue 5 April 2050 (BST).",
        not_children=["Lee Coombes"])

def torbay_05():
    """NEAR MISS - a private children's home's notification of a missing episode that ended in the night."""
    f = "torbay_05.eml"; when = "2050-02-10 09:05:41"
    body = T("""
Good morning,

Please find attached our notification of a missing episode for a young person placed with us. This is sent to you as the host authority for information, in line with our missing-from-care procedure; the placing authority has also been informed.

Regards,
Dawn Pascoe
Registered Manager, Seaview House
Horizon Care Homes Ltd
""")
    note = ["# Horizon Care Homes Ltd - Notification of a missing episode",
            "Home: Seaview House, Torquay (Ofsted URN SC511207)",
            "Young person: K.B. (initials only, under our company data-protection policy), aged 15",
            "Placing authority: Bristol City Council (social worker informed 09/02/2050 22:05)",
            "Missing from: 21:30 on 09/02/2050. Reported to Devon and Cornwall Police at 22:00 (log 0987 of 09/02/2050).",
            "Found: 01:40 on 10/02/2050 by police at a school friend's home in Paignton; the friend's parent was present.",
            "Returned to Seaview House at 02:15. Safe and well; no injuries; no signs of alcohol or drugs.",
            "Exploitation screening: completed by the shift leader - no indicators.",
            "Return home interview: booked with the placing authority's provider for 11/02/2050.",
            "Status: closed. This notification is for information only."]
    top = outlook_top(f, addr("Dawn Pascoe", "seaview.rm@horizoncarehomes.co.uk"), addr("MASH", BMASH),
                      "Missing episode notification - Seaview House - 09/02/2050 (resolved)", when,
                      mid_domain="LO2P265MB4418.GBRP265.PROD.OUTLOOK.COM")
    add(f, mail(f, top, body, atts=[docx_att("Missing episode notification - KB - 09.02.2050.docx", note)]),
        "torbay", "mash_step_up", when, 5, "near_miss", "other", False, None, [], [], ["missing"], None, None, [],
        None, "human_review",
        "NEAR MISS - RESOLVED, ALREADY MANAGED: a private children's home's notification (.docx) of a 15-year-old's "
        "missing episode last night - found at a friend's with a parent present at 01:40, home at 02:15, safe and "
        "well, no exploitation indicators, return interview booked, 'closed', 'for information only'. Not urgent; "
        "not a request -> other -> human_review. The young person is given by initials only, so no child is "
        "labelled; the Ofsted URN and police log are not case ids.",
        not_children=["Dawn Pascoe"])

def torbay_06():
    """URGENT - a nanny and maternity-nurse agency forwards its nurse's message from inside the house."""
    f = "torbay_06.eml"; when = "2050-03-04 14:22:07"
    nurse = T("""
Lucy, I don't know what to do. Mrs P has taken the baby into her bedroom and locked the door. Before she went in she said she is a terrible mother and Arlo would be better off "going to sleep with her for ever". This morning I found she had been saving her tablets in the bathroom drawer - the box is empty now. I can hear Arlo crying through the door but she won't answer me. Mr P is on a rig in the North Sea until the 20th. Mrs P told me last week that if I ever call anyone I am in breach of my NDA and will never work again.

Anja
""")
    body = T("""
To the Torbay MASH,

Forwarding the message below from our maternity nurse, Anja Kowalski, who is placed with a family in Churston Ferrers. The baby is Arlo Penhaligon, born 18 November 2049; his mother is Mrs Imogen Penhaligon, of The Old Rectory, Churston Ferrers.

For the avoidance of doubt, our agency's non-disclosure agreement with the family does not prevent us sharing this with you, and I have told Anja so. I have also told her to dial 999 and to stay outside the bedroom door, which she is doing now. I am driving there from Exeter.

Lucy Ferrers
Director, Riviera Nannies & Maternity Nurses Ltd
07700 900882

""") + quote("Anja Kowalski <anja.k.maternity@gmail.com>", "04 March 2050 13:58",
             "Lucy Ferrers <lucy@riviera-nannies.co.uk>", "Mrs P", nurse)
    top = outlook_top(f, addr("Lucy Ferrers", "lucy@riviera-nannies.co.uk"), addr("MASH", BMASH),
                      "FW: Mrs P - please read now", when, mid_domain="CWLP265MB3362.GBRP265.PROD.OUTLOOK.COM")
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 3, "urgent", "other", True, None, [],
        [ch("Arlo Penhaligon", "2049-11-18", "18 November 2049")], ["parental_mental_health"], None, None, [], None,
        "alert_duty",
        "SAFETY RULE 1, IN A FORWARDED MESSAGE: a private nanny and maternity-nurse agency forwards its nurse's "
        "message - a mother has locked herself in a bedroom with her 15-week-old after saying the baby would be "
        "better off 'going to sleep with her for ever', her saved tablets gone, the baby crying, father offshore. "
        "Happening now -> urgent -> alert_duty. Not a step -> other. DOB written 'born 18 November 2049'.",
        not_children=["Anja Kowalski", "Imogen Penhaligon", "Lucy Ferrers"])

def torbay_07():
    """ORDINARY - SASF step-down with consent but no manager's agreement yet."""
    f = "torbay_07.eml"; when = "2050-03-21 15:30:26"
    body = T("""
Hi Early Help,

Request for a triage slot: step down from the Safeguarding and Supporting Families team for Nevaeh Stoneman (DOB 11/11/2047), LCS-5529917. The CIN plan ended at the review on 18 March - outcomes achieved and no further need for statutory intervention - but Nevaeh and her mum still need a level 3 co-ordinated response.

Background: mum's ex-partner has a non-molestation order and there has been no contact since October; mum has done the Freedom Programme. Nevaeh goes to Tiny Toes Day Nursery in Torquay (private) three days a week, funded.

Mum has given her consent to level 3 Early Help (signed at the review). The Single Assessment is attached.

My team manager, Ann-Marie Hosking, is on leave until 28 March - she'll add her agreement when she's back.

Callum Rowe
Social Worker | Safeguarding and Supporting Families | Torbay Council | 01632 960519

""") + BDISC
    sa = ["Torbay Council - Single Assessment (update, March 2050)",
          "Child: Nevaeh Stoneman (11/11/2047). LCS-5529917.",
          "Summary: CIN plan (domestic abuse) ended 18/03/2050; outcomes achieved; non-molestation order in place.",
          "Social worker's analysis: level 3 co-ordinated support recommended (nursery, Freedom Programme follow-up).",
          "Manager's analysis: [not yet completed]"]
    top = plain_top(f, addr("Rowe, Callum", "Callum.Rowe@" + BDOM), addr("Early Help", BEH),
                    "Triage request - step down - Nevaeh Stoneman - LCS-5529917", when, BDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, atts=[pdf_att("Single Assessment - N Stoneman.pdf", "Single Assessment", sa)]),
        "torbay", "early_help_duty", when, 4, "ordinary", "step_down", False, 3, ["LCS-5529917"],
        [ch("Nevaeh Stoneman", "2047-11-11", "11/11/2047")], ["domestic_abuse"], True, None, ["manager_agreed"],
        None, "request_info",
        "Torbay step-down on the SASF route: Single Assessment attached, consent given, level 3 stated, but the team "
        "manager 'will add her agreement when she's back' and the form's manager's analysis is 'not yet completed' -> "
        "manager_agreed null -> missing manager_agreed -> request_info. Nevaeh (2) goes to the under-5s triage.",
        not_children=["Ann-Marie Hosking", "Callum Rowe"])

def torbay_08():
    """NEAR MISS - a private nursery manager declines the under-5s triage; her COMMENT negates an old worry."""
    f = "torbay_08.eml"; when = "2050-01-28 16:40:19"
    comment = ("Sorry, I can't attend - I'm on a head office course in Exeter that morning. Nothing new from us: "
               "Oscar Hannaford is thriving, his attendance has been 100% since January, and the mark on his cheek "
               "we queried in December was seen by his GP and explained (an eczema flare) - we have no concerns. "
               "Our written update is with Jenna. Sarah Cornish, Little Harbour Nursery")
    data = itip_reply(f, when, "Sarah Cornish", "manager@littleharbour-nursery.co.uk", ("Torbay Early Help", BEH),
                      "DECLINED", "Under-5s triage - Hannaford - LCS-5521093 [SB-torbay-377]",
                      "20500201T113000", "20500201T120000", "Microsoft Teams Meeting", comment=comment)
    add(f, data, "torbay", "early_help_duty", when, 4, "near_miss", "meeting_reply", False, None, ["LCS-5521093"],
        [ch("Oscar Hannaford")], [], None, None, [], None, "record_reply",
        "NEAR MISS - A CALENDAR REPLY'S COMMENT THAT NEGATES: an Outlook iTIP REPLY (DECLINED) from the private "
        "nursery's manager for torbay_01's under-5s triage on Tue 1 Feb 2050 11:30; the COMMENT mentions a mark on the "
        "child's cheek in December, 'seen by his GP and explained (an eczema flare) - we have no concerns'. Not "
        "urgent -> record_reply. The child named in the comment, LCS-5521093 from the SUMMARY.",
        not_children=["Sarah Cornish"])


# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    """ORDINARY - complete sibling-group step-down; the key person is a private nursery's manager."""
    f = "herefordshire_01.eml"; when = "2050-01-11 10:40:02"
    body = T("""
Dear Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan for Tegan and Rhys Bowen, stepping down at level 3 following the Child and Family Assessment, together with mum's signed consent form. I talked the plan through with Xavier at the Tuesday drop-in last week.

Tegan Bowen - DOB 22/02/2041 - Mosaic 712334
Rhys Bowen - DOB 07/07/2045 - Mosaic 712335

Key person: Mrs Gwen Pritchard, Manager, Kingfisher Day Nursery (Leominster) - Kingfisher Childcare Ltd. Rhys attends Kingfisher four days a week and Tegan goes to their after-school club, so they see the family every day. Gwen has agreed to the role, and mum chose her. Kingfisher's owners have asked for a copy of the council's information-sharing protocol for their insurers; I have sent it.

The worries were mum's depression after her father died and chaotic mornings at home; mum is now well supported by her GP and the talking therapies service.

Best wishes,
Sian

Sian Probert
Social Worker, Children's Services (Leominster Locality)
Herefordshire Council | 01632 960741

""") + HDISC
    plan = ["# Early Help Assessment - Step Down Plan",
            "Children: Tegan Bowen (22/02/2041), Rhys Bowen (07/07/2045). Mosaic 712334, 712335.",
            "What are we worried about? Mum's low mood; mornings; Tegan's worry about mum.",
            "What's working well? Mum engaged with therapy; nursery and after-school club see the children daily.",
            "Wellbeing plan - what needs to happen, by whom, outcome, timescale:",
            "1. Kingfisher to support a morning routine (Gwen Pritchard) - children ready and fed by 8.30 - 6 weeks.",
            "2. Mum to continue talking therapies - mum - ongoing.",
            "3. Tegan to join the school's worry group - school - from February.",
            "Key person: Gwen Pritchard, Kingfisher Day Nursery (Leominster), Kingfisher Childcare Ltd."]
    consent = ["Herefordshire Council - Consent to Early Help step down",
               "Children: Tegan Bowen, Rhys Bowen",
               "I have seen the step-down plan and agree with it. I consent to my family's information being shared "
               "with the key person and the Early Help co-ordinator team.",
               "Signed: Carys Bowen (mother)    Date: 06/01/2050"]
    top = outlook_top(f, addr("Probert, Sian", "Sian.Probert@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down plan - Tegan and Rhys Bowen - Mosaic 712334/712335", when)
    add(f, mail(f, top, body, atts=[docx_att("EHA step down plan - Bowen.docx", plan),
                                    pdf_att("Signed consent - Bowen.pdf", "Consent to Early Help step down", consent)]),
        "herefordshire", "early_help_duty", when, 5, "ordinary", "step_down", False, 3, ["712334", "712335"],
        [ch("Tegan Bowen", "2041-02-22", "22/02/2041"), ch("Rhys Bowen", "2045-07-07", "07/07/2045")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down (seed 003): EHA step-down plan (.docx), the mother's signed "
        "consent form (.pdf) and the key person with her agency (a private nursery's manager) -> book_meeting; level "
        "3 stated. The plan was discussed at the Tuesday drop-in (changes only the panel in the pack).",
        not_children=["Gwen Pritchard", "Carys Bowen", "Sian Probert"])

def herefordshire_02():
    """ORDINARY - step-down to an independent boarding school as key person; verbal consent only."""
    f = "herefordshire_02.eml"; when = "2050-02-02 15:05:44"
    body = T("""
Dear co-ordinators,

Step-down plan attached for Isabelle Morgan-Price (DOB 31/03/2036), Mosaic 719902.

Isabelle boards weekly at St Ethelbert's School (independent), where her fees are paid by her grandparents. She has been on a CIN plan since the summer after her parents separated following domestic abuse by her father; he now lives in Spain and has no contact. Isabelle is doing well and her needs can be met through Early Help.

Key person: Mr Robert Tanner, Deputy Head (Pastoral), St Ethelbert's School. He has agreed, but the school's bursar has asked the council to confirm in writing that the school is not taking on any statutory responsibility by acting as key person - could one of you reply to him on that?

Consent: mum agreed to the step-down on the phone yesterday and is posting the signed form back to me - I'll forward it when it arrives.

Thanks,
Llinos

Llinos Vaughan
Social Worker, Children's Services (Hereford City)
Herefordshire Council | 01632 960788

""") + HDISC
    plan = ["# Early Help Assessment - Step Down Plan - Isabelle Morgan-Price (Mosaic 719902)",
            "What are we worried about? Isabelle's anxiety when she is home at weekends; mum's confidence.",
            "What's working well? School pastoral support; mum's new home is settled.",
            "Wellbeing plan: weekly check-in with Mr Tanner; school counsellor; Women's Aid outreach for mum.",
            "Key person: Robert Tanner, Deputy Head (Pastoral), St Ethelbert's School."]
    top = outlook_top(f, addr("Vaughan, Llinos", "Llinos.Vaughan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Isabelle Morgan-Price - Mosaic 719902", when,
                      cc="Robert Tanner <r.tanner@stethelberts.org.uk>")
    add(f, mail(f, top, body, html_alt=True, atts=[docx_att("Step down plan - I Morgan-Price.docx", plan)]),
        "herefordshire", "early_help_duty", when, 3, "ordinary", "step_down", False, None, ["719902"],
        [ch("Isabelle Morgan-Price", "2036-03-31", "31/03/2036")], ["domestic_abuse"], True, None, ["consent_form"],
        None, "request_info",
        "Herefordshire step-down: the plan (.docx) and the key person with his agency (an independent school's deputy "
        "head) are there; mum 'agreed to the step-down on the phone' -> consent true, but the signed form is 'posting "
        "... back' -> missing consent_form (seed 003: written consent) -> request_info. Level not stated -> null. The "
        "father's domestic abuse is the reason for the CIN plan, not a current incident.",
        not_children=["Robert Tanner", "Llinos Vaughan"])

def herefordshire_03():
    """URGENT - a step-up to the Herefordshire MASH (a kind the protocol does not define), from a nursery's call."""
    f = "herefordshire_03.eml"; when = "2050-03-14 13:10:37"
    body = T("""
Hi MASH,

I'd like to step Jayden Lewis (DOB 23/06/2046) up to social care. I've been his lead practitioner on an EHA since October (Mosaic 716540), mainly for dad's drinking. My manager, Karen Sayce, agrees.

The reason for today: Jayden's nursery (Busy Bumbles Day Nursery in Ross-on-Wye, private) rang me at 12.30. When they changed him after lunch they found a loop-shaped mark across the backs of both thighs, red and raised. Jayden said "Daddy's belt. Naughty boy." The nursery photographed it under their company procedure and have sent it to their head office.

Dad is collecting him at 5.15 tonight. Mum is in Hereford County Hospital - she had the baby yesterday.

I'll do the paperwork tonight.

Becky

Becky Gwilliam
Early Help Family Support Worker | Herefordshire Council
01632 960812

Sent from Outlook for Android
""")
    top = plain_top(f, addr("Becky Gwilliam", "Becky.Gwilliam@" + HDOM), addr("MASH", HMASH),
                    "Step up - Jayden Lewis", when, HDOM, "Outlook for Android")
    add(f, mail(f, top, body), "herefordshire", "mash_step_up", when, 4, "urgent", "step_up", True, None, ["716540"],
        [ch("Jayden Lewis", "2046-06-23", "23/06/2046")], ["physical_harm", "substance_misuse"], None, True, [], None,
        "alert_duty",
        "SAFETY RULE 1, PLAIN WORDS: a 3-year-old's private nursery found a fresh loop-shaped mark across both "
        "thighs today, 'Daddy's belt', and the father collects at 5.15 tonight with mother in hospital. Urgent -> "
        "alert_duty. Herefordshire's seed defines no step-up, so the kind gives no requirements (missing []) and "
        "would go to human review - but the urgent alert comes first.",
        not_children=["Karen Sayce", "Becky Gwilliam"])

def herefordshire_04():
    """NEAR MISS - a complete step-down after a private eating-disorder clinic; self-harm is historic."""
    f = "herefordshire_04.eml"; when = "2050-03-29 11:20:15"
    body = T("""
Dear Early Help Co-ordinators,

Attached for Maisie Jenkins (DOB 16/08/2034), Mosaic 709115, stepping down to Level 3 Early Help ('Intensive'):
- the Early Help Assessment step-down plan
- Maisie's and her mum's signed consent form
- the discharge letter from The Wye Valley Clinic, for information

Maisie was an inpatient at The Wye Valley Clinic (an independent eating-disorder unit, funded by the NHS) from September to February and has been home for six weeks. She is on a reduced timetable at school and building up; her school attendance is 58% this term.

You will see on Mosaic the overdose in June 2048 and the self-harm on the ward last autumn. Both are historic: the clinic's discharge letter says there has been no self-harm since October, Maisie says she feels safe at home and with her mum, and there are no current child protection concerns.

Key person: Ms Anita Rees, School Nurse, Herefordshire school nursing service, who knows Maisie well and has agreed.

Kind regards,
Sian

Sian Probert
Social Worker, Children's Services (Leominster Locality)
Herefordshire Council | 01632 960741

""") + HDISC
    plan = ["# Early Help Assessment - Step Down Plan - Maisie Jenkins (Mosaic 709115)",
            "What are we worried about? Keeping Maisie's eating on track; catching up at school.",
            "What's working well? Mum's support; community eating-disorder team; Maisie's own motivation.",
            "Wellbeing plan: school nurse weekly (Anita Rees); reduced timetable reviewed every 3 weeks; "
            "community ED team fortnightly.",
            "Key person: Anita Rees, School Nurse."]
    consent = ["Herefordshire Council - Consent to Early Help step down",
               "Child: Maisie Jenkins", "Signed: Maisie Jenkins; Rachel Jenkins (mother)    Date: 25/03/2050"]
    letter = ["The Wye Valley Clinic - Discharge summary (extract)",
              "Patient: Maisie Jenkins    Admitted: 04/09/2049    Discharged: 15/02/2050",
              "Diagnosis: anorexia nervosa, restrictive type - weight restored.",
              "Self-harm: episodes on the ward in September and October 2049; none since 21/10/2049.",
              "Follow-up: community eating disorder service, fortnightly."]
    top = outlook_top(f, addr("Probert, Sian", "Sian.Probert@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Maisie Jenkins - Mosaic 709115", when)
    add(f, mail(f, top, body, atts=[docx_att("EHA step down plan - M Jenkins.docx", plan),
                                    pdf_att("Signed consent form - M Jenkins.pdf", "Consent", consent),
                                    pdf_att("Discharge letter - Wye Valley Clinic.pdf", "Discharge summary", letter)]),
        "herefordshire", "early_help_duty", when, 4, "near_miss", "step_down", False, 3, ["709115"],
        [ch("Maisie Jenkins", "2034-08-16", "16/08/2034")], ["school_attendance"], True, None, [], None,
        "book_meeting",
        "NEAR MISS - HISTORIC SELF-HARM: an overdose in June 2048 and self-harm on a private clinic's ward last "
        "autumn, 'Both are historic', none since October, 'no current child protection concerns' -> not urgent. "
        "Complete Herefordshire step-down: plan (.docx), signed consent form (.pdf), key person with her agency -> "
        "book_meeting; 'Level 3 Early Help' -> level 3. Reduced timetable -> school_attendance. Dated Tue 29 March "
        "2050 (BST).",
        not_children=["Anita Rees", "Rachel Jenkins", "Sian Probert"])

def herefordshire_05():
    """ORDINARY - a private dance studio's Gmail vacation responder."""
    f = "herefordshire_05.eml"; when = "2050-02-16 08:02:11"
    body = T("""
Hello, and thank you for your email.

The Pirouette Studio is closed for February half-term and reopens on Monday 21 February 2050. Emails are not read while we are closed.

For timetable and fees questions please see our website. For anything about a pupil's welfare please contact our Welfare Officer, Mrs Delyth Price, after half-term.

The Pirouette Studio (Hereford) - ballet, tap, modern and musical theatre for ages 3-18
""")
    top = [("From", addr("The Pirouette Studio", "office@pirouettestudio.co.uk")), ("To", addr(None, HEH)),
           ("Subject", "Studio closed for February half-term"), ("Date", email.utils.format_datetime(dt(when))),
           ("Message-ID", "<CA%s@mail.gmail.com>" % sha(f, "gmid")[:40]),
           ("In-Reply-To", msgid("herefordshire_ack_233", "stepbot.herefordshire.gov.uk")),
           ("Auto-Submitted", "auto-replied")]
    add(f, build(top, text_part(body, cte="7bit"), False), "herefordshire", "early_help_duty", when, 2, "ordinary",
        "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Gmail vacation responder from a private dance studio (copied on an earlier mail): only 'Auto-Submitted: "
        "auto-replied' marks it - no 'Automatic reply:' prefix, no X-Auto-Response-Suppress. auto_reply -> ignore "
        "(safety rule 2). 'a pupil's welfare' is boilerplate.",
        not_children=["Delyth Price"])

def herefordshire_06():
    """URGENT - a supported-lodgings host on her iPhone in the evening: a 16-year-old about to leave with a man."""
    f = "herefordshire_06.eml"; when = "2050-03-23 19:34:50"
    text = ("Hello, I'm a supported lodgings host with Marches Supported Lodgings. Kasey Thomas (16) has lived "
            "with me since January, she is a Herefordshire young person.\n\n"
            "Tonight she has packed her bag and says a man called Dean is picking her up at 9 to take her to live "
            "with him in Birmingham. She met him online three weeks ago. He is 31. He has sent her a new phone and "
            "the train money and she showed me his photo. He has told her not to tell anyone where she is going and "
            "to turn her location off.\n\n"
            "I've told her I can't let her go but I can't physically stop her. The Marches office line goes to "
            "voicemail after 5 and their on-call isn't answering.\n\n"
            "Please can somebody ring me on 07700 900264.\n\n"
            "Diane Preece\n\nSent from my iPhone")
    top = plain_top(f, addr("Diane Preece", "dianepreece61@icloud.com"), addr(None, HMASH),
                    "Kasey - tonight", when, "icloud.com", "iPhone Mail (23B85)",
                    cc="Marches Supported Lodgings <office@marcheslodgings.org.uk>")
    add(f, iphone_mail(f, top, text), "herefordshire", "mash_step_up", when, 3, "urgent", "other", True, None, [],
        [ch("Kasey Thomas")], ["exploitation"], None, None, [], None, "alert_duty",
        "SAFETY RULE 1, iPHONE (format=flowed, quoted-printable), EVENING (Wed 23 March 2050 19:34 GMT, out of "
        "hours): a supported-lodgings host says a 16-year-old is about to be collected at 9 tonight by a 31-year-old "
        "man met online three weeks ago, who sent her a phone and fares and told her to turn her location off. "
        "Grooming and exploitation tonight -> urgent -> alert_duty. Not a step -> other.",
        not_children=["Diane Preece", "Dean"])

def herefordshire_07():
    """NEAR MISS - an independent school DSL's hypothetical scenario for staff training."""
    f = "herefordshire_07.eml"; when = "2050-02-03 12:30:18"
    text = T("""
Dear Early Help Co-ordinators,

I am the Designated Safeguarding Lead at Bishopswood School, an independent day and boarding school near Ross-on-Wye. I am writing our staff INSET for 24 February and would value your view on a scenario. It is entirely hypothetical - no pupil or family is involved.

Scenario: a Year 8 boarder tells her tutor on a Sunday evening that her stepfather hits her mother and that she is frightened to go home at half-term. The tutor thinks she may be at risk and is unsure whether it is urgent.

My questions are general ones:
1. Would Herefordshire expect an independent school to act as key person on an Early Help plan for a boarder whose family lives in another county?
2. Who should the school contact out of hours?
3. Is there a Herefordshire template we should use for our records?

I would also welcome any Early Help leaflets we could give to our boarding staff.

With thanks,
Alistair Kemble
Deputy Head and Designated Safeguarding Lead, Bishopswood School
01632 960903
""")
    h = ("<html><body style=\"font-family:'Times New Roman',serif;font-size:12pt\">"
         "<p style=\"color:#14365D;font-variant:small-caps;font-size:14pt\">Bishopswood School</p>" + "".join(
             "<p>%s</p>" % html.escape(p, quote=False).replace("\n", "<br>") for p in text.split("\n\n")) +
         "<p style=\"font-size:8pt;color:#777\">Bishopswood School Ltd is a registered charity. This email is "
         "confidential and may be legally privileged.</p></body></html>\n")
    top = outlook_top(f, addr("Alistair Kemble", "a.kemble@bishopswood-school.org.uk"), addr("Early Help Co-ordinators",
                                                                                            HEH),
                      "Question for our staff training - hypothetical scenario", when,
                      mid_domain="LO0P265MB2983.GBRP265.PROD.OUTLOOK.COM")
    add(f, alt_mail(f, top, text, h), "herefordshire", "early_help_duty", when, 5, "near_miss", "other", False,
        None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A HYPOTHETICAL: an independent school DSL's training scenario (a boarder frightened to go home, "
        "'may be at risk', 'urgent') - 'entirely hypothetical - no pupil or family is involved' - with general "
        "questions about acting as key person. Not urgent; no child, no concerns -> other -> human_review.",
        not_children=["Alistair Kemble"])

def herefordshire_08():
    """ORDINARY - a reply to stepbot's acknowledgement bringing herefordshire_02's signed consent form."""
    f = "herefordshire_08.eml"; when = "2050-02-11 14:50:23"
    ack = ack_text("step-down", "SB-herefordshire-233", [
        "Family: Morgan-Price (Mosaic 719902)", "Children: Isabelle Morgan-Price"], ["consent_form"])
    body = T("""
Hi,

Mum's signed consent form for Isabelle arrived this morning - attached.

Thanks,
Llinos

Llinos Vaughan | Social Worker, Children's Services (Hereford City) | Herefordshire Council | 01632 960788

""") + quote("Herefordshire Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>",
             "02 February 2050 15:06", "Vaughan, Llinos <Llinos.Vaughan@herefordshire.gov.uk>",
             "[SB-herefordshire-233] Step-down request received - Morgan-Price", ack) + "\n" + HDISC
    consent = ["Herefordshire Council - Consent to Early Help step down",
               "Child: Isabelle Morgan-Price",
               "I have seen the step-down plan and agree with it.",
               "Signed: Bethan Morgan (mother)    Date: 07/02/2050"]
    top = outlook_top(f, addr("Vaughan, Llinos", "Llinos.Vaughan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-233] Step-down request received - Morgan-Price", when)
    add(f, mail(f, top, body, atts=[pdf_att("Signed consent - I Morgan-Price.pdf", "Consent", consent)]),
        "herefordshire", "early_help_duty", when, 4, "ordinary", "follow_up", False, None, ["719902"],
        [ch("Isabelle Morgan-Price")], [], True, None, [], None, "attach_to_request",
        "Outlook reply to [SB-herefordshire-233] (herefordshire_02's request) bringing the mother's signed consent "
        "form (.pdf) -> follow_up, consent true, attach_to_request. 'Mosaic 719902' and the child from the quoted "
        "acknowledgement (no DOB in this mail).",
        not_children=["Bethan Morgan", "Llinos Vaughan"])


# ============================================================================= SELF-CHECKS
CONCERN_IDS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
               "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation",
               "school_attendance", "young_carer", "disability_send"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
# REQUIREMENTS.md: the requirement ids for each authority and kind ("children" always). Herefordshire's step_up is
# not defined (no requirements; human_review unless urgent).
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

# England & Wales bank holidays in 2049-2050 that fall on a weekday (the `holidays` package's list, which
# set_checks() re-derives and compares when the package is importable): 2049 - Fri 1 Jan, Good Friday 16 Apr, Easter
# Monday 19 Apr, Mon 3 May, Mon 31 May, Mon 30 Aug, Christmas Day (substitute) Mon 27 Dec, Boxing Day (substitute)
# Tue 28 Dec; 2050 - New Year's Day (substitute) Mon 3 Jan, Good Friday 8 Apr, Easter Monday 11 Apr, Mon 2 May,
# Mon 30 May, Mon 29 Aug, Boxing Day Mon 26 Dec, Christmas Day (substitute) Tue 27 Dec.
BANK_HOLIDAYS = {date(2049, 1, 1), date(2049, 4, 16), date(2049, 4, 19), date(2049, 5, 3), date(2049, 5, 31),
                 date(2049, 8, 30), date(2049, 12, 27), date(2049, 12, 28),
                 date(2050, 1, 3), date(2050, 4, 8), date(2050, 4, 11), date(2050, 5, 2), date(2050, 5, 30),
                 date(2050, 8, 29), date(2050, 12, 26), date(2050, 12, 27)}
# The spring term of 2050: Monday 3 January is the New Year's Day substitute bank holiday, so the term (and the
# window) starts on Tuesday 4 January; Easter Sunday is 10 April, so the term ends on Thursday 7 April, the day
# before Good Friday.
WINDOW_START, WINDOW_END = date(2050, 1, 4), date(2050, 4, 7)
HALF_TERM = (date(2050, 2, 14), date(2050, 2, 18))       # a school holiday, not a council one: working days
# BST begins at 01:00 UTC on Sunday 27 March 2050 (and ends at 01:00 UTC on Sunday 30 October 2050).
BST_START = datetime(2050, 3, 27, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2050, 10, 30, 1, 0, 0, tzinfo=UTC)
# Mail dated on a day that is not a working day, and why (auto-replies and out-of-hours urgent mail may come at any
# time; every other Date is a working day inside the window).
JUSTIFIED = {
    "tower_hamlets_01.eml": "Saturday 12 February 2050: a private tuition centre's Saturday class - urgent mail out "
                            "of hours (the MAST out-of-hours service applies)",
}
BANNED = ["urgent", "immediate", "immediately", "risk", "emergency", "danger", "safeguarding concern", "unsafe",
          "asap", "at risk"]
URGENT_MIN, NEAR_MIN = 11, 11
EXPECTED_COUNTS = {"urgent": 12, "near_miss": 12, "ordinary": 16}

def expected_offset(d):
    return "+0100" if BST_START <= d.astimezone(UTC) < BST_END else "+0000"

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"], 1)}

def parse_dob(w):
    w = w.strip()
    m = re.fullmatch(r"(\d{2})[/.-](\d{2})[/.-](\d{4})", w)
    if m:
        return date(int(m[3]), int(m[2]), int(m[1])).isoformat()
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+) (\d{4})", w)
    if m:
        return date(int(m[3]), MONTHS[m[2][:3].lower()], int(m[1])).isoformat()
    return None

def age_years(dob, on):
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))

def is_working_day(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS

def working_days(today, meeting):
    """DESIGN: the working days d with today < d <= meeting (Mon-Fri, bank holidays excluded)."""
    n, d = 0, today + timedelta(days=1)
    while d <= meeting:
        if is_working_day(d):
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

CASE_ID_FORM = re.compile(r"(EHM|ICS|LCS)-\d{5,7}|\d{6,7}")

def parse(f):
    return email.message_from_bytes(FILES[f], policy=email.policy.default)

def all_headers(msg):
    return " ".join(str(v) for part in msg.walk() for _k, v in part.items())

def check_file(lab):
    errors = []
    def err(m):
        errors.append("%s: %s" % (lab["file"], m))
    f, a, mb, e = lab["file"], lab["authority"], lab["mailbox"], lab["expect"]
    if not re.fullmatch(r"%s_0[1-8]\.eml" % a, f): err("file name / authority")
    if set(lab) != {"file", "authority", "mailbox", "now", "expect", "why"}: err("label keys")
    if set(e) != {"kind", "urgent", "level", "case_ids", "children", "concerns", "consent",
                  "manager_agreed", "missing", "notice_ok", "next_action"}:
        err("expect keys")
    if not lab["why"].strip(): err("empty why")
    if mb not in ("mash_step_up", "early_help_duty"): err("mailbox")
    if e["kind"] not in KINDS: err("kind")
    if e["next_action"] != expected_next(a, e): err("next_action %s != %s" % (e["next_action"], expected_next(a, e)))
    if CATS[f] not in ("urgent", "near_miss", "ordinary"): err("category")
    if e["urgent"] != (CATS[f] == "urgent"): err("urgent vs category")
    if not set(e["concerns"]) <= CONCERN_IDS or e["concerns"] != sorted(set(e["concerns"])): err("concerns")
    if e["missing"] != sorted(set(e["missing"])): err("missing not sorted/unique")
    lvl = None
    if a == "knowsley" and e["kind"] == "step_down":
        lvl = e["level"] if e["level"] is not None else 3        # REQUIREMENTS: no level stated -> level 3
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
        if not CASE_ID_FORM.fullmatch(cid): err("case id form %r" % cid)

    # --- the message itself
    raw = FILES[f]
    msg = parse(f)
    if msg.defects: err("top-level defects %r" % msg.defects)
    for part in msg.walk():
        if part.defects: err("part defects %r" % part.defects)
    for h in ("Message-ID", "Date", "From", "To", "Subject"):
        if not msg[h]: err("no %s" % h)
    rcpts = " ".join(str(msg[h] or "") for h in ("To", "Cc")).lower()
    if MAILBOXES[(a, mb)].lower() not in rcpts: err("mailbox address not in To/Cc")
    d = email.utils.parsedate_to_datetime(str(msg["Date"]))
    loc = d.astimezone(LON)
    if d.strftime("%z") != expected_offset(d): err("Date offset %s, Europe/London has %s" % (d.strftime("%z"),
                                                                                            expected_offset(d)))
    if not (WINDOW_START <= loc.date() <= WINDOW_END): err("Date outside the window")
    if not is_working_day(loc.date()) and f not in JUSTIFIED: err("Date not a working day and not justified")
    if f in JUSTIFIED and (is_working_day(loc.date()) or not e["urgent"]): err("justification not needed/allowed")
    now = datetime.fromisoformat(lab["now"])
    if not (timedelta(minutes=1) <= now - d <= timedelta(minutes=10)): err("now not 1-10 minutes after Date")
    if now.strftime("%z") != d.strftime("%z") and now.utcoffset() != now.astimezone(LON).utcoffset(): err("now offset")
    if now.utcoffset() != now.astimezone(LON).utcoffset(): err("now offset is not Europe/London's")

    text = readable(msg)
    low = text.lower()
    if e["urgent"]:
        hay = (low + " " + all_headers(msg).lower())
        for w in BANNED:
            if w in hay:
                err("banned word %r in an urgent mail" % w)

    # notice (Knowsley step requests only)
    m = META[f]
    if a == "knowsley" and e["kind"] in ("step_up", "step_down"):
        if m["meeting"] is None:
            if e["notice_ok"] is not None: err("notice without meeting")
        else:
            wd = working_days(now.astimezone(LON).date(), m["meeting"])
            if (wd >= 5) != e["notice_ok"]: err("notice_ok %s but %d WD" % (e["notice_ok"], wd))
            if not is_working_day(m["meeting"]): err("meeting on a non-working day")
            mdate = m["meeting"].strftime("%d/%m/%Y")
            long1 = "%d %s %d" % (m["meeting"].day, m["meeting"].strftime("%B"), m["meeting"].year)
            if mdate not in text and long1 not in text and m["meeting"].strftime("%Y%m%d") not in text \
                    and m["meeting"].strftime("%d/%m") not in text:
                err("meeting date not found in the text")
    elif e["notice_ok"] is not None:
        err("notice_ok must be null here")

    # children, DOBs, case ids, people who are not children
    for c in m["children"]:
        span = c["_as"] or c["name"]
        if span not in text: err("child %r not in the text" % span)
        if c["_w"]:
            if c["_w"] not in text: err("DOB %r not in the text" % c["_w"])
            if parse_dob(c["_w"]) != c["dob"]: err("DOB %r parses to %s" % (c["_w"], parse_dob(c["_w"])))
            if age_years(date.fromisoformat(c["dob"]), now.date()) >= 18: err("child %s is 18+" % c["name"])
            if date.fromisoformat(c["dob"]) >= now.date(): err("DOB after now")
    names = [c["name"] for c in e["children"]]
    if names != [c["name"] for c in m["children"]]: err("children meta mismatch")
    positions = [text.find((c["_as"] or c["name"]).split(" ")[0]) for c in m["children"]]   # by forename
    if positions != sorted(positions): err("children not in order of first appearance")
    for cid in e["case_ids"]:
        if cid not in text: err("case id %s not in the text" % cid)
    pos = [text.find(c) for c in e["case_ids"]]
    if pos != sorted(pos): err("case ids not in order of appearance")
    for p in m["not_children"]:
        if p not in text: err("not-child %r not in the text" % p)
        if p in names: err("not-child %r labelled" % p)
    for name, w in m["adults"]:
        if name not in text or w not in text: err("adult %s not in text" % name)
        if age_years(date.fromisoformat(parse_dob(w)), now.date()) < 18: err("adult %s under 18" % name)
        if name in names: err("adult labelled as child")

    # per kind
    subj = str(msg["Subject"])
    cal_parts = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
    replies = [p for p in cal_parts if "METHOD:REPLY" in p.get_payload(decode=True).decode()]
    if e["kind"] == "follow_up" and not re.search(r"\[SB-[a-z_]+-\d+\]", subj): err("follow_up without reference")
    if e["kind"] in ("step_up", "step_down", "other") and re.search(r"\[SB-", subj): err("reference on a new mail")
    if (e["kind"] == "meeting_reply") != (len(replies) == 1): err("meeting_reply <-> one METHOD:REPLY part")
    if (e["kind"] == "auto_reply") != bool(msg["Auto-Submitted"]): err("auto_reply <-> Auto-Submitted")
    return errors

def set_checks():
    errors = []
    files = sorted(FILES)
    if len(files) != 40: errors.append("%d files, not 40" % len(files))
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        got = sorted(f for f in files if re.fullmatch(r"%s_\d\d\.eml" % a, f))
        if got != ["%s_%02d.eml" % (a, i) for i in range(1, 9)]: errors.append("%s: not exactly _01.._08" % a)
    if len(LABELS) != 40 or sorted(l["file"] for l in LABELS) != files: errors.append("labels do not match files")
    counts = {c: sum(1 for v in CATS.values() if v == c) for c in ("urgent", "near_miss", "ordinary")}
    if counts != EXPECTED_COUNTS: errors.append("category counts %s" % counts)
    if counts["urgent"] < URGENT_MIN or counts["near_miss"] < NEAR_MIN: errors.append("too few urgent / near misses")
    kinds = {l["expect"]["kind"] for l in LABELS}
    if kinds != KINDS: errors.append("kinds missing: %s" % (KINDS - kinds))
    # calendar facts
    if date(2050, 1, 3).weekday() != 0 or date(2050, 1, 3) not in BANK_HOLIDAYS: errors.append("3 Jan 2050")
    if WINDOW_START.weekday() != 1 or WINDOW_END.weekday() != 3: errors.append("window weekdays")
    if WINDOW_END + timedelta(days=1) != date(2050, 4, 8) or date(2050, 4, 8) not in BANK_HOLIDAYS:
        errors.append("the window should end the day before Good Friday")
    if any(WINDOW_START <= h <= WINDOW_END for h in BANK_HOLIDAYS): errors.append("a bank holiday inside the window")
    if BST_START.astimezone(LON).strftime("%a %z") != "Sun +0100" or \
            (BST_START - timedelta(seconds=1)).astimezone(LON).strftime("%z") != "+0000":
        errors.append("BST start")
    if (BST_START.date() + timedelta(days=7)).month == 3: errors.append("BST start is not the last Sunday of March")
    try:
        import holidays
        lib = {d for d, _n in holidays.country_holidays("GB", subdiv="ENG", years=[2049, 2050]).items()
               if d.weekday() < 5}
        if lib != BANK_HOLIDAYS: errors.append("bank holidays differ from the holidays package: %s" % (lib ^ BANK_HOLIDAYS))
    except ImportError:
        print("note: the `holidays` package is not importable; the bank-holiday list was not cross-checked")
    # Knowsley notice: one count decided by Easter, one exactly 5 across the clock change
    k02 = working_days(date(2050, 4, 4), date(2050, 4, 12))
    if (k02, plain_weekdays(date(2050, 4, 4), date(2050, 4, 12))) != (4, 6): errors.append("knowsley_02 count")
    if working_days(date(2050, 3, 24), date(2050, 3, 31)) != 5: errors.append("knowsley_08 count")
    return errors

BUILDERS = [knowsley_01, knowsley_02, knowsley_03, knowsley_04, knowsley_05, knowsley_06, knowsley_07, knowsley_08,
            richmond_wandsworth_01, richmond_wandsworth_02, richmond_wandsworth_03, richmond_wandsworth_04,
            richmond_wandsworth_05, richmond_wandsworth_06, richmond_wandsworth_07, richmond_wandsworth_08,
            tower_hamlets_01, tower_hamlets_02, tower_hamlets_03, tower_hamlets_04, tower_hamlets_05, tower_hamlets_06,
            tower_hamlets_07, tower_hamlets_08,
            torbay_01, torbay_02, torbay_03, torbay_04, torbay_05, torbay_06, torbay_07, torbay_08,
            herefordshire_01, herefordshire_02, herefordshire_03, herefordshire_04, herefordshire_05,
            herefordshire_06, herefordshire_07, herefordshire_08]

def stats():
    from collections import Counter
    for fld in ("kind", "next_action", "consent", "manager_agreed", "level", "notice_ok", "urgent"):
        print(fld, dict(Counter(str(l["expect"][fld]) for l in LABELS)))
    print("mailbox", dict(Counter(l["mailbox"] for l in LABELS)))
    print("offsets", dict(Counter(l["now"][-6:] for l in LABELS)))
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        print(a, dict(Counter(CATS[f] for f in CATS if f.startswith(a))))
    for l in LABELS:
        m = META[l["file"]]["meeting"]
        if m:
            t = datetime.fromisoformat(l["now"]).date()
            print("notice", l["file"], t, m, working_days(t, m), "WD", plain_weekdays(t, m), "weekdays")

def main():
    for b in BUILDERS:
        b()
    errors = set_checks()
    for lab in LABELS:
        errors += check_file(lab)
    if errors:
        print("SELF-CHECK FAILED - nothing written:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    for f in sorted(FILES):
        with open(os.path.join(HERE, f), "wb") as fh:
            fh.write(FILES[f])
    labels = list(LABELS)          # builder order: knowsley, richmond_wandsworth, tower_hamlets, torbay, herefordshire
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w", encoding="utf-8") as fh:
        json.dump({f: CATS[f] for f in sorted(CATS)}, fh, indent=2)
        fh.write("\n")
    # read back what was written: every file parses, and the written labels equal the checked ones
    for f in sorted(FILES):
        with open(os.path.join(HERE, f), "rb") as fh:
            m = email.message_from_binary_file(fh, policy=email.policy.default)
        assert not m.defects and m["Message-ID"], f
    assert json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8")) == json.loads(json.dumps(labels))
    print("OK: %d files, labels.json, categories.json written; all self-checks passed" % len(FILES))
    if "--stats" in sys.argv:
        stats()

if __name__ == "__main__":
    main()
