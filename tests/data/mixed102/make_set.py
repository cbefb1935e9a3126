#!/usr/bin/env python3
"""mixed102: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the autumn term of 2053 (Monday 1 September - Friday 19 December 2053), in night-time and weekend calls to the
emergency duty team (EDT), written up the next working day or sent straight to the inbox: EDT handover notes, a
police control room log forwarded, a night nurse's 3am email, a taxi driver's report, a hotel receptionist, a
24-hour garage cashier, a mother at 4am, a child at 1.30am, Monday-morning summaries with live and closed items.

Window: 1 September 2053 is a Monday and 19 December 2053 a Friday. BST until 01:00 UTC on Sunday 26 October 2053
(+0100), GMT after (+0000). England & Wales bank holidays from the `holidays` package: none falls inside the window
(Late Summer Bank Holiday Monday 25 August is before it; Christmas Day Thursday 25 December and Boxing Day Friday
26 December follow it). Two Knowsley step-downs sent on Friday 19 December count their notice across Christmas.

Deterministic: no clock, no randomness. The MIME, Word HTML, PDF, .docx, iCalendar, out-of-office, quote-chain,
working-day, readable-text and self-check helpers are copied from /work/main/tests/data/mixed27/make_set.py and
adapted. Run with /work/main/.venv/bin/python make_set.py [--stats]. Every label was set by hand from the
specification; the self-checks only verify them and STOP on any error before anything is written.
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
    """Local (Europe/London) wall-clock time: BST (+0100) until 01:00 UTC on Sunday 26 October 2053, GMT (+0000)
    after. The self-check asserts every Date header's offset against Europe/London's."""
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
            zi = zipfile.ZipInfo(name, date_time=(2053, 8, 29, 0, 0, 0))
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
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2053-09-12 17:42:10"
    body = T("""
EDT - handover from MASH day duty, Friday 12/09

Picked up by: Bryony Tate (MASH duty SW) -> EDT on shift tonight: Kath Molyneux

1. Halewood - 15yo reported missing by residential home at 13:00. RETURNED 16:20, return interview booked Monday. Nothing for EDT.

2. Prescot - school called re 8yo with head lice and no PE kit for 3 weeks. Passed to Family First. Nothing for EDT.

3. Huyton - DA incident Wednesday, perpetrator remanded this morning, mum and children at her sister's. Nothing for EDT.

4. Kirkby - Lily-Mae Corkhill, DOB 02/12/2052, ICS ID 2231874. Mum (Chantelle) taken to Whiston by ambulance at 15:30 after a fall on the stairs - paramedic told us dad (Ryan Corkhill) was "slurring, couldn't stand up straight" and there were empty vodka bottles on the kitchen side. Lily-Mae (9 months) left at home with dad because nobody else was there. Paramedic rang at 16:05. I rang dad at 16:40 and 17:20 - no answer. Maternal nan is in Tenerife. Nobody has been out yet. Baby is still with him tonight. Please can EDT go out this evening - police aware (log 0912-0688) but say they have no unit free until later.

5. Stockbridge Village - parent asking about free school meals form. Gave number for schools admissions. Closed.

Bryony

Bryony Tate | Social Worker | MASH Duty | Knowsley Council
0151 496 0417
""") + KDISC
    top = outlook_top(f, addr("Tate, Bryony", "bryony.tate@" + KDOM), addr("EDT Knowsley", "edt@" + KDOM),
                      "EDT handover Fri 12/09 - 5 items", when, cc=addr("Knowsley MASH", KMASH))
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 3,
        "urgent", "other", True, None, ["2231874"],
        [ch("Lily-Mae Corkhill", "2052-12-02", "02/12/2052")],
        ["substance_misuse"], None, None, [], None, "alert_duty",
        "URGENT (DESIGN safety rule 1): a Friday-evening day-duty -> EDT handover of five items, four closed; item 4 "
        "says a 9-month-old is still with a father who was too drunk to stand, nobody has been out, police have no "
        "unit free - a baby facing harm tonight. No alarm word. A handover copied to MASH -> other. 'ICS ID 2231874' "
        "-> '2231874' (label before the number). substance_misuse.",
        not_children=["Ryan Corkhill", "Bryony Tate"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2053-10-06 08:55:40"
    body = T("""
Morning all,

Weekend EDT summary for Knowsley (Fri 17:00 - Mon 08:30). All matters closed - nothing carried over to MASH today.

Fri 21:10 - Police requested a place of safety for a 14yo after a row at home. Resolved: spoke to dad, calmed down, child returned home with police at 23:00. Dad apologised. Nothing further.
Sat 02:40 - Hospital: 3yo brought in with a suspected fracture after a fall from a trampoline. Consultant satisfied the account fits, both parents present, discharged Saturday afternoon. No concerns.
Sat 19:30 - Mum rang worried her 16yo was not answering his phone. Came home at 20:15, phone had died. Closed.
Sun 11:00 - Foster carer queried contact arrangements. Advised to speak to the SW on Monday. Closed.
Sun 23:50 - Police domestic call-out, no children in the household (adults only). Not for children's services.

Reminder: anything that had been live would have gone to MASH duty by phone at 08:30, not by email.

Kath Molyneux
Out of Hours Social Worker | EDT | Knowsley Council
""") + KDISC
    top = outlook_top(f, addr("Molyneux, Kath", "kath.molyneux@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Weekend EDT summary 3-6 Oct - all closed", when)
    add(f, mail(f, top, body), "knowsley", "mash_step_up", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a Monday-morning EDT weekend summary in which every item is closed (a place of safety not "
        "needed, a fracture explained by a trampoline fall, a teenager home, an adults-only domestic). Alarming "
        "fragments, all resolved; no child named. Not a step request -> other -> human_review.")

def knowsley_03():
    f = "knowsley_03.eml"; when = "2053-10-07 10:12:05"
    body = T("""
Dear MASH,

Please find attached a step up request for Harley Swift (DOB 19/03/2046) and Mia Swift (DOB 07/11/2049). Case ID on EHM: EHM-61207.

