#!/usr/bin/env python3
"""mixed69: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the summer term of 2088 (Monday 19 April - Friday 23 July 2088), in weapons and fire: knives kept in a child's
bedroom or under a parent's pillow, a crossbow and an air rifle, a gun seen in the house and a gun hidden in a
child's wardrobe, threats to burn the house down, petrol poured through a letterbox and lit, a child setting fires
at night, a parent's associates coming round armed and a machete on a doorbell video - with, as near misses, a
kitchen knife in a cooking lesson, a licensed shotgun safely kept, a fire service's fire-setting education already
done, a knife amnesty poster, a replica sword on a wall, a hypothetical in a knife-crime workshop, a bin-store fire
found to be electrical, an air rifle already seized, a BB-gun photo already dealt with, a historic threat to burn
a house and a petrol attack on someone else's family at the same address - alongside ordinary requests.

Voices: police (a Met public-protection notification, a neighbourhood team's bulletin), the fire service (a
deliberate-fire referral, an automatic home-safety acknowledgement), schools (a DSL passing on a child's messages, a
school's calendar replies), youth workers (a knife-crime workshop question, a detached youth worker's FYI), a
neighbour whose first language is not English, housing officers (a gas-safety visit, a bin-store fire), children's
own messages, parents' texts and a parent's evening email, and practitioners' ordinary requests.

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, Content-IDs and calendar UIDs
come from sha1 of the file name; zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py
(`--stats` prints the tallies; `--inject-faults` also breaks an in-memory copy in many ways and requires every break
to be caught). pypdf and python-docx are used only by the self-checks, to read the hand-built PDFs and .docx files
back; `holidays` is required and must agree with the script's bank-holiday list. The MIME, Word HTML, PDF, .docx,
iCalendar, out-of-office, quote-chain, working-day, readable-text and self-check helpers are copied from the model
set /work/main/tests/data/mixed27/make_set.py and adapted (window, bank holidays, year, the checks). Every label was
set by hand from the specification; the self-checks only verify them against its rules and STOP on any error before
anything is written.
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
    """Local (Europe/London) wall-clock time. The whole window (19 April - 23 July 2088) is British Summer Time
    (+0100): BST begins at 01:00 UTC on Sunday 28 March 2088 and ends on Sunday 31 October 2088. The self-check
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
            zi = zipfile.ZipInfo(name, date_time=(2088, 4, 2, 0, 0, 0))
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



