#!/usr/bin/env python3
"""mixed87: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the autumn term of 2034 (Monday 4 September - Friday 15 December 2034), in armed forces, veterans and
emergency-service families: a parent home from deployment with PTSD and flashbacks, a veteran with a legally held
shotgun and night terrors, service family accommodation and postings, a deployed parent and the other not coping,
paramedic and firefighter parents on nights, military police, a veteran drinking heavily, a partner's fear of his
training.

Clock: BST (+0100) until 01:00 UTC on Sunday 29 October 2034, GMT (+0000) after. No England & Wales bank holiday
falls inside the window (Late Summer Bank Holiday 28 August is before it; Christmas Day 25 and Boxing Day 26
December 2034 and New Year's Day 1 January 2035 after it); the Knowsley notice counts cross the clock change, St
Andrew's Day (30 November, a Scottish bank holiday only, NOT excluded in England) and Christmas / New Year.

The MIME, Word HTML, PDF, .docx, iCalendar, out-of-office and readable-text helpers are copied from
/work/main/tests/data/mixed27/make_set.py. Deterministic (no clock, no randomness). Run with
/work/main/.venv/bin/python make_set.py [--stats]. Every label was set by hand from the specification; the checks
only verify them and STOP on any error before anything is written.
"""

import base64, hashlib, html, json, os, quopri, re, struct, sys, zlib
import email, email.policy, email.utils
from email.header import Header
from datetime import datetime, date, timedelta, timezone
from zoneinfo import ZoneInfo

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
    """Local (Europe/London) wall-clock time. Autumn 2034: BST (+0100) until Sunday 29 October 2034, then GMT (+0000). The self-check
    asserts every Date header's offset against Europe/London's."""
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
            zi = zipfile.ZipInfo(name, date_time=(2034, 8, 30, 0, 0, 0))
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


# ============================================================================ the mails
def MB(a, m):
    return MAILBOXES[(a, m)]

def ack(ref, auth, child_lines):
    return stepbot_ack(ref, ["From: stepbot <stepbot@%s>" % auth, "Subject: Received [%s]" % ref, "",
                             "Thank you - your request has been received and logged as %s." % ref] + child_lines)

RULE_K_UP = ("Knowsley seed 004 section 4 and Appendix 1 (form, case ID on EHM, management oversight, TAF minutes, "
             "GCP2 / Engaging Families / exploitation assessment by concern, 5 WD before the step-up TAF); REQUIREMENTS.md knowsley step_up.")
RULE_K_DOWN = ("Knowsley seed 004 sections 2-3 (date, time and venue; what are we worried about / what is working well / "
               "what needs to happen; level 2 lead practitioner; level 3 consent; 5 days' notice read as 5 WD); REQUIREMENTS.md knowsley step_down.")
RULE_URG = ("DESIGN safety rule 1: an immediate child-protection risk is alerted whatever the kind; DESIGN next_action order puts "
            "alert_duty first.")
RULE_NEAR = ("DESIGN safety rule 1: negated, historic, hypothetical and resolved risks, and bulletins that list examples, must not trigger it.")


def knowsley_01():
    f = "knowsley_01.eml"
    blocks = [
        "Hi MASH,", "",
        "Please find attached a step up request to CSC for the Molyneux family, EHM case ID {{EHM-61207}}.",
        "",
        ("table", [["Child", "DOB"], ["Tia Molyneux", "14/02/2027"], ["Ruben Molyneux", "03/08/2030"]]),
        "",
        "Dad (Cpl, 1 Royal Irish) has been deployed to Estonia since June and mum has been on her own with the two. "
        "Her low mood has got much worse - GP has increased her sertraline - and the home conditions have gone right "
        "down: no food in on two visits, Ruben in the same nappy all morning, Tia missing breakfast club because "
        "nobody gets her up. The GCP2 is attached and scores 4 on physical care and 4 on safety.",
        "",
        "I discussed this with my Team Manager, Hamish Ibbot, in supervision on 20/10 and he has agreed the step up.",
        "",
        "The step up TAF meeting is on {{Wednesday 1st November 2034 at 10am}} on Teams - the invitation is attached "
        "and has gone to the MASH inbox and MASH business support. Mum knows I am making this request.",
        "",
        "Attached: Step Up request form, GCP2, minutes of the TAF held 11/10/2034.", "",
        "Kind regards", "Siobhan Carragher", "Family First Case Manager (Huyton)", "Knowsley Council", "0151 496 0412"]
    cal = ics("REQUEST", f, dt("2034-10-24 10:05:00"), "20341101T100000", "20341101T110000",
              "Step up TAF meeting - Molyneux (EHM-61207)", "Microsoft Teams Meeting",
              "Step up TAF - Tia and Ruben Molyneux. Chair: MASH social worker.",
              ("Siobhan Carragher", "siobhan.carragher@knowsley.gov.uk"),
              [("Knowsley MASH", "knowsleymash@knowsley.gov.uk", "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH business support", "mash.businesssupport@knowsley.gov.uk", "REQ-PARTICIPANT", "NEEDS-ACTION")])
    atts = [docx_att("FF Step Up request to CSC - EHM-61207.docx",
                     ["# FF Step Up Request to CSC (Appendix 1)", "Case ID on EHM: EHM-61207",
                      "Children: Tia Molyneux 14/02/2027; Ruben Molyneux 03/08/2030",
                      "What are we worried about: neglect of basic care; mum's low mood with dad deployed.",
                      "What is working well: mum engages with the TAF and the school's service pupil lead.",
                      "What needs to happen: statutory assessment; support from the unit welfare office.",
                      "Management oversight: discussed with TM Hamish Ibbot 20/10/2034 - agreed.",
                      "Date of step up TAF meeting: 01/11/2034 10:00 (Teams)"]),
            pdf_att("GCP2 Molyneux Oct 2034.pdf", "Graded Care Profile 2 - Molyneux",
                    ["Area 1 Physical care: 4", "Area 2 Safety: 4", "Area 3 Love and care: 2", "Area 4 Esteem: 3"]),
            pdf_att("TAF minutes 11.10.2034 Molyneux.pdf", "TAF meeting minutes - 11 October 2034",
                    ["Present: mum, school service pupil lead, health visitor, Family First case manager.",
                     "Actions: GCP2 to be completed; consider step up if no change."]),
            binary_part('text/calendar; method=REQUEST; charset="utf-8"', "invite.ics", cal.encode())]
    top = outlook_top(f, addr("Siobhan Carragher", "siobhan.carragher@knowsley.gov.uk"), MB("knowsley", "mash_step_up"),
                      "Step up request - Molyneux - EHM-61207", "2034-10-24 10:12:00",
                      cc="mash.businesssupport@knowsley.gov.uk")
    add(f, word_mail(f, top, blocks, atts), "knowsley", "mash_step_up", "2034-10-24 10:12:00", 4, "ordinary",
        "step_up", False, None, ["EHM-61207"],
        [ch("Tia Molyneux", "2027-02-14", "14/02/2027"), ch("Ruben Molyneux", "2030-08-03", "03/08/2030")],
        ["neglect", "parental_mental_health"], None, True, [], True, "book_meeting",
        "Complete Knowsley step-up in Word HTML with form .docx, GCP2 .pdf (neglect -> gcp2 met), TAF minutes .pdf, "
        "EHM id, TM agreed, Teams .ics. NOTICE ACROSS THE CLOCK CHANGE: Tue 24 Oct (BST) -> Wed 1 Nov (GMT) = 6 WD "
        "(25,26,27,30,31 Oct, 1 Nov) >= 5 -> ok -> book_meeting. 'Mum knows' is not consent -> null. | Rule: " + RULE_K_UP,
        meeting=date(2034, 11, 1))


def knowsley_02():
    f = "knowsley_02.eml"
    body = T("""
Good afternoon Family First,

Step down to Family First (Level 3) - Okafor family, ICS ID 2284716

Children: Chidi Okafor (DOB 9 May 2023) and Adaeze Okafor (DOB 21 January 2029).

The family moved to Huyton in August from RAF Leuchars when Flt Sgt Okafor was posted to the Regional Reserve
Support Unit. Mum has given her consent for the case to be referred to Family First - she signed the consent
form at my visit on 20/11.

Joint home visit with a Family First case manager: Thursday 30th November 2034 at 2pm at the family home,
14 Roby Mount, Huyton L36 9XX.
(The RAF families' welfare office they still use in Scotland is closed that day for St Andrew's Day, but that
doesn't affect us - the visit goes ahead.)

What are we worried about?
Chidi's school attendance dropped to 81% after the move; mum is isolated with no family nearby and dad away
at weekends training.

What is working well?
Mum has linked in with the station's HIVE, Chidi has a buddy at school, dad is home most evenings now.

What needs to happen?
Family First to support mum with routines and get Chidi's attendance back over 95%; HIVE to link her with
the local forces families' group.

Thanks
Gareth Lunt
Social Worker, Children in Need Team 2, Knowsley Council
0151 496 0738
""")
    top = outlook_top(f, addr("Gareth Lunt", "gareth.lunt@knowsley.gov.uk"), MB("knowsley", "early_help_duty"),
                      "Step down L3 - Okafor - ICS ID 2284716", "2034-11-23 14:26:00")
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", "2034-11-23 14:26:00", 3, "ordinary",
        "step_down", False, 3, ["2284716"],
        [ch("Chidi Okafor", "2023-05-09", "9 May 2023"), ch("Adaeze Okafor", "2029-01-21", "21 January 2029")],
        ["school_attendance"], True, None, [], True, "book_meeting",
        "Knowsley level 3 step-down: consent signed, joint home visit date/time/venue, three Signs of Safety headings -> "
        "nothing missing. NOTICE: Thu 23 Nov -> Thu 30 Nov = 5 WD (24, 27, 28, 29, 30) -> ok. 30 Nov is ST ANDREW'S DAY, a "
        "bank holiday in Scotland only, NOT an England & Wales bank holiday: a reader excluding it would count 4. 'ICS ID "
        "2284716' -> bare number. | Rule: " + RULE_K_DOWN, meeting=date(2034, 11, 30))


