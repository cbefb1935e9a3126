#!/usr/bin/env python3
"""mixed97: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the spring term of 2044 (Monday 4 January - Thursday 14 April 2044, the Thursday before Easter), in sports
clubs, leisure centres, swimming pools, gyms and holiday activity clubs.

Clock: GMT (+0000) until Sunday 27 March 2044, BST (+0100) after. Bank holidays from the `holidays` package
(required): none falls inside the window; Good Friday 15 April and Easter Monday 18 April 2044 follow it, and two
Knowsley notice counts are worked across them.

Deterministic (no clock, no randomness). Run with /work/main/.venv/bin/python make_set.py [--stats]. The MIME, Word
HTML, PDF, .docx, iCalendar, out-of-office, NDR, quote-chain, working-day and readable-text helpers and the per-file
label checks are copied from /work/main/tests/data/mixed27/make_set.py and adapted (window, bank holidays, clock,
checks). Every label was set by hand from the specification; the self-checks verify them against its rules and STOP
on any error before anything is written.
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
    """Local (Europe/London) wall-clock time: GMT (+0000) until 01:00 UTC on Sunday 27 March 2044, BST (+0100)
    after. The self-check asserts every Date header's offset against Europe/London's."""
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
            zi = zipfile.ZipInfo(name, date_time=(2044, 1, 2, 0, 0, 0))
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




# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2044-04-12 10:14:22"
    body = T("""
Hi all,

Please find attached the step up request for Tyler Brennan (DOB 09/11/2032), EHM case ID EHM-60318.

Tyler is 11 and plays for the Under-12s at Huyton Juniors FC. The club's welfare officer first raised it with school
in January: he turns up in the same kit week after week, his boots have split, he asks the other parents for food
after training and twice he has been left at the ground after the 8pm finish until a coach drove him home. At home
there is very little food in, the house is cold and mum has not engaged with the TAF actions on the home conditions.
The Graded Care Profile 2 was completed with mum on 30/03 and scores 4 in nutrition, housing and safety.

Attached: FF Step Up request to CSC (Appendix 1), GCP2 and the minutes of the last TAF meeting (23/03).
I discussed the step up with my team manager, Lorraine Keddie, in supervision yesterday and she agreed it.

The step up TAF meeting invite is attached - Wednesday 20 April at 10am on Teams, the Wednesday after the bank
holidays.

Thanks,
Gemma

Gemma Tierney
Family First Case Manager (Level 3) | Knowsley Council
0151 496 0733
""") + KDISC
    cal = ics("REQUEST", f, dt(when), "20440420T100000", "20440420T113000", "Step up TAF meeting - Tyler Brennan",
              "Microsoft Teams Meeting", "Step up TAF meeting for Tyler Brennan, EHM-60318. Chair: MASH social worker.",
              ("Gemma Tierney", "Gemma.Tierney@" + KDOM),
              [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH Business Support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    atts = [docx_att("FF Step Up request to CSC - Brennan.docx", appendix1([
                ("Child's name and DOB:", "Tyler Brennan 09/11/2032"), ("Case ID on EHM:", "EHM-60318"),
                ("What are we worried about?", "Tyler's basic care: food, clothes, a warm house, being collected."),
                ("What is working well?", "Tyler loves football and the club look out for him."),
                ("What needs to happen?", "A Child and Family Assessment by CSC."),
                ("Date of step up TAF meeting:", "Wednesday 20/04/2044 10:00, Teams"),
                ("Recent TAF meeting minutes attached:", "Yes - 23/03/2044"),
                ("Team Manager agreement:", "Lorraine Keddie, agreed 11/04/2044")])),
            pdf_att("GCP2 - Brennan 30.03.2044.pdf", "Graded Care Profile 2 - summary",
                    ["Child: Tyler Brennan", "Completed with mum 30/03/2044",
                     "Nutrition 4, Housing 4, Clothing 3, Hygiene 3, Safety 4, Love and care 2"]),
            docx_att("TAF minutes 23.03.2044 - Brennan.docx", ["# TAF meeting minutes", "Tyler Brennan",
                     "Present: Gemma Tierney (FF), school, Huyton Juniors FC welfare officer. Mum did not attend."])]
    top = outlook_top(f, addr("Tierney, Gemma", "Gemma.Tierney@" + KDOM),
                      "%s, %s" % (addr("Knowsley MASH", KMASH), addr("MASH Business Support", KBS)),
                      "Step up TAF meeting - Tyler Brennan - EHM-60318", when)
    add(f, itip_request_mail(f, top, body, cal, atts), "knowsley", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["EHM-60318"], [ch("Tyler Brennan", "2032-11-09", "09/11/2032")],
        ["neglect"], None, True, [], False, "request_info",
        "Complete Knowsley step-up for neglect (form, GCP2, TAF minutes attached; TM agreed; EHM id) sent with a "
        "Teams invitation for Wed 20 April 10:00. NOTICE ACROSS EASTER, DECISIVE: from Tue 12 April the working days "
        "are Wed 13, Thu 14, Tue 19, Wed 20 = 4 (Good Friday 15 and Easter Monday 18 April are bank holidays; 6 plain "
        "weekdays) < 5 -> notice not ok -> request_info. No consent stated -> null (not required for a Knowsley step-up).",
        meeting=date(2044, 4, 20), not_children=["Gemma Tierney", "Lorraine Keddie"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2044-04-08 15:30:05"
    blocks = [
        "Hello Family First duty,", "",
        "I am writing to step down Ruby and Alfie Kinsella to Family First at {{Level 3}}. Details below.", "",
        ("table", [["Child", "DOB", "ICS ID"], ["Ruby Kinsella", "21/02/2034", "1837264"],
                   ["Alfie Kinsella", "05/08/2036", "1837265"]]), "",
        "{{Joint home visit:}} Tuesday 19 April 2044 at 10:00, at the family home, 22 Cherryfield Drive, Kirkby L32 8RT.", "",
        "{{Consent:}} Mum (Shannon Kinsella) has consented to the referral to Family First; she signed the form at the "
        "CIN review on 6 April.", "",
        ("h", "What are we worried about?"),
        "Mum's low mood since the winter. When she is low the children miss swimming club and Ruby does the tea.", "",
        ("h", "What is working well?"),
        "Mum is back with her GP and the talking therapy. Ruby's swimming coach gives the children a lift to Kirkby "
        "pool on Saturdays with mum's agreement and the club know the plan.", "",
        ("h", "What needs to happen?"),
        "A Family First case manager to hold a TAF with school, the GP and the swimming club; a young carers "
        "assessment for Ruby.", "",
        "Thanks,", "Adele", "",
        "Adele Morrow | Social Worker | CIN Team (Kirkby) | Knowsley Council | 0151 496 0180", "", KDISC]
    top = outlook_top(f, addr("Morrow, Adele", "Adele.Morrow@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down L3 - Kinsella - JHV 19/04", when)
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 3, ["1837264", "1837265"],
        [ch("Ruby Kinsella", "2034-02-21", "21/02/2034"), ch("Alfie Kinsella", "2036-08-05", "05/08/2036")],
        ["parental_mental_health", "young_carer"], True, None, [], True, "book_meeting",
        "Word-HTML Knowsley level 3 step-down: ICS ids in a table, joint home visit with date, time and venue, "
        "mum's signed consent, all three Signs of Safety headings -> nothing missing. NOTICE ACROSS EASTER: from "
        "Fri 8 April to Tue 19 April the working days are 11, 12, 13, 14 and 19 April = exactly 5 (Good Friday and "
        "Easter Monday excluded; 7 plain weekdays) -> ok -> book_meeting. The coach's lift is agreed and known "
        "(not a concern).", meeting=date(2044, 4, 19), not_children=["Adele Morrow", "Shannon Kinsella"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2044-03-02 11:05:40"
    body = T("""
Morning,

Step down to Level 2 for Kayden Rimmer (DOB 03/07/2029), ICS ID 1790452.

Final CIN meeting: Wednesday 9th March at 2pm, Huyton Family Hub, Seel Road.

The new Lead Practitioner will be Joe Halloran, youth worker at Kirkby Amateur Boxing Club (Positive Futures
project), who has agreed to take on the Early Help Assessment. Dad has agreed to the step down.

What are we worried about?
Kayden's attendance (71% this term) and the lads he was hanging around with at the retail park in the autumn.

What needs to happen?
Joe to lead a TAF with school; Kayden to keep up the three sessions a week at the boxing club; attendance
meeting with the EWO before Easter.

Cheers
Dean

Dean Fairhurst
Social Worker | Child in Need Team | Knowsley Council
""") + KDISC
    top = plain_top(f, addr("Fairhurst, Dean", "Dean.Fairhurst@" + KDOM), addr("FamilyFirst0-18DutyMailbox", KFF),
                    "Step down L2 - Kayden Rimmer", when, KDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 2, ["1790452"], [ch("Kayden Rimmer", "2029-07-03", "03/07/2029")],
        ["school_attendance"], True, None, ["worries_strengths_next"], True, "request_info",
        "Knowsley level 2 step-down: the final CIN meeting has date, time and venue; the lead practitioner is named "
        "with his agency; but 'What is working well?' is never answered, so worries_strengths_next is missing "
        "(REQUIREMENTS: all three headings). Notice from Wed 2 March to Wed 9 March = 5 WD -> ok. 'Dad has agreed to "
        "the step down' -> consent true (not a level 2 requirement).",
        meeting=date(2044, 3, 9), not_children=["Dean Fairhurst", "Joe Halloran"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2044-01-21 20:40:12"
    text = T("""