EDT were called out twice over the last two weekends - on Saturday 27th September at 01:30 (neighbour heard the children crying, mum out, found later at a friend's) and again on Sunday 5th October, when police found the children home alone at 22:00 with no food in the house. The children were safe with mum on both occasions by the time EDT arrived, but this is the pattern the TAF has been worried about since the summer, and the Graded Care Profile completed last week scores 4 on nutrition and supervision.

My team manager, Elinor Marsh, has discussed the step up with me and agreed it on Monday.

Step up TAF meeting: Wednesday 15th October 2053 at 10:00, Kirkby Family Hub (invite sent to the MASH inbox and MASH business support).

Attached:
- FF Step Up request to CSC - Swift.docx
- GCP2 - Swift - Oct 2053.pdf
- TAF minutes 24.09.53 - Swift.pdf

Kind regards
Farid Quayle
Family First Case Manager | Knowsley Council
0151 496 0388
""") + KDISC
    form = docx_att("FF Step Up request to CSC - Swift.docx", [
        "# FF Step Up request to CSC", "Case ID on EHM: EHM-61207",
        "Children: Harley Swift 19/03/2046; Mia Swift 07/11/2049",
        "What are we worried about: the children left alone at night; no food; two EDT call-outs in two weekends.",
        "What is working well: the children attend school; mum engages with the TAF when she is sober.",
        "What needs to happen: a Child and Family assessment.",
        "Team Manager discussed and agreed: Elinor Marsh, 06/10/2053",
        "Date of step up TAF meeting: 15/10/2053 10:00, Kirkby Family Hub"])
    gcp = pdf_att("GCP2 - Swift - Oct 2053.pdf", "Graded Care Profile 2 - Swift children",
                  ["Completed 30/09/2053 by Farid Quayle.", "Nutrition: 4. Supervision: 4. Housing: 3. Love and care: 2."])
    mins = pdf_att("TAF minutes 24.09.53 - Swift.pdf", "TAF meeting minutes - 24/09/2053",
                   ["Present: mum, school, health visitor, Family First.", "Agreed: step up to be considered if night-time absences continue."])
    top = outlook_top(f, addr("Quayle, Farid", "farid.quayle@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Swift - EHM-61207", when, cc="mash.businesssupport@" + KDOM)
    add(f, mail(f, top, body, atts=[form, gcp, mins], html_alt=True), "knowsley", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["EHM-61207"],
        [ch("Harley Swift", "2046-03-19", "19/03/2046"), ch("Mia Swift", "2049-11-07", "07/11/2049")],
        ["neglect"], None, True, [], True, "book_meeting",
        "ORDINARY: a complete Knowsley step-up for neglect after two weekend EDT call-outs (both resolved, children "
        "safe - history, not urgent): form, GCP2 and TAF minutes attached, EHM case id, TM agreed; step-up TAF Wed "
        "15 Oct 10:00 from Tue 7 Oct = 6 WD -> notice ok -> book_meeting.",
        meeting=date(2053, 10, 15), not_children=["Farid Quayle", "Elinor Marsh"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2053-12-19 11:20:30"
    body = T("""
Hi Family First duty,

Step down - Level 3 - Keeley Rimmer (DOB 23/05/2043), ICS ID 2240159.

Keeley came to us after three EDT call-outs in August when she was locked out overnight. Things have been settled since September: mum has a new tenancy and Keeley is back in school full time. Mum has given consent for the case to be referred to Family First - she signed at the CIN review on 16th December.

Joint home visit: Monday 29th December 2053 at 10:00, at mum's home, 14 Elm Crescent, Kirkby L32 4RT.

What are we worried about: that mum struggles to set boundaries and Keeley stays out late; two missed GP appointments.
What is working well: stable tenancy, full-time attendance, Keeley says home is "calm now".
What needs to happen: Family First case manager to pick up the plan, a curfew agreement, GP re-registration.

Thanks,
Joanne Birch
Social Worker | Children in Need Team | Knowsley Council
""") + KDISC
    top = outlook_top(f, addr("Birch, Joanne", "joanne.birch@" + KDOM), addr("Family First Duty", KFF),
                      "Step down L3 - Rimmer - joint visit 29/12", when)
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 3, ["2240159"],
        [ch("Keeley Rimmer", "2043-05-23", "23/05/2043")],
        [], True, None, [], False, "request_info",
        "ORDINARY, KNOWSLEY NOTICE ACROSS CHRISTMAS: level 3 step-down, consent signed, three Signs of Safety "
        "headings, joint home visit Mon 29 Dec 10:00 at an address. From Fri 19 Dec: 22, 23, 24, 29 Dec = 4 WD "
        "(Christmas Day Thu 25 and Boxing Day Fri 26 are bank holidays; 6 plain weekdays) -> notice not ok -> "
        "request_info. The August EDT call-outs are history -> no concern labelled.",
        meeting=date(2053, 12, 29), not_children=["Joanne Birch"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2053-12-19 14:05:12"
    blocks = [
        "Good afternoon,", "",
        "Please see below the step down to Level 2 for Ollie Fairclough (DOB 11/08/2048), ICS ID 2238840.", "",
        ("table", [["Final CIN meeting", "Details"],
                   ["Date and time", "Tuesday 30 December 2053, 13:30"],
                   ["Venue", "Huyton Family Hub, Room 2"],
                   ["Lead Practitioner (Level 2)", "Sian Mercer, Family Support Worker, St Aidan's Primary School"]]),
        "",
        "{{What are we worried about:}} Ollie's attendance dipped to 82% in the autumn and dad works nights.",
        "{{What is working well:}} dad has arranged for grandad to do the school run; Ollie's attendance is back up.",
        "{{What needs to happen:}} Early Help Assessment by St Aidan's, attendance monitored at a TAF in six weeks.",
        "",
        "Dad works nights so we rarely catch him before 4pm - the 13:30 slot is his choice.", "",
        "Kind regards,", "Tomasz Nowak", "Social Worker | CIN Team South | Knowsley Council"]
    top = outlook_top(f, addr("Nowak, Tomasz", "tomasz.nowak@" + KDOM), addr("Family First Duty", KFF),
                      "Step down to Level 2 - Fairclough - final CIN 30/12", when)
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 2, ["2238840"],
        [ch("Ollie Fairclough", "2048-08-11", "11/08/2048")],
        ["school_attendance"], None, None, [], True, "book_meeting",
        "ORDINARY: Knowsley level 2 step-down in a Word table: final CIN Tue 30 Dec 13:30 with venue, lead "
        "practitioner with agency, three headings -> nothing missing. Notice from Fri 19 Dec: 22, 23, 24, 29, "
        "30 Dec = exactly 5 WD across Christmas and Boxing Day (7 plain weekdays) -> ok -> book_meeting.",
        meeting=date(2053, 12, 30), not_children=["Sian Mercer", "Tomasz Nowak"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2053-11-18 03:12:44"
    body = T("""
FYI Family First - family is open to you on EHM (EHM-63390), so sending this now rather than waiting for the morning.

EDT is dealing. Mum still not located as of 03:10.

----- Forwarded message -----
From: Merseyside Police Control Room <control.room.ops@merseyside.police.example>
Sent: 18 November 2053 02:51
To: EDT Knowsley
Subject: Incident 1811-0143 - child found alone - Tarbock Road

02:07 Call from night cashier, Halewood Express Fuel (24hr), Tarbock Road. Small boy walked onto the forecourt alone, pyjamas and wellies, no coat. Temperature 1 degree.
02:09 Cashier brought him into the kiosk. Boy says his name is Tommy and "mummy's asleep and won't wake up".
02:24 Unit 4B on scene. Boy identified from a school jumper in a bag at home later as Tommy-Ray Kinsella, DOB 14/06/2049.
02:38 Officers at home address 22 Baileys Lane - front door open, lights on, no adults present. Mum (Gemma Kinsella) not at the address, phone off. Mum's car gone.
02:45 Tommy-Ray in the police car with officers. Dad's whereabouts unknown. No other relatives known.
02:51 EDT informed - requested to attend / identify carer. Police continuing search for mother.

Danny Whitfield
EDT Knowsley (out of hours)
""")
    top = plain_top(f, addr("Danny Whitfield", "danny.whitfield@" + KDOM), addr("Family First Duty", KFF),
                    "FW: Incident 1811-0143 - child found alone - Tarbock Road", when, "mail.knowsley.gov.uk", None)
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 2,
        "urgent", "other", True, None, ["EHM-63390"],
        [ch("Tommy-Ray Kinsella", "2049-06-14", "14/06/2049")],
        ["neglect"], None, None, [], None, "alert_duty",
        "URGENT: a forwarded police control room log at 3am - a 4-year-old found alone on a 24-hour petrol "
        "station forecourt at 2am in pyjamas, home open and empty, mother not found, no carer identified yet. No "
        "alarm word. Forward, not a step request -> other. neglect (left unsupervised).",
        not_children=["Gemma Kinsella", "Danny Whitfield"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2053-12-15 12:30:00"
    body = T("""
Hi all,

EDT cover over Christmas and New Year is below. Please put it on the board in MASH.

Mon 22 Dec - Wed 24 Dec: normal EDT hours (17:00 - 08:30)
Thu 25 Dec, Fri 26 Dec (bank holidays): EDT covers 24 hours
Sat 27 - Sun 28 Dec: EDT 24 hours (weekend)
Mon 29 - Wed 31 Dec: office open, normal EDT hours
Thu 1 Jan (bank holiday): EDT 24 hours

If anyone thinks a child is in danger out of hours, ring EDT on the usual number and, if there is an immediate threat to life, 999 - the same as every year.

Rota (names):
22-24 Dec: Kath Molyneux / Danny Whitfield
25-28 Dec: Marcia Oyelowo / Danny Whitfield
29 Dec - 1 Jan: Kath Molyneux / Sean Hargreaves

Thanks
Corinne Oduya
MASH Team Manager | Knowsley Council
""") + KDISC
    top = outlook_top(f, addr("Oduya, Corinne", "corinne.oduya@" + KDOM), addr("Knowsley MASH", KMASH),
                      "EDT rota - Christmas and New Year", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: an EDT Christmas rota email; 'a child is in danger', 'immediate threat to life', '999' are "
        "general advice about nobody real -> other -> human_review.")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2053-10-08 09:31:18"
    data = itip_reply(f, when, "Aled Pryce", "aled.pryce@" + KDOM, ("Knowsley MASH", KMASH),
                      "ACCEPTED", "Step up TAF - Swift - EHM-61207", "20531015T100000", "20531015T113000",
                      "Kirkby Family Hub", comment="I'll chair. I've read the EDT logs from both weekends.")
    add(f, data, "knowsley", "mash_step_up", when, 1,
        "ordinary", "meeting_reply", False, None, ["EHM-61207"], [], [], None, None, [], None, "record_reply",
        "ORDINARY: the MASH social worker's Outlook iTIP REPLY (ACCEPTED) to the Swift step-up TAF (15 Oct), "
        "comment mentions EDT logs -> meeting_reply -> record_reply. Case id in the summary.")

# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2053-10-02 22:50:21"
    body = T("""
Hello,

I am the night receptionist at the Riverside Lodge Hotel on Putney Bridge Road. I found this address on the council website and I didn't know who else to write to. The phone number I rang just rang out.

At about 21:30 tonight a man checked in to a double room (room 214) with a girl. He paid cash for one night and told me she is his niece and she is 13. He did not want the housekeeping and asked me not to put any calls through. She didn't look at me at all and kept her hood up. When he went to the car she asked me quietly what road we were on and if there was a bus to Croydon. Then he came back and took her arm and they went up in the lift.

He signed the register as "M. Dorsey" but the car registration he gave does not match the car outside. They are still in the room now. My manager is not here until 7.

Please tell me what I should do. I finish at 7am. My mobile is 07700 900 284.

Marta Kowalczyk
Night Reception, Riverside Lodge Hotel
""")
    top = plain_top(f, addr("Marta Kowalczyk", "nightdesk@riversidelodge.example"), RSU,
                    "girl in room 214 tonight", when, "riversidelodge.example", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "urgent", "other", True, None, [], [], ["exploitation", "sexual_harm"], None, None, [], None, "alert_duty",
        "URGENT: a hotel night receptionist at 22:50 - a man has booked a double room for tonight with a 13-year-old "
        "he calls his niece, cash, no calls, a false car registration, the girl asked where she was; they are in the "
        "room now. No alarm word. Not a step request -> other. Girl unnamed -> no children. sexual_harm and "
        "exploitation.")

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2053-11-11 14:00:05"
    body = T("""
Dear colleagues,

Ahead of Thursday's Early Help practice session, "After five o'clock: what happens when you ring EDT", please read the three short scenarios below. They are invented, but based on the kinds of calls the Emergency Duty Team take every week.

Scenario A - 23:00. A hotel receptionist rings to say a man has booked a room with a girl he says is his niece. What questions would EDT ask? When is it a 999 call?
Scenario B - 00:30. A taxi driver has dropped two young children at a house with no lights on. What would you want the driver to do?
Scenario C - Saturday 04:00. A mother rings saying she can't cope and will hurt herself. Who is at risk of harm, and who do you call first?

We will discuss what counts as immediate danger and what can safely wait for the MASH on Monday.

No real cases please - this is a learning session.

Jasper Quint
Early Help Manager
Richmond and Wandsworth
""") + RDISC
    top = outlook_top(f, addr("Quint, Jasper", "jasper.quint@" + RDOM), addr("Early Help Duty", RED),
                      "Pre-reading for Thursday: After five o'clock (EDT scenarios)", when)
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a training note with three invented EDT scenarios (a hotel 'niece', children left at a dark "
        "house, a mother at 4am) and 'at risk of harm', 'immediate danger' - explicitly no real cases -> other -> "
        "human_review.")

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2053-09-22 10:05:33"
    body = T("""
Dear MASH,

I am writing as Early Help Team Manager to step up Jayden Okafor (DOB 04/02/2041) and Precious Okafor (DOB 18/09/2044), Mosaic ID 1572204, following our reflective discussion on Friday. I agree with the plan to step up.

Over the summer EDT were called to the home four times at night (police attending domestic incidents between mum and her partner, most recently Saturday 20th September at 01:10). On each occasion the partner left before police arrived and the children were in bed. Mum will not engage with the IDVA and has cancelled the last three Early Help visits.

Attached are the latest case summary and the rationale for the step up.

Regards
Priya Anand
Early Help Team Manager (Wandsworth North)
""") + RDISC
    cs = docx_att("Case summary - Okafor - Sept 2053.docx", ["# Case summary", "Jayden Okafor, Precious Okafor.",
                  "Four EDT call-outs June-September 2053 for domestic incidents."])
    rat = pdf_att("Rationale for step up - Okafor.pdf", "Rationale for step up to Children's Services",
                  ["Repeated night-time domestic incidents; mum's disengagement from Early Help and the IDVA."])
    top = outlook_top(f, addr("Anand, Priya", "priya.anand@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Okafor - Mosaic 1572204", when)
    add(f, mail(f, top, body, atts=[cs, rat]), "richmond_wandsworth", "mash_step_up", when, 2,
        "ordinary", "step_up", False, None, ["1572204"],
        [ch("Jayden Okafor", "2041-02-04", "04/02/2041"), ch("Precious Okafor", "2044-09-18", "18/09/2044")],
        ["domestic_abuse", "non_engagement"], None, True, [], None, "book_meeting",
        "ORDINARY: Early Help TM's step-up with case summary and rationale attached -> nothing missing -> "
        "book_meeting. Night-time police call-outs are recent history, partner gone each time -> not urgent. TM "
        "'I agree with the plan' -> manager_agreed true. 'Mosaic ID 1572204' -> '1572204'.",
        not_children=["Priya Anand"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2053-10-29 15:40:02"
    body = T("""
Hi Early Help duty,

Following my call with your duty manager this morning: I'd like to step down Ruby-Rose Ellery (DOB 30/06/2047), Mosaic 1569933. Case summary attached. We agreed a case discussion for Monday 3rd November at 14:00.

Background: the referral came from EDT in July after Ruby-Rose was found at 2am at Clapham Junction; she has not gone missing since and the CIN plan has ended well.

Consent - I saw mum yesterday and she said no to Early Help. She says she's "had enough of services" and wants to be left alone. I'll try again next week but for now it's a no.

The draft Early Help plan will follow once I know where we are with mum.

Many thanks
Leon Marsh
Social Worker, Children in Need (Richmond)
""") + RDISC
    cs = docx_att("Case summary - Ellery.docx", ["# Case summary", "Ruby-Rose Ellery. CIN plan ended October 2053."])
    top = outlook_top(f, addr("Marsh, Leon", "leon.marsh@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Ellery", when)
    add(f, mail(f, top, body, atts=[cs], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["1569933"],
        [ch("Ruby-Rose Ellery", "2047-06-30", "30/06/2047")],
        [], False, None, ["consent", "draft_plan"], None, "request_info",
        "ORDINARY: R&W step-down with the case summary attached; mum 'said no to Early Help' -> consent false (stated "
        "refused) -> missing consent; draft plan 'will follow' -> missing draft_plan -> request_info. The July EDT "
        "missing episode is resolved history -> no concern. First GMT week (+0000).",
        not_children=["Leon Marsh"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2053-11-26 00:40:09"
    text = T("""
hi this is Dev from Cityline Cars, our driver Abdi just rang me from the job. We got this email from the council for the school runs so I am sending it here

he picked up a lady and two little kids from the Tooting Broadway at 23:35, took them to 41 Fircroft Road. When they got there the lady said wait and she went back to a different car that followed them and she drove off in that one. The kids got out at the house. The house is dark no lights. Abdi knocked and nobody came. The kids are maybe 5 and 7, the small one has no shoes. The girl says mummy will come back later. Its freezing.

Abdi is sat in the cab with them with the heater on now. He cant stay all night he has other jobs. What we do?? Ring me 07700 900 563 or Abdi 07700 900 771

Dev
Cityline Cars control
""")
    top = plain_top(f, addr("Cityline Cars", "control@citylinecars.example"), RED,
                    "kids left at house Fircroft Rd", when, "citylinecars.example", "Android Mail")
    add(f, iphone_mail(f, top, text), "richmond_wandsworth", "early_help_duty", when, 3,
        "urgent", "other", True, None, [], [], ["neglect"], None, None, [], None, "alert_duty",
        "URGENT: a taxi firm's controller at 00:40 - two children of about 5 and 7 dropped at a dark, empty house at "
        "midnight, the adult drove off in another car, the driver is keeping them warm in his cab but cannot stay. "
        "Broken English, no alarm word. other; unnamed children -> none labelled; neglect.")

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2053-11-10 09:15:44"
    body = T("""
Good morning,

Forwarding for information only - we received this through the EDT line on Saturday and EDT have asked that Early Help duty have sight of it because the family had a TAF last year.

EDT note (Sat 8 Nov, 23:40): Neighbour at Lavender Court rang to complain about loud music and shouting from the flat upstairs - "there's children in there, it's a disgrace". EDT rang the police non-emergency line. Police attended at 00:20: a 40th birthday party, adults only. The host's two children were staying at their grandmother's for the weekend (confirmed by phone with nan). Music turned off. No further action. Environmental Health noise team informed on Monday.

Nothing for Early Help to do - happy for this to be closed.

Thanks
Hannah Lutz
EDT Business Support
""") + RDISC
    top = outlook_top(f, addr("Lutz, Hannah", "hannah.lutz@" + RDOM), addr("Early Help Duty", RED),
                      "FW: EDT - noise complaint Lavender Court (Sat)", when)
    add(f, mail(f, top, body), "richmond_wandsworth", "early_help_duty", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a weekend noise complaint to EDT - 'children in there' - checked by police: adults-only party, "
        "the children at their grandmother's, NFA. Resolved -> other -> human_review.")

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2053-10-30 11:00:37"
    ack = ack_text("step-down", "SB-richmond_wandsworth-1187", [
        "Children: Noah Pritchard-Bell", "Case discussion: Tuesday 4 November 2053, 10:00"], ["draft_plan"])
    body = T("""
Hi,

Draft Early Help plan for Noah attached, as promised. Mum and Noah both had a look on Tuesday and are happy with it.

Thanks
Sade Williams
Social Worker | Family Safeguarding Team (Wandsworth)
""") + quote_chain([("Early Help Duty <%s>" % RED, "29 October 2053 09:12",
                      "Williams, Sade <sade.williams@%s>" % RDOM,
                      "[SB-richmond_wandsworth-1187] Step-down request received", ack, None)])
    plan = docx_att("Draft EH plan - Noah Pritchard-Bell.docx", ["# Draft Early Help plan",
                    "Noah Pritchard-Bell. Outcomes: routines at bedtime; school attendance; mum's support network."])
    top = outlook_top(f, addr("Williams, Sade", "sade.williams@" + RDOM), addr("Early Help Duty", RED),
                      "RE: [SB-richmond_wandsworth-1187] Step-down request received", when)
    add(f, mail(f, top, body, atts=[plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 2,
        "ordinary", "follow_up", False, None, [], [ch("Noah Pritchard-Bell")], [], None, None, [], None,
        "attach_to_request",
        "ORDINARY: a reply to stepbot's acknowledgement [SB-richmond_wandsworth-1187] bringing the missing draft plan "
        "-> follow_up -> attach_to_request; missing [] for a follow_up. 'happy with it' about the plan is not a "
        "consent statement -> consent null.",
        not_children=["Sade Williams"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2053-10-24 02:15:03"
    body = T("""
Thank you for your email. I work nights on the out of hours team this week and will not be reading this inbox until Monday 27 October.

If a child is at risk of harm now, please ring the Emergency Duty Team on 020 7946 0999 or the police on 999. For step-up and step-down matters please contact the Early Help duty manager.

Gabriel Osei
""")
    data = ooo(f, when, "Osei, Gabriel", "gabriel.osei@" + RDOM, addr("Early Help Duty", RED),
               "Step down - Pritchard-Bell - draft plan", body)
    add(f, data, "richmond_wandsworth", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "ORDINARY: an EDT worker's out-of-office (Auto-Submitted: auto-replied) sent at 02:15 BST on the last Friday "
        "before the clocks change; 'at risk of harm now' is boilerplate about nobody -> auto_reply -> ignore.")

# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2053-12-04 04:07:51"
    text = T("""
to whoever reads this

my name is Shirin Ahmed. I rang the number on the letter at 4 oclock and it just rang. my husband went back to bangladesh 3 weeks ago and not answering me. my baby Inaya Ahmed born 03/08/2053 she will not stop crying since 11 oclock and I have not slept in 4 days.

I am scared of myself. I said to her I will hurt her and then I will hurt myself and I meant it for a second. I put her in the cot and I am sitting in the bathroom with the door locked writing this. the tablets from the doctor are here.

nobody is here. I dont know anyone in this building. flat 9 Cheviot House, Commercial Road.

please somebody come
""")
    top = plain_top(f, addr("Shirin Ahmed", "shirin.ahmed.e1@mailbox.example"), TMAST,
                    "please help me", when, "mailbox.example", "iPhone Mail (21A340)")
    add(f, iphone_mail(f, top, text), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Inaya Ahmed", "2053-08-03", "03/08/2053")],
        ["parental_mental_health"], None, None, [], None, "alert_duty",
        "URGENT: a mother's own 4am email - alone with a 4-month-old, no sleep for 4 days, 'I will hurt her and then "
        "I will hurt myself', locked in the bathroom with her tablets, the phone line unanswered. No alarm word. "
        "other; parental_mental_health.",
        not_children=["Shirin Ahmed"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2053-11-13 03:04:27"
    body = T("""
Hello MAST / out of hours,

I'm the nurse in charge on Sapphire Ward (paediatrics) tonight. I have tried the out-of-hours number twice since 02:20 and been held in a queue, so I am also putting this in writing.

Musa Chowdhury, DOB 21/01/2051, admitted via A&E at 23:15 with a spiral fracture of the left humerus and bruising to both ears. Dad (Rashed Chowdhury) says he fell off the sofa. The registrar does not think the injuries fit and has asked for a skeletal survey in the morning.

At 02:40 dad said he is "not waiting for social services" and will take Musa home tonight. He has been pacing and has packed Musa's bag. We have security on the ward but we cannot hold a child against a parent without police or a social worker. Mum is not answering.

Please call the ward on 020 7946 0412 and ask for me.

Eilidh Sutherland
Nurse in Charge (nights), Sapphire Ward, Royal London Hospital
""")
    top = plain_top(f, addr("Sutherland, Eilidh", "eilidh.sutherland@nhs.example"), TMAST,
                    "Sapphire Ward - 2 yr old - father wants to take him home now", when, "nhs.example", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 5,
        "urgent", "other", True, None, [], [ch("Musa Chowdhury", "2051-01-21", "21/01/2051")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT: a night-shift nurse's 3am email - a 2-year-old with a spiral fracture and ear bruising that do not "
        "fit the account; father says he will take him home tonight; the ward cannot hold him. No alarm word. "
        "other; physical_harm.",
        not_children=["Rashed Chowdhury", "Eilidh Sutherland"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2053-09-17 07:30:16"
    body = T("""
FYI - overnight police control room log (Tower Hamlets, children) as forwarded to EDT. All incidents resolved overnight; nothing handed over to MAST today.

---------- Forwarded ----------
From: Met Police CAD extract <cad.extract@met.police.example>
Date: 17 Sep 2053 06:10
Subject: Overnight CAD - child related - TH

CAD 1244 21:18 - report of child screaming, Bow Common Lane. Attended 21:40. Child (6) having a tantrum at bedtime, both parents present, calm on arrival. NFA.
CAD 1301 22:55 - 15yo missing from home, Poplar. Found at friend's house 23:30 and taken home. Return home interview to follow. NFA.
CAD 0017 00:42 - concern for welfare, baby heard crying for a long time, Stepney. Attended 01:05: mum and baby both well, baby teething, health visitor informed. NFA.
CAD 0212 03:30 - domestic argument, Wapping. Adult couple, no children resident. Crime report. Not a child matter.

All CADs closed by 06:00.

Rahul Banerjee
EDT (Tower Hamlets out of hours)
""") + TDISC
    top = outlook_top(f, addr("Banerjee, Rahul", "rahul.banerjee@" + TDOM), addr("MAST", TMAST),
                      "FW: Overnight CAD - child related - TH (all NFA)", when)
    add(f, mail(f, top, body), "tower_hamlets", "mash_step_up", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a forwarded police control room log of four overnight incidents, all attended and closed NFA "
        "(a tantrum, a teenager found, a teething baby, an adults-only domestic). Resolved -> other -> human_review.")

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2053-10-14 16:20:11"
    body = T("""
Dear Early Help Hub,

Step-down to a TAF for Yusuf Miah (DOB 09/09/2045) and Sumaya Miah (DOB 27/04/2048), Mosaic 1588124.

The Child and Family Assessment concluded on 10 October 2053 with a recommendation to step down. The referral started with an EDT call on a Sunday night in August (dad's mental health crisis); dad is now under the community mental health team and doing well.

Attached: the Child and Family Assessment and the TAF plan (final social work plan and recommendations).

Mum and dad have consented to the step-down and to the TAF.

Lead Practitioner: Mrs Farhana Begum, Family Support Worker, Harbinger Primary School (agreed at the final CIN meeting).

I will arrange and chair the TAF meeting on Thursday 23 October at 10:00 at Harbinger Primary.

Best wishes
Kofi Mensah
Social Worker | CSC Assessment and Intervention | Tower Hamlets
""") + TDISC
    cfa = pdf_att("Child and Family Assessment - Miah.pdf", "Child and Family Assessment - Miah children",
                  ["Concluded 10/10/2053. Recommendation: step down to Early Help with a TAF."])
    plan = docx_att("TAF plan - Miah.docx", ["# TAF plan", "Final social work plan and recommendations for Yusuf and Sumaya."])
    top = outlook_top(f, addr("Mensah, Kofi", "kofi.mensah@" + TDOM), addr("Early Help Hub", TEH),
                      "Step-down to TAF - Miah - Mosaic 1588124", when)
    add(f, mail(f, top, body, atts=[cfa, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["1588124"],
        [ch("Yusuf Miah", "2045-09-09", "09/09/2045"), ch("Sumaya Miah", "2048-04-27", "27/04/2048")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "ORDINARY: a complete Tower Hamlets step-down - assessment and TAF plan attached, consent given, lead "
        "practitioner named with agency -> missing [] -> book_meeting. The August EDT call is history; dad's mental "
        "health is the case's concern (parental_mental_health). 'Mosaic 1588124' -> '1588124'.",
        not_children=["Kofi Mensah", "Farhana Begum"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2053-09-01 11:00:49"
    body = T("""
Hi MAST,

Multi-Agency Request for Support attached for Adam Rahman (DOB 15/12/2042) - Mosaic 1579012.

Adam (10) has been brought home by police twice in August after midnight, found in Mile End Park with older boys. EDT had both calls. Mum works nights as a care assistant and Adam's older sister (19) is supposed to be at home but often isn't. Adam has lost his place at football and his attendance has dropped since May.

My manager Nadim Rahman has not signed this off yet - he's back from leave tomorrow and I'll ask him first thing, but I wanted to get the form in before the schools go back.

Thanks,
Lucy Tran
Targeted Early Help Practitioner | Tower Hamlets
""") + TDISC
    rfs = pdf_att("Multi-Agency Request for Support - Adam Rahman.pdf", "Multi-Agency Request for Support",
                  ["Child: Adam Rahman 15/12/2042.", "Reason: late-night absences, older associates, falling attendance."])
    top = outlook_top(f, addr("Tran, Lucy", "lucy.tran@" + TDOM), addr("MAST", TMAST),
                      "Step up - Request for Support - Adam Rahman", when)
    add(f, mail(f, top, body, atts=[rfs]), "tower_hamlets", "mash_step_up", when, 7,
        "ordinary", "step_up", False, None, ["1579012"],
        [ch("Adam Rahman", "2042-12-15", "15/12/2042")],
        ["exploitation", "school_attendance"], None, None, ["manager_agreed"], None, "request_info",
        "ORDINARY: Tower Hamlets MAST step-up with the Request for Support form; manager 'has not signed this off "
        "yet', will be asked tomorrow -> manager_agreed null (pending) -> missing manager_agreed -> request_info. "
        "Two August EDT call-outs are history. exploitation (older boys, after midnight) and school_attendance.",
        not_children=["Lucy Tran", "Nadim Rahman"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2053-10-20 09:05:58"
    body = T("""
Morning Early Help Hub,

For your records, as the family is known to you (TAF closed in the spring):

Saturday 18 October, 20:15 - EDT received a call from police: mum (Leanne Doherty) arrested at the family home following an assault on a neighbour. The children were present at the time. Police passed the matter to their Public Protection Unit and took the children, with mum's agreement, to their maternal grandparents in Limehouse, who have cared for them before. EDT spoke to the grandparents at 21:30 and again on Sunday morning - the children are settled and safe, and are staying there while mum is on bail with a condition not to return to the address.

Police are leading. MAST were updated this morning and are not opening a new referral. No action for Early Help.

Rahul
EDT, Tower Hamlets
""") + TDISC
    top = outlook_top(f, addr("Banerjee, Rahul", "rahul.banerjee@" + TDOM), addr("Early Help Hub", TEH),
                      "EDT weekend note - Doherty - for info", when)
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "early_help_duty", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: an EDT weekend note - mother arrested, matter passed to police, the children safe with their "
        "grandparents under a bail condition, MAST updated, no action. Dealt with -> other -> human_review.",
        not_children=["Leanne Doherty"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2053-12-05 13:10:40"
    body = T("""
Hello MAST,

I want to step up Lily Hossain (DOB 02/02/2044) and Zain Hossain (DOB 19/07/2050), Mosaic 1591376.

Since the TAF in November there have been two EDT call-outs on Saturday nights (police attending arguments between mum and her ex-partner, who is not supposed to visit). Mum has told me he has a key. The children are with their aunt in Bethnal Green this weekend and next while mum changes the locks.

My team manager, Olwen Fairclough (cc'd), has agreed this step-up.

I have not done the Request for Support form yet - I'll complete it on Monday and send it over.

Thanks,
Grace Adeyemi
Early Help Lead Practitioner | Tower Hamlets
""") + TDISC
    top = outlook_top(f, addr("Adeyemi, Grace", "grace.adeyemi@" + TDOM), addr("MAST", TMAST),
                      "Step up - Hossain", when, cc=addr("Fairclough, Olwen", "olwen.fairclough@" + TDOM))
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["1591376"],
        [ch("Lily Hossain", "2044-02-02", "02/02/2044"), ch("Zain Hossain", "2050-07-19", "19/07/2050")],
        ["domestic_abuse"], None, True, ["request_for_support"], None, "request_info",
        "ORDINARY: Tower Hamlets step-up, manager agreed (cc'd), Request for Support form 'not done yet' -> missing "
        "request_for_support -> request_info. Past EDT call-outs, the children with their aunt -> not urgent; "
        "domestic_abuse.",
        not_children=["Grace Adeyemi", "Olwen Fairclough"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2053-12-08 01:32:05"
    text = T("""
hi i dont know if this is the right place, i found it on the school website on the page for help.

mum went out on saturday night and she hasnt come back. her phone goes straight to answer. its just me and my brother Zayd he is 5. we had the last bread yesterday and the electric ran out tonight so its dark and the heating is off. zayd keeps crying for mum and i dont know what to tell him.

i cant phone anyone because my phone has no credit, i am using the school ipad. please dont tell mum i told.

Amira Hussain
year 7 Bow School
""")
    top = plain_top(f, addr("Amira Hussain", "a.hussain7@bowschool.example"), TMAST,
                    "mum hasnt come home", when, "bowschool.example", None)
    add(f, mail(f, top, text, cte="7bit", crlf=False), "tower_hamlets", "mash_step_up", when, 6,
        "urgent", "other", True, None, [], [ch("Amira Hussain")], ["neglect"], None, None, [], None, "alert_duty",
        "URGENT: a child's own 1.30am message - an 11/12-year-old and her 5-year-old brother alone since Saturday "
        "night, no food, no electricity or heating tonight, no phone credit. No alarm word. other; the brother is "
        "named by first name only -> not labelled; neglect.")

# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2053-09-09 02:40:33"
    body = T("""
To Torbay childrens services

I work nights at the Esso garage on the Newton Road (24 hours). About 2 o'clock a girl came in on her own, I would say 13 maybe 14, with no shoes on and a cut lip and the side of her face red. She bought nothing, just stood by the heater. I asked if she was ok and she said her stepdad threw her out of the house after he hit her and she's not allowed back. She said her name is Jade Luscombe.

I said I would ring someone and she said no, her "mate" was coming. Ten minutes later a silver Audi pulled up with two men in it, older, maybe 25-30. She got in the back and they drove off towards Paignton. I got part of the reg - WK53.

I rang 101 and they gave me a log number 0209-0031 but I am worried nobody is going to do anything tonight so I am emailing you as well. CCTV is saved.

Steve Harris
Night cashier, Newton Road Esso
07700 900 318
""")
    top = plain_top(f, addr("Steve Harris", "s.harris.nights@mailbox.example"), BMASH,
                    "girl at the garage tonight - got in a car with 2 men", when, "mailbox.example", None)
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Jade Luscombe")], ["exploitation", "physical_harm"], None, None,
        [], None, "alert_duty",
        "URGENT: a 24-hour garage cashier at 2.40am - a girl of 13 or 14, barefoot, cut lip, says her stepdad hit "
        "her and threw her out, then left in a car with two older men. No alarm word. other; physical_harm and "
        "exploitation. '0209-0031' is a police log, not a case id.",
        not_children=["Steve Harris"])

def torbay_02():
    f = "torbay_02.eml"; when = "2053-11-03 08:31:47"
    body = T("""
MASH - Monday summary from the weekend EDT shifts (Torbay). Items 1, 2 and 4 are DONE. Item 3 is STILL LIVE.

1. Fri 19:40 - Brixham. 12yo locked out after school, mum stuck on a broken-down train. Neighbour took him in; mum home 22:10. DONE.

2. Sat 14:00 - Torquay. Dad rang asking whether he could take his children to Cornwall on his contact weekend. Advised to check the court order. DONE.

3. Sat 23:15 - Paignton. Kai Treloar, DOB 30/04/2038, LCS 408821. Mum reported him missing: went out at 18:00 Saturday, last seen getting into a black car on Totnes Road. Phone off since 20:00. Police say Kai's name came up on Friday in a drugs warrant at an address in Plymouth, and his friend says he "had to go to Plymouth to pay someone back". STILL MISSING at 08:15 today - police search ongoing, no sighting since Saturday night. Mum has not slept. Needs a strategy discussion today - please pick up from the MASH end.

4. Sun 10:30 - Torquay. Foster carer reported a 9yo came back from contact upset. Spoke to child, no disclosure, contact went well per supervisor. DONE.

Sally Widdicombe
Out of Hours Service, Torbay
""") + BDISC
    top = outlook_top(f, addr("Widdicombe, Sally", "sally.widdicombe@" + BDOM), addr("MASH", BMASH),
                      "Weekend EDT summary 31/10 - 03/11 (1 live)", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 4,
        "urgent", "other", True, None, ["408821"],
        [ch("Kai Treloar", "2038-04-30", "30/04/2038")], ["exploitation", "missing"], None, None, [], None,
        "alert_duty",
        "URGENT: a Monday-morning EDT summary where three items are done and item 3 is live - a 15-year-old missing "
        "since Saturday night, last seen getting into a car, linked to a Plymouth drugs address, 'had to go to "
        "Plymouth to pay someone back', still not found. No alarm word. other; missing and exploitation. 'LCS "
        "408821' is written with a space, so the label before the number is dropped -> '408821'.",
        not_children=["Sally Widdicombe"])

def torbay_03():
    f = "torbay_03.eml"; when = "2053-09-24 14:50:12"
    body = T("""
Hi Early Help,

Please can I have a triage slot for a level 3 step-down: Ellie-Mae Crocker (DOB 02/06/2050) and Archie Crocker (DOB 14/01/2052), LCS 412337.

Background: the family came in through EDT in June (a night-time domestic with the children present; dad has since moved to Exeter and there is a non-molestation order). The Single Assessment with my analysis and rationale is attached, and my team manager has recorded her analysis on LCS confirming the threshold for level 3 is met.

Consent - I mentioned Early Help to mum at the last visit and she seemed quite keen, but I haven't formally asked her yet. I'm seeing her on Friday.

Archie is under 5, so I think this needs the under-5s triage?

Thanks
Beth Rowe
Social Worker, Single Assessment Team, Torbay
""") + BDISC
    sa = pdf_att("Single Assessment - Crocker.pdf", "Single Assessment - Crocker children",
                 ["Analysis and rationale for step-down to level 3 Early Help."])
    top = outlook_top(f, addr("Rowe, Beth", "beth.rowe@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - Crocker - LCS 412337", when)
    add(f, mail(f, top, body, atts=[sa], html_alt=True), "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["412337"],
        [ch("Ellie-Mae Crocker", "2050-06-02", "02/06/2050"), ch("Archie Crocker", "2052-01-14", "14/01/2052")],
        ["domestic_abuse"], None, True, ["consent"], None, "request_info",
        "ORDINARY: Torbay level 3 step-down with the Single Assessment attached and the TM's threshold analysis "
        "recorded (manager_agreed true); consent 'haven't formally asked her yet' -> null (unclear) -> missing "
        "consent -> request_info. Archie is under 5 (under-5s triage). The June EDT domestic is history.",
        not_children=["Beth Rowe"])

def torbay_04():
    f = "torbay_04.eml"; when = "2053-10-16 10:40:06"
    body = T("""
Dear MASH,

I'm the lead professional for the Penrose family (level 3 Early Help), LCS 409954, and I'm making a contact to MASH for Demi Penrose (DOB 08/10/2040).

Over the last three weekends EDT have been called by police about Demi (13) being found in Torquay town centre after 1am with adults who are not known to the family. On Sunday she came home at 04:00 with a new phone and new trainers and wouldn't say where they came from. Mum is worried and wants help. Demi is at home and in school this week; mum is collecting her from school every day.

Mum has given consent for this contact to MASH. My team manager Silas Penrose and I have discussed it and agree it needs considering for a level 4 response.

Regards
Nia Tremayne
Family Intervention Worker, Early Help, Torbay
""") + BDISC
    top = outlook_top(f, addr("Tremayne, Nia", "nia.tremayne@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - step up - Demi Penrose", when)
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 2,
        "ordinary", "step_up", False, None, ["409954"],
        [ch("Demi Penrose", "2040-10-08", "08/10/2040")], ["exploitation", "missing"], True, True, [], None,
        "book_meeting",
        "ORDINARY: a Torbay step-up (contact to MASH from the lead professional) with consent given and the TM "
        "agreeing level 4 consideration -> nothing missing -> book_meeting. Weekend EDT call-outs are history; "
        "Demi at home and collected from school -> not urgent. exploitation (gifts, unknown adults) and missing "
        "(out till 4am). 'LCS 409954' -> '409954'.",
        not_children=["Nia Tremayne", "Silas Penrose"])

def torbay_05():
    html_body = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
        "<h2 style=\"font-family:Arial\">After Hours - the Torbay Out of Hours Service bulletin, October</h2>"
        "<p style=\"font-family:Arial\">This month the service took 412 calls about children. Here are three, "
        "anonymised and changed, to show the range:</p><ul style=\"font-family:Arial\">"
        "<li><b>The 2am garage.</b> A cashier rang about a child alone at the till. A grandparent had fallen asleep "
        "in the car outside; the child was home within the hour.</li>"
        "<li><b>The hotel booking.</b> A receptionist worried about an adult and a young teenager sharing a room. "
        "Police checked: a father and daughter travelling to a funeral, with ID.</li>"
        "<li><b>The 4am call.</b> A parent in crisis said she might hurt herself. The crisis team attended; the "
        "children were with their father.</li></ul>"
        "<p style=\"font-family:Arial\">Reminder: if you think a child is in immediate danger, call 999. EDT is for "
        "out-of-hours social care emergencies, not for next-day queries.</p>"
        "<p style=\"font-family:Arial;font-size:9pt\">You are receiving this because you work in Torbay children's "
        "services. Torbay Council.</p></body></html>\n")
    f = "torbay_05.eml"; when = "2053-10-31 16:00:00"
    top = outlook_top(f, addr("Out of Hours Service", "edt@" + BDOM), addr("Early Help", BEH),
                      "After Hours - October bulletin", when, extra=[("List-Id", "<afterhours.torbay.gov.uk>")])
    add(f, html_only(f, top, html_body), "torbay", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: the out-of-hours service's HTML bulletin, three anonymised, resolved example calls (a garage at "
        "2am, a hotel booking, a 4am call) and a generic 'immediate danger, call 999' line - nobody real -> other "
        "-> human_review. A List-Id but no Auto-Submitted -> not an auto_reply. First GMT Friday (+0000).")

def torbay_06():
    f = "torbay_06.eml"; when = "2053-11-25 22:15:38"
    text = T("""
Hi sorry to email so late, I know this isn't an emergency and I don't want to waste anyones time. I rang the out of hours number and the man said to email the early help inbox in the morning but I thought I'd send it now before I forget.

My son Oscar (Year 4, Preston Primary) left his school bag on the number 12 bus coming home. It's got his reading book and his coat in it. He's fine, he's in bed, he's just upset about the book. Does anyone know who I ask at Stagecoach lost property? Our early help worker used to be Kirsty but she's left.

Thanks, Gemma Ward
Sent from my iPhone
""")
    top = plain_top(f, addr("Gemma Ward", "gemmaward84@mailbox.example"), BEH,
                    "Lost school bag", when, "mailbox.example", "iPhone Mail (21C66)")
    add(f, iphone_mail(f, top, text), "torbay", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a parent's late-evening email about a school bag left on a bus ('isn't an emergency', 'he's "
        "fine, he's in bed') after ringing the out-of-hours line -> other -> human_review. Oscar is named by first "
        "name only -> no child labelled.",
        not_children=["Gemma Ward"])

def torbay_07():
    f = "torbay_07.eml"; when = "2053-12-10 09:45:21"
    body = T("""
Hello Early Help,

Requesting a triage slot for the step-down of Freya Hext (DOB 21/03/2043), LCS 415602. Single Assessment with my analysis attached. Mum consented to Early Help at our visit on Monday - she signed.

I need to be straight with you: my team manager, Rhiannon Tully, does not agree that this meets the threshold for level 3 - she thinks it should stay with us until the weekend call-outs to EDT have stopped for at least a month, and she has not recorded a manager's analysis. I'm sending the request so it is on your list, and I'll come back to you once she and I have talked it through.

Thanks
Callum Pearce
Social Worker, Safeguarding and Supporting Families, Torbay
""") + BDISC
    sa = docx_att("Single Assessment - Freya Hext.docx", ["# Single Assessment", "Freya Hext. Analysis and rationale."])
    top = outlook_top(f, addr("Pearce, Callum", "callum.pearce@" + BDOM), addr("Early Help", BEH),
                      "Triage request - Hext", when)
    add(f, mail(f, top, body, atts=[sa], html_alt=True), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["415602"],
        [ch("Freya Hext", "2043-03-21", "21/03/2043")], [], True, False, ["manager_agreed"], None, "request_info",
        "ORDINARY: Torbay step-down, assessment attached, consent signed; the team manager 'does not agree' and has "
        "not recorded the analysis -> manager_agreed false -> missing manager_agreed -> request_info. 'level 3' "
        "appears only as the threshold the TM disputes, not as the level requested -> level null.",
        not_children=["Callum Pearce", "Rhiannon Tully"])

def torbay_08():
    f = "torbay_08.eml"; when = "2053-12-11 15:30:09"
    ack = ack_text("step-down", "SB-torbay-3318", ["Children: Riley Hannaford", "Case: LCS 410076"], ["consent"])
    body = T("""
Hi - mum signed the Early Help consent this morning, scan attached. That should be everything for the triage.

Jo

Joanna Luxton | Social Worker | Torbay Council
""") + quote_chain([("Early Help <%s>" % BEH, "08 December 2053 10:02", "Luxton, Joanna <joanna.luxton@%s>" % BDOM,
                      "[SB-torbay-3318] Step-down request received", ack, None)])
    scan = pdf_att("Consent - Hannaford - signed.pdf", "Consent to Early Help", ["Signed by parent 11/12/2053."])
    top = outlook_top(f, addr("Luxton, Joanna", "joanna.luxton@" + BDOM), addr("Early Help", BEH),
                      "RE: [SB-torbay-3318] Step-down request received", when)
    add(f, mail(f, top, body, atts=[scan]), "torbay", "early_help_duty", when, 2,
        "ordinary", "follow_up", False, None, ["410076"], [ch("Riley Hannaford")], [], True, None, [], None,
        "attach_to_request",
        "ORDINARY: a reply to [SB-torbay-3318] with the signed consent -> follow_up -> attach_to_request; consent "
        "true; the child and 'LCS 410076' only in the quoted acknowledgement.",
        not_children=["Joanna Luxton"])

# ============================================================================= HEREFORDSHIRE
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2053-10-01 23:58:14"
    text = T("""
EH coordinators - heads up for the morning as Bevans are your step-down (Mosaic 1603318).

Police rang EDT 23:20. Dad (Carl Bevan - non-mol order, not allowed within 100m) has turned up at the house in Leominster, mum went to the neighbour's to ring police and he locked her out. He is inside with Sophie Bevan (8) and Leo Bevan (5). Mum says he had been drinking and was saying they'd "all go together". Police en route from Hereford, 25 mins out. Nobody from us there yet - I'm driving over now.

Rob (EDT) - on mobile 07700 900 652
Sent from my phone
""")
    top = plain_top(f, addr("Rob Llewellyn", "rob.llewellyn@" + HDOM), HEH,
                    "Bevan - tonight", when, "mail.herefordshire.gov.uk", "Outlook for Android")
    add(f, iphone_mail(f, top, text), "herefordshire", "early_help_duty", when, 2,
        "urgent", "other", True, None, ["1603318"],
        [ch("Sophie Bevan"), ch("Leo Bevan")], ["domestic_abuse"], None, None, [], None, "alert_duty",
        "URGENT: an EDT worker's mobile note at midnight - a father under a non-molestation order has locked the "
        "mother out and is inside with an 8- and a 5-year-old, drinking, saying they'd 'all go together'; police "
        "25 minutes away, nobody there yet. No alarm word. other (a note to the co-ordinators, not a step-down); "
        "domestic_abuse.",
        not_children=["Carl Bevan"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2053-11-21 18:10:26"
    body = T("""
Dear MASH,

I would like to request a step up for Mason Price (DOB 12/05/2046) and Ruby Price (DOB 03/09/2044), Mosaic 1610044. I am their Early Help key worker. Mum's ex-partner has been coming back to the house at weekends and EDT have been called by neighbours three Saturdays running. I've attached my case summary.

PS - as I was about to send this, Ruby (9) texted me on the old phone I gave her for when she needs me: "hes back. hes shouting and he threw the telly. mum told us to hide in the bathroom. hes banging on the door". That was 18:04. I've rung mum twice, no answer. I'm 40 minutes away in Ross.

Helen Crump
Early Help Key Worker, Herefordshire Council
07700 900 129
""") + HDISC
    cs = docx_att("Case summary - Price.docx", ["# Case summary", "Mason and Ruby Price. Three weekend EDT call-outs in November."])
    top = outlook_top(f, addr("Crump, Helen", "helen.crump@" + HDOM), addr("MASH", HMASH),
                      "Step up request - Price", when)
    add(f, mail(f, top, body, atts=[cs], html_alt=True), "herefordshire", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["1610044"],
        [ch("Mason Price", "2046-05-12", "12/05/2046"), ch("Ruby Price", "2044-09-03", "03/09/2044")],
        ["domestic_abuse"], None, None, [], None, "alert_duty",
        "URGENT: a Herefordshire step-up (a kind the seed does not define: missing [] and human_review - but "
        "urgent wins) whose PS quotes a 9-year-old's text from six minutes ago: the ex-partner is back, shouting, "
        "threw the TV, the children hiding in the bathroom while he bangs on the door. No alarm word. domestic_abuse.",
        not_children=["Helen Crump"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2053-09-04 12:00:19"
    blocks = [("h", "Learning brief: what the Emergency Duty Team needs from you before 5pm"), "",
              "Colleagues - following the EDT service review, please note the following for any family you hold.", "",
              "1. If a child is at risk of harm over the weekend, tell EDT by 4pm on Friday. Do not leave it in an inbox.",
              "2. Put a short 'if this happens tonight' plan on Mosaic: who the safe adults are and their numbers.",
              "3. Example (invented): 'If dad turns up drunk tonight, mum will ring 999 and take the children to nan's at 12 Orchard Way.'",
              "4. Danger words in a log are not enough - EDT need names, addresses and what has already been done.",
              "", "The full service review is on the intranet. No action needed beyond reading this.", "",
              "Wilfred Oyelaran", "Early Help Co-ordinator Manager"]
    top = outlook_top(f, addr("Oyelaran, Wilfred", "wilfred.oyelaran@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Learning brief - EDT and Friday afternoons", when)
    add(f, word_mail(f, top, blocks), "herefordshire", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a training / learning brief about what EDT needs, with 'at risk of harm', 'danger' and an "
        "invented 'if dad turns up drunk tonight' example - nobody real -> other -> human_review.")

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2053-12-02 10:20:45"
    body = T("""
Dear Sir or Madam,

Further to our driver's report on the night of Friday 14 November about the two children we dropped at an address in Bromyard, I am writing to close the loop.

Your out of hours social worker (Mr Llewellyn) rang our office on 17 November to thank our driver. He explained that the children's aunt had been at the house all along (asleep upstairs, with her phone off), that the children were fine, and that the family have since been given support. Our driver was relieved to hear it.

We have updated our lone-child policy so that drivers ring the control room before leaving any child at an address at night. No reply is needed.

Yours faithfully
Margaret Powles
Operations Manager, Wye Valley Taxis
""")
    top = plain_top(f, addr("Margaret Powles", "ops@wyevalleytaxis.example"), HEH,
                    "Our driver's report of 14 November - thank you", when, "wyevalleytaxis.example", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a taxi firm's letter about a night-time drop-off last month that EDT resolved (the aunt was in "
        "the house, the children fine) - resolved, historic -> other -> human_review.")

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2053-09-15 16:45:52"
    body = T("""
Hi both,

Quick question before I send the step-down plan for the Morgan family - no action needed tonight, it's a "what if".

If mum relapsed over a weekend after the step-down - say she was found drunk with the baby at 2am - would EDT know to ring the key person, or would it go back through MASH as a new referral? I want to put the right thing in the contingency section of the plan.

Mum has been sober for eight months and is doing really well. There are no current concerns.

Thanks
Ceri Watkins
Social Worker, Assessment Team
""") + HDISC
    top = outlook_top(f, addr("Watkins, Ceri", "ceri.watkins@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Question - contingency plans and EDT", when)
    add(f, mail(f, top, body), "herefordshire", "early_help_duty", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a hypothetical ('what if mum relapsed ... found drunk with the baby at 2am') asked for a plan's "
        "contingency section; 'no current concerns' -> other -> human_review, no concern labelled.",
        not_children=["Ceri Watkins"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2053-11-12 11:30:03"
    body = T("""
Dear Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan and the family's signed consent form for Evie Powell (DOB 05/04/2047) and Jack Powell (DOB 22/10/2049), Mosaic 1598821. I discussed the plan with Verity at the drop-in on Tuesday 4 November.

The case opened after an EDT call on a Saturday night in July; the Child and Family Assessment concluded on 3 November with a decision to step down to Early Help (level 3). Mum signed the consent form on 10 November.

Key person (lead): Mrs Gail Hughes, Family Support Worker, Kington Primary School - agreed with mum and with Gail.

Kind regards
Owen Prosser
Social Worker, Safeguarding and Family Support, Herefordshire Council
""") + HDISC
    plan = docx_att("EHA step-down plan - Powell.docx", ["# Early Help Assessment step-down plan",
                    "Evie and Jack Powell. What needs to happen, by whom, outcome, timescale."])
    cons = pdf_att("Consent form - Powell - signed.pdf", "Early Help consent form", ["Signed by parent 10/11/2053."])
    top = outlook_top(f, addr("Prosser, Owen", "owen.prosser@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down plan - Powell - Mosaic 1598821", when)
    add(f, mail(f, top, body, atts=[plan, cons], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["1598821"],
        [ch("Evie Powell", "2047-04-05", "05/04/2047"), ch("Jack Powell", "2049-10-22", "22/10/2049")],
        [], True, None, [], None, "book_meeting",
        "ORDINARY: a complete Herefordshire step-down - plan and signed consent form attached, key person named "
        "with agency -> missing [] -> book_meeting; level 3 stated; consent true. The July EDT call is history.",
        not_children=["Owen Prosser", "Gail Hughes"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2053-10-28 09:50:39"
    body = T("""
Morning,

Step-down plan attached for Tyler Jenkins (DOB 17/02/2045), Mosaic 1601452. Lead: Mr Dafydd Rees, Youth Worker, Ledbury Youth Hub.

Tyler came to us after a weekend EDT call in the summer. He's settled now, back in school.

I haven't got the consent form signed yet - mum works shifts and I'm taking it round on Thursday for her to sign. I'll send it on as soon as I have it.

Thanks
Anwen Bright
Social Worker, Herefordshire Council
""") + HDISC
    plan = docx_att("Step-down plan - Tyler Jenkins.docx", ["# Early Help Assessment step-down plan", "Tyler Jenkins."])
    top = outlook_top(f, addr("Bright, Anwen", "anwen.bright@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Tyler Jenkins", when)
    add(f, mail(f, top, body, atts=[plan]), "herefordshire", "early_help_duty", when, 8,
        "ordinary", "step_down", False, None, ["1601452"], [ch("Tyler Jenkins", "2045-02-17", "17/02/2045")],
        [], None, None, ["consent_form"], None, "request_info",
        "ORDINARY: Herefordshire step-down with the plan and the lead practitioner, but the consent form is to be "
        "signed on Thursday -> consent null, missing consent_form -> request_info.",
        not_children=["Anwen Bright", "Dafydd Rees"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2053-10-17 07:02:48"
    data = itip_reply(f, when, "Owen Prosser", "owen.prosser@" + HDOM, ("Early Help Co-ordinators", HEH),
                      "DECLINED", "Step-down drop-in - Powell", "20531021T100000", "20531021T103000",
                      "Microsoft Teams",
                      comment="Sorry - I'm on the EDT rota Monday night so I'll be asleep Tuesday morning. Could I have 4 November instead?")
    add(f, data, "herefordshire", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "ORDINARY: an iTIP REPLY DECLINED to the Tuesday drop-in, with a comment about the EDT rota -> "
        "meeting_reply -> record_reply.")
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

# England & Wales bank holidays in 2053 (the `holidays` package's list, which set_checks() re-derives and compares):
# New Year's Day Wednesday 1 January; Good Friday 4 April; Easter Monday 7 April; May Day Monday 5 May; Spring Bank
# Holiday Monday 26 May; Late Summer Bank Holiday Monday 25 August; Christmas Day Thursday 25 December; Boxing Day
# Friday 26 December. None falls inside the window (1 September - 19 December 2053).
BANK_HOLIDAYS = {date(2053, 1, 1), date(2053, 4, 4), date(2053, 4, 7), date(2053, 5, 5), date(2053, 5, 26),
                 date(2053, 8, 25), date(2053, 12, 25), date(2053, 12, 26)}
IN_WINDOW = {}
AFTER_WINDOW = {date(2053, 12, 25): "Christmas Day", date(2053, 12, 26): "Boxing Day"}
WINDOW = (datetime(2053, 9, 1, tzinfo=LON), datetime(2053, 12, 19, 23, 59, 59, tzinfo=LON))
# BST ends at 01:00 UTC on Sunday 26 October 2053 (it began at 01:00 UTC on Sunday 30 March 2053).
BST_START = datetime(2053, 3, 30, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2053, 10, 26, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2053

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

# ----------------------------------------------------------------------------- structural and wording checks
BANNED = re.compile(r"(?i)\b(urgent(ly)?|immediate(ly)?|emergenc\w*|at risk|risk of harm|danger\w*|asap)\b")

CUSTOM = [
    ("knowsley_01.eml", "the baby is item 4 of 5 and the other four items are closed",
     lambda m: re.search(r"(?s)\n4\. Kirkby - Lily-Mae Corkhill.*\n5\. Stockbridge", _plain(m)) is not None
     and _plain(m).count("Nothing for EDT") == 3),
    ("knowsley_05.eml", "the level 2 step-down's lead practitioner and venue are inside the Word table",
     lambda m: "<td" in _html(m) and "Huyton Family Hub" in _html(m) and "Sian Mercer" in _html(m)),
    ("knowsley_06.eml", "the police log is forwarded under a short note",
     lambda m: "----- Forwarded message -----" in _plain(m)),
    ("torbay_02.eml", "only item 3 is live", lambda m: _plain(m).count("STILL") == 2 and _plain(m).count("DONE") == 4),
    ("torbay_05.eml", "the bulletin is HTML only", lambda m: _no_plain(m)),
    ("herefordshire_02.eml", "the risk is in the PS", lambda m: _plain(m).index("PS -") > _plain(m).index("case summary")),
    ("richmond_wandsworth_05.eml", "format=flowed phone mail", lambda m: "flowed" in str(m.get("Content-Type"))),
]
WORDING = [
    ("knowsley_04.eml", "Mum has given consent", "consent", True),
    ("richmond_wandsworth_04.eml", "she said no to Early Help", "consent", False),
    ("tower_hamlets_05.eml", "has not signed this off yet", "manager_agreed", None),
    ("tower_hamlets_07.eml", "has agreed this step-up", "manager_agreed", True),
    ("torbay_03.eml", "I haven't formally asked her yet", "consent", None),
    ("torbay_07.eml", "does not agree that this meets the threshold", "manager_agreed", False),
    ("torbay_04.eml", "Mum has given consent", "consent", True),
    ("herefordshire_07.eml", "I haven't got the consent form signed yet", "consent", None),
    ("herefordshire_06.eml", "Mum signed the consent form", "consent", True),
]

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

COUNTS_EXPECTED = {"knowsley_03.eml": (6, 6), "knowsley_04.eml": (4, 6), "knowsley_05.eml": (5, 7)}
CROSSING_BH_EXPECTED = ["knowsley_04.eml", "knowsley_05.eml"]
DECISIVE_EXPECTED = ["knowsley_04.eml"]
COUNTS = {}

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2053])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: the bank holidays in the window are %s, expected none" % inside)
    if {d: pkg.get(d) for d in AFTER_WINDOW} != AFTER_WINDOW:
        errors.append("set: Christmas / Boxing Day 2053 are not as expected")
    if not (date(2053, 9, 1).weekday() == 0 and date(2053, 12, 19).weekday() == 4):
        errors.append("set: the window must run Monday 1 September - Friday 19 December 2053")
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2053, 3) and BST_END.date() == last_sun(2053, 10) == date(2053, 10, 26)):
        errors.append("set: BST must end on Sunday 26 October 2053")
    for d, off in ((date(2053, 10, 24), 1), (date(2053, 10, 27), 0)):
        if datetime(d.year, d.month, d.day, 12, tzinfo=LON).utcoffset() != timedelta(hours=off):
            errors.append("set: Europe/London offset on %s is not +0%d00" % (d, off))
    counts, offsets = {}, {}
    for lab in LABELS:
        f = lab["file"]
        try:
            msg = parse(f)
            text = readable(msg)
        except Exception as ex:
            errors.append("%s: unreadable (%r)" % (f, ex)); continue
        offsets[msg["Date"].strip()[-5:]] = offsets.get(msg["Date"].strip()[-5:], 0) + 1
        if lab["expect"]["urgent"]:
            hit = BANNED.search(text)
            if hit:
                errors.append("%s: urgent mail contains the banned word %r" % (f, hit.group(0)))
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
    if set(offsets) != {"+0100", "+0000"}:
        errors.append("set: Date offsets %s (both BST and GMT expected)" % offsets)
    COUNTS.clear(); COUNTS.update(counts)
    return errors

def run_checks():
    errors, tot = check()
    return errors + set_checks(), tot

def stats():
    from collections import Counter
    out = ["categories: %s" % dict(Counter(CATS.values()))]
    for fld in ("kind", "next_action", "consent", "manager_agreed", "level", "notice_ok", "urgent"):
        out.append("%s: %s" % (fld, dict(Counter(str(l["expect"][fld]) for l in LABELS))))
    out.append("mailbox: %s" % dict(Counter(l["mailbox"] for l in LABELS)))
    out.append("offsets: %s" % dict(Counter(l["now"][-6:] for l in LABELS)))
    out.append("knowsley counts (WD, plain weekdays): %s" % COUNTS)
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        out.append("%s: %s" % (a, dict(Counter(CATS[l["file"]] for l in LABELS if l["authority"] == a))))
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
