#!/usr/bin/env python3
"""mixed80: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the summer term of 2099 (Easter Monday 13 April - Friday 17 July 2099), in school exclusions, suspensions,
reduced timetables and children sent home: a suspended child sent home to the parent he says hits him, a father who
said on the phone he will "batter" his son, a 6-year-old on a reduced timetable with nobody at home, an excluded boy
with older men who are "looking after" him, disclosures to pupil referral unit staff with the child going home
tonight, a school that cannot reach any parent after a suspension - with, as near misses, an exclusion appeal letter,
a governors' panel minute, a reduced timetable that is safe and agreed, a suspension where the parent collected and
all was fine, historic episodes, a training slide deck, a hypothetical "if he is excluded again", a bulletin and a
school newsletter - alongside ordinary step-ups and step-downs.

Window: the brief's "Monday after Easter 2099 to about Friday 17 July 2099". Easter Sunday 2099 is 12 April, so the
Monday after Easter is Easter Monday 13 April 2099 - itself a bank holiday, so no mail is dated on it and the first
dated mail is Tuesday 14 April. 17 July 2099 is a Friday. All of it is British Summer Time (+0100). Bank holidays
come from the `holidays` package (required) and are compared with this script's own list: Good Friday 10 April
(before the window), Easter Monday 13 April, May Day Monday 4 May and the Spring Bank Holiday Monday 25 May (inside).

Deterministic: no clock, no randomness; boundaries, Message-IDs and calendar UIDs come from sha1 of the file name.
Run with /work/main/.venv/bin/python make_set.py [--stats]. The MIME, Word HTML, PDF, .docx, iCalendar,
out-of-office, NDR, quote-chain and readable-text helpers are copied from /work/main/tests/data/mixed27/make_set.py
and adapted. Every label was set by hand from the specification; the self-checks only verify them and STOP on any
error before anything is written.
"""

import base64, hashlib, html, json, os, quopri, re, struct, sys, zlib
import email, email.policy, email.utils
from email.header import Header
from datetime import datetime, date, timedelta, timezone
from zoneinfo import ZoneInfo
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
    """Local (Europe/London) wall-clock time. The whole window (13 April - 17 July 2099) is British Summer Time
    (+0100): BST begins at 01:00 UTC on Sunday 29 March 2099 and ends on Sunday 25 October 2099. The self-check
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
            zi = zipfile.ZipInfo(name, date_time=(2099, 4, 1, 0, 0, 0))
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
    f = "knowsley_01.eml"; when = "2099-04-29 10:12:07"
    blocks = [
        "Good morning MASH,",
        "",
        "Please find attached a step-up request to CSC for {{Kayden Rourke}} (DOB 11/02/2087), EHM case ID {{EHM-73310}}.",
        "",
        "Kayden (Year 7, Halewood Academy) has had four fixed-term suspensions since February and has been on a part-time "
        "timetable (9-11.30) since Easter. On the afternoons he is not in school he is out on the estate; mum says she "
        "cannot make him come in. Mum has missed the last three TAF meetings and has not answered my calls or letters "
        "since 14 April; I have worked through the Engaging Families toolkit with the TAF (attached) and we have run "
        "out of options at level 3.",
        "",
        "I have discussed this with my team manager, Elinor Marsh, and she has agreed the step-up.",
        "",
        "Mum has been told about the step-up and does NOT consent - she says she will 'fight it'. I understand "
        "consent is not needed for the step-up, but you should know.",
        "",
        ("table", [["Step-up TAF meeting", ""],
                   ["Date / time", "Wednesday 6 May 2099, 10:00-11:30"],
                   ["Venue", "Microsoft Teams (invite to follow from me)"],
                   ["Chair", "MASH social worker"]]),
        "",
        "Attached: FF Step Up request to CSC (Appendix 1), minutes of the TAF held 22 April, Engaging Families toolkit.",
        "",
        "Kind regards",
        "Farid",
        "",
        "Farid Quayle | Family First Case Manager | Knowsley Council",
        "0151 496 0386",
    ]
    top = outlook_top(f, addr("Quayle, Farid", "Farid.Quayle@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Kayden Rourke - EHM-73310", when, cc=addr("MASH Business Support", KBS))
    atts = [docx_att("FF Step Up request to CSC - K Rourke.docx", appendix1([
                ("Child's name and DOB", "Kayden Rourke 11/02/2087"), ("Case ID on EHM:", "EHM-73310"),
                ("What are we worried about?", "Four suspensions since February; part-time timetable; out on the "
                 "estate unsupervised in the afternoons; mum not engaging with the TAF."),
                ("What is working well?", "Kayden likes football and his learning mentor; he attends every morning session."),
                ("What needs to happen?", "A Child and Family Assessment; a multi-agency plan for the afternoons."),
                ("Team Manager agreement", "Discussed with Elinor Marsh on 27/04 - agreed.")])),
            pdf_att("TAF minutes 22 April - Rourke.pdf", "TAF meeting minutes - Kayden Rourke - 22 April",
                    ["Present: F Quayle (FF), J Cole (Head of Year 7), school nurse. Mum did not attend.",
                     "Kayden's reduced timetable continues; suspension on 17 April for swearing at staff.",
                     "Actions: FF to discuss step-up with team manager."]),
            pdf_att("Engaging Families toolkit - Rourke.pdf", "Engaging Families Toolkit - Rourke family",
                    ["Attempts to engage: 9 calls, 3 letters, 2 unannounced visits, 3 TAF invitations.",
                     "Outcome: no engagement since 14 April."])]
    add(f, word_mail(f, top, blocks, atts), "knowsley", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["EHM-73310"],
        [ch("Kayden Rourke", "2087-02-11", "11/02/2087")],
        ["non_engagement", "school_attendance"], False, True, [], False, "request_info",
        "Knowsley step-up with step-up form, TAF minutes and Engaging Families toolkit (non_engagement needs "
        "engaging_families) and the team manager's agreement stated -> no document missing. Consent stated as refused "
        "('does NOT consent') -> false (not a Knowsley step-up requirement). NOTICE ACROSS MAY DAY, DECISIVE: from Wed "
        "29 April the TAF on Wed 6 May is 5 plain weekdays but Mon 4 May is a bank holiday -> 4 WD < 5 -> notice not "
        "ok -> request_info. Part-time timetable and suspensions -> school_attendance; a child out on the estate in "
        "school hours is told as background, nothing tonight.",
        meeting=date(2099, 5, 6), not_children=["Elinor Marsh", "Farid Quayle"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2099-05-20 14:10:33"
    body = T("""
Hi Family First,

Step down at LEVEL 2 for Ruby-Mae Kinsella, DOB 03.06.2091, ICS 2231907.

Final CIN meeting: Wednesday 27th May 2099 at 10am, St Aidan's Primary, Meeting Room 2.

Lead practitioner going forward will be Joanne Tierney, SENCO at St Aidan's Primary (level 2, school-led TAF). Joanne
has agreed and will be at the CIN meeting.

What are we worried about?
Ruby-Mae was on a reduced timetable (mornings only) for most of the spring term after she was sent home repeatedly
for hitting out in class. Dad struggled with the afternoons while working shifts.

What is working well?
Ruby-Mae has been back full time since 20 April with a 1:1 at lunchtimes and there have been no further
suspensions. Dad has changed his shifts and has done the Incredible Years course. Dad has consented to the step
down and to the school-led TAF.

What needs to happen?
School-led TAF every 6 weeks; EHCP needs assessment to be requested by school; dad to keep the shift pattern.

Thanks
Nadia

Nadia Ferreira
Social Worker, Child in Need Team (Kirkby), Knowsley Council
0151 496 0774

""") + KDISC
    top = plain_top(f, addr("Ferreira, Nadia", "Nadia.Ferreira@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "Step down L2 - Ruby-Mae Kinsella", when, KDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 2, ["2231907"],
        [ch("Ruby-Mae Kinsella", "2091-06-03", "03.06.2091")],
        ["school_attendance"], True, None, [], False, "request_info",
        "Knowsley level 2 step-down with meeting date/time/venue, a named lead practitioner with agency (SENCO at St "
        "Aidan's) and all three Signs of Safety headings -> nothing missing; 'ICS 2231907' -> '2231907'; dad's consent "
        "stated -> true. NOTICE ACROSS THE SPRING BANK HOLIDAY, DECISIVE: Wed 20 May -> Wed 27 May is 5 plain weekdays "
        "but Mon 25 May is a bank holiday -> 4 WD < 5 -> request_info. The reduced timetable is past (full time since "
        "20 April).",
        meeting=date(2099, 5, 27), not_children=["Joanne Tierney", "Nadia Ferreira"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2099-05-15 11:30:12"
    body = T("""
Morning,

Step down to Family First - Tyler Prescott (DOB 22/10/2089) - ICS-2210457

I'd like to arrange a joint home visit with a FF case manager for Wednesday 27 May at 2pm, at mum's address
(23 Lark Close, Stockbridge Village).

WORRIES: Tyler was permanently excluded from Brookfield in January and has been at the Knowsley Centre (PRU)
since. His attendance there is 71%. Mum finds mornings hard and Tyler refuses the taxi on some days.
WORKING WELL: Tyler has a good relationship with his PRU key worker and has had no incidents since March.
Mum has a routine with his older sister's help.
NEXT STEPS: A FF case manager to lead a TAF with the PRU; a reintegration plan to a mainstream school in
September; support for mum with mornings.

Consent - I've talked to mum about Family First and she says she'll think about it, I'll ask her again at
my visit on Tuesday.

Lauren Byrne
Social Worker | Assessment Team | Knowsley
""")
    top = plain_top(f, addr("Lauren Byrne", "Lauren.Byrne@" + KDOM), KFF,
                    "Step down to FF - T Prescott", when, KDOM, None)
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 2,
        "ordinary", "step_down", False, None, ["ICS-2210457"],
        [ch("Tyler Prescott", "2089-10-22", "22/10/2089")],
        ["school_attendance"], None, None, ["consent"], True, "request_info",
        "Knowsley step-down with no level stated -> level null in the label, treated as level 3 for requirements "
        "(joint home visit with a FF case manager). Meeting date/time/venue and the three headings (WORRIES / WORKING "
        "WELL / NEXT STEPS) given. Consent 'she'll think about it, I'll ask her again' -> null -> consent missing -> "
        "request_info. Notice across the Spring Bank Holiday, not decisive: Fri 15 May -> Wed 27 May = 7 WD -> ok. "
        "PRU attendance 71% -> school_attendance.",
        meeting=date(2099, 5, 27))

def knowsley_04():
    f = "knowsley_04.eml"; when = "2099-06-09 12:48:40"
    body = T("""
