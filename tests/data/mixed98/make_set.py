#!/usr/bin/env python3
"""mixed98: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the summer term of 2045 (Monday 17 April - Friday 21 July 2045, British Summer Time throughout), in LGBTQ+
young people and their families' responses: young people thrown out after coming out, taken or about to be taken
abroad to be "fixed", a trans teenager's goodbye message after a family row, a parent's threat of violence, sofa
surfing with older men, online outing and abuse, and supportive families asking for help.

Bank holidays from the `holidays` package (England): Easter is before the window (Good Friday 7 April, Easter Monday
10 April 2045); inside it are May Day (Monday 1 May) and the Spring Bank Holiday (Monday 29 May). Two Knowsley notice
counts are decided by them (knowsley_02 across 1 May, knowsley_03 across 29 May: 5 plain weekdays, 4 working days).

Deterministic: no clock, no randomness (boundaries, Message-IDs, UIDs from sha1 of the file name). Run with
/work/main/.venv/bin/python make_set.py [--stats]. The MIME, Word HTML, PDF, .docx, iCalendar, out-of-office,
quote-chain, working-day, readable-text and self-check helpers are copied from
/work/main/tests/data/mixed27/make_set.py and adapted. Every label was set by hand from the specification; the
self-checks only verify them and STOP on any error before anything is written.
"""


import base64, hashlib, html, json, os, quopri, re, struct, sys, zlib
import email, email.policy, email.utils
from email.header import Header
from datetime import datetime, date, timedelta, timezone
from zoneinfo import ZoneInfo
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
    """Local (Europe/London) wall-clock time. The whole window (17 April - 21 July 2045) is British Summer Time
    (+0100): BST began at 01:00 UTC on Sunday 26 March 2045 and ends on Sunday 29 October 2045. The self-check
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
            zi = zipfile.ZipInfo(name, date_time=(2045, 4, 3, 0, 0, 0))
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
    f = "knowsley_01.eml"; when = "2045-06-13 08:52:14"
    body = T("""
Good morning,

I am the Designated Safeguarding Lead at Prescot Park High School. I'm writing to the MASH inbox because I could not get through on the phone line (engaged for 20 minutes) and I don't want this to sit.

Rayan Qureshi (Year 10, DOB 04/11/2029) came to my office at 8.20 this morning. He has a split lip and bruising along his left cheekbone and both forearms. He told me that last night his mum picked up his phone and read his messages with a boy from another school. She showed his two older brothers (Imran, 22 and Tariq, 19). He said they took him up to the box room and "took turns" punching and kicking him while his dad stood at the door. His words: "they said they'd keep going till it's out of me".

He says his dad has told him he is going to his uncle's in Bradford "until he's sorted", but for now he has to be home by 5pm tonight and his brothers will be there. He asked me not to ring home because "they'll know I told". He is sitting in the pastoral base with our learning mentor and will stay with us until we hear from you.

I have not contacted the family. We have no Early Help involvement open that I know of.

Regards,
Nadia Farrow
Assistant Head / Designated Safeguarding Lead
Prescot Park High School
0151 496 0732
""")
    top = outlook_top(f, addr("Nadia Farrow", "n.farrow@prescotpark.example.org.uk"), addr("Knowsley MASH", KMASH),
                      "Year 10 pupil - injuries this morning - cannot go home tonight", when,
                      mid_domain="prescotpark.example.org.uk")
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Rayan Qureshi", "2029-11-04", "04/11/2029")], ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT (DESIGN safety rule 1), told flatly by a school DSL: a 15-year-old beaten by his brothers last night "
        "after his family read his messages with a boy, injuries seen this morning, and he must be home by 5pm tonight "
        "with the same brothers there; no alarm words. A school's report, not a step request from the lead "
        "practitioner -> kind other; urgent -> alert_duty. Concerns: physical_harm. The brothers (22, 19) are adults "
        "named by first name only and are not labelled.", not_children=["Nadia Farrow"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2045-04-26 10:05:31"
    body = T("""
Hi MASH team,

Please find attached a step up request for Lewis Carney (DOB 17/02/2031), EHM-62215.

Lewis is 14. Since he told his parents he is gay in January, dad (Martin Carney) has stopped speaking to him except to say he is "not welcome at the table", and has said more than once he will "put him out" at 16. Mum's depression has got much worse (she is on the waiting list for the Talking Therapies service). Both parents have stopped coming to TAF meetings: they missed the last three reviews and will not let me in on home visits. Lewis is spending most evenings at the Spectrum youth group and at his nan's.

My manager Desmond Faulk has agreed the step up.

The step up TAF meeting is Wednesday 3rd May at 10am on Teams; I've sent the invitation from my calendar to the MASH inbox and MASH business support this morning and invited school, the youth worker and the school nurse.

Attached:
- Appendix 1 FF Step Up request to CSC - Carney.docx
- TAF minutes 19.04.2045 - Carney.pdf
- Engaging Families toolkit - Carney.docx

Thanks,
Joanne Tickle
Family First Case Manager
Knowsley Council
0151 496 0519
""") + KDISC
    atts = [docx_att("Appendix 1 FF Step Up request to CSC - Carney.docx", appendix1([
                ("Child's name", "Lewis Carney"), ("Date of birth", "17/02/2031"), ("EHM number", "EHM-62215"),
                ("Reason for step up", "Parents not engaging with the TAF plan; father's hostility to Lewis since he came out; mother's depression."),
                ("Team manager agreement", "Desmond Faulk - agreed 25/04/2045")])),
            pdf_att("TAF minutes 19.04.2045 - Carney.pdf", "TAF review minutes - Lewis Carney - EHM-62215",
                    ["Date: 19/04/2045. Present: J Tickle (FF), school pastoral lead, Spectrum youth worker.",
                     "Apologies: none received from Mr or Mrs Carney (third review missed).",
                     "Lewis says home is 'silent' and he eats in his room. He goes to his nan's most weekends.",
                     "Action: case manager to discuss step up with team manager."]),
            docx_att("Engaging Families toolkit - Carney.docx", ["# Engaging Families toolkit",
                     "Family: Carney. Attempts to engage: 6 home visits (2 answered), 4 calls, 3 letters.",
                     "Outcome: parents decline to take part in the TAF plan."])]
    top = outlook_top(f, addr("Tickle, Joanne", "Joanne.Tickle@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Lewis Carney - EHM-62215", when, cc=addr("MASH business support", KBS))
    add(f, mail(f, top, body, atts, html_alt=True), "knowsley", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, ["EHM-62215"],
        [ch("Lewis Carney", "2031-02-17", "17/02/2031")], ["non_engagement", "parental_mental_health"], None, True,
        [], False, "request_info",
        "Knowsley step-up with the Appendix 1 form, TAF minutes and (for non_engagement) the Engaging Families toolkit "
        "attached, EHM id and manager agreement ('My manager Desmond Faulk has agreed the step up') -> nothing "
        "missing. NOTICE ACROSS MAY DAY, DECISIVE: sent Wed 26 April 2045, TAF 'Wednesday 3rd May' = Thu 27, Fri 28, "
        "(Mon 1 May bank holiday), Tue 2, Wed 3 -> 4 working days < 5 (5 plain weekdays) -> notice not ok -> "
        "request_info. Consent not mentioned -> null. Dad's threat to 'put him out' at 16 is a future worry, not "
        "tonight.", meeting=date(2045, 5, 3), not_children=["Martin Carney", "Joanne Tickle", "Desmond Faulk"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2045-05-24 14:30:08"
    blocks = [
        "Hello Family First duty,", "",
        "Step down to Level 2 for Ava Molyneux (DOB 30/08/2031), ICS ID 2043377.", "",
        "Ava (13) was open to CIN after she was assaulted by another pupil for being a lesbian and the family were not "
        "coping. Mum and Ava have worked really well with me and the Spectrum group and we agree she no longer needs "
        "a social worker.", "",
        ("table", [["", ""],
                   ["Final CIN meeting", "Wednesday 31st May at 2pm"],
                   ["Venue", "Halewood Academy, meeting room 2"],
                   ["New Lead Practitioner", "Kit Fenwick, Youth Worker, Knowsley Youth Service (Spectrum LGBTQ+ group)"]]),
        "",
        ("h", "What are we worried about?"),
        "Ava still gets comments online from pupils at her old school, and she can go quiet and stop eating when it starts again.",
        ("h", "What is working well?"),
        "Mum has been a strong advocate. The new school has moved her form group. Ava goes to Spectrum every Tuesday and has friends there.",
        ("h", "What needs to happen?"),
        "Kit to hold the Early Help plan; school to monitor online incidents with Ava; mum to keep the family support sessions going.",
        "",
        "Thanks, Rachel",
        "Rachel Dunphy | Social Worker | CIN Team (Halewood) | Knowsley Council | 0151 496 0644",
    ]
    top = outlook_top(f, addr("Dunphy, Rachel", "Rachel.Dunphy@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down L2 - Ava Molyneux - ICS 2043377", when)
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 2,
        "ordinary", "step_down", False, 2, ["2043377"],
        [ch("Ava Molyneux", "2031-08-30", "30/08/2031")], [], None, None, [], False, "request_info",
        "Knowsley level 2 step-down in Word HTML with a table: final CIN meeting date, time and venue, the new lead "
        "practitioner with agency, and all three Signs of Safety headings -> nothing missing. 'ICS ID 2043377' -> the "
        "bare number. NOTICE ACROSS THE SPRING BANK HOLIDAY, DECISIVE: sent Wed 24 May, meeting Wed 31 May = Thu 25, "
        "Fri 26, (Mon 29 May bank holiday), Tue 30, Wed 31 -> 4 WD < 5 (5 plain weekdays) -> request_info. Concerns: "
        "the assault that opened the case is past and online comments fit no contract id -> []. Consent not stated "
        "(not required at level 2 by REQUIREMENTS.md) -> null.", meeting=date(2045, 5, 31),
        not_children=["Kit Fenwick", "Rachel Dunphy"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2045-06-01 12:00:40"
    h = LAYOUT_HEAD + T("""
