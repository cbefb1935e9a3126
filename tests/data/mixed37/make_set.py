#!/usr/bin/env python3
"""mixed37: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the autumn term of 2056 (Monday 4 September - Friday 15 December 2056), in the writing of families without
settled homes and of writers whose first language is not English: temporary accommodation and bed-and-breakfast
placements, women's refuges, sofa-surfing teenagers, asylum-seeking families and unaccompanied children in hotels,
interpreters' notes and corrections, housing officers, hostel and B&B staff writing in, and mail written in English
as an additional language or run through machine translation (odd word order, wrong prepositions, literal idioms),
alongside ordinary practitioners' requests.

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, Content-IDs and calendar UIDs
come from sha1 of the file name; zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py
(`--stats` prints the tallies). pypdf and python-docx are used only by the self-checks, to read the hand-built PDFs and
.docx files back; `holidays` is required and must agree with the script's bank-holiday list. The MIME, Word HTML,
PDF, .docx, iCalendar, out-of-office, quote-chain and readable-text helpers are copied from
/work/main/tests/data/mixed27/make_set.py and adapted. Every label was set by hand from the specification; the
self-checks only verify them against its rules and STOP on any error before anything is written.
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
    """Local (Europe/London) wall-clock time. The window (Monday 4 September - Friday 15 December 2056) straddles
    the end of British Summer Time: BST ends at 01:00 UTC on Sunday 29 October 2056, so mail up to Friday 27 October
    carries +0100 and mail from Monday 30 October carries +0000. The self-check asserts every Date header's offset
    against Europe/London's."""
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
            zi = zipfile.ZipInfo(name, date_time=(2056, 9, 1, 0, 0, 0))
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




# ============================================================================= helpers added for mixed37
def gmail_top(fname, frm, to, subject, when, cc=None, extra=None):
    d = dt(when)
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject)), ("Date", email.utils.format_datetime(d)),
          ("Message-ID", "<CA%s@mail.gmail.com>" % sha(fname, "gm")[:30])]
    return h + (extra or [])

def android_mail(f, top, text, atts=()):
    """A phone mail: one text/plain part, base64, LF line ends (or multipart/mixed with attachments)."""
    t = text_part(text, cte="base64")
    root = multipart("mixed", [t] + list(atts), gbnd(f, 1)) if atts else t
    return build(top, root, False)


# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2056-09-11 14:12:09"
    body = T("""
Hi all,

Please see the Teams invitation below for the step up TAF meeting for the Gebremedhin family (EHM-704318) on Wednesday 20 September at 10am. I have sent it to the MASH inbox and MASH business support for the minutes, and I have invited the current TAF members myself (Lathom Fields Primary, the health visitor, the Refugee Resettlement caseworker and the hostel's family support worker). A Tigrinya interpreter (Mehret Tesfay) is booked for mum.

Children:
Senait Gebremedhin - DOB 02/03/2047 - Year 5, Lathom Fields Primary
Yonas Gebremedhin - DOB 19/11/2050 - Reception, Lathom Fields Primary

Background in brief: the family were granted refugee status in June and had to leave their Home Office accommodation in Liverpool within the 28 day move-on period. Since 14 July they have been in one room at Brookhouse Lodge family hostel in Huyton. Since the move things have gone backwards: the children are coming to school hungry and in the same clothes for days, Yonas has had head lice all term and untreated tooth pain, and Senait's attendance since July is 71%. The GCP2 (attached) scores 4 for nutrition, hygiene and health, 3 for housing.

My team manager, Paul Okafor, has discussed the step up with me in supervision on 8 September and agreed it. Mum knows we are asking for the step up - I explained it through the interpreter at the last TAF. She did not say yes or no, she said she wants help with the housing.

Attached: the FF Step Up request form (Appendix 1), the GCP2 and the minutes of the TAF on 30 August.

Many thanks,
Bronwen

Bronwen Achterberg
Family First Case Manager | Family First 0-18 (Huyton) | Knowsley Council
0151 496 0342
""") + "\n" + KDISC
    cal = ics("REQUEST", f, dt(when), "20560920T100000", "20560920T113000",
              "Step up TAF meeting - Gebremedhin (EHM-704318)", "Microsoft Teams Meeting",
              "Step up TAF meeting for Senait and Yonas Gebremedhin. Chair: MASH social worker. "
              "Minutes: MASH business support. Tigrinya interpreter booked.",
              ("Bronwen Achterberg", "Bronwen.Achterberg@" + KDOM),
              [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH Business Support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    form = appendix1([
        ("Case ID on EHM:", "EHM-704318"),
        ("Has this family recently closed to Children's Social Care?:", "No - never open to CSC"),
        ("Date of step up TAF meeting:", "Wednesday 20 September 2056, 10:00, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium - mum attends TAFs with the interpreter; engagement is not the concern"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 30 August"),
        "What are we worried about?",
        ("Current Concerns (Impact on child)", "Children hungry at school, same clothes for days, untreated lice "
         "and tooth pain (Yonas), Senait's attendance 71% since July. Family of three in one hostel room."),
        ("Past Harm", "None known in the UK."),
        ("Complicating Factors", "Recent move from asylum accommodation; language; no local family; no money "
         "until Universal Credit was paid in August."),
        "What is working well?",
        ("Existing Strengths", "Mum is warm with the children and attends TAFs; the children are attached to her."),
        ("Existing Safety", "School breakfast club; hostel family support worker sees the family weekly."),
        "What next?",
        ("Goals", "Children fed, clean and in school every day; health needs treated."),
        ("Next Steps", "Step up TAF on 20 September; C&F assessment if agreed."),
        ("Graded Care profile (If neglect should be completed).", "Yes - GCP2 completed 5 September, attached."),
        ("Agreement by line manager:", "Agreed - Paul Okafor, Team Manager, 8 September"),
        ("Contingency plan (Smart and timely).", "If not stepped up: TAF every 4 weeks, GCP2 reviewed in 6 weeks."),
    ])
    atts = [docx_att("FF Step Up request to CSC - Gebremedhin.docx", form),
            pdf_att("GCP2 Gebremedhin 05.09.pdf", "Graded Care Profile 2 - Gebremedhin family", [
                "Completed by: Bronwen Achterberg, Family First, 5 September 2056, with mum (Tigrinya interpreter).",
                "Children: Senait Gebremedhin (9), Yonas Gebremedhin (5).",
                "Area 1 Nutrition: 4. Area 2 Housing: 3. Area 3 Clothing: 3. Area 4 Hygiene: 4.",
                "Area 5 Health: 4. Area 6 Love and care: 2. Area 7 Stimulation and education: 3.",
                "Summary: physical care has deteriorated since the move into the hostel."]),
            docx_att("TAF minutes 30.08 - Gebremedhin.docx", [
                "# TAF meeting minutes - Gebremedhin family",
                "Date: 30 August 2056. Venue: Brookhouse Lodge, Huyton. Interpreter: Tigrinya (telephone).",
                "Present: mum, Bronwen Achterberg (Family First), school family liaison, health visitor.",
                "Discussed: food, uniform grant, school attendance, dental registration, housing bid.",
                "Actions: foodbank voucher (BA); dental registration (HV); attendance plan (school)."])]
    top = outlook_top(f, addr("Achterberg, Bronwen", "Bronwen.Achterberg@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up TAF meeting - Gebremedhin (EHM-704318)", when,
                      cc=addr("MASH Business Support", KBS),
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    add(f, itip_request_mail(f, top, body, cal, atts), "knowsley", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["EHM-704318"],
        [ch("Senait Gebremedhin", "2047-03-02", "02/03/2047"), ch("Yonas Gebremedhin", "2050-11-19", "19/11/2050")],
        ["neglect", "school_attendance"], None, True, [], True, "book_meeting",
        "Complete Knowsley step-up sent, as the protocol asks, as a Teams invitation (iTIP REQUEST) to the MASH inbox "
        "and MASH business support (REQUIREMENTS, knowsley step_up): Appendix 1 form, GCP2 (required because the "
        "concerns are neglect), TAF minutes and EHM case id all present; 'Paul Okafor ... discussed the step up ... and "
        "agreed it' -> manager_agreed true. A refugee family moved from asylum accommodation into a hostel. Consent "
        "null: mum 'knows' and 'did not say yes or no' (not stated as given or refused). Concerns: hunger, hygiene, "
        "untreated health needs -> neglect; 71% attendance -> school_attendance. Notice: Mon 11 Sep -> Wed 20 Sep is "
        "7 working days >= 5 -> ok -> book_meeting.",
        meeting=date(2056, 9, 20), not_children=["Bronwen Achterberg", "Paul Okafor", "Mehret Tesfay"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2056-10-10 00:18:37"
    body = T("""
Dear Family First duty team,

I am sorry to send this so late in the night, I finish now my recordings from the visits. I am agency social worker in the Child in Need team (Kirkby), I start in Knowsley only in August so please tell me if something is not how you want it.

I write for step down to Family First at Level 3 for the family Al-Sayed. The C&F assessment is finished and my manager and me we think the family don't need social work any more but they need still support from Family First.

Children:
Maryam Al-Sayed, born 21.07.2049
Omar Al-Sayed, born 08.02.2053
ICS-1382204

Mother has gave her consent for the referral to Family First, she sign the consent form with the Arabic interpreter on Friday 6/10.

Joint home visit: Monday 16 October at 2pm, at the family room in Marlowe House (temporary accommodation), 41 Kemble Street, Prescot, Room 7. Please can a Family First case manager come with me.

What are we worried about:
Mother is having the PTSD from the war in Syria and the journey, she takes the medication from GP but some days she stay in the bed and Maryam is getting Omar ready for the nursery. The family is in temporary accommodation since April and they don't know how long.

What is working well:
Mother is very loving with the children and she never miss the appointments. Maryam is doing good in the school (attendance 96%) and she has friends. The nursery say Omar is happy and his speech in English is coming on very fast.

What needs to happen:
Mother to have the referral to the trauma service (GP is doing this). A Family First case manager to help with the housing bid and with a routine for the mornings so Maryam is not doing the job of mother. TAF with school, nursery and the GP.

Thank you very much and sorry for my English, it is not my first language.

Kind regards
Ioana Cazacu
Social Worker (agency) | Child in Need Team, Kirkby | Knowsley Council
07700 900418
""") + "\n" + KDISC
    top = plain_top(f, addr("Cazacu, Ioana", "Ioana.Cazacu@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "Step down to Family First Level 3 - Al-Sayed", when, KDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["ICS-1382204"],
        [ch("Maryam Al-Sayed", "2049-07-21", "21.07.2049"), ch("Omar Al-Sayed", "2053-02-08", "08.02.2053")],
        ["parental_mental_health"], True, None, [], False, "request_info",
        "Knowsley Level 3 step-down in an agency social worker's English as an additional language ('Mother has gave "
        "her consent ... she sign the consent form' -> consent true). Joint home visit with date, time and venue; all "
        "three Signs of Safety headings answered -> nothing missing (REQUIREMENTS, knowsley step_down level 3). "
        "Mother's PTSD -> parental_mental_health (Maryam helping in the mornings is described, not called a caring "
        "role; attendance 96% is good). NOTICE DECIDED BY THE LONDON DATE: the mail is sent at 00:18 BST on Tuesday "
        "10 October, which is 23:18 UTC on Monday 9 October. DESIGN counts working days after today, today being the "
        "date of --now in Europe/London time (REQUIREMENTS: Europe/London) -> Tue 10 Oct to Mon 16 Oct is 4 working "
        "days < 5 -> not ok -> request_info. A reader taking the UTC date (Mon 9 Oct) would count 5 and say ok.",
        meeting=date(2056, 10, 16), not_children=["Ioana Cazacu"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2056-11-23 11:37:52"
    body = T("""
MASH,

Step up for the Mahmoudi family, EHM-711902. I know the protocol is a TAF first with 5 days' notice but please read the interpreter's note attached before anything else - Paul has read it and agreed we step up today rather than wait for a TAF.

Aram Mahmoudi, DOB 14/05/2048
Shilan Mahmoudi, DOB 30/01/2052

The family are asylum seekers in the Home Office hotel on the Whiston bypass (Whiston Lodge Hotel, rooms 212 and 214). I saw Aram this morning at school with the Kurdish Sorani interpreter for our planned session about his worries. He rolled up his sleeve and showed us a burn on his left forearm, about the size of the flat of an iron, blistered and weeping. He said his father pressed the iron on his arm on Tuesday night because he spoke English to Shilan in the room and "in this family we speak our language". He said his dad told him if the teacher finds out "tonight I do the other arm".

Dad is at the hotel all day (he is not allowed to work). Mum was crying when I rang her and said "he is not a bad man, he is under pressure from the Home Office interview". School are keeping Aram in the medical room with the school nurse for now. School finishes at 3.15 and the hotel bus collects the children at 3.30.

I have no form or TAF minutes to attach as this has come up today - the interpreter's record is attached instead.

Bronwen

Bronwen Achterberg
Family First Case Manager | Family First 0-18 (Huyton) | Knowsley Council
0151 496 0342
""") + "\n" + KDISC
    note = docx_att("Interpreter record 23.11 - Mahmoudi.docx", [
        "# Interpreter's record of session",
        "Language: Kurdish (Sorani). Interpreter: Hawre Salih (NRPSI registered). Booked by: Knowsley Family First.",
        "Date: 23 November 2056, 09:10 - 09:55, Bluebell Lane Primary, Whiston. Present: Aram (8), "
        "B. Achterberg (Family First), school learning mentor.",
        "Record: The child said (interpreted as closely as possible): 'Baba put the iron on my arm. It was Tuesday "
        "night. Because I talked English to Shilan. He said in this family we speak our language. If the teacher "
        "finds out, tonight I do the other arm.' The child showed a burn on the inside of the left forearm.",
        "Interpreter's note: the child used the word for a clothes iron, not a hair straightener. He was shaking. "
        "I believe the child is at risk if he goes back to the hotel today. I am recording this as my professional "
        "concern in line with the NRPSI code.",
        "Signed: H. Salih"])
    top = outlook_top(f, addr("Achterberg, Bronwen", "Bronwen.Achterberg@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Mahmoudi - EHM-711902 - interpreter's note attached", when,
                      cc=addr("Okafor, Paul", "Paul.Okafor@" + KDOM) + ", " + addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, atts=[note], html_alt=True), "knowsley", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["EHM-711902"],
        [ch("Aram Mahmoudi", "2048-05-14", "14/05/2048"), ch("Shilan Mahmoudi", "2052-01-30", "30/01/2052")],
        ["physical_harm"], None, True, ["meeting_details", "step_up_form", "taf_minutes"], None, "alert_duty",
        "URGENT (DESIGN safety rule 1): an 8-year-old asylum-seeking child with a fresh iron burn inflicted by his "
        "father, who has threatened 'tonight I do the other arm' and is at the hotel the child goes back to at 3.30 "
        "today. The body has no alarm word; 'risk' appears only in the interpreter's record attached. Burn -> "
        "physical_harm. 'Paul has read it and agreed we step up today' (Paul Okafor, the team manager, copied) -> "
        "manager_agreed true. Knowsley step_up requirements: no Appendix 1 form, no TAF minutes, no meeting date -> "
        "meeting_details, step_up_form, taf_minutes missing; notice null without a date; but alert_duty comes first.",
        not_children=["Bronwen Achterberg", "Hawre Salih"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2056-10-26 16:05:14"
    body = T("""
Hi Family First duty,

Step down to a Level 2 service for Kacper Nowicki (ICS-1419377, DOB 03/06/2040), who is now 16.

Final CIN meeting: Thursday 2 November at 11am at Huyton Foyer, 2 Lathom Road, Huyton - meeting room 1.

Lead Practitioner after step down: Amira Begum, Young People's Support Worker, Huyton Foyer. Amira has agreed to take the role and will open an Early Help Assessment after the CIN meeting.

Kacper has consented to the step down and to Amira being his lead practitioner.

Some history so the duty team isn't alarmed by the file: Kacper was sofa surfing between friends' houses from May to August after a row with his mum, and was reported missing twice in July from the address he was staying at (both times found within 24 hours, return home interviews done). He was screened at MACE in August because we were worried older males were using him - that was closed with no exploitation concerns, and there have been no missing episodes since he moved into the Foyer on 21 August. There are no current safeguarding concerns and no reason for statutory involvement.

What are we worried about?
College attendance is 72% this half term - he finds mornings hard. He still has no contact with mum, although he says he wants some.

What is working well?
He has kept his room at the Foyer for two months with no warnings, he is on a Level 2 plumbing course and he gets on well with Amira. He is registered with a GP and has a bank account.

What needs to happen?
Amira to lead a TAF with college and the Foyer; a morning routine plan; Amira to explore mediation with mum if Kacper still wants it; review at the first TAF in 6 weeks.

Thanks,
Liam

Liam Gorst
Social Worker | 16+ and Adolescent Team | Knowsley Council
0151 496 0577
""") + "\n" + KDISC
    top = plain_top(f, addr("Gorst, Liam", "Liam.Gorst@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "Step down to Level 2 - Kacper Nowicki - CIN 2/11", when, KDOM, "Microsoft Outlook 16.0",
                    cc=addr("Amira Begum", "amira.begum@huytonfoyer.example"))
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 2, ["ICS-1419377"],
        [ch("Kacper Nowicki", "2040-06-03", "03/06/2040")],
        ["school_attendance"], True, None, [], True, "book_meeting",
        "NEAR MISS: a formerly sofa-surfing 16-year-old whose missing episodes (July, found within 24 hours) and MACE "
        "screening (closed, 'no exploitation concerns') are history; 'no current safeguarding concerns' -> not "
        "urgent, and missing / exploitation are not current concerns. Only college attendance (72%) -> "
        "school_attendance. Complete Knowsley Level 2 step-down (REQUIREMENTS): date, time and venue of the final CIN "
        "meeting, the three Signs of Safety headings, and a named lead practitioner with agency (Amira Begum, Huyton "
        "Foyer). Consent true ('Kacper has consented'). Notice ACROSS THE CLOCK CHANGE: sent Thu 26 Oct (BST), "
        "meeting Thu 2 Nov (GMT): Fri 27, Mon 30, Tue 31, Wed 1, Thu 2 = exactly 5 working days -> ok -> book_meeting.",
        meeting=date(2056, 11, 2), not_children=["Amira Begum", "Liam Gorst"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2056-09-15 09:52:30"
    comment = ("Sorry I am not able for this day, I have court booking in Liverpool since one month. My colleague "
               "Yohannes Berhe will come in my place for the mum, I send his details to Bronwen.")
    data = itip_reply(f, when, "Mehret Tesfay", "mehret.tesfay@merseylanguagelink.example", ("Knowsley MASH", KMASH),
                      "DECLINED", "Step up TAF meeting - Gebremedhin [SB-knowsley-207]", "20560920T100000",
                      "20560920T113000", "Microsoft Teams Meeting", comment=comment)
    add(f, data, "knowsley", "mash_step_up", when, 3,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY (text/calendar method=REPLY, PARTSTAT=DECLINED) from the Tigrinya interpreter, with a "
        "comment in English as an additional language naming a replacement -> meeting_reply -> record_reply. The "
        "summary names the family but no child or case number.",
        not_children=["Mehret Tesfay", "Yohannes Berhe"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2056-12-06 19:41:05"
    body = T("""
Hello Family First,

I am the duty manager tonight at Cronton Court family hostel (Knowsley Housing Options temporary accommodation). I am writing to this email because it is the one on the family's Family First letter on the notice board in their room, I think their worker is Farid.

At 5.50pm tonight our staff found Ms Shannon Doherty (room 14) not waking up on the bed with empty packets of her tablets next to her. The ambulance took her to Whiston Hospital at 6.20pm. The paramedic said she took an overdose. She is alive but they will keep her.

Her two children are with us in the staff office now:
Tiana-Rose Doherty, DOB 02/02/2052
Kayden Doherty, DOB 09/03/2056 (baby)

We have no family contact on our system. Tiana-Rose says her dad is "in Scotland" and she doesn't know the number. We have given them toast and milk and the baby has the nappies from the room.

I am alone on shift after 10pm and the night staff is not allowed to look after children, it is not in our registration. Nobody from Housing Options answers after 5pm. Please can someone tell me what to do with the children tonight, I do not want to give them to the police if there is another way.

Thank you
Grażyna Lis
Duty Manager, Cronton Court Family Hostel
0151 496 0861
""")
    top = plain_top(f, addr("Grażyna Lis", "duty.manager@crontoncourt.example"), addr("Family First Duty", KFF),
                    "Room 14 children - mum taken to hospital", when, "crontoncourt.example", None)
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 3,
        "urgent", "other", True, None, [],
        [ch("Tiana-Rose Doherty", "2052-02-02", "02/02/2052"), ch("Kayden Doherty", "2056-03-09", "09/03/2056")],
        ["parental_mental_health"], None, None, [], None, "alert_duty",
        "URGENT, no alarm word anywhere: hostel staff write out of hours (19:41 on a Wednesday, GMT) that a mother "
        "was taken to hospital after an overdose and her 4-year-old and 9-month-old have no carer tonight; the only "
        "staff member cannot look after them after 10pm -> the out-of-hours service must act tonight (DESIGN safety "
        "rule 1). Not a step request from a practitioner -> other; alert_duty comes first. Overdose -> "
        "parental_mental_health. Mother and staff are adults, not children.",
        not_children=["Shannon Doherty", "Grażyna Lis"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2056-09-04 08:03:44"
    body = T("""
Thank you for your email. I am on annual leave and will be back on Monday 11 September.

For Arabic interpreting bookings for Family First please email the bookings team at languagebookings@knowsley.gov.uk.
If you have an urgent safeguarding concern about a child please call the MASH duty team, or 999 in an emergency.

شكراً لرسالتك. أنا في إجازة سنوية وسأعود يوم الاثنين ١١ سبتمبر.
لحجز مترجم عربي يرجى مراسلة فريق الحجوزات.

Samira Nassar
Bilingual Family Support Worker (Arabic / English) | Family First 0-18 | Knowsley Council
""")
    data = ooo(f, when, "Nassar, Samira", "Samira.Nassar@" + KDOM, addr("Knowsley MASH", KMASH),
               "[SB-knowsley-188] Step-up TAF meeting - invitation", body)
    add(f, data, "knowsley", "mash_step_up", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Outlook out-of-office in English and Arabic (Auto-Submitted: auto-replied, X-Auto-Response-Suppress, "
        "'Automatic reply:') on the first working day of the window, answering a stepbot invitation: auto_reply -> "
        "ignore. Its 'urgent safeguarding concern ... call the MASH duty team, or 999' is boilerplate, not a risk "
        "(DESIGN safety rule 2: never answered).",
        not_children=["Samira Nassar"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2056-10-17 15:20:26"
    body = T("""
Dear Knowsley MASH team,

Correction of interpreting record - your ref EHM-708155 - our booking ref MLL-22871

I am the Dari interpreter for the home visit on 12 October at Eccleston Street Hostel for the family Karimi (the mother, her daughter Mahsa Karimi who is 7 years old, and the baby). After the visit the case manager asked me to write the summary of what mother said and I emailed it the same day.

I must correct one sentence. I wrote: "The father beats the children when they are fighting." This is my mistake in translation and I am very sorry. The mother used an expression in Dari which is word for word "he breaks their heads with his shouting". It means he shouts very loud, it is not about hitting. I asked her again today on the telephone (with permission of the case manager) and she said clearly: he never hit the children, he shouts when they fight and then he goes out to walk. The father is also not living at the hostel, he is in the men's hostel in Liverpool until the family is moved to a house.

Please replace my sentence in your record with: "The father shouts loudly when the children fight. Mother says he has never hit them."

I have also informed Knowsley Family First. If you need me to sign a statement I am happy to do it.

With respect,
Farzana Noorzai
Dari / Pashto interpreter (DPSI), Mersey Language Link
""")
    top = plain_top(f, addr("Farzana Noorzai", "f.noorzai@merseylanguagelink.example"), addr("Knowsley MASH", KMASH),
                    "Correction of interpreting record 12 October - EHM-708155", when, "merseylanguagelink.example",
                    None)
    add(f, mail(f, top, body), "knowsley", "mash_step_up", when, 2,
        "near_miss", "other", False, None, ["EHM-708155"], [ch("Mahsa Karimi")], [], None, None, [], None,
        "human_review",
        "NEAR MISS: an interpreter corrects her own mistranslation ('the father beats the children') - the mother used "
        "a Dari idiom for shouting and says 'he never hit the children'; the father lives elsewhere. Negated and "
        "corrected, so not urgent and no concern id. Not a step request -> other -> human_review. 'your ref "
        "EHM-708155' is an EHM case id; 'MLL-22871' is the agency's booking reference, not a case id. 'Mahsa Karimi "
        "7 years' is a child named in full without a date of birth.",
        not_children=["Farzana Noorzai"])


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2056-09-13 10:25:40"
    blocks = [
        "Dear MASH colleagues,",
        "",
        "Following reflective discussion with Dritan Berisha (Early Help Practitioner) on Monday, I have agreed the "
        "plan to step up the Hoxha family to Children's Services. The latest case summary is attached.",
        "",
        ("table", [["Child", "Date of birth", "Mosaic"],
                   ["Elira Hoxha", "05/12/2046", "Mosaic ID: 2210457"],
                   ["Arben Hoxha", "17/04/2051", "(same episode)"]]),
        "",
        ("h", "Rationale for step up"),
        "Mum (Albanian speaker, limited English) and the two children were placed by Wandsworth Housing in a single "
        "room at the Tooting Bec bed and breakfast in April after a no-fault eviction. Early Help has worked with the "
        "family for five months. Despite the plan, the children's care has declined: Arben (5) has lost weight "
        "(health visitor, 2 centiles), Elira (9) is missing breakfast and is often at school from 7.40am in the cold. "
        "Mum's depression has worsened - she has missed two GP reviews and the perinatal follow-up for her miscarriage "
        "in June - and she told Dritan she 'cannot hold the children's life in her hands any more'. Early Help has done "
        "what it can within a voluntary plan; we think a Child and Family Assessment is needed to understand the "
        "children's needs and mum's capacity, and to unlock a housing and mental-health response that Early Help "
        "cannot. The concerns are not immediate child protection.",
        "",
        "Mum agreed to the step up when Dritan and I met her with the Albanian interpreter on Monday.",
        "",
        "Kind regards,",
        "Tamsin Achebe",
        "Early Help Team Manager | Wandsworth South Locality | Richmond and Wandsworth Councils",
        "020 7946 0734",
    ]
    atts = [docx_att("Case summary - Hoxha - Sept.docx", [
        "# Early Help case summary - Hoxha family",
        "Children: Elira Hoxha (9), Arben Hoxha (5). Mother: Valbona Hoxha. Father: in Albania, no contact.",
        "Open to Early Help since April 2056 (lead: Dritan Berisha). Housing: B&B, one room, shared kitchen.",
        "Work done: food bank, uniform grant, GP and HV liaison, school breakfast club, housing letters.",
        "Current position: weight loss (Arben), poor morning routine, mum's low mood worsening, missed GP reviews."])]
    top = outlook_top(f, addr("Achebe, Tamsin", "Tamsin.Achebe@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Hoxha family - Mosaic 2210457", when, cc=addr("Berisha, Dritan", "Dritan.Berisha@" + RDOM))
    add(f, word_mail(f, top, blocks, atts), "richmond_wandsworth", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["2210457"],
        [ch("Elira Hoxha", "2046-12-05", "05/12/2046"), ch("Arben Hoxha", "2051-04-17", "17/04/2051")],
        ["neglect", "parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up sent by the Early Help Team Manager to the MASH Step Up inbox with "
        "the latest case summary (attached .docx) and the rationale under its own heading (REQUIREMENTS, "
        "richmond_wandsworth step_up). 'Mosaic ID: 2210457' -> '2210457' (DESIGN: a label is not part of the id). "
        "Word HTML with a table of children. Mum 'agreed to the step up' -> consent true; the sender is the team "
        "manager and 'I have agreed the plan' -> manager_agreed true. Weight loss, missed breakfasts -> neglect; "
        "mum's worsening depression -> parental_mental_health. 'not immediate child protection' is negated. No "
        "notice period for this kind -> notice null; nothing missing -> book_meeting.",
        not_children=["Tamsin Achebe", "Dritan Berisha", "Valbona Hoxha"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2056-09-29 13:48:22"
    body = T("""
Hello,

I'm a support worker at a women's refuge in the borough. The children's Early Help worker (Dani Okoro) told me to send this here and to ring as well - I have rung twice and been in a queue, so I am writing while I wait.

Our resident, Ms Abena Mensah, came to us on 4 September with her children Zainab Mensah-Cole (DOB 14/06/2047) and Idris Mensah-Cole (DOB 22/10/2050) after leaving the children's father, Mr Kofi Cole. He has a non-molestation order against him.

At 12.40 today another resident showed us a post on Mr Cole's Facebook: a photo of our front door with the house number visible and the words "found you, see you soon". The post is public. Ms Mensah is packing now but we cannot get an emergency move for her before Monday.

The children are at Furzedown Green Primary, which they stayed at after the move - Mr Cole knows the school. They come out at 3.15 today and Ms Mensah is too frightened to go to the school gate. We have told the school office but they said they need to hear from the council before they keep the children after 3.15.

I am at the refuge until 6pm on 020 7946 0811.

Bukola Adeyinka
Refuge Support Worker
Safe Haven Women's Aid

PS Our DASH risk assessment for Ms Mensah was high on arrival and was heard at MARAC on 20 September. Please don't put the refuge address in any letter to Mr Cole.
""")
    top = plain_top(f, addr("Bukola Adeyinka", "bukola.adeyinka@safehavenwa.example"), addr("MASH Step Up", RSU),
                    "Children at Furzedown Green - father has found the refuge", when, "safehavenwa.example", None)
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Zainab Mensah-Cole", "2047-06-14", "14/06/2047"), ch("Idris Mensah-Cole", "2050-10-22", "22/10/2050")],
        ["domestic_abuse"], None, None, [], None, "alert_duty",
        "URGENT: a refuge worker reports that the children's father, subject to a non-molestation order, has posted a "
        "photo of the refuge door ('found you, see you soon') and knows the school the children leave at 3.15 today "
        "(DESIGN safety rule 1). 'risk' appears only in the PS (the DASH on arrival, heard at MARAC). A refuge worker "
        "is not the Early Help team manager and asks for no step-up -> other; alert_duty comes first. Concern: "
        "domestic_abuse. The mother and father are adults.",
        not_children=["Abena Mensah", "Kofi Cole", "Bukola Adeyinka", "Dani Okoro"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2056-11-07 09:10:03"
    body = T("""
Good morning,

As agreed with Jasper Quint (Early Help duty manager) on the phone yesterday, I'm confirming the step down case discussion for the O'Sullivan family on Thursday 9 November at 2pm (Teams). The latest case summary and the draft plan for Early Help are attached.

Niamh O'Sullivan - born 3rd March 2048
Cian O'Sullivan - born 19th January 2051
Mosaic: 2268813

Background: the children were on child protection plans (emotional harm, domestic abuse) from November last year until June. Mum left the family home with them in October last year and spent five months in a refuge in Sutton, then a year in temporary accommodation, and since August they have had a secure council tenancy in Roehampton. Dad was convicted of assaulting mum in March and is serving a prison sentence; a restraining order prevents any contact with mum or the children, and there has been no contact or attempted contact since. There are no current child protection concerns and the CIN plan has been met.

Mum's anxiety is still the main worry - she is on the waiting list for Talking Therapies and sees her GP monthly. Niamh would benefit from the school's young people's group, and Cian's bedtimes are still unsettled.

Mum has consented to Early Help continuing the plan, and has agreed that the Early Help worker identified at the CIN review, Roisin Keane, will be the Lead Professional.

Thanks,
Hugo

Hugo Lindqvist
Senior Social Worker | Child in Need Team (Wandsworth West)
020 7946 0655
""") + "\n" + RDISC
    atts = [pdf_att("Case summary O'Sullivan Nov.pdf", "Case summary - O'Sullivan family", [
                "Children: Niamh O'Sullivan (8), Cian O'Sullivan (5). Mother: Siobhan O'Sullivan.",
                "CP plans (emotional harm) ended June 2056; CIN plan since June; all CIN actions met.",
                "Father: in custody; restraining order; no contact since March 2056.",
                "Current needs: mother's anxiety (waiting list, Talking Therapies); Cian's bedtimes; Niamh's confidence."]),
            docx_att("Draft Early Help plan - O'Sullivan.docx", [
                "# Draft Early Help plan",
                "1. Mother to start Talking Therapies - GP to chase (by December).",
                "2. Niamh to join the school's young people's group (school).",
                "3. Bedtime routine for Cian (Early Help worker with mum).",
                "4. Lead Professional: Roisin Keane, Early Help. Review within 4 weeks of handover."])]
    top = outlook_top(f, addr("Lindqvist, Hugo", "Hugo.Lindqvist@" + RDOM), addr("Early Help Duty", RED),
                      "Step down case discussion Thurs 9 Nov 2pm - O'Sullivan", when,
                      cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    add(f, mail(f, top, body, atts=atts, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["2268813"],
        [ch("Niamh O'Sullivan", "2048-03-03", "3rd March 2048"), ch("Cian O'Sullivan", "2051-01-19", "19th January 2051")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "NEAR MISS: a family that came through a refuge, with child protection plans for domestic abuse (ended in "
        "June), a father convicted of assault and in prison with a restraining order and no contact: all history, "
        "'no current child protection concerns' -> not urgent, and domestic_abuse is not a current concern. Current "
        "worry: mum's anxiety -> parental_mental_health. Complete Richmond & Wandsworth step-down (REQUIREMENTS): "
        "case summary (PDF), draft plan (.docx), 'Mum has consented to Early Help continuing the plan' -> consent "
        "true; the case discussion time agreed with the Early Help duty manager is confirmed. 'Mosaic: 2268813' -> "
        "'2268813'. Names with apostrophes; DOBs written '3rd March 2048'. No notice period -> book_meeting.",
        not_children=["Hugo Lindqvist", "Jasper Quint", "Roisin Keane", "Siobhan O'Sullivan"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2056-11-20 21:14:48"
    text = T("""
Good evening,

I write you with the translate of Google, sorry for the language. I am the mother of Yusuf Haddad, he has 11 years. The worker of Early Help Mrs Rebecca gave me this email when she came to the hotel last month.

Today after the school my husband hit Yusuf with the cable of the charger of the telephone, many times on his back, because the school called about the fight. There is blood on his white shirt, I washed the marks with water. Yusuf is sleeping now in the bed with his sister but he cries when he moves.

My husband went to work in the restaurant. He said when he comes back in the night, at 2 o'clock, he will finish the matter with Yusuf and with me also if I speak to the school or to anyone. He took my phone before, I am writing from the phone of Nour Al-Amin, the woman in the next room of the hotel.

We are in the hotel of the council in Putney since six months, room 31, we have not another place to go and I do not know anybody here. Please, what I must do. I cannot call because he checks the telephone.

Thank you
Rania (mother of Yusuf Haddad)

--- النص الأصلي ---
مساء الخير، أكتب لكم باستخدام ترجمة جوجل. أنا والدة يوسف حداد، عمره ١١ سنة.
اليوم بعد المدرسة ضرب زوجي يوسف بسلك شاحن الهاتف عدة مرات على ظهره. هناك دم على قميصه.
قال إنه عندما يعود في الليل، الساعة الثانية، سينهي الأمر مع يوسف ومعي أيضاً إذا تكلمت مع المدرسة أو مع أي أحد.
نحن في فندق البلدية في بوتني، الغرفة ٣١.

Sent from my Galaxy
""")
    top = gmail_top(f, addr("Nour Al-Amin", "nour.alamin.2044@gmail.example"), addr(None, RED),
                    "help please for my son", when)
    add(f, android_mail(f, top, text), "richmond_wandsworth", "early_help_duty", when, 2,
        "urgent", "other", True, None, [], [ch("Yusuf Haddad")],
        ["domestic_abuse", "physical_harm"], None, None, [], None, "alert_duty",
        "URGENT, no alarm word anywhere: a mother writing through machine translation (literal 'he will finish the "
        "matter with Yusuf and with me') reports that her husband beat her 11-year-old with a charger cable today, "
        "drawing blood, and will come back at 2am and carry out his threat; she has no phone of her own and no other "
        "place (DESIGN safety rule 1; out of hours, 21:14 GMT on a Monday). A parent's message asking for help, not a "
        "practitioner's request -> other; alert_duty first. Injury -> physical_harm; threats and control of the "
        "mother's phone -> domestic_abuse. Yusuf Haddad named in full, age only (dob null); his sister is unnamed. "
        "The Arabic original below repeats the account.",
        not_children=["Nour Al-Amin"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2056-10-16 16:40:11"
    body = T("""
Dear Early Help Duty,

I write for confirm the step down case discussion for the family Ahmadzai. I spoke this morning with Jasper Quint and we agree the case discussion for Thursday 19th at 10 o'clock by Teams.

The children are:
Zohal Ahmadzai - 2049-04-11
Parwiz Ahmadzai - 2052-08-30
Mosaic number 2291054

The family came from Afghanistan with the resettlement scheme and they are in temporary accommodation in Putney (one flat with two rooms) since February. The C&F assessment is finished, there is no need for statutory work any more. Still there are some needs: Zohal is making the translation for her mother in all the appointments (GP, housing, Job Centre) and she miss school for this, her attendance is 86%. Mother is learning English at the college two mornings.

Mother told me yesterday with the interpreter that she agree to continue with Early Help, and she is happy for the Early Help worker to be the lead.

I attach the latest case summary. The draft plan for Early Help I send you tomorrow after the supervision with my manager, she want to read it first.

Many thanks and best regards,
Lucía Fernández Ortega
Social Worker | Assessment Team (Wandsworth) | Richmond and Wandsworth Councils
020 7946 0619
""") + "\n" + RDISC
    atts = [pdf_att("Case summary - Ahmadzai.pdf", "Latest case summary - Ahmadzai family", [
        "Children: Zohal Ahmadzai (7), Parwiz Ahmadzai (4). Mother: Freshta Ahmadzai. Father: in Kabul.",
        "Resettled in February 2056; temporary accommodation, Putney.",
        "C&F assessment concluded 13 October 2056: no further statutory role; Early Help recommended.",
        "Needs: Zohal interpreting for her mother, attendance 86%; mother's ESOL; housing."])]
    top = outlook_top(f, addr("Fernández Ortega, Lucía", "Lucia.FernandezOrtega@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Ahmadzai - case discussion Thursday 19th", when)
    add(f, mail(f, top, body, atts=atts), "richmond_wandsworth", "early_help_duty", when, 6,
        "ordinary", "step_down", False, None, ["2291054"],
        [ch("Zohal Ahmadzai", "2049-04-11", "2049-04-11"), ch("Parwiz Ahmadzai", "2052-08-30", "2052-08-30")],
        ["school_attendance", "young_carer"], True, None, ["draft_plan"], None, "request_info",
        "Richmond & Wandsworth step-down in a social worker's English as an additional language. Case summary "
        "attached (PDF); 'The draft plan ... I send you tomorrow' -> draft_plan missing (REQUIREMENTS: case_summary, "
        "draft_plan, consent). 'she agree to continue with Early Help' -> consent true. Zohal interpreting for her "
        "mother at every appointment and missing school -> young_carer and school_attendance (86%). 'Mosaic number "
        "2291054' -> '2291054'; ISO dates of birth. The case discussion on Thursday 19 October is within the seed's "
        "5 days but no notice is labelled for this kind -> request_info for the plan.",
        not_children=["Lucía Fernández Ortega", "Jasper Quint", "Freshta Ahmadzai"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2056-09-15 11:05:57"
    comment = ("Tentative - I have a home visit with the interpreter at 1pm in Tooting, I will try to finish before "
               "and join from the car if I am late.")
    data = itip_reply(f, when, "Dritan Berisha", "Dritan.Berisha@" + RDOM, ("MASH Step Up", RSU), "TENTATIVE",
                      "Step-up case discussion - Hoxha family [SB-richmond_wandsworth-318]", "20560918T140000",
                      "20560918T150000", "Microsoft Teams Meeting", comment=comment)
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=TENTATIVE, from the Early Help worker invited to the step-up case discussion "
        "(richmond_wandsworth_01's family) with a comment -> meeting_reply -> record_reply.",
        not_children=["Dritan Berisha"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2056-10-04 12:00:31"
    text = T("""
RICHMOND AND WANDSWORTH SAFEGUARDING CHILDREN PARTNERSHIP - PRACTICE BULLETIN, OCTOBER

7-minute briefing: working with interpreters

1. Use a professional interpreter, never a child, a relative or a neighbour. Children who interpret for a parent may hear things no child should, and may soften or leave out what is said.
2. Book the same interpreter for the family where you can, check dialect (Sorani or Kurmanji; Dari or Pashto; Sylheti or standard Bengali) and check the interpreter is not known to the family.
3. Idioms do not translate. In the scenarios below (fictional, for training only) the words sounded like an immediate risk and were not - and one that sounded mild was serious.

Scenario A: a mother said, word for word, "he will kill me" about her husband. In her language it is an everyday way of saying "he will be very angry". The practitioner checked the meaning with the interpreter before acting.
Scenario B: a 12-year-old interpreting for his mother at a GP appointment told the doctor she had "a headache". She had said she was being hit.
Scenario C: a hostel worker reported a child "left alone" - the mother was in the shared kitchen on the same corridor.

4. Record the language and dialect, the interpreter's name and whether they were face to face, telephone or video.
5. If anything you hear suggests a child is at risk of significant harm now, contact the MASH duty team straight away - do not wait for the written translation.

Training: "Safeguarding through an interpreter" - Tuesday 14 November, 9.30-12.30, online. Book on the partnership's learning pages.

You are receiving this bulletin because you are on the partnership's practitioner mailing list. To unsubscribe, use the link at the foot of this email.
""")
    html_body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
                 '<div style="font-family:Arial,sans-serif;font-size:11pt">'
                 + "".join("<p>%s</p>\n" % esc(p).replace("\n", "<br>") for p in text.strip().split("\n\n"))
                 + '<p style="font-size:8pt;color:#777">Unsubscribe | Privacy</p></div></body></html>\n')
    top = [("From", addr("RWSCP Practice Bulletin", "bulletin@rwscp.example")), ("To", addr(None, RED)),
           ("Subject", "Practice bulletin October: working with interpreters"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "rwscp.example")),
           ("List-Id", "RWSCP practitioners <practitioners.rwscp.example>"),
           ("List-Unsubscribe", "<mailto:unsubscribe@rwscp.example?subject=unsubscribe>"), ("Precedence", "list")]
    add(f, alt_mail(f, top, text, html_body), "richmond_wandsworth", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a safeguarding partnership bulletin (List-Id, List-Unsubscribe, Precedence: list) on working with "
        "interpreters whose fictional scenarios say 'he will kill me', 'being hit', 'left alone' and 'immediate "
        "risk' - examples in a bulletin must not trigger an alert (DESIGN safety rule 1). No real child, no request "
        "-> other -> human_review. Not auto_reply: no Auto-Submitted header, a newsletter.")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2056-12-01 10:02:19"
    body = T("""
Dear MASH,

Please find below the step up request for the Kovačević family, following reflective discussion with Ella Marston (Early Help Practitioner). I have agreed the step up.

Luka Kovačević, DOB 11/07/2050
Marko Kovačević, DOB 26/02/2052
Mosaic 2301776

Case summary attached.

Rationale for step up
The family have lived in Room 9 at Falcon Road family hostel, Battersea, since May. Early Help has supported mum (Croatian, good English) with the boys' school and nursery places and with benefits. Mum separated from the boys' father in the spring because of his drinking and his violence towards her, and he is not meant to visit the hostel. Over the last month the hostel has told Ella about three late-night visits from him, mum has a new bruise on her arm she will not explain, and Luka (6) told his teacher that "tata shouts and bangs the door at night". Mum has declined a referral to the IDVA twice. We think the concerns are enough for a Child and Family Assessment; as far as we know they are not immediate child protection concerns, but the hostel sent their incident log for last night as I was finishing this, so I've attached that too.

Mum is aware we are asking for the step up.

Orla Kinsella
Early Help Team Manager | Battersea Locality | Richmond and Wandsworth Councils
020 7946 0788
""") + "\n" + RDISC
    atts = [docx_att("Case summary - Kovacevic family.docx", [
                "# Early Help case summary",
                "Children: Luka Kovačević (6), Marko Kovačević (4). Mother: Ana Kovačević.",
                "Open to Early Help since June 2056. Lead practitioner: Ella Marston.",
                "Father: Dario Kovačević, separated, alcohol misuse, previous police call-outs (two, spring 2056).",
                "Work done: school and nursery places, benefits, IDVA offered (declined twice)."]),
            pdf_att("Falcon Road incident log 30.11-01.12.pdf", "Falcon Road Family Hostel - night incident log", [
                "Night of 30 November / 1 December 2056. Night manager: Paul Ennis (lone worker).",
                "03:10 Mr Dario Kovacevic (ex-partner of Room 9 resident) got into the building behind another resident.",
                "He was drunk, shouting, kicking the door of Room 9. When Ms Kovacevic opened the door he punched her",
                "in the face. Both boys (Luka, Marko) were awake and screaming.",
                "03:18 Police called (999). He left before police arrived, shouting that he will come back tonight and",
                "take the boys to his flat and 'nobody in this place can stop me'. He knows the room number.",
                "03:55 Police attended, took details, checked the area, did not find him. No arrest.",
                "07:30 Handover: Ms Kovacevic has a swollen eye; she refused hospital. She does not want to move rooms.",
                "Night cover tonight: one night manager only (Paul Ennis). The door entry system is still broken."])]
    top = outlook_top(f, addr("Kinsella, Orla", "Orla.Kinsella@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Kovačević - Mosaic 2301776", when, cc=addr("Marston, Ella", "Ella.Marston@" + RDOM))
    add(f, mail(f, top, body, atts=atts, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["2301776"],
        [ch("Luka Kovačević", "2050-07-11", "11/07/2050"), ch("Marko Kovačević", "2052-02-26", "26/02/2052")],
        ["domestic_abuse", "substance_misuse"], None, True, [], None, "alert_duty",
        "URGENT, THE RISK ONLY IN THE ATTACHED PDF: an otherwise complete, planned Richmond & Wandsworth step-up (case "
        "summary .docx, rationale under its heading, the team manager's agreement) whose body says the concerns are "
        "'not immediate child protection', but the hostel's incident log attached says the drunk father punched the "
        "mother in front of the boys at 03:10, was not arrested, said he will come back TONIGHT to take the boys, "
        "knows the room, and only one night worker will be on (DESIGN safety rule 1: every part, attachments too; "
        "when unsure, alert). Concerns: domestic_abuse; the father's drinking -> substance_misuse. 'Mum is aware' "
        "is not consent -> null. 'Mosaic 2301776' -> '2301776'. Nothing missing, but alert_duty comes first.",
        not_children=["Orla Kinsella", "Ella Marston", "Ana Kovačević", "Dario Kovačević"])


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2056-09-22 16:22:47"
    text = T("""
Hi MAST,

Writing from my phone, sorry. I'm a detached youth worker at Limehouse Youth Project. One of our young people, Shanice Adeyemi-Clarke (15, DOB 15/03/2041), has been sofa surfing for about three weeks since her mum told her to leave after a row. She's been at different friends' houses but tonight she's got nowhere.

She left the centre at 4pm and told me she's going to stay at "Dee's" tonight - a man in his thirties with a flat above the phone shop on Commercial Road. She says he gives her vodka and weed and lets her stay for free, and tonight he's having "friends round" and told her she can stay "if she's nice to them". She showed me messages from him calling her "wifey". She won't give me his full name.

Her phone was on 4% when she left and now goes straight to voicemail. Mum's number is 07700 900523 but she says Shanice "made her bed".

I finish at 6 but will keep my work phone on till 9: 07700 900640.

Jade Okonkwo
Detached Youth Worker, Limehouse Youth Project

Sent from Outlook for Android
""")
    top = [("From", addr("Jade Okonkwo", "jade.okonkwo@limehouseyp.example")), ("To", addr("MAST", TMAST)),
           ("Subject", "Shanice A-C - staying with an adult male tonight"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "limehouseyp.example"))]
    add(f, android_mail(f, top, text), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Shanice Adeyemi-Clarke", "2041-03-15", "15/03/2041")],
        ["exploitation"], None, None, [], None, "alert_duty",
        "URGENT, no alarm word anywhere: a sofa-surfing 15-year-old is going tonight to an adult man who gives her "
        "alcohol and drugs and expects her to be 'nice to' his friends; her phone is off and her mother will not have "
        "her home (DESIGN safety rule 1: sexual exploitation happening tonight). A youth worker's report, not a "
        "step-up from the lead practitioner -> other; alert_duty first. Concern: exploitation (sexual_harm could be "
        "argued). A phone mail: one base64 text/plain part, LF line ends.",
        not_children=["Jade Okonkwo"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2056-11-02 14:05:30"
    body = T("""
Dear MAST team,

I am caseworker for young refugees at Bow Refugee Welcome. Please I need advice today for a boy who came to our drop-in.

Name: Hamid Noori
Date of birth (what he says): 01/01/2042 - he says he is 14
Nationality: Afghan. Language: Dari (I speak Dari, I interpreted myself)

Hamid arrived in UK in September. The Home Office decided on a quick "visual" assessment that he is over 18 and put him in the adult hotel in Stepney (the Mile End Road hotel, room 118). He has no papers from the council and no social worker.

Today he told me that a man from the same corridor, maybe 40 years old, comes in his room at night because the lock is broken. Two nights ago the man sat on his bed and touched him on his body and his private parts, and last night he came again and Hamid ran to the stairs and stayed there until morning. The hotel manager told him "sort it out with him, you are adults". Hamid is shaking and crying and says he will not go back there tonight, he will sleep in the park.

Our drop-in closes at 5pm today. I can stay with him until 5 but I cannot take him to my home.

Please tell me what I do.

Thank you
Shirin Farahani
Young Refugees Caseworker | Bow Refugee Welcome
07700 900217
""")
    top = plain_top(f, addr("Shirin Farahani", "shirin@bowrefugeewelcome.example"), addr("MAST", TMAST),
                    "boy 14 in adult hotel - he not go back tonight", when, "bowrefugeewelcome.example", None)
    add(f, mail(f, top, body), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Hamid Noori", "2042-01-01", "01/01/2042")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "URGENT, no alarm word anywhere: an age-disputed unaccompanied asylum-seeking child, 14 by his own account, in "
        "an adult hotel where an adult man has come into his room at night and sexually assaulted him; he will sleep "
        "in the park tonight rather than go back, and the drop-in closes at 5pm (DESIGN safety rule 1). A refugee "
        "charity caseworker writing in English as an additional language; not a step request -> other; alert_duty "
        "first. DOB as he gives it (01/01/2042, the 1 January often given to age-disputed children) -> labelled as "
        "written. Concern: sexual_harm.",
        not_children=["Shirin Farahani"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2056-10-03 11:30:05"
    body = T("""
Dear MAST,

Please find attached a Multi-Agency Request for Support form for the Chowdhury family, Mosaic 1587320, requesting a step up from Targeted Early Help to Children's Social Care.

Ayaan Chowdhury - 14/02/2045
Sumaiya Chowdhury - 07/09/2048
Inaya Chowdhury - 23/12/2053

The family (parents and three children) have lived in one room at the Bow Road hotel (council temporary accommodation) since March, after their landlord sold the flat. Early Help has worked with them since April. Despite the plan, the children's basic care has got worse: Inaya (2) has a nappy rash that has become infected because there is nowhere to bathe her, the older two often arrive at school without having eaten, and Ayaan's attendance has dropped to 74% - he says he can't sleep because the room is so crowded. Dad works nights and mum, who speaks Sylheti and little English, is struggling on her own in the day. The TAF plan has not made a difference and housing say there is no larger unit before spring.

My manager, Sabrina Hussain, has agreed the step-up (supervision 2 October). Mum has agreed to the referral to MAST - I explained it with a Sylheti interpreter at the home visit on 29 September.

Kind regards,
Rumana Begum
Early Help Practitioner | Early Help Hub (Bow and Mile End) | Tower Hamlets Council
020 7946 0912
""") + "\n" + TDISC
    marf = pdf_att("MARF - Chowdhury.pdf", "Multi-Agency Request for Support Form - Tower Hamlets", [
        "Referrer: Rumana Begum, Early Help Practitioner, Early Help Hub. Date: 3 October 2056.",
        "Children: Ayaan Chowdhury (11), Sumaiya Chowdhury (8), Inaya Chowdhury (2). Mosaic 1587320.",
        "Parents: Mr Jamal Chowdhury, Mrs Ruksana Chowdhury. Language: Sylheti (interpreter needed).",
        "Reason for request: step up from Targeted Early Help - neglect of basic care in temporary accommodation;",
        "school attendance; plan not progressing.",
        "Parent informed and consents: Yes (29 September, with interpreter).",
        "Manager: Sabrina Hussain, Early Help Team Manager - agreed 2 October 2056."])
    top = outlook_top(f, addr("Begum, Rumana", "Rumana.Begum@" + TDOM), addr("MAST", TMAST),
                      "Step up to CSC - Chowdhury - MARF attached", when,
                      cc=addr("Hussain, Sabrina", "Sabrina.Hussain@" + TDOM))
    add(f, mail(f, top, body, atts=[marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["1587320"],
        [ch("Ayaan Chowdhury", "2045-02-14", "14/02/2045"), ch("Sumaiya Chowdhury", "2048-09-07", "07/09/2048"),
         ch("Inaya Chowdhury", "2053-12-23", "23/12/2053")],
        ["neglect", "school_attendance"], True, True, [], None, "book_meeting",
        "Complete Tower Hamlets MAST step-up (REQUIREMENTS: request_for_support, manager_agreed): the Multi-Agency "
        "Request for Support form attached as PDF, 'My manager, Sabrina Hussain, has agreed the step-up' (copied) -> "
        "manager_agreed true; 'Mum has agreed to the referral to MAST' -> consent true. A family of five in one hotel "
        "room: infected nappy rash, hunger -> neglect; 74% -> school_attendance. 'Mosaic 1587320' -> '1587320'. -> "
        "book_meeting.",
        not_children=["Rumana Begum", "Sabrina Hussain", "Ruksana Chowdhury", "Jamal Chowdhury"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2056-11-15 10:45:12"
    body = T("""
Dear Early Help Hub,

Step down from the Children's Social Work team to a TAF for the D'Souza family.

Aaliyah D'Souza - DOB 18/08/2047 - Mosaic 1603391
Reuben D'Souza - DOB 02/05/2050 - Mosaic 1603392

The Child and Family Assessment concluded on 8 November (attached) with a recommendation of step down to a Team Around the Family. I will chair the TAF meeting on Monday 20 November at 10am at Harford Street Primary; the draft TAF plan is attached.

History, for context: the children were on child protection plans under the category of emotional harm from January to July because of domestic abuse by their father. Mum and the children spent four months in a refuge in Kent and then temporary accommodation before getting their flat in Poplar in September. Father was removed from the UK in August; there has been no contact and no attempt at contact, and mum has a non-molestation order until next year. There are no current concerns about domestic abuse and no child protection concerns; the family do not need statutory services.

What remains: Reuben's attendance is 84% (lateness after the move across the borough) and mum would like help with a bedtime routine and with Aaliyah's worries about starting secondary school.

Mum has consented to the step down and to the TAF. Lead Practitioner: Priya Nair, Family Support Worker, Harford Street Primary School - she has agreed to take the role.

Kind regards,
Kwabena Asante
Social Worker | Children's Social Work Team (Poplar) | Tower Hamlets Council
""") + "\n" + TDISC
    atts = [pdf_att("C&F assessment - D'Souza - concluded 08.11.pdf", "Child and Family Assessment - D'Souza", [
                "Children: Aaliyah D'Souza (9), Reuben D'Souza (6). Mosaic 1603391, 1603392.",
                "Assessment concluded: 8 November 2056. Outcome: step down to TAF with a Lead Practitioner.",
                "Analysis: protective factors strong; no contact from father since removal in August 2056.",
                "Remaining needs: attendance (Reuben 84%), routines, transition support for Aaliyah."]),
            docx_att("Draft TAF plan - D'Souza.docx", [
                "# Draft TAF plan - D'Souza family",
                "Lead Practitioner: Priya Nair (Harford Street Primary).",
                "1. Attendance plan for Reuben - school, weekly review.",
                "2. Bedtime routine support - Early Help parenting worker.",
                "3. Transition work for Aaliyah with the secondary school in the summer term."])]
    top = outlook_top(f, addr("Asante, Kwabena", "Kwabena.Asante@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to TAF - D'Souza - TAF 20/11 10am", when)
    add(f, mail(f, top, body, atts=atts, html_alt=True), "tower_hamlets", "early_help_duty", when, 3,
        "near_miss", "step_down", False, None, ["1603391", "1603392"],
        [ch("Aaliyah D'Souza", "2047-08-18", "18/08/2047"), ch("Reuben D'Souza", "2050-05-02", "02/05/2050")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS: past child protection plans for domestic abuse, a refuge and temporary accommodation, a father "
        "removed from the UK with no contact: all history; 'no current concerns about domestic abuse and no child "
        "protection concerns' -> not urgent, domestic_abuse not a current concern. Reuben's 84% -> "
        "school_attendance. Complete Tower Hamlets step-down (REQUIREMENTS: assessment, draft_plan, consent, "
        "lead_practitioner): C&F assessment PDF, draft TAF plan .docx, 'Mum has consented', Priya Nair with her "
        "school. Two bare Mosaic ids. -> book_meeting.",
        not_children=["Kwabena Asante", "Priya Nair"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2056-09-07 15:10:44"
    body = T("""
Good afternoon,

I am writing for the step down of the family Begum-Ali from the Children's Social Work team to the Early Help. I attach the C&F assessment (finish on 4 September) and the draft of the TAF plan.

Child: Rayyan Begum-Ali, date of birth 09/10/2049, Mosaic 1566902

Rayyan has autism and his EHCP is in process with the local authority, the school SENCo is helping. The family is living in temporary accommodation in Stepney because of overcrowding, they are on the list for a bigger place. There is no more need for social work, the plan of CIN is finished.

Mother has gave consent for the step down to Early Help, we talk about it at the last CIN meeting with her sister for translating (she prefer her sister to the interpreter).

About the Lead Practitioner: I am still waiting the answer from the school SENCo if she can take this role, I will let you know next week.

Thank you and have a good weekend when it arrive.
Giulia Marchesini
Social Worker | Children's Social Work Team (Stepney) | Tower Hamlets Council
""") + "\n" + TDISC
    atts = [pdf_att("CFA Rayyan Begum-Ali.pdf", "Child and Family Assessment - Rayyan Begum-Ali", [
                "Child: Rayyan Begum-Ali, DOB 09/10/2049. Mosaic 1566902.",
                "Assessment concluded 4 September 2056. Outcome: CIN plan closed; step down to Early Help (TAF).",
                "Needs: autism, EHCP assessment in progress; overcrowded temporary accommodation."]),
            docx_att("TAF plan draft Begum-Ali.docx", [
                "# TAF plan (draft) - Rayyan Begum-Ali",
                "1. EHCP assessment - SENCo to support mother with the parental views (October).",
                "2. Housing - letter of support for a larger property (social worker before closure).",
                "3. Short breaks referral - to be discussed at the TAF. Lead Practitioner: to be confirmed."])]
    top = outlook_top(f, addr("Marchesini, Giulia", "Giulia.Marchesini@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down Begum-Ali (Rayyan)", when)
    add(f, mail(f, top, body, atts=atts), "tower_hamlets", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["1566902"], [ch("Rayyan Begum-Ali", "2049-10-09", "09/10/2049")],
        ["disability_send"], True, None, ["lead_practitioner"], None, "request_info",
        "Tower Hamlets step-down in a social worker's English as an additional language: C&F assessment (PDF) and "
        "draft TAF plan (.docx) attached; 'Mother has gave consent for the step down' -> consent true; the Lead "
        "Practitioner is not yet identified ('still waiting the answer from the school SENCo') -> lead_practitioner "
        "missing (REQUIREMENTS, tower_hamlets step_down) -> request_info. Autism and EHCP -> disability_send; "
        "overcrowded temporary accommodation has no concern id.",
        not_children=["Giulia Marchesini"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2056-12-12 07:15:02"
    data = ndr(f, when, TDOM, addr("Early Help Hub", TEH), "rahima.khatun@tower-family-link.example",
               "[SB-tower_hamlets-77] Step down - Uddin - what is missing", addr("Early Help Hub", TEH),
               "2056-12-12 07:14:30")
    add(f, data, "tower_hamlets", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Exchange Online non-delivery report (multipart/report; report-type=delivery-status, Auto-Submitted: "
        "auto-replied) for stepbot's own acknowledgement to a family-link worker whose address does not exist: "
        "auto_reply -> ignore (DESIGN safety rule 2).")

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2056-11-27 12:30:26"
    body = T("""
Dear Early Help Hub,

For information only - no action requested from Housing.

Household: Ms Fatema Khatun and her two children, Tasnim Uddin (8) and Ruhan Uddin (5).
Previous address: Room 22, Mile End Road hotel (emergency accommodation, since June).
New address: self-contained temporary accommodation, 14 Kestrel Court, Luton (out of borough), from Friday 24 November.

Ms Khatun told me the family has an Early Help worker from the Hub and asked me to let you know, as she is worried the children will lose their support and their school places (they are still on the roll at Arbery Road Primary while she applies for schools in Luton).

Our out-of-borough placement checklist was completed with her on 22 November: the household is at risk of homelessness (main duty accepted), but there are no safeguarding concerns about the children, no child protection involvement and no social worker. She asked me to say she would be grateful for a call about transferring the support to Luton.

Regards,
Delroy Mitchell
Temporary Accommodation Officer | Housing Options | Tower Hamlets Council
020 7946 0476
""") + "\n" + TDISC
    top = outlook_top(f, addr("Mitchell, Delroy", "Delroy.Mitchell@" + TDOM), addr("Early Help Hub", TEH),
                      "FYI - out of borough TA move - Khatun/Uddin household", when)
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [ch("Tasnim Uddin"), ch("Ruhan Uddin")], [], None, None, [], None,
        "human_review",
        "NEAR MISS: a housing officer's notice of an out-of-borough temporary accommodation move, with 'at risk of "
        "homelessness', 'no safeguarding concerns', 'no child protection involvement' - housing words and negations, "
        "no risk to a child. Not a step request (Housing asks for nothing) -> other -> human_review. Children named "
        "in full with ages only; the mother is an adult. No concern id (homelessness has none).",
        not_children=["Fatema Khatun", "Delroy Mitchell"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2056-10-27 17:35:50"
    ack = ack_text("step-down", "SB-tower_hamlets-64", [
        "Children: Samiha Akter", "Case: 1598841", "Received: 24 October 2056"], [])
    body = T("""
Hi,

Please add the attached interpreter's note to the step down for Samiha (Mosaic 1598841). It clarifies something in my case summary that I know caused a bit of alarm when the TAF plan was read out at panel.

In the summary I quoted mum as saying about the family "he will kill me". The interpreter (Bengali/Sylheti) has now gone back over the recording with me. Mum used the everyday expression "amake mere felbe", which in this context means "he'll be furious with me" - she was talking about her brother-in-law in Sylhet being angry that she had spent the money he sent on school uniform. It was never about anyone in this country and there was no threat. Samiha's father has lived in Bangladesh since 2053 and has no contact.

So nothing changes in the plan; I just don't want the Lead Practitioner to start from the wrong place.

Thanks,
Sultana Ahmed
Social Worker | Children's Social Work Team (Whitechapel)

""") + quote("Early Help Hub <%s>" % TEH, "24 October 2056 09:12", "Ahmed, Sultana",
             "[SB-tower_hamlets-64] Step down - Akter - received", ack)
    note = docx_att("Interpreter note - Akter - 26.10.docx", [
        "# Interpreter's note (Bengali / Sylheti)",
        "Interpreter: Mahfuz Alam, Language Services. Requested by: Sultana Ahmed, Social Worker.",
        "Phrase: 'amake mere felbe' - literally 'he will kill me'; used colloquially to mean 'he will be very angry "
        "with me'. Context: mother spoke about her brother-in-law in Sylhet and the uniform money.",
        "The mother did not describe any violence or threat towards herself or her daughter."])
    top = outlook_top(f, addr("Ahmed, Sultana", "Sultana.Ahmed@" + TDOM), addr("Early Help Hub", TEH),
                      "RE: [SB-tower_hamlets-64] Step down - Akter - received", when)
    add(f, mail(f, top, body, atts=[note]), "tower_hamlets", "early_help_duty", when, 3,
        "near_miss", "follow_up", False, None, ["1598841"], [ch("Samiha Akter")], [], None, None, [], None,
        "attach_to_request",
        "NEAR MISS: a reply to stepbot's acknowledgement [SB-tower_hamlets-64] adding an interpreter's note that "
        "'he will kill me' was a Bengali idiom for 'he'll be furious', about a relative abroad, with 'no threat' - "
        "a corrected translation, not a risk. follow_up -> attach_to_request. Samiha Akter (named in the new text by "
        "first name, in full in the quoted acknowledgement) and Mosaic 1598841 labelled; no concern (the father "
        "abroad with no contact). Sent at 17:35 BST on Friday 27 October, the last working day before the clocks go "
        "back.",
        not_children=["Sultana Ahmed", "Mahfuz Alam"])


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2056-10-30 08:12:36"
    text = T("""
Good morning

I am Fernanda, the owner of Seaview Guest House in Paignton, the council housing put families here. I find this email on the council website, I hope is the right one.

The lady in room 6, Mrs Kelly Jago, she go out yesterday at 6 o'clock in the evening and she not come back. Her three children are alone in the room all the night, Mason 7 years, Lily 5 years and the baby Alfie 1 year. The baby cry all the night, the other guests complain, and this morning Mason open the door to me and he say mummy is not come home and he give the baby the water because the milk is finish. With the clocks changing I thought first maybe she is late only one hour, but no.

I take the children to my kitchen and I give them breakfast. Mrs Jago phone is off. I not know the family of her.

I cannot stay with them, I must take my husband to the hospital in Torquay at 10 o'clock for his operation and I have the guests. Please what I do with the children? Mason must go to school also.

Thank you very much
Fernanda Costa
Seaview Guest House, Paignton
01632 960377
""")
    top = plain_top(f, addr("Fernanda Costa", "seaviewpaignton@mail.example"), addr(None, BMASH),
                    "children alone room 6", when, "mail.example", None)
    add(f, mail(f, top, text), "torbay", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [], ["neglect"], None, None, [], None, "alert_duty",
        "URGENT, no alarm word anywhere: a B&B owner writing in English as an additional language finds three "
        "children (7, 5 and 1) left alone all night in a council B&B room, the baby given water because the milk ran "
        "out, and she must leave them at 10am (DESIGN safety rule 1). First working morning after the clocks went "
        "back (Date +0000). A member of the public's report -> other; alert_duty first. Concern: neglect. Children: "
        "none labelled - Mason, Lily and Alfie are named by first name only (the surname is written only for the "
        "mother, 'Mrs Kelly Jago').",
        not_children=["Kelly Jago", "Fernanda Costa"])

def torbay_02():
    f = "torbay_02.eml"; when = "2056-09-20 13:15:27"
    body = T("""
Hi Early Help,

Please could I have a triage slot for a step down to level 3 for the Wójcik family (LCS-331047).

Jakub Wójcik - 11/01/2049
Kornelia Wójcik - 04/06/2053 (so she is 3 - I think that means the under-5s triage with AFC?)

The family spent eight months in B&B in Torquay after losing their private let, and since July have had a two-bed housing association flat in Paignton. The Single Assessment is attached - my analysis includes the rationale for the step down, and my team manager, Hayley Rowe, has recorded her manager's analysis confirming the threshold for level 3 is met.

What we're still worried about: Jakub's attendance (88%) and Mr Wójcik's drinking at weekends, which has reduced since he started at the drug and alcohol service in August.

Mrs Wójcik has given her consent for level 3 Early Help - I went through it with her on Monday with a Polish interpreter from Language Line.

Thanks,
Lowenna Tregarthen
Social Worker | Single Assessment Team | Torbay Council
01632 960417
""") + "\n" + BDISC
    sa = pdf_att("Single Assessment - Wojcik - Sept.pdf", "Single Assessment - Wójcik family", [
        "Children: Jakub Wójcik (7), Kornelia Wójcik (3). LCS-331047.",
        "Social worker's analysis: needs have reduced since the move to settled housing; no further statutory role;",
        "rationale for step down: remaining needs (attendance, father's alcohol use) can be met at level 3.",
        "Manager's analysis (Hayley Rowe, Team Manager, 18/09/2056): I agree no further action at level 4 and",
        "confirm the threshold is met for a level 3 coordinated response.",
        "Consent for level 3 Early Help: given by Mrs Wójcik on 18/09/2056 (Language Line, Polish)."])
    top = outlook_top(f, addr("Tregarthen, Lowenna", "Lowenna.Tregarthen@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - step down - Wójcik LCS-331047", when)
    add(f, mail(f, top, body, atts=[sa], html_alt=True), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["LCS-331047"],
        [ch("Jakub Wójcik", "2049-01-11", "11/01/2049"), ch("Kornelia Wójcik", "2053-06-04", "04/06/2053")],
        ["school_attendance", "substance_misuse"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down from the Single Assessment Team (REQUIREMENTS: assessment, manager_agreed, "
        "consent): Single Assessment PDF with the social worker's rationale and the team manager's analysis "
        "'confirming the threshold for level 3 is met' -> manager_agreed true; 'Mrs Wójcik has given her consent for "
        "level 3 Early Help' -> consent true; 'level 3' written -> level 3. Kornelia is 3, so the fortnightly "
        "under-5s triage applies (next sitting Tuesday 3 October). 88% attendance -> school_attendance; father's "
        "weekend drinking -> substance_misuse. -> book_meeting.",
        not_children=["Lowenna Tregarthen", "Hayley Rowe"])

def torbay_03():
    f = "torbay_03.eml"; when = "2056-11-14 15:48:09"
    body = T("""
Hi MASH,

Contact to MASH for Callum Pengelly, DOB 21/08/2042 (14), EHM-752290. I'm his lead practitioner (level 3, Early Help).

Callum's mum's partner told him to leave home ten days ago after a fight and mum has gone along with it - she says he can't come back "while he's bringing trouble to the door". Since then he's been sofa surfing. For the last three nights he has stayed at a flat in Torquay (above the vape shop on Union Street) with lads aged about 19-20. They feed him and let him sleep there, and in return he has been taking "parcels" on the bus to Paignton. Today at school he showed his tutor a cut across his palm and said "they said I owe them now, for the phone and the food". He says he is going back there tonight because there is nowhere else. He's not been home since and mum will not have him.

Mum has agreed to me contacting MASH. I've talked this through with my ATM, Silas Penrose, and we agree it needs considering for level 4.

School finishes at 3.20 and he left with two of the older lads who were waiting at the gate.

Kerenza Hocking
Family Intervention Worker | Torbay Early Help
01632 960602
""") + "\n" + BDISC
    top = outlook_top(f, addr("Hocking, Kerenza", "Kerenza.Hocking@" + BDOM), addr("MASH", BMASH),
                      "Contact - Callum Pengelly EHM-752290", when, cc=addr("Penrose, Silas", "silas.penrose@" + BDOM))
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["EHM-752290"], [ch("Callum Pengelly", "2042-08-21", "21/08/2042")],
        ["exploitation"], True, True, [], None, "alert_duty",
        "URGENT, no alarm word anywhere: a sofa-surfing 14-year-old, thrown out of home, running 'parcels' for older "
        "young men who have cut him and say he 'owes them', is going back to their flat tonight and left school with "
        "two of them (DESIGN safety rule 1: criminal exploitation now). The lead practitioner's contact to MASH is a "
        "Torbay step-up (REQUIREMENTS: consent, manager_agreed): 'Mum has agreed to me contacting MASH' -> consent "
        "true; 'with my ATM ... we agree it needs considering for level 4' -> manager_agreed true; nothing missing, "
        "but alert_duty comes first. Concern: exploitation.",
        not_children=["Kerenza Hocking", "Silas Penrose"])

def torbay_04():
    f = "torbay_04.eml"; when = "2056-10-12 09:00:18"
    text = T("""
TORBAY SAFEGUARDING CHILDREN PARTNERSHIP - PRACTITIONER NEWS, OCTOBER

1. Learning from a local rapid review: "Child H"
In 2055 a two-year-old, Child H, was left alone overnight in a bed and breakfast room while her mother was in hospital. Nobody at the B&B knew who to call, and the child was found by a cleaner the next morning. Child H was not physically hurt and is now living with her grandparents. The review found that B&B and hostel staff did not know how to contact children's services out of hours, and that placing services did not share the family's Early Help worker's details.

What has changed: every family placed in B&B or hostel accommodation by Torbay Housing now has a "who to call" card, and providers have been given the out-of-hours number.

2. Families in temporary accommodation - what to look for
Overcrowding, no cooking facilities, long journeys to school, children's sleep, isolation for parents who do not speak English. These are not in themselves child protection concerns, but they increase risk and should be discussed in the TAF.

3. Training
"Neglect and the Graded Care Profile" - Thursday 9 November, Paignton Library. "Working with families with no recourse to public funds" - online, Wednesday 22 November.

This newsletter goes to all practitioners on the partnership list. Manage your subscription from the partnership website.
""")
    html_body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                 '<body style="font-family:Verdana,sans-serif;font-size:10pt">'
                 + "".join("<p>%s</p>\n" % esc(p).replace("\n", "<br>") for p in text.strip().split("\n\n"))
                 + "</body></html>\n")
    top = [("From", addr("TSCP News", "news@torbayscp.example")), ("To", addr(None, BEH)),
           ("Subject", "Practitioner News - October"), ("Date", email.utils.format_datetime(dt(when))),
           ("Message-ID", msgid(f, "torbayscp.example")), ("List-Id", "<practitioners.torbayscp.example>"),
           ("List-Unsubscribe", "<https://torbayscp.example/unsubscribe>")]
    add(f, alt_mail(f, top, text, html_body), "torbay", "early_help_duty", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a partnership newsletter retelling a 2055 rapid review (a two-year-old left alone overnight in a "
        "B&B, unhurt, now with grandparents) and listing temporary-accommodation warning signs with 'child "
        "protection' and 'risk': a past, anonymised, resolved case in a bulletin -> not urgent (DESIGN safety rule "
        "1). No child named ('Child H'), no request -> other -> human_review.")

def torbay_05():
    f = "torbay_05.eml"; when = "2056-11-29 10:20:55"
    body = T("""
Bom dia MASH team,

I am Early Help Practitioner and I am lead professional for the family Lăcătuș since June. I write for contact to MASH because I think the situation is not good anymore for level 3.

Children:
Florin Lăcătuș, 17/05/2047
Bianca Lăcătuș, 02/12/2050
EHM-749031

The family is Roma from Romania, they are in temporary accommodation in Brixham (hostel, one room) since they were evicted in May. Since six weeks the children are not going to the school, the father say the school is too far and they have no money for the bus, but the school offered bus pass and he did not take it. When I visit on Monday there was no food in the room except bread, the children were in the same clothes like last week, Bianca had the cough since long time and she is not registered with a GP. Mother she is pregnant 7 months and she did not go to the midwife.

I discuss with my manager Silas last Friday and he agree this need to be considered for level 4.

I did not ask the mother yet about the contact to MASH, I will ask her on Thursday when the Romanian interpreter is coming with me. I prefer to explain it well with interpreter.

Obrigada,
Inês Carvalho
Early Help Practitioner | Torbay Early Help (Brixham)
01632 960633
""") + "\n" + BDISC
    top = outlook_top(f, addr("Carvalho, Inês", "Ines.Carvalho@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - family Lăcătuș EHM-749031", when)
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-749031"],
        [ch("Florin Lăcătuș", "2047-05-17", "17/05/2047"), ch("Bianca Lăcătuș", "2050-12-02", "02/12/2050")],
        ["neglect", "school_attendance"], None, True, ["consent"], None, "request_info",
        "Torbay step-up (the lead professional's contact to MASH, REQUIREMENTS: consent, manager_agreed) from an "
        "Early Help practitioner writing in English as an additional language ('Bom dia', 'Since six weeks'). 'my "
        "manager Silas ... he agree this need to be considered for level 4' -> manager_agreed true. 'I did not ask "
        "the mother yet ... I will ask her on Thursday' -> consent null (still to be asked) -> consent missing -> "
        "request_info. No food, same clothes, untreated cough, no GP -> neglect; six weeks out of school -> "
        "school_attendance. Romanian names with ă and ș.",
        not_children=["Inês Carvalho"])

def torbay_06():
    f = "torbay_06.eml"; when = "2056-10-02 08:47:13"
    comment = "Will try - may be a few minutes late from the Brixham clinic."
    data = itip_reply(f, when, "Ursula Kemp", "ursula.kemp@" + BDOM, ("Early Help", BEH), "TENTATIVE",
                      "Under-5s triage - Wójcik (LCS-331047) [SB-torbay-412]", "20561003T113000", "20561003T120000",
                      "Microsoft Teams Meeting", comment=comment)
    add(f, data, "torbay", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, ["LCS-331047"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=TENTATIVE, from the AFC representative for torbay_02's under-5s triage slot "
        "(Tuesday 3 October 11:30, the fortnightly under-5s sitting) -> meeting_reply -> record_reply. The summary "
        "carries the case id LCS-331047 (the convention of earlier sets: a reply's case id is read from its summary).",
        not_children=["Ursula Kemp"])

def torbay_07():
    f = "torbay_07.eml"; when = "2056-12-08 14:30:21"
    ack = ack_text("step-down", "SB-torbay-455", [
        "Children: Ruby-Mae Pascoe", "Case: LCS-339912", "Received: 6 December 2056"],
        ["the Single Assessment with your analysis", "your team manager's analysis confirming the threshold for level 3"])
    body = T("""
Hi,

Attached is the Single Assessment for Ruby-Mae. My TM, Hayley Rowe, signed off her manager's analysis this morning - threshold for level 3 met - it's on page 1 of the attachment.

Thanks
Demelza

Demelza Rowse
Social Worker | Safeguarding and Supporting Families Team | Torbay Council

""") + quote("Early Help <%s>" % BEH, "06 December 2056 11:02", "Rowse, Demelza",
             "[SB-torbay-455] Step down - Pascoe - what is missing", ack)
    sa = pdf_att("SA Ruby-Mae Pascoe LCS-339912.pdf", "Single Assessment - Ruby-Mae Pascoe", [
        "Child: Ruby-Mae Pascoe. LCS-339912.",
        "Manager's analysis (Hayley Rowe, Team Manager, 08/12/2056): threshold met for level 3 intervention.",
        "Social worker's analysis and rationale for step down: see section 6."])
    top = outlook_top(f, addr("Rowse, Demelza", "Demelza.Rowse@" + BDOM), addr("Early Help", BEH),
                      "RE: [SB-torbay-455] Step down - Pascoe - what is missing", when)
    add(f, mail(f, top, body, atts=[sa]), "torbay", "early_help_duty", when, 2,
        "ordinary", "follow_up", False, None, ["LCS-339912"], [ch("Ruby-Mae Pascoe")], [], None, True, [], None,
        "attach_to_request",
        "Reply to stepbot's 'what is missing' acknowledgement [SB-torbay-455] adding the Single Assessment and "
        "stating that the team manager has signed off her analysis -> follow_up -> attach_to_request. "
        "'threshold for level 3 met' signed off by the TM -> manager_agreed true; consent not mentioned -> null. The "
        "quoted 'What is missing:' list is stepbot's own text and gives no concern.",
        not_children=["Demelza Rowse", "Hayley Rowe"])

def torbay_08():
    f = "torbay_08.eml"; when = "2056-10-18 19:05:40"
    text = T("""
Good evening, respected Early Help.

I write through the translator of internet, forgive the mistakes. My name is Oleksandr Kovalenko, I am father of Sofiia Kovalenko, she has 9 years. We are from Kharkiv, in England two years.

We are sitting on suitcases all the autumn: from the bed and breakfast in Torquay we moved to the hostel in Brixham on 8 September and now the housing say maybe again we move in November. Because of this Sofiia does not go to the school already five weeks, the school in Torquay is far and the new school has no place. My heart is bleeding, she was the best in the class in mathematics and now she is in danger to lose the whole year and to forget the English.

The room is cold like a cellar and black mould is on the wall near her bed, she coughs in the night. I am not asking that you take the child, God forbid, she is loved and fed, we are a good family. I ask only help for the school place and maybe a warm coat, and a letter for the housing about the mould.

The lady from the school in Torquay, Mrs Harris, said me to write to this address.

With respect and hope,
Oleksandr Kovalenko
07700 900388

--- оригінал ---
Доброго вечора. Я батько Софії Коваленко, їй 9 років. Софія не ходить до школи вже п'ять тижнів, у новій школі немає місця. Кімната холодна, як льох, на стіні чорна пліснява. Я не прошу забрати дитину, я прошу допомогти з місцем у школі.
""")
    top = gmail_top(f, addr("Oleksandr Kovalenko", "o.kovalenko.kh@gmail.example"), addr(None, BEH),
                    "Help with school for my daughter Sofiia", when)
    add(f, build(top, text_part(text), False), "torbay", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [ch("Sofiia Kovalenko")], ["school_attendance"], None, None, [], None,
        "human_review",
        "NEAR MISS: a father's machine-translated letter full of literal idioms ('sitting on suitcases', 'my heart is "
        "bleeding', 'in danger to lose the whole year', 'I am not asking that you take the child, God forbid') about "
        "school places and mould in a hostel room: need, not an immediate child-protection risk. A parent's request "
        "for help, not a practitioner's step-down -> other -> human_review. Five weeks without a school place -> "
        "school_attendance. Sofiia Kovalenko named in full with age only. The Ukrainian original follows.",
        not_children=["Oleksandr Kovalenko"])


# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2056-11-28 13:26:10"
    text = T("""
Hello,

My name is Mihaela Dobre, I am welfare officer for the seasonal workers at Lugg Valley Growers near Leominster. In the summer the Early Help co-ordinator Xavier came to our site for the family Stoica and he give me this email, so I write here.

Today at 12 o'clock I go to caravan 14 because the neighbour tell me she hear a small child crying since morning. Inside I find the two children of Mr and Mrs Stoica alone: Ionuț Stoica, 3 years, and Daria Stoica, 1 year and half. The parents are on the packhouse shift from 6 in the morning until 10 in the night, the cousin who was looking after the children go back to Romania on Sunday and they did not tell me.

The heater in the caravan is not working since the gas bottle is empty, inside was 5 degrees. Daria was wet until the back, the nappy was not changed since the morning, and her hands very cold and blue a little. Ionuț gave her biscuits. There is no other food ready.

Now I have them in my car with the heating on and I gave them warm milk from the canteen. I rang the mother on the packhouse floor, she cry and say she cannot leave the line or the supervisor will send her home and they lose the caravan. I must go back at 3 o'clock for the induction of 40 new workers and I cannot take the children with me.

Please can somebody tell me what I must do before 3.

Mihaela Dobre
Welfare Officer, Lugg Valley Growers
01632 960744
""")
    top = plain_top(f, addr("Mihaela Dobre", "welfare@luggvalleygrowers.example"), addr(None, HEH),
                    "2 small children alone in caravan 14", when, "luggvalleygrowers.example", None)
    add(f, mail(f, top, text), "herefordshire", "early_help_duty", when, 3,
        "urgent", "other", True, None, [], [ch("Ionuț Stoica"), ch("Daria Stoica")], ["neglect"], None, None, [], None,
        "alert_duty",
        "URGENT, no alarm word anywhere: a farm welfare officer writing in English as an additional language found a "
        "3-year-old and an 18-month-old alone all day in a caravan at 5 degrees, the baby wet and cold, with nobody to "
        "care for them after 3pm and the parents on shift until 10pm (DESIGN safety rule 1). Not a step request -> "
        "other; alert_duty first. Concern: neglect. Children named in full with ages only (dob null).",
        not_children=["Mihaela Dobre"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2056-12-14 08:41:33"
    ack = ack_text("step-down", "SB-herefordshire-388", [
        "Children: Ellie-Mae Hughes", "Case: 704882", "Received: 11 December 2056"], [])
    school = T("""
From: Pritchard, Helen <h.pritchard@wyemeadowprimary.example>
Sent: 14 December 2056 08:26
To: Powell, Gareth <Gareth.Powell@herefordshire.gov.uk>
Subject: Ellie-Mae Hughes - this morning

Gareth,

Ellie-Mae came in at 8.15 and told her teacher that Jordan (mum's ex) came back on Tuesday and is staying at the house again. She said last night he held a kitchen knife to mum's throat in the kitchen, in front of her and her little brother, and said he would "finish all of you tonight" if mum rang anyone. Mum's phone is broken. Ellie-Mae is with me in my office and says she doesn't want to go home at 3.15.

I know he has bail conditions not to go to the address. I've tried mum twice - no answer.

Helen

Helen Pritchard
Designated Safeguarding Lead | Wye Meadow Primary School
""")
    body = T("""
Verity - please add the below from school to the step down for Ellie-Mae. I'm in court all day from 9 and won't be able to pick up.

Gareth

Gareth Powell
Social Worker | Children in Need Team | Herefordshire Council

""") + school + "\n" + quote("Early Help Co-ordinators <%s>" % HEH, "11 December 2056 15:40", "Powell, Gareth",
                               "[SB-herefordshire-388] Step down - Hughes - received", ack)
    top = outlook_top(f, addr("Powell, Gareth", "Gareth.Powell@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "FW: [SB-herefordshire-388] Step down - Hughes", when,
                      cc=addr("Lang, Verity", "verity.lang@" + HDOM))
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 2,
        "urgent", "follow_up", True, None, ["704882"], [ch("Ellie-Mae Hughes")], ["domestic_abuse"], None, None, [],
        None, "alert_duty",
        "URGENT, THE RISK ONLY IN THE FORWARDED PART: a social worker forwards school's email into an existing "
        "step-down [SB-herefordshire-388] as if for the file ('please add the below'), but the forwarded email says "
        "the ex-partner, in breach of bail, held a knife to mum's throat last night in front of the children and said "
        "he would 'finish all of you tonight'; the child does not want to go home at 3.15 (DESIGN safety rule 1: "
        "forwarded history is read too). follow_up, but alert_duty comes first. Concern: domestic_abuse. The brother "
        "is unnamed; Jordan is an adult. 'Case: 704882' in the quoted acknowledgement -> '704882'.",
        not_children=["Gareth Powell", "Helen Pritchard"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2056-09-18 12:00:47"
    body = T("""
Dear Early Help Co-ordinators,

Following my discussion with Xavier Moss on Tuesday, please find attached the Early Help Assessment step-down plan and the family's signed consent form for the McDonagh children, a sibling group stepping down to Early Help at level 3 (Intensive) after the Child and Family Assessment.

Kathleen McDonagh - 12/01/2045 - Mosaic 703311
Martin McDonagh - 28/06/2047 - Mosaic 703312
Bridie McDonagh - 05/03/2051 - Mosaic 703313

The family are Irish Travellers. They spent most of last year on roadside stopping places around Hereford and moved onto a permanent pitch at the council's site in July, which has made a big difference. The assessment found no need for ongoing statutory involvement. Kathleen's attendance in her first year at secondary school is 68% and the main focus of the plan is her transition and attendance.

Key person: Mary Ward, Traveller Education Support Officer, Herefordshire Council Education Inclusion Service. Mary has known the family for six years and both parents asked for her. She has agreed to the role.

Mr and Mrs McDonagh signed the consent form at my visit on 14 September.

Kind regards
Rhiannon Bevan
Social Worker | Assessment Team | Herefordshire Council
01632 960815
""") + "\n" + HDISC
    atts = [docx_att("EHA step down plan - McDonagh.docx", [
                "# Early Help Assessment - step down plan",
                "Children: Kathleen McDonagh, Martin McDonagh, Bridie McDonagh.",
                "What are we worried about? Kathleen's attendance (68%) and her settling at secondary school.",
                "What's working well? Settled pitch since July; strong family; parents engaged with school.",
                "Wellbeing plan - what needs to happen, by whom: attendance plan (school and Mary Ward, by half term);",
                "transport to secondary school (Education, October); a homework space on the site (family, with Mary).",
                "Key person: Mary Ward, Traveller Education Support Officer."]),
            pdf_att("Consent form - McDonagh - signed.pdf", "Consent to Early Help support - step down", [
                "We agree to our children Kathleen, Martin and Bridie receiving Early Help support and to",
                "information being shared with the Early Help co-ordinator team and the key person.",
                "Signed: P. McDonagh   Signed: B. McDonagh   Date: 14/09/2056",
                "Witnessed: Rhiannon Bevan, Social Worker"])]
    top = outlook_top(f, addr("Bevan, Rhiannon", "Rhiannon.Bevan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - McDonagh sibling group - level 3", when, cc=addr("Moss, Xavier", "xavier.moss@" + HDOM))
    add(f, mail(f, top, body, atts=atts, html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["703311", "703312", "703313"],
        [ch("Kathleen McDonagh", "2045-01-12", "12/01/2045"), ch("Martin McDonagh", "2047-06-28", "28/06/2047"),
         ch("Bridie McDonagh", "2051-03-05", "05/03/2051")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down (REQUIREMENTS: consent_form, draft_plan, lead_practitioner): "
        "EHA step-down plan .docx, signed consent form PDF, key person named with her service (Mary Ward, Traveller "
        "Education Support). 'signed the consent form' -> consent true; 'level 3 (Intensive)' -> level 3. An Irish "
        "Traveller family newly on a permanent pitch. Three bare Mosaic ids in order. Mc surnames. 68% -> "
        "school_attendance. -> book_meeting.",
        not_children=["Rhiannon Bevan", "Mary Ward", "Xavier Moss"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2056-10-11 16:55:02"
    body = T("""
Hello Early Help Co-ordinator team,

I send you the step down plan for the children of Ms Petrauskienė, for step down to Early Help level 3 after the Child and Family Assessment. I was speaking with Verity on the Tuesday drop-in last week about this family.

Rūta Petrauskaitė, born 2046-02-27
Matas Petrauskas, born 2051-06-15
Mosaic 709245
(In Lithuanian the girl and boy have different ending of the surname, it is the same family.)

The family was evicted from private rent in June and they are now in bed and breakfast in Hereford city, one room. Mother was in hospital in the summer for depression, now she is home and the community mental health team is seeing her every two weeks. The children are doing okay in the school.

Mother agree verbally to the step down on the phone yesterday, I will bring the consent form to sign on my next visit (Tuesday).

Key person: we still need to agree with mother who will be the key person, maybe the ELSA from Matas school, I will ask her.

The plan is attached.

Thank you,
Agnė Kazlauskienė
Social Worker | Children in Need Team | Herefordshire Council
01632 960826
""") + "\n" + HDISC
    plan = docx_att("Step down plan Petrauskaite-Petrauskas.docx", [
        "# Early Help Assessment step-down plan",
        "Children: Rūta Petrauskaitė (10), Matas Petrauskas (5).",
        "What are we worried about? Mother's depression; one room in B&B; no family nearby.",
        "What's working well? Children attend school well; mother engages with the CMHT.",
        "What needs to happen: housing support (Housing Solutions); CMHT to continue; ELSA sessions for Matas.",
        "Key person: to be agreed with mother."])
    top = outlook_top(f, addr("Kazlauskienė, Agnė", "Agne.Kazlauskiene@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down plan - Petrauskaitė / Petrauskas", when)
    add(f, mail(f, top, body, atts=[plan]), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["709245"],
        [ch("Rūta Petrauskaitė", "2046-02-27", "2046-02-27"), ch("Matas Petrauskas", "2051-06-15", "2051-06-15")],
        ["parental_mental_health"], True, None, ["consent_form", "lead_practitioner"], None, "request_info",
        "Herefordshire step-down in a social worker's English as an additional language. Plan attached (.docx) -> "
        "draft_plan met. 'Mother agree verbally ... I will bring the consent form to sign' -> consent true but no "
        "written form -> consent_form missing; 'we still need to agree ... who will be the key person' -> "
        "lead_practitioner missing (REQUIREMENTS, herefordshire step_down) -> request_info. 'level 3' -> 3. "
        "Lithuanian surnames differ by sex (Petrauskaitė / Petrauskas) for siblings; accents. Mother's depression "
        "under the CMHT -> parental_mental_health.",
        not_children=["Agnė Kazlauskienė"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2056-11-09 11:11:24"
    body = T("""
Hi all,

A quick enquiry rather than a referral. I'm the social worker for Dawit Haile (DOB 01/01/2040 - the date given on arrival), an unaccompanied asylum-seeking young person who has been in our care since July and lives with foster carers in Leominster.

Dawit is 16. His account of his journey is hard to read: he was held for months in a detention centre in Libya where he was beaten and saw a friend killed, and he was made to work without pay on a farm in Italy before he reached the UK. All of that is in the past. He is safe and settled with his foster carers, goes to college three days a week for ESOL, and there are no current safeguarding concerns - he is not open to Early Help and does not need to be.

What he does need is friends. Does the Early Help youth offer in Leominster (the Thursday football or the youth club) take referrals for a young person in care, or should his foster carers just take him along? He speaks Tigrinya and some Arabic, and his English is improving quickly.

Thanks,
Tom

Tom Whitcombe
Social Worker | Children in Care Team (UASC) | Herefordshire Council
01632 960851
""") + "\n" + HDISC
    top = outlook_top(f, addr("Whitcombe, Tom", "Tom.Whitcombe@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Enquiry - youth activities for a young person in our care (UASC)", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 2,
        "near_miss", "other", False, None, [], [ch("Dawit Haile", "2040-01-01", "01/01/2040")], [], None, None, [],
        None, "human_review",
        "NEAR MISS: an unaccompanied asylum-seeking 16-year-old's past - detention, beatings, a killing witnessed, "
        "forced labour - told as history; 'He is safe and settled', 'no current safeguarding concerns' -> not "
        "urgent and no current concern. An enquiry about youth activities, 'not ... a referral' -> other -> "
        "human_review. DOB as given on arrival, 01/01/2040 (16 at now).",
        not_children=["Tom Whitcombe"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2056-10-06 17:02:51"
    text = T("""
Thank you for your message. I am away until Monday 16 October and will not be checking email.

For Arabic or Kurdish interpreting bookings in Herefordshire and Worcestershire please contact Wye Language Services on 01632 960870.

If a child is in danger please call 999.

شكراً لرسالتك. سأعود يوم الاثنين ١٦ أكتوبر.

Layla Mansour
Community Interpreter (Arabic, Kurdish Sorani)
""")
    top = gmail_top(f, addr("Layla Mansour", "layla.mansour.interpreting@gmail.example"), addr(None, HEH),
                    "Away until 16 October / بعيدة حتى ١٦ أكتوبر", when,
                    extra=[("Auto-Submitted", "auto-replied")])
    add(f, build(top, text_part(text), False), "herefordshire", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Gmail vacation responder from a community interpreter, marked only by 'Auto-Submitted: auto-replied' (custom "
        "bilingual English/Arabic subject, no 'Automatic reply:') -> auto_reply -> ignore. 'If a child is in danger "
        "please call 999' is boilerplate.",
        not_children=["Layla Mansour"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2056-12-04 09:30:18"
    data = google_reply(f, when, "Danuta Kowalczyk", "danuta.kowalczyk@locumsocialcare.example",
                        ("Early Help Co-ordinators", HEH), "ACCEPTED", "Step-down drop-in [SB-herefordshire-402]",
                        "20561205T100000Z", "20561205T103000Z", "Microsoft Teams",
                        "Tue 5 Dec 2056 10:00 - 10:30 (GMT)",
                        note="I will bring the draft plan. Thank you.")
    add(f, data, "herefordshire", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (text/calendar method=REPLY, PARTSTAT=ACCEPTED, plus invite.ics) from an agency "
        "social worker for the Tuesday-morning step-down drop-in, times in UTC (Z), GMT in December -> meeting_reply "
        "-> record_reply.",
        not_children=["Danuta Kowalczyk"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2056-10-13 11:45:29"
    body = T("""
Hi,

I'd like to ask for a step up to social care for the Boswell family (Mosaic ID 712004), who I have worked with at Early Help since March.

Levi Boswell, dob 09/09/2046
Delaney Boswell, dob 30/04/2049

The family are Romany Gypsies living in two trailers on an unauthorised roadside encampment off the A438. They have moved between roadside stopping places seven times this year, and the eviction notice on this one says the police may move the vehicles on Monday.

To be clear about what this is and isn't: I am not saying the children are at risk of harm from their parents. There are no safeguarding concerns about their care - they are loved, fed and well dressed. There was a police call-out for a domestic argument in 2053 which was NFA and nothing since. The worry is education and engagement: Levi has missed 40 school days since March and Delaney has never been on a school roll, and mum and dad have stopped answering my calls or letting me on site since the last eviction. If we keep going as we are, Delaney could go through primary without ever being in school.

My manager, Gemma Price, agreed on Friday that I should ask for a step up. Mum has told me she doesn't agree to a step up and "doesn't want social workers".

Sam Loveridge
Family Support Worker | Early Help | Herefordshire Council
01632 960833
""") + "\n" + HDISC
    top = outlook_top(f, addr("Loveridge, Sam", "Sam.Loveridge@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step up request - Boswell", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "step_up", False, None, ["712004"],
        [ch("Levi Boswell", "2046-09-09", "09/09/2046"), ch("Delaney Boswell", "2049-04-30", "30/04/2049")],
        ["non_engagement", "school_attendance"], False, True, [], None, "human_review",
        "NEAR MISS: 'I am not saying the children are at risk of harm', 'no safeguarding concerns about their care', a "
        "2053 domestic call-out 'NFA and nothing since', and a hypothetical ('could go through primary without ...'): "
        "negated, historic and hypothetical -> not urgent. A step-up sent to Herefordshire, whose protocol defines no "
        "step_up (REQUIREMENTS, herefordshire) -> human_review, missing [] and notice null. Concerns: family stopped "
        "engaging -> non_engagement; 40 days missed and never on roll -> school_attendance. 'Mosaic ID 712004' -> "
        "'712004'. Manager 'agreed ... that I should ask for a step up' -> true; mum 'doesn't agree to a step up' -> "
        "consent false.",
        not_children=["Sam Loveridge", "Gemma Price"])


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

# England & Wales bank holidays in 2056 that fall on a weekday (the `holidays` package's list, which set_checks()
# re-derives and compares): New Year's Day (observed) Monday 3 January (1 January 2056 is a Saturday); Good Friday
# 31 March; Easter Monday 3 April; May Day Monday 1 May; Spring Bank Holiday Monday 29 May; Late Summer Bank Holiday
# Monday 28 August; Christmas Day Monday 25 December; Boxing Day Tuesday 26 December. NONE falls inside the autumn
# term window: the Late Summer Bank Holiday is the Monday before it starts, Christmas the Monday after it ends.
BANK_HOLIDAYS = {date(2056, 1, 3), date(2056, 3, 31), date(2056, 4, 3), date(2056, 5, 1), date(2056, 5, 29),
                 date(2056, 8, 28), date(2056, 12, 25), date(2056, 12, 26)}
IN_WINDOW = {}
NEIGHBOURS = {date(2056, 8, 28): "Late Summer Bank Holiday", date(2056, 12, 25): "Christmas Day",
              date(2056, 12, 26): "Boxing Day"}
# The window: the autumn term, Monday 4 September (1 September 2056 is a Friday; the first Monday of the term) to
# Friday 15 December 2056 (mid December; Christmas Day is Monday 25 December).
WINDOW = (datetime(2056, 9, 4, tzinfo=LON), datetime(2056, 12, 15, 23, 59, 59, tzinfo=LON))
# BST began at 01:00 UTC on Sunday 26 March 2056 and ends at 01:00 UTC on Sunday 29 October 2056.
BST_START = datetime(2056, 3, 26, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2056, 10, 29, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2056

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
    if not (timedelta(minutes=2) <= now - d <= timedelta(minutes=6)): err("now not 2-6 min after Date")
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


def _att_text(msg):
    """Readable text of the attachments only."""
    bt = body_text(msg)
    return readable(msg).replace(bt, " ") if bt in readable(msg) else readable(msg)

def _single_b64_lf(f):
    msg = parse(f)
    parts = [p for p in msg.walk() if not p.is_multipart()]
    return (len(parts) == 1 and parts[0]["Content-Transfer-Encoding"] == "base64" and b"\r\n" not in FILES[f])

def _k01(msg):
    c = _cal(msg)
    cal = c[0].get_payload(decode=True).decode() if c else ""
    return (len(c) == 1 and (c[0].get_param("method") or "").upper() == "REQUEST" and "DTSTART;TZID=GMT Standard "
            "Time:20560920T100000" in cal and _exts(msg) == ["docx", "pdf", "docx"] and "GCP2" in readable(msg)
            and _wd("knowsley_01.eml") == 7 and date(2056, 9, 20).weekday() == 2)

def _k02(msg):
    d = _date(msg)
    return (d.astimezone(LON).date() == date(2056, 10, 10) and d.astimezone(UTC).date() == date(2056, 10, 9)
            and msg["Date"].strip().endswith("+0100") and d.astimezone(LON).hour == 0
            and working_days(date(2056, 10, 10), date(2056, 10, 16)) == 4
            and working_days(date(2056, 10, 9), date(2056, 10, 16)) == 5 and _wd("knowsley_02.eml") == 4
            and "it is not my first language" in _plain(msg))

def _k03(msg):
    return (not ALARM.search(body_text(msg)) and ALARM.search(readable(msg)) is not None
            and "tonight I do the other arm" in body_text(msg) and _exts(msg) == ["docx"])

def _k04(msg):
    m = datetime(2056, 11, 2, 11, 0, tzinfo=LON)
    return (msg["Date"].strip().endswith("+0100") and m.utcoffset() == timedelta(0) and _wd("knowsley_04.eml") == 5
            and "no exploitation concerns" in _plain(msg) and "Amira Begum, Young People's Support Worker, Huyton Foyer" in _plain(msg))

def _k06(msg):
    return _no_alarm(msg) and _date(msg).astimezone(LON).hour >= 17 and msg["Date"].strip().endswith("+0000")

def _k07(msg):
    return _date(msg).astimezone(LON).date() == WINDOW[0].date() and "Automatic reply:" in str(msg["Subject"])

def _k08(msg):
    t = readable(msg)
    return "MLL-22871" in t and "MLL-22871" not in _exp("knowsley_08.eml")["case_ids"] and "never hit" in t

def _r02(msg):
    p = _plain(msg)
    before, ps = p.split("\nPS ", 1)
    return not ALARM.search(before) and ALARM.search(ps) is not None and "3.15 today" in before

def _r04(msg):
    t = readable(msg)
    return (_no_alarm(msg) and "النص الأصلي" in t and _single_b64_lf("richmond_wandsworth_04.eml")
            and _date(msg).astimezone(LON).hour >= 21)

def _r07(msg):
    return msg["List-Id"] is not None and msg["Auto-Submitted"] is None and ALARM.search(readable(msg)) is not None

def _r08(msg):
    bt = body_text(msg)
    return ("come back tonight" in readable(msg) and "come back tonight" not in bt
            and "not immediate child protection" in bt and _exts(msg) == ["docx", "pdf"])

def _t01(msg):
    return _no_alarm(msg) and _single_b64_lf("tower_hamlets_01.eml") and _date(msg).weekday() == 4

def _t02(msg):
    return _no_alarm(msg) and msg["Date"].strip().endswith("+0000")

def _t08(msg):
    p = _plain(msg)
    return ('"he will kill me"' in p and "[SB-tower_hamlets-64]" in str(msg["Subject"])
            and msg["Date"].strip().endswith("+0100") and _date(msg).astimezone(LON).date() == date(2056, 10, 27))

def _b01(msg):
    t = readable(msg)
    return (_no_alarm(msg) and msg["Date"].strip().endswith("+0000") and _date(msg).date() == date(2056, 10, 30)
            and "Mason 7 years" in t and _exp("torbay_01.eml")["children"] == [])

def _b02(msg):
    return (age_years(date(2053, 6, 4), _today("torbay_02.eml")) < 5
            and (date(2056, 10, 3) - date(2026, 1, 6)).days % 14 == 0 and date(2056, 10, 3).weekday() == 1)

def _b03(msg):
    return _no_alarm(msg)

def _b08(msg):
    t = readable(msg)
    return "sitting on suitcases" in t and "оригінал" in t and ALARM.search(t) is not None

def _h01(msg):
    return _no_alarm(msg) and msg["Date"].strip().endswith("+0000")

def _h02(msg):
    p = _plain(msg)
    new, rest = p.split("From: Pritchard, Helen", 1)
    return (not ALARM.search(new) and "finish all of you tonight" in rest and "finish all of you tonight" not in new
            and "[SB-herefordshire-388]" in str(msg["Subject"]))

def _h03(msg):
    return _exts(msg) == ["docx", "pdf"] and "signed" in readable(msg)

def _h08(msg):
    return ("herefordshire", "step_up") not in DEFINED and ALARM.search(readable(msg)) is not None

CUSTOM = [
    ("knowsley_01.eml", "Teams invitation (iTIP REQUEST) with form, GCP2 and minutes; Wed 20 Sep; 7 WD", _k01),
    ("knowsley_02.eml", "00:18 BST: London date Tue 10 Oct (4 WD), UTC date Mon 9 Oct (5 WD)", _k02),
    ("knowsley_03.eml", "alarm word only in the attachment; threat for tonight in the body", _k03),
    ("knowsley_04.eml", "sent in BST, meeting in GMT, exactly 5 WD; history negated", _k04),
    ("knowsley_06.eml", "no alarm words; evening; GMT", _k06),
    ("knowsley_07.eml", "out-of-office on the first day of the window", _k07),
    ("knowsley_08.eml", "booking reference is not a case id; 'never hit'", _k08),
    ("richmond_wandsworth_02.eml", "alarm word only in the PS", _r02),
    ("richmond_wandsworth_04.eml", "machine translation with the Arabic original; phone mail; no alarm words; 21:14", _r04),
    ("richmond_wandsworth_07.eml", "bulletin: List-Id, no Auto-Submitted, alarm words", _r07),
    ("richmond_wandsworth_08.eml", "the threat for tonight only in the attached PDF; body says 'not immediate'", _r08),
    ("tower_hamlets_01.eml", "phone mail, no alarm words, Friday", _t01),
    ("tower_hamlets_02.eml", "no alarm words, GMT", _t02),
    ("tower_hamlets_08.eml", "idiom quoted; [SB-] reference; last BST working day", _t08),
    ("torbay_01.eml", "no alarm words; first Monday after the clock change (+0000); children by first name only", _b01),
    ("torbay_02.eml", "Kornelia under 5; 3 October is an under-5s sitting", _b02),
    ("torbay_03.eml", "no alarm words", _b03),
    ("torbay_08.eml", "machine translation with the Ukrainian original; alarm words", _b08),
    ("herefordshire_01.eml", "no alarm words; GMT", _h01),
    ("herefordshire_02.eml", "the threat only in the forwarded block; new text has no alarm word", _h02),
    ("herefordshire_03.eml", "plan .docx + signed consent PDF", _h03),
    ("herefordshire_08.eml", "Herefordshire step-up undefined; alarm words negated", _h08),
]

# Each consent / manager wording ties to its label (the phrase must be in the readable text or the Subject).
WORDING = [
    ("knowsley_01.eml", "discussed the step up with me in supervision on 8 September and agreed it", "manager_agreed", True),
    ("knowsley_01.eml", "She did not say yes or no", "consent", None),
    ("knowsley_02.eml", "Mother has gave her consent for the referral to Family First", "consent", True),
    ("knowsley_03.eml", "Paul has read it and agreed we step up today", "manager_agreed", True),
    ("knowsley_04.eml", "Kacper has consented to the step down", "consent", True),
    ("richmond_wandsworth_01.eml", "Mum agreed to the step up", "consent", True),
    ("richmond_wandsworth_01.eml", "I have agreed the plan to step up", "manager_agreed", True),
    ("richmond_wandsworth_03.eml", "Mum has consented to Early Help continuing the plan", "consent", True),
    ("richmond_wandsworth_05.eml", "she agree to continue with Early Help", "consent", True),
    ("richmond_wandsworth_08.eml", "I have agreed the step up", "manager_agreed", True),
    ("richmond_wandsworth_08.eml", "Mum is aware we are asking for the step up", "consent", None),
    ("tower_hamlets_03.eml", "has agreed the step-up", "manager_agreed", True),
    ("tower_hamlets_03.eml", "Mum has agreed to the referral to MAST", "consent", True),
    ("tower_hamlets_04.eml", "Mum has consented to the step down", "consent", True),
    ("tower_hamlets_05.eml", "Mother has gave consent for the step down", "consent", True),
    ("torbay_02.eml", "confirming the threshold for level 3 is met", "manager_agreed", True),
    ("torbay_02.eml", "has given her consent for level 3 Early Help", "consent", True),
    ("torbay_03.eml", "Mum has agreed to me contacting MASH", "consent", True),
    ("torbay_03.eml", "we agree it needs considering for level 4", "manager_agreed", True),
    ("torbay_05.eml", "he agree this need to be considered for level 4", "manager_agreed", True),
    ("torbay_05.eml", "I did not ask the mother yet about the contact to MASH", "consent", None),
    ("torbay_07.eml", "signed off her manager's analysis", "manager_agreed", True),
    ("herefordshire_03.eml", "signed the consent form at my visit", "consent", True),
    ("herefordshire_04.eml", "Mother agree verbally to the step down", "consent", True),
    ("herefordshire_08.eml", "agreed on Friday that I should ask for a step up", "manager_agreed", True),
    ("herefordshire_08.eml", "she doesn't agree to a step up", "consent", False),
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

# The whole-set facts the README states (set_checks() recomputes and compares them).
QUIET_EXPECTED = ["herefordshire_01.eml", "knowsley_06.eml", "richmond_wandsworth_04.eml", "torbay_01.eml",
                  "torbay_03.eml", "tower_hamlets_01.eml", "tower_hamlets_02.eml"]
COUNTS_EXPECTED = {"knowsley_01.eml": (7, 7), "knowsley_02.eml": (4, 4), "knowsley_04.eml": (5, 5)}
UTC_DATE_DECISIVE = ["knowsley_02.eml"]      # counting from the UTC date of `now` instead of London's flips ok
OFFSETS_EXPECTED = {"+0100": 23, "+0000": 17}
QUIET, COUNTS = [], {}

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2056])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: the bank holidays in the window are %s, expected none" % inside)
    for d, name in NEIGHBOURS.items():
        if pkg.get(d) != name:
            errors.append("set: %s should be %s, the package says %s" % (d, name, pkg.get(d)))
    if not (WINDOW[0].date() - date(2056, 8, 28)).days == 7 or not (date(2056, 12, 25) - WINDOW[1].date()).days == 10:
        errors.append("set: the window must start the Monday after the Late Summer Bank Holiday and end 10 days before Christmas")
    if WINDOW[0].weekday() != 0 or WINDOW[1].weekday() != 4 or date(2056, 9, 1).weekday() != 4:
        errors.append("set: the window must run Monday - Friday (4 September - 15 December 2056)")
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2056, 3) and BST_END.date() == last_sun(2056, 10) == date(2056, 10, 29)):
        errors.append("set: BST must start on the last Sunday of March 2056 and end on Sunday 29 October")
    d = WINDOW[0].date()
    while d <= WINDOW[1].date():
        noon = datetime(d.year, d.month, d.day, 12, tzinfo=LON)
        want = timedelta(hours=1) if d < BST_END.date() else timedelta(0)
        if noon.utcoffset() != want:
            errors.append("set: %s has offset %s, expected %s" % (d, noon.utcoffset(), want))
        d += timedelta(days=1)
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
    flips = sorted(f for f in counts if (working_days(_now(f).astimezone(UTC).date(), META[f]["meeting"]) >= 5)
                   != (counts[f][0] >= 5))
    if flips != UTC_DATE_DECISIVE:
        errors.append("set: counts decided by the London date are %s, expected %s" % (flips, UTC_DATE_DECISIVE))
    if offsets != OFFSETS_EXPECTED:
        errors.append("set: Date offsets %s, expected %s" % (offsets, OFFSETS_EXPECTED))
    per_kind = {}
    for lab in LABELS:
        per_kind.setdefault(lab["expect"]["kind"], set()).add(CATS[lab["file"]])
    if sum(1 for l in LABELS if l["expect"]["urgent"] and l["expect"]["kind"] in ("step_up", "follow_up")) < 3:
        errors.append("set: fewer than three urgent step requests / follow-ups")
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
    out.append("dates %s" % sorted((l["file"], l["now"]) for l in LABELS))
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