To whoever picks this up in MASH,

Kieran Walsh, Year 9, DOB 08/09/2084.

Kieran was given a five day suspension at 11.30 this morning for a fight on the field. I rang his dad (Martin
Walsh) to tell him and to ask him to collect. Dad said, word for word, "I'll batter him when he gets in, he's
dead, you tell him that." He then hung up and hasn't answered since.

Kieran is in the inclusion room with me. When I told him what dad had said he went white and said "he'll do
me like last time." He pulled his collar down and there is a yellowish mark on the side of his neck, about
the size of a thumb. He says dad grabbed him by the throat on Sunday because he'd lost his phone.

Our suspension procedure says he has to go home and we finish at 3pm. Mum doesn't live there and we don't
have a number for her. I don't want to put him in a taxi home at 3 but I don't know what else I can do.

I'm on 0151 496 0613 (direct line) until 5.

Gemma Leigh
Head of Year 9
All Saints Catholic High School, Kirkby
""")
    top = plain_top(f, addr("Gemma Leigh", "g.leigh@allsaints-kirkby.sch.uk"), KMASH,
                    "Kieran Walsh Y9 - suspended today", when, "allsaints-kirkby.sch.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "knowsley", "mash_step_up", when, 4,
        "urgent", "other", True, None, [],
        [ch("Kieran Walsh", "2084-09-08", "08/09/2084")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT (safety rule 1), told plainly by a head of year: a 14-year-old suspended this morning is due home at "
        "3pm to a father who said on the phone 'I'll batter him when he gets in, he's dead', with a thumb-sized mark "
        "on his neck from being grabbed by the throat on Sunday. Not a step-up request from Early Help -> other, but "
        "urgent -> alert_duty. No alarm words.",
        not_children=["Martin Walsh", "Gemma Leigh"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2099-06-18 16:22:05"
    ack = T("""
Thank you - your step-up request has been received.

Reference: SB-knowsley-212
Child: Jordan Fairclough
Case ID: EHM-70912
Step-up TAF meeting: Wednesday 24 June 2099 10:00 (MS Teams)

Please reply to this email, keeping the reference in the subject, to add anything.
""")
    body = T("""
Hi,

Adding to this before the TAF on Wednesday as things have moved on.

Jordan was permanently excluded from Prescot School on Monday. He hasn't slept at home since Tuesday. Mum
rang me this afternoon - she says he told her he's "staying with the lads from the Bluebell, they're looking
after me". The lads are two men in their twenties; one of them, Connor, was the one Merseyside Police
spoke to in April about the county line into Ormskirk.

At 1pm today the PRU saw Jordan get into a black Audi at the gate with two older men. Before he left he
told his key worker "I owe them for the phone, I've got to do a run tonight, then we're square."
Mum doesn't know where the flat is. She has reported him missing to the police this afternoon (ref
MP-99-4471).

He is 15.

Farid

Farid Quayle | Family First Case Manager | Knowsley Council | 0151 496 0386
""") + quote("Knowsley MASH <knowsleymash@knowsley.gov.uk>", "Monday, June 15, 2099 9:02 AM",
              "Quayle, Farid <Farid.Quayle@knowsley.gov.uk>", "[SB-knowsley-212] Step up request received", ack)
    top = outlook_top(f, addr("Quayle, Farid", "Farid.Quayle@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: [SB-knowsley-212] Step up request received", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 6,
        "urgent", "follow_up", True, None, ["EHM-70912"],
        [ch("Jordan Fairclough")],
        ["exploitation", "missing"], None, None, [], None, "alert_duty",
        "URGENT follow-up to an existing step-up ([SB-knowsley-212]): a 15-year-old, excluded on Monday, has not been "
        "home since Tuesday, is with two older men who are 'looking after' him, got into their car at the PRU gate "
        "today and says he must 'do a run tonight' to clear a debt -> exploitation + missing tonight -> alert_duty. "
        "Case id and the child's name only in the quoted acknowledgement. 'MP-99-4471' is a police reference, not a "
        "case id. No alarm words.",
        not_children=["Connor"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2099-07-01 09:05:51"
    body = T("""
Dear MASH,

Step-up request for Leon Ashworth (DOB 17/12/2087), EHM-72254.

Documents attached: FF Step Up request to CSC, TAF minutes (24 June) and the Graded Care Profile 2 completed
with mum on 19 June. My team manager Elinor Marsh has agreed the step-up.

The step-up TAF meeting will be on Wednesday 8th July 2099 at 10:00 at Huyton Family Hub, Room 3. I have sent
the invitation to you and MASH business support.

For context only, because it is in the TAF minutes: at the March TAF mum said "if he's excluded again I'll
kick him out, he can go to his dad's". That has not happened - Leon has not been excluded since, and at the
June TAF mum agreed that if there were another exclusion Leon would go to his nan's in Prescot for the
day. Nan is on board and it is in the plan.

The reason for step-up is neglect: the home conditions (GCP2 scores of 4 on housing and nutrition) and
Leon's attendance (68%).

Regards
Farid Quayle
Family First Case Manager
""")
    top = plain_top(f, addr("Quayle, Farid", "Farid.Quayle@" + KDOM), addr("Knowsley MASH", KMASH),
                    "Step-up - Leon Ashworth EHM-72254 - TAF Wed 8 July", when, KDOM, "Microsoft Outlook 16.0",
                    cc=addr("MASH Business Support", KBS))
    atts = [docx_att("FF Step Up request to CSC - Ashworth.docx", appendix1([
                ("Case ID on EHM:", "EHM-72254"), ("What are we worried about?", "Neglect: home conditions, food."),
                ("What is working well?", "Nan; Leon's school."), ("What needs to happen?", "C&F assessment.")])),
            pdf_att("TAF minutes 24 June - Ashworth.pdf", "TAF minutes 24 June - Leon Ashworth",
                    ["Contingency: if Leon is excluded, he goes to nan's for the day (agreed by mum)."]),
            pdf_att("GCP2 - Ashworth.pdf", "Graded Care Profile 2 - Ashworth", ["Housing: 4. Nutrition: 4. Health: 3."])]
    add(f, mail(f, top, body, atts), "knowsley", "mash_step_up", when, 3,
        "near_miss", "step_up", False, None, ["EHM-72254"],
        [ch("Leon Ashworth", "2087-12-17", "17/12/2087")],
        ["neglect", "school_attendance"], None, True, [], True, "book_meeting",
        "NEAR MISS, HYPOTHETICAL: mum's 'if he's excluded again I'll kick him out' was said in March, has not "
        "happened, and a contingency (nan's) is agreed -> not urgent. Complete Knowsley step-up for neglect: form, "
        "TAF minutes and GCP2 attached, team manager agreed, meeting given. Notice exactly 5 WD (Wed 1 July -> Wed "
        "8 July) -> ok -> book_meeting.",
        meeting=date(2099, 7, 8), not_children=["Elinor Marsh"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2099-04-20 08:30:14"
    text = T("""
FAMILY FIRST 0-18 - SUMMER TERM BULLETIN

1. Exclusions, suspensions and safeguarding - twilight session, Thursday 7 May, 4pm, Huyton Hub
Schools' suspensions rose again in the spring term. The session will look at what to do when a child is
suspended or sent home early. Example scenarios we will work through (all invented):
 - a Year 8 boy suspended at midday and sent home to an empty flat;
 - a girl who says "my mum will batter me" when told she is being sent home;
 - a 6-year-old on a reduced timetable whose parent cannot be reached at 12;
 - an excluded teenager who is picked up at the gate by older men.
For each we will ask: is this a child at risk of harm today, and who do you ring?

2. Reduced timetables - new recording form on EHM from 1 May.

3. The Fair Access Panel now meets fortnightly on Tuesdays.

4. Staff news: welcome to our two new case managers in Kirkby.

You are receiving this because you are on the Family First distribution list.
""")
    h = "<html><body style='font-family:Arial'>" + "".join(
        "<p>%s</p>" % esc(p).replace("\n", "<br>") for p in text.split("\n\n")) + "</body></html>"
    top = plain_top(f, addr("Family First Communications", "familyfirst.comms@" + KDOM),
                    addr("Family First 0-18 Duty Mailbox", KFF), "Family First bulletin - summer term 2099", when,
                    KDOM, None, extra=[("Precedence", "bulk")])
    add(f, alt_mail(f, top, text, h), "knowsley", "early_help_duty", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS, BULLETIN: invented training scenarios (a child sent home to an empty flat, 'my mum will batter "
        "me', a 6-year-old nobody can collect, older men at the gate) and the words 'at risk of harm' about nobody "
        "real -> not urgent; a bulletin is other -> human_review. Precedence: bulk but no Auto-Submitted: not an "
        "auto-reply.")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2099-05-05 09:40:18"
    data = itip_reply(f, when, "Aled Pryce", "aled.pryce@" + KDOM, ("Knowsley MASH", KMASH), "DECLINED",
                      "Step-up TAF meeting - Rourke", "20990513T100000", "20990513T113000", "Microsoft Teams",
                      comment="I'm on the exclusions Fair Access Panel that morning. Bryony Tate will chair for MASH "
                              "instead - I've forwarded it to her.")
    add(f, data, "knowsley", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "An Outlook iTIP REPLY (DECLINED) from the MASH social worker with a routine comment (another panel, a "
        "colleague will chair) -> meeting_reply -> record_reply. The exclusion wording is about a panel, no child.")


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2099-04-22 15:04:29"
    body = T("""
Dear MASH colleagues,

As Early Help team manager I am requesting a step-up case discussion for Daniel Okoye (DOB 2088-03-14),
Mosaic ID 2290413.

