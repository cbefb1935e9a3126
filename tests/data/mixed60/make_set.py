#!/usr/bin/env python3
"""mixed60: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the summer term of 2079 (Monday 17 April - Friday 21 July), in digital evidence: screenshots described in
words, voice notes transcribed (WhatsApp transcripts, a child's smartwatch message), social media posts, lives and
comments quoted, doorbell and CCTV footage described, location sharing and a tracking tag, a live video call the
writer watched, and messages with emoji and reactions copied out - with, as near misses, old posts and videos
resurfacing, a screenshot already dealt with, a viral hoax and an online "challenge" warning, a parent's worry about
screen time, a location scare already resolved, an automatic monitoring digest, training scenarios and a
hypothetical - alongside ordinary requests with consent given (by text with 👍, by voice note, by e-signature),
refused (in a WhatsApp chat export) or unclear ("do what you need to do"), manager agreement given, pending or
refused, missing documents (a plan only as a OneDrive link, minutes "being typed up", a MARF "half done") and
Knowsley notice periods across Easter, May Day and the Spring Bank Holiday.

Urgent (12): a 14-year-old whose Snap Map shows her at a hotel after an adult's "room 14 babe" chat; a mother's
WhatsApp voice note from a locked bathroom in a step-up's P.S.; a tutor who watched a child's face slammed into a
desk on a video call; doorbell footage of a barred father letting himself in, only in an attached case summary; a
15-year-old told in a group chat to bring a knife tonight; a tracker in a 13-year-old's bag; an 11-year-old alone
with a baby since last night (texts with emoji); a drunk mother slumped on TikTok Live with a toddler at a balcony
door; a barred father's "see u at the gate 3.15" in a step-down's P.S.; a sextortion countdown and a boy who has
walked out; a baby's fingertip bruises in a family WhatsApp photo; and a mother's voice message on her child's
smartwatch.

Window: Monday 17 April - Friday 21 July 2079, all British Summer Time (+0100). Easter is late in 2079 (Good Friday
21 April, Easter Monday 24 April), so it falls inside the window with May Day (Monday 1 May) and the Spring Bank
Holiday (Monday 29 May). Three Knowsley notice counts are decided by a bank holiday (one across Easter, one across
May Day, one across the Spring Bank Holiday).

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, Content-IDs and calendar UIDs
come from sha1 of the file name; zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py
(`--stats` prints the tallies; `--inject-faults` also breaks an in-memory copy in many ways and requires every break
to be caught). pypdf and python-docx are used only by the self-checks, to read the hand-built PDFs and .docx files
back; `holidays` is required and must agree with the script's bank-holiday list. The MIME, Word HTML, PDF, .docx,
iCalendar, out-of-office, quote-chain, working-day, readable-text and self-check helpers are copied from the model
set /work/main/tests/data/mixed27/make_set.py and adapted; the mails and labels are new. Every label was set by hand
from the specification; the self-checks only verify them against its rules and STOP on any error before anything is
written.
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
    """Local (Europe/London) wall-clock time. The whole window (17 April - 21 July 2079) is British Summer Time
    (+0100): BST begins at 01:00 UTC on Sunday 26 March 2079 and ends on Sunday 29 October 2079. The self-check
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
    """Wrap each logical line with soft breaks ('line ' + CRLF). '\x00' between two words forces a soft break there.
    Quoted lines keep their '>' prefix on every physical line (RFC 3676 4.5; added for mixed60)."""
    out = []
    for logical in text.split("\n"):
        m = re.match(r"(>+ ?)", logical)
        if m:                               # RFC 3676 4.5: every physical line of a quoted paragraph keeps its quote
            prefix, rest = m.group(1), logical[m.end():]
            out += [prefix + p for p in flowed(rest, width - len(prefix)).split("\n")]
            continue
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
            zi = zipfile.ZipInfo(name, date_time=(2079, 4, 3, 0, 0, 0))
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
                   "why": why + " | Rule: " + rule_ref(authority, kind, urgent)})
    CATS[fname] = category
    META[fname] = {"meeting": meeting, "children": children, "not_children": list(not_children),
                   "attachment_only": names_only_in_attachments, "id_spans": dict(id_spans or {}),
                   "adults": list(adults)}


# ----------------------------------------------------------------------------- helpers from the model set (mixed22)
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


# ----------------------------------------------------------------------------- helpers from the model set (mixed25)
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



# ============================================================================= helpers from the model set (mixed27)
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




# ============================================================================= helpers added for mixed60
def txt_att(filename, text):
    """A UTF-8 .txt attachment (a WhatsApp chat export, a voice-note transcript), base64 as Outlook sends it."""
    h = [("Content-Type", 'text/plain; charset="utf-8"; name="%s"' % filename),
         ("Content-Description", filename),
         ("Content-Disposition", 'attachment; filename="%s"' % filename),
         ("Content-Transfer-Encoding", "base64")]
    return Part(h, b64lines(text.replace("\n", "\r\n").encode("utf-8")))

def png_att(fname, filename, rgb, w=90, h=160):
    """A tiny phone-screenshot-shaped PNG attachment: it carries no text (the mail describes it in words)."""
    return binary_part("image/png", filename, make_png(w, h, rgb))

def android_mail(f, top, text):
    """Outlook for Android: one text/plain part, base64, LF line ends."""
    return build(top, text_part(text, cte="base64"), False)

def gmail_mail(f, top, text, atts=()):
    """Gmail: multipart/alternative (text/plain QP + a <div dir="ltr"> HTML twin), LF, Gmail boundaries."""
    paras = text.rstrip("\n").split("\n")
    h = '<div dir="ltr">' + "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in paras) + "</div>\n"
    alt = multipart("alternative", [text_part(text), text_part(h, "html")], gbnd(f, 2))
    root = multipart("mixed", [alt] + list(atts), gbnd(f, 1)) if atts else alt
    return build(top, root, False)

def gmail_top(fname, frm, to, subject, when, domain, cc=None):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Date", email.utils.format_datetime(dt(when))), ("Message-ID", "<CA%s@mail.%s>" % (sha(fname, "gm")[:30], domain)),
          ("Subject", hdr(subject))]
    return h

def apple_top(fname, frm, to, subject, when, domain, in_reply_to=None, mailer="iPhone Mail (21F90)"):
    h = [("From", frm), ("To", to), ("Subject", hdr(subject)), ("Date", email.utils.format_datetime(dt(when))),
         ("Message-ID", "<%s@%s>" % (sha(fname, "ap")[:8].upper() + "-" + sha(fname, "ap2")[:4].upper() + "-"
                                      + sha(fname, "ap3")[:12].upper(), domain)),
         ("X-Mailer", mailer)]
    if in_reply_to:
        h += [("In-Reply-To", in_reply_to), ("References", in_reply_to)]
    return h

def html_page(paras, font="Calibri"):
    """A hand-written HTML-only Outlook body: paragraphs (strings) or ('table', rows)."""
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
           '<body style="font-family:%s,sans-serif;font-size:11pt">\n' % font]
    for p in paras:
        if isinstance(p, tuple) and p[0] == "table":
            out.append('<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">\n')
            for i, r in enumerate(p[1]):
                tag = "th" if i == 0 else "td"
                out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, esc(c), tag) for c in r) + "</tr>\n")
            out.append("</table>\n")
        elif p == "":
            out.append("<p>&nbsp;</p>\n")
        else:
            out.append("<p>%s</p>\n" % "<br>\n".join(esc(l) for l in p.split("\n")))
    out.append("</body></html>\n")
    return "".join(out)

COUNCIL = {"knowsley": "Knowsley", "richmond_wandsworth": "Richmond & Wandsworth", "tower_hamlets": "Tower Hamlets",
           "torbay": "Torbay", "herefordshire": "Herefordshire"}
SEED = {"richmond_wandsworth": "000_ad98922a9b2c3c54.txt", "tower_hamlets": "001_7484577aab521096.txt",
        "torbay": "002_682540a1ccf30a2a.txt", "herefordshire": "003_d813ace460bad8eb.txt",
        "knowsley": "004_ba08e3b9f619f49f.txt"}
SECTION = {
    ("knowsley", "step_up"): "section 4 'Cases Stepping-Up from Family First 0-18 ... on a Planned Basis' and Appendix 1 "
                             "(form, TAF minutes, GCP2 / Engaging Families / Merseyside Exploitation Assessment, 5 WD notice)",
    ("knowsley", "step_down"): "section 2 'Cases Stepping Down ... at Levels 2 and 3' and section 3 (date, time, venue; "
                               "the three Signs of Safety questions; level 2 lead practitioner; level 3 consent; 5 days' notice)",
    ("richmond_wandsworth", "step_up"): "'Process to Step Up' (the Early Help Team Manager emails the MASH: Step Up box with "
                                        "the latest case summary and the rationale)",
    ("richmond_wandsworth", "step_down"): "'Step Down to Early Help' and 'Process to Step Down' (consent; case discussion "
                                          "within 5 days, confirmed by email with the case summary and the draft plan)",
    ("tower_hamlets", "step_up"): "'Step Up' and the MAST paragraph ('contact MAST ... followed up with a completed "
                                  "Multi-Agency Request for Support form'; management oversight)",
    ("tower_hamlets", "step_down"): "'Definitions' and 'Stepping Down - From Child Protection/Child in Need' (assessment, "
                                    "TAF plan, consent, Lead Practitioner; TAF within 10 WD)",
    ("torbay", "step_up"): "'Step up processes from level 3 to level 4', steps 1-2 (worker and team manager agree; "
                           "contact to MASH with parental consent)",
    ("torbay", "step_down"): "'Step down process from Single Assessment Team' / 'from Safeguarding and Supporting Families "
                             "Team', steps 1-4 (Single Assessment and TM analysis, consent, triage slot)",
    ("herefordshire", "step_down"): "'New Early Help Assessment Step-Down' (written consent, key person, step-down plan "
                                    "within two weeks) and 'Roles and responsibilities'",
    ("herefordshire", "step_up"): "none: the seed defines no step-up (REQUIREMENTS: 'step_up is not defined by this seed')",
}
URGENT_SEED = {
    "knowsley": "'Safeguarding procedures would always override anything within this chapter. If a child is believed "
                "to be at risk, nothing within this protocol should be used to delay seeking help' and 'Any immediate "
                "safeguarding concerns should be communicated to the Duty Social Work Team in the Multi Agency "
                "Safeguarding Hub (MASH)'",
    "richmond_wandsworth": "'Step up from Early Help' (immediate child protection concerns: the Early Help Manager "
                           "telephones the MASH)",
    "tower_hamlets": "'If there is an immediate child protection concern, contact MAST (0207 364 5606/5601 or out of "
                     "hours in an emergency only 0207 364 4079)'",
    "torbay": "'Step up processes from level 3 to level 4', step 1 ('as per safeguarding processes')",
    "herefordshire": "no urgent wording of its own; seeds README: 'Safeguarding always overrides the protocols'",
}
KIND_RULE = {"follow_up": "DESIGN 'kind': follow_up (a reply adding to an existing request) -> attach_to_request",
             "meeting_reply": "DESIGN 'kind': meeting_reply (an iTIP REPLY) -> record_reply",
             "auto_reply": "DESIGN 'kind': auto_reply (auto-submitted) -> ignore; safety rule 2",
             "other": "DESIGN 'kind': other (no step request) -> human_review"}

def rule_ref(authority, kind, urgent):
    """The rule behind a label, appended to every `why`: council, seed file and section (or the DESIGN rule)."""
    out = "%s, seed %s" % (COUNCIL[authority], SEED[authority])
    if (authority, kind) in SECTION:
        out += " %s; REQUIREMENTS.md %s %s" % (SECTION[(authority, kind)], authority, kind)
    else:
        out += "; " + KIND_RULE[kind]
    if urgent:
        out += ("; urgent (alert_duty comes first in DESIGN's next_action order, whatever the kind): DESIGN safety "
                "rule 1 and seed %s %s" % (SEED[authority], URGENT_SEED[authority]))
    return out + "."


# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2079-04-26 10:12:37"
    body = T("""
Hi both,

Please see attached the step up request for the Hesketh children (EHM-73318). The step up TAF is booked for Weds 3rd May at 10am on Teams - the invite has gone from my calendar to MASH and MASH business support, and I've invited school, the health visitor and the community dental service.

Tayla-Rose Hesketh - 09/11/2071
Oakley Hesketh - 14/02/2075

Attached: the step up form, the GCP2 (completed with mum on 19/04/2079) and the minutes of our last TAF (12/04/2079).

In short, home conditions have gone backwards since February and the GCP2 scores 4 for nutrition, housing and hygiene. The health visitor took photos of the kitchen and the landing on her work phone on 19/04 with mum's permission. They are described in the GCP2 rather than attached, as we've been asked not to email images: an empty fridge apart from a bottle of squash, dog mess on the landing outside the children's bedroom, and the children's mattress on the floor with no sheet. Oakley had four teeth out under general anaesthetic in March and has missed both follow-ups. Tayla-Rose's attendance is 81%.

Since the last TAF mum has been sharing Facebook posts about "social workers stealing kids", but she still lets me in and has kept every visit. She knows we're asking for the step up. She says she won't consent to it and won't sign anything.

My TM, Yusuf Okonedo, went through it with me in supervision on 25/04/2079 and agreed the step up - his agreement is on the form.

Thanks,
Bronagh

Bronagh Keegan
Family First Case Manager | Huyton Team | Knowsley Council
0151 496 0733 | 07700 900 418

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Hesketh.docx", appendix1([
        ("Case ID on EHM:", "EHM-73318"),
        ("Children:", "Tayla-Rose Hesketh 09/11/2071; Oakley Hesketh 14/02/2075"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Wednesday 03/05/2079, 10:00, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium - mum lets us in and keeps visits, but disagrees with the plan"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 12/04/2079"),
        ("What are we worried about?", "Home conditions (GCP2 19/04/2079: level 4 for nutrition, housing and "
         "hygiene); Oakley's dental neglect and missed follow-ups; Tayla-Rose's attendance 81%."),
        ("What is working well?", "Mum engages with visits; the children are warm with her; maternal grandmother "
         "has them for tea on Sundays."),
        ("What next?", "Step up to CSC for a C&F assessment; Family First to stay involved until it is complete."),
        ("Graded Care profile (If neglect should be completed).", "Completed 19/04/2079 - attached."),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Agreement by line manager:", "Agreed - Yusuf Okonedo, Team Manager, 25/04/2079"),
        ("Contingency plan (Smart and timely).", "If not agreed: fortnightly TAF, weekly unannounced visits, "
         "dental appointments booked by the health visitor with mum."),
    ]))
    gcp2 = pdf_att("Graded Care Profile 2 (GCP2) - Hesketh - 19.04.2079.pdf", "Graded Care Profile 2 (GCP2) - summary", [
        "Family: Hesketh. Completed 19/04/2079 by Bronagh Keegan (Family First) with mum and the health visitor.",
        "Children: Tayla-Rose Hesketh (09/11/2071), Oakley Hesketh (14/02/2075).",
        "Area 1 Physical care - Nutrition: 4. Housing: 4. Hygiene: 4. Health: 3.",
        "Area 2 Safety: 3. Area 3 Love and care: 2. Area 4 Stimulation and education: 3.",
        "Photographs taken by the health visitor on 19/04/2079 (held on the HV's records, not attached):",
        "- kitchen: fridge empty apart from a bottle of squash; no food in the cupboards; sink full;",
        "- landing: dog faeces outside the children's bedroom door;",
        "- children's bedroom: a single mattress on the floor, no sheet, one duvet for both children.",
        "Mum's view: 'it's been a bad month, I'll sort it'."])
    minutes = pdf_att("TAF minutes 12.04.2079 - Hesketh.pdf", "Team Around the Family - minutes", [
        "Date: 12/04/2079, 13:00, Huyton Family Hub",
        "Present: mum, Bronagh Keegan (chair), class teacher, health visitor, dental nurse",
        "School: Tayla-Rose often hungry; attendance 81%.",
        "Dental: Oakley's extractions in March; two follow-ups missed.",
        "Agreed: GCP2 to be completed; Bronagh to discuss a step up with her team manager."])
    top = outlook_top(f, addr("Keegan, Bronagh", "Bronagh.Keegan@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up TAF Weds 3rd May 10am - EHM-73318 - Hesketh", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, gcp2, minutes], html_alt=True), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-73318"],
        [ch("Tayla-Rose Hesketh", "2071-11-09", "09/11/2071"), ch("Oakley Hesketh", "2075-02-14", "14/02/2075")],
        ["neglect", "school_attendance"], False, True, [], False, "request_info",
        "Complete Knowsley neglect step-up (REQUIREMENTS, knowsley step_up; seed 004 section 4 and Appendix 1): form "
        ".docx, GCP2 .pdf (neglect -> gcp2 met), TAF minutes .pdf, EHM id, TM agreement ('agreed the step up'). The "
        "health visitor's PHOTOS ARE DESCRIBED IN WORDS in the body and in the GCP2, not attached. CONSENT REFUSED: "
        "'She says she won't consent to it and won't sign anything' -> false (not a requirement of a Knowsley "
        "step-up, so nothing missing). NOTICE ACROSS MAY DAY, DECISIVE: from Wed 26 April the TAF on Wed 3 May "
        "('Weds 3rd May') is 5 plain weekdays but Mon 1 May is the Early May bank holiday -> 4 working days < 5 "
        "(seed 004: 'at least 5 working days' notice') -> notice not ok -> request_info. Facebook posts about social "
        "workers and 'still lets me in and has kept every visit' -> no non_engagement.",
        meeting=date(2079, 5, 3), not_children=["Bronagh Keegan", "Yusuf Okonedo"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2079-06-08 15:41:09"
    ack = ack_text("step-up", "SB-knowsley-1207", [
        "Case: EHM-75140", "Child: Kenzie Molyneux (22/03/2065)",
        "Step-up TAF meeting: Wednesday 14 June 2079, 10:00 (Microsoft Teams)"], [])
    body = T("""
Hi,

Adding to the step up for Kenzie, because I don't think this can wait for Wednesday.

Kenzie signed herself out of school at 12.30 today saying she had the dentist. She didn't. Mum rang me at 3 in bits. Mum has Kenzie on Snap Map and watched her Bitmoji go from Huyton village to the Lakeside Lodge hotel off the East Lancs Road - it has been showing there since 13.50. Mum's screenshot is attached (Snap Map at 15.02): Kenzie's Bitmoji in the hotel car park with "Kenz 📍 1h ago" under it.

Kenzie's iPad is synced to her phone, and mum screenshotted this chat with "Deano 🐺". I've typed it out exactly as it shows:

Deano 🐺 12:58  room 14 babe bring ur mate 😘 ive got the good stuff 💊💊 taxi paid x
Kenz 13:02  omw 😬
Deano 🐺 13:03  dont tell ur mum or the school ok 🤫
Kenz reacted ❤️ to "dont tell ur mum or the school ok 🤫"

Deano is Dean Sefton-Carr, 24 - the man in the car outside the chippy in our last TAF minutes. Kenzie is 14. Her mate is Summer from her year; I don't know her surname.

Mum has rung 999 and is driving there now. I'm on 07700 900 873 - can someone from MASH ring me back?

Lorna

Lorna Fitzsimmons
Family First Case Manager | Kirkby Team | Knowsley Council
0151 496 0486
""") + quote_chain([
        ("Knowsley MASH <knowsleymash@knowsley.gov.uk>", "06 June 2079 11:02",
         "Fitzsimmons, Lorna <Lorna.Fitzsimmons@knowsley.gov.uk>",
         "[SB-knowsley-1207] Step-up request received - EHM-75140", ack, None)])
    shot = png_att(f, "Screenshot_20790608-150214_Snapchat.png", (52, 120, 188))
    top = outlook_top(f, addr("Fitzsimmons, Lorna", "Lorna.Fitzsimmons@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: [SB-knowsley-1207] Step-up request received - EHM-75140", when)
    add(f, mail(f, top, body, [shot]), "knowsley", "mash_step_up", when, 3,
        "urgent", "follow_up", True, None, ["EHM-75140"],
        [ch("Kenzie Molyneux", "2065-03-22", "22/03/2065")],
        ["exploitation", "sexual_harm"], None, None, [], None, "alert_duty",
        "LOCATION SHARING AND A SCREENSHOTTED CHAT, HAPPENING NOW: a 14-year-old's Snap Map location shows her at a "
        "hotel since 13.50 after a 24-year-old messaged 'room 14 babe ... ive got the good stuff 💊💊 taxi paid' and "
        "'dont tell ur mum'; she replied 'omw 😬' and reacted ❤️. The screenshot is an image with no text (a PNG); "
        "its content is only in the case manager's words. No alarm word anywhere. DESIGN safety rule 1 (whatever "
        "the kind): a reply to [SB-knowsley-1207] is a follow_up, and urgent -> alert_duty. Child and DOB from the "
        "quoted acknowledgement; 'Summer' (first name only) is not labelled. exploitation + sexual_harm (an adult "
        "luring a child to a hotel room with drugs).",
        not_children=["Dean Sefton-Carr", "Lorna Fitzsimmons"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2079-05-24 11:05:52"
    blocks = [
        "Hello Family First duty,",
        "",
        "Rhys is stepping down to a Level 2 service at his final CIN meeting. St Aidan's have agreed to lead - "
        "details below.",
        "",
        ("table", [
            ["", "Details"],
            ["Child", "Rhys Gallagher-Boyd, DOB 03/09/2067"],
            ["ICS", "ICS-1402267"],
            ["Final CIN meeting", "Wednesday 31 May 2079, 10.00am"],
            ["Venue", "Halewood Family Hub, Room 2"],
            ["Lead practitioner (Level 2)", "Hollie Brennan, Pastoral Lead, St Aidan's Catholic High School"],
            ["Lead practitioner contact", "h.brennan@staidans.example.sch.uk | 0151 496 0962"],
        ]),
        "",
        ("h", "What are we worried about?"),
        "Rhys (11) is gaming online until 3 or 4am most nights. Dad sent me a screenshot of the console's "
        "screen-time report showing 41 hours last week, most of it after midnight. Rhys is tired and late most "
        "mornings and his attendance has dropped to 84%. Dad struggles to get the controller off him without a row.",
        ("h", "What is working well?"),
        "Dad put the router on a timer after the last CIN review and the last two weekly reports show it is helping. "
        "Rhys likes Ms Brennan and goes to her breakfast club. There have been no concerns about dad's care since "
        "the CIN plan started.",
        ("h", "What needs to happen?"),
        "Ms Brennan to lead an Early Help Assessment and TAF; a family agreement about gaming and bedtimes; the "
        "school nurse to look at Rhys's sleep.",
        "",
        "Dad replied to my text about school taking over with \"Yes I'm happy for school to take over 👍\" on "
        "Monday, so he's consented.",
        "",
        "Thanks,",
        "Chidi",
        "",
        "Chidi Nwachukwu",
        "Social Worker | Child in Need Team (Halewood) | Knowsley Council",
        "0151 496 0318",
        "",
        KDISC.strip(),
    ]
    top = outlook_top(f, addr("Nwachukwu, Chidi", "Chidi.Nwachukwu@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Level 2 step down - final CIN Weds 31st May - Rhys Gallagher-Boyd", when)
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 2, ["ICS-1402267"],
        [ch("Rhys Gallagher-Boyd", "2067-09-03", "03/09/2067")],
        ["school_attendance"], True, None, [], False, "request_info",
        "Knowsley LEVEL 2 step-down in a Word table (REQUIREMENTS, knowsley step_down level 2; seed 004 section 2): "
        "date, time and venue of the final CIN; all three Signs of Safety headings answered; lead practitioner "
        "named with her agency (the school) -> nothing missing. Consent given by text with an emoji ('Yes I'm happy "
        "for school to take over 👍' ... 'so he's consented') -> true (not required at level 2). A console "
        "screen-time SCREENSHOT described in words; late-night gaming and 84% attendance -> school_attendance. "
        "NOTICE ACROSS THE SPRING BANK HOLIDAY, DECISIVE: Wed 24 May -> Wed 31 May is 5 plain weekdays, but Mon 29 "
        "May is a bank holiday -> 4 working days < 5 ('At least 5 working days prior to the potential final Child in "
        "Need (CIN) meeting') -> notice not ok -> request_info.",
        meeting=date(2079, 5, 31), not_children=["Hollie Brennan", "Chidi Nwachukwu"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2079-04-20 14:30:15"
    body = T("""
Hi Family First,

I'd like to step the Corkhill children down to Family First. Joint home visit: Thursday 27th April at 10.00am, at home - 8 Larkspur Close, Kirkby, L32 9ZQ.

ICS ID 1398804 (family episode)
Maisie Corkhill - 17/06/2068
Jenson Corkhill - 30/01/2072

A heads-up before the visit. You may hear about a Facebook post doing the rounds in Kirkby this week. It is a screenshot of something the children's dad, Lee Corkhill, posted in 2076 - "anyone who goes near my kids will end up in the Mersey 🔪🔪" - which someone reshared on a Kirkby community page on Sunday with the children's school tagged. It's an old post from an account he stopped using. It was looked at by police and by us at the time. Dad moved to Aberdeen in 2077, has had no contact with the family since, and there's nothing to suggest he is back. The reshare has been taken down. Mum was shaken by it and school have had a word with Maisie, who is fine. No one is at risk from it and it doesn't change the plan.

What are we worried about?
Mum's anxiety - she was getting better but the repost knocked her back; she's on the Talking Therapies waiting list. Jenson's bedwetting has come back.

What is working well?
Mum has kept the children safe and settled since the CP plan ended in 2078. Both children attend well (Maisie 96%, Jenson 97%). Grandad collects from school three days a week.

What needs to happen?
A Family First case manager to pick up a TAF; the Talking Therapies referral chased; the school nurse for Jenson's bedwetting.

Mum signed the Family First consent form at my visit on 18/04/2079. Ruth (TM, copied) has agreed the step down.

Gareth

Gareth Prendergast
Social Worker | Safeguarding & Children in Need Team 2 | Knowsley Council
0151 496 0284

""") + KDISC
    top = plain_top(f, addr("Prendergast, Gareth", "Gareth.Prendergast@" + KDOM),
                    addr("Family First 0-18 Duty Mailbox", KFF),
                    "Step down to Family First - Corkhill - joint home visit Thurs 27th April", when, KDOM,
                    "Microsoft Outlook 16.0", cc=addr("Appleyard, Ruth", "Ruth.Appleyard@" + KDOM))
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 6,
        "near_miss", "step_down", False, None, ["1398804"],
        [ch("Maisie Corkhill", "2068-06-17", "17/06/2068"), ch("Jenson Corkhill", "2072-01-30", "30/01/2072")],
        ["parental_mental_health"], True, True, [], False, "request_info",
        "NEAR MISS - AN OLD POST RESURFACING: a 2076 Facebook threat by the father ('will end up in the Mersey 🔪🔪') "
        "reshared this week; he moved away in 2077, no contact since, reshare taken down, 'No one is at risk from it' "
        "-> historic and resolved, not urgent, no domestic_abuse. No level written -> level null, read as level 3 "
        "(REQUIREMENTS: a Knowsley step_down with no level stated is treated as level 3): consent needed and given "
        "('Mum signed the Family First consent form'); joint home visit date, time and venue; three headings "
        "answered. NOTICE ACROSS EASTER, DECISIVE: from Thu 20 April the visit on Thu 27 April is 5 plain weekdays "
        "but Good Friday (21 April) and Easter Monday (24 April) are bank holidays -> 3 working days < 5 (seed 004: "
        "'a minimum of 5 days' notice', read as working days) -> request_info. 'ICS ID 1398804' -> the bare number. "
        "Mum's anxiety -> parental_mental_health.",
        meeting=date(2079, 4, 27), not_children=["Lee Corkhill", "Gareth Prendergast"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2079-06-05 12:04:33"
    body = T("""
Good afternoon,

Step up request for the Roscoe children, EHM-74622. The step up TAF is Wednesday 14th June at 10am on Teams; the calendar invite has gone to MASH and MASH business support, and I've invited the TAF members (nursery, the health visitor and the IDVA service).

Harley Roscoe - 11/08/2073
Ivy Roscoe - 27/12/2076

Attached are the step up form, the minutes of the TAF on 25/05/2079 and the Engaging Families toolkit. Mum has missed 5 of the last 7 planned visits and hasn't let us see the children since 12/05/2079. The toolkit puts her engagement as low: she cancels by text on the morning of every TAF ("cant do today sorry x"). Dean Roscoe (dad, who mum separated from in March) has a non-molestation order until December, and the IDVA thinks mum is letting him back.

My team manager, Pauline Ashworth, agreed the step up on 02/06/2079.

Thanks,
Bernie

Bernadette Quigley
Family First Case Manager | Prescot & Whiston Team | Knowsley Council
0151 496 0655 | 07700 900 294

PS 11.58, just before I sent this - mum has sent me a voice note on WhatsApp. This is the transcript WhatsApp shows under it:
"Bernie it's me... he's here, he's been banging on the door for ten minutes, he's got the spare key off his mam, I've got the kids in the bathroom with me with the door locked, please, I can't ring the police cos he said if I ever did again he'd..." [the voice note ends there]
I've rung her back twice and it goes to voicemail. The address is 41 Thistle Way, Prescot, L34 9ZT.

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Roscoe.docx", appendix1([
        ("Case ID on EHM:", "EHM-74622"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "14/06/2079 10:00 (Teams)"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Low - Engaging Families toolkit completed 01/06/2079 (attached)"),
        ("Recent TAF meeting minutes attached:", "Yes - 25/05/2079"),
        ("What are we worried about?", "Domestic abuse: non-molestation order against dad, who the IDVA believes is "
         "back in the home. Mum's engagement has dropped: 5 of 7 visits missed, children not seen since 12/05."),
        ("What is working well?", "Harley's nursery attendance is good and nursery see him daily; mum has a "
         "supportive sister."),
        ("What next?", "Step up to CSC for a C&F assessment."),
        ("Graded Care profile (If neglect should be completed).", "N/A"),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Agreement by line manager:", "Pauline Ashworth, TM - agreed 02/06/2079"),
        ("Contingency plan (Smart and timely).", "Visits with the IDVA twice weekly; police marker on the address."),
    ]))
    minutes = pdf_att("TAF minutes 25.05.2079 - Roscoe.pdf", "TAF meeting - minutes", [
        "25/05/2079, Prescot Family Hub. Mum did not attend (text at 08:52: 'cant do today sorry x').",
        "Present: Bernadette Quigley (chair), nursery manager, health visitor, IDVA.",
        "IDVA: neighbours report dad's van outside most nights. Nursery: Harley well presented, quiet.",
        "Agreed: Engaging Families toolkit to be completed; Bernie to discuss a step up with her TM."])
    toolkit = pdf_att("Engaging Families Toolkit - Roscoe - 01.06.2079.pdf", "Engaging Families Toolkit - Signs of Wellbeing", [
        "Family: Roscoe. Completed by Bernadette Quigley, 01/06/2079.",
        "Planned contacts in the last 6 weeks: 7. Kept: 2. Cancelled by text on the day: 5.",
        "What we have tried: visits at different times; joint visit with the IDVA; texts and letters; the sister as a go-between.",
        "What it tells us: engagement is low and has dropped since dad's return was suspected; mum says 'I'm fine, leave us alone'.",
        "Overall engagement: LOW."])
    top = outlook_top(f, addr("Quigley, Bernadette", "Bernadette.Quigley@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Roscoe - EHM-74622 - TAF Weds 14th June 10am", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, minutes, toolkit], html_alt=True), "knowsley", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-74622"],
        [ch("Harley Roscoe", "2073-08-11", "11/08/2073"), ch("Ivy Roscoe", "2076-12-27", "27/12/2076")],
        ["domestic_abuse", "non_engagement"], None, True, [], True, "alert_duty",
        "A VOICE NOTE TRANSCRIBED IN A P.S.: an otherwise complete step-up (form, TAF minutes, Engaging Families "
        "toolkit for non-engagement, TM agreed, EHM id, 'Wednesday 14th June at 10am' = 7 WD from Mon 5 June) whose "
        "P.S. after the signature quotes WhatsApp's transcript of mum's voice note sent minutes ago: the father "
        "(non-molestation order) is at the door with a key, she and the children are locked in the bathroom, she "
        "dare not ring the police; no answer since. DESIGN safety rule 1 (every part read) -> urgent -> alert_duty "
        "(first in order, though nothing is missing). Consent not mentioned -> null.",
        meeting=date(2079, 6, 14), not_children=["Dean Roscoe", "Bernadette Quigley", "Pauline Ashworth"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2079-06-13 08:30:02"
    text = T("""
KSCP Online Safety Alert

The "Silent Owl" challenge: what we know (and what we don't)

Dear colleague,

Over the weekend a number of schools and parents' WhatsApp groups in Knowsley shared a warning about a so-called "Silent Owl" challenge. The message claims that a masked owl character is appearing in children's videos and games, telling them to hurt themselves, film it and post it with a hashtag. It has been forwarded thousands of times, often with "please share!!! 😱" added.

WHAT WE KNOW
- Merseyside Police and the national online safety helpline have found no evidence that the challenge exists. The images being passed round are edited stills from a horror game trailer released in 2074.
- No child in Knowsley, or anywhere in Merseyside, has been harmed in connection with it.
- Scare warnings like this spread quickly and can themselves frighten children, or send them looking for the "challenge".

WHAT TO DO
- Please do not forward the warning, and do not name the challenge to children.
- If a child tells you they have seen something online that upset them, listen, reassure, and follow your usual safeguarding procedures. If a child is at immediate risk of harm, call 999.
- Examples of what children have said to schools this week: "the owl comes if you don't do it", "my cousin says it's real". These are examples from schools' reports to illustrate the conversations you may have; they are not about any child or family open to Family First.

Parents' guide (PDF): https://www.knowsleyscp.example/online-safety/silent-owl
The next KSCP online safety briefing is on Thursday 6 July, 12:30-13:30, on Teams.

Knowsley Safeguarding Children Partnership
2nd Floor, Nutgrove Villa, Westmorland Road, Huyton

You are receiving this because you are on the KSCP practitioner bulletin list. Unsubscribe: https://www.knowsleyscp.example/unsubscribe
""")
    h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
         "<body style=\"font-family:Arial,sans-serif;font-size:10.5pt\">\n"
         "<div style=\"background:#5B2C6F;color:#FFFFFF;padding:10px\"><b>KSCP Online Safety Alert</b></div>\n"
         "<h2>The &ldquo;Silent Owl&rdquo; challenge: what we know (and what we don&rsquo;t)</h2>\n"
         + "".join("<p>%s</p>\n" % esc(p).replace("\n", "<br>\n") for p in text.split("\n\n")[2:])
         + "</body></html>\n")
    top = plain_top(f, addr("Knowsley Safeguarding Children Partnership", "kscp.bulletins@" + KDOM),
                    addr("Family First 0-18 Duty Mailbox", KFF),
                    "KSCP Online Safety Alert: the 'Silent Owl' challenge - what we know", when, KDOM, None,
                    extra=[("List-Id", "KSCP practitioner bulletin <bulletin.knowsleyscp.example>"),
                           ("List-Unsubscribe", "<https://www.knowsleyscp.example/unsubscribe>"),
                           ("Precedence", "list")])
    add(f, alt_mail(f, top, text, h), "knowsley", "early_help_duty", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A VIRAL HOAX / ONLINE CHALLENGE WARNING: a partnership bulletin (List-Id, no Auto-Submitted, so "
        "not an auto_reply) about a 'challenge' the police say does not exist; 'No child ... has been harmed'; "
        "example quotes from children are marked as examples. DESIGN safety rule 1: bulletins that list examples "
        "must not trigger the alert. No child, no request -> other -> human_review.")

def knowsley_07():
    f = "knowsley_07.eml"; when = "2079-05-04 09:10:40"
    data = itip_reply(f, when, "Farah Qureshi", "f.qureshi@stmarksprimary.example.sch.uk",
                      ("Knowsley MASH", KMASH), "TENTATIVE",
                      "Step-up TAF meeting - EHM-73318 - Hesketh [SB-knowsley-1188]", "20790510T100000",
                      "20790510T113000", "Microsoft Teams Meeting",
                      comment="I'm on a DSL refresher that morning - I'll join for the first 45 minutes and send our "
                              "chronology beforehand.")
    add(f, data, "knowsley", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, ["EHM-73318"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=TENTATIVE, from the school DSL for the re-arranged step-up TAF of knowsley_01's "
        "family (Wed 10 May); the SUMMARY carries EHM-73318 and [SB-knowsley-1188]; a COMMENT with nothing of "
        "concern. DESIGN: meeting_reply -> record_reply.")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2079-07-05 09:25:19"
    body = T("""
Step up TAF meeting for Kobe Lightfoot (DOB 07/04/2064), EHM-76093.
Wednesday 12th July, 1.30pm, Microsoft Teams (link below).

Attached: the step up form and the Merseyside Exploitation Assessment (completed 28/06/2079). The minutes of our TAF on 30/06/2079 are still being typed up by school - I'll send them on as soon as I have them.

Why now: Kobe (15) was reported missing three times in June (10th, 17th and 23rd). Mum has him on a family location-sharing app, and each time his dot showed Liverpool city centre between midnight and 3am. Police have shared CCTV stills from Lime Street station on 17/06 showing him with two older males known to them. He came home on the 23rd with a new phone and £150 in cash and won't say where from. There have been no further missing episodes since 24/06 - he has been home every night and mum keeps his location on.

Mum agrees with the step up. My TM, Sinead Carragher, has agreed the step up (see the form).

Jordan Whitty
Family First Case Manager | Kirkby Team | Knowsley Council
0151 496 0577

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting <https://teams.microsoft.example/l/meetup-join/19%3ameeting_KL76093>
Meeting ID: 391 448 027 615
Passcode: Rf7Kq2
________________________________________________________________________________
""")
    cal = ics("REQUEST", f, dt(when), "20790712T133000", "20790712T150000",
              "Step up TAF - Kobe Lightfoot - EHM-76093", "Microsoft Teams Meeting", body,
              ("Jordan Whitty", "Jordan.Whitty@" + KDOM),
              [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH Business Support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    form = docx_att("FF Step Up request to CSC - Lightfoot.docx", appendix1([
        ("Case ID on EHM:", "EHM-76093"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Wednesday 12/07/2079 13:30, Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "High - mum and Kobe both engage"),
        ("Recent TAF meeting minutes attached:", "To follow (TAF 30/06/2079, being typed up)"),
        ("What are we worried about?", "Three missing episodes in June; seen with older males known to police; "
         "unexplained phone and cash."),
        ("What is working well?", "Kobe has been home every night since 24/06; mum shares his location with us; "
         "he still goes to boxing."),
        ("What next?", "Step up to CSC; NRM consideration; a Youth Justice prevention worker."),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "Completed 28/06/2079 - attached."),
        ("Agreement by line manager:", "Agreed - Sinead Carragher, TM, 03/07/2079"),
        ("Contingency plan (Smart and timely).", "Weekly joint visits with police; return home interviews."),
    ]))
    mea = pdf_att("Merseyside Exploitation Assessment - K Lightfoot - 28.06.2079.pdf",
                  "Merseyside Exploitation Assessment (CE/CSE)", [
                      "Young person: Kobe Lightfoot, 07/04/2064. Completed by Jordan Whitty, 28/06/2079.",
                      "Indicators present: missing episodes x3 (June); unexplained money and phone; older associates; "
                      "travel into Liverpool city centre at night.",
                      "Police information: CCTV stills, Lime Street, 17/06/2079.",
                      "Outcome: significant concerns of child criminal exploitation - step up recommended."])
    top = outlook_top(f, addr("Whitty, Jordan", "Jordan.Whitty@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up TAF - Kobe Lightfoot - EHM-76093 - Wed 12 July 13:30", when,
                      cc=addr("MASH Business Support", KBS),
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    add(f, itip_request_mail(f, top, body, cal, [form, mea]), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-76093"],
        [ch("Kobe Lightfoot", "2064-04-07", "07/04/2064")],
        ["exploitation", "missing"], True, True, ["taf_minutes"], True, "request_info",
        "Knowsley exploitation step-up sent AS AN OUTLOOK MEETING REQUEST (iTIP METHOD:REQUEST, as seed 004 asks: "
        "'calendar invites and requests are to be sent directly to the MASH email address') with the form and the "
        "Merseyside Exploitation Assessment attached (exploitation -> exploitation_assessment met). LOCATION SHARING "
        "and CCTV STILLS described in words; no missing episode since 24/06, home every night -> not immediate. The "
        "TAF minutes are 'still being typed up' -> taf_minutes missing -> request_info. Wed 5 July -> Wed 12 July = "
        "exactly 5 working days -> notice ok. 'Mum agrees with the step up' -> consent true; TM 'has agreed the step "
        "up' -> true.",
        meeting=date(2079, 7, 12), not_children=["Jordan Whitty", "Sinead Carragher"])


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2079-04-18 10:40:12"
    blocks = [
        "Dear MASH colleagues,",
        "",
        "Following a reflective discussion with Precious Danjuma (Early Help Practitioner) in supervision on "
        "14/04/2079, I am asking for the Pereira children to be stepped up to Children's Services. The latest case "
        "summary is attached and the rationale is below.",
        "",
        ("table", [
            ["Child", "Date of birth", "Mosaic ID"],
            ["Mateo Pereira", "02/05/2070", "2603318"],
            ["Sofia Pereira", "19/10/2074", "2603319"],
        ]),
        "",
        ("h", "Rationale for step up"),
        "Mum (Ms Lorena Pereira) has been going live on Facebook in the early hours. Precious has watched the "
        "replays of two Lives that mum's sister sent her: Saturday 8 April, 01:50-02:40, and Friday 14 April, "
        "02:10-03:05. In both, mum is slurring and drinking from a bottle of rosé, and says \"who's coming to the "
        "party 🍾🍾 kids are asleep lol\". In the second, Sofia (4) can be heard crying in the background for several "
        "minutes and mum says \"she'll cry herself out\". Comments under the Live include \"where are the kids??\" and "
        "\"go to bed babe\".",
        "Mateo (8) has told his teacher that he makes his own breakfast and Sofia's most mornings, and school have "
        "started giving him toast when he arrives. Early Help has worked with the family since October; mum agrees "
        "to every plan, but nothing has changed and the drinking is getting worse. We think the children need a "
        "statutory assessment.",
        "",
        "I have agreed the step up as Precious's team manager. Mum has been told that we are making this referral.",
        "",
        "Kind regards,",
        "",
        "Mariana Castellanos",
        "Early Help Team Manager | Battersea Family Hub | Wandsworth Early Help",
        "020 7946 0582",
        "",
        RDISC.strip(),
    ]
    summary = pdf_att("Case summary - Pereira - 17.04.2079.pdf", "Early Help case summary - Pereira", [
        "Children: Mateo Pereira (02/05/2070), Sofia Pereira (19/10/2074). Mosaic 2603318 / 2603319.",
        "Mother: Lorena Pereira. Father: not involved, lives in Portugal.",
        "Early Help since 10/10/2078 (school referral: Mateo hungry, poor hygiene).",
        "Plan: parenting support; alcohol service referral (mum attended once); school breakfast club.",
        "April 2079: two Facebook Lives in the early hours (described in the rationale) show mum intoxicated with "
        "the children in the flat; Sofia heard crying.",
        "Current position: no progress against the plan after three reviews."])
    top = outlook_top(f, addr("Castellanos, Mariana", "Mariana.Castellanos@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up to Children's Services - Pereira - Mosaic ID 2603318", when)
    add(f, word_mail(f, top, blocks, [summary]), "richmond_wandsworth", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["2603318", "2603319"],
        [ch("Mateo Pereira", "2070-05-02", "02/05/2070"), ch("Sofia Pereira", "2074-10-19", "19/10/2074")],
        ["neglect", "substance_misuse"], None, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up from the Early Help Team Manager (seed 000 'Process to Step Up': the "
        "latest case summary attached, the rationale under its own heading) -> book_meeting. SOCIAL MEDIA LIVE "
        "STREAMS described and quoted (mum drunk on Facebook Live at 2am, 'kids are asleep lol', a crying 4-year-old, "
        "comments 'where are the kids??'): past nights, the children seen at school daily -> not immediate. Mosaic "
        "ids from a table headed 'Mosaic ID' -> bare numbers. 'I have agreed the step up' -> manager true; 'Mum has "
        "been told' is not consent -> null. neglect (Mateo feeding both, crying left) + substance_misuse.",
        not_children=["Lorena Pereira", "Precious Danjuma", "Mariana Castellanos"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2079-05-11 10:17:44"
    body = T("""
Hello,

I'm a private maths tutor. I teach Noah Achterberg (10, Year 5) online every Thursday, 9.30 to 10.15, by video call - his mum books and pays. I found this address on the Wandsworth website. I'm sorry if it's the wrong one; I didn't know who else to tell.

At about 9.55 this morning, during the lesson, a man came into the room behind Noah. He was shouting at him about a broken phone. He grabbed Noah by the back of the neck and pushed his face down into the desk, hard, twice. I watched it happen on my screen. When Noah lifted his head his nose was bleeding and he was crying. The man looked at the laptop, saw the call was still on, and shut the lid. The call ended at 9.57.

I've called back on the video link four times and rung mum's mobile twice - no answer. Noah has told me before that mum works in Kingston on Thursdays and that her boyfriend, Craig, looks after him when he's off school. He's been off this week with a cough.

Their address is Flat 3, 22 Rosemead Road, Putney, SW15 9ZX (it's on my invoices). I've also rung 999 and they said officers will go. My platform records every session, so I have the recording and can send it to whoever needs it.

My number is 07700 900 346.

Hana Kobayashi-Reed
BrightSums Tutoring
""")
    top = gmail_top(f, addr("Hana Kobayashi-Reed", "hana@brightsums.example"), RSU,
                    "Pupil hurt during online lesson this morning - Noah Achterberg, Putney", when, "brightsums.example")
    add(f, gmail_mail(f, top, body), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Noah Achterberg")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A LIVE VIDEO CALL THE WRITER WATCHED: a private tutor saw, during this morning's online lesson, a man grab a "
        "10-year-old by the neck and slam his face into the desk twice (nose bleeding), then close the laptop; the "
        "child is at home with that man, mum unreachable. Plain words, no alarm word anywhere. DESIGN safety rule 1 "
        "-> urgent -> alert_duty. A member of the public writing to the only inbox she found, asking for no step -> "
        "other. No DOB given; 'Craig' (first name only, an adult) is not a child.",
        not_children=["Hana Kobayashi-Reed"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2079-05-15 14:22:08"
    body = T("""
Hi Jasper / Early Help duty,

Confirming what we agreed on the phone this morning: the step-down case discussion for Imogen Achebe-Ward (DOB 04/12/2064), Mosaic 2611940, is on Thursday 18th May at 2pm on Teams. My TM, Idris Balogun, will join. The latest case summary and the draft Early Help plan are attached.

For context, because you will see it on Mosaic: in February an intimate image Imogen had sent to a boy in her year was screenshotted and shared in two Year 10 group chats. That was dealt with at the time. School and police responded the same week (no further action for Imogen; the two boys were dealt with under the school's behaviour policy and by police), the image was removed through Report Remove, and Imogen has had six sessions with the school counsellor. There has been no further sharing and no contact between her and the boys outside lessons. It is not a current concern and it is not why we are still involved.

What's left is mum's depression - she is under the community mental health team and doing better - and Imogen's confidence. She's back in school full-time.

Imogen and her mum both consented to Early Help continuing the plan at the CIN review on 10 May. Lead professional: Rosalind Teague, Early Help Practitioner, Roehampton Family Hub (she has agreed).

Thanks,
Saoirse

Saoirse Delahunty
Social Worker | Children in Need Team 3 (Wandsworth) | Richmond and Wandsworth Councils
020 7946 0417

""") + RDISC
    summary = docx_att("Case summary - Imogen Achebe-Ward - May 2079.docx", [
        "# Case summary", "Imogen Achebe-Ward, DOB 04/12/2064, Mosaic 2611940",
        "Open to CIN since 09/01/2079 (mum's mental health; Imogen's low mood and school avoidance).",
        "February 2079: an intimate image shared by peers - responded to by school and police the same week; Report "
        "Remove used; counselling completed. Closed as an incident 02/03/2079.",
        "May 2079: mum engaging with CMHT; Imogen in school full-time; CIN plan outcomes largely met."])
    plan = pdf_att("Draft Early Help plan - Achebe-Ward.pdf", "Draft Early Help plan", [
        "Family: Achebe-Ward. Lead professional: Rosalind Teague (Early Help, Roehampton Family Hub).",
        "1. Mum's wellbeing - continue with CMHT; carers' support group. Review: 6 weeks.",
        "2. Imogen's confidence - girls' group at the Family Hub; school mentor weekly.",
        "3. Online safety - a refresher session for Imogen and mum (requested by Imogen)."])
    top = outlook_top(f, addr("Delahunty, Saoirse", "Saoirse.Delahunty@" + RDOM), addr("Early Help Duty", RED),
                      "Step down to Early Help - Imogen Achebe-Ward - case discussion Thurs 18th May 2pm", when,
                      cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    add(f, mail(f, top, body, [summary, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["2611940"],
        [ch("Imogen Achebe-Ward", "2064-12-04", "04/12/2064")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "NEAR MISS - A SCREENSHOT ALREADY DEALT WITH: an intimate image shared in February was handled by school "
        "and police the same week, removed via Report Remove, counselling done, 'It is not a current concern' -> "
        "historic and resolved: not urgent, no sexual_harm. Complete step-down (seed 000 'Process to Step Down': "
        "case summary .docx, draft plan .pdf, consent 'both consented to Early Help continuing the plan'); the case "
        "discussion agreed by phone for Thu 18 May, within 5 days of this contact -> book_meeting. 'Mosaic 2611940' "
        "-> bare number. Mum's depression -> parental_mental_health. The TM 'will join' is no statement of agreement "
        "-> manager null (not required).",
        not_children=["Rosalind Teague", "Saoirse Delahunty", "Idris Balogun"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2079-06-07 16:05:27"
    body = T("""
Hi EH duty,

I spoke to your duty TM (Jasper) yesterday about stepping the Brathwaite children down, and we pencilled in a case discussion for Monday 12th June at 10am. The case summary and the draft EH plan are attached.

Jayden Brathwaite, 15/01/2068
Aaliyah Brathwaite, 30/08/2071
Mosaic 2598801 (family)

The CIN plan has done what it needed to: mum's MS is better managed, the carers' package is in place, and Jayden (11) is doing less of the caring. He still does a lot - he's her main help with meds and shopping - and he's registered with the young carers' service.

However, mum has declined Early Help for now. I sent her the plan on Monday and she replied that she doesn't want anyone else coming round - the WhatsApp chat is attached as an export. I'd still like the discussion to go ahead so we can think about keeping the young carers' support going without a full EH plan, and I'll try mum again next week.

Tomasz

Tomasz Wójcik
Social Worker | Children in Need Team 1 (Wandsworth) | Richmond and Wandsworth Councils
020 7946 0836

""") + RDISC
    chat = txt_att("WhatsApp Chat with Nadine Brathwaite.txt", T("""
05/06/2079, 17:41 - Tomasz Wójcik (SW): Hi Nadine, it's Tomasz. As we talked about, here is the Early Help plan for you to look at. Early Help would help with Jayden's young carers group and a family support worker once a week. Are you happy for us to go ahead?
05/06/2079, 17:41 - Tomasz Wójcik (SW): Draft EH plan - Brathwaite.pdf (file attached)
05/06/2079, 19:02 - Nadine Brathwaite: no thank u, we're good now 🙂 don't need anyone else coming round 🙏
05/06/2079, 19:03 - Nadine Brathwaite: jayden can still go to his group on tuesdays tho yh?
05/06/2079, 19:10 - Tomasz Wójcik (SW): Yes, the young carers group carries on. I'll call you next week.
05/06/2079, 19:11 - Nadine Brathwaite: 👍
"""))
    summary = pdf_att("Case summary - Brathwaite - June 2079.pdf", "Case summary - Brathwaite", [
        "Children: Jayden Brathwaite (15/01/2068), Aaliyah Brathwaite (30/08/2071). Mosaic 2598801.",
        "CIN since 11/2078: mum's multiple sclerosis relapse; Jayden caring for mum and Aaliyah.",
        "Now: care package (4 calls a day), occupational therapy adaptations done, Jayden at young carers weekly."])
    plan = docx_att("Draft EH plan - Brathwaite.docx", [
        "# Draft Early Help plan - Brathwaite",
        "1. Young carers group (Tuesdays) for Jayden; respite day trips.",
        "2. Family support worker weekly for routines and Aaliyah's reading.",
        "3. Review the care package with adult social care at 3 months."])
    top = plain_top(f, addr("Wójcik, Tomasz", "Tomasz.Wojcik@" + RDOM), addr("Early Help Duty", RED),
                    "Step-down - Brathwaite - Mosaic 2598801 - mum has declined EH for now", when, RDOM,
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, [summary, plan, chat]), "richmond_wandsworth", "early_help_duty", when, 7,
        "ordinary", "step_down", False, None, ["2598801"],
        [ch("Jayden Brathwaite", "2068-01-15", "15/01/2068"), ch("Aaliyah Brathwaite", "2071-08-30", "30/08/2071")],
        ["young_carer"], False, None, ["consent"], None, "request_info",
        "CONSENT REFUSED, IN A WHATSAPP CHAT EXPORT (.txt attachment, emoji and all): 'no thank u, we're good now 🙂 "
        "don't need anyone else coming round 🙏', and the body says 'mum has declined Early Help for now' -> consent "
        "false -> 'consent' missing (REQUIREMENTS, richmond_wandsworth step_down: case_summary, draft_plan, consent; "
        "seed 000: 'The allocated social worker should gain consent'). Her later 👍 only answers the question about "
        "the young carers group. Case summary .pdf and draft plan .docx attached -> met. request_info. 'Mosaic "
        "2598801' -> bare number. Jayden caring for mum -> young_carer.",
        not_children=["Nadine Brathwaite"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2079-06-27 09:31:50"
    body = T("""
Dear MASH Step Up,

Please find attached the latest case summary and the rationale for stepping up the Kowalczyk-Reid children (Mosaic 2587712 and 2587713). The summary was updated by the worker, Dorota, at 09:15 today.

I discussed the family with Dorota Nowicka (Early Help Practitioner) in supervision on Friday and I agree that this needs to step up.

Kind regards,

Gwendolyn Asante
Early Help Team Manager | Richmond Early Help (Twickenham hub)
020 7946 0263

""") + RDISC
    summary = pdf_att("Case summary - Kowalczyk-Reid - updated 27.06.2079.pdf", "Early Help case summary (updated 27/06/2079 09:15)", [
        "Children: Lena Kowalczyk-Reid (DOB 11/02/2073), Bartek Kowalczyk-Reid (DOB 05/09/2075).",
        "Mosaic: 2587712 (Lena), 2587713 (Bartek). Mother: Agata Kowalczyk. Father: Lee Rafferty.",
        "Mr Rafferty is subject to a non-molestation order (to 30/11/2079): no contact with Ms Kowalczyk, not to "
        "attend the flat.",
        "Early Help since 16/01/2079 after police call-outs for domestic abuse.",
        "Chronology:",
        "03/05/2079 Mr Rafferty seen at the school gates; police informed.",
        "20/06/2079 Ms Kowalczyk receiving messages from new numbers; police informed.",
        "27/06/2079 08:55 Mum phoned me from work (Teddington). Her neighbour's doorbell camera clip, sent to her on "
        "WhatsApp at 08:50, shows Mr Rafferty letting himself into the flat with a key at 07:48. I watched the clip "
        "on mum's phone over a video call. Lena (off school with chickenpox) and Bartek are at home with their "
        "grandmother, Mrs Irena Kowalczyk (78), who has limited mobility and no mobile phone. He has not come out. "
        "The landline rings out. Mum is leaving work now to go home. (DN, 09:15)"])
    rationale = docx_att("Rationale for step up - Kowalczyk-Reid.docx", [
        "# Rationale for step up",
        "Repeated breaches of the non-molestation order since May; the children's exposure to domestic abuse; mum's "
        "ability to keep the children away from Mr Rafferty is limited despite her efforts; Early Help cannot manage "
        "this level of need. A statutory assessment is needed."])
    top = plain_top(f, addr("Asante, Gwendolyn", "Gwendolyn.Asante@" + RDOM), addr("MASH Step Up", RSU),
                    "Step up - Kowalczyk-Reid children - Mosaic 2587712 / 2587713", when, RDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, [summary, rationale]), "richmond_wandsworth", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["2587712", "2587713"],
        [ch("Lena Kowalczyk-Reid", "2073-02-11", "11/02/2073"), ch("Bartek Kowalczyk-Reid", "2075-09-05", "05/09/2075")],
        ["domestic_abuse"], None, True, [], None, "alert_duty",
        "THE URGENT FACT IS ONLY IN THE ATTACHMENT (DESIGN safety rule 1: 'Every part of every message is read ... "
        "attachments'): a routine covering mail, but the case summary PDF's last entry (09:15 today) describes "
        "DOORBELL-CAMERA FOOTAGE of the father, under a non-molestation order, letting himself into the flat at "
        "07:48 where the children are with a frail grandmother; he has not come out. No alarm word anywhere. "
        "Otherwise a complete step-up (case summary, rationale .docx; the Early Help Team Manager 'I agree that this "
        "needs to step up' -> manager true) -> alert_duty. Children and DOBs only in the PDF.",
        not_children=["Agata Kowalczyk", "Lee Rafferty", "Irena Kowalczyk", "Gwendolyn Asante", "Dorota Nowicka"],
        names_only_in_attachments=True)

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2079-07-10 21:12:30"
    body = T("""
Hi,

I got this email address from the Family Hub leaflet. I don't know if this is the right place, sorry.

My son Reggie Palmer is 10 and I am really worried about how much he's on his tablet. He's on YouTube and Roblox from when he gets in until I take it off him, and some nights I've found him under the covers with it at 1 or 2 in the morning. The screen time app said 7 hours 42 minutes on Saturday 😩 When I take it off him he screams and slams doors, and last week he kicked a hole in his bedroom door. I read online that too much screen time can cause brain damage and addiction and now I can't sleep for thinking I've ruined him.

He's not in any danger or anything like that, he's a lovely boy and he's doing fine at school - his teacher says he's on track and he hasn't missed a day. I just don't know how to manage it and I feel like a terrible mum. Is this a safeguarding issue? Do I need social services? Is there a parenting course or someone I could talk to?

Thanks
Kerry-Ann Palmer
07700 900 512
""")
    top = gmail_top(f, addr("Kerry-Ann Palmer", "kerryann.palmer@mailbox.example"), RED,
                    "is this a safeguarding issue?? my son and his tablet", when, "mailbox.example")
    add(f, gmail_mail(f, top, body), "richmond_wandsworth", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [],
        [ch("Reggie Palmer")],
        [], None, None, [], None, "human_review",
        "NEAR MISS - A PARENT'S WORRY ABOUT SCREEN TIME, at 21:12: 'is this a safeguarding issue??', 'brain damage', "
        "'addiction', a kicked door - but 'He's not in any danger', attendance full, and she asks for a parenting "
        "course. No immediate risk -> not urgent. A parent's enquiry, no step -> other -> human_review. Screen time "
        "is none of the contract's concern ids and school is fine -> concerns []. Reggie named in full, no DOB.",
        not_children=["Kerry-Ann Palmer"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2079-07-14 11:02:05"
    body = T("""
Thank you for your email.

I am on annual leave from Friday 14 July and will be back on Monday 24 July. I will not be checking my emails.

If your email is about a child at immediate risk of harm, please call the MASH on 020 7946 0321 or, out of hours, the Emergency Duty Team on 020 7946 0999. In an emergency call 999.

For anything else about my cases, please contact my team manager, Idris Balogun.

Saoirse Delahunty
Social Worker | Children in Need Team 3 (Wandsworth)
""")
    data = ooo(f, when, "Delahunty, Saoirse", "Saoirse.Delahunty@" + RDOM, addr("Early Help Duty", RED),
               "[SB-richmond_wandsworth-3120] Step-down case discussion - reminder", body)
    add(f, data, "richmond_wandsworth", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Outlook out-of-office ('Automatic reply:', Auto-Submitted: auto-replied, X-Auto-Response-Suppress: All) to a "
        "stepbot reminder; its 'child at immediate risk of harm' and 999 are boilerplate. DESIGN safety rule 2 -> "
        "auto_reply -> ignore; not urgent.")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2079-04-19 15:50:41"
    ack = ack_text("step-up", "SB-richmond_wandsworth-3071", [
        "Case: 2590417", "Child: Chiamaka Okoro (21/06/2069)",
        "Case summary: received (Case summary - Okoro.pdf)"],
        ["the rationale for the plan to step up to Children's Services"])
    body = T("""
Hello,

Rationale attached - apologies, it was still sitting in my drafts.

It draws on what Chiamaka's dad has been posting. Since Easter he has put up eleven TikTok videos about the school "poisoning" her through the water fountains; in the latest, on Monday night, he films himself outside the school at 11pm shouting at the building. He has kept Chiamaka off school for 9 of the last 15 days (her attendance is now 71%), and she has told her teacher she isn't allowed to eat anything from outside the house. His GP has been asked to review him. Mum lives in Lagos and there is no other family here.

Pádraig

Pádraig Mulhern
Early Help Team Manager | Roehampton Family Hub
020 7946 0659
""") + "\n" + quoted(ack)
    rationale = docx_att("Rationale for step up - Okoro.docx", [
        "# Rationale for step up - Chiamaka Okoro",
        "Dad's mental health has deteriorated since March: beliefs that the school is poisoning Chiamaka, posted in "
        "eleven TikTok videos; he has refused a GP review twice.",
        "Impact on Chiamaka: attendance 71% (9 of the last 15 days missed); not allowed food from outside the home; "
        "isolated from friends.",
        "Early Help has offered a family support worker and a school-home link since January; dad has declined both.",
        "A statutory assessment is needed to understand the impact on Chiamaka and to coordinate health."])
    top = plain_top(f, addr("Pádraig Mulhern", "Padraig.Mulhern@" + RDOM), addr("MASH Step Up", RSU),
                    "RE: [SB-richmond_wandsworth-3071] Step-up request received - Mosaic 2590417", when, RDOM,
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, [rationale]), "richmond_wandsworth", "mash_step_up", when, 3,
        "ordinary", "follow_up", False, None, ["2590417"],
        [ch("Chiamaka Okoro", "2069-06-21", "21/06/2069")],
        ["parental_mental_health", "school_attendance"], None, None, [], None, "attach_to_request",
        "Plain-text reply to [SB-richmond_wandsworth-3071] adding the missing rationale (.docx); the acknowledgement "
        "is quoted with '> ' and its 'What is missing:' line is stepbot's, not the sender's. DESIGN: follow_up -> "
        "attach_to_request; missing [] for a follow_up. SOCIAL MEDIA VIDEOS described: dad's TikToks about the "
        "school 'poisoning' her -> parental_mental_health; kept off school, 71% -> school_attendance. Child and DOB "
        "from the quoted acknowledgement.",
        not_children=["Pádraig Mulhern"])


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
THUB = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2079-07-21 13:10:05"
    body = T("""
Dear MAST,

I'm stepping Tariq Mahmood-Ellis (DOB 30/09/2063) up to MAST - the MARF is attached. My team manager, Rahim Chowdhury (cc'd), has agreed this, and mum agrees to the referral.

Why I'm sending it now rather than after our review next week: at lunchtime today Tariq's sister Nadia showed me screenshots from a Snapchat group called "Zone 2 🔥" that Tariq is in. I've described them in the MARF; briefly:

- 11:40 today, from "Kxng": "tonight we ride on them mandem from the estate. T u holding the ting 🔪 dont be moist" - four people reacted 🔪
- 11:42, Tariq: "say less"
- 11:55, a 6-second video: a hand holding a large kitchen knife in what Nadia says is their kitchen, and Tariq's voice saying "this one?"
- 12:10, a location pin (Mile End Park, by the green bridge) and "9pm sharp"

Tariq has been going missing in the evenings since March and was stabbed in the thigh in April. He isn't in school today (registered absent). Mum is at work until 8pm.

I'm at the hub until 5 on 020 7946 0734.

Shamima Akhtar
Early Help Practitioner | Bow Family Hub | Tower Hamlets Council

""") + TDISC
    marf = pdf_att("MARF - Tariq Mahmood-Ellis - 21.07.2079.pdf", "Multi-Agency Request for Support Form (MARF)", [
        "Child: Tariq Mahmood-Ellis   DOB: 30/09/2063   Mosaic: 2741188",
        "Referrer: Shamima Akhtar, Early Help Practitioner, Bow Family Hub, 020 7946 0734",
        "Reason for request: concerns of criminal exploitation and serious youth violence. Screenshots from a "
        "Snapchat group (seen 21/07/2079 12:30, shown to me by his sister): a plan to 'ride' on another group "
        "tonight at 9pm in Mile End Park; Tariq asked to 'hold the ting' (a knife); a video of a kitchen knife.",
        "History: missing in the evenings since March 2079; stab wound to the thigh, April 2079 (Royal London).",
        "Is the child at immediate risk of significant harm? YES - tonight, 9pm.",
        "Parental consent: mum agreed to this referral by phone at 12:35.",
        "Manager agreement: Rahim Chowdhury, Early Help Team Manager, 12:50."])
    top = outlook_top(f, addr("Akhtar, Shamima", "Shamima.Akhtar@" + TDOM), addr("MAST", TMAST),
                      "Step up to MAST - Tariq Mahmood-Ellis (15) - Mosaic 2741188 - tonight", when,
                      cc=addr("Chowdhury, Rahim", "Rahim.Chowdhury@" + TDOM), extra=[("Importance", "High")])
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["2741188"],
        [ch("Tariq Mahmood-Ellis", "2063-09-30", "30/09/2063")],
        ["exploitation", "missing", "physical_harm"], True, True, [], None, "alert_duty",
        "SCREENSHOTS OF A GROUP CHAT DESCRIBED IN WORDS, WITH EMOJI REACTIONS: a 15-year-old told to 'hold the ting "
        "🔪' for a planned attack at 9pm tonight, a video of him choosing a knife, a location pin. Immediate -> urgent "
        "-> alert_duty (DESIGN safety rule 1; seed 001: 'If there is an immediate child protection concern, contact "
        "MAST'), on the last day of the window, a Friday. The MAST step-up itself is complete (REQUIREMENTS, "
        "tower_hamlets step_up: MARF .pdf, manager agreed). Mosaic id only in the subject and MARF. exploitation, "
        "missing (evening missing episodes since March), physical_harm (stabbed in April; a knife attack planned).",
        not_children=["Shamima Akhtar", "Rahim Chowdhury"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2079-05-02 11:20:48"
    body = T("""
Dear Early Help Hub,

The Child and Family Assessment for the Rahman children concluded on 20/04/2079 with a recommendation to step down to a TAF with a Lead Practitioner.

Ayesha Rahman - 08/02/2069 - Mosaic 2701155
Zayan Rahman - 17/07/2072 - Mosaic 2701156

TAF meeting: Friday 5th May 2079, 10:00, Mile End Park Primary School (I'll chair).
Lead Practitioner: Farzana Hoque, Family Support Worker, Mile End Park Primary School - she has agreed to take it on.
The C&F assessment and the draft TAF plan are attached. Mum has consented to the step down and to the TAF plan.

One thing you may hear about. Last week a video of the children's father hitting Ayesha - filmed on a neighbour's phone in 2076 - was reposted on TikTok by an account that collects "shocking" clips, and some parents at school recognised her. That incident was fully dealt with in 2076: a s47 enquiry, Mr Rahman was convicted, left the household and has lived abroad with no contact since, and the children's CP plans ended in 2077. We reported the repost and it came down on Friday. School have spoken with Ayesha, who is OK and knows who she can talk to. There is no current concern about physical harm, and nothing in the repost changes the assessment.

Mum's anxiety spiked with the repost - she's back in touch with Talking Therapies - and that is in the plan.

Emre

Emre Yıldız
Social Worker | Children and Families Assessment Team | Tower Hamlets Council
020 7946 0452

""") + TDISC
    cfa = pdf_att("C&F Assessment - Rahman - concluded 20.04.2079.pdf", "Child and Family Assessment - outcome", [
        "Children: Ayesha Rahman (08/02/2069), Zayan Rahman (17/07/2072). Mosaic 2701155 / 2701156.",
        "Assessment started 06/03/2079 (re-referral by school: mum's low mood, Zayan's speech).",
        "Analysis: needs can be met by a TAF; no role for statutory services. Historic harm (2076) noted; no contact "
        "with the father since 2076.",
        "Outcome (20/04/2079): step down to Early Help - TAF with Lead Practitioner."])
    plan = docx_att("Draft TAF plan - Rahman.docx", [
        "# Draft TAF plan - Rahman", "Lead Practitioner: Farzana Hoque (Mile End Park Primary School)",
        "1. Mum's wellbeing - Talking Therapies; women's group at the Family Hub.",
        "2. Zayan - speech and language therapy; reading support at school.",
        "3. Ayesha - school mentor; online safety session with mum."])
    top = outlook_top(f, addr("Yıldız, Emre", "Emre.Yildiz@" + TDOM), addr("Early Help Hub", THUB),
                      "Step down - Rahman children - TAF Fri 5th May 10am - Mosaic 2701155/2701156", when)
    add(f, mail(f, top, body, [cfa, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 6,
        "near_miss", "step_down", False, None, ["2701155", "2701156"],
        [ch("Ayesha Rahman", "2069-02-08", "08/02/2069"), ch("Zayan Rahman", "2072-07-17", "17/07/2072")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "NEAR MISS - AN OLD VIDEO RESURFACING: a 2076 clip of the father hitting Ayesha reposted on TikTok; dealt "
        "with in 2076 (s47, conviction, no contact since, CP plans ended 2077), the repost taken down, 'There is no "
        "current concern about physical harm' -> historic, not urgent, no physical_harm. Complete Tower Hamlets "
        "step-down (REQUIREMENTS, tower_hamlets step_down: C&F assessment .pdf, draft TAF plan .docx, consent "
        "'Mum has consented to the step down', Lead Practitioner with agency) -> book_meeting. TAF Fri 5 May is "
        "within 10 WD of the assessment's end (Thu 20 April: 8 WD, Easter and May Day excluded; seed 001). Mum's anxiety -> parental_mental_health.",
        not_children=["Farzana Hoque", "Emre Yıldız"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2079-05-17 15:35:11"
    paras = [
        "Hi Early Help Hub,",
        "Please find attached Leo's Child and Family Assessment (concluded 12/05/2079) and the draft TAF plan.",
        ("table", [
            ["Child", "Date of birth", "Mosaic"],
            ["Leo Marchetti-Osei", "23/11/2066", "2716630"],
        ]),
        "Lead Practitioner: Mr Daniel Osagie, SENCo, Bow Brook Secondary School (agreed on 15/05).\n"
        "TAF meeting: I'll send the date once Mr Osagie confirms - I'm aiming for the week of 22nd May.",
        "Consent: not yet, I'm afraid. I rang dad on Monday and he didn't pick up, then he sent me a WhatsApp voice "
        "note - WhatsApp's transcript is attached. I don't think \"do what you need to do\" is consent to Early Help, "
        "so I'm going back to him with the consent form on Friday.",
        "What's left: Leo (12) is autistic and his attendance is 79% - he has been refusing school since the spring. "
        "Mr Osagie has a reduced timetable and a quiet room ready for him.",
        "Thanks,\nGrace",
        "Grace Oyelowo\nSocial Worker | Children and Families Assessment Team | Tower Hamlets Council\n020 7946 0371",
        TDISC.strip(),
    ]
    note = txt_att("Voice note from Leo's dad - 15.05.2079.txt", T("""
WhatsApp voice note, 15/05/2079 18:22, from Kofi Osei (0:19)
Transcript (generated by WhatsApp):
"Yeah, hi Grace, it's Kofi, Leo's dad. Got your message. Look, do what you need to do, I'm not bothered, it's all the same to me innit. I'm working all week. Alright. Bye."
"""))
    cfa = pdf_att("C&F Assessment - Leo Marchetti-Osei - 12.05.2079.pdf", "Child and Family Assessment - outcome", [
        "Child: Leo Marchetti-Osei, DOB 23/11/2066, Mosaic 2716630.",
        "Reason: school referral - emotionally based school avoidance; autism diagnosis (2075).",
        "Analysis: no role for statutory services; needs met by a TAF led by the school SENCo.",
        "Outcome (12/05/2079): step down to Early Help."])
    plan = docx_att("Draft TAF plan - Marchetti-Osei.docx", [
        "# Draft TAF plan", "Lead Practitioner: Daniel Osagie, SENCo, Bow Brook Secondary School",
        "1. Reduced timetable building to full time by October.", "2. EHCP needs assessment request.",
        "3. Dad to be offered the autism parenting course."])
    top = outlook_top(f, addr("Oyelowo, Grace", "Grace.Oyelowo@" + TDOM), addr("Early Help Hub", THUB),
                      "Step down to Early Help - Leo Marchetti-Osei - Mosaic 2716630", when)
    root = multipart("mixed", [text_part(html_page(paras), "html", crlf=True), cfa, plan, note], bnd(f, 1))
    add(f, build(top, root, True), "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["2716630"],
        [ch("Leo Marchetti-Osei", "2066-11-23", "23/11/2066")],
        ["disability_send", "school_attendance"], None, None, ["consent"], None, "request_info",
        "HTML-only Outlook step-down (child in an HTML table) with a VOICE NOTE TRANSCRIPT attached as .txt. CONSENT "
        "UNCLEAR: dad's 'do what you need to do, I'm not bothered' - the social worker says 'I don't think ... is "
        "consent to Early Help' and will go back with the form -> null (DESIGN: null when still to be asked) -> "
        "'consent' missing (REQUIREMENTS, tower_hamlets step_down). C&F assessment .pdf, draft TAF plan .docx and a "
        "named Lead Practitioner with his agency -> met. request_info. Autism -> disability_send; 79% -> "
        "school_attendance.",
        not_children=["Daniel Osagie", "Kofi Osei", "Grace Oyelowo"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2079-06-29 18:52:40"
    body = T("""
Hi,

I'm a youth worker at Limehouse Youth Collective. I've got this address from a course I went on. The number on our poster isn't being answered, so I'm emailing as well.

Lily-Mae Dunphy (13, DOB 14/03/2066) came into the centre at 17:30. About an hour earlier her phone had shown a notification: "Unknown tracker travelling with you - this item has been moving with you since 14:10". We found a small round tag taped inside the lining of her school bag. She is sure it's from her mum's ex-partner, Shaun Maddox, who isn't allowed near her or her mum (there's a restraining order).

She showed me Instagram messages she's had this week from three new accounts:
"I always know where you are princess 📍😘"
"tell ur mum I'll see her soon"
"nice bag 🎒"

At 18:20 our front-door camera recorded a man in a grey hoodie sitting in a silver Vauxhall across the road for about 20 minutes, watching the building. Lily-Mae looked at the footage and says it's him. The car has been round the block twice since.

Lily-Mae won't go home - she says he'll know where she is wherever she goes. Her mum isn't answering. We close at 9pm. We haven't touched the tag.

I'm with her now on 07700 900 629.

Kwame Boateng-Fisher
Senior Youth Worker | Limehouse Youth Collective
""")
    top = outlook_top(f, addr("Kwame Boateng-Fisher", "kwame@limehouseyouth.example.org.uk"), addr("Early Help Hub", THUB),
                      "Lily-Mae Dunphy (13) - tracker in her bag, won't go home", when,
                      mid_domain="limehouseyouth.example.org.uk")
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "early_help_duty", when, 3,
        "urgent", "other", True, None, [],
        [ch("Lily-Mae Dunphy", "2066-03-14", "14/03/2066")],
        ["domestic_abuse"], None, None, [], None, "alert_duty",
        "A TRACKING TAG, MESSAGES WITH EMOJI AND DOOR-CAMERA FOOTAGE, out of hours (18:52): a 13-year-old found a "
        "tracker taped in her bag; a man under a restraining order is messaging 'I always know where you are "
        "princess 📍😘' and was filmed outside the youth centre 30 minutes ago; she will not go home, mum "
        "unreachable, the centre closes at 9. No alarm word anywhere. DESIGN safety rule 1 -> urgent -> alert_duty "
        "(the out-of-hours service at this hour). A youth worker writing to the Early Help Hub, no step -> other. "
        "Stalking by mum's ex-partner -> domestic_abuse (sexual_harm could be argued from 'princess 😘').",
        not_children=["Shaun Maddox", "Kwame Boateng-Fisher"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2079-06-12 10:45:30"
    body = T("""
Hello MAST,

I'd like to step Callum Whitestone (DOB 09/05/2065) up from Early Help. Mosaic no. 2734410.

Callum is 14. In May the school's online monitoring flagged posts he'd made on a Discord server. The DSL showed me the screenshots: memes with far-right symbols, a clip from a banned group's channel, and his own comments, e.g. "they should all be sent back 💯" and "we need our own army fr". The school's Prevent lead made a referral on 24/05/2079 and it is with Channel. Since then mum has cancelled my last three home visits by text ("not today sorry 🙏") and hasn't come to the TAF.

I'll send the MARF tomorrow - it's half done.

To be open with you: my manager, Rukhsana Begum, doesn't agree this should step up yet. She wants me to try a joint visit with the school first and hasn't signed it off. I'm sending it so MAST can advise, and I've told her I'm doing so.

Farhan Siddiqui
Early Help Practitioner | Stepney Family Hub
Sent from Outlook for Android
""")
    top = outlook_top(f, addr("Siddiqui, Farhan", "Farhan.Siddiqui@" + TDOM), addr("MAST", TMAST),
                      "Step up request - Callum Whitestone - Mosaic 2734410", when)
    add(f, android_mail(f, top, body), "tower_hamlets", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["2734410"],
        [ch("Callum Whitestone", "2065-05-09", "09/05/2065")],
        ["non_engagement", "radicalisation"], None, False, ["manager_agreed", "request_for_support"], None,
        "request_info",
        "MAST step-up from a phone (one base64 text/plain part, LF). DISCORD SCREENSHOTS described (far-right memes, "
        "'we need our own army fr'), Prevent referral with Channel -> radicalisation; mum cancelling visits by text -> "
        "non_engagement. MANAGER DISAGREES: 'doesn't agree this should step up yet ... hasn't signed it off' -> "
        "manager_agreed false -> missing; the MARF is 'half done' -> request_for_support missing (REQUIREMENTS, "
        "tower_hamlets step_up). Not immediate -> request_info. 'Mosaic no. 2734410' -> bare number.",
        not_children=["Rukhsana Begum", "Farhan Siddiqui"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2079-05-16 09:05:12"
    body = T("""
Good morning MAST,

Just so you're aware, in case you get calls today. Since last night a doorbell-camera video has been shared in parents' WhatsApp groups and on the "Bow Mums" Facebook page: a small child in pyjamas walking alone along a street at 2.14am, captioned "THIS IS BOW RIGHT NOW share to find the parents!!! 😱😱". It has over 4,000 shares, and some parents have commented that it's one of our Reception children and named her.

We've checked. The clip isn't from Bow and isn't from this week - it's from a news story abroad in 2074 (the child was found safe within minutes), and the same clip has been recycled with different town names before. The Reception child parents named is in school today, well and happy. I've spoken to her mum, who is upset that her daughter was named and has reported the comments. We've sent the attached letter to parents asking them not to share the video.

No action is needed from MAST: no child here has been harmed and there's no concern about this family. I'll let you know if anything changes.

Kind regards,

Nasreen Chowdhury
Assistant Headteacher & Designated Safeguarding Lead
Roman Road Primary School | 020 7946 0118
""")
    letter = pdf_att("Letter to parents - shared video - 16.05.2079.pdf", "Roman Road Primary School - letter to parents", [
        "16 May 2079", "Dear parents and carers,",
        "You may have seen a video shared online of a young child walking alone at night, captioned as being in Bow.",
        "We have checked: the video is several years old and was filmed in another country. The child in it was found "
        "safe at the time. It does not show any child from our school.",
        "Please do not share the video or name any child in comments. Thank you for your support.",
        "Mrs N Chowdhury, Assistant Headteacher"])
    top = outlook_top(f, addr("Chowdhury, Nasreen", "n.chowdhury@romanroad.example.sch.uk"), addr("MAST", TMAST),
                      "FYI - viral doorbell video 'child wandering in Bow' - checked, not one of ours", when,
                      mid_domain="romanroad.example.sch.uk")
    add(f, mail(f, top, body, [letter], html_alt=True), "tower_hamlets", "mash_step_up", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A VIRAL HOAX: doorbell footage of a child alone at 2.14am shared as 'THIS IS BOW RIGHT NOW "
        "😱😱'; the school has checked that it is a recycled 2074 clip from abroad, the child named by parents is in "
        "school and well, 'no child here has been harmed and there's no concern about this family'. Not urgent. A "
        "school's FYI, no request -> other -> human_review. No child is named.",
        not_children=["Nasreen Chowdhury"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2079-05-03 08:40:33"
    data = google_reply(f, when, "Farzana Hoque", "f.hoque@mileendpark.example.sch.uk", ("Early Help Hub", THUB),
                        "ACCEPTED", "TAF meeting - Rahman - Mosaic 2701155 [SB-tower_hamlets-4410]",
                        "20790505T090000Z", "20790505T100000Z", "Mile End Park Primary School",
                        "Fri 5 May 2079 10am - 11am (BST)")
    add(f, data, "tower_hamlets", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["2701155"], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (text/calendar METHOD:REPLY plus invite.ics), PARTSTAT=ACCEPTED, from the Lead "
        "Practitioner for tower_hamlets_02's TAF (Fri 5 May, times in UTC); SUMMARY 'Mosaic 2701155' -> the bare "
        "number. record_reply.")

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2079-07-11 12:25:07"
    ack = ack_text("step-up", "SB-tower_hamlets-4462", [
        "Case: 2729903", "Children: Amina Haque (03/10/2067), Ibrahim Haque (19/08/2078)",
        "MARF: received"], [])
    body = T("""
Amina has just messaged me on the work mobile (the Early Help text line). Copying it exactly:

11:52 Amina: miss are u there
11:52 Amina: mum didnt come back last nite and ibby wont stop crying 😭😭
11:53 Amina: theres no milk left and hes really hot
11:54 Amina: i dont no what to do shes not answering
12:01 Me: Amina I'm coming now. Are you at home?
12:02 Amina: yh
12:02 Amina reacted 👍 to "Amina I'm coming now. Are you at home?"

She should be in school - school say she wasn't in this morning. Ibrahim is 10 months. I'm getting a cab to the flat (12 Cordwainer House, E3 9ZR), about 20 minutes away. Mum's phone goes straight to voicemail.

Jannat

Jannat Uddin
Early Help Practitioner | Poplar Family Hub
Sent from Outlook for Android

________________________________
From: MAST <MAST@towerhamlets.gov.uk>
Sent: Monday, July 3, 2079 2:14 PM
To: Uddin, Jannat <Jannat.Uddin@towerhamlets.gov.uk>
Subject: [SB-tower_hamlets-4462] Step-up request received - Mosaic 2729903

""") + ack
    top = outlook_top(f, addr("Uddin, Jannat", "Jannat.Uddin@" + TDOM), addr("MAST", TMAST),
                      "Re: [SB-tower_hamlets-4462] Step-up request received - Mosaic 2729903", when)
    add(f, android_mail(f, top, body), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "follow_up", True, None, ["2729903"],
        [ch("Amina Haque", "2067-10-03", "03/10/2067"), ch("Ibrahim Haque", "2078-08-19", "19/08/2078")],
        ["neglect"], None, None, [], None, "alert_duty",
        "MESSAGES WITH EMOJI AND A REACTION, COPIED EXACTLY, on a phone reply (one base64 text/plain part, LF): an "
        "11-year-old alone since last night with her 10-month-old brother, 'no milk left and hes really hot', mum "
        "not answering; the practitioner is on her way. No alarm word anywhere. DESIGN safety rule 1 (whatever the "
        "kind) -> urgent; a reply to [SB-tower_hamlets-4462] -> follow_up -> alert_duty first. Children and DOBs "
        "from the quoted acknowledgement ('ibby' is a nickname). Left alone, no food for the baby -> neglect.",
        not_children=["Jannat Uddin"])


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2079-06-22 10:05:14"
    body = T("""
Hello Early Help,

Please could I have a triage slot for the Pascoe children - a step down from the Single Assessment Team to a level 3 Early Help response. Finn is 3, so I understand it will be the under-5s triage.

Ruby Pascoe - 03/04/2068
Finn Pascoe - 01/12/2075
LCS-3310452

The Single Assessment is attached, with my analysis and the rationale for stepping down, and my team manager Lowenna Hext's analysis confirming the threshold for level 3 is met (she signed it off on 20/06/2079).

Consent: mum sent me a WhatsApp voice note on Tuesday after I'd explained level 3 Early Help to her. The transcript reads: "Hiya Morwenna, yeah, that's fine, I'm happy for Early Help to come in and help with Ruby and the school stuff, and the parenting thing. Thanks, bye." I've saved the voice note to LCS.

The main needs are dad's cannabis use (he's engaging with the drug and alcohol service) and Ruby's attendance, which is 86%.

Many thanks,
Morwenna

Morwenna Trevithick
Social Worker | Single Assessment Team | Torbay Council
01632 960 372

""") + BDISC
    sa = pdf_att("Single Assessment - Pascoe - June 2079.pdf", "Single Assessment - Pascoe (LCS-3310452)", [
        "Children: Ruby Pascoe (03/04/2068), Finn Pascoe (01/12/2075).",
        "Social worker's analysis: parental cannabis use has reduced and dad is engaging with the drug and alcohol "
        "service; no evidence of significant harm; needs remain high (Ruby's attendance 86%, routines, Finn's speech).",
        "Rationale for step down: no further action at level 4; a level 3 co-ordinated response is needed.",
        "Manager's analysis (Lowenna Hext, Team Manager, 20/06/2079): I agree with the analysis and confirm the "
        "threshold for level 3 intervention is met."])
    top = outlook_top(f, addr("Trevithick, Morwenna", "Morwenna.Trevithick@" + BDOM), addr("Early Help", BEH),
                      "Request for triage slot - step down to level 3 - Pascoe - LCS-3310452", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["LCS-3310452"],
        [ch("Ruby Pascoe", "2068-04-03", "03/04/2068"), ch("Finn Pascoe", "2075-12-01", "01/12/2075")],
        ["school_attendance", "substance_misuse"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down (REQUIREMENTS, torbay step_down; seed 002 steps 1-4): Single Assessment .pdf with "
        "the TM's analysis 'confirming the threshold for level 3 is met' -> manager true; CONSENT IN A VOICE NOTE "
        "TRANSCRIBED ('I'm happy for Early Help to come in') -> true. Level 3 written. Finn is 3 -> the fortnightly "
        "under-5s triage (Tue 27 June is one). Dad's cannabis -> substance_misuse; 86% -> school_attendance.",
        not_children=["Lowenna Hext", "Morwenna Trevithick"])

def torbay_02():
    f = "torbay_02.eml"; when = "2079-07-14 21:48:22"
    text = T("""
Hi I don't know if anyone reads this at night, the police said to email you as well as ringing them.

My sister Jade Luscombe is live on TikTok right now, she's been live since about 9. She is off her face, slurring and nodding off mid sentence, there's a bottle of vodka and a strip of tablets on the table. My nephew Alfie-Jay Luscombe is 3, he's in just a nappy and he keeps going to the balcony door and pulling at the handle. The flat is on the 4th floor.

About 15 mins ago she stopped talking and her head went down on the sofa and the live is still going. You can hear Alfie-Jay crying "mummy mummy" 😭😭 People in the comments are writing "where's the baby??" and "someone ring someone" and "is she ok 😳". I've screenshotted all of it.

The address is Flat 14, Harbour View Court, Paignton TQ4 9ZW.

I'm in Plymouth and I haven't got a car. I rang 999 at 21.35 and they said someone will go but they're very busy tonight.

Please can someone go round.

Tegan Luscombe
07700 900 781

Sent from my iPhone
""")
    top = apple_top(f, addr("Tegan Luscombe", "tegan.luscombe@icloud.example"), BMASH,
                    "my sister is live on tiktok drunk and my nephew is on his own", when, "icloud.example")
    add(f, iphone_mail(f, top, text), "torbay", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Alfie-Jay Luscombe")],
        ["neglect", "substance_misuse"], None, None, [], None, "alert_duty",
        "A LIVE STREAM THE WRITER IS WATCHING, WITH COMMENTS QUOTED, at 21:48 on a Friday: a mother drunk on TikTok "
        "Live has slumped over while her 3-year-old, in a nappy, pulls at a 4th-floor balcony door and cries; the "
        "aunt is 40 miles away and police are 'very busy'. No alarm word anywhere. DESIGN safety rule 1 -> urgent -> "
        "alert_duty (the out-of-hours service: night, weekend). iPhone mail (format=flowed, emoji). A relative's "
        "report, no step -> other. neglect + substance_misuse. The mother and aunt are adults.",
        not_children=["Jade Luscombe", "Tegan Luscombe"])

def torbay_03():
    f = "torbay_03.eml"; when = "2079-05-08 11:30:45"
    body = T("""
Dear MASH,

I'm the lead professional for the Widdicombe family (EHM-812246) and I'm making a contact to MASH for the children to be considered for a level 4 response.

Kacey Widdicombe - 12/10/2068
Mylo Widdicombe - 28/01/2071

My line manager, Gerens Nance (Assistant Team Manager, Early Help), and I discussed this on Friday and we both agree the new information needs to be considered for a level 4 statutory intervention. Mum has given her consent for me to contact MASH - she signed the consent section of the plan review on 05/05/2079.

The new information: home conditions have gone backwards since March. There has been no working cooker since April, the children's bedding hasn't been washed for weeks, and both children have had untreated head lice since Easter. Kacey has missed 19 sessions this half term (attendance 78%) and Mylo arrives hungry every morning. The plan has had three reviews and nothing is sticking.

A separate thing, so that it doesn't cause confusion: you may have had a call from the school last Tuesday about a video Kacey posted on TikTok that looked as if she was being strangled. It was a re-enactment of a "trend" with her cousin - both girls are laughing at the end, and it was filmed in the cousin's garden with the cousin's mum there. School and the PCSO looked into it the same day, the video has been taken down and both girls have had an online safety session. Nothing arises from it.

Loveday Harvey
Early Help Practitioner | Paignton Family Hub | Torbay Council
01632 960 655

""") + BDISC
    top = outlook_top(f, addr("Harvey, Loveday", "Loveday.Harvey@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Widdicombe - EHM-812246 - level 4 consideration", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 5,
        "near_miss", "step_up", False, None, ["EHM-812246"],
        [ch("Kacey Widdicombe", "2068-10-12", "12/10/2068"), ch("Mylo Widdicombe", "2071-01-28", "28/01/2071")],
        ["neglect", "school_attendance"], True, True, [], None, "book_meeting",
        "NEAR MISS - A VIDEO ALREADY LOOKED INTO: a TikTok that 'looked as if she was being strangled' was a trend "
        "re-enactment, checked by school and the PCSO the same day, taken down, 'Nothing arises from it' -> not "
        "urgent, no physical_harm. Complete Torbay step-up (REQUIREMENTS, torbay step_up; seed 002 'Step up "
        "processes' step 2: 'a contact should be made to MASH with parental consent'): consent 'Mum has given her "
        "consent for me to contact MASH' -> true; 'we both agree the new information needs to be considered for a "
        "level 4 statutory intervention' -> manager true -> book_meeting. neglect + school_attendance (78%).",
        not_children=["Gerens Nance", "Loveday Harvey"])

def torbay_04():
    f = "torbay_04.eml"; when = "2079-06-06 15:10:33"
    body = T("""
Hi Early Help,

Please could I have a triage slot to step Jowan Tremain (DOB 07/07/2069) down from his CIN plan to level 3 Early Help. LCS-3298170.

My team manager, Elowen Rodda, and I agreed last week that there is no further need for statutory intervention - the CIN plan's outcomes have been met. The updated Single Assessment is attached. Mum (Stacey Tremain) consented to level 3 Early Help at the final CIN review on 01/06/2079.

Ongoing needs: Jowan's attendance (85%) and mum's low mood - she's with Talking Therapies.

Piran

Piran Carne
Social Worker | Safeguarding and Supporting Families Team | Torbay Council
01632 960 418

PS - 15:08, as I was about to send this, mum forwarded me a screenshot of a Messenger message from Jowan's dad, Ryan Tremain, sent at 15:02: "collecting my boy from school today whether u like it or not 🙂 u cant stop me. see u at the gate 3.15". He broke Jowan's arm in 2077 and the court order says no contact at all. School finishes at 3.15. Mum is at work in Exeter and can't get there. I've rung the school office twice and it's engaged. Can someone ring Cockington Vale Primary, and me?

""") + BDISC
    sa = pdf_att("Single Assessment update - Jowan Tremain - 05.06.2079.pdf", "Single Assessment (update) - LCS-3298170", [
        "Child: Jowan Tremain, DOB 07/07/2069. Mother: Stacey Tremain. Father: Ryan Tremain (no contact - court "
        "order, 2077).",
        "Analysis: CIN plan outcomes met - mum's mental health improved, routines in place, no contact from father "
        "since the order. Remaining needs at level 3: attendance 85%, mum's low mood.",
        "Manager's analysis (Elowen Rodda, 31/05/2079): no further need for statutory intervention; level 3 met."])
    top = plain_top(f, addr("Carne, Piran", "Piran.Carne@" + BDOM), addr("Early Help", BEH),
                    "Triage slot please - step down (level 3) - Jowan Tremain - LCS-3298170", when, BDOM,
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, [sa]), "torbay", "early_help_duty", when, 2,
        "urgent", "step_down", True, 3, ["LCS-3298170"],
        [ch("Jowan Tremain", "2069-07-07", "07/07/2069")],
        ["parental_mental_health", "physical_harm", "school_attendance"], True, True, [], None, "alert_duty",
        "A FORWARDED SCREENSHOT IN A P.S., TIMED MINUTES AGO: an otherwise complete Torbay step-down (Single "
        "Assessment update .pdf with the TM's analysis; SASF route 'agreed ... no further need for statutory "
        "intervention' -> manager true; 'consented to level 3 Early Help' -> consent true; level 3) whose P.S. says the "
        "father who broke the boy's arm, barred by a court order, messaged 'collecting my boy from school today ... "
        "see u at the gate 3.15' - at 15:10. DESIGN safety rule 1 -> urgent -> alert_duty. physical_harm (the "
        "threat today), plus the request's own needs: 85% -> school_attendance, mum's low mood -> "
        "parental_mental_health.",
        not_children=["Stacey Tremain", "Ryan Tremain", "Elowen Rodda", "Piran Carne"])

def torbay_05():
    f = "torbay_05.eml"; when = "2079-04-17 06:00:03"
    text = T("""
SafeScreen Monitor - Daily summary
School: Brixham Community College
Period: Friday 14 April 2079, 00:00-23:59

This is an automated message. Replies to this address are not monitored.

Alerts captured: 3 | Reviewed by DSL: 3 | Open: 0

1. Student 08841 (Year 9) - keyword "kill myself" - context: song lyrics typed into a music search - severity: HIGH (automatic) - reviewed by L. Tozer (DSL): no concern, closed.
2. Student 07716 (Year 8) - "how to make a bomb" - context: a Minecraft TNT tutorial - severity: MEDIUM - reviewed: no concern, closed.
3. Student 09102 (Year 11) - "nudes" - context: a PSHE lesson resource on sharing images - severity: HIGH (automatic) - reviewed: no concern, closed.

No alerts require action.

You are receiving this summary because this address is listed as a notification recipient for Brixham Community College. To change recipients, ask your SafeScreen administrator.
""")
    h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
         "<body style=\"font-family:Verdana,sans-serif;font-size:9pt\">\n<table width=\"600\">"
         + "".join("<tr><td>%s</td></tr>\n" % esc(p).replace("\n", "<br>") for p in text.split("\n\n"))
         + "</table>\n</body></html>\n")
    top = plain_top(f, addr("SafeScreen Monitor", "no-reply@safescreen-monitor.example"), BMASH,
                    "SafeScreen daily summary - Brixham Community College - 3 alerts reviewed", when,
                    "safescreen-monitor.example", None,
                    extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"),
                           ("X-Auto-Response-Suppress", "All")])
    add(f, alt_mail(f, top, text, h), "torbay", "mash_step_up", when, 2,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "NEAR MISS - AN AUTOMATIC SCHOOL ONLINE-MONITORING DIGEST (Auto-Submitted: auto-generated, Precedence: bulk) "
        "reaching MASH through a notification list: 'kill myself', 'how to make a bomb', 'nudes', 'severity: HIGH' - "
        "every alert already reviewed by the DSL as song lyrics, a game tutorial and a lesson resource, 'No alerts "
        "require action'; students by number only. Read under safety rule 1 but reporting no current risk. DESIGN: "
        "auto-submitted -> auto_reply -> ignore (rule 2). First working day of the window, 06:00.")

def torbay_06():
    f = "torbay_06.eml"; when = "2079-05-18 13:00:40"
    body = T("""
Dear colleague,

Thank you for booking onto "Digital evidence in safeguarding" (Level 3), Thursday 25 May, 09:30-12:30, Paignton Library meeting room.

Please read the three scenarios below (also attached as a PDF) before the session. We will work through them in small groups.

Scenario A. On a home visit a 14-year-old shows you a screenshot of messages from an adult asking her to meet him at a hotel tonight. What do you do in the next ten minutes?

Scenario B. A mum plays you a voice note from her ex-partner, who has a non-molestation order, saying he is outside. What do you record, and how?

Scenario C. A teacher watching a remote lesson sees a child being hit by an adult off camera. Who does the teacher call first?

All names and scenarios are fictional and for training only. They do not relate to any real child, family or case, and nothing in them needs any action.

Please bring a charged laptop. Refreshments provided.

Workforce Development Team
Torbay Council | 01632 960 190
""")
    pdf = pdf_att("Digital evidence workshop - scenarios (fictional).pdf", "Digital evidence in safeguarding - scenarios", [
        "FOR TRAINING ONLY - ALL SCENARIOS ARE FICTIONAL.",
        "Scenario A: messages from an adult to a 14-year-old (screenshot). Immediate risk? Who to call?",
        "Scenario B: a voice note from an ex-partner under a non-molestation order. Recording digital evidence.",
        "Scenario C: harm witnessed on a video call. Thresholds and the first call.",
        "Discussion: preserving evidence; not forwarding indecent images; consent and information sharing."])
    top = outlook_top(f, addr("Workforce Development", "workforce.development@" + BDOM), addr("Early Help", BEH),
                      "Pre-reading: Digital evidence in safeguarding (Level 3) - Thursday 25 May", when)
    add(f, mail(f, top, body, [pdf], html_alt=True), "torbay", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - TRAINING: a workshop's pre-reading whose three scenarios (a hotel meeting 'tonight', an ex-partner "
        "'outside', a child hit on a video call) echo this set's urgent mails, explicitly 'fictional and for training "
        "only'. DESIGN safety rule 1: bulletins that list examples must not trigger it. No child, no request -> "
        "other -> human_review.")

def torbay_07():
    f = "torbay_07.eml"; when = "2079-06-23 14:20:10"
    data = itip_reply(f, when, "Morwenna Trevithick", "Morwenna.Trevithick@" + BDOM, ("Early Help", BEH), "ACCEPTED",
                      "Under-5s triage - Pascoe - LCS-3310452 [SB-torbay-5530]", "20790627T113000", "20790627T120000",
                      "Microsoft Teams Meeting")
    add(f, data, "torbay", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["LCS-3310452"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, no comment, from the social worker for torbay_01's under-5s triage "
        "slot (Tue 27 June 11:30, a fortnightly under-5s Tuesday); SUMMARY carries LCS-3310452. record_reply.")

def torbay_08():
    f = "torbay_08.eml"; when = "2079-07-19 14:05:48"
    body = T("""
MASH,

I'm the lead professional for Ellis Venton (DOB 02/11/2063), EHM-809934, and I need to make a contact now. My team manager, Nessa Penhallow, agreed at 13:50 that I should send it straight away.

At our session at 1pm Ellis showed me his Instagram messages. An account he thought was a girl his age ("lily.x.rose") got him to send an intimate picture on Monday night. Since then they have sent him:

- a collage of his picture next to screenshots of his followers list and his school's Instagram page
- "u got til 6 🕕 £400 or everyone sees 📸"
- a countdown sticker reading "EXPOSED in 4:52:10"
- this morning: "pay or ur done. we know where u live"

He has already paid £60 of his birthday money. He said to me "I can't do this, I'd rather not be here", and at 1.40 he walked out of the hub. He isn't answering his phone, and the location sharing we set up for his bus journeys has been switched off. His nan, who he lives with, says he hasn't come home.

I haven't been able to ask about consent for this contact - mum works away and I've only reached her voicemail, and nan doesn't have parental responsibility.

Jago Bunney
Early Help Practitioner | Torbay Youth Hub | Torbay Council
01632 960 533 | 07700 900 957

""") + BDISC
    top = outlook_top(f, addr("Bunney, Jago", "Jago.Bunney@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Ellis Venton - EHM-809934 - blackmail, has walked out", when,
                      cc=addr("Penhallow, Nessa", "Nessa.Penhallow@" + BDOM))
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-809934"],
        [ch("Ellis Venton", "2063-11-02", "02/11/2063")],
        ["exploitation", "missing", "sexual_harm"], None, True, ["consent"], None, "alert_duty",
        "SEXTORTION, WITH THE MESSAGES AND A COUNTDOWN STICKER QUOTED: a 15-year-old blackmailed over an intimate "
        "image (deadline 6pm today), who said 'I'd rather not be here', walked out at 1.40, switched off his location "
        "sharing and has not come home. No alarm word anywhere. DESIGN safety rule 1 -> urgent -> alert_duty. A "
        "Torbay step-up (the lead professional's contact to MASH, seed 002): TM agreed -> manager true; consent not "
        "yet asked ('I haven't been able to ask about consent') -> null -> 'consent' missing, but alert_duty comes "
        "first. exploitation + sexual_harm (sexual extortion) + missing (whereabouts unknown).",
        not_children=["Nessa Penhallow", "Jago Bunney"])


# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2079-04-28 11:45:09"
    blocks = [
        "Dear Early Help Co-ordinators,",
        "",
        "Following my discussion with Verity Lang at Tuesday's drop-in, here is the Early Help Assessment step-down "
        "plan for the Vaughan sibling group (level 3).",
        "",
        ("table", [
            ["Child", "DOB", "Mosaic"],
            ["Tomos Vaughan", "14/09/2070", "711402"],
            ["Cerys Vaughan", "03/03/2073", "711403"],
        ]),
        "",
        "Key person: Bethan Prothero, Family Support Worker, Ledbury Children's Centre - agreed with mum and with "
        "Bethan on 26/04/2079.",
        "",
        "Written consent: mum signed the consent form on her phone through the council's e-signature service on "
        "27/04/2079. The signed form and its signature certificate are attached.",
        "",
        "Main needs: mum's depression (she is with her GP and the wellbeing service) and Tomos's ADHD - his EHCP "
        "needs assessment is under way. Dad moved out in March and sees the children at his mother's.",
        "",
        "Diolch / thanks,",
        "Rhodri",
        "",
        "Rhodri Pugh",
        "Social Worker | Children's Assessment Team (Ledbury) | Herefordshire Council",
        "01632 960 266",
        "",
        HDISC.strip(),
    ]
    plan = docx_att("EHA step down plan - Vaughan.docx", [
        "# Early Help Assessment - Step Down plan",
        "Children: Tomos Vaughan (14/09/2070), Cerys Vaughan (03/03/2073). Mosaic 711402 / 711403.",
        "What are we worried about? Mum's low mood; Tomos's behaviour at home and school (ADHD).",
        "What's working well? Mum engages; the children are close to their grandmother; Cerys is thriving in Year 1.",
        "Wellbeing plan - what needs to happen, by whom: GP review for mum (mum, June); EHCP assessment (school); "
        "parenting group for ADHD (Bethan Prothero, from May).",
        "Key person: Bethan Prothero, Ledbury Children's Centre."])
    consent = pdf_att("Signed consent - Vaughan - e-signature certificate.pdf", "Consent to Early Help support - signed", [
        "I consent to my family receiving Early Help support and to information being shared as described.",
        "Children: Tomos Vaughan, Cerys Vaughan.",
        "Signed electronically by: Megan Vaughan (mother), 27/04/2079 19:42.",
        "Signature certificate: document ID HC-ES-55817; signer verified by SMS code; IP and device recorded."])
    top = outlook_top(f, addr("Pugh, Rhodri", "Rhodri.Pugh@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down plan - Vaughan sibling group - Mosaic 711402 / 711403", when)
    add(f, word_mail(f, top, blocks, [plan, consent]), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["711402", "711403"],
        [ch("Tomos Vaughan", "2070-09-14", "14/09/2070"), ch("Cerys Vaughan", "2073-03-03", "03/03/2073")],
        ["disability_send", "parental_mental_health"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down (REQUIREMENTS, herefordshire step_down; seed 003: 'obtain "
        "written consent, identify a key person ... complete an Early Help Assessment step-down plan'): plan .docx; "
        "WRITTEN CONSENT BY E-SIGNATURE on her phone, the signed form and certificate as a .pdf -> consent_form met, "
        "consent true; key person with agency. 'level 3' written. Mosaic ids from a table -> bare numbers. Mum's "
        "depression -> parental_mental_health; ADHD / EHCP -> disability_send.",
        not_children=["Verity Lang", "Bethan Prothero", "Rhodri Pugh", "Megan Vaughan"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2079-06-06 10:20:27"
    body = T("""
Hello,

The step-down plan for Poppy Lewis-Harding (15, DOB 22/01/2064), Mosaic 718820, is attached. Key person: Owain Bright, Youth Worker, Ross Youth Project - agreed with Poppy and with mum.

Mum agreed to Early Help verbally at the CIN review on Friday. I'm taking the written consent form out to her on Thursday and will send it on.

You'll see an EDT entry on Mosaic from Sunday night - please don't be alarmed by it. Mum rang EDT at 00:50 because the family location-sharing app showed Poppy's phone moving along the M50 when she thought Poppy was asleep at her friend's house. It turned out Poppy had left her phone in her friend's dad's car, and he'd driven to Gloucester to collect his older daughter. Police did a welfare check at the friend's house at 01:30: Poppy was asleep there, safe and well. It's resolved - there was no missing episode and there's no concern about the friend's family.

Going forward the needs are mum's drinking (she has cut down but still drinks most evenings, and she's with the alcohol service) and Poppy's confidence.

Siân

Siân Probert
Social Worker | Children's Assessment Team (Ross-on-Wye) | Herefordshire Council
01632 960 481

""") + HDISC
    plan = docx_att("EHA step down plan - Poppy Lewis-Harding.docx", [
        "# Early Help Assessment - Step Down plan",
        "Young person: Poppy Lewis-Harding, 22/01/2064. Mosaic 718820.",
        "Worries: mum's alcohol use; Poppy's confidence and friendships.",
        "Working well: Poppy attends well; mum works with the alcohol service; good relationship.",
        "Plan: weekly youth work sessions (Owain Bright); alcohol service continues; review at the MAG.",
        "Key person: Owain Bright, Ross Youth Project."])
    top = plain_top(f, addr("Probert, Siân", "Sian.Probert@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Step down - Poppy Lewis-Harding - Mosaic 718820", when, HDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, [plan]), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["718820"],
        [ch("Poppy Lewis-Harding", "2064-01-22", "22/01/2064")],
        ["substance_misuse"], True, None, ["consent_form"], None, "request_info",
        "NEAR MISS - A LOCATION-SHARING SCARE ALREADY RESOLVED: the family app showed a 15-year-old's phone on the "
        "M50 at 00:50; she was asleep at her friend's (police welfare check, 'safe and well'); 'It's resolved - there "
        "was no missing episode' -> no missing concern, not urgent. Verbal consent only ('agreed to Early Help "
        "verbally') -> consent true but the written form is to follow -> consent_form missing (REQUIREMENTS, "
        "herefordshire step_down; seed 003 'obtain written consent') -> request_info. Plan .docx and key person met. "
        "No level written -> null. Mum still drinks most evenings -> substance_misuse.",
        not_children=["Owain Bright", "Siân Probert"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2079-06-20 19:35:12"
    body = T("""
To whoever reads this,

I am Arlo's nan (his dad's mum). Arlo Whitcombe was born on 02/11/2078, so he's 7 months old. He lives with his mum Chloe and her boyfriend Kyle Broome at Flat 2, 9 Pinsley Mews, Leominster HR6 9ZD.

At 17:40 tonight Kyle posted a photo of Arlo on our family WhatsApp group with "look who fell off the bed again 🙄😂", and two of the family reacted with 😂. I zoomed in. Arlo has marks on both cheeks like fingertips - four on one side and one on the other - and his left eye is swollen nearly shut. He isn't crying in the photo, he's just staring. That's the third time he's "fallen off the bed" since Easter.

Chloe works nights at the care home and she left for work at 7, so it's just Kyle with him tonight.

When I asked in the group whether Arlo had been checked over, Kyle deleted the photo and removed me from the group. I have a screenshot of it, which I can send you.

I rang 101 and they told me to contact you as well. I live in Hay and I don't drive at night.

Gaynor Whitcombe
01632 960 774
""")
    top = plain_top(f, addr("Gaynor Whitcombe", "gaynor.whitcombe@btmail.example"), HMASH,
                    "Baby Arlo Whitcombe - photo on family WhatsApp tonight - marks on his face", when,
                    "btmail.example", "Microsoft Windows Live Mail 16.4.3528.331")
    add(f, mail(f, top, body, crlf=False), "herefordshire", "mash_step_up", when, 4,
        "urgent", "other", True, None, [],
        [ch("Arlo Whitcombe", "2078-11-02", "02/11/2078")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A PHOTO ON A FAMILY WHATSAPP GROUP, DESCRIBED IN WORDS, at 19:35: fingertip marks on both cheeks and a "
        "swollen-shut eye on a 7-month-old, posted as 'fell off the bed again 🙄😂' (the third time since Easter), "
        "by the mother's boyfriend who is alone with him tonight; the photo then deleted. No alarm word anywhere. "
        "DESIGN safety rule 1 -> urgent -> alert_duty (the out-of-hours service at this hour). A grandmother's "
        "report, no step -> other. physical_harm. 'Chloe' (first name only) is the mother, an adult.",
        not_children=["Kyle Broome", "Gaynor Whitcombe"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2079-05-12 16:40:50"
    body = T("""
Hi both,

A hypothetical question for my ASYE reflective log, if one of you has five minutes at next Tuesday's drop-in - no rush at all.

Say I was about to step a family down and, at my last visit, a 12-year-old played me a voice note on her phone in which her stepdad says "I'll break your arm if you tell". Or a parent showed me a doorbell-camera clip of an ex-partner trying the door in the middle of the night. Would the step-down stop there and then? Would I refer to MASH first and let you know afterwards, or would the drop-in still be the place to talk it through?

To be clear, nothing like this has happened on any of my cases - my practice educator suggested I ask, because my portfolio has a section on digital evidence and thresholds. I'd just like to understand the process before it ever comes up.

Thanks,
Ffion

Ffion Meredith
Newly Qualified Social Worker (ASYE) | Children's Assessment Team (Hereford) | Herefordshire Council
""") + HDISC
    top = outlook_top(f, addr("Meredith, Ffion", "Ffion.Meredith@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Hypothetical question for my ASYE portfolio - digital disclosures at step-down", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A HYPOTHETICAL: a newly qualified social worker asks what would happen if a child played her a "
        "threatening voice note or a parent showed doorbell footage; 'nothing like this has happened on any of my "
        "cases'. DESIGN safety rule 1: hypothetical risks must not trigger it. No child, no request -> other -> "
        "human_review.",
        not_children=["Ffion Meredith"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2079-06-09 14:15:44"
    ack = ack_text("step-down", "SB-herefordshire-6120", [
        "Case: 718820", "Child: Poppy Lewis-Harding (22/01/2064)",
        "Key person: Owain Bright (Ross Youth Project)"], ["the family's written consent"])
    text = T("""
Hi,

Signed consent form for Poppy attached - mum signed it at my visit yesterday. (She also sent me a WhatsApp selfie holding it up 🙈 - the attached scan is the proper copy.)

Siân

Sent from my iPad

On 6 Jun 2079, at 10:26, Herefordshire Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:

""") + stepbot_ack("SB-herefordshire-6120", ack.rstrip("\n").split("\n"))
    form = pdf_att("Consent form - Lewis-Harding - signed 08.06.2079.pdf", "Consent to Early Help - Herefordshire Council", [
        "Young person: Poppy Lewis-Harding (22/01/2064).",
        "I agree to my family receiving Early Help support, and to information being shared with the key person and "
        "the Early Help co-ordinator team.",
        "Signed: Rachel Lewis (mother)    Date: 08/06/2079",
        "Witnessed: Siân Probert, Social Worker"])
    top = apple_top(f, addr("Siân Probert", "Sian.Probert@" + HDOM), addr("Herefordshire Early Help Co-ordinators", HEH),
                    "Re: [SB-herefordshire-6120] Step-down request received - Mosaic 718820", when, HDOM,
                    mailer="iPad Mail (21F90)")
    add(f, iphone_mail(f, top, text, [form]), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["718820"],
        [ch("Poppy Lewis-Harding", "2064-01-22", "22/01/2064")],
        [], True, None, [], None, "attach_to_request",
        "Apple Mail reply to [SB-herefordshire-6120] (herefordshire_02's request) adding the signed consent form "
        "(.pdf); the acknowledgement is quoted with '>'. 'mum signed it at my visit yesterday' -> consent true (a WhatsApp "
        "selfie with the form is mentioned; the scan is the form). DESIGN: follow_up -> attach_to_request, "
        "missing []. Child and DOB from the quoted acknowledgement and the form; nothing of concern added.",
        not_children=["Siân Probert", "Rachel Lewis", "Owain Bright"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2079-07-13 09:05:30"
    body = T("""
Dear MASH,

I'm the lead professional for the Morgan children and I'd like to step them up to children's social care today.

Kayla Morgan - 18/02/2071 - Mosaic 720154
Deacon Morgan - 05/09/2075 - Mosaic 720155

This morning at 08:40 Kayla (8) came to me at breakfast club and played me a voice message on her smartwatch (one of the children's watches that gets voice messages from a parent's phone). It was from mum, sent at 08:10. I've written down exactly what mum says:

"Kayla, baby, it's Mummy. If they try and take you off me, I'll take us all to be with Nanna, me and you and Deacon. I've got all my tablets ready. I love you. Be good at school."

Mum hasn't brought Deacon (3) to nursery today - he's at home with her. Her phone is switched off. Her mental health has been getting worse since her own mum died in May; she stopped taking her medication a fortnight ago, and since the last TAF she has been frightened that social services will "take" the children.

Kayla is with me in school. The home address is 4 Mill Street, Kington HR5 9ZB.

Catrin Powell
Family Support Worker | Kington Primary School
01632 960 327
""")
    top = outlook_top(f, addr("Powell, Catrin", "c.powell@kingtonprimary.example.sch.uk"), addr("MASH", HMASH),
                      "Step up - Morgan children - Mosaic 720154 / 720155", when,
                      mid_domain="kingtonprimary.example.sch.uk")
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["720154", "720155"],
        [ch("Kayla Morgan", "2071-02-18", "18/02/2071"), ch("Deacon Morgan", "2075-09-05", "05/09/2075")],
        ["parental_mental_health"], None, None, [], None, "alert_duty",
        "A VOICE MESSAGE ON A CHILD'S SMARTWATCH, TRANSCRIBED WORD FOR WORD: mum, off her medication, says she will "
        "'take us all to be with Nanna ... I've got all my tablets ready'; she is at home with the 3-year-old, phone "
        "off. No alarm word anywhere. DESIGN safety rule 1 -> urgent -> alert_duty. A step-up to Herefordshire, whose "
        "seed defines none (REQUIREMENTS: 'step_up is not defined by this seed'): without the risk it would be "
        "human_review; missing [] for an undefined kind. Mosaic ids after the label 'Mosaic' -> bare numbers. "
        "parental_mental_health.",
        not_children=["Catrin Powell"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2079-06-21 12:30:08"
    body = T("""
Dear co-ordinators,

Please find attached the Early Help Assessment step-down plan (level 3) and mum's signed consent form for the Price children:

Leah Price, DOB 09/10/2066 (12) - Mosaic 716233
Alfie Price, DOB 25/03/2074 (5) - Mosaic 716234

Key person: Nia Hopkins, Family Support Worker, Bromyard Family Centre (agreed with mum on 19/06/2079).

A note about Monday so it isn't a surprise on the file. The children's father is in prison and has supervised video contact once a month, arranged through the prison and supervised by a contact worker. On Monday's call he became angry when Leah said she didn't want to talk, and said "when I get out I'll find where you live". The contact worker ended the call straight away, and the prison's security department and his offender manager have been told. He is not due for release for at least four years, any contact will stay supervised, and no further call will take place until his offender manager has reviewed it. Leah was upset but had settled with mum by the evening. It doesn't change the plan and there is no current concern about contact.

Needs going forward: Leah is a young carer for Alfie, who has cerebral palsy and an EHCP, while mum works part-time.

Dafydd

Dafydd Rees
Social Worker | Children's Assessment Team (Bromyard) | Herefordshire Council
01632 960 538

""") + HDISC
    plan = docx_att("EHA step down plan - Price - June 2079.docx", [
        "# Early Help Assessment - Step Down plan (level 3)",
        "Children: Leah Price (09/10/2066), Alfie Price (25/03/2074). Mosaic 716233 / 716234.",
        "Worried about: Leah's caring role; Alfie's care needs; mum's tiredness.",
        "Working well: mum's routines; Alfie's special school; Leah's friendships.",
        "Plan: young carers' assessment for Leah; short breaks for Alfie; key person Nia Hopkins (Bromyard Family "
        "Centre); review at the MAG."])
    consent = pdf_att("Consent form - Price - signed 19.06.2079.pdf", "Consent to Early Help - Herefordshire Council", [
        "Children: Leah Price, Alfie Price.",
        "I agree to my family receiving Early Help support.",
        "Signed: Joanne Price (mother)    Date: 19/06/2079"])
    top = outlook_top(f, addr("Rees, Dafydd", "Dafydd.Rees@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down plan (level 3) - Price children - Mosaic 716233 / 716234", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["716233", "716234"],
        [ch("Leah Price", "2066-10-09", "09/10/2066"), ch("Alfie Price", "2074-03-25", "25/03/2074")],
        ["disability_send", "young_carer"], True, None, [], None, "book_meeting",
        "NEAR MISS - A THREAT ON A SUPERVISED VIDEO CALL, ALREADY HANDLED: a father in prison said 'when I get out "
        "I'll find where you live'; the call was ended at once, the prison and offender manager told, release years "
        "away, all contact supervised, 'there is no current concern about contact' -> not urgent, no domestic_abuse. "
        "Complete Herefordshire step-down (plan .docx, signed consent form .pdf, key person with agency; level 3 "
        "written) -> book_meeting. Leah caring for Alfie -> young_carer; cerebral palsy, EHCP -> disability_send.",
        not_children=["Nia Hopkins", "Dafydd Rees", "Joanne Price"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2079-07-03 10:55:17"
    body = T("""
Hi EH co-ordinators,

Level 3 step down for Oliver Jankowski, DOB 16/08/2072, Mosaic 719911.

Mum's signed consent form is attached. The step-down plan is on OneDrive - here's the link, as I couldn't attach it from my phone: https://herefordshire-my.sharepoint.example/:w:/g/personal/t_grainger/EhPlanJankowski

Key person: tbc - I've asked the school nurse and the children's centre and I'm waiting to hear back.

The main worry is home conditions. Mum sends me photos every Friday, as we agreed in the CIN plan, and they show the kitchen and Oliver's room are much better than in March, but it is still up and down and he often comes to school in the same clothes for days.

Tobias

Tobias Grainger
Social Worker | Children's Assessment Team (Hereford)
Sent from Outlook for Android
""")
    consent = pdf_att("Consent - Jankowski - signed.pdf", "Consent to Early Help - Herefordshire Council", [
        "Child: Oliver Jankowski (16/08/2072).", "I agree to my family receiving Early Help support.",
        "Signed: Katarzyna Jankowska (mother)    Date: 29/06/2079"])
    top = outlook_top(f, addr("Grainger, Tobias", "Tobias.Grainger@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Level 3 step down - Oliver Jankowski - Mosaic 719911", when)
    root = multipart("mixed", [text_part(body, cte="base64"), consent], bnd(f, 1))
    add(f, build(top, root, False), "herefordshire", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 3, ["719911"],
        [ch("Oliver Jankowski", "2072-08-16", "16/08/2072")],
        ["neglect"], True, None, ["draft_plan", "lead_practitioner"], None, "request_info",
        "Herefordshire level 3 step-down from a phone: signed consent form .pdf -> consent_form met, consent true; "
        "THE PLAN IS ONLY A ONEDRIVE LINK, not an attachment or pasted text -> draft_plan missing (REQUIREMENTS 'How a "
        "requirement is met'); key person 'tbc' -> lead_practitioner missing -> request_info. Mum's weekly PHOTOS of "
        "the home described; home conditions and the same clothes for days -> neglect.",
        not_children=["Tobias Grainger", "Katarzyna Jankowska"])


# ============================================================================= SELF-CHECKS
CONCERN_IDS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
               "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation",
               "school_attendance", "young_carer", "disability_send"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
NEXT_ACTIONS = {"alert_duty", "ignore", "record_reply", "attach_to_request", "human_review", "request_info",
                "book_meeting"}
DOC_IDS = {"case_summary", "rationale", "draft_plan", "step_up_form", "taf_minutes", "gcp2", "engaging_families",
           "exploitation_assessment", "assessment", "cin_minutes", "consent_form", "request_for_support"}
FACT_IDS = {"case_id", "children", "consent", "manager_agreed", "lead_practitioner", "meeting_details",
            "worries_strengths_next"}
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

# England & Wales bank holidays in 2079 that fall on a weekday (the `holidays` package's list, which set_checks()
# re-derives and compares): New Year's Day is a Sunday, so its substitute is Monday 2 January; Good Friday 21 April;
# Easter Monday 24 April; May Day (the Early May bank holiday) Monday 1 May; Spring Bank Holiday Monday 29 May; Late
# Summer Bank Holiday Monday 28 August; Christmas Day Monday 25 December; Boxing Day Tuesday 26 December.
BANK_HOLIDAYS = {date(2079, 1, 2), date(2079, 4, 21), date(2079, 4, 24), date(2079, 5, 1), date(2079, 5, 29),
                 date(2079, 8, 28), date(2079, 12, 25), date(2079, 12, 26)}
# Easter is late in 2079, so it falls INSIDE a mid-April window, with both May bank holidays.
IN_WINDOW = {date(2079, 4, 21): "Good Friday", date(2079, 4, 24): "Easter Monday", date(2079, 5, 1): "May Day",
             date(2079, 5, 29): "Spring Bank Holiday"}
# The brief's window is "mid April to late July 2079": Monday 17 April to Friday 21 July 2079 (checked below).
BRIEF_START, BRIEF_END = date(2079, 4, 17), date(2079, 7, 21)
WINDOW = (datetime(2079, 4, 17, tzinfo=LON), datetime(2079, 7, 21, 23, 59, 59, tzinfo=LON))
# BST begins at 01:00 UTC on Sunday 26 March 2079 and ends at 01:00 UTC on Sunday 29 October 2079.
BST_START = datetime(2079, 3, 26, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2079, 10, 29, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2079

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
    if e["next_action"] not in NEXT_ACTIONS: err("next_action value")
    if not set(e["missing"]) <= DOC_IDS | FACT_IDS: err("missing ids outside the contract")
    if not isinstance(e["urgent"], bool): err("urgent must be a boolean")
    if not isinstance(e["case_ids"], list) or not all(isinstance(x, str) for x in e["case_ids"]): err("case_ids")
    for c in e["children"]:
        if set(c) != {"name", "dob"} or (c["dob"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", c["dob"])):
            err("child record %r" % c)
    if e["notice_ok"] not in (True, False, None): err("notice_ok value")
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

CAT_EXPECTED = {"urgent": 12, "near_miss": 12, "ordinary": 16}

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
    """The sender's own inline text: the text/plain (or, failing that, HTML) body cut at the first quoted block."""
    t = _plain(msg) or html_text(_html(msg))
    for cut in (SEP, "\nOn ", "\n> "):
        if cut in t:
            t = t[:t.index(cut)]
    return t

def _att_text(msg, ext):
    import io
    from pypdf import PdfReader
    out = []
    for p in _att(msg, lambda p: p.get_filename().lower().endswith("." + ext)):
        data = p.get_payload(decode=True)
        if ext == "pdf":
            out += [pg.extract_text() for pg in PdfReader(io.BytesIO(data)).pages]
        elif ext == "docx":
            out.append(docx_parts(data)[0])
        else:
            out.append(data.decode("utf-8"))
    return re.sub(r"\s+", " ", " ".join(out))

def _local(msg):
    return _date(msg).astimezone(LON)

def _single_b64_lf(msg):
    return (not msg.is_multipart() and msg.get_content_type() == "text/plain"
            and msg["Content-Transfer-Encoding"] == "base64" and b"\r\n" not in msg.get_payload(decode=True))

def _after_signature(msg, sig_line, marker):
    p = _plain(msg)
    return sig_line in p and marker in p and p.index(marker) > p.index(sig_line)

def _k01(msg):
    return (sorted(_exts(msg)) == ["docx", "pdf", "pdf"] and "won't consent to it" in _plain(msg)
            and _wd("knowsley_01.eml") == 4 and _pw("knowsley_01.eml") == 5)

def _k02(msg):
    pngs = _att(msg, lambda p: p.get_content_type() == "image/png")
    own = _body_only(msg)
    return (len(pngs) == 1 and "Bitmoji" in own and "Kenzie Molyneux" not in own
            and "Kenzie Molyneux" in _plain(msg) and _no_alarm(msg))

def _k03(msg):
    h = _html(msg)
    return ("MsoTableGrid" in h and "ICS-1402267" in h and "Hollie Brennan" in h and "👍" in _plain(msg)
            and _wd("knowsley_03.eml") == 4 and _pw("knowsley_03.eml") == 5)

def _k04(msg):
    t = readable(msg)
    return (not re.search(r"(?i)\blevel\b|\bL[23]\b", t) and "2076" in t and "No one is at risk" in t
            and _wd("knowsley_04.eml") == 3 and _pw("knowsley_04.eml") == 5)

def _k05(msg):
    return (_after_signature(msg, "Bernadette Quigley", "PS 11.58") and sorted(_exts(msg)) == ["docx", "pdf", "pdf"]
            and "Engaging Families" in readable(msg) and _wd("knowsley_05.eml") == 7)

def _k06(msg):
    return msg["List-Id"] is not None and msg["Auto-Submitted"] is None and "No child in Knowsley" in readable(msg)

def _k08(msg):
    cals = _cal(msg)
    return (len(cals) == 1 and (cals[0].get_param("method") or "").upper() == "REQUEST"
            and "DTSTART;TZID=GMT Standard Time:20790712T133000" in cals[0].get_payload(decode=True).decode()
            and not any("minutes" in p.get_filename().lower() for p in _att(msg))
            and _wd("knowsley_08.eml") == 5)

def _r01(msg):
    return "Rationale for step up" in _plain(msg) and _exts(msg) == ["pdf"] and "MsoTableGrid" in _html(msg)

def _r02(msg):
    return msg.get_content_type() == "multipart/alternative" and _no_alarm(msg) and not _att(msg)

def _r03(msg):
    return "It is not a current concern" in _plain(msg) and sorted(_exts(msg)) == ["docx", "pdf"]

def _r04(msg):
    return "no thank u" in _att_text(msg, "txt") and "no thank u" not in _plain(msg) and \
        "mum has declined Early Help" in _plain(msg)

def _r05(msg):
    body = _plain(msg)
    return ("doorbell" not in body and "Rafferty" not in body and "Lena Kowalczyk-Reid" not in body
            and "doorbell camera" in _att_text(msg, "pdf") and _no_alarm(msg))

def _r06(msg):
    return _local(msg).hour >= 21 and "not in any danger" in _plain(msg)

def _r07(msg):
    return (msg["Auto-Submitted"] or "") == "auto-replied" and str(msg["Subject"]).startswith("Automatic reply:")

def _r08(msg):
    p = _plain(msg)
    return "> What is missing:" in p and _exts(msg) == ["docx"]

def _t01(msg):
    return "2741188" not in _plain(msg) and "2741188" in str(msg["Subject"]) and _local(msg).weekday() == 4 \
        and _local(msg).date() == WINDOW[1].date()

def _t02(msg):
    return "no current concern about physical harm" in _plain(msg) and sorted(_exts(msg)) == ["docx", "pdf"]

def _t03(msg):
    return _no_plain(msg) and sorted(_exts(msg)) == ["docx", "pdf", "txt"] and "do what you need to do" in _att_text(msg, "txt")

def _t04(msg):
    return _local(msg).hour >= 17 and _no_alarm(msg) and "📍" in _plain(msg)

def _t05(msg):
    return _single_b64_lf(msg) and "doesn't agree this should step up" in msg.get_content()

def _t06(msg):
    return "no child here has been harmed" in _plain(msg) and _exts(msg) == ["pdf"]

def _t08(msg):
    return _single_b64_lf(msg) and _no_alarm(msg) and "reacted 👍" in msg.get_content()

def _b02(msg):
    return (msg.get_param("format") == "flowed" and _local(msg).hour >= 21 and _local(msg).weekday() == 4
            and _no_alarm(msg))

def _b04(msg):
    return _after_signature(msg, "Piran Carne", "PS - 15:08") and _exts(msg) == ["pdf"]

def _b05(msg):
    return (msg["Auto-Submitted"] or "") == "auto-generated" and "No alerts require action" in readable(msg)

def _b06(msg):
    return "fictional" in _plain(msg) and "fictional" in _att_text(msg, "pdf").lower()

def _h01(msg):
    return "e-signature" in _plain(msg) and sorted(_exts(msg)) == ["docx", "pdf"]

def _h03(msg):
    return _local(msg).hour >= 19 and _no_alarm(msg) and not _att(msg)

def _h05(msg):
    return next(p for p in msg.walk() if p.get_content_type() == "text/plain").get_param("format") == "flowed" \
        and _exts(msg) == ["pdf"]

def _h06(msg):
    return _no_alarm(msg)

def _h08(msg):
    return _exts(msg) == ["pdf"] and "sharepoint" in _plain(msg) and "Key person: tbc" in _plain(msg)

CUSTOM = [
    ("knowsley_01.eml", "form + GCP2 + minutes; consent refused; 4 WD (5 plain) across May Day", _k01),
    ("knowsley_02.eml", "one PNG screenshot; the child's name only in the quoted ack; no alarm words", _k02),
    ("knowsley_03.eml", "Word table with id and lead practitioner; 👍 consent; 4 WD (5 plain) across Spring BH", _k03),
    ("knowsley_04.eml", "no level written; 2076 post; 3 WD (5 plain) across Easter", _k04),
    ("knowsley_05.eml", "voice note in a P.S. after the signature; three attachments; 7 WD", _k05),
    ("knowsley_06.eml", "List-Id bulletin without Auto-Submitted", _k06),
    ("knowsley_08.eml", "iTIP REQUEST 12 July 13:30; no minutes attached; exactly 5 WD", _k08),
    ("richmond_wandsworth_01.eml", "Word HTML; rationale heading; summary PDF", _r01),
    ("richmond_wandsworth_02.eml", "Gmail alternative, no attachment, no alarm words", _r02),
    ("richmond_wandsworth_03.eml", "screenshot already dealt with; docx + pdf", _r03),
    ("richmond_wandsworth_04.eml", "the refusal's words only in the .txt chat export", _r04),
    ("richmond_wandsworth_05.eml", "the urgent footage only in the PDF; no alarm words", _r05),
    ("richmond_wandsworth_06.eml", "evening; 'not in any danger'", _r06),
    ("richmond_wandsworth_07.eml", "out-of-office", _r07),
    ("richmond_wandsworth_08.eml", "'> '-quoted ack with 'What is missing:'; rationale docx", _r08),
    ("tower_hamlets_01.eml", "Mosaic id only in subject and MARF; Friday, the window's last day", _t01),
    ("tower_hamlets_02.eml", "old video resurfacing; no current concern; pdf + docx", _t02),
    ("tower_hamlets_03.eml", "HTML-only; voice-note transcript .txt", _t03),
    ("tower_hamlets_04.eml", "evening; no alarm words; 📍", _t04),
    ("tower_hamlets_05.eml", "phone mail (base64, LF); manager disagrees", _t05),
    ("tower_hamlets_06.eml", "viral hoax checked; letter pdf", _t06),
    ("tower_hamlets_08.eml", "phone mail (base64, LF); no alarm words; reaction", _t08),
    ("torbay_02.eml", "iPhone flowed; Friday after 21:00; no alarm words", _b02),
    ("torbay_04.eml", "screenshot P.S. after the signature", _b04),
    ("torbay_05.eml", "auto-generated digest", _b05),
    ("torbay_06.eml", "fictional training scenarios", _b06),
    ("herefordshire_01.eml", "e-signature consent; docx + pdf", _h01),
    ("herefordshire_03.eml", "evening; no alarm words; nothing attached", _h03),
    ("herefordshire_05.eml", "iPad flowed reply with the signed form", _h05),
    ("herefordshire_06.eml", "no alarm words", _h06),
    ("herefordshire_08.eml", "plan only as a link; key person tbc", _h08),
]

# Each consent / manager wording ties to its label (the phrase must be in the readable text or the Subject).
WORDING = [
    ("knowsley_01.eml", "She says she won't consent to it", "consent", False),
    ("knowsley_01.eml", "agreed the step up", "manager_agreed", True),
    ("knowsley_03.eml", "so he's consented", "consent", True),
    ("knowsley_04.eml", "Mum signed the Family First consent form", "consent", True),
    ("knowsley_04.eml", "has agreed the step down", "manager_agreed", True),
    ("knowsley_05.eml", "agreed the step up on 02/06/2079", "manager_agreed", True),
    ("knowsley_08.eml", "Mum agrees with the step up", "consent", True),
    ("knowsley_08.eml", "has agreed the step up", "manager_agreed", True),
    ("richmond_wandsworth_01.eml", "I have agreed the step up", "manager_agreed", True),
    ("richmond_wandsworth_01.eml", "Mum has been told that we are making this referral", "consent", None),
    ("richmond_wandsworth_03.eml", "both consented to Early Help continuing the plan", "consent", True),
    ("richmond_wandsworth_04.eml", "mum has declined Early Help for now", "consent", False),
    ("richmond_wandsworth_05.eml", "I agree that this needs to step up", "manager_agreed", True),
    ("tower_hamlets_01.eml", "mum agrees to the referral", "consent", True),
    ("tower_hamlets_01.eml", "has agreed this", "manager_agreed", True),
    ("tower_hamlets_02.eml", "Mum has consented to the step down", "consent", True),
    ("tower_hamlets_03.eml", "I don't think \"do what you need to do\" is consent", "consent", None),
    ("tower_hamlets_05.eml", "doesn't agree this should step up yet", "manager_agreed", False),
    ("torbay_01.eml", "I'm happy for Early Help to come in", "consent", True),
    ("torbay_01.eml", "confirming the threshold for level 3 is met", "manager_agreed", True),
    ("torbay_03.eml", "Mum has given her consent for me to contact MASH", "consent", True),
    ("torbay_03.eml", "we both agree the new information needs to be considered for a level 4", "manager_agreed", True),
    ("torbay_04.eml", "consented to level 3 Early Help", "consent", True),
    ("torbay_04.eml", "agreed last week that there is no further need for statutory intervention", "manager_agreed", True),
    ("torbay_08.eml", "I haven't been able to ask about consent", "consent", None),
    ("torbay_08.eml", "agreed at 13:50 that I should send it", "manager_agreed", True),
    ("herefordshire_01.eml", "mum signed the consent form on her phone", "consent", True),
    ("herefordshire_02.eml", "Mum agreed to Early Help verbally", "consent", True),
    ("herefordshire_05.eml", "mum signed it at my visit yesterday", "consent", True),
    ("herefordshire_07.eml", "mum's signed consent form", "consent", True),
    ("herefordshire_08.eml", "Mum's signed consent form is attached", "consent", True),
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
QUIET_EXPECTED = ["herefordshire_03.eml", "herefordshire_06.eml", "knowsley_02.eml", "knowsley_05.eml",
                  "richmond_wandsworth_02.eml", "richmond_wandsworth_05.eml", "torbay_02.eml", "torbay_08.eml",
                  "tower_hamlets_04.eml", "tower_hamlets_08.eml"]
COUNTS_EXPECTED = {                   # file: (working days, plain weekdays) from the London date of `now`
    "knowsley_01.eml": (4, 5), "knowsley_03.eml": (4, 5), "knowsley_04.eml": (3, 5), "knowsley_05.eml": (7, 7),
    "knowsley_08.eml": (5, 5)}
CROSSING_BH_EXPECTED = ["knowsley_01.eml", "knowsley_03.eml", "knowsley_04.eml"]
DECISIVE_EXPECTED = ["knowsley_01.eml", "knowsley_03.eml", "knowsley_04.eml"]  # plain weekdays ok, working days not
QUIET, COUNTS = [], {}

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2079])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: the bank holidays in the window are %s, expected %s" % (inside, IN_WINDOW))
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2079, 3) and BST_END.date() == last_sun(2079, 10)):
        errors.append("set: BST must start on the last Sunday of March 2079 and end on the last Sunday of October")
    d = WINDOW[0].date()
    while d <= WINDOW[1].date():
        noon = datetime(d.year, d.month, d.day, 12, tzinfo=LON)
        if noon.utcoffset() != timedelta(hours=1):
            errors.append("set: %s has offset %s, the window must be BST throughout" % (d, noon.utcoffset()))
        d += timedelta(days=1)
    # the window: Monday 17 April (mid April) to Friday 21 July 2079 (late July), both working days
    if not (BRIEF_START.weekday() == 0 and BRIEF_END.weekday() == 4 and WINDOW[0].date() == BRIEF_START
            and WINDOW[1].date() == BRIEF_END and BRIEF_START not in BANK_HOLIDAYS and BRIEF_END not in BANK_HOLIDAYS
            and 13 <= BRIEF_START.day <= 20 and BRIEF_START.month == 4 and BRIEF_END.month == 7 and BRIEF_END.day >= 18):
        errors.append("set: the window must run from Monday 17 April to Friday 21 July 2079")
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
        errors.append("set: the decisive counts must cross Good Friday, Easter Monday, May Day and the Spring Bank "
                      "Holiday between them")
    if sum(1 for v in counts.values() if v[0] >= 5) < 2:
        errors.append("set: at least two Knowsley counts must be ok")
    if set(offsets) != {"+0100"}:
        errors.append("set: Date offsets %s (the window is BST throughout: all +0100)" % offsets)
    vals = {"consent": set(), "manager_agreed": set()}
    for lab in LABELS:
        for k in vals:
            vals[k].add(lab["expect"][k])
    if vals["consent"] != {True, False, None} or vals["manager_agreed"] != {True, False, None}:
        errors.append("set: consent and manager_agreed must each take true, false and null somewhere: %s" % vals)
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
    ("knowsley_01's notice labelled ok (plain weekdays counted across May Day)",
     lambda: _relabel("knowsley_01.eml", notice_ok=True, next_action="book_meeting"), "notice_ok True but 4 WD"),
    ("knowsley_03's notice labelled ok (Spring Bank Holiday ignored)",
     lambda: _relabel("knowsley_03.eml", notice_ok=True, next_action="book_meeting"), "notice_ok True but 4 WD"),
    ("knowsley_04's notice labelled ok (Easter ignored)",
     lambda: _relabel("knowsley_04.eml", notice_ok=True, next_action="book_meeting"), "notice_ok True but 3 WD"),
    ("May Day dropped from the bank holidays", lambda: BANK_HOLIDAYS.discard(date(2079, 5, 1)), "bank holidays differ"),
    ("Good Friday dropped", lambda: BANK_HOLIDAYS.discard(date(2079, 4, 21)), "bank holidays differ"),
    ("knowsley_08's Date given +0000", lambda: _shift_date("knowsley_08.eml", "Wed, 05 Jul 2079 09:25:19 +0100",
                                                           "Wed, 05 Jul 2079 09:25:19 +0000", 0, timedelta(0)),
     "Date offset should be +0100"),
    ("torbay_01's now given +0000", lambda: _relabel("torbay_01.eml", now="2079-06-22T09:09:14+00:00"),
     "now offset differs from the Date header's"),
    ("richmond_wandsworth_04 sent on the Spring Bank Holiday",
     lambda: _shift_date("richmond_wandsworth_04.eml", "Wed, 07 Jun 2079", "Mon, 29 May 2079", -9),
     "Date on a bank holiday"),
    ("herefordshire_06 sent on a Saturday", lambda: _shift_date("herefordshire_06.eml", "Thu, 13 Jul 2079",
                                                                "Sat, 15 Jul 2079", 2), "Date on a weekend"),
    ("an urgent mail filed as a near miss", lambda: _relabel("tower_hamlets_04.eml", category="near_miss"),
     "urgent vs category"),
    ("the undefined Herefordshire step-up sent to human review though urgent",
     lambda: _relabel("herefordshire_06.eml", next_action="human_review"), "next_action human_review != alert_duty"),
    ("the refused consent relabelled null", lambda: _relabel("richmond_wandsworth_04.eml", consent=None),
     "means consent False"),
    ("the unclear voice-note consent relabelled true",
     lambda: _relabel("tower_hamlets_03.eml", consent=True, missing=[], next_action="book_meeting"),
     "means consent None"),
    ("the manager's disagreement relabelled null", lambda: _relabel("tower_hamlets_05.eml", manager_agreed=None),
     "means manager_agreed False"),
    ("a Mosaic id labelled with its label", lambda: _relabel("tower_hamlets_05.eml", case_ids=["Mosaic no. 2734410"]),
     "is not an EHM/ICS/LCS/Mosaic id"),
    ("an unknown concern id", lambda: _relabel("richmond_wandsworth_06.eml", concerns=["screen_time"]), "concerns"),
    ("a level on a step-up", lambda: _relabel("knowsley_08.eml", level=3), ": level"),
    ("a date after the window's year in a body", lambda: _sub("herefordshire_04.eml", b"next Tuesday's drop-in",
                                                               b"next Tuesday's drop-in (2080)"),
     "year after 2079"),
    ("Auto-Submitted removed from the monitoring digest",
     lambda: _sub("torbay_05.eml", b"Auto-Submitted: auto-generated\r\n", b""), "auto_reply marked Auto-Submitted"),
    ("'risk' added to a quiet urgent mail's subject", lambda: _sub("herefordshire_03.eml", b"Subject: Baby Arlo",
                                                                   b"Subject: risk - Baby Arlo"), "no alarm word are"),
    ("the children of knowsley_05 swapped", lambda: _exp("knowsley_05.eml")["children"].reverse(),
     "children not in order of first full-name appearance"),
    ("an 18-year-old labelled as a child", lambda: (_exp("torbay_08.eml")["children"][0].update(dob="2061-11-02"),),
     "parses to 2063-11-02"),
    ("the footage copied into richmond_wandsworth_05's body", lambda: _sub("richmond_wandsworth_05.eml",
        b"Dear MASH Step Up,", b"Dear MASH Step Up, doorbell:"), "the urgent footage only in the PDF"),
    ("a near miss relabelled ordinary", lambda: _relabel("herefordshire_04.eml", category="ordinary"),
     "category totals"),
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
