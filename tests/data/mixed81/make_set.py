#!/usr/bin/env python3
"""mixed81: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the autumn term of 2100 (Wednesday 1 September - Friday 17 December 2100), in teenage pregnancy, sexual health
and relationships. Run: /work/main/.venv/bin/python make_set.py [--stats]. Deterministic: no clock, no randomness.
The MIME, Word HTML, PDF, .docx, iCalendar, out-of-office, quote and readable-text helpers are copied from
/work/main/tests/data/mixed27/make_set.py and adapted (window, clock, bank holidays, checks). Labels were set by hand
from the specification; the self-checks stop on any error before anything is written.
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
    """Local (Europe/London) wall-clock time. The window (Wednesday 1 September - Friday 17 December 2100) is British
    Summer Time (+0100) until 01:00 UTC on Sunday 31 October 2100 and GMT (+0000) after it. The self-check
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
            zi = zipfile.ZipInfo(name, date_time=(2100, 8, 2, 0, 0, 0))
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



# ============================================================================= mixed81 messages
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def my_itip_reply(f, when, frm_name, frm_email, organizer, partstat, summary, start, end, location, cc,
                  comment=None):
    """An Outlook iTIP REPLY (text + text/calendar method=REPLY), with the duty mailbox copied (Cc)."""
    word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentative"}[partstat]
    body = (comment + "\n") if comment else ""
    extra = ["COMMENT;LANGUAGE=en-GB:" + ics_escape(comment)] if comment else []
    cal = ics("REPLY", f, dt(when), start, end, summary, location, None, organizer,
              [(frm_name, frm_email, "REQ-PARTICIPANT", partstat)], extra=extra)
    cal_part = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REPLY'),
                     ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    root = multipart("alternative", [text_part(body or " ", crlf=True), cal_part], bnd(f, 1))
    top = outlook_top(f, addr(frm_name, frm_email), addr(organizer[0], organizer[1]),
                      "%s: %s" % (word, summary), when, cc=cc,
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    return build(top, root, True)


def knowsley_01():
    f = "knowsley_01.eml"
    when = "2100-09-07 11:18:40"
    body = T("""
Hi MASH,

Please find attached the invitation for a step up TAF meeting for Kayla Duggan (DOB 19/04/2086), EHM-52214, on Wednesday 15th September 2100 at 10:00 on Teams. I have invited the current TAF members (school, Orchard Sexual Health, Merseyside Police CSE team).

Attached:
- FF Step Up request to CSC (Appendix 1)
- TAF minutes 01.09.2100
- Merseyside Exploitation Assessment (completed 03/09/2100)

My team manager Elaine Corcoran discussed the step up with me in supervision yesterday and agreed it. Mum (Tracey) knows about the step up and agrees with it.

Brief summary: Kayla is 14. Since June she has been in a relationship with a 24-year-old man she met on Snapchat. Orchard Sexual Health treated her for chlamydia in August and made the referral. Merseyside Police served a Child Abduction Warning Notice on him on 27th August. Under the safety plan Kayla has been living at her nan's in Prescot since then; she says she has had no contact, nan checks her phone every night and he has not been seen near the house or school. We still think the level of concern, and Kayla's view that "he's my boyfriend and he loves me", needs a statutory response rather than Family First alone.

Thanks,
Bernadette

Bernadette Kilroy
Family First Case Manager (Level 3) | Knowsley Council
0151 496 0733
""") + "\n" + KDISC
    cal = ics("REQUEST", f, dt(when), "21000915T100000", "21000915T113000",
              "Step up TAF - Duggan - EHM-52214", "Microsoft Teams Meeting",
              "Step up TAF meeting for Kayla Duggan. Chair: MASH social worker. Minutes: MASH business support.",
              ("Bernadette Kilroy", "bernadette.kilroy@knowsley.gov.uk"),
              [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH business support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    atts = [docx_att("FF Step Up request to CSC - Duggan.docx", appendix1([
                ("Child's name and DOB:", "Kayla Duggan 19/04/2086"), ("Case ID on EHM:", "EHM-52214"),
                ("What are we worried about?", "Kayla (14) in a sexual relationship with a 24-year-old man; CSE indicators (gifts, older partner, secrecy, STI)."),
                ("What is working well?", "Kayla is living with nan under the safety plan; school attendance 94%; nan is protective."),
                ("What needs to happen?", "Statutory assessment; strategy discussion re the adult; continued CSE work."),
                ("Team Manager discussed and agreed:", "Yes - Elaine Corcoran, 06/09/2100"),
                ("Recent TAF meeting minutes attached:", "Yes"),
                ("Date of step up TAF meeting:", "Wednesday 15/09/2100 10:00, Teams")])),
            pdf_att("TAF minutes 01.09.2100 - Duggan.pdf", "TAF meeting minutes - Kayla Duggan - EHM-52214",
                    ["Date: 01/09/2100. Present: Bernadette Kilroy (FF), nan, Kayla, school DSL, Orchard Sexual Health.",
                     "Safety plan reviewed: CAWN served 27/08/2100; no contact reported since.",
                     "Agreed: case manager to discuss step up with TM."]),
            pdf_att("Merseyside Exploitation Assessment - Duggan.pdf", "Merseyside Exploitation Assessment (CE/CSE)",
                    ["Young person: Kayla Duggan. Completed 03/09/2100 by B. Kilroy.",
                     "Indicators: older partner (24), gifts, STI, secrecy. Current contact: none reported since CAWN."])]
    top = outlook_top(f, addr("Bernadette Kilroy", "bernadette.kilroy@knowsley.gov.uk"), addr("Knowsley MASH", KMASH),
                      "Step up TAF invite - Kayla Duggan EHM-52214 - Wed 15/09", when,
                      cc=addr("MASH business support", KBS))
    add(f, itip_request_mail(f, top, body, cal, atts), "knowsley", "mash_step_up", when, 4, "ordinary", "step_up",
        False, None, ["EHM-52214"], [ch("Kayla Duggan", "2086-04-19", "19/04/2086")], ["exploitation", "sexual_harm"],
        True, True, [], True, "book_meeting",
        "Complete Knowsley step-up for CSE (a 14-year-old with a 24-year-old 'boyfriend'): Appendix 1 form, TAF minutes "
        "and the Merseyside Exploitation Assessment attached, TM agreed, Teams invitation (iTIP REQUEST) for Wed 15 Sep "
        "10:00 = 6 WD from Tue 7 Sep. Not urgent: CAWN served, no contact since, living with nan under a safety plan. "
        "'Mum ... agrees with it' -> consent true (not a Knowsley step-up requirement).",
        meeting=date(2100, 9, 15))

def knowsley_02():
    f = "knowsley_02.eml"
    when = "2100-09-23 12:41:05"
    body = T("""
Hello,

I'm the school nurse at Roughwood Academy. I didn't know whether this should go to you or to the duty phone, so I'm doing both.

Lily-Mae Sheridan, Year 8, DOB 14/03/2088, came to my drop-in at lunch. She showed me messages on her phone from "Dean", who she calls her boyfriend. He is 20 - she showed me his Instagram and he's in a work uniform in his photos. His last message (11.52 today) says he will be outside the gates at 3.10 in his black Corsa to pick her up and take her "back to mine", and "dont tell ur mum or ur teachers". She says they have "done stuff" at his flat twice since the summer holidays. She is 12.

She has gone back to lessons. School finishes at 3.05pm. Our DSL, Mr Ahmed, knows and is trying to reach mum (Gemma Sheridan, 07700 900318).

Please ring me on 0151 496 0582 or Mr Ahmed on 0151 496 0580.

Carol Whitty
School Nurse, Knowsley 0-19 Service (based at Roughwood Academy)
""")
    top = outlook_top(f, addr("Carol Whitty", "carol.whitty@knowsley0-19.example.nhs.uk"), addr("Knowsley MASH", KMASH),
                      "Year 8 pupil - Lily-Mae Sheridan - 'boyfriend' aged 20 collecting her at 3.10 today", when,
                      mid_domain="knowsley0-19.example.nhs.uk")
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 3, "urgent", "other",
        True, None, [], [ch("Lily-Mae Sheridan", "2088-03-14", "14/03/2088")], ["exploitation", "sexual_harm"],
        None, None, [], None, "alert_duty",
        "A 12-YEAR-OLD WHOSE 20-YEAR-OLD 'BOYFRIEND' IS COLLECTING HER FROM SCHOOL AT 3.10 TODAY (sexual activity "
        "disclosed); a school nurse's contact, not a step request -> other; told plainly with no alarm words.")

def knowsley_03():
    f = "knowsley_03.eml"
    when = "2100-12-16 14:05:12"
    body = T("""
Good afternoon Family First duty,

Step down to Family First at Level 3 - Ellie-Rose Carney, DOB 08.11.2085, ICS ID 2471186.

The C&F assessment is concluding and at the CIN review on Monday it was agreed Ellie-Rose's needs sit at level 3. Ellie-Rose and her mum Shannon have both consented to the case being referred to Family First.

Joint home visit: Wednesday 29th December 2100 at 10:00 at the family home, 14 Elm Drive, Huyton. I know it's between the bank holidays; I've checked and I'm in that week.

What are we worried about?
Ellie-Rose is 15 and 31 weeks pregnant. Her school attendance has dropped to 72% this term. Shannon's depression has been worse since the autumn and she has only just gone back to her GP. The baby's father is 16, in the same year at school, and we have no concerns about the relationship.

What is working well?
Ellie-Rose has been to every antenatal appointment since October and has a named teenage pregnancy midwife. Nan is closely involved and Shannon is engaging with Talking Therapies.

What needs to happen?
A Family First case manager to lead a TAF plan around the birth, a return-to-education plan with school and the Young Parents Project, and support for Shannon's mental health.

Kind regards
Ruth Gallimore
Social Worker, Children in Need Team 2, Knowsley Council
0151 496 0871
""") + "\n" + KDISC
    top = outlook_top(f, addr("Ruth Gallimore", "ruth.gallimore@knowsley.gov.uk"), addr("Family First 0-18 Duty", KFF),
                      "Step down L3 - Ellie-Rose Carney - joint visit 29/12", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 6, "ordinary", "step_down",
        False, 3, ["2471186"], [ch("Ellie-Rose Carney", "2085-11-08", "08.11.2085")],
        ["parental_mental_health", "school_attendance"], True, None, [], True, "book_meeting",
        "Complete Knowsley level 3 step-down (pregnant 15-year-old): joint home visit Wed 29 Dec 2100 10:00 with venue, "
        "all three Signs of Safety headings, consent of mum and young person. Notice from Thu 16 Dec crosses Christmas Day "
        "(observed Mon 27 Dec) and Boxing Day (observed Tue 28 Dec): 7 WD (9 plain weekdays) -> ok. 'ICS ID 2471186' -> "
        "'2471186'. The 16-year-old father: negated concern.",
        meeting=date(2100, 12, 29))

def knowsley_04():
    f = "knowsley_04.eml"
    when = "2100-11-08 09:02:00"
    h = LAYOUT_HEAD + T("""
<h2 style="font-family:Arial;color:#6A1B9A">Orchard Sexual Health - Autumn Newsletter</h2>
<p>Welcome to our autumn update for partners across Knowsley and St Helens.</p>
<h3>New: under-18s walk-in, Tuesdays 3.30-6pm, Whiston</h3>
<p>No appointment needed. Young people can get condoms (C-Card), the pill, implants, the morning-after pill and STI testing.</p>
<h3>A reminder for professionals</h3>
<ul>
<li>Any sexual activity involving a child under 13 is always referred to MASH - a child under 13 cannot consent in law.</li>
<li>Indicators of child sexual exploitation include an older boyfriend or girlfriend, gifts, a new phone, going missing and repeat STI or pregnancy testing.</li>
<li>Under-16s can be given contraception if they are Fraser competent. Our staff document this at every visit.</li>
<li>If you think a young person is at immediate risk of harm, call 999 and then MASH.</li>
</ul>
<h3>Training dates</h3>
<p>Fraser guidelines and safeguarding in sexual health: Thursday 25 November, 9.30-12.30, Huyton Hub. Book through the Partnership site.</p>
<p style="font-size:8pt;color:#777">You are receiving this newsletter because your team is on our partner list. To unsubscribe reply with UNSUBSCRIBE.</p>
</body></html>
""")
    top = plain_top(f, addr("Orchard Sexual Health", "newsletter@orchard-sh.example.org"), addr(None, KFF),
                    "Orchard Sexual Health - Autumn Newsletter", when, "orchard-sh.example.org", None,
                    extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<mailto:newsletter@orchard-sh.example.org?subject=UNSUBSCRIBE>")])
    add(f, html_only(f, top, h), "knowsley", "early_help_duty", when, 2, "near_miss", "other",
        False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A CLINIC NEWSLETTER: lists CSE indicators, the under-13 rule, 'immediate risk of harm' and 999 as "
        "general guidance about nobody real; HTML-only bulk mail (Precedence: bulk, no Auto-Submitted) -> other.")

def knowsley_05():
    f = "knowsley_05.eml"
    when = "2100-12-17 09:31:44"
    blocks = [
        "Hi all,", "",
        "Step down to Level 2 for {{Tyler Brennan}} (DOB 30/05/2084), ICS ID 3310962.", "",
        "Tyler is 16 and became a dad in October; baby Nevaeh lives with her mum. Tyler has consented to the step down "
        "and to the Young Parents Project taking over.", "",
        ("table", [["Final CIN meeting", "Details"],
                   ["Date and time", "Thursday 23rd December 2100, 10am"],
                   ["Venue", "Huyton Youth Hub, meeting room 2"],
                   ["New Lead Practitioner", "Sophie Lamb, Knowsley Youth Service - Young Parents Project"]]), "",
        ("table", [["What are we worried about?", "What is working well?", "What needs to happen?"],
                   ["Tyler's cannabis use has reduced but not stopped; he is not in college.",
                    "He sees Nevaeh three times a week, supervised by her mum's family, and is proud to be a dad.",
                    "Young Parents Project keywork, a college place for January and drug and alcohol support from Young Addaction."]]), "",
        "Sorry for the short notice - the CIN review only agreed the step down yesterday.", "",
        "Thanks", "Liam Coker", "Social Worker, CIN Team 1 | Knowsley Council", "0151 496 0846"]
    top = outlook_top(f, addr("Liam Coker", "liam.coker@knowsley.gov.uk"), addr("Family First 0-18 Duty", KFF),
                      "Step down Level 2 - Tyler Brennan - final CIN 23/12", when,
                      cc=addr("Sophie Lamb", "sophie.lamb@knowsley.gov.uk"))
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 5, "ordinary", "step_down",
        False, 2, ["3310962"], [ch("Tyler Brennan", "2084-05-30", "30/05/2084")], ["substance_misuse"],
        True, None, [], False, "request_info",
        "Knowsley level 2 step-down for a 16-year-old father in Word HTML tables: meeting with venue, lead practitioner "
        "with agency, all three headings -> nothing missing, but the final CIN on Thu 23 Dec from Fri 17 Dec is 4 WD "
        "-> notice not ok -> request_info. The baby (first name only) is not labelled.",
        meeting=date(2100, 12, 23))

def knowsley_06():
    f = "knowsley_06.eml"
    when = "2100-11-10 16:12:30"
    body = T("""
Hello,

I'm the pharmacist at Larchfield Pharmacy in Kirkby. I'm sending this here because I couldn't find another address that would get to someone today.

A girl came in at 3.30pm asking for the morning-after pill. In the consultation room she told me she is 13 - Chloe Rimmer, DOB 02/06/2087. I supplied levonorgestrel under our PGD.

When I asked about the other person she said it was "Mark, my mum's boyfriend". She thinks he is about 40 and he lives with them. She said it happened last night and that it has "been happening since the summer". She begged me not to tell anyone. She said she had to be home by 5 for tea because he would be there and her mum is on nights all this week.

She left the pharmacy at 3.55. She gave her address as 27 Larch Way, Kirkby.

I am here until 7pm on 0151 496 0629.

Anjali Mistry MRPharmS
Larchfield Pharmacy, Kirkby
""")
    top = plain_top(f, addr("Anjali Mistry", "larchfield.pharmacy@nhs-pharmacy.example.net"), addr(None, KMASH),
                    "13 year old - morning after pill - names mum's partner", when, "nhs-pharmacy.example.net",
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "knowsley", "mash_step_up", when, 2, "urgent", "other",
        True, None, [], [ch("Chloe Rimmer", "2087-06-02", "02/06/2087")], ["sexual_harm"], None, None, [], None,
        "alert_duty",
        "A 13-YEAR-OLD GIVEN THE MORNING-AFTER PILL NAMES HER MUM'S PARTNER, WHO LIVES WITH HER; she is going home to him "
        "tonight while mum is on nights. A community pharmacist writing plainly (no 'emergency', no alarm words).")

def knowsley_07():
    f = "knowsley_07.eml"
    when = "2100-09-08 15:30:02"
    add(f, my_itip_reply(f, when, "Dr Hannah Okafor", "hannah.okafor@orchard-sh.example.org",
                         ("Bernadette Kilroy", "bernadette.kilroy@knowsley.gov.uk"), "ACCEPTED",
                         "Step up TAF - Duggan - EHM-52214", "21000915T100000", "21000915T113000",
                         "Microsoft Teams Meeting", addr("Knowsley MASH", KMASH),
                         comment="Will join from clinic. I'll bring the dates of her attendances."),
        "knowsley", "mash_step_up", when, 3, "ordinary", "meeting_reply", False, None, ["EHM-52214"], [], [],
        None, None, [], None, "record_reply",
        "Outlook iTIP REPLY ACCEPTED from the sexual health doctor for knowsley_01's step-up TAF (Wed 15 Sep), MASH copied; "
        "the SUMMARY carries the EHM id and the surname only.")

def knowsley_08():
    f = "knowsley_08.eml"
    when = "2100-10-29 15:48:20"
    body = T("""
Hi,

Step up request for Harper Molyneux, DOB 11/02/2085, EHM-53807.

Harper is 15 and 22 weeks pregnant. Home conditions have got worse over the half term: no food in the house at two visits, no heating, and mum (Kelly) has been drinking heavily again. Harper has missed two antenatal appointments because she's had no bus fare. GCP2 completed on 27/10/2100 (attached) - scores of 4 in nutrition, housing and safety.

Step up TAF meeting: Wednesday 3rd November at 1.30pm on Teams - invite to follow from my calendar.

I discussed this with my TM Lorraine Fenwick this afternoon. She doesn't agree it meets the threshold for step up yet and wants another TAF first, but with the pregnancy I want MASH's view so I'm sending it anyway. The TAF minutes from 14th October aren't typed up yet, I'll send them when they are.

Attached: step up form, GCP2.

Dionne Whitfield
Family First Case Manager, Kirkby | Knowsley Council
0151 496 0752
""") + "\n" + KDISC
    atts = [docx_att("Step up form - Molyneux.docx", appendix1([
                ("Child's name and DOB:", "Harper Molyneux 11/02/2085"), ("Case ID on EHM:", "EHM-53807"),
                ("What are we worried about?", "Neglect of a pregnant 15-year-old; mum's alcohol use."),
                ("What is working well?", "Harper attends school and talks to her form tutor."),
                ("What needs to happen?", "C&F assessment; pre-birth planning.")])),
            pdf_att("GCP2 Molyneux 27.10.2100.pdf", "Graded Care Profile 2 - Harper Molyneux",
                    ["Completed 27/10/2100. Nutrition 4, Housing 4, Safety 4, Health 3.", "Summary: neglect evident."])]
    top = outlook_top(f, addr("Dionne Whitfield", "dionne.whitfield@knowsley.gov.uk"), addr("Knowsley MASH", KMASH),
                      "Step up - Harper Molyneux EHM-53807", when, cc=addr("MASH business support", KBS))
    add(f, mail(f, top, body, atts, html_alt=True), "knowsley", "mash_step_up", when, 7, "ordinary", "step_up",
        False, None, ["EHM-53807"], [ch("Harper Molyneux", "2085-02-11", "11/02/2085")], ["neglect", "substance_misuse"],
        None, False, ["manager_agreed", "taf_minutes"], False, "request_info",
        "Knowsley step-up for neglect of a pregnant 15-year-old: form and GCP2 attached; the TM DOES NOT AGREE (-> "
        "manager false, missing); TAF minutes not typed up (missing); TAF Wed 3 Nov from Fri 29 Oct (BST) is 3 WD across "
        "the clocks going back -> not ok.",
        meeting=date(2100, 11, 3))

RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"
    when = "2100-09-13 10:14:09"
    body = T("""
Dear MASH colleagues,

Following reflective discussion with the Early Help worker on Friday, I have agreed this step-up and am sending it as the Early Help Team Manager.

Young person: Sienna Marsh-Kelly, DOB 21/07/2085 (Mosaic 3028841)
Early Help worker: Abi Fenton, Wandsworth Early Help (Battersea hub)

Case summary
Attached (Case summary - Marsh-Kelly.pdf). In short: Sienna is 15 and about 18 weeks pregnant. She will not say who the father is. Since July she has been seen getting into cars with older males near Clapham Junction, and she was missing overnight twice in August (returned herself both times, return home interviews done).

Rationale for step up
Her refusal to name the father, the older males and the missing episodes together point to possible exploitation that Early Help cannot assess or manage. A pre-birth assessment will also be needed. Mum has consented to the step up.

Kind regards
Marcus Oyelowo
Early Help Team Manager (Wandsworth)
""") + "\n" + RDISC
    atts = [pdf_att("Case summary - Marsh-Kelly.pdf", "Early Help case summary - Sienna Marsh-Kelly",
                    ["Mosaic 3028841. Open to Early Help since March 2100.",
                     "Pregnancy confirmed by GP 02/08/2100. Missing 12/08 and 23/08, returned next morning.",
                     "Older males in cars reported by school and the British Transport Police."])]
    top = outlook_top(f, addr("Marcus Oyelowo", "marcus.oyelowo@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Sienna Marsh-Kelly (Mosaic 3028841)", when, cc=addr("Abi Fenton", "abi.fenton@" + RDOM))
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3, "ordinary",
        "step_up", False, None, ["3028841"], [ch("Sienna Marsh-Kelly", "2085-07-21", "21/07/2085")],
        ["exploitation", "missing"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up from the EH team manager: case summary (PDF + body heading) and rationale "
        "(heading in the body). Pregnant 15-year-old, older males, two past missing episodes (current pattern). "
        "'Mosaic 3028841' -> '3028841'.")

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"
    when = "2100-10-05 19:52:31"
    body = T("""
Forwarding texts from Destiny Clarke (15, DOB 03/02/2085) - copied below exactly. The last one came in about ten minutes ago.

Her mum put her out on Saturday when she found out Destiny is pregnant (about 14 weeks). Since then she's been staying on her own in a "friend's" flat, 9 Cobham Court, Putney - I don't know whose it is. I'm at a family thing in Kent and can't get to her, and she's stopped picking up.

19:21 kemi im bleedin lots n its rly hurtin my belly
19:24 theres no1 here hes not answerin
19:33 i dnt wana go hospital on my own they'l ring my mum
19:40 its all on the bed n everythin im scared
19:41 dnt tell my mum

I've texted her back to ring 999 but she hasn't read it.

Kemi Adebayo
Youth Worker, Roehampton Youth Hub
07700 900447
""")
    top = plain_top(f, addr("Kemi Adebayo", "kemi.adebayo@roehamptonyouth.example.org"), addr(None, RSU),
                    "Fwd: texts from Destiny", when, "roehamptonyouth.example.org", "Android Mail")
    add(f, mail(f, top, body, crlf=False, cte="base64"), "richmond_wandsworth", "mash_step_up", when, 2, "urgent",
        "other", True, None, [], [ch("Destiny Clarke", "2085-02-03", "03/02/2085")], ["neglect"], None, None, [],
        None, "alert_duty",
        "A PREGNANT 15-YEAR-OLD BLEEDING AND ALONE IN A FLAT, in her own text-speak forwarded by a youth worker at 19:52 "
        "(out of hours); thrown out by mum on Saturday -> neglect. Phone mail (base64, LF); no alarm words.")

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"
    when = "2100-10-06 13:20:50"
    body = T("""
Hello Early Help team,

I lead PSHE at Grafton Park School. We're planning Year 9 RSE lessons for next half term and wondered whether one of your practitioners could co-deliver the "healthy relationships" lesson with our school nurse. The lesson plan is attached.

The scenarios in it are invented for the lesson (for example "Jess, 14, whose boyfriend is 24 and picks her up from school", and "Sam, 15, who is asked for nudes"). The point is for students to spot grooming and exploitation and know that the age of consent is 16 and that a child under 13 can never consent. We finish with where to get help, including the school nurse drop-in and the clinic.

Could you let me know if this is something Early Help does?

Many thanks
Hannah Rees
Head of PSHE, Grafton Park School
""")
    atts = [docx_att("Y9 RSE Lesson 4 - Healthy relationships.docx", [
        "# Year 9 RSE - Lesson 4: Healthy relationships, consent and the law",
        "Learning objectives: recognise grooming and coercion; know the age of consent; know where to get help.",
        "Starter (10 min): what makes a relationship healthy?",
        "Scenario cards (fictional): Jess, 14, and a 24-year-old boyfriend who collects her from school; Sam, 15, asked for nudes; Priya and Tom, both 15, deciding to wait.",
        "Discussion: which scenarios show risk? What should a friend do? Who could Jess tell?",
        "Plenary: signposting - school nurse, clinic, Childline."])]
    top = outlook_top(f, addr("Hannah Rees", "h.rees@graftonpark.example.sch.uk"), addr(None, RED),
                      "RSE lesson - could Early Help co-deliver?", when, mid_domain="graftonpark.example.sch.uk")
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 4, "near_miss",
        "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A RELATIONSHIPS-EDUCATION LESSON PLAN: fictional scenarios (a 14-year-old with a 24-year-old "
        "boyfriend, nudes) about nobody real; an enquiry -> other. First names only, nobody labelled.")

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"
    when = "2100-10-11 16:05:37"
    body = T("""
Hi Jasper / Early Help duty,

Confirming the step-down case discussion we agreed on the phone: Thursday 14th October at 11am, Teams.

Children: Maddison Cole, DOB 12/12/2082 (17), and her son Oakley Cole, DOB 29/07/2100. Mosaic ID 2894410.

The latest case summary and the draft Early Help plan are attached.

Consent: I saw Maddison on Friday. She doesn't want Early Help - she declined and says she'll manage with her nan's help. I'd still like to discuss it with you because the CIN plan ends this month and her low mood since Oakley was born worries me. The domestic abuse from Oakley's father ended in the spring: he moved to Leeds and there is a non-molestation order, with no contact since.

Thanks
Priya Raman
Social Worker, CIN Team (Wandsworth)
""") + "\n" + RDISC
    atts = [pdf_att("Case summary - Cole.pdf", "Case summary - Maddison and Oakley Cole - Mosaic 2894410",
                    ["CIN since 03/2100. Domestic abuse by Oakley's father ended 04/2100; NMO in place.",
                     "Current: Maddison's low mood; health visitor involved."]),
            docx_att("Draft EH plan - Cole.docx", ["# Draft Early Help plan - Cole",
                     "Outcome 1: Maddison's mood improves - perinatal mental health referral.",
                     "Outcome 2: Oakley's development is on track - health visitor checks."])]
    top = outlook_top(f, addr("Priya Raman", "priya.raman@" + RDOM), addr("Early Help Duty", RED),
                      "Step down case discussion Thurs 14/10 - Cole", when, cc=addr("Jasper Quint", "jasper.quint@" + RDOM))
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 5, "ordinary",
        "step_down", False, None, ["2894410"],
        [ch("Maddison Cole", "2082-12-12", "12/12/2082"), ch("Oakley Cole", "2100-07-29", "29/07/2100")],
        ["parental_mental_health"], False, None, ["consent"], None, "request_info",
        "Richmond & Wandsworth step-down for a 17-year-old mother and her baby: summary and plan attached, discussion "
        "agreed for Thu 14 Oct (3 days after the contact); the young mother DECLINED Early Help -> consent false -> "
        "missing. Past domestic abuse (ended, NMO) is not a current concern; Maddison (17) is a child.")

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"
    when = "2100-10-14 09:45:10"
    ack = ack_text("step-down", "[SB-richmond_wandsworth-1217]",
                   ["Children: Amelia Novak", "Case discussion: Tuesday 19 October 2100, 14:00"], ["the draft plan for Early Help"])
    body = T("""
Morning,

Please find the draft Early Help plan attached - sorry, it didn't attach on Tuesday. Amelia (16) and her dad have both consented to Early Help continuing the plan.

Tom
Tom Hensley | Social Worker | Richmond CIN Team
""") + quote("stepbot (Early Help Duty)", "12 October 2100 16:40", "Tom Hensley",
             "[SB-richmond_wandsworth-1217] Step down - Amelia Novak", ack)
    atts = [docx_att("Draft EH plan - Novak.docx", ["# Draft Early Help plan - Amelia Novak",
                     "Lead professional: school nurse (Orleans Park). Goal: healthy relationships work and college plan."])]
    top = outlook_top(f, addr("Tom Hensley", "tom.hensley@" + RDOM), addr("Early Help Duty", RED),
                      "RE: [SB-richmond_wandsworth-1217] Step down - Amelia Novak", when)
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 3, "ordinary",
        "follow_up", False, None, [], [ch("Amelia Novak")], [], True, None, [], None, "attach_to_request",
        "Reply to the stepbot acknowledgement [SB-richmond_wandsworth-1217] adding the missing draft plan and stating "
        "consent ('have both consented') -> follow_up.")

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"
    when = "2100-11-19 17:41:26"
    body = T("""
Hello, I'm sorry if this is the wrong place, I found this address on the council website.

My daughter has just shown me something on her phone and I don't know who to tell. Her friend Aaliyah Grant is 14, in Year 10 at Southfields. An hour ago Aaliyah put on her close friends story "cant wait for tonight 🥂🍾 rico's 9pm".

My daughter says Rico is a grown man, about 25 or 26, with a flat above the bookies on Garratt Lane, and he gives the girls vodka and weed. On the bus home today Aaliyah told her "I have to go, he said if I don't come he'll send the pics to everyone".

Aaliyah's mum works nights at the hospital. I don't have her number. My daughter is terrified of getting her friend in trouble but she's in tears about it.

Nadia Hussain
07700 900 562
""")
    top = plain_top(f, addr("Nadia Hussain", "nadia.h82@mailbox.example.com"), addr(None, RSU),
                    "worried about my daughter's friend - tonight", when, "mailbox.example.com", None)
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4, "urgent", "other",
        True, None, [], [ch("Aaliyah Grant")], ["exploitation", "sexual_harm"], None, None, [], None, "alert_duty",
        "A 14-YEAR-OLD WHO SAYS SHE HAS TO GO TO A 'PARTY' AT A 25-YEAR-OLD MAN'S FLAT TONIGHT at 9, coerced with "
        "images; a friend's mother writing at 17:41 (out of hours) with emoji; no alarm words.")

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"
    when = "2100-11-23 11:10:03"
    body = T("""
For information only - no action requested.

I saw Zara Whitlock (15, Year 11) and her boyfriend Ethan (also 15, same tutor group) together at my drop-in on Friday. They have been together since Year 9 and asked for advice about contraception.

I assessed Zara against the Fraser guidelines: she understood the advice, would not tell her parents yet but is thinking about it, and is going to have sex whether or not she has contraception. There was no sign of coercion, pressure or exploitation, and the CSE screening found no risk indicators. No safeguarding concerns were identified.

The only reason I'm writing is that Zara's mum rang afterwards (Zara had told her) and asked whether Early Help runs anything for parents about talking to teenagers about relationships. Could someone send her the parenting programme details? Mum is happy for us to share her email: k.whitlock@mailbox.example.com.

Thanks
Grace Adomako
School Nurse, Richmond 5-19 Service
""")
    top = outlook_top(f, addr("Grace Adomako", "grace.adomako@richmond5-19.example.nhs.uk"), addr("Early Help Duty", RED),
                      "For info - no action - parenting course details please", when,
                      mid_domain="richmond5-19.example.nhs.uk")
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 6, "near_miss", "other",
        False, None, [], [ch("Zara Whitlock")], [], None, None, [], None, "human_review",
        "NEAR MISS - A YOUNG COUPLE OF SIMILAR AGES (both 15) WITH NO CONCERNS: Fraser assessed, no coercion, "
        "'No safeguarding concerns'; the only ask is parenting-course details -> other. Ethan (first name only) not labelled.")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"
    when = "2100-12-06 08:15:00"
    body = T("""
Thank you for your email. I am out of clinic until Monday 13th December.

If you are worried that a young person is at immediate risk of harm, please contact MASH on 020 7946 0321 or call 999 in an emergency. For clinic appointments ring the booking line on 020 7946 0388.

Siobhan Keane
Clinical Nurse Specialist, Young People's Sexual Health (Wandsworth)
""")
    add(f, ooo(f, when, "Siobhan Keane", "siobhan.keane@wandsworthsh.example.nhs.uk", addr(None, RSU),
               "[SB-richmond_wandsworth-1230] Step-up case discussion - invitation", body),
        "richmond_wandsworth", "mash_step_up", when, 2, "near_miss", "auto_reply", False, None, [], [], [], None, None,
        [], None, "ignore",
        "NEAR MISS - A SEXUAL HEALTH NURSE'S OUT-OF-OFFICE whose boilerplate says 'immediate risk of harm' and '999 in "
        "an emergency' about nobody; Auto-Submitted: auto-replied -> auto_reply, ignore.")

TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"
    when = "2100-09-15 13:25:48"
    blocks = [
        "Dear MAST,", "",
        "I am the safeguarding midwife at Whitechapel Maternity Unit. I need someone from children's social care to "
        "ring me this afternoon please.", "",
        ("table", [["", ""],
                   ["Mother", "Shanice Adeyemi, DOB 21/01/2084 (16 years old)"],
                   ["Baby", "Baby girl Adeyemi, born 14/09/2100 at 03:10, NHS number 999 731 4420"],
                   ["Ward", "Postnatal ward 7F, bed 12"]]), "",
        "Shanice has been staying with her boyfriend's mother, who phoned the ward this morning to say Shanice cannot "
        "come back there with the baby. Shanice's own mum (Claudette) has told me she will not have her. Shanice and the "
        "baby are medically fit and the registrar has said they will be discharged after the 6pm observations this "
        "evening. She has no address to go to, no car seat and no money. The baby's father (19) has said she can come "
        "to his flat, but Shanice told me she doesn't want to because of \"what he's like when he's smoked\".", "",
        "Nobody from children's services knows her as far as I can find. Please call me on 020 7946 0575 or bleep 4471 "
        "via switchboard.", "",
        "Rukhsana Begum", "Named Midwife for Safeguarding, Whitechapel Maternity Unit"]
    top = outlook_top(f, addr("Rukhsana Begum", "rukhsana.begum@whitechapel-mat.example.nhs.uk"), addr("MAST", TMAST),
                      "16 yr old mum and newborn - discharge 6pm today - no address", when,
                      mid_domain="whitechapel-mat.example.nhs.uk")
    add(f, word_mail(f, top, blocks), "tower_hamlets", "mash_step_up", when, 5, "urgent", "other", True, None, [],
        [ch("Shanice Adeyemi", "2084-01-21", "21/01/2084")], [], None, None, [], None, "alert_duty",
        "A NEWBORN BORN TO A 16-YEAR-OLD WITH NOWHERE TO GO ON DISCHARGE THIS EVENING (6pm obs): a safeguarding midwife "
        "in Word HTML; the 16-year-old mother is the labelled child, the unnamed baby is not; NHS number is no case id.")

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"
    when = "2100-09-21 10:40:15"
    body = T("""
Dear Early Help Hub,

Step-down to a TAF - Rimsha Chowdhury, DOB 05/05/2083 (17), and her son Zayn Chowdhury, DOB 14/06/2100. Mosaic ID 3157720.

The Child and Family Assessment concluded on 13/09/2100 with a recommendation to step down; it is attached with the TAF plan.

Rimsha has consented to the step-down and to the Family Nurse carrying on as lead.
Lead Practitioner: Hollie Grant, Family Nurse, Family Nurse Partnership (Tower Hamlets).

I will chair the TAF meeting on Monday 27th September at 2pm at Bow Children's Centre.

The concerns about domestic abuse from Zayn's father ended when he moved to Birmingham in May; there has been no contact since and Rimsha has a safety plan she understands.

Best wishes
Joseph Mensah
Social Worker, Assessment & Intervention Team 3
""") + "\n" + TDISC
    atts = [pdf_att("C&F Assessment - Chowdhury.pdf", "Child and Family Assessment - Rimsha and Zayn Chowdhury",
                    ["Concluded 13/09/2100. Recommendation: step down to TAF (Early Help).",
                     "Rimsha is caring well for Zayn; attends college two days a week."]),
            docx_att("TAF plan - Chowdhury.docx", ["# TAF plan - Chowdhury",
                     "Lead Practitioner: Hollie Grant (FNP).", "Goals: college, childcare, healthy relationships."])]
    top = outlook_top(f, addr("Joseph Mensah", "joseph.mensah@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Chowdhury - Mosaic 3157720", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "early_help_duty", when, 4, "ordinary",
        "step_down", False, None, ["3157720"],
        [ch("Rimsha Chowdhury", "2083-05-05", "05/05/2083"), ch("Zayn Chowdhury", "2100-06-14", "14/06/2100")],
        [], True, None, [], None, "book_meeting",
        "Complete Tower Hamlets step-down for a 17-year-old mother and baby: assessment + TAF plan attached, consent, "
        "lead practitioner with agency (FNP), TAF within 10 WD of the assessment's end. Past domestic abuse ended -> not "
        "a concern.")

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"
    when = "2100-09-30 14:55:02"
    body = T("""
Hi MAST,

Please find attached a Multi-Agency Request for Support for Mariam Hoque, DOB 19.08.2086 (14).

Mariam has been to the young people's sexual health clinic three times in six weeks, has had an STI, and will not say how old her partner is. She has a new phone and new clothes that mum says she didn't buy. Her school attendance has dropped to 64% this half term. Mum does not know about the clinic visits.

I've asked my manager, Shirin Akhtar, to agree the step-up. She's in panel until 4 and will reply to this email.

Thanks
Faisal Miah
Targeted Early Help Practitioner, Tower Hamlets
""") + "\n" + TDISC
    atts = [docx_att("MARF - Mariam Hoque.docx", ["# Multi-Agency Request for Support",
                     "Child: Mariam Hoque, 19.08.2086. School: Stepney Park (invented).",
                     "Reason: possible child sexual exploitation; attendance 64%.", "Manager sign-off: pending"])]
    top = outlook_top(f, addr("Faisal Miah", "faisal.miah@" + TDOM), addr("MAST", TMAST),
                      "Request for support - Mariam Hoque", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "mash_step_up", when, 8, "ordinary", "step_up",
        False, None, [], [ch("Mariam Hoque", "2086-08-19", "19.08.2086")],
        ["exploitation", "school_attendance", "sexual_harm"], None, None, ["manager_agreed"], None, "request_info",
        "Tower Hamlets step-up (MAST) with the Request for Support form attached; MANAGER AGREEMENT PENDING ('will "
        "reply') -> null -> missing. CSE indicators without anything happening tonight -> not urgent.")

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"
    when = "2100-10-20 12:00:30"
    body = T("""
Dear colleague,

Thank you for booking "Fraser guidelines, consent and under-16s" on Wednesday 3 November. Please read the case scenarios below before the session. All of them are fictional and written for training only - they describe no real child or family.

Scenario 1: Ayesha, 12, asks the school nurse for the pill. She says her boyfriend is 19 and is picking her up tonight. What do you do, and why is Fraser not the question here?

Scenario 2: Kyle, 15, and his girlfriend, 15, ask for condoms. Is this a safeguarding concern? What would make it one?

Scenario 3: A pregnant 15-year-old is thrown out by her parents on a Friday night. Who do you call, and what counts as immediate risk?

We will also cover the Sexual Offences Act, the under-13 rule and when to share information without consent.

Learning & Development Team
Tower Hamlets Safeguarding Children Partnership
""")
    top = plain_top(f, addr("THSCP Learning & Development", "thscp.training@" + TDOM), addr(None, TEH),
                    "Pre-course reading: Fraser guidelines and under-16s (Wed 3 Nov)", when, TDOM, None)
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "early_help_duty", when, 1, "near_miss", "other",
        False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - HYPOTHETICAL SCENARIOS FROM TRAINING, marked fictional: a 12-year-old collected 'tonight', a "
        "pregnant 15-year-old thrown out, 'immediate risk' -> other.")

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"
    when = "2100-11-01 18:20:44"
    body = T("""
Hello, sorry my english not good.

I am aunty of Sumaiya Akter, she is 14 years. She is pregnant, i think 5 month, she tell me today only.

The father is my husband friend Mr Kamal, he is 38 year. He come to the house many times when her parent at work.

Today he phone her father and say tonight 9 o clock he will come and take Sumaiya to his house in Luton "for marry". Her father say ok because of shame for family. Sumaiya is crying in the bathroom, she send me voice message, she dont want to go.

Please help her tonight. Address: flat 4, 22 Bromley Hall Road, E14. Her father name Abdul Akter.

Please not say my name to the family. My number 07700 900 219.
""")
    top = plain_top(f, addr(None, "rahima.k1979@mailbox.example.com"), addr(None, TMAST), "please help Sumaiya tonight",
                    when, "mailbox.example.com", None)
    add(f, mail(f, top, body), "tower_hamlets", "mash_step_up", when, 3, "urgent", "other", True, None, [],
        [ch("Sumaiya Akter")], ["sexual_harm"], None, None, [], None, "alert_duty",
        "A PREGNANT 14-YEAR-OLD WHOSE 38-YEAR-OLD ABUSER IS COMING AT 9 TONIGHT TO TAKE HER 'FOR MARRY', told in broken "
        "English by an aunt at 18:20 on the first GMT Monday (+0000). No alarm words.")

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"
    when = "2100-11-16 10:02:18"
    comment = ("Sorry, I can't come this morning. I'm in the medical room with Tasnim Uddin now - she has just told me "
               "the man she calls her boyfriend (he is 29) is parked outside the school gate to take her to his flat. "
               "He keeps texting her 'come out now'. She is 14. Reception are keeping her with me. Please ring me on "
               "020 7946 0613.")
    add(f, my_itip_reply(f, when, "Joanne Pike", "joanne.pike@th0-19.example.nhs.uk",
                         ("Amy Lowther", "amy.lowther@" + TDOM), "DECLINED",
                         "TAF meeting - Uddin family - Mosaic 3204419", "21001116T103000", "21001116T113000",
                         "Stepney Green Children's Centre", addr("Early Help Hub", TEH), comment=comment),
        "tower_hamlets", "early_help_duty", when, 2, "urgent", "meeting_reply", True, None, ["3204419"],
        [ch("Tasnim Uddin")], ["exploitation", "sexual_harm"], None, None, [], None, "alert_duty",
        "A DECLINED INVITATION'S COMMENT: a school nurse declines this morning's TAF because a 14-year-old has just "
        "told her a 29-year-old is outside the gate to take her to his flat. iTIP REPLY with COMMENT -> meeting_reply, "
        "but urgent -> alert_duty. 'Mosaic 3204419' in the SUMMARY -> '3204419'.")

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"
    when = "2100-11-25 15:15:39"
    body = T("""
Hi MAST,

An update for the contact I made last Thursday about Nusrat Begum (Year 7).

PC Hollis and I spoke to Nusrat and her mum together yesterday. The "older boyfriend" we were worried about is Ryan, who is 12 and in her own class - the "18" on his profile was a joke between them. Mum knew about him and has met his family. Police have recorded no further action and I'm happy there is nothing more to it.

From our side the concern is resolved and MAST can close the contact. School will keep an eye as usual.

Thanks
Ms D. Ferreira
DSL, Bow Lane Primary & Secondary Academy
""") + quote("MAST", "18 November 2100 14:02", "D Ferreira", "[SB-tower_hamlets-3088] MAST contact - Nusrat Begum",
             ack_text("MAST", "[SB-tower_hamlets-3088]", ["Children: Nusrat Begum"], []))
    top = outlook_top(f, addr("Daniela Ferreira", "dferreira@bowlane.example.sch.uk"), addr("MAST", TMAST),
                      "RE: [SB-tower_hamlets-3088] MAST contact - Nusrat Begum", when, mid_domain="bowlane.example.sch.uk")
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 4, "near_miss", "follow_up",
        False, None, [], [ch("Nusrat Begum")], [], None, None, [], None, "attach_to_request",
        "NEAR MISS - A RESOLVED CONCERN: the 'older boyfriend' is a 12-year-old classmate, police NFA; a reply to "
        "[SB-tower_hamlets-3088] -> follow_up.")

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"
    when = "2100-12-09 11:30:27"
    body = T("""
Dear Early Help Hub,

Step-down to a TAF for Leah O'Connor, DOB 27/10/2084 (16), Mosaic ID 3312087.

Leah is 26 weeks pregnant and lives with her mum. The worries that remain are about mum's mental health (she is under the community mental health team). Leah and her mum both agree to the step-down.

Lead Practitioner: Gemma Tyrell, Teenage Pregnancy Midwife, Whitechapel Maternity Unit.
TAF meeting: Tuesday 14th December at 10am at the Idea Store, Whitechapel (I will chair).

The TAF plan is attached. The Child and Family Assessment is with my manager for sign-off and I'll send it next week.

Kind regards
Amy Lowther
Social Worker, CIN Team 2
""") + "\n" + TDISC
    atts = [docx_att("TAF plan - O'Connor.docx", ["# TAF plan - Leah O'Connor",
                     "Goals: antenatal care, education after the birth, mum's wellbeing."])]
    top = outlook_top(f, addr("Amy Lowther", "amy.lowther@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Leah O'Connor", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "early_help_duty", when, 6, "ordinary",
        "step_down", False, None, ["3312087"], [ch("Leah O'Connor", "2084-10-27", "27/10/2084")],
        ["parental_mental_health"], True, None, ["assessment"], None, "request_info",
        "Tower Hamlets step-down: TAF plan, consent, lead practitioner; the C&F ASSESSMENT IS NOT ATTACHED ('I'll send "
        "it next week') -> missing assessment.")

BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"
    when = "2100-09-09 10:30:05"
    body = T("""
Hello Early Help,

Please can I have a triage slot for Maisie Tozer, DOB 17/04/2084 (16), LCS-561902.

Maisie is 20 weeks pregnant and lives with her mum in Paignton. The Single Assessment is attached, with my analysis and the rationale for stepping down to level 3. My team manager, Gareth Luscombe, has recorded his analysis on LCS confirming the threshold for level 3 is met.

Maisie and her mum have both consented to level 3 Early Help. The baby's father is 17 and supportive; we have no concerns about the relationship.

Thanks
Kerenza Polglase
Social Worker, Single Assessment Team, Torbay Council
""") + "\n" + BDISC
    atts = [pdf_att("Single Assessment - Maisie Tozer.pdf", "Single Assessment - Maisie Tozer - LCS-561902",
                    ["Analysis: needs met at level 3; antenatal care in place; school and midwife involved.",
                     "Manager's analysis: threshold for level 3 met - G. Luscombe."])]
    top = outlook_top(f, addr("Kerenza Polglase", "kerenza.polglase@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - Maisie Tozer LCS-561902", when)
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 3, "ordinary", "step_down",
        False, 3, ["LCS-561902"], [ch("Maisie Tozer", "2084-04-17", "17/04/2084")], [], True, True, [], None,
        "book_meeting",
        "Complete Torbay step-down for a pregnant 16-year-old: Single Assessment attached, TM's analysis confirming level 3, "
        "consent from Maisie and mum; 'stepping down to level 3' -> level 3. The 17-year-old father: negated.")

def torbay_02():
    f = "torbay_02.eml"
    when = "2100-09-27 16:48:11"
    body = T("""
SH walk-in (Paignton) - contact to MASH

Pt: Jessica (Jess) PROWSE  DOB 09/01/2088  (12y 8m)
Attended 16:05, alone.

Hx: UPSI x2 in last 72h with M approx 26y ("Ty"), met via Snapchat. Says he drove her to a lay-by both times. Req EHC.
Plan: LNG 1.5mg given 16:20. Declined STI screen today.
Under 13 - cannot consent; Fraser not applicable.

Pt states Ty is "waiting in the car park by Lidl to take me back to his". Silver Audi seen from clinic window.
Pt currently in room 3 with HCA. Clinic closes 18:00.
Mum - pt will not give number. Address given: 5 Fernicombe Rd, Paignton.

Please call clinic 01632 960 318 - ask for me.

T. Widdicombe RGN
Sexual Health Nurse, Torbay Sexual Health
""")
    top = plain_top(f, addr("Tamsin Widdicombe", "t.widdicombe@torbaysh.example.nhs.uk"), addr(None, BMASH),
                    "SH clinic - 12yo - contact", when, "torbaysh.example.nhs.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 2, "urgent", "other", True, None, [],
        [ch("Jessica Prowse", "2088-01-09", "09/01/2088", as_written="Jessica (Jess) PROWSE")],
        ["exploitation", "sexual_harm"], None, None, [], None, "alert_duty",
        "A 12-YEAR-OLD GIVEN EHC AFTER SEX WITH A 26-YEAR-OLD WHO IS WAITING IN THE CAR PARK NOW: a sexual health nurse's "
        "clinical, abbreviated note (UPSI, EHC, LNG); surname in capitals with a nickname -> 'Jessica Prowse'.")

def torbay_03():
    f = "torbay_03.eml"
    when = "2100-10-15 11:00:52"
    body = T("""
COPY FOR INFORMATION - routine contraception review. No action required.

Patient: Poppy Hext, DOB 22/08/2084 (16)
Seen: 14/10/2100, Torquay young people's clinic

Subdermal implant fitted at her request. Fraser competence assessed and documented (not required at 16, recorded as clinic policy). Partner aged 17, relationship of eight months. Spotlight CSE screening: no risk indicators. No concerns about coercion or exploitation. No safeguarding concerns.

Our records system sends a copy of every under-18 LARC letter to the local safeguarding inbox. Nothing is needed from MASH.

Torbay Sexual Health - Clinical Letters
""")
    top = plain_top(f, addr("Torbay Sexual Health Letters", "letters@torbaysh.example.nhs.uk"), addr(None, BMASH),
                    "Clinic letter (copy) - Hext - LARC", when, "torbaysh.example.nhs.uk", None)
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 5, "near_miss", "other", False, None, [],
        [ch("Poppy Hext", "2084-08-22", "22/08/2084")], [], None, None, [], None, "human_review",
        "NEAR MISS - A FRASER-COMPETENT 16-YEAR-OLD'S ROUTINE CONTRACEPTION: a clinic letter copied to MASH by rule, "
        "'No safeguarding concerns', CSE screening negative -> other. Written by a person's system but with no "
        "Auto-Submitted header; other, not auto_reply.")