<h2 style="font-family:Arial;color:#7B2C8F">Whiston Vale High - Pride Month Bulletin, June 2045</h2>
<p>Welcome to our Pride Month bulletin for families, staff and partners.</p>
<h3>This month</h3>
<ul><li>Rainbow lanyards are available from reception for any staff member who wants one.</li>
<li>Our GSA (Gender and Sexuality Alliance) club meets Thursdays at lunch in L4.</li>
<li>Year 9 PSHE covers "Coming out and staying safe online".</li></ul>
<h3>From our safeguarding team</h3>
<p>National research tells us LGBTQ+ young people are more at risk of homelessness, and of being targeted online. If a young person ever tells you they have been thrown out, or are in danger at home because of who they are, please speak to a Designated Safeguarding Lead the same day. In an emergency always call 999.</p>
<p>None of this is about any pupil at our school - it is general guidance for Pride Month.</p>
<h3>Dates</h3>
<p>Pride picnic on the field: Friday 30 June, 12.30pm. Parents welcome.</p>
<p>Whiston Vale High School | Communications Team</p>
</body></html>
""")
    top = plain_top(f, addr("Whiston Vale High Communications", "comms@whistonvale.example.org.uk"),
                    addr("Parents and partners", "parents.partners@whistonvale.example.org.uk"), "Pride Month Bulletin - June 2045", when,
                    "whistonvale.example.org.uk", "Mailchimp Mailer", cc=addr(None, KMASH))
    add(f, html_only(f, top, h), "knowsley", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a school's Pride Month bulletin (HTML-only, mass mail copied to the MASH inbox). 'at risk', 'thrown "
        "out', 'in danger at home' and 'emergency' are general guidance about nobody real ('None of this is about any "
        "pupil') -> not urgent; a newsletter -> other -> human_review; no children.")

def knowsley_05():
    f = "knowsley_05.eml"; when = "2045-07-06 11:10:22"
    body = T("""
Hi both,

Step down to Family First (Level 3) for Jamie Lathom, DOB 22/03/2030, ICS ID 1987654.

Jamie is 15 and is a trans girl (she/her). The CIN plan started in February after a big row at home when Jamie came out and mum and step-dad struggled badly. Things have turned right round: mum and step-dad have done the family sessions with Mermaids-type support and the parents' group, and Jamie says home feels "like mine again".

Joint home visit: Thursday 13th July at 10am, at home - 27 Larch Close, Kirkby, L32 9ZQ.

Consent: mum and Jamie both signed the Family First consent form at the CIN review on 4 July.

What are we worried about?
Jamie's attendance dropped to 84% in the spring term and she still finds PE changing difficult.

What is working well?
Mum and step-dad use Jamie's name and pronouns; Jamie goes to Spectrum on Tuesdays; school have agreed a private changing space.

What needs to happen?
A FF case manager to carry on the TAF with school on attendance; a check-in with the family after the summer.

Many thanks,
Owen Pridding
Social Worker, CIN Team (Kirkby), Knowsley Council
0151 496 0371
""") + KDISC
    top = plain_top(f, addr("Pridding, Owen", "Owen.Pridding@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "Step down L3 - Jamie Lathom", when, KDOM, "Microsoft Outlook 16.0",
                    cc=addr("Marsh, Elinor", "Elinor.Marsh@" + KDOM))
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["1987654"],
        [ch("Jamie Lathom", "2030-03-22", "22/03/2030")], ["school_attendance"], True, None, [], True, "book_meeting",
        "Complete Knowsley level 3 step-down: joint home visit date, time and address; 'mum and Jamie both signed the "
        "Family First consent form' -> consent true; all three Signs of Safety headings. Notice: sent Thu 6 July, visit "
        "Thu 13 July = Fri 7, Mon 10, Tue 11, Wed 12, Thu 13 -> exactly 5 WD -> ok -> book_meeting. The row that opened "
        "the CIN plan is past; attendance 84% -> school_attendance.", meeting=date(2045, 7, 13),
        not_children=["Owen Pridding"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2045-04-21 23:14:05"
    body = T("""
hi i dont know if this is the right email i got it off the school website

my names callum reilly im 16. my mum and her boyfriend put me out the house at 11 tonight because he saw me with my boyfriend on facebook. he threw my bag out the window and said dont come back. mum didnt say anything she just shut the door

i'm sat at the bus shelter on Cherryfield Drive. my phone is on 9%. i havent got any money and my mates mum said i cant stay there. i dont have anywhere to go tonight

can someone ring me 07700 900614

sent from my phone
""")
    top = plain_top(f, addr("callum reilly", "callumr2029@example.com"), addr(None, KMASH),
                    "help", when, "example.com", None)
    add(f, iphone_mail(f, top, body), "knowsley", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Callum Reilly", as_written="callum reilly")], ["neglect"], None, None, [], None, "alert_duty",
        "URGENT, in the young person's own words at 23:14 from his phone: a 16-year-old put out of the house at 11pm "
        "tonight after his mum's boyfriend saw him with his boyfriend online, at a bus shelter with 9% battery, no money "
        "and nowhere to go; no alarm words. kind other (not a step request) -> alert_duty (out of hours: EDT). Name "
        "written in lower case -> 'Callum Reilly'; no DOB. Concerns: a parent putting a 16-year-old out at night with "
        "nowhere to go -> neglect.")

def knowsley_07():
    f = "knowsley_07.eml"; when = "2045-04-27 09:30:50"
    data = itip_reply(f, when, "Gemma Halsall", "g.halsall@prescotpark.example.org.uk",
                      ("Knowsley MASH", KMASH), "ACCEPTED", "Step up TAF - EHM-62215",
                      "20450503T100000", "20450503T110000", "Microsoft Teams Meeting",
                      comment="I'll join from school. I'll bring Lewis's attendance and the pastoral log.")
    add(f, data, "knowsley", "mash_step_up", when, 1,
        "ordinary", "meeting_reply", False, None, ["EHM-62215"], [], [], None, None, [], None, "record_reply",
        "An Outlook iTIP REPLY (ACCEPTED) from the school to the step-up TAF for knowsley_02's family, organised from "
        "the MASH inbox; case id from the SUMMARY; the comment names the child by first name only -> no child labelled "
        "-> record_reply.")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2045-07-10 15:20:11"
    body = T("""
Hi MASH,

Just closing the loop on Jay Whitfield (EHM-60917), who you screened in May after his dad said he would "kick him out" when he found out Jay was bi.

As you know MASH recorded NFA and the EH episode was closed on 12 June. Since then: dad apologised to Jay in front of the family worker, the whole family went to three mediation sessions, and Jay is still living at home and is happy there. He was made a Pride ambassador at school last week. No concerns from us at all - this is just so your records show how it ended.

Nothing needed from you.

Best wishes,
Sophie Atherton
Pastoral Manager, Knowsley Park Academy
""")
    top = plain_top(f, addr("Sophie Atherton", "s.atherton@knowsleypark.example.org.uk"), addr("Knowsley MASH", KMASH),
                    "Jay Whitfield - update, no action needed", when, "knowsleypark.example.org.uk",
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 7,
        "near_miss", "other", False, None, ["EHM-60917"], [ch("Jay Whitfield")], [], None, None, [], None,
        "human_review",
        "NEAR MISS: a referral already closed (MASH NFA, EH closed 12 June); the father's threat to 'kick him out' is "
        "history, resolved by mediation; the young person is at home and happy; 'Nothing needed from you' -> other -> "
        "human_review; concerns [] (historic and resolved).", not_children=["Sophie Atherton"])


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2045-05-18 13:40:27"
    blocks = [
        "Dear MASH colleagues,", "",
        "I am the Early Help Team Manager for the Mirza family and I have agreed this step up to Children's Services. "
        "The latest case summary and our rationale are attached.", "",
        ("table", [["Child", "DOB", "Mosaic"], ["Sana Mirza", "11/02/2030", "2291734"]]),
        "",
        "Sana (15) told our Early Help worker at lunchtime today that her parents found out she has a girlfriend. "
        "Dad slapped her on Sunday and took her phone. This morning mum told her that they are all flying to Lahore "
        "tomorrow at 9am (Heathrow), that she is going to stay with her aunt and uncle \"to be fixed\", and that she "
        "will not be coming back for the new school year. Sana has seen the tickets. Her passport has been taken from "
        "her room.", "",
        "Sana is at Putney Heath School until 3.20pm today and is expected to go straight home. She has said she does "
        "not want to go.", "",
        "Attachments: Case summary - Mirza.pdf; Rationale for step up - Mirza.docx", "",
        "Regards,",
        "Harriet Okwu",
        "Early Help Team Manager (Wandsworth West) | 020 7946 0455",
    ]
    atts = [pdf_att("Case summary - Mirza.pdf", "Early Help case summary - Sana Mirza",
                    ["Open to Early Help since March 2045 after school reported low mood.",
                     "Family: mother, father, Sana (15), two younger brothers.",
                     "Update 18/05/2045: disclosure of slap on Sunday; planned travel tomorrow."]),
            docx_att("Rationale for step up - Mirza.docx", ["# Rationale for step up",
                     "Sana describes physical chastisement and a planned removal abroad tomorrow to 'fix' her sexuality. "
                     "This is beyond what Early Help can hold."])]
    top = outlook_top(f, addr("Okwu, Harriet", "Harriet.Okwu@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Sana Mirza - travel planned tomorrow", when)
    add(f, word_mail(f, top, blocks, atts), "richmond_wandsworth", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["2291734"],
        [ch("Sana Mirza", "2030-02-11", "11/02/2030")], ["physical_harm"], None, True, [], None, "alert_duty",
        "URGENT: a 15-year-old whose parents have booked flights for 9am tomorrow to leave her with relatives 'to be "
        "fixed', passport taken, slapped on Sunday, due home at 3.20pm today; no alarm words. Otherwise a complete "
        "Richmond step-up from the Early Help team manager (case summary + rationale attached; 'I have agreed this step "
        "up' -> manager true). Urgent -> alert_duty. Concerns: physical_harm (the slap; the planned removal has no own "
        "contract id).", not_children=["Harriet Okwu"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2045-04-25 10:20:45"
    body = T("""
