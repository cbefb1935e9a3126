#!/usr/bin/env python3
"""mixed31: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the autumn term of 2050 (Monday 5 September - Friday 16 December 2050), in mail clients and encodings as they
really arrive: Apple Mail (iPad, iPhone, macOS), Gmail web and Google Calendar, Outlook for iOS and Android, an old
Lotus Notes gateway, a secure-mail portal notification with the text inside, a TNEF winmail.dat beside a readable
body, S/MIME-signed mail (multipart/signed with a detached smime.p7s), quoted-printable with soft line breaks inside
words and names, base64 bodies, charset labels that lie (windows-1252 bytes labelled utf-8 and us-ascii, UTF-8
labelled iso-8859-1), HTML-only mail with tables, inline images and tracking pixels, a calendar invitation whose
DESCRIPTION holds the request, a declined invitation whose comment holds the risk, an Outlook recall, a
message/rfc822 forwarded inside another forward, and long disclaimers before the real text.

Window and clock: British Summer Time until 01:00 UTC on Sunday 30 October 2050 (+0100), GMT after (+0000). No
England & Wales bank holiday falls inside the window (the Late Summer Bank Holiday is Monday 29 August; Boxing Day
Monday 26 December and Christmas Day observed Tuesday 27 December come after it); the `holidays` package is required
and must agree with the script's list.

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, Content-IDs, calendar UIDs and
TNEF keys come from sha1 of the file name; zips have fixed timestamps. Run with
/work/main/.venv/bin/python make_set.py [--stats]. The MIME, Word HTML, PDF, .docx, iCalendar, out-of-office,
quote-chain, working-day and self-check helpers are copied from /work/main/tests/data/mixed27/make_set.py and adapted;
new helpers build raw-charset parts, hand-made quoted-printable with forced soft breaks, TNEF, S/MIME and nested
message/rfc822 parts, and a reader that decodes lying charsets. Every label was set by hand from the specification;
the self-checks only verify them against its rules and STOP on any error before anything is written.
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
    """Local (Europe/London) wall-clock time. The window (Monday 5 September - Friday 16 December 2050) is British
    Summer Time (+0100) until BST ends at 01:00 UTC on Sunday 30 October 2050, then GMT (+0000). The self-check
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

def build(top, root, crlf, allow_8bit=False, enc="utf-8"):
    """enc="latin-1" writes a body held as a latin-1 string byte for byte (raw 8-bit bytes in a lying charset)."""
    head = "".join("%s: %s\n" % (k, v) for k, v in top) + "MIME-Version: 1.0\n"
    head.encode("ascii")                      # headers are always 7-bit (MIME encoded-words where needed)
    s = head + render(root)
    if not allow_8bit:
        s.encode("ascii")
    if crlf:
        s = s.replace("\r\n", "\n").replace("\n", "\r\n")
    return s.encode(enc)

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
            zi = zipfile.ZipInfo(name, date_time=(2050, 9, 1, 0, 0, 0))
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




# ============================================================================= helpers added for mixed31
# (mail clients and encodings as they really arrive)

def smart_decode(payload, declared):
    """What a careful reader does with a text part whose charset label may lie: bytes that are valid UTF-8 are
    UTF-8 (whatever the label says: UTF-8 labelled iso-8859-1); otherwise the declared charset if it decodes
    strictly and is not plain ASCII; otherwise windows-1252 (cp1252 bytes labelled utf-8 or us-ascii)."""
    try:
        return payload.decode("utf-8")
    except UnicodeDecodeError:
        pass
    d = (declared or "us-ascii").lower()
    if d not in ("utf-8", "us-ascii", "ascii"):
        try:
            return payload.decode(d)
        except (UnicodeDecodeError, LookupError):
            pass
    return payload.decode("cp1252", errors="replace")

def part_text(part):
    return smart_decode(part.get_payload(decode=True) or b"", part.get_content_charset())

def readable(msg):
    """Every readable text of a message (overrides the mixed27 helper): text parts decoded with smart_decode,
    HTML as text, calendar DESCRIPTION/COMMENT unescaped, PDF and .docx text; message/rfc822 parts are walked
    into (their Subject too); TNEF, S/MIME signatures and images contribute their file names only."""
    from pypdf import PdfReader
    import io, docx
    out = [str(msg["Subject"] or "")]
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            for inner in part.get_payload():
                out.append(str(inner["Subject"] or ""))
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if fn:
            out.append(fn)
        ct = part.get_content_type()
        payload = part.get_payload(decode=True)
        if ct == "text/html":
            out.append(html_text(part_text(part)))
        elif ct in ("text/calendar", "application/ics"):
            c = payload.decode("utf-8").replace("\r\n ", "").replace("\n ", "")
            out.append(c.replace("\\n", "\n").replace("\\N", "\n").replace("\\,", ",").replace("\\;", ";")
                       .replace("\\\\", "\\"))
        elif ct.startswith("text/"):
            out.append(part_text(part))
        elif ct == DOCX:
            docx.Document(io.BytesIO(payload))
            acc, _deleted, comments = docx_parts(payload)
            out += [acc, comments]
            out += list(docx_hf_text(payload))
        elif ct == "application/pdf":
            r = PdfReader(io.BytesIO(payload))
            out += [p.extract_text() for p in r.pages]
    return re.sub(r"\s+", " ", "\n".join(out))

def body_text(msg):
    """Subject plus the inline text/plain and text/html parts (no attachments, no calendar)."""
    out = [str(msg["Subject"] or "")]
    for part in msg.walk():
        if part.is_multipart() or part.get_filename():
            continue
        ct = part.get_content_type()
        if ct == "text/html":
            out.append(html_text(part_text(part)))
        elif ct == "text/plain":
            out.append(part_text(part))
    return re.sub(r"\s+", " ", "\n".join(out))

def raw_part(raw, subtype, declared, cte, extra=None):
    """A text part whose bytes are `raw` (already in some charset) under the label `declared`.
    cte 8bit / 7bit: the bytes go into the message as they are (build(..., allow_8bit=True, enc="latin-1"))."""
    h = [("Content-Type", 'text/%s; charset="%s"' % (subtype, declared)), ("Content-Transfer-Encoding", cte)]
    if extra:
        h += extra
    if cte in ("8bit", "7bit"):
        body = raw.decode("latin-1")
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw, quotetabs=False).decode("ascii")
    else:
        body = b64lines(raw)
    return Part(h, body)

SOFT = "\x00"

def qp_soft(text, charset="utf-8", width=74):
    """Quoted-printable by hand: '\\x00' in `text` forces a soft line break ('=' + newline) at that point - inside
    a word or a name, as real encoders do when the 76-column limit falls there. Lines are also wrapped at `width`.
    Returns the encoded body; the decoded text is `text` without the markers (checked)."""
    out_lines = []
    for line in text.split("\n"):
        toks = []
        for ch_ in line:
            if ch_ == SOFT:
                toks.append(SOFT)
                continue
            b = ch_.encode(charset)
            if ch_ == "=" or any(x > 126 for x in b) or ch_ == "\t":
                toks.append("".join("=%02X" % x for x in b))
            else:
                toks.append(ch_)
        # trailing space must be encoded
        while toks and toks[-1] == SOFT:
            toks.pop()
        if toks and toks[-1] == " ":
            toks[-1] = "=20"
        cur = ""
        for t in toks:
            if t == SOFT:
                out_lines.append(cur + "=")
                cur = ""
                continue
            if len(cur) + len(t) > width:
                out_lines.append(cur + "=")
                cur = ""
            cur += t
        out_lines.append(cur)
    enc = "\n".join(out_lines) + "\n"
    assert quopri.decodestring(enc.encode()).decode(charset) == text.replace(SOFT, "") + "\n", "qp_soft round trip"
    return enc

def qp_soft_part(text, subtype="plain", charset="utf-8"):
    return Part([("Content-Type", 'text/%s; charset="%s"' % (subtype, charset)),
                 ("Content-Transfer-Encoding", "quoted-printable")], qp_soft(text, charset))

def tnef_blob(fname, attach_name, attach_data):
    """A small but well-formed TNEF stream (winmail.dat): signature 0x223E9F78, a key, message-level attributes
    (TNEF version, OEM code page, message class) and one attachment (rendering, title, data), each attribute with
    its 16-bit checksum."""
    def attr(level, aid, data):
        return (struct.pack("<BII", level, aid, len(data)) + data + struct.pack("<H", sum(data) & 0xFFFF))
    key = int(sha(fname, "tnefkey")[:4], 16)
    out = struct.pack("<IH", 0x223E9F78, key)
    out += attr(1, 0x00089006, struct.pack("<I", 0x00010000))                  # attTnefVersion
    out += attr(1, 0x00069007, struct.pack("<II", 1252, 0))                    # attOemCodepage
    out += attr(1, 0x00078008, b"IPM.Microsoft Mail.Note\x00")                 # attMessageClass
    out += attr(2, 0x00069002, struct.pack("<HIHHI", 1, 0xFFFFFFFF, 0, 0, 0))  # attAttachRendData
    out += attr(2, 0x00018010, attach_name.encode("cp1252") + b"\x00")         # attAttachTitle
    out += attr(2, 0x0006800F, attach_data)                                    # attAttachData
    return out

def tnef_part(fname, attach_name, attach_data):
    data = tnef_blob(fname, attach_name, attach_data)
    return Part([("Content-Type", 'application/ms-tnef; name="winmail.dat"'),
                 ("Content-Disposition", 'attachment; filename="winmail.dat"'),
                 ("Content-Transfer-Encoding", "base64")], b64lines(data))

def fake_pkcs7(fname, signer):
    """Bytes shaped like a DER PKCS#7 SignedData (SEQUENCE, OID 1.2.840.113549.1.7.2) with the signer's name in it;
    not a verifiable signature (nobody here holds a key), which is what a parser must cope with anyway."""
    oid = bytes.fromhex("06092a864886f70d010702")
    filler = hashlib.sha256((fname + "sig").encode()).digest() * 24 + signer.encode("ascii")
    inner = oid + b"\xa0\x82" + struct.pack(">H", len(filler)) + filler
    return b"\x30\x82" + struct.pack(">H", len(inner)) + inner

def smime_signed(fname, content, signer, n=9):
    sig_part = Part([("Content-Type", 'application/pkcs7-signature; name="smime.p7s"'),
                     ("Content-Transfer-Encoding", "base64"),
                     ("Content-Disposition", 'attachment; filename="smime.p7s"'),
                     ("Content-Description", "S/MIME Cryptographic Signature")], b64lines(fake_pkcs7(fname, signer)))
    return multipart("signed", [content, sig_part], bnd(fname, n),
                     params='; protocol="application/pkcs7-signature"; micalg=sha-256')

def rfc822_part(inner_top, inner_root, name=None):
    """A message/rfc822 part holding a whole message (headers + MIME body), as Outlook attaches an item."""
    head = "".join("%s: %s\n" % (k, v) for k, v in inner_top) + "MIME-Version: 1.0\n"
    h = [("Content-Type", "message/rfc822" + ('; name="%s"' % name if name else ""))]
    if name:
        h.append(("Content-Disposition", 'attachment; filename="%s"' % name))
    return Part(h, head + render(inner_root))

def gmail_html(paras, quote_html=""):
    body = "".join('<div>%s</div>' % (esc(p).replace("\n", "<br>") if p else "<br>") for p in paras)
    return '<div dir="ltr">%s</div>%s\n' % (body, quote_html)

def apple_html(text):
    paras = [esc(l) if l else "<br>" for l in text.split("\n")]
    return ('<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; '
            'charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; '
            'line-break: after-white-space;">' + "".join("<div>%s</div>" % p for p in paras) + "</body></html>\n")

def mobile_outlook_html(text, platform):
    paras = [esc(l) if l else "<br>" for l in text.split("\n")]
    link = {"Android": "https://aka.ms/AAb9ysg", "iOS": "https://aka.ms/o0ukef"}[platform]
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="ltr">' + "".join('<div style="font-family: Aptos, sans-serif; font-size: 12pt;">%s</div>' % p
                                        for p in paras)
            + '<div id="ms-outlook-mobile-signature"><div><br></div>Get <a href="%s">Outlook for %s</a></div>'
              '</div></body></html>\n' % (link, platform))

def a_words(text):
    return ALARM.findall(text)

ALARM = re.compile(r"(?i)\b(urgent\w*|immediate\w*|risk\w*|safeguard\w*|danger\w*|child[\s-]+protection)\b")


# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

TEAMS_BLOCK = T("""
________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ODk0ZTQtNTJm%40thread.v2/0>
Meeting ID: 318 442 907 115
Passcode: q7XbPe
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
""")

