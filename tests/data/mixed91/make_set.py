#!/usr/bin/env python3
"""mixed91: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the autumn term of 2038 (Wednesday 1 September - Friday 17 December 2038), in neighbours, anti-social behaviour
and community tension.

Clock: British Summer Time (+0100) until 01:00 UTC on Sunday 31 October 2038, then GMT (+0000). No England & Wales
bank holiday falls inside the window (Late Summer Bank Holiday Mon 30 August is before it; Christmas Day and Boxing
Day 2038 fall on a weekend, so the substitute days Mon 27 and Tue 28 December come after it). knowsley_08's notice
count runs across those two substitute days.

Deterministic: no clock, no randomness. The MIME, Word HTML, PDF, .docx, iCalendar, out-of-office, quote-chain,
working-day, readable-text and self-check helpers are copied from /work/main/tests/data/mixed27/make_set.py and
adapted. Labels were set by hand from the specification; the self-checks verify them against its rules and stop
before anything is written. Run with /work/main/.venv/bin/python make_set.py [--stats].
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
    """Local (Europe/London) wall-clock time: BST (+0100) until 01:00 UTC on Sunday 31 October 2038, GMT (+0000)
    after it. zoneinfo gives the right offset for each date. The self-check
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
            zi = zipfile.ZipInfo(name, date_time=(2038, 8, 2, 0, 0, 0))
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



# ============================================================================= mixed91: theme helpers
KDOM, RDOM, TDOM, BDOM, HDOM = ("knowsley.gov.uk", "richmondandwandsworth.gov.uk", "towerhamlets.gov.uk",
                                "torbay.gov.uk", "herefordshire.gov.uk")
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HEH = MAILBOXES[("herefordshire", "early_help_duty")]

def gmail_top(fname, frm, to, subject, when, cc=None):
    return plain_top(fname, frm, to, subject, when, "mail.gmail.com", None, cc=cc)

def iphone_top(fname, frm, to, subject, when):
    return plain_top(fname, frm, to, subject, when, "icloud.com", "iPhone Mail (22B91)")