def torbay_04():
    f = "torbay_04.eml"
    when = "2100-10-26 09:50:33"
    body = T("""
Dear MASH,

Contact from the lead professional - Tegan Ball, DOB 30/03/2085 (15), LCS-583310.

Tegan has been in a relationship since the summer with a 20-year-old man from Torquay. She had a pregnancy scare in September (test negative), she has been missing from home twice this month (back by the morning both times) and she has stopped going to her Early Help sessions. My ATM Silas Penrose and I agree this needs to be considered for level 4.

Consent: Dad has refused consent to the contact to MASH - he says "it's Tegan's business who she goes out with".

Demelza Rowe
Early Help Practitioner, Torbay Council
01632 960 274
""") + "\n" + BDISC
    top = outlook_top(f, addr("Demelza Rowe", "demelza.rowe@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Tegan Ball LCS-583310", when, cc=addr("Silas Penrose", "silas.penrose@" + BDOM))
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 4, "ordinary", "step_up", False, None,
        ["LCS-583310"], [ch("Tegan Ball", "2085-03-30", "30/03/2085")], ["exploitation", "missing", "non_engagement"],
        False, True, ["consent"], None, "request_info",
        "Torbay step-up (contact to MASH from the lead professional): ATM agrees level 4; DAD REFUSED CONSENT -> consent "
        "false -> missing. Age-gap relationship (15 and 20), missing twice, stopped engaging.")

