#!/usr/bin/env python3
"""mixed105: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the spring term of 2058 (Monday 7 January - Thursday 11 April 2058, the Thursday before Easter), in mail written
in a hurry: very short mails, subject-line-only mails, facts in one run-on sentence, voice-to-text with no
punctuation, "see below" above a long forwarded thread, mails in capitals, mails in two languages, and writers who
correct themselves half-way ("sorry I meant tonight not tomorrow").

Clock: GMT (+0000) until British Summer Time begins at 01:00 UTC on Sunday 31 March 2058; from Monday 1 April the
Date headers carry +0100. Bank holidays (England) from the `holidays` package: New Year's Day (Wed 1 Jan, before the
window), Good Friday 12 April and Easter Monday 15 April 2058 (just after the window; Knowsley notice counts to
meetings on 16-18 April cross them).

Deterministic: no clock, no randomness. The MIME, PDF, .docx, iCalendar, out-of-office and quoting helpers are copied
from /work/main/tests/data/mixed27/make_set.py (lines 44-905) and used unchanged except the .docx timestamp. Every
label was set by hand from the specification; the self-checks only verify them and STOP on any error before anything
is written. Run with /work/main/.venv/bin/python make_set.py.
"""
import base64, hashlib, html, json, os, quopri, re, struct, sys, zlib
import email, email.policy, email.utils
from email.header import Header
from datetime import datetime, date, timedelta, timezone
from zoneinfo import ZoneInfo

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
    """Local (Europe/London) wall-clock time; zoneinfo gives GMT before 31 March 2058 and BST after. The self-check
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
            zi = zipfile.ZipInfo(name, date_time=(2058, 1, 2, 0, 0, 0))
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


# ============================================================================= mixed105
WINDOW = (date(2058, 1, 7), date(2058, 4, 11))
BANK_HOLIDAYS_2058 = {date(2058, 1, 1): "New Year's Day", date(2058, 4, 12): "Good Friday",
                      date(2058, 4, 15): "Easter Monday", date(2058, 5, 6): "May Day",
                      date(2058, 5, 27): "Spring Bank Holiday", date(2058, 8, 26): "Late Summer Bank Holiday",
                      date(2058, 12, 25): "Christmas Day", date(2058, 12, 26): "Boxing Day"}
BANNED = ["urgent", "immediate", "emergency", "at risk", "risk of harm", "danger", "asap"]

FILES, LABELS, CATS, META = {}, [], {}, {}
MB = {
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

def add(fname, data, authority, mailbox, when, delay, category, kind, urgent, level, case_ids, children,
        concerns, consent, manager_agreed, missing, notice_ok, next_action, why, meeting=None):
    assert fname not in FILES, fname
    FILES[fname] = data
    now = dt(when) + timedelta(minutes=delay)
    LABELS.append({"file": fname, "authority": authority, "mailbox": mailbox, "now": now.isoformat(),
                   "expect": {"kind": kind, "urgent": urgent, "level": level, "case_ids": case_ids,
                              "children": [{"name": n, "dob": d} for n, d in children],
                              "concerns": concerns, "consent": consent, "manager_agreed": manager_agreed,
                              "missing": missing, "notice_ok": notice_ok, "next_action": next_action},
                   "why": why})
    CATS[fname] = category
    META[fname] = {"when": when, "meeting": meeting}

def to(a, m):
    return MB[(a, m)]

GMAIL = "Gmail"
IOS = "iPhone Mail (21F90)"

# ============================================================================= KNOWSLEY
A = "knowsley"; KM = to(A, "mash_step_up"); KF = to(A, "early_help_duty")

f = "knowsley_01.eml"; w = "2058-01-15 18:42:00"
body = T("""
hi its Shannon from family first dictating this in the car outside sorry no time to type properly re Kelsey Atherton EHM-61408 just left the house mum Jade has gone in the ambulance with her sister who took something and baby Ruby Atherton 7 months has been left with mums mate Dean he is drunk he could not stand up he dropped the bottle on the floor twice while I was there and there is nobody else in the house tonight mum said she wont be back till tomorrow Kelsey is at her nans but the baby is with him now I asked him to let me take her and he shut the door on me I am still outside number 14 Pool Lane his phone is off please can someone ring me 07700 900614

Sent from my iPhone
""")
add(f, iphone_mail(f, plain_top(f, addr("Shannon Keegan", "shannon.keegan@knowsley.gov.uk"), KM,
    "Re: [SB-knowsley-3107] step up Kelsey A", w, "knowsley.gov.uk", IOS), body),
    A, "mash_step_up", w, 3, "urgent", "follow_up", True, None, ["EHM-61408"],
    [("Kelsey Atherton", None), ("Ruby Atherton", None)], ["neglect", "substance_misuse"], None, None, [], None, "alert_duty",
    "Voice-to-text with no punctuation, a reply on an existing step-up reference (follow_up): a 7-month-old left tonight "
    "with a drunk adult who shut the door on the worker, nobody else in the house (DESIGN safety rule 1). Out of hours.")

f = "knowsley_02.eml"; w = "2058-02-04 11:17:00"
subj = ("Lily-Mae Gorman 4yo EHM-62015 - nursery found burn back of her hand same shape as an iron point, she says "
        "'Craig done it cos I touched his phone', mum + Craig collecting her at 12")
add(f, mail(f, plain_top(f, addr("Bernie Lyons", "b.lyons@stgabrielsnursery.example.org.uk"), KM, subj, w,
    "stgabrielsnursery.example.org.uk", None), "\n"),
    A, "mash_step_up", w, 2, "urgent", "other", True, None, ["EHM-62015"], [("Lily-Mae Gorman", None)],
    ["physical_harm"], None, None, [], None, "alert_duty",
    "Subject-line-only mail from a nursery (not a Family First step-up request, so kind other): a 4-year-old's burn "
    "shaped like an iron, blamed on mum's partner in the child's words, and he collects her at noon today.")

f = "knowsley_03.eml"; w = "2058-02-20 09:31:00"
body = T("""
IGNORE my email of 09:24 pls - wrong family!! That was the Sefton case study from 2056 I was copying into the audit template (baby Harlow left with the drinking uncle, police attended, closed 2056). Nothing current, nothing for MASH, sorry sorry.

Paula
""") + original("Paula Ridgeway", "20 February 2058 09:24", "Knowsley MASH",
    "baby left with man drinking",
    "Baby Harlow (10 mo) left with uncle who had been drinking all day, mum at work, uncle asleep on sofa with baby.\n")
add(f, mail(f, outlook_top(f, addr("Paula Ridgeway", "paula.ridgeway@knowsley.gov.uk"), KM,
    "IGNORE - wrong family (my 09:24)", w), body),
    A, "mash_step_up", w, 4, "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
    "A correction that makes it not urgent: the earlier text (quoted below) was a 2056 case study from another council "
    "copied for an audit; 'wrong family', closed, nothing current. Not a request (other).")

f = "knowsley_04.eml"; w = "2058-04-09 14:05:00"
body = T("""
Hi MASH, step up for Tyler Harker dob 02/10/2049 EHM-60233 dad back in the home despite the non-mol and mum now saying she wants him there, 3 police call-outs since Feb, my TM Lorna Quill discussed it with me this morning and agreed the step up, form and last TAF minutes attached, step up TAF booked Weds 17th April 10am on Teams invite to follow, cheers