Hi Jasper,

Further to our call this morning, confirming the step down case discussion for Theo Marsden-Blake (DOB 2029-09-09), Mosaic ID 2230418, on Thursday 27th April at 11am on Teams.

Theo is 15 and came out as trans to his family in the autumn; after the row in November he spent two weeks with his aunt. He is back home, and the CIN plan has done what it needed to do. I've attached the latest case summary and the draft Early Help plan.

Consent: I'm afraid mum has said she does not consent to Early Help. She feels "services have done enough" and wants the family left alone. Theo himself would like to keep seeing the youth worker. I'll talk to mum again but for now it's a no.

Lead professional - we had hoped for Bea Lister at the Roehampton youth hub, subject to consent.

Thanks,
Maya Sandhu
Social Worker, Wandsworth Children's Services
020 7946 0387
""") + RDISC
    atts = [pdf_att("Case summary - Marsden-Blake.pdf", "Case summary - Theo Marsden-Blake - Mosaic 2230418",
                    ["CIN since November 2044 after family conflict about Theo's gender identity.",
                     "Theo returned home in December. Relationships improved. No current child protection concerns."]),
            docx_att("Draft EH plan - Marsden-Blake.docx", ["# Draft Early Help plan",
                     "Theo to continue with the Roehampton youth hub; family sessions offered to mum."])]
    top = outlook_top(f, addr("Sandhu, Maya", "Maya.Sandhu@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Theo Marsden-Blake - case discussion Thurs 27th", when,
                      cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["2230418"],
        [ch("Theo Marsden-Blake", "2029-09-09", "2029-09-09")], [], False, None, ["consent"], None, "request_info",
        "Richmond step-down with the case summary (.pdf) and draft plan (.docx); case discussion Thu 27 April, within "
        "5 days of the contact. CONSENT REFUSED: 'mum has said she does not consent to Early Help' -> false -> consent "
        "missing -> request_info. The November row is past -> concerns []. 'Mosaic ID 2230418' -> bare number.",
        not_children=["Maya Sandhu", "Bea Lister"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2045-06-07 09:15:12"
    body = T("""
Dear colleagues,

Invitation: "Safe at home? LGBTQ+ young people and their families" - half-day training, Wednesday 5 July, 9.30am-1pm, Civic Centre Room 3 (also on Teams).

The session covers:
- why LGBTQ+ young people are over-represented among young people at risk of homelessness;
- recognising when a family's reaction to a young person coming out becomes a safeguarding concern;
- conversion practices, including young people taken abroad for "treatment";
- case scenarios, e.g. "Child A, 15, tells a teacher his brothers will hurt him if he goes home tonight" - what do you do, and who do you call in an emergency?

All scenarios are fictional and used for training only.

Please book through the Learning Zone by 30 June.

Kind regards,
Workforce Development Team
Richmond and Wandsworth Councils
""")
    top = plain_top(f, addr("Workforce Development", "workforce.development@" + RDOM),
                    addr("MASH Step Up", RSU), "Training: Safe at home? LGBTQ+ young people and their families", when,
                    RDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "richmond_wandsworth", "mash_step_up", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a training invitation on LGBTQ+ inclusion whose scenarios ('Child A, 15 ... if he goes home "
        "tonight') are fictional and for training only; 'at risk', 'safeguarding', 'emergency' about nobody real -> "
        "other -> human_review.")

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2045-07-04 18:42:33"
    body = T("""
Hi,

I run the Thursday LGBTQ+ group at Battersea Youth Hub. One of our young people, Noah Kellaway (14, he/him), sent this to our group chat at 17:58:

"thanks for everything you lot. tell kit im sorry. i cant do another night of them calling me her and saying im sick. im not going to be around anymore. love you all x"

He hasn't answered since - not to me, not to his friends, not to calls. His friend Jess rang his mum at 18.20; mum said Noah isn't home, she hasn't seen him since he left for school, and she "isn't chasing him". Last night there was a huge row at home when his dad found his binder and cut it up.

I've tried his phone six times. It goes to voicemail. I don't know where he is. His home address is 14 Elm Rise, Battersea SW11 9ZZ.

Please can someone call me on 07700 900288.

Dee Okonkwo
Youth Worker, Battersea Youth Hub
""")
    top = plain_top(f, addr("Dee Okonkwo", "dee.okonkwo@batterseayouth.example.org"), addr("Early Help Duty", RED),
                    "Noah Kellaway - message to group", when, "batterseayouth.example.org", None)
    add(f, mail(f, top, body), "richmond_wandsworth", "early_help_duty", when, 2,
        "urgent", "other", True, None, [], [ch("Noah Kellaway")], ["missing"], None, None, [], None, "alert_duty",
        "URGENT: a trans 14-year-old's goodbye message to his youth group at 17:58 after a row last night; not answering, "
        "not home, whereabouts unknown; sent at 18:42 (out of hours -> EDT); no alarm words. kind other -> alert_duty. "
        "Concerns: missing (not home, nobody knows where he is); no contract id for his own suicidal intent.",
        not_children=["Dee Okonkwo"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2045-05-15 11:00:19"
    body = T("""
Dear MASH,

I am requesting a step up to Children's Services for Maisie Coulter, DOB 05/05/2032, Mosaic 2317705. As her Early Help Team Manager I have agreed this step up following our reflective discussion on Friday.

Maisie is 13. She came out to her mum in March. Dad's response has been to shout and smash things, and on two occasions police have attended for incidents between dad and mum, the last on 9 May. Mum says she wants to leave but is frightened to. Maisie is staying at her gran's at weekends and is safe there.

I attach the latest case summary. I'm still finishing the written rationale and will send it tomorrow.

Regards,
Corinna Hale
Early Help Team Manager (Richmond North)
020 7946 0512
""") + RDISC
    atts = [pdf_att("Case summary - Coulter.pdf", "Early Help case summary - Maisie Coulter",
                    ["Open to EH since March 2045. Father's anger since Maisie came out; police call-outs 27/04 and 09/05.",
                     "Mother attending the IDVA service."])]
    top = outlook_top(f, addr("Hale, Corinna", "Corinna.Hale@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up request - Maisie Coulter", when)
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["2317705"],
        [ch("Maisie Coulter", "2032-05-05", "05/05/2032")], ["domestic_abuse"], None, True, ["rationale"], None,
        "request_info",
        "Richmond step-up from the Early Help team manager ('I have agreed this step up' -> true) with the case summary "
        "attached but the rationale still to come ('will send it tomorrow') -> rationale missing -> request_info. "
        "Concerns: police call-outs for incidents between the parents -> domestic_abuse. 'Mosaic 2317705' -> bare "
        "number. Not urgent: weekends at gran's, no incident tonight described.", not_children=["Corinna Hale"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2045-06-16 14:00:51"
    body = T("""
Hello,

I hope this is the right place. My son Oscar Bright is 13 and told us last month that he is gay. We love him to bits and told him so, but he's worried about his grandparents finding out and I am scared of getting things wrong.

I read that LGBTQ+ kids are at risk of all sorts online and I just want to keep him safe. Is there a support group for parents like us, or something for Oscar to go to with other young people? He's not in any danger - we're just a bit out of our depth.