# ============================================================================= KNOWSLEY
def knowsley_01():
    f = "knowsley_01.eml"; when = "2038-09-15 10:12:44"
    blocks = [
        "Hi MASH,", "",
        "Please find attached a step up request for the Kenwright family, EHM-57120. I have sent the Teams invite "
        "for the step up TAF meeting separately to the MASH inbox and MASH business support.", "",
        ("table", [["Step up TAF meeting", "Detail"],
                   ["Date / time", "Wednesday 22nd September 2038, 10:00"],
                   ["Venue", "Microsoft Teams"],
                   ["Children", "Tyler Kenwright (12/03/2029), Ellie-Mae Kenwright (07/07/2032)"],
                   ["Case ID on EHM", "EHM-57120"]]), "",
        "Since the spring the family have been targeted by a group of local lads - eggs and stones at the windows, "
        "\"GRASS\" sprayed on the front door after mum gave a statement about a stolen moped. Housing have logged it "
        "as an ASB case. Alongside this mum's drinking has increased, the house is in a very poor state, the "
        "children are going to school hungry and in the same uniform all week (GCP2 attached, scored at level 4 for "
        "nutrition and hygiene), and she has not attended the last three TAF meetings or answered my calls.", "",
        "I have {{not}} yet completed the Engaging Families toolkit - I know this is needed for a non-engagement "
        "step up and I will get it over before the meeting.", "",
        "My team manager Lisa Hardman has discussed the step up with me in supervision on 13/09 and agreed it.", "",
        "Many thanks,", "Gemma",
        "", "{{Gemma Roscoe}}", "Family First Case Manager | Huyton Team", "Knowsley Council | 0151 496 0274",
    ]
    atts = [docx_att("FF Step Up request to CSC - Kenwright.docx", appendix1([
                ("Child(ren) names and DOB", "Tyler Kenwright 12/03/2029; Ellie-Mae Kenwright 07/07/2032"),
                ("Case ID on EHM:", "EHM-57120"),
                ("What are we worried about?", "Neglect of the children's basic care; mum not engaging with the TAF plan; "
                 "the family being targeted by local youths."),
                ("What is working well?", "Tyler's attendance is still above 90%. Nan visits on Sundays."),
                ("What needs to happen?", "Step up to CSC for a Child and Family Assessment."),
                ("Recent TAF meeting minutes attached:", "Yes"),
                ("Date of step up TAF meeting:", "22/09/2038 10:00, Teams")])),
            pdf_att("TAF minutes 01.09.38 Kenwright.pdf", "Team Around the Family - review meeting minutes",
                    ["Family: Kenwright (EHM-57120)", "Date: 1 September 2038", "Present: G Roscoe (FF), school, housing ASB officer",
                     "Mum did not attend (third meeting missed).", "Actions: housing to review CCTV request; school breakfast club."]),
            pdf_att("GCP2 Kenwright Sept 2038.pdf", "Graded Care Profile 2 - summary",
                    ["Family: Kenwright", "Area 1 Physical care: nutrition 4, housing 4, clothing 4, hygiene 4",
                     "Completed by Gemma Roscoe, 10 September 2038"])]
    top = outlook_top(f, addr("Roscoe, Gemma", "Gemma.Roscoe@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Kenwright - EHM-57120 - TAF Weds 22nd Sept", when, cc=addr("MASH Business Support", KBS))
    add(f, word_mail(f, top, blocks, atts), "knowsley", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["EHM-57120"],
        [ch("Tyler Kenwright", "2029-03-12", "12/03/2029"), ch("Ellie-Mae Kenwright", "2032-07-07", "07/07/2032")],
        ["neglect", "non_engagement"], None, True, ["engaging_families"], True, "request_info",
        "Knowsley step_up in Word HTML with a table: form, TAF minutes and GCP2 attached (neglect -> gcp2 met), but "
        "non-engagement (missed three TAFs, not answering) and the Engaging Families toolkit is explicitly not done "
        "-> missing engaging_families. TM 'discussed ... and agreed it' -> manager_agreed true. Wed 15 Sep -> Wed "
        "22 Sep 10:00 = exactly 5 WD -> notice ok. The youths' ASB is background, not a risk tonight.",
        meeting=date(2038, 9, 22), not_children=["Gemma Roscoe", "Lisa Hardman"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2038-11-09 16:42:05"
    text = T("""
hes outside again. the man from 31 Dale Crescent. hes got a knife in his hand a big kitchen one and hes walking up and down our path shouting hes going to stab the kids. he said it last week to Jayden over the ball and now hes here. Jayden Walsh and Lily are in the back bedroom with me we locked the door. i cant get through to Sharon our family first worker. please someone come

Kerry Walsh
24 Dale Crescent Huyton

Sent from my iPhone
""")
    top = iphone_top(f, addr("Kerry Walsh", "kerrywalsh93@icloud.com"), addr("Knowsley MASH", KMASH),
                     "the man next door", when)
    add(f, iphone_mail(f, top, text), "knowsley", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Jayden Walsh")], ["physical_harm"], None, None, [], None, "alert_duty",
        "A mother's iPhone message: a neighbour is on the family's path now with a kitchen knife shouting he is "
        "going to stab the kids; she and the children are locked in a bedroom. None of the alarm words. Immediate "
        "risk -> urgent -> alert_duty (16:42, office hours). Not a step request -> other. 'Jayden Walsh' is named "
        "in full; Lily only by first name -> not labelled.",
        not_children=["Kerry Walsh"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2038-12-08 11:20:31"
    body = T("""
Good morning Family First duty,

Step down to Level 3 - Ashton family - ICS ID 2281947

I'd like to step this family down to Family First at level 3 and have arranged a joint home visit for next Monday, 13th December at 10am, at the family's new address (Flat 2, 8 Lordens Road, Huyton). Could a Family First case manager come with me?

Children: Charlie Ashton (DOB 19/04/2030) and Lucy Ashton (DOB 02/01/2035).

Background for the case manager: the case came in after the neighbour dispute at the family's old address in Page Moss, where in April the neighbour threatened to "stab the lot of them" and was arrested. He was convicted at Liverpool Magistrates' Court in June and a restraining order is in place. The family were moved by a management transfer in August and there has been no contact from him since. That is historic and was dealt with through the CP plan, which ended on 12/11/2038.

What are we worried about?
Charlie still has trouble sleeping and is anxious walking to school; mum is isolated in the new area.

What is working well?
Mum has kept every appointment, both children are settled at St Margaret Clitherow, and mum is in touch with Victim Support.

What needs to happen?
A Family First case manager to lead a TAF plan - school-based anxiety work for Charlie, a community group for mum and Lucy.

Mum has given consent for the referral to Family First - she signed the consent form on my last visit.

Thanks
Aisling

Aisling Doherty
Social Worker | Children in Need Team 2 | Knowsley Council
0151 496 0588
""") + KDISC
    top = outlook_top(f, addr("Doherty, Aisling", "Aisling.Doherty@" + KDOM), addr("Family First 0-18 Duty", KFF),
                      "Step down L3 - Ashton - ICS ID 2281947 - joint visit Mon 13/12", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 3, ["2281947"],
        [ch("Charlie Ashton", "2030-04-19", "19/04/2030"), ch("Lucy Ashton", "2035-01-02", "02/01/2035")],
        [], True, None, [], False, "request_info",
        "NEAR MISS: a neighbour's threat to 'stab the lot of them' is historic (April), the man convicted with a "
        "restraining order, the family moved in August, CP plan ended -> not urgent. Knowsley level 3 step-down: "
        "joint home visit date/time/venue given, three Signs of Safety headings, consent given -> missing []. "
        "'ICS ID 2281947' -> '2281947'. But 'next Monday' 13 Dec from Wed 8 Dec is only 3 WD (5 calendar days) -> "
        "notice not ok -> request_info.",
        meeting=date(2038, 12, 13), not_children=["Aisling Doherty"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2038-10-01 12:00:10"
    html_body = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:11pt">
<h2 style="color:#005A9C">Safer Knowsley Partnership - Community Safety Bulletin, Autumn 2038</h2>
<p>Welcome to the autumn bulletin for schools, Family First, housing providers and the voluntary sector.</p>
<h3>Dark nights: know the signs</h3>
<p>As the clocks go back on 31 October, reports of anti-social behaviour usually rise. Examples of what partners report to us include:</p>
<ul>
<li>fireworks or burning rags pushed through letterboxes;</li>
<li>a neighbour threatening to hurt children over a ball in a garden;</li>
<li>groups gathering outside a family's home after a rumour on social media;</li>
<li>a vulnerable tenant's flat taken over by dealers ("cuckooing") - lots of visitors at night, new faces, children going in and out.</li>
</ul>
<p>If a child is in danger call 999. For a concern about a child, contact the MASH. For ASB, report to your housing provider or via the council website.</p>
<h3>ASB case review (Community Trigger)</h3>
<p>Residents can ask for a case review if they have reported ASB three times in six months. Forty-one reviews were held in 2037-38.</p>
<h3>Training</h3>
<p>Free half-day session "Neighbour disputes and the child's voice", Tuesday 16 November 2038, Huyton Suite. Book through the Knowsley Safeguarding Partnership.</p>
<p style="font-size:9pt;color:#666">You receive this bulletin because you are on the Safer Knowsley partner list. Reply UNSUBSCRIBE to stop.</p>
</body></html>
""")
    text = html_text(html_body)
    top = plain_top(f, addr("Safer Knowsley Partnership", "safer.knowsley@" + KDOM),
                    addr("Family First 0-18 Duty", KFF), "Community Safety Bulletin - Autumn 2038", when, KDOM,
                    "Mailchimp Mailer", extra=[("List-Unsubscribe", "<mailto:safer.knowsley@knowsley.gov.uk?subject=unsubscribe>"),
                                               ("Precedence", "bulk")])
    add(f, alt_mail(f, top, re.sub(r"[ \t]+", " ", text).strip() + "\n", html_body), "knowsley", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a community safety bulletin listing examples (letterbox fires, a neighbour threatening "
        "children, a crowd after a rumour, cuckooing) about nobody real; 'danger' and '999' appear as general "
        "advice. DESIGN: bulletins that list examples must not trigger -> not urgent. A newsletter -> other -> "
        "human_review. Sent as bulk (Precedence: bulk) but not an auto-reply.")

def knowsley_05():
    f = "knowsley_05.eml"; when = "2038-10-28 11:34:52"
    blocks = [
        "Hello duty team,", "",
        "Step down to Level 2 for Kai Molyneux (DOB 30/06/2031), ICS ID 2270366.", "",
        ("table", [["Final CIN meeting", ""],
                   ["Date and time", "Thursday 4th November 2038 at 10:00"],
                   ["Venue", "Huyton Hub, Lathom Road, meeting room 3"],
                   ["New Lead Practitioner", "Donna Keegan, Family Support Worker, St Aidan's CE Primary School"]]), "",
        "{{What are we worried about?}} The neighbour dispute over parking and the dog between Kai's dad and the "
        "family at no. 12 upset Kai a lot this summer and he became withdrawn.", "",
        "{{What is working well?}} The dispute was settled through Knowsley Housing Trust mediation in September; "
        "Kai is back to his old self at school; dad and Kai's stepmum work well together.", "",
        "{{What needs to happen?}} Level 2 support from school - Donna will lead an Early Help Assessment, with "
        "a mentor for Kai.", "",
        "Dad has consented to the step down and Donna has agreed to take the Lead Practitioner role.", "",
        "Regards,", "Owen Tierney", "Social Worker, Kirkby CIN Team, Knowsley Council",
    ]
    top = outlook_top(f, addr("Tierney, Owen", "Owen.Tierney@" + KDOM), addr("Family First 0-18 Duty", KFF),
                      "Step down Level 2 - Molyneux - final CIN 04/11", when)
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 2, ["2270366"],
        [ch("Kai Molyneux", "2031-06-30", "30/06/2031")], [], True, None, [], True, "book_meeting",
        "Knowsley level 2 step-down in Word HTML: final CIN date, time and venue in a table, lead practitioner "
        "named with her agency, all three headings answered -> missing []. Sent Thu 28 Oct (BST) for Thu 4 Nov "
        "(GMT, after the clocks go back): 29 Oct, 1-4 Nov = exactly 5 WD -> ok -> book_meeting. Dad's consent "
        "stated -> consent true (not required at level 2). Parking/dog dispute resolved by mediation.",
        meeting=date(2038, 11, 4), not_children=["Donna Keegan", "Owen Tierney"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2038-12-02 15:05:18"
    ack = ack_text("step-up", "SB-knowsley-1874", [
        "Case: EHM-58834", "Children: Ava Rimmer (21/05/2031), Freddie Rimmer (14/10/2033)",
        "Step-up TAF meeting: Wednesday 8 December 2038, 13:30 (Microsoft Teams)"], [])
    body = T("""
Hi,

Adding to the Rimmer step up. The XL bully from 6 Beech Close, the one that bit Ava on the arm in September, is out again. It got through the back fence about 20 mins ago and is running loose on the field behind Park Brow Primary. Ava and Freddie are both in the playground now waiting for home time at 3.15 and the field gate is open. The owner isn't answering his door. School have only just rung me.

I'm in the car on my way there, 07700 900 732.

Bev
Beverley Croft, Family First Case Manager, Kirkby
""") + quote(
        "Knowsley MASH <knowsleymash@knowsley.gov.uk>", "26 November 2038 09:41", "Croft, Beverley <Beverley.Croft@knowsley.gov.uk>",
        "[SB-knowsley-1874] Step-up request received - EHM-58834", ack)
    top = outlook_top(f, addr("Croft, Beverley", "Beverley.Croft@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: [SB-knowsley-1874] Step-up request received - EHM-58834", when)
    add(f, mail(f, top, body), "knowsley", "mash_step_up", when, 2,
        "urgent", "follow_up", True, None, ["EHM-58834"],
        [ch("Ava Rimmer", "2031-05-21", "21/05/2031"), ch("Freddie Rimmer", "2033-10-14", "14/10/2033")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A follow-up to [SB-knowsley-1874] that reports a present danger in plain words: the dog that bit Ava in "
        "September is loose now on the school field, the children in the playground before 3.15 pick-up, gate "
        "open. No alarm word -> urgent -> alert_duty. Children and DOBs from the quoted acknowledgement; "
        "physical_harm.", not_children=["Beverley Croft"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2038-09-21 09:03:40"
    data = itip_reply(f, when, "Aled Pryce", "aled.pryce@" + KDOM, ("Knowsley MASH", KMASH),
                      "DECLINED", "Step up TAF meeting - Kenwright EHM-57120", "20380922T100000", "20380922T113000",
                      "Microsoft Teams Meeting",
                      comment="On a course all day Weds - Bryony Tate will chair for MASH instead, I've forwarded the invite to her.")
    add(f, data, "knowsley", "mash_step_up", when, 3,
        "ordinary", "meeting_reply", False, None, ["EHM-57120"], [], [], None, None, [], None, "record_reply",
        "An Outlook iTIP REPLY (DECLINED) from the MASH social worker to the Kenwright step-up TAF invitation, "
        "with a routine comment (a deputy will chair). meeting_reply -> record_reply; the case id is in the "
        "summary. The invitation came to him from the MASH inbox, so the reply goes back there.")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2038-12-17 10:05:27"
    body = T("""
Morning all,

Step up request for the Gill family - EHM-59402 - Connor Gill (DOB 03.08.2024) and Maya Gill (DOB 11.02.2030).

I've attached the FF step up form, the minutes of last week's TAF and the Merseyside Exploitation Assessment for Connor. The invite for the step up TAF is attached too - Wednesday 29th December at 10am on Teams (I know it's between the bank holidays - it's the first Wednesday I could get everyone).

Summary: the flat next to mum's was taken over by dealers in October (cuckooed - the tenant has learning difficulties) and Connor was seen carrying bags between that flat and a car. The men were arrested on 2 December and the flat has been closed by a court order; Connor is staying with his nan in Halewood for now and is not going back to mum's road. He has missed 40% of school this term.

My TM, Paula Jebb, has read the form and agreed the step up.

Thanks
Rachel Sefton
Family First Case Manager, Halewood & Prescot
""") + KDISC
    cal = ics("REQUEST", f, dt(when), "20381229T100000", "20381229T113000", "Step up TAF meeting - Gill EHM-59402",
              "Microsoft Teams Meeting", "Step up TAF meeting for Connor and Maya Gill. Chair: MASH social worker.",
              ("Rachel Sefton", "Rachel.Sefton@" + KDOM),
              [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH Business Support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    atts = [docx_att("FF Step Up request to CSC - Gill.docx", appendix1([
                ("Case ID on EHM:", "EHM-59402"),
                ("What are we worried about?", "Criminal exploitation of Connor; school attendance."),
                ("What is working well?", "Nan is protective; Connor talks to his youth worker."),
                ("What needs to happen?", "Step up to CSC."),
                ("Date of step up TAF meeting:", "29/12/2038 10:00")])),
            pdf_att("TAF minutes 08.12.38 Gill.pdf", "TAF meeting minutes - Gill family", ["EHM-59402", "8 December 2038"]),
            pdf_att("Merseyside Exploitation Assessment - Connor Gill.pdf", "Merseyside Exploitation Assessment (CE/CSE)",
                    ["Young person: Connor Gill", "Completed 9 December 2038"]),
            binary_part("text/calendar", "invite.ics", cal.encode())]
    top = outlook_top(f, addr("Sefton, Rachel", "Rachel.Sefton@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Gill - EHM-59402 - TAF 29/12 10am", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, atts), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-59402"],
        [ch("Connor Gill", "2024-08-03", "03.08.2024"), ch("Maya Gill", "2030-02-11", "11.02.2030")],
        ["exploitation", "school_attendance"], None, True, [], True, "book_meeting",
        "Complete Knowsley step-up: form, TAF minutes and the Merseyside Exploitation Assessment (exploitation -> "
        "exploitation_assessment met), case id, TM 'agreed the step up', meeting in the attached .ics. Sent Fri "
        "17 Dec, meeting Wed 29 Dec across the Christmas substitute bank holidays (Mon 27, Tue 28 Dec): 20-24 Dec "
        "+ 29 Dec = 6 WD (8 plain weekdays) -> ok either way -> book_meeting. The cuckooed flat is closed and the "
        "men arrested; Connor is with his nan -> not urgent.",
        meeting=date(2038, 12, 29), not_children=["Rachel Sefton", "Paula Jebb"])

# ============================================================================= RICHMOND & WANDSWORTH
def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2038-09-20 14:30:06"
    body = T("""
Dear MASH colleagues,

Following my reflective discussion with Ola Bankole (Early Help Practitioner) on Friday, we plan to step up the Okafor family to Children's Services. The latest case summary and our rationale are attached.

Children: Daniel Okafor, DOB 14/02/2027, and Grace Okafor, DOB 30/09/2031. Mosaic ID 3381290.

In short: the family have been harassed by a group of teenagers on the Alton Estate since March - racist abuse, their car scratched, Daniel chased home twice. Daniel (11) has started carrying a screwdriver "for protection" and has been seen with two of the older boys from the group, who now seem to be befriending him. Dad works nights; mum's depression has deepened and she has stopped taking Grace to nursery. The ASB team and the Safer Neighbourhood Team are involved. We no longer think a single-agency Early Help plan is enough.

Please send the invitation for the step-up case discussion to me and Ola.

Kind regards,

Harriet Lowe
Early Help Team Manager (Roehampton & Putney)
Wandsworth Children's Services
020 7946 0482
""") + RDISC
    atts = [docx_att("Case summary - Okafor - Sept 2038.docx", ["# Early Help case summary", "Family: Okafor, Mosaic ID 3381290",
                     "Open to Early Help since 14 March 2038.", "Chronology of ASB incidents attached as an appendix."]),
            docx_att("Rationale for step up - Okafor.docx", ["# Rationale for step up to Children's Services",
                     "Emerging criminal exploitation of Daniel; mother's mental health; Grace's nursery attendance."])]
    top = outlook_top(f, addr("Lowe, Harriet", "Harriet.Lowe@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Okafor - Mosaic 3381290", when, cc=addr("Bankole, Ola", "Ola.Bankole@" + RDOM))
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["3381290"],
        [ch("Daniel Okafor", "2027-02-14", "14/02/2027"), ch("Grace Okafor", "2031-09-30", "30/09/2031")],
        ["exploitation", "parental_mental_health"], None, None, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up from the Early Help team manager: case summary and rationale "
        "attached -> missing []. 'Mosaic ID 3381290' -> '3381290'. Exploitation (Daniel befriended by the older "
        "boys, carrying a screwdriver) and parental mental health. Long-running ASB, nothing happening now -> not "
        "urgent -> book_meeting (stepbot invites within 1 WD).",
        not_children=["Harriet Lowe", "Ola Bankole"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2038-11-12 20:15:33"
    text = T("""
I DONT KNOW WHO ELSE TO EMAIL YOUR ADDRESS WAS ON THE LETTER FROM THE SOCIAL ABOUT THE FAMILY AT NUMBER 23 ALBERT GROVE

THE BLOKE FROM 21 IS IN THEIR BACK GARDEN RIGHT NOW WITH A BASEBALL BAT HES KICKED THE GATE IN AND HES SMASHING THE KITCHEN WINDOW I CAN SEE HIM FROM MY BEDROOM

THE TWO LITTLE ONES ARE IN THERE WITH THEIR MUM I CAN HEAR THEM SCREAMING HE KEEPS SHOUTING ILL DO YOUR KIDS LIKE YOU DID MY CAR

ive been on the phone to the police for 20 mins on hold

Pat (number 25)
""")
    top = gmail_top(f, addr("Pat Henshaw", "pat.henshaw1958@gmail.com"), RED, "NUMBER 23", when)
    add(f, mail(f, top, text, crlf=False, cte="7bit"), "richmond_wandsworth", "early_help_duty", when, 3,
        "urgent", "other", True, None, [], [], ["physical_harm"], None, None, [], None, "alert_duty",
        "An angry neighbour in capitals with no punctuation, 20:15 on a Friday: a man is in the family's garden "
        "now with a baseball bat smashing the window, shouting he'll 'do your kids', two young children inside "
        "screaming; the police line on hold. No alarm word -> urgent -> alert_duty (out of hours: EDT). Not a "
        "request -> other. No child named -> children [].")

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2038-10-05 09:45:12"
    body = T("""
Hi Early Help duty,

As agreed with Marcus Ellery (Duty Team Manager) on the phone yesterday, I am confirming the step-down case discussion for the Nowak family on Thursday 7th October at 2pm (Teams). The latest case summary and the draft plan for Early Help are attached.

Children: Zofia Nowak (DOB 08/08/2028) and Filip Nowak (DOB 25/03/2033). Mosaic ID 3310457.

For context - the family came to us in May after a crowd gathered outside their old flat in Roehampton following a false rumour on a local Facebook group that dad had been taking photos of children in the park. Police dispersed the crowd, the post was removed, the man who started it was cautioned and police confirmed dad had done nothing wrong. The family were rehoused to Putney in July. There have been no incidents since, and the section 47 enquiry ended with no further action.

Mum and dad have consented to Early Help continuing the plan, and both children (Zofia especially) have been asked what they want - Zofia would like to keep seeing the school counsellor.

Best wishes,
Naomi Price
Social Worker, Assessment Team, Wandsworth Children's Services
""") + RDISC
    atts = [pdf_att("Nowak case summary Oct 2038.pdf", "Case summary - Nowak family", ["Mosaic ID 3310457",
                    "Section 47: NFA. Family rehoused July 2038. No incidents since."]),
            docx_att("Nowak draft Early Help plan.docx", ["# Draft plan for Early Help", "Zofia: school counselling",
                     "Filip: nursery place", "Parents: community mediation follow-up"])]
    top = outlook_top(f, addr("Price, Naomi", "Naomi.Price@" + RDOM), addr("Early Help Duty", RED),
                      "Step down case discussion Thurs 7th - Nowak", when)
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["3310457"],
        [ch("Zofia Nowak", "2028-08-08", "08/08/2028"), ch("Filip Nowak", "2033-03-25", "25/03/2033")],
        [], True, None, [], None, "book_meeting",
        "NEAR MISS: a crowd outside the family's old flat after a false rumour - in May, dispersed, the rumour "
        "disproved, family rehoused, s47 NFA, no incidents since -> historic and resolved, not urgent. Complete "
        "step-down: case summary and draft plan attached, both parents consented -> missing [] -> book_meeting "
        "(discussion Thu 7 Oct agreed by phone, within 5 days).", not_children=["Naomi Price", "Marcus Ellery"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2038-10-14 15:10:44"
    body = T("""
Hello,

I spoke to Jasper this afternoon about stepping down the Adeyemi family and we've pencilled in a case discussion for Tuesday 19th at 11.

Child: Toby Adeyemi, DOB 17 May 2026. Mosaic 3342018.

We got involved after the neighbour complaints about noise and the dog - housing's ASB officer made a referral because the neighbours said Toby (12) was left home alone at night. The assessment found Toby is not left alone - mum works evenings and Toby's older cousin (19) is there. The noise issues are being handled by housing under an acceptable behaviour contract.

Case summary attached. The draft plan isn't written yet, I'll get it to you by Monday.

I raised Early Help with mum at the visit and she said she'd think about it and let me know - she's wary of "more people in our business".

Thanks
Ravi Sandhu
Social Worker, Richmond CIN Team
""")
    atts = [docx_att("Adeyemi case summary.docx", ["# Case summary", "Toby Adeyemi, Mosaic 3342018",
                     "Child and Family Assessment concluded 12 October 2038."])]
    top = outlook_top(f, addr("Sandhu, Ravi", "Ravi.Sandhu@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Adeyemi", when)
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["3342018"],
        [ch("Toby Adeyemi", "2026-05-17", "17 May 2026")], [], None, None, ["consent", "draft_plan"], None,
        "request_info",
        "Step-down with the case summary attached but no draft plan ('isn't written yet') and consent unclear "
        "(mum 'said she'd think about it') -> consent null -> missing consent and draft_plan -> request_info. "
        "'Mosaic 3342018' -> '3342018'. The home-alone allegation was assessed and not found.",
        not_children=["Ravi Sandhu"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2038-11-10 13:00:21"
    body = T("""
FYI - minutes of yesterday's ASB case panel for the Early Help duty file. No action needed from Early Help beyond item 3.

Kerry-Ann Fuller
ASB Coordinator, Wandsworth Community Safety
""")
    minutes = ["Wandsworth ASB Case Review Panel - 9 November 2038",
               "Chair: Insp. D. Morrow (Met SNT). Present: Housing, ASB team, Early Help, Catalyst HA, Victim Support.",
               "Item 1 - Flat 4, Keswick House (cuckooing). Closure order granted at court on 3 November; flat secured;",
               "tenant supported into adult social care placement. The two men arrested on 28 October remain in custody.",
               "Action: housing to re-let after repairs. CLOSED.",
               "Item 2 - Albert Grove neighbour dispute. Perpetrator charged and remanded after the incident on 4 Nov;",
               "criminal behaviour order to be sought. Victim family moved to temporary accommodation the same night",
               "and are now permanently rehoused. Action: ASB team to update the Community Trigger applicant.",
               "Item 3 - Parking and noise dispute, Heathfield Road. Mediation offered to both households.",
               "Action: Early Help to offer the family at no. 9 a parenting drop-in (children's football in the road).",
               "Item 4 - CCTV complaint, Garratt Lane: camera re-angled after ICO guidance. CLOSED.",
               "Next panel: 14 December 2038."]
    atts = [pdf_att("ASB Case Panel minutes 09-11-38.pdf", "ASB Case Review Panel - minutes and actions", minutes)]
    top = outlook_top(f, addr("Fuller, Kerry-Ann", "Kerry-Ann.Fuller@" + RDOM), addr("Early Help Duty", RED),
                      "FW: ASB Case Panel 09/11 - minutes and actions", when)
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: an ASB case panel minute (PDF) with actions agreed: a cuckooed flat already closed by court "
        "order, a perpetrator remanded with the family rehoused, a mediation offer, a CCTV complaint closed. "
        "Everything dealt with, no child facing harm now -> not urgent. Minutes for information -> other -> "
        "human_review.", not_children=["Kerry-Ann Fuller"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2038-10-18 10:22:09"
    ack = ack_text("step-down", "SB-richmond_wandsworth-0417", [
        "Children: Toby Adeyemi (17/05/2026)", "Case: 3342018"], ["the draft plan for Early Help", "the family's consent"])
    body = T("""
Morning - draft plan attached as promised.

Mum rang me on Saturday: she's happy for Early Help to carry on with the plan, so that's her consent.

Ravi
""") + quote("Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>", "14 October 2038 15:19",
             "Sandhu, Ravi <Ravi.Sandhu@richmondandwandsworth.gov.uk>",
             "[SB-richmond_wandsworth-0417] Step-down request received - Adeyemi", ack)
    atts = [docx_att("Adeyemi draft EH plan.docx", ["# Draft plan for Early Help - Adeyemi",
                     "1. Youth club place for Toby (Tuesdays).", "2. Housing to review the acceptable behaviour contract in January."])]
    top = outlook_top(f, addr("Sandhu, Ravi", "Ravi.Sandhu@" + RDOM), addr("Early Help Duty", RED),
                      "RE: [SB-richmond_wandsworth-0417] Step-down request received - Adeyemi", when)
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "early_help_duty", when, 2,
        "ordinary", "follow_up", False, None, ["3342018"],
        [ch("Toby Adeyemi", "2026-05-17", "17/05/2026")], [], True, None, [], None, "attach_to_request",
        "A reply to [SB-richmond_wandsworth-0417] adding the draft plan and mum's consent ('that's her consent') "
        "-> follow_up -> attach_to_request; missing [] for a follow-up. Child, DOB and case id from the quoted "
        "acknowledgement.")

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2038-11-23 18:40:02"
    body = T("""
Hi,

Confirming the step-down case discussion I agreed with the duty manager for the Barnes family on Friday 26th November at 10am. Latest case summary and the draft Early Help plan attached. Mum consented to Early Help at my visit on Monday.

Children: Kai Barnes (DOB 02/09/2029), Evie Barnes (DOB 15/12/2034). Mosaic ID 3398821.

Thanks, Sophie

PS - mum has just rung me as I was about to send this. Someone has pushed lit paper through their letterbox in the last ten minutes - the hall carpet caught and she put it out with the washing-up bowl. Kai and Evie are asleep upstairs. The same three lads who have been throwing things at the house are still at the end of the path shouting that they'll be back to "finish the job". She has no smoke alarm downstairs and her phone is on 4%. I've told her to ring 999 and I'm trying the police myself.

Sophie Marsh
Social Worker, Wandsworth Family Support Team
07700 900 285
""")
    atts = [docx_att("Barnes case summary Nov 2038.docx", ["# Case summary - Barnes", "Mosaic ID 3398821"]),
            docx_att("Barnes draft Early Help plan.docx", ["# Draft plan for Early Help - Barnes family"])]
    top = outlook_top(f, addr("Marsh, Sophie", "Sophie.Marsh@" + RDOM), addr("Early Help Duty", RED),
                      "Step down case discussion Fri 26th - Barnes", when)
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 2,
        "urgent", "step_down", True, None, ["3398821"],
        [ch("Kai Barnes", "2029-09-02", "02/09/2029"), ch("Evie Barnes", "2034-12-15", "15/12/2034")],
        ["physical_harm"], True, None, [], None, "alert_duty",
        "A complete step-down whose PS reports a present danger in plain words: lit paper through the letterbox "
        "minutes ago, the children asleep upstairs, the youths still outside promising to come back and 'finish "
        "the job', 18:40. No alarm word -> urgent -> alert_duty (out of hours) whatever the kind. The step-down "
        "itself is complete (summary, plan, consent) -> missing [].", not_children=["Sophie Marsh"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2038-12-06 08:31:50"
    body = T("""
Thank you for your email. I am out of the office until Monday 13 December with limited access to email.

For new step-down requests please continue to use the Early Help duty inbox; for anything about a child's immediate safety contact the MASH duty desk.

Jasper Quint
Early Help Manager
""")
    data = ooo(f, when, "Jasper Quint", "jasper.quint@" + RDOM, addr("Early Help Duty", RED),
               "Step down case discussion - Dosanjh", body)
    add(f, data, "richmond_wandsworth", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Outlook out-of-office (Auto-Submitted: auto-replied) from the Early Help manager, sent back to the duty "
        "inbox -> auto_reply -> ignore (RFC 3834: never answered).")

# ============================================================================= TOWER HAMLETS
def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2038-10-13 17:10:26"
    text = T("""
Hello MAST

My name Shirin Akter, I live 14 Brokesley Street E3. My son Rahim Uddin he is 9 year old. Today 4 o clock he is playing on stair, two men from flat 15 next door they take him inside. That flat is bad, the lady there is sick and men come all the time day and night, selling drugs, everybody know. Now is one hour he not come out. I knock the door many times, nobody open, I hear music loud. My husband at work in restaurant. I am with baby alone. Early help lady Nasima give me this email. Please help me what I do

Shirin
07700 900 561
""")
    top = gmail_top(f, addr("Shirin Akter", "shirinakter.e3@gmail.com"), TMAST, "my son in next door flat", when)
    add(f, mail(f, top, text, crlf=False), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Rahim Uddin")], ["exploitation"], None, None, [], None,
        "alert_duty",
        "A mother in broken English: her 9-year-old was taken into the cuckooed flat next door by two men an hour "
        "ago and has not come out; nobody answers. No alarm word -> urgent -> alert_duty (17:10, after office "
        "hours: EDT). Not a request -> other. exploitation (a drug flat, men taking a child in); his whereabouts "
        "are known, so not labelled missing.", not_children=["Shirin Akter"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2038-09-09 11:00:37"
    blocks = [
        "Dear MAST,", "",
        "Please find attached a Multi-Agency Request for Support for {{Yusuf Hassan}} (DOB 22/11/2028), Mosaic "
        "4471203, whom I have supported under Targeted Early Help since January.", "",
        "Yusuf (9) has been repeatedly assaulted and robbed by older boys from the block opposite, and in the last "
        "month he has started going out with them after dark and coming home with new trainers and cash. His "
        "mother has told me she is frightened of the boys' family and will not report to police. Our TAF plan has "
        "not reduced the concerns and I believe the family need a Children's Social Care assessment.", "",
        "My manager, Rukhsana Begum (Targeted Early Help Team Manager), has reviewed this and agreed the step-up; "
        "her oversight is recorded on Mosaic.", "",
        "Kind regards,", "Tom Whitlock", "Lead Practitioner, Targeted Early Help (Bow & Mile End)",
        "London Borough of Tower Hamlets",
    ]
    atts = [docx_att("MARF - Yusuf Hassan.docx", ["# Multi-Agency Request for Support Form", "Child: Yusuf Hassan, 22/11/2028",
                     "Mosaic: 4471203", "Reason: emerging child criminal exploitation; physical assaults by peers.",
                     "Parental consent: mother informed of the request."])]
    top = outlook_top(f, addr("Whitlock, Tom", "Tom.Whitlock@" + TDOM), addr("MAST", TMAST),
                      "Step up - Multi-Agency Request for Support - Y Hassan", when)
    add(f, word_mail(f, top, blocks, atts), "tower_hamlets", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["4471203"],
        [ch("Yusuf Hassan", "2028-11-22", "22/11/2028")], ["exploitation", "physical_harm"], None, True, [], None,
        "book_meeting",
        "Complete Tower Hamlets MAST step-up in Word HTML: the Multi-Agency Request for Support form attached and "
        "the manager 'reviewed this and agreed the step-up' -> missing [] -> book_meeting. Mother 'informed' is "
        "not consent -> null. Peer assaults and emerging exploitation, nothing happening tonight.",
        not_children=["Tom Whitlock", "Rukhsana Begum"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2038-09-27 16:20:15"
    body = T("""
hi MAST team

we want to step up Amira Rahman (DOB 05-06-2030) - Mosaic 4480917. family being harassed by downstairs neighbour for 8 months (banging on ceiling, notes under door calling them "animals", threats to report them to immigration). Amira (8) now refusing to sleep in her own room and wetting the bed, mum has stopped taking her to school most days. we've done 6 months of TAF and it's getting worse.

I haven't done the request for support form yet - doing it tomorrow morning. I'll also get my manager to sign it off tomorrow, she's out at training today.

thanks
Farhana Miah
Family Support Worker, Early Help Hub (Poplar)
""")
    top = plain_top(f, addr("Farhana Miah", "Farhana.Miah@" + TDOM), addr("MAST", TMAST), "step up Amira Rahman",
                    when, TDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "tower_hamlets", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["4480917"],
        [ch("Amira Rahman", "2030-06-05", "05-06-2030")], ["school_attendance"], None, None,
        ["manager_agreed", "request_for_support"], None, "request_info",
        "Tower Hamlets step-up with no Request for Support form ('doing it tomorrow') and manager sign-off still "
        "to come ('I'll also get my manager to sign it off tomorrow') -> manager_agreed null -> missing "
        "manager_agreed and request_for_support -> request_info. Neighbour harassment is background; school "
        "attendance is the stated concern.", not_children=["Farhana Miah"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2038-10-22 10:00:44"
    html_body = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif">
<p><b>Metropolitan Police - Bethnal Green Safer Neighbourhood Team</b></p>
<p><b>APPEAL: have you seen Biscuit?</b></p>
<p>Biscuit, a 2-year-old tan Staffordshire bull terrier cross, went missing from Weavers Fields on Tuesday 19 October after being frightened by fireworks. He is microchipped, friendly and wearing a red collar. He is not dangerous and there are no reports of him hurting anyone - please do not chase him.</p>
<p>His owner, a local pensioner, is very upset. If you see him please call 101 quoting CAD 4417/19OCT38, or message us on the SNT page.</p>
<p>Also this week: reminder that the ASB dispersal order around Bethnal Green Gardens runs until 7 November. Thank you to the residents' association of Avebury Estate for the parking survey.</p>
<p>PC Lewis Brennan and PCSO Amina Siddiqui<br>Bethnal Green SNT</p>
</body></html>
""")
    top = plain_top(f, addr("Bethnal Green SNT", "BethnalGreen.SNT@met.police.uk"), addr("Early Help Hub", TEH),
                    "Police appeal - lost dog Biscuit - Weavers Fields", when, "met.police.uk", None)
    add(f, html_only(f, top, html_body), "tower_hamlets", "early_help_duty", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: an HTML-only police appeal for a lost dog ('not dangerous', no reports of him hurting "
        "anyone), with an ASB dispersal-order note - no child involved -> not urgent -> other -> human_review. A "
        "police CAD reference is not a case id.")

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2038-11-16 14:50:39"
    fwd = T("""
-----Original Message-----
From: Hannah Okoye <Hannah.Okoye@eastendhomes.org.uk>
Sent: 16 November 2038 14:41
To: Reza Karim <Reza.Karim@towerhamlets.gov.uk>
Subject: ASB case note - 11 Lister House - Choudhury

ASB CASE NOTE - Case ASB/3317 - 11 Lister House, Cable Street
Logged by: H Okoye, Housing Officer, 14:35 today

Call from Mrs Choudhury (flat 11). Neighbour at flat 12 (Mr D. Fenn) has been making threats over the noise of the children since the summer (see notes of 2 Aug, 9 Sept, 21 Oct). This afternoon about 14:15 he came out on the landing with a claw hammer and hit her front door several times, shouting that if the kids make one more sound he will "cave their heads in". He is still on the landing now, sitting on the stairs with the hammer, between her door and the only stairwell. Mrs Choudhury is inside with Ayaan Choudhury (6) and Zara Choudhury (3); she has pushed the sofa against the door. Her husband is in Bangladesh. She called police at 14:20 and was told they would attend; nobody has arrived. Estate caretaker won't go up.

Action: passed to Tower Hamlets ASB team (R Karim) and chased police at 14:40.
""")
    body = T("""
Forwarding the note below from East End Homes - this family has an open Early Help case (Mosaic 4452760). Police still not there as of 14:48. I'm heading over but I'm 20 minutes away.

Reza Karim
ASB Officer, Tower Hamlets Council
020 7946 0714
""") + fwd
    top = outlook_top(f, addr("Karim, Reza", "Reza.Karim@" + TDOM), addr("MAST", TMAST),
                      "FW: ASB case note - 11 Lister House - Choudhury", when)
    add(f, mail(f, top, body), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "other", True, None, ["4452760"],
        [ch("Ayaan Choudhury"), ch("Zara Choudhury")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A housing officer's ASB case note forwarded by the council's ASB officer: a neighbour has struck the "
        "door with a claw hammer threatening to 'cave their heads in' and is sitting outside the flat now, blocking "
        "the only stairwell, a 6- and a 3-year-old inside; police not arrived. No alarm word -> urgent -> "
        "alert_duty. 'Mosaic 4452760' -> '4452760'; the ASB case number is not a case id. Forward from a partner "
        "-> other.", not_children=["Hannah Okoye", "Reza Karim"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2038-12-01 12:15:08"
    body = T("""
Dear Early Help Hub,

We are stepping down Lena Kowalczyk (DOB 11/03/2032) and Oskar Kowalczyk (DOB 27/07/2036), Mosaic 4439915.

The Child and Family Assessment concluded on 26/11/2038 (attached). Concerns started with the neighbours' complaints about the children playing football in the courtyard and dad's angry confrontations with the residents' association; the assessment found good basic care and a dad who needs help managing his temper. The TAF plan is attached.

Lead Practitioner: Ms Jo Arkwright, Pastoral Lead, Harry Gosling Primary School - she has agreed.

I'm afraid dad has declined Early Help. He says the family "don't need anyone" now that the residents' association has dropped its complaint. Mum would like the support but dad has said no and I have not been able to change his mind. I'd still like to hold the TAF meeting on 8 December at 2pm at the school to see if he will come round.

Regards,
Godfrey Mensah
Social Worker, Children's Social Work (Shadwell)
""") + TDISC
    atts = [pdf_att("CFA Kowalczyk concluded 26-11-38.pdf", "Child and Family Assessment - Kowalczyk",
                    ["Mosaic 4439915", "Concluded 26/11/2038", "Outcome: step down to Early Help (TAF)"]),
            docx_att("TAF plan Kowalczyk.docx", ["# TAF plan - Kowalczyk family", "Anger management course for dad.",
                     "After-school football club for Lena."])]
    top = outlook_top(f, addr("Mensah, Godfrey", "Godfrey.Mensah@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Kowalczyk - Mosaic 4439915", when)
    add(f, mail(f, top, body, atts), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["4439915"],
        [ch("Lena Kowalczyk", "2032-03-11", "11/03/2032"), ch("Oskar Kowalczyk", "2036-07-27", "27/07/2036")],
        [], False, None, ["consent"], None, "request_info",
        "Tower Hamlets step-down with the assessment, TAF plan and lead practitioner (named, with her agency), "
        "but dad 'has declined Early Help' -> consent false -> missing consent -> request_info. A neighbours' "
        "football complaint in the background.", not_children=["Godfrey Mensah", "Jo Arkwright"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2038-11-04 09:30:55"
    body = T("""
Morning,

Step-down request: Idris Ali (DOB 30.01.2027) and Sumaya Ali (DOB 14.09.2030), Mosaic 4426648.

Some of you will remember this family from the news in the spring - the "vigilante" video of men banging on their door after a false post said dad was a paedophile. That was in April. Police traced and charged the man behind the post, the Facebook group was closed, and the family moved to a new tenancy in Stepney in May. The children have had no contact with any of the group since, and the strategy discussion in April ended with no further action.

Consent: mum and dad both signed the step-down consent on 1 November.
Lead Practitioner: Ruksana Hoque, Family Support Worker, Stepney Green Family Hub.
TAF plan attached.

The C&F assessment is with my manager to sign off - I'll send it as soon as it's authorised (hopefully Friday).

Many thanks
Lydia Fox
Social Worker, Children's Social Work (Stepney)
""")
    atts = [docx_att("Ali TAF plan Nov 2038.docx", ["# TAF plan - Ali family", "Idris: mentoring", "Sumaya: Young Carers group"])]
    top = outlook_top(f, addr("Fox, Lydia", "Lydia.Fox@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Ali - Mosaic 4426648", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["4426648"],
        [ch("Idris Ali", "2027-01-30", "30.01.2027"), ch("Sumaya Ali", "2030-09-14", "14.09.2030")],
        [], True, None, ["assessment"], None, "request_info",
        "NEAR MISS: a vigilante group's false accusation and men at the door - in April, the man charged, the "
        "family moved in May, strategy discussion NFA -> historic, not urgent. Step-down with consent signed, lead "
        "practitioner named with agency and the TAF plan attached, but the C&F assessment not yet sent -> missing "
        "assessment -> request_info.", not_children=["Lydia Fox", "Ruksana Hoque"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2038-11-29 13:02:17"
    comment = ("Sorry, can't make the TAF at 2 - I'm at the Begum family's flat in Ocean Estate. Two men from the "
               "flat upstairs came down half an hour ago with a machete asking for Imran Begum (15), saying he owes "
               "them and they'll wait for him outside Stepney All Saints at 3.15 when he comes out. Mum won't call "
               "the police, she says they'll burn the flat. Imran doesn't know yet. I'm on 07700 900 198.")
    data = itip_reply(f, when, "Nasima Khatun", "Nasima.Khatun@" + TDOM,
                      ("Early Help Hub", TEH), "DECLINED", "TAF meeting - Begum family", "20381129T140000",
                      "20381129T153000", "Ocean Estate Family Hub", comment=comment)
    add(f, data, "tower_hamlets", "early_help_duty", when, 2,
        "urgent", "meeting_reply", True, None, [], [ch("Imran Begum")], ["exploitation", "physical_harm"], None,
        None, [], None, "alert_duty",
        "A declined TAF invitation whose comment (in the text part and the iTIP COMMENT) says two men with a "
        "machete are going to wait for a 15-year-old outside school at 3.15 today over a debt; mum will not call "
        "police. No alarm word -> urgent -> alert_duty, first in next_action's order, ahead of record_reply. "
        "exploitation (debt to the men) and physical_harm.", not_children=["Nasima Khatun"])

# ============================================================================= TORBAY
def torbay_01():
    f = "torbay_01.eml"; when = "2038-10-29 21:05:47"
    text = T("""
This is Dee, I'm Kelly Tapper's friend, she asked me to email you because her phone keeps cutting out. Her Early Help worker gave her this address.

There are about 40 people outside Kelly's house at 7 Hele Road right now. A group called "Bay Predator Watch" did a Facebook live saying Kelly's partner Lee is a paedo - it's the wrong man, the one they want lived at number 7 years ago. They're banging on the windows and chanting, someone threw a brick through the front room window and there's glass everywhere. Kelly, Lee and the kids - Mason Tapper (6) and Ruby-Rose (2) - are upstairs in the back bedroom. The police said they're sending someone but they've been saying that for 40 minutes and the crowd is getting bigger, people are filming and shouting they'll drag him out.

I'm outside across the road. 07700 900 843

Dee Harris
""")
    top = gmail_top(f, addr("Dee Harris", "deeharris.paignton@gmail.com"), addr("Torbay Early Help", BEH),
                    "Kelly Tapper 7 Hele Road - people outside", when)
    add(f, mail(f, top, text, crlf=False), "torbay", "early_help_duty", when, 3,
        "urgent", "other", True, None, [], [ch("Mason Tapper")], ["physical_harm"], None, None, [], None,
        "alert_duty",
        "A friend writing at 21:05 on the last Friday of BST (+0100): a vigilante crowd of 40 outside after a false "
        "accusation, a brick through the window, threats to 'drag him out', a 6- and a 2-year-old upstairs, police "
        "not arrived. No alarm word -> urgent -> alert_duty (out of hours: EDT). Not a request -> other. Mason "
        "Tapper named in full; Ruby-Rose by first name only.", not_children=["Dee Harris", "Kelly Tapper"])

def torbay_02():
    f = "torbay_02.eml"; when = "2038-09-07 10:10:29"
    body = T("""
Hi Early Help,

Please can I have a triage slot to step down the Trelawny family to level 3 Early Help.

Children: Jack Trelawny, DOB 04/04/2031; Poppy Trelawny, DOB 19/01/2035. LCS-204417.

The Single Assessment with my analysis and rationale is attached. Concerns began with a long-running neighbour dispute over parking and the neighbours' dogs, which escalated to shouting matches in front of the children; the assessment found the children well cared for, and the dispute has calmed since the council painted the bays. Mum needs support with the children's routines and with Jack's anger at school.

My team manager, Carys Penhale, has recorded her management analysis on LCS confirming the threshold for level 3 is met. Mum has given consent for level 3 Early Help.

Thanks,
Liam Bolitho
Social Worker, Single Assessment Team, Torbay Children's Services
""") + BDISC
    atts = [pdf_att("Single Assessment - Trelawny - LCS-204417.pdf", "Single Assessment - Trelawny",
                    ["LCS-204417", "Analysis and rationale for step-down to level 3 Early Help."])]
    top = outlook_top(f, addr("Bolitho, Liam", "Liam.Bolitho@" + BDOM), addr("Torbay Early Help", BEH),
                      "Triage slot please - step down - Trelawny LCS-204417", when)
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["LCS-204417"],
        [ch("Jack Trelawny", "2031-04-04", "04/04/2031"), ch("Poppy Trelawny", "2035-01-19", "19/01/2035")],
        [], True, True, [], None, "book_meeting",
        "Complete Torbay step-down: Single Assessment attached, TM's analysis 'confirming the threshold for level 3' "
        "-> manager_agreed true, mum 'has given consent' -> missing [] -> book_meeting. Poppy is 3 -> the "
        "fortnightly under-5s triage. 'to level 3 Early Help' is stated -> level 3. No concern id fits (routines, "
        "anger at school; the parking dispute has calmed).",
        not_children=["Liam Bolitho", "Carys Penhale"])

def torbay_03():
    f = "torbay_03.eml"; when = "2038-10-01 15:45:12"
    body = T("""
Dear MASH,

I'm the lead practitioner (Early Help, level 3) for the Pengelly family, LCS-211093, and I'd like to make a contact to MASH to consider a level 4 response.

Child: Lewis Pengelly, DOB 09/12/2027.

Lewis (10) has been going into the flat below theirs, where the tenant - an older man with a learning disability - has had "friends" moving in since the summer. Neighbours have complained to Torbay Coast & Countryside Trust housing about the visitors at all hours; the police have visited twice. Lewis now has a new phone and says he "helps out" downstairs. He is home every night by 8 and mum is keeping him close this weekend, but this is new information and it worries me.

Mum has given consent for me to contact MASH.

I've talked it through with my team manager but she's on leave until Monday - she'll confirm her agreement then.

Regards
Morwenna Hext
Family Intervention Worker, Torbay Early Help
""") + BDISC
    top = outlook_top(f, addr("Hext, Morwenna", "Morwenna.Hext@" + BDOM), addr("Torbay MASH", BMASH),
                      "Contact to MASH - Pengelly LCS-211093", when)
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["LCS-211093"],
        [ch("Lewis Pengelly", "2027-12-09", "09/12/2027")], ["exploitation"], True, None, ["manager_agreed"], None,
        "request_info",
        "Torbay step-up (contact to MASH from the lead practitioner): consent given, but the team manager 'will "
        "confirm her agreement' on Monday -> manager_agreed null -> missing manager_agreed -> request_info. "
        "Emerging exploitation around a cuckooed flat, but Lewis home and supervised -> not urgent.",
        not_children=["Morwenna Hext"])

def torbay_04():
    f = "torbay_04.eml"; when = "2038-10-11 08:15:03"
    text = T("""
TO WHOEVER DEALS WITH THE FAMILY AT 9 FORE STREET BRIXHAM

THEM KIDS ARE PLAYING FOOTBALL AGAINST MY FENCE EVERY NIGHT TILL 8 OCLOCK BANG BANG BANG AND THE BALL COMES OVER AND FLATTENS MY DAHLIAS AND THE MOTHER JUST LAUGHS I HAVE LIVED HERE 30 YEARS AND NEVER HAD TO PUT UP WITH IT

I RANG THE COUNCIL AND THEY GAVE ME THIS EMAIL SAID YOU HAVE A WORKER GOING IN THERE SO YOU CAN TELL HER TO SORT IT OUT

AND THEY PARK THEIR VAN ACROSS MY DRIVE

R. Tozer (Mr)
11 Fore Street
""")
    top = plain_top(f, addr("Ron Tozer", "rtozer47@btinternet.com"), addr("Torbay Early Help", BEH),
                    "COMPLAINT KIDS FOOTBALL", when, "btinternet.com", None)
    add(f, mail(f, top, text, crlf=False, cte="7bit"), "torbay", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: an angry neighbour in capitals, no punctuation - children playing football against his fence, "
        "the van across his drive. Alarming in tone but no child facing any harm -> not urgent -> other -> "
        "human_review.")

def torbay_05():
    f = "torbay_05.eml"; when = "2038-11-17 11:40:19"
    body = T("""
Dear colleague,

Please find attached a copy of the mediation agreement reached between the two households at Parkfield Road, Torquay, which we understand is known to Early Help. Both parties agreed that we could share it with you.

Kind regards,
Sian Jewell
Bay Community Mediation Service
""")
    letter = ["Bay Community Mediation Service - Mediation agreement",
              "Parties: Mr & Mrs Coombe (no. 14) and Ms Harvey (no. 16), Parkfield Road, Torquay.",
              "Date of joint meeting: 15 November 2038.",
              "Background: a dispute since June about parking outside no. 14, Ms Harvey's dog barking, and remarks made",
              "by Mr Coombe to Ms Harvey's children. Mr Coombe accepts that he shouted at the children in July and that it",
              "was wrong; he has apologised to Ms Harvey. There has been no contact since August.",
              "Agreed: 1. Ms Harvey will keep the dog in after 9pm. 2. Mr Coombe will not speak to the children except to",
              "say hello. 3. Both households use the marked bays only. 4. Review call with the mediator on 15 December.",
              "Signed by both parties."]
    atts = [pdf_att("Mediation agreement - Parkfield Road.pdf", "Mediation agreement", letter)]
    top = outlook_top(f, addr("Sian Jewell", "sian@baymediation.org.uk"), addr("Torbay Early Help", BEH),
                      "Mediation agreement - Parkfield Road", when, mid_domain="baymediation.org.uk")
    add(f, mail(f, top, body, atts), "torbay", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a mediation agreement letter (PDF) - a parking and dog dispute, a neighbour who shouted at the "
        "children in July and has apologised, no contact since August, agreed terms signed. Resolved -> not urgent "
        "-> other -> human_review. No child named.", not_children=["Sian Jewell"])

def torbay_06():
    f = "torbay_06.eml"; when = "2038-11-01 17:55:31"
    ack = ack_text("step-down", "SB-torbay-0962", [
        "Children: Chloe Rowe (03/03/2024), Alfie Rowe (16/08/2032)", "Case: LCS-209875",
        "Triage: Tuesday 9 November 2038, 10:00"], [])
    text = T("""
Sorry to send this here, it's the thread I had open.

Chloe has just rung me sobbing. The man next door (the one dealing from his flat) caught her on the stairs and said if she tells anyone what she's seen go in and out he'll slit her throat, and he'd start with her little brother. He's now sitting on their front wall. Mum is on a shift at Torbay Hospital until 10 and Chloe is in the flat alone with Alfie. I've told her to keep the door locked and not answer it. I'm driving over from Newton Abbot, 25 minutes.

Lou
07700 900 376

Sent from my Galaxy
""") + "\n-------- Original message --------\nFrom: Torbay Early Help <earlyhelp@torbay.gov.uk>\nDate: 28/10/2038 11:02 (GMT+00:00)\n" \
        "To: Louise Stentiford <Louise.Stentiford@torbay.gov.uk>\nSubject: [SB-torbay-0962] Step-down request received - Rowe\n\n" + ack
    top = plain_top(f, addr("Louise Stentiford", "Louise.Stentiford@" + BDOM), addr("Torbay Early Help", BEH),
                    "Re: [SB-torbay-0962] Step-down request received - Rowe", when, BDOM, None)
    add(f, mail(f, top, text, crlf=False), "torbay", "early_help_duty", when, 2,
        "urgent", "follow_up", True, None, ["LCS-209875"],
        [ch("Chloe Rowe", "2024-03-03", "03/03/2024"), ch("Alfie Rowe", "2032-08-16", "16/08/2032")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A phone reply on an existing step-down thread: a neighbour who deals from his flat threatened to slit a "
        "14-year-old's throat and start with her brother, and is sitting on the family's wall now; the children "
        "alone until 10pm. No alarm word -> urgent -> alert_duty (17:55, out of hours) whatever the kind "
        "(follow_up). Children from the quoted acknowledgement. Monday after the clocks went back: +0000.",
        not_children=["Louise Stentiford"])

def torbay_07():
    f = "torbay_07.eml"; when = "2038-11-25 14:20:40"
    body = T("""
Hello,

Requesting a triage slot for the Luscombe family, LCS-213360, for step-down to level 3 Early Help.

Child: Harvey Luscombe, DOB 21/07/2029.

You may recall the family from the summer: the neighbour at no. 3 threatened Harvey and his mum with a knife in June over a parking space. He was arrested the same day, convicted in August and evicted by the housing association in September; a five-year restraining order is in place and he now lives in Exeter. Harvey has had play therapy and is much calmer. The Single Assessment (attached) recommends a level 3 plan for Harvey's school anxiety and mum's low mood.

My team manager Ade Okonkwo has completed his manager's analysis on LCS confirming level 3 threshold is met, and mum has consented to level 3 Early Help.

Many thanks,
Beth Yeo
Social Worker, Safeguarding and Supporting Families, Torbay
""")
    atts = [docx_att("Single Assessment Luscombe.docx", ["# Single Assessment - Harvey Luscombe", "LCS-213360",
                     "Rationale for step-down: risk from the former neighbour removed (conviction, eviction, restraining order)."])]
    top = outlook_top(f, addr("Yeo, Beth", "Beth.Yeo@" + BDOM), addr("Torbay Early Help", BEH),
                      "Step down triage request - Luscombe LCS-213360", when)
    add(f, mail(f, top, body, atts), "torbay", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 3, ["LCS-213360"],
        [ch("Harvey Luscombe", "2029-07-21", "21/07/2029")], ["parental_mental_health"], True, True, [], None,
        "book_meeting",
        "NEAR MISS: a neighbour's knife threat is historic (June), the man convicted, evicted, under a "
        "restraining order and living elsewhere -> not urgent. Complete Torbay step-down: Single Assessment "
        "attached, TM's analysis confirming level 3, mum consented -> missing [] -> book_meeting (weekly triage, "
        "Harvey is 9).", not_children=["Beth Yeo", "Ade Okonkwo"])

def torbay_08():
    f = "torbay_08.eml"; when = "2038-09-13 09:20:14"
    data = google_reply(f, when, "Kirsty Widdicombe", "kirsty.widdicombe@gmail.com",
                        ("Torbay Early Help", BEH), "ACCEPTED", "Early Help triage - Trelawny (LCS-204417)",
                        "20380914T090000Z", "20380914T093000Z", "Paignton Library Hub, meeting room 2",
                        "Tue 14 Sep 2038 10am - 10:30am (BST)")
    add(f, data, "torbay", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["LCS-204417"], [], [], None, None, [], None, "record_reply",
        "A Google Calendar iTIP REPLY (ACCEPTED) from a health visitor invited to the Trelawny triage -> "
        "meeting_reply -> record_reply. The case id is in the summary.")

# ============================================================================= HEREFORDSHIRE
def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2038-09-02 10:30:48"
    blocks = [
        "Dear Early Help Co-ordinator team,", "",
        "Following my discussion with Verity Lang at Tuesday's drop-in, please find attached the Early Help "
        "Assessment step-down plan and the family's signed consent form for the Bevan sibling group (Mosaic "
        "5520381).", "",
        ("table", [["Child", "Date of birth"],
                   ["Alys Bevan", "13/10/2025"],
                   ["Rhys Bevan", "29/05/2029"],
                   ["Megan Bevan", "02/02/2034"]]), "",
        "Key person agreed with the family to lead: {{Claire Watkins}}, Family Support Worker, Ledbury Children's "
        "Centre (Herefordshire Council).", "",
        "The case was opened after a neighbour reported seeing the children out late; the assessment found the "
        "family had been targeted by youths from the next street (eggs, a smashed greenhouse) and mum had been "
        "keeping the children in. The youths were dealt with by the police's restorative justice scheme in "
        "August and there have been no further incidents. The assessment decision to step down was made on "
        "27/08/2038.", "",
        "Kind regards,", "Tom Pritchard", "Social Worker, Herefordshire Children's Services (Hereford South)",
    ]
    atts = [docx_att("EHA step-down plan - Bevan.docx", ["# Early Help Assessment step-down plan", "Sibling group: Alys, Rhys and Megan Bevan",
                     "Wellbeing plan: what needs to happen, by whom, outcome, timescale.",
                     "Key person: Claire Watkins, Ledbury Children's Centre"]),
            pdf_att("Consent form signed - Bevan.pdf", "Early Help consent form", ["Signed by parent: Sarah Bevan",
                    "Date: 31 August 2038"])]
    top = outlook_top(f, addr("Pritchard, Tom", "Tom.Pritchard@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down plan - Bevan sibling group - Mosaic 5520381", when)
    add(f, word_mail(f, top, blocks, atts), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["5520381"],
        [ch("Alys Bevan", "2025-10-13", "13/10/2025"), ch("Rhys Bevan", "2029-05-29", "29/05/2029"),
         ch("Megan Bevan", "2034-02-02", "02/02/2034")],
        [], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down in Word HTML (children in a table): plan and signed "
        "consent form attached, key person named with agency -> missing [] -> book_meeting. 'signed consent "
        "form' -> consent true. Sent Thursday 2 September, the second day of the window.",
        not_children=["Tom Pritchard", "Claire Watkins", "Sarah Bevan"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2038-10-20 14:00:09"
    body = T("""
Hi both,

Step-down plan for Noah Jenkins (DOB 07/07/2030), Mosaic 5534470, attached.

Background: the family were subject to a s47 after a neighbour in a long-running CCTV dispute posted footage online claiming dad had hit Noah in the garden. The enquiry found the footage showed dad pulling Noah back from the road; no concerns about physical care. The decision to step down to Early Help was made on 14/10/2038.

Lead: Gareth Morgan, Youth Worker, Leominster Youth Hub, has agreed to be the key person.

Mum and dad are happy in principle - I'll get the consent form signed when I see them on Friday and send it over.

Cheers
Jen Bowen
Social Worker, Leominster Locality Team
""")
    atts = [docx_att("Step-down plan Noah Jenkins.docx", ["# Early Help Assessment step-down plan - Noah Jenkins",
                     "Wellbeing plan: youth club, school mentor, parents' mediation with neighbour."])]
    top = outlook_top(f, addr("Bowen, Jen", "Jen.Bowen@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Noah Jenkins - Mosaic 5534470", when)
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["5534470"],
        [ch("Noah Jenkins", "2030-07-07", "07/07/2030")], [], None, None, ["consent_form"], None, "request_info",
        "Herefordshire step-down with the plan attached and the key person named with agency, but the consent "
        "form is still to be signed ('I'll get the consent form signed ... Friday') -> consent null, missing "
        "consent_form -> request_info. A CCTV dispute's allegation investigated and unfounded.",
        not_children=["Jen Bowen", "Gareth Morgan"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2038-11-15 07:50:22"
    body = T("""
MASH,

I'm the Early Help worker for the Lloyd family, Mosaic 5541029 - Ellie Lloyd (DOB 12/12/2027) and Jessica Lloyd (DOB 04/05/2032), Bobblestock, Hereford. I had planned to send you a step up request this week. Mum has just phoned me from her car.

At about 2am a group of lads who have been targeting the house since September smashed the back window and one climbed in. Ellie woke up and saw him on the landing outside the girls' room before he ran off with mum's purse. As they left they shouted they'll be back tonight with petrol for "the grass" - mum gave a statement about them last month. Police came at 3am, took details and left; nobody has been arrested. The back window is boarded with cardboard. Mum has no family nearby and says she has nowhere else to take the girls tonight.

I'm at my desk from 8.30 - 07700 900 654.

Hayley Morris
Early Help Worker, Hereford City Team
""") + HDISC
    top = outlook_top(f, addr("Morris, Hayley", "Hayley.Morris@" + HDOM), addr("Herefordshire MASH", HMASH),
                      "Step up - Lloyd - break-in last night", when)
    add(f, mail(f, top, body), "herefordshire", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["5541029"],
        [ch("Ellie Lloyd", "2027-12-12", "12/12/2027"), ch("Jessica Lloyd", "2032-05-04", "04/05/2032")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A Herefordshire step-up (a kind the seed does not define) that tells of a present threat: youths broke in "
        "at 2am while the girls slept and promised to return tonight with petrol; no one arrested, nowhere else "
        "to go. No alarm word -> urgent -> alert_duty (07:50, before office hours: EDT), ahead of human_review. "
        "missing [] for the undefined kind.", not_children=["Hayley Morris"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2038-11-30 16:00:35"
    body = T("""
Dear partners,

Ahead of next Tuesday's Community Safety Partnership meeting, the tabletop exercise scenario is below. Please think about your agency's response - there are no real families in this scenario.

SCENARIO (fictional): It is 7pm on a Friday. A post on a local Facebook group falsely claims that a father on the Bobblestock estate is a sex offender. By 8pm a crowd of thirty has gathered outside the family's house; a brick goes through a window. Three children aged 2, 6 and 11 are inside. A neighbour emails the Early Help inbox rather than ringing 999.

Questions:
1. Who in your agency would see the email, and when?
2. What would you do in the first ten minutes?
3. How would you support the family the next day, and what would the housing response be?

Also on the agenda: the annual ASB statistics (noise complaints up 12%), the residents' associations' parking survey and the CCTV policy review.

Best wishes,
Annette Price
Community Safety Partnership Officer, Herefordshire Council
""") + HDISC
    top = outlook_top(f, addr("Price, Annette", "Annette.Price@" + HDOM), "CSP partners <csp.partners@herefordshire.gov.uk>",
                      "CSP meeting 7 Dec - tabletop exercise scenario", when, cc=addr("Early Help Co-ordinators", HEH))
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a Community Safety Partnership tabletop exercise scenario ('fictional', 'no real families') "
        "with a crowd outside a house and three children inside - a hypothetical for training -> not urgent -> "
        "other -> human_review. The duty inbox is in Cc.", not_children=["Annette Price"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2038-09-08 18:25:16"
    body = T("""
I'm writing to this address because it's on the leaflet the social worker left at number 3 when they visited. You know me as the man in the CCTV dispute - Mr Shaw at number 3 complained about my camera and the council made me move it. Well it's still pointing at the shared drive and I've just watched this on it.

Ten minutes ago Shaw came home drunk, the little lad - Dylan Shaw, he's about 6 - was on his bike on the drive. Shaw grabbed him by the hair and dragged him along the gravel into the house, Dylan was screaming and his knees were bleeding. The door's shut and I can still hear Dylan crying and Shaw shouting at him. Nobody else is in there, the mum left last month.

I've got the footage saved. I'm not going round there myself. 01432 496 118.

Graham Pugh
5 Orchard Close, Kington
""")
    top = plain_top(f, addr("Graham Pugh", "g.pugh@talktalk.net"), addr("Early Help Co-ordinators", HEH),
                    "Number 3 Orchard Close - what I've just seen on my camera", when, "talktalk.net", None)
    add(f, mail(f, top, body, crlf=False), "herefordshire", "early_help_duty", when, 2,
        "urgent", "other", True, None, [], [ch("Dylan Shaw")], ["physical_harm"], None, None, [], None,
        "alert_duty",
        "A neighbour in a CCTV dispute reports what his camera showed ten minutes ago: a drunk father dragging a "
        "6-year-old by the hair into the house, the child bleeding and still crying inside, no other adult. No "
        "alarm word -> urgent -> alert_duty (18:25, out of hours: EDT). Not a request -> other.",
        not_children=["Graham Pugh"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2038-12-03 12:30:57"
    body = T("""
Dear Sir/Madam

I am writing as chair of the Westfields Residents' Association about the ongoing parking row on Grandstand Road. On Monday evening Mr Dale at no. 22 and Mr Orgee at no. 25 had a stand-up argument over a parking space in which Mr Dale threatened to "smash his car and then him". Police attended, both men were given words of advice and the parking bays are being re-marked by Balfour Beatty on 10 December.

No children were present and neither household has children living there - I only copy you because the police officer said Early Help run the family mediation service. We would like the council to consider mediation.

Yours faithfully
Pauline Orme (Mrs)
Chair, Westfields Residents' Association
""")
    top = plain_top(f, addr("Pauline Orme", "westfieldsra@outlook.com"), addr("Early Help Co-ordinators", HEH),
                    "Parking dispute Grandstand Road - request for mediation", when, "outlook.com", None)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a residents' association complaint about a parking row with a threat between two adults; "
        "police attended, no children present or living in either house -> no child facing harm -> not urgent "
        "-> other -> human_review.", not_children=["Pauline Orme"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2038-10-26 09:12:41"
    ack = ack_text("step-down", "SB-herefordshire-0338", [
        "Children: Noah Jenkins (07/07/2030)", "Case: 5534470"], ["the family's written consent (consent form)"])
    body = T("""
Morning - signed consent form attached for Noah, both parents signed it on Friday.

Jen
""") + quote("Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>", "20 October 2038 14:06",
             "Bowen, Jen <Jen.Bowen@herefordshire.gov.uk>",
             "[SB-herefordshire-0338] Step-down request received - Noah Jenkins", ack)
    atts = [pdf_att("Consent form - Jenkins - signed.pdf", "Early Help consent form", ["Child: Noah Jenkins",
                    "Signed by both parents, 22 October 2038"])]
    top = outlook_top(f, addr("Bowen, Jen", "Jen.Bowen@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-0338] Step-down request received - Noah Jenkins", when)
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["5534470"],
        [ch("Noah Jenkins", "2030-07-07", "07/07/2030")], [], True, None, [], None, "attach_to_request",
        "Reply to [SB-herefordshire-0338] (herefordshire_02's request) adding the signed consent form -> "
        "follow_up -> attach_to_request; consent true; missing [] for a follow-up.")

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2038-12-09 11:11:03"
    body = T("""
Dear MASH,

I would like to step up the Watkins-Hale family from Early Help to social care.

Children: Oliver Watkins-Hale (DOB 18/01/2029) and Isla Watkins-Hale (DOB 25/08/2033). Mosaic 5549812.

The family have been in a neighbour dispute for a year (noise, dogs, and a fight between the two mothers in the summer). Oliver (9) has been excluded twice this term for fighting and says he "hates everyone on this street". Mum has stopped engaging with the TAF and has missed the last two meetings. There are no concerns about anything happening at home tonight - this is about the plan not working.

My manager, Rhian Davies, does not agree - she thinks it is below threshold and wants one more TAF first - but I want MASH's view. Mum knows I'm sending this and has agreed to a social care assessment.

Thanks
Kieran Hughes
Early Help Practitioner, Ross-on-Wye Locality
""")
    top = outlook_top(f, addr("Hughes, Kieran", "Kieran.Hughes@" + HDOM), addr("Herefordshire MASH", HMASH),
                      "Step up request - Watkins-Hale", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["5549812"],
        [ch("Oliver Watkins-Hale", "2029-01-18", "18/01/2029"), ch("Isla Watkins-Hale", "2033-08-25", "25/08/2033")],
        ["non_engagement"], True, False, [], None, "human_review",
        "A Herefordshire step-up: the seed defines no step-up process, so the kind is not covered -> "
        "human_review (not urgent: 'no concerns about anything happening at home tonight'), missing []. Manager "
        "'does not agree' -> manager_agreed false; mum 'has agreed to a social care assessment' -> consent true. Non-engagement and "
        "exclusions.", not_children=["Kieran Hughes", "Rhian Davies"])
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

# England & Wales bank holidays in 2038 that fall on a weekday (the `holidays` package's list, which set_checks()
# re-derives and compares): New Year's Day Fri 1 Jan; Good Friday 23 Apr; Easter Monday 26 Apr; May Day Mon 3 May;
# Spring Bank Holiday Mon 31 May; Late Summer Bank Holiday Mon 30 Aug; Christmas Day (substitute) Mon 27 Dec;
# Boxing Day (substitute) Tue 28 Dec (25 and 26 December 2038 are a Saturday and a Sunday).
BANK_HOLIDAYS = {date(2038, 1, 1), date(2038, 4, 23), date(2038, 4, 26), date(2038, 5, 3), date(2038, 5, 31),
                 date(2038, 8, 30), date(2038, 12, 27), date(2038, 12, 28)}
IN_WINDOW = {}          # no bank holiday falls between Wed 1 September and Fri 17 December 2038
# Window: the autumn term of 2038, Wednesday 1 September - Friday 17 December 2038.
WINDOW = (datetime(2038, 9, 1, tzinfo=LON), datetime(2038, 12, 17, 23, 59, 59, tzinfo=LON))
# BST ends at 01:00 UTC on Sunday 31 October 2038 (began Sunday 28 March 2038).
BST_START = datetime(2038, 3, 28, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2038, 10, 31, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2038

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
CUSTOM, WORDING = [], []

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


# ----------------------------------------------------------------------------- structural and set checks
def _lab(f):
    return next(l for l in LABELS if l["file"] == f)

def _today(f):
    return datetime.fromisoformat(_lab(f)["now"]).astimezone(LON).date()

# The brief's forbidden words for urgent mail (checked over the whole readable text, attachments and quotes
# included). mixed91's urgent mails must contain none of them.
BRIEF_ALARM = re.compile(r"(?i)\b(urgent|urgently|immediate|immediately|emergency|danger|asap)\b|\bat risk\b|\brisk of harm\b")

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
        if lab["expect"]["urgent"]:
            CUSTOM.append((f, "urgent mail free of the brief's alarm words",
                           lambda m: BRIEF_ALARM.search(readable(m)) is None))

# phrase in the mail -> the label it must carry
WORDING += [
    ("knowsley_01.eml", "has discussed the step up with me in supervision on 13/09 and agreed it", "manager_agreed", True),
    ("knowsley_03.eml", "Mum has given consent for the referral to Family First", "consent", True),
    ("richmond_wandsworth_04.eml", "she said she'd think about it", "consent", None),
    ("richmond_wandsworth_06.eml", "so that's her consent", "consent", True),
    ("tower_hamlets_03.eml", "I'll also get my manager to sign it off tomorrow", "manager_agreed", None),
    ("tower_hamlets_06.eml", "dad has declined Early Help", "consent", False),
    ("tower_hamlets_02.eml", "reviewed this and agreed the step-up", "manager_agreed", True),
    ("torbay_03.eml", "she'll confirm her agreement then", "manager_agreed", None),
    ("torbay_03.eml", "Mum has given consent for me to contact MASH", "consent", True),
    ("herefordshire_02.eml", "I'll get the consent form signed", "consent", None),
    ("herefordshire_08.eml", "Rhian Davies, does not agree", "manager_agreed", False),
]

COUNTS_EXPECTED = {                 # file: (working days, plain weekdays) from the London date of `now`
    "knowsley_01.eml": (5, 5), "knowsley_03.eml": (3, 3), "knowsley_05.eml": (5, 5), "knowsley_08.eml": (6, 8)}
COUNTS = {}

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2038])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: bank holidays inside the window: %s" % inside)
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2038, 3) and BST_END.date() == last_sun(2038, 10) == date(2038, 10, 31)):
        errors.append("set: BST must end on the last Sunday of October 2038 (31 October)")
    if not (WINDOW[0].date().weekday() == 2 and WINDOW[1].date().weekday() == 4 and WINDOW[1].date() == date(2038, 12, 17)):
        errors.append("set: the window must run Wednesday 1 September - Friday 17 December 2038")
    counts, offsets = {}, {}
    for lab in LABELS:
        f = lab["file"]
        msg = parse(f)
        text = readable(msg)
        off = msg["Date"].strip()[-5:]
        offsets[off] = offsets.get(off, 0) + 1
        m = META[f]["meeting"]
        if m is not None:
            counts[f] = (working_days(_today(f), m), plain_weekdays(_today(f), m))
        pos = []
        for c in lab["expect"]["children"]:
            pos.append(text.find(c["name"]))
        if pos != sorted(pos):
            errors.append("%s: children not in order of first appearance" % f)
    if counts != COUNTS_EXPECTED:
        errors.append("set: Knowsley notice counts are %s, expected %s" % (counts, COUNTS_EXPECTED))
    if set(offsets) != {"+0100", "+0000"}:
        errors.append("set: Date offsets %s - both BST and GMT mails are expected" % offsets)
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
           "Knowsley counts (WD, plain weekdays): %s" % COUNTS,
           "offsets %s" % dict(Counter(l["now"][-6:] for l in LABELS))]
    table = {}
    for l in LABELS:
        table.setdefault(l["authority"], Counter())[CATS[l["file"]]] += 1
    for a, c in table.items():
        out.append("%s %s" % (a, dict(c)))
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