def knowsley_03():
    f = "knowsley_03.eml"
    fwd = T("""
Hello,

I'm forwarding this to you as the address on the Knowsley leaflet - I'm the Unit Welfare Officer at the Army
Reserve Centre in Kirkby. Please read what Kyle sent me below.

I've tried ringing him four times since 4pm, it rings out. His wife Jade is on a late shift at Aintree until
midnight. The children, Mason Tierney (9) and Lily-Mae Tierney (4), are in the house with him - Jade confirmed
that by text at 16:20 and said he was "quiet".

Kyle is an ex-regular (two tours), now a reservist. He has a shotgun on a certificate for clay shooting.

Capt Rhys Pennington
Unit Welfare Officer, Kirkby ARC
07700 900614

---------- Forwarded message ---------
From: Kyle Tierney <kyle.tierney81@gmail.com>
Date: Mon, 11 Sept 2034 at 15:52
Subject: sorry
To: Rhys Pennington <rhys.pennington@armyreserve.example.co.uk>

Sir sorry to put this on you. Not sleeping again, the dreams are back every night. I keep the gun loaded by
the bed now, cant settle without it. Honestly the kids would be better off. Jade would be better off. Dont
ring Jade. I'll sort it tonight
""")
    top = plain_top(f, addr("Rhys Pennington", "rhys.pennington@armyreserve.example.co.uk"),
                    MB("knowsley", "mash_step_up"), "Fwd: sorry", "2034-09-11 16:48:00", "mail.gmail.com", None)
    add(f, mail(f, top, fwd, cte="quoted-printable", crlf=False), "knowsley", "mash_step_up",
        "2034-09-11 16:48:00", 2, "urgent", "other", True, None, [],
        [ch("Mason Tierney"), ch("Lily-Mae Tierney")], ["parental_mental_health"], None, None, [], None, "alert_duty",
        "A UNIT WELFARE OFFICER FORWARDS A VETERAN'S MESSAGE: loaded gun by the bed, 'the kids would be better off', "
        "'I'll sort it tonight', unreachable, alone with a 9- and a 4-year-old until midnight. No alarm word. "
        "Not a step request -> other; urgent -> alert_duty. Ages only, no DOB -> dob null. | Rule: " + RULE_URG)


def knowsley_04():
    f = "knowsley_04.eml"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<h2 style="color:#1f3864">Merseyside Forces Families Bulletin - Autumn 2034</h2>
<p>Welcome back after the summer! This term's bulletin for practitioners working with serving, reservist and
veteran families across Knowsley, Liverpool and Sefton.</p>
<h3>Spotting the signs: when to escalate</h3>
<p>Our training team has put together some examples of situations that should always be escalated to children's
social care or the police straight away, for example:</p>
<ul><li>a veteran in a flashback who has locked himself in a room with the children;</li>
<li>a parent who tells a welfare officer that he keeps a loaded gun by the bed;</li>
<li>a parent with a deployed partner who has taken an overdose with a toddler in the house.</li></ul>
<p>None of these are real cases - they are teaching examples from our October workshop.</p>
<h3>Dates for your diary</h3>
<p>Armed Forces Covenant practitioner forum, Tuesday 10 October, Huyton Suite. Remembrance family craft
sessions at the HIVE, every Saturday in November.</p>
<p style="font-size:9pt">You are receiving this because you subscribed to the Forces Families Bulletin.
<a href="https://forcesfamilies.example.org.uk/unsubscribe">Unsubscribe</a></p>
</body></html>
""")
    top = plain_top(f, addr("Forces Families Bulletin", "bulletin@forcesfamilies.example.org.uk"),
                    MB("knowsley", "early_help_duty"), "Merseyside Forces Families Bulletin - Autumn 2034",
                    "2034-09-13 07:30:00", "forcesfamilies.example.org.uk", "Mailchimp",
                    extra=[("List-Unsubscribe", "<https://forcesfamilies.example.org.uk/unsubscribe>"),
                           ("Precedence", "bulk")])
    root = multipart("alternative", [text_part(html_text(h).strip() + "\n"), text_part(h, "html")], bnd(f, 1))
    add(f, build(top, root, True), "knowsley", "early_help_duty", "2034-09-13 07:30:00", 6, "near_miss", "other",
        False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A NEWSLETTER LISTING EXAMPLES: the three 'escalate' examples are teaching examples ('None of these "
        "are real cases'). Bulk bulletin, not a step request, not an auto-reply -> other -> human_review. | Rule: " + RULE_NEAR)


def knowsley_05():
    f = "knowsley_05.eml"
    body = T("""
Hi all,

Level 2 step down - Kenny Doran (DOB 07.06.2021), ICS ID 2290133

Final CIN meeting: Tuesday 19/12/2034, 10.00am, at St Aidan's CE Primary, Huyton (family room).

The Level 2 lead practitioner will be Mrs Natalie Orme, Service Pupil Champion at St Aidan's CE Primary - she
has agreed to take on the lead practitioner role and will open an Early Help Assessment.

What are we worried about? Kenny's behaviour at school while his dad (Royal Navy, HMS Dauntless) is at sea
until March; mum working shifts as a firefighter at Kirkby station.
What is working well? Mum's sister now has Kenny on mum's night shifts; school report he is settling.
What needs to happen? School-led EHA with the service pupil champion, deployment support group for Kenny.

Sorry this is a bit late - I know it's less than the 5 days.

Ta
Priya Vyas, Social Worker, Knowsley CSC
""")
    top = outlook_top(f, addr("Priya Vyas", "priya.vyas@knowsley.gov.uk"), MB("knowsley", "early_help_duty"),
                      "L2 step down Kenny Doran 2290133", "2034-12-13 16:02:00")
    add(f, mail(f, top, body), "knowsley", "early_help_duty", "2034-12-13 16:02:00", 5, "ordinary", "step_down",
        False, 2, ["2290133"], [ch("Kenny Doran", "2021-06-07", "07.06.2021")], [], None, None, [], False,
        "request_info",
        "Knowsley LEVEL 2 step-down: final CIN date/time/venue, lead practitioner named with her agency (the school), "
        "three headings -> nothing missing, but NOTICE SHORT: Wed 13 Dec -> Tue 19 Dec = 4 WD (14, 15, 18, 19) < 5 -> "
        "request_info. Behaviour / parent at sea are not a listed concern. | Rule: " + RULE_K_DOWN,
        meeting=date(2034, 12, 19))


def knowsley_06():
    f = "knowsley_06.eml"
    text = T("""
Hi - this is Ms Bell, service pupil lead at Park View Primary.

Leo came to me at lunch and said (his words, I wrote them down straight away): "Daddy choked mummy like in the
army. He put his arm round her neck from behind and she went floppy and I was screaming. Then he said sorry
sorry and cried."

This was last night. Mum hasn't answered the phone today. Dad (just back from Cyprus, on leave) rang the office
at 1pm to say HE is picking Leo up at 3.15 today, not mum. Leo is sat with me now and keeps asking if he has
to go home with daddy.

Sent from Outlook for iOS
""")
    text += ack("SB-knowsley-2231", "knowsley.gov.uk",
                ["Case ID: EHM-60418", "Child: Leo Hartigan (DOB 2027-03-19)", "Kind: step-up request"])
    top = plain_top(f, addr("Jess Bell", "j.bell@parkview.knowsley.sch.uk"), MB("knowsley", "mash_step_up"),
                    "RE: Received [SB-knowsley-2231]", "2034-10-12 13:52:00", "parkview.knowsley.sch.uk",
                    "Outlook-iOS/2.0")
    add(f, iphone_mail(f, top, text), "knowsley", "mash_step_up", "2034-10-12 13:52:00", 2, "urgent", "follow_up",
        True, None, ["EHM-60418"], [ch("Leo Hartigan", "2027-03-19", "2027-03-19")], ["domestic_abuse"], None, None,
        [], None, "alert_duty",
        "A 7-YEAR-OLD'S OWN WORDS: 'Daddy choked mummy like in the army' last night; mum unreachable; dad collects at "
        "3.15 today. Reply to [SB-knowsley-2231] -> follow_up; urgent -> alert_duty. Child and EHM id only in the quoted "
        "acknowledgement. No alarm word. | Rule: " + RULE_URG)


def knowsley_07():
    f = "knowsley_07.eml"
    body = T("""
Hi MASH

Step up - Fairclough family, EHM-62950

Children: Harley Fairclough DOB 30/09/2019, Skye Fairclough DOB 12/12/2024

Dad is a veteran (left the Rifles in 2031). Since the summer the family have stopped engaging: five missed
home visits, the door not answered, dad messaging that "the council can do one". Mum says he won't have
strangers in the house since Afghanistan. Skye has missed her 2-year check twice.

Attached: Step Up request form and TAF minutes from 28/11/2034.

Management oversight - I'm taking this to my TM, Gwen Holloway, in supervision on Monday, will confirm.

Step up TAF meeting: Wednesday 3rd January 2035, 10.00am, Teams (invite coming separately to MASH and MASH
business support).

Thanks
Mel Garrity
Family First Case Manager (Kirkby)
""")
    atts = [docx_att("Step Up Request Form - Fairclough.docx",
                     ["# FF Step Up Request to CSC", "Case ID on EHM: EHM-62950",
                      "Reason: non-engagement since July 2034 - visits refused, health appointments missed.",
                      "Date of step up TAF meeting: 03/01/2035 10:00"]),
            pdf_att("TAF minutes 28-11-2034 Fairclough.pdf", "TAF minutes - 28 November 2034",
                    ["Parents did not attend. Agencies agreed to consider step up."])]
    top = outlook_top(f, addr("Mel Garrity", "mel.garrity@knowsley.gov.uk"), MB("knowsley", "mash_step_up"),
                      "Step up Fairclough EHM-62950", "2034-12-15 11:08:00")
    add(f, mail(f, top, body, atts), "knowsley", "mash_step_up", "2034-12-15 11:08:00", 7, "ordinary", "step_up",
        False, None, ["EHM-62950"],
        [ch("Harley Fairclough", "2019-09-30", "30/09/2019"), ch("Skye Fairclough", "2024-12-12", "12/12/2024")],
        ["non_engagement"], None, None, ["engaging_families", "manager_agreed"], True, "request_info",
        "Knowsley step-up for NON-ENGAGEMENT without the Engaging Families toolkit -> engaging_families missing; TM "
        "agreement still to be sought ('taking this to my TM ... on Monday') -> manager_agreed null and missing. "
        "NOTICE ACROSS CHRISTMAS AND NEW YEAR: Fri 15 Dec -> Wed 3 Jan 2035 = 10 WD (18-22 Dec, 27-29 Dec, 2-3 Jan; 25 "
        "and 26 Dec and 1 Jan 2035 excluded) -> ok. | Rule: " + RULE_K_UP, meeting=date(2035, 1, 3))


def knowsley_08():
    f = "knowsley_08.eml"
    body = T("""
Hi,

For the file on the Rimmer step down - attached is the letter Mr Rimmer gave me at Tuesday's visit. Merseyside
Police have renewed his shotgun certificate; the firearms enquiry officer visited, checked the cabinet (bolted,
keys kept separately) and had a report from his GP. He was open with them about his PTSD treatment with Op
COURAGE.

No concerns from me or from the police - he's doing really well. Nothing for you to action, just for the record.