Daniel has been on a reduced timetable at Southfields Academy since January (three hours a day) and was
suspended twice in March. The managed move to Graveney broke down after two weeks. He is now spending
afternoons on the Doddington estate and school report he is often with much older boys. Mum works two jobs.
The Early Help plan has not moved things on and I think he needs a statutory assessment.

Mum has agreed to the referral to Children's Social Care. I agree the step-up.

Attached: case summary and rationale for step-up.

Best wishes
Priscilla Nwosu
Early Help Team Manager (Wandsworth West)
Richmond and Wandsworth Councils

""") + RDISC
    top = outlook_top(f, addr("Nwosu, Priscilla", "Priscilla.Nwosu@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Daniel Okoye - Mosaic 2290413", when)
    atts = [docx_att("Case summary - D Okoye.docx", ["# Case summary", "Daniel Okoye, 11. Early Help since September.",
                     "Reduced timetable, two suspensions, managed move failed."]),
            docx_att("Rationale for step up - D Okoye.docx", ["# Rationale for step-up",
                     "Early Help plan has not reduced the concerns; need for a Child and Family Assessment."])]
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["2290413"],
        [ch("Daniel Okoye", "2088-03-14", "2088-03-14")],
        ["school_attendance"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up from the Early Help team manager: case summary and rationale attached "
        "-> nothing missing -> book_meeting (stepbot invites within 1 WD). 'Mosaic ID 2290413' -> '2290413'. "
        "Consent 'Mum has agreed to the referral' -> true; 'I agree the step-up' from the team manager -> true. "
        "Older boys on the estate is a worry with no incident now -> no exploitation label, not urgent.",
        not_children=["Priscilla Nwosu"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2099-05-12 10:41:56"
    body = T("""
Hi Early Help Duty,

Further to my call with Jasper this morning, we agreed a step-down case discussion for Thursday 14 May
at 2pm (Teams).

Children: Shanice Grant (DOB 30/01/2090) and Marcus Grant (DOB 21/07/2093). Mosaic 1903344.

Latest case summary attached. I haven't done the draft Early Help plan yet - I'll send it before Thursday.

Consent: Dad does not consent to Early Help. He says the problem is the school, which has suspended Shanice
three times this year, and he doesn't want "another worker". Mum (who lives separately) hasn't been asked yet.

Thanks
Tom

Tom Ashdown | Social Worker | Family Support Team (Richmond)
""")
    top = outlook_top(f, addr("Ashdown, Tom", "Tom.Ashdown@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Grant children", when, cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    atts = [pdf_att("Latest case summary - Grant.pdf", "Case summary - Grant children",
                    ["Shanice: suspensions x3; Marcus: no concerns at school.", "CIN plan ending."])]
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 7,
        "ordinary", "step_down", False, None, ["1903344"],
        [ch("Shanice Grant", "2090-01-30", "30/01/2090"), ch("Marcus Grant", "2093-07-21", "21/07/2093")],
        [], False, None, ["consent", "draft_plan"], None, "request_info",
        "Richmond & Wandsworth step-down: case summary attached, draft plan not yet done -> draft_plan missing; "
        "dad 'does not consent' -> consent false -> consent missing -> request_info. 'Mosaic 1903344' -> '1903344'. "
        "Three suspensions are school behaviour, no concern category claimed.",
        not_children=["Tom Ashdown"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2099-06-03 14:26:10"
    pru = T("""
Hi Bex,

I need to tell someone in Early Help about Amani Okafor (Year 6, with us at Wandle Bridge since the exclusion
in March).

At the end of lunch Amani asked if she could talk to me "where no one can hear". She said that her mum's
boyfriend, Dwayne, "comes in my room when mum's at work and does things to me, and says it's our game". She
said it happened "on Sunday and lots of times". She asked me not to tell her mum because "he'll say I'm
lying and then I'll get sent away like from school".

Mum works nights at the hospital - Monday to Thursday. Amani goes home on our minibus at 3.15 and Dwayne
meets the minibus.

I've written it all down word for word. What do I do now?

Kemi Adeyemi
Learning Mentor, Wandle Bridge Pupil Referral Unit
""")
    body = T("""
This isn't a step-up request - I'm forwarding it as a contact so someone in MASH sees it today. I'm
the family's Early Help worker (Mosaic 2317760). I've told Kemi to keep Amani with her until she hears from
you. Kemi's number is 020 7946 0512.

Rebecca (Bex) Hale
Family Support Worker, Early Help, Wandsworth
""") + quote("Adeyemi, Kemi <k.adeyemi@wandlebridge.wandsworth.sch.uk>", "03 June 2099 14:09",
              "Hale, Rebecca <Rebecca.Hale@richmondandwandsworth.gov.uk>", "Amani", pru)
    top = outlook_top(f, addr("Hale, Rebecca", "Rebecca.Hale@" + RDOM), addr("MASH Step Up", RSU),
                      "FW: Amani", when)
    add(f, mail(f, top, body), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "other", True, None, ["2317760"],
        [ch("Amani Okafor")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "URGENT, IN A FORWARDED PART: an 11-year-old at a PRU has told her learning mentor that mum's boyfriend 'comes "
        "in my room... and does things to me'; mum works nights and he meets the 3.15 minibus -> she goes home to him "
        "tonight. The top says 'This isn't a step-up request' -> other; urgent -> alert_duty. 'Mosaic 2317760' -> "
        "'2317760'. No alarm words.",
        not_children=["Dwayne", "Kemi Adeyemi"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2099-06-16 11:15:22"
    blocks = [
        "Dear Early Help Duty,",
        "",
        "Following my call with Jasper Quint today, we agreed a step-down case discussion on Friday 19 June at 10:00 "
        "at the Wandsworth Civic Suite.",
        "",
        ("table", [["Child", "DOB", "Mosaic"], ["Lewis Baptiste", "30/05/2085", "1877342"]]),
        "",
        "{{History (for context):}} In Year 7, in 2096, Lewis was repeatedly sent home at lunchtime to an empty flat "
        "and was once found wandering on the Alton estate at 9pm; that led to the section 47 enquiry in 2097 and the "
        "child protection plan, which ended in 2098. None of that has happened since he moved to the Roehampton "
        "PRU: he is collected by his aunt every day, his attendance is 96% and he returns to mainstream in "
        "September.",
        "",
        "Lewis and his mum both consent to Early Help continuing the plan. The proposed lead professional is Hannah "
        "Obi, Youth Worker, Roehampton Youth Hub.",
        "",
        "Attached: latest case summary and the draft Early Help plan.",
        "",
        "Kind regards,",
        "Marta Kowalczyk",
        "Social Worker, Children in Need, Wandsworth",
    ]
    top = outlook_top(f, addr("Kowalczyk, Marta", "Marta.Kowalczyk@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Lewis Baptiste", when)
    atts = [docx_att("Latest case summary - L Baptiste.docx", ["# Case summary", "Lewis Baptiste, 14."]),
            docx_att("Draft Early Help plan - L Baptiste.docx", ["# Draft Early Help plan", "Reintegration; youth work."])]
    add(f, word_mail(f, top, blocks, atts), "richmond_wandsworth", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["1877342"],
        [ch("Lewis Baptiste", "2085-05-30", "30/05/2085")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS, HISTORIC: a boy sent home at lunchtime to an empty flat and found wandering at 9pm - in 2096, "
        "closed after a CP plan ended in 2098; now collected daily, 96% attendance -> not urgent. Complete step-down "
        "(case summary + draft plan attached, consent given) -> book_meeting. Mosaic id from the Word table.",
        not_children=["Hannah Obi", "Jasper Quint"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2099-06-25 16:02:45"
    body = T("""
Good afternoon,

Please see attached the approved minutes of the Governors' Pupil Discipline Committee held on 22 June, as
the local authority's Early Help representative was listed as an observer. Please do not forward.

Regards
Clerk to Governors
Riverside Park School
""")
    minutes = ["Present: three governors; the Headteacher; the pupil's father; LA officer (Early Help) as observer.",
               "Item 1: Consideration of the permanent exclusion of Pupil JM (Year 10).",
               "The Headteacher described the incident of 9 June, in which the pupil brought a knife onto the school "
               "site and was said to be a danger to other pupils.",
               "The father said JM had been carrying it after being threatened on the bus; the matter is with the police, "
               "who have taken no further action against JM; the family has moved JM's route to school.",
               "The Committee upheld the exclusion. JM starts at the Harbour PRU on 29 June. Father supportive.",
               "The father was advised of the right to ask for an independent review within 15 school days."]
    top = outlook_top(f, addr("Clerk to Governors", "clerk@riversidepark.richmond.sch.uk"),
                      addr("Early Help Duty", RED), "Minutes - Pupil Discipline Committee 22 June", when,
                      mid_domain="riversidepark.richmond.sch.uk")
    add(f, mail(f, top, body, [pdf_att("GDC minutes 22 June - approved.pdf", "Governors' Pupil Discipline Committee - "
                                      "minutes", minutes)]),
        "richmond_wandsworth", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS, GOVERNORS' PANEL MINUTE: a knife, 'a danger to other pupils' and a threat on the bus - all in the "
        "minutes of a completed panel about an anonymised pupil, with the police matter closed and the father "
        "supportive -> not urgent; minutes to the duty inbox -> other -> human_review. No child named in full.")

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2099-07-07 09:33:03"
    body = T("""
Hi,

Draft Early Help plan for Rosa Delgado attached as promised. Mum signed the Early Help consent form
yesterday at the home visit, so consent is now given.

Thanks,
Ines

