#!/usr/bin/env python3
"""mixed32: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the spring term of 2051 (Tuesday 3 January - Friday 7 April 2051), themed on young people's own voices and
online harms: a 15-year-old emailing the duty inbox herself, a 15-year-old asking about young carers' support, a
care leaver of 19, a 17-year-old young parent who is a child herself, young carers texting their worker,
Snapchat / WhatsApp / Instagram / Discord messages transcribed into practitioners' mail (in the body, a PS, a
forwarded message/rfc822, a .txt attachment, a declined meeting's comment, a subject line), sextortion, online
"friends" arranging to meet tonight, self-harm told in a teenager's words, a child's message to a school
counsellor forwarded on, and teenage slang ("ngl", "fr", "lowkey", "ykwim", "my mans", "ops", "plug", "kms").

Near misses are teenagers' talk that sounds alarming but is not (drill lyrics from a youth-club music project, a
Fortnite 1v1 "im gonna kill u tmrw fr", a Roblox role-play "boyfriend", a "kms lol jk" about a maths mock), old and
resolved incidents (a 2049 sextortion scam, a Year 8 image-sharing incident, self-harm that stopped over a year
ago), a partnership bulletin and training case studies, a closed case audit and a care leaver who is an adult.

Window and clock: GMT (+0000) until British Summer Time begins at 01:00 UTC on Sunday 26 March 2051, then BST
(+0100). Bank holidays from the `holidays` package: New Year's Day falls on Sunday 1 January 2051 and is observed on
Monday 2 January (before the window's first day); Good Friday 31 March and Easter Monday 3 April 2051 are inside it.

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, Content-IDs and calendar UIDs
come from sha1 of the file name; zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py
(`--stats` prints the tallies; `--inject-faults` breaks an in-memory copy in many ways and requires each break to
be caught). The MIME, Word HTML, PDF, .docx, iCalendar, out-of-office, quote-chain, working-day, readable-text and
self-check helpers are copied from /work/main/tests/data/mixed27/make_set.py and adapted. Every label was set by
hand from the specification; the self-checks only verify them and STOP on any error before anything is written.
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
    """Local (Europe/London) wall-clock time. The window (Tuesday 3 January - Friday 7 April 2051) is GMT (+0000)
    until British Summer Time begins at 01:00 UTC on Sunday 26 March 2051, then BST (+0100). The self-check
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
            zi = zipfile.ZipInfo(name, date_time=(2050, 12, 20, 0, 0, 0))
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




# ============================================================================= helpers added for mixed32
def att_text(filename, text, charset="utf-8"):
    """A text/plain attachment (a practitioner's typed-out screenshots), base64."""
    data = text.encode(charset)
    return Part([("Content-Type", 'text/plain; charset="%s"; name="%s"' % (charset, filename)),
                 ("Content-Disposition", 'attachment; filename="%s"' % filename),
                 ("Content-Transfer-Encoding", "base64")], b64lines(data))

def att_png(f, filename, rgb, n=7, w=90, h=160):
    """An image attachment with no text in it (a phone screenshot as sent, unreadable to a text parser)."""
    data = make_png(w, h, rgb)
    return binary_part("image/png", filename, data)

def rfc822_part(top, root, crlf=False):
    """A forwarded message attached whole (message/rfc822), as Outlook's 'Forward as attachment' sends it."""
    head = "".join("%s: %s\n" % (k, v) for k, v in top) + "MIME-Version: 1.0\n"
    inner = head + render(root)
    inner.encode("ascii")
    return Part([("Content-Type", "message/rfc822"),
                 ("Content-Disposition", "attachment")], inner)

def mixed_mail(f, top, body_part, atts, allow_8bit=False, crlf=True):
    return build(top, multipart("mixed", [body_part] + list(atts), bnd(f, 1)), crlf, allow_8bit=allow_8bit)