Hi I'm a lifeguard at Kirkby leisure centre, I got this email off your website, sorry if it's the wrong one.

Lily-Mae Corkhill, 14, from the 7pm squad came to me at the poolside crying. She said the squad coach Gary touched her in the changing room after the session, he came into the girls side when everyone else had gone and put his hand down her costume. She's asked me not to tell anyone.

The thing is he's her lift home, her mum works nights at the hospital and Gary drops her off every Thursday. He's sat in his car outside now waiting for her. She's in the staff room with my supervisor but we close at 9.15.

We don't know what we're allowed to do. Can someone ring me on 07700 900418.

Connor
Sent from my iPhone
""")
    top = plain_top(f, addr("Connor Dwyer", "connordwyer_lg@icloud.com"), addr(None, KMASH),
                    "girl at the pool says coach touched her", when, "icloud.com", None)
    add(f, iphone_mail(f, top, text), "knowsley", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Lily-Mae Corkhill")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "A lifeguard's iPhone mail at 20:40 (out of hours): a 14-year-old says the squad coach touched her in the "
        "changing room and the same coach is waiting in the car park to drive her home tonight, mum on a night shift -> "
        "immediate risk (DESIGN safety rule 1) -> urgent, alert_duty. Not a step request -> other. No alarm words.",
        not_children=["Connor"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2044-02-16 19:06:30"
    fwd = T("""

________________________________
From: Halewood Holiday Club <halewoodholidayclub@outlook.com>
Sent: 16 February 2044 19:01
To: Quayle, Farid <Farid.Quayle@knowsley.gov.uk>
Subject: Ellie Quinn - not collected

Farid, you're down as Ellie's worker on her booking form so I'm trying you. Ellie (6) is still here with us. It's
7pm, we finished at 5.30. Mum's phone goes straight to voicemail and the second number on the form is dead. Ellie
says mum "went to the pub with Kev". We lock up at 7.15 and the building's empty after that. She's had no tea.

Jackie Wharton
Holiday Club lead
""")
    ack = ack_text("step up", "[SB-knowsley-318]", ["EHM case: EHM-58841", "Child: Ellie Quinn (dob 12/05/2037)",
                   "Step up TAF meeting: Wednesday 24 February 2044 10:00"], [])
    body = T("""
Sending you this from the car - see below from the half-term club. I can't get through to anyone on the MASH line.
I'm 40 mins away. Ellie's the child on this step up.

Farid
""") + fwd + quote("Knowsley MASH <knowsleymash@knowsley.gov.uk>", "10 February 2044 11:42",
                   "Quayle, Farid <Farid.Quayle@knowsley.gov.uk>", "[SB-knowsley-318] Step up received - Quinn", ack)
    top = plain_top(f, addr("Quayle, Farid", "Farid.Quayle@" + KDOM), addr("Knowsley MASH", KMASH),
                    "FW: [SB-knowsley-318] Step up received - Quinn", when, KDOM, "Outlook for Android")
    add(f, mail(f, top, body), "knowsley", "mash_step_up", when, 3,
        "urgent", "follow_up", True, None, ["EHM-58841"], [ch("Ellie Quinn", "2037-05-12", "12/05/2037")],
        ["neglect"], None, None, [], None, "alert_duty",
        "Follow-up on [SB-knowsley-318] from the case manager's phone at 19:06 in half-term: a forwarded note says a "
        "6-year-old is still at the holiday club at 7pm, mum unreachable ('went to the pub'), the club locks up at "
        "7.15 -> a real child with nobody tonight -> urgent, alert_duty (safety rule 1 reads forwarded parts). "
        "Child and EHM id from the quoted acknowledgement. No alarm words.",
        not_children=["Farid", "Jackie Wharton"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2044-01-11 09:30:00"
    html_body = LAYOUT_HEAD + T("""
<h2 style="font-family:Arial">Safe Clubs Bulletin - January 2044</h2>
<p>Knowsley Sport &amp; Physical Activity Partnership - for club welfare officers and partners</p>
<h3 style="font-family:Arial">1. Updated model safeguarding policy</h3>
<p>The model policy for junior clubs has been refreshed. Section 6 now lists behaviours every welfare officer
should recognise and report, for example: a coach messaging a child privately on social media; offering lifts
or &quot;trials&quot; at a private address; arranging overnight stays without other adults; changing-room
supervision by a single adult; and unexplained bruising noticed at training. None of these examples refers to
a real club or child.</p>
<h3 style="font-family:Arial">2. DBS renewals</h3>
<p>Renewals for coaches whose checks were issued in 2041 fall due this spring.</p>
<h3 style="font-family:Arial">3. Dates</h3>
<p>Welfare officer forum: Thursday 10 March, Huyton Suite, 6pm.</p>
<p style="font-size:8pt">You receive this bulletin because your team is on the partnership's distribution list.</p>
</body></html>
""")
    top = plain_top(f, addr("Knowsley Sport Partnership", "safeclubs@knowsleysport.org.uk"),
                    addr("Knowsley MASH", KMASH), "Safe Clubs Bulletin - January 2044", when,
                    "knowsleysport.org.uk", "Mailchimp", extra=[("List-Unsubscribe", "<mailto:unsubscribe@knowsleysport.org.uk>"),
                                                                ("Precedence", "bulk")])
    add(f, html_only(f, top, html_body), "knowsley", "mash_step_up", when, 8,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "HTML-only partnership bulletin: its policy section lists grooming behaviours as examples about nobody real "
        "-> not urgent (DESIGN: bulletins that list examples must not trigger) -> other, human_review.")

def knowsley_07():
    f = "knowsley_07.eml"; when = "2044-03-22 14:48:10"
    body = T("""
Hello MASH,

