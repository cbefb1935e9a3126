#!/usr/bin/env python3
"""mixed99: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the autumn term of 2046 (Monday 3 September - Tuesday 18 December 2046), in major incidents and emergencies in
the community: tower-block and house fires, rest centres, gas explosions, a chemical leak, crowd crushes, road crashes,
a school lockdown, and parents killed or in hospital leaving children with nobody.

Run with /work/main/.venv/bin/python make_set.py [--stats]. Deterministic (ids from sha1 of the file name). The MIME,
Word HTML, PDF, .docx, iCalendar, out-of-office, quote and readable-text helpers are copied from
/work/main/tests/data/mixed27/make_set.py (itself from mixed25) and adapted to this window. Labels were set by hand
from DESIGN.md and REQUIREMENTS.md; the self-checks only verify them and STOP before writing anything on any error:
dates are weekdays inside the window and not bank holidays (the `holidays` package, GB/ENG), the Date offset is
Europe/London's (BST +0100 until Sunday 28 October 2046, then GMT +0000), `now` is 1-10 minutes after Date with the
same offset, Knowsley notice is counted in working days, every `missing` id exists in the authority's YAML, urgent
mail uses none of the banned alarm words, written weekdays match their dates, and every mail parses with no defects.
"""

import base64, hashlib, html, json, os, quopri, re, struct, sys, zlib
import email, email.policy, email.utils
from email.header import Header
from datetime import datetime, date, timedelta, timezone
from zoneinfo import ZoneInfo
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
    """Local (Europe/London) wall-clock time. The window (Monday 3 September - Tuesday 18 December 2046) is British
    Summer Time (+0100) until BST ends at 01:00 UTC on Sunday 28 October 2046, then GMT (+0000). The self-check
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
            zi = zipfile.ZipInfo(name, date_time=(2046, 9, 1, 0, 0, 0))
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
    assert (dob is None) == (written is None), name
    return {"name": name, "dob": dob, "_w": written}

def add(fname, data, authority, mailbox, when, delay_min, category, kind, urgent, level, case_ids, children,
        concerns, consent, manager_agreed, missing, notice_ok, next_action, why, meeting=None, not_children=()):
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

def ics_request(f, when, start, end, summary, location, description, organizer, attendees):
    return ics("REQUEST", f, dt(when), start, end, summary, location, description, organizer,
               [(cn, em, "REQ-PARTICIPANT", "NEEDS-ACTION") for cn, em in attendees])

def ics_att(filename, cal):
    return Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST; name="%s"' % filename),
                 ("Content-Disposition", 'attachment; filename="%s"' % filename),
                 ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))

def android_mail(f, top, text):
    """A phone mail: a single text/plain part, base64, LF line ends."""
    return build(top, text_part(text, cte="base64", crlf=False), False)


# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KDOM = "knowsley.gov.uk"
KBS = "mash.businesssupport@knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2046-10-10 21:12:40"
    body = T("""
To whoever picks this up tonight,

I'm the rest centre manager at Kirkby Sports Centre. We opened at 16:30 for the residents of Cherryfield House after the fire on the 6th floor this afternoon.

We have a girl here on her own: Mia-Rose Kenny, DOB 19/02/2039, so she's 7. She came down the stairs with a neighbour from flat 62. Her mum, Shannon Kenny, was carried out by the crews and is in intensive care at Whiston - the ward sister told me at 20:40 that she is sedated and on a ventilator.

Nobody else is known. Mia-Rose says there's "just me and mummy". She doesn't know a nan's or dad's name or number; her mum's phone went with the flat. The neighbour has gone to his daughter's in Prescot and can't take her. The council housing team are placing families in hotels from 22:00 and the centre closes at 23:00 - I have nowhere to send a 7-year-old with no adult, and our volunteers cannot take her home.

She's had some toast and is sitting with one of our volunteers in the office with a blanket. She keeps asking when mummy is coming.

Please can someone from children's services ring me on 0151 496 0733 tonight - I've tried the number on the rest centre plan and it rings out.

Gail Rimmer
Rest Centre Manager (volunteer), Knowsley Council Resilience Team
Kirkby Sports Centre rest centre | 0151 496 0733
""")
    top = plain_top(f, addr("Gail Rimmer", "gail.rimmer@" + KDOM), addr("Knowsley MASH", KMASH),
                    "Girl aged 7 at Kirkby rest centre - mum in ITU, no other adult", when, KDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Mia-Rose Kenny", "2039-02-19", "19/02/2039")],
        [], None, None, [], None, "alert_duty",
        "A 7-YEAR-OLD AT A REST CENTRE WHOSE MOTHER IS IN INTENSIVE CARE AND NOBODY ELSE IS KNOWN: the centre closes at "
        "23:00 and there is no adult to take her tonight (DESIGN safety rule 1: a child facing harm tonight -> urgent -> "
        "alert_duty, out of hours at 21:12). Told plainly with no alarm words. A rest-centre manager's report asks for no "
        "step -> other. Concerns []: no contract id fits a child left with no carer by a parent's injury (neglect would "
        "blame the mother). 'Shannon Kenny' is the mother, not a child.",
        not_children=["Shannon Kenny", "Gail Rimmer"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2046-12-18 10:05:12"
    body = T("""
Hi MASH,

Please find attached the step up request for Tommy and Ellie-Mae Harte (EHM-62817), with the GCP2 and the minutes of the last TAF. The Teams invitation for the step-up TAF meeting is attached too - Thursday 27 December 2046 at 10:00. I know it's between Christmas and New Year, sorry; it was the first date school and the health visitor could both do.

Children:
Tommy Harte - DOB 03/06/2041
Ellie-Mae Harte - DOB 21/11/2043

Since the gas explosion next door in September the family have been in a one-bedroom temporary flat in Huyton. The GCP2 (scored 10 December) shows care slipping badly: the children are often hungry at nursery, Ellie-Mae's nappy rash has been raw for weeks, and there is rotting food and dog mess in the kitchen. Mum has not managed the plan agreed at the last two TAFs.

My team manager, Sean Whitty, agreed the step up on 14/12/2046 and is copied in. Mum is aware I'm sending this.

Thanks,
Roisin

Roisin Talbot
Family First Case Manager | Family First 0-18 (Huyton) | Knowsley Council
0151 496 0281
""")
    cal = ics_request(f, when, "20461227T100000", "20461227T110000", "Step-up TAF meeting - Harte (EHM-62817)",
                      "Microsoft Teams Meeting", "Step-up TAF meeting for Tommy and Ellie-Mae Harte. Chair: MASH social worker.",
                      ("Roisin Talbot", "roisin.talbot@" + KDOM),
                      [("Knowsley MASH", KMASH), ("MASH business support", KBS)])
    atts = [docx_att("Step Up Request Form - Harte.docx",
                     ["# Appendix 1 - Step Up Request Form", "Children: Tommy Harte, Ellie-Mae Harte", "EHM ID: EHM-62817",
                      "Reason for step up: neglect - see GCP2", "Manager agreement: Sean Whitty, 14/12/2046"]),
            pdf_att("GCP2 Harte.pdf", "Graded Care Profile 2 (GCP2) - Harte",
                    ["Completed 10/12/2046 by Roisin Talbot", "Nutrition: grade 4", "Housing, hygiene: grade 4",
                     "Overall: care consistently not meeting the children's needs"]),
            docx_att("TAF minutes 11.12.46 Harte.docx",
                     ["# TAF minutes - Harte - 11/12/2046", "Present: mum, nursery, health visitor, Roisin Talbot",
                      "Actions from the last two TAFs not completed. Agreed to request step up."]),
            ics_att("Step-up TAF meeting - Harte.ics", cal)]
    top = outlook_top(f, addr("Talbot, Roisin", "Roisin.Talbot@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Harte - EHM-62817", when, cc="%s, %s" % (addr("MASH business support", KBS),
                      addr("Whitty, Sean", "Sean.Whitty@" + KDOM)))
    add(f, mail(f, top, body, atts=atts, html_alt=True), "knowsley", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, ["EHM-62817"],
        [ch("Tommy Harte", "2041-06-03", "03/06/2041"), ch("Ellie-Mae Harte", "2043-11-21", "21/11/2043")],
        ["neglect"], None, True, [], True, "book_meeting",
        "Complete Knowsley step-up for neglect: Appendix 1 form (.docx), GCP2 (.pdf), TAF minutes (.docx), EHM id, TM "
        "agreement stated ('agreed the step up on 14/12/2046'), Teams invitation attached (.ics REQUEST). NOTICE ACROSS "
        "CHRISTMAS: from Tue 18 Dec to Thu 27 Dec 2046 the working days are 19, 20, 21, 24, 27 Dec = exactly 5 (25 and "
        "26 Dec are bank holidays; 7 plain weekdays) -> ok -> book_meeting. 'Mum is aware' is not consent -> null "
        "(Knowsley step-up does not require it). The gas explosion is context; the current worry is neglect.",
        meeting=date(2046, 12, 27), not_children=["Roisin Talbot", "Sean Whitty"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2046-12-17 14:30:05"
    blocks = [
        "Hello Family First duty,",
        "",
        "I'd like to step Kai and Lacey down to Level 2 with school as lead practitioner. The final CIN meeting is booked - details below.",
        "",
        ("table", [["", ""],
                   ["Children", "Kai Lunt (07/01/2036), Lacey Lunt (28/08/2040)"],
                   ["ICS", "ICS-2041177"],
                   ["Level", "Level 2"],
                   ["Lead practitioner", "Dawn Kiely, Family Support Worker, St Aidan's Catholic Primary School"],
                   ["Final CIN meeting", "Wednesday 2 January 2047, 13:30, Prescot Children's Centre"]]),
        "",
        ("h", "What are we worried about?"),
        "Dad has struggled with panic attacks since the family were evacuated during the chemical leak at the industrial park in September, and he still won't take the children out after dark. Kai's attendance has fallen to 81% this term.",
        "",
        ("h", "What's working well?"),
        "The family have been back home since 2 October. Dad has started with Talking Therapies and the GP. The children are warm, fed and close to both parents; Lacey is doing well in Year 2.",
        "",
        "I'll send the plan after the CIN.",
        "",
        "Many thanks,",
        "Tom Gerrard",
        "Social Worker | Child in Need Team (Prescot) | Knowsley Council | 0151 496 0374",
    ]
    top = outlook_top(f, addr("Gerrard, Tom", "Tom.Gerrard@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down L2 - Lunt - final CIN 2 Jan", when)
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 2, ["ICS-2041177"],
        [ch("Kai Lunt", "2036-01-07", "07/01/2036"), ch("Lacey Lunt", "2040-08-28", "28/08/2040")],
        ["parental_mental_health", "school_attendance"], None, None, ["worries_strengths_next"], True, "request_info",
        "Knowsley level 2 step-down in Word HTML with an MsoTableGrid table: lead practitioner (named, with agency) and the "
        "final CIN meeting (date, time, venue) are in the table. Only two of the three Signs of Safety headings are "
        "answered ('What needs to happen?' is absent; 'I'll send the plan after the CIN' is not it) -> "
        "worries_strengths_next missing -> request_info. Notice: Mon 17 Dec 2046 -> Wed 2 Jan 2047 = 9 working days "
        "across Christmas Day, Boxing Day and New Year's Day (12 plain weekdays) -> ok. Concerns: dad's panic attacks "
        "-> parental_mental_health; 81% attendance -> school_attendance; the evacuation is past. Consent not mentioned -> "
        "null (not required at level 2 by this route).",
        meeting=date(2047, 1, 2), not_children=["Dawn Kiely", "Tom Gerrard"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2046-09-13 09:30:00"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:11pt">
<h2 style="color:#005a8c">Resilience &amp; Emergency Planning Bulletin No. 7 - September 2046</h2>
<p><b>Children's services at a rest centre: your role</b></p>
<p>When the council opens a rest centre after a fire, flood, gas leak or other major incident, a duty social worker may be asked to attend. This bulletin sets out what to expect. The examples below are <b>illustrations only</b> and describe no real child or family.</p>
<ul>
<li>A child arrives with a neighbour and their only parent is in intensive care - the rest centre manager will contact the MASH duty team in hours and the Emergency Duty Team out of hours.</li>
<li>Children unaccounted for after a tower-block fire - Merseyside Fire &amp; Rescue hold the list; do not start your own.</li>
<li>A known violent ex-partner turns up at a rest centre - police first, then the duty team.</li>
</ul>
<p><b>Training dates:</b> Tuesday 2 October 2046 and Wednesday 7 November 2046, Huyton Municipal Buildings, 09:30-12:30. Book through the Learning Zone.</p>
<p>This bulletin is sent to all children's services team mailboxes. Please do not reply to this address.</p>
<p>Knowsley Council Resilience &amp; Emergency Planning Team</p>
</body></html>
""")
    top = plain_top(f, addr("Resilience and Emergency Planning", "resilience@" + KDOM), addr("Knowsley MASH", KMASH),
                    "Resilience & Emergency Planning Bulletin No. 7 - rest centres and children's services", when,
                    KDOM, None)
    add(f, html_only(f, top, h), "knowsley", "mash_step_up", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "AN EMERGENCY PLANNING BULLETIN THAT LISTS EXAMPLES ('a child ... whose only parent is in intensive care', "
        "'children unaccounted for', 'a known violent ex-partner'), stated to be 'illustrations only' about 'no real "
        "child or family' -> not urgent (DESIGN: bulletins that list examples must not trigger). HTML-only, no step -> "
        "other -> human_review. No child named, no concerns.")

