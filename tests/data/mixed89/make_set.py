#!/usr/bin/env python3
"""mixed89: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the summer term of 2036 (Monday 21 April - Friday 18 July 2036, BST throughout), in unaccompanied
asylum-seeking children, refugee families and agencies abroad.

Run with /work/main/.venv/bin/python make_set.py [--stats]. Deterministic (no clock, no randomness). It builds every
*.eml, labels.json and categories.json, and STOPS before writing anything if a self-check fails: dates are weekdays
in the window and not bank holidays (the `holidays` package is required and compared with the script's own list),
`now` is 1-10 minutes after the Date with the same +0100 offset, the Knowsley notice counts equal the README table,
every `missing` id exists in the authority's YAML pack, every mail parses with Python's `email` package without
defects, urgent mails carry none of the brief's forbidden words, and the labels obey DESIGN/REQUIREMENTS rules.

The MIME, Word HTML, PDF, .docx, iCalendar, out-of-office, quote and check helpers are copied from
/work/main/tests/data/mixed27/make_set.py and adapted. Every label was set by hand from the specification.
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
    """Local (Europe/London) wall-clock time; the whole window (21 April - 18 July 2036) is BST (+0100)."""
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
            zi = zipfile.ZipInfo(name, date_time=(2036, 4, 1, 0, 0, 0))
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



# ============================================================================= the set: mixed89
# Unaccompanied asylum-seeking children, refugee families and agencies abroad; summer term 2036 (BST, +0100).
ALARM_BRIEF = re.compile(r"(?i)\b(urgent|urgently|immediate|immediately|emergency|at risk|risk of harm|danger\w*|asap)\b")

def phone_mail(f, top, text):
    """A phone client's single base64 text/plain part with LF line ends."""
    return build(top, text_part(text, cte="base64"), False)