Thanks
Dawn Sefton
Family First Case Manager
""") + ack("SB-knowsley-2190", "knowsley.gov.uk", ["Child: Evie Rimmer", "Kind: step-down request"])
    atts = [pdf_att("Firearms licensing letter - Rimmer.pdf", "Merseyside Police - Firearms Licensing",
                    ["Dear Mr Rimmer,", "Your application for the renewal of shotgun certificate SG/4471/29 has been granted.",
                     "Security: approved cabinet inspected. Medical: GP report received, no concerns.",
                     "This certificate is valid for five years."])]
    top = outlook_top(f, addr("Dawn Sefton", "dawn.sefton@knowsley.gov.uk"), MB("knowsley", "early_help_duty"),
                      "RE: Received [SB-knowsley-2190]", "2034-11-09 09:41:00")
    add(f, mail(f, top, body, atts), "knowsley", "early_help_duty", "2034-11-09 09:41:00", 8, "near_miss", "follow_up",
        False, None, [], [ch("Evie Rimmer")], [], None, None, [], None, "attach_to_request",
        "NEAR MISS - A FIREARMS LICENCE RENEWAL LETTER: a veteran's shotgun certificate renewed after a police visit and GP "
        "report, 'No concerns' -> not urgent. Reply to [SB-knowsley-2190] adding a document -> follow_up -> "
        "attach_to_request. Certificate number SG/4471/29 is not a case id. | Rule: " + RULE_NEAR)

RULE_R_UP = "Richmond & Wandsworth seed 000 step-up (case summary and rationale to the MASH step-up inbox; invitation within 1 WD); REQUIREMENTS.md richmond_wandsworth step_up."
RULE_R_DOWN = ("Richmond & Wandsworth seed 000 step-down ('latest case summary and the draft plan for Early Help'; consent "
               "from the child, young person and family); REQUIREMENTS.md richmond_wandsworth step_down.")


def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"
    body = T("""
Hello - I'm a SSAFA caseworker covering Richmond. I don't know who else to send this to at this time of night.

Kerry-Ann Walsh (husband PO Walsh is on HMS Tamar, at sea until January) has been in touch with me for a few
weeks about money and her low mood. At 19:02 she sent me this text:

  "ive taken all of them, the whole box and the other ones. im so tired. alfie is asleep. im sorry"

I rang 999 and gave her address (Flat 3, 22 Kew Foot Road, Richmond TW9) for an ambulance. She isn't answering
now. Alfie Walsh is 20 months old (DOB 14/01/2033) and as far as I know it's just him and her in the flat.
There is no family in London; the ship's welfare team are trying to reach PO Walsh.

Sandra Oyelaran
SSAFA Caseworker (volunteer), Richmond & Kingston Division
07700 900283
""")
    top = plain_top(f, addr("Sandra Oyelaran", "sandra.oyelaran@ssafa.example.org.uk"),
                    MB("richmond_wandsworth", "mash_step_up"), "Kerry-Ann Walsh - Alfie 20 months",
                    "2034-09-19 19:21:00", "ssafa.example.org.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "richmond_wandsworth", "mash_step_up", "2034-09-19 19:21:00", 2, "urgent", "other",
        True, None, [], [ch("Alfie Walsh", "2033-01-14", "14/01/2033")], ["parental_mental_health"], None, None, [],
        None, "alert_duty",
        "A SSAFA CASEWORKER AT 19:21: a mother whose husband is at sea texts that she has taken an overdose; a "
        "20-month-old is alone with her; she no longer answers. Ambulance called, but nobody is with the child. No alarm "
        "word. Not a request -> other; urgent -> alert_duty (out of hours). | Rule: " + RULE_URG)


def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"
    body = T("""
Dear MASH colleagues,

I am the Early Help Team Manager for Wandsworth East and I am stepping up the Brennan family. I have reviewed
the case with the Early Help worker, Tom Avery, and I agree this now needs a social care response.

Children: Connor Brennan (DOB 2022-04-02), Niamh Brennan (DOB 2026-10-17)
Mosaic ID 3306142

Dad (Royal Marines veteran, medically discharged 2032) is drinking from mid-morning most days - mum estimates
a litre of vodka a day - and his PTSD flashbacks have got worse since the anniversary in August. Mum is
exhausted and Connor (12) is doing most of the care for Niamh after school.

Attached: case summary and rationale for step up.

Regards
Adaeze Nwankwo
Early Help Team Manager (Wandsworth East)
Richmond and Wandsworth Councils
020 7946 0318
""")
    atts = [docx_att("Case summary - Brennan.docx", ["# Case summary", "Family: Brennan", "Mosaic ID 3306142",
                                                      "Early Help since February 2034; veterans' charity involved."]),
            docx_att("Rationale for step up - Brennan.docx", ["# Rationale for step up",
                                                               "Dad's drinking and PTSD have escalated despite TAF support."])]
    top = outlook_top(f, addr("Adaeze Nwankwo", "adaeze.nwankwo@richmondandwandsworth.gov.uk"),
                      MB("richmond_wandsworth", "mash_step_up"), "Step up - Brennan - Mosaic 3306142",
                      "2034-10-04 11:35:00")
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "mash_step_up", "2034-10-04 11:35:00", 3,
        "ordinary", "step_up", False, None, ["3306142"],
        [ch("Connor Brennan", "2022-04-02", "2022-04-02"), ch("Niamh Brennan", "2026-10-17", "2026-10-17")],
        ["parental_mental_health", "substance_misuse", "young_carer"], None, True, [], None, "book_meeting",
        "Complete R&W step-up from the Early Help team manager ('I agree') with case summary and rationale .docx -> "
        "book_meeting (invitation within 1 WD). Veteran's drinking -> substance_misuse; PTSD -> parental_mental_health; "
        "Connor caring for Niamh -> young_carer. 'Mosaic ID 3306142' -> bare number. | Rule: " + RULE_R_UP)


def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"
    body = T("""
Dear colleagues,

You are invited to a half-day practitioner session: "Working with Armed Forces and Veteran Families".

Thursday 16 November 2034, 09:30-12:30, Wandsworth Town Hall, Committee Room 2.

Led by the Army Welfare Service and a veterans' mental health charity. We will work through case scenarios,
including a veteran in a flashback who has barricaded himself in with his children, a father who tells a welfare
officer he keeps a loaded gun by the bed, and a deployed parent's partner who is not coping. All scenarios are
fictional.

The calendar invitation is attached. Please accept so we can plan numbers.

Workforce Development Team
Richmond and Wandsworth Councils
""")
    cal = ics("REQUEST", f, dt("2034-10-18 10:00:00"), "20341116T093000", "20341116T123000",
              "Working with Armed Forces and Veteran Families", "Wandsworth Town Hall, Committee Room 2",
              "Practitioner session - fictional scenarios.", ("Workforce Development", "workforce.development@richmondandwandsworth.gov.uk"),
              [("Early Help Duty", MB("richmond_wandsworth", "early_help_duty"), "OPT-PARTICIPANT", "NEEDS-ACTION")])
    atts = [binary_part('text/calendar; method=REQUEST; charset="utf-8"', "session.ics", cal.encode())]
    top = outlook_top(f, addr("Workforce Development", "workforce.development@richmondandwandsworth.gov.uk"),
                      MB("richmond_wandsworth", "early_help_duty"), "Invitation: Working with Armed Forces and Veteran Families",
                      "2034-10-18 10:04:00")
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "early_help_duty", "2034-10-18 10:04:00", 5, "near_miss",
        "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A TRAINING SESSION ON MILITARY FAMILIES: the barricade and loaded-gun scenarios are fictional. A "
        "training invitation (iTIP REQUEST, not a REPLY) -> other -> human_review. | Rule: " + RULE_NEAR)


def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"
    body = T("""
Hi Early Help duty,

Step down - Yusuf family. Mosaic: 3291057.
Children: Amira Yusuf, 11/03/2020 and Bilal Yusuf, 26/06/2023.

I have agreed the case discussion time with Keziah Bloom by phone this morning: Friday 8 December at 2pm, Teams.

The latest case summary is attached. The draft plan for Early Help is not done yet - I will bring it to the
discussion.

Consent: Mum (whose husband is a reservist, mobilised to Cyprus until March) is happy with Early Help, but Dad
has refused - he rang me from Cyprus and said he does not consent to "another agency poking about" while he
is away, and he has parental responsibility. So at the moment we do not have the family's consent.

Thanks
Lucy Farrant
Social Worker, Richmond CIN team
""")
    atts = [pdf_att("Case summary Yusuf Dec 2034.pdf", "Case summary - Yusuf",
                    ["Mosaic 3291057", "CIN since June 2034: mum's isolation and anxiety during dad's mobilisation."])]
    top = outlook_top(f, addr("Lucy Farrant", "lucy.farrant@richmondandwandsworth.gov.uk"),
                      MB("richmond_wandsworth", "early_help_duty"), "Step down - Yusuf", "2034-12-04 12:10:00")
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "early_help_duty", "2034-12-04 12:10:00", 6, "ordinary",
        "step_down", False, None, ["3291057"],
        [ch("Amira Yusuf", "2020-03-11", "11/03/2020"), ch("Bilal Yusuf", "2023-06-26", "26/06/2023")],
        ["parental_mental_health"], False, None, ["consent", "draft_plan"], None, "request_info",
        "R&W step-down with the case summary but no draft plan ('will bring it') -> draft_plan missing; DAD REFUSED "
        "CONSENT ('does not consent') -> consent false -> consent missing -> request_info. Discussion agreed by phone for "
        "Fri 8 Dec (within 5 days of the contact). Mum's anxiety -> parental_mental_health. | Rule: " + RULE_R_DOWN)


def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"
    text = T("""
Lee Marsh is in a flashback I think. Stacey rang me from the street, he has pushed the sofa against the lounge
door and he has both boys in there with him, Tyler Marsh (8) and Jayden Marsh (5). Shes heard him shouting
"get down, contact left" and the little one crying. He wont open it. I am driving over now, be there 20 mins.
Police called by Stacey. 12 Elm Grove Road SW19

Sent from my iPhone
""")
    top = plain_top(f, addr("Ryan Doherty", "ryan.doherty@richmondandwandsworth.gov.uk"),
                    MB("richmond_wandsworth", "early_help_duty"), "Lee Marsh", "2034-11-21 20:47:00",
                    "richmondandwandsworth.gov.uk", "iPhone Mail (22A355)")
    add(f, iphone_mail(f, top, text), "richmond_wandsworth", "early_help_duty", "2034-11-21 20:47:00", 1, "urgent",
        "other", True, None, [], [ch("Tyler Marsh"), ch("Jayden Marsh")], ["parental_mental_health"], None, None, [],
        None, "alert_duty",
        "A PHONE MESSAGE AT 20:47 (GMT): a veteran in a flashback has barricaded himself in the lounge with an 8- and a "
        "5-year-old tonight. No alarm word. Not a request -> other; urgent -> alert_duty (out of hours). | Rule: " + RULE_URG)


def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"
    body = T("""
Hi team - could we add this to the Early Help resources list and share with families who have a parent
deployed? Looks lovely.

Tom

---------- Forwarded message ---------
From: Naval Families Federation Outreach <outreach@nff-families.example.org.uk>
Date: Tue, 26 Sept 2034
Subject: Deployment support group - coffee mornings this autumn

