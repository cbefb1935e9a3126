#!/usr/bin/env python3
"""mixed40: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the autumn term of 2059 (Wednesday 3 September - Friday 19 December), in the wider children's workforce outside
statutory services writing in: a mosque madrasa teacher, a church youth leader, a gurdwara volunteer, a boxing coach,
a football club welfare officer, a dance school principal and a dance academy's autoresponder, a piano teacher,
childminders and private nurseries, tutors and a Saturday school, children's charities, housing association officers,
GP receptionists and a pharmacist - people unsure of the process, writing to whichever inbox they found - alongside
ordinary practitioners' step-up and step-down requests, follow-ups, meeting replies and machine mail.

Urgent mail (12), mostly in plain words: a 9-year-old's cable welts with the uncle collecting at 7, a 14-year-old
leaving a pharmacy with a 31-year-old man, a 12-year-old's disclosure at a gurdwara class about the man collecting her
at 9, a 7-week-old whose father "gave him a little shake" and left the surgery, a 14-year-old boxer with a knife cut
sent on a "run" tonight, a burn held to a cooker ring told only in an attached MARF, a childminder with a father under
a court order at her door, an ex-partner breaking in during a charity worker's contact to MASH, two small children
alone since last night found by their piano teacher, a drunk mother driving off with two toddlers (in a forwarded
nursery email), a baby in a freezing flat with a mother who cannot be woken, and a 14-year-old's WhatsApp from the
room where she is hiding. Near misses (13): a County FA workshop's fictional case studies, a step-down with a 2057
child protection history and a safety plan, a dance academy autoresponder's safeguarding boilerplate, a tutor's
question about a fictional story, a step-up for a boy already living safely with his father, a housing officer's
noise complaint explained by autism, a dance principal's question about a closed plan, a step-up around a planned and
MAPPA-managed prison release, a charity bulletin's training scenarios, a childminder's explained bruise, a GP
register check of ended plans, a step-down whose safety plan says "call 999", and healed scars already known to CAMHS.

Window: Wednesday 3 September - Friday 19 December 2059 (checked with Python: 3 September 2059 is a Wednesday,
19 December a Friday). British Summer Time ends at 01:00 UTC on Sunday 26 October 2059: Date headers up to Friday
24 October carry +0100, from Monday 27 October +0000. No England & Wales bank holiday falls inside the window (the
Late Summer Bank Holiday, Monday 25 August, is before it; Christmas Day, Thursday 25 December, and Boxing Day,
Friday 26 December, after it) - the `holidays` package is required and must agree with the script's own list. Two
Knowsley notice counts are decisive: knowsley_07 (Fri 19 Dec -> Mon 29 Dec: 6 plain weekdays, 4 working days across
Christmas) and knowsley_02 (sent at 00:12 BST on Tuesday 21 October, whose UTC date is still Monday 20th: counted
from the Europe/London date the TAF on Mon 27 Oct is 4 working days away, from the UTC date 5).

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, Content-IDs and calendar UIDs
come from sha1 of the file name; zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py
(`--stats` prints the tallies). pypdf and python-docx are used only by the self-checks, to read the hand-built PDFs
and .docx files back. The MIME, Word HTML, PDF, .docx, iCalendar, quote-chain, working-day, readable-text and
self-check helpers are copied from /work/main/tests/data/mixed27/make_set.py and adapted (window, clock change, bank
holidays, the checks). Every label was set by hand from the specification; the self-checks only verify them against
its rules and STOP on any error before anything is written.
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
    """Local (Europe/London) wall-clock time. The window (Wednesday 3 September - Friday 19 December 2059) crosses
    the end of British Summer Time: BST (+0100) until 01:00 UTC on Sunday 26 October 2059, GMT (+0000) after. The
    offset comes from zoneinfo; the self-check asserts every Date header's offset against Europe/London's."""
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
            zi = zipfile.ZipInfo(name, date_time=(2059, 9, 1, 0, 0, 0))
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


# ----------------------------------------------------------------------------- helpers first written for mixed25
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



# ============================================================================= helpers first written for mixed27
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




# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2059-09-11 17:42:16"
    body = T("""
Assalamu alaikum / Dear Sir or Madam,

I am sorry if this is not the correct email. I found it on the Knowsley Council website on the page "Worried about a child" and it was the only email address there.

My name is Tariq Mahmood. I teach the evening Quran class for children (age 7 to 12) at Al-Noor Education Centre, 41 Pennywell Road, Huyton. Our class is 5pm to 7pm, Monday to Thursday.

One of my students is Bilal Qureshi. He is 9 years old. Today he came to class and he was crying and he could not sit down on the floor cushion, he was kneeling. I asked him what is wrong and he did not want to say. My wife also teaches in the girls class so I asked her to come and sit with him. He showed her the back of his legs. There are long red and purple lines across both legs, maybe 6 or 7, and on two of them the skin is open. My wife took a photo of his legs with his permission and we have not shown it to anybody.

He told her his uncle hit him with the charger wire from a phone last night, because he did not learn his lesson for me. He said his uncle told him if the teacher says again that he did not learn it he will "get it again tonight, double". I never told anybody he did not learn. I am very upset about this.

His uncle is his mother's brother. He is the one who brings Bilal and collects him at 7 o'clock. His mother works nights at a warehouse in Knowsley Industrial Park and Bilal stays with the uncle in the evenings. They live on Pinfold Crescent, Huyton, I don't know the house number but it is in our register (number 18).

Bilal is in the class now with my wife, he is quiet but okay. It is 5.40. I do not know what I am allowed to do when the uncle comes at 7. Please can someone telephone me on 07700 900 318. I will keep my phone in my hand.

JazakAllah khair,
Tariq Mahmood
Quran teacher, Al-Noor Education Centre, Huyton
07700 900 318
""")
    top = plain_top(f, addr("Tariq Mahmood", "t.mahmood.alnoor@mail.example.com"), addr(None, KMASH),
                    "Bilal Qureshi age 9 - marks on his legs - uncle collects him at 7pm", when, "mail.example.com",
                    None)
    add(f, mail(f, top, body, crlf=False), "knowsley", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Bilal Qureshi")], ["physical_harm"], None, None, [], None, "alert_duty",
        "A MADRASA TEACHER WHO FOUND THE ONLY ADDRESS ON THE WEBSITE: a 9-year-old with open cable welts on both "
        "legs says his uncle beat him last night and will 'get it again tonight, double'; the uncle collects him "
        "at 7pm, mother at work all night. Immediate risk to a named child now, in plain words with no alarm word "
        "anywhere -> DESIGN safety rule 1, urgent -> alert_duty (Knowsley seed: 'Any immediate safeguarding "
        "concerns should be communicated to the Duty Social Work Team in the Multi Agency Safeguarding Hub'). Not a "
        "step request from a lead practitioner -> kind other; physical_harm; age only, no DOB. Sent 17:42, out of "
        "office hours (the Emergency Duty Team's hour).",
        not_children=["Tariq Mahmood"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2059-10-21 00:12:37"
    body = T("""
Hi MASH / MASH business support,

Sorry for the late one - I wanted the GCP2 finished before this went over to you.

Step up request for the Doherty children, EHM-61842. I've sent the Teams invite for the step up TAF with this email: Monday 27th October at 1.30pm. Wednesday wasn't possible because it's half term and the DSL can only do the Monday. That still gives you the 5 working days.

Kayla-Rose Doherty - DOB 04/06/2051
Tommy Doherty - DOB 19/01/2055

Attached: the step up form (Appendix 1), the GCP2 and the minutes of our TAF on 14/10/2059.

Very briefly - the house has gone back to how it was in the spring (dog mess, no working cooker, mattresses on the floor), both children have head lice that have not been treated since July, Tommy has missed two audiology appointments and Kayla-Rose's attendance is down to 74%. Mum says she is "on top of it" at every visit but nothing changes. The GCP2 scores are 4 for physical care and 4 for safety.

My TM, Lynne Carragher, agreed the step up in supervision on 20/10/2059 - her agreement is on the form. Mum knows we are stepping up. I've invited the current TAF members (school DSL, school nurse and the Little Kickers coach who has been dropping Tommy home).

Nadia