Step up request for Harvey Lunt, DOB 22/10/2033, EHM ID EHM-59902. The step up TAF meeting invite is attached for
Wednesday 30 March at 10am (after the clocks go forward - it's 10am UK time).

The concern is non-engagement: mum has cancelled or not been in for 7 of the last 9 visits and Harvey has missed
his last two CAMHS appointments. I used the Engaging Families toolkit with my manager in February; it is attached
and shows mum's engagement dropping since November, with no change after the trusted-adult approach.

You may see on ICS that mum's partner, who runs the boxing club Harvey goes to, has a conviction. For clarity:
it is from 2029, for criminal damage, before he met mum; the club's DBS and the MASH check in January found
nothing relating to children and MASH took no further action. It is not part of this step up.

My team manager, Paul Ashworth, has read the request and agreed the step up.

Attached: Step up form, TAF minutes (01/03/2044), Engaging Families toolkit.

Kind regards
Sinead Byrne
Family First Case Manager | Knowsley Council
""") + KDISC
    cal = ics("REQUEST", f, dt(when), "20440330T100000", "20440330T113000", "Step up TAF - Harvey Lunt",
              "Microsoft Teams Meeting", "Step up TAF meeting, Harvey Lunt, EHM-59902.",
              ("Sinead Byrne", "Sinead.Byrne@" + KDOM),
              [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH Business Support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    atts = [docx_att("Step up form - Lunt.docx", appendix1([("Child's name and DOB:", "Harvey Lunt 22/10/2033"),
                                                            ("Case ID on EHM:", "EHM-59902")])),
            pdf_att("TAF minutes 01.03.2044 Lunt.pdf", "TAF meeting minutes", ["Harvey Lunt", "Mum did not attend."]),
            docx_att("Engaging Families toolkit - Lunt.docx", ["# Engaging Families toolkit", "Harvey Lunt",
                                                                "Engagement score falling since November 2043."])]
    top = outlook_top(f, addr("Byrne, Sinead", "Sinead.Byrne@" + KDOM),
                      "%s, %s" % (addr("Knowsley MASH", KMASH), addr("MASH Business Support", KBS)),
                      "Step up - Harvey Lunt - EHM-59902", when)
    add(f, itip_request_mail(f, top, body, cal, atts), "knowsley", "mash_step_up", when, 4,
        "near_miss", "step_up", False, None, ["EHM-59902"], [ch("Harvey Lunt", "2033-10-22", "22/10/2033")],
        ["non_engagement"], None, True, [], True, "book_meeting",
        "Complete non-engagement step-up (form, TAF minutes, Engaging Families toolkit, TM agreed, EHM id, invite). "
        "Near miss: the boxing-club partner's conviction is historic (2029, criminal damage), checked by MASH with NFA "
        "-> not urgent, not a concern. Notice: Tue 22 March GMT to Wed 30 March BST (clocks change Sun 27 March) = "
        "23, 24, 25, 28, 29, 30 = 6 WD -> ok -> book_meeting.",
        meeting=date(2044, 3, 30), not_children=["Sinead Byrne", "Paul Ashworth"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2044-04-13 16:20:44"
    body = T("""
Thank you for your email. I am on annual leave from Wednesday 13 April and back in the office on Tuesday 19 April.

For anything that cannot wait, please contact the MASH duty social work team on 0151 496 0417.

Bryony Tate
MASH Social Worker | Knowsley Council
""")
    add(f, ooo(f, when, "Tate, Bryony", "Bryony.Tate@" + KDOM, addr("Knowsley MASH", KMASH),
               "[SB-knowsley-331] Step up TAF meeting - please chair", body), "knowsley", "mash_step_up", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Outlook out-of-office (Auto-Submitted: auto-replied) to stepbot's chairing request -> auto_reply, ignore "
        "(safety rule 2: never answered).")


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2044-02-05 16:22:50"
    text = T("""
Hello, I don't know who else to email. My son Kai Osei is 12. His football coach Darren is picking him up at 5 today to drive him to Bristol for an "away trial" tomorrow and they are staying in a hotel tonight, just the two of them. No other boys are going.

I only agreed because Kai begged. Then I saw messages on Kai's tablet where Darren tells him "don't tell your mum about the room, it's our thing" and sends him money. The club secretary just told me there is no trial on the fixture list.

Kai is at Darren's already, he went straight from school. Darren isn't answering me. I'm at work in Kingston till 6.

Abena Osei
07700 900265

Sent from my iPhone
""")
    top = plain_top(f, addr("Abena Osei", "abena.osei84@gmail.com"), addr(None, RSU),
                    "my son Kai and his coach tonight", when, "gmail.com", None)
    add(f, iphone_mail(f, top, text), "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Kai Osei")], ["sexual_harm"], None, None, [], None, "alert_duty",
        "A mother's phone mail at 16:22: the 12-year-old is already with a coach who is taking him to a hotel tonight "
        "alone, with secret messages and money, and no trial exists -> grooming with harm tonight -> urgent, "
        "alert_duty. Not a step request -> other. No alarm words.", not_children=["Abena Osei"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2044-01-26 11:40:15"
    blocks = [
        "Dear MASH colleagues,", "",
        "Following our reflective discussion in the Early Help team, I am stepping up Tobi Adeyemi (DOB 11/06/2033), "
        "Mosaic ID 2716630, to Children's Services. The latest case summary is attached.", "",
        ("h", "Rationale for step up"),
        "Tobi's father runs the kickboxing class Tobi attends on Saturdays. Two parents at the class and Tobi's "
        "teacher have each described dad striking Tobi with pads and his hand during sessions \"to toughen him up\". "
        "Tobi lives with mum in the week and sees dad at weekends. The Early Help plan since September (parenting "
        "work with dad, the club's welfare officer involved) has not changed this: dad has refused the sessions and "
        "the club has now suspended his coaching. Tobi says he doesn't want to go at weekends. There are no current "
        "injuries; Tobi next sees dad on Saturday 6 February, and mum has agreed he will not go before then.", "",
        "I have agreed this step up as the Early Help team manager. Mum knows we are making this request.", "",
        "Kind regards,", "Marcus Hale", "Team Manager, Early Help (Wandsworth East)", "", RDISC]
    atts = [docx_att("Case summary - Tobi Adeyemi Jan 2044.docx", ["# Case summary", "Tobi Adeyemi, 11/06/2033",
                     "Mosaic ID 2716630", "Early Help since September 2043: parenting work, club welfare officer."])]
    top = outlook_top(f, addr("Hale, Marcus", "Marcus.Hale@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Tobi Adeyemi - Mosaic 2716630", when)
    add(f, word_mail(f, top, blocks, atts), "richmond_wandsworth", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["2716630"], [ch("Tobi Adeyemi", "2033-06-11", "11/06/2033")],
        ["physical_harm"], None, True, [], None, "book_meeting",
        "Richmond & Wandsworth step-up from the Early Help team manager: case summary attached, rationale under its "
        "own heading -> nothing missing -> book_meeting (stepbot invites within 1 WD). Physical harm by the father "
        "at his kickboxing class, but no current injury and no contact before the meeting is booked -> not urgent. "
        "'Mosaic ID 2716630' -> the bare number. 'Mum knows' is not consent -> null.",
        not_children=["Marcus Hale"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2044-03-10 14:12:33"
    body = T("""
Hi Early Help duty,

Following my call with your duty team manager this morning we agreed a step-down case discussion for Tuesday
15 March at 11am on Teams, for Sienna Marlow (15), DOB 30/09/2028, Mosaic 2580114.

Sienna trains at the gymnastics club about 20 hours a week and her school attendance dropped to 78% in the autumn.
The C&F assessment found no safeguarding concerns at home; the plan is about attendance and balancing training.

Attached: latest case summary and the draft Early Help plan.

Consent: I've explained Early Help to dad; he said he'd think about it over the weekend and let me know. Sienna
herself is keen.

Thanks
Priya Nandakumar
Social Worker, Children's Services (Richmond)
""") + RDISC
    atts = [pdf_att("Case summary - Sienna Marlow.pdf", "Case summary", ["Sienna Marlow 30/09/2028", "Mosaic 2580114"]),
            docx_att("Draft Early Help plan - Marlow.docx", ["# Draft Early Help plan", "Attendance plan with school and club."])]
    top = plain_top(f, addr("Nandakumar, Priya", "Priya.Nandakumar@" + RDOM), addr("Early Help Duty", RED),
                    "Step down - Sienna Marlow", when, RDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 7,
        "ordinary", "step_down", False, None, ["2580114"], [ch("Sienna Marlow", "2028-09-30", "30/09/2028")],
        ["school_attendance"], None, None, ["consent"], None, "request_info",
        "Step-down with the case summary and draft plan attached, but dad 'said he'd think about it' -> consent not "
        "given -> null -> consent missing -> request_info. 'Mosaic 2580114' -> the bare number.",
        not_children=["Priya Nandakumar"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2044-02-29 10:03:18"
    complaint = T("""
From: Lee Frost <leefrost77@hotmail.co.uk>
Sent: 27 February 2044 21:14
To: welfare@barnesrovers.org.uk
Subject: Team selection - formal complaint

To the welfare officer,

My son Jayden Frost has been left out of the Under-14 A team for the third Saturday running. The coach picks his
favourites. This is bullying and it's emotional abuse of my son, and I want it investigated by social services.
Jayden is fine in himself but he is gutted. I want a meeting with the committee.

Lee Frost
""")
    body = T("""
Good morning,

I'm the volunteer welfare officer at Barnes Rovers. I'm forwarding the complaint below because dad asks for it to go
to social services. Having spoken to Jayden and to dad, this is about team selection: there is no suggestion of
anyone hurting Jayden, and the committee will meet dad. I don't think it's one for you but wanted to check.

Kind regards
Ruth Okafor
Welfare Officer, Barnes Rovers JFC
""") + complaint
    top = plain_top(f, addr("Ruth Okafor", "welfare@barnesrovers.org.uk"), addr(None, RSU),
                    "FW: Team selection - formal complaint", when, "barnesrovers.org.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "richmond_wandsworth", "mash_step_up", when, 4,
        "near_miss", "other", False, None, [], [ch("Jayden Frost")], [], None, None, [], None, "human_review",
        "Forwarded parent's complaint about team selection using the words 'bullying' and 'emotional abuse'; the "
        "welfare officer confirms nobody is hurting the child -> near miss, not urgent -> other, human_review.",
        not_children=["Lee Frost", "Ruth Okafor"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2044-03-30 17:45:02"
    ack = ack_text("step down", "[SB-richmond_wandsworth-77]", ["Mosaic: 2649018",
                   "Child: Archie Fenwick (dob 14/08/2036)", "Case discussion: Monday 28 March 2044 14:00"], [])
    body = T("""
Hi,

Adding to this one. The swimming teacher at Putney leisure centre has just phoned me. Archie got to his 4.30 lesson
with bruises on both upper arms - four or five round marks on each, like fingertips, dark. When she asked, he said
"dad will go mad if I tell" and wouldn't get in the pool.

Dad collects him from the lesson at 6. Mum is in hospital this week so it's just dad at home tonight.

I'm on 07700 900731.

Holly Grant
Early Help Practitioner
""") + quote("MASH Step Up / Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>", "24 March 2044 10:05",
             "Grant, Holly <Holly.Grant@richmondandwandsworth.gov.uk>",
             "[SB-richmond_wandsworth-77] Step down received - Fenwick", ack)
    top = outlook_top(f, addr("Grant, Holly", "Holly.Grant@" + RDOM), addr("Early Help Duty", RED),
                      "RE: [SB-richmond_wandsworth-77] Step down received - Fenwick", when)
    add(f, mail(f, top, body), "richmond_wandsworth", "early_help_duty", when, 3,
        "urgent", "follow_up", True, None, ["2649018"], [ch("Archie Fenwick", "2036-08-14", "14/08/2036")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "Reply on [SB-richmond_wandsworth-77] at 17:45 BST: a 7-year-old with fingertip bruising on both arms says "
        "'dad will go mad if I tell', and dad collects him at 6 with nobody else at home -> urgent, alert_duty. "
        "Child and Mosaic id from the quoted acknowledgement. No alarm words.", not_children=["Holly Grant"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2044-01-29 09:12:40"
    add(f, google_reply(f, when, "Tom Aldridge", "tom.aldridge.eh@gmail.com", ("MASH Step Up", RSU), "ACCEPTED",
                        "Step-up case discussion - Adeyemi", "20440202T100000Z", "20440202T110000Z",
                        "Microsoft Teams", "Tue 2 Feb 2044 10am - 11am (GMT)"),
        "richmond_wandsworth", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (ACCEPTED) to the step-up case discussion -> meeting_reply, record_reply.")

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2044-01-18 13:20:27"
    body = T("""
Dear Jasper / Early Help duty,

As agreed on the phone this morning, the step-down case discussion for Maisie Thorne (DOB 04/02/2035,
Mosaic 2603355) is Thursday 21 January at 2pm.

Attached are the latest case summary and the draft plan for Early Help. Mum has consented to Early Help continuing
the plan, and Maisie's school family support worker, Nadia Rowe, will take on the Lead Professional role.

You'll see on Mosaic the LADO referral in November about Maisie's former swimming coach. To be clear, that is
closed: he was suspended while it was looked at, the LADO meeting found the allegation unsubstantiated, he has
since left the club and has no contact with Maisie. The step-down is about mum's anxiety and routines.

Regards
Owen Tilley
Social Worker | Richmond Children's Services
""") + RDISC
    atts = [pdf_att("Latest case summary - Maisie Thorne.pdf", "Case summary", ["Maisie Thorne 04/02/2035"]),
            pdf_att("Draft plan for Early Help - Thorne.pdf", "Draft plan for Early Help", ["Routines, mum's anxiety."])]
    top = plain_top(f, addr("Tilley, Owen", "Owen.Tilley@" + RDOM), addr("Early Help Duty", RED),
                    "Step down - Maisie Thorne - case discussion Thu 21/01", when, RDOM, "Microsoft Outlook 16.0",
                    cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "early_help_duty", when, 6,
        "near_miss", "step_down", False, None, ["2603355"], [ch("Maisie Thorne", "2035-02-04", "04/02/2035")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "Complete step-down (summary and plan attached, consent given, case discussion agreed within 5 days). Near "
        "miss: the coach's LADO matter is closed, unsubstantiated, with no contact -> not urgent and not a concern.",
        not_children=["Owen Tilley", "Nadia Rowe"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2044-04-13 12:00:09"
    text = T("""
Safeguarding in Sport - Level 2 for coaches and volunteers

Thursday 5 May, 6pm-9pm, Wandsworth Civic Suite. Free to clubs in Richmond and Wandsworth.

The evening works through three scenarios:
1. A coach offers a 12-year-old a lift to an "away trial" and an overnight hotel stay, just the two of them.
2. A child tells a lifeguard that a coach touched her in the changing room and the coach is her lift home.
3. A child arrives at training with bruises that do not fit the explanation.
All scenarios are fictional. For each, we ask: who do you tell, and when do you ring the police?

Book through the partnership training portal. Please share with your teams.

Richmond and Wandsworth Safeguarding Children Partnership - training team
""")
    html_body = html_of(text, "Arial")
    top = plain_top(f, addr("SCP Training", "training@rwscp.org.uk"), addr(None, RSU),
                    "Training: Safeguarding in Sport (Level 2) - 5 May", when, "rwscp.org.uk", None)
    add(f, alt_mail(f, top, text, html_body), "richmond_wandsworth", "mash_step_up", when, 9,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "A training flyer whose fictional scenarios mirror real urgent situations (hotel stay, changing room, "
        "bruises) -> training, not a real child -> not urgent -> other, human_review.")


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2044-03-07 21:15:48"
    body = T("""
Hello,

I'm the duty manager at Ironworks Gym, Bow. At about 8.30 tonight one of our junior members, Rayan Hossain
(DOB 19/08/2027), collapsed in the changing room. He came round after a few minutes, shaking and sweating. He told
us one of the self-employed personal trainers here had given him tablets "to cut weight" before his weigh-in, and
he took four. He would not let us call an ambulance and left at 8.50.

He has just messaged my colleague: "cant stop shaking heart going mad". He is at home on his own - his mum is in
Bangladesh until Thursday. The address on his membership is Flat 12, Mallory House, Roman Road, E3.

We have taken the trainer's keys off him. Please tell me what to do next.

Kamal Uddin
Duty Manager, Ironworks Gym
07700 900554
""")
    top = plain_top(f, addr("Kamal Uddin", "dutymanager@ironworksgym.co.uk"), addr("MAST", TMAST),
                    "Junior member collapsed tonight", when, "ironworksgym.co.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "tower_hamlets", "mash_step_up", when, 4,
        "urgent", "other", True, None, [], [ch("Rayan Hossain", "2027-08-19", "19/08/2027")],
        ["substance_misuse"], None, None, [], None, "alert_duty",
        "A gym duty manager at 21:15: a 16-year-old collapsed after pills a trainer gave him, refused an ambulance "
        "and is now alone at home reporting shaking and a racing heart -> urgent tonight, alert_duty. No alarm words.",
        not_children=["Kamal Uddin"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2044-01-20 10:50:21"
    blocks = [
        "Dear Early Help Hub,", "",
        "Please accept this step-down for Zakaria Miah (DOB 02/04/2031), Mosaic 3014422, as the outcome of the Child "
        "and Family Assessment, which concluded on 15/01/2044.", "",
        ("table", [["Item", "Detail"],
                   ["C&F Assessment", "attached"],
                   ["TAF plan", "attached (final social work plan and recommendations)"],
                   ["Consent", "Mum and Zakaria both consented to the step-down on 14/01/2044"],
                   ["Lead Practitioner", "Nasrin Chowdhury, Youth Worker, Tower Hamlets Youth Service (Mile End Leisure Centre youth programme)"],
                   ["TAF meeting", "Thursday 28 January 2044, 4pm, Mile End Leisure Centre"]]), "",
        "The worries were mum's depression after dad left and Zakaria staying out late; he now does the youth "
        "programme's football three evenings a week.", "",
        "Best wishes,", "Anjali Shah", "Social Worker, Children's Social Work Team", "", TDISC]
    atts = [pdf_att("C&F Assessment - Zakaria Miah.pdf", "Child and Family Assessment", ["Zakaria Miah", "Concluded 15/01/2044"]),
            docx_att("TAF plan - Miah.docx", ["# TAF plan", "Lead Practitioner: Nasrin Chowdhury"])]
    top = outlook_top(f, addr("Shah, Anjali", "Anjali.Shah@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Zakaria Miah", when)
    add(f, word_mail(f, top, blocks, atts), "tower_hamlets", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["3014422"], [ch("Zakaria Miah", "2031-04-02", "02/04/2031")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "Complete Tower Hamlets step-down: assessment and TAF plan attached, consent given, lead practitioner named "
        "with agency (Word table) -> nothing missing -> book_meeting. TAF on 28 January is within 10 WD of the "
        "assessment ending on 15 January.", not_children=["Anjali Shah", "Nasrin Chowdhury"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2044-02-09 15:05:37"
    body = T("""
Hi MAST,

Attached is a Multi-Agency Request for Support for Leyla Demir (DOB 09/12/2034). I'm her Early Help lead
practitioner.

Leyla (9) has been left at the Whitechapel leisure centre at closing time four times since Christmas after her
swimming lesson; staff have waited with her until her brother (15) arrived. At home the fridge is often empty and
she has had head lice since October. Mum works two jobs. The Early Help plan has not moved things on.

My manager is off until Monday - I'll get her sign-off on Mosaic then, but wanted to get the form to you now.

Thanks
Sofia Marques
Early Help Practitioner, Tower Hamlets Early Help
""") + TDISC
    atts = [docx_att("MARF - Leyla Demir.docx", ["# Multi-Agency Request for Support", "Leyla Demir 09/12/2034"])]
    top = plain_top(f, addr("Marques, Sofia", "Sofia.Marques@" + TDOM), addr("MAST", TMAST),
                    "Request for support - Leyla Demir", when, TDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, atts), "tower_hamlets", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, [], [ch("Leyla Demir", "2034-12-09", "09/12/2034")],
        ["neglect"], None, None, ["manager_agreed"], None, "request_info",
        "MAST step-up with the request-for-support form attached, but the manager's sign-off is still to come "
        "('I'll get her sign-off ... then') -> manager_agreed null -> missing -> request_info. Repeated late "
        "collection and an empty fridge -> neglect, not urgent (nothing tonight).", not_children=["Sofia Marques"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2044-03-24 16:10:03"
    body = T("""
Hi,

I help out on Thursdays at Stepney Green Amateur Boxing Club. Our new juniors coach, Terry Mahon, is taking three of
the 10-year-olds to a tournament in Luton in his van tonight - they leave the club at 5.30 and are staying in a B&B
on their own with him, back tomorrow night. One of them is my nephew Kacper Nowak.

I looked Terry up after someone said something at the bar. In 2038 he was convicted of sexual activity with a
child - it was in the Evening Standard, same name, same face. The committee never did a DBS on him, the chairman
says he "vouched for him".

Kacper's mum doesn't speak much English and has signed the form. I don't know the other two boys' families.

Marek Nowak
07700 900822
""")
    top = plain_top(f, addr("Marek Nowak", "marek.nowak.e1@outlook.com"), addr(None, TMAST),
                    "boxing club coach - tonight", when, "outlook.com", None)
    add(f, mail(f, top, body), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Kacper Nowak")], ["sexual_harm"], None, None, [], None, "alert_duty",
        "A volunteer at 16:10: a coach with a conviction for a sexual offence against a child is taking three "
        "10-year-olds away overnight, leaving at 5.30 tonight, with no DBS -> urgent, alert_duty. No alarm words.",
        not_children=["Marek Nowak", "Terry Mahon"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2044-01-04 08:45:30"
    body = T("""
Dear coach,

This is a reminder from Tower Hamlets Sports Development that the Enhanced DBS certificate held on our register for
your club expires on 31 January 2044. Coaches whose check has expired cannot lead sessions in council leisure
centres. Please renew through the online portal; the council pays for volunteers.

This is a routine reminder sent to every club contact on our list. If you have received it in error, please ignore it.

Sports Development Team, Tower Hamlets Council
""")
    top = plain_top(f, addr("Sports Development", "sportsdev@" + TDOM), addr("Club contacts", TMAST),
                    "DBS renewal reminder - action by 31 January", when, TDOM, None)
    add(f, mail(f, top, body), "tower_hamlets", "mash_step_up", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "A routine DBS renewal reminder misaddressed to MAST: no child, no harm -> other, human_review.")

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2044-04-01 11:30:55"
    body = T("""
Good morning Early Help Hub,

Step-down for Tahmid Uddin (DOB 21/11/2030), Mosaic 2987741. The Child and Family Assessment concluded on
28/03/2044; the assessment and the draft TAF plan are attached.

Proposed Lead Practitioner: Jamal Rahman, Learning Mentor, Bow School.

Unfortunately mum has declined the step-down to Early Help. She says the family have "had enough of services" and
that Tahmid is fine now he is back at football. I have explained what Early Help offers and left her the leaflet.
I am sending this so you have the full picture; I'll let you know if she changes her mind.

Thanks
Grace Adebayo
Social Worker
""") + TDISC
    atts = [pdf_att("CFA - Tahmid Uddin.pdf", "Child and Family Assessment", ["Tahmid Uddin", "Concluded 28/03/2044"]),
            docx_att("Draft TAF plan - Uddin.docx", ["# Draft TAF plan", "Attendance and football."])]
    top = plain_top(f, addr("Adebayo, Grace", "Grace.Adebayo@" + TDOM), addr("Early Help Hub", TEH),
                    "Step down - Tahmid Uddin", when, TDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, atts), "tower_hamlets", "early_help_duty", when, 8,
        "ordinary", "step_down", False, None, ["2987741"], [ch("Tahmid Uddin", "2030-11-21", "21/11/2030")],
        ["school_attendance"], False, None, ["consent"], None, "request_info",
        "Step-down with assessment, plan and lead practitioner, but 'mum has declined the step-down' -> consent "
        "false -> consent missing -> request_info. BST (+0100) date.", not_children=["Grace Adebayo", "Jamal Rahman"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2044-03-03 12:25:16"
    body = T("""
Hi,

Update for this step-down, as the duty team asked about the bruise on Amira's shin.

Amira Karim fell from the climbing wall at Mile End Climbing Wall on Saturday 27 February during her club session;
two instructors saw it and the accident form is attached. Her GP saw her on 28 February and said the bruising fits
the fall. Mum told me the same story before I had seen the form. There is no concern about it.

Best
Ruby Hughes
Social Worker
""")
    atts = [pdf_att("Accident report 27.02.pdf", "Mile End Climbing Wall - accident report",
                    ["Amira Karim fell approx. 1.5m from the bouldering wall onto the mat at 11:20.",
                     "Witnessed by two instructors. First aid given, mum informed at collection."])]
    top = outlook_top(f, addr("Hughes, Ruby", "Ruby.Hughes@" + TDOM), addr("Early Help Hub", TEH),
                      "RE: [SB-tower_hamlets-142] Step down received - Karim", when)
    add(f, mail(f, top, body, atts), "tower_hamlets", "early_help_duty", when, 5,
        "near_miss", "follow_up", False, None, [], [ch("Amira Karim")], [], None, None, [], None, "attach_to_request",
        "Follow-up on [SB-tower_hamlets-142]: an injury that fits a witnessed fall, already checked by the GP -> "
        "resolved, not urgent, no concern -> attach_to_request.", not_children=["Ruby Hughes"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2044-01-12 13:40:27"
    text = T("""
hello please help me

my son Luca Popescu 8 years go to karate club in community centre Poplar. yesterday the teacher hit him with the belt on his legs because he not stand straight, he have big red lines on back of legs i see them this morning. Luca cry and say teacher do this also to other boys.

tonight 6 oclock is class again and the teacher say if Luca dont come he lose the grading. my husband say he must go and he will take him. i am scared what happen tonight. i dont know who to call in england

Ioana Popescu
07700 900146
""")
    top = plain_top(f, addr("Ioana Popescu", "ioana.popescu.86@yahoo.com"), addr(None, TMAST),
                    "karate teacher hit my son", when, "yahoo.com", None)
    add(f, mail(f, top, text, crlf=False), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Luca Popescu")], ["physical_harm"], None, None, [], None, "alert_duty",
        "A mother in broken English: the karate teacher hit her 8-year-old with a belt leaving marks, and the boy "
        "is being taken back to the same teacher at 6pm tonight -> urgent, alert_duty. No alarm words.",
        not_children=["Ioana Popescu"])


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2044-01-27 10:00:31"
    body = T("""
Hi Early Help,

Please can I have a triage slot to step down Oscar Luscombe (DOB 17/01/2035) and Freya Luscombe (DOB 03/06/2040),
LCS ID 2219034, to level 3 Early Help. As Freya is 3 I understand this goes to the under-5s triage.

- Single Assessment with my analysis and the rationale for step down: attached.
- My team manager, Claire Vosper, has recorded her analysis on LCS confirming the threshold for level 3 is met.
- Mum has given her consent to level 3 Early Help.

Background: Oscar was twice left at the Torquay leisure centre after swimming in the autumn. Mum has since changed
her shifts and nan now collects on Tuesdays and Thursdays; the home conditions have improved.

Thanks
Ben Chugg
Social Worker, Single Assessment Team
""") + BDISC
    atts = [pdf_att("Single Assessment - Luscombe.pdf", "Single Assessment", ["Oscar and Freya Luscombe", "Analysis and rationale for step-down."])]
    top = plain_top(f, addr("Chugg, Ben", "Ben.Chugg@" + BDOM), addr("Early Help", BEH),
                    "Triage slot please - Luscombe step down", when, BDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, atts), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["2219034"],
        [ch("Oscar Luscombe", "2035-01-17", "17/01/2035"), ch("Freya Luscombe", "2040-06-03", "03/06/2040")],
        ["neglect"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down (assessment attached, TM's threshold analysis recorded, consent given) -> "
        "book_meeting; Freya is 3 so the fortnightly under-5s triage. 'level 3' stated -> 3. 'LCS ID 2219034' -> "
        "the bare number.", not_children=["Ben Chugg", "Claire Vosper"])

def torbay_02():
    f = "torbay_02.eml"; when = "2044-02-18 14:20:44"
    body = T("""
MASH,

Contact / step up to level 4 for Brandon Hext (DOB 05/07/2028), LCS ID 2240671.

Brandon (15) trains at a private gym in Paignton. Since November the owner has been supplying him with anabolic
steroids, which he injects; his GP confirmed this last week and has referred him to the young people's drug service.
He has also told his youth worker he "looks after packages" for the owner in return for free membership. Mum is
aware, is very worried, and has given her consent to this contact.

I have discussed this with my assistant team manager, who does not agree that it meets level 4 and has not agreed
the step up. I'm not comfortable holding it, so I'm sending it for a threshold discussion.

Sam Widger
Early Help Practitioner, Torbay Early Help
""") + BDISC
    top = plain_top(f, addr("Widger, Sam", "Sam.Widger@" + BDOM), addr("MASH", BMASH),
                    "Step up - Brandon Hext", when, BDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["2240671"], [ch("Brandon Hext", "2028-07-05", "05/07/2028")],
        ["exploitation", "substance_misuse"], True, False, ["manager_agreed"], None, "request_info",
        "Torbay step-up (contact to MASH): mum's consent given; the ATM 'does not agree ... has not agreed' -> "
        "manager_agreed false -> missing -> request_info. Steroids supplied by a gym owner and holding packages -> "
        "substance_misuse, exploitation; GP and drug service involved, nothing tonight -> not urgent.",
        not_children=["Sam Widger"])

def torbay_03():
    f = "torbay_03.eml"; when = "2044-03-11 21:52:19"
    text = T("""
Hi this is the duty manager at Riviera leisure centre Paignton. We close at 10. Jack Pengelly aged 8 has been here since the 6pm swim session, nobody has come for him. Mum's number goes to voicemail, there's no other number on the booking. My staff have to go at 10.15 and I'm the only one left. He's had a hot chocolate and he's asking for his mum. What do I do with him?

Leanne Soper 07700 900903
""")
    top = plain_top(f, addr("Leanne Soper", "leanne.soper@rivieraleisure.co.uk"), addr(None, BMASH),
                    "child not collected", when, "rivieraleisure.co.uk", "Outlook for Android")
    add(f, mail(f, top, text, crlf=False), "torbay", "mash_step_up", when, 1,
        "urgent", "other", True, None, [], [ch("Jack Pengelly")], ["neglect"], None, None, [], None, "alert_duty",
        "A leisure-centre duty manager at 21:52 (out of hours): an 8-year-old uncollected since 6pm, mum unreachable, "
        "the centre closing at 10 -> a child with nobody tonight -> urgent, alert_duty (EDT). No alarm words.",
        not_children=["Leanne Soper"])

def torbay_04():
    f = "torbay_04.eml"; when = "2044-01-15 18:00:00"
    html_body = LAYOUT_HEAD + T("""
<h2>Torquay Swimming Club - Splash News, January</h2>
<p><b>Gala results:</b> 14 PBs at the Plymouth open meet. Well done everyone!</p>
<p><b>Safeguarding corner:</b> Our coaches will never message swimmers privately. If a coach, volunteer or anyone
else contacts your child privately on social media, or offers lifts without your agreement, please tell our welfare
officer, Jan Tozer. This is a general reminder and not about any incident.</p>
<p><b>Subs:</b> spring term subs are due by 31 January.</p>
<p>You are receiving this because you are on the club's mailing list.</p>
</body></html>
""")
    top = plain_top(f, addr("Torquay Swimming Club", "news@torquayswimming.org.uk"), addr("Club members", BEH),
                    "Splash News - January", when, "torquayswimming.org.uk", "Mailchimp",
                    extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<mailto:leave@torquayswimming.org.uk>")])
    add(f, html_only(f, top, html_body), "torbay", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "A swimming club newsletter whose safeguarding corner describes grooming behaviours as a general reminder, "
        "'not about any incident' -> not urgent -> other, human_review.")

def torbay_05():
    f = "torbay_05.eml"; when = "2044-02-01 09:35:12"
    ack = ack_text("step down", "[SB-torbay-57]", ["Child: Lottie Widdicombe", "LCS 2231187"],
                   ["the Single Assessment with your analysis"])
    body = T("""
Morning - the Single Assessment is now attached, sorry for the delay.

Kerry
""") + quote("Early Help <earlyhelp@torbay.gov.uk>", "28 January 2044 16:02", "Luxton, Kerry <Kerry.Luxton@torbay.gov.uk>",
             "[SB-torbay-57] Step down received - Widdicombe", ack)
    atts = [pdf_att("Single Assessment - Lottie Widdicombe.pdf", "Single Assessment", ["Lottie Widdicombe", "Rationale for step-down."])]
    top = outlook_top(f, addr("Luxton, Kerry", "Kerry.Luxton@" + BDOM), addr("Early Help", BEH),
                      "RE: [SB-torbay-57] Step down received - Widdicombe", when)
    add(f, mail(f, top, body, atts), "torbay", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["2231187"], [ch("Lottie Widdicombe")], [], None, None, [], None,
        "attach_to_request",
        "Reply on [SB-torbay-57] sending the missing Single Assessment -> follow_up, attach_to_request. 'LCS 2231187' "
        "-> the bare number.", not_children=["Kerry"])

def torbay_06():
    f = "torbay_06.eml"; when = "2044-03-29 12:40:20"
    body = T("""
Hi Early Help,

Please can I have a triage slot to step down Mia Rowe (DOB 12/10/2034) and her brother Callum Rowe
(DOB 08/06/2030), LCS ID 2208853, to level 3.

Single Assessment attached with my analysis. My team manager, Helen Darke, has recorded her analysis confirming the
level 3 threshold is met. Mum consents to level 3 Early Help. The plan is about mum's depression and routines.

Thanks
Jodie Stentiford
Social Worker, Safeguarding and Supporting Families

PS - as I was leaving the house just now Callum stopped me on the path. A man who says he's a scout from an
academy has been messaging him on Snapchat; he is picking Callum up from school at 3.15 today to do a "trial" at
his flat in Torquay and has told him not to tell mum. Mum is at work until 9. Callum showed me the messages -
they end "delete this x". I've tried school but the line is engaged.
""") + BDISC
    atts = [pdf_att("Single Assessment - Rowe.pdf", "Single Assessment", ["Mia Rowe and Callum Rowe", "Analysis."])]
    top = plain_top(f, addr("Stentiford, Jodie", "Jodie.Stentiford@" + BDOM), addr("Early Help", BEH),
                    "Triage slot - Rowe step down", when, BDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, atts), "torbay", "early_help_duty", when, 2,
        "urgent", "step_down", True, 3, ["2208853"],
        [ch("Mia Rowe", "2034-10-12", "12/10/2034"), ch("Callum Rowe", "2030-06-08", "08/06/2030")],
        ["parental_mental_health", "sexual_harm"], True, True, [], None, "alert_duty",
        "A complete Torbay step-down whose PS says a self-styled academy scout is collecting the 13-year-old at 3.15 "
        "today for a 'trial' at his flat, with secret messages -> grooming today -> urgent, alert_duty whatever the "
        "kind. Assessment, TM analysis and consent all present -> missing []. BST date. No alarm words.",
        not_children=["Jodie Stentiford", "Helen Darke"])

def torbay_07():
    f = "torbay_07.eml"; when = "2044-03-23 15:15:05"
    body = T("""
Hi MASH,

A question for our team development session on Friday - not about a real family.

If a parent told one of our practitioners that the man running their child's boxing club had a conviction, and they
weren't sure what for, would that come to you as a contact, or go to the LADO, or both? And would it change things if
the child had said he was hit at the club?

We just want to get our flowchart right.

Thanks
Tasha Bickford
Early Help Team Leader
""") + BDISC
    top = plain_top(f, addr("Bickford, Tasha", "Tasha.Bickford@" + BDOM), addr("MASH", BMASH),
                    "Question for team development - clubs and convictions", when, BDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "A hypothetical ('not about a real family') about a coach with a conviction -> not urgent -> other, "
        "human_review.")

def torbay_08():
    f = "torbay_08.eml"; when = "2044-04-07 08:50:33"
    add(f, itip_reply(f, when, "Ben Chugg", "Ben.Chugg@" + BDOM, ("Early Help", BEH), "DECLINED",
                      "Under-5s triage - Luscombe", "20440412T093000", "20440412T100000", "Torbay Early Help, Tor Hill House",
                      comment="I'm in court on Tuesday morning - could the Luscombe slot move to the next under-5s triage?"),
        "torbay", "early_help_duty", when, 4,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY (DECLINED) with a routine comment -> meeting_reply, record_reply.")


# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2044-02-08 11:00:14"
    blocks = [
        "Dear Early Help Co-ordinators,", "",
        "Following my discussion with Verity Lang at the drop-in on Tuesday, please find the Early Help Assessment "
        "step-down plan for the Price children (sibling group), Mosaic 3391027.", "",
        ("table", [["Child", "Date of birth"], ["Tegan Price", "14/03/2032"], ["Owen Price", "02/09/2036"]]), "",
        "{{Written consent:}} signed consent form attached (mum, 4 February).", "",
        "{{Key person:}} Rhian Powell, Family Support Worker, Herefordshire Council Early Help (holiday activities "
        "programme), 01432 496 0212.", "",
        "The worries were Tegan being left at the Hereford leisure pool for hours after sessions and the state of the "
        "home; both have improved since mum's new job hours.", "",
        "Many thanks,", "Lowri Evans", "Social Worker, Herefordshire Children's Services", "", HDISC]
    atts = [pdf_att("Signed consent form - Price.pdf", "Consent to Early Help", ["Signed by mum 04/02/2044"]),
            docx_att("EHA step-down plan - Price.docx", ["# Early Help Assessment step-down plan", "Wellbeing plan: what, who, outcome, timescale."])]
    top = outlook_top(f, addr("Evans, Lowri", "Lowri.Evans@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down plan - Price siblings", when)
    add(f, word_mail(f, top, blocks, atts), "herefordshire", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["3391027"],
        [ch("Tegan Price", "2032-03-14", "14/03/2032"), ch("Owen Price", "2036-09-02", "02/09/2036")],
        ["neglect"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down: signed consent form and plan attached, key person named with "
        "agency -> nothing missing -> book_meeting. Level 3 is the pack's default (seed: level 3 'Intensive'). "
        "Discussed with a co-ordinator (changes only the panel).", not_children=["Lowri Evans", "Rhian Powell", "Verity Lang"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2044-03-09 16:40:29"
    body = T("""
Hi team,

Step-down plan attached for Ruby-Rose Jenkins, DOB 27/11/2039, Mosaic 3402218.

Lead: Kate Morgan, Nursery Manager, Little Acorns Nursery, Leominster - agreed with mum.

Mum has agreed verbally to Early Help. I'll get the consent form signed at my visit on Friday and send it straight
over.

Thanks
Tom Pritchard
Social Worker
""") + HDISC
    atts = [docx_att("Step down plan - Ruby-Rose Jenkins.docx", ["# Early Help Assessment step-down plan", "Ruby-Rose Jenkins"])]
    top = plain_top(f, addr("Pritchard, Tom", "Tom.Pritchard@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Step down - Jenkins", when, HDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["3402218"], [ch("Ruby-Rose Jenkins", "2039-11-27", "27/11/2039")],
        [], True, None, ["consent_form"], None, "request_info",
        "Herefordshire step-down with plan and lead practitioner, but the written consent form is to follow -> "
        "consent_form missing -> request_info. 'Mum has agreed verbally' -> consent true (the fact), while the "
        "document is still missing.", not_children=["Tom Pritchard", "Kate Morgan"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2044-04-05 15:55:41"
    body = T("""
Hello MASH,

Step up request - Poppy Hallam, DOB 21/05/2030.

Mum came to see me at the family hub an hour ago with Poppy's phone. Poppy is 13 and swims for the county squad.
Her coach has been messaging her privately on Instagram since February - telling her she's "more grown up than the
other girls", asking for photos after training and telling her to delete the chats. The last message, sent at lunch
today, says he will pick her up from the leisure centre car park at 8 tonight after training and she is to tell
mum she's staying at Chloe's.

Poppy is at school and goes straight to training at 6. Mum hasn't said anything to her yet. Mum wants to step the
family up; she is frightened of what happens tonight.

Megan Lloyd-Price
Family Support Worker, Early Help, Herefordshire Council
""") + HDISC
    top = plain_top(f, addr("Lloyd-Price, Megan", "Megan.Lloyd-Price@" + HDOM), addr("MASH", HMASH),
                    "Step up - Poppy Hallam", when, HDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "herefordshire", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, [], [ch("Poppy Hallam", "2030-05-21", "21/05/2030")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "Herefordshire step-up (a kind its seed does not define, so missing []) about a coach's private messages "
        "and a plan to collect the 13-year-old at 8 tonight under a cover story -> urgent, alert_duty (urgency "
        "comes before human_review). BST date. No alarm words.", not_children=["Megan Lloyd-Price"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2044-03-31 09:20:58"
    notice = T("""
-------- Forwarded message ---------
From: Leominster Easter Holiday Club <bookings@leominsterholidayclub.co.uk>
Date: Wed, 30 Mar 2044 at 17:02
Subject: Easter holiday club - late collection fees

Dear parents and carers,

Easter club runs 18 - 29 April, 8am to 6pm. From this holiday a late-collection fee of 5 pounds for every 5 minutes
after 6pm will apply. If a child has not been collected by 6.30pm and we cannot reach any contact, our policy is to
call the police or children's social care. This has never happened and we don't expect it to.

Holiday Club team
""")
    body = T("""
Hello,

Is this allowed? The holiday club says they'll call social services if we're late. My daughter's been going for
two years and I've never been late. Just want to know where I stand.

Thanks
Dawn Beddoes
""") + notice
    top = plain_top(f, addr("Dawn Beddoes", "dawnbeddoes@btinternet.com"), addr(None, HEH),
                    "Fwd: Easter holiday club - late collection fees", when, "btinternet.com", None)
    add(f, mail(f, top, body), "herefordshire", "early_help_duty", when, 7,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "A parent forwarding a holiday club's late-pick-up fee notice whose policy mentions calling social care "
        "for an uncollected child, about no real child -> not urgent -> other, human_review.",
        not_children=["Dawn Beddoes"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2044-01-14 15:30:17"
    comment = ("Sorry, can't do Tuesday. I'm at the County Hospital with Ellie-May Griffiths (4) from my caseload - "
               "the creche at the gym rang me. She has a spiral fracture of her left arm and marks on her back like "
               "fingers. Mum's boyfriend says she fell off the soft-play frame; the doctor says a fall like that "
               "doesn't explain it. He's here and says he's taking her home as soon as the cast is on, about 6. "
               "Mum isn't answering. Nia 07700 900377")
    add(f, itip_reply(f, when, "Nia Watkins", "Nia.Watkins@" + HDOM, ("Early Help Co-ordinators", HEH), "DECLINED",
                      "Step-down drop-in - Griffiths", "20440119T100000", "20440119T103000", "Microsoft Teams",
                      comment=comment),
        "herefordshire", "early_help_duty", when, 2,
        "urgent", "meeting_reply", True, None, [], [ch("Ellie-May Griffiths")], ["physical_harm"], None, None, [], None,
        "alert_duty",
        "A DECLINED drop-in invitation whose comment reports a 4-year-old with a spiral fracture and finger-mark "
        "bruises that a fall does not explain, to be taken home by mum's boyfriend at about 6 -> urgent, alert_duty "
        "(safety rule 1 reads a meeting reply's comment). No alarm words.", not_children=["Nia Watkins"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2044-02-19 10:10:36"
    body = T("""
Dear co-ordinators,

Step-down plan for Lewis Bowen (DOB 09/01/2031), Mosaic 3377260, attached with mum's signed consent form.

Key person: Sam Okafor, Youth Worker, Herefordshire Youth Service, who knows Lewis from the rugby club's youth
session.

For completeness: in December Lewis told a teacher "the coach hit me". We looked into it the same day - the coach
kicked a ball during a drill and it hit Lewis in the face; the whole squad saw it, the coach apologised and phoned
mum that evening. Lewis agrees that's what happened. Nothing further.

The step-down is about mum's mental health and Lewis's anger at school.

Kind regards
Hannah Vaughan
Social Worker
""") + HDISC
    atts = [docx_att("Consent form signed - Bowen.docx", ["# Consent to Early Help", "Signed: mum, 15/02/2044"]),
            pdf_att("EHA step-down plan - Lewis Bowen.pdf", "Early Help Assessment step-down plan", ["Lewis Bowen", "Key person: Sam Okafor"])]
    top = plain_top(f, addr("Vaughan, Hannah", "Hannah.Vaughan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Step down - Lewis Bowen", when, HDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["3377260"], [ch("Lewis Bowen", "2031-01-09", "09/01/2031")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "Complete step-down (signed consent form, plan, key person with agency). Near miss: 'the coach hit me' was a "
        "witnessed accident with a ball, cleared up in December -> not urgent, not physical_harm. consent: 'mum's "
        "signed consent form' -> true. Default level 3.", not_children=["Hannah Vaughan", "Sam Okafor"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2044-02-22 10:31:02"
    add(f, ndr(f, when, HDOM, addr("Early Help Co-ordinators", HEH), "Tom.Pritchardd@herefordshire.gov.uk",
               "[SB-herefordshire-41] Step down received - Jenkins", addr("Early Help Co-ordinators", HEH),
               "2044-02-22 10:30:40"),
        "herefordshire", "early_help_duty", when, 3,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Exchange non-delivery report (Auto-Submitted: auto-replied) for stepbot's own acknowledgement -> auto_reply, "
        "ignore.")

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2044-03-02 13:05:50"
    text = T("""
i dont know who to tell so i am emailing you because your on the school poster

my name is Amber Lloyd im 12. my gymnastics coach makes me stay behind after everyone has gone and shuts the door and does stretching on me and touches me where my leotard is. he says its normal for flexibility and not to tell because i will get dropped from the squad

hes picking me up from school at 5 today for extra training at his house. mum thinks its nice of him and shes working late

please dont tell him i told
""")
    top = plain_top(f, addr("Amber Lloyd", "amber.lloyd2031@stmaryshereford.sch.uk"), addr(None, HMASH),
                    "help", when, "stmaryshereford.sch.uk", None)
    add(f, mail(f, top, text, crlf=False), "herefordshire", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Amber Lloyd")], ["sexual_harm"], None, None, [], None, "alert_duty",
        "A 12-year-old writes in her own words: her gymnastics coach touches her when alone and is collecting her at "
        "5 today to train at his house -> urgent, alert_duty. Not a step request -> other. No alarm words.")
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
# Monday 2 May; Spring Bank Holiday Monday 30 May; Late Summer Bank Holiday Monday 29 August; Christmas Day
# (observed) Tuesday 27 December; Boxing Day Monday 26 December (Christmas Day itself is a Sunday).
BANK_HOLIDAYS = {date(2044, 1, 1), date(2044, 4, 15), date(2044, 4, 18), date(2044, 5, 2), date(2044, 5, 30),
                 date(2044, 8, 29), date(2044, 12, 26), date(2044, 12, 27)}
EASTER_SUNDAY = date(2044, 4, 17)
EASTER = {date(2044, 4, 15): "Good Friday", date(2044, 4, 18): "Easter Monday"}   # the two days after the window
# The spring term: Monday 4 January (schools return after New Year's Day, Friday 1 January) to the Thursday
# before Easter, Thursday 14 April 2044. No bank holiday falls inside it.
WINDOW = (datetime(2044, 1, 4, tzinfo=LON), datetime(2044, 4, 14, 23, 59, 59, tzinfo=LON))
# GMT until 01:00 UTC on Sunday 27 March 2044 (the last Sunday of March), BST after (until Sunday 30 October).
BST_START = datetime(2044, 3, 27, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2044, 10, 30, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2044

def expected_offset(d):
    return "+0100" if BST_START <= d.astimezone(UTC) < BST_END else "+0000"

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"], 1)}

def parse_dob(w):
    """DOB as written -> ISO. Formats used in this set: dd/mm/yyyy, dd.mm.yyyy, dd-mm-yyyy, yyyy-mm-dd,
    '4th April 2037', '22 March 2037'."""
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

def titled(word):
    """An ALL-CAPS name part as it is labelled: ASHCROFT -> Ashcroft, McGUIRE -> McGuire, FARRELL-OKORO ->
    Farrell-Okoro."""
    out = []
    for p in word.split("-"):
        if p[:2].upper() == "MC" and len(p) > 2:
            out.append("Mc" + p[2:].capitalize())
        else:
            out.append(p.capitalize())
    return "-".join(out)

def normalised(as_written):
    """'DUFFY, Tiana' -> 'Tiana Duffy'; 'LEXI ASHCROFT' -> 'Lexi Ashcroft' (a forename in capitals is title-cased
    too)."""
    if "," in as_written:
        sur, fore = [x.strip() for x in as_written.split(",", 1)]
    else:
        fore, sur = as_written.rsplit(" ", 1)
    fore = " ".join(titled(x) if x.isupper() else x for x in fore.split(" "))
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

YEAR = re.compile(r"\b(2\d{3})\b")      # a standalone 4-digit number starting with 2 (hex ids are not standalone)
CASE_ID_FORM = re.compile(r"(EHM|ICS|LCS)-\d{5,7}|\d{6,7}")

def parse(f):
    return email.message_from_bytes(FILES[f], policy=email.policy.default)

def all_headers(msg):
    """Every header value of every part (the top headers and each MIME part's)."""
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
            if meeting <= now.date(): err("meeting not after now")
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
    for y in YEAR.findall(text + " " + all_headers(msg)):
        if int(y) > MAX_YEAR: err("year after %d in the text or headers: %s" % (MAX_YEAR, y))
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
    if META[f]["attachment_only"]:
        bt = body_text(msg)
        for c in e["children"]:
            if c["name"] in bt: err("child %s should be named in full only in an attachment" % c["name"])
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


CAT_MIN = {"urgent": 11, "near_miss": 11}
ALARM = re.compile(r"(?i)\burgent\w*|\bimmediate\w*|\bemergenc\w*|\bat risk\b|\brisk of harm\b|\bdanger\w*|\basap\b")
# Knowsley notice counts (file: (today, meeting, working days, plain weekdays)), worked out by hand and re-derived.
COUNTS = {
    "knowsley_01.eml": (date(2044, 4, 12), date(2044, 4, 20), 4, 6),   # across Good Friday + Easter Monday: decisive
    "knowsley_02.eml": (date(2044, 4, 8), date(2044, 4, 19), 5, 7),    # across Easter: exactly 5
    "knowsley_03.eml": (date(2044, 3, 2), date(2044, 3, 9), 5, 5),
    "knowsley_07.eml": (date(2044, 3, 22), date(2044, 3, 30), 6, 6),   # across the clock change (27 March)
}

def _lab(f):
    return next(l for l in LABELS if l["file"] == f)

def parse(f):
    return email.message_from_bytes(FILES[f], policy=email.policy.default)

def check():
    errors = []
    seen = set()
    for lab in LABELS:
        if lab["file"] in seen: errors.append("%s: duplicate file" % lab["file"])
        seen.add(lab["file"])
        try:
            errors += check_file(lab)
        except Exception as ex:
            errors.append("%s: check raised %r" % (lab["file"], ex))
    per = {}
    for lab in LABELS:
        per.setdefault(lab["authority"], []).append(lab["file"])
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        want = ["%s_%02d.eml" % (a, i) for i in range(1, 9)]
        if sorted(per.get(a, [])) != want: errors.append("%s: needs files _01.._08, has %s" % (a, per.get(a)))
    tot = {c: list(CATS.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}
    if sum(tot.values()) != 40 or any(tot[c] < n for c, n in CAT_MIN.items()):
        errors.append("set: category totals %s (need 40, at least 11 urgent and 11 near misses)" % tot)
    kinds = {l["expect"]["kind"] for l in LABELS}
    if kinds != KINDS: errors.append("set: kinds present %s, need every kind" % sorted(kinds))
    return errors, tot

def yaml_ids():
    """Every requirement id the authority's policy pack defines, per kind (read from the YAML itself)."""
    import yaml
    out = {}
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        with open("/work/main/config/authorities/%s.yaml" % a) as fh:
            pack = yaml.safe_load(fh)
        for k, spec in (pack.get("kinds") or {}).items():
            out[(a, k)] = {r["id"] for r in (spec.get("requirements") or [])}
    return out

def set_checks():
    errors = []
    import holidays
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2044])
    pkg_weekdays = {d for d in pkg if d.weekday() < 5}
    if pkg_weekdays != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(pkg_weekdays ^ BANK_HOLIDAYS))
    if EASTER_SUNDAY.weekday() != 6 or date(2044, 4, 15) not in pkg or date(2044, 4, 18) not in pkg:
        errors.append("set: Easter 2044 is not 15-18 April")
    if WINDOW[1].date() != EASTER_SUNDAY - timedelta(days=3) or WINDOW[1].weekday() != 3:
        errors.append("set: the window must end on the Thursday before Easter")
    if WINDOW[0].weekday() != 0 or WINDOW[0].date() != date(2044, 1, 4):
        errors.append("set: the window must start on Monday 4 January 2044")
    inside = [d for d in BANK_HOLIDAYS if WINDOW[0].date() <= d <= WINDOW[1].date()]
    if inside:
        errors.append("set: a bank holiday inside the window: %s" % inside)
    # clocks: the last Sunday of March 2044 is 27 March; Europe/London agrees
    last_sun = max(date(2044, 3, d) for d in range(25, 32) if date(2044, 3, d).weekday() == 6)
    if last_sun != BST_START.date(): errors.append("set: BST start is not the last Sunday of March")
    if datetime(2044, 3, 26, 12, tzinfo=LON).utcoffset() != timedelta(0) or \
       datetime(2044, 3, 28, 12, tzinfo=LON).utcoffset() != timedelta(hours=1):
        errors.append("set: Europe/London does not change clocks on 27 March 2044")
    # requirement ids exist in the YAML
    ids = yaml_ids()
    for lab in LABELS:
        e = lab["expect"]
        for m in e["missing"]:
            if m not in ids.get((lab["authority"], e["kind"]), set()):
                errors.append("%s: requirement id %s not in %s.yaml for %s" % (lab["file"], m, lab["authority"], e["kind"]))
    for (a, k, _l), reqs in REQ.items():
        if not reqs <= ids.get((a, k), set()):
            errors.append("set: REQ %s %s has ids not in the YAML: %s" % (a, k, reqs - ids.get((a, k), set())))
    # urgent mails carry none of the brief's alarm words anywhere (text, attachments, quotes, headers)
    for lab in LABELS:
        f = lab["file"]
        if CATS[f] == "urgent":
            msg = parse(f)
            hit = ALARM.search(readable(msg) + " " + all_headers(msg))
            if hit: errors.append("%s: urgent mail contains the alarm word %r" % (f, hit.group(0)))
    # Knowsley notice counts
    for f, (today, meeting, wd, pw) in COUNTS.items():
        lab = _lab(f)
        if datetime.fromisoformat(lab["now"]).astimezone(LON).date() != today: errors.append("%s: count date" % f)
        if META[f]["meeting"] != meeting: errors.append("%s: meeting date" % f)
        if working_days(today, meeting) != wd: errors.append("%s: %d WD, table says %d" % (f, working_days(today, meeting), wd))
        if plain_weekdays(today, meeting) != pw: errors.append("%s: plain weekdays" % f)
    kn = {l["file"] for l in LABELS if l["authority"] == "knowsley" and l["expect"]["kind"] in ("step_up", "step_down")
          and META[l["file"]]["meeting"]}
    if kn != set(COUNTS): errors.append("set: Knowsley count table incomplete %s" % sorted(kn ^ set(COUNTS)))
    # kind-specific structure
    for lab in LABELS:
        f, k = lab["file"], lab["expect"]["kind"]
        msg = parse(f)
        subj = str(msg["Subject"])
        cals = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
        if k == "follow_up" and not re.search(r"\[SB-[a-z_]+-\d+\]", subj): errors.append("%s: follow_up without [SB-] ref" % f)
        if k in ("step_up", "step_down", "other") and "[SB-" in subj: errors.append("%s: [SB-] on a new mail" % f)
        if k == "meeting_reply" and not (cals and "METHOD:REPLY" in cals[0].get_payload(decode=True).decode()):
            errors.append("%s: meeting_reply without an iTIP REPLY" % f)
        if k == "auto_reply" and msg["Auto-Submitted"] is None: errors.append("%s: auto_reply not Auto-Submitted" % f)
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
           "offsets %s" % dict(Counter(l["now"][-6:] for l in LABELS)),
           "children %d, with dob %d" % (sum(len(e["children"]) for e in ex),
                                         sum(1 for e in ex for c in e["children"] if c["dob"]))]
    table = {}
    for l in LABELS:
        table.setdefault(l["authority"], Counter())[CATS[l["file"]]] += 1
    for a, c in table.items():
        out.append("%s %s" % (a, dict(c)))
    return "\n".join(out)

def main():
    for name, fn in sorted(globals().items()):
        if re.match(r"^(knowsley|richmond_wandsworth|tower_hamlets|torbay|herefordshire)_\d\d$", name):
            fn()
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