Is your partner deployed or away on exercise this autumn? Come and meet other families at our deployment
support group, every other Wednesday 10-12 at the Kingston Forces Families Hub. Children under 5 welcome, play
area and free coffee. We'll talk about the hard bits too: sleepless nights, the kids acting up, the worry when
there's no news. No need to book.
""")
    top = outlook_top(f, addr("Tom Avery", "tom.avery@richmondandwandsworth.gov.uk"),
                      MB("richmond_wandsworth", "early_help_duty"), "FW: Deployment support group - coffee mornings this autumn",
                      "2034-09-27 09:15:00")
    add(f, mail(f, top, body), "richmond_wandsworth", "early_help_duty", "2034-09-27 09:15:00", 4, "near_miss", "other",
        False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A DEPLOYMENT SUPPORT GROUP INVITATION forwarded for the resources list: 'worry', 'sleepless nights' "
        "about nobody real. -> other -> human_review. | Rule: " + RULE_NEAR)


def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"
    blocks = [
        "Dear Early Help Duty Team Manager,", "",
        "Further to our call with Jasper Quint today, I confirm the step down case discussion for the {{Adebayo}} "
        "family on {{Monday 13 November 2034 at 11:00}} (Teams).", "",
        ("table", [["Child", "Date of birth", "Mosaic"],
                   ["Temi Adebayo", "05/05/2019", "3287710"],
                   ["Kemi Adebayo", "18/09/2021", "3287711"]]),
        "",
        "Mum (RAF, Northolt) struggled badly while dad was deployed to the Falklands in the spring; he has now been "
        "posted home and the family are in new service family accommodation in Ham. Both parents consent to Early "
        "Help continuing the plan and have agreed that the school's Service Children's Champion, Mr Ian Tolley (Ham "
        "Primary), will take on the Lead Professional role.", "",
        "Attached: latest case summary and the draft Early Help plan.", "",
        "Best wishes", "Naomi Stride", "Senior Social Worker, Richmond Assessment Team"]
    atts = [docx_att("Adebayo case summary Nov 2034.docx", ["# Latest case summary", "Adebayo family - CIN closing."]),
            docx_att("Adebayo DRAFT Early Help plan.docx", ["# Draft plan for Early Help",
                                                            "Outcome 1: routines during dad's future detachments."])]
    top = outlook_top(f, addr("Naomi Stride", "naomi.stride@richmondandwandsworth.gov.uk"),
                      MB("richmond_wandsworth", "early_help_duty"), "Step down case discussion - Adebayo - 13/11",
                      "2034-11-08 15:40:00", cc="jasper.quint@richmondandwandsworth.gov.uk")
    add(f, word_mail(f, top, blocks, atts), "richmond_wandsworth", "early_help_duty", "2034-11-08 15:40:00", 2,
        "ordinary", "step_down", False, None, ["3287710", "3287711"],
        [ch("Temi Adebayo", "2019-05-05", "05/05/2019"), ch("Kemi Adebayo", "2021-09-18", "18/09/2021")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "Complete R&W step-down in Word HTML with a table: case summary and draft plan .docx, 'Both parents consent' -> "
        "true; time agreed with the duty TM for Mon 13 Nov (within 5 days). Mum struggling badly -> "
        "parental_mental_health. | Rule: " + RULE_R_DOWN)


def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"
    comment = ("Sorry, I can't make this one - on leave. For the notes: the 2031 incident when Mr Kaur took his "
               "service rifle home was dealt with by the RMP at the time, he left the Army in 2032, there are no "
               "guns in the house and nothing new since. Nothing current from the school.")
    data = itip_reply(f, "2034-11-29 08:55:00", "Harpreet Sandhu", "h.sandhu@eastsheen.richmond.sch.uk",
                      ("MASH Step Up", MB("richmond_wandsworth", "mash_step_up")), "DECLINED",
                      "Step up case discussion - Kaur", "20341201T140000", "20341201T150000", "Microsoft Teams Meeting",
                      comment=comment)
    add(f, data, "richmond_wandsworth", "mash_step_up", "2034-11-29 08:55:00", 3, "near_miss", "meeting_reply",
        False, None, [], [], [], None, None, [], None, "record_reply",
        "NEAR MISS - A DECLINED INVITATION'S COMMENT ABOUT HISTORY: a 2031 rifle incident dealt with by the RMP, no guns "
        "now, nothing new. iTIP REPLY DECLINED -> meeting_reply -> record_reply. | Rule: " + RULE_NEAR)

RULE_T_UP = "Tower Hamlets seed 001 step-up through MAST (Multi-Agency Request for Support form; management oversight); REQUIREMENTS.md tower_hamlets step_up."
RULE_T_DOWN = ("Tower Hamlets seed 001 step-down (most current C&F assessment, TAF plan, consent sought, Lead Practitioner "
               "identified); REQUIREMENTS.md tower_hamlets step_down.")


def tower_hamlets_01():
    f = "tower_hamlets_01.eml"
    body = T("""
MAST duty,

I am the clinical team leader on duty tonight for London Ambulance Service, Whitechapel complex.

One of my paramedics, Sadia Rahman, is held at the Royal London with a patient and the handover delay means
she will not be released before 06:00. She has just told me, very upset, that her two children are at home on
their own at Flat 41, Mallory House, Bethnal Green E2: Zara Rahman (8) and Imran Rahman (5). Her childminder
left at 22:00 as arranged because Sadia's shift should have finished at 21:30. Her husband is in the Army,
on exercise in Kenya until next week. She has nobody else she can ask and I cannot release her or send anyone.

Zara has a tablet and messaged her mum at 22:40 "Imran is crying he wants you when are you coming".

I will keep trying to get her relieved. Call me on 020 7946 0881.

Mark Ellery
Clinical Team Leader, Whitechapel
""")
    top = outlook_top(f, addr("Mark Ellery", "mark.ellery@las.example.nhs.uk"), MB("tower_hamlets", "mash_step_up"),
                      "Two children alone tonight - Sadia Rahman", "2034-12-06 23:18:00",
                      mid_domain="las.example.nhs.uk")
    add(f, mail(f, top, body), "tower_hamlets", "mash_step_up", "2034-12-06 23:18:00", 3, "urgent", "other", True,
        None, [], [ch("Zara Rahman"), ch("Imran Rahman")], ["neglect"], None, None, [], None, "alert_duty",
        "CHILDREN ALONE OVERNIGHT: a paramedic mother's shift overran (handover delay), her husband is abroad on "
        "exercise, an 8- and a 5-year-old are alone at 23:18 until at least 06:00. No alarm word. -> other; urgent -> "
        "alert_duty (out of hours). Left alone -> neglect. | Rule: " + RULE_URG)


def tower_hamlets_02():
    f = "tower_hamlets_02.eml"
    body = T("""
Dear MAST,

Please find attached a Multi-Agency Request for Support form for Riley Quinn (DOB 02/11/2018), Mosaic ID
4410298.

Riley's dad, a veteran of the Royal Logistic Corps, has been drinking heavily since he lost his job in
August: cans from the morning, falling asleep on the sofa when he should be collecting Riley, and twice this
month Riley has walked himself home across Mile End Road. Mum works nights as a firefighter at Bow and relies
on dad for the evenings. Targeted Early Help (TAF since May) has not changed things.

My manager, Olwen Fairclough, has reviewed the case with me and agreed the step up (recorded on Mosaic 27/11).

Kind regards
Farhana Begum
Lead Practitioner, Targeted Early Help, Tower Hamlets
""")
    atts = [pdf_att("MARF Riley Quinn.pdf", "Multi-Agency Request for Support form",
                    ["Child: Riley Quinn, DOB 02/11/2018", "Mosaic ID 4410298",
                     "Concerns: father's alcohol use; supervision in the evenings.",
                     "Manager: Olwen Fairclough - agreed."])]
    top = outlook_top(f, addr("Farhana Begum", "farhana.begum@towerhamlets.gov.uk"), MB("tower_hamlets", "mash_step_up"),
                      "Step up - Riley Quinn", "2034-11-28 10:30:00")
    add(f, mail(f, top, body, atts), "tower_hamlets", "mash_step_up", "2034-11-28 10:30:00", 4, "ordinary", "step_up",
        False, None, ["4410298"], [ch("Riley Quinn", "2018-11-02", "02/11/2018")], ["neglect", "substance_misuse"],
        None, True, [], None, "book_meeting",
        "Complete Tower Hamlets step-up: Multi-Agency Request for Support form .pdf, manager agreed -> book_meeting "
        "(MAST discussion). Veteran's drinking -> substance_misuse; a 9-year-old left to walk home uncollected -> neglect. "
        "| Rule: " + RULE_T_UP)


def tower_hamlets_03():
    f = "tower_hamlets_03.eml"
    body = T("""
Hi Early Help Hub,

Step down to Early Help - Miah family.
Children: Sami Miah (DOB 15/07/2017) and Nadia Miah (DOB 30/01/2022). Mosaic 4398551 / 4398552.

The Child and Family Assessment concluded on 01/09/2034 - attached. Recommendation: step down to a TAF.

Mum and dad both consent to the step down (dad is a Met firefighter on a four-on-four-off pattern, mum was
struggling with the children on his night shifts, she now has her sister living with them).

Lead Practitioner: Ms Rukhsana Ali, Family Support Worker, Bangabandhu Primary School - agreed by phone.

The TAF plan - I haven't finished it, I will send it after I meet the family on Monday.

TAF meeting: I'll arrange and chair it, provisionally Wed 13 September, 14:00 at the school.

Thanks
Joe Okoro
Social Worker, Tower Hamlets CSC
""")
    atts = [pdf_att("CFA Miah concluded 01-09-2034.pdf", "Child and Family Assessment - Miah",
                    ["Concluded 01/09/2034.", "Outcome: step down to Early Help (TAF)."])]
    top = outlook_top(f, addr("Joe Okoro", "joe.okoro@towerhamlets.gov.uk"), MB("tower_hamlets", "early_help_duty"),
                      "Step down Miah", "2034-09-06 15:15:00")
    add(f, mail(f, top, body, atts), "tower_hamlets", "early_help_duty", "2034-09-06 15:15:00", 5, "ordinary",
        "step_down", False, None, ["4398551", "4398552"],
        [ch("Sami Miah", "2017-07-15", "15/07/2017"), ch("Nadia Miah", "2022-01-30", "30/01/2022")],
        ["parental_mental_health"], True, None, ["draft_plan"], None, "request_info",
        "Tower Hamlets step-down: C&F assessment .pdf, both parents consent, lead practitioner named with agency; THE TAF "
        "PLAN IS TO FOLLOW -> draft_plan missing -> request_info. Mum struggling on dad's night shifts -> "
        "parental_mental_health. 'Mosaic 4398551 / 4398552' -> two bare numbers. | Rule: " + RULE_T_DOWN)


def tower_hamlets_04():
    f = "tower_hamlets_04.eml"
    body = T("""
Dear Early Help Hub,

Step down - Ellis family. Mosaic ID 4376620.
Child: Poppy Ellis, DOB 22 August 2020.

Background, so nobody is alarmed reading the file: in March 2033 the Royal Military Police attended the
family's quarter in Germany after Sgt Ellis punched a wall and a door during an argument. It was investigated
by the RMP and the unit, he completed a domestic abuse perpetrator programme and anger management, and there
have been no incidents since - 18 months on. He left the Army in January and the family are settled in
Stepney. This is history, not a current concern.

Current: Poppy's attendance has slipped to 88% since the move.

Attached: Child and Family Assessment (concluded 10/10/2034) and the TAF plan. Mum and dad have given consent
to the step down. Lead Practitioner: Mrs Joanna Pike, Attendance and Welfare Officer, Stepney Green Primary.

