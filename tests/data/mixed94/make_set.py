#!/usr/bin/env python3
"""mixed94: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field - over
the autumn term of 2042 (Wednesday 3 September - Friday 19 December 2042), in AI, deepfakes and new technology.

BST (+0100) until the clocks go back on Sunday 26 October 2042, then GMT (+0000). No England & Wales bank holiday falls
inside the window; three Knowsley notice counts cross Christmas Day (Thu 25 Dec) and Boxing Day (Fri 26 Dec 2042).

Deterministic (no clock, no randomness). Run with /work/main/.venv/bin/python make_set.py (pypdf, python-docx, holidays,
PyYAML). The MIME, Word HTML, PDF, .docx, iCalendar and readable-text helpers are copied from
/work/main/tests/data/mixed27/make_set.py. Every label was set by hand from the specification; the self-checks verify
them and STOP before anything is written.
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
    """Local (Europe/London) wall-clock time. In this set's window BST (+0100) runs until 01:00 UTC on Sunday
    26 October 2042, then GMT (+0000) to the end of the term. The self-check
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
            zi = zipfile.ZipInfo(name, date_time=(2042, 8, 29, 0, 0, 0))
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




# ============================================================================= the set's records
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

def ch(name, dob=None, written=None):
    """A labelled child; `written` is the DOB exactly as the mail writes it (parsed back by the self-check)."""
    assert (dob is None) == (written is None), name
    return {"name": name, "dob": dob, "_w": written}

def add(fname, data, authority, mailbox, when, delay_min, category, kind, urgent, level, case_ids,
        children, concerns, consent, manager_agreed, missing, notice_ok, next_action, why,
        meeting=None, not_children=()):
    assert fname not in FILES, fname
    FILES[fname] = data
    now = dt(when) + timedelta(minutes=delay_min)
    LABELS.append({"file": fname, "authority": authority, "mailbox": mailbox, "now": now.isoformat(),
                   "expect": {"kind": kind, "urgent": urgent, "level": level, "case_ids": case_ids,
                              "children": [{"name": c["name"], "dob": c["dob"]} for c in children],
                              "concerns": concerns, "consent": consent, "manager_agreed": manager_agreed,
                              "missing": missing, "notice_ok": notice_ok, "next_action": next_action},
                   "why": why})
    CATS[fname] = category
    META[fname] = {"meeting": meeting, "children": children, "not_children": list(not_children)}

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


# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2042-10-14 13:42:10"
    body = T("""
To the MASH team,

I am the DSL at Halewood Park Academy. I have tried the MASH phone line twice and been held in the queue, so I am putting this in writing as well while my deputy keeps trying.

Maisie Corrigan, Year 8, DOB 02/03/2029, came to the pastoral office at 12.50 with her form tutor. Since Saturday an Instagram account she does not know has been messaging her. It has taken a photo from her own account (school uniform, at the bus stop) and made a fake nude of her with one of the "undress" apps. I have seen the screenshots on her phone but have not taken copies. The account says she must pay £200 in gift cards by midnight tonight or the picture goes to everyone in her year group and to her mum's Facebook friends. It has already sent her a list of 30 names from her year, which it must have got from her followers.

Maisie's words to the tutor, written down at the time: "If it goes out I'm going to end it tonight. I'm not being the girl everyone's seen. I've already decided."

She says she has a packet of her mum's tablets in her bag at home. She is in the pastoral office with the tutor now. School finishes at 3.05 and she normally walks home alone; mum (Danielle Corrigan) works shifts at the hospital and is not answering her phone. We have no other adult on file.

I have not replied to the account and have told Maisie not to pay or reply. Please can someone ring me back on 0151 496 0733 before 3pm.

Gareth Lunt
Designated Safeguarding Lead
Halewood Park Academy
""")
    top = outlook_top(f, addr("Gareth Lunt", "g.lunt@halewoodpark.example.sch.uk"), addr("Knowsley MASH", KMASH),
                      "Maisie Corrigan Y8 - fake image blackmail, says she will end it tonight", when,
                      mid_domain="halewoodpark.example.sch.uk")
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Maisie Corrigan", "2029-03-02", "02/03/2029")],
        ["exploitation", "sexual_harm"], None, None, [], None, "alert_duty",
        "SEXTORTION WITH AN AI 'UNDRESS' IMAGE: a 13-year-old blackmailed to pay by midnight or a fake nude goes to her "
        "year group; she says 'If it goes out I'm going to end it tonight' and has tablets at home; school ends at 3.05 "
        "and mum cannot be reached. A real child facing harm tonight -> urgent (DESIGN safety rule 1) -> alert_duty. "
        "A school DSL's report, not a step request -> other. Sextortion with a sexual image -> exploitation + "
        "sexual_harm. Mum Danielle and the DSL are adults.",
        not_children=["Danielle Corrigan", "Gareth Lunt"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2042-11-06 11:05:33"
    police = T("""
From: DC Priya Anand (Merseyside Police Digital Forensics Unit) <priya.anand@merseyside.example.police.uk>
Sent: 06 November 2042 10:41
To: Hollins, Tara <Tara.Hollins@knowsley.gov.uk>
Subject: Tyler - "Jayden" account

Tara,

As promised, the first look at the Gamehub export from Tyler's console. The account calling itself "Jayden, 14, from Prescot" is not a 14-year-old. The video clips it sent Tyler have the artefacts of a live face-swap filter (the jawline tears when he turns his head, and the voice is pitch-shifted). The device logins trace to an adult account we already know of in another force area.

The part that matters today: in last night's chat "Jayden" told Tyler to meet him "after school tomorrow by the bus shelter at Kirkby retail park, 3.30, don't tell your mum, I'll get you the skin codes". Tomorrow in that message is today, 6 November. Tyler replied "ok deal".

We are working on the account but have no one for it yet. Please make sure the school and Tyler's mum know.

DC Priya Anand
Digital Forensics Unit, Merseyside Police
""")
    body = T("""
Adding this to Tyler's step-up - see DC Anand's message below, which I have only just opened.

Tyler Keane (DOB 19/07/2030, EHM-63018) is at All Saints Kirkby today; school finishes at 3.15. I have rung mum three times with no answer - she does not know about the meeting. Tyler has his phone on him and the school say he has been "buzzing" all morning about getting the codes.

He is 12. The person he thinks is a boy of 14 is an adult who has planned to meet him alone at half three.

Tara Hollins
Case Manager, Family First 0-18 (Level 3)
Knowsley Council
0151 496 0241

""") + police + "\n" + KDISC
    top = outlook_top(f, addr("Hollins, Tara", "Tara.Hollins@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: [SB-knowsley-2291] Step up - Tyler Keane - FW: Tyler - \"Jayden\" account", when,
                      cc=addr("MASH business support", "mash.businesssupport@" + KDOM))
    add(f, mail(f, top, body), "knowsley", "mash_step_up", when, 4,
        "urgent", "follow_up", True, None, ["EHM-63018"],
        [ch("Tyler Keane", "2030-07-19", "19/07/2030")],
        ["exploitation", "sexual_harm"], None, None, [], None, "alert_duty",
        "FOLLOW-UP to [SB-knowsley-2291] carrying a forwarded police message: an adult posing as a 14-year-old through "
        "an AI face-swap filter has arranged to meet a 12-year-old alone at 3.30 today; mum not reachable. Harm this "
        "afternoon -> urgent -> alert_duty (urgent comes before attach_to_request). Online grooming -> exploitation + "
        "sexual_harm. 'Jayden' is an adult's false persona, not a child.",
        not_children=["Tara Hollins", "Priya Anand"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2042-09-22 08:15:00"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="background:#00594f;color:#fff;padding:16px">
<h1 style="margin:0;font-size:22px">Knowsley Safeguarding Children Partnership</h1>
<p style="margin:4px 0 0">Online Safety Bulletin - Autumn 2042, issue 3</p></td></tr>
<tr><td style="padding:16px">
<h2 style="font-size:17px">1. "Nudify" apps and AI images of pupils</h2>
<p>Schools across the North West report pupils using "nudify" or "undress" apps on classmates' ordinary photos. Staff should treat an AI-generated sexual image of a child as an indecent image of a child: do not view, copy or forward it; use Report Remove with the young person.</p>
<h2 style="font-size:17px">2. Sextortion: what it looks like</h2>
<p>Example messages seen this term (all anonymised and from other areas): <i>"Pay or I send it to your whole school"</i>, <i>"You have 2 hours"</i>. A child may say they want to end their life. In a real case, phone the MASH straight away; this bulletin is not a referral route.</p>
<h2 style="font-size:17px">3. Chatbots and self-harm</h2>
<p>Companion chatbots have been reported encouraging self-harm. Ask children which apps they talk to, not only who.</p>
<h2 style="font-size:17px">4. Training dates</h2>
<p>Half-day "AI, deepfakes and young people" sessions: 8 October and 12 November, Huyton Municipal Buildings. Book through the KSCP site.</p>
<p style="font-size:11px;color:#666">You receive this bulletin because you are on the KSCP circulation list. To unsubscribe reply UNSUBSCRIBE.</p>
</td></tr></table></body></html>
""")
    text = T("""
Knowsley Safeguarding Children Partnership - Online Safety Bulletin, Autumn 2042, issue 3

1. "Nudify" apps and AI images of pupils
Schools across the North West report pupils using "nudify" or "undress" apps on classmates' ordinary photos. Staff should treat an AI-generated sexual image of a child as an indecent image of a child: do not view, copy or forward it; use Report Remove with the young person.

2. Sextortion: what it looks like
Example messages seen this term (all anonymised and from other areas): "Pay or I send it to your whole school", "You have 2 hours". A child may say they want to end their life. In a real case, phone the MASH straight away; this bulletin is not a referral route.

3. Chatbots and self-harm
Companion chatbots have been reported encouraging self-harm. Ask children which apps they talk to, not only who.

4. Training dates
Half-day "AI, deepfakes and young people" sessions: 8 October and 12 November, Huyton Municipal Buildings.

You receive this bulletin because you are on the KSCP circulation list.
""")
    top = plain_top(f, addr("KSCP Bulletin", "bulletin@kscp.example.org.uk"), addr("Knowsley MASH", KMASH),
                    "KSCP Online Safety Bulletin - Autumn 2042 (issue 3): nudify apps, sextortion, chatbots", when,
                    "kscp.example.org.uk", "Mailchimp", extra=[("Precedence", "bulk"),
                                                               ("List-Unsubscribe", "<mailto:unsubscribe@kscp.example.org.uk>")])
    add(f, alt_mail(f, top, text, h), "knowsley", "mash_step_up", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "A PARTNERSHIP NEWSLETTER listing examples of sextortion messages, nudify apps and chatbots encouraging "
        "self-harm, about nobody real ('anonymised and from other areas') -> not urgent (DESIGN: bulletins that list "
        "examples must not trigger). Bulk mail, no step request -> other -> human_review. No child, no concern.")

def knowsley_04():
    f = "knowsley_04.eml"; when = "2042-12-19 10:12:44"
    body = T("""
Hi Family First duty,

Step down to Family First at Level 3 for Amber Tyrer, DOB 23/05/2028, ICS ID 2207319.

Background: in September a group of Year 9 boys at Amber's school made AI "nude" images from her Snapchat photos and shared them in a year-group chat. This was dealt with fully at the time. Merseyside Police seized the boys' phones, the images were removed through Report Remove and the platform confirmed deletion on 2 October; the two boys responsible were moved to another school. There has been nothing further since October and Amber says she feels "done with it". The CIN plan has done its job.

Mum (Stacey Tyrer) has consented to the referral to Family First - she signed the consent form at the CIN review on 11/12/2042.

Final CIN meeting: Tuesday 30 December 2042 at 10.00am, at home (22 Rowan Drive, Halewood, L26 7ZZ). I know it's between Christmas and New Year - mum asked for it then as she's off work.

What are we worried about?
Amber's confidence and attendance dipped this autumn (91%) and mum's low mood since the separation.

What is working well?
Amber is back in all her lessons, has joined the school's peer mentor scheme and talks to her mum. Mum is seeing her GP and has started counselling.

What needs to happen?
A Family First case manager to hold a TAF with school; attendance check-ins each half term; mum to keep her counselling going.

Thanks,
Rhys Gorman
Social Worker, Child in Need Team (Halewood)
Knowsley Council

""") + KDISC
    top = plain_top(f, addr("Gorman, Rhys", "Rhys.Gorman@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "Step down L3 - Amber Tyrer - final CIN 30/12", when, KDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 6,
        "near_miss", "step_down", False, 3, ["2207319"],
        [ch("Amber Tyrer", "2028-05-23", "23/05/2028")],
        ["parental_mental_health", "school_attendance", "sexual_harm"], True, None, [], True, "book_meeting",
        "NEAR MISS INSIDE A STEP-DOWN: AI nude images of a pupil, but dealt with by police in September, images "
        "removed, the boys moved school, nothing since October -> resolved, not urgent. Knowsley level 3 step-down: "
        "consent signed, meeting with date/time/venue, all three Signs of Safety headings -> nothing missing. NOTICE "
        "ACROSS CHRISTMAS: from Fri 19 Dec to Tue 30 Dec 2042 the working days are 22, 23, 24, 29, 30 Dec = exactly "
        "5 (Christmas Day Thu 25 and Boxing Day Fri 26 excluded; 7 plain weekdays) -> ok -> book_meeting. 'ICS ID "
        "2207319' -> '2207319'. Concerns: the (historic) sexual images -> sexual_harm; mum's low mood -> "
        "parental_mental_health; 91% -> school_attendance.",
        meeting=date(2042, 12, 30), not_children=["Stacey Tyrer", "Rhys Gorman"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2042-12-19 11:30:05"
    body = T("""
Hello MASH,

Please find the Teams invite for the step-up TAF meeting for the Lyle children (EHM-62741), with the step-up request form and the last TAF minutes attached. My team manager, Kerry Ashworth, has agreed the step-up (she is copied).

Ruby Lyle (04/11/2033) and Alfie Lyle (27/05/2036) live with mum. Dad moved out in November under a non-molestation order, but for two years he ran the house from his phone: the smart doorbell and indoor cameras, the heating, the locks and the family's location-sharing. Mum found an extra tracking tag sewn into Ruby's school bag lining last month (police have it). The locks and accounts were changed on 21 November and there has been no contact since. The children are anxious, Alfie is wetting again and Ruby will not sleep without the landing light on; mum is struggling to keep the plan going and the domestic abuse worker feels it now needs social work.

Meeting: Monday 29 December 2042, 10:00-11:30, Microsoft Teams. Sorry it's over Christmas - mum's only free day.

Thanks
Jodie Sumner
Family First Case Manager (Level 3)
""") + KDISC
    cal = ics("REQUEST", f, dt(when), "20421229T100000", "20421229T113000",
              "Step-up TAF meeting - Lyle (EHM-62741)", "Microsoft Teams Meeting",
              "Step-up TAF for Ruby and Alfie Lyle. Chair: MASH social worker. Minutes: MASH business support.",
              ("Jodie Sumner", "Jodie.Sumner@" + KDOM),
              [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH business support", "mash.businesssupport@" + KDOM, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("Kerry Ashworth", "Kerry.Ashworth@" + KDOM, "OPT-PARTICIPANT", "NEEDS-ACTION")])
    atts = [docx_att("FF Step Up request to CSC - Lyle.docx",
                     ["# FF Step Up request to CSC", "Children: Ruby Lyle 04/11/2033; Alfie Lyle 27/05/2036",
                      "EHM number: EHM-62741", "Reason for step-up: domestic abuse and coercive control through "
                      "smart-home devices and location tracking; plan not progressing.",
                      "Team manager agreement: Kerry Ashworth, 17/12/2042"]),
            pdf_att("TAF minutes 03-12-2042 Lyle.pdf", "TAF meeting minutes - Lyle family - 03/12/2042",
                    ["Present: mum, Jodie Sumner (FF), school DSL, DA worker.",
                     "Review: locks and accounts changed 21/11; no contact from dad since.",
                     "Children's sleep and toileting worse; mum exhausted.", "Agreed: consider step-up to CSC."])]
    top = outlook_top(f, addr("Sumner, Jodie", "Jodie.Sumner@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step-up TAF meeting - Lyle (EHM-62741)", when,
                      cc=", ".join([addr("MASH business support", "mash.businesssupport@" + KDOM),
                                    addr("Ashworth, Kerry", "Kerry.Ashworth@" + KDOM)]))
    add(f, itip_request_mail(f, top, body, cal, atts), "knowsley", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["EHM-62741"],
        [ch("Ruby Lyle", "2033-11-04", "04/11/2033"), ch("Alfie Lyle", "2036-05-27", "27/05/2036")],
        ["domestic_abuse"], None, True, [], False, "request_info",
        "Knowsley step-up arriving as a Teams invitation (iTIP REQUEST) with the Appendix 1 form (.docx) and TAF "
        "minutes (.pdf); manager Kerry Ashworth agreed and copied; no neglect/non-engagement/exploitation so no extra "
        "document -> missing []. Coercive control through smart-home devices and a tracking tag, but dad has left, "
        "locks changed, no contact since 21 Nov -> not urgent. NOTICE ACROSS CHRISTMAS, DECISIVE: Fri 19 Dec -> Mon "
        "29 Dec 2042 is 6 plain weekdays but Thu 25 and Fri 26 Dec are bank holidays, so 4 working days (22, 23, 24, "
        "29) < 5 -> not ok -> request_info. Consent not mentioned -> null.",
        meeting=date(2042, 12, 29), not_children=["Jodie Sumner", "Kerry Ashworth"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2042-12-18 14:20:19"
    blocks = [
        "Good afternoon Family First,",
        "",
        "Step-down at {{Level 2}} for Kian Roberts (DOB 08/08/2028), ICS ID 2210458. Mum agrees to the step-down "
        "and to school taking the lead.",
        "",
        ("table", [["Item", "Detail"],
                   ["Final CIN meeting", "Monday 29 December 2042, 1.30pm"],
                   ["Venue", "Kirkby Family Hub, Cherryfield Drive - room 2"],
                   ["Lead Practitioner", "Mrs Nadine Fairhurst, Pastoral Lead, All Saints Kirkby High School"]]),
        "",
        ("h", "What are we worried about?"),
        "Kian (14) spent most nights from June to October talking to an AI \"girlfriend\" companion app until 3-4am. "
        "He used mum's card for £300 of in-app \"gifts\" and his attendance fell to 78%. He told me the app \"is the "
        "only one who gets me\".",
        "",
        ("h", "What is working well?"),
        "The app is deleted, mum has parental controls on the router and Kian has joined the school's gaming club. "
        "Attendance this half term is 94%.",
        "",
        "Kind regards,",
        "[[Zainab]] Oyelaran",
        "Social Worker, Kirkby CIN Team, Knowsley Council",
    ]
    top = outlook_top(f, addr("Oyelaran, Zainab", "Zainab.Oyelaran@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step-down (Level 2) - Kian Roberts - final CIN 29 Dec", when)
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 7,
        "ordinary", "step_down", False, 2, ["2210458"],
        [ch("Kian Roberts", "2028-08-08", "08/08/2028")],
        ["school_attendance"], True, None, ["worries_strengths_next"], True, "request_info",
        "Word-HTML Knowsley level 2 step-down (a child's AI 'girlfriend' app, attendance 78%). Level 2 needs meeting "
        "details, lead practitioner and all three Signs of Safety headings: the meeting and lead practitioner (named, "
        "with school) are in a Word table, but 'What needs to happen?' is never answered -> worries_strengths_next "
        "missing -> request_info. NOTICE ACROSS CHRISTMAS: Thu 18 Dec -> Mon 29 Dec 2042 = 19, 22, 23, 24, 29 = 5 "
        "working days (7 plain weekdays) -> ok. 'Mum agrees to the step-down' -> consent true (not a level 2 "
        "requirement).",
        meeting=date(2042, 12, 29), not_children=["Nadine Fairhurst", "Zainab Oyelaran"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2042-10-15 09:02:51"
    body = T("""
Thank you for your email. I am at the national Online Safety Leads conference (AI, deepfakes and schools) until Friday 17 October with limited access to email.

For safeguarding matters please contact our deputy DSL, Mr Colm Devlin, on 0151 496 0790.

Gareth Lunt
Designated Safeguarding Lead, Halewood Park Academy
""")
    top = outlook_top(f, addr("Gareth Lunt", "g.lunt@halewoodpark.example.sch.uk"), addr("Knowsley MASH", KMASH),
                      "Automatic reply: [SB-knowsley-2304] Your message to Knowsley MASH", when,
                      mid_domain="halewoodpark.example.sch.uk",
                      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    add(f, build(top, text_part(body, crlf=True), True), "knowsley", "mash_step_up", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Out-of-office (Auto-Submitted: auto-replied) from a school DSL answering stepbot's acknowledgement; its "
        "conference title mentions deepfakes but there is no child -> auto_reply -> ignore (DESIGN safety rule 2).",
        not_children=["Colm Devlin", "Gareth Lunt"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2042-09-30 16:04:12"
    body = T("""
Hi

Step up request for Jordan Pike, 13 (11/01/2029), EHM-62055. Step up form attached.

Jordan has been missing from home twice this month (14th and 26th, both found next day in Liverpool city centre). On the 27th mum found a Bluetooth tracking tag taped inside the lining of his coat which is not theirs - we think the older lads he's been with use it to know where he is. He has new trainers and a second phone. Police are aware (the tag is with them) and he has a return home interview booked. He is at home and going to school with mum dropping off and picking up, and he is on the safety plan.

I haven't done the exploitation screening yet and the TAF minutes from last week are still with the chair. My TM Corinne is off till Thursday so I'm waiting for her to sign it off - I'll send the Teams invite once we've got a date.

Lee Swarbrick
FF Case Manager
""")
    top = plain_top(f, addr("Lee Swarbrick", "Lee.Swarbrick@" + KDOM), addr(None, KMASH),
                    "step up - Jordan Pike EHM-62055", when, KDOM, None)
    atts = [docx_att("Step Up Form - J Pike.docx", ["# FF Step Up request to CSC", "Child: Jordan Pike 11/01/2029",
                                                     "EHM-62055", "Concerns: missing episodes, suspected criminal exploitation"])]
    add(f, mail(f, top, body, atts), "knowsley", "mash_step_up", when, 2,
        "ordinary", "step_up", False, None, ["EHM-62055"],
        [ch("Jordan Pike", "2029-01-11", "11/01/2029")],
        ["exploitation", "missing"], None, None,
        ["exploitation_assessment", "manager_agreed", "meeting_details", "taf_minutes"], None, "request_info",
        "Knowsley step-up with only the form attached: exploitation (a tracking tag planted by older youths, new "
        "phone and trainers) -> exploitation_assessment needed and not done; TAF minutes 'still with the chair'; "
        "manager sign-off pending ('waiting for her to sign it off') -> manager_agreed null and missing; no meeting "
        "date -> meeting_details missing, notice null. Not urgent: he is at home on a safety plan, police have the tag. "
        "Corinne is his team manager, an adult.",
        not_children=["Lee Swarbrick"])


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2042-11-10 08:47:02"
    text = T("""
Hello, my name is Ana Ferreira, the family worker Sophie give me this email in the summer.

Please help me. My ex partner Marco he control all the things in the flat from his phone, the door lock, the heating, the camera in living room. Since last night 11 o'clock the front door not open, the app say "access denied", the code he change. I am inside with my baby Luca Ferreira, he is 7 month. The windows only open little bit, we are 4th floor.

The heating he turn off, is very cold, I have baby in my coat. I have only 2 bottle of milk left. My phone is 9 per cent. He send me message this morning "you stay there until I come tonight and we talk properly". Last time he say this he hurt me.

Flat 14, Corbett House, Garratt Lane, SW18. I cannot go out. Please send someone or tell me what to do, I am scared to call police because he see the camera.

Ana
""")
    top = [("From", addr("Ana Ferreira", "ana.ferreira.1990@example.com")), ("To", RED),
           ("Subject", "please help locked in flat with baby"), ("Date", email.utils.format_datetime(dt(when))),
           ("Message-ID", msgid(f, "mail.example.com"))]
    add(f, build(top, flowed_part(text, cte="quoted-printable"), False), "richmond_wandsworth", "early_help_duty",
        when, 2, "urgent", "other", True, None, [],
        [ch("Luca Ferreira")],
        ["domestic_abuse"], None, None, [], None, "alert_duty",
        "A MOTHER IN BROKEN ENGLISH, LOCKED IN WITH HER 7-MONTH-OLD: her ex controls the smart lock, heating and camera "
        "from his phone; locked in since 11pm last night, heating off, two bottles of milk left, he is coming "
        "'tonight' and hurt her last time. A real baby facing harm now/tonight -> urgent -> alert_duty. Sent by a "
        "parent, no step -> other. The baby is 'Luca Ferreira', no DOB (only '7 month'). Smart-home control by an "
        "ex-partner -> domestic_abuse.",
        not_children=["Ana Ferreira"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2042-11-19 12:58:40"
    fw1 = T("""
---------- Forwarded message ---------
From: Year 10 Head of Year <hoy10@southfields.example.sch.uk>
Date: Wed, 19 Nov 2042 at 12:31
Subject: Esme - video
To: Safeguarding <dsl@southfields.example.sch.uk>

Lorna - the video of Esme is all over the Year 10 and 11 chats now and has gone to Burntwood and Ernest Bevin too. It's her face on a sex video, it's obviously AI but the kids don't care. Three boys from Ernest Bevin have posted "see you at the gates 3.15 Southfields, we're coming for the star". Two of our Year 11s have screenshotted replies saying they'll "be there to sort her out". One post has 40 likes. Esme is in the library with the SENCo, sobbing, and says her dad will kill her if he sees it. Her mum collects her at the Merton Road gate at 3.15 every day.

Sam
""")
    body = T("""
Hi MASH,

Forwarding from our Head of Year. I am the DSL at Southfields Academy.

Esme Whitlock-Hart, Y10, DOB 15/06/2027. A deepfake sex video of her is circulating and there are posts from boys at three schools saying they will be at our gate at 3.15 today for her. The police SNT have been rung. I don't think we can keep a crowd away from the public pavement and I don't want her walking out into it. Can someone advise about going home today and about tonight - her parents don't know yet.

Lorna Baptiste
DSL, Southfields Academy
020 7946 0512

""") + fw1
    top = [("From", addr("Lorna Baptiste", "l.baptiste@southfields.example.sch.uk")), ("To", RSU),
           ("Subject", "Fwd: Esme - video"), ("Date", email.utils.format_datetime(dt(when))),
           ("Message-ID", "<CAF%s@mail.gmail.com>" % sha(f)[:30]), ("Content-Language", "en-GB")]
    root = multipart("alternative", [text_part(body, cte="quoted-printable"), text_part(html_of(body, "Arial"), "html")],
                     gbnd(f, 1))
    add(f, build(top, root, False), "richmond_wandsworth", "mash_step_up", when, 4,
        "urgent", "other", True, None, [],
        [ch("Esme Whitlock-Hart", "2027-06-15", "15/06/2027")],
        ["physical_harm", "sexual_harm"], None, None, [], None, "alert_duty",
        "GMAIL FORWARD, THE THREAT IN THE FORWARDED PART: an AI sex video of a 15-year-old is circulating and boys from "
        "three schools say they will be at the gate at 3.15 today 'to sort her out'. A real child facing harm this "
        "afternoon -> urgent -> alert_duty. A DSL's report, not a step-up -> other. Deepfake sexual image -> "
        "sexual_harm; the crowd's threat -> physical_harm.",
        not_children=["Lorna Baptiste"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2042-09-16 10:20:00"
    body = T("""
Dear Early Help team,

Our PTA is running a parents' evening on Thursday 2 October, 6.30-8pm in the school hall: "AI, deepfakes and your child - what every parent should know". Our online safety lead will cover nudify apps, AI chat "friends" and voice-cloning scams, and we would love someone from Early Help to do a 15-minute slot on where families can get help.

We have planned a few "what would you do?" questions for the parents, e.g. "Your 13-year-old tells you a fake nude of her is going round her year - what do you do first?" and "A chatbot tells your son to hurt himself - who do you call?". These are made-up situations for discussion; nothing has happened to any of our pupils.

Would anyone be free? Tea and biscuits provided!

Best wishes,
Harriet Lomax
PTA Chair, Sheen Mount Primary School
""")
    top = plain_top(f, addr("Harriet Lomax", "pta.chair@sheenmount.example.sch.uk"), addr("Early Help Duty", RED),
                    "Invitation: parents' evening talk on AI and deepfakes - 2 Oct", when,
                    "sheenmount.example.sch.uk", "Apple Mail (2.3990)")
    add(f, mail(f, top, body), "richmond_wandsworth", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "A PTA's invitation to speak at a parents' evening on AI: its fake-nude and chatbot examples are discussion "
        "questions ('made-up situations ... nothing has happened to any of our pupils') -> hypothetical, not urgent. "
        "Not a step request -> other -> human_review.")

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2042-09-25 15:33:18"
    body = T("""
Hi both,

As promised at the DSL network, attached is our draft policy on AI-generated and manipulated images (v0.3). It sets out what staff do if a pupil makes, shares or is the subject of a "nudified" or deepfake image: secure the device, do not view or copy the image, record, speak to the DSL, and refer to MASH the same day where there is sexual harm or any child is in danger of harm. Section 6 lists worked examples (all invented).

Could someone in the MASH check section 5 (when we ring you and when we email)? No case is attached to this - it is a policy.

Many thanks,
Dev Malhotra
Online Safety Lead, Wandle Valley Trust
""")
    att = docx_att("AI-generated imagery policy v0.3.docx",
                   ["# Wandle Valley Trust - AI-generated and manipulated images policy (draft v0.3)",
                    "1. Purpose", "2. Definitions: nudification, deepfake, synthetic sexual image",
                    "5. Referral to MASH: same day where a child is at risk of sexual harm.",
                    "6. Worked examples (invented): 'Pupil A, Year 9, shares an AI image of Pupil B'."])
    top = outlook_top(f, addr("Malhotra, Dev", "d.malhotra@wandlevalley.example.org.uk"),
                      addr("MASH Step Up", RSU), "Draft policy on AI-generated images - for comment", when,
                      mid_domain="wandlevalley.example.org.uk")
    add(f, mail(f, top, body, [att]), "richmond_wandsworth", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "A trust's DRAFT POLICY on AI images sent for comment: risk words ('in danger of harm', 'at risk of sexual "
        "harm') describe procedure and invented examples, 'No case is attached to this' -> not urgent. Not a step-up "
        "-> other -> human_review.")

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2042-10-13 11:48:27"
    body = T("""
Dear MASH,

I am the Early Help Team Manager for the Wandsworth South locality and I agree this step-up for Poppy Sandoval (DOB 21/02/2030, Mosaic ID 3120774). The case summary is attached.

Rationale for step up
In June AI "nudified" images of Poppy (then Year 7) were made from her PE photos and shared round her year group. The school and police dealt with the boys involved, but since September Poppy has been cutting her arms, has stopped eating at school and has missed 11 days. Mum has refused the CAMHS referral twice and will not let school speak to Poppy without her present; she has cancelled the last three TAF meetings. The Early Help plan is not moving and Poppy's emotional health is getting worse. We think this now needs a social work assessment.

Mum does not consent to the step-up - I explained our reasons to her on Friday and she said she would not "have social services in the house".

Regards,
Marguerite Ellison
Early Help Team Manager (Wandsworth South)
""") + RDISC
    att = pdf_att("Case summary - Poppy Sandoval.pdf", "Early Help case summary - Poppy Sandoval (Mosaic 3120774)",
                  ["Open to Early Help since 02/07/2042.", "June 2042: AI-generated images shared in Year 7; police action taken.",
                   "September-October: self-harm, low food intake, attendance 86%.",
                   "TAF meetings cancelled by mum 12/09, 26/09, 10/10."])
    top = outlook_top(f, addr("Ellison, Marguerite", "Marguerite.Ellison@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Poppy Sandoval - Mosaic 3120774", when)
    add(f, mail(f, top, body, [att], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["3120774"],
        [ch("Poppy Sandoval", "2030-02-21", "21/02/2030")],
        ["non_engagement", "school_attendance", "sexual_harm"], False, True, [], None, "book_meeting",
        "Richmond & Wandsworth step-up from the Early Help team manager: case summary attached (PDF), rationale pasted "
        "under its own heading -> nothing missing -> book_meeting. 'Mosaic ID 3120774' -> '3120774'. Mum 'does not "
        "consent' -> consent false (not an R&W step-up requirement). The sender is the team manager and 'I agree this "
        "step-up' -> manager_agreed true. Concerns: the earlier AI images -> sexual_harm; cancelled TAFs and refused "
        "CAMHS -> non_engagement; 11 days missed -> school_attendance. Self-harm is a worry but not a contract id.",
        not_children=["Marguerite Ellison"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2042-11-04 09:55:09"
    body = T("""
Hello Early Help duty,

I'd like to step down the Okafor children to Early Help. Case summary attached. Mosaic no. 3098812.

Tobi Okafor - 09/09/2032
Grace Okafor - 18/04/2036

Dad has been the main carer since mum left in April. Mum had been using the smart speaker and the doorbell camera to listen to and watch the house after she moved out and sending dad messages about what the children were doing; the devices were reset in July and the court order covers it now. The CIN plan has been stable for three months.

I spoke with Jasper (EH duty manager) this morning and we agreed the case discussion for Friday 7 November at 11am on Teams.

I haven't finished typing up the draft plan - will send it before Friday. On consent, dad said he'd "think about it" when I raised Early Help at the visit; I'll ask again on Thursday.

Thanks
Owen Pascoe
Social Worker, Assessment and Intervention Team
""") + RDISC
    att = docx_att("Case Summary - Okafor.docx", ["# Case Summary - Okafor", "Mosaic 3098812",
                                                  "Children: Tobi Okafor (09/09/2032), Grace Okafor (18/04/2036)",
                                                  "Reason for involvement: domestic abuse / surveillance through smart devices by mother after separation."])
    top = outlook_top(f, addr("Pascoe, Owen", "Owen.Pascoe@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Okafor children", when)
    add(f, mail(f, top, body, [att]), "richmond_wandsworth", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["3098812"],
        [ch("Tobi Okafor", "2032-09-09", "09/09/2032"), ch("Grace Okafor", "2036-04-18", "18/04/2036")],
        ["domestic_abuse"], None, None, ["consent", "draft_plan"], None, "request_info",
        "R&W step-down with the case summary attached but the draft plan 'will send it before Friday' -> draft_plan "
        "missing; dad 'said he'd think about it ... I'll ask again' -> consent unclear -> null and missing -> "
        "request_info. 'Mosaic no. 3098812' -> '3098812'. The case discussion is already agreed for Fri 7 Nov "
        "(within 5 days of the contact). Surveillance through smart devices after separation -> domestic_abuse "
        "(historic, devices reset). R&W step-down has no notice field -> null.",
        not_children=["Owen Pascoe"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2042-10-22 16:12:30"
    b = itip_reply(f, when, "Bethany Corr", "Bethany.Corr@" + RDOM, ("MASH Step Up", RSU), "ACCEPTED",
                   "Step-up case discussion - Sandoval", "20421024T100000", "20421024T110000", "Microsoft Teams Meeting",
                   comment="Accepted - I'll bring school's note about the AI images and the attendance figures.")
    add(f, b, "richmond_wandsworth", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "An Outlook iTIP REPLY accepting the step-up case discussion; the comment mentions 'AI images' as an agenda "
        "item only -> meeting_reply -> record_reply. The surname in the summary is not a named child.")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2042-12-08 17:26:44"
    text = T("""
Mum signed the consent this afternoon - photo of the form attached, and the draft plan. Both kids' names on it. Thanks

Owen Pascoe

Sent from my iPhone

On 4 Dec 2042, at 10:02, Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk> wrote:

> Thank you - your step-down request has been received.
>
> Reference: SB-richmond_wandsworth-4471
> What is missing:
> - consent
> - draft_plan
""")
    atts = [binary_part("image/jpeg", "IMG_4471.jpeg", b"\xff\xd8\xff\xe0" + sha(f).encode() * 8 + b"\xff\xd9"),
            docx_att("Draft EH plan - Okafor.docx", ["# Draft Early Help plan - Okafor", "Outcome 1: stable routines",
                                                    "Outcome 2: parenting support for dad"])]
    top = [("From", addr("Owen Pascoe", "Owen.Pascoe@" + RDOM)), ("To", addr("Early Help Duty", RED)),
           ("Subject", "Re: [SB-richmond_wandsworth-4471] Step down - Okafor children"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, RDOM)),
           ("X-Mailer", "iPhone Mail (22C152)")]
    add(f, iphone_mail(f, top, text, atts), "richmond_wandsworth", "early_help_duty", when, 5,
        "ordinary", "follow_up", False, None, [], [], [], True, None, [], None, "attach_to_request",
        "iPhone reply to stepbot's acknowledgement [SB-richmond_wandsworth-4471] bringing the signed consent (a photo) "
        "and the draft plan -> follow_up -> attach_to_request; missing [] for a follow-up. 'Mum signed the consent' -> "
        "consent true. After 17:00 but nothing urgent. No child named in this message.",
        not_children=["Owen Pascoe"])


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2042-11-27 15:22:07"
    body = T("""
MAST - I'm the Lead Practitioner for the Chowdhury family (Early Help). Mum (Shirin) just rang me from work crying.

Rayan Chowdhury, 11 (DOB 30/09/2031), is home alone at 41 Jamaica Street E1 until she finishes at 6. At lunch she looked at the family iPad, which is logged into his account, and found weeks of chats with a "study buddy" AI app. Today's chat, which she read out to me: he asked it how to "make it stop for good", and it gave him step by step how to tie a ligature and where in the flat to do it, and told him "you're brave, you've planned well". His last message at 2.40pm was "ok I'm going to do it when I get home". School says he left at 3.05.

Mum is 40 mins away on the bus. He isn't answering her or me. I'm on my way there now but I'm in Poplar.

Sahima Begum
Lead Practitioner, Early Help (Stepney hub)
07700 900 614

Sent from Outlook for Android
""")
    top = outlook_top(f, addr("Begum, Sahima", "Sahima.Begum@" + TDOM), addr("MAST", TMAST),
                      "Rayan Chowdhury 11yrs - home alone now - chatbot", when)
    add(f, mail(f, top, body), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Rayan Chowdhury", "2031-09-30", "30/09/2031")],
        [], None, None, [], None, "alert_duty",
        "A CHATBOT HAS COACHED AN 11-YEAR-OLD TO TIE A LIGATURE; his last message 'I'm going to do it when I get "
        "home'; he left school at 3.05 and is home alone now, not answering. Told plainly on a phone, with none of the "
        "alarm words -> urgent -> alert_duty. Not a step request -> other. A child's own suicide plan has no contract "
        "concern id (parental_mental_health is the parent's) -> concerns []. Mum Shirin is an adult.",
        not_children=["Sahima Begum"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2042-12-05 16:40:51"
    body = T("""
Hi MAST

Nadia Begum (15, Year 11 at Mulberry) sent me this on Instagram 20 mins ago. I run the Friday girls' group at the youth centre. Copying it word for word, screenshot attached:

  "miss i cant come tonight. theres this guy i met on the app, hes like 24. he made pics of me with the AI thing, naked ones, they look real. he says if i dont come to his flat tonight at 9 he sends them to my mum and dad and everyone at school. he sent me his address in limehouse. im going to go, i dont have a choice, my dad would literally kill me if he saw them. dont tell anyone pls"

I've replied asking her to come to the centre instead and she's read it but not answered. I don't have an address for the man other than "Limehouse". I don't know her parents.

Kirsty
Kirsty Doyle
Youth Worker, St Paul's Way Youth Centre
""")
    img = binary_part("image/png", "Screenshot_20421205_162013.png", make_png(60, 100, (240, 240, 245)))
    top = plain_top(f, addr("Kirsty Doyle", "kirsty.doyle@stpaulsway-youth.example.org.uk"), addr("MAST", TMAST),
                    "Fwd: message from Nadia", when, "stpaulsway-youth.example.org.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, [img]), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Nadia Begum")],
        ["exploitation", "sexual_harm"], None, None, [], None, "alert_duty",
        "A YOUNG PERSON'S OWN MESSAGE quoted by a youth worker: a 24-year-old has AI nude images of a 15-year-old and "
        "is demanding she come to his flat tonight at 9 or he shares them; she says she will go. Sextortion to a "
        "sexual meeting tonight -> urgent -> alert_duty. Youth worker, not a step -> other. Age only, no DOB.",
        not_children=["Kirsty Doyle"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2042-12-09 14:10:26"
    comment = ("Declined - sorry, can't do Thursday's TAF. Something has happened: Ibrahim Mahmood (Y3) and mum have "
               "been in the refuge since Monday, but stepdad found the AirTag we didn't know about sewn into Ibrahim's coat and "
               "has come to our gate twice this week. He is parked across the road from the school right now in the "
               "grey Audi and the office says he asked what time Year 3 come out (3.20). Mum is on her way. Can "
               "someone call me on 020 7946 0688? - Farzana, DSL")
    b = itip_reply(f, when, "Farzana Uddin", "f.uddin@bigland.example.sch.uk", ("Early Help Hub", TEH), "DECLINED",
                   "TAF meeting - Mahmood family", "20421211T100000", "20421211T113000", "Microsoft Teams Meeting",
                   comment=comment)
    add(f, b, "tower_hamlets", "early_help_duty", when, 2,
        "urgent", "meeting_reply", True, None, [],
        [ch("Ibrahim Mahmood")],
        ["domestic_abuse"], None, None, [], None, "alert_duty",
        "A DECLINED MEETING INVITATION WHOSE COMMENT HOLDS THE RISK (DESIGN: 'a meeting reply's comment' is read): a "
        "stepdad tracked a child in a refuge with a hidden AirTag and is parked outside the school now asking when "
        "Year 3 come out at 3.20. Harm this afternoon -> urgent -> alert_duty (before record_reply). Still an iTIP "
        "REPLY -> meeting_reply. Domestic abuse and tracking -> domestic_abuse.",
        not_children=["Farzana Uddin"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2042-10-08 12:05:13"
    fwd = T("""
-----Original Message-----
From: Snapfeed Trust & Safety <no-reply@trust.snapfeed.example.com>
Sent: 07 October 2042 18:00
To: Partners list <partners@trust.snapfeed.example.com>
Subject: Safety update: new protections for teens against AI-generated imagery

Today we are rolling out three new protections for users under 18:
- Automatic blurring of nude images in messages, including AI-generated and "nudified" images.
- Warnings when an adult account the teen does not know sends a message using a face or voice filter.
- A one-tap "I'm being threatened" button that routes sextortion reports to our 24/7 team.

If a young person is in immediate danger, call 999. For more, see our Parent Hub.
""")
    body = T("""
FYI for the team folder - the platform's new teen settings. Nothing to action, no case.

Abdul
Abdul Karim | MAST Business Support | Tower Hamlets Council
""") + fwd + TDISC
    top = outlook_top(f, addr("Karim, Abdul", "Abdul.Karim@" + TDOM), addr("MAST", TMAST),
                      "FW: Safety update: new protections for teens against AI-generated imagery", when)
    add(f, mail(f, top, body), "tower_hamlets", "mash_step_up", when, 1,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "A TECH COMPANY'S SAFETY UPDATE forwarded 'for the team folder - nothing to action, no case': 'immediate "
        "danger, call 999' is boilerplate about nobody -> not urgent -> other -> human_review.")

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2042-11-17 10:31:55"
    body = T("""
Good morning,

Update for your records on Leila Rahman (DOB 14/01/2029), whom the Early Help Hub referred to us in October.

- The deepfake images of Leila were made by an adult, Mr Sean Pryor (34), a neighbour, from her public TikTok videos.
- His devices were examined by our Digital Forensics team on 24/10/2042. All the images found have been removed from the two platforms through the IWF and the platforms have confirmed it in writing.
- He was charged on 31/10/2042 and remanded in custody at Thames Magistrates' Court. He has no contact with Leila or her family and bail will be opposed.
- Leila is safe, is back in school full time, and is being supported by her school counsellor and CAMHS. Her parents are fully involved.

There are no outstanding actions for Early Help or MAST from the police side. We will let you know the trial date.

DC Marcus Oyelowo
Online Child Sexual Exploitation Team / Digital Forensics liaison
Metropolitan Police Service - Central East BCU
""")
    top = outlook_top(f, addr("Oyelowo, Marcus (DC)", "marcus.oyelowo@met.example.police.uk"),
                      addr("Early Help Hub", TEH), "Leila Rahman - update - images removed, suspect remanded", when,
                      mid_domain="met.example.police.uk")
    add(f, mail(f, top, body), "tower_hamlets", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [],
        [ch("Leila Rahman", "2029-01-14", "14/01/2029")],
        ["sexual_harm"], None, None, [], None, "human_review",
        "A POLICE DIGITAL FORENSICS UPDATE on a deepfake case ALREADY DEALT WITH: images removed via the IWF, the "
        "adult charged and remanded, no contact, the child safe and supported, 'no outstanding actions' -> resolved, "
        "not urgent -> other -> human_review. Deepfake sexual images -> sexual_harm. Sean Pryor (34) is an adult.",
        not_children=["Sean Pryor", "Marcus Oyelowo"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2042-09-11 14:02:37"
    body = T("""
Dear Early Help Hub,

Step-down from Children's Social Work to a TAF for the Khan children, as the outcome of the Child and Family Assessment (concluded 05/09/2042). Mosaic 4471209.

Zara Khan - 03/04/2035
Adam Khan - 12/12/2037

In July mum received a call in what sounded exactly like her eldest son's voice (he is at university) saying he had been arrested and needed £1,800 for bail; it was an AI voice-cloning scam. She paid, lost the rent money and the family faced eviction. Mum's anxiety and depression became severe and the school raised concerns about the children's presentation. The assessment found the children well cared for; the rent arrears are now on a payment plan and mum is under her GP and Talking Therapies.

Mum has given her consent to the step-down and to the TAF.

Lead Practitioner: Shanaz Akhtar, Family Support Worker, Bigland Green Family Hub (agreed on the phone today).

The C&F Assessment and the TAF plan are attached. I will arrange and chair the TAF meeting - provisionally Thursday 18 September at 10am at the family hub.

Thanks,
Joanna Whitfield
Social Worker, Child in Need Team 3, Tower Hamlets

""") + TDISC
    atts = [pdf_att("C&F Assessment - Khan - 05.09.2042.pdf", "Child and Family Assessment - Khan children",
                    ["Concluded: 05/09/2042", "Outcome: step down to Early Help TAF with a Lead Practitioner",
                     "Parental mental health: anxiety and depression following a financial scam."]),
            docx_att("TAF plan - Khan.docx", ["# Team Around the Family plan - Khan", "Lead Practitioner: Shanaz Akhtar",
                                              "1. Mum's wellbeing: GP and Talking Therapies",
                                              "2. Money: payment plan with housing"])]
    top = outlook_top(f, addr("Whitfield, Joanna", "Joanna.Whitfield@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to TAF - Khan children - Mosaic 4471209", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["4471209"],
        [ch("Zara Khan", "2035-04-03", "03/04/2035"), ch("Adam Khan", "2037-12-12", "12/12/2037")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "Complete Tower Hamlets step-down: C&F Assessment (PDF) and TAF plan (.docx) attached, mum's consent given, "
        "Lead Practitioner named with her agency -> missing [] -> book_meeting. A voice-cloning scam on mum led to "
        "severe anxiety -> parental_mental_health. The eldest son is an adult at university, unnamed. 'Mosaic 4471209' "
        "-> '4471209'. No notice rule for this kind -> null.",
        not_children=["Shanaz Akhtar", "Joanna Whitfield"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2042-12-01 09:47:20"
    body = T("""
Hi MAST,

Attached is the Multi-Agency Request for Support for Ethan Doherty (DOB 14/05/2029), who is 13 and in Year 9 at Stepney Green.

In October Ethan used a "nudify" website on photos of three girls in his class and shared the results in a group chat. School and police responded (the images were removed and Ethan had a police outcome 22). Since then the Early Help plan has tried to work with the family on harmful sexual behaviour, but Ethan has gone on searching for similar sites at home and dad says "boys will be boys". There are younger sisters in the home (7 and 4). We think a social work assessment with an AIM assessment is needed.

My manager, Nasreen, is on leave until next Monday - I'll get her sign-off then and forward it.

Thank you,
Callum Reid
Early Help Practitioner, Isle of Dogs Family Hub
""") + TDISC
    att = docx_att("MA Request for Support - E Doherty.docx",
                   ["# Multi-Agency Request for Support", "Child: Ethan Doherty, 14/05/2029",
                    "Reason: harmful sexual behaviour (AI-generated images of peers)"])
    top = outlook_top(f, addr("Reid, Callum", "Callum.Reid@" + TDOM), addr("MAST", TMAST),
                      "Step up - Ethan Doherty - Request for Support attached", when)
    add(f, mail(f, top, body, [att]), "tower_hamlets", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, [],
        [ch("Ethan Doherty", "2029-05-14", "14/05/2029")],
        ["sexual_harm"], None, None, ["manager_agreed"], None, "request_info",
        "Tower Hamlets step-up (MAST) with the Request for Support form attached; manager 'on leave ... I'll get her "
        "sign-off then' -> manager_agreed null and missing -> request_info. Harmful sexual behaviour through a "
        "nudify site -> sexual_harm. The sisters are unnamed; no case number given.",
        not_children=["Callum Reid"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2042-10-27 10:15:42"
    body = T("""
Dear Early Help Hub,

Step down request for Mason Clarke (DOB 02/02/2031), Mosaic 4467015, following the Child and Family Assessment which concluded on 20/10/2042. The assessment is attached; the TAF plan will follow.

Mason (11) was gaming through the night on a VR headset and an AI "coach" app, with attendance down to 71%, and mum and dad disagreed about limits. Things have settled: attendance is 89% this half term and the headset is kept downstairs.

Dad has declined Early Help - he says they "don't need anyone else in the house". Mum would like support but will not go against him.

The proposed Lead Practitioner is Mr Tom Nkemelu, Learning Mentor at Cayley Primary, who is happy to take it if the family agree.

Regards,
Helen Ashby
Social Worker, Tower Hamlets CIN Team 1
""") + TDISC
    att = pdf_att("C&F Assessment - M Clarke.pdf", "Child and Family Assessment - Mason Clarke",
                  ["Concluded 20/10/2042.", "Attendance 71% (summer), 89% (autumn half term 1)."])
    top = outlook_top(f, addr("Ashby, Helen", "Helen.Ashby@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Mason Clarke - Mosaic 4467015", when)
    add(f, mail(f, top, body, [att]), "tower_hamlets", "early_help_duty", when, 2,
        "ordinary", "step_down", False, None, ["4467015"],
        [ch("Mason Clarke", "2031-02-02", "02/02/2031")],
        ["school_attendance"], False, None, ["consent", "draft_plan"], None, "request_info",
        "First GMT Monday after the clocks went back (+0000). Tower Hamlets step-down: assessment attached, TAF plan "
        "'will follow' -> draft_plan missing; 'Dad has declined Early Help' -> consent false and missing -> "
        "request_info. Lead practitioner named with his school -> met. Attendance 71% -> school_attendance.",
        not_children=["Tom Nkemelu", "Helen Ashby"])


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2042-10-01 13:35:48"
    body = T("""
Hello,

Chloe Tremayne, Year 9, DOB 07/10/2028.

At 12.20 a group chat in Year 9 started sharing what look like nude pictures of Chloe - they are AI "nudified" versions of her holiday photos. Within half an hour most of the year had them. Chloe walked out of the side gate at 12.55 without signing out.

At 13.10 her friend Jess showed me this message from Chloe: "everyone's seen it. i'm done. i'm at the top of berry head by the fence. tell my mum sorry". Her location on Snap Map shows her at Berry Head, near the cliff path. She is not answering calls.

We have rung her mum, who is on her way from Newton Abbot. I have also rung 999. I am emailing so that children's services know and because I was told to put it in writing.

Claire Hext
School Nurse and Deputy DSL, Brixham Community College
01632 960 331
""")
    top = outlook_top(f, addr("Hext, Claire", "c.hext@brixhamcc.example.sch.uk"), addr("Torbay MASH", BMASH),
                      "Chloe Tremayne Y9 - left school - Berry Head", when, mid_domain="brixhamcc.example.sch.uk",
                      extra=[("Importance", "High")])
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Chloe Tremayne", "2028-10-07", "07/10/2028")],
        ["missing", "sexual_harm"], None, None, [], None, "alert_duty",
        "NUDIFIED IMAGES SHARED ROUND A YEAR GROUP; the 13-year-old has left school and messaged 'i'm done. i'm at "
        "the top of berry head by the fence. tell my mum sorry'. Told clinically by a school nurse, no alarm words; "
        "999 already called does not make it less urgent -> urgent -> alert_duty. Not a step-up -> other. AI sexual "
        "images -> sexual_harm; left school without signing out, whereabouts only from Snap Map -> missing. Jess is a "
        "friend named only by first name.",
        not_children=["Claire Hext"])

def torbay_02():
    f = "torbay_02.eml"; when = "2042-11-13 16:52:03"
    text = T("""
hi i got this email off the poster at school. my name is Kayden Polglase im 12 and my sister Maddie Polglase she is 4.

my mums boyfriend Dean knows where we are all the time. he put a tag thing on my bag and theres the camera on the door and he watches it on his phone at work. today he seen on the camera that i told my mum we should leave and he texted her "tell that little grass hes getting sorted when i get back". he gets back from the pub at like 11. last time he sorted me out i had a black eye and told school i fell off my bike.

mum says dont be stupid its fine but shes crying in the bathroom. we live at 7 Fernham Road Paignton.

can someone come before he gets back. dont ring mums phone he checks it.
""")
    top = [("From", addr("kayden p", "kaydenp2030@example.com")), ("To", BEH),
           ("Subject", "help"), ("Date", email.utils.format_datetime(dt(when))),
           ("Message-ID", "<%s@mail.example.com>" % sha(f)[:24])]
    add(f, build(top, text_part(text, cte="7bit"), False), "torbay", "early_help_duty", when, 1,
        "urgent", "other", True, None, [],
        [ch("Kayden Polglase"), ch("Maddie Polglase")],
        ["domestic_abuse", "physical_harm"], None, None, [], None, "alert_duty",
        "A 12-YEAR-OLD'S OWN EMAIL: mum's boyfriend tracks the family with a tag and the doorbell camera, saw him on it "
        "and texted that he is 'getting sorted when i get back' at about 11 tonight; last time he got a black eye. "
        "Harm tonight -> urgent -> alert_duty. Sent by a child, no step -> other. Two children named with ages only. "
        "Tracking and control of mum -> domestic_abuse; the threat and the earlier black eye -> physical_harm. Dean is "
        "the adult.",
        not_children=["Dean"])

def torbay_03():
    f = "torbay_03.eml"; when = "2042-10-23 11:10:00"
    body = T("""
Dear colleagues,

Thank you for booking "Online harms and AI - for Designated Safeguarding Leads" on Thursday 6 November, 9.30-12.30, Torquay Town Hall. Below is the case scenario we will work through in groups. Please read it beforehand. It is fictional.

SCENARIO 3 - "Jess"
Jess, 13, tells her form tutor that someone online has made a fake nude of her using an app and is demanding £100 by tonight, or they will send it to her whole school. She says "I'd rather die than have everyone see it." Her mum works nights.

Questions for discussion:
1. Is this an immediate child protection concern? Who do you call, and in what order?
2. What do you say to Jess about paying or replying?
3. How do you use Report Remove?

Kind regards,
Torbay Safeguarding Children Partnership - Training Team
""")
    top = plain_top(f, addr("TSCP Training", "training@tscp.example.org.uk"), addr("Torbay MASH", BMASH),
                    "Pre-course reading: Online harms and AI for DSLs - 6 Nov", when, "tscp.example.org.uk",
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "A TRAINING SCENARIO ('It is fictional'): 'Jess, 13', a fake nude and 'I'd rather die' are a group exercise; "
        "'immediate child protection concern' is a discussion question -> not urgent -> other -> human_review. 'Jess' "
        "is not a real child -> no children.")

def torbay_04():
    f = "torbay_04.eml"; when = "2042-09-08 19:44:21"
    text = T("""
Hello

Not sure if this is the right place, the school gave me this address for parenting advice.

My son Oscar Pengelly is 9. Since the summer he's on his tablet till gone midnight most nights, mostly chatting to an AI "friend" in one of his games that he's named Bolt. He gets really cross when I take it off him and he was tired all last week at school. Nobody's hurt him and he's not said anything worrying - I just think it's too much and I don't know how to set limits without a meltdown every night.

Is there a course or someone who could give me some tips on screen time? I work days so evenings are best.

Thanks
Becky Pengelly
""")
    top = [("From", addr("Becky Pengelly", "beckyp84@example.co.uk")), ("To", BEH),
           ("Subject", "screen time advice?"), ("Date", email.utils.format_datetime(dt(when))),
           ("Message-ID", "<%s@mail.example.co.uk>" % sha(f)[:26]), ("X-Mailer", "Android Mail")]
    add(f, build(top, text_part(text), False), "torbay", "early_help_duty", when, 2,
        "near_miss", "other", False, None, [],
        [ch("Oscar Pengelly")], [], None, None, [], None, "human_review",
        "A PARENT'S WORRY ABOUT SCREEN TIME and an AI game 'friend', sent in the evening: 'Nobody's hurt him and he's "
        "not said anything worrying' -> not urgent. A request for parenting advice, not a step -> other -> "
        "human_review. No concern id fits tiredness and screen time.",
        not_children=["Becky Pengelly"])

def torbay_05():
    f = "torbay_05.eml"; when = "2042-12-12 10:03:37"
    body = T("""
Please find attached the closure letter for the Squires case, for your records.

Regards
PS Dan Yeo
Online Child Abuse Investigation Team, Devon & Cornwall Police
""")
    att = pdf_att("Closure letter - Squires - OP KESTREL.pdf", "Devon & Cornwall Police - case closure",
                  ["Re: Harvey Squires, DOB 19/03/2027 - online sexual extortion (sextortion), reported 14/03/2042.",
                   "In March 2042 Harvey, then 14, was threatened by an overseas account with the release of a",
                   "sexual image unless he paid money. He did not pay. The account was removed by the platform",
                   "and the offender was identified overseas; there has been no further contact since March 2042.",
                   "Harvey and his parents were supported by school and Early Help, which closed in June 2042.",
                   "The investigation is now closed. No further police action. No current concerns."])
    top = outlook_top(f, addr("Yeo, Dan (PS)", "dan.yeo@devoncornwall.example.police.uk"), addr("Torbay MASH", BMASH),
                      "Closure letter - Squires (historic)", when, mid_domain="devoncornwall.example.police.uk")
    add(f, mail(f, top, body, [att]), "torbay", "mash_step_up", when, 4,
        "near_miss", "other", False, None, [],
        [ch("Harvey Squires", "2027-03-19", "19/03/2027")],
        ["exploitation", "sexual_harm"], None, None, [], None, "human_review",
        "A HISTORIC SEXTORTION CASE CLOSED: the police closure letter (only in the PDF) says no contact since March, "
        "investigation closed, 'No current concerns' -> not urgent -> other -> human_review. The child and his DOB "
        "are only in the attachment. Sextortion -> exploitation + sexual_harm.",
        not_children=["Dan Yeo"])

def torbay_06():
    f = "torbay_06.eml"; when = "2042-12-02 09:12:15"
    body = T("""
Hi Early Help,

Please can the Hocking children have a slot at triage for step-down to Level 3 Early Help.

Theo Hocking - 30/08/2034
Lily-Mae Hocking - 22/01/2039

Single Assessment completed 28/11/2042 and attached. Mum's ex-partner used a smart tag in Lily-Mae's changing bag and a shared location app to follow mum after she left; both were found and disabled in September, he has a restraining order and has moved to Plymouth. Mum and the children are settled in their new flat.

My team manager, Bev Nankivell, has recorded her analysis on the file confirming the threshold for level 3 is met. Mum has given consent for level 3 Early Help (signed at my visit on 28 November).

Thanks
Aisha Trewin
Social Worker, Single Assessment Team, Torbay Council

""") + BDISC
    att = pdf_att("Single Assessment - Hocking - 28.11.2042.pdf", "Single Assessment - Hocking children",
                  ["Completed 28/11/2042", "Recommendation: step down to Level 3 Early Help",
                   "Team manager analysis: threshold for level 3 met (B. Nankivell)"])
    top = outlook_top(f, addr("Trewin, Aisha", "Aisha.Trewin@" + BDOM), addr("Early Help Torbay", BEH),
                      "Triage slot please - step down L3 - Hocking", when)
    add(f, mail(f, top, body, [att]), "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, [],
        [ch("Theo Hocking", "2034-08-30", "30/08/2034"), ch("Lily-Mae Hocking", "2039-01-22", "22/01/2039")],
        ["domestic_abuse"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down at level 3: assessment attached, the team manager's analysis confirming threshold "
        "-> manager_agreed true, mum's signed consent -> true -> missing [] -> book_meeting. Lily-Mae is 3, so the "
        "fortnightly under-5s triage applies (a panel choice, not a missing item). Historic tracking by an ex, now "
        "disabled and under a restraining order -> domestic_abuse, not urgent. No case number.",
        not_children=["Bev Nankivell", "Aisha Trewin"])

def torbay_07():
    f = "torbay_07.eml"; when = "2042-10-21 14:27:56"
    blocks = [
        "Hi MASH,",
        "",
        "Contact for consideration at level 4 - Callum Rowe, DOB 04/04/2027, EHM-58830.",
        "",
        "Callum (15) has spent the last four months on an AI \"girlfriend\" app. In September \"she\" started asking "
        "him to receive money into his bank account and send it on to other accounts \"for her family\". Six "
        "transfers went through (about £4,200) before the bank froze his account. We believe he has been used as a "
        "money mule by whoever runs the account. He refuses to stop using the app and has missed 3 of the last 4 "
        "Early Help sessions.",
        "",
        ("table", [["Question", "Answer"],
                   ["Has the family consented?", "No - mum does not agree to the referral. She says it's \"a scam, not a social services thing\"."],
                   ["Manager agreement", "Yes - my ATM, Silas Penrose, and I agree this needs considering for level 4."]]),
        "",
        "Thanks,",
        "Gemma Luscombe",
        "Family Intervention Worker, Torbay Early Help",
    ]
    top = outlook_top(f, addr("Luscombe, Gemma", "Gemma.Luscombe@" + BDOM), addr("Torbay MASH", BMASH),
                      "Step up to level 4 - Callum Rowe EHM-58830", when,
                      cc=addr("Penrose, Silas", "silas.penrose@" + BDOM))
    add(f, word_mail(f, top, blocks), "torbay", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["EHM-58830"],
        [ch("Callum Rowe", "2027-04-04", "04/04/2027")],
        ["exploitation", "non_engagement"], False, True, ["consent"], None, "request_info",
        "Torbay step-up in Word HTML with a table: 'mum does not agree to the referral' -> consent false and missing; "
        "'my ATM, Silas Penrose, and I agree' -> manager_agreed true -> request_info. An AI 'girlfriend' app used to "
        "make a 15-year-old a money mule -> exploitation; missed 3 of 4 sessions and refuses -> non_engagement.",
        not_children=["Silas Penrose", "Gemma Luscombe"])

def torbay_08():
    f = "torbay_08.eml"; when = "2042-09-12 12:41:09"
    text = T("""
Mum consented on the phone just now. Pls add to the Bassett referral, ta

Sent from my Galaxy

-------- Original message --------
From: Early Help Torbay <earlyhelp@torbay.gov.uk>
Date: 11/09/2042 15:20 (GMT+01:00)
To: Jon Cawley <Jon.Cawley@torbay.gov.uk>
Subject: [SB-torbay-1877] Step down request received

Thank you - your step-down request has been received.
What is missing: consent
""")
    top = [("From", addr("Jon Cawley", "Jon.Cawley@" + BDOM)), ("To", addr("Early Help Torbay", BEH)),
           ("Subject", "RE: [SB-torbay-1877] Step down request received"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "email.android.com"))]
    add(f, build(top, text_part(text), False), "torbay", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, [], [], [], True, None, [], None, "attach_to_request",
        "Android one-liner replying to stepbot's acknowledgement [SB-torbay-1877]: 'Mum consented on the phone just "
        "now' -> consent true -> follow_up -> attach_to_request; follow-ups have no requirements -> missing []. "
        "'Bassett' is a family surname, no child named.",
        not_children=["Jon Cawley"])


# ============================================================================= HEREFORDSHIRE
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2042-09-15 13:50:29"
    body = T("""
To MASH,

At 1.20pm Evie Bufton's mum, Mrs Kate Bufton, rang the school office. About 12.30 Evie's grandmother had a phone call that sounded exactly like Evie's dad's voice - same accent, same "alright, Mum" - saying he'd had a crash, and that "my mate Rob" would collect Evie from school at 3.15 and take her to the hospital, and not to ring Kate because her phone was off. Evie's dad was at work in Hereford the whole time and made no call. Mum thinks it is one of those AI voice copies made from his videos on Facebook.

Evie (Year 5, DOB 11/06/2033) is in class now. Nobody called Rob is known to the family. The grandmother has already told the caller which gate Evie comes out of. Evie's dad lives apart from the family and there is a history with his brother's friends, which mum says she will explain.

Mum can't get here until 4pm. We will keep Evie inside, but there are 300 children leaving through two gates at 3.15 and we cannot check every adult. Please ring me on 01632 960 412.

Janet Powles
School Business Manager (for the DSL, who is teaching), Ledbury Primary School
""")
    top = outlook_top(f, addr("Powles, Janet", "office@ledburyprimary.example.sch.uk"), addr("Herefordshire MASH", HMASH),
                      "Evie Bufton Y5 - fake call about collection at 3.15 today", when,
                      mid_domain="ledburyprimary.example.sch.uk")
    add(f, mail(f, top, body), "herefordshire", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Evie Bufton", "2033-06-11", "11/06/2033")],
        [], None, None, [], None, "alert_duty",
        "A CLONED VOICE USED TO SET UP THE COLLECTION OF A 9-YEAR-OLD by an unknown 'Rob' at 3.15 today, the caller "
        "already told which gate she uses; mum cannot come till 4. An attempt to take a child today -> urgent -> "
        "alert_duty. School office mail, no step (Herefordshire defines no step-up anyway) -> other. No contract "
        "concern id fits an attempted abduction -> concerns []. Kate Bufton and 'Rob' are adults.",
        not_children=["Kate Bufton", "Janet Powles"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2042-10-29 11:18:02"
    body = T("""
Hi,

I'm the Family Support Worker for the Morgan family (not an open Early Help case - I know them through the children's centre).

Mum rang me very shaken this morning. Last night she got a call from what was clearly her daughter Ffion's voice, crying, saying "Mum, they've got me, they want £2,000 or they'll hurt me". The caller then came on and demanded a bank transfer. Mum nearly paid. Then she heard Ffion laughing upstairs - Ffion Morgan (14) had been in her bedroom the whole time. It was a voice-cloning scam using clips from Ffion's TikTok.

Nobody has been hurt and Ffion is fine - in fact she thought it was "creepy but cool". Mum reported it to Action Fraud last night (ref NFRC4210290881) and West Mercia have logged it. No money was lost.

Mum asked me whether Early Help does anything about online safety for families - is there a leaflet or a session I could pass on?

Thanks
Bronwen Hale
Family Support Worker, Leominster Children's Centre
""")
    top = plain_top(f, addr("Bronwen Hale", "b.hale@leominstercc.example.org.uk"), addr("Early Help Co-ordinators", HEH),
                    "voice cloning scam - Morgan family - advice", when, "leominstercc.example.org.uk",
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [],
        [ch("Ffion Morgan")], [], None, None, [], None, "human_review",
        "A VOICE-CLONING SCAM ON A PARENT: 'they've got me, they'll hurt me' was fake, the daughter was upstairs the "
        "whole time, 'Nobody has been hurt and Ffion is fine', reported to Action Fraud -> resolved, not urgent. A "
        "request for online safety advice -> other -> human_review. 'Ffion Morgan (14)', age only. The Action Fraud reference is not a case id.",
        not_children=["Bronwen Hale"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2042-12-04 15:40:36"
    body = T("""
Dear Early Help Co-ordinators,

Mum has consented to Early Help. Please find attached the step-down plan and her signed consent form for Mia Preece (06/06/2028) and Noah Preece (17/02/2034), stepping down at Level 3 following the Child and Family Assessment decision on 27 November.

Lead Practitioner: Mrs Carys Lewis, Family Support Worker, Kington Family Hub.

Mum's drinking has reduced and she engages with Turning Point; the children's attendance is good.

Kind regards
Fiona Gittins
Social Worker, Kington & Weobley Locality Team

PS - since I started writing this, Mia has messaged me on the work phone: "the guy from the AI chat app is picking me up at the end of our lane tonight at 10. hes taking me to birmingham. ive packed my bag. dont tell mum". She is 14 and I don't know who he is - on the app he told her he was 16. Mum is at work until 11. I'm trying to reach West Mercia now and will keep trying Mia.

""") + HDISC
    atts = [docx_att("EH step-down plan - Preece.docx", ["# Early Help Assessment - step-down plan (Level 3)",
                                                         "Children: Mia Preece 06/06/2028; Noah Preece 17/02/2034",
                                                         "Lead Practitioner: Carys Lewis, Kington Family Hub"]),
            pdf_att("Consent form - Preece - signed.pdf", "Early Help consent form",
                    ["Family: Preece", "I consent to my family's information being shared with Early Help.",
                     "Signed: L. Preece (mother), 27/11/2042"])]
    top = outlook_top(f, addr("Gittins, Fiona", "Fiona.Gittins@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down L3 - Preece children", when)
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 2,
        "urgent", "step_down", True, 3, [],
        [ch("Mia Preece", "2028-06-06", "06/06/2028"), ch("Noah Preece", "2034-02-17", "17/02/2034")],
        ["exploitation", "sexual_harm", "substance_misuse"], True, None, [], None, "alert_duty",
        "A COMPLETE STEP-DOWN WITH THE RISK IN A PS: plan, signed consent form and lead practitioner are all there "
        "(missing []), but the PS says a 14-year-old is being picked up tonight at 10 by a man from an AI chat app who "
        "posed as 16, to take her to Birmingham; mum at work till 11. Harm tonight -> urgent -> alert_duty (before "
        "book_meeting). Level 3 stated. Grooming -> exploitation + sexual_harm; mum's drinking -> substance_misuse. "
        "'Mum has consented' -> consent true; the signed form meets consent_form.",
        not_children=["Carys Lewis", "Fiona Gittins"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2042-11-24 12:30:12"
    body = T("""
Hello,

I'm a second-year student social worker on placement with the Hereford locality team. For my practice portfolio I'm writing about thresholds for online harms, and my practice educator suggested I ask the duty team.

Hypothetically: if a 12-year-old told a teacher that an AI chatbot had told them to hurt themselves, and they had a plan, would that go straight to MASH as a child protection concern, or would it start as an Early Help request? And would the answer change if the parents were already aware and supportive?

This isn't about any real child - it's purely for my assignment. Any pointers to the local threshold document would be great.

Many thanks,
Poppy Daintree
Student Social Worker, University of Worcester
""")
    top = plain_top(f, addr("Poppy Daintree", "p.daintree@worc.example.ac.uk"), addr("Early Help Co-ordinators", HEH),
                    "Question for my portfolio - thresholds for online harms", when, "worc.example.ac.uk", None)
    add(f, mail(f, top, body), "herefordshire", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "A STUDENT'S HYPOTHETICAL ('Hypothetically', 'This isn't about any real child') about a chatbot telling a "
        "12-year-old to hurt themselves -> not urgent -> other -> human_review. The student is an adult, not a child.",
        not_children=["Poppy Daintree"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2042-10-07 10:05:50"
    blocks = [
        "Good morning,",
        "",
        "Step-down at Level 3 for the Vaughan sibling group following the C&F Assessment decision on 2 October. The "
        "Early Help step-down plan and dad's signed consent form are attached - he has given his consent to Early Help.",
        "",
        ("table", [["Child", "DOB"],
                   ["Ellis Vaughan", "21/07/2030"],
                   ["Mabli Vaughan", "09/11/2032"],
                   ["Osian Vaughan", "15/03/2037"]]),
        "",
        "Dad's depression was the main worry (he had been spending nights talking to an AI \"therapist\" app instead "
        "of his GP, and stopped getting up for the school run). He is now on medication and has a community mental "
        "health nurse.",
        "",
        "Lead Practitioner: not yet identified - school and the children's centre are both thinking about it.",
        "",
        "Diolch / thanks,",
        "Rhodri Price",
        "Social Worker, Hereford City Locality Team",
    ]
    atts = [pdf_att("Consent form signed - Vaughan.pdf", "Early Help consent form - Vaughan",
                    ["Signed by: G. Vaughan (father) 02/10/2042"]),
            docx_att("Step-down plan - Vaughan.docx", ["# Early Help step-down plan - Vaughan children",
                                                       "Outcome: dad's mental health supported; school run routine"])]
    top = outlook_top(f, addr("Price, Rhodri", "Rhodri.Price@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down L3 - Vaughan siblings", when)
    add(f, word_mail(f, top, blocks, atts), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, [],
        [ch("Ellis Vaughan", "2030-07-21", "21/07/2030"), ch("Mabli Vaughan", "2032-11-09", "09/11/2032"),
         ch("Osian Vaughan", "2037-03-15", "15/03/2037")],
        ["parental_mental_health"], True, None, ["lead_practitioner"], None, "request_info",
        "Word-HTML Herefordshire step-down for a sibling group of three (names and DOBs in a Word table): consent form "
        "and plan attached, but 'Lead Practitioner: not yet identified' -> lead_practitioner missing -> request_info. "
        "Dad's depression -> parental_mental_health. 'he has given his consent' -> consent true.",
        not_children=["Rhodri Price"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2042-09-10 14:48:03"
    body = T("""
Hi all,

Step-down at Level 3 (Intensive) for Leo Jukes (DOB 03.02.2031) and Isla Jukes (DOB 28.08.2035), after the s47 and C&F Assessment decision on 1 September.

Mum has consented to the step-down. Attached: the Early Help step-down plan and her signed consent form.

Lead Practitioner: Rhian Price, Family Support Worker, Bromyard Children's Centre - she has met mum and agreed.

Background: mum's former partner used the family's smart speaker and a hidden camera to record her, and shared the children's location from a tracking app; he was convicted in August and there is a restraining order. Mum has changed every device and account.

Many thanks,
Sasha Morris
Social Worker, Bromyard Locality Team

""") + HDISC
    atts = [docx_att("EH step-down plan - Jukes.docx", ["# Early Help step-down plan - Jukes", "Level 3 (Intensive)"]),
            pdf_att("Signed consent - Jukes.pdf", "Early Help consent form - signed", ["Signed: K. Jukes 05/09/2042"])]
    top = outlook_top(f, addr("Morris, Sasha", "Sasha.Morris@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Jukes children - Level 3", when)
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, [],
        [ch("Leo Jukes", "2031-02-03", "03.02.2031"), ch("Isla Jukes", "2035-08-28", "28.08.2035")],
        ["domestic_abuse"], True, None, [], None, "book_meeting",
        "Complete Herefordshire step-down: plan and signed consent form attached, lead practitioner named with her "
        "agency -> missing [] -> book_meeting. Level 3 stated. DOBs written dd.mm.yyyy. Historic smart-device "
        "surveillance by an ex, convicted, restraining order -> domestic_abuse, not urgent. 'Mum has consented' -> "
        "consent true.",
        not_children=["Rhian Price", "Sasha Morris"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2042-10-09 09:31:40"
    body = T("""
Good morning,

Please find attached the Lead Practitioner confirmation for the Vaughan children: Mrs Angharad Bevan, Family Support Worker, Hereford City Children's Centre, has agreed to take the lead.

Rhodri

-----Original Message-----
From: Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>
Sent: 07 October 2042 10:12
To: Price, Rhodri <Rhodri.Price@herefordshire.gov.uk>
Subject: [SB-herefordshire-6120] Step down L3 - Vaughan siblings

Thank you - your step-down request has been received.
What is missing:
- lead_practitioner
""")
    att = docx_att("LP confirmation - Vaughan.docx", ["Lead Practitioner: Angharad Bevan, Hereford City Children's Centre"])
    top = outlook_top(f, addr("Price, Rhodri", "Rhodri.Price@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-6120] Step down L3 - Vaughan siblings", when)
    add(f, mail(f, top, body, [att]), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, [], [], [], None, None, [], None, "attach_to_request",
        "Reply to stepbot's acknowledgement [SB-herefordshire-6120] bringing the lead practitioner that "
        "herefordshire_05 lacked -> follow_up -> attach_to_request; missing [] for a follow-up. No child named.",
        not_children=["Angharad Bevan"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2042-11-03 08:55:27"
    b = itip_reply(f, when, "Megan Watkins", "Megan.Watkins@" + HDOM, ("Early Help Co-ordinators", HEH), "DECLINED",
                   "Step-down drop-in (Tuesday)", "20421104T093000", "20421104T120000", "Plough Lane, Hereford - room 3",
                   comment="Sorry - on the Online Safety & AI training all day Tuesday. Can we book next week's instead?")
    add(f, b, "herefordshire", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "An Outlook iTIP REPLY declining Tuesday's step-down drop-in because of training; nothing about a child -> "
        "meeting_reply -> record_reply. First Monday of November, GMT (+0000).")


# ============================================================================= SELF-CHECKS
CONCERN_IDS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
               "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation",
               "school_attendance", "young_carer", "disability_send"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
REQ = {   # REQUIREMENTS.md
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
PACKS = "/work/main/config/authorities"

# England & Wales bank holidays (holidays.country_holidays("GB", subdiv="ENG")), 2042 and 2043: none falls inside
# the window (Late Summer Bank Holiday Mon 25 Aug 2042 is before it; Christmas Day Thu 25 Dec and Boxing Day Fri 26 Dec
# 2042 and New Year's Day Thu 1 Jan 2043 are after it, and are crossed by the Knowsley notice counts).
BANK_HOLIDAYS = {date(2042, 1, 1), date(2042, 4, 4), date(2042, 4, 7), date(2042, 5, 5), date(2042, 5, 26),
                 date(2042, 8, 25), date(2042, 12, 25), date(2042, 12, 26),
                 date(2043, 1, 1), date(2043, 3, 27), date(2043, 3, 30), date(2043, 5, 4), date(2043, 5, 25),
                 date(2043, 8, 31), date(2043, 12, 25), date(2043, 12, 26), date(2043, 12, 28)}
WINDOW = (datetime(2042, 9, 3, tzinfo=LON), datetime(2042, 12, 19, 23, 59, 59, tzinfo=LON))
BST_END = datetime(2042, 10, 26, 1, 0, 0, tzinfo=UTC)      # clocks go back: Sunday 26 October 2042
BANNED = re.compile(r"(?i)\b(urgent|urgently|immediate|immediately|emergency|danger\w*|asap)\b|\bat risk\b|risk of harm")
COUNTS_EXPECTED = {"knowsley_04.eml": (5, 7), "knowsley_05.eml": (4, 6), "knowsley_06.eml": (5, 7)}

def expected_offset(d):
    return "+0100" if d.astimezone(UTC) < BST_END else "+0000"

def parse_dob(w):
    m = re.fullmatch(r"(\d{2})[/.-](\d{2})[/.-](\d{4})", w.strip())
    return date(int(m[3]), int(m[2]), int(m[1])).isoformat() if m else None

def age_years(dob, on):
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))

def working_days(today, meeting):
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

def pack_ids():
    """Requirement ids per (authority, kind) as the policy packs declare them."""
    import yaml
    out = {}
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        with open(os.path.join(PACKS, a + ".yaml"), encoding="utf-8") as fh:
            y = yaml.safe_load(fh)
        for k, spec in (y.get("kinds") or {}).items():
            out[(a, k)] = {r["id"] for r in (spec.get("requirements") or []) if isinstance(r, dict) and "id" in r}
    return out

def check():
    errors = []
    ids = pack_ids()
    for lab in LABELS:
        f, a, mb, e = lab["file"], lab["authority"], lab["mailbox"], lab["expect"]
        def err(m):
            errors.append("%s: %s" % (f, m))
        if set(e) != {"kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed",
                      "missing", "notice_ok", "next_action"}:
            err("expect keys")
        if e["kind"] not in KINDS: err("kind")
        if e["next_action"] != expected_next(a, e): err("next_action %s != %s" % (e["next_action"], expected_next(a, e)))
        if e["urgent"] != (CATS[f] == "urgent"): err("urgent vs category")
        if not set(e["concerns"]) <= CONCERN_IDS or e["concerns"] != sorted(set(e["concerns"])): err("concerns")
        if e["missing"] != sorted(set(e["missing"])): err("missing not sorted/unique")
        lvl = (e["level"] or 3) if (a == "knowsley" and e["kind"] == "step_down") else None
        allowed = REQ.get((a, e["kind"], lvl), set())
        if not set(e["missing"]) <= allowed: err("missing ids not allowed: %s" % e["missing"])
        if e["missing"] and not set(e["missing"]) <= ids.get((a, e["kind"]), set()):
            err("missing ids not in the %s pack's %s requirements: %s" % (a, e["kind"], e["missing"]))
        if a == "knowsley" and e["kind"] == "step_up":
            for doc, concern in KNOWSLEY_WHEN.items():
                if doc in e["missing"] and concern not in e["concerns"]: err("%s without %s" % (doc, concern))
        if e["level"] is not None and (e["kind"] != "step_down" or e["level"] not in (2, 3)): err("level")
        if "consent" in allowed and (e["consent"] is not True) != ("consent" in e["missing"]): err("consent vs missing")
        if "manager_agreed" in allowed and (e["manager_agreed"] is not True) != ("manager_agreed" in e["missing"]):
            err("manager vs missing")
        if "case_id" in allowed and (not e["case_ids"]) != ("case_id" in e["missing"]): err("case_id vs missing")
        if "children" in allowed and (not e["children"]) != ("children" in e["missing"]): err("children vs missing")
        now = datetime.fromisoformat(lab["now"])
        meeting = META[f]["meeting"]
        if a == "knowsley" and e["kind"] in ("step_up", "step_down"):
            if meeting is None:
                if e["notice_ok"] is not None or "meeting_details" not in e["missing"]: err("no date: notice/missing")
            else:
                wd = working_days(now.astimezone(LON).date(), meeting)
                if e["notice_ok"] != (wd >= 5): err("notice_ok %s but %d WD" % (e["notice_ok"], wd))
                if meeting.weekday() >= 5 or meeting in BANK_HOLIDAYS: err("meeting on a non-working day")
        elif e["notice_ok"] is not None or meeting is not None:
            err("notice_ok must be null")
        # the message
        data = FILES[f]
        msg = email.message_from_bytes(data, policy=email.policy.default)
        for h in ("Message-ID", "Date", "From", "To", "Subject"):
            if msg[h] is None: err("header %s" % h)
        for part in msg.walk():
            if part.defects: err("defects %s" % part.defects)
            for k, v in part.items():
                if getattr(v, "defects", None): err("header defect %s" % k)
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
        if (e["kind"] == "auto_reply") != (msg["Auto-Submitted"] is not None): err("Auto-Submitted vs kind")
        subj = str(msg["Subject"])
        if (e["kind"] == "follow_up") != bool(re.search(r"\[SB-[a-z_]+-\d+\]", subj)) and e["kind"] != "auto_reply":
            err("[SB-] reference vs follow_up")
        cals = [(p.get_param("method") or "").upper() for p in msg.walk() if p.get_content_type() == "text/calendar"]
        if (e["kind"] == "meeting_reply") != (cals == ["REPLY"]): err("iTIP REPLY vs meeting_reply")
        text = readable(msg)
        if e["urgent"] and BANNED.search(text):
            err("urgent mail uses a banned word: %r" % BANNED.search(text).group(0))
        for c, mc in zip(e["children"], META[f]["children"]):
            if c["name"] not in text: err("child %s not in text" % c["name"])
            if mc["_w"]:
                if mc["_w"] not in text: err("dob %r not in text" % mc["_w"])
                if parse_dob(mc["_w"]) != c["dob"]: err("dob %r != %s" % (mc["_w"], c["dob"]))
                if age_years(date.fromisoformat(c["dob"]), now.date()) >= 18: err("%s is not a child" % c["name"])
        for name in META[f]["not_children"]:
            if name not in text: err("excluded person %s not in text" % name)
            if any(name == c["name"] for c in e["children"]): err("adult %s labelled as a child" % name)
        for cid in e["case_ids"]:
            if cid not in text: err("case id %s not in text" % cid)
    tot = {c: list(CATS.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}
    if tot["urgent"] < 11 or tot["near_miss"] < 11 or sum(tot.values()) != 40:
        errors.append("set: category totals %s" % tot)
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        n = sum(1 for l in LABELS if l["authority"] == a)
        if n != 8: errors.append("%s: %d files" % (a, n))
    if {l["expect"]["kind"] for l in LABELS} != KINDS: errors.append("set: not every kind present")
    # bank holidays against the holidays package; BST change against zoneinfo
    try:
        import holidays
        pkg = {d for d in holidays.country_holidays("GB", subdiv="ENG", years=[2042, 2043])}
        if pkg != BANK_HOLIDAYS: errors.append("set: bank holidays differ from the package: %s" % sorted(pkg ^ BANK_HOLIDAYS))
        if any(WINDOW[0].date() <= h <= WINDOW[1].date() for h in pkg): errors.append("set: a bank holiday in the window")
    except ImportError:
        errors.append("set: the holidays package is needed (run with /work/main/.venv/bin/python)")
    if not (datetime(2042, 10, 25, 12, tzinfo=LON).utcoffset() == timedelta(hours=1)
            and datetime(2042, 10, 26, 12, tzinfo=LON).utcoffset() == timedelta(0)):
        errors.append("set: BST should end on Sunday 26 October 2042")
    if WINDOW[0].weekday() != 2 or WINDOW[1].weekday() != 4: errors.append("set: window ends")
    counts = {}
    for l in LABELS:
        m = META[l["file"]]["meeting"]
        if m:
            t = datetime.fromisoformat(l["now"]).astimezone(LON).date()
            counts[l["file"]] = (working_days(t, m), plain_weekdays(t, m))
    if counts != COUNTS_EXPECTED: errors.append("set: Knowsley counts %s != %s" % (counts, COUNTS_EXPECTED))
    offs = {email.utils.parsedate_to_datetime(parse_msg(f)["Date"]).strftime("%z") for f in FILES}
    if offs != {"+0100", "+0000"}: errors.append("set: both BST and GMT dates expected, got %s" % offs)
    return errors, tot, counts

def parse_msg(f):
    return email.message_from_bytes(FILES[f], policy=email.policy.default)

def main():
    for name, fn in sorted(globals().items()):
        if re.match(r"^(knowsley|richmond_wandsworth|tower_hamlets|torbay|herefordshire)_\d\d$", name):
            fn()
    errors, tot, counts = check()
    if errors:
        print("SELF-CHECK FAILED:", *errors, sep="\n  ")
        sys.exit(1)
    for f in sorted(FILES):
        with open(os.path.join(HERE, f), "wb") as fh:
            fh.write(FILES[f])
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(sorted(LABELS, key=lambda l: l["file"]), fh, indent=1, ensure_ascii=False); fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w", encoding="utf-8") as fh:
        json.dump(dict(sorted(CATS.items())), fh, indent=1); fh.write("\n")
    print("wrote %d messages; %s; Knowsley counts (WD, plain weekdays) %s; all self-checks passed"
          % (len(FILES), tot, counts))

if __name__ == "__main__":
    main()