Nadia Kershaw
Family First Case Manager | Kirkby Team | Knowsley Council
0151 496 0774 | 07700 900 481

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Doherty.docx", appendix1([
        ("Case ID on EHM:", "EHM-61842"),
        ("Children:", "Kayla-Rose Doherty 04/06/2051; Tommy Doherty 19/01/2055"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Monday 27/10/2059, 13:30, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium - mum attends TAFs and lets us in; the toolkit was not needed"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 14/10/2059"),
        ("What are we worried about?", "Home conditions have deteriorated again: dog faeces on the floors, no "
         "working cooker, children sleeping on mattresses on the floor. Untreated head lice since July. Tommy has "
         "missed two audiology appointments. Kayla-Rose's attendance is 74% and she is often hungry at school."),
        ("What is working well?", "Mum loves the children and they are close to her; she attends TAFs; maternal "
         "grandmother takes the children for tea twice a week; school and the Little Kickers coach are a good "
         "support."),
        ("What next?", "Step up to CSC for a C&F assessment; Family First to stay involved until it is completed."),
        ("Graded Care profile (If neglect should be completed).", "Completed 17/10/2059 - attached. Physical care 4, "
         "safety 4, love and care 2, stimulation 3."),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Up to date police information if applicable:", "None"),
        ("Agreement by line manager:", "Agreed - Lynne Carragher, Team Manager, 20/10/2059"),
        ("Contingency plan (Smart and timely).", "If not agreed: weekly unannounced visits, a home conditions plan "
         "reviewed fortnightly, nurse to treat head lice at school with mum's agreement."),
    ]))
    gcp2 = pdf_att("GCP2 - Doherty - 17.10.2059.pdf", "Graded Care Profile 2 - summary of scores", [
        "Family: Doherty (EHM-61842)   Completed by: Nadia Kershaw, Family First   Date: 17/10/2059",
        "Children: Kayla-Rose Doherty (04/06/2051), Tommy Doherty (19/01/2055)", "",
        "Area 1 - Physical care: 4 (nutrition, housing, clothing, hygiene, health)",
        "Area 2 - Care of safety: 4", "Area 3 - Love and care: 2", "Area 4 - Stimulation and education: 3", "",
        "Summary: the physical care of the children and the home environment fall well below what they need; mum",
        "is warm and the children are attached to her. Scores of 4 in two areas indicate neglect."])
    minutes = docx_att("TAF minutes 14.10.2059 - Doherty.docx", [
        "# Team Around the Family - minutes", "Date: 14/10/2059, 10:00, Westvale Primary School",
        "Present: mum, Nadia Kershaw (Family First, chair), Sam Ridley (DSL), school nurse, Dean Foy (Little Kickers)",
        "School: Kayla-Rose hungry most mornings; attendance 74%.",
        "School nurse: head lice untreated since July; two audiology appointments missed for Tommy.",
        "Agreed: Nadia to complete a GCP2 and discuss a step up with her team manager."])
    cal = ics("REQUEST", f, dt(when), "20591027T133000", "20591027T150000",
              "Step up TAF meeting - Doherty - EHM-61842", "Microsoft Teams Meeting",
              "Step up TAF for Kayla-Rose and Tommy Doherty. Chair: MASH social worker. Minutes: MASH business support.",
              ("Nadia Kershaw", "Nadia.Kershaw@" + KDOM),
              [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH Business Support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("Sam Ridley", "s.ridley@westvale.example.sch.uk", "OPT-PARTICIPANT", "NEEDS-ACTION")])
    top = outlook_top(f, addr("Kershaw, Nadia", "Nadia.Kershaw@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up TAF - Mon 27th Oct 1.30pm - EHM-61842 - Doherty", when,
                      cc=addr("MASH Business Support", KBS),
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    add(f, itip_request_mail(f, top, body, cal, [form, gcp2, minutes]), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-61842"],
        [ch("Kayla-Rose Doherty", "2051-06-04", "04/06/2051"), ch("Tommy Doherty", "2055-01-19", "19/01/2055")],
        ["neglect", "school_attendance"], None, True, [], False, "request_info",
        "Complete Knowsley planned step-up (seed §4 and Appendix 1; REQUIREMENTS knowsley step_up): form, EHM id, "
        "TM agreement ('agreed the step up'), TAF minutes, the meeting in a Teams invitation (iTIP REQUEST) and, for "
        "neglect, the GCP2 - nothing missing. NOTICE DECIDED BY THE CLOCK: sent at 00:12 BST on Tuesday 21 October "
        "(23:12 UTC on Monday 20th). DESIGN counts working days d with today < d <= meeting, today = the "
        "Europe/London date of now (Tue 21 Oct): 22, 23, 24, 27 Oct = 4 < 5 (seed: 'Please allow at least 5 working "
        "days' notice') -> notice not ok -> request_info. A reader who takes the UTC date (Mon 20th) counts 5; the "
        "sender's own 'That still gives you the 5 working days' is wrong. The meeting is on a Monday (the Wednesday "
        "preference is not a rule). 'Mum knows' is not consent -> null. Concerns: neglect (home conditions, GCP2), "
        "school_attendance (74%).",
        meeting=date(2059, 10, 27), not_children=["Nadia Kershaw", "Lynne Carragher", "Sam Ridley", "Dean Foy"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2059-10-23 14:07:52"
    blocks = [
        "Hi Family First,",
        "",
        "Please see below - I'm stepping the O'Hagan children down to a Level 2 service at their final CIN meeting "
        "next Thursday. Gemma at Little Acorns has agreed to be the lead practitioner (both children are at the "
        "nursery four days a week), and mum and dad have both agreed to the step down.",
        "",
        ("table", [
            ["", "Details"],
            ["Children", "Ruairí O'Hagan, DOB 09/03/2056\nNiamh O'Hagan, DOB 11/11/2057"],
            ["ICS", "ICS ID 2207731 (Ruairí), 2207732 (Niamh)"],
            ["Final CIN meeting", "Thursday 30 October 2059, 10.00am"],
            ["Venue", "Little Acorns Day Nursery, Warrington Road, Prescot - parents' room"],
            ["Lead practitioner (Level 2)", "Gemma Rooney, Nursery Manager, Little Acorns Day Nursery (private "
             "day nursery)"],
            ["Lead practitioner contact", "gemma.rooney@littleacorns-prescot.example.co.uk | 0151 496 0652"],
        ]),
        "",
        ("h", "What are we worried about?"),
        "Mum's postnatal depression after Niamh was born - much better since the summer but she still has bad "
        "weeks. Ruairí (3) has a speech delay and has been referred for a speech and language assessment.",
        ("h", "What is working well?"),
        "Mum is taking her medication and sees the perinatal team monthly. Dad has changed to day shifts. Both "
        "children are thriving at nursery and Gemma sees the family every day.",
        ("h", "What needs to happen?"),
        "Gemma to lead an Early Help Assessment and a TAF from November; SALT assessment for Ruairí; the perinatal "
        "team to stay involved until the spring.",
        "",
        "Thanks,",
        "Declan",
        "",
        "Declan Fairhurst",
        "Social Worker | Child in Need Team (Prescot) | Knowsley Council",
        "0151 496 0287",
        "",
        KDISC.strip(),
    ]
    top = outlook_top(f, addr("Fairhurst, Declan", "Declan.Fairhurst@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Level 2 step down - O'Hagan - final CIN Thurs 30th Oct", when)
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 2,
        "ordinary", "step_down", False, 2, ["2207731", "2207732"],
        [ch("Ruairí O'Hagan", "2056-03-09", "09/03/2056"), ch("Niamh O'Hagan", "2057-11-11", "11/11/2057")],
        ["disability_send", "parental_mental_health"], True, None, [], True, "book_meeting",
        "Knowsley LEVEL 2 step-down (seed §2, 'For families identified as requiring ongoing Level 2 support'; "
        "REQUIREMENTS knowsley step_down level 2): date, time and venue of the final CIN meeting, all three Signs of "
        "Safety headings, and the lead practitioner named with her organisation - a PRIVATE DAY NURSERY manager "
        "(Gemma Rooney, Little Acorns Day Nursery) - are all given, in a Word table -> nothing missing. 'ICS ID "
        "2207731' -> bare numbers. NOTICE ACROSS THE CLOCK CHANGE: Thu 23 Oct (BST) -> Thu 30 Oct (GMT): 24, 27, "
        "28, 29, 30 Oct = exactly 5 working days -> ok -> book_meeting. 'Mum and dad have both agreed to the step "
        "down' -> consent true (not required at level 2). Concerns: mum's postnatal depression -> "
        "parental_mental_health; Ruairí's speech delay -> disability_send.",
        meeting=date(2059, 10, 30), not_children=["Gemma Rooney", "Declan Fairhurst"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2059-10-24 09:31:05"
    data = google_reply(f, when, "Gemma Rooney", "gemma.rooney@littleacorns-prescot.example.co.uk",
                        ("Family First 0-18 Duty Mailbox", KFF), "ACCEPTED",
                        "Final CIN meeting - O'Hagan - Level 2 step down [SB-knowsley-431]",
                        "20591030T100000Z", "20591030T110000Z",
                        "Little Acorns Day Nursery, Warrington Road, Prescot - parents' room",
                        "Thu 30 Oct 2059 10am - 11am (GMT)",
                        note="Happy to host - I've booked the parents' room and will bring Ruairí's learning journal.")
    add(f, data, "knowsley", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (PARTSTAT=ACCEPTED, with a note) from the private nursery manager who is the "
        "Level 2 lead practitioner, for knowsley_03's final CIN meeting; the SUMMARY carries only the surname and "
        "[SB-knowsley-431], no case id, no child's full name. DESIGN: an iTIP REPLY -> meeting_reply -> "
        "record_reply. The meeting is in UTC after the clock change (10:00Z = 10:00 GMT).")

def knowsley_05():
    f = "knowsley_05.eml"; when = "2059-11-12 11:26:40"
    body = T("""
Dear MASH team,

I am the pharmacist at Bluebell Lane Pharmacy in Huyton. I was told by our area manager to email this to you as well as phoning - I rang the number on your website at 11.10 and I am still waiting for a call back.

At about 10.50 this morning a girl came in and asked for the morning-after pill. In the consultation room she gave her name as Chanelle Adebayo-Moss and her date of birth as 23/02/2045, so she is 14. She said she should be at school (Knowsley Park) but "doesn't go on Wednesdays".

She told me her boyfriend is called Dean and he is 31. He was waiting outside for her in a silver Audi (I could see him from the consultation room window, white man, shaved head, dark jacket) and he kept ringing her phone while we were talking. She said he bought her the phone and the vapes. She has been staying at his flat "near the Asda" since Friday and her mum thinks she is at a friend's. She said she is going back to his flat tonight and that she "has to" because she owes him for the phone. She asked me twice not to tell anyone.

I gave her the medication (our PGD allows it from 13 with a competency assessment) and she left with him at 11.05, in the Audi. I didn't get the registration, only the first part - it started "LK".

She had a bruise on the inside of her wrist. She said it was from a bracelet.

Please could somebody call me back on 0151 496 0733 (the pharmacy) - ask for Priya.

Priya Lal MPharm
Pharmacist, Bluebell Lane Pharmacy, 12 Bluebell Lane, Huyton
GPhC registration 2071458
""")
    top = plain_top(f, addr("Priya Lal", "priya.lal@bluebell-pharmacy.example.co.uk"), addr("Knowsley MASH", KMASH),
                    "Safeguarding concern - girl aged 14 - Bluebell Lane Pharmacy this morning", when,
                    "bluebell-pharmacy.example.co.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 4,
        "urgent", "other", True, None, [],
        [ch("Chanelle Adebayo-Moss", "2045-02-23", "23/02/2045")], ["exploitation", "sexual_harm"], None, None, [],
        None, "alert_duty",
        "A PHARMACIST: a 14-year-old asked for emergency contraception, her 'boyfriend' is 31, bought her phone "
        "and vapes, kept her at his flat since Friday, she 'has to' go back tonight because she owes him, and she "
        "left with him in his car. Immediate risk of sexual abuse and exploitation tonight -> DESIGN safety rule 1 "
        "-> urgent, alert_duty (Knowsley seed: immediate safeguarding concerns to the MASH duty team). The only "
        "alarm word is in the SUBJECT ('Safeguarding concern'); the body has none. Kind other (a report, not a "
        "step request). 'GPhC registration 2071458' is a professional registration number, not a case id -> "
        "case_ids []. Concerns exploitation (debt, gifts, older man) and sexual_harm (sexual activity of a "
        "14-year-old with a 31-year-old); not 'missing' - she is staying away but not reported missing.",
        not_children=["Priya Lal"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2059-09-15 10:05:29"
    fa = T("""
From: Merseyside County FA Safeguarding <safeguarding@merseysidefa.example.com>
Sent: 12 September 2059 16:40
To: Club Welfare Officers (Knowsley clubs)
Subject: Safeguarding Children workshop for grassroots coaches - Thursday 9 October

Dear Club Welfare Officer,

We are running a free Safeguarding Children workshop for grassroots coaches and volunteers:

Thursday 9 October 2059, 6.30pm - 8.30pm, Huyton Leisure Centre, Room 2

We would like each club to invite a contact from their local council's early help or children's services team to explain how clubs can ask for help for a family.

The evening is built around three case studies for small-group discussion. All names and details are fictional and are used for training only:

Case study 1 - "Jack", U10s. Jack arrives at training with bruises on both arms and tells his coach "dad did it because I lost on Saturday". Dad is waiting in the car park to take him home. What do you do, and who do you ring?

Case study 2 - "Ellie", 14. Ellie is picked up from every training session by a man in his twenties who is not family. She has a new phone and new trainers and has stopped talking to her teammates. What are the signs of exploitation here?

Case study 3 - "Mo", U12s. Mo goes missing from the coach on the way back from an away match and cannot be found for an hour. What is your club's missing child procedure?

In an emergency, or if a child is in immediate danger, always call 999 first.

Merseyside County FA Safeguarding Team
""")
    body = T("""
Hi,

Sorry, I wasn't sure who to send this to - I'm the club welfare officer at Whiston Juniors FC and the County FA have asked every club to invite someone from the council to their workshop (details below). Would anyone from Family First be able to come along on the 9th and do 10 minutes on how a club can get help for a family? Even just a leaflet would be great.

We haven't got any concerns about any of our players at the moment - this is just the training.

Cheers,
Kevin

Kevin Brannan
Club Welfare Officer, Whiston Juniors FC
07700 900 226
""") + fa
    top = plain_top(f, addr("Kevin Brannan", "welfare@whistonjuniorsfc.example.org"),
                    addr("Family First 0-18 Duty Mailbox", KFF),
                    "FW: Safeguarding Children workshop for grassroots coaches - Thursday 9 October", when,
                    "whistonjuniorsfc.example.org", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A FOOTBALL CLUB WELFARE OFFICER FORWARDS A COUNTY FA WORKSHOP INVITATION whose three case "
        "studies read like live reports (bruises and 'dad did it' with dad in the car park; a 14-year-old collected "
        "by an older man; a child missing after an away match) but are 'fictional and ... used for training only'; "
        "the sender says 'We haven't got any concerns about any of our players'. DESIGN safety rule 1: bulletins "
        "that list examples must not trigger -> not urgent. An invitation, not a request -> other -> human_review. "
        "Children named only as \"Jack\", \"Ellie\", \"Mo\" in a training text -> none; concerns none.",
        not_children=["Kevin Brannan"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2059-12-19 11:48:03"
    body = T("""
Hello Family First,

I'd like to step the MacLeod children down to Family First at Level 3 (ICS-2311864).

Daniel MacLeod - DOB 14/07/2049
Isla MacLeod - DOB 02/12/2053

Joint home visit with a Family First case manager: Monday 29th December at 10am, at home - 7 Foxglove Way, Kirkby, L32 9ZQ. I know it's between Christmas and New Year but it's the only morning mum can do before she starts her new job, and it's still 6 working days away.

Background, because you'll see it on ICS: both children were on child protection plans from January 2057 after their father seriously assaulted mum in front of them. He moved to Scotland in 2057, there has been no contact since, and the plans ended in March 2058. They have been on CIN plans since. There are no current domestic abuse concerns. Mum's safety plan still says that if he ever turns up or makes contact she will ring 999 straight away and tell the school - that is a plan for something that has not happened, and the school have never needed to use it.

What are we worried about?
Mum's anxiety, which gets worse around anniversaries and in the winter. Daniel's attendance has dropped to 88% this term and he has been late most Mondays.

What is working well?
Mum has done the Freedom Programme and kept every appointment with her counsellor. The house is warm and organised. Both children are doing well academically and Isla loves her Brownies group.

What needs to happen?
A Family First case manager to hold a TAF in January; a morning routine plan with school for Daniel; mum to keep going with counselling.

Mum has consented to the referral to Family First - she signed the consent form on 15/12/2059.

Many thanks,
Shauna

Shauna Kilbride
Social Worker | Safeguarding & Children in Need Team 2 | Knowsley Council
0151 496 0519

""") + KDISC
    top = outlook_top(f, addr("Kilbride, Shauna", "Shauna.Kilbride@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Family First (Level 3) - MacLeod - joint visit Mon 29th Dec", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["ICS-2311864"],
        [ch("Daniel MacLeod", "2049-07-14", "14/07/2049"), ch("Isla MacLeod", "2053-12-02", "02/12/2053")],
        ["parental_mental_health", "school_attendance"], True, None, [], False, "request_info",
        "NEAR MISS + DECISIVE CHRISTMAS COUNT. Risk words that are history and planning: child protection plans "
        "from 2057 (ended March 2058) after an assault, father in Scotland with no contact, 'no current domestic "
        "abuse concerns', a safety plan that says 'ring 999' for 'something that has not happened' -> not urgent, "
        "no domestic_abuse. Knowsley LEVEL 3 step-down (seed §3, 'The Social Worker should, with a minimum of 5 "
        "days' notice, email the Family First 0-18 duty email ... with the date and time of a joint home visit'; "
        "REQUIREMENTS level 3: meeting_details, worries_strengths_next, consent) - all given; signed consent -> "
        "true. NOTICE: Fri 19 Dec -> Mon 29 Dec = 22, 23, 24, 29 Dec = 4 working days (Christmas Day Thu 25 and "
        "Boxing Day Fri 26 Dec are bank holidays; 6 plain weekdays, and the sender's 'still 6 working days' is "
        "wrong) < 5 -> notice not ok -> request_info. Concerns: mum's anxiety -> parental_mental_health; 88% -> "
        "school_attendance.",
        meeting=date(2059, 12, 29), not_children=["Shauna Kilbride"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2059-12-02 16:20:11"
    body = T("""
Thank you for contacting Starlight Dance Academy!

This is an automatic reply to let you know we have received your email. Our office is staffed Monday to Friday, 4pm - 8pm, and Saturdays 9am - 1pm during term time. We aim to reply within 3 working days.

Looking for our Christmas show tickets? "The Nutcracker (ish)!" is on Saturday 13 December at Kirkby Suite - tickets are on our website.

SAFEGUARDING: Starlight Dance Academy takes the safeguarding of our dancers seriously. If you have a concern about the welfare of one of our students, please contact our Designated Safeguarding Lead, Mrs Lorraine Dempsey, directly on 07700 900 902. If a child is at immediate risk of harm or in danger, call 999. You can also contact Knowsley MASH (Multi Agency Safeguarding Hub) during office hours.

Keep dancing!
The Starlight team
Starlight Dance Academy, Unit 4 Admin Road, Kirkby | Registered with the Council for Dance, Drama and Musical Theatre
""")
    top = plain_top(f, addr("Starlight Dance Academy", "info@starlightdance-kirkby.example.co.uk"),
                    addr("Family First 0-18 Duty Mailbox", KFF),
                    "Thank you for contacting Starlight Dance Academy (was: [SB-knowsley-455] Your email to Family "
                    "First 0-18 Duty)", when, "starlightdance-kirkby.example.co.uk", None,
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                           ("In-Reply-To", msgid(f + "-ack", "stepbot.invalid"))])
    add(f, mail(f, top, body, crlf=False), "knowsley", "early_help_duty", when, 2,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "NEAR MISS - A DANCE ACADEMY'S AUTORESPONDER answering stepbot's acknowledgement ([SB-knowsley-455]): "
        "Auto-Submitted: auto-replied (RFC 3834) and X-Autoreply; its boilerplate says 'safeguarding', 'immediate "
        "risk of harm', 'danger', 'call 999' and names the MASH, but reports no child. DESIGN: auto_reply -> "
        "ignore (safety rule 2: never answered), read for risk under rule 1 and finding none -> not urgent.",
        not_children=["Lorraine Dempsey"])


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2059-10-10 19:48:22"
    text = T("""
Hello,

I hope this is the right email. I got it from a leaflet on the noticeboard at our gurdwara which says "MASH" and I could not find any other. Please forward it if it is wrong.

My name is Harpreet Bains. I am a volunteer at Gurdwara Sangat Sahib in Earlsfield. I help run the Friday evening Punjabi and kirtan class for children.

Tonight after class one of our girls, Simran Dhillon, who is 12, stayed behind in the langar hall and was crying. She told me and my friend Jaspreet (another volunteer) that her mum's boyfriend "comes into my room when mum is asleep" and "does things to me" and that he did it again last night. She said she has never told anyone. She made us promise not to tell her mum because he said her mum would be sent away.

Her mum works nights at St George's. The boyfriend is the one who collects Simran from class on Fridays - he is coming at 9pm tonight. It is 7.45pm now.

We have Simran sitting with us in the office and she is calmer. We don't know if we should let her go with him. Please can someone ring me straight away on 07700 900 764.

Harpreet Bains
Volunteer, Gurdwara Sangat Sahib, Earlsfield

Sent from my iPhone
""")
    top = plain_top(f, addr("Harpreet Bains", "harpreet.bains@mail.example.com"), addr(None, RSU),
                    "Girl from our Friday class - please ring me tonight", when, "mail.example.com",
                    "iPhone Mail (22F76)")
    add(f, iphone_mail(f, top, text), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Simran Dhillon")], ["sexual_harm"], None, None, [], None,
        "alert_duty",
        "A GURDWARA VOLUNTEER, writing from her phone to the only address on a leaflet (the MASH Step Up inbox): "
        "a 12-year-old disclosed tonight that her mother's boyfriend 'comes into my room when mum is asleep' and "
        "'does things to me', last night included; he collects her at 9pm, her mother is on a night shift. "
        "Immediate risk tonight, in plain words with no alarm word -> DESIGN safety rule 1 -> urgent, alert_duty "
        "(Richmond & Wandsworth seed: immediate child protection concerns are not a step-up; they go to the MASH "
        "at once). A Friday at 19:48, out of hours. Kind other; sexual_harm; no DOB.",
        not_children=["Harpreet Bains"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2059-09-16 10:22:47"
    ife = T("""
From: Ife Adeyemi <ife.adeyemi@wandlechildrenstrust.example.org>
Sent: 15 September 2059 17:05
To: Devlin, Bronagh <Bronagh.Devlin@richmondandwandsworth.gov.uk>
Subject: Sanchez family - after today's TAF

Hi Bronagh,

As discussed - after today's TAF I don't think we can hold this any longer at Early Help. Mum has stopped taking her medication again, the fridge was empty on both my visits last week and Lucía's nursery say she has come in wearing the same clothes all week. Mateo told me he makes Lucía's tea "when mum is in bed". Mum knows I'm talking to you and said she agrees to the step up - she wants help.

Ife

Ife Adeyemi
Family Support Worker (Lead Practitioner for the Sanchez family)
Wandle Children's Trust - supporting families in Wandsworth since 2031
Registered charity no. 1176203
""")
    body = T("""
MASH Step Up,

Please find below our step up request for the Sánchez family. Ife Adeyemi (Wandle Children's Trust) is the lead practitioner and her email is underneath; the latest case summary is attached.

Mosaic ID 2984410
Children: Mateo Sánchez (21/08/2050) and Lucía Sánchez (03/03/2054)

Rationale for step up
Ife and I had our reflective discussion this morning. The family have had a TAF plan since March. Mum's depression has relapsed since she stopped her medication in August; the children's basic care has slipped (no food in the house on two visits, Lucía in the same clothes all week, Mateo - who is 9 - making his sister's tea when mum is in bed). Mum agrees to the step up but two months of Early Help have not changed things and we think the children now need a statutory assessment. I agree with the step up.

Ife would like to be at the case discussion. I'm free any afternoon this week.

Bronagh

Bronagh Devlin
Early Help Team Manager | Tooting & Furzedown | Wandsworth Early Help
020 7946 0458

""") + quote("Ife Adeyemi <ife.adeyemi@wandlechildrenstrust.example.org>", "15 September 2059 17:05",
             "Devlin, Bronagh", "Sanchez family - after today's TAF", ife.split("\n\n", 1)[1]) + "\n" + RDISC
    summary = pdf_att("Case summary - Sanchez - Sept 2059.pdf", "Early Help case summary - Sanchez family", [
        "Mosaic ID: 2984410      Lead practitioner: Ife Adeyemi (Wandle Children's Trust)",
        "Children: Mateo Sanchez (21/08/2050), Lucia Sanchez (03/03/2054)", "",
        "Early Help since: March 2059 (referral from Lucia's nursery)",
        "Household: mum (Marisol Sanchez) and the two children; father in Spain, occasional video calls.", "",
        "Summary: mum has recurrent depression. With medication and the TAF plan things improved from April to July.",
        "Since August she has stopped her medication and has not attended two GP appointments. On visits on 4 and",
        "11 September there was no food in the house. Nursery report Lucia arriving unwashed in the same clothes.",
        "Mateo (9) is doing much of the caring for his sister in the evenings.", "",
        "Strengths: mum is honest about how she is feeling and agrees to a step up; the children are affectionate",
        "with her; Mateo's attendance is 96%."])
    top = outlook_top(f, addr("Devlin, Bronagh", "Bronagh.Devlin@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Sánchez family - Mosaic 2984410", when,
                      cc=addr("Ife Adeyemi", "ife.adeyemi@wandlechildrenstrust.example.org"))
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["2984410"],
        [ch("Mateo Sánchez", "2050-08-21", "21/08/2050"), ch("Lucía Sánchez", "2054-03-03", "03/03/2054")],
        ["neglect", "parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up (seed 'Process to Step Up': 'the Early Help Team Manager will "
        "email the MASH: Step Up email ... with the latest case summary and the rationale'; REQUIREMENTS "
        "richmond_wandsworth step_up: case_summary, rationale): the TM sends it, the rationale is pasted under its "
        "own heading, the case summary is attached -> nothing missing -> book_meeting (stepbot invites within 1 "
        "WD). The lead practitioner is a CHILDREN'S CHARITY worker whose quoted signature carries 'Registered "
        "charity no. 1176203' - not a case id; 'Mosaic ID 2984410' -> '2984410'. 'Mum agrees to the step up' -> "
        "consent true; 'I agree with the step up' (the TM) -> manager true. Accents kept as written in the body "
        "(the PDF writes them without). Concerns: neglect (no food, unwashed), parental_mental_health.",
        not_children=["Ife Adeyemi", "Bronagh Devlin", "Marisol Sanchez"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2059-11-10 13:15:09"
    body = T("""
Dear Early Help Duty,

Further to my call with Jasper Quint this morning, I am confirming the step-down case discussion for Precious Mensah that we agreed: Thursday 13th November at 2pm on Teams. My team manager, Harriet Lowe, will join.

Precious Mensah - DOB 07/05/2046 - Mosaic: 3011482

Precious (13) is a young carer for her mum, Abena, who has MS. The CIN plan has done its job: the adult social care package started in October, the house has been adapted, and Precious is back at school full time. What is left is young carer support, which the Carers' Hub already provide.

Abena and Precious have both given their consent for Early Help to continue the plan. We agreed at the final CIN review that Sophie Marchbank, Young Carers Worker at Carers' Hub Wandsworth (a local charity), will take on the Lead Professional role - she has said yes.

Attached: the latest case summary and the draft Early Help plan.

Kind regards,
Tomasz

Tomasz Zieliński
Social Worker | Children in Need Team (Battersea) | Wandsworth Children's Services
020 7946 0613

""") + RDISC
    summ = docx_att("Case summary - P Mensah - Nov 2059.docx", [
        "# Case summary", "Child: Precious Mensah, DOB 07/05/2046, Mosaic 3011482",
        "Allocated social worker: Tomasz Zieliński (CIN Team, Battersea)",
        "Reason for involvement: referral from school in May 2059 - Precious missing school to care for her mum.",
        "Progress: adult social care package since 6 October; stairlift and wet room fitted; Precious's attendance "
        "back to 96% this half term.",
        "Remaining needs: young carer support, respite activities, a trusted adult outside the family."])
    plan = docx_att("Draft Early Help plan - Mensah.docx", [
        "# Draft Early Help plan", "Lead Professional: Sophie Marchbank, Young Carers Worker, Carers' Hub Wandsworth",
        "1. Young carers group every Tuesday (Carers' Hub) - from 18 November.",
        "2. Young carer's assessment reviewed with Abena and Precious - by 30 November.",
        "3. School pastoral check-in weekly - ongoing.",
        "4. Step-down review meeting within 4 weeks of handover, chaired by the Early Help manager."])
    top = outlook_top(f, addr("Zieliński, Tomasz", "Tomasz.Zielinski@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Precious Mensah - case discussion Thu 13th 2pm", when,
                      cc=addr("Lowe, Harriet", "Harriet.Lowe@" + RDOM))
    add(f, mail(f, top, body, [summ, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["3011482"],
        [ch("Precious Mensah", "2046-05-07", "07/05/2046")], ["young_carer"], True, None, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-down (seed 'Process to Step Down': the social worker agrees 'a time for "
        "a case discussion within 5 days of this contact - confirming this by email with the latest case summary "
        "and the draft plan'; consent per 'Step Down to Early Help'; REQUIREMENTS: case_summary, draft_plan, "
        "consent): both attached as .docx, consent given, the Lead Professional a YOUNG CARERS CHARITY worker, the "
        "agreed discussion Thu 13 Nov 2pm (3 calendar days after Mon 10 Nov, inside the seed's 5 days) -> "
        "book_meeting (stepbot records the agreed time). No notice period -> notice null. 'Mosaic: 3011482' -> "
        "'3011482'. young_carer; mum's MS is an adult's disability, not the child's SEND.",
        not_children=["Tomasz Zieliński", "Sophie Marchbank", "Harriet Lowe", "Abena"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2059-10-01 21:05:58"
    body = T("""
Hi there,

I'm not sure if this is the right place to ask, so apologies in advance. I'm a self-employed English tutor (I'm registered with BrightPath Tuition in Putney but see most students at their homes).

One of my GCSE students, Hannah Lindqvist, who is 15, handed in a creative writing piece tonight for her mock exam practice. The task was "Write a story in which a character is trapped". Her story is in the first person, about a girl whose stepfather hits her and locks her in a cupboard under the stairs, and it ends with her climbing out of a window at night. It's really vivid and honestly very good writing.

Because it was so vivid I asked her about it at the end of the session (her mum was in the kitchen). She laughed and said it's "basically the plot of" the novel her class is reading, mixed with a Netflix series, and that her stepdad "can't even shout at the dog". Her mum and stepdad are both lovely, they're at every parents' evening according to Hannah, and her stepdad picks her up from netball. I genuinely don't think there is any risk to her at all - it's a story.

BrightPath's safeguarding lead said I didn't need to report it but that it wouldn't hurt to ask the council whether you want to know about things like this, or whether tutors should just keep a note. I don't want to get a family into trouble over a piece of homework!

Thanks,
Oliver Pennant
English and Drama tutor
07700 900 159
""")
    top = plain_top(f, addr("Oliver Pennant", "oliver.pennant.tutor@mail.example.com"), addr(None, RED),
                    "Question from a private tutor - a student's story", when, "mail.example.com", None)
    add(f, mail(f, top, body, crlf=False), "richmond_wandsworth", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [ch("Hannah Lindqvist")], [], None, None, [], None, "human_review",
        "NEAR MISS - A PRIVATE TUTOR'S QUESTION ABOUT A FICTIONAL STORY: a 15-year-old's creative writing describes "
        "a stepfather who hits a girl and locks her in a cupboard, but it answers an exam prompt, the student says "
        "it is the plot of a novel and a series, and the tutor says 'I genuinely don't think there is any risk to "
        "her at all - it's a story'. Fiction / hypothetical -> DESIGN safety rule 1 must not trigger -> not "
        "urgent; no concern about her household. A process question, not a request -> other -> human_review. The "
        "student is named in full -> labelled, no DOB (age only).",
        not_children=["Oliver Pennant"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2059-11-04 11:37:30"
    gp = T("""
From: Dr Meera Anand <meera.anand@nhs.example>
Sent: 04 November 2059 11:29
To: Reception - Earlsfield Medical Practice <reception.earlsfieldmp@nhs.example>
Subject: Baby Eli Kowalczyk-Brown - please send to MASH now

Please send this to the MASH immediately and keep trying the MASH phone number for me - I have another patient.

Eli Kowalczyk-Brown, DOB 12/09/2059, NHS 999 287 4410. 89 Trinity Road, Wandsworth.

Brought in by father (Ryan Brown) at 11.00 for "floppy episodes" since the weekend. Father said he "gave him a little shake to bring him round" yesterday. On examination: torn upper frenulum, three small bruises (fingertip size) on the left chest wall, irritable. Eli is 7 weeks old and not mobile - bruising in a non-mobile baby is a red flag for non-accidental injury.

I advised urgent paediatric assessment at St George's today and said I would refer. Father declined, said mum "would go mad", and left with the baby at 11.15 before I could finish the examination or call an ambulance. Not answering his mobile since. Mother (Kasia Kowalczyk) is not registered with us.

Dr Meera Anand, GP
""")
    body = T("""
Hello,

Dr Anand has asked me to forward her note below to you. She is trying to phone you as well but the line is busy and she has a full surgery. The family left the building at 11.15.

I have tried the father's mobile twice (07700 900 535) and it goes to voicemail.

Kind regards,
Lorraine Okafor
Receptionist, Earlsfield Medical Practice
020 7946 0881
""") + original("Dr Meera Anand <meera.anand@nhs.example>", "04 November 2059 11:29",
                "Reception - Earlsfield Medical Practice", "Baby Eli Kowalczyk-Brown - please send to MASH now",
                gp.split("\n\n", 1)[1])
    top = outlook_top(f, addr("Reception - Earlsfield Medical Practice", "reception.earlsfieldmp@nhs.example"),
                      addr("MASH Step Up", RSU), "FW: Baby Eli Kowalczyk-Brown - please send to MASH now", when,
                      mid_domain="nhs.example")
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Eli Kowalczyk-Brown", "2059-09-12", "12/09/2059")], ["physical_harm"], None, None, [], None,
        "alert_duty",
        "A GP RECEPTIONIST FORWARDING THE GP'S NOTE: a 7-week-old with a torn frenulum and fingertip bruises, the "
        "father 'gave him a little shake', declined paediatric assessment and left with the baby 20 minutes ago, "
        "not answering. Immediate risk -> DESIGN safety rule 1 (every part is read, including forwarded history) "
        "-> urgent, alert_duty. The receptionist's own words carry no alarm word; 'immediately', 'urgent', 'red "
        "flag' are only in the forwarded GP note. Kind other. The NHS number '999 287 4410' is not a case id -> "
        "case_ids []. physical_harm.",
        not_children=["Lorraine Okafor", "Meera Anand", "Ryan Brown", "Kasia Kowalczyk"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2059-11-27 15:40:14"
    dsl = T("""
From: Mr P. Okonedo (DSL) <p.okonedo@heathfieldacademy.example.sch.uk>
Sent: 19 November 2059 10:02
To: Siddiqui, Farah <Farah.Siddiqui@richmondandwandsworth.gov.uk>
Subject: Jayden-Lee Cooper - disclosure this morning

Farah - Jayden-Lee disclosed this morning that mum's partner punched him in the ribs last night. Bruising seen by our first aider. I have rung the MASH and the police as an immediate risk - he is not going home tonight while the partner is there. Will update.
""")
    body = T("""
Dear MASH Step Up colleagues,

Step up request for Jayden-Lee Cooper (DOB 18/10/2046), Mosaic no. 2876045. Case summary attached; rationale below.

What has happened since the school's call on 19 November: the police arrested mum's partner that afternoon; he has been charged and is on bail with conditions not to enter the address or contact Jayden-Lee. He has moved out. Jayden-Lee has been living with his dad in Twickenham since the 19th, by agreement with both parents, and is settled there - he is going to school from dad's and wants to stay until Christmas. The strategy discussion on 20 November agreed no further protective action is needed now that he is safe with dad, and recommended a step up for an assessment. There is no immediate risk to Jayden-Lee.

Rationale for step up
Early Help have worked with mum since June on her drinking and on Jayden-Lee's attendance (now 85%). The assault shows the concerns at home were greater than we knew, and the decisions about where Jayden-Lee lives, and whether the partner returns, need a statutory assessment rather than an Early Help plan. Mum and dad both agree to the step up. As team manager I agree with the step up.

Farah

Farah Siddiqui
Early Help Team Manager | Richmond (Twickenham & Whitton)
020 7946 0732

""") + quote("Mr P. Okonedo (DSL) <p.okonedo@heathfieldacademy.example.sch.uk>", "19 November 2059 10:02",
             "Siddiqui, Farah", "Jayden-Lee Cooper - disclosure this morning", dsl.split("\n\n", 1)[1]) + "\n" + RDISC
    summ = docx_att("Case summary - Jayden-Lee Cooper.docx", [
        "# Early Help case summary", "Jayden-Lee Cooper, DOB 18/10/2046, Mosaic no. 2876045",
        "Early Help since June 2059 (school referral: attendance and mum's alcohol use).",
        "19/11/2059: disclosure at school of an assault by mum's partner; partner arrested, charged, bailed with "
        "conditions; Jayden-Lee living with his father since 19/11/2059.",
        "20/11/2059: strategy discussion - no further protective action required; step up recommended.",
        "Strengths: both parents cooperate; dad's home is stable; Jayden-Lee is close to his grandmother."])
    top = outlook_top(f, addr("Siddiqui, Farah", "Farah.Siddiqui@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Jayden-Lee Cooper - Mosaic 2876045", when)
    add(f, mail(f, top, body, [summ], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 2,
        "near_miss", "step_up", False, None, ["2876045"],
        [ch("Jayden-Lee Cooper", "2046-10-18", "18/10/2046")],
        ["physical_harm", "school_attendance", "substance_misuse"], True, True, [], None, "book_meeting",
        "NEAR MISS - A CHILD ALREADY SAFE: the quoted DSL email of 19 November says 'immediate risk' and 'not "
        "going home tonight', but since then the partner has been charged and bailed away from the home, "
        "Jayden-Lee lives with his father, the strategy discussion found no further protective action needed, and "
        "the TM writes 'There is no immediate risk to Jayden-Lee' -> not urgent (resolved; the latest statement "
        "wins). Complete Richmond & Wandsworth step-up (seed: the Early Help Team Manager emails the case summary "
        "and the rationale - attached .docx and a 'Rationale for step up' heading) -> book_meeting. 'Mosaic no. "
        "2876045' -> '2876045'. Consent ('Mum and dad both agree to the step up') and manager ('As team manager I "
        "agree') true. Concerns: the assault that is the reason for the step-up -> physical_harm; mum's drinking "
        "-> substance_misuse; 85% -> school_attendance.",
        not_children=["Farah Siddiqui"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2059-10-08 09:02:44"
    data = ndr(f, when, RDOM, addr("MASH Step Up", RSU), "stmarks.youth.barnes@mail.example.com",
               "[SB-richmond_wandsworth-140] Your email to the MASH Step Up inbox",
               addr("MASH Step Up", RSU), "2059-10-08 09:01:50",
               orig_extra=[("Auto-Submitted", "auto-replied")])
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Exchange Online non-delivery report (multipart/report; report-type=delivery-status, Auto-Submitted: "
        "auto-replied): stepbot's reply [SB-richmond_wandsworth-140] to a church youth group's mistyped address "
        "bounced. DESIGN: a bounce -> auto_reply -> ignore (safety rule 2: never answered, no loop).")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2059-12-08 12:10:36"
    body = T("""
Good afternoon,

I'm a Neighbourhood Housing Officer at Wandle Vale Homes (housing association). I've been given this address by a colleague as the place to ask about early help for a family - apologies if it should go somewhere else.

Background: in November we had three complaints from neighbours at Ashdown Court, Roehampton about "screaming children" and "banging" from Flat 6 late in the evenings, and one neighbour wrote that she feared a child was "in danger". I visited with a PCSO on 28 November. Mum (Ms Tamara Pryce) let us straight in. The flat was clean and warm, there was food in, and both children were fine. Her son Kieran Pryce (7) is autistic and is waiting for an ADHD assessment; the screaming is his meltdowns at bedtime, and the banging is him hitting the wall when he is overwhelmed. Her daughter Lola (4) was asleep. The PCSO was satisfied there was no risk to the children and closed the police log (CAD 3318/28NOV). We have closed the noise complaint.

Ms Pryce is exhausted and asked whether there is any help - sleep support, a parenting course for children with SEND, someone to help her with the EHCP process. She has asked me to make this referral and consents to Early Help contacting her. Her number is 07700 900 845.

Is this the right place, or is there a form I should fill in?

Kind regards,
Dominika Wróbel
Neighbourhood Housing Officer (Roehampton patch)
Wandle Vale Homes | Tenancy ref WVH-T-0042871
020 7946 0127
""")
    top = outlook_top(f, addr("Dominika Wróbel", "d.wrobel@wandlevalehomes.example.org.uk"), addr("Early Help Duty", RED),
                      "Early help for a family at Ashdown Court (Flat 6)", when, mid_domain="wandlevalehomes.example.org.uk")
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [], [ch("Kieran Pryce")], ["disability_send"], True, None, [], None,
        "human_review",
        "NEAR MISS - A HOUSING ASSOCIATION OFFICER: neighbours reported 'screaming children', 'banging' and a child "
        "'in danger'; a visit with a PCSO found a clean warm flat, the screaming explained by a 7-year-old's "
        "autistic meltdowns, 'no risk to the children', the police log closed. Investigated and explained -> not "
        "urgent. A request for Early Help from someone who is not a social worker or lead practitioner -> other -> "
        "human_review. 'consents to Early Help contacting her' -> consent true (stated as given). Kieran Pryce "
        "labelled; 'Lola (4)' has no surname written -> not labelled. Concern disability_send (autism, ADHD "
        "assessment, EHCP). 'Tenancy ref WVH-T-0042871' and 'CAD 3318/28NOV' are not case ids.",
        not_children=["Dominika Wróbel", "Tamara Pryce"])


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2059-09-30 18:35:12"
    body = T("""
Hi,

I run the junior section at Roman Road Amateur Boxing Club in Bow. I got this email off the council website - sorry if it's the wrong one, I tried the phone number but it kept ringing out.

One of my juniors, Aaron Okonkwo-Lee (14, DOB on his membership form 06/04/2045), came to training tonight with a cut on his left forearm wrapped in a tea towel. When I took it off it's about 6cm long and deep, still bleeding through. He says older boys did it with a blade in Mile End Park last night because he "lost a package" he was holding for them. He says he owes them £400 now.

They've told him he has to do a run to Southend tonight to pay it off, and if he doesn't they'll "see" his little brother Kai (9) at the school gate tomorrow. He's supposed to meet them at Bow Road station at 9 o'clock. He's shaking. He says if he doesn't go it'll be worse for Kai.

His mum's phone goes to voicemail - she works late shifts at a care home. I've got him sat in my office with our first aider. He doesn't want to go to hospital because he says they'll ask questions. I can keep him here till about 8.30 when we lock up but I don't know what I'm allowed to do after that.

Please can someone call me on 07700 900 672.

Delroy Campbell
Head Coach (Juniors), Roman Road ABC
England Boxing Level 2 Coach
""")
    top = plain_top(f, addr("Delroy Campbell", "delroy.campbell@romanroadabc.example.org"), addr("MAST", TMAST),
                    "One of my junior boxers - cut arm - being made to do a run tonight", when,
                    "romanroadabc.example.org", "Microsoft Outlook for Android")
    add(f, mail(f, top, body, crlf=False), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Aaron Okonkwo-Lee", "2045-04-06", "06/04/2045")], ["exploitation", "physical_harm"], None, None, [],
        None, "alert_duty",
        "A BOXING COACH: a 14-year-old with a deep knife wound from last night, in debt to older boys for a lost "
        "'package', ordered to do a drugs 'run' to Southend tonight (meeting them at 9pm) or they will target his "
        "9-year-old brother; mother unreachable. Immediate risk tonight, no alarm word anywhere -> DESIGN safety "
        "rule 1 -> urgent, alert_duty (Tower Hamlets seed: 'If there is an immediate child protection concern, "
        "contact MAST ... out of hours in an emergency only 0207 364 4079'); 18:35, out of hours. Kind other. "
        "Concerns exploitation (county lines, debt bondage) and physical_harm (the stabbing). Kai has no surname "
        "written -> not labelled.",
        not_children=["Delroy Campbell"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2059-11-05 10:12:48"
    body = T("""
Dear MAST,

Please find attached a Multi-Agency Request for Support for Sumaiya Akhtar (11) and her brother Zayn Akhtar (6).

I'm the lead practitioner for the family's Early Help plan - we've had a TAF since June (Island Families Project is the lead agency). My manager, Joanne Whitcombe, has agreed this step up and is copied in.

I tried to ring the MAST number at 9.45 and was held in a queue; I'll keep trying. Everything is in the form.

Kind regards,
Ellie Marchetti
Family Practitioner, Island Families Project
Isle of Dogs Community Centre, E14
07700 900 393
Island Families Project is a registered charity in England and Wales, no. 1190334
""")
    marf = pdf_att("MARF - Akhtar - 05.11.2059.pdf", "Multi-Agency Request for Support (MARF)", [
        "Referrer: Ellie Marchetti, Family Practitioner, Island Families Project (lead practitioner, Early Help plan)",
        "Manager: Joanne Whitcombe, Services Manager - agreed 05/11/2059", "",
        "Child 1: Sumaiya Akhtar, DOB 14/02/2048, Year 7, Cubitt Town Academy",
        "Child 2: Zayn Akhtar, DOB 30/06/2053, Year 2, Arnhem Wharf Primary",
        "Mosaic ID (if known): 3120457", "Address: 22 Manchester Road, London E14",
        "Parents: Mr Tariq Akhtar (father), Mrs Nasreen Akhtar (mother)", "",
        "Reason for request:",
        "This morning Sumaiya told her form tutor and me that last night her dad held Zayn's hand on the cooker",
        "ring because Zayn had wet the bed again. The school nurse saw Zayn at 9am: a blistered burn across the",
        "palm of his right hand. Zayn says 'daddy made the fire hot'. Sumaiya says dad has done it before with a",
        "spoon. Mum was at work.",
        "Dad collects both children from school at 3.15 today.", "",
        "Is the child at immediate risk of significant harm? YES - the injury happened last night and the children",
        "go home with the person who caused it at 3.15 today.", "",
        "Parental consent obtained? Not sought - telling the parents could place the children at greater risk.",
        "Early Help involvement: TAF since June 2059 (bedwetting, attendance, mum's health). Lead practitioner as above."])
    top = outlook_top(f, addr("Ellie Marchetti", "e.marchetti@islandfamilies.example.org.uk"), addr("MAST", TMAST),
                      "MARF - Akhtar children - step up from Early Help", when,
                      cc=addr("Joanne Whitcombe", "j.whitcombe@islandfamilies.example.org.uk"),
                      mid_domain="islandfamilies.example.org.uk")
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["3120457"],
        [ch("Sumaiya Akhtar", "2048-02-14", "14/02/2048"), ch("Zayn Akhtar", "2053-06-30", "30/06/2053")],
        ["physical_harm"], None, True, [], None, "alert_duty",
        "THE RISK ONLY IN THE ATTACHMENT: a charity family practitioner who is the family's Early Help LEAD "
        "PRACTITIONER sends a MARF to MAST with a calm covering note ('Everything is in the form'); the PDF says a "
        "6-year-old's hand was held on a cooker ring last night (blistered burn seen by the school nurse) and the "
        "father collects both children at 3.15 today, 'immediate risk ... YES'. DESIGN safety rule 1: every part "
        "is read, attachments included -> urgent -> alert_duty. Otherwise a complete Tower Hamlets step-up "
        "(seed: MAST contact 'followed up with a completed Multi-Agency Request for Support form'; REQUIREMENTS "
        "tower_hamlets step_up: request_for_support, manager_agreed): MARF attached, 'has agreed this step up' -> "
        "manager true -> missing []. Consent 'Not sought' -> null. The Mosaic id is only in the PDF; the charity "
        "number 1190334 in the signature is not a case id. DOBs only in the PDF. physical_harm.",
        not_children=["Ellie Marchetti", "Joanne Whitcombe", "Tariq Akhtar", "Nasreen Akhtar"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2059-09-18 14:02:26"
    blocks = [
        "Dear Early Help Hub,",
        "",
        "Please find the step-down details for the Hussain children below. The Child and Family Assessment "
        "concluded on 12/09/2059 with a recommendation to step down to a TAF; the assessment and the draft TAF plan "
        "are attached.",
        "",
        ("table", [
            ["Child", "Date of birth", "Mosaic ID"],
            ["Musa Hussain", "22/07/2052", "1988204"],
            ["Inaaya Hussain", "15/01/2056", "1988203"],
        ]),
        "",
        ("table", [
            ["", "Details"],
            ["Consent", "Mrs Hussain gave her consent to the step-down at the final CIN review on 15/09/2059"],
            ["Lead Practitioner", "Grace Ogunleye, Family Link Worker, Little Explorers Nursery (private nursery, "
             "Stepney) - Inaaya's key person since January"],
            ["TAF meeting (I will chair)", "Thursday 25 September 2059, 10am, Little Explorers Nursery, Ben Jonson "
             "Road E1"],
        ]),
        "",
        "The remaining needs are dad's depression (he is under the community mental health team and is back at "
        "work part time) and Musa's attendance, which is 86%.",
        "",
        "Kind regards,",
        "Ruksana",
        "",
        "Ruksana Miah",
        "Social Worker | Children and Families Service - CIN Team 2 | London Borough of Tower Hamlets",
        "020 7946 0374",
        "",
        TDISC.strip(),
    ]
    cfa = pdf_att("C&F Assessment - Hussain - concluded 12.09.2059.pdf", "Child and Family Assessment - summary", [
        "Children: Musa Hussain (22/07/2052), Inaaya Hussain (15/01/2056)   Mosaic: 1988204, 1988203",
        "Assessment started: 18/07/2059   Concluded: 12/09/2059   Social worker: Ruksana Miah", "",
        "Reason for assessment: referral from Musa's school after dad was admitted to hospital in July.",
        "Findings: dad has depression and is now supported by the CMHT; mum has coped well with the children;",
        "home conditions good; Musa's attendance 86% (lateness when dad is unwell).",
        "Outcome: statutory intervention no longer required. Step down to Early Help - TAF with a Lead",
        "Practitioner from Little Explorers Nursery."])
    plan = docx_att("TAF plan (draft) - Hussain.docx", [
        "# Team Around the Family plan (draft)", "Lead Practitioner: Grace Ogunleye, Little Explorers Nursery",
        "1. Dad to continue with the CMHT; carers' support for mum - ongoing.",
        "2. School attendance plan for Musa, reviewed every 4 weeks.",
        "3. Inaaya's 2-year-old funded hours extended to 30 hours - from October.",
        "4. TAF review every 6 weeks, chaired by the Lead Practitioner."])
    top = outlook_top(f, addr("Miah, Ruksana", "Ruksana.Miah@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to Early Help - Hussain children - TAF Thurs 25th Sept", when)
    add(f, word_mail(f, top, blocks, [cfa, plan]), "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["1988204", "1988203"],
        [ch("Musa Hussain", "2052-07-22", "22/07/2052"), ch("Inaaya Hussain", "2056-01-15", "15/01/2056")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        "Complete Tower Hamlets step-down (seed 'Step-down from Children's Social Work team takes place as an "
        "outcome of the Child and Family Assessments'; REQUIREMENTS tower_hamlets step_down: assessment, "
        "draft_plan, consent, lead_practitioner): C&F assessment PDF, draft TAF plan .docx, consent given at the "
        "CIN review, and the Lead Practitioner named with her agency - a PRIVATE NURSERY's family link worker -> "
        "nothing missing -> book_meeting. Children and Mosaic ids in a Word table (ids in table order, Musa's "
        "first). The TAF on Thu 25 Sep is 9 working days after the assessment concluded (12 Sep) - inside the "
        "seed's 10 WD; no notice field for Tower Hamlets -> notice null. Concerns: dad's depression, Musa's 86%.",
        not_children=["Ruksana Miah", "Grace Ogunleye"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2059-10-27 18:14:31"
    body = T("""
Hello, I'm a childminder in Bow (Ofsted registered, URN EY562814). Your email address is on the Early Help leaflet I was given so I'm sending this here, I'm sorry if it's wrong.

I look after Tyler Delaney-Osei (4) and Lily-Mae Delaney-Osei (2). Their mum, Roxanne Delaney, was due to collect them at 5.15. She hasn't come and her phone is going straight to voicemail, which has never happened before.

About 15 minutes ago their dad, Kwame Osei, turned up at my door. He was shouting through the letterbox that he's taking the kids and that Roxanne "won't be coming, not tonight, not ever". Roxanne told me when the children started with me that there is a court order saying he can't go near her or the children because of what he did to her, and she gave me a copy with his photo. I haven't opened the door. He's sitting in a black car across the road and keeps ringing my doorbell.

I rang 999 at 6.05 and they said officers will come but they're very busy tonight and to contact children's services as well. The children are in my front room with my husband watching telly, they don't know he's outside. I'm really worried about Roxanne.

My number is 07700 900 128. Please ring me.

Jo Fitzpatrick
Registered Childminder, Bow E3
""")
    top = plain_top(f, addr("Jo Fitzpatrick", "jo.fitzpatrick.childminding@mail.example.com"),
                    addr(None, TEH), "Childminder - children not collected and dad outside", when,
                    "mail.example.com", None)
    add(f, mail(f, top, body, crlf=False), "tower_hamlets", "early_help_duty", when, 3,
        "urgent", "other", True, None, [],
        [ch("Tyler Delaney-Osei"), ch("Lily-Mae Delaney-Osei")], ["domestic_abuse"], None, None, [], None,
        "alert_duty",
        "A CHILDMINDER, writing to the Early Help inbox from a leaflet at 18:14 on the first evening of GMT: the "
        "mother has not collected her 4- and 2-year-old and cannot be reached; the father, barred by a court order "
        "'because of what he did to her', is at the door saying the mother 'won't be coming, not tonight, not "
        "ever' and that he is taking the children; 999 called but police delayed. Immediate risk, no alarm word "
        "anywhere -> DESIGN safety rule 1 -> urgent, alert_duty (Tower Hamlets seed: out of hours 'in an "
        "emergency only 0207 364 4079'). Kind other; domestic_abuse. 'URN EY562814' is an Ofsted registration "
        "number, not a case id.",
        not_children=["Jo Fitzpatrick", "Roxanne Delaney", "Kwame Osei"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2059-11-20 09:15:40"
    body = T("""
Good morning,

I'm the principal of a small dance school in Bow and I'd be grateful for some advice, as I'm not sure whether this is something the council needs to know.

A new pupil, Mia Gallagher-Nunes (8), started with us in our Saturday ballet class. At registration her mum told me that Mia was on a child protection plan when they lived in Lewisham, in 2057, because of her father's violence towards mum. He is in prison and there has been no contact of any kind since. The plan ended in 2058 and the family were closed to social care last year. Mum asked us to make sure that he can never collect Mia - we have put a note on her registration record and only mum and grandma are on the collection list.

We have no concerns about Mia at all - she is a happy, confident little girl and mum is lovely.

My questions are: do we need to let you know when a child who used to be on a plan joins us? And do we need to keep anything other than the note on her record? Our safeguarding policy doesn't really cover this.

Many thanks,
Bethany Arkwright
Principal, Arkwright School of Dance, Bow
""")
    top = plain_top(f, addr("Bethany Arkwright", "bethany@arkwrightdance.example.co.uk"), addr("Early Help Hub", TEH),
                    "Advice please - new pupil who was on a child protection plan", when,
                    "arkwrightdance.example.co.uk", "Apple Mail (16.0)")
    add(f, mail(f, top, body, crlf=False), "tower_hamlets", "early_help_duty", when, 2,
        "near_miss", "other", False, None, [], [ch("Mia Gallagher-Nunes")], [], None, None, [], None,
        "human_review",
        "NEAR MISS - A DANCE SCHOOL PRINCIPAL'S QUESTION ABOUT A CLOSED PLAN: 'child protection plan', 'father's "
        "violence' and 'can never collect' are all history (the plan ended in 2058, the family closed to social "
        "care, the father in prison with no contact) and 'We have no concerns about Mia at all'. Historic and "
        "resolved -> not urgent, no concerns labelled. A request for advice, not a step request -> other -> "
        "human_review. Mia Gallagher-Nunes is named in full -> labelled, no DOB.",
        not_children=["Bethany Arkwright"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2059-09-23 16:48:09"
    ack = ack_text("step-down", "SB-tower_hamlets-207", [
        "Case: 2015537", "Children: Adam Haque (03/03/2049)", "TAF meeting: not yet given"],
        ["the most current Child and Family Assessment (the document attached was the referral form)"])
    body = T("""
Hi,

Sorry - I attached the wrong document on Friday. Here is Adam's Child and Family Assessment. It concluded on 19/09/2059, so I've booked the TAF for Wednesday 1st October at 2pm at Poplar Family Hub, which is inside the 10 working days.

Thanks,
Aleks

Aleksander Nowak
Social Worker | Children and Families Service - Assessment Team | London Borough of Tower Hamlets
020 7946 0582
""") + chain([("Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>", "19 September 2059 15:20",
               "Nowak, Aleksander <Aleksander.Nowak@towerhamlets.gov.uk>",
               "[SB-tower_hamlets-207] Step-down request received - Mosaic 2015537", ack, None)])
    cfa = pdf_att("C&F Assessment - Adam Haque - 19.09.2059.pdf", "Child and Family Assessment - summary", [
        "Child: Adam Haque, DOB 03/03/2049   Mosaic: 2015537", "Concluded: 19/09/2059   Social worker: Aleksander Nowak",
        "Reason for assessment: referral from Adam's primary school in July about a change in his behaviour.",
        "Findings: the change followed the death of his grandfather in May and the move into an overcrowded",
        "two-bedroom flat; parents warm and responsive; Adam is doing well since starting secondary school.",
        "Outcome: step down to Early Help - TAF, with bereavement support and a housing transfer application."])
    top = outlook_top(f, addr("Nowak, Aleksander", "Aleksander.Nowak@" + TDOM), addr("Early Help Hub", TEH),
                      "RE: [SB-tower_hamlets-207] Step-down request received - Mosaic 2015537", when)
    add(f, mail(f, top, body, [cfa], html_alt=True), "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["2015537"], [ch("Adam Haque", "2049-03-03", "03/03/2049")], [],
        None, None, [], None, "attach_to_request",
        "A follow-up to [SB-tower_hamlets-207] adding the missing Child and Family Assessment (PDF) and the TAF "
        "date (Wed 1 Oct, 8 working days after the assessment concluded on 19 Sep, inside the seed's 10 WD). "
        "DESIGN: a reply adding to an existing request -> follow_up -> attach_to_request; missing [] for a "
        "follow-up. The Mosaic id and the child's DOB come from the quoted acknowledgement. Bereavement and "
        "overcrowding are no contract concern -> concerns [].",
        not_children=["Aleksander Nowak"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2059-12-03 11:05:19"
    body = T("""
Dear MAST colleagues,

I'm requesting a step up for the Zaman children (Mosaic 2460178):
Yasmin Zaman - DOB 25/01/2049
Ilyas Zaman - DOB 09/09/2052

Reason for step up: since September mum's depression has got much worse. She has missed the last three TAF meetings and two home visits, isn't answering the door to the school's family support worker, and the children's attendance has dropped (Yasmin 84%, Ilyas 88%). We have tried everything the TAF plan set out and engagement has gone backwards. Mum consents to the referral to MAST. Shirin Ahmed, my manager, agreed the step up in supervision this morning.

For your information, because you will see it on Mosaic: the children's father is due to be released from prison on licence on 14 December (he was sentenced in 2056 for assaulting mum). This is planned for and managed. Probation have set licence conditions - an exclusion zone covering the family's road and both schools, and no contact with mum or the children - he will be managed at MAPPA level 2, police have put a marker on the address and mum has a safety plan. Probation assess the risk he poses to mum as high, which is why all of this is in place; he has had no contact with the family since 2056. His release is not the reason for this step up, but mum's anxiety about it is part of why she is struggling.

I'll complete the MARF and send it over tomorrow.

Kind regards,
Kamrul Islam
Early Help Practitioner | Bow & Poplar Locality | Tower Hamlets Early Help
020 7946 0296

""") + TDISC
    top = outlook_top(f, addr("Islam, Kamrul", "Kamrul.Islam@" + TDOM), addr("MAST", TMAST),
                      "Step up request - Zaman children - Mosaic 2460178", when,
                      cc=addr("Ahmed, Shirin", "Shirin.Ahmed@" + TDOM))
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "near_miss", "step_up", False, None, ["2460178"],
        [ch("Yasmin Zaman", "2049-01-25", "25/01/2049"), ch("Ilyas Zaman", "2052-09-09", "09/09/2052")],
        ["non_engagement", "parental_mental_health", "school_attendance"], True, True, ["request_for_support"],
        None, "request_info",
        "NEAR MISS - A RISK THAT IS PLANNED FOR AND MANAGED: a father convicted of assaulting the mother is released "
        "on licence on 14 December with an exclusion zone, no-contact conditions, MAPPA level 2, a police marker "
        "and a safety plan; 'Probation assess the risk he poses to mum as high', but he has had no contact since "
        "2056, 'This is planned for and managed' and 'not the reason for this step up' -> not urgent; the 2056 "
        "assault is history (no domestic_abuse). Tower Hamlets step-up (REQUIREMENTS: request_for_support, "
        "manager_agreed): manager agreed in supervision -> true; the MARF 'tomorrow' -> request_for_support missing "
        "-> request_info. 'Mum consents to the referral' -> true. Concerns: missed TAFs and visits -> "
        "non_engagement; mum's depression; attendance 84% / 88%.",
        not_children=["Kamrul Islam", "Shirin Ahmed"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2059-11-14 15:25:03"
    body = T("""
Assalamu alaikum,

I am the coordinator of Stepney Saturday Bengali School (we teach Bengali language and culture to children on Saturday mornings at the Shahjalal community hall). I was given this email by a teacher at Redcoat Primary.

Mrs Rupali Chowdhury asked us to contact you on her behalf. Her husband left the family in the summer and she is struggling with the rent and with food. Her children Tahmid Chowdhury (10) and Rafia Chowdhury (7) come to our school every Saturday. They are lovely children, always clean, happy and well looked after - we have no worries about them at all. Mum just needs some help: with benefits since her husband left, school uniform for Tahmid, and maybe someone to talk to. Her English is good but she finds forms hard.

Mrs Chowdhury has given her consent for us to refer her to Early Help and for you to call her on 07700 900 517. Is there a form we should fill in?

With thanks,
Shahana Begum
Coordinator, Stepney Saturday Bengali School
Registered charity no. 1154872
""")
    top = plain_top(f, addr("Shahana Begum", "stepneysaturdayschool@mail.example.com"), addr(None, TEH),
                    "Referral for a family - Mrs Chowdhury", when, "mail.example.com", None)
    add(f, mail(f, top, body, crlf=False), "tower_hamlets", "early_help_duty", when, 6,
        "ordinary", "other", False, None, [],
        [ch("Tahmid Chowdhury"), ch("Rafia Chowdhury")], [], True, None, [], None, "human_review",
        "A SATURDAY SUPPLEMENTARY SCHOOL asks for Early Help for a family (money, uniform, benefits) on the "
        "mother's behalf: not a step-down from a social worker nor a step-up from a lead practitioner -> other -> "
        "human_review (a referral to be triaged by a person). 'has given her consent for us to refer her to Early "
        "Help' -> consent true. 'we have no worries about them at all' -> no concerns (poverty is not a contract "
        "concern). 'Registered charity no. 1154872' is not a case id.",
        not_children=["Shahana Begum", "Rupali Chowdhury"])


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2059-09-17 14:31:55"
    body = T("""
Dear MASH,

Contact to MASH - request to step up from level 3

I'm the lead professional for the Trethewey family at level 3 (EHM-740219) - I'm a family support worker with Bay Families Trust, which holds the family's Early Help plan.

Children:
Ruby Trethewey - 09/05/2053
Jessie Trethewey - 30/01/2056

New information: mum (Sophie Trethewey) told me on Monday that her ex-partner, Ryan Colwill, who is Jessie's dad, has been coming to the house at night since he came out of prison in August. Over the weekend he punched a hole in the kitchen door, took her bank card and told her he would "take Jessie to Cornwall and she'd never see her again". Ruby (6) told school he "shouted at mummy till she was sick". Mum has a non-molestation order against him from 2058 but has not reported any of this because she is frightened of him.

Mum consents to this contact to MASH. My line manager, Lowenna Hocking (copied), agrees this needs to be considered for a level 4 intervention.

UPDATE 14:25 - mum has just rung me, whispering. Ryan has kicked the back door in. She is locked in the upstairs bathroom with both girls and he is banging on the door and shouting. I've told her to ring 999 and she says she has. I'm driving there now. My mobile is 07700 900 655.

Kerensa Pascoe
Family Support Worker (Lead Professional), Bay Families Trust
Paignton Family Centre, Hyde Road, Paignton
Registered charity no. 1169907
""")
    top = outlook_top(f, addr("Kerensa Pascoe", "k.pascoe@bayfamiliestrust.example.org.uk"), addr("Torbay MASH", BMASH),
                      "Contact to MASH - Trethewey - EHM-740219", when,
                      cc=addr("Lowenna Hocking", "l.hocking@bayfamiliestrust.example.org.uk"),
                      mid_domain="bayfamiliestrust.example.org.uk")
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-740219"],
        [ch("Ruby Trethewey", "2053-05-09", "09/05/2053"), ch("Jessie Trethewey", "2056-01-30", "30/01/2056")],
        ["domestic_abuse"], True, True, [], None, "alert_duty",
        "A COMPLETE STEP-UP THAT TURNS URGENT IN ITS LAST PARAGRAPH: a CHILDREN'S CHARITY worker who is the level 3 "
        "LEAD PROFESSIONAL makes a contact to MASH (Torbay seed, 'Step up processes from level 3 to level 4': 'a "
        "contact should be made to MASH with parental consent', the outcome advised to the lead professional "
        "'regardless of whether lead professional is internal or external'); consent and her manager's agreement "
        "are stated -> missing []. Then 'UPDATE 14:25': the ex-partner has kicked the door in and the mother and "
        "both girls are locked in the bathroom while he bangs on the door. Happening now, no alarm word -> "
        "DESIGN safety rule 1 -> urgent -> alert_duty (first in next_action's order). domestic_abuse. The charity "
        "number 1169907 is not a case id.",
        not_children=["Kerensa Pascoe", "Lowenna Hocking", "Sophie Trethewey", "Ryan Colwill"])

def torbay_02():
    f = "torbay_02.eml"; when = "2059-10-06 10:40:27"
    body = T("""
Hi Early Help,

Please could I have a triage slot for the Yelland children - step down from the Single Assessment Team to level 3 Early Help.

Maisie Yelland - DOB 08/08/2053
Oscar Yelland - DOB 17/04/2057 (so he's 2 - I think that means the under-5s triage?)
LCS-2471093

The Single Assessment is attached, with my analysis and the rationale for stepping down, and my team manager's analysis confirming the threshold is met for level 3. Mum signed consent for level 3 Early Help on 2 October.

In short: the assessment started after Oscar's nursery (Tiny Steps, Paignton) raised the state of his clothes and a missed hearing appointment. Home conditions have improved a lot with support but still slip when mum's shifts change, and Oscar's health appointments need prompting. He also has a speech delay and is waiting for SALT. Mum is keen for help and gets on well with the nursery manager.

Thanks,
Ifeoma

Ifeoma Nwosu
Social Worker | Single Assessment Team | Torbay Council
01632 960 314

""") + BDISC
    sa = pdf_att("Single Assessment - Yelland - LCS-2471093.pdf", "Single Assessment - Yelland children", [
        "Children: Maisie Yelland (08/08/2053), Oscar Yelland (17/04/2057)   LCS-2471093",
        "Social worker: Ifeoma Nwosu, Single Assessment Team   Completed: 30/09/2059", "",
        "Social worker's analysis: home conditions and Oscar's health care have improved with support; needs remain",
        "around routines, health appointments and Oscar's speech delay. Rationale for step down: the level of need",
        "no longer requires a statutory response but needs a coordinated level 3 Early Help plan.", "",
        "Team Manager analysis (Gareth Rowse, 01/10/2059): I agree with the analysis and confirm the threshold is",
        "met for level 3 intervention. Step down to Early Help at level 3 agreed.", "",
        "Consent: mum signed consent for level 3 Early Help on 02/10/2059."])
    top = outlook_top(f, addr("Nwosu, Ifeoma", "Ifeoma.Nwosu@" + BDOM), addr("Torbay Early Help", BEH),
                      "Triage slot please - step down - Yelland - LCS-2471093", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["LCS-2471093"],
        [ch("Maisie Yelland", "2053-08-08", "08/08/2053"), ch("Oscar Yelland", "2057-04-17", "17/04/2057")],
        ["disability_send", "neglect"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down from the Single Assessment Team (seed steps 1-4: 'Social Worker to email Early "
        "Help inbox to request triage slot', the TM's analysis 'confirming threshold met for level 3', consent "
        "sought before triage; REQUIREMENTS torbay step_down: assessment, manager_agreed, consent): Single "
        "Assessment PDF with both analyses, consent signed -> nothing missing -> book_meeting. Oscar is 2 -> the "
        "fortnightly under-5s triage (AFC attending; Tue 14 Oct 2059 is an under-5s sitting - torbay_07). 'level 3' "
        "stated -> level 3. Concerns: home conditions that 'still slip' and prompted health care -> neglect; "
        "speech delay awaiting SALT -> disability_send.",
        not_children=["Ifeoma Nwosu", "Gareth Rowse"])

def torbay_03():
    f = "torbay_03.eml"; when = "2059-11-06 16:55:38"
    body = T("""
To whoever reads this,

I found this address on the Torbay Council "Early Help" page - I don't know who else to write to and the phone line says it is closed.

I am a piano teacher. I teach Harper Kessell (6) at her home every Thursday at 4pm, 18 Laburnum Street, Paignton. Today when I knocked, Harper opened the back door and let me in. She and her little brother Rowan Kessell (3) are on their own in the house. Harper says "mummy went out last night with her friend" and hasn't come back. They had cereal for breakfast and cereal for dinner yesterday. Harper didn't go to school today because there was nobody to take her.

Rowan's nappy is soaked through and he has a bad rash, he's only in a vest. The house is very cold, I can't find the heating. There is nothing in the fridge except milk. Mum's phone is switched off. I don't know the dad or any family.

I have stayed with them - it's nearly 5 o'clock and dark. I've made them some toast. I'm not a relative and I don't know if I'm allowed to take them anywhere. Please can someone come or phone me on 07700 900 244.

Gwen Ashby-Trelawny
Piano teacher (ABRSM), Paignton
""")
    top = plain_top(f, addr("Gwen Ashby-Trelawny", "gwen.ashbytrelawny@mail.example.com"), addr(None, BEH),
                    "Two small children on their own - Laburnum Street, Paignton", when, "mail.example.com",
                    "Microsoft Outlook for iOS")
    add(f, mail(f, top, body, crlf=False), "torbay", "early_help_duty", when, 2,
        "urgent", "other", True, None, [],
        [ch("Harper Kessell"), ch("Rowan Kessell")], ["neglect"], None, None, [], None, "alert_duty",
        "A PIANO TEACHER at a home lesson: a 6-year-old and a 3-year-old alone since last night, the mother not "
        "back and her phone off, a cold house, no food, a soaked nappy and a rash, now dark. Immediate risk to two "
        "young children, in plain words with no alarm word, sent to the Early Help inbox she found on the "
        "website -> DESIGN safety rule 1 -> urgent, alert_duty (Torbay pack: the MASH duty team, the Emergency Duty "
        "Team out of hours). Kind other; neglect. Ages only, no DOBs.",
        not_children=["Gwen Ashby-Trelawny"])

def torbay_04():
    f = "torbay_04.eml"; when = "2059-09-09 08:00:06"
    text = T("""
TORBAY CHILDREN'S ALLIANCE - AUTUMN BULLETIN

Welcome back! Our autumn training programme for volunteers, clubs, nurseries, childminders and faith groups is now open for booking. All courses are free to members and held at the Alliance office, 3 Union Street, Torquay.

1. Recognising and responding to abuse and neglect (Level 2) - Tuesday 30 September, 6pm
2. Safer recruitment for small organisations - Thursday 16 October, 10am
3. Online safety for parents (drop-in) - Wednesday 12 November, 7pm

Course 1 uses three scenarios for small-group work. All scenarios are fictional and are used for training only:

Scenario A - "Lily", 4, arrives at nursery with a bruise on her cheek and says "mummy's friend did it". Mummy's friend is collecting her at 3pm. What do you do now?
Scenario B - "Tom", 12, tells his football coach he has been sleeping in a friend's shed because his stepdad "kicked him out". It is 8pm on a Friday.
Scenario C - "Amira", 15, shows her tutor messages from an older man who wants to meet her tonight.

If a child is in immediate danger, always call 999. To make a contact about a child at risk of significant harm, contact the Torbay MASH.

NEWS
- Welcome to our new Family Hubs coordinator.
- Our Christmas toy appeal opens on 1 November.

Torbay Children's Alliance is a registered charity, no. 1183226.
You are receiving this bulletin because you subscribed. Unsubscribe: https://torbaychildrensalliance.example.org/unsubscribe
""")
    h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
         "<body style=\"font-family:Verdana,sans-serif;font-size:10pt\">\n"
         "<div style=\"background:#1B6F8A;color:#FFFFFF;padding:12px\"><b>TORBAY CHILDREN'S ALLIANCE</b> - "
         "Autumn bulletin</div>\n<p>Welcome back! Our autumn training programme for volunteers, clubs, nurseries, "
         "childminders and faith groups is now open for booking. All courses are free to members and held at the "
         "Alliance office, 3 Union Street, Torquay.</p>\n<ol>\n"
         "<li>Recognising and responding to abuse and neglect (Level 2) - Tuesday 30 September, 6pm</li>\n"
         "<li>Safer recruitment for small organisations - Thursday 16 October, 10am</li>\n"
         "<li>Online safety for parents (drop-in) - Wednesday 12 November, 7pm</li>\n</ol>\n"
         "<p>Course 1 uses three scenarios for small-group work. <i>All scenarios are fictional and are used for "
         "training only:</i></p>\n<ul>\n"
         "<li><b>Scenario A</b> - \"Lily\", 4, arrives at nursery with a bruise on her cheek and says \"mummy's "
         "friend did it\". Mummy's friend is collecting her at 3pm. What do you do now?</li>\n"
         "<li><b>Scenario B</b> - \"Tom\", 12, tells his football coach he has been sleeping in a friend's shed "
         "because his stepdad \"kicked him out\". It is 8pm on a Friday.</li>\n"
         "<li><b>Scenario C</b> - \"Amira\", 15, shows her tutor messages from an older man who wants to meet her "
         "tonight.</li>\n</ul>\n"
         "<p style=\"border-left:4px solid #C00000;padding-left:8px\">If a child is in immediate danger, always call "
         "999. To make a contact about a child at risk of significant harm, contact the Torbay MASH.</p>\n"
         "<h3>NEWS</h3>\n<ul><li>Welcome to our new Family Hubs coordinator.</li>\n"
         "<li>Our Christmas toy appeal opens on 1 November.</li></ul>\n"
         "<p style=\"color:#777777;font-size:8pt\">Torbay Children's Alliance is a registered charity, no. 1183226."
         "<br>You are receiving this bulletin because you subscribed. <a href=\"https://torbaychildrensalliance."
         "example.org/unsubscribe\">Unsubscribe</a></p>\n</body></html>\n")
    top = plain_top(f, addr("Torbay Children's Alliance", "news@torbaychildrensalliance.example.org"),
                    addr("Torbay Early Help", BEH), "Autumn bulletin: training for clubs, nurseries and faith groups",
                    when, "torbaychildrensalliance.example.org", None, cc=addr("Torbay MASH", BMASH),
                    extra=[("List-Id", "Torbay Children's Alliance bulletin <bulletin.torbaychildrensalliance.example.org>"),
                           ("List-Unsubscribe", "<https://torbaychildrensalliance.example.org/unsubscribe>"),
                           ("Precedence", "bulk")])
    add(f, alt_mail(f, top, text, h), "torbay", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A CHILDREN'S CHARITY BULLETIN (List-Id, List-Unsubscribe, Precedence: bulk; no "
        "Auto-Submitted) whose training scenarios read like live reports (a 4-year-old's bruise and 'mummy's "
        "friend did it' with a 3pm collection; a 12-year-old sleeping in a shed; a 15-year-old meeting an older "
        "man tonight) but are 'fictional and ... used for training only', plus 'immediate danger' and 'risk of "
        "significant harm' boilerplate. DESIGN safety rule 1: bulletins that list examples must not trigger -> "
        "not urgent. Not a request and not an auto-reply -> other -> human_review. First names in quotes only -> "
        "no children. Sent to the Early Help inbox with the MASH copied: labelled for the Early Help inbox (To).")

def torbay_05():
    f = "torbay_05.eml"; when = "2059-11-19 12:20:44"
    body = T("""
Hello MASH,

Contact to MASH from level 3 Early Help - Mudge family, EHM-741882.

Tyler-Jay Mudge - 21/03/2047
Keira Mudge - 04/10/2052

I'm the lead professional (Early Help practitioner). New information since the last TAF: mum's drinking has increased again since her mum died in October - Tyler-Jay (12) told his head of year that he gets Keira (7) up, dressed and to school most days because mum "can't get up", and that he cooks tea most nights. His attendance has dropped to 81% and he has fallen asleep in lessons. Keira is fine at school but often late. Mum has stopped going to Torbay Drug and Alcohol Service.

My team manager, Piran Stoneman, and I agree this needs to be considered for a level 4 intervention.

I discussed this contact with mum yesterday. Mum has refused consent for the contact to MASH - she says she will "sort it out herself" and doesn't want social services. I've explained that I still need to share this with you and why.

Thanks,
Charlotte

Charlotte Vinnicombe
Early Help Practitioner | Paignton Locality | Torbay Council
01632 960 577

""") + BDISC
    top = outlook_top(f, addr("Vinnicombe, Charlotte", "Charlotte.Vinnicombe@" + BDOM), addr("Torbay MASH", BMASH),
                      "Contact to MASH - Mudge - EHM-741882", when, cc=addr("Stoneman, Piran", "Piran.Stoneman@" + BDOM))
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["EHM-741882"],
        [ch("Tyler-Jay Mudge", "2047-03-21", "21/03/2047"), ch("Keira Mudge", "2052-10-04", "04/10/2052")],
        ["school_attendance", "substance_misuse", "young_carer"], False, True, ["consent"], None, "request_info",
        "Torbay step-up from level 3 (seed: 'a contact should be made to MASH with parental consent'; the worker "
        "and team manager 'should agree whether this information ... needs to be considered for a level 4 "
        "statutory intervention'; REQUIREMENTS torbay step_up: consent, manager_agreed): manager agreement stated "
        "-> true; 'Mum has refused consent for the contact to MASH' -> consent FALSE (stated as refused, not "
        "missing information) -> consent in missing -> request_info. Concerns: mum's drinking -> "
        "substance_misuse; a 12-year-old getting his sister up and cooking -> young_carer; 81% -> "
        "school_attendance. Nothing happening tonight -> not urgent.",
        not_children=["Charlotte Vinnicombe", "Piran Stoneman"])

def torbay_06():
    f = "torbay_06.eml"; when = "2059-10-14 19:10:21"
    message = T("""
Hello, I'm a registered childminder in Brixham. I'm working through my safeguarding refresher and have a question about paperwork - I hope this is the right place.

This morning one of my minded children, Theo Ferreira-Hart (3), arrived with a bruise on his left shin and a graze on his knee. Before I had even noticed, his mum told me at drop-off that he fell off a trampoline at the soft play in Torquay on Sunday, and she showed me the photo of the entry in the soft play's accident book. Theo told me the same thing on his own later ("I bumped on the big trampoline"). I filled in my existing-injury form and mum signed it. The bruise is exactly where you'd expect from a fall. I have no worries about Theo at all - he's a happy little boy and his parents are lovely.

My question is: should I also be sending existing-injury forms like this to you, or is it enough to keep them in my records? Different people on my course said different things.

Many thanks, Sarah-Jane
""")
    logo, cid = inline_png(f, "torbay-council-logo.png", 1, (0, 94, 133))
    rows = [("Form", esc("Early Help - ask a question")),
            ("Submitted", esc("14/10/2059 19:10")),
            ("Your name", esc("Sarah-Jane Widdicombe")),
            ("Organisation / role", esc("Registered childminder, Brixham (Ofsted URN EY604417)")),
            ("Email", esc("sj.widdicombe.childminder@mail.example.com")),
            ("Telephone", esc("07700 900 386")),
            ("Is this about a child in danger now?", esc("No")),
            ("Your message", "<br>\n".join(esc(x) for x in message.strip().split("\n")))]
    h = layout_html(esc("A new form has been submitted on torbay.gov.uk and routed to the Early Help inbox."), rows,
                    '<span style="color:#777777;font-size:8pt">Reply to this email to answer the person who sent '
                    'the form. Reference WEB-EH-88214.</span>', cid, "Torbay Council")
    top = plain_top(f, addr("Torbay Council website", "noreply-forms@" + BDOM), addr("Torbay Early Help", BEH),
                    "Website form: Early Help - ask a question (Question about existing injury forms)", when, BDOM,
                    None, extra=[("Reply-To", addr("Sarah-Jane Widdicombe",
                                                   "sj.widdicombe.childminder@mail.example.com"))])
    add(f, build(top, related_html(f, h, [logo]), True), "torbay", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [ch("Theo Ferreira-Hart")], [], None, None, [], None,
        "human_review",
        "NEAR MISS - A CHILDMINDER'S EXPLAINED INJURY, through the council website's HTML form (HTML-only "
        "multipart/related with a logo; From the website's no-reply address, Reply-To the childminder; no "
        "Auto-Submitted - a person wrote it): a 3-year-old's bruise and graze, explained by mum before it was "
        "noticed, matched by the soft play's accident book and by the child's own account, recorded on an "
        "existing-injury form; 'I have no worries about Theo at all'; the form's own 'child in danger now?' "
        "answered 'No'. A process question about forms -> other -> human_review; explained accident -> not "
        "urgent, no concern. 'Ofsted URN EY604417' and the web reference are not case ids. Evening (19:10 BST).",
        not_children=["Sarah-Jane Widdicombe"])

def torbay_07():
    f = "torbay_07.eml"; when = "2059-10-07 09:12:18"
    data = itip_reply(f, when, "Ifeoma Nwosu", "Ifeoma.Nwosu@" + BDOM, ("Torbay Early Help", BEH), "TENTATIVE",
                      "Under-5s triage - Yelland - LCS-2471093 [SB-torbay-118]", "20591014T113000",
                      "20591014T120000", "Microsoft Teams Meeting",
                      comment="I may be in court that morning - if so my TM Gareth Rowse will attend instead.")
    add(f, data, "torbay", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, ["LCS-2471093"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=TENTATIVE, with a COMMENT, from the social worker for torbay_02's under-5s "
        "triage slot (Tue 14 Oct 2059 11:30 BST, a fortnightly under-5s sitting); the SUMMARY carries LCS-2471093 "
        "and [SB-torbay-118]. DESIGN: meeting_reply -> record_reply. (Torbay seed: 'Team Manager to attend in "
        "Social Worker absence' - the comment says so; that is for the daemon, not a label.)")

def torbay_08():
    f = "torbay_08.eml"; when = "2059-12-11 15:52:07"
    nursery = T("""
Hi Callum,

Mum arrived at 3.20 to collect Ellie and Freddie. She was slurring, smelt strongly of alcohol and could barely stand. When Ellie started crying in the lobby mum slapped her hard across the face - it left a red handprint on her cheek and two of our staff saw it. We asked mum to sit down and tried to ring dad, but she grabbed the children, strapped them into her car and drove off towards Torquay at about 3.30.

We've called 999 and given them the car registration (a red Corsa, WK09 ...). We're writing this up on our safeguarding form now.

Debbie

Debbie Stoneman
Manager, Sunflower Day Nursery, Paignton
""")
    ack = ack_text("step-down", "SB-torbay-162", [
        "Case: LCS-2479902", "Children: Ellie Hoskins (02/03/2056), Freddie Hoskins (14/06/2058)",
        "Triage: the next under-5s triage will be confirmed to you"], [])
    body = T("""
Early Help - please add this to the step down for the Hoskins children. The nursery manager sent me this at 3.38. The step down obviously can't go ahead. I'm on my way out to the family home now with my TM's agreement and have spoken to the police.

Callum

Callum Brokenshire
Social Worker | Safeguarding and Supporting Families Team | Torbay Council
07700 900 619
""") + original("Debbie Stoneman <manager@sunflowerdaynursery.example.co.uk>", "11 December 2059 15:38",
                "Brokenshire, Callum", "Ellie and Freddie - collection today - safeguarding concern",
                nursery) + chain([("Torbay Early Help <earlyhelp@torbay.gov.uk>", "08 December 2059 11:02",
                                   "Brokenshire, Callum <Callum.Brokenshire@torbay.gov.uk>",
                                   "[SB-torbay-162] Step-down request received - LCS-2479902", ack, None)])
    top = outlook_top(f, addr("Brokenshire, Callum", "Callum.Brokenshire@" + BDOM), addr("Torbay Early Help", BEH),
                      "RE: [SB-torbay-162] Step-down request received - LCS-2479902", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "early_help_duty", when, 3,
        "urgent", "follow_up", True, None, ["LCS-2479902"],
        [ch("Ellie Hoskins", "2056-03-02", "02/03/2056"), ch("Freddie Hoskins", "2058-06-14", "14/06/2058")],
        ["physical_harm", "substance_misuse"], None, None, [], None, "alert_duty",
        "A FOLLOW-UP CARRYING A FORWARDED NURSERY EMAIL: the social worker adds to [SB-torbay-162] a PRIVATE "
        "NURSERY manager's report from 15 minutes earlier - a drunk mother slapped her 3-year-old leaving a "
        "handprint and drove off with both children (3 and 1). Immediate risk now -> DESIGN safety rule 1 (quoted "
        "and forwarded parts read) -> urgent; alert_duty overrides attach_to_request. The social worker's own "
        "words carry no alarm word (only his team's name in the signature, 'Safeguarding and Supporting Families "
        "Team'); 'safeguarding concern' is in the forwarded part. Children and DOBs from the "
        "quoted acknowledgement. physical_harm (the slap) and substance_misuse (drunk, driving the children).",
        not_children=["Callum Brokenshire", "Debbie Stoneman"])


# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2059-09-22 11:15:43"
    body = T("""
Dear Early Help Co-ordinators,

Following my discussion with Verity Lang at the Tuesday drop-in on 16 September, please find attached the Early Help Assessment step-down plan for the Prosser children, as a sibling group, stepping down to Early Help at level 3 ('Intensive') after the Child & Family Assessment.

Lowri Prosser - 12/12/2048 - Mosaic 733201
Dylan Prosser - 05/06/2051 - Mosaic 733202
Cerian Prosser - 27/02/2055 - Mosaic 733203

Mum (Carys Prosser) has seen the plan, agrees with the actions and has signed the written consent form (attached).

Key person: Bethan Morris, Family Support Worker, Marches Family Friends (the children's charity that has been visiting since the spring) - Bethan has agreed to lead on the step-down and the family chose her.

The needs that remain are mum's bipolar disorder (stable on medication, under the community mental health team) and Lowri's caring role - she is 10 and does a lot for her mum and the younger two.

Many thanks,
Elspeth

Elspeth Vaughan-Price
Social Worker | Safeguarding and Family Support Team 2 | Herefordshire Council
01632 960 418

""") + HDISC
    plan = docx_att("EHA step-down plan - Prosser siblings.docx", [
        "# Early Help Assessment - step-down plan (sibling group)",
        "Children: Lowri Prosser (12/12/2048), Dylan Prosser (05/06/2051), Cerian Prosser (27/02/2055)",
        "What are we worried about? Mum's mental health when she is unwell; Lowri taking on too much caring.",
        "What's working well? Mum takes her medication and attends the CMHT; the children are close and settled at school.",
        "Wellbeing plan - what needs to happen, by whom:",
        "1. Young carers assessment for Lowri - Bethan Morris - by 31 October.",
        "2. Mum's crisis plan shared with school - CMHT - by 10 October.",
        "3. After-school club for Dylan and Cerian two days a week - school - from October.",
        "Key person: Bethan Morris, Family Support Worker, Marches Family Friends."])
    consent = pdf_att("Signed consent form - Prosser.pdf", "Consent to Early Help - Herefordshire Council", [
        "I consent to my family receiving Early Help, and to the sharing of information with the Early Help",
        "Co-ordinator team and the key person named in the step-down plan.",
        "Children: Lowri Prosser, Dylan Prosser, Cerian Prosser", "",
        "Signed: Carys Prosser (mother)      Date: 18/09/2059"])
    top = outlook_top(f, addr("Vaughan-Price, Elspeth", "Elspeth.Vaughan-Price@" + HDOM),
                      addr("Early Help Co-ordinators", HEH), "Step down - Prosser sibling group - level 3", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["733201", "733202", "733203"],
        [ch("Lowri Prosser", "2048-12-12", "12/12/2048"), ch("Dylan Prosser", "2051-06-05", "05/06/2051"),
         ch("Cerian Prosser", "2055-02-27", "27/02/2055")],
        ["parental_mental_health", "young_carer"], True, None, [], None, "book_meeting",
        "Complete Herefordshire SIBLING-GROUP step-down (seed: 'the social worker will obtain written consent, "
        "identify a key person with the family, complete an Early Help Assessment step-down plan, and following a "
        "discussion with an early help co-ordinator, send it through ... within two weeks'; 'The step can now be "
        "started via a sibling group'; REQUIREMENTS herefordshire step_down: consent_form, draft_plan, "
        "lead_practitioner): plan .docx, signed consent PDF, key person Bethan Morris of a CHILDREN'S CHARITY -> "
        "nothing missing -> book_meeting. Level 3 ('Intensive') stated. 'Mosaic 733201' -> bare numbers. "
        "Concerns: mum's bipolar disorder, Lowri's caring role.",
        not_children=["Elspeth Vaughan-Price", "Carys Prosser", "Bethan Morris", "Verity Lang"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2059-11-25 10:48:29"
    body = T("""
Hello,

I'm a Housing Officer with Marches Housing Association. I'm at one of our flats in Hereford right now (Flat 3, Orchard House, Bath Street) on a tenancy visit and I don't know who else to contact - the number on your website was engaged twice.

The tenant is Ms Kayleigh Price. Her baby, Ruby-Leigh Price, is about 8 months old. When nobody answered I let myself in with our key because I could hear the baby screaming. The flat is freezing - the meter has run out and there is no heating, my phone says 6 degrees. Ruby-Leigh was in her cot in just a vest and a nappy that was soaked through and full, with a bottle of milk that had gone sour. She is not crying now and is very pale and cold.

Ms Price is on the sofa and I can't wake her properly - she opened her eyes and mumbled and went back off. She is breathing. There is foil, a lighter and a spoon on the coffee table.

I've rung for an ambulance - they said it could be 40 minutes. I've wrapped Ruby-Leigh in my coat and I'm holding her. There is no one else here.

Please call me on 07700 900 931.

Gareth Bevan
Housing Officer (Hereford City), Marches Housing Association
Tenancy ref MHA/0047113
""")
    top = plain_top(f, addr("Gareth Bevan", "gareth.bevan@marcheshousing.example.org.uk"), addr(None, HMASH),
                    "Baby on her own in a cold flat - mum won't wake - Bath Street Hereford", when,
                    "marcheshousing.example.org.uk", "Microsoft Outlook for Android")
    add(f, mail(f, top, body, crlf=False), "herefordshire", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Ruby-Leigh Price")], ["neglect", "substance_misuse"], None, None,
        [], None, "alert_duty",
        "A HOUSING ASSOCIATION OFFICER on a tenancy visit: an 8-month-old cold, pale and quiet in a soaked nappy "
        "in a flat at 6 degrees, the mother unrousable on the sofa beside drug paraphernalia, the ambulance 40 "
        "minutes away, the officer alone holding the baby. Immediate risk now, no alarm word anywhere -> DESIGN "
        "safety rule 1 -> urgent, alert_duty. Sent to the Herefordshire MASH address (Herefordshire's seed defines "
        "no step-up; this is not a step request) -> kind other. neglect and substance_misuse. 'Tenancy ref "
        "MHA/0047113' is not a case id.",
        not_children=["Gareth Bevan", "Kayleigh Price"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2059-10-09 12:32:17"
    body = T("""
Dear Sir/Madam,

I work on reception at Arrow Valley Surgery in Kington and I also do the admin for our practice safeguarding meetings. I hope this is the right email - it was on a list our practice manager gave me.

A family have registered with us this month after moving from Worcester:
Mollie Gittins, DOB 14/03/2050, NHS 999 311 2046
Jack Gittins, DOB 30/08/2053, NHS 999 311 2054

Their previous GP records have a code "Child protection plan" for both children from 2056 and "Child protection plan ended" from 2057. There are no codes since then. Our safeguarding lead GP, Dr Hollis, has asked me to check with you whether there are any current child protection plans or concerns we should know about, so that we can update our register correctly (we don't want to leave an old flag on if it is not needed).

For information, both children were seen by our practice nurse yesterday for their flu vaccines with mum and were well. We have no concerns.

Thank you,
Sian Powell
Receptionist / Safeguarding Admin, Arrow Valley Surgery, Kington
01632 960 220
""")
    top = outlook_top(f, addr("Sian Powell", "sian.powell@nhs.example"), addr("Early Help Co-ordinators", HEH),
                      "Register check - new patients (Gittins) - previous CP codes", when, mid_domain="nhs.example")
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [],
        [ch("Mollie Gittins", "2050-03-14", "14/03/2050"), ch("Jack Gittins", "2053-08-30", "30/08/2053")], [],
        None, None, [], None, "human_review",
        "NEAR MISS - A GP RECEPTIONIST'S REGISTER CHECK: 'Child protection plan' codes from 2056 and 'ended' from "
        "2057, a request to confirm there is no current plan before removing an old flag; the children were seen "
        "yesterday and were well, 'We have no concerns'. Historic -> not urgent, no concerns. An information "
        "request, not a step-down -> other -> human_review. NHS numbers (999 test prefix) are not case ids.",
        not_children=["Sian Powell"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2059-10-29 21:02:55"
    body = T("""
Hello,

I lead the youth group at St Michael's Church in Ledbury (Wednesday nights). Our diocese's policy says to tell children's services as well as the police, so I'm emailing this address from the council website.

At 20:40 one of our young people, Ffion Beddoe (14), messaged me on the youth group phone. This is exactly what she wrote:

"tom pls dont tell anyone but dads smashing everything and he said hes going to kill mum tonight. me and lucas are hiding in my room he took mums phone"

I rang her back straight away. She whispered that her dad is drunk and has a knife from the kitchen, and that mum is downstairs with him. Her little brother Lucas Beddoe is 8. I could hear shouting and something breaking in the background, then the call cut off and she isn't answering now.

I rang 999 at 20:46 and gave them the address: 2 Hillside Cottages, Upper Eastnor Road, Ledbury. They said they are sending officers.

I'll keep trying Ffion. My number is 07700 900 713.

Tom Haverfield
Youth Leader, St Michael's Church, Ledbury
""")
    top = plain_top(f, addr("Tom Haverfield", "youth@stmichaelsledbury.example.org.uk"), addr(None, HMASH),
                    "URGENT - one of our young people - police called", when, "stmichaelsledbury.example.org.uk",
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, crlf=False), "herefordshire", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Ffion Beddoe"), ch("Lucas Beddoe")], ["domestic_abuse"], None, None,
        [], None, "alert_duty",
        "A CHURCH YOUTH LEADER at 21:02 (out of hours): a 14-year-old's message that her drunk father, now with a "
        "kitchen knife, says he will kill her mother tonight, she and her 8-year-old brother hiding in her room, "
        "the call cut off; 999 called. Happening now -> DESIGN safety rule 1 -> urgent, alert_duty (the Emergency "
        "Duty Team at this hour); police involvement does not make it less urgent for children's services. The only "
        "alarm word is 'URGENT' in the SUBJECT. Kind other; domestic_abuse. Both children are named in full.",
        not_children=["Tom Haverfield"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2059-11-11 09:50:34"
    body = T("""
Hi Early Help Co-ordinators,

Following the Child & Family Assessment, I'd like to step down Oisín and Saoirse to Early Help. I spoke to Xavier Moss about them last week.

Oisín McGrath - 19/05/2050
Saoirse McGrath - 01/10/2053
Mosaic 741559 / 741560

The assessment found no need for ongoing statutory involvement. What remains is school attendance (Oisín 83%, Saoirse 86%) and routines since dad left in the spring.

Mum has agreed to Early Help verbally - I'm taking the consent form out on Friday's visit for her to sign and will send it straight over.

The key person isn't agreed yet. I'm hoping the school's family support worker will take it on but I haven't been able to speak to her yet.

The draft plan is attached.

Thanks,
Marek

Marek Dąbrowski
Social Worker | Assessment Team | Herefordshire Council
01632 960 552

""") + HDISC
    plan = docx_att("Draft EHA step-down plan - McGrath.docx", [
        "# Early Help Assessment - step-down plan (draft)",
        "Children: Oisín McGrath (19/05/2050), Saoirse McGrath (01/10/2053)",
        "What are we worried about? Attendance and lateness; mum on her own with the morning routine.",
        "What's working well? Mum is warm and honest; the children are doing well when they are in school.",
        "Wellbeing plan - what needs to happen, by whom:",
        "1. Attendance plan with school - school family support worker - from November.",
        "2. Breakfast club three days a week - school.",
        "Key person: to be agreed."])
    top = outlook_top(f, addr("Dąbrowski, Marek", "Marek.Dabrowski@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - McGrath children", when)
    add(f, mail(f, top, body, [plan], html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["741559", "741560"],
        [ch("Oisín McGrath", "2050-05-19", "19/05/2050"), ch("Saoirse McGrath", "2053-10-01", "01/10/2053")],
        ["school_attendance"], True, None, ["consent_form", "lead_practitioner"], None, "request_info",
        "Herefordshire step-down (REQUIREMENTS: consent_form, draft_plan, lead_practitioner): the draft plan is "
        "attached; 'Mum has agreed to Early Help verbally' -> consent TRUE, but the seed asks for WRITTEN consent "
        "('the social worker will obtain written consent') and the form is still to be signed -> consent_form "
        "missing; the key person 'isn't agreed yet' -> lead_practitioner missing -> request_info. No level "
        "written -> level null. 'Mosaic 741559 / 741560' -> two bare ids. Irish names with accents (Oisín, "
        "Saoirse) and Mc. school_attendance.",
        not_children=["Marek Dąbrowski", "Xavier Moss"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2059-12-01 14:18:06"
    body = T("""
Dear colleagues,

Please find attached the step-down plan and the signed consent form for Tallulah Jenkins-Ward (DOB 07/07/2047, Mosaic 728846), stepping down to Early Help at level 3. I went through it with Xavier Moss at the drop-in last Tuesday.

Key person: Mrs Annette Lloyd, Pastoral Lead at Queenswood Academy - agreed with Tallulah and mum.

Background you will see on Mosaic: Tallulah was on a child protection plan from March 2058 to April 2059 because of her father's domestic abuse towards her mum. He has not lived with them since February 2058, there have been no incidents since, and a non-molestation order is in place until June next year. The plan includes a safety plan that we have kept from the CP plan: "If Mr Ward comes to the house or contacts Tallulah, mum will call 999 immediately and tell school; police marker on the address". This is planning only - nothing has happened and there are no current concerns about her father.

What remains is Tallulah's anxiety and her attendance (89%), which Mrs Lloyd is already working on.

Kind regards,
Rhian Gwilliam
Social Worker | Safeguarding and Family Support Team 1 | Herefordshire Council
01632 960 476

""") + HDISC
    plan = docx_att("EHA step-down plan - Tallulah Jenkins-Ward.docx", [
        "# Early Help Assessment - step-down plan",
        "Child: Tallulah Jenkins-Ward, DOB 07/07/2047, Mosaic 728846",
        "What are we worried about? Tallulah's anxiety about school; attendance 89%.",
        "What's working well? Mum and Tallulah are close; mum has completed the Freedom Programme; Tallulah has a "
        "trusted adult at school.",
        "Safety plan (kept from the CP plan): if Mr Ward comes to the house or contacts Tallulah, mum will call 999 "
        "immediately and tell school. Police marker on the address. Non-molestation order in place.",
        "Wellbeing plan - what needs to happen, by whom:",
        "1. Weekly check-in and a reduced-anxiety timetable - Annette Lloyd, Queenswood Academy.",
        "2. School nurse anxiety sessions - six weeks from January.",
        "Key person: Annette Lloyd, Pastoral Lead, Queenswood Academy."])
    consent = pdf_att("Consent form signed - Jenkins-Ward.pdf", "Consent to Early Help - Herefordshire Council", [
        "I agree to my family receiving Early Help and to information being shared with the Early Help",
        "Co-ordinator team and the key person named in the plan.", "Child: Tallulah Jenkins-Ward", "",
        "Signed: Nicola Jenkins (mother)     Date: 26/11/2059"])
    top = outlook_top(f, addr("Gwilliam, Rhian", "Rhian.Gwilliam@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down to Early Help (level 3) - Tallulah Jenkins-Ward", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 3, ["728846"], [ch("Tallulah Jenkins-Ward", "2047-07-07", "07/07/2047")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS - A SAFETY PLAN AND A PAST CHILD PROTECTION PLAN: 'child protection plan', 'domestic abuse', "
        "'call 999 immediately' and a non-molestation order appear, but the plan ended in April 2059, the father "
        "has not lived there since February 2058, 'no incidents since', and the 999 line is 'planning only - "
        "nothing has happened' -> not urgent, no domestic_abuse. Complete Herefordshire step-down (plan .docx, "
        "signed consent PDF, key person with her agency) -> book_meeting. Level 3 stated. Concerns: attendance "
        "89% (her anxiety has no contract id).",
        not_children=["Rhian Gwilliam", "Annette Lloyd", "Nicola Jenkins", "Xavier Moss"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2059-11-18 16:05:49"
    ack = ack_text("step-down", "SB-herefordshire-336", [
        "Case: 741559, 741560", "Children: Oisín McGrath (19/05/2050), Saoirse McGrath (01/10/2053)"],
        ["the family's signed written consent form", "the key person (name and agency) who will lead the step-down"])
    body = T("""
Hi,

Here is the signed consent form for the McGrath children - mum signed it at my visit on Friday.

And good news on the key person: Kerry Hodges, Family Support Worker at Whitecross Primary School, has agreed to take it on. Her email is k.hodges@whitecross.example.sch.uk.

Thanks,
Marek

Marek Dąbrowski
Social Worker | Assessment Team | Herefordshire Council
01632 960 552
""") + chain([("Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>", "11 November 2059 09:58",
               "Dąbrowski, Marek <Marek.Dabrowski@herefordshire.gov.uk>",
               "[SB-herefordshire-336] Step-down request received - McGrath", ack, None)])
    form = pdf_att("Consent form - McGrath - signed.pdf", "Consent to Early Help - Herefordshire Council", [
        "I agree to my family receiving Early Help and to information being shared with the Early Help",
        "Co-ordinator team and the key person named in the plan.", "Children: Oisin and Saoirse McGrath", "",
        "Signed: Aisling McGrath (mother)     Date: 14/11/2059"])
    top = outlook_top(f, addr("Dąbrowski, Marek", "Marek.Dabrowski@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-336] Step-down request received - McGrath", when)
    add(f, mail(f, top, body, [form], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["741559", "741560"],
        [ch("Oisín McGrath", "2050-05-19", "19/05/2050"), ch("Saoirse McGrath", "2053-10-01", "01/10/2053")], [],
        True, None, [], None, "attach_to_request",
        "A follow-up to [SB-herefordshire-336] (herefordshire_05's family) adding the signed consent form (PDF) and "
        "the key person (a school family support worker). DESIGN: follow_up -> attach_to_request, missing []. "
        "'mum signed it at my visit on Friday' -> consent true. Case ids, children and DOBs from the quoted "
        "acknowledgement (UTF-8 quoted-printable 'Oisín'); the PDF writes 'Oisin' without the accent.",
        not_children=["Marek Dąbrowski", "Kerry Hodges", "Aisling McGrath"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2059-09-04 17:20:12"
    body = T("""
Good afternoon,

I'm the director of KeyStage Tutors, a small private tuition centre in Hereford (maths and English, Years 5-11). I'm not sure whether I need to tell you about this, or whether it's enough that we've recorded it, so I thought I'd ask.

On Tuesday one of our tutors noticed scars on the forearm of a Year 9 pupil, Maya Okoro-Tilley (13), when she pushed her sleeves up. They looked like old self-harm scars. As the centre's safeguarding lead I spoke to her mum at collection, privately. Mum told me straight away that Maya is under CAMHS, has a safety plan, sees her CAMHS worker every week, and that her school know. The scars are from last year and have healed. Maya told us the same and said she is "doing loads better" - she seems it.

We have no current concerns and we have recorded the conversation. Do we need to let you know, or fill in a form? We're a small centre and I want to make sure we're doing the right thing.

Kind regards,
Deepa Raman
Director, KeyStage Tutors, Hereford
01632 960 905
""")
    top = plain_top(f, addr("Deepa Raman", "deepa@keystagetutors.example.co.uk"), addr("Early Help Co-ordinators", HEH),
                    "Question from a tuition centre", when, "keystagetutors.example.co.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [ch("Maya Okoro-Tilley")], [], None, None, [], None, "human_review",
        "NEAR MISS - A TUITION CENTRE'S QUESTION: healed self-harm scars on a 13-year-old's forearm, but she is under "
        "CAMHS with a safety plan and weekly sessions, school know, the scars are from last year, 'We have no "
        "current concerns'. Known, managed and historic -> not urgent; self-harm has no contract concern id and no "
        "household concern is described -> concerns []. A process question -> other -> human_review.",
        not_children=["Deepa Raman"])


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

# England & Wales bank holidays in 2059 (all on weekdays; the `holidays` package's list, which set_checks()
# re-derives and compares): New Year's Day Wednesday 1 January; Good Friday 28 March; Easter Monday 31 March; Early
# May bank holiday Monday 5 May; Spring Bank Holiday Monday 26 May; Late Summer Bank Holiday Monday 25 August;
# Christmas Day Thursday 25 December; Boxing Day Friday 26 December.
BANK_HOLIDAYS = {date(2059, 1, 1), date(2059, 3, 28), date(2059, 3, 31), date(2059, 5, 5), date(2059, 5, 26),
                 date(2059, 8, 25), date(2059, 12, 25), date(2059, 12, 26)}
IN_WINDOW = {}                                                    # none: the autumn term has no bank holiday
AROUND = {date(2059, 8, 25): "Late Summer Bank Holiday", date(2059, 12, 25): "Christmas Day",
          date(2059, 12, 26): "Boxing Day"}                      # just before and just after the window
WINDOW = (datetime(2059, 9, 3, tzinfo=LON), datetime(2059, 12, 19, 23, 59, 59, tzinfo=LON))
# BST began at 01:00 UTC on Sunday 30 March 2059 and ends at 01:00 UTC on Sunday 26 October 2059.
BST_START = datetime(2059, 3, 30, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2059, 10, 26, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2059

def expected_offset(d):
    return "+0100" if BST_START <= d.astimezone(UTC) < BST_END else "+0000"

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"], 1)}

def parse_dob(w):
    """DOB as written -> ISO (dd/mm/yyyy, dd.mm.yyyy, dd-mm-yyyy, yyyy-mm-dd, '4th April 2050')."""
    w = w.strip()
    m = re.fullmatch(r"(\d{2})[/.-](\d{2})[/.-](\d{4})", w)
    if m:
        return date(int(m[3]), int(m[2]), int(m[1])).isoformat()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", w)
    if m:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?(?: of)? ([A-Za-z]+) (\d{4})", w)
    if m:
        return date(int(m[3]), MONTHS[m[2][:3].lower()], int(m[1])).isoformat()
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

YEAR = re.compile(r"\b(2\d{3})\b")      # a standalone 4-digit number starting with 2
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
            if meeting <= now.astimezone(LON).date(): err("meeting not after now")
            if meeting.weekday() >= 5 or meeting in BANK_HOLIDAYS: err("meeting on a weekend or bank holiday")
            if meeting.year > MAX_YEAR: err("meeting after %d" % MAX_YEAR)
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
    if MAILBOXES[(a, mb)].lower() not in str(msg["To"]).lower(): err("the labelled mailbox is not the To address")
    d = email.utils.parsedate_to_datetime(msg["Date"])
    if not (WINDOW[0] <= d <= WINDOW[1]): err("Date outside the window")
    if d.astimezone(LON).weekday() >= 5: err("Date on a weekend")
    if d.astimezone(LON).date() in BANK_HOLIDAYS: err("Date on a bank holiday")
    if not msg["Date"].strip().endswith(expected_offset(d)): err("Date offset should be %s" % expected_offset(d))
    if d.utcoffset() != d.astimezone(LON).utcoffset(): err("Date offset differs from Europe/London's")
    if now.utcoffset() != d.utcoffset(): err("now offset differs from the Date header's")
    if not (timedelta(minutes=2) <= now - d <= timedelta(minutes=6)): err("now not 2-6 min after Date")
    if e["kind"] != "auto_reply" and msg["Auto-Submitted"] is not None: err("Auto-Submitted on human mail")
    text = readable(msg)
    for y in YEAR.findall(text + " " + all_headers(msg)):
        if int(y) > MAX_YEAR: err("year after %d in the text or headers: %s" % (MAX_YEAR, y))
    metas = {c["name"]: c for c in META[f]["children"]}
    for c in e["children"]:
        mc = metas.get(c["name"])
        if mc is None:
            err("child %s has no source record" % c["name"]); continue
        span = re.sub(r"\s+", " ", mc["_as"]) if mc["_as"] else c["name"]
        if span not in text: err("child %s (%r) not in text" % (c["name"], span))
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
    for cid in e["case_ids"]:
        if cid not in text: err("case id %s not in text" % cid)
    for dstr in DISTRACTORS.get(f, ()):
        if dstr not in text: err("distractor %r not in text" % dstr)
        if any(dstr.endswith(cid) or cid in dstr for cid in e["case_ids"]):
            err("distractor %r labelled as a case id" % dstr)
    return errors

CAT_EXPECTED = {"urgent": 12, "near_miss": 13, "ordinary": 15}

# Numbers that look like case ids and are not (professional registrations, charity numbers, Ofsted URNs, NHS
# numbers, tenancy and police references): each must be in the text and never labelled.
DISTRACTORS = {
    "knowsley_05.eml": ["GPhC registration 2071458"],
    "richmond_wandsworth_02.eml": ["Registered charity no. 1176203"],
    "richmond_wandsworth_05.eml": ["NHS 999 287 4410"],
    "richmond_wandsworth_08.eml": ["Tenancy ref WVH-T-0042871", "CAD 3318/28NOV"],
    "tower_hamlets_02.eml": ["no. 1190334"],
    "tower_hamlets_04.eml": ["URN EY562814"],
    "tower_hamlets_08.eml": ["Registered charity no. 1154872"],
    "torbay_01.eml": ["Registered charity no. 1169907"],
    "torbay_04.eml": ["no. 1183226"],
    "torbay_06.eml": ["URN EY604417"],
    "herefordshire_02.eml": ["Tenancy ref MHA/0047113"],
    "herefordshire_03.eml": ["NHS 999 311 2046", "NHS 999 311 2054"],
}

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
    if tot != CAT_EXPECTED or sum(tot.values()) != 40 or tot["urgent"] < 11 or tot["near_miss"] < 11:
        errors.append("set: category totals %s, expected %s (at least 11 urgent and 11 near misses)" % (tot, CAT_EXPECTED))
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

def _html(msg):
    for part in msg.walk():
        if not part.is_multipart() and part.get_content_type() == "text/html" and not part.get_filename():
            return part.get_content()
    return ""

def _lab(f):
    return next(l for l in LABELS if l["file"] == f)

def _exp(f):
    return _lab(f)["expect"]

def _now(f):
    return datetime.fromisoformat(_lab(f)["now"])

def _today(f):
    return _now(f).astimezone(LON).date()

def _utc_day(f):
    return _now(f).astimezone(UTC).date()

def _date(msg):
    return email.utils.parsedate_to_datetime(msg["Date"])

def _att(msg, pred=lambda p: True):
    return [p for p in msg.walk() if not p.is_multipart() and p.get_filename() and pred(p)]

def _no_alarm(msg):
    return not ALARM.search(readable(msg))

def _cal(msg):
    return [p for p in msg.walk() if p.get_content_type() == "text/calendar"]

def _exts(msg):
    return [p.get_filename().rsplit(".", 1)[1] for p in _att(msg)]

def _own(msg, *cuts):
    """The sender's own words: the plain body up to the first quoted/forwarded block marker."""
    p = _plain(msg)
    for c in cuts + (SEP, "-----Original Message-----"):
        if c in p:
            p = p[:p.index(c)]
    return p

def _att_text(msg):
    return readable(msg).replace(re.sub(r"\s+", " ", body_text(msg)), " ")

def _k01(msg):
    return _no_alarm(msg) and _date(msg).hour >= 17 and "at 7pm" in str(msg["Subject"])

def _k02(msg):
    c = _cal(msg)[0].get_payload(decode=True).decode()
    d = _date(msg)
    return (d.hour == 0 and d.astimezone(UTC).date() == date(2059, 10, 20) and _today("knowsley_02.eml") == date(2059, 10, 21)
            and _utc_day("knowsley_02.eml") == date(2059, 10, 20) and "METHOD:REQUEST" in c
            and "DTSTART;TZID=GMT Standard Time:20591027T133000" in c and "That still gives you the 5 working days" in _plain(msg)
            and working_days(_today("knowsley_02.eml"), date(2059, 10, 27)) == 4
            and working_days(_utc_day("knowsley_02.eml"), date(2059, 10, 27)) == 5
            and sorted(_exts(msg)) == ["docx", "docx", "pdf"])

def _k03(msg):
    h = _html(msg)
    tbl = h[h.index("<table"):h.index("</table>")]
    return ("MsoTableGrid" in h and "Gemma Rooney, Nursery Manager, Little Acorns Day Nursery" in tbl
            and "Thursday 30 October 2059, 10.00am" in tbl and msg["Date"].endswith("+0100")
            and datetime(2059, 10, 30, 10, tzinfo=LON).utcoffset() == timedelta(0))

def _k04(msg):
    c = _cal(msg)[0].get_payload(decode=True).decode()
    return "PARTSTAT=ACCEPTED" in c and "DTSTART:20591030T100000Z" in c and "[SB-knowsley-431]" in c

def _k05(msg):
    return ALARM.search(str(msg["Subject"])) is not None and not ALARM.search(body_text(msg).replace(str(msg["Subject"]), ""))

def _k06(msg):
    t = readable(msg)
    return ("fictional and are used for training only" in t and "We haven't got any concerns" in t
            and ALARM.search(t) is not None and '"dad did it' in t)

def _k07(msg):
    t = _plain(msg)
    return ("still 6 working days away" in t and working_days(_today("knowsley_07.eml"), date(2059, 12, 29)) == 4
            and plain_weekdays(_today("knowsley_07.eml"), date(2059, 12, 29)) == 6
            and {date(2059, 12, 25), date(2059, 12, 26)} <= BANK_HOLIDAYS and ALARM.search(t) is not None)

def _k08(msg):
    return (msg["Auto-Submitted"] == "auto-replied" and "[SB-knowsley-455]" in str(msg["Subject"])
            and ALARM.search(readable(msg)) is not None)

def _r01(msg):
    parts = [p for p in msg.walk() if not p.is_multipart()]
    return (_no_alarm(msg) and len(parts) == 1 and parts[0].get_param("format") == "flowed"
            and _date(msg).weekday() == 4 and _date(msg).hour >= 19)

def _r02(msg):
    own = _own(msg)
    return ("Rationale for step up" in own and _exts(msg) == ["pdf"] and "Registered charity no. 1176203" in _plain(msg)
            and "Mosaic ID 2984410" in own)

def _r03(msg):
    return ((date(2059, 11, 13) - _today("richmond_wandsworth_03.eml")).days <= 5 and _exts(msg) == ["docx", "docx"]
            and "Thursday 13th November at 2pm" in _plain(msg))

def _r04(msg):
    t = readable(msg)
    return "it's a story" in t and ALARM.search(t) is not None and _date(msg).hour >= 21

def _r05(msg):
    own = _own(msg)
    return (not ALARM.search(own + str(msg["Subject"])) and ALARM.search(_plain(msg)) is not None
            and "-----Original Message-----" in _plain(msg))

def _r06(msg):
    own = _own(msg)
    return ("There is no immediate risk to Jayden-Lee" in own and "as an immediate risk" in _plain(msg)
            and "as an immediate risk" not in own and _exts(msg) == ["docx"])

def _r07(msg):
    return msg.get_content_type() == "multipart/report" and "[SB-richmond_wandsworth-140]" in str(msg["Subject"])

def _r08(msg):
    t = readable(msg)
    return "no risk to the children" in t and "Lola (4)" in t and "Lola Pryce" not in t

def _t01(msg):
    return _no_alarm(msg) and _date(msg).hour >= 18 and "Kai (9)" in readable(msg)

def _t02(msg):
    own = body_text(msg)
    at = "\n".join(p.get_filename() for p in _att(msg))
    return (not ALARM.search(own) and ALARM.search(readable(msg)) is not None and "3120457" not in own
            and _exts(msg) == ["pdf"] and "immediate risk of significant harm? YES" in readable(msg))

def _t03(msg):
    h = _html(msg)
    return h.count("MsoTableGrid") == 2 and "\t" in _plain(msg) and _exts(msg) == ["pdf", "docx"]

def _t04(msg):
    d = _date(msg)
    return _no_alarm(msg) and d.hour == 18 and msg["Date"].endswith("+0000") and d.date() == date(2059, 10, 27)

def _t05(msg):
    t = readable(msg)
    return "We have no concerns about Mia at all" in t and ALARM.search(t) is not None

def _t06(msg):
    return _exts(msg) == ["pdf"] and SEP in _plain(msg) and "Adam Haque" not in _own(msg)

def _t07(msg):
    t = readable(msg)
    return ("This is planned for and managed" in t and "I'll complete the MARF" in t and _exts(msg) == []
            and ALARM.search(t) is not None)

def _b01(msg):
    p = _plain(msg)
    return _no_alarm(msg) and p.index("UPDATE 14:25") > p.index("agrees this needs to be considered for a level 4")

def _b03(msg):
    return _no_alarm(msg) and msg["Date"].endswith("+0000")

def _b04(msg):
    return (msg["List-Id"] is not None and msg["Precedence"] == "bulk" and msg["Auto-Submitted"] is None
            and "fictional and are used for training only" in readable(msg) and ALARM.search(readable(msg)))

def _b06(msg):
    return (msg.get_content_type() == "multipart/related" and _plain(msg) == "" and "Theo Ferreira-Hart" in _html(msg)
            and msg["Reply-To"] is not None and msg["Auto-Submitted"] is None)

def _b07(msg):
    c = _cal(msg)[0].get_payload(decode=True).decode()
    return ("PARTSTAT=TENTATIVE" in c and "20591014T113000" in c
            and (date(2059, 10, 14) - date(2026, 1, 6)).days % 14 == 0)

def _b08(msg):
    own = _own(msg).split("\nCallum\n")[0]             # his words, before the signature (team name)
    return (not ALARM.search(own) and ALARM.search(_plain(msg)) is not None and "Ellie Hoskins" not in own)

def _h02(msg):
    return _no_alarm(msg) and "6 degrees" in readable(msg)

def _h04(msg):
    return (ALARM.search(str(msg["Subject"])) is not None
            and not ALARM.search(body_text(msg).replace(str(msg["Subject"]), "")) and _date(msg).hour >= 21)

def _h05(msg):
    return "Mum has agreed to Early Help verbally" in _plain(msg) and _exts(msg) == ["docx"]

def _h06(msg):
    t = readable(msg)
    return "This is planning only" in t and ALARM.search(t) is not None and sorted(_exts(msg)) == ["docx", "pdf"]

def _h07(msg):
    return _exts(msg) == ["pdf"] and "Oisín McGrath (19/05/2050)" in _plain(msg)

def _h08(msg):
    t = readable(msg)
    return "We have no current concerns" in t and ALARM.search(t) is not None

CUSTOM = [
    ("knowsley_01.eml", "no alarm word; after 17:00", _k01),
    ("knowsley_02.eml", "00:12 BST = Monday in UTC; Teams REQUEST 27 Oct 13:30; 4 WD London, 5 WD UTC", _k02),
    ("knowsley_03.eml", "nursery lead practitioner and venue in the Word table; sent in BST, meeting in GMT", _k03),
    ("knowsley_04.eml", "Google ACCEPTED, UTC time after the clock change", _k04),
    ("knowsley_05.eml", "the alarm word only in the subject", _k05),
    ("knowsley_06.eml", "fictional case studies; no concerns", _k06),
    ("knowsley_07.eml", "'still 6 working days away' is 4 WD across Christmas", _k07),
    ("knowsley_08.eml", "autoresponder with safeguarding boilerplate", _k08),
    ("richmond_wandsworth_01.eml", "iPhone flowed mail, Friday evening, no alarm words", _r01),
    ("richmond_wandsworth_02.eml", "rationale heading in the TM's own words; charity number in the quoted signature", _r02),
    ("richmond_wandsworth_03.eml", "case discussion within 5 days; two .docx", _r03),
    ("richmond_wandsworth_04.eml", "a story; evening", _r04),
    ("richmond_wandsworth_05.eml", "alarm words only in the forwarded GP note", _r05),
    ("richmond_wandsworth_06.eml", "'immediate risk' only in the quoted DSL email; 'no immediate risk' now", _r06),
    ("richmond_wandsworth_07.eml", "NDR multipart/report", _r07),
    ("richmond_wandsworth_08.eml", "explained; Lola by first name only", _r08),
    ("tower_hamlets_01.eml", "no alarm words; evening; Kai by first name only", _t01),
    ("tower_hamlets_02.eml", "the risk and the Mosaic id only in the attached MARF", _t02),
    ("tower_hamlets_03.eml", "two Word tables with a tab-separated twin", _t03),
    ("tower_hamlets_04.eml", "no alarm words; 18:14 GMT on Mon 27 Oct", _t04),
    ("tower_hamlets_05.eml", "historic plan, no concerns", _t05),
    ("tower_hamlets_06.eml", "follow-up with the assessment; the child named only in the quoted ack", _t06),
    ("tower_hamlets_07.eml", "planned and managed release; MARF tomorrow", _t07),
    ("torbay_01.eml", "the update after the complete request; no alarm words", _b01),
    ("torbay_03.eml", "no alarm words; GMT", _b03),
    ("torbay_04.eml", "bulletin headers; fictional scenarios", _b04),
    ("torbay_06.eml", "website HTML form, HTML-only, Reply-To the childminder", _b06),
    ("torbay_07.eml", "TENTATIVE for an under-5s sitting", _b07),
    ("torbay_08.eml", "alarm words only in the forwarded nursery email", _b08),
    ("herefordshire_02.eml", "no alarm words", _h02),
    ("herefordshire_04.eml", "the alarm word only in the subject; 21:02", _h04),
    ("herefordshire_05.eml", "verbal consent; draft plan docx", _h05),
    ("herefordshire_06.eml", "safety plan is planning only", _h06),
    ("herefordshire_07.eml", "signed form; accents in the quoted ack", _h07),
    ("herefordshire_08.eml", "no current concerns", _h08),
]

# Each consent / manager wording ties to its label (the phrase must be in the readable text).
WORDING = [
    ("knowsley_02.eml", "agreed the step up in supervision", "manager_agreed", True),
    ("knowsley_02.eml", "Mum knows we are stepping up", "consent", None),
    ("knowsley_03.eml", "mum and dad have both agreed to the step down", "consent", True),
    ("knowsley_07.eml", "Mum has consented to the referral to Family First", "consent", True),
    ("richmond_wandsworth_02.eml", "Mum agrees to the step up", "consent", True),
    ("richmond_wandsworth_02.eml", "I agree with the step up", "manager_agreed", True),
    ("richmond_wandsworth_03.eml", "have both given their consent for Early Help to continue the plan", "consent", True),
    ("richmond_wandsworth_06.eml", "Mum and dad both agree to the step up", "consent", True),
    ("richmond_wandsworth_06.eml", "As team manager I agree with the step up", "manager_agreed", True),
    ("richmond_wandsworth_08.eml", "consents to Early Help contacting her", "consent", True),
    ("tower_hamlets_02.eml", "has agreed this step up", "manager_agreed", True),
    ("tower_hamlets_02.eml", "Not sought", "consent", None),
    ("tower_hamlets_03.eml", "gave her consent to the step-down", "consent", True),
    ("tower_hamlets_07.eml", "Mum consents to the referral to MAST", "consent", True),
    ("tower_hamlets_07.eml", "agreed the step up in supervision this morning", "manager_agreed", True),
    ("tower_hamlets_08.eml", "has given her consent for us to refer her to Early Help", "consent", True),
    ("torbay_01.eml", "Mum consents to this contact to MASH", "consent", True),
    ("torbay_01.eml", "agrees this needs to be considered for a level 4", "manager_agreed", True),
    ("torbay_02.eml", "Mum signed consent for level 3 Early Help", "consent", True),
    ("torbay_02.eml", "confirm the threshold is", "manager_agreed", True),
    ("torbay_05.eml", "Mum has refused consent for the contact to MASH", "consent", False),
    ("torbay_05.eml", "and I agree this needs to be considered for a level 4", "manager_agreed", True),
    ("herefordshire_01.eml", "has signed the written consent form", "consent", True),
    ("herefordshire_05.eml", "Mum has agreed to Early Help verbally", "consent", True),
    ("herefordshire_06.eml", "Signed: Nicola Jenkins (mother)", "consent", True),
    ("herefordshire_07.eml", "mum signed it at my visit on Friday", "consent", True),
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
QUIET_EXPECTED = ["herefordshire_02.eml", "knowsley_01.eml", "richmond_wandsworth_01.eml", "torbay_01.eml",
                  "torbay_03.eml", "tower_hamlets_01.eml", "tower_hamlets_04.eml"]
COUNTS_EXPECTED = {   # file: (WD from the London date of now, plain weekdays, WD from the UTC date of now)
    "knowsley_02.eml": (4, 4, 5), "knowsley_03.eml": (5, 5, 5), "knowsley_07.eml": (4, 6, 4)}
DECISIVE_BH_EXPECTED = ["knowsley_07.eml"]       # plain weekdays say ok, working days say not ok
DECISIVE_CLOCK_EXPECTED = ["knowsley_02.eml"]    # the UTC date says ok, the Europe/London date says not ok
CROSSING_CLOCK_EXPECTED = ["knowsley_02.eml", "knowsley_03.eml"]
QUIET, COUNTS = [], {}

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2059])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: the bank holidays in the window are %s, expected none" % inside)
    around = {d: pkg.get(d) for d in AROUND}
    if around != AROUND:
        errors.append("set: the holidays around the window are %s, expected %s" % (around, AROUND))
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2059, 3) and BST_END.date() == last_sun(2059, 10) == date(2059, 10, 26)):
        errors.append("set: BST must start on the last Sunday of March 2059 and end on Sunday 26 October 2059")
    for d, off in ((date(2059, 10, 24), timedelta(hours=1)), (date(2059, 10, 27), timedelta(0))):
        if datetime(d.year, d.month, d.day, 12, tzinfo=LON).utcoffset() != off:
            errors.append("set: Europe/London offset on %s is not %s" % (d, off))
    if not (WINDOW[0].date() == date(2059, 9, 3) and WINDOW[0].weekday() == 2
            and WINDOW[1].date() == date(2059, 12, 19) and WINDOW[1].weekday() == 4):
        errors.append("set: the window must run from Wednesday 3 September to Friday 19 December 2059")
    quiet, counts, offsets = [], {}, {}
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
            counts[f] = (working_days(_today(f), m), plain_weekdays(_today(f), m), working_days(_utc_day(f), m))
        pos = []
        for c in lab["expect"]["children"]:
            mc = next((x for x in META[f]["children"] if x["name"] == c["name"]), None)
            if mc is not None:
                pos.append(text.find(mc["_as"] or c["name"]))
        if pos != sorted(pos):
            errors.append("%s: children not in order of first full-name appearance" % f)
        pos = [text.find(cid) for cid in lab["expect"]["case_ids"]]
        if pos != sorted(pos):
            errors.append("%s: case ids not in order of first appearance" % f)
    quiet.sort()
    if quiet != QUIET_EXPECTED:
        errors.append("set: the urgent mails with no alarm word are %s, expected %s" % (quiet, QUIET_EXPECTED))
    if counts != COUNTS_EXPECTED:
        errors.append("set: Knowsley notice counts are %s, expected %s" % (counts, COUNTS_EXPECTED))
    dbh = sorted(f for f in counts if (counts[f][1] >= 5) != (counts[f][0] >= 5))
    if dbh != DECISIVE_BH_EXPECTED:
        errors.append("set: counts a bank holiday decides are %s, expected %s" % (dbh, DECISIVE_BH_EXPECTED))
    dcl = sorted(f for f in counts if (counts[f][2] >= 5) != (counts[f][0] >= 5))
    if dcl != DECISIVE_CLOCK_EXPECTED:
        errors.append("set: counts the clock decides are %s, expected %s" % (dcl, DECISIVE_CLOCK_EXPECTED))
    ccl = sorted(f for f in counts if _now(f) < BST_END <= datetime(META[f]["meeting"].year, META[f]["meeting"].month,
                                                                   META[f]["meeting"].day, 12, tzinfo=LON))
    if ccl != CROSSING_CLOCK_EXPECTED:
        errors.append("set: counts crossing the end of BST are %s, expected %s" % (ccl, CROSSING_CLOCK_EXPECTED))
    if set(offsets) != {"+0100", "+0000"}:
        errors.append("set: Date offsets %s (the window crosses the end of BST: +0100 and +0000)" % offsets)
    QUIET[:] = quiet
    COUNTS.clear(); COUNTS.update(counts)
    return errors

def run_checks():
    errors, tot = check()
    return errors + set_checks(), tot

def stats():
    from collections import Counter
    ex = [l["expect"] for l in LABELS]
    out = ["category %s" % dict(Counter(CATS.values())),
           "next_action %s" % dict(Counter(e["next_action"] for e in ex)),
           "kind %s" % dict(Counter(e["kind"] for e in ex)),
           "mailbox %s" % dict(Counter(l["mailbox"] for l in LABELS)),
           "consent %s" % dict(Counter(str(e["consent"]) for e in ex)),
           "manager %s" % dict(Counter(str(e["manager_agreed"]) for e in ex)),
           "level %s" % dict(Counter(str(e["level"]) for e in ex)),
           "notice %s" % dict(Counter(str(e["notice_ok"]) for e in ex)),
           "children %d, with dob %d" % (sum(len(e["children"]) for e in ex),
                                         sum(1 for e in ex for c in e["children"] if c["dob"])),
           "urgent with no alarm word anywhere: %s" % QUIET,
           "Knowsley counts (WD London, plain weekdays, WD from the UTC date): %s" % COUNTS]
    table = {}
    for l in LABELS:
        table.setdefault(l["authority"], Counter())[CATS[l["file"]]] += 1
    for a, c in table.items():
        out.append("%s %s" % (a, dict(c)))
    cat = Counter((l["expect"]["kind"], CATS[l["file"]]) for l in LABELS)
    out.append("kind x category %s" % dict(sorted(cat.items())))
    out.append("dates %s" % sorted((l["file"], l["now"]) for l in LABELS))
    return "\n".join(out)

def main():
    for name, fn in sorted(globals().items()):
        if re.match(r"^(knowsley|richmond_wandsworth|tower_hamlets|torbay|herefordshire)_\d\d$", name):
            fn()
    add_kind_checks()
    errors, tot = run_checks()
    if errors:
        print("SELF-CHECK FAILED:", *errors, sep="\n  ")
        if "--stats" in sys.argv:
            print(stats())
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
    print("wrote %d messages; %s; all self-checks passed" % (len(FILES), tot))

if __name__ == "__main__":
    main()