TAF meeting: Thursday 19 October 2034, 10:00, at the school - I will chair.

Sophie Lang
Social Worker, Tower Hamlets
""")
    atts = [pdf_att("CFA Ellis.pdf", "Child and Family Assessment - Poppy Ellis", ["Concluded 10/10/2034."]),
            docx_att("TAF plan Ellis.docx", ["# TAF plan", "Outcome: attendance above 95% by February."])]
    top = outlook_top(f, addr("Sophie Lang", "sophie.lang@towerhamlets.gov.uk"), MB("tower_hamlets", "early_help_duty"),
                      "Step down - Ellis - 4376620", "2034-10-13 11:20:00")
    add(f, mail(f, top, body, atts), "tower_hamlets", "early_help_duty", "2034-10-13 11:20:00", 3, "near_miss",
        "step_down", False, None, ["4376620"], [ch("Poppy Ellis", "2020-08-22", "22 August 2020")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS - MILITARY POLICE INVOLVEMENT THAT IS HISTORY: a 2033 RMP call-out, investigated, programme done, no "
        "incidents since -> not urgent, no domestic_abuse. Complete TH step-down (CFA, TAF plan, consent, lead "
        "practitioner with agency) -> book_meeting. Attendance 88% -> school_attendance. | Rule: " + RULE_NEAR + " " + RULE_T_DOWN)


def tower_hamlets_05():
    f = "tower_hamlets_05.eml"
    blocks = [
        "Dear MAST,", "",
        "I am the service pupil lead at Globe Primary. At 2.10pm today {{Maya Kowalczyk}} (Year 5, DOB 04/04/2024) "
        "asked to speak to me. I have written down what she said as closely as I can:", "",
        "\u201cDad\u2019s been drinking since Saturday. Last night he hit Oskar with his belt because Oskar was "
        "crying for mum. Oskar has marks on his legs. Dad said if we make noise tonight he\u2019ll do it again and "
        "worse. Mum\u2019s in Poland with the Army and she can\u2019t come back.\u201d", "",
        "I looked at Oskar Kowalczyk (Year 2, DOB 19/06/2027) with our first aider: three raised red lines on the back "
        "of both thighs. Oskar said \u201cdaddy\u2019s belt\u201d.", "",
        "Dad (veteran, Royal Engineers) is collecting both children at 3.30pm. We have no other contact for mum.", "",
        "Anita Desai", "Assistant Head and Service Pupil Lead", "Globe Primary School"]
    top = outlook_top(f, addr("Anita Desai", "a.desai@globe.towerhamlets.sch.uk"), MB("tower_hamlets", "mash_step_up"),
                      "What Maya told me at lunch", "2034-10-02 14:41:00", mid_domain="globe.towerhamlets.sch.uk")
    add(f, word_mail(f, top, blocks), "tower_hamlets", "mash_step_up", "2034-10-02 14:41:00", 2, "urgent", "other",
        True, None, [], [ch("Maya Kowalczyk", "2024-04-04", "04/04/2024"), ch("Oskar Kowalczyk", "2027-06-19", "19/06/2027")],
        ["physical_harm", "substance_misuse"], None, None, [], None, "alert_duty",
        "A 10-YEAR-OLD'S OWN WORDS IN WORD HTML: dad drinking since Saturday hit her brother with a belt last night (marks "
        "seen), threatened 'again and worse' tonight, mum deployed; dad collects at 3.30. No alarm word. -> other; urgent "
        "-> alert_duty. | Rule: " + RULE_URG)


def tower_hamlets_06():
    f = "tower_hamlets_06.eml"
    body = T("""
Hello,

Just asking for some resources really. Ayo Bankole in my Year 3 class (his mum is a Navy medic, deployed on
RFA Argus until Christmas) has been drawing pictures of a ship sinking and told me "what if mummy's ship
sinks and she dies". I talked to him and rang dad, who was lovely - they have a countdown chart and video-call
mum on Sundays, and dad has booked him into the school's Little Troopers group. Ayo is fine in class and
happy to talk about it.

Nothing worrying at home at all, I just wondered if Early Help had any leaflets for children with a deployed
parent.

Many thanks
Miss Holly Grant
Class teacher, Columbia Primary
""")
    top = plain_top(f, addr("Holly Grant", "h.grant@columbia.towerhamlets.sch.uk"), MB("tower_hamlets", "early_help_duty"),
                    "Resources for a child with a deployed parent?", "2034-11-15 16:05:00", "columbia.towerhamlets.sch.uk",
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "tower_hamlets", "early_help_duty", "2034-11-15 16:05:00", 9, "near_miss", "other",
        False, None, [], [ch("Ayo Bankole")], [], None, None, [], None, "human_review",
        "NEAR MISS - A CHILD'S WORRY ABOUT A DEPLOYED PARENT: 'what if mummy's ship sinks', already talked through with "
        "dad, 'Nothing worrying at home at all'; a request for leaflets -> other -> human_review. | Rule: " + RULE_NEAR)


def tower_hamlets_07():
    f = "tower_hamlets_07.eml"
    body = T("""
Thank you for your email. I am on annual leave from 20 November, returning on Monday 4 December.

For new requests please email the Early Help Hub; for anything about a child's safety call MAST on
0207 364 5606.

Dimitri Volkov
Early Help Co-ordinator
""")
    data = ooo(f, "2034-11-22 10:02:00", "Dimitri Volkov", "dimitri.volkov@towerhamlets.gov.uk",
               MB("tower_hamlets", "early_help_duty"), "Step down - Hossain family", body)
    add(f, data, "tower_hamlets", "early_help_duty", "2034-11-22 10:02:00", 1, "ordinary", "auto_reply", False, None,
        [], [], [], None, None, [], None, "ignore",
        "Out-of-office with Auto-Submitted: auto-replied -> auto_reply -> ignore (DESIGN safety rule 2, RFC 3834).")


def tower_hamlets_08():
    f = "tower_hamlets_08.eml"
    body = T("""
Hi,

Update for the Hussain step down: the damp and mould in the flat is sorted. The housing association moved the
family to a dry two-bed in Poplar on 30 October, and the reservist unit's welfare officer helped with the
removal van. Mum says the children's coughs have cleared up. Nothing else outstanding on housing - the
complaint is closed.

Best
Farhana
""") + ack("SB-tower_hamlets-3318", "towerhamlets.gov.uk", ["Children: Ibrahim Hussain, Safa Hussain", "Kind: step-down request"])
    top = outlook_top(f, addr("Farhana Begum", "farhana.begum@towerhamlets.gov.uk"), MB("tower_hamlets", "early_help_duty"),
                      "RE: Received [SB-tower_hamlets-3318]", "2034-11-03 12:05:00")
    add(f, mail(f, top, body), "tower_hamlets", "early_help_duty", "2034-11-03 12:05:00", 4, "near_miss", "follow_up",
        False, None, [], [ch("Ibrahim Hussain"), ch("Safa Hussain")], [], None, None, [], None, "attach_to_request",
        "NEAR MISS - A RESOLVED HOUSING ISSUE: mould sorted, family moved, complaint closed. Reply to "
        "[SB-tower_hamlets-3318] -> follow_up -> attach_to_request. | Rule: " + RULE_NEAR)

RULE_B_DOWN = ("Torbay seed 002 step-down (Single Assessment with rationale; TM analysis confirming level 3 threshold; "
               "consent sought before triage; weekly Tuesday triage, under-5s fortnightly); REQUIREMENTS.md torbay step_down.")
RULE_B_UP = "Torbay seed 002 step-up contact to MASH (parental consent; worker and TM agree); REQUIREMENTS.md torbay step_up."


def torbay_01():
    f = "torbay_01.eml"
    text = T("""
please someone help me. its Gemma Pascoe I cant get through on the phone number on the letter.

Dan had another night terror, woke up screaming about 1.30 and got the shotgun out of the cabinet. hes
sitting on the landing outside Ellie's room with it across his knees saying "they're in the garden, they're
coming". hes not himself he doesnt know me. I grabbed the baby and ran out, Im in the car at the end of the
road. Ellie Pascoe is still in her bed, shes 6. 9 Cockington Lane Paignton. I dont want them to shoot him
""")
    top = plain_top(f, addr("Gemma Pascoe", "gemmapascoe92@gmail.com"), MB("torbay", "mash_step_up"),
                    "help", "2034-11-07 02:14:00", "mail.gmail.com", None)
    add(f, mail(f, top, text, crlf=False), "torbay", "mash_step_up", "2034-11-07 02:14:00", 2, "urgent", "other", True,
        None, [], [ch("Ellie Pascoe")], ["parental_mental_health"], None, None, [], None, "alert_duty",
        "A MOTHER AT 02:14 (GMT): a veteran in a night terror sits with his licensed shotgun outside their 6-year-old's "
        "room; mother fled with the baby, the child is still inside. No alarm word. -> other; urgent -> alert_duty (out "
        "of hours). The baby is unnamed. | Rule: " + RULE_URG)


def torbay_02():
    f = "torbay_02.eml"
    body = T("""
Hello Early Help,

Please can I have a triage slot for a level 3 step down - Sweeney family.
LCS ID 8830412
Children: Finn Sweeney (born 11 June 2031) and Rosie Sweeney (born 2 March 2034).

The Single Assessment with my analysis and the rationale for step down is attached. My Team Manager, Silas
Penrose, has recorded his analysis on LCS confirming the threshold for level 3 is met.

Mum has given consent for level 3 Early Help. Dad is a Royal Marine at 40 Commando, currently away on a
six-month deployment; mum was not coping in the first weeks (the reason for the referral) but her mum has now
moved in and the health visitor is happy.

Thanks
Chloe Rowe
Social Worker, Single Assessment Team, Torbay
""")
    atts = [docx_att("Single Assessment - Sweeney.docx", ["# Single Assessment", "Analysis and rationale for step down.",
                                                           "Recommendation: step down to level 3 Early Help."])]
    top = outlook_top(f, addr("Chloe Rowe", "chloe.rowe@torbay.gov.uk"), MB("torbay", "early_help_duty"),
                      "Triage slot please - Sweeney - LCS 8830412", "2034-09-14 10:45:00")
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", "2034-09-14 10:45:00", 3, "ordinary",
        "step_down", False, 3, ["8830412"],
        [ch("Finn Sweeney", "2031-06-11", "11 June 2031"), ch("Rosie Sweeney", "2034-03-02", "2 March 2034")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Torbay level 3 step-down: Single Assessment .docx, TM analysis recorded, consent given -> book_meeting; "
        "Finn (3) and Rosie (6 months) are under 5 -> the fortnightly under-5s triage. Mum not coping during deployment "
        "-> parental_mental_health. 'LCS ID 8830412' -> bare number. | Rule: " + RULE_B_DOWN)


def torbay_03():
    f = "torbay_03.eml"
    body = T("""
Dear MASH,

Contact re Jacob Trewin (DOB 25/10/2016), LCS ID 8791155, open to level 3 Early Help.