Ines Carvalho
Social Worker, Richmond
""") + quote("Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>", "Thursday, July 2, 2099 3:12 PM",
              "Carvalho, Ines <Ines.Carvalho@richmondandwandsworth.gov.uk>",
              "[SB-richmond_wandsworth-341] Step-down request received",
              ack_text("step-down", "SB-richmond_wandsworth-341", ["Child: Rosa Delgado"], ["draft plan", "consent"]))
    top = outlook_top(f, addr("Carvalho, Ines", "Ines.Carvalho@" + RDOM), addr("Early Help Duty", RED),
                      "RE: [SB-richmond_wandsworth-341] Step-down request received", when)
    atts = [docx_att("Draft EH plan - Rosa Delgado.docx", ["# Draft Early Help plan", "Rosa Delgado.",
                     "Support with the transition back to school after the managed move."])]
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "early_help_duty", when, 2,
        "ordinary", "follow_up", False, None, [], [ch("Rosa Delgado")], [], True, None, [], None,
        "attach_to_request",
        "Follow-up ([SB-richmond_wandsworth-341] in the subject) bringing the draft plan; 'Mum signed the Early Help "
        "consent form ... consent is now given' -> consent true. follow_up -> missing [] -> attach_to_request.")

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2099-06-30 12:37:50"
    text = ("Hi it's Sandra Attendance Team. At Kemble House for Mia Tran age 6 (the one on the reduced "
            "timetable, home at 12 every day). School sent her home in the taxi at 12.15, flat door locked, "
            "nobody answering. Neighbour says mum was taken away in an ambulance last night and nobody's been "
            "back. Mia is sat on the landing with the neighbour's teenage lad, she's had nothing to eat since "
            "yesterday she says. I have to be in Putney at 1.15. Who do I give her to?\n\n"
            "Sandra Mbeki\nEducation Welfare Officer\n\nSent from my iPhone\n")
    top = plain_top(f, addr("Sandra Mbeki", "Sandra.Mbeki@" + RDOM), RED, "Mia Tran - reduced timetable",
                    when, RDOM, "iPhone Mail (22A345)")
    add(f, iphone_mail(f, top, text), "richmond_wandsworth", "early_help_duty", when, 2,
        "urgent", "other", True, None, [], [ch("Mia Tran")], ["neglect"], None, None, [], None, "alert_duty",
        "URGENT, MOBILE: a 6-year-old on a reduced timetable sent home at 12.15 to a locked flat, mother taken to "
        "hospital last night, no adult, not eaten since yesterday, and the officer must leave at 1.15 -> no carer "
        "now -> alert_duty. An attendance officer's message, not a step request -> other. No alarm words.",
        not_children=["Sandra Mbeki"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2099-05-19 08:52:11"
    data = ooo(f, when, "Jasper Quint", "jasper.quint@" + RDOM, addr("Early Help Duty", RED),
               "[SB-richmond_wandsworth-298] Step-down case discussion", T("""
Thank you for your email. I am at the Fair Access Panel and the exclusions review all day on Tuesday 19 May
with limited access to email. For step-down discussions please contact Imogen Varley. If a child may be at
risk please ring the MASH duty desk.

Jasper Quint
Early Help Manager
"""))
    add(f, data, "richmond_wandsworth", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Out-of-office (Auto-Submitted: auto-replied, 'Automatic reply:') -> auto_reply -> ignore (RFC 3834). Its "
        "'if a child may be at risk' is boilerplate about nobody.")


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2099-04-28 13:02:37"
    blocks = [
        "Dear MAST,",
        "",
        "Please find attached a Multi-Agency Request for Support for {{Sumaiya Begum}} (DOB 14/03/2086), Mosaic 3300871. "
        "My manager, Nadim Rahman, has agreed this step-up (he is copied in).",
        "",
        "{{What has happened today}}",
        "Sumaiya was suspended at 11.40 this morning for three days after an argument with a teacher. Bow Girls' "
        "School have rung her father and are sending her home at 2.30 when he arrives to collect.",
        "",
        "At lunch Sumaiya rang me from the school office in tears. Her words: \"If I go home he'll hit me with the belt "
        "again. He said last time if I got sent home again he'd kill me.\" She showed the learning mentor a long "
        "purple bruise on her upper arm, which she says is from the belt on Saturday.",
        "",
        "The school say they cannot keep her past 2.30 under their suspension procedure. Mum is in Bangladesh until "
        "the end of May.",
        "",
        "I am the family's Early Help practitioner (since January, for school attendance and conflict at home).",
        "",
        "Shirin Ahmed",
        "Early Help Practitioner | Tower Hamlets Early Help | 020 7946 0733",
    ]
    top = outlook_top(f, addr("Ahmed, Shirin", "Shirin.Ahmed@" + TDOM), addr("MAST", TMAST),
                      "Step up - Sumaiya Begum - Mosaic 3300871", when, cc=addr("Rahman, Nadim", "nadim.rahman@" + TDOM))
    atts = [docx_att("Multi-Agency Request for Support - S Begum.docx", ["# Multi-Agency Request for Support",
                     "Child: Sumaiya Begum", "Reason: physical chastisement with a belt; suspension today.",
                     "Manager agreement: Nadim Rahman, Early Help Co-ordinator"])]
    add(f, word_mail(f, top, blocks, atts), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["3300871"],
        [ch("Sumaiya Begum", "2086-03-14", "14/03/2086")],
        ["physical_harm"], None, True, [], None, "alert_duty",
        "URGENT step-up: a 13-year-old suspended this morning is being sent home at 2.30 to a father she says hits her "
        "with a belt and threatened to 'kill me' if she was sent home again, with a fresh bruise -> alert_duty. "
        "Request for Support attached and the manager's agreement stated -> nothing missing. 'Mosaic 3300871' -> "
        "'3300871'. No alarm words.",
        not_children=["Nadim Rahman", "Shirin Ahmed"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2099-05-07 19:48:09"
    body = T("""
hello

my name is Rokeya Miah I am mother of Ayaan Miah he is 15 year. he is excluded from school on friday (Langdon
Park) and since friday he is not come home. police I told on saturday.

today his friend say me Ayaan is in a flat in Poplar near the DLR with older man, 25 or 30 year, who give him
money and new phone and say to everyone "we look after him". I dont know the flat.

tonight 7 o'clock Ayaan send me voice message he say "mum dont call them, they will hurt me if I dont do what
they say, I have to go to Southend tonight". then his phone is off.

please I dont know who to tell, the school say email this address. please someone call me 07700 900 418

Rokeya
""")
    top = plain_top(f, addr("rokeya miah", "rokeya.miah.88@gmail.com"), TEH, "my son Ayaan", when, "mail.gmail.com", None)
    add(f, mail(f, top, body, cte="7bit"), "tower_hamlets", "early_help_duty", when, 3,
        "urgent", "other", True, None, [], [ch("Ayaan Miah")], ["exploitation", "missing"], None, None, [], None,
        "alert_duty",
        "URGENT, OUT OF HOURS, IN A PARENT'S OWN ENGLISH: an excluded 15-year-old missing since Friday is held by older "
        "men who 'look after him', and tonight said 'they will hurt me... I have to go to Southend tonight' -> "
        "exploitation + missing now -> alert_duty (out of hours at 19:48). A parent's mail -> other.",
        not_children=["Rokeya Miah"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2099-06-11 13:21:30"
    data = itip_reply(f, when, "Dele Oyewole", "d.oyewole@cityedge.towerhamlets.sch.uk", ("Early Help Hub", TEH),
                      "DECLINED", "TAF meeting - Ruby Ashford", "20990611T150000", "20990611T163000",
                      "City Edge PRU, Room 4",
                      comment="Sorry, declining - I need to stay with Ruby. At lunch she told me Gary \"puts the "
                              "lighter on my arm when I'm bad\" and showed me two round burns on her forearm, one "
                              "still weeping. She goes home on our minibus at 3 and Gary is the one who meets it. "
                              "Please can someone ring me on 020 7946 0861 before then.")
    add(f, data, "tower_hamlets", "early_help_duty", when, 4,
        "urgent", "meeting_reply", True, None, [], [ch("Ruby Ashford")], ["physical_harm"], None, None, [], None,
        "alert_duty",
        "URGENT, IN A DECLINED INVITATION'S COMMENT: a PRU teacher declines this afternoon's TAF because a child "
        "showed burns she says Gary made with a lighter, and Gary meets her 3pm minibus -> harm tonight -> "
        "alert_duty (urgent overrides record_reply). Child named in the meeting summary.",
        not_children=["Gary", "Dele Oyewole"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2099-05-13 11:08:44"
    body = T("""
Dear Early Help Hub,

Step-down: Idris Chowdhury (DOB 09/01/2088), Mosaic 3184412.

The Child and Family Assessment was completed on 6 May; assessment and draft Early Help plan attached. Mum
consents to the step-down. The lead practitioner will be Farzana Haque, Family Support Worker, Stepney
Family Hub. I will chair the TAF on Wednesday 20 May at 10am.

Just so the Hub has the full picture: the school suspended Idris for a day in March and sent him home at
midday. Dad collected him, took him to his uncle's shop for the afternoon and the school rang that evening -
all fine. There have been no suspensions since and his attendance is 94%.

Regards
Callum Reid
Social Worker, Children and Families Assessment Team
""") + TDISC
    top = outlook_top(f, addr("Reid, Callum", "Callum.Reid@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Idris Chowdhury", when)
    atts = [pdf_att("Child and Family Assessment - I Chowdhury.pdf", "Child and Family Assessment", ["Completed 6 May."]),
            docx_att("Draft Early Help plan - Idris.docx", ["# Draft Early Help plan", "TAF every 6 weeks."])]
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["3184412"],
        [ch("Idris Chowdhury", "2088-01-09", "09/01/2088")], [], True, None, [], None, "book_meeting",
        "NEAR MISS, RESOLVED: a suspension with the child sent home at midday - but dad collected, all fine, no "
        "suspensions since -> not urgent. Complete Tower Hamlets step-down: assessment + draft plan attached, consent "
        "given, lead practitioner named with agency -> book_meeting.",
        not_children=["Farzana Haque", "Callum Reid"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2099-06-22 10:17:26"
    blocks = [
        "Dear Sir or Madam,",
        "",
        "{{Re: Appeal against the permanent exclusion of my son, Tariq Hussain (Year 10)}}",
        "",
        "I am copying this letter to Early Help because our Early Help worker told me to keep you informed.",
        "",
        "I write to ask for an independent review of the governors' decision of 16 June to uphold Tariq's permanent "
        "exclusion from Mulberry Park Academy. The school says Tariq is \"a danger to other pupils\" because of the "
        "fight on 2 June. This is not true and it is not fair. The other boy started it, the CCTV shows it, and "
        "Tariq has never been in trouble before. The school did not consider his ADHD diagnosis at all.",
        "",
        "Tariq is at home with me and his father while we wait. He is doing the work the school sends and going to "
        "football training. He is upset, not dangerous.",
        "",
        "I ask the panel to recommend that the governors reconsider.",
        "",
        "Yours faithfully,",
        "Nasreen Hussain",
    ]
    top = outlook_top(f, addr("Nasreen Hussain", "nasreen.hussain@outlook.com"),
                      addr("Independent Review Panel", "exclusions.reviews@" + TDOM),
                      "Appeal - permanent exclusion - Tariq Hussain", when, cc=addr("Early Help Hub", TEH),
                      mid_domain="PAXP193MB1244.EURP193.PROD.OUTLOOK.COM")
    add(f, word_mail(f, top, blocks, plain_twin=False), "tower_hamlets", "early_help_duty", when, 6,
        "near_miss", "other", False, None, [], [ch("Tariq Hussain")], [], None, None, [], None, "human_review",
        "NEAR MISS, EXCLUSION APPEAL LETTER: 'a danger to other pupils' is the school's phrase the mother disputes; "
        "Tariq is at home safely with both parents -> not urgent. A parent's appeal copied to the hub -> other -> "
        "human_review. HTML-only Word letter.",
        not_children=["Nasreen Hussain"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2099-06-02 15:55:18"
    body = T("""