# ============================================================================= helpers added for mixed27 (kept)
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
    f = "knowsley_01.eml"; when = "2088-04-28 11:20:33"
    body = T("""
Hi both,

Please find attached the step up request for the Hughes children (EHM-91406), with the GCP2 and the minutes of our last TAF on 21/04/2088.

Children:
Brooke Hughes - DOB 09/11/2077
Tommy Hughes - DOB 23/06/2082

The step up TAF is on Wednesday 5th May at 10am on Teams. I've sent the invite from my calendar to the MASH inbox and MASH business support, and invited school, the school nurse and our housing officer.

My team manager, Paul Ashurst, went through this with me in supervision yesterday and has agreed the step up (it's on the form).

In short: home conditions have gone downhill again since February. There was no food in the house on two of my last three visits, Tommy has been sent to school in the same uniform all week, and the GCP2 scores physical care and safety at level 4. Brooke's attendance has dropped to 82% and she is late most days. Mum is aware of the step up but hasn't said whether she agrees with it.

Thanks,
Shannon

Shannon Kearney
Family First Case Manager | Huyton Team | Knowsley Council
0151 496 0712 | 07700 900 284

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Hughes.docx", appendix1([
        ("Case ID on EHM:", "EHM-91406"),
        ("Children:", "Brooke Hughes (09/11/2077); Tommy Hughes (23/06/2082)"),
        ("Has this family recently closed to Children's Social Care?:", "No - stepped down to Family First in 2086."),
        ("Date of step up TAF meeting:", "Wednesday 5th May 2088, 10:00, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium - mum lets me in and attends TAFs but little changes between them."),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 21/04/2088"),
        ("What are we worried about? Current Concerns (Impact on child):",
         "No food in the home on 2 of 3 visits; Tommy in the same uniform all week; Brooke late most days, "
         "attendance 82%. GCP2 (19/04/2088) scores physical care and safety at level 4."),
        ("What is working well? Existing Strengths:", "Mum is warm with the children; nan visits on Sundays."),
        ("What next? Goals / Next Steps:", "Step up to CSC for a C&F assessment; Family First to stay involved."),
        ("Graded Care profile (If neglect should be completed):", "Completed 19/04/2088 - attached."),
        ("Merseyside Exploitation Assessment - CE/CSE concern:", "N/A"),
        ("Up to date police information if applicable:", "None."),
        ("Agreement by line manager:", "Paul Ashurst, Team Manager - agreed the step up, 27/04/2088."),
        ("Contingency plan (Smart and timely):", "Weekly visits continue; food bank referral made 26/04/2088."),
    ]))
    minutes = pdf_att("TAF minutes 21.04.2088 - Hughes.pdf", "TAF meeting minutes - Hughes family (EHM-91406)", [
        "Date: 21/04/2088, 14:00, Page Moss Primary School", "Chair: Shannon Kearney (Family First)",
        "Present: mum, Shannon Kearney, Mrs Dillon (Page Moss Primary), school nurse, housing officer",
        "", "1. Review of actions: food bank vouchers not used; uniform bank not visited.",
        "2. School: Brooke late 9 times this half term, attendance 82%. Tommy hungry on arrival most days.",
        "3. Home: kitchen bare at the visit on 16/04; beds without sheets.",
        "4. Agreed: Shannon to discuss step up with her team manager; GCP2 to be completed.",
        "Next TAF: to be set after the step-up decision."])
    gcp2 = pdf_att("GCP2 - Hughes - April 2088.pdf", "Graded Care Profile 2 (GCP2) - summary", [
        "Family: Hughes (EHM-91406)   Completed: 19/04/2088 by Shannon Kearney", "",
        "Area 1 Physical care: 4    Area 2 Safety: 4    Area 3 Love and care: 2",
        "Area 4 Stimulation and education: 3", "",
        "Summary: food and clothing needs not met consistently; supervision of Tommy on the way to school poor."])
    top = outlook_top(f, addr("Kearney, Shannon", "Shannon.Kearney@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Hughes family - EHM-91406", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, minutes, gcp2], html_alt=True), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-91406"],
        [ch("Brooke Hughes", "2077-11-09", "09/11/2077"), ch("Tommy Hughes", "2082-06-23", "23/06/2082")],
        ["neglect", "school_attendance"], None, True, [], False, "request_info",
        "Knowsley step-up for neglect with every document: Appendix 1 form (.docx), TAF minutes (.pdf), GCP2 (.pdf, "
        "neglect -> gcp2 met), EHM id, 'has agreed the step up' -> manager true; 'Mum is aware ... hasn't said whether "
        "she agrees' -> consent null (not a Knowsley step-up requirement). Nothing missing, BUT NOTICE ACROSS MAY DAY, "
        "DECISIVE: from Wed 28 April the TAF on Wed 5 May is 5 plain weekdays, but Mon 3 May is the Early May bank "
        "holiday -> 4 working days < 5 -> notice not ok -> request_info. Template headings (Engaging Families, "
        "exploitation 'N/A') add no concern; neglect + school_attendance (82%).",
        meeting=date(2088, 5, 5), not_children=["Shannon Kearney", "Paul Ashurst"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2088-06-10 16:40:12"
    ack = ack_text("step-up", "SB-knowsley-1339", [
        "Case: EHM-92217", "Children: Kaiden Nolan (02/02/2074)",
        "Step-up TAF meeting: Wednesday 16 June 2088, 13:30 (Microsoft Teams)"], [])
    body = T("""
Mum (Gemma) has just rung me in bits and sent me these. Copied exactly as she sent them:

[16:12] Gemma: found 2 massive knifes in kaidens wardrobe wrapped in his school jumper with a balaclava
[16:14] Gemma: 1 is like a machete thing with teeth on the back
[16:15] Gemma: his ipad is synced to his phone and theres msgs from them older lads saying "tonite we catch him by the garages 9 oclock bring the ting"
[16:21] Gemma: he went out with them at 4 and hes not answering me
[16:22] Gemma: what do i do do i ring the police on my own son

I've told her to ring 999 and I'm driving to the house now. The older lads are the two 17-year-olds from the step up, the ones he's been running drugs for. Can someone from MASH ring me please - 07700 900 366.

Dean

Sent from Outlook for iOS
""") + quote_chain([
        ("Knowsley MASH <knowsleymash@knowsley.gov.uk>", "07 June 2088 10:14", "Fairhurst, Dean <Dean.Fairhurst@knowsley.gov.uk>",
         "[SB-knowsley-1339] Step-up request received - EHM-92217", ack, None)])
    top = plain_top(f, addr("Fairhurst, Dean", "Dean.Fairhurst@" + KDOM), addr("Knowsley MASH", KMASH),
                    "RE: [SB-knowsley-1339] Step-up request received - EHM-92217", when, KDOM, "Outlook-iOS/2.0",
                    extra=[("In-Reply-To", msgid("knowsley_02-ack", "knowsley.gov.uk"))])
    add(f, mail(f, top, body, crlf=False), "knowsley", "mash_step_up", when, 3,
        "urgent", "follow_up", True, None, ["EHM-92217"],
        [ch("Kaiden Nolan", "2074-02-02", "02/02/2074")],
        ["exploitation", "physical_harm"], None, None, [], None, "alert_duty",
        "KNIVES IN A CHILD'S BEDROOM, IN A PARENT'S TEXTS COPIED ON A PHONE: mum found two large knives (one 'like a "
        "machete') and a balaclava in her 14-year-old's wardrobe; messages from the older youths he runs drugs for say "
        "'tonite we catch him by the garages 9 oclock bring the ting'; he went out with them at 4 and is not "
        "answering. A planned knife attack tonight by a child being exploited. No alarm word anywhere. DESIGN safety "
        "rule 1 whatever the kind: a reply to [SB-knowsley-1339] -> follow_up, and urgent -> alert_duty first. Child "
        "and DOB, EHM id from the quoted acknowledgement. exploitation + physical_harm (missing not labelled: he is "
        "out with the youths, where they are going is known).",
        not_children=["Dean", "Gemma"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2088-05-25 14:10:27"
    body = T("""
Hi Family First Duty,

I'm letting you know of a Level 3 step-down for the Corrigan children, ICS ID 1455903:

Mia Corrigan - 17.08.2079
Alfie Corrigan - 30.01.2084

Mum (Danielle) has consented to the referral to Family First - she signed the consent form at the CIN review on 20/05/2088.

Joint home visit: Tuesday 1st June at 10am, at home - 9 Larch Close, Kirkby, L32 9ZQ. Please could a Family First case manager come with me.

What are we worried about?
Mum's low mood has come back since her own mum died in March and some mornings she can't get out of bed. Mia has missed 14 sessions this half term (attendance 86%) and Alfie's nursery place has lapsed.

What is working well?
Mum is back in touch with her GP and is on the Talking Therapies waiting list. The children's dad has them every weekend and takes Mia to school on Mondays. The home is warm and clean and the children are close to mum.

What needs to happen?
A Family First case manager to lead a TAF with school and the nursery; a morning routine plan; help for mum to get Alfie's nursery place back.

Thanks,
Aisha

Aisha Bello
Social Worker | Child in Need Team (Kirkby) | Knowsley Council
0151 496 0529

""") + KDISC
    top = outlook_top(f, addr("Bello, Aisha", "Aisha.Bello@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Family First - Level 3 - Corrigan - joint visit Tues 1st June", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 3, ["1455903"],
        [ch("Mia Corrigan", "2079-08-17", "17.08.2079"), ch("Alfie Corrigan", "2084-01-30", "30.01.2084")],
        ["parental_mental_health", "school_attendance"], True, None, [], False, "request_info",
        "Knowsley Level 3 step-down, complete in content: joint home visit with date, time and address; the three "
        "Signs of Safety headings answered; 'has consented to the referral to Family First' -> consent true. 'ICS ID "
        "1455903' -> the bare number. NOTICE ACROSS THE SPRING BANK HOLIDAY, DECISIVE: from Tue 25 May the visit on "
        "Tue 1 June is 5 plain weekdays, but Mon 31 May is the Spring Bank Holiday -> 4 working days < 5 (seed 004: "
        "'a minimum of 5 days' notice', read as working days) -> notice not ok -> request_info. Mum's low mood -> "
        "parental_mental_health; 86% -> school_attendance.",
        meeting=date(2088, 6, 1), not_children=["Aisha Bello", "Danielle"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2088-05-27 10:30:44"
    body = T("""
Dear Family First Duty,

Level 2 step-down for Ellie Formby (DOB 04/04/2076), ICS-1449812.

The final CIN meeting is on Monday 7th June at 2pm at Halewood Academy (meeting room 2). Ellie's Head of Year, Mr Neil Garside (Halewood Academy), has agreed to take over as Lead Practitioner and will be at the meeting.

A note before you read the chronology, because it is the first thing on ICS: there is a 2086 alert about Ellie's father threatening to burn the house down. That was two years ago. He was convicted, there is an indefinite restraining order, he lives in Scotland and there has been no contact since. Nothing in this step-down is about him and there are no current concerns about domestic abuse.

What are we worried about? Ellie's anxiety about school - her attendance is 88% this year, mostly Mondays.

What is working well? Ellie is settled at home with mum and her nan, goes to the Halewood youth club every week, and mum works well with school.

What needs to happen? Mr Garside to coordinate an Early Help Assessment with a school-based plan for Ellie's anxiety and a review with mum in 6 weeks.

Mum is happy for school to take over and has consented to the step down.

Ryan Callister
Social Worker | Child in Need Team (Halewood) | Knowsley Council
0151 496 0655

""") + KDISC
    top = outlook_top(f, addr("Callister, Ryan", "Ryan.Callister@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to level 2 - Ellie Formby - final CIN Mon 7 June", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 2, ["ICS-1449812"],
        [ch("Ellie Formby", "2076-04-04", "04/04/2076")],
        ["school_attendance"], True, None, [], True, "book_meeting",
        "NEAR MISS - A HISTORIC THREAT TO BURN THE HOUSE DOWN: a 2086 alert about the father; convicted, indefinite "
        "restraining order, living in Scotland, no contact since, 'no current concerns about domestic abuse' -> "
        "historic and negated: not urgent, no domestic_abuse. Complete Knowsley LEVEL 2 step-down: final CIN with "
        "date, time and venue; the three headings; Lead Practitioner named with his agency (Halewood Academy). "
        "Consent given ('has consented to the step down') -> true (not required at level 2). Thu 27 May -> Mon 7 June: "
        "7 plain weekdays, 6 working days (Spring Bank Holiday 31 May excluded) >= 5 -> ok -> book_meeting. 88% -> "
        "school_attendance.",
        meeting=date(2088, 6, 7), not_children=["Ryan Callister", "Neil Garside"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2088-06-16 12:05:51"
    body = T("""
Hello,

Step up request for Jayden Doyle (DOB 15/10/2079) and Lacey Doyle (DOB 06/05/2083), EHM-92480.

The step up TAF is on Wednesday 23rd June at 10am on Teams. The invite has gone to the MASH inbox and MASH business support, and I've invited the TAF (school, Change Grow Live and the health visitor).

Attached are the step up form and the minutes of the TAF on 09/06/2088. My TM, Carl Rimmer, has agreed the step up - his sign-off is on the form.

Briefly: dad's heroin use has got worse since Easter, he owes money, and there have been men at the house at all hours. Mum is trying to keep things going. Jayden (8) is telling school he "has to keep the door shut".

Lisa

Lisa Murtagh
Family First Case Manager | Prescot & Whiston Team | Knowsley Council
0151 496 0873

P.S. Just off the phone with mum (11.50). Two men came to the door at 11.30 looking for dad - one had a hammer and the other showed her a knife in his waistband. They told her "he's got till tonight, we'll be back at 8 and this time we're coming in". Dad isn't answering his phone. Jayden and Lacey are both at school and due home at 3.30. Mum says she has nowhere to go.

""") + KDISC
    form = docx_att("Step up form - Doyle - EHM-92480.docx", appendix1([
        ("Case ID on EHM:", "EHM-92480"),
        ("Date of step up TAF meeting:", "Wednesday 23rd June 2088, 10:00 (Teams)"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "High - mum engages with every visit."),
        ("Recent TAF meeting minutes attached:", "Yes (09/06/2088)"),
        ("What are we worried about?:", "Dad's heroin use and debts; unknown adults at the house at all hours; "
                                        "Jayden's worry about the door."),
        ("What is working well?:", "Mum gets both children to school every day; nan nearby."),
        ("What next?:", "C&F assessment; CGL to re-engage dad."),
        ("Agreement by line manager:", "Agreed - Carl Rimmer, Team Manager, 15/06/2088."),
    ]))
    minutes = pdf_att("TAF minutes 09-06-2088 Doyle.pdf", "TAF minutes - Doyle family - 09/06/2088", [
        "Present: mum, Lisa Murtagh (Family First), Mrs Kaur (school), health visitor, CGL worker",
        "Dad invited, did not attend.", "School: both children in every day; Jayden anxious at home time.",
        "CGL: dad missed his last three appointments.", "Action: Lisa to discuss a step up with her team manager."])
    top = outlook_top(f, addr("Murtagh, Lisa", "Lisa.Murtagh@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Doyle family - EHM-92480 - TAF Weds 23rd June 10am", when,
                      cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, minutes], html_alt=True), "knowsley", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["EHM-92480"],
        [ch("Jayden Doyle", "2079-10-15", "15/10/2079"), ch("Lacey Doyle", "2083-05-06", "06/05/2083")],
        ["physical_harm", "substance_misuse"], None, True, [], True, "alert_duty",
        "A PARENT'S ASSOCIATES COMING ROUND ARMED, IN A P.S. AFTER THE SIGNATURE: two men looking for the father over "
        "a drug debt came at 11.30 with a hammer and a knife and said 'we'll be back at 8 and this time we're coming "
        "in'; the children are due home at 3.30 and mum has nowhere to go. No alarm word anywhere. DESIGN safety rule "
        "1 (every part read) -> urgent -> alert_duty, first in the order. The step-up itself is complete: form "
        "(.docx), TAF minutes (.pdf), EHM id, 'has agreed the step up' -> manager true; Wed 16 June -> Wed 23 June = "
        "exactly 5 working days -> notice ok. Consent not mentioned -> null. substance_misuse (dad's heroin) + "
        "physical_harm (armed threat tonight).",
        meeting=date(2088, 6, 23), not_children=["Lisa Murtagh", "Carl Rimmer"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2088-05-10 08:30:19"
    body = T("""
Dear partners,

KNIFE AMNESTY - MONDAY 17 MAY TO SUNDAY 23 MAY

Merseyside Police will have knife surrender bins at Huyton and Kirkby police stations from Monday 17 May to Sunday 23 May. Anyone can hand in a knife or other bladed article anonymously - no questions asked.

Please display the attached poster ("Bin it. Don't carry it.") in your reception areas, family hubs and youth settings, and share it on your social media channels.

Last year's amnesty took 412 knives off the streets of Knowsley, including 31 "zombie" knives and machetes.

If you are worried that a young person is carrying a knife, talk to them and speak to your safeguarding lead. If there is an immediate risk to life, call 999.

Our free knife-crime workshops for secondary schools and youth groups (ages 11-16) can be booked through the Knowsley Neighbourhood Team.

PS Sam Dobson
Knowsley Neighbourhood Policing Team | Merseyside Police
Non-emergency 101

You are receiving this because you are on the Knowsley partners distribution list. To unsubscribe reply "unsubscribe".
""")
    poster = pdf_att("Knife amnesty poster May 2088.pdf", "BIN IT. DON'T CARRY IT.", [
        "KNIFE AMNESTY - 17 to 23 MAY", "Surrender bins at Huyton and Kirkby police stations.",
        "Hand in any knife or bladed article. No questions asked.", "",
        "Carrying a knife makes you less safe, not more.",
        "Worried about someone? Talk to a trusted adult or call Crimestoppers anonymously.",
        "In an emergency always call 999.", "", "Merseyside Police - Knowsley Neighbourhood Team"])
    top = plain_top(f, addr("Knowsley Neighbourhood Team", "knowsley.npt@merseyside-police.example"),
                    addr("Knowsley partners", "knowsley-partners@lists.merseyside-police.example"),
                    "Knife amnesty 17-23 May - poster for your reception areas", when, "merseyside-police.example",
                    "Microsoft Outlook 16.0",
                    cc=addr("Knowsley MASH", KMASH),
                    extra=[("List-Id", "Knowsley partners <knowsley-partners.lists.merseyside-police.example>"),
                           ("List-Unsubscribe", "<mailto:knowsley-partners-leave@lists.merseyside-police.example>")])
    add(f, mail(f, top, body, [poster], html_alt=True), "knowsley", "mash_step_up", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A KNIFE AMNESTY POSTER: a police neighbourhood team's bulletin (List-Id, no Auto-Submitted, so "
        "not an auto_reply) with the poster as a .pdf: 'zombie knives and machetes', 'immediate risk to life, call "
        "999', knife-crime workshops. No child, no family, no request. DESIGN safety rule 1: bulletins that list "
        "examples must not trigger it -> not urgent. other -> human_review.",
        not_children=["Sam Dobson"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2088-04-30 09:12:40"
    data = google_reply(f, when, "Lorraine Dillon", "l.dillon@pagemossprimary.example.sch.uk",
                        ("Knowsley MASH", KMASH), "ACCEPTED",
                        "Step-up TAF meeting (re-arranged) - Hughes - EHM-91406 [SB-knowsley-1206]",
                        "20880512T090000Z", "20880512T103000Z", "Microsoft Teams Meeting",
                        "Wed 12 May 2088 10am - 11:30am (BST)",
                        note="I'll join from school and bring Brooke's attendance print-out.")
    add(f, data, "knowsley", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, ["EHM-91406"], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (text/calendar METHOD:REPLY plus invite.ics), PARTSTAT=ACCEPTED, from the school "
        "for knowsley_01's step-up TAF re-arranged to Wed 12 May (after the May Day notice shortfall); times in UTC. "
        "The SUMMARY carries EHM-91406; the note names a child by first name only. DESIGN: meeting_reply -> "
        "record_reply.",
        not_children=["Lorraine Dillon"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2088-07-06 09:50:05"
    ack = ack_text("step-up", "SB-knowsley-1388", [
        "Case: EHM-92731", "Children: Reece Halligan (28/12/2075)",
        "Step-up TAF meeting: Wednesday 14 July 2088, 10:00 (Microsoft Teams)"],
        ["Engaging Families toolkit (the step-up relates to non-engagement)"])
    body = T("""
Morning,

Attached is the Engaging Families toolkit for Reece, which was missing from my step up last week. It scores engagement as low: mum has cancelled five of my last seven visits, didn't come to the last two TAFs and hasn't taken Reece to either of his CAMHS appointments. I've set out in it everything we've tried (evening visits, texts the day before, meeting at nan's).

Thanks,
Farah

Farah Leeming
Family First Case Manager | Kirkby Team | Knowsley Council
""") + quote_chain([
        ("Knowsley MASH <knowsleymash@knowsley.gov.uk>", "01 July 2088 14:03", "Leeming, Farah <Farah.Leeming@knowsley.gov.uk>",
         "[SB-knowsley-1388] Step-up request received - EHM-92731", ack, None)])
    tool = pdf_att("Engaging Families toolkit - Halligan.pdf", "Signs of Well-being Family Engagement Risk Assessment Tool", [
        "Family: Halligan (EHM-92731)   Completed: 05/07/2088 by Farah Leeming", "",
        "Engagement level: LOW", "Visits offered: 7; visits kept: 2", "TAF meetings attended by parent: 1 of 3",
        "CAMHS appointments attended: 0 of 2", "",
        "Strategies tried: evening visits; reminder texts; meetings at maternal grandmother's home."])
    top = outlook_top(f, addr("Leeming, Farah", "Farah.Leeming@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: [SB-knowsley-1388] Step-up request received - EHM-92731", when)
    add(f, mail(f, top, body, [tool], html_alt=True), "knowsley", "mash_step_up", when, 4,
        "ordinary", "follow_up", False, None, ["EHM-92731"],
        [ch("Reece Halligan", "2075-12-28", "28/12/2075")],
        ["non_engagement"], None, None, [], None, "attach_to_request",
        "Follow-up to [SB-knowsley-1388] adding the Engaging Families toolkit (.pdf) that the acknowledgement listed as "
        "missing; the quoted 'What is missing:' line is stepbot's. DESIGN: follow_up -> attach_to_request, missing []. "
        "Cancelled visits and missed TAFs -> non_engagement. Child, DOB and EHM id from the quoted acknowledgement.",
        not_children=["Farah Leeming"])


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2088-04-20 10:40:08"
    body = T("""
Dear MASH,

Following a reflective discussion yesterday with Grace Tan, our Early Help Practitioner for the family, I agree with the step up to Children's Services for:

Chidi Okafor - DOB 12/12/2076 - Mosaic ID 2814402
Ada Okafor - DOB 03/08/2081 - Mosaic ID 2814403

The latest case summary is attached.

Rationale for step up
Since January there have been four police call-outs for arguments between mum and her partner, the last on 11 April when a neighbour heard Ada screaming. Mum says he has never hit her, but he has smashed her phone twice and checks her messages. Mum's depression has worsened and she has stopped taking her medication. Chidi has told Grace that he sleeps with his headphones on "so I don't hear them". The Early Help plan has not reduced the incidents and mum says she cannot ask him to leave.

Mum agrees with the step up and knows I am writing to you.

Kind regards,
Harriet Lomax
Early Help Team Manager | Battersea Locality | Richmond and Wandsworth Councils
020 7946 0772

""") + RDISC
    summary = pdf_att("Case summary - Okafor - April 2088.pdf", "Early Help case summary - Okafor family", [
        "Children: Chidi Okafor (12/12/2076), Ada Okafor (03/08/2081)", "Mosaic: 2814402, 2814403",
        "Early Help Practitioner: Grace Tan   Team Manager: Harriet Lomax", "",
        "Involvement since October 2087 (school referral: Chidi tired and withdrawn).",
        "Jan-Apr 2088: four police call-outs for arguments at the home (no arrests).",
        "Mum's GP: depression, medication stopped in March.",
        "Plan reviewed 14/04/2088: goals on home safety and mum's health not met."])
    top = outlook_top(f, addr("Lomax, Harriet", "Harriet.Lomax@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Okafor children - Mosaic 2814402 / 2814403", when,
                      cc=addr("Tan, Grace", "Grace.Tan@" + RDOM))
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["2814402", "2814403"],
        [ch("Chidi Okafor", "2076-12-12", "12/12/2076"), ch("Ada Okafor", "2081-08-03", "03/08/2081")],
        ["domestic_abuse", "parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up from the Early Help Team Manager (seed 000 'Process to Step Up'): the "
        "latest case summary attached (.pdf) and the rationale under its own heading -> nothing missing -> "
        "book_meeting (MASH business support invite within 1 working day). 'I agree with the step up' (the TM) -> "
        "manager true; 'Mum agrees with the step up' -> consent true. 'Mosaic ID 2814402' -> bare numbers. Police "
        "call-outs, a controlling partner -> domestic_abuse; mum's depression -> parental_mental_health.",
        not_children=["Harriet Lomax", "Grace Tan"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2088-05-18 19:24:36"
    body = T("""
Hello,

I am sorry if this is wrong email, I find it on the council website for children. Please can somebody read it today.

I live in flat 3, 22 Hartfield Court, Putney. The family with two small childrens live in flat 4, opposite to my kitchen. Tonight at 18:50 I hear very big shouting and I look from my kitchen window into their living room, the curtain was open. The man (he is not the father of the children, he is new boyfriend since maybe March) has in his hand a black gun, a pistol. I am sure it is real gun, not toy, I see it very close and he put it in his jeans after. He hold it to the face of the mother and he is shouting "you think I'm joking". The little boy, maybe 4 years, was on the sofa and the baby was in the bouncing chair on the floor.

I call 999 at 19:00, they say they send someone, but nobody is come yet and now the curtain is closed and it is very quiet. The children names are Kacper and Lena, the mother is Oliwia.

Please somebody go there. I cannot sleep thinking about the childrens.

Marta Zielinska
flat 3, 22 Hartfield Court, Putney SW15 9ZZ
07700 900417
""")
    top = plain_top(f, addr("Marta Zielinska", "marta.zielinska@mailbox.example.com"), RSU,
                    "please read - neighbour have a gun and the children are there", when,
                    "mailbox.example.com", None)
    add(f, mail(f, top, body), "richmond_wandsworth", "mash_step_up", when, 4,
        "urgent", "other", True, None, [], [], ["domestic_abuse", "physical_harm"], None, None, [], None, "alert_duty",
        "A GUN SEEN IN THE HOUSE, TOLD BY A NEIGHBOUR WHOSE FIRST LANGUAGE IS NOT ENGLISH, at 19:24: at 18:50 she saw "
        "the mother's new boyfriend hold a black pistol to the mother's face while a 4-year-old and a baby were in the "
        "room; he kept the gun; 999 was called at 19:00 but nobody has come and the flat is now quiet. No alarm word "
        "anywhere. DESIGN safety rule 1 -> urgent -> alert_duty (the out-of-hours service at this hour). A neighbour "
        "writing to the inbox she found, no step -> other. The children are named by first name only (Kacper, Lena) "
        "-> not labelled. domestic_abuse + physical_harm.",
        not_children=["Marta Zielinska", "Oliwia"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2088-05-10 11:15:52"
    body = T("""
Hi Keisha,

Further to our call this morning, I'm confirming the step down case discussion for Noah Pemberton (DOB 21/07/2078, Mosaic 2826617) on Thursday 13th May at 11am on Teams. Attached are the latest case summary and the draft plan for Early Help.

Noah's parents both consented to Early Help continuing the plan when I saw them on Friday.

One thing the Early Help worker will notice at the first visit, and which is in the case summary: there is a replica samurai sword mounted on the living-room wall above the fireplace. I looked at it with dad at my visit - it is a blunt decorative replica with no edge, bolted into a wall bracket well above Noah's reach, and it belonged to dad's grandfather. I discussed it with my team manager and we have no concerns about it. It has nothing to do with why we were involved.

The CIN plan was about Noah's autism assessment and support for his parents while he was out of school. He now has his diagnosis and an EHCP, and he starts at Heathbrook Specialist Provision in September. What's left is help with his routines at home, the parents' support group and the transition to his new school.

Thanks,
Sophie

Sophie Akintola
Social Worker | Children in Need Team (Richmond) | Richmond and Wandsworth Councils
020 7946 0634

""") + RDISC
    summary = docx_att("Case summary - Noah Pemberton - May 2088.docx", [
        "# Case summary - Noah Pemberton (Mosaic 2826617)", "DOB: 21/07/2078",
        "Reason for involvement: CIN plan since October 2087 - autism assessment, school refusal, parental stress.",
        "Progress: autism diagnosis February 2088; EHCP issued April 2088; specialist place from September.",
        "Home: warm, well kept. A decorative replica sword (blunt, no edge) is fixed to a wall bracket above the "
        "fireplace, out of reach; seen and checked at the visit on 07/05/2088 - no concern.",
        "Parents: both consent to Early Help continuing the plan (07/05/2088).",
        "Recommendation: step down to Early Help."])
    plan = pdf_att("Draft Early Help plan - Pemberton.pdf", "Draft plan for Early Help - Noah Pemberton", [
        "1. Visual routine for mornings and bedtime - Early Help worker with parents - by July.",
        "2. Parents to join the autism parents' support group - by June.",
        "3. Transition visits to Heathbrook Specialist Provision - school SENCo - July.",
        "Review: Early Help review meeting within 4 weeks of handover."])
    top = outlook_top(f, addr("Akintola, Sophie", "Sophie.Akintola@" + RDOM), addr("Early Help Duty", RED),
                      "Step down confirmation - Noah Pemberton - case discussion Thurs 13th May 11am", when,
                      cc=addr("Bramwell, Keisha", "Keisha.Bramwell@" + RDOM))
    add(f, mail(f, top, body, [summary, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 7,
        "near_miss", "step_down", False, None, ["2826617"],
        [ch("Noah Pemberton", "2078-07-21", "21/07/2078")],
        ["disability_send"], True, None, [], None, "book_meeting",
        "NEAR MISS - A REPLICA SWORD ON A WALL: a blunt decorative replica samurai sword bolted above the fireplace, "
        "checked at the visit with dad and discussed with the team manager, 'no concerns about it' -> not a risk, not "
        "urgent, no concern id. Complete Richmond & Wandsworth step-down (seed 000 'Process to Step Down': case "
        "discussion agreed by phone for Thu 13 May, within 5 days of the contact; case summary .docx and draft plan "
        ".pdf; 'both consented to Early Help continuing the plan' -> consent true) -> book_meeting. Autism, EHCP -> "
        "disability_send. 'Mosaic 2826617' -> the bare number. The TM's agreement is not stated -> manager null (not "
        "required).",
        not_children=["Sophie Akintola", "Keisha"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2088-06-09 14:20:15"
    body = T("""
Hello Early Help Duty,

I spoke to Keisha on Monday about stepping down the Castillo children:

Mateo Castillo  02-09-2074  Mosaic 2819045
Lucia Castillo  17-03-2080  Mosaic 2819046

We provisionally agreed the case discussion for Friday 11th June at 2pm. The latest case summary is attached; the draft plan will follow once I've typed it up after the CIN review.

Consent: dad has said no to Early Help. He told me at the visit yesterday that he doesn't want "any more people coming to the house" and that they'll manage on their own. Mum would like the support but says she won't go against him. I'll keep talking to them before Friday.

The CIN plan was about dad's cannabis use, which is still most evenings, and the children's attendance (Mateo 84%, Lucia 91%).

Ben Hadley
Social Worker | Children in Need Team (Wandsworth) | Richmond and Wandsworth Councils
020 7946 0418

""") + RDISC
    summary = pdf_att("Castillo case summary June 2088.pdf", "Case summary - Castillo family", [
        "Mateo Castillo (02/09/2074) Mosaic 2819045; Lucia Castillo (17/03/2080) Mosaic 2819046",
        "CIN plan since December 2087: father's cannabis use; school attendance.",
        "Progress: home conditions good; father reduced use but still smokes most evenings.",
        "Attendance (summer term): Mateo 84%, Lucia 91%.", "Recommendation: step down to Early Help."])
    top = outlook_top(f, addr("Hadley, Ben", "Ben.Hadley@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Castillo family", when)
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 2,
        "ordinary", "step_down", False, None, ["2819045", "2819046"],
        [ch("Mateo Castillo", "2074-09-02", "02-09-2074"), ch("Lucia Castillo", "2080-03-17", "17-03-2080")],
        ["school_attendance", "substance_misuse"], False, None, ["consent", "draft_plan"], None, "request_info",
        "Richmond & Wandsworth step-down with CONSENT REFUSED: 'dad has said no to Early Help' (mum 'won't go against "
        "him') -> consent false -> 'consent' missing (seed 000: 'The allocated social worker should gain consent'); "
        "the draft plan 'will follow' -> draft_plan missing; case summary .pdf attached -> met. request_info. DOBs "
        "written dd-mm-yyyy; 'Mosaic 2819045' -> bare numbers. Dad's cannabis most evenings -> substance_misuse; "
        "Mateo 84% -> school_attendance.",
        not_children=["Ben Hadley", "Keisha"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2088-06-22 11:02:44"
    body = T("""
Dear MASH,

Please find attached the latest case summary for Jamie Dunmore (DOB 30/04/2077, Mosaic 2831190). Nia Roberts, our Early Help Practitioner, and I discussed the family yesterday in supervision and I agree that the case now needs to step up to Children's Services.

Rationale for step up
Mum's partner, Craig, moved in at Easter. Since then Jamie's behaviour at school has changed, he has come in twice with marks he wouldn't explain, and mum has told Nia that Craig "has a temper when he's had a drink" and keeps control of the money. Jamie says he spends his evenings in his room. The Early Help plan has made no difference to any of this.

Kind regards,
Owen Prothero
Early Help Team Manager | Richmond Locality | Richmond and Wandsworth Councils
020 7946 0917

""") + RDISC
    summary = pdf_att("Case summary - Jamie Dunmore - 22.06.2088.pdf", "Early Help case summary - Jamie Dunmore (Mosaic 2831190)", [
        "DOB 30/04/2077. Lives with mum and mum's partner Craig (since April 2088).",
        "Early Help Practitioner: Nia Roberts. Team Manager: Owen Prothero.", "",
        "Chronology (latest first)",
        "22/06 10:05 - Jamie told Nia at school this morning that last night Craig took him into the garden,",
        "fired his crossbow at the fence 'right next to my head' and said 'next one won't miss if you grass'.",
        "Jamie showed Nia a photo on his phone of the bolt in the fence. Craig is collecting Jamie from school",
        "at 3.15 today; mum is at work until 6.",
        "14/06 - Mum told Nia that Craig drinks most nights and keeps her bank card.",
        "03/05 - School: bruise on Jamie's upper arm, 'fell off my bike'.",
        "28/04 - School: scratch on Jamie's neck, would not say how.",
        "12/04 - Craig moved in."])
    top = outlook_top(f, addr("Prothero, Owen", "Owen.Prothero@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Dunmore - Mosaic 2831190", when, cc=addr("Roberts, Nia", "Nia.Roberts@" + RDOM))
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["2831190"],
        [ch("Jamie Dunmore", "2077-04-30", "30/04/2077")],
        ["domestic_abuse", "physical_harm", "substance_misuse"], None, True, [], None, "alert_duty",
        "A CROSSBOW, AND THE URGENT FACT ONLY IN THE ATTACHMENT (DESIGN safety rule 1: 'Every part of every message is "
        "read ... attachments'): a routine covering mail, but the case summary's latest entry (10:05 today) says mum's "
        "partner fired a crossbow at the fence 'right next to' an 11-year-old's head last night and said 'next one "
        "won't miss if you grass'; he collects the boy at 3.15 today, mum at work until 6. No alarm word anywhere. "
        "Otherwise a complete step-up (case summary .pdf, rationale under its heading; 'I agree that the case now "
        "needs to step up' -> manager true) -> alert_duty. Consent not mentioned -> null. Drinking -> "
        "substance_misuse; control of money -> domestic_abuse; marks and the crossbow -> physical_harm.",
        not_children=["Owen Prothero", "Nia Roberts", "Craig"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2088-07-08 18:10:03"
    body = T("""
Hi Early Help,

We ran the "Lives Not Knives" workshop with the Year 9 group at Roehampton youth hub this afternoon. At the end one of the young people asked a "what if" question that I don't think I answered well, so I'd like some advice for next time.

To be clear, there is no real young person behind this. It was asked as a hypothetical - the lad said he was "asking for a mate in a film" - and nobody in the group has told us anything about themselves or their family.

The question was: "What if someone tells you their brother keeps a blade under his bed and he's going to use it tonight - do you have to grass?"

My understanding is that if a young person told us that for real, it would be an immediate safeguarding matter and we'd ring MASH and the police straight away. What I'm not sure about is how to explain the limits of confidentiality to the group without putting them off talking to us at all.

Do you have a one-page guide we could use, and could someone from Early Help come to our next workshop on Thursday 22 July?

Thanks,
Dwayne

Dwayne Ellis
Youth Worker | Roehampton Youth Hub | Wandsworth Youth Service
020 7946 0263
""")
    top = outlook_top(f, addr("Ellis, Dwayne", "Dwayne.Ellis@" + RDOM), addr("Early Help Duty", RED),
                      "Question after our knife crime workshop (no specific young person)", when)
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A HYPOTHETICAL IN A KNIFE-CRIME WORKSHOP: a youth worker's question about a young person's 'what "
        "if' ('a blade under his bed ... going to use it tonight'); 'there is no real young person behind this'. "
        "DESIGN safety rule 1: hypothetical risks must not trigger it -> not urgent. No child, no request -> other -> "
        "human_review. Sent at 18:10.",
        not_children=["Dwayne Ellis"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2088-04-22 15:30:27"
    data = itip_reply(f, when, "Tan, Grace", "Grace.Tan@" + RDOM, ("MASH Step Up", RSU), "DECLINED",
                      "Step-up case discussion - Okafor (Mosaic 2814402) [SB-richmond_wandsworth-5120]",
                      "20880426T140000", "20880426T150000", "Microsoft Teams Meeting",
                      comment="Sorry - I'm on leave that afternoon. Harriet Lomax will attend for Early Help and has my notes.")
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 5,
        "ordinary", "meeting_reply", False, None, ["2814402"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=DECLINED, with a COMMENT, from the Early Help Practitioner for richmond_wandsworth_01's "
        "step-up case discussion (Mon 26 April 14:00); 'Mosaic 2814402' in the SUMMARY -> the bare number. DESIGN: "
        "meeting_reply -> record_reply.",
        not_children=["Harriet Lomax"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2088-06-14 09:35:40"
    ack = ack_text("step-down", "SB-richmond_wandsworth-5342", [
        "Children: Mateo Castillo (02/09/2074), Lucia Castillo (17/03/2080)",
        "Case: Mosaic 2819045, 2819046",
        "Case discussion: Friday 11 June 2088, 14:00 (as agreed with the Early Help duty team manager)"],
        ["the family's consent to Early Help", "the draft plan for Early Help"])
    body = T("""
Hi,

Good news - dad rang me on Friday evening and has now given his consent. Both parents want the Early Help support to go ahead. The draft plan is attached.

Ben

Ben Hadley
Social Worker | Children in Need Team (Wandsworth)
""") + quote_chain([
        ("Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>", "09 June 2088 14:31",
         "Hadley, Ben <Ben.Hadley@richmondandwandsworth.gov.uk>",
         "[SB-richmond_wandsworth-5342] Step-down request received - Castillo", ack, None)])
    plan = docx_att("Draft EH plan - Castillo.docx", [
        "# Draft plan for Early Help - Castillo family",
        "1. Attendance support with the school's family liaison officer - weekly check-ins.",
        "2. Both parents to attend the family hub parents' group - from June.",
        "3. Family time: free summer activities for Mateo and Lucia.",
        "Review within 4 weeks of handover."])
    top = outlook_top(f, addr("Hadley, Ben", "Ben.Hadley@" + RDOM), addr("Early Help Duty", RED),
                      "RE: [SB-richmond_wandsworth-5342] Step-down request received - Castillo", when)
    add(f, mail(f, top, body, [plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["2819045", "2819046"],
        [ch("Mateo Castillo", "2074-09-02", "02/09/2074"), ch("Lucia Castillo", "2080-03-17", "17/03/2080")],
        [], True, None, [], None, "attach_to_request",
        "Follow-up to richmond_wandsworth_04's request [SB-richmond_wandsworth-5342]: 'dad ... has now given his "
        "consent. Both parents want the Early Help support' -> consent true (the latest statement wins), and the draft "
        "plan (.docx) attached. DESIGN: follow_up -> attach_to_request, missing []. Children, DOBs and Mosaic numbers "
        "from the quoted acknowledgement; the new text raises no worry -> no concerns.",
        not_children=["Ben Hadley"])


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2088-07-05 08:40:17"
    body = T("""
MAST,

NOTIFICATION FROM CENTRAL EAST BCU - PUBLIC PROTECTION

Subjects:
KHAN, Ayesha - DOB 03/02/2080
KHAN, Zain - DOB 11/09/2082
KHAN, Inaya - DOB 27/05/2086
Address: Flat 9, Pelling House, Bow E3 9ZZ
Mother: Nadia KHAN

Suspect: Imran SHEIKH (mother's ex-partner; father of Inaya). Subject of a non-molestation order - no contact with the mother, not to attend the address.

Circumstances:
At 02:14 today the family's doorbell camera recorded SHEIKH at the front door holding what appears to be a machete (blade approx. 45cm). On the footage he tries the handle twice, bangs on the door and says to the camera "I know you're in there. I'll be back for what's mine." He leaves at 02:17. The mother found the clip at 06:50 and called police at 06:55. Officers attended at 07:30: the mother and the three children were at home and unhurt. The door and lock are intact but the frame is old.

SHEIKH has not been located. His phone is off and he is not at his last known address in Stepney. Circulated as wanted for breach of the order and possession of an offensive weapon.

The mother declined to leave the address: she says she has nowhere to go and the children's school is around the corner. A DASH risk assessment has been completed (HIGH) and a MARAC referral will follow.

Request: please consider immediate safeguarding for the children today and contact the mother on 07700 900 752.

CRIS 4417302/88

PC Hollie Marsden 4417CE
Public Protection Hub | Central East BCU | Metropolitan Police Service
020 7946 0581
""")
    top = outlook_top(f, addr("Marsden, Hollie - CE-CU", "Hollie.Marsden@met-police.example"), addr("MAST", TMAST),
                      "PPN - KHAN children - doorbell footage 02:14 today - suspect outstanding", when,
                      mid_domain="met-police.example", extra=[("Importance", "High")])
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Ayesha Khan", "2080-02-03", "03/02/2080", as_written="KHAN, Ayesha"),
         ch("Zain Khan", "2082-09-11", "11/09/2082", as_written="KHAN, Zain"),
         ch("Inaya Khan", "2086-05-27", "27/05/2086", as_written="KHAN, Inaya")],
        ["domestic_abuse", "physical_harm"], None, None, [], None, "alert_duty",
        "A MACHETE ON A DOORBELL VIDEO, IN A POLICE PUBLIC-PROTECTION NOTIFICATION (clinical, CAPS surnames): at 02:14 "
        "today the mother's ex-partner, under a non-molestation order, tried the door holding a machete and said 'I'll "
        "be back for what's mine'; he has not been found; the mother and three children remain at the address. "
        "Immediate -> urgent -> alert_duty (seed 001: 'If there is an immediate child protection concern, contact "
        "MAST'). A police notification, no step -> other. Children written 'KHAN, Ayesha' -> 'Ayesha Khan'. The CRIS "
        "crime reference 4417302/88 is a police number, not a case id -> case_ids []. domestic_abuse + physical_harm.",
        not_children=["Nadia", "Imran", "Hollie Marsden"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2088-05-21 12:10:31"
    body = T("""
Hi MAST team,

Step up for the Hossain family - MARF attached. Jonathan has agreed it (cc'd). Mum agrees to the referral to MAST.

Please see below from mum this morning, adding to what's in the MARF.

Thanks
Rukhsana

Sent from my iPhone

---------- Forwarded message ---------
From: Shirin Hossain <shirin.hossain@mailbox.example.com>
Date: Fri, 21 May 2088 at 11:52
Subject: Fwd: what he sent
To: Rukhsana Begum <Rukhsana.Begum@towerhamlets.gov.uk>


Rukhsana sorry to bother you. This is what he sent me at 11.40, I copied it out because I can't send you the picture:

"u think u can take my kids off me. ill burn that house down with u and them in it. tonight. got the petrol in the car already. dont bother calling the feds they wont get there in time"

He knows we are home, the kids finish school at 3. I don't want to go to my mums, she lives with my brother and he will tell him where we are.

Shirin
""")
    marf = docx_att("MARF - Hossain - May 2088.docx", [
        "# Multi-Agency Request for Support (MARF)",
        "Child 1: Tasnim Hossain   DOB: 14/06/2078", "Child 2: Arif Hossain   DOB: 09/01/2083",
        "Mosaic ID: 2909914 / 2909915", "Parent/carer: Shirin Hossain (mother)",
        "Referrer: Rukhsana Begum, Early Help Practitioner, Poplar Family Hub",
        "Reason for request: Mum separated from the children's father in February after years of controlling "
        "behaviour; he has sent threatening messages since and turned up at school twice. Tasnim (9) is anxious "
        "and not sleeping.",
        "Is the child at immediate risk of harm? No (at the time of writing, 19/05/2088).",
        "Parental consent: Yes - mum agrees to the referral to MAST.",
        "Manager: Jonathan Pike, Team Manager - agreed 19/05/2088."])
    top = plain_top(f, addr("Begum, Rukhsana", "Rukhsana.Begum@" + TDOM), addr("MAST", TMAST),
                    "FW: step up - Hossain family", when, TDOM, "iPhone Mail (21A5327a)",
                    cc=addr("Pike, Jonathan", "Jonathan.Pike@" + TDOM))
    add(f, mail(f, top, body, [marf]), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["2909914", "2909915"],
        [ch("Tasnim Hossain", "2078-06-14", "14/06/2078"), ch("Arif Hossain", "2083-01-09", "09/01/2083")],
        ["domestic_abuse", "physical_harm"], True, True, [], None, "alert_duty",
        "A THREAT TO BURN THE HOUSE DOWN TONIGHT, BURIED IN A FORWARD: the practitioner's own lines are routine ('Step "
        "up ... MARF attached'), but the forwarded message from mum quotes the father's text at 11.40: 'ill burn that "
        "house down with u and them in it. tonight. got the petrol in the car already'; mum and the children will be "
        "home from 3 and cannot go to family. The MARF (written two days earlier) says 'immediate risk of harm? No' - "
        "the newer message wins. DESIGN safety rule 1 (forwarded history read) -> urgent -> alert_duty. The MAST "
        "step-up is otherwise complete (MARF .docx; 'Jonathan has agreed it (cc'd)' -> manager true; 'Mum agrees to "
        "the referral to MAST' -> consent true). Children and Mosaic ids only in the MARF. domestic_abuse + "
        "physical_harm.",
        not_children=["Rukhsana Begum", "Shirin Hossain", "Jonathan Pike"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2088-07-14 13:25:09"
    body = T("""
Dear MAST,

At 12:58 today a Year 8 student, Sumaiya Ali (DOB 19/10/2074), used the anonymous "Tell Us" button on our school app. When I went to find her she put her name to it. These are her messages exactly as she sent them:

> my brother has a gun. a real one. hes hiding it in my wardrobe in a trainer box since sunday
> he said if i tell anyone hes dead and so am i
> his friends r coming to get it tonite at 10 they said if its not there they will do all of us
> i cant go home i dont want to sleep in that room
> pls dont tell my mum she dont know

Her brother Rayhan is 17 and is known to the youth justice service. Mum works nights as a cleaner at the hospital. Sumaiya is with me in the pastoral office now. School finishes at 3.10 and she is saying she won't go home.

I have not spoken to mum or to the brother. Please call me on 020 7946 0144.

Farhana Chowdhury
Assistant Headteacher and Designated Safeguarding Lead
Limehouse Basin Academy
""")
    top = outlook_top(f, addr("Chowdhury, Farhana", "f.chowdhury@limehousebasin.example.sch.uk"), addr("MAST", TMAST),
                      "Messages from a Year 8 student via our Tell Us button - she is with me now", when,
                      mid_domain="limehousebasin.example.sch.uk")
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "urgent", "other", True, None, [],
        [ch("Sumaiya Ali", "2074-10-19", "19/10/2074")],
        ["exploitation", "physical_harm"], None, None, [], None, "alert_duty",
        "A GUN HIDDEN IN A CHILD'S WARDROBE, IN THE CHILD'S OWN MESSAGES quoted by her school: a 13-year-old (Year 8) says her "
        "17-year-old brother is keeping a real gun in her wardrobe, his friends are coming for it 'tonite at 10' and "
        "'will do all of us' if it is not there; she will not go home. DESIGN safety rule 1 -> urgent -> alert_duty "
        "(seed 001: immediate child protection concern -> contact MAST). A school DSL's report, no step -> other. The "
        "brother is named by first name only. A child used to hide a firearm for older youths -> exploitation; the "
        "threat to 'do all of us' -> physical_harm.",
        not_children=["Farhana Chowdhury", "Rayhan"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2088-04-27 14:05:38"
    body = T("""
Dear Early Help Hub,

Following the conclusion of my Child and Family Assessment on 23/04/2088, I am stepping down Leon Adebayo (DOB 12/08/2078, Mosaic 2907731) to a Team Around the Family.

Attached are the C&F Assessment and the draft TAF plan. Mum (Bisi Adebayo) has consented to the step down and to the TAF. The Lead Practitioner will be Ms Grace Mwangi, SENCo at Globe Town Primary School, who has agreed to take on the role.

I have arranged the TAF meeting for Thursday 6th May at 10am at Globe Town Primary School, and I will chair it.

Background you will see in the assessment: the referral in February was because Leon had set two small fires in his block's bin store last autumn. The London Fire Brigade's fire-setter intervention team has already worked with him - three education sessions at home, the last on 2 March - and their closing letter says he understands the dangers and that there has been no further fire-setting. On the same visit LFB fitted new smoke alarms and a lockable box for matches and lighters. There have been no fires or incidents since October, and the assessment found no child protection concerns.

What remains is Leon's ADHD (his medication review is due in June) and support in class while his EHCP needs assessment goes ahead.

Priti Shah
Social Worker | Children and Families Assessment Team | London Borough of Tower Hamlets
020 7946 0830

""") + TDISC
    cfa = pdf_att("C&F Assessment - Leon Adebayo - concluded 23.04.2088.pdf", "Child and Family Assessment - Leon Adebayo", [
        "DOB 12/08/2078   Mosaic 2907731   Concluded: 23/04/2088   Social worker: Priti Shah", "",
        "Reason for referral (February 2088): two small fires set in the bin store, October 2087.",
        "LFB fire-setter intervention: three sessions, completed 02/03/2088; closing letter on file.",
        "Home fire safety visit: smoke alarms fitted; lockable box for matches and lighters.",
        "No fire-setting since October 2087. No child protection concerns identified.",
        "Needs: ADHD (medication review June); EHCP needs assessment under way.",
        "Outcome: step down to a Team Around the Family; Lead Practitioner Ms Grace Mwangi (SENCo)."])
    plan = docx_att("Draft TAF plan - Adebayo.docx", [
        "# Draft TAF plan - Leon Adebayo",
        "Lead Practitioner: Grace Mwangi, SENCo, Globe Town Primary School",
        "1. Classroom support plan and EHCP needs assessment - SENCo - summer term.",
        "2. ADHD medication review - CAMHS / GP - June.",
        "3. Mum to attend the ADHD parents' course at the family hub - from May.",
        "4. Fire safety: keep matches and lighters in the locked box; LFB letter on file.",
        "TAF review: every 6 weeks."])
    top = outlook_top(f, addr("Shah, Priti", "Priti.Shah@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to TAF - Leon Adebayo - Mosaic 2907731", when)
    add(f, mail(f, top, body, [cfa, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["2907731"],
        [ch("Leon Adebayo", "2078-08-12", "12/08/2078")],
        ["disability_send"], True, None, [], None, "book_meeting",
        "NEAR MISS - A FIRE SERVICE'S FIRE-SETTING EDUCATION ALREADY DONE: a 9-year-old set two small fires in a bin "
        "store last autumn; the LFB fire-setter intervention finished on 2 March, smoke alarms and a lockable box "
        "fitted, no fires since October, 'no child protection concerns' -> historic and resolved, not urgent. "
        "Complete Tower Hamlets step-down (seed 001: C&F Assessment .pdf, draft TAF plan .docx, 'has consented to the "
        "step down', Lead Practitioner named with her agency) -> book_meeting. The TAF on Thu 6 May is 8 working days "
        "after the assessment concluded on 23 April (May Day excluded), inside the seed's 10. ADHD, EHCP -> "
        "disability_send.",
        not_children=["Priti Shah", "Bisi Adebayo", "Grace Mwangi"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2088-06-07 10:15:22"
    body = T("""
Hello Early Help team,

A heads-up in case you get calls about this.

On Saturday night (5 June) there was a fire in the bin store at Clifton House, Poplar. LFB attended, nobody was hurt and the block did not need to be evacuated. On Sunday several residents posted in the block's WhatsApp group that "the kids from the 4th floor" had started it and that "someone should call social services".

The LFB fire investigation report came through this morning: the fire started in the bin store's light fitting, from an electrical fault in a damaged cable. Nothing was set deliberately. Our CCTV shows nobody going into the store for two hours before the fire. So no children were involved, and there is nothing for you to do about any family. I have written to all residents to say so.

We are replacing the light fittings in all four of the estate's bin stores this month.

Kind regards,
Dennis Okoye
Neighbourhood Housing Officer | Poplar Riverside Homes
020 7946 0357
""")
    top = outlook_top(f, addr("Okoye, Dennis", "Dennis.Okoye@poplarriverside.example.org.uk"), addr("Early Help Hub", TEH),
                      "Clifton House bin store fire - FYI, no children involved", when,
                      mid_domain="poplarriverside.example.org.uk")
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A FIRE BLAMED ON CHILDREN, FOUND TO BE ELECTRICAL: a housing officer's FYI that residents blamed "
        "'the kids from the 4th floor' for a bin-store fire; the LFB investigation found an electrical fault, CCTV shows "
        "nobody entering, 'no children were involved'. Not urgent. No child named, no request -> other -> "
        "human_review.",
        not_children=["Dennis Okoye"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2088-06-24 15:40:50"
    body = T("""
Hello MAST,

I'd like to step up Dylan Walsh (DOB 05/03/2081, Mosaic 2915568) to Children's Social Care. The Multi-Agency Request for Support form is attached.

Since Easter Dylan has been coming to school hungry and unwashed, his attendance is down to 79%, and the flat has had no working cooker for six weeks. Dad is on his own with him and says he "can't be doing with all the forms". I've run two TAFs and the plan hasn't changed anything for Dylan.

I'm seeing my manager, Sinead Carter, on Monday to go through it - she hasn't signed it off yet. I've told dad I'm making the referral and he said "do what you have to".

Mahmuda

Mahmuda Khatun
Early Help Practitioner | Stepney Family Hub | London Borough of Tower Hamlets

""") + TDISC
    marf = pdf_att("Multi-Agency Request for Support - Dylan Walsh.pdf", "Multi-Agency Request for Support", [
        "Child: Dylan Walsh   DOB: 05/03/2081   Mosaic: 2915568", "Parent/carer: father (sole carer)",
        "Referrer: Mahmuda Khatun, Early Help Practitioner, Stepney Family Hub",
        "Concerns: hunger at school; poor hygiene; no cooker at home; attendance 79%.",
        "Early Help offered: TAF since January; two TAF meetings; food bank referrals.",
        "Manager's comments: (to be added)"])
    top = outlook_top(f, addr("Khatun, Mahmuda", "Mahmuda.Khatun@" + TDOM), addr("MAST", TMAST),
                      "MAST step up request - Dylan Walsh (MARF attached)", when)
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, ["2915568"],
        [ch("Dylan Walsh", "2081-03-05", "05/03/2081")],
        ["neglect", "school_attendance"], None, None, ["manager_agreed"], None, "request_info",
        "Tower Hamlets MAST step-up with the MARF attached (.pdf) but MANAGER AGREEMENT PENDING: 'I'm seeing my "
        "manager ... on Monday ... she hasn't signed it off yet' -> manager null -> 'manager_agreed' missing "
        "(REQUIREMENTS, tower_hamlets step_up) -> request_info. CONSENT UNCLEAR: dad's 'do what you have to' -> null "
        "(not a Tower Hamlets step-up requirement). Hunger, hygiene, no cooker -> neglect; 79% -> school_attendance.",
        not_children=["Mahmuda Khatun", "Sinead Carter"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2088-04-29 09:20:14"
    data = google_reply(f, when, "Grace Mwangi", "g.mwangi@globetownprimary.example.sch.uk",
                        ("Early Help Hub", TEH), "TENTATIVE",
                        "TAF meeting - Adebayo (Mosaic 2907731) [SB-tower_hamlets-1477]",
                        "20880506T090000Z", "20880506T103000Z", "Globe Town Primary School, meeting room 1",
                        "Thu 6 May 2088 10am - 11:30am (BST)",
                        note="I may have to leave at 11 for a phonics assessment - I'll send my update beforehand.")
    add(f, data, "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, ["2907731"], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (METHOD:REPLY plus invite.ics), PARTSTAT=TENTATIVE, from the Lead Practitioner for "
        "tower_hamlets_04's TAF meeting (Thu 6 May 10:00); 'Mosaic 2907731' in the SUMMARY -> the bare number. DESIGN: "
        "meeting_reply -> record_reply.",
        not_children=["Grace Mwangi"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2088-07-16 17:35:02"
    data = ooo(f, when, "Shah, Priti", "Priti.Shah@" + TDOM, addr("Early Help Hub", TEH),
               "[SB-tower_hamlets-1477] Reminder: TAF minutes due on Mosaic - Adebayo",
               T("""
Thank you for your email. I am on annual leave until Monday 2 August with no access to email.

For anything urgent about a child please contact MAST on 0207 364 5606 or 0207 364 5601, or out of hours (emergencies only) on 0207 364 4079. If a child is in immediate danger, call 999.

Priti Shah
Social Worker | Children and Families Assessment Team
"""))
    add(f, data, "tower_hamlets", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Plain-text OUT-OF-OFFICE ('Automatic reply:', Auto-Submitted: auto-replied, X-Auto-Response-Suppress) "
        "answering stepbot's reminder [SB-tower_hamlets-1477]; 'immediate danger, call 999' and the MAST numbers are "
        "boilerplate. The reference does not make it a follow-up. auto_reply -> ignore (DESIGN rule 2).")


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2088-04-30 07:42:10"
    text = T("""
DEVON & SOMERSET FIRE AND RESCUE SERVICE
SAFEGUARDING REFERRAL - CHILDREN

Referrer: Station Manager Gareth Luxton, Paignton Fire Station (on behalf of Blue Watch)
Contact: 01632 960 471 / gareth.luxton@dsfire.example.gov.uk
DSFRS incident number: 088-004127
Date and time of incident: 30/04/2088 03:10
Address: 17 Hillside Terrace, Paignton TQ4 9ZX

Occupants at the time:
Kerry Westlake (mother)
Harvey Westlake - DOB 22/09/2077
Poppy Westlake - DOB 11/01/2081
Freddie Westlake - DOB 05/12/2085

What happened:
Crews attended a deliberate fire at the front door. Petrol had been poured through the letterbox and lit. Mrs Westlake was woken by the smoke alarm we fitted at a home fire safety visit in January and put the fire out with wet towels before crews arrived. There is fire damage to the door, the hall and the stair carpet. Nobody was injured; paramedics checked all three children at the scene.

Devon and Cornwall Police are investigating (police log 0127 of 30/04). No one has been arrested. Mrs Westlake told the crew she thinks it is connected to money her former partner owes, and that "they said they'd come for the house". Her former partner left in March; she does not know where he is.

The front door cannot be locked. A board-up contractor is due "later today". The family went back into the property at 05:30 because they have nowhere else to go, and Mrs Westlake intends to stay there tonight with the children.

Our fire investigation officer's view is that the address was targeted and a further attempt is possible. We have fitted a letterbox guard and a second smoke alarm this morning.

Reason for referral: three children remain at an address that was set alight four hours ago by people who have not been identified, with a door that does not lock, and are expected to sleep there tonight.

Gareth Luxton
Station Manager | Community Safety - Torbay | Devon & Somerset Fire and Rescue Service
""")
    top = outlook_top(f, addr("Luxton, Gareth", "gareth.luxton@dsfire.example.gov.uk"), addr("Torbay MASH", BMASH),
                      "DSFRS safeguarding referral - deliberate fire at 17 Hillside Terrace, Paignton - 3 children", when,
                      mid_domain="dsfire.example.gov.uk", extra=[("Importance", "High")])
    add(f, mail(f, top, text, html_alt=True), "torbay", "mash_step_up", when, 5,
        "urgent", "other", True, None, [],
        [ch("Harvey Westlake", "2077-09-22", "22/09/2077"), ch("Poppy Westlake", "2081-01-11", "11/01/2081"),
         ch("Freddie Westlake", "2085-12-05", "05/12/2085")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "PETROL POURED THROUGH A LETTERBOX AND LIT, IN A FIRE SERVICE'S FORMAL REFERRAL at 07:42 (before office "
        "hours): a targeted arson at 03:10, nobody arrested, 'a further attempt is possible', the door cannot be "
        "locked and the mother means to sleep there tonight with three children. Immediate -> urgent -> alert_duty "
        "(the out-of-hours service at this hour). A fire service referral, no step -> other. The police log number "
        "and the DSFRS incident number are not case ids. physical_harm.",
        not_children=["Kerry Westlake", "Gareth Luxton"])

def torbay_02():
    f = "torbay_02.eml"; when = "2088-06-02 10:25:43"
    body = T("""
Hi MASH, I'm lead professional for the Tozer family (EHM-840127) and I'm at their house now.

Riley Tozer DOB 14/03/2078
Ava Tozer DOB 27/08/2081
Mason Tozer DOB 09/02/2085

Riley (10) set fire to his bedroom curtains at about 1am last night. It's the 3rd fire this month (the kitchen bin on the 12th, a towel in the bathroom on the 24th). Mum had been drinking and was asleep on the sofa, and Ava and Mason were asleep in the room next to his. Nobody woke up till the smoke alarm went off downstairs. Mum put it out with the shower head. The bedroom ceiling is black.

This morning Riley told me he "likes watching it go" and that next time he'll "do the whole house when they're all asleep". He still has lighters - mum found 2 in his pockets this morning but he gets them from the shop. Mum says she can't stay awake all night watching him and she's got no one to have the little ones.

Mum consents to me contacting MASH. My TM Sarah Blight and I agree this needs to be looked at for level 4 today.

Jess
Jess Ambrose, Early Help Family Practitioner, Torbay Council
07700 900 528

Sent from my Samsung Galaxy
""")
    top = plain_top(f, addr("Ambrose, Jess", "Jess.Ambrose@" + BDOM), addr("Torbay MASH", BMASH),
                    "Contact to MASH - Tozer children - EHM-840127", when, BDOM, None)
    add(f, mail(f, top, body, cte="base64", crlf=False), "torbay", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["EHM-840127"],
        [ch("Riley Tozer", "2078-03-14", "14/03/2078"), ch("Ava Tozer", "2081-08-27", "27/08/2081"),
         ch("Mason Tozer", "2085-02-09", "09/02/2085")],
        ["neglect", "substance_misuse"], True, True, [], None, "alert_duty",
        "A CHILD SETTING FIRES AT NIGHT, FROM A PHONE (one base64 text/plain part, LF): a 10-year-old's third fire this "
        "month, his bedroom curtains at 1am next to his sleeping siblings while mum was asleep after drinking; he says "
        "next time he'll 'do the whole house when they're all asleep', still has lighters, and mum cannot supervise "
        "tonight. No alarm word anywhere. DESIGN safety rule 1 -> urgent -> alert_duty. A Torbay step-up (the lead "
        "professional's contact to MASH, seed 002): 'Mum consents to me contacting MASH' -> consent true; 'My TM ... "
        "and I agree this needs to be looked at for level 4' -> manager true; nothing missing. No supervision at "
        "night -> neglect; mum's drinking -> substance_misuse.",
        not_children=["Jess Ambrose", "Sarah Blight"])

def torbay_03():
    f = "torbay_03.eml"; when = "2088-06-14 11:30:26"
    body = T("""
Hello Early Help,

Please can I have a triage slot for a level 3 step-down following my Single Assessment, which is attached with my analysis and the rationale for stepping down.

Isla Carter-Bligh - 10/10/2083 - LCS-3391047
Teddy Carter-Bligh - 28/02/2086 - LCS-3391048

Teddy is 2, so I understand this will go to the under-5s triage.

My team manager, Rob Pascoe, has recorded his manager's analysis on LCS confirming the threshold for level 3 is met (it is also on the last page of the assessment).

Mum has given her consent for level 3 Early Help - she signed the consent on 10 June.

The remaining needs: mum's low mood since the family moved from Plymouth in January, her isolation (no family nearby) and support to get Teddy into a nursery place in September.

Thanks,
Laura

Laura Ferris
Social Worker | Single Assessment Team | Torbay Council
01632 960 618

""") + BDISC
    sa = pdf_att("Single Assessment - Carter-Bligh - June 2088.pdf", "Single Assessment - Carter-Bligh children", [
        "Isla Carter-Bligh (10/10/2083) LCS-3391047; Teddy Carter-Bligh (28/02/2086) LCS-3391048",
        "Social worker: Laura Ferris   Completed: 09/06/2088", "",
        "Analysis: the children are well cared for; mum's low mood and isolation since moving are the main needs.",
        "No role for statutory services; a level 3 coordinated Early Help response is recommended.",
        "Rationale for step down: needs can be met through a TAF with health visiting and a family support worker.",
        "", "Manager's analysis (Rob Pascoe, Team Manager, 11/06/2088): I agree with the social worker's analysis;",
        "the threshold for level 3 intervention is met. Step down to Early Help."])
    top = outlook_top(f, addr("Ferris, Laura", "Laura.Ferris@" + BDOM), addr("Early Help Torbay", BEH),
                      "Request for triage slot - step down to level 3 - Carter-Bligh, LCS-3391047", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["LCS-3391047", "LCS-3391048"],
        [ch("Isla Carter-Bligh", "2083-10-10", "10/10/2083"), ch("Teddy Carter-Bligh", "2086-02-28", "28/02/2086")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down (seed 002 steps 1-4): Single Assessment .pdf with the analysis and rationale; "
        "'recorded his manager's analysis ... confirming the threshold for level 3 is met' -> manager true; 'Mum has "
        "given her consent for level 3 Early Help' -> consent true -> book_meeting. Level 3 written. Teddy is 2 -> the "
        "fortnightly under-5s triage (Tue 22 June, torbay_07). Mum's low mood -> parental_mental_health.",
        not_children=["Laura Ferris", "Rob Pascoe"])

def torbay_04():
    f = "torbay_04.eml"; when = "2088-05-11 14:45:09"
    body = T("""
Dear MASH,

I'm the lead professional for the Pearse family (EHM-838802) and I'm making a contact to MASH to consider a level 4 response for:

Kayla Pearse - 05/06/2076
Jack Pearse - 19/11/2079

New information: school report that Jack has been coming in with head lice and sores that haven't been treated for weeks and is hungry at breakfast club most days, and Kayla's attendance is down to 76%. At my home visit last Thursday there was very little food in the house and the children's beds had no sheets.

You will see an incident on the police system from 14 March, when dad shot at pigeons with an air rifle from the back bedroom window. For clarity: police seized the air rifle that day, dad accepted a caution, and police confirmed there are no other weapons in the house. The children were at school at the time and were never in danger from it. It is not the reason for this contact.

Mum has given her consent for the contact to MASH. My team manager, Carla Sloman, and I agree the new information needs to be considered for a level 4 statutory intervention.

Kind regards,
Becky Stentiford
Family Support Worker (Lead Professional) | Torbay Early Help | Torbay Council
01632 960 735

""") + BDISC
    top = outlook_top(f, addr("Stentiford, Becky", "Becky.Stentiford@" + BDOM), addr("Torbay MASH", BMASH),
                      "Contact to MASH (level 3 to 4) - Pearse children - EHM-838802", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 3,
        "near_miss", "step_up", False, None, ["EHM-838802"],
        [ch("Kayla Pearse", "2076-06-05", "05/06/2076"), ch("Jack Pearse", "2079-11-19", "19/11/2079")],
        ["neglect", "school_attendance"], True, True, [], None, "book_meeting",
        "NEAR MISS - AN AIR RIFLE ALREADY SEIZED: dad shot at pigeons from a window in March; police seized the rifle "
        "the same day, a caution, 'no other weapons in the house', 'never in danger from it' -> resolved, not urgent, "
        "no physical_harm. Complete Torbay step-up (seed 002 'Step up processes from level 3 to level 4', steps 1-2): "
        "'Mum has given her consent for the contact to MASH' -> consent true; 'My team manager ... and I agree the new "
        "information needs to be considered for a level 4' -> manager true -> book_meeting. Untreated lice and "
        "sores, hunger, no food -> neglect; 76% -> school_attendance.",
        not_children=["Becky Stentiford", "Carla Sloman"])

def torbay_05():
    f = "torbay_05.eml"; when = "2088-07-01 20:40:55"
    body = T("""
Hi its Donna, Kian's mum. Nicola said to email this address if she's not in.

Kian came home today and said they were using "proper big knifes" in his cookery lesson and the teacher let them. He's only 11. He chopped an onion and a pepper for a pasta bake which was lovely to be fair.

Is that allowed?? I'm not having a go at the school I just want to know if that's normal and if they watch them. He said the teacher showed them the "bridge and the claw" to hold the veg and they have to put the knifes back in a locked drawer at the end and she counts them all back in.

Also can Nicola ring me about the parenting group in September please.

Thanks
Donna

Sent from my iPhone
""")
    top = plain_top(f, addr("Donna W", "donnaw.mum@mailbox.example.com"), addr("Early Help Torbay", BEH),
                    "knifes at school??", when, "mailbox.example.com", None)
    add(f, iphone_mail(f, top, body), "torbay", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A KITCHEN KNIFE IN A COOKING LESSON: a parent's evening email (iPhone, format=flowed) asking "
        "whether 'proper big knifes' in her 11-year-old's food lesson are allowed; the teacher taught the bridge and "
        "claw holds, the knives are locked away and counted back. No risk to anyone -> not urgent. A parent's "
        "question for her Early Help worker, no step -> other -> human_review. Kian is named by first name only -> "
        "no child labelled; no concern.",
        not_children=["Donna", "Nicola"])

def torbay_06():
    f = "torbay_06.eml"; when = "2088-07-19 10:05:31"
    body = T("""
Hello MASH,

I'd like to make a contact to MASH for Ellis Harding (DOB 31/01/2074), EHM-842265.

Ellis (14) has refused to engage with me for two months - he won't come out of his room when I visit, and mum has cancelled four TAF meetings since April. Mum's own mental health has got worse: she told me on Friday she is "not coping at all", and she is waiting for an assessment from the community mental health team.

Mum has given consent for me to contact MASH.

I discussed it with my team manager, Carla Sloman, this morning. She doesn't agree that it meets the threshold for level 4 yet - she wants me to hold another TAF and refer mum to the mental health support team first. I'm sending this anyway because I'm worried about them both and would like MASH's view.

Natalie

Natalie Rowe
Early Help Practitioner | Torbay Early Help | Torbay Council

""") + BDISC
    top = outlook_top(f, addr("Rowe, Natalie", "Natalie.Rowe@" + BDOM), addr("Torbay MASH", BMASH),
                      "Contact to MASH - Ellis Harding, EHM-842265", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 7,
        "ordinary", "step_up", False, None, ["EHM-842265"],
        [ch("Ellis Harding", "2074-01-31", "31/01/2074")],
        ["non_engagement", "parental_mental_health"], True, False, ["manager_agreed"], None, "request_info",
        "Torbay step-up (a contact to MASH) with the MANAGER DISAGREEING: 'She doesn't agree that it meets the "
        "threshold for level 4 yet' -> manager_agreed false -> missing (seed 002 step 2: 'The worker and team manager "
        "should agree') -> request_info. 'Mum has given consent for me to contact MASH' -> consent true. Refusing to "
        "engage, cancelled TAFs -> non_engagement; mum 'not coping', awaiting a mental health assessment -> "
        "parental_mental_health. Not immediate.",
        not_children=["Natalie Rowe", "Carla Sloman"])

def torbay_07():
    f = "torbay_07.eml"; when = "2088-06-16 08:55:33"
    data = itip_reply(f, when, "Ferris, Laura", "Laura.Ferris@" + BDOM, ("Early Help Torbay", BEH), "ACCEPTED",
                      "Early Help under-5s triage - Carter-Bligh (LCS-3391047) [SB-torbay-1563]",
                      "20880622T113000", "20880622T120000", "Microsoft Teams Meeting")
    add(f, data, "torbay", "early_help_duty", when, 1,
        "ordinary", "meeting_reply", False, None, ["LCS-3391047"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, no comment, from the social worker for torbay_03's under-5s triage "
        "slot (Tue 22 June 11:30, a Tuesday morning); SUMMARY carries LCS-3391047. record_reply.")

def torbay_08():
    f = "torbay_08.eml"; when = "2088-07-23 11:02:48"
    body = T("""
Thank you for your referral for a Home Fire Safety Visit.

Reference: HFSV-88-21907
Referrer: Torbay Early Help
Address: (held on our system)

This is an automatic message. A member of our Home Safety team will contact the householder within 10 working days to arrange a visit. Visits include fitting smoke alarms, advice on escape plans and, where needed, fire-retardant bedding and letterbox guards.

If there is a fire: get out, stay out and call 999.

Please do not reply to this email - this mailbox is not monitored.

Devon & Somerset Fire and Rescue Service - Home Safety Team
""")
    top = plain_top(f, addr("DSFRS Home Safety", "no-reply@dsfire.example.gov.uk"), addr("Early Help Torbay", BEH),
                    "Home Fire Safety Visit referral received - HFSV-88-21907", when, "dsfire.example.gov.uk", None,
                    extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])
    add(f, mail(f, top, body), "torbay", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "An AUTOMATIC ACKNOWLEDGEMENT from the fire service's home-safety system (Auto-Submitted: auto-generated, "
        "'Please do not reply'): a referral reference, no child, no family. 'call 999' is boilerplate. DESIGN: "
        "auto-submitted -> auto_reply -> ignore (rule 2). On the last day of the window.")


# ============================================================================= HEREFORDSHIRE
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2088-04-21 11:45:16"
    body = T("""
Dear Early Help Co-ordinators,

Following my Child and Family Assessment (decision made on 16/04/2088) and my discussion with Verity Lang on Tuesday, please find attached the Early Help Assessment step-down plan and mum's signed consent form for the Bufton children:

Sam Bufton - Mosaic 731204 - DOB 14.02.2075
Lily Bufton - Mosaic 731205 - DOB 30.09.2079

Key person: Mrs Carys Meredith, Family Support Worker, Leominster Children's Centre (agreed with mum and with Carys on Monday).

The family farm near Pembridge. You will see "firearms" on the police check: dad holds a shotgun certificate for pest control on the farm. At my home visit I saw the two shotguns in a bolted steel cabinet in the back office; the key stays on dad's keyring and the cartridges are in a separate locked box. West Mercia Police firearms licensing renewed his certificate in February after a home visit and a GP check. Sam has never handled the guns. I have no concerns about this.

The remaining needs are at level 3: mum's MS has got worse this year and Sam (13) is doing a lot of her care as well as jobs on the farm, and he is often late for school because of it. Lily is doing well.

Kind regards,
Gethin Powell
Social Worker | Children's Services (Leominster) | Herefordshire Council
01632 960 214

""") + HDISC
    plan = docx_att("EHA step-down plan - Bufton.docx", [
        "# Early Help Assessment step-down plan - Bufton children",
        "Sam Bufton (14.02.2075) Mosaic 731204; Lily Bufton (30.09.2079) Mosaic 731205",
        "What are we worried about? Sam's caring role for mum (MS) and his lateness to school.",
        "What's working well? A loving, stable home; dad and grandparents on the farm; Lily thriving.",
        "Wellbeing plan - what needs to happen, by whom:",
        "1. Young carers' assessment and young carers' group for Sam - Carys Meredith - May.",
        "2. Adult social care assessment of mum's care needs - social worker before closure - April.",
        "3. School to agree a late-arrival plan for Sam - Head of Year - May.",
        "Key person: Carys Meredith, Family Support Worker, Leominster Children's Centre."])
    consent = pdf_att("Consent form signed - Bufton.pdf", "Early Help consent form", [
        "I consent to my family receiving Early Help and to information being shared with the key person.",
        "Children: Sam Bufton, Lily Bufton", "Signed: R. Bufton (mother)   Date: 19/04/2088"])
    top = outlook_top(f, addr("Powell, Gethin", "Gethin.Powell@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down to Early Help (level 3) - Bufton children - Mosaic 731204/731205", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 3, ["731204", "731205"],
        [ch("Sam Bufton", "2075-02-14", "14.02.2075"), ch("Lily Bufton", "2079-09-30", "30.09.2079")],
        ["young_carer"], True, None, [], None, "book_meeting",
        "NEAR MISS - A LICENSED SHOTGUN SAFELY KEPT: 'firearms' on the police check is a farmer's shotgun certificate, "
        "guns in a bolted cabinet, key on dad's keyring, cartridges locked separately, licence renewed in February "
        "after a police home visit, 'I have no concerns about this' -> not urgent, no concern. Complete Herefordshire "
        "sibling-group step-down (seed 003: plan .docx, signed consent form .pdf -> consent_form met and consent true, "
        "key person with agency) after a discussion with a co-ordinator -> book_meeting. Level 3 written. Sam's care "
        "of mum -> young_carer (mum's MS is an adult's illness, not a concern id).",
        not_children=["Gethin Powell", "Carys Meredith", "Verity Lang"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2088-06-17 15:30:40"
    body = T("""
Hello,

I don't know if this is the right address - it's the one on the council website for children.

I'm a tenancy support officer and I was at 4 Orchard Row, Bromyard this afternoon with our gas engineer for the annual safety check. The tenant is Kirsty Jukes. She lives there with her daughter Maisie-Rae Jukes (DOB 03/03/2086) and her partner, Dale.

While the engineer was at the boiler in the bedroom I saw a large kitchen knife under Dale's pillow on the double bed. Kirsty told me quietly that he has slept with it there for about a week "because of the people watching the house", and that Maisie-Rae has been sleeping in the big bed with them since her cot broke.

Dale then came in and said that if "anyone from the council" tries to take "his girl" he will use it on them and then on himself. He hasn't slept for days, he kept looking out of the window, and he told the engineer the neighbours are putting cameras in the light fittings.

We left at 15:10. Kirsty and Maisie-Rae are still in the house with him. Kirsty asked me not to say anything.

Sharon Lewis
Tenancy Support Officer | Wye Valley Homes
01632 960 332
""")
    top = outlook_top(f, addr("Lewis, Sharon", "Sharon.Lewis@wyevalleyhomes.example.org.uk"), addr("MASH", HMASH),
                      "Something I saw on a visit this afternoon - 4 Orchard Row, Bromyard", when,
                      mid_domain="wyevalleyhomes.example.org.uk")
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Maisie-Rae Jukes", "2086-03-03", "03/03/2086")],
        ["parental_mental_health", "physical_harm"], None, None, [], None, "alert_duty",
        "A KNIFE UNDER A PARENT'S PILLOW, IN A HOUSING OFFICER'S UNDERSTATED WORDS: the mother's partner has slept "
        "with a large kitchen knife under his pillow for a week, in the bed the 2-year-old shares; he is not sleeping, "
        "believes people are watching and cameras are in the lights, and said he will 'use it on' anyone from the "
        "council who tries to take 'his girl' and then on himself; mother and child are with him now. No alarm word "
        "anywhere. DESIGN safety rule 1 -> urgent -> alert_duty. A housing officer's report to the inbox she found, "
        "no step -> other. Paranoid, sleepless -> parental_mental_health; the knife and the threat -> physical_harm.",
        not_children=["Kirsty Jukes", "Dale", "Sharon Lewis"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2088-07-13 09:05:20"
    body = T("""
Hi MASH,

I'm asking to step Callum Probert (DOB 08/05/2076, Mosaic 735562) up to social care. He's 12.

I've just come from school. Callum showed the school nurse and me a pellet wound on the back of his thigh - it's swollen and you can see the pellet under the skin. He says that last night his dad's friend Wayne shot him with the air rifle "for a laugh" while dad and Wayne were drinking in the garden. They'd been shooting at cans and then turned it on him and the dog. He says the rifle is kept loaded behind the kitchen door. Dad told him to say he fell on a nail.

Wayne is staying at the house all this week. Callum's mum left in May, so it's just dad at home. School finishes at 3.20 and dad usually collects him.

Our Early Help plan has been about dad's drinking since mum left. My manager, Ffion Gwynne, knows I'm sending this.

Hollie Skyrme
Early Help Family Support Worker | Ross-on-Wye locality | Herefordshire Council
07700 900 642

""") + HDISC
    top = outlook_top(f, addr("Skyrme, Hollie", "Hollie.Skyrme@" + HDOM), addr("MASH", HMASH),
                      "Step up request - Callum Probert - Mosaic 735562", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["735562"],
        [ch("Callum Probert", "2076-05-08", "08/05/2076")],
        ["physical_harm", "substance_misuse"], None, None, [], None, "alert_duty",
        "AN AIR RIFLE: a 12-year-old with a pellet still under the skin says his father's friend shot him 'for a "
        "laugh' last night while both were drinking; the rifle is kept loaded in the kitchen, the friend is staying "
        "all week, and dad collects him at 3.20 today. No alarm word anywhere. DESIGN safety rule 1 -> urgent -> "
        "alert_duty. A step-up to Herefordshire, whose seed defines none (REQUIREMENTS: 'step_up is not defined by "
        "this seed'): without the risk it would be human_review; missing [] for an undefined kind. 'My manager ... "
        "knows I'm sending this' is no statement of agreement -> manager null. physical_harm + substance_misuse.",
        not_children=["Hollie Skyrme", "Wayne", "Ffion Gwynne"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2088-05-07 16:20:12"
    body = T("""
Hi Verity,

Just so it's on your radar before Monday's MAG, as Ethan Pugh (14) is on the list.

On Wednesday a photo went round Snapchat of Ethan in the park holding what looked like a black pistol, captioned "dont test me". A parent rang the police. PCSO Dan Morgan and I saw Ethan and his mum at home yesterday. It was a plastic BB gun (the orange tip painted black) that a friend had bought online. Mum handed it over and the police have destroyed it. Ethan was embarrassed, said it was a joke copied from a drill video, and took the post down himself.

Police have recorded it as no further action, school know, and nobody was threatened or hurt.

Nothing needed from you - I'm running a session with the group on replica guns and the law next week.

Rhys

Rhys Jenkins
Detached Youth Worker | Hereford Youth Trust
07700 900 219
""")
    top = outlook_top(f, addr("Jenkins, Rhys", "rhys.jenkins@herefordyouthtrust.example.org.uk"),
                      addr("Early Help Co-ordinators", HEH),
                      "FYI - the 'gun' photo on Snapchat (Ethan Pugh) - sorted, no further action", when,
                      mid_domain="herefordyouthtrust.example.org.uk")
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [],
        [ch("Ethan Pugh")], [], None, None, [], None, "human_review",
        "NEAR MISS - A 'GUN' PHOTO ALREADY DEALT WITH: a detached youth worker's FYI that a Snapchat photo of a "
        "14-year-old with a 'pistol' was a plastic BB gun, handed over and destroyed, 'no further action', 'nobody "
        "was threatened or hurt', 'Nothing needed from you' -> resolved, not urgent. No step -> other -> "
        "human_review. Ethan Pugh named in full, no DOB; no concern.",
        not_children=["Rhys Jenkins", "Dan Morgan", "Verity"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2088-05-24 10:10:38"
    ack = ack_text("step-down", "SB-herefordshire-1318", [
        "Children: Tyler Jones (25/01/2077), Ruby Jones (12/12/2080)", "Case: Mosaic 733018, 733019"],
        ["the family's written consent form", "the details of the key person agreed with the family"])
    body = T("""
Hi,

Attached is the signed consent form - mum signed it at my visit on Friday. For the key person, mum has chosen Mrs Anwen Davies, Pastoral Lead at Holmer Park High School, and Anwen has agreed.

One more thing, as Wilfred asked me about it: the Mosaic address history for 22 Elgar Close shows a 2085 police report of petrol being poured through the letterbox. That was about the family who lived there before the Joneses. Police confirmed on the phone this morning that Leanne and the children moved in in September 2086 and have no link to it, so it is nothing to do with this family.

Rachel

Rachel Hodges
Social Worker | Children's Services (Hereford City) | Herefordshire Council
""") + quote_chain([
        ("Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>", "12 May 2088 14:22",
         "Hodges, Rachel <Rachel.Hodges@herefordshire.gov.uk>",
         "[SB-herefordshire-1318] Step-down request received - Jones", ack, None)])
    form = pdf_att("Signed consent - Jones.pdf", "Early Help consent form", [
        "I consent to my family receiving Early Help and to information being shared with the key person.",
        "Children: Tyler Jones, Ruby Jones", "Signed: L. Jones (mother)   Date: 21/05/2088"])
    top = outlook_top(f, addr("Hodges, Rachel", "Rachel.Hodges@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-1318] Step-down request received - Jones", when)
    add(f, mail(f, top, body, [form], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "near_miss", "follow_up", False, None, ["733018", "733019"],
        [ch("Tyler Jones", "2077-01-25", "25/01/2077"), ch("Ruby Jones", "2080-12-12", "12/12/2080")],
        [], True, None, [], None, "attach_to_request",
        "NEAR MISS - PETROL THROUGH THE LETTERBOX, BUT SOMEONE ELSE'S FAMILY: the Mosaic address history shows a 2085 "
        "petrol attack at this address; police confirm it concerned the previous occupants and 'it is nothing to do "
        "with this family' -> not urgent, no concern. Follow-up to herefordshire_06's request [SB-herefordshire-1318] "
        "adding the signed consent form (.pdf; 'mum signed it' -> consent true) and the key person. DESIGN: follow_up "
        "-> attach_to_request, missing []. Children, DOBs and Mosaic numbers from the quoted acknowledgement.",
        not_children=["Rachel Hodges", "Anwen Davies", "Leanne", "Wilfred"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2088-05-12 14:00:09"
    body = T("""
Hi,

Please find attached the Early Help Assessment step-down plan for Tyler Jones (DOB 25/01/2077) and Ruby Jones (DOB 12/12/2080), Mosaic 733018 and 733019. The decision to step down was made at the CIN review on 6 May.

Mum (Leanne) agreed to Early Help verbally at the review. I'll get the consent form signed at my next visit and send it on.

Key person: still to be agreed - mum wants to think about whether school or the family support team would be best for Tyler. I'll let you know.

Needs: Tyler's attendance (81% this year), mum's cannabis use (she has cut down but still uses most days), and help for Ruby with her speech at home.

Rachel

Rachel Hodges
Social Worker | Children's Services (Hereford City) | Herefordshire Council
01632 960 486

""") + HDISC
    plan = docx_att("Step-down plan - Jones children.docx", [
        "# Early Help Assessment step-down plan - Jones children",
        "Tyler Jones (25/01/2077); Ruby Jones (12/12/2080) - Mosaic 733018 / 733019",
        "What are we worried about? Tyler's attendance; mum's cannabis use.",
        "What's working well? Mum is open with workers; the children are close to their grandparents.",
        "Wellbeing plan:", "1. Attendance plan with school - by June.", "2. Mum to attend the drug and alcohol service - ongoing.",
        "3. Speech and language activities for Ruby at home - health visitor - by July.",
        "Key person: to be agreed with mum."])
    top = outlook_top(f, addr("Hodges, Rachel", "Rachel.Hodges@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down plan - Jones children (Mosaic 733018/733019)", when)
    add(f, mail(f, top, body, [plan], html_alt=True), "herefordshire", "early_help_duty", when, 6,
        "ordinary", "step_down", False, None, ["733018", "733019"],
        [ch("Tyler Jones", "2077-01-25", "25/01/2077"), ch("Ruby Jones", "2080-12-12", "12/12/2080")],
        ["school_attendance", "substance_misuse"], True, None, ["consent_form", "lead_practitioner"], None, "request_info",
        "Herefordshire step-down (seed 003): plan .docx -> draft_plan met; 'agreed to Early Help verbally ... I'll get "
        "the consent form signed at my next visit' -> consent true but no written form -> consent_form missing; key "
        "person 'still to be agreed' -> lead_practitioner missing -> request_info. No level written -> null. 81% -> "
        "school_attendance; mum's cannabis most days -> substance_misuse.",
        not_children=["Rachel Hodges", "Leanne"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2088-07-01 12:30:45"
    body = T("""
Thank you for your email. I'm on leave until Monday 12 July and not checking my emails.

If your email is about a child's safety, please contact the MASH on 01632 960 587 or, out of hours, the Emergency Duty Team. For anything else I'll reply when I'm back.

Carys Meredith
Family Support Worker | Leominster Children's Centre
""")
    top = [("From", addr("Carys Meredith", "carys.meredith@leominstercc.example.org.uk")),
           ("To", addr("Early Help Co-ordinators", HEH)),
           ("Subject", "Re: [SB-herefordshire-1290] MAG review 2 of 4 - Bufton - please send your update"),
           ("Date", email.utils.format_datetime(dt(when))),
           ("Message-ID", msgid(f, "mail.gmail.example")),
           ("Auto-Submitted", "auto-replied")]
    add(f, mail(f, top, body, crlf=False, cte="7bit"), "herefordshire", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "A Gmail-style VACATION RESPONDER from herefordshire_01's key person answering stepbot's MAG reminder "
        "[SB-herefordshire-1290]: only 'Auto-Submitted: auto-replied' marks it (a plain 'Re:' subject, no 'Automatic "
        "reply:'); 'a child's safety ... contact the MASH' is boilerplate. auto_reply -> ignore (DESIGN rule 2).")

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2088-07-09 13:15:27"
    body = T("""
Hello Xavier,

As discussed at Tuesday's drop-in, here is the Early Help Assessment step-down plan for Harley Whittall (DOB 17/07/2081, Mosaic 736041), following the C&F assessment decision on 1 July.

Key person: Mr Huw Lloyd, Learning Mentor, Ledbury Brook Primary School, who has agreed to take the role.

Consent: I'm afraid mum has declined to sign the consent form. She told me on Wednesday that she doesn't want Early Help "or anyone else" involved now that social care is closing, although she's happy for Mr Lloyd to keep supporting Harley in school as he does now. I've explained what Early Help could offer and left her the leaflet.

Harley's needs are around his speech and language (his EHCP needs assessment is under way) and his sleep.

Tom

Tom Bradstock
Social Worker | Children's Services (Ledbury) | Herefordshire Council

""") + HDISC
    plan = docx_att("EHA step-down plan - Harley Whittall.docx", [
        "# Early Help Assessment step-down plan - Harley Whittall (Mosaic 736041)",
        "What are we worried about? Speech and language delay; poor sleep.",
        "What's working well? Harley enjoys school; Mr Lloyd's daily check-ins.",
        "Wellbeing plan: 1. Speech and language therapy sessions in school - by September.",
        "2. Sleep clinic referral - GP - July.", "Key person: Huw Lloyd, Learning Mentor, Ledbury Brook Primary School."])
    top = outlook_top(f, addr("Bradstock, Tom", "Tom.Bradstock@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down plan - Harley Whittall, Mosaic 736041", when)
    add(f, mail(f, top, body, [plan], html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["736041"],
        [ch("Harley Whittall", "2081-07-17", "17/07/2081")],
        ["disability_send"], False, None, ["consent_form"], None, "request_info",
        "Herefordshire step-down with CONSENT DECLINED: 'mum has declined to sign the consent form ... doesn't want "
        "Early Help' -> consent false and no written form -> consent_form missing (seed 003: 'the social worker will "
        "obtain written consent') -> request_info. Her being 'happy for Mr Lloyd to keep supporting Harley in school' "
        "is not consent to Early Help. Plan .docx and key person with agency -> met. No level written -> null. Speech "
        "and language, EHCP needs assessment -> disability_send.",
        not_children=["Tom Bradstock", "Huw Lloyd"])


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

# England & Wales bank holidays in 2088 that fall on a weekday (the `holidays` package's list, which set_checks()
# re-derives and compares): New Year's Day Thursday 1 January; Good Friday 9 April; Easter Monday 12 April; May Day
# (the Early May bank holiday) Monday 3 May; Spring Bank Holiday Monday 31 May; Late Summer Bank Holiday Monday
# 30 August; Christmas Day (observed) Monday 27 December; Boxing Day (observed) Tuesday 28 December (25 and 26
# December 2088 fall on a Saturday and a Sunday).
BANK_HOLIDAYS = {date(2088, 1, 1), date(2088, 4, 9), date(2088, 4, 12), date(2088, 5, 3), date(2088, 5, 31),
                 date(2088, 8, 30), date(2088, 12, 27), date(2088, 12, 28)}
IN_WINDOW = {date(2088, 5, 3): "May Day", date(2088, 5, 31): "Spring Bank Holiday"}
EASTER = {date(2088, 4, 9): "Good Friday", date(2088, 4, 12): "Easter Monday"}     # both before the window
# The brief's window is "the summer term of 2088 (mid April to late July 2088)". Easter Monday is 12 April 2088, so
# the term is taken to start on Monday 19 April (the week after Easter week; "mid April") and to end on Friday
# 23 July (the last Friday of July before the schools' summer holiday; "late July"). Both ends are weekdays and
# neither is a bank holiday (checked in set_checks()).
BRIEF_START, BRIEF_END = date(2088, 4, 19), date(2088, 7, 23)
WINDOW = (datetime(2088, 4, 19, tzinfo=LON), datetime(2088, 7, 23, 23, 59, 59, tzinfo=LON))
# BST begins at 01:00 UTC on Sunday 28 March 2088 and ends at 01:00 UTC on Sunday 31 October 2088.
BST_START = datetime(2088, 3, 28, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2088, 10, 31, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2088

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
PER_AUTHORITY_EXPECTED = {
    "knowsley": {"urgent": 2, "near_miss": 2, "ordinary": 4},
    "richmond_wandsworth": {"urgent": 2, "near_miss": 2, "ordinary": 4},
    "tower_hamlets": {"urgent": 3, "near_miss": 2, "ordinary": 3},
    "torbay": {"urgent": 2, "near_miss": 2, "ordinary": 4},
    "herefordshire": {"urgent": 2, "near_miss": 3, "ordinary": 3},
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
    for a, want in PER_AUTHORITY_EXPECTED.items():
        got = {c: per.get(a, []).count(c) for c in ("urgent", "near_miss", "ordinary")}
        if got != want: errors.append("%s: categories %s, expected %s" % (a, got, want))
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

def _split_at(text, marker):
    i = text.find(marker)
    return (text, "") if i < 0 else (text[:i], text[i:])

def _k01(msg):
    return (_exts(msg) == ["docx", "pdf", "pdf"] and any("GCP2" in p.get_filename() for p in _att(msg))
            and _wd("knowsley_01.eml") == 4 and _pw("knowsley_01.eml") == 5 and date(2088, 5, 3) in BANK_HOLIDAYS
            and "Wednesday 5th May at 10am" in _plain(msg))

def _k02(msg):
    new, old = _split_at(_plain(msg), SEP)
    return (_no_alarm(msg) and "[16:15] Gemma:" in new and "bring the ting" in new and "Kaiden Nolan" not in new
            and "Kaiden Nolan" in old and b"\r\n" not in FILES["knowsley_02.eml"] and _html(msg) == "")

def _k03(msg):
    p = _plain(msg)
    return (all(h in p for h in ("What are we worried about?", "What is working well?", "What needs to happen?"))
            and _wd("knowsley_03.eml") == 4 and _pw("knowsley_03.eml") == 5 and date(2088, 5, 31) in BANK_HOLIDAYS)

def _k04(msg):
    t = readable(msg)
    return ("threatening to burn the house down" in t and "no current concerns about domestic abuse" in t
            and "domestic_abuse" not in _exp("knowsley_04.eml")["concerns"]
            and _wd("knowsley_04.eml") == 6 and _pw("knowsley_04.eml") == 7)

def _k05(msg):
    p = _plain(msg)
    return (_no_alarm(msg) and p.find("P.S.") > p.find("Lisa Murtagh") > 0 and "knife in his waistband" in p
            and p.find("knife") > p.find("P.S.") and _wd("knowsley_05.eml") == 5 and _pw("knowsley_05.eml") == 5)

def _k06(msg):
    t = readable(msg)
    return (msg["List-Id"] is not None and msg["Auto-Submitted"] is None and ALARM.search(t) is not None
            and _exts(msg) == ["pdf"] and _exp("knowsley_06.eml")["children"] == [])

def _k08(msg):
    new, old = _split_at(_plain(msg), SEP)
    return "What is missing:" in old and "What is missing:" not in new and _exts(msg) == ["pdf"]

def _r02(msg):
    return (_no_alarm(msg) and "Kacper and Lena" in _plain(msg) and _exp("richmond_wandsworth_02.eml")["children"] == []
            and _date(msg).hour >= 17)

def _r03(msg):
    t = readable(msg)
    return "replica samurai sword" in t and "no concerns about it" in t and _exts(msg) == ["docx", "pdf"]

def _r05(msg):
    return (_no_alarm(msg) and "crossbow" in readable(msg) and "crossbow" not in body_text(msg)
            and "3.15 today" in readable(msg) and _exts(msg) == ["pdf"])

def _r06(msg):
    t = readable(msg)
    return "there is no real young person behind this" in t and ALARM.search(t) is not None

def _r08(msg):
    return "has now given his consent" in _plain(msg) and _exts(msg) == ["docx"]

def _t01(msg):
    t = readable(msg)
    return ("CRIS 4417302/88" in t and _exp("tower_hamlets_01.eml")["case_ids"] == [] and "KHAN, Ayesha" in t
            and "machete" in t)

def _t02(msg):
    top, fwd = _split_at(_plain(msg), "---------- Forwarded message")
    t = readable(msg)
    return ("burn that house down" in fwd and "burn" not in top and "immediate risk of harm? No" in t
            and "Tasnim Hossain" not in body_text(msg) and _exts(msg) == ["docx"])

def _t03(msg):
    p = _plain(msg)
    return sum(1 for l in p.split("\n") if l.startswith("> ")) == 5 and "in my wardrobe" in p

def _t04(msg):
    t = readable(msg)
    return ("fire-setter intervention" in t and "no child protection concerns" in t.replace("No child protection", "no child protection")
            and _exts(msg) == ["pdf", "docx"] and working_days(date(2088, 4, 23), date(2088, 5, 6)) == 8)

def _t05(msg):
    return "electrical fault" in readable(msg) and _exp("tower_hamlets_05.eml")["children"] == []

def _b01(msg):
    return _date(msg).hour < 9 and "poured through the letterbox" in readable(msg)

def _b02(msg):
    parts = [p for p in msg.walk() if not p.is_multipart()]
    return (_no_alarm(msg) and len(parts) == 1 and parts[0]["Content-Transfer-Encoding"] == "base64"
            and b"\r\n" not in FILES["torbay_02.eml"])

def _b03(msg):
    return age_years(date(2086, 2, 28), _today("torbay_03.eml")) < 5 and _exts(msg) == ["pdf"]

def _b04(msg):
    t = readable(msg)
    return "police seized the air rifle" in t and "never in danger" in t and "physical_harm" not in _exp("torbay_04.eml")["concerns"]

def _b05(msg):
    return (msg.get_param("format") == "flowed" and _exp("torbay_05.eml")["children"] == []
            and "locked drawer" in readable(msg) and _date(msg).hour >= 17)

def _b07(msg):
    return date(2088, 6, 22).weekday() == 1 and "LCS-3391047" in readable(msg)

def _h01(msg):
    t = readable(msg)
    return "shotgun certificate" in t and "I have no concerns about this" in t and _exts(msg) == ["docx", "pdf"]

def _h02(msg):
    return _no_alarm(msg) and "knife under Dale's pillow" in _plain(msg)

def _h03(msg):
    return _no_alarm(msg) and ("herefordshire", "step_up") not in DEFINED and "air rifle" in _plain(msg)

def _h05(msg):
    return "nothing to do with this family" in readable(msg) and _exp("herefordshire_05.eml")["concerns"] == []

def _h07(msg):
    return (msg["Auto-Submitted"] == "auto-replied" and not str(msg["Subject"]).startswith("Automatic reply")
            and msg["X-Auto-Response-Suppress"] is None)

CUSTOM = [
    ("knowsley_01.eml", "form + TAF minutes + GCP2; 4 WD (5 plain) over May Day", _k01),
    ("knowsley_02.eml", "mum's texts in the new text, the child only in the quoted ack; LF; no alarm words", _k02),
    ("knowsley_03.eml", "three headings; 4 WD (5 plain) over the Spring Bank Holiday", _k03),
    ("knowsley_04.eml", "historic threat to burn the house; no current DA; 6 WD (7 plain)", _k04),
    ("knowsley_05.eml", "the armed men only in the P.S. after the signature; no alarm words; exactly 5 WD", _k05),
    ("knowsley_06.eml", "police bulletin with List-Id, no Auto-Submitted, alarm words, a poster .pdf", _k06),
    ("knowsley_08.eml", "'What is missing:' only in the quoted ack", _k08),
    ("richmond_wandsworth_02.eml", "neighbour, evening, first names only, no alarm words", _r02),
    ("richmond_wandsworth_03.eml", "replica sword checked, no concerns", _r03),
    ("richmond_wandsworth_05.eml", "the crossbow only in the PDF, not in the subject or body; no alarm words", _r05),
    ("richmond_wandsworth_06.eml", "hypothetical, no real young person", _r06),
    ("richmond_wandsworth_08.eml", "consent now given; plan .docx", _r08),
    ("tower_hamlets_01.eml", "CAPS surnames; the CRIS number is not a case id", _t01),
    ("tower_hamlets_02.eml", "the threat only in the forwarded message; MARF says no immediate risk; names only in MARF", _t02),
    ("tower_hamlets_03.eml", "the child's five messages quoted with '> '", _t03),
    ("tower_hamlets_04.eml", "fire-setter intervention done, no CP concerns; TAF 8 WD after the assessment", _t04),
    ("tower_hamlets_05.eml", "electrical fault; no child", _t05),
    ("torbay_01.eml", "fire service referral before 09:00", _b01),
    ("torbay_02.eml", "phone: one base64 text/plain part, LF; no alarm words", _b02),
    ("torbay_03.eml", "Teddy under 5; Single Assessment .pdf", _b03),
    ("torbay_04.eml", "air rifle seized, never in danger, no physical_harm", _b04),
    ("torbay_05.eml", "iPhone format=flowed, evening; Kian by first name only", _b05),
    ("torbay_07.eml", "the triage slot is a Tuesday", _b07),
    ("herefordshire_01.eml", "shotgun certificate, no concerns; plan + consent form", _h01),
    ("herefordshire_02.eml", "no alarm words; knife under the pillow", _h02),
    ("herefordshire_03.eml", "no alarm words; Herefordshire step-up undefined", _h03),
    ("herefordshire_05.eml", "someone else's family; no concern", _h05),
    ("herefordshire_07.eml", "vacation responder: only Auto-Submitted marks it", _h07),
]

# Each consent / manager wording ties to its label (the phrase must be in the readable text or the Subject).
WORDING = [
    ("knowsley_01.eml", "has agreed the step up", "manager_agreed", True),
    ("knowsley_01.eml", "hasn't said whether she agrees", "consent", None),
    ("knowsley_03.eml", "has consented to the referral to Family First", "consent", True),
    ("knowsley_04.eml", "has consented to the step down", "consent", True),
    ("knowsley_05.eml", "has agreed the step up", "manager_agreed", True),
    ("richmond_wandsworth_01.eml", "I agree with the step up", "manager_agreed", True),
    ("richmond_wandsworth_01.eml", "Mum agrees with the step up", "consent", True),
    ("richmond_wandsworth_03.eml", "both consented to Early Help continuing the plan", "consent", True),
    ("richmond_wandsworth_04.eml", "dad has said no to Early Help", "consent", False),
    ("richmond_wandsworth_05.eml", "I agree that the case now needs to step up", "manager_agreed", True),
    ("richmond_wandsworth_08.eml", "has now given his consent", "consent", True),
    ("tower_hamlets_02.eml", "Jonathan has agreed it", "manager_agreed", True),
    ("tower_hamlets_02.eml", "Mum agrees to the referral to MAST", "consent", True),
    ("tower_hamlets_04.eml", "has consented to the step down and to the TAF", "consent", True),
    ("tower_hamlets_06.eml", "she hasn't signed it off yet", "manager_agreed", None),
    ("tower_hamlets_06.eml", "do what you have to", "consent", None),
    ("torbay_02.eml", "Mum consents to me contacting MASH", "consent", True),
    ("torbay_02.eml", "My TM Sarah Blight and I agree this needs to be looked at for level 4", "manager_agreed", True),
    ("torbay_03.eml", "confirming the threshold for level 3 is met", "manager_agreed", True),
    ("torbay_03.eml", "Mum has given her consent for level 3 Early Help", "consent", True),
    ("torbay_04.eml", "Mum has given her consent for the contact to MASH", "consent", True),
    ("torbay_04.eml", "and I agree the new information needs to be considered for a level 4", "manager_agreed", True),
    ("torbay_06.eml", "Mum has given consent for me to contact MASH", "consent", True),
    ("torbay_06.eml", "She doesn't agree that it meets the threshold for level 4 yet", "manager_agreed", False),
    ("herefordshire_01.eml", "I consent to my family receiving Early Help", "consent", True),
    ("herefordshire_03.eml", "knows I'm sending this", "manager_agreed", None),
    ("herefordshire_05.eml", "mum signed it at my visit on Friday", "consent", True),
    ("herefordshire_06.eml", "agreed to Early Help verbally", "consent", True),
    ("herefordshire_08.eml", "mum has declined to sign the consent form", "consent", False),
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
QUIET_EXPECTED = ["herefordshire_02.eml", "herefordshire_03.eml", "knowsley_02.eml", "knowsley_05.eml",
                  "richmond_wandsworth_02.eml", "richmond_wandsworth_05.eml", "torbay_02.eml"]
COUNTS_EXPECTED = {                   # file: (working days, plain weekdays) from the London date of `now`
    "knowsley_01.eml": (4, 5), "knowsley_03.eml": (4, 5), "knowsley_04.eml": (6, 7), "knowsley_05.eml": (5, 5)}
CROSSING_BH_EXPECTED = ["knowsley_01.eml", "knowsley_03.eml", "knowsley_04.eml"]
DECISIVE_EXPECTED = ["knowsley_01.eml", "knowsley_03.eml"]     # plain weekdays say ok, working days say not ok
QUIET, COUNTS = [], {}

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2088])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: the bank holidays in the window are %s, expected %s" % (inside, IN_WINDOW))
    easter = {d: pkg.get(d) for d in pkg if "Easter" in pkg.get(d) or "Good Friday" in pkg.get(d)}
    if easter != EASTER or not all(d < WINDOW[0].date() for d in easter):
        errors.append("set: Easter 2088 is %s, expected %s before the window" % (easter, EASTER))
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2088, 3) and BST_END.date() == last_sun(2088, 10)):
        errors.append("set: BST must start on the last Sunday of March 2088 and end on the last Sunday of October")
    d = WINDOW[0].date()
    while d <= WINDOW[1].date():
        noon = datetime(d.year, d.month, d.day, 12, tzinfo=LON)
        if noon.utcoffset() != timedelta(hours=1):
            errors.append("set: %s has offset %s, the window must be BST throughout" % (d, noon.utcoffset()))
        d += timedelta(days=1)
    # the window's ends, checked: a Monday in mid April after Easter week, a Friday in late July, neither a bank holiday
    if not (WINDOW[0].date() == BRIEF_START == date(2088, 4, 19) and BRIEF_START.weekday() == 0
            and WINDOW[1].date() == BRIEF_END == date(2088, 7, 23) and BRIEF_END.weekday() == 4
            and BRIEF_START not in BANK_HOLIDAYS and BRIEF_END not in BANK_HOLIDAYS
            and BRIEF_START - timedelta(days=7) == date(2088, 4, 12)):
        errors.append("set: the window must run from Monday 19 April to Friday 23 July 2088")
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
        if "| Rule: " not in lab["why"] or not re.search(r"\d{3}_[0-9a-f]{16}\.txt", lab["why"]):
            errors.append("%s: the why must name the rule (council and seed section)" % f)
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
    if {h for f in decisive for h in BANK_HOLIDAYS if _today(f) < h <= META[f]["meeting"]} != set(IN_WINDOW):
        errors.append("set: the decisive counts must cross May Day and the Spring Bank Holiday between them")
    if set(offsets) != {"+0100"}:
        errors.append("set: Date offsets %s (the window is BST throughout: all +0100)" % offsets)
    QUIET[:] = quiet
    COUNTS.clear(); COUNTS.update(counts)
    return errors

def run_checks():
    errors, tot = check()
    return errors + set_checks(), tot


# ----------------------------------------------------------------------------- the rule behind each label
SEEDS = {"richmond_wandsworth": "000_ad98922a9b2c3c54.txt", "tower_hamlets": "001_7484577aab521096.txt",
         "torbay": "002_682540a1ccf30a2a.txt", "herefordshire": "003_d813ace460bad8eb.txt",
         "knowsley": "004_ba08e3b9f619f49f.txt"}
COUNCIL = {"richmond_wandsworth": "Richmond & Wandsworth", "tower_hamlets": "Tower Hamlets", "torbay": "Torbay",
           "herefordshire": "Herefordshire", "knowsley": "Knowsley"}
STEP_RULES = {
    ("knowsley", "step_up"): "section 4 'Cases Stepping-Up from Family First 0-18 ... on a Planned Basis' and Appendix 1 "
                             "(form, TAF minutes, GCP2 / Engaging Families / Merseyside Exploitation Assessment, at "
                             "least 5 working days' notice, Team Manager agreement); REQUIREMENTS.md knowsley step_up",
    ("knowsley", "step_down"): "sections 2-3 'Cases Stepping Down ... at Levels 2 and 3' (date, time and venue; the three "
                               "Signs of Safety questions; level 2 lead practitioner; level 3 consent; 5 days' notice); "
                               "REQUIREMENTS.md knowsley step_down",
    ("richmond_wandsworth", "step_up"): "'Process to Step Up' (the Early Help Team Manager emails the MASH: Step Up box "
                                        "with the latest case summary and the rationale); REQUIREMENTS.md "
                                        "richmond_wandsworth step_up",
    ("richmond_wandsworth", "step_down"): "'Step Down to Early Help' and 'Process to Step Down' (consent; case "
                                          "discussion within 5 days, confirmed by email with the latest case summary "
                                          "and the draft plan); REQUIREMENTS.md richmond_wandsworth step_down",
    ("tower_hamlets", "step_up"): "'Step Up' and the MAST paragraph ('contact MAST ... followed up with a completed "
                                  "Multi-Agency Request for Support form'; management oversight); REQUIREMENTS.md "
                                  "tower_hamlets step_up",
    ("tower_hamlets", "step_down"): "'Definitions' and 'Stepping Down - From Child Protection/Child in Need' "
                                    "(assessment, TAF plan, consent, Lead Practitioner; TAF within 10 WD); "
                                    "REQUIREMENTS.md tower_hamlets step_down",
    ("torbay", "step_up"): "'Step up processes from level 3 to level 4', steps 1-2 (worker and team manager agree; "
                           "contact to MASH with parental consent); REQUIREMENTS.md torbay step_up",
    ("torbay", "step_down"): "'Step down process from Single Assessment Team', steps 1-4 (Single Assessment and the "
                             "manager's analysis, consent, triage slot within 5 WD; under-5s fortnightly); "
                             "REQUIREMENTS.md torbay step_down",
    ("herefordshire", "step_down"): "'New Early Help Assessment Step-Down' (written consent, a key person, the "
                                    "step-down plan within two weeks) and 'Roles and responsibilities'; "
                                    "REQUIREMENTS.md herefordshire step_down",
    ("herefordshire", "step_up"): "none: the seed defines no step-up (REQUIREMENTS: 'step_up is not defined by this "
                                  "seed'); REQUIREMENTS.md herefordshire step_up",
}
KIND_RULES = {"follow_up": "DESIGN 'kind': follow_up (a reply adding to an existing request) -> attach_to_request",
              "meeting_reply": "DESIGN 'kind': meeting_reply (an iTIP REPLY) -> record_reply",
              "auto_reply": "DESIGN 'kind': auto_reply (auto-submitted) -> ignore; safety rule 2",
              "other": "DESIGN 'kind': other (no step request) -> human_review"}
URGENT_RULE = {
    "knowsley": "'Safeguarding procedures would always override anything within this 7minute briefing' and 'Any "
                "immediate safeguarding concerns should be communicated to the Duty Social Work Team in the Multi "
                "Agency Safeguarding Hub (MASH)'",
    "richmond_wandsworth": "'Step up from Early Help' (immediate child protection concerns: the Early Help Manager "
                           "telephones the MASH)",
    "tower_hamlets": "'If there is an immediate child protection concern, contact MAST (0207 364 5606/5601 or out of "
                     "hours in an emergency only 0207 364 4079)'",
    "torbay": "'Step up processes from level 3 to level 4', step 1 ('as per safeguarding processes')",
    "herefordshire": "no urgent wording of its own; seeds README: 'Safeguarding always overrides the protocols'",
}

def rule_of(lab):
    a, e = lab["authority"], lab["expect"]
    k = e["kind"]
    out = "%s, seed %s" % (COUNCIL[a], SEEDS[a])
    if (a, k) in STEP_RULES:
        out += " " + STEP_RULES[(a, k)]
    else:
        out += "; " + KIND_RULES[k]
    if e["urgent"]:
        out += ("; urgent (alert_duty comes first in DESIGN's next_action order, whatever the kind): DESIGN safety "
                "rule 1 and seed %s %s" % (SEEDS[a], URGENT_RULE[a]))
    return out + "."

def add_rules():
    for lab in LABELS:
        if "| Rule: " not in lab["why"]:
            lab["why"] = lab["why"] + " | Rule: " + rule_of(lab)
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
    ("knowsley_03's notice labelled ok", lambda: _relabel("knowsley_03.eml", notice_ok=True, next_action="book_meeting"),
     "notice_ok True but 4 WD"),
    ("May Day dropped from the bank holidays", lambda: BANK_HOLIDAYS.discard(date(2088, 5, 3)), "bank holidays differ"),
    ("the Spring Bank Holiday dropped", lambda: BANK_HOLIDAYS.discard(date(2088, 5, 31)), "Knowsley notice counts are"),
    ("the Spring Bank Holiday moved to Tuesday 1 June", lambda: (BANK_HOLIDAYS.discard(date(2088, 5, 31)),
                                                                BANK_HOLIDAYS.add(date(2088, 6, 1))),
     "meeting on a weekend or bank holiday"),
    ("the window left ending on Tuesday 27 July", lambda: _set_window_end(date(2088, 7, 27)), "the window must run"),
    ("knowsley_04's Date given +0000", lambda: _shift_date("knowsley_04.eml", "Thu, 27 May 2088 10:30:44 +0100",
                                                           "Thu, 27 May 2088 10:30:44 +0000", 0, timedelta(0)),
     "Date offset should be +0100"),
    ("torbay_03's now given +0000", lambda: _relabel("torbay_03.eml", now="2088-06-14T10:34:26+00:00"),
     "now offset differs from the Date header's"),
    ("richmond_wandsworth_04 sent on the Spring Bank Holiday",
     lambda: _shift_date("richmond_wandsworth_04.eml", "Wed, 09 Jun 2088", "Mon, 31 May 2088", -9),
     "Date on a bank holiday"),
    ("knowsley_05 sent on a Saturday", lambda: _shift_date("knowsley_05.eml", "Wed, 16 Jun 2088", "Sat, 19 Jun 2088", 3),
     "Date on a weekend"),
    ("'danger' added to torbay_02's subject", lambda: _sub("torbay_02.eml", b"Subject: Contact to MASH - Tozer",
                                                          b"Subject: danger - Contact to MASH - Tozer"),
     "no alarm word are"),
    ("tower_hamlets_01 filed as a near miss", lambda: _relabel("tower_hamlets_01.eml", category="near_miss"),
     "urgent vs category"),
    ("herefordshire_03 sent to human review (undefined step-up)",
     lambda: _relabel("herefordshire_03.eml", next_action="human_review"), "next_action human_review != alert_duty"),
    ("herefordshire_03 given a missing list (undefined kind)",
     lambda: _relabel("herefordshire_03.eml", missing=["consent_form"]), "missing must be [] for this kind"),
    ("Ayesha labelled as the police wrote her", lambda: _exp("tower_hamlets_01.eml")["children"][0].update(name="KHAN Ayesha"),
     "no source record"),
    ("the CRIS number labelled as a case id", lambda: _relabel("tower_hamlets_01.eml", case_ids=["4417302"]),
     "the CRIS number is not a case id"),
    ("dad's refusal labelled null", lambda: _relabel("richmond_wandsworth_04.eml", consent=None),
     "'dad has said no to Early Help' means consent False"),
    ("the pending manager labelled as agreed", lambda: _relabel("tower_hamlets_06.eml", manager_agreed=True, missing=[],
                                                               next_action="book_meeting"),
     "signed it off yet\" means manager_agreed None, label True"),
    ("the declined consent form labelled as consent", lambda: _relabel("herefordshire_08.eml", consent=True),
     "'mum has declined to sign the consent form' means consent False"),
    ("the historic threat labelled domestic_abuse", lambda: _relabel("knowsley_04.eml",
                                                                     concerns=["domestic_abuse", "school_attendance"]),
     "no current DA"),
    ("the crossbow copied into richmond_wandsworth_05's subject", lambda: _sub("richmond_wandsworth_05.eml",
        b"Subject: Step up - Dunmore", b"Subject: Step up - Dunmore - crossbow"), "the crossbow only in the PDF"),
    ("the threat copied above the forward", lambda: _sub("tower_hamlets_02.eml", b"Step up for the Hossain family",
                                                         b"Step up for the Hossain family (he says he'll burn the house)"),
     "the threat only in the forwarded message"),
    ("a year after 2088 in a subject", lambda: _sub("knowsley_04.eml", b"Subject: Step down to level 2",
                                                    b"Subject: Step down (order to 2091) to level 2"),
     "year after 2088"),
    ("an 18-year-old labelled as a child", lambda: _exp("knowsley_04.eml")["children"][0].update(dob="2070-04-04"),
     "dob '04/04/2076' parses to 2076-04-04"),
    ("Auto-Submitted removed from the fire service's acknowledgement",
     lambda: _sub("torbay_08.eml", b"Auto-Submitted: auto-generated\r\n", b""), "auto_reply marked Auto-Submitted"),
    ("a level on a step-up", lambda: _relabel("torbay_04.eml", level=3), ": level"),
    ("a near miss relabelled ordinary", lambda: _relabel("herefordshire_01.eml", category="ordinary"),
     "category totals"),
    ("the Westlake children out of order", lambda: _exp("torbay_01.eml")["children"].reverse(),
     "children not in order of first full-name appearance"),
    ("a why without its rule", lambda: _lab("herefordshire_06.eml").update(why="no rule"), "the why must name the rule"),
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
           "concerns %s" % dict(Counter(c for e in ex for c in e["concerns"])),
           "missing %s" % dict(Counter(m for e in ex for m in e["missing"])),
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
    out.append("times %s" % sorted((datetime.fromisoformat(l["now"]).strftime("%a %H:%M"), l["file"]) for l in LABELS
                                   if not 9 <= datetime.fromisoformat(l["now"]).hour < 17))
    return "\n".join(out)

def main():
    for name, fn in sorted(globals().items()):
        if re.match(r"^(knowsley|richmond_wandsworth|tower_hamlets|torbay|herefordshire)_\d\d$", name):
            fn()
    add_rules()
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