New information: Jacob's dad, a veteran, told the Early Help worker on Monday that he has been sleeping in
the car outside to "stay on watch" since his discharge from the Royal Navy, and Jacob has been getting
himself up and to school; attendance is 79% this term. Mum works nights as a paramedic at Torbay
Hospital.

My team manager, Tamsin Verity, and I agree this needs to be considered for level 4.

Consent: I asked dad at the visit; he refused - he does not want "social services" involved and said so
clearly. Mum was not there.

Ursula Kemp
Early Help Practitioner, Torbay
""")
    top = outlook_top(f, addr("Ursula Kemp", "ursula.kemp@torbay.gov.uk"), MB("torbay", "mash_step_up"),
                      "Contact to MASH - Jacob Trewin", "2034-10-20 14:55:00")
    add(f, mail(f, top, body), "torbay", "mash_step_up", "2034-10-20 14:55:00", 6, "ordinary", "step_up", False, None,
        ["8791155"], [ch("Jacob Trewin", "2016-10-25", "25/10/2016")],
        ["neglect", "parental_mental_health", "school_attendance"], False, True, ["consent"], None, "request_info",
        "Torbay step-up contact: worker and TM agree -> manager_agreed true; DAD REFUSED CONSENT -> consent false -> "
        "consent missing -> request_info. Veteran's hypervigilance -> parental_mental_health; child getting himself to "
        "school -> neglect; 79% -> school_attendance. | Rule: " + RULE_B_UP)


def torbay_04():
    f = "torbay_04.eml"
    body = T("""
Hi Early Help,

FYI - the Penhaligon family (open to you at level 3) have had their posting notice through: Sgt Penhaligon is
assigned to Paderborn, Germany, from 8 January, and the family are moving with him into service family
accommodation there. Copy of the assignment order attached with mum's permission.

No safeguarding worries - this is a planned move and mum is pleased. Could you let me know how you close a
family who are moving abroad, and whether we pass anything to SCE (the schools over there)?

Thanks
Lorna Tregear
Service Pupil Premium lead, Brixham Church of England Primary
""")
    atts = [pdf_att("Assignment order Penhaligon.pdf", "ASSIGNMENT ORDER",
                    ["Service No. 25214587  Sgt M Penhaligon", "Assigned to: Paderborn (GER) wef 08 Jan 2035",
                     "Families accompanied: YES. SFA allocated."])]
    top = outlook_top(f, addr("Lorna Tregear", "l.tregear@brixham.torbay.sch.uk"), MB("torbay", "early_help_duty"),
                      "Penhaligon family - posting to Germany", "2034-12-01 13:30:00", mid_domain="brixham.torbay.sch.uk")
    add(f, mail(f, top, body, atts), "torbay", "early_help_duty", "2034-12-01 13:30:00", 5, "near_miss", "other", False,
        None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A FAMILY'S POSTING NOTICE: a planned move abroad, 'No safeguarding worries'; a question about "
        "closing -> other -> human_review. The service number is not a case id. | Rule: " + RULE_NEAR)


def torbay_05():
    f = "torbay_05.eml"
    comment = ("Declining - I won't be at triage. Mrs Hext rang me ten minutes ago crying: Darren got back from "
               "Estonia on Friday, hasn't slept since, and this morning he pinned Kai up against the kitchen wall by "
               "his throat because he dropped a cup. She has locked herself in the bathroom with Kai and Mia and he "
               "is downstairs smashing the kitchen up. Kai Hext is 4, Mia Hext is 7. 31 Barton Hill Road, Torquay. I'm "
               "ringing the police and going round.")
    data = itip_reply(f, "2034-11-13 08:42:00", "Becky Luscombe", "becky.luscombe@torbay.gov.uk",
                      ("Early Help Torbay", MB("torbay", "early_help_duty")), "DECLINED",
                      "Early Help triage - under-5s", "20341114T093000", "20341114T123000", "Paignton Library Hub",
                      comment=comment)
    add(f, data, "torbay", "early_help_duty", "2034-11-13 08:42:00", 2, "urgent", "meeting_reply", True, None, [],
        [ch("Kai Hext"), ch("Mia Hext")], ["domestic_abuse", "parental_mental_health", "physical_harm"], None, None,
        [], None, "alert_duty",
        "A DECLINED INVITATION'S COMMENT: a father back from deployment, not sleeping, pinned a 4-year-old by the throat "
        "this morning; mother and children locked in the bathroom while he smashes the kitchen. No alarm word. iTIP REPLY "
        "-> meeting_reply, but urgent -> alert_duty first. | Rule: " + RULE_URG)


def torbay_06():
    f = "torbay_06.eml"
    body = T("""
Hi,

Requesting a triage slot - step down for Harvey Luxton, DOB 17/01/2019, LCS ID 8805321.

Dad is a firefighter at Paignton on nights and mum has MS; Harvey was being left with his 14-year-old cousin
overnight and was late into school most days. That's now sorted with grandad staying over on dad's nights.

Mum and dad have consented to Early Help at level 3.

The Single Assessment is still with my TM for sign off - I'll send it once it is authorised, and she'll
record her analysis then (hopefully by Monday).

Thanks
Josh Pengelly
SW, Safeguarding and Supporting Families Team
""")
    top = outlook_top(f, addr("Josh Pengelly", "josh.pengelly@torbay.gov.uk"), MB("torbay", "early_help_duty"),
                      "Triage - Harvey Luxton", "2034-10-26 09:20:00")
    add(f, mail(f, top, body), "torbay", "early_help_duty", "2034-10-26 09:20:00", 4, "ordinary", "step_down", False, 3,
        ["8805321"], [ch("Harvey Luxton", "2019-01-17", "17/01/2019")], ["neglect", "school_attendance"], True, None,
        ["assessment", "manager_agreed"], None, "request_info",
        "Torbay step-down: consent given; Single Assessment not attached ('still with my TM') -> assessment missing; TM "
        "analysis pending -> manager_agreed null -> missing -> request_info. 'level 3' stated. Child left overnight with a "
        "14-year-old (now resolved) and lateness -> neglect, school_attendance. | Rule: " + RULE_B_DOWN)


def torbay_07():
    f = "torbay_07.eml"
    body = T("""
Hi MASH team,

I've just started as the service pupil lead at a school near the Royal Marines base and I'm trying to get my
head round thresholds. Hypothetically - if a child told me their dad kept a gun in the house and had said he
would use it, would I ring you straight away or fill in a contact form first? And what if the dad is a
serving Marine and the gun is his own licensed one?

Nothing like this has happened - I just want to be ready.

Thanks
Kirsty Yeo
Service Pupil Lead, Churston Ferrers Primary
""")
    top = plain_top(f, addr("Kirsty Yeo", "k.yeo@churston.torbay.sch.uk"), MB("torbay", "mash_step_up"),
                    "Threshold question", "2034-09-21 15:50:00", "churston.torbay.sch.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "torbay", "mash_step_up", "2034-09-21 15:50:00", 7, "near_miss", "other", False, None,
        [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A HYPOTHETICAL: 'Hypothetically ... Nothing like this has happened'. No child, no request -> other -> "
        "human_review. | Rule: " + RULE_NEAR)


def torbay_08():
    f = "torbay_08.eml"
    body = T("""
Hi - the Single Assessment went over to you yesterday, and just to confirm that my TM, Silas Penrose, has
now agreed the step-down and recorded his analysis on LCS this morning, so that's the last bit you were
waiting for.

Josh
""") + ack("SB-torbay-1874", "torbay.gov.uk", ["Child: Harvey Luxton", "Missing: assessment, manager agreement"])
    top = outlook_top(f, addr("Josh Pengelly", "josh.pengelly@torbay.gov.uk"), MB("torbay", "early_help_duty"),
                      "RE: Received [SB-torbay-1874]", "2034-10-31 10:05:00")
    add(f, mail(f, top, body), "torbay", "early_help_duty", "2034-10-31 10:05:00", 3, "ordinary", "follow_up", False,
        None, [], [ch("Harvey Luxton")], [], None, True, [], None, "attach_to_request",
        "Reply to [SB-torbay-1874] adding the TM's agreement ('has now agreed') -> follow_up, manager_agreed true -> "
        "attach_to_request. First mail after the clock change: +0000. | Rule: DESIGN 'kind': follow_up -> attach_to_request.")

RULE_H_DOWN = ("Herefordshire seed 003 'New Early Help Assessment Step-Down' (written consent, key person, step-down plan "
               "within two weeks; sibling groups); REQUIREMENTS.md herefordshire step_down.")
RULE_H_UP = "Herefordshire seed 003 defines no step-up (REQUIREMENTS.md: 'step_up is not defined by this seed') -> human_review; missing []."


def herefordshire_01():
    f = "herefordshire_01.eml"
    body = T("""
Dear Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan (level 3) for the Barker sibling group,
following my discussion with Hannah in the co-ordinator team last Tuesday.

Children: Oliver Barker (DOB 08/08/2018), Amelia Barker (DOB 29/03/2021). Mosaic 602214 and 602215.

Dad serves at Stirling Lines (Credenhill) and is often away at short notice; mum had a period of severe
anxiety over the summer. The family are in service family accommodation on the patch and well supported now.

Mum has signed the written consent form (attached). Key person: Mrs Sarah Price, Family Support Worker,
Credenhill Forces Families Hub (HIVE), who has agreed to lead.

Many thanks
Owen Pritchard
Social Worker, Herefordshire Council
""")
    atts = [pdf_att("Consent form signed - Barker.pdf", "Early Help consent form",
                    ["I consent to my family receiving Early Help support.", "Signed: L Barker  Date: 04/12/2034"]),
            docx_att("EHA step-down plan - Barker.docx", ["# Early Help Assessment step-down plan",
                                                           "What needs to happen / by whom / outcome / timescale"])]
    top = outlook_top(f, addr("Owen Pritchard", "owen.pritchard@herefordshire.gov.uk"),
                      MB("herefordshire", "early_help_duty"), "Step down plan - Barker siblings", "2034-12-05 11:15:00")
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", "2034-12-05 11:15:00", 4, "ordinary",
        "step_down", False, 3, ["602214", "602215"],
        [ch("Oliver Barker", "2018-08-08", "08/08/2018"), ch("Amelia Barker", "2021-03-29", "29/03/2021")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down: signed consent form .pdf, plan .docx, key person with agency -> "
        "nothing missing; level 3 stated; discussed with a co-ordinator (panel note only). Mum's anxiety -> "
        "parental_mental_health. | Rule: " + RULE_H_DOWN)


def herefordshire_02():
    f = "herefordshire_02.eml"
    body = T("""
To MASH,

Step up request - Craig family, Mosaic 611870.
Children: Tyler Craig (DOB 16/05/2020) and Bella Craig (DOB 02/02/2032).

I did a home visit at 4pm today. Dad (ex-Royal Engineers) answered the door drunk - slurring, could barely
stand - with a can in his hand and an empty bottle of rum on the side. Bella (2) was on the kitchen floor
playing with his lighter and a kitchen knife was on the low table. He then fell asleep on the sofa while I was
there and I couldn't wake him properly. Tyler (14) came in from school at 4.40 and said "he's like this every
night now".