Hi MAST,

I'm asking for MAST's view on a step-up for Naveed Ali (DOB 05/11/2089), Mosaic 3291005.

Naveed was off-rolled from his primary in February: the school suggested mum "home educate" rather than
face an exclusion, and mum signed the form. He has had no education since and the elective home education
team have not been able to visit. Mum consents to the referral.

The Multi-Agency Request for Support form is attached.

My manager has NOT agreed - she thinks it should stay with Early Help and go to the Children Missing Education
panel first. I disagree and would like MAST's view.

Thanks
Jodie

Jodie Crane | Early Help Practitioner | Tower Hamlets
""") + TDISC
    top = outlook_top(f, addr("Crane, Jodie", "Jodie.Crane@" + TDOM), addr("MAST", TMAST),
                      "Step up request - Naveed Ali", when)
    atts = [docx_att("MARF - Naveed Ali.docx", ["# Multi-Agency Request for Support", "Naveed Ali",
                     "No education since February (off-rolled)."])]
    add(f, mail(f, top, body, atts), "tower_hamlets", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["3291005"],
        [ch("Naveed Ali", "2089-11-05", "05/11/2089")], ["school_attendance"], True, False,
        ["manager_agreed"], None, "request_info",
        "Tower Hamlets step-up with the Multi-Agency Request for Support attached ('MARF' file, titled as the form); "
        "manager 'has NOT agreed' -> false -> manager_agreed missing -> request_info. Consent stated -> true. "
        "Off-rolling, no education -> school_attendance.")

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2099-07-14 10:02:09"
    body = T("""
Dear Early Help Hub,

Step down for Jayden Kelly (DOB 2091-08-19), Mosaic 3256118.

C&F assessment ended 9 July - attached, with the draft Early Help plan. The lead practitioner will be Ruth
Abara, Family Support Worker at Island Children's Centre.

Jayden's reduced timetable at Cubitt Town ended in June; he is back full time.

Consent: I'll discuss the step-down with mum at Thursday's visit and let you know.

Thanks
Owen Pryor, Social Worker
""")
    top = outlook_top(f, addr("Pryor, Owen", "Owen.Pryor@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Jayden Kelly", when)
    atts = [pdf_att("C&F Assessment - J Kelly.pdf", "Child and Family Assessment - Jayden Kelly", ["Ended 9 July."]),
            docx_att("Draft Early Help plan - J Kelly.docx", ["# Draft Early Help plan", "Jayden Kelly"])]
    add(f, mail(f, top, body, atts), "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["3256118"],
        [ch("Jayden Kelly", "2091-08-19", "2091-08-19")], [], None, None, ["consent"], None, "request_info",
        "Tower Hamlets step-down with assessment and draft plan attached and a lead practitioner named with agency; "
        "consent 'I'll discuss ... with mum at Thursday's visit' -> still to be asked -> null -> consent missing -> "
        "request_info. The reduced timetable ended in June.",
        not_children=["Ruth Abara"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2099-06-04 09:12:40"
    body = T("""
Agreed - I have reviewed the step-up for Yusuf Karim and I agree it should go to MAST. Signed RFS
attached.

Maryam Okonjo
MAST Manager
""") + quote("Early Help Practitioner <Lena.Shah@towerhamlets.gov.uk>", "Wednesday, June 3, 2099 4:40 PM",
              "MAST <MAST@towerhamlets.gov.uk>", "[SB-tower_hamlets-187] Step-up request received",
              ack_text("step-up", "SB-tower_hamlets-187", ["Child: Yusuf Karim"],
                       ["request for support form", "manager agreement"]))
    top = outlook_top(f, addr("Okonjo, Maryam", "maryam.okonjo@" + TDOM), addr("MAST", TMAST),
                      "RE: [SB-tower_hamlets-187] Step-up request received", when)
    atts = [docx_att("Request for Support - Yusuf Karim (signed).docx", ["# Multi-Agency Request for Support",
                     "Yusuf Karim", "Manager: agreed - M Okonjo"])]
    add(f, mail(f, top, body, atts), "tower_hamlets", "mash_step_up", when, 2,
        "ordinary", "follow_up", False, None, [], [ch("Yusuf Karim")], [], None, True, [], None, "attach_to_request",
        "Follow-up ([SB-tower_hamlets-187]) from the manager: 'I agree it should go to MAST' -> manager_agreed true; "
        "the signed request for support attached -> follow_up -> attach_to_request.")


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2099-04-15 10:26:31"
    body = T("""
Hello Early Help,

Please can I have a triage slot for a step-down to level 3 for the Hext children:

Alfie Hext - DOB 04/06/2091 - LCS-118204
Poppy Hext - DOB 12/08/2095 - LCS-118205

Single Assessment completed 10 April with my analysis and the rationale for step-down (attached). My team
manager, Rhiannon Tully, has recorded her analysis on LCS confirming the threshold for level 3 is met. Mum
has given consent for level 3 Early Help.

Alfie was on a reduced timetable (mornings) at Ellacombe last term; he went back full time after Easter
with an agreed support plan. Poppy is 3, so I think this will need the under-5s triage.

Many thanks
Beth Coombe
Social Worker, Single Assessment Team, Torbay Council

""") + BDISC
    top = outlook_top(f, addr("Coombe, Beth", "Beth.Coombe@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - step down - Hext", when)
    atts = [pdf_att("Single Assessment - Hext.pdf", "Single Assessment - Alfie and Poppy Hext",
                    ["Analysis and rationale for step-down to level 3."])]
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["LCS-118204", "LCS-118205"],
        [ch("Alfie Hext", "2091-06-04", "04/06/2091"), ch("Poppy Hext", "2095-08-12", "12/08/2095")],
        [], True, True, [], None, "book_meeting",
        "Complete Torbay step-down to level 3 (stated): Single Assessment attached, team manager's analysis recorded, "
        "consent given -> book_meeting; Poppy is 3 -> the fortnightly under-5s triage. The reduced timetable is past.",
        not_children=["Rhiannon Tully", "Beth Coombe"])

def torbay_02():
    f = "torbay_02.eml"; when = "2099-05-27 14:44:02"
    body = T("""
To MASH,

Contact / step-up to level 4 for Ellie-Jo Harvey, DOB 17/04/2085, EHM-66120.

Ellie-Jo has been suspended five times this year from Paignton Community College and the managed move to
Brixham failed after three weeks. She is now on a two-hour timetable. Mum's drinking has got worse since
February (she was drunk at the last two TAF meetings) and Ellie-Jo says she does "everything" at home for
her little brothers.

Consent: mum refused consent to a contact to MASH. She says "social services can do one".

Manager sign-off: my team manager is on leave until Monday - I'll get her agreement then.

Kerry Lane
Family Intervention Worker, Torbay Early Help
""")
    top = plain_top(f, addr("Kerry Lane", "Kerry.Lane@" + BDOM), BMASH, "Step up - E Harvey", when, BDOM,
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["EHM-66120"],
        [ch("Ellie-Jo Harvey", "2085-04-17", "17/04/2085")],
        ["school_attendance", "substance_misuse", "young_carer"], False, None, ["consent", "manager_agreed"], None,
        "request_info",
        "Torbay step-up (contact to MASH): mum 'refused consent' -> false; team manager on leave, agreement still to "
        "get -> null -> consent and manager_agreed missing -> request_info. Concerns: mum's drinking -> "
        "substance_misuse; doing 'everything' for her brothers -> young_carer; suspensions/two-hour timetable -> "
        "school_attendance.")

def torbay_03():
    f = "torbay_03.eml"; when = "2099-07-02 12:21:47"
    body = T("""
Rang mum 4x and dad 2x, no answer, nan's number dead. Charlie Yeo Y8 (DOB 30/09/2086) suspended for fighting,
policy says off site by 1. Just told me his step-dad "will leather me, he said next time he'll break my
jaw" and he'd rather sleep in Oldway park tonight than go home. Has a cut lip from last night he says.
Pls ring me 01632 960771 - Mr Dart, HoY8 Torquay Academy