def knowsley_05():
    f = "knowsley_05.eml"; when = "2046-11-23 19:02:31"
    body = T("""
Hi its PC 4471 Brennan roads policing. RTC on the East Lancs near the Kirkby turn at 17:50. Dad (driver) taken to Aintree with head + chest injuries, not able to talk. 2 kids found walking on the hard shoulder by a passing driver - Jack Byrne 9 and Ava Byrne 6, no injuries. They're in the back office at Kirkby police station with me. Mum lives in Dubai per Jack, no number. Dads phone is locked. No other family we can reach tonight. I go off at 22:00 and cant take them anywhere. Can someone ring me 07700 900 516

Sent from my iPhone
""")
    top = plain_top(f, addr("Brennan, Ciaran", "ciaran.brennan@merseyside.police.example.uk"),
                    addr("Knowsley MASH", KMASH), "2 kids from RTC East Lancs - dad in Aintree", when,
                    "merseyside.police.example.uk", "iPhone Mail (22B91)")
    add(f, iphone_mail(f, top, body), "knowsley", "mash_step_up", when, 4,
        "urgent", "other", True, None, [], [ch("Jack Byrne"), ch("Ava Byrne")],
        [], None, None, [], None, "alert_duty",
        "TWO CHILDREN FOUND WANDERING ON THE HARD SHOULDER AFTER A CRASH, THEIR DAD TAKEN TO HOSPITAL, NO FAMILY "
        "REACHABLE TONIGHT: a police officer's phone mail at 19:02 on a Friday (out of hours). Children of 9 and 6 with "
        "no carer tonight -> urgent -> alert_duty; no alarm words. No step -> other. Ages only, no DOBs. Concerns [] "
        "(no contract id fits).",
        not_children=())

