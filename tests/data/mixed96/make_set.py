#!/usr/bin/env python3
"""mixed96: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the spring term of 2041 (Monday 7 January - Thursday 18 April 2041, the Thursday before Easter; mails dated
Monday 4 March - Thursday 18 April), in closed communities and coercive groups: unregistered schools, strict religious
communities, communes whose leader decides where the children live, a "wellness" retreat withholding medicine, an
off-grid survivalist camp, a child promised in marriage, punishment for leaving and members who cannot leave.

Clock: GMT (+0000) to Friday 29 March; British Summer Time (+0100) from Sunday 31 March 2041. Bank holidays from the
`holidays` package (compared with a hand-written list): none falls inside the term; Good Friday 19 April and Easter
Monday 22 April 2041 fall straight after it, so Knowsley notice counts to meetings after Easter cross them.

Deterministic. Run with /work/main/.venv/bin/python make_set.py [--stats]. Helpers (MIME, Word HTML, PDF, .docx,
iCalendar, quote chains, readable text) copied from /work/main/tests/data/mixed27/make_set.py and adapted. Labels set
by hand from the specification; the self-checks verify them and STOP before writing anything on any error.
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
    """Local (Europe/London) wall-clock time. Mail from 4 to 29 March 2041 is GMT (+0000); British Summer Time
    begins at 01:00 UTC on Sunday 31 March 2041, so mail from 1 April is +0100. The self-check
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
            zi = zipfile.ZipInfo(name, date_time=(2041, 1, 2, 0, 0, 0))
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
    """A labelled child; `written` is the DOB exactly as the mail writes it (parsed back to `dob` by the checks)."""
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

def gmail_top(f, frm, to, subject, when, cc=None):
    return plain_top(f, frm, to, subject, when, "mail.gmail.com", None, cc=cc)

def gmail(f, top, text, atts=()):
    """Gmail: multipart/alternative (text + simple HTML), Gmail boundaries, LF."""
    h = '<div dir="ltr">' + "<br>\n".join(esc(l) for l in text.split("\n")) + "</div>\n"
    alt = multipart("alternative", [text_part(text), text_part(h, "html")], gbnd(f, 2))
    root = multipart("mixed", [alt] + list(atts), gbnd(f, 1)) if atts else alt
    return build(top, root, False)


# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2041-04-16 09:48:12"
    body = T("""
Good morning,

Please find attached a step up request for the Thorne children. EHM case ID: EHM-61204.

Micah Thorne - DOB 11/05/2030
Leah Thorne - DOB 19/02/2033

Since September both children have been attending the Open Door Fellowship's own "school" in the church annex on Tithebarn Road full time. It is not registered (the DfE confirmed this to the Education Welfare Service in February) and there is no qualified teacher. Their registered school, Park View Academy, has them on 0% attendance this term. At home the house is very cold, there has been no food in the cupboards on two of my last three visits and Leah's head lice and dental pain have not been treated. Parents say the Fellowship decides what the children need. The GCP2 I completed on 2 April scores care at level 4 across physical care and safety.

My team manager, Janine Colquitt, has discussed the step up with me in supervision and agreed it (her oversight is recorded on the form).

Step up TAF meeting: Wednesday 24th April at 10am on Teams. The invite has gone from my calendar to the MASH inbox and MASH business support. I know it's tight with the Easter weekend but it was the only morning school and the school nurse could both do.

Attached:
- FF Step Up request to CSC - Thorne.docx
- GCP2 Thorne April.pdf
- TAF minutes 03.04 Thorne.pdf

Thanks,
Shauna

Shauna Devlin
Family First Case Manager | Family First 0-18 (Kirkby) | Knowsley Council
0151 496 0733

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Thorne.docx", appendix1([
        ("Child(ren):", "Micah Thorne (11/05/2030), Leah Thorne (19/02/2033)"),
        ("Case ID on EHM:", "EHM-61204"),
        ("What are we worried about?", "Both children are educated only in an unregistered setting run by the Open Door Fellowship; 0% attendance at Park View Academy; a cold house, little food, untreated dental pain. GCP2 level 4."),
        ("What is working well?", "The children are affectionate with each other; mum lets the case manager in and talks openly about her worries."),
        ("What needs to happen?", "A Child and Family Assessment; the children back on roll and attending; a dentist for Leah."),
        ("Management oversight:", "Discussed in supervision 9 April. I agree to the step up. Janine Colquitt, Team Manager."),
        ("Date of step up TAF meeting:", "Wednesday 24 April 2041, 10:00, Microsoft Teams"),
        ("Recent TAF meeting minutes attached:", "Yes - 3 April"),
    ]))
    gcp = pdf_att("GCP2 Thorne April.pdf", "Graded Care Profile 2 - Thorne", [
        "Completed 2 April 2041 by Shauna Devlin with mum.", "Area 1 Physical care: 4", "Area 2 Safety: 4",
        "Area 3 Love and care: 3", "Area 4 Stimulation and education: 5", "Overall: level 4."])
    taf = pdf_att("TAF minutes 03.04 Thorne.pdf", "TAF meeting minutes - Thorne family, 3 April 2041", [
        "Present: mum, Shauna Devlin (FF), Park View Academy (attendance lead), school nurse.",
        "Dad and the Fellowship's pastor declined to attend.",
        "Agreed: if attendance does not restart by 12 April the case manager will ask her team manager about a step up."])
    top = outlook_top(f, addr("Devlin, Shauna", "Shauna.Devlin@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Thorne - EHM-61204", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, gcp, taf], html_alt=True), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-61204"],
        [ch("Micah Thorne", "2030-05-11", "11/05/2030"), ch("Leah Thorne", "2033-02-19", "19/02/2033")],
        ["neglect", "school_attendance"], None, True, [], False, "request_info",
        "Complete Knowsley step-up (REQUIREMENTS knowsley step_up: form, case id, manager agreed, TAF minutes, meeting; "
        "neglect -> GCP2, attached): unregistered school + 0% attendance -> school_attendance; cold house, no food, "
        "untreated dental pain, GCP2 level 4 -> neglect; 'has discussed ... and agreed it' -> manager true; consent not "
        "mentioned -> null. NOTICE ACROSS EASTER, DECISIVE: from Tue 16 April to Wed 24 April the working days are 17, "
        "18, 23, 24 April (Good Friday 19 and Easter Monday 22 April excluded) = 4 < 5 -> notice not ok -> "
        "request_info (6 plain weekdays would pass).",
        meeting=date(2041, 4, 24), not_children=["Shauna Devlin", "Janine Colquitt"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2041-04-15 11:20:05"
    blocks = [
        "Hi Family First duty,", "",
        "I'm writing to let you know about a {{level 2}} step down for Grace Alder (ICS-2045518) from the Child in Need Team.",
        "",
        ("table", [["Item", "Details"],
                   ["Child", "Grace Alder, DOB 02/08/2031"],
                   ["Final CIN meeting", "Thursday 25 April, 2pm, Huyton Hub, Lathom Road, meeting room 2"],
                   ["Lead Practitioner (level 2)", "Mrs Farah Iqbal, Pastoral Lead, St Aidan's CE High School - she has agreed to take on the Early Help Assessment"],
                   ["Consent", "Mum (Helen Alder) has consented to the step down and to school leading the EHA"],
                   ["Manager", "Agreed by my team manager Rob Keenan on 11 April"]]),
        "",
        ("h", "What are we worried about?"),
        "Mum and Grace left the Open Door Fellowship in 2039. Mum still has low mood and panic attacks when members approach her in town. Grace has few friends outside the group and gets anxious about PE and school trips.",
        ("h", "What is working well?"),
        "No contact from the Fellowship since the harassment warning last summer. Mum sees her GP and has started talking therapy. Grace's attendance is 97% and she has joined the school choir.",
        ("h", "What needs to happen?"),
        "School to lead a level 2 EHA with a mentor for Grace; mum to continue therapy; a named contact at school if anyone from the Fellowship turns up.",
        "",
        "Thanks,", "Ciara", "",
        "Ciara Molloy | Social Worker | Child in Need Team (Huyton) | Knowsley Council | 0151 496 0861",
    ]
    top = outlook_top(f, addr("Molloy, Ciara", "Ciara.Molloy@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Level 2 step down - Grace Alder - final CIN 25/04", when)
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 2, ["ICS-2045518"], [ch("Grace Alder", "2031-08-02", "02/08/2031")],
        ["parental_mental_health"], True, True, [], True, "book_meeting",
        "Knowsley level 2 step-down in a Word table (REQUIREMENTS knowsley step_down level 2: meeting_details with venue, "
        "worries_strengths_next, lead_practitioner - all present). 'level 2' -> level 2. Mum's low mood / panic attacks "
        "-> parental_mental_health; leaving the group is history; attendance 97% is no concern. Consent and manager "
        "stated as given. NOTICE ACROSS EASTER: from Mon 15 April to Thu 25 April = 16, 17, 18, 23, 24, 25 = 6 WD "
        ">= 5 -> ok (8 plain weekdays). book_meeting.",
        meeting=date(2041, 4, 25), not_children=["Helen Alder", "Farah Iqbal", "Ciara Molloy"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2041-03-13 21:37:40"
    text = T("""
Hello, I don't know if this is the right email, it's the one on the council website for children.

My niece Keturah Vance (she's 13) turned up at my door about an hour ago in her socks. She climbed out of the window of the girls' dormitory at the Fellowship house on Cherryfield Drive and ran the two miles to mine in Kirkby. She's shaking and won't take her coat off.

She says the elders found out she had been texting me on a friend's phone and she was told that tonight after prayers she would be "corrected" by Brother Amos with the strap, like her brother was last month. She says if they find her she'll get it worse for running. Two cars from the Fellowship have already driven past my house twice and her dad has rung my phone eleven times. I haven't answered.

I am her mum's sister. I left the Fellowship in 2035 so they will guess she's here. I've locked the door. What do I do now? Can someone ring me, 07700 900417.

Bernadette Kinsella
14 Moorfield Close, Kirkby L32 9ZQ

Sent from my Samsung Galaxy
""")
    top = gmail_top(f, addr("Bernadette Kinsella", "bernie.kinsella.k@example.com"), addr(None, KMASH),
                    "my niece is at my house", when)
    add(f, gmail(f, top, text), "knowsley", "mash_step_up", when, 6,
        "urgent", "other", True, None, [], [ch("Keturah Vance")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "DESIGN safety rule 1: a 13-year-old escaped the group tonight, is to be beaten with a strap ('corrected') and "
        "worse for running, and the group's cars are circling the aunt's house now - a real child facing harm tonight, "
        "told plainly by a relative outside the group (none of the alarm words). Not a step request -> other; "
        "threatened beating -> physical_harm. Sent 21:37 GMT, out of hours.",
        not_children=["Bernadette Kinsella"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2041-03-06 10:05:00"
    body = T("""
Dear colleagues,

KNOWSLEY SAFEGUARDING CHILDREN PARTNERSHIP - MULTI-AGENCY TRAINING

"Closed doors: coercive control in high-control groups and what it means for children"
Tuesday 30 April 2041, 09:30 - 12:30, Huyton Suite, Municipal Buildings (also on Teams)

This half-day session, led by a former member of a high-control group and a MASH practice lead, covers:
- how coercive control works in cults, communes and closed religious or "wellness" groups
- the case studies we will use: a girl "promised" in marriage at 15, a boy locked in a "reflection room", a diabetic child whose insulin is taken away "to test faith", and a family in an off-grid survivalist camp
- why children in these groups are often invisible (unregistered schools, no GP, home education)
- leaving: what members risk, and how to plan safely with someone who wants out

The case studies are composites written for training; they do not describe any Knowsley family. Please do not bring case details to the session.

Places: 30. Book through the KSCP learning portal by 19 April.

Kind regards,
KSCP Learning and Development Team
Knowsley Safeguarding Children Partnership

""") + KDISC
    top = outlook_top(f, addr("KSCP Training", "kscp.training@" + KDOM), addr("Knowsley MASH", KMASH),
                      "KSCP training: coercive control in high-control groups - 30 April", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - training: the alarming scenarios (marriage at 15, a reflection room, insulin taken) are composite "
        "case studies 'written for training' that 'do not describe any Knowsley family' (DESIGN safety rule 1: "
        "training / examples must not trigger). A training advert -> other -> human_review.")

def knowsley_05():
    f = "knowsley_05.eml"; when = "2041-04-08 16:40:22"
    text = T("""
Hi, consent form attached - mum signed it at the visit this afternoon, so you now have consent for Family First for Tobi and Ayo.

Sent from my iPhone

On 4 Apr 2041, at 12:02, Family First 0-18 Duty Mailbox <FamilyFirst0-18DutyMailbox@knowsley.gov.uk> wrote:

""") + stepbot_ack("[SB-knowsley-0412]", [
        "Thank you - your step down request has been received.", "",
        "Reference: SB-knowsley-0412",
        "Children: Tobi Okoro (14/01/2032), Ayo Okoro (30/09/2035)",
        "Case: ICS-1987450", "",
        "What is missing:", "- consent (the parent's consent to the referral to Family First)", "",
        "Please reply to this email, keeping the reference in the subject, to add anything."])
    att = pdf_att("Family First consent - Okoro.pdf", "Family First 0-18 - Consent to referral", [
        "Family: Okoro. Children: Tobi Okoro, Ayo Okoro.",
        "I agree to my family being referred to Family First 0-18 and to information being shared.",
        "Signed: Comfort Okoro (mother)   Date: 08/04/2041"])
    top = plain_top(f, addr("Leon Batty", "Leon.Batty@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "Re: [SB-knowsley-0412] Step down - Okoro", when, KDOM, None)
    add(f, iphone_mail(f, top, text, [att]), "knowsley", "early_help_duty", when, 5,
        "ordinary", "follow_up", False, None, ["ICS-1987450"],
        [ch("Tobi Okoro", "2032-01-14", "14/01/2032"), ch("Ayo Okoro", "2035-09-30", "30/09/2035")],
        [], True, None, [], None, "attach_to_request",
        "Phone reply to stepbot's acknowledgement ([SB-knowsley-0412] in the subject) adding the signed consent -> "
        "follow_up -> attach_to_request; 'mum signed it' -> consent true; children and case id from the quoted "
        "acknowledgement; a follow_up has no requirements (missing []) and no notice.",
        not_children=["Leon Batty", "Comfort Okoro"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2041-04-05 12:10:31"
    body = T("""
Dear MASH team,

Please see the attached letter from Dr Rafferty about Ezra Hollins, DOB 03/10/2031. She has asked that it reaches a social worker today.

Kind regards,
Maxine Tyrer
Practice Manager, Stockbridge Village Medical Centre
0151 496 0190
""")
    letter = pdf_att("Letter re Ezra Hollins 05.04.41.pdf", "Stockbridge Village Medical Centre - letter to Knowsley MASH", [
        "Re: Ezra Hollins, DOB 03/10/2031. Type 1 diabetes since 2037. 5 April 2041, 11:55.",
        "Ezra's mother telephoned the surgery this morning from a neighbour's phone. She told me that on Wednesday",
        "evening the leader of the group the family lives with (the Cherryfield community) collected all of Ezra's insulin",
        "pens and his meter, saying that Ezra would be healed through prayer and that the insulin was a sign of weak faith.",
        "Ezra has had no insulin since Wednesday night, now over two days. Mum describes him as very thirsty, vomiting since",
        "last night, breathing fast and deep, and too sleepy to get off the sofa this morning. This is how diabetic",
        "ketoacidosis presents and it can kill a child within hours.",
        "I advised her to call 999 or take him to Whiston A&E now. She said she is not allowed to leave the house or use a",
        "phone without the leader's permission and rang off. I have rung back twice with no answer.",
        "Address: 7 Cherryfield Drive, Kirkby L32 9ZR. I have also called the police.",
        "Dr Niamh Rafferty, GP partner, GMC 7760011"])
    top = outlook_top(f, addr("Tyrer, Maxine", "maxine.tyrer@stockbridgevillage.example.nhs.uk"),
                      addr("Knowsley MASH", KMASH), "Ezra Hollins DOB 03/10/2031 - letter from Dr Rafferty", when,
                      mid_domain="stockbridgevillage.example.nhs.uk")
    add(f, mail(f, top, body, [letter]), "knowsley", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Ezra Hollins", "2031-10-03", "03/10/2031")],
        ["neglect"], None, None, [], None, "alert_duty",
        "URGENT ONLY IN THE ATTACHED GP LETTER (DESIGN: every part is read, attachments included): a diabetic "
        "9-year-old whose insulin the group leader took two days ago, now vomiting, breathing deep and drowsy "
        "(ketoacidosis), mother not allowed to take him out - told clinically, none of the alarm words. Medical "
        "neglect -> neglect. A GP practice letter is not a step request -> other.",
        not_children=["Maxine Tyrer", "Niamh Rafferty"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2041-04-16 14:05:51"
    body = T("""
Hi all,

Step down to Family First at Level 3 for the Ashby children (ICS-1990312):
Rowan Ashby 22/01/2034
Wren Ashby 30/06/2036

Joint home visit with a FF case manager: Thursday 25th April at 10.30am, at the family's smallholding, Pool Lane, Cronton WA8 9ZN (the caravan behind the barn - follow the track past the gate).

What are we worried about? The family live off-grid with the survivalist group that has land at Pool Lane. There is no mains water or electricity in the caravan and the wood burner is the only heat. Rowan missed his asthma review twice. The adults in the group are suspicious of services and the children have no contact with anyone outside.
What is working well? Both children are clean, fed and warm when I visit, they are registered with the GP again since February and Rowan now goes to Cronton Primary three days a week. Mum is warm with the children.
What needs to happen? Rowan to attend full time; the asthma review to happen; a plan for water and heating for next winter; someone outside the group the children can talk to.

Consent: I'm afraid dad has declined Family First. He told me on Monday that the family "do not need the council" and he won't sign. Mum didn't say anything either way. I'm going back on the 23rd to try again and will let you know.

Thanks
Dan

Dan Whitlow | Social Worker | CIN Team (Prescot) | Knowsley Council | 0151 496 0642

""") + KDISC
    top = outlook_top(f, addr("Whitlow, Dan", "Dan.Whitlow@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down L3 - Ashby - joint visit 25/04", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 7,
        "ordinary", "step_down", False, 3, ["ICS-1990312"],
        [ch("Rowan Ashby", "2034-01-22", "22/01/2034"), ch("Wren Ashby", "2036-06-30", "30/06/2036")],
        ["neglect", "school_attendance"], False, None, ["consent"], True, "request_info",
        "Knowsley level 3 step-down (REQUIREMENTS: meeting_details, worries_strengths_next, consent). 'dad has declined "
        "Family First ... won't sign' -> consent false -> consent missing -> request_info. Three headings answered; joint "
        "visit with date, time and place. Off-grid caravan, missed asthma reviews -> neglect; Rowan at school three days "
        "a week -> school_attendance. NOTICE ACROSS EASTER: Tue 16 -> Thu 25 April = 17, 18, 23, 24, 25 = exactly 5 WD "
        "-> ok (7 plain weekdays).",
        meeting=date(2041, 4, 25), not_children=["Dan Whitlow"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2041-03-21 19:12:09"
    text = T("""
Hi,

I'm not sure who reads this inbox, but a friend who works for Family First said you'd pass this on.

I'm 24 now. I grew up in the Open Door Fellowship in Kirkby until I was 16. When I was a child we were taught at the church, we weren't allowed to see our nan because she'd left, and if we broke a rule we were put in the "quiet room" for a day with only water. I was beaten with a strap twice when I was 12. The police and social services looked at it in 2033 and nothing came of it. I left in 2033 with my mum, who is still my best friend.

I'm fine now - I finished my nursing degree last summer and work at Whiston. I'm not reporting anything that's happening now and I don't know of any children in the Fellowship any more; I'm writing because I'd like to help with training, if your team ever wants to hear from someone who left. I'd be happy to talk to new social workers about what signs to look for.

Best wishes,
Rosie Garner
""")
    top = gmail_top(f, addr("Rosie Garner", "rosie.garner.rn@example.com"), addr(None, KFF),
                    "Offer to help - grew up in the Open Door Fellowship", when)
    add(f, gmail(f, top, text), "knowsley", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - a historic leaver's account: beatings and the 'quiet room' happened to the writer as a child "
        "(now 24), investigated in 2033; she reports nothing happening now and knows of no children in the group "
        "(DESIGN: historic risk must not trigger). No child of a request -> children [], concerns []; an offer to "
        "help with training -> other -> human_review.",
        not_children=["Rosie Garner"])


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2041-03-11 10:15:44"
    body = T("""
Dear MASH colleagues,

I am the Early Help Team Manager for the Wandsworth North locality and I am asking for a step up to Children's Social Care for the Pennant children (Mosaic ID 4471902):

Ada Pennant, born 01/12/2029
Josiah Pennant, born 14/04/2032

The family live at Bethany House, a residential religious commune in Earlsfield. Since January the commune's leader has decided that Ada and Josiah sleep in the "young people's house" across the road and not with their mother, who may see them on Sundays only. Ada has not been in school since 6 January (attendance 34% this year) and mum tells our worker she cries most nights and "can't think straight". Mum wants the children back with her but says she cannot go against the leader.

Mum agrees to the step up and has signed our consent form. I have reviewed the case with our worker, Priya Lal, and I agree that the threshold for a Child and Family Assessment is met.

Attached: the latest case summary and our rationale for step up.

Kind regards,
Harriet Okafor
Early Help Team Manager (Wandsworth North)
Richmond and Wandsworth Councils | 020 7946 0573

""") + RDISC
    summ = pdf_att("Case summary - Pennant.pdf", "Early Help case summary - Pennant family", [
        "Children: Ada Pennant (01/12/2029), Josiah Pennant (14/04/2032). Mosaic ID 4471902.",
        "Early Help since October 2040 (Priya Lal, Early Help worker).",
        "The commune's leader decides where the children sleep; since January they live apart from mum.",
        "Ada: attendance 34%. Josiah: attendance 91%. Mum: low mood, not registered with a GP."])
    rat = docx_att("Rationale for step up - Pennant.docx", ["# Rationale for step up - Pennant",
        "The children live apart from their mother by the leader's decision; mum cannot change it; Ada is out of school.",
        "Early Help cannot secure the children's return to mum's care or Ada's education without statutory involvement."])
    top = outlook_top(f, addr("Okafor, Harriet", "Harriet.Okafor@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up request - Pennant - Mosaic 4471902", when)
    add(f, mail(f, top, body, [summ, rat], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["4471902"],
        [ch("Ada Pennant", "2029-12-01", "01/12/2029"), ch("Josiah Pennant", "2032-04-14", "14/04/2032")],
        ["parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up from the Early Help team manager (REQUIREMENTS: case_summary, rationale, "
        "both attached). 'Mosaic ID 4471902' -> the bare number. 'Mum agrees to the step up' -> consent true; the team "
        "manager 'agree[s] that the threshold ... is met' -> manager true. A commune leader deciding who the children live "
        "with; Ada's 34% -> school_attendance; mum 'can't think straight', crying -> parental_mental_health.",
        not_children=["Harriet Okafor", "Priya Lal"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2041-03-14 15:40:03"
    body = T("""
To the MASH team,

I'm the Head of Year 10 at Southfields Park School. I'm sending this because our DSL is on a course today and this needs to reach you before the weekend.

At lunch today Tirzah Mayhew (Year 10, DOB 09/09/2025) came to my office and asked if she could stay at school tonight. She told me that on Saturday she is to be married to Brother Caleb Roe at the Lamp community's hall. He is 44. Her father and the community's elders arranged it at Christmas. She said she has been told that after the wedding she will live at his flat and will not be coming back to school. She was crying and said "I don't want to, he already kisses me when nobody is looking."

I told her I would pass this on. She was collected at 3.15 as usual by the community minibus, before I could speak to anyone. The family's address on our system is 22 Garratt Terrace, SW17 9ZT. Tirzah does not have a phone.

Mr Owen Kettering
Head of Year 10, Southfields Park School
020 7946 0688
""")
    top = outlook_top(f, addr("Owen Kettering", "o.kettering@southfieldspark.example.sch.uk"), addr("MASH Step Up", RSU),
                      "Tirzah Mayhew Y10 - Saturday", when, mid_domain="southfieldspark.example.sch.uk")
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "urgent", "other", True, None, [], [ch("Tirzah Mayhew", "2025-09-09", "09/09/2025")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "DESIGN safety rule 1: a 15-year-old to be married to a 44-year-old member this Saturday (the day after "
        "tomorrow), who already kisses her, taken home by the community at 3.15 today - a real child facing harm now, "
        "told in the child's words by a teacher (no alarm words). Forced marriage of a child with sexual contact -> "
        "sexual_harm. Not a step request -> other.",
        not_children=["Owen Kettering", "Caleb Roe"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2041-04-04 09:32:18"
    body = T("""
Morning all,

Update on last night's call about Naomi Frith at Bethany House, for the duty log:

- The out-of-hours team and police did a welfare visit at 22:10. Naomi was in bed in her mum's room, was seen and spoken to alone, had no marks and said she was fine and that she had been upset about a row with a friend, not anything at home.
- The worry had come from an anonymous caller who said she'd been "locked away". Police checked every room; none lock from the outside.
- Strategy discussion this morning (MASH manager, police, school) agreed no further action under s47.
- Our worker Lena will see Naomi at school next week as planned under the existing Early Help plan.

Nothing is needed from duty today - this is just so the log is complete.

Thanks,
Jasper

Jasper Quint
Early Help Manager | Richmond and Wandsworth Councils

""") + RDISC
    top = outlook_top(f, addr("Quint, Jasper", "jasper.quint@" + RDOM), addr("Early Help Duty", RED),
                      "Update - last night's call re Naomi Frith (NFA)", when)
    add(f, mail(f, top, body), "richmond_wandsworth", "early_help_duty", when, 2,
        "near_miss", "other", False, None, [], [ch("Naomi Frith")], [], None, None, [], None, "human_review",
        "NEAR MISS - a worry already dealt with: last night's 'locked away' report was checked by police overnight, the "
        "child seen alone and well, strategy discussion agreed NFA (DESIGN: resolved risk must not trigger). A log "
        "update, not a request -> other -> human_review; no current concern.",
        not_children=["Jasper Quint"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2041-04-03 12:30:26"
    body = T("""
Hi Jasper / Early Help duty,

Following our call this morning, confirming the step down case discussion for Isaac Drury (Mosaic 4488120, DOB 07/07/2030) on Monday 8th April at 2pm on Teams.

Isaac and his dad left the Bethany House commune in August last year and now live in a council flat in Tooting. The CIN plan has done what it needed to: Isaac is back on roll at Fircroft and his attendance is up to 82%, though he still misses Mondays. Dad struggles with money and with being on his own after 15 years in the commune.

Attached are the latest case summary and the draft Early Help plan.

Consent - I haven't got it yet. I explained Early Help to dad on Tuesday and he said he'd "pray on it" and tell me after he's seen his brother on Sunday. I'll let you know either way before the discussion.

Thanks,
Gemma

Gemma Stirling
Social Worker | Child in Need (Wandsworth) | Richmond and Wandsworth Councils

""") + RDISC
    summ = pdf_att("Latest case summary - Isaac Drury.pdf", "Case summary - Isaac Drury (Mosaic 4488120)", [
        "Isaac Drury, DOB 07/07/2030. CIN since September 2040.", "Attendance 82% (Mondays poor).",
        "Father: isolated since leaving the commune; debts; no mental health diagnosis."])
    plan = docx_att("Draft Early Help plan - Drury.docx", ["# Draft Early Help plan - Isaac Drury",
        "Outcome 1: Isaac attends every day, including Mondays.", "Outcome 2: Dad has money advice and a community group."])
    top = outlook_top(f, addr("Stirling, Gemma", "Gemma.Stirling@" + RDOM), addr("Early Help Duty", RED),
                      "Step down case discussion - Isaac Drury - Mon 8 April 2pm", when,
                      cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    add(f, mail(f, top, body, [summ, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 6,
        "ordinary", "step_down", False, None, ["4488120"], [ch("Isaac Drury", "2030-07-07", "07/07/2030")],
        ["school_attendance"], None, None, ["consent"], None, "request_info",
        "Richmond & Wandsworth step-down (REQUIREMENTS: case_summary, draft_plan, consent). Summary and plan attached; "
        "CONSENT UNCLEAR: dad will 'pray on it' and answer after Sunday -> not stated as given -> null -> consent "
        "missing -> request_info. 'Mosaic 4488120' -> bare number. Attendance 82%, Mondays missed -> school_attendance. "
        "Case discussion Mon 8 April, within the seed's 5 days of the contact; no notice field for this authority.",
        not_children=["Gemma Stirling", "Jasper"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2041-04-09 18:05:47"
    body = T("""
Hello,

I'm the health visitor for Shiloh Cairns (DOB 02/09/2040, 7 months). Her mum, Dana Cairns, lives at Bethany House, 14 Clarence Rise, Earlsfield SW18 9ZQ. Mum just sent me this text from someone else's phone - copied exactly:

"sorry its Dana. shiloh so hot since last night 39.8 on the thermometer, she not feeding, no wet nappy since morning, she floppy and sleeping all the time not crying. Mother Ruth say no doctor we pray over her, she took my phone. i use Hannahs phone. please"

I rang the number back at 17:55 and 18:00 and nobody answered. I can't go out to the house on my own at this hour and our service closes at 6.30. A baby this age with that temperature, floppy and with no wet nappies since morning needs to be seen by a doctor tonight. I'm passing it to you because I don't know who else can get in.

Bridget Nwosu
Health Visitor, Earlsfield 0-19 Team
07700 900583
""")
    top = outlook_top(f, addr("Nwosu, Bridget", "bridget.nwosu@earlsfield0-19.example.nhs.uk"), addr("Early Help Duty", RED),
                      "Shiloh Cairns 7 months - message from mum", when, mid_domain="earlsfield0-19.example.nhs.uk")
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 3,
        "urgent", "other", True, None, [], [ch("Shiloh Cairns", "2040-09-02", "02/09/2040")],
        ["neglect"], None, None, [], None, "alert_duty",
        "DESIGN safety rule 1: a 7-month-old with a 39.8 fever, floppy, no wet nappy since morning, and the group's "
        "leader will not let mum take her to a doctor and has taken her phone - a baby facing harm tonight; the "
        "mother's own text in broken English forwarded by the health visitor at 18:05 (no alarm words). Medical care "
        "withheld -> neglect. Sent to the Early Help inbox; not a step request -> other.",
        not_children=["Dana Cairns", "Bridget Nwosu"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2041-03-19 11:02:33"
    body = T("""
Dear colleagues,

CHILDREN MISSING EDUCATION - BULLETIN 7 (SPRING TERM)

1. Ofsted report published: "The Lamp Academy", Garratt Lane (unregistered independent school)
Ofsted's report on its January inspection of the unregistered setting run by the Lamp community was published yesterday. Inspectors found children taught in a basement with no fire exit, no checks on the adults and a curriculum limited to scripture. The setting CLOSED on 31 January 2041 after the DfE's prosecution; it is no longer operating. All 23 children who attended have been traced and are now on roll at registered schools, and each family has had a visit from the CME team. No further action is needed from Early Help teams.

2. Reminder: schools must tell us within 5 school days when a child is taken off roll for elective home education.

3. Training: "Out of school settings" briefing, 24 April, Wandsworth Town Hall.

Children Missing Education Team
Richmond and Wandsworth Councils

""") + RDISC
    top = outlook_top(f, addr("CME Team", "cme@" + RDOM), addr("Early Help Duty", RED),
                      "CME bulletin 7 - Ofsted report on unregistered school (closed)", when)
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - a bulletin: an Ofsted report on an unregistered school that closed on 31 January; all 23 children "
        "traced and on roll elsewhere, no further action (DESIGN: bulletins and resolved matters must not trigger). No "
        "named child -> other -> human_review.")

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2041-03-12 09:14:00"
    add(f, itip_reply(f, when, "Imogen Varley", "imogen.varley@" + RDOM,
                      ("MASH Step Up", RSU), "ACCEPTED",
                      "Step-up case discussion - Pennant (Mosaic 4471902)", "20410313T140000", "20410313T150000",
                      "Microsoft Teams Meeting",
                      comment="I'll join - please make sure the commune's address is on the referral."),
        "richmond_wandsworth", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, ["4471902"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY ACCEPTED from the MASH manager for the Pennant step-up case discussion, with a comment -> "
        "meeting_reply -> record_reply. 'Mosaic 4471902' in the SUMMARY -> the bare number; surname only, no child.")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2041-03-29 11:00:10"
    blocks = [
        "Dear MASH,", "",
        "Step up request from Early Help (Richmond South) for {{Bethan Larkin}}, DOB 03/03/2035, Mosaic ID 4490077.",
        "",
        ("table", [["", ""],
                   ["Family", "Mum (Carys Larkin), dad (Geraint Larkin), Bethan (6)"],
                   ["Consent", "Mum has consented to the step up"],
                   ["Manager", "I am the Early Help Team Manager and I agree with the step up"],
                   ["Case summary", "Attached"],
                   ["Rationale", "To follow - I'll send it on Tuesday when Nia is back"]]),
        "",
        "Dad leads a small prayer group that meets in the house. Mum tells us he decides what she wears, who she speaks to and whether she may leave the house, and that he has thrown things at her twice since Christmas in front of Bethan. Bethan has started wetting the bed and hiding under the table when he shouts.",
        "",
        "Regards,", "Tomasz Wierzbicki", "Early Help Team Manager (Richmond South) | 020 7946 0512",
    ]
    summ = pdf_att("Case summary - Larkin.pdf", "Early Help case summary - Bethan Larkin (Mosaic ID 4490077)", [
        "Open to Early Help since November 2040.", "Coercive control of mum by dad; two incidents of thrown objects.",
        "Bethan: bedwetting, hiding. Mum has agreed to a referral to the IDVA."])
    top = outlook_top(f, addr("Wierzbicki, Tomasz", "Tomasz.Wierzbicki@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Larkin - Mosaic 4490077", when)
    add(f, word_mail(f, top, blocks, [summ]), "richmond_wandsworth", "mash_step_up", when, 8,
        "ordinary", "step_up", False, None, ["4490077"], [ch("Bethan Larkin", "2035-03-03", "03/03/2035")],
        ["domestic_abuse"], True, True, ["rationale"], None, "request_info",
        "Richmond & Wandsworth step-up in Word HTML with a table: case summary attached but the rationale is 'To follow' "
        "-> rationale missing -> request_info. Sent Friday 29 March, still GMT (+0000). Dad's control of mum, objects "
        "thrown in front of the child -> domestic_abuse. Consent and manager agreement stated in the table.",
        not_children=["Carys Larkin", "Geraint Larkin", "Tomasz Wierzbicki"])


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2041-03-18 07:45:19"
    text = T("""
To whoever is on duty at MAST,

My name is Pieter Brandt. I left a group called the Gathering in 2039. They kept my two sons, Tobias (16) and Eli Brandt (12), and a court case about contact is still going on.

Tobias has just messaged me from a phone he is not supposed to have. This is what he sent at 07:20:

"dad they put Eli in the reflection room yesterday after breakfast because he said he wanted to see you. door is locked from outside. hes only had a bottle of water. he was banging and shouting all night and now he has gone quiet. they wont let me near the door. dont call the house they will know it was me"

The reflection room is a storeroom in the basement with no window. The house is 3 Ropemakers Yard, Bow E3 9ZX. I am on my way there now but they will not open the door to me.

Pieter Brandt
07700 900246
""")
    top = plain_top(f, addr("Pieter Brandt", "p.brandt.e3@example.com"), addr("MAST", TMAST),
                    "Eli Brandt locked in since yesterday", when, "example.com", "Thunderbird 178.0")
    add(f, mail(f, top, text, crlf=False), "tower_hamlets", "mash_step_up", when, 5,
        "urgent", "other", True, None, [], [ch("Eli Brandt")], ["neglect", "physical_harm"], None, None, [], None,
        "alert_duty",
        "DESIGN safety rule 1: a 12-year-old locked in a windowless 'reflection room' since yesterday morning with only "
        "water, banging all night and now silent - told by an ex-member father quoting his older son's text at 07:20 "
        "(before office hours; none of the alarm words). Locked in as punishment -> physical_harm; no food -> neglect. "
        "Tobias is named by first name only (with the surname written for Eli); labelled: Eli Brandt only.",
        not_children=["Pieter Brandt"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2041-03-06 10:00:37"
    body = T("""
Dear Early Help Hub,

Step down request for the Siddiqui children (Mosaic 3301874):
Noor Siddiqui - 17/11/2032
Zain Siddiqui - 05/05/2035

The Child and Family Assessment concluded on 1 March. Mum left a strict closed community in Whitechapel last year with the children and has had no contact with it since October; the children are settled at Cayley Primary. She still has low mood and anxiety and is on the waiting list for talking therapy.

- Assessment: attached (C&F Assessment - Siddiqui.pdf)
- Draft plan: attached (Draft TAF plan - Siddiqui.docx)
- Consent: mum has signed consent to Early Help (on page 6 of the assessment)
- Lead Practitioner: Ms Dalia Haddad, Family Support Worker, Stepney Green Children's Centre - agreed at the CIN review on 28 February

I will arrange and chair the TAF meeting; I'm proposing Wednesday 13 March at 10am at the children's centre.

Kind regards,
Aoife Brennan
Social Worker, Children in Need Team, Tower Hamlets Council

""") + TDISC
    ass = pdf_att("C&F Assessment - Siddiqui.pdf", "Child and Family Assessment - Siddiqui (Mosaic 3301874)", [
        "Completed 1 March 2041. Children: Noor Siddiqui (17/11/2032), Zain Siddiqui (05/05/2035).",
        "Outcome: step down to Early Help. Mum's low mood and anxiety; no current contact with the community.",
        "Page 6 - Consent: I consent to my family's information being shared with Early Help. Signed: R. Siddiqui."])
    plan = docx_att("Draft TAF plan - Siddiqui.docx", ["# Draft TAF plan - Siddiqui",
        "Mum: talking therapy referral; parenting group.", "Noor and Zain: after-school club; school mentor."])
    top = outlook_top(f, addr("Brennan, Aoife", "Aoife.Brennan@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Siddiqui - Mosaic 3301874", when)
    add(f, mail(f, top, body, [ass, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["3301874"],
        [ch("Noor Siddiqui", "2032-11-17", "17/11/2032"), ch("Zain Siddiqui", "2035-05-05", "05/05/2035")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "Complete Tower Hamlets step-down (REQUIREMENTS: assessment, draft_plan, consent, lead_practitioner - all here). "
        "'mum has signed consent' -> true; lead practitioner named with agency; manager not mentioned -> null (not a "
        "requirement here). Mum's low mood and anxiety -> parental_mental_health; leaving the community is history.",
        not_children=["Aoife Brennan", "Dalia Haddad"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2041-04-10 08:30:00"
    h = (LAYOUT_HEAD + '<div style="font-family:Georgia,serif;max-width:640px">\n'
         '<h2 style="color:#3B5B2E">The Lantern - Spring newsletter of Shadwell Fellowship</h2>\n'
         '<p>Dear friends and neighbours,</p>\n'
         '<p>Easter is nearly here and our hall will be open for the community lunch on Good Friday and the children\'s '
         'egg trail on Easter Monday. Everyone is welcome - you do not need to be a member.</p>\n'
         '<h3>Keeping children safe</h3>\n<p>Our Safeguarding Sunday on 7 April was well attended. Thank you to the '
         'council\'s Early Help team for the leaflets. We were reminded that no child should ever be at risk in any '
         'church, mosque, temple or group, and that secrecy is the enemy of safety. Our safeguarding lead, Mrs Janet '
         'Orme, has completed her refresher training; our policy is on the noticeboard and the website. Concerns '
         'can be raised with her or with the council at any time.</p>\n'
         '<h3>Online dangers talk</h3>\n<p>Parents are invited to a talk on 25 April about online danger and grooming, '
         'given by the Met\'s Safer Schools officer.</p>\n'
         '<h3>Youth club</h3>\n<p>Youth club restarts on 23 April, Tuesdays 6-8pm, for ages 11-16.</p>\n'
         '<p>With every blessing,<br>Pastor Elkanah Boateng and the Fellowship team</p>\n'
         '<p style="font-size:8pt;color:#777">You are receiving this because you asked to join our mailing list. '
         'To unsubscribe, reply with UNSUBSCRIBE.</p>\n</div></body></html>\n')
    text = html_text(h)
    top = plain_top(f, addr("Shadwell Fellowship", "news@shadwellfellowship.example.org"), addr(None, TEH),
                    "The Lantern - Spring newsletter", when, "shadwellfellowship.example.org", "Mailchimp",
                    extra=[("List-Unsubscribe", "<mailto:news@shadwellfellowship.example.org?subject=UNSUBSCRIBE>"),
                           ("Precedence", "bulk")])
    add(f, alt_mail(f, top, re.sub(r"[ \t]+", " ", text).strip() + "\n", h), "tower_hamlets", "early_help_duty",
        when, 5, "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - a faith community's newsletter: 'at risk', 'online danger', 'grooming', 'safeguarding' appear "
        "only as general advice and event notices about nobody real (DESIGN: bulletins that list examples must not "
        "trigger). Bulk mail, not an auto-reply (no Auto-Submitted) -> other -> human_review.")

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2041-04-02 15:10:44"
    body = T("""
Hi MAST,

Request for support attached for Yusuf Akhtar (DOB 12/06/2029).

Since January Yusuf has been going full time to an unregistered "academy" in a warehouse unit on Cable Street instead of Bow Boys' School, where his attendance is 18%. He says they study from 8 until 6 with no breaks outside. Dad has consented to the referral - he thinks the academy is a tuition centre and wants Yusuf's GCSEs sorted.

My manager is on leave until Monday 8th, so I haven't got her sign-off yet. I'll forward it as soon as she's back.

Thanks,
Rumana

Rumana Chowdhury
Attendance and Welfare Officer, Bow Boys' School
020 7946 0459
""")
    rfs = docx_att("MAST Request for Support - Akhtar.docx", ["# MAST Request for Support",
        "Child: Yusuf Akhtar, DOB 12/06/2029.", "Reason: attendance 18%; attending an unregistered full-time setting.",
        "Parental consent: given by father on 2 April 2041.", "Manager sign-off: pending (manager on leave)."])
    top = outlook_top(f, addr("Rumana Chowdhury", "r.chowdhury@bowboys.example.sch.uk"), addr("MAST", TMAST),
                      "Request for support - Yusuf Akhtar", when, mid_domain="bowboys.example.sch.uk")
    add(f, mail(f, top, body, [rfs]), "tower_hamlets", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, [], [ch("Yusuf Akhtar", "2029-06-12", "12/06/2029")],
        ["school_attendance"], True, None, ["manager_agreed"], None, "request_info",
        "Tower Hamlets MAST step-up (REQUIREMENTS: request_for_support, manager_agreed). The form is attached; "
        "MANAGER AGREEMENT PENDING ('haven't got her sign-off yet') -> null -> manager_agreed missing -> request_info. "
        "'Dad has consented' -> true. Unregistered setting, 18% attendance -> school_attendance.",
        not_children=["Rumana Chowdhury"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2041-04-11 16:30:12"
    body = T("""
Hi,

I'm an outreach worker with East London Women's Aid. I'm at our office in Mile End with a woman, Hana Kessler, who tried to leave the Gathering (3 Ropemakers Yard, Bow) at 2pm today with her two children, Ruby Kessler (7) and Saul Kessler (4).

Two of the men stopped her at the gate, took the children off her and pushed her out into the street. She says the elders' rule is that when a woman leaves, her children stay with the community and are given to another family. They told her that if she goes to the police the children will be on their way to the "sister house" abroad tonight and she will never find them. She says the last woman who left has not seen her children since.

Ruby has a heart condition and needs her tablets twice a day; Hana has them in her handbag.

Hana is with me until 6. She doesn't want to go back and she is terrified for the children. Please call me on 07700 900318.

Yasmin Aziz
Outreach Worker, East London Women's Aid
""")
    top = outlook_top(f, addr("Yasmin Aziz", "yasmin.aziz@elwa.example.org.uk"), addr("MAST", TMAST),
                      "Mother and two children - the Gathering, Bow", when, mid_domain="elwa.example.org.uk")
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "urgent", "other", True, None, [], [ch("Ruby Kessler"), ch("Saul Kessler")],
        ["domestic_abuse"], None, None, [], None, "alert_duty",
        "DESIGN safety rule 1: a mother who tried to leave the group had her 7- and 4-year-old taken from her at the "
        "gate today and was told they will be sent abroad tonight if she goes to the police; Ruby's heart tablets are in "
        "mum's bag - children facing harm tonight (punishment for leaving; members who cannot leave), told by a women's "
        "aid worker (no alarm words). Coercion and force against the mother -> domestic_abuse. Not a request -> other.",
        not_children=["Hana Kessler", "Yasmin Aziz"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2041-03-25 14:22:50"
    body = T("""
Hi Hub,

For your records - the Lowe family asked us to send the Early Help Hub a copy of their home education registration letter, as the family worker asked about it at the last TAF. The letter is attached. In short: registered, visit done, no concerns.

Thanks
Ines

Ines Carvalho
Elective Home Education Officer, Tower Hamlets Council

""") + TDISC
    letter = pdf_att("EHE registration - Lowe.pdf", "Elective Home Education - confirmation of registration", [
        "Dear Mr and Mrs Lowe,",
        "Thank you for telling us that you are educating Miriam Lowe (DOB 04/02/2031) and Asher Lowe (DOB 19/10/2033)",
        "at home. They are now registered with the Elective Home Education team.",
        "At our visit on 12 March 2041 we saw both children, their work and their timetable. The education provided is",
        "suitable. We had no concerns. We will offer an annual visit next March.",
        "Ines Carvalho, Elective Home Education Officer"])
    top = outlook_top(f, addr("Carvalho, Ines", "Ines.Carvalho@" + TDOM), addr("Early Help Hub", TEH),
                      "EHE registration letter - Lowe", when)
    add(f, mail(f, top, body, [letter]), "tower_hamlets", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [],
        [ch("Miriam Lowe", "2031-02-04", "04/02/2031"), ch("Asher Lowe", "2033-10-19", "19/10/2033")],
        [], None, None, [], None, "human_review",
        "NEAR MISS - a home education registration letter: registered, children seen, 'suitable', 'no concerns' "
        "(nothing is happening to anyone). For the record only -> other -> human_review; the children named with DOBs "
        "in the attached letter are labelled.",
        not_children=["Ines Carvalho"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2041-03-06 10:04:12"
    body = T("""
Thank you for your email. I am on annual leave and will return on Tuesday 23 April 2041.

For anything about the Siddiqui family please contact my team manager, Marcus Eze, on 020 7946 0402. If you are worried about a child's safety now, please call MAST on 0207 364 5606/5601 or, out of hours, 0207 364 4079.

Aoife Brennan
Social Worker, Children in Need Team
""")
    add(f, ooo(f, when, "Brennan, Aoife", "Aoife.Brennan@" + TDOM, addr("Early Help Hub", TEH),
               "[SB-tower_hamlets-0388] Step down - Siddiqui - Mosaic 3301874", body),
        "tower_hamlets", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, ["3301874"], [], [], None, None, [], None, "ignore",
        "Out-of-office (Auto-Submitted: auto-replied) answering stepbot's acknowledgement -> auto_reply -> ignore "
        "(DESIGN safety rule 2: never answered). The boilerplate 'worried about a child's safety' is about nobody. "
        "'Mosaic 3301874' in the quoted subject -> the bare number.",
        not_children=["Aoife Brennan"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2041-04-17 13:20:05"
    fwd = quote("Carvalho, Ines <Ines.Carvalho@towerhamlets.gov.uk>", "17 April 2041 12:48",
                "Pugh, Ellis <Ellis.Pugh@towerhamlets.gov.uk>", "EHE monitoring visit - Samuel Adeyemi",
                T("""
Ellis,

Monitoring visit note below for the file.

Child: Samuel Adeyemi, DOB 30/08/2029. Home educated since September 2040.
Visit: 17/04/2041, 10:30, at home, 41 Malmesbury Road E3 9ZR. Present: mum, Samuel, the younger two.
Education: mostly scripture copying and a maths workbook; no evidence of science or English beyond that. Mum says the church's pastor, Pastor Dare, sets the timetable. Education not yet suitable - a 28-day notice letter to follow.

Ines

PS - as I was leaving, Samuel came out to the gate on his own and showed me both his palms. There are round red blisters in the middle of each. He said the pastor held his hands over a candle on Sunday "to burn out the lie" because he said he wanted to go to school, and that he has to go to the pastor's house again tonight at 7 for "deliverance" and stay the night. He asked me not to tell his mum he'd shown me. I didn't know who to ring from the car.
"""))
    body = T("""
MAST - forwarding the note below from Ines (EHE). Please read the PS at the bottom. I'm in a meeting until 3 but Ines is on 07700 900771.

Ellis Pugh
Senior Practitioner, Elective Home Education and CME
""") + fwd
    top = outlook_top(f, addr("Pugh, Ellis", "Ellis.Pugh@" + TDOM), addr("MAST", TMAST),
                      "FW: EHE monitoring visit - Samuel Adeyemi", when)
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Samuel Adeyemi", "2029-08-30", "30/08/2029")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT IN A FORWARDED PS: a routine EHE monitoring note, and at the bottom an 11-year-old with fresh candle "
        "burns on both palms from the pastor, due back at the pastor's house at 7 tonight for 'deliverance' overnight "
        "(DESIGN: quoted and forwarded history is read; no alarm words). Burns -> physical_harm (unsuitable home "
        "education is not an attendance figure, so no school_attendance). A forward, not a request -> other.",
        not_children=["Ines", "Ellis Pugh"])


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2041-03-12 23:10:27"
    text = T("""
MASH / out of hours,

PC 4471 Kerensa Hocking, Torbay response. Writing from the car as the phone line to you keeps dropping out on the hill.

We are at the camp in Long Wood off Aish Lane, Stoke Gabriel (the survivalist group, about 14 adults). Welfare check after a call from a dog walker.

Poppy Sherwin, aged 3, is in a bender tent with her mother Leanne Sherwin. It is minus 2 here tonight and there is no heat in the tent. Mum says she is on day 9 of the group's "cleanse" (water only) and that Poppy has been on water and a little apple juice since Saturday so that she is "clean" too. Poppy is limp, very pale, her lips are dry and cracked and she did not open her eyes or answer when I spoke to her. Mum says she has not had a wet nappy today.

The man who runs the group, who calls himself Garrow, is standing at the tent and says nobody is taking the child, it is their way, and that we have no right to be on the land. There are 6 or 7 men with him. My sergeant is on the way. We need a social worker to talk to about whether we take her under police protection.

PC 4471 Hocking
Devon and Cornwall Police
Airwave / mobile 07700 900652
""")
    top = plain_top(f, addr("PC 4471 Kerensa Hocking", "kerensa.hocking@devon-cornwall.example.police.uk"),
                    addr(None, BMASH), "Long Wood camp - child aged 3", when,
                    "devon-cornwall.example.police.uk", None)
    add(f, mail(f, top, text, crlf=False, cte="7bit"), "torbay", "mash_step_up", when, 4,
        "urgent", "other", True, None, [], [ch("Poppy Sherwin")], ["neglect"], None, None, [], None, "alert_duty",
        "DESIGN safety rule 1: police on scene at 23:10 with a limp, unresponsive 3-year-old kept on water since Saturday "
        "by the survivalist group's 'cleanse', minus 2 with no heat, the leader and his men refusing to let her go - "
        "a real child facing harm tonight (no alarm words). Starvation and cold -> neglect. Police asking for a social "
        "worker, not a step request -> other. Out of hours (GMT).",
        not_children=["Leanne Sherwin", "Kerensa Hocking"])

def torbay_02():
    f = "torbay_02.eml"; when = "2041-03-07 14:00:58"
    body = T("""
Hi Early Help,

Please can I have a triage slot for a level 3 step down for the Morrow children (LCS-552910):

Isla Morrow, DOB 02/02/2032
Alfie Morrow, DOB 19/10/2037 (3 - so I think this goes to the under-5s triage)

The family left the off-grid group at Hollins Farm in 2039 and now live in a flat in Paignton. The Single Assessment (attached) recommends step down. Mum's depression is the main worry; she is engaging with Talking Therapies and the children are doing well at nursery and school.

My ATM, Sam Trelawny, agreed the step down in supervision today, and mum has given consent for Early Help - she signed the consent page of the assessment.

Many thanks,
Kelly

Kelly Rowse
Social Worker, Safeguarding and Assessment Team, Torbay Council | 01803 960 512

""") + BDISC
    sa = pdf_att("Single Assessment - Morrow.pdf", "Single Assessment - Morrow (LCS-552910)", [
        "Children: Isla Morrow (02/02/2032), Alfie Morrow (19/10/2037).",
        "Recommendation: step down to Early Help level 3.", "Parental consent: signed by Jodie Morrow, 5 March 2041.",
        "Team manager's analysis: the family no longer have contact with the Hollins Farm group; mum's depression is the main need."])
    top = outlook_top(f, addr("Rowse, Kelly", "Kelly.Rowse@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - L3 step down - Morrow - LCS-552910", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["LCS-552910"],
        [ch("Isla Morrow", "2032-02-02", "02/02/2032"), ch("Alfie Morrow", "2037-10-19", "19/10/2037")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down (REQUIREMENTS: assessment, manager_agreed, consent): Single Assessment attached, 'My "
        "ATM ... agreed', 'mum has given consent' -> book_meeting; a 3-year-old -> the under-5s triage (panel, not a "
        "field). 'level 3' -> 3. Mum's depression -> parental_mental_health; leaving the group in 2039 is history.",
        not_children=["Kelly Rowse", "Sam Trelawny", "Jodie Morrow"])

def torbay_03():
    f = "torbay_03.eml"; when = "2041-03-25 10:40:13"
    body = T("""
Dear MASH,

I'm the lead professional (Early Help, Brixham locality) for Jonah Pascoe, DOB 09/01/2031, LCS-560144, and I'm contacting you to ask for a step up.

Jonah's family belong to a strict religious community at Berry Head Road. In January the elders took him out of Brixham College to be taught at the community's own "school", which is not registered. His attendance is now 0%. He told his youth worker he isn't allowed to speak to anyone outside the community and that he is "not to think about the future".

My ATM, Silas Penrose, agreed the step up this morning.

Consent: Dad declined. He said the elders decide matters for the family and he will not sign anything from the council. Mum was not allowed to speak to me alone.

Regards,
Morwenna Jago
Early Help Practitioner, Brixham
01803 960 771

""") + BDISC
    top = outlook_top(f, addr("Jago, Morwenna", "Morwenna.Jago@" + BDOM), addr("Torbay MASH", BMASH),
                      "Step up - Jonah Pascoe - LCS-560144", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["LCS-560144"], [ch("Jonah Pascoe", "2031-01-09", "09/01/2031")],
        ["school_attendance"], False, True, ["consent"], None, "request_info",
        "Torbay step-up (REQUIREMENTS: consent, manager_agreed). 'My ATM ... agreed' -> true; CONSENT REFUSED ('Dad "
        "declined ... will not sign') -> false -> consent missing -> request_info. Unregistered school, 0% -> "
        "school_attendance.",
        not_children=["Morwenna Jago", "Silas Penrose"])

def torbay_04():
    f = "torbay_04.eml"; when = "2041-04-03 16:25:40"
    body = T("""
Hello,

I'm a second-year social work student on placement with a charity in Torquay and I'm writing an assignment on closed communities. Could someone tell me, hypothetically, what would happen in Torbay if a 15-year-old girl told a teacher that her church had promised her in marriage to an older man "when she turns 16"? Would that be a contact to MASH or an Early Help step up, and would the family be told?

This isn't about a real young person - it's a scenario from my module handbook. Any pointers to your procedures would be really helpful.

Many thanks,
Freya Lanyon
BA Social Work, University of Plymouth (student)
""")
    top = plain_top(f, addr("Freya Lanyon", "freya.lanyon@students.example.ac.uk"), addr("Early Help", BEH),
                    "Question for an assignment - hypothetical", when, "students.example.ac.uk", "Outlook-iOS")
    add(f, mail(f, top, body), "torbay", "early_help_duty", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - a hypothetical: a student's assignment scenario ('not about a real young person') about a girl "
        "promised in marriage (DESIGN: hypothetical risk must not trigger). A general enquiry -> other -> human_review.",
        not_children=["Freya Lanyon"])

def torbay_05():
    f = "torbay_05.eml"; when = "2041-04-10 12:50:21"
    text = T("""
hi

my names Levi Crane im 14 and im at paignton academy. i got this email from my teacher mr hext, hes letting me use his computer in the library.

my dad said because i told miss about the farm stuff they are taking me to the farm in wales tonight after school and im not coming back to school. the farm is where they send boys who dont obey. when tom left last year the men took him in the barn and beat him and he had to go hospital and they said he fell off a trailer. my dad has took my phone.

dad is picking me up at 3.10. please dont tell my dad i wrote this. i dont want to go

levi
""")
    top = plain_top(f, addr("Levi Crane (via R. Hext)", "r.hext@paigntonacademy.example.sch.uk"), addr(None, BMASH),
                    "help", when, "paigntonacademy.example.sch.uk", None)
    add(f, mail(f, top, text), "torbay", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Levi Crane")], ["physical_harm"], None, None, [], None, "alert_duty",
        "DESIGN safety rule 1: a 14-year-old in his own words, to be taken tonight after school (pick-up 3.10) to the "
        "group's farm 'where they send boys who dont obey', where a boy who left was beaten - punishment for speaking "
        "out, harm this evening (no alarm words; lower-case, no punctuation). Beating threatened -> physical_harm. From "
        "a child, not a step request -> other. 'tom' is another boy, first name only, not labelled.")

def torbay_06():
    f = "torbay_06.eml"; when = "2041-03-08 09:31:44"
    add(f, itip_reply(f, when, "Ursula Kemp", "ursula.kemp@" + BDOM,
                      ("Early Help", BEH), "DECLINED",
                      "Under-5s step-down triage - Morrow (LCS-552910)", "20410319T093000", "20410319T100000",
                      "Tor Hill House, room 3",
                      comment="On leave that week, sorry - my colleague Bea Lusty will cover for AFC and will accept separately."),
        "torbay", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["LCS-552910"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY DECLINED with a comment (AFC representative on leave, cover arranged) for the Morrow "
        "under-5s triage -> meeting_reply -> record_reply. Case id from the SUMMARY.",
        not_children=["Ursula Kemp"])

def torbay_07():
    f = "torbay_07.eml"; when = "2041-04-17 10:30:02"
    body = T("""
Good morning,

Please could the Rundle children have a slot at the next Tuesday triage for a level 3 step down (LCS-548877):

Esme Rundle - 30/03/2030
Kit Rundle - 12/12/2033

Background, because the file looks worse than the family is now: in 2036 the family left the Hollins Farm community. At the time the leader threatened dad, and there were allegations that children at the farm were beaten - these were investigated under s47 in 2036 and were not substantiated for Esme and Kit, and the farm closed in 2037. The family have had no contact with anyone from the group since then.

Today: dad works full time, both children attend well (Esme 96%, Kit 98%), and Esme is on the school's waiting list for a counsellor. The worry is mum's low mood since her own mother died in January; she has started seeing her GP.

Single Assessment attached. My ATM Tamsin Verity agreed the step down on Monday and both parents have consented to Early Help.

Thanks,
Lowenna

Lowenna Pengelly | Social Worker | Safeguarding and Assessment Team | Torbay Council

""") + BDISC
    sa = pdf_att("Single Assessment - Rundle.pdf", "Single Assessment - Rundle (LCS-548877)", [
        "Esme Rundle (30/03/2030), Kit Rundle (12/12/2033).", "Historic: left Hollins Farm 2036; s47 2036 NFA.",
        "Current: mother's low mood after a bereavement. Recommendation: step down to Early Help level 3."])
    top = outlook_top(f, addr("Pengelly, Lowenna", "Lowenna.Pengelly@" + BDOM), addr("Early Help", BEH),
                      "L3 step down - Rundle - LCS-548877", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 3, ["LCS-548877"],
        [ch("Esme Rundle", "2030-03-30", "30/03/2030"), ch("Kit Rundle", "2033-12-12", "12/12/2033")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "NEAR MISS inside a complete Torbay step-down: a family who left a group years ago and are doing well - the "
        "threats and beatings are 2036 history, investigated and not substantiated, no contact since (DESIGN: historic "
        "risk must not trigger). Assessment attached, ATM agreed, both parents consented -> book_meeting. Current "
        "worry: mum's low mood -> parental_mental_health; good attendance is no concern.",
        not_children=["Lowenna Pengelly", "Tamsin Verity"])

def torbay_08():
    f = "torbay_08.eml"; when = "2041-03-28 11:15:36"
    body = T("""
Dear MASH,

Contact from Early Help (Torquay) about Lily-Mae Tozer, DOB 14/08/2036, LCS-557031.

Since October mum has followed a "wellness" coach from an online group called Pure Source. She has stopped giving Lily-Mae her brown preventer inhaler and gives her a herbal tincture instead, and she has missed three asthma reviews. Lily-Mae still has her blue reliever at school and has not had an attack since January, but school say she is using the reliever most days. Mum also now refuses vaccinations and the school nurse.

Mum consents to the contact to MASH - she says she has "nothing to hide".

I need to be open that my ATM, Tamsin Verity, does not agree that this meets the threshold for step up. She thinks we should hold it at level 3 with the school nurse and GP for another six weeks. I am sending it because I would like the MASH manager's view; I have told Tamsin I'm doing so.

Regards,
Jess Coombe
Early Help Practitioner, Torquay | 01803 960 338

""") + BDISC
    top = outlook_top(f, addr("Coombe, Jess", "Jess.Coombe@" + BDOM), addr("Torbay MASH", BMASH),
                      "Contact to MASH - Lily-Mae Tozer - LCS-557031", when,
                      cc=addr("Verity, Tamsin", "tamsin.verity@" + BDOM))
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, ["LCS-557031"], [ch("Lily-Mae Tozer", "2036-08-14", "14/08/2036")],
        ["neglect"], True, False, ["manager_agreed"], None, "request_info",
        "Torbay step-up (contact to MASH) with MANAGER AGREEMENT REFUSED: the ATM 'does not agree that this meets the "
        "threshold' -> false -> manager_agreed missing -> request_info. 'Mum consents to the contact to MASH' -> true. "
        "A 'wellness' group's advice replacing asthma treatment, missed reviews -> neglect (medical neglect); not urgent: "
        "reliever at school, no attack since January.",
        not_children=["Jess Coombe", "Tamsin Verity"])


# ============================================================================= HEREFORDSHIRE
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2041-03-05 11:00:49"
    body = T("""
Dear Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan and the family's signed consent form for Mercy and Ezekiel Bowen (sibling group, Mosaic 5520137), stepping down to Early Help at level 3. I discussed the plan with Xavier Moss at last Tuesday's drop-in.

Mercy Bowen - 21/04/2031
Ezekiel Bowen - 08/09/2034

Until last summer both children were taught at the unregistered school run by the Kington Brethren community. The family left the community in August; the children started at Kington Primary in September and their attendance is 88% (Ezekiel misses days when he has tummy aches about school).

Key person agreed with the family: Kate Ledbury, Family Support Worker, Kington Family Hub (01544 960 233).

Kind regards,
Alys Price
Social Worker, Assessment Team (North), Herefordshire Council

""") + HDISC
    plan = docx_att("EHA step-down plan - Bowen.docx", ["# Early Help Assessment step-down plan - Bowen",
        "Children: Mercy Bowen, Ezekiel Bowen. Level 3.",
        "What needs to happen: school to support Ezekiel's anxiety about school; family to link with the Kington Family Hub.",
        "Key person: Kate Ledbury, Kington Family Hub."])
    cons = pdf_att("Consent form signed - Bowen.pdf", "Early Help - written consent", [
        "We consent to an Early Help Assessment and to information being shared with the Early Help Co-ordinator team.",
        "Signed: Ruth Bowen, Joel Bowen. Date: 28/02/2041."])
    top = outlook_top(f, addr("Price, Alys", "Alys.Price@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down (level 3) - Bowen siblings - Mosaic 5520137", when)
    add(f, mail(f, top, body, [plan, cons], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["5520137"],
        [ch("Mercy Bowen", "2031-04-21", "21/04/2031"), ch("Ezekiel Bowen", "2034-09-08", "08/09/2034")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down (REQUIREMENTS: consent_form, draft_plan, lead_practitioner): "
        "plan .docx, signed consent .pdf, key person with agency -> book_meeting. 'Mosaic 5520137' -> bare number; "
        "'level 3' -> 3. 88% attendance -> school_attendance; the unregistered school is history.",
        not_children=["Alys Price", "Kate Ledbury", "Xavier Moss"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2041-03-20 15:20:16"
    body = T("""
Hi,

Step down plan attached for Amos Trigg (DOB 11/02/2036, Mosaic 5531902).

Amos and his mum came out of the Wellspring Living retreat near Hay in December. Mum still follows some of the retreat's food rules and Amos is underweight (2nd centile); the dietitian is involved and he has gained 600g since January.

Key person: Sophie Dyer, Health Visitor... sorry, School Nurse, Hay Road Primary (Wye Valley NHS Trust) - she has agreed to lead.

Consent: mum agreed verbally on the phone yesterday. I'm taking the written consent form out to her on Friday and will send it straight over.

Thanks,
Callum

Callum Reade | Social Worker | Locality Team (Hereford City) | Herefordshire Council

""") + HDISC
    plan = docx_att("Step down plan - Amos Trigg.docx", ["# Early Help Assessment step-down plan",
        "Child: Amos Trigg (11/02/2036).", "Outcome: Amos's weight on track; mum supported with meals and budgeting.",
        "Key person: Sophie Dyer, School Nurse."])
    top = outlook_top(f, addr("Reade, Callum", "Callum.Reade@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Amos Trigg", when)
    add(f, mail(f, top, body, [plan]), "herefordshire", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["5531902"], [ch("Amos Trigg", "2036-02-11", "11/02/2036")],
        ["neglect"], True, None, ["consent_form"], None, "request_info",
        "Herefordshire step-down with the plan and key person but only VERBAL consent: 'mum agreed verbally' -> consent "
        "true, but the seed asks for written consent and the form is to follow -> consent_form missing -> "
        "request_info. Underweight child after the retreat's food rules -> neglect. No level written -> null.",
        not_children=["Callum Reade", "Sophie Dyer"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2041-04-15 19:50:33"
    text = T("""
Please can somebody help my granddaughter.

Tilly Garside, she is 9, has epilepsy and has been on levetiracetam since she was 5. Three weeks ago my daughter Kirsty took her to the Wellspring Living retreat at Cusop for a "detox" and the people who run it stopped all Tilly's tablets. They say her fits are toxins leaving her body.

Kirsty rang me at 7 tonight from the retreat's landline, crying. Tilly has had three fits today, the last one went on for a long time, over ten minutes Kirsty thinks, and since then she has been very sleepy and confused and doesn't know her mum. Kirsty wanted to ring for an ambulance and Mr Aldous who runs the place told her that would undo all the work and took the phone away from her.

I live in Swansea and can't get there tonight. The retreat is the big white farmhouse past the chapel on Cusop Dingle, HR3 9ZW.

Margaret Garside
07700 900114
""")
    top = plain_top(f, addr("Margaret Garside", "maggie.garside@example.net"), addr(None, HEH),
                    "my granddaughter Tilly", when, "example.net", "Microsoft Outlook 16.0")
    add(f, mail(f, top, text), "herefordshire", "early_help_duty", when, 4,
        "urgent", "other", True, None, [], [ch("Tilly Garside")], ["neglect"], None, None, [], None, "alert_duty",
        "DESIGN safety rule 1: a 9-year-old with epilepsy whose medicine a 'wellness' retreat stopped, three fits today, "
        "one over ten minutes, still confused, and the leader has stopped her mother calling an ambulance - a child "
        "facing harm tonight, told by a grandmother outside the group at 19:50 (no alarm words). Treatment withheld "
        "-> neglect. Not a request -> other.",
        not_children=["Margaret Garside", "Kirsty"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2041-04-12 09:15:27"
    body = T("""
Team,

For info and the file - the Ledbury Road Fellowship have replied to our letter asking to visit. Their letter is attached. It's a yes: Tuesday 23 April at 2pm at their meeting house, with the elders. I'll go with Verity.

There's nothing here about any particular child and no concerns have been raised about any family - this is the community engagement visit we offer every group that runs children's activities.

Xavier

Xavier Moss
Early Help Co-ordinator, Herefordshire Council

""") + HDISC
    letter = pdf_att("Letter from the Elders - Ledbury Road Fellowship.pdf", "Ledbury Road Fellowship - The Elders", [
        "Dear Mr Moss,",
        "Thank you for your letter of 2 April and for the council's kind offer of a visit to our community.",
        "We respectfully accept. The Elders would be glad to welcome you and your colleague at our meeting house on",
        "Tuesday 23 April at 2 o'clock. We ask that visitors do not take photographs during the meeting.",
        "Our children attend registered schools in Ledbury and our Sunday school leaders hold DBS certificates.",
        "We would welcome your advice on our policies.",
        "Yours in fellowship,", "Brother Nathaniel Webb, on behalf of the Elders"])
    top = outlook_top(f, addr("Moss, Xavier", "xavier.moss@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "FW: Reply from Ledbury Road Fellowship re visit", when)
    add(f, mail(f, top, body, [letter]), "herefordshire", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - a closed community's polite formal reply accepting a visit request (attached letter from the "
        "elders); 'no concerns have been raised about any family'. Nothing about a real child -> other -> "
        "human_review.",
        not_children=["Xavier Moss", "Nathaniel Webb"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2041-04-02 10:45:03"
    body = T("""
Hi both,

Quick update for the step down request below. Noah's fever last week: mum took him to the GP on Thursday after all, he had an ear infection, he had antibiotics and the GP saw him again yesterday and he is well. Mum has now moved out of the community with Noah and is staying with her sister in Bromyard, so the elders are no longer involved in his care. She's relieved.

Nothing else has changed - the plan and consent form you have are still right.

Callum

""") + quote("Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>", "26 March 2041 16:10",
             "Reade, Callum <Callum.Reade@herefordshire.gov.uk>", "[SB-herefordshire-0217] Step down - Harker",
             ack_text("step down", "SB-herefordshire-0217",
                      ["Child: Noah Harker (01/06/2040)", "Case: Mosaic 5534410"], [])) + HDISC
    top = outlook_top(f, addr("Reade, Callum", "Callum.Reade@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-0217] Step down - Harker", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 2,
        "near_miss", "follow_up", False, None, ["5534410"], [ch("Noah Harker", "2040-06-01", "01/06/2040")],
        [], None, None, [], None, "attach_to_request",
        "NEAR MISS, follow_up: a baby's fever that the group would not let mum take to a doctor is RESOLVED - seen by the "
        "GP, treated, well, mum and baby out of the community (DESIGN: resolved risk must not trigger). Reply to the "
        "acknowledgement -> follow_up -> attach_to_request; 'Mosaic 5534410' in the quoted ack -> bare number.",
        not_children=["Callum"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2041-03-27 14:05:12"
    body = T("""
Dear colleagues,

Attached is the DRAFT practice guidance "Children in high-control groups" for comment by Friday 26 April. Section 3 lists indicators with illustrative examples - for instance a child kept in a locked room as punishment, medication withheld by a group leader, a girl promised in marriage, or punishments for family members who leave. These examples are for illustration only and do not relate to any Herefordshire child or family.

Comments to me, please, using tracked changes.

Wilfred Oyelaran
Early Help Co-ordinator Manager, Herefordshire Council

""") + HDISC
    doc = docx_att("DRAFT Children in high-control groups - practice guidance.docx", [
        "# Children in high-control groups - practice guidance (DRAFT v0.3)",
        "1. Purpose: to help practitioners recognise coercive control in closed groups.",
        "3. Indicators (illustrative only): a child locked in a room for 'reflection'; insulin or other medicine "
        "withheld by a leader; a child promised in marriage; children separated from a parent who leaves.",
        "4. Response: if a child is in danger now, call 999 and the MASH; otherwise discuss with a co-ordinator."])
    top = outlook_top(f, addr("Oyelaran, Wilfred", "wilfred.oyelaran@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "For comment: draft guidance - children in high-control groups", when)
    add(f, mail(f, top, body, [doc], html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - draft practice guidance whose examples (locked room, medicine withheld, child marriage, punishment "
        "for leaving, 'in danger now') are 'for illustration only' (DESIGN: policy and lists of examples must not "
        "trigger). -> other -> human_review.",
        not_children=["Wilfred Oyelaran"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2041-04-04 21:15:48"
    text = T("""
Hello please help

My name Agnieszka Nowak, I live in the Fold at Upper Lyde Farm, HR4 9ZZ. My daughter Zofia Nowak she is 14.

Tonight at 10 o'clock brother Aaron come to take Zofia to live in the big house with him and his wife. The leader decide this at meeting today, he say Zofia need "firm father" because she is rebel. I am not allowed say no.

Aaron already touch her before, in the car, she tell me at Christmas and I did not know what to do. Zofia is crying in bathroom now, she say she will run to road.

I cannot phone, they check the phone. I write on my daughter school tablet. Please someone come before 10.

Agnieszka
""")
    top = plain_top(f, addr("Zofia Nowak", "znowak.y10@learn.example.sch.uk"), addr(None, HEH),
                    "please help Zofia tonight", when, "learn.example.sch.uk", None)
    add(f, mail(f, top, text), "herefordshire", "early_help_duty", when, 3,
        "urgent", "other", True, None, [], [ch("Zofia Nowak")], ["sexual_harm"], None, None, [], None, "alert_duty",
        "DESIGN safety rule 1: a 14-year-old to be handed tonight at 10 to a man in the group who has already touched "
        "her, by the leader's decision about who the children live with; the mother writes in broken English on the "
        "child's school tablet at 21:15 (no alarm words). Prior sexual touching -> sexual_harm. Not a request -> other.",
        not_children=["Agnieszka Nowak"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2041-04-08 16:20:37"
    add(f, itip_reply(f, when, "Lucy Morgan", "lucy.morgan@" + HDOM,
                      ("Early Help Co-ordinators", HEH), "DECLINED",
                      "Step-down drop-in - Pryor", "20410409T100000", "20410409T103000", "Microsoft Teams",
                      comment=("Sorry Verity, I can't do tomorrow's drop-in. Abi Pryor (8) rang me from the farm phone "
                               "20 minutes ago, whispering. Father Tobias hit her with his belt for ringing her mum, "
                               "and she's been told she will sleep in the barn tonight and go to the Wales house in the "
                               "morning. Mum left the Fold on Sunday and is at her sister's in Leominster. I'm driving "
                               "to Leominster police station now.")),
        "herefordshire", "early_help_duty", when, 3,
        "urgent", "meeting_reply", True, None, [], [ch("Abi Pryor")], ["physical_harm"], None, None, [], None,
        "alert_duty",
        "URGENT IN A DECLINED INVITATION'S COMMENT (DESIGN: a meeting reply's comment is read): an 8-year-old hit with a "
        "belt by the group's leader for phoning her mother, to sleep in the barn tonight and be moved to Wales in the "
        "morning - harm tonight (no alarm words). -> meeting_reply, urgent -> alert_duty; belt -> physical_harm.",
        not_children=["Lucy Morgan", "Tobias"])


# ============================================================================= self-checks
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
PACKS = "/work/main/config/authorities"

# England & Wales bank holidays in 2041 (weekdays), computed by hand and compared with the `holidays` package:
# New Year's Day Tue 1 Jan; Good Friday 19 Apr; Easter Monday 22 Apr (Easter Sunday 21 April 2041); May Day Mon 6 May;
# Spring Bank Holiday Mon 27 May; Late Summer Mon 26 Aug; Christmas Day Wed 25 Dec; Boxing Day Thu 26 Dec.
BANK_HOLIDAYS = {date(2041, 1, 1), date(2041, 4, 19), date(2041, 4, 22), date(2041, 5, 6), date(2041, 5, 27),
                 date(2041, 8, 26), date(2041, 12, 25), date(2041, 12, 26)}
# The brief's window: the spring term, Monday 7 January to the Thursday before Easter, 18 April 2041; the mails are
# dated from Monday 4 March 2041 onwards, as asked.
TERM_START, TERM_END = date(2041, 1, 7), date(2041, 4, 18)
MAIL_START = date(2041, 3, 4)
BST_START = datetime(2041, 3, 31, 1, 0, 0, tzinfo=UTC)      # last Sunday of March
BST_END = datetime(2041, 10, 27, 1, 0, 0, tzinfo=UTC)       # last Sunday of October
MAX_YEAR = 2041
ALARM = re.compile(r"(?i)\b(urgent|urgently|immediate|immediately|emergency|at risk|risk of harm|danger|asap)\b")

# Knowsley notice table (DESIGN: working days d with today < d <= meeting)
KNOWSLEY_TABLE = {"knowsley_01.eml": (4, 6), "knowsley_02.eml": (6, 8), "knowsley_07.eml": (5, 7)}

def expected_offset(d):
    return "+0100" if BST_START <= d.astimezone(UTC) < BST_END else "+0000"

def parse_dob(w):
    m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", w.strip())
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

def yaml_ids():
    import yaml
    out = {}
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        with open(os.path.join(PACKS, a + ".yaml"), encoding="utf-8") as fh:
            pack = yaml.safe_load(fh)
        for kind, spec in (pack.get("kinds") or {}).items():
            out[(a, kind)] = {r["id"] for r in (spec.get("requirements") or [])}
    return out

YEAR = re.compile(r"\b(2\d{3})\b")
CASE_ID_FORM = re.compile(r"(EHM|ICS|LCS)-\d{5,7}|\d{7}")

def all_headers(msg):
    return " ".join(str(v) for part in msg.walk() for _k, v in part.items())

def check_file(lab, ids):
    errors = []
    def err(m):
        errors.append("%s: %s" % (lab["file"], m))
    f, a, mb, e = lab["file"], lab["authority"], lab["mailbox"], lab["expect"]
    if not re.fullmatch(r"%s_0[1-8]\.eml" % a, f): err("file name / authority")
    if set(lab) != {"file", "authority", "mailbox", "now", "expect", "why"}: err("label keys")
    if set(e) != {"kind", "urgent", "level", "case_ids", "children", "concerns", "consent",
                  "manager_agreed", "missing", "notice_ok", "next_action"}: err("expect keys")
    if mb not in ("mash_step_up", "early_help_duty"): err("mailbox")
    if e["kind"] not in KINDS: err("kind")
    if e["next_action"] != expected_next(a, e): err("next_action %s != %s" % (e["next_action"], expected_next(a, e)))
    if e["urgent"] != (CATS[f] == "urgent"): err("urgent vs category")
    if not set(e["concerns"]) <= CONCERN_IDS or e["concerns"] != sorted(set(e["concerns"])): err("concerns")
    if e["missing"] != sorted(set(e["missing"])): err("missing not sorted/unique")
    lvl = (e["level"] or 3) if (a == "knowsley" and e["kind"] == "step_down") else None
    key = (a, e["kind"], lvl)
    allowed = REQ.get(key, set())
    if not set(e["missing"]) <= allowed: err("missing ids not allowed for %s: %s" % (key, e["missing"]))
    if not set(e["missing"]) <= ids.get((a, e["kind"]), set()):
        err("missing ids %s not all in %s.yaml's %s requirements" % (e["missing"], a, e["kind"]))
    if a == "knowsley" and e["kind"] == "step_up":
        for doc, concern in KNOWSLEY_WHEN.items():
            if doc in e["missing"] and concern not in e["concerns"]: err("%s without %s" % (doc, concern))
    if e["level"] is not None and (e["kind"] != "step_down" or e["level"] not in (2, 3)): err("level")
    if "consent" in allowed and (e["consent"] is not True) != ("consent" in e["missing"]): err("consent vs missing")
    if "manager_agreed" in allowed and (e["manager_agreed"] is not True) != ("manager_agreed" in e["missing"]):
        err("manager vs missing")
    if "case_id" in allowed and (not e["case_ids"]) != ("case_id" in e["missing"]): err("case_id vs missing")
    if "children" in allowed and (not e["children"]) != ("children" in e["missing"]): err("children vs missing")
    for cid in e["case_ids"]:
        if not CASE_ID_FORM.fullmatch(cid): err("case id %r" % cid)
    now = datetime.fromisoformat(lab["now"])
    meeting = META[f]["meeting"]
    if a == "knowsley" and e["kind"] in ("step_up", "step_down"):
        if meeting is None:
            if e["notice_ok"] is not None or "meeting_details" not in e["missing"]: err("no meeting date")
        else:
            wd = working_days(now.astimezone(LON).date(), meeting)
            if e["notice_ok"] != (wd >= 5): err("notice_ok %s but %d WD" % (e["notice_ok"], wd))
            if KNOWSLEY_TABLE.get(f) != (wd, plain_weekdays(now.astimezone(LON).date(), meeting)):
                err("Knowsley table says %s, computed %d WD" % (KNOWSLEY_TABLE.get(f), wd))
            if meeting.weekday() >= 5 or meeting in BANK_HOLIDAYS: err("meeting on weekend / bank holiday")
    elif e["notice_ok"] is not None or meeting is not None:
        err("notice_ok must be null")
    msg = email.message_from_bytes(FILES[f], policy=email.policy.default)
    for h in ("Message-ID", "Date", "From", "To", "Subject"):
        if msg[h] is None: err("header %s" % h)
    for part in msg.walk():
        if part.defects: err("defects %s" % part.defects)
        for k, v in part.items():
            if getattr(v, "defects", None): err("header defect %s %s" % (k, v.defects))
    rcpt = " ".join(str(msg[h] or "") for h in ("To", "Cc")).lower()
    if MAILBOXES[(a, mb)].lower() not in rcpt: err("mailbox address not in To/Cc")
    d = email.utils.parsedate_to_datetime(msg["Date"])
    ld = d.astimezone(LON).date()
    if not (MAIL_START <= ld <= TERM_END): err("Date outside 4 March - 18 April 2041")
    if ld.weekday() >= 5: err("Date on a weekend")
    if ld in BANK_HOLIDAYS: err("Date on a bank holiday")
    if not msg["Date"].strip().endswith(expected_offset(d)): err("Date offset should be %s" % expected_offset(d))
    if d.utcoffset() != d.astimezone(LON).utcoffset(): err("Date offset differs from Europe/London's")
    if now.utcoffset() != d.utcoffset(): err("now offset differs from the Date header's")
    if not (timedelta(minutes=1) <= now - d <= timedelta(minutes=10)): err("now not 1-10 min after Date")
    if (e["kind"] == "auto_reply") != (msg["Auto-Submitted"] is not None): err("Auto-Submitted vs kind")
    text = readable(msg)
    if e["urgent"]:
        hit = ALARM.findall(text)
        if hit: err("urgent mail uses alarm words %s" % hit)
    for y in YEAR.findall(text + " " + all_headers(msg)):
        if int(y) > MAX_YEAR: err("year after %d: %s" % (MAX_YEAR, y))
    metas = {c["name"]: c for c in META[f]["children"]}
    for c in e["children"]:
        if c["name"] not in text: err("child %s not in text" % c["name"])
        w = metas[c["name"]]["_w"]
        if w is not None:
            if w not in text: err("dob %r not in text" % w)
            if parse_dob(w) != c["dob"]: err("dob %r != %s" % (w, c["dob"]))
            if age_years(date.fromisoformat(c["dob"]), now.date()) >= 18: err("%s is 18+" % c["name"])
    for name in META[f]["not_children"]:
        if name not in text + " " + all_headers(msg): err("excluded person %s not in text" % name)
        if any(name.split()[0] in c["name"].split() for c in e["children"]): err("%s labelled as a child" % name)
    for cid in e["case_ids"]:
        if cid not in text: err("case id %s not in text" % cid)
    subj = str(msg["Subject"])
    if e["kind"] == "follow_up" and "[SB-" not in subj: err("follow_up without [SB-] reference")
    if e["kind"] in ("step_up", "step_down", "other") and "[SB-" in subj: err("[SB-] on a new mail")
    has_reply = any(p.get_content_type() == "text/calendar" and "METHOD:REPLY" in p.get_content() for p in msg.walk())
    if (e["kind"] == "meeting_reply") != has_reply: err("iTIP REPLY vs kind")
    return errors

def check():
    import holidays
    errors = []
    ids = yaml_ids()
    for lab in LABELS:
        try:
            errors += check_file(lab, ids)
        except Exception as ex:
            errors.append("%s: check raised %r" % (lab["file"], ex))
    pkg = {d for d in holidays.country_holidays("GB", subdiv="ENG", years=[2041]) if d.weekday() < 5}
    if pkg != BANK_HOLIDAYS: errors.append("bank holidays differ from the holidays package: %s" % sorted(pkg ^ BANK_HOLIDAYS))
    if {d for d in BANK_HOLIDAYS if TERM_START <= d <= TERM_END}: errors.append("a bank holiday inside the term")
    if not (TERM_START.weekday() == 0 and MAIL_START.weekday() == 0 and TERM_END.weekday() == 3
            and TERM_END + timedelta(days=1) == date(2041, 4, 19)):
        errors.append("window days wrong")
    for dd, off in ((date(2041, 3, 29), "+0000"), (date(2041, 4, 1), "+0100")):
        if expected_offset(datetime(dd.year, dd.month, dd.day, 12, tzinfo=LON)) != off: errors.append("BST switch")
    per = {}
    for lab in LABELS:
        per.setdefault(lab["authority"], []).append(lab["file"])
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        if sorted(per.get(a, [])) != ["%s_%02d.eml" % (a, i) for i in range(1, 9)]: errors.append("%s: files" % a)
    tot = {c: list(CATS.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}
    if tot["urgent"] < 11 or tot["near_miss"] < 11 or sum(tot.values()) != 40: errors.append("category totals %s" % tot)
    if {l["expect"]["kind"] for l in LABELS} != KINDS: errors.append("not every kind present")
    if sum(1 for f, (wd, pw) in KNOWSLEY_TABLE.items() if wd < 5 <= pw) < 1:
        errors.append("no Knowsley count decided by the Easter bank holidays")
    return errors, tot

def stats():
    from collections import Counter
    out = []
    for fld in ("kind", "next_action", "consent", "manager_agreed", "level", "notice_ok"):
        out.append("%s: %s" % (fld, dict(Counter(str(l["expect"][fld]) for l in LABELS))))
    out.append("mailbox: %s" % dict(Counter(l["mailbox"] for l in LABELS)))
    out.append("offsets: %s" % dict(Counter(l["now"][-6:] for l in LABELS)))
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        out.append("%s: %s" % (a, dict(Counter(CATS[l["file"]] for l in LABELS if l["authority"] == a))))
    for f in sorted(KNOWSLEY_TABLE):
        lab = [l for l in LABELS if l["file"] == f][0]
        t = datetime.fromisoformat(lab["now"]).astimezone(LON).date()
        m = META[f]["meeting"]
        out.append("%s: %s -> %s: %d WD, %d plain weekdays" % (f, t, m, working_days(t, m), plain_weekdays(t, m)))
    return "\n".join(out)

def main():
    for name, fn in sorted(globals().items()):
        if re.match(r"^(knowsley|richmond_wandsworth|tower_hamlets|torbay|herefordshire)_\d\d$", name):
            fn()
    errors, tot = check()
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
    if "--stats" in sys.argv:
        print(stats())
    print("wrote %d messages; %s; all self-checks passed" % (len(FILES), tot))

if __name__ == "__main__":
    main()