Mum is a nurse on a night shift at the County Hospital from 7pm to 7.30am and says there is nobody else to
have the children tonight. She said "he'll be fine, he always is". I had to leave at 5.15.

I'd like this stepped up to social care.

Ffion Morgan
Early Help Family Worker, Herefordshire
""")
    top = outlook_top(f, addr("Ffion Morgan", "ffion.morgan@herefordshire.gov.uk"), MB("herefordshire", "mash_step_up"),
                      "Step up - Craig - Mosaic 611870", "2034-10-17 17:32:00")
    add(f, mail(f, top, body), "herefordshire", "mash_step_up", "2034-10-17 17:32:00", 3, "urgent", "step_up", True,
        None, ["611870"], [ch("Tyler Craig", "2020-05-16", "16/05/2020"), ch("Bella Craig", "2032-02-02", "02/02/2032")],
        ["neglect", "substance_misuse"], None, None, [], None, "alert_duty",
        "A VETERAN DRINKING HEAVILY, IN CHARGE TONIGHT: unrousable drunk with a 2-year-old playing with his lighter, a "
        "knife in reach, mother on a night shift until 7.30am, no other carer. No alarm word. A step-up to Herefordshire, "
        "whose seed defines none (missing [] for an undefined kind); urgent -> alert_duty. 'Tyler (14)' with DOB "
        "16/05/2020 is 14 at now. | Rule: " + RULE_URG + " " + RULE_H_UP)


def herefordshire_03():
    f = "herefordshire_03.eml"
    body = T("""
Dear Early Help team,

A short update as agreed at the last MAG for the Lloyd family (Mosaic 598803).

Mr Lloyd (veteran, 2 Rifles) started the Op COURAGE high-intensity programme in July. His night terrors, which
led to the incident in February when he woke shouting and put his fist through the bedroom window, have
reduced from most nights to about one a fortnight, and he now sleeps in the spare room on bad nights as agreed
in the safety plan. He has sold his shotgun voluntarily. The children, Seren and Rhodri, are doing well at
school and mum reports no worries.

No current concerns from us. Our caseworker will keep supporting him until the spring.

Kind regards
Bethan Hughes
Caseworker, Veterans' Pathway Wales and Borders (charity)
""")
    top = outlook_top(f, addr("Bethan Hughes", "bethan.hughes@veteranspathway.example.org.uk"),
                      MB("herefordshire", "early_help_duty"), "Lloyd family - update from Veterans' Pathway",
                      "2034-11-30 10:40:00", mid_domain="veteranspathway.example.org.uk")
    add(f, mail(f, top, body), "herefordshire", "early_help_duty", "2034-11-30 10:40:00", 5, "near_miss", "other", False,
        None, ["598803"], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A VETERANS' CHARITY UPDATE: February's night-terror incident is history, treatment working, shotgun "
        "sold, 'No current concerns'. Not a step request -> other -> human_review. Children named by first name only -> "
        "not labelled. 'Mosaic 598803' -> bare number. | Rule: " + RULE_NEAR)


def herefordshire_04():
    f = "herefordshire_04.eml"
    body = T("""
Hi all,

Step-down to Early Help for Lewis Bowen (DOB 13/09/2022), Mosaic 615502.

Following the C&F assessment (decision 28/11/2034) we're agreed a step-down to Early Help is right. Dad is a
retained firefighter at Leominster and mum works nights in the care home - the worry was Lewis being left with
a series of teenage babysitters; that's now covered by his nan.

Key person: Mr Gethin Rees, Family Support Worker, Leominster Family Hub - he's agreed.

I'll ask mum for her written consent at my visit next Thursday and I'll get the step-down plan done after that.

Thanks
Carys Watkins
Social Worker, Herefordshire Council
""")
    top = outlook_top(f, addr("Carys Watkins", "carys.watkins@herefordshire.gov.uk"), MB("herefordshire", "early_help_duty"),
                      "Step-down - Lewis Bowen", "2034-12-01 15:25:00")
    add(f, mail(f, top, body), "herefordshire", "early_help_duty", "2034-12-01 15:25:00", 6, "ordinary", "step_down",
        False, None, ["615502"], [ch("Lewis Bowen", "2022-09-13", "13/09/2022")], [], None, None,
        ["consent_form", "draft_plan"], None, "request_info",
        "Herefordshire step-down with the key person named but CONSENT STILL TO BE ASKED ('I'll ask mum ... next "
        "Thursday') -> consent null, consent_form missing; plan to follow -> draft_plan missing -> request_info. No level "
        "stated -> null. Past babysitting arrangement now covered -> no concern labelled. | Rule: " + RULE_H_DOWN)


def herefordshire_05():
    f = "herefordshire_05.eml"
    body = T("""
Hello,

I'm a support worker at a veterans' mental health charity. I've just come off the phone (17:40) with Claire
Hollis, wife of one of our veterans, Martin Hollis (ex-Special Forces).

She says that at teatime Martin told her, very calmly, in front of the children: "I know how to make it look
like an accident. They trained me to. Nobody would ever know." He then took her car keys and her phone charger
and locked the back door. She was ringing from the bathroom at the neighbour's. Their children, Sophie Hollis
(11) and Noah Hollis (9), are in the house with him now. She is terrified of what he was trained to do and
says he has not been taking his medication for two weeks.

Address: The Old Forge, Kingstone, Hereford HR2.

Aled Rowlands
Support Worker, Forces Minds (registered charity)
07700 900512
""")
    top = outlook_top(f, addr("Aled Rowlands", "aled.rowlands@forcesminds.example.org.uk"),
                      MB("herefordshire", "mash_step_up"), "Claire and Martin Hollis - children at home",
                      "2034-10-30 17:58:00", mid_domain="forcesminds.example.org.uk")
    add(f, mail(f, top, body), "herefordshire", "mash_step_up", "2034-10-30 17:58:00", 2, "urgent", "other", True, None,
        [], [ch("Sophie Hollis"), ch("Noah Hollis")], ["domestic_abuse", "parental_mental_health"], None, None, [], None,
        "alert_duty",
        "A PARTNER'S FEAR OF HIS TRAINING, TONIGHT: a veteran threatens 'I know how to make it look like an accident', "
        "takes her keys, locks the door; an 11- and a 9-year-old are in the house with him now. No alarm word. -> other; "
        "urgent -> alert_duty (out of hours). First Monday after the clock change: +0000. | Rule: " + RULE_URG)


def herefordshire_06():
    f = "herefordshire_06.eml"
    body = T("""
Dear co-ordinators,

Level 3 step-down plan for Jac Vaughan (DOB 06/06/2020), Mosaic 609117, sent after our drop-in discussion.

For context only: in 2032 the police were called when Mr Vaughan, then just back from Afghanistan, had a
flashback and barricaded himself in the garage overnight. That was fully investigated, he has had two years of
treatment, there have been no incidents since and he is now a reservist instructor. It is not a current concern.

The current need is Jac's speech and language delay (EHCP being assessed).

Signed consent form and the plan are attached. Key person: Miss Lowri Evans, SENCo, Kingsland Primary.

Thanks
Rhian Bevan
Social Worker, Herefordshire
""")
    atts = [pdf_att("Consent - Vaughan signed.pdf", "Written consent to Early Help", ["Signed: K Vaughan"]),
            docx_att("Step-down plan Jac Vaughan.docx", ["# Early Help Assessment step-down plan", "SALT; EHCP; routines."])]
    top = outlook_top(f, addr("Rhian Bevan", "rhian.bevan@herefordshire.gov.uk"), MB("herefordshire", "early_help_duty"),
                      "Step-down plan - Jac Vaughan", "2034-09-25 14:10:00")
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", "2034-09-25 14:10:00", 3, "near_miss",
        "step_down", False, 3, ["609117"], [ch("Jac Vaughan", "2020-06-06", "06/06/2020")], ["disability_send"], True,
        None, [], None, "book_meeting",
        "NEAR MISS - A HISTORIC FLASHBACK INCIDENT ALREADY DEALT WITH (2032, 'not a current concern'). Complete "
        "Herefordshire step-down (consent form, plan, key person) -> book_meeting; level 3 stated; speech delay / EHCP "
        "-> disability_send. | Rule: " + RULE_NEAR + " " + RULE_H_DOWN)


def herefordshire_07():
    f = "herefordshire_07.eml"
    body = T("""
Dear MASH,

I would like to step the Morris family up from Early Help to social care. Dad (Army, 1 Mercian) has been
posted to Cyprus unaccompanied for six months and mum's mental health has deteriorated: she is not getting
out of bed on some days and Grace Morris (DOB 19/11/2019) is missing school to look after her little brother
(DOB 03/07/2028, Harry Morris).

Mum consents to the referral. My manager, Dylan Price, does not agree - he thinks it is still Early Help -
but said I could send it for MASH's view. Mosaic 613390.

Kind regards
Megan Jones
Early Help Worker, Herefordshire
""")
    top = outlook_top(f, addr("Megan Jones", "megan.jones@herefordshire.gov.uk"), MB("herefordshire", "mash_step_up"),
                      "Step up - Grace Morris", "2034-11-14 09:50:00")
    add(f, mail(f, top, body), "herefordshire", "mash_step_up", "2034-11-14 09:50:00", 5, "ordinary", "step_up", False,
        None, ["613390"], [ch("Grace Morris", "2019-11-19", "19/11/2019"), ch("Harry Morris", "2028-07-03", "03/07/2028")],
        ["parental_mental_health", "school_attendance", "young_carer"], True, False, [], None, "human_review",
        "Herefordshire STEP-UP, which the seed does not define -> human_review, missing []. Mum consents -> true; MANAGER "
        "REFUSED ('does not agree') -> manager_agreed false. Grace caring and missing school -> young_carer, school_attendance; mum -> parental_mental_health. "
        "| Rule: " + RULE_H_UP)


def herefordshire_08():
    f = "herefordshire_08.eml"
    body = T("""
hi its Ruby Powell from year 7. you said if it happens again i should email you