def torbay_05():
    f = "torbay_05.eml"
    when = "2100-11-02 08:40:19"
    add(f, my_itip_reply(f, when, "Kerenza Polglase", "kerenza.polglase@" + BDOM,
                         ("Early Help business support", "earlyhelp.businesssupport@" + BDOM), "ACCEPTED",
                         "Early Help triage - Crocker - LCS-590044", "21001109T100000", "21001109T103000",
                         "Torbay Council, Tor Hill House - Room 2", addr("Early Help", BEH)),
        "torbay", "early_help_duty", when, 4, "ordinary", "meeting_reply", False, None, ["LCS-590044"], [], [],
        None, None, [], None, "record_reply",
        "Outlook iTIP REPLY ACCEPTED, empty body, for a Tuesday-morning triage slot (Tue 9 Nov 10:00); the LCS id from "
        "the SUMMARY; the first GMT week (+0000).")

def torbay_06():
    f = "torbay_06.eml"
    when = "2100-11-12 20:14:57"
    body = T("""
to whoever reads this

my daughter Courtney Vosper is 15 and she has just told me she is pregnant by that lad from Brixham who is 23. i have told her to get out. i have put her bags on the step and locked the door and she is NOT coming back in this house tonight or any night.

she is sat on the wall outside crying in her school shirt. her dad is in plymouth and says he wont have her either.

you lot can sort her out, she is your problem now. i wont be answering the door.

Lisa Vosper
11 Hele Rise, Torquay
""")
    top = plain_top(f, addr("Lisa Vosper", "lisavosper77@mailbox.example.com"), addr(None, BMASH),
                    "my daughter", when, "mailbox.example.com", None)
    add(f, iphone_mail(f, top, body), "torbay", "mash_step_up", when, 3, "urgent", "other", True, None, [],
        [ch("Courtney Vosper")], ["neglect", "sexual_harm"], None, None, [], None, "alert_duty",
        "A PREGNANT 15-YEAR-OLD THROWN OUT TONIGHT (20:14, November), told by her own angry mother from a phone: locked "
        "out on the wall in her school shirt; pregnant by a 23-year-old -> sexual_harm; abandoned -> neglect.")

