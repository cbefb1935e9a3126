#!/usr/bin/env python3
"""mixed45: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the summer term of 2064 (Monday 14 April - Friday 25 July 2064), in adolescents at risk outside the home:
contextual safeguarding, peer-on-peer abuse, knife crime, county lines and cuckooing, detached youth workers,
British Transport Police, A&E youth navigators, self-harm and suicidal thoughts, 16-17-year-olds presenting as
homeless and parents who have thrown a teenager out - alongside ordinary practitioners' requests.

Window: the summer term 2064. Easter fell before it (Good Friday 4 April, Easter Monday 7 April 2064); the term
starts on Monday 14 April and the window ends on Friday 25 July 2064. Inside it are the Early May bank holiday
(Monday 5 May) and the Spring Bank Holiday (Monday 26 May); two Knowsley notice counts are decided by them. British
Summer Time began at 01:00 UTC on Sunday 30 March 2064 and ends on Sunday 26 October 2064, so every Date is +0100.

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, Content-IDs and calendar UIDs
come from sha1 of the file name; zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py
(`--stats` prints the tallies). pypdf and python-docx are used only by the self-checks, to read the hand-built PDFs
and .docx files back; `holidays` is required and must agree with the script's bank-holiday list. The MIME, Word
HTML, PDF, .docx, iCalendar, out-of-office, NDR, quote-chain, working-day, readable-text and self-check helpers are
copied from /work/main/tests/data/mixed27/make_set.py and adapted. Every label was set by hand from the
specification; the self-checks only verify them against its rules and STOP on any error before anything is written.
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
    """Local (Europe/London) wall-clock time. The whole window (14 April - 25 July 2064) is British Summer Time
    (+0100): BST began at 01:00 UTC on Sunday 30 March 2064 and ends on Sunday 26 October 2064. The self-check
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
            zi = zipfile.ZipInfo(name, date_time=(2064, 4, 2, 0, 0, 0))
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
    f = "knowsley_01.eml"; when = "2064-06-11 09:12:44"
    body = T("""
Hi MASH / MASH business support,

Please find attached a step up request for Kieran McAllister (DOB 03/02/2050), EHM-118274.

The step up TAF is booked for Wednesday 18th June at 10.00am in Room 2, Kirkby One Stop Shop (Teams link in the invite for anyone who can't get there). I've sent the calendar invite to this inbox and to MASH business support, and invited the current TAF members - school, the YOT worker and the Youth Service.

Attached:
- FF Step Up request to CSC (Appendix 1)
- TAF minutes from 04/06/2064
- Merseyside Exploitation Assessment completed 02/06/2064

Brief summary: Kieran has been reported missing four times since the Easter holidays. On the last two occasions he was found by Lancashire Police in Blackpool, once in a flat with two adult males, with £340 cash and a second phone. He won't say how he got there or who paid for the train. The MACE scores him as significant for criminal exploitation and the NRM referral has gone in. Mum is doing everything she can - she's put a tracker on his phone and takes him to school herself - but we can't keep him safe at Level 3.

My TM, Paul Garside, agreed the step up in supervision yesterday (10/06) and has signed the form. Mum (Lisa) has agreed to the step up and knows the meeting is happening.

Kieran has been home every night since the 30th and is at school today.

Thanks,
Shannon

Shannon Twist
Family First Case Manager | Kirkby & Halewood Team | Knowsley Council
0151 496 0728 | 07700 900 314

""") + KDISC
    form = docx_att("FF Step Up request to CSC - McAllister.docx", appendix1([
        ("Case ID on EHM:", "EHM-118274"),
        ("Child:", "Kieran McAllister, 03/02/2050"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Wednesday 18/06/2064, 10:00, Kirkby One Stop Shop (Room 2) / Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "High - mum engages well. Kieran engages with his youth worker."),
        ("Recent TAF meeting minutes attached:", "Yes - 04/06/2064"),
        ("What are we worried about?", "Kieran has been missing four times since 22/04/2064, twice found in "
         "Blackpool with adult males, cash and a second phone. MACE: significant for criminal exploitation. NRM "
         "referral made 03/06/2064."),
        ("What is working well?", "Mum is protective and reports every missing episode straight away; Kieran has a "
         "good relationship with his youth worker; school attendance is 93%."),
        ("What next?", "Step up to CSC for a C&F assessment and a strategy discussion about exploitation; Family "
         "First stay involved until the assessment is completed."),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "Completed 02/06/2064 - attached."),
        ("Agreement by line manager:", "Agreed - Paul Garside, Team Manager, 10/06/2064"),
        ("Contingency plan (Smart and timely).", "If not agreed: weekly TAF, daily check-ins by the youth worker "
         "over the summer holidays, police to be told of every missing episode with the tracker location."),
    ]))
    minutes = docx_att("TAF minutes 04.06.2064 - McAllister.docx", [
        "# Team Around the Family - minutes", "Date: 04/06/2064, 15:30, Kirkby One Stop Shop",
        "Present: Lisa McAllister (mum), Shannon Twist (Family First, chair), Head of Year 9, YOT worker, "
        "youth worker",
        "Missing episodes reviewed (22/04, 09/05, 17/05, 29/05). Police: found in Blackpool on 17/05 and 29/05.",
        "Agreed: MACE completed; NRM referral; Shannon to discuss a step up with her team manager."])
    mace = pdf_att("Merseyside Exploitation Assessment - K McAllister.pdf", "Merseyside Exploitation Assessment (MACE)", [
        "Child: Kieran McAllister   DOB: 03/02/2050   EHM-118274",
        "Completed by: Shannon Twist (Family First) with the YOT worker, 02/06/2064",
        "Indicators present: repeat missing (4 episodes), found out of area, unexplained cash and second phone, "
        "older associates, reluctance to explain travel.",
        "Overall: SIGNIFICANT - criminal exploitation (county lines).",
        "Recommendation: step up to Children's Social Care; NRM referral (made 03/06/2064)."])
    top = outlook_top(f, addr("Twist, Shannon", "Shannon.Twist@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Kieran McAllister - EHM-118274 - TAF Wed 18/06 10am", when,
                      cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, minutes, mace], html_alt=True), "knowsley", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["EHM-118274"],
        [ch("Kieran McAllister", "2050-02-03", "03/02/2050")],
        ["exploitation", "missing"], True, True, [], True, "book_meeting",
        "Complete Knowsley step-up for county-lines exploitation (REQUIREMENTS knowsley step_up: form, EHM id, "
        "TM agreement, TAF minutes, meeting details, and the Merseyside Exploitation Assessment because the "
        "concern is exploitation - all attached, .docx and .pdf). 'Paul Garside, agreed the step up' -> "
        "manager_agreed true; 'Mum (Lisa) has agreed to the step up' -> consent true (not required). Notice: "
        "Wed 11 June -> TAF Wed 18 June 10:00 = exactly 5 working days (12, 13, 16, 17, 18) -> ok (at least 5 WD). "
        "exploitation + missing (four missing episodes); 'home every night since the 30th' keeps it from being "
        "an immediate risk.",
        meeting=date(2064, 6, 18), not_children=["Shannon Twist", "Paul Garside", "Lisa McAllister"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2064-04-17 11:06:31"
    body = T("""
To whoever is on duty at MASH,

I'm a detached youth worker with Streetwise Knowsley. I'm sat in my car outside 31 Tarn Close, Tower Hill (Kirkby) right now.

At 10.40 Tyler-James Rooney rang me from a number I didn't know. He was whispering. He says he's in the upstairs flat at 31, the lads in there have taken his phone and his trainers and told him he's not leaving till he's "paid back" what he lost on Tuesday. He said "they've got a blade, don't come in on your own".

Tyler-James is 15 (DOB 22/09/2048). His mum reported him missing on Tuesday night. The flat belongs to a man called Vinny who has learning difficulties - the lads moved in on him about a month ago and there are kids in and out at all hours. I've seen Tyler-James going in there twice this month.

I rang 101 at 10.45 (log 0417-118). They said they'd pass it on, but nobody has come and it's been twenty minutes. I'm not going in alone. I've tried his mum (Donna) but her phone is off.

Please can someone ring me - 07700 900 583. I'll stay here.

Jade Kinsella
Detached Youth Worker
Streetwise Knowsley (Kirkby & Tower Hill patch)
07700 900 583
""")
    top = plain_top(f, addr("Jade Kinsella", "jade.kinsella@streetwise-knowsley.example.org"),
                    addr("Knowsley MASH", KMASH), "Tyler-James Rooney - in a flat on Tarn Close now - please ring me",
                    when, "streetwise-knowsley.example.org", None)
    add(f, mail(f, top, body, crlf=False, cte="base64"), "knowsley", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Tyler-James Rooney", "2048-09-22", "22/09/2048")],
        ["exploitation", "missing"], None, None, [], None, "alert_duty",
        "A DETACHED YOUTH WORKER, PHONE MAIL (one base64 text/plain part, LF): a 15-year-old reported missing on "
        "Tuesday is held now in a cuckooed flat (a vulnerable adult's home taken over by 'the lads'), his phone and "
        "trainers taken, told he cannot leave till he has 'paid back' a debt, a blade in the flat; police only "
        "logged on 101. None of the alarm words anywhere. DESIGN safety rule 1: an immediate risk to a named child "
        "now -> urgent -> alert_duty. Not a step request from a lead professional -> other. Concerns: exploitation "
        "(debt bondage, cuckooing) and missing (reported missing Tuesday).",
        not_children=["Jade Kinsella"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2064-05-21 14:31:08"
    body = T("""
Hi Family First duty,

I'd like to step Aoife down to Family First at Level 3.

Child: Aoife O'Driscoll, DOB 11/11/2048
ICS ID 2284410

Joint home visit: Wednesday 28th May at 10am, at home - 7 Larch Road, Huyton, L36 9ZZ. Mum knows and is happy for the case manager to come.

Consent: mum and Aoife both signed the Family First consent form at the CIN review on 20/05/2064.

What are we worried about?
Aoife's attendance has dropped to 81% since January and she is missing mostly Mondays and Fridays. Mum has depression and on bad weeks doesn't get up before Aoife leaves, so nobody checks she has gone in.

What is working well?
The CSE concerns that brought us in last year have not come back: the exploitation panel closed Aoife in March and she has blocked the older lads. She has a good relationship with the school nurse and goes to the girls' group at the youth centre on Thursdays. Mum has started seeing her GP again.

What needs to happen?
A Family First case manager to run a TAF with school, the youth centre and mum's GP; a morning plan for attendance; carer's support for mum.

Any problems let me know.

Dominika

Dominika Zielińska
Social Worker | Child in Need Team (Huyton) | Knowsley Council
0151 496 0465

""") + KDISC
    top = outlook_top(f, addr("Zielińska, Dominika", "Dominika.Zielinska@" + KDOM),
                      addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to FF Level 3 - O'Driscoll - JHV Weds 28th May", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["2284410"],
        [ch("Aoife O'Driscoll", "2048-11-11", "11/11/2048")],
        ["parental_mental_health", "school_attendance"], True, None, [], False, "request_info",
        "Knowsley Level 3 step-down (REQUIREMENTS: meeting_details, worries_strengths_next, consent): the joint home "
        "visit has date, time and venue, all three Signs of Safety headings are answered, consent 'both signed the "
        "Family First consent form' -> true; 'ICS ID 2284410' -> the bare number (DESIGN: a label is not part of "
        "the id). NOTICE ACROSS THE SPRING BANK HOLIDAY, DECISIVE: Wed 21 May -> Wed 28 May is 5 plain weekdays but "
        "Mon 26 May is a bank holiday, so 4 working days < 5 -> notice not ok -> request_info. Concerns: attendance "
        "81% -> school_attendance; mum's depression -> parental_mental_health; the CSE concerns are closed (not "
        "labelled). Accented sender name (RFC 2047).",
        meeting=date(2064, 5, 28), not_children=["Dominika Zielińska"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2064-04-30 10:22:15"
    body = T("""
Hi all,

Step up request for Reuben Ashworth-Bell (DOB 14/03/2048), EHM-117903.

The step up TAF is on Wednesday 7th May at 1.30pm at Huyton Family Hub - invite sent to the MASH inbox and MASH business support, and dad, college and the YOT have been invited.

I want to be clear about the knife incident because it's in the TAF minutes and people will ask. In February Reuben was robbed at knifepoint at Huyton bus station by two older lads. He wasn't hurt. Merseyside Police dealt with it, he gave a statement and both lads were charged and are on remand. There is no suggestion Reuben carries a knife himself - police searched his room in March with dad's agreement and found nothing - and the MACE we did in March scored low, with no exploitation concerns. He says he feels safe now and goes to college on the bus again.

That isn't why we're stepping up. The reason is non-engagement: dad has cancelled or not been in for five of the last seven home visits, hasn't come to two TAFs, and has refused the parenting course twice. Reuben's college attendance is 62% and they are talking about withdrawing him from his course. I've used the Engaging Families Toolkit (attached) - it scores dad's engagement as low and sets out everything we've tried (different times, visits at his work, his sister as a go-between).

My team manager, Joanne Halsall, has agreed the step up - it's on the form.

Form, TAF minutes and the toolkit attached.

Carl

Carl Jennings
Family First Case Manager | Huyton Team | Knowsley Council
0151 496 0372

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Ashworth-Bell.docx", appendix1([
        ("Case ID on EHM:", "EHM-117903"),
        ("Child:", "Reuben Ashworth-Bell, 14/03/2048"),
        ("Date of step up TAF meeting:", "Wednesday 07/05/2064, 13:30, Huyton Family Hub"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Low - Engaging Families Toolkit completed 24/04/2064 (attached)"),
        ("Recent TAF meeting minutes attached:", "Yes - 23/04/2064"),
        ("What are we worried about?", "Dad is not engaging (5 of 7 visits missed, 2 TAFs missed, parenting "
         "course refused). Reuben's college attendance is 62%."),
        ("Past Harm", "Robbed at knifepoint 02/2064 (victim; offenders charged and remanded)."),
        ("What is working well?", "Reuben is honest with his worker and wants to stay on his course."),
        ("What next?", "Step up for a C&F assessment."),
        ("Agreement by line manager:", "Agreed - Joanne Halsall, Team Manager, 29/04/2064"),
    ]))
    minutes = docx_att("TAF minutes 23.04.2064 - Ashworth-Bell.docx", [
        "# TAF minutes", "23/04/2064 - Huyton Family Hub", "Dad did not attend (second TAF missed).",
        "College: attendance 62%; at risk of withdrawal from the course.",
        "Knife robbery in February noted (Reuben the victim; offenders remanded). No current concerns raised by police.",
        "Agreed: Carl to complete the Engaging Families Toolkit and discuss a step up with his manager."])
    toolkit = pdf_att("Engaging Families Toolkit - Ashworth-Bell.pdf", "Engaging Families Toolkit", [
        "Signs of Well-being Family Engagement Risk Assessment Tool",
        "Family: Ashworth-Bell   EHM-117903   Completed 24/04/2064 by Carl Jennings",
        "Engagement level: LOW.",
        "Tried: evening visits, a visit at dad's work, aunt as go-between, texts before each visit.",
        "Outcome: dad missed 5 of 7 visits and 2 TAFs; parenting course refused twice."])
    top = outlook_top(f, addr("Jennings, Carl", "Carl.Jennings@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Ashworth-Bell - EHM-117903 - TAF Weds 7th May 1.30", when,
                      cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, minutes, toolkit], html_alt=True), "knowsley", "mash_step_up", when, 2,
        "near_miss", "step_up", False, None, ["EHM-117903"],
        [ch("Reuben Ashworth-Bell", "2048-03-14", "14/03/2048")],
        ["non_engagement", "school_attendance"], None, True, [], False, "request_info",
        "NEAR MISS: knife words throughout ('robbed at knifepoint', 'carries a knife', MACE, exploitation) but all "
        "past or negated - Reuben was the victim in February, the offenders are on remand, a search found nothing, "
        "'no exploitation concerns' -> not urgent and no exploitation concern (so no exploitation assessment is "
        "required). The step-up is for non-engagement, and the Engaging Families Toolkit is attached as REQUIREMENTS "
        "asks (knowsley: engaging_families when non_engagement); form, minutes, EHM id and TM agreement ('Joanne "
        "Halsall, has agreed the step up') present. NOTICE ACROSS THE EARLY MAY BANK HOLIDAY, DECISIVE: Wed 30 April "
        "-> Wed 7 May is 5 plain weekdays but Mon 5 May is a bank holiday -> 4 WD < 5 -> request_info. Concerns: "
        "non_engagement; college attendance 62% -> school_attendance. Consent not mentioned -> null.",
        meeting=date(2064, 5, 7), not_children=["Carl Jennings", "Joanne Halsall"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2064-06-13 08:47:12"
    data = itip_reply(f, when, "Aled Pryce", "aled.pryce@" + KDOM,
                      ("Knowsley MASH", KMASH), "ACCEPTED",
                      "Step up TAF - McAllister - EHM-118274", "20640618T100000", "20640618T113000",
                      "Kirkby One Stop Shop, Room 2 / Microsoft Teams",
                      comment="I'll chair. Could MASH business support bring the group supervision template?")
    add(f, data, "knowsley", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, ["EHM-118274"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY (multipart/alternative with text/calendar method=REPLY, PARTSTAT=ACCEPTED) from the MASH "
        "social worker, who chairs, to the invitation the MASH inbox sent the council's attendees for knowsley_01's "
        "step-up TAF, with a COMMENT. meeting_reply -> record_reply; the case id comes from the SUMMARY; the surname alone names no "
        "child.")

def knowsley_06():
    f = "knowsley_06.eml"; when = "2064-06-19 16:21:40"
    ack = ack_text("step-up", "SB-knowsley-418", [
        "Case: EHM-119002", "Children: Jordan Mensah-Doyle (16/08/2048)",
        "Step-up TAF meeting: Wednesday 25 June 2064, 10:00 (Huyton Family Hub)"], [])
    body = T("""
Update on Jordan since I sent the step up on Monday.

He didn't come home last night. Mum has just forwarded me a video one of the older lads he's been running for posted on Snapchat about an hour ago - Jordan and two others in the back of a car, one of them holding a big blade up to the camera, with "stockbridge tonight" written across it.

Mum rang the police at 3.30 (log 512 of today) but Jordan isn't answering his phone to anyone and his location's turned off. His friends are saying something is planned for tonight at the shops on Stockbridge Lane.

I'm going round to mum's now. My mobile is 07700 900 266.

Siobhan

Siobhan Burke
Family First Case Manager | Halewood Team | Knowsley Council
""") + quote_chain([
        ("Knowsley MASH <knowsleymash@knowsley.gov.uk>", "16 June 2064 11:02", "Burke, Siobhan <Siobhan.Burke@knowsley.gov.uk>",
         "[SB-knowsley-418] Step-up request received - EHM-119002", ack, None)])
    top = outlook_top(f, addr("Burke, Siobhan", "Siobhan.Burke@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: [SB-knowsley-418] Step-up request received - EHM-119002", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 3,
        "urgent", "follow_up", True, None, ["EHM-119002"],
        [ch("Jordan Mensah-Doyle", "2048-08-16", "16/08/2048")],
        ["exploitation", "missing", "physical_harm"], None, None, [], None, "alert_duty",
        "A FOLLOW-UP TO [SB-knowsley-418] THAT IS AN IMMEDIATE RISK, WITH NO ALARM WORD: a 15-year-old out all "
        "night, a video an hour old of him in a car with a blade held up and 'stockbridge tonight', location off, "
        "something 'planned for tonight'. DESIGN: urgent whatever the kind, so alert_duty comes before "
        "attach_to_request. The child and DOB come from the quoted acknowledgement. Concerns: exploitation (the "
        "older lads he has been 'running for'), missing (did not come home), physical_harm (a planned knife fight "
        "tonight).",
        not_children=["Siobhan Burke"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2064-06-03 12:00:52"
    body = T("""
Dear colleagues,

Knowsley Safeguarding Partnership is running a half-day session for Family First, social work and youth service staff:

CONTEXTUAL SAFEGUARDING - PEER GROUPS, PLACES AND SPACES
Tuesday 24 June 2064, 09:30 - 12:30, Huyton Suite, Municipal Buildings (also on Teams)

Please accept this invitation to hold a place. The session will use three case studies. They are composites written for training and are not about any real child or family - please do not share them outside the session.

Case study 1 - "Jay", 14. Found by police at 2am in a trap house in Southport, two hours from home, with £500 and a burner phone. His mum says he has been going missing at weekends. He tells the officer he'll be stabbed if he doesn't go back tonight. What are the immediate risks? Who do you call, and in what order?

Case study 2 - "Mia", 15. A video of her is being shared around her year group; the boys who took it say they will post it publicly unless she meets them after school. She tells a teaching assistant she'd rather be dead. Is this peer-on-peer abuse? What does the school do today?

Case study 3 - a park. Three stabbings within 400 metres of one youth club in a year. Which children are at risk, and whose job is the place?

Trainer: Dr Lorraine Okeke, Contextual Safeguarding practitioner.

Kind regards,
Learning and Development
Knowsley Safeguarding Partnership
""")
    cal = ics("REQUEST", f, dt(when), "20640624T093000", "20640624T123000",
              "Contextual safeguarding - peer groups, places and spaces (KSP training)",
              "Huyton Suite, Municipal Buildings / Microsoft Teams",
              "Half-day training. Case studies are fictional composites for training only.",
              ("KSP Learning and Development", "ksp.training@" + KDOM),
              [("Family First 0-18 Duty Mailbox", KFF, "OPT-PARTICIPANT", "NEEDS-ACTION")])
    top = outlook_top(f, addr("KSP Learning and Development", "ksp.training@" + KDOM),
                      addr("Family First 0-18 Duty Mailbox", KFF),
                      "Contextual safeguarding - peer groups, places and spaces (KSP training)", when,
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    add(f, itip_request_mail(f, top, body, cal), "knowsley", "early_help_duty", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a partnership TRAINING INVITATION (an iTIP REQUEST, not a REPLY, so not a meeting_reply) whose "
        "case studies are full of risk words ('stabbed if he doesn't go back tonight', 'immediate risks', 'she'd "
        "rather be dead', 'at risk') but are 'composites written for training ... not about any real child'. DESIGN "
        "rule 1: bulletins that list examples must not trigger -> not urgent. No request -> other -> human_review. "
        "'Jay' and 'Mia' are first names only in quotes -> no children.",
        not_children=["Lorraine Okeke"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2064-07-08 15:10:27"
    body = T("""
Afternoon,

Level 2 step down for Kacper Nowicki (DOB 30/04/2048), ICS-2290117.

Final CIN meeting: Tuesday 15 July 2064 at 10.00am, Kirkby Youth Centre, Cherryfield Drive (small meeting room).

Lead practitioner at Level 2 will be Dean Harper, Youth Worker, Knowsley Youth Service (Kirkby Youth Centre) - dean.harper@knowsley.gov.uk / 0151 496 0832. Dean has known Kacper for two years and is happy to take it on.

What are we worried about?
Kacper's college attendance is 84% and he has nothing in place for the summer. He is bored at home and rows with his dad about it.

What needs to happen?
Dean to lead a TAF from September with college; a summer programme place at the youth centre (Dean has one held for him); dad to be offered the parenting teens course.

Thanks
Gemma

Gemma Lyon
Social Worker | Child in Need Team (Kirkby) | Knowsley Council
0151 496 0611

""") + KDISC
    top = outlook_top(f, addr("Lyon, Gemma", "Gemma.Lyon@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "L2 step down - Kacper Nowicki - final CIN 15/07 10am", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 2, ["ICS-2290117"],
        [ch("Kacper Nowicki", "2048-04-30", "30/04/2048")],
        ["school_attendance"], None, None, ["worries_strengths_next"], True, "request_info",
        "Knowsley Level 2 step-down (REQUIREMENTS level 2: meeting_details, worries_strengths_next, "
        "lead_practitioner): date, time and venue of the final CIN given; lead practitioner named with his agency "
        "(Knowsley Youth Service). Only two of the three Signs of Safety headings are answered - 'What is working "
        "well?' is absent -> worries_strengths_next missing -> request_info. Notice: Tue 8 July -> Tue 15 July = "
        "exactly 5 WD -> ok. Consent not mentioned -> null (not required at level 2). College attendance 84% -> "
        "school_attendance.",
        meeting=date(2064, 7, 15), not_children=["Gemma Lyon", "Dean Harper"])


# ============================================================================= RICHMOND & WANDSWORTH
RMASH = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
REH = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2064-04-22 10:41:19"
    body = T("""
Dear MASH colleagues,

Following a reflective discussion with Tom Ferreira (Early Help Practitioner) yesterday, I agree that Ezra now needs to step up to Children's Services and I am sending the request as his Early Help Team Manager.

Child: Ezra Kowalczyk-Hughes, DOB 05/10/2049 (14)
Mosaic ID 4410923
Address: Roehampton (SW15)

The latest case summary is attached.

Rationale for step up
Since February Ezra has been reported missing three times overnight; each time he came back the next morning and would not say where he had been. In March police stopped him in Battersea with two older young men and he had £600 in cash and two phones. He has new trainers and a jacket mum did not buy. School have seen him being collected at the gates by a car they don't recognise. Tom has tried direct work, a youth mentor and a TAF with school and the youth offending prevention team since January, and the pattern is getting worse, not better. We think Ezra is being criminally exploited and a statutory assessment is needed.

Mum is aware of the step up and has agreed to it. Ezra is at home tonight with mum and there is no concern that needs a same-day response.

Kind regards,

Harriet Ogunbiyi
Early Help Team Manager (Wandsworth West)
Richmond and Wandsworth Councils
020 7946 0774

""") + RDISC
    summary = pdf_att("Case summary - E Kowalczyk-Hughes - April 2064.pdf", "Early Help case summary", [
        "Child: Ezra Kowalczyk-Hughes   DOB: 05/10/2049   Mosaic ID 4410923",
        "Lead practitioner: Tom Ferreira, Early Help Practitioner (since 12/01/2064)",
        "Family: mum (Agnieszka), Ezra; older sister at university.",
        "Early Help plan: youth mentor; TAF with school and the youth offending prevention team; direct work on "
        "healthy relationships and peer pressure.",
        "Missing episodes: 14/02/2064, 09/03/2064, 30/03/2064 (all returned next morning).",
        "Police stop 21/03/2064 (Battersea): cash and two phones.",
        "Attendance: 91%."])
    top = outlook_top(f, addr("Ogunbiyi, Harriet", "Harriet.Ogunbiyi@" + RDOM), addr("MASH Step Up", RMASH),
                      "Step up - Ezra Kowalczyk-Hughes - Mosaic 4410923", when,
                      cc=addr("Ferreira, Tom", "Tom.Ferreira@" + RDOM))
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["4410923"],
        [ch("Ezra Kowalczyk-Hughes", "2049-10-05", "05/10/2049")],
        ["exploitation", "missing"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up, sent by the Early Help Team Manager as the seed asks (000: 'the "
        "Early Help Team Manager will email the MASH: Step Up email ... with the latest case summary and the "
        "rationale'): case summary attached (.pdf), rationale pasted under its own heading -> nothing missing -> "
        "book_meeting (MASH business support invite within 1 WD; no notice period). 'I agree that Ezra now needs "
        "to step up' from the TM -> manager_agreed true; 'Mum ... has agreed to it' -> consent true. 'Mosaic ID "
        "4410923' -> the bare number. exploitation + missing; 'no concern that needs a same-day response' -> not "
        "urgent.",
        not_children=["Tom Ferreira", "Harriet Ogunbiyi"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2064-04-28 07:52:06"
    body = T("""
Good morning,

I couldn't find a separate address for the Wandsworth MASH out of hours, so I'm sending this here as well as phoning.

At 01:40 this morning two of our officers at Clapham Junction spoke to a girl on platform 10 who gave her name as Lily-Mae Fenwick and her date of birth as 02/06/2049, so she's 14. She was with a white man, about 35, shaved head, grey tracksuit, who said he was her uncle and that they were "going back to his". She had clearly been drinking. Before the officers could check her details they were called to a disorder on platform 14, and when they got back the two of them had gone.

Lily-Mae's mum reported her missing to the Met at 05:30 (she'd gone out at 9 last night saying she was staying at a friend's). The Met have no address for the man. We've just found CCTV of them getting off a train at Reading at 06:12 and walking out of the station together towards the town centre. She hasn't been seen since.

Thames Valley Police have been told. Mum says there is no uncle.

I'm on until 3pm on 07700 900 471.

PC 4417 Daniel Achterberg
British Transport Police | Vulnerability and Safeguarding Hub (London South)
""")
    top = plain_top(f, addr("Achterberg, Daniel", "daniel.achterberg@btp.example.police.uk"),
                    addr("MASH Step Up", RMASH), "Lily-Mae Fenwick (14) - Clapham Junction 01:40 - now Reading",
                    when, "btp.example.police.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "urgent", "other", True, None, [],
        [ch("Lily-Mae Fenwick", "2049-06-02", "02/06/2049")],
        ["exploitation", "missing"], None, None, [], None, "alert_duty",
        "BRITISH TRANSPORT POLICE, 07:52: a 14-year-old reported missing, seen drunk at Clapham Junction at 01:40 "
        "with an unrelated man of about 35 ('says he was her uncle' - 'there is no uncle'), now on CCTV leaving "
        "Reading station with him and not seen since. An immediate risk to a named child now -> urgent -> "
        "alert_duty (before office hours: the out-of-hours service). The only alarm word is in the officer's unit "
        "name ('Vulnerability and Safeguarding Hub'). Not a step request -> other. Concerns: missing; exploitation "
        "(a child with an unknown adult male, drink, 'going back to his').",
        not_children=["Daniel Achterberg"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2064-05-16 13:16:50"
    body = T("""
Hi Early Help Duty,

Following my call with Jasper this morning, confirming the step down case discussion for Tomás Herrera-Quinn on Wednesday 21st May at 2pm (Teams). My team manager, Aisha Rahman, will join and agrees with the step down.

Child: Tomás Herrera-Quinn, DOB 19/01/2048
Mosaic 4387112

Attached: latest case summary and the draft Early Help plan.

Some background, as the history will jump out at whoever picks this up. Tomás was stabbed in the thigh outside Putney bus garage in August last year. The two young men responsible were convicted in January. He was then open to the MACE panel because of the group he'd been hanging around with, but the panel closed his case in March with no current exploitation concerns, and he has not been missing since October. He is doing a sports course at college, plays for a Sunday league team and says he feels safe.

What's left is mum's anxiety since the stabbing - she checks on him constantly and it causes rows. She's seeing her GP and is on the waiting list for Talking Therapies. Early Help can support them with that.

Tomás and his mum both consented to Early Help at the CIN review on 13/05/2064.

Thanks,
Joel

Joel Mbeki
Social Worker | Adolescent Team (Wandsworth)
Richmond and Wandsworth Councils | 020 7946 0612

""") + RDISC
    summary = pdf_att("Case summary - T Herrera-Quinn.pdf", "Case summary (CIN)", [
        "Child: Tomás Herrera-Quinn   DOB 19/01/2048   Mosaic 4387112",
        "08/2063 victim of a stabbing (Putney); offenders convicted 01/2064.",
        "MACE panel: open 09/2063, closed 03/2064 - no current exploitation concerns.",
        "No missing episodes since 10/2063. College attendance 94%.",
        "Current: mother's anxiety; family conflict about supervision."])
    plan = docx_att("Draft Early Help plan - Herrera-Quinn.docx", [
        "# Draft Early Help plan", "Family: Herrera-Quinn",
        "1. Family support worker: weekly sessions with mum on anxiety and letting go (6 weeks).",
        "2. Tomás: youth mentor through college; Sunday league coach as a trusted adult.",
        "3. Mum: GP review; Talking Therapies (waiting list).",
        "Review: 4 weeks after handover."])
    top = outlook_top(f, addr("Mbeki, Joel", "Joel.Mbeki@" + RDOM), addr("Early Help Duty", REH),
                      "Step down case discussion - Herrera-Quinn - Weds 21/05 2pm", when,
                      cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    add(f, mail(f, top, body, [summary, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 3,
        "near_miss", "step_down", False, None, ["4387112"],
        [ch("Tomás Herrera-Quinn", "2048-01-19", "19/01/2048")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "NEAR MISS: 'stabbed', 'convicted', 'MACE', 'exploitation', 'missing' - all history (August 2063, closed in "
        "March, not missing since October) or negated ('no current exploitation concerns') -> not urgent, and none "
        "of them is a current concern. Complete Richmond & Wandsworth step-down (REQUIREMENTS: case_summary, "
        "draft_plan, consent): summary .pdf, plan .docx, 'both consented to Early Help' -> true; 'agrees with the "
        "step down' -> manager_agreed true; case discussion agreed for Wed 21 May, within 5 days of the contact -> "
        "book_meeting. Only current concern: mum's anxiety -> parental_mental_health. 'Tomás' with an accent.",
        not_children=["Joel Mbeki", "Aisha Rahman"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2064-06-05 15:46:33"
    body = T("""
Hi,

I'd like to step Rosie-Leigh Adebayo down to Early Help. I've spoken to the duty manager and we're looking at a case discussion next Wednesday (11th) - I'll confirm the time.

Rosie-Leigh Adebayo, DOB 08/12/2049, Mosaic 4459870

Case summary
Rosie-Leigh was referred in January after she told a teacher she had been cutting her arms. The C&F assessment found a loving home and no safeguarding concerns at home; the self-harm was linked to friendship fall-outs and a group chat at school. CAMHS have seen her fortnightly since February; she hasn't self-harmed since March and has a safety plan she uses. The remaining worry is school - her attendance is 76% and she avoids PE and lunchtimes. Dad works nights and mum works two jobs, so nobody is always around in the mornings.

Draft Early Help plan attached.

I haven't been able to talk to mum about Early Help yet - I'm seeing her on Monday and will ask her then whether she's happy for it to go ahead.

Thanks
Priyanka

Priyanka Dhillon
Social Worker | Children in Need (Richmond)
Richmond and Wandsworth Councils | 020 7946 0583

""") + RDISC
    plan = docx_att("EH plan draft - Rosie-Leigh Adebayo.docx", [
        "# Early Help plan (draft)", "Child: Rosie-Leigh Adebayo (08/12/2049)",
        "Attendance: school to offer a quiet space at lunch and a phased return to PE.",
        "Emotional wellbeing: CAMHS to continue until July, then school counsellor.",
        "Family: morning routine plan with parents; family support worker for 8 weeks."])
    top = outlook_top(f, addr("Dhillon, Priyanka", "Priyanka.Dhillon@" + RDOM), addr("Early Help Duty", REH),
                      "Step down - Rosie-Leigh Adebayo", when)
    add(f, mail(f, top, body, [plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["4459870"],
        [ch("Rosie-Leigh Adebayo", "2049-12-08", "08/12/2049")],
        ["school_attendance"], None, None, ["consent"], None, "request_info",
        "Richmond & Wandsworth step-down: case summary pasted under its own 'Case summary' heading and draft plan "
        "attached (.docx), but consent is still to be asked ('will ask her then') -> consent null -> missing "
        "['consent'] -> request_info. Past self-harm under CAMHS with a safety plan is not an immediate risk; the "
        "contract has no concern id for a young person's self-harm. Attendance 76% -> school_attendance. The "
        "discussion 'next Wednesday (11th)' is within the seed's 5 days; no notice field for this kind.",
        not_children=["Priyanka Dhillon"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2064-06-24 09:36:12"
    body = T("""
MASH colleagues,

I am sending this step up as Early Help Team Manager for Isaac Oyelowo-Grant. Please read it this morning.

Children:
Isaac Oyelowo-Grant, DOB 27/07/2049 (14)
Joshua Oyelowo-Grant, DOB 03/03/2055 (9)
Mosaic 4452301

Case summary attached.

Rationale for step up
Sadia Karim (Early Help Practitioner) has worked with the family since March because Isaac had been seen with older young men on the Alton estate and had come home with cash and a new phone.

At 8.15 this morning mum rang Sadia in tears. Last night at about 11pm three young men came to the flat. One had a machete. They asked for Isaac by name, said he "owes" them for a package he lost, kicked the door and said they would be back tonight "for him or the little one". Isaac is refusing to come out of his bedroom. Mum has not called the police because she is frightened of what the men will do if she does. She has no family in London and nowhere to take the boys tonight.

Sadia and I discussed this at 8.45 and agree it has to come to you now rather than wait. Mum has agreed to the step up and to us sharing this with you.

Sadia is on 07700 900 339; I'm on 020 7946 0774.

Harriet Ogunbiyi
Early Help Team Manager (Wandsworth West)
Richmond and Wandsworth Councils

""") + RDISC
    summary = pdf_att("Case summary - Oyelowo-Grant.pdf", "Early Help case summary", [
        "Children: Isaac Oyelowo-Grant (27/07/2049), Joshua Oyelowo-Grant (03/03/2055)   Mosaic 4452301",
        "Lead practitioner: Sadia Karim (Early Help), since 04/03/2064.",
        "Isaac seen with older young men on the Alton estate; unexplained cash and a new phone.",
        "Plan: mentoring, school inclusion worker, mum's parenting support.",
        "Mum engages well. Attendance: Isaac 88%, Joshua 97%."])
    top = outlook_top(f, addr("Ogunbiyi, Harriet", "Harriet.Ogunbiyi@" + RDOM), addr("MASH Step Up", RMASH),
                      "Step up - Oyelowo-Grant - Mosaic 4452301 - please read this morning", when,
                      cc=addr("Karim, Sadia", "Sadia.Karim@" + RDOM))
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["4452301"],
        [ch("Isaac Oyelowo-Grant", "2049-07-27", "27/07/2049"), ch("Joshua Oyelowo-Grant", "2055-03-03", "03/03/2055")],
        ["exploitation", "physical_harm"], True, True, [], None, "alert_duty",
        "A STEP-UP THAT DESCRIBES AN IMMEDIATE RISK WITHOUT ANY ALARM WORD: men with a machete came for a 14-year-old "
        "over a drugs debt last night and said they would be back 'tonight' for him 'or the little one'; mum has "
        "not called police and has nowhere to go. The seed routes immediate child-protection concerns to a "
        "phone call, and DESIGN rule 1 says alert whatever the kind -> urgent -> alert_duty. Otherwise complete "
        "(case summary .pdf, rationale heading; sender is the EH TM; 'agree it has to come to you'; 'Mum has "
        "agreed to the step up' -> consent true). Concerns: exploitation (debt for a lost package), physical_harm "
        "(threats with a machete).",
        not_children=["Sadia Karim", "Harriet Ogunbiyi"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2064-07-11 17:31:04"
    data = ooo(f, when, "Obi, Nkechi", "Nkechi.Obi@" + RDOM, addr("MASH Step Up", RMASH),
               "[SB-richmond_wandsworth-377] Step-up case discussion invitation - Tuesday 15 July 10:00",
               T("""
Thank you for your email. I am on annual leave until Monday 21 July and am not checking my emails.

If you have an immediate safeguarding concern about a young person - for example a young person who is missing, at risk of criminal or sexual exploitation or county lines, or who has been injured or threatened with a knife - please do not wait for my return: ring the MASH on 020 7946 0321 or, out of hours, the Emergency Duty Team on 020 7946 0999. If a child is in immediate danger call 999.

For anything else about the Adolescent Safety Team please contact my manager, Keziah Bloom.

Nkechi Obi
Senior Practitioner | Adolescent Safety Team
Richmond and Wandsworth Councils
"""))
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 2,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "NEAR MISS: an Outlook OUT-OF-OFFICE (Auto-Submitted: auto-replied, X-Auto-Response-Suppress, 'Automatic "
        "reply:') to stepbot's [SB-richmond_wandsworth-377] invitation, whose boilerplate lists examples of "
        "immediate risk (missing, exploitation, county lines, knife, 'immediate danger call 999') about no child. "
        "DESIGN rule 2: auto-replies are never answered -> auto_reply -> ignore; rule 1: examples do not trigger.",
        not_children=["Nkechi Obi", "Keziah Bloom"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2064-06-02 12:03:29"
    ack = ack_text("step-up", "SB-richmond_wandsworth-352", [
        "Case: Mosaic 4471185", "Children: Nia Campbell-Osei (14/02/2049)"],
        ["the rationale for the plan to step up"])
    body = T("""
Apologies - the rationale was in a draft I didn't attach. Here it is.

Rationale for step up
Since April Nia has spent nights away from home at an address in Tooting where older males (18-25) live. She has been reported missing twice (12/04 and 23/05) and was found at that address by police both times. She has a new iPhone and clothes she can't explain and has started missing Fridays at school. Her Early Help worker has done direct work on healthy relationships and a safety plan with mum, but Nia says the men are "her friends" and she will keep going. We are worried she is being sexually exploited and that Early Help can't manage this on our own.

Harriet

Harriet Ogunbiyi
Early Help Team Manager (Wandsworth West)
Richmond and Wandsworth Councils
""") + quote_chain([
        ("MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk>", "30 May 2064 16:20",
         "Ogunbiyi, Harriet <Harriet.Ogunbiyi@richmondandwandsworth.gov.uk>",
         "[SB-richmond_wandsworth-352] Step-up request received - Campbell-Osei", ack, None)])
    top = outlook_top(f, addr("Ogunbiyi, Harriet", "Harriet.Ogunbiyi@" + RDOM), addr("MASH Step Up", RMASH),
                      "RE: [SB-richmond_wandsworth-352] Step-up request received - Campbell-Osei", when)
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 2,
        "ordinary", "follow_up", False, None, ["4471185"],
        [ch("Nia Campbell-Osei", "2049-02-14", "14/02/2049")],
        ["exploitation", "missing", "school_attendance"], None, None, [], None, "attach_to_request",
        "Follow-up to [SB-richmond_wandsworth-352] supplying the missing rationale under its heading -> "
        "attach_to_request (follow-ups have no requirements, missing []). The child, DOB and 'Mosaic 4471185' (bare "
        "number) come from the quoted acknowledgement. Concerns from the rationale: sexual exploitation by older "
        "males -> exploitation; two missing episodes -> missing; missing Fridays -> school_attendance. Nothing "
        "happening now (a pattern over weeks, no episode today) -> not urgent.",
        not_children=["Harriet Ogunbiyi"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2064-07-09 11:25:47"
    body = T("""
Hello MASH,

For information only - no referral is being made. Under the ED youth navigator information-sharing agreement we let MASH know when a young person known to Early Help attends ED.

Name: Callum MacLeod
DOB: 11/04/2049 (15)
Attended: 22:10 Tuesday 8 July, by ambulance, with a friend
Presenting: fell from an e-scooter on Upper Richmond Road; fractured left wrist, grazes

Navigator screening (completed with Callum at 23:30):
- Knife or sharp-object injury: No
- Assault: No - Callum and his friend both say he hit a kerb; the ambulance crew saw the scooter and the kerb
- Exploitation indicators: None identified
- Self-harm / suicidal thoughts: Denied; no history
- Substances: None
- Risk outcome: LOW

Callum went home with his dad at 01:30 with a follow-up at fracture clinic next week. He was happy for me to let his Early Help worker know about the e-scooter (it was borrowed) and I've done that.

Best wishes,

Bea Lindqvist
Youth Navigator, Emergency Department
St Anselm's Hospital, Wandsworth
07700 900 718
""")
    top = plain_top(f, addr("Lindqvist, Bea", "bea.lindqvist@stanselms.example.nhs.uk"), addr("MASH Step Up", RMASH),
                    "FYI - ED attendance - Callum MacLeod (15) - 08/07", when, "stanselms.example.nhs.uk",
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [],
        [ch("Callum MacLeod", "2049-04-11", "11/04/2049")],
        [], None, None, [], None, "human_review",
        "NEAR MISS: an A&E youth navigator's notification full of screening words ('knife', 'assault', "
        "'exploitation', 'self-harm / suicidal thoughts', 'risk') every one answered No / None / Denied, the injury "
        "an accidental e-scooter fall, the boy home with his dad. 'For information only - no referral' -> other "
        "-> human_review; no current concern -> concerns []. The child is named with his DOB (Mac- surname).",
        not_children=["Bea Lindqvist"])


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2064-04-15 14:10:38"
    body = T("""
Dear MAST,

Please find attached a completed Multi-Agency Request for Support for Rayyan Miah and his sister Sumaiya Miah. This is a step up from Targeted Early Help; my manager, Lutfur Ahmed (cc'd), has agreed the step up.

Rayyan Miah, DOB 09/09/2049 (14)
Sumaiya Miah, DOB 25/01/2053 (11)
Mosaic: 3318402

Dad has consented to the referral.

Summary: since mum went back to Bangladesh to care for her father in January, dad has been drinking heavily most evenings. There is often no food in the flat and the children's uniforms are not washed. Rayyan gets Sumaiya up, fed and to school and puts her to bed; his own attendance has fallen to 71% and he is falling asleep in lessons. Dad agrees he needs help but has not gone to the alcohol service despite three referrals. The children are not in any danger tonight - dad is drinking but has never been violent, and the children's aunt lives on the floor below and has them for tea most days - but the Early Help plan has not changed anything in three months.

Kind regards

Shamima Akhtar
Early Help Practitioner | Targeted Early Help (Bethnal Green)
Tower Hamlets Council | 020 7946 0455

""") + TDISC
    marf = pdf_att("MARF - Miah - April 2064.pdf", "Multi-Agency Request for Support (MARF)", [
        "Children: Rayyan Miah (09/09/2049), Sumaiya Miah (25/01/2053)   Mosaic 3318402",
        "Referrer: Shamima Akhtar, Early Help Practitioner",
        "Parental consent: Yes - father, 14/04/2064",
        "Concerns: father's alcohol use; neglect of basic care (food, laundry); Rayyan caring for his sister; "
        "Rayyan's attendance 71%.",
        "Manager agreement: Lutfur Ahmed, Team Manager, Targeted Early Help, 15/04/2064"])
    top = outlook_top(f, addr("Akhtar, Shamima", "Shamima.Akhtar@" + TDOM), addr("MAST", TMAST),
                      "Step up to MAST - MARF - Miah - Mosaic 3318402", when,
                      cc=addr("Ahmed, Lutfur", "Lutfur.Ahmed@" + TDOM))
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["3318402"],
        [ch("Rayyan Miah", "2049-09-09", "09/09/2049"), ch("Sumaiya Miah", "2053-01-25", "25/01/2053")],
        ["neglect", "school_attendance", "substance_misuse", "young_carer"], True, True, [], None, "book_meeting",
        "Complete Tower Hamlets MAST step-up (REQUIREMENTS: request_for_support = the MARF, attached as .pdf; "
        "manager_agreed: 'has agreed the step up', manager cc'd). 'Dad has consented to the referral' -> consent "
        "true. 'Mosaic: 3318402' -> the bare number. Concerns: dad's drinking -> substance_misuse; no food, "
        "unwashed uniforms -> neglect; Rayyan caring for his sister -> young_carer; 71% -> school_attendance. 'not "
        "in any danger tonight ... never been violent' -> not urgent.",
        not_children=["Shamima Akhtar", "Lutfur Ahmed"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2064-05-02 18:41:55"
    body = T("""
MAST - I can't get through on the duty number so I'm emailing as well and will keep ringing.

Hassan Uddin-Clarke, 16, DOB 09/10/2047, came into ED at 16:50 with a stab wound to the back of his right thigh. It's been cleaned and stitched; it isn't life-threatening.

Since about 18:15 he's been saying he's leaving. He says the boys who did it are waiting outside the Co-op on Cambridge Heath Road and his mates are coming to pick him up to "sort it". He's pulled his cannula out and is sitting in the ambulance bay with his hood up, on his phone. He won't give me his mates' names.

Police came at 17:30, took a statement and left (crime ref 4410122/64). I've rung them back and they're "aware". Mum's phone goes to voicemail; the only other number we have is an old one for dad that doesn't work.

Security can't hold him - he's 16 and has capacity for the wound. I'll stay with him as long as he lets me. My mobile: 07700 900 829.

Kemi Adeyinka
Youth Violence & Safeguarding Navigator
Emergency Department, Whitechapel General Hospital
""")
    top = plain_top(f, addr("Kemi Adeyinka", "kemi.adeyinka@whitechapelgeneral.example.nhs.uk"), addr("MAST", TMAST),
                    "Hassan Uddin-Clarke 16 - in ED now - leaving", when, "whitechapelgeneral.example.nhs.uk",
                    None)
    add(f, iphone_mail(f, top, body), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Hassan Uddin-Clarke", "2047-10-09", "09/10/2047")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "AN A&E YOUTH NAVIGATOR, FRIDAY 18:41 (out of hours), iPhone format=flowed: a 16-year-old stabbed this "
        "afternoon is leaving now to 'sort it' with the boys who stabbed him, who are waiting outside; police have "
        "left, mum unreachable, nobody can hold him. An immediate risk to a named child -> urgent -> alert_duty "
        "(out of hours: MAST's out-of-hours service). The only alarm word is in the navigator's job title. Not a "
        "step request -> other. physical_harm.",
        not_children=["Kemi Adeyinka"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2064-05-19 10:05:21"
    body = T("""
Good morning Early Help Hub,

Step down to Early Help for Zain Malik-Hussain, DOB 02/09/2050 (13), Mosaic 3301957.

The Child and Family Assessment concluded on 09/05/2064 and recommends step down to a TAF with a Lead Practitioner. I'll chair the TAF meeting on Tuesday 20 May at 10am at Stepney Green Academy and the minutes will be on Mosaic.

Because the file is a heavy read, a word about the history. The s47 enquiry last October followed Zain's disclosure that two older boys had sexually assaulted him in the school toilets. Police investigated; both boys were moved to another school and received youth cautions, and there has been no contact since. Zain had ISVA and CAMHS support over the winter and CAMHS discharged him in April. There are no current safeguarding concerns: he's settled, attending 96%, and has joined the school's chess club.

What the family wants is a bit of support as Zain goes into Year 9 and some help for mum with his younger brother's sleep.

Attached: the C&F assessment and the draft TAF plan.
Consent: mum and dad both consented to Early Help on 09/05/2064.
Lead Practitioner: Farzana Begum, Pastoral Lead, Stepney Green Academy (she has agreed).

Thanks,
Ruth

Ruth Adebanjo-Lee
Social Worker | Children in Need (Stepney & Wapping)
Tower Hamlets Council

""") + TDISC
    cfa = pdf_att("C&F Assessment - Zain Malik-Hussain - concluded 09.05.2064.pdf", "Child and Family Assessment", [
        "Child: Zain Malik-Hussain   DOB 02/09/2050   Mosaic 3301957",
        "Assessment concluded: 09/05/2064.  Outcome: step down to Early Help (TAF, Lead Practitioner).",
        "History: s47 (10/2063) following peer-on-peer sexual assault at school; police action concluded (youth "
        "cautions); no contact since.",
        "Current: no safeguarding concerns; attendance 96%; CAMHS discharged 04/2064.",
        "Analysis: needs are now met at Early Help level."])
    plan = docx_att("Draft TAF plan - Malik-Hussain.docx", [
        "# Draft TAF plan", "Lead Practitioner: Farzana Begum (Stepney Green Academy)",
        "1. Year 9 transition support (pastoral lead, weekly check-in).",
        "2. Sleep support for the younger sibling (health visitor / school nurse).",
        "3. Review at 6 weeks."])
    top = outlook_top(f, addr("Adebanjo-Lee, Ruth", "Ruth.Adebanjo-Lee@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Zain Malik-Hussain - Mosaic 3301957", when)
    add(f, mail(f, top, body, [cfa, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 3,
        "near_miss", "step_down", False, None, ["3301957"],
        [ch("Zain Malik-Hussain", "2050-09-02", "02/09/2050")],
        [], True, None, [], None, "book_meeting",
        "NEAR MISS: 's47', 'sexually assaulted', 'police investigated' - a peer-on-peer assault last October, "
        "concluded with youth cautions, the boys moved school, no contact since, 'no current safeguarding concerns' "
        "-> not urgent, and no current concern (concerns []; attendance 96% is good). Complete Tower Hamlets "
        "step-down (REQUIREMENTS: assessment .pdf, draft TAF plan .docx, 'both consented' -> true, Lead "
        "Practitioner named with her agency) -> book_meeting; the TAF on Tue 20 May is inside 10 WD of 9 May. "
        "Manager not mentioned -> null.",
        not_children=["Ruth Adebanjo-Lee", "Farzana Begum"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2064-06-12 11:50:09"
    body = T("""
Hi,

Step down request: Sienna Mahoney, DOB 17/06/2048, Mosaic 3320088.

Sienna came to us in March when mum told her to leave after a row and she turned up at the Housing Options desk. She stayed with her nan for six weeks while we did the assessment, we did family mediation, and she has been back home since the start of May. Things are much calmer. The C&F assessment (attached) recommends step down.

Mum and Sienna have both agreed to the step down.

Lead practitioner: Kwame Asante, Youth Worker, Poplar Youth Hub (Tower Hamlets Youth Service) - Sienna already goes to his Tuesday group.

What's left: Sienna's attendance is 83% and she has her GCSEs next year; mum would like some support with boundaries.

The TAF plan will follow - I'm meeting Kwame next Wednesday to write it with him.

Oliver

Oliver Trent
Social Worker | Assessment & Intervention (Poplar)
Tower Hamlets Council | 020 7946 0418

""") + TDISC
    cfa = pdf_att("CFA Sienna Mahoney.pdf", "Child and Family Assessment", [
        "Child: Sienna Mahoney   DOB 17/06/2048   Mosaic 3320088",
        "Concluded: 06/06/2064. Outcome: step down to Early Help.",
        "Sienna presented as homeless 11/03/2064 after a family argument; stayed with maternal grandmother; "
        "mediation completed; returned home 02/05/2064.",
        "Current needs: school attendance (83%), parenting support with boundaries."])
    top = outlook_top(f, addr("Trent, Oliver", "Oliver.Trent@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down request - Mahoney - Mosaic 3320088", when)
    add(f, mail(f, top, body, [cfa], html_alt=True), "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["3320088"],
        [ch("Sienna Mahoney", "2048-06-17", "17/06/2048")],
        ["school_attendance"], True, None, ["draft_plan"], None, "request_info",
        "Tower Hamlets step-down: C&F assessment attached, 'both agreed to the step down' -> consent true, Lead "
        "Practitioner named with his agency; the TAF plan 'will follow' -> draft_plan missing -> request_info. The "
        "March homelessness is resolved (home since May, mediation done) -> not a concern; attendance 83% -> "
        "school_attendance.",
        not_children=["Oliver Trent", "Kwame Asante"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2064-06-30 09:05:44"
    body = T("""
Hi MAST,

Step up for Chloé Bernard-Okafor, 17 (DOB 05/01/2047). She was open to CSC as a younger child (Mosaic 3297714) and has been with Targeted Youth Support since February.

On Saturday her dad told her to get out and changed the locks. She has been sofa-surfing; last night she slept in the stairwell of a block on the Lansbury estate. Housing Options told her on Saturday to come back on Monday, and they've now given her an appointment for Thursday.

When I saw her at 8.30 this morning she told me a man who works at the chicken shop on Chrisp Street - late twenties, she calls him "Dee" - has said she can stay at his tonight, "no rent, just keep him company". She's planning to go. She has £3 and her phone's on 4%. I've rung dad and he says she's not coming back "under any circumstances".

My manager, Sophie Grant, has read this and said send it to you now as a step up. I haven't done the MARF yet - I'll do it this afternoon. Chloé knows I'm contacting you and is OK with it.

I'm with her at the Idea Store on Chrisp Street until 11. 07700 900 407.

Lamar Whyte
Youth Worker | Targeted Youth Support (Poplar)
Tower Hamlets Council
""")
    top = outlook_top(f, addr("Whyte, Lamar", "Lamar.Whyte@" + TDOM), addr("MAST", TMAST),
                      "Step up - Chloé Bernard-Okafor (17)", when, cc=addr("Grant, Sophie", "Sophie.Grant@" + TDOM))
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["3297714"],
        [ch("Chloé Bernard-Okafor", "2047-01-05", "05/01/2047")],
        ["exploitation", "neglect"], True, True, ["request_for_support"], None, "alert_duty",
        "A 17-YEAR-OLD THROWN OUT, SLEEPING ROUGH, WHO WILL GO TONIGHT TO AN ADULT MAN'S FLAT ('no rent, just keep "
        "him company'), with £3 and a dying phone; dad refuses to have her back. No alarm word. Immediate risk "
        "tonight -> urgent -> alert_duty. A youth worker's step-up to MAST: 'said send it to you now as a step up' "
        "-> manager_agreed true; MARF not done -> request_for_support missing (still alert_duty first). 'Chloé "
        "knows ... and is OK with it' -> consent true. Concerns: the man's offer -> exploitation; a parent "
        "excluding a child from home -> neglect (Working Together's definition of neglect includes 'exclusion from "
        "home or abandonment').",
        not_children=["Lamar Whyte", "Sophie Grant"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2064-07-22 13:20:16"
    data = itip_reply(f, when, "Abdul Karim", "Abdul.Karim@limehousepark.example.sch.uk",
                      ("MAST", TMAST), "DECLINED",
                      "MAST discussion - Chowdhury - Mosaic 3325560", "20640722T140000", "20640722T150000",
                      "Microsoft Teams",
                      comment="Sorry, I can't join at 2. I'm in my office with Ayaan Chowdhury now. The lads who "
                              "took his phone last week have just messaged him that he owes them 400 pounds and "
                              "that if he doesn't take a bag to Southend for them tonight they'll come to the house "
                              "for his sister. He's shaking and won't go home. I've left a message for mum. "
                              "Abdul Karim, Head of Year 10, Limehouse Park School, 07700 900 652")
    add(f, data, "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "meeting_reply", True, None, ["3325560"],
        [ch("Ayaan Chowdhury")],
        ["exploitation"], None, None, [], None, "alert_duty",
        "AN iTIP REPLY (DECLINED) WHOSE COMMENT IS AN IMMEDIATE RISK: the head of year has a Year 10 boy in his "
        "office now, told to carry a bag to Southend 'tonight' over a 400-pound debt or 'they'll come to the house "
        "for his sister'; he won't go home. DESIGN rule 1 names 'a meeting reply's comment' -> urgent -> "
        "alert_duty before record_reply. No alarm word. The case id comes from the SUMMARY ('Mosaic 3325560' -> "
        "the bare number); Ayaan Chowdhury named in full in the comment, no DOB. exploitation (county lines debt).",
        not_children=["Abdul Karim"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2064-07-18 16:55:30"
    body = T("""
COMMUNITY SAFETY ALERT - FOR PARTNERS WORKING WITH YOUNG PEOPLE

Section 60 authorisation: Bow and Mile End, 18:00 tonight (Friday 18 July) to 06:00 Saturday

Following a stabbing on Roman Road at about 19:30 yesterday, in which a man in his twenties was injured (he is in hospital in a stable condition), the Metropolitan Police have authorised a Section 60 order for the area shown on the attached map. Officers will be able to stop and search anyone in the area for weapons without reasonable suspicion.

What this means for your work
- Young people may be stopped and searched tonight. Please remind young people you work with of their rights (leaflet attached) and that the order ends at 06:00.
- Detached youth teams will be out on Roman Road and in Mile End Park from 18:00.
- There is no information suggesting that any particular young person is at risk. If you are worried about a specific child, follow your usual safeguarding procedures and contact MAST.

Tower Hamlets Community Safety Partnership
You are receiving this because you are on the partners' alert list. To unsubscribe reply UNSUBSCRIBE.
""")
    top = plain_top(f, addr("Community Safety Partnership", "csp.alerts@" + TDOM), addr("Early Help Hub", TEH),
                    "COMMUNITY SAFETY ALERT: Section 60 tonight - Bow and Mile End", when, TDOM, None,
                    extra=[("List-Id", "Partners' alert list <partners-alerts.towerhamlets.gov.uk>"),
                           ("List-Unsubscribe", "<mailto:csp.alerts@towerhamlets.gov.uk?subject=UNSUBSCRIBE>"),
                           ("Precedence", "list")])
    leaflet = pdf_att("Stop and search - know your rights.pdf", "Stop and search: know your rights", [
        "If you are stopped: stay calm, you can ask the officer's name and station and why you were stopped.",
        "Under a Section 60 order an officer does not need a reason to search you for weapons.",
        "You can ask for a record of the search."])
    add(f, mail(f, top, body, [leaflet]), "tower_hamlets", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a community safety alert with 'stabbing', 'weapons', 'tonight' and 'at risk', but about an "
        "adult victim and an area, with 'no information suggesting that any particular young person is at risk'. "
        "A bulletin (List-Id, Precedence: list) with no child -> not urgent (DESIGN rule 1: bulletins do not "
        "trigger) -> other -> human_review.")

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2064-07-16 10:03:12"
    data = ndr(f, when, TDOM, addr("Early Help Hub", TEH), "Nasreen.Hoque@towerhamlets.gov.uk",
               "[SB-tower_hamlets-118] TAF meeting recorded - Mahoney - please confirm attendance",
               "Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>", "2064-07-16 10:01:40")
    add(f, data, "tower_hamlets", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "An Exchange Online NON-DELIVERY REPORT (multipart/report; report-type=delivery-status, Auto-Submitted: "
        "auto-replied) for stepbot's own [SB-tower_hamlets-118] mail to a worker who has left. DESIGN rule 2: "
        "bounces are never answered -> auto_reply -> ignore.")


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2064-04-29 11:00:37"
    body = T("""
Hello Early Help,

Please could I have a triage slot to step the Penhaligon children down to Level 3 Early Help.

Jago Penhaligon - DOB 01/12/2049 (14)
Demelza Penhaligon - DOB 14/02/2060 (4) - so I think this needs the under-5s triage
LCS-3018842

The Single Assessment is attached, with my analysis and the rationale for stepping down, and my team manager's analysis confirming the threshold for level 3 is met (Claire Hannaford, signed off 28/04/2064).

Mum has consented to Level 3 Early Help - she'd like it to be the family support worker from Demelza's nursery if possible.

Brief background: we became involved in February after Jago went missing three times in a fortnight following rows at home. There have been no missing episodes since the start of March, the rows have calmed down with the family work, and Jago is back at football. What's left is mum's low mood (she's seeing her GP) and Jago's attendance (85%).

Many thanks,
Rhys

Rhys Tregear
Social Worker | Single Assessment Team | Torbay Council
01632 960 418

""") + BDISC
    sa = pdf_att("Single Assessment - Penhaligon - April 2064.pdf", "Single Assessment", [
        "Children: Jago Penhaligon (01/12/2049), Demelza Penhaligon (14/02/2060)   LCS-3018842",
        "Social worker's analysis: needs now met at level 3; no missing episodes since 03/2064; family work "
        "effective. Rationale for step down: remaining needs are mum's low mood and Jago's attendance (85%).",
        "Team Manager's analysis: I agree with the analysis and confirm the threshold for level 3 intervention is "
        "met. Claire Hannaford, Team Manager, 28/04/2064."])
    top = outlook_top(f, addr("Tregear, Rhys", "Rhys.Tregear@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - step down Penhaligon - LCS-3018842", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["LCS-3018842"],
        [ch("Jago Penhaligon", "2049-12-01", "01/12/2049"), ch("Demelza Penhaligon", "2060-02-14", "14/02/2060")],
        ["parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down to level 3 (REQUIREMENTS: assessment = the Single Assessment .pdf with the "
        "analysis; manager_agreed = 'team manager's analysis confirming the threshold for level 3 is met'; consent "
        "'Mum has consented to Level 3 Early Help'). Demelza is 4 -> the fortnightly under-5s triage. Jago's "
        "missing episodes stopped in March -> resolved, not labelled; mum's low mood -> parental_mental_health; "
        "85% -> school_attendance.",
        not_children=["Rhys Tregear", "Claire Hannaford"])

def torbay_02():
    f = "torbay_02.eml"; when = "2064-05-23 22:14:09"
    body = T("""
MASH / EDT

Kerensa from Torbay Youth Trust detached team. We're on the harbourside by the Pavilion in Torquay right now.

Hollie Tucker is here - she's 13, DOB 14/08/2050, she comes to our Wednesday club. She's with two men, early twenties, by a silver Astra in the car park. They've been giving her vodka from a bottle and she's very drunk, can hardly stand. One of them has just told her to get in the car and they'll "take her to a party in Paignton".

We went over and she told us to f*** off. The men have told us to mind our own business. We've rung 999 - they said they're sending a car. Her mum isn't picking up.

Partial reg on the car: WK14. We're staying where we can see her.

Kerensa Hocking
Detached Youth Worker, Torbay Youth Trust
07700 900 914
""")
    top = plain_top(f, addr("Kerensa Hocking", "kerensa.hocking@torbayyouthtrust.example.org"), addr("Torbay MASH", BMASH),
                    "Hollie Tucker 13 - harbourside Torquay now - 2 men and a car", when,
                    "torbayyouthtrust.example.org", None)
    add(f, mail(f, top, body, crlf=False, cte="base64"), "torbay", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Hollie Tucker", "2050-08-14", "14/08/2050")],
        ["exploitation"], None, None, [], None, "alert_duty",
        "A DETACHED YOUTH WORKER, FRIDAY 22:14 (out of hours, start of half term), phone mail (base64, LF): a "
        "13-year-old, very drunk on vodka two men in their twenties gave her, being told to get into their car for "
        "'a party in Paignton'. No alarm word. Immediate risk now -> urgent -> alert_duty (the Emergency Duty Team "
        "at this hour). Not a step request -> other. exploitation (sexual exploitation: adult men, alcohol, a car).",
        not_children=["Kerensa Hocking"])

def torbay_03():
    f = "torbay_03.eml"; when = "2064-05-08 14:26:52"
    body = T("""
Dear MASH,

I am the lead practitioner for the Brookes family (EHM-738120) and I'm making a contact to MASH to step Finley up from Level 3 to Level 4.

Finley Brookes, DOB 30/06/2049 (14)

I want to address the history first, because it will be the first thing on the file. In October 2063 Finley took an overdose and spent two nights on the paediatric ward. He has had CAMHS since, has a safety plan, has not self-harmed since Christmas, and told his CAMHS worker last week that he has had no thoughts of ending his life for months. CAMHS are not worried about him at the moment, and nor am I.

The reason for the contact is home. Mum's heroin use has relapsed since March (she told me herself). There is often no food in the house; Finley is wearing the same clothes for days and has been taking food from school breakfast club home. Mum has cancelled six of my last eight visits and didn't come to the last two TAFs.

Mum has given her consent for the contact to MASH - reluctantly, but she signed.
I discussed this with Silas Penrose (Early Help ATM) on Tuesday and he agrees it meets the threshold for level 4.

Kind regards,
Morwenna Jory
Family Intervention Worker | Early Help (Paignton) | Torbay Council
01632 960 377

""") + BDISC
    top = outlook_top(f, addr("Jory, Morwenna", "Morwenna.Jory@" + BDOM), addr("Torbay MASH", BMASH),
                      "Contact to MASH - step up - Finley Brookes - EHM-738120", when,
                      cc=addr("Penrose, Silas", "silas.penrose@" + BDOM))
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 3,
        "near_miss", "step_up", False, None, ["EHM-738120"],
        [ch("Finley Brookes", "2049-06-30", "30/06/2049")],
        ["neglect", "non_engagement", "substance_misuse"], True, True, [], None, "book_meeting",
        "NEAR MISS: 'overdose', 'self-harmed', 'thoughts of ending his life' - all past (October 2063, nothing "
        "since Christmas) or negated ('no thoughts ... for months', 'CAMHS are not worried'). Complete Torbay "
        "step-up (REQUIREMENTS: consent 'Mum has given her consent for the contact to MASH' -> true; "
        "manager_agreed 'he agrees it meets the threshold for level 4', the Early Help ATM, cc'd -> true) -> "
        "book_meeting. Concerns: mum's heroin relapse -> substance_misuse; no food, same clothes -> neglect; six "
        "of eight visits cancelled, TAFs missed -> non_engagement.",
        not_children=["Morwenna Jory", "Silas Penrose"])

def torbay_04():
    f = "torbay_04.eml"; when = "2064-06-18 10:11:24"
    body = T("""
Hi MASH team,

Contact to MASH for Harrison Trant, DOB 11/02/2049 (15), EHM-739004.

Harrison has gone missing overnight three times since half term (28/05, 07/06 and 14/06). The last time he was found by Devon and Cornwall Police in Exeter at 5am with two older lads from Plymouth, £280 in cash and a phone that isn't his. He has new clothes and a bike nobody can explain. School say he has been seen getting into a car at the gates. We think he's being exploited and Early Help can't hold this any longer.

My ATM, Silas Penrose, agreed this morning that this should go to MASH as a level 4 contact.

Dad has said no - he doesn't consent to us contacting MASH and says he'll "deal with it himself". Mum (they're separated) is in Scotland and I haven't reached her yet.

Harrison is at school today.

Bryony Widdicombe
Lead Practitioner | Early Help (Torquay) | Torbay Council
01632 960 552

""") + BDISC
    top = outlook_top(f, addr("Widdicombe, Bryony", "Bryony.Widdicombe@" + BDOM), addr("Torbay MASH", BMASH),
                      "Contact to MASH - Harrison Trant - EHM-739004", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-739004"],
        [ch("Harrison Trant", "2049-02-11", "11/02/2049")],
        ["exploitation", "missing"], False, True, ["consent"], None, "request_info",
        "Torbay step-up (REQUIREMENTS: consent, manager_agreed). 'My ATM ... agreed this morning' -> manager_agreed "
        "true. 'Dad has said no - he doesn't consent' -> consent FALSE (stated as refused), so consent is missing "
        "-> request_info (the duty worker decides whether to proceed without consent; the parser only reports it). "
        "exploitation + missing (three overnight missing episodes). 'at school today' -> not urgent.",
        not_children=["Bryony Widdicombe", "Silas Penrose"])

def torbay_05():
    f = "torbay_05.eml"; when = "2064-07-14 15:41:18"
    body = T("""
Hi Early Help,

Please can I have a triage slot to step the Rowe children down to Level 3.

Kai Rowe, DOB 02/03/2048 (16)
Ellie Rowe, DOB 19/01/2055 (9)
LCS-3021457

Single Assessment attached - my analysis and rationale are in section 6 and Claire's manager's analysis confirming the threshold for level 3 is met is at the end. Mum consented to Level 3 Early Help at the CIN review on 10/07/2064.

The main need now is Kai's attendance (80%) and support for him through Year 11.

Thanks,
Tamsyn

PS URGENT - Kai's mum has just rung me while I was finishing this. Kai sent her a message ten minutes ago saying "sorry for everything, I'm done" and a photo taken from the railway footbridge at Hele. He's not answering his phone. I've told her to ring 999 and I'm driving there now. Please can someone at MASH pick this up - I don't think this step down should go anywhere today.

Tamsyn Pascoe
Social Worker | Single Assessment Team | Torbay Council
07700 900 775

""") + BDISC
    sa = pdf_att("Single Assessment - Rowe - July 2064.pdf", "Single Assessment", [
        "Children: Kai Rowe (02/03/2048), Ellie Rowe (19/01/2055)   LCS-3021457",
        "Section 6 - analysis and rationale for step down: domestic abuse ended when father left in 2062 (no "
        "contact); mum's parenting strong; remaining need Kai's attendance (80%).",
        "Manager's analysis: threshold for level 3 intervention met. Claire Hannaford, Team Manager, 11/07/2064."])
    top = outlook_top(f, addr("Pascoe, Tamsyn", "Tamsyn.Pascoe@" + BDOM), addr("Early Help", BEH),
                      "Triage slot - step down Rowe - LCS-3021457 (see PS)", when,
                      cc=addr("Torbay MASH", BMASH))
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 3,
        "urgent", "step_down", True, 3, ["LCS-3021457"],
        [ch("Kai Rowe", "2048-03-02", "02/03/2048"), ch("Ellie Rowe", "2055-01-19", "19/01/2055")],
        ["school_attendance"], True, True, [], None, "alert_duty",
        "A COMPLETE STEP-DOWN WITH THE IMMEDIATE RISK IN THE PS: a 16-year-old has just messaged 'I'm done' with a "
        "photo from a railway footbridge and is not answering. The only alarm word is 'URGENT' at the start of the "
        "PS. DESIGN rule 1: every part is read -> urgent -> alert_duty. The request itself is complete (Single "
        "Assessment .pdf with the manager's analysis 'confirming the threshold for level 3 is met' -> true, "
        "'Mum consented to Level 3 Early Help' -> true, level 3). Concerns: Kai's 80% -> school_attendance; the "
        "contract has no id for a young person's suicidal crisis; the father's abuse ended in 2062 (history). "
        "Mailbox: the Early Help inbox it was sent to (MASH only cc'd).",
        not_children=["Tamsyn Pascoe", "Claire Hannaford"])

def torbay_06():
    f = "torbay_06.eml"; when = "2064-05-01 09:20:45"
    ack = ack_text("step-down", "SB-torbay-266", [
        "Case: LCS-3017760", "Children: Lowenna Crocker (09/09/2049)", "Level: 3"],
        ["your team manager's analysis confirming the threshold for level 3 is met"])
    body = T("""
Morning,

Claire has now added her manager's analysis to the Single Assessment - updated version attached. She agrees with the step down and confirms the threshold for level 3 is met.

Thanks
Jenna

Jenna Luscombe
Social Worker | Single Assessment Team | Torbay Council
""") + quote_chain([
        ("Early Help <earlyhelp@torbay.gov.uk>", "29 April 2064 14:06", "Luscombe, Jenna <Jenna.Luscombe@torbay.gov.uk>",
         "[SB-torbay-266] Step-down request received - LCS-3017760", ack, None)])
    sa = pdf_att("Single Assessment - Crocker - updated 30.04.2064.pdf", "Single Assessment (updated)", [
        "Child: Lowenna Crocker (09/09/2049)   LCS-3017760",
        "Manager's analysis: I agree with the step down; the threshold for level 3 intervention is met. "
        "Claire Hannaford, Team Manager, 30/04/2064."])
    top = outlook_top(f, addr("Luscombe, Jenna", "Jenna.Luscombe@" + BDOM), addr("Early Help", BEH),
                      "RE: [SB-torbay-266] Step-down request received - LCS-3017760", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 2,
        "ordinary", "follow_up", False, None, ["LCS-3017760"],
        [ch("Lowenna Crocker", "2049-09-09", "09/09/2049")],
        [], None, True, [], None, "attach_to_request",
        "Follow-up to [SB-torbay-266] adding the missing manager's analysis (updated Single Assessment .pdf): "
        "'She agrees with the step down and confirms the threshold for level 3 is met' -> manager_agreed true. "
        "Follow-ups carry no requirements (missing []); child, DOB and LCS id from the quoted acknowledgement. "
        "attach_to_request.",
        not_children=["Jenna Luscombe", "Claire Hannaford"])

def torbay_07():
    f = "torbay_07.eml"; when = "2064-06-10 12:33:29"
    body = T("""
Return Home Interview - summary for the MASH record

Young person: Anaïs Kelly, DOB 22/11/2048 (15)
Missing episode: from 19:00 Friday 6 June to 04:10 Saturday 7 June 2064 (reported by mum at 22:30)
Found: by police, at a friend's house in Brixham; friend's mum present
RHI completed: 09/06/2064 at school, by Ross Trewin (Torbay Missing & Exploitation Service); offered within 72 hours, accepted

Summary
Anaïs says she fell out with mum over her phone and walked to her friend's house; she switched her phone off "to make a point". Her friend's mum confirms she arrived at about 19:45 and stayed the night; she did not know Anaïs hadn't told her own mum.
No disclosures. No injuries. No exploitation indicators identified (no older associates, no unexplained money or gifts, no travel). This is Anaïs's first missing episode.
Anaïs and mum have agreed a phone curfew and that she will always say where she is staying. She is at home and at school this week.

Outcome: no further action from our service. Shared for the MASH record under the Torbay missing children protocol. No referral is being made.

Ross Trewin
Return Home Interview Worker | Torbay Missing & Exploitation Service
01632 960 233
""")
    top = plain_top(f, addr("Ross Trewin", "ross.trewin@" + BDOM), addr("Torbay MASH", BMASH),
                    "RHI summary - Anaïs Kelly - missing 06/06-07/06 - NFA", when, BDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 3,
        "near_miss", "other", False, None, [],
        [ch("Anaïs Kelly", "2048-11-22", "22/11/2048")],
        [], None, None, [], None, "human_review",
        "NEAR MISS: a RETURN HOME INTERVIEW summary - 'missing', 'found by police', 'exploitation' - for an episode "
        "that is over (home, at school, friend's mum confirms), 'No exploitation indicators identified', 'no "
        "further action', 'No referral is being made'. A resolved missing episode is not a current concern -> "
        "concerns []; not urgent; not a request -> other -> human_review. 'Anaïs' with a diaeresis (RFC 2047 "
        "subject).",
        not_children=["Ross Trewin"])

def torbay_08():
    f = "torbay_08.eml"; when = "2064-05-02 08:58:03"
    data = itip_reply(f, when, "Rhys Tregear", "Rhys.Tregear@" + BDOM, ("Early Help", BEH), "ACCEPTED",
                      "Under-5s triage - Penhaligon - LCS-3018842", "20640506T093000", "20640506T100000",
                      "Early Help Hub, Paignton Library / Microsoft Teams")
    add(f, data, "torbay", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["LCS-3018842"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, empty body: the social worker accepts torbay_01's under-5s triage "
        "slot on Tue 6 May. meeting_reply -> record_reply; the LCS id comes from the SUMMARY; no child named in "
        "full.")


# ============================================================================= HEREFORDSHIRE
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2064-04-14 10:30:26"
    body = T("""
Dear Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan and the signed consent form for the Bevan children (sibling group), stepping down to Intensive (level 3) Early Help.

Lewis Bevan, DOB 07/07/2048 - Mosaic 702214
Mia Bevan, DOB 30/10/2052 - Mosaic 702215

Key person: Sam Whitehouse, Youth Worker, Herefordshire Youth Service (Leominster). Lewis has known Sam since he started going to the youth club and mum chose him.

The child protection plan ended at conference on 3 April. Mum's ex-partner has not been in contact since January and there is a non-molestation order in place until 2065; there are no current child protection concerns. The plan is about Lewis's attendance (79%) and his anger at home, and Mia's friendships.

I spoke to Xavier about the plan on the phone last week.

Kind regards,
Gwenllian Price
Social Worker | Children in Need (North) | Herefordshire Council
01632 960 314

""") + HDISC
    plan = docx_att("EHA step-down plan - Bevan.docx", [
        "# Early Help Assessment - step-down plan",
        "Children: Lewis Bevan (07/07/2048), Mia Bevan (30/10/2052)",
        "Key person: Sam Whitehouse, Youth Worker, Herefordshire Youth Service",
        "What needs to happen: Lewis - attendance plan with school (79%), weekly youth worker sessions on managing "
        "anger; Mia - friendship group at school; mum - Freedom Programme follow-on.",
        "By whom / timescale: reviewed at the next four MAGs."])
    consent = pdf_att("Consent form - Bevan - signed.pdf", "Consent to Early Help", [
        "Family: Bevan (Lewis, Mia)",
        "I give consent to my family receiving Early Help support and to information being shared.",
        "Signed: R. Bevan (mother)   Date: 08/04/2064"])
    top = outlook_top(f, addr("Price, Gwenllian", "Gwenllian.Price@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down plan - Bevan sibling group - level 3", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["702214", "702215"],
        [ch("Lewis Bevan", "2048-07-07", "07/07/2048"), ch("Mia Bevan", "2052-10-30", "30/10/2052")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down at 'Intensive (level 3)' (REQUIREMENTS: consent_form = the "
        "signed form .pdf; draft_plan = the EHA step-down plan .docx; lead_practitioner = the key person named with "
        "his agency) -> book_meeting. Two Mosaic ids as bare numbers. The ended CP plan and 'no current child "
        "protection concerns' are past / negated; the ex-partner's abuse is history (order in place, no contact). "
        "Lewis's 79% -> school_attendance. Level 3 stated.",
        not_children=["Gwenllian Price", "Sam Whitehouse"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2064-05-07 16:44:58"
    body = T("""
Hello MASH,

I'm the youth navigator in the Emergency Department. I've tried your phone line twice and been on hold, so I'm emailing too.

Poppy-Rose Vaughan, 15, DOB 03/04/2049, from Bromyard.

She came in at 6am by ambulance after taking about 30 paracetamol last night. Her bloods are back and she is medically fit for discharge - the ward want the bed by 6pm.

Her mum came at lunchtime, said "I'm not having her back, she can go to the social", and left. She isn't answering her phone now. Dad isn't on the scene.

Poppy-Rose has told me and the nurse twice today that she will "do it properly next time". CAMHS crisis can't see her until tomorrow morning. There is nobody to take her home and nowhere for her to go tonight.

Please ring me on 07700 900 863 or the ward on 01632 960 880.

Amira Saleh
Youth Navigator (Safeguarding Adolescents), Emergency Department
Hereford General Hospital
""")
    top = outlook_top(f, addr("Saleh, Amira", "amira.saleh@herefordgeneral.example.nhs.uk"), addr("Herefordshire MASH", HMASH),
                      "Poppy-Rose Vaughan, 15 - in ED - mum won't take her home - discharge 6pm", when,
                      mid_domain="herefordgeneral.example.nhs.uk")
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Poppy-Rose Vaughan", "2049-04-03", "03/04/2049")],
        ["neglect"], None, None, [], None, "alert_duty",
        "AN A&E YOUTH NAVIGATOR, 16:44: a 15-year-old after an overdose, medically fit and to be discharged by "
        "6pm, saying she will 'do it properly next time', whose mother has refused to take her home; no crisis "
        "assessment until tomorrow and nowhere to go tonight. An immediate risk to a named child -> urgent -> "
        "alert_duty. The only alarm word is in the job title. Not a step request -> other. Concerns: a parent "
        "refusing to have a child home -> neglect (Working Together: 'exclusion from home or abandonment'); the "
        "contract has no id for the young person's suicidal intent.",
        not_children=["Amira Saleh"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2064-05-29 11:11:41"
    body = T("""
Hi both,

Attached is the step-down plan for Cian McGrath (DOB 12/12/2047, Mosaic 704188), with the signed consent form. I talked it through with Verity on Tuesday, so I hope it's all in order.

Key person: Gareth Powell, Youth Worker, Herefordshire Youth Service (Hereford city).

The file will look alarming, so briefly: in 2062 Cian was found in a cuckooed flat in Worcester and was referred to the NRM (conclusive grounds decision in 2063). He has not been missing since October, the exploitation panel closed him in March with no current concerns, and he's at college doing motor vehicle with 93% attendance. He has cut all contact with the Worcester group and changed his number.

The reason he still needs support is home: dad's depression has got worse since he lost his job, and Cian is doing a lot of the shopping and looking after his dad.

Thanks,
Rhodri

Rhodri Llewellyn
Social Worker | Children in Need (City) | Herefordshire Council

""") + HDISC
    plan = docx_att("Step-down plan - C McGrath.docx", [
        "# Early Help Assessment step-down plan", "Young person: Cian McGrath (12/12/2047)   Mosaic 704188",
        "Key person: Gareth Powell (Youth Worker, Herefordshire Youth Service)",
        "Wellbeing plan: young carers' assessment and group; dad's GP and Talking Therapies; college transition "
        "support; youth worker sessions fortnightly.", "Reviews: four consecutive MAGs."])
    consent = pdf_att("McGrath consent form signed.pdf", "Consent to Early Help", [
        "Young person: Cian McGrath",
        "I consent to Early Help support and to the information in the plan being shared.",
        "Signed: Cian McGrath; D. McGrath (father)   Date: 27/05/2064"])
    top = outlook_top(f, addr("Llewellyn, Rhodri", "Rhodri.Llewellyn@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down plan - Cian McGrath - Mosaic 704188", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "near_miss", "step_down", False, None, ["704188"],
        [ch("Cian McGrath", "2047-12-12", "12/12/2047")],
        ["parental_mental_health", "young_carer"], True, None, [], None, "book_meeting",
        "NEAR MISS: 'cuckooed flat', 'NRM', 'exploitation', 'missing' - all history (2062-63, not missing since "
        "October, panel closed with 'no current concerns', contact cut) -> not urgent, not current concerns. "
        "Complete Herefordshire step-down (signed consent form .pdf, plan .docx, key person with agency) -> "
        "book_meeting; 'talked it through with Verity' (a co-ordinator) changes only the panel. No level written -> "
        "null. Concerns: dad's depression -> parental_mental_health; Cian shopping and looking after dad -> "
        "young_carer.",
        not_children=["Rhodri Llewellyn", "Gareth Powell"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2064-06-17 14:02:37"
    body = T("""
Hi,

Step down for Olly Preece, DOB 19/05/2050, Mosaic 703390. Draft step-down plan attached.

Mum agreed on the phone yesterday to Early Help - I'll get the consent form signed when I visit next Tuesday and send it on.

I haven't got a key person agreed yet. I'm hoping the school's inclusion lead will take it but she's away until the 24th.

Olly's been excluded twice this term for fighting and his attendance is 71%. The fights were both with the same boy and school have now put them in different sets. Things at home are OK.

Beth

Beth Coleman
Social Worker | Children in Need (South) | Herefordshire Council
01632 960 509
""")
    plan = docx_att("Draft plan - Olly Preece.docx", [
        "# Step-down plan (draft)", "Child: Olly Preece (19/05/2050)",
        "Attendance: 71% - attendance plan with school; key worker at school.",
        "Behaviour: anger management group; restorative work in school.",
        "Key person: TBC"])
    top = plain_top(f, addr("Coleman, Beth", "Beth.Coleman@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Step down - Olly Preece", when, HDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, [plan]), "herefordshire", "early_help_duty", when, 2,
        "ordinary", "step_down", False, None, ["703390"],
        [ch("Olly Preece", "2050-05-19", "19/05/2050")],
        ["school_attendance"], True, None, ["consent_form", "lead_practitioner"], None, "request_info",
        "Herefordshire step-down: plan attached (.docx); 'Mum agreed on the phone ... to Early Help' -> consent "
        "true, but the signed form is still to come -> consent_form missing (REQUIREMENTS: the written consent "
        "form); no key person agreed -> lead_practitioner missing -> request_info. Attendance 71% -> "
        "school_attendance; the fights at school are a behaviour need, not a harm to Olly.",
        not_children=["Beth Coleman"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2064-07-04 15:20:11"
    body = T("""
Hello,

I'm not sure this is the right inbox - apologies if not, please pass it to whoever deals with 16/17-year-olds presenting as homeless.

Jake Lewis-Pugh, DOB 01/03/2048 (16), came to the Housing Solutions desk at 10am today saying he had nowhere to stay. He told us he walked out after an argument with his mum about his Xbox last night and slept on a friend's sofa; he says he's "not going back". His mum didn't throw him out - I rang her and she wants him home and says the door is open.

Under the joint protocol for 16 and 17-year-olds we have placed him at the YMCA supported lodgings in Hereford for tonight and the weekend (staffed 24 hours). He is there now, has food vouchers and his phone charger, and the YMCA key worker has met him. Mum knows where he is and is going to see him tomorrow with a mediator from the family mediation service.

Under the protocol children's services should do the joint assessment with us. Can you tell me who I should send this to? He isn't at risk tonight; this is about the assessment next week.

Many thanks,

Tracey Bufton
Housing Solutions Officer | Herefordshire Council
01632 960 742
""")
    top = outlook_top(f, addr("Bufton, Tracey", "Tracey.Bufton@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "16 year old presenting as homeless - Jake Lewis-Pugh - joint protocol", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [],
        [ch("Jake Lewis-Pugh", "2048-03-01", "01/03/2048")],
        [], None, None, [], None, "human_review",
        "NEAR MISS: a 16-year-old 'presenting as homeless', 'nowhere to stay', 'slept on a friend's sofa' - but he "
        "is already placed for tonight and the weekend in staffed supported lodgings, his mother wants him home and "
        "'didn't throw him out', mediation booked, 'He isn't at risk tonight'. A child already safe -> not urgent. "
        "A housing officer's query about the joint protocol, not a step request -> other -> human_review. No "
        "concern id fits (he left after a row; no exclusion by the parent) -> concerns [].",
        not_children=["Tracey Bufton"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2064-07-24 08:15:32"
    body = T("""
Hi,

I'd like to step Amber-Lily Hughes up to social care. I'm her Early Help worker (Targeted Youth Support) and have worked with her and mum since February.

Amber-Lily Hughes, DOB 16/02/2050 (14)
Mosaic 705561

Yesterday afternoon she showed me messages on her phone. A boy in the year above has a video of her from a party in June and has sent it round. Last night he and three of his friends messaged her that if she doesn't come to the skate park at Castle Green at 7 tonight and "do the same for us", they will send the video to her dad and post it on Instagram. She says she'd rather be dead than have her dad see it.

She stayed at her nan's last night. Her dad doesn't know. Mum knows and agrees to the step up.

My manager, Owain Jenkins, has read this and agrees it needs to go to social care today.

Nerys Watkins
Youth Worker | Targeted Youth Support | Herefordshire Council
07700 900 538
""")
    top = outlook_top(f, addr("Watkins, Nerys", "Nerys.Watkins@" + HDOM), addr("Herefordshire MASH", HMASH),
                      "Step up - Amber-Lily Hughes - Mosaic 705561", when,
                      cc=addr("Jenkins, Owain", "Owain.Jenkins@" + HDOM))
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["705561"],
        [ch("Amber-Lily Hughes", "2050-02-16", "16/02/2050")],
        ["sexual_harm"], True, True, [], None, "alert_duty",
        "PEER-ON-PEER SEXUAL ABUSE WITH A DEADLINE TONIGHT, NO ALARM WORD: a 14-year-old whose intimate video is "
        "being shared is told to come to the skate park 'at 7 tonight' and 'do the same for us' or it will be "
        "posted and sent to her father; she says she'd 'rather be dead'. Immediate risk -> urgent -> alert_duty. "
        "A step-up to Herefordshire, whose seed defines none (REQUIREMENTS: step_up is not defined -> no "
        "requirements, missing []), but urgent comes first in next_action's order. 'Mum knows and agrees to the "
        "step up' -> consent true; 'agrees it needs to go to social care' -> manager_agreed true. sexual_harm.",
        not_children=["Nerys Watkins", "Owain Jenkins"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2064-07-25 12:40:50"
    data = ooo(f, when, "Coleman, Beth", "Beth.Coleman@" + HDOM, addr("Early Help Co-ordinators", HEH),
               "[SB-herefordshire-305] Step-down: still needed - the signed consent form and the key person",
               T("""
Hello, thank you for your email.

I am on leave from Monday 28 July and back on Monday 11 August. Emails will not be forwarded.

For the Preece family please contact my team manager, Alys Morgan, on 01632 960 500.

Beth Coleman
Social Worker | Children in Need (South)
"""))
    add(f, data, "herefordshire", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Outlook OUT-OF-OFFICE (Auto-Submitted: auto-replied) answering stepbot's chaser [SB-herefordshire-305] "
        "for herefordshire_04's family. The reference and the family surname do not make it a follow-up -> "
        "auto_reply -> ignore (DESIGN rule 2).",
        not_children=["Beth Coleman", "Alys Morgan"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2064-07-02 09:50:14"
    ack = ack_text("step-down", "SB-herefordshire-298", [
        "Case: Mosaic 704412", "Children: Tyler Baskerville (05/05/2049)", "Level: 3"],
        ["the family's written consent (the signed consent form)"])
    body = T("""
Morning,

Signed consent form attached - dad signed it yesterday.

Also, as the plan mentions it: the knife incident in April (Tyler took a kitchen knife into school because he was frightened of a group from another school) has now been dealt with. He received a youth caution last week, the Youth Justice worker has closed her involvement, and Tyler has had no contact with that group since April. School have no further concerns and he's back in all his lessons.

Rhodri

Rhodri Llewellyn
Social Worker | Children in Need (City) | Herefordshire Council
""") + quote_chain([
        ("Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>", "27 June 2064 15:32",
         "Llewellyn, Rhodri <Rhodri.Llewellyn@herefordshire.gov.uk>",
         "[SB-herefordshire-298] Step-down plan received - Baskerville", ack, None)])
    form = pdf_att("Consent form - Baskerville - signed 01.07.2064.pdf", "Consent to Early Help", [
        "Child: Tyler Baskerville (05/05/2049)",
        "I consent to my family receiving Early Help support.",
        "Signed: M. Baskerville (father)   Date: 01/07/2064"])
    top = outlook_top(f, addr("Llewellyn, Rhodri", "Rhodri.Llewellyn@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-298] Step-down plan received - Baskerville", when)
    add(f, mail(f, top, body, [form], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "near_miss", "follow_up", False, None, ["704412"],
        [ch("Tyler Baskerville", "2049-05-05", "05/05/2049")],
        [], True, None, [], None, "attach_to_request",
        "NEAR MISS: a follow-up to [SB-herefordshire-298] with 'knife', 'frightened of a group', 'youth caution' - "
        "an April incident now closed (caution given, Youth Justice closed, no contact since, 'no further "
        "concerns') -> not urgent, no current concern. Adds the signed consent form: 'dad signed it' -> consent "
        "true. attach_to_request. Child, DOB and 'Mosaic 704412' from the quoted acknowledgement.",
        not_children=["Rhodri Llewellyn"])


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

# England & Wales bank holidays in 2064 that fall on a weekday (my own list; set_checks() compares it with the
# `holidays` package): New Year's Day Tuesday 1 January; Good Friday 4 April; Easter Monday 7 April; May Day (the
# Early May bank holiday) Monday 5 May; Spring Bank Holiday Monday 26 May; Late Summer Bank Holiday Monday
# 25 August; Christmas Day Thursday 25 December; Boxing Day Friday 26 December.
BANK_HOLIDAYS = {date(2064, 1, 1), date(2064, 4, 4), date(2064, 4, 7), date(2064, 5, 5), date(2064, 5, 26),
                 date(2064, 8, 25), date(2064, 12, 25), date(2064, 12, 26)}
IN_WINDOW = {date(2064, 5, 5): "May Day", date(2064, 5, 26): "Spring Bank Holiday"}
EASTER = {date(2064, 4, 4): "Good Friday", date(2064, 4, 7): "Easter Monday"}     # both before the window
# The summer term of 2064: Monday 14 April (the first Monday after the Easter week) to Friday 25 July 2064.
WINDOW = (datetime(2064, 4, 14, tzinfo=LON), datetime(2064, 7, 25, 23, 59, 59, tzinfo=LON))
# BST began at 01:00 UTC on Sunday 30 March 2064 and ends at 01:00 UTC on Sunday 26 October 2064.
BST_START = datetime(2064, 3, 30, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2064, 10, 26, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2064

def expected_offset(d):
    return "+0100" if BST_START <= d.astimezone(UTC) < BST_END else "+0000"

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"], 1)}

def parse_dob(w):
    w = w.strip()
    m = re.fullmatch(r"(\d{2})[/.-](\d{2})[/.-](\d{4})", w)
    if m:
        return date(int(m[3]), int(m[2]), int(m[1])).isoformat()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", w)
    if m:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
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
    if not (timedelta(minutes=2) <= now - d <= timedelta(minutes=6)): err("now not 2-6 min after Date")
    if e["kind"] != "auto_reply" and msg["Auto-Submitted"] is not None: err("Auto-Submitted on human mail")
    text = readable(msg)
    for y in YEAR.findall(text + " " + all_headers(msg)):
        if int(y) > MAX_YEAR + 1: err("year after %d in the text or headers: %s" % (MAX_YEAR + 1, y))
    metas = {c["name"]: c for c in META[f]["children"]}
    for c in e["children"]:
        mc = metas.get(c["name"])
        if mc is None:
            err("child %s has no source record" % c["name"]); continue
        span = c["name"]
        if span not in text: err("child %s not in text" % c["name"])
        if c["dob"] or mc["_w"]:
            w = mc["_w"] or ""
            if w not in text: err("dob as written %r not in text" % w)
            if parse_dob(w) != c["dob"]: err("dob %r parses to %s, label %s" % (w, parse_dob(w), c["dob"]))
            if c["dob"] and age_years(date.fromisoformat(c["dob"]), now.date()) >= 18:
                err("%s is 18 or over, not a child" % c["name"])
    for name in META[f]["not_children"]:
        if name not in text: err("excluded person %s not in text" % name)
        if any(name == c["name"] or name.split()[0] in c["name"].split() for c in e["children"]):
            err("excluded person %s labelled as a child" % name)
    for cid in e["case_ids"]:
        if cid not in text: err("case id %s not in text" % cid)
    return errors

CAT_EXPECTED = {"urgent": 11, "near_miss": 12, "ordinary": 17}

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
        present = phrase in readable(parse(f))
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
ALARM = re.compile(r"(?i)\b(urgent\w*|immediate\w*|risk\w*|safeguard\w*|danger\w*|child[\s-]+protection)\b")

def _plain(msg):
    for part in msg.walk():
        if not part.is_multipart() and part.get_content_type() == "text/plain" and not part.get_filename():
            return part.get_content().replace("\r\n", "\n")
    return ""

def _lab(f):
    return next(l for l in LABELS if l["file"] == f)

def _no_alarm(msg):
    return not ALARM.search(readable(msg))

def _alarm_only_in(msg, where):
    """Every alarm word of the readable text sits inside the lines that contain `where` (a signature, a PS)."""
    text = readable(msg)
    hits = [m.start() for m in ALARM.finditer(text)]
    return bool(hits) and all(where in text[max(0, h - 80):h + 80] for h in hits)

def _single_b64_lf(msg):
    raw = FILES[_cur[0]]
    return (not msg.is_multipart() and msg["Content-Transfer-Encoding"] == "base64"
            and b"\r\n" not in base64.b64decode(msg.get_payload()))

def _cal_methods(msg):
    return [(p.get_param("method") or "").upper() for p in msg.walk() if p.get_content_type() == "text/calendar"]

def _cal_text(msg):
    return " ".join(p.get_payload(decode=True).decode().replace("\r\n ", "") for p in msg.walk()
                    if p.get_content_type() == "text/calendar")

_cur = [None]
def _b64(f):
    def fn(msg):
        _cur[0] = f
        return _single_b64_lf(msg) and _no_alarm(msg)
    return fn

CUSTOM = [
    ("knowsley_02.eml", "one base64 text/plain part with LF line ends; no alarm words", _b64("knowsley_02.eml")),
    ("torbay_02.eml", "one base64 text/plain part with LF line ends; no alarm words", _b64("torbay_02.eml")),
    ("knowsley_06.eml", "the report in the new text, the child's name only in the quoted ack",
     lambda m: "Mensah-Doyle (16/08/2048)" in _plain(m).split("________________________________", 1)[1]
               and "Mensah-Doyle" not in _plain(m).split("________________________________", 1)[0]),
    ("knowsley_07.eml", "an iTIP REQUEST (not a REPLY); case studies marked as fictional composites",
     lambda m: _cal_methods(m) == ["REQUEST"] and "not about any real child" in readable(m)),
    ("tower_hamlets_06.eml", "the immediate risk is in the iTIP COMMENT; DECLINED; no alarm words",
     lambda m: "COMMENT" in _cal_text(m) and "tonight" in _cal_text(m) and "PARTSTAT=DECLINED" in _cal_text(m)
               and _no_alarm(m)),
    ("tower_hamlets_07.eml", "a list bulletin with no child",
     lambda m: m["List-Id"] is not None and "no information suggesting" in readable(m)),
    ("tower_hamlets_08.eml", "an NDR (multipart/report, delivery-status)",
     lambda m: m.get_content_type() == "multipart/report" and (m["Auto-Submitted"] or "").startswith("auto-")),
    ("torbay_05.eml", "the only alarm word is the PS's URGENT, after the request",
     lambda m: _alarm_only_in(m, "PS URGENT") and _plain(m).index("PS URGENT") > _plain(m).index("LCS-3021457")),
    ("richmond_wandsworth_02.eml", "alarm words only in the officer's unit name",
     lambda m: _alarm_only_in(m, "Vulnerability and Safeguarding Hub")),
    ("tower_hamlets_02.eml", "alarm words only in the navigator's job title; a Friday evening",
     lambda m: _alarm_only_in(m, "Youth Violence & Safeguarding Navigator")
               and email.utils.parsedate_to_datetime(m["Date"]).weekday() == 4
               and email.utils.parsedate_to_datetime(m["Date"]).hour >= 17),
    ("herefordshire_02.eml", "alarm words only in the navigator's job title",
     lambda m: _alarm_only_in(m, "Youth Navigator (Safeguarding Adolescents)")),
    ("torbay_02.eml", "after 22:00 on a Friday",
     lambda m: email.utils.parsedate_to_datetime(m["Date"]).hour >= 22
               and email.utils.parsedate_to_datetime(m["Date"]).weekday() == 4),
    ("herefordshire_06.eml", "a Herefordshire step-up (undefined kind) that is urgent",
     lambda m: ("herefordshire", "step_up") not in DEFINED and _lab("herefordshire_06.eml")["expect"]["missing"] == []),
    ("richmond_wandsworth_06.eml", "an out-of-office whose boilerplate has alarm words",
     lambda m: (m["Auto-Submitted"] or "") == "auto-replied" and ALARM.search(readable(m)) is not None),
    ("knowsley_04.eml", "knife history negated; toolkit attached",
     lambda m: "no exploitation concerns" in readable(m) and any("Engaging Families Toolkit" in (p.get_filename() or "")
                                                                for p in m.walk())),
    ("richmond_wandsworth_08.eml", "every screening item answered No / None / Denied",
     lambda m: all(x in readable(m) for x in ("sharp-object injury: No", "Assault: No", "indicators: None identified",
                                              "suicidal thoughts: Denied"))),
    ("herefordshire_05.eml", "already placed for tonight; 'isn't at risk tonight'",
     lambda m: "placed him at the YMCA" in readable(m) and "isn't at risk tonight" in readable(m)),
    ("richmond_wandsworth_04.eml", "case summary pasted under its own heading",
     lambda m: "\nCase summary\n" in _plain(m)),
    ("richmond_wandsworth_01.eml", "rationale pasted under its own heading; summary attached",
     lambda m: "\nRationale for step up\n" in _plain(m)),
    ("tower_hamlets_05.eml", "no MARF attached; no alarm words",
     lambda m: not any(p.get_filename() for p in m.walk()) and _no_alarm(m)),
]

WORDING = [
    ("knowsley_01.eml", "Mum (Lisa) has agreed to the step up", "consent", True),
    ("knowsley_01.eml", "agreed the step up in supervision", "manager_agreed", True),
    ("knowsley_03.eml", "mum and Aoife both signed the Family First consent form", "consent", True),
    ("knowsley_04.eml", "Joanne Halsall, has agreed the step up", "manager_agreed", True),
    ("richmond_wandsworth_01.eml", "I agree that Ezra now needs to step up", "manager_agreed", True),
    ("richmond_wandsworth_01.eml", "Mum is aware of the step up and has agreed to it", "consent", True),
    ("richmond_wandsworth_03.eml", "agrees with the step down", "manager_agreed", True),
    ("richmond_wandsworth_03.eml", "both consented to Early Help", "consent", True),
    ("richmond_wandsworth_04.eml", "will ask her then", "consent", None),
    ("richmond_wandsworth_05.eml", "Mum has agreed to the step up", "consent", True),
    ("tower_hamlets_01.eml", "Dad has consented to the referral", "consent", True),
    ("tower_hamlets_01.eml", "has agreed the step up", "manager_agreed", True),
    ("tower_hamlets_03.eml", "mum and dad both consented to Early Help", "consent", True),
    ("tower_hamlets_04.eml", "Mum and Sienna have both agreed to the step down", "consent", True),
    ("tower_hamlets_05.eml", "said send it to you now as a step up", "manager_agreed", True),
    ("tower_hamlets_05.eml", "Chloé knows I'm contacting you and is OK with it", "consent", True),
    ("torbay_01.eml", "Mum has consented to Level 3 Early Help", "consent", True),
    ("torbay_01.eml", "confirming the threshold for level 3 is met", "manager_agreed", True),
    ("torbay_03.eml", "Mum has given her consent for the contact to MASH", "consent", True),
    ("torbay_03.eml", "he agrees it meets the threshold for level 4", "manager_agreed", True),
    ("torbay_04.eml", "he doesn't consent to us contacting MASH", "consent", False),
    ("torbay_04.eml", "agreed this morning that this should go to MASH", "manager_agreed", True),
    ("torbay_05.eml", "Mum consented to Level 3 Early Help", "consent", True),
    ("torbay_06.eml", "She agrees with the step down and confirms the threshold for level 3 is met", "manager_agreed", True),
    ("herefordshire_04.eml", "Mum agreed on the phone yesterday to Early Help", "consent", True),
    ("herefordshire_06.eml", "Mum knows and agrees to the step up", "consent", True),
    ("herefordshire_06.eml", "agrees it needs to go to social care today", "manager_agreed", True),
    ("herefordshire_08.eml", "dad signed it yesterday", "consent", True),
]

def add_kind_checks():
    for lab in LABELS:
        f, k = lab["file"], lab["expect"]["kind"]
        if k == "follow_up":
            CUSTOM.append((f, "follow_up with an [SB-...] reference in the subject",
                           lambda m: re.search(r"\[SB-[a-z_]+-\d+\]", str(m["Subject"])) is not None))
        elif k == "meeting_reply":
            CUSTOM.append((f, "meeting_reply with exactly one text/calendar method=REPLY part",
                           lambda m: _cal_methods(m) == ["REPLY"]))
        elif k == "auto_reply":
            CUSTOM.append((f, "auto_reply marked Auto-Submitted",
                           lambda m: (m["Auto-Submitted"] or "").startswith("auto-")))
        if k in ("step_up", "step_down", "other"):
            CUSTOM.append((f, "no [SB-] reference on a new request / other mail",
                           lambda m: "[SB-" not in str(m["Subject"])))
        if k != "meeting_reply":
            CUSTOM.append((f, "no iTIP REPLY outside meeting replies", lambda m: "REPLY" not in _cal_methods(m)))

QUIET_EXPECTED = ["herefordshire_06.eml", "knowsley_02.eml", "knowsley_06.eml", "richmond_wandsworth_05.eml",
                  "torbay_02.eml", "tower_hamlets_05.eml", "tower_hamlets_06.eml"]
COUNTS_EXPECTED = {                   # file: (working days, plain weekdays) from the London date of `now`
    "knowsley_01.eml": (5, 5), "knowsley_03.eml": (4, 5), "knowsley_04.eml": (4, 5), "knowsley_08.eml": (5, 5)}
CROSSING_BH_EXPECTED = ["knowsley_03.eml", "knowsley_04.eml"]
DECISIVE_EXPECTED = ["knowsley_03.eml", "knowsley_04.eml"]     # plain weekdays say ok, working days say not ok
QUIET, COUNTS = [], {}

def _today(f):
    return datetime.fromisoformat(_lab(f)["now"]).astimezone(LON).date()

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2064])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: the bank holidays in the window are %s, expected %s" % (inside, IN_WINDOW))
    easter = {d: pkg.get(d) for d in pkg if "Easter" in pkg.get(d) or "Good Friday" in pkg.get(d)}
    if easter != EASTER or not all(d < WINDOW[0].date() for d in easter):
        errors.append("set: Easter 2064 is %s, expected %s before the window" % (easter, EASTER))
    # Easter Sunday 2064 from the computus (Anonymous Gregorian algorithm), checked against the package
    y = 2064; a = y % 19; b, c = divmod(y, 100); d_, e_ = divmod(b, 4); g = (8 * b + 13) // 25
    h = (19 * a + b - d_ - g + 15) % 30; i, k = divmod(c, 4); l = (32 + 2 * e_ + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l) // 433; month = (h + l - 7 * m + 90) // 25; day = (h + l - 7 * m + 33 * month + 19) % 32
    if date(y, month, day) + timedelta(days=1) != date(2064, 4, 7):
        errors.append("set: the computus gives Easter Sunday %s" % date(y, month, day))
    last_sun = lambda yy, mth: max(date(yy, mth, dd) for dd in range(25, 32) if date(yy, mth, dd).weekday() == 6)
    if not (BST_START.date() == last_sun(2064, 3) and BST_END.date() == last_sun(2064, 10)):
        errors.append("set: BST must start on the last Sunday of March 2064 and end on the last Sunday of October")
    dd = WINDOW[0].date()
    while dd <= WINDOW[1].date():
        noon = datetime(dd.year, dd.month, dd.day, 12, tzinfo=LON)
        if noon.utcoffset() != timedelta(hours=1):
            errors.append("set: %s has offset %s, the window must be BST throughout" % (dd, noon.utcoffset()))
        dd += timedelta(days=1)
    if not (WINDOW[0].date() == date(2064, 4, 14) and WINDOW[0].weekday() == 0
            and WINDOW[1].date() == date(2064, 7, 25) and WINDOW[1].weekday() == 4):
        errors.append("set: the window must run from Monday 14 April to Friday 25 July 2064")
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
        mt = META[f]["meeting"]
        if mt is not None:
            counts[f] = (working_days(_today(f), mt), plain_weekdays(_today(f), mt))
        pos = [text.find(c["name"]) for c in lab["expect"]["children"]]
        if pos != sorted(pos):
            errors.append("%s: children not in order of first full-name appearance" % f)
    quiet.sort()
    if quiet != QUIET_EXPECTED:
        errors.append("set: the urgent mails with no alarm word are %s, expected %s" % (quiet, QUIET_EXPECTED))
    if len(quiet) < 6:
        errors.append("set: only %d urgent mails avoid every alarm word (need 6)" % len(quiet))
    if counts != COUNTS_EXPECTED:
        errors.append("set: Knowsley notice counts are %s, expected %s" % (counts, COUNTS_EXPECTED))
    bh = sorted(f for f in counts if any(_today(f) < hd <= META[f]["meeting"] for hd in BANK_HOLIDAYS))
    if bh != CROSSING_BH_EXPECTED:
        errors.append("set: counts crossing a bank holiday are %s, expected %s" % (bh, CROSSING_BH_EXPECTED))
    decisive = sorted(f for f in counts if (counts[f][1] >= 5) != (counts[f][0] >= 5))
    if decisive != DECISIVE_EXPECTED:
        errors.append("set: counts a bank holiday decides are %s, expected %s" % (decisive, DECISIVE_EXPECTED))
    if {hd for f in decisive for hd in BANK_HOLIDAYS if _today(f) < hd <= META[f]["meeting"]} != set(IN_WINDOW):
        errors.append("set: the decisive counts must cross May Day and the Spring Bank Holiday between them")
    if set(offsets) != {"+0100"}:
        errors.append("set: Date offsets %s (the window is BST throughout: all +0100)" % offsets)
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
           "Knowsley counts (WD, plain weekdays): %s" % COUNTS]
    table = {}
    for l in LABELS:
        table.setdefault(l["authority"], Counter())[CATS[l["file"]]] += 1
    for a, c in table.items():
        out.append("%s %s" % (a, dict(c)))
    for l in sorted(LABELS, key=lambda x: x["file"]):
        d = datetime.fromisoformat(l["now"])
        out.append("  %s %s %s" % (l["file"], d.strftime("%a %d %b %H:%M"), l["mailbox"]))
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