Thank you,
Claire Bright
(Oscar's mum)
Sent from my iPad
""")
    top = plain_top(f, addr("Claire Bright", "claire.bright@example.com"), addr("Early Help Duty", RED),
                    "Support group for parents?", when, "example.com", None)
    add(f, iphone_mail(f, top, body), "richmond_wandsworth", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [], [ch("Oscar Bright")], [], None, None, [], None, "human_review",
        "NEAR MISS: a supportive parent asking for a parents' support group; 'at risk of all sorts online' is general, "
        "'He's not in any danger' is negated -> not urgent; an enquiry -> other -> human_review; concerns [].",
        not_children=["Claire Bright"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2045-04-26 16:05:03"
    ack = ack_text("step-down", "SB-richmond_wandsworth-1231",
                   ["Child: Theo Marsden-Blake", "Mosaic: 2230418"], ["Confirmation that the family consent to Early Help"])
    body = T("""
Hi,

Good news - I went back to see mum this afternoon with Theo there, and she has now consented to Early Help continuing the plan. She has signed the consent form, attached. She'd also like Bea Lister at the Roehampton youth hub to be the lead professional.

Still on for tomorrow at 11.

Maya

Maya Sandhu
Social Worker, Wandsworth Children's Services
""") + quote("Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>", "25 April 2045 10:24",
             "Sandhu, Maya <Maya.Sandhu@richmondandwandsworth.gov.uk>",
             "[SB-richmond_wandsworth-1231] Step down - Theo Marsden-Blake - case discussion Thurs 27th", ack)
    atts = [pdf_att("Consent form - Marsden-Blake.pdf", "Consent to Early Help - signed",
                    ["I consent to Early Help continuing the plan for my child Theo Marsden-Blake.",
                     "Signed: R. Marsden (mother) 26/04/2045"])]
    top = outlook_top(f, addr("Sandhu, Maya", "Maya.Sandhu@" + RDOM), addr("Early Help Duty", RED),
                      "RE: [SB-richmond_wandsworth-1231] Step down - Theo Marsden-Blake - case discussion Thurs 27th",
                      when)
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 2,
        "ordinary", "follow_up", False, None, ["2230418"],
        [ch("Theo Marsden-Blake")], [], True, None, [], None, "attach_to_request",
        "Follow-up to richmond_wandsworth_02 (reference in the subject): mum 'has now consented to Early Help' and "
        "signed the form -> consent true (the latest statement wins over yesterday's refusal). follow_up -> "
        "attach_to_request; missing [] for a follow-up.", not_children=["Maya Sandhu", "Bea Lister"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2045-06-19 10:30:36"
    body = T("""
Dear Early Help Duty,

As agreed with Jasper Quint by phone this morning, the step down case discussion for Priya Nandakumar (DOB 14/12/2030), Mosaic 2288163, will be on Wednesday 21st June at 2pm at the Richmond Civic Centre, room 4.

Priya (14) is bisexual; the CIN plan followed months of arguments at home and mum's anxiety getting much worse. Mum is now with the adult community mental health team and is doing better, and Priya and mum have both consented to Early Help continuing the plan.

Attached: the latest case summary and the draft Early Help plan.

Lead professional: Tom Redfern, school counsellor, Grey Court School.

Thanks,
Ifeoma Adeyinka
Social Worker, Richmond Children's Services
""") + RDISC
    atts = [pdf_att("Case summary - Nandakumar.pdf", "Case summary - Priya Nandakumar",
                    ["CIN since January 2045. Mother's anxiety; family conflict about Priya's sexuality now much reduced."]),
            docx_att("Draft Early Help plan - Nandakumar.docx", ["# Draft Early Help plan",
                     "School counsellor weekly; family support worker for mum and Priya; review in 6 weeks."])]
    top = outlook_top(f, addr("Adeyinka, Ifeoma", "Ifeoma.Adeyinka@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Priya Nandakumar - Weds 21st June 2pm", when)
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 8,
        "ordinary", "step_down", False, None, ["2288163"],
        [ch("Priya Nandakumar", "2030-12-14", "14/12/2030")], ["parental_mental_health"], True, None, [], None,
        "book_meeting",
        "Complete Richmond step-down: case summary (.pdf), draft plan (.docx), 'Priya and mum have both consented' -> "
        "true; case discussion Wed 21 June, within 5 days of the contact. Concerns: mum's anxiety -> "
        "parental_mental_health -> book_meeting.", not_children=["Ifeoma Adeyinka", "Tom Redfern"])

# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2045-05-10 14:22:48"
    fwd = T("""
[Instagram DMs, copied by me at 14:10 today]

yusuf.c (13:41): pls dont tell my mum
yusuf.c (13:42): im at that guys flat still. the one from the app. hes like 30
yusuf.c (13:44): i said i wanna go home and he took my charger and my shoes and locked the front door. he says i cant go til ive "paid him back" for the stuff
yusuf.c (13:47): he made me do stuff last night i didnt want to
yusuf.c (13:52): its somewhere in stepney near a chicken shop. top floor. i can see the big church out the window
yusuf.c (13:58): my phone is dying
""")
    body = T("""
MAST,

Yusuf Chowdhury, 15, attends our Friday LGBTQ+ group at Stepney Youth Centre. He hasn't been home since Monday - his mum rang us yesterday asking if we'd seen him. Today he messaged one of our volunteers on Instagram. The messages are below exactly as he sent them. He has stopped replying since 13:58.

He told the volunteer two weeks ago that he'd met a man called "Ash" on a dating app. We don't have a surname or address.

I'm on 07700 900517 and will stay by the phone.

Lamin Jatta
Senior Youth Worker, Stepney Youth Centre

""") + "---------- Forwarded message ---------\n" + fwd
    top = plain_top(f, addr("Lamin Jatta", "lamin.jatta@stepneyyouth.example.org"), addr("MAST", TMAST),
                    "Fwd: Yusuf C - messages today", when, "stepneyyouth.example.org", None)
    add(f, mail(f, top, body), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Yusuf Chowdhury")], ["exploitation", "missing", "sexual_harm"],
        None, None, [], None, "alert_duty",
        "URGENT, in the young person's own DMs (forwarded): a 15-year-old at the flat of a man of about 30 he met on an "
        "app, locked in, shoes and charger taken, told he can't leave until he has 'paid him back'; 'he made me do stuff "
        "last night'; not home since Monday; stopped replying; no alarm words. kind other -> alert_duty. Concerns: "
        "exploitation (debt/'pay him back'), missing (not home since Monday), sexual_harm.",
        not_children=["Lamin Jatta"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2045-06-20 11:45:09"
    body = T("""
Hello Early Help Hub,

Step down to Early Help for Leah Cohen-Ward (DOB 03/03/2031), Mosaic 2405118.

Leah (14) is a lesbian and was badly bullied at school in the spring term, which led to a period of self-harm and a lot of conflict at home with dad, who didn't know how to respond. The Child and Family Assessment concluded on 13 June. Dad has engaged really well with the family sessions and Leah is settled in a new tutor group.

- Child and Family Assessment attached.
- Draft Early Help plan attached.
- Consent: Leah and her dad have both consented to the step down and to Early Help.
- Lead Practitioner: Sam Okoye, Youth Worker, Rainbow Roots (Tower Hamlets Youth Service).

I will chair the TAF meeting on Tuesday 4 July at 10am at Bow School, meeting room B, and send the invitations.

Attendance is still 81% so school want to keep a close eye on that.

Kind regards,
Fatima Begum
Social Worker, Children's Social Care (Bow & Poplar)
""") + TDISC
    atts = [pdf_att("C&F Assessment - Cohen-Ward.pdf", "Child and Family Assessment - Leah Cohen-Ward",
                    ["Mosaic 2405118. Assessment concluded 13/06/2045.",
                     "Outcome: step down to Early Help with Rainbow Roots as lead."]),
            docx_att("Draft EH plan - Cohen-Ward.docx", ["# Draft Early Help plan",
                     "Weekly Rainbow Roots sessions; school attendance plan; dad to continue family sessions."])]
    top = outlook_top(f, addr("Begum, Fatima", "Fatima.Begum@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Leah Cohen-Ward - Mosaic 2405118", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["2405118"],
        [ch("Leah Cohen-Ward", "2031-03-03", "03/03/2031")], ["school_attendance"], True, None, [], None,
        "book_meeting",
        "Complete Tower Hamlets step-down: assessment (.pdf), draft plan (.docx), consent ('have both consented'), lead "
        "practitioner with agency; TAF Tue 4 July, within 10 WD of the assessment ending 13 June. The bullying and "
        "self-harm are past; attendance 81% -> school_attendance -> book_meeting.",
        not_children=["Fatima Begum", "Sam Okoye"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2045-05-02 10:00:57"
    body = T("""
Dear Sir or Madam,

I am the pastor of Bethel Fellowship on Roman Road. I am writing on behalf of the Okafor family, who are members of our church, with their permission.

In March there was a serious argument in the family when Daniel Okafor (16) told his parents he is gay. His father said some hard things and told him to leave the house, and Daniel stayed with a cousin for a week. I know the school was worried at the time.

I want you to know that this is behind them. I have met the family many times since. Daniel has been back home since 20 March, his father has apologised, and they are learning together. Daniel asked me to write because he would like some counselling for the family, and his mother would like to know if there is a parenting group. There are no worries about his safety at home.

With blessings,
Pastor Emmanuel Adebayo-Reid
Bethel Fellowship, Bow
""")
    top = plain_top(f, addr("Pastor Emmanuel Adebayo-Reid", "pastor@bethelbow.example.org"),
                    addr("Early Help Hub", TEH), "Okafor family - request for support", when,
                    "bethelbow.example.org", None)
    add(f, mail(f, top, body), "tower_hamlets", "early_help_duty", when, 9,
        "near_miss", "other", False, None, [], [ch("Daniel Okafor")], [], None, None, [], None, "human_review",
        "NEAR MISS, a faith leader's voice: a row in March when a father told his son to leave, now resolved (home since "
        "20 March, father apologised, 'no worries about his safety at home'); a request for counselling and a parenting "
        "group, not a step request from a practitioner -> other -> human_review; concerns [] (historic).",
        not_children=["Emmanuel Adebayo-Reid"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2045-04-24 13:05:42"
    body = T("""
To the social services

You send a woman from the school to my house last week to talk about my daughter Tahmina Uddin, year 10. I tell you now, I dont need your help. This is my family.

My daughter is bringing that girl to this house like a friend and now the school say she is her girlfriend. This is not happening in my house. Today she is coming home from school 3.30 and I will deal with her properly. After today she will not walk out of this house for a week, she will not be able to. Her brothers will help me. Nobody from your office come to my door.

A. Uddin
""")
    top = plain_top(f, addr("A Uddin", "a.uddin1971@example.com"), addr("MAST", TMAST),
                    "my daughter", when, "example.com", None)
    add(f, mail(f, top, body), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Tahmina Uddin")], ["physical_harm"], None, None, [], None,
        "alert_duty",
        "URGENT, in a hostile parent's own broken English: a father says that today, when his daughter comes home at "
        "3.30, he will 'deal with her properly' and 'she will not be able to' walk for a week, because she has a "
        "girlfriend; no alarm words. kind other -> alert_duty. Concerns: physical_harm (threatened beating today).")

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2045-06-15 15:30:14"
    body = T("""
Hi MAST,

Attached is my Request for Support for Rhys Baptiste (DOB 19/06/2032). Rhys is 12 and told his form tutor he is trans. Since then mum's partner has been shouting at mum and blaming her, and Rhys says he hears him hitting mum at night. Mum has consented to the referral to MAST.

I'm waiting for my manager to sign it off - she's on leave until Monday, so I'll forward her agreement then. I wanted it to reach you before the weekend.

Thanks,
Kwame Asante
Early Help Practitioner, Tower Hamlets Early Help (Stepney)
""") + TDISC
    atts = [docx_att("MAST Request for Support - Baptiste.docx", ["# MAST Request for Support",
                     "Child: Rhys Baptiste, DOB 19/06/2032.", "Concerns: domestic abuse by mother's partner.",
                     "Consent: mother consented 14/06/2045.", "Manager sign-off: pending."])]
    top = outlook_top(f, addr("Asante, Kwame", "Kwame.Asante@" + TDOM), addr("MAST", TMAST),
                      "Request for Support - Rhys Baptiste", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, [],
        [ch("Rhys Baptiste", "2032-06-19", "19/06/2032")], ["domestic_abuse"], True, None, ["manager_agreed"], None,
        "request_info",
        "Tower Hamlets step-up (MAST) with the Request for Support attached; MANAGER PENDING ('waiting for my manager to "
        "sign it off') -> null -> manager_agreed missing -> request_info. Consent given (not required here). Concerns: "
        "mum's partner hitting mum -> domestic_abuse.", not_children=["Kwame Asante"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2045-07-07 09:02:31"
    data = ooo(f, when, "Sam Okoye", "sam.okoye@" + TDOM, addr("Early Help Hub", TEH),
               "[SB-tower_hamlets-4410] Your step-down request",
               T("""
Thank you for your email. I'm at the Rainbow Roots summer residential until Wednesday 12 July with limited access to email.

If your message is about a young person and cannot wait, please contact the Tower Hamlets Youth Service duty line on 020 7946 0640. Otherwise I will reply when I'm back.

Sam
"""))
    add(f, data, "tower_hamlets", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "An out-of-office (Auto-Submitted: auto-replied) from the youth worker replying to stepbot's acknowledgement "
        "-> auto_reply -> ignore (DESIGN safety rule 2). Its 'cannot wait' line is boilerplate about nobody. The subject "
        "names no child and no case id -> [] and [].")

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2045-06-28 08:30:16"
    h = LAYOUT_HEAD + T("""
<h1 style="font-family:Arial;color:#C0392B">Harbour Light - Summer 2045 Newsletter</h1>
<p><i>The East London charity for LGBTQ+ young people facing homelessness</i></p>
<h3>Our year in numbers</h3>
<p>Up to a quarter of young people facing homelessness are LGBTQ+, and many tell us they were thrown out after coming out. This year we supported 212 young people aged 16-25, and our night-stop hosts provided 1,430 nights of safe accommodation.</p>
<h3>Stories</h3>
<p>"M", now 19, was put out by his family at 17 and slept on night buses for a month before a teacher referred him. Today he has his own flat and is training as a chef. (Name and details changed.)</p>
<h3>For professionals</h3>
<p>If you are working with a young person at risk of losing their home, or in danger because of who they are, contact our advice line on 020 7946 0899 (weekdays 10-4). In an emergency, call 999.</p>
<p>Harbour Light is a registered charity. You receive this newsletter because you signed up at a partner event. Unsubscribe.</p>
</body></html>
""")
    top = plain_top(f, addr("Harbour Light", "news@harbourlight.example.org"), addr("MAST", TMAST),
                    "Harbour Light - Summer 2045 newsletter", when, "harbourlight.example.org", "Mailchimp Mailer",
                    extra=[("List-Unsubscribe", "<mailto:unsubscribe@harbourlight.example.org>")])
    add(f, html_only(f, top, h), "tower_hamlets", "mash_step_up", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a charity's newsletter (HTML-only, bulk): statistics, an anonymised past story ('M', now 19, name "
        "changed) and general advice using 'at risk', 'in danger', 'emergency' about nobody real -> other -> "
        "human_review.")

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2045-06-22 16:40:05"
    data = itip_reply(f, when, "Rukhsana Miah", "r.miah@bowschool.example.org.uk",
                      ("Early Help Hub", TEH), "DECLINED", "TAF meeting - Cohen-Ward - Mosaic 2405118",
                      "20450704T100000", "20450704T113000", "Bow School, meeting room B",
                      comment="Sorry, I'm on the Year 8 trip that day. Our SENCo Mr Hale will attend for school instead.")
    add(f, data, "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, ["2405118"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY DECLINED for tower_hamlets_02's TAF, with a routine comment; 'Mosaic 2405118' in the "
        "SUMMARY -> case id '2405118'; no child named in full -> record_reply.")


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2045-05-12 17:55:20"
    body = T("""
Hi MASH, writing this on my phone from the van.

Kyle Penhaligon, dob 03/08/2028. Left home in March after his stepdad found out he's gay. Been sofa surfing since.

Saw him on the seafront at Paignton at half 5. He's staying with a man called Darren, 40s, flat above the bookies on Hyde Road. Darren gives him vodka and weed and has other men round. Kyle says last night one of Darren's mates got into the bed with him and he pretended to be asleep. He says he owes Darren £200 for "rent" and Darren says he can "work it off".

He's going back there tonight because he's got nowhere else. He wouldn't come with me. Mum won't have him back.

I'm on 07700 900731 till 10.

Jake Tremayne
Detached Youth Worker, Torbay Youth Trust
""")
    top = plain_top(f, addr("Jake Tremayne", "jake.tremayne@torbayyouth.example.org"), addr(None, BMASH),
                    "Kyle Penhaligon", when, "torbayyouth.example.org", None)
    add(f, iphone_mail(f, top, body), "torbay", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Kyle Penhaligon", "2028-08-03", "03/08/2028")], ["exploitation", "sexual_harm", "substance_misuse"],
        None, None, [], None, "alert_duty",
        "URGENT, from a detached youth worker's phone at 17:55: a 16-year-old sofa-surfing since leaving home after "
        "coming out is going back tonight to a man in his 40s who gives him alcohol and drugs, has other men round, one "
        "of whom got into his bed last night, and wants a 'debt' worked off; no alarm words. kind other -> alert_duty. "
        "Concerns: exploitation, sexual_harm, substance_misuse (vodka and weed given to him).",
        not_children=["Jake Tremayne"])

def torbay_02():
    f = "torbay_02.eml"; when = "2045-05-09 10:15:44"
    body = T("""
Hello Early Help,

Please could I have a slot at next Tuesday's triage for a step down to Level 3 Early Help for the Brannock children, LCS-558210:

Ellie Brannock - 20/01/2032
Alfie Brannock - 02/04/2041

Ellie (13) came out as bi at school and was targeted by a group of girls, which led to her refusing school for most of the spring term. Mum has been brilliant and supportive throughout; the family came to us because they needed help with the school. The bullying has been dealt with, Ellie is back in school four days a week and building up.

Single Assessment attached. My TM, Harriet Yeo, has agreed the step down. Mum has consented to Level 3 Early Help.

Thanks,
Lowenna Pascoe
Social Worker, Torbay Children's Services
""") + BDISC
    atts = [pdf_att("Single Assessment - Brannock.pdf", "Single Assessment - Ellie and Alfie Brannock - LCS-558210",
                    ["Ellie: attendance 71% this year, improving. Alfie (4): no concerns, attends nursery.",
                     "Analysis: needs can be met at Level 3 Early Help. TM agreement: H Yeo 05/05/2045."])]
    top = outlook_top(f, addr("Pascoe, Lowenna", "Lowenna.Pascoe@" + BDOM), addr("Early Help Torbay", BEH),
                      "Triage slot - step down - Brannock - LCS-558210", when)
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["LCS-558210"],
        [ch("Ellie Brannock", "2032-01-20", "20/01/2032"), ch("Alfie Brannock", "2041-04-02", "02/04/2041")],
        ["school_attendance"], True, True, [], None, "book_meeting",
        "A supportive family that came for help with school bullying: complete Torbay level 3 step-down (Single "
        "Assessment attached, 'My TM, Harriet Yeo, has agreed the step down', 'Mum has consented') -> book_meeting. "
        "Alfie is 4, so the fortnightly under-5s triage applies (not a labelled field). Concerns: school refusal -> "
        "school_attendance.", not_children=["Harriet Yeo", "Lowenna Pascoe"])

def torbay_03():
    f = "torbay_03.eml"; when = "2045-06-21 12:40:29"
    blocks = [
        "MASH,", "",
        "I'm the Head of Year 9 at Churston Grammar. At 11.50 today Mason Trebilcock (14) showed me his phone. "
        "Someone made a Snapchat story this morning with screenshots of his private messages to another boy and "
        "posted it to a year group story. Since then he has had over 40 messages.", "",
        "Three of them, from an account we think belongs to a group of Year 11 boys, include his home address "
        "(Berry Head Road, Brixham) and say: \"we're coming round yours tonight, bring your boyfriend\" and "
        "\"you won't have teeth by tomorrow\". One has a photo of a knife.", "",
        "Mason says his dad saw the story at lunch and texted him \"don't bother coming home\". Mason is in my office. "
        "School finishes at 3.15.", "",
        "I have screenshots of all of it.", "",
        "Kerenza Hext",
        "Head of Year 9, Churston Grammar School",
        "01632 960388",
    ]
    top = outlook_top(f, addr("Kerenza Hext", "k.hext@churston.example.org.uk"), addr("Torbay MASH", BMASH),
                      "Year 9 pupil - messages this morning", when, mid_domain="churston.example.org.uk")
    add(f, word_mail(f, top, blocks), "torbay", "mash_step_up", when, 4,
        "urgent", "other", True, None, [], [ch("Mason Trebilcock")], ["physical_harm"], None, None, [], None,
        "alert_duty",
        "URGENT: online outing this morning, his address posted with threats to come round tonight and a knife photo, "
        "and his dad has told him not to come home; school ends at 3.15; no alarm words. A school's report -> other -> "
        "alert_duty. Concerns: physical_harm (threatened assault tonight).", not_children=["Kerenza Hext"])

def torbay_04():
    f = "torbay_04.eml"; when = "2045-04-20 15:45:37"
    body = T("""
Hi,

Quick question for our PSHE planning, not about a real pupil. If a student ever told us their parents were planning to take them abroad over the summer for "conversion therapy", what would you want us to do? Would we ring MASH, the police, or both? Would it count as a child at risk of significant harm even if the trip was months away? And if the student was in danger that same day, does the process change?

We want to put the answer in our staff guidance before Pride month.

Thanks,
Morwenna Eddy
PSHE Lead, Paignton Community College
""")
    top = plain_top(f, addr("Morwenna Eddy", "m.eddy@paigntoncc.example.org.uk"), addr(None, BMASH),
                    "Question - conversion therapy abroad (policy)", when, "paigntoncc.example.org.uk",
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a hypothetical ('not about a real pupil', 'If a student ever told us') with 'at risk of significant "
        "harm' and 'in danger' -> not urgent; a policy question -> other -> human_review.")

def torbay_05():
    f = "torbay_05.eml"; when = "2045-06-05 09:40:58"
    body = T("""
Dear MASH,

Contact for a MASH threshold discussion: Freya Polglase, DOB 27/09/2029, LCS-561032.

Freya (15) has been open to Early Help since January. Since she told her parents she has a girlfriend, dad has become controlling towards her and mum: he checks both their phones, has taken mum's bank card and stops mum seeing her sister. Mum disclosed last week that he pushed her against the fridge. Freya is staying at home and says she is OK for now.

My ATM, Silas Penrose, agrees this needs to go to a MASH threshold discussion.

Consent: I discussed this with mum and dad together on Friday. Dad has refused consent for the referral, and mum said she couldn't go against him.

Thanks,
Demelza Rowe
Early Help Family Worker, Torbay Council
""") + BDISC
    top = outlook_top(f, addr("Rowe, Demelza", "Demelza.Rowe@" + BDOM), addr("Torbay MASH", BMASH),
                      "Contact to MASH - Freya Polglase - LCS-561032", when,
                      cc=addr("Penrose, Silas", "silas.penrose@" + BDOM))
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, ["LCS-561032"],
        [ch("Freya Polglase", "2029-09-27", "27/09/2029")], ["domestic_abuse"], False, True, ["consent"], None,
        "request_info",
        "Torbay step-up (contact to MASH) with the ATM's agreement ('agrees this needs to go to a MASH threshold "
        "discussion' -> true) and CONSENT REFUSED ('Dad has refused consent') -> false -> consent missing -> "
        "request_info. Concerns: coercive control and an assault on mum -> domestic_abuse. Not urgent: no incident "
        "tonight.", not_children=["Silas Penrose", "Demelza Rowe"])

def torbay_06():
    f = "torbay_06.eml"; when = "2045-07-11 13:00:25"
    body = T("""
Hi Early Help,

A quick update for your records on Ellis Hocking - no action needed.

Ellis has now been coming to the Torquay Pride youth group every week since April. He's been voted onto the youth panel and led a session for the younger ones last week. Home is calm: his mum and stepdad came to the family evening and said they're proud of him.

You'll remember the night in March when he was in real danger and had to be moved to his aunt's - that is well behind him now and he's been back home since April with no concerns at all.

Best,
Tegen Lander
Youth Worker, Torquay Pride Youth
""") + quote("Early Help Torbay <earlyhelp@torbay.gov.uk>", "03 April 2045 11:02",
             "Tegen Lander <tegen.lander@torquaypride.example.org>",
             "[SB-torbay-3310] Ellis Hocking - youth group referral",
             "Thank you - your message has been received.\n\nReference: SB-torbay-3310\n")
    top = plain_top(f, addr("Tegen Lander", "tegen.lander@torquaypride.example.org"), addr("Early Help Torbay", BEH),
                    "RE: [SB-torbay-3310] Ellis Hocking - youth group referral", when,
                    "torquaypride.example.org", None)
    add(f, mail(f, top, body), "torbay", "early_help_duty", when, 2,
        "near_miss", "follow_up", False, None, [], [ch("Ellis Hocking")], [], None, None, [], None,
        "attach_to_request",
        "NEAR MISS: a young person doing well with a youth group; 'in real danger' refers to a night in March, resolved "
        "('well behind him', 'no concerns at all') -> not urgent. A reply carrying the stepbot reference -> follow_up "
        "-> attach_to_request; concerns [].", not_children=["Tegen Lander"])

def torbay_07():
    f = "torbay_07.eml"; when = "2045-05-10 09:10:12"
    data = google_reply(f, when, "Harriet Yeo", "harriet.yeo.tsc@gmail.example.com",
                        ("Early Help Torbay", BEH), "TENTATIVE", "Triage - step down - Brannock - LCS-558210",
                        "20450516T083000Z", "20450516T090000Z", "Torbay Council, Tor Hill House, Room 2",
                        "Tue 16 May 2045 9:30am - 10am (BST)",
                        note="I may be in court that morning - Lowenna will present if I can't make it.")
    add(f, data, "torbay", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["LCS-558210"], [], [], None, None, [], None, "record_reply",
        "A Google Calendar iTIP REPLY (TENTATIVE) from the team manager for torbay_02's triage slot; case id from the "
        "SUMMARY -> record_reply.")

def torbay_08():
    f = "torbay_08.eml"; when = "2045-07-17 11:25:03"
    body = T("""
Hello,

I'd like to request a triage slot for a step down for Bobby Chenoweth (DOB 08/10/2033), LCS-561447. Bobby is 11; his older sister came out as trans last year and the family had a rough patch, which is why we got involved. Assessment attached.

I need to be honest that this isn't ready yet: my TM, Silas, hasn't agreed the step down - he wants the assessment updated first with the school's view. And mum is still thinking about whether she wants Early Help; she said she'd let me know after the holidays.

Sending now so it's on your radar for September.

Thanks,
Pasco Nancarrow
Social Worker, Torbay Children's Services
""") + BDISC
    atts = [docx_att("Assessment - Chenoweth.docx", ["# Single Assessment - Bobby Chenoweth",
                     "LCS-561447. Family conflict reduced. Bobby settled at school."])]
    top = outlook_top(f, addr("Nancarrow, Pasco", "Pasco.Nancarrow@" + BDOM), addr("Early Help Torbay", BEH),
                      "Step down - Bobby Chenoweth - LCS-561447", when)
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 9,
        "ordinary", "step_down", False, None, ["LCS-561447"],
        [ch("Bobby Chenoweth", "2033-10-08", "08/10/2033")], [], None, False, ["consent", "manager_agreed"], None,
        "request_info",
        "Torbay step-down with the assessment attached; MANAGER REFUSED for now ('hasn't agreed the step down - he wants "
        "the assessment updated first') -> false; CONSENT UNCLEAR ('still thinking about whether she wants Early Help') "
        "-> null; both missing -> request_info. No level written -> null. Concerns [] (a past rough patch).",
        not_children=["Pasco Nancarrow"])


# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2045-06-08 13:10:46"
    body = T("""
Dear MASH,

I'm the school nurse at Bishop's Meadow Academy. Skye Bevan (DOB 15/01/2029), who is 16 and trans, came to the medical room at 12.30.

She has fingertip bruises on both upper arms and a graze on her cheek. She says there was a row last night after her dad found her hormone prescription letter; he dragged her out of her bedroom by the arms and pushed her down the stairs, then took all her clothes "that aren't a boy's" and put them in the bin. She slept in her clothes with a chair against the door.

Her dad is picking her up from school at 3.15 today - he told her this morning he's driving her to her uncle's in Kington "till she sorts her head out". She is crying and says she can't get in the car.

She's staying with me in the medical room.

Helen Pritchard
School Nurse, Herefordshire School Health Team
01632 960471
""")
    top = outlook_top(f, addr("Pritchard, Helen", "helen.pritchard@schoolhealth.example.nhs.uk"),
                      addr("Herefordshire MASH", HMASH), "Skye Bevan - seen in medical room today", when,
                      mid_domain="schoolhealth.example.nhs.uk")
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Skye Bevan", "2029-01-15", "15/01/2029")], ["physical_harm"],
        None, None, [], None, "alert_duty",
        "URGENT: a trans 16-year-old with fresh bruising after her father dragged her and pushed her down the stairs "
        "last night; he collects her at 3.15 today to take her to an uncle's; no alarm words. A school nurse's report -> "
        "other -> alert_duty. Concerns: physical_harm.", not_children=["Helen Pritchard"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2045-05-02 14:00:33"
    body = T("""
Dear Early Help Co-ordinators,

Please find attached the step down plan for the Gwatkin children (sibling group), Mosaic 2466091:

Ruby Gwatkin - 11/04/2034
Finn Gwatkin - 30/09/2036

Level 3 Early Help. The children's older sibling (19) came out last autumn and the family fell apart for a while; dad moved out in January and has no contact. Mum's low mood is the main worry now and she is with her GP and the Talking Therapies service.

- Signed consent form attached (mum signed it on 27 April).
- Draft step down plan attached.
- Lead practitioner: Megan Probert, Family Support Worker, St Martin's Primary School, Hereford.

I came to the Tuesday drop-in on 25 April and talked it through with Verity.

Thank you,
Rhodri Vaughan
Social Worker, Herefordshire Children's Services
""") + HDISC
    atts = [pdf_att("Consent form - Gwatkin.pdf", "Consent to Early Help - signed",
                    ["I give my consent for my children Ruby and Finn Gwatkin to receive Early Help support.",
                     "Signed: L. Gwatkin (mother) 27/04/2045"]),
            docx_att("Step down plan - Gwatkin.docx", ["# Step down plan (draft)",
                     "Lead practitioner: Megan Probert (St Martin's Primary).", "Outcomes: mum's wellbeing; routines."])]
    top = outlook_top(f, addr("Vaughan, Rhodri", "Rhodri.Vaughan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Gwatkin sibling group", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["2466091"],
        [ch("Ruby Gwatkin", "2034-04-11", "11/04/2034"), ch("Finn Gwatkin", "2036-09-30", "30/09/2036")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "Complete Herefordshire level 3 step-down for a sibling group: signed consent form (.pdf), draft plan (.docx), "
        "lead practitioner with agency -> book_meeting. The 19-year-old sibling is an adult and unnamed. Concerns: "
        "mum's low mood -> parental_mental_health; dad left in January with no contact (not current).",
        not_children=["Megan Probert", "Rhodri Vaughan"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2045-04-28 11:30:21"
    body = T("""
Good morning,

Our governors have asked us to share our revised Anti-Bullying Policy with local partners for comment. The new section 6 covers homophobic, biphobic and transphobic bullying, including online abuse and outing.

Section 6.4 reads: "Where a pupil is at risk of harm at home because of their sexuality or gender identity, for example a threat to send them abroad, staff must follow the safeguarding policy and refer to MASH the same day."

Any comments by 19 May would be welcome. The policy is attached.

Kind regards,
Sian Watkins
Deputy Head, Leominster Marches High School
""")
    atts = [pdf_att("Anti-Bullying Policy 2045 - LMHS.pdf", "Anti-Bullying Policy (draft for consultation)",
                    ["Section 6: homophobic, biphobic and transphobic bullying.",
                     "6.4 Where a pupil is at risk of harm at home ... refer to MASH the same day."])]
    top = plain_top(f, addr("Sian Watkins", "s.watkins@lmhs.example.org.uk"), addr("Early Help Co-ordinators", HEH),
                    "Consultation - revised Anti-Bullying Policy", when, "lmhs.example.org.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 7,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a school's anti-bullying policy sent for consultation; 'at risk of harm at home' and 'a threat to "
        "send them abroad' are policy text about nobody real -> other -> human_review.")

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2045-07-14 16:10:54"
    chainx = T("""
From: Grace
Sent: 14 July 2045 15:52
To: Ffion Davies
Subject: blessing

miss its grace from thursday group. blessing just rang me from the airport she was whispering. her mum and dad have got her at birmingham airport, flight to lagos at 19:40 tonight. they told her its a holiday but she heard her dad on the phone saying the pastor there will "deliver her from the spirit" and "beat it out of her if he has to". she says they said she isn't coming back till shes "normal". she doesnt have her phone after this its her mums. please do something
""")
    body = T("""
Forwarding what Grace (one of our young people) sent me 15 minutes ago. Blessing Adeyemi is 15 and comes to our Thursday LGBTQ+ group in Hereford. She told the group in June that her parents had found out she is gay.

I don't know which airline. The family live on Whitecross Road, Hereford.

I'm on 07700 900862.

Ffion Davies
Youth Worker, Hereford Youth Collective

""") + "\n-----Original Message-----\n" + chainx
    top = outlook_top(f, addr("Ffion Davies", "ffion.davies@herefordyouth.example.org"),
                      addr("Herefordshire MASH", HMASH), "FW: blessing", when,
                      mid_domain="herefordyouth.example.org")
    add(f, mail(f, top, body), "herefordshire", "mash_step_up", when, 4,
        "urgent", "other", True, None, [], [ch("Blessing Adeyemi")], ["physical_harm"], None, None, [], None,
        "alert_duty",
        "URGENT, in a forwarded message from a friend: a 15-year-old at Birmingham airport now, flight to Lagos at 19:40 "
        "tonight, to a pastor who will 'beat it out of her', not coming back until 'normal'; no alarm words. kind other "
        "-> alert_duty. Concerns: physical_harm (threatened beating).", not_children=["Ffion Davies"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2045-07-19 08:05:17"
    data = itip_reply(f, when, "Gethin Price", "gethin.price@herefordyouth.example.org",
                      ("Early Help Co-ordinators", HEH), "DECLINED", "TAF - Lloyd family - Mosaic 2477310",
                      "20450719T100000", "20450719T110000", "Hereford Town Hall, Room 6",
                      comment=("Can't come this morning. I'm at A&E at the County with Jordan Lloyd - his dad hit him "
                               "with a belt last night after finding out about his boyfriend, he has welts across his "
                               "back. They're discharging him about 11 and he says his dad is coming to collect him and "
                               "take him home. He doesn't want to go. Can someone ring me on 07700 900419."))
    add(f, data, "herefordshire", "early_help_duty", when, 2,
        "urgent", "meeting_reply", True, None, ["2477310"], [ch("Jordan Lloyd")], ["physical_harm"], None, None, [],
        None, "alert_duty",
        "URGENT IN A DECLINED INVITATION'S COMMENT (DESIGN: a meeting reply's comment is read for risk): a young person "
        "in A&E after his dad hit him with a belt last night over his boyfriend, being discharged at 11 to the same dad; "
        "no alarm words. kind meeting_reply but urgent -> alert_duty. Case id from the SUMMARY. Concerns: "
        "physical_harm.", not_children=["Gethin Price"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2045-05-22 10:50:39"
    body = T("""
Dear Co-ordinators,

Step down request for Kacper Nowak (DOB 06/05/2030), Mosaic 2450287.

Kacper is 15. Some history for context: in November 2044 his older brother (then 19) beat him badly after finding out he was gay, and Kacper was briefly accommodated with a family friend. The brother was charged, moved to Poland in December and has had no contact since. Kacper came home before Christmas. Mum has been fiercely supportive and there have been no incidents since. There are no current safeguarding concerns.

- Consent form signed by mum and Kacper (attached).
- Draft plan (attached).
- Lead practitioner: Ellis Jenkins, Youth Worker, Herefordshire Youth Service.

Many thanks,
Aneurin Bowen
Social Worker, Herefordshire Children's Services
""") + HDISC
    atts = [pdf_att("Consent form - Nowak.pdf", "Consent to Early Help - signed",
                    ["We consent to Early Help support for Kacper Nowak.", "Signed: A. Nowak (mother), K. Nowak 18/05/2045"]),
            docx_att("Draft plan - Nowak.docx", ["# Draft step down plan", "Youth service weekly; school mentor."])]
    top = outlook_top(f, addr("Bowen, Aneurin", "Aneurin.Bowen@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Kacper Nowak", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "near_miss", "step_down", False, None, ["2450287"],
        [ch("Kacper Nowak", "2030-05-06", "06/05/2030")], [], True, None, [], None, "book_meeting",
        "NEAR MISS inside a complete step-down: the beating by his brother is history (November 2044), the brother left "
        "the country with no contact, 'no current safeguarding concerns' -> not urgent, concerns []. Signed consent "
        "form, draft plan, lead practitioner with agency -> book_meeting. No level written -> null.",
        not_children=["Ellis Jenkins", "Aneurin Bowen"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2045-07-20 12:15:48"
    body = T("""
FYI - forwarding the school's note so you have the outcome. Nothing for Early Help to do; the family are happy with the support in place.

Carys
Carys Meredith, Early Help Practitioner, Herefordshire Council
""") + quote("Bromyard Academy Safeguarding <safeguarding@bromyard.example.org.uk>", "19 July 2045 16:40",
             "Meredith, Carys <Carys.Meredith@herefordshire.gov.uk>", "Evie Jones - outcome",
             T("""
Dear Carys,

Update on Evie Jones (Year 8). The fake account that posted her private photos and outed her to the year group was traced by police on 10 July; the pupil responsible has been permanently excluded, and the posts were taken down the same day. Police have closed their enquiry with words of advice.

Evie's mum and dad have been with her every step of the way. Evie has had two sessions with the school counsellor and says she feels safe at school and at home. We consider this resolved.

Bromyard Academy Safeguarding Team
"""))
    top = outlook_top(f, addr("Meredith, Carys", "Carys.Meredith@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "FW: Evie Jones - outcome", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 6,
        "near_miss", "other", False, None, [], [ch("Evie Jones")], [], None, None, [], None, "human_review",
        "NEAR MISS: online abuse and outing already dealt with (account traced, posts removed, pupil excluded, police "
        "closed, 'We consider this resolved', 'feels safe at school and at home'); an FYI, no request -> other -> "
        "human_review; concerns [].", not_children=["Carys Meredith"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2045-06-27 10:30:26"
    body = T("""
Hi team,

Step down to Early Help (level 3) for Harley Powell, DOB 12/12/2031, Mosaic 2439906.

Harley (13) is gender-questioning; mum's partner's reaction caused a lot of conflict and he left in April. Harley has not been in school much this term (attendance 76%).

Mum signed the consent form yesterday - attached. Lead practitioner will be Gwen Bufton, Pastoral Lead, Ross Valley High School.

I'm still writing up the draft plan with Gwen and will send it next week.

Thanks,
Sioned Parry
Social Worker, Herefordshire Children's Services
""") + HDISC
    atts = [pdf_att("Consent form - Powell.pdf", "Consent to Early Help - signed",
                    ["I consent to Early Help support for Harley Powell.", "Signed: D. Powell (mother) 26/06/2045"])]
    top = outlook_top(f, addr("Parry, Sioned", "Sioned.Parry@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down L3 - Harley Powell", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["2439906"],
        [ch("Harley Powell", "2031-12-12", "12/12/2031")], ["school_attendance"], True, None, ["draft_plan"], None,
        "request_info",
        "Herefordshire level 3 step-down with the signed consent form and the lead practitioner, but the draft plan "
        "'will send it next week' -> draft_plan missing -> request_info. Concerns: attendance 76% -> "
        "school_attendance.", not_children=["Gwen Bufton", "Sioned Parry"])
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

# England & Wales bank holidays in 2045 that fall on a weekday (the `holidays` package's list, which set_checks()
# re-derives and compares): New Year's Day (observed) Monday 2 January (1 January is a Sunday); Good Friday 7 April;
# Easter Monday 10 April; May Day Monday 1 May; Spring Bank Holiday Monday 29 May; Late Summer Bank Holiday Monday
# 28 August; Christmas Day Monday 25 December; Boxing Day Tuesday 26 December.
BANK_HOLIDAYS = {date(2045, 1, 2), date(2045, 4, 7), date(2045, 4, 10), date(2045, 5, 1), date(2045, 5, 29),
                 date(2045, 8, 28), date(2045, 12, 25), date(2045, 12, 26)}
IN_WINDOW = {date(2045, 5, 1): "May Day", date(2045, 5, 29): "Spring Bank Holiday"}
EASTER = {date(2045, 4, 7): "Good Friday", date(2045, 4, 10): "Easter Monday"}     # both before the window
# The brief's window: "from about Monday 17 April to Friday 21 July 2045" - both checked (Monday, Friday).
WINDOW = (datetime(2045, 4, 17, tzinfo=LON), datetime(2045, 7, 21, 23, 59, 59, tzinfo=LON))
# BST began at 01:00 UTC on Sunday 26 March 2045 and ends at 01:00 UTC on Sunday 29 October 2045.
BST_START = datetime(2045, 3, 26, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2045, 10, 29, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2045

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
    fore = " ".join(titled(x) if (x.isupper() or x.islower()) else x for x in fore.split(" "))
    return "%s %s" % (fore, titled(sur) if (sur.isupper() or sur.islower()) else sur)

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
    if tot != CAT_EXPECTED or sum(tot.values()) != 40 or tot["urgent"] < 10 or tot["near_miss"] < 10:
        errors.append("set: category totals %s, expected %s (at least 10 urgent and 10 near misses)" % (tot, CAT_EXPECTED))
    kinds = {l["expect"]["kind"] for l in LABELS}
    if kinds != KINDS: errors.append("set: kinds present %s, need every kind" % sorted(kinds))
    return errors, tot


# ----------------------------------------------------------------------------- structural checks
SEP = "________________________________"
ALARM = re.compile(r"(?i)\b(urgent\w*|immediate\w*|risk\w*|safeguard\w*|danger\w*|child[\s-]+protection)\b")
# The brief's words that an urgent mail must never contain (anywhere: subject, bodies, attachments, calendar).
FORBIDDEN = re.compile(r"(?i)\b(urgent|urgently|immediate|immediately|emergency|danger\w*|asap)\b|\bat risk\b|"
                       r"\brisk of harm\b")

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

CUSTOM = [
    ("knowsley_01.eml", "report this morning, home by 5pm tonight, office hours",
     lambda m: "home by 5pm tonight" in _plain(m) and 9 > _date(m).hour >= 8),
    ("knowsley_02.eml", "'Wednesday 3rd May'; 4 WD, 5 plain weekdays across May Day; three attachments",
     lambda m: "Wednesday 3rd May" in _plain(m) and _wd("knowsley_02.eml") == 4 and _pw("knowsley_02.eml") == 5
     and _exts(m) == ["docx", "pdf", "docx"]),
    ("knowsley_03.eml", "Word table holds the meeting and lead practitioner; 4 WD, 5 plain across the Spring Bank Holiday",
     lambda m: "MsoTableGrid" in _html(m) and "Kit Fenwick" in _html(m) and _wd("knowsley_03.eml") == 4
     and _pw("knowsley_03.eml") == 5),
    ("knowsley_04.eml", "HTML-only bulletin with alarm words about nobody", lambda m: _no_plain(m) and ALARM.search(readable(m))),
    ("knowsley_05.eml", "exactly 5 WD", lambda m: _wd("knowsley_05.eml") == 5),
    ("knowsley_06.eml", "sent after 23:00 from a phone, lower-case name",
     lambda m: _date(m).hour == 23 and "my names callum reilly" in _plain(m)),
    ("richmond_wandsworth_01.eml", "flights tomorrow; case summary + rationale attached",
     lambda m: "flying to Lahore tomorrow" in readable(m) and _exts(m) == ["pdf", "docx"]),
    ("richmond_wandsworth_04.eml", "out of hours; goodbye message quoted",
     lambda m: _date(m).hour >= 17 and "im not going to be around anymore" in _plain(m)),
    ("richmond_wandsworth_07.eml", "follow-up quoting stepbot's ack", lambda m: "Reference: SB-richmond_wandsworth-1231" in _plain(m)),
    ("tower_hamlets_01.eml", "the DMs are in the forwarded part", lambda m: _plain(m).index("Forwarded message") < _plain(m).index("he made me do stuff")),
    ("tower_hamlets_07.eml", "HTML-only bulk newsletter", lambda m: _no_plain(m) and m["List-Unsubscribe"] is not None),
    ("torbay_01.eml", "iPhone flowed text, early evening", lambda m: m.get_param("format") == "flowed" and _date(m).hour == 17),
    ("torbay_06.eml", "danger word about a resolved night in March", lambda m: "in real danger" in _plain(m)),
    ("herefordshire_04.eml", "the facts are in the forwarded part", lambda m: _plain(m).index("-----Original Message-----") < _plain(m).index("19:40 tonight")),
    ("herefordshire_05.eml", "the report is in the calendar COMMENT of a DECLINED reply",
     lambda m: "PARTSTAT=DECLINED" in _cal(m)[0].get_payload(decode=True).decode()
     and "COMMENT" in _cal(m)[0].get_payload(decode=True).decode()),
    ("herefordshire_08.eml", "only the consent form attached", lambda m: _exts(m) == ["pdf"]),
]

# Each consent / manager wording ties to its label (the phrase must be in the readable text).
WORDING = [
    ("knowsley_02.eml", "has agreed the step up", "manager_agreed", True),
    ("knowsley_05.eml", "both signed the Family First consent form", "consent", True),
    ("richmond_wandsworth_01.eml", "I have agreed this step up", "manager_agreed", True),
    ("richmond_wandsworth_02.eml", "she does not consent to Early Help", "consent", False),
    ("richmond_wandsworth_05.eml", "I have agreed this step up", "manager_agreed", True),
    ("richmond_wandsworth_07.eml", "has now consented to Early Help", "consent", True),
    ("richmond_wandsworth_08.eml", "have both consented to Early Help", "consent", True),
    ("tower_hamlets_02.eml", "have both consented to the step down", "consent", True),
    ("tower_hamlets_05.eml", "waiting for my manager to sign it off", "manager_agreed", None),
    ("tower_hamlets_05.eml", "Mum has consented to the referral", "consent", True),
    ("torbay_02.eml", "has agreed the step down", "manager_agreed", True),
    ("torbay_02.eml", "Mum has consented to Level 3 Early Help", "consent", True),
    ("torbay_05.eml", "Dad has refused consent", "consent", False),
    ("torbay_05.eml", "agrees this needs to go to a MASH threshold discussion", "manager_agreed", True),
    ("torbay_08.eml", "hasn't agreed the step down", "manager_agreed", False),
    ("torbay_08.eml", "still thinking about whether she wants Early Help", "consent", None),
    ("herefordshire_02.eml", "Signed consent form attached", "consent", True),
    ("herefordshire_06.eml", "Consent form signed by mum and Kacper", "consent", True),
    ("herefordshire_08.eml", "Mum signed the consent form yesterday", "consent", True),
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

COUNTS_EXPECTED = {"knowsley_02.eml": (4, 5), "knowsley_03.eml": (4, 5), "knowsley_05.eml": (5, 5)}
CROSSING_BH_EXPECTED = ["knowsley_02.eml", "knowsley_03.eml"]
DECISIVE_EXPECTED = ["knowsley_02.eml", "knowsley_03.eml"]
QUIET, COUNTS = [], {}
CONFIG = "/work/main/config/authorities"

def yaml_checks():
    """Every requirement id a label lists as missing exists under that authority's kind in its policy pack."""
    import yaml
    errors = []
    packs = {}
    for lab in LABELS:
        a, e = lab["authority"], lab["expect"]
        if a not in packs:
            with open(os.path.join(CONFIG, a + ".yaml"), encoding="utf-8") as fh:
                packs[a] = yaml.safe_load(fh)
        kinds = packs[a].get("kinds", {})
        if not e["missing"]:
            continue
        if e["kind"] not in kinds:
            errors.append("%s: missing ids for a kind the pack does not define" % lab["file"]); continue
        ids = {r["id"] for r in kinds[e["kind"]].get("requirements", [])}
        for m in e["missing"]:
            if m not in ids:
                errors.append("%s: requirement id %s is not in %s.yaml kinds.%s" % (lab["file"], m, a, e["kind"]))
    for a, k in (("herefordshire", "step_up"),):
        if packs.get(a, {}).get("kinds", {}).get(k, {}).get("defined", True) is not False:
            errors.append("set: %s.yaml defines %s, the labels assume it does not" % (a, k))
    return errors

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2045])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: the bank holidays in the window are %s, expected %s" % (inside, IN_WINDOW))
    easter = {d: pkg.get(d) for d in pkg if "Easter" in pkg.get(d) or "Good Friday" in pkg.get(d)}
    if easter != EASTER or not all(d < WINDOW[0].date() for d in easter):
        errors.append("set: Easter 2045 is %s, expected %s before the window" % (easter, EASTER))
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2045, 3) and BST_END.date() == last_sun(2045, 10)):
        errors.append("set: BST must start on the last Sunday of March 2045 and end on the last Sunday of October")
    if not (WINDOW[0].weekday() == 0 and WINDOW[1].weekday() == 4):
        errors.append("set: the window must run Monday to Friday")
    quiet, counts = [], {}
    for lab in LABELS:
        f = lab["file"]
        try:
            msg = parse(f)
            text = readable(msg)
        except Exception as ex:
            errors.append("%s: unreadable (%r)" % (f, ex)); continue
        if lab["expect"]["urgent"]:
            hit = FORBIDDEN.search(text + " " + all_headers(msg))
            if hit:
                errors.append("%s: urgent mail contains the forbidden word %r" % (f, hit.group(0)))
            if not ALARM.search(text):
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
    if counts != COUNTS_EXPECTED:
        errors.append("set: Knowsley notice counts are %s, expected %s" % (counts, COUNTS_EXPECTED))
    bh = sorted(f for f in counts if any(_today(f) < h <= META[f]["meeting"] for h in BANK_HOLIDAYS))
    if bh != CROSSING_BH_EXPECTED:
        errors.append("set: counts crossing a bank holiday are %s, expected %s" % (bh, CROSSING_BH_EXPECTED))
    decisive = sorted(f for f in counts if (counts[f][1] >= 5) != (counts[f][0] >= 5))
    if decisive != DECISIVE_EXPECTED:
        errors.append("set: counts a bank holiday decides are %s, expected %s" % (decisive, DECISIVE_EXPECTED))
    if {h for f in decisive for h in BANK_HOLIDAYS if _today(f) < h <= META[f]["meeting"]} != set(IN_WINDOW):
        errors.append("set: the decisive counts must cross May Day and the Spring Bank Holiday between them")
    QUIET[:] = sorted(quiet)
    COUNTS.clear(); COUNTS.update(counts)
    return errors

def run_checks():
    errors, tot = check()
    return errors + set_checks() + yaml_checks(), tot

def stats():
    from collections import Counter
    ex = [l["expect"] for l in LABELS]
    out = ["category %s" % dict(Counter(CATS.values())),
           "next_action %s" % dict(Counter(e["next_action"] for e in ex)),
           "kind %s" % dict(Counter(e["kind"] for e in ex)),
           "consent %s" % dict(Counter(str(e["consent"]) for e in ex)),
           "manager %s" % dict(Counter(str(e["manager_agreed"]) for e in ex)),
           "urgent with no alarm word at all (ALARM regex): %s" % QUIET,
           "Knowsley counts (WD, plain weekdays): %s" % COUNTS]
    table = {}
    for l in LABELS:
        table.setdefault(l["authority"], Counter())[CATS[l["file"]]] += 1
    for a, c in table.items():
        out.append("%s %s" % (a, dict(c)))
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