Rhys Garbutt
Family First Case Manager
""")
add(f, mail(f, outlook_top(f, addr("Rhys Garbutt", "rhys.garbutt@knowsley.gov.uk"), KM,
    "step up Harker EHM-60233", w, cc="Mash.Businesssupport@knowsley.gov.uk"), body, atts=[
    docx_att("FF Step Up to CSC form Appendix 1 - Harker.docx", [
        "# FF Step Up request to CSC (Appendix 1)", "Child: Tyler Harker, DOB 02/10/2049", "Case ID on EHM: EHM-60233",
        "What are we worried about: domestic abuse, father returned in breach of a non-molestation order.",
        "What is working well: Tyler attends school; mum engages with Family First.",
        "What needs to happen: step up to CSC for a C&F assessment.",
        "Team Manager: Lorna Quill - discussed and agreed 09/04/2058.",
        "Date of step up TAF meeting: Wednesday 17/04/2058 10:00, Teams"]),
    pdf_att("TAF minutes 27.03.2058 Harker.pdf", "TAF meeting minutes - Harker family - 27/03/2058", [
        "Present: mum, Rhys Garbutt (Family First), school DSL, Merseyside Police DA officer.",
        "Discussion: continued police call-outs; plan to review at next TAF."])]),
    A, "mash_step_up", w, 6, "ordinary", "step_up", False, None, ["EHM-60233"], [("Tyler Harker", "2049-10-02")],
    ["domestic_abuse"], None, True, [], False, "request_info",
    "Run-on step-up, otherwise complete (form, TAF minutes, case id, TM agreed). TAF Wed 17 Apr 10:00 from Tue 9 Apr "
    "crosses Good Friday 12 Apr and Easter Monday 15 Apr: 4 working days (plain weekdays 6), short of Knowsley's 5.",
    meeting=date(2058, 4, 17))

f = "knowsley_05.eml"; w = "2058-04-08 10:20:00"
body = T("""
Hiya duty, step down to level 2 for Oliwia Nowak (9) and Szymon Nowak (6), final CIN is Tues 16th April 2pm at Kirkby Family Hub - sorry I meant WEDS 17th April not Tues, 2pm, Kirkby Family Hub, room 2.

New lead practitioner: Halina Wrobel, family support worker, St Aidan's Catholic Primary (she's agreed to take it on).

Worried about: mum's low mood since the separation, Szymon's attendance dipping to 88%.
Working well: mum accepts help, kids close to school staff, no police call-outs since October.
Needs to happen: school-led EHA, Halina to chair TAF, mum to keep GP appointments.

Mum's words when I asked her (she wanted it in Polish): "Tak, zgadzam się, żeby pani Halina z szkoły nam pomagała" = yes, I agree for Halina from school to help us.

