#!/usr/bin/env python3
"""mixed84: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the spring term of 2031 (Monday 6 January - Thursday 10 April 2031; the Friday before Easter, 11 April, is Good
Friday, a bank holiday, so the last mail day is Thursday 10 April), in weather, power and the home's basics: floods,
storms, snow and ice, power cuts, cold homes, no heating or water, carbon monoxide from generators and gas fires, and
families in one room with black mould.

Clock: GMT (+0000) until BST begins at 01:00 UTC on Sunday 30 March 2031; +0100 from Monday 31 March.
Bank holidays (England): New Year's Day 1 January (before the window), Good Friday 11 April and Easter Monday 14 April
(after the last mail day, but inside two Knowsley notice periods). Checked against the `holidays` package.

Deterministic: no clock, no randomness. Run with /work/main/.venv/bin/python make_set.py (pypdf, python-docx,
holidays, PyYAML). The MIME, Word HTML, PDF, .docx, iCalendar, out-of-office and quote helpers are copied from
/work/main/tests/data/mixed27/make_set.py (itself from mixed25) and adapted. Every label was set by hand from the
specification; the self-checks below only verify them and STOP on any error before anything is written.
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
    """Local (Europe/London) wall-clock time. The window (Monday 6 January - Thursday 10 April 2031) is GMT (+0000)
    until BST begins at 01:00 UTC on Sunday 30 March 2031, and +0100 after it. The self-check
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
            zi = zipfile.ZipInfo(name, date_time=(2030, 12, 1, 0, 0, 0))
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