def knowsley_06():
    f = "knowsley_06.eml"; when = "2046-12-05 11:40:18"
    body = T("""
Hi,

Attached is the Engaging Families toolkit for Jaxon Quirke (EHM-60954) that your acknowledgement said was missing. Mum still isn't engaging with the TAF - she didn't answer the door at either of my last two visits - so the toolkit sets out what we've tried.

Everything else went with the original request on Monday.

Thanks
Lisa

Lisa Formby | Family First Case Manager | Knowsley Council | 0151 496 0295
""")
    atts = [docx_att("Engaging Families toolkit - Quirke.docx",
                     ["# Engaging Families Toolkit", "Child: Jaxon Quirke", "EHM-60954",
                      "Attempts to engage: 6 visits, 4 no access, 3 TAFs missed"])]
    top = outlook_top(f, addr("Formby, Lisa", "Lisa.Formby@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: [SB-knowsley-2231] Step up request - Quirke - EHM-60954", when)
    add(f, mail(f, top, body, atts=atts, html_alt=True), "knowsley", "mash_step_up", when, 2,
        "ordinary", "follow_up", False, None, ["EHM-60954"], [ch("Jaxon Quirke")],
        ["non_engagement"], None, None, [], None, "attach_to_request",
        "A follow-up (reply with [SB-knowsley-2231]) adding the Engaging Families toolkit that the acknowledgement said "
        "was missing -> follow_up -> attach_to_request; missing [] and notice null for a follow_up. 'Mum still isn't "
        "engaging with the TAF' -> non_engagement.",
        not_children=["Lisa Formby"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2046-12-03 10:15:44"
    body = T("""
Good morning,

Step up request for the Copeland children, EHM-61502. Step Up Request Form, TAF minutes and the Engaging Families toolkit are attached, and I've sent the Teams invitation for the step-up TAF meeting on Wednesday 12 December 2046 at 10:00 to this inbox and MASH business support.

Riley Copeland - 12/04/2037
Sienna Copeland - 30/08/2040
Nico Copeland - 02/02/2044

Background, as you may see it on the system: the family's flat in Page Moss was one of those damaged in the fire on 14 October. At first three children were listed as unaccounted for, but all three were found with mum at the rest centre within the hour, none of them hurt, and the police closed the log that night. That is not why I'm writing.

The reason for the step up is that mum has stopped engaging: she has missed the last three TAF meetings, hasn't taken up the housing support or the nursery place for Nico, and doesn't answer the door to me or the school. We've followed the Engaging Families toolkit for 8 weeks with no change.

My manager, Maxine Doherty, has agreed the step up.

Regards,
Craig Sumner
Family First Case Manager | Knowsley Council | 0151 496 0302
""")
    cal = ics_request(f, when, "20461212T100000", "20461212T110000", "Step-up TAF meeting - Copeland (EHM-61502)",
                      "Microsoft Teams Meeting", "Step-up TAF meeting for the Copeland children.",
                      ("Craig Sumner", "craig.sumner@" + KDOM), [("Knowsley MASH", KMASH), ("MASH business support", KBS)])
    atts = [docx_att("Step Up Request Form - Copeland.docx",
                     ["# Appendix 1 - Step Up Request Form", "EHM-61502", "Reason: non-engagement"]),
            docx_att("TAF minutes 21.11.46 - Copeland.docx", ["# TAF minutes - Copeland", "Mum did not attend."]),
            docx_att("Engaging Families toolkit - Copeland.docx", ["# Engaging Families Toolkit - Copeland"]),
            ics_att("Step-up TAF - Copeland.ics", cal)]
    top = outlook_top(f, addr("Sumner, Craig", "Craig.Sumner@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Copeland - EHM-61502", when, cc=addr("MASH business support", KBS))
    add(f, mail(f, top, body, atts=atts), "knowsley", "mash_step_up", when, 7,
        "near_miss", "step_up", False, None, ["EHM-61502"],
        [ch("Riley Copeland", "2037-04-12", "12/04/2037"), ch("Sienna Copeland", "2040-08-30", "30/08/2040"),
         ch("Nico Copeland", "2044-02-02", "02/02/2044")],
        ["non_engagement"], None, True, [], True, "book_meeting",
        "NEAR MISS, A RESOLVED INCIDENT IN THE BACKGROUND: 'three children were listed as unaccounted for' after a fire, "
        "but 'all three were found with mum at the rest centre within the hour', log closed -> not urgent. The request "
        "itself is a complete non-engagement step-up (form, TAF minutes, Engaging Families toolkit, EHM id, manager "
        "agreed, Teams invite): Mon 3 Dec -> Wed 12 Dec = 7 WD -> ok -> book_meeting.",
        meeting=date(2046, 12, 12), not_children=["Maxine Doherty", "Craig Sumner"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2046-12-18 15:20:09"
    body = T("""
Hi Elinor,

Step down for Harley Finnegan (DOB 15/05/2038), ICS-2057730, to Family First at Level 3.

Joint home visit: Monday 24th December at 10am at the family's new address, 3 Lavender Close, Huyton, L36 9ZQ (they were rehoused there after the flat fire in October).

What are we worried about? Mum's drinking. She drank heavily after the fire; she says she is down to weekends and the alcohol service agrees it's improving.
What's working well? Harley is settled at school and his attendance is 96%. Grandad lives two streets away and has him most weekends.
What needs to happen? A Family First case manager to keep the TAF going with school and the alcohol service; a weekend safety plan with grandad.

Consent - I've talked to mum about Family First and she said she'd think about it over Christmas.

Thanks,
Nadia Oyelowo
Social Worker | Assessment Team | Knowsley Council
""")
    top = plain_top(f, addr("Oyelowo, Nadia", "Nadia.Oyelowo@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "Step down to Family First L3 - Finnegan - ICS-2057730", when, KDOM, "Microsoft Outlook 16.0",
                    cc=addr("Marsh, Elinor", "Elinor.Marsh@" + KDOM))
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["ICS-2057730"], [ch("Harley Finnegan", "2038-05-15", "15/05/2038")],
        ["substance_misuse"], None, None, ["consent"], False, "request_info",
        "Knowsley level 3 step-down: all three Signs of Safety questions answered; joint home visit with date, time and "
        "venue. CONSENT UNCLEAR: 'she said she'd think about it over Christmas' -> null -> consent missing. NOTICE: Tue "
        "18 Dec -> Mon 24 Dec 2046 = 4 working days (19, 20, 21, 24) < 5 -> not ok -> request_info. Mum's drinking -> "
        "substance_misuse; 96% attendance is not a concern; the fire is past.",
        meeting=date(2046, 12, 24), not_children=["Nadia Oyelowo"])


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2046-11-07 20:48:15"
    blocks = [
        "Hello,",
        "",
        "I'm the housing out-of-hours officer. Last night we placed Aylin Demir and her two children, Deniz Demir (8) and Elif Demir (4), at the Putney Bridge Lodge Hotel, room 214, after the fire at Ashburton Court.",
        "",
        "Ms Demir has a non-molestation order against her ex-partner, Craig Pullen; it is on our file from her homelessness application in 2045. At 19:30 tonight he was in the hotel car park. At 20:05 he texted her: {{\"Room 214. Nice view. Won't be long.\"}} She has sent me a photo of the message.",
        "",
        "She is in the room with both children and the door on the chain. The hotel has one night porter. I have no other room I can move them to before tomorrow and she has no car. She has called the police; they have logged it but no one has attended yet.",
        "",
        "She has an allocated Early Help worker (Becky Marr) but her phone is off. Please can the duty team call Ms Demir on 07700 900 772 or me on 020 7946 0588.",
        "",
        "Joel Adeyemi",
        "Housing Options - Out of Hours | Wandsworth",
    ]
    top = outlook_top(f, addr("Adeyemi, Joel", "Joel.Adeyemi@" + RDOM), addr("MASH Step Up", RSU),
                      "Demir family - Putney Bridge Lodge - ex-partner at the hotel tonight", when)
    add(f, word_mail(f, top, blocks), "richmond_wandsworth", "mash_step_up", when, 4,
        "urgent", "other", True, None, [], [ch("Deniz Demir"), ch("Elif Demir")],
        ["domestic_abuse"], None, None, [], None, "alert_duty",
        "A FAMILY REHOUSED OVERNIGHT AFTER A FIRE WHOSE KNOWN VIOLENT EX (non-molestation order) HAS FOUND THE HOTEL: in "
        "the car park at 19:30, 'Room 214 ... Won't be long' at 20:05, the police not yet attended -> harm tonight -> "
        "urgent -> alert_duty (out of hours). No alarm words. A housing officer's report, no step -> other. Children "
        "named with ages only.",
        not_children=["Aylin Demir", "Craig Pullen", "Becky Marr", "Joel Adeyemi"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2046-11-22 12:10:33"
    blocks = [
        "Dear colleagues,",
        "",
        "For information, the extract below is from the South West London Local Resilience Forum borough group minutes of 20 November 2046. No action is needed from the MASH; it is shared so that duty staff know how the reunification point worked.",
        "",
        ("h", "Item 4 - Battersea Park fireworks, Saturday 3 November 2046: debrief"),
        ("table", [["Point", "Summary", "Action"],
                   ["4.1", "A crowd surge at the Albert Bridge Road gate at 20:10. Six children were separated from their parents.", "None - closed"],
                   ["4.2", "All six children were reunited with their parents at the reunification point within 40 minutes. No child was injured; none needed children's services.", "None - closed"],
                   ["4.3", "Stewarding at the gate to be reviewed before the 2047 event.", "Events team, March 2047"]]),
        "",
        "Kind regards,",
        "Harriet Lowe",
        "Emergency Planning Officer | Richmond and Wandsworth Councils",
    ]
    top = outlook_top(f, addr("Lowe, Harriet", "Harriet.Lowe@" + RDOM), addr("MASH Step Up", RSU),
                      "FYI - LRF minute extract - Battersea Park fireworks debrief", when)
    add(f, word_mail(f, top, blocks), "richmond_wandsworth", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "A RESILIENCE FORUM MINUTE about a crowd surge where six children were separated; 'All six children were reunited "
        "... within 40 minutes. No child was injured' -> resolved, not urgent. 'For information', 'No action is needed' "
        "-> other -> human_review. No child named.")

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2046-11-05 11:00:27"
    body = T("""
Hi Jasper,

Confirming what we agreed on the phone this morning: step-down case discussion for the Okafor children on Thursday 8 November at 2pm on Teams. My team manager, Dele Banjo, will join.

Chidera Okafor, DOB 11/09/2035
Tobi Okafor, DOB 25/01/2039
Mosaic ID 3318204

The family lost their home in the gas explosion on Lavender Hill in March and have been settled in their new flat since July. Mum's anxiety is still the main worry - she has panic attacks most weeks - but she is working with her GP and the talking therapies service, and the rest of the s17 plan has been met.

Mum (Grace Okafor) has consented to Early Help continuing the plan, and she'd like Becky Marr at the Family Hub to be the lead professional. The latest case summary and the draft Early Help plan are attached.

Thanks,
Ifeoma Chukwu
Social Worker | Family Support and Child Protection (Wandsworth)
020 7946 0472
""")
    atts = [pdf_att("Case summary - Okafor.pdf", "Case summary - Okafor children (Mosaic 3318204)",
                    ["Chidera Okafor, Tobi Okafor", "Reason for involvement: family homeless after gas explosion, March 2046",
                     "Current: housed, children settled at school; mum's anxiety continues."]),
            docx_att("Draft EH plan - Okafor.docx", ["# Draft Early Help plan - Okafor",
                                                     "Lead professional: Becky Marr, Family Hub",
                                                     "Outcomes: school routines; mum's wellbeing; benefits advice"])]
    top = outlook_top(f, addr("Chukwu, Ifeoma", "Ifeoma.Chukwu@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Okafor - case discussion Thu 8 Nov 2pm", when,
                      cc="%s, %s" % (addr("Quint, Jasper", "jasper.quint@" + RDOM), addr("Banjo, Dele", "Dele.Banjo@" + RDOM)))
    add(f, mail(f, top, body, atts=atts, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["3318204"],
        [ch("Chidera Okafor", "2035-09-11", "11/09/2035"), ch("Tobi Okafor", "2039-01-25", "25/01/2039")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-down: case summary (.pdf), draft plan (.docx), consent 'has consented to "
        "Early Help continuing the plan' -> true; case discussion agreed for Thu 8 Nov (3 days after Mon 5 Nov, within "
        "the 5 days). 'Mosaic ID 3318204' -> '3318204'. The gas explosion is past; mum's anxiety ('still the main "
        "worry', panic attacks most weeks) -> parental_mental_health. The TM joining is not a stated agreement -> manager null (not required).",
        not_children=["Grace Okafor", "Becky Marr", "Ifeoma Chukwu", "Dele Banjo"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2046-09-19 16:05:50"
    body = T("""
Dear MASH,

I'm the Early Help Team Manager for Roehampton. Following our reflective discussion today, I'm requesting a step up for Maisie Corr (DOB 02/03/2033), Mosaic 3290415.

Case summary
Maisie lives with her mum, Dawn Corr. They were both at the Wandle Fields festival in August when the crowd crush happened; neither was hurt but mum has been drinking heavily since, often from the afternoon. Maisie has missed 14 days of the first term and was found by a neighbour at 11pm last week locked out of the flat (mum was asleep inside). The Early Help plan since June has not changed things.

As team manager I agree this needs to step up to Children's Services. I'll send the rationale separately once I've written it up with the worker, Sam Greaves. Mum doesn't know yet - we plan to tell her together.

Priti Shah
Early Help Team Manager (Roehampton) | Richmond and Wandsworth Councils
020 7946 0613
""")
    top = outlook_top(f, addr("Shah, Priti", "Priti.Shah@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up request - Maisie Corr - Mosaic 3290415", when)
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 8,
        "ordinary", "step_up", False, None, ["3290415"], [ch("Maisie Corr", "2033-03-02", "02/03/2033")],
        ["school_attendance", "substance_misuse"], None, True, ["rationale"], None, "request_info",
        "Richmond & Wandsworth step-up from the EH team manager: case summary under its heading in the body; 'I'll send "
        "the rationale separately' -> rationale missing -> request_info. 'As team manager I agree this needs to step up' "
        "-> manager true; 'Mum doesn't know yet' -> consent null. Mum's drinking -> substance_misuse; 14 days missed -> "
        "school_attendance. The lock-out was last week and the crush in August; nothing tonight -> not urgent.",
        not_children=["Dawn Corr", "Sam Greaves", "Priti Shah"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2046-10-12 23:14:02"
    body = T("""
hello please help me, i find this email in the council website

my daughter Larissa Costa 13 years, we was at the concert in Battersea Power Station tonight. at the end the people push very strong at the exit and i lose her hand at 21:30. her phone is dead since 8 oclock. her friend Bia say she see Larissa go in a black car with two men, older men, Bia dont know them. Larissa dont know any men with car.

i call police at 22:00 they say they send somebody but nobody come. i am at the exit still waiting. i dont know what to do. my english is not so good sorry

my number 07700 900 849
Fernanda Costa

Enviado do meu Galaxy
""")
    top = plain_top(f, addr("Fernanda Costa", "fernanda.costa77@gmail.example.com"), RSU,
                    "my daughter lost", when, "mail.gmail.example.com", None)
    add(f, android_mail(f, top, body), "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Larissa Costa")],
        ["exploitation", "missing"], None, None, [], None, "alert_duty",
        "A 13-YEAR-OLD SEPARATED AT A CONCERT CRUSH, PHONE DEAD, SEEN GETTING INTO A CAR WITH TWO UNKNOWN OLDER MEN: her "
        "mother writes in broken English from her phone at 23:14 (Portuguese sign-off) -> urgent -> alert_duty (out of "
        "hours). No alarm words. A parent's plea, no step -> other. Concerns: missing tonight; getting into a car with "
        "unknown older men -> exploitation (borderline: sexual_harm could be argued, or missing alone).",
        not_children=["Fernanda Costa"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2046-10-16 09:20:41"
    desc = ("Exercise NIGHT HERON - tabletop exercise for rest centre and children's services staff. THIS IS AN EXERCISE. "
            "All names and events are fictional.\n\nInject 4 (20:00): a toddler, 'Child T', has been missing from the "
            "evacuation since 8pm. Inject 6 (21:15): a mother at the rest centre says her violent ex has found the "
            "hotel. Inject 9: a 7-year-old whose mother is in intensive care and nobody else is known.\n\nPlease come "
            "ready to say what your team would do at each inject.")
    cal = ics_request(f, when, "20461106T093000", "20461106T123000", "Exercise NIGHT HERON (tabletop)",
                      "Civic Centre, Committee Room 2, Twickenham", desc,
                      ("Harriet Lowe", "Harriet.Lowe@" + RDOM),
                      [("MASH Step Up", RSU), ("Early Help Duty", RED)])
    body = T("""
Hello all,

You're invited to Exercise NIGHT HERON on Tuesday 6 November 2046, 09:30-12:30. It is a tabletop exercise: the scenario and injects are in the invitation and are entirely fictional - there is no real child or family in any of them.

Please accept or decline the invitation so I can plan the tables.

Harriet Lowe
Emergency Planning Officer | Richmond and Wandsworth Councils
""")
    top = outlook_top(f, addr("Lowe, Harriet", "Harriet.Lowe@" + RDOM), "%s, %s" % (addr("MASH Step Up", RSU), addr("Early Help Duty", RED)),
                      "Exercise NIGHT HERON - tabletop, Tue 6 Nov", when)
    add(f, mail(f, top, body, atts=[ics_att("Exercise NIGHT HERON.ics", cal)]), "richmond_wandsworth", "mash_step_up",
        when, 1, "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "A HYPOTHETICAL EXERCISE: the attached invitation's injects ('a toddler ... missing from the evacuation since "
        "8pm', 'her violent ex has found the hotel', 'a 7-year-old whose mother is in intensive care') are 'entirely "
        "fictional' -> not urgent. An exercise invitation (METHOD:REQUEST, not a reply) -> other -> human_review. 'Child "
        "T' is not a named child.")

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2046-09-26 10:32:19"
    top_mail = itip_reply(f, when, "Sam Greaves", "Sam.Greaves@" + RDOM,
                          ("MASH business support", "mash.businesssupport@" + RDOM), "ACCEPTED",
                          "Step-up case discussion - Corr family (Mosaic 3290415)", "20460928T100000", "20460928T110000",
                          "Microsoft Teams Meeting")
    add(f, top_mail, "richmond_wandsworth", "mash_step_up", when, 3,
        "ordinary", "meeting_reply", False, None, ["3290415"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY ACCEPTED from the Early Help worker for the step-up case discussion (Fri 28 Sep 10:00); the "
        "SUMMARY carries 'Mosaic 3290415' -> case id '3290415'; 'Corr family' names no child -> children [].")
    FILES[f] = FILES[f].replace(b"\r\nSubject: Accepted:", b"\r\nCc: MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk>\r\nSubject: Accepted:", 1)

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2046-12-10 08:05:03"
    body = T("""
Thank you for your email. I am on leave until Wednesday 2 January 2047 with no access to email.

For step-down case discussions please contact Imogen Varley (imogen.varley@richmondandwandsworth.gov.uk). If you think a child is in danger, call 999 or the out-of-hours team on 020 7946 0999.

Jasper Quint
Early Help Manager
""")
    add(f, ooo(f, when, "Quint, Jasper", "jasper.quint@" + RDOM, addr("Early Help Duty", RED),
               "Step down - Okafor - case discussion Thu 8 Nov 2pm", body),
        "richmond_wandsworth", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Out-of-office (Auto-Submitted: auto-replied) -> auto_reply -> ignore (DESIGN safety rule 2). Its boilerplate "
        "'If you think a child is in danger, call 999' is about nobody -> not urgent.",
        not_children=["Jasper Quint", "Imogen Varley"])


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2046-10-04 18:25:36"
    body = T("""
Dear MAST,

I am the hospital social worker covering paediatrics this evening at East London General.

Ayaan Akhtar (DOB 14/07/2037) and Inaya Akhtar (DOB 03/03/2042) were brought in this morning after the gas explosion at Malmesbury Road, Bow. Both have minor burns to the hands, dressed, and are medically fit for discharge. Their mother, Nasreen Akhtar, is on ITU, intubated, after surgery this afternoon.

Their father lives in Bangladesh. Mum's phone lists no family in the UK and the children cannot name anyone. The neighbour who came in with them left at 4pm and says she cannot have them. The flat is sealed off by the fire service.

The ward is full and the site manager wants the beds by 10pm. Without someone from children's social care, the children will be sitting in the parents' room with a nurse who finishes at 9.30. Inaya keeps asking for her mum; Ayaan asked me whether his mum is going to die.

Please call me on the ward: 020 7946 0833 (bleep 4410).

Rukhsana Bibi
Hospital Social Worker (Paediatrics), East London General Hospital
""")
    top = outlook_top(f, addr("Bibi, Rukhsana", "rukhsana.bibi@elgh.nhs.example.uk"), addr("MAST", TMAST),
                      "Two children on the ward, mother in ITU after Bow gas explosion - nobody to discharge to", when,
                      mid_domain="elgh.nhs.example.uk")
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 5,
        "urgent", "other", True, None, [],
        [ch("Ayaan Akhtar", "2037-07-14", "14/07/2037"), ch("Inaya Akhtar", "2042-03-03", "03/03/2042")],
        [], None, None, [], None, "alert_duty",
        "A PARENT HOSPITALISED LEAVING CHILDREN WITH NOBODY: mother intubated on ITU after a gas explosion, no family in "
        "the UK, the children to leave the ward tonight with no carer -> urgent -> alert_duty (18:25, after hours). Told "
        "clinically, no alarm words. Hospital social worker's report, no step -> other. Concerns [].",
        not_children=["Nasreen Akhtar", "Rukhsana Bibi"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2046-11-27 21:41:07"
    body = T("""
Rest centre Langdon Park Sports Centre. Zayn Hussain age 2 missing from the centre since 8pm. Came in with mum Sabina from the Poplar chemical leak evacuation. Mum fell asleep on the mat, woke at 8.10 and he was gone. Fire doors to the canal side were open. Police here searching with us, nothing yet. Mum has no one else. Please call me 07700 900 361 - Kamal
""")
    top = plain_top(f, addr("Kamal Uddin", "kamal.uddin@" + TDOM), addr("MAST", TMAST),
                    "Zayn Hussain 2yrs missing from rest centre", when, TDOM, None)
    add(f, android_mail(f, top, body), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Zayn Hussain")], ["missing"], None, None, [], None, "alert_duty",
        "A TODDLER MISSING FROM THE EVACUATION SINCE 8PM: a rest centre lead's phone one-liner at 21:41 (single base64 "
        "text/plain part, LF); fire doors to the canal open, police searching -> urgent -> alert_duty. No alarm words. "
        "No step -> other. Concern missing. 'Sabina' (mum) is an adult, first name only.",
        not_children=())

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2046-09-21 13:00:14"
    blocks = [
        "Dear MAST,",
        "",
        "As the local authority asked all schools to share lockdown drill reports this term, please find ours below.",
        "",
        ("h", "Marner Fields Primary School - lockdown drill report"),
        ("table", [["Item", "Detail"],
                   ["Date and time", "Thursday 20 September 2046, 10:15 (planned drill; parents told in advance)"],
                   ["Scenario", "Intruder on site (practice only - there was no real incident)"],
                   ["Time to full lockdown", "4 minutes"],
                   ["All pupils accounted for", "Yes - 412 of 412, including the nursery"],
                   ["Issues", "Year 3 blind did not close; caretaker to fix by 28/09"]]),
        "",
        "No child was hurt or distressed and no follow-up is needed from children's services.",
        "",
        "Regards,",
        "Amira Haque",
        "Business Manager | Marner Fields Primary School",
    ]
    top = outlook_top(f, addr("Haque, Amira", "a.haque@marnerfields.example.sch.uk"), addr("MAST", TMAST),
                      "Lockdown drill report - Marner Fields Primary - 20/09/2046", when,
                      mid_domain="marnerfields.example.sch.uk")
    add(f, word_mail(f, top, blocks), "tower_hamlets", "mash_step_up", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "A SCHOOL LOCKDOWN DRILL REPORT (Word table): 'Intruder on site (practice only - there was no real incident)', "
        "all pupils accounted for -> not urgent. No request -> other -> human_review.")

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2046-10-15 09:48:55"
    body = T("""
Good morning Early Help Hub,

Step down to Early Help for the Begum children, Mosaic 3301876, following the Child and Family Assessment that concluded on 10 October 2046.

Ruqayyah Begum - 09/09/2040
Idris Begum - 17/06/2043

The family were moved to a temporary flat in Limehouse after the fire at Mellish House in July. The assessment found that the children's needs can be met with Early Help: mum's low mood after the fire has lifted and there are no current concerns about her mental health; she is managing the move well.

Mum has given consent for the step-down. The identified Lead Practitioner is Shirin Uddin, Family Support Worker, Cubitt Lane Children's Centre, who knows the family from the nursery. I will arrange and chair the TAF meeting.

Attached: the C&F Assessment and the TAF plan.

Kind regards,
Hannah Pike
Social Worker | Children's Social Work (Stepney) | London Borough of Tower Hamlets
""")
    atts = [pdf_att("C&F Assessment - Begum.pdf", "Child and Family Assessment - Begum (Mosaic 3301876)",
                    ["Concluded: 10/10/2046", "Outcome: step down to Early Help, TAF with Lead Practitioner"]),
            docx_att("TAF plan - Begum.docx", ["# TAF plan - Begum", "Lead Practitioner: Shirin Uddin"])]
    top = outlook_top(f, addr("Pike, Hannah", "Hannah.Pike@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Begum - Mosaic 3301876", when)
    add(f, mail(f, top, body, atts=atts, html_alt=True), "tower_hamlets", "early_help_duty", when, 6,
        "ordinary", "step_down", False, None, ["3301876"],
        [ch("Ruqayyah Begum", "2040-09-09", "09/09/2040"), ch("Idris Begum", "2043-06-17", "17/06/2043")],
        [], True, None, [], None, "book_meeting",
        "Complete Tower Hamlets step-down: C&F Assessment (.pdf), TAF plan (.docx), 'Mum has given consent' -> true, "
        "Lead Practitioner named with agency, assessment concluded 10 Oct -> book_meeting. The July fire is past; 'no "
        "current concerns about her mental health' -> concerns [].",
        not_children=["Shirin Uddin", "Hannah Pike"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2046-11-29 15:12:22"
    body = T("""
Hi MAST,

Please find attached the Multi-Agency Request for Support for Imran Mahmood (DOB 12/12/2034).

Since the crowd crush at the Victoria Park Halloween event, Imran has been missing overnight three times. Each time he was found in Hackney with older boys we believe are using him to carry drugs. He is at home now and mum is working closely with us.

I've done the form with our Early Help worker. My manager is on leave until Monday - I'll ask her to sign it off then.

Thanks,
Fahim Chowdhury
Targeted Youth Support | London Borough of Tower Hamlets
""")
    atts = [docx_att("MARF - Imran Mahmood.docx", ["# Multi-Agency Request for Support",
                                                  "Child: Imran Mahmood, 12/12/2034", "Reason: missing episodes, CCE concerns"])]
    top = outlook_top(f, addr("Chowdhury, Fahim", "Fahim.Chowdhury@" + TDOM), addr("MAST", TMAST),
                      "Request for support - Imran Mahmood", when)
    add(f, mail(f, top, body, atts=atts, html_alt=True), "tower_hamlets", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, [], [ch("Imran Mahmood", "2034-12-12", "12/12/2034")],
        ["exploitation", "missing"], None, None, ["manager_agreed"], None, "request_info",
        "Tower Hamlets step-up via MAST with the Request for Support form attached; MANAGER PENDING: 'My manager is on "
        "leave until Monday - I'll ask her to sign it off then' -> null -> manager_agreed missing -> request_info. "
        "Missing episodes and drug running -> exploitation, missing. He is at home now -> not urgent. No case id.",
        not_children=["Fahim Chowdhury"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2046-10-09 10:20:48"
    body = T("""
Hi Nadim,

An update on the Miah family (Mosaic 3287710) ahead of the TAF on the 16th, in case you've seen the news about the fire at Brenton House on Saturday night.

The family were evacuated with the rest of the block. For about two hours two of the four children were not on the fire service's list, but all four were accounted for by 02:15 - they had gone down the back stairs with a neighbour. Nobody was hurt. They are all with mum at her sister's in Bow, and housing have a temporary flat for them from Friday. The LFB liaison officer confirmed the above to me yesterday.

Nothing changes for the step-down; the TAF on the 16th goes ahead.

Thanks,
Hannah

Hannah Pike
Social Worker | Children's Social Work (Stepney)
""") + quote("Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>", "Monday, October 1, 2046 2:03 PM",
            "Pike, Hannah <Hannah.Pike@towerhamlets.gov.uk>", "[SB-tower_hamlets-0417] Step down - Miah",
            "Thank you. Your step-down request for the Miah family has been received (reference SB-tower_hamlets-0417).\n")
    top = outlook_top(f, addr("Pike, Hannah", "Hannah.Pike@" + TDOM), addr("Early Help Hub", TEH),
                      "RE: [SB-tower_hamlets-0417] Step down - Miah", when,
                      cc=addr("Rahman, Nadim", "nadim.rahman@" + TDOM))
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "early_help_duty", when, 3,
        "near_miss", "follow_up", False, None, ["3287710"], [], [], None, None, [], None, "attach_to_request",
        "AN INCIDENT ALREADY RESOLVED WITH ALL CHILDREN REUNITED: 'two of the four children were not on the fire "
        "service's list, but all four were accounted for by 02:15 ... Nobody was hurt' -> not urgent. A reply to the "
        "stepbot acknowledgement ([SB-tower_hamlets-0417]) -> follow_up -> attach_to_request. Children not named.",
        not_children=["Hannah Pike"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2046-11-14 12:30:10"
    body = T("""
Dear Early Help Hub,

Please see attached the C&F Assessment (concluded 9 November 2046) and the TAF plan for Amir Rahimi (DOB 16/02/2039), Mosaic 3325518.

The family were displaced for three weeks during the Cubitt Town chemical leak and are now home. Dad's drinking increased while they were in the hotel and that is the main worry; he has started with the alcohol service.

The identified Lead Practitioner would be Tasnim Ali, Learning Mentor, Harford Street Primary School.

However, I need to be clear that dad has declined Early Help. He said at the final CIN review that he does not want any more services involved. I'm sending this so that you have the plan while I go back to him next week.

Regards,
Osman Farah
Social Worker | Children's Social Work (Isle of Dogs)
""")
    atts = [pdf_att("C&F Assessment - Rahimi.pdf", "Child and Family Assessment - Amir Rahimi",
                    ["Concluded 09/11/2046", "Recommendation: step down to Early Help"]),
            docx_att("TAF plan - Rahimi.docx", ["# TAF plan - Amir Rahimi", "Lead Practitioner: Tasnim Ali"])]
    top = outlook_top(f, addr("Farah, Osman", "Osman.Farah@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Amir Rahimi - Mosaic 3325518", when)
    add(f, mail(f, top, body, atts=atts), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["3325518"], [ch("Amir Rahimi", "2039-02-16", "16/02/2039")],
        ["substance_misuse"], False, None, ["consent"], None, "request_info",
        "Tower Hamlets step-down with assessment, plan and Lead Practitioner, but CONSENT REFUSED: 'dad has declined Early "
        "Help' -> false -> consent missing -> request_info. Dad's drinking -> substance_misuse; the leak is past.",
        not_children=["Tasnim Ali", "Osman Farah"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2046-12-05 14:22:49"
    teacher = T("""
Hi Sonia,

Writing this down as you asked. After we came out of lockdown at 13:30, Kacper Nowak (Year 5, my class) was crying at his table. He said to me: "That man was my dad. Mum says he isn't allowed near us. He shouted through the fence that he's waiting for me and Zofia at home time." Zofia Nowak is his sister in Year 2.

I've tried mum's mobile three times - no answer. Home time is 15:15 and they usually walk home on their own.

Ella
""")
    body = T("""
MAST,

Forwarding my Year 5 teacher's note below. The lockdown this lunchtime was because a man was at the fence shouting; he walked off before the police arrived and they have not found him. We now know from Kacper it was his dad. We have a copy of mum's non-molestation order on CPOMS (from 2045). Both children are in school until 15:15.

Kacper Nowak - DOB 04/05/2036
Zofia Nowak - DOB 22/10/2039

Sonia Okoro
Designated Safeguarding Lead | Marner Fields Primary School | 020 7946 0215
""") + quote("Wright, Ella <e.wright@marnerfields.example.sch.uk>", "05 December 2046 14:05",
            "Okoro, Sonia <s.okoro@marnerfields.example.sch.uk>", "Kacper - after lockdown", teacher)
    top = outlook_top(f, addr("Okoro, Sonia", "s.okoro@marnerfields.example.sch.uk"), addr("MAST", TMAST),
                      "FW: Kacper - after lockdown", when, mid_domain="marnerfields.example.sch.uk")
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Kacper Nowak", "2036-05-04", "04/05/2036"), ch("Zofia Nowak", "2039-10-22", "22/10/2039")],
        ["domestic_abuse"], None, None, [], None, "alert_duty",
        "AFTER A SCHOOL LOCKDOWN: the man at the fence was the children's father, barred by a non-molestation order, "
        "still at large and 'waiting for me and Zofia at home time' (15:15, the children walk home alone, mum not "
        "answering); sent 14:22 -> urgent -> alert_duty. The child's words are in the forwarded part. No alarm words. "
        "DSL forwarding, no step -> other. Concern domestic_abuse.",
        not_children=["Sonia Okoro"])


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2046-09-17 16:40:11"
    body = T("""
Hello MASH,

I'm the Early Help lead professional for the Pascoe family in Paignton. On Saturday night dad, Liam Pascoe, was killed in a crash on the Ring Road. Mum, Kerry Pascoe, was in the car too and is in intensive care in Plymouth; I'm told she won't be able to look after anyone for weeks.

Since Saturday Finn Pascoe (8) and Lola Pascoe (5) have been staying with the next-door neighbour, Mrs Hocking. She rang me at 4pm: she works nights at the care home, she has to leave at 7pm tonight, and she says she cannot have them tonight or any night after. There is no other family - both sets of grandparents are dead and mum's sister is in Australia.

The children have not been told properly about their dad. Finn keeps asking when they're going to the hospital.

I'll stay with them at Mrs Hocking's until someone rings me: 07700 900 604.

Becca Lang
Family Practitioner | Torbay Early Help (Paignton)
""")
    top = outlook_top(f, addr("Lang, Becca", "Becca.Lang@" + BDOM), addr("MASH", BMASH),
                      "Pascoe children - dad killed, mum in Plymouth - nowhere to sleep tonight", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 6,
        "urgent", "other", True, None, [], [ch("Finn Pascoe"), ch("Lola Pascoe")],
        [], None, None, [], None, "alert_duty",
        "A PARENT KILLED AND THE OTHER IN INTENSIVE CARE, LEAVING CHILDREN WITH NOBODY: the neighbour cannot keep the "
        "8- and 5-year-old after 7pm tonight, no other family -> urgent -> alert_duty (16:40, office hours). No alarm "
        "words. The lead professional asks for help tonight, not a step -> other. Concerns [].",
        not_children=["Liam Pascoe", "Kerry Pascoe", "Becca Lang"])

def torbay_02():
    f = "torbay_02.eml"; when = "2046-10-11 11:10:37"
    body = T("""
Hi Early Help,

Please could I have a triage slot for Poppy and Alfie Widger (LCS-512804).

Poppy Widger, DOB 4 April 2043
Alfie Widger, DOB 19 January 2039

The family were flooded out of their flat in Brixham in the August storm and lived in a B&B for six weeks. They moved into their new house on 20 September. The Single Assessment (attached) found no further need for social work: mum's mood has lifted since the move and both children are back in nursery and school.

Mum has consented to level 3 Early Help. My team manager, Jo Brannigan, has recorded her analysis confirming the threshold for level 3 is met - it's at the end of the assessment.

Poppy is 3, so I think this goes to the under-5s triage.

Thanks,
Leanne Honey
Social Worker | Single Assessment Team | Torbay Council
""")
    atts = [docx_att("Single Assessment - Widger.docx", ["# Single Assessment - Widger", "LCS-512804",
                     "Analysis and rationale for step down: needs can be met at level 3.",
                     "Team Manager's analysis (Jo Brannigan): threshold for level 3 intervention is met."])]
    top = outlook_top(f, addr("Honey, Leanne", "Leanne.Honey@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - Widger - LCS-512804", when)
    add(f, mail(f, top, body, atts=atts, html_alt=True), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["LCS-512804"],
        [ch("Poppy Widger", "2043-04-04", "4 April 2043"), ch("Alfie Widger", "2039-01-19", "19 January 2039")],
        [], True, True, [], None, "book_meeting",
        "Complete Torbay step-down asking for a triage slot: Single Assessment (.docx), 'Mum has consented to level 3 "
        "Early Help' -> consent true, level 3; TM's analysis 'confirming the threshold for level 3 is met' -> manager "
        "true. Poppy is 3 -> under-5s triage. The flood and B&B are past; concerns [] (mood has lifted).",
        not_children=["Jo Brannigan", "Leanne Honey"])

def torbay_03():
    f = "torbay_03.eml"; when = "2046-11-06 15:55:02"
    body = T("""
Dear MASH,

I'm the lead professional (Family Support Worker at Oldway Primary) for Kayden Rowe, DOB 22/08/2036, LCS-498173.

Since the family were rehoused after the gas explosion in Torquay in the spring, mum's new partner has moved in with them. Kayden has told me about shouting and doors being slammed most nights, and twice that the partner pushed mum against the wall. The partner is now staying at his own mother's after the police were called on Sunday, and mum says he won't be back this week.

Mum consents to the contact to MASH. I've sent it to my line manager to agree but she hasn't come back to me yet.

Kind regards,
Jade Coombes
Family Support Worker | Oldway Primary School
""")
    top = outlook_top(f, addr("Coombes, Jade", "j.coombes@oldway.example.sch.uk"), addr("MASH", BMASH),
                      "Contact to MASH - Kayden Rowe - LCS-498173", when, mid_domain="oldway.example.sch.uk")
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["LCS-498173"], [ch("Kayden Rowe", "2036-08-22", "22/08/2036")],
        ["domestic_abuse"], True, None, ["manager_agreed"], None, "request_info",
        "Torbay step-up (lead professional's contact to MASH): 'Mum consents to the contact to MASH' -> true; MANAGER "
        "PENDING: 'I've sent it to my line manager to agree but she hasn't come back to me yet' -> null -> "
        "manager_agreed missing -> request_info. Domestic abuse in the home; the partner is away this week -> not "
        "urgent. The spring explosion is past.",
        not_children=["Jade Coombes"])

def torbay_04():
    f = "torbay_04.eml"; when = "2046-10-24 19:30:52"
    body = T("""
Hello,

I hope this is the right place. Our house in Preston burned down in August (electrical fault). Thank God the boys and I got out and nobody was hurt, and we're settled in a rental now.

The insurance loss adjuster has sent a form asking whether "any agency, including social services, has been involved with the household as a result of the incident". Nobody from social services was involved as far as I know, but a lady from the council's Early Help team did phone once to offer help with school uniform. Do I need to mention that, and can someone give me a letter saying there was no involvement? The claim is held up until I send the form back.

Many thanks,
Claire Tozer
""")
    top = plain_top(f, addr("Claire Tozer", "claire.tozer@btinternet.example.com"), addr("Early Help", BEH),
                    "Insurance form - house fire in August", when, "btinternet.example.com", None)
    add(f, mail(f, top, body), "torbay", "early_help_duty", when, 7,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "A FAMILY'S INSURANCE QUERY about a house fire in August: 'nobody was hurt', settled in a rental; asks for a "
        "letter -> other -> human_review, not urgent. The boys are not named.",
        not_children=["Claire Tozer"])

def torbay_05():
    f = "torbay_05.eml"; when = "2046-11-30 12:00:00"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana,sans-serif;font-size:10pt">
<table width="600" align="center" cellpadding="8" style="border:1px solid #ccc">
<tr><td style="background:#0b6b5e;color:#fff"><h1 style="margin:0">Torbay Early Help News</h1><p style="margin:0">Winter 2046</p></td></tr>
<tr><td>
<h3>Winter emergencies: what families and practitioners can do</h3>
<p>Every winter Torbay's rest centres open for floods, fires and power cuts. Our new leaflet covers situations such as a child left with nobody after a parent is taken to hospital, children separated from parents in a crowd, or a family evacuated at night. It explains who to phone and what the rest centre will do. The situations in the leaflet are general examples, not real cases.</p>
<h3>Triage dates over Christmas</h3>
<p>The last Tuesday triage of 2046 is on 18 December; the first in 2047 is on Tuesday 8 January.</p>
<h3>Training</h3>
<p>Rest centre awareness for Early Help staff: Thursday 6 December, Paignton Library, 10:00-12:00.</p>
<p style="font-size:8pt;color:#666">You receive this newsletter because you are on the Torbay Early Help partners list. <a href="https://example.org/unsubscribe">Unsubscribe</a>.</p>
</td></tr></table>
</body></html>
""")
    top = plain_top(f, addr("Torbay Early Help News", "news@torbay.gov.uk"), addr("Early Help", BEH),
                    "Torbay Early Help News - Winter 2046", when, BDOM, None,
                    extra=[("List-Unsubscribe", "<https://example.org/unsubscribe>")])
    add(f, html_only(f, top, h), "torbay", "early_help_duty", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "A NEWSLETTER whose leaflet item lists examples ('a child left with nobody after a parent is taken to hospital', "
        "'children separated from parents in a crowd') stated to be 'general examples, not real cases' -> not urgent; "
        "HTML-only -> other -> human_review.")

def torbay_06():
    f = "torbay_06.eml"; when = "2046-12-13 20:36:45"
    body = T("""
hi my name is Tia Luscombe im 10. i found this email on the leaflet on the table.

there was a fire in our flats on Hele Road and the fire man said wait here in the church hall. my mum went in the ambulance because of the smoke in her chest. my little brother Jacob Luscombe is here with me he is 2 and he wont stop crying and his nappy is wet and i dont have any.

the lady said the hall shuts at 10 oclock and everybody is going to hotels but nobody said where me and jacob go. my nan lives in spain. i dont know my dads number.

please can somebody come. im using the ipad at the desk.

Tia
""")
    top = plain_top(f, addr("St Marychurch Hall", "hall.desk@stmarychurchhall.example.org.uk"), addr("Early Help", BEH),
                    "please help me and my brother", when, "stmarychurchhall.example.org.uk", "iPad Mail (22B91)")
    add(f, iphone_mail(f, top, body), "torbay", "early_help_duty", when, 3,
        "urgent", "other", True, None, [], [ch("Tia Luscombe"), ch("Jacob Luscombe")],
        [], None, None, [], None, "alert_duty",
        "IN THE CHILD'S OWN WORDS: a 10-year-old at a church-hall rest centre at 20:36, mum taken away by ambulance, her "
        "2-year-old brother with her, the hall shuts at 10 and nobody has said where they go -> urgent -> alert_duty "
        "(out of hours). No alarm words. Not a request -> other. Concerns [].")

def torbay_07():
    f = "torbay_07.eml"; when = "2046-10-19 09:12:28"
    add(f, itip_reply(f, when, "Leanne Honey", "Leanne.Honey@" + BDOM,
                      ("Early Help business support", "earlyhelp.businesssupport@" + BDOM), "DECLINED",
                      "Under-5s triage - Widger - LCS-512804", "20461023T100000", "20461023T103000",
                      "Microsoft Teams Meeting",
                      comment="Sorry - I'm on leave on the 23rd. My colleague Kerry Ball will present the Widger step-down instead; I'll forward this to her.",
                      to_name="Early Help business support"),
        "torbay", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["LCS-512804"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY DECLINED with a COMMENT (leave; a colleague will present) for the under-5s triage slot; "
        "SUMMARY carries 'LCS-512804'. No child named in full -> children [].")
    # the mail goes to business support; make sure the Early Help inbox is copied (as Outlook does for a shared calendar)
    FILES[f] = FILES[f].replace(b"\r\nSubject: Declined:", b"\r\nCc: Early Help <earlyhelp@torbay.gov.uk>\r\nSubject: Declined:", 1)

def torbay_08():
    f = "torbay_08.eml"; when = "2046-10-08 14:05:13"
    body = T("""
Hi,

Requesting a triage slot for Mason and Ruby Tuckett, LCS-503366.

Mason Tuckett - 03/03/2036
Ruby Tuckett - 14/11/2038

You may see on LCS that in March 2045 the family were evacuated from Fore Street when the gas main caught fire, and for an hour the children were separated from mum at the evacuation point. That was fully resolved the same night and there have been no concerns about it since; it isn't the reason for our involvement.

The reason is Mason's attendance (74% last year) and mum struggling with the mornings since she started shifts. The Single Assessment with my analysis is attached. Mum has given consent for level 3 Early Help, and my TM, Gary Penhale, has recorded the manager's analysis confirming the threshold for level 3 is met.

Thanks,
Rachel Stidworthy
Social Worker | Safeguarding and Supporting Families | Torbay Council
""")
    atts = [pdf_att("Single Assessment - Tuckett.pdf", "Single Assessment - Tuckett (LCS-503366)",
                    ["Analysis: needs can be met at level 3 Early Help.",
                     "Team Manager's analysis (Gary Penhale): threshold for level 3 met."])]
    top = outlook_top(f, addr("Stidworthy, Rachel", "Rachel.Stidworthy@" + BDOM), addr("Early Help", BEH),
                      "Triage request - Tuckett - LCS-503366", when)
    add(f, mail(f, top, body, atts=atts, html_alt=True), "torbay", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["LCS-503366"],
        [ch("Mason Tuckett", "2036-03-03", "03/03/2036"), ch("Ruby Tuckett", "2038-11-14", "14/11/2038")],
        ["school_attendance"], True, True, [], None, "book_meeting",
        "NEAR MISS, HISTORY: children separated from mum at an evacuation in March 2045, 'fully resolved the same night' "
        "-> not urgent. Complete Torbay step-down (assessment .pdf, consent 'for level 3 Early Help' -> true, level 3, "
        "TM's analysis -> manager true); no child under 5 -> weekly triage -> book_meeting. 74% attendance -> "
        "school_attendance.",
        not_children=["Gary Penhale", "Rachel Stidworthy"])


# ============================================================================= HEREFORDSHIRE
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2046-11-02 19:50:26"
    body = T("""
Watch Manager Pugh, Leominster fire station. A49 RTC at Ford Bridge 17:40 - mum and dad both flown to Birmingham by air ambulance. Their 2 kids Isla Bevan (7) and Noah Bevan (4) were in the back, checked by paramedics, not hurt. Theyre at the station with my crew now, had chips. Grandparents address in Kington, nobody answering, police been round - no one in. Crew goes out on calls and I cant leave 2 little ones in the mess room overnight. Who can take them? 07700 900 927

Sent from my Android
""")
    top = plain_top(f, addr("Dai Pugh", "dai.pugh@hwfire.example.org.uk"), addr("MASH", HMASH),
                    "2 children from A49 crash at Leominster station", when, "hwfire.example.org.uk", None)
    add(f, android_mail(f, top, body), "herefordshire", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Isla Bevan"), ch("Noah Bevan")],
        [], None, None, [], None, "alert_duty",
        "A SERIOUS ROAD CRASH WITH BOTH PARENTS AIRLIFTED AND THE CHILDREN AT THE SCENE: a fire officer's phone mail on a "
        "Friday at 19:50; children of 7 and 4 at the fire station, no family reachable, nowhere to sleep tonight -> "
        "urgent -> alert_duty. No alarm words. No step -> other (Herefordshire defines no step-up anyway).",
        not_children=())

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2046-09-25 10:40:02"
    body = T("""
Dear Early Help Co-ordinators,

Following my discussion with Verity at the drop-in last Tuesday, please find attached the Early Help Assessment step-down plan for Evie and Tyler Jenkins (Mosaic 2790553), with mum's signed consent form.

Evie Jenkins - 2037-06-30
Tyler Jenkins - 2040-12-08

The family were moved out of their cottage at Mordiford in the February floods and were in a holiday let until July. Mum's depression was at its worst then; she is now on medication and sees her GP monthly. The key person agreed with the family is Carys Hughes, Family Support Worker, Kington Family Hub.

Kind regards,
Gareth Powell
Social Worker | Children's Safeguarding and Family Support | Herefordshire Council
""")
    atts = [pdf_att("Signed consent form - Jenkins.pdf", "Early Help consent form",
                    ["I consent to my family receiving Early Help.", "Signed: S. Jenkins (mother)  Date: 19/09/2046"]),
            docx_att("EHA step-down plan - Jenkins.docx", ["# Early Help Assessment step-down plan - Jenkins",
                                                            "Key person: Carys Hughes, Kington Family Hub",
                                                            "What needs to happen / by whom / outcome / timescale"])]
    top = outlook_top(f, addr("Powell, Gareth", "Gareth.Powell@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down plan - Jenkins - Mosaic 2790553", when)
    add(f, mail(f, top, body, atts=atts, html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["2790553"],
        [ch("Evie Jenkins", "2037-06-30", "2037-06-30"), ch("Tyler Jenkins", "2040-12-08", "2040-12-08")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "Complete Herefordshire step-down after a co-ordinator discussion at the drop-in: signed consent form (.pdf) "
        "-> consent true and consent_form met, plan (.docx), key person named with agency -> book_meeting. ISO DOBs. "
        "Mum's depression (treated, ongoing) -> parental_mental_health; the floods are past. Level not stated -> null.",
        not_children=["Carys Hughes", "Gareth Powell"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2046-11-21 14:15:39"
    body = T("""
Hi both,

Step-down plan for Millie Watkins (DOB 09.07.2041), Mosaic 2811064, attached.

Millie's family were among those evacuated for four nights after the fertiliser store fire at Moreton on Lugg in October. They are home and Millie is settled back at nursery. Dad's cannabis use was the reason for the assessment and he has now engaged with Turning Point.

Mum agreed verbally on the phone yesterday to the step-down to Early Help; I'll get the consent form signed at my visit next week. The key person will be Owen Price, Family Support Worker, Ross Children's Centre.

Thanks,
Sophie Lloyd
Social Worker | Herefordshire Council
""")
    atts = [docx_att("Step-down plan - Millie Watkins.docx", ["# Early Help Assessment step-down plan",
                                                               "Child: Millie Watkins", "Key person: Owen Price"])]
    top = outlook_top(f, addr("Lloyd, Sophie", "Sophie.Lloyd@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Millie Watkins", when)
    add(f, mail(f, top, body, atts=atts), "herefordshire", "early_help_duty", when, 6,
        "ordinary", "step_down", False, None, ["2811064"], [ch("Millie Watkins", "2041-07-09", "09.07.2041")],
        ["substance_misuse"], True, None, ["consent_form"], None, "request_info",
        "Herefordshire step-down with the plan and key person, but only VERBAL consent ('Mum agreed verbally ... I'll "
        "get the consent form signed') -> consent true, written consent_form missing -> request_info. Dad's cannabis "
        "use -> substance_misuse; the evacuation is past. DOB '09.07.2041'.",
        not_children=["Owen Price", "Sophie Lloyd"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2046-09-10 09:05:17"
    body = T("""
Dear colleagues,

Rest centre volunteer training - note for children's services staff on the rota

Thank you to everyone who came to Saturday's session at the Shirehall. A reminder of the key points:

1. A child who arrives at a rest centre without an adult is logged at the reception desk and never left alone.
2. If a parent is taken to hospital or is missing, the rest centre manager phones the MASH in office hours and the Emergency Duty Team out of hours. Volunteers must not take children home.
3. Children separated from parents: use the reunification sheet; check ID before any child is handed over.
4. A toddler missing from a rest centre is a police matter first - phone 999, then the duty team.

The scenarios we practised on Saturday (the toddler missing since 8pm, the 7-year-old whose mother was in intensive care, the violent ex at the hotel) were training scenarios only.

Next session: Saturday 3 November, Leominster Community Centre.

Laura Meredith
Emergency Planning Officer | Herefordshire Council
""")
    top = outlook_top(f, addr("Meredith, Laura", "Laura.Meredith@" + HDOM), addr("MASH", HMASH),
                      "Rest centre volunteer training - key points", when,
                      cc=addr("Early Help Co-ordinators", HEH))
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "A REST-CENTRE VOLUNTEER TRAINING NOTE: procedure and 'training scenarios only' (the missing toddler, the "
        "7-year-old whose mother was in intensive care, the violent ex) -> policy/training, no real child -> not urgent "
        "-> other -> human_review.")

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2046-09-27 15:45:03"
    body = T("""
Please see attached letter for all families.

Kind regards
School Office
Holmer Brook Primary School
""")
    atts = [pdf_att("Fire evacuation drill letter Oct 2046.pdf", "Holmer Brook Primary School - fire evacuation drill",
                    ["Dear Parents and Carers,",
                     "On Thursday 4 October 2046 we will hold a whole-school fire evacuation drill, with Hereford fire",
                     "station attending. The fire alarm will sound and all children will go to the field. There is no",
                     "need to worry: this is a practice, and no child will be in any danger. If your child is anxious",
                     "about loud noises, please let the class teacher know.",
                     "Mrs J. Bevan, Headteacher"])]
    top = outlook_top(f, addr("Holmer Brook Primary School Office", "office@holmerbrook.example.sch.uk"),
                      "Undisclosed recipients:;", "Fire evacuation drill - Thursday 4 October", when,
                      mid_domain="holmerbrook.example.sch.uk",
                      extra=[("Bcc", addr("MASH", HMASH))])
    # a school office letter sent to its parent list, with the MASH address picked up from the wrong contact group
    top = [(k, v) for k, v in top if k != "Bcc"]
    top = [(k, ("Undisclosed recipients:;, %s" % addr("MASH", HMASH)) if k == "To" else v) for k, v in top]
    add(f, mail(f, top, body, atts=atts, html_alt=True), "herefordshire", "mash_step_up", when, 8,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "A FIRE DRILL LETTER to all parents, sent to the MASH by a school office's wrong contact group: a planned "
        "practice, 'no child will be in any danger' -> not urgent -> other -> human_review.")

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2046-10-16 18:05:20"
    comment = ("Can't do the 23rd, sorry - I'm at the Bromyard rest centre tonight after the gas explosion on Station "
               "Road. Lily Price (6) came in with the fire crew at 5; her mum is in theatre at Hereford County and will "
               "be on intensive care overnight. No dad on the scene and we can't find any other family. The centre "
               "closes at 11 and I still have no carer for Lily for tonight - can someone ring me on 07700 900 318?")
    add(f, itip_reply(f, when, "Kieran Walsh", "Kieran.Walsh@" + HDOM,
                      ("Verity Lang", "verity.lang@" + HDOM), "DECLINED",
                      "Step-down drop-in - Preece family", "20461023T100000", "20461023T103000",
                      "Microsoft Teams Meeting", comment=comment),
        "herefordshire", "early_help_duty", when, 4,
        "urgent", "meeting_reply", True, None, [], [ch("Lily Price")], [], None, None, [], None, "alert_duty",
        "A DECLINED INVITATION'S COMMENT: the social worker declines a drop-in for another family and says that a "
        "6-year-old at a rest centre after a gas explosion has no carer tonight, her mother in theatre, the centre "
        "closing at 11 -> urgent (DESIGN: a meeting reply's comment is read) -> alert_duty. kind meeting_reply. No alarm "
        "words. 'Preece family' in the SUMMARY names no child.",
        not_children=["Kieran Walsh", "Verity Lang"])
    FILES[f] = FILES[f].replace(b"\r\nSubject: Declined:", b"\r\nCc: Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>\r\nSubject: Declined:", 1)

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2046-12-06 11:25:50"
    body = T("""
Hi,

Please find attached the signed consent form for Millie Watkins - mum signed it at my visit on Monday.

Sophie

Sophie Lloyd | Social Worker | Herefordshire Council
""")
    atts = [pdf_att("Consent form signed - Watkins.pdf", "Early Help consent form - Millie Watkins",
                    ["I consent to my family receiving Early Help.", "Signed: K. Watkins  Date: 03/12/2046"])]
    top = outlook_top(f, addr("Lloyd, Sophie", "Sophie.Lloyd@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-0882] Step down - Millie Watkins", when)
    add(f, mail(f, top, body, atts=atts, html_alt=True), "herefordshire", "early_help_duty", when, 2,
        "ordinary", "follow_up", False, None, [], [ch("Millie Watkins")], [], True, None, [], None, "attach_to_request",
        "Follow-up ([SB-herefordshire-0882]) bringing the signed consent form for herefordshire_03's family: 'mum signed "
        "it' -> consent true -> follow_up -> attach_to_request.",
        not_children=["Sophie Lloyd"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2046-11-06 09:15:44"
    body = T("""
MASH - for information, overnight log entry from the out-of-hours service, 05/11/2046:

20:40 - Police at the Hereford Racecourse fireworks report two children (J.M., 9, and S.M., 6) separated from their mother in the crowd at the exit.
21:05 - Both children reunited with mum at the police information point. Neither hurt. Mum with them and apologetic; known to no service. Police content.
Outcome: NFA. No further action for the day team.

Out of Hours Service | Herefordshire Council
""")
    top = plain_top(f, addr("Out of Hours Service", "edt@" + HDOM), addr("MASH", HMASH),
                    "OOH log 05/11 - fireworks - NFA", when, HDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "herefordshire", "mash_step_up", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "AN INCIDENT ALREADY RESOLVED: two children separated at the fireworks, reunited within 25 minutes, NFA -> not "
        "urgent; an out-of-hours log for information -> other -> human_review. Children as initials only.")


BUILDERS = [knowsley_01, knowsley_02, knowsley_03, knowsley_04, knowsley_05, knowsley_06, knowsley_07, knowsley_08,
            richmond_wandsworth_01, richmond_wandsworth_02, richmond_wandsworth_03, richmond_wandsworth_04,
            richmond_wandsworth_05, richmond_wandsworth_06, richmond_wandsworth_07, richmond_wandsworth_08,
            tower_hamlets_01, tower_hamlets_02, tower_hamlets_03, tower_hamlets_04, tower_hamlets_05,
            tower_hamlets_06, tower_hamlets_07, tower_hamlets_08,
            torbay_01, torbay_02, torbay_03, torbay_04, torbay_05, torbay_06, torbay_07, torbay_08,
            herefordshire_01, herefordshire_02, herefordshire_03, herefordshire_04, herefordshire_05,
            herefordshire_06, herefordshire_07, herefordshire_08]


# ============================================================================= SELF-CHECKS
CONCERN_IDS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
               "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation",
               "school_attendance", "young_carer", "disability_send"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
CONFIG = "/work/main/config/authorities"

def yaml_requirements():
    """Requirement ids per (authority, kind) read from the policy packs; None for a kind marked defined: false."""
    import yaml
    out = {}
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        with open(os.path.join(CONFIG, a + ".yaml")) as fh:
            pack = yaml.safe_load(fh)
        for k, spec in (pack.get("kinds") or {}).items():
            if spec.get("defined") is False:
                out[(a, k)] = None
            else:
                out[(a, k)] = {r["id"] for r in spec.get("requirements") or []}
    return out

# REQUIREMENTS.md's matrix (with `children`), per level for Knowsley step-downs; compared with the YAML below.
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

# England & Wales bank holidays 2046-47 on weekdays (re-derived from the `holidays` package in set_checks()).
BANK_HOLIDAYS = {date(2046, 1, 1), date(2046, 3, 23), date(2046, 3, 26), date(2046, 5, 7), date(2046, 5, 28),
                 date(2046, 8, 27), date(2046, 12, 25), date(2046, 12, 26), date(2047, 1, 1), date(2047, 4, 12),
                 date(2047, 4, 15), date(2047, 5, 6), date(2047, 5, 27), date(2047, 8, 26), date(2047, 12, 25),
                 date(2047, 12, 26)}
# The window: the brief's "early September to about Friday 18 December 2046". 18 December 2046 is a TUESDAY; the
# set keeps the brief's date (Tuesday 18 December) as the last day and starts on Monday 3 September 2046 (the first
# weekday of September is Monday 3rd; 1-2 September are a weekend). No bank holiday falls inside the window: the Late
# Summer Bank Holiday (27 August) is before it, Christmas Day (Tue 25 Dec), Boxing Day (Wed 26 Dec) and New Year's
# Day (Tue 1 Jan 2047) after it - the Knowsley meetings booked after the window cross those.
WINDOW = (datetime(2046, 9, 3, tzinfo=LON), datetime(2046, 12, 18, 23, 59, 59, tzinfo=LON))
BST_END = datetime(2046, 10, 28, 1, 0, 0, tzinfo=UTC)      # clocks go back at 02:00 BST on Sunday 28 October 2046
BANNED = re.compile(r"(?i)\b(urgent|urgently|immediate|immediately|emergency|danger\w*|asap)\b|at risk|risk of harm")

def expected_offset(d):
    return "+0100" if d.astimezone(UTC) < BST_END else "+0000"

def parse_dob(w):
    w = w.strip()
    m = re.fullmatch(r"(\d{2})[/.-](\d{2})[/.-](\d{4})", w)
    if m:
        return date(int(m[3]), int(m[2]), int(m[1])).isoformat()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", w)
    if m:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    m = re.fullmatch(r"(\d{1,2}) ([A-Za-z]+) (\d{4})", w)
    if m:
        return datetime.strptime(w, "%d %B %Y").date().isoformat()
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

CASE_ID_FORM = re.compile(r"(EHM|ICS|LCS)-\d{5,7}|\d{7}")
WEEKDAY_DATE = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{1,2})(?:st|nd|rd|th)? "
                          r"(January|February|March|April|May|June|July|August|September|October|November|December)"
                          r"(?: (20\d\d))?")

def parse(f):
    return email.message_from_bytes(FILES[f], policy=email.policy.default)

def check_file(lab, yreq):
    errors = []
    def err(m):
        errors.append("%s: %s" % (lab["file"], m))
    f, a, mb, e = lab["file"], lab["authority"], lab["mailbox"], lab["expect"]
    if not re.fullmatch(r"%s_0[1-8]\.eml" % a, f): err("file name / authority")
    if set(lab) != {"file", "authority", "mailbox", "now", "expect", "why"}: err("label keys")
    if set(e) != {"kind", "urgent", "level", "case_ids", "children", "concerns", "consent",
                  "manager_agreed", "missing", "notice_ok", "next_action"}: err("expect keys")
    if e["kind"] not in KINDS: err("kind")
    if e["next_action"] != expected_next(a, e): err("next_action %s != %s" % (e["next_action"], expected_next(a, e)))
    if e["urgent"] != (CATS[f] == "urgent"): err("urgent vs category")
    if not set(e["concerns"]) <= CONCERN_IDS or e["concerns"] != sorted(set(e["concerns"])): err("concerns")
    if e["missing"] != sorted(set(e["missing"])): err("missing not sorted/unique")
    # requirement ids: every id in `missing` must exist in the authority's YAML for that kind
    if e["missing"]:
        ids = yreq.get((a, e["kind"]))
        if not ids: err("missing ids for a kind with no YAML requirements")
        elif not set(e["missing"]) <= ids: err("missing ids %s not in %s.yaml" % (set(e["missing"]) - ids, a))
    lvl = (e["level"] if e["level"] is not None else 3) if (a == "knowsley" and e["kind"] == "step_down") else None
    allowed = REQ.get((a, e["kind"], lvl), set())
    if not set(e["missing"]) <= allowed: err("missing ids not allowed for this level: %s" % e["missing"])
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
    if a == "knowsley" and e["kind"] in ("step_up", "step_down"):
        if meeting is None:
            if e["notice_ok"] is not None or "meeting_details" not in e["missing"]: err("no date: notice")
        else:
            wd = working_days(now.astimezone(LON).date(), meeting)
            if e["notice_ok"] != (wd >= 5): err("notice_ok %s but %d WD" % (e["notice_ok"], wd))
            if meeting.weekday() >= 5 or meeting in BANK_HOLIDAYS: err("meeting on a weekend or bank holiday")
    elif e["notice_ok"] is not None or meeting is not None:
        err("notice must be null")
    # the message itself
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
    ld = d.astimezone(LON)
    if not (WINDOW[0] <= d <= WINDOW[1]): err("Date outside the window")
    if ld.weekday() >= 5: err("Date on a weekend")
    if ld.date() in BANK_HOLIDAYS: err("Date on a bank holiday")
    if not msg["Date"].strip().endswith(expected_offset(d)): err("Date offset should be %s" % expected_offset(d))
    if d.utcoffset() != ld.utcoffset(): err("Date offset differs from Europe/London's")
    if now.utcoffset() != d.utcoffset(): err("now offset differs from the Date header's")
    if not (timedelta(minutes=1) <= now - d <= timedelta(minutes=10)): err("now not 1-10 min after Date")
    if e["kind"] != "auto_reply" and msg["Auto-Submitted"] is not None: err("Auto-Submitted on human mail")
    if e["kind"] == "auto_reply" and not (msg["Auto-Submitted"] or "").startswith("auto-"): err("auto_reply unmarked")
    cals = [(p.get_param("method") or "").upper() for p in msg.walk() if p.get_content_type() == "text/calendar"]
    if (e["kind"] == "meeting_reply") != ("REPLY" in cals): err("iTIP REPLY iff meeting_reply")
    has_ref = re.search(r"\[SB-[a-z_]+-\d+\]", str(msg["Subject"])) is not None
    if (e["kind"] == "follow_up") != has_ref: err("[SB-] reference iff follow_up")
    text = readable(msg)
    if CATS[f] == "urgent" and BANNED.search(text): err("urgent mail uses a banned word: %r" % BANNED.search(text)[0])
    for m in WEEKDAY_DATE.finditer(text):
        wd_, day, mon, yr = m.groups()
        y = int(yr) if yr else ld.year
        if not yr and datetime.strptime("%s %s %d" % (day, mon, y), "%d %B %Y").date() < ld.date() - timedelta(days=60):
            y += 1                                   # "Tuesday 8 January" written in November is next year's
        real = datetime.strptime("%s %s %d" % (day, mon, y), "%d %B %Y").strftime("%A")
        if real != wd_: err("%r is a %s" % (m[0], real))
    for c in e["children"]:
        mc = next(x for x in META[f]["children"] if x["name"] == c["name"])
        if c["name"] not in text: err("child %s not in text" % c["name"])
        if mc["_w"]:
            if mc["_w"] not in text: err("dob %r not in text" % mc["_w"])
            if parse_dob(mc["_w"]) != c["dob"]: err("dob %r parses to %s" % (mc["_w"], parse_dob(mc["_w"])))
            if age_years(date.fromisoformat(c["dob"]), now.date()) >= 18: err("%s is not a child" % c["name"])
    for name in META[f]["not_children"]:
        if name not in text: err("excluded person %s not in text" % name)
        if any(name == c["name"] for c in e["children"]): err("adult %s labelled as a child" % name)
    for cid in e["case_ids"]:
        if cid not in text: err("case id %s not in text" % cid)
    return errors

COUNTS_EXPECTED = {   # Knowsley notice: file -> (meeting, working days, plain weekdays) from the London date of now
    "knowsley_02.eml": (date(2046, 12, 27), 5, 7),
    "knowsley_03.eml": (date(2047, 1, 2), 9, 12),
    "knowsley_07.eml": (date(2046, 12, 12), 7, 7),
    "knowsley_08.eml": (date(2046, 12, 24), 4, 4),
}

def set_checks(yreq):
    errors = []
    import holidays
    hs = holidays.country_holidays("GB", subdiv="ENG", years=[2046, 2047])
    derived = {d for d in hs if d.weekday() < 5}
    if derived != BANK_HOLIDAYS: errors.append("bank holidays differ from the holidays package: %s" % (derived ^ BANK_HOLIDAYS))
    inside = [d for d in derived if WINDOW[0].date() <= d <= WINDOW[1].date()]
    if inside: errors.append("a bank holiday inside the window: %s" % inside)
    if date(2046, 12, 18).weekday() != 1 or date(2046, 9, 3).weekday() != 0: errors.append("window weekdays")
    if datetime(2046, 10, 27, 12, tzinfo=LON).utcoffset() != timedelta(hours=1) or \
       datetime(2046, 10, 28, 12, tzinfo=LON).utcoffset() != timedelta(0): errors.append("BST end")
    merged = {}
    for (a, k, _l), ids in REQ.items():
        merged[(a, k)] = merged.get((a, k), set()) | ids     # Knowsley step-down: levels 2 and 3 together
    for (a, k), ids in merged.items():
        y = yreq.get((a, k))
        if y is None or not ids <= (y | {"children"}) or not y <= ids:
            errors.append("REQ %s/%s differs from the YAML %s" % (a, k, y))
    if yreq.get(("herefordshire", "step_up"), 0) is not None: errors.append("herefordshire step_up should be undefined")
    for f, (m, wd, pw) in COUNTS_EXPECTED.items():
        lab = next(l for l in LABELS if l["file"] == f)
        today = datetime.fromisoformat(lab["now"]).astimezone(LON).date()
        if META[f]["meeting"] != m or working_days(today, m) != wd or plain_weekdays(today, m) != pw:
            errors.append("%s: notice table row wrong (%s, %d WD, %d plain)" % (f, META[f]["meeting"],
                          working_days(today, m), plain_weekdays(today, m)))
    kn = [l["file"] for l in LABELS if l["authority"] == "knowsley" and l["expect"]["kind"] in ("step_up", "step_down")]
    if sorted(kn) != sorted(COUNTS_EXPECTED): errors.append("Knowsley notice table incomplete: %s" % kn)
    tot = {c: list(CATS.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}
    if len(LABELS) != 40 or tot["urgent"] < 11 or tot["near_miss"] < 11: errors.append("category totals %s" % tot)
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        fs = sorted(l["file"] for l in LABELS if l["authority"] == a)
        if fs != ["%s_%02d.eml" % (a, i) for i in range(1, 9)]: errors.append("%s files %s" % (a, fs))
    kinds = {l["expect"]["kind"] for l in LABELS}
    if kinds != KINDS: errors.append("kinds present %s" % sorted(kinds))
    if len({l["expect"]["case_ids"][0] for l in LABELS if l["expect"]["case_ids"]}) < 10: errors.append("case ids reused")
    return errors, tot

def main():
    for b in BUILDERS:
        b()
    yreq = yaml_requirements()
    errors = []
    for lab in LABELS:
        try:
            errors += check_file(lab, yreq)
        except Exception as ex:
            errors.append("%s: check raised %r" % (lab["file"], ex))
    e2, tot = set_checks(yreq)
    errors += e2
    if errors:
        print("\n".join(errors))
        print("%d error(s); nothing written" % len(errors))
        sys.exit(1)
    for old in os.listdir(HERE):
        if old.endswith(".eml"):
            os.remove(os.path.join(HERE, old))
    for f, data in FILES.items():
        with open(os.path.join(HERE, f), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "labels.json"), "w") as fh:
        json.dump(LABELS, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w") as fh:
        json.dump(CATS, fh, indent=2)
        fh.write("\n")
    print("ok: %d files written, %s" % (len(FILES), tot))
    if "--stats" in sys.argv:
        for lab in LABELS:
            e = lab["expect"]
            print("%-28s %-9s %-13s %-17s %s" % (lab["file"], CATS[lab["file"]], e["kind"], e["next_action"],
                                                  lab["now"]))

if __name__ == "__main__":
    main()
