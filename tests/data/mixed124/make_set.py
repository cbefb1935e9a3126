#!/usr/bin/env python3
"""mixed124: blind held-out set for urgency and the parse fields, over the autumn term of 2041
(Monday 2 September - Thursday 19 December 2041), in children on camera.

Builds 40 RFC 5322 messages (8 per authority), labels.json and categories.json, and self-checks them.
Helpers (MIME, Word HTML, PDF, .docx, iCalendar) are copied and adapted from tests/data/mixed27/make_set.py.
Nothing here runs or imports the parser. Run: python3 make_set.py
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
    """Local (Europe/London) wall-clock time. The window (2 September - 19 December 2041) is British Summer Time
    (+0100) until 01:00 UTC on Sunday 27 October 2041 and GMT (+0000) after it; the self-check asserts every Date
    header's offset against Europe/London's."""
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
            zi = zipfile.ZipInfo(name, date_time=(2041, 8, 1, 0, 0, 0))
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
KM, KFF, KBS = MAILBOXES[("knowsley", "mash_step_up")], MAILBOXES[("knowsley", "early_help_duty")], \
    "Mash.Businesssupport@knowsley.gov.uk"
RM, RE = MAILBOXES[("richmond_wandsworth", "mash_step_up")], MAILBOXES[("richmond_wandsworth", "early_help_duty")]
TM, TE = MAILBOXES[("tower_hamlets", "mash_step_up")], MAILBOXES[("tower_hamlets", "early_help_duty")]
BM, BE = MAILBOXES[("torbay", "mash_step_up")], MAILBOXES[("torbay", "early_help_duty")]
HM, HE = MAILBOXES[("herefordshire", "mash_step_up")], MAILBOXES[("herefordshire", "early_help_duty")]

def ch(name, dob=None, written=None):
    """A labelled child; `written` is the DOB exactly as the mail writes it (checked against `dob`)."""
    assert (dob is None) == (written is None), name
    return {"name": name, "dob": dob, "_w": written}

def add(fname, data, authority, mailbox, when, delay_min, category, kind, urgent, level, case_ids,
        children, concerns, consent, manager_agreed, missing, notice_ok, next_action, why, meeting=None):
    """Record one file. `meeting` is the date notice is counted to (Knowsley step requests only)."""
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
    META[fname] = {"meeting": meeting, "children": children}

def ics_att(f, filename, cal):
    return binary_part("text/calendar", filename, cal.encode("utf-8"))

def txt_att(filename, text):
    return Part([("Content-Type", 'text/plain; charset="utf-8"; name="%s"' % filename),
                 ("Content-Disposition", 'attachment; filename="%s"' % filename),
                 ("Content-Transfer-Encoding", "base64")], b64lines(text.encode("utf-8")))

def gmail_top(fname, frm, to, subject, when, cc=None, extra=None, android=False):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject)), ("Date", email.utils.format_datetime(dt(when))),
          ("Message-ID", "<CA%s@mail.gmail.com>" % sha(fname, "gm")[:30])]
    return h + (extra or [])

def gmail_mail(f, top, body, atts=()):
    """Gmail web / Android: multipart/alternative (plain + simple div HTML), LF line ends."""
    h = "<div dir=\"ltr\">" + "<br>".join(esc(l) for l in body.split("\n")) + "</div>\n"
    alt = multipart("alternative", [text_part(body), text_part(h, "html")], gbnd(f, 2))
    root = multipart("mixed", [alt] + list(atts), gbnd(f, 1)) if atts else alt
    return build(top, root, False)

def esc(t):
    return html.escape(t, quote=False)

def gt_quote(text):
    return "\n".join("> " + l if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"

def ack(auth_word, ref, lines, missing=()):
    out = ["Thank you - your %s has been received." % auth_word, "", "Reference: %s" % ref] + lines + [""]
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

LAYOUT_HEAD = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
               '<style>td{font-family:Arial,sans-serif;font-size:10pt;color:#1F1F1F;}</style></head>\n<body>\n')

def iphone_mail(f, top, text, atts=()):
    """iPhone Mail: text/plain; format=flowed, quoted-printable, LF."""
    t = flowed_part(text, cte="quoted-printable")
    root = multipart("mixed", [t] + list(atts), "Apple-Mail=_%s" % sha(f, "apple")[:24].upper()) if atts else t
    return build(top, root, False)


# ============================================================================= KNOWSLEY
def knowsley_01():
    f, when = "knowsley_01.eml", "2041-09-09 10:12:00"
    body = T("""
Hi all,

Please see attached step up request for Harper-Rose Dunleavy (DOB 02/11/2031), EHM case ID EHM-61734.

Harper-Rose is 9 and has been open to Family First at Level 3 since February. Mum (Chloe) runs the family vlog channel "The Dunleavy Days" (approx 210k followers across two platforms) and Harper-Rose is filmed most days, including on school days. She has been kept off school for "brand trips" and shoots - attendance this academic year 81%, and she was absent for 9 days in the summer term with no reason given to school.

The main worry is neglect behind the camera. On my last three visits the house has been in a poor state away from the "set" (the front room and kitchen that appear on the channel): no clean bedding in Harper-Rose's room, mouldy food, dog mess on the landing. She has come into school hungry and in the same uniform all week. GCP2 completed with mum on 28/08/2041 - scores of 4 on nutrition, housing and hygiene - attached.

My team manager Gareth Lunt discussed this with me in supervision on 05/09/2041 and has agreed the step up.

The step up TAF meeting is booked for Wednesday 18th September 2041 at 10:00 on Teams - invite attached, I have also sent it to the MASH inbox and MASH business support as per the protocol. The school DSL and the school nurse are invited.

Attached:
- FF Step Up request to CSC - Dunleavy.docx
- GCP2 Dunleavy Aug 2041.pdf
- TAF minutes 21.08.41 Dunleavy.docx
- Step up TAF meeting.ics

Thanks
Siobhan