# ============================================================================= mixed84 content
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2031-04-08 10:12:37"
    body = T("""
Hi all,

Please find attached a step up request for the Nolan family - Case ID on EHM: EHM-66120.

Children:
Tyler Nolan - DOB 03/11/2019
Mia Nolan - DOB 21/06/2023

Date of step up TAF meeting: Wednesday 16th April at 10am on Teams. I've sent the invite from my calendar to the MASH inbox and MASH business support, and invited the current TAF members (school, HV and the housing officer).

Summary: the family have had no working heating since the boiler failed in January. The landlord has not repaired it despite three reports and an environmental health visit. There is black mould across the children's bedroom wall and both children sleep in the living room in their coats. Mia has had two chest infections since February. Mum is struggling to keep the children fed and clean and the GCP2 (attached) scores physical care at level 4. Mum is aware of the step up.

My team manager, Sian Roper, discussed the step up with me in supervision on 7 April and agreed it.

Attached:
- Appendix 1 FF Step Up request - Nolan.docx
- GCP2 Nolan March 2031.pdf
- TAF minutes 26.03.31 Nolan.docx

Thanks,
Dean

Dean Kershaw
Family First Case Manager (Level 3) | Knowsley Council
0151 496 0733

""") + KDISC
    top = outlook_top(f, addr("Kershaw, Dean", "Dean.Kershaw@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Nolan - EHM-66120", when, cc=addr("MASH Business Support", KBS))
    atts = [docx_att("Appendix 1 FF Step Up request - Nolan.docx", appendix1([
                ("Case ID on EHM:", "EHM-66120"), ("Child(ren):", "Tyler Nolan 03/11/2019; Mia Nolan 21/06/2023"),
                ("What are we worried about?", "No heating since January, black mould in the bedroom, Mia's chest infections, physical care (GCP2 level 4)."),
                ("What is working well?", "Mum attends TAF meetings; school report Tyler is settled and happy."),
                ("What needs to happen?", "Step up to CSC for a Child and Family Assessment; housing and environmental health to enforce repairs."),
                ("Team Manager agreement:", "Sian Roper, 07/04/2031"),
                ("Date of step up TAF meeting:", "Wednesday 16/04/2031 10:00, Microsoft Teams")])),
            pdf_att("GCP2 Nolan March 2031.pdf", "Graded Care Profile 2 - Nolan", [
                "Completed 28/03/2031 by Dean Kershaw with mum.", "Area 1 Physical care: level 4.",
                "Area 2 Safety: level 3. Area 3 Love: level 2. Area 4 Esteem: level 2.",
                "Housing: no heating, black mould, damp bedding."]),
            docx_att("TAF minutes 26.03.31 Nolan.docx", ["# TAF meeting minutes - Nolan family",
                "Date: 26/03/2031. Present: mum, Dean Kershaw (FF), school, health visitor, housing officer.",
                "Housing officer reported the repair is still not booked. Agreed: escalate to step-up."])]
    add(f, mail(f, top, body, atts), "knowsley", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["EHM-66120"],
        [ch("Tyler Nolan", "2019-11-03", "03/11/2019"), ch("Mia Nolan", "2023-06-21", "21/06/2023")],
        ["neglect"], None, True, [], False, "request_info",
        "Knowsley step-up (REQUIREMENTS knowsley step_up): form, case id EHM-66120, TM agreed ('discussed ... and "
        "agreed it'), TAF minutes, meeting date, and GCP2 (required because of neglect: no heating, black mould, "
        "GCP2 physical care level 4) all present -> missing []. 'Mum is aware' is not consent -> null. NOTICE ACROSS "
        "EASTER, DECISIVE: from Tue 8 Apr the TAF on Wed 16 Apr is 6 plain weekdays but Good Friday 11 Apr and Easter "
        "Monday 14 Apr are bank holidays, so 4 working days < 5 -> notice not ok -> request_info (DESIGN next_action).",
        meeting=date(2031, 4, 16), not_children=["Dean Kershaw", "Sian Roper"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2031-04-04 14:05:12"
    blocks = [
        "Hi Family First duty team,", "",
        "I'm writing to let you know about a Level 3 step down for the Kearns family (ICS ID 2284417), and the joint home visit we have arranged.", "",
        ('table', [["Child", "Date of birth"], ["Ruby Kearns", "09/09/2020"], ["Oscar Kearns", "15/02/2025"]]), "",
        "{{Joint home visit:}} Tuesday 15th April 2031 at 10:00, at the family's new home, 7 Larch Close, Kirkby, L32 9ZT.", "",
        "{{Consent:}} Mum (Leanne Kearns) has consented to the referral to Family First and signed the consent form on 2 April.", "",
        ('h', "What are we worried about?"),
        "Mum's low mood since the family were flooded out in January and had to move. She is on the GP's waiting list for talking therapy.", "",
        ('h', "What is working well?"),
        "The family have been in the new tenancy since February; the house is warm and dry. Ruby is settled at her new school and Oscar goes to nursery three mornings.", "",
        ('h', "What needs to happen?"),
        "A Family First case manager to hold a TAF with school, nursery and the GP; support for mum to get to therapy; a budgeting referral.", "",
        "My team manager Paul Garside has agreed the step down.", "",
        "Many thanks,", "Nadia Osei", "Social Worker | Child in Need Team (Kirkby) | Knowsley Council", "0151 496 0481"]
    top = outlook_top(f, addr("Osei, Nadia", "Nadia.Osei@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Family First L3 - Kearns - joint visit 15/04", when)
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 3, ["2284417"],
        [ch("Ruby Kearns", "2020-09-09", "09/09/2020"), ch("Oscar Kearns", "2025-02-15", "15/02/2025")],
        ["parental_mental_health"], True, True, [], True, "book_meeting",
        "Word HTML Knowsley Level 3 step-down: joint home visit date, time and venue; consent signed; all three Signs "
        "of Safety headings -> nothing missing (REQUIREMENTS knowsley step_down level 3). 'ICS ID 2284417' -> bare "
        "number. The flood is past (rehoused in February). Mum's low mood -> parental_mental_health. TM agreed -> true. "
        "NOTICE ACROSS EASTER, not decisive: Fri 4 Apr -> Tue 15 Apr is 7 plain weekdays, 5 working days once Good "
        "Friday and Easter Monday are excluded -> exactly 5 -> ok -> book_meeting.",
        meeting=date(2031, 4, 15), not_children=["Leanne Kearns", "Nadia Osei", "Paul Garside"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2031-01-21 15:48:09"
    text = T("""
Elinor, I'm at the Quinn flat now for the visit before next week's joint visit. Kacey (14) let me in. The electric has been off since this morning - the meter's run out and there's no money on the key. Alfie Quinn (4 months) is on home oxygen; his concentrator is off and he's on the portable cylinder, the gauge says under an hour left. Kacey doesn't know how to change to the spare and I'm not trained on it. Mum went out last night and isn't answering. The flat is freezing. I have to be at clinic for 4.30. Can someone ring me back on 07700 900314 please

Gemma Lyle, Health Visitor
Sent from my iPhone

> On 17 Jan 2031, at 11:02, Family First 0-18 Duty Mailbox <FamilyFirst0-18DutyMailbox@knowsley.gov.uk> wrote:
>
> Thank you - your step down request has been received.
>
> Reference: SB-KNO-0047-8RD
> Family: Quinn
>
> Please reply to this email, keeping the reference in the subject, to add anything.
""")
    top = plain_top(f, addr("Gemma Lyle", "gemma.lyle@nhs.example.net"), addr("Family First 0-18 Duty Mailbox", KFF),
                    "Re: [SB-KNO-0047-8RD] Step down to Family First (L3) - Quinn", when, "nhs.example.net", None,
                    extra=[("In-Reply-To", msgid("knowsley_03-ack", KDOM))])
    add(f, iphone_mail(f, top, text), "knowsley", "early_help_duty", when, 2,
        "urgent", "follow_up", True, None, [],
        [ch("Alfie Quinn")], ["neglect"], None, None, [], None, "alert_duty",
        "A health visitor's iPhone reply to a stepbot acknowledgement ([SB-KNO-...] -> follow_up): a 4-month-old on "
        "home oxygen, electricity off since the morning, the portable cylinder has under an hour left, only his "
        "14-year-old sister there, mum out since last night. Told plainly, no alarm word. DESIGN safety rule 1 -> "
        "urgent -> alert_duty. Kacey is named by first name only, so only Alfie Quinn is labelled. No requirements "
        "for a follow_up -> missing [], notice null.",
        not_children=["Gemma Lyle"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2031-02-05 08:31:44"
    text = T("""
KNOWSLEY COUNCIL - SEVERE WEATHER BULLETIN No. 4

Met Office amber warning for snow and ice: Thursday 6 February 06:00 to Friday 7 February 12:00.

What this means for Family First and Children's Social Care staff:
- Home visits on Thursday may be moved to phone or Teams calls where the roads are unsafe. Speak to your team manager.
- The Kirkby and Huyton family hubs will open as warm spaces from 10:00 to 16:00.
- Families on the Priority Services Register should already have had a call from their electricity network operator.

Examples of things to pass on straight away to the MASH duty social work team if you come across them (these are examples for planning, not reports):
- a baby or child on home oxygen or a ventilator in a home that has lost power;
- young children left alone in a cold house;
- a generator or barbecue being run indoors.

Gritting routes and school closures: www.knowsley.gov.uk/winter

Knowsley Council Resilience and Emergency Planning Team
""")
    top = outlook_top(f, addr("Resilience Team", "resilience@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Severe weather bulletin 4 - amber warning snow and ice Thu 6 Feb", when,
                      cc=addr("Knowsley MASH", KMASH))
    add(f, mail(f, top, text, html_alt=True), "knowsley", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "A council severe-weather bulletin that lists example situations to report (a baby on oxygen in a power cut, "
        "children alone in a cold house, a generator indoors) about nobody real -> DESIGN safety rule 1: bulletins "
        "that list examples must not trigger -> not urgent; kind other -> human_review.")

def knowsley_05():
    f = "knowsley_05.eml"; when = "2031-02-24 11:30:25"
    body = T("""
Good morning,

Step down to Level 2 - Brady family (ICS ID 2190553)

Child: Connor Brady, DOB 12/05/2017

Final CIN meeting: Tuesday 4th March 2031 at 10:00, Stockbridge Village Family Hub, Meeting Room 2.

New Lead Practitioner: Joanne Piercy, Family Support Worker, St Aidan's Primary School, who has agreed to take on the role.

What are we worried about?
Connor's attendance fell to 81% over the winter while the family were in the damp flat on Cherryfield Drive; he missed days with coughs and because mum could not get him there in the snow.

What is working well?
The family moved to a warm, dry council house in January. Connor's attendance since then is 96%. Mum works well with school.

I'll send the rest over after the CIN meeting.

Thanks,
Mark

Mark Tierney
Social Worker | Knowsley Children's Social Care
0151 496 0172

""") + KDISC
    top = plain_top(f, addr("Tierney, Mark", "Mark.Tierney@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "Step down L2 - Brady - final CIN 04/03", when, KDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 2, ["2190553"],
        [ch("Connor Brady", "2017-05-12", "12/05/2017")], ["school_attendance"], None, None,
        ["worries_strengths_next"], True, "request_info",
        "Knowsley Level 2 step-down (REQUIREMENTS: meeting_details, worries_strengths_next, lead_practitioner): "
        "meeting with date, time and venue; lead practitioner named with her school. Only two of the three Signs of "
        "Safety headings are answered (no 'what needs to happen') -> missing worries_strengths_next -> request_info. "
        "Notice: Mon 24 Feb -> Tue 4 Mar = 6 WD (no bank holiday) -> ok. Consent and manager not mentioned -> null. "
        "Past attendance dip -> school_attendance.",
        meeting=date(2031, 3, 4), not_children=["Joanne Piercy", "Mark Tierney"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2031-02-13 16:52:18"
    body = T("""
To the MASH team,

I'm a Home Safety Advocate with Merseyside Fire and Rescue. I was asked to call at 22 Roughwood Lane, Kirkby this afternoon to fit smoke alarms after a neighbour rang us about a smell of fumes.

The electricity to the house was disconnected last week. The father, Shane Rafferty, has a petrol generator running in the kitchen with the back door shut to keep the heat in. The kitchen was thick with fumes and the CO alarm we fitted went off within five minutes. He had taken the batteries out of the old one. The two children, Logan Rafferty (3) and baby Poppy Rafferty (7 months), are sleeping on a mattress on the kitchen floor because it's the only warm room.

I switched the generator off while I was there and explained why, but when I left at 4.30 dad said he would put it back on when it gets dark because "the kids can't sleep in the cold". Mum is in hospital. I don't think he will listen.

My number is 0151 496 0650 until 6pm.

Carl Fenwick
Home Safety Advocate, Kirkby Community Fire Station
Merseyside Fire and Rescue Service (invented signature for this test)
""")
    top = plain_top(f, addr("Carl Fenwick", "carl.fenwick@fire.example.org.uk"), addr("Knowsley MASH", KMASH),
                    "22 Roughwood Lane Kirkby - generator in kitchen, two small children", when,
                    "fire.example.org.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Logan Rafferty"), ch("Poppy Rafferty")], ["neglect"], None, None, [], None, "alert_duty",
        "The fire service: a petrol generator running in a shut kitchen where a 3-year-old and a 7-month-old sleep; "
        "the CO alarm went off; the father will restart it when it gets dark. Harm tonight, told plainly with no "
        "alarm word -> DESIGN safety rule 1 -> urgent -> alert_duty. Not a step request -> kind other, missing [].",
        not_children=["Shane Rafferty", "Carl Fenwick"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2031-03-11 12:15:03"
    blocks = [("h", "Family First practice note: 7-minute briefing - carbon monoxide in the home"), "",
        "This briefing is for the team meeting on Thursday. Please read it beforehand.", "",
        ('h', "1. What it is"), "Carbon monoxide (CO) has no smell or colour. Faulty boilers and gas fires, blocked flues, and generators, barbecues or patio heaters used indoors all produce it.", "",
        ('h', "2. Case study (invented for training)"),
        "Child A, aged 2, lives with her father in a flat whose electricity has been cut off. In the case study the father runs a petrol generator in the hallway and Child A becomes sleepy and sick. Discuss: what would you do, and who would you ring?", "",
        ('h', "3. What to look for on a visit"), "Headaches, sickness and drowsiness in several people at once; soot or yellow flames; no working CO alarm.", "",
        ('h', "4. Free alarms"), "Merseyside Fire and Rescue fit CO alarms free on a home safety visit; referral form on the intranet.", "",
        "Elinor Marsh", "Team Manager | Family First Duty Team"]
    top = outlook_top(f, addr("Marsh, Elinor", "Elinor.Marsh@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "7 minute briefing - carbon monoxide (for Thursday's team meeting)", when)
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "A training note: a 7-minute briefing on carbon monoxide with an invented case study ('Child A', a generator "
        "indoors) -> training, nobody real -> DESIGN safety rule 1 -> not urgent; kind other -> human_review.")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2031-01-15 09:20:55"
    body = T("""
Hello MASH,

Step up request - Brennan family. Case ID on EHM: EHM-65877.

Harley Brennan - 17/05/2018
Skye Brennan - 02/12/2021

The step up TAF meeting is Wednesday 22nd January at 1.30pm (Teams) - invite sent to the MASH inbox and business support.

The family have not let any worker into the house since November. The housing repairs team have tried five times to get in to deal with the damp and mould and the broken heating; mum keeps the curtains shut and will only talk through the letterbox. The GCP2 shows physical care and safety at level 4. Dad has said he will not consent to the step up.

Attached: the FF step up form, the GCP2 and the last TAF minutes (December).

My team manager Sian Roper is on leave until Monday - I'll get her to sign it off when she's back.

Thanks,
Lauren

Lauren Hegarty
Family First Case Manager | Knowsley Council
""") + KDISC
    top = outlook_top(f, addr("Hegarty, Lauren", "Lauren.Hegarty@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Brennan EHM-65877", when, cc=addr("MASH Business Support", KBS))
    atts = [docx_att("FF Step Up request to CSC - Brennan.docx", appendix1([
                ("Case ID on EHM:", "EHM-65877"), ("Child(ren):", "Harley Brennan; Skye Brennan"),
                ("What are we worried about?", "No access since November; damp, mould and no heating; GCP2 level 4."),
                ("What is working well?", "Both children attend school; Skye's nursery says she is happy."),
                ("What needs to happen?", "Step up to CSC for a Child and Family Assessment.")])),
            pdf_att("GCP2 - Brennan.pdf", "Graded Care Profile 2 - Brennan", ["Physical care: level 4.", "Safety: level 4."]),
            docx_att("TAF minutes December - Brennan.docx", ["# TAF minutes - Brennan", "Mum did not attend. Agreed next steps."])]
    add(f, mail(f, top, body, atts), "knowsley", "mash_step_up", when, 7,
        "ordinary", "step_up", False, None, ["EHM-65877"],
        [ch("Harley Brennan", "2018-05-17", "17/05/2018"), ch("Skye Brennan", "2021-12-02", "02/12/2021")],
        ["neglect", "non_engagement"], False, None, ["engaging_families", "manager_agreed"], True, "request_info",
        "Knowsley step-up for neglect and non-engagement (no access since November): form, GCP2 and TAF minutes "
        "attached, but no Engaging Families toolkit (required with non_engagement) and the TM's agreement is still to "
        "be got ('I'll get her to sign it off') -> manager_agreed null -> missing [engaging_families, manager_agreed] "
        "-> request_info. 'Dad has said he will not consent' -> consent false. Notice: Wed 15 Jan -> Wed 22 Jan = "
        "exactly 5 WD -> ok.",
        meeting=date(2031, 1, 22), not_children=["Lauren Hegarty", "Sian Roper"])


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2031-02-04 19:34:50"
    text = T("""
Hello, I got this address off the council website, I hope someone reads it tonight.

I live at 14 Alma Terrace SW18. The river has come up and the water is coming in the front doors all along our side of the street. Next door at number 16 the two kids, Maisie Hollins (she's 9) and her little brother Reggie Hollins (4), are on their own upstairs. Their mum went out about 1 o'clock and hasn't come back, her phone goes straight to voicemail. Their lights went off an hour ago, Maisie is shining a torch out the window at me. I can't get to their door, the water in the street is over my knees. The fire brigade are at the other end of the road with the old people.

Maisie shouted that Reggie is cold and crying.

Pat Gormley
07700 900582
""")
    top = plain_top(f, addr("Pat Gormley", "patgormley1958@gmail.example.com"), RSU,
                    "kids on their own next door water coming in", when, "mail.gmail.example.com", None)
    add(f, mail(f, top, text, cte="7bit", crlf=False), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Maisie Hollins"), ch("Reggie Hollins"), ], ["neglect"], None, None, [], None, "alert_duty",
        "A neighbour at night: a 9-year-old and a 4-year-old alone upstairs in a house flooding now, power off, mother "
        "gone since 1pm -> children facing harm tonight -> DESIGN safety rule 1 -> urgent -> alert_duty. No alarm word. "
        "Not a step request -> other, missing [].",
        not_children=["Pat Gormley"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2031-03-12 10:05:30"
    blocks = ["Dear MASH colleagues,", "",
        "Following our reflective discussion, I am stepping up the Begum family to Children's Services. The latest case summary and the rationale are attached.", "",
        ('table', [["Child", "DOB", "Mosaic ID"], ["Zara Begum", "27/02/2025", "1182736"], ["Ayaan Begum", "14/10/2029", "1182737"]]), "",
        "The family of four live in one room of a shared house in Tooting. The wall behind the cot is black with mould and the landlord has refused repairs. Ayaan has been admitted twice with bronchiolitis this winter. Mum's depression has got worse and she told the health visitor she has stopped going out.", "",
        "Mum has consented to the step-up and knows I am writing to you.", "",
        "As Early Help Team Manager I have agreed this step-up.", "",
        "Kind regards,", "Rosalind Achebe", "Early Help Team Manager (Wandsworth South)", "Richmond and Wandsworth Councils"]
    top = outlook_top(f, addr("Achebe, Rosalind", "Rosalind.Achebe@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Begum family", when)
    atts = [docx_att("Case summary - Begum March 2031.docx", ["# Case summary - Begum family",
                     "Early Help since October 2030. One room in a shared house; black mould; landlord refuses repairs.",
                     "Ayaan: two admissions with bronchiolitis. Mum: depression, GP reviewing medication."]),
            docx_att("Rationale for step up - Begum.docx", ["# Rationale for step up",
                     "Early Help support has not changed the housing or mum's mental health; the baby's health is suffering."])]
    add(f, word_mail(f, top, blocks, atts), "richmond_wandsworth", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["1182736", "1182737"],
        [ch("Zara Begum", "2025-02-27", "27/02/2025"), ch("Ayaan Begum", "2029-10-14", "14/10/2029")],
        ["neglect", "parental_mental_health"], True, True, [], None, "book_meeting",
        "Richmond & Wandsworth step-up from the Early Help Team Manager (REQUIREMENTS: case_summary, rationale): both "
        "attached as .docx -> complete -> book_meeting. Mosaic ids in a Word table column headed 'Mosaic ID' -> bare "
        "numbers. One room with black mould and a baby's admissions -> neglect; mum's depression -> "
        "parental_mental_health. 'Mum has consented' -> true; the manager sends and says she agreed -> true. Chronic, "
        "not immediate -> not urgent.",
        not_children=["Rosalind Achebe"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2031-01-27 14:22:16"
    body = T("""
Hi Early Help duty,

As agreed with Jasper on the phone this morning, here is the step down for Esme Paterson (DOB 02/04/2019, Mosaic ID 1179054). Case discussion booked for Thursday 30 January at 11:00.

Background: the family were flooded out of their ground-floor flat in Barnes on 23 December. They spent two weeks in a hotel with emergency accommodation support and were rehoused by the council on 6 January into a dry first-floor flat. That was dealt with: the children's belongings were replaced through the hardship fund and Esme did not miss any school. There are no current safeguarding concerns.

Mum has consented to Early Help carrying on the plan. The latest case summary and the draft Early Help plan are attached.

Thanks,
Owen

Owen Blakeley
Social Worker | Assessment Team | Richmond and Wandsworth Councils

""") + RDISC
    top = plain_top(f, addr("Blakeley, Owen", "Owen.Blakeley@" + RDOM), addr("Early Help Duty", RED),
                    "Step down - Esme Paterson - case discussion Thu 30/01", when, RDOM, "Microsoft Outlook 16.0")
    atts = [pdf_att("Case summary - Paterson.pdf", "Case summary - Esme Paterson",
                    ["Flood December 2030, rehoused 6 January 2031.", "No current concerns. Mum engaging well."]),
            docx_att("Draft Early Help plan - Paterson.docx", ["# Draft Early Help plan",
                    "Settle into the new flat; school transport; family support worker contact fortnightly."])]
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["1179054"],
        [ch("Esme Paterson", "2019-04-02", "02/04/2019")], [], True, None, [], None, "book_meeting",
        "NEAR MISS: a flood that has been dealt with (rehoused 6 January, 'no current safeguarding concerns') -> not "
        "urgent (DESIGN safety rule 1: resolved). 'emergency accommodation' is about the past, not a child now. "
        "R&W step-down (case_summary, draft_plan, consent): both attached, mum consented -> complete -> book_meeting. "
        "No current concern -> concerns [].",
        not_children=["Owen Blakeley"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2031-03-06 15:40:02"
    body = T("""
Hello,

Step down request: Idris Farouk, DOB 30/08/2017, Mosaic ID 1175520.

Idris (13) is his mum's main carer since her MS got worse; he does the shopping and the meter top-ups, and the family have had their water cut off twice this winter for arrears. The water is back on and the arrears are on a payment plan.

Case summary and draft plan attached. I discussed Early Help with Mr Farouk at the visit on Tuesday and he has declined - he does not consent to Early Help continuing the plan. I will try again but wanted you to have this now.

Regards,
Beata Kowalczyk
Social Worker, Richmond and Wandsworth Councils
""") + RDISC
    top = outlook_top(f, addr("Kowalczyk, Beata", "Beata.Kowalczyk@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Idris Farouk", when)
    atts = [pdf_att("Case summary Farouk.pdf", "Case summary - Idris Farouk", ["Young carer. Water supply restored."]),
            docx_att("Draft EH plan - Farouk.docx", ["# Draft Early Help plan", "Young carers service referral; budgeting support."])]
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 8,
        "ordinary", "step_down", False, None, ["1175520"],
        [ch("Idris Farouk", "2017-08-30", "30/08/2017")], ["young_carer"], False, None, ["consent"], None,
        "request_info",
        "R&W step-down with case summary and draft plan attached, but the father 'has declined - he does not consent' "
        "-> consent false -> missing [consent] -> request_info. Water cut off is past and restored. Caring for mum "
        "-> young_carer.",
        not_children=["Beata Kowalczyk"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2031-01-22 08:47:40"
    fwd = T("""
Sent: Wednesday, January 22, 2031 8:41 AM
From: Des (caretaker) 07700 900741
Message: Jo the silver Corsa is still there by the gates. The little lad is still in the back in his car seat, mum went off at 5 to 8 and said 5 mins. Windows iced up inside. He was crying now he's gone quiet. Its locked. Temp on my van says minus 4. Im stood by it
""")
    body = T("""
Good morning,

I'm forwarding a text from our caretaker. The boy is Noah Lindqvist, about 2 - his sister Freya is in our Year 2. Mum dropped Freya at breakfast club at 7.50. I have tried mum's mobile three times and it rings out. We don't know where she has gone.

Jo Barnes
School Business Manager, St Anselm's Primary School, Putney

""") + "\n---------- Forwarded text message ----------\n" + fwd
    top = outlook_top(f, addr("Jo Barnes", "j.barnes@stanselms.example.sch.uk"), addr("MASH Step Up", RSU),
                      "FW: text from Des - child in car by the gates", when, mid_domain="stanselms.example.sch.uk")
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Noah Lindqvist")], ["neglect"], None, None, [], None, "alert_duty",
        "A school forwards its caretaker's text: a 2-year-old locked in a car for nearly an hour at minus 4, windows "
        "iced inside, crying then quiet, mother unreachable -> harm happening now -> DESIGN safety rule 1 -> urgent -> "
        "alert_duty. No alarm word; the facts are in the forwarded text. Freya is named by first name only.",
        not_children=["Jo Barnes"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2031-03-11 11:18:27"
    body = T("""
Hi,

For the file on this one - nothing needed from you.

The electricity network have written to the family (letter below) about a planned power interruption on Tuesday 18 March, 09:00 to 15:00, for cable works. Oscar Whitlock is on the Priority Services Register for his home oxygen. I've spoken to mum: they will spend the day at grandma's in Sheen and Oscar's oxygen supplier is delivering extra cylinders there on Monday. Mum is fine with this.

Thanks,
Hannah Pryor
Health Visitor, Richmond

----- Forwarded letter -----
Dear Customer,
We need to switch off the electricity supply to your home on 18/03/2031 between 09:00 and 15:00 so we can safely replace an underground cable. As you are on our Priority Services Register we will call you the day before. If you have medical equipment that depends on electricity, please make arrangements for the day.
Customer Welfare Team, Thames Valley Networks (invented)
""")
    top = outlook_top(f, addr("Hannah Pryor", "hannah.pryor@nhs.example.net"), addr("Early Help Duty", RED),
                      "RE: [SB-RAW-0112-3KP] Step down - Whitlock - planned power cut 18/03", when,
                      mid_domain="nhs.example.net")
    add(f, mail(f, top, body), "richmond_wandsworth", "early_help_duty", when, 6,
        "near_miss", "follow_up", False, None, [], [ch("Oscar Whitlock")], [], None, None, [], None,
        "attach_to_request",
        "NEAR MISS: a planned power cut for a child on home oxygen, already arranged for (the day at grandma's, extra "
        "cylinders delivered) and 'nothing needed' -> not urgent. Reply carrying [SB-RAW-...] -> follow_up -> "
        "attach_to_request; no requirements for a follow_up.",
        not_children=["Hannah Pryor"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2031-03-13 09:14:08"
    add(f, itip_reply(f, when, "Jasper Quint", "jasper.quint@" + RDOM, ("MASH Step Up", RSU), "ACCEPTED",
                      "Step-up case discussion - Begum [SB-RAW-0131-9TF]", "20310317T100000", "20310317T110000",
                      "Microsoft Teams Meeting"),
        "richmond_wandsworth", "mash_step_up", when, 1,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "An Outlook iTIP REPLY (PARTSTAT=ACCEPTED) from the Early Help manager to the step-up case discussion stepbot "
        "booked -> meeting_reply -> record_reply; no requirements.")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2031-02-06 07:52:31"
    add(f, ooo(f, when, "Kiran Dhaliwal", "kiran.dhaliwal@" + RDOM, addr("Early Help Duty", RED),
               "Step down - Farouk - draft plan",
               T("""
Thank you for your email. I am working from home today and tomorrow because of the snow and the road closures in Ham. I will reply when I can. For anything that cannot wait please contact the Early Help duty line.

Kiran Dhaliwal
Early Help Practitioner
""")), "richmond_wandsworth", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "An out-of-office (Auto-Submitted: auto-replied) about the snow -> auto_reply -> ignore (DESIGN safety rule 2).")


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2031-01-13 16:20:45"
    blocks = ["MAST,", "",
        "New birth visit today, 14:30, Flat 9 Jamestown House, E1.", "",
        ('table', [["", ""], ["Infant", "Ayesha Khatun, DOB 04/01/2031 (day 9)"], ["Temp (axillary)", "35.8 C, rechecked 35.9 C"],
                   ["Feeding", "2 feeds since 6am, sleepy at the breast"], ["Room temp", "11 C (my thermometer)"]]), "",
        "No heating or hot water: the boiler was condemned by the gas engineer on Friday and the electric key ran out yesterday. Mum (19) is alone; partner in Bangladesh. I advised A&E for the baby's temperature and feeding; mum declined and said she will keep the gas oven on with the door open tonight and sleep with the baby on the sofa next to it.", "",
        "I left at 15:40. Mum will not pick up since. I'm back in the office and can't return today.", "",
        "Farzana Hoque", "Health Visitor, 0-19 Service", "07700 900263"]
    top = outlook_top(f, addr("Hoque, Farzana", "farzana.hoque@nhs.example.net"), addr("MAST", TMAST),
                      "Baby Ayesha Khatun - new birth visit 13/01", when, mid_domain="nhs.example.net")
    add(f, word_mail(f, top, blocks), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Ayesha Khatun", "2031-01-04", "04/01/2031")], ["neglect"],
        None, None, [], None, "alert_duty",
        "A health visitor's clinical note in a Word table: a 9-day-old at 35.8 C feeding poorly in an 11 C flat, A&E "
        "declined, and tonight the gas oven open beside the sofa where mother and baby will sleep -> harm tonight -> "
        "DESIGN safety rule 1 -> urgent -> alert_duty. No alarm word. Sent to MAST but not a request -> other.",
        not_children=["Farzana Hoque"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2031-02-05 20:06:12"
    text = T("""
Hello please help me. Little boy from flat 23 on my floor, he say his name Tayo Adeyemi, he is 7 maybe 8. He is sitting outside his door in the snow on the balcony since I come home 7 o'clock, now is after 8. He knock and knock, nobody open, lights is off inside. He have only school jumper and no coat. I give him my scarf and biscuit. He say mummy at work and she come back "late late". I try to take him in my flat but he is scared to come, he say mummy say never go with people. It is very cold, he is shaking.

Address: 23 Glenkerry House, Brownfield Estate, E14.
My name Elena Popescu, flat 25, 07700 900918.
""")
    top = plain_top(f, addr("Elena Popescu", "elena.popescu88@yahoo.example.com"), TMAST,
                    "boy outside in snow flat 23", when, "yahoo.example.com", None)
    add(f, mail(f, top, text, html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "urgent", "other", True, None, [], [ch("Tayo Adeyemi")], ["neglect"], None, None, [], None, "alert_duty",
        "A neighbour in broken English at 8pm: a 7-year-old locked out in the snow for over an hour, no coat, "
        "shaking, no answer at the door, mother 'late late' -> harm now -> DESIGN safety rule 1 -> urgent -> "
        "alert_duty. No alarm word.",
        not_children=["Elena Popescu"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2031-02-27 17:05:33"
    comment = ("Sorry, can't make Monday. I'm at the Chowdhury flat now - the flat above flooded and the kitchen ceiling "
               "has come down, water coming through the light fittings, electric off. Mum went to A&E with the baby at 3 "
               "and hasn't come back, her phone is off. Rahim Chowdhury (12), Sadia Chowdhury (9) and Imran Chowdhury "
               "(5) are here with me and there's no other adult. I have to leave at 6 to collect my own children.")
    add(f, itip_reply(f, when, "Shamima Rahman", "shamima.rahman@" + TDOM, ("Early Help Hub", TEH), "DECLINED",
                      "TAF meeting - Chowdhury family", "20310303T140000", "20310303T150000",
                      "Shadwell Family Hub, Room 1", comment=comment),
        "tower_hamlets", "early_help_duty", when, 3,
        "urgent", "meeting_reply", True, None, [],
        [ch("Rahim Chowdhury"), ch("Sadia Chowdhury"), ch("Imran Chowdhury")], ["neglect"], None, None, [], None,
        "alert_duty",
        "A DECLINED iTIP reply whose comment tells of three children (12, 9 and 5) in a flooded flat with the ceiling "
        "down and no power, mother gone since 3pm, and the only adult leaving at 6 -> children alone tonight -> "
        "DESIGN safety rule 1 (a meeting reply's comment is read) -> urgent -> alert_duty outranks record_reply.",
        not_children=["Shamima Rahman"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2031-02-18 10:33:50"
    body = T("""
Dear Early Help Hub,

Re: Damp and mould complaint HRM/31/00872 - Flat 4, Brokesley House, E3

Your Early Help practitioner asked us for an update.

- Surveyor inspected on 14 February 2031: penetrating damp from a roof defect, black mould in the rear bedroom.
- Works booked for 3 March 2031: roof repair, mould wash and treatment, new extractor fan in the bathroom.
- A dehumidifier was delivered on 15 February. The family are using the front room for sleeping until the works are done, which they were happy with.
- No other issues were raised. The health visitor already knows about the youngest child's asthma.

We will confirm when the works are complete.

Repairs Team (Damp and Mould)
Tower Hamlets Homes (invented for this test)
""")
    top = plain_top(f, addr("Damp and Mould Repairs", "dampandmould@homes.example.org.uk"), addr("Early Help Hub", TEH),
                    "Damp and mould complaint HRM/31/00872 - update", when, "homes.example.org.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "tower_hamlets", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a housing repairs team's update on a mould complaint with repairs booked and a dehumidifier in "
        "place -> a worry already being dealt with -> not urgent; kind other -> human_review. 'HRM/31/00872' is a "
        "housing reference, not a case id.")

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2031-03-06 13:02:19"
    body = T("""
Hi,

I'm a student social worker on placement with the Bethnal Green team and I'm writing a reflective piece for my portfolio. Could someone tell me how it would work hypothetically: if a baby on home oxygen lost power overnight and the parent had been drinking, would that go to MAST or to the out-of-hours team? And would Early Help ever be involved? There is no real family - it's a scenario from our winter-planning seminar.

Thanks for your help,
Tomasz Wiśniewski
Student Social Worker
""")
    top = plain_top(f, addr("Tomasz Wiśniewski", "tomasz.wisniewski@" + TDOM), addr("Early Help Hub", TEH),
                    "Question for my portfolio (hypothetical)", when, TDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "tower_hamlets", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a student's hypothetical ('There is no real family') about a baby on oxygen in a power cut -> "
        "hypothetical -> not urgent (DESIGN safety rule 1); kind other -> human_review.")

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2031-03-10 12:40:56"
    blocks = ["Dear Early Help Hub,", "",
        "I am stepping down Yusuf Mahmood (DOB 02/11/2026, Mosaic 1204418) to Early Help. The Child and Family Assessment concluded on 3 March 2031 and I will chair the TAF meeting on Friday 14 March at 10:00 at Columbia Market Nursery School.", "",
        ('table', [["Item", "Detail"], ["Assessment", "C&F assessment attached (PDF)"], ["Draft plan", "Early Help draft plan attached (Word)"],
                   ["Consent", "Mum and dad consented to the step down on 5 March"],
                   ["Lead Practitioner", "Rukhsana Ali, Family Support Worker, Columbia Market Nursery School"]]), "",
        "The family were in an overcrowded, damp flat with no working heating when we started; they moved in February to a three-bedroom flat and things have settled.", "",
        "Best wishes,", "Daniel Okoro", "Social Worker, Children's Social Care, London Borough of Tower Hamlets"]
    top = outlook_top(f, addr("Okoro, Daniel", "daniel.okoro@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Yusuf Mahmood - TAF 14/03", when)
    atts = [pdf_att("CFA - Mahmood.pdf", "Child and Family Assessment - Yusuf Mahmood",
                    ["Concluded 03/03/2031. Outcome: step down to Early Help."]),
            docx_att("Early Help draft plan - Mahmood.docx", ["# Early Help draft plan", "Nursery attendance, housing support, parenting group."])]
    add(f, word_mail(f, top, blocks, atts), "tower_hamlets", "early_help_duty", when, 9,
        "ordinary", "step_down", False, None, ["1204418"],
        [ch("Yusuf Mahmood", "2026-11-02", "02/11/2026")], [], True, None, [], None, "book_meeting",
        "Tower Hamlets step-down (REQUIREMENTS: assessment, draft_plan, consent, lead_practitioner): CFA PDF, draft "
        "plan .docx, consent stated, lead practitioner named with agency -> complete -> book_meeting. 'Mosaic 1204418' "
        "-> bare number. Past housing, no listed concern -> concerns [].",
        not_children=["Rukhsana Ali", "Daniel Okoro"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2031-04-01 11:15:22"
    body = T("""
Hello MAST,

Please see the attached Request for Support for the Nowak family: Kacper Nowak (12/07/2021) and Lena Nowak (05/03/2024).

The family's flat has had no heating since December; both children have chilblains and Lena has been at the GP three times with chest infections. Mum is very low and told me she stays in bed most days. Mum consents to the referral.

I have discussed this with my manager and she is reviewing the request - she will confirm by Thursday.

Many thanks,
Agnieszka Lis
Targeted Early Help Practitioner, Tower Hamlets
""") + TDISC
    top = outlook_top(f, addr("Lis, Agnieszka", "agnieszka.lis@" + TDOM), addr("MAST", TMAST),
                      "Request for Support - Nowak", when)
    atts = [docx_att("MAST Request for Support - Nowak.docx", ["# Request for Support",
                     "Children: Kacper Nowak, Lena Nowak.", "Reason: no heating since December, mum's low mood."])]
    add(f, mail(f, top, body, atts), "tower_hamlets", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, [],
        [ch("Kacper Nowak", "2021-07-12", "12/07/2021"), ch("Lena Nowak", "2024-03-05", "05/03/2024")],
        ["neglect", "parental_mental_health"], True, None, ["manager_agreed"], None, "request_info",
        "Tower Hamlets step-up to MAST (REQUIREMENTS: request_for_support, manager_agreed): the form is attached, but "
        "the manager 'is reviewing the request' -> pending -> null -> missing [manager_agreed] -> request_info. "
        "'Mum consents' -> true. BST date (+0100, after 30 March).",
        not_children=["Agnieszka Lis"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2031-04-09 10:48:31"
    body = T("""
Hi both,

Just to update on Hana Miah: the power went off across the block at about 7am today. Hana's oxygen concentrator switched over to its backup battery and mum moved her to the cylinder as she has been shown. UK Power Networks restored the supply at 7:40, within the hour. I rang mum at 9 and everything is back to normal; Hana is well.

No further action needed from anyone - I'll mention it at the TAF.

Nadim

Nadim Rahman
Early Help Co-ordinator, Tower Hamlets
""")
    top = outlook_top(f, addr("Rahman, Nadim", "nadim.rahman@" + TDOM), addr("Early Help Hub", TEH),
                      "RE: [SB-TWH-0208-6MN] Step down - Miah", when)
    add(f, mail(f, top, body), "tower_hamlets", "early_help_duty", when, 4,
        "near_miss", "follow_up", False, None, [], [ch("Hana Miah")], [], None, None, [], None, "attach_to_request",
        "NEAR MISS: a power cut for a baby on oxygen that was restored within the hour, backup battery and cylinder "
        "worked, 'Hana is well' -> resolved -> not urgent. [SB-TWH-...] reply -> follow_up -> attach_to_request.")


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2031-02-07 09:25:14"
    body = T("""
Hello,

Lily-Mae Pascoe (Year 6, 11) rang the school office at 8.40 from home. She says her dad went out in the snow at about 9 o'clock last night to get money for the electric and he hasn't come back. She is at home with her brother Alfie Pascoe, who is 3. The electric is off so there's no heating and no lights; she gave Alfie dry cereal. She doesn't want to leave him to come to school. Dad's phone goes to voicemail. Mum lives in Plymouth and has no contact.

Address: 3 Warren Cottages, Barton, Torquay. Lily-Mae is still on the phone to our office manager.

Sarah Pengelly
Family Support Worker, Barton Hill Academy (invented)
01803 496 0117
""")
    top = outlook_top(f, addr("Sarah Pengelly", "s.pengelly@bartonhill.example.sch.uk"), addr("Torbay MASH", BMASH),
                      "Lily-Mae Pascoe - on the phone now", when, mid_domain="bartonhill.example.sch.uk")
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Lily-Mae Pascoe"), ch("Alfie Pascoe")], ["neglect"],
        None, None, [], None, "alert_duty",
        "A school: an 11-year-old and a 3-year-old alone since last night in a house with no power or heating in the "
        "snow, their father who went out in the snow not back -> harm now -> DESIGN safety rule 1 -> urgent -> "
        "alert_duty. No alarm word. The parent, not the children, is gone -> no 'missing' concern.",
        not_children=["Sarah Pengelly"])

def torbay_02():
    f = "torbay_02.eml"; when = "2031-03-03 16:40:38"
    blocks = ["Dear MASH,", "",
        "Contact to MASH: Lowe family", "",
        ('table', [["Name", "DOB"], ["Tia Lowe", "02/05/2027"], ["Kayden Lowe", "18/01/2031"]]), "",
        "Early Help has worked with mum since Kayden's birth. Home conditions have gone down; there are rent and energy arrears and mum has missed three of Kayden's health appointments.", "",
        "Mum consented to this contact to MASH at my visit today. My ATM, Silas Penrose, has agreed the step-up.", "",
        "Regards,", "Becky Tozer", "Early Help Practitioner, Torbay Council", "",
        "PS - when I got there at 3 today the electric had been cut off (pre-payment, no credit). Kayden (6 weeks) was in his cot in just a vest and nappy, and my room thermometer read 9 degrees. Mum said she'll sort the meter tomorrow when her money comes in and asked me to leave. There's nothing else to heat the flat tonight."]
    top = outlook_top(f, addr("Tozer, Becky", "becky.tozer@" + BDOM), addr("Torbay MASH", BMASH),
                      "Contact to MASH - Lowe", when)
    add(f, word_mail(f, top, blocks), "torbay", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, [],
        [ch("Tia Lowe", "2027-05-02", "02/05/2027"), ch("Kayden Lowe", "2031-01-18", "18/01/2031")], ["neglect"],
        True, True, [], None, "alert_duty",
        "A Word HTML Torbay step-up (REQUIREMENTS: consent, manager_agreed - both stated -> missing []) whose PS tells "
        "of a 6-week-old in a vest in a 9 C flat with no power and nothing to heat it tonight -> DESIGN safety rule 1 "
        "(every part read) -> urgent -> alert_duty comes first.",
        not_children=["Becky Tozer", "Silas Penrose"])

def torbay_03():
    f = "torbay_03.eml"; when = "2031-02-11 13:10:27"
    body = T("""
Dear Torbay MASH,

I work in the Customer Welfare Team at Westcountry Power Networks (invented). I'm writing because I don't know who else to tell.

At 12:40 we had a call on our Priority Services line from Jade Harvey, 11 Breakwater Road, Brixham. Her son Theo Harvey is 5 months old and depends on a home ventilator. The power has been off in her street since 06:15 because of storm damage to our overhead lines. The ventilator's internal battery showed 50 minutes left when she rang. Our generator van cannot get to Brixham until tomorrow afternoon because the coast road is closed by fallen trees. She has no car and her partner is at sea. She also has two other children at home.

We rang 999 for her at 12:50 and were told there would be a long wait because of the storm. We have tried to call her back twice since 13:00 and it rings out.

Marion Stacey
Customer Welfare Team, Westcountry Power Networks (invented)
0800 496 0244
""")
    top = outlook_top(f, addr("Marion Stacey", "marion.stacey@powernetworks.example.co.uk"), addr("Torbay MASH", BMASH),
                      "Priority Services customer Brixham - baby on ventilator, power off", when,
                      mid_domain="powernetworks.example.co.uk")
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Theo Harvey")], [], None, None, [], None, "alert_duty",
        "An energy company's welfare team: a 5-month-old on a home ventilator, power off since 06:15 in a storm, "
        "battery minutes from running out, no way out, the mother not answering -> harm now -> DESIGN safety rule 1 "
        "-> urgent -> alert_duty. No alarm word. No parental failing and no listed concern category fits a "
        "storm outage -> concerns [].",
        not_children=["Jade Harvey", "Marion Stacey"])

def torbay_04():
    f = "torbay_04.eml"; when = "2031-01-21 19:12:05"
    body = T("""
hi, sorry if this is the wrong place, the lady from the family hub gave me this email.

I got a letter today saying I've been paid a Cold Weather Payment of £25 because it was freezing for 7 days. Thank you for that but I'm really worried about the gas, I put £40 on the key on Friday and it's nearly gone. The boys are fine, I keep the heating on for them when they're in and they've got thick duvets, I just wear my coat. Is there any help with the bills? I don't want to get in debt again.

thanks
Kirsty
""")
    top = plain_top(f, addr("kirsty b", "kirstyb_92@hotmail.example.com"), addr("Early Help", BEH),
                    "cold weather payment letter and bills", when, "hotmail.example.com", None)
    add(f, mail(f, top, body, html_alt=True), "torbay", "early_help_duty", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a parent with a Cold Weather Payment letter worried about bills; the children are warm ('The boys "
        "are fine, I keep the heating on for them') -> no child facing harm -> not urgent; other -> human_review.")

def torbay_05():
    f = "torbay_05.eml"; when = "2031-01-16 12:00:41"
    html_body = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:11pt">
<h1 style="color:#00607A">Torbay Early Help News - Winter 2031</h1>
<h2>Getting ready for storms</h2>
<p>Storm season is here. Please check that families you work with who use electrically powered medical equipment are on the Priority Services Register. Families can sign up by phone or online.</p>
<h2>Warm spaces</h2>
<p>Eleven warm spaces are open across Torquay, Paignton and Brixham this winter, with free hot drinks and phone charging.</p>
<h2>What would you do? (training quiz)</h2>
<p>Our quiz this month imagines some winter situations: children alone in a flooded house, a baby whose oxygen supply stops in a power cut, a toddler left in a cold car. Answers and the right numbers to call are on page 4 of the online edition.</p>
<h2>Cold Weather Payments</h2>
<p>Families on certain benefits get £25 for each 7-day cold spell. It is paid automatically.</p>
<p style="font-size:9pt;color:#666">You are receiving this newsletter because you work with Torbay Early Help. Unsubscribe via the intranet.</p>
</body></html>
""")
    top = outlook_top(f, addr("Torbay Early Help Communications", "earlyhelp.news@" + BDOM), addr("Early Help", BEH),
                      "Torbay Early Help News - Winter 2031", when)
    add(f, html_only(f, top, html_body), "torbay", "early_help_duty", when, 1,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: an HTML-only newsletter whose training quiz imagines children alone in a flood, a baby's oxygen "
        "stopping and a toddler in a cold car -> examples about nobody real -> not urgent; other -> human_review.")

def torbay_06():
    f = "torbay_06.eml"; when = "2031-02-26 10:22:49"
    body = T("""
Hi Early Help,

Please could Maisie Bovey (DOB 11/06/2027) have a slot at triage for step down to Early Help at Level 3.

Single Assessment attached. My team manager, Gareth Pym, has agreed the step down.

Worries: mum's anxiety, which got worse when the family were in the damp flat over the autumn; they moved to a housing association house in January and things have improved.

Mum seemed happy in principle but I haven't formally asked her yet - I'll confirm her consent at my visit on Thursday.

Thanks
Claire Hext
Social Worker, Torbay Children's Services
""") + BDISC
    top = outlook_top(f, addr("Hext, Claire", "claire.hext@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - Maisie Bovey - step down L3", when)
    atts = [pdf_att("Single Assessment - Bovey.pdf", "Single Assessment - Maisie Bovey",
                    ["Outcome: step down to Early Help Level 3.", "Mum's anxiety; housing resolved January 2031."])]
    add(f, mail(f, top, body, atts), "torbay", "early_help_duty", when, 7,
        "ordinary", "step_down", False, 3, [], [ch("Maisie Bovey", "2027-06-11", "11/06/2027")],
        ["parental_mental_health"], None, True, ["consent"], None, "request_info",
        "Torbay step-down, Level 3 (REQUIREMENTS: assessment, manager_agreed, consent): assessment attached, TM "
        "agreed; consent still to be asked ('I'll confirm her consent at my visit') -> null -> missing [consent] -> "
        "request_info. Maisie is 3 -> the fortnightly under-5s triage (not a labelled field).",
        not_children=["Claire Hext", "Gareth Pym"])

def torbay_07():
    f = "torbay_07.eml"; when = "2031-03-17 14:55:10"
    body = T("""
Good afternoon,

Step down to Early Help, Level 3, for:
Jacob Tremayne 03/10/2016
Ellie Tremayne 22/01/2019

The Single Assessment is attached. Dad has consented to the step down and to Early Help working with the family. My TM, Gareth Pym (copied), has agreed it.

The main worry now is school attendance: Jacob is at 84%, mostly Mondays. The family's storm-damaged roof is now fixed and the children are back in their own bedrooms.

Please can they go to the next Tuesday triage.

Josh Ellery
Social Worker, Torbay Children's Services
""") + BDISC
    top = outlook_top(f, addr("Ellery, Josh", "josh.ellery@" + BDOM), addr("Early Help", BEH),
                      "Step down L3 - Tremayne", when, cc=addr("Pym, Gareth", "gareth.pym@" + BDOM))
    atts = [pdf_att("Single Assessment - Tremayne.pdf", "Single Assessment - Tremayne children",
                    ["Outcome: step down to Early Help Level 3."])]
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, [],
        [ch("Jacob Tremayne", "2016-10-03", "03/10/2016"), ch("Ellie Tremayne", "2019-01-22", "22/01/2019")],
        ["school_attendance"], True, True, [], None, "book_meeting",
        "Torbay step-down Level 3: assessment attached, dad consented, TM agreed (copied) -> complete -> "
        "book_meeting (weekly Tuesday triage; no child under 5). Past storm damage fixed. Attendance 84% -> "
        "school_attendance.",
        not_children=["Josh Ellery", "Gareth Pym"])

def torbay_08():
    f = "torbay_08.eml"; when = "2031-03-27 11:08:36"
    body = T("""
Dear MASH,

I'd like to make a contact to MASH for Ruby Coombe (DOB 09/12/2015). Ruby is missing a lot of school (71% this term) and she has told her tutor the house is so cold that she stays in bed under the duvet in the mornings.

My assistant team manager agreed this contact at supervision yesterday.

I raised it with dad on the phone this morning. He has refused consent and says he doesn't want social services involved.

Kind regards
Amy Widdicombe
Early Help Practitioner, Torbay Council
""") + BDISC
    top = outlook_top(f, addr("Widdicombe, Amy", "amy.widdicombe@" + BDOM), addr("Torbay MASH", BMASH),
                      "Contact to MASH - Ruby Coombe", when)
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, [], [ch("Ruby Coombe", "2015-12-09", "09/12/2015")],
        ["school_attendance"], False, True, ["consent"], None, "request_info",
        "Torbay step-up (REQUIREMENTS: consent, manager_agreed): ATM agreed -> true; dad 'has refused consent' -> "
        "false -> missing [consent] -> request_info. Cold house and 71% -> school_attendance. GMT (Thu 27 March, "
        "before BST begins on 30 March).",
        not_children=["Amy Widdicombe"])


# ============================================================================= HEREFORDSHIRE
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2031-02-10 21:15:40"
    body = T("""
Herefordshire MASH,

Hereford and Worcester Fire and Rescue, Ross-on-Wye station. We have been working with the Environment Agency on the evacuation of Riverside Cottages, Hoarwithy, since 18:00; the Wye is still rising and is expected to peak at about 03:00.

At 2 Riverside Cottages the father, Lee Whitfield, refused to leave. He had been drinking and became aggressive with crews. His daughters Grace Whitfield (8) and Poppy Whitfield (6) are in the house with him. The ground floor has about a metre of water; the power is off and they are upstairs. Police have been told but they are stretched across the county tonight. We cannot remove the children against his will.

Our crews are leaving the village at 21:30 to attend other calls.

Station Manager Rob Hensley
Hereford and Worcester Fire and Rescue Service (invented signature for this test)
07700 900677
""")
    top = plain_top(f, addr("Rob Hensley", "rob.hensley@fire.example.gov.uk"), addr("Herefordshire MASH", HMASH),
                    "Riverside Cottages Hoarwithy - two children, father refused evacuation", when,
                    "fire.example.gov.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "herefordshire", "mash_step_up", when, 4,
        "urgent", "other", True, None, [], [ch("Grace Whitfield"), ch("Poppy Whitfield")],
        ["neglect", "substance_misuse"], None, None, [], None, "alert_duty",
        "The fire service at night: two girls (8 and 6) in a flooding cottage with a drunk father who refused "
        "evacuation, river peaking at 03:00, crews leaving -> harm tonight -> DESIGN safety rule 1 -> urgent -> "
        "alert_duty. No alarm word. Father drinking -> substance_misuse; keeping the children there -> neglect.",
        not_children=["Lee Whitfield", "Rob Hensley"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2031-02-19 10:02:26"
    text = T("""
hi its Kerry at Little Acorns nursery Ledbury. Jayden Price's mum just rang to say he won't be in, the gas fire's been making them all sick and sleepy since they got up, and the baby won't wake up properly. she doesn't want an ambulance cos of the cost. they're still in the house with the fire on. what do i do??

Sent from my Galaxy
""")
    top = plain_top(f, addr("Kerry Little Acorns", "littleacorns.ledbury@gmail.example.com"),
                    addr("Early Help Co-ordinators", HEH), "Jayden Price", when, "mail.gmail.example.com", None)
    add(f, mail(f, top, text, cte="7bit", crlf=False), "herefordshire", "early_help_duty", when, 2,
        "urgent", "other", True, None, [], [ch("Jayden Price")], ["neglect"], None, None, [], None, "alert_duty",
        "A nursery worker's mobile message: a family sick and sleepy from a gas fire since morning (carbon monoxide "
        "signs), a baby who won't wake properly, still in the house with the fire on, mother refusing an ambulance -> "
        "harm now -> DESIGN safety rule 1 -> urgent -> alert_duty. No alarm word. The baby is not named.")

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2031-01-14 11:45:19"
    body = T("""
Dear Early Help Co-ordinator team,

Please find attached the Early Help Assessment step-down plan (Level 3) for Finley Lloyd, DOB 14/02/2018, and mum's signed consent form.

Key person: Megan Hale, Pastoral Lead, Bromyard Primary School, who has agreed to lead.

Background for the co-ordinator: in November 2030 the family were flooded out of their home and for a week ran a generator in the utility room. The fire service visited, removed it and fitted CO alarms; the family moved to their grandparents' and returned home in December once the house was dried out. There have been no incidents since, and the s47 found no ongoing concerns.

I discussed this with Verity at the Tuesday drop-in last week.

Kind regards
Ffion Parry
Social Worker, Herefordshire Council
""") + HDISC
    top = outlook_top(f, addr("Parry, Ffion", "ffion.parry@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down plan - Finley Lloyd", when)
    atts = [docx_att("EHA step-down plan - Lloyd.docx", ["# Early Help Assessment step-down plan",
                     "What needs to happen: school support; family budgeting; review at MAG.", "Key person: Megan Hale."]),
            pdf_att("Signed consent - Lloyd.pdf", "Early Help consent form", ["I consent to Early Help support.", "Signed: S. Lloyd (mum)"])]
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 6,
        "near_miss", "step_down", False, 3, [], [ch("Finley Lloyd", "2018-02-14", "14/02/2018")], [], True, None,
        [], None, "book_meeting",
        "NEAR MISS: a generator indoors after a flood, but in November 2030, removed by the fire service, 'no "
        "incidents since' -> historic and resolved -> not urgent. Herefordshire step-down (consent_form, draft_plan, "
        "lead_practitioner): plan and signed consent form attached, key person named with school -> complete -> "
        "book_meeting. Signed consent -> consent true. No current concern -> [].",
        not_children=["Megan Hale", "Ffion Parry"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2031-02-05 14:30:07"
    inner = T("""
Dear patients,

Because of the forecast snow and ice, our branch surgery at Much Birch will be closed on Thursday 6 and Friday 7 February. The baby immunisation clinic on Thursday is cancelled and will be rebooked. Please keep babies and young children warm: set the heating to at least 18 degrees in the rooms they sleep in if you can. If you are worried about a child's health, ring 111 or your surgery.

Wye Valley Medical Practice (invented)
""")
    body = T("""
FYI in case any families ask you - nothing to action.

Hannah

Hannah Ingram
Health Visitor, Herefordshire
""") + quote("Wye Valley Medical Practice <reception@wyevalley.example.nhs.uk>", "05 February 2031 12:10",
             "Patients list", "Snow and ice - branch closure and clinic changes", inner)
    top = outlook_top(f, addr("Ingram, Hannah", "hannah.ingram@nhs.example.net"), addr("Early Help Co-ordinators", HEH),
                      "FW: Snow and ice - branch closure and clinic changes", when, mid_domain="nhs.example.net")
    add(f, mail(f, top, body), "herefordshire", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a forwarded GP practice notice about snow, a closure and keeping babies warm -> general advice, no "
        "child -> not urgent; other -> human_review.")

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2031-03-03 18:20:44"
    body = T("""
Hello,

I am mother from Leominster, my family worker say I can write here. I am very worry about electric bill, the prepay meter it take so much money in winter, I put £30 every 3 days. The children is fine and warm, I put heater in their room every night and they eat school dinner, no problem for them. Only for me I feel stress and I cannot sleep because of the money. Please is there some help with the bills or a fund?

Thank you very much
Agata Zielinska
""")
    top = plain_top(f, addr("Agata Zielinska", "agata.zielinska@wp.example.pl"), addr("Early Help Co-ordinators", HEH),
                    "help with electric bill please", when, "wp.example.pl", None)
    add(f, mail(f, top, body), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a parent in non-native English worried about bills; the children are 'fine and warm' -> no child "
        "facing harm -> not urgent; other -> human_review.")

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2031-03-20 15:10:58"
    body = T("""
Hi team,

Step-down plan attached for the Bevan siblings (Level 3):
Amelia Bevan - 30/05/2022
Oliver Bevan - 08/11/2024

Lead: Jo Francis, Family Support Worker, Kington Children's Centre, has agreed to be the key person.

The family lived in one room of a relative's house with black mould until February; they now have their own housing association flat. The remaining worry is mum's low mood.

Mum gave her consent verbally at the visit yesterday. I've left the consent form with her and will send the signed form when I get it back.

Thanks
Imran Siddiqui
Social Worker, Herefordshire Council
""") + HDISC
    top = outlook_top(f, addr("Siddiqui, Imran", "imran.siddiqui@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Bevan siblings", when)
    atts = [docx_att("Step-down plan - Bevan.docx", ["# Early Help Assessment step-down plan - Bevan",
                     "What needs to happen: GP support for mum; children's centre sessions; housing settling-in support."])]
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, [],
        [ch("Amelia Bevan", "2022-05-30", "30/05/2022"), ch("Oliver Bevan", "2024-11-08", "08/11/2024")],
        ["parental_mental_health"], True, None, ["consent_form"], None, "request_info",
        "Herefordshire sibling-group step-down: plan attached, key person named with agency; mum consented verbally "
        "-> consent true, but the signed consent form (a document id) is not attached -> missing [consent_form] -> "
        "request_info.",
        not_children=["Jo Francis", "Imran Siddiqui"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2031-04-03 09:35:12"
    body = T("""
Dear MASH,

I'd like to step up the Morris family to Children's Social Care.

Lacey Morris (17/01/2020) and Kai Morris (04/08/2023) live with mum and dad in one room above a shop in Hereford. There is black mould on every wall, the window doesn't shut, and Kai has been prescribed inhalers twice this winter. The landlord won't repair and the family say they can't afford to move. Both parents agree to the referral.

My manager doesn't think this meets the threshold for social care and has not agreed the step-up, but I'm sending it because I'm worried nothing is changing.

Sophie Grainger
Early Help Practitioner, Herefordshire Council
""") + HDISC
    top = outlook_top(f, addr("Grainger, Sophie", "sophie.grainger@" + HDOM), addr("Herefordshire MASH", HMASH),
                      "Step up request - Morris", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 8,
        "ordinary", "step_up", False, None, [],
        [ch("Lacey Morris", "2020-01-17", "17/01/2020"), ch("Kai Morris", "2023-08-04", "04/08/2023")],
        ["neglect"], True, False, [], None, "human_review",
        "A Herefordshire step-up: the seed defines no step-up (REQUIREMENTS: 'step_up is not defined by this seed') "
        "-> missing [] -> human_review. Chronic mould in one room, not immediate -> not urgent. 'Both parents agree "
        "to the referral' -> consent true; manager 'has not agreed' -> false. BST (+0100).",
        not_children=["Sophie Grainger"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2031-04-09 12:05:49"
    body = T("""
Hi,

Please find attached the signed consent form for the Bevan children - mum signed it at my visit this morning.

Thanks
Imran

Imran Siddiqui
Social Worker, Herefordshire Council
""") + HDISC
    top = outlook_top(f, addr("Siddiqui, Imran", "imran.siddiqui@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-HER-0077-2QW] Step down - Bevan siblings", when)
    atts = [pdf_att("Consent form signed - Bevan.pdf", "Early Help consent form - Bevan",
                    ["I consent to my children being stepped down to Early Help.", "Signed: mum, 09/04/2031"])]
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, [], [], [], True, None, [], None, "attach_to_request",
        "A reply carrying [SB-HER-...] with the signed consent form -> follow_up -> attach_to_request; no "
        "requirements for a follow_up. 'mum signed it' -> consent true. Children named by surname only -> [].",
        not_children=["Imran Siddiqui"])


# ============================================================================= self-checks and writing
WINDOW = (date(2031, 1, 6), date(2031, 4, 10))
BANK_HOLIDAYS = {date(2031, 1, 1): "New Year's Day", date(2031, 4, 11): "Good Friday",
                 date(2031, 4, 14): "Easter Monday", date(2031, 5, 5): "May Day",
                 date(2031, 5, 26): "Spring Bank Holiday", date(2031, 8, 25): "Late Summer Bank Holiday",
                 date(2031, 12, 25): "Christmas Day", date(2031, 12, 26): "Boxing Day"}
FORBIDDEN = re.compile(r"urgent|immediate|emergency|at risk|risk of harm|danger|\bASAP\b", re.I)
CONCERNS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
            "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation", "school_attendance",
            "young_carer", "disability_send"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}

def easter(y):
    a = y % 19; b, c = divmod(y, 100); d, e = divmod(b, 4); g = (8 * b + 13) // 25
    f_ = (b + 8) // 25; g = (b - f_ + 1) // 3
    h = (19 * a + b - d - g + 15) % 30; j, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * j - h - k) % 7; m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(y, month, day + 1)

def working_days(today, meeting):
    n, d = 0, today
    while d < meeting:
        d += timedelta(days=1)
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n += 1
    return n

def parse_dob(w):
    for fmt in ("%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(w, fmt).date()
        except ValueError:
            pass
    raise ValueError(w)

def requirement_ids():
    import yaml
    base = "/work/main/config/authorities"
    out = {}
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        y = yaml.safe_load(open(os.path.join(base, a + ".yaml")))
        for kind, spec in (y.get("kinds") or {}).items():
            if spec.get("defined", True) is False:
                out[(a, kind)] = None
            else:
                out[(a, kind)] = {r["id"] for r in spec.get("requirements", [])}
    return out

def expected_next(e):
    if e["urgent"]:
        return "alert_duty"
    if e["kind"] == "auto_reply":
        return "ignore"
    if e["kind"] == "meeting_reply":
        return "record_reply"
    if e["kind"] == "follow_up":
        return "attach_to_request"
    if e["kind"] == "other":
        return "human_review"
    if e["_undefined"]:
        return "human_review"
    if e["missing"] or e["notice_ok"] is False:
        return "request_info"
    return "book_meeting"

def check():
    errs = []
    import holidays
    pk = holidays.country_holidays("GB", subdiv="ENG", years=[2031])
    if set(pk.keys()) != set(BANK_HOLIDAYS):
        errs.append("bank holidays differ from the holidays package: %s" % sorted(pk.keys()))
    if easter(2031) != date(2031, 4, 13) or date(2031, 4, 11) not in pk or date(2031, 4, 14) not in pk:
        errs.append("Easter 2031 is not Sunday 13 April")
    if WINDOW[0].weekday() != 0 or WINDOW[1] != easter(2031) - timedelta(days=3):
        errs.append("window must run Monday 6 January to the Thursday before Good Friday")
    if datetime(2031, 3, 30, 0, 59, tzinfo=UTC).astimezone(LON).utcoffset() != timedelta(0) or \
       datetime(2031, 3, 30, 1, 0, tzinfo=UTC).astimezone(LON).utcoffset() != timedelta(hours=1):
        errs.append("BST does not begin at 01:00 UTC on 30 March 2031")
    reqs = requirement_ids()
    per_auth = {}
    cats = {"urgent": 0, "near_miss": 0, "ordinary": 0}
    for L in LABELS:
        f = L["file"]; e = L["expect"]; a = L["authority"]; m = META[f]
        per_auth[a] = per_auth.get(a, 0) + 1
        cats[CATS[f]] += 1
        if not f.startswith(a + "_"):
            errs.append(f + ": authority prefix")
        msg = email.message_from_bytes(FILES[f], policy=email.policy.default)
        for part in msg.walk():
            if part.defects:
                errs.append(f + ": MIME defects %s" % part.defects)
        for h in ("Message-ID", "Date", "From", "To", "Subject"):
            if msg[h] is None:
                errs.append(f + ": no " + h)
        d = email.utils.parsedate_to_datetime(msg["Date"])
        loc = d.astimezone(LON)
        if not (WINDOW[0] <= loc.date() <= WINDOW[1]) or loc.weekday() >= 5 or loc.date() in BANK_HOLIDAYS:
            errs.append(f + ": Date %s outside the window, a weekend or a bank holiday" % d)
        if d.utcoffset() != loc.utcoffset():
            errs.append(f + ": Date offset %s is not Europe/London's %s" % (d.utcoffset(), loc.utcoffset()))
        now = datetime.fromisoformat(L["now"])
        if now.utcoffset() != d.utcoffset() or not (timedelta(minutes=1) <= now - d <= timedelta(minutes=10)):
            errs.append(f + ": now %s not 1-10 min after Date %s with the same offset" % (now, d))
        addrs = " ".join(str(msg[h] or "") for h in ("To", "Cc")).lower()
        if MAILBOXES[(a, L["mailbox"])].lower() not in addrs:
            errs.append(f + ": mailbox address not in To/Cc")
        text = readable(msg)
        # kind-shape checks
        subj = str(msg["Subject"])
        if e["kind"] == "follow_up" and "[SB-" not in subj:
            errs.append(f + ": a follow_up needs an [SB-] reference")
        if e["kind"] in ("step_up", "step_down", "other") and "[SB-" in subj:
            errs.append(f + ": step requests and other mail carry no [SB-] reference")
        has_reply = "METHOD:REPLY" in text
        if (e["kind"] == "meeting_reply") != has_reply:
            errs.append(f + ": iTIP REPLY iff meeting_reply")
        if (e["kind"] == "auto_reply") != (msg["Auto-Submitted"] is not None):
            errs.append(f + ": Auto-Submitted iff auto_reply")
        if e["kind"] not in KINDS:
            errs.append(f + ": kind")
        # urgency
        if e["urgent"] != (CATS[f] == "urgent"):
            errs.append(f + ": urgent label vs category")
        if e["urgent"]:
            hit = FORBIDDEN.search(text)
            if hit:
                errs.append(f + ": urgent mail contains the alarm word %r" % hit.group(0))
        # concerns / missing
        if e["concerns"] != sorted(set(e["concerns"])) or not set(e["concerns"]) <= CONCERNS:
            errs.append(f + ": concerns")
        if e["missing"] != sorted(set(e["missing"])):
            errs.append(f + ": missing not sorted/unique")
        key = (a, e["kind"])
        undefined = key in reqs and reqs[key] is None
        e["_undefined"] = undefined
        if e["kind"] in ("step_up", "step_down") and not undefined:
            ids = reqs[key]
            for mid in e["missing"]:
                if mid not in ids:
                    errs.append(f + ": missing id %s not in %s.yaml %s" % (mid, a, e["kind"]))
            if "consent" in ids and (a != "knowsley" or e["level"] in (3, None)) and \
               (("consent" in e["missing"]) != (e["consent"] is not True)):
                errs.append(f + ": consent vs missing")
            if "manager_agreed" in ids and (("manager_agreed" in e["missing"]) != (e["manager_agreed"] is not True)):
                errs.append(f + ": manager_agreed vs missing")
            if a == "knowsley" and e["kind"] == "step_up":
                for doc, con in (("gcp2", "neglect"), ("engaging_families", "non_engagement"),
                                 ("exploitation_assessment", "exploitation")):
                    if doc in e["missing"] and con not in e["concerns"]:
                        errs.append(f + ": %s missing without %s" % (doc, con))
        elif e["missing"]:
            errs.append(f + ": missing must be [] for kind %s" % e["kind"])
        if e["level"] is not None and (e["kind"] != "step_down" or e["level"] not in (2, 3)):
            errs.append(f + ": level only on step_down, 2 or 3")
        # notice
        if a == "knowsley" and e["kind"] in ("step_up", "step_down") and not e["urgent"]:
            if m["meeting"] is None:
                if e["notice_ok"] is not None or "meeting_details" not in e["missing"]:
                    errs.append(f + ": no meeting -> notice null and meeting_details missing")
            else:
                wd = working_days(now.astimezone(LON).date(), m["meeting"])
                if e["notice_ok"] != (wd >= 5):
                    errs.append(f + ": notice_ok %s but %d WD" % (e["notice_ok"], wd))
                if m["meeting"].weekday() >= 5 or m["meeting"] in BANK_HOLIDAYS:
                    errs.append(f + ": meeting on a non-working day")
                m["wd"] = wd
        elif e["notice_ok"] is not None:
            errs.append(f + ": notice_ok only for Knowsley step requests")
        # next action
        if e["next_action"] != expected_next(e):
            errs.append(f + ": next_action %s, expected %s" % (e["next_action"], expected_next(e)))
        # children, DOBs, case ids
        for c in m["children"]:
            if (c["_as"] or c["name"]) not in text:
                errs.append(f + ": child %s not in text" % c["name"])
            if c["dob"]:
                if c["_w"] not in text:
                    errs.append(f + ": DOB %s not in text" % c["_w"])
                b = parse_dob(c["_w"])
                if b.isoformat() != c["dob"]:
                    errs.append(f + ": DOB parse")
                n = now.date()
                age = n.year - b.year - ((n.month, n.day) < (b.month, b.day))
                if not (0 <= age < 18) or b > n:
                    errs.append(f + ": child %s not under 18" % c["name"])
        for p in m["not_children"]:
            if p not in text:
                errs.append(f + ": not-child %s not in text" % p)
            if any(k["name"] == p for k in e["children"]):
                errs.append(f + ": adult %s labelled as a child" % p)
        for cid in e["case_ids"]:
            if cid not in text:
                errs.append(f + ": case id %s not in text" % cid)
        if set(L.keys()) != {"file", "authority", "mailbox", "now", "expect", "why"}:
            errs.append(f + ": label keys")
    for L in LABELS:
        L["expect"].pop("_undefined", None)
    if any(v != 8 for v in per_auth.values()) or len(per_auth) != 5:
        errs.append("8 files per authority: %s" % per_auth)
    if cats["urgent"] < 11 or cats["near_miss"] < 11 or sum(cats.values()) != 40:
        errs.append("category counts %s" % cats)
    return errs

def stats():
    from collections import Counter
    c = lambda k: Counter(str(L["expect"][k]) for L in LABELS)
    print("categories", Counter(CATS.values()))
    for k in ("kind", "next_action", "consent", "manager_agreed", "level", "notice_ok"):
        print(k, dict(c(k)))
    print("mailbox", Counter(L["mailbox"] for L in LABELS))
    print("offsets", Counter(L["now"][-6:] for L in LABELS))
    for L in LABELS:
        if META[L["file"]].get("wd") is not None:
            print("notice", L["file"], L["now"], META[L["file"]]["meeting"], META[L["file"]]["wd"], L["expect"]["notice_ok"])

def main():
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        for i in range(1, 9):
            globals()["%s_%02d" % (a, i)]()
    errs = check()
    if errs:
        print("\n".join(errs))
        sys.exit("%d self-check errors: nothing written" % len(errs))
    for f, data in FILES.items():
        with open(os.path.join(HERE, f), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "labels.json"), "w") as fh:
        json.dump(LABELS, fh, indent=2, ensure_ascii=False); fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w") as fh:
        json.dump(CATS, fh, indent=2); fh.write("\n")
    print("wrote %d files" % len(FILES))
    if "--stats" in sys.argv:
        stats()

if __name__ == "__main__":
    main()