def knowsley_01():
    """The request lives in the invitation's DESCRIPTION; the mail bodies carry only the Teams join block."""
    f = "knowsley_01.eml"; when = "2050-10-26 14:12:37"
    desc = T("""
Step up request to CSC - O'Dowd family

Case ID on EHM: EHM-77215

Children:
Niamh O'Dowd - DOB 11/03/2039
Ciarán O'Dowd - DOB 27/08/2044

What are we worried about?
Home conditions have gone backwards since the summer. On three of my last four visits there was no food in the house apart from cereal; Ciarán (6) has had head lice since September and the school nurse has seen him twice for the same infected scratches. Mum's depression is worse - she is often still in bed when the children leave for school. The GCP2 I completed on 12/10/2050 scores 4 for physical care and for safety.

What is working well?
Both children are at school every day (Niamh 96%, Ciarán 94%). Mum has re-registered with her GP and has an appointment on 04/11/2050. Maternal aunt (Sinéad) visits on Sundays.

What needs to happen?
A C&F assessment by CSC; a referral to perinatal / adult mental health via the GP; school to continue breakfast club.

Management oversight: my team manager, Gareth Lunt, discussed the step up with me in supervision on Monday and agreed it.

Attached to this invite: FF Step Up request form (Appendix 1), minutes of the TAF held 19/10/2050, and the GCP2.

Mum knows I am asking for a social worker and has been invited to this meeting.

Shauna Kilbride
Family First Case Manager | Family First 0-18 (Kirkby) | Knowsley Council
0151 496 0631

""") + TEAMS_BLOCK
    organizer = ("Kilbride, Shauna", "Shauna.Kilbride@" + KDOM)
    cal = ics("REQUEST", f, dt(when), "20501102T100000", "20501102T110000",
              "Step up TAF - O'Dowd family - EHM-77215", "Microsoft Teams Meeting", desc, organizer,
              [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH business support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("Lunt, Gareth", "Gareth.Lunt@" + KDOM, "OPT-PARTICIPANT", "NEEDS-ACTION")],
              extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ODk0ZTQtNTJm%40thread.v2/0"])
    cal_part = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST'),
                     ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    alt = multipart("alternative", [text_part(TEAMS_BLOCK, crlf=True),
                                    text_part(html_of(TEAMS_BLOCK), "html", crlf=True), cal_part], bnd(f, 2))
    form = docx_att("FF Step Up request - O'Dowd.docx", appendix1([
        ("Case ID on EHM:", "EHM-77215"),
        ("Child/ren:", "Niamh O'Dowd (11/03/2039); Ciarán O'Dowd (27/08/2044)"),
        ("What are we worried about?", "Home conditions, food, Ciarán's untreated head lice and infected scratches, mum's low mood; Niamh caring for her brother in the mornings."),
        ("What is working well?", "Attendance; mum re-registered with GP; aunt visits on Sundays."),
        ("What needs to happen?", "C&F assessment; GP / adult mental health referral; breakfast club."),
        ("Graded Care Profile:", "GCP2 completed 12/10/2050 - see attached, scores 4 for physical care and safety."),
        ("Team Manager agreement:", "Discussed and agreed - G. Lunt, 24/10/2050"),
        ("Recent TAF meeting minutes attached:", "Yes (19/10/2050)"),
        ("Date of step up TAF meeting:", "Wednesday 2 November 2050, 10:00, Teams")]))
    taf = pdf_att("TAF minutes 19.10.50 - O'Dowd.pdf", "Team Around the Family - minutes - 19/10/2050",
                  ["Family: O'Dowd (EHM-77215). Present: mum, Shauna Kilbride (FF), St Columba's Primary, school nurse.",
                   "Progress: food parcels taken up twice; mum has not attended GP; head lice treatment not done.",
                   "Agreed: case manager to discuss step up with team manager."])
    gcp = pdf_att("GCP2 - O'Dowd - Oct 2050.pdf", "Graded Care Profile 2 - summary",
                  ["Completed 12/10/2050 by Shauna Kilbride with mum.",
                   "Physical care: 4. Safety: 4. Love and care: 2. Stimulation and education: 3."])
    root = multipart("mixed", [alt, form, taf, gcp], bnd(f, 1))
    top = outlook_top(f, addr(*organizer), addr("Knowsley MASH", KMASH), "Step up TAF - O'Dowd family - EHM-77215",
                      when, cc=addr("MASH business support", KBS),
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    add(f, build(top, root, True), "knowsley", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["EHM-77215"],
        [ch("Niamh O'Dowd", "2039-03-11", "11/03/2039"), ch("Ciarán O'Dowd", "2044-08-27", "27/08/2044")],
        ["neglect", "parental_mental_health"], None, True, [], True, "book_meeting",
        "CALENDAR INVITATION WHOSE DESCRIPTION HOLDS THE REQUEST: the Family First case manager's Teams invitation "
        "(iTIP REQUEST) to the MASH inbox and MASH business support, as Knowsley's protocol says the case manager "
        "arranges the step-up TAF; the text and HTML bodies carry only the Teams join block, every fact is in the "
        "VEVENT DESCRIPTION and the attachments. Step-up form (.docx), TAF minutes and GCP2 attached (neglect -> gcp2 "
        "met); 'Case ID on EHM: EHM-77215'; TM 'discussed ... and agreed it' -> manager true; mum 'knows' and is "
        "invited -> consent null. Names with an apostrophe and an accent (Ciarán). NOTICE ACROSS THE END OF BST: "
        "sent Wed 26 Oct (+0100), DTSTART 2 Nov 10:00 GMT Standard Time (+0000) -> working days 27, 28, 31 Oct, 1, "
        "2 Nov = exactly 5 -> ok -> book_meeting. 12/10/2050 and 04/11/2050 are not DOBs.",
        meeting=date(2050, 11, 2), not_children=["Shauna Kilbride", "Gareth Lunt"])

def knowsley_02():
    """Apple Mail (iPad): multipart/alternative, QP text + Apple HTML."""
    f = "knowsley_02.eml"; when = "2050-12-15 08:55:12"
    text = T("""
Hi Family First,

Step down at level 3 for the Kerrigan children, ICS ID 2210574.

Tayla-Mai Kerrigan, DOB 4/6/2042
Alfie Kerrigan, DOB 30/10/2046

Joint home visit: Wednesday 21st December at 1.30pm, at home - 7 Larchwood Close, Kirkby, L32 9ZQ.

Mum has agreed to Family First on one condition - that the case manager isn't a man (she's had a bad experience with a male worker in the past). She signed the consent form at the CIN review on Monday.

What are we worried about?
Home conditions slip when mum's mood is low. Alfie had two teeth out in November because of decay. Mum is on sertraline and her mood goes down in winter.

What is working well?
The house has been clean at my last four visits. Tayla-Mai is doing well at school and mum is taking Alfie to the dentist.

What needs to happen?
A case manager to carry on the routines plan, dental follow-up for Alfie, mum to keep going to Talking Therapies.

I know it's tight before Christmas - sorry!

Bronagh

Bronagh McGuinness
Social Worker | CIN Team (Kirkby) | Knowsley Council

Sent from my iPad
""")
    alt = multipart("alternative", [text_part(text), text_part(apple_html(text), "html")],
                    "Apple-Mail=_%s" % sha(f, "apple")[:8].upper() + "-" + sha(f, "apple2")[:4].upper())
    top = plain_top(f, addr("Bronagh McGuinness", "Bronagh.McGuinness@" + KDOM),
                    addr("FamilyFirst0-18DutyMailbox", KFF), "Step down L3 - Kerrigan - joint home visit", when,
                    KDOM, "iPad Mail (22C150)")
    add(f, build(top, alt, False), "knowsley", "early_help_duty", when, 2,
        "ordinary", "step_down", False, 3, ["2210574"],
        [ch("Tayla-Mai Kerrigan", "2042-06-04", "4/6/2042"), ch("Alfie Kerrigan", "2046-10-30", "30/10/2046")],
        ["neglect", "parental_mental_health"], True, None, [], False, "request_info",
        "APPLE MAIL (iPad), multipart/alternative with a QP text part and Apple's <div> HTML. Level 3 step-down "
        "(written 'level 3'); all three Signs of Safety headings answered; joint home visit with date, time and "
        "address. Consent with a condition ('agreed to Family First on one condition ... She signed the consent "
        "form') -> true. 'ICS ID 2210574' -> '2210574'. NOTICE, TODAY EXCLUDED: sent Thu 15 Dec, visit Wed 21 Dec "
        "-> working days Fri 16, Mon 19, Tue 20, Wed 21 = 4 < 5 (DESIGN: today < d <= meeting; a count that "
        "includes today says 5) -> not ok -> request_info. DOBs written d/m/yyyy without leading zeros.",
        meeting=date(2050, 12, 21), not_children=["Bronagh McGuinness"])

def knowsley_03():
    """Outlook for Android: multipart/alternative, both parts base64."""
    f = "knowsley_03.eml"; when = "2050-12-02 12:31:08"
    text = T("""
Hello,

Please accept this as notice of a step down to level 2 for Shay Finnegan (DOB 2040-02-19), ICS: 2198834.

Final CIN meeting: Friday 9th December, 10am, St Aidan's Catholic Primary (family room), Huyton.

Mrs Claire Ashworth, Pastoral Lead at St Aidan's Catholic Primary, has agreed to take over as Lead Practitioner. Dad has consented to level 2 support through school.

What are we worried about: Shay's attendance is 84% and he has angry outbursts in class after dad misses contact with him.

What needs to happen: school-led TAF every 6 weeks; Shay to keep his weekly sessions with the learning mentor; dad to be supported to keep contact regular.

Thanks
Oluwaseun Bakare
Social Worker, Huyton CIN team
""")
    alt = multipart("alternative", [text_part(text, cte="base64", crlf=True),
                                    text_part(mobile_outlook_html(text, "Android"), "html", cte="base64", crlf=True)],
                    bnd(f, 1))
    top = outlook_top(f, addr("Bakare, Oluwaseun", "Oluwaseun.Bakare@" + KDOM), addr("FF Duty", KFF),
                      "Step down to level 2 - Finnegan", when)
    add(f, build(top, alt, True), "knowsley", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 2, ["2198834"],
        [ch("Shay Finnegan", "2040-02-19", "2040-02-19")],
        ["school_attendance"], True, None, ["worries_strengths_next"], True, "request_info",
        "OUTLOOK FOR ANDROID, both alternatives base64. Level 2 step-down: lead practitioner named with her agency "
        "(Pastoral Lead, St Aidan's) and the final CIN meeting with date, time and venue, but only two of the three "
        "Signs of Safety headings ('what is working well' is absent) -> worries_strengths_next missing -> "
        "request_info. 'ICS: 2198834' -> the bare number. Dad 'has consented' -> true (not required at level 2 by "
        "the CIN route). Notice: Fri 2 Dec -> Fri 9 Dec = 5 working days -> ok. Attendance 84% -> school_attendance.",
        meeting=date(2050, 12, 9), not_children=["Claire Ashworth", "Oluwaseun Bakare"])

def knowsley_04():
    """Outlook iTIP REPLY DECLINED whose comment is the disclosure."""
    f = "knowsley_04.eml"; when = "2050-11-14 11:47:53"
    comment = ("Sorry, I can't make Wednesday. I'm writing this from A&E at Whiston with Kyla Hughes. She came into "
               "school this morning holding her left arm against her chest; it is swollen and bent just above the "
               "wrist and the X-ray shows a spiral fracture of the forearm. She told our first aider \"Dean twisted "
               "it because I wouldn't get off the Xbox\". Dean is mum's boyfriend. Mum says Kyla fell off the sofa, "
               "and Dean is coming to pick Kyla up from here once the cast is on, about 2pm. I've told mum I'm "
               "emailing you. Mrs J. Whitty, Deputy Head, Stockbridge Lane Primary, 0151 496 0844")
    data = itip_reply(f, when, "Whitty, Joanne", "j.whitty@stockbridgelane.example.org", ("Knowsley MASH", KMASH),
                      "DECLINED", "Step up TAF - Hughes - EHM-80417", "20501116T133000", "20501116T143000",
                      "Microsoft Teams Meeting", comment=comment)
    add(f, data, "knowsley", "mash_step_up", when, 2,
        "urgent", "meeting_reply", True, None, ["EHM-80417"], [ch("Kyla Hughes")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A DECLINED MEETING INVITATION WHOSE COMMENT IS THE RISK (DESIGN safety rule 1: 'a meeting reply's comment' "
        "is read): a spiral fracture of a child's forearm, her own words 'Dean twisted it', and mum's boyfriend "
        "collecting her from A&E at 2pm today -> urgent -> alert_duty, though the kind stays meeting_reply (iTIP "
        "REPLY). No alarm words. Case id from the SUMMARY. Kyla has no DOB.",
        not_children=[])

def knowsley_05():
    """A forward holding a message/rfc822 that itself holds the school's original as message/rfc822."""
    f = "knowsley_05.eml"; when = "2050-09-19 08:34:20"
    teacher = T("""
Hi Pauline,

Can you pass this on to whoever deals with it - I don't know where it goes and Mr Heaney is out.

Rio Donnelly (4B) came to me at lunch. He has a cut on his bottom lip and a bruise along his jaw on the left. He said: "my dad puts his hand over my mouth when he hits mum so I don't wake Lola up". He said dad told him if he tells anyone he will never see his mum again. He asked me if he has to go home tonight.

His mum picked him up at 3.15 with dad in the car.

Thanks
Megan Roscoe
Year 4 teacher
""")
    inner_top = [("From", addr("Megan Roscoe", "m.roscoe@brookfieldpark.example.org")),
                 ("To", addr("Pauline Jessop", "office@brookfieldpark.example.org")),
                 ("Subject", "concern - year 4"), ("Date", email.utils.format_datetime(dt("2050-09-16 15:52:10"))),
                 ("Message-ID", msgid(f + "-inner", "brookfieldpark.example.org"))]
    inner = text_part(teacher)
    office = T("""
Leanne - Rio's family is one of yours isn't it? See below from Miss Roscoe on Friday. I've put it in the log.

Pauline Jessop
Office Manager, Brookfield Park Primary
""")
    mid_top = [("From", addr("Pauline Jessop", "office@brookfieldpark.example.org")),
               ("To", addr("Tully, Leanne", "Leanne.Tully@" + KDOM)),
               ("Subject", "Fwd: concern - year 4"), ("Date", email.utils.format_datetime(dt("2050-09-16 16:40:02"))),
               ("Message-ID", msgid(f + "-mid", "brookfieldpark.example.org"))]
    mid = multipart("mixed", [text_part(office), rfc822_part(inner_top, inner, "concern - year 4.eml")], bnd(f, 3))
    outer = T("""
Morning,

This was sitting in my junk folder from Friday afternoon, sorry - forwarding it exactly as the school sent it. I don't think it went anywhere else. I've rung the school and Rio is in today.

Leanne Tully
Family First Case Manager | Knowsley Council
0151 496 0712

""") + KDISC
    root = multipart("mixed", [text_part(outer, crlf=True), rfc822_part(mid_top, mid, "Fwd concern - year 4.eml")],
                     bnd(f, 1))
    top = outlook_top(f, addr("Tully, Leanne", "Leanne.Tully@" + KDOM), addr("Knowsley MASH", KMASH),
                      "FW: Fwd: concern - year 4", when)
    add(f, build(top, root, True), "knowsley", "mash_step_up", when, 4,
        "urgent", "other", True, None, [], [ch("Rio Donnelly")],
        ["domestic_abuse", "physical_harm"], None, None, [], None, "alert_duty",
        "THE RISK IS ONLY IN A FORWARDED message/rfc822 INSIDE ANOTHER FORWARDED message/rfc822: the case "
        "manager's top text says only that a school mail sat in junk since Friday; the teacher's original, two "
        "levels down, has a 9-year-old's cut lip and jaw bruise and his own words about dad hitting him and mum, "
        "a threat to keep quiet, and he is in school today and goes home to dad at 3.15 -> urgent (safety rule 1: "
        "forwarded history is read). No alarm words. Lola (first name only) is not labelled. Not a step request "
        "-> other.",
        not_children=["Megan Roscoe", "Pauline Jessop", "Leanne Tully"])

def knowsley_06():
    """Newsletter: HTML-only (multipart/related with the logo), tables, a tracking pixel, List-Id, Precedence bulk."""
    f = "knowsley_06.eml"; when = "2050-10-04 10:00:04"
    logo, cid = inline_png(f, "kscp-logo.png", 1, (0, 84, 122), 160, 48)
    rows = [
        ("Practice spotlight", "A two-year-old left alone overnight: what the review learned. (Anonymised; the "
         "review concluded in 2048 and the child has lived with family since.)"),
        ("7-minute briefing", "Spiral fractures and bruising in non-mobile babies: 'those who don't cruise rarely "
         "bruise'. Any injury to a baby who is not yet mobile needs an immediate conversation with MASH."),
        ("Scenario for your team meeting", "A Year 6 pupil tells you: 'my stepdad hurt me and said not to tell'. "
         "What do you say next? Who do you ring? What do you write down? (Fictional - for discussion only.)"),
        ("Dates", "Multi-agency neglect training: 17 November, Huyton Hub. Exploitation awareness: 1 December, "
         "online."),
    ]
    table = "".join('<tr><td width="180" valign="top" style="padding:6px;background:#E6F0F4"><b>%s</b></td>'
                    '<td valign="top" style="padding:6px">%s</td></tr>\n' % (esc(a), esc(b)) for a, b in rows)
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n'
         '<table width="600" cellpadding="0" cellspacing="0" border="0" align="center">\n'
         '<tr><td colspan="2"><img src="cid:%s" width="160" height="48" alt="Knowsley Safeguarding Children '
         'Partnership"></td></tr>\n<tr><td colspan="2"><h2 style="font-family:Arial">KSCP Practice Bulletin - '
         'October 2050</h2></td></tr>\n%s<tr><td colspan="2" style="font-size:9pt;color:#777">You are receiving '
         'this because you work with children in Knowsley. <a href="https://lists.example.org/unsub/kscp">'
         'Unsubscribe</a></td></tr>\n</table>\n<img src="https://track.example.org/o/%s.gif" width="1" height="1" '
         'alt="" style="display:block;border:0">\n</body></html>\n' % (cid, table, sha(f, "px")[:20]))
    root = related_html(f, h, [logo], n=1)
    top = plain_top(f, addr("KSCP Bulletin", "bulletin@kscp.example.org"), addr("Family First Duty", KFF),
                    "KSCP Practice Bulletin - October 2050", when, "kscp.example.org", None,
                    extra=[("List-Id", "KSCP practice bulletin <bulletin.kscp.example.org>"),
                           ("List-Unsubscribe", "<https://lists.example.org/unsub/kscp>, <mailto:unsubscribe@kscp.example.org>"),
                           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                           ("Precedence", "bulk")])
    add(f, build(top, root, True), "knowsley", "early_help_duty", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEWSLETTER (List-Id, List-Unsubscribe, Precedence: bulk), HTML-only in multipart/related with an inline "
        "logo, a layout table and a 1x1 tracking pixel. Full of risk words - a toddler left alone, fractures in "
        "babies, 'an immediate conversation with MASH', a child's quoted words - but every one is a review from "
        "2048, a briefing or a fictional discussion scenario (safety rule 1: bulletins that list examples must not "
        "trigger) -> not urgent; DESIGN lists a newsletter as other -> human_review. No child, no concerns.")

def knowsley_07():
    """An Outlook recall."""
    f = "knowsley_07.eml"; when = "2050-11-08 15:21:44"
    subj = "Step up request - Ashworth family - risk assessment and chronology"
    body = 'Sefton, Jodie would like to recall the message, "%s".\n' % subj
    top = outlook_top(f, addr("Sefton, Jodie", "Jodie.Sefton@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Recall: " + subj, when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 1,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "OUTLOOK RECALL MESSAGE ('Recall: ...', 'would like to recall the message'): it carries no request and "
        "describes no child; the words 'risk assessment' are in the recalled subject only -> not urgent, other -> "
        "human_review (business support should see that a recall arrived). Not an auto-reply: a person pressed "
        "Recall, and Outlook sends no Auto-Submitted header.")

def knowsley_08():
    """Gmail web (Google Workspace school) reply to the stepbot acknowledgement, with a gmail_quote."""
    f = "knowsley_08.eml"; when = "2050-10-28 09:12:15"
    ref = "[SB-knowsley-1042]"
    new = [ "Dear MASH,", "",
            "I will attend the step up TAF for the O'Dowd family on Wednesday 2nd November (I am Niamh's class teacher and the school DSL is away).",
            "",
            "I attach Niamh O'Dowd's attendance and punctuality record for this half term, as asked at the last TAF. Her attendance is 96% and she is settled in class.",
            "", "Kind regards,", "Aoife Brannagh", "Year 6 teacher, St Columba's Catholic Primary School"]
    quoted_ack = ack_text("step-up", ref, ["Family: O'Dowd (EHM-77215)", "Meeting: Wednesday 2 November 2050 10:00 (Teams)"], [])
    qtext = "On Wed, 26 Oct 2050 at 14:20, Knowsley MASH <%s> wrote:\n" % KMASH + quoted(quoted_ack)
    text = "\n".join(new) + "\n\n" + qtext
    qhtml = ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Wed, 26 Oct 2050 at 14:20, Knowsley '
             'MASH &lt;<a href="mailto:%s">%s</a>&gt; wrote:<br></div><blockquote class="gmail_quote" '
             'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote>'
             '</div>' % (KMASH, KMASH, esc(quoted_ack).replace("\n", "<br>")))
    alt = multipart("alternative", [text_part(text, charset="UTF-8"), text_part(gmail_html(new, qhtml), "html", charset="UTF-8")],
                    gbnd(f, 2))
    att = pdf_att("Attendance - Niamh O'Dowd - autumn 1.pdf", "St Columba's - attendance and punctuality",
                  ["Pupil: Niamh O'Dowd (Year 6). Attendance 96.1%. Late marks: 1."])
    root = multipart("mixed", [alt, att], gbnd(f, 1))
    top = [("From", addr("Aoife Brannagh", "a.brannagh@stcolumbas.example.org")), ("To", addr("Knowsley MASH", KMASH)),
           ("Subject", hdr("Re: %s Step up TAF - O'Dowd family - EHM-77215" % ref)),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", "<CAF%s@mail.gmail.com>" % sha(f, "g")[:30]),
           ("In-Reply-To", msgid(f + "ack", "stepbot.invalid")), ("References", msgid(f + "ack", "stepbot.invalid"))]
    add(f, build(top, root, False), "knowsley", "mash_step_up", when, 3,
        "ordinary", "follow_up", False, None, ["EHM-77215"], [ch("Niamh O'Dowd")],
        [], None, None, [], None, "attach_to_request",
        "GMAIL WEB (Google Workspace school): text + HTML with a gmail_quote blockquote of stepbot's acknowledgement; "
        "[SB-knowsley-1042] in the subject -> follow_up -> attach_to_request (the attendance PDF joins knowsley_01's "
        "request). Attendance 96% is good -> no school_attendance; the mail itself states no worry -> concerns []. "
        "Ciarán is not named here.",
        not_children=["Aoife Brannagh"])


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    """Outlook with TNEF: a readable windows-1252 text part beside winmail.dat."""
    f = "richmond_wandsworth_01.eml"; when = "2050-09-14 10:02:26"
    body = T("""
Dear MASH colleagues,

Following a reflective discussion with Sam Oduya (Early Help Practitioner) yesterday, the plan is to step the McAllister-Kaur family up to Children's Services. I agree with the step up as Early Help Team Manager. The latest case summary and the rationale are below; the genogram is attached.

Children:
Róisín McAllister-Kaur – DOB 03/02/2041
Dev McAllister-Kaur – DOB 19/12/2045
Mosaic ID 3318207

LATEST CASE SUMMARY
Early Help has worked with the family since March under a TAF. Mum's drinking has increased since her mother died in June: Róisín (9) told Sam she makes Dev's tea "most nights" and puts him to bed because mum is asleep on the sofa. Róisín's attendance has fallen to 79% this year. Mum engaged with the alcohol service twice and then stopped. Dad lives in Leeds and has no contact.

RATIONALE FOR STEP UP
Six months of Early Help support have not changed things for the children: mum's drinking is getting worse, Róisín is caring for her brother and her mum most evenings, and the plan's actions have not been kept. The family needs a statutory assessment. Mum agrees to the step up.

Kind regards

Priyanka Sandhu
Early Help Team Manager (Putney & Roehampton) | Richmond and Wandsworth Councils
020 7946 0612

""") + RDISC
    text = Part([("Content-Type", 'text/plain; charset="windows-1252"'),
                 ("Content-Transfer-Encoding", "quoted-printable")], qp(body, "windows-1252"))
    geno = make_png(240, 160, (250, 250, 250))
    root = multipart("mixed", [text, tnef_part(f, "Genogram - McAllister-Kaur.png", geno)], bnd(f, 1))
    top = outlook_top(f, addr("Sandhu, Priyanka", "Priyanka.Sandhu@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - McAllister-Kaur - Mosaic 3318207", when,
                      cc=addr("Oduya, Sam", "Sam.Oduya@" + RDOM))
    top = [(k, "TNEF-Correlator <%s>" % sha(f, "tnef")[:24] if k == "X-MS-TNEF-Correlator" else v) for k, v in top]
    top = [(k, "yes" if k == "X-MS-Has-Attach" else v) for k, v in top]
    add(f, build(top, root, True), "richmond_wandsworth", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["3318207"],
        [ch("Róisín McAllister-Kaur", "2041-02-03", "03/02/2041"), ch("Dev McAllister-Kaur", "2045-12-19", "19/12/2045")],
        ["school_attendance", "substance_misuse", "young_carer"], True, True, [], None, "book_meeting",
        "TNEF: Outlook's winmail.dat (application/ms-tnef, holding only the genogram) beside a readable "
        "windows-1252 quoted-printable text part (curly dashes =96, accented Róisín). The Early Help Team Manager "
        "sends it (R&W step-up: 'the Early Help Team Manager will email ... the latest case summary and the "
        "rationale') with both under their own headings in the body -> case_summary and rationale met; 'I agree with "
        "the step up as Early Help Team Manager' -> manager true; 'Mum agrees to the step up' -> consent true; "
        "'Mosaic ID 3318207' -> '3318207'. Mum's drinking, Róisín caring, 79% -> substance_misuse, young_carer, "
        "school_attendance. Complete -> book_meeting. The winmail.dat must not be counted as a refused document.",
        not_children=["Priyanka Sandhu", "Sam Oduya"])

def richmond_wandsworth_02():
    """S/MIME: multipart/signed (detached signature) around multipart/mixed."""
    f = "richmond_wandsworth_02.eml"; when = "2050-10-11 16:05:49"
    body = T("""
Hi Early Help duty,

Following my call with Jasper Quint this morning we agreed a step-down case discussion on Monday 17 October at 11:00 on Teams.

Family: Adeyemi, Mosaic 3290114
Kemi Adeyemi DOB 22.01.2038
Tobi Adeyemi DOB 09.09.2043

Attached are the latest case summary and the draft Early Help plan.

Consent: Ms Adeyemi has declined Early Help. She says she will manage with the support school already gives. I have explained what Early Help could offer and she may think again after the case discussion, but at the moment it is a no.

Current needs: Tobi is waiting for an autism assessment (referred by school in May) and has an EHC needs assessment in progress.

Tomasz

Tomasz Wiśniewski
Social Worker | Family Support and Safeguarding (Wandsworth) | Richmond and Wandsworth Councils

""") + RDISC
    inner = multipart("mixed", [text_part(body, crlf=True),
                                pdf_att("Case summary - Adeyemi - Oct 2050.pdf", "Latest case summary - Adeyemi",
                                        ["Referral May 2050 (school): Kemi's low mood; Tobi's needs at home.",
                                         "C&F assessment completed 30/09/2050: no further CSC role; EH recommended."]),
                                docx_att("Draft Early Help plan - Adeyemi.docx",
                                         ["# Draft Early Help plan", "Tobi: autism pathway, EHC needs assessment.",
                                          "Kemi: school counsellor weekly."])], bnd(f, 2))
    root = smime_signed(f, inner, "Tomasz Wisniewski")
    top = outlook_top(f, addr("Wiśniewski, Tomasz", "Tomasz.Wisniewski@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Adeyemi - case discussion Mon 17/10", when)
    add(f, build(top, root, True), "richmond_wandsworth", "early_help_duty", when, 2,
        "ordinary", "step_down", False, None, ["3290114"],
        [ch("Kemi Adeyemi", "2038-01-22", "22.01.2038"), ch("Tobi Adeyemi", "2043-09-09", "09.09.2043")],
        ["disability_send"], False, None, ["consent"], None, "request_info",
        "S/MIME SIGNED (multipart/signed, protocol application/pkcs7-signature, detached smime.p7s) around a "
        "multipart/mixed with the text, the case summary PDF and the draft plan .docx: the signature part is not a "
        "document and the signed content must be read. Step-down with the case discussion agreed with the duty "
        "manager; case summary and draft plan met; 'Ms Adeyemi has declined Early Help ... at the moment it is a "
        "no' -> consent FALSE (a stated refusal) -> consent missing -> request_info. Sender name in an encoded-word "
        "(Wiśniewski). 'Mosaic 3290114' -> the number. Autism assessment / EHC -> disability_send.",
        not_children=["Tomasz Wiśniewski", "Jasper Quint"])

def richmond_wandsworth_03():
    """Outlook Word HTML + text twin; the PS is the risk."""
    f = "richmond_wandsworth_03.eml"; when = "2050-12-01 09:41:03"
    blocks = ["Hi Jasper,", "",
              "As agreed on the phone yesterday, confirming the step-down case discussion for the Kellett-Brown children on Monday 5 December at 2pm (Teams).",
              "",
              "Mason Kellett-Brown (DOB 14/05/2046) and Ava Kellett-Brown (DOB 02/02/2049), Mosaic ID 3402981.",
              "",
              "Mum consented to Early Help carrying on the plan at the CIN review on 24 November. The latest case summary and the draft Early Help plan are attached. Mum's low mood is the main thing the plan is built around - she has a new GP and is on a waiting list for talking therapy.",
              "", "Thanks,", "Harriet", "",
              "Harriet Oyelowo", "Social Worker | Child in Need (Richmond) | Richmond and Wandsworth Councils", "",
              "{{PS}} - just as I was about to send this mum rang me. She said she took \"all of them, the whole box\" of her mirtazapine about an hour ago. She was slurring and then stopped answering. Mason and Ava are at home with her - Ava is not at nursery today. I'm driving over from Roehampton now and have asked the office to ring an ambulance to 31 Cedar Mews, Richmond TW9 9ZD."]
    atts = [pdf_att("Case summary - Kellett-Brown.pdf", "Latest case summary - Kellett-Brown",
                    ["CIN since June 2050: mum's low mood after Ava's birth; routines now in place.",
                     "Children well presented; Mason settled at school."]),
            docx_att("Draft EH plan - Kellett-Brown.docx", ["# Draft Early Help plan", "Mum: GP and talking therapy.",
                                                             "Ava: nursery 3 days."])]
    top = outlook_top(f, addr("Oyelowo, Harriet", "Harriet.Oyelowo@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Kellett-Brown - case discussion Mon 5 Dec", when,
                      cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    add(f, word_mail(f, top, blocks, atts), "richmond_wandsworth", "early_help_duty", when, 2,
        "urgent", "step_down", True, None, ["3402981"],
        [ch("Mason Kellett-Brown", "2046-05-14", "14/05/2046"), ch("Ava Kellett-Brown", "2049-02-02", "02/02/2049")],
        ["parental_mental_health"], True, None, [], None, "alert_duty",
        "A COMPLETE ROUTINE STEP-DOWN WHOSE PS IS THE RISK: after the signature, mum has just taken a whole box of "
        "mirtazapine, is slurring and has stopped answering, with a 4-year-old and a 1-year-old at home with her -> "
        "a carer incapacitated with young children now -> urgent -> alert_duty (safety rule 1). No alarm words. "
        "Otherwise complete (consent at the CIN review, summary + plan attached). Outlook Word HTML with a QP "
        "text twin.",
        not_children=["Harriet Oyelowo"])

def richmond_wandsworth_04():
    """Windows Live Mail: cp1252 bytes sent raw (8bit) under a utf-8 label."""
    f = "richmond_wandsworth_04.eml"; when = "2050-11-25 21:38:40"
    text = T("""
Hello,

I didn’t know who else to email, I found this address on the school newsletter that came through my door.

The little girl from the flat downstairs (12 Alder Court, Battersea) – Maisie, she’s about 4 – has been on the landing in just a t‑shirt and knickers since about 8 o’clock, banging on her own front door. It’s 2°C out tonight. Her mum let the boyfriend back in last week and they’re both out of it – I can smell it coming up through the floor and I’ve heard glass going.

I’ve brought her up to mine and given her some toast but he’s been up the stairs twice shouting that she’s to come back down. I’m 74 and on my own here.

My number is 07700 900 418.

Dot Fairbrass (Mrs)
Flat 16, Alder Court
""").replace("\u2011", "-")
    raw = text.replace("\n", "\r\n").encode("cp1252")
    root = raw_part(raw, "plain", "utf-8", "8bit")
    top = plain_top(f, addr("Dot Fairbrass", "dot.fairbrass@example.net"), addr(None, RED),
                    "the little girl downstairs", when, "example.net", "Microsoft Windows Live Mail 16.4.3528.331",
                    extra=[("X-MimeOLE", "Produced By Microsoft MimeOLE V16.4.3528.331")])
    add(f, build(top, root, False, allow_8bit=True, enc="latin-1"), "richmond_wandsworth", "early_help_duty", when, 6,
        "urgent", "other", True, None, [], [], ["neglect", "substance_misuse"], None, None, [], None, "alert_duty",
        "A MEMBER OF THE PUBLIC WRITING TO THE WRONG INBOX at 21:38 on a Friday, in windows-1252 bytes sent 8bit "
        "under a charset=\"utf-8\" label (curly apostrophes 0x92, en dashes 0x96, '2°C' 0xB0 are invalid UTF-8): a "
        "4-year-old shut out on a landing at night, both adults intoxicated, the boyfriend demanding her back, an "
        "elderly neighbour alone with her -> urgent -> alert_duty (out of hours: EDT). No alarm words. Maisie has "
        "no surname -> children []. Not a step request -> other.",
        not_children=["Dot Fairbrass"])

def richmond_wandsworth_05():
    """A training invitation (iTIP REQUEST) whose DESCRIPTION is full of scenarios."""
    f = "richmond_wandsworth_05.eml"; when = "2050-09-21 12:15:30"
    desc = T("""
Learning lunch: recognising immediate risk in step-down cases

Bring your lunch - we will work through three short scenarios in small groups. All scenarios are fictional and written for training.

Scenario 1: A health visitor finds a 9-week-old baby with a torn frenulum and a bruise on the ear. Mum's partner says the baby fell off the sofa.
Scenario 2: A 13-year-old tells her youth worker she is being picked up tonight by an older man who buys her vodka.
Scenario 3: A mum rings her social worker to say she has taken an overdose; her two children are with her.

For each: what would you do in the next 15 minutes? Who do you call? What goes in the record?

Facilitator: Learning and Development, Richmond and Wandsworth Councils
""")
    organizer = ("Learning and Development", "learning.development@" + RDOM)
    cal = ics("REQUEST", f, dt(when), "20501013T123000", "20501013T133000",
              "Learning lunch: recognising immediate risk in step-down cases", "Room 3.12, Wandsworth Town Hall",
              desc, organizer, [("Early Help Duty", RED, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                ("Early Help managers", "eh.managers@" + RDOM, "OPT-PARTICIPANT", "NEEDS-ACTION")])
    top = outlook_top(f, addr(*organizer), addr("Early Help Duty", RED),
                      "Learning lunch: recognising immediate risk in step-down cases", when,
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    add(f, itip_request_mail(f, top, desc, cal), "richmond_wandsworth", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "A TRAINING INVITATION (iTIP REQUEST) WHOSE DESCRIPTION LISTS EXAMPLE SCENARIOS - a baby with a torn "
        "frenulum, a 13-year-old picked up tonight, a mother's overdose - all 'fictional and written for training' "
        "(safety rule 1: bulletins that list examples must not trigger) -> not urgent. An invitation REQUEST is not "
        "a meeting_reply; not a step request -> other -> human_review.")

def richmond_wandsworth_06():
    """Quoted-printable with soft line breaks inside words and names; a hypothetical."""
    f = "richmond_wandsworth_06.eml"; when = "2050-11-07 14:20:11"
    S = SOFT
    text = (
        "Dear MASH,\n\n"
        "Please see below the latest case summary and the rationale to step up the Whitfield-" + S + "Nunes family "
        "to Children's Services, following our reflective discussion on Friday.\n\n"
        "Lucas Whitfield-Nunes DOB 05/05/2037 and Ellie Whitfield-" + S + "Nunes DOB 16/01/2040, Mosaic ID 3371954.\n\n"
        "Latest case summary\n"
        "Early Help has been involved since June. Mum has cancelled or not been in for eleven of the last fourteen "
        "home visits and has not come to the last two TAF meetings. Lucas's attendance is 71% and Ellie's 83%; "
        "neither school has been able to meet with mum this term.\n\n"
        "Rationale\n"
        "Four months of attempts to engage mum have not worked and the children's attendance keeps falling. We have "
        "considered the history carefully: dad was violent to mum before he left in 2047. If dad were to come back "
        "from Portu" + S + "gal, the risk to the children would be immed" + S + "iate and we would ring MASH "
        "straight away - but he has no contact, is not in the country, and there are no current concerns about "
        "domestic abuse. The step up is about mum's non-engagement and the children's attendance.\n\n"
        "As Early Help Team Manager I agree with the step up. Mum is aware we are writing to you.\n\n"
        "Gwen Ashby-" + S + "Clarke\n"
        "Early Help Team Manager (Battersea) | Richmond and Wandsworth Councils\n")
    root = qp_soft_part(text)
    top = outlook_top(f, addr("Ashby-Clarke, Gwen", "Gwen.Ashby-Clarke@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Whitfield-Nunes", when)
    add(f, build(top, root, True), "richmond_wandsworth", "mash_step_up", when, 3,
        "near_miss", "step_up", False, None, ["3371954"],
        [ch("Lucas Whitfield-Nunes", "2037-05-05", "05/05/2037"), ch("Ellie Whitfield-Nunes", "2040-01-16", "16/01/2040")],
        ["non_engagement", "school_attendance"], None, True, [], None, "book_meeting",
        "QUOTED-PRINTABLE WITH SOFT LINE BREAKS INSIDE WORDS AND NAMES ('Whitfield-=' / 'Nunes', 'immed=' / 'iate', "
        "'Portu=' / 'gal'): decoded, a complete R&W step-up from the Early Help Team Manager (case summary and "
        "rationale under headings; 'I agree with the step up' -> manager true; mum 'aware' -> consent null). A "
        "HYPOTHETICAL ('If dad were to come back ... the risk would be immediate') with dad abroad, no contact and "
        "'no current concerns about domestic abuse' -> not urgent, no domestic_abuse. Concerns non_engagement, "
        "school_attendance -> book_meeting.",
        not_children=["Gwen Ashby-Clarke"])

def richmond_wandsworth_07():
    """Google Calendar REPLY ACCEPTED."""
    f = "richmond_wandsworth_07.eml"; when = "2050-09-16 11:03:57"
    data = google_reply(f, when, "Dr Hana Qureshi", "hana.qureshi@putneyvale-surgery.example.org",
                        ("MASH Step Up", RSU), "ACCEPTED", "Step-up case discussion - McAllister-Kaur - Mosaic 3318207",
                        "20500920T090000Z", "20500920T100000Z", "Microsoft Teams",
                        "Tue 20 Sep 2050 10am - 11am (BST)", note="I will join from the surgery.")
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, ["3318207"], [], [], None, None, [], None, "record_reply",
        "GOOGLE CALENDAR iTIP REPLY ACCEPTED (text, HTML, text/calendar method=REPLY and an invite.ics copy; times "
        "in UTC: 09:00Z = 10:00 BST) from the family's GP for richmond_wandsworth_01's step-up case discussion -> "
        "meeting_reply -> record_reply. The case id comes from the SUMMARY ('Mosaic 3318207'); no child named.",
        not_children=["Hana Qureshi"])

def richmond_wandsworth_08():
    """Thunderbird-like: UTF-8 bytes under an iso-8859-1 label, 8bit."""
    f = "richmond_wandsworth_08.eml"; when = "2050-12-06 15:48:22"
    text = T("""
Bonjour / hello Early Help duty,

Step-down request for the Lefèvre children (Mosaic ID 3399120). I agreed the case discussion with Jasper Quint by phone: Friday 9 December at 2pm, Teams.

Zoë Lefèvre, born 8 August 2043
Noé Lefèvre, born 21 March 2047

Mme Lefèvre consented to Early Help on 2nd December, at home, with the interpreter.

The latest case summary is attached. The draft plan for Early Help will follow next week once I have met the Early Help worker with mum - I did not want to write it without her.

Current needs: mum's isolation and low mood since the move from Lyon; Noé's speech delay (SALT referral made, EHCP not needed at this stage).

Amandine Roussel
Agency Social Worker | Assessment Team (Richmond) | Richmond and Wandsworth Councils
""")
    raw = text.encode("utf-8")
    body = raw_part(raw, "plain", "ISO-8859-1", "8bit", extra=None)
    body.headers[0] = ("Content-Type", 'text/plain; charset=ISO-8859-1; format=flowed')
    att = pdf_att("Case summary - Lefevre.pdf", "Latest case summary - Lefevre",
                  ["Family moved from Lyon in 2049. Assessment: needs met at Early Help level.",
                   "Mum isolated, low mood; youngest child's speech delayed."])
    root = multipart("mixed", [body, att], "------------%s" % sha(f, "tb")[:24])
    top = plain_top(f, addr("Amandine Roussel", "Amandine.Roussel@" + RDOM), addr("Early Help Duty", RED),
                    "Step down - Lefevre - Mosaic 3399120", when, RDOM, None,
                    extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-GB")])
    add(f, build(top, root, False, allow_8bit=True, enc="latin-1"), "richmond_wandsworth", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["3399120"],
        [ch("Zoë Lefèvre", "2043-08-08", "8 August 2043"), ch("Noé Lefèvre", "2047-03-21", "21 March 2047")],
        ["disability_send", "parental_mental_health"], True, None, ["draft_plan"], None, "request_info",
        "UTF-8 BYTES UNDER AN ISO-8859-1 LABEL (8bit): read as the label says, 'Zoë Lefèvre' becomes 'ZoÃ« "
        "LefÃ¨vre'; the names are labelled as the sender wrote them. Step-down: consent given ('consented to Early "
        "Help on 2nd December' - 2nd December is not a DOB); case summary attached; the draft plan 'will follow next "
        "week' -> draft_plan missing -> request_info. DOBs written '8 August 2043'. Speech delay / SALT -> "
        "disability_send; mum's isolation and low mood -> parental_mental_health.",
        not_children=["Amandine Roussel", "Jasper Quint"])


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    """Police mail, S/MIME signed, a single QP text part inside."""
    f = "tower_hamlets_01.eml"; when = "2050-10-12 14:52:36"
    body = T("""
OFFICIAL-SENSITIVE

To: MAST, Tower Hamlets

At 14:20 today officers executed a drugs warrant at Flat 9, Marlow House, London E1 9ZZ. Aisha Rahman (29) was arrested for possession with intent to supply Class A and is in custody at Leman Street. She will not be released tonight.

Her three children were in the flat:
- Zara Rahman, DOB 03/04/2043
- Ilyas Rahman, aged 4
- Maryam Rahman, aged 18 months

Heroin and crack cocaine wraps and a set of scales were found in the kitchen, within reach of the children. No other adult lives at the address and the children's father's whereabouts are not known. The maternal grandmother lives in Bradford and has not answered calls.

Two officers are at the flat with the children now and need to know where the children are to go tonight. Please ring the custody sergeant on 020 7946 0772 or PC Okoro on 07700 900 351.

Crime reference 4402113/50

PC 4471HT Daniel Okoro
Central East BCU, Metropolitan Police Service
""")
    root = smime_signed(f, text_part(body, crlf=True), "PC Daniel Okoro", n=1)
    top = plain_top(f, addr("Okoro, Daniel - PC 4471HT", "daniel.okoro@met.police.example.uk"),
                    addr("MAST", TMAST), "Arrest - Flat 9 Marlow House E1 - three children in the flat", when,
                    "met.police.example.uk", "Microsoft Outlook 16.0", extra=[("Thread-Index", thread_index(f))])
    add(f, build(top, root, True), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Zara Rahman", "2043-04-03", "03/04/2043"), ch("Ilyas Rahman"), ch("Maryam Rahman")],
        ["neglect", "substance_misuse"], None, None, [], None, "alert_duty",
        "S/MIME-SIGNED POLICE MAIL (multipart/signed with a detached smime.p7s): the only carer arrested and held "
        "overnight, three children aged 7, 4 and 18 months left in a flat with Class A drugs in reach and officers "
        "waiting for somewhere for them to go tonight -> urgent -> alert_duty. 'Crime reference 4402113/50' is a "
        "police reference, not a case id -> case_ids []. No alarm words. Two children without DOBs (ages only).",
        not_children=["Aisha Rahman", "Daniel Okoro"])

def tower_hamlets_02():
    """Outlook for Android: the whole report is in the Subject."""
    f = "tower_hamlets_02.eml"; when = "2050-09-08 11:14:09"
    subj = ("Lily-Mae Begum 10 months on her own in flat 22 Brodie House E3 since 6am - mum in court at Thames "
            "Mags - no answer at door")
    text = "\n\nGet Outlook for Android\n"
    alt = multipart("alternative", [text_part(text, cte="base64", crlf=True),
                                    text_part(mobile_outlook_html("", "Android"), "html", cte="base64", crlf=True)],
                    bnd(f, 1))
    top = outlook_top(f, addr("Parveen Akhtar", "parveen.akhtar@nhs.example.net"), addr("MAST", TMAST), subj, when,
                      mid_domain="DB9PR01MB7731.eurprd01.prod.exchangelabs.com")
    add(f, build(top, alt, True), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Lily-Mae Begum")], ["neglect"], None, None, [], None, "alert_duty",
        "THE RISK IS ONLY IN THE SUBJECT LINE: a health visitor's phone mail whose body is empty apart from 'Get "
        "Outlook for Android' (base64 text and HTML); the subject says a 10-month-old has been alone in a flat since "
        "6am with mum in court -> urgent -> alert_duty. No alarm words. Child labelled from the subject, no DOB.",
        not_children=[])

def tower_hamlets_03():
    """iPhone Apple Mail: multipart/alternative (QP text + HTML)."""
    f = "tower_hamlets_03.eml"; when = "2050-11-18 18:40:27"
    text = T("""
Hi MAST,

Shanice Ogunleye (14, Bow School) has just shown me messages on her phone from a man saved as "T cuz". He is picking her up at 10 tonight outside Chrisp Street market to take her to "a little party" at a flat in Limehouse. He sent her £40 on Monday and says she "owes him now". The last time she went with him, three weeks ago, she came home without her tights and couldn't remember the night.

She asked me not to tell her mum. She left the centre about ten minutes ago and isn't answering me.

Kieran Mbatha
Youth Worker, Poplar Youth Project
07700 900 562

Sent from my iPhone
""")
    alt = multipart("alternative", [text_part(text), text_part(apple_html(text), "html")],
                    "Apple-Mail-%s" % sha(f, "apple").upper()[:8] + "-" + sha(f, "a2").upper()[:12])
    top = plain_top(f, addr("Kieran Mbatha", "kieran@poplaryouth.example.org"), addr(None, TMAST),
                    "Shanice - tonight", when, "poplaryouth.example.org", "iPhone Mail (22B91)")
    add(f, build(top, alt, False), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Shanice Ogunleye")], ["exploitation", "sexual_harm"],
        None, None, [], None, "alert_duty",
        "EXPLOITATION HAPPENING TONIGHT, from a youth worker's iPhone (Apple Mail, QP text + HTML) at 18:40 on a "
        "Friday: a 14-year-old being collected at 10pm by a man who sent her money and says she owes him, a previous "
        "night she cannot remember -> urgent -> alert_duty (out of hours). No alarm words. Not a step request -> "
        "other.", not_children=["Kieran Mbatha"])

LONG_DISCLAIMER = T("""
*** This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error please notify the system manager. This message contains confidential information and is intended only for the individual named. If you are not the named addressee you should not disseminate, distribute or copy this e-mail. Please notify the sender immediately by e-mail if you have received this e-mail by mistake and delete this e-mail from your system. E-mail transmission cannot be guaranteed to be secure or error-free as information could be intercepted, corrupted, lost, destroyed, arrive late or incomplete, or contain viruses. The sender therefore does not accept liability for any errors or omissions in the contents of this message, which arise as a result of e-mail transmission. Tower Hamlets Council processes personal data in line with the UK GDPR and the Data Protection Act 2018; our privacy notice explains how. Emails sent to or from the council may be monitored and may be disclosed under the Freedom of Information Act 2000. Think before you print. ***
""")

def tower_hamlets_04():
    """Outlook Word HTML + twin; a long disclaimer BEFORE the real text; negations throughout."""
    f = "tower_hamlets_04.eml"; when = "2050-09-27 10:35:18"
    blocks = [LONG_DISCLAIMER.strip(), "",
              "Hello Early Help Hub,", "",
              "Step-down to Early Help for the Chowdhury children following the Child and Family Assessment, which concluded on 23/09/2050:",
              "Jannat Chowdhury, DOB 2038-11-30", "Ibrahim Chowdhury, DOB 2041-06-07", "Mosaic ID 3356021", "",
              "For the record, as the referral history looks worse than it is: the June referral was about a bruise on Ibrahim's arm. At the medical no marks were found beyond a faded mark consistent with his account of falling at football; father denies any physical chastisement and the strategy discussion ended with no further action. Mother and the children are not at home with him - he moved to Leicester in July and there has been no contact since. No domestic abuse incidents have been reported before or since.",
              "",
              "What remains is Jannat's attendance (88% this term) and the family's debt. Mrs Chowdhury consents to the step-down and signed the Early Help consent on 26/09/2050.",
              "",
              "Lead Practitioner: Ms Farzana Uddin, Learning Mentor, Stepney Green Primary School (agreed at the CIN review).",
              "TAF meeting: I will chair it on Thursday 6 October at 10:00 at Stepney Green Primary.",
              "Attached: the Child and Family Assessment and the TAF plan.", "",
              "Callum Fairweather", "Social Worker, Children's Social Care (Stepney), Tower Hamlets Council"]
    atts = [pdf_att("C&F Assessment - Chowdhury.pdf", "Child and Family Assessment - Chowdhury",
                    ["Concluded 23/09/2050. Outcome: step down to Early Help (TAF).",
                     "Father moved to Leicester; no contact. Section 47 in June: no further action."]),
            docx_att("TAF plan - Chowdhury.docx", ["# TAF plan", "Attendance: learning mentor weekly.",
                                                   "Debt advice: referral to CAB."])]
    top = outlook_top(f, addr("Fairweather, Callum", "Callum.Fairweather@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Chowdhury - Mosaic ID 3356021", when)
    add(f, word_mail(f, top, blocks, atts), "tower_hamlets", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["3356021"],
        [ch("Jannat Chowdhury", "2038-11-30", "2038-11-30"), ch("Ibrahim Chowdhury", "2041-06-07", "2041-06-07")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "A LONG DISCLAIMER BEFORE THE REAL TEXT (a mis-set signature rule puts 'Please notify the sender "
        "immediately' and ten more lines at the top) and NEGATIONS: 'no marks were found', 'father denies', 'no "
        "further action', 'not at home with him', 'no domestic abuse incidents' -> not urgent; no physical_harm or "
        "domestic_abuse. Complete Tower Hamlets step-down: assessment and TAF plan attached, consent signed, Lead "
        "Practitioner named with her agency -> book_meeting. 88% -> school_attendance. 23/09/2050 and 26/09/2050 are "
        "not DOBs.", not_children=["Farzana Uddin", "Callum Fairweather"])

def tower_hamlets_05():
    """HTML-only, base64, a table: a closed case audit."""
    f = "tower_hamlets_05.eml"; when = "2050-11-03 09:05:41"
    rows = [("A", "2045", "Subdural haematoma at 11 weeks (2045); father convicted 2047", "Closed 2048 - adopted"),
            ("B", "2039", "Sexual abuse by uncle disclosed 2046; uncle imprisoned", "Closed 2049 - SGO with grandparents"),
            ("C", "2041", "Neglect; mother's alcohol use (2044-46)", "Closed 2047 - stepped down, EH ended 2048"),
            ("D", "2036", "Criminal exploitation (county lines) 2048", "Closed 2049 - turned 18, leaving care team")]
    trs = "".join("<tr>%s</tr>\n" % "".join('<td style="border:1px solid #999;padding:4px">%s</td>' % esc(c) for c in r)
                  for r in rows)
    h = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:10pt">\n'
         '<p>Dear colleagues,</p><p>Below is the summary of the closed-case audit (quarter 2). All four cases were '
         'closed between 2047 and 2049; children are anonymised by letter and year of birth. Risk at closure was '
         'judged resolved in each. No action is needed from MAST - this is for the learning log.</p>\n'
         '<table style="border-collapse:collapse"><tr><th>Child</th><th>Born</th><th>Harm (historic)</th>'
         '<th>Outcome</th></tr>\n%s</table>\n<p>Practice Standards and Audit Team</p></body></html>\n' % trs)
    root = text_part(h, "html", cte="base64", crlf=True)
    top = outlook_top(f, addr("Practice Standards and Audit", "practice.audit@" + TDOM), addr("MAST", TMAST),
                      "Closed case audit - Q2 summary", when)
    add(f, build(top, root, True), "tower_hamlets", "mash_step_up", when, 7,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "A CLOSED CASE AUDIT, HTML-only and base64, in a table: a subdural haematoma, sexual abuse, neglect and "
        "exploitation, all historic, the cases closed 2047-2049, children anonymised as letters ('Risk at closure "
        "was judged resolved', 'No action is needed') -> not urgent, no children, no concerns, other -> human_review.")

def tower_hamlets_06():
    """A charity's CRM mail: HTML-only, multipart/related with its logo, a table, a tracking pixel; the manager's
    agreement only in the forwarded reply inside the HTML; the MARF attached."""
    f = "tower_hamlets_06.eml"; when = "2050-11-21 13:27:02"
    logo, cid = inline_png(f, "bfa-logo.png", 1, (120, 40, 140), 160, 48)
    intro = ("Dear MAST,<br><br>I am the Lead Practitioner for the MacLeod family under their Early Help plan and am "
             "asking for the family to be stepped up to Children's Social Care. The Multi-Agency Request for Support "
             "form is attached. Mum has agreed to the MARF being sent to you.")
    rows = [("Child", "Kayden MacLeod - DOB 14 Feb 2043 - Year 3, Olga Primary"),
            ("Child", "Ruby-Rose MacLeod - DOB 02 Sep 2047 - nursery"),
            ("Mosaic ID", "4120733"),
            ("Why now", "Home conditions have got worse over six months despite the plan: no working cooker since "
                        "August, mould in the children's room, Kayden coming to school hungry. Kayden's attendance "
                        "is 76%."),
            ("Lead Practitioner", "Siobhan McAteer, Family Support Worker, Bow Family Action, 07700 900 733")]
    fwd = ("<br><hr><b>From:</b> Nadia Haque &lt;n.haque@bowfamilyaction.example.org&gt;<br><b>Sent:</b> 21 November "
           "2050 12:58<br><b>To:</b> Siobhan McAteer<br><b>Subject:</b> RE: MacLeod - step up?<br><br>Agreed - please "
           "send the MARF to MAST today. Nadia Haque, Service Manager")
    h = layout_html(intro, rows, fwd + '<img src="https://crm-mail.example.net/t/%s/open.gif" width="1" height="1" '
                    'alt="" border="0">' % sha(f, "px")[:24], cid, "Bow Family Action")
    rel = related_html(f, h, [logo], n=2)
    marf = pdf_att("MARF - MacLeod.pdf", "Multi-Agency Request for Support form",
                   ["Children: Kayden MacLeod (14/02/2043); Ruby-Rose MacLeod (02/09/2047).",
                    "Parental consent: yes (verbal, 21/11/2050).",
                    "Reason for request: neglect - home conditions, food; school attendance 76%."])
    root = multipart("mixed", [rel, marf], bnd(f, 1))
    top = plain_top(f, addr("Siobhan McAteer", "s.mcateer@bowfamilyaction.example.org"), addr("MAST", TMAST),
                    "Step up request - MacLeod family", when, "crm-mail.example.net", None,
                    extra=[("X-Campaign", "casework")])
    add(f, build(top, root, True), "tower_hamlets", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["4120733"],
        [ch("Kayden MacLeod", "2043-02-14", "14 Feb 2043"), ch("Ruby-Rose MacLeod", "2047-09-02", "02 Sep 2047")],
        ["neglect", "school_attendance"], True, True, [], None, "book_meeting",
        "HTML-ONLY CRM MAIL: multipart/related with an inline logo, a layout table of label/value cells and a 1x1 "
        "tracking pixel; the MARF PDF attached -> request_for_support met. MANAGER AGREEMENT ONLY IN THE FORWARDED "
        "REPLY under the table ('Agreed - please send the MARF to MAST today', the Service Manager) -> true. Mum "
        "agreed to the MARF being sent -> consent true. Mac names, a hyphenated first name; DOBs '14 Feb 2043', "
        "'02 Sep 2047'. Complete Tower Hamlets step-up -> book_meeting.",
        not_children=["Siobhan McAteer", "Nadia Haque"])

def tower_hamlets_07():
    """windows-1252 bytes under a us-ascii label, 7bit."""
    f = "tower_hamlets_07.eml"; when = "2050-11-30 11:20:33"
    text = T("""
Hi Hub,

Step-down request – Hossain family, Mosaic ID 3410552. The Child and Family Assessment concluded on 25/11/2050 and recommends a TAF.

Amélie Hossain – DOB 3.7.44
Rayan Hossain – DOB 19.11.46

Lead Practitioner: Halima Begum, Family Support Worker, Limehouse Children’s Centre – she’s agreed.

I haven’t been able to talk to dad about Early Help yet (mum is in Sylhet until January). I’ll ask him at my visit on Monday and let you know.

What’s left: Amélie’s attendance is 82% and she’s often late; the family are in temporary accommodation.

The assessment and the TAF plan are attached.

Sinead O’Connell
Social Worker, Assessment and Intervention (Bow), Tower Hamlets Council
""")
    raw = text.replace("\n", "\r\n").encode("cp1252")
    body = raw_part(raw, "plain", "us-ascii", "7bit")
    atts = [docx_att("C&F Assessment - Hossain.docx", ["# Child and Family Assessment", "Concluded 25/11/2050.",
                                                        "Recommendation: step down to a TAF."]),
            pdf_att("TAF plan - Hossain.pdf", "TAF plan - Hossain", ["Attendance support; housing advice."])]
    root = multipart("mixed", [body] + atts, "----=_NextPart_000_%s" % sha(f, "np")[:20].upper())
    top = plain_top(f, addr("Sinead O'Connell", "Sinead.OConnell@" + TDOM), addr("Early Help Hub", TEH),
                    "Step down - Hossain", when, TDOM, "Microsoft Office Outlook 12.0")
    add(f, build(top, root, True, allow_8bit=True, enc="latin-1"), "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["3410552"],
        [ch("Amélie Hossain", "2044-07-03", "3.7.44"), ch("Rayan Hossain", "2046-11-19", "19.11.46")],
        ["school_attendance"], None, None, ["consent"], None, "request_info",
        "WINDOWS-1252 BYTES UNDER charset=us-ascii AND Content-Transfer-Encoding 7bit (an old Outlook through a "
        "gateway): 'Amélie' is the byte 0xE9, the dashes 0x96, the apostrophes 0x92. Tower Hamlets step-down with "
        "the assessment (.docx) and the TAF plan (PDF), a Lead Practitioner with her agency; consent 'I haven't been "
        "able to talk to dad ... I'll ask him' -> null -> consent missing -> request_info. DOBs with two-digit years "
        "(3.7.44 -> 2044-07-03). 82% -> school_attendance.",
        not_children=["Halima Begum"])

def tower_hamlets_08():
    """Outlook out-of-office, HTML-only."""
    f = "tower_hamlets_08.eml"; when = "2050-12-01 08:02:10"
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
         '<div style="font-family:Aptos,sans-serif;font-size:11pt"><p>Thank you for your email. I am on annual leave '
         'until Monday 12 December and will not be checking my emails.</p><p>For anything urgent please contact the '
         'duty social worker on 020 7946 0455. If a child is at immediate risk of harm call the police on 999.</p>'
         '<p>Sinead O\'Connell</p></div></body></html>\n')
    data = ooo(f, when, "Sinead O'Connell", "Sinead.OConnell@" + TDOM, addr("Early Help Hub", TEH),
               "[SB-tower_hamlets-318] Step-down received - Hossain", None, html_only=h)
    add(f, data, "tower_hamlets", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "OUTLOOK OUT-OF-OFFICE, HTML-only, Auto-Submitted: auto-replied, answering stepbot's acknowledgement of "
        "tower_hamlets_07 -> auto_reply -> ignore (safety rule 2: never answered). Its boilerplate 'anything "
        "urgent' / 'at immediate risk of harm call ... 999' describes no child -> not urgent.")


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    """A secure-mail portal notification with the message text inside (text + HTML)."""
    f = "torbay_01.eml"; when = "2050-11-15 13:31:18"
    msg_text = T("""
Leo Tregenza (Year 8, DOB 22/06/2037) has not been seen since he left home at 7.30 this morning. Mum rang us at 12.50 thinking he was in school - he never arrived. His phone has been off since 8.10. Yesterday he told his form tutor that "Jay" was taking him to Exeter today "for work" and he'd be paid. Mum has reported him missing to Devon and Cornwall Police (log 0412 of today). We have checked with his friends; none has seen him.

Kerensa Pascoe
Designated Lead, Brixham Academy
01632 960 771
""")
    text = T("""
You have received a secure message

From: kerensa.pascoe@brixhamacademy.example.org
To: mash@torbay.gov.uk
Subject: Leo Tregenza Yr 8 - not in school, not at home

Read your message: https://secureshare.example.net/m/%s

Message preview (first 1,000 characters):

""") % sha(f, "link")[:32] + msg_text + T("""

The message will be available for 30 days. Do not reply to this notification - the mailbox is not monitored.
SecureShare - secure email for public services
""")
    h = ('<html><body style="font-family:Segoe UI,Arial;font-size:10pt"><table width="620" cellpadding="8">'
         '<tr><td style="background:#003A5D;color:#fff"><b>You have received a secure message</b></td></tr>'
         '<tr><td><b>From:</b> kerensa.pascoe@brixhamacademy.example.org<br><b>To:</b> mash@torbay.gov.uk<br>'
         '<b>Subject:</b> Leo Tregenza Yr 8 - not in school, not at home</td></tr>'
         '<tr><td><a href="https://secureshare.example.net/m/%s" style="background:#0078D4;color:#fff;padding:8px">'
         'Read your message</a></td></tr><tr><td style="border-left:3px solid #ccc"><i>Message preview:</i><br>%s'
         '</td></tr><tr><td style="font-size:8pt;color:#666">The message will be available for 30 days. Do not reply '
         'to this notification - the mailbox is not monitored.</td></tr></table></body></html>\n'
         % (sha(f, "link")[:32], esc(msg_text).replace("\n", "<br>")))
    alt = multipart("alternative", [text_part(text, crlf=True), text_part(h, "html", crlf=True)], bnd(f, 1))
    top = plain_top(f, addr("SecureShare on behalf of Kerensa Pascoe", "notifications@secureshare.example.net"),
                    addr(None, BMASH), "Secure message: Leo Tregenza Yr 8 - not in school, not at home", when,
                    "secureshare.example.net", None,
                    extra=[("Reply-To", "noreply@secureshare.example.net"), ("X-Auto-Response-Suppress", "All")])
    add(f, build(top, alt, True), "torbay", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Leo Tregenza", "2037-06-22", "22/06/2037")],
        ["exploitation", "missing"], None, None, [], None, "alert_duty",
        "A SECURE-MAIL PORTAL NOTIFICATION WITH THE TEXT INSIDE ('Message preview'): it looks automatic (noreply, "
        "X-Auto-Response-Suppress) but has no Auto-Submitted header and carries a school's report - a 13-year-old "
        "missing since 7.30 this morning, phone off, who said 'Jay' was taking him to Exeter 'for work' -> missing "
        "now with exploitation -> urgent -> alert_duty (safety rule 1: mail that looks automatic is read). Kind "
        "other (a notification, not a step request). No alarm words.", not_children=["Kerensa Pascoe"])

def torbay_02():
    """QP with soft line breaks splitting words and names; the child's own words."""
    f = "torbay_02.eml"; when = "2050-10-10 12:05:44"
    S = SOFT
    text = (
        "Dear MASH,\n\n"
        "Contact to MASH (step up from level 3) for Poppy Jago-" + S + "Rowe, DOB 15.04.2042, LCS-551902.\n\n"
        "This morning Poppy showed her class teacher two round burns, each about the size of a pencil end, on the "
        "inside of her left fore" + S + "arm. One is blistered. She said: \"Daddy did it with his ligh" + S + "ter "
        "because I told Nanna about the shouting.\" She asked the teacher not to tell him. Dad collects her from "
        "school at 3pm today.\n\n"
        "I have discussed this with my team manager, Kate Luscombe, and we agree this needs considering for a level "
        "4 response. I have not told mum or dad about this contact - I am worried it would make things worse for "
        "Poppy before she gets home.\n\n"
        "Morwenna Trelawny-" + S + "Hicks\n"
        "Early Help Lead Practitioner (Paignton) | Torbay Council\n"
        "01632 960 318\n")
    root = qp_soft_part(text)
    top = outlook_top(f, addr("Trelawny-Hicks, Morwenna", "Morwenna.Trelawny-Hicks@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Poppy J-R - LCS-551902", when,
                      cc=addr("Luscombe, Kate", "Kate.Luscombe@" + BDOM))
    add(f, build(top, root, True), "torbay", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["LCS-551902"], [ch("Poppy Jago-Rowe", "2042-04-15", "15.04.2042")],
        ["domestic_abuse", "physical_harm"], None, True, ["consent"], None, "alert_duty",
        "QUOTED-PRINTABLE SOFT LINE BREAKS INSIDE THE CHILD'S NAME ('Jago-=' / 'Rowe'), 'fore=' / 'arm', 'ligh=' / "
        "'ter' and the sender's name. The child's own words ('Daddy did it with his lighter'), two round burns, dad "
        "collecting her at 3pm today -> urgent -> alert_duty. The Torbay step-up (lead practitioner's contact to MASH) "
        "has the TM's agreement ('we agree this needs considering for a level 4') -> true; parents not told -> consent "
        "null -> consent missing. No alarm words.",
        not_children=["Kate Luscombe", "Morwenna Trelawny-Hicks"])

def torbay_03():
    """Adult-only concern, plain Outlook text."""
    f = "torbay_03.eml"; when = "2050-09-07 15:10:27"
    body = T("""
Hello,

I think this may have come to the wrong team but I was given this address by the switchboard.

Safeguarding adults concern: Mr Ronald Pengelly, 82, of 4 Quay Steps, Brixham. A lodger who moved in over the summer has taken over his bank card; Mr Pengelly has lost weight, the house is very cold and there is no food. There is a high risk of financial abuse and self-neglect. No children live at or visit the property - his only grandchildren are adults living in Bristol.

Could you pass this to Adult Social Care if it isn't for you?

Thanks
Lorna Crocker
Community Nurse, Brixham
""")
    top = outlook_top(f, addr("Crocker, Lorna", "lorna.crocker@nhs.example.net"), addr("MASH", BMASH),
                      "Concern - Mr R Pengelly (82)", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "RISK TO AN ADULT ONLY: 'Safeguarding adults concern', 'high risk of financial abuse and self-neglect' for "
        "an 82-year-old, 'No children live at or visit the property' -> not a child-protection risk -> not urgent; "
        "a misdirected adult concern -> other -> human_review; no children, no concerns.",
        not_children=["Ronald Pengelly", "Lorna Crocker"])

def torbay_04():
    """A single base64 text/plain part; a past incident, resolved."""
    f = "torbay_04.eml"; when = "2050-10-13 10:12:55"
    text = T("""
Hi Early Help,

Please can I have a triage slot for Kai Hext-Vosper, DOB 01/09/2046, LCS-448812 - step-down to level 3.

Background, because the LCS history will jump out at you: in August Kai was found by a neighbour at 6am walking on the Torquay Road in his pyjamas. Mum's then partner had left the front door open when he went out. Police took Kai home. The partner moved out the same week and has had no contact since; mum fitted a door chain and a stair gate the next day. There have been no further incidents and the s47 ended with no further action.

Now: mum's anxiety is what we are working on - she is seeing her GP and has started an online course.

Mum (Jade Vosper) consents to level 3 Early Help. My TM, Kate Luscombe, has recorded her analysis on LCS confirming the threshold for level 3 is met. The Single Assessment is attached.

Ellis Quance
Social Worker, Single Assessment Team, Torbay Council
""")
    body = text_part(text, cte="base64", crlf=True)
    sa = pdf_att("Single Assessment - Hext-Vosper.pdf", "Single Assessment - Kai Hext-Vosper",
                 ["Analysis: the incident in August arose from the ex-partner leaving the door open; he has left.",
                  "Rationale for step down: needs are at level 3 (mum's anxiety, routines).",
                  "Team Manager's analysis: threshold for level 3 met. K. Luscombe."])
    root = multipart("mixed", [body, sa], bnd(f, 1))
    top = outlook_top(f, addr("Quance, Ellis", "Ellis.Quance@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - Hext-Vosper - LCS-448812", when)
    add(f, build(top, root, True), "torbay", "early_help_duty", when, 3,
        "near_miss", "step_down", False, 3, ["LCS-448812"], [ch("Kai Hext-Vosper", "2046-09-01", "01/09/2046")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "A PAST INCIDENT, RESOLVED, in a single base64 text/plain part: a 3-year-old found on a road at 6am in "
        "August; the partner who left the door open moved out that week, door chain and gate fitted, no further "
        "incidents, s47 NFA -> not urgent, no neglect/missing. Torbay step-down at level 3 ('step-down to level 3'): "
        "consent, TM's analysis confirming level 3 ('confirming the threshold for level 3 is met') -> manager true, "
        "Single Assessment attached -> complete -> book_meeting (Kai is 4: the under-5s triage).",
        not_children=["Jade Vosper", "Kate Luscombe", "Ellis Quance"])

def torbay_05():
    """Apple Mail (macOS): text + an attached photo of the signed consent form (no text in it)."""
    f = "torbay_05.eml"; when = "2050-11-04 16:22:08"
    text = T("""
Hi both,

Step-down to level 3 for the McCarthy children, LCS-449120. Could they go to Tuesday's triage please?

Freya McCarthy - DOB 12th Jan 2036
Rowan McCarthy - DOB 30 Nov 2039

Freya (14) does most of the caring for dad (MS) after school and at weekends; the plan is for a young carers' assessment and respite through Early Help.

Mum signed the consent form for level 3 Early Help on Wednesday - photo attached. My TM Rhys Penhale has recorded his analysis on LCS confirming the threshold for level 3 is met. Single Assessment attached.

Have a good weekend
Nkechi

Nkechi Adebayo-Smith
Social Worker | Safeguarding and Supporting Families | Torbay Council
""")
    photo = make_png(320, 240, (236, 232, 224))
    img = Part([("Content-Type", 'image/png; name="IMG_4471.png"'),
                ("Content-Disposition", 'inline; filename="IMG_4471.png"'),
                ("Content-Transfer-Encoding", "base64"), ("Content-Id", "<%s@apple>" % sha(f, "img")[:24])],
               b64lines(photo))
    sa = pdf_att("Single Assessment McCarthy.pdf", "Single Assessment - McCarthy",
                 ["Rationale for step down: Freya's caring role and dad's needs can be met at level 3.",
                  "Team Manager's analysis: threshold for level 3 met - R. Penhale."])
    b = "Apple-Mail=_%s" % sha(f, "apple")[:8].upper()
    root = multipart("mixed", [text_part(text), img, sa, text_part("\n")], b)
    top = plain_top(f, addr("Nkechi Adebayo-Smith", "Nkechi.Adebayo-Smith@" + BDOM), addr("Early Help", BEH),
                    "Step down McCarthy - LCS-449120", when, BDOM, "Apple Mail (2.3826.400.131.1.6)")
    add(f, build(top, root, False), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["LCS-449120"],
        [ch("Freya McCarthy", "2036-01-12", "12th Jan 2036"), ch("Rowan McCarthy", "2039-11-30", "30 Nov 2039")],
        ["young_carer"], True, True, [], None, "book_meeting",
        "APPLE MAIL (macOS): multipart/mixed with the text, an inline photo of the signed consent form (an image "
        "with no text), the Single Assessment PDF and Apple's trailing empty text part. Consent stated in the body "
        "('Mum signed the consent form ... photo attached') -> true; TM's analysis confirming level 3 -> manager "
        "true; assessment attached -> complete -> book_meeting. Freya caring for dad -> young_carer. DOBs '12th Jan "
        "2036', '30 Nov 2039'.", not_children=["Rhys Penhale", "Nkechi Adebayo-Smith"])

def torbay_06():
    """Outlook for iOS: multipart/alternative, base64; consent refused."""
    f = "torbay_06.eml"; when = "2050-11-28 09:48:31"
    text = T("""
Hi MASH

Contact re Ollie Pascoe-Luxton (DOB 9/3/2040), LCS-452277. I'm his Early Help lead practitioner.

Dad hasn't engaged with any part of the plan for three months - missed every TAF, won't let me in - and Ollie's attendance has dropped to 65%. School say he's tired and hungry on Mondays.

I've discussed with my manager (Silas Penrose) and we agree this needs to be considered for level 4.

Dad has declined consent for the contact - he says he'll "deal with it himself".

Becky Rundle
Early Help Practitioner, Torbay Council
""")
    alt = multipart("alternative", [text_part(text, cte="base64", crlf=True),
                                    text_part(mobile_outlook_html(text, "iOS"), "html", cte="base64", crlf=True)],
                    bnd(f, 1))
    top = outlook_top(f, addr("Rundle, Becky", "Becky.Rundle@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Pascoe-Luxton", when, cc=addr("Penrose, Silas", "silas.penrose@" + BDOM),
                      mid_domain="AM9PR01MB4411.eurprd01.prod.exchangelabs.com")
    add(f, build(top, alt, True), "torbay", "mash_step_up", when, 2,
        "ordinary", "step_up", False, None, ["LCS-452277"], [ch("Ollie Pascoe-Luxton", "2040-03-09", "9/3/2040")],
        ["neglect", "non_engagement", "school_attendance"], False, True, ["consent"], None, "request_info",
        "OUTLOOK FOR iOS (base64 text and HTML with 'Get Outlook for iOS'). Torbay step-up: manager agreement "
        "('we agree this needs to be considered for level 4') -> true; 'Dad has declined consent for the contact' "
        "-> consent FALSE -> consent missing -> request_info. Concerns: dad's non-engagement, 65% attendance, "
        "tired and hungry -> neglect. Not urgent (no immediate harm described).",
        not_children=["Silas Penrose", "Becky Rundle"])

def torbay_07():
    """Outlook on the web, base64; a follow-up with the manager's agreement forwarded in the body."""
    f = "torbay_07.eml"; when = "2050-11-23 14:05:47"
    text = T("""
Hi Early Help,

Adding the missing manager agreement for the Tonkin step-down - see Rhys's email below.

Alfie Tonkin and Isla Tonkin, LCS-451008.

Thanks
Danny Pellow
Social Worker, Torbay Council

________________________________
From: Penhale, Rhys <Rhys.Penhale@torbay.gov.uk>
Sent: 23 November 2050 13:40
To: Pellow, Danny <Danny.Pellow@torbay.gov.uk>
Subject: Tonkin - step down

Danny - I've read the Single Assessment and added my analysis on LCS. I agree the step down to level 3 for Alfie and Isla. Rhys

________________________________
From: Torbay Early Help <earlyhelp@torbay.gov.uk>
Sent: 22 November 2050 09:12
To: Pellow, Danny <Danny.Pellow@torbay.gov.uk>
Subject: [SB-torbay-733] Step-down request received - Tonkin

Thank you - your step-down request has been received.
What is missing:
- manager_agreed: your team manager's analysis confirming the threshold for level 3 intervention is met
""")
    body = text_part(text, cte="base64", crlf=True)
    alt = multipart("alternative", [body, text_part(html_of(text), "html", cte="base64", crlf=True)], bnd(f, 1))
    top = outlook_top(f, addr("Pellow, Danny", "Danny.Pellow@" + BDOM), addr("Torbay Early Help", BEH),
                      "RE: [SB-torbay-733] Step-down request received - Tonkin", when)
    add(f, build(top, alt, True), "torbay", "early_help_duty", when, 2,
        "ordinary", "follow_up", False, None, ["LCS-451008"], [ch("Alfie Tonkin"), ch("Isla Tonkin")],
        [], None, True, [], None, "attach_to_request",
        "FOLLOW-UP (base64 text + HTML from Outlook on the web) with [SB-torbay-733]: the TM's agreement is in the "
        "forwarded block below ('I agree the step down to level 3') -> manager true -> attach_to_request. The "
        "quoted acknowledgement's 'What is missing' list is stepbot's own text, not a new request.",
        not_children=["Danny Pellow"])

def torbay_08():
    """Outlook Word HTML; a long disclaimer before the real text; the manager's agreement only in the .docx."""
    f = "torbay_08.eml"; when = "2050-12-08 14:40:26"
    disc = ("IMPORTANT NOTICE: This e-mail and any attachment(s) are intended for the named recipient(s) only and may "
            "contain information that is privileged, confidential or exempt from disclosure under the Freedom of "
            "Information Act 2000 or the UK GDPR. If you are not the intended recipient you must not read, use, copy, "
            "disclose or act on it; please notify the sender and delete it from your system. Torbay Council accepts no "
            "liability for viruses. Calls and emails may be recorded for training and quality purposes. Torbay Council, "
            "Town Hall, Castle Circus, Torquay. Please consider the environment before printing this email.")
    blocks = [disc, "", "Hello Early Help,", "",
              "Please can the Mabb children have a triage slot - step-down to level 3, LCS-453390.", "",
              "Jessica-Leigh Mabb, DOB: 2040-10-05", "Tyler Mabb, DOB 17 Sep 2048", "",
              "Ms Mabb gave her consent for level 3 Early Help on 5th December when I visited. The Single Assessment (with the TM analysis) is attached; form completed 07/12/2050. Tyler has a paediatric appointment on 15/12/2050 about his weight.",
              "",
              "Worries now: home conditions when mum is low; Tyler's weight gain is slow but steady; mum's depression is treated by her GP.",
              "", "Thanks,", "Owen Tozer", "Social Worker, Safeguarding and Supporting Families (Torquay), Torbay Council"]
    sa = docx_att("Single Assessment - Mabb.docx",
                  ["# Single Assessment - Mabb", "Date completed: 07/12/2050",
                   "Analysis and rationale for step down: needs now at level 3; home conditions and mum's mood.",
                   "# Manager's analysis",
                   "I have read the assessment and agree the threshold for level 3 is met - agreed for step down to Early Help. R. Penhale, Team Manager, 07/12/2050"])
    top = outlook_top(f, addr("Tozer, Owen", "Owen.Tozer@" + BDOM), addr("Early Help", BEH),
                      "Triage - Mabb - LCS-453390", when)
    add(f, word_mail(f, top, blocks, [sa]), "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["LCS-453390"],
        [ch("Jessica-Leigh Mabb", "2040-10-05", "2040-10-05"), ch("Tyler Mabb", "2048-09-17", "17 Sep 2048")],
        ["neglect", "parental_mental_health"], True, True, [], None, "book_meeting",
        "A LONG DISCLAIMER BEFORE THE REAL TEXT (Word HTML + text twin). MANAGER AGREEMENT ONLY IN THE ATTACHMENT: "
        "the Single Assessment .docx's 'Manager's analysis' ('agree the threshold for level 3 is met - agreed for "
        "step down') -> true; the body only says the analysis is attached. Consent given 5th December -> true. "
        "Complete -> book_meeting (Tyler, 2, goes to the under-5s triage). Dates that are NOT DOBs: 07/12/2050 (form "
        "completed), 15/12/2050 (an appointment). Home conditions + mum's depression -> neglect, "
        "parental_mental_health.", not_children=["Owen Tozer"])


# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    """An old Lotus Notes gateway: ISO-8859-1 QP text 'Please see attached', a forwarded-by line, the GP letter PDF."""
    f = "herefordshire_01.eml"; when = "2050-10-20 10:45:12"
    text = T("""
----- Forwarded by Sharon Bevan/Reception/WyeValleyPractice on 20/10/2050 10:41 -----

From:   Dr Rhodri Vaughan/GP/WyeValleyPractice
To:     Sharon Bevan/Reception/WyeValleyPractice
Date:   20/10/2050 10:32
Subject:        Letter for MASH - A Preece

Sharon - please send the attached letter to the MASH address straight away. Thanks, RV



Please see attached letter.

Sharon Bevan
Reception Manager
Wye Valley Medical Practice
""")
    letter = pdf_att("Letter to MASH - A Preece.pdf", "Wye Valley Medical Practice - letter to MASH",
                     ["Date: 20/10/2050",
                      "Re: Alfie Preece, DOB 14/02/2048, 9 Eign Court, Hereford HR4 9ZQ",
                      "I saw Alfie this morning, brought in by his mother's partner, Mr Kyle Haines.",
                      "Examination: partial-thickness scalds to both hands and wrists in a glove pattern, with a",
                      "sharp upper line at the same level on both wrists and no splash marks.",
                      "Mr Haines says Alfie put his hands in the bath himself last night. Alfie is 2.",
                      "Mr Haines declined referral to the burns unit and left with Alfie at 10.05 to go home.",
                      "Alfie's mother is at work until 8pm. Alfie is at home with Mr Haines today.",
                      "Dr Rhodri Vaughan, GP"])
    tp = Part([("Content-Type", 'text/plain; charset="ISO-8859-1"'), ("Content-Transfer-Encoding", "quoted-printable")],
              qp(text, "iso-8859-1"))
    root = multipart("mixed", [tp, letter], "=_mixed 0036B2A4802589%s_=" % sha(f, "ln")[:4].upper())
    top = plain_top(f, addr("Sharon Bevan", "Sharon.Bevan@wyevalleypractice.example.nhs.uk"), addr(None, HMASH),
                    "Letter for MASH - A Preece", when, "wyevalleypractice.example.nhs.uk",
                    "Lotus Notes Release 9.0.1FP10 SHF383 November 20, 2018",
                    extra=[("X-MIMETrack", "Serialize by Router on WVPNOTES01/WyeValley(Release 9.0.1FP10|November 20, 2018) at 20/10/2050 10:44:59"),
                           ("X-KeepSent", "0036B2A4:%s-802589A5:0034F1C2; type=4; name=$KeepSent" % sha(f, "ks")[:8].upper())])
    add(f, build(top, root, True), "herefordshire", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Alfie Preece", "2048-02-14", "14/02/2048")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "AN OLD LOTUS NOTES GATEWAY (X-Mailer Lotus Notes, X-MIMETrack, '=_mixed' boundary, '----- Forwarded by "
        ".../WyeValleyPractice' header block, ISO-8859-1 QP) whose body says only 'Please see attached letter': THE "
        "RISK IS ONLY IN THE ATTACHED PDF - a 2-year-old's glove-pattern scalds to both hands with a sharp upper line "
        "and no splash marks, taken home by the mother's partner who gave the account and refused the burns unit -> "
        "urgent -> alert_duty. No alarm words. Herefordshire's step-up is undefined, but this is not a step request: "
        "other.", not_children=["Kyle Haines", "Sharon Bevan", "Rhodri Vaughan"])

def herefordshire_02():
    """Outlook; a long external-mail banner and disclaimer before the real text."""
    f = "herefordshire_02.eml"; when = "2050-09-12 12:20:19"
    banner = T("""
CAUTION: This email originated from outside of the organisation. Do not click links or open attachments unless you recognise the sender and know the content is safe.

This message and any attachment is intended for the named recipient only. It may contain information which is confidential, privileged or protected by law. If you are not the intended recipient, please tell us by return email and delete it; do not copy it or disclose its contents to anyone. NHS Herefordshire and Worcestershire may monitor email for the purposes of preventing fraud and maintaining the security of its systems. Email is not a secure medium and we cannot accept responsibility for changes made to this message after it was sent. Please do not include patient-identifiable information in emails to us unless they are sent securely. For more information about how we use personal data, see our privacy notice.

""")
    body = banner + T("""
Hi,

I've just left 4 Eign Terrace, Hereford. Dad, Craig Lloyd, was on the kitchen floor when Jayden (9) got up this morning - Jayden rang his nan, who rang 999. The paramedics have taken dad to the County with a suspected heroin overdose (he was given naloxone).

Jayden Lloyd (9) and his sister Mia Lloyd (DOB 18/05/2047) are with a neighbour, Mrs Price, at no. 6. She has to leave for her shift at 2pm. Mum died last year; nan lives in Ross and doesn't drive. There is nobody else.

I'm the family's health visitor for Mia. I'm at another visit now - my mobile is 07700 900 145.

Gemma Vaughan-Jones
Health Visitor, Hereford City 0-19 Team
""")
    top = outlook_top(f, addr("Vaughan-Jones, Gemma", "gemma.vaughan-jones@nhs.example.net"),
                      addr("Early Help Co-ordinators", HEH), "Lloyd children - dad taken to hospital", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 2,
        "urgent", "other", True, None, [],
        [ch("Jayden Lloyd"), ch("Mia Lloyd", "2047-05-18", "18/05/2047")],
        ["substance_misuse"], None, None, [], None, "alert_duty",
        "A LONG BANNER AND DISCLAIMER BEFORE THE REAL TEXT, to the wrong inbox (the Early Help co-ordinators): the "
        "only carer taken to hospital after a heroin overdose, a 9-year-old and a 3-year-old with a neighbour who "
        "leaves at 2pm, nobody else -> a carer incapacitated with young children and no one to look after them today "
        "-> urgent -> alert_duty. No alarm words. Not a step request -> other.",
        not_children=["Craig Lloyd", "Gemma Vaughan-Jones"])

def herefordshire_03():
    """Multipart/alternative, both parts base64: a closed court case."""
    f = "herefordshire_03.eml"; when = "2050-10-14 11:30:05"
    text = T("""
Dear colleagues,

For your records: at the final hearing on 12 October the court made Special Guardianship Orders for Ella and Josh in favour of their paternal aunt, with whom they have lived since 2048. Their mother's former partner was convicted in 2048 of the injuries Josh suffered as a baby and has no contact with the family.

The local authority has no further role and the case closed on 13 October. There are no current concerns. Please do not open anything new - this is for information only, because the children's school asked whether Early Help would be involved. It will not be.

Kind regards
Rosalind Ferriday
Solicitor, Legal Services (Children), Herefordshire Council
""")
    alt = multipart("alternative", [text_part(text, cte="base64", crlf=True),
                                    text_part(html_of(text), "html", cte="base64", crlf=True)], bnd(f, 1))
    top = outlook_top(f, addr("Ferriday, Rosalind", "Rosalind.Ferriday@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Final hearing outcome - information only", when)
    add(f, build(top, alt, True), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "A CLOSED COURT CASE (base64 text + HTML): injuries to a baby and a conviction, both in 2048; Special "
        "Guardianship Orders made, the children living safely with their aunt since 2048, 'no current concerns', "
        "case closed -> not urgent, no concerns; Ella and Josh are named by first name only -> children []; "
        "information only -> other -> human_review.", not_children=["Rosalind Ferriday"])

def herefordshire_04():
    """A police domestic-abuse notification forwarded as text; the children were not there; suspect remanded."""
    f = "herefordshire_04.eml"; when = "2050-11-07 09:30:44"
    text = T("""
FYI - overnight notification below. Nothing needed from MASH tonight per EDT, but passing on for the morning meeting.

Gareth Lewis
MASH Police Liaison

-----Original Message-----
From: West Mercia Police PPN <ppn@westmercia.police.example.uk>
Sent: 05 November 2050 02:14
To: MASH Police Liaison <police.liaison@herefordshire.gov.uk>
Subject: Domestic incident - WATKINS - Leominster

Date/time of incident: 04/11/2050 23:10
Victim: Sian Watkins (34). Suspect: Lee Watkins (36), husband.
Suspect arrested at the scene for assault and remanded in custody to appear at Hereford Magistrates on Monday; bail will be opposed.
Children: Ruby Watkins (8) and Harri Watkins (5) were not present - they were staying with their maternal grandparents in Leominster for the weekend and remain there with mum.
DASH: standard risk. Victim supported by IDVA service.
""")
    top = outlook_top(f, addr("Lewis, Gareth", "Gareth.Lewis@" + HDOM), addr("MASH", HMASH),
                      "FW: Domestic incident - WATKINS - Leominster", when)
    add(f, mail(f, top, text), "herefordshire", "mash_step_up", when, 2,
        "near_miss", "other", False, None, [], [ch("Ruby Watkins"), ch("Harri Watkins")],
        ["domestic_abuse"], None, None, [], None, "human_review",
        "A POLICE DOMESTIC-ABUSE NOTIFICATION forwarded in plain text: an assault on mum, but the suspect is remanded "
        "in custody and the children 'were not present' and are with their grandparents with mum; EDT judged "
        "nothing needed overnight -> not urgent. domestic_abuse is a current concern in the household; the "
        "children are named -> labelled without DOBs. Not a step request -> other -> human_review.",
        not_children=["Sian Watkins", "Lee Watkins", "Gareth Lewis"])

def herefordshire_05():
    """Gmail web (Google Workspace) with a PDF of training case studies."""
    f = "herefordshire_05.eml"; when = "2050-10-19 17:05:33"
    new = ["Hi all,", "",
           "Attached are the case studies for Tuesday's step-down workshop. They are fictional - please read them before the session, we'll work through them in groups.",
           "", "Best wishes,", "Nia", "", "Nia Probert", "Independent trainer (children's social care)"]
    text = "\n".join(new) + "\n"
    alt = multipart("alternative", [text_part(text, charset="UTF-8"), text_part(gmail_html(new), "html", charset="UTF-8")],
                    gbnd(f, 2))
    cs = pdf_att("Step-down workshop - case studies.pdf", "Step-down workshop - case studies (fictional)",
                 ["Case study 1: Mia, 3, is found alone in the flat at 9pm. Mum is at the pub.",
                  "Case study 2: Tyler, 14, has cash and two phones and goes missing overnight.",
                  "Case study 3: A baby has a bruise on his cheek; dad says his brother hit him with a toy.",
                  "For each: is this immediate risk? What does the step-down plan need to say?",
                  "All names and details are invented for training."])
    root = multipart("mixed", [alt, cs], gbnd(f, 1))
    top = [("From", addr("Nia Probert", "nia@probert-training.example.com")), ("To", addr(None, HEH)),
           ("Subject", "Case studies for Tuesday"), ("Date", email.utils.format_datetime(dt(when))),
           ("Message-ID", "<CAJ%s@mail.gmail.com>" % sha(f, "g")[:30])]
    add(f, build(top, root, False), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "TRAINING MATERIAL (Gmail web, text + HTML, a PDF of case studies): a 3-year-old alone at night, a missing "
        "14-year-old, a bruised baby - all 'fictional' and 'invented for training', first names only -> not urgent, "
        "no children, no concerns -> other -> human_review.", not_children=["Nia Probert"])

def herefordshire_06():
    """A single base64 text/plain part; a sibling group with an apostrophe, an accent and a hyphen."""
    f = "herefordshire_06.eml"; when = "2050-11-22 11:11:40"
    text = T("""
Dear Early Help Co-ordinators,

Step-down to Early Help (level 3) for the D'Arcy sibling group, Mosaic ID 2987716, following the assessment decision on 15/11/2050.

Chloë D'Arcy - DOB 07 Sep 2039
Finn D'Arcy - DOB 2.3.2044
Rosa-Lee D'Arcy - DOB 11/06/2050

I discussed the plan with Verity Lang at Tuesday's drop-in. Attached: the Early Help Assessment step-down plan and mum's signed consent form (form completed 21/11/2050).

Key person: Mrs Bethan Griffiths, Family Support Worker, Kington Children's Centre - she has met mum and agreed to lead.

Worries now: Finn's speech and language (SALT waiting list) and Chloë's attendance (86%).

Rhiannon Bowen-Jones
Social Worker, Children in Need (North), Herefordshire Council
""")
    body = text_part(text, cte="base64", crlf=True)
    atts = [docx_att("EHA step-down plan - D'Arcy.docx", ["# Early Help Assessment step-down plan - D'Arcy",
                                                          "What needs to happen: SALT; attendance plan; parenting support.",
                                                          "By whom: Bethan Griffiths (Kington CC); school.",
                                                          "Timescale: review at MAG."]),
            pdf_att("Consent form - D'Arcy - signed.pdf", "Early Help consent form",
                    ["I consent to my family receiving Early Help. Signed: K. D'Arcy (mother). Date: 21/11/2050."])]
    root = multipart("mixed", [body] + atts, bnd(f, 1))
    top = outlook_top(f, addr("Bowen-Jones, Rhiannon", "Rhiannon.Bowen-Jones@" + HDOM),
                      addr("Early Help Co-ordinators", HEH), "Step down - C.D., F.D. & R-L.D. (D'Arcy sibling group)", when)
    add(f, build(top, root, True), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["2987716"],
        [ch("Chloë D'Arcy", "2039-09-07", "07 Sep 2039"), ch("Finn D'Arcy", "2044-03-02", "2.3.2044"),
         ch("Rosa-Lee D'Arcy", "2050-06-11", "11/06/2050")],
        ["disability_send", "school_attendance"], True, None, [], None, "book_meeting",
        "A SINGLE BASE64 text/plain PART (UTF-8, CRLF) for a sibling group (the seed: one request may cover a "
        "sibling group): initials only in the subject, full names with an apostrophe, a diaeresis and a hyphen in "
        "the body, three DOB formats. Signed consent form and step-down plan attached, key person named with her "
        "agency -> complete -> book_meeting ('level 3' written). 15/11/2050 (assessment decision) and 21/11/2050 "
        "(form completed) are not DOBs; Rosa-Lee's 11/06/2050 is. SALT -> disability_send; 86% -> "
        "school_attendance.", not_children=["Bethan Griffiths", "Verity Lang", "Rhiannon Bowen-Jones"])

def herefordshire_07():
    """Quoted-printable with soft line breaks inside the children's and the key person's names; verbal consent."""
    f = "herefordshire_07.eml"; when = "2050-09-15 14:02:51"
    S = SOFT
    text = (
        "Hello,\n\n"
        "Please find attached the Early Help Assessment step-down plan for Tyler Pritchard-" + S + "Evans (DOB "
        "26/01/2041) and Macy Pritchard-Evans (DOB 09/12/2044), Mosaic ID 3011846. I talked it through with Xavier "
        "Moss last week.\n\n"
        "Key person: Mr Owain Bed" + S + "does, Youth Worker, Leominster Youth Hub, who knows Tyler well and has "
        "agreed to take the lead.\n\n"
        "Mum gave her verbal consent to Early Help on the phone this morning. I'll get the consent form signed at "
        "my visit next week and send it on.\n\n"
        "Current worries: dad's cannabis use in the home and Tyler's anger at school.\n\n"
        "Aled Prosser\nSocial Worker, Leominster CIN Team, Herefordshire Council\n")
    root = multipart("mixed", [qp_soft_part(text),
                               docx_att("Step-down plan - Pritchard-Evans.docx",
                                        ["# Early Help Assessment step-down plan",
                                         "Tyler: youth hub twice a week; anger work.", "Dad: drug service referral."])],
                     bnd(f, 1))
    top = outlook_top(f, addr("Prosser, Aled", "Aled.Prosser@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down plan - Pritchard-Evans", when)
    add(f, build(top, root, True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["3011846"],
        [ch("Tyler Pritchard-Evans", "2041-01-26", "26/01/2041"), ch("Macy Pritchard-Evans", "2044-12-09", "09/12/2044")],
        ["substance_misuse"], True, None, ["consent_form"], None, "request_info",
        "QUOTED-PRINTABLE SOFT LINE BREAKS INSIDE NAMES ('Pritchard-=' / 'Evans', 'Bed=' / 'does'). Herefordshire "
        "step-down with the plan attached and a key person with agency; mum's VERBAL consent -> consent true, but "
        "the seed asks for written consent and the form is to follow -> consent_form missing -> request_info. No "
        "level written -> null (the pack's default of 3 is not a stated level). Dad's cannabis use -> "
        "substance_misuse.", not_children=["Owain Beddoes", "Xavier Moss", "Aled Prosser"])

def herefordshire_08():
    """Outlook for Android (base64): a step-up, which Herefordshire's protocol does not define."""
    f = "herefordshire_08.eml"; when = "2050-12-06 17:45:21"
    text = T("""
Hi MASH,

I'd like to step up Kacey Morgan (DOB 3/10/2038) to social care. I've been her Early Help worker since April. Mum hasn't engaged with the plan since the summer and Kacey is coming to school unwashed, in the same clothes all week and hungry. Mum agreed to the referral when I saw her today. My manager, Lynne Powell, doesn't agree that it meets the threshold for social care yet, but said I could send it to you for a view.

EHA attached to follow tomorrow when I'm back at my desk.

Cerys Watkins-Pugh
Early Help Worker, Herefordshire Council
""")
    alt = multipart("alternative", [text_part(text, cte="base64", crlf=True),
                                    text_part(mobile_outlook_html(text, "Android"), "html", cte="base64", crlf=True)],
                    bnd(f, 1))
    top = outlook_top(f, addr("Watkins-Pugh, Cerys", "Cerys.Watkins-Pugh@" + HDOM), addr(None, HMASH),
                      "Step up - Kacey Morgan", when)
    add(f, build(top, alt, True), "herefordshire", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, [], [ch("Kacey Morgan", "2038-10-03", "3/10/2038")],
        ["neglect", "non_engagement"], True, False, [], None, "human_review",
        "OUTLOOK FOR ANDROID (base64). A step-up to Herefordshire MASH: the Herefordshire seed defines no step-up "
        "(REQUIREMENTS.md) -> missing [] and human_review. Consent ('Mum agreed to the referral') -> true; the "
        "manager 'doesn't agree that it meets the threshold' -> manager_agreed FALSE (a stated disagreement). Neglect and mum's non-engagement. Sent at 17:45, but nothing "
        "immediate -> not urgent.", not_children=["Lynne Powell", "Cerys Watkins-Pugh"])


# ============================================================================= SELF-CHECKS
CONCERN_IDS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
               "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation",
               "school_attendance", "young_carer", "disability_send"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
# REQUIREMENTS.md (and the packs' requirement ids): the ids for each authority and kind ("children" always).
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
# the packs' `when: {concern: ...}` conditions (knowsley.yaml step_up)
KNOWSLEY_WHEN = {"gcp2": "neglect", "engaging_families": "non_engagement", "exploitation_assessment": "exploitation"}
DEFINED = {(a, k) for (a, k, _l) in REQ}

# England & Wales bank holidays in 2050 that fall on a weekday (set_checks() compares with the holidays package):
# New Year's Day observed Mon 3 January; Good Friday 8 April; Easter Monday 11 April; May Day Mon 2 May; Spring Bank
# Holiday Mon 30 May; Late Summer Bank Holiday Mon 29 August; Boxing Day Mon 26 December; Christmas Day observed
# Tue 27 December (Christmas Day itself is a Sunday).
BANK_HOLIDAYS = {date(2050, 1, 3), date(2050, 4, 8), date(2050, 4, 11), date(2050, 5, 2), date(2050, 5, 30),
                 date(2050, 8, 29), date(2050, 12, 26), date(2050, 12, 27)}
# The window: the autumn term, Monday 5 September - Friday 16 December 2050. No bank holiday falls inside it: the
# Late Summer Bank Holiday (29 Aug) is the Monday before it, Boxing Day (26 Dec) and Christmas observed (27 Dec)
# come after it.
WINDOW = (datetime(2050, 9, 5, tzinfo=LON), datetime(2050, 12, 16, 23, 59, 59, tzinfo=LON))
# BST 2050: began 01:00 UTC Sunday 27 March, ends 01:00 UTC Sunday 30 October.
BST_START = datetime(2050, 3, 27, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2050, 10, 30, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2050

def expected_offset(d):
    return "+0100" if BST_START <= d.astimezone(UTC) < BST_END else "+0000"

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"], 1)}

def parse_dob(w):
    """DOB as written -> ISO. Formats in this set: d/m/yyyy and dd/mm/yyyy, dd.mm.yyyy, d.m.yy (20yy), yyyy-mm-dd,
    '12th Jan 2036', '07 Sep 2039', '8 August 2043'."""
    w = w.strip()
    m = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})", w)
    if m:
        y = int(m[3]) if len(m[3]) == 4 else 2000 + int(m[3])
        return date(y, int(m[2]), int(m[1])).isoformat()
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

YEAR = re.compile(r"\b(2\d{3})\b")
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
    if not set(e["concerns"]) <= CONCERN_IDS or e["concerns"] != sorted(set(e["concerns"])): err("concerns")
    if e["missing"] != sorted(set(e["missing"])): err("missing not sorted/unique")
    if not lab["why"] or len(lab["why"]) < 60: err("why too short")
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
    if "\ufffd" in text: err("replacement character in the readable text (undecodable bytes)")
    metas = {c["name"]: c for c in META[f]["children"]}
    for c in e["children"]:
        mc = metas.get(c["name"])
        if mc is None:
            err("child %s has no source record" % c["name"]); continue
        span = mc["_as"] or c["name"]
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
        if any(name == c["name"] for c in e["children"]):
            err("excluded person %s labelled as a child" % name)
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
        except Exception as ex:
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
            present = phrase in readable(parse(f))
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
    if tot != CAT_EXPECTED or tot["urgent"] < 11 or tot["near_miss"] < 11:
        errors.append("set: category totals %s, expected %s (at least 11 urgent and 11 near misses)" % (tot, CAT_EXPECTED))
    kinds = {l["expect"]["kind"] for l in LABELS}
    if kinds != KINDS: errors.append("set: kinds present %s, need every kind" % sorted(kinds))
    return errors, tot

# ----------------------------------------------------------------------------- structural checks (the theme)
def _lab(f):
    return next(l for l in LABELS if l["file"] == f)

def _today(f):
    return datetime.fromisoformat(_lab(f)["now"]).astimezone(LON).date()

def _parts(msg, ct):
    return [p for p in msg.walk() if p.get_content_type() == ct]

def _raw(f):
    return FILES[f]

def _cal(msg):
    return "\n".join(p.get_payload(decode=True).decode() for p in _parts(msg, "text/calendar"))

def _plain_bodies(msg):
    return " ".join(part_text(p) for p in msg.walk() if p.get_content_type() in ("text/plain", "text/html")
                    and not p.get_filename())

def _ctes(msg, ct):
    return {str(p["Content-Transfer-Encoding"]).lower() for p in _parts(msg, ct)}

def _k05(m):
    rfc = _parts(m, "message/rfc822")
    top_text = part_text(next(p for p in m.walk() if p.get_content_type() == "text/plain"))
    return len(rfc) == 2 and "Rio Donnelly" not in top_text and "cut on his bottom lip" not in top_text and "Rio Donnelly" in readable(m)

def _r03(m):
    t = readable(m)
    return t.find("PS") > t.find("Harriet Oyelowo") > 0 and t.find("mirtazapine") > t.find("PS")

def _r04(m):
    p = _parts(m, "text/plain")[0]
    raw = p.get_payload(decode=True)
    try:
        raw.decode("utf-8"); return False
    except UnicodeDecodeError:
        pass
    return p.get_content_charset() == "utf-8" and "didn’t" in raw.decode("cp1252")

def _r08(m):
    p = _parts(m, "text/plain")[0]
    raw = p.get_payload(decode=True)
    return (p.get_content_charset() == "iso-8859-1" and "Zoë Lefèvre" in raw.decode("utf-8")
            and "ZoÃ«" in raw.decode("latin-1"))

def _t07(m):
    p = _parts(m, "text/plain")[0]
    raw = p.get_payload(decode=True)
    return (p.get_content_charset() == "us-ascii" and str(p["Content-Transfer-Encoding"]) == "7bit"
            and b"Am\xe9lie" in raw)

CUSTOM = [
    ("knowsley_01.eml", "request only in the calendar DESCRIPTION (bodies carry the Teams block only)",
     lambda m: "O'Dowd" not in _plain_bodies(m) and "EHM-77215" not in _plain_bodies(m)
     and "DESCRIPTION" in _cal(m) and "METHOD:REQUEST" in _cal(m) and "DTSTART;TZID=GMT Standard Time:20501102T100000" in _cal(m)),
    ("knowsley_02.eml", "Apple Mail alternative (QP text + HTML)",
     lambda m: m.get_content_type() == "multipart/alternative" and "Apple-Mail" in m.get_boundary()
     and _ctes(m, "text/plain") == {"quoted-printable"}),
    ("knowsley_03.eml", "Outlook for Android, both parts base64",
     lambda m: _ctes(m, "text/plain") == {"base64"} and _ctes(m, "text/html") == {"base64"}
     and "Outlook for Android" in readable(m)),
    ("knowsley_04.eml", "DECLINED reply with the comment",
     lambda m: "PARTSTAT=DECLINED" in _cal(m) and "spiral fracture" in _cal(m).replace("\r\n ", "")),
    ("knowsley_05.eml", "two nested message/rfc822 parts; the child only in the innermost", _k05),
    ("knowsley_06.eml", "newsletter headers, HTML-only related, tracking pixel",
     lambda m: m["List-Id"] and m["List-Unsubscribe"] and str(m["Precedence"]) == "bulk"
     and not _parts(m, "text/plain") and m.get_content_type() == "multipart/related"
     and re.search(r'<img src="https://[^"]+" width="1" height="1"', part_text(_parts(m, "text/html")[0]))),
    ("knowsley_07.eml", "Outlook recall", lambda m: str(m["Subject"]).startswith("Recall: ")
     and "would like to recall the message" in readable(m)),
    ("richmond_wandsworth_01.eml", "TNEF winmail.dat beside a windows-1252 text part",
     lambda m: _parts(m, "application/ms-tnef")[0].get_payload(decode=True)[:4] == b"\x78\x9f\x3e\x22"
     and _parts(m, "text/plain")[0].get_content_charset() == "windows-1252"),
    ("richmond_wandsworth_02.eml", "multipart/signed with a detached pkcs7 signature",
     lambda m: m.get_content_type() == "multipart/signed" and m.get_param("protocol") == "application/pkcs7-signature"
     and m.get_payload()[1].get_content_type() == "application/pkcs7-signature"),
    ("richmond_wandsworth_03.eml", "the risk is in the PS after the signature", _r03),
    ("richmond_wandsworth_04.eml", "cp1252 bytes under a utf-8 label", _r04),
    ("richmond_wandsworth_06.eml", "soft breaks inside the surname and 'immediate'",
     lambda m: b"Whitfield-=\r\nNunes" in _raw("richmond_wandsworth_06.eml")
     and b"immed=\r\niate" in _raw("richmond_wandsworth_06.eml")),
    ("richmond_wandsworth_08.eml", "UTF-8 bytes under an iso-8859-1 label", _r08),
    ("tower_hamlets_01.eml", "police mail is multipart/signed", lambda m: m.get_content_type() == "multipart/signed"),
    ("tower_hamlets_02.eml", "the child only in the subject",
     lambda m: "Lily" in str(m["Subject"]) and "Lily" not in _plain_bodies(m)),
    ("tower_hamlets_04.eml", "disclaimer before the real text",
     lambda m: 0 <= readable(m).find("intended solely") < readable(m).find("Hello Early Help Hub")),
    ("tower_hamlets_05.eml", "HTML-only, base64", lambda m: not _parts(m, "text/plain") and _ctes(m, "text/html") == {"base64"}),
    ("tower_hamlets_06.eml", "HTML-only related + pixel + MARF; agreement only in the forwarded reply",
     lambda m: not _parts(m, "text/plain") and _parts(m, "multipart/related") and _parts(m, "image/png")
     and 'width="1" height="1"' in part_text(_parts(m, "text/html")[0])
     and readable(m).find("Agreed - please send the MARF") > readable(m).find("From: Nadia Haque") > 0),
    ("tower_hamlets_07.eml", "cp1252 bytes under us-ascii / 7bit", _t07),
    ("torbay_01.eml", "portal notification with the text inside, no Auto-Submitted",
     lambda m: "Message preview" in readable(m) and m["Auto-Submitted"] is None and "Leo Tregenza" in readable(m)),
    ("torbay_02.eml", "soft break inside the child's surname", lambda m: b"Jago-=\r\nRowe" in _raw("torbay_02.eml")),
    ("torbay_04.eml", "one base64 text part", lambda m: _ctes(m, "text/plain") == {"base64"} and len(_parts(m, "text/plain")) == 1),
    ("torbay_05.eml", "Apple Mail with a text-free photo", lambda m: "Apple-Mail" in m.get_boundary() and _parts(m, "image/png")),
    ("torbay_08.eml", "manager agreement only in the .docx",
     lambda m: "agree" not in body_text(m).lower() and "agreed for step down" in readable(m)),
    ("herefordshire_01.eml", "Lotus Notes; the injury only in the PDF",
     lambda m: "Lotus Notes" in str(m["X-Mailer"]) and "scald" not in body_text(m) and "scalds" in readable(m)),
    ("herefordshire_02.eml", "banner and disclaimer before the real text",
     lambda m: 0 <= readable(m).find("CAUTION") < readable(m).find("privacy notice") < readable(m).find("Hi,")),
    ("herefordshire_06.eml", "a single base64 text part; initials in the subject",
     lambda m: _ctes(m, "text/plain") == {"base64"} and "C.D., F.D." in str(m["Subject"])),
    ("herefordshire_07.eml", "soft breaks inside names", lambda m: b"itchard-=\r\nEvans" in _raw("herefordshire_07.eml")
     and b"Bed=\r\ndoes" in _raw("herefordshire_07.eml")),
]

# Each consent / manager phrase and the value it carries (checked against the labels).
WORDING = [
    ("knowsley_01.eml", "discussed the step up with me in supervision on Monday and agreed it", "manager_agreed", True),
    ("knowsley_01.eml", "Mum knows I am asking for a social worker", "consent", None),
    ("knowsley_02.eml", "Mum has agreed to Family First on one condition", "consent", True),
    ("knowsley_03.eml", "Dad has consented to level 2 support", "consent", True),
    ("richmond_wandsworth_01.eml", "I agree with the step up as Early Help Team Manager", "manager_agreed", True),
    ("richmond_wandsworth_01.eml", "Mum agrees to the step up", "consent", True),
    ("richmond_wandsworth_02.eml", "Ms Adeyemi has declined Early Help", "consent", False),
    ("richmond_wandsworth_03.eml", "Mum consented to Early Help carrying on the plan", "consent", True),
    ("richmond_wandsworth_06.eml", "Mum is aware we are writing to you", "consent", None),
    ("richmond_wandsworth_08.eml", "consented to Early Help on 2nd December", "consent", True),
    ("tower_hamlets_04.eml", "Mrs Chowdhury consents to the step-down", "consent", True),
    ("tower_hamlets_06.eml", "Agreed - please send the MARF to MAST today", "manager_agreed", True),
    ("tower_hamlets_06.eml", "Mum has agreed to the MARF being sent", "consent", True),
    ("tower_hamlets_07.eml", "I’ll ask him at my visit on Monday", "consent", None),
    ("torbay_02.eml", "we agree this needs considering for a level 4", "manager_agreed", True),
    ("torbay_02.eml", "I have not told mum or dad about this contact", "consent", None),
    ("torbay_04.eml", "consents to level 3 Early Help", "consent", True),
    ("torbay_05.eml", "Mum signed the consent form for level 3 Early Help", "consent", True),
    ("torbay_06.eml", "Dad has declined consent for the contact", "consent", False),
    ("torbay_06.eml", "we agree this needs to be considered for level 4", "manager_agreed", True),
    ("torbay_07.eml", "I agree the step down to level 3", "manager_agreed", True),
    ("torbay_08.eml", "agreed for step down to Early Help", "manager_agreed", True),
    ("herefordshire_06.eml", "I consent to my family receiving Early Help", "consent", True),
    ("herefordshire_07.eml", "Mum gave her verbal consent", "consent", True),
    ("herefordshire_08.eml", "Mum agreed to the referral", "consent", True),
    ("herefordshire_08.eml", "doesn't agree that it meets the threshold", "manager_agreed", False),
]

def add_kind_checks():
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

# Whole-set facts the README states (set_checks() recomputes them and compares).
QUIET_EXPECTED = ["herefordshire_01.eml", "herefordshire_02.eml", "knowsley_04.eml", "knowsley_05.eml",
                  "richmond_wandsworth_03.eml", "richmond_wandsworth_04.eml", "torbay_01.eml", "torbay_02.eml",
                  "tower_hamlets_01.eml", "tower_hamlets_02.eml", "tower_hamlets_03.eml"]
COUNTS_EXPECTED = {"knowsley_01.eml": (5, 5), "knowsley_02.eml": (4, 4), "knowsley_03.eml": (5, 5)}
ACROSS_CLOCK_CHANGE = ["knowsley_01.eml"]          # sent in BST, meeting in GMT
OFFSETS_EXPECTED = {"+0100": 19, "+0000": 21}
QUIET, COUNTS = [], {}

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2050])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = [d for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()]
    if inside:
        errors.append("set: bank holidays inside the window %s (expected none)" % inside)
    if pkg.get(date(2050, 8, 29)) != "Late Summer Bank Holiday" or pkg.get(date(2050, 12, 27)) is None:
        errors.append("set: Late Summer (29 Aug) / Christmas observed (27 Dec) 2050 not as expected")
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2050, 3) and BST_END.date() == last_sun(2050, 10) == date(2050, 10, 30)):
        errors.append("set: BST 2050 must end on Sunday 30 October")
    if datetime(2050, 10, 28, 12, tzinfo=LON).utcoffset() != timedelta(hours=1) or \
       datetime(2050, 10, 31, 12, tzinfo=LON).utcoffset() != timedelta(0):
        errors.append("set: zoneinfo disagrees about the 2050 clock change")
    if not (WINDOW[0].weekday() == 0 and WINDOW[1].weekday() == 4):
        errors.append("set: the window must run Monday to Friday")
    quiet, counts, offsets = [], {}, {}
    for lab in LABELS:
        f = lab["file"]
        try:
            msg = parse(f)
            text = readable(msg)
        except Exception as ex:
            errors.append("%s: unreadable (%r)" % (f, ex)); continue
        off = msg["Date"].strip()[-5:]
        offsets[off] = offsets.get(off, 0) + 1
        if lab["expect"]["urgent"] and not ALARM.search(text):
            quiet.append(f)
        m = META[f]["meeting"]
        if m is not None:
            counts[f] = (working_days(_today(f), m), plain_weekdays(_today(f), m))
        pos = [text.find(META_CHILD(f, c["name"])) for c in lab["expect"]["children"]]
        if pos != sorted(pos):
            errors.append("%s: children not in order of first full-name appearance" % f)
    quiet.sort()
    if quiet != QUIET_EXPECTED:
        errors.append("set: the urgent mails with no alarm word are %s, expected %s" % (quiet, QUIET_EXPECTED))
    if len(quiet) < 8:
        errors.append("set: only %d urgent mails avoid every alarm word (need 8)" % len(quiet))
    if counts != COUNTS_EXPECTED:
        errors.append("set: Knowsley notice counts are %s, expected %s" % (counts, COUNTS_EXPECTED))
    clock = sorted(f for f in counts if expected_offset(datetime.fromisoformat(_lab(f)["now"])) == "+0100"
                   and META[f]["meeting"] >= BST_END.date())
    if clock != ACROSS_CLOCK_CHANGE:
        errors.append("set: counts across the clock change %s, expected %s" % (clock, ACROSS_CLOCK_CHANGE))
    if offsets != OFFSETS_EXPECTED:
        errors.append("set: Date offsets %s, expected %s" % (offsets, OFFSETS_EXPECTED))
    QUIET[:] = quiet
    COUNTS.clear(); COUNTS.update(counts)
    return errors

def META_CHILD(f, name):
    mc = next((x for x in META[f]["children"] if x["name"] == name), None)
    return (mc and mc["_as"]) or name

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
           "Knowsley counts (WD, plain weekdays): %s" % COUNTS]
    table = {}
    for l in LABELS:
        table.setdefault(l["authority"], Counter())[CATS[l["file"]]] += 1
    for a, c in table.items():
        out.append("%s %s" % (a, dict(c)))
    out.append("offsets %s" % dict(Counter(l["now"][-6:] for l in LABELS)))
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