Sent from my Galaxy
""")
    top = plain_top(f, addr("Sam Dart", "s.dart@torquayacademy.torbay.sch.uk"), BMASH, "Charlie Yeo", when,
                    "torquayacademy.torbay.sch.uk", None)
    add(f, mail(f, top, body, cte="7bit"), "torbay", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Charlie Yeo", "2086-09-30", "30/09/2086")], ["physical_harm"],
        None, None, [], None, "alert_duty",
        "URGENT, MOBILE ONE-LINER FROM A HEAD OF YEAR: a school that cannot reach any parent after a suspension; the "
        "12-year-old must leave site by 1, says his step-dad 'will leather me ... break my jaw', has a cut lip from "
        "last night and would rather sleep in the park tonight -> alert_duty. Not a step request -> other.")

def torbay_04():
    f = "torbay_04.eml"; when = "2099-06-24 12:06:15"
    blocks = [
        "Good afternoon,",
        "",
        "I am the SENCO at Furzeham Primary. {{Oscar Penwill}} (Year 1, DOB 21/03/2093) has been on a reduced "
        "timetable since May (8.45 to 11.45) while we wait for his EHCP. He goes home in the council taxi at 11.45.",
        "",
        "Today the taxi driver brought him back to school at 12.20: the front door was locked and nobody answered. "
        "Mum's phone goes straight to voicemail. The only other contact on our system is grandad, and when we rang "
        "him he was slurring and said \"just put him back in the taxi and he can sit on the step, she'll be back "
        "sometime\".",
        "",
        "We have a staff training afternoon and the building closes at 1.30 today; the taxi firm will not take him "
        "again. Oscar is 6, has no speech to speak of and he is sitting in my office with his coat on.",
        "",
        "Please ring me on 01632 960455.",
        "",
        "Anna Widdicombe",
        "SENCO, Furzeham Primary School",
    ]
    top = outlook_top(f, addr("Anna Widdicombe", "senco@furzeham.torbay.sch.uk"), addr("Torbay MASH", BMASH),
                      "Oscar Penwill Y1 - nobody at home", when, mid_domain="furzeham.torbay.sch.uk")
    add(f, word_mail(f, top, blocks), "torbay", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Oscar Penwill", "2093-03-21", "21/03/2093")],
        ["disability_send", "neglect"], None, None, [], None, "alert_duty",
        "URGENT, WORD HTML FROM A SENCO: a 6-year-old with little speech on a reduced timetable, sent home to a locked "
        "house, mother unreachable, the only other contact drunk and saying to leave him on the step, and the school "
        "shuts at 1.30 -> no safe adult this afternoon -> alert_duty. EHCP / no speech -> disability_send; left with "
        "no carer -> neglect. No alarm words.",
        not_children=["Anna Widdicombe"])

def torbay_05():
    f = "torbay_05.eml"; when = "2099-04-23 09:14:58"
    body = T("""
Hi all,

Ahead of next week's team meeting, attached are the slides from the exclusions and safeguarding training
the Designated Safeguarding Leads had on Tuesday. Please have a look - we'll discuss slide 4.

Tamsin

Tamsin Verity | Early Help Service Manager | Torbay Council
""")
    slides = ["Slide 1: Exclusions, suspensions and safeguarding - DSL network, April",
              "Slide 2: Suspensions rose 18% in the spring term; reduced timetables must be time-limited and agreed.",
              "Slide 3: A suspension is a moment of heightened risk: who is at home? is the child safe to go home?",
              "Slide 4: Case study (fictional): 'Josh', 13, is suspended at midday and sent home to the father who "
              "hurt him last year. Josh says 'he'll kill me'. What do you do? Who do you ring? Do you send him home?",
              "Slide 5: Case study (fictional): a 6-year-old on a reduced timetable; nobody at home at 12.",
              "Slide 6: Never send a child home to danger. Call the MASH or 999 in an emergency."]
    top = outlook_top(f, addr("Verity, Tamsin", "tamsin.verity@" + BDOM), addr("Early Help", BEH),
                      "Slides - exclusions and safeguarding training", when)
    add(f, mail(f, top, body, [pdf_att("Exclusions and safeguarding - DSL slides.pdf", "DSL network training", slides)]),
        "torbay", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS, TRAINING SLIDES: fictional case studies ('Josh' sent home to the father who hurt him, 'he'll kill "
        "me'; a 6-year-old with nobody at home) and 'danger', 'emergency', 'risk' about nobody real -> not urgent; "
        "a team mail -> other -> human_review. 'Josh' is a fictional case study, not a child to label.")

def torbay_06():
    f = "torbay_06.eml"; when = "2099-06-05 11:48:20"
    body = T("""
Hi Early Help,

Requesting a triage slot - step-down to level 3 for Jack Northcott, DOB 2086-10-02, LCS-117733.

Single Assessment with analysis and rationale attached. TM analysis recorded on LCS (Rhiannon agreed the
threshold on 3 June). Mum and Jack have both consented to level 3 Early Help.

You'll see on LCS a note from last Thursday: Jack was suspended for a day for vaping in the toilets and
sent home at midday. Mum collected him at 12, took him to his nan's for the afternoon and the school rang
at 4 to check - all fine, and he was back in on Monday.

Cheers
Dan Hocking
Social Worker, SASF Team
""")
    top = outlook_top(f, addr("Hocking, Dan", "Dan.Hocking@" + BDOM), addr("Early Help", BEH),
                      "Step down - triage - Jack Northcott", when)
    atts = [docx_att("Single Assessment - J Northcott.docx", ["# Single Assessment", "Analysis and rationale."])]
    add(f, mail(f, top, body, atts), "torbay", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["LCS-117733"],
        [ch("Jack Northcott", "2086-10-02", "2086-10-02")], [], True, True, [], None, "book_meeting",
        "NEAR MISS, SUSPENSION WHERE ALL WAS FINE: sent home at midday, mum collected, school checked, back on Monday "
        "-> not urgent. Complete Torbay step-down: assessment attached, 'Rhiannon agreed the threshold' -> manager "
        "true, consent given -> book_meeting.")

def torbay_07():
    f = "torbay_07.eml"; when = "2099-07-09 15:31:36"
    body = T("""
Hi,

One more thing for Harley Bond's step-down plan before triage.

At the TAF, dad said that if Harley is excluded again he will "put him out on the street". He said it in
anger and calmed down straight away. We agreed with dad that if there is ever another exclusion Harley
will go to his aunt's in Preston (Paignton) until dad is home from work, and that's now in the plan.
Harley has not been suspended or excluded this term.

Thanks
Dan
""") + quote("Early Help <earlyhelp@torbay.gov.uk>", "Monday, July 6, 2099 10:05 AM",
              "Hocking, Dan <Dan.Hocking@torbay.gov.uk>", "[SB-torbay-266] Triage slot request received",
              ack_text("step-down", "SB-torbay-266", ["Child: Harley Bond", "Triage: Tuesday 14 July, 09:30"], []))
    top = outlook_top(f, addr("Hocking, Dan", "Dan.Hocking@" + BDOM), addr("Early Help", BEH),
                      "RE: [SB-torbay-266] Triage slot request received", when)
    add(f, mail(f, top, body), "torbay", "early_help_duty", when, 3,
        "near_miss", "follow_up", False, None, [], [ch("Harley Bond")], [], None, None, [], None, "attach_to_request",
        "NEAR MISS, HYPOTHETICAL: 'if Harley is excluded again he will put him out' - said in anger, no exclusion "
        "this term, a plan agreed -> not urgent. Follow-up ([SB-torbay-266]) -> attach_to_request.")

def torbay_08():
    f = "torbay_08.eml"; when = "2099-06-12 16:40:27"
    data = google_reply(f, when, "Lowenna Trist", "lowenna.trist@actionforfamilies-torbay.org",
                        ("Torbay Early Help", BEH), "ACCEPTED", "Under-5s triage - step-down slot",
                        "20990616T083000Z", "20990616T100000Z", "Torbay Council, Tor Hill House",
                        "Tuesday 16 Jun 2099 09:30 - 11:00 (BST)")
    add(f, data, "torbay", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "A Google Calendar iTIP REPLY (ACCEPTED) to the under-5s triage -> meeting_reply -> record_reply.")


# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2099-04-14 11:02:19"
    body = T("""
Dear Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan (Level 3) for the Watkins sibling group,
following my discussion with Verity Lang at the drop-in on 7 April:

 - Ella Watkins, DOB 02/02/2088
 - Finley Watkins, DOB 15/09/2091

Mosaic 4410283. Mum and dad have signed the consent form (attached).

Key person agreed with the family to lead on this step-down: Sian Preece, Family Support Worker, Ledbury
Children's Centre (sian.preece@ledburycc.org.uk, 01632 960318).

Finley's part-time timetable at Ledbury Primary ended at Easter and he is in full time with a 1:1.

Regards
Gareth Price
Social Worker, Locality Team (East)

""") + HDISC
    top = outlook_top(f, addr("Price, Gareth", "Gareth.Price@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down plan - Watkins siblings", when)
    atts = [docx_att("EHA step-down plan - Watkins.docx", ["# Early Help Assessment - step-down plan",
                     "Wellbeing plan: what needs to happen, by whom, outcome, timescale."]),
            pdf_att("Signed consent form - Watkins.pdf", "Early Help consent form", ["Signed by both parents, 9 April."])]
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["4410283"],
        [ch("Ella Watkins", "2088-02-02", "02/02/2088"), ch("Finley Watkins", "2091-09-15", "15/09/2091")],
        [], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down at Level 3 (stated): plan and signed consent form attached, key "
        "person named with agency -> nothing missing -> book_meeting. First dated mail of the window (Tue 14 April, "
        "the day after Easter Monday).",
        not_children=["Sian Preece", "Verity Lang", "Gareth Price"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2099-05-21 13:37:41"
    body = T("""
Hi team,

Step-down plan attached for Mason Bevan (DOB 11/11/2086), Mosaic 4398871.

Lead: Carys Morgan, Youth Worker, Hereford Youth Service.

I'm afraid dad refused to sign the consent form. He is angry with Whitecross about Mason's managed move and
says he wants "nothing from the council". Mum is not in contact.

Gethin Howells
Social Worker, Hereford City Team
""")
    top = plain_top(f, addr("Gethin Howells", "Gethin.Howells@" + HDOM), HEH, "Step down - M Bevan", when, HDOM, None)
    atts = [docx_att("Step-down plan - Mason Bevan.docx", ["# Early Help Assessment step-down plan", "Mason Bevan"])]
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["4398871"],
        [ch("Mason Bevan", "2086-11-11", "11/11/2086")], [], False, None, ["consent_form"], None, "request_info",
        "Herefordshire step-down: plan attached, lead named with agency; 'dad refused to sign the consent form' -> "
        "consent false and consent_form missing -> request_info. No level stated -> null.",
        not_children=["Carys Morgan"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2099-06-17 10:48:12"
    body = T("""
Hello MASH,

I'm Cody Pritchard's key worker at the Brookfield Centre (PRU). I'd like to step Cody up to social care.