Siobhan McAteer
Family First Case Manager (Level 3)
Family First 0-18, Knowsley Council
0151 496 0723

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Dunleavy.docx", [
        "# FF Step Up request to CSC",
        "Case ID on EHM: EHM-61734",
        "Has this family recently closed to Children's Social Care?: No",
        "Date of step up TAF meeting: Wednesday 18/09/2041 10:00 (Teams)",
        "Level of Engagement: medium - mum attends TAF meetings but cancels home visits when filming",
        "Recent TAF meeting minutes attached: Yes (21/08/2041)",
        "What are we worried about? Harper-Rose's basic care is not being met away from the filmed areas of the "
        "home; she is missing school for filming; GCP2 scores of 4 for nutrition, housing and hygiene.",
        "What is working well? Harper-Rose is close to her nan; mum engages with TAF meetings.",
        "What next? Step up to CSC for a Child and Family Assessment.",
        "Graded Care profile (If neglect should be completed): completed 28/08/2041, attached.",
        "Agreement by line manager: Gareth Lunt, Team Manager, 05/09/2041 - agreed.",
        "Contingency plan: Family First to continue weekly visits until the assessment decision."])
    gcp = pdf_att("GCP2 Dunleavy Aug 2041.pdf", "Graded Care Profile 2 (GCP2) - summary", [
        "Child: Harper-Rose Dunleavy   DOB: 02/11/2031   EHM-61734",
        "Completed with mother: 28/08/2041   Practitioner: Siobhan McAteer",
        "Area 1 Physical care - nutrition: 4", "Area 1 Physical care - housing: 4",
        "Area 1 Physical care - clothing: 3", "Area 1 Physical care - hygiene: 4",
        "Area 1 Physical care - health: 3", "Area 2 Care of safety: 3", "Area 3 Love and care: 2",
        "Area 4 Stimulation and education: 3"])
    mins = docx_att("TAF minutes 21.08.41 Dunleavy.docx", [
        "# Team Around the Family meeting - minutes",
        "Family: Dunleavy   EHM-61734   Date: 21/08/2041",
        "Present: Chloe Dunleavy (mum), Siobhan McAteer (Family First), Lorna Feeney (school DSL)",
        "School raised attendance and Harper-Rose arriving hungry. Mum said filming days are her income.",
        "Actions: GCP2 to be completed; attendance plan; next TAF to consider step up if no change."])
    cal = ics("REQUEST", f, dt(when), "20410918T100000", "20410918T113000",
              "Step up TAF meeting - Dunleavy - EHM-61734", "Microsoft Teams Meeting",
              "Step up TAF meeting for Harper-Rose Dunleavy (EHM-61734). Chaired by the MASH social worker.",
              ("Siobhan McAteer", "siobhan.mcateer@knowsley.gov.uk"),
              [("Knowsley MASH", KM, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH Business Support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    top = outlook_top(f, addr("Siobhan McAteer", "siobhan.mcateer@knowsley.gov.uk"), addr("Knowsley MASH", KM),
                      "Step up request - EHM-61734 - Harper-Rose Dunleavy - TAF Weds 18th Sept", when,
                      cc=addr("MASH Business Support", KBS), mid_domain="knowsley.gov.uk")
    add(f, mail(f, top, body, [form, gcp, mins, ics_att(f, "Step up TAF meeting.ics", cal)], html_alt=True),
        "knowsley", "mash_step_up", when, 4, "ordinary", "step_up", False, None, ["EHM-61734"],
        [ch("Harper-Rose Dunleavy", "2031-11-02", "02/11/2031")], ["neglect", "school_attendance"], None, True,
        [], True, "book_meeting",
        "Complete Knowsley step-up (REQUIREMENTS knowsley step_up): Appendix 1 form, TAF minutes, GCP2 for the neglect, "
        "EHM case id, team manager agreed, TAF date; Mon 9 Sep -> Wed 18 Sep is 7 working days (>= 5) -> book_meeting. "
        "The vlog channel is the context, not an immediate risk; consent never mentioned -> null.",
        meeting=date(2041, 9, 18))


def knowsley_02():
    f, when = "knowsley_02.eml", "2041-09-24 19:38:00"
    body = T("""
Im watching this live right now on my phone. Jade Brannigan (our family, EHM-60218) is streaming on TikTok from the flat. Ottilie is sat in the bath on her own and the tap is still running. Jade walked out of shot at 19:22 and has not come back. Its 19:37 now.

Ottilie Brannigan DOB 14/03/2039 - she is 2.

The comments are all people typing "wheres mum" "tap still on" "someone call someone". Ottilie keeps trying to stand up and slipping back down, the water is up to her chest. I have rung Jade 4 times, goes to voicemail. Jade's partner Liam is not at the address as far as I know.

Address 22 Pennard Walk, Huyton L36. Flat 3, ground floor, buzzer doesnt work - side door.

I'm in Southport, 45 mins away at least. I will keep watching and screen recording. Please can someone get someone round there now. My mobile 07700 900 614.

Niamh Ferris
Family First Case Manager
Sent from Outlook for Android
""")
    top = [("From", addr("Niamh Ferris", "niamh.ferris@knowsley.gov.uk")), ("To", addr("Knowsley MASH", KM)),
           ("Subject", "Jade Brannigan live on tiktok NOW - Ottilie 2yrs in bath alone"),
           ("Date", email.utils.format_datetime(dt(when))),
           ("Message-ID", "<%s@AM9P191MB1447.EURP191.PROD.OUTLOOK.COM>" % sha(f, "a")[:20].upper()),
           ("X-Mailer", "Microsoft Outlook for Android")]
    add(f, build(top, text_part(body, cte="base64"), False), "knowsley", "mash_step_up", when, 2,
        "urgent", "other", True, None, ["EHM-60218"], [ch("Ottilie Brannigan", "2039-03-14", "14/03/2039")],
        ["neglect"], None, None, [], None, "alert_duty",
        "A LIVESTREAM RUNNING NOW: a 2-year-old alone in a running bath on her mother's TikTok live, the mother out of "
        "shot for 15 minutes, water to her chest, evening (out of hours). No alarm word. DESIGN safety rule 1 -> urgent "
        "-> alert_duty. A case manager's report, no step request -> other. Child left unsupervised -> neglect.")


def knowsley_03():
    f, when = "knowsley_03.eml", "2041-12-19 09:20:00"
    blocks = [
        "Good morning Family First duty,", "",
        "I am writing to notify you of the intention to step {{Bailey-Jo Fairclough}} (DOB 19/07/2033, "
        "ICS-1338207) down from Child in Need to a {{Level 2}} Early Help service.", "",
        ("table", [["Final CIN meeting", "Detail"],
                   ["Date", "Friday 27 December 2041"],
                   ["Time", "10:00"],
                   ["Venue", "Huyton Hub, Lathom Road, meeting room 3"]]),
        "",
        ("h", "Background"),
        "In March the school were shown a video from dad's \"consequences\" channel in which Bailey-Jo was made to "
        "stand in the garden in her pyjamas. That was fully investigated under s47 in March; the channel was deleted, "
        "dad moved out in April and has had no unsupervised contact since. There have been no further videos and "
        "there are no current safeguarding concerns. The CIN plan has achieved its aims.", "",
        ("h", "What are we worried about?"),
        "Mum's low mood over the winter and Bailey-Jo's attendance (89% this term, improving from 82%).", "",
        ("h", "What is working well?"),
        "Mum has kept every appointment, engages with her GP and the school, and Bailey-Jo says home feels calm.", "",
        ("h", "What needs to happen?"),
        "Early Help at Level 2 led by school: attendance support, a mentoring slot for Bailey-Jo, and mum linked to "
        "the Talking Therapies group she has asked about.", "",
        "Lead Practitioner: Mrs Deborah Okafor, Pastoral Lead, St Aidan's C of E Primary School - she has agreed to "
        "take this on.", "",
        "Mum agrees with the step down to Level 2. My team manager, Alan Roscoe, has agreed the step down.", "",
        "I know the 27th is between the bank holidays - it is the only date school and mum could both do before "
        "the January term.", "",
        "Kind regards", "Priyanka Chaudhary", "Social Worker, Child in Need Team 2", "Knowsley Council",
    ]
    top = outlook_top(f, addr("Priyanka Chaudhary", "priyanka.chaudhary@knowsley.gov.uk"),
                      addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Level 2 - Bailey-Jo Fairclough - ICS-1338207", when, mid_domain="knowsley.gov.uk")
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 5, "near_miss", "step_down", False, 2,
        ["ICS-1338207"], [ch("Bailey-Jo Fairclough", "2033-07-19", "19/07/2033")],
        ["parental_mental_health", "school_attendance"], True, True, [], False, "request_info",
        "NEAR MISS (historic, resolved): a child filmed being punished for a channel in March, investigated under s47, "
        "channel deleted, no current concerns -> not urgent, no physical_harm. Complete Level 2 step-down (meeting with "
        "venue, all three Signs of Safety headings, lead practitioner with agency), but Thu 19 Dec -> Fri 27 Dec is only "
        "4 working days because Christmas Day and Boxing Day 2041 fall on the Wed and Thu (plain weekdays: 6) -> "
        "notice_ok false -> request_info.", meeting=date(2041, 12, 27))


def knowsley_04():
    f, when = "knowsley_04.eml", "2041-10-07 11:05:00"
    text = T("""
Hiya, step down request - level 3 please.

Kai Morrissey DOB 3rd May 2029 and Lexi Morrissey DOB 21st Jan 2034. ICS-1342915.

Joint home visit with a Family First case manager: Tuesday 15th October at 10am, 4 Cherryfield Drive, Kirkby L32.

Mum (Shannon) has consented to Family First level 3 - she signed at the visit on Friday.

What are we worried about - Kai (12) streams his gaming on Twitch until 2-3am most nights and is asleep in lessons, attendance 76%. Mum struggles to put boundaries in place and has had a lot of anxiety since her dad died.

What is working well - Lexi is thriving in Reception class, mum has re-engaged with her GP, and she has asked for help with Kai's screen time herself. No concerns about Kai's stream content - I looked through it with him.

Will send the rest when I'm back at my desk.

Tomasz Wierzbicki
Social Worker, Assessment Team
Sent from my iPhone
""")
    top = plain_top(f, addr("Tomasz Wierzbicki", "tomasz.wierzbicki@knowsley.gov.uk"),
                    addr("Family First Duty", KFF), "Step down L3 - joint visit - Kai & Lexi Morrissey", when,
                    "knowsley.gov.uk", "iPhone Mail (22A348)")
    add(f, iphone_mail(f, top, text), "knowsley", "early_help_duty", when, 3, "ordinary", "step_down", False, 3,
        ["ICS-1342915"], [ch("Kai Morrissey", "2029-05-03", "3rd May 2029"),
                          ch("Lexi Morrissey", "2034-01-21", "21st Jan 2034")],
        ["parental_mental_health", "school_attendance"], True, None, ["worries_strengths_next"], True,
        "request_info",
        "Knowsley Level 3 step-down (REQUIREMENTS: meeting_details, worries_strengths_next, consent): joint home visit "
        "with date, time and address; consent given; only two of the three Signs of Safety headings ('what needs to "
        "happen' absent) -> worries_strengths_next missing. Mon 7 Oct -> Tue 15 Oct = 6 WD -> notice ok.",
        meeting=date(2041, 10, 15))


def knowsley_05():
    f, when = "knowsley_05.eml", "2041-10-29 15:10:00"
    body = T("""
Hi MASH,

Step up request for Skye Atherton, DOB 08/06/2026 (15), EHM-62290. Step up TAF meeting Wednesday 6th November 2041 at 10:00, Family First office, Kirkby - invite already sent to the MASH inbox and business support. Form and last TAF minutes attached. My manager Colette Barnes agreed the step up in supervision this morning. The Merseyside Exploitation Assessment is started but not finished - I'll send it by Friday.

Something else that needs picking up today, before the meeting:

At lunchtime Skye showed her form tutor (Mr Osei) messages from "Dean", the man she calls her manager for her "modelling" page. Mr Osei copied them down word for word:

Dean: be ready 8 tonight babe, end of your road, we're filming at mine
Dean: wear what I sent you. not the school stuff
Dean: and don't say nothing to your mam or you know what happens to the page

Skye told Mr Osei that Dean bought her phone and pays for her nails and that she "owes him two more shoots". She thinks he is about 30. She won't give his surname. Mum is on a night shift at the warehouse from 6pm until 7am. Skye has left school for the day and is not answering my calls.

Address: 19 Ferncliffe Road, Huyton L36. Mum's mobile 07700 900 388.

Thanks
Rachael

Rachael Ng
Family First Case Manager (Level 3)
0151 496 0518

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Atherton.docx", [
        "# FF Step Up request to CSC",
        "Case ID on EHM: EHM-62290",
        "Date of step up TAF meeting: 06/11/2041 10:00",
        "Recent TAF meeting minutes attached: Yes",
        "What are we worried about? Skye is being groomed by an older male who manages her 'modelling' page; "
        "gifts, debt, secrecy; going missing for evenings.",
        "What is working well? Skye still attends school; good relationship with her form tutor.",
        "What next? Step up to CSC; strategy discussion; Merseyside Exploitation Assessment to be completed.",
        "Merseyside Exploitation Assessment - CE/CSE concern: in progress",
        "Agreement by line manager: Colette Barnes, 29/10/2041"])
    mins = pdf_att("TAF minutes 15.10.2041 Atherton.pdf", "TAF meeting minutes - Atherton family", [
        "EHM-62290   Date: 15/10/2041", "Present: mum, Rachael Ng (Family First), Mr Osei (school)",
        "Skye has been out late on three evenings; new phone and clothes mum cannot explain.",
        "Actions: exploitation assessment to be started; consider step up at next TAF."])
    top = outlook_top(f, addr("Rachael Ng", "rachael.ng@knowsley.gov.uk"), addr("Knowsley MASH", KM),
                      "Step up - EHM-62290 - Skye Atherton (15) - TAF Weds 6th Nov", when,
                      cc=addr("MASH Business Support", KBS), mid_domain="knowsley.gov.uk")
    add(f, mail(f, top, body, [form, mins], html_alt=True), "knowsley", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-62290"], [ch("Skye Atherton", "2026-06-08", "08/06/2026")],
        ["exploitation", "sexual_harm"], None, True, ["exploitation_assessment"], True, "alert_duty",
        "A 15-YEAR-OLD WHOSE ADULT 'MANAGER' IS COLLECTING HER AT 8 TONIGHT TO FILM HER at his home, messages quoted, "
        "mum on a night shift, Skye unreachable. No alarm word. DESIGN safety rule 1 -> urgent -> alert_duty first. "
        "The step-up itself: form, TAF minutes, manager agreed, case id, TAF Wed 6 Nov (Tue 29 Oct -> 6 WD, ok); the "
        "Merseyside Exploitation Assessment is unfinished -> exploitation_assessment missing (REQUIREMENTS knowsley).",
        meeting=date(2041, 11, 6))


def knowsley_06():
    f, when = "knowsley_06.eml", "2041-11-14 07:30:00"
    h = LAYOUT_HEAD + T("""
<table width="640" cellpadding="8" cellspacing="0" border="0">
<tr><td style="background:#00557F;color:#FFFFFF;font-size:16pt"><b>Knowsley Safeguarding Children Partnership</b><br>Online Safety Bulletin - November 2041</td></tr>
<tr><td>
<h3>1. Children on camera: family vlogging and "sharenting"</h3>
<p>More families are earning money from channels that feature their children. Most of this is harmless - a parent's cooking channel or a day out. Practitioners should stay curious when a child is filmed being punished or humiliated "for views", is kept off school to film, or appears in paid subscription content. Examples we have seen nationally include a toddler left alone in a bath during a live stream, and a child made to stand outside in the cold as a "consequence" video.</p>
<h3>2. The "blackout" challenge is circulating again</h3>
<p>This dangerous choking challenge has resurfaced on short-video apps. Talk to children about it without showing it. If a child tells you they plan to try it, treat it as an immediate safeguarding concern.</p>
<h3>3. Reminder</h3>
<p>If a child is in immediate danger call 999. Otherwise contact the MASH in the usual way. Bulletins are for information only - please do not reply to this address.</p>
<h3>4. Training dates</h3>
<p>"Children on camera" briefing: Tuesday 3 December 2041, 09:30-11:00, online.</p>
</td></tr>
<tr><td style="font-size:8pt;color:#666666">You are receiving this because you are on the KSCP practitioner list. <a href="https://kscp.example.org/unsubscribe">Unsubscribe</a></td></tr>
</table>
</body></html>
""")
    top = [("From", addr("KSCP Bulletin", "bulletin@kscp.example.org")), ("To", addr("KSCP practitioners", "practitioners@lists.kscp.example.org")),
           ("Cc", KM),
           ("Subject", "KSCP Online Safety Bulletin - November 2041: children on camera, the blackout challenge"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "lists.kscp.example.org")),
           ("List-Id", "KSCP practitioners <practitioners.lists.kscp.example.org>"),
           ("List-Unsubscribe", "<https://kscp.example.org/unsubscribe>"), ("Precedence", "list")]
    add(f, build(top, text_part(h, "html"), False), "knowsley", "mash_step_up", when, 6, "near_miss", "other",
        False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS (a bulletin that lists examples): the partnership's online-safety newsletter names a toddler alone "
        "in a bath on a live stream, a child made to stand in the cold and the blackout challenge as examples, with "
        "'immediate danger' boilerplate; no real child, nothing happening. DESIGN safety rule 1: bulletins must not "
        "trigger it. Not a request -> other -> human_review.")


def knowsley_07():
    f, when = "knowsley_07.eml", "2041-09-11 08:47:00"
    data = itip_reply(f, when, "Marcus Whitfield-Eze", "marcus.whitfield-eze@knowsley.gov.uk",
                      ("Knowsley MASH", KM), "ACCEPTED",
                      "Step up TAF meeting - Dunleavy - EHM-61734 [SB-knowsley-131]",
                      "20410918T100000", "20410918T113000", "Microsoft Teams Meeting",
                      comment="Accepted - I'll chair. Please can the GCP2 be on screen share at the start.")
    add(f, data, "knowsley", "mash_step_up", when, 2, "ordinary", "meeting_reply", False, None, ["EHM-61734"], [],
        [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY (METHOD:REPLY, PARTSTAT=ACCEPTED) with a COMMENT from the MASH social worker who will chair "
        "knowsley_01's TAF (Wed 18 Sep); SUMMARY carries EHM-61734 and the reference -> meeting_reply -> record_reply.")


def knowsley_08():
    f, when = "knowsley_08.eml", "2041-11-22 14:20:00"
    quoted = ack("step-up request", "SB-knowsley-142", [
        "Family: Doherty   Case: EHM-62511", "Child: Mackenzie Doherty, DOB 30/09/2030",
        "Step-up TAF meeting: Wednesday 4 December 2041 10:00"],
        ["Engaging Families toolkit"])
    body = T("""
Hi, please find the Engaging Families toolkit attached for Mackenzie - completed with mum yesterday, it's also now referenced in the step up form (v2 attached as well). Sorry I missed it off.

Kath

Kath Ellison-Boyd
Family First Case Manager
0151 496 0261
""") + quote("Knowsley MASH <knowsleymash@knowsley.gov.uk>", "20 November 2041 16:02",
             "Kath Ellison-Boyd <kath.ellison-boyd@knowsley.gov.uk>",
             "Step-up request received [SB-knowsley-142] EHM-62511", quoted)
    toolkit = docx_att("Engaging Families Toolkit - Doherty.docx", [
        "# Engaging Families Toolkit - Signs of Well-being Family Engagement tool",
        "Family: Doherty   EHM-62511   Completed: 21/11/2041",
        "Scores recorded in the tool and discussed with mum on 21/11/2041.",
        "Completed by: Kath Ellison-Boyd, Family First Case Manager."])
    form2 = docx_att("FF Step Up request to CSC - Doherty v2.docx", [
        "# FF Step Up request to CSC", "Case ID on EHM: EHM-62511",
        "Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?): "
        "toolkit completed 21/11/2041, attached."])
    top = outlook_top(f, addr("Kath Ellison-Boyd", "kath.ellison-boyd@knowsley.gov.uk"), addr("Knowsley MASH", KM),
                      "RE: Step-up request received [SB-knowsley-142] EHM-62511", when,
                      cc=addr("MASH Business Support", KBS), mid_domain="knowsley.gov.uk")
    add(f, mail(f, top, body, [toolkit, form2]), "knowsley", "mash_step_up", when, 3, "ordinary", "follow_up",
        False, None, ["EHM-62511"], [ch("Mackenzie Doherty", "2030-09-30", "30/09/2030")], [], None, None, [],
        None, "attach_to_request",
        "Reply to stepbot's acknowledgement [SB-knowsley-142] adding the missing Engaging Families toolkit -> "
        "follow_up -> attach_to_request; the child and DOB come from the quoted acknowledgement; the quoted 'What is "
        "missing' list is not a concern.")


# ============================================================================= RICHMOND & WANDSWORTH
def richmond_wandsworth_01():
    f, when = "richmond_wandsworth_01.eml", "2041-11-21 20:14:00"
    text = T("""
Sorry if this is the wrong address, it was the only one I could find on the council website for children.

The little boy next door, Reggie Hollis, he's 6, has been standing outside their front door in just a t-shirt and pants since about quarter to 8. It's 2 degrees out. His mum Chantelle is filming him from the front window on her phone, I can hear her saying "say sorry to everyone, say it properly". She does videos for her page and she told me last week "the punishment ones get the most likes".

He is crying and knocking on the door and she won't let him in. His lips have gone a funny colour. I knocked on her door and she shouted at me to mind my own business. There is no one else in with them I don't think.

41 Elsynge Road, SW18. I'm at 43.

Please can somebody come. My number is 07700 900 275.

Bernadette O'Sullivan-Pryce

Sent from my iPhone
""")
    top = plain_top(f, addr("Bernadette O'Sullivan-Pryce", "bernie.osp@btinternet.example.com"), RM,
                    "Little boy next door outside in the cold", when, "btinternet.example.com", "iPhone Mail (22B91)")
    add(f, iphone_mail(f, top, text), "richmond_wandsworth", "mash_step_up", when, 2, "urgent", "other", True, None,
        [], [ch("Reggie Hollis")], ["neglect"], None, None, [], None, "alert_duty",
        "A MOTHER FILMING HER 6-YEAR-OLD MADE TO STAND OUTSIDE IN THE COLD FOR 'LIKES' TONIGHT: a neighbour, at 20:14, "
        "says he has been out in a t-shirt and pants at 2 degrees since 19:45, lips changing colour, not let in. No "
        "alarm word. DESIGN safety rule 1 -> urgent -> alert_duty (out-of-hours service at this hour). A member of the "
        "public, no step -> other. Left out in the cold -> neglect (physical_harm could be argued).")


def richmond_wandsworth_02():
    f, when = "richmond_wandsworth_02.eml", "2041-09-04 14:30:00"
    body = T("""
Dear MASH colleagues,

Following reflective discussion with Ama Boateng (Early Help Practitioner) in supervision today, I am requesting a step up to Children's Services for:

Esme Lindqvist, DOB 17.02.2028 (13), Mosaic ID 3318402
Mother: Karin Lindqvist; Father: Joel Lindqvist

The latest case summary is attached.

Rationale for step up
Early Help has worked with the family since January. Dad runs a "parenting coach" channel and posts clips of Esme's arguments and meltdowns, with her face shown, as examples of "how not to let a teenager win". Esme has told Ama she is laughed at in school because of the clips and she has not attended since the end of May (attendance 54% last year, 0% this term so far). She describes feeling low most days. Mum has been treated for depression since the spring and feels unable to challenge dad. Dad has refused two requests from the TAF to stop posting Esme and has withdrawn from TAF meetings. We have gone as far as we can at Early Help level and believe a Child and Family Assessment is needed.

Mum knows about this request and consents to the step up. I agree the case should step up.

Kind regards

Nneka Adebayo-Hart
Early Help Team Manager (West)
Richmond and Wandsworth Councils

""") + RDISC
    summary = docx_att("Case summary - Lindqvist - Sept 2041.docx", [
        "# Case summary", "Esme Lindqvist   DOB 17.02.2028   Mosaic ID 3318402",
        "Early Help Practitioner: Ama Boateng   Team Manager: Nneka Adebayo-Hart",
        "Open to Early Help since 12/01/2041. TAF members: school pastoral lead, school nurse, CAMHS SPA.",
        "Progress: limited. School refusal since May; father posting clips of Esme online; mother's depression."])
    top = outlook_top(f, addr("Nneka Adebayo-Hart", "nneka.adebayo-hart@richmondandwandsworth.gov.uk"),
                      addr("MASH: Step Up", RM), "Step up - Esme Lindqvist - Mosaic 3318402", when,
                      mid_domain="richmondandwandsworth.gov.uk")
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4, "ordinary",
        "step_up", False, None, ["3318402"], [ch("Esme Lindqvist", "2028-02-17", "17.02.2028")],
        ["parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up sent by the Early Help Team Manager (REQUIREMENTS: case_summary "
        "attached, rationale pasted under its own heading, child named) -> book_meeting; consent and manager agreement "
        "stated. 'Mosaic ID 3318402' -> the bare number. Father's posting is context, nothing immediate.")


def richmond_wandsworth_03():
    f, when = "richmond_wandsworth_03.eml", "2041-12-03 11:30:00"
    body = T("""
Hi Jasper,

As discussed on the phone this morning, confirming the step down case discussion for Friday 6th December at 10:00 (Teams) for:

Kian Whitlock-Baptiste, DOB 14 August 2027 - Mosaic 3301945
Rosa Whitlock-Baptiste, DOB 2 March 2033 - Mosaic 3301946

Latest case summary and the draft Early Help plan are attached.

Mum and Kian both agreed to Early Help continuing the plan when I saw them on Monday, and Rosa is happy for Mrs Akande at school to keep seeing her.

For background - the referral in September came after a video went round Kian's school that looked like his stepdad throwing him into the canal off a bridge. The s47 enquiry established it was a staged prank filmed by a hired stunt company, with a stunt performer doubling for Kian; Kian was never in the water and was not harmed, and the family took the video down the same week. No safeguarding concerns were found and the enquiry ended with no further action. What's left is Rosa's attendance (87%) and some help with routines.

Thanks,
Ciarán

Ciarán Mac Giolla Phádraig
Social Worker, Assessment and Intervention Team 3
Wandsworth Children's Services

""") + RDISC
    summ = docx_att("Case summary Whitlock-Baptiste Dec 2041.docx", [
        "# Case summary - Whitlock-Baptiste", "Kian (14) Mosaic 3301945; Rosa (8) Mosaic 3301946",
        "Section 47 enquiry (September 2041): video shown to be staged; no harm; NFA.",
        "Child and Family Assessment concluded 28/11/2041: Early Help recommended for attendance and routines."])
    plan = docx_att("Draft Early Help plan - Whitlock-Baptiste.docx", [
        "# Draft Early Help plan", "Outcome 1: Rosa's attendance above 95% by February half term - school.",
        "Outcome 2: consistent bedtime routine - Early Help worker, weekly visits for 8 weeks.",
        "Lead Professional (proposed): Mrs Titilayo Akande, Learning Mentor, Furzedown Primary School."])
    top = outlook_top(f, addr("Ciarán Mac Giolla Phádraig", "ciaran.macgiollaphadraig@richmondandwandsworth.gov.uk"),
                      addr("Early Help Duty", RE), "Step down - Whitlock-Baptiste - case discussion Fri 6/12 10:00",
                      when, cc=addr("Jasper Quint", "jasper.quint@richmondandwandsworth.gov.uk"),
                      mid_domain="richmondandwandsworth.gov.uk")
    add(f, mail(f, top, body, [summ, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["3301945", "3301946"],
        [ch("Kian Whitlock-Baptiste", "2027-08-14", "14 August 2027"),
         ch("Rosa Whitlock-Baptiste", "2033-03-02", "2 March 2033")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS (a staged prank video, no child harmed): the 'thrown into the canal' clip was shown by s47 to be "
        "staged with a stunt double, Kian never in the water, NFA -> not urgent, no physical_harm. Complete Richmond & "
        "Wandsworth step-down (case summary, draft plan, consent from mum and Kian) -> book_meeting; the case "
        "discussion time agreed with the Early Help duty manager is recorded.")


def richmond_wandsworth_04():
    f, when = "richmond_wandsworth_04.eml", "2041-10-16 12:40:00"
    worker = T("""
Dom - need you to see this before I write it up properly.

Home visit this morning at 10 to Kerry Voss and Maisie (11). Maisie was home, off school with a cold. While I was there Kerry was on her phone and showed me, laughing, her "page" - a paid subscription site where she posts photos of Maisie in swimwear and underwear "for the fans". Kerry said it pays the rent.

There was a message on screen from a subscriber: "£300 for a private video of her in the bath, tonight, live. just you and me watching". Kerry had replied "deal, 9pm x". When I said this was not OK she laughed and then told me to leave.

Maisie is at home with Kerry now. No one else lives there. I am back in the office - 020 7946 0321.

Leila
""")
    body = T("""
MASH colleagues,

Forwarding Leila's note below. I have spoken with Leila and I agree this must step up to Children's Services today. Case summary attached; rationale below. Leila and I are both in the office this afternoon.

Child: Maisie Voss, DOB 05/04/2030 - Mosaic 3324561

Rationale
Mum is selling sexualised images of Maisie through a paid subscription page and has agreed with a subscriber to film Maisie in the bath, live, at 9pm tonight. This goes far beyond the Early Help plan (attendance and routines). Maisie is 11 and at home with mum now.

Dominic Strachan
Early Help Team Manager (South)
020 7946 0384
""") + quote("Leila Haddad <leila.haddad@richmondandwandsworth.gov.uk>", "16 October 2041 12:21",
             "Dominic Strachan <dominic.strachan@richmondandwandsworth.gov.uk>", "Voss - home visit today", worker)
    summ = pdf_att("Case summary - Voss - Oct 2041.pdf", "Early Help case summary - Voss", [
        "Maisie Voss   DOB 05/04/2030   Mosaic 3324561", "Early Help since 02/06/2041 (attendance, routines).",
        "16/10/2041: practitioner saw images of Maisie on mother's paid subscription page; see rationale."])
    top = outlook_top(f, addr("Dominic Strachan", "dominic.strachan@richmondandwandsworth.gov.uk"),
                      addr("MASH: Step Up", RM), "FW: Voss - home visit today - step up Maisie Voss", when,
                      mid_domain="richmondandwandsworth.gov.uk", extra=[("Importance", "High")])
    add(f, mail(f, top, body, [summ], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3, "urgent",
        "step_up", True, None, ["3324561"], [ch("Maisie Voss", "2030-04-05", "05/04/2030")],
        ["exploitation", "sexual_harm"], None, True, [], None, "alert_duty",
        "A PARENT SELLING 'CONTENT' OF A CHILD: mum sells images of her 11-year-old on a subscription page and has "
        "agreed to film her in the bath, live, at 9pm tonight; the child is with her now. No alarm word. DESIGN safety "
        "rule 1 -> urgent -> alert_duty. Otherwise a complete step-up forwarded by the Early Help Team Manager (case "
        "summary attached, rationale under its own heading) -> missing [].")


def richmond_wandsworth_05():
    f, when = "richmond_wandsworth_05.eml", "2041-09-16 16:45:00"
    body = T("""
Hi Early Help duty,

Following my call with Keziah earlier, we've agreed a step down case discussion for Friday 20th September at 2pm.

Child: Rafferty Quinn-Achterberg, DOB 2034-11-08 (Mosaic ID 3290177)

Latest case summary attached. The draft Early Help plan isn't finished - I'm working on it tonight and will send it tomorrow.

I'm seeing mum on Thursday and will ask her then whether she's happy for Early Help to carry on the plan - I haven't had the chance to ask her yet.

Main needs going forward: Rafferty is on the waiting list for an ADHD assessment and has an EHCP needs assessment under way; mum would like help with his behaviour at home.

Many thanks
Olamide

Olamide Fashola
Social Worker, Child in Need Team (Richmond)

""") + RDISC
    summ = pdf_att("Case summary Quinn-Achterberg.pdf", "Case summary - Rafferty Quinn-Achterberg", [
        "Mosaic ID 3290177   DOB 2034-11-08", "CIN plan since March 2041; plan outcomes largely met.",
        "Outstanding: ADHD assessment (waiting list), EHCP needs assessment, behaviour support for mum."])
    top = outlook_top(f, addr("Olamide Fashola", "olamide.fashola@richmondandwandsworth.gov.uk"),
                      addr("Early Help Duty", RE), "Step down - Rafferty Quinn-Achterberg - 3290177", when,
                      mid_domain="richmondandwandsworth.gov.uk")
    add(f, mail(f, top, body, [summ]), "richmond_wandsworth", "early_help_duty", when, 4, "ordinary", "step_down",
        False, None, ["3290177"], [ch("Rafferty Quinn-Achterberg", "2034-11-08", "2034-11-08")],
        ["disability_send"], None, None, ["consent", "draft_plan"], None, "request_info",
        "Richmond & Wandsworth step-down (REQUIREMENTS: case_summary, draft_plan, consent): case summary attached; "
        "draft plan 'will send tomorrow' -> missing; consent still to be asked ('will ask her then') -> null -> "
        "missing -> request_info.")


def richmond_wandsworth_06():
    f, when = "richmond_wandsworth_06.eml", "2041-11-05 10:15:00"
    quoted = ack("message", "SB-richmond_wandsworth-77", [
        "Child: Theo Castellanos (DOB 12/12/2036)", "Mosaic: 3331208"])
    body = T("""
Good morning,

Update for your records on the livestream reported to us and to you on 28 October.

The stream was investigated by our Online Child Sexual Abuse and Exploitation team. The platform removed the clip and suspended the account on 29/10/2041. Officers attended with the allocated social worker on 30/10/2041. Theo (4) was seen and spoken with; he was well and appropriately cared for. The "night-time stream" was a baby-monitor app that his grandmother had set to public by mistake; there were no other viewers' requests, no interaction and nothing of a sexual nature. No offences have been identified and police are taking no further action. The social worker is closing her enquiry.

No further police action is required. Please attach this to your record.

Regards

DC Harriet Oyelaran 4471SW
Online Child Sexual Abuse & Exploitation Team
Metropolitan Police Service - South West BCU
""") + original("Richmond and Wandsworth MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk>",
                "28 October 2041 15:40", "Harriet Oyelaran", "Received [SB-richmond_wandsworth-77]", quoted)
    top = outlook_top(f, addr("Oyelaran Harriet - SW-CU", "harriet.oyelaran@met.police.example.uk"),
                      addr("MASH: Step Up", RM), "RE: Received [SB-richmond_wandsworth-77] - Castellanos - update",
                      when, mid_domain="met.police.example.uk")
    add(f, mail(f, top, body), "richmond_wandsworth", "mash_step_up", when, 4, "near_miss", "follow_up", False, None,
        ["3331208"], [ch("Theo Castellanos", "2036-12-12", "12/12/2036")], [], None, None, [], None,
        "attach_to_request",
        "NEAR MISS (a video already taken down and investigated): police update that the reported night-time stream "
        "was removed, the child seen well, a monitor app set public by mistake, NFA. Resolved -> not urgent, no "
        "concerns. A reply under [SB-richmond_wandsworth-77] -> follow_up -> attach_to_request; child, DOB and Mosaic "
        "number from the quoted acknowledgement.")


def richmond_wandsworth_07():
    f, when = "richmond_wandsworth_07.eml", "2041-09-27 12:02:00"
    body = T("""
Thank you for your email. I am on annual leave from Friday 27 September, returning on Monday 7 October 2041, with no access to email.

For step down case discussions please contact the Early Help duty line or email EarlyHelpDuty@richmondandwandsworth.gov.uk. If a child is in immediate danger, call 999.

Keziah Bloom
Early Help Duty Team Manager
""")
    data = ooo(f, when, "Keziah Bloom", "keziah.bloom@richmondandwandsworth.gov.uk", addr("Early Help Duty", RE),
               "Step down - Rafferty Quinn-Achterberg - 3290177", body)
    add(f, data, "richmond_wandsworth", "early_help_duty", when, 1, "ordinary", "auto_reply", False, None, [], [],
        [], None, None, [], None, "ignore",
        "Outlook out-of-office ('Automatic reply:', Auto-Submitted: auto-replied, X-Auto-Response-Suppress: All) with "
        "'immediate danger, call 999' boilerplate -> auto_reply -> ignore (DESIGN safety rule 2); the quoted subject "
        "names a child but the auto-reply itself carries no request.")


def richmond_wandsworth_08():
    f, when = "richmond_wandsworth_08.eml", "2041-12-09 09:05:00"
    body = T("""
Good morning,

Not a referral - just checking something and asking for a leaflet.

One of our lunchtime staff mentioned that Amani Osei-Tutu (Year 4) "is on YouTube every week". I've had a look with our DSL. It is her dad's cooking channel, "Sunday Jollof with Papa K". Amani helps stir and taste in a couple of videos a month - in the family kitchen, fully dressed, comments switched off, no school uniform, no address or school shown. She talks about it proudly in class and dad checks with her before anything goes up. Our DSL and I have no concerns about this at all.

While I was speaking to dad he asked whether Early Help runs a parenting course for families with teenagers (Amani's older brother is 15). Is there a leaflet or a link I can pass on?

Many thanks

Grace Ntim
Family Support Worker
Southfields Park Primary School
""")
    top = gmail_top(f, addr("Grace Ntim", "g.ntim@southfieldspark.example.sch.uk"), RE,
                    "Question re parenting courses (and a YouTube channel - no concerns)", when)
    add(f, gmail_mail(f, top, body), "richmond_wandsworth", "early_help_duty", when, 4, "near_miss", "other", False,
        None, [], [ch("Amani Osei-Tutu")], [], None, None, [], None, "human_review",
        "NEAR MISS (a parent's harmless cooking channel): a child on YouTube, checked by the DSL, 'no concerns about "
        "this at all'; the real ask is a parenting-course leaflet -> not urgent, no concerns; no step request -> other "
        "-> human_review.")


# ============================================================================= TOWER HAMLETS
def tower_hamlets_01():
    f, when = "tower_hamlets_01.eml", "2041-11-01 15:42:00"
    body = T("""
Dear MAST,

At 15:10 two Year 7 girls came to me with a screenshot of a Snapchat story posted at 14:52 by Nusaybah Karim (Year 7, DOB 19/05/2030). It reads, exactly:

"doing the blackout challenge 2nite when mums at work 🤞 1 min timer lets see if i pass out 😂 will post it after"

Her friends say she has been watching the videos all week and "practised" with a scarf at break on Wednesday. Nusaybah left school at 15:05 on the bus and her phone now goes straight to voicemail. Mum works late shifts at the hospital (starts 6pm, home after midnight); Nusaybah will be at home with her brother Zain Karim (9) this evening. I have left a message for mum.

Address: 11 Shetland Road, Bow, E3.

I am in school until 5.30pm on 020 7946 0552 and have the screenshot.

Jasmine Achterberg-Ali
Deputy Headteacher / Designated Safeguarding Lead
Bow Lock Secondary School
""")
    top = outlook_top(f, addr("Jasmine Achterberg-Ali", "j.achterberg-ali@bowlock.example.sch.uk"), addr("MAST", TM),
                      "Y7 pupil Nusaybah Karim - Snapchat post about tonight", when,
                      mid_domain="bowlock.example.sch.uk")
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 3, "urgent", "other", True,
        None, [], [ch("Nusaybah Karim", "2030-05-19", "19/05/2030"), ch("Zain Karim")], ["physical_harm"], None,
        None, [], None, "alert_duty",
        "A CHILD WHO POSTED THAT SHE WILL DO THE 'BLACKOUT' CHALLENGE TONIGHT, post quoted with emoji, already "
        "'practised' with a scarf, unreachable, mum at work this evening. No alarm word. DESIGN safety rule 1 -> urgent "
        "-> alert_duty. A DSL's report, no step -> other. Self-strangulation -> physical_harm (the nearest concern id).")


def tower_hamlets_02():
    f, when = "tower_hamlets_02.eml", "2041-09-12 13:25:00"
    body = T("""
Hi MAST,

Please find attached the MARF for a step up for Idris Chowdhury-Lane (DOB 22/01/2029) and his sister Hafsa Chowdhury-Lane (DOB 30/06/2027), Mosaic 2810334.

Mum (Rokeya) consented to the MARF yesterday. My team manager Nadia Rahim has read it and agreed the step up (Nadia is copied in).

Summary: stepdad Craig Lane runs a channel called "Lane Family Discipline" with 40k followers. Since June he has posted videos of Idris being made to do "ice bath challenges" as punishments - in the bath full of ice, timed, with Craig counting down. School saw one of the videos last week. Idris has become withdrawn and flinches when Craig's name is mentioned.

Then, just now - Hafsa texted me at 13:05 and I'm copying it exactly:

"craig says idris is doing the ice bath again tonight for the live when he gets in at 6. he bought 4 bags of ice. last time idris went blue and couldnt talk for ages. mum is at work till 10. please dont tell craig i told u"

Both children are at school until 3.15 and then go home to Craig. Address 7 Cordelia Street, Poplar, E14.

Shahana Begum
Early Help Practitioner, Family Support and Protection
Tower Hamlets Council
020 7946 0176

""") + TDISC
    marf = pdf_att("MARF - Chowdhury-Lane - Sept 2041.pdf", "Multi-Agency Request for Support (MARF)", [
        "Children: Idris Chowdhury-Lane (22/01/2029), Hafsa Chowdhury-Lane (30/06/2027)   Mosaic 2810334",
        "Referrer: Shahana Begum, Early Help Practitioner", "Parental consent: given by mother 11/09/2041",
        "Manager: Nadia Rahim - agreed 12/09/2041",
        "Reason: stepfather posts videos of Idris made to sit in ice baths as punishment for his channel."])
    top = outlook_top(f, addr("Shahana Begum", "shahana.begum@towerhamlets.gov.uk"), addr("MAST", TM),
                      "MAST step up - Chowdhury-Lane - Mosaic 2810334", when,
                      cc=addr("Nadia Rahim", "nadia.rahim@towerhamlets.gov.uk"), mid_domain="towerhamlets.gov.uk")
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 3, "urgent", "step_up",
        True, None, ["2810334"], [ch("Idris Chowdhury-Lane", "2029-01-22", "22/01/2029"),
                                  ch("Hafsa Chowdhury-Lane", "2027-06-30", "30/06/2027")],
        ["physical_harm"], True, True, [], None, "alert_duty",
        "A CHILD FILMED BEING PUNISHED FOR VIEWS, TONIGHT: the sister's text, copied exactly, says the stepfather will "
        "put Idris in an ice bath again 'for the live' at 6 tonight (last time he 'went blue'). No alarm word. DESIGN "
        "safety rule 1 -> urgent -> alert_duty. Otherwise a complete MAST step-up (MARF attached, manager agreed, "
        "consent) -> missing [].")


def tower_hamlets_03():
    f, when = "tower_hamlets_03.eml", "2041-10-09 15:00:00"
    blocks = [
        "Dear Early Help Hub,", "",
        "Step down to Early Help following the Child and Family Assessment (concluded 02/10/2041).", "",
        ("table", [["Child", "DOB", "Mosaic"], ["Rumi Hossain", "07/12/2031", "2803377"]]),
        "",
        ("h", "TAF meeting"),
        "I have arranged the TAF meeting for Wednesday 16 October 2041 at 14:00 at the Idea Store, Chrisp Street "
        "(meeting room 2). I will chair. Minutes will be on Mosaic within the 10 working days.", "",
        ("h", "Lead Practitioner"),
        "Ms Farzana Miah, Learning Mentor, Marner Primary School - agreed on 07/10/2041.", "",
        ("h", "Consent"),
        "Mum has consented to the step down to Early Help (signed today).", "",
        ("h", "Background (historic)"),
        "The contact in August came from school after staff saw a video on a parent's phone of Rumi being shouted at "
        "and made to hold a heavy bag over his head for his uncle's \"strict parenting\" channel. That was "
        "investigated under s47 in August: the uncle has returned to Bangladesh, the channel was taken down on "
        "14/08/2041 and Rumi has had no contact with him since. There is no current concern of physical harm.", "",
        "Going forward the need is mainly mum's isolation and low mood since the move; she has agreed to a referral "
        "to the women's wellbeing group.", "",
        "Attached: C&F assessment, draft TAF plan.", "",
        "Regards", "Mehmet Yıldız", "Social Worker, Assessment and Intervention", "Tower Hamlets Children's Social Care",
    ]
    assess = pdf_att("CF Assessment - Rumi Hossain - Oct 2041.pdf", "Child and Family Assessment - summary", [
        "Rumi Hossain   DOB 07/12/2031   Mosaic 2803377", "Assessment concluded: 02/10/2041",
        "Outcome: step down to Early Help (TAF plan with Lead Practitioner).",
        "Section 47 (August 2041): concluded; uncle no longer in the UK; video removed 14/08/2041."])
    plan = docx_att("Draft TAF plan - Hossain.docx", [
        "# Draft TAF plan - Hossain", "Lead Practitioner: Farzana Miah (Marner Primary School)",
        "1. Mum linked to women's wellbeing group - by 30/10/2041.", "2. Rumi: weekly mentoring - ongoing."])
    top = outlook_top(f, addr("Mehmet Yıldız", "mehmet.yildiz@towerhamlets.gov.uk"), addr("Early Help Hub", TE),
                      "Step down to Early Help - Rumi Hossain (Mosaic 2803377)", when, mid_domain="towerhamlets.gov.uk")
    add(f, word_mail(f, top, blocks, [assess, plan], plain_twin=False), "tower_hamlets", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["2803377"], [ch("Rumi Hossain", "2031-12-07", "07/12/2031")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "NEAR MISS (a video a school saw, investigated and taken down in August; 'no current concern of physical "
        "harm'). HTML-only Outlook mail. Complete Tower Hamlets step-down (REQUIREMENTS: C&F assessment .pdf, draft "
        "TAF plan .docx, consent, Lead Practitioner with agency) -> book_meeting; TAF Wed 16 Oct is 10 WD after the "
        "assessment ended on 2 Oct (seed 001). Mum's low mood -> parental_mental_health.")


def tower_hamlets_04():
    f, when = "tower_hamlets_04.eml", "2041-11-20 02:31:00"
    body = T("""
Dear colleagues,

I write from the Trust & Safety escalations team of Loopcast. Our team is observing in this moment a live broadcast which is still active. Please see the details also in the attached report.

- Broadcast started: 00:58 UK time, still live at 02:29
- Account registered to an address in London E1 (see below)
- In the broadcast is a small child, we estimate 3 or 4 years old, in a bedroom alone. The adult who started the broadcast is not visible since 01:44.
- The child is crying and has pulled a chair to the window. The window is open (we can see the curtain moving and the street lights). The room appears to be on an upper floor.
- Viewers are sending gifts and writing "open it more", "climb". We have disabled gifts and comments at 02:20. We keep the broadcast running only to preserve the location and the evidence, we cannot speak to the child.

Account holder name: "Kayleigh M."
Address on the account: Flat 41, Brodlove House, Sidney Street, London E1
Broadcast ID: LC-88213-0447

We have also reported to the police through the online portal at 02:24 but we did not receive a confirmation yet. We find your address in the public list for child protection in this borough. Please can somebody go to the address. We are available 24 hours on +44 20 7946 0995.

Kind regards,
Inês Carvalho
Trust & Safety Escalations Specialist, Loopcast (Lisbon office)
""")
    report = txt_att("LC-88213-0447_escalation.txt", T("""
LOOPCAST TRUST & SAFETY - LIVE ESCALATION
Broadcast ID: LC-88213-0447
Status: LIVE (gifts and comments disabled 02:20 UK)
Minor present: YES, est. age 3-4, alone, not asleep
Adult visible: NO since 01:44 UK
Environment: bedroom, window open, child climbing on chair
Viewer behaviour: encouraging child toward window
Account holder: Kayleigh M.
Registered address: Flat 41, Brodlove House, Sidney Street, London E1
Police portal report: submitted 02:24 UK, no reference received
"""))
    top = gmail_top(f, addr("Loopcast Trust & Safety Escalations", "safety-escalations@loopcast-mail.example.net"),
                    addr(None, TM), "Live broadcast with small child alone - address in your borough - LC-88213-0447",
                    when)
    add(f, gmail_mail(f, top, body, [report]), "tower_hamlets", "mash_step_up", when, 2, "urgent", "other", True,
        None, [], [], ["neglect"], None, None, [], None, "alert_duty",
        "A CHILD LIVESTREAMED AT NIGHT: a platform's trust-and-safety specialist (non-native English, 02:31) watching "
        "a live broadcast of a 3-4-year-old alone, climbing to an open upper-floor window while viewers urge her on. "
        "No alarm word. DESIGN safety rule 1 -> urgent -> alert_duty (out-of-hours service at this hour). No child "
        "named; not a request -> other. Left alone -> neglect.")


def tower_hamlets_05():
    f, when = "tower_hamlets_05.eml", "2041-09-24 10:10:00"
    body = T("""
Hello Early Help Hub,

Step down request following the Child and Family Assessment for Yusra Ahmed-Korkmaz (DOB 04-02-2031), Mosaic 2799651. The assessment was completed on 18/09/2041 and is attached, along with the draft TAF plan.

Consent: I discussed Early Help with dad on Friday. He has said no to Early Help for now - he wants to "think about it" and see how the new school term goes. I will try again next week but at the moment it is a no.

Lead Practitioner: not identified yet. School (Stepney All Saints) have said they might but want to see the plan first.

Needs: Yusra (10) helps look after mum, who has MS, before and after school; she is tired and worried about mum. A young carers' assessment is recommended in the plan.

Thanks
Bogdan Ionescu
Social Worker, Children and Families Assessment Team
""") + TDISC
    assess = pdf_att("C&F Assessment - Ahmed-Korkmaz.pdf", "Child and Family Assessment", [
        "Yusra Ahmed-Korkmaz   DOB 04-02-2031   Mosaic 2799651", "Completed 18/09/2041",
        "Outcome: step down to Early Help recommended; young carers' assessment."])
    plan = docx_att("Draft TAF plan - Ahmed-Korkmaz.docx", [
        "# Draft TAF plan", "1. Young carers' assessment - by 31/10/2041.", "2. Respite sessions for Yusra."])
    top = outlook_top(f, addr("Bogdan Ionescu", "bogdan.ionescu@towerhamlets.gov.uk"), addr("Early Help Hub", TE),
                      "Step down - Yusra Ahmed-Korkmaz - Mosaic 2799651", when, mid_domain="towerhamlets.gov.uk")
    add(f, mail(f, top, body, [assess, plan]), "tower_hamlets", "early_help_duty", when, 5, "ordinary", "step_down",
        False, None, ["2799651"], [ch("Yusra Ahmed-Korkmaz", "2031-02-04", "04-02-2031")], ["young_carer"], False,
        None, ["consent", "lead_practitioner"], None, "request_info",
        "Tower Hamlets step-down (REQUIREMENTS: assessment, draft_plan, consent, lead_practitioner): assessment and "
        "draft plan attached; dad 'has said no to Early Help for now' -> consent false -> missing; Lead Practitioner "
        "'not identified yet' -> missing -> request_info.")


def tower_hamlets_06():
    f, when = "tower_hamlets_06.eml", "2041-12-02 13:00:00"
    body = T("""
Hi MAST team,

A quick process question - this is NOT about a real child or family.

We're writing scenarios for Friday's staff INSET on "children on camera". One of them is: hypothetically, if a teacher were scrolling at home in the evening and came across a parent from our school livestreaming their child at night - say a young child left alone in a room - would you want staff to ring MAST first, or the police first, or both? And would the answer change if it was a video from last week rather than live?

Also, is there a named person in MAST we could invite to the session for 20 minutes?

Thanks so much,
Eilidh Ramaswamy
Assistant Head (Pastoral) & DSL
Globe Town Primary School
""")
    top = gmail_top(f, addr("Eilidh Ramaswamy", "e.ramaswamy@globetown.example.sch.uk"), addr("MAST", TM),
                    "Process question for staff training (hypothetical scenario)", when)
    add(f, gmail_mail(f, top, body), "tower_hamlets", "mash_step_up", when, 3, "near_miss", "other", False, None,
        [], [], [], None, None, [], None, "human_review",
        "NEAR MISS (hypothetical, training): a DSL asks how staff should report a parent livestreaming a child alone at "
        "night - 'NOT about a real child', a scenario for an INSET day. DESIGN safety rule 1: hypotheticals must not "
        "trigger it. A process enquiry -> other -> human_review.")


def tower_hamlets_07():
    f, when = "tower_hamlets_07.eml", "2041-10-11 09:12:00"
    data = google_reply(f, when, "Farzana Miah", "f.miah@marner.example.sch.uk", ("Early Help Hub", TE), "DECLINED",
                        "TAF meeting - Rumi Hossain - Mosaic 2803377 [SB-tower_hamlets-208]",
                        "20411016T130000Z", "20411016T140000Z", "Idea Store Chrisp Street, meeting room 2",
                        "Wed 16 Oct 2041 14:00 - 15:00 (BST)",
                        note="Sorry - Year 6 residential that week. Our SENCo Mr Dawson will attend in my place "
                             "and I'll pick up as Lead Practitioner from Monday 21st.")
    add(f, data, "tower_hamlets", "early_help_duty", when, 3, "ordinary", "meeting_reply", False, None, ["2803377"],
        [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (METHOD:REPLY, PARTSTAT=DECLINED, COMMENT naming a substitute) from the Lead "
        "Practitioner for tower_hamlets_03's TAF (times in UTC) -> meeting_reply -> record_reply; 'Mosaic 2803377' in "
        "the SUMMARY -> the bare number.")


def tower_hamlets_08():
    f, when = "tower_hamlets_08.eml", "2041-12-17 10:40:00"
    body = T("""
Hi MAST,

MARF attached for Lucas Ferreira-Mensah, DOB 11.06.2031, Mosaic 2821906. Mum (Adriana) consented to the MARF at my visit this morning.

Lucas (10) has a gaming channel that mum runs for him. She has posted clips showing his school uniform and the street outside, and doesn't moderate the comments. Mum's drinking has increased since the summer - two incidents where school couldn't get hold of her at pick up. Attendance is 83%.

My team manager Olwen is on leave until 2 January, so I haven't had her sign off yet - I'll get it as soon as she is back. Nothing here is happening today; it's the pattern that worries me.

Thanks,
Tendai Moyo
Early Help Practitioner
""") + TDISC
    marf = pdf_att("MARF Ferreira-Mensah.pdf", "Multi-Agency Request for Support (MARF)", [
        "Child: Lucas Ferreira-Mensah   DOB 11.06.2031   Mosaic 2821906", "Consent: mother, 17/12/2041",
        "Manager sign-off: pending (team manager on leave until 2 January)",
        "Concerns: personal details posted online; mother's alcohol use; attendance 83%."])
    top = outlook_top(f, addr("Tendai Moyo", "tendai.moyo@towerhamlets.gov.uk"), addr("MAST", TM),
                      "MARF - Lucas Ferreira-Mensah - Mosaic 2821906", when, mid_domain="towerhamlets.gov.uk")
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 4, "ordinary", "step_up",
        False, None, ["2821906"], [ch("Lucas Ferreira-Mensah", "2031-06-11", "11.06.2031")],
        ["school_attendance", "substance_misuse"], True, None, ["manager_agreed"], None, "request_info",
        "Tower Hamlets MAST step-up (REQUIREMENTS: request_for_support, manager_agreed): MARF attached, consent given; "
        "the team manager has not signed off yet (on leave) -> manager_agreed null -> missing -> request_info. 'Nothing "
        "here is happening today' -> not urgent.")


# ============================================================================= TORBAY
def torbay_01():
    f, when = "torbay_01.eml", "2041-11-07 18:52:00"
    body = T("""
Im watching my sisters partner Lee on facebook live right now. He is making my nephew Tyler-Jay Penhaligon (8) kneel on uncooked rice on the kitchen floor with his hands on his head as a "punishment" because he spilt a drink. Lee keeps saying he stays there till the live gets to 500 viewers. Its been going since half 6.

Tyler-Jay is crying and his knees are bleeding through his trousers you can see it. Every time he wobbles Lee pushes him back down by the shoulders. My sister Kerry is in the room laughing and reading out the comments.

18 Foxhole Road, Paignton. I'm in Plymouth I cant get there. I screenshotted it.

Please send someone

Dawn Trewin (Tyler-Jay's auntie) 07700 900 843

Sent from my Galaxy
""")
    top = gmail_top(f, addr("Dawn Trewin", "dawntrewin85@gmail.example.com"), BM,
                    "my nephew on facebook live now", when,
                    extra=[("X-Mailer", "Samsung Email")])
    add(f, gmail_mail(f, top, body), "torbay", "mash_step_up", when, 3, "urgent", "other", True, None, [],
        [ch("Tyler-Jay Penhaligon")], ["physical_harm"], None, None, [], None, "alert_duty",
        "A CHILD FILMED BEING PUNISHED FOR VIEWS, LIVE NOW: an aunt watching a Facebook live of an 8-year-old made to "
        "kneel on rice till his knees bleed and pushed down 'till the live gets to 500 viewers', at 18:52 (out of "
        "hours). No alarm word. DESIGN safety rule 1 -> urgent -> alert_duty. A relative, no step -> other. "
        "physical_harm.")


def torbay_02():
    f, when = "torbay_02.eml", "2041-09-03 11:20:00"
    body = T("""
Morning Early Help,

Please can I have a triage slot for a step down to level 3 Early Help - LCS-4410923.

Poppy Tregenza - DOB 09/09/2034 (6)
Alfie Tregenza - DOB 27/02/2038 (3) - so I think this needs the under 5s triage

Single Assessment attached - my team manager Tamsin Verity has agreed the step down and her management analysis is at the end of the assessment.

Mum (Danielle) has consented to level 3 Early Help and would like the same family support worker from the children's centre if possible.

Needs: mum's postnatal depression has lifted but she is still under the perinatal team; she stopped posting the children on her "mum life" page after we talked about privacy settings and is happy with that. Alfie has a speech delay referral in.

Thanks
Jago Penrose-Liddle
Social Worker, Safeguarding and Supporting Families Team
""") + BDISC
    sa = pdf_att("Single Assessment - Tregenza - Aug 2041.pdf", "Single Assessment - Tregenza", [
        "LCS-4410923   Poppy Tregenza 09/09/2034; Alfie Tregenza 27/02/2038",
        "Outcome: step down to level 3 Early Help.",
        "Team manager analysis (Tamsin Verity, 30/08/2041): agree step down; no further need for statutory "
        "intervention; ongoing support for maternal mental health."])
    top = outlook_top(f, addr("Jago Penrose-Liddle", "jago.penrose-liddle@torbay.gov.uk"), addr("Early Help", BE),
                      "Step down triage request - LCS-4410923 - Tregenza", when, mid_domain="torbay.gov.uk")
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 4, "ordinary", "step_down",
        False, 3, ["LCS-4410923"], [ch("Poppy Tregenza", "2034-09-09", "09/09/2034"),
                                    ch("Alfie Tregenza", "2038-02-27", "27/02/2038")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down (REQUIREMENTS: assessment attached, manager agreed, consent) at level 3; Alfie is 3 "
        "so the fortnightly under-5s triage applies -> book_meeting. Mum stopping posting the children is context, "
        "not a concern.")


def torbay_03():
    f, when = "torbay_03.eml", "2041-09-26 14:15:00"
    body = T("""
Dear MASH,

Contact to MASH - planned step up from level 3 Early Help for Ruby Hext, DOB 2032-12-04, EHM-772418.

Mum (Stacey) has given her consent for this contact to MASH, and I discussed the step up with my assistant team manager, Ursula Kemp, this morning - she agrees it meets level 4.

Concerns: home conditions have gone backwards over the summer despite the plan - dog mess in the bedrooms, no working cooker, Ruby sleeping on a bare mattress; head lice untreated for months; she is often hungry at school. Attendance 79%.

For completeness, as it's on the school's log: the TikTok of Ruby in the bath which school raised on 9 September was an old clip from 2038, reposted by an aunt. Devon & Cornwall Police's online team had it taken down on 10/09, spoke to the aunt and found no offence. There is no concern about it now and it isn't the reason for this step up.

Kind regards
Petroc Hambly
Early Help Lead Practitioner, Torbay Family Hub
01803 960 217

""") + BDISC
    top = outlook_top(f, addr("Petroc Hambly", "petroc.hambly@torbay.gov.uk"), addr("MASH", BM),
                      "Contact to MASH - step up - Ruby Hext - EHM-772418", when,
                      cc=addr("Ursula Kemp", "ursula.kemp@torbay.gov.uk"), mid_domain="torbay.gov.uk")
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 3, "near_miss", "step_up", False, None,
        ["EHM-772418"], [ch("Ruby Hext", "2032-12-04", "2032-12-04")], ["neglect", "school_attendance"], True, True,
        [], None, "book_meeting",
        "NEAR MISS (a video already taken down and investigated): the bath clip was a 2038 repost, removed by police "
        "on 10/09, no offence, 'no concern about it now'. Complete Torbay step-up (REQUIREMENTS: consent given, ATM "
        "agreed) -> book_meeting. Home conditions, hunger -> neglect; 79% -> school_attendance.")


def torbay_04():
    f, when = "torbay_04.eml", "2041-10-14 14:05:00"
    body = T("""
OFFICIAL-SENSITIVE

INFORMATION SHARE - TORBAY MASH

Child: Summer ATTWELL-NASH, DOB 11/11/2029 (11 yrs). Address: Preston, Paignton (full address on the attached form). Attends Paignton Academy, Year 7.

Circumstances: at 13:40 today this team received a referral from a streaming platform. An adult male (N1, identified, 41 yrs) has been messaging Summer through the chat on her gaming livestream since August. Messages seen by the platform include:

N1: "dont tell ur mum, she wont get it"
N1: "bus station 4.30 today, the one by the pier side. ill bring the vape and the money"
Summer: "ok ill say im at maisies"

N1 is a registered sex offender subject to notification requirements and is wanted on recall to prison. His vehicle was recorded on ANPR in Torquay at 13:15.

Police actions: officers tasked to locate N1 and to attend the bus station from 16:00. Request: MASH to contact school and parent without delay so that Summer does not travel, and to share any information held.

DS Morwenna Polglase
Online Child Protection Team
Devon & Cornwall Police
Tel 01803 960 551
""")
    form = txt_att("Info share - Attwell-Nash.txt", T("""
INFORMATION SHARE FORM
Subject: Summer ATTWELL-NASH   DOB 11/11/2029
Address: 6 Colley End Road, Preston, Paignton TQ3
School: Paignton Academy
Nominal 1: male, 41, RSO, wanted on recall
Planned meeting: 16:30 today, Paignton bus station
Officer: DS Morwenna Polglase, Online Child Protection Team
"""))
    top = outlook_top(f, addr("POLGLASE Morwenna DS 7712", "morwenna.polglase@devon-cornwall.police.example.uk"),
                      addr("Torbay MASH", BM), "OFFICIAL-SENSITIVE: Information share - ATTWELL-NASH, Summer - today 16:30",
                      when, mid_domain="devon-cornwall.police.example.uk")
    add(f, mail(f, top, body, [form]), "torbay", "mash_step_up", when, 3, "urgent", "other", True, None, [],
        [ch("Summer Attwell-Nash", "2029-11-11", "11/11/2029")], ["exploitation", "sexual_harm"], None, None, [],
        None, "alert_duty",
        "Clinical police information share: a registered sex offender who groomed an 11-year-old through her gaming "
        "livestream has arranged to meet her at 16:30 today; messages quoted. No alarm word. DESIGN safety rule 1 -> "
        "urgent -> alert_duty. Police, no step -> other. Name written 'ATTWELL-NASH, Summer' -> Summer Attwell-Nash.")


def torbay_05():
    f, when = "torbay_05.eml", "2041-10-23 10:30:00"
    body = T("""
hi early help its Wren from the SASF team dictating this in the car sorry for any mistakes
step down request for Jayden Pascoe DOB 17 March 2027 LCS-4423306 can I have a triage slot please
my TM Silas has agreed the step down
I havent attached the single assessment yet its still with Silas for his analysis and sign off should be end of the week
mum says shell think about early help im seeing her friday and will ask her properly then
main things are Jayden streaming his gaming all night on twitch and being too tired for school attendance is 80 percent and mums long hours
thanks Wren

Wren Abernethy-Sowden
Social Worker SASF
Sent from my Android phone
""")
    top = gmail_top(f, addr("Wren Abernethy-Sowden", "wren.abernethy-sowden@torbay.gov.uk"), BE,
                    "Step down - Jayden Pascoe - LCS-4423306", when)
    add(f, build(top, text_part(body), False), "torbay", "early_help_duty", when, 4, "ordinary", "step_down", False,
        None, ["LCS-4423306"], [ch("Jayden Pascoe", "2027-03-17", "17 March 2027")], ["school_attendance"], None,
        True, ["assessment", "consent"], None, "request_info",
        "Dictated Torbay step-down, no punctuation: manager agreed; Single Assessment not attached (still with the TM) "
        "-> assessment missing; mum 'will think about it', to be asked Friday -> consent null -> missing -> "
        "request_info. No level stated -> null.")


def torbay_06():
    f, when = "torbay_06.eml", "2041-11-27 11:00:00"
    body = T("""
Hello MASH,

Step up request from level 3 Early Help: Isla-Rose Kitto, DOB 16/04/2029, EHM-780355.

My ATM (Rhiannon Tully) has agreed this should step up.

Consent: dad has refused consent to the contact to MASH. He says Early Help is "enough" and he won't have social services in the house. I have explained that we may still share information where there is cause for concern.

Why: the house has had no heating since October and there is often no food in; dad's drinking has got worse since mum left and Isla-Rose (12) is getting herself to school and feeding her little brother.

I also want to be clear about something the school heard: Isla-Rose has NOT done the "blackout challenge" and is not planning to. The post on her account on 18/11 was written by a friend as a joke while she was in the toilets - she showed me her phone, we talked about it, she knows what it is and said she would never. School have spoken to the friend. It is not why I'm asking for a step up.

Thanks
Morwenna Rowe-Adeyinka
Early Help Practitioner
""") + BDISC
    top = outlook_top(f, addr("Morwenna Rowe-Adeyinka", "morwenna.rowe-adeyinka@torbay.gov.uk"), addr("MASH", BM),
                      "Step up - Isla-Rose Kitto - EHM-780355", when, mid_domain="torbay.gov.uk")
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 4, "near_miss", "step_up", False, None,
        ["EHM-780355"], [ch("Isla-Rose Kitto", "2029-04-16", "16/04/2029")],
        ["neglect", "substance_misuse", "young_carer"], False, True, ["consent"], None, "request_info",
        "NEAR MISS (negated): she 'has NOT done the blackout challenge and is not planning to'; the post was a "
        "friend's joke -> not urgent. Torbay step-up (REQUIREMENTS: consent, manager_agreed): ATM agreed; dad "
        "'has refused consent' -> consent false -> missing -> request_info. No heating or food -> neglect; dad's "
        "drinking -> substance_misuse; feeding her brother -> young_carer.")


def torbay_07():
    f, when = "torbay_07.eml", "2041-09-10 09:40:00"
    quoted = ack("step-down request", "SB-torbay-318", [
        "Case: LCS-4410923", "Children: Poppy Tregenza, Alfie Tregenza",
        "A triage slot will be confirmed to you."])
    body = T("""
Hi,

Just chasing the triage slot for the Tregenzas - I haven't had a date through yet. I think it'll be the under 5s one as Alfie's 3. I'm on leave from the 23rd so if it could be before then that'd be great.

Thanks
Jago
""") + quote("Early Help <earlyhelp@torbay.gov.uk>", "03 September 2041 11:31",
             "Jago Penrose-Liddle <jago.penrose-liddle@torbay.gov.uk>",
             "Received: Step down triage request - LCS-4410923 - Tregenza [SB-torbay-318]", quoted)
    top = outlook_top(f, addr("Jago Penrose-Liddle", "jago.penrose-liddle@torbay.gov.uk"), addr("Early Help", BE),
                      "RE: Received: Step down triage request - LCS-4410923 - Tregenza [SB-torbay-318]", when,
                      mid_domain="torbay.gov.uk")
    add(f, mail(f, top, body, html_alt=True), "torbay", "early_help_duty", when, 2, "ordinary", "follow_up", False,
        None, ["LCS-4410923"], [ch("Poppy Tregenza"), ch("Alfie Tregenza")], [], None, None, [], None,
        "attach_to_request",
        "A chaser under [SB-torbay-318] (torbay_02) asking for the triage date -> follow_up -> attach_to_request; the "
        "children come from the quoted acknowledgement, without DOBs.")


def torbay_08():
    f, when = "torbay_08.eml", "2041-12-11 13:20:00"
    body = T("""
Dear Early Help,

My name is Maureen Chudleigh, I am Lexi Chudleigh's nan. Lexi was born 03/03/2034 and she is 7 now.

I want to explain so you don't get the wrong idea. Last winter my son Darren used to film Lexi standing out in the garden at night in the cold for his channel, as a "consequence" when she'd been naughty. That all stopped in February when the school saw one of the videos and the social worker got involved. Darren moved up to Bristol, he has no contact, the videos were all taken down, and Lexi has lived with me ever since. The social worker closed the case in July and said she was happy.

Lexi is safe and happy with me. I'm only writing because her teacher said Early Help might have a course for grandparents bringing up grandchildren, or some help with her sleep as she still gets up a lot in the night. Is that something you do?

Thank you
Maureen Chudleigh
""")
    top = gmail_top(f, addr("Maureen Chudleigh", "mo.chudleigh@talktalk.example.net"), BE,
                    "Help for grandparents - Lexi", when)
    add(f, gmail_mail(f, top, body), "torbay", "early_help_duty", when, 5, "near_miss", "other", False, None, [],
        [ch("Lexi Chudleigh", "2034-03-03", "03/03/2034")], [], None, None, [], None, "human_review",
        "NEAR MISS (past, resolved): a child filmed standing in the cold 'last winter' for a channel - stopped in "
        "February, father moved away with no contact, videos removed, case closed in July. Not urgent. A grandmother's "
        "request for a course, no step -> other -> human_review.")


# ============================================================================= HEREFORDSHIRE
def herefordshire_01():
    f, when = "herefordshire_01.eml", "2041-09-05 10:45:00"
    body = T("""
Dear Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan (Level 3) for the Prothero sibling group, following the assessment decision on 29/08/2041. I discussed it with Ffion at Tuesday's drop-in.

Blake Prothero - DOB 15 January 2030 - Mosaic 884120
Nia Prothero - DOB 03/10/2035 - Mosaic 884121

Mum's signed consent form is attached.

Key person: Mrs Gwen Tudor-Price, Family Support Worker, Leominster Children's Centre - she has met the family and agreed to lead.

Main needs: mum's anxiety and low mood, and keeping the routines going now that she has come off the "mum life" video app she was posting the children on (she decided that herself during the assessment).

Many thanks
Ashok Pillai-Greaves
Social Worker, Children in Need Team (North)

""") + HDISC
    plan = docx_att("EHA step-down plan - Prothero.docx", [
        "# Early Help Assessment - step-down plan (Level 3)",
        "Children: Blake Prothero (15/01/2030) Mosaic 884120; Nia Prothero (03/10/2035) Mosaic 884121",
        "Key person: Gwen Tudor-Price, Family Support Worker, Leominster Children's Centre",
        "What needs to happen: mum to attend the anxiety group (by 31/10); bedtime routine support (weekly, 6 weeks); "
        "school to continue nurture group for Nia."])
    consent = pdf_att("Signed consent form - Prothero.pdf", "Early Help consent form", [
        "I consent to my family's information being shared for Early Help support.",
        "Children: Blake Prothero, Nia Prothero", "Signed: R. Prothero (mother)   Date: 02/09/2041"])
    top = outlook_top(f, addr("Ashok Pillai-Greaves", "ashok.pillai-greaves@herefordshire.gov.uk"),
                      addr("Early Help Co-ordinators", HE), "Step-down plan - Level 3 - Prothero sibling group", when,
                      mid_domain="herefordshire.gov.uk")
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 4, "ordinary",
        "step_down", False, 3, ["884120", "884121"], [ch("Blake Prothero", "2030-01-15", "15 January 2030"),
                                                      ch("Nia Prothero", "2035-10-03", "03/10/2035")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down (REQUIREMENTS: EHA step-down plan .docx, signed consent form "
        ".pdf, key person with agency), Level 3 stated -> book_meeting. The video app is context.")


def herefordshire_02():
    f, when = "herefordshire_02.eml", "2041-10-28 21:05:00"
    quoted = ack("step-down request", "SB-herefordshire-44", [
        "Child: Mia Skerrett (DOB 12/06/2025)", "Mosaic: 885377",
        "Key person: Callum Prosser, Hereford Youth Service"])
    body = T("""
Sorry to reply on this - it's the only council address I've got on my phone.

Mia just messaged me (20:51). Copying it exactly:

"mum says i have to go live on the page at 10 tonight for the subscribers. she already took their money and told them id do whatever they type. i said no and shes taken my bedroom door off. i dont want to do it callum"

Mia is 16. Mum set up and runs the subscription page herself - Mia told me last week it was "just selfies". Mum isn't answering. Mia is at home, 14 Whitecross Road, Hereford.

I'm driving over now - 20 mins. My mobile 07700 900 418.

Callum Prosser
Youth Worker, Hereford Youth Service

""") + gt_quote("On 21 Oct 2041, at 10:02, Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:\n\n" + quoted)
    top = plain_top(f, addr("Callum Prosser", "callum.prosser@herefordshire.gov.uk"),
                    addr("Early Help Co-ordinators", HE),
                    "Re: Received: Step-down - Mia Skerrett - Mosaic 885377 [SB-herefordshire-44]", when,
                    "herefordshire.gov.uk", "iPhone Mail (22B91)")
    add(f, iphone_mail(f, top, body), "herefordshire", "early_help_duty", when, 2, "urgent", "follow_up", True, None,
        ["885377"], [ch("Mia Skerrett", "2025-06-12", "12/06/2025")], ["exploitation", "sexual_harm"], None, None,
        [], None, "alert_duty",
        "A TEENAGER'S SUBSCRIPTION ACCOUNT RUN BY HER MOTHER: the 16-year-old's message, copied exactly, says mum has "
        "taken subscribers' money for a live at 10 tonight 'to do whatever they type' and removed her door; sent at "
        "21:05. No alarm word. DESIGN safety rule 1 (whatever the kind) -> urgent; a reply under "
        "[SB-herefordshire-44] -> follow_up -> alert_duty first. Child and DOB from the quoted acknowledgement.")


def herefordshire_03():
    f, when = "herefordshire_03.eml", "2041-10-17 14:40:00"
    body = T("""
Hello,

Step-down plan attached for Keeley Marsh-Whitcombe, DOB 22/02/2026 (15), Mosaic 886502. The assessment decision was on 10/10/2041.

Key person: Ms Hana Sýkorová, School Counsellor, Bishop of Hereford's Bluecoat School - she has agreed to lead.

Consent: Keeley and her dad both agreed to Early Help verbally when I saw them on Monday. I'll get the consent form signed at my next visit on the 24th and send it over.

Background, for the record: in May Keeley had a subscription account that an older man set up, saying he'd "manage" her. West Mercia Police investigated, the account was removed, he was charged and remains remanded in custody. Keeley has had no contact with him since, her phone is monitored with her agreement and she is engaging well with CAMHS. There are no current concerns about exploitation.

Going forward the plan is mainly about dad's depression and Keeley's confidence in school.

Thanks
Rhiannon Mabey
Social Worker, Safeguarding & Family Support Team
""") + HDISC
    plan = docx_att("Step-down plan Marsh-Whitcombe.docx", [
        "# Early Help Assessment step-down plan", "Keeley Marsh-Whitcombe   Mosaic 886502",
        "Key person: Hana Sýkorová (school counsellor)",
        "What needs to happen: weekly counselling (school); dad linked to Talking Therapies; review at MAG."])
    top = outlook_top(f, addr("Rhiannon Mabey", "rhiannon.mabey@herefordshire.gov.uk"),
                      addr("Early Help Co-ordinators", HE), "Step-down - Keeley Marsh-Whitcombe - Mosaic 886502", when,
                      mid_domain="herefordshire.gov.uk")
    add(f, mail(f, top, body, [plan], html_alt=True), "herefordshire", "early_help_duty", when, 4, "near_miss",
        "step_down", False, None, ["886502"], [ch("Keeley Marsh-Whitcombe", "2026-02-22", "22/02/2026")],
        ["parental_mental_health"], True, None, ["consent_form"], None, "request_info",
        "NEAR MISS (historic, resolved): a teenager's subscription account 'managed' by an older man in May - "
        "investigated, removed, he is remanded, no contact since, 'no current concerns about exploitation' -> not "
        "urgent, no exploitation. Herefordshire step-down: plan and key person present; consent verbal only -> consent "
        "true but consent_form missing -> request_info.")


def herefordshire_04():
    f, when = "herefordshire_04.eml", "2041-09-18 15:30:00"
    body = T("""
Hi MASH,

I'd like to request a step up to social care for Ollie Bevan, DOB 04/04/2032 (9), Mosaic 887713.

Ollie appears in his mum's daily vlog - morning routines, shopping, "day in the life" - and school say he is exhausted, arrives late most days after filming and his attendance has dropped to 70%. Mum has stopped answering my calls and has cancelled the last three home visits and the TAF review. My manager Rhodri Vaughan-Jones has agreed that I should ask for a step up.

There's nothing happening that can't wait for the usual process.

Thanks
Seren Whitlow
Early Help Family Support Worker
""") + HDISC
    top = outlook_top(f, addr("Seren Whitlow", "seren.whitlow@herefordshire.gov.uk"), addr("MASH", HM),
                      "Step up request - Ollie Bevan - Mosaic 887713", when, mid_domain="herefordshire.gov.uk")
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 3, "ordinary", "step_up", False,
        None, ["887713"], [ch("Ollie Bevan", "2032-04-04", "04/04/2032")], ["non_engagement", "school_attendance"],
        None, True, [], None, "human_review",
        "A step-up to Herefordshire, whose protocol defines no step_up (REQUIREMENTS: 'step_up is not defined by this "
        "seed') -> human_review, missing [] and notice null. Cancelled visits -> non_engagement; 70% -> "
        "school_attendance; manager agreed.")


def herefordshire_05():
    f, when = "herefordshire_05.eml", "2041-12-14 23:18:00"
    body = T("""
hi sorry i didnt know who else to email i found this on the council website

my stepdad Wayne is doing a live on his phone rn from my little sisters room. shes 3 her name is Ava-Grace Lowe. people are sending him coins to wake her up and he keeps poking her and shining the torch in her face and pulling her covers off and laughing. shes screaming. hes been drinking since like 6

mum is at work till 7 in the morning

ive locked myself in my room because he said if i come out ill get it. im 14. my name is Kyle Matthews-Lowe

7 Ross Road Hereford

please can someone come i cant ring because he'll hear me
""")
    top = gmail_top(f, addr("kyle m", "kylem.gaming2027@gmail.example.com"), HE, "please help my sister", when)
    add(f, gmail_mail(f, top, body), "herefordshire", "early_help_duty", when, 4, "urgent", "other", True, None, [],
        [ch("Ava-Grace Lowe"), ch("Kyle Matthews-Lowe")], ["physical_harm", "substance_misuse"], None, None, [],
        None, "alert_duty",
        "A CHILD LIVESTREAMED AT NIGHT, told by a 14-year-old hiding in his room on a Saturday at 23:18: his drunk "
        "stepfather is live-streaming from the 3-year-old's room, poking her and shining a torch at her for viewers' "
        "coins. No alarm word. DESIGN safety rule 1 -> urgent -> alert_duty (out-of-hours service). No step -> "
        "other. Both children named; physical_harm, substance_misuse.")


def herefordshire_06():
    f, when = "herefordshire_06.eml", "2041-11-08 12:15:00"
    body = T("""
Dear colleagues,

For information only - we are not making a referral.

Yesterday several Year 5 children were talking about a video of a boy being "locked in a freezer" by his dad. Staff were understandably worried. We have looked into it: it is a staged prank from an American influencer channel, filmed in 2039 with adult actors and a mannequin, and the channel has since posted the behind-the-scenes footage showing how it was made. None of our pupils or their families are involved, and no child was harmed.

We have spoken to the children concerned and sent the attached letter to all Year 5 parents about online content and age ratings. If the picture changes we will contact MASH in the usual way.

Kind regards

Mrs Bethan Aurelius-Jones
Headteacher and Designated Safeguarding Lead
Much Marcle Church of England Primary School
""")
    letter = pdf_att("Letter to Year 5 parents - online videos.pdf", "Letter to Year 5 parents - online videos", [
        "Dear parents and carers,",
        "Some children have been sharing a prank video in which a child appears to be shut in a freezer.",
        "The video is staged, no child was harmed, and it comes from an overseas influencer channel.",
        "Please check the age ratings of apps your child uses and talk to them about what they watch.",
        "Mrs B. Aurelius-Jones, Headteacher"])
    top = outlook_top(f, addr("Head - Much Marcle CE Primary", "head@muchmarcle.example.sch.uk"), addr("MASH", HM),
                      "For information - prank video circulating in Year 5 (no referral)", when,
                      mid_domain="muchmarcle.example.sch.uk")
    add(f, mail(f, top, body, [letter], html_alt=True), "herefordshire", "mash_step_up", when, 4, "near_miss",
        "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS (a staged prank video, no child harmed): a school saw a 'child locked in a freezer' video; it is a "
        "staged overseas influencer prank with actors and a mannequin, none of its pupils involved; letter to parents "
        "attached; 'not making a referral' -> not urgent -> other -> human_review.")


def herefordshire_07():
    f, when = "herefordshire_07.eml", "2041-10-01 09:55:00"
    body = T("""
Good morning,

Step-down to Early Help for Evie-Mai Lloyd (DOB 23rd August 2031), Mosaic 889045. Assessment decision made on 26/09/2041.

- Mum's signed consent form is attached.
- Key person: Tom Barnes-Ayodele, Youth Worker, Hereford Youth Service - agreed to lead.
- The step-down plan itself will follow by Friday - I'm finishing the wellbeing section with Evie-Mai on Thursday.

Main need: attendance (Evie-Mai is at 84% and anxious about Year 6 SATs).

Thanks
Joanna Krasicka
Social Worker, Assessment Team (South)
""") + HDISC
    consent = pdf_att("Consent form signed - Lloyd.pdf", "Early Help consent form", [
        "Child: Evie-Mai Lloyd", "I consent to the family being supported by Early Help.",
        "Signed: K. Lloyd (mother)   Date: 30/09/2041"])
    top = outlook_top(f, addr("Joanna Krasicka", "joanna.krasicka@herefordshire.gov.uk"),
                      addr("Early Help Co-ordinators", HE), "Step-down - Evie-Mai Lloyd - Mosaic 889045", when,
                      mid_domain="herefordshire.gov.uk")
    add(f, mail(f, top, body, [consent]), "herefordshire", "early_help_duty", when, 3, "ordinary", "step_down",
        False, None, ["889045"], [ch("Evie-Mai Lloyd", "2031-08-23", "23rd August 2031")], ["school_attendance"], True,
        None, ["draft_plan"], None, "request_info",
        "Herefordshire step-down (REQUIREMENTS: consent_form, draft_plan, lead_practitioner): signed consent form "
        "attached, key person with agency; the plan 'will follow by Friday' -> draft_plan missing -> request_info.")


def herefordshire_08():
    f, when = "herefordshire_08.eml", "2041-10-04 16:05:00"
    quoted = ack("step-down request", "SB-herefordshire-37", [
        "Child: Evie-Mai Lloyd (23/08/2031)", "Mosaic: 889045"], ["the Early Help Assessment step-down plan"])
    body = T("""
Hi, as promised - the step-down plan for Evie-Mai is attached. Have a good weekend.

Joanna

""") + quote("Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>", "01 October 2041 10:01",
             "Joanna Krasicka <joanna.krasicka@herefordshire.gov.uk>",
             "Received: Step-down - Evie-Mai Lloyd - Mosaic 889045 [SB-herefordshire-37]", quoted)
    plan = docx_att("EHA step-down plan - Evie-Mai Lloyd.docx", [
        "# Early Help Assessment - step-down plan", "Evie-Mai Lloyd   Mosaic 889045",
        "Key person: Tom Barnes-Ayodele, Hereford Youth Service",
        "What needs to happen: attendance plan with school; weekly youth work sessions; SATs anxiety support."])
    top = outlook_top(f, addr("Joanna Krasicka", "joanna.krasicka@herefordshire.gov.uk"),
                      addr("Early Help Co-ordinators", HE),
                      "RE: Received: Step-down - Evie-Mai Lloyd - Mosaic 889045 [SB-herefordshire-37]", when,
                      mid_domain="herefordshire.gov.uk")
    add(f, mail(f, top, body, [plan], html_alt=True), "herefordshire", "early_help_duty", when, 3, "ordinary",
        "follow_up", False, None, ["889045"], [ch("Evie-Mai Lloyd", "2031-08-23", "23/08/2031")], [], None, None, [],
        None, "attach_to_request",
        "Reply under [SB-herefordshire-37] bringing herefordshire_07's missing step-down plan -> follow_up -> "
        "attach_to_request; child and DOB from the quoted acknowledgement.")


# ============================================================================= SELF-CHECKS
CONCERN_IDS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
               "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation",
               "school_attendance", "young_carer", "disability_send"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
REQ = {  # REQUIREMENTS.md, per authority, kind and (Knowsley step-down) level; "children" always
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

# England & Wales bank holidays 2041 (the `holidays` package's list, compared below when it can be imported):
# none falls inside the window; Christmas Day is Wednesday 25 and Boxing Day Thursday 26 December 2041.
BANK_HOLIDAYS = {date(2041, 1, 1), date(2041, 4, 19), date(2041, 4, 22), date(2041, 5, 6), date(2041, 5, 27),
                 date(2041, 8, 26), date(2041, 12, 25), date(2041, 12, 26)}
WINDOW = (datetime(2041, 9, 2, tzinfo=LON), datetime(2041, 12, 19, 23, 59, 59, tzinfo=LON))
BST_END = datetime(2041, 10, 27, 1, 0, 0, tzinfo=UTC)       # last Sunday of October 2041
BANNED = ["urgent", "immediate", "immediately", "emergency", "at risk", "risk of harm", "danger", "dangerous",
          "asap"]
CASE_ID_FORM = re.compile(r"(EHM|ICS|LCS)-\d{5,7}|\d{6,7}")
MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"], 1)}

def parse_dob(w):
    m = re.fullmatch(r"(\d{2})[/.-](\d{2})[/.-](\d{4})", w)
    if m:
        return date(int(m[3]), int(m[2]), int(m[1])).isoformat()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", w)
    if m:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+) (\d{4})", w)
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

def html_text(h):
    h = re.sub(r"(?s)<!--.*?-->", " ", h)
    h = re.sub(r"(?is)<(head|style|script)\b.*?</\1>", " ", h)
    h = re.sub(r"(?i)</?(p|div|br|tr|td|th|li|ul|ol|table|tbody|h\d|blockquote)\b[^>]*>", " ", h)
    h = re.sub(r"<[^>]+>", "", h)
    return html.unescape(h)

def docx_text(data):
    import xml.etree.ElementTree as ET
    with zipfile.ZipFile(_io.BytesIO(data)) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    return "\n".join("".join(t.text or "" for t in p.iter(ns + "t")) for p in root.iter(ns + "p"))

def pdf_text(data):
    """Text of this set's hand-built PDFs (one uncompressed content stream of '(...) \\'' lines)."""
    assert data.startswith(b"%PDF-") and b"%%EOF" in data
    s = data.decode("cp1252")
    return "\n".join(m.replace("\\(", "(").replace("\\)", ")").replace("\\\\", "\\")
                     for m in re.findall(r"\(((?:[^()\\]|\\.)*)\) '", s))

def readable(msg):
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
            out.append(docx_text(payload))
        elif ct == "application/pdf":
            out.append(pdf_text(payload))
        else:
            raise AssertionError("unreadable part %s" % ct)
    return re.sub(r"\s+", " ", "\n".join(out))

def check_file(lab):
    errors = []
    def err(m):
        errors.append("%s: %s" % (lab["file"], m))
    f, a, mb, e = lab["file"], lab["authority"], lab["mailbox"], lab["expect"]
    if not re.fullmatch(r"%s_0[1-8]\.eml" % a, f): err("file name / authority")
    if set(lab) != {"file", "authority", "mailbox", "now", "expect", "why"}: err("label keys")
    if set(e) != {"kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed",
                  "missing", "notice_ok", "next_action"}: err("expect keys")
    if e["kind"] not in KINDS: err("kind")
    if e["next_action"] != expected_next(a, e): err("next_action %s != %s" % (e["next_action"], expected_next(a, e)))
    if e["urgent"] != (CATS[f] == "urgent"): err("urgent vs category")
    if not set(e["concerns"]) <= CONCERN_IDS or e["concerns"] != sorted(set(e["concerns"])): err("concerns")
    if e["missing"] != sorted(set(e["missing"])): err("missing not sorted/unique")
    lvl = None
    if a == "knowsley" and e["kind"] == "step_down":
        lvl = e["level"] if e["level"] is not None else 3          # REQUIREMENTS: no level stated -> level 3
    key = (a, e["kind"], lvl)
    allowed = REQ.get(key, set())
    if not set(e["missing"]) <= allowed: err("missing ids not allowed for %s: %s" % (key, e["missing"]))
    if a == "knowsley" and e["kind"] == "step_up":
        for doc, concern in KNOWSLEY_WHEN.items():
            if doc in e["missing"] and concern not in e["concerns"]: err("%s missing without %s" % (doc, concern))
    if e["level"] is not None and (e["kind"] != "step_down" or e["level"] not in (2, 3)): err("level")
    if "consent" in allowed and (e["consent"] is not True) != ("consent" in e["missing"]): err("consent vs missing")
    if "manager_agreed" in allowed and (e["manager_agreed"] is not True) != ("manager_agreed" in e["missing"]):
        err("manager vs missing")
    if "case_id" in allowed and (not e["case_ids"]) != ("case_id" in e["missing"]): err("case_id vs missing")
    if "children" in allowed and (not e["children"]) != ("children" in e["missing"]): err("children vs missing")
    for cid in e["case_ids"]:
        if not CASE_ID_FORM.fullmatch(cid): err("case id form %r" % cid)
    now = datetime.fromisoformat(lab["now"])
    meeting = META[f]["meeting"]
    if a == "knowsley" and e["kind"] in ("step_up", "step_down") and not (e["urgent"] and e["kind"] == "other"):
        if meeting is None:
            if e["notice_ok"] is not None or "meeting_details" not in e["missing"]: err("no meeting date")
        else:
            wd = working_days(now.astimezone(LON).date(), meeting)
            if e["notice_ok"] != (wd >= 5): err("notice_ok %s but %d WD" % (e["notice_ok"], wd))
            if meeting.weekday() >= 5 or meeting in BANK_HOLIDAYS: err("meeting on a non-working day")
    elif e["notice_ok"] is not None or meeting is not None:
        err("notice must be null")
    data = FILES[f]
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for h in ("Message-ID", "Date", "From", "To", "Subject"):
        if msg[h] is None: err("header %s" % h)
    for part in msg.walk():
        if part.defects: err("defects %s" % part.defects)
    rcpt = " ".join(str(msg[h] or "") for h in ("To", "Cc")).lower()
    if MAILBOXES[(a, mb)].lower() not in rcpt: err("mailbox address not in To/Cc")
    d = email.utils.parsedate_to_datetime(msg["Date"])
    if not (WINDOW[0] <= d <= WINDOW[1]): err("Date outside the window")
    off = "+0100" if d.astimezone(UTC) < BST_END else "+0000"
    if not msg["Date"].strip().endswith(off) or d.utcoffset() != d.astimezone(LON).utcoffset():
        err("Date offset should be %s" % off)
    if now.utcoffset() != d.utcoffset(): err("now offset differs from Date")
    if not (timedelta(minutes=1) <= now - d <= timedelta(minutes=10)): err("now not 1-10 min after Date")
    local = d.astimezone(LON)
    if (local.weekday() >= 5 or local.date() in BANK_HOLIDAYS) and not (e["urgent"] and local.hour >= 18):
        err("non-working day for a mail not about the night or weekend")
    if (e["kind"] == "auto_reply") != (msg["Auto-Submitted"] is not None): err("Auto-Submitted vs auto_reply")
    text = readable(msg)
    if e["urgent"]:
        low = text.lower()
        for w in BANNED:
            if re.search(r"(?<![a-z])%s" % re.escape(w), low): err("banned word %r in an urgent mail" % w)
    for c, mc in zip(e["children"], META[f]["children"]):
        if c["name"].lower() not in text.lower(): err("child %s not in text" % c["name"])
        if mc["_w"]:
            if mc["_w"] not in text: err("dob as written %r not in text" % mc["_w"])
            if parse_dob(mc["_w"]) != c["dob"]: err("dob %r != %s" % (mc["_w"], c["dob"]))
            if age_years(date.fromisoformat(c["dob"]), now.date()) >= 18: err("%s is not a child" % c["name"])
    for cid in e["case_ids"]:
        if cid not in text: err("case id %s not in text" % cid)
    for ref in re.findall(r"SB-[a-z_]+-\d+", text):
        if not ref.startswith("SB-%s-" % a): err("reference %s from another authority" % ref)
    if e["kind"] in ("follow_up", "meeting_reply") and not re.search(r"SB-%s-\d+" % a, text):
        err("reply without a reference")
    return errors

def check():
    errors = []
    for lab in LABELS:
        try:
            errors += check_file(lab)
        except Exception as ex:
            errors.append("%s: check raised %r" % (lab["file"], ex))
    if len(FILES) != 40: errors.append("%d files, not 40" % len(FILES))
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        n = sum(1 for l in LABELS if l["authority"] == a)
        if n != 8: errors.append("%s has %d files" % (a, n))
    counts = {c: sum(1 for v in CATS.values() if v == c) for c in ("urgent", "near_miss", "ordinary")}
    if counts["urgent"] < 11 or counts["near_miss"] < 11 or sum(counts.values()) != 40:
        errors.append("category counts %s" % counts)
    if len({l["expect"]["children"][0]["name"] for l in LABELS if l["expect"]["children"]} ) < 25:
        errors.append("too few distinct children")
    try:
        import holidays
        pk = {d for d in holidays.country_holidays("GB", subdiv="ENG", years=[2041])}
        if pk != BANK_HOLIDAYS: errors.append("bank holidays differ from the holidays package: %s" % (pk ^ BANK_HOLIDAYS))
        hol_note = "bank holidays match the holidays package"
    except ImportError:
        hol_note = "holidays package not importable here; bank holidays hard-coded (checked with it when written)"
    return errors, counts, hol_note

def main():
    for name, fn in sorted(globals().items()):
        if re.match(r"^(knowsley|richmond_wandsworth|tower_hamlets|torbay|herefordshire)_\d\d$", name):
            fn()
    errors, counts, hol_note = check()
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
    print("self-check passed: 40 files, 8 per authority; every mail parses with email.message_from_bytes without "
          "defects; no banned word in any urgent mail (decoded bodies, HTML, calendars, .docx, .pdf, .txt); labels "
          "consistent with categories, REQUIREMENTS and DESIGN's next_action order; Knowsley notice counted in "
          "working days; %s" % hol_note)
    print("categories:", counts)
    for l in sorted(LABELS, key=lambda l: l["file"]):
        if l["expect"]["urgent"]:
            print("  URGENT %-26s %-10s %s" % (l["file"], l["expect"]["kind"], l["now"]))

if __name__ == "__main__":
    main()
