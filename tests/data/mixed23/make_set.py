#!/usr/bin/env python3
"""mixed23: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the summer term of 2042, in styles and situations earlier sets lack: a worker writing in verbless bullet
fragments; requests whose facts are only in the subject line and an attachment ("see attached"); a grandparent and a
parent writing to the wrong inbox; a teacher's long narrative about a pupil; a GP practice letter pasted as text;
other children (a school friend, a visiting cousin, a neighbour's child) beside the real ones; dates of birth with
month names, two-digit years and American order under an explicit "DOB (MM/DD/YYYY)" label; consent and manager
agreement told indirectly, refused indirectly, and their false friends (a manager who "will look at it on Monday", a
school's business manager); urgent mail in plain words (a child in a car overnight with a drunk parent, a toddler
found alone by a busy road this morning, a 14-year-old's "he is picking me up after school to go to his flat", a
baby's unexplained burn seen today with the partner at home, a parent about to "end it" with the children at home,
children left on their own since Friday), and urgent facts only in a quoted older message or a PS after the
signature; near misses (a TV drama, a case closed last year, a night already handled by police and EDT with the
children safe at nan's, a training invitation, a hypothetical "what would happen if", a meeting reply about another
family, a GP's historic note, a family that slept in a car in February).

Window: Monday 21 April - Thursday 17 July 2042 (the brief's "Monday 20 April - Friday 17 July 2042": 20 April 2042
is a Sunday and 17 July 2042 a Thursday, so the window runs from the first Monday to 17 July itself). British Summer
Time throughout (+0100: BST began on Sunday 30 March 2042 and ends on Sunday 26 October 2042). Bank holidays in the
window, from the `holidays` package: Monday 5 May (May Day) and Monday 26 May (Spring Bank Holiday).

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, Content-IDs and calendar UIDs
come from sha1 of the file name; zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py
(`--stats` prints the tallies). pypdf and python-docx are used only by the self-checks, to read the hand-built PDFs
and .docx files back; `holidays` is required and must agree with the script's bank-holiday list. The MIME, Word HTML,
PDF, .docx, iCalendar, out-of-office, working-day, readable-text and self-check helpers are copied from
/work/main/tests/data/mixed22/make_set.py and adapted (window, BST, bank holidays, DOB formats, the checks). Every
label was set by hand from the specification; the self-checks only verify them against its rules and STOP on any
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
    """Local (Europe/London) wall-clock time. Every Date in the window (Monday 21 April - Thursday 17 July 2042) is
    British Summer Time (+0100): BST began on Sunday 30 March 2042 and ends on Sunday 26 October 2042. The
    self-check asserts it."""
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
            zi = zipfile.ZipInfo(name, date_time=(2042, 4, 1, 0, 0, 0))
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


# ----------------------------------------------------------------------------- helpers added for mixed22
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

# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2042-04-30 10:14:22"
    body = T("""
MASH

Step up request - Seddon.

Family - Seddon, Page Moss. EHM-70412.
Kids - Brooke Seddon (DOB 11/09/2038) and Riley Seddon (DOB 02/01/2036). 3 and 6.
Mum - Gemma Seddon. Drinking again since Easter. Cans from first thing. Not at Change Grow Live since March.
Dad - no contact.
Nan - daily, does the school run most days.
School - Riley 79% this term. Late most mornings.
Nursery - Brooke collected late 4 times in April, once by a neighbour.
Food - in. House - ok.
Last TAF - 22/04/2042. Minutes attached. Form attached.
Step up TAF - Wednesday 7 May, 10:00, Huyton Family Hub. Invite to MASH inbox + MASH BS.
TM has had a look and is happy.

Natalie