# ----------------------------------------------------------------------------- KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2036-04-30 10:12:07"
    body = T("""
Hi MASH,

Please find attached the step up request for the Hamidi family (EHM-61827). This is the Teams invitation for the step up TAF meeting, which I've sent to the MASH inbox and MASH Business Support as the protocol asks.

Date of step up TAF meeting: Wednesday 7th May 2036, 10:00-11:30, on Teams (I'll be at Kirkby Family Hub with the family and a Dari interpreter - male interpreter requested by Mr Hamidi).

Children:
Zahra Hamidi - DOB 09/03/2029
Omid Hamidi - DOB 21/11/2032

The family arrived through the Afghan resettlement route and moved from the bridging hotel to a dispersal house in Kirkby in January. Since then the concerns have grown: the house has no beds for the children (they sleep on blankets), there is very little food in the cupboards at my visits, Omid has been coming to school hungry and in the same clothes all week, and Dad's PTSD means he stays in bed most days. The GCP2 I completed with the family on 22/04/2036 scores at level 4 for nutrition and housing.

My team manager, Rosalind Keane, has discussed the step up with me in supervision and agreed it. Attached: FF Step Up request to CSC form, GCP2, and the minutes of the last TAF (15/04/2036).

Thanks,
Tomasz Wierzbicki
Family First Case Manager (Level 3) | Kirkby | Knowsley Council
0151 496 0733
""") + KDISC
    start, end = "20360507T100000", "20360507T113000"
    cal = ics("REQUEST", f, dt(when), start, end, "Step up TAF meeting - Hamidi - EHM-61827",
              "Microsoft Teams Meeting / Kirkby Family Hub", "Step up TAF meeting for the Hamidi family (EHM-61827).",
              ("Tomasz Wierzbicki", "tomasz.wierzbicki@" + KDOM),
              [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH business support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    atts = [docx_att("FF Step Up request to CSC - Hamidi.docx", appendix1([
                ("Case ID on EHM:", "EHM-61827"), ("Children:", "Zahra Hamidi 09/03/2029; Omid Hamidi 21/11/2032"),
                ("What are we worried about?", "Neglect of basic care: no beds, little food, Omid hungry at school; Dad's untreated PTSD."),
                ("What is working well?", "Mum attends every TAF; Zahra's attendance is good; the family trust the school."),
                ("What needs to happen?", "C&F assessment; housing and furniture grants; GP and trauma service for Dad."),
                ("Team Manager agreement:", "Discussed and agreed - Rosalind Keane, 28/04/2036"),
                ("Recent TAF meeting minutes attached:", "Yes (15/04/2036)")])),
            pdf_att("GCP2 - Hamidi - April 2036.pdf", "Graded Care Profile 2 (GCP2) - Hamidi",
                    ["Completed 22/04/2036 with Mr and Mrs Hamidi (Dari interpreter).",
                     "Area 1 Physical care - nutrition: grade 4. Housing: grade 4. Clothing: grade 3.",
                     "Area 2 Safety: grade 2. Area 3 Love and care: grade 2. Area 4 Stimulation: grade 3.",
                     "Summary: physical care needs are not being met; see step up form."]),
            docx_att("TAF minutes 15.04.2036 - Hamidi.docx", ["# TAF meeting minutes - Hamidi family",
                    "Date: 15/04/2036. Present: Mrs Hamidi, Tomasz Wierzbicki (FF), St Chad's Primary, health visitor.",
                    "Actions: furniture grant application; GP appointment for Dad; food bank referral."])]
    top = outlook_top(f, addr("Wierzbicki, Tomasz", "tomasz.wierzbicki@" + KDOM),
                      addr("Knowsley MASH", KMASH) + ", " + addr("MASH business support", KBS),
                      "Step up TAF meeting - Hamidi - EHM-61827", when,
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    add(f, itip_request_mail(f, top, body, cal, atts), "knowsley", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["EHM-61827"],
        [ch("Zahra Hamidi", "2029-03-09", "09/03/2029"), ch("Omid Hamidi", "2032-11-21", "21/11/2032")],
        ["neglect", "parental_mental_health"], None, True, [], False, "request_info",
        "Complete Knowsley step-up sent as the Teams invitation (iTIP REQUEST) with the Appendix 1 form, the GCP2 "
        "(required because the concerns include neglect) and TAF minutes; TM 'discussed ... and agreed it' -> "
        "manager true; consent not mentioned -> null. NOTICE ACROSS THE EARLY MAY BANK HOLIDAY, DECISIVE: from Wed 30 "
        "April the meeting on Wed 7 May is 5 plain weekdays but Mon 5 May is May Day, so 4 working days < 5 "
        "(REQUIREMENTS, Knowsley step_up: at least 5 WD) -> notice not ok -> request_info.",
        meeting=date(2036, 5, 7), not_children=["Rosalind Keane", "Tomasz Wierzbicki"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2036-05-20 14:05:33"
    body = T("""
Dear Family First duty,

Step down to Level 2 - Haddad family - ICS: 2087741

Children: Lana Haddad (12.08.2027) and Karim Haddad (30.01.2031)

The family came to Knowsley under the UK Resettlement Scheme in 2034. The C&F assessment and CIN plan followed Dad's fall at work; things have settled and we are ready to step down to Level 2.

Final CIN meeting: Tuesday 27th May at 2pm, Huyton Family Hub, Room 3 (Arabic interpreter booked).

New Lead Practitioner: Mrs Amina Rahal, Family Support Worker, St Aidan's Catholic Primary School - she has agreed to take on the EHAT and the TAF.

What are we worried about? Karim's attendance dipped to 88% this half term; Dad's back injury means Mum carries the household and is tired.
What is working well? Both parents attend every meeting; Lana is doing very well at secondary; the family use the mosque's youth club and food project.
What needs to happen? A school-led TAF to keep attendance up; Dad to keep his physio; a benefits check with the school's welfare officer.

Both parents consented to the step down at the CIN review on 13/05/2036.

Kind regards
Bethan Lloyd-Jones
Social Worker, CIN Team (Huyton)
0151 496 0281
""") + KDISC
    top = plain_top(f, addr("Lloyd-Jones, Bethan", "bethan.lloyd-jones@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "Step down L2 - Haddad - final CIN 27/05", when, KDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 2, ["2087741"],
        [ch("Lana Haddad", "2027-08-12", "12.08.2027"), ch("Karim Haddad", "2031-01-30", "30.01.2031")],
        ["school_attendance"], True, None, [], False, "request_info",
        "Knowsley level 2 step-down with all level 2 requirements (final CIN meeting date/time/venue, the three Signs "
        "of Safety headings, the new Lead Practitioner named with her agency). 'ICS: 2087741' -> the bare number. "
        "Consent stated as given -> true. NOTICE ACROSS THE SPRING BANK HOLIDAY, DECISIVE: from Tue 20 May the "
        "meeting on Tue 27 May is 5 plain weekdays but Mon 26 May is the Spring Bank Holiday, so 4 working days < 5 "
        "-> notice not ok -> request_info. Attendance 88% -> school_attendance.",
        meeting=date(2036, 5, 27), not_children=["Amina Rahal", "Bethan Lloyd-Jones"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2036-06-12 11:30:49"
    body = T("""
Hi all,

I'd like to step the Gebremariam family down to Family First (Level 3).

Feven Gebremariam, DOB 03/05/2030
Yonas Gebremariam, DOB 17/10/2033
ICS-2091356

Mum (Tigrinya speaker) and the children were granted refugee status in February after two years in asylum accommodation in Prescot. The CIN plan was about Mum's isolation and low mood after the journey; she now sees her GP and goes to a women's group.

Joint home visit: Friday 20 June at 11am, 4 Larch Close, Prescot, L34 9ZQ (Tigrinya interpreter booked for 10.45).

What are we worried about - Mum's low mood comes back when letters from the Home Office arrive; she has no family here.
What is working well - the women's group, the children's school, and Feven's friendship group at the mosque youth club.
What needs to happen - a Family First case manager to support the move-on from asylum support and keep the TAF going.

Consent: I explained Family First with the interpreter at my visit last week and Mum seemed positive, but I'm honestly not sure she understood what she was agreeing to, so I'm going through the consent form with her and the interpreter again on Tuesday before anything is signed.

Thanks
Ruth Abernethy
Social Worker | Prescot & Whiston CIN Team
""") + KDISC
    top = plain_top(f, addr("Abernethy, Ruth", "ruth.abernethy@" + KDOM), addr(None, KFF),
                    "Step down - Gebremariam - joint visit Fri 20/06", when, KDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 2,
        "ordinary", "step_down", False, 3, ["ICS-2091356"],
        [ch("Feven Gebremariam", "2030-05-03", "03/05/2030"), ch("Yonas Gebremariam", "2033-10-17", "17/10/2033")],
        ["parental_mental_health"], None, None, ["consent"], True, "request_info",
        "Knowsley level 3 step-down; CONSENT UNCLEAR: Mum 'seemed positive' but the worker is not sure she understood "
        "and will go through the form on Tuesday -> consent null (not stated as given) -> 'consent' missing. Joint "
        "home visit with date, time and venue; three headings answered. Notice: Thu 12 June -> Fri 20 June = 6 WD "
        "(ok). Joined prefix 'ICS-2091356' kept whole.",
        meeting=date(2036, 6, 20), not_children=["Ruth Abernethy"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2036-05-01 09:18:02"
    add(f, itip_reply(f, when, "Nadia Osei", "nadia.osei@merseyrefugeesupport.example",
                      ("Tomasz Wierzbicki", "tomasz.wierzbicki@" + KDOM), "ACCEPTED",
                      "Step up TAF meeting - Hamidi - EHM-61827", "20360507T100000", "20360507T113000",
                      "Microsoft Teams Meeting / Kirkby Family Hub",
                      comment="I will come to the hub in person. Mr Hamidi has asked again for a male Dari interpreter if at all possible."),
        "knowsley", "mash_step_up", when, 5, "ordinary", "meeting_reply", False, None, ["EHM-61827"], [], [],
        None, None, [], None, "record_reply",
        "Outlook iTIP REPLY ACCEPTED from a refugee charity caseworker to the Hamidi step-up TAF (knowsley_01), with "
        "a COMMENT about the interpreter; case id from the SUMMARY; no requirements for a meeting reply.")
    # To: add the MASH inbox so the mailbox is addressed
    FILES[f] = FILES[f].replace(b"To: Tomasz Wierzbicki <tomasz.wierzbicki@knowsley.gov.uk>",
                                b"To: Tomasz Wierzbicki <tomasz.wierzbicki@knowsley.gov.uk>\r\nCc: Knowsley MASH <knowsleymash@knowsley.gov.uk>", 1)

def knowsley_05():
    f = "knowsley_05.eml"; when = "2036-04-22 08:47:15"
    body = T("""
Good morning,

I am the duty manager at the Kingsway Court Hotel, Huyton. We are used by the accommodation provider for asylum seekers.

Last night at about 23:30 the provider's transport brought a girl to us from Manchester Airport with the Tesfay family. The name on the booking sheet is HIWET ALEM, date of birth 14/06/2021. She has no phone and very little English.

This morning the Tesfay family came to reception to say she is not with them, they only met her on the plane and she was crying in the night saying she knows nobody in England.

At 06:10 a man came to the front desk, said he was her uncle and asked for her by name. Our night porter let her go with him. We do not have his name or a number. On the CCTV he puts her in a grey Toyota with two other men and drives towards the M57. Nobody has seen her since.

I have rung the provider's helpline and left a message but nobody has called back. I do not know if I should call the police myself or if you do it. I have kept the CCTV and the booking sheet.

Derek Hollins
Duty Manager, Kingsway Court Hotel
0151 496 0820
""")
    top = plain_top(f, addr("Derek Hollins", "dutymanager@kingswaycourt.example"), addr(None, KMASH),
                    "girl from room 208 gone with man this morning", when, "kingswaycourt.example", None)
    add(f, mail(f, top, body), "knowsley", "mash_step_up", when, 4,
        "urgent", "other", True, None, [], [ch("Hiwet Alem", "2021-06-14", "14/06/2021", as_written="HIWET ALEM")],
        ["exploitation", "missing"], None, None, [], None, "alert_duty",
        "URGENT (DESIGN safety rule 1): a 14-year-old who arrived alone last night was taken from the asylum hotel at "
        "06:10 by an unknown 'uncle' with two other men; nobody knows where she is. Told plainly by a hotel manager "
        "with no alarm words. Name in capitals normalised; the DOB given on the booking sheet is labelled. Not a step "
        "request -> other.",
        not_children=["Derek Hollins"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2036-06-19 16:20:41"
    ack = ack_text("step-up", "[SB-knowsley-318]", ["Family: Rahimi (EHM-63302)", "Step up TAF meeting: Wednesday 2 July 2036 10:00"], [])
    body = T("""
Adding to this one.

I saw Ahmad at the hotel this afternoon with the Pashto interpreter (telephone). The interpreter's words for what he said:

"The men who paid for the lorry say I owe them six thousand pounds. Tonight at ten o'clock they come with the car to the back of the hotel and take me to work in a house with plants. If I do not go they will hurt my mother in Jalalabad. My uncle says I must go."

He showed me the messages on his phone - a voice note and a photo of the hotel's back gate taken today. His uncle (the adult on the step up) was not in the room and wasn't answering. Ahmad is in room 14 at the Kingsway Court Hotel. I've had to leave for another visit and I finish at 5.

Ahmad Rahimi, DOB 02/09/2020.

Lucy Fairbrother
Family First Case Manager (Level 3) | Huyton
07700 900 412
""") + quote("Knowsley stepbot <knowsleymash@knowsley.gov.uk>", "16 June 2036 10:02",
             "Fairbrother, Lucy <lucy.fairbrother@knowsley.gov.uk>", "[SB-knowsley-318] Step up - Rahimi - EHM-63302", ack)
    top = outlook_top(f, addr("Fairbrother, Lucy", "lucy.fairbrother@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: [SB-knowsley-318] Step up - Rahimi - EHM-63302", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 3,
        "urgent", "follow_up", True, None, ["EHM-63302"], [ch("Ahmad Rahimi", "2020-09-02", "02/09/2020")],
        ["exploitation"], None, None, [], None, "alert_duty",
        "URGENT follow-up: a 15-year-old in an asylum hotel says, through a Pashto interpreter, that the men he owes "
        "for the lorry will take him tonight at ten to work in 'a house with plants' (criminal exploitation); in his "
        "own translated words, no alarm words. Reply to a stepbot acknowledgement -> follow_up, but urgent first -> "
        "alert_duty.",
        not_children=["Lucy Fairbrother"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2036-04-28 09:02:55"
    body = T("""
Dear Director of Children's Services,

UNACCOMPANIED ASYLUM-SEEKING CHILDREN: NATIONAL TRANSFER SCHEME AND THE END OF HOTEL USE FOR CHILDREN

I am writing to confirm the changes to the National Transfer Scheme (NTS) protocol that take effect on 1 June 2036, summarised in the attached letter.

From that date the Home Office will no longer accommodate any unaccompanied child in a hotel, however short the stay. Local authorities receiving a child at a port of entry will be expected to accept the child into care on arrival, pending transfer. The protocol reminds authorities that children placed in hotels have been at risk of going missing, of exploitation and of trafficking, and that an immediate response is expected whenever a child goes missing.

Age disputes: the revised statutory guidance on age assessment will apply to all assessments begun after 1 June 2036. Where a young person's age is in doubt they should be treated as a child until an assessment is concluded.

There is nothing in this letter that concerns an individual child, and no action is needed from your duty teams today. Questions may be sent to the NTS policy mailbox.

Yours sincerely,

NTS Policy Team
Asylum and Protection Directorate
""")
    atts = [pdf_att("NTS protocol changes - letter to DCSs - April 2036.pdf", "National Transfer Scheme: changes from 1 June 2036",
                    ["1. No unaccompanied child will be accommodated in a hotel from 1 June 2036.",
                     "2. Children in hotels have been at risk of going missing and of exploitation.",
                     "3. Age: treat as a child until an assessment concludes.",
                     "4. Transfer timescales: 5 working days from referral.",
                     "This letter concerns no individual child."])]
    top = plain_top(f, addr("NTS Policy Team", "nts.policy@homeoffice.example"), addr(None, KMASH),
                    "National Transfer Scheme: changes from 1 June 2036 (for information)", when, "homeoffice.example", None)
    add(f, mail(f, top, body, atts, html_alt=True), "knowsley", "mash_step_up", when, 7,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a Home Office policy letter; 'at risk of going missing', 'exploitation', 'trafficking', "
        "'immediate response' describe children in general and no real child ('nothing in this letter concerns an "
        "individual child') -> not urgent; not a request -> other -> human_review.")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2036-05-22 15:10:26"
    body = T("""
Hello Family First,

Step down to Level 3 - Nour family. ICS ID 2079430.

Yara Nour (11/11/2025) and Sami Nour (04/04/2029).

Background: in 2033, on the way to the UK, the family were held for several months in a detention centre in Libya, where the children saw their uncle shot by guards. When they arrived in 2034 Yara had flashbacks, nightmares and would not sleep without the light on, and Sami stopped speaking at school for a term. That was the reason for the CIN plan.

That is history now. Yara has seen the Refugee Trauma Service weekly for eighteen months and her therapist says she is sleeping through and no longer meets the threshold for the service; Sami talks non-stop (his teacher's words). Nobody in the family is in contact with the men who held them and there are no current concerns.

Joint home visit: Friday 30th May at 10am at home, 27 Alder Road, Kirkby, L32 9ZT (Arabic interpreter booked).

What are we worried about? Mainly practical: the house is small for four, and the family are still waiting for news of Dad's brother's family reunion application, which makes everyone anxious.
What is working well? Both children are settled at school, Yara finished therapy well, Mum volunteers at the food project, and Dad has started an ESOL course.
What needs to happen? A Family First case manager to hold a light-touch TAF, help with the housing application and keep the link with school.

Mr and Mrs Nour signed the Family First consent form (Arabic version) on 21/05/2036.

Thanks,
Callum Rourke
Social Worker, Kirkby CIN Team
""") + KDISC
    top = outlook_top(f, addr("Rourke, Callum", "callum.rourke@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down L3 - Nour - joint visit 30 May", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["2079430"],
        [ch("Yara Nour", "2025-11-11", "11/11/2025"), ch("Sami Nour", "2029-04-04", "04/04/2029")],
        [], True, None, [], True, "book_meeting",
        "NEAR MISS: historic trauma (detention in Libya in 2033, an uncle shot, flashbacks in 2034) now well "
        "supported and finished ('That is history now', 'no current concerns') -> not urgent, no concern ids. Complete "
        "level 3 step-down: signed consent, joint visit with date/time/venue, three headings. Notice Thu 22 May -> Fri "
        "30 May crosses the Spring Bank Holiday: 6 plain weekdays, exactly 5 WD -> ok (not decisive).",
        meeting=date(2036, 5, 30), not_children=["Callum Rourke"])

# ----------------------------------------------------------------------------- RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2036-06-09 13:40:12"
    body = T("""
Hello,

I am the welfare officer at Riverside Inn, Putney (hotel for asylum seekers). I write because I do not know who else.

This morning at 9 o'clock Mrs Mariama Bakary went to sign at the reporting centre and she did not come back. At 12 her friend telephone the reception: Mrs Bakary is taken to the removal centre and maybe she is on a flight to Banjul this week.

Her three children are in room 118 alone:
Awa Bakary, 9 years
Musa Bakary, 6 years
Fatou Bakary, 11 months

Awa opened the door to me. She is giving the baby biscuits and water because there is no more milk. Musa did not go to school. There is no other family in UK, the friend lives in Leicester.

Our day staff finish at 15:00. At night there is only one porter for 140 rooms, he cannot stay with them. The Home Office helpline say somebody will call back in 48 hours.

Please tell me what we do for tonight.

Grace Mensah-Boateng
Welfare Officer, Riverside Inn Putney
020 7946 0554
""")
    top = plain_top(f, addr("Grace Mensah-Boateng", "welfare@riversideinn-putney.example"), addr(None, RSU),
                    "Room 118 - three children alone, mother taken", when, "riversideinn-putney.example", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Awa Bakary"), ch("Musa Bakary"), ch("Fatou Bakary")], ["neglect"], None, None, [], None, "alert_duty",
        "URGENT: a mother detained at her reporting appointment this morning; her 9-year-old, 6-year-old and "
        "11-month-old are alone in a hotel room with no milk and nobody to care for them tonight. A hotel welfare "
        "officer's non-native English, no alarm words. Ages, not DOBs -> dob null. The mother is an adult, not "
        "labelled. Not a step request -> other.",
        not_children=["Mariama Bakary", "Grace Mensah-Boateng"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2036-04-24 21:52:30"
    text = T("""
Sorry to use this address its the only council one I have. Daniel Haile (says hes 15, Home Office put him down as 19, no age assessment done) is sleeping in King George's Park Wandsworth, this is his 3rd night. The hotel put him out on Tues because on their list hes an adult. No phone charge, no food since this morning, its meant to be 4 degrees tonight. I'm with him now by the tennis courts but I cant take him home

Mehret Woldu
Youth worker, Wandle Refugee Welcome
07700 900 318

Sent from my iPhone
""")
    top = plain_top(f, addr("Mehret Woldu", "mehret.w@wandlerefugeewelcome.example"), addr(None, RSU),
                    "boy sleeping in King George's park", when, "wandlerefugeewelcome.example", None)
    add(f, iphone_mail(f, top, text), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Daniel Haile")], [], None, None, [], None, "alert_duty",
        "URGENT: a 15-year-old in the age-dispute process, put out of the adult hotel, is sleeping in a park for a "
        "third night, 4 degrees, no food; a youth worker's phone mail at 21:52, no alarm words. Concerns []: the "
        "contract has no id for a child with nowhere to sleep (neglect could be argued; see README). Claimed age, "
        "no DOB -> dob null.",
        not_children=["Mehret Woldu"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2036-06-03 10:25:44"
    bf = T("""
From: LHR Border Force Safeguarding and Trafficking Team <lhr.sat@borderforce.example>
Sent: 03 June 2036 09:51
To: Wandsworth Police Child Abuse Investigation Team <cait.wandsworth@met.example>
Subject: Port referral LHR/T3/0612 - YOUSEF, Bilal

Officer's note (OFFICIAL-SENSITIVE)

At 18:40 yesterday (02/06) YOUSEF, Bilal, DOB 15/08/2022 (Syrian ID card, seen), arrived alone on a flight from Istanbul. A man attending arrivals gave his name as Tarek Y., said he was the boy's cousin, produced a Dutch passport and gave a UK address at 41 Garratt Lane, London SW18 9ZZ and a mobile number. After checks the boy was released into his care at 23:10.

At 07:30 today the mobile number is switched off. Officers attended 41 Garratt Lane at 08:00: it is a hand car wash with a flat above. The men there say they do not know Tarek Y. or any boy. The Dutch passport has no record of entry on the system since 2034. The boy has no phone and speaks Arabic only.

We are passing this to you and to Wandsworth children's services. Port reference LHR/T3/0612.
""")
    body = T("""
MASH - forwarding the Border Force note below, received 10 minutes ago. CAIT are making enquiries. Please can somebody from the council ring me on 020 7946 0611 - we have not located the boy or the man.

DC Hannah Prowse
Child Abuse Investigation Team, South West BCU

""") + "________________________________\n" + bf
    atts = [pdf_att("Port referral - YOUSEF Bilal.pdf", "Border Force port referral (LHR T3)",
                    ["Name: YOUSEF, Bilal. DOB: 15/08/2022. Nationality: Syrian. Travelling alone.",
                     "Collected by: 'Tarek Y.' (states cousin), Dutch passport, address 41 Garratt Lane SW18 9ZZ.",
                     "Released to adult: 23:10 on 02/06. Follow-up 08:00 03/06: address is a car wash; not known.",
                     "Phone given: switched off since 07:30."])]
    top = outlook_top(f, addr("Prowse, Hannah (DC)", "hannah.prowse@met.example"), addr("MASH Step Up", RSU),
                      "FW: Port referral LHR/T3/0612 - YOUSEF, Bilal", when, mid_domain="met.example")
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "urgent", "other", True, None, [], [ch("Bilal Yousef", "2022-08-15", "15/08/2022", as_written="YOUSEF, Bilal")],
        ["exploitation", "missing"], None, None, [], None, "alert_duty",
        "URGENT: a 13-year-old who arrived alone was released by Border Force to a 'cousin' whose address is a car "
        "wash and whose phone is off; neither has been found. The facts are in the FORWARDED Border Force note and "
        "the PDF; the top block only asks for a call. 'YOUSEF, Bilal' normalised to 'Bilal Yousef'. The port "
        "reference is not a case id.",
        not_children=["Hannah Prowse"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2036-07-10 12:00:31"
    h = ('<html><head><meta charset="utf-8"></head><body style="font-family:Georgia,serif;max-width:640px">'
         '<h1 style="color:#2E6B4F">Wandle Refugee Welcome - Summer bulletin</h1>'
         '<p>Dear friends and partners,</p>'
         '<h2>Stories from the drop-in</h2>'
         '<p>When <b>Amir</b> first came to us two winters ago he had been sleeping in a park for a week because the '
         'hotel had decided he was an adult. Today he is 17, at college studying plumbing, and living with foster carers '
         'in Tooting. "I thought nobody would believe me," he says.</p>'
         '<p><b>Selam</b> arrived at Heathrow aged 14 and was collected by a man who said he was her uncle. She was '
         'found three weeks later in Birmingham. She asked us to share her story so that airports check better.</p>'
         '<h2>Training</h2><ul><li>Spotting trafficking at the hotel door - 17 September</li>'
         '<li>Age disputes: what the law says - 8 October</li></ul>'
         '<p style="font-size:small">All names have been changed and the stories are shared with consent. If you '
         'think a child is in danger, call 999. To unsubscribe, reply STOP.</p></body></html>')
    top = plain_top(f, addr("Wandle Refugee Welcome", "news@wandlerefugeewelcome.example"), addr(None, RED),
                    "Summer bulletin: stories from the drop-in", when, "wandlerefugeewelcome.example", "Mailchimp",
                    extra=[("List-Unsubscribe", "<mailto:unsubscribe@wandlerefugeewelcome.example>"), ("Precedence", "bulk")])
    add(f, html_only(f, top, h), "richmond_wandsworth", "early_help_duty", when, 8,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a refugee charity's newsletter (HTML only). Sleeping in a park, a girl taken by an 'uncle', "
        "'in danger' are past stories with changed names ('found three weeks later', 'today he is 17 ... living with "
        "foster carers') and boilerplate -> not urgent; first names only -> no children; other -> human_review.")

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2036-05-14 09:35:10"
    body = T("""
Age assessment practice: a half-day workshop for social workers and Early Help staff

Case study for the session (fictional): "Child B" says he is 15. He has been sleeping in a park for two nights after the hotel decided he was 23. He tells you a man at the hotel has offered him work tonight. What do you do, in what order, and who do you call?

We will cover: the statutory guidance, the presumption of age, working with interpreters, and what to do when a young person in the process has nowhere to sleep.

Trainer: Dr Ifeoma Clarke. Please accept this invitation to hold the date.
""")
    cal = ics("REQUEST", f, dt(when), "20360618T093000", "20360618T130000", "Training: age assessment practice",
              "Wandsworth Town Hall, Committee Room 2", body,
              ("Learning and Development", "learning@" + RDOM),
              [("Early Help Duty", RED, "OPT-PARTICIPANT", "NEEDS-ACTION")])
    top = outlook_top(f, addr("Learning and Development", "learning@" + RDOM), addr("Early Help Duty", RED),
                      "Training: age assessment practice (18 June)", when,
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    add(f, itip_request_mail(f, top, body, cal), "richmond_wandsworth", "early_help_duty", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a training invitation (iTIP REQUEST) whose fictional case study ('Child B', a park, work offered "
        "tonight) is about nobody real -> not urgent; other -> human_review.")

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2036-05-13 11:03:58"
    body = T("""
Dear MASH,

I am requesting a step up to Children's Social Care for the Noori family, Mosaic ID 4410287.

Parwana Noori - 22/02/2027
Elias Noori - 09/09/2031

The family came through the Afghan resettlement scheme and have been in temporary accommodation in Roehampton since leaving the bridging hotel. At the family hub last Tuesday, speaking through a Dari interpreter with Dad out of the room, Mum told our worker that Dad controls all the money, has taken her phone and pushed her into the wall in front of the children last month. Parwana has missed 14 days of school this term because she stays home "to look after Mum". Mum agrees to the step up.

The case summary and the rationale for step up are attached. As Elias and Parwana's Early Help team manager I agree this now needs social care.

Regards
Saoirse Delaney
Early Help Team Manager (Roehampton and Putney)
""") + RDISC
    atts = [pdf_att("Case summary - Noori - May 2036.pdf", "Case summary - Noori family (Mosaic 4410287)",
                    ["Early Help since November 2035 (housing, school, ESOL).",
                     "6 May 2036: Mum's disclosure of controlling behaviour and a push, through a Dari interpreter.",
                     "Parwana's attendance 86% this term."]),
            docx_att("Rationale for step up - Noori.docx", ["# Rationale for step up",
                     "Domestic abuse disclosed; coercive control of finances and phone; the children witnessed an assault.",
                     "The Early Help plan cannot manage this; a social work assessment is needed."])]
    top = outlook_top(f, addr("Delaney, Saoirse", "saoirse.delaney@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Noori - Mosaic 4410287", when)
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["4410287"],
        [ch("Parwana Noori", "2027-02-22", "22/02/2027"), ch("Elias Noori", "2031-09-09", "09/09/2031")],
        ["domestic_abuse", "school_attendance"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up from the Early Help team manager: case summary (PDF) and rationale "
        "(.docx) attached -> nothing missing -> book_meeting. 'Mum agrees to the step up' -> consent true; the TM "
        "'agree[s] this now needs social care' -> manager true. Domestic abuse disclosed last month (not tonight); "
        "14 days missed -> school_attendance.",
        not_children=["Saoirse Delaney"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2036-07-02 15:45:20"
    body = T("""
Hi Early Help Duty,

Step down request - Aziz family - Mosaic 4398812

Children: Rojin Aziz (19/03/2024) and Dilan Aziz (30/06/2028).

The CIN plan (Mum's low mood and the children's care after the family's asylum claim was refused and then won on appeal) is ending. Case summary and draft Early Help plan attached.

Consent: I visited yesterday with a Sorani interpreter. Mum said clearly that she does not want Early Help - she is worried that any more involvement will count against her husband's visa application. She has declined. I will try once more with a different interpreter next week, but for now her answer is no.

Thanks
Marek Nowicki
Social Worker, Wandsworth CIN Team 2
""") + RDISC
    atts = [pdf_att("Case summary - Aziz.pdf", "Case summary - Aziz (Mosaic 4398812)",
                    ["CIN since September 2035. Mum's low mood; GP and Talking Therapies engaged.",
                     "Children attending school well."]),
            docx_att("Draft EH plan - Aziz.docx", ["# Draft Early Help plan - Aziz", "Outcome 1: Mum's wellbeing.",
                                                   "Outcome 2: Rojin's transition to secondary school."])]
    top = outlook_top(f, addr("Nowicki, Marek", "marek.nowicki@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Aziz - Mosaic 4398812", when)
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["4398812"],
        [ch("Rojin Aziz", "2024-03-19", "19/03/2024"), ch("Dilan Aziz", "2028-06-30", "30/06/2028")],
        ["parental_mental_health"], False, None, ["consent"], None, "request_info",
        "Richmond & Wandsworth step-down with case summary and draft plan but CONSENT REFUSED through the interpreter "
        "('She has declined', 'her answer is no'; a later attempt does not change it) -> consent false -> 'consent' "
        "missing -> request_info. 'Mosaic 4398812' -> the bare number.",
        not_children=["Marek Nowicki"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2036-06-23 09:20:05"
    ack = ack_text("step-down", "[SB-richmond_wandsworth-441]", ["Family: Mahmoud (Mosaic 4401963)"], ["case summary"])
    body = T("""
Morning,

Apologies - here is the case summary that was missing for Hana Mahmoud (DOB 05/12/2030). The draft plan went with my first email.

Jo
Joanne Whitlock | Social Worker | Richmond Children's Services
""") + quote("EarlyHelpDuty <EarlyHelpDuty@richmondandwandsworth.gov.uk>", "20 June 2036 14:11",
             "Whitlock, Joanne", "[SB-richmond_wandsworth-441] Step down - Mahmoud", ack)
    atts = [pdf_att("Case summary - Hana Mahmoud.pdf", "Case summary - Mahmoud (Mosaic 4401963)",
                    ["Hana and her mother arrived from Sudan in 2034; refugee status granted 2035.",
                     "CIN for housing and school admission; both now resolved."])]
    top = outlook_top(f, addr("Whitlock, Joanne", "joanne.whitlock@" + RDOM), addr("Early Help Duty", RED),
                      "RE: [SB-richmond_wandsworth-441] Step down - Mahmoud", when)
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["4401963"], [ch("Hana Mahmoud", "2030-12-05", "05/12/2030")],
        [], None, None, [], None, "attach_to_request",
        "Follow-up (reply keeping the [SB-] reference) bringing the missing case summary -> attach_to_request; "
        "missing [] for a follow_up. Mosaic id from the quoted acknowledgement and the PDF.",
        not_children=["Joanne Whitlock"])

# ----------------------------------------------------------------------------- TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2036-05-14 14:35:27"
    body = T("""
Dear MAST,

I teach EAL at Bow Riverside Academy. I have just finished a session with Minh Tran (Year 9, DOB on his admission form 27/01/2022) and a Vietnamese interpreter on the phone (Language Line, interpreter ID 40871). I am writing down what the interpreter told me he said, as close as I can:

"The man who brought me here, I call him Uncle Hai, he hits me with the charger cable when I make mistakes at the nail shop. Last night he hit me many times because the money was short. Today he says I must come straight back to him after school, half past three, he will wait by the bus stop and check. If I am not there he will find me and it will be worse."

Minh let me see his back. There are long red marks, some with broken skin, across both shoulder blades. He is shaking and asked me not to phone "Uncle Hai". He is not his uncle - Minh says he met him in France.

School finishes at 15:10. Minh is with me in the EAL room now. The school's DSL is off site today so I am sending this myself.

Hoa Pham is the interpreter's name if you need it.

Kind regards,
Joanna Ferreira
EAL Co-ordinator, Bow Riverside Academy
020 7946 0877
""")
    top = outlook_top(f, addr("Ferreira, Joanna", "j.ferreira@bowriverside.example"), addr("MAST", TMAST),
                      "Minh Tran Y9 - marks on his back, must go back to 'uncle' at 3.30", when, mid_domain="bowriverside.example")
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Minh Tran", "2022-01-27", "27/01/2022")],
        ["exploitation", "physical_harm"], None, None, [], None, "alert_duty",
        "URGENT: a 14-year-old's words through an interpreter - the man who brought him beats him with a cable and he "
        "must go back to him at 3.30 today; fresh marks seen; works in a nail shop (exploitation). Sent at 14:35 "
        "with no alarm words. The interpreter and teacher are adults.",
        not_children=["Joanna Ferreira", "Hoa Pham"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2036-06-27 12:15:09"
    body = T("""
Dear MAST,

Please find attached a request for support for the Omar family, who are in initial asylum accommodation at the Aldgate Lodge Hotel. Mum (Somali, limited English) has been struggling with the children's care: the hotel has no kitchen, the baby has lost weight and Yusuf has not been offered a school place in three months. My manager, Leona Fitch, has agreed this referral.

Yusuf Omar - 12/02/2028
Aisha Omar - 30/03/2034

Kind regards
Ayan Hirsi
Family Caseworker, East London Refugee Support

PS - I've just come from the hotel and I'm in reception now. Mum was taken to the Royal London by ambulance at 7 this morning (the hotel think she collapsed) and nobody has come for the children. Aisha has been in room 46 since then with only Yusuf, who is 8. The door was locked from inside; Yusuf opened it for me. Hotel staff say they are not allowed to look after residents' children and the Home Office provider has not called back. I can stay until 1.30.
""")
    atts = [docx_att("Request for support - Omar.docx", ["# Tower Hamlets Request for Support (MAST)",
             "Family: Omar. Address: Aldgate Lodge Hotel (initial accommodation), room 46.",
             "Children: Yusuf Omar 12/02/2028; Aisha Omar 30/03/2034.",
             "Reason: baby's weight loss, no school place, no cooking facilities; mother isolated.",
             "Parental consent: Mum consents to this request (Somali interpreter, 25/06/2036).",
             "Manager: Leona Fitch, Service Manager - agreed."])]
    top = plain_top(f, addr("Ayan Hirsi", "ayan.hirsi@elrs.example"), addr(None, TMAST),
                    "Request for support - Omar family (hotel)", when, "elrs.example", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, atts), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, [],
        [ch("Yusuf Omar", "2028-02-12", "12/02/2028"), ch("Aisha Omar", "2034-03-30", "30/03/2034")],
        ["neglect"], True, True, [], None, "alert_duty",
        "URGENT step-up (MAST request for support, complete: form attached, manager agreed, consent in the form): the "
        "PS says the mother was taken to hospital at 7 this morning and the 2-year-old has been alone in a hotel room "
        "with her 8-year-old brother since; nobody has come. Alarm only in a PS, no alarm words -> alert_duty.",
        not_children=["Ayan Hirsi", "Leona Fitch"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2036-07-07 10:50:36"
    body = T("""
To: Tower Hamlets Council, Children's Services (MAST)

From: General Directorate of Social Assistance and Child Protection, Sector 3, Bucharest, Romania

Our ref.: 11872/DGASPC-S3/2036

Dear colleagues,

We have the honour to address you regarding the minors Andrei Dumitru (born 04.10.2026) and Maria Dumitru (born 22.01.2031), whose case was transferred to your attention by our letter of 12 May 2036, the mother Mrs Ioana Dumitru having relocated with the children to the address 18 Heron Court, Stepney, London E1 9ZX.

We inform you that this morning at 09:30 Bucharest time we received communication from the Police Inspectorate of Bucharest that Mr Cristian Dumitru, father of the minors, against whom a protection order no. 1187/2035 is in force for violence against the mother and the minor Andrei, has boarded the flight to London Luton, with arrival at 12:45 London time today.

Mr Dumitru has transmitted to the sister of the mother a message with the following content (our translation): "I know the address in Stepney. Tonight I bring the children home, and she will see what happens." In 2034 Mr Dumitru was convicted for the grievous bodily harm of the mother in the presence of the children.

We kindly ask that your services take the measures you consider necessary for the protection of the minors and inform the mother, whose telephone we could not reach. We remain at your disposal at the number +40 21 000 0000 (24 hours).

With consideration,

Elena Popescu
Social worker, International Cases Service
DGASPC Sector 3
""")
    top = plain_top(f, addr("Elena Popescu - DGASPC S3", "international@dgaspc-s3.example"), addr(None, TMAST),
                    "Ref. 11872/DGASPC-S3/2036 - minors DUMITRU - communication", when, "dgaspc-s3.example", None)
    add(f, mail(f, top, body), "tower_hamlets", "mash_step_up", when, 5,
        "urgent", "other", True, None, [],
        [ch("Andrei Dumitru", "2026-10-04", "04.10.2026"), ch("Maria Dumitru", "2031-01-22", "22.01.2031")],
        ["domestic_abuse", "physical_harm"], None, None, [], None, "alert_duty",
        "URGENT: a foreign child protection agency in formal non-native English: the father, under a protection order "
        "for violence to the mother and Andrei, lands at Luton at 12:45 today, knows the Stepney address and writes "
        "'Tonight I bring the children home'. No alarm words. The agency reference and the protection order number "
        "are not case ids. Not a step request -> other.",
        not_children=["Ioana Dumitru", "Cristian Dumitru", "Elena Popescu"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2036-04-29 11:22:40"
    body = T("""
Dear Sir or Madam,

Please find attached a letter from the Consul of the Embassy of the Republic of Albania.

Consular Section
""")
    letter = ["Embassy of the Republic of Albania - Consular Section",
              "To: Tower Hamlets Council, Children's Services. 28 April 2036.",
              "The Embassy presents its compliments and wishes to express its sincere appreciation for the care",
              "provided by your services to our national, the minor Elion Hoxha (born 16 March 2019), who we",
              "understand has lived with foster carers in your borough since his arrival in 2034.",
              "The Embassy is aware that in his early months in the United Kingdom the young man was exploited by",
              "the persons who arranged his journey. We are informed by the Metropolitan Police that those persons",
              "were convicted in 2035, and that he is well and studying.",
              "This letter is a courtesy and requests no information about the young man. The Embassy remains at",
              "your disposal for any consular assistance, including documents, should it be needed.",
              "With the assurances of our highest consideration."]
    atts = [pdf_att("Letter - Embassy of Albania - courtesy.pdf", "Courtesy letter", letter)]
    top = plain_top(f, addr("Consular Section", "consular.london@embassy-al.example"), addr(None, TEH),
                    "Letter from the Embassy", when, "embassy-al.example", None)
    add(f, mail(f, top, body, atts), "tower_hamlets", "early_help_duty", when, 6,
        "near_miss", "other", False, None, [], [ch("Elion Hoxha", "2019-03-16", "16 March 2019")], [],
        None, None, [], None, "human_review",
        "NEAR MISS: an embassy's courtesy letter (in a PDF): the exploitation is past (perpetrators convicted in "
        "2035), the young man is in foster care and well, and nothing is asked -> not urgent, no current concerns; "
        "other -> human_review. The child is named in full with a DOB in the letter.")

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2036-06-11 13:10:50"
    blocks = ["Hi Early Help Hub,", "",
              "I would like to step the Haidari family down to Early Help. Mosaic ID 3398741.", "",
              ("table", [["Child", "Date of birth"], ["Samira Haidari", "07/07/2028"], ["Reza Haidari", "18/12/2032"]]), "",
              ("h", "Background"),
              "When we opened the case in January 2035 the children's father had been detained at Harmondsworth and Mum had been evicted from asylum support; there were real worries that the children were going hungry. Dad was released in March 2035, the family were granted refugee status in October 2035, and they moved into a council flat in Bow in February.",
              "",
              ("h", "Now"),
              "The family are doing well. Both children attend Olga Primary (Samira 98%, Reza 96%), Dad is working as a delivery driver and Mum is in an ESOL class. There are no current concerns; the plan is about keeping things steady and benefits advice.",
              "",
              "The Child and Family Assessment (concluded 04/06/2036) and the draft Early Help plan are attached. Mr and Mrs Haidari have given consent for the step down (signed on 09/06/2036 with a Dari interpreter).",
              "",
              "Lead practitioner: Shirin Akhtar, Family Support Worker, Bow Children and Family Centre.",
              "",
              "I will arrange and chair the TAF meeting and send the minutes.",
              "",
              "Thanks,", "Kwame Asante", "Social Worker, CIN Team (Bow and Poplar)"]
    atts = [pdf_att("C&F Assessment - Haidari.pdf", "Child and Family Assessment - Haidari (Mosaic 3398741)",
                    ["Concluded 04/06/2036. Outcome: step down to Early Help.",
                     "Historic: father detained 2035 (released); destitution 2035 (resolved)."]),
            docx_att("Draft Early Help plan - Haidari.docx", ["# Draft Early Help plan - Haidari",
                     "1. Benefits and budgeting advice.", "2. ESOL progression for Mum."])]
    top = outlook_top(f, addr("Asante, Kwame", "kwame.asante@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Haidari - Mosaic ID 3398741", when)
    add(f, word_mail(f, top, blocks, atts), "tower_hamlets", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["3398741"],
        [ch("Samira Haidari", "2028-07-07", "07/07/2028"), ch("Reza Haidari", "2032-12-18", "18/12/2032")],
        [], True, None, [], None, "book_meeting",
        "NEAR MISS: a family settled and doing well; detention and destitution are 2035 history ('no current "
        "concerns') -> not urgent, no concerns. Complete Tower Hamlets step-down (Word HTML with a table): assessment "
        "PDF, draft plan .docx, signed consent, lead practitioner named with her agency -> book_meeting.",
        not_children=["Shirin Akhtar", "Kwame Asante"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2036-04-22 14:02:18"
    body = T("""
Hello MAST,

Attached is a request for support for Haben Tekle (DOB 02/09/2024), Year 6 at Stepney Green Primary. Haben and her mum (Eritrean) have been in the Commercial Road hotel since January. Haben arrives hungry most days, in the same uniform all week, and has fallen asleep in class; Mum says they only get two meals a day at the hotel and she has no money for clothes.

Mum consents to the referral - I went through it with her and a Tigrinya interpreter on Friday.

I've discussed it with our Headteacher, who is my line manager, but she is away until Thursday so I can't yet confirm that she agrees. I'll forward her reply when I have it.

Many thanks
Priya Malhotra
Inclusion Lead, Stepney Green Primary
""")
    atts = [pdf_att("Request for Support - H Tekle.pdf", "Request for Support (MAST)",
                    ["Child: Haben Tekle, 02/09/2024. Address: Commercial Road hotel (asylum).",
                     "Concerns: hunger, clothing, tiredness; mother's isolation.",
                     "Consent: given (Tigrinya interpreter). Manager sign-off: pending."])]
    top = outlook_top(f, addr("Malhotra, Priya", "p.malhotra@stepneygreen.example"), addr("MAST", TMAST),
                      "Request for support - Haben Tekle", when, mid_domain="stepneygreen.example")
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "mash_step_up", when, 7,
        "ordinary", "step_up", False, None, [], [ch("Haben Tekle", "2024-09-02", "02/09/2024")],
        ["neglect"], True, None, ["manager_agreed"], None, "request_info",
        "Tower Hamlets MAST step-up with the request for support attached; MANAGER AGREEMENT PENDING ('can't yet "
        "confirm that she agrees') -> manager null -> 'manager_agreed' missing -> request_info. Consent given.",
        not_children=["Priya Malhotra"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2036-07-17 11:20:44"
    body = T("""
Hi,

Step down for Mariam Yusuf, DOB 14/01/2031, Mosaic ID 3411097.

Mariam came to the UK in 2035 to join her father under family reunion. The C&F Assessment concluded on 10/07/2036 (attached) and recommends Early Help for support with her settling in and with Dad's work hours. Her attendance has improved to 96%.

Dad has consented to the step down (through the Arabic interpreter at the visit on 14/07).

I'll send the plan when it's written up.

Liam Doherty
Social Worker, Stepney CIN Team
""") + TDISC
    atts = [pdf_att("C&F Assessment - Mariam Yusuf.pdf", "Child and Family Assessment - Yusuf",
                    ["Concluded 10/07/2036. Recommendation: Early Help (family reunion support)."])]
    top = outlook_top(f, addr("Doherty, Liam", "liam.doherty@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - M Yusuf - 3411097", when)
    add(f, mail(f, top, body, atts), "tower_hamlets", "early_help_duty", when, 2,
        "ordinary", "step_down", False, None, ["3411097"], [ch("Mariam Yusuf", "2031-01-14", "14/01/2031")],
        [], True, None, ["draft_plan", "lead_practitioner"], None, "request_info",
        "Tower Hamlets step-down missing documents: assessment attached and consent given, but the plan is 'to "
        "follow' and no lead practitioner is named -> missing draft_plan, lead_practitioner -> request_info. Good "
        "attendance (96%) is not a concern.",
        not_children=["Liam Doherty"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2036-06-30 16:05:12"
    body = T("""
Hi MAST,

Request for support attached for Abdi Warsame (11/05/2026), who lives with his mum in asylum accommodation in Poplar.

Abdi (10) does most of the looking after at home: Mum has PTSD and chronic pain, rarely leaves the room, and Abdi does the shopping, translates at every appointment and gets his little sister to nursery. He has told his teacher he is "always tired". Mum agreed to this request.

I should be honest that my manager, Danielle Okafor, does not agree this meets the threshold for MAST - she has asked me to keep it at Early Help with a young carers referral. I'm not comfortable with that, so I'm sending it for your view.

Thanks
Fatima Begum
Early Help Practitioner, Poplar
""") + TDISC
    atts = [docx_att("Request for support - Warsame.docx", ["# Request for Support",
             "Child: Abdi Warsame 11/05/2026.", "Young carer for mother (PTSD, chronic pain).",
             "Consent: Mum agreed. Manager: does not agree (see email)."])]
    top = outlook_top(f, addr("Begum, Fatima", "fatima.begum@" + TDOM), addr("MAST", TMAST),
                      "Request for support - Warsame", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, [], [ch("Abdi Warsame", "2026-05-11", "11/05/2026")],
        ["parental_mental_health", "young_carer"], True, False, ["manager_agreed"], None, "request_info",
        "Tower Hamlets MAST step-up with MANAGER REFUSED ('does not agree this meets the threshold') -> manager false "
        "-> 'manager_agreed' missing -> request_info. Consent 'Mum agreed' -> true. The sister is not named.",
        not_children=["Danielle Okafor", "Fatima Begum"])

# ----------------------------------------------------------------------------- TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2036-05-08 17:40:19"
    body = T("""
Hello,

I am a Kurdish (Sorani) interpreter. Today I interpreted for the health visitor at the Bayview Hotel in Torquay (family room 9, the Karimi family). After the appointment, when the health visitor had gone, the older girl, Shilan Karimi (she is 12), followed me to the car park and asked me to write down what she says and give it to someone who can help. She made me promise not to tell her father.

My translation, word by word as much as possible:

"My father's friend Kamal sleeps in our room when my father goes to London. At night he comes in my bed and touches me under my clothes. I told him stop and he said nobody will believe a girl. My father goes to London again tonight on the nine o'clock bus and Kamal will stay with us. My mother is in Iran. Please don't tell my father I told."

I am sorry if this is the wrong address, I found it on the council website. I am freelance and I don't have a number for anyone at the council. My phone is 07700 900 655.

Aram Salih
Community interpreter (Sorani, Farsi)
""")
    top = plain_top(f, addr("Aram Salih", "aram.salih.interpreting@example.com"), addr(None, BMASH),
                    "what a girl told me today at Bayview Hotel", when, "example.com", None)
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 6,
        "urgent", "other", True, None, [], [ch("Shilan Karimi")], ["sexual_harm"], None, None, [], None, "alert_duty",
        "URGENT: an interpreter's translation of a 12-year-old's disclosure: her father's friend touches her at night "
        "and will be alone with her again tonight when the father leaves on the nine o'clock bus. Sent at 17:40, the "
        "child's own words in translation, no alarm words. Age only -> dob null.",
        not_children=["Aram Salih"])

def torbay_02():
    f = "torbay_02.eml"; when = "2036-06-17 08:55:03"
    comment = ("Sorry, I can't make triage today. I'm at the Seaview hotel in Paignton: Leyla Ahmadi (16, age disputed - "
               "the Home Office has her as 19) is in room 31 and a man who says he is her husband paid her bill last night and "
               "told reception he is taking her to Birmingham on the 7pm coach tonight. She told me in Farsi she had never met "
               "him before Saturday and that he has her phone. The hotel won't stop him because on their list she is an adult.")
    add(f, itip_reply(f, when, "Roya Karimi", "roya.karimi@devonrefugeesupport.example",
                      ("Early Help business support", "earlyhelp.businesssupport@" + BDOM), "DECLINED",
                      "Triage - Ahmadi - LCS-551204", "20360617T093000", "20360617T100000", "Paignton Library, meeting room 2",
                      comment=comment),
        "torbay", "early_help_duty", when, 4, "urgent", "meeting_reply", True, None, ["LCS-551204"],
        [ch("Leyla Ahmadi")], ["exploitation"], None, None, [], None, "alert_duty",
        "URGENT in a DECLINED meeting reply's COMMENT: an age-disputed 16-year-old is to be taken tonight by a man "
        "claiming to be her husband whom she met on Saturday; the hotel treats her as an adult. Meeting reply, but "
        "urgent first -> alert_duty. Case id from the SUMMARY. No alarm words.",
        not_children=["Roya Karimi"])
    FILES[f] = FILES[f].replace(b"To: Early Help business support <earlyhelp.businesssupport@torbay.gov.uk>",
                                b"To: Early Help business support <earlyhelp.businesssupport@torbay.gov.uk>\r\nCc: earlyhelp@torbay.gov.uk", 1)

def torbay_03():
    f = "torbay_03.eml"; when = "2036-05-12 10:14:37"
    body = T("""
Hi there,

Quick question, not about anybody in particular. We've been asked by the accommodation provider to take asylum families from next month, and my night staff want to know what to do "if". What if a child turned up at 2am without an adult, or an adult arrived to collect a child and we weren't sure who he was, or a mum got detained and her kids were left in the room? Who do we ring, and would it be you or the police?

Would someone be able to come and talk to the team, or send us something we can pin up in the back office?

Thanks,
Gavin Tremlett
General Manager, Harbourside Hotel, Brixham
""")
    top = plain_top(f, addr("Gavin Tremlett", "gm@harbourside-brixham.example"), addr(None, BMASH),
                    "what do we do if...", when, "harbourside-brixham.example", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a hotel manager's hypothetical ('not about anybody in particular', 'what if a child turned up') "
        "listing this set's urgent situations about nobody real -> not urgent; other -> human_review.")

def torbay_04():
    f = "torbay_04.eml"; when = "2036-06-04 15:30:55"
    body = T("""
Dear Early Help team,

As agreed at the last TAF, please find attached Omar's integration review for the summer term.

Omar settled into Year 4 in September. When he arrived from Syria he had nightmares about the bombing and hid under the table when the fire alarm was tested; this has not happened since February and his mum says he now sleeps through. He sees the school's ELSA weekly and talks about his old school in Idlib with pride.

Reading age has gone up by 18 months. He has joined the football club and has two close friends.

Best wishes,
Kerensa Polglase
EAL and Integration Co-ordinator, Roselands Primary, Paignton
""")
    atts = [pdf_att("Integration review - Omar Al-Hassan - summer 2036.pdf", "Integration review - summer term",
                    ["Pupil: Omar Al-Hassan. DOB: 03.03.2027. Year 4.",
                     "Settling: very good. Wellbeing: nightmares resolved since February; weekly ELSA.",
                     "Attendance: 97%. English: reading age +18 months."])]
    top = plain_top(f, addr("Kerensa Polglase", "k.polglase@roselands.example"), addr(None, BEH),
                    "Integration review - Omar A-H (Y4)", when, "roselands.example", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [], [ch("Omar Al-Hassan", "2027-03-03", "03.03.2027")], [],
        None, None, [], None, "human_review",
        "NEAR MISS: a child's school integration report: nightmares of bombing are past ('not happened since "
        "February'), attendance 97% -> no concerns, not urgent. Not a request -> other -> human_review. The full name "
        "and DOB are only in the PDF.")

def torbay_05():
    f = "torbay_05.eml"; when = "2036-06-20 10:05:42"
    body = T("""
Dear colleague,

Please find attached the certified translation (Albanian to English) of the handwritten note, as requested by your team on 4 March (job no. TT-88213).

For your information the translated text reads: "If you talk to the police we will find your family in Kukes. You still owe 4,000."

We were told by the requester at the time that the matter was dealt with by Devon and Cornwall Police in March and that the young person concerned has since moved to a placement outside Torbay. We apologise for the delay in returning the certified copy; the draft translation was sent by phone on the day.

Kind regards,
Translation Services Team
Westcountry Language Services Ltd
""")
    atts = [docx_att("Certified translation TT-88213.docx", ["# Certified translation",
             "Source: handwritten note, Albanian. Requested: 04/03/2036. Young person: E.K.",
             "Translation: If you talk to the police we will find your family in Kukes. You still owe 4,000.",
             "Certified true translation."])]
    top = plain_top(f, addr("Westcountry Language Services", "translations@westcountrylang.example"), addr(None, BEH),
                    "Certified translation TT-88213 (Albanian)", when, "westcountrylang.example", None)
    add(f, mail(f, top, body, atts), "torbay", "early_help_duty", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: the certified translation of a threatening note already dealt with in March (police acted, the "
        "young person moved placement; initials only) -> not urgent; other -> human_review. TT-88213 is a job "
        "number, not a case id.")

def torbay_06():
    f = "torbay_06.eml"; when = "2036-04-23 10:30:21"
    body = T("""
Good morning,

Please can I have a triage slot for a step down to Early Help (level 3) for the Kovalenko family, LCS-552018.

Sofiia Kovalenko - 28/08/2031
Mark Kovalenko - 15/01/2033

Mrs Kovalenko came from Ukraine with the children under the sponsorship scheme; when the sponsorship broke down last year the family were homeless for a time, which is when we became involved. They now have a housing association flat in Torquay. The remaining worry is Mum's anxiety, for which she sees her GP; the children are doing well at school and nursery.

The Single Assessment is attached. My team manager, Joanna Pike, has agreed the step down, and Mrs Kovalenko consented through the Ukrainian interpreter on 17/04/2036.

Thanks,
Ellie Stanbury
Social Worker, Torbay Children's Services
""") + BDISC
    atts = [pdf_att("Single Assessment - Kovalenko.pdf", "Single Assessment - Kovalenko (LCS-552018)",
                    ["Outcome: step down to Early Help level 3. TM analysis: agreed (J. Pike)."])]
    top = outlook_top(f, addr("Stanbury, Ellie", "ellie.stanbury@" + BDOM), addr("Early Help", BEH),
                      "Step down - Kovalenko - LCS-552018 - triage please", when)
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["LCS-552018"],
        [ch("Sofiia Kovalenko", "2031-08-28", "28/08/2031"), ch("Mark Kovalenko", "2033-01-15", "15/01/2033")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Torbay level 3 step-down (Single Assessment attached, TM agreed, consent through the interpreter) "
        "-> book_meeting; Mark is 3, so the fortnightly under-5s triage applies. Past homelessness is history.",
        not_children=["Joanna Pike", "Ellie Stanbury"])

def torbay_07():
    f = "torbay_07.eml"; when = "2036-06-02 15:20:16"
    body = T("""
Hi MASH,

I'm the family support worker for the Osman family in Brixham (Sudanese, refugee status since 2035). I'd like to make a contact to MASH for Amani Osman, 12/12/2029, and her brother Idris Osman, 06/06/2032.

Mum told me on Friday, through the Arabic interpreter, that Dad has hit her twice since Easter and that the children heard it. Dad agrees to the contact to MASH - he came to the office today and said he wants help with his temper - and Mum agrees too.

My ATM is on leave until Wednesday; I'll get her sign-off when she's back and forward it.

Many thanks,
Nia Coombe
Family Support Worker, Brixham Family Hub
""") + BDISC
    top = outlook_top(f, addr("Coombe, Nia", "nia.coombe@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Osman", when)
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, [],
        [ch("Amani Osman", "2029-12-12", "12/12/2029"), ch("Idris Osman", "2032-06-06", "06/06/2032")],
        ["domestic_abuse"], True, None, ["manager_agreed"], None, "request_info",
        "Torbay step-up (contact to MASH): consent given by both parents; MANAGER PENDING (ATM on leave, 'I'll get "
        "her sign-off') -> manager null -> 'manager_agreed' missing -> request_info. Domestic abuse since Easter, no "
        "threat tonight -> not urgent.",
        not_children=["Nia Coombe"])

def torbay_08():
    f = "torbay_08.eml"; when = "2036-07-11 12:10:33"
    ack = ack_text("step-down", "[SB-torbay-219]", ["Family: Haddadi (LCS-553390)"], ["consent"])
    body = T("""
Hi,

Mum has now given her consent to the step down - I went through it with her this morning with the Arabic interpreter on the phone, and she's happy for Rami and Lina to have Early Help.

Thanks
Ellie
""") + quoted(ack)
    top = plain_top(f, addr("Stanbury, Ellie", "ellie.stanbury@" + BDOM), addr("Early Help", BEH),
                    "RE: [SB-torbay-219] Step down - Haddadi - LCS-553390", when, BDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "torbay", "early_help_duty", when, 2,
        "ordinary", "follow_up", False, None, ["LCS-553390"], [], [], True, None, [], None, "attach_to_request",
        "Follow-up to a step-down acknowledgement adding consent ('Mum has now given her consent') -> consent true, "
        "attach_to_request. Children by first name only -> not labelled.")

# ----------------------------------------------------------------------------- HEREFORDSHIRE
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2036-07-08 19:25:48"
    text = T("""
Hello, I am HR at Wye Valley Soft Fruit near Ross. Today one picker came to my office, a boy. He says he is 15, name Dawit Berhe, from Eritrea. He came on a lorry to Dover in May and a man (the gangmaster, we know him only as Mr V) brought him here with the other workers. Mr V keeps his wages and his phone, the boy sleeps in van no. 4 with four men. Tonight at 10 Mr V will move him to a farm in Lincolnshire, the other workers told him. He is in my office now and he is crying, but I finish at 8 and I cannot keep him. Please who comes?
Kalina Petrova
HR, Wye Valley Soft Fruit
07700 900 871
""")
    top = plain_top(f, addr("Kalina Petrova", "hr@wyevalleysoftfruit.example"), addr(None, HMASH),
                    "boy 15 in picker caravans", when, "wyevalleysoftfruit.example", "Android Mail")
    add(f, phone_mail(f, top, text), "herefordshire", "mash_step_up", when, 5,
        "urgent", "other", True, None, [], [ch("Dawit Berhe")], ["exploitation"], None, None, [], None, "alert_duty",
        "URGENT: a 15-year-old who arrived by lorry is being held by a gangmaster who keeps his wages and phone and "
        "will move him to another farm at 10 tonight; written at 19:25 in a farm HR manager's plain non-native "
        "English (phone mail, base64), no alarm words. Other (not a step request).",
        not_children=["Kalina Petrova"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2036-06-16 11:40:04"
    body = T("""
MASH,

I have just left Mrs Bahar Rostami at the contingency hotel on the Ledbury Road (room 7) after a new birth follow-up with a Farsi interpreter (Language Line).

She was told this morning that she and the baby are being moved to Wakefield tomorrow. Her words through the interpreter: "If they put me on that bus I will take the baby and we will go in the river tonight. I have the tablets already, I am not afraid." She showed me a carrier bag with two full packets of her husband's sertraline and a box of paracetamol. Her husband is in Birmingham for his appeal hearing and is not back until Wednesday.

Baby: Arman Rostami, DOB 27/04/2036, 7 weeks, feeding well, no injuries seen.

I could not stay - I have a clinic at 12 - and she would not let me take the tablets. The hotel staff know she is upset but nobody is with her.

Lowri Pritchard
Health Visitor, Hereford City Team
0-19 Public Health Nursing | 01632 960 341
""")
    top = plain_top(f, addr("Pritchard, Lowri", "lowri.pritchard@nhs.example"), addr(None, HMASH),
                    "Mrs Rostami + baby - hotel room 7", when, "nhs.example", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "herefordshire", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Arman Rostami", "2036-04-27", "27/04/2036")],
        ["parental_mental_health"], None, None, [], None, "alert_duty",
        "URGENT: a mother in asylum accommodation, alone with her 7-week-old, says through an interpreter she will "
        "take the baby into the river tonight and has the tablets; a health visitor's clinical account, no alarm "
        "words. The mother is an adult, not labelled.",
        not_children=["Bahar Rostami", "Lowri Pritchard"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2036-04-30 16:02:11"
    add(f, ooo(f, when, "Sam Okeke", "sam.okeke@marchesrefugee.example", addr("Early Help Co-ordinators", HEH),
               "Step down - Jaber family", T("""
Thank you for your email. I am out of the office until Tuesday 6 May (Monday 5 May is a bank holiday) with limited access to email.

If you are worried that a child is in immediate danger, call 999. For families in asylum accommodation, Migrant Help is open 24 hours. Otherwise I will reply when I return.

Sam Okeke
Family Caseworker, Marches Refugee Network
""")),
        "herefordshire", "early_help_duty", when, 1, "near_miss", "auto_reply", False, None, [], [], [],
        None, None, [], None, "ignore",
        "NEAR MISS: an out-of-office (Auto-Submitted: auto-replied) whose 'immediate danger, call 999' is boilerplate "
        "about nobody -> auto_reply -> ignore (safety rule 2: never answered).")

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2036-05-09 12:30:27"
    text = T("""
West Midlands Strategic Migration Partnership - Children's bulletin, May 2036

1. Missing UASC: learning from three anonymised cases
Case A: a 14-year-old collected from a hotel by an "uncle" within hours of arrival; found in a car wash in another region after 19 days.
Case B: a 16-year-old treated as an adult after a visual assessment; slept rough for a week before an age assessment found him to be a child.
Case C: a boy in a hotel told staff men would come at night to take him to work off a debt; the hotel did not pass it on.
Each case is closed. Learning: share information the same day; treat claimed children as children until assessed.

2. Dates: age assessment forum, 11 June; interpreters' network, 2 July.

This bulletin goes to all children's services contacts in the region. Please do not reply to this address.
""")
    h = ("<html><body style='font-family:Arial'><h2>WMSMP Children's bulletin - May 2036</h2>"
         "<h3>1. Missing UASC: learning from three anonymised cases</h3><ul>"
         "<li><b>Case A</b>: a 14-year-old collected from a hotel by an &quot;uncle&quot; within hours of arrival; found in a car wash in another region after 19 days.</li>"
         "<li><b>Case B</b>: a 16-year-old treated as an adult after a visual assessment; slept rough for a week before an age assessment found him to be a child.</li>"
         "<li><b>Case C</b>: a boy in a hotel told staff men would come at night to take him to work off a debt; the hotel did not pass it on.</li></ul>"
         "<p>Each case is closed. Learning: share information the same day; treat claimed children as children until assessed.</p>"
         "<h3>2. Dates</h3><p>Age assessment forum, 11 June; interpreters' network, 2 July.</p>"
         "<p style='color:#666'>This bulletin goes to all children's services contacts in the region. Please do not reply to this address.</p></body></html>")
    top = plain_top(f, addr("WMSMP Bulletin", "bulletin@wmsmp.example"), addr(None, HEH),
                    "WMSMP Children's bulletin - May 2036", when, "wmsmp.example", None,
                    extra=[("Precedence", "bulk"), ("List-Id", "<children.wmsmp.example>")])
    add(f, alt_mail(f, top, text, h), "herefordshire", "early_help_duty", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a regional bulletin whose anonymised, closed case examples echo this set's urgent mails ('Case "
        "A/B/C', 'Each case is closed') -> not urgent; a person-written bulletin with no Auto-Submitted -> other -> "
        "human_review.")

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2036-05-29 10:45:19"
    body = T("""
Stadt Koeln - Amt fuer Kinder, Jugend und Familie (Jugendamt)
Allgemeiner Sozialer Dienst, Bezirk Porz

Dear colleagues,

With this letter we inform you about the family Melnyk, which relocated from Cologne to Leominster, Herefordshire, in March 2036: the mother Mrs Oksana Melnyk and the children Taras Melnyk (born 11.02.2027) and Olena Melnyk (born 05.09.2030).

The family arrived in Germany from Ukraine in 2032. In 2034 our service was involved because of domestic violence by the former partner of the mother. The former partner returned to Ukraine in 2034 and there was no contact since this time. The measures of our service were ended successfully and our file is closed since 15.01.2036. At the time of closure there were no concerns for the wellbeing of the children, the mother cooperated very well and the children visited school regularly.

We transmit this information only for the purpose of continuity, with the agreement of the mother. No action of your service is requested. On request we can send the closing report (in German).

With kind regards
i.A. Juergen Hoffmann
Social worker (Diplom-Sozialarbeiter)
""")
    top = plain_top(f, addr("Juergen Hoffmann - Jugendamt Koeln", "asd.porz@jugendamt-koeln.example"), addr(None, HEH),
                    "Information family Melnyk - relocated to Leominster", when, "jugendamt-koeln.example", None)
    add(f, mail(f, top, body), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [],
        [ch("Taras Melnyk", "2027-02-11", "11.02.2027"), ch("Olena Melnyk", "2030-09-05", "05.09.2030")],
        [], None, None, [], None, "human_review",
        "NEAR MISS: a foreign children's service (formal non-native English) passing on a CLOSED case: domestic "
        "violence in 2034, the ex-partner gone since 2034, 'no concerns' at closure, 'No action ... requested' -> not "
        "urgent, no current concerns; 'with the agreement of the mother' is agreement to share, not consent to a "
        "service -> null. Other -> human_review.",
        not_children=["Oksana Melnyk", "Juergen Hoffmann"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2036-07-01 10:15:52"
    body = T("""
Dear Early Help co-ordinators,

Step down to Early Help (level 3) for the Khalil children - a sibling group:

Nour Khalil, DOB 14/04/2026
Adam Khalil, DOB 02/10/2028
Jana Khalil, DOB 19/01/2031

Mosaic no. 1845220

The family came to Hereford through the UK Resettlement Scheme in 2033. The CIN plan was put in place when Adam's attendance fell to 82% after his father's stroke; it is 89% this term - better, but not yet where it needs to be. The draft step down plan and the signed Early Help consent form (signed by Mr and Mrs Khalil on 27/06/2036, Arabic interpreter present) are attached.

Lead practitioner: Gareth Pugh, Family Support Worker, Leominster Children's Centre - he has met the family and agreed to take the role.

Regards
Harriet Vaughan
Social Worker, Hereford Locality Team
""") + HDISC
    atts = [pdf_att("Early Help consent form - Khalil - signed.pdf", "Early Help consent form",
                    ["We agree to our family receiving Early Help.", "Signed: Mr and Mrs Khalil, 27/06/2036."]),
            docx_att("Draft step down plan - Khalil.docx", ["# Draft step down plan - Khalil",
                     "Outcome: Adam's attendance at 95%.", "Outcome: support for Dad's rehabilitation and carers' allowance."])]
    top = outlook_top(f, addr("Vaughan, Harriet", "harriet.vaughan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Khalil sibling group", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["1845220"],
        [ch("Nour Khalil", "2026-04-14", "14/04/2026"), ch("Adam Khalil", "2028-10-02", "02/10/2028"),
         ch("Jana Khalil", "2031-01-19", "19/01/2031")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "Complete Herefordshire step-down for a sibling group: signed consent form (PDF), draft plan (.docx), lead "
        "practitioner named with agency -> book_meeting. 'Mosaic no. 1845220' -> bare number. Adam's attendance "
        "still 89% and the plan targets it -> school_attendance.",
        not_children=["Gareth Pugh", "Harriet Vaughan"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2036-06-26 14:00:38"
    body = T("""
Hi,

Step down for the Safi family: Zarmina Safi (08/08/2029) and Hamid Safi (21/03/2033). Mosaic no. 1851174.

Dad gave his consent to the step down verbally through the Pashto interpreter at my visit on Tuesday. The written consent form wasn't signed on the day because the interpreter had to leave - I'll take it back next week.

The draft plan is attached. Lead practitioner: Ceri Watkins, Pastoral Lead, Kington Primary School.

Thanks
Owen Bevan
Social Worker, Kington and Leominster Team
""") + HDISC
    atts = [docx_att("Draft plan - Safi.docx", ["# Draft step down plan - Safi", "Outcome: Hamid settled in nursery.",
                     "Outcome: Dad linked with ESOL and the job centre."])]
    top = outlook_top(f, addr("Bevan, Owen", "owen.bevan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Safi", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 7,
        "ordinary", "step_down", False, None, ["1851174"],
        [ch("Zarmina Safi", "2029-08-08", "08/08/2029"), ch("Hamid Safi", "2033-03-21", "21/03/2033")],
        [], True, None, ["consent_form"], None, "request_info",
        "Herefordshire step-down with verbal consent through an interpreter (consent true) but the written consent "
        "form not yet signed -> 'consent_form' missing -> request_info. Plan and lead practitioner present.",
        not_children=["Ceri Watkins", "Owen Bevan"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2036-07-18 09:30:26"
    body = T("""
Dear MASH,

I'd like to request a step up for Ali Hassani (DOB 23/10/2025), Year 5. Ali's family moved out of the asylum hotel into a private rented flat in Bromyard at Easter. At the home visit last week there were no beds (the children sleep on coats), no cooker, and the fridge was empty; Ali has been taking food from other children's lunchboxes. Early Help has been involved since April but the landlord and the Home Office provider each say it is the other's job.

Both parents consent to this request (we used a Farsi interpreter).

Kind regards
Megan Price
Designated Safeguarding Lead, Bromyard St Peter's Primary
""")
    top = plain_top(f, addr("Megan Price", "dsl@bromyardstpeters.example"), addr(None, HMASH),
                    "Step up request - Ali Hassani", when, "bromyardstpeters.example", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "herefordshire", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, [], [ch("Ali Hassani", "2025-10-23", "23/10/2025")],
        ["neglect"], True, None, [], None, "human_review",
        "Herefordshire step-up: REQUIREMENTS says step_up is not defined by Herefordshire's seed -> human_review, "
        "missing []. Neglect (no beds, no food) but nothing happening tonight -> not urgent. Consent true.",
        not_children=["Megan Price"])

# ============================================================================= specification tables
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

# England & Wales bank holidays in 2036 on weekdays (set_checks() compares with the holidays package):
# New Year's Day Tue 1 Jan; Good Friday 11 Apr; Easter Monday 14 Apr; May Day Mon 5 May; Spring Bank Holiday
# Mon 26 May; Late Summer Bank Holiday Mon 25 Aug; Christmas Day Thu 25 Dec; Boxing Day Fri 26 Dec.
BANK_HOLIDAYS = {date(2036, 1, 1), date(2036, 4, 11), date(2036, 4, 14), date(2036, 5, 5), date(2036, 5, 26),
                 date(2036, 8, 25), date(2036, 12, 25), date(2036, 12, 26)}
IN_WINDOW = {date(2036, 5, 5): "May Day", date(2036, 5, 26): "Spring Bank Holiday"}
EASTER = {date(2036, 4, 11): "Good Friday", date(2036, 4, 14): "Easter Monday"}     # both before the window
WINDOW = (datetime(2036, 4, 21, tzinfo=LON), datetime(2036, 7, 18, 23, 59, 59, tzinfo=LON))
BST_START = datetime(2036, 3, 30, 1, 0, 0, tzinfo=UTC)     # last Sunday of March 2036
BST_END = datetime(2036, 10, 26, 1, 0, 0, tzinfo=UTC)      # last Sunday of October 2036
MAX_YEAR = 2036
CAT_EXPECTED = {"urgent": 12, "near_miss": 12, "ordinary": 16}
# Knowsley notice counts: file -> (working days, plain weekdays), today = Europe/London date of `now`
COUNTS_EXPECTED = {"knowsley_01.eml": (4, 5), "knowsley_02.eml": (4, 5), "knowsley_03.eml": (6, 6),
                   "knowsley_08.eml": (5, 6)}
DECISIVE_EXPECTED = ["knowsley_01.eml", "knowsley_02.eml"]

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


# ============================================================================= set checks
def yaml_requirement_ids():
    """Requirement ids per (authority, kind) read from /work/main/config/authorities/<name>.yaml."""
    import yaml
    out = {}
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        with open("/work/main/config/authorities/%s.yaml" % a, encoding="utf-8") as fh:
            pack = yaml.safe_load(fh)
        for kind, spec in (pack.get("kinds") or {}).items():
            out[(a, kind)] = {r["id"] for r in (spec.get("requirements") or [])}
    return out

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
    try:
        yids = yaml_requirement_ids()
        for lab in LABELS:
            a, k = lab["authority"], lab["expect"]["kind"]
            for rid in lab["expect"]["missing"]:
                if rid not in yids.get((a, k), set()):
                    errors.append("%s: requirement id %s not in %s.yaml for %s" % (lab["file"], rid, a, k))
        for (a, k, _l), ids in REQ.items():
            if not ids <= yids.get((a, k), set()):
                errors.append("set: REQ ids %s absent from %s.yaml %s" % (sorted(ids - yids.get((a, k), set())), a, k))
    except Exception as ex:
        errors.append("set: cannot read the YAML packs (%r)" % ex)
    per = {}
    for lab in LABELS:
        per.setdefault(lab["authority"], []).append(CATS[lab["file"]])
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        if len(per.get(a, [])) != 8: errors.append("%s: needs 8 files, has %d" % (a, len(per.get(a, []))))
    tot = {c: list(CATS.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}
    if tot != CAT_EXPECTED or tot["urgent"] < 11 or tot["near_miss"] < 11:
        errors.append("set: category totals %s, expected %s" % (tot, CAT_EXPECTED))
    kinds = {l["expect"]["kind"] for l in LABELS}
    if kinds != KINDS: errors.append("set: kinds present %s, need every kind" % sorted(kinds))
    return errors, tot

def _today(f):
    lab = next(l for l in LABELS if l["file"] == f)
    return datetime.fromisoformat(lab["now"]).astimezone(LON).date()

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2036])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: bank holidays in the window are %s, expected %s" % (inside, IN_WINDOW))
    easter = {d: pkg.get(d) for d in pkg if "Easter" in pkg.get(d) or "Good Friday" in pkg.get(d)}
    if easter != EASTER or not all(d < WINDOW[0].date() for d in easter):
        errors.append("set: Easter 2036 is %s, expected %s before the window" % (easter, EASTER))
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2036, 3) and BST_END.date() == last_sun(2036, 10)):
        errors.append("set: BST dates wrong")
    if not (WINDOW[0].weekday() == 0 and WINDOW[1].weekday() == 4):
        errors.append("set: window must run Monday to Friday")
    d = WINDOW[0].date()
    while d <= WINDOW[1].date():
        if datetime(d.year, d.month, d.day, 12, tzinfo=LON).utcoffset() != timedelta(hours=1):
            errors.append("set: %s is not BST" % d)
        d += timedelta(days=1)
    counts, offsets = {}, set()
    for lab in LABELS:
        f = lab["file"]
        msg = parse(f)
        offsets.add(msg["Date"].strip()[-5:])
        text = readable(msg)
        if lab["expect"]["urgent"]:
            m = ALARM_BRIEF.search(text + " " + all_headers(msg))
            if m: errors.append("%s: urgent mail contains the forbidden word %r" % (f, m.group(0)))
        mt = META[f]["meeting"]
        if mt is not None:
            counts[f] = (working_days(_today(f), mt), plain_weekdays(_today(f), mt))
        pos = []
        for c in lab["expect"]["children"]:
            mc = next(x for x in META[f]["children"] if x["name"] == c["name"])
            pos.append(text.find(mc["_as"] or c["name"]))
        if pos != sorted(pos):
            errors.append("%s: children not in order of first appearance" % f)
        k = lab["expect"]["kind"]
        subj = str(msg["Subject"])
        if k == "follow_up" and "[SB-" not in subj: errors.append("%s: follow_up without [SB-] reference" % f)
        if k in ("step_up", "step_down", "other") and "[SB-" in subj: errors.append("%s: [SB-] on a new mail" % f)
        if k == "auto_reply" and msg["Auto-Submitted"] is None: errors.append("%s: auto_reply without Auto-Submitted" % f)
        cals = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
        if k == "meeting_reply" and not (len(cals) == 1 and "METHOD:REPLY" in cals[0].get_payload(decode=True).decode()):
            errors.append("%s: meeting_reply needs one METHOD:REPLY part" % f)
        if k != "meeting_reply" and any("METHOD:REPLY" in p.get_payload(decode=True).decode() for p in cals):
            errors.append("%s: iTIP REPLY on a non-reply" % f)
    if counts != COUNTS_EXPECTED:
        errors.append("set: Knowsley notice counts %s, expected %s" % (counts, COUNTS_EXPECTED))
    decisive = sorted(f for f in counts if (counts[f][1] >= 5) != (counts[f][0] >= 5))
    if decisive != DECISIVE_EXPECTED:
        errors.append("set: decisive counts %s, expected %s" % (decisive, DECISIVE_EXPECTED))
    if {h for f in decisive for h in BANK_HOLIDAYS if _today(f) < h <= META[f]["meeting"]} != set(IN_WINDOW):
        errors.append("set: the decisive counts must cross May Day and the Spring Bank Holiday between them")
    if offsets != {"+0100"}:
        errors.append("set: Date offsets %s" % offsets)
    return errors

def stats():
    out = []
    for key in ("kind", "next_action", "consent", "manager_agreed", "level", "notice_ok", "urgent"):
        c = {}
        for l in LABELS:
            v = str(l["expect"][key]); c[v] = c.get(v, 0) + 1
        out.append("%s: %s" % (key, dict(sorted(c.items()))))
    c = {}
    for l in LABELS:
        c[l["mailbox"]] = c.get(l["mailbox"], 0) + 1
    out.append("mailbox: %s" % c)
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        cs = [CATS[l["file"]] for l in LABELS if l["authority"] == a]
        out.append("%s: urgent %d / near_miss %d / ordinary %d" % (a, cs.count("urgent"), cs.count("near_miss"), cs.count("ordinary")))
    for f in sorted(COUNTS_EXPECTED):
        out.append("%s: today %s meeting %s -> %s" % (f, _today(f), META[f]["meeting"], COUNTS_EXPECTED[f]))
    return "\n".join(out)

def main():
    for name, fn in sorted(globals().items()):
        if re.match(r"^(knowsley|richmond_wandsworth|tower_hamlets|torbay|herefordshire)_\d\d$", name):
            fn()
    errors, tot = check()
    errors += set_checks()
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