Thx, Gosia
Magdalena Lis, Social Worker, CIN Team 2
""")
add(f, mail(f, outlook_top(f, addr("Magdalena Lis", "magdalena.lis@knowsley.gov.uk"), KF,
    "step down L2 Nowak - CIN 17/04", w), body, html_alt=True),
    A, "early_help_duty", w, 5, "ordinary", "step_down", False, 2, [],
    [("Oliwia Nowak", None), ("Szymon Nowak", None)], ["parental_mental_health", "school_attendance"], True, None,
    [], True, "book_meeting",
    "Bilingual (English/Polish) level 2 step-down with a self-correction: Tues 16th -> Weds 17 Apr 14:00 at Kirkby "
    "Family Hub; from Mon 8 Apr that is exactly 5 working days (9,10,11,16,17; Good Friday and Easter Monday skipped). "
    "Lead practitioner with agency and all three Signs of Safety headings present.",
    meeting=date(2058, 4, 17))

f = "knowsley_06.eml"; w = "2058-03-14 08:00:00"
html_body = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Arial">
<h2>FAMILY FIRST 0-18 BULLETIN - March 2058</h2>
<p><b>Spotting it early: scenarios from our spring DSL briefing.</b> Practitioners worked through cards such as
"a baby left with an adult who is drunk", "a burn in the shape of an iron", "a teenager told she will be moved to
another house by men" and "a toddler alone in a flat since the morning". All scenarios are fictional.</p>
<p><b>Step-up reminders:</b> attach your TAF minutes and GCP2 where neglect is the concern, and give MASH at least
5 working days' notice. Good Friday (12 April) and Easter Monday (15 April) are not working days.</p>
<p>Unsubscribe: reply STOP.</p></body></html>
""")
top = plain_top(f, addr("Family First Comms", "familyfirst.comms@knowsley.gov.uk"), KF,
                "Family First bulletin - March 2058", w, "knowsley.gov.uk", None,
                extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<mailto:familyfirst.comms@knowsley.gov.uk?subject=STOP>")])
add(f, html_only(f, top, html_body),
    A, "early_help_duty", w, 7, "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
    "Bulletin listing fictional training scenarios (drunk carer, iron burn, 'another house', toddler alone): risk words "
    "about nobody real; a newsletter (other).")

f = "knowsley_07.eml"; w = "2058-04-03 16:55:00"
body = T("""
STEP DOWN LEVEL 3 - JACOB PRICE AND JOSHUA PRICE (TWINS, DOB 19/07/2052) - ICS 773104
JOINT HOME VISIT THURS 11/04/2058 10AM AT 22 CHERRYFIELD DRIVE KIRKBY L32
WORRIED ABOUT: DAD'S DRINKING AT WEEKENDS, BOYS MISSING PE KIT / LUNCH MONEY
WORKING WELL: DAD IN CGL PROGRAMME SINCE JAN, NAN DOES THURSDAYS, BOYS HAPPY AT SCHOOL
NEEDS TO HAPPEN: FAMILY FIRST CASE MANAGER TO TAKE ON, CGL KEYWORKER IN TAF
CONSENT - DAD HASN'T DECIDED YET, I WILL ASK HIM AGAIN AT THE VISIT
SORRY FOR CAPS ON PHONE
LEE
""")
add(f, iphone_mail(f, plain_top(f, addr("Lee Ashworth", "lee.ashworth@knowsley.gov.uk"), KF,
    "STEP DOWN L3 PRICE TWINS", w, "knowsley.gov.uk", IOS), body),
    A, "early_help_duty", w, 4, "ordinary", "step_down", False, 3, ["773104"],
    [("Jacob Price", "2052-07-19"), ("Joshua Price", "2052-07-19")], ["neglect", "substance_misuse"], None, None,
    ["consent"], True, "request_info",
    "All-capitals level 3 step-down: joint home visit Thu 11 Apr 10:00 at the home address, 6 working days from Wed "
    "3 Apr (ok); Signs of Safety headings all answered; consent still to be asked ('will ask him again') -> null and "
    "missing. 'ICS 773104' is a label then the number.", meeting=date(2058, 4, 11))

f = "knowsley_08.eml"; w = "2058-02-21 16:20:00"
thread = chain([
    ("Kirsty Doran", "21 February 2058 15:58", "Shauna Fitz", "Re: Ellie",
     "Shauna she just text me again, screenshot typed out below. I'm on the bus back to the office. Kirsty\n\n"
     "ELLIE (15:51): they said pack a bag im going to another house tonight, the men from the car wash are coming "
     "for me at 8, one of them said ill be working there now. mum dont know. dont ring me they check my phone\n", None),
    ("Kirsty Doran", "21 February 2058 12:10", "Shauna Fitz", "Ellie",
     "Ellie (Ellie Whitfield, 14) in school today, says she was out till 4am, new phone, new trainers. Will add to EHM.\n", None),
    ("Shauna Fitz", "19 February 2058 09:02", "Kirsty Doran", "Ellie",
     "Hi Kirsty, step-up went in last week (SB ref above), MASH meeting 26th. Any change let me know. Shauna\n", None),
])
body = "see below - Ellie EHM-59920\n\nShauna\nSent from Outlook for iOS\n" + thread
add(f, mail(f, outlook_top(f, addr("Shauna Fitz", "shauna.fitz@knowsley.gov.uk"), KM,
    "FW: [SB-knowsley-3188] Ellie", w), body),
    A, "mash_step_up", w, 2, "urgent", "follow_up", True, None, ["EHM-59920"], [("Ellie Whitfield", None)],
    ["exploitation", "missing"], None, None, [], None, "alert_duty",
    "'see below' above a forwarded thread: the 15-year-old's text at 15:51 says men are collecting her at 8 tonight to "
    "take her to 'another house' where she will be 'working'; a follow-up on an existing step-up (reference in subject).")

# ============================================================================= RICHMOND & WANDSWORTH
A = "richmond_wandsworth"; RM = to(A, "mash_step_up"); RE = to(A, "early_help_duty")

f = "richmond_wandsworth_01.eml"; w = "2058-01-22 15:10:00"
body = T("""
Hello sorry my english. Olá, desculpe.
The little boy Tiago flat 9 Boscombe House Garratt Lane, he is maybe 2 years, he is alone in the flat since this morning. O menino está sozinho desde as 8 da manhã, chora muito.
I hear him crying all day through the wall, I knock, nobody open, the mother I see her go out 8 o'clock with bag and no come back. Now he is quiet and it is getting dark.
I find this email on the council page. My number 07700 900288.
Fernanda (flat 10)
""")
add(f, mail(f, plain_top(f, addr("Fernanda Lopes", "fernandalopes88@gmail.example.com"), RE,
    "menino sozinho / boy alone flat 9", w, "mail.gmail.example.com", GMAIL), body),
    A, "early_help_duty", w, 3, "urgent", "other", True, None, [], [("Tiago", None)], ["neglect"], None, None, [],
    None, "alert_duty",
    "Neighbour writing in Portuguese and English: a 2-year-old alone in a flat since 8 this morning, crying all day, "
    "now quiet as it gets dark (DESIGN safety rule 1). Misdirected to the Early Help inbox; kind other.")

f = "richmond_wandsworth_02.eml"; w = "2058-02-12 09:05:00"
body = T("""
Step up - Bailey Frost (7), Mosaic 2281904. Neglect + school attendance. I've agreed this after our reflective discussion yesterday. Case summary & rationale attached.
Thx
Mel
Melanie Okafor | Early Help Team Manager (Wandsworth South)
""")
add(f, mail(f, outlook_top(f, addr("Melanie Okafor", "melanie.okafor@richmondandwandsworth.gov.uk"), RM,
    "Step up Frost", w), body, atts=[
    docx_att("Case summary - Bailey Frost.docx", ["# Latest case summary", "Bailey Frost, 7. Mosaic 2281904.",
        "Home conditions poor, repeated head lice, attendance 71% this term."]),
    pdf_att("Rationale for step up - Frost.pdf", "Rationale for the plan to step up to Children's Services",
        ["Twelve weeks of Early Help with no change; mother not engaging with the home-conditions plan."])]),
    A, "mash_step_up", w, 5, "ordinary", "step_up", False, None, ["2281904"], [("Bailey Frost", None)],
    ["neglect", "school_attendance"], None, True, [], None, "book_meeting",
    "Very short step-up from the Early Help team manager, who says she agreed it; case summary and rationale attached "
    "(R&W step-up requirements met). 'Mosaic 2281904': label then number. No notice rule for R&W step-up.")

f = "richmond_wandsworth_03.eml"; w = "2058-02-28 17:40:00"
body = T("""
quick q for tmrw's induction session (not a real case!) - if a child told us mum's boyfriend "does things" to her and he's the one picking her up, do we phone MASH or email this inbox? want to get the slide right. ta, Priya (student SW)
""")
add(f, mail(f, plain_top(f, addr("Priya Sandhu", "priya.sandhu@richmondandwandsworth.gov.uk"), RM,
    "quick q - phone or email?", w, "richmondandwandsworth.gov.uk", None), body),
    A, "mash_step_up", w, 2, "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
    "Hypothetical for a training slide ('not a real case'): no real child. A general enquiry (other).")

f = "richmond_wandsworth_04.eml"; w = "2058-03-11 12:30:00"
body = T("""
Hi EH duty, confirming step down for Kai Brennan (14), Mosaic ID 3016677 - agreed case discussion with Jasper on the phone just now for Thursday 13th March 11am - sorry, I meant WEDNESDAY 13th, Thursday is the 14th, it's Wednesday 13th 11am.
Mum and Kai have both consented to Early Help carrying on the plan.
Latest case summary attached, draft EH plan to follow tomorrow once I've finished it.
Concerns were Kai going missing overnight x3 in Dec, none since Jan.
Dan Whitlock, SW, Richmond CIN
""")
add(f, mail(f, outlook_top(f, addr("Dan Whitlock", "dan.whitlock@richmondandwandsworth.gov.uk"), RE,
    "step down Brennan - case disc Weds 13/3", w), body, atts=[
    docx_att("Brennan case summary Mar58.docx", ["# Case summary", "Kai Brennan, 14. Mosaic 3016677.",
        "Three missing episodes in December 2057; return interviews completed; no episodes since January."])]),
    A, "early_help_duty", w, 4, "ordinary", "step_down", False, None, ["3016677"], [("Kai Brennan", None)],
    ["missing"], True, None, ["draft_plan"], None, "request_info",
    "Step-down with a mid-mail date correction (Thursday -> Wednesday 13 March, within 5 days of the contact); consent "
    "given; case summary attached but the draft plan is 'to follow' -> missing draft_plan. No notice field for R&W.")

f = "richmond_wandsworth_05.eml"; w = "2058-03-08 13:05:00"
body = T("""
Poppy Linden Y4 dob 21/05/2048 told her TA at lunch that mum's boyfriend Gary "does things to me when mum's at work and says it's our game" and pointed between her legs when asked where and she said he's picking her up today at 3.15 because mum is on a late shift and she doesn't want to go home with him and she's been crying since, she is in the office with me now, mum not answering, I haven't said anything to Gary, Mosaic number if she has one I don't know, please call me on 020 7946 0417.
Joanne Reeve, DSL, Furzedown Primary
""")
add(f, mail(f, plain_top(f, addr("Joanne Reeve", "dsl@furzedown-primary.example.sch.uk"), RM,
    "Poppy Linden Y4 - disclosure - collection 3.15", w, "furzedown-primary.example.sch.uk", None), body),
    A, "mash_step_up", w, 3, "urgent", "other", True, None, [], [("Poppy Linden", "2048-05-21")], ["sexual_harm"],
    None, None, [], None, "alert_duty",
    "School DSL's single run-on sentence: a 9-year-old's disclosure in her own words about mum's boyfriend, who collects "
    "her today at 3.15 (two hours away). Not a step-up request (other).")

f = "richmond_wandsworth_06.eml"; w = "2058-01-23 08:50:00"
body = T("""
Update on yesterday's email re Maisie Hollis (3) left in the flat - all sorted. Mum was actually in the flat downstairs with the neighbour the whole time (baby monitor), police did a welfare check at 7pm, Maisie fine, asleep, no concerns raised by officers. Nothing further needed tonight or today. Carry on with the step down discussion as planned.
Sam
""")
add(f, mail(f, outlook_top(f, addr("Sam Ferreira", "sam.ferreira@richmondandwandsworth.gov.uk"), RE,
    "RE: [SB-richmond_wandsworth-2207] Hollis - UPDATE", w), body),
    A, "early_help_duty", w, 6, "near_miss", "follow_up", False, None, [], [("Maisie Hollis", None)], [], None, None,
    [], None, "attach_to_request",
    "Resolved worry: the child 'left in the flat' was supervised; police checked last night; a follow-up on an existing "
    "step-down (reference in subject). Nothing current.")

f = "richmond_wandsworth_07.eml"; w = "2058-03-26 10:15:00"
body = T("""
Dad (Mr Szabo) has said no to Early Help - he doesn't want anyone else involved, said it clearly on the phone this morning. So consent refused for Noemi. Will discuss with my TM what next.
Ruth
""") + quote("Early Help Duty", "25 March 2058 14:02", "Ruth Adeyemi",
             "[SB-richmond_wandsworth-2261] Step-down received: Noemi Szabo",
             "Thank you. We have your step-down for Noemi Szabo. Still needed: confirmation that the family consents.\n")
add(f, mail(f, outlook_top(f, addr("Ruth Adeyemi", "ruth.adeyemi@richmondandwandsworth.gov.uk"), RE,
    "RE: [SB-richmond_wandsworth-2261] Step-down received: Noemi Szabo", w), body),
    A, "early_help_duty", w, 3, "ordinary", "follow_up", False, None, [], [("Noemi Szabo", None)], [], False, None,
    [], None, "attach_to_request",
    "Short reply to stepbot's acknowledgement: the father refuses Early Help -> consent false; follow_up, no "
    "requirements of its own.")

f = "richmond_wandsworth_08.eml"; w = "2058-04-10 09:12:00"
add(f, itip_reply(f, w, "Jasper Quint", "jasper.quint@richmondandwandsworth.gov.uk",
    ("MASH business support", "mash.businesssupport@richmondandwandsworth.gov.uk"), "DECLINED",
    "Step-up case discussion - Frost", "20580411T140000", "20580411T150000", "Teams",
    comment="on leave thurs - sending Gemma Hale (EH worker) instead, sorry short notice"),
    A, "mash_step_up", w, 2, "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None,
    "record_reply",
    "iTIP REPLY (DECLINED) with a one-line comment naming a substitute: meeting_reply -> record_reply.")

# ============================================================================= TOWER HAMLETS
A = "tower_hamlets"; TM_ = to(A, "mash_step_up"); TE = to(A, "early_help_duty")

f = "tower_hamlets_01.eml"; w = "2058-01-17 15:35:00"
body = T("""
MAST - Rahman family, Mosaic 3381920, Ayaan Rahman (6) and Inaya Rahman (3). Police just rang me: Mr Rahman is being released from Bethnal Green custody tomorrow morning and says he's going straight back to the flat at Cranbrook Estate where mum and the kids are - sorry, I meant TONIGHT not tomorrow, they're releasing him at 6pm tonight, no bail conditions because CPS haven't charged yet. Last time (Jan 4th) he strangled mum in front of the kids. Mum says she can't go to her sister's tonight. I'm with the family till 5.
Halima Uddin, Family Support Worker, Early Help
""")
add(f, mail(f, outlook_top(f, addr("Halima Uddin", "halima.uddin@towerhamlets.gov.uk"), TM_,
    "RE: [SB-tower_hamlets-1502] Rahman - dad released TONIGHT", w), body),
    A, "mash_step_up", w, 2, "urgent", "follow_up", True, None, ["3381920"], [("Ayaan Rahman", None), ("Inaya Rahman", None)],
    ["domestic_abuse"], None, None, [], None, "alert_duty",
    "Self-correction that makes it tonight: the father who strangled mother in front of the children is released at "
    "6pm tonight with no conditions and heading to their flat; a follow-up on an existing request.")

f = "tower_hamlets_02.eml"; w = "2058-02-28 11:02:00"
body = T("""
step down for Zara Chowdhury dob 03/08/2047 and Ilyas Chowdhury dob 11/12/2050 Mosaic ID 3390412 C&FA concluded 26/02/2058 mum consented and signed yesterday TAF plan and C&FA attached LP is Shamima Khatun Family Support Worker at Bigland Green Primary TAF booked Weds 6/3 10am at the school concerns were attendance both kids thanks Rumana
""")
add(f, mail(f, plain_top(f, addr("Rumana Ali", "rumana.ali@towerhamlets.gov.uk"), TE, "step down Chowdhury", w,
    "towerhamlets.gov.uk", None), body, atts=[
    pdf_att("C&FA Chowdhury concluded 26-02-2058.pdf", "Child and Family Assessment - Chowdhury", [
        "Children: Zara (03/08/2047), Ilyas (11/12/2050). Concluded 26/02/2058.",
        "Outcome: step down to early help, TAF with lead practitioner from school."]),
    docx_att("TAF plan Chowdhury.docx", ["# TAF plan", "Lead practitioner: Shamima Khatun, Bigland Green Primary",
        "Attendance targets and morning routine support."])]),
    A, "early_help_duty", w, 4, "ordinary", "step_down", False, None, ["3390412"],
    [("Zara Chowdhury", "2047-08-03"), ("Ilyas Chowdhury", "2050-12-11")], ["school_attendance"], True, None, [],
    None, "book_meeting",
    "The whole request in one run-on sentence: assessment and TAF plan attached, consent given, lead practitioner with "
    "agency, TAF within 10 WD of 26 Feb. Complete.")

f = "tower_hamlets_03.eml"; w = "2058-01-14 10:40:00"
thread = chain([
    ("Grace Ng", "13 January 2058 16:44", "Tom Bullivant", "RE: Mills - step up?",
     "Agreed Tom - go ahead with the MAST request. Grace (TM)\n", None),
    ("Tom Bullivant", "13 January 2058 15:10", "Grace Ng", "Mills - step up?",
     "Grace, home conditions back to how they were, Leo (5) sent to school in wet clothes three times, mum not "
     "answering the door to me since Christmas. History for MAST: in 2055 Leo, then a baby, was left with an uncle "
     "who had been drinking; police attended, PLO, closed 2056. Nothing like that now. Request for Support drafted.\n", None),
])
body = "see below + RFS attached. Leo Mills, Mosaic 3302785.\nTom\n" + thread
add(f, mail(f, outlook_top(f, addr("Tom Bullivant", "tom.bullivant@towerhamlets.gov.uk"), TM_,
    "FW: Mills - step up?", w), body, atts=[
    docx_att("Multi-Agency Request for Support - Mills.docx", ["# Multi-Agency Request for Support",
        "Child: Leo Mills. Mosaic 3302785.", "Reason: neglect of home conditions; family not engaging.",
        "Manager: Grace Ng agreed 13/01/2058."])]),
    A, "mash_step_up", w, 5, "near_miss", "step_up", False, None, ["3302785"], [("Leo Mills", None)],
    ["neglect", "non_engagement"], None, True, [], None, "book_meeting",
    "'see below' above the thread: a step-up for current neglect and non-engagement whose alarming part (a baby left "
    "with a drinking uncle) is 2055 history, closed 2056 ('nothing like that now'). RFS attached, TM agreed in thread.")

f = "tower_hamlets_04.eml"; w = "2058-02-06 13:25:00"
body = T("""
Salaam MAST team, step up request for Nusrat Begum (12) and Arif Miah (8), Mosaic 3354410. Mum very unwell again (psychosis, stopped meds), Nusrat doing all the cooking and taking Arif to school.
Mum said to me: "আমি ঠিক আছি, বাচ্চারা সব সামলায়" (I'm fine, the children manage everything).
RFS form attached. My TM is off till Monday so she hasn't signed it off yet - will forward when she has.
Jahanara Begum, Bilingual Family Support Worker
""")
add(f, mail(f, outlook_top(f, addr("Jahanara Begum", "jahanara.begum@towerhamlets.gov.uk"), TM_,
    "step up Begum/Miah", w), body, html_alt=True, atts=[
    pdf_att("RFS - Begum Miah.pdf", "Multi-Agency Request for Support", [
        "Children: Nusrat Begum (12), Arif Miah (8). Mosaic 3354410.",
        "Concerns: parental mental health; young carer.", "Manager sign-off: pending"])]),
    A, "mash_step_up", w, 4, "ordinary", "step_up", False, None, ["3354410"],
    [("Nusrat Begum", None), ("Arif Miah", None)], ["parental_mental_health", "young_carer"], None, None,
    ["manager_agreed"], None, "request_info",
    "English/Bengali step-up to MAST: RFS attached, but the manager 'hasn't signed it off yet' (pending) -> "
    "manager_agreed null and missing.")

f = "tower_hamlets_05.eml"; w = "2058-03-18 07:58:00"
subj = ("scenario cards for Thurs DSL training - 'teen told she's moving to another house tonight by men' + "
        "'toddler alone in flat since morning' - print 30 each pls, all fictional")
add(f, mail(f, plain_top(f, addr("Nadim Rahman", "nadim.rahman@towerhamlets.gov.uk"), TE, subj, w,
    "towerhamlets.gov.uk", None), "\n"),
    A, "early_help_duty", w, 2, "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
    "Subject-line-only printing request for training scenario cards, 'all fictional': no real child (other).")

f = "tower_hamlets_06.eml"; w = "2058-04-02 15:02:00"
fwd = T("""
---------- Forwarded message ---------
From: dj_kofi2045 <djkofi2045@gmail.example.com>
Date: Tue, 2 Apr 2058 at 14:41
Subject: miss

MISS ITS KOFI. I CANT GO HOME. MY STEPDAD DID THE BELT AGAIN LAST NIGHT MY BACK IS ALL CUT, HE SAID IF I TELL ANYONE HE WILL DO IT TO MY LITTLE BROTHER NANA TOO. HE FINISHES WORK AT 6 AND HE SAID WE WILL FINISH IT TONIGHT. IM AT THE LIBRARY. PLEASE DONT TELL MUM SHE WILL TELL HIM
""")
body = "See below from Kofi Mensah-Boateng (13), Mosaic 3371006, his brother is Nana (7). I'm on my way to the library now.\nEsi Owusu, Youth Worker, Early Help\n\n" + fwd
add(f, mail(f, plain_top(f, addr("Esi Owusu", "esi.owusu@towerhamlets.gov.uk"), TE, "Fwd: miss", w,
    "towerhamlets.gov.uk", None), body),
    A, "early_help_duty", w, 3, "urgent", "other", True, None, ["3371006"],
    [("Kofi Mensah-Boateng", None), ("Nana", None)], ["physical_harm"], None, None, [], None, "alert_duty",
    "'See below' above a 13-year-old's all-capitals message: beaten with a belt last night, threatened again 'tonight' "
    "at 6 and his brother threatened too. Forward to the Early Help inbox, not a request (other).")

f = "tower_hamlets_07.eml"; w = "2058-03-27 18:10:00"
body = T("""
step down for Sofia Marku age 10 Mosaic 3367215 mum has consented she signed the form today TAF plan attached the child and family assessment I will send tomorrow morning when my manager has signed it off the worries were mums drinking and Sofia being late to school most days TAF will be on the 9th of April at 10 at Stepney Green family hub thank you

Sent from my Galaxy
""")
add(f, mail(f, plain_top(f, addr("Erion Hoxha", "erion.hoxha@towerhamlets.gov.uk"), TE, "step down Sofia Marku",
    w, "towerhamlets.gov.uk", "Samsung Email"), body, atts=[
    docx_att("TAF plan - Sofia Marku.docx", ["# TAF plan", "Sofia Marku, 10.", "Morning routine; mum to attend CGL."])]),
    A, "early_help_duty", w, 6, "ordinary", "step_down", False, None, ["3367215"], [("Sofia Marku", None)],
    ["school_attendance", "substance_misuse"], True, None, ["assessment", "lead_practitioner"], None, "request_info",
    "Voice-to-text step-down: consent given, TAF plan attached, but the C&F assessment is 'to send tomorrow' and no "
    "lead practitioner is named -> missing assessment and lead_practitioner.")

f = "tower_hamlets_08.eml"; w = "2058-03-28 09:20:00"
thread = chain([
    ("Farah Siddiqui", "27 March 2058 17:30", "Jahanara Begum", "RE: Begum/Miah RFS",
     "Read it, agreed - step up to MAST is the right call. Farah Siddiqui, Team Manager\n", None),
    ("Jahanara Begum", "27 March 2058 11:04", "Farah Siddiqui", "Begum/Miah RFS",
     "Farah, welcome back - can you sign off the Begum/Miah step up (Nusrat 12, Arif 8)? RFS went to MAST on 6 Feb.\n", None),
])
body = "see below - TM agreement for Nusrat Begum & Arif Miah\n" + thread
add(f, mail(f, outlook_top(f, addr("Jahanara Begum", "jahanara.begum@towerhamlets.gov.uk"), TM_,
    "RE: [SB-tower_hamlets-1544] step up Begum/Miah", w), body),
    A, "mash_step_up", w, 3, "ordinary", "follow_up", False, None, [],
    [("Nusrat Begum", None), ("Arif Miah", None)], [], None, True, [], None, "attach_to_request",
    "'see below' over a forwarded thread in which the team manager agrees: a follow-up adding manager agreement to an "
    "existing step-up.")

# ============================================================================= TORBAY
A = "torbay"; BM = to(A, "mash_step_up"); BE = to(A, "early_help_duty")

f = "torbay_01.eml"; w = "2058-01-29 12:10:00"
body = T("""
Hi EH, triage slot pls for step down, Kacey Rowe dob 14/06/2051, LCS-558201, single assessment attached, TM Claire agreed threshold for L3, mum consented Fri.

PS - school just rang while I was typing this. Kacey told her teacher that mum's boyfriend Lewis "squeezed mummy's neck till she went floppy" last night and that he's the one at home when she gets back at 3. She's refusing to go home. Mum's phone is off. I'm going to the school now.
Chris Penhaligon, SW
""")
add(f, mail(f, outlook_top(f, addr("Chris Penhaligon", "chris.penhaligon@torbay.gov.uk"), BE,
    "triage - Rowe", w), body, atts=[
    pdf_att("Single Assessment - Kacey Rowe.pdf", "Single Assessment - Kacey Rowe (LCS-558201)", [
        "Analysis and rationale: needs now at level 3; step down recommended."])]),
    A, "early_help_duty", w, 3, "urgent", "step_down", True, 3, ["LCS-558201"], [("Kacey Rowe", "2051-06-14")],
    ["domestic_abuse"], True, True, [], None, "alert_duty",
    "Short, complete step-down whose PS brings a 6-year-old's words about strangulation last night and the same man "
    "at home when she returns at 3 today. Urgent whatever the kind; 'L3' stated.")

f = "torbay_02.eml"; w = "2058-02-15 10:00:00"
body = T("""
Triage slot please - step down Alfie Penrose dob 02/09/2054, LCS-561377. Single assessment attached, TM (Jo Hext) has recorded her analysis, threshold met for L3. Mum consented on the 12th.
For triage: no marks, no burns, no injuries seen at any visit; Alfie has never been left alone; no DA, no drugs, no police. It's just mum's low mood and his speech delay.
Becca
""")
add(f, mail(f, outlook_top(f, addr("Becca Trethewey", "becca.trethewey@torbay.gov.uk"), BE,
    "step down Penrose - triage", w), body, atts=[
    pdf_att("SA Alfie Penrose.pdf", "Single Assessment - Alfie Penrose", ["Analysis: needs at level 3; rationale for step down."])]),
    A, "early_help_duty", w, 4, "near_miss", "step_down", False, 3, ["LCS-561377"],
    [("Alfie Penrose", "2054-09-02")], ["disability_send", "parental_mental_health"], True, True, [], None,
    "book_meeting",
    "Near miss by negation: 'no marks, no burns ... never left alone; no DA, no drugs'. Complete Torbay step-down "
    "(assessment, TM analysis, consent); Alfie is 3, so the under-5s triage.")

f = "torbay_03.eml"; w = "2058-03-04 11:45:00"
body = T("""
Step down request Mia Couch (2) dob 30/11/2055 LCS-563090 - SA attached, mum has consented. Re manager sign off: my TM Sarah has NOT agreed, she wants one more CIN review in April before it comes to triage. Sending now so you have it. Jess
""")
add(f, mail(f, outlook_top(f, addr("Jess Blamey", "jess.blamey@torbay.gov.uk"), BE, "SD Couch", w), body, atts=[
    pdf_att("Single Assessment - Mia Couch.pdf", "Single Assessment - Mia Couch", ["Rationale for step down."])]),
    A, "early_help_duty", w, 5, "ordinary", "step_down", False, None, ["LCS-563090"], [("Mia Couch", "2055-11-30")],
    [], True, False, ["manager_agreed"], None, "request_info",
    "Manager agreement refused ('has NOT agreed') -> false and missing; consent given, SA attached; under-5.")

f = "torbay_04.eml"; w = "2058-02-22 21:37:00"
body = T("""
Buna seara. Good evening. My husband Ionut is very drunk, he took our baby Luca (11 months) in the car 20 minutes ago, he is driving to his brother in Plymouth. E beat, abia stătea în picioare. He could not stand. No car seat, the car seat is here with me. I am at home 31 Ellacombe Road Torquay. I write here because the social worker Ana gave me this email, I don't have her phone.
Car is blue Dacia WK07 ???. Please.
Mirela Popescu
""")
add(f, mail(f, plain_top(f, addr("Mirela Popescu", "mirela.popescu@yahoo.example.com"), BM,
    "baby Luca - husband drunk driving", w, "yahoo.example.com", None), body),
    A, "mash_step_up", w, 2, "urgent", "other", True, None, [], [("Luca", None)], ["substance_misuse"], None, None,
    [], None, "alert_duty",
    "Mother writing in Romanian and English at night: her drunk husband has driven off with their 11-month-old, no car "
    "seat, 20 minutes ago (DESIGN safety rule 1, out of hours). Not a request (other).")

f = "torbay_05.eml"; w = "2058-03-13 14:22:00"
body = T("""
MASH - contact for Tia Kessell (11) and Rio Kessell (8), LCS-550912. New info: Tia missing from home twice this month, both times found in Paignton with older men who'd given her vapes and a phone. My TM Gareth and I agree this needs looking at for L4. Dad says NO to a MASH contact, he won't consent - said it twice.
Kerry, Family Intervention Worker
""")
add(f, mail(f, outlook_top(f, addr("Kerry Polglase", "kerry.polglase@torbay.gov.uk"), BM, "contact Kessell", w), body),
    A, "mash_step_up", w, 4, "ordinary", "step_up", False, None, ["LCS-550912"],
    [("Tia Kessell", None), ("Rio Kessell", None)], ["exploitation", "missing"], False, True, ["consent"], None, "request_info",
    "Short step-up contact: manager agreed, consent refused ('says NO ... won't consent') -> consent false and missing. "
    "Concerns: missing episodes with older men (exploitation, missing).")

f = "torbay_06.eml"; w = "2058-03-25 08:03:00"
add(f, ooo(f, w, "Silas Penrose", "silas.penrose@torbay.gov.uk", BE, "step down Penrose - triage",
    T("""
I'm out of the office until Tuesday 2 April with no access to email.
If a child is in danger call 999. For new concerns about a child contact MASH on 01632 960214.
Silas Penrose, Early Help Assistant Team Manager
""")),
    A, "early_help_duty", w, 1, "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
    "Out-of-office (Auto-Submitted: auto-replied) whose boilerplate says 'if a child is in danger call 999': risk words "
    "about nobody real; never answered (safety rule 2).")

f = "torbay_07.eml"; w = "2058-04-04 16:40:00"
add(f, mail(f, outlook_top(f, addr("Jess Blamey", "jess.blamey@torbay.gov.uk"), BE,
    "RE: [SB-torbay-4410] consent form Couch attached - TM now agreed too", w), "\n", atts=[
    pdf_att("Consent form - Couch.pdf", "Parental consent to level 3 Early Help", ["Child: Mia Couch", "Signed by mother 03/04/2058"])]),
    A, "early_help_duty", w, 3, "ordinary", "follow_up", False, None, [], [], [], True, True, [], None,
    "attach_to_request",
    "Subject-line-only follow-up with a consent form attached; the subject says the TM has now agreed.")

f = "torbay_08.eml"; w = "2058-04-08 08:41:00"
add(f, itip_reply(f, w, "Dawn Hocking", "dawn.hocking@torbay.gov.uk",
    ("Early Help business support", "earlyhelp.businesssupport@torbay.gov.uk"), "DECLINED",
    "Triage - Tyler Brimble", "20580409T093000", "20580409T100000", "Torbay Hospital / Teams",
    comment="cant make it, at Torbay Hospital w Tyler (4 months), skull fracture, dads story doesnt fit, and dad is asking to take him home off the ward this morning, nurses cant stop him"),
    A, "early_help_duty", w, 3, "urgent", "meeting_reply", True, None, [], [("Tyler Brimble", None)],
    ["physical_harm"], None, None, [], None, "alert_duty",
    "A declined invitation's comment: a 4-month-old with an unexplained skull fracture whose father is trying to take "
    "him off the ward this morning. Urgent outranks record_reply.")

# ============================================================================= HEREFORDSHIRE
A = "herefordshire"; HM = to(A, "mash_step_up"); HE = to(A, "early_help_duty")

f = "herefordshire_01.eml"; w = "2058-01-09 19:55:00"
body = T("""
this is Nell the health visitor dictating sorry Mrs Price at Upper Lyde Farm just rang me crying Gareth has got the shotgun out of the cabinet he is sitting in the kitchen with it he has been drinking since lunch and he is saying nobody will have the kids after tonight the children are Rhys Price 6 and baby Gwen Price 5 months they are in the house with him she has locked herself and the baby in the bathroom Rhys is in his bedroom she gave me this address from the step down letter Mosaic 4410982 I have told her to ring 999 I am ringing her back now 07700 900731
""")
add(f, mail(f, plain_top(f, addr("Nell Bevan", "nell.bevan@wvt.example.nhs.uk"), HE, "Price Upper Lyde Farm", w,
    "wvt.example.nhs.uk", None), body),
    A, "early_help_duty", w, 2, "urgent", "other", True, None, ["4410982"], [("Rhys Price", None), ("Gwen Price", None)],
    ["domestic_abuse", "parental_mental_health", "substance_misuse"], None, None, [], None, "alert_duty",
    "Health visitor's dictation, no punctuation, at night: a drinking father holding a shotgun says 'nobody will have "
    "the kids after tonight' with a 6-year-old and a baby in the house. Not a request (other).")

f = "herefordshire_02.eml"; w = "2058-02-05 15:30:00"
body = T("""
L3 step down sibling group Mosaic 4402217 - Ruby Jones dob 07/03/2046, Finn Jones dob 22/10/2049, Olly Jones dob 15/01/2053 - written consent signed by mum attached, EHA step down plan attached, key person is Kate Lloyd, Family Support Worker at Aylestone Hill School, already discussed with Verity at Tuesday drop-in, C&FA decision 29/01, concerns were neglect (home conditions) now much improved. Cheers Tom Hancock SW
""")
add(f, mail(f, outlook_top(f, addr("Tom Hancock", "tom.hancock@herefordshire.gov.uk"), HE,
    "SD Jones x3", w), body, atts=[
    pdf_att("Consent to step down - Jones.pdf", "Written consent to step down to Early Help",
        ["Children: Ruby, Finn and Olly Jones", "Signed: Ms L Jones, 04/02/2058"]),
    docx_att("EHA step down plan - Jones.docx", ["# Early Help Assessment step-down plan",
        "Key person: Kate Lloyd, Aylestone Hill School", "Wellbeing plan: home conditions, routines, school uniform."])]),
    A, "early_help_duty", w, 5, "ordinary", "step_down", False, 3, ["4402217"],
    [("Ruby Jones", "2046-03-07"), ("Finn Jones", "2049-10-22"), ("Olly Jones", "2053-01-15")], ["neglect"], True,
    None, [], None, "book_meeting",
    "Run-on sibling-group step-down: consent form and plan attached, key person named with agency, already discussed "
    "at the drop-in. Complete; 'L3' stated.")

f = "herefordshire_03.eml"; w = "2058-03-01 09:10:00"
body = T("""
FYI re Daisy Watkins (SB ref above): the thing in my voicemail last night - baby left with a drunk man - is DEALT WITH. Police attended 10pm, he (mum's ex) arrested and remanded this morning, Daisy with her grandma in Leominster who is a safe carer, mum joining them today. Step down paperwork still coming Monday.
Ffion
""")
add(f, mail(f, outlook_top(f, addr("Ffion Davies", "ffion.davies@herefordshire.gov.uk"), HE,
    "RE: [SB-herefordshire-0871] Watkins - all ok now", w), body),
    A, "early_help_duty", w, 4, "near_miss", "follow_up", False, None, [], [("Daisy Watkins", None)],
    [], None, None, [], None, "attach_to_request",
    "Resolved: last night's worry dealt with - man arrested and remanded, baby with a safe grandparent. A follow-up on "
    "an existing step-down.")

f = "herefordshire_04.eml"; w = "2058-03-19 11:00:00"
body = T("""
Step down Harvey Preece (9), Mosaic 4415530. Mum's ex turned up at the house tonight - sorry, I mean last Tuesday night (12th), he was arrested, charged and is remanded in HMP Hewell till trial, so that's why the plan has DA work in it. Signed consent form + EHA step down plan attached. Still need to agree the key person with mum, will let you know.
Amy Lewis SW
""")
add(f, mail(f, outlook_top(f, addr("Amy Lewis", "amy.lewis@herefordshire.gov.uk"), HE, "step down Preece", w),
    body, atts=[
    pdf_att("Consent - Preece.pdf", "Written consent to step down", ["Child: Harvey Preece", "Signed by mother"]),
    docx_att("EHA step down plan - Harvey Preece.docx", ["# EHA step-down plan", "Domestic abuse recovery work."])]),
    A, "early_help_duty", w, 3, "near_miss", "step_down", False, None, ["4415530"], [("Harvey Preece", None)],
    ["domestic_abuse"], True, None, ["lead_practitioner"], None, "request_info",
    "Self-correction that makes it history: 'tonight - sorry, I mean last Tuesday night', the man is remanded. Consent "
    "form and plan attached (consent_form met; a signed consent form -> consent true); key person still to "
    "be agreed -> missing lead_practitioner.")

f = "herefordshire_05.eml"; w = "2058-02-07 10:45:00"
body = T("""
Hi - step up please for Connor Bowen (13) Mosaic 4398850, TM agreed, mum consents, CCE worries - seen dealing with older lads at Hereford bus station, lots of missed school. Form attached.
Lisa
""")
add(f, mail(f, outlook_top(f, addr("Lisa Morgan", "lisa.morgan@herefordshire.gov.uk"), HM, "step up Bowen", w),
    body, atts=[docx_att("Step up request - Bowen.docx", ["# Step up request", "Connor Bowen, 13. Mosaic 4398850."])]),
    A, "mash_step_up", w, 6, "ordinary", "step_up", False, None, ["4398850"], [("Connor Bowen", None)],
    ["exploitation", "school_attendance"], True, True, [], None, "human_review",
    "Short step-up to the Herefordshire MASH: the seed defines no step-up (kind not covered) -> human_review, "
    "missing [].")

f = "herefordshire_06.eml"; w = "2058-01-16 14:00:00"
body = T("""
Bore da / Good morning,
Myfyriwr gwaith cymdeithasol ydw i (I'm a social work student at Glyndŵr). Ar gyfer fy aseiniad / for my assignment: imagine a toddler alone in a flat since the morning, or a child who says mum's boyfriend "does things" to her - how would your step-down and MASH routes handle that? It is a made-up case study, nid teulu go iawn (not a real family).
Diolch, Cerys
""")
add(f, mail(f, plain_top(f, addr("Cerys ap Dafydd", "cerys.apdafydd@student.example.ac.uk"), HE,
    "Cwestiwn aseiniad / assignment question", w, "student.example.ac.uk", None), body),
    A, "early_help_duty", w, 8, "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
    "Welsh/English student question about an imagined case study ('not a real family'): hypothetical (other).")

f = "herefordshire_07.eml"; w = "2058-04-01 09:35:00"
body = T("""
Step down for Amelia Jenkins dob 18/08/2050, Mosaic 4420061. Mum gave verbal consent at the visit, written consent form to follow when she's signed it. EHA step down plan attached. Key person Sian Price, Early Help Family Support, Ross-on-Wye Children's Centre. Worry was mum's depression.
Rob
""")
add(f, mail(f, outlook_top(f, addr("Rob Meredith", "rob.meredith@herefordshire.gov.uk"), HE,
    "step down Jenkins", w), body, atts=[
    docx_att("EHA step down plan Jenkins.docx", ["# EHA step-down plan", "Amelia Jenkins.", "Key person: Sian Price."])]),
    A, "early_help_duty", w, 5, "ordinary", "step_down", False, None, ["4420061"], [("Amelia Jenkins", "2050-08-18")],
    ["parental_mental_health"], True, None, ["consent_form"], None, "request_info",
    "Verbal consent given (consent true) but Herefordshire requires the written consent form, 'to follow' -> missing "
    "consent_form. First day of BST (+0100).")

f = "herefordshire_08.eml"; w = "2058-04-10 12:02:00"
subj = ("Mosaic 4409931 Evie Lane 2yo - nursery: bruising both ears + fingertip marks on cheek, mum's partner "
        "collecting her at 1 - step down ON HOLD")
add(f, mail(f, outlook_top(f, addr("Hannah Pugh", "hannah.pugh@herefordshire.gov.uk"), HE, subj, w), "\n"),
    A, "early_help_duty", w, 2, "urgent", "other", True, None, ["4409931"], [("Evie Lane", None)], ["physical_harm"],
    None, None, [], None, "alert_duty",
    "Subject-line-only: a 2-year-old with bruising to both ears and fingertip marks, the partner collecting her within "
    "the hour; the step-down is put on hold (not a request: other).")

# ============================================================================= self-checks
CONCERNS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
            "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation", "school_attendance",
            "young_carer", "disability_send"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
KEYS = ["kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed", "missing",
        "notice_ok", "next_action"]

def working_days_between(today, meeting):
    """Working days d with today < d <= meeting (Mon-Fri, England bank holidays excluded)."""
    n, d = 0, today
    while d < meeting:
        d += timedelta(days=1)
        if d.weekday() < 5 and d not in BANK_HOLIDAYS_2058:
            n += 1
    return n

def plain_weekdays(today, meeting):
    return sum(1 for i in range(1, (meeting - today).days + 1) if (today + timedelta(days=i)).weekday() < 5)

def pack_ids(authority):
    import yaml
    y = yaml.safe_load(open("/work/main/config/authorities/%s.yaml" % authority))
    out = {}
    for kind, k in (y.get("kinds") or {}).items():
        ids = {r["id"] for r in (k.get("requirements") or [])} | {r["id"] for r in (k.get("asks") or [])}
        out[kind] = ids
    return out

def expected_action(e, authority):
    if e["urgent"]:
        return "alert_duty"
    if e["kind"] == "auto_reply":
        return "ignore"
    if e["kind"] == "meeting_reply":
        return "record_reply"
    if e["kind"] == "follow_up":
        return "attach_to_request"
    if e["kind"] == "other" or (authority == "herefordshire" and e["kind"] == "step_up"):
        return "human_review"
    if e["missing"] or e["notice_ok"] is False:
        return "request_info"
    return "book_meeting"

def check():
    errs = []
    import holidays
    pk = {k: v for k, v in holidays.country_holidays("GB", subdiv="ENG", years=[2058]).items()}
    if set(pk) != set(BANK_HOLIDAYS_2058):
        errs.append("bank holidays differ from the holidays package: %s" % sorted(pk))
    if len(FILES) != 40:
        errs.append("expected 40 files, got %d" % len(FILES))
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        names = sorted(f for f in FILES if f.startswith(a + "_"))
        if names != ["%s_%02d.eml" % (a, i) for i in range(1, 9)]:
            errs.append("%s: files %s" % (a, names))
    cats = [CATS[f] for f in FILES]
    if cats.count("urgent") < 11 or cats.count("near_miss") < 11:
        errs.append("category counts %s" % {c: cats.count(c) for c in set(cats)})
    packs = {}
    for lab in LABELS:
        f, a, e = lab["file"], lab["authority"], lab["expect"]
        packs.setdefault(a, pack_ids(a))
        msg = email.message_from_bytes(FILES[f], policy=email.policy.default)
        d = email.utils.parsedate_to_datetime(msg["Date"])
        loc = d.astimezone(LON)
        if d.utcoffset() != loc.utcoffset():
            errs.append("%s: Date offset %s but Europe/London is %s" % (f, d.utcoffset(), loc.utcoffset()))
        if loc.weekday() >= 5 or loc.date() in BANK_HOLIDAYS_2058 or not (WINDOW[0] <= loc.date() <= WINDOW[1]):
            errs.append("%s: Date %s not a working day in the window" % (f, loc))
        now = datetime.fromisoformat(lab["now"])
        if now.utcoffset() != d.utcoffset() or not (60 <= (now - d).total_seconds() <= 600):
            errs.append("%s: now %s vs Date %s" % (f, now, d))
        if lab["mailbox"] not in ("mash_step_up", "early_help_duty"):
            errs.append(f + ": mailbox")
        rcpts = (str(msg["To"] or "") + str(msg["Cc"] or "")).lower()
        if e["kind"] != "meeting_reply" and MB[(a, lab["mailbox"])].lower() not in rcpts:
            errs.append("%s: not addressed to the %s mailbox" % (f, lab["mailbox"]))
        if list(e.keys()) != KEYS:
            errs.append(f + ": label keys")
        if e["kind"] not in KINDS:
            errs.append(f + ": kind")
        if e["urgent"] != (CATS[f] == "urgent"):
            errs.append(f + ": urgent vs category")
        if e["concerns"] != sorted(set(e["concerns"])) or not set(e["concerns"]) <= CONCERNS:
            errs.append(f + ": concerns")
        if e["missing"] != sorted(set(e["missing"])):
            errs.append(f + ": missing not sorted")
        if e["kind"] in ("step_up", "step_down") and not (a == "herefordshire" and e["kind"] == "step_up"):
            ids = packs[a].get(e["kind"], set())
            bad = set(e["missing"]) - ids
            if bad:
                errs.append("%s: missing ids %s not in %s.yaml %s" % (f, bad, a, e["kind"]))
            if not e["children"] and "children" not in e["missing"]:
                errs.append(f + ": no children but children not missing")
            for fact in ("consent", "manager_agreed"):
                if fact in ids and a != "knowsley" or (a == "knowsley" and fact == "manager_agreed" and e["kind"] == "step_up") \
                        or (a == "knowsley" and fact == "consent" and e["kind"] == "step_down" and e["level"] != 2):
                    if fact in ids and (e[fact] is not True) != (fact in e["missing"]):
                        errs.append("%s: %s=%s vs missing" % (f, fact, e[fact]))
        elif e["missing"]:
            errs.append(f + ": missing must be [] for kind " + e["kind"])
        if e["level"] is not None and (e["kind"] != "step_down" or e["level"] not in (2, 3)):
            errs.append(f + ": level")
        if e["next_action"] != expected_action(e, a):
            errs.append("%s: next_action %s, rule says %s" % (f, e["next_action"], expected_action(e, a)))
        # notice: only Knowsley step requests carry a notice period in this set
        m = META[f]["meeting"]
        if a == "knowsley" and e["kind"] in ("step_up", "step_down"):
            if m is None:
                if e["notice_ok"] is not None or "meeting_details" not in e["missing"]:
                    errs.append(f + ": no meeting date but notice/meeting_details wrong")
            else:
                n = working_days_between(now.astimezone(LON).date(), m)
                if e["notice_ok"] != (n >= 5):
                    errs.append("%s: notice %d WD but notice_ok %s" % (f, n, e["notice_ok"]))
        elif e["notice_ok"] is not None:
            errs.append(f + ": notice_ok must be null")
        text = readable(msg).lower()
        for cid in e["case_ids"]:
            if cid.lower() not in text:
                errs.append("%s: case id %s not in text" % (f, cid))
        for c in e["children"]:
            if c["name"].lower() not in text:
                errs.append("%s: child %s not in text" % (f, c["name"]))
            if c["dob"]:
                y, mo, dd = c["dob"].split("-")
                if "%s/%s/%s" % (dd, mo, y) not in text:
                    errs.append("%s: dob %s not written" % (f, c["dob"]))
        if e["urgent"]:
            for wd in BANNED:
                if re.search(r"\b%s" % re.escape(wd), text):
                    errs.append("%s: urgent mail contains banned word %r" % (f, wd))
    return errs

def stats():
    for f in sorted(FILES):
        lab = next(l for l in LABELS if l["file"] == f)
        m = META[f]["meeting"]
        extra = ""
        if m:
            today = datetime.fromisoformat(lab["now"]).astimezone(LON).date()
            extra = " notice %d WD (plain %d) to %s" % (working_days_between(today, m), plain_weekdays(today, m), m)
        print("%-28s %-9s %-13s %s%s" % (f, CATS[f], lab["expect"]["kind"], lab["now"], extra))

def main():
    errs = check()
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    for f, data in FILES.items():
        with open(os.path.join(HERE, f), "wb") as fh:
            fh.write(data)
    order = sorted(LABELS, key=lambda l: l["file"])
    with open(os.path.join(HERE, "labels.json"), "w") as fh:
        json.dump(order, fh, indent=1, ensure_ascii=False); fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w") as fh:
        json.dump({k: CATS[k] for k in sorted(CATS)}, fh, indent=1); fh.write("\n")
    if "--stats" in sys.argv:
        stats()
    c = [CATS[f] for f in FILES]
    print("ok: %d files, urgent %d, near_miss %d, ordinary %d" % (len(FILES), c.count("urgent"), c.count("near_miss"),
                                                                    c.count("ordinary")))

if __name__ == "__main__":
    main()