Natalie Gorst
Family First Case Manager | Huyton | Knowsley Council
0151 496 0733

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Seddon - EHM-70412.docx", appendix1([
        ("Case ID on EHM:", "EHM-70412"),
        ("Children:", "Brooke Seddon 11/09/2038; Riley Seddon 02/01/2036"),
        ("Date of step up TAF meeting:", "Wednesday 07/05/2042, 10:00, Huyton Family Hub"),
        ("Recent TAF meeting minutes attached:", "Yes - 22/04/2042"),
        ("What are we worried about?", "Mum drinking again since Easter; Riley 79% and late; Brooke collected late."),
        ("What is working well?", "Nan daily. Food in the house."),
        ("What next?", "Step up to CSC for a C&F assessment."),
        ("Agreement by line manager:", "Yes - TM"),
    ]))
    minutes = docx_att("TAF minutes 22.04.42 - Seddon.docx", [
        "# TAF minutes 22/04/2042", "Present: Gemma (mum), nan, Natalie Gorst (chair), class teacher, nursery key worker.",
        "Mum says she is drinking 'a few cans'. Riley 79%. Agreed: Natalie to discuss a step up with her TM."])
    top = outlook_top(f, addr("Gorst, Natalie", "Natalie.Gorst@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Seddon - EHM-70412", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, minutes], html_alt=True), "knowsley", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["EHM-70412"],
        [ch("Brooke Seddon", "2038-09-11", "11/09/2038"), ch("Riley Seddon", "2036-01-02", "02/01/2036")],
        ["school_attendance", "substance_misuse"], None, True, [], False, "request_info",
        "VERBLESS BULLET FRAGMENTS ('Mum - Drinking again since Easter. Kids - ... 3 and 6. Dad - no contact.'). "
        "'TM has had a look and is happy' -> manager true. Form, TAF minutes, EHM id attached/present; no neglect "
        "named (food in, house ok) so no GCP2 needed. Step-up TAF Wed 7 May 10:00 from Wed 30 Apr: 1, 2, 6, "
        "7 May = 4 WD (May Day Mon 5 May excluded; plain weekdays 5) -> notice not ok -> request_info. Consent not "
        "mentioned -> null.",
        meeting=date(2042, 5, 7), not_children=["Gemma Seddon", "Natalie Gorst"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2042-06-17 09:41:05"
    body = T("""
see attached

Kelly Prescott
Family First Case Manager | Kirkby | Knowsley Council
0151 496 0518
""")
    form = docx_att("FF Step Up request to CSC - Doran - EHM-71855.docx", appendix1([
        ("Case ID on EHM:", "EHM-71855"),
        ("Children:", "Harley Doran, DOB 30/03/2030; Skye Doran, DOB 19/08/2032"),
        ("Parent:", "Toni Doran (mum)"),
        ("Date of step up TAF meeting:", "Not arranged yet"),
        ("Recent TAF meeting minutes attached:", "To follow"),
        ("What are we worried about?", "Mum flew to Tenerife with her boyfriend on Friday 13 June and has not come "
         "back. Harley (12) and Skye (9) have been on their own in the house since then. A neighbour has been giving "
         "them their tea. Harley told school at 08:50 today that the electric ran out on Sunday night and Skye has had "
         "a temperature since Sunday; Skye is not in school. Mum's phone goes straight to voicemail."),
        ("What is working well?", "Harley is getting himself to school. The neighbour (Mrs Lowe, no. 14) is kind."),
        ("What next?", "Someone from CSC to see the children today. Step up to CSC."),
        ("Graded Care profile (If neglect should be completed).", "Not done"),
        ("Agreement by line manager:", "Paul Ashurst, Team Manager, 17/06/2042"),
    ]))
    top = outlook_top(f, addr("Prescott, Kelly", "Kelly.Prescott@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Harley Doran (12) & Skye Doran (9) - EHM-71855 - mum abroad since Fri, kids on their own",
                      when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form], html_alt=True), "knowsley", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["EHM-71855"],
        [ch("Harley Doran", "2030-03-30", "30/03/2030"), ch("Skye Doran", "2032-08-19", "19/08/2032")],
        ["neglect"], None, True, ["gcp2", "meeting_details", "taf_minutes"], None, "alert_duty",
        "'SEE ATTACHED': the body is only 'see attached' + signature; the subject carries names, ages, EHM id and "
        "'mum abroad since Fri, kids on their own'; the Appendix 1 form says a 12- and a 9-year-old have been alone "
        "since Friday 13 June, no electricity since Sunday, the younger one feverish at home today -> urgent (no "
        "alarm word). neglect; GCP2 'Not done', TAF minutes 'To follow', no TAF date -> gcp2, meeting_details, "
        "taf_minutes missing; notice null; TM named in the form -> manager true.",
        not_children=["Toni Doran", "Paul Ashurst"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2042-05-08 08:27:40"
    body = T("""
MASH,

Jade rang me at 08:05. She and Mason Lunt (DOB 21 June 2037) slept in her car in the Tesco car park on Roby Road last night after her landlord changed the locks yesterday.

She is still in the car now with Mason. She was slurring and said she'd had "a bottle and a half of wine" since last night. She says she's going to drive over to her mum's in Kirkby as soon as Mason wakes up. The keys are in the ignition.

I've asked her to stay where she is. I'm on my way there now, about 20 minutes. Family open to me on EHM-69930 (Jade Lunt and Mason, 4). I'm ringing the duty line as well.

Dean

Dean Maguire
Family First Case Manager | Halewood | Knowsley Council
07700 900371

""") + KDISC
    top = outlook_top(f, addr("Maguire, Dean", "Dean.Maguire@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Jade Lunt and Mason - in the car at Tesco Roby Road now", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 2,
        "urgent", "other", True, None, ["EHM-69930"],
        [ch("Mason Lunt", "2037-06-21", "21 June 2037")],
        ["neglect", "substance_misuse"], None, None, [], None, "alert_duty",
        "URGENT IN PLAIN WORDS: a 4-year-old who slept overnight in a car with his mother, who is drunk now and about "
        "to drive him with the keys in the ignition; no alarm word. A report to the MASH inbox that asks for no step "
        "-> other -> alert_duty. DOB written with a month name ('21 June 2037'). Homeless overnight + drunk in sole "
        "care -> neglect, substance_misuse.",
        not_children=["Jade Lunt", "Dean Maguire"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2042-05-19 14:05:51"
    body = T("""
Hi Family First,

I'd like to step the Kowalski family down to Family First at Level 3. ICS number 1460213.

Zofia Kowalska, born 3rd March 2031
Tomasz Kowalski, born 14th November 2034

Both live with mum, Agnieszka Kowalska, in Prescot. Dad moved back to Poland in January and phones the children weekly.

Final CIN meeting: Tuesday 27 May 2042, 11:00, at the family home, as a joint home visit with a Family First case manager.

What are we worried about?
Mum's low mood since dad left (she is seeing her GP and has started Talking Therapies), and Zofia's attendance, which is 88% this year.

What's working well?
Mum is warm and organised, the children are well cared for, and Zofia's school have a mentor in place. Tomasz is doing well in Year 2.

What needs to happen?
Family First to support mum with routines and Zofia's attendance, and to link mum into the Polish women's group at the family hub.

Mum signed at the visit on Friday 16 May, so consent is done.

Thanks,
Abigail

Abigail Fenlon
Social Worker | CIN Team 2 | Knowsley Council
0151 496 0265

""") + KDISC
    top = outlook_top(f, addr("Fenlon, Abigail", "Abigail.Fenlon@" + KDOM), addr("Family First Duty Mailbox", KFF),
                      "Step down to Family First L3 - Kowalski - ICS 1460213", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["1460213"],
        [ch("Zofia Kowalska", "2031-03-03", "3rd March 2031"), ch("Tomasz Kowalski", "2034-11-14", "14th November 2034")],
        ["parental_mental_health", "school_attendance"], True, None, [], True, "book_meeting",
        "Level 3 step-down; DOBs with ordinal month names ('3rd March 2031'); siblings with different surname forms "
        "(Kowalska / Kowalski). 'Mum signed at the visit' -> consent true. All three Signs of Safety headings answered. "
        "'ICS number 1460213' -> '1460213'. Final CIN Tue 27 May 11:00 from Mon 19 May: 20, 21, 22, 23, 27 = 5 WD "
        "(Spring Bank Holiday Mon 26 May excluded; plain weekdays 6) -> ok.",
        meeting=date(2042, 5, 27), not_children=["Agnieszka Kowalska", "Abigail Fenlon"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2042-06-09 12:48:09"
    body = T("""
Hi MASH,

A quick procedural question - this isn't about a family I'm working with.

What would happen if, on a home visit, a parent told me she was going to end it tonight and her kids were in the house with her? Would I ring MASH first or the police, and would it still come to this inbox as a step up, or go straight to the duty team? And what if it was after 5pm?

I've got supervision on Thursday and I want to be sure I know the right order of things.

Thanks,
Lauren

Lauren Birchall
Family First Practitioner | Prescot | Knowsley Council

""") + KDISC
    top = outlook_top(f, addr("Birchall, Lauren", "Lauren.Birchall@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Question - what would happen if...", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - HYPOTHETICAL: 'What would happen if ... a parent told me she was going to end it tonight and her "
        "kids were in the house' - explicitly not a family she is working with; no child, no case. other -> "
        "human_review.")

def knowsley_06():
    f = "knowsley_06.eml"; when = "2042-06-16 10:20:33"
    body = T("""
Hi,

Step down at Level 2 for Paige Whitfield (DOB 07/10/2033), ICS 1471150, to her school.

Background: in February Paige and her mum, Donna Whitfield, slept in Donna's car for three nights after they were evicted, and Donna was drinking heavily at the time. That is why the C&F assessment started. Since 3 March they have had a two-bed flat with Livv Housing, Donna has been going to Change Grow Live every week and her tests have been clear since February. There are no current worries about Donna's drinking.

Final CIN meeting: Wednesday 25 June 2042 at 10:00, St Aidan's Primary, Huyton.

Lead practitioner: Mrs Helen Tasker, Learning Mentor, St Aidan's Primary School.

What are we worried about? Only Paige's attendance, which fell to 90% during the move, and she is behind with her reading.
What is working well? Stable home, mum engaging, Paige settled and happy at school.
What needs to happen? Mrs Tasker to lead a school-based plan on attendance and reading, reviewed half-termly.

Mum agrees with the step down.

Ryan

Ryan Okoro
Social Worker | Assessment Team | Knowsley Council

""") + KDISC
    top = outlook_top(f, addr("Okoro, Ryan", "Ryan.Okoro@" + KDOM), addr("Family First Duty Mailbox", KFF),
                      "Step down L2 - Paige Whitfield - final CIN 25/06", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 2, ["1471150"],
        [ch("Paige Whitfield", "2033-10-07", "07/10/2033")],
        ["school_attendance"], True, None, [], True, "book_meeting",
        "NEAR MISS - A CAR NIGHT AND DRINKING IN THE PAST: slept in a car for three nights in February, drinking "
        "then; housed since 3 March, tests clear, 'no current worries about Donna's drinking' -> not urgent, no "
        "substance_misuse. Level 2 with a named lead practitioner and agency; SoS headings answered; final CIN "
        "Wed 25 June from Mon 16 June = 7 WD -> ok. 'Mum agrees with the step down' -> consent true.",
        meeting=date(2042, 6, 25), not_children=["Donna Whitfield", "Helen Tasker"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2042-06-11 15:02:44"
    ack = ack_text("step-up", "SB-knowsley-214", [
        "Case: EHM-70988", "Children: Lacey-Mae Hughes (05/02/2035)",
        "Step-up TAF meeting: Wednesday 25 June 2042, 10:00 (Microsoft Teams)"],
        ["the Graded Care Profile 2 (GCP2), because the concerns include neglect"])
    body = T("""
Hi,

GCP2 attached, as asked - sorry, I thought it had gone with the form.

Gillian

Gillian Rourke
Family First Case Manager | Stockbridge Village | Knowsley Council
""") + quote("stepbot (Knowsley MASH) <knowsleymash@knowsley.gov.uk>", "10 June 2042 16:31",
             "Rourke, Gillian <Gillian.Rourke@knowsley.gov.uk>",
             "[SB-knowsley-214] Step-up request received - EHM-70988", ack)
    gcp2 = pdf_att("GCP2 - Hughes - 06.06.42.pdf", "Graded Care Profile 2 (GCP2) - summary of scores", [
        "Family: Hughes. Completed with mum on 06/06/2042 by Gillian Rourke (Family First).",
        "Area 1 Physical care - nutrition 4, housing 4, clothing 3, hygiene 4, health 3",
        "Area 2 Care of safety 3. Area 3 Love and care 2. Area 4 Stimulation and education 3."])
    top = outlook_top(f, addr("Rourke, Gillian", "Gillian.Rourke@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: [SB-knowsley-214] Step-up request received - EHM-70988", when)
    add(f, mail(f, top, body, [gcp2], html_alt=True), "knowsley", "mash_step_up", when, 2,
        "ordinary", "follow_up", False, None, ["EHM-70988"],
        [ch("Lacey-Mae Hughes", "2035-02-05", "05/02/2035")],
        ["neglect"], None, None, [], None, "attach_to_request",
        "FOLLOW-UP adding the missing document: a reply to [SB-knowsley-214] attaching the GCP2 the ack asked for. "
        "Child, DOB and case id from the quoted acknowledgement; the neglect step-up (GCP2 4s) -> neglect.",
        not_children=["Gillian Rourke"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2042-07-03 11:30:12"
    body = T("""
Thank you for your email. I am on annual leave until Monday 7 July and will not be reading email.

For Family First duty matters please contact the Family First duty mailbox. For anything about a step-up TAF meeting please contact MASH business support.

Farid Quayle
Family First Case Manager
""")
    data = ooo(f, when, "Quayle, Farid", "farid.quayle@" + KDOM, addr("Knowsley MASH", KMASH),
               "[SB-knowsley-231] Step-up TAF meeting - Wednesday 9 July 2042 10:00", body)
    add(f, data, "knowsley", "mash_step_up", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "An Exchange out-of-office (Auto-Submitted: auto-replied) answering stepbot's TAF notice -> auto_reply -> "
        "ignore. No child or case id.",
        not_children=["Farid Quayle"])
# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2042-04-22 15:12:18"
    body = T("""
MASH colleagues,

Our family support worker, Hollie Brandt, visited Shannon Tilley at 13:30 today. Shannon's daughter, Kaci-Rae Tilley (DOB 14/07/2041), is 9 months old.

Kaci-Rae has a round, blistered burn about the size of a 5p coin on the back of her left hand. Shannon says she doesn't know how it happened: she went to the shop this morning and left Kaci-Rae with her partner, Jordan Price, and noticed it when she got back. Kaci-Rae isn't crawling yet and can't reach the cooker or the heater. Jordan was at the flat the whole time Hollie was there and still is. Shannon wouldn't talk about it in front of him and asked Hollie to go. No one has taken Kaci-Rae to a doctor.

Jordan isn't known to us. Hollie left at 14:10.

I've agreed this step up as Hollie's team manager. The case summary and my rationale are attached. Mosaic 5520418. I'm ringing the MASH duty desk now as well.

Fiona

Fiona Achterberg
Early Help Team Manager | Wandsworth North | Richmond and Wandsworth Councils
020 7946 0488

""") + RDISC
    summary = docx_att("Case summary - Tilley - Mosaic 5520418.docx", [
        "# Case summary", "Child: Kaci-Rae Tilley, 14/07/2041. Mother: Shannon Tilley (20). Mother's partner: Jordan Price.",
        "Open to Early Help since February 2042 for parenting support and housing. Health visitor involved.",
        "Today: blistered round burn to the back of the left hand, no explanation; partner at the home."])
    rationale = docx_att("Rationale for step up - Tilley.docx", [
        "# Rationale for step up",
        "A non-mobile baby with an unexplained burn seen today, an unknown adult in the home, and a mother who would "
        "not speak in front of him. This needs a statutory response today."])
    top = outlook_top(f, addr("Achterberg, Fiona", "Fiona.Achterberg@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Kaci-Rae Tilley (9 months) - Mosaic 5520418", when)
    add(f, mail(f, top, body, [summary, rationale], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["5520418"],
        [ch("Kaci-Rae Tilley", "2041-07-14", "14/07/2041")],
        ["physical_harm"], None, True, [], None, "alert_duty",
        "URGENT IN PLAIN WORDS: a 9-month-old's unexplained blistered burn seen at 13:30 today, the partner who had "
        "sole care still at the flat, no medical attention; no alarm word. Step-up from the EH team manager with case "
        "summary and rationale attached -> nothing missing; 'I've agreed this step up as Hollie's team manager' -> "
        "manager true. Mum 'asked Hollie to go' is not a consent statement -> null. 'Mosaic 5520418' -> '5520418'.",
        not_children=["Shannon Tilley", "Jordan Price", "Hollie Brandt"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2042-05-07 11:03:27"
    body = T("""
Hello Early Help duty,

I'd like to step Ezra Mbeki-Lowe (DOB 22/12/2039) down to Early Help. Mosaic ID 5123377.

So nobody is alarmed by the history on Mosaic: last year Ezra had an unexplained burn to his forearm. There was a section 47 and a child protection plan in June 2041; the plan ended in November 2041 and the case closed. That is not why he is open now.

He was re-referred in March 2042 because of overcrowding (Ezra, mum and her two sisters in a one-bedroom flat in Battersea) and mum's low mood. The C&F assessment is finished: mum has moved to a two-bedroom flat, is on medication from her GP and is engaging well. What's left is support with routines and a nursery place, which is what Early Help is for.

I went through the step down with mum, Abena Mbeki, on Tuesday and she's fine with us going ahead.

Case summary and draft plan attached. I've agreed Monday 12 May at 14:00 with the Early Help duty manager for the case discussion.

Thanks,
Tobias

Tobias Ward
Social Worker | Assessment and Intervention | Richmond and Wandsworth Councils

""") + RDISC
    summary = docx_att("Case summary - Ezra Mbeki-Lowe.docx", [
        "# Case summary", "Ezra Mbeki-Lowe, 22/12/2039. Mosaic ID 5123377.",
        "2041: s47 and CP plan (June - November 2041), closed. 2042: re-referred for overcrowding and mum's low mood.",
        "Now: rehoused, mum on medication and engaging."])
    plan = docx_att("Draft Early Help plan - Mbeki-Lowe.docx", [
        "# Draft Early Help plan", "1. Routines at home - family support worker, weekly, 12 weeks.",
        "2. Nursery place for Ezra - by September 2042.", "3. Mum to continue with her GP."])
    top = outlook_top(f, addr("Ward, Tobias", "Tobias.Ward@" + RDOM), addr("Early Help Duty", RED),
                      "Step down to Early Help - Ezra Mbeki-Lowe - Mosaic ID 5123377", when)
    add(f, mail(f, top, body, [summary, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["5123377"],
        [ch("Ezra Mbeki-Lowe", "2039-12-22", "22/12/2039")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "NEAR MISS - A CLOSED CASE FROM LAST YEAR: 'last year Ezra had an unexplained burn', s47 and CP plan, ended "
        "November 2041 and closed -> historic, not urgent, not physical_harm. Current: mum's low mood (on medication) "
        "-> parental_mental_health; overcrowding resolved. 'she's fine with us going ahead' -> consent true; case "
        "summary and draft plan attached -> book_meeting.",
        not_children=["Abena Mbeki", "Tobias Ward"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2042-05-09 09:16:40"
    data = itip_reply(f, when, "Jasper Quint", "jasper.quint@" + RDOM, ("MASH Step Up", RSU), "DECLINED",
                      "Step-up case discussion - Tayo Adeyemi - Mosaic 5520977", "20420514T140000", "20420514T150000",
                      "Microsoft Teams",
                      comment="Sorry - I'm covering the duty desk that afternoon and there's an urgent child protection "
                              "strategy meeting on another family at 2. Nadia Brook from my team will attend for Early Help.")
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 2,
        "near_miss", "meeting_reply", False, None, ["5520977"],
        [ch("Tayo Adeyemi")], [], None, None, [], None, "record_reply",
        "NEAR MISS - A MEETING REPLY'S COMMENT WITH ALARM WORDS ABOUT ANOTHER FAMILY: an Outlook iTIP REPLY, DECLINED, "
        "comment 'an urgent child protection strategy meeting on another family' -> not urgent; record_reply. Child "
        "and Mosaic id from the SUMMARY.",
        not_children=["Jasper Quint", "Nadia Brook"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2042-05-28 13:37:02"
    body = T("""
Hi,

Step down request for Leo Chandler (DOB 12/02/2034) and Ava Chandler (DOB 30/11/2036), Mosaic ID 5398820.

I visited on Tuesday. The children's cousin, Mackenzie Chandler (11), was staying for half term - she isn't part of this and lives with her dad in Kingston.

Home conditions have improved a lot since the assessment started: the flat is clean, there is food in, and the children have beds. What's left is Leo's attendance (85%) and getting Ava to her hearing test.

The trouble is consent. I raised Early Help with mum, Kerry Chandler, again on Tuesday and she told me to leave it - she says she's had enough of services and doesn't want anyone else coming round.

Case summary and draft plan attached anyway, so you have them.

Priya

Priya Nandakumar
Social Worker | Richmond Assessment Team | Richmond and Wandsworth Councils

""") + RDISC
    summary = docx_att("Case summary - Chandler.docx", [
        "# Case summary", "Leo Chandler 12/02/2034, Ava Chandler 30/11/2036. Mother Kerry Chandler.",
        "Referred January 2042 for home conditions. Improved. Leo's attendance 85%."])
    plan = docx_att("Draft plan - Chandler.docx", ["# Draft Early Help plan", "1. Attendance plan with school.",
                                                  "2. Audiology appointment for Ava."])
    top = outlook_top(f, addr("Nandakumar, Priya", "Priya.Nandakumar@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Chandler children - Mosaic ID 5398820", when)
    add(f, mail(f, top, body, [summary, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["5398820"],
        [ch("Leo Chandler", "2034-02-12", "12/02/2034"), ch("Ava Chandler", "2036-11-30", "30/11/2036")],
        ["school_attendance"], False, None, ["consent"], None, "request_info",
        "CONSENT REFUSED INDIRECTLY: mum 'told me to leave it - ... doesn't want anyone else coming round' -> consent "
        "false -> consent missing -> request_info. A VISITING COUSIN, Mackenzie Chandler (11), 'isn't part of this' -> "
        "not labelled. Home conditions improved (not neglect now); attendance 85% -> school_attendance.",
        not_children=["Mackenzie Chandler", "Kerry Chandler"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2042-06-10 10:52:19"
    body = T("""
Hi MASH,

Step up request. Details copied from the school's system export, so please note the date format.

Child: Jayden Okafor-Reid
DOB (MM/DD/YYYY): 07/23/2033
School: Southfields Academy, Year 4
Mosaic ID: 5602291

Case summary
Jayden lives with his mum, Simone Reid, and has been open to Early Help since January for attendance and behaviour. Since April he has been seen in Tooting with older boys, has come home with new trainers and cash he can't explain, and was missing overnight on 9 May and 23 May (found by police both times, at a flat in Mitcham). He has been home every night since, and mum now collects him from school.

Rationale for step up
An 8-year-old with signs of criminal exploitation and two missing episodes, which Early Help cannot manage on its own.

Mum knows about the step up and agrees.

Chloe

Chloe Varga
Early Help Practitioner | Wandsworth South | Richmond and Wandsworth Councils

""") + RDISC
    top = outlook_top(f, addr("Varga, Chloe", "Chloe.Varga@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Jayden Okafor-Reid - Mosaic ID 5602291", when,
                      cc=addr("Delaney-Brown, Marcus", "Marcus.Delaney-Brown@" + RDOM))
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["5602291"],
        [ch("Jayden Okafor-Reid", "2033-07-23", "DOB (MM/DD/YYYY): 07/23/2033")],
        ["exploitation", "missing", "school_attendance"], True, None, [], None, "book_meeting",
        "AMERICAN DATE ORDER UNDER AN EXPLICIT LABEL: 'DOB (MM/DD/YYYY): 07/23/2033' -> 2033-07-23. Case summary and "
        "rationale pasted under their own headings -> met. Exploitation signs + two May missing episodes (home every "
        "night since) -> ordinary; attendance named -> school_attendance. 'Mum knows about the step up and agrees' -> "
        "consent true. TM only copied, says nothing -> manager null.",
        not_children=["Simone Reid", "Chloe Varga"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2042-06-02 20:14:55"
    body = T("""
Hi

I don't know if this is the right email, I got it off a letter. My son Ollie Brennan is 8 and we had a lady from Early Help called Sophie who was really good, but I've heard she's leaving.

Can someone tell me who we'll have next and if his Tuesday group at the children's centre is still on after half term? Also I need a letter for the housing saying we get support from you.

Thanks
Lisa Brennan (Ollie's mum)
07700 900455

Sent from my Galaxy
""")
    top = plain_top(f, addr("Lisa Brennan", "lisabrennan84@example.com"), addr(None, RED),
                    "Ollies support worker", when, "mail.example.com", None)
    add(f, mail(f, top, body, crlf=False), "richmond_wandsworth", "early_help_duty", when, 6,
        "ordinary", "other", False, None, [],
        [ch("Ollie Brennan")], [], None, None, [], None, "human_review",
        "A PARENT WRITING HERSELF TO THE WRONG INBOX (from a Samsung phone, in the evening): who is Ollie's next "
        "worker, is his group still on, a letter for housing -> other -> human_review. Ollie Brennan named -> "
        "labelled, no DOB.",
        not_children=["Lisa Brennan"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2042-06-27 16:05:31"
    body = T("""
Dear MASH,

Please find attached a step up request for Harrison Quayle-Baptiste, DOB 9 Sept 2029, Mosaic 5611043.

Harrison is 12 and lives with his dad, Marcus Baptiste, and dad's partner. Police have been called to the house three times since March for arguments between dad and his partner, the last on 14 June, and dad has told me he is drinking most nights. Harrison's friend from football, Kian Doyle, told his own mum that Harrison has been sleeping at theirs "to get away from it", which is how school found out.

The case summary and my rationale for stepping up are attached. My manager will look at it on Monday, but I wanted it to you before the weekend.

Kind regards,
Gemma Laidlaw
Early Help Practitioner | Richmond | Richmond and Wandsworth Councils

""") + RDISC
    summary = docx_att("Case summary - Quayle-Baptiste.docx", [
        "# Case summary", "Harrison Quayle-Baptiste, 09/09/2029. Lives with father Marcus Baptiste and his partner.",
        "Police call-outs March, May and 14 June 2042 (arguments). Father drinking most nights."])
    rationale = pdf_att("Rationale for step up - Quayle-Baptiste.pdf", "Rationale for step up", [
        "Repeated domestic incidents and father's drinking; Harrison staying away from home. Early Help plan not "
        "reducing the worries after four months."])
    top = outlook_top(f, addr("Laidlaw, Gemma", "Gemma.Laidlaw@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up request - Harrison Quayle-Baptiste", when)
    add(f, mail(f, top, body, [summary, rationale], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["5611043"],
        [ch("Harrison Quayle-Baptiste", "2029-09-09", "9 Sept 2029")],
        ["domestic_abuse", "substance_misuse"], None, None, [], None, "book_meeting",
        "MANAGER FALSE FRIEND: 'My manager will look at it on Monday' -> null (not required for a Richmond step-up). "
        "DOB with an abbreviated month ('9 Sept 2029'). A SCHOOL FRIEND, Kian Doyle, is named and not labelled. "
        "Case summary + rationale attached -> book_meeting.",
        not_children=["Kian Doyle", "Marcus Baptiste", "Gemma Laidlaw"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2042-07-03 15:50:26"
    body = T("""
Hi Early Help duty,

I'd like to step down Kai Marsh-Whitby (DOB 19/04/2032) and Lola Marsh-Whitby (DOB 25/09/2035), Mosaic ID 5477012.

The C&F assessment followed mum leaving her ex-partner in February. He has had no contact since, the children are doing well and mum wants help with Kai's anger at school and with money. Mum has consented to Early Help. The case summary and draft plan are attached, and I've agreed Tuesday 8 July at 10:00 with the duty manager for the case discussion.

Many thanks,
Hannah

Hannah Feldman
Social Worker | Richmond Assessment Team | Richmond and Wandsworth Councils
020 7946 0517

PS - school have just rung me. Kai told his teacher that his mum's ex, Dale, came back to the flat last night, pushed mum down the stairs, and is still there now. Lola is off sick at home today. Mum isn't answering. Can someone from MASH call me urgently on 07700 900614 - I'm heading there now.

""") + RDISC
    summary = docx_att("Case summary - Marsh-Whitby.docx", [
        "# Case summary", "Kai 19/04/2032, Lola 25/09/2035. Mother Jodie Marsh. Left her ex-partner in February 2042.",
        "C&F assessment completed 27/06/2042."])
    plan = docx_att("Draft plan - Marsh-Whitby.docx", ["# Draft Early Help plan", "1. Kai - anger work with the school mentor.",
                                                     "2. Money advice for mum."])
    top = outlook_top(f, addr("Feldman, Hannah", "Hannah.Feldman@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Marsh-Whitby - Mosaic ID 5477012", when)
    add(f, mail(f, top, body, [summary, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 3,
        "urgent", "step_down", True, None, ["5477012"],
        [ch("Kai Marsh-Whitby", "2032-04-19", "19/04/2032"), ch("Lola Marsh-Whitby", "2035-09-25", "25/09/2035")],
        ["domestic_abuse"], True, None, [], None, "alert_duty",
        "URGENT ONLY IN A PS AFTER THE SIGNATURE: a calm complete step-down, then 'PS - ... mum's ex ... pushed mum "
        "down the stairs, and is still there now. Lola is off sick at home' -> alert_duty (contains 'urgently'). "
        "'Mum has consented to Early Help' -> consent true; summary + plan attached -> nothing missing.",
        not_children=["Hannah Feldman", "Jodie Marsh"])
# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def marf_pdf(filename, lines):
    return pdf_att(filename, "Multi-Agency Request Form (MARF) - request for support", lines)

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2042-05-14 11:20:47"
    body = T("""
Dear MAST,

I am writing about Leah Danquah (DOB 02/05/2028), who is in my Year 9 tutor group at Grove Road Academy. I have been Leah's lead practitioner on her Early Help plan since January, when her attendance started to slip, and I have known her since she joined us in Year 7. She has always been a bright, chatty girl who loves netball and art, and until this spring she was rarely absent.

Since Easter things have changed. She has a new iPhone that she says her cousin bought her, she has been picked up at the school gate twice by a man in a grey Audi whom she calls "Rich", and her form tutor has noticed that she is tired, withdrawn and has stopped eating lunch with her friends. Her mum, Ama Danquah, works long shifts at the Royal London and told me at our last TAF that she thought Leah had a boyfriend in Year 11, which did not worry her.

This morning Leah's friend, Jasmine Ahmed, came to see me before registration because she was worried. At break I spoke to Leah in my office. She told me, quite cheerfully, that "Rich is picking me up after school to go to his flat" and that he has said she can stay there for the weekend. She showed me his messages: he tells her she is mature for her age, that she must not tell her mum, and that he is 24. She would not tell me where the flat is. School finishes at 15:10 today.

I have tried Ama's mobile twice and left messages. I would like to ask for Leah's case to go to MAST as a step up from her Early Help plan, and I have attached the MARF. Our school business manager, Mrs Okafor, has seen the form.

Yours sincerely,

Joanna Pike
Head of Year 9 | Grove Road Academy
020 7946 0832
""")
    marf = marf_pdf("MARF - Leah Danquah.pdf", [
        "Child: Leah Danquah   DOB: 02/05/2028   School: Grove Road Academy (Year 9)",
        "Parent: Ama Danquah (mother)   Lead practitioner: Joanna Pike, Head of Year 9",
        "Reason for request: contact with an adult male ('Rich', says he is 24) who collects her from school, gives "
        "her gifts and plans to take her to his flat; secrecy from her mother; change in presentation since April.",
        "Early Help plan since January 2042 (attendance).",
        "Manager authorisation:", "Name:", "Date:"])
    top = plain_top(f, addr("Joanna Pike", "j.pike@groveroad.example.sch.uk"), addr("MAST", TMAST),
                    "Leah Danquah - Year 9", when, "groveroad.example.sch.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, [],
        [ch("Leah Danquah", "2028-05-02", "02/05/2028")],
        ["exploitation"], None, None, ["manager_agreed"], None, "alert_duty",
        "URGENT IN A TEACHER'S LONG NARRATIVE: a 14-year-old says an adult of 24 'is picking me up after school to go "
        "to his flat' today (school ends 15:10), secrecy, gifts; no alarm word. The teacher is her Early Help lead "
        "practitioner and asks for a step up with a MARF -> step_up. MANAGER FALSE FRIEND: 'Our school business "
        "manager, Mrs Okafor, has seen the form' and a blank MARF authorisation -> null -> manager_agreed missing. "
        "A SCHOOL FRIEND, Jasmine Ahmed, is not labelled.",
        not_children=["Jasmine Ahmed", "Ama Danquah", "Joanna Pike"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2042-07-01 10:05:13"
    sp = "Miah, Shabana <Shabana.Miah@towerhamlets.gov.uk>"
    tm = "Chowdhury, Sameena <Sameena.Chowdhury@towerhamlets.gov.uk>"
    ack = ack_text("MAST step-up", "SB-tower_hamlets-318", [
        "Case: Mosaic 2450193", "Children: Aisha Begum-Rahman (11/01/2030)"],
        ["manager agreement (the MARF's manager authorisation is blank)"])
    m_school = T("""
Shabana - Aisha came in at 8.40 with a split lip and a red mark right across her upper arm. She says her uncle hit her with his belt last night because she came home late from her friend's, and that he told her he'll do it again tonight. She is asking not to go home. Mum is in Bangladesh until the 20th and Aisha is staying with the uncle and his wife. We've kept her in the learning centre with me for now.

Rukhsana Ali
DSL, Bow Community School
""")
    m_sp = T("""
Sameena - can you sign the MARF for Aisha so I can send it back to MAST? Also see below from school this morning.
S
""")
    m_tm = "Signed - attached. Send it back to them.\nSameena\n"
    thread = quote_chain([
        (tm, "01 July 2042 09:48", sp, "RE: MARF - Aisha", m_tm, None),
        (sp, "01 July 2042 09:02", tm, "FW: Aisha", m_sp, None),
        ("Ali, Rukhsana <r.ali@bowcommunity.example.sch.uk>", "01 July 2042 08:55", sp, "Aisha", m_school, None),
        ("stepbot (MAST) <MAST@towerhamlets.gov.uk>", "30 June 2042 14:12", sp,
         "[SB-tower_hamlets-318] MAST step-up request received", ack, None),
    ])
    body = T("""
Hi,

Updated MARF attached - the manager section is now signed.

Thanks,
Shabana

Shabana Miah
Early Help Lead Practitioner | Bow and Mile End | Tower Hamlets Council

""") + TDISC + thread
    marf = marf_pdf("MARF - Aisha Begum-Rahman - signed.pdf", [
        "Child: Aisha Begum-Rahman   DOB: 11/01/2030   Mosaic: 2450193",
        "Lead practitioner: Shabana Miah (Early Help)",
        "Reason for request: repeated physical chastisement reported by Aisha while in the care of relatives.",
        "Manager authorisation:", "Name: Sameena Chowdhury (Team Manager)", "Date: 01/07/2042"])
    top = outlook_top(f, addr("Miah, Shabana", "Shabana.Miah@" + TDOM), addr("MAST", TMAST),
                      "RE: [SB-tower_hamlets-318] MAST step-up request received", when)
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "follow_up", True, None, ["2450193"],
        [ch("Aisha Begum-Rahman", "2030-01-11", "11/01/2030")],
        ["physical_harm"], None, True, [], None, "alert_duty",
        "URGENT ONLY IN A QUOTED OLDER MESSAGE: the reply to [SB-tower_hamlets-318] only adds the signed MARF; three "
        "blocks down, the school's 08:55 message today says Aisha has a split lip, was hit with a belt by her uncle "
        "last night, was told it will happen again tonight and is asking not to go home -> alert_duty (no alarm word "
        "in the readable text). Manager section signed -> manager true. Child/DOB/case id from the ack and MARF.",
        not_children=["Rukhsana Ali", "Sameena Chowdhury", "Shabana Miah"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2042-05-06 09:33:58"
    body = T("""
Morning all,

Did anyone catch "Back Lanes" on BBC One last night? The storyline with Courtney, the 14-year-old, telling her best friend that the man from the chicken shop "is picking me up after school to go to his flat" was really well done - the grooming was slow and believable, and the mum had no idea.

I thought we could show the clip (it's on iPlayer, episode 6, from about 22 minutes in) at Thursday's team learning session and talk about what we'd look for and who we'd call. Let me know if you'd rather I picked something else.

Mel

Melissa Grant
Early Help Practitioner | Stepney Family Hub | Tower Hamlets Council

""") + TDISC
    top = outlook_top(f, addr("Grant, Melissa", "Melissa.Grant@" + TDOM), addr("Early Help Hub", TEH),
                      "Last night's Back Lanes - for Thursday's learning session?", when)
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - THE SAME WORDS ABOUT A TV DRAMA: 'is picking me up after school to go to his flat' said by a "
        "fictional character in a BBC drama, proposed for a team learning session -> other, not urgent, no child.")

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2042-04-24 14:40:21"
    body = T("""
Hi Early Help Hub,

Step down request for the Conteh children, Mosaic 2398841:

Musa Conteh (DOB 04/09/31)
Fatmata Conteh (DOB 17/03/35)

They live with their dad, Ibrahim Conteh, in Poplar. Their mum died in October 2041 and dad has struggled with his grief and his mood since; he is now seeing his GP and has a bereavement counsellor. The C&F assessment finished on 17/04/42 (attached) and recommends Early Help for routines, the children's bereavement support and dad's wellbeing. The draft TAF plan is attached.

I went through the step down and the plan with dad on Tuesday and he put his name to it.

Lead practitioner: Ms Grace Adebayo, Family Support Worker, Stepney Family Hub (Early Help).

I'll chair the TAF meeting on Wednesday 30 April at 10:00 at Stepney Family Hub.

Thanks,
Daniel Osei
Social Worker | CIN Team 3 | Tower Hamlets Council

""") + TDISC
    cfa = pdf_att("C&F Assessment - Conteh - 17.04.42.pdf", "Child and Family Assessment - summary", [
        "Children: Musa Conteh (04/09/2031), Fatmata Conteh (17/03/2035). Father: Ibrahim Conteh.",
        "Completed 17/04/2042. Outcome: step down to Early Help (TAF)."])
    plan = docx_att("Draft TAF plan - Conteh.docx", ["# Draft TAF plan", "1. Routines - family support worker weekly.",
                                                    "2. Bereavement support for Musa and Fatmata.", "3. Dad - GP and counsellor."])
    top = outlook_top(f, addr("Osei, Daniel", "Daniel.Osei@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Conteh - Mosaic 2398841", when)
    add(f, mail(f, top, body, [cfa, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["2398841"],
        [ch("Musa Conteh", "2031-09-04", "04/09/31"), ch("Fatmata Conteh", "2035-03-17", "17/03/35")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "TWO-DIGIT YEARS in the DOBs ('04/09/31', '17/03/35' -> 2031, 2035). CONSENT TOLD INDIRECTLY: 'he put his "
        "name to it' -> true. Assessment, draft plan, lead practitioner with agency -> complete.",
        not_children=["Ibrahim Conteh", "Grace Adebayo", "Daniel Osei"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2042-05-19 12:15:36"
    body = T("""
Hi MAST,

MARF attached for Rhianna Cole (DOB 08/08/2036), who I've been lead practitioner for since November.

Police were called to the flat twice in April after arguments between mum, Stacey Cole, and her partner, Dean Morley; on the second occasion he smashed the bedroom door while Rhianna was in the room. Dean moved out on 2 May and mum says she won't have him back, but he keeps turning up and she has let him in at least once. Mum's low mood is getting worse and she has stopped going to her appointments. The neighbour's boy, Alfie Dunn, who plays with Rhianna, told his mum Rhianna "gets scared at night".

Cleared with Sarah (my TM) this morning.

Thanks,
Tom

Tom Pearce
Early Help Lead Practitioner | Isle of Dogs | Tower Hamlets Council

""") + TDISC
    marf = marf_pdf("MARF - Rhianna Cole.pdf", [
        "Child: Rhianna Cole   DOB: 08/08/2036", "Mother: Stacey Cole. Mother's ex-partner: Dean Morley.",
        "Reason for request: domestic abuse (two police call-outs in April); mother's mental health.",
        "Manager authorisation:", "Name: Sarah Whitcombe (Team Manager)", "Date: 19/05/2042"])
    top = outlook_top(f, addr("Pearce, Tom", "Tom.Pearce@" + TDOM), addr("MAST", TMAST),
                      "MARF - Rhianna Cole", when)
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 2,
        "ordinary", "step_up", False, None, [],
        [ch("Rhianna Cole", "2036-08-08", "08/08/2036")],
        ["domestic_abuse", "non_engagement", "parental_mental_health"], None, True, [], None, "book_meeting",
        "MANAGER TOLD INDIRECTLY: 'Cleared with Sarah (my TM) this morning' (and the MARF names her) -> true. "
        "A NEIGHBOUR'S CHILD, Alfie Dunn, is named and not labelled. Partner moved out, incidents in April -> "
        "ordinary. Mum stopped going to her appointments -> non_engagement.",
        not_children=["Alfie Dunn", "Stacey Cole", "Dean Morley"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2042-06-12 16:41:09"
    body = "see attached\n"
    marf = marf_pdf("MARF - Idris Khan-Fletcher.pdf", [
        "Child: Idris Khan-Fletcher   DOB: 26/06/2039   Mosaic: 2477610",
        "Parent: Rosie Fletcher (mother)   Lead practitioner: Amina Sadiq, Early Help",
        "Reason for request: home conditions (rubbish bags in the hallway, no clean bedding), head lice untreated, "
        "three missed health visitor reviews and a missed dental appointment. Early Help plan since October 2041 has "
        "not improved things.",
        "Manager authorisation:", "Name: Kerry will look at it on Monday", "Date:"])
    top = outlook_top(f, addr("Sadiq, Amina", "Amina.Sadiq@" + TDOM), addr("MAST", TMAST),
                      "MAST step up - Idris Khan-Fletcher - Mosaic 2477610 - neglect, home conditions", when)
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["2477610"],
        [ch("Idris Khan-Fletcher", "2039-06-26", "26/06/2039")],
        ["neglect"], None, None, ["manager_agreed"], None, "request_info",
        "'SEE ATTACHED': the body is two words; the subject has child, Mosaic id and 'neglect, home conditions'; the "
        "MARF holds the rest. MANAGER FALSE FRIEND in the form: 'Kerry will look at it on Monday' -> null -> "
        "manager_agreed missing -> request_info.",
        not_children=["Rosie Fletcher", "Amina Sadiq"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2042-07-08 11:22:50"
    body = T("""
Hello,

I'm stepping Zara Iqbal (DOB 15/05/2030), Mosaic 2419937, down to Early Help. Her C&F assessment is attached.

Zara is 12 and helps look after her mum, who has MS, and her little brother. She has missed a lot of school this year (81%) and is often late. Mum is on board with Early Help and signed the consent section of the assessment.

The draft plan will follow after the TAF meeting, and the lead practitioner will be agreed at the TAF.

Regards,
Imran Siddiqui
Social Worker | CIN Team 1 | Tower Hamlets Council

""") + TDISC
    cfa = pdf_att("C&F Assessment - Zara Iqbal.pdf", "Child and Family Assessment - summary", [
        "Child: Zara Iqbal, 15/05/2030. Young carer for her mother (MS) and brother.",
        "Attendance 81%. Outcome: step down to Early Help. Parental consent: signed 03/07/2042."])
    top = outlook_top(f, addr("Siddiqui, Imran", "Imran.Siddiqui@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Zara Iqbal", when)
    add(f, mail(f, top, body, [cfa], html_alt=True), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["2419937"],
        [ch("Zara Iqbal", "2030-05-15", "15/05/2030")],
        ["school_attendance", "young_carer"], True, None, ["draft_plan", "lead_practitioner"], None, "request_info",
        "Step-down with the assessment and consent but the draft plan 'will follow' and the lead practitioner 'will "
        "be agreed at the TAF' -> draft_plan, lead_practitioner missing -> request_info. Young carer for mum with MS; "
        "attendance 81%.",
        not_children=["Imran Siddiqui"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2042-07-17 10:03:19"
    body = T("""
Hi,

Step down to Early Help for Yusuf Ali-Hassan.
DOB: June 4th, 2038
Mosaic: 2488406

Yusuf is 4 and is on the waiting list for an autism assessment; he has no words yet and nursery are putting an EHC needs assessment together. Mum, Hodan Hassan, asked for help after a very hard spring, and the C&F assessment (attached) found no need for ongoing social care. Mum signed the consent form on 14 July (attached) and the draft plan is attached.

Lead practitioner: Ms Bethan Rowe, Health Visitor, Tower Hamlets Health Visiting Service.

TAF meeting: Thursday 24 July, 14:00, Shadwell Children's Centre.

Ruth

Ruth Okonkwo
Social Worker | CIN Team 2 | Tower Hamlets Council

""") + TDISC
    atts = [pdf_att("C&F Assessment - Ali-Hassan.pdf", "Child and Family Assessment - summary", [
                "Child: Yusuf Ali-Hassan, 04/06/2038. Outcome: step down to Early Help."]),
            pdf_att("Consent form - Ali-Hassan.pdf", "Consent to Early Help", [
                "I agree to my family being supported by Early Help. Signed: Hodan Hassan. Date: 14/07/2042."]),
            docx_att("Draft TAF plan - Ali-Hassan.docx", ["# Draft TAF plan", "1. Autism assessment - chase.",
                                                          "2. EHC needs assessment - nursery.", "3. Parenting support."])]
    top = outlook_top(f, addr("Okonkwo, Ruth", "Ruth.Okonkwo@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Yusuf Ali-Hassan - Mosaic 2488406", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["2488406"],
        [ch("Yusuf Ali-Hassan", "2038-06-04", "June 4th, 2038")],
        ["disability_send"], True, None, [], None, "book_meeting",
        "DOB in American order with a month name ('June 4th, 2038'). Complete step-down on the last day of term "
        "(Thursday 17 July): assessment, draft plan, signed consent, health visitor as lead practitioner. Autism "
        "assessment / EHCNA -> disability_send.",
        not_children=["Hodan Hassan", "Bethan Rowe"])
# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def sa_pdf(filename, title, lines):
    return pdf_att(filename, title, lines)

def torbay_01():
    f = "torbay_01.eml"; when = "2042-04-29 09:12:06"
    body = T("""
Hello

I don't know who else to write to, this address was on a leaflet from the children's centre.

My daughter Chantelle Pascoe lives on Hele Road in Torquay with my grandson Charlie Pascoe who is 2. A lady I don't know rang me at twenty past seven this morning. She found Charlie on his own on the pavement by the traffic lights on Hele Road in just his pyjamas and a nappy, trying to get across to the bus stop. The lorries come down there fast.

She carried him back to the flat and the front door was wide open. Chantelle was asleep on the sofa and wouldn't wake up properly. The lady had to leave him there with her because she had to get to work. She got my number off Chantelle's phone.

Chantelle isn't answering now. I live in Plymouth and I don't drive. Please can somebody go round and see that he's alright.

Maureen Pascoe (Charlie's nan)
07700 900238
""")
    top = plain_top(f, addr("Maureen Pascoe", "mopascoe@example.net"), addr(None, BEH),
                    "my grandson Charlie", when, "example.net", None)
    add(f, mail(f, top, body, crlf=False, cte="7bit"), "torbay", "early_help_duty", when, 2,
        "urgent", "other", True, None, [],
        [ch("Charlie Pascoe")], ["neglect"], None, None, [], None, "alert_duty",
        "URGENT FROM A GRANDMOTHER WRITING TO THE WRONG INBOX: a 2-year-old found alone by a busy road at 07:20 this "
        "morning, the door open, his mother asleep and not rousable, and he was left back with her; no alarm word. "
        "other (not a step request) -> alert_duty. Charlie Pascoe, no DOB.",
        not_children=["Chantelle Pascoe", "Maureen Pascoe"])

def torbay_02():
    f = "torbay_02.eml"; when = "2042-05-21 11:40:37"
    body = T("""
Hi MASH,

Step up to level 4 please for Tyler Gill (DOB 12/12/2033) and Evie Gill (DOB 03/06/2037), EHM-882410.

What happened overnight: police were called to the house at 01:30 this morning after dad, Wayne Gill, assaulted mum. He was arrested and is in custody; police have told mum he will not be released today and that bail conditions will keep him away from the address and from her. EDT attended with police and took the children to their nan's in Brixham, where they are now and where mum is staying with them this week. The immediate situation has been dealt with by police and EDT, and the children are safe at nan's.

I'm asking for a step up because this is the third incident since January, the second where the children were in the house, and the level 3 plan isn't keeping them safe.

Mum agreed to this referral when I saw her at nan's this morning. My ATM, Silas Penrose, agrees it needs considering for level 4.

Jess

Jess Trelawny
Early Help Practitioner | Torquay Locality | Torbay Council

""") + BDISC
    top = outlook_top(f, addr("Trelawny, Jess", "Jess.Trelawny@" + BDOM), addr("Torbay MASH", BMASH),
                      "Step up - Gill children - EHM-882410", when, cc=addr("Penrose, Silas", "silas.penrose@" + BDOM))
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 3,
        "near_miss", "step_up", False, None, ["EHM-882410"],
        [ch("Tyler Gill", "2033-12-12", "12/12/2033"), ch("Evie Gill", "2037-06-03", "03/06/2037")],
        ["domestic_abuse"], True, True, [], None, "book_meeting",
        "NEAR MISS - ALREADY HANDLED BY POLICE AND EDT TODAY: an assault at 01:30, the father in custody and not "
        "released today, bail conditions, the children taken by EDT to nan's and safe there with mum -> not urgent "
        "(it uses 'immediate'). 'Mum agreed to this referral' -> consent true; 'My ATM ... agrees' -> manager true; "
        "Torbay step-up complete -> book_meeting.",
        not_children=["Wayne Gill", "Silas Penrose"])

def torbay_03():
    f = "torbay_03.eml"; when = "2042-06-10 13:25:44"
    body = T("""
Hi MASH,

I'd like to step the Trethewey children up to level 4:

Kieran Trethewey (DOB 20/01/2031)
Summer Trethewey (DOB 02/02/2036)

LCS-879901. Dad, Shaun Trethewey, has had the children on his own since mum left last year. The house has got steadily worse since Christmas: no working cooker since March, the children's bedding is never washed, Summer has had untreated head lice for months and Kieran's attendance is 68%. The level 3 plan has been running since November with very little change.

I talked it all through with dad on Friday. He won't have social services in the house and says he'll take the kids to his brother's in Cornwall if anyone tries.

My ATM signed it off this morning.

Ellie

Ellie Rowe
Early Help Practitioner | Paignton Locality | Torbay Council

""") + BDISC
    top = outlook_top(f, addr("Rowe, Ellie", "Ellie.Rowe@" + BDOM), addr("Torbay MASH", BMASH),
                      "Step up - Trethewey - LCS-879901", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["LCS-879901"],
        [ch("Kieran Trethewey", "2031-01-20", "20/01/2031"), ch("Summer Trethewey", "2036-02-02", "02/02/2036")],
        ["neglect", "school_attendance"], False, True, ["consent"], None, "request_info",
        "CONSENT REFUSED INDIRECTLY: 'He won't have social services in the house' -> false -> consent missing -> "
        "request_info. 'My ATM signed it off this morning' -> manager true.",
        not_children=["Shaun Trethewey"])

def torbay_04():
    f = "torbay_04.eml"; when = "2042-04-24 15:55:12"
    body = T("""
Hi Early Help,

Please can I have a triage slot for Ruby-Jo Mitchell (DOB 11/11/2039), LCS-883104, to step down to level 3.

Ruby-Jo is 2 and lives with mum, Jade Mitchell, in Brixham. The Single Assessment is attached: mum's anxiety and low mood were the main worry, and she is now under Talkworks and her GP. The Team Manager's analysis (section 9 of the SA, Kate Hendry) confirms the threshold for level 3 is met.

Consent for level 3 Early Help: given by mum on 22/04/2042.

Thanks,
Owen

Owen Hartnell
Social Worker | Single Assessment Team | Torbay Council

""") + BDISC
    sa = sa_pdf("Single Assessment - Ruby-Jo Mitchell.pdf", "Single Assessment - summary", [
        "Child: Ruby-Jo Mitchell, 11/11/2039. Mother: Jade Mitchell.",
        "Section 9 - Team Manager's analysis (Kate Hendry): threshold for level 3 Early Help met; step down agreed."])
    top = outlook_top(f, addr("Hartnell, Owen", "Owen.Hartnell@" + BDOM), addr("Torbay Early Help", BEH),
                      "Triage slot - Ruby-Jo Mitchell - step down to level 3", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["LCS-883104"],
        [ch("Ruby-Jo Mitchell", "2039-11-11", "11/11/2039")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete under-5 step-down to level 3 (the fortnightly under-5s triage): SA attached, TM's analysis "
        "confirming threshold -> manager true, consent given -> true.",
        not_children=["Jade Mitchell", "Kate Hendry"])

def torbay_05():
    f = "torbay_05.eml"; when = "2042-07-04 14:18:27"
    body = T("""
Hi,

Triage slot please for Lily Hext (DOB 05/05/2034), LCS-880772, stepping down to level 3.

Lily lives with mum, Sophie Hext, in Paignton. Her cousin, Brody Hext, has been staying with them since Easter while his mum is in hospital - he's 9 and isn't part of this request. The Single Assessment is attached. The worries now are Lily's attendance (84%) and her friendships.

Mum's given consent for level 3. My TM will look at the analysis on Monday and add it to the SA.

Thanks,
Nathan

Nathan Fry
Social Worker | Safeguarding and Supporting Families | Torbay Council

""") + BDISC
    sa = sa_pdf("SA - Lily Hext.pdf", "Single Assessment - summary", [
        "Child: Lily Hext, 05/05/2034. Attendance 84%.", "Section 9 - Team Manager's analysis: (to be completed)"])
    top = outlook_top(f, addr("Fry, Nathan", "Nathan.Fry@" + BDOM), addr("Torbay Early Help", BEH),
                      "Triage - Lily Hext - LCS-880772", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["LCS-880772"],
        [ch("Lily Hext", "2034-05-05", "05/05/2034")],
        ["school_attendance"], True, None, ["manager_agreed"], None, "request_info",
        "MANAGER FALSE FRIEND: 'My TM will look at the analysis on Monday' and SA section 9 '(to be completed)' -> "
        "null -> manager_agreed missing -> request_info. A VISITING COUSIN, Brody Hext (9), 'isn't part of this "
        "request' -> not labelled.",
        not_children=["Brody Hext", "Sophie Hext"])

def torbay_06():
    f = "torbay_06.eml"; when = "2042-06-17 10:11:53"
    ack = ack_text("step-down", "SB-torbay-144", [
        "Case: LCS-879552", "Children: Ashton Vosper (17/09/2037)"],
        ["the Single Assessment"])
    body = T("""
Morning - SA attached, sorry, I forgot it yesterday.
Mark
""") + quote("stepbot (Torbay Early Help) <earlyhelp@torbay.gov.uk>", "16 June 2042 15:40",
             "Ellacott, Mark <Mark.Ellacott@torbay.gov.uk>", "[SB-torbay-144] Step-down request received", ack)
    sa = sa_pdf("Single Assessment - Ashton Vosper.pdf", "Single Assessment - summary", [
        "Child: Ashton Vosper, 17/09/2037. Section 9 - Team Manager's analysis: level 3 threshold met."])
    top = outlook_top(f, addr("Ellacott, Mark", "Mark.Ellacott@" + BDOM), addr("Torbay Early Help", BEH),
                      "RE: [SB-torbay-144] Step-down request received", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 2,
        "ordinary", "follow_up", False, None, ["LCS-879552"],
        [ch("Ashton Vosper", "2037-09-17", "17/09/2037")], [], None, True, [], None, "attach_to_request",
        "FOLLOW-UP adding the missing Single Assessment to [SB-torbay-144]; the attached SA's section 9 records the "
        "TM's analysis -> manager true. Child, DOB, case id from the ack.",
        not_children=[])

def torbay_07():
    f = "torbay_07.eml"; when = "2042-05-12 12:02:30"
    body = T("""
Good afternoon,

We are a new pre-school, Little Acorns, which opened in Preston (Paignton) after Easter. Could you tell us how we refer a family for Early Help support, whether there is a form we should use, and whether someone could come and talk to our staff at a team meeting?

Kind regards,

Denise Harvey
Business Manager | Little Acorns Pre-School
01632 960455
""")
    top = plain_top(f, addr("Denise Harvey", "office@littleacorns.example.org.uk"), addr(None, BEH),
                    "Early Help referrals - new pre-school", when, "littleacorns.example.org.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "torbay", "early_help_duty", when, 2,
        "ordinary", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "General enquiry from a pre-school's business manager: how to refer -> other -> human_review.")

def torbay_08():
    f = "torbay_08.eml"; when = "2042-07-09 09:47:15"
    body = T("""
Hi MASH,

Step up to level 4 for:
Jack Penhale (DOB 14/03/29)
Ella Penhale (DOB 01/10/32)
EHM-884017

Mum, Kayleigh Penhale, has been using cocaine most weekends since the spring as well as cannabis every day. The children are often alone on Saturday nights; Jack (13) is putting Ella to bed and getting her breakfast. Food is short by the end of the week. The level 3 plan has had six months.

Mum's agreed to us making the referral. Silas Penrose (ATM) agreed it at supervision on 8/7.

Lowenna

Lowenna Hocking
Early Help Practitioner | Brixham Locality | Torbay Council

""") + BDISC
    top = outlook_top(f, addr("Hocking, Lowenna", "Lowenna.Hocking@" + BDOM), addr("Torbay MASH", BMASH),
                      "Step up - Penhale - EHM-884017", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-884017"],
        [ch("Jack Penhale", "2029-03-14", "14/03/29"), ch("Ella Penhale", "2032-10-01", "01/10/32")],
        ["neglect", "substance_misuse", "young_carer"], True, True, [], None, "book_meeting",
        "TWO-DIGIT YEARS ('14/03/29' -> 2029, '01/10/32' -> 2032). Weekend cocaine and daily cannabis, children "
        "alone on Saturday nights, short of food -> neglect, substance_misuse; a 13-year-old putting his sister to "
        "bed -> young_carer. Consent and ATM agreement stated -> complete.",
        not_children=["Kayleigh Penhale", "Silas Penrose"])
# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def consent_pdf(filename, family, signed_by, when_signed):
    return pdf_att(filename, "Early Help - written consent", [
        "Family: %s" % family, "I agree to my family being supported by Early Help and to information being shared "
        "with the Early Help Co-ordinator team.", "Signed: %s" % signed_by, "Date: %s" % when_signed])

def eha_plan(filename, lines):
    return docx_att(filename, ["# Early Help Assessment step-down plan"] + lines)

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2042-06-23 16:35:48"
    body = T("""
Hi,

Gemma Watkins has just rung me (16:20). She was crying and said she can't do this anymore and she's going to end it tonight, and that she's "got the tablets out on the side".

Ella Watkins (7) and Finn Watkins (4) are at home with her - I could hear Finn in the background. There's no other adult there; her partner works nights in Hereford and won't be back until the morning. She hung up and isn't answering now.

I'm in Kington, about 40 minutes away. I've tried the duty number and it's engaged. Who do I ring at your end?

Carys

Carys Pugh
Family Support Worker | North West Locality | Herefordshire Council
07700 900812

""") + HDISC
    top = outlook_top(f, addr("Pugh, Carys", "Carys.Pugh@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Gemma Watkins - just rang me", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 2,
        "urgent", "other", True, None, [],
        [ch("Ella Watkins"), ch("Finn Watkins")], ["parental_mental_health"], None, None, [], None, "alert_duty",
        "URGENT IN PLAIN WORDS: a mother on the phone at 16:20 saying she is going to 'end it tonight' with tablets "
        "out, a 7- and a 4-year-old at home with her and no other adult; no alarm word. A report that asks for no "
        "step -> other -> alert_duty.",
        not_children=["Gemma Watkins", "Carys Pugh"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2042-04-30 10:00:04"
    body = T("""
Dear colleague,

Herefordshire Safeguarding Children Partnership invites you to a half-day course:

Recognising immediate risk - when to pick up the phone
Thursday 19 June 2042, 09:30 - 12:30, The Courtyard, Hereford (and on Teams)

Through short case studies we will look at when a worry needs a call to MASH or 999 straight away rather than a referral: for example, a toddler found alone by a busy road, a parent threatening to end it with the children at home, or a baby with an injury nobody can explain.

Places are free for partner agencies. Book through the HSCP learning portal by Friday 6 June.

HSCP Learning and Development Team
""")
    top = plain_top(f, addr("HSCP Learning", "hscp.learning@" + HDOM), addr(None, HEH),
                    "Invitation: Recognising immediate risk - safeguarding training, 19 June", when, HDOM,
                    "Microsoft Outlook 16.0", extra=[("Precedence", "bulk")])
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A TRAINING INVITATION listing example situations (a toddler by a busy road, a parent "
        "threatening to end it, an unexplained injury) with alarm words throughout -> other, not urgent, no concerns "
        "(example text).")

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2042-05-13 11:48:21"
    body = T("""
Hello Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan and mum's signed consent for Amelia Price (DOB 08/01/2032) and Jacob Price (DOB 22/07/2035), Mosaic ID 2290114.

Key person: Mrs Sian Lloyd, Family Support Worker, Weobley Primary School.

The plan is about Jacob's speech and language (he is on the SALT waiting list and has an EHC needs assessment under way) and about after-school routines. Mum's mental health is no longer a worry - I asked her GP for an update and have pasted the letter below.

Tomos Bevan
Social Worker | Leominster Locality | Herefordshire Council

----- pasted letter -----
Orchard Surgery
Leominster

6 May 2042

Dear Mr Bevan

Re: Ms Rachel Price, DOB 12/05/1994

Thank you for your letter. I saw Ms Price on 6 May 2042.

As you know, in October 2040 Ms Price told us that she had thoughts of wanting to "end it", and she was seen by the crisis team at the time. She has had no such thoughts since early 2041. Her depression is well managed on sertraline, she attends her reviews, and she has no current suicidal thoughts.

I have no concerns about her care of Amelia and Jacob.

Yours sincerely

Dr Aisling Kerr
GP Partner
----- end of letter -----

""") + HDISC
    consent = consent_pdf("Signed consent - Price family.pdf", "Price (Amelia and Jacob)", "Rachel Price", "09/05/2042")
    plan = eha_plan("EHA step-down plan - Price.docx", [
        "Children: Amelia Price 08/01/2032, Jacob Price 22/07/2035", "Key person: Sian Lloyd (Weobley Primary)",
        "1. Jacob - SALT and EHC needs assessment. 2. After-school routines - family support."])
    top = outlook_top(f, addr("Bevan, Tomos", "Tomos.Bevan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Price - Mosaic ID 2290114", when)
    add(f, mail(f, top, body, [consent, plan], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["2290114"],
        [ch("Amelia Price", "2032-01-08", "08/01/2032"), ch("Jacob Price", "2035-07-22", "22/07/2035")],
        ["disability_send"], True, None, [], None, "book_meeting",
        "NEAR MISS - A GP PRACTICE LETTER PASTED AS TEXT: 'end it' was October 2040, 'no such thoughts since early "
        "2041', 'no current suicidal thoughts', 'no concerns' -> historic, not urgent, no parental_mental_health "
        "('no longer a worry'). Complete Herefordshire step-down (signed consent, EHA plan, key person with agency). "
        "No level written -> null.",
        not_children=["Rachel Price", "Sian Lloyd", "Aisling Kerr"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2042-06-05 13:09:37"
    body = T("""
Hi,

Step down plan attached for the Bright sibling group, Mosaic ID 2312087:

Oscar Bright, DOB 14 Feb 2035
Isla Bright, DOB 2 Sep 2037
Alfie Bright, DOB 30 Jan 2040

Key person: Mrs Dawn Ellery, Early Help Family Support, Leominster Family Hub.

The worries are home conditions and routines (bedtimes, school mornings) and Oscar's attendance (86%). Mum agrees with the step down; I'm seeing her on Monday to get the consent form signed and will send it straight over.

Nia

Nia Hopkins
Social Worker | Leominster Locality | Herefordshire Council

""") + HDISC
    plan = eha_plan("EHA step-down plan - Bright.docx", [
        "Children: Oscar 14/02/2035, Isla 02/09/2037, Alfie 30/01/2040", "Key person: Dawn Ellery",
        "1. Home conditions and routines. 2. Oscar's attendance."])
    top = outlook_top(f, addr("Hopkins, Nia", "Nia.Hopkins@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Bright sibling group", when)
    add(f, mail(f, top, body, [plan], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["2312087"],
        [ch("Oscar Bright", "2035-02-14", "14 Feb 2035"), ch("Isla Bright", "2037-09-02", "2 Sep 2037"),
         ch("Alfie Bright", "2040-01-30", "30 Jan 2040")],
        ["neglect", "school_attendance"], True, None, ["consent_form"], None, "request_info",
        "Sibling group with abbreviated month names in the DOBs. 'Mum agrees with the step down' -> consent true, "
        "but the written consent form is still to be signed ('seeing her on Monday') -> consent_form missing -> "
        "request_info. Home conditions -> neglect; 86% -> school_attendance.",
        not_children=["Dawn Ellery"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2042-04-28 11:26:55"
    body = T("""
Hello MASH,

I'd like to step Taylor Morgan-Jones (DOB 19/09/2030), Mosaic ID 2287765, up to social care.

Taylor is 11 and has been missing from home twice this month (4 April and 17 April), both times found the next day in Hereford with older teenagers. He's home now and mum is collecting him from school, but there are signs of exploitation - a second phone, cash, and older boys waiting near the house.

Dawn (my TM) agreed it in supervision this morning.

Lewis

Lewis Jenkins
Early Help Practitioner | Hereford City Locality | Herefordshire Council

""") + HDISC
    top = outlook_top(f, addr("Jenkins, Lewis", "Lewis.Jenkins@" + HDOM), addr("Herefordshire MASH", HMASH),
                      "Step up - Taylor Morgan-Jones", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["2287765"],
        [ch("Taylor Morgan-Jones", "2030-09-19", "19/09/2030")],
        ["exploitation", "missing"], None, True, [], None, "human_review",
        "A step-up to Herefordshire, whose seed defines none -> human_review, missing []. 'Dawn (my TM) agreed it' -> "
        "manager true. Missing episodes in April, home now -> ordinary.",
        not_children=["Lewis Jenkins"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2042-07-16 14:44:01"
    ack = ack_text("step-down", "SB-herefordshire-077", [
        "Case: Mosaic 2301456", "Children: Maisie Cope (03/03/2036)"], ["the family's written consent"])
    body = T("""
Hi - mum's signed consent form attached. That should be everything now.
Thanks, Ffion

Ffion Rees
Social Worker | Ross-on-Wye Locality | Herefordshire Council
""") + quote("stepbot (Early Help Co-ordinators) <earlyhelpcoordinators@herefordshire.gov.uk>", "14 July 2042 10:05",
             "Rees, Ffion <Ffion.Rees@herefordshire.gov.uk>", "[SB-herefordshire-077] Step-down request received", ack)
    consent = consent_pdf("Consent form - Cope - signed.pdf", "Cope (Maisie)", "Leanne Cope", "15/07/2042")
    top = outlook_top(f, addr("Rees, Ffion", "Ffion.Rees@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-077] Step-down request received", when)
    add(f, mail(f, top, body, [consent], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["2301456"],
        [ch("Maisie Cope", "2036-03-03", "03/03/2036")], [], True, None, [], None, "attach_to_request",
        "FOLLOW-UP WITH AN [SB-] REFERENCE ADDING THE MISSING DOCUMENT (the signed consent form) -> consent true, "
        "attach_to_request. Child, DOB, case id from the ack ('Mosaic 2301456').",
        not_children=["Leanne Cope"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2042-07-01 10:31:26"
    body = T("""
Morning,

Step down for Noah Davies-Bell (DOB 27/02/2033), Mosaic ID 2295530. Signed consent and the EHA step-down plan attached.

Key person: Mr Gareth Powell, Family Support, Ross-on-Wye Family Hub.

Noah is 9 and does a lot at home for his younger brother, who has cerebral palsy, and for mum when she is working nights. The plan is about young carers support and respite. The neighbour's daughter, Evie Morris, often stays for tea and walks to school with Noah - she's not part of this.

Thanks,
Bethan

Bethan Hughes
Social Worker | Ross-on-Wye Locality | Herefordshire Council

""") + HDISC
    consent = consent_pdf("Consent - Davies-Bell.pdf", "Davies-Bell (Noah)", "Claire Davies", "26/06/2042")
    plan = eha_plan("EHA step-down plan - Davies-Bell.docx", [
        "Child: Noah Davies-Bell 27/02/2033", "Key person: Gareth Powell", "1. Young carers assessment and group.",
        "2. Short breaks referral for Noah's brother."])
    top = outlook_top(f, addr("Hughes, Bethan", "Bethan.Hughes@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Noah Davies-Bell - Mosaic ID 2295530", when)
    add(f, mail(f, top, body, [consent, plan], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["2295530"],
        [ch("Noah Davies-Bell", "2033-02-27", "27/02/2033")], ["young_carer"], True, None, [], None, "book_meeting",
        "Complete step-down (signed consent, plan, key person). A NEIGHBOUR'S CHILD, Evie Morris, is named and 'not "
        "part of this' -> not labelled; the brother is unnamed.",
        not_children=["Evie Morris", "Gareth Powell", "Claire Davies"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2042-07-10 12:12:40"
    body = T("""
Hi both,

Step down for Daisy Lewis (DOB 06/06/38), Mosaic ID 2318840 - signed consent and the plan attached.

Daisy is 4. The worries were her teeth (five extractions in March), hygiene and missed health appointments; mum, Chloe Lewis, has done well since the assessment but needs ongoing support.

Key person - still to be agreed with mum; I'll let you know.

Thanks,
Megan

Megan Price
Social Worker | Hereford South Locality | Herefordshire Council

""") + HDISC
    consent = consent_pdf("Consent - Lewis.pdf", "Lewis (Daisy)", "Chloe Lewis", "08/07/2042")
    plan = eha_plan("EHA step-down plan - Lewis.docx", ["Child: Daisy Lewis 06/06/2038", "Key person: TBC",
                                                        "1. Dental and health appointments. 2. Hygiene routines."])
    top = outlook_top(f, addr("Price, Megan", "Megan.Price@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Daisy Lewis", when, cc=addr("Lang, Verity", "verity.lang@" + HDOM))
    add(f, mail(f, top, body, [consent, plan], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["2318840"],
        [ch("Daisy Lewis", "2038-06-06", "06/06/38")], ["neglect"], True, None, ["lead_practitioner"], None,
        "request_info",
        "TWO-DIGIT YEAR ('06/06/38' -> 2038). Signed consent and plan attached, but 'Key person - still to be "
        "agreed' -> lead_practitioner missing -> request_info. Dental neglect, hygiene, missed appointments -> "
        "neglect.",
        not_children=["Chloe Lewis"])
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


# England & Wales bank holidays 2042 that fall on a weekday (the `holidays` package's list, which set_checks()
# re-derives and compares): New Year's Day Wednesday 1 January; Good Friday 4 April; Easter Monday 7 April; May Day
# Monday 5 May; Spring Bank Holiday Monday 26 May; Summer Bank Holiday Monday 25 August; Christmas Day Thursday 25
# and Boxing Day Friday 26 December (no substitute days in 2042).
BANK_HOLIDAYS = {date(2042, 1, 1), date(2042, 4, 4), date(2042, 4, 7), date(2042, 5, 5), date(2042, 5, 26),
                 date(2042, 8, 25), date(2042, 12, 25), date(2042, 12, 26)}
# The two that fall inside the window, with the package's names.
IN_WINDOW = {date(2042, 5, 5): "May Day", date(2042, 5, 26): "Spring Bank Holiday"}
# The brief's window is "Monday 20 April - Friday 17 July 2042", but 20 April 2042 is a Sunday and 17 July 2042 a
# Thursday: the window runs from Monday 21 April to Thursday 17 July (no mail on Friday 18 July).
WINDOW = (datetime(2042, 4, 21, tzinfo=LON), datetime(2042, 7, 17, 23, 59, 59, tzinfo=LON))
# BST began at 01:00 UTC on the last Sunday of March 2042 and ends at 01:00 UTC on the last Sunday of October 2042.
BST_START = datetime(2042, 3, 30, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2042, 10, 26, 1, 0, 0, tzinfo=UTC)
def expected_offset(d):
    return "+0100" if BST_START <= d.astimezone(UTC) < BST_END else "+0000"

MONTHS = {}
for _i, _m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december"], 1):
    MONTHS[_m] = _i
    MONTHS[_m[:3]] = _i
MONTHS["sept"] = 9

def parse_dob(w):
    """DOB as written -> ISO. This set writes dd/mm/yyyy, dd/mm/yy (20yy), 'DOB (MM/DD/YYYY): mm/dd/yyyy', and
    month names in either order ('3rd March 2031', '14 Feb 2035', '9 Sept 2029', 'June 4th, 2038')."""
    if w is None:
        return None
    m = re.fullmatch(r"DOB \(MM/DD/YYYY\):\s*(\d{2})/(\d{2})/(\d{4})", w)
    if m:
        return date(int(m[3]), int(m[1]), int(m[2])).isoformat()
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", w)
    if m:
        return date(int(m[3]), int(m[2]), int(m[1])).isoformat()
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2})", w)
    if m:
        return date(2000 + int(m[3]), int(m[2]), int(m[1])).isoformat()
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+)\.? (\d{4})", w)
    if m and m[2].lower() in MONTHS:
        return date(int(m[3]), MONTHS[m[2].lower()], int(m[1])).isoformat()
    m = re.fullmatch(r"([A-Za-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})", w)
    if m and m[1].lower() in MONTHS:
        return date(int(m[3]), MONTHS[m[1].lower()], int(m[2])).isoformat()
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

def META_W(f, name):
    for c in META[f]["children"]:
        if c["name"] == name:
            return c["_w"] or ""
    return ""

def parse(f):
    return email.message_from_bytes(FILES[f], policy=email.policy.default)

def check_file(lab):
    errors = []
    def err(m):
        errors.append("%s: %s" % (lab["file"], m))
    f, a, mb, e = lab["file"], lab["authority"], lab["mailbox"], lab["expect"]
    if not re.fullmatch(r"%s_\d\d\.eml" % a, f): err("file name / authority")
    if set(e) != {"kind", "urgent", "level", "case_ids", "children", "concerns", "consent",
                  "manager_agreed", "missing", "notice_ok", "next_action"}:
        err("expect keys")
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
        if re.match(r"(?i)(mosaic|ics|ehm|lcs)\s*(id|no|ref)?[.:]?\s", cid): err("case id keeps its label: %s" % cid)
    now = datetime.fromisoformat(lab["now"])
    meeting = META[f]["meeting"]
    if a == "knowsley" and e["kind"] in ("step_up", "step_down"):
        if meeting is None:
            if e["notice_ok"] is not None: err("notice_ok must be null without a date")
            if "meeting_details" not in e["missing"]: err("meeting_details should be missing")
        else:
            wd = working_days(now.date(), meeting)
            if e["notice_ok"] != (wd >= 5): err("notice_ok %s but %d WD" % (e["notice_ok"], wd))
            if meeting <= now.date(): err("meeting not after now")
            if meeting.weekday() >= 5 or meeting in BANK_HOLIDAYS: err("meeting on a weekend or bank holiday")
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
    if d.weekday() >= 5: err("Date on a weekend")
    if d.date() in BANK_HOLIDAYS: err("Date on a bank holiday")
    if not msg["Date"].strip().endswith(expected_offset(d)): err("Date offset should be %s" % expected_offset(d))
    if d.utcoffset() != d.astimezone(LON).utcoffset(): err("Date offset differs from Europe/London's")
    if now.utcoffset() != d.utcoffset(): err("now offset differs from the Date header's")
    if not (timedelta(minutes=1) <= now - d <= timedelta(minutes=10)): err("now not 1-10 min after Date")
    if e["kind"] != "auto_reply" and msg["Auto-Submitted"] is not None: err("Auto-Submitted on human mail")
    text = readable(msg)
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
    for name, w in META[f]["adults"]:
        if "%s (DOB %s)" % (name, w) not in text and w not in text: err("adult %s's DOB %s not in text" % (name, w))
        if age_years(date.fromisoformat(parse_dob(w)), now.date()) < 18: err("%s is not 18 at now" % name)
        if name not in META[f]["not_children"]: err("adult %s must be listed as not a child" % name)
    for cid in e["case_ids"]:
        span = META[f]["id_spans"].get(cid)
        if span is None:
            if cid not in text: err("case id %s not in text" % cid)
        else:
            if span not in _plain(msg): err("case id %s: raw span %r not in the text part" % (cid, span))
            if cid in text: err("case id %s should only be written broken across lines" % cid)
    if META[f]["attachment_only"]:
        if not e["children"]: err("children named only in an attachment must still be labelled")
        body = body_text(msg)
        for c in e["children"]:
            if c["name"] in body: err("child %s should be named only in an attachment" % c["name"])
            if c["dob"] and META_W(f, c["name"]) in body: err("DOB of %s should be only in an attachment" % c["name"])
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

def _now(f):
    return datetime.fromisoformat(_lab(f)["now"]).date()

def _date(msg):
    return email.utils.parsedate_to_datetime(msg["Date"])

def _att(msg, pred):
    return [p for p in msg.walk() if not p.is_multipart() and p.get_filename() and pred(p)]

def _blocks(msg):
    return _plain(msg).split(SEP)

def _block_body(block):
    """The text of a quoted Outlook block below its From/Sent/To/Subject lines."""
    return block.split("\n\n", 1)[1].strip() if "\n\n" in block.strip("\n") else ""

def _no_alarm(msg):
    return not ALARM.search(readable(msg))

def _no_plain(msg):
    return not any(p.get_content_type() == "text/plain" and not p.get_filename() for p in msg.walk()
                   if not p.is_multipart())

def _docx_pages(data):
    """The text of each page of a .docx, split at Word's explicit page breaks (<w:br w:type="page"/>)."""
    import xml.etree.ElementTree as ET
    W = "{%s}" % W_NS
    root = ET.fromstring(zipfile.ZipFile(_io.BytesIO(data)).read("word/document.xml"))
    pages = [[]]
    for p in root.iter(W + "p"):
        if any(br.get(W + "type") == "page" for br in p.iter(W + "br")):
            pages.append([])
        pages[-1].append("".join(t.text or "" for t in p.iter(W + "t")))
    return ["\n".join(x) for x in pages]

def _wd(f):
    return working_days(_now(f), META[f]["meeting"])

def _pw(f):
    return plain_weekdays(_now(f), META[f]["meeting"])


def _body_before(msg, marker):
    p = _plain(msg)
    return p.split(marker)[0]

def _k01(msg):
    p = _plain(msg)
    frag = [l for l in p.splitlines() if re.match(r"^[A-Z][A-Za-z ]{1,20} - ", l)]
    return (len(frag) >= 8 and "Kids - Brooke Seddon" in p and "Dad - no contact." in p
            and "Mum - Gemma Seddon. Drinking again since Easter." in p and _wd("knowsley_01.eml") == 4
            and _pw("knowsley_01.eml") == 5 and date(2042, 5, 5) in BANK_HOLIDAYS)

def _k02(msg):
    p = _plain(msg)
    return (p.strip().splitlines()[0] == "see attached" and len(p.strip().splitlines()) <= 5
            and "EHM-71855" in str(msg["Subject"]) and "30/03/2030" not in body_text(msg)
            and "on their own in the house" not in body_text(msg) and _no_alarm(msg))

def _k04(msg):
    return _wd("knowsley_04.eml") == 5 and _pw("knowsley_04.eml") == 6 and date(2042, 5, 26) in BANK_HOLIDAYS

def _k05(msg):
    return "What would happen if" in _plain(msg) and "this isn't about a family I'm working with" in _plain(msg)

def _k06(msg):
    p = _plain(msg)
    return "in February Paige and her mum" in p and "There are no current worries about Donna's drinking" in p

def _r03(msg):
    cal = [p for p in msg.walk() if p.get_content_type() == "text/calendar"][0].get_payload(decode=True).decode()
    cal = cal.replace("\r\n ", "")
    return "PARTSTAT=DECLINED" in cal and "COMMENT" in cal and "on another family" in cal and ALARM.search(readable(msg))

def _r05(msg):
    return "DOB (MM/DD/YYYY): 07/23/2033" in _plain(msg)

def _r06(msg):
    return msg["From"].addresses[0].domain == "example.com" and "right email" in _plain(msg)

def _r08(msg):
    p = _plain(msg)
    sig, ps = p.index("Hannah Feldman\nSocial Worker"), p.index("PS - ")
    return (sig < ps and "pushed mum down the stairs" in p[ps:] and "pushed" not in p[:ps]
            and "still there now" not in p[:ps] and ALARM.search(p) is not None)

def _t01(msg):
    p = _plain(msg)
    return (len(p) > 1500 and '"Rich is picking me up after school to go to his flat"' in p
            and "business manager, Mrs Okafor" in p and _no_alarm(msg))

def _t02(msg):
    b = _blocks(msg)
    return (len(b) == 5 and "split lip" in b[3] and all("split lip" not in x and "belt" not in x for x in b[:3] + b[4:])
            and "Mosaic 2450193" in b[4] and _no_alarm(msg))

def _t03(msg):
    return "BBC One" in _plain(msg) and "Courtney" in _plain(msg)

def _t06(msg):
    return _plain(msg).strip() == "see attached" and "Mosaic 2477610" in str(msg["Subject"])

def _b01(msg):
    return (msg["From"].addresses[0].domain == "example.net" and "(Charlie's nan)" in _plain(msg)
            and "this morning" in _plain(msg) and _no_alarm(msg))

def _b02(msg):
    p = _plain(msg)
    return "is in custody" in p and "the children are safe at nan's" in p and ALARM.search(p) is not None

def _h01(msg):
    return "going to end it tonight" in _plain(msg) and _no_alarm(msg)

def _h02(msg):
    return msg["Precedence"] == "bulk" and "for example" in _plain(msg)

def _h03(msg):
    p = _plain(msg)
    return ("----- pasted letter -----" in p and "in October 2040" in p and "no current suicidal thoughts" in p
            and "Dear Mr Bevan" in p)

def _quiet(f):
    return lambda m: _no_alarm(m)

CUSTOM = [
    ("knowsley_01.eml", "verbless bullet fragments; 4 WD across May Day (5 plain)", _k01),
    ("knowsley_02.eml", "body only 'see attached'; facts in subject + form; no alarm word", _k02),
    ("knowsley_03.eml", "no alarm word", _quiet("knowsley_03.eml")),
    ("knowsley_04.eml", "5 WD across the Spring Bank Holiday (6 plain)", _k04),
    ("knowsley_05.eml", "hypothetical, no live family", _k05),
    ("knowsley_06.eml", "the car nights and drinking are in the past", _k06),
    ("richmond_wandsworth_01.eml", "no alarm word", _quiet("richmond_wandsworth_01.eml")),
    ("richmond_wandsworth_03.eml", "DECLINED with a comment about another family", _r03),
    ("richmond_wandsworth_05.eml", "American DOB under an explicit label", _r05),
    ("richmond_wandsworth_06.eml", "a parent's own mail", _r06),
    ("richmond_wandsworth_08.eml", "urgent facts only in the PS after the signature", _r08),
    ("tower_hamlets_01.eml", "long teacher narrative; business manager; no alarm word", _t01),
    ("tower_hamlets_02.eml", "urgent facts only in the quoted school message", _t02),
    ("tower_hamlets_03.eml", "TV drama", _t03),
    ("tower_hamlets_06.eml", "body only 'see attached'", _t06),
    ("torbay_01.eml", "grandmother's own mail; no alarm word", _b01),
    ("torbay_02.eml", "handled by police and EDT; children safe", _b02),
    ("herefordshire_01.eml", "'end it tonight'; no alarm word", _h01),
    ("herefordshire_02.eml", "bulk training invitation with examples", _h02),
    ("herefordshire_03.eml", "GP letter pasted as text", _h03),
]

# Each consent / manager wording ties to its label (the phrase must be in the readable text or the Subject).
WORDING = [
    ("knowsley_01.eml", "TM has had a look and is happy", "manager_agreed", True),
    ("knowsley_04.eml", "Mum signed at the visit", "consent", True),
    ("knowsley_06.eml", "Mum agrees with the step down", "consent", True),
    ("richmond_wandsworth_01.eml", "I've agreed this step up as Hollie's team manager", "manager_agreed", True),
    ("richmond_wandsworth_01.eml", "asked Hollie to go", "consent", None),
    ("richmond_wandsworth_02.eml", "she's fine with us going ahead", "consent", True),
    ("richmond_wandsworth_04.eml", "she told me to leave it", "consent", False),
    ("richmond_wandsworth_05.eml", "Mum knows about the step up and agrees", "consent", True),
    ("richmond_wandsworth_07.eml", "My manager will look at it on Monday", "manager_agreed", None),
    ("richmond_wandsworth_08.eml", "Mum has consented to Early Help", "consent", True),
    ("tower_hamlets_01.eml", "Our school business manager, Mrs Okafor, has seen the form", "manager_agreed", None),
    ("tower_hamlets_02.eml", "the manager section is now signed", "manager_agreed", True),
    ("tower_hamlets_04.eml", "he put his name to it", "consent", True),
    ("tower_hamlets_05.eml", "Cleared with Sarah (my TM) this morning", "manager_agreed", True),
    ("tower_hamlets_06.eml", "Kerry will look at it on Monday", "manager_agreed", None),
    ("tower_hamlets_07.eml", "Mum is on board with Early Help", "consent", True),
    ("torbay_02.eml", "Mum agreed to this referral", "consent", True),
    ("torbay_02.eml", "agrees it needs considering for level 4", "manager_agreed", True),
    ("torbay_03.eml", "He won't have social services in the house", "consent", False),
    ("torbay_03.eml", "My ATM signed it off this morning", "manager_agreed", True),
    ("torbay_05.eml", "My TM will look at the analysis on Monday", "manager_agreed", None),
    ("torbay_08.eml", "Mum's agreed to us making the referral", "consent", True),
    ("herefordshire_04.eml", "Mum agrees with the step down", "consent", True),
    ("herefordshire_05.eml", "Dawn (my TM) agreed it in supervision", "manager_agreed", True),
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

# The whole-set facts the README states (set_checks() recomputes and compares them).
QUIET_EXPECTED = ["herefordshire_01.eml", "knowsley_02.eml", "knowsley_03.eml", "richmond_wandsworth_01.eml",
                  "torbay_01.eml", "tower_hamlets_01.eml", "tower_hamlets_02.eml"]
CROSSING_EXPECTED = {"knowsley_01.eml": (4, 5), "knowsley_04.eml": (5, 6)}
DECISIVE_EXPECTED = ["knowsley_01.eml"]
QUIET, CROSSING = [], {}

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2042])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: the bank holidays in the window are %s, expected %s" % (inside, IN_WINDOW))
    if any("observed" in str(n).lower() for n in inside.values()):
        errors.append("set: a substitute day falls in the window")
    if not (BST_START.date() == max(date(2042, 3, d) for d in range(25, 32) if date(2042, 3, d).weekday() == 6)
            and BST_END.date() == max(date(2042, 10, d) for d in range(25, 32) if date(2042, 10, d).weekday() == 6)):
        errors.append("set: BST must start on the last Sunday of March and end on the last Sunday of October 2042")
    d = WINDOW[0].date()
    while d <= WINDOW[1].date():
        if datetime(d.year, d.month, d.day, 12, tzinfo=LON).utcoffset() != timedelta(hours=1):
            errors.append("set: %s is not BST" % d)
        d += timedelta(days=1)
    if not (date(2042, 4, 20).weekday() == 6 and date(2042, 7, 17).weekday() == 3):
        errors.append("set: the brief's 20 April is a Sunday and 17 July a Thursday in 2042")
    if WINDOW[0].date() != date(2042, 4, 21) or WINDOW[0].weekday() != 0 or WINDOW[1].date() != date(2042, 7, 17):
        errors.append("set: the window must run from Monday 21 April to Thursday 17 July 2042")
    quiet, crossing = [], {}
    for lab in LABELS:
        f = lab["file"]
        try:
            msg = parse(f)
            text = readable(msg)
        except Exception as ex:
            errors.append("%s: unreadable (%r)" % (f, ex)); continue
        if _date(msg).year != 2042:
            errors.append("%s: mail date not in 2042" % f)
        for y in re.findall(r"\b(20[4-9]\d)\b", text):
            if int(y) > 2042:
                errors.append("%s: a year after 2042 in the text (%s)" % (f, y))
        if lab["expect"]["urgent"] and not ALARM.search(text):
            quiet.append(f)
        m = META[f]["meeting"]
        if m is not None:
            now = _now(f)
            if any(now < h <= m for h in BANK_HOLIDAYS):
                crossing[f] = (working_days(now, m), plain_weekdays(now, m))
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
    if crossing != CROSSING_EXPECTED:
        errors.append("set: Knowsley counts crossing a bank holiday are %s, expected %s" % (crossing, CROSSING_EXPECTED))
    decisive = sorted(f for f, (wd, pw) in crossing.items() if (wd >= 5) != (pw >= 5))
    if decisive != DECISIVE_EXPECTED:
        errors.append("set: decisive holiday counts are %s, expected %s" % (decisive, DECISIVE_EXPECTED))
    kinds = {l["expect"]["kind"] for l in LABELS}
    if not {"follow_up", "meeting_reply", "auto_reply", "other", "step_up", "step_down"} <= kinds:
        errors.append("set: every kind must appear")
    QUIET[:] = quiet
    CROSSING.clear(); CROSSING.update(crossing)
    return errors

def run_checks():
    errors, tot = check()
    return errors + set_checks(), tot

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
           "Knowsley counts crossing a bank holiday (WD, plain weekdays): %s" % CROSSING]
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
    for l in sorted(LABELS, key=lambda l: l["file"]):
        e = l["expect"]
        out.append("| %s | %s | %s | %s | %s |" % (l["file"][:-4], CATS[l["file"]], e["kind"], e["next_action"],
                                                  ", ".join(e["missing"]) or "-"))
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