dad is back from ops since sunday and he is in the garage with the gun again. he keeps saying "nobodys
taking me, i'll take the lot of us first". mum is at work on the ambulance till 7 in the morning. me and my
brother Josh Powell (hes 8) are in my room with the chair against the door. i dont want to ring mum cos she
will crash. what do i do
""")
    top = plain_top(f, addr("Ruby Powell", "r.powell@student.wyebridge.example.sch.uk"),
                    MB("herefordshire", "early_help_duty"), "(no subject)", "2034-11-27 20:33:00",
                    "student.wyebridge.example.sch.uk", None,
                    extra=[("Cc", "h.watkins@herefordshire.gov.uk")])
    add(f, mail(f, top, body, crlf=False), "herefordshire", "early_help_duty", "2034-11-27 20:33:00", 1, "urgent",
        "other", True, None, [], [ch("Ruby Powell"), ch("Josh Powell")], ["parental_mental_health"], None, None, [],
        None, "alert_duty",
        "THE CHILD'S OWN WORDS AT 20:33: a 12-year-old writes that dad, back from operations, is in the garage with a gun "
        "saying 'i'll take the lot of us first'; paramedic mum on nights; she and her 8-year-old brother barricaded in "
        "her room. No alarm word. -> other; urgent -> alert_duty (out of hours). | Rule: " + RULE_URG)

# ============================================================================ checks
import holidays, yaml
WINDOW = (date(2034, 9, 4), date(2034, 12, 15))
BRIEF_NOTE = "early September to about Friday 15 December 2034"
BANK_HOLIDAYS = {d: n for d, n in holidays.country_holidays("GB", subdiv="ENG", years=[2034, 2035]).items()}
EXPECTED_BH_2034 = {date(2034, 1, 1), date(2034, 1, 2), date(2034, 4, 7), date(2034, 4, 10), date(2034, 5, 1),
                    date(2034, 5, 29), date(2034, 8, 28), date(2034, 12, 25), date(2034, 12, 26)}
BST_END = date(2034, 10, 29)
ALARM = re.compile(r"urgent|immediate|emergenc|at risk|risk of harm|danger|\basap\b|\brisk", re.I)
CONCERNS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
            "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation", "school_attendance",
            "young_carer", "disability_send"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
KNOWSLEY_COUNTS = {  # file: (working days, plain weekdays)
    "knowsley_01.eml": (6, 6), "knowsley_02.eml": (5, 5), "knowsley_05.eml": (4, 4), "knowsley_07.eml": (10, 13)}
CFG = "/work/main/config/authorities"


def working_days(today, meeting):
    n, d = 0, today
    while d < meeting:
        d += timedelta(days=1)
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n += 1
    return n

def plain_weekdays(today, meeting):
    return sum(1 for i in range(1, (meeting - today).days + 1) if (today + timedelta(days=i)).weekday() < 5)

def req_ids(authority, kind, level):
    y = yaml.safe_load(open(os.path.join(CFG, authority + ".yaml")))
    k = y["kinds"].get(kind)
    if not k or k.get("defined") is False:
        return None
    ids = set()
    for r in k.get("requirements", []):
        w = r.get("when") or {}
        if "level" in w and w["level"] != (level or k.get("default_level")):
            continue
        if "stated" in w:          # exceptions the packs add (assessment_route, ...): no message relies on them
            continue
        ids.add(r["id"])
    return ids

def expected_action(e, authority):
    if e["urgent"]:
        return "alert_duty"
    if e["kind"] == "auto_reply":
        return "ignore"
    if e["kind"] == "meeting_reply":
        return "record_reply"
    if e["kind"] == "follow_up":
        return "attach_to_request"
    if e["kind"] == "other" or req_ids(authority, e["kind"], e["level"]) is None:
        return "human_review"
    if e["missing"] or e["notice_ok"] is False:
        return "request_info"
    return "book_meeting"

def check():
    errors = []
    err = errors.append
    if {d for d in BANK_HOLIDAYS if d.year == 2034} != EXPECTED_BH_2034:
        err("set: 2034 bank holidays differ from the expected list")
    inside = [d for d in BANK_HOLIDAYS if WINDOW[0] <= d <= WINDOW[1]]
    if inside:
        err("set: bank holidays inside the window: %s" % inside)
    if not (WINDOW[0].weekday() == 0 and WINDOW[1].weekday() == 4):
        err("set: window must run Monday to Friday")
    # BST ends on the last Sunday of October 2034
    if max(date(2034, 10, d) for d in range(25, 32) if date(2034, 10, d).weekday() == 6) != BST_END:
        err("set: BST end")
    cats = {"urgent": 0, "near_miss": 0, "ordinary": 0}
    per_auth = {}
    for lab in LABELS:
        f, a, e = lab["file"], lab["authority"], lab["expect"]
        per_auth[a] = per_auth.get(a, 0) + 1
        cats[CATS[f]] += 1
        raw = FILES[f]
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            if part.defects:
                err("%s: MIME defects %s" % (f, part.defects))
        for h in ("Message-ID", "Date", "From", "To", "Subject"):
            if not msg[h]:
                err("%s: no %s" % (f, h))
        d = email.utils.parsedate_to_datetime(msg["Date"])
        loc = d.astimezone(LON)
        if d.utcoffset() != loc.utcoffset():
            err("%s: Date offset %s is not Europe/London's %s" % (f, d.utcoffset(), loc.utcoffset()))
        if not (WINDOW[0] <= loc.date() <= WINDOW[1]):
            err("%s: Date outside the window" % f)
        if loc.weekday() >= 5:
            err("%s: Date on a weekend" % f)
        if loc.date() in BANK_HOLIDAYS:
            err("%s: Date on a bank holiday" % f)
        now = datetime.fromisoformat(lab["now"])
        if now.utcoffset() != d.utcoffset():
            err("%s: now offset differs from the Date header's" % f)
        if not timedelta(minutes=1) <= now - d <= timedelta(minutes=10):
            err("%s: now not 1-10 minutes after Date" % f)
        addrs = (str(msg["To"] or "") + " " + str(msg["Cc"] or "")).lower()
        if MAILBOXES[(a, lab["mailbox"])].lower() not in addrs:
            err("%s: mailbox address not in To/Cc" % f)
        text = readable(msg)
        # labels
        if e["kind"] not in KINDS:
            err("%s: kind" % f)
        if e["urgent"] != (CATS[f] == "urgent"):
            err("%s: urgent vs category" % f)
        if e["urgent"] and ALARM.search(text):
            err("%s: urgent mail uses an alarm word: %r" % (f, ALARM.search(text).group(0)))
        if e["concerns"] != sorted(set(e["concerns"])) or set(e["concerns"]) - CONCERNS:
            err("%s: concerns" % f)
        if e["missing"] != sorted(set(e["missing"])):
            err("%s: missing not sorted/unique" % f)
        ids = req_ids(a, e["kind"], e["level"]) if e["kind"] in ("step_up", "step_down") else None
        if ids is None and e["missing"]:
            err("%s: missing must be [] for this kind" % f)
        if ids is not None:
            if set(e["missing"]) - ids:
                err("%s: missing ids %s not in %s's YAML for %s" % (f, set(e["missing"]) - ids, a, e["kind"]))
            for fact, val in (("consent", e["consent"]), ("manager_agreed", e["manager_agreed"])):
                if fact in ids and ((val is not True) != (fact in e["missing"])):
                    err("%s: %s label vs missing" % (f, fact))
            if a == "knowsley" and e["kind"] == "step_up":
                for doc, con in (("gcp2", "neglect"), ("engaging_families", "non_engagement"),
                                 ("exploitation_assessment", "exploitation")):
                    if doc in e["missing"] and con not in e["concerns"]:
                        err("%s: %s missing without %s" % (f, doc, con))
                if ("case_id" in e["missing"]) != (not e["case_ids"]):
                    err("%s: case_id" % f)
        if e["level"] is not None and (e["kind"] != "step_down" or e["level"] not in (2, 3)):
            err("%s: level" % f)
        if e["next_action"] != expected_action(e, a):
            err("%s: next_action %s != %s" % (f, e["next_action"], expected_action(e, a)))
        # notice
        m = META[f]["meeting"]
        if a == "knowsley" and e["kind"] in ("step_up", "step_down"):
            if m is None:
                err("%s: Knowsley step request without a meeting date" % f)
            else:
                wd = working_days(now.astimezone(LON).date(), m)
                if e["notice_ok"] != (wd >= 5):
                    err("%s: notice_ok %s but %d WD" % (f, e["notice_ok"], wd))
                if (wd, plain_weekdays(now.astimezone(LON).date(), m)) != KNOWSLEY_COUNTS[f]:
                    err("%s: Knowsley count %s differs from the table" % (f, wd))
                if m.weekday() >= 5 or m in BANK_HOLIDAYS:
                    err("%s: meeting on a weekend or bank holiday" % f)
        elif e["notice_ok"] is not None:
            err("%s: notice_ok should be null" % f)
        # names, ids, dobs
        for c in META[f]["children"]:
            if c["name"] not in text:
                err("%s: child %s not in text" % (f, c["name"]))
            if c["dob"]:
                if c["_w"] not in text:
                    err("%s: DOB %s as written not in text" % (f, c["_w"]))
                dob = date.fromisoformat(c["dob"])
                for fmt in ("%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d", "%d %B %Y"):
                    try:
                        if datetime.strptime(c["_w"], fmt).date() != dob:
                            err("%s: DOB %s parses to another date" % (f, c["_w"]))
                        break
                    except ValueError:
                        continue
                else:
                    err("%s: DOB %s unparsed" % (f, c["_w"]))
                age = (now.date() - dob).days / 365.25
                if not 0 <= age < 18:
                    err("%s: %s is not a child at now" % (f, c["name"]))
        pos = [text.find(c["name"]) for c in META[f]["children"]]
        if pos != sorted(pos):
            err("%s: children not in order of appearance" % f)
        for cid in e["case_ids"]:
            if cid not in text:
                err("%s: case id %s not in text" % (f, cid))
            if not re.fullmatch(r"(EHM-|ICS-|LCS-)?\d{6,7}|EHM-\d{5}", cid):
                err("%s: case id %s has no case-system form" % (f, cid))
        subj = str(msg["Subject"])
        if (e["kind"] == "follow_up") != bool(re.search(r"\[SB-[a-z_]+-\d+\]", subj)):
            err("%s: [SB-] reference vs follow_up" % f)
        cal_reply = [p for p in msg.walk() if p.get_content_type() == "text/calendar"
                     and p.get_param("method") == "REPLY"]
        if (e["kind"] == "meeting_reply") != (len(cal_reply) == 1):
            err("%s: meeting_reply vs iTIP REPLY" % f)
        if (e["kind"] == "auto_reply") != bool(msg["Auto-Submitted"]):
            err("%s: auto_reply vs Auto-Submitted" % f)
        if set(e) != {"kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed",
                      "missing", "notice_ok", "next_action"}:
            err("%s: label keys" % f)
    if cats["urgent"] < 11 or cats["near_miss"] < 11 or sum(cats.values()) != 40:
        err("set: category counts %s" % cats)
    if set(per_auth.values()) != {8} or len(per_auth) != 5:
        err("set: 8 per authority %s" % per_auth)
    return errors


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
           "offsets %s" % dict(Counter(l["now"][-6:] for l in LABELS))]
    for f in sorted(META):
        if META[f]["meeting"]:
            l = next(x for x in LABELS if x["file"] == f)
            t = datetime.fromisoformat(l["now"]).date()
            out.append("  %s now %s meeting %s: %d WD, %d plain" % (f, t, META[f]["meeting"],
                       working_days(t, META[f]["meeting"]), plain_weekdays(t, META[f]["meeting"])))
    return "\n".join(out)


def main():
    for name, fn in sorted(globals().items()):
        if re.match(r"^(knowsley|richmond_wandsworth|tower_hamlets|torbay|herefordshire)_\d\d$", name):
            fn()
    errors = check()
    if errors:
        print("SELF-CHECK FAILED:", *errors, sep="\n  ")
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
    print("wrote %d messages; all self-checks passed" % len(FILES))

if __name__ == "__main__":
    main()