def torbay_07():
    f = "torbay_07.eml"
    when = "2100-11-24 13:33:06"
    body = T("""
Dear MASH,

I am recording this for completeness - Bethany has asked me to and knows I am writing. No action is requested.

In a counselling session yesterday Bethany Luxton (17) talked about the sexual abuse she suffered when she was 12 from a neighbour. This is not a new disclosure: she told her school in 2097, Devon & Cornwall Police investigated, and the man was convicted in 2098 and is serving nine years. He has had no contact with her since. She lives with her mum, who is very supportive, and she is safe.

She is working through it in counselling and is doing well at college.

Kind regards
Rosie Penwarden
School and College Counsellor, South Devon College Wellbeing Service
""")
    top = outlook_top(f, addr("Rosie Penwarden", "r.penwarden@sdcwellbeing.example.ac.uk"), addr("MASH", BMASH),
                      "For the record - historic disclosure, already investigated", when,
                      mid_domain="sdcwellbeing.example.ac.uk")
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 7, "near_miss", "other", False, None, [],
        [ch("Bethany Luxton")], [], None, None, [], None, "human_review",
        "NEAR MISS - A HISTORIC DISCLOSURE ALREADY INVESTIGATED: abuse at 12, police investigated in 2097, the man "
        "convicted in 2098 and in prison, no contact, 'she is safe' -> other; concerns [] (historic).")