Cody (13, DOB 06/06/2086) was excluded from here for two days at 10 this morning after throwing a chair.
The taxi is booked to take him home at 2.

When I told him he was going home he sat on the floor and said: "Mum's new fella said if I got kicked out
again he'd break my arms. He means it. He did my fingers last time." Two fingers on his left hand are
strapped - he told the nurse in May he'd shut them in a door.

We can't get hold of mum. The new partner is the only adult at the house in the day.

Bethan Jenkins
Key Worker, Brookfield Centre
01632 960274
""")
    top = plain_top(f, addr("Bethan Jenkins", "b.jenkins@brookfieldcentre.herefordshire.sch.uk"), HMASH,
                    "Step up - Cody Pritchard", when, "brookfieldcentre.herefordshire.sch.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "herefordshire", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, [], [ch("Cody Pritchard", "2086-06-06", "06/06/2086")], ["physical_harm"],
        None, None, [], None, "alert_duty",
        "URGENT step-up from PRU staff: a 13-year-old excluded this morning is taxied home at 2 to mum's partner, who "
        "threatened to 'break my arms' if he was excluded again and 'did my fingers last time' -> alert_duty. "
        "Herefordshire's seed defines no step-up -> missing [] (would be human_review if not urgent). No alarm words.")

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2099-07-15 12:52:03"
    h = ("<html><body><div style='font-family:Verdana;font-size:13px'>"
         "<p>I didnt know who to email, this address was on the council page for families.</p>"
         "<p>The little girl next door at 4 Orchard Row, Leominster, Lily she's about 8, she gets sent home from "
         "school at dinner time most days now. Today she came home about 12.30 and her mums boyfriend was in. "
         "About 10 minutes ago I heard him shouting and a massive bang against our wall and Lily screaming "
         "&quot;stop it stop it I'm sorry&quot;. Now it's gone quiet. I knocked and he shouted through the door to "
         "mind my own. Her mum works in Hereford till 6.</p>"
         "<p>I'm at home, 07700 900 562.</p>"
         "<p>Pauline (no.6)</p></div></body></html>")
    top = plain_top(f, addr("Pauline Gittins", "pauline.gittins@btinternet.com"), HEH,
                    "girl next door", when, "btinternet.com", None)
    add(f, html_only(f, top, h), "herefordshire", "early_help_duty", when, 2,
        "urgent", "other", True, None, [], [ch("Lily")], ["domestic_abuse", "physical_harm"], None, None, [], None,
        "alert_duty",
        "URGENT, HTML-ONLY FROM A NEIGHBOUR: an 8-year-old sent home at lunchtime is in the house with mum's boyfriend; "
        "shouting, a bang against the wall and the child screaming 'stop it ... I'm sorry' ten minutes ago, now "
        "quiet -> alert_duty. Only a first name -> children [{Lily, null}]. Labelled domestic_abuse as well as "
        "physical_harm (violence by mum's partner in the home). No alarm words.",
        not_children=["Pauline"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2099-05-08 15:20:55"
    text = T("""
---------- Forwarded message ---------
From: Kingstone High School <office@kingstonehigh.herefordshire.sch.uk>
Date: Fri, 8 May 2099 at 14:02
Subject: Kingstone High - Parent newsletter, May

BEHAVIOUR AND ATTENDANCE UPDATE
Suspensions: if your child is suspended, the law says you must make sure they are not in a public place
during school hours for the first five days, and they must be supervised at home. We will always ring you
before sending your child home; we will never send a child home without speaking to a parent.
Reduced timetables are only ever short-term, agreed with you in writing and reviewed every two weeks.
If you are ever worried that your child is at risk, speak to our Designated Safeguarding Lead, Mrs Powell.

SPORTS DAY is Thursday 9 July.
Year 11 leavers' assembly: Friday 26 June.
""")
    body = "FYI - Kingstone's newsletter, nice clear wording on suspensions if we want to borrow it for ours.\n\nXavier\n" + text
    top = plain_top(f, addr("Moss, Xavier", "xavier.moss@" + HDOM), HEH, "Fwd: Kingstone High - Parent newsletter, May",
                    when, HDOM, None)
    add(f, mail(f, top, body), "herefordshire", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS, NEWSLETTER: a school's newsletter forwarded by a co-ordinator - suspensions, supervision, 'at "
        "risk' as general advice about nobody real -> not urgent; other -> human_review.")

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2099-06-26 09:58:32"
    blocks = [
        "Dear Co-ordinators,",
        "",
        "Step-down plan (Level 3) for {{Maisie Lloyd}}, DOB 19/01/2093, Mosaic 4421907.",
        "",
        "A note because it will be in the school's records you receive: Maisie (6) is on a reduced timetable at "
        "Bromyard St Peter's, 9am to 12 noon for four weeks from 8 June, agreed in writing with mum, the SENCO and "
        "the paediatrician while her medication is reviewed. Mum collects her at 12 every day and has done so without "
        "fail; the timetable is reviewed on 3 July. No concerns about her care at home.",
        "",
        "Attached: the step-down plan and mum's signed consent form. Lead: Rhian Vaughan, Family Support Worker, "
        "Bromyard Family Hub.",
        "",
        "Kind regards",
        "Alys Hughes, Social Worker",
    ]
    top = outlook_top(f, addr("Hughes, Alys", "Alys.Hughes@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Maisie Lloyd", when)
    atts = [docx_att("Step-down plan - Maisie Lloyd.docx", ["# Early Help Assessment step-down plan", "Maisie Lloyd"]),
            pdf_att("Consent form - M Lloyd.pdf", "Early Help consent form", ["Signed by mum, 24 June."])]
    add(f, word_mail(f, top, blocks, atts), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 3, ["4421907"],
        [ch("Maisie Lloyd", "2093-01-19", "19/01/2093")], [], True, None, [], None, "book_meeting",
        "NEAR MISS, A REDUCED TIMETABLE THAT IS SAFE AND AGREED: a 6-year-old sent home at noon - but agreed in "
        "writing, mum collects every day, reviewed -> not urgent. Complete Level 3 step-down: plan + consent form "
        "attached, lead named with agency -> book_meeting.",
        not_children=["Rhian Vaughan"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2099-06-01 10:30:06"
    body = T("""
Signed consent form attached - mum signed it at Friday's visit. Sorry for the delay.

