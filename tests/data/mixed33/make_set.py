#!/usr/bin/env python3
"""mixed33: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the summer term of 2052 (Monday 15 April - Friday 19 July 2052), in the writing of schools and education
settings: a school's pupil chronology export (dated entries, staff initials, categories), an attendance officer's
formal letter, a fixed-term exclusion (suspension) notice, an EHCP annual review summary, SENCO's notes, a nursery's
incident log, a college's welfare team, school nurses, a head teacher's formal letter on headed paper as a PDF, a
teacher's hurried mail at 3.20pm about a child who goes home at 3.30, a schools' bulletin, a designated-lead
training pack and a school's half-term out-of-office, around the Easter holidays and the May half term. Requests
from social workers and Early Help practitioners make up the ordinary mail, with every field exercised.

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, Content-IDs and calendar UIDs
come from sha1 of the file name; zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py
(`--stats` prints the tallies; `--inject-faults` also breaks an in-memory copy in 30 ways and requires every break
to be caught). The MIME, Word HTML, PDF, .docx, iCalendar, out-of-office, quote-chain, working-day, readable-text and
self-check helpers are copied from /work/main/tests/data/mixed27/make_set.py and adapted (window, bank holidays,
the checks). Every label was set by hand from the specification; the self-checks only verify them against its rules
and STOP on any error before anything is written.
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
    """Local (Europe/London) wall-clock time. The whole window (15 April - 19 July 2052) is British Summer Time
    (+0100): BST begins at 01:00 UTC on Sunday 31 March 2052 and ends on Sunday 27 October 2052. The self-check
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
            zi = zipfile.ZipInfo(name, date_time=(2052, 4, 2, 0, 0, 0))
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




# ============================================================================= helpers added for mixed33
SCH = "example.sch.uk"

def itip_reply_cc(f, when, frm_name, frm_email, organizer, partstat, summary, start, end, location,
                  comment=None, cc=None):
    """An Outlook iTIP REPLY (as mixed27's itip_reply) whose sender added a Cc before sending (Outlook's
    'Edit the response before sending')."""
    word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentative"}[partstat]
    body = (comment + "\n") if comment else ""
    extra = ["COMMENT;LANGUAGE=en-GB:" + ics_escape(comment)] if comment else []
    cal = ics("REPLY", f, dt(when), start, end, summary, location, None, organizer,
              [(frm_name, frm_email, "REQ-PARTICIPANT", partstat)], extra=extra)
    cal_part = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REPLY'),
                     ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    root = multipart("alternative", [text_part(body or " ", crlf=True), cal_part], bnd(f, 1))
    top = outlook_top(f, addr(frm_name, frm_email), addr(organizer[0], organizer[1]),
                      "%s: %s" % (word, summary), when, cc=cc,
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    return build(top, root, True)

def ics_attachment(f, filename, cal):
    """A calendar invitation attached as a file (METHOD:REQUEST), as Teams / Outlook users attach it by hand."""
    return Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST; name="%s"' % filename),
                 ("Content-Disposition", 'attachment; filename="%s"' % filename),
                 ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))

def txt_att(filename, text):
    return Part([("Content-Type", 'text/plain; charset="utf-8"; name="%s"' % filename),
                 ("Content-Disposition", 'attachment; filename="%s"' % filename),
                 ("Content-Transfer-Encoding", "quoted-printable")], qp(text.replace("\n", "\r\n"), "utf-8"))

def png_att(fname, filename, n, rgb, w=320, h=200):
    """A picture with no text in it (a phone photo of a letter, a crest): readable only by its name."""
    data = make_png(w, h, rgb)
    return binary_part("image/png", filename, data)

def rfc822_part(inner, filename):
    """A forwarded message attached whole (message/rfc822), as Outlook's 'Forward as attachment' sends it."""
    s = inner.decode("ascii").replace("\r\n", "\n")
    return Part([("Content-Type", "message/rfc822"),
                 ("Content-Disposition", 'attachment; filename="%s"' % filename)], s)

def mislabelled_part(text, wrong="iso-8859-1", real="cp1252"):
    """text/plain whose bytes are windows-1252 (curly quotes 0x91-0x94, dashes 0x96) but whose label says
    iso-8859-1: a reader that trusts the label sees C1 control characters in place of the punctuation."""
    body = quopri.encodestring(text.replace("\n", "\r\n").encode(real), quotetabs=False).decode("ascii")
    return Part([("Content-Type", 'text/plain; charset="%s"' % wrong),
                 ("Content-Transfer-Encoding", "quoted-printable")], body)

TRUST_DISC = T("""
------------------------------------------------------------------------
This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error please notify the sender and delete it from your system. Any views or opinions presented are solely those of the author and do not necessarily represent those of the Trust or its academies. The Trust is a charitable company limited by guarantee, registered in England and Wales. Registered office as shown on our website. Please consider the environment before printing this email. Our academies are closed to pupils during the school holidays and on staff training days; messages sent on those days are read when the office reopens.
------------------------------------------------------------------------
""")


# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2052-05-01 10:12:37"
    body = T("""
Hi MASH,

Please find attached a step up request for the McAllister children, EHM-104562.

Tyler McAllister - DOB 14/11/2041 (Year 5, St Columba's Primary)
Kacie-Rae McAllister - DOB 03.03.2047 (Nursery class, same school)

The step up TAF meeting is Weds 8th May at 10am at Huyton Family Hub (room 2). I've attached the invite here as well as sending it from my calendar to the MASH inbox and MASH business support, and I've invited the current TAF members (school, HV and the housing officer).

Attached:
- FF Step Up request to CSC (form completed 30/04/2052)
- Graded Care Profile 2, completed with mum on 25/04/2052
- Minutes of the TAF on 24/04/2052

In short: home conditions have gone backwards since February. School say Tyler comes in hungry most Mondays and his uniform is not washed; Kacie-Rae has had three untreated ear infections. Tyler's attendance is 81% this year. The GCP2 scores level 4 in nutrition and in housing, hygiene and safety.

My TM, Lisa Corkhill, went through it with me on Monday and has agreed the step up. Mum knows we are stepping up.

Thanks,
Joanne

Joanne Rafferty
Family First Case Manager | Huyton Team | Knowsley Council
0151 496 0732

""") + KDISC
    form = docx_att("FF Step Up request to CSC - McAllister.docx", appendix1([
        ("Case ID on EHM:", "EHM-104562"),
        ("Children:", "Tyler McAllister 14/11/2041; Kacie-Rae McAllister 03/03/2047"),
        ("Date of step up TAF meeting:", "Wednesday 08/05/2052, 10:00, Huyton Family Hub"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium - mum attends TAFs; the toolkit was not needed"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 24/04/2052"),
        ("What are we worried about?", "Home conditions, food and hygiene (GCP2 level 4 in two areas); Tyler's "
         "attendance 81%; Kacie-Rae's untreated ear infections."),
        ("What is working well?", "Mum is honest about how hard things are and has let us in every week."),
        ("What next?", "Step up to CSC for a C&F assessment."),
        ("Graded Care profile (If neglect should be completed).", "Yes - attached, completed 25/04/2052"),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Agreement by line manager:", "Agreed - Lisa Corkhill, Team Manager, 29/04/2052"),
        ("Form completed:", "30/04/2052"),
    ]))
    gcp2 = pdf_att("GCP2 - McAllister - April 2052.pdf", "Graded Care Profile 2 (GCP2) - summary of scores", [
        "Family: McAllister. Completed with mum on 25/04/2052 by Joanne Rafferty (Family First).",
        "Area 1 Physical care - nutrition: 4. Housing, hygiene and safety: 4. Health: 3.",
        "Area 2 Care and protection: 3.  Area 3 Love and care: 2.  Area 4 Stimulation and education: 3.",
        "Summary: physical care below the level needed in two areas for both children."])
    minutes = docx_att("TAF minutes 24.04.2052 - McAllister.docx", [
        "# Team Around the Family - minutes", "Date: 24/04/2052, 13:30, Huyton Family Hub",
        "Present: mum, Joanne Rafferty (chair), Tyler's class teacher, the health visitor, housing officer",
        "School: Tyler hungry on Mondays; PE kit missing for five weeks.",
        "Agreed: Joanne to complete a GCP2 and discuss a step up with her team manager."])
    cal = ics("REQUEST", f, dt(when), "20520508T100000", "20520508T113000",
              "Step up TAF meeting - McAllister - EHM-104562", "Huyton Family Hub, room 2",
              "Step up TAF meeting for Tyler and Kacie-Rae McAllister.",
              ("Joanne Rafferty", "Joanne.Rafferty@" + KDOM),
              [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH Business Support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    top = outlook_top(f, addr("Rafferty, Joanne", "Joanne.Rafferty@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - McAllister - EHM-104562 - TAF Weds 8th May", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, gcp2, minutes, ics_attachment(f, "Step up TAF - McAllister.ics", cal)],
                html_alt=True), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-104562"],
        [ch("Tyler McAllister", "2041-11-14", "14/11/2041"), ch("Kacie-Rae McAllister", "2047-03-03", "03.03.2047")],
        ["neglect", "school_attendance"], None, True, [], False, "request_info",
        "Complete Knowsley step-up for neglect: form, GCP2 (PDF) and TAF minutes attached, the Teams invite as an "
        ".ics, EHM id, TM 'has agreed the step up' -> nothing missing (gcp2 met because neglect). NOTICE ACROSS "
        "THE EARLY MAY BANK HOLIDAY, DECISIVE: Wed 1 May -> 'Weds 8th May' is 5 plain weekdays but Mon 6 May is "
        "May Day -> 4 working days < 5 (REQUIREMENTS Knowsley step-up) -> not ok -> request_info. 'Mum knows' is "
        "not consent -> null. Dates that are not DOBs: form completed 30/04/2052, GCP2 25/04/2052, TAF 24/04/2052. "
        "Mc name and a hyphenated forename; DOB 03.03.2047 with dots.",
        meeting=date(2052, 5, 8), not_children=["Joanne Rafferty", "Lisa Corkhill"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2052-04-16 14:31:09"
    body = T("""
Dear Family First duty,

Level 3 step down - O'Hare children - ICS ID 2284710

Ellis O'Hare, DOB 09/07/2044
Mollie O'Hare, DOB 21/02/2049

I'd like to arrange a joint home visit with a Family First case manager on Tuesday 23rd April at 10am, at home (27 Larch Close, Kirkby, L32 9ZQ). That is the first day back after the Easter holidays so both children will be in school and mum can talk freely.

What are we worried about?
Mum's anxiety - she rarely leaves the house and relies on Ellis to do the shopping after school. Ellis's attendance is 85% and he is often late.

What is working well?
Mum has started medication through her GP and is on the waiting list for talking therapy. Mollie is thriving at nursery. The children's grandad visits twice a week.

What needs to happen?
A Family First case manager to lead a TAF with school and the GP; a young carers' assessment for Ellis; a morning routine plan.

I need to be honest that mum has declined Early Help when I raised it at Friday's visit - she says she has "had enough of services". I will keep talking to her before the visit, but at the moment she does not agree to the referral.

Kind regards,
Saoirse Kehoe
Social Worker | Child in Need Team (Kirkby) | Knowsley Council
0151 496 0287

""") + KDISC
    top = plain_top(f, addr("Kehoe, Saoirse", "Saoirse.Kehoe@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "Level 3 step down - O'Hare - joint visit Tues 23rd April", when, KDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 3, ["2284710"],
        [ch("Ellis O'Hare", "2044-07-09", "09/07/2044"), ch("Mollie O'Hare", "2049-02-21", "21/02/2049")],
        ["parental_mental_health", "school_attendance", "young_carer"], False, None, ["consent"], False,
        "request_info",
        "Knowsley Level 3 step-down sent in the school Easter holidays: joint home visit with date, time and address; "
        "three Signs of Safety headings answered. CONSENT REFUSED: 'mum has declined Early Help ... she does not "
        "agree to the referral' -> false -> consent missing (level 3 needs it). NOTICE ACROSS EASTER, DECISIVE: "
        "Tue 16 April -> Tue 23 April is 5 plain weekdays, but Good Friday 19 April and Easter Monday 22 April are "
        "bank holidays -> 3 working days < 5 -> not ok. 'ICS ID 2284710' -> bare number. Apostrophe names. "
        "Concerns: mum's anxiety, Ellis shopping for mum, 85%.",
        meeting=date(2052, 4, 23), not_children=["Saoirse Kehoe"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2052-05-22 11:05:52"
    blocks = [
        "Hello,",
        "",
        "Please see below a Level 2 step down for Aleksander. The final CIN meeting is at school on the first day "
        "back after half term. Mrs Kowalczyk (the SENCO) has agreed to take on the Lead Practitioner role, and dad "
        "has agreed to the step down to Early Help. His EHCP annual review summary is attached.",
        "",
        ("table", [
            ["", "Details"],
            ["Child", "Aleksander Nowak - DOB 12th September 2043"],
            ["ICS", "ICS-2291355"],
            ["Final CIN meeting", "Monday 3rd June 2052, 9.15am"],
            ["Venue", "St Aidan's Catholic Primary School, Huyton - meeting room 2"],
            ["Lead Practitioner (Level 2)", "Mrs Halina Kowalczyk, SENCO, St Aidan's Catholic Primary School"],
            ["EHCP annual review held", "14/05/2052"],
        ]),
        "",
        ("h", "What are we worried about?"),
        "Aleksander (8) is autistic and has an EHCP. Transitions are very hard for him; he has had several "
        "meltdowns at home when routines change, and dad (a single parent working nights) is exhausted.",
        ("h", "What is working well?"),
        "Dad has moved to day shifts. School and dad now use a shared home-school diary. Aleksander's aunt does "
        "the Tuesday and Thursday pick-ups.",
        ("h", "What needs to happen?"),
        "Mrs Kowalczyk to lead an Early Help Assessment and a TAF; a short-breaks referral; a sleep clinic "
        "referral through the GP.",
        "",
        "School is closed for half term from Monday 27th May and reopens on Monday 3rd June.",
        "",
        "Many thanks,",
        "Gbenga Adeyinka",
        "Social Worker | Children with Disabilities Team | Knowsley Council",
        "0151 496 0391",
        "",
        KDISC.strip(),
    ]
    ehcp = pdf_att("EHCP annual review summary - A Nowak - May 2052.pdf", "EHCP annual review - summary", [
        "Pupil: Aleksander Nowak. School: St Aidan's Catholic Primary School, Huyton. Year 3.",
        "Date of annual review meeting: 14/05/2052. Chaired by: Mrs H. Kowalczyk (SENCO).",
        "Primary need: autism (social communication). Provision: 20 hours of 1:1 support; sensory breaks.",
        "Progress: reading up one sub-level; fewer exits from class since the visual timetable began.",
        "Parent's views: dad would like help with sleep and with the summer holidays.",
        "Recommendation: maintain the plan; amend section F to add a sensory circuit each morning."])
    top = outlook_top(f, addr("Adeyinka, Gbenga", "Gbenga.Adeyinka@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Level 2 step down - final CIN Mon 3rd June (after half term) - ICS-2291355", when)
    add(f, word_mail(f, top, blocks, [ehcp]), "knowsley", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 2, ["ICS-2291355"],
        [ch("Aleksander Nowak", "2043-09-12", "12th September 2043")],
        ["disability_send"], True, None, [], True, "book_meeting",
        "Knowsley LEVEL 2 step-down in a Word table: final CIN date, time and venue (meeting_details with venue), the "
        "three headings, the Level 2 Lead Practitioner with her agency (the SENCO at the school) -> nothing missing. "
        "The EHCP annual review summary (PDF) is extra. 'dad has agreed to the step down to Early Help' -> consent "
        "true (not required at level 2). DOB '12th September 2043'; 14/05/2052 is the review date, not a DOB. "
        "NOTICE ACROSS HALF TERM AND THE SPRING BANK HOLIDAY, not decisive: Wed 22 May -> Mon 3 June = 7 working "
        "days (8 plain weekdays; Mon 27 May excluded; half term is not a council closure) -> ok -> book_meeting. "
        "Autism / EHCP -> disability_send.",
        meeting=date(2052, 6, 3), not_children=["Halina Kowalczyk", "Gbenga Adeyinka"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2052-06-11 08:52:14"
    comment = ("Sorry, I can't come on Thursday. Jayden Pryor (Y2) was brought into school at 8.40 by our lollipop "
               "lady, who found him sitting on the wall outside his house at 7.15. He says mummy went out last night "
               "and didn't come back; he went out to look for her, the door shut behind him and he couldn't get "
               "back in, so he slept on the step. He is in yesterday's clothes and has not eaten. He says his sister Lacey-Mae "
               "Pryor (14 months) is 'still in her cot'. Nobody answers at the house and mum's phone is off. "
               "Please can someone ring me on 0151 496 0820 - I'm keeping Jayden in the office with me.")
    data = itip_reply_cc(f, when, "Bernadette Gilroy", "b.gilroy@stmarysknowsley." + SCH,
                         ("Carla Dunne", "Carla.Dunne@" + KDOM), "DECLINED",
                         "Step up TAF meeting - Pryor - EHM-101876", "20520613T100000", "20520613T113000",
                         "Microsoft Teams Meeting", comment=comment, cc=addr("Knowsley MASH", KMASH))
    add(f, data, "knowsley", "mash_step_up", when, 3,
        "urgent", "meeting_reply", True, None, ["EHM-101876"],
        [ch("Jayden Pryor"), ch("Lacey-Mae Pryor")],
        ["neglect"], None, None, [], None, "alert_duty",
        "A RISK TOLD ONLY IN THE COMMENT OF A DECLINED MEETING INVITATION (iTIP REPLY, PARTSTAT=DECLINED, Cc the "
        "MASH inbox): the school's lead for pupil welfare cannot attend Thursday's step-up TAF because a 6-year-old "
        "was found outside his locked house at 7.15 having slept on the step, mum gone since last night, and his "
        "14-month-old sister is 'still in her cot' in the house with nobody answering. No alarm word. DESIGN safety "
        "rule 1: a meeting reply's comment is read -> urgent -> alert_duty (first in order). Kind stays "
        "meeting_reply; children named in full, no DOB; EHM id from the SUMMARY. neglect.",
        not_children=["Bernadette Gilroy", "Carla Dunne"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2052-07-04 15:20:31"
    text = ("Hi sorry writing this fast, I didn't know who else to email, the office gave me this address.\n\n"
            "Riley Docherty in my class (Y4, DOB 30/06/2043) came back from lunch with a red hand mark across "
            "the left side of his face and a split lip that was still bleeding. His mum's boyfriend Gaz took him "
            "out at 12 for the dentist and brought him back at 1.30. Riley told my TA \"Gaz slapped me in the car "
            "cos I dropped my chips\" and then he cried and said \"don't tell him I told\".\n\n"
            "Gaz is picking him up again at 3.30 - that's 10 minutes from now. Mum is at work in Liverpool till 6. "
            "Our DSL is out on a course today and the deputy head is teaching. Do I let Riley go home with him?? "
            "Please ring the school office on 0151 496 0844 and ask for me.\n\n"
            "Hannah Lacey\nYear 4 teacher, Whitefield Park Primary, Prescot\n\nSent from my iPad\n")
    top = plain_top(f, addr("Hannah Lacey", "h.lacey@whitefieldpark." + SCH), addr(None, KMASH),
                    "Riley Y4 - going home 3.30", when, "icloud.com", "iPad Mail (21F90)")
    add(f, iphone_mail(f, top, text), "knowsley", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Riley Docherty", "2043-06-30", "30/06/2043")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A TEACHER'S HURRIED MAIL AT 3.20PM ABOUT A CHILD WHO GOES HOME AT 3.30: a 9-year-old's hand mark across the "
        "face and a bleeding split lip, his own words 'Gaz slapped me', and Gaz collects him in 10 minutes. No alarm "
        "word (DSL is not spelled out). A teacher writing to the MASH step-up inbox is not a step request -> other; "
        "urgent -> alert_duty. iPad mail, format=flowed QP. physical_harm.",
        not_children=["Hannah Lacey"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2052-05-10 11:40:26"
    body = T("""
Hi MASH / business support,

Step up request for Amelia-Rose Whitty (DOB 2045-01-19), EHM-099341.

Step up TAF: Friday 17th May, 2pm, Microsoft Teams - invite sent from my calendar to both of you this morning. I know Wednesdays are preferred but the IDVA can only do Fridays.

Attached: the step up form, the minutes of our last TAF (02/05/2052), and the school's chronology, which the DSL at Stockbridge Village Primary exported for me this morning.

Our worries are about mum's new partner, Kyle: two police call-outs for shouting and a smashed window since March, and mum has a new baby (born on Tuesday, still in Whiston hospital). My TM, Sean Keegan, agreed the step up in supervision yesterday.

Thanks,
Rachael

Rachael Moss
Family First Case Manager | Stockbridge Team | Knowsley Council
0151 496 0466

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Whitty.docx", appendix1([
        ("Case ID on EHM:", "EHM-099341"), ("Children:", "Amelia-Rose Whitty 19/01/2045"),
        ("Date of step up TAF meeting:", "Friday 17/05/2052 14:00 (Teams)"),
        ("Recent TAF meeting minutes attached:", "Yes - 02/05/2052"),
        ("What are we worried about?", "Two police call-outs to mum and Kyle's arguments; a smashed window."),
        ("What is working well?", "Mum is honest with us; Amelia-Rose's attendance is good."),
        ("What next?", "Step up to CSC for a C&F assessment."),
        ("Agreement by line manager:", "Agreed - Sean Keegan, 09/05/2052")]))
    minutes = docx_att("TAF minutes 02.05.2052 - Whitty.docx", [
        "# TAF minutes", "Date: 02/05/2052, Stockbridge Village Primary",
        "Present: mum, Rachael Moss (chair), class teacher, IDVA",
        "IDVA: police call-outs 14/03/2052 and 27/04/2052; mum says arguments only."])
    chron = pdf_att("Safeguarding chronology export - A-R Whitty.pdf",
                    "Stockbridge Village Primary - pupil chronology export (Amelia-Rose Whitty, Year 2)", [
        "Exported 10/05/2052 09:58 by JH (DSL). Entries newest last.",
        "15/03/2052 08:50 | Category: Family | Staff: KL | Mum says police came last night; A-R tired, quiet.",
        "28/04/2052 09:10 | Category: Family | Staff: KL | A-R: 'Kyle broke the window with his fist'.",
        "02/05/2052 13:30 | Category: Meeting | Staff: JH | TAF at school. Minutes with Family First.",
        "07/05/2052 15:20 | Category: Attendance | Staff: Office | Collected by Kyle (mum in hospital, baby born).",
        "10/05/2052 09:05 | Category: Disclosure | Staff: KL | A-R has four finger-shaped bruises on each upper "
        "arm. She said 'Kyle grabbed me and shook me cos I was crying for mummy'. Mum in hospital with the baby "
        "until Sunday. Kyle is collecting A-R at 3.15 today. Passed to JH 09:20.",
    ])
    top = outlook_top(f, addr("Moss, Rachael", "Rachael.Moss@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Whitty - EHM-099341 - TAF Fri 17th May 2pm", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, minutes, chron], html_alt=True), "knowsley", "mash_step_up", when, 5,
        "urgent", "step_up", True, None, ["EHM-099341"],
        [ch("Amelia-Rose Whitty", "2045-01-19", "2045-01-19")],
        ["domestic_abuse", "physical_harm"], None, True, [], True, "alert_duty",
        "A RISK TOLD ONLY IN AN ATTACHMENT: an ordinary, complete Knowsley step-up (form, TAF minutes, EHM id, TM "
        "agreed, TAF Fri 17 May 14:00 = exactly 5 WD from Fri 10 May -> ok; a Friday is kept, Wednesday is only "
        "preferred) whose school chronology export (PDF) ends with today's entry: finger-shaped bruises on both arms, "
        "'Kyle grabbed me and shook me', and Kyle collects her at 3.15 today. Safety rule 1 reads attachments -> "
        "urgent -> alert_duty. Concerns: the partner's violence at home (domestic_abuse) and the bruises "
        "(physical_harm). Staff initials (KL, JH) are not people to label.",
        meeting=date(2052, 5, 17), not_children=["Rachael Moss", "Sean Keegan"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2052-06-24 07:30:05"
    text = T("""
KNOWSLEY SCHOOLS' WELFARE NETWORK - SUMMER TERM BULLETIN (No. 3)

In this issue
1. Dates: summer half term was 27-31 May; the summer term ends on Friday 19 July.
2. Case studies for your next staff briefing
3. Operation Encompass: what schools are told after a police call-out
4. Training dates for designated leads

2. CASE STUDIES FOR STAFF BRIEFINGS
These are fictional and for training only. Use them to ask "what would you do?"
- Child A (Year 3) comes in with a bruise on her cheek and says "mummy's friend did it". Her mum's friend collects her at home time. Who do you tell, and when?
- Child B (Year 10) has a new phone, new trainers and is missing from lessons after lunch. What might this tell you about exploitation risk?
- Child C (Reception) is collected by a parent who smells of alcohol. What does your collection policy say?
None of these describes a real pupil.

3. OPERATION ENCOMPASS
Schools receive a notification before 9am when police have attended a domestic abuse incident at a pupil's home. Remember this is information, not a referral: the designated safeguarding lead decides what support the child needs in school.

4. TRAINING
Level 3 designated lead refresher: Tuesday 9 July, 1-4pm, Knowsley Education Centre.

You are receiving this bulletin because you subscribed to the Knowsley Schools' Welfare Network list.
Unsubscribe: https://lists.knowsley-schools.example/unsubscribe
""")
    h = html_of(text, "Verdana")
    top = plain_top(f, addr("Knowsley Schools' Welfare Network", "bulletin@lists.knowsley-schools.example"),
                    addr("Family First 0-18 Duty Mailbox", KFF),
                    "Summer term bulletin No. 3 - case studies for staff briefings", when,
                    "lists.knowsley-schools.example", "Mailman",
                    extra=[("List-Id", "Knowsley Schools Welfare Network <welfare.lists.knowsley-schools.example>"),
                           ("List-Unsubscribe", "<https://lists.knowsley-schools.example/unsubscribe>"),
                           ("Precedence", "bulk")])
    add(f, alt_mail(f, top, text, h), "knowsley", "early_help_duty", when, 7,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A SCHOOLS' NEWSLETTER (List-Id, List-Unsubscribe, Precedence: bulk; no Auto-Submitted) whose "
        "case studies read like referrals (a bruise and 'mummy's friend did it', exploitation risk, a parent smelling "
        "of alcohol) but are 'fictional and for training only ... None of these describes a real pupil'. Safety rule "
        "1: bulletins that list examples must not trigger. A newsletter -> other -> human_review; no child, no "
        "concerns.")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2052-06-19 12:10:44"
    letter = [
        "Knowsley Council - Education Welfare and Attendance Service",
        "Our ref: EWS/ATT/5521        Date: 19/06/2052",
        "To the parent of: Jack Mullan (DOB 05/05/2040), Year 7, Halewood Academy",
        "NOTICE OF INTENTION TO ISSUE A PENALTY NOTICE",
        "Jack's attendance this academic year is 68%: 94 sessions missed, 61 of them unauthorised.",
        "You were invited to an attendance meeting on 21/05/2052 and did not attend.",
        "If Jack's attendance does not improve over the next 15 school days you are at risk of a penalty notice and, "
        "if that is not paid, of prosecution under section 444 of the Education Act 1996.",
        "No safeguarding concerns have been identified. Please contact me if there is anything affecting Jack's "
        "attendance that school should know about.",
        "Yours sincerely, Denise Fairhurst, Attendance Officer"]
    body = T("""
Good afternoon,

For information only - the family are open to Family First (EHM-097114, case manager Paula Swift), so I am copying you in as agreed at the attendance panel. The attached letter went out to mum today. There is nothing here that needs action from the duty team; I'll update Paula after the 15-day review.

Denise Fairhurst
Attendance Officer | Education Welfare and Attendance Service | Knowsley Council
0151 496 0155

""") + KDISC
    top = outlook_top(f, addr("Fairhurst, Denise", "Denise.Fairhurst@" + KDOM), addr("Swift, Paula", "Paula.Swift@" + KDOM),
                      "Jack Mullan - penalty notice warning letter (copy)", when,
                      cc=addr("Family First 0-18 Duty Mailbox", KFF))
    add(f, mail(f, top, body, [pdf_att("Attendance letter - J Mullan - 19.06.2052.pdf", "Attendance - formal letter",
                                       letter)], html_alt=True), "knowsley", "early_help_duty", when, 4,
        "near_miss", "other", False, None, ["EHM-097114"],
        [ch("Jack Mullan", "2040-05-05", "05/05/2040")],
        ["school_attendance"], None, None, [], None, "human_review",
        "NEAR MISS - AN ATTENDANCE OFFICER'S FORMAL LETTER (PDF) copied to the duty mailbox 'for information only': "
        "'at risk of a penalty notice ... prosecution under section 444' and 'No safeguarding concerns have been "
        "identified' - the risk words are about a fine, not harm -> not urgent. Not a step request -> other -> "
        "human_review. 68% attendance -> school_attendance. 'Our ref: EWS/ATT/5521' is not a case id; EHM-097114 is.",
        not_children=["Denise Fairhurst", "Paula Swift"])


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2052-04-29 10:22:18"
    body = T("""
Hi Jasper,

Thanks for the call this morning. As agreed, here is the confirmation of our step-down case discussion on Thursday 2nd May at 11am (Teams), with the latest case summary and the draft plan for Early Help attached.

Children:
Niamh O'Driscoll - DOB 07/08/2040
Zoë O'Driscoll - DOB 2043-12-02
Mosaic ID 2410987

Mum consents to Early Help continuing the plan, as long as the family worker doesn't meet her at the school gate - she'd rather home visits or the family centre. Niamh's head of year at Southfields Academy has offered to be Lead Professional.

Main worries now: mum's depression (she is back with her GP and has started counselling) and Niamh doing a lot of Zoë's care before and after school.

Best wishes,
Tomasz Wróbel
Social Worker | Children in Need (Wandsworth) | Richmond and Wandsworth
020 7946 0562

""") + RDISC
    summary = pdf_att("Case summary - ODriscoll - April 2052.pdf", "Latest case summary", [
        "Family: O'Driscoll. Mosaic ID 2410987. Social worker: Tomasz Wrobel.",
        "Child in Need plan since October 2051 after mum's admission to hospital for depression.",
        "Mum discharged in December, taking medication, counselling started March 2052.",
        "Niamh (11) has been doing much of Zoe's morning routine; school report she is tired and late.",
        "Recommendation: step down to Early Help with a young carers' assessment for Niamh."])
    plan = docx_att("Draft Early Help plan - ODriscoll.docx", [
        "# Draft plan for Early Help",
        "1. Young carers' assessment for Niamh - Early Help worker - by the end of May.",
        "2. Breakfast club for both girls - Southfields Academy and the primary school - from 7 May.",
        "3. Mum to continue counselling - mum and GP - review at the first TAF."])
    top = outlook_top(f, addr1252("Wróbel, Tomasz", "Tomasz.Wrobel@" + RDOM), addr("Early Help Duty", RED),
                      "Step down case discussion Thurs 2nd May 11am - O'Driscoll", when,
                      cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    top = [(k, hdr1252(v) if k == "Subject" else v) for k, v in top]
    add(f, mail(f, top, body, [summary, plan], html_alt=True, charset="windows-1252"),
        "richmond_wandsworth", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["2410987"],
        [ch("Niamh O'Driscoll", "2040-08-07", "07/08/2040"), ch("Zoë O'Driscoll", "2043-12-02", "2043-12-02")],
        ["parental_mental_health", "young_carer"], True, None, [], None, "book_meeting",
        "Richmond & Wandsworth step-down confirming the case discussion agreed by phone with the Early Help duty "
        "manager (Thu 2 May, within 5 days of the contact), with the case summary (PDF) and draft plan (.docx) -> "
        "case_summary, draft_plan met. CONDITIONAL CONSENT: 'Mum consents to Early Help continuing the plan, as long "
        "as ...' is consent given with a condition about how -> true -> nothing missing -> book_meeting. Body in "
        "windows-1252 (correctly labelled) for 'Zoë' and 'Wróbel'. 'Mosaic ID 2410987' -> bare number. Level not "
        "stated -> null.",
        not_children=["Tomasz Wróbel"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2052-05-14 15:10:40"
    blocks = [
        "Dear MASH colleagues,",
        "",
        "Following a reflective discussion with the practitioner, I am stepping up the Henderson-Lowe children to "
        "Children's Services.",
        "",
        "Kai Henderson-Lowe, DOB 3 Nov 2041",
        "Mabel Henderson-Lowe, DOB 28-01-2046",
        "Mosaic ID 2415530",
        "",
        ("h", "Latest case summary"),
        "Open to Early Help since September 2051 (school referral). Mum is a lone parent; she has told us she drinks "
        "most evenings. Kai's SENCO note (attached, 13/05/2052) records that he has lost weight this term, arrives "
        "without breakfast, and has had untreated head lice since Easter. Mabel's nursery attendance is 60%.",
        ("h", "Rationale for step up"),
        "Eight months of Early Help (weekly visits, two TAFs, a parenting course) have not changed the children's "
        "day-to-day care and mum's drinking has increased. We need a statutory Child and Family Assessment.",
        "",
        "I'll ask mum at Thursday's home visit whether she agrees to the referral, and let you know.",
        "",
        "Priya Raman",
        "Team Manager | Early Help (Richmond North) | Richmond and Wandsworth",
        "020 7946 0418",
        "",
        RDISC.strip(),
    ]
    senco = T("""
SENCO NOTE - Kai Henderson-Lowe (Year 5) - 13/05/2052
Written by: Mr D. Okonkwo, SENCO, Barnes Riverside Primary

- Weight: school nurse measured Kai on 02/05/2052; he has dropped from the 25th to the 9th centile since September.
- Breakfast: arrives without breakfast four days out of five; eats two portions at breakfast club when he gets there.
- Head lice: untreated since the Easter holidays; letters home 23/04 and 07/05.
- Learning: on SEN support for speech and language; progress has stalled this term.
- Voice of the child: "Mum's tired in the mornings, I get Mabel's cereal."
""")
    top = outlook_top(f, addr("Raman, Priya", "Priya.Raman@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Henderson-Lowe - Mosaic 2415530", when)
    add(f, word_mail(f, top, blocks, [txt_att("SENCO note 13.05.2052 - Kai.txt", senco)]),
        "richmond_wandsworth", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["2415530"],
        [ch("Kai Henderson-Lowe", "2041-11-03", "3 Nov 2041"), ch("Mabel Henderson-Lowe", "2046-01-28", "28-01-2046")],
        ["neglect", "school_attendance", "substance_misuse"], None, None, [], None, "book_meeting",
        "Richmond & Wandsworth step-up from the Early Help team manager with 'Latest case summary' and 'Rationale for "
        "step up' pasted under their own headings -> case_summary, rationale met -> book_meeting (invite within 1 WD). "
        "A SENCO's note as a .txt attachment. CONSENT STILL TO BE ASKED: 'I'll ask mum at Thursday's home visit' -> "
        "null (not required for this step-up). Manager: the sender is the team manager, but no agreement sentence "
        "-> null (not required). Hyphenated surnames; DOBs '3 Nov 2041' and '28-01-2046'. Concerns: weight loss, "
        "no breakfast, lice -> neglect; mum drinking -> substance_misuse; nursery 60% -> school_attendance.",
        not_children=["Priya Raman"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2052-06-12 13:05:22"
    letter = [
        "ROEHAMPTON VALE PRIMARY SCHOOL",
        "Headteacher: Mrs Ruth Adebayo-Clarke BA (Hons) NPQH",
        "Danebury Avenue, Roehampton, London SW15 9ZZ   Tel 020 7946 0733",
        "",
        "12 June 2052",
        "",
        "To: Children's Services, Richmond and Wandsworth",
        "",
        "Re: Delia Kovac, Year 5, date of birth 19/03/2042",
        "",
        "I am writing formally, at 12.50 today, about Delia. During the morning Delia told her class teacher that "
        "her stepfather, Mr Dorin Kovac, hit her on Sunday with the buckle end of his belt because she had broken "
        "his headphones. Our first aider saw three raised red lines and a scabbed cut across the small of her back, "
        "which we have recorded on a body map.",
        "",
        "Delia said: \"He said next time it will be worse. Please don't make me go home.\"",
        "",
        "Her mother collects her at 3.15pm. Mr Kovac works from home and will be in the house this afternoon and "
        "evening. Delia's younger brother, Luca Kovac (Year 1), is also in school today.",
        "",
        "I ask that a social worker contacts me before the end of the school day. I can be reached on the number "
        "above or on 07700 900 731.",
        "",
        "Yours faithfully,",
        "Ruth Adebayo-Clarke",
        "Headteacher"]
    body = T("""
Dear colleagues,

Please find attached a letter from our Headteacher, Mrs Adebayo-Clarke, regarding one of our pupils.

Kind regards,

Lorraine Pick
PA to the Headteacher
Roehampton Vale Primary School
020 7946 0733
""")
    crest = png_att(f, "image001.png", 1, (0, 60, 120), 160, 60)
    top = outlook_top(f, addr("Lorraine Pick", "office@roehamptonvale." + SCH), addr("MASH Step Up", RSU),
                      "Letter from the Headteacher", when, mid_domain="roehamptonvale." + SCH)
    add(f, mail(f, top, body, [crest, pdf_att("Letter from Headteacher 12.06.2052.pdf", "Roehampton Vale Primary "
                                              "School - letter", letter)], html_alt=True),
        "richmond_wandsworth", "mash_step_up", when, 4,
        "urgent", "other", True, None, [],
        [ch("Delia Kovac", "2042-03-19", "19/03/2042"), ch("Luca Kovac")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A HEAD TEACHER'S FORMAL LETTER ON HEADED PAPER AS A PDF; the risk is told ONLY in the attachment (the body "
        "says 'a letter from our Headteacher regarding one of our pupils'): a 10-year-old beaten with a belt buckle "
        "on Sunday, marks seen, 'He said next time it will be worse. Please don't make me go home', and she goes "
        "home at 3.15 to the house where he is. No alarm word. A school writing to the MASH step-up inbox is not a "
        "step request -> other; urgent -> alert_duty. Delia with DOB; her brother Luca named in full, no DOB. The "
        "crest is a picture with no text.",
        not_children=["Ruth Adebayo-Clarke", "Dorin Kovac", "Lorraine Pick"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2052-07-08 19:52:10"
    inner_top = plain_top(f + "-inner", addr("Shannon Quigley", "shanq1994@mail.example"),
                          addr("Little Acorns Day Nursery", "manager@littleacorns-putney.example"),
                          "tomorrow", "2052-07-08 19:31:02", "mail.example", None)
    inner = build(inner_top, text_part(T("""
Gail can you tell Beth I cant come to the meeting tomorrow. Im sorry for everything. I've took all my tablets and the rest of the vodka and I just want to sleep now. Harper and Jenson are in bed. Tell them I love them x
"""), cte="7bit"), False)
    body = T("""
Hi Early Help team,

Shannon Quigley (mum of Harper Quigley and Jenson Quigley, who both come to us) has asked me to pass the message below to her family worker, Bethany, about tomorrow's meeting. I have attached it as it came. Could Bethany pick it up in the morning?

Many thanks,
Gail Summers
Manager, Little Acorns Day Nursery, Putney
020 7946 0290
""")
    top = plain_top(f, addr("Gail Summers", "manager@littleacorns-putney.example"), addr("Early Help Duty", RED),
                    "FW: tomorrow - message from Harper's mum for Bethany", when, "littleacorns-putney.example",
                    "Microsoft Outlook 16.0")
    root = multipart("mixed", [text_part(body, crlf=True), rfc822_part(inner, "tomorrow.eml")], bnd(f, 1))
    add(f, build(top, root, True), "richmond_wandsworth", "early_help_duty", when, 3,
        "urgent", "other", True, None, [],
        [ch("Harper Quigley"), ch("Jenson Quigley")],
        ["parental_mental_health", "substance_misuse"], None, None, [], None, "alert_duty",
        "A RISK TOLD ONLY IN A FORWARDED PART (message/rfc822): the nursery manager's note asks for the message to be "
        "picked up 'in the morning'; inside, mum writes at 19:31 that she has taken all her tablets and the vodka "
        "and 'just want[s] to sleep', with her two young children in bed in the house. A carer incapacitated "
        "tonight with young children, out of hours (19:52) -> urgent -> alert_duty (EDT). Not a request -> other. "
        "Children named in full in the top note, no DOB. Overdose -> parental_mental_health; vodka -> "
        "substance_misuse.",
        not_children=["Shannon Quigley", "Gail Summers"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2052-06-25 14:30:55"
    body = T("""
Dear Early Help team,

I'm a Student Welfare Officer at Battersea Park College. I'm hoping you can advise us about a student, Tegan Morley (DOB 02/02/2033), who is 19 and in her second year of a childcare course.

Tegan told us this week that her partner checks her phone, has taken her bank card and pushed her against a wall last weekend. She has also been self-harming. We have done a DASH with her (high risk), referred her to the IDVA service and to MARAC, and she has an appointment with her GP tomorrow. She lives with her partner; she has no children and is not pregnant, and there are no children in the household.

We have been told that Early Help works with families. Is there anything your service offers to young adults with no children, or should we go only through adult social care and the safeguarding adults team? She does not want her parents contacted.

Many thanks,
Olu Bankole
Student Welfare Officer | Battersea Park College
020 7946 0871

Battersea Park College is committed to safeguarding and promoting the welfare of all learners.
""")
    top = plain_top(f, addr("Olu Bankole", "o.bankole@batterseapark-college.example"), addr("Early Help Duty", RED),
                    "Advice please - 19-year-old student (no children)", when, "batterseapark-college.example",
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - RISK TO AN ADULT ONLY: a college welfare officer asks for advice about a 19-year-old student "
        "(DOB 02/02/2033) facing domestic abuse ('high risk' DASH, MARAC) and self-harm, who 'has no children and is "
        "not pregnant, and there are no children in the household'. No child -> not a child-protection risk -> not "
        "urgent; an enquiry -> other -> human_review; no children, no concerns (contract concerns are about "
        "children's households).",
        not_children=["Tegan Morley", "Olu Bankole"], adults=[("Tegan Morley", "02/02/2033")])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2052-06-20 09:15:03"
    audit = pdf_att("Schools referrals audit - summary of findings.pdf",
                    "Multi-agency case audit: referrals from schools, spring term 2052", [
        "Scope: 12 closed cases referred by schools between January and March 2052, anonymised (Case 1 - Case 12).",
        "Case 3: Year 2 child, bruise to the cheek reported by the child as caused by a parent; strategy discussion "
        "held the same day; s47 enquiry; no further action; closed 14/03/2052.",
        "Case 7: Year 9 young person missing overnight twice; return interviews completed; exploitation screening "
        "found no concerns; closed 28/03/2052.",
        "Case 11: nursery child, injury to the ear; medical explanation accepted; closed 02/04/2052.",
        "Finding 1: in 10 of 12 cases the school's referral was made on the day of the disclosure.",
        "Finding 2: in 4 cases the school was not told the outcome within 5 working days.",
        "Recommendation: MASH to confirm outcomes to the school's designated lead in writing."])
    body = T("""
Good morning,

Please find attached the summary of findings from the spring term multi-agency case audit of referrals from schools. All twelve cases are closed and anonymised; none needs any action from MASH. The findings will be discussed at the Education Safeguarding Forum on 3 July.

Kind regards,
Dr Helen Marsh-Oyelowo
Education Safeguarding Lead | Richmond and Wandsworth Safeguarding Children Partnership
020 7946 0140

""") + RDISC
    top = outlook_top(f, addr("Marsh-Oyelowo, Helen", "Helen.Marsh-Oyelowo@" + RDOM), addr("MASH Step Up", RSU),
                      "Case audit - schools' referrals - spring term findings", when)
    add(f, mail(f, top, body, [audit], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A CASE AUDIT: anonymised closed cases (a bruise 'caused by a parent', a young person missing "
        "overnight, an injury) in an attached PDF, 'All twelve cases are closed ... none needs any action'. "
        "Historic, closed, anonymised -> not urgent; no named child; other -> human_review.",
        not_children=["Helen Marsh-Oyelowo"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2052-05-28 10:41:37"
    body = T("""
Thank you for your email.

Sheen Mount Primary School is closed for the May half term holiday from Monday 27 May. The school office reopens at 8.00am on Monday 3 June, when your message will be read.

If you have a safeguarding concern about a child, please contact the Richmond and Wandsworth MASH on 020 7946 0321. If a child is in immediate danger, call 999.

Sheen Mount Primary School
""")
    data = ooo(f, when, "Sheen Mount Primary School Office", "office@sheenmount." + SCH,
               addr("Early Help Duty", RED), "Early Help case discussion - invitation for the school's designated lead",
               body)
    add(f, data, "richmond_wandsworth", "early_help_duty", when, 2,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "NEAR MISS - A SCHOOL'S HALF-TERM OUT-OF-OFFICE (Auto-Submitted: auto-replied, 'Automatic reply:') sent on "
        "Tue 28 May (half term, not a bank holiday) whose boilerplate says 'safeguarding concern', 'immediate "
        "danger', 'call 999' with no child and no event -> not urgent; auto_reply -> ignore (safety rule 2).")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2052-07-16 11:25:48"
    ack = ack_text("step-down", "SB-richmond_wandsworth-1291", [
        "Case: Mosaic 2420316", "Children: Felix Achterberg (11/04/2045), Ottilie Achterberg (18/12/2048)",
        "Case discussion: Thursday 18 July 2052, 14:00 (Microsoft Teams)"],
        ["consent - confirmation that the family consent to Early Help continuing the plan"])
    body = T("""
Hi,

Adding to the step-down above: I saw Mrs Achterberg at home this morning and she has given her consent to Early Help continuing the plan - she signed the consent section of the plan while I was there (scan attached). She also asked that the plan mentions Felix's EHCP annual review at school on 10 July, which went well.

Thanks,
Rosa Lindqvist
Social Worker | Children in Need (Richmond) | Richmond and Wandsworth
020 7946 0588
""") + quote_chain([
        ("Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>", "15 July 2052 16:02",
         "Lindqvist, Rosa <Rosa.Lindqvist@richmondandwandsworth.gov.uk>",
         "[SB-richmond_wandsworth-1291] Step-down request received - Mosaic 2420316", ack, None)])
    scan = pdf_att("Draft plan - consent page signed - Achterberg.pdf", "Draft Early Help plan - consent", [
        "Family: Achterberg. Mosaic 2420316.",
        "I agree to Early Help continuing the plan for my children. Signed: M. Achterberg  Date: 16/07/2052"])
    top = outlook_top(f, addr("Lindqvist, Rosa", "Rosa.Lindqvist@" + RDOM), addr("Early Help Duty", RED),
                      "RE: [SB-richmond_wandsworth-1291] Step-down request received - Mosaic 2420316", when)
    add(f, mail(f, top, body, [scan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["2420316"],
        [ch("Felix Achterberg", "2045-04-11", "11/04/2045"), ch("Ottilie Achterberg", "2048-12-18", "18/12/2048")],
        ["disability_send"], True, None, [], None, "attach_to_request",
        "FOLLOW-UP to [SB-richmond_wandsworth-1291] bringing the consent the acknowledgement asked for: 'she has "
        "given her consent to Early Help continuing the plan' (and the signed page as a PDF) -> true (the latest "
        "statement wins over the quoted 'What is missing'). Children and DOBs from the quoted acknowledgement; "
        "'Mosaic 2420316' -> bare number. The EHCP annual review (10 July, not a DOB) -> disability_send. "
        "follow_up -> attach_to_request; missing [] for this kind.",
        not_children=["Rosa Lindqvist"])


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2052-05-16 16:48:20"
    rows = [
        ("Child", "Musa Karim"), ("Date of birth", "11/10/2049"), ("Room", "Toddlers (Acorn room)"),
        ("Key person", "RB"), ("Brought in by", "Mum's partner, Leon, at 09:10 (mum in the Royal London having her "
                                                 "baby)"),
        ("09:10 - on arrival", "RB asked about a scratch by Musa's left ear. Leon said: 'he fell at the park'."),
        ("10:40 - nappy change", "RB and SA saw four small round bruises in a row on the inside of Musa's left thigh "
                                 "and a curved mark with teeth-shaped dents on his right upper arm. Musa flinched "
                                 "and cried 'no, no' when his leg was touched. Body map completed and signed by RB "
                                 "and SA."),
        ("11:15", "Manager (DF) informed. Photographs not taken (nursery policy)."),
        ("16:30", "Leon rang: he will collect Musa at 17:30 today, as usual. Mum is not due home until Saturday."),
    ]
    h = LAYOUT_HEAD + ("<p>Hello MAST,</p>\n<p>Please see below the record we completed today for one of our two-year-"
                       "olds. I did not know whether to ring or email. Leon collects at 5.30pm.</p>\n"
                       "<table border=\"1\" cellpadding=\"5\" cellspacing=\"0\" style=\"border-collapse:collapse\">\n"
                       "<tr><th colspan=\"2\" style=\"background:#E2EFD9\">Bow Common Children's Centre Nursery - "
                       "existing injury / incident record</th></tr>\n")
    for k, v in rows:
        h += "<tr><td valign=\"top\"><b>%s</b></td><td>%s</td></tr>\n" % (esc(k), esc(v))
    h += ("</table>\n<p>Deborah Fenn<br>Nursery Manager, Bow Common Children's Centre Nursery<br>020 7946 0655</p>\n"
          "</body></html>\n")
    top = outlook_top(f, addr("Deborah Fenn", "d.fenn@bowcommon-nursery.example"), addr("MAST", TMAST),
                      "Incident record - Musa K (2) - collected 5.30pm today", when,
                      mid_domain="bowcommon-nursery.example")
    add(f, html_only(f, top, h), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Musa Karim", "2049-10-11", "11/10/2049")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A NURSERY'S INCIDENT LOG (HTML-only, an 'existing injury / incident record' table with times and staff "
        "initials): a 2-year-old with four fingertip-like bruises on the inner thigh and a bite-shaped mark, "
        "flinching, an explanation that does not fit, and mum's partner collecting him at 17:30 today with mum in "
        "hospital. No alarm word. A nursery writing to MAST is not a step request -> other; urgent -> alert_duty. "
        "Subject has 'Musa K' only; the full name and DOB are in the table.",
        not_children=["Deborah Fenn"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2052-04-23 11:30:02"
    body = T("""
Dear Early Help Hub,

I am stepping the Miah children down from the Children's Social Work team as the outcome of their Child and Family Assessment, which concluded on 18/04/2052.

Ayaan Miah - DOB 15/06/2039
Safiya Begum-Miah - DOB 2044-02-29
Mosaic ID 3102554

The assessment and the TAF plan are attached. The Lead Practitioner will be Ms Shapla Ahmed, Pastoral Lead at Stepney Green Academy (Ayaan's school), who has agreed. I will chair the TAF meeting at the academy on Thursday 2nd May at 10am; the invitation has gone to Ms Ahmed, the school nurse and mum.

Mum consents to the step down. She has asked that the plan is not shared with the children's father, who does not live with them; I've noted this on Mosaic.

Worries: Ayaan's attendance (84%, mostly Mondays) and mum's low mood since the winter.

Regards,
Farhana Chowdhury
Social Worker | Children's Social Work Team (Stepney) | Tower Hamlets Council
020 7946 0377

""") + TDISC
    cfa = pdf_att("C&F Assessment - Miah - concluded 18.04.2052.pdf", "Child and Family Assessment - summary", [
        "Children: Ayaan Miah (12), Safiya Begum-Miah (8). Mosaic ID 3102554.",
        "Assessment concluded: 18/04/2052. Outcome: step down to Early Help (TAF with a Lead Practitioner).",
        "Analysis: mum's low mood affects mornings; Ayaan's Monday absences; no concerns about care or safety."])
    plan = docx_att("TAF plan - Miah.docx", ["# TAF plan (final social work plan and recommendations)",
                                             "1. Attendance plan for Ayaan - Stepney Green Academy - weekly check.",
                                             "2. Mum to GP and talking therapies - by the end of May.",
                                             "3. Safiya to join the after-school club - from 7 May."])
    top = outlook_top(f, addr("Chowdhury, Farhana", "Farhana.Chowdhury@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Miah - TAF Thurs 2nd May", when)
    add(f, mail(f, top, body, [cfa, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["3102554"],
        [ch("Ayaan Miah", "2039-06-15", "15/06/2039"), ch("Safiya Begum-Miah", "2044-02-29", "2044-02-29")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        "Complete Tower Hamlets step-down on the first day of the summer term: C&F assessment (PDF) and TAF plan "
        "(.docx) attached, the Lead Practitioner named with her agency (the academy's pastoral lead), 'Mum consents "
        "to the step down' (with a wish about sharing, still consent) -> nothing missing -> book_meeting. The "
        "assessment concluded 18/04/2052 (not a DOB; the TAF on 2 May is within 10 WD of it across Good Friday and "
        "Easter Monday). A leap-day DOB, 2044-02-29. Hyphenated surname differs from her brother's.",
        not_children=["Shapla Ahmed", "Farhana Chowdhury"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2052-06-28 10:20:39"
    m_tm = T("""
Agreed - please send to MAST today with the MARF. Good analysis.

Shirin Rahman
Team Manager | Targeted Early Help (Bow & Poplar) | Tower Hamlets Council
""")
    m_me = T("""
Hi Shirin,

Here is my write-up for the Hussain step up for your sign-off - MARF attached. The attendance officer's letter last week says Ruqayyah is now at 61%.

Imran
""")
    body = T("""
Dear MAST,

Please find attached a Multi-Agency Request for Support for Ruqayyah Hussain (DOB 4th March 2038) and her brother Yusuf Hussain (DOB 09.09.2041). Mosaic ID 3120087.

Ruqayyah (14) is caring for her mum, who has MS and is now mostly in bed, and her attendance has fallen to 61%. Yusuf is often not collected from school. Early Help has worked with the family since January and the plan has not moved things on; dad works nights and is not engaging with the TAF.

Shirin's agreement is below.

Imran Siddiqui
Early Help Practitioner | Targeted Early Help (Bow & Poplar) | Tower Hamlets Council
020 7946 0490
""") + quote_chain([
        ("Rahman, Shirin <Shirin.Rahman@towerhamlets.gov.uk>", "27 June 2052 17:41",
         "Siddiqui, Imran <Imran.Siddiqui@towerhamlets.gov.uk>", "RE: Hussain - step up for sign-off", m_tm, None),
        ("Siddiqui, Imran <Imran.Siddiqui@towerhamlets.gov.uk>", "27 June 2052 15:05",
         "Rahman, Shirin <Shirin.Rahman@towerhamlets.gov.uk>", "Hussain - step up for sign-off", m_me, None)])
    marf = pdf_att("MARF - Hussain - June 2052.pdf", "Multi-Agency Request for Support Form (MARF)", [
        "Children: Ruqayyah Hussain 04/03/2038; Yusuf Hussain 09/09/2041. Mosaic ID 3120087.",
        "Referrer: Imran Siddiqui, Early Help Practitioner.",
        "Reason for request: young carer; school attendance 61%; Yusuf not collected on 6 occasions this term.",
        "Parents' views: mum agrees help is needed; dad has not attended two TAFs.",
        "Form completed: 27/06/2052."])
    top = outlook_top(f, addr("Siddiqui, Imran", "Imran.Siddiqui@" + TDOM), addr("MAST", TMAST),
                      "Request for support - Hussain - Mosaic 3120087", when)
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["3120087"],
        [ch("Ruqayyah Hussain", "2038-03-04", "4th March 2038"), ch("Yusuf Hussain", "2041-09-09", "09.09.2041")],
        ["neglect", "non_engagement", "school_attendance", "young_carer"], None, True, [], None, "book_meeting",
        "Tower Hamlets step-up to MAST with the MARF attached (request_for_support met). MANAGER AGREEMENT ONLY IN "
        "THE FORWARDED REPLY at the bottom of the chain ('Agreed - please send to MAST today', the team manager) -> "
        "true -> nothing missing -> book_meeting. DOBs '4th March 2038' and '09.09.2041'; 'Form completed: "
        "27/06/2052' is not a DOB. Concerns: caring for mum -> young_carer; 61% -> school_attendance; not "
        "collected -> neglect; dad not engaging with the TAF -> non_engagement. Consent not stated -> null.",
        not_children=["Imran Siddiqui", "Shirin Rahman"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2052-07-10 09:40:15"
    body = T("""
Good morning,

Step down to Early Help for the Campbell children following their Child and Family Assessment, which concluded on 05/07/2052.

Tyrese Campbell - DOB 2040-05-30
Nia Campbell - DOB 01/12/2046
Mosaic ID 3098812

History, for the Lead Practitioner: in 2050 both children were on child protection plans after their father assaulted their mother. He was convicted, moved to Birmingham and is subject to a restraining order; there has been no contact since 2050. Tyrese was reported missing once, in January 2051, and was found the same evening at a friend's house; there have been no further episodes. There are no current concerns about domestic abuse, and no marks or injuries have been seen on any visit this year.

Now: Nia (5) is waiting for an EHC needs assessment for her speech and language; mum would like help with this.

Lead Practitioner: Grace Okafor, Family Support Worker, Chisenhale Primary School (agreed 08/07/2052).
Mum has consented to the step down. The C&F assessment and the TAF plan are attached; I'll arrange and chair the TAF at Chisenhale before the end of term.

Kind regards,
Matthew Adeleke
Social Worker | Children's Social Work Team (Bow) | Tower Hamlets Council

""") + TDISC
    cfa = pdf_att("C&F Assessment - Campbell.pdf", "Child and Family Assessment - summary", [
        "Children: Tyrese Campbell, Nia Campbell. Concluded 05/07/2052.",
        "Outcome: step down to a TAF with a Lead Practitioner. Historic domestic abuse (2050); no current concerns.",
        "Nia: speech and language delay; EHC needs assessment requested by school."])
    plan = docx_att("TAF plan - Campbell.docx", ["# TAF plan", "1. EHC needs assessment - Chisenhale Primary.",
                                                 "2. Holiday club for Tyrese - Lead Practitioner - by 19 July."])
    top = outlook_top(f, addr("Adeleke, Matthew", "Matthew.Adeleke@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Campbell children - Mosaic 3098812", when)
    add(f, mail(f, top, body, [cfa, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 3,
        "near_miss", "step_down", False, None, ["3098812"],
        [ch("Tyrese Campbell", "2040-05-30", "2040-05-30"), ch("Nia Campbell", "2046-12-01", "01/12/2046")],
        ["disability_send"], True, None, [], None, "book_meeting",
        "NEAR MISS - HISTORIC AND RESOLVED RISK: 2050 child protection plans and an assault (father convicted, no "
        "contact since 2050), a single missing episode in January 2051 (found the same evening), 'no current "
        "concerns about domestic abuse', 'no marks or injuries' -> not urgent, and none of it is a current concern. "
        "Complete Tower Hamlets step-down (assessment, TAF plan, consent, Lead Practitioner with agency) -> "
        "book_meeting. Nia's EHC needs assessment -> disability_send.",
        not_children=["Grace Okafor", "Matthew Adeleke"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2052-07-08 14:05:44"
    body = T("""
Hi Early Help Hub,

Step down for the Wiśniewski children, outcome of the C&F assessment concluded 03/07/2052.

Kacper Wiśniewski, DOB 22/01/2040
Maja Wiśniewska, DOB 05/05/2045
Mosaic ID 3117460

Lead Practitioner: Agnieszka Zielińska, EAL and Family Liaison Officer, Olga Primary School (agreed).
The assessment is attached; the TAF plan will follow after I have written it up with mum. I'll ask mum about consent to Early Help at Thursday's visit.

Worries: Kacper's attendance (86%); mum working long shifts.

Thanks,
Ewa Nowicka
Social Worker | Children's Social Work Team (Bethnal Green) | Tower Hamlets Council
020 7946 0611

PS - Olga Primary have just rung while I was writing this. Maja showed her teacher a burn on the back of her left calf - triangular, blistered, about 4cm - and said mum's boyfriend Marek "put the hot iron on my leg because I was kicking". The school nurse has dressed it. Mum is at work until 9pm and Marek is collecting Maja at 3.15 today. School have asked me what to do and I'm ringing them back now.
""")
    cfa = pdf_att("C&F Assessment - Wisniewski.pdf", "Child and Family Assessment - summary", [
        "Children: Kacper Wisniewski, Maja Wisniewska. Concluded 03/07/2052. Outcome: step down to Early Help."])
    top = outlook_top(f, addr("Nowicka, Ewa", "Ewa.Nowicka@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Wiśniewski - Mosaic 3117460", when)
    t = text_part(body, cte="base64", crlf=True)
    root = multipart("mixed", [t, cfa], bnd(f, 1))
    add(f, build(top, root, True), "tower_hamlets", "early_help_duty", when, 2,
        "urgent", "step_down", True, None, ["3117460"],
        [ch("Kacper Wiśniewski", "2040-01-22", "22/01/2040"), ch("Maja Wiśniewska", "2045-05-05", "05/05/2045")],
        ["physical_harm", "school_attendance"], None, None, ["consent", "draft_plan"], None, "alert_duty",
        "A RISK TOLD ONLY IN A PS of an ordinary step-down (base64 text/plain): a 7-year-old's blistered triangular "
        "burn, 'put the hot iron on my leg', and the man who did it collects her at 3.15 today with mum at work. "
        "Urgent -> alert_duty (first in order). The step-down itself: assessment attached, Lead Practitioner named "
        "with agency, but 'the TAF plan will follow' (draft_plan missing) and 'I'll ask mum about consent ... at "
        "Thursday's visit' (null -> consent missing). Polish names with diacritics, the girl's feminine surname "
        "form as written. 86% -> school_attendance; the burn -> physical_harm.",
        not_children=["Agnieszka Zielińska", "Ewa Nowicka"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2052-04-25 15:55:27"
    data = itip_reply_cc(f, when, "Shapla Ahmed", "s.ahmed@stepneygreen." + SCH,
                         ("Farhana Chowdhury", "Farhana.Chowdhury@" + TDOM), "ACCEPTED",
                         "TAF meeting - Miah family - Mosaic 3102554", "20520502T100000", "20520502T113000",
                         "Stepney Green Academy - meeting room 1",
                         comment="Happy to take on the Lead Practitioner role. I'll bring Ayaan's attendance data.",
                         cc=addr("Early Help Hub", TEH))
    add(f, data, "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, ["3102554"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY ACCEPTED from the academy's pastoral lead (the Lead Practitioner in tower_hamlets_02) for "
        "the TAF on 2 May, Cc the Early Help Hub; SUMMARY 'Mosaic 3102554' -> bare number; a COMMENT with nothing "
        "of concern -> record_reply. Children named by first name only -> none labelled.",
        not_children=["Shapla Ahmed", "Farhana Chowdhury"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2052-07-03 12:15:09"
    letter = [
        "Mulberry Park Academy  -  Inclusion Office",
        "Date: 02/07/2052",
        "NOTICE OF SUSPENSION (FIXED-TERM EXCLUSION)",
        "Pupil: Dylan Thorne   Year 9   DOB 17/10/2038",
        "Dear Ms Thorne,",
        "I am writing to tell you that I have suspended Dylan for 3 school days, from Wednesday 3 July to Friday 5 "
        "July 2052 inclusive, for physically assaulting another pupil during lunch on 2 July.",
        "Our risk assessment identified a danger to other pupils in unstructured time; Dylan will return on a "
        "supervised lunchtime timetable.",
        "A reintegration meeting will be held on Monday 8 July at 9.00am. You have the right to make "
        "representations to the governing board.",
        "During the suspension Dylan must not be in a public place during school hours without good reason. Work "
        "will be set on the learning platform.",
        "There are no safeguarding concerns about Dylan's home. Yours sincerely, Mr P. Achebe, Headteacher"]
    body = T("""
Hi,

For information: Dylan is open to Early Help (EHM-310552, lead practitioner Kemi Ojo, who is on leave this week). Please find attached the suspension letter that went home yesterday. Mum is at home with him for the three days and is working with us. No action needed from the hub - I just didn't want Kemi to miss it.

Thanks,
Ms Noor Baig
Inclusion and Attendance Officer, Mulberry Park Academy
020 7946 0702

""") + TRUST_DISC
    top = outlook_top(f, addr("Noor Baig", "n.baig@mulberrypark." + SCH), addr("Early Help Hub", TEH),
                      "Suspension letter - Dylan Thorne (Y9) - FYI", when, mid_domain="mulberrypark." + SCH)
    add(f, mail(f, top, body, [pdf_att("Suspension letter - D Thorne.pdf", "Notice of suspension", letter)]),
        "tower_hamlets", "early_help_duty", when, 6,
        "near_miss", "other", False, None, ["EHM-310552"],
        [ch("Dylan Thorne", "2038-10-17", "17/10/2038")],
        [], None, None, [], None, "human_review",
        "NEAR MISS - A FIXED-TERM EXCLUSION (SUSPENSION) NOTICE forwarded for information: 'physically assaulting "
        "another pupil', 'risk assessment', 'danger to other pupils', 'no safeguarding concerns about Dylan's "
        "home'; he is at home with mum. The harm was by the pupil, not to him -> not urgent. 'For information ... No "
        "action needed' -> other -> human_review. Behaviour and a suspension are none of the contract's concerns "
        "-> [].",
        not_children=["Noor Baig", "Kemi Ojo"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2052-05-21 16:00:31"
    body = T("""
Dear MAST,

Please find attached a Multi-Agency Request for Support for the Haddad children:

Amira Haddad, DOB 14-08-2041
Adam Haddad, DOB 2048-03-03

Concerns: home conditions (no working fridge since March, mattresses on the floor), Adam's untreated tooth decay, and Amira's attendance, which is 79%.

I should be clear that my manager, Nasreen Ali, does not agree with a step up at this point - she wants us to hold one more TAF after half term first - but I'm sending this so that MAST can advise on whether the threshold is met.

Kind regards,
Hiba Mansour
Family Practitioner | Early Help (Whitechapel) | Tower Hamlets Council
020 7946 0344

""") + TDISC
    marf = docx_att("Multi-Agency Request for Support - Haddad.docx", [
        "# Multi-Agency Request for Support Form",
        "Children: Amira Haddad (14/08/2041), Adam Haddad (03/03/2048)",
        "Reason: neglect of home conditions and health; school attendance 79%.",
        "Manager oversight: discussed with Nasreen Ali 20/05/2052 - not agreed; further TAF after half term."])
    top = outlook_top(f, addr("Mansour, Hiba", "Hiba.Mansour@" + TDOM), addr("MAST", TMAST),
                      "Request for support - Haddad", when)
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, [],
        [ch("Amira Haddad", "2041-08-14", "14-08-2041"), ch("Adam Haddad", "2048-03-03", "2048-03-03")],
        ["neglect", "school_attendance"], None, False, ["manager_agreed"], None, "request_info",
        "Tower Hamlets step-up with the Multi-Agency Request for Support form (.docx) attached, but MANAGER "
        "AGREEMENT REFUSED: 'my manager ... does not agree with a step up at this point' (and 'not agreed' on the "
        "form) -> false -> manager_agreed missing -> request_info. No case id given. DOBs dd-mm-yyyy and ISO. "
        "Home conditions, tooth decay -> neglect; 79% -> school_attendance.",
        not_children=["Nasreen Ali", "Hiba Mansour"])


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

COLLEGE_DISC = T("""
Paignton Vocational College. This message is intended only for the addressee and may contain information that is confidential. If you are not the intended recipient, please notify the sender and delete it; do not copy, forward or use it. Emails to and from the College may be monitored for the purposes of security and staff training. The College accepts no responsibility for any loss or damage arising from viruses and you should carry out your own checks. Registered address: Paignton Vocational College, Colley End Road, Paignton.
""")

def torbay_01():
    f = "torbay_01.eml"; when = "2052-06-13 16:35:18"
    body = T("""
Hello,

I'm on the Student Welfare Team at Paignton Vocational College. One of our 16-year-olds, Summer-Lee Pengelly (DOB 08/09/2035, Level 2 Hair and Beauty), came to see me at 4pm.

Since Easter a man she calls "Deano" (she thinks he is 23) has been picking her up at the college gate in a black Audi. He bought her an iPhone and she says she "owes him" for it. She showed me a message he sent at 3.52 today: "be ready 8pm by the lane, bring nothing, ur working this weekend". She says she is going to Bristol with him tonight. Her mum thinks she is staying at a friend's house in Torquay. Summer-Lee has left the building now and isn't answering her phone.

I can stay at college until 6: 01632 960 455. Her mum's mobile is on our system: 07700 900 315.

Nicola Ashworth
Student Welfare Officer | Paignton Vocational College

""") + COLLEGE_DISC
    top = plain_top(f, addr("Nicola Ashworth", "n.ashworth@paigntonvc.example"), addr("MASH", BMASH),
                    "Student - Summer-Lee P (16) - leaving with an older man tonight", when, "paigntonvc.example",
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Summer-Lee Pengelly", "2035-09-08", "08/09/2035")],
        ["exploitation"], None, None, [], None, "alert_duty",
        "A COLLEGE'S WELFARE TEAM: a 16-year-old groomed by a 23-year-old (gifts, a debt, 'ur working this weekend') "
        "is leaving with him for Bristol at 8pm tonight; mum thinks she is at a friend's; she has left the building. "
        "Exploitation happening tonight, in plain words with no alarm word; a long college disclaimer. Not a step "
        "request -> other; urgent -> alert_duty. exploitation (not yet missing: she left the college 35 minutes ago).",
        not_children=["Nicola Ashworth"])

def torbay_02():
    f = "torbay_02.eml"; when = "2052-07-02 10:05:33"
    body = T("""
Hi Early Help,

Please can I have a triage slot for the Couch children. I'm asking for a level 3 Early Help response.

Alfie Couch - DOB 17/04/2044
Ruby-Jo Couch - DOB 2049-11-11 (2, so I think this needs the under-5s triage)
LCS-558210

The Single Assessment is attached, with my analysis and the rationale for stepping down. My team manager, Karen Westlake, has recorded her manager's analysis on LCS confirming the threshold for level 3 is met. Mum has given her consent for level 3 Early Help and knows a family worker may be allocated after triage.

Worries: dad's cannabis use (daily, in the house), and Alfie's attendance at 89% with lots of late marks. Alfie's school (Collaton St Mary Primary) will be part of the TAF; the summer holidays start on 19 July so we'd like the handover before then if possible.

Thanks,
Jodie Prowse
Social Worker | Single Assessment Team | Torbay Council
01632 960 377

""") + BDISC
    sa = pdf_att("Single Assessment - Couch - June 2052.pdf", "Single Assessment (with analysis)", [
        "Children: Alfie Couch (8), Ruby-Jo Couch (2). LCS-558210.",
        "Analysis and rationale: needs can be met by a level 3 Early Help plan; no statutory threshold.",
        "Manager's analysis (K. Westlake, 28/06/2052): threshold for level 3 intervention met."])
    top = outlook_top(f, addr("Prowse, Jodie", "Jodie.Prowse@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - Couch - LCS-558210", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["LCS-558210"],
        [ch("Alfie Couch", "2044-04-17", "17/04/2044"), ch("Ruby-Jo Couch", "2049-11-11", "2049-11-11")],
        ["school_attendance", "substance_misuse"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down asking for a triage slot: Single Assessment with analysis (PDF), the TM's "
        "analysis 'confirming the threshold for level 3 is met' -> manager true, 'Mum has given her consent for "
        "level 3 Early Help' -> consent true -> nothing missing -> book_meeting; Ruby-Jo (2) -> the fortnightly "
        "under-5s triage. 'level 3' stated -> 3. Dad's cannabis -> substance_misuse; 89% and lates -> "
        "school_attendance. 19 July (term end) is not a date of birth.",
        not_children=["Karen Westlake", "Jodie Prowse"])

def torbay_03():
    f = "torbay_03.eml"; when = "2052-05-07 11:15:47"
    body = T("""
Dear MASH,

I am the lead professional for Cody Tregenza (DOB 06/06/2040), Early Help case EHM-204417 on LCS. I am making a contact to MASH to ask for Cody's case to be considered for a level 4 response.

The school's chronology (exported by their designated lead last week) and my step-up form are attached. In short: Cody has come to school hungry and in the same clothes most days since February, he has missed three hospital appointments for his asthma, and mum has not answered the door to me for the last four planned visits.

Mum consents to the contact to MASH - I spoke to her on the phone on Friday and she said "do what you need to do".

Many thanks,
Lowenna Trethewey
Family Intervention Worker | Early Help | Torbay Council
01632 960 521

""") + BDISC
    chron = pdf_att("School chronology export - C Tregenza.pdf",
                    "Kingswear Road Primary - pupil chronology export: Cody Tregenza (Year 6)", [
        "Exported 02/05/2052 by AP (designated lead). Newest last.",
        "05/02/2052 | Category: Welfare | Staff: MT | Cody ate two breakfasts at club; said no food at home.",
        "26/02/2052 | Category: Health | Staff: Office | Hospital letter: asthma clinic missed (2nd time).",
        "18/03/2052 | Category: Welfare | Staff: MT | Same clothes all week; spare uniform given.",
        "23/04/2052 | Category: Attendance | Staff: Office | First day of term; Cody absent, mum says 'overslept'.",
        "30/04/2052 | Category: Welfare | Staff: AP | Cody hungry again; no marks, no disclosure. Early Help "
        "informed (L. Trethewey)."])
    form = docx_att("Step up form - Tregenza.docx", [
        "# Early Help - contact to MASH (step up)",
        "Child: Cody Tregenza. Early Help case: EHM-204417.",
        "Reason: neglect - food, clothing, missed medical appointments; mum not engaging with visits.",
        "Manager agreement: Agreed - Donna Heard, Early Help Team Manager, 03/05/2052. We agree this information "
        "needs to be considered for a level 4 statutory intervention.",
        "Form completed: 03/05/2052"])
    top = outlook_top(f, addr("Trethewey, Lowenna", "Lowenna.Trethewey@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Cody Tregenza - EHM-204417", when)
    add(f, mail(f, top, body, [chron, form], html_alt=True), "torbay", "mash_step_up", when, 8,
        "ordinary", "step_up", False, None, ["EHM-204417"],
        [ch("Cody Tregenza", "2040-06-06", "06/06/2040")],
        ["neglect", "non_engagement"], True, True, [], None, "book_meeting",
        "Torbay step-up (a lead professional's contact to MASH) with a school's chronology export (dated entries, "
        "staff initials, categories, all past and ordinary: 'no marks, no disclosure') -> not urgent. MANAGER "
        "AGREEMENT ONLY IN AN ATTACHMENT: the step-up form says 'Agreed - Donna Heard, Early Help Team Manager ... "
        "We agree this information needs to be considered for a level 4' -> true. 'Mum consents to the contact to "
        "MASH' -> true -> nothing missing -> book_meeting. Neglect; mum not answering four visits -> non_engagement.",
        not_children=["Lowenna Trethewey", "Donna Heard"])

def torbay_04():
    f = "torbay_04.eml"; when = "2052-05-15 13:25:30"
    ack = ack_text("step-down", "SB-torbay-3318", [
        "Case: LCS-551094", "Children: Freya Luscombe (03/10/2042)",
        "Triage: Tuesday 21 May 2052, 09:30 (weekly triage)"], [])
    body = T("""
Hello,

I'm the school nurse for Roselands Primary. Freya's social worker, Amber Quick, asked me to let you know the outcome of today's health review before next week's triage.

I saw Freya this morning as planned. No marks or bruises were seen. The mark on her arm that school recorded in April was from a PE lesson - it was seen by her GP at the time and there were no concerns. Freya denies that anyone at home has hurt her and says she feels "happy and safe". Dad is not at home with them - he moved to Exeter in March and sees the children at his mum's on Saturdays.

Her height and weight are on the 50th centile and her immunisations are up to date.

Best wishes,
Carys Hext
School Nurse | Torbay 0-19 Public Health Nursing
01632 960 610
""") + quote_chain([
        ("Early Help <earlyhelp@torbay.gov.uk>", "13 May 2052 10:40", "Quick, Amber <Amber.Quick@torbay.gov.uk>",
         "[SB-torbay-3318] Step-down request received - LCS-551094", ack, None)])
    top = outlook_top(f, addr("Carys Hext", "carys.hext@torbay-nursing.example"), addr("Early Help", BEH),
                      "RE: [SB-torbay-3318] Step-down request received - LCS-551094", when,
                      cc=addr("Quick, Amber", "Amber.Quick@" + BDOM), mid_domain="torbay-nursing.example")
    add(f, mail(f, top, body, html_alt=True), "torbay", "early_help_duty", when, 4,
        "near_miss", "follow_up", False, None, ["LCS-551094"],
        [ch("Freya Luscombe", "2042-10-03", "03/10/2042")],
        [], None, None, [], None, "attach_to_request",
        "NEAR MISS - NEGATIONS FROM A SCHOOL NURSE: 'No marks or bruises were seen', the April mark 'from a PE "
        "lesson ... no concerns', 'Freya denies that anyone at home has hurt her', 'Dad is not at home with them'. "
        "Negated and resolved -> not urgent and no concern. A reply to [SB-torbay-3318] adding to the request -> "
        "follow_up -> attach_to_request. Child and DOB from the quoted acknowledgement.",
        not_children=["Carys Hext", "Amber Quick"])

def torbay_05():
    f = "torbay_05.eml"; when = "2052-04-18 09:50:12"
    body = T("""
Hi Early Help,

I'd like a triage slot to talk through a step-down for Tobias Widdicombe (DOB 1st May 2037), LCS-549377. The schools are on their Easter holidays this week, so Tobias is at home.

Tobias has ADHD and is at Brixham College on a reduced timetable; his attendance is 72%. The Single Assessment is attached (it is waiting for my team manager to authorise it on LCS).

Dad has said no to Early Help - he told me on Tuesday that he doesn't want "anyone else in his house" and won't sign anything. I'd still like to use the triage to think about what we can offer that he might accept.

My TM will add her analysis once the Single Assessment is authorised, hopefully early next week.

Thanks,
Dan Yeo
Social Worker | Safeguarding and Supporting Families | Torbay Council
01632 960 498

""") + BDISC
    sa = docx_att("Single Assessment - Widdicombe (awaiting authorisation).docx", [
        "# Single Assessment", "Child: Tobias Widdicombe, DOB 01/05/2037. LCS-549377.",
        "Analysis: needs around ADHD and attendance; recommendation step down to level 3 Early Help.",
        "Manager's analysis: (to be completed)"])
    top = outlook_top(f, addr("Yeo, Dan", "Dan.Yeo@" + BDOM), addr("Early Help", BEH),
                      "Triage - Widdicombe - LCS-549377", when)
    add(f, mail(f, top, body, [sa]), "torbay", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["LCS-549377"],
        [ch("Tobias Widdicombe", "2037-05-01", "1st May 2037")],
        ["disability_send", "school_attendance"], False, None, ["consent", "manager_agreed"], None, "request_info",
        "Torbay step-down asking for triage, sent in the Easter week (Thu 18 April, before Good Friday). CONSENT "
        "REFUSED: 'Dad has said no to Early Help ... won't sign anything' -> false -> consent missing. MANAGER NOT "
        "YET: 'My TM will add her analysis once the Single Assessment is authorised' -> null -> manager_agreed "
        "missing. Single Assessment attached (.docx) -> assessment met. Level not stated -> null (Torbay's default "
        "3 is the pack's, not the label's). ADHD -> disability_send; 72% -> school_attendance.",
        not_children=["Dan Yeo"])

def torbay_06():
    f = "torbay_06.eml"; when = "2052-07-12 15:41:06"
    text = T("""
Dear MASH,

I am writing from Berry Head Primary School, Brixham. At 3.25pm today Ms Kayleigh Narracott came to collect her children, Ellie Narracott (Reception, DOB 02/02/2047) and Mason Narracott (Year 2, DOB 24/09/2044).

She smelt strongly of alcohol, her speech was slurred and she fell against the gate. Our deputy head asked her not to drive and offered to ring someone to collect the children, but she put both children in the back of her car – neither in a car seat – and drove off at 3.32pm towards Higher Brixham. Our business manager took the registration: WX02 9ZZ. We have rung her mobile three times and there is no answer. The children’s father lives in Plymouth and is not answering either.

Mrs Janet Coombe
Office Manager, Berry Head Primary School
01632 960 288
""")
    top = outlook_top(f, addr("Janet Coombe", "office@berryhead." + SCH), addr("MASH", BMASH),
                      "Narracott children - collected by mum 3.30pm", when, mid_domain="berryhead." + SCH)
    h = html_of(text).replace("charset=utf-8", "charset=iso-8859-1")
    hp = quopri.encodestring(h.replace("\n", "\r\n").encode("cp1252"), quotetabs=False).decode("ascii")
    html_part = Part([("Content-Type", 'text/html; charset="iso-8859-1"'),
                      ("Content-Transfer-Encoding", "quoted-printable")], hp)
    root = multipart("alternative", [mislabelled_part(text), html_part], bnd(f, 1))
    add(f, build(top, root, True), "torbay", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Ellie Narracott", "2047-02-02", "02/02/2047"), ch("Mason Narracott", "2044-09-24", "24/09/2044")],
        ["substance_misuse"], None, None, [], None, "alert_duty",
        "A CARER INCAPACITATED WITH YOUNG CHILDREN NOW: a school office reports mum drunk at collection (smelt of "
        "alcohol, slurred, fell) driving off at 3.32pm with a 5- and a 7-year-old without car seats, phone "
        "unanswered. Plain words, no alarm word. WRONG CHARSET LABEL: both parts are windows-1252 (en dash, curly "
        "apostrophe) labelled iso-8859-1. Not a step request -> other; urgent -> alert_duty. substance_misuse.",
        not_children=["Kayleigh Narracott", "Janet Coombe"])

def torbay_07():
    f = "torbay_07.eml"; when = "2052-06-17 14:02:51"
    doc = docx_att("DSL refresher - case studies (summer 2052).docx", [
        "# Designated lead refresher - case studies for group work",
        "All case studies are fictional and for training only. Names and places are invented.",
        "Case study 1: 'Jade', Year 3, arrives with a bruise on her cheek and says 'mummy's boyfriend did it'. He "
        "is collecting her at 3.15. What do you do, and who do you ring?",
        "Case study 2: 'Kai', Year 10, has a new phone and money and is picked up by older men after school. What "
        "are the signs of exploitation, and what is the immediate risk?",
        "Case study 3: 'Baby M', 8 weeks, is brought to nursery with a mark on her ear. What questions do you ask?",
        "Discussion: thresholds, the Torbay MASH contact, and when to call 999."])
    body = T("""
Dear colleagues,

Ahead of the designated lead refresher on Tuesday 25 June (Paignton Library, 1.30-4pm), please find attached the case studies we will use in the group work. They are fictional and for training only, so please don't act on them! Early Help colleagues are welcome to join - reply to book a place.

Best wishes,
Morwenna Pascoe
Training Co-ordinator | Torbay Safeguarding Children Partnership
01632 960 140

""") + BDISC
    top = outlook_top(f, addr("Pascoe, Morwenna", "Morwenna.Pascoe@" + BDOM), addr("Early Help", BEH),
                      "Designated lead refresher 25 June - case studies attached", when)
    add(f, mail(f, top, body, [doc], html_alt=True), "torbay", "early_help_duty", when, 9,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - TRAINING MATERIAL: a .docx of case studies whose scenarios read like referrals (a bruise and "
        "'mummy's boyfriend did it' with a 3.15 collection, exploitation, a baby's mark), each marked 'fictional and "
        "for training only'. Examples -> not urgent. A training invitation -> other -> human_review; no child.",
        not_children=["Morwenna Pascoe"])

def torbay_08():
    f = "torbay_08.eml"; when = "2052-07-03 16:12:40"
    data = google_reply(f, when, "Tom Rendle", "t.rendle@collatonstmary." + SCH,
                        ("Early Help Torbay", BEH), "ACCEPTED",
                        "Early Help triage - Couch family - LCS-558210", "20520709T083000Z", "20520709T090000Z",
                        "Torbay Council, Tor Hill House - triage room", "Tue 9 Jul 2052 09:30 - 10:00 (BST)",
                        note="I'll attend for school (Alfie's class teacher is on a trip).")
    add(f, data, "torbay", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, ["LCS-558210"], [], [], None, None, [], None, "record_reply",
        "A Google Calendar iTIP REPLY (ACCEPTED, with the same calendar attached as invite.ics) from a primary "
        "school's designated lead for torbay_02's under-5s triage slot (Tue 9 July 09:30 BST = 08:30Z); "
        "LCS-558210 from the SUMMARY; a note with nothing of concern -> record_reply. 'Alfie' by first name only.",
        not_children=["Tom Rendle"])


# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2052-04-24 12:40:19"
    body = T("""
Hello,

I'm one of the school nurses covering Wyebridge Academy. I couldn't find another address on the school's contact list so I'm sending this here - please pass it on if it should go somewhere else.

At my drop-in this morning, Chloe-Anne Bevan (Year 8, DOB 11/01/2039) asked me for a pregnancy test. It was positive. She is 13. She says the father is "Ryan", who is 24 and who she met on Snapchat in February. He picks her up from the bus stop outside the academy at 3.10 most days and she is going back to his flat tonight "to tell him properly". She begged me not to tell her mum.

I'm in clinic at the academy until 3pm: 01632 960 733.

Megan Powell-Jones
School Nurse | Herefordshire 0-19 Public Health Nursing
""")
    top = plain_top(f, addr("Megan Powell-Jones", "megan.powell-jones@hereford-0to19.example"),
                    addr("Early Help Co-ordinators", HEH), "Year 8 pupil - seen at drop-in today", when,
                    "hereford-0to19.example", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "urgent", "other", True, None, [],
        [ch("Chloe-Anne Bevan", "2039-01-11", "11/01/2039")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "A SCHOOL NURSE WRITING TO THE WRONG INBOX (the Early Help co-ordinators): a 13-year-old is pregnant by a "
        "24-year-old man who collects her from the bus stop at 3.10 and she is going to his flat tonight. Sexual "
        "abuse of a child under 16, continuing tonight, in plain words with no alarm word -> urgent -> alert_duty. "
        "Not a step request -> other. sexual_harm.",
        not_children=["Megan Powell-Jones"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2052-05-14 10:45:26"
    body = T("""
Dear Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan and the signed consent form for the MacLeod children (sibling group), Mosaic ID 2988104. This is a step down to Level 3 (Intensive) following the Child and Family Assessment decision on 07/05/2052; I talked it through with Xavier Moss at last Tuesday's drop-in.

Archie MacLeod - DOB 2040-08-19
Isla MacLeod - DOB 30/10/2042
Rory MacLeod - DOB 22.03.2048

Key person agreed with the family to lead the step-down: Mrs Bethan Price, Family Support Worker, Ledbury Primary Academy (01632 960 812).

Worries: mum's depression, and Archie's attendance (83%).

Kind regards,
Ioan Vaughan
Social Worker | Children in Need (Ledbury and Ross) | Herefordshire Council
01632 960 530

""") + HDISC
    plan = docx_att("EHA step-down plan - MacLeod.docx", [
        "# Early Help Assessment - step-down plan (Level 3 - Intensive)",
        "Children: Archie MacLeod, Isla MacLeod, Rory MacLeod. Mosaic ID 2988104.",
        "Key person: Bethan Price, Family Support Worker, Ledbury Primary Academy.",
        "Wellbeing plan: 1. Attendance plan for Archie - school - above 92% - review at the first MAG. 2. Mum's GP "
        "review and counselling - mum - by June. 3. Holiday club places - Bethan Price - by the end of term.",
        "Form completed: 13/05/2052"])
    consent = pdf_att("Signed consent form - MacLeod.pdf", "Consent to Early Help support", [
        "I, Fiona MacLeod, consent to Early Help support for my children Archie, Isla and Rory and to information "
        "sharing for that purpose.", "Signed: F. MacLeod   Date: 10/05/2052"])
    top = outlook_top(f, addr("Vaughan, Ioan", "Ioan.Vaughan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - MacLeod sibling group - Mosaic ID 2988104", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["2988104"],
        [ch("Archie MacLeod", "2040-08-19", "2040-08-19"), ch("Isla MacLeod", "2042-10-30", "30/10/2042"),
         ch("Rory MacLeod", "2048-03-22", "22.03.2048")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        "Complete Herefordshire step-down for a sibling group of three (Mac surname): the plan (.docx), the signed "
        "consent form (PDF) and the key person with her agency -> consent_form, draft_plan, lead_practitioner met -> "
        "book_meeting. 'Level 3 (Intensive)' -> 3. Discussed with a co-ordinator at the drop-in (changes only the "
        "panel). DOBs in three formats; 07/05/2052 (decision), 13/05/2052 (form) and 10/05/2052 (signature) are not "
        "DOBs. Mum's depression; 83%.",
        not_children=["Bethan Price", "Ioan Vaughan", "Fiona MacLeod"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2052-06-21 15:00:43"
    body = T("""
Hi both,

Step down to Early Help for Kian D'Arcy (DOB 2041-04-04), Mosaic ID 2990571, following the assessment decision on 14/06/2052. The step-down plan is attached.

Key person: Gemma Price, Learning Mentor, Kington Secondary? No - sorry - she's at Lady Hawkins' School, Kington; she agreed yesterday.

Mum agreed verbally to Early Help when I rang her on Wednesday; she'll sign the consent form at my visit next week and I'll send it straight on.

SENCO's note (Mrs Hughes, 19/06/2052), pasted as she sent it: "Kian is on SEN support for dyslexia and has a reading age of 8. He avoids lessons with lots of reading and his attendance has dropped to 79% this year. We are applying for an EHC needs assessment."

Thanks,
Sioned Lloyd
Social Worker | Children in Need (Kington) | Herefordshire Council

""") + HDISC
    plan = docx_att("Step-down plan - D'Arcy.docx", [
        "# Early Help Assessment - step-down plan", "Child: Kian D'Arcy. Mosaic ID 2990571.",
        "Wellbeing plan: reading intervention (school); attendance plan (Gemma Price); EHC needs assessment "
        "application (SENCO)."])
    top = outlook_top(f, addr("Lloyd, Sioned", "Sioned.Lloyd@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Kian D'Arcy - Mosaic ID 2990571", when)
    add(f, mail(f, top, body, [plan], html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["2990571"],
        [ch("Kian D'Arcy", "2041-04-04", "2041-04-04")],
        ["disability_send", "school_attendance"], True, None, ["consent_form"], None, "request_info",
        "Herefordshire step-down with the plan (.docx) and the key person (corrected mid-sentence to her real "
        "school) but CONSENT ONLY VERBAL: 'Mum agreed verbally to Early Help' -> consent true, yet the written "
        "consent_form REQUIREMENTS asks for is not attached ('she'll sign the consent form at my visit next week') "
        "-> consent_form missing -> request_info. A SENCO's note pasted in the body: dyslexia / EHC needs assessment "
        "-> disability_send; 79% -> school_attendance. 14/06/2052 and 19/06/2052 are not DOBs.",
        not_children=["Gemma Price", "Sioned Lloyd"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2052-07-11 13:25:50"
    rows = [("Pupil", "Kacey Powell"), ("Year group", "8"), ("Date of birth", "09/06/2039"),
            ("Date", "11/07/2052"), ("Session", "PM"), ("Absence code", "Unauthorised - left site without permission"),
            ("Parent/carer contacted", "Yes - 13:05, mum; Kacey not at home"),
            ("Reported by", "Attendance office (SD)")]
    h = LAYOUT_HEAD + ("<p><b>Pupil absence notification</b> - generated from the attendance system</p>\n"
                       "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\" style=\"border-collapse:collapse\">\n")
    for k, v in rows:
        h += "<tr><td><b>%s</b></td><td>%s</td></tr>\n" % (esc(k), esc(v))
    h += ("</table>\n<p>Sarah Davies<br>Attendance Officer, Wyebridge Academy, Hereford<br>01632 960 741</p>\n"
          "</body></html>\n")
    top = outlook_top(f, addr("Sarah Davies", "attendance@wyebridge." + SCH), addr("MASH", HMASH),
                      "Kacey Powell Y8 - left site 12.40 - seen getting into grey car with two older men - not home, "
                      "phone off", when, mid_domain="wyebridge." + SCH)
    add(f, html_only(f, top, h), "herefordshire", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Kacey Powell", "2039-06-09", "09/06/2039")],
        ["exploitation", "missing"], None, None, [], None, "alert_duty",
        "A RISK TOLD ONLY IN THE SUBJECT LINE: the HTML-only body is a routine absence form ('left site without "
        "permission', 'not at home'); the subject adds that the 13-year-old was seen getting into a grey car with two "
        "older men at 12.40 and her phone is off. A child missing now with men -> urgent -> alert_duty. No alarm "
        "word. Not a step request -> other. missing; exploitation.",
        not_children=["Sarah Davies"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2052-07-01 11:10:14"
    body = T("""
Dear colleagues,

Oscar Pritchard (DOB 15/09/2040) joins us in Year 7 in September from Much Marcle Primary. The primary's designated lead has told us that Oscar was on a child protection plan in 2049 for neglect; the plan ended in 2050 and the case was closed to social care in 2050. There has been no involvement since and the primary has no current concerns.

The primary is transferring the safeguarding file to us through the secure system at the end of term, as the statutory guidance requires. Is there anything your team holds that we should know before September, or should we just wait for the file? We have no concerns of our own - Oscar and his mum came to our open evening and he is excited to start.

Kind regards,
Mr Rhys Meredith
Deputy Headteacher and Designated Safeguarding Lead, The Wye Valley School, Ross-on-Wye
01632 960 777

""") + TRUST_DISC
    top = outlook_top(f, addr("Rhys Meredith", "r.meredith@wyevalley." + SCH), addr("Early Help Co-ordinators", HEH),
                      "Year 7 transfer - closed CP file - Oscar Pritchard", when, mid_domain="wyevalley." + SCH)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 6,
        "near_miss", "other", False, None, [],
        [ch("Oscar Pritchard", "2040-09-15", "15/09/2040")],
        [], None, None, [], None, "human_review",
        "NEAR MISS - A CLOSED CASE: a secondary school's designated lead asks about a pupil whose child protection "
        "plan for neglect ended in 2050 and whose case 'was closed to social care in 2050', 'no current concerns'. "
        "Historic and closed -> not urgent, no concern. An enquiry -> other -> human_review.",
        not_children=["Rhys Meredith"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2052-07-09 10:30:27"
    body = T("""
Dear MASH,

I'd like to request a step up to children's social care for Tomos Griffiths (DOB 13/02/2040), who I have supported under an Early Help plan since September.

Tomos has an EHCP for social, emotional and mental health needs and has been on a reduced timetable at Hereford Marches Academy since Easter. His SENCO's note for the last TAF says: "If Tomos were to be permanently excluded, he would be out of education all day and there would be a risk that he is drawn into the older group who hang around the bus station." To be clear, this is what might happen if he were excluded - he has not been excluded, there is no suggestion of exploitation now, and there are no concerns about his care at home. Mum is doing everything she can.

The reason for the step up is that we need a Child and Family Assessment to unlock specialist support that Early Help cannot provide. Mum is happy for us to refer and my manager, Joanna Webb, agrees with the step up.

Thanks,
Alys Morgan
Early Help Family Worker | Herefordshire Council
01632 960 566

""") + HDISC
    top = outlook_top(f, addr("Morgan, Alys", "Alys.Morgan@" + HDOM), addr("MASH", HMASH),
                      "Step up request - Tomos Griffiths", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 4,
        "near_miss", "step_up", False, None, [],
        [ch("Tomos Griffiths", "2040-02-13", "13/02/2040")],
        ["disability_send"], True, True, [], None, "human_review",
        "NEAR MISS - A HYPOTHETICAL IN A SENCO'S NOTE: 'If Tomos were to be permanently excluded ... there would be "
        "a risk that he is drawn into the older group', with 'he has not been excluded, there is no suggestion of "
        "exploitation now'. Hypothetical -> not urgent, no exploitation concern. HEREFORDSHIRE STEP-UP IS NOT "
        "DEFINED by its seed -> human_review, missing []. 'Mum is happy for us to refer' -> consent true; 'my "
        "manager ... agrees with the step up' -> true. EHCP (SEMH) -> disability_send.",
        not_children=["Joanna Webb", "Alys Morgan"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2052-06-05 21:48:33"
    text = T("""
Hi, sorry I don't know if this is the right email, I got it off a leaflet at work.

I work at Little Owls nursery in Leominster. One of our children, Poppy Jenkins, she's 2, lives in the flat under mine on Bridge Street. Her mum went out about 7 o'clock tonight in a taxi, all dressed up, and hasn't come back. Poppy has been crying on and off for over two hours - I can hear her through the floor. The flat is dark and nobody answers the door. I don't have mum's number and I don't know anyone else to ask.

Please can someone do something. I'm at 14b Bridge Street, my number is 07700 900 884.

Kirsty Bowen
""")
    h = ('<div dir="ltr">' + "".join("<div>%s</div><div><br></div>" % esc(p) for p in text.strip().split("\n\n"))
         + "</div>\n")
    top = plain_top(f, addr("Kirsty Bowen", "kirstybowen.ls@gmail.example"), addr(None, HEH),
                    "baby on her own downstairs", when, "mail.gmail.example", None)
    alt = multipart("alternative", [text_part(text), text_part(h, "html")], gbnd(f, 1))
    add(f, build(top, alt, False), "herefordshire", "early_help_duty", when, 4,
        "urgent", "other", True, None, [],
        [ch("Poppy Jenkins")],
        ["neglect"], None, None, [], None, "alert_duty",
        "A TODDLER LEFT ALONE TONIGHT, FROM A MEMBER OF THE PUBLIC TO THE WRONG INBOX (a nursery worker writing from "
        "a personal Gmail at 21:48): a 2-year-old alone in a dark flat since about 7pm, crying, nobody answering. No "
        "alarm word. Out of hours -> urgent -> alert_duty (EDT). other. neglect; Poppy named in full, age only.",
        not_children=["Kirsty Bowen"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2052-06-28 14:20:05"
    ack = ack_text("step-down", "SB-herefordshire-1542", [
        "Case: Mosaic ID 2990571", "Children: Kian D'Arcy (04/04/2041)"],
        ["consent_form - the family's written consent"])
    body = T("""
Hi,

Please find attached the signed consent form for Kian - mum signed it at my visit on Wednesday.

Thanks,
Sioned

Sioned Lloyd
Social Worker | Children in Need (Kington) | Herefordshire Council
""") + quote_chain([
        ("Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>", "21 June 2052 15:12",
         "Lloyd, Sioned <Sioned.Lloyd@herefordshire.gov.uk>",
         "[SB-herefordshire-1542] Step-down request received - Mosaic ID 2990571", ack, None)])
    form = pdf_att("Consent form signed - D'Arcy.pdf", "Consent to Early Help support", [
        "I, Leanne D'Arcy, consent to Early Help support for my son Kian and to information sharing for that "
        "purpose.", "Signed: L. D'Arcy   Date: 26/06/2052"])
    top = outlook_top(f, addr("Lloyd, Sioned", "Sioned.Lloyd@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-1542] Step-down request received - Mosaic ID 2990571", when)
    add(f, mail(f, top, body, [form], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["2990571"],
        [ch("Kian D'Arcy", "2041-04-04", "04/04/2041")],
        [], True, None, [], None, "attach_to_request",
        "FOLLOW-UP to [SB-herefordshire-1542] (herefordshire_03's family) bringing the signed consent form (PDF): "
        "'mum signed it at my visit on Wednesday' -> consent true. follow_up -> attach_to_request, missing []. "
        "Child and DOB from the quoted acknowledgement; 'Mosaic ID 2990571' -> bare number. No concern in the "
        "follow-up itself.",
        not_children=["Sioned Lloyd", "Leanne D'Arcy"])
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

# England & Wales bank holidays in 2052 that fall on a weekday (the `holidays` package's list, which set_checks()
# re-derives and compares): New Year's Day Monday 1 January; Good Friday 19 April; Easter Monday 22 April; May Day
# (the Early May bank holiday) Monday 6 May; Spring Bank Holiday Monday 27 May; Late Summer Bank Holiday Monday
# 26 August; Christmas Day Wednesday 25 December; Boxing Day Thursday 26 December.
BANK_HOLIDAYS = {date(2052, 1, 1), date(2052, 4, 19), date(2052, 4, 22), date(2052, 5, 6), date(2052, 5, 27),
                 date(2052, 8, 26), date(2052, 12, 25), date(2052, 12, 26)}
# Easter 2052 is late (Easter Sunday 21 April), so all four bank holidays of the summer term fall INSIDE the window.
IN_WINDOW = {date(2052, 4, 19): "Good Friday", date(2052, 4, 22): "Easter Monday", date(2052, 5, 6): "May Day",
             date(2052, 5, 27): "Spring Bank Holiday"}
EASTER = {date(2052, 4, 19): "Good Friday", date(2052, 4, 22): "Easter Monday"}
# The brief's window is "mid-April to mid-July 2052". Chosen: Monday 15 April (the second week of the schools'
# Easter holidays) to Friday 19 July 2052 (the last day of the summer term in this set's schools). Both checked.
BRIEF_START, BRIEF_END = date(2052, 4, 15), date(2052, 7, 19)
WINDOW = (datetime(2052, 4, 15, tzinfo=LON), datetime(2052, 7, 19, 23, 59, 59, tzinfo=LON))
# School calendar used in the mails (not a council closure: councils work through school holidays):
# Easter holidays to Monday 22 April, summer term from Tuesday 23 April, half term Monday 27 - Friday 31 May,
# term ends Friday 19 July.
TERM_START, HALF_TERM, TERM_END = date(2052, 4, 23), (date(2052, 5, 27), date(2052, 5, 31)), date(2052, 7, 19)
# BST begins at 01:00 UTC on Sunday 31 March 2052 and ends at 01:00 UTC on Sunday 27 October 2052.
BST_START = datetime(2052, 3, 31, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2052, 10, 27, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2052

def expected_offset(d):
    return "+0100" if BST_START <= d.astimezone(UTC) < BST_END else "+0000"

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"], 1)}

def parse_dob(w):
    """DOB as written -> ISO. Formats used in this set: dd/mm/yyyy, dd.mm.yyyy, dd-mm-yyyy, yyyy-mm-dd,
    '4th March 2038', '3 Nov 2041', '12th September 2043'."""
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

CAT_EXPECTED = {"urgent": 12, "near_miss": 11, "ordinary": 17}

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

def _exts(msg):
    return [p.get_filename().rsplit(".", 1)[1] for p in _att(msg)]

def _body_only(msg):
    """Subject plus the inline text parts of the top message (no attachments, no forwarded message)."""
    return body_text(msg)

def _k01(msg):
    cals = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
    return (sorted(_exts(msg)) == ["docx", "docx", "ics", "pdf"] and len(cals) == 1
            and (cals[0].get_param("method") or "").upper() == "REQUEST"
            and "Weds 8th May at 10am" in _plain(msg) and _wd("knowsley_01.eml") == 4
            and _pw("knowsley_01.eml") == 5 and date(2052, 5, 6) in BANK_HOLIDAYS)

def _k02(msg):
    t = readable(msg)
    return ("first day back after the Easter holidays" in t and _today("knowsley_02.eml") < TERM_START
            and META["knowsley_02.eml"]["meeting"] == TERM_START and _wd("knowsley_02.eml") == 3
            and _pw("knowsley_02.eml") == 5 and {date(2052, 4, 19), date(2052, 4, 22)} <= BANK_HOLIDAYS)

def _k03(msg):
    h = _html(msg)
    tbl = h[h.index("<table"):h.index("</table>")]
    return ("MsoTableGrid" in h and "Mrs Halina Kowalczyk, SENCO, St Aidan" in tbl and "meeting room 2" in tbl
            and "Monday 3rd June 2052, 9.15am" in tbl and "\t" in _plain(msg)
            and META["knowsley_03.eml"]["meeting"] > HALF_TERM[1] and _wd("knowsley_03.eml") == 7
            and _pw("knowsley_03.eml") == 8 and "EHCP annual review summary" in readable(msg))

def _k04(msg):
    cal = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
    c = cal[0].get_payload(decode=True).decode().replace("\r\n ", "")
    return (len(cal) == 1 and "PARTSTAT=DECLINED" in c and "slept on the step" in c.replace("\\,", ",")
            and KMASH.lower() in str(msg["Cc"]).lower() and _no_alarm(msg))

def _k05(msg):
    d = _date(msg).astimezone(LON)
    return ((d.hour, d.minute) == (15, 20) and "3.30" in readable(msg) and "10 minutes from now" in readable(msg)
            and _no_alarm(msg) and msg.get_param("format") == "flowed")

def _k06(msg):
    bt = _body_only(msg)
    pdfs = _att(msg, lambda p: p.get_content_type() == "application/pdf")
    from pypdf import PdfReader
    import io
    pt = re.sub(r"\s+", " ", PdfReader(io.BytesIO(pdfs[0].get_payload(decode=True))).pages[0].extract_text())
    today = _today("knowsley_06.eml").strftime("%d/%m/%Y")
    return ("Kyle grabbed me" not in bt and "bruise" not in bt and "Kyle grabbed me" in pt
            and pt.rstrip().rfind(today + " 09:05") > pt.rfind("07/05/2052") and _wd("knowsley_06.eml") == 5)

def _k07(msg):
    t = readable(msg)
    return (msg["List-Id"] is not None and msg["List-Unsubscribe"] is not None and msg["Precedence"] == "bulk"
            and msg["Auto-Submitted"] is None and "fictional and for training only" in t
            and "None of these describes a real pupil" in t)

def _k08(msg):
    t = readable(msg)
    return ("No safeguarding concerns have been identified" in t and "at risk of a penalty notice" in t
            and "For information only" in t)

def _r01(msg):
    p = [x for x in msg.walk() if x.get_content_type() == "text/plain"][0]
    return (p.get_content_charset() == "windows-1252" and "Zoë O'Driscoll" in readable(msg)
            and "as long as the family worker" in readable(msg))

def _r02(msg):
    return (_exts(msg) == ["txt"] and "Latest case summary" in _plain(msg) and "Rationale for step up" in _plain(msg))

def _r03(msg):
    bt = _body_only(msg)
    t = readable(msg)
    return ("belt" not in bt and "Delia" not in bt and "buckle end of his belt" in t and "image/png" in
            [p.get_content_type() for p in msg.walk()] and _no_alarm(msg))

def _r04(msg):
    top = _plain(msg)
    kinds = [p.get_content_type() for p in msg.walk()]
    return ("message/rfc822" in kinds and "tablets" not in top and "tablets" in readable(msg)
            and _date(msg).astimezone(LON).hour >= 19 and "in the morning" in top and _no_alarm(msg))

def _r05(msg):
    return "has no children and is not pregnant" in readable(msg) and not _exp("richmond_wandsworth_05.eml")["children"]

def _r07(msg):
    d = _date(msg).astimezone(LON).date()
    return (HALF_TERM[0] < d <= HALF_TERM[1] and d not in BANK_HOLIDAYS
            and (msg["Auto-Submitted"] or "") == "auto-replied" and "immediate danger" in readable(msg))

def _t01(msg):
    return _no_plain(msg) and "17:30" in _html(msg) and "Musa Karim" not in str(msg["Subject"]) and _no_alarm(msg)

def _t03(msg):
    b = _blocks(msg)
    return len(b) == 3 and "Agreed - please send to MAST today" in b[1] and "Agreed" not in b[0]

def _t05(msg):
    p = [x for x in msg.walk() if x.get_content_type() == "text/plain"][0]
    t = p.get_content()
    return (p["Content-Transfer-Encoding"] == "base64" and t.index("PS - ") < t.index("hot iron")
            and "hot iron" not in t[:t.index("PS - ")])

def _t07(msg):
    return "danger to other pupils" in readable(msg) and "danger" not in _body_only(msg)

def _b01(msg):
    return _no_alarm(msg) and len(COLLEGE_DISC) > 400 and "8pm" in readable(msg)

def _b03(msg):
    return ("Agreed - Donna Heard" in readable(msg) and "Donna Heard" not in _body_only(msg)
            and "no marks, no disclosure" in readable(msg))

def _b04(msg):
    t = readable(msg)
    return "No marks or bruises were seen" in t and "denies" in t and "Dad is not at home with them" in t

def _b06(msg):
    raw = FILES["torbay_06.eml"]
    return (b'charset="iso-8859-1"' in raw and b"=96" in raw and b"=92" in raw and _no_alarm(msg))

def _h01(msg):
    return _no_alarm(msg) and HEH in str(msg["To"])

def _h04(msg):
    h = _html(msg)
    return (_no_plain(msg) and "grey car with two older men" in str(msg["Subject"]) and not re.search(r"\b(car|men)\b", html_text(h)) and _no_alarm(msg))

def _h06(msg):
    return ("were to be permanently excluded" in readable(msg) and ("herefordshire", "step_up") not in DEFINED
            and "exploitation" not in _exp("herefordshire_06.eml")["concerns"])

def _h07(msg):
    return _date(msg).astimezone(LON).hour == 21 and _no_alarm(msg) and "gmail" in str(msg["From"])

CUSTOM = [
    ("knowsley_01.eml", "three documents and the .ics REQUEST; 4 WD across May Day", _k01),
    ("knowsley_02.eml", "Easter holidays; 3 WD across Good Friday and Easter Monday", _k02),
    ("knowsley_03.eml", "Word table with LP and venue; after half term; 7 WD", _k03),
    ("knowsley_04.eml", "risk only in a DECLINED reply's comment; MASH copied; no alarm words", _k04),
    ("knowsley_05.eml", "sent 15:20 about a 3.30 collection; iPad flowed; no alarm words", _k05),
    ("knowsley_06.eml", "risk only in the chronology attachment, its last entry today", _k06),
    ("knowsley_07.eml", "newsletter headers; fictional case studies", _k07),
    ("knowsley_08.eml", "attendance letter: risk of a penalty, no safeguarding concerns", _k08),
    ("richmond_wandsworth_01.eml", "windows-1252; conditional consent", _r01),
    ("richmond_wandsworth_02.eml", "headings in the body; SENCO note as .txt", _r02),
    ("richmond_wandsworth_03.eml", "risk only in the head teacher's PDF letter", _r03),
    ("richmond_wandsworth_04.eml", "risk only in the forwarded message/rfc822", _r04),
    ("richmond_wandsworth_05.eml", "adult with no children", _r05),
    ("richmond_wandsworth_07.eml", "half-term out-of-office", _r07),
    ("tower_hamlets_01.eml", "HTML-only incident log; no alarm words", _t01),
    ("tower_hamlets_03.eml", "manager agreement only in the forwarded reply", _t03),
    ("tower_hamlets_05.eml", "risk only in the PS of a base64 body", _t05),
    ("tower_hamlets_07.eml", "risk words only in the suspension letter", _t07),
    ("torbay_01.eml", "no alarm words; long disclaimer", _b01),
    ("torbay_03.eml", "manager agreement only in the attached form", _b03),
    ("torbay_04.eml", "negations", _b04),
    ("torbay_06.eml", "windows-1252 bytes labelled iso-8859-1", _b06),
    ("herefordshire_01.eml", "school nurse to the wrong inbox, no alarm words", _h01),
    ("herefordshire_04.eml", "risk only in the subject line", _h04),
    ("herefordshire_06.eml", "hypothetical; Herefordshire step-up undefined", _h06),
    ("herefordshire_07.eml", "21:48 from a personal Gmail, no alarm words", _h07),
]

# Each consent / manager wording ties to its label (the phrase must be in the readable text or the Subject).
WORDING = [
    ("knowsley_01.eml", "has agreed the step up", "manager_agreed", True),
    ("knowsley_02.eml", "mum has declined Early Help", "consent", False),
    ("knowsley_03.eml", "dad has agreed to the step down to Early Help", "consent", True),
    ("knowsley_06.eml", "agreed the step up in supervision", "manager_agreed", True),
    ("richmond_wandsworth_01.eml", "Mum consents to Early Help continuing the plan, as long as", "consent", True),
    ("richmond_wandsworth_02.eml", "I'll ask mum at Thursday's home visit", "consent", None),
    ("richmond_wandsworth_08.eml", "she has given her consent to Early Help continuing the plan", "consent", True),
    ("tower_hamlets_02.eml", "Mum consents to the step down", "consent", True),
    ("tower_hamlets_03.eml", "Agreed - please send to MAST today", "manager_agreed", True),
    ("tower_hamlets_04.eml", "Mum has consented to the step down", "consent", True),
    ("tower_hamlets_05.eml", "I'll ask mum about consent to Early Help at Thursday's visit", "consent", None),
    ("tower_hamlets_08.eml", "does not agree with a step up at this point", "manager_agreed", False),
    ("torbay_02.eml", "confirming the threshold for level 3 is met", "manager_agreed", True),
    ("torbay_02.eml", "Mum has given her consent for level 3 Early Help", "consent", True),
    ("torbay_03.eml", "Mum consents to the contact to MASH", "consent", True),
    ("torbay_03.eml", "Agreed - Donna Heard", "manager_agreed", True),
    ("torbay_05.eml", "Dad has said no to Early Help", "consent", False),
    ("torbay_05.eml", "My TM will add her analysis once the Single Assessment is authorised", "manager_agreed", None),
    ("herefordshire_02.eml", "I, Fiona MacLeod, consent to Early Help support", "consent", True),
    ("herefordshire_03.eml", "Mum agreed verbally to Early Help", "consent", True),
    ("herefordshire_06.eml", "Mum is happy for us to refer", "consent", True),
    ("herefordshire_06.eml", "agrees with the step up", "manager_agreed", True),
    ("herefordshire_08.eml", "mum signed it at my visit on Wednesday", "consent", True),
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
QUIET_EXPECTED = ["herefordshire_01.eml", "herefordshire_04.eml", "herefordshire_07.eml", "knowsley_04.eml",
                  "knowsley_05.eml", "richmond_wandsworth_03.eml", "richmond_wandsworth_04.eml", "torbay_01.eml",
                  "torbay_06.eml", "tower_hamlets_01.eml", "tower_hamlets_05.eml"]
COUNTS_EXPECTED = {                   # file: (working days, plain weekdays) from the London date of `now`
    "knowsley_01.eml": (4, 5), "knowsley_02.eml": (3, 5), "knowsley_03.eml": (7, 8), "knowsley_06.eml": (5, 5)}
CROSSING_BH_EXPECTED = ["knowsley_01.eml", "knowsley_02.eml", "knowsley_03.eml"]
DECISIVE_EXPECTED = ["knowsley_01.eml", "knowsley_02.eml"]     # plain weekdays say ok, working days say not ok
QUIET, COUNTS = [], {}

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2052])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: the bank holidays in the window are %s, expected %s" % (inside, IN_WINDOW))
    easter = {d: pkg.get(d) for d in pkg if "Easter" in pkg.get(d) or "Good Friday" in pkg.get(d)}
    if easter != EASTER or not all(WINDOW[0].date() <= d <= WINDOW[1].date() for d in easter):
        errors.append("set: Easter 2052 is %s, expected %s inside the window" % (easter, EASTER))
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2052, 3) and BST_END.date() == last_sun(2052, 10)):
        errors.append("set: BST must start on the last Sunday of March 2052 and end on the last Sunday of October")
    d = WINDOW[0].date()
    while d <= WINDOW[1].date():
        noon = datetime(d.year, d.month, d.day, 12, tzinfo=LON)
        if noon.utcoffset() != timedelta(hours=1):
            errors.append("set: %s has offset %s, the window must be BST throughout" % (d, noon.utcoffset()))
        d += timedelta(days=1)
    # the window's ends and the school calendar, checked
    if not (BRIEF_START.weekday() == 0 and BRIEF_END.weekday() == 4 and WINDOW[0].date() == BRIEF_START
            and WINDOW[1].date() == BRIEF_END == date(2052, 7, 19)):
        errors.append("set: the window must run from Monday 15 April to Friday 19 July 2052")
    if not (TERM_START == date(2052, 4, 22) + timedelta(days=1) and TERM_START.weekday() == 1
            and HALF_TERM[0] == date(2052, 5, 27) and HALF_TERM[0] in BANK_HOLIDAYS and HALF_TERM[1].weekday() == 4
            and TERM_END == WINDOW[1].date()):
        errors.append("set: the school calendar (term from Tue 23 April, half term 27-31 May, end 19 July) is wrong")
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
    if len(quiet) < 6:
        errors.append("set: only %d urgent mails avoid every alarm word (need 6)" % len(quiet))
    if counts != COUNTS_EXPECTED:
        errors.append("set: Knowsley notice counts are %s, expected %s" % (counts, COUNTS_EXPECTED))
    bh = sorted(f for f in counts if any(_today(f) < h <= META[f]["meeting"] for h in BANK_HOLIDAYS))
    if bh != CROSSING_BH_EXPECTED:
        errors.append("set: counts crossing a bank holiday are %s, expected %s" % (bh, CROSSING_BH_EXPECTED))
    decisive = sorted(f for f in counts if (counts[f][1] >= 5) != (counts[f][0] >= 5))
    if decisive != DECISIVE_EXPECTED or len(decisive) < 2:
        errors.append("set: counts a bank holiday decides are %s, expected %s" % (decisive, DECISIVE_EXPECTED))
    crossed = {h for f in decisive for h in BANK_HOLIDAYS if _today(f) < h <= META[f]["meeting"]}
    if crossed != {date(2052, 4, 19), date(2052, 4, 22), date(2052, 5, 6)}:
        errors.append("set: the decisive counts must cross Good Friday, Easter Monday and May Day between them")
    if set(offsets) != {"+0100"}:
        errors.append("set: Date offsets %s (the window is BST throughout: all +0100)" % offsets)
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

def _set_window_end(d):
    globals()["WINDOW"] = (WINDOW[0], datetime(d.year, d.month, d.day, 23, 59, 59, tzinfo=LON))

FAULTS = [
    ("knowsley_01's notice labelled ok (plain weekdays counted)",
     lambda: _relabel("knowsley_01.eml", notice_ok=True, next_action="book_meeting"), "notice_ok True but 4 WD"),
    ("knowsley_02's notice labelled ok", lambda: _relabel("knowsley_02.eml", notice_ok=True),
     "notice_ok True but 3 WD"),
    ("Easter Monday dropped", lambda: BANK_HOLIDAYS.discard(date(2052, 4, 22)), "bank holidays differ"),
    ("Good Friday dropped", lambda: BANK_HOLIDAYS.discard(date(2052, 4, 19)), "Knowsley notice counts are"),
    ("May Day moved to Tuesday 7 May", lambda: (BANK_HOLIDAYS.discard(date(2052, 5, 6)),
                                                BANK_HOLIDAYS.add(date(2052, 5, 7))), "bank holidays differ"),
    ("the window left ending on Wednesday 17 July", lambda: _set_window_end(date(2052, 7, 17)), "the window must run"),
    ("knowsley_06's Date given +0000", lambda: _shift_date("knowsley_06.eml", "Fri, 10 May 2052 11:40:26 +0100",
                                                           "Fri, 10 May 2052 11:40:26 +0000", 0, timedelta(0)),
     "Date offset should be +0100"),
    ("torbay_03's now given +0000", lambda: _relabel("torbay_03.eml", now="2052-05-07T11:23:47+00:00"),
     "now offset differs from the Date header's"),
    ("tower_hamlets_02 sent on Easter Monday",
     lambda: _shift_date("tower_hamlets_02.eml", "Tue, 23 Apr 2052", "Mon, 22 Apr 2052", -1), "Date on a bank holiday"),
    ("torbay_05 sent on Good Friday",
     lambda: _shift_date("torbay_05.eml", "Thu, 18 Apr 2052", "Fri, 19 Apr 2052", 1), "Date on a bank holiday"),
    ("knowsley_06 sent on a Saturday", lambda: _shift_date("knowsley_06.eml", "Fri, 10 May 2052", "Sat, 11 May 2052", 1),
     "Date on a weekend"),
    ("'urgent' added to knowsley_05's subject", lambda: _sub("knowsley_05.eml", b"Subject: Riley Y4",
                                                             b"Subject: urgent Riley Y4"), "no alarm word are"),
    ("tower_hamlets_01 filed as a near miss", lambda: _relabel("tower_hamlets_01.eml", category="near_miss"),
     "urgent vs category"),
    ("herefordshire_06 (undefined step-up) sent to book_meeting",
     lambda: _relabel("herefordshire_06.eml", next_action="book_meeting"), "next_action book_meeting != human_review"),
    ("consent still to be asked labelled true", lambda: _relabel("richmond_wandsworth_02.eml", consent=True),
     "means consent None, label True"),
    ("the manager's refusal labelled null", lambda: _relabel("tower_hamlets_08.eml", manager_agreed=None),
     "means manager_agreed False"),
    ("dad's refusal labelled null", lambda: _relabel("torbay_05.eml", consent=None), "means consent False"),
    ("the attached manager agreement copied into torbay_03's body",
     lambda: _sub("torbay_03.eml", b"Mum consents to the contact", b"Donna Heard agreed. Mum consents to the contact"),
     "manager agreement only in the attached form"),
    ("the head teacher's letter pasted into the body", lambda: _sub("richmond_wandsworth_03.eml",
        b"regarding one of our pupils.", b"regarding Delia and the belt."), "risk only in the head teacher's PDF"),
    ("the subject's facts copied into herefordshire_04's body", lambda: _sub("herefordshire_04.eml",
        b"<td>PM</td>", b"<td>PM - got into a car with two men</td>"),
     "risk only in the subject line"),
    ("a date in the year after the window's", lambda: _sub("herefordshire_05.eml", b"joins us in Year 7 in September",
                                                           ("joins us in Year 7 in September %d" % (MAX_YEAR + 1)).encode()),
     "year after 2052"),
    ("a 17-year-old's DOB moved a year back", lambda: _exp("torbay_01.eml")["children"][0].update(dob="2034-09-08"),
     "parses to 2035-09-08"),
    ("a Mosaic id labelled with its label", lambda: _relabel("richmond_wandsworth_01.eml", case_ids=["Mosaic ID 2410987"]),
     "is not an EHM/ICS/LCS/Mosaic id"),
    ("Precedence removed from the newsletter", lambda: _sub("knowsley_07.eml", b"Precedence: bulk\r\n", b""),
     "newsletter headers"),
    ("Auto-Submitted removed from the out-of-office",
     lambda: _sub("richmond_wandsworth_07.eml", b"Auto-Submitted: auto-replied\r\n", b""),
     "auto_reply marked Auto-Submitted"),
    ("knowsley_04's calendar made a REQUEST", lambda: _sub("knowsley_04.eml", b"method=REPLY", b"method=REQUEST"),
     "exactly one text/calendar method=REPLY part"),
    ("a level on a step-up", lambda: _relabel("tower_hamlets_03.eml", level=3), ": level"),
    ("a near miss relabelled ordinary", lambda: _relabel("herefordshire_05.eml", category="ordinary"),
     "category totals"),
    ("the MacLeod children out of order", lambda: _exp("herefordshire_02.eml")["children"].reverse(),
     "children not in order of first full-name appearance"),
    ("the adult student labelled as a child", lambda: (_exp("richmond_wandsworth_05.eml")["children"].append(
        {"name": "Tegan Morley", "dob": "2033-02-02"}),), "no source record"),
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
           "Knowsley counts (WD, plain weekdays): %s" % COUNTS]
    for f in sorted(META):
        if META[f]["meeting"]:
            out.append("  %s now %s meeting %s: %d WD, %d plain" % (f, _now(f), META[f]["meeting"], _wd(f), _pw(f)))
    table = {}
    for l in LABELS:
        table.setdefault(l["authority"], Counter())[CATS[l["file"]]] += 1
    for a, c in table.items():
        out.append("%s %s" % (a, dict(c)))
    cat = Counter((l["expect"]["kind"], CATS[l["file"]]) for l in LABELS)
    out.append("kind x category %s" % dict(sorted(cat.items())))
    out.append("dates %s" % sorted(Counter(str(datetime.fromisoformat(l["now"]).astimezone(LON).strftime("%a %d %b %H:%M"))
                                           for l in LABELS).items()))
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
