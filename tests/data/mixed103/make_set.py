#!/usr/bin/env python3
"""mixed103: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the summer term of 2055 (Tuesday 20 April - Friday 16 July 2055; Monday 19 April is Easter Monday), in children
with serious illness and disability at home: medical equipment, hospices, palliative care, tube feeding, home
ventilation, oxygen, wheelchairs, carers' visits that fail, respite that falls through and parents at breaking point.

Deterministic: no clock, no randomness. Run with /work/main/.venv/bin/python make_set.py [--stats]. The MIME, Word
HTML, PDF, .docx, iCalendar, out-of-office and readable-text helpers are copied from
/work/main/tests/data/mixed27/make_set.py. Every label was set by hand from the specification; the self-checks only
verify them against its rules and STOP on any error before anything is written.
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
    """Local (Europe/London) wall-clock time; the whole window (20 April - 16 July 2055) is BST (+0100)."""
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
            zi = zipfile.ZipInfo(name, date_time=(2055, 4, 1, 0, 0, 0))
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



# ============================================================================= mixed103 mails
KFF = MAILBOXES[("knowsley", "early_help_duty")]; KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"; KDOM = "knowsley.gov.uk"
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]; RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]; THUB = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"
BMASH = MAILBOXES[("torbay", "mash_step_up")]; BEH = MAILBOXES[("torbay", "early_help_duty")]; BDOM = "torbay.gov.uk"
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]; HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HDOM = "herefordshire.gov.uk"
NHS = "nhs.net"


def knowsley_01():
    f = "knowsley_01.eml"; when = "2055-04-30 10:12:07"
    body = T("""
Dear MASH,

Please find attached a step-up request to Children's Social Care for Tyler-James Nolan (DOB 03/08/2047), EHM case ID EHM-61408.

Tyler-James has spinal muscular atrophy type 2. He is fed by gastrostomy, uses a powered wheelchair and needs hoisting for every transfer. Since February the TAF has recorded missed feeds, two pressure sores found by school, the hoist left unused with Tyler-James lifted by his 15-year-old cousin, and his evening medication not given on 9 of the last 20 nights (checked against the MAR chart). The Graded Care Profile 2 is attached and scores physical care and safety at level 4.

My team manager, Rosa Finnegan, discussed the step-up with me in supervision on 28/04 and agreed it.

Mum is aware of the step-up and of the meeting.

The step-up TAF meeting invitation is attached: Wednesday 12 May, 10:00-11:30, Teams. I have invited the current TAF members (school, community children's nursing, wheelchair service).

Attached:
- FF Step Up request to CSC - Nolan.docx
- GCP2 - Nolan.pdf
- TAF minutes 21.04.55 - Nolan.pdf

Kind regards
Bethan Cole
Family First Case Manager (Level 3) | Knowsley Council
0151 496 0382

""") + KDISC
    cal = ics("REQUEST", f, dt(when), "20550512T100000", "20550512T113000",
              "Step-up TAF meeting - Tyler-James Nolan - EHM-61408", "Microsoft Teams Meeting",
              "Step-up TAF meeting for Tyler-James Nolan (EHM-61408). Chair: MASH social worker. Minutes: MASH business support.",
              ("Bethan Cole", "bethan.cole@" + KDOM),
              [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH business support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    atts = [docx_att("FF Step Up request to CSC - Nolan.docx", appendix1([
                ("Child's name and DOB", "Tyler-James Nolan, 03/08/2047"),
                ("Case ID on EHM", "EHM-61408"),
                ("What are we worried about?", "Missed gastrostomy feeds and medication; pressure sores; unsafe manual lifting by a 15-year-old cousin."),
                ("What is working well?", "Tyler-James attends school every day; mum engages with the TAF when it meets at home."),
                ("What needs to happen?", "A Child and Family Assessment; a care package review; moving and handling plan."),
                ("Management oversight", "Discussed and agreed by Rosa Finnegan, Team Manager, 28/04/2055.")])),
            pdf_att("GCP2 - Nolan.pdf", "Graded Care Profile 2 - Tyler-James Nolan (EHM-61408)",
                    ["Area 1 Physical care: level 4 - feeds missed, skin care not maintained.",
                     "Area 2 Safety: level 4 - hoist not used; child lifted by a 15-year-old relative.",
                     "Area 3 Love: level 2.", "Area 4 Esteem: level 2.", "Completed by Bethan Cole, 23/04/2055."]),
            pdf_att("TAF minutes 21.04.55 - Nolan.pdf", "TAF meeting minutes - 21/04/2055 - Nolan",
                    ["Present: mum, school SENCo, community children's nurse, Bethan Cole (chair).",
                     "Feeds: the nurse's pump log shows 11 missed bolus feeds in March.",
                     "Actions: step-up to be discussed with TM; GCP2 to be completed."])]
    top = outlook_top(f, addr("Cole, Bethan", "bethan.cole@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Tyler-James Nolan - EHM-61408", when, cc=addr("MASH Business Support", KBS))
    add(f, itip_request_mail(f, top, body, cal, atts), "knowsley", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["EHM-61408"], [ch("Tyler-James Nolan", "2047-08-03", "03/08/2047")],
        ["disability_send", "neglect"], None, True, [], True, "book_meeting",
        "Complete Knowsley step-up for neglect of a disabled child (REQUIREMENTS knowsley step_up: step_up_form, case_id, "
        "manager_agreed, taf_minutes, meeting_details, gcp2 when neglect): form .docx, GCP2 .pdf, TAF minutes .pdf, "
        "EHM-61408, 'Rosa Finnegan ... agreed it', Teams invitation (iTIP REQUEST) for Wed 12 May 10:00. NOTICE ACROSS "
        "MAY DAY (Mon 3 May): from Fri 30 April, 4,5,6,7,10,11,12 May = 7 WD >= 5 -> ok -> book_meeting. 'Mum is aware' "
        "is not consent -> null. The 15-year-old cousin is not labelled (not a subject of the request).",
        meeting=date(2055, 5, 12), not_children=["Bethan Cole", "Rosa Finnegan"])


def knowsley_02():
    f = "knowsley_02.eml"; when = "2055-04-30 14:37:52"
    body = T("""
Hi Family First duty,

Step down to Family First at Level 3 please for Ruby Kavanagh, DOB 11/02/2051, ICS ID 3340912.

Joint home visit: Friday 7th May at 10am, at home (22 Ferncliffe Road, Kirkby, L32 7ZQ). That's a week today so hopefully enough notice.

Consent: mum (Danielle) has given her consent for Ruby to be referred to Family First - she signed at the CIN review on 27/04.

What are we worried about?
Ruby has Down syndrome and a repaired heart defect; she came off home oxygen in March. Mum has been very low since Ruby's last admission and finds the number of appointments overwhelming; two cardiology appointments were missed in the winter.

What is working well?
Mum now has a key worker at the Children's Complex Care team, attends her own GP for her mood, and Ruby's nursery attendance is 96%. Ruby's dad collects her twice a week.

What needs to happen?
A Family First case manager to coordinate appointments through a TAF, a shared health calendar, and a referral for a carer's assessment for mum.

Thanks
Sam Okoro
Social Worker | Child in Need Team (Kirkby) | Knowsley Council
0151 496 0671

""") + KDISC
    top = plain_top(f, addr("Okoro, Sam", "sam.okoro@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "Step down L3 - Ruby Kavanagh - ICS 3340912", when, KDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 3, ["3340912"], [ch("Ruby Kavanagh", "2051-02-11", "11/02/2051")],
        ["disability_send", "parental_mental_health"], True, None, [], False, "request_info",
        "Knowsley level 3 step-down (REQUIREMENTS: meeting_details, worries_strengths_next, consent; at least 5 WD before "
        "the final CIN meeting or joint home visit): all three Signs of Safety headings answered, consent signed, visit date/"
        "time/venue given. NOTICE, DECISIVE: sent Fri 30 April, visit Fri 7 May ('a week today', 5 plain weekdays) but "
        "Mon 3 May is the Early May bank holiday, so 4,5,6,7 May = 4 WD < 5 -> not ok -> request_info. 'ICS ID 3340912' "
        "-> bare number. Down syndrome -> disability_send; mum's low mood -> parental_mental_health.",
        meeting=date(2055, 5, 7), not_children=["Sam Okoro", "Danielle"])


def knowsley_03():
    f = "knowsley_03.eml"; when = "2055-05-11 16:48:30"
    body = T("""
Hi all

Just come out of the house. Leanne has told me she is stopping Dylan's feeds tonight. Her exact words were "he's suffered enough, I'm not putting anything else into him, I'm letting him go." She has unplugged the pump, cut the extension set and put the feed bottles in the outside bin.

Dylan is 9. He is NOT on an end of life plan and the palliative care consultant has not agreed any withdrawal of feeds or fluids - I rang Dr Adeyemi from the car and she confirmed that. Dylan has had nothing since 11am, no water either, and he can't take anything by mouth. Leanne also said she won't give his Keppra or his clobazam through the tube tonight. He had a cluster of seizures on Saturday.

Dad is working offshore till the 20th. Leanne wouldn't let me back in when I went to get my bag. She isn't answering her phone now.

I've tried the GP and left a message for Dr Adeyemi's secretary. I'm back at base at 17:15 if anyone needs me.

Jo Kearney
Community Children's Nurse | Knowsley Community Children's Nursing Team
07700 900 418

________________________________
From: Knowsley MASH <knowsleymash@knowsley.gov.uk>
Sent: 06 May 2055 09:14
To: Cole, Bethan <bethan.cole@knowsley.gov.uk>
Subject: [SB-knowsley-3307] Step up TAF - Dylan Hughes EHM-60877

Thank you - your step-up request has been received.

Reference: SB-knowsley-3307
Step-up TAF meeting: Wednesday 19 May 2055, 10:00, Microsoft Teams.

Please reply to this email, keeping the reference in the subject, to add anything.
""")
    top = plain_top(f, addr("KEARNEY, Joanne (KNOWSLEY COMMUNITY CHILDREN'S NURSING)", "joanne.kearney3@" + NHS),
                    addr("Knowsley MASH", KMASH), "RE: [SB-knowsley-3307] Step up TAF - Dylan Hughes EHM-60877",
                    when, NHS, "Microsoft Outlook 16.0", cc=addr("Cole, Bethan", "bethan.cole@" + KDOM))
    add(f, mail(f, top, body), "knowsley", "mash_step_up", when, 2,
        "urgent", "follow_up", True, None, ["EHM-60877"], [ch("Dylan Hughes")],
        ["disability_send", "neglect"], None, None, [], None, "alert_duty",
        "A MOTHER WHO SAYS SHE WILL STOP THE FEEDS TONIGHT ('he's suffered enough ... I'm letting him go'): a community "
        "children's nurse's reply to an existing step-up reference; a 9-year-old who cannot take anything by mouth has "
        "had nothing since 11am, the pump unplugged, anti-seizure medication to be withheld tonight, no end-of-life plan, "
        "mother not answering. No alarm word. DESIGN safety rule 1 -> urgent -> alert_duty. Reply to [SB-knowsley-3307] "
        "-> follow_up, missing [] and no notice for a follow_up. Seizures/tube-fed -> disability_send; withheld feeds -> neglect.",
        not_children=["Leanne", "Jo Kearney", "Bethan"])


def knowsley_04():
    f = "knowsley_04.eml"; when = "2055-05-25 11:05:44"
    blocks = [
        "Good morning,", "",
        "Please accept this Level 2 step-down to a partner agency for Harvey Doyle-Price. His final Child in Need meeting is arranged - details below.", "",
        ("table", [["Item", "Detail"],
                   ["Child", "Harvey Doyle-Price, DOB 19/06/2045"],
                   ["ICS ID", "3329180"],
                   ["Level", "Level 2 - school-led TAF"],
                   ["Final CIN meeting", "Wednesday 2 June 2055, 14:00, St Aidan's Catholic Primary School, meeting room 2"],
                   ["New Lead Practitioner", "Mrs Nadia Ferris, SENCo, St Aidan's Catholic Primary School"],
                   ["Consent", "Dad (Paul Doyle) consents to the level 2 step-down and to school leading the TAF"]]), "",
        ("h", "What are we worried about?"),
        "Harvey is autistic and uses a manual wheelchair after his hip surgery. His transport to school has broken down twice this term and his physio exercises are not done at home.", "",
        ("h", "What is working well?"),
        "Dad has kept every hospital appointment since January; Harvey's attendance is 98%; the wheelchair service has issued a lighter chair dad can fold into the car.", "",
        ("h", "What needs to happen?"),
        "School to lead a TAF with physio and transport; a home exercise timetable; dad's carer's assessment to be completed.", "",
        "Kind regards,", "Martina Gallagher", "Social Worker | Children in Need Team (Halewood) | Knowsley Council", "0151 496 0533", "",
        KDISC.strip()]
    top = outlook_top(f, addr("Gallagher, Martina", "martina.gallagher@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Level 2 step down - Harvey Doyle-Price - final CIN 02/06", when)
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 2, ["3329180"], [ch("Harvey Doyle-Price", "2045-06-19", "19/06/2045")],
        ["disability_send"], True, None, [], True, "book_meeting",
        "Word HTML with a table: complete Knowsley LEVEL 2 step-down (REQUIREMENTS: meeting_details, worries_strengths_next, "
        "lead_practitioner; at least 5 WD before the final CIN meeting): lead practitioner named with agency, all three "
        "headings answered, final CIN date/time/venue. NOTICE ACROSS THE SPRING BANK HOLIDAY: from Tue 25 May to Wed 2 June "
        "= 26,27,28 May, 1,2 June = exactly 5 WD (Mon 31 May excluded) -> ok -> book_meeting. Consent stated -> true.",
        meeting=date(2055, 6, 2), not_children=["Nadia Ferris", "Paul Doyle", "Martina Gallagher"])


def knowsley_05():
    f = "knowsley_05.eml"; when = "2055-06-08 09:31:15"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Georgia,serif;background:#f6f1ea">
<table width="640" align="center" style="background:#ffffff;padding:18px">
<tr><td><h1 style="color:#5b3f8c">Rainbow Meadow Children's Hospice - Summer Newsletter</h1>
<p><b>Thank you, Knowsley!</b> Our Midsummer Fun Run raised &pound;18,400 for family respite breaks.</p>
<h2>When it all feels too much</h2>
<p>Many parents tell us there are nights when they feel at breaking point: the alarms, the feeds, the hoisting, the
phone calls. Our family support team runs a monthly parents' evening with a hot meal and a listening ear. Nobody
in this article is a real family - the quotes are collected from our parents' forum, anonymised and shared with
permission.</p>
<h2>Our 24-hour advice line</h2>
<p>Our nurses answer the advice line day and night for families we support. In an emergency always dial 999.</p>
<h2>Training for professionals</h2>
<p>Places remain on our <i>Symptom management at home</i> study day (24 June) covering syringe drivers, oral
morphine dosing, safe storage of controlled drugs and what to do when a child at home is deteriorating.</p>
<h2>Sibling Saturdays</h2>
<p>Brothers and sisters aged 6-16 can join us for crafts, football and a chance to talk.</p>
<p style="font-size:9pt;color:#777">You are receiving this because your team signed up to our professionals' mailing list.
Rainbow Meadow Children's Hospice is a registered charity. Unsubscribe: reply with UNSUBSCRIBE.</p>
</td></tr></table></body></html>
""")
    text = ("Rainbow Meadow Children's Hospice - Summer Newsletter\n\n" + re.sub(r"\s+", " ", html_text(h)).strip() + "\n")
    top = plain_top(f, addr("Rainbow Meadow Children's Hospice", "news@rainbowmeadow-hospice.org.uk"),
                    addr("Family First 0-18 Duty Mailbox", KFF), "Summer newsletter: fun run, parents' evenings, study day",
                    when, "rainbowmeadow-hospice.org.uk", None,
                    extra=[("List-Id", "Professionals <professionals.rainbowmeadow-hospice.org.uk>"),
                           ("List-Unsubscribe", "<mailto:news@rainbowmeadow-hospice.org.uk?subject=UNSUBSCRIBE>"),
                           ("Precedence", "bulk")])
    add(f, alt_mail(f, top, text, h), "knowsley", "early_help_duty", when, 7,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A HOSPICE NEWSLETTER: 'breaking point', 'emergency', 'oral morphine', 'deteriorating' appear only as "
        "general articles; 'Nobody in this article is a real family'. DESIGN safety rule 1: bulletins that list examples "
        "must not trigger it. A newsletter (List-Id, no Auto-Submitted) -> other -> human_review.")