Gethin
""") + quote("Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>", "Thursday, May 21, 2099 2:01 PM",
              "Howells, Gethin <Gethin.Howells@herefordshire.gov.uk>", "[SB-herefordshire-154] Step-down plan received",
              ack_text("step-down", "SB-herefordshire-154", ["Child: Mason Bevan"], ["the family's written consent"]))
    top = outlook_top(f, addr("Howells, Gethin", "Gethin.Howells@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-154] Step-down plan received", when)
    atts = [pdf_att("Consent form signed - Bevan.pdf", "Early Help consent form", ["Signed by mum, 29 May."])]
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 2,
        "ordinary", "follow_up", False, None, [], [ch("Mason Bevan")], [], True, None, [], None, "attach_to_request",
        "Follow-up ([SB-herefordshire-154]) bringing the signed consent form for herefordshire_02's family (mum "
        "signed) -> consent true -> attach_to_request.")

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2099-07-08 14:12:50"
    data = ndr(f, when, HDOM, HEH, "s.preece@ledburycc.org.uk", "[SB-herefordshire-171] Step-down completed - Watkins",
               HEH, "2099-07-08 14:11:02")
    add(f, data, "herefordshire", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "An Exchange non-delivery report (multipart/report, Auto-Submitted) -> auto_reply -> ignore.")
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

# England & Wales bank holidays in 2099 that fall on a weekday (the `holidays` package's list, which set_checks()
# re-derives and compares): New Year's Day Thu 1 January; Good Friday 10 April; Easter Monday 13 April; May Day
# Monday 4 May; Spring Bank Holiday Monday 25 May; Late Summer Bank Holiday Monday 31 August; Christmas Day Friday
# 25 December; Boxing Day (observed) Monday 28 December (26 December is a Saturday).
BANK_HOLIDAYS = {date(2099, 1, 1), date(2099, 4, 10), date(2099, 4, 13), date(2099, 5, 4), date(2099, 5, 25),
                 date(2099, 8, 31), date(2099, 12, 25), date(2099, 12, 28)}
IN_WINDOW = {date(2099, 4, 13): "Easter Monday", date(2099, 5, 4): "May Day", date(2099, 5, 25): "Spring Bank Holiday"}
# Easter Sunday 2099 is 12 April; "the Monday after Easter" is Easter Monday 13 April, itself a bank holiday, so no
# mail is dated on it. 17 July 2099 is a Friday.
BRIEF_START, BRIEF_END = date(2099, 4, 13), date(2099, 7, 17)
WINDOW = (datetime(2099, 4, 13, tzinfo=LON), datetime(2099, 7, 17, 23, 59, 59, tzinfo=LON))
# BST begins at 01:00 UTC on Sunday 29 March 2099 and ends at 01:00 UTC on Sunday 25 October 2099.
BST_START = datetime(2099, 3, 29, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2099, 10, 25, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2099

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

CAT_EXPECTED = {"urgent": 11, "near_miss": 11, "ordinary": 18}

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
    if tot != CAT_EXPECTED or sum(tot.values()) != 40 or tot["urgent"] < 10 or tot["near_miss"] < 10:
        errors.append("set: category totals %s, expected %s (at least 10 urgent and 10 near misses)" % (tot, CAT_EXPECTED))
    kinds = {l["expect"]["kind"] for l in LABELS}
    if kinds != KINDS: errors.append("set: kinds present %s, need every kind" % sorted(kinds))
    return errors, tot

# ----------------------------------------------------------------------------- structural checks

# ----------------------------------------------------------------------------- structural and wording checks
# The brief's alarm words: urgent mails must not contain them anywhere (readable text of every part).
BRIEF_ALARM = re.compile(r"(?i)\b(urgent|urgently|immediate|immediately|emergency|danger|asap)\b|\bat\s+risk\b|"
                         r"\brisk\s+of\s+harm\b")
# A stricter list (as mixed27's), reported in the stats: which urgent mails also avoid risk / safeguard / child
# protection.
STRICT_ALARM = re.compile(r"(?i)\b(urgent\w*|immediate\w*|risk\w*|safeguard\w*|danger\w*|emergenc\w*|asap|"
                          r"child[\s-]+protection)\b")

def _lab(f):
    return next(l for l in LABELS if l["file"] == f)

def _cal(msg):
    return [p for p in msg.walk() if p.get_content_type() == "text/calendar"]

def _plain_all(msg):
    return "\n".join(p.get_content() for p in msg.walk() if p.get_content_type() == "text/plain" and not p.get_filename())

CUSTOM = [
    ("knowsley_04.eml", "the father's words 'batter' and the 3pm finish are in the body",
     lambda m: "I'll batter him" in _plain_all(m) and "3pm" in _plain_all(m)),
    ("knowsley_05.eml", "child and case id only in the quoted acknowledgement",
     lambda m: _plain_all(m).index("Jordan Fairclough") > _plain_all(m).index("________________________________")
     and _plain_all(m).index("EHM-70912") > _plain_all(m).index("________________________________")),
    ("richmond_wandsworth_03.eml", "the disclosure is only in the forwarded part",
     lambda m: _plain_all(m).index("does things to me") > _plain_all(m).index("________________________________")),
    ("tower_hamlets_03.eml", "the disclosure is in the iTIP REPLY's COMMENT",
     lambda m: len(_cal(m)) == 1 and "METHOD:REPLY" in _cal(m)[0].get_payload(decode=True).decode()
     and "COMMENT" in _cal(m)[0].get_payload(decode=True).decode()
     and "PARTSTAT=DECLINED" in _cal(m)[0].get_payload(decode=True).decode()),
    ("tower_hamlets_05.eml", "HTML-only Word letter (no text/plain part)",
     lambda m: not any(p.get_content_type() == "text/plain" for p in m.walk())),
    ("herefordshire_04.eml", "HTML-only neighbour mail",
     lambda m: m.get_content_type() == "text/html"),
    ("richmond_wandsworth_07.eml", "iPhone format=flowed",
     lambda m: m.get_param("format") == "flowed"),
    ("torbay_05.eml", "the case studies are only in the PDF slides",
     lambda m: "Josh" not in _plain_all(m) and "Josh" in readable(m)),
    ("richmond_wandsworth_05.eml", "the panel minute is only in the PDF",
     lambda m: "knife" not in _plain_all(m) and "knife" in readable(m)),
]

# (file, phrase, field, value): each consent / manager phrase tied to its label
WORDING = [
    ("knowsley_01.eml", "does NOT consent", "consent", False),
    ("knowsley_01.eml", "she has agreed the step-up", "manager_agreed", True),
    ("knowsley_02.eml", "Dad has consented to the step", "consent", True),
    ("knowsley_03.eml", "she says she'll think about it", "consent", None),
    ("richmond_wandsworth_01.eml", "Mum has agreed to the referral", "consent", True),
    ("richmond_wandsworth_01.eml", "I agree the step-up", "manager_agreed", True),
    ("richmond_wandsworth_02.eml", "Dad does not consent to Early Help", "consent", False),
    ("richmond_wandsworth_06.eml", "consent is now given", "consent", True),
    ("tower_hamlets_06.eml", "My manager has NOT agreed", "manager_agreed", False),
    ("tower_hamlets_07.eml", "I'll discuss the step-down with mum", "consent", None),
    ("tower_hamlets_08.eml", "I agree it should go to MAST", "manager_agreed", True),
    ("torbay_02.eml", "mum refused consent", "consent", False),
    ("torbay_02.eml", "I'll get her agreement then", "manager_agreed", None),
    ("torbay_06.eml", "Rhiannon agreed the", "manager_agreed", True),
    ("herefordshire_02.eml", "dad refused to sign the consent form", "consent", False),
    ("herefordshire_07.eml", "mum signed it", "consent", True),
]

# The Knowsley notice table (README): file -> (now date, meeting, working days, plain weekdays, decisive?)
KNOWSLEY_TABLE = {
    "knowsley_01.eml": (date(2099, 4, 29), date(2099, 5, 6), 4, 5, True),
    "knowsley_02.eml": (date(2099, 5, 20), date(2099, 5, 27), 4, 5, True),
    "knowsley_03.eml": (date(2099, 5, 15), date(2099, 5, 27), 7, 8, False),
    "knowsley_06.eml": (date(2099, 7, 1), date(2099, 7, 8), 5, 5, False),
}

def yaml_ids():
    """Requirement ids per (authority, kind) from the policy packs."""
    import yaml
    out = {}
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        y = yaml.safe_load(open("/work/main/config/authorities/%s.yaml" % a, encoding="utf-8"))
        for k, spec in (y.get("kinds") or {}).items():
            out[(a, k)] = {r["id"] for r in (spec.get("requirements") or []) if isinstance(r, dict) and "id" in r}
    return out

def set_checks():
    errors = []
    import holidays
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2099])
    pkg_wd = {d for d in pkg if d.weekday() < 5}
    if pkg_wd != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s vs %s" % (sorted(pkg_wd), sorted(BANK_HOLIDAYS)))
    inw = {d: n for d, n in pkg.items() if BRIEF_START <= d <= BRIEF_END}
    if set(inw) != set(IN_WINDOW):
        errors.append("set: in-window bank holidays %s" % inw)
    if BRIEF_START.weekday() != 0 or BRIEF_END.weekday() != 4:
        errors.append("set: window should run Monday - Friday")
    # Easter Sunday 2099 (anonymous Gregorian algorithm) and the Monday after it
    y = 2099; a_ = y % 19; b, c = divmod(y, 100); d_, e_ = divmod(b, 4); g = (8 * b + 13) // 25
    h = (19 * a_ + b - d_ - g + 15) % 30; i, k = divmod(c, 4); l_ = (32 + 2 * e_ + 2 * i - h - k) % 7
    m_ = (a_ + 11 * h + 22 * l_) // 451; mo = (h + l_ - 7 * m_ + 114) // 31; dy = (h + l_ - 7 * m_ + 114) % 31 + 1
    easter = date(y, mo, dy)
    if easter + timedelta(days=1) != BRIEF_START: errors.append("set: window does not start the Monday after Easter")
    if pkg.get(easter - timedelta(days=2)) != "Good Friday": errors.append("set: Good Friday")
    for d in (BST_START, BST_END):
        if d.astimezone(LON).weekday() != 6: errors.append("set: BST change not on a Sunday")
    dd = BRIEF_START
    while dd <= BRIEF_END:
        if datetime(dd.year, dd.month, dd.day, 12, tzinfo=LON).utcoffset() != timedelta(hours=1):
            errors.append("set: %s is not BST" % dd)
        dd += timedelta(days=1)
    ids = yaml_ids()
    for lab in LABELS:
        e = lab["expect"]
        if e["missing"]:
            have = ids.get((lab["authority"], e["kind"]), set())
            bad = set(e["missing"]) - have
            if bad: errors.append("%s: requirement ids not in the %s pack: %s" % (lab["file"], lab["authority"], bad))
        if CATS[lab["file"]] == "urgent":
            m = BRIEF_ALARM.search(readable(parse(lab["file"])))
            if m: errors.append("%s: urgent mail contains the alarm word %r" % (lab["file"], m[0]))
    for f, (today, meeting, wd, pw, decisive) in KNOWSLEY_TABLE.items():
        lab = _lab(f)
        if META[f]["meeting"] != meeting: errors.append("%s: meeting differs from the table" % f)
        if datetime.fromisoformat(lab["now"]).astimezone(LON).date() != today: errors.append("%s: now differs" % f)
        if working_days(today, meeting) != wd: errors.append("%s: WD %d != table %d" % (f, working_days(today, meeting), wd))
        if plain_weekdays(today, meeting) != pw: errors.append("%s: plain weekdays %d" % (f, plain_weekdays(today, meeting)))
        if decisive != ((pw >= 5) != (wd >= 5)): errors.append("%s: decisive flag" % f)
    km = [f for f, l in ((l["file"], l) for l in LABELS) if l["authority"] == "knowsley" and META[f]["meeting"]]
    if set(km) != set(KNOWSLEY_TABLE): errors.append("set: Knowsley files with a meeting %s" % km)
    for lab in LABELS:
        k = lab["expect"]["kind"]
        msg = parse(lab["file"])
        subj = str(msg["Subject"])
        if k == "follow_up" and "[SB-" not in subj: errors.append("%s: follow_up without a reference" % lab["file"])
        if k in ("step_up", "step_down", "other") and "[SB-" in subj: errors.append("%s: reference on a new mail" % lab["file"])
        if k == "meeting_reply" and not any("METHOD:REPLY" in p.get_payload(decode=True).decode() for p in _cal(msg)):
            errors.append("%s: meeting_reply without an iTIP REPLY" % lab["file"])
        if k == "auto_reply" and msg["Auto-Submitted"] is None: errors.append("%s: auto_reply without Auto-Submitted" % lab["file"])
    return errors

def run_checks():
    errors, tot = check()
    errors += set_checks()
    return errors, tot

def stats():
    from collections import Counter
    out = []
    for fld in ("kind", "next_action", "consent", "manager_agreed", "level", "notice_ok"):
        out.append("%s: %s" % (fld, dict(Counter(str(l["expect"][fld]) for l in LABELS))))
    out.append("mailbox: %s" % dict(Counter(l["mailbox"] for l in LABELS)))
    per = {}
    for l in LABELS:
        per.setdefault(l["authority"], Counter())[CATS[l["file"]]] += 1
    out.append("per authority: %s" % {a: dict(c) for a, c in per.items()})
    quiet = [l["file"] for l in LABELS if CATS[l["file"]] == "urgent" and not STRICT_ALARM.search(readable(parse(l["file"])))]
    out.append("urgent mails free of the stricter alarm list too: %d %s" % (len(quiet), sorted(quiet)))
    for f, (today, meeting, wd, pw, dec) in KNOWSLEY_TABLE.items():
        out.append("%s: %s -> %s: %d WD, %d weekdays, decisive=%s" % (f, today, meeting, wd, pw, dec))
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