def torbay_08():
    f = "torbay_08.eml"
    when = "2100-12-14 15:10:40"
    body = T("""
Hi,

Triage slot request please - Kacey Hosking, DOB 02/02/2083 (17), and her son Rory-James Hosking, DOB 18/07/2100. LCS-602215.

The Single Assessment is attached. My team manager's analysis confirming the threshold for level 3 is met is recorded on LCS and in section 9 of the assessment.

The remaining worry is her partner's cannabis use in the flat. Kacey is a lovely mum and Rory-James is thriving.

I'm seeing Kacey on Thursday and will ask her then about Early Help - I haven't had the chance to talk to her about consent yet.

Thanks
Morwenna Stephens
Social Worker, Safeguarding and Supporting Families Team
""") + "\n" + BDISC
    atts = [docx_att("Single Assessment - Hosking.docx", ["# Single Assessment - Kacey and Rory-James Hosking",
                     "Section 9 - Manager's analysis: threshold for level 3 Early Help is met. (TM, 13/12/2100)"])]
    top = outlook_top(f, addr("Morwenna Stephens", "morwenna.stephens@" + BDOM), addr("Early Help", BEH),
                      "Triage slot - Hosking LCS-602215", when)
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 2, "ordinary", "step_down",
        False, 3, ["LCS-602215"],
        [ch("Kacey Hosking", "2083-02-02", "02/02/2083"), ch("Rory-James Hosking", "2100-07-18", "18/07/2100")],
        ["substance_misuse"], None, True, ["consent"], None, "request_info",
        "Torbay step-down for a 17-year-old mother and her 5-month-old (under-5s triage): assessment and TM analysis "
        "present ('threshold for level 3' -> level 3); CONSENT NOT YET ASKED ('will ask her then') -> null -> missing.")

HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"
    when = "2100-09-03 11:45:21"
    body = T("""
Dear Early Help Co-ordinators,

Step-down plan for a sibling group: Freya Bevan, DOB 11/11/2084 (15), and Alfie Bevan, DOB 06/03/2089 (11). Mosaic ID 3420178.

The s47 concluded on 20/08/2100 with a decision to step down to Early Help at level 3 ('Intensive'). Freya is 24 weeks pregnant; the baby's father is 16 and at her school, and the s47 found no concerns about the relationship. The current worry is mum's low mood.

Attached: the signed consent form and the Early Help Assessment step-down plan.
Key person: Nia Howells, School Nurse, Wye Valley School Nursing Service, who Freya chose and has agreed to lead.

Regards
Owain Pritchard
Social Worker, Leominster Locality Team
""") + "\n" + HDISC
    atts = [pdf_att("Signed consent form - Bevan.pdf", "Early Help consent form",
                    ["I consent to my family receiving Early Help. Signed: R. Bevan (parent), 01/09/2100."]),
            docx_att("EHA step-down plan - Bevan.docx", ["# Early Help Assessment step-down plan - Bevan",
                     "What needs to happen / by whom / outcome / timescale: antenatal support (midwife), mum's GP review, Alfie's transition to Year 7."])]
    top = outlook_top(f, addr("Owain Pritchard", "owain.pritchard@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Bevan sibling group", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 4, "ordinary",
        "step_down", False, 3, ["3420178"],
        [ch("Freya Bevan", "2084-11-11", "11/11/2084"), ch("Alfie Bevan", "2089-03-06", "06/03/2089")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "Complete Herefordshire step-down for a sibling group (a pregnant 15-year-old and her brother): signed consent "
        "form, plan, key person with agency; 'at level 3 (Intensive)' stated -> level 3. The 16-year-old father: "
        "negated concern.")

def herefordshire_02():
    f = "herefordshire_02.eml"
    when = "2100-09-30 15:02:37"
    text = ("Lacey Morgan (13) has just told me in our 1:1 she's meeting Jay tonight at the Travelodge on the ring road. "
            "He's 31 and bought her the iPhone she's got. She's getting the 6pm bus from the bus station. I'm with her at "
            "the youth centre till 5. Mum not answering.\n\nSam Ellery\nYouth Worker, Bromyard Youth Project\n07700 900 731\n\nSent from my iPhone")
    top = plain_top(f, addr("Sam Ellery", "sam.ellery@bromyardyouth.example.org"), addr(None, HMASH),
                    "Lacey Morgan 13 - tonight", when, "bromyardyouth.example.org", None)
    add(f, iphone_mail(f, top, text), "herefordshire", "mash_step_up", when, 2, "urgent", "other", True, None, [],
        [ch("Lacey Morgan")], ["exploitation", "sexual_harm"], None, None, [], None, "alert_duty",
        "A MOBILE ONE-LINER: a 13-year-old meeting a 31-year-old at a hotel tonight (6pm bus); a youth worker from an "
        "iPhone (format=flowed); no alarm words.")

def herefordshire_03():
    f = "herefordshire_03.eml"
    when = "2100-10-12 10:20:14"
    body = T("""
Hi both,

Just to keep the co-ordinator team up to date for the step-down. Evie went to her termination appointment at the clinic in Worcester yesterday, with her mum, as she had decided. It all went as expected. The clinic told her some bleeding over the next couple of weeks is normal and gave her the aftercare line, and her mum is taking her to the GP follow-up next week.

Evie is back in school on Thursday. There are no concerns - I'm only letting you know so the key person is aware.

Bryony
Bryony Hale | School Nurse | Wye Valley School Nursing Service
""") + quote("Early Help Co-ordinators", "29 September 2100 12:10", "Bryony Hale",
             "[SB-herefordshire-1450] Step down - Evie Price",
             ack_text("step-down", "[SB-herefordshire-1450]", ["Children: Evie Price"], []))
    top = outlook_top(f, addr("Bryony Hale", "bryony.hale@wyevalley-sn.example.nhs.uk"), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-1450] Step down - Evie Price", when, mid_domain="wyevalley-sn.example.nhs.uk")
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 3, "near_miss", "follow_up",
        False, None, [], [ch("Evie Price")], [], None, None, [], None, "attach_to_request",
        "NEAR MISS - A YOUNG PERSON'S TERMINATION APPOINTMENT, SUPPORTED: 'some bleeding ... is normal', mum with her, "
        "'There are no concerns'; a reply to [SB-herefordshire-1450] -> follow_up.")

def herefordshire_04():
    f = "herefordshire_04.eml"
    when = "2100-10-28 14:40:08"
    body = T("""
Dear MASH,

Step up request - Kian Davies, DOB 07/07/2086 (14).

Kian has been in a relationship with a 19-year-old woman since the spring. She says she is pregnant by him. Police are aware and she has moved back to Powys; there has been no contact for three weeks and Kian is at home with mum. We think the age gap, his secrecy and his low mood need a social care assessment rather than more Early Help.

Mum consents to the step up. My team manager Carys Blunt agreed the step-up today.

Thanks
Rhodri Vaughan
Early Help Family Support Worker, Hereford City
""") + "\n" + HDISC
    top = outlook_top(f, addr("Rhodri Vaughan", "rhodri.vaughan@" + HDOM), addr("MASH", HMASH),
                      "Step up request - Kian Davies", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 5, "ordinary", "step_up", False,
        None, [], [ch("Kian Davies", "2086-07-07", "07/07/2086")], ["exploitation", "sexual_harm"], True, True, [],
        None, "human_review",
        "Herefordshire STEP-UP, A KIND ITS PROTOCOL DOES NOT DEFINE -> human_review, missing []. A 14-year-old boy and a "
        "19-year-old woman (age gap); no contact for three weeks -> not urgent.")

def herefordshire_05():
    f = "herefordshire_05.eml"
    when = "2100-11-03 11:05:49"
    body = T("""
Hello,

Please read my notes from this morning's drop-in, attached. I need a call back on 01632 960 441 before the end of the school day.

Her form tutor knows she's with me.

Nia Howells
School Nurse, Wye Valley School Nursing Service
""")
    atts = [pdf_att("Drop-in notes 03.11.2100.pdf", "School nurse drop-in record",
                    ["Name: Ruby Watkins   DOB: 15/05/2088 (12y)   Year 7, Whitecross Academy",
                     "09:40 Pregnancy test at her request - positive. LMP approx 10 weeks ago.",
                     "Partner: 'Liam', 19, 'my cousin's mate'. She stays at his flat on Holmer Road 'most weekends and Wednesdays'.",
                     "Today is Wednesday. She says he picks her up from the Co-op at 3.30 and she is going to his as usual.",
                     "Mum thinks she stays at her cousin's. Ruby asked me not to tell mum.",
                     "Under 13: no capacity to consent. Information shared with DSL 10:50."])]
    top = outlook_top(f, addr("Nia Howells", "nia.howells@wyevalley-sn.example.nhs.uk"), addr("MASH", HMASH),
                      "Drop-in notes - Year 7 pupil - please read today", when, mid_domain="wyevalley-sn.example.nhs.uk")
    add(f, mail(f, top, body, atts), "herefordshire", "mash_step_up", when, 4, "urgent", "other", True, None, [],
        [ch("Ruby Watkins", "2088-05-15", "15/05/2088")], ["sexual_harm"], None, None, [], None, "alert_duty",
        "AN UNDER-13 WHO IS PREGNANT and is going to the 19-year-old's flat after school today: THE FACTS ARE ONLY IN "
        "THE ATTACHED PDF; the body says only 'please read'. Child named only in the attachment (labelled).",
        names_only_in_attachments=True)

def herefordshire_06():
    f = "herefordshire_06.eml"
    when = "2100-11-17 09:30:26"
    h = LAYOUT_HEAD + T("""
<h2 style="font-family:Arial">Herefordshire Teenage Pregnancy &amp; Sexual Health Partnership - Bulletin 14</h2>
<p><b>New young people's sexual health pathway from 1 December</b></p>
<p>The pathway sets out what clinics, school nurses and youth workers should do. Examples used at the launch
(illustrations only, not real cases):</p>
<ul>
<li>a 12-year-old whose "boyfriend" is collecting her from school - urgent referral to MASH;</li>
<li>a pregnant 15-year-old thrown out by her family - contact MASH the same day;</li>
<li>a 16-year-old asking for routine contraception - no referral needed if there is no risk of harm.</li>
</ul>
<p><b>Data</b>: under-18 conceptions in the county fell again last year. The termination pathway at Worcester now takes
self-referrals.</p>
<p><b>Training</b>: "Fraser guidelines in practice", 8 December, Shire Hall. Places available.</p>
<p>Partnership Co-ordinator, Herefordshire Council Public Health</p>
</body></html>
""")
    top = plain_top(f, addr("TP & SH Partnership", "tpsh.partnership@" + HDOM), addr(None, HEH),
                    "Teenage Pregnancy & Sexual Health Partnership - Bulletin 14", when, HDOM, None,
                    extra=[("Precedence", "bulk")])
    add(f, html_only(f, top, h), "herefordshire", "early_help_duty", when, 3, "near_miss", "other", False, None, [],
        [], [], None, None, [], None, "human_review",
        "NEAR MISS - A PARTNERSHIP BULLETIN listing example scenarios ('illustrations only, not real cases') with "
        "'urgent' and 'risk of harm' -> other.")

def herefordshire_07():
    f = "herefordshire_07.eml"
    when = "2100-11-30 13:50:33"
    body = T("""
Hi,

Step down to Early Help - Skye Griffiths, DOB 19/09/2084 (16), and her daughter Willow Griffiths, DOB 02/10/2100. Mosaic ID 3487712.

The C&F assessment concluded last week with a decision to step down. The step-down plan is attached.

Skye agreed to Early Help verbally on the phone on Friday. I'll get the written consent form signed when I visit next Tuesday, and we'll agree the key person then - she wants to think about whether it should be the health visitor or her college mentor.

Thanks
Ffion Lloyd-Jones
Social Worker, Hereford City Locality Team
""") + "\n" + HDISC
    atts = [docx_att("EHA step-down plan - Griffiths.docx", ["# Early Help Assessment step-down plan - Griffiths",
                     "What needs to happen: housing support, childcare for college, health visitor checks."])]
    top = outlook_top(f, addr("Ffion Lloyd-Jones", "ffion.lloyd-jones@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Skye and Willow Griffiths", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 6, "ordinary",
        "step_down", False, None, ["3487712"],
        [ch("Skye Griffiths", "2084-09-19", "19/09/2084"), ch("Willow Griffiths", "2100-10-02", "02/10/2100")],
        [], True, None, ["consent_form", "lead_practitioner"], None, "request_info",
        "Herefordshire step-down for a 16-year-old mother and her baby: plan attached; consent VERBAL only -> consent "
        "true but the written consent_form is missing; key person still to be agreed -> lead_practitioner missing.")

def herefordshire_08():
    f = "herefordshire_08.eml"
    when = "2100-12-08 12:15:02"
    text = ("Sorry - please ignore my email from this morning about Mia Lloyd. I put her age as 13 but she is 17, and her "
            "boyfriend is 18. There's nothing to report, and I sent it to the wrong inbox anyway. Apologies. Kate "
            "(Kate Morris, Learning Mentor, Ross High)\n\nSent from my iPhone")
    top = plain_top(f, addr("Kate Morris", "k.morris@rosshigh.example.sch.uk"), addr(None, HMASH),
                    "Re: Mia Lloyd - ignore", when, "rosshigh.example.sch.uk", None)
    add(f, iphone_mail(f, top, text), "herefordshire", "mash_step_up", when, 3, "near_miss", "other", False, None, [],
        [ch("Mia Lloyd")], [], None, None, [], None, "human_review",
        "NEAR MISS - A CORRECTION ON A PHONE: the girl is 17 not 13, the boyfriend 18, 'nothing to report' -> other.")


# ============================================================================= self-checks
CONCERN_IDS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
               "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation",
               "school_attendance", "young_carer", "disability_send"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
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

# England & Wales bank holidays of 2100 that fall on a weekday (the `holidays` package's list, which check()
# re-derives and compares; the package has no data for 2101, and no meeting in the set is after 29 December 2100). 2100 is NOT a leap year (divisible by 100, not by 400).
BANK_HOLIDAYS = {date(2100, 1, 1), date(2100, 3, 26), date(2100, 3, 29), date(2100, 5, 3), date(2100, 5, 31),
                 date(2100, 8, 30), date(2100, 12, 27), date(2100, 12, 28)}
# Christmas Day (Sat 25 Dec) and Boxing Day (Sun 26 Dec) fall at a weekend: the substitute days are Monday 27 and
# Tuesday 28 December 2100. The Late Summer Bank Holiday (Mon 30 Aug) is before the window. None falls inside it.
WINDOW = (datetime(2100, 9, 1, tzinfo=LON), datetime(2100, 12, 17, 23, 59, 59, tzinfo=LON))
BST_END = datetime(2100, 10, 31, 1, 0, 0, tzinfo=UTC)       # clocks go back: Sunday 31 October 2100, 02:00 BST
MAX_YEAR = 2100

def expected_offset(d):
    return "+0100" if d.astimezone(UTC) < BST_END else "+0000"

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"], 1)}

def parse_dob(w):
    w = w.strip()
    m = re.fullmatch(r"(\d{2})[/.-](\d{2})[/.-](\d{4})", w)
    if m:
        return date(int(m[3]), int(m[2]), int(m[1])).isoformat()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", w)
    if m:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
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
    return "-".join(p.capitalize() for p in word.split("-"))

def normalised(as_written):
    """'Jessica (Jess) PROWSE' -> 'Jessica Prowse' (a nickname in brackets dropped, capitals title-cased)."""
    t = re.sub(r"\s*\([^)]*\)", "", as_written)
    fore, sur = t.rsplit(" ", 1)
    return "%s %s" % (fore, titled(sur) if sur.isupper() else sur)

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
BANNED = re.compile(r"(?i)\b(urgent|urgently|immediate|immediately|emergency|danger|asap)\b|\bat risk\b|\brisk of harm\b")

def yaml_requirement_ids():
    """{(authority, kind): {requirement ids (and 'asks' ids)}} read from /work/main/config/authorities/*.yaml."""
    import yaml
    out = {}
    base = "/work/main/config/authorities"
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        y = yaml.safe_load(open(os.path.join(base, a + ".yaml")))
        for k, spec in (y.get("kinds") or {}).items():
            ids = {r["id"] for r in (spec.get("requirements") or [])}
            out[(a, k)] = ids
    return out

def parse(f):
    return email.message_from_bytes(FILES[f], policy=email.policy.default)

def all_headers(msg):
    return " ".join(str(v) for part in msg.walk() for _k, v in part.items())

def check_file(lab, yreq):
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
    if e["urgent"] != (CATS[f] == "urgent"): err("urgent vs category")
    if not set(e["concerns"]) <= CONCERN_IDS or e["concerns"] != sorted(set(e["concerns"])): err("concerns")
    if e["missing"] != sorted(set(e["missing"])): err("missing not sorted/unique")
    lvl = None
    if a == "knowsley" and e["kind"] == "step_down":
        lvl = e["level"] if e["level"] is not None else 3
    key = (a, e["kind"], lvl)
    allowed = REQ.get(key, set())
    if not set(e["missing"]) <= allowed: err("missing ids not allowed for %s: %s" % (key, e["missing"]))
    # every requirement id in a label exists in the authority's YAML for that kind
    for rid in e["missing"]:
        if rid not in yreq.get((a, e["kind"]), set()):
            err("requirement id %s not in %s.yaml kinds.%s.requirements" % (rid, a, e["kind"]))
    if a == "knowsley" and e["kind"] == "step_up":
        for doc, concern in KNOWSLEY_WHEN.items():
            if doc in e["missing"] and concern not in e["concerns"]:
                err("%s missing but no %s concern" % (doc, concern))
    if e["level"] is not None and (e["kind"] != "step_down" or e["level"] not in (2, 3)): err("level")
    if "consent" in allowed and (e["consent"] is not True) != ("consent" in e["missing"]): err("consent vs missing")
    if "manager_agreed" in allowed and (e["manager_agreed"] is not True) != ("manager_agreed" in e["missing"]):
        err("manager vs missing")
    if "case_id" in allowed and (not e["case_ids"]) != ("case_id" in e["missing"]): err("case_id vs missing")
    if "children" in allowed and (not e["children"]) != ("children" in e["missing"]): err("children vs missing")
    for cid in e["case_ids"]:
        if not CASE_ID_FORM.fullmatch(cid): err("case id %r form" % cid)
    now = datetime.fromisoformat(lab["now"])
    meeting = META[f]["meeting"]
    if a == "knowsley" and e["kind"] in ("step_up", "step_down"):
        if meeting is None:
            if e["notice_ok"] is not None: err("notice_ok must be null without a date")
        else:
            wd = working_days(now.astimezone(LON).date(), meeting)
            if e["notice_ok"] != (wd >= 5): err("notice_ok %s but %d WD" % (e["notice_ok"], wd))
            if meeting.weekday() >= 5 or meeting in BANK_HOLIDAYS: err("meeting on a weekend or bank holiday")
    elif e["notice_ok"] is not None:
        err("notice_ok must be null")
    data = FILES[f]
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for h in ("Message-ID", "Date", "From", "To", "Subject"):
        if msg[h] is None: err("header %s" % h)
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
    if e["kind"] == "auto_reply" and not (msg["Auto-Submitted"] or "").startswith("auto-"): err("auto_reply unmarked")
    if e["kind"] == "follow_up" and not re.search(r"\[SB-[a-z_]+-\d+\]", str(msg["Subject"])): err("follow_up w/o [SB-]")
    if e["kind"] in ("step_up", "step_down", "other") and "[SB-" in str(msg["Subject"]): err("[SB-] on a new mail")
    cals = [(p.get_param("method") or "").upper() for p in msg.walk() if p.get_content_type() == "text/calendar"]
    if (e["kind"] == "meeting_reply") != ("REPLY" in cals): err("iTIP REPLY iff meeting_reply")
    text = readable(msg)
    if e["urgent"] and BANNED.search(text):
        err("urgent mail uses a banned word: %r" % BANNED.search(text).group(0))
    for y in YEAR.findall(text + " " + all_headers(msg)):
        if int(y) > MAX_YEAR: err("year after %d: %s" % (MAX_YEAR, y))
    metas = {c["name"]: c for c in META[f]["children"]}
    for c in e["children"]:
        mc = metas[c["name"]]
        span = mc["_as"] or c["name"]
        if span not in text: err("child %s (%r) not in text" % (c["name"], span))
        if mc["_as"] and normalised(mc["_as"]) != c["name"]: err("child normalisation %r" % mc["_as"])
        if c["dob"]:
            if mc["_w"] not in text: err("dob as written %r not in text" % mc["_w"])
            if parse_dob(mc["_w"]) != c["dob"]: err("dob %r parses wrong" % mc["_w"])
            if age_years(date.fromisoformat(c["dob"]), now.date()) >= 18 or date.fromisoformat(c["dob"]) >= now.date():
                err("%s not a child at now" % c["name"])
    if META[f]["attachment_only"]:
        bt = body_text(msg)
        for c in e["children"]:
            if c["name"] in bt: err("child %s should be only in the attachment" % c["name"])
    for cid in e["case_ids"]:
        if cid not in text: err("case id %s not in text" % cid)
    return errors

COUNTS_EXPECTED = {   # file: (working days, plain weekdays) from the Europe/London date of `now` to the meeting
    "knowsley_01.eml": (6, 6), "knowsley_03.eml": (7, 9), "knowsley_05.eml": (4, 4), "knowsley_08.eml": (3, 3)}

def check():
    errors = []
    yreq = yaml_requirement_ids()
    for lab in LABELS:
        try:
            errors += check_file(lab, yreq)
        except Exception as ex:
            errors.append("%s: check raised %r" % (lab["file"], ex))
    per = {}
    for lab in LABELS:
        per.setdefault(lab["authority"], []).append(lab["file"])
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        if sorted(per.get(a, [])) != ["%s_%02d.eml" % (a, i) for i in range(1, 9)]: errors.append("%s: files" % a)
    tot = {c: list(CATS.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}
    if tot["urgent"] < 11 or tot["near_miss"] < 11 or sum(tot.values()) != 40: errors.append("set: totals %s" % tot)
    if {l["expect"]["kind"] for l in LABELS} != KINDS: errors.append("set: not every kind present")
    # the calendar
    try:
        import holidays
        pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2100])
        ref = {d for d in pkg if d.weekday() < 5}
        if ref != BANK_HOLIDAYS: errors.append("set: bank holidays differ from the package: %s" % sorted(ref ^ BANK_HOLIDAYS))
        if any(WINDOW[0].date() <= d <= WINDOW[1].date() for d in pkg): errors.append("set: a bank holiday in the window")
    except ImportError:
        errors.append("set: the holidays package is needed (/work/main/.venv/bin/python)")
    if date(2100, 9, 1).weekday() != 2 or date(2100, 12, 17).weekday() != 4: errors.append("set: window ends")
    try:
        date(2100, 2, 29); errors.append("set: 2100 must not be a leap year")
    except ValueError:
        pass
    last_sun_oct = max(date(2100, 10, d) for d in range(25, 32) if date(2100, 10, d).weekday() == 6)
    if BST_END.date() != last_sun_oct: errors.append("set: BST end")
    for d, off in ((date(2100, 10, 29), 1), (date(2100, 11, 1), 0)):
        if datetime(d.year, d.month, d.day, 12, tzinfo=LON).utcoffset() != timedelta(hours=off):
            errors.append("set: Europe/London offset on %s" % d)
    counts = {}
    for lab in LABELS:
        m = META[lab["file"]]["meeting"]
        if m is not None:
            today = datetime.fromisoformat(lab["now"]).astimezone(LON).date()
            counts[lab["file"]] = (working_days(today, m), plain_weekdays(today, m))
    if counts != COUNTS_EXPECTED: errors.append("set: Knowsley counts %s != %s" % (counts, COUNTS_EXPECTED))
    offs = {}
    for lab in LABELS:
        o = lab["now"][-6:]
        offs[o] = offs.get(o, 0) + 1
    if set(offs) != {"+01:00", "+00:00"}: errors.append("set: need both BST and GMT mail: %s" % offs)
    return errors, tot, counts, offs

BUILDERS = [globals()[n] for n in ["%s_%02d" % (a, i) for a in ("knowsley", "richmond_wandsworth", "tower_hamlets",
                                                                "torbay", "herefordshire") for i in range(1, 9)]]

def main():
    for b in BUILDERS:
        b()
    errors, tot, counts, offs = check()
    if errors:
        print("\n".join(errors))
        print("%d error(s); nothing written" % len(errors))
        sys.exit(1)
    for f in sorted(FILES):
        with open(os.path.join(HERE, f), "wb") as fh:
            fh.write(FILES[f])
    with open(os.path.join(HERE, "labels.json"), "w") as fh:
        json.dump(LABELS, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w") as fh:
        json.dump({f: CATS[f] for f in sorted(CATS)}, fh, indent=1)
        fh.write("\n")
    if "--stats" in sys.argv:
        print("categories", tot)
        print("offsets", offs)
        print("knowsley counts (WD, plain)", counts)
        for l in LABELS:
            print(l["file"], CATS[l["file"]], l["expect"]["kind"], l["expect"]["next_action"], l["now"])
    print("wrote %d mails, labels.json, categories.json; all self-checks passed" % len(FILES))

if __name__ == "__main__":
    main()
