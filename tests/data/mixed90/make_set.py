#!/usr/bin/env python3
"""mixed90: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the autumn term of 2037 (Tuesday 1 September - Friday 18 December 2037), in children returning home from care,
and adoption and special guardianship breaking down.

11 urgent, 11 near misses, 18 ordinary; 8 per authority. Run with /work/main/.venv/bin/python make_set.py
(`--stats` prints a table). Deterministic: no clock, no randomness; boundaries, Message-IDs and calendar UIDs come
from sha1 of the file name. The MIME, Word HTML, PDF, .docx, iCalendar, out-of-office and quote helpers are copied
from /work/main/tests/data/mixed27/make_set.py; the messages, labels and checks are new. Every label was set by hand
from the specification (DESIGN.md, REQUIREMENTS.md, the seeds and config/authorities/*.yaml); the self-checks only
verify labels against those rules, and STOP before writing anything on any error.
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
    """Local (Europe/London) wall-clock time. The window (1 September - 18 December 2037) is British Summer Time
    (+0100) until 01:00 UTC on Sunday 25 October 2037 and GMT (+0000) after it. The self-check
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
            zi = zipfile.ZipInfo(name, date_time=(2037, 8, 28, 0, 0, 0))
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
    f = "knowsley_01.eml"; when = "2037-12-02 09:48:12"
    blocks = [
        "Hi MASH team,",
        "",
        "Please find attached the step up request for {{Brody Roscoe}} (DOB 11/02/2031) and his sister {{Skye Roscoe}} "
        "(DOB 27/08/2033). Both children came home to mum, Jodie Roscoe, in March after two years with foster carers; "
        "the care order was discharged in July and the family were stepped down to us at level 3.",
        "",
        "Since October things have slipped a long way. On my last three visits there has been little or no food in the "
        "house, dog mess on the kitchen floor and the children's bedding has not been changed. Skye has missed 11 days "
        "of reception since half term and Brody has come to school hungry. The GCP2 I completed on 24/11/2037 scores "
        "4 for nutrition, housing and hygiene. Mum has cancelled the last two TAFs and is struggling since her "
        "partner left.",
        "",
        ("table", [["Item", "Detail"],
                   ["Case ID on EHM", "EHM-61842"],
                   ["Date of step up TAF meeting", "Wednesday 9 December 2037, 10:00, Microsoft Teams (invite sent from my calendar to the MASH inbox and MASH business support)"],
                   ["Management oversight", "Discussed in supervision with my team manager, Grace Ashurst, on 1/12 - she has agreed the step up."],
                   ["Recent TAF meeting minutes attached", "Yes - TAF 18/11/2037"],
                   ["Graded Care Profile 2", "Yes - attached, completed 24/11/2037"]]),
        "",
        "Mum is aware I am asking for the case to be stepped up; I have not asked her to sign anything.",
        "",
        "Thanks,",
        "Lauren",
        "",
        "Lauren Gaskell",
        "Family First Case Manager (Level 3) | Family First 0-18 | Knowsley Council",
        "0151 496 0733",
    ]
    form = appendix1([
        ("Child(ren)", "Brody Roscoe 11/02/2031; Skye Roscoe 27/08/2033"),
        ("Case ID on EHM", "EHM-61842"),
        ("What are we worried about?", "Home conditions, food, hygiene; Skye's attendance; mum's low mood since her partner left."),
        ("What is working well?", "Mum loves the children and they are close to her; maternal aunt visits on Sundays."),
        ("What needs to happen?", "A C&F assessment by CSC; a clear plan for food, home conditions and school."),
        ("Team manager", "Grace Ashurst - agreed 01/12/2037"),
    ])
    atts = [docx_att("FF Step Up request to CSC - Roscoe.docx", form),
            pdf_att("GCP2 Roscoe 24.11.2037.pdf", "Graded Care Profile 2 - Roscoe family",
                    ["Completed by: Lauren Gaskell, 24/11/2037", "Children: Brody Roscoe, Skye Roscoe",
                     "Area 1 Physical care - nutrition: 4", "Area 1 Physical care - housing: 4",
                     "Area 1 Physical care - hygiene: 4", "Area 2 Safety: 3", "Area 3 Love and care: 2",
                     "Area 4 Stimulation and education: 3"]),
            docx_att("TAF minutes 18.11.2037 - Roscoe.docx",
                     ["# TAF meeting minutes - 18/11/2037", "Present: Lauren Gaskell (FF), Kirkby Park Primary (DSL), health visitor.",
                      "Mum did not attend. Actions: GCP2 to be completed; food bank voucher; attendance meeting."])]
    top = outlook_top(f, addr("Gaskell, Lauren", "Lauren.Gaskell@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - EHM-61842 - Roscoe", when, cc=addr("MASH Business Support", KBS))
    add(f, word_mail(f, top, blocks, atts), "knowsley", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["EHM-61842"],
        [ch("Brody Roscoe", "2031-02-11", "11/02/2031"), ch("Skye Roscoe", "2033-08-27", "27/08/2033")],
        ["neglect", "school_attendance"], None, True, [], True, "book_meeting",
        "Complete Knowsley step-up (Word HTML body with an MsoTableGrid table; Appendix 1 .docx, GCP2 .pdf, TAF "
        "minutes .docx) for two children who came home from foster care in March: neglect needs gcp2, which is "
        "attached. 'Wednesday 9 December 2037, 10:00' from Wed 2 Dec is exactly 5 WD (3, 4, 7, 8, 9 Dec) -> ok. "
        "'she has agreed the step up' -> manager true; 'Mum is aware' / 'not asked her to sign' -> consent null. "
        "Poor attendance -> school_attendance.",
        meeting=date(2037, 12, 9), not_children=["Jodie Roscoe", "Lauren Gaskell", "Grace Ashurst"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2037-10-06 13:05:40"
    text = T("""
Adoption in Merseyside - Autumn 2037 bulletin for professionals

IN THIS ISSUE
1. Adoption Support Fund: what changes from January
2. When placements wobble - spotting a family in crisis
3. Training dates: reunification, letterbox and social media contact
4. New post-adoption duty line hours

2. WHEN PLACEMENTS WOBBLE
Most adoptive and special guardianship families who come to us in crisis have been struggling quietly for months. Signs practitioners tell us they wish they had picked up sooner include: a parent saying "we can't cope any more", a teenager's bags being packed "as a warning", a child running to a birth parent found on Facebook or Snapchat, violence from a child towards a parent, or a grandparent carer becoming unwell. None of these is rare, and none is a reason to give up on a placement. If you ever believe a child is at immediate risk of harm, phone 999 or your local MASH, then tell us.

3. TRAINING DATES
- Reunification: bringing children home safely - Thu 12 November, online
- Letterbox and social media contact - Wed 2 December, Liverpool

This bulletin goes to every Early Help and social care team in the region. It is not about any particular child or family.

To unsubscribe, reply with UNSUBSCRIBE in the subject.
Adoption in Merseyside (regional adoption agency) | news@adoption-merseyside.example.org
""")
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Arial">'
         '<table width="600" align="center"><tr><td style="background:#5B2C83;color:#fff;padding:12px"><h2>Adoption in Merseyside'
         ' - Autumn 2037 bulletin for professionals</h2></td></tr><tr><td>' +
         "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in text.split("\n\n")[1:]) + "</td></tr></table></body></html>\n")
    top = plain_top(f, addr("Adoption in Merseyside", "news@adoption-merseyside.example.org"),
                    addr("Family First 0-18 Duty Mailbox", KFF), "Autumn bulletin: Adoption Support Fund changes, when placements wobble",
                    when, "adoption-merseyside.example.org", None, extra=[("List-Unsubscribe", "<mailto:news@adoption-merseyside.example.org?subject=UNSUBSCRIBE>")])
    add(f, alt_mail(f, top, text, h), "knowsley", "early_help_duty", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A POST-ADOPTION SUPPORT NEWSLETTER: lists crisis signs as examples ('bags being packed', 'a child "
        "running to a birth parent found on Facebook', 'immediate risk of harm') about no real child and says so; "
        "not a request -> other, human_review; no children, no concerns.")

def knowsley_03():
    f = "knowsley_03.eml"; when = "2037-09-10 15:20:05"
    body = T("""
Hi Family First duty,

Step down to Family First at Level 3 please for Tayla Mercer, DOB 03.05.2029 (ICS ID 2210458).

Tayla came home to her mum, Stacey Mercer, in June after 14 months in foster care. The reunification has gone better than anyone expected and we are ready to close CIN.

Joint home visit: next Wednesday 16th at 11am, at home - 22 Foxglove Road, Kirkby, L32 9ZQ.

What are we worried about?
Mum's anxiety and depression - she has had two bad patches since Tayla came home and stopped her medication in August without telling her GP.

What is working well?
Tayla's attendance is 97% and she is settled. Mum restarted her medication and sees Talking Therapies fortnightly. Tayla's former foster carer still has her one Saturday a month, which everyone wants to keep.

What needs to happen?
A Family First case manager to pick up a TAF with school and the GP; a plan for what mum does if her mood dips; the Saturday arrangement written into the plan.

Consent - I've explained Family First to mum and she said she'll think about it over the weekend and let me know. I'll confirm as soon as she does.

I know it's a bit short notice for the visit, but I wanted to get it in before the CIN review.

Thanks
Danielle

Danielle Hughes
Social Worker | Child in Need Team (Kirkby) | Knowsley Council
0151 496 0562

""") + KDISC
    top = plain_top(f, addr("Hughes, Danielle", "Danielle.Hughes@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "Step down L3 - Tayla Mercer - ICS ID 2210458", when, KDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 3, ["2210458"], [ch("Tayla Mercer", "2029-05-03", "03.05.2029")],
        ["parental_mental_health"], None, None, ["consent"], False, "request_info",
        "Knowsley level 3 step-down after a reunification. 'ICS ID 2210458' -> the bare number. Consent 'she'll think "
        "about it ... I'll confirm' -> null -> consent missing. NOTICE IN WORKING DAYS, NOT CALENDAR DAYS: from Thu "
        "10 Sep the visit 'next Wednesday 16th at 11am' is 6 calendar days but only 4 WD (11, 14, 15, 16 Sep) -> not "
        "ok (the seed's 'minimum of 5 days' notice' read as 5 WD). Good attendance is not a concern.",
        meeting=date(2037, 9, 16), not_children=["Stacey Mercer", "Danielle Hughes"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2037-11-20 19:52:31"
    text = T("""
I'm writing to this email because I don't know who else to send it to and Farid isn't answering his work phone.

We have put Kacey's bags out on the front step and locked the door. She is 14. She pushed Mark into the radiator this afternoon and his head was bleeding and we said that's it. She is sat on the garden wall in her school blazer, her phone is on 3% and it's freezing. She says she has nowhere to go and her birth mum's number is blocked.

We adopted her when she was 4 and we cannot do this anymore. We are not opening the door tonight. I know how that sounds. I'm sorry.

Nicola Farrow (Kacey Farrow's mum)
14 Laburnum Grove, Prescot L34 9ZF
07700 900418

Sent from my iPhone
""")
    top = plain_top(f, addr("Nicola Farrow", "nicola.farrow@example.com"), addr(None, KFF), "Kacey", when,
                    "example.com", None, extra=[("X-Mailer", "iPhone Mail (21C66)")])
    add(f, iphone_mail(f, top, text), "knowsley", "early_help_duty", when, 2,
        "urgent", "other", True, None, [], [ch("Kacey Farrow")], ["neglect"], None, None, [], None, "alert_duty",
        "URGENT (no alarm words), AN ADOPTIVE MOTHER'S PHONE MAIL AT 19:52 ON A NOVEMBER FRIDAY: a 14-year-old's bags "
        "put outside, the door locked, 'We are not opening the door tonight', she is on the wall in the cold with a "
        "dying phone and nowhere to go -> a child without care tonight (rule 1, out of hours). Not a request -> other. "
        "Concern: neglect (parents refusing to care for her). Mark is an adult.",
        not_children=["Nicola Farrow"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2037-10-12 10:30:44"
    body = T("""
Hello Family First duty,

I'm the adoption panel adviser for the regional adoption agency. Please see the attached extract from Thursday's adoption panel minutes, shared with the prospective adopters' agreement.

The adopters (Mr and Mrs Dunne, Huyton) asked at panel whether Family First offers anything to adoptive families once an adoption order is made - a parenting group or a named worker - as their own support network is small. Could someone let me know what the offer is, so I can put it in their adoption support plan? There is nothing for you to do about the child: he is with his foster carers and doing well.

Kind regards
Marian Oyelowo
Panel Adviser | Adoption in Merseyside
0151 496 0871
""")
    pdf = pdf_att("Adoption panel extract 08.10.2037.pdf", "Adoption Panel - minute extract, 8 October 2037",
                  ["Item 3: Match of Child R (aged 2) with Mr and Mrs Dunne", "",
                   "Background (from the Child's Permanence Report): Child R's birth father has a conviction for",
                   "violence towards a child (2034). Child R's older half-siblings were removed in 2034 and 2035 after",
                   "non-accidental injuries. Child R was removed at birth and has never lived with either birth parent.",
                   "", "Panel noted no current safeguarding concerns: Child R is thriving in his foster placement,",
                   "contact with birth parents ended in 2036 and letterbox contact is proposed once a year.", "",
                   "Recommendation: the match is recommended (unanimous).",
                   "Adoption support plan to include the post-order offer from the local authority."])
    top = outlook_top(f, addr("Oyelowo, Marian", "marian.oyelowo@adoption-merseyside.example.org"),
                      addr("Family First 0-18 Duty Mailbox", KFF), "Adoption panel extract - question about post-order support",
                      when, mid_domain="adoption-merseyside.example.org")
    add(f, mail(f, top, body, [pdf], html_alt=True), "knowsley", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - AN ADOPTION PANEL MINUTE: a birth father's conviction for violence to a child and siblings' past "
        "injuries, all history; 'no current safeguarding concerns', the child thriving in foster care, named only "
        "as 'Child R' (not labelled). The mail asks what the post-order offer is -> other, human_review.",
        not_children=["Marian Oyelowo"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2037-11-03 11:14:09"
    ack = ack_text("step-down", "SB-knowsley-1874",
                   ["Children: Leo Pennington (14/03/2031), Ava Pennington (09/01/2036)", "Case: EHM-55710",
                    "Level: 3 (Family First case manager)", "Joint home visit: Tuesday 10 November 2037, 10:00"], [])
    body = T("""
Adding this before Tuesday's visit because I don't think the step down can go ahead.

I called at 10.30 for the planned visit. Mum (Shannon) was on the sofa and I couldn't keep her awake long enough to have a conversation - her eyes kept rolling and her speech was slurred. There was foil and a lighter on the coffee table and a burnt spoon by the kettle. Leo answered the door in his pyjamas - he should be at school. Ava was in her cot, her nappy soaked through and she'd been sick, and there's no milk or bread in the house.

Both children came home from foster care on 4 September under the reunification plan. Nan is in Tenerife until next Friday and there is nobody else I know of. I've rung the social worker, Hayley Doran, and left a message - she's in court all day.

I'm sat outside in the car with the door in sight. I don't want to leave them with her like this.

Farid

Farid Quayle
Family First Case Manager | Knowsley Council
0151 496 0655
""") + quote("Family First 0-18 Duty Mailbox", "30 October 2037 16:02", "Quayle, Farid",
               "[SB-knowsley-1874] Step-down received - Pennington", ack)
    top = outlook_top(f, addr("Quayle, Farid", "farid.quayle@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "RE: [SB-knowsley-1874] Step-down received - Pennington", when)
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 3,
        "urgent", "follow_up", True, None, ["EHM-55710"],
        [ch("Leo Pennington", "2031-03-14", "14/03/2031"), ch("Ava Pennington", "2036-01-09", "09/01/2036")],
        ["neglect", "substance_misuse"], None, None, [], None, "alert_duty",
        "URGENT FOLLOW-UP (no alarm words): a reply to [SB-knowsley-1874] from the case manager sat outside the "
        "house: mum cannot be roused, foil, lighter and burnt spoon, a 6-year-old and a 22-month-old alone with her, "
        "children home from care two months, nobody else -> rule 1. Kind follow_up (the reference), urgent -> "
        "alert_duty. Children and case id from the quoted acknowledgement. Concerns: substance_misuse, neglect. "
        "Level null on a follow_up.",
        not_children=["Farid Quayle", "Hayley Doran"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2037-11-26 08:12:50"
    comment = ("Sorry, I won't make it this morning. Jayden Cope came in at 8 with his arm in a sling he'd made out "
               "of a tea towel. He told our TA his mum's boyfriend Craig threw him down the stairs last night because "
               "he wet the bed. Jayden only went home from his foster carers three weeks ago. It's a half day for "
               "staff training and Craig is the one picking him up at 12. His social worker's phone goes to voicemail. "
               "Yvonne Birchall, DSL, Kirkby Brook Primary")
    data = itip_reply(f, when, "Yvonne Birchall", "y.birchall@kirkbybrook.example.sch.uk",
                      ("Family First 0-18 Duty Mailbox", KFF), "DECLINED",
                      "Final CIN meeting - ICS 2214790", "20371126T100000", "20371126T110000",
                      "Kirkby Family Hub, Room 1", comment=comment)
    add(f, data, "knowsley", "early_help_duty", when, 2,
        "urgent", "meeting_reply", True, None, ["2214790"], [ch("Jayden Cope")], ["physical_harm"], None, None, [],
        None, "alert_duty",
        "URGENT IN A DECLINED INVITATION'S COMMENT (no alarm words): an Outlook iTIP REPLY (DECLINED) whose COMMENT "
        "says a boy home from foster care three weeks was thrown down the stairs last night by mum's boyfriend, who "
        "collects him at 12 today -> rule 1 (every part is read, including a meeting reply's comment). Kind "
        "meeting_reply, urgent -> alert_duty. 'ICS 2214790' in the SUMMARY -> '2214790'.",
        not_children=["Yvonne Birchall"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2037-12-18 10:40:27"
    blocks = [
        "Good morning,",
        "",
        "Step down to Level 2 for {{Harvey Quinn-Doyle}} (born 30/06/2030), ICS-1987432.",
        "",
        "Harvey has lived with his maternal grandparents, Mr and Mrs Quinn, under a Special Guardianship Order since "
        "2035. CIN was opened in the spring when his birth mother began contacting him through Instagram and turning up "
        "at school. She has since moved to Leeds, contact is now a supervised video call once a month, and the "
        "grandparents have managed it well. We plan to close CIN at the final CIN meeting below.",
        "",
        ("table", [["", ""],
                   ["Final CIN meeting", "Tuesday 29th December at 2pm, Halewood Family Hub, Room 2"],
                   ["Lead Practitioner taking over", "Mrs Andrea Flood, Pastoral Lead, Halewood Park Academy (agreed by phone on 16/12)"],
                   ["Consent", "Mr and Mrs Quinn (special guardians) have agreed to the step down to Level 2"]]),
        "",
        ("h", "What are we worried about?"),
        "Harvey's anxiety about his birth mother's messages; his attendance dropped to 84% in the autumn term.",
        ("h", "What is working well?"),
        "Mr and Mrs Quinn blocked the accounts and told school straight away; Harvey talks to Mrs Flood every week.",
        ("h", "What needs to happen?"),
        "An Early Help Assessment led by school; a plan for any new online contact; attendance support.",
        "",
        "I know the meeting falls in the Christmas week - the grandparents asked for a date while Harvey is off school.",
        "",
        "Rebecca Lunt",
        "Social Worker | CIN Team (Halewood) | Knowsley Council",
    ]
    top = outlook_top(f, addr("Lunt, Rebecca", "Rebecca.Lunt@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down L2 - Harvey Quinn-Doyle - ICS-1987432", when)
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 2, ["ICS-1987432"], [ch("Harvey Quinn-Doyle", "2030-06-30", "30/06/2030")],
        ["school_attendance"], True, None, [], True, "book_meeting",
        "Complete Knowsley level 2 step-down of a special guardianship family (Word HTML, table, bold Signs of Safety "
        "headings). NOTICE ACROSS CHRISTMAS: from Fri 18 Dec the final CIN on 'Tuesday 29th December at 2pm' skips "
        "Christmas Day (Fri 25) and the Boxing Day substitute (Mon 28): 21, 22, 23, 24, 29 Dec = exactly 5 WD -> ok "
        "(7 plain weekdays). Lead practitioner named with her school; venue given. 'special guardians have agreed "
        "to the step down' -> consent true. 84% attendance -> school_attendance; the birth mother's past contact is "
        "managed, not a labelled concern.",
        meeting=date(2037, 12, 29), not_children=["Andrea Flood", "Rebecca Lunt"])


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2037-09-14 10:05:33"
    body = T("""
Dear MASH colleagues,

I am the Early Help team manager for the Campbell-Shaw family and I have agreed this step up.

Child: Idris Campbell-Shaw, DOB 22/01/2024 (13)
Mosaic ID: 3302817
Address: 41 Lavender Rise, Battersea, SW11 9ZD

Case summary
Idris was adopted by Mr and Mrs Campbell-Shaw in 2027, aged three, after neglect and domestic abuse in his birth family. Early Help has worked with the family since March (adoption support, a parenting programme, school). Over the summer Idris's behaviour at home escalated: he has run off twice in the last fortnight after arguments and was found by police on Clapham Common both times, the second time at 1am. Mrs Campbell-Shaw has been signed off work with depression and told our worker on Friday that she and her husband "cannot carry on like this". There have been no further missing episodes since Wednesday; Idris is at home and in school this week, the post-adoption support worker visited on Saturday and a safety plan is in place.

Rationale for step up
Two missing episodes, a parent whose mental health is deteriorating and adoptive parents asking about accommodation mean this needs a social work assessment of the family's needs and of the placement's stability, rather than more Early Help. Both parents agree to the step up.

Regards,
Portia Ekwueme
Early Help Team Manager (Wandsworth North)
Richmond and Wandsworth Councils
020 7946 0842

""") + RDISC
    top = outlook_top(f, addr("Ekwueme, Portia", "portia.ekwueme@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up request - Idris Campbell-Shaw - Mosaic 3302817", when)
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["3302817"], [ch("Idris Campbell-Shaw", "2024-01-22", "22/01/2024")],
        ["missing", "parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up from the Early Help team manager for an adopted 13-year-old: case "
        "summary and rationale under their own headings in the body -> nothing missing -> book_meeting. 'I have "
        "agreed this step up' -> manager true; 'Both parents agree to the step up' -> consent true. Concerns: two "
        "recent missing episodes, adoptive mum's depression. Not urgent: no episode since Wednesday, he is at home "
        "with a safety plan. 'Mosaic ID: 3302817' -> '3302817'.",
        not_children=["Portia Ekwueme"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2037-10-21 14:30:19"
    body = T("""
Hi Early Help duty,

Please accept this step down for Malachi Beckles, DOB 05/11/2028, Mosaic 3119560.

Malachi went home to his dad, Aaron Beckles, in April after two years in foster care, and the care order was discharged by the court on 2 October. The reunification has held well. The remaining need is around Malachi's ADHD (assessment with CAMHS ongoing, EHCP in place at Southfields Park Primary) and support for dad as a lone parent.

Attached: case summary (PDF) and the draft Early Help plan (Word). Dad has signed the Early Help consent form, which is the last page of the plan.

I've agreed a case discussion with Jasper for Monday 26th at 10am on Teams, and my team manager will join.

Thanks,
Tom Okafor
Social Worker, Children in Need (Wandsworth)
""") + RDISC
    atts = [pdf_att("Case summary - Malachi Beckles.pdf", "Case summary - Malachi Beckles (Mosaic 3119560)",
                    ["Returned home to father April 2037 after two years in foster care.",
                     "Care order discharged 02/10/2037.", "ADHD assessment ongoing; EHCP in place.",
                     "Attendance 95%. No safeguarding concerns at the last three CIN reviews."]),
            docx_att("Draft Early Help plan - Beckles.docx",
                     ["# Draft Early Help plan - Malachi Beckles", "Outcome 1: Malachi's needs met at school (EHCP review in January).",
                      "Outcome 2: Dad supported through the ADHD assessment and a parenting group.",
                      "\f", "# Early Help consent", "I consent to my family receiving Early Help. Signed: Aaron Beckles 19/10/2037"])]
    top = outlook_top(f, addr("Okafor, Tom", "tom.okafor@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Malachi Beckles", when)
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["3119560"], [ch("Malachi Beckles", "2028-11-05", "05/11/2028")],
        ["disability_send"], True, None, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-down after a reunification (care order discharged): case summary .pdf, "
        "draft plan .docx, 'Dad has signed the Early Help consent form' -> consent true -> book_meeting. Case "
        "discussion 'Monday 26th at 10am' is within 5 days of the contact. ADHD / EHCP -> disability_send.",
        not_children=["Aaron Beckles", "Tom Okafor"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2037-12-07 17:45:02"
    body = T("""
Nathan, and whoever reads this inbox -

Rosie rang me at 5.20 from her mum's phone. She was whispering and I think she was in the bathroom. She said "Kyle is in the kitchen, he's shouting at mummy and he broke the telly". I could hear a man yelling and something banging in the background before she hung up.

Kyle is Kyle Dunmore, mum's ex - the one the court said must not live there or visit, the one who broke mum's jaw in front of her. Rosie Tranter went home to mum last Monday after two years living with us. She asked me if she can come back to ours tonight and I said I'd find out.

I've tried Nathan's mobile and the team number and both ring out. I've tried ringing Rosie back and it goes to voicemail. I'm at home - 07700 900352 - and we'll have her tonight if someone says we can.

Bernie Lacey (foster carer)
""")
    top = plain_top(f, addr("Bernie Lacey", "bernielacey63@example.com"),
                    ", ".join([addr("Nathan Kerr", "nathan.kerr@" + RDOM), addr("Early Help Duty", RED)]),
                    "Rosie - he's back", when, "mail.example.com", None)
    add(f, mail(f, top, body, crlf=False, cte="8bit"), "richmond_wandsworth", "early_help_duty", when, 2,
        "urgent", "other", True, None, [], [ch("Rosie Tranter")], ["domestic_abuse"], None, None, [], None, "alert_duty",
        "URGENT (no alarm words), A FOSTER CARER AT 17:45: the girl who went home to mum last week rang whispering "
        "that mum's violent ex (barred by the court; broke mum's jaw) is in the house shouting and breaking things; "
        "banging heard; the phone now off -> rule 1, out of hours. Not a request -> other. Concern domestic_abuse.",
        not_children=["Bernie Lacey", "Kyle Dunmore"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2037-10-01 11:00:48"
    body = T("""
Dear Early Help duty,

I'm the post-adoption social worker for Ellis Marchetti (DOB 19/04/2029), who was adopted by Ms Gemma Marchetti in 2033. Ms Marchetti has asked whether she could have a place on the Early Help "Parenting the child who was hurt" group in the spring, and asked me to send you my notes from our third life-story session so you understand where Ellis is up to. They are attached.

Please note these notes retell Ellis's early history in the words we used with him. That history is long past: Ellis has lived safely with his mum for four years, there are no current concerns, and nothing in the notes needs any action from you. It is only the group place we're asking about.

Best wishes,
Olu Adebayo
Post-Adoption Support Social Worker
Adopt South London (regional adoption agency)
""")
    notes = docx_att("Life story session 3 - Ellis.docx",
                     ["# Life-story work - session 3 (29/09/2037)",
                      "Worked on the 'before I came to Mum' page with Ellis and Ms Marchetti.",
                      "Words used with Ellis: 'When you were a baby, your birth mummy's boyfriend hurt you. You had a broken arm and bruises. "
                      "The police came, and a judge decided you needed a family who would always keep you safe.'",
                      "Ellis asked whether the boyfriend knows where he lives. We explained he does not, and that he is not allowed to contact him.",
                      "Ellis drew his 'safe house' picture with Mum and the cat. He was calm at the end and chose the next page himself.",
                      "Next session: 20/10/2037."])
    top = outlook_top(f, addr("Olu Adebayo", "olu.adebayo@adoptsouthlondon.example.org"), addr("Early Help Duty", RED),
                      "Parenting group place - and life story notes for Ellis", when, mid_domain="adoptsouthlondon.example.org")
    add(f, mail(f, top, body, [notes], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 7,
        "near_miss", "other", False, None, [], [ch("Ellis Marchetti", "2029-04-19", "19/04/2029")], [], None, None, [],
        None, "human_review",
        "NEAR MISS - A LIFE-STORY WORK NOTE: a broken arm and bruises inflicted on a baby, retold to an 8-year-old as "
        "his early history; adopted in 2033, safe for four years, 'no current concerns'. The mail asks for a "
        "parenting-group place -> other, human_review. Historic harm is not a labelled concern.",
        not_children=["Gemma Marchetti", "Olu Adebayo"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2037-10-27 09:20:14"
    ack = ack_text("step-down", "SB-richmond_wandsworth-3317",
                   ["Child: Sienna Walcott (12/12/2033)", "Mosaic ID: 3408811",
                    "Case discussion: to be agreed with the Early Help duty team manager"], ["consent"])
    body = T("""
Morning,

Mum (Kerry) signed the consent form at my visit yesterday afternoon - scan attached. That should be everything now.

Aisha

Aisha Begum-Lowe | Social Worker | Richmond CIN Team
""") + quote("Early Help Duty", "22 October 2037 11:41", "Begum-Lowe, Aisha",
             "[SB-richmond_wandsworth-3317] Step-down received - Walcott", ack)
    atts = [pdf_att("Consent form - Walcott.pdf", "Early Help consent form",
                    ["Family: Walcott", "I consent to my family receiving support from Early Help and to information being shared.",
                     "Signed: Kerry Walcott", "Date: 26/10/2037"])]
    top = outlook_top(f, addr("Begum-Lowe, Aisha", "aisha.begum-lowe@" + RDOM), addr("Early Help Duty", RED),
                      "RE: [SB-richmond_wandsworth-3317] Step-down received - Walcott", when)
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["3408811"], [ch("Sienna Walcott", "2033-12-12", "12/12/2033")], [],
        True, None, [], None, "attach_to_request",
        "Follow-up to [SB-richmond_wandsworth-3317] adding the signed consent form; the quoted acknowledgement's "
        "'What is missing: consent' is history, the new text 'signed the consent form' -> consent true. Sent Tue 27 "
        "Oct, the first week of GMT (+0000). follow_up -> missing [] -> attach_to_request.",
        not_children=["Kerry Walcott", "Aisha Begum-Lowe"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2037-11-13 16:20:37"
    body = T("""
To the MASH,

I got this address from the council website. Our daughter is Martha Whitlock, she is 15 (DOB 08/06/2022) and we adopted her in 2026.

This afternoon my wife found messages on Martha's Snapchat from someone calling himself "Uncle Dean". From the photos it is Dean Rourke, who was her birth mother's partner. We know from Martha's adoption file that he was convicted in 2030 of sexual offences against Martha's older half-sister and is on the sex offenders register.

He has told her to get the 17:52 train to Clapham Junction tonight and that he will meet her off it and "take her to see her real mum". He told her to delete the chat and to tell us she is at a sleepover. She told us this morning she is sleeping at a friend's tonight. She is at the after-school drama club until 5.15 and we have not said anything to her yet in case she runs.

We don't know if we should go to the school and stop her ourselves or what. Please can someone phone me on 07700 900627.

Graham Whitlock
""")
    top = plain_top(f, addr("Graham Whitlock", "g.whitlock@example.net"), addr(None, RSU),
                    "Our daughter Martha - messages from a man tonight", when, "example.net", None)
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Martha Whitlock", "2022-06-08", "08/06/2022")],
        ["exploitation", "sexual_harm"], None, None, [], None, "alert_duty",
        "URGENT (no alarm words), AN ADOPTIVE FATHER AT 16:20: a registered sex offender from the birth family has "
        "groomed a 15-year-old on Snapchat to meet him off the 17:52 train tonight and to lie about a sleepover -> "
        "rule 1. Not a request -> other. Concerns: exploitation (online grooming to meet) and sexual_harm.",
        not_children=["Graham Whitlock", "Dean Rourke"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2037-11-25 12:10:55"
    body = T("""
Hello Early Help duty,

Step down request for Lily-Rose Agyeman, DOB 08/08/2027, Mosaic 3277104. Case summary and draft plan attached.

I want to be clear about the history because it is in the summary. In July Lily-Rose told a teaching assistant that her adoptive dad had hit her with a belt. That was investigated under section 47 jointly with the police: she was medically examined and there were no marks, and in her ABE interview she said she had made it up because she was angry about her phone being taken. The s47 concluded that the allegation was unsubstantiated and the police took no further action on 14/08/2037. She has repeated since, to me and to her therapist, that it didn't happen.

Since then we have worked with the family under CIN. Lily-Rose and both parents have engaged well with the post-adoption therapist, and the CIN review on 18 November agreed the case can step down. Both parents have consented to Early Help.

Case discussion: agreed with the duty manager for Monday 30th at 2pm.

Hannah Pryor
Social Worker, Richmond Children in Need
""") + RDISC
    atts = [pdf_att("Case summary - Agyeman.pdf", "Case summary - Lily-Rose Agyeman",
                    ["Adopted 2030. s47 July 2037: allegation unsubstantiated, police NFA 14/08/2037.",
                     "CIN from August 2037. Therapeutic support via the Adoption Support Fund.",
                     "CIN review 18/11/2037: agreed to step down to Early Help."]),
            docx_att("Draft plan - Agyeman.docx", ["# Draft Early Help plan", "Continue therapy; school pastoral check-ins; parents' group."])]
    top = outlook_top(f, addr("Pryor, Hannah", "hannah.pryor@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Lily-Rose Agyeman", when)
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["3277104"], [ch("Lily-Rose Agyeman", "2027-08-08", "08/08/2027")], [],
        True, None, [], None, "book_meeting",
        "NEAR MISS - A HISTORIC ALLEGATION ALREADY INVESTIGATED: 'hit her with a belt' in July, investigated under "
        "s47, unsubstantiated, police NFA, retracted -> not urgent, not a current concern. The step-down itself is "
        "complete (summary .pdf, plan .docx, 'Both parents have consented') -> book_meeting.",
        not_children=["Hannah Pryor"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2037-09-17 15:00:22"
    body = T("""
Hi,

I'm proposing a step down to Early Help for Jaylen Dacosta (DOB 02/02/2030) and Amara Dacosta (DOB 17/06/2032), Mosaic 2987710 and 2987711. They have lived with their grandmother, Mrs Pauline Dacosta, under a Special Guardianship Order since 2034. CIN was opened when Mrs Dacosta's COPD got worse over the winter and Jaylen was doing a lot of the caring - shopping, her inhalers, getting Amara to school.

The case summary is attached. I have not drafted an Early Help plan, because when I visited on Tuesday Mrs Dacosta declined Early Help: she says she has had enough of professionals, she doesn't consent to a referral, and she wants the case closed with nothing after it. I'm sending this so we can talk about whether there is anything Early Help could offer her that she might accept, e.g. the young carers' service for Jaylen.

Kwame Asante
Social Worker | Children in Need | Richmond and Wandsworth Councils
""")
    atts = [docx_att("Case summary - Dacosta.docx",
                     ["# Case summary - Jaylen and Amara Dacosta", "SGO (grandmother) since 2034.",
                      "Grandmother's COPD: hospital admission January 2037. Jaylen's caring role assessed as significant."])]
    top = outlook_top(f, addr("Asante, Kwame", "kwame.asante@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Dacosta - special guardian declining", when)
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 8,
        "ordinary", "step_down", False, None, ["2987710", "2987711"],
        [ch("Jaylen Dacosta", "2030-02-02", "02/02/2030"), ch("Amara Dacosta", "2032-06-17", "17/06/2032")],
        ["young_carer"], False, None, ["consent", "draft_plan"], None, "request_info",
        "Richmond & Wandsworth step-down where THE SPECIAL GUARDIAN REFUSES: 'declined Early Help ... doesn't consent "
        "to a referral' -> consent false -> missing; no plan drafted -> draft_plan missing; the case summary is "
        "attached. Two Mosaic ids in order. Jaylen caring for his grandmother -> young_carer.",
        not_children=["Pauline Dacosta", "Kwame Asante"])


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2037-09-29 12:41:16"
    body = T("""
Dear MAST,

At lunchtime today Nadia Okonkwo-Reid (Year 6, DOB 14/03/2027) came to my office holding her left wrist. In her words:

"Dad hit me with his belt last night because I went on my birth mum's Facebook. He said next time it'll be worse. I have to go home at 3 and he's picking me up."

With her agreement, and with our school nurse present, I saw three raised red lines across the back of her left thigh and a bruise on the wrist. She is now in the nurture room with her class teacher. She keeps asking what time it is.

Nadia was adopted by Mr and Mrs Reid in 2030. As she is a previously looked-after child I have copied our Virtual School Head. School finishes at 3.15pm and Dad normally collects her from the front gate.

I'm on 020 7946 0415 and will stay by the phone.

Shamima Khatun
Deputy Headteacher and Designated Safeguarding Lead
Globe Lane Primary School, Bethnal Green
""")
    top = outlook_top(f, addr("Shamima Khatun", "s.khatun@globelane.example.sch.uk"), addr("MAST", TMAST),
                      "Disclosure - Year 6 pupil - Nadia O-R", when,
                      cc=addr("Virtual School Head", "virtualschool@" + TDOM), mid_domain="globelane.example.sch.uk")
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Nadia Okonkwo-Reid", "2027-03-14", "14/03/2027")], ["physical_harm"],
        None, None, [], None, "alert_duty",
        "URGENT IN THE CHILD'S WORDS (no alarm words): an adopted 10-year-old says her adoptive dad hit her with a "
        "belt last night, marks seen, 'I have to go home at 3 and he's picking me up' -> rule 1 in office hours. "
        "A school's report, no step asked -> other. physical_harm.",
        not_children=["Shamima Khatun"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2037-10-19 11:25:38"
    body = T("""
Dear Early Help Hub,

Step down to Early Help for Ibrahim Chowdhury, DOB 21/09/2030, Mosaic 2987345.

Ibrahim went home to his mum in May after eighteen months in kinship foster care with his aunt. The Child and Family Assessment concluded on 12/10/2037 (attached) and recommends step down: the reunification is stable, and the remaining need is support for mum's PTSD and her confidence as a parent.

- Mum has consented to the step down to Early Help (signed at the CIN review on 14/10).
- Lead Practitioner: Ms Farhana Ali, Family Support Worker, Harford Street Primary School - she has agreed to take the role.
- Draft plan attached.
- I will chair the TAF meeting on Thursday 29 October at 10:00 at the school and send the minutes.

Kind regards
Rahel Tesfaye
Social Worker | Children and Families Service | London Borough of Tower Hamlets

""") + TDISC
    atts = [pdf_att("Child and Family Assessment - Chowdhury.pdf", "Child and Family Assessment - Ibrahim Chowdhury",
                    ["Concluded: 12/10/2037", "Reunified with mother May 2037 after kinship foster care.",
                     "Mother: PTSD, engaging with trauma service.", "Recommendation: step down to Early Help."]),
            docx_att("Draft plan - Chowdhury.docx", ["# Draft TAF plan - Ibrahim Chowdhury", "Mum's trauma therapy; school family support; stay-and-play."])]
    top = outlook_top(f, addr("Tesfaye, Rahel", "rahel.tesfaye@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Ibrahim Chowdhury", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["2987345"], [ch("Ibrahim Chowdhury", "2030-09-21", "21/09/2030")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "Complete Tower Hamlets step-down after a reunification from kinship foster care: C&F assessment .pdf, draft "
        "plan .docx, 'Mum has consented', lead practitioner named with her school -> book_meeting. Mum's PTSD -> "
        "parental_mental_health.",
        not_children=["Farhana Ali", "Rahel Tesfaye"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2037-11-04 09:00:11"
    body = T("""
You are invited to: Reunification practice - bringing children home safely (half-day workshop)

Wednesday 25 November 2037, 09:30 - 12:30, Mulberry Place training room 4

The workshop uses three case studies. They are fictional composites written for training and describe no real child:
- a child returned home from care whose mother's violent ex-partner reappears in the first week;
- adoptive parents who lock a 14-year-old out "to teach her a lesson";
- a special guardian with early dementia found wandering at night with a toddler.

For each, we will ask: what is the risk tonight, who do you phone, and what would an immediate safety plan look like? Please bring a recent reunification plan (anonymised) if you have one.

Tower Hamlets Learning Academy - Children's Social Care workforce development
""")
    cal = ics("REQUEST", f, dt(when), "20371125T093000", "20371125T123000",
              "Reunification practice - bringing children home safely", "Mulberry Place training room 4",
              body, ("Tower Hamlets Learning Academy", "learning.academy@" + TDOM),
              [("MAST", TMAST, "OPT-PARTICIPANT", "NEEDS-ACTION"), ("Early Help Hub", TEH, "OPT-PARTICIPANT", "NEEDS-ACTION")])
    top = outlook_top(f, addr("Tower Hamlets Learning Academy", "learning.academy@" + TDOM),
                      ", ".join([addr("MAST", TMAST), addr("Early Help Hub", TEH)]),
                      "Reunification practice - bringing children home safely", when,
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    add(f, itip_request_mail(f, top, body, cal), "tower_hamlets", "mash_step_up", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A TRAINING SESSION ON REUNIFICATION (an iTIP REQUEST, not a reply): its case studies echo this "
        "set's urgent mails (violent ex back, a teenager locked out, a special guardian with dementia) and use 'risk' "
        "and 'immediate', but are 'fictional composites ... describe no real child' -> other, human_review.")

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2037-10-22 16:10:45"
    body = T("""
Hi MAST,

Please find attached a Request for Support for Reuben Sallis (DOB 30/01/2024), Mosaic 3150822.

Reuben is 13 and was adopted by Mr and Mrs Sallis in 2028. His parents have told me they can no longer cope: since the summer he has refused school (attendance this term 61%), smashed his bedroom door and pushed his mum twice. They love him and are not asking for him to leave, but they are exhausted. Mr and Mrs Sallis have consented to this request and to information being shared with MAST. Respite with his grandparents starts tomorrow for the half-term week; Reuben is calm at the moment.

I've sent the request to my manager, Ruth Amankwah, for sign-off - she is on leave until Monday, so I'll forward her agreement as soon as I have it.

Joanne Mayhew
Early Help Practitioner | Early Help Hub (Bow) | Tower Hamlets

""") + TDISC
    atts = [docx_att("MAST Request for Support - Sallis.docx",
                     ["# MAST Request for Support", "Child: Reuben Sallis, 30/01/2024", "Reason: adoptive family under strain; school refusal; aggression at home",
                      "Parental consent: yes (both parents)", "Manager sign-off: pending"])]
    top = outlook_top(f, addr("Mayhew, Joanne", "joanne.mayhew@" + TDOM), addr("MAST", TMAST),
                      "Request for Support - Reuben Sallis", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["3150822"], [ch("Reuben Sallis", "2024-01-30", "30/01/2024")],
        ["school_attendance"], True, None, ["manager_agreed"], None, "request_info",
        "Tower Hamlets step-up (MAST) for an adopted 13-year-old whose parents 'can no longer cope': the Request for "
        "Support .docx is attached, but MANAGER AGREEMENT IS PENDING ('sent to my manager for sign-off ... I'll "
        "forward her agreement') -> null -> manager_agreed missing -> request_info. Consent true (not required). "
        "61% attendance -> school_attendance. Not urgent: respite from tomorrow, calm now.",
        not_children=["Ruth Amankwah", "Joanne Mayhew"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2037-12-08 14:05:29"
    body = T("""
Hello,

I write about Oskar Lewandowski, age 4 (born 17.06.2033). He go back home to his father 2 weeks ago from the foster carer.

Today when we change him after lunch my staff see big bruises on both his ears, purple colour, and red mark like a hand on his back. Oskar say "tata angry, tata smack" and he cry very much when we say is soon home time. He not want to eat.

Father come to collect at 5 o clock, every day the same. We phone social worker Mr Hossain two times, no answer, we leave message.

What we must do? Please call me 020 7946 0188.

Agnieszka Wróbel
Manager, Little Acorns Nursery, Bow
""")
    top = plain_top(f, addr("Agnieszka Wróbel", "manager@littleacorns-bow.example.co.uk"), addr("MAST", TMAST),
                    "Oskar L - marks on body today", when, "littleacorns-bow.example.co.uk", None)
    add(f, mail(f, top, body), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Oskar Lewandowski", "2033-06-17", "17.06.2033")], ["physical_harm"],
        None, None, [], None, "alert_duty",
        "URGENT IN NON-NATIVE ENGLISH (no alarm words): a 4-year-old home from foster care two weeks has bruised "
        "ears and a hand mark, says 'tata smack', and his father collects at 5 -> rule 1. Non-ASCII name in the "
        "From header (encoded-word). other, physical_harm.",
        not_children=["Agnieszka Wróbel"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2037-11-02 20:05:51"
    body = T("""
Hi,

Sorry if this is the wrong inbox - I'm an MA Social Work student on placement with the Bow Early Help team and I'm writing up a case study for my reunification module.

Hypothetically: if a 12-year-old who was adopted found her birth father on Facebook, and he had a conviction for harming a child, and she went to stay at his flat overnight - would that come to MAST as a referral, or go straight to a strategy discussion? And would it be different if she was under a special guardianship order instead of adopted?

There is no real child - the scenario is from our module handbook. I just want to describe the local pathway correctly. No rush at all.

Thanks,
Priya Nandakumar
MA Social Work student (placement: Early Help, Bow)
""")
    top = plain_top(f, addr("Priya Nandakumar", "p.nandakumar@student.example.ac.uk"), addr("MAST", TMAST),
                    "Question for my assignment - reunification pathway", when, "student.example.ac.uk", None)
    add(f, mail(f, top, body, crlf=False), "tower_hamlets", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A HYPOTHETICAL at 20:05: a student's module scenario mirrors an urgent situation (a 12-year-old "
        "staying with a birth father convicted of harming a child) but 'There is no real child' -> other, "
        "human_review.")

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2037-12-11 09:31:07"
    data = itip_reply(f, when, "Farhana Ali", "f.ali@harfordstreet.example.sch.uk", ("Early Help Hub", TEH),
                      "ACCEPTED", "TAF meeting - step-down - Mosaic 3051127", "20371215T100000", "20371215T110000",
                      "Harford Street Primary School, family room")
    add(f, data, "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, ["3051127"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, no comment, from a school family support worker for a step-down TAF "
        "on Tue 15 Dec; 'Mosaic 3051127' in the SUMMARY -> '3051127' -> record_reply.")

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2037-09-09 13:45:20"
    body = T("""
Hello Early Help Hub,

Step down for Tia Marsh-Okoye (DOB 05/05/2032), Mosaic 3012876.

Tia came home to her mum in April after a year in foster care and things have gone well. Mum consents to the step down to Early Help - she told me at Monday's visit and is keen for the stay-and-play and the parenting course.

Lead Practitioner: Mr Colin Pereira, Learning Mentor, Bow Common Primary, has agreed to take it on.
Draft plan: attached.
The Child and Family Assessment is with my manager for sign-off and I'll send it on once it is authorised.

Daniel Whitcombe
Social Worker | CIN Team (Poplar) | Tower Hamlets

""") + TDISC
    atts = [docx_att("Draft plan - Marsh-Okoye.docx", ["# Draft Early Help plan - Tia Marsh-Okoye", "Stay-and-play; parenting course; learning mentor weekly."])]
    top = outlook_top(f, addr("Whitcombe, Daniel", "daniel.whitcombe@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Tia Marsh-Okoye", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "early_help_duty", when, 6,
        "ordinary", "step_down", False, None, ["3012876"], [ch("Tia Marsh-Okoye", "2032-05-05", "05/05/2032")], [],
        True, None, ["assessment"], None, "request_info",
        "Tower Hamlets step-down with THE ASSESSMENT STILL TO COME ('with my manager for sign-off and I'll send it "
        "on') -> assessment missing -> request_info; consent given, lead practitioner named with school, plan "
        "attached. No current concerns stated.",
        not_children=["Colin Pereira", "Daniel Whitcombe"])


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2037-11-16 20:15:42"
    body = T("""
Hello,

Our daughter Ellie-Jo Penhaligon (DOB 03/04/2025) is 12 and we adopted her when she was two.

Tonight we found out she has been messaging her birth father, Wayne Stacey, on Facebook for about a month. She didn't come home from school. At 6pm she messaged us from his flat in Paignton (above the bookies on Hyde Road) to say she is staying there tonight and we "can't make her come home". She has stopped answering.

Wayne went to prison in 2027 for shaking Ellie-Jo's baby brother, who was left brain-damaged. It's all in her adoption file. That's why she was adopted.

We reported her missing to the police at 6.30 and they have logged it, but no one has been to the flat yet as far as we know. Our post-adoption worker is off until Wednesday.

We're at home on 07700 900914.

Claire Penhaligon (and Steve)
""")
    top = plain_top(f, addr("Claire Penhaligon", "claire.penhaligon@example.com"), addr(None, BMASH),
                    "Ellie-Jo has gone to her birth dad's", when, "example.com", "Mozilla Thunderbird")
    add(f, mail(f, top, body, crlf=False, cte="7bit"), "torbay", "mash_step_up", when, 4,
        "urgent", "other", True, None, [], [ch("Ellie-Jo Penhaligon", "2025-04-03", "03/04/2025")],
        ["missing", "physical_harm"], None, None, [], None, "alert_duty",
        "URGENT (no alarm words), ADOPTIVE PARENTS AT 20:15: a 12-year-old found her birth father on Facebook and is "
        "staying at his flat tonight; he was imprisoned for shaking her baby brother -> rule 1, out of hours. "
        "Reported missing to police -> missing; the father's conviction for harming a child -> physical_harm. other.",
        not_children=["Wayne Stacey", "Claire Penhaligon"])

def torbay_02():
    f = "torbay_02.eml"; when = "2037-09-24 10:10:03"
    body = T("""
Morning Early Help,

Please could Freddie Hocking-Pym (DOB 11/01/2034) and Isla Hocking-Pym (DOB 29/05/2035) have a triage slot for step down to level 3 Early Help. LCS-551209.

The children have lived with their aunt, Ms Kerensa Hocking, under a Special Guardianship Order since 2036, after they came into care. The SGO support plan is working well and CIN can now close. What's left is Freddie's speech and language delay (he is on the SEN register at Preston Primary, awaiting an EHC needs assessment) and support for Ms Hocking, who is bringing up two small children on her own.

- Single Assessment attached (PDF), completed 17/09/2037.
- My ATM, Lowenna Pascoe, has agreed the step down.
- Ms Hocking has given her consent to Early Help.

Isla is two, so I understand this goes to the under-5s triage.

Morwenna Trist
Social Worker, Torbay Children's Services
""") + BDISC
    atts = [pdf_att("Single Assessment - Hocking-Pym.pdf", "Single Assessment - Freddie and Isla Hocking-Pym",
                    ["Completed: 17/09/2037", "Special guardian: Ms Kerensa Hocking (maternal aunt), SGO 2036",
                     "Needs: Freddie - speech and language delay, SEN support; carer support.",
                     "Analysis: needs can be met at level 3 Early Help. ATM: agreed."])]
    top = outlook_top(f, addr("Trist, Morwenna", "morwenna.trist@" + BDOM), addr("Early Help Torbay", BEH),
                      "Triage request - step down - Hocking-Pym - LCS-551209", when)
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["LCS-551209"],
        [ch("Freddie Hocking-Pym", "2034-01-11", "11/01/2034"), ch("Isla Hocking-Pym", "2035-05-29", "29/05/2035")],
        ["disability_send"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down of a special guardianship family to 'level 3 Early Help': Single Assessment .pdf, "
        "'My ATM ... has agreed the step down', 'Ms Hocking has given her consent' (a special guardian's consent) -> "
        "book_meeting; Isla (2) means the fortnightly under-5s triage. Freddie's SEN -> disability_send.",
        not_children=["Kerensa Hocking", "Lowenna Pascoe", "Morwenna Trist"])

def torbay_03():
    f = "torbay_03.eml"; when = "2037-10-09 14:00:26"
    body = T("""
Dear colleagues,

For information only - no action needed from Early Help. The family asked that their annual review summary be shared with the Early Help team who ran Alfie's summer group.

Special guardianship annual review - summary
Child: Alfie Luscombe, DOB 15/07/2031
Special guardians: Mr and Mrs Luscombe (paternal grandparents), SGO since 2033
Background: Alfie was made subject to an SGO after his mother's heroin use and a non-accidental injury to Alfie in 2032 (a fractured leg, perpetrator never identified). Alfie has had no contact with his mother since 2034 apart from letterbox.
Review held: 6 October 2037, at home.
Findings: Alfie is thriving. Attendance 98%. He is settled, sleeping well and playing for the under-7s football team. Both special guardians are well. No safeguarding concerns were raised by anyone at the review.
Outcome: the SGO support plan continues unchanged (annual allowance review, letterbox once a year). Next review October 2038.

Jenna Polglase
Special Guardianship Support Team, Torbay Council
""") + BDISC
    top = outlook_top(f, addr("Polglase, Jenna", "jenna.polglase@" + BDOM), addr("Early Help Torbay", BEH),
                      "SGO annual review summary - Luscombe (for information)", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [], [ch("Alfie Luscombe", "2031-07-15", "15/07/2031")], [], None, None, [],
        None, "human_review",
        "NEAR MISS - A SETTLED SPECIAL GUARDIANSHIP REVIEW: heroin and a non-accidental fracture in 2032 are the "
        "background; the review found him thriving with 'No safeguarding concerns', 'For information only' -> other, "
        "human_review; historic harm is not a labelled concern.",
        not_children=["Jenna Polglase"])

def torbay_04():
    f = "torbay_04.eml"; when = "2037-12-01 11:35:50"
    body = T("""
Hi MASH,

Contact to MASH / step up from level 3 for Kian Westlake (DOB 19/10/2027) and his sister Maisie Westlake (DOB 02/02/2032). LCS-538870.

Kian (10) was adopted by Mr and Mrs Westlake in 2030 and has a diagnosis of FASD. Over the last three months his aggression at home has grown: he has hit and pushed Maisie several times (no injuries; the last push was three weeks ago) and last month he threatened his mum with a kitchen knife. The family have a safety plan - Maisie sleeps in her parents' room, knives are locked away - and they are managing day to day, but they are worn out and have said they can't keep the placement going without more help. I think this now needs a social work assessment.

Both parents consent to the contact to MASH.

I'm meeting my ATM, Silas, tomorrow morning to talk it through and I'll confirm his agreement after that.

Sam Treloar
Early Help Practitioner (Level 3), Torbay Early Help
""") + BDISC
    top = outlook_top(f, addr("Treloar, Sam", "sam.treloar@" + BDOM), addr("Torbay MASH", BMASH),
                      "Step up - Westlake - LCS-538870", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["LCS-538870"],
        [ch("Kian Westlake", "2027-10-19", "19/10/2027"), ch("Maisie Westlake", "2032-02-02", "02/02/2032")],
        ["disability_send", "physical_harm"], True, None, ["manager_agreed"], None, "request_info",
        "Torbay step-up (contact to MASH) for an adopted boy with FASD hurting his sister: consent true ('Both "
        "parents consent'), MANAGER AGREEMENT PENDING ('I'll confirm his agreement after that') -> null -> missing "
        "-> request_info. Not urgent: no injuries, last incident three weeks ago, safety plan in place. Concerns: "
        "FASD -> disability_send; the sibling harm -> physical_harm.",
        not_children=["Sam Treloar"])

def torbay_05():
    f = "torbay_05.eml"; when = "2037-10-28 22:34:18"
    body = T("""
I've just seen this on my work phone - I'm not on shift and I don't know the out of hours email, so I'm sending it here and will keep ringing.

---------- Forwarded message ----------
From: Carol Yeo (mobile) 07700 900271
Sent: Wed 28 Oct 22:05
To: Kirsty Rowe (work mobile)

kirsty im so sorry i cant do this anymore. ive taken all my tablets and the ones for my heart. the girls are asleep upstairs. tell them nanny loves them. dont ring me
----------------------------------------

Mrs Carol Yeo is special guardian for her granddaughters Lacey Yeo (7) and Mia Yeo (4) at 9 Windmill Close, Brixham TQ5 9ZH. There is no other adult in the house. I've rung her four times since 22:20 and there's no answer.

Kirsty Rowe
Kinship Support Worker, Torbay Council
07700 900566
""")
    top = plain_top(f, addr("Kirsty Rowe", "kirsty.rowe@" + BDOM), addr("Torbay MASH", BMASH),
                    "FW: text from Mrs Yeo tonight", when, BDOM, "Android Mail")
    add(f, mail(f, top, body, crlf=False), "torbay", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Lacey Yeo"), ch("Mia Yeo")], ["parental_mental_health"], None, None,
        [], None, "alert_duty",
        "URGENT IN A FORWARDED TEXT AT 22:34 (no alarm words): a special guardian texts that she has taken all her "
        "tablets, the girls (7 and 4) asleep upstairs, no other adult, no answer -> rule 1, out of hours. other; the "
        "carer's overdose -> parental_mental_health.",
        not_children=["Carol Yeo", "Kirsty Rowe"])

def torbay_06():
    f = "torbay_06.eml"; when = "2037-11-23 10:00:35"
    body = T("""
Dear Early Help,

The adoptive parents of a child you are working with asked us to share this year's letterbox letter from his birth mother with his Early Help worker, Becky, so she can support him when he reads it. I have removed all identifying details from it under our letterbox procedure.

I have read it carefully. It mentions the past, but there is nothing in it that raises any safeguarding issue now: the birth mother lives in another part of the country, has no contact beyond the annual letter and does not know where the family lives.

Kind regards
Letterbox Co-ordinator
Adoption South West
""")
    letter = docx_att("Letterbox letter - November 2037.docx",
                      ["Dear Noah,", "I think about you every day and especially on your birthday. You will be nine now.",
                       "I'm sorry for what happened when you were little. I know I didn't keep you safe from Darren, and that is why you live with your mum and dad now. "
                       "He is not in my life any more.",
                       "I've been clean for three years and I work in a cafe. I hope you still like drawing dinosaurs.",
                       "Love always, your birth mum"])
    top = outlook_top(f, addr("Letterbox Co-ordinator", "letterbox@adoptionsouthwest.example.org"), addr("Early Help Torbay", BEH),
                      "Annual letterbox letter - please pass to Becky", when, mid_domain="adoptionsouthwest.example.org")
    add(f, mail(f, top, body, [letter], html_alt=True), "torbay", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - AN ANNUAL LETTERBOX CONTACT LETTER (.docx): a birth mother's letter recalls that she 'didn't keep "
        "you safe from Darren' and her past drug use; the co-ordinator says it raises nothing now, no contact beyond "
        "the letter -> other, human_review. The boy is named 'Noah' only -> no child labelled.",
        not_children=[])

def torbay_07():
    f = "torbay_07.eml"; when = "2037-10-23 16:58:09"
    body = T("""
Thank you for your email. I am on annual leave for half term and back on Monday 2 November.

For triage or step-down queries please contact Tamsin Verity. If you are worried about a child's safety today, please phone the MASH.

Lowenna Pascoe
Assistant Team Manager, Children's Services, Torbay Council
""")
    data = ooo(f, when, "Pascoe, Lowenna", "lowenna.pascoe@" + BDOM, addr("Early Help Torbay", BEH),
               "[SB-torbay-4410] Triage slot confirmed - Tue 3 November", body)
    add(f, data, "torbay", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Outlook out-of-office (Auto-Submitted: auto-replied) to a stepbot confirmation, sent on the Friday before "
        "half term, still BST (+0100; the clocks go back on Sunday 25 October) -> auto_reply, ignore. Its 'worried "
        "about a child's safety' line is boilerplate.")

def torbay_08():
    f = "torbay_08.eml"; when = "2037-12-03 15:15:04"
    body = T("""
Hello Early Help,

I'm sending the step-down request for Tegan Holsworthy (DOB 27/10/2026), LCS-529004, so triage can see it's coming.

Tegan came home to her mum in July after two years in foster care. She and her mum have both consented to level 3 Early Help and the Single Assessment is attached.

However, my team manager, Dawn Rickard, has not agreed the step down at this point - she wants the CIN review in January to happen first, because Tegan's attendance is still only 72% and she has had two fixed-term suspensions this term. Please don't book a triage slot until I come back to you.

Jago Kitto
Social Worker, Torbay Children's Services
""") + BDISC
    atts = [pdf_att("Single Assessment - Holsworthy.pdf", "Single Assessment - Tegan Holsworthy",
                    ["Completed 20/11/2037.", "Reunified with mother July 2037.", "Attendance 72%; two suspensions.",
                     "Recommendation (social worker): step down to level 3 Early Help. Team manager: not agreed at this time."])]
    top = outlook_top(f, addr("Kitto, Jago", "jago.kitto@" + BDOM), addr("Early Help Torbay", BEH),
                      "Step down - Tegan Holsworthy - LCS-529004 (not yet agreed)", when)
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["LCS-529004"], [ch("Tegan Holsworthy", "2026-10-27", "27/10/2026")],
        ["school_attendance"], True, False, ["manager_agreed"], None, "request_info",
        "Torbay step-down where THE MANAGER HAS NOT AGREED: 'has not agreed the step down at this point' -> false -> "
        "manager_agreed missing -> request_info; consent true; assessment attached; 'level 3 Early Help' -> 3. "
        "72% attendance -> school_attendance.",
        not_children=["Dawn Rickard", "Jago Kitto"])


# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2037-11-06 07:40:13"
    body = T("""
MASH,

Sending this first thing as I couldn't get through on the phone.

At 03:10 today a delivery driver found an elderly man walking along the A44 near Eardisland in his pyjamas and slippers, pushing a buggy with a little girl in it. No coat on either of them; it was minus 2. He is Mr Dennis Price, 81, and the child is his great-granddaughter Poppy Price, 23 months. He holds a special guardianship order for her. He told us he was "taking the baby to her mum" - Poppy's mother died in 2036.

We took them home to 3 Mill Lane, Eardisland. Nobody else lives there. His daughter-in-law in Worcester told us on the phone that he was diagnosed with dementia in the summer and the family "didn't want social services involved". She can't get there until Sunday.

We were called to another job and had to leave at 05:30. Mr Price and Poppy are at the house on their own now. I'm back on duty at 2pm.

PC 1187 Gareth Pugh
Leominster Safer Neighbourhood Team, West Mercia Police
""")
    top = plain_top(f, addr("PC 1187 Gareth Pugh", "gareth.pugh@westmercia.example.police.uk"), addr(None, HMASH),
                    "Child found out at night with carer - Eardisland", when, "westmercia.example.police.uk", None)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Poppy Price")], ["neglect"], None, None, [], None, "alert_duty",
        "URGENT (no alarm words), POLICE AT 07:40 (before office hours): a special guardian with dementia was found at "
        "03:10 pushing a 23-month-old along an A road at minus 2, taken home and left there; the two are alone now -> "
        "rule 1. A police report, no step asked -> other. neglect.",
        not_children=["Dennis Price", "Gareth Pugh"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2037-09-15 11:00:57"
    body = T("""
Hello Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan and the family's signed consent form for the Bevan children, Mosaic 1765432:

Ruby Bevan, DOB 04/03/2030
Tomos Bevan, DOB 18/12/2032

The children went home to their mum, Kayleigh Bevan, in February after a year in foster care, and the decision after the C&F assessment last week was to step down to Early Help. I talked it through with Verity at this morning's drop-in.

Key person: Mrs Sian Griffiths, Family Support Worker, Kington Primary School, has agreed to lead.

Thanks,
Ceri Watkins
Social Worker, Children's Safeguarding (North), Herefordshire Council

""") + HDISC
    atts = [docx_att("EHA step-down plan - Bevan.docx",
                     ["# Early Help Assessment step-down plan - Ruby and Tomos Bevan",
                      "What needs to happen: mum's GP review for low mood; school family support weekly; Tomos's speech therapy.",
                      "Key person: Sian Griffiths (Kington Primary School)"]),
            pdf_att("Signed consent - Bevan.pdf", "Consent to Early Help", ["I consent to Early Help support for my children Ruby and Tomos.",
                                                                          "Signed: Kayleigh Bevan", "Date: 11/09/2037"])]
    top = outlook_top(f, addr("Watkins, Ceri", "ceri.watkins@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Bevan siblings", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["1765432"],
        [ch("Ruby Bevan", "2030-03-04", "04/03/2030"), ch("Tomos Bevan", "2032-12-18", "18/12/2032")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down after a reunification: plan .docx, signed consent form .pdf, "
        "key person named with her school -> book_meeting. No level is written, so level is null (the pack's "
        "level-3 default sets the route, not the parse field). Mum's low mood -> parental_mental_health.",
        not_children=["Kayleigh Bevan", "Sian Griffiths", "Ceri Watkins"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2037-10-26 09:10:31"
    body = T("""
Good morning,

Just so it's on Kai's file before the step-down meeting - nothing needs doing.

On Saturday afternoon Kai ran off to his mum's after she messaged him on Instagram. I rang the police at 6pm; they found him at her flat in Hereford at about 9 and brought him home. His mum was sober and he was fine, just tired and a bit sheepish. The police did his return home interview yesterday and he talked to them properly.

Kai is at school today. His mum rang me yesterday and apologised, and we've agreed contact will be Saturdays at the family centre like the court said, and she won't message him privately again. I've changed the settings on his phone.

Lorraine Probert (Kai Probert's special guardian - his nan)
""")
    top = plain_top(f, addr("Lorraine Probert", "lorraine.probert@example.co.uk"), addr(None, HEH),
                    "Kai - weekend - for his file", when, "example.co.uk", None)
    add(f, mail(f, top, body, crlf=False), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [], [ch("Kai Probert")], [], None, None, [], None, "human_review",
        "NEAR MISS - A WORRY ALREADY DEALT WITH: a boy who ran to his birth mother on Saturday was found by police, "
        "brought home, return interview done, at school today, contact re-agreed; 'nothing needs doing' -> other, "
        "human_review; a resolved episode is not a labelled concern. First Monday of GMT.",
        not_children=["Lorraine Probert"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2037-10-14 13:20:08"
    body = T("""
MASH,

Forwarding a text I got from Mr Hollins at 12.55. I've tried ringing him back three times and it goes to voicemail.

---
"Rhian I'm telling you now. If Jess walks through that door at 4 tonight I won't be responsible for what I do. Lisa has taken the little one to her mum's. I've had a drink. I mean it this time."
---

Jess Hollins is 13 (DOB 21/05/2024) and was adopted by Mr and Mrs Hollins in 2028. I don't know of him ever hitting her, but last week he punched their kitchen door off its hinges during an argument with her. Jess finishes at Bishop's Academy at 3.20 and gets the school bus home; she has no phone at the moment because they took it off her. There is nobody else at home this afternoon.

Rhian Morgan
Post-Adoption Support Social Worker, Adoption Marches (regional adoption agency)
01632 960744
""")
    top = outlook_top(f, addr("Morgan, Rhian", "rhian.morgan@adoptionmarches.example.org"), addr("Herefordshire MASH", HMASH),
                      "FW: text from Mr Hollins - Jess", when, mid_domain="adoptionmarches.example.org")
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Jess Hollins", "2024-05-21", "21/05/2024")], ["physical_harm"], None,
        None, [], None, "alert_duty",
        "URGENT IN A FORWARDED TEXT (no alarm words): an adoptive father who has been drinking says he 'won't be "
        "responsible for what I do' if his 13-year-old walks in at 4 tonight; she has no phone and nobody else will "
        "be home -> rule 1. A post-adoption worker's report -> other; threat of violence -> physical_harm.",
        not_children=["Rhian Morgan"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2037-11-05 14:30:40"
    body = T("""
Hi,

Step-down plan attached for Mason Whittall, DOB 09/09/2029, Mosaic 1890023.

Mason went home to his dad, Lee Whittall, in June after 18 months in foster care, and the C&F assessment closed last week with a decision to step down. Dad still smokes cannabis most evenings, though not around Mason; that and Mason's anger at school are the main things the plan works on.

Key person: Mr Dylan Hughes, Learning Mentor, Leominster Junior School - agreed.

Dad agreed to Early Help on the phone on Monday. I'll get the consent form signed at my visit next Thursday and send it straight over.

Bethan Lloyd
Social Worker, Children's Safeguarding (South), Herefordshire Council

""") + HDISC
    atts = [docx_att("EHA step-down plan - Whittall.docx", ["# Early Help Assessment step-down plan - Mason Whittall",
                                                             "Outcomes: dad reduces cannabis use; Mason's anger plan at school; weekly mentor sessions."])]
    top = outlook_top(f, addr("Lloyd, Bethan", "bethan.lloyd@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Mason Whittall", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["1890023"], [ch("Mason Whittall", "2029-09-09", "09/09/2029")],
        ["substance_misuse"], True, None, ["consent_form"], None, "request_info",
        "Herefordshire step-down with VERBAL CONSENT ONLY: 'Dad agreed to Early Help on the phone' -> consent true, "
        "but the written consent form is still to come -> consent_form missing -> request_info. Plan and key person "
        "present. Dad's cannabis use -> substance_misuse. No level written -> null.",
        not_children=["Lee Whittall", "Dylan Hughes", "Bethan Lloyd"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2037-12-16 08:55:21"
    body = T("""
Thank you for your email to the Post-Adoption Support Team.

The team is at a training day today (Wednesday 16 December) and this mailbox will not be monitored until tomorrow morning.

If you believe a child is at immediate risk of harm, or in any emergency, please phone 999 or the MASH. For anything else we will reply within three working days.

Post-Adoption Support Team, Herefordshire Council
""")
    data = ooo(f, when, "Post Adoption Support", "postadoption@" + HDOM, addr("Early Help Co-ordinators", HEH),
               "[SB-herefordshire-5188] Step-down received - Bevan", body)
    add(f, data, "herefordshire", "early_help_duty", when, 1,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "NEAR MISS - AN OUT-OF-OFFICE whose boilerplate says 'immediate risk of harm' and 'emergency' about nobody: "
        "Auto-Submitted auto-replied -> auto_reply, ignore (rule 2).")

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2037-11-30 12:00:44"
    blocks = [
        "Dear Early Help Co-ordinators,",
        "",
        "As agreed at the MAG, here is this term's summary for the previously looked-after pupils who also have Early "
        "Help involvement. Pupils are anonymised; schools hold the names.",
        "",
        ("table", [["Pupil", "Status", "Attendance", "Notes"],
                   ["Pupil A (Y9)", "Adopted 2029", "96%", "Historic trauma (physical abuse by birth father before 2029). Therapy via ASF continues. No current safeguarding concerns."],
                   ["Pupil B (Y4)", "SGO (grandparents)", "93%", "Birth mother's contact via social media stopped in June after the SG changed settings. Settled."],
                   ["Pupil C (Y11)", "Adopted 2027", "89%", "Ran to birth family in 2036 - resolved, no episodes since. Exam anxiety; mentoring in place."]]),
        "",
        "No pupil on this list has an open safeguarding referral. Please contact me if any Early Help plan needs a PEP-style meeting.",
        "",
        "Dr Helen Aubrey",
        "Virtual School Head, Herefordshire Council",
    ]
    top = outlook_top(f, addr("Aubrey, Helen", "helen.aubrey@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Termly PLAC summary - Early Help pupils (anonymised)", when)
    add(f, word_mail(f, top, blocks), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A VIRTUAL SCHOOL HEAD'S TERMLY SUMMARY (Word HTML table): physical abuse, running to birth family "
        "and social-media contact, all historic or resolved, anonymised pupils, 'No current safeguarding concerns' -> "
        "other, human_review.")

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2037-11-12 10:05:16"
    ack = ack_text("step-down", "SB-herefordshire-5120",
                   ["Child: Mason Whittall (09/09/2029)", "Mosaic: 1890023"], ["consent_form"])
    body = T("""
Consent form attached - Dad signed it at my visit this morning.

Bethan
""") + quote("Early Help Co-ordinators", "05 November 2037 14:41", "Lloyd, Bethan",
             "[SB-herefordshire-5120] Step-down received - Mason Whittall", ack)
    atts = [pdf_att("Consent form signed - Whittall.pdf", "Consent to Early Help",
                    ["I consent to my family receiving Early Help.", "Signed: Lee Whittall", "Date: 12/11/2037"])]
    top = outlook_top(f, addr("Lloyd, Bethan", "bethan.lloyd@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-5120] Step-down received - Mason Whittall", when)
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "follow_up", False, None, ["1890023"], [ch("Mason Whittall", "2029-09-09", "09/09/2029")], [],
        True, None, [], None, "attach_to_request",
        "Follow-up to [SB-herefordshire-5120] (herefordshire_05's family) adding the signed consent form .pdf: "
        "'Dad signed it' -> consent true; follow_up -> missing [] -> attach_to_request.",
        not_children=["Lee Whittall"])


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
CONFIG = "/work/main/config/authorities"

def yaml_requirement_ids():
    """{(authority, kind): set of requirement ids} read from the authorities' policy packs."""
    import yaml
    out = {}
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        with open(os.path.join(CONFIG, a + ".yaml"), encoding="utf-8") as fh:
            pack = yaml.safe_load(fh)
        for kind, spec in (pack.get("kinds") or {}).items():
            out[(a, kind)] = {r["id"] for r in (spec.get("requirements") or [])}
    return out

# England & Wales bank holidays (weekdays) in 2037 and early 2038, from the `holidays` package (set_checks()
# re-derives and compares). None falls inside the window (Tue 1 Sep - Fri 18 Dec 2037): the Late Summer Bank Holiday
# (Mon 31 Aug) is the day before it; Christmas Day (Fri 25 Dec), the Boxing Day substitute (Mon 28 Dec; 26 Dec is a
# Saturday) and New Year's Day 2038 (Fri 1 Jan) follow it, so only a meeting set after the window can cross one.
BANK_HOLIDAYS = {date(2037, 1, 1), date(2037, 4, 3), date(2037, 4, 6), date(2037, 5, 4), date(2037, 5, 25),
                 date(2037, 8, 31), date(2037, 12, 25), date(2037, 12, 28), date(2038, 1, 1)}
# The brief: "early September to about Friday 18 December 2037". 1 September 2037 is a Tuesday (the day after the
# Late Summer Bank Holiday), 18 December 2037 a Friday.
WINDOW = (datetime(2037, 9, 1, tzinfo=LON), datetime(2037, 12, 18, 23, 59, 59, tzinfo=LON))
# BST ends at 01:00 UTC on Sunday 25 October 2037 (began 01:00 UTC Sunday 29 March 2037).
BST_START = datetime(2037, 3, 29, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2037, 10, 25, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2038
FORBIDDEN = re.compile(r"(?i)\b(urgent|urgently|immediate|immediately|emergency|at risk|risk of harm|danger\w*|asap)\b")

def expected_offset(d):
    return "+0100" if BST_START <= d.astimezone(UTC) < BST_END else "+0000"

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"], 1)}

def parse_dob(w):
    w = w.strip()
    m = re.fullmatch(r"(\d{2})[/.-](\d{2})[/.-](\d{4})", w)
    if m:
        return date(int(m[3]), int(m[2]), int(m[1])).isoformat()
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

def check_file(lab, yaml_ids):
    errors = []
    def err(m):
        errors.append("%s: %s" % (lab["file"], m))
    f, a, mb, e = lab["file"], lab["authority"], lab["mailbox"], lab["expect"]
    if not re.fullmatch(r"%s_0[1-8]\.eml" % a, f): err("file name / authority")
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
    lvl = None
    if a == "knowsley" and e["kind"] == "step_down":
        lvl = e["level"] if e["level"] is not None else 3
    key = (a, e["kind"], lvl)
    allowed = REQ.get(key, set())
    if not set(e["missing"]) <= allowed: err("missing ids not allowed for %s: %s" % (key, e["missing"]))
    if key not in REQ and e["missing"]: err("missing must be [] for this kind")
    # every requirement id a label uses exists in the authority's YAML policy pack for that kind
    if not set(e["missing"]) <= yaml_ids.get((a, e["kind"]), set()):
        err("missing ids %s not in %s.yaml's %s requirements" % (e["missing"], a, e["kind"]))
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
        if not CASE_ID_FORM.fullmatch(cid): err("case id %r has not the form of a case id as labelled" % cid)
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
    elif e["notice_ok"] is not None:
        err("notice_ok must be null")
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
    if e["urgent"]:
        hit = FORBIDDEN.search(text + " " + all_headers(msg))
        if hit: err("urgent mail contains the forbidden word %r" % hit.group(0))
    for y in YEAR.findall(text + " " + all_headers(msg)):
        if int(y) > MAX_YEAR: err("year after %d: %s" % (MAX_YEAR, y))
    metas = {c["name"]: c for c in META[f]["children"]}
    for c in e["children"]:
        mc = metas.get(c["name"])
        if mc is None:
            err("child %s has no source record" % c["name"]); continue
        if c["name"] not in text: err("child %s not in text" % c["name"])
        if c["dob"] or mc["_w"]:
            w = mc["_w"] or ""
            if w not in text: err("dob as written %r not in text" % w)
            if parse_dob(w) != c["dob"]: err("dob %r parses to %s, label %s" % (w, parse_dob(w), c["dob"]))
            if c["dob"] and age_years(date.fromisoformat(c["dob"]), now.date()) >= 18:
                err("%s is 18 or over, not a child" % c["name"])
    for name in META[f]["not_children"]:
        if name not in text: err("excluded person %s not in text" % name)
        if any(name == c["name"] for c in e["children"]): err("excluded person %s labelled as a child" % name)
    for cid in e["case_ids"]:
        if cid not in text: err("case id %s not in text" % cid)
    return errors

CAT_EXPECTED = {"urgent": 11, "near_miss": 11, "ordinary": 18}

# Each consent / manager wording ties to its label (the phrase must be in the readable text).
WORDING = [
    ("knowsley_01.eml", "she has agreed the step up", "manager_agreed", True),
    ("knowsley_01.eml", "I have not asked her to sign anything", "consent", None),
    ("knowsley_03.eml", "she'll think about it over the weekend", "consent", None),
    ("knowsley_08.eml", "have agreed to the step down to Level 2", "consent", True),
    ("richmond_wandsworth_01.eml", "I have agreed this step up", "manager_agreed", True),
    ("richmond_wandsworth_01.eml", "Both parents agree to the step up", "consent", True),
    ("richmond_wandsworth_02.eml", "Dad has signed the Early Help consent form", "consent", True),
    ("richmond_wandsworth_05.eml", "signed the consent form at my visit", "consent", True),
    ("richmond_wandsworth_07.eml", "Both parents have consented to Early Help", "consent", True),
    ("richmond_wandsworth_08.eml", "she doesn't consent to a referral", "consent", False),
    ("tower_hamlets_02.eml", "Mum has consented to the step down", "consent", True),
    ("tower_hamlets_04.eml", "I'll forward her agreement as soon as I have it", "manager_agreed", None),
    ("tower_hamlets_08.eml", "Mum consents to the step down", "consent", True),
    ("torbay_02.eml", "has agreed the step down", "manager_agreed", True),
    ("torbay_02.eml", "has given her consent to Early Help", "consent", True),
    ("torbay_04.eml", "Both parents consent to the contact to MASH", "consent", True),
    ("torbay_04.eml", "I'll confirm his agreement after that", "manager_agreed", None),
    ("torbay_08.eml", "has not agreed the step down at this point", "manager_agreed", False),
    ("torbay_08.eml", "have both consented to level 3 Early Help", "consent", True),
    ("herefordshire_02.eml", "the family's signed consent form", "consent", True),
    ("herefordshire_05.eml", "Dad agreed to Early Help on the phone", "consent", True),
    ("herefordshire_08.eml", "Dad signed it at my visit", "consent", True),
]

def _lab(f):
    return next(l for l in LABELS if l["file"] == f)

def _plainbody(msg):
    for part in msg.walk():
        if not part.is_multipart() and part.get_content_type() == "text/plain" and not part.get_filename():
            return part.get_content()
    return ""

def _cals(msg):
    return [(p.get_param("method") or "").upper() for p in msg.walk() if p.get_content_type() == "text/calendar"]

def kind_checks():
    out = []
    for lab in LABELS:
        f, k = lab["file"], lab["expect"]["kind"]
        m = parse(f)
        subj = str(m["Subject"])
        if k == "follow_up" and not re.search(r"\[SB-[a-z_]+-\d+\]", subj): out.append("%s: follow_up without [SB-]" % f)
        if k in ("step_up", "step_down", "other") and "[SB-" in subj: out.append("%s: [SB-] on a new mail" % f)
        if k == "meeting_reply" and _cals(m) != ["REPLY"]: out.append("%s: meeting_reply needs one REPLY" % f)
        if k != "meeting_reply" and "REPLY" in _cals(m): out.append("%s: iTIP REPLY outside meeting_reply" % f)
        if k == "auto_reply" and not (m["Auto-Submitted"] or "").startswith("auto-"):
            out.append("%s: auto_reply not Auto-Submitted" % f)
    return out

def structural_checks():
    """A few per-file facts the labels rely on."""
    out = []
    def need(f, ok, what):
        if not ok: out.append("%s: structural check failed: %s" % (f, what))
    m = parse("knowsley_07.eml")
    cal = [p for p in m.walk() if p.get_content_type() == "text/calendar"][0].get_payload(decode=True).decode()
    need("knowsley_07.eml", "PARTSTAT=DECLINED" in cal and "threw him down the stairs" in cal.replace("\r\n ", ""),
         "the risk is in a DECLINED reply's COMMENT")
    need("knowsley_04.eml", parse("knowsley_04.eml").get_content_type() == "text/plain"
         and parse("knowsley_04.eml").get_param("format") == "flowed", "iPhone flowed text")
    need("tower_hamlets_03.eml", _cals(parse("tower_hamlets_03.eml")) == ["REQUEST"], "training invitation is an iTIP REQUEST")
    need("tower_hamlets_05.eml", "=?utf-8?" in str(FILES["tower_hamlets_05.eml"][:600]).lower(), "encoded-word From")
    need("herefordshire_06.eml", FORBIDDEN.search(readable(parse("herefordshire_06.eml"))) is not None,
         "the near-miss out-of-office carries alarm words")
    need("knowsley_02.eml", FORBIDDEN.search(readable(parse("knowsley_02.eml"))) is not None,
         "the newsletter carries alarm words")
    for f in ("knowsley_01.eml", "knowsley_08.eml", "herefordshire_07.eml"):
        need(f, "MsoTableGrid" in "".join(p.get_content() for p in parse(f).walk() if p.get_content_type() == "text/html"),
             "Word HTML table")
    return out

# expected whole-set facts the README states
COUNTS_EXPECTED = {   # file: (working days, plain weekdays, calendar days) from the London date of `now`
    "knowsley_01.eml": (5, 5, 7), "knowsley_03.eml": (4, 4, 6), "knowsley_08.eml": (5, 7, 11)}
CROSSING_BH_EXPECTED = ["knowsley_08.eml"]

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2037, 2038])
    ref = {d for d in pkg if d.weekday() < 5 and d <= date(2038, 1, 1)}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = [d for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()]
    if inside:
        errors.append("set: expected no bank holiday inside the window, found %s" % inside)
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2037, 3) and BST_END.date() == last_sun(2037, 10)):
        errors.append("set: BST dates wrong")
    if not (WINDOW[0].date().weekday() == 1 and WINDOW[1].date().weekday() == 4):
        errors.append("set: the window must run Tuesday 1 September - Friday 18 December 2037")
    counts = {}
    offsets = {}
    for lab in LABELS:
        f = lab["file"]
        m = META[f]["meeting"]
        today = datetime.fromisoformat(lab["now"]).astimezone(LON).date()
        if m is not None:
            counts[f] = (working_days(today, m), plain_weekdays(today, m), (m - today).days)
        off = parse(f)["Date"].strip()[-5:]
        offsets[off] = offsets.get(off, 0) + 1
    if counts != COUNTS_EXPECTED:
        errors.append("set: Knowsley notice counts are %s, expected %s" % (counts, COUNTS_EXPECTED))
    bh = sorted(f for f in counts if any(datetime.fromisoformat(_lab(f)["now"]).date() < h <= META[f]["meeting"]
                                         for h in BANK_HOLIDAYS))
    if bh != CROSSING_BH_EXPECTED:
        errors.append("set: counts crossing a bank holiday are %s, expected %s" % (bh, CROSSING_BH_EXPECTED))
    if set(offsets) != {"+0100", "+0000"}:
        errors.append("set: Date offsets %s (both BST and GMT expected)" % offsets)
    return errors

def run_checks():
    errors = []
    yaml_ids = yaml_requirement_ids()
    for lab in LABELS:
        try:
            errors += check_file(lab, yaml_ids)
        except Exception as ex:
            errors.append("%s: check raised %r" % (lab["file"], ex))
    for f, phrase, field, value in WORDING:
        if phrase not in readable(parse(f)): errors.append("%s: wording %r not in the text" % (f, phrase))
        if _lab(f)["expect"][field] is not value:
            errors.append("%s: %r means %s %s" % (f, phrase, field, value))
    errors += kind_checks() + structural_checks() + set_checks()
    per = {}
    for lab in LABELS:
        per.setdefault(lab["authority"], []).append(lab["file"])
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        if sorted(per.get(a, [])) != ["%s_%02d.eml" % (a, i) for i in range(1, 9)]:
            errors.append("%s: needs files _01.._08" % a)
    tot = {c: list(CATS.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}
    if tot != CAT_EXPECTED: errors.append("set: category totals %s, expected %s" % (tot, CAT_EXPECTED))
    kinds = {l["expect"]["kind"] for l in LABELS}
    if kinds != KINDS: errors.append("set: kinds present %s" % sorted(kinds))
    return errors, tot

def stats():
    from collections import Counter
    ex = [l["expect"] for l in LABELS]
    out = ["category %s" % dict(Counter(CATS.values())),
           "next_action %s" % dict(Counter(e["next_action"] for e in ex)),
           "kind %s" % dict(Counter(e["kind"] for e in ex)),
           "consent %s" % dict(Counter(str(e["consent"]) for e in ex)),
           "manager %s" % dict(Counter(str(e["manager_agreed"]) for e in ex))]
    for l in sorted(LABELS, key=lambda l: l["file"]):
        out.append("  %-28s %-9s %-13s %-17s %s" % (l["file"], CATS[l["file"]], l["expect"]["kind"],
                                                    l["expect"]["next_action"], l["now"]))
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