KFF_X = None
# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "Mash.Businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2051-03-28 14:10:22"
    body = T("""
Step-up TAF meeting - Tayla-Jade Rimmer (EHM-58214)

Wednesday 5 April 2051, 10:00-11:30, Microsoft Teams (link below). Wednesday as the protocol asks - sorry it is a
bit tight with Easter.

Hi MASH and MASH business support,

Please find attached the FF Step Up request to CSC form for Tayla-Jade Rimmer (DOB 11/10/2035), the minutes of the
last TAF (15/03/2051) and the Merseyside Exploitation Assessment. I have invited the current TAF members (school,
YOS prevention worker, the school nurse) myself.

In short: since January Tayla-Jade has been going missing overnight (three times in February and March, found in
St Helens twice), she has a new phone and new trainers nobody paid for, and the messages she showed me on
Snapchat (typed out in the form) talk about owing "the plug" and staying away from "the ops". Mum is doing her best
but cannot keep her in. The Engaging Families toolkit is not relevant here - mum engages well.

My team manager's agreement is in her reply below.

Niamh O'Hagan
Family First Case Manager | Family First 0-18 (Huyton) | Knowsley Council
0151 496 0377

From: Beattie, Lorna <Lorna.Beattie@knowsley.gov.uk>
Sent: 27 March 2051 16:48
To: O'Hagan, Niamh <Niamh.OHagan@knowsley.gov.uk>
Subject: RE: step up - Tayla-Jade

Niamh - yes, I agree with the step up. We discussed it fully in supervision this afternoon. Send the invite to
MASH and business support today please.
Lorna

Lorna Beattie | Team Manager | Family First 0-18 (Huyton)

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Meeting ID: 377 104 552 918
""") + KDISC
    cal = ics("REQUEST", f, dt(when), "20510405T100000", "20510405T113000",
              "Step-up TAF meeting - Tayla-Jade Rimmer (EHM-58214)", "Microsoft Teams Meeting", body,
              ("Niamh O'Hagan", "Niamh.OHagan@" + KDOM),
              [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH business support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    form = appendix1([
        ("Case ID on EHM:", "EHM-58214"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Wednesday 5 April 2051 at 10:00 (Teams)"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "High - mum attends every TAF. Toolkit not needed."),
        ("Recent TAF meeting minutes attached:", "Yes - 15/03/2051"),
        "What are we worried about?",
        "Current Concerns (Impact on child): Tayla-Jade (15) has been missing overnight three times since 6 February; "
        "twice found by police in St Helens with older males. Unexplained phone, trainers and cash. Messages on her "
        "Snapchat (shown to me 20/03/2051, typed out with her agreement): 'u owe us now. plug needs u in st helens fri' "
        "/ 'dont be moving snakey or the ops will find u first' / 'my mans will sort ur debt if u do the link'. "
        "Tayla-Jade: 'it's not even deep, they're my mates ngl'.",
        "Past Harm: none recorded before this year.",
        "Complicating Factors: moved schools in Year 9; lost contact with dad.",
        "What is working well?",
        "Existing Strengths: close to her nan; mum engages with every meeting; she still goes to boxing on Tuesdays.",
        "Existing Safety: mum reports each missing episode straight away; return home interviews done each time; she "
        "has been home every night since 12 March.",
        "What next?",
        "Goals: Tayla-Jade safe from exploitation and back in full-time education.",
        "Next Steps: step up to CSC for a Child and Family Assessment; strategy discussion to be considered by MASH.",
        "Merseyside Exploitation Assessment - CE/CSE concern: completed 22/03/2051, attached.",
        "Graded Care profile: not applicable.",
        "Agreement by line manager: Lorna Beattie, Team Manager - agreed in supervision 27/03/2051.",
        "Form completed by Niamh O'Hagan on 24/03/2051."])
    atts = [docx_att("FF Step Up request - Rimmer EHM-58214.docx", form),
            pdf_att("TAF minutes 15.03.2051 - Rimmer.pdf", "TAF meeting minutes - 15/03/2051",
                    ["Family: Rimmer (EHM-58214). Chair: Niamh O'Hagan (Family First).",
                     "Present: mum, Tayla-Jade (first 20 minutes), school DSL, YOS prevention worker, school nurse.",
                     "Discussed: two further missing episodes; new phone; school attendance 71% this half term.",
                     "Agreed: case manager to discuss step up with team manager; exploitation assessment to be done.",
                     "Next TAF: to be set at step-up meeting."]),
            pdf_att("Merseyside Exploitation Assessment - TR.pdf", "Merseyside Exploitation Assessment (CE/CSE)",
                    ["Young person: T-J R, 15. Completed 22/03/2051 by N. O'Hagan.",
                     "Indicators present: missing episodes; unexplained gifts; older associates; debt bondage language.",
                     "Outcome: significant indicators of criminal exploitation; refer via step up / MASH."])]
    top = outlook_top(f, addr("O'Hagan, Niamh", "Niamh.OHagan@" + KDOM),
                      "%s, %s" % (addr("Knowsley MASH", KMASH), addr("MASH Business Support", KBS)),
                      "Step-up TAF meeting - Tayla-Jade Rimmer (EHM-58214)", when,
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    add(f, itip_request_mail(f, top, body, cal, atts), "knowsley", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["EHM-58214"],
        [ch("Tayla-Jade Rimmer", "2035-10-11", "11/10/2035")],
        ["exploitation", "missing", "school_attendance"], None, True, [], False, "request_info",
        "Knowsley step-up sent as the case manager's Teams invitation (iTIP REQUEST) with the Appendix 1 form (.docx), "
        "TAF minutes (.pdf) and the Merseyside Exploitation Assessment (.pdf): every document the pack asks for, incl. "
        "exploitation_assessment for the exploitation concern; case id EHM-58214; manager agreement ONLY IN THE QUOTED "
        "REPLY ('yes, I agree with the step up') -> true. Slang in the transcribed Snapchat messages ('plug', 'ops', "
        "'my mans') describes the exploitation concern, and missing episodes and 71% attendance are current concerns; "
        "nothing is happening tonight (home every night since 12 March) -> not urgent. NOTICE ACROSS EASTER, "
        "DECISIVE: from Tue 28 March the meeting on Wed 5 April is 6 plain weekdays but Good Friday 31 March and "
        "Easter Monday 3 April are bank holidays, so 4 working days < 5 -> notice not ok -> request_info. Consent "
        "not mentioned -> null. 'Form completed 24/03/2051' and '15/03/2051' are not dates of birth.",
        meeting=date(2051, 4, 5), not_children=["Niamh O'Hagan", "Lorna Beattie"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2051-02-09 16:48:05"
    ack = ack_text("step-up", "SB-knowsley-1207",
                   ["Family: Whitfield (EHM-57730)", "Child: Jaxon Whitfield, DOB 02/05/2036",
                    "Step-up TAF meeting: Wednesday 22 February 2051, 10:00, Microsoft Teams"],
                   ["Graded Care Profile 2 (GCP2)"])
    body = T("""
Hi,

Adding to this one. Jaxon has sent me these on WhatsApp in the last half hour - copied exactly as he sent them:

[16:21] yo
[16:22] my mans said i gotta do a run tonight to the ops end. if i dont go theyll do me like they did reece
[16:24] they know where my nan lives
[16:27] im not being funny i think they actually will this time fr
[16:31] they said be at the kirkby shops 7 oclock. dont tell my mum

He is 14. Mum is on a late shift until 10. I have rung him four times and his phone is now off. I'm going round to
nan's now.

Ste

Ste Kavanagh
Family First Case Manager | Family First 0-18 (Kirkby) | Knowsley Council
0151 496 0412
""") + quote("Knowsley MASH <%s>" % KMASH, "06 February 2051 11:02", "Kavanagh, Ste",
               "[SB-knowsley-1207] Step-up request received - Whitfield", ack) + "\n" + KDISC
    top = outlook_top(f, addr("Kavanagh, Ste", "Ste.Kavanagh@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: [SB-knowsley-1207] Step-up request received - Whitfield", when,
                      reply_to_mid="<SB-knowsley-1207.ack@stepbot.knowsley.gov.uk>")
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 2,
        "urgent", "follow_up", True, None, ["EHM-57730"],
        [ch("Jaxon Whitfield", "2036-05-02", "02/05/2036")],
        ["exploitation"], None, None, [], None, "alert_duty",
        "Follow-up to [SB-knowsley-1207] (kind follow_up, reference in the subject) that reports exploitation "
        "happening TONIGHT in a 14-year-old's own WhatsApp words: 'my mans said i gotta do a run tonight to the ops "
        "end', threats to his nan, 'be at the kirkby shops 7 oclock', phone now off, mum at work until 10. Safety rule "
        "1 -> urgent, and alert_duty overrides attach_to_request. No alarm word anywhere. Child and DOB only in the "
        "quoted acknowledgement; missing [] for a follow_up; the quoted 'What is missing:' heading is not a concern.",
        not_children=["Ste Kavanagh"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2051-03-23 16:40:11"
    blocks = [
        "Hi Family First duty,", "",
        "Step down to Family First at {{Level 3}} for Riley O'Neill (DOB 2034-08-19), ICS-1288470. The joint home visit "
        "is booked for {{Thursday 30 March 2051 at 10:00}} at home: 7 Sefton Drive, Prescot, L34 9ZQ. Mum (Shauna) has "
        "consented to the referral to Family First and signed the consent form on Monday.", "",
        ("h", "What are we worried about?"),
        "Mum's low mood - she is on the waiting list for Talking Therapies and some days does not get up. Riley's "
        "attendance is 81% and he has been late most Mondays.", "",
        "For clarity about the school's CPOMS entry of 16 January: school flagged a drill track Riley posted on "
        "YouTube ('caught my opp slippin, left him leakin on the ends'). The police schools officer and the YOS "
        "prevention worker reviewed it with him: it is lyrics from a track he wrote at the Prescot youth club music "
        "project, it names no-one and links to no incident, and there is no information about any gang or exploitation "
        "risk. No further action. Riley's words: 'it's just bars, everyone writes like that, it's not real life'. We are "
        "not worried about exploitation or weapons.", "",
        ("h", "What is working well?"),
        "Riley is close to mum and his younger sister; he has not missed a music project session since September; "
        "mum has kept every GP appointment.", "",
        ("h", "What needs to happen?"),
        "Family First case manager to pick up a TAF with school and the youth club; attendance plan; mum supported into "
        "Talking Therapies.", "",
        "Thanks,", "Dominic",
        "Dominic Ashworth-Lee", "Social Worker | Child in Need Team (Prescot) | Knowsley Council | 0151 496 0521", "",
        KDISC.strip()]
    top = outlook_top(f, addr("Ashworth-Lee, Dominic", "Dominic.Ashworth-Lee@" + KDOM),
                      addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down L3 - Riley O'Neill - joint home visit Thurs 30/03", when)
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 3, ["ICS-1288470"],
        [ch("Riley O'Neill", "2034-08-19", "2034-08-19")],
        ["parental_mental_health", "school_attendance"], True, None, [], True, "book_meeting",
        "NEAR MISS - DRILL LYRICS: a 16-year-old's posted lyrics ('caught my opp slippin, left him leakin') were "
        "reviewed by police and YOS as a music-project track with no link to any incident; 'We are not worried about "
        "exploitation or weapons' -> neither exploitation nor urgent. Complete Knowsley level 3 step-down (Word HTML "
        "with bold headings): joint home visit date/time/venue, all three Signs of Safety headings, consent ('has "
        "consented to the referral to Family First') -> nothing missing. NOTICE ACROSS THE CLOCK CHANGE: from Thu "
        "23 March (GMT) to Thu 30 March (BST) is exactly 5 working days -> ok -> book_meeting. DOB in ISO form.",
        meeting=date(2051, 3, 30), not_children=["Dominic Ashworth-Lee"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2051-04-04 00:07:40"
    body = T("""
Hi all,

Sorry for the late email - catching up after the bank holiday weekend.

Level 2 step down for Kenzie Mulhearn-Ayodele (DOB 21st June 2038), ICS ID 2290418.

The final CIN meeting is on Monday 10 April 2051 at 14:00 at Kirkby Family Hub, Cherryfield Drive (room 2).

Lead Practitioner from the step down: Aoife Ní Bhraonáin, Young Carers Support Worker, Knowsley Carers Centre
(0151 496 0733). Aoife has met Kenzie twice and is happy to take the LP role.

Mum and Kenzie have both consented to the case transferring to Early Help.

What are we worried about?
Kenzie (12) is a young carer for mum, who has MS and has had a bad relapse since Christmas. Kenzie does most of
the cooking and gets her little brother ready for school. Kenzie's attendance is 84% and she is tired in class. In
her words:
"I don't mind doing it, it's just I never get to go out with my mates after school, ngl it's long."

What is working well?
Mum's new care package starts on 17/04/2051; nan helps at weekends; Kenzie goes to the young carers' club on
Thursdays and loves it. Mum is open with school.

What needs to happen?
Aoife to lead a TAF with school and the Carers Centre; a young carer's needs assessment; school to agree a
homework plan.

Thanks,
Bisi

Bisi Oyelowo-Grant
Social Worker | Children in Need (Kirkby) | Knowsley Council
""") + KDISC
    top = outlook_top(f, addr("Oyelowo-Grant, Bisi", "Bisi.Oyelowo-Grant@" + KDOM),
                      addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down L2 - Kenzie Mulhearn-Ayodele - final CIN Mon 10/04", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 2, ["2290418"],
        [ch("Kenzie Mulhearn-Ayodele", "2038-06-21", "21st June 2038")],
        ["school_attendance", "young_carer"], True, None, [], False, "request_info",
        "Complete Knowsley LEVEL 2 step-down (final CIN meeting date, time and venue; all three Signs of Safety "
        "headings; lead practitioner 'Aoife Ní Bhraonáin, Young Carers Support Worker, Knowsley Carers Centre' with "
        "agency) -> nothing missing; consent stated ('have both consented') -> true although level 2 does not "
        "require it. 'ICS ID 2290418' -> '2290418'. NOTICE DECIDED BY THE TIME ZONE: sent at 00:07 BST on Tue 4 April "
        "(23:07 UTC on Easter Monday); today is the Europe/London date, Tue 4 April, so Mon 10 April is 4 working "
        "days (5, 6, 7, 10 April) -> not ok -> request_info; a reader taking the UTC date (3 April) would count 5. "
        "'17/04/2051' is a care-package date, not a DOB. Mum's MS is not a contract concern; young_carer and 84% "
        "attendance are.",
        meeting=date(2051, 4, 10), not_children=["Aoife Ní Bhraonáin", "Bisi Oyelowo-Grant"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2051-01-20 21:42:17"
    text = T("""
Hello

Sorry if this is the wrong email, it was the one on the council website and I can't get through on 101.

My daughter Mia is 13. She has just shown me messages from a group chat. Her friend Lacey Flanagan, who is 13 too
and in her class at school, has been talking to a lad called "Jay" on Snapchat for a few weeks. He says he is 17
but Mia says his pictures look a lot older. Mia screenshotted this tonight and I have typed it out:

Jay: u still coming tonight yeh
Lacey: ye my mum thinks im stopping at mias lol
Jay: ill get u at the retail park 10 oclock. dont bring ur phone babe
Jay: sent u 20 for the taxi. wear the thing i got u
Lacey: ok ngl im lowkey nervous
Jay: dont be. my mates will be there too its just a chill

Lacey is NOT stopping at ours. I don't have her mum's number. They live somewhere off Manor Farm Road in Huyton.
It is nearly 10 now.

Claire Houghton
07700 900318
""")
    html_body = ('<div dir="ltr">' + "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in text.split("\n"))
                 + "</div>\n")
    top = plain_top(f, addr("Claire Houghton", "claire.houghton77@example.com"),
                    addr(None, KFF), "please can someone look at this tonight", when, "mail.example.com", None)
    add(f, alt_mail(f, top, text, html_body), "knowsley", "early_help_duty", when, 3,
        "urgent", "other", True, None, [],
        [ch("Lacey Flanagan")],
        ["exploitation", "sexual_harm"], None, None, [], None, "alert_duty",
        "A MEMBER OF THE PUBLIC WRITING TO THE WRONG INBOX at 21:42 on a Friday: her daughter's 13-year-old friend is "
        "about to be collected at 10 pm by an online 'friend' who claims to be 17, told her not to bring her phone and "
        "paid for a taxi; Lacey's mum thinks she is elsewhere. An online contact arranging to meet a child tonight -> "
        "urgent (safety rule 1); kind other (no step requested). Concerns: grooming for sexual exploitation -> "
        "exploitation + sexual_harm. 'Mia' is named by first name only and not labelled. No alarm word.",
        not_children=["Claire Houghton"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2051-03-07 12:30:00"
    text = T("""
KNOWSLEY SAFEGUARDING CHILDREN PARTNERSHIP - PRACTITIONER BULLETIN, MARCH 2051

1. Spotlight: financially motivated sextortion
Reports to the partnership doubled over the winter. A typical pattern: "Sam, 15" is messaged on Instagram by a
"girl his age", persuaded to send an image, then told to pay 300 pounds within the hour or it goes to his
followers and his school. Offenders often add a countdown and "ur life is over" messages. Children rarely tell
adults because they feel ashamed. What helps: stay calm, don't pay, keep the evidence, report through Report
Remove and CEOP. If a child is at immediate risk, call 999.

2. Glossary: words you might see in screenshots
ngl (not gonna lie) - fr (for real) - lowkey (a bit, secretly) - ykwim (you know what I mean) - my mans (my friend,
sometimes an older exploiter) - ops / opps (rivals) - plug (a supplier) - link (meet up) - kms (kill myself,
often said as a joke but always worth a conversation).

3. Training dates
"Online harms and the teenage brain", 22 March 2051, 9:30-12:30, Huyton Suite. Book on the KSCP site.

4. Reminder: step-up requests to MASH need the Appendix 1 form, the latest TAF minutes and the tools for neglect
(GCP2), non-engagement (Engaging Families toolkit) and exploitation (Merseyside Exploitation Assessment).

You are receiving this because you subscribed to the KSCP practitioner bulletin. Unsubscribe: see the link below.
""")
    html_body = ("<html><body style=\"font-family:Arial\"><h2>KSCP Practitioner Bulletin - March 2051</h2>\n"
                 + "".join("<p>%s</p>\n" % esc(p).replace("\n", "<br>") for p in text.split("\n\n")[1:])
                 + "</body></html>\n")
    top = plain_top(f, addr("KSCP Bulletin", "bulletin@kscp-news.example.org"), addr(None, KFF),
                    "KSCP Practitioner Bulletin - March 2051: sextortion, a slang glossary, training", when,
                    "kscp-news.example.org", None,
                    extra=[("List-Id", "KSCP practitioner bulletin <bulletin.kscp-news.example.org>"),
                           ("List-Unsubscribe", "<https://kscp-news.example.org/unsubscribe?l=ff0-18>"),
                           ("Precedence", "bulk")])
    add(f, alt_mail(f, top, text, html_body), "knowsley", "early_help_duty", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - BULLETIN: a partnership newsletter (List-Id, List-Unsubscribe, Precedence: bulk; no "
        "Auto-Submitted) with an example sextortion scenario ('Sam, 15', countdown, 'immediate risk, call 999') and a "
        "slang glossary incl. 'kms'. Examples and glossaries are not a real child at risk -> not urgent; kind other; "
        "no children (first-name example only), no concerns.")

def knowsley_07():
    f = "knowsley_07.eml"; when = "2051-03-29 09:12:00"
    data = itip_reply(f, when, "Bryony Tate", "bryony.tate@" + KDOM, ("Knowsley MASH", KMASH), "ACCEPTED",
                      "Step-up TAF meeting [SB-knowsley-1231]", "20510405T100000", "20510405T113000",
                      "Microsoft Teams Meeting",
                      comment="I will chair in Aled's place - he is on leave that week.")
    add(f, data, "knowsley", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY (text/calendar method=REPLY, PARTSTAT=ACCEPTED) from the MASH social worker's deputy, "
        "with a short comment about chairing; subject 'Accepted: Step-up TAF meeting [SB-knowsley-1231]' -> "
        "meeting_reply, record_reply.")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2051-02-10 08:05:00"
    body = T("""
Thank you for your email. I am out of school until Monday 13 February and will not be checking emails.

If you are worried that a pupil is at immediate risk of harm please contact our Designated Safeguarding Lead,
Mr P. Rourke, on 0151 496 0880, or call 999 in an emergency. Students: if you need to talk to someone now you can
text SHOUT to 85258 or call Childline on 0800 1111.

Hollie Brennan
School Counsellor | Halewood Park Academy
""")
    data = ooo(f, when, "Hollie Brennan", "h.brennan@halewoodpark.example.sch.uk",
               addr("Knowsley MASH", KMASH), "[SB-knowsley-1207] Step-up TAF meeting - Whitfield", body)
    add(f, data, "knowsley", "mash_step_up", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "A school counsellor's Outlook out-of-office ('Automatic reply:', Auto-Submitted: auto-replied, "
        "X-Auto-Response-Suppress) answering a stepbot mail; its boilerplate ('immediate risk of harm', 999, "
        "Childline) is no report -> auto_reply, ignore, never answered (safety rule 2).")

# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2051-01-31 11:05:00"
    top_text = T("""
Dear MASH Step Up,

Please find a step up for Maisie Kowalczyk-Hart (DOB 07-11-2035), Mosaic 2671043. The latest case summary is
attached and Jo's email from this morning is attached as well. I have agreed this step up following reflective
supervision with Jo.

Rationale for step up
Maisie has been open to Early Help since September for emotional wellbeing and school refusal. Over the last
month she has disclosed contact with an adult male online, her attendance has fallen to 68% and she has stopped
attending her counselling sessions. Mum struggles to set boundaries around her phone. We no longer think an
Early Help plan alone can meet her needs.

Kind regards,
Rosalind

Rosalind Achterberg
Early Help Team Manager (Wandsworth) | Richmond and Wandsworth Councils
020 7946 0466
""") + RDISC
    jo = T("""
Rosalind,

Maisie has just sent me these on WhatsApp from the school toilets - copied exactly:

"hes sat outside school in the white car again"
"he said if i dont get in at lunch hes putting the pics on the yr10 gc"
"i only sent them coz i thought he was 16 ngl. hes not. hes like 30"
"pls dont tell mum she'll kick off"

School say the car has been outside the gates since 10. Lunch is at 12.20. Can we talk as soon as you are out of
your meeting?

Jo

Jo Mbatha | Early Help Practitioner | Wandsworth Early Help
""")
    inner_top = [("From", addr("Mbatha, Jo", "Jo.Mbatha@" + RDOM)), ("To", addr("Achterberg, Rosalind", "Rosalind.Achterberg@" + RDOM)),
                 ("Subject", "Maisie - texts this morning"), ("Date", email.utils.format_datetime(dt("2051-01-31 10:41:09"))),
                 ("Message-ID", msgid(f + "-jo", "LO2P265MB3319.GBRP265.PROD.OUTLOOK.COM"))]
    fwd = rfc822_part(inner_top, text_part(jo, crlf=False))
    summary = docx_att("Case summary - Maisie Kowalczyk-Hart.docx", [
        "# Early Help case summary", "Child: Maisie Kowalczyk-Hart, DOB 07-11-2035, Mosaic 2671043",
        "Open to Early Help since 12/09/2050 (emotional wellbeing, school refusal).",
        "January 2051: disclosed online contact with an adult male met through a gaming server; police informed 24/01/2051.",
        "Attendance 68%; counselling stopped; mum finding it hard to manage Maisie's phone use."])
    body = text_part(top_text, crlf=True)
    top = outlook_top(f, addr("Achterberg, Rosalind", "Rosalind.Achterberg@" + RDOM), addr("MASH Step Up", RSU),
                      "FW: Maisie - texts this morning / step up", when)
    add(f, mixed_mail(f, top, body, [summary, fwd]), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["2671043"],
        [ch("Maisie Kowalczyk-Hart", "2035-11-07", "07-11-2035")],
        ["exploitation", "school_attendance", "sexual_harm"], None, True, [], None, "alert_duty",
        "RISK ONLY IN A FORWARDED message/rfc822 PART: the team manager's own text is an ordinary complete step-up "
        "(case summary .docx, 'Rationale for step up' pasted under its heading, 'I have agreed this step up'); the "
        "attached email from the worker transcribes a 15-year-old's WhatsApp messages: a man of about 30 is in a car "
        "outside school NOW and says he will post her images unless she gets in at lunch. Sextortion and an adult "
        "trying to take a child today -> urgent (safety rule 1: every part is read). Concerns exploitation + "
        "sexual_harm (coerced images, CSE) + school_attendance (68%). DOB written dd-mm-yyyy. No alarm word.",
        not_children=["Jo Mbatha", "Rosalind Achterberg"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2051-02-14 10:22:00"
    body = T("""
Dear Early Help Duty,

Further to my call with Jasper Quint yesterday, we agreed the step-down case discussion for Friday 17 February
2051 at 14:00 (Teams). I am confirming it here with the latest case summary and the draft plan for Early Help.

Children
Shannon Kearney - DOB 22/08/2033 - Mosaic 2598812
Tyler-Rose Kearney - DOB 3rd June 2050 - Mosaic 2711450

Shannon is 17 and Tyler-Rose's mum. She came to us as a child in her own right (she was sofa-surfing when she was
pregnant) and both girls have been on a CIN plan since last spring. Shannon now has her own flat through the
young parents' scheme, Tyler-Rose is thriving and meeting her milestones, and the health visitor has no concerns.
Shannon's mood is still low some days and she is waiting for Talking Therapies.

Shannon has consented to Early Help continuing the plan. In her words: "I actually want someone to help me sort
college, I don't want to be on my own with it."

Proposed Lead Professional: Grace Oduya, Family Practitioner, Roehampton Family Hub (she already runs the young
parents' group Shannon goes to).

Form completed 13/02/2051.

Thanks,
Femi

Femi Adebayo-Clarke
Social Worker | Assessment and Intervention (Wandsworth) | Richmond and Wandsworth Councils
""") + RDISC
    atts = [pdf_att("Case summary - Kearney.pdf", "Case summary - Shannon and Tyler-Rose Kearney",
                    ["Shannon Kearney (17), DOB 22/08/2033; Tyler-Rose Kearney, DOB 3rd June 2050.",
                     "CIN plan since 04/04/2050. Outcomes: stable housing; baby's health and development on track.",
                     "Remaining needs: Shannon's low mood; return to education; budgeting."]),
            docx_att("Draft Early Help plan - Kearney.docx", [
                "# Draft plan for Early Help", "Goal 1: Shannon enrolled on a college course by September.",
                "Goal 2: Shannon's mood - Talking Therapies referral followed up.",
                "Goal 3: budgeting support; Tyler-Rose's nursery place from age 2."])]
    top = outlook_top(f, addr("Adebayo-Clarke, Femi", "Femi.Adebayo-Clarke@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Shannon Kearney (17) and baby Tyler-Rose - case discussion Fri 17/02", when,
                      cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    add(f, mail(f, top, body, atts, cte="base64"), "richmond_wandsworth", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["2598812", "2711450"],
        [ch("Shannon Kearney", "2033-08-22", "22/08/2033"), ch("Tyler-Rose Kearney", "2050-06-03", "3rd June 2050")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "A 17-YEAR-OLD YOUNG PARENT IS A CHILD HERSELF: the step-down covers Shannon (17, DOB 22/08/2033) and her "
        "baby Tyler-Rose, so both are labelled children. Complete Richmond & Wandsworth step-down: case summary "
        ".pdf, draft plan .docx, consent ('Shannon has consented to Early Help continuing the plan') -> book_meeting; "
        "the case discussion agreed by phone for Fri 17 Feb is within 5 days of the contact; no notice field. "
        "Body base64. Concern: the young mum's low mood -> parental_mental_health. 'Form completed 13/02/2051' is no "
        "DOB. Level not stated -> null.",
        not_children=["Grace Oduya", "Femi Adebayo-Clarke", "Jasper Quint"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2051-03-08 15:30:00"
    body = T("""
Dear Early Help team,

I am the school counsellor at Wandle Park Academy. I'm after advice, not making a referral.

With his permission, this is a message one of my Year 11 students (T., 16) sent through our counselling inbox late
last night, word for word:

"miss i swear if i have to sit another maths mock im actually gonna kms lol. jk jk. but fr can we move my session
thursday i've got football"

I saw T. first thing this morning. He was clear it was a joke - it's how he and his friends talk, "kms" is in every
other message in their group chat - and he laughed about it. On direct questioning he denied any thoughts of ending
his life or hurting himself, now or ever; there is no history of self-harm and nothing in our records. I spoke to
his mum, who has no worries at home. Our risk screening came out low and our DSL agrees there is no safeguarding
concern.

He is, though, genuinely stressed about his GCSEs. Do Early Help run any exam-stress or wellbeing groups for Year 11s
that I could signpost him to? Something after school would suit him best.

Many thanks,
Priya Venkataraman
School Counsellor | Wandle Park Academy
""")
    top = outlook_top(f, addr("Priya Venkataraman", "p.venkataraman@wandlepark.example.sch.uk"), addr("Early Help Duty", RED),
                      "FW: message from a Y11 student - advice please, not a referral", when,
                      mid_domain="AM9P195MB1412.EURP195.PROD.OUTLOOK.COM")
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 7,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A JOKE AMONG FRIENDS: a child's message to a school counsellor forwarded on ('im actually gonna "
        "kms lol. jk jk'), then assessed: he denied any thoughts of ending his life or harming himself, no history, "
        "mum no worries, DSL no concern. A resolved, negated remark -> not urgent. A request for signposting to "
        "exam-stress groups -> kind other, human_review. The student is named by an initial only -> no children.",
        not_children=["Priya Venkataraman"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2051-03-14 09:18:00"
    body = T("""
Dear MASH Step Up,

Please find attached the latest case summary and the rationale for step up for Leo (12).

Briefly: mum's partner Dean's drinking has increased since Christmas, there were two police call-outs for
arguments in November and December, and Leo's attendance has dropped to 76%. I agreed the step up following
reflective supervision with Amara Sesay (Early Help Practitioner) on 10/03/2051. I haven't spoken to mum about the
step up yet - Amara is seeing her on Thursday.

Amara also saved the texts Leo sent her this morning - attached.

Hattie Lindqvist
Early Help Team Manager (Richmond) | Richmond and Wandsworth Councils
""") + RDISC
    texts = T("""
Texts from Leo to Amara Sesay, Tuesday 14 March 2051 (typed out from her work phone)

[07:41] miss can u ring me
[07:43] dean didnt go work. mum left for her shift at 6
[07:44] he smashed my ps5 and pushed me into the radiator. theres blood on my back and my arm wont go straight
[07:46] he says im not going school today so no one sees
[07:52] hes locked the front door and took the key
""")
    atts = [docx_att("Case summary - Leo Marchetti-Bloom.docx", [
                "# Early Help case summary", "Leo Marchetti-Bloom, DOB 30.09.2038, Mosaic 2734419",
                "Household: mum (Sara), mum's partner Dean Hollis, Leo.",
                "Open to Early Help since June 2050: attendance, parental conflict, Dean's alcohol use.",
                "Police call-outs 18/11/2050 and 27/12/2050 (verbal arguments; no injuries recorded)."]),
            pdf_att("Rationale for step up - Leo M-B.pdf", "Rationale for step up",
                    ["Escalating alcohol use by mum's partner and two police call-outs.",
                     "Attendance down from 92% to 76%; Leo withdrawn in class.",
                     "The Early Help plan has not reduced the concerns; a Child and Family Assessment is needed."]),
            att_text("Leo texts 14.03.txt", texts)]
    top = outlook_top(f, addr("Lindqvist, Hattie", "Hattie.Lindqvist@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Leo Marchetti-Bloom - Mosaic 2734419", when)
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["2734419"],
        [ch("Leo Marchetti-Bloom", "2038-09-30", "30.09.2038")],
        ["domestic_abuse", "physical_harm", "school_attendance", "substance_misuse"], None, True, [], None,
        "alert_duty",
        "RISK ONLY IN A .txt ATTACHMENT: the body is a routine, complete step-up from the Early Help team manager "
        "(case summary .docx, rationale .pdf, 'I agreed the step up'); the attached texts, sent this morning by the "
        "12-year-old, say mum's partner pushed him into a radiator, 'theres blood on my back and my arm wont go "
        "straight', and has locked him in so no one sees - an injured child kept with the adult who hurt him -> "
        "urgent. Name in full and DOB (dd.mm.yyyy) only in the .docx; 'Mosaic 2734419' -> '2734419'. Consent: "
        "'I haven't spoken to mum about the step up yet' -> null. No alarm word.",
        not_children=["Amara Sesay", "Hattie Lindqvist", "Dean Hollis"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2051-02-28 08:12:00"
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
         '<body><div dir="auto" style="font-family:-apple-system,Helvetica,sans-serif;font-size:15px">'
         '<div>hi sorry idk if this is the right email i got it off the council website</div><div><br></div>'
         '<div>my name is Jessica Okafor-Reid im 15 and in year 10. my stepdad grabbed me by my neck last night coz i '
         'was on my phone after 11 and now i have marks all round my neck and my lip is cut where he pushed my face '
         'into the door. its the third time since christmas.</div><div><br></div>'
         '<div>my mum says im lying and doing it for attention. he&#39;s off work today and mum is at work til 6 so '
         'after school its just me and him and my little brother Kai (he&#39;s 6).</div><div><br></div>'
         '<div>i dont want to go home today. i dont want the police coz mum will get in trouble. please can someone '
         'help me</div><div><br></div><div>jess</div><div><br></div>'
         '<div>Sent from Outlook for iOS</div></div></body></html>\n')
    top = plain_top(f, addr("jess x", "jessokr.2035@example.net"), addr(None, RED), "help??", when,
                    "example.net", None)
    add(f, html_only(f, top, h), "richmond_wandsworth", "early_help_duty", when, 2,
        "urgent", "other", True, None, [], [ch("Jessica Okafor-Reid")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A 15-YEAR-OLD EMAILING IN HERSELF (HTML-only phone mail): her stepdad grabbed her by the neck last night, "
        "marks round her neck and a cut lip, 'its the third time', and after school today she will be alone with him "
        "- a child's own words of a current injury and her going home to the adult who caused it -> urgent; kind "
        "other (not a step request). Her brother is named by first name only ('Kai') and not labelled. No alarm "
        "word.")

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2051-01-17 13:40:00"
    blocks = [
        "Dear Early Help Duty,", "",
        "As agreed with Jasper Quint on the phone yesterday, the step-down case discussion for {{Kian Devereux-Achebe}} "
        "(DOB 12/12/2034, Mosaic 2550918) is on {{Friday 20 January 2051 at 10:00}}, Teams. The latest case summary and "
        "the draft plan for Early Help are attached.", "",
        "Kian and his mum have both consented to Early Help continuing the plan.", "",
        ("h", "Why step down"),
        "Kian has been on a CIN plan since September 2050 because of mum's depression and his school attendance. Mum "
        "is now under her GP and the community mental health team and much better; Kian's attendance this term is 88%, "
        "up from 72%. The remaining needs (attendance, mum's recovery, Kian's confidence) can be met by Early Help.", "",
        ("h", "Background, for completeness"),
        "In March 2049 Kian (then 14) was targeted in a sextortion scam on Instagram: he was told to pay 200 pounds or "
        "his images would be sent to his followers. He told mum the same night, it was reported to the police (crime "
        "reference 2049/0331/RW, now closed), the images were removed through Report Remove and there has been no "
        "contact since. The s47 enquiry closed in 2049 with no further action. Kian denies any self-harm now or then; "
        "he calls it \"the worst week of my life but it's done now\". There are no current safeguarding concerns.", "",
        "Kind regards,", "Callum Ferreira", "Social Worker | Family Support and Child Protection (Richmond)", "",
        RDISC.strip()]
    atts = [pdf_att("Case summary - Devereux-Achebe.pdf", "Case summary - Kian Devereux-Achebe",
                    ["Kian Devereux-Achebe, DOB 12/12/2034, Mosaic 2550918.",
                     "CIN since 05/09/2050 (parental mental health; school attendance).",
                     "Progress: mum engaged with CMHT; attendance 88% this term."]),
            docx_att("Draft plan for Early Help - Kian D-A.docx", [
                "# Draft plan for Early Help", "Attendance: weekly check-in with the pastoral lead.",
                "Mum: continues with the community mental health team.", "Kian: youth mentoring (football)."])]
    top = outlook_top(f, addr("Ferreira, Callum", "Callum.Ferreira@" + RDOM), addr("Early Help Duty", RED),
                      "Step down to Early Help - Kian Devereux-Achebe - case discussion 20/01", when)
    add(f, word_mail(f, top, blocks, atts), "richmond_wandsworth", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["2550918"],
        [ch("Kian Devereux-Achebe", "2034-12-12", "12/12/2034")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS - AN OLD INCIDENT: a 2049 sextortion scam, reported, images removed, s47 closed with NFA, no "
        "contact since; 'denies any self-harm'; 'no current safeguarding concerns' -> historic and negated, neither "
        "urgent nor a sexual_harm/exploitation concern. Complete step-down (case summary .pdf, draft plan .docx, "
        "consent) -> book_meeting. The crime reference '2049/0331/RW' is no case id. Current concerns: mum's "
        "depression and 88% attendance.",
        not_children=["Callum Ferreira", "Jasper Quint"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2051-02-01 09:35:00"
    data = google_reply(f, when, "Ines Carvalho", "ines.carvalho.eh@gmail.com", ("MASH Step Up", RSU), "ACCEPTED",
                        "Step-up case discussion [SB-richmond_wandsworth-3302]", "20510202T140000Z",
                        "20510202T150000Z", "Microsoft Teams", "Thu 2 Feb 2051 14:00 - 15:00 (GMT)")
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 3,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (method=REPLY, PARTSTAT=ACCEPTED, plus invite.ics) from the Early Help worker for "
        "a step-up case discussion in GMT -> meeting_reply, record_reply.")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2051-03-20 18:25:00"
    text = T("""
Hi,

I'm not sure if this is the right place. I'm a care leaver (I left care when I was 18, I'm 19 now, DOB 04/05/2031)
and my PA from the leaving care team is off sick.

My ex keeps making fake accounts on insta to message me. He says he'll find out where I live now and hurt me, and
last week he shared a picture of me to my friends. I don't have any kids and I live on my own. I'm scared to go
out and I've not been to college all week.

When I was 15 and in care I used to self-harm but I don't now. I just want to know who I can talk to about him and
if someone can help me with the police.

Thanks
Chantelle Boateng
""")
    top = plain_top(f, addr("Chantelle Boateng", "chantelle.b31@example.com"), addr(None, RED),
                    "need some advice please", when, "example.com", None)
    add(f, iphone_mail(f, top, text), "richmond_wandsworth", "early_help_duty", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - RISK TO AN ADULT ONLY: a 19-year-old care leaver (DOB 04/05/2031) harassed and threatened online "
        "by her ex; 'I don't have any kids and I live on my own'; her self-harm at 15 is historic. Not a child at "
        "risk -> not urgent (she needs adult / leaving-care and police help: human_review). She is not a child.",
        not_children=["Chantelle Boateng"], adults=[("Chantelle Boateng", "04/05/2031")])

# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2051-01-25 13:05:00"
    body = T("""
Dear MAST,

Please find attached the Multi-Agency Request for Support form for Rayhan Miah (DOB 14/06/2038, Mosaic 2815530).

Rayhan is 12 and lives with mum and three younger siblings in Stepney. Early Help has worked with the family since
October on home conditions, food and Rayhan's attendance (74%). Despite the plan, there is often no food in the
house, Rayhan is regularly unsupervised until late and mum is not engaging with the family support worker. We
think the needs now sit above Early Help.

Mum consents to the referral to MAST; I explained it to her on Monday. My manager Tahmina Uddin has agreed the
step-up and is copied in.

Thanks,
Shamima Choudhury
Early Help Practitioner | Tower Hamlets Early Help (Stepney locality)
020 7946 0837

PS - school (Mr Okello) rang as I was about to send this. Rayhan told his form tutor this morning that an older
boy he met on a Roblox Discord server is picking him up from the school gate at 3.30 today to take him "to the
studio in Stratford to make some money". Rayhan said "he's safe, he's my bro, he bought me the headset". Mum isn't
answering her phone.
""") + TDISC
    atts = [pdf_att("MARF - Rayhan Miah.pdf", "Multi-Agency Request for Support (MARF)",
                    ["Child: Rayhan Miah, DOB 14/06/2038, Mosaic 2815530.",
                     "Referrer: Shamima Choudhury, Early Help Practitioner. Manager: Tahmina Uddin.",
                     "Reason: neglect (food, supervision, home conditions); attendance 74%.",
                     "Parental consent: yes (mum, 23/01/2051)."])]
    top = outlook_top(f, addr("Choudhury, Shamima", "Shamima.Choudhury@" + TDOM), addr("MAST", TMAST),
                      "Step up request - Rayhan Miah (Mosaic 2815530) - MARF attached", when,
                      cc=addr("Uddin, Tahmina", "Tahmina.Uddin@" + TDOM))
    add(f, mail(f, top, body, atts), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["2815530"],
        [ch("Rayhan Miah", "2038-06-14", "14/06/2038")],
        ["exploitation", "neglect", "school_attendance"], True, True, [], None, "alert_duty",
        "RISK ONLY IN A PS: an otherwise complete MAST step-up for neglect (MARF .pdf, consent, manager agreement, "
        "manager copied) whose PS reports that a 12-year-old is to be collected from the school gate at 3.30 TODAY by "
        "an older 'bro' met on a Roblox Discord server to 'make some money' in Stratford -> exploitation happening "
        "today -> urgent, alert_duty. No alarm word.",
        not_children=["Shamima Choudhury", "Tahmina Uddin"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2051-02-22 11:00:00"
    blocks = [
        "Dear Early Help Hub,", "",
        "Step-down from the Children's Social Work team for the D'Souza children, following the Child and Family "
        "Assessment that concluded on 20/02/2051. The assessment and the draft TAF plan are attached.", "",
        ("table", [["Child", "Date of birth", "Mosaic ID"],
                   ["Aaliyah D'Souza", "3rd March 2038", "2840017"],
                   ["Zain D'Souza", "2041-10-14", "2840018"],
                   ["Mariyah D'Souza", "17.01.2046", "2840019"]]), "",
        "Mum, Mrs Celine D'Souza, has consented to the step-down and to the TAF plan. My TM, Imran Hossain, has signed "
        "off the step-down.", "",
        "Lead Practitioner: Ruth Adeyemi, Family Support Worker, St Saviour's Primary School (she knows all three "
        "children).", "",
        "I will chair the TAF meeting on {{Tuesday 7 March 2051 at 10:00}} at Poplar Children's Centre.", "",
        "Remaining needs: mum's anxiety (she is with Talking Therapies) and Aaliyah's attendance (85%).", "",
        "Best wishes,", "Nadia Bouzid", "Social Worker | Children's Social Work (Poplar) | Tower Hamlets Council", "",
        TDISC.strip()]
    atts = [pdf_att("C&F Assessment - D'Souza.pdf", "Child and Family Assessment - D'Souza children",
                    ["Children: Aaliyah (3rd March 2038), Zain (2041-10-14), Mariyah (17.01.2046).",
                     "Assessment concluded 20/02/2051. Outcome: step down to a TAF with a Lead Practitioner.",
                     "Analysis: needs around maternal anxiety and attendance; no statutory threshold."]),
            docx_att("Draft TAF plan - D'Souza.docx", [
                "# Draft TAF plan", "Lead Practitioner: Ruth Adeyemi (St Saviour's Primary).",
                "Mum: Talking Therapies; parenting group.", "Aaliyah: attendance support plan."])]
    top = outlook_top(f, addr("Bouzid, Nadia", "Nadia.Bouzid@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - D'Souza children (3) - TAF Tue 7 March", when)
    add(f, word_mail(f, top, blocks, atts), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["2840017", "2840018", "2840019"],
        [ch("Aaliyah D'Souza", "2038-03-03", "3rd March 2038"), ch("Zain D'Souza", "2041-10-14", "2041-10-14"),
         ch("Mariyah D'Souza", "2046-01-17", "17.01.2046")],
        ["parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
        "Complete Tower Hamlets step-down for three siblings in a Word table with APOSTROPHE surnames and three DOB "
        "formats (ordinal words, ISO, dd.mm.yyyy); C&F assessment .pdf, draft TAF plan .docx, consent, a Lead "
        "Practitioner with agency -> book_meeting. Mum (an adult) is not a child. '20/02/2051' is the assessment's end, "
        "not a DOB. Manager sign-off stated -> true.",
        not_children=["Celine D'Souza", "Ruth Adeyemi", "Nadia Bouzid", "Imran Hossain"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2051-03-02 10:15:00"
    body = T("""
Dear MAST,

Step-up request for Ibrahim Ali (DOB 09/11/2037), Mosaic 2822704. The MARF is attached.

Ibrahim is 13. He lives with dad, who works nights. Over the last two months Early Help have found the flat without
heating or food on most visits, Ibrahim wearing the same clothes all week and looking after himself; dad agrees
with the plan in meetings but nothing changes. My TM Laila Karim agreed the step-up in supervision yesterday. Dad
knows I am sending this and has agreed to the referral to MAST.

You will see the school's CPOMS note in the MARF about a message Ibrahim sent in a Fortnite chat ("bro im gonna kill
u tmrw fr, ur dead"). School looked into it on the day with Ibrahim and with the other boy's mum: it was about the
game - they were arranging a 1v1 for the next day - the other boy is his cousin, and nobody has any worries about
it. It is not why I am stepping up and there is no risk to or from Ibrahim in it.

Thanks,
Daniel Obi
Early Help Practitioner | Tower Hamlets Early Help (Bow)
""") + TDISC + T("""

Tower Hamlets Council is committed to safeguarding and promoting the welfare of children and young people and
expects all staff and volunteers to share this commitment. This email and any files transmitted with it are
confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have
received this email in error please notify the system manager. This message contains confidential information and
is intended only for the individual named. If you are not the named addressee you should not disseminate,
distribute or copy this email. Please notify the sender immediately by email if you have received this email by
mistake and delete this email from your system. Email transmission cannot be guaranteed to be secure or error-free
as information could be intercepted, corrupted, lost, destroyed, arrive late or incomplete, or contain viruses.
""")
    atts = [pdf_att("MARF - Ibrahim Ali.pdf", "Multi-Agency Request for Support (MARF)",
                    ["Child: Ibrahim Ali, DOB 09/11/2037, Mosaic 2822704.",
                     "Concerns: neglect - no heating or food, poor hygiene, self-care at 13.",
                     "School CPOMS 14/02/2051: Fortnite chat message reviewed - about a game, no concern.",
                     "Consent: dad agreed 01/03/2051. Manager: Laila Karim."])]
    top = outlook_top(f, addr("Obi, Daniel", "Daniel.Obi@" + TDOM), addr("MAST", TMAST),
                      "Step up - Ibrahim Ali - MARF", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "mash_step_up", when, 5,
        "near_miss", "step_up", False, None, ["2822704"],
        [ch("Ibrahim Ali", "2037-11-09", "09/11/2037")],
        ["neglect"], True, True, [], None, "book_meeting",
        "NEAR MISS - A GAME: 'bro im gonna kill u tmrw fr, ur dead' was a Fortnite 1v1 arrangement with his cousin, "
        "checked by school with both families, 'no risk to or from Ibrahim in it' -> not urgent, not physical_harm. "
        "Complete MAST step-up for neglect (MARF .pdf, 'agreed the step-up' -> manager true; dad 'has agreed to the "
        "referral' -> consent true) -> book_meeting. Long legal disclaimer with 'safeguarding' boilerplate.",
        not_children=["Daniel Obi", "Laila Karim"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2051-01-11 15:45:00"
    body = T("""
Hi Early Help Hub,

I'd like to step down Nusaybah Rahman-Lowe (DOB 05/09/2039, Mosaic 2799340) to Early Help following her Child and
Family Assessment.

Nusaybah is 11, autistic with an EHCP, and had a difficult move to Year 7. Dad has agreed to Early Help as long as
it isn't the same worker who was involved at her old school - he had a falling-out with her.

The C&F assessment will be on Mosaic once my manager has authorised it; I'll send it to you then. The draft TAF
plan is attached.

Form completed: 10/01/2051.

Thanks,
Gareth Llewellyn-Shah
Social Worker | Children with Disabilities team | Tower Hamlets Council
""") + TDISC
    atts = [docx_att("Draft TAF plan - Nusaybah R-L.docx", [
        "# Draft TAF plan", "Child: Nusaybah Rahman-Lowe, DOB 05/09/2039.",
        "Needs: transition support in Year 7; sensory plan; EHCP review in spring.",
        "Actions: SENCo to meet dad fortnightly; social-skills group."])]
    top = outlook_top(f, addr("Llewellyn-Shah, Gareth", "Gareth.Llewellyn-Shah@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Nusaybah Rahman-Lowe", when)
    add(f, mail(f, top, body, atts), "tower_hamlets", "early_help_duty", when, 6,
        "ordinary", "step_down", False, None, ["2799340"],
        [ch("Nusaybah Rahman-Lowe", "2039-09-05", "05/09/2039")],
        ["disability_send"], True, None, ["assessment", "lead_practitioner"], None, "request_info",
        "Tower Hamlets step-down with CONDITIONAL CONSENT ('Dad has agreed to Early Help as long as it isn't the same "
        "worker') -> consent true (given, with a condition). The C&F assessment 'will be on Mosaic ... I'll send it' -> "
        "assessment missing; no Lead Practitioner named -> lead_practitioner missing; draft TAF plan .docx present. "
        "'Form completed: 10/01/2051' is not a DOB. Autism / EHCP -> disability_send.",
        not_children=["Gareth Llewellyn-Shah"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2051-03-16 12:40:00"
    comment = ("Sorry, I can't come this afternoon. I'm at the Royal London with Nusrat Akter (14). She took a lot of "
               "her mum's tablets this morning after pictures of her were put in a Snapchat group. She has just told me "
               "her uncle Jamal took the pictures and has been making her send more. The ward want to send her home this "
               "evening and he lives with them. Please can someone from social care ring me on 07700 900612. Farzana")
    data = itip_reply(f, when, "Farzana Haque", "farzana.haque@nhs-bartshealth.example.org",
                      ("Early Help Hub", TEH), "DECLINED", "TAF meeting - Akter family [SB-tower_hamlets-4120]",
                      "20510316T140000", "20510316T153000", "Stepney Children's Centre", comment=comment)
    add(f, data, "tower_hamlets", "early_help_duty", when, 2,
        "urgent", "meeting_reply", True, None, [], [ch("Nusrat Akter")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "RISK ONLY IN A DECLINED MEETING'S COMMENT: an iTIP REPLY (PARTSTAT=DECLINED) whose comment says a 14-year-old "
        "took an overdose after images were shared, has just disclosed that the uncle who lives with her took them and "
        "makes her send more, and is to be discharged home to him this evening -> urgent (safety rule 1: a meeting "
        "reply's comment is read) -> alert_duty over record_reply. Concern sexual_harm. No alarm word.",
        not_children=["Farzana Haque"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2051-02-03 12:00:00"
    text = T("""
Dear colleague,

Thank you for booking onto the Tower Hamlets Safeguarding Children Partnership workshop "Online harms: what young
people tell us" on Thursday 16 February 2051, 09:30-13:00, Mulberry Place.

Please read the attached case studies before the session. They are fictional composites written for training.
In small groups you will decide, for each one, whether there is an immediate risk, who you would phone and when:

- Case study 1: Ayesha, 14, tells her teacher an online "friend" she met on a gaming app is meeting her tonight
  outside the station and has told her to delete their chat.
- Case study 2: a 15-year-old boy is told to pay 500 pounds by 9pm or his images will be sent to his family.
- Case study 3: a Year 9 girl's drill lyrics about "opps" are reported by a parent.
- Case study 4: "kms" in a group chat after a football defeat.

If you have a real, immediate concern about a child, do not wait for the workshop: contact MAST on 0207 364 5606 or
0207 364 5601 (out of hours 0207 364 4079), or 999 in an emergency.

THSCP Learning and Development
""")
    html_body = ("<html><body style=\"font-family:Calibri\">"
                 + "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in text.split("\n\n")) + "</body></html>\n")
    atts = [pdf_att("Online harms case studies (fictional).pdf", "Online harms - case studies (fictional, for training)",
                    ["Case study 1: Ayesha, 14 - an online 'friend' arranges to meet her tonight.",
                     "Case study 2: sextortion - 500 pounds by 9pm.",
                     "Case study 3: drill lyrics reported by a parent.",
                     "Case study 4: 'kms' in a group chat.",
                     "All names and details are invented for training purposes."])]
    top = plain_top(f, addr("THSCP Learning and Development", "thscp.training@towerhamlets.gov.uk"),
                    addr("Early Help Hub", TEH), "Workshop pre-reading: Online harms - what young people tell us", when,
                    TDOM, None)
    add(f, alt_mail(f, top, text, html_body, atts), "tower_hamlets", "early_help_duty", when, 8,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - TRAINING MATERIAL: a partnership workshop's pre-reading whose fictional case studies (an online "
        "'friend' meeting a 14-year-old tonight, sextortion by 9pm, drill lyrics, 'kms') echo this set's urgent mails, "
        "with the MAST numbers as boilerplate -> not urgent (examples); kind other; no children (first names only).")

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2051-03-03 09:20:00"
    body = T("""
Thank you for your message. I am on leave until Monday 13 March 2051.

For anything about a TAF I lead, please contact the Early Help Hub. If you have an urgent safeguarding concern
about a child, contact MAST on 0207 364 5606 / 5601 (out of hours 0207 364 4079) or call 999.

Ruth Adeyemi
Family Support Worker | St Saviour's Primary School
""")
    data = ooo(f, when, "Ruth Adeyemi", "r.adeyemi@stsaviours.example.sch.uk", addr("Early Help Hub", TEH),
               "[SB-tower_hamlets-4077] TAF meeting - D'Souza family", body)
    add(f, data, "tower_hamlets", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Out-of-office from a Lead Practitioner (Auto-Submitted: auto-replied) to a stepbot TAF mail; 'urgent "
        "safeguarding concern' and the MAST numbers are boilerplate -> auto_reply, ignore.")

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2051-01-19 10:30:00"
    ack = ack_text("step-down", "SB-tower_hamlets-4051",
                   ["Child: Nusaybah Rahman-Lowe (05/09/2039)", "Mosaic: 2799340"],
                   ["the Child and Family Assessment", "the Lead Practitioner's name and agency"])
    body = T("""
Hi,

The C&F assessment has now been authorised - attached. Lead Practitioner: Hafsa Begum, SENCo, Bow Creek
Academy; she met Nusaybah and dad yesterday and is happy to take it on.

Gareth

Gareth Llewellyn-Shah
Social Worker | Children with Disabilities team | Tower Hamlets Council
""") + quote("Early Help Hub <%s>" % TEH, "11 January 2051 15:52", "Llewellyn-Shah, Gareth",
             "[SB-tower_hamlets-4051] Step-down request received - Rahman-Lowe", ack) + "\n" + TDISC
    atts = [pdf_att("C&F Assessment - Rahman-Lowe (authorised).pdf", "Child and Family Assessment (authorised 18/01/2051)",
                    ["Child: Nusaybah Rahman-Lowe, DOB 05/09/2039, Mosaic 2799340.",
                     "Assessment concluded 18/01/2051. Recommendation: step down to a TAF with a Lead Practitioner."])]
    top = outlook_top(f, addr("Llewellyn-Shah, Gareth", "Gareth.Llewellyn-Shah@" + TDOM), addr("Early Help Hub", TEH),
                      "RE: [SB-tower_hamlets-4051] Step-down request received - Rahman-Lowe", when,
                      reply_to_mid="<SB-tower_hamlets-4051.ack@stepbot.towerhamlets.gov.uk>")
    add(f, mail(f, top, body, atts), "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["2799340"],
        [ch("Nusaybah Rahman-Lowe", "2039-09-05", "05/09/2039")],
        [], None, None, [], None, "attach_to_request",
        "Reply to [SB-tower_hamlets-4051] adding the missing C&F assessment (.pdf) and naming the Lead Practitioner "
        "for tower_hamlets_04's request -> follow_up, attach_to_request; missing [] for a follow_up. Child and DOB "
        "from the quoted acknowledgement and the assessment.",
        not_children=["Hafsa Begum", "Gareth Llewellyn-Shah"])

# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2051-02-16 19:34:00"
    text = T("""
Tyler Rowe (12) just sent me these. I'm driving over now and have told him to ring 999. Mum is Gemma Rowe, 14
Marldon Close, Paignton.

Tyler: kerensa mums on the sofa and she wont wake up
Tyler: theres sick on her and her lips are a weird colour
Tyler: the empty boxes of her tablets are on the floor
Tyler: lily-mae keeps crying and i cant find the baby milk
Tyler: pls come

Tyler is mum's young carer. His sister Lily-Mae Rowe is 10 months old. There is no other adult in the house. Mum
has been really low since Christmas.

Kerensa

Sent from my iPhone

Kerensa Pascoe
Family Practitioner | Torbay Family Hub (Paignton)
""")
    top = plain_top(f, addr("Kerensa Pascoe", "kerensa.pascoe@" + BDOM), addr("Early Help", BEH), "Fwd: Tyler", when,
                    BDOM, None)
    add(f, iphone_mail(f, top, text), "torbay", "early_help_duty", when, 2,
        "urgent", "other", True, None, [],
        [ch("Tyler Rowe"), ch("Lily-Mae Rowe")],
        ["parental_mental_health", "young_carer"], None, None, [], None, "alert_duty",
        "A YOUNG CARER'S TEXTS at 19:34: mum unconscious with empty tablet boxes, a 12-year-old and a 10-month-old "
        "alone with her - a carer incapacitated with young children in the house -> urgent. Forwarded by the family "
        "practitioner from her iPhone (format=flowed); kind other. Concerns: mum 'really low since Christmas' -> "
        "parental_mental_health; young_carer. No alarm word.",
        not_children=["Kerensa Pascoe", "Gemma Rowe"])

def torbay_02():
    f = "torbay_02.eml"; when = "2051-01-09 10:05:00"
    body = T("""
Hello Early Help,

Please can I have a triage slot for Mía Kowalczyk (DOB 2047-04-02) and Oskar Kowalczyk (DOB 2043-11-30),
LCS-2480715. Step down from the Single Assessment Team to level 3.

Mum (Agnieszka) has given consent for level 3 Early Help. My TM agreed the step down subject to the SA being
updated with the school's attendance figures - done, and the updated SA with her analysis is attached.

Home conditions have improved a lot but are still up and down, and Oskar is often hungry at school. Mía is 3, so
I think this goes to the under-5s triage?

Oskar's paediatric appointment is on 24/01/2051, in case the slot clashes.

Many thanks,
Morwenna Trevithick
Social Worker | Single Assessment Team | Torbay Council
""") + BDISC
    atts = [docx_att("Single Assessment - Kowalczyk (updated).docx", [
        "# Single Assessment - Kowalczyk", "Children: Mía Kowalczyk (2047-04-02); Oskar Kowalczyk (2043-11-30).",
        "Analysis: neglect of home conditions and food improving; needs remain at level 3.",
        "Rationale for step down: progress sustained for three months; mum engaging.",
        "Team Manager's analysis: I confirm the threshold for level 3 intervention is met. Jory Hext, TM, 06/01/2051."])]
    top = outlook_top(f, addr("Trevithick, Morwenna", "Morwenna.Trevithick@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - step down L3 - Kowalczyk children (Mía is 3)", when)
    add(f, mail(f, top, body, atts, cte="base64"), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["LCS-2480715"],
        [ch("Mía Kowalczyk", "2047-04-02", "2047-04-02"), ch("Oskar Kowalczyk", "2043-11-30", "2043-11-30")],
        ["neglect"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down (Single Assessment .docx with the TM's analysis, consent 'has given consent for "
        "level 3 Early Help', level 3 stated) with a CONDITIONAL MANAGER AGREEMENT already met ('agreed the step down "
        "subject to the SA being updated ... done') -> manager true. Accented 'Mía'; a 3-year-old -> the fortnightly "
        "under-5s triage. '24/01/2051' is an appointment, not a DOB. Body base64.",
        not_children=["Morwenna Trevithick", "Jory Hext"])

def torbay_03():
    f = "torbay_03.eml"; when = "2051-03-01 14:20:00"
    blocks = [
        "Dear MASH,", "",
        "Contact to MASH / step up request for {{Jayden Tozer}} (DOB 23/05/2036), EHM-742215, open to Early Help at "
        "level 3 since June 2050.", "",
        ("h", "Current concerns"),
        "Jayden's attendance is 63% this year. The house has had no heating since January, there is often no food, and "
        "he has been coming to school in the same uniform for days. Mum has not attended the last three TAF meetings "
        "and has stopped answering calls from the family support worker.", "",
        ("h", "For completeness"),
        "In Year 8 (autumn 2048) Jayden shared an intimate image with a girl in his year, who passed it round. The "
        "police were involved, it was dealt with under Outcome 21, the image was taken down through Report Remove and "
        "school managed it. There have been no further incidents. Jayden says \"that was years ago, I was a kid, it's "
        "not even a thing now\". It is not part of the current concern.", "",
        ("h", "Consent and management oversight"),
        "Mum has refused consent to a contact to MASH - she says she will \"deal with school herself\". My line manager "
        "Senara Jago and I agree this needs considering for level 4.", "",
        "Regards,", "Demelza Hoskin", "Lead Professional | Torbay Early Help (Torquay)", "", BDISC.strip()]
    top = outlook_top(f, addr("Hoskin, Demelza", "Demelza.Hoskin@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - step up request - Jayden Tozer EHM-742215", when)
    add(f, word_mail(f, top, blocks), "torbay", "mash_step_up", when, 3,
        "near_miss", "step_up", False, None, ["EHM-742215"],
        [ch("Jayden Tozer", "2036-05-23", "23/05/2036")],
        ["neglect", "non_engagement", "school_attendance"], False, True, ["consent"], None, "request_info",
        "NEAR MISS - AN OLD INCIDENT: a Year 8 image-sharing incident in 2048 dealt with (Outcome 21, Report Remove), "
        "'no further incidents', 'not part of the current concern' -> no sexual_harm, not urgent. Torbay step-up "
        "with CONSENT REFUSED ('Mum has refused consent to a contact to MASH') -> consent false -> missing consent; "
        "'My line manager ... and I agree this needs considering for level 4' -> manager true.",
        not_children=["Demelza Hoskin", "Senara Jago"])

def torbay_04():
    f = "torbay_04.eml"; when = "2051-02-07 16:10:00"
    body = T("""
Hi,

Please can I have a triage slot for Bethan O'Callaghan-Rowe (14), LCS-2491306 - step down from SAT.

The Single Assessment is attached, with my TM's analysis at the end. Mum has consented to level 3 Early Help.
Bethan's view: "I'd rather have Early Help than a social worker tbh, they actually listen".

The remaining needs are Bethan's attendance (79%) and some help for mum with routines since she went back to
work full time.

Thanks,
Piran Chegwidden
Social Worker | SAT | Torbay Council
""") + BDISC
    atts = [docx_att("SA - O'Callaghan-Rowe.docx", [
        "# Single Assessment", "Child: Bethan O'Callaghan-Rowe. Date of birth: 15 November 2036. LCS-2491306.",
        "Analysis: attendance 79%; mum's working pattern; no statutory threshold.",
        "Rationale for step down: needs can be met by a level 3 coordinated response.",
        "Manager's analysis: I agree with the recommendation; the threshold for a level 3 coordinated response is "
        "met. Lowenna Pascoe, Team Manager, SAT, 06/02/2051."])]
    top = outlook_top(f, addr("Chegwidden, Piran", "Piran.Chegwidden@" + BDOM), addr("Early Help", BEH),
                      "request triage slot - Bethan O'Callaghan-Rowe", when)
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["LCS-2491306"],
        [ch("Bethan O'Callaghan-Rowe", "2036-11-15", "15 November 2036")],
        ["school_attendance"], True, True, [], None, "book_meeting",
        "Torbay step-down whose MANAGER AGREEMENT IS ONLY IN THE ATTACHMENT (the SA's 'Manager's analysis: I agree ... "
        "the threshold for a level 3 coordinated response is met') -> true; consent 'has consented to level 3 Early "
        "Help' -> true, level 3; DOB only in the .docx ('15 November 2036'); apostrophe + hyphen surname -> "
        "book_meeting.",
        not_children=["Piran Chegwidden", "Lowenna Pascoe"])

def torbay_05():
    f = "torbay_05.eml"; when = "2051-03-27 15:55:00"
    body = T("""
Dear MASH,

Contact to MASH for Kacper Nowicki (DOB 19/01/2035), EHM-745090. I am his lead professional at level 3.

Kacper (16) came to see me at 2.30 this afternoon. His words, as near as I could write them down:

"this girl on insta got me to send pics and now they're saying send 500 quid by 9 tonight or it goes to everyone
at school and my mum. i've got like 40. ngl i'd rather be dead than my mum see that."

He showed me the account. They have already sent him a collage of his pictures next to the names of his followers,
with a countdown. He left at 3.15 saying he was going home to "sort it" and has not answered since.

Mum (Ewa) agrees to the contact to MASH - I rang her at 3.40; she is at work in Exeter until 7. My ATM Silas Penrose
agrees this needs considering for level 4 and said to send it straight away. A screenshot Kacper airdropped to me
is attached.

Jowan Rickard
Youth Worker / Lead Professional | Torbay Early Help (Youth Service)
""") + BDISC
    atts = [att_png(f, "IMG_0417.PNG", (24, 24, 28))]
    top = outlook_top(f, addr("Rickard, Jowan", "Jowan.Rickard@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Kacper Nowicki (16) - EHM-745090", when,
                      cc=addr("Penrose, Silas", "silas.penrose@" + BDOM))
    add(f, mail(f, top, body, atts), "torbay", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-745090"],
        [ch("Kacper Nowicki", "2035-01-19", "19/01/2035")],
        ["exploitation", "sexual_harm"], True, True, [], None, "alert_duty",
        "SEXTORTION TONIGHT in a 16-year-old's own words ('send 500 quid by 9 tonight or it goes to everyone', 'ngl "
        "i'd rather be dead than my mum see that'), gone home alone and not answering -> urgent, in plain words. "
        "Otherwise a complete Torbay step-up (contact to MASH): 'Mum (Ewa) agrees to the contact to MASH' -> consent "
        "true; ATM agrees it needs considering for level 4 -> manager true. First mail after the clock change: "
        "+0100. The screenshot is an image with no text.",
        not_children=["Jowan Rickard", "Silas Penrose"])

def torbay_06():
    f = "torbay_06.eml"; when = "2051-01-26 11:45:00"
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
         '<p style="font-family:Arial;font-size:11pt">Dear Early Help team,</p>'
         '<p style="font-family:Arial;font-size:11pt"><b>Advice please - this is not a referral.</b></p>'
         '<p style="font-family:Arial;font-size:11pt">On Tuesday a midday supervisor overheard one of our Year 6 '
         'girls, Ruby (10), telling friends: &quot;my boyfriend is 16 and he&#39;s picking me up at 9 tonight, we&#39;re '
         'getting married lol&quot;.</p>'
         '<p style="font-family:Arial;font-size:11pt">We followed this up the same day. It was about a role-play game '
         'in Roblox (Brookhaven): her &quot;boyfriend&quot; is a character played by her 11-year-old cousin, and the '
         '&quot;wedding&quot; and the &quot;pick-up&quot; happened in the game. Mum came in, showed us the chat and '
         'the friends list, and there has been no contact with anyone she does not know and no plan to meet anyone. '
         'We risk assessed it with our DSL and have no safeguarding concerns. We have done some online safety work '
         'with the class anyway.</p>'
         '<p style="font-family:Arial;font-size:11pt">Mum asked whether Early Help run a parenting course on screen '
         'time and gaming. Could you send me the details?</p>'
         '<p style="font-family:Arial;font-size:11pt">Kind regards,<br>Loveday Penhaligon<br>Deputy Head and DSL | '
         'Cockington Vale Primary School</p></body></html>\n')
    top = plain_top(f, addr("Loveday Penhaligon", "l.penhaligon@cockingtonvale.example.sch.uk"), addr("Early Help", BEH),
                    "Advice please - not a referral - Y6 pupil and an online 'boyfriend'", when,
                    "cockingtonvale.example.sch.uk", None)
    add(f, html_only(f, top, h), "torbay", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A GAME: 'my boyfriend is 16 and he's picking me up at 9 tonight' was Roblox role-play with her "
        "11-year-old cousin, checked with mum and the DSL the same day, 'no contact with anyone she does not know and "
        "no plan to meet anyone' -> not urgent. HTML-only; a request for a parenting course -> kind other. Ruby is "
        "named by first name only.",
        not_children=["Loveday Penhaligon"])

def torbay_07():
    f = "torbay_07.eml"; when = "2051-01-16 09:02:00"
    data = itip_reply(f, when, "Morwenna Trevithick", "Morwenna.Trevithick@" + BDOM, ("Early Help", BEH), "ACCEPTED",
                      "Step-down triage (under-5s) [SB-torbay-5512]", "20510124T093000", "20510124T100000",
                      "Torquay Town Hall, Room 4")
    add(f, data, "torbay", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY ACCEPTED with an empty body for the under-5s triage slot (Tuesday 24 January) given to "
        "torbay_02's request -> meeting_reply, record_reply.")

def torbay_08():
    f = "torbay_08.eml"; when = "2051-03-06 17:35:00"
    text = T("""
Hi, can I get the McAllister-Kerr / MacLeod children on triage pls.

Keira McAllister-Kerr (9), Finlay MacLeod (6), Skye MacLeod (4). LCS-2503381.

SA not finalised yet, will send when it's done. My TM doesn't agree with the step down yet - she wants to see the SA finished and dad's drinking assessed first.

Mum has declined Early Help for now - says she's "had enough of services". I'm seeing her Thurs to talk it through again.

Hedra Polglase
SW, SASF team

Sent from my iPhone
""")
    top = plain_top(f, addr("Hedra Polglase", "hedra.polglase@" + BDOM), addr(None, BEH), "step down triage?", when,
                    BDOM, None)
    add(f, iphone_mail(f, top, text), "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["LCS-2503381"],
        [ch("Keira McAllister-Kerr"), ch("Finlay MacLeod"), ch("Skye MacLeod")],
        ["substance_misuse"], False, False, ["assessment", "consent", "manager_agreed"], None, "request_info",
        "Terse iPhone step-down for three half-siblings with Mc / Mac names and ages only (no DOBs): SA 'not finalised "
        "yet' -> assessment missing; 'My TM doesn't agree with the step down yet' -> manager REFUSED, false; 'Mum has "
        "declined Early Help for now' -> consent false (a refusal, even with a visit planned). Dad's drinking -> "
        "substance_misuse. No level stated -> null.",
        not_children=["Hedra Polglase"])

# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2051-03-03 20:12:00"
    body = T("""
Sorry, I don't know who else to email. Her social worker is off and I can't get through on the out of hours line.

I've typed out what she sent her friend (attached) and the screenshot.

Bryony Watkins (foster carer)
07700 900743
""")
    txt = T("""
Ella-Rose to Kasey, Snapchat, Friday 3 March (Kasey's mum sent me the screenshots at 8pm)

Ella: my mans picking me up by the church at 7 ykwim \U0001F60F
Kasey: who??
Ella: the one from snap. dale. hes 23 he got us a room in worcester
Kasey: ur actually mad
Ella: dont tell bryony lol. back sunday
""")
    atts = [att_text("what she sent Kasey.txt", txt), att_png(f, "IMG_4471.PNG", (250, 250, 250))]
    top = plain_top(f, addr("Bryony Watkins", "bryony.watkins.fc@example.co.uk"), addr(None, HEH),
                    "Ella-Rose Dyer 14 - gone to meet a man from Snapchat, left at 7, not back, phone off", when,
                    "example.co.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 3,
        "urgent", "other", True, None, [], [ch("Ella-Rose Dyer")],
        ["exploitation", "missing", "sexual_harm"], None, None, [], None, "alert_duty",
        "RISK IN THE SUBJECT LINE AND A .txt ATTACHMENT: the body only says the foster carer cannot reach anyone; the "
        "subject says a 14-year-old left at 7 to meet a man from Snapchat and is not back, phone off; the typed-out "
        "chat says he is 23 and has 'got us a room in worcester', 'back sunday'. A child missing now with an adult "
        "met online -> urgent; a foster carer writing to the wrong inbox -> kind other. The PNG has no text. 'Kasey' "
        "is a first name only.",
        not_children=["Bryony Watkins"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2051-01-24 11:20:00"
    body = T("""
Bore da,

Following my discussion with Verity Lang (Early Help co-ordinator) at the Tuesday drop-in last week, please find
attached the Early Help Assessment step-down plan for the McAllister-Pryce children (sibling group, level 3) and
the signed consent form.

Siân (13) is a young carer for dad since his stroke last summer; Rhys (9) is doing well at school. Mum works
nights. Siân's words in the plan: "I don't mind helping Dad, I just want one evening a week that's mine."

Key person: Mererid Price, Family Support Worker, Ledbury Family Hub (agreed with mum and dad on 19/01/2051).

Diolch,
Rhodri Vaughan-Bevan
Social Worker | Children's Safeguarding and Family Support (Ledbury) | Herefordshire Council
""")
    plan = docx_att("EHA step-down plan - McAllister-Pryce.docx", [
        "# Early Help Assessment - step down (sibling group)",
        "Siân McAllister-Pryce, DOB 09/04/2037, Mosaic 703114",
        "Rhys McAllister-Pryce, DOB 28/02/2041, Mosaic 703115",
        "What are we worried about? Siân's caring role for dad; tiredness; missing clubs.",
        "What's working well? Both parents engaged; Rhys thriving; school supportive.",
        "Wellbeing plan - what needs to happen: young carers' assessment (Mererid Price, by March); respite evening "
        "weekly; school pastoral check-ins.",
        "Key person: Mererid Price, Family Support Worker, Ledbury Family Hub."])
    consent = pdf_att("Signed consent - McAllister-Pryce.pdf", "Consent to Early Help (signed)",
                      ["We agree to Early Help support for our children Sian and Rhys McAllister-Pryce.",
                       "Signed: Gareth McAllister-Pryce and Elin McAllister-Pryce, 19/01/2051."])
    # The text part is UTF-8 but labelled windows-1252 (a mislabelled charset, as some mail gateways send it)
    tp = Part([("Content-Type", 'text/plain; charset="windows-1252"'), ("Content-Transfer-Encoding", "8bit")], body)
    top = outlook_top(f, addr("Vaughan-Bevan, Rhodri", "Rhodri.Vaughan-Bevan@" + HDOM),
                      addr("Early Help Co-ordinators", HEH),
                      "Step down - McAllister-Pryce sibling group (Siân and Rhys) - Mosaic 703114 / 703115", when)
    add(f, mixed_mail(f, top, tp, [plan, consent], allow_8bit=True), "herefordshire", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["703114", "703115"],
        [ch("Siân McAllister-Pryce", "2037-04-09", "09/04/2037"), ch("Rhys McAllister-Pryce", "2041-02-28", "28/02/2041")],
        ["young_carer"], True, None, [], None, "book_meeting",
        "DELIBERATELY MISLABELLED CHARSET: the text part is 8-bit UTF-8 labelled windows-1252 ('Siân' would read "
        "'SiÃ¢n'); the RFC 2047 subject and the .docx carry it correctly. Complete Herefordshire sibling-group "
        "step-down, level 3: EHA step-down plan .docx, signed consent form .pdf, key person with agency -> "
        "book_meeting. Full names and DOBs only in the .docx. The discussion with the co-ordinator changes only the "
        "panel. '19/01/2051' is a signing date.",
        not_children=["Mererid Price", "Rhodri Vaughan-Bevan", "Verity Lang"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2051-02-21 14:30:00"
    body = T("""
Hi co-ordinators,

Attached is the Early Help Assessment step-down plan for Lowri Bufton (DOB 2036-07-30), Mosaic 711208, as
discussed with Xavier on the phone.

Mum has given verbal consent to the step-down; I'll get the consent form signed at my visit on 02/03/2051 and send
it straight over.

Key person: Gwen Pritchard, Pastoral Lead, Kington High School.

A note on the plan's "views of the young person" section, because it reads starkly out of context. Lowri wrote:
"I used to cut when I was in year 8 because of all the group chat stuff but I've not done it since, like over a
year. ngl the counsellor at school lowkey saved me." Lowri denies any current self-harm or thoughts of suicide,
CAMHS discharged her in November 2050 with no concerns, and school's risk assessment was closed in December.
There are no current safeguarding concerns about self-harm.

The reason for Early Help is mum's drinking (reduced, but she is still with the alcohol service) and Lowri's
friendships.

Thanks,
Imogen Hartley-Sze
Social Worker | Hereford Locality Team | Herefordshire Council
""") + HDISC
    plan = docx_att("EHA step-down plan - Lowri Bufton.docx", [
        "# Early Help Assessment - step down", "Young person: Lowri Bufton, DOB 2036-07-30, Mosaic 711208",
        "Views of the young person: \"I used to cut when I was in year 8 ... I've not done it since, like over a year.\"",
        "What are we worried about? Mum's alcohol use (reducing); Lowri's friendships online.",
        "What's working well? Lowri's relationship with Gwen at school; mum attends the alcohol service.",
        "Wellbeing plan - what needs to happen: weekly check-in with Gwen; mum continues with the alcohol service.",
        "Key person: Gwen Pritchard, Pastoral Lead, Kington High School."])
    top = outlook_top(f, addr("Hartley-Sze, Imogen", "Imogen.Hartley-Sze@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "EHA step down plan - Lowri Bufton", when)
    add(f, mail(f, top, body, [plan]), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["711208"],
        [ch("Lowri Bufton", "2036-07-30", "2036-07-30")],
        ["substance_misuse"], True, None, ["consent_form"], None, "request_info",
        "NEAR MISS - SELF-HARM IN A TEENAGER'S OWN WORDS, IN THE PAST: 'I used to cut when I was in year 8 ... not "
        "done it since, like over a year'; denies current self-harm, CAMHS discharged, 'no current safeguarding "
        "concerns about self-harm' -> not urgent. Herefordshire step-down: plan .docx and key person with agency "
        "present; VERBAL consent only ('has given verbal consent'; the form 'will be signed at my visit on "
        "02/03/2051') -> consent true but consent_form missing -> request_info. Mum's drinking -> substance_misuse.",
        not_children=["Gwen Pritchard", "Imogen Hartley-Sze"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2051-03-29 11:50:00"
    text = T("""
Hello MASH,

I'd like to step Chloe Jauncey (DOB 12.08.2035), Mosaic 716450, up to social care today. My manager Rachel Gittins
agrees with the step-up and said to mark it urgent.

At my visit this morning Chloe (15) showed me her phone. Her "boyfriend" Liam, who is 24, is collecting her from
school at 3.15 today and taking her to "his mate's flat in Worcester for the weekend". With her agreement I copied
these:

Liam: my mans got us the flat all weekend ykwim
Liam: bring the stuff i gave u to hold
Liam: dont tell ur mum or school they'll only chat

Chloe said "he's not like that, he actually cares about me fr". Mum doesn't know. I'm going to the school now.

Annest Roberts
Family Support Worker | Early Help (Leominster) | Herefordshire Council
07700 900586
""")
    html_body = ('<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">'
                 + "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in text.split("\n\n")) + "</div></body></html>\n")
    top = outlook_top(f, addr("Roberts, Annest", "Annest.Roberts@" + HDOM), addr("MASH", HMASH),
                      "Step up - Chloe Jauncey - Mosaic 716450", when)
    add(f, alt_mail(f, top, text, html_body), "herefordshire", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["716450"],
        [ch("Chloe Jauncey", "2035-08-12", "12.08.2035")],
        ["exploitation", "sexual_harm"], None, True, [], None, "alert_duty",
        "A STEP-UP HEREFORDSHIRE DOES NOT DEFINE, CARRYING EXPLOITATION HAPPENING TODAY: a 24-year-old 'boyfriend' "
        "collecting a 15-year-old from school at 3.15 for a weekend in a flat, 'bring the stuff i gave u to hold' -> "
        "urgent, so alert_duty (not human_review); missing [] for an undefined kind. Manager 'agrees with the step-up' "
        "-> true. No alarm word.",
        not_children=["Annest Roberts", "Rachel Gittins"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2051-01-12 09:40:00"
    body = T("""
Dear co-ordinators,

Ahead of Tuesday's learning session, attached are the anonymised findings of the practice audit of "Child R", a
case closed in 2049. Please read them before the session. Nothing in the audit needs any action on a current case.

Findings in brief: in 2048 Child R (then 13) received messages from an adult male on Snapchat ("send me a pic or
I'll tell ur mum what u did"), which were not escalated for eleven days; the risk was underestimated because the
messages were read as "banter". A s47 followed, the adult was convicted, and the case closed in 2049. Child R is now
16, lives with extended family and is doing well.

Practice Quality Team | Herefordshire Council
""") + HDISC
    atts = [pdf_att("Audit - Child R (anonymised).pdf", "Practice audit - Child R (closed case, anonymised)",
                    ["Case closed 2049. Child R now 16, living with extended family; no current concerns.",
                     "2048: online grooming / sextortion messages from an adult male; immediate risk not recognised for 11 days.",
                     "Learning: read teenagers' screenshots literally; ask what 'banter' means to the young person.",
                     "Grade: requires improvement (historic)."])]
    top = outlook_top(f, addr("Practice Quality Team", "practice.quality@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Case audit findings - Child R (closed) - learning session pre-read", when)
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A CLOSED CASE AUDIT: anonymised 'Child R', sextortion messages in 2048, case closed in 2049, "
        "adult convicted, 'no current concerns' and 'nothing needs any action on a current case' -> historic; kind "
        "other; no children (anonymised).")

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2051-03-02 16:45:00"
    text = T("""
Hi,

Signed consent form for Lowri Bufton (Mosaic 711208) attached - mum signed it at my visit this afternoon.

Imogen Hartley-Sze
Social Worker | Hereford Locality Team

On 21 Feb 2051, at 14:41, Early Help Co-ordinators <%s> wrote:

""" % HEH) + stepbot_ack("SB-herefordshire-1733", ack_text("step-down", "SB-herefordshire-1733",
                                                             ["Child: Lowri Bufton", "Mosaic: 711208"],
                                                             ["the family's written consent (consent form)"]).split("\n"))
    atts = [pdf_att("Consent form - Bufton (signed).pdf", "Consent to Early Help - signed",
                    ["I consent to my daughter Lowri Bufton being stepped down to Early Help.",
                     "Signed: K. Bufton (mother), 02/03/2051."])]
    top = plain_top(f, addr("Hartley-Sze, Imogen", "Imogen.Hartley-Sze@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Re: [SB-herefordshire-1733] Step-down request received - Bufton", when, HDOM, "Apple Mail (2.3864)",
                    extra=[("In-Reply-To", "<SB-herefordshire-1733.ack@stepbot.herefordshire.gov.uk>")])
    add(f, mail(f, top, text, atts, crlf=False), "herefordshire", "early_help_duty", when, 2,
        "ordinary", "follow_up", False, None, ["711208"], [ch("Lowri Bufton")],
        [], True, None, [], None, "attach_to_request",
        "Apple Mail reply to [SB-herefordshire-1733] adding the signed consent form for herefordshire_03's request "
        "('mum signed it') -> follow_up, attach_to_request; consent true; missing [] for a follow_up.",
        not_children=["Imogen Hartley-Sze"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2051-02-08 16:20:00"
    text = T("""
hiya, sorry if this is the wrong place, my form tutor said to email early help.

im Ffion Beddoes-Hughes, im 15 (DOB 03/06/2035) and i look after my mum who has MS and my little brother most
evenings. im not in trouble or anything and no one is hurting us lol, i just wanted to know if theres a young
carers group near Leominster bc i dont really get to see my friends anymore and its lowkey getting to me.

my mum knows im emailing.

thanks
ffion
""")
    top = plain_top(f, addr("ffion bh", "ffionbh35@example.com"), addr(None, HEH), "young carers?", when,
                    "example.com", None)
    add(f, mail(f, top, text, cte="7bit", crlf=False), "herefordshire", "early_help_duty", when, 9,
        "ordinary", "other", False, None, [], [ch("Ffion Beddoes-Hughes", "2035-06-03", "03/06/2035")],
        ["young_carer"], None, None, [], None, "human_review",
        "A 15-YEAR-OLD'S OWN ENQUIRY about a young carers' group: no step requested -> kind other, human_review; she "
        "is a named child (DOB 03/06/2035); young_carer. 'no one is hurting us lol' -> no risk. 'my mum knows im "
        "emailing' is not consent to a service -> null.")

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2051-03-22 10:35:00"
    body = T("""
Good morning,

Step down to level 3 for Jayden-Lee Whittall (DOB 14.02.2035), Mosaic ID 719934.

Jayden-Lee is 16, autistic, with an EHCP; he moved to Hereford Sixth Form College in September. The CIN plan ended
at the review on 15/03/2051. His view: "I don't need a social worker, I need someone who gets the college stuff."

The signed consent form is attached (mum and Jayden-Lee both signed). Key person: Eleri Watkins, Post-16 Inclusion
Worker, Hereford Sixth Form College.

I'll send the step-down plan once I've finished it with Jayden-Lee on Friday. His EHCP annual review is on
28/03/2051.

Tomos Prosser
Social Worker | Disabled Children's Team | Herefordshire Council
""") + HDISC
    atts = [pdf_att("Consent form signed - Whittall.pdf", "Consent to Early Help (signed)",
                    ["Young person: Jayden-Lee Whittall, DOB 14.02.2035.",
                     "Signed by: Donna Whittall (mother) and Jayden-Lee Whittall, 20/03/2051."])]
    top = outlook_top(f, addr("Prosser, Tomos", "Tomos.Prosser@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Jayden-Lee Whittall (16) - consent form attached", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["719934"],
        [ch("Jayden-Lee Whittall", "2035-02-14", "14.02.2035")],
        ["disability_send"], True, None, ["draft_plan"], None, "request_info",
        "Herefordshire level 3 step-down with the signed consent form (.pdf) and a key person with agency, but the "
        "plan 'I'll send ... once I've finished it' -> draft_plan missing -> request_info. 'Mosaic ID 719934' -> "
        "'719934'. '15/03/2051', '28/03/2051' and '20/03/2051' are meeting / signing dates, not DOBs. Autism + EHCP "
        "-> disability_send.",
        not_children=["Eleri Watkins", "Tomos Prosser", "Donna Whittall"])

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

# England & Wales bank holidays in 2051 that fall on a weekday (the `holidays` package's list, which set_checks()
# re-derives and compares): New Year's Day falls on Sunday 1 January and is observed on Monday 2 January; Good
# Friday 31 March; Easter Monday 3 April; May Day Monday 1 May; Spring Bank Holiday Monday 29 May; Late Summer Bank
# Holiday Monday 28 August; Christmas Day Monday 25 December; Boxing Day Tuesday 26 December.
BANK_HOLIDAYS = {date(2051, 1, 2), date(2051, 3, 31), date(2051, 4, 3), date(2051, 5, 1), date(2051, 5, 29),
                 date(2051, 8, 28), date(2051, 12, 25), date(2051, 12, 26)}
IN_WINDOW = {date(2051, 3, 31): "Good Friday", date(2051, 4, 3): "Easter Monday"}
NEW_YEAR_OBSERVED = date(2051, 1, 2)          # the day before the window opens
# The window: the spring term of 2051, from Tuesday 3 January (the first working day after the observed New Year
# bank holiday) to Friday 7 April 2051 (the end of Easter week). It spans the clock change.
WINDOW = (datetime(2051, 1, 3, tzinfo=LON), datetime(2051, 4, 7, 23, 59, 59, tzinfo=LON))
# BST begins at 01:00 UTC on Sunday 26 March 2051 and ends at 01:00 UTC on Sunday 29 October 2051.
BST_START = datetime(2051, 3, 26, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2051, 10, 29, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2051

def expected_offset(d):
    return "+0100" if BST_START <= d.astimezone(UTC) < BST_END else "+0000"

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"], 1)}

def parse_dob(w):
    """DOB as written -> ISO. Formats used in this set: dd/mm/yyyy, dd.mm.yyyy, dd-mm-yyyy, yyyy-mm-dd,
    '21st June 2038', '15 November 2036'."""
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


def _txt_att(msg):
    return " ".join(p.get_content() for p in _att(msg) if p.get_content_type() == "text/plain")

def _rfc822(msg):
    return [p for p in msg.walk() if p.get_content_type() == "message/rfc822"]

def _top_text(msg):
    """The sender's own inline text (the first text/plain or text/html part that is not an attachment and not inside
    a forwarded message/rfc822)."""
    for part in msg.iter_parts() if msg.is_multipart() else [msg]:
        if part.is_multipart():
            for p in part.iter_parts():
                if p.get_content_type() == "text/plain" and not p.get_filename():
                    return p.get_content()
        elif part.get_content_type() in ("text/plain", "text/html") and not part.get_filename():
            return part.get_content()
    return ""

def _k01(msg):
    cal = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
    c = cal[0].get_payload(decode=True).decode() if cal else ""
    own = _plain(msg).split("From: Beattie, Lorna")[0]
    return ("METHOD:REQUEST" in c and "DTSTART;TZID=GMT Standard Time:20510405T100000" in c
            and "I agree with the step up" in _plain(msg).split("From: Beattie, Lorna")[1]
            and "agree" not in own.replace("agreement is in her reply", "")
            and sorted(_exts(msg)) == ["docx", "pdf", "pdf"]
            and _wd("knowsley_01.eml") == 4 and _pw("knowsley_01.eml") == 6
            and {date(2051, 3, 31), date(2051, 4, 3)} <= BANK_HOLIDAYS)

def _k02(msg):
    b = _blocks(msg)
    return (len(b) == 2 and "gotta do a run tonight" in b[0] and "Jaxon Whitfield" not in b[0]
            and "Jaxon Whitfield" in b[1] and "02/05/2036" in b[1] and _no_alarm(msg))

def _k03(msg):
    d = _date(msg)
    return (d.utcoffset() == timedelta(0) and _lab_meeting_bst("knowsley_03.eml") and _wd("knowsley_03.eml") == 5
            and "it's just bars" in readable(msg) and "We are not worried about exploitation" in readable(msg)
            and "MsoNormal" in _html(msg))

def _lab_meeting_bst(f):
    m = META[f]["meeting"]
    return datetime(m.year, m.month, m.day, 10, tzinfo=LON).utcoffset() == timedelta(hours=1)

def _k04(msg):
    d = _date(msg)
    utc_day = d.astimezone(UTC).date()
    return (d.hour == 0 and utc_day == date(2051, 4, 3) and _today("knowsley_04.eml") == date(2051, 4, 4)
            and _wd("knowsley_04.eml") == 4 and working_days(utc_day, META["knowsley_04.eml"]["meeting"]) == 5
            and "Aoife Ní Bhraonáin, Young Carers Support Worker, Knowsley Carers Centre" in readable(msg))

def _k05(msg):
    d = _date(msg)
    return _no_alarm(msg) and d.hour >= 21 and "ill get u at the retail park 10 oclock" in _plain(msg)

def _k06(msg):
    return (msg["List-Id"] is not None and msg["List-Unsubscribe"] is not None and msg["Precedence"] == "bulk"
            and msg["Auto-Submitted"] is None and ALARM.search(readable(msg)) is not None)

def _r01(msg):
    fw = _rfc822(msg)
    inner = fw[0].get_payload()[0] if fw else None
    inner_text = inner.get_content() if inner is not None else ""
    own = _top_text(msg)
    return (len(fw) == 1 and "hes sat outside school in the white car again" in inner_text
            and "white car" not in own and "pics" not in own and "Rationale for step up" in own
            and _no_alarm(msg))

def _r02(msg):
    kids = _exp("richmond_wandsworth_02.eml")["children"]
    return (_exts(msg) == ["pdf", "docx"] and age_years(date(2033, 8, 22), _today("richmond_wandsworth_02.eml")) == 17
            and [c["name"] for c in kids] == ["Shannon Kearney", "Tyler-Rose Kearney"]
            and any(p["Content-Transfer-Encoding"] == "base64" and p.get_content_type() == "text/plain"
                    for p in msg.walk() if not p.is_multipart()))

def _r03(msg):
    t = readable(msg)
    return ("gonna kms lol. jk jk" in t and "denied any thoughts of ending his life" in t and ALARM.search(t)
            and _exp("richmond_wandsworth_03.eml")["children"] == [])

def _r04(msg):
    own = _top_text(msg)
    return ("radiator" in _txt_att(msg) and "radiator" not in own and "blood" not in own
            and "Leo Marchetti-Bloom" not in own and _no_alarm(msg))

def _r05(msg):
    return _no_plain(msg) and _no_alarm(msg) and "marks all round my neck" in readable(msg)

def _r06(msg):
    t = readable(msg)
    return ("2049/0331/RW" in t and "There are no current safeguarding concerns" in t
            and not ({"sexual_harm", "exploitation"} & set(_exp("richmond_wandsworth_06.eml")["concerns"])))

def _r08(msg):
    return "I don't have any kids" in readable(msg) and _exp("richmond_wandsworth_08.eml")["children"] == []

def _t01(msg):
    p = _plain(msg)
    before, _sep, ps = p.partition("\nPS - ")
    return ("3.30 today" in ps and "Discord" in ps and "Discord" not in before and "3.30" not in before
            and _no_alarm(msg) and _exts(msg) == ["pdf"])

def _t02(msg):
    h = _html(msg)
    tbl = h[h.index("<table"):h.index("</table>")]
    return all(x in tbl for x in ("Aaliyah D&#x27;Souza" if "&#x27;" in tbl else "Aaliyah D'Souza",
                                  "3rd March 2038", "2041-10-14", "17.01.2046"))

def _t03(msg):
    t = readable(msg)
    return ("bro im gonna kill u tmrw fr" in t and "it was about the game" in t
            and "physical_harm" not in _exp("tower_hamlets_03.eml")["concerns"] and len(_plain(msg)) > 2000)

def _t05(msg):
    c = _cal(msg)[0].get_payload(decode=True).decode().replace("\r\n ", "")
    return "PARTSTAT=DECLINED" in c and "COMMENT" in c and "he lives with them" in c and _no_alarm(msg)

def _t06(msg):
    return "fictional composites" in readable(msg) and _exts(msg) == ["pdf"] and ALARM.search(readable(msg))

def _b01(msg):
    return (_no_alarm(msg) and _date(msg).hour >= 19 and msg.get_param("format") == "flowed"
            and "she wont wake up" in readable(msg))

def _b02(msg):
    return age_years(date(2047, 4, 2), _today("torbay_02.eml")) < 5 and "subject to the SA being updated" in readable(msg)

def _b03(msg):
    t = readable(msg)
    return "Outcome 21" in t and "It is not part of the current concern" in t and "sexual_harm" not in _exp("torbay_03.eml")["concerns"]

def _b04(msg):
    own = _plain(msg)
    return ("agree" not in own.lower() and "Manager's analysis: I agree" in readable(msg)
            and "15 November 2036" not in own)

def _b05(msg):
    d = _date(msg)
    return (d.utcoffset() == timedelta(hours=1) and _no_alarm(msg) and _exts(msg) == ["PNG"]
            and "send 500 quid by 9 tonight" in readable(msg))

def _b06(msg):
    t = readable(msg)
    return _no_plain(msg) and "Roblox" in t and ALARM.search(t) and _exp("torbay_06.eml")["children"] == []

def _b08(msg):
    p = readable(msg)
    return ("My TM doesn't agree with the step down yet" in p and "Mum has declined Early Help" in p
            and msg.get_param("format") == "flowed")

def _h01(msg):
    bt = _top_text(msg)
    return ("Ella-Rose Dyer" in str(msg["Subject"]) and "Snapchat" in str(msg["Subject"])
            and "Ella-Rose" not in bt and "worcester" not in bt.lower() and "room in worcester" in _txt_att(msg)
            and sorted(_exts(msg)) == ["PNG", "txt"] and _date(msg).hour >= 20)

def _h02(msg):
    tp = [p for p in msg.walk() if p.get_content_type() == "text/plain" and not p.get_filename()][0]
    raw = tp.get_payload(decode=True)
    return (tp.get_content_charset() == "windows-1252" and "Siân".encode("utf-8") in raw
            and "SiÃ¢n" in tp.get_content() and "Siân" in str(msg["Subject"])
            and "Siân McAllister-Pryce" not in body_text(msg))

def _h03(msg):
    t = readable(msg)
    return ("I used to cut when I was in year 8" in t and "denies any current self-harm" in t
            and _exts(msg) == ["docx"])

def _h04(msg):
    return ({w.lower() for w in ALARM.findall(readable(msg))} == {"urgent"} and ("herefordshire", "step_up") not in DEFINED
            and "3.15 today" in readable(msg))

def _h05(msg):
    return "closed in 2049" in readable(msg) and _exp("herefordshire_05.eml")["children"] == []

def _h07(msg):
    return "no one is hurting us lol" in readable(msg) and age_years(date(2035, 6, 3), _today("herefordshire_07.eml")) == 15

def _h08(msg):
    return "I'll send the step-down plan" in readable(msg) and _exts(msg) == ["pdf"]

CUSTOM = [
    ("knowsley_01.eml", "Teams REQUEST with 3 attachments; manager only in the quoted reply; 4 WD (6 plain) over Easter", _k01),
    ("knowsley_02.eml", "the messages in the new text, names only in the quoted ack; no alarm words", _k02),
    ("knowsley_03.eml", "sent in GMT, meeting in BST, exactly 5 WD; lyrics explained", _k03),
    ("knowsley_04.eml", "00:07 BST = 23:07 UTC on Easter Monday: 4 WD by the London date, 5 by the UTC date", _k04),
    ("knowsley_05.eml", "a member of the public after 21:00; no alarm words", _k05),
    ("knowsley_06.eml", "List-Id / List-Unsubscribe / Precedence bulk, no Auto-Submitted", _k06),
    ("richmond_wandsworth_01.eml", "the risk only inside the forwarded message/rfc822", _r01),
    ("richmond_wandsworth_02.eml", "the young parent is 17; base64 body", _r02),
    ("richmond_wandsworth_03.eml", "the joke and its assessment", _r03),
    ("richmond_wandsworth_04.eml", "the injury only in the .txt attachment", _r04),
    ("richmond_wandsworth_05.eml", "HTML-only, no alarm words", _r05),
    ("richmond_wandsworth_06.eml", "historic sextortion not labelled; crime ref present", _r06),
    ("richmond_wandsworth_08.eml", "an adult with no children", _r08),
    ("tower_hamlets_01.eml", "the risk only in the PS", _t01),
    ("tower_hamlets_02.eml", "the children in the Word table with three DOB formats", _t02),
    ("tower_hamlets_03.eml", "the Fortnite message explained; long disclaimer", _t03),
    ("tower_hamlets_05.eml", "the risk only in a DECLINED reply's COMMENT", _t05),
    ("tower_hamlets_06.eml", "fictional case studies", _t06),
    ("torbay_01.eml", "iPhone flowed text after 19:00, no alarm words", _b01),
    ("torbay_02.eml", "an under-5; conditional manager agreement", _b02),
    ("torbay_03.eml", "the old incident not labelled", _b03),
    ("torbay_04.eml", "manager agreement and DOB only in the attachment", _b04),
    ("torbay_05.eml", "after the clock change (+0100); image with no text", _b05),
    ("torbay_06.eml", "HTML-only Roblox role-play", _b06),
    ("torbay_08.eml", "manager refused; consent declined", _b08),
    ("herefordshire_01.eml", "the risk in the subject and the .txt; body says nothing of it", _h01),
    ("herefordshire_02.eml", "UTF-8 bytes labelled windows-1252; full names only in the .docx", _h02),
    ("herefordshire_03.eml", "past self-harm in the young person's words, denied now", _h03),
    ("herefordshire_04.eml", "undefined step-up; 'urgent' its only alarm word", _h04),
    ("herefordshire_05.eml", "closed case audit", _h05),
    ("herefordshire_07.eml", "a 15-year-old's own enquiry", _h07),
    ("herefordshire_08.eml", "plan still to come", _h08),
]

# Each consent / manager wording ties to its label (the phrase must be in the readable text or the Subject).
WORDING = [
    ("knowsley_01.eml", "yes, I agree with the step up", "manager_agreed", True),
    ("knowsley_03.eml", "has\nconsented to the referral to Family First".replace("\n", " "), "consent", True),
    ("knowsley_04.eml", "Mum and Kenzie have both consented to the case transferring to Early Help", "consent", True),
    ("richmond_wandsworth_01.eml", "I have agreed this step up", "manager_agreed", True),
    ("richmond_wandsworth_02.eml", "Shannon has consented to Early Help continuing the plan", "consent", True),
    ("richmond_wandsworth_04.eml", "I haven't spoken to mum about the step up yet", "consent", None),
    ("richmond_wandsworth_04.eml", "I agreed the step up", "manager_agreed", True),
    ("richmond_wandsworth_06.eml", "have both consented to Early Help continuing the plan", "consent", True),
    ("tower_hamlets_01.eml", "Mum consents to the referral to MAST", "consent", True),
    ("tower_hamlets_01.eml", "has agreed the step-up", "manager_agreed", True),
    ("tower_hamlets_02.eml", "has consented to the step-down", "consent", True),
    ("tower_hamlets_02.eml", "has signed off the step-down", "manager_agreed", True),
    ("tower_hamlets_03.eml", "has agreed to the referral to MAST", "consent", True),
    ("tower_hamlets_03.eml", "agreed the step-up in supervision", "manager_agreed", True),
    ("tower_hamlets_04.eml", "Dad has agreed to Early Help as long as", "consent", True),
    ("torbay_02.eml", "has given consent for level 3 Early Help", "consent", True),
    ("torbay_02.eml", "agreed the step down subject to the SA being updated", "manager_agreed", True),
    ("torbay_03.eml", "Mum has refused consent to a contact to MASH", "consent", False),
    ("torbay_03.eml", "I agree this needs considering for level 4", "manager_agreed", True),
    ("torbay_04.eml", "Mum has consented to level 3 Early Help", "consent", True),
    ("torbay_04.eml", "Manager's analysis: I agree with the recommendation", "manager_agreed", True),
    ("torbay_05.eml", "agrees to the contact to MASH", "consent", True),
    ("torbay_05.eml", "agrees this needs considering for level 4", "manager_agreed", True),
    ("torbay_08.eml", "Mum has declined Early Help for now", "consent", False),
    ("torbay_08.eml", "My TM doesn't agree with the step down yet", "manager_agreed", False),
    ("herefordshire_02.eml", "Consent to Early Help (signed)", "consent", True),
    ("herefordshire_03.eml", "Mum has given verbal consent to the step-down", "consent", True),
    ("herefordshire_04.eml", "agrees with the step-up", "manager_agreed", True),
    ("herefordshire_06.eml", "mum signed it at my visit", "consent", True),
    ("herefordshire_07.eml", "my mum knows im emailing", "consent", None),
    ("herefordshire_08.eml", "The signed consent form is attached", "consent", True),
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

# The expected whole-set facts the README states (set_checks() recomputes and compares them).
# Ten of the eleven urgent mails carry none of the alarm words anywhere (herefordshire_04 says "mark it urgent").
QUIET_EXPECTED = ["herefordshire_01.eml", "knowsley_02.eml", "knowsley_05.eml", "richmond_wandsworth_01.eml",
                  "richmond_wandsworth_04.eml", "richmond_wandsworth_05.eml", "torbay_01.eml", "torbay_05.eml",
                  "tower_hamlets_01.eml", "tower_hamlets_05.eml"]
COUNTS_EXPECTED = {                   # file: (working days, plain weekdays) from the London date of `now`
    "knowsley_01.eml": (4, 6), "knowsley_03.eml": (5, 5), "knowsley_04.eml": (4, 4)}
CROSSING_BH_EXPECTED = ["knowsley_01.eml"]
DECISIVE_EXPECTED = ["knowsley_01.eml"]           # plain weekdays say ok, working days say not ok
TZ_DECISIVE_EXPECTED = ["knowsley_04.eml"]        # the UTC date says ok, the Europe/London date says not ok
QUIET, COUNTS = [], {}

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2051])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: the bank holidays in the window are %s, expected %s" % (inside, IN_WINDOW))
    if not (date(2051, 1, 1) in pkg and date(2051, 1, 1).weekday() == 6 and NEW_YEAR_OBSERVED in pkg
            and NEW_YEAR_OBSERVED == WINDOW[0].date() - timedelta(days=1)):
        errors.append("set: New Year's Day 2051 is a Sunday observed on Monday 2 January, the day before the window")
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2051, 3) == date(2051, 3, 26) and BST_END.date() == last_sun(2051, 10)):
        errors.append("set: BST must start on the last Sunday of March 2051 (26 March) and end on the last Sunday of October")
    d = WINDOW[0].date()
    while d <= WINDOW[1].date():
        noon = datetime(d.year, d.month, d.day, 12, tzinfo=LON)
        want = timedelta(hours=1) if d >= BST_START.date() else timedelta(0)
        if noon.utcoffset() != want:
            errors.append("set: %s has offset %s, expected %s" % (d, noon.utcoffset(), want))
        d += timedelta(days=1)
    if not (WINDOW[0].date() == date(2051, 1, 3) and WINDOW[0].weekday() == 1
            and WINDOW[1].date() == date(2051, 4, 7) and WINDOW[1].weekday() == 4):
        errors.append("set: the window must run from Tuesday 3 January to Friday 7 April 2051")
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
    if decisive != DECISIVE_EXPECTED:
        errors.append("set: counts a bank holiday decides are %s, expected %s" % (decisive, DECISIVE_EXPECTED))
    if {h for f in decisive for h in BANK_HOLIDAYS if _today(f) < h <= META[f]["meeting"]} != set(IN_WINDOW):
        errors.append("set: the decisive count must cross both Good Friday and Easter Monday")
    tz = sorted(f for f in counts
                if (working_days(_now(f).astimezone(UTC).date(), META[f]["meeting"]) >= 5) != (counts[f][0] >= 5))
    if tz != TZ_DECISIVE_EXPECTED:
        errors.append("set: counts the time zone decides are %s, expected %s" % (tz, TZ_DECISIVE_EXPECTED))
    for lab in LABELS:
        f = lab["file"]
        d = email.utils.parsedate_to_datetime(parse(f)["Date"])
        want = "+0100" if d.astimezone(UTC) >= BST_START else "+0000"
        if not parse(f)["Date"].strip().endswith(want):
            errors.append("%s: Date offset must be %s either side of the clock change" % (f, want))
    if set(offsets) != {"+0000", "+0100"} or offsets.get("+0100", 0) < 5:
        errors.append("set: Date offsets %s (the window spans the clock change: both +0000 and +0100)" % offsets)
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
    ("knowsley_01 notice relabelled ok (plain weekdays over Easter)",
     lambda: _relabel("knowsley_01.eml", notice_ok=True, next_action="book_meeting"), "notice_ok True but 4 WD"),
    ("Good Friday dropped from the bank holidays",
     lambda: BANK_HOLIDAYS.discard(date(2051, 3, 31)), "bank holidays differ from the holidays package"),
    ("knowsley_04 counted from the UTC date (relabelled ok)",
     lambda: _relabel("knowsley_04.eml", notice_ok=True, next_action="book_meeting"), "notice_ok True but 4 WD"),
    ("knowsley_04's now moved back to the UTC day",
     lambda: _relabel("knowsley_04.eml", now="2051-04-03T23:12:40+00:00"), "now offset differs from the Date header's"),
    ("a GMT-period mail given +0100",
     lambda: _shift_date("knowsley_05.eml", "Fri, 20 Jan 2051 21:42:17 +0000", "Fri, 20 Jan 2051 21:42:17 +0100",
                         0, timedelta(hours=1)), "Date offset should be +0000"),
    ("a BST-period mail given +0000",
     lambda: _shift_date("torbay_05.eml", "Mon, 27 Mar 2051 15:55:00 +0100", "Mon, 27 Mar 2051 15:55:00 +0000",
                         0, timedelta(0)), "Date offset should be +0100"),
    ("a mail dated Good Friday",
     lambda: _shift_date("herefordshire_04.eml", "Wed, 29 Mar 2051", "Fri, 31 Mar 2051", 2), "Date on a bank holiday"),
    ("a mail dated on a Saturday",
     lambda: _shift_date("tower_hamlets_03.eml", "Thu, 02 Mar 2051", "Sat, 04 Mar 2051", 2), "Date on a weekend"),
    ("a mail dated on the observed New Year bank holiday (before the window)",
     lambda: _shift_date("torbay_02.eml", "Mon, 09 Jan 2051", "Mon, 02 Jan 2051", -7), "Date outside the window"),
    ("an alarm word added to a quiet urgent mail",
     lambda: _sub("knowsley_05.eml", b"Subject: please can someone look at this tonight",
                  b"Subject: urgent - please can someone look at this tonight"), "no alarm word are"),
    ("an urgent mail filed as a near miss",
     lambda: _relabel("torbay_01.eml", category="near_miss"), "urgent vs category"),
    ("the undefined Herefordshire step-up sent to human review",
     lambda: _relabel("herefordshire_04.eml", next_action="human_review"), "next_action human_review != alert_duty"),
    ("a near miss relabelled urgent",
     lambda: _relabel("richmond_wandsworth_03.eml", urgent=True, next_action="alert_duty"), "urgent vs category"),
    ("the refused manager relabelled null",
     lambda: _relabel("torbay_08.eml", manager_agreed=None), "means manager_agreed False, label None"),
    ("the declined consent relabelled true",
     lambda: _relabel("torbay_08.eml", consent=True, missing=["assessment", "manager_agreed"]),
     "'Mum has declined Early Help for now' means consent False"),
    ("the conditional consent relabelled null",
     lambda: _relabel("tower_hamlets_04.eml", consent=None, missing=["assessment", "consent", "lead_practitioner"]),
     "'Dad has agreed to Early Help as long as' means consent True"),
    ("the historic sextortion labelled a concern",
     lambda: _relabel("richmond_wandsworth_06.eml", concerns=["parental_mental_health", "school_attendance", "sexual_harm"]),
     "historic sextortion not labelled"),
    ("the 19-year-old care leaver labelled a child",
     lambda: _relabel("richmond_wandsworth_08.eml", children=[{"name": "Chantelle Boateng", "dob": "2031-05-04"}]),
     "no source record"),
    ("the 17-year-old parent dropped from the children",
     lambda: (_relabel("richmond_wandsworth_02.eml", children=[{"name": "Tyler-Rose Kearney", "dob": "2050-06-03"}]),
              META["richmond_wandsworth_02.eml"]["children"].pop(0)), "the young parent is 17"),
    ("a crime reference labelled as a case id",
     lambda: _relabel("richmond_wandsworth_06.eml", case_ids=["2550918", "2049/0331/RW"]), "is not an EHM/ICS/LCS/Mosaic id"),
    ("a name copied into the body the subject-line mail keeps clear",
     lambda: _sub("herefordshire_01.eml", b"Sorry, I don't know who else", b"Ella-Rose: sorry, I don't know who else"),
     "the risk in the subject and the .txt"),
    ("the PS risk copied above the signature",
     lambda: _sub("tower_hamlets_01.eml", b"Please find attached the Multi-Agency", b"Discord. Please find attached the Multi-Agency"),
     "the risk only in the PS"),
    ("a date in a later year",
     lambda: _sub("herefordshire_08.eml", b"28/03/2051", b"28/03/2052"), "year after 2051"),
    ("an 18-year-old labelled a child",
     lambda: (_relabel("herefordshire_07.eml", children=[{"name": "Ffion Beddoes-Hughes", "dob": "2033-01-01"}]),
              META["herefordshire_07.eml"]["children"][0].update(dob="2033-01-01")), "dob '03/06/2035' parses to 2035-06-03"),
    ("Auto-Submitted removed from an out-of-office",
     lambda: _sub("tower_hamlets_07.eml", b"Auto-Submitted: auto-replied\r\n", b""), "auto_reply marked Auto-Submitted"),
    ("a REPLY made a REQUEST",
     lambda: _sub("torbay_07.eml", b"method=REPLY", b"method=REQUEST"), "exactly one text/calendar method=REPLY part"),
    ("a level on a step-up",
     lambda: _relabel("torbay_05.eml", level=3), "level"),
    ("children out of order",
     lambda: LABELS[[l["file"] for l in LABELS].index("tower_hamlets_02.eml")]["expect"]["children"].reverse(),
     "children not in order of first full-name appearance"),
    ("the window left open past Easter week",
     lambda: _set_window_end(date(2051, 4, 14)), "the window must run from Tuesday 3 January to Friday 7 April 2051"),
    ("a near miss relabelled ordinary",
     lambda: _relabel("torbay_06.eml", category="ordinary"), "category totals"),
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
           "Knowsley counts (WD, plain weekdays): %s" % COUNTS,
           "Date offsets %s" % dict(Counter(parse(l["file"])["Date"].strip()[-5:] for l in LABELS))]
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