def knowsley_06():
    f = "knowsley_06.eml"; when = "2055-05-26 09:20:18"
    body = T("""
Morning,

Step up request for Alfie Mercer (DOB 30/10/2052), EHM-61952.

Alfie is 2 and has chronic lung disease of prematurity; he is on home oxygen 24 hours and overnight CPAP. Since January mum has cancelled or not been in for 7 of 9 home visits from the respiratory nurses, missed two clinic appointments at Alder Hey and declined the home ventilation review twice. The TAF has tried changing times, venues and using her sister as a go-between. She tells me she "hasn't got the head space" for it all.

Attached: the step up request form and the TAF minutes from 12/05. I haven't done the Engaging Families toolkit yet - will get that done this week.

I've sent the form to my TM for sign-off, she's chairing a panel all morning so I'll forward her agreement once I have it.

The step-up TAF meeting is Wednesday 2nd June at 10am at Huyton Family Hub - invite attached.

Cheers
Kieran Walsh
Family First Case Manager | Knowsley Council
0151 496 0145

""") + KDISC
    cal = ics("REQUEST", f, dt(when), "20550602T100000", "20550602T110000",
              "Step up TAF - Alfie Mercer EHM-61952", "Huyton Family Hub, meeting room 1", None,
              ("Kieran Walsh", "kieran.walsh@" + KDOM),
              [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH business support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    cal_att = binary_part("text/calendar", "invite.ics", cal.encode())
    atts = [docx_att("Step Up request form - Mercer.docx", appendix1([
                ("Child's name and DOB", "Alfie Mercer, 30/10/2052"), ("Case ID on EHM", "EHM-61952"),
                ("What are we worried about?", "Repeated missed and cancelled health appointments for a child on home oxygen and CPAP."),
                ("What is working well?", "Alfie is warm, well fed and attached to mum; his aunt helps most days."),
                ("What needs to happen?", "A Child and Family Assessment to understand the barriers to engagement.")])),
            pdf_att("TAF minutes 12.05.55 - Mercer.pdf", "TAF minutes 12/05/2055 - Alfie Mercer",
                    ["Mum did not attend; aunt attended.", "Respiratory nurse: 7 of 9 visits not completed.",
                     "Agreed: case manager to discuss step-up with TM."]),
            cal_att]
    top = outlook_top(f, addr("Walsh, Kieran", "kieran.walsh@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Alfie Mercer - EHM-61952", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, atts), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-61952"], [ch("Alfie Mercer", "2052-10-30", "30/10/2052")],
        ["disability_send", "non_engagement"], None, None, ["engaging_families", "manager_agreed"], False, "request_info",
        "Knowsley step-up for non-engagement with a child on home oxygen/CPAP: form and TAF minutes attached, but no Engaging "
        "Families toolkit ('haven't done ... yet') -> engaging_families missing (REQUIREMENTS: engaging_families when "
        "non_engagement); TM sign-off still to come -> manager_agreed null -> missing. NOTICE, DECISIVE: from Wed 26 May to "
        "Wed 2 June (invite.ics) = 27,28 May, 1,2 June = 4 WD (Spring Bank Holiday Mon 31 May excluded; 5 plain weekdays) "
        "-> not ok -> request_info. Chronic lung disease on oxygen/CPAP -> disability_send.",
        meeting=date(2055, 6, 2), not_children=["Kieran Walsh"])


def knowsley_07():
    f = "knowsley_07.eml"; when = "2055-06-04 07:52:40"
    agency = T("""
Dear Joanne,

Please accept our apologies. Due to staff sickness we were unable to cover the following calls for Poppy Walsh (DOB 12/08/2053):
- Thursday 3 June 19:00 (tube feed and meds)
- Thursday 3 June 22:00 (overnight feed set-up)
- Friday 4 June 07:00 (morning feed and meds)
We are trying to source cover for the lunchtime call. Our office opens at 9am.

Regards
Scheduling Team
CarePlus Homecare Ltd (Knowsley branch)
""")
    body = T("""
Duty - forwarding the agency's message below. Kelsey (mum) rang me at 7.30 in tears. Poppy is 22 months and fed through an NG tube; the agency carers do all her feeds because Kelsey has never been signed off to use the pump and is frightened of putting feed down the tube in case it goes into her lungs. So Poppy has had nothing at all since the 4pm feed yesterday - no milk, no water, no meds.

Kelsey says Poppy is floppy, very sleepy and hard to wake, and her nappy has been dry since last night. Kelsey has no credit on her phone (she rang me from a neighbour's). I'm stuck on the M62 at Warrington and can't get there before 9.30.

Poppy's address: 7 Lark Rise, Stockbridge Village, L28 3ZT. EHM-62115.

Joanne Tierney
Family First Case Manager | Knowsley Council
07700 900 733

-----Original Message-----
From: CarePlus Homecare Scheduling <scheduling.knowsley@careplus-homecare.co.uk>
Sent: 04 June 2055 06:58
To: Tierney, Joanne <joanne.tierney@knowsley.gov.uk>
Subject: Missed calls - Poppy Walsh

""") + agency
    top = plain_top(f, addr("Tierney, Joanne", "joanne.tierney@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "FW: Missed calls - Poppy Walsh", when, KDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 3,
        "urgent", "other", True, None, ["EHM-62115"], [ch("Poppy Walsh", "2053-08-12", "12/08/2053")],
        ["disability_send", "neglect"], None, None, [], None, "alert_duty",
        "A CARER AGENCY THAT FAILED TO TURN UP, FORWARDED: three missed calls; a 22-month-old fed only by NG tube by the "
        "agency has had no milk, water or medication since 4pm yesterday, is floppy, hard to wake, dry nappy; mum cannot use "
        "the pump and has no phone credit. No alarm word. DESIGN safety rule 1 -> urgent -> alert_duty. A forward with no "
        "step request -> other.", not_children=["Kelsey", "Joanne Tierney"])


def knowsley_08():
    f = "knowsley_08.eml"; when = "2055-06-17 13:30:02"
    body = T("""
Hi everyone,

Reminder that the Children's Complex Care Network is running "Home ventilation: an introduction for social care and Early Help staff" on Thursday 8 July, 9:30-12:30, at Kirkby Family Hub (joining details attached).

The morning covers tracheostomy and non-invasive ventilation at home, what the alarms mean, suction and spare-tube kits, and how carers and parents are trained and signed off.

Please read the case study in the flyer before you come. It is fictional and written for training: a father who has been drinking silences his son's ventilator alarms overnight, and a night carer is sent away. We will use it to talk about who you would ring and what you would ask - it is not about any family known to us.

Lunch is not provided. Please let me know by 1 July if you can come.

Thanks
Carys Mulholland
Workforce Development Officer | Knowsley Council

""") + KDISC
    atts = [pdf_att("Home ventilation course flyer.pdf", "Home ventilation: an introduction for social care staff",
                    ["Thursday 8 July 2055, 9:30-12:30, Kirkby Family Hub.",
                     "Case study (FICTIONAL - training only): 'Ben', 6, ventilated overnight via tracheostomy.",
                     "His father, who has been drinking, silences the alarms and sends the night carer away.",
                     "Discussion: who do you ring, what do you ask, what does the carer record?",
                     "Trainer: Children's Complex Care Network."])]
    top = outlook_top(f, addr("Mulholland, Carys", "carys.mulholland@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Training reminder: home ventilation for social care staff (8 July)", when)
    add(f, mail(f, top, body, atts), "knowsley", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - TRAINING ON HOME VENTILATION: the drunk father silencing alarms is a case study 'fictional and written "
        "for training ... not about any family known to us' (flyer: 'FICTIONAL - training only'; 'Ben' is invented). DESIGN "
        "safety rule 1: bulletins/training that list examples must not trigger it -> other -> human_review.",
        not_children=["Ben"])


# ----------------------------------------------------------------------------- RICHMOND & WANDSWORTH
def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2055-04-22 15:10:26"
    body = T("""
Dear Early Help Duty,

Further to my call with Jasper this afternoon, I am confirming by email the proposed step-down to Early Help for:

Zara Chaudhry, DOB 14/03/2048, Mosaic ID 2614457
Ayaan Chaudhry, DOB 14/03/2048, Mosaic ID 2614458

Zara has quadriplegic cerebral palsy and is PEG-fed; Ayaan, her twin, helps mum with her care most evenings and is often late to school. The Child and Family Assessment found no continuing need for statutory intervention. The latest case summary and the draft Early Help plan are attached.

Consent: I discussed Early Help with mum at my visit on 20/04. She has declined Early Help at this stage - she says she already has "a house full of professionals" and wants a break from services. Dad agrees with her. I will revisit this with her, but as things stand the family do not consent.

We agreed a case discussion for Tuesday 27 April at 11:00 (Teams).

Kind regards
Olamide Bankole
Social Worker | Children in Need, Wandsworth

""") + RDISC
    atts = [docx_att("Case summary - Chaudhry.docx", ["# Case summary - Zara and Ayaan Chaudhry",
                     "Referral: school, January 2055, Ayaan's lateness and tiredness.",
                     "Zara: quadriplegic cerebral palsy, PEG, equipment in place, continuing care package 3 nights.",
                     "Outcome of C&F assessment: needs can be met at Early Help with a young carers' offer."]),
            docx_att("Draft Early Help plan - Chaudhry.docx", ["# Draft Early Help plan",
                     "Young carers' assessment for Ayaan.", "Review of evening care hours for Zara.",
                     "School to monitor punctuality."])]
    top = outlook_top(f, addr("Bankole, Olamide", "olamide.bankole@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Chaudhry twins - case discussion Tues 27/04", when)
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 8,
        "ordinary", "step_down", False, None, ["2614457", "2614458"],
        [ch("Zara Chaudhry", "2048-03-14", "14/03/2048"), ch("Ayaan Chaudhry", "2048-03-14", "14/03/2048")],
        ["disability_send", "young_carer"], False, None, ["consent"], None, "request_info",
        "Richmond & Wandsworth step-down (REQUIREMENTS: case_summary, draft_plan, consent): summary and draft plan attached "
        "as .docx, but 'She has declined Early Help ... the family do not consent' -> consent false -> missing consent -> "
        "request_info. 'Mosaic ID 2614457' -> bare numbers. Cerebral palsy/PEG -> disability_send; Ayaan caring -> "
        "young_carer. No notice field for this authority.", not_children=["Olamide Bankole", "Jasper"])


def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2055-05-05 22:31:09"
    body = T("""
To whoever reads this inbox tonight,

I am the on-call coordinator for Nightingale Home Nursing. Our carer Grace Mensah arrived at 22:00 for the waking night shift for Theo Lindqvist (DOB 09/01/2049), who has a tracheostomy and is ventilated every night. He has a neuromuscular condition and cannot breathe adequately on his own when asleep.

Theo's dad Magnus answered the door. Grace says he smelt strongly of alcohol and was slurring. He told her to go home, that he would "do it himself tonight". Through the door Grace could see the ventilator in the lounge: the screen was flashing but there was no sound. Magnus told her: "that thing beeps all night, I've switched the alarms off, he's fine". Theo's pulse oximeter was not on him.

Grace left at 22:15 as she did not feel safe to stay. Mum (Ingrid) is on a night shift at St George's and her phone goes to voicemail. We have left messages. Address: Flat 3, 18 Baskerville Road, SW18 3ZW.

Our office number tonight is 020 7946 0874.

Patrice Delacroix
On-call Coordinator, Nightingale Home Nursing
""")
    top = plain_top(f, addr("Patrice Delacroix", "oncall@nightingale-homenursing.co.uk"), addr("MASH Step Up", RSU),
                    "Theo Lindqvist - night carer sent away", when, "nightingale-homenursing.co.uk", None)
    add(f, mail(f, top, body), "richmond_wandsworth", "mash_step_up", when, 4,
        "urgent", "other", True, None, [], [ch("Theo Lindqvist", "2049-01-09", "09/01/2049")],
        ["disability_send", "neglect", "substance_misuse"], None, None, [], None, "alert_duty",
        "A HOME-VENTILATED 6-YEAR-OLD WHOSE FATHER IS DRUNK AND HAS TURNED THE ALARMS OFF, at 22:31 (out of hours): the night "
        "carer was sent away, the alarms silenced, the oximeter off, mum unreachable on a night shift. No alarm word. DESIGN "
        "safety rule 1 -> urgent -> alert_duty (out-of-hours service). A carer agency's report with no step request -> other.",
        not_children=["Grace Mensah", "Magnus", "Ingrid", "Patrice Delacroix"])


def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2055-05-10 10:04:33"
    letter = ["Children and Young People's Continuing Care - decision",
              "Child: Isla Brennan, DOB 21/07/2050. NHS number 943 476 5919.",
              "The multidisciplinary panel on 6 May 2055 found Isla ELIGIBLE for children's continuing care.",
              "Needs: breathing - high risk of aspiration; nutrition - gastrostomy; seizures - rescue plan in place.",
              "Package: 4 waking nights a week from 24 May 2055, provided by the children's community nursing team.",
              "Parents have the respiratory deterioration plan: in an emergency call 999 and follow the plan.",
              "This is a planned package. No concerns about the care Isla receives at home have been raised.",
              "Review: November 2055."]
    body = T("""
Hi,

Adding the Continuing Care decision letter for Isla, as requested in your acknowledgement. Please note the "high risk of aspiration" wording is the panel's standard health-needs language - it is about her swallow, not about her care at home, which everyone agrees is excellent.

Kind regards
Tomasz Nowicki
Social Worker, Disabled Children's Team, Richmond
Mosaic ID 2609931

> From: Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>
> Sent: 07 May 2055 14:02
> Subject: [SB-richmond_wandsworth-4415] Step down - Isla Brennan
>
> Thank you - your step-down request has been received.
> Reference: SB-richmond_wandsworth-4415
> What is missing:
> - the draft plan for Early Help
""")
    top = outlook_top(f, addr("Nowicki, Tomasz", "tomasz.nowicki@" + RDOM), addr("Early Help Duty", RED),
                      "RE: [SB-richmond_wandsworth-4415] Step down - Isla Brennan", when)
    atts = [pdf_att("CCC decision letter - Isla Brennan.pdf", "NHS South West London - Continuing Care", letter)]
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "early_help_duty", when, 3,
        "near_miss", "follow_up", False, None, ["2609931"], [ch("Isla Brennan", "2050-07-21", "21/07/2050")],
        ["disability_send"], None, None, [], None, "attach_to_request",
        "NEAR MISS - A CONTINUING-CARE ASSESSMENT LETTER: 'high risk of aspiration', 'in an emergency call 999' are clinical "
        "plan wording; 'No concerns about the care Isla receives at home'. Not urgent. Reply to [SB-richmond_wandsworth-4415] "
        "adding a document -> follow_up -> attach_to_request; missing [] for a follow_up. The NHS number is not a case id; "
        "'Mosaic ID 2609931' -> bare number. Gastrostomy, seizures, Disabled Children's Team -> disability_send.",
        not_children=["Tomasz Nowicki"])


def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2055-05-24 09:31:50"
    blocks = [
        "Dear MASH colleagues,", "",
        "Following our reflective discussion on Friday, I am stepping up the Ambrose family to Children's Services. As Early Help Team Manager I have discussed this with Ife, the Early Help worker, and I agree the step-up.", "",
        ("table", [["Child", "DOB", "Mosaic ID"],
                   ["Leo Ambrose", "02/12/2046", "2620087"],
                   ["Mia Ambrose", "17/05/2052", "2620088"]]), "",
        ("h", "Latest case summary"),
        "Leo (8) has Duchenne muscular dystrophy and uses a powered wheelchair; Mia (3) attends nursery. Early Help has worked with the family since October for Leo's equipment and housing (the flat is not wheelchair accessible).", "",
        "Since March police have attended three times after arguments between mum and her partner, Mr Kyle Dean. On 15 May nursery saw a bruise on mum's face. Mum has told the Early Help worker that Mr Dean \"loses it\" when Leo's night-time turns wake him. Mr Dean does not live at the address but stays most nights.", "",
        "The rationale for the plan to step up is attached.", "",
        "Kind regards,", "Priti Salgado", "Early Help Team Manager (Wandsworth West)", "", RDISC.strip()]
    atts = [docx_att("Rationale for step up - Ambrose.docx", ["# Rationale for step up - Ambrose",
                     "Repeated domestic abuse incidents with two children in the home, one of whom is disabled and cannot move away from harm.",
                     "Mum's safety planning has not held; an assessment under Children's Services is needed."])]
    top = outlook_top(f, addr("Salgado, Priti", "priti.salgado@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Ambrose family", when)
    add(f, word_mail(f, top, blocks, atts), "richmond_wandsworth", "mash_step_up", when, 2,
        "ordinary", "step_up", False, None, ["2620087", "2620088"],
        [ch("Leo Ambrose", "2046-12-02", "02/12/2046"), ch("Mia Ambrose", "2052-05-17", "17/05/2052")],
        ["disability_send", "domestic_abuse"], None, True, [], None, "book_meeting",
        "Word HTML with a table: complete Richmond & Wandsworth step-up (REQUIREMENTS: case_summary, rationale): the latest "
        "case summary pasted under its own heading, rationale attached (.docx); the Early Help Team Manager writes 'I agree "
        "the step-up' -> manager_agreed true -> book_meeting (stepbot invites within 1 WD). Police call-outs, bruise -> "
        "domestic_abuse; Duchenne -> disability_send. Consent not mentioned -> null.",
        not_children=["Kyle Dean", "Priti Salgado", "Ife"])


def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2055-06-10 16:58:14"
    body = T("""
Hi MASH,

Please find attached the latest case summary and the rationale for stepping up the Okafor children (Mosaic IDs 2617705 and 2617706). I have discussed this with Amara and I agree the step-up.

Thanks,
Declan Forde
Early Help Team Manager (Richmond)

""") + RDISC
    summary = ["Children: Tobi Okafor, DOB 03/03/2051; Chidi Okafor, DOB 19/09/2042.",
               "Tobi has a tracheostomy after airway surgery and is on overnight oxygen; he has global developmental delay.",
               "Mum is the only adult trained in his trach care. Chidi (12) has been doing more and more of it.",
               "Chronology:",
               "12/05 - Tobi readmitted with a blocked tube; mum said Chidi had done the suction overnight.",
               "28/05 - School report Chidi asleep in lessons.",
               "10/06 16:40 - Call from Chidi (Amara took it): mum has gone to stay with grandma at King's College",
               "Hospital tonight and is not coming back until tomorrow afternoon. Chidi has been left on his own",
               "with Tobi overnight. Chidi said: 'Mum showed me the suction. If the tube comes out I put the spare",
               "one in.' There is no other adult in the house tonight. Mum's phone is going to voicemail.",
               "Amara has left two messages for mum."]
    atts = [pdf_att("Case summary - Okafor.pdf", "Early Help case summary - Okafor", summary),
            docx_att("Rationale - Okafor.docx", ["# Rationale for step up", "Tobi's complex health needs are being met by a 12-year-old sibling; mum has not engaged with respite offers."])]
    top = outlook_top(f, addr("Forde, Declan", "declan.forde@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Okafor - case summary and rationale", when)
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "mash_step_up", when, 5,
        "urgent", "step_up", True, None, ["2617705", "2617706"],
        [ch("Tobi Okafor", "2051-03-03", "03/03/2051"), ch("Chidi Okafor", "2042-09-19", "19/09/2042")],
        ["disability_send", "neglect", "young_carer"], None, True, [], None, "alert_duty",
        "A CHILD WITH A TRACHEOSTOMY LEFT WITH A 12-YEAR-OLD SIBLING OVERNIGHT - ONLY IN THE ATTACHMENT: a routine covering "
        "mail; the case summary PDF's last entry (16:40 today) says mum is away until tomorrow afternoon and Chidi (12) is "
        "alone with Tobi (4, trach, overnight oxygen), expected to change the tube himself. DESIGN safety rule 1 (every part "
        "read, attachments included) -> urgent -> alert_duty. Otherwise a complete step-up (summary + rationale) with the "
        "TM agreeing -> missing []. Children named only in the attachment.",
        names_only_in_attachments=True, not_children=["Amara", "Declan Forde"])


def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2055-06-16 11:20:45"
    body = T("""
Dear Early Help Duty,

As agreed with Jasper on the phone this morning, I'm confirming the step-down of Noah Fitzgerald (DOB 27/11/2045, Mosaic ID 2598814) and our case discussion on Monday 21 June at 14:00 at Wandsworth Town Hall, room 3.14.

Some history, because the chronology reads alarmingly: in February Noah's mum told the hospice nurse she was going to stop his feeds because "he's suffered enough". That was taken very seriously at the time - there was a strategy discussion the same day, the palliative care team met the family, and a 24-hour continuing care package started on 3 March. That crisis is over. Mum says she feels "like a different person" with proper help and sleep, and Noah's weight is the best it has been for two years. The section 47 enquiry concluded with no further action and the CIN plan has met its goals.

Noah is 9, has a progressive neurological condition, and is gastrostomy-fed. What remains is coordination: school transport, equipment reviews and planning for his move to secondary school.

Mum and dad both consent to Early Help continuing the plan, and would like the school's family support worker, Mrs Joy Adebayo, to be Lead Professional.

Latest case summary and the draft Early Help plan are attached.

Best wishes
Hannah Lowther
Social Worker, Disabled Children's Team (Wandsworth)

""") + RDISC
    atts = [docx_att("Case summary - Noah Fitzgerald.docx", ["# Latest case summary", "Continuing care package in place since 03/03/2055.", "s47 concluded NFA; CIN goals met."]),
            docx_att("Draft Early Help plan - Noah Fitzgerald.docx", ["# Draft Early Help plan", "Transport, equipment reviews, transition to secondary school."])]
    top = outlook_top(f, addr("Lowther, Hannah", "hannah.lowther@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Noah Fitzgerald - case discussion Mon 21/06 2pm", when)
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "early_help_duty", when, 6,
        "near_miss", "step_down", False, None, ["2598814"], [ch("Noah Fitzgerald", "2045-11-27", "27/11/2045")],
        ["disability_send"], True, None, [], None, "book_meeting",
        "NEAR MISS - A HISTORIC CRISIS RESOLVED WITH A CARE PACKAGE: the 'stop his feeds ... he's suffered enough' words are "
        "from February, dealt with the same day, a 24-hour package since 3 March, s47 NFA, 'That crisis is over'. DESIGN "
        "safety rule 1: historic and resolved risks must not trigger it. Complete Richmond & Wandsworth step-down (summary, "
        "draft plan, both parents consent) -> book_meeting. Only the current need (a disabled child's coordination) is a "
        "concern.", not_children=["Joy Adebayo", "Hannah Lowther", "Jasper"])


def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2055-06-25 21:14:37"
    text = T("""
hi is this social services?? i found this email on a letter in the kitchen

my mum gave my brother Sonny Pike extra of his morphine medicine at about 7 to "help him sleep". she said it was 3 of the big syringes not 1 like it says on the box. he has a tumour in his head and has the medicine for pain

now he wont wake up. i tried shaking him and saying his name. his breathing is really slow and like snoring and theres gaps. his lips look a bit blue

mum is asleep on the sofa and i cant wake her properly either she just says leave it jess. theres nobody else here

im jess pike im 14 and sonny is 7. we live at 41 Cedar Close SW18 4ZP

Sent from my iPhone
""")
    top = plain_top(f, addr("jess", "jessp14@icloud.example.com"), RED, "my brother", when,
                    "icloud.example.com", None)
    add(f, iphone_mail(f, top, text), "richmond_wandsworth", "early_help_duty", when, 1,
        "urgent", "other", True, None, [], [ch("Sonny Pike"), ch("Jess Pike", as_written="jess pike")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A MOTHER WHO GAVE EXTRA MORPHINE 'TO HELP HIM SLEEP' AND HE WON'T WAKE, told by his 14-year-old sister from her "
        "phone at 21:14: three syringes instead of one, slow gappy breathing, blue lips, mum herself not rousable, no other "
        "adult. No alarm word. DESIGN safety rule 1 -> urgent -> alert_duty. Both children named (Jess is 14) -> both "
        "labelled ('my brother Sonny Pike', 'im jess pike'). Not a step request -> other. Overdose given by a parent -> physical_harm.")


def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2055-05-25 09:12:05"
    data = itip_reply(f, when, "Ife Durojaiye", "ife.durojaiye@" + RDOM,
                      ("MASH Step Up", RSU), "ACCEPTED",
                      "Step-up case discussion - Ambrose - Mosaic ID 2620087 - [SB-richmond_wandsworth-4520]",
                      "20550526T100000", "20550526T110000", "Microsoft Teams")
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, ["2620087"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, from the Early Help worker for richmond_wandsworth_04's step-up case "
        "discussion (Wed 26 May 10:00, invited within 1 WD of Mon 24 May). DESIGN: meeting_reply -> record_reply. "
        "'Mosaic ID 2620087' in the SUMMARY -> bare number; only the surname appears, so no child is labelled.")


# ----------------------------------------------------------------------------- TOWER HAMLETS
def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2055-04-27 19:40:22"
    text = T("""
Hello,

I am cousin of Rahima Khatun, I write for her because she not speak English and she is not allow to use phone now.

Her baby Ayesha Rahman, born 12 September 2054, 7 month old. She need oxygen all the time from Royal London hospital and medicine in the tube in her nose.

Since yesterday the husband Jamal say no more oxygen, no more hospital medicine. He say hospital is poison her and only Allah decide. He turn off the oxygen machine and he take the tubes and the cylinder in his car.

I visit today 6 o clock and I see myself. Baby breathing very very fast, her chest going in, her lips going grey colour. She not taking milk. Rahima crying, she too much scared of him, he take her phone. He say if we call doctor he take the baby to Bangladesh.

Address 14 Jamuna House, Cannon Street Road, E1 2ZR. I am not in the flat now, he tell me go.

Please somebody go there tonight.

Shapla Begum
07700 900 561
""")
    top = plain_top(f, addr("Shapla Begum", "shapla.begum88@gmail.example.com"), addr(None, TMAST),
                    "please help baby Ayesha", when, "mail.gmail.example.com", None)
    add(f, mail(f, top, text, crlf=True), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Ayesha Rahman", "2054-09-12", "12 September 2054")],
        ["domestic_abuse", "neglect"], None, None, [], None, "alert_duty",
        "IN BROKEN ENGLISH, FROM A COUSIN, at 19:40: a 7-month-old on continuous oxygen whose father has switched off the "
        "concentrator and taken the tubes and cylinder; the baby is breathing fast with recession and grey lips, not feeding; "
        "the mother's phone taken and a threat to take the baby abroad if a doctor is called. No alarm word. DESIGN safety "
        "rule 1 -> urgent -> alert_duty. Not a step request -> other.",
        not_children=["Rahima Khatun", "Jamal", "Shapla Begum"])


def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2055-04-28 11:45:10"
    body = T("""
Hello,

The family of the child below asked us to send a copy of today's delivery note to "the early help people" because their housing officer wants proof of the equipment for their transfer application. I'm not sure this is the right address - please let me know if it should go elsewhere.

Regards
Dominika Wrobel
Customer Services, Eastside Home Oxygen Service

---------- Delivery note ----------
Patient: Mehreen Akhtar   DOB: 02/02/2052
Delivered 28/04/2055 09:10: 1 x oxygen concentrator, 2 x back-up cylinders, 1 x portable cylinder, tubing and cannulae.
Safety check completed with mum. Fire risk briefing given: no smoking, no candles or naked flames, no oil-based creams, keep cylinders upright and away from heat. Smoke alarms tested - working.
Signed: S Akhtar (mother)
-----------------------------------
""")
    top = plain_top(f, addr("Wrobel, Dominika", "customer.services@eastside-homeoxygen.co.uk"), addr(None, THUB),
                    "Delivery note - oxygen equipment - M Akhtar", when, "eastside-homeoxygen.co.uk", None)
    add(f, mail(f, top, body), "tower_hamlets", "early_help_duty", when, 9,
        "near_miss", "other", False, None, [], [ch("Mehreen Akhtar", "2052-02-02", "02/02/2052")],
        [], None, None, [], None, "human_review",
        "NEAR MISS - AN EQUIPMENT DELIVERY NOTE: 'Fire risk briefing', 'no smoking, no naked flames' are the standard oxygen "
        "safety check, completed with mum; smoke alarms working. No concern about any child. Sent by a person (no "
        "Auto-Submitted) asking where it should go -> other -> human_review.",
        not_children=["Dominika Wrobel", "S Akhtar"])


def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2055-05-10 14:22:41"
    body = T("""
Dear MAST,

Please find attached a Multi-Agency Request for Support to step up Safiya Islam (DOB 06/06/2049) and her brother Yusuf Islam (DOB 15/01/2053), Mosaic ID 2755031.

Safiya has a severe epilepsy syndrome and learning disability and is PEG-fed. Over the last six weeks her rescue medication has not been given on three occasions when school sent her home after seizures; her feed regime has been cut down by dad without advice and she has lost 1.8kg. Yusuf has missed nursery for most of May. Dad has refused the community nursing visits since 14 April.

My manager, Shamima Karim, is on leave until Thursday. I have sent her the form and will forward her agreement as soon as she has read it.

Regards
Lewis Oyelowo
Early Help Practitioner, Bethnal Green locality

""") + TDISC
    atts = [pdf_att("Multi-Agency Request for Support - Islam.pdf", "Multi-Agency Request for Support",
                    ["Children: Safiya Islam 06/06/2049; Yusuf Islam 15/01/2053.", "Mosaic ID 2755031.",
                     "Reason: missed rescue medication; unsupervised changes to PEG feed regime; weight loss.",
                     "Parental consent to this request: not sought - dad refuses contact with services.",
                     "Manager authorisation: [pending]"])]
    top = outlook_top(f, addr("Oyelowo, Lewis", "lewis.oyelowo@" + TDOM), addr("MAST", TMAST),
                      "Step up - Safiya and Yusuf Islam - Mosaic 2755031", when)
    add(f, mail(f, top, body, atts), "tower_hamlets", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["2755031"],
        [ch("Safiya Islam", "2049-06-06", "06/06/2049"), ch("Yusuf Islam", "2053-01-15", "15/01/2053")],
        ["disability_send", "neglect", "non_engagement"], None, None, ["manager_agreed"], None, "request_info",
        "MANAGER AGREEMENT PENDING: Tower Hamlets MAST step-up (REQUIREMENTS: request_for_support, manager_agreed): the "
        "Request for Support form is attached, but the manager is on leave and 'will forward her agreement' -> null -> "
        "manager_agreed missing -> request_info. Consent 'not sought' -> null (not a requirement here). Missed rescue "
        "medication and feed cut -> neglect; refusing nursing visits -> non_engagement; epilepsy/LD -> disability_send.",
        not_children=["Shamima Karim", "Lewis Oyelowo"])


def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2055-05-20 13:05:55"
    body = T("""
Dear MAST team,

I am a third-year children's nursing student on placement with a community nursing team. For my dissertation I'm looking at how safeguarding works for children on home ventilation, and I wondered if someone could answer a hypothetical question.

If a nurse visiting a ventilated child found that a parent had turned the ventilator alarms off, or seemed drunk, or a sibling had been left in charge overnight, would that come to you, or to the police, or to the out-of-hours team? And what information would you want from the nurse?

To be clear, this isn't about a real child - none of the families I have met on placement have had anything like this happen. I just want to get my flowchart right.

Many thanks,
Ella Featherstone
BSc Children's Nursing, City St George's

""")
    top = plain_top(f, addr("Ella Featherstone", "ella.featherstone@student.example.ac.uk"), addr("MAST", TMAST),
                    "Student question - safeguarding and home ventilation (hypothetical)", when,
                    "student.example.ac.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "tower_hamlets", "mash_step_up", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A HYPOTHETICAL: a student nurse asks what would happen if alarms were switched off, a parent drunk or a "
        "sibling left in charge; 'this isn't about a real child'. DESIGN safety rule 1: hypothetical risks must not trigger "
        "it -> other -> human_review.", not_children=["Ella Featherstone"])


def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2055-06-08 08:51:03"
    comment = ("Sorry, I can't come to the TAF. Mum rang me at 8.30 whispering from the bathroom. Imran came back at 3am, "
               "smashed Amira's suction machine and took her wheelchair and her feed pump away in his van. Amira (9) has "
               "had no suction since then - she is gurgling and choking on her secretions and mum can't clear them by hand. "
               "He is still in the flat and told mum he will 'finish it' if she rings anyone. I'm driving there now from "
               "Mile End. Lucy")
    data = itip_reply(f, when, "Lucy Amankwah", "lucy.amankwah@" + NHS,
                      ("Early Help Hub", THUB), "DECLINED",
                      "TAF meeting - Amira Chowdhury - Mosaic 2749920", "20550608T100000", "20550608T113000",
                      "Chrisp Street Health Centre", comment=comment)
    add(f, data, "tower_hamlets", "early_help_duty", when, 3,
        "urgent", "meeting_reply", True, None, ["2749920"], [ch("Amira Chowdhury")],
        ["disability_send", "domestic_abuse"], None, None, [], None, "alert_duty",
        "A DECLINED INVITATION'S COMMENT: the palliative care nurse declines the TAF because a father smashed a 9-year-old's "
        "suction machine at 3am and took her wheelchair and feed pump; she is choking on secretions now and he threatens to "
        "'finish it'. No alarm word. DESIGN safety rule 1 (a meeting reply's comment is read) -> urgent -> alert_duty. iTIP "
        "REPLY -> meeting_reply. 'Mosaic 2749920' -> bare number.", not_children=["Imran", "Lucy Amankwah"])


def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2055-06-16 10:40:19"
    blocks = [
        "Hi Early Help Hub,", "",
        "Step-down to a Team Around the Family for Rayan Miah. The Child and Family Assessment concluded on 11/06/2055 and I will chair the TAF on Tuesday 22 June at 10:00 at Poplar Children and Family Centre.", "",
        ("table", [["", ""],
                   ["Child", "Rayan Miah, DOB 24/10/2050"],
                   ["Mosaic ID", "2760418"],
                   ["Lead Practitioner", "Farzana Uddin, Family Support Worker, Poplar Children and Family Centre"],
                   ["Consent", "Mum and dad have consented to the step-down and to Farzana as Lead Practitioner (signed 14/06)"],
                   ["Attached", "Child and Family Assessment; TAF plan"]]), "",
        "Rayan has cerebral palsy and uses a wheelchair; the family's needs are now about housing adaptations, a nursery place with 1:1 support and dad's carer's assessment.", "",
        "Thanks,", "Sadia Chowdhury", "Social Worker, Children with Disabilities Team", "", TDISC.strip()]
    atts = [pdf_att("Child and Family Assessment - Miah.pdf", "Child and Family Assessment - Rayan Miah",
                    ["Concluded 11/06/2055.", "Outcome: step-down to Early Help (TAF) with a Lead Practitioner."]),
            docx_att("TAF plan - Miah.docx", ["# TAF plan - Rayan Miah", "Housing OT referral.", "Nursery 1:1 funding.", "Carer's assessment for dad."])]
    top = outlook_top(f, addr("Chowdhury, Sadia", "sadia.chowdhury@" + TDOM), addr("Early Help Hub", THUB),
                      "Step down to TAF - Rayan Miah - Mosaic 2760418", when)
    add(f, word_mail(f, top, blocks, atts), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["2760418"], [ch("Rayan Miah", "2050-10-24", "24/10/2050")],
        ["disability_send"], True, None, [], None, "book_meeting",
        "Word HTML with a table: complete Tower Hamlets step-down (REQUIREMENTS: assessment, draft_plan, consent, "
        "lead_practitioner): C&F Assessment .pdf, TAF plan .docx, consent signed, Lead Practitioner with agency. TAF on "
        "22 June is within 10 WD of the assessment's conclusion (11 June). -> book_meeting.",
        not_children=["Farzana Uddin", "Sadia Chowdhury"])


def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2055-06-29 15:15:27"
    body = T("""
Hello,

I'd like to step down Zain Hussain (DOB 08/08/2047, Mosaic ID 2741196) to Early Help. The Child and Family Assessment concluded last week and is attached with the draft TAF plan.

A word about mum, because the assessment is frank about it: she is exhausted. She told me "some weeks I'm running on empty" and she cried at the last visit. But she is very well supported - Hospice at Home three nights a week, a monthly respite weekend at the children's hospice, her sister lives upstairs, and she has started counselling through the hospice's parents' service. She has never hurt Zain and nobody has any worry about the care he gets; he is clean, settled and his seizures are the best controlled they have ever been.

Lead Practitioner: Hannah Price, Community Children's Nurse, Barts Health - she has agreed.

I haven't yet asked mum about Early Help - I'll go through the consent form with her at Thursday's visit.

Many thanks
Grace Oduya
Social Worker, Children with Disabilities Team

""") + TDISC
    atts = [pdf_att("CFA - Zain Hussain.pdf", "Child and Family Assessment - Zain Hussain",
                    ["Zain (7): complex epilepsy, learning disability, gastrostomy.", "Mum: carer fatigue, well supported.",
                     "Outcome: step-down to Early Help."]),
            docx_att("Draft TAF plan - Zain Hussain.docx", ["# Draft TAF plan", "Respite review.", "School transport.", "Carer's assessment."])]
    top = outlook_top(f, addr("Oduya, Grace", "grace.oduya@" + TDOM), addr("Early Help Hub", THUB),
                      "Step down - Zain Hussain", when)
    add(f, mail(f, top, body, atts), "tower_hamlets", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["2741196"], [ch("Zain Hussain", "2047-08-08", "08/08/2047")],
        ["disability_send"], None, None, ["consent"], None, "request_info",
        "NEAR MISS - A PARENT TIRED BUT WELL SUPPORTED: 'exhausted', 'running on empty', she cried - but Hospice at Home, "
        "respite, her sister upstairs, counselling; 'nobody has any worry about the care he gets'. Not urgent. Tower Hamlets "
        "step-down with assessment, draft plan and Lead Practitioner, but consent still to be asked ('I'll go through the "
        "consent form with her at Thursday's visit') -> null -> consent missing -> request_info.",
        not_children=["Hannah Price", "Grace Oduya"])


def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2055-07-12 08:02:47"
    body = T("""
Thank you for your email. I am on annual leave until Monday 19 July with no access to email.

For anything about the Early Help Hub, please contact earlyhelp.businesssupport@towerhamlets.gov.uk.

Farzana Uddin
Family Support Worker, Poplar Children and Family Centre
""")
    data = ooo(f, when, "Uddin, Farzana", "farzana.uddin@" + TDOM, addr("Early Help Hub", THUB),
               "[SB-tower_hamlets-2290] TAF minutes reminder", body)
    add(f, data, "tower_hamlets", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Out-of-office (Auto-Submitted: auto-replied) from a Lead Practitioner in reply to a stepbot reminder. DESIGN safety "
        "rule 2 and 'kind': auto_reply -> ignore.", not_children=["Farzana Uddin"])


# ----------------------------------------------------------------------------- TORBAY
def torbay_01():
    f = "torbay_01.eml"; when = "2055-04-21 10:20:36"
    body = T("""
Hi Early Help,

Please can I have a triage slot for a level 3 step-down for Evie Hambling, DOB 30/01/2052 (LCS-4471902). Evie is 3, so I think she will need to go to the under-5s triage.

Evie has a rare genetic condition with global developmental delay, is tube-fed overnight and is on the children's palliative care register (not end of life). The Single Assessment is attached; it includes my analysis and the rationale for stepping down, and my team manager Rhian Pascoe's analysis confirming the threshold for level 3 is met - she agreed it on 20/04.

Mum consented to level 3 Early Help on 15/04 and is keen to keep the TAF going with the hospice and nursery.

Thanks
Morwenna Tregear
Social Worker, Children with Disabilities Team, Torbay

""") + BDISC
    atts = [pdf_att("Single Assessment - Evie Hambling.pdf", "Single Assessment - Evie Hambling (LCS-4471902)",
                    ["Analysis: needs now met by a coordinated TAF; no statutory role.",
                     "Rationale for step-down: family engaged, hospice and nursery support in place.",
                     "Team Manager's analysis (R. Pascoe, 20/04/2055): threshold met for level 3 intervention. Agreed."])]
    top = outlook_top(f, addr("Tregear, Morwenna", "morwenna.tregear@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - step down L3 - Evie Hambling", when)
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["LCS-4471902"], [ch("Evie Hambling", "2052-01-30", "30/01/2052")],
        ["disability_send"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down (REQUIREMENTS: assessment, manager_agreed, consent): Single Assessment .pdf with the TM's "
        "threshold analysis ('Agreed'), consent 15/04 -> book_meeting. Evie is 3 -> the fortnightly under-5s triage. "
        "'level 3' stated.", not_children=["Rhian Pascoe", "Morwenna Tregear"])


def torbay_02():
    f = "torbay_02.eml"; when = "2055-04-22 23:06:11"
    text = T("""
Nobody came again tonight. The agency rang at 6 to say no carer. That's the fourth time this month.

I have done everything for Oscar for 11 years. Every feed, every seizure, every night. I can't do one more night.

I've set his overnight feed running and I've left the back door unlocked for whoever comes. I'm going down to the beach at Preston and I'm not coming back this time. I've written his meds down on the fridge.

Please don't let them put him in a home. His dad is Lee Tremayne 07700 900 212 but he won't answer he never does.

Oscar Tremayne, 4 Seaway Close, Paignton TQ3 2ZA

Karen
""")
    top = plain_top(f, addr("Karen Tremayne", "karentremayne@gmail.example.com"), addr(None, BEH), "Oscar", when,
                    "mail.gmail.example.com", None)
    add(f, mail(f, top, text), "torbay", "early_help_duty", when, 2,
        "urgent", "other", True, None, [], [ch("Oscar Tremayne")],
        ["disability_send", "parental_mental_health"], None, None, [], None, "alert_duty",
        "A PARENT AT BREAKING POINT AT 23:06 AFTER A CARER'S VISIT FAILED: the sole carer says she is going to the beach and "
        "'not coming back', leaving an 11-year-old with seizures on an overnight feed alone with the back door unlocked. No "
        "alarm word. DESIGN safety rule 1 -> urgent -> alert_duty (out of hours). Not a step request -> other.",
        not_children=["Lee Tremayne", "Karen"])


def torbay_03():
    f = "torbay_03.eml"; when = "2055-05-04 12:10:48"
    body = T("""
Dear Early Help team,

Just to let you know that respite is now booked and confirmed for Evie Hambling (DOB 30/01/2052, LCS-4471902): Monday 14 June to Wednesday 16 June at the hospice, with transport arranged.

You may see in our notes that at the February review mum said she had "hit a wall" and could not keep going with the night feeds. That was why respite was fast-tracked and a night-sitting service put in place in March. Mum says she is sleeping again and feels much more herself - there is nothing new to worry about, this is just the confirmation for your file.

Warm wishes
Tegan Rowe
Family Support Lead, Lighthouse Children's Hospice, Torquay

> [SB-torbay-5518] Your step-down request has been received.
""")
    top = plain_top(f, addr("Tegan Rowe", "tegan.rowe@lighthouse-hospice.org.uk"), addr("Early Help", BEH),
                    "RE: [SB-torbay-5518] Respite booking confirmed - Evie Hambling", when,
                    "lighthouse-hospice.org.uk", "Microsoft Outlook 16.0",
                    cc=addr("Tregear, Morwenna", "morwenna.tregear@" + BDOM))
    add(f, mail(f, top, body), "torbay", "early_help_duty", when, 10,
        "near_miss", "follow_up", False, None, ["LCS-4471902"], [ch("Evie Hambling", "2052-01-30", "30/01/2052")],
        [], None, None, [], None, "attach_to_request",
        "NEAR MISS - A RESPITE BOOKING CONFIRMED: mum's 'hit a wall' is February history, dealt with by fast-tracked respite "
        "and night sitting; 'nothing new to worry about'. Not urgent. Reply to [SB-torbay-5518] (torbay_01's request) -> "
        "follow_up -> attach_to_request; missing [] for a follow_up.", not_children=["Tegan Rowe"])


def torbay_04():
    f = "torbay_04.eml"; when = "2055-05-11 14:02:29"
    body = T("""
Dear MASH,

I'm the lead practitioner for Jacob Moyle, DOB 05/05/2043 (EHM-88214). Jacob is 12 and has Duchenne muscular dystrophy; he uses a powered chair and needs two people to hoist.

Since dad's new partner moved in, Jacob's care has deteriorated: school nurse found a grade 3 pressure sore last week, he has missed two wheelchair service appointments and his night splints have not been used for a month. Jacob told his TA that dad's partner "drops me on the bed" when she hoists him alone and that he is left in his chair until midnight.

Dad has consented to this contact to MASH.

I discussed this with my assistant team manager, Daniel Rowe. He has read it and does not agree that it meets level 4 - he thinks it should stay at level 3 with a revised plan and a moving and handling review. I remain worried, so I'm sending it for your view.

Regards
Kerensa Polglase
Early Help Lead Practitioner, Torbay Early Help (Paignton)

""") + BDISC
    top = outlook_top(f, addr("Polglase, Kerensa", "kerensa.polglase@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Jacob Moyle EHM-88214", when)
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, ["EHM-88214"], [ch("Jacob Moyle", "2043-05-05", "05/05/2043")],
        ["disability_send", "neglect", "physical_harm"], True, False, ["manager_agreed"], None, "request_info",
        "MANAGER AGREEMENT REFUSED: Torbay step-up (REQUIREMENTS: consent, manager_agreed): 'Dad has consented' -> true; the "
        "ATM 'does not agree that it meets level 4' -> manager_agreed false -> missing -> request_info. Pressure sore, missed "
        "appointments -> neglect; 'drops me on the bed' -> physical_harm; Duchenne -> disability_send. Concerning but not "
        "immediate -> not urgent.", not_children=["Daniel Rowe", "Kerensa Polglase"])


def torbay_05():
    f = "torbay_05.eml"; when = "2055-05-20 16:35:57"
    body = T("""
Hi Early Help,

Requesting a triage slot for a level 3 step-down for Noah Sellick, DOB 14/02/2051, LCS-4480077. Noah is 4 so under-5s triage please.

Noah has chronic lung disease and cerebral palsy and is on home oxygen. The Single Assessment with my analysis is attached; my TM Rhian Pascoe recorded her analysis on 18/05 confirming the threshold for level 3 is met. Mum consented to level 3 Early Help at the CIN review on 17/05.

Thanks
Jory Penhaligon
Social Worker, Safeguarding and Supporting Families Team

P.S. Just off the phone (16:20) with the Hospice at Home nurse. When she arrived at 2pm she found Noah's nasal cannula taped over with a plaster so no oxygen was reaching him, and the concentrator hissing into the room. His sats were 81%. Dad had been drinking cans since lunchtime and said "it shuts him up". She took the plaster off and his sats came back up, but she had to leave at 4. Mum is in Exeter with her mum until tomorrow. Dad is on his own with Noah tonight. Obviously please hold the triage slot - I'm going to speak to my TM now.

""") + BDISC
    atts = [pdf_att("Single Assessment - Noah Sellick.pdf", "Single Assessment - Noah Sellick (LCS-4480077)",
                    ["Analysis and rationale for step-down to level 3.",
                     "Team Manager's analysis (R. Pascoe, 18/05/2055): threshold met for level 3. Agreed."])]
    top = outlook_top(f, addr("Penhaligon, Jory", "jory.penhaligon@" + BDOM), addr("Early Help", BEH),
                      "Step down L3 - Noah Sellick - triage slot", when)
    add(f, mail(f, top, body, atts), "torbay", "early_help_duty", when, 3,
        "urgent", "step_down", True, 3, ["LCS-4480077"], [ch("Noah Sellick", "2051-02-14", "14/02/2051")],
        ["disability_send", "physical_harm", "substance_misuse"], True, True, [], None, "alert_duty",
        "THE HARM IS IN A P.S.: an otherwise complete Torbay step-down (Single Assessment with the TM's analysis, consent, "
        "level 3) whose P.S. says a 4-year-old's oxygen cannula was taped over by his drinking father ('it shuts him up'), "
        "sats 81%, and the father is alone with him tonight. No alarm word. DESIGN safety rule 1 -> urgent -> alert_duty.",
        not_children=["Rhian Pascoe", "Jory Penhaligon"])


def torbay_06():
    f = "torbay_06.eml"; when = "2055-06-07 10:30:12"
    body = T("""
Hello, I was told to email this address about help with getting Maddie to school. Please see the letter below from wheelchair services. She can't use her own chair till it's fixed and the loan one doesn't fit in my car. Is there any help with transport for a few weeks?

Thanks, Carly Hext (Maddie's mum)

---------- Forwarded message ---------
From: Wheelchair Service <wheelchair.service@torbay-community-health.example.nhs.uk>
Date: Fri, 4 Jun 2055 at 15:12
Subject: Your child's wheelchair - Maddie Hext

Dear Ms Hext,

Re: Maddie Hext, DOB 09/09/2046

At Maddie's review on 2 June our engineer found a fault in the tilt-in-space mechanism of her chair. Please do not use the tilt function until it is repaired, as there is a risk of injury if the seat drops suddenly. The chair has been taken for repair (about 3 weeks) and a loan chair has been provided today, set up and checked with you. There are no concerns about how Maddie's chair has been used or looked after - this is a manufacturing fault affecting several chairs of this model.

Yours sincerely
Wheelchair Service
""")
    top = plain_top(f, addr("Carly Hext", "carlyhext@outlook.example.com"), addr(None, BEH),
                    "Fwd: Your child's wheelchair - Maddie Hext", when, "outlook.example.com", None)
    add(f, mail(f, top, body), "torbay", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [], [ch("Maddie Hext", "2046-09-09", "09/09/2046")],
        ["disability_send"], None, None, [], None, "human_review",
        "NEAR MISS - A WHEELCHAIR SERVICES LETTER: 'do not use', 'risk of injury' describe a manufacturing fault, already "
        "handled (chair taken for repair, loan chair checked); 'no concerns about how Maddie's chair has been used'. A "
        "parent's request for transport help, not a step -> other -> human_review.", not_children=["Carly Hext"])


def torbay_07():
    f = "torbay_07.eml"; when = "2055-06-23 18:12:40"
    text = T("""
Lily-Mae Ford (3, trach + night vent, complex needs/disabled) left w mum's new bloke till tmrw, mum gone to Plymouth. He's had NO trach training, told me he "won't be doing none of that suction" & he's had a drink. Spare trach kit not in the house. I had to leave at 6. Mum not picking up. 22 Berry Head Rd Brixham. Sue (CCN)

Sent from my iPhone
""")
    top = plain_top(f, addr("Sue Hocking", "susan.hocking@" + NHS), addr(None, BMASH), "Lily-Mae Ford", when,
                    NHS, None)
    add(f, iphone_mail(f, top, text), "torbay", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Lily-Mae Ford")],
        ["disability_send", "neglect", "substance_misuse"], None, None, [], None, "alert_duty",
        "A MOBILE ONE-LINER FROM A COMMUNITY CHILDREN'S NURSE at 18:12: a 3-year-old with a tracheostomy and night "
        "ventilation left overnight with an untrained man who refuses suction and has been drinking; no spare trach kit; mum "
        "away and not answering. No alarm word. DESIGN safety rule 1 -> urgent -> alert_duty. Not a step -> other.",
        not_children=["Sue"])


def torbay_08():
    f = "torbay_08.eml"; when = "2055-07-09 11:48:03"
    body = T("""
Hi,

Could I have a triage slot for a level 3 step-down for Harley Vosper, DOB 21/12/2048, LCS-4492260, please.

Harley is 6, autistic and non-verbal, and PEG-fed since last year. The concerns about his weight that brought us in are resolved - the dietitian and the community nurses are happy - and what's left is support for dad with routines and school transport.

My TM Rhian Pascoe agreed the step-down in supervision yesterday. The Single Assessment is with her for sign-off - I'll upload it to LCS and send it to you next week.

Consent: I've explained Early Help to dad and he said he'd think about it over the weekend and let me know Monday.

Thanks
Jory Penhaligon
Social Worker, Safeguarding and Supporting Families Team

""") + BDISC
    top = plain_top(f, addr("Penhaligon, Jory", "jory.penhaligon@" + BDOM), addr("Early Help", BEH),
                    "Triage slot - L3 step down - Harley Vosper", when, BDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "torbay", "early_help_duty", when, 7,
        "ordinary", "step_down", False, 3, ["LCS-4492260"], [ch("Harley Vosper", "2048-12-21", "21/12/2048")],
        ["disability_send"], None, True, ["assessment", "consent"], None, "request_info",
        "CONSENT UNCLEAR, DOCUMENT MISSING: Torbay step-down; TM 'agreed the step-down in supervision' -> true; Single "
        "Assessment not attached ('I'll upload it ... next week') -> assessment missing; dad 'said he'd think about it' -> "
        "consent null -> missing -> request_info. 'level 3' stated.", not_children=["Rhian Pascoe", "Jory Penhaligon"])


# ----------------------------------------------------------------------------- HEREFORDSHIRE
def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2055-04-20 09:40:51"
    body = T("""
Good morning,

Please find attached the Early Help Assessment step-down plan (level 3) for the Price children, as a sibling group:

Alys Price - DOB 04/04/2050 - Mosaic 1184550
Gethin Price - DOB 18/10/2044 - Mosaic 1184551

Alys has cerebral palsy and epilepsy and is gastrostomy-fed; Gethin (10) helps with her care at weekends and the plan includes a young carers' referral for him. The assessment decision was made on 13/04.

Mum and dad have given written consent - the signed consent form is attached.

Key person: Claire Baskerville, Home-School Support Worker, Leominster Primary School, who has agreed to lead.

Thanks,
Rhodri Parry
Social Worker, Children with Disabilities Team, Herefordshire Council

""") + HDISC
    atts = [pdf_att("Written consent - Price family.pdf", "Consent to Early Help - Price family",
                    ["We agree to our children Alys and Gethin being stepped down to Early Help.",
                     "Signed: Ffion Price, Owen Price. Date: 15/04/2055."]),
            docx_att("EHA step-down plan - Price.docx", ["# Early Help Assessment step-down plan - level 3",
                     "What needs to happen: respite review for Alys; young carers' referral for Gethin.",
                     "By whom: key person Claire Baskerville with the hospice and school nurse.",
                     "Timescale: reviewed at the MAG meetings."])]
    top = outlook_top(f, addr("Parry, Rhodri", "rhodri.parry@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down plan - Price siblings (level 3)", when)
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["1184550", "1184551"],
        [ch("Alys Price", "2050-04-04", "04/04/2050"), ch("Gethin Price", "2044-10-18", "18/10/2044")],
        ["disability_send", "young_carer"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down (REQUIREMENTS: consent_form, draft_plan, lead_practitioner): signed "
        "consent .pdf, plan .docx, key person named with agency -> book_meeting. Sent the day after Easter Monday, within two "
        "weeks of the 13/04 decision. 'Mosaic 1184550' -> bare numbers. 'level 3' stated.",
        not_children=["Claire Baskerville", "Ffion Price", "Owen Price", "Rhodri Parry"])


def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2055-05-10 14:30:17"
    body = T("""
Hello,

Attached are the step-down plan and the signed consent form for Beatrice (Bea) Morgan, DOB 11/11/2049, Mosaic 1190247.

So nobody is alarmed by the chronology: in January there was a morphine dosing error. Mum gave 5ml instead of 0.5ml of oral morphine at bedtime after the pharmacy changed the strength of the bottle; Bea was very drowsy, mum rang 999 herself, and Bea was observed overnight at Hereford County Hospital and home the next day. It was fully looked at under section 47 - an honest mistake, no further action. Since then the palliative care team supply pre-filled oral syringes and mum keeps a dosing chart, and there have been no further incidents.

Bea has a life-limiting neurological condition and is cared for at home with hospice support. The plan is about coordinating health appointments and short breaks.

Key person: still to be agreed - mum wants to think about whether it should be the hospice family support worker or the school nurse. I'll let you know.

Thanks
Nia Bevan
Social Worker, Children with Disabilities Team

""") + HDISC
    atts = [pdf_att("Signed consent - Morgan.pdf", "Consent to Early Help", ["I agree to Early Help support for Beatrice Morgan.", "Signed: Sarah Morgan, 06/05/2055."]),
            docx_att("EHA step-down plan - Morgan.docx", ["# Early Help Assessment step-down plan", "Health appointment coordination.", "Short breaks review."])]
    top = outlook_top(f, addr("Bevan, Nia", "nia.bevan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Bea Morgan - Mosaic 1190247", when)
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 8,
        "near_miss", "step_down", False, None, ["1190247"], [ch("Beatrice Morgan", "2049-11-11", "11/11/2049")],
        ["disability_send"], True, None, ["lead_practitioner"], None, "request_info",
        "NEAR MISS - A HISTORIC MORPHINE DOSING ERROR, INVESTIGATED AND RESOLVED: January, mum rang 999 herself, s47 NFA, "
        "pre-filled syringes since, 'no further incidents'. DESIGN safety rule 1: historic/resolved -> not urgent. "
        "Herefordshire step-down with consent form and plan but the key person 'still to be agreed' -> lead_practitioner "
        "missing -> request_info. No level written -> null.", not_children=["Sarah Morgan", "Nia Bevan"])


def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2055-05-27 10:15:38"
    body = T("""
Dear MASH,

I would like to step up Kai Jenkins, DOB 07/03/2046, Mosaic ID 1195572, from Early Help to Children's Social Care.

Kai is 9, autistic with epilepsy. Over the last two months his anti-epileptic medication has repeatedly run out because repeat prescriptions are not collected; he had a prolonged seizure at school on 19 May after two days without it. Mum is struggling with her own health and the TAF plan has not changed things.

Mum has consented to this request. My manager, Yasmin Deverell, has agreed the step-up.

Kind regards
Bronwen Hughes
Early Help Practitioner, Herefordshire Council

""") + HDISC
    top = outlook_top(f, addr("Hughes, Bronwen", "bronwen.hughes@" + HDOM), addr("MASH", HMASH),
                      "Step up request - Kai Jenkins", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["1195572"], [ch("Kai Jenkins", "2046-03-07", "07/03/2046")],
        ["disability_send", "neglect"], True, True, [], None, "human_review",
        "Herefordshire STEP-UP: REQUIREMENTS says 'step_up is not defined by this seed' -> a kind the authority's protocol "
        "does not cover -> human_review, missing []. Consent and manager stated -> true. Medication running out -> neglect; "
        "autism/epilepsy -> disability_send. Not immediate (the seizure was on 19 May) -> not urgent.",
        not_children=["Yasmin Deverell", "Bronwen Hughes"])


def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2055-06-11 16:05:26"
    blocks = ["Hello,", "",
              "Please see the attached handover note about Evie Pugh and let me know who should have it - the co-ordinator we usually deal with is off today.", "",
              "Thanks,", "Rachel Whitmore", "Family Support Worker | Acorn Lodge Children's Hospice", "01432 496 0712"]
    hand = make_docx(["# Acorn Lodge - shift handover note - Friday 11 June 2055",
                      "Child: Evie Pugh, DOB 02/06/2047. Life-limiting neurological condition, complex disability. Planned respite stay.",
                      "09:40 - Two tonic-clonic seizures, buccal midazolam given at 09:52. Settled.",
                      "15:20 - Dad (Craig Pugh) arrived unannounced. Staff smelt alcohol; speech slurred.",
                      "15:30 - Dad took Evie from her bedroom to his car. We asked him to wait for the doctor; he refused.",
                      "He left without her seizure rescue medication, her suction machine or her overnight feed.",
                      "Dad said: 'we're going where nobody can find us, I'm not letting you lot watch her die.'",
                      "15:35 - Car left towards the A49 south. Mum (Donna) rung x3, no answer.",
                      "15:45 - Handover written by R. Whitmore."])
    atts = [binary_part(DOCX, "Handover note 11.06.55.docx", hand)]
    top = outlook_top(f, addr("Whitmore, Rachel", "rachel.whitmore@acornlodge-hospice.org.uk"),
                      addr("Early Help Co-ordinators", HEH), "Handover note - Evie Pugh", when,
                      mid_domain="acornlodge-hospice.org.uk")
    add(f, word_mail(f, top, blocks, atts), "herefordshire", "early_help_duty", when, 4,
        "urgent", "other", True, None, [], [ch("Evie Pugh", "2047-06-02", "02/06/2047")],
        ["disability_send", "substance_misuse"], None, None, [], None, "alert_duty",
        "THE HARM IS ONLY IN THE ATTACHED HOSPICE HANDOVER NOTE (.docx): a father smelling of alcohol took an 8-year-old with "
        "a life-limiting condition, who had two seizures this morning, from the hospice without her rescue medication, "
        "suction or feed, 'we're going where nobody can find us'; mum not answering. No alarm word. DESIGN safety rule 1 "
        "(attachments read) -> urgent -> alert_duty. Covering note only -> other.",
        not_children=["Craig Pugh", "Donna", "Rachel Whitmore"])


def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2055-06-21 09:05:44"
    body = T("""
MEDICINES SAFETY BULLETIN - June 2055
Herefordshire and Worcestershire Integrated Care Board

1. Oral morphine: two strengths, one name
Oral morphine solution comes as 10mg in 5ml and 100mg in 5ml. Mix-ups cause serious harm. Example scenario (illustrative, not a real patient): a parent is given a new bottle at a different strength, measures the usual volume, and later finds the child drowsy and hard to rouse. If a child is hard to rouse after a dose, call 999.
Action for prescribers: prescribe in mg AND ml; avoid the concentrated strength for children at home.

2. Enteral feeding: ENFit connectors
Reminder that all new extension sets are ENFit. Families should be shown the change at their next nurse visit.

3. Home oxygen and smoking
Please keep reminding families about fire safety with home oxygen.

This bulletin goes to all health and social care teams in the county. It does not concern any individual family.
""")
    top = plain_top(f, addr("ICB Medicines Optimisation", "medicines.optimisation@hw-icb.example.nhs.uk"),
                    addr(None, HEH), "Medicines Safety Bulletin - June 2055", when, "hw-icb.example.nhs.uk", None,
                    extra=[("List-Id", "Medicines safety <medsafety.hw-icb.example.nhs.uk>")])
    add(f, mail(f, top, body), "herefordshire", "early_help_duty", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A MEDICINES SAFETY BULLETIN: the child 'drowsy and hard to rouse' after oral morphine is an 'illustrative, "
        "not a real patient' scenario; 'It does not concern any individual family'. DESIGN safety rule 1: bulletins that "
        "list examples must not trigger it -> other -> human_review.")


def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2055-06-23 12:20:09"
    body = T("""
Hi both,

Mum has decided: the key person for Beatrice Morgan will be Sian Watkins, Family Support Worker at Acorn Lodge Children's Hospice. Sian has agreed.

Thanks for your patience.

Nia

Nia Bevan
Social Worker, Children with Disabilities Team

-----Original Message-----
From: Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>
Sent: 10 May 2055 14:36
To: Bevan, Nia <nia.bevan@herefordshire.gov.uk>
Subject: [SB-herefordshire-7741] Step down - Bea Morgan - Mosaic 1190247

Thank you - your step-down request has been received.
Reference: SB-herefordshire-7741
What is missing:
- the details of the key person agreed with the family to lead on this step-down
""") + HDISC
    top = plain_top(f, addr("Bevan, Nia", "nia.bevan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "RE: [SB-herefordshire-7741] Step down - Bea Morgan - Mosaic 1190247", when, HDOM,
                    "Microsoft Outlook 16.0", cc=addr("Lang, Verity", "verity.lang@" + HDOM))
    add(f, mail(f, top, body), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "follow_up", False, None, ["1190247"], [ch("Beatrice Morgan")],
        [], None, None, [], None, "attach_to_request",
        "Reply to [SB-herefordshire-7741] (herefordshire_02's request) giving the key person (name and agency). DESIGN: "
        "follow_up -> attach_to_request; missing [] for a follow_up. 'Mosaic 1190247' -> bare number.",
        not_children=["Sian Watkins", "Nia Bevan"])


def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2055-07-02 17:20:35"
    body = T("""
Forwarding the messages below. I'm leaving the office now and I've rung Shelley twice with no answer. Please can someone pick this up tonight.

Owain Pritchard
Social Worker, Children with Disabilities Team

________________________________
From: Shelley Bowen <shelleybowen79@yahoo.example.com>
Sent: 02 July 2055 16:51
To: Pritchard, Owain <owain.pritchard@herefordshire.gov.uk>
Subject: Re: Short break this weekend - Jayden

Then I can't do it. I haven't slept in 5 nights. Jayden's been screaming since 4am and banging his head on the wall and I've got nothing left. If nobody takes him tonight I'll put the pillow over his face and then take the rest of my tablets. I mean it this time. Nobody listens until something happens.

________________________________
From: Pritchard, Owain <owain.pritchard@herefordshire.gov.uk>
Sent: 02 July 2055 16:20
To: Shelley Bowen <shelleybowen79@yahoo.example.com>
Subject: Short break this weekend - Jayden

Hi Shelley, I'm really sorry - Hillside House have just told me they have a staffing gap and have had to cancel Jayden's short break this weekend (Fri-Sun). I'm trying to find another placement and will ring you Monday.

Owain
""") + HDISC
    top = outlook_top(f, addr("Pritchard, Owain", "owain.pritchard@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "FW: Short break this weekend - Jayden Bowen (DOB 30/03/2043)", when)
    add(f, mail(f, top, body), "herefordshire", "early_help_duty", when, 3,
        "urgent", "other", True, None, [], [ch("Jayden Bowen", "2043-03-30", "30/03/2043")],
        ["disability_send", "parental_mental_health"], None, None, [], None, "alert_duty",
        "RESPITE THAT FELL THROUGH, A PARENT AT BREAKING POINT, IN A FORWARDED CHAIN: the mother's reply says 'If nobody takes "
        "him tonight I'll put the pillow over his face and then take the rest of my tablets. I mean it this time'; the "
        "social worker cannot reach her and is leaving. No alarm word. DESIGN safety rule 1 (forwarded history read) -> "
        "urgent -> alert_duty. Full name and DOB in the forward's subject.",
        not_children=["Shelley Bowen", "Owain Pritchard"])


def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2055-07-15 10:10:22"
    body = T("""
Hi Verity,

Just wanted to say thank you for everything this year. I know I've been a mess on the phone sometimes. Some nights I still think I can't go on like this - but please don't worry, I'm not going to do anything silly. I've got the hospice nurse every Tuesday, my sister stays at weekends, the GP has me on tablets that are helping, and Riley's respite week at Acorn Lodge is booked for August.

Riley Davies is doing brilliantly - his new chair is amazing and he's been out on the school trip. I'm tired but we're OK.

Take care
Jo Davies (Riley's mum)

Sent from my iPhone
""")
    top = plain_top(f, addr("Jo Davies", "jodavies.riley@gmail.example.com"), addr("Lang, Verity", "verity.lang@" + HDOM),
                    "Thank you", when, "mail.gmail.example.com", None, cc=addr(None, HEH))
    add(f, iphone_mail(f, top, body), "herefordshire", "early_help_duty", when, 2,
        "near_miss", "other", False, None, [], [ch("Riley Davies")],
        ["parental_mental_health"], None, None, [], None, "human_review",
        "NEAR MISS - A PARENT TIRED BUT WELL SUPPORTED: 'Some nights I still think I can't go on' is negated at once ('I'm "
        "not going to do anything silly') and surrounded by support (hospice nurse, sister, GP treatment, respite booked); "
        "'we're OK'. Not urgent. A thank-you to the co-ordinator (mailbox in Cc) -> other -> human_review. "
        " GP tablets for her mood -> parental_mental_health.",
        not_children=["Jo Davies", "Verity"])


# ============================================================================= calendar, checks, output
WINDOW_START, WINDOW_END = date(2055, 4, 20), date(2055, 7, 16)
# England & Wales bank holidays 2055, computed here (Easter Sunday 18 April 2055) and compared with `holidays`
BANK_HOLIDAYS = {date(2055, 1, 1): "New Year's Day", date(2055, 4, 16): "Good Friday", date(2055, 4, 19): "Easter Monday",
                 date(2055, 5, 3): "Early May bank holiday", date(2055, 5, 31): "Spring bank holiday",
                 date(2055, 8, 30): "Summer bank holiday", date(2055, 12, 27): "Christmas Day (substitute)",
                 date(2055, 12, 28): "Boxing Day (substitute)"}

def easter(y):
    a = y % 19; b = y // 100; c = y % 100; d = b // 4; e = b % 4; f = (b + 8) // 25; g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30; i = c // 4; k = c % 4; l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451; month = (h + l - 7 * m + 114) // 31; day = (h + l - 7 * m + 114) % 31 + 1
    return date(y, month, day)

def is_wd(d):
    return d.weekday() < 5 and d not in BANK_HOLIDAYS

def working_days(today, meeting):
    n, d = 0, today
    while d < meeting:
        d += timedelta(days=1)
        n += is_wd(d)
    return n

def weekdays(today, meeting):
    return sum(1 for i in range(1, (meeting - today).days + 1) if (today + timedelta(days=i)).weekday() < 5)

ALARM = re.compile(r"urgent|immediate|emergency|at risk|risk of harm|danger|\basap\b", re.I)
CONTRACT_CONCERNS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
                     "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation",
                     "school_attendance", "young_carer", "disability_send"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}

def pack_requirements():
    import yaml
    out = {}
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        y = yaml.safe_load(open("/work/main/config/authorities/%s.yaml" % a))
        for k, v in (y.get("kinds") or {}).items():
            if v.get("defined") is False:
                continue
            out[(a, k)] = {r["id"] for r in (v.get("requirements") or [])}
    return out

def parse_dob(w):
    for fmt in ("%d/%m/%Y", "%d %B %Y"):
        try:
            return datetime.strptime(w, fmt).date()
        except ValueError:
            pass
    raise ValueError(w)

def expected_next(e, authority):
    if e["urgent"]:
        return "alert_duty"
    if e["kind"] == "auto_reply":
        return "ignore"
    if e["kind"] == "meeting_reply":
        return "record_reply"
    if e["kind"] == "follow_up":
        return "attach_to_request"
    if e["kind"] == "other" or (authority, e["kind"]) not in REQS:
        return "human_review"
    if e["missing"] or e["notice_ok"] is False:
        return "request_info"
    return "book_meeting"

def check():
    errs = []
    import holidays
    ph = holidays.country_holidays("GB", subdiv="ENG", years=[2055])
    pkg = {d for d in ph if d.weekday() < 5}          # Christmas and Boxing Day 2055 fall at the weekend
    if pkg != set(BANK_HOLIDAYS):
        errs.append("bank holidays differ from the holidays package: %s" % sorted(pkg ^ set(BANK_HOLIDAYS)))
    if easter(2055) != date(2055, 4, 18):
        errs.append("Easter")
    if date(2055, 4, 19) not in BANK_HOLIDAYS or WINDOW_START.weekday() != 1 or WINDOW_END.weekday() != 4:
        errs.append("window: 19 April 2055 is Easter Monday, so the term starts Tue 20 April; ends Fri 16 July")
    for d in (WINDOW_START + timedelta(days=i) for i in range((WINDOW_END - WINDOW_START).days + 1)):
        if datetime(d.year, d.month, d.day, 12, tzinfo=LON).utcoffset() != timedelta(hours=1):
            errs.append("not BST: %s" % d)
    cats = {"urgent": 0, "near_miss": 0, "ordinary": 0}
    for lab in LABELS:
        f = lab["file"]; e = lab["expect"]; a = lab["authority"]; m = META[f]
        msg = email.message_from_bytes(FILES[f], policy=email.policy.default)
        for part in msg.walk():
            if part.defects:
                errs.append("%s: defects %s" % (f, part.defects))
            if not part.is_multipart():
                part.get_content()
        for h in ("Message-ID", "Date", "From", "To", "Subject"):
            if not msg[h]:
                errs.append("%s: no %s" % (f, h))
        sent = email.utils.parsedate_to_datetime(str(msg["Date"]))
        now = datetime.fromisoformat(lab["now"])
        ld = sent.astimezone(LON)
        if sent.utcoffset() != ld.utcoffset() or sent.utcoffset() != timedelta(hours=1):
            errs.append("%s: Date offset" % f)
        if not (WINDOW_START <= ld.date() <= WINDOW_END) or not is_wd(ld.date()):
            errs.append("%s: Date %s not a working day in the window" % (f, ld))
        if not (timedelta(minutes=1) <= now - sent <= timedelta(minutes=10)) or now.utcoffset() != sent.utcoffset():
            errs.append("%s: now" % f)
        rcpt = (str(msg["To"] or "") + " " + str(msg["Cc"] or "")).lower()
        if MAILBOXES[(a, lab["mailbox"])].lower() not in rcpt:
            errs.append("%s: mailbox address not in To/Cc" % f)
        if ("Auto-Submitted" in msg) != (e["kind"] == "auto_reply"):
            errs.append("%s: Auto-Submitted vs kind" % f)
        text = readable(msg)
        low = text.lower()
        cats[CATS[f]] += 1
        if (CATS[f] == "urgent") != e["urgent"]:
            errs.append("%s: category vs urgent" % f)
        if e["urgent"] and ALARM.search(text):
            errs.append("%s: urgent mail contains an alarm word: %r" % (f, ALARM.search(text).group(0)))
        if e["kind"] not in KINDS or e["next_action"] != expected_next(e, a):
            errs.append("%s: next_action %s != %s" % (f, e["next_action"], expected_next(e, a)))
        if e["concerns"] != sorted(set(e["concerns"])) or not set(e["concerns"]) <= CONTRACT_CONCERNS:
            errs.append("%s: concerns" % f)
        if e["missing"] != sorted(set(e["missing"])):
            errs.append("%s: missing not sorted" % f)
        req = REQS.get((a, e["kind"]))
        if e["kind"] in ("step_up", "step_down") and req is not None:
            if not set(e["missing"]) <= req:
                errs.append("%s: missing ids %s not in %s's %s requirements" % (f, e["missing"], a, e["kind"]))
            for fact, val in (("consent", e["consent"]), ("manager_agreed", e["manager_agreed"])):
                if fact in req and a != "knowsley" and (fact in e["missing"]) != (val is not True):
                    errs.append("%s: %s vs missing" % (f, fact))
        elif e["missing"]:
            errs.append("%s: missing for a kind without requirements" % f)
        if e["level"] is not None and (e["kind"] != "step_down" or e["level"] not in (2, 3)):
            errs.append("%s: level" % f)
        if a == "knowsley" and e["kind"] in ("step_up", "step_down"):
            wd = working_days(now.astimezone(LON).date(), m["meeting"])
            if (wd >= 5) != e["notice_ok"] or not is_wd(m["meeting"]):
                errs.append("%s: notice %d WD vs %s" % (f, wd, e["notice_ok"]))
        elif e["notice_ok"] is not None:
            errs.append("%s: notice_ok should be null" % f)
        for cid in e["case_ids"]:
            if cid not in text:
                errs.append("%s: case id %s not in text" % (f, cid))
        for c in m["children"]:
            span = c["_as"] or c["name"]
            if span.lower() not in low:
                errs.append("%s: child %s not in text" % (f, span))
            if m["attachment_only"] and span.lower() in body_text(msg).lower():
                errs.append("%s: child %s should be only in the attachment" % (f, span))
            if c["dob"]:
                if c["_w"] not in text or parse_dob(c["_w"]).isoformat() != c["dob"]:
                    errs.append("%s: dob %s" % (f, c["_w"]))
                dob = parse_dob(c["_w"]); nd = now.date()
                age = nd.year - dob.year - ((nd.month, nd.day) < (dob.month, dob.day))
                if not (0 <= age < 18):
                    errs.append("%s: %s is %d" % (f, c["name"], age))
        for p in m["not_children"]:
            if p.lower() not in low:
                errs.append("%s: not-child %s absent from text" % (f, p))
            if p in [c["name"] for c in m["children"]]:
                errs.append("%s: %s labelled" % (f, p))
    if cats != {"urgent": 12, "near_miss": 12, "ordinary": 16}:
        errs.append("categories %s" % cats)
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        n = sorted(l["file"] for l in LABELS if l["authority"] == a)
        if n != ["%s_%02d.eml" % (a, i) for i in range(1, 9)]:
            errs.append("files for %s: %s" % (a, n))
    if {l["expect"]["kind"] for l in LABELS} != KINDS:
        errs.append("not every kind present")
    return errs


def knowsley_table():
    rows = []
    for lab in LABELS:
        m = META[lab["file"]]
        if lab["authority"] == "knowsley" and m["meeting"]:
            today = datetime.fromisoformat(lab["now"]).astimezone(LON).date()
            rows.append((lab["file"], today, m["meeting"], working_days(today, m["meeting"]),
                         weekdays(today, m["meeting"]), lab["expect"]["notice_ok"]))
    return rows


def main():
    for name in sorted(k for k in globals() if re.fullmatch(r"(knowsley|richmond_wandsworth|tower_hamlets|torbay|herefordshire)_\d\d", k)):
        globals()[name]()
    LABELS.sort(key=lambda l: l["file"])
    errs = check()
    if errs:
        print("\n".join(errs)); sys.exit(1)
    for f, data in FILES.items():
        open(os.path.join(HERE, f), "wb").write(data)
    with open(os.path.join(HERE, "labels.json"), "w") as fh:
        json.dump(LABELS, fh, indent=2, ensure_ascii=False); fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w") as fh:
        json.dump(dict(sorted(CATS.items())), fh, indent=2); fh.write("\n")
    if "--stats" in sys.argv:
        import collections
        print(collections.Counter(CATS.values()))
        print(collections.Counter((l["expect"]["kind"], l["expect"]["next_action"]) for l in LABELS))
        for r in knowsley_table():
            print("%s now %s meeting %s: %d WD (%d weekdays) ok=%s" % r)
    print("wrote %d files" % len(FILES))


REQS = pack_requirements()
if __name__ == "__main__":
    main()
