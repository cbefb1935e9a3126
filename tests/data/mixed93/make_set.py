#!/usr/bin/env python3
"""mixed93: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the summer term of 2040 (Monday 23 April - Friday 20 July 2040, BST throughout), in celebrations, trips and
special occasions: school residentials and day trips, weddings, a funeral wake, a communion party, a birthday party, a
festival, a prom, a sleepover, a summer fair, a family barbecue, a Vaisakhi mela and family holidays booked for the
end of term.

Run with /work/main/.venv/bin/python make_set.py [--stats]. Deterministic (no clock, no randomness): boundaries,
Message-IDs and calendar UIDs come from sha1 of the file name. The MIME, Word HTML, PDF, .docx, iCalendar,
out-of-office, NDR and readable-text helpers are copied from /work/main/tests/data/mixed27/make_set.py (the brief's
model of method) and adapted; the messages and labels are new and were set by hand from the specification. The
self-checks STOP on any error before anything is written.
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
    """Local (Europe/London) wall-clock time. The whole window (Monday 23 April - Friday 20 July 2040) is British Summer Time
    (+0100): BST began at 01:00 UTC on Sunday 25 March 2040 and ends on Sunday 28 October 2040. The self-check
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
            zi = zipfile.ZipInfo(name, date_time=(2040, 4, 2, 0, 0, 0))
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


# ----------------------------------------------------------------------------- helpers copied from mixed27 (first written for mixed22)
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


# ----------------------------------------------------------------------------- helpers copied from mixed27 (first written for mixed25)
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



# ============================================================================= helpers copied from mixed27
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
    f = "knowsley_01.eml"; when = "2040-05-02 14:12:09"
    body = T("""
Hi MASH,

Please find attached a step up request for the Fairclough family - Case ID on EHM: EHM-58231.

Children:
Kayden Fairclough  DOB 21/06/2029
Skye Fairclough    DOB 08/01/2034

The step up TAF meeting is Wednesday 9th May at 10am on Teams - the calendar invite has gone to the MASH inbox and to MASH business support, and I've invited school, the school nurse and the housing officer.

Summary: since Christmas the home conditions have gone backwards again. The GCP2 (re-scored 25/04/2040) is 4 in nutrition and 4 in safety. Both children were sent on the Year 6 and Year 1 trips to the farm last week with no packed lunch and in school shoes with holes, and school fed them from the staff room. Kayden's attendance is 81% and he has missed three school trips this year because the consent slips and money never come back. Mum says the family is going to Magaluf "for a week at the end of term to celebrate" her new partner's 40th, but there is no money for food in the house - I don't doubt she means it, the point is the plan is not changing anything for the children.

My team manager, Bernadette Quirk, discussed the case with me in supervision on 30/04 and agreed the step up.

Mum is aware I am making this request.

Attached:
- FF Step Up request to CSC - Fairclough.docx
- GCP2 Fairclough April 2040.pdf
- TAF minutes 18.04.2040 Fairclough.pdf

Thanks
Shannon

Shannon Whitty
Family First Case Manager (Level 3) | Family First 0-18 | Knowsley Council
0151 496 0372
""") + "\n" + KDISC
    form = appendix1([
        ("Case ID on EHM:", "EHM-58231"),
        ("Child(ren):", "Kayden Fairclough 21/06/2029; Skye Fairclough 08/01/2034"),
        ("Date of step up TAF meeting:", "Wednesday 9 May 2040, 10:00, Microsoft Teams"),
        ("What are we worried about?", "Neglect of the children's basic care - food, clothing, home conditions (GCP2 scores of 4)."),
        ("What is working well?", "Mum attends TAF meetings. The children are close to each other and to their nan."),
        ("What needs to happen?", "A Child and Family Assessment by Children's Social Care."),
        ("Management oversight:", "Discussed with Bernadette Quirk (TM) 30/04/2040 - step up agreed."),
        ("Recent TAF meeting minutes attached:", "Yes - 18/04/2040"),
    ])
    atts = [docx_att("FF Step Up request to CSC - Fairclough.docx", form),
            pdf_att("GCP2 Fairclough April 2040.pdf", "Graded Care Profile 2 (GCP2) - Fairclough",
                    ["Completed 25/04/2040 by Shannon Whitty with mum.", "Area 1 Nutrition: 4", "Area 2 Housing: 3",
                     "Area 3 Health: 3", "Area 4 Safety: 4", "Area 5 Love and care: 2", "Area 6 Stimulation: 3"]),
            pdf_att("TAF minutes 18.04.2040 Fairclough.pdf", "TAF meeting minutes - 18/04/2040 - Fairclough",
                    ["Present: mum, Shannon Whitty (FF), school DSL, school nurse.", "Actions: food bank voucher; school uniform grant; "
                     "GCP2 to be re-scored; consider step up if no change."])]
    top = outlook_top(f, addr("Whitty, Shannon", "Shannon.Whitty@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Fairclough - EHM-58231", when, cc=addr("MASH Business Support", KBS),
                      mid_domain="DB9PR02MB7251.eurprd02.prod.outlook.com")
    add(f, mail(f, top, body, atts, html_alt=True), "knowsley", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["EHM-58231"],
        [ch("Kayden Fairclough", "2029-06-21", "21/06/2029"), ch("Skye Fairclough", "2034-01-08", "08/01/2034")],
        ["neglect", "school_attendance"], None, True, [], False, "request_info",
        "Complete Knowsley step-up for neglect (Appendix 1 form .docx, GCP2 .pdf, TAF minutes .pdf, EHM id, TM "
        "'agreed the step up', meeting date and time). NOTICE ACROSS MAY DAY, DECISIVE: from Wed 2 May the meeting on "
        "Wed 9 May is 5 plain weekdays but Mon 7 May is the Early May bank holiday, so 4 working days < 5 -> "
        "notice_ok false -> request_info (REQUIREMENTS, knowsley step_up: at least 5 WD). 'Mum is aware' is not "
        "consent -> null. The school trip with no lunch and the end-of-term holiday are part of the neglect picture, "
        "nothing tonight. Concerns: neglect (GCP2), 81% -> school_attendance.",
        meeting=date(2040, 5, 9), not_children=["Shannon Whitty", "Bernadette Quirk"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2040-05-23 11:05:44"
    body = T("""
Good morning Family First duty,

I am writing to let you know about a Level 2 step down for Grace Okafor-Lunt (DOB 2030-11-17) and her brother Tobi Okafor-Lunt (DOB 2032-03-05), ICS ID 2047716.

Final CIN meeting: next Wednesday, 30th May, at 1.30pm, St Aidan's Parish Centre, Huyton (the family asked for it there - Father Declan has been a big support and the room is free after the communion group).

The Lead Practitioner will be Marian Doyle, Family Support Worker, St Aidan's Catholic Primary School. She has agreed to take on the EHA.

Mum has consented to the step down and signed the form at the last CIN visit.

What are we worried about?
Mum's low mood since the children's grandfather died in February; some days she cannot get up for the school run.

What is working well?
Grace and Tobi both made their First Holy Communion on 12th May and the family did the whole day themselves - the party at the parish centre, relatives from Lagos and from Liverpool, mum organised all of it. GP has started her on medication and she sees Talking Matters weekly. Attendance is 96% for both.

What needs to happen?
Marian to lead an EHA with school, the GP and the bereavement service; mum to keep her Talking Matters sessions.

Kind regards,
Precious Adeyemi
Social Worker | Child in Need Team (Kirkby) | Knowsley Council
""") + "\n" + KDISC
    top = plain_top(f, addr("Adeyemi, Precious", "Precious.Adeyemi@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "Level 2 step down - Okafor-Lunt - final CIN 30/05", when, KDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 2, ["2047716"],
        [ch("Grace Okafor-Lunt", "2030-11-17", "2030-11-17"), ch("Tobi Okafor-Lunt", "2032-03-05", "2032-03-05")],
        ["parental_mental_health"], True, None, [], False, "request_info",
        "Knowsley LEVEL 2 step-down with everything the level asks (REQUIREMENTS, knowsley step_down level 2: date, "
        "time and venue; the three Signs of Safety headings; Lead Practitioner named with her organisation). 'ICS ID "
        "2047716' -> the bare number. Consent stated as given -> true (not a level 2 requirement). NOTICE ACROSS THE "
        "SPRING BANK HOLIDAY, DECISIVE: from Wed 23 May to Wed 30 May is 5 plain weekdays but Mon 28 May is a bank "
        "holiday -> 4 WD < 5 -> notice_ok false -> request_info. The communion party went well (a celebration, no "
        "concern). Mum's low mood -> parental_mental_health.",
        meeting=date(2040, 5, 30), not_children=["Marian Doyle", "Precious Adeyemi"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2040-06-13 21:38:02"
    body = T("""
To the MASH duty team,

I'm the trip leader on Northwood Academy's Year 7 residential at Plas Tan y Bwlch outdoor centre near Maentwrog (Gwynedd). I'm writing from the centre office because I've rung the Knowsley number on our trip pack twice and it rings out, and the school's DSL is on the other Year 7 group in Anglesey with no signal.

At about 9.05pm tonight, during the room checks, one of our pupils, Amelia-Rose Kinsella (Year 7, DOB 03/02/2028), came to me and Miss Ashworth crying. She said that a member of our staff on this trip, Mr Lyle Penketh (PE teacher), came into the girls' drying room this afternoon while she was changing out of her wetsuit after gorge walking, and touched her under her towel on her bottom and between her legs, and said "that's our secret, you're my favourite". She said he has been messaging her on Snapchat since Easter and told her to come to his room after lights out tonight "to get her phone back" - he confiscated it at tea.

I have written down what she said in her words and have not asked her anything else. Mr Penketh is still on site. He is sleeping in the staff room on the same corridor as the girls' dormitory and he is the member of staff on the night rota for that corridor tonight. I have not said anything to him. Amelia-Rose is in the office with Miss Ashworth and me now. There are 38 children here and 5 staff including him.

Amelia-Rose lives with her mum, Kerry Kinsella, in Prescot. Her mum doesn't know yet.

Please tell me what to do about tonight. My mobile: 07700 900 418. The centre office: 01632 960 771.

Joanne Tranter
Head of Year 7 / Trip Leader
Northwood Academy, Kirkby
""")
    top = plain_top(f, addr("Joanne Tranter", "j.tranter@northwood-academy.example.org.uk"), addr(None, KMASH),
                    "Year 7 residential - a pupil has told me about a member of staff tonight", when,
                    "northwood-academy.example.org.uk", None)
    add(f, mail(f, top, body), "knowsley", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Amelia-Rose Kinsella", "2028-02-03", "03/02/2028")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "A SCHOOL RESIDENTIAL, 21:38: a 12-year-old told the trip leader tonight that a teacher on the trip touched her "
        "this afternoon and told her to come to his room after lights out; he is on the night rota for her corridor. "
        "No alarm word anywhere. A real child, harm possible tonight -> urgent -> alert_duty, out of hours (DESIGN "
        "safety rule 1; Knowsley seed: immediate concerns to the MASH duty team / EDT). Not a step request -> other. "
        "sexual_harm. The teacher and the mother are adults, not children.",
        not_children=["Lyle Penketh", "Kerry Kinsella", "Joanne Tranter"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2040-06-01 13:07:30"
    ack = ack_text("step up", "[SB-knowsley-1217]",
                   ["Family: Dolan", "Case ID: EHM-61420", "Children: Maisie Dolan (14/02/2031), Ruby Dolan (09/10/2033)",
                    "Step up TAF meeting: Wednesday 13 June 2040 10:00 (Microsoft Teams)"], [])
    body = T("""
Adding to this one - just been on the phone to mum.

It's Nan's 70th today and the family are having a barbecue at the grandparents' house on Cherryfield Drive from 4pm. Mum has now told me Uncle Gary is going and he is staying over there tonight. He is the uncle on the sex offenders register for the offences against his stepdaughter - the written agreement on the plan is no contact with the girls at all. Mum says "it's family, he won't try anything with everyone there" and she is dropping Maisie and Ruby at 4 and they are sleeping over at Nan's so she can go to work a night shift. Nan doesn't believe what he did.

I've told mum I don't agree and she put the phone down. I am going out to the house now but I can't stop her taking them.

Shannon
Sent from Outlook for Android
""")
    text = body + "\n" + quote("Knowsley stepbot <stepbot@knowsley.gov.uk>", "Tuesday, May 29, 2040 9:14 AM",
                              "Whitty, Shannon <Shannon.Whitty@knowsley.gov.uk>",
                              "[SB-knowsley-1217] Step up received - Dolan", ack)
    top = plain_top(f, addr("Whitty, Shannon", "Shannon.Whitty@" + KDOM), addr("Knowsley MASH", KMASH),
                    "RE: [SB-knowsley-1217] Step up received - Dolan", when, "outlook.com", None,
                    extra=[("In-Reply-To", "<SB-knowsley-1217.ack@knowsley.gov.uk>")])
    add(f, mail(f, top, text), "knowsley", "mash_step_up", when, 4,
        "urgent", "follow_up", True, None, ["EHM-61420"],
        [ch("Maisie Dolan", "2031-02-14", "14/02/2031"), ch("Ruby Dolan", "2033-10-09", "09/10/2033")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "A FAMILY BARBECUE WHERE A RELATIVE WHO IS A RISK WILL BE: a phone reply to stepbot's acknowledgement "
        "([SB-knowsley-1217] -> follow_up) says the two girls are being dropped at 4pm today at a barbecue and "
        "sleepover where the uncle on the sex offenders register is staying the night, against the written "
        "no-contact agreement. No alarm word. DESIGN safety rule 1 (whatever the kind) -> urgent -> alert_duty first. "
        "Case id and children (with DOBs) from the quoted acknowledgement. sexual_harm.",
        not_children=["Shannon"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2040-06-11 08:30:15"
    body = T("""
KNOWSLEY SAFEGUARDING CHILDREN PARTNERSHIP - SUMMER BULLETIN (June 2040)
Prom, festival and end-of-term safety: for DSLs, heads of year and pastoral teams

Prom season is here. Please share the messages below with Year 11 and Year 13 families before your proms and leavers' events.

1. Drink spiking and pills. Every summer we hear of young people who are offered pills at festivals and after-parties. Tell young people: never accept a drink or a tablet from someone you don't know, stay with your group, and call 999 if a friend cannot be woken. An example we use in training: "a 15-year-old at a festival with adults who have given her pills, who has stopped answering her phone" - that is an emergency and is a 999 call, not an email.

2. After-parties and hotel rooms. Young people are at risk of harm when adults invite them back to hotel rooms or private houses after proms and weddings. Staff should know the route to the MASH duty team and, out of hours, the Emergency Duty Team.

3. Residential trips. A disclosure on a residential is handled as it would be in school: listen, write down the child's words, do not investigate, contact the DSL and the MASH duty team straight away.

4. Holidays abroad and FGM. The end of term is a time of heightened risk for girls from communities that practise FGM. Look out for talk of "a special ceremony" or a long holiday.

Training dates (Teams): Tuesday 19 June 2pm, Thursday 5 July 10am. Book via the KSCP website.

No action is needed on this bulletin - it is for information and sharing.

KSCP Business Unit
Knowsley Safeguarding Children Partnership
""")
    top = plain_top(f, addr("KSCP Business Unit", "kscp@knowsley.gov.uk"), addr(None, KMASH),
                    "KSCP Summer Bulletin - prom, festival and end of term safety", when, KDOM, "Microsoft Outlook 16.0",
                    cc="dsl-network@knowsley.gov.uk")
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A PARTNERSHIP BULLETIN listing examples (spiked drinks, a girl at a festival given pills, hotel "
        "rooms after weddings, FGM 'special ceremony'), full of alarm words ('emergency', 'at risk of harm', "
        "'straight away') but about nobody real: DESIGN safety rule 1, bulletins that list examples must not trigger "
        "it. No child, no request -> other -> human_review.")

def knowsley_06():
    f = "knowsley_06.eml"; when = "2040-05-25 10:02:51"
    body = T("""
Hi all,

Step down to Family First (Level 3) for Jaxon Rimmer, DOB 19.09.2032, ICS ID 1987342.

Joint home visit: Monday 4th June, 10.30am, at home - 22 Longview Crescent, Huyton L36 2XP. Mum knows and is expecting us.

Mum (Leanne Rimmer) has given her consent for the referral to Family First - she signed the consent form on 22/05/2040.

Background you will see on ICS: the case was opened after Jaxon's 6th birthday party in September 2038, when mum's then partner assaulted her in front of the children at the party. He was convicted, has a restraining order and has been in Scotland since 2039; there has been no contact since and there are no current concerns about domestic abuse. I'm mentioning it only because Jaxon's birthday party this year (at the trampoline park last Saturday) was the first one since, and it went really well - mum organised it, Jaxon invited his whole class and he told me it was "the best day ever".

What are we worried about?
Mum's anxiety, which makes mornings hard; Jaxon's attendance (89%).

What is working well?
Mum has engaged with the Freedom Programme and with her GP. Jaxon is settled at school and has a good relationship with his teacher. Nan lives two streets away.

What needs to happen?
Family First case manager to lead a TAF with school and mum's GP; a morning routine plan; mum to continue her counselling.

Thanks,
Callum Yates
Social Worker | Child in Need Team (Huyton) | Knowsley Council
0151 496 0115
""") + "\n" + KDISC
    top = outlook_top(f, addr("Yates, Callum", "Callum.Yates@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down L3 - Rimmer - joint visit Mon 4 June", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 7,
        "near_miss", "step_down", False, 3, ["1987342"],
        [ch("Jaxon Rimmer", "2032-09-19", "19.09.2032")],
        ["parental_mental_health", "school_attendance"], True, None, [], True, "book_meeting",
        "NEAR MISS - A HISTORIC INCIDENT AT A PARTY LONG AGO: the 2038 assault at a birthday party is closed "
        "history (conviction, restraining order, no contact, 'no current concerns about domestic abuse') and this "
        "year's party went well -> not urgent, no domestic_abuse. Complete Knowsley level 3 step-down "
        "(REQUIREMENTS: joint home visit date, time and venue; three headings; consent 'has given her consent' -> "
        "true). NOTICE ACROSS THE SPRING BANK HOLIDAY, NOT DECISIVE: Fri 25 May -> Mon 4 June is 6 plain weekdays, "
        "5 working days without Mon 28 May -> exactly 5 -> ok -> book_meeting. Anxiety -> parental_mental_health; 89% "
        "-> school_attendance.",
        meeting=date(2040, 6, 4), not_children=["Leanne Rimmer", "Callum Yates"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2040-05-03 09:20:33"
    data = itip_reply(f, when, "Helen Gorst", "h.gorst@stcolumbas-primary.example.org.uk",
                      ("Whitty, Shannon", "Shannon.Whitty@knowsley.gov.uk"), "DECLINED",
                      "Step up TAF - Fairclough - EHM-58231", "20400509T100000", "20400509T113000",
                      "Microsoft Teams Meeting",
                      comment="Sorry Shannon - I'm on the Year 6 residential at Robinwood from 8 to 10 May with no "
                              "laptop. Skye's class teacher will join instead and I'll send my school report to you "
                              "and MASH by Monday.")
    # the reply goes to the organiser with the MASH inbox copied, as Outlook does when the invite listed it
    data = data.replace(b"To: ", b"Cc: Knowsley MASH <knowsleymash@knowsley.gov.uk>\r\nTo: ", 1)
    add(f, data, "knowsley", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, ["EHM-58231"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=DECLINED, from a primary school DSL for knowsley_01's step-up TAF (Wed 9 May "
        "10:00), with a comment that she is on the Year 6 residential that week and a colleague will attend. An iTIP "
        "reply -> meeting_reply -> record_reply (DESIGN). Case id from the SUMMARY.")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2040-07-03 07:45:12"
    data = ooo(f, when, "Mrs Lorraine Beckett", "l.beckett@halewoodhigh.example.org.uk", addr(None, KMASH),
               "Step up TAF - Ellison - EHM-60093",
               T("""
Thank you for your email. I am away with the Year 10 Geography field trip to Iceland from Monday 2 July and back in school on Monday 9 July, with limited access to email.

For any safeguarding matter in school please contact our Deputy DSL, Mr Ravi Dhaliwal, on 0151 496 0688. If a child is at immediate risk please call 999.

Lorraine Beckett
Designated Safeguarding Lead, Halewood High School
"""))
    add(f, data, "knowsley", "mash_step_up", when, 1,
        "ordinary", "auto_reply", False, None, ["EHM-60093"], [], [], None, None, [], None, "ignore",
        "Out-of-office (Auto-Submitted: auto-replied) from a DSL away on a school field trip, answering MASH's mail "
        "about a step-up TAF. Its standard 'immediate risk ... call 999' line is boilerplate about nobody. "
        "auto_reply -> ignore (DESIGN safety rule 2). The case id is written in the quoted subject -> labelled as "
        "written (DESIGN: case ids as written).")


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2040-06-29 22:14:40"
    fwd = T("""
---------- Forwarded message ---------
From: Tia <tia.lomax.x@gmail.example.com>
Date: Fri, 29 Jun 2040 at 21:58
Subject: keira n theo
To: Nikki Sandhu <nikki.sandhu@richmondandwandsworth.gov.uk>

hi nikki its tia (keira's cousin, u gave me ur email at the youth club)
were at auntie chantelle's wedding at the riverside hotel in kingston. uncle des is here. hes the one who went to prison for what he did to a girl
he just said all the kids can come up to his room after the first dance to watch films and have sweets and hes got the key. auntie chantelle said thats nice of him and keira and theo are going, everyone's drunk and no one's listening to me. keira's mum is dancing
im 15 i cant stop him. the first dance is at half 10
""")
    body = T("""
Forwarding this from my work phone - I've just seen it.

Keira Lomax (DOB 11/03/2031) and Theo Lomax (DOB 20/08/2033) are on my Early Help caseload. The uncle is Desmond Lomax - he was released last year after a sentence for sexual offences against a 10-year-old and the family have told us before he is not allowed around children. The wedding is at the Riverside Hotel, Kingston upon Thames. The first dance is 10.30pm - about 15 minutes from now.

I'm not on call and I can't get through to my manager. I have rung 101 and am in a queue. Tia's number is 07700 900 612.

Nikki Sandhu
Early Help Practitioner, Wandsworth Early Help
Sent from my iPhone
""") + fwd
    top = plain_top(f, addr("Nikki Sandhu", "nikki.sandhu@" + RDOM), addr("MASH Step Up", RSU),
                    "Fwd: keira n theo", when, RDOM, None, cc=addr("Early Help Duty", RED))
    add(f, iphone_mail(f, top, body), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Keira Lomax", "2031-03-11", "11/03/2031"), ch("Theo Lomax", "2033-08-20", "20/08/2033")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "A WEDDING PARTY TONIGHT, IN A 15-YEAR-OLD COUSIN'S FORWARDED MESSAGE: the uncle convicted of sexual offences "
        "against a child is taking the children to his hotel room after the first dance in 15 minutes; the adults are "
        "drunk. No alarm word. DESIGN safety rule 1 (every part read, the forwarded part included) -> urgent -> "
        "alert_duty, out of hours (22:14). An Early Help worker forwarding, no step -> other. The cousin who wrote is "
        "named only 'Tia' (no surname) and is not a child the mail is about; Keira and Theo are. sexual_harm.",
        not_children=["Desmond Lomax", "Nikki Sandhu"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2040-05-18 19:06:27"
    body = T("""
Hello,

I find this email on the school newsletter for "family worries", I hope is correct.

I am mother of Zofia from Year 2 at Earlsfield Primary. Today after school Zofia was at the birthday party of Mason Pryor, he is 7 today, party is in his house 41 Tranmere Road. The mum of Mason is very very drunk. She was drinking wine from 4 o'clock, then vodka, she fell on the stairs and her head is bleeding a little, now she is sleeping on the sofa and we cannot wake her properly, she only say "go away". The dad not live there.

When I come to collect Zofia at 6.30 there was still 4 children from the party in the house and also Mason and his little sister Ivy Pryor who is 3 years, Ivy was in the kitchen alone with the hob on. I turned off the hob. Other parents are coming later for their children, one at 8 o'clock.

I took Zofia home because she is frighten. I did not know what to do. I tried the phone of the school it is closed. I don't know the family of Mason. Please somebody check. I am sorry for my English.

Magdalena Wiśniewska
07700 900 154
""")
    top = plain_top(f, addr("Magdalena Wiśniewska", "magda.wisniewska@example.net"), addr(None, RED),
                    "Children alone with drunk mother after birthday party", when, "example.net", None)
    add(f, mail(f, top, body, crlf=False), "richmond_wandsworth", "early_help_duty", when, 4,
        "urgent", "other", True, None, [],
        [ch("Mason Pryor"), ch("Ivy Pryor")],
        ["neglect", "substance_misuse"], None, None, [], None, "alert_duty",
        "A PARENT DRUNK AT A CHILD'S BIRTHDAY PARTY WITH THE CHILDREN TONIGHT, in a guest's mother's second-language "
        "English (19:06): the mother cannot be woken, a 3-year-old was alone with the hob on, a 7-year-old and four "
        "guests are still in the house with no sober adult. No alarm word. DESIGN safety rule 1 -> urgent -> "
        "alert_duty (out of hours). A member of the public, no step -> other. Children: Mason Pryor and Ivy Pryor (no "
        "DOBs); Zofia is the writer's daughter, safe at home, named by first name only. substance_misuse (mother "
        "drunk) + neglect (young children unsupervised).",
        not_children=["Magdalena Wiśniewska"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2040-04-24 15:40:19"
    body = T("""
Dear colleagues,

Our Year 5 residential to the Isle of Wight (Little Canada, 11-13 June) is being checked by the local authority's outdoor education adviser and I was told to send the risk assessment to "the MASH" for sign-off. Apologies if this is the wrong place - please could you let me know who it should go to.

The risk assessment is attached. It includes the usual sections: missing child (headcounts, buddy system, meeting point), allegations against staff (the school's procedures apply on the trip; the trip leader contacts the DSL), a child disclosing abuse on the trip, medical emergencies, water activities and the ferry.

The consent letter has gone home to families today.

With thanks,
Rebecca Ormerod
School Business Manager, Sheen Mount Primary School
""")
    ra = pdf_att("Y5 Isle of Wight residential - risk assessment v2.pdf", "Educational Visit Risk Assessment - Year 5 Isle of Wight, 11-13 June 2040",
                 ["Group: 58 pupils, 7 staff. Trip leader: Mr T. Halloran. EVC: Mrs R. Ormerod.",
                  "Hazard: child goes missing. Control: headcounts at every transition; buddy pairs; meeting point; if a child "
                  "cannot be found in 10 minutes call the police.",
                  "Hazard: allegation against a member of staff. Control: the school's Managing Allegations procedure applies; "
                  "trip leader informs the DSL and the LADO; the member of staff is removed from duties.",
                  "Hazard: a child discloses abuse. Control: listen, record the child's words, inform the DSL; if a child is "
                  "in immediate danger call 999.",
                  "Hazard: water activities. Control: qualified instructors, buoyancy aids. Risk rating after controls: LOW."])
    letter = docx_att("Y5 residential consent letter.docx",
                      ["# Year 5 Residential - Isle of Wight - Consent", "Dear Parents and Carers,",
                       "Please sign and return the consent and medical form by Friday 11 May, with the deposit of 50 pounds.",
                       "Children will need a sleeping bag, wellies and a packed lunch for the first day."])
    top = outlook_top(f, addr("Rebecca Ormerod", "r.ormerod@sheenmount.example.sch.uk"), addr("MASH Step Up", RSU),
                      "Year 5 residential risk assessment for sign off", when, mid_domain="sheenmount.example.sch.uk")
    add(f, mail(f, top, body, [ra, letter], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A RESIDENTIAL RISK ASSESSMENT AND A CONSENT LETTER sent to the wrong inbox: 'missing child', "
        "'allegation against a member of staff', 'discloses abuse', 'immediate danger' are hazards on a form about "
        "nobody real. Not urgent (DESIGN safety rule 1: no real child). A misdirected enquiry -> other -> "
        "human_review.")

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2040-05-10 11:30:05"
    blocks = [
        "Dear MASH colleagues,", "",
        "Following our reflective discussion in the Early Help team yesterday, we are stepping up Demi Achterberg "
        "(DOB 27/01/2026), Mosaic ID 3371052, to Children's Services. The latest case summary is attached.", "",
        ("h", "Rationale for the plan to step up"),
        "Since March Demi (14) has been missing overnight four times, each time after a house party or a \"festival "
        "pre-drinks\" with men in their twenties she met on Instagram. She came back from the last one (Saturday 5 May) "
        "with a new phone and £200 of clothes she says a \"friend\" bought. She is now talking about going to a festival "
        "in August with the same group. Mum has tried everything we have offered but cannot keep her home. The Early "
        "Help plan has not reduced the missing episodes and the exploitation screening tool scores high, so we think "
        "she needs a statutory assessment.", "",
        "Demi is at home and in school today; the police know about the missing episodes and there is no plan for her "
        "to go anywhere this week.", "",
        "Regards,", "{{Oluwaseun Bright}}", "Early Help Team Manager | Wandsworth Early Help",
    ]
    atts = [docx_att("Case summary - Achterberg - May 2040.docx",
                     ["# Early Help case summary", "Child: Demi Achterberg, 27/01/2026. Mosaic ID 3371052.",
                      "Household: mum and Demi. Dad lives in the Netherlands.",
                      "Work to date: EHA opened October 2039; missing return interviews; youth worker; school mentor.",
                      "Outcome: missing episodes increasing; exploitation indicators present."])]
    top = outlook_top(f, addr("Bright, Oluwaseun", "oluwaseun.bright@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Demi Achterberg - Mosaic 3371052", when)
    add(f, word_mail(f, top, blocks, atts), "richmond_wandsworth", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["3371052"],
        [ch("Demi Achterberg", "2026-01-27", "27/01/2026")],
        ["exploitation", "missing"], None, None, [], None, "book_meeting",
        "Word HTML step-up from the Early Help TEAM MANAGER to the MASH Step Up inbox with the latest case summary "
        "(.docx) and a 'Rationale for the plan to step up' heading -> both met (REQUIREMENTS, richmond_wandsworth "
        "step_up: case_summary, rationale) -> book_meeting (stepbot invites within 1 WD). Missing overnight after "
        "parties, gifts from older men -> exploitation + missing; she is home and in school today, nothing tonight -> "
        "not urgent. 'Mosaic ID 3371052' -> the bare number. Consent and manager are not asked by this route and are "
        "not stated -> null.")

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2040-06-04 09:55:41"
    body = T("""
Hi Early Help duty,

Further to my call with Jasper on Friday, we agreed the step down case discussion for the Mensah-Clarke family on Thursday 7th June at 2pm (Teams). Jasper will chair.

Children: Ebony Mensah-Clarke (DOB 02/12/2029) and Nathaniel Mensah-Clarke (DOB 16/05/2038). Mosaic 3362981 / 3362982.

Attached are the latest case summary and the draft plan for Early Help.

Consent - I talked it through with mum at the last visit. She said she'd "think about it once the christening is out of the way" (Nathaniel's christening is on the 17th and the whole family is coming over from Ghana). So I don't have her consent yet - I'll ask again when I see her on the 11th.

Thanks
Rhiannon Webb
Social Worker, Wandsworth Children's Services (CIN Team 2)
""")
    atts = [docx_att("Case summary Mensah-Clarke.docx", ["# Case summary", "CIN since January 2040: housing and mum's low mood after Nathaniel's birth.",
                                                       "Progress: rehoused; mum engaged with perinatal mental health team."]),
            docx_att("Draft Early Help plan Mensah-Clarke.docx", ["# Draft plan for Early Help", "1. Children's centre stay and play weekly.",
                                                                "2. School family worker support for Ebony's attendance.", "3. Health visitor reviews."])]
    top = outlook_top(f, addr("Webb, Rhiannon", "rhiannon.webb@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Mensah-Clarke - case discussion Thu 7 June", when, cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["3362981", "3362982"],
        [ch("Ebony Mensah-Clarke", "2029-12-02", "02/12/2029"), ch("Nathaniel Mensah-Clarke", "2038-05-16", "16/05/2038")],
        ["parental_mental_health"], None, None, ["consent"], None, "request_info",
        "Richmond & Wandsworth step-down with the case summary and draft plan attached and the case discussion "
        "agreed by phone (Thu 7 June, within 5 days of the contact). CONSENT UNCLEAR: mum will 'think about it once "
        "the christening is out of the way' and 'I don't have her consent yet - I'll ask again' -> null (DESIGN: still "
        "to be asked) -> 'consent' missing (REQUIREMENTS, richmond_wandsworth step_down) -> request_info. Two Mosaic "
        "numbers, one per child. Mum's low mood -> parental_mental_health.",
        not_children=["Rhiannon Webb"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2040-06-27 12:10:58"
    body = T("""
Dear colleagues,

For information. I'm sorry to let you know that one of our Year 10 students died on Saturday in a road traffic collision while on a family holiday in Portugal. The family have asked the school to share the funeral arrangements with staff and agencies who knew him: the funeral is on Wednesday 4 July at 11am at St Mary's Church, Putney, followed by a celebration of his life at the school.

We have put support in place for students and staff: our counsellor, the educational psychology critical incident team and a quiet room all week. His younger sister is being supported at her primary school and by the family's church.

There are no safeguarding concerns about the family, and no action is needed from the MASH or Early Help - we are copying you because the Early Help worker who supported his sister last year asked to be told.

Kind regards,
Fr. Anthony Mwangi, Chaplain
on behalf of Ursula Brennan, Headteacher
Richmond Park Academy
""")
    top = plain_top(f, addr("Chaplaincy - Richmond Park Academy", "chaplaincy@rpa.example.sch.uk"), addr("Early Help Duty", RED),
                    "Funeral arrangements - Year 10 student", when, "rpa.example.sch.uk", "Microsoft Outlook 16.0",
                    cc=addr("MASH Step Up", RSU))
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 8,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A FUNERAL NOTICE: a pupil's death in an accident abroad, the funeral arrangements and the "
        "school's support; 'no safeguarding concerns about the family, and no action is needed'. Sad, not a "
        "child-protection risk -> not urgent. No child named, no request -> other -> human_review.")

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2040-06-12 10:25:16"
    ack = ack_text("step down", "[SB-richmond_wandsworth-0884]",
                   ["Family: Mensah-Clarke", "Mosaic: 3362981, 3362982",
                    "Children: Ebony Mensah-Clarke (02/12/2029), Nathaniel Mensah-Clarke (16/05/2038)",
                    "Case discussion: Thursday 7 June 2040 14:00"], ["consent (the family's consent to Early Help)"])
    body = T("""
Hi,

Consent now in - I saw mum yesterday as planned and she has agreed to the step down to Early Help and signed the consent form (attached). She says the christening party was lovely and "now I can think straight".

Rhiannon
""")
    text = body + quote("Richmond and Wandsworth stepbot <stepbot@richmondandwandsworth.gov.uk>", "04 June 2040 10:02",
                        "Webb, Rhiannon <rhiannon.webb@richmondandwandsworth.gov.uk>",
                        "[SB-richmond_wandsworth-0884] Step down received - Mensah-Clarke", ack)
    atts = [pdf_att("Consent to Early Help - Mensah-Clarke signed.pdf", "Consent to Early Help support",
                    ["I agree to Early Help continuing the plan for my children.", "Signed: A. Mensah  Date: 11/06/2040"])]
    top = outlook_top(f, addr("Webb, Rhiannon", "rhiannon.webb@" + RDOM), addr("Early Help Duty", RED),
                      "RE: [SB-richmond_wandsworth-0884] Step down received - Mensah-Clarke", when)
    add(f, mail(f, top, text, atts), "richmond_wandsworth", "early_help_duty", when, 2,
        "ordinary", "follow_up", False, None, ["3362981", "3362982"],
        [ch("Ebony Mensah-Clarke", "2029-12-02", "02/12/2029"), ch("Nathaniel Mensah-Clarke", "2038-05-16", "16/05/2038")],
        [], True, None, [], None, "attach_to_request",
        "Follow-up to richmond_wandsworth_05 ([SB-...] in the subject -> follow_up -> attach_to_request): mum 'has "
        "agreed to the step down ... and signed the consent form' -> consent true. Children and case ids from the "
        "quoted acknowledgement. A follow_up has no requirements -> missing [].")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2040-07-05 16:20:37"
    body = T("""
Dear Early Help duty,

As agreed with your duty manager this morning, the step down case discussion for Zara Hussain (DOB 14/04/2025), Mosaic 3340775, is on Monday 9th July at 10am at Wandsworth Town Hall, room 2.14.

Attached: latest case summary and the draft plan for Early Help.

Zara and her mum have both consented to Early Help continuing the plan, and Zara would like her school mentor, Ms Farah Iqbal (Southfields Academy), to be her Lead Professional.

A note on the holiday, because you will see it in the summary: the referral in March was from school after a friend said Zara was "going to Pakistan to get married" in the summer. We explored it fully in the assessment. The family are going to Lahore on 21 July for her cousin's wedding and are back on 11 August - return tickets seen, Zara told me on her own that she is looking forward to it and is starting Year 11 in September. She has her own phone and the Forced Marriage Unit leaflet, and there are no concerns about forced marriage. The worry was about a cousin's wedding, not hers.

Best wishes,
Hannah Lindqvist
Social Worker, Richmond Children's Services (Assessment Team)
""")
    atts = [docx_att("Case summary - Hussain - July 2040.docx", ["# Case summary", "Single assessment completed 28/06/2040.",
                                                               "Concern (March 2040) of forced marriage explored and ruled out.",
                                                               "Current need: Zara's low mood around exams; mum's isolation."]),
            docx_att("Draft plan for Early Help - Hussain.docx", ["# Draft plan", "Lead Professional: Farah Iqbal, school mentor.",
                                                                 "1. Weekly mentoring.", "2. CAMHS drop-in for low mood."])]
    top = outlook_top(f, addr("Lindqvist, Hannah", "hannah.lindqvist@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Hussain - case discussion Mon 9 July", when)
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["3340775"],
        [ch("Zara Hussain", "2025-04-14", "14/04/2025")],
        [], True, None, [], None, "book_meeting",
        "NEAR MISS - A FAMILY HOLIDAY ABROAD BOOKED FOR THE END OF TERM, with the earlier forced-marriage worry "
        "explored and ruled out ('there are no concerns about forced marriage'; a cousin's wedding, return tickets "
        "seen) -> not urgent, no concern labelled for it. Complete Richmond & Wandsworth step-down (REQUIREMENTS: case "
        "summary, draft plan, consent 'have both consented') -> book_meeting. The request states no current concern "
        "from the contract's list (low mood around exams is the child's, not a parent's) -> [].",
        not_children=["Farah Iqbal", "Hannah Lindqvist"])


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2040-07-18 16:22:03"
    blocks = [
        "Dear MAST,", "",
        "I am the Year 4 class teacher at Cubitt Town Primary. I am writing on behalf of our DSL, who is off site "
        "today, and the head asked me to write down exactly what the child said.", "",
        "Today at 3pm, while the class were making cards for the end of term, {{Fatmata Kamara}} (Year 4, date of "
        "birth 4th March 2031) showed me a card she had made for her grandmother. I asked about it and she said, in "
        "these words:", "",
        "\"We are going to Freetown tomorrow on the aeroplane for the whole holiday. Grandma is going to do my Bondo "
        "so I can be a proper woman. They cut you down there and it hurts but then there is a big party with dancing "
        "and I get a new lappa and gold earrings. Aunty Mariatu had it and she couldn't walk for a week. Mummy said "
        "don't tell the teachers because it is a secret for girls.\"", "",
        "Fatmata's mum, {{Isatu Kamara}}, confirmed at pick-up that they fly tomorrow morning (Thursday 19 July) from "
        "Gatwick at 09:40 and told me school had been given a letter - we have not. The last day of term is Friday, "
        "so Fatmata will miss two days. Her older sister {{Aminata Kamara}} (Year 7 at Langdon Park, date of birth "
        "22nd October 2027) is travelling too.", "",
        "The family live at Flat 6, Alpha Grove, E14. Fatmata went home with mum at 3.20pm.", "",
        "I have not asked her any more questions. Please let me know what you need from school. I will be here until "
        "6pm on 020 7946 0584.", "",
        "Kind regards,", "Ms Olivia Brandt", "Year 4 Class Teacher, Cubitt Town Primary School",
    ]
    top = outlook_top(f, addr("Olivia Brandt", "o.brandt@cubitttown.example.sch.uk"), addr("MAST", TMAST),
                      "Year 4 pupil - what she told me about the holiday tomorrow", when,
                      mid_domain="cubitttown.example.sch.uk")
    add(f, word_mail(f, top, blocks, plain_twin=False, font="Calibri"), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Fatmata Kamara", "2031-03-04", "4th March 2031"), ch("Aminata Kamara", "2027-10-22", "22nd October 2027")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A FAMILY 'HOLIDAY' WITH FLIGHTS TOMORROW TO A CUTTING CEREMONY, in a 9-year-old's own words in an HTML-only "
        "Word mail: 'Grandma is going to do my Bondo ... They cut you down there', flying from Gatwick at 09:40 "
        "tomorrow, told to keep it secret; her 12-year-old sister travels too. No alarm word and no 'FGM'. DESIGN "
        "safety rule 1 -> urgent -> alert_duty (Tower Hamlets seed: immediate concerns to MAST). A teacher, no step "
        "-> other. FGM is labelled physical_harm (the contract has no FGM id). Both girls named with DOBs.",
        not_children=["Isatu Kamara", "Olivia Brandt"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2040-07-06 23:04:47"
    body = T("""
hello this is Rokeya Begum mother of Nusrat Begum, Mr Jamal gave me this email for family support

my daughter Nusrat is 15 (born 30/09/2024), she go to the festival in Victoria Park today with her friend sister and 2 men, i think they are 22 or 23, i dont know them. at 9.10 she send snapchat to her cousin of pills in her hand and say "they gave me these, everyone is taking them". from 10 o clock she not answer, her phone ringing and ringing, now going off. her friend is not answering also. the festival finish at 11. her location is off.

i am at the gate of the park now with my son, security say they can not help. my husband is in Bangladesh. what can i do please. 07700 900 327

Sent from Yahoo Mail on Android
""")
    top = plain_top(f, addr("Rokeya Begum", "rokeya.begum84@yahoo.example.com"), addr(None, TEH),
                    "my daughter at festival", when, "yahoo.example.com", None)
    add(f, mail(f, top, body, crlf=False, cte="base64"), "tower_hamlets", "early_help_duty", when, 2,
        "urgent", "other", True, None, [],
        [ch("Nusrat Begum", "2024-09-30", "30/09/2024")],
        ["exploitation", "missing", "substance_misuse"], None, None, [], None, "alert_duty",
        "A 15-YEAR-OLD AT A FESTIVAL WITH ADULTS WHO GAVE HER PILLS AND SHE IS NOT ANSWERING, in a mother's "
        "second-language phone mail (base64 text/plain, LF) at 23:04: two men in their twenties gave her pills, no "
        "answer for an hour, phone now off, location off. No alarm word. DESIGN safety rule 1 -> urgent -> "
        "alert_duty (out of hours). A parent, no step -> other. Pills from adult men -> exploitation + "
        "substance_misuse; whereabouts unknown -> missing.",
        not_children=["Rokeya Begum"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2040-07-02 12:00:31"
    html_body = LAYOUT_HEAD + T("""
<h2 style="font-family:Arial;color:#5B2C83">Bow Secondary School - Parent Newsletter</h2>
<h3 style="font-family:Arial">Year 11 Prom - Thursday 12 July, 7pm-11pm, The Trinity Buoy Wharf</h3>
<p>Dear Parents and Carers,</p>
<p>We are very much looking forward to celebrating with our Year 11s. To help everyone have a safe and happy evening, please read and talk through the following with your child:</p>
<ul>
<li><b>Getting there and home:</b> students must be dropped off and collected by a parent or an adult you have named on the form. No student leaves alone.</li>
<li><b>After-parties:</b> the school does not organise or endorse any after-party. We know that every year some young people are invited to hotel rooms or Airbnbs. Please know where your child will be and who with.</li>
<li><b>Drinks and spiking:</b> no alcohol is allowed. Staff will be on every door. Teach your child never to leave a drink, and to tell a member of staff straight away if a friend seems very drunk or unwell after a drink.</li>
<li><b>Limos and party buses:</b> only companies on the approved list may collect from the venue.</li>
</ul>
<p>If you ever believe a child is in immediate danger, call 999. For any other worry about a child, you can contact the Tower Hamlets MAST or the school's safeguarding team.</p>
<p>We have copied this newsletter to our partners at the Early Help Hub, as we do every term.</p>
<p>Mr D. Osei, Head of Year 11</p>
</body></html>
""")
    top = plain_top(f, addr("Bow Secondary School", "newsletter@bowsecondary.example.sch.uk"),
                    addr("Year 11 Parents", "y11parents@bowsecondary.example.sch.uk"),
                    "Year 11 Prom - keeping safe on the night", when, "bowsecondary.example.sch.uk", "Mailchimp",
                    cc=addr("Early Help Hub", TEH), extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<mailto:unsubscribe@bowsecondary.example.sch.uk>")])
    add(f, html_only(f, top, html_body), "tower_hamlets", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A PROM SAFETY NEWSLETTER (HTML only, bulk): hotel rooms, spiking, 'immediate danger, call 999' "
        "as general advice about nobody real (DESIGN safety rule 1: bulletins must not trigger it). Sent by a person's "
        "newsletter tool, not an auto-reply (no Auto-Submitted) -> other -> human_review.")

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2040-05-15 14:35:20"
    body = T("""
Dear Early Help Hub,

Step down to Early Help for Ilyas Chowdhury (DOB 07/07/2029) and Maryam Chowdhury (DOB 13/12/2035), Mosaic 2791150.

The Child and Family Assessment concluded on 10/05/2040 (attached) with a recommendation of step down to Early Help. The draft TAF plan is attached.

Dad and mum have both consented to the step down and to the TAF - they signed the consent on 10 May.

Lead Practitioner: Mr Shahid Alam, Family Support Worker at Marner Primary School, has agreed to take the role.

I will chair the TAF meeting on Wednesday 23 May at 3.30pm at Marner Primary (after the Eid assembly rehearsal finishes - the children are performing).

Concerns that led to the assessment: Ilyas's attendance (82%) and the overcrowding at home. The family have been rehoused and attendance is improving.

Regards,
Tahmina Yasmin
Social Worker, Children and Families Assessment Team, Tower Hamlets
""")
    atts = [pdf_att("C&F Assessment - Chowdhury - 10.05.2040.pdf", "Child and Family Assessment - Chowdhury",
                    ["Completed 10/05/2040. Outcome: step down to Early Help (TAF).",
                     "Needs: school attendance; housing (resolved - rehoused April 2040)."]),
            docx_att("Draft TAF plan - Chowdhury.docx", ["# Draft TAF plan", "Lead Practitioner: Shahid Alam (Marner Primary).",
                                                       "1. Attendance plan with the EWO.", "2. Homework club for Ilyas."])]
    top = outlook_top(f, addr("Yasmin, Tahmina", "tahmina.yasmin@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to Early Help - Chowdhury - Mosaic 2791150", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["2791150"],
        [ch("Ilyas Chowdhury", "2029-07-07", "07/07/2029"), ch("Maryam Chowdhury", "2035-12-13", "13/12/2035")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "Complete Tower Hamlets step-down (REQUIREMENTS, tower_hamlets step_down: C&F assessment .pdf, draft TAF plan "
        ".docx, consent 'have both consented', Lead Practitioner named with agency) -> book_meeting; the TAF on Wed "
        "23 May is within 10 WD of the assessment's end (10 May). 'Mosaic 2791150' -> the bare number. 82% -> "
        "school_attendance (the housing is resolved).",
        not_children=["Shahid Alam", "Tahmina Yasmin"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2040-05-21 10:10:48"
    body = T("""
Hi MAST,

I'd like to step up Leon Fairweather (DOB 25/02/2034), EHM-73318, from Early Help to MAST. MARF attached.

Mum has agreed to the referral.

In short: Leon (6) has been sent to school hungry most days since Easter, he went on the Reception/Year 1 trip to Kew with no coat in the rain and no lunch, and he has told staff "mummy sleeps all day". Mum's boyfriend has moved in and she has stopped coming to TAF meetings.

My manager, Dolores Quayle, has read the MARF and does not agree to a step up yet - she wants one more TAF with the boyfriend invited before we escalate, so I'm sending this so MAST has it on record and for your view.

Thanks,
Kemi Adebayo
Early Help Practitioner, Tower Hamlets Early Help (Bow locality)
""")
    atts = [pdf_att("MARF - Leon Fairweather.pdf", "Multi-Agency Request for Support (MARF)",
                    ["Child: Leon Fairweather, 25/02/2034.", "Referrer: Kemi Adebayo, Early Help Practitioner.",
                     "Reason: neglect of basic needs; parent not engaging.", "Manager's comments: not agreed at this stage - one more TAF."])]
    top = outlook_top(f, addr("Adebayo, Kemi", "kemi.adebayo@" + TDOM), addr("MAST", TMAST),
                      "Step up request - Leon Fairweather", when)
    add(f, mail(f, top, body, atts), "tower_hamlets", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-73318"],
        [ch("Leon Fairweather", "2034-02-25", "25/02/2034")],
        ["neglect", "non_engagement"], True, False, ["manager_agreed"], None, "request_info",
        "Tower Hamlets MAST step-up with the MARF (.pdf) -> request_for_support met. MANAGER REFUSED: 'does not agree "
        "to a step up yet' -> manager_agreed false -> missing (REQUIREMENTS, tower_hamlets step_up) -> request_info. "
        "'Mum has agreed to the referral' -> consent true (not required here). Hungry, no coat or lunch on a school "
        "trip -> neglect; mum stopped coming to TAFs -> non_engagement. Nothing tonight -> not urgent.",
        not_children=["Dolores Quayle", "Kemi Adebayo"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2040-05-16 09:02:26"
    data = google_reply(f, when, "Shahid Alam", "s.alam@marner.example.sch.uk",
                        ("Tahmina Yasmin", "tahmina.yasmin@towerhamlets.gov.uk"), "ACCEPTED",
                        "TAF meeting - Chowdhury - Mosaic 2791150", "20400523T143000Z", "20400523T153000Z",
                        "Marner Primary School, Devons Road, E3", "Wed 23 May 2040 3:30pm - 4:30pm (BST)")
    data = data.replace(b"To: ", b"Cc: Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>\nTo: ", 1)
    add(f, data, "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, ["2791150"], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (PARTSTAT=ACCEPTED, times in UTC) from the Lead Practitioner for tower_hamlets_04's "
        "TAF (Wed 23 May 15:30 BST), copied to the Early Help Hub -> meeting_reply -> record_reply. 'Mosaic 2791150' "
        "in the SUMMARY -> the bare number.")

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2040-06-26 09:40:12"
    ack = ack_text("step up", "[SB-tower_hamlets-3127]",
                   ["Family: Rahman", "Mosaic: 2804417", "Children: Ayaan Rahman (05/06/2033)"], [])
    body = T("""
Morning MAST,

Just an update for the record on this one before the MAST discussion on Thursday.

Ayaan's 7th birthday party was on Saturday at the community hall, and dad came for the two hours that were agreed as supervised contact, with me and the contact worker there throughout. It went fine. Dad brought a present, stayed with the group, left at 5pm as agreed and didn't try to take Ayaan anywhere. Mum said it was the first family celebration in two years that didn't end in an argument. No concerns arose and there's nothing that needs doing before Thursday.

Kind regards,
Sultana Miah
Family Support Worker, Tower Hamlets Early Help
""")
    text = body + quote("Tower Hamlets stepbot <stepbot@towerhamlets.gov.uk>", "14 June 2040 11:30",
                        "Miah, Sultana <sultana.miah@towerhamlets.gov.uk>",
                        "[SB-tower_hamlets-3127] Step up received - Rahman", ack)
    top = outlook_top(f, addr("Miah, Sultana", "sultana.miah@" + TDOM), addr("MAST", TMAST),
                      "RE: [SB-tower_hamlets-3127] Step up received - Rahman", when)
    add(f, mail(f, top, text, html_alt=True), "tower_hamlets", "mash_step_up", when, 2,
        "near_miss", "follow_up", False, None, ["2804417"],
        [ch("Ayaan Rahman", "2033-06-05", "05/06/2033")],
        [], None, None, [], None, "attach_to_request",
        "NEAR MISS - A FAMILY CELEBRATION THAT WENT FINE: supervised contact at a birthday party, dad left as agreed, "
        "'No concerns arose and there's nothing that needs doing' -> not urgent, no concern labelled. A reply to "
        "[SB-tower_hamlets-3127] -> follow_up -> attach_to_request. Child and Mosaic number from the quoted "
        "acknowledgement.",
        not_children=["Sultana Miah"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2040-05-25 20:52:09"
    body = T("""
Sending this on to you because I can't get through to anyone else tonight. Safiya is one of the girls in my Friday group. This came in 10 minutes ago.

Marcus Lindo
Youth Worker, Limehouse Youth Hub
07700 900 781

-------- Original message --------
From: Safiya Begum
Date: 25/05/2040 20:41
To: Marcus Lindo (youth hub)

marcus its safiya
im at jade's for a sleepover, her mums on nights at the hospital and her mums boyfriend keeps coming in jade's room
hes giving us vodka in coke and he said i have to sit on his lap if i want my phone charger back and he keeps touching my leg
jade's asleep. he said hes coming back in when hes finished his film
i dont want to ring my mum she'll kill me for being here. its flat 22 bracken house on the estate
pls dont tell him i told u
""")
    top = plain_top(f, addr("Marcus Lindo", "marcus.lindo@limehouseyouthhub.example.org.uk"), addr("Early Help Hub", TEH),
                    "FW: from Safiya tonight", when, "limehouseyouthhub.example.org.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "tower_hamlets", "early_help_duty", when, 5,
        "urgent", "other", True, None, [],
        [ch("Safiya Begum")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "A SLEEPOVER TONIGHT, IN THE CHILD'S OWN FORWARDED TEXT (20:52, Friday before the Spring Bank Holiday): the "
        "host mother's boyfriend is giving the girls vodka, touching her leg, wants her on his lap and 'is coming back "
        "in'. No alarm word. DESIGN safety rule 1 -> urgent -> alert_duty (out of hours). A youth worker forwarding, no "
        "step -> other. Only Safiya is named in full (Jade has no surname). sexual_harm.",
        not_children=["Marcus Lindo"])


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2040-06-20 15:34:50"
    body = T("""
this is Maureen Trott, Poppy's nan. Karen your worker's email says she's on leave and to use this one.

we're at the Livermead for my husband's wake after the funeral this morning. Poppy's dad Dean Pascoe has turned up, he's not supposed to come near her, there's a court order, he's the one that broke her arm when she was 2. he's been drinking since he got here and he's just taken Poppy by the hand and said he's taking her for a walk on the beach and to get an ice cream and "no one's stopping me seeing my own daughter at her grandad's funeral"

my daughter Gemma (Poppy's mum) went after them but he shoved her back against the door. they went towards the sea front about 5 mins ago. Poppy is 6, Poppy Trott-Pascoe 12/04/2034.

i'm 74 i can't run after them. please send someone. 07700 900 245

Sent from my iPad
""")
    top = plain_top(f, addr("Maureen Trott", "mo.trott@btinternet.example.com"), addr(None, BEH),
                    "Poppy", when, "btinternet.example.com", None)
    add(f, iphone_mail(f, top, body), "torbay", "early_help_duty", when, 3,
        "urgent", "other", True, None, [],
        [ch("Poppy Trott-Pascoe", "2034-04-12", "12/04/2034")],
        ["domestic_abuse", "physical_harm", "substance_misuse"], None, None, [], None, "alert_duty",
        "A FUNERAL WAKE, IN A GRANDMOTHER'S iPAD MAIL (15:34): the father under a court order, who broke the child's "
        "arm, has turned up drunk, shoved the mother and walked off with the 6-year-old towards the sea front five "
        "minutes ago. No alarm word. DESIGN safety rule 1 -> urgent -> alert_duty (MASH duty, office hours). A "
        "grandparent, no step -> other. Past injury by him and a child taken now -> physical_harm; shoving the mother "
        "-> domestic_abuse; drinking -> substance_misuse.",
        not_children=["Maureen Trott", "Dean Pascoe"])

def torbay_02():
    f = "torbay_02.eml"; when = "2040-07-12 16:05:14"
    body = T("""
Hello MASH, writing from the coach on my phone so sorry for typos.

I'm leading Churston Ferrers Grammar's Year 9 trip back from the Eden Project. We get back to school at 5pm and parents collect from the car park.

About 20 mins ago Lacey Brimble (Y9, DOB 03/11/2025) asked to sit with me and told me she doesn't want to go home tonight because her stepdad Wayne is picking her up and mum is on a late shift till 11. She said "he comes in my room when mum's at work and does stuff and says if I tell he'll say I'm lying". She said he texted her today "can't wait to have you to myself tonight". She showed me the text. She's shaking.

She is sitting next to me and Mrs Hext now. We arrive at the school car park in about 35 minutes and he will be there. Our DSL has left for the day and isn't answering.

Please ring me - 07700 900 529.
Tom Adeyemi-Shaw, Head of Year 9
Sent from my Galaxy
""")
    top = plain_top(f, addr("Tom Adeyemi-Shaw", "t.adeyemi-shaw@cfgs.example.sch.uk"), addr(None, BMASH),
                    "Y9 trip - pupil told me about home", when, "cfgs.example.sch.uk", None)
    add(f, mail(f, top, body, crlf=False, cte="base64"), "torbay", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Lacey Brimble", "2025-11-03", "03/11/2025")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "A SCHOOL DAY TRIP, FROM THE COACH (16:05): a 14-year-old tells the trip leader her stepfather 'comes in my "
        "room ... and does stuff' and has texted 'can't wait to have you to myself tonight'; he is collecting her in "
        "35 minutes with mum at work till 11. No alarm word. DESIGN safety rule 1 -> urgent -> alert_duty. A "
        "teacher, no step -> other. sexual_harm.",
        not_children=["Tom Adeyemi-Shaw"])

def torbay_03():
    f = "torbay_03.eml"; when = "2040-04-26 10:00:22"
    body = T("""
Torbay Safeguarding Children Partnership - Learning and Development

SUMMER HOLIDAYS: SAFEGUARDING BEYOND THE SCHOOL GATE
Half-day workshop for Early Help practitioners, school DSLs and youth workers
Tuesday 12 June 2040, 9.30am-12.30pm, Paignton Library Meeting Room 2

The six weeks of the summer holiday are when many children are least visible. This workshop uses short case scenarios (all fictional) to practise what to do and who to call:

Scenario A - "Amira", 8, tells her teacher on the last day of term that she is flying abroad tomorrow for "a special ceremony for girls" and a party.
Scenario B - "Jordan", 15, goes to a music festival with older friends; his mum can't reach him and a friend says he's taken something.
Scenario C - A parent is drunk at a child's birthday party and a guest's parent rings you at 7pm.
Scenario D - On a residential, a child tells staff a teacher touched her.

For each we will look at: when this is an immediate risk and a 999 or MASH call, when it is a referral, and when Early Help support is right.

Book on the TSCP learning platform. Places: 30.

This email is sent to the Early Help inbox for circulation to the team. Please do not reply to it.
""")
    top = plain_top(f, addr("TSCP Learning and Development", "tscp.training@torbay.gov.uk"), addr("Early Help", BEH),
                    "Training: Summer holidays - safeguarding beyond the school gate (12 June)", when, BDOM,
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "torbay", "early_help_duty", when, 9,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - TRAINING ON SUMMER HOLIDAY SAFEGUARDING: four fictional scenarios (a cutting ceremony abroad, a "
        "teenager at a festival, a drunk parent at a party, a residential disclosure) that echo this set's urgent "
        "mails, marked 'all fictional'. DESIGN safety rule 1: bulletins and training that list examples must not "
        "trigger it. The scenario names are first names in quotes, not children -> []. other -> human_review.")

def torbay_04():
    f = "torbay_04.eml"; when = "2040-05-08 11:45:30"
    blocks = [
        "Hi Early Help,", "",
        "Please could I have a triage slot for a step down to level 3 Early Help for:", "",
        ("table", [["Name", "DOB", "LCS"],
                   ["Riley Soper", "09/09/2035", "LCS-4471208"],
                   ["Bella Soper", "30/01/2037", "LCS-4471209"]]),
        "",
        "The Single Assessment is attached, with my team manager's analysis - Hayley Burt (TM) has signed it off and "
        "agrees the step down. Mum (Stacey Soper) has consented to the step down to level 3 and signed on 3 May.", "",
        "One thing I want the triage to see in the plan: the contingency section covers what happens \"if Riley and "
        "Bella's father turns up at the school summer fair on 29 June\". He has no contact under the child "
        "arrangements order and lives in Cornwall; he has not been seen in Torbay since 2038 and has made no attempt "
        "to contact them. It is a what-if the school asked us to write down, not something we expect - there is no "
        "current concern about him.", "",
        "Needs now: Bella's speech and language (she has an EHCP assessment under way) and mum's isolation.", "",
        "Thanks,", "{{Jodie Kitto}}", "Social Worker, Safeguarding and Supporting Families Team 2, Torbay Council",
    ]
    atts = [pdf_att("Single Assessment - Soper - signed.pdf", "Single Assessment - Riley and Bella Soper",
                    ["Outcome: step down to level 3 Early Help.", "Team manager analysis (Hayley Burt): agreed - no further need for statutory intervention.",
                     "Contingency: if father attends the school summer fair, school to follow the CAO and contact mum."])]
    top = outlook_top(f, addr("Kitto, Jodie", "jodie.kitto@" + BDOM), addr("Early Help", BEH),
                      "Step down to level 3 - Soper - triage please", when)
    add(f, word_mail(f, top, blocks, atts), "torbay", "early_help_duty", when, 6,
        "near_miss", "step_down", False, 3, ["LCS-4471208", "LCS-4471209"],
        [ch("Riley Soper", "2035-09-09", "09/09/2035"), ch("Bella Soper", "2037-01-30", "30/01/2037")],
        ["disability_send"], True, True, [], None, "book_meeting",
        "NEAR MISS - A HYPOTHETICAL IN A CONTINGENCY PLAN: 'if ... their father turns up at the school summer fair' "
        "is a what-if, 'no current concern about him' -> not urgent, no domestic_abuse. Complete Torbay step-down in "
        "Word HTML with a table (REQUIREMENTS, torbay step_down: Single Assessment .pdf, TM 'agrees the step down' -> "
        "manager true, 'has consented' -> consent true; level 3) -> book_meeting. Both children under 5 -> the "
        "fortnightly under-5s triage (a panel choice, not a label). Bella's speech and EHCP assessment -> "
        "disability_send.",
        not_children=["Stacey Soper", "Hayley Burt", "Jodie Kitto"])

def torbay_05():
    f = "torbay_05.eml"; when = "2040-05-17 14:20:06"
    body = T("""
To Torbay MASH,

Contact / step up from level 3 Early Help for Kai Loveridge, DOB 15/08/2027, EHM-882145.

My team manager (Sasha Pengelly) and I discussed this in supervision on 15/05 and she agrees that Kai should be stepped up.

Consent: I asked mum today and she has refused consent to the referral. She said "you're not ruining our holiday" - the family have booked three weeks in Turkey from 2 July, the third holiday in term time this year, and she has had two fixed penalty notices. I'm sending this so the MASH can decide whether to proceed without consent - there is nothing to suggest Kai is unsafe this week.

Concerns: Kai's attendance is 64%; he is regularly left to get himself up and to school, and he has had head lice and the same uniform for weeks. He missed the Year 7 residential because the deposit wasn't paid.

Thanks
Gareth Hocking
Family Intervention Worker (Level 3), Torbay Early Help
""")
    top = plain_top(f, addr("Hocking, Gareth", "gareth.hocking@" + BDOM), addr("MASH", BMASH),
                    "Step up - Kai Loveridge - EHM-882145", when, BDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-882145"],
        [ch("Kai Loveridge", "2027-08-15", "15/08/2027")],
        ["neglect", "school_attendance"], False, True, ["consent"], None, "request_info",
        "Torbay step-up (the lead professional's contact to MASH). CONSENT REFUSED: 'she has refused consent' -> "
        "consent false -> 'consent' missing (REQUIREMENTS, torbay step_up); TM 'agrees' -> manager true. A "
        "term-time holiday and a missed residential are part of the neglect and attendance picture; 'nothing to "
        "suggest Kai is unsafe this week' -> not urgent. 64% -> school_attendance; left to get himself up, lice, "
        "same uniform -> neglect. request_info.",
        not_children=["Sasha Pengelly", "Gareth Hocking"])

def torbay_06():
    f = "torbay_06.eml"; when = "2040-06-18 16:50:38"
    body = T("""
Hi Early Help team,

Can I please book a triage slot for Harvey Luscombe (DOB 2031-05-22), LCS-4460377, stepping down to level 3.

Single Assessment attached - it's complete but my ATM, Jo Harvey, hasn't signed off her analysis yet because she's been on leave. She's back Wednesday and I'll send it on as soon as she has. I don't want to guess what she'll say.

Dad (Harvey lives with dad) has consented to Early Help and signed the consent form at the visit on 14 June - he's keen to get support in place before the summer holidays.

Background: Harvey is 9, autistic, and dad is his sole carer since mum left. Harvey was excluded from the Year 4 residential because the school said they couldn't meet his needs, and dad has been struggling with his own depression.

Thanks,
Niamh Foley
Social Worker, Single Assessment Team, Torbay Council
""")
    atts = [pdf_att("Single Assessment - Luscombe - June 2040.pdf", "Single Assessment - Harvey Luscombe",
                    ["Recommendation: step down to level 3 Early Help.", "Team manager analysis: [awaiting sign-off]"])]
    top = outlook_top(f, addr("Foley, Niamh", "niamh.foley@" + BDOM), addr("Early Help", BEH),
                      "Step down L3 - Luscombe - triage slot", when)
    add(f, mail(f, top, body, atts), "torbay", "early_help_duty", when, 7,
        "ordinary", "step_down", False, 3, ["LCS-4460377"],
        [ch("Harvey Luscombe", "2031-05-22", "2031-05-22")],
        ["disability_send", "parental_mental_health"], True, None, ["manager_agreed"], None, "request_info",
        "Torbay step-down, level 3, with the Single Assessment attached (assessment met) and consent given ('has "
        "consented ... signed the consent form'). MANAGER AGREEMENT PENDING: the ATM 'hasn't signed off her analysis "
        "yet' -> null -> 'manager_agreed' missing (REQUIREMENTS, torbay step_down) -> request_info. Autistic, excluded "
        "from a residential -> disability_send; dad's depression -> parental_mental_health. torbay_08 brings the "
        "sign-off.",
        not_children=["Jo Harvey", "Niamh Foley"])

def torbay_07():
    f = "torbay_07.eml"; when = "2040-06-19 09:03:11"
    data = ndr(f, when, BDOM, addr("Early Help", BEH), "summerfair@stmarychurch-primary.example.sch.uk",
               "Summer fair - Early Help stall volunteers", "Early Help <earlyhelp@torbay.gov.uk>", "2040-06-19 09:01:40")
    add(f, data, "torbay", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Exchange Online non-delivery report (multipart/report, Auto-Submitted: auto-replied) for the Early Help "
        "inbox's mail about a summer-fair stall -> auto_reply -> ignore (DESIGN safety rule 2).")

def torbay_08():
    f = "torbay_08.eml"; when = "2040-06-20 10:12:44"
    ack = ack_text("step down", "[SB-torbay-1406]",
                   ["Child: Harvey Luscombe (2031-05-22)", "LCS: LCS-4460377"],
                   ["manager_agreed (your team manager's agreement)"])
    body = T("""
Jo is back and has signed off the Single Assessment - she agrees with the step down to level 3. Signed version attached.

Niamh
""")
    text = body + quote("Torbay stepbot <stepbot@torbay.gov.uk>", "18 June 2040 16:58",
                        "Foley, Niamh <niamh.foley@torbay.gov.uk>", "[SB-torbay-1406] Step down received - Luscombe", ack)
    atts = [pdf_att("Single Assessment - Luscombe - signed.pdf", "Single Assessment - Harvey Luscombe (signed)",
                    ["Team manager analysis (Jo Harvey, ATM): agreed - step down to level 3 Early Help."])]
    top = outlook_top(f, addr("Foley, Niamh", "niamh.foley@" + BDOM), addr("Early Help", BEH),
                      "RE: [SB-torbay-1406] Step down received - Luscombe", when)
    add(f, mail(f, top, text, atts), "torbay", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["LCS-4460377"],
        [ch("Harvey Luscombe", "2031-05-22", "2031-05-22")],
        [], None, True, [], None, "attach_to_request",
        "Follow-up to torbay_06 ([SB-torbay-1406] -> follow_up -> attach_to_request): 'has signed off ... she agrees "
        "with the step down' -> manager_agreed true. Child and LCS id from the quoted acknowledgement. A follow_up "
        "has no requirements -> missing []; the level stays null (DESIGN: level is for a step-down).",
        not_children=["Niamh"])


# ============================================================================= HEREFORDSHIRE
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2040-07-06 14:52:18"
    body = T("""
MASH - I'm the PTA chair at Bishop's Meadow Primary, our summer fair is on now on the school field.

The school sent all staff a photo in the spring of Oscar Whitlow's dad, Craig Whitlow, because there's a court order and he isn't allowed to have contact with Oscar or to come to the school. He was in prison for what he did to Oscar's mum.

He came in through the back gate about 10 minutes ago, went straight to the bouncy castle, picked Oscar up and walked off with him towards the Holme Lacy Road car park. Oscar is 5 (Reception, DOB 14/03/2035). His mum Jess was on the cake stall and ran after them but he drove off in a silver estate car with Oscar in the back, no car seat. She has rung 999. The head is with her.

The head asked me to email you as well because she said the family has a social worker. I have the car's reg if that helps: it started WK18.

Debbie Prosser
PTA Chair, Bishop's Meadow Primary
07700 900 863
""")
    top = plain_top(f, addr("Debbie Prosser", "debbie.prosser@gmail.example.com"), addr(None, HMASH),
                    "Oscar Whitlow taken from our summer fair by his dad", when, "gmail.example.com", None)
    add(f, mail(f, top, body, crlf=False), "herefordshire", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Oscar Whitlow", "2035-03-14", "14/03/2035")],
        ["domestic_abuse", "missing"], None, None, [], None, "alert_duty",
        "A SUMMER FAIR (14:52): the father barred by a court order, imprisoned for harming the mother, has taken the "
        "5-year-old from the bouncy castle and driven off. 999 has been called, which does not make it less urgent. "
        "No alarm word. DESIGN safety rule 1 -> urgent -> alert_duty (MASH duty). A PTA chair, no step -> other. "
        "domestic_abuse (he was imprisoned for what he did to the mother; the order keeps him away) + missing "
        "(the child driven off, whereabouts unknown).",
        not_children=["Craig Whitlow", "Debbie Prosser"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2040-05-25 20:41:55"
    body = T("""
Please help me. I am Agnieszka Kowalczyk, you have my family in early help before, Mrs Lang was our worker.

Today is party for my daughter first holy communion, all family from Poland is here. My husband Tomasz drink all day, vodka, he is very angry because my brother said something. He hit me in the face in front of everybody and pulled my hair, my brother took him outside but now everybody go to hotel and he is back in the house.

I am in the bathroom with my children Zuzanna Kowalczyk 8 years and Filip Kowalczyk 4 years, the door is lock. He is kicking the door and shouting he will break it and "finish this". Filip is crying. My phone is 3% battery.

Address 9 Kyrle Street Hereford HR1

I write in email because I can not talk, he will hear me.
""")
    top = plain_top(f, addr("Agnieszka K", "agakowalczyk@wp.example.pl"), addr(None, HEH),
                    "pomoc - help", when, "wp.example.pl", None)
    add(f, iphone_mail(f, top, body), "herefordshire", "early_help_duty", when, 2,
        "urgent", "other", True, None, [],
        [ch("Zuzanna Kowalczyk"), ch("Filip Kowalczyk")],
        ["domestic_abuse", "substance_misuse"], None, None, [], None, "alert_duty",
        "A COMMUNION PARTY, IN A MOTHER'S SECOND-LANGUAGE PHONE MAIL (20:41, Friday before the Spring Bank Holiday): "
        "her drunk husband hit her at the party and is kicking the bathroom door where she is locked in with an "
        "8-year-old and a 4-year-old, saying he will 'finish this'. She cannot phone because he will hear. No alarm "
        "word. DESIGN safety rule 1 -> urgent -> alert_duty (out of hours). A parent writing to the co-ordinators' "
        "inbox, no step -> other. domestic_abuse + substance_misuse. Children named in full without DOBs.",
        not_children=["Agnieszka Kowalczyk", "Tomasz"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2040-04-23 11:15:27"
    body = T("""
Sat Sri Akal,

I am the secretary of the Guru Nanak Gurdwara in Hereford. Our Vaisakhi mela and Nagar Kirtan on Saturday 14 April went very well, with over 2,000 people through the city centre - thank you to the council for the road closures.

Our Sewa committee asked me to write to you for your records about one incident, as your Early Help team spoke at our parents' evening last year. At about 2.15pm a boy of about 6 became separated from his family near the langar tent. Our volunteers found him within ten minutes, he was given a drink and a sweet in the first-aid tent, and his father collected him at 2.30pm. The family are well known to us, the father was very grateful and the boy was happy and playing again straight away. The police officer on duty at the mela was told and said no further action was needed.

We are reviewing our lost-child point for Diwali in the autumn and would welcome any advice or leaflets you have.

With thanks and best wishes,
Harjit Kaur Sandhu
Secretary, Guru Nanak Gurdwara, Hereford
""")
    top = plain_top(f, addr("Harjit Kaur Sandhu", "secretary@gurdwara-hereford.example.org.uk"), addr(None, HEH),
                    "Vaisakhi mela - lost child (resolved) - for your records", when,
                    "gurdwara-hereford.example.org.uk", None)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 10,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A FAITH LEADER'S REPORT OF A RESOLVED INCIDENT at a Vaisakhi mela nine days ago: a lost 6-year-old "
        "found in ten minutes and collected by his father, the police said no further action. Resolved, historic "
        "-> not urgent. No child named, no request -> other -> human_review. First working day of the window.",
        not_children=["Harjit Kaur Sandhu"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2040-05-30 15:00:49"
    body = T("""
Dear Early Help Co-ordinators,

Following my discussion with Xavier at Tuesday's drop-in, please find attached the Early Help Assessment step-down plan (level 3, Intensive) for the Price sibling group, Mosaic 2266017:

- Ellie-Mae Price, DOB 05/05/2028
- Jenson Price, DOB 17/10/2030
- Archie Price, DOB 29/07/2036

The family's signed written consent is attached. The key person agreed with the family to lead on this step down is Mrs Carys Bevan, Family Support Worker at Withington Primary School (01432 260 913).

The Child and Family Assessment decision to step down was made on 23/05/2040.

You will see in the plan that the family have booked a week's caravan holiday in Tenby for the start of the summer holidays - it's their first family holiday in years and the children are very excited. It's in the plan as a positive, and school have agreed the children finish on the last day of term as normal.

Kind regards,
Lowri Pritchard
Social Worker, Children in Need Team, Herefordshire Council
""") + "\n" + HDISC
    atts = [docx_att("EHA step-down plan - Price - May 2040.docx",
                     ["# Early Help Assessment step-down plan", "Level: 3 (Intensive)", "Children: Ellie-Mae, Jenson and Archie Price",
                      "Key person: Carys Bevan, Family Support Worker, Withington Primary School",
                      "What needs to happen: routines and school attendance; dad's alcohol support through Turning Point; summer holiday plan."]),
            pdf_att("Signed consent - Price family.pdf", "Consent to Early Help",
                    ["We agree to our family being supported by Early Help and to information being shared.",
                     "Signed: D. Price, S. Price. 24/05/2040"])]
    top = outlook_top(f, addr("Pritchard, Lowri", "lowri.pritchard@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down plan - Price sibling group - Mosaic 2266017", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["2266017"],
        [ch("Ellie-Mae Price", "2028-05-05", "05/05/2028"), ch("Jenson Price", "2030-10-17", "17/10/2030"),
         ch("Archie Price", "2036-07-29", "29/07/2036")],
        ["school_attendance", "substance_misuse"], True, None, [], None, "book_meeting",
        "Complete Herefordshire step-down for a sibling group (REQUIREMENTS, herefordshire step_down: signed consent "
        ".pdf -> consent_form; EHA step-down plan .docx -> draft_plan; key person named with her school -> "
        "lead_practitioner), level 3 stated, sent a week after the assessment decision (within two weeks) -> "
        "book_meeting. The family holiday is a positive. Plan: attendance -> school_attendance; dad's alcohol support "
        "-> substance_misuse.",
        not_children=["Carys Bevan", "Lowri Pritchard"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2040-06-14 10:40:26"
    body = T("""
Hi Verity,

Step down plan for Rhys Morgan-Hale (DOB 11/11/2033), Mosaic 2271904, attached.

Lead: Gemma Lloyd, Early Help Family Practitioner (Herefordshire Council), who knows the family from before.

Consent - dad agreed to the step down verbally when I saw him on Monday, but he hasn't signed the consent form yet. He's in Cardiff until next Thursday for his sister's wedding so I'll get it signed when he's back and send it on.

The concerns were dad's drinking after mum's death; he's now three months sober and Rhys is doing well.

Thanks,
Owain Jenkins
Social Worker, Herefordshire Council
""")
    atts = [docx_att("Step down plan - Rhys Morgan-Hale.docx",
                     ["# Early Help Assessment step-down plan", "Child: Rhys Morgan-Hale, 11/11/2033",
                      "Key person: Gemma Lloyd, Early Help Family Practitioner",
                      "What needs to happen: bereavement support for Rhys; dad's recovery support."])]
    top = outlook_top(f, addr("Jenkins, Owain", "owain.jenkins@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Morgan-Hale", when, cc=addr("Lang, Verity", "verity.lang@" + HDOM))
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["2271904"],
        [ch("Rhys Morgan-Hale", "2033-11-11", "11/11/2033")],
        ["substance_misuse"], True, None, ["consent_form"], None, "request_info",
        "Herefordshire step-down with the plan (.docx) and the key person named with her agency, but NO SIGNED "
        "CONSENT FORM: dad 'agreed to the step down verbally' -> consent true, yet the written consent the seed asks "
        "for is not attached ('hasn't signed the consent form yet') -> 'consent_form' missing (REQUIREMENTS, "
        "herefordshire step_down) -> request_info. No level stated -> null. Dad's drinking (now sober) is the reason "
        "for the plan -> substance_misuse.",
        not_children=["Gemma Lloyd", "Owain Jenkins"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2040-07-10 13:25:02"
    body = T("""
Dear MASH,

I'd like to step up Tegan Watkins (DOB 08/08/2030) from Early Help to children's social care.

Tegan (9) has missed her friend's birthday party, the school trip to Cadbury World and Sports Day because mum said they couldn't afford it or forgot, but mum has also started leaving her to look after her brother (3) after school while she works until 7. Tegan told school she "does tea and bath and bedtime". The Early Help plan hasn't changed things in six months.

Mum knows about the referral and agrees to it - she said she needs more help. My manager, Seren Hughes, has agreed to the step up.

Can you let me know what you need from me? I couldn't find a step up form for Herefordshire.

Kind regards,
Bethan Powell
Early Help Family Practitioner, Herefordshire Council
""")
    top = plain_top(f, addr("Powell, Bethan", "bethan.powell@" + HDOM), addr("MASH", HMASH),
                    "Step up request - Tegan Watkins", when, HDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, [],
        [ch("Tegan Watkins", "2030-08-08", "08/08/2030")],
        ["neglect", "young_carer"], True, True, [], None, "human_review",
        "A Herefordshire STEP-UP: the seed defines no step-up (REQUIREMENTS: 'step_up is not defined by this seed') "
        "-> human_review with missing []. Consent 'knows ... and agrees' -> true; 'My manager ... has agreed' -> true. "
        "A 9-year-old caring for her 3-year-old brother after school -> young_carer; missed events for lack of money "
        "or care, left in charge -> neglect. Nothing tonight -> not urgent.",
        not_children=["Seren Hughes", "Bethan Powell"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2040-07-20 11:00:14"
    body = T("""
Good morning,

Ahead of our summer camp (Ledbury, 6-10 August) our trustees have updated the group's Sleepovers and Overnight Stays policy (attached). The county Scouts adviser suggested we send it to the council's Early Help team for any comments before the trustees adopt it in September.

The main changes: two adult leaders of each sex on every overnight; no adult ever alone in a tent or dormitory with a young person; phones handed in at night but parents can always reach a leader; what to do if a young person tells a leader about abuse, or makes an allegation about a leader.

No action needed if you don't have comments - thank you.

Alun Bevan
Group Scout Leader, 1st Ledbury Scouts
""")
    pol = docx_att("Sleepovers and Overnight Stays Policy v3 (draft).docx",
                   ["# Sleepovers and Overnight Stays Policy (draft v3)",
                    "1. Ratios: at least two adult leaders of each sex; DBS-checked; one named lead.",
                    "2. No adult is ever alone in a tent, room or dormitory with a young person.",
                    "3. Disclosures: if a young person tells a leader about abuse, listen, do not investigate, write down "
                    "their words, and contact the Designated Person; if a child is in danger call 999.",
                    "4. Allegations against a leader: the leader is stood down from the event and the LADO informed.",
                    "5. Medication, homesickness and contact with parents."])
    top = plain_top(f, addr("Alun Bevan", "gsl@1stledbury.example.org.uk"), addr("Early Help Co-ordinators", HEH),
                    "Sleepovers policy for comment - 1st Ledbury Scouts", when, "1stledbury.example.org.uk", None)
    add(f, mail(f, top, body, [pol]), "herefordshire", "early_help_duty", when, 8,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A SLEEPOVER POLICY for comment (.docx): abuse disclosures, allegations against leaders, 'in danger "
        "call 999' as policy about nobody real. Not urgent. No child, no request -> other -> human_review. Last day "
        "of the window.",
        not_children=["Alun Bevan"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2040-07-17 08:55:39"
    data = itip_reply(f, when, "Xavier Moss", "xavier.moss@herefordshire.gov.uk",
                      ("Early Help Co-ordinators", "earlyhelpcoordinators@herefordshire.gov.uk"), "TENTATIVE",
                      "Step-down drop-in - Mosaic 2279560", "20400724T100000", "20400724T103000", "Microsoft Teams",
                      comment="I may still be on the Year 6 residential support rota that morning - if so Verity will cover.")
    add(f, data, "herefordshire", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["2279560"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=TENTATIVE, with a comment about cover, for a Tuesday drop-in (Tue 24 July) -> "
        "meeting_reply -> record_reply. 'Mosaic 2279560' in the SUMMARY -> the bare number.")


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
PACKS = "/work/main/config/authorities"

# England & Wales bank holidays in 2040 that fall on a weekday (the `holidays` package's list, which set_checks()
# re-derives and compares): New Year's Day (observed) Monday 2 January; Good Friday 30 March; Easter Monday 2 April;
# May Day (Early May bank holiday) Monday 7 May; Spring Bank Holiday Monday 28 May; Late Summer Bank Holiday Monday
# 27 August; Christmas Day Tuesday 25 December; Boxing Day Wednesday 26 December.
BANK_HOLIDAYS = {date(2040, 1, 2), date(2040, 3, 30), date(2040, 4, 2), date(2040, 5, 7), date(2040, 5, 28),
                 date(2040, 8, 27), date(2040, 12, 25), date(2040, 12, 26)}
IN_WINDOW = {date(2040, 5, 7): "May Day", date(2040, 5, 28): "Spring Bank Holiday"}
EASTER = {date(2040, 3, 30): "Good Friday", date(2040, 4, 2): "Easter Monday"}     # both before the window
WINDOW = (datetime(2040, 4, 23, tzinfo=LON), datetime(2040, 7, 20, 23, 59, 59, tzinfo=LON))
# BST began at 01:00 UTC on Sunday 25 March 2040 and ends at 01:00 UTC on Sunday 28 October 2040.
BST_START = datetime(2040, 3, 25, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2040, 10, 28, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2040
# Knowsley notice counts: file -> (working days, plain weekdays), DESIGN: today < d <= meeting.
COUNTS_EXPECTED = {"knowsley_01.eml": (4, 5), "knowsley_02.eml": (4, 5), "knowsley_06.eml": (5, 6)}
DECISIVE_EXPECTED = ["knowsley_01.eml", "knowsley_02.eml"]
CAT_EXPECTED = {"urgent": 11, "near_miss": 11, "ordinary": 18}
# The brief's banned words for urgent mail (checked in every readable part, headers' subject included).
BANNED = re.compile(r"(?i)\b(urgent|urgently|immediate|immediately|emergency|at risk|risk of harm|danger\w*|asap)\b")

def expected_offset(d):
    return "+0100" if BST_START <= d.astimezone(UTC) < BST_END else "+0000"

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

def parse(f):
    return email.message_from_bytes(FILES[f], policy=email.policy.default)

def all_headers(msg):
    return " ".join(str(v) for part in msg.walk() for _k, v in part.items())

def pack_requirement_ids():
    """{(authority, kind): set of requirement ids} read from the policy packs' YAML."""
    import yaml
    out = {}
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        with open(os.path.join(PACKS, a + ".yaml"), encoding="utf-8") as fh:
            pack = yaml.safe_load(fh)
        for kind, spec in (pack.get("kinds") or {}).items():
            out[(a, kind)] = {r["id"] for r in (spec.get("requirements") or [])}
    return out

def _today(f):
    lab = next(l for l in LABELS if l["file"] == f)
    return datetime.fromisoformat(lab["now"]).astimezone(LON).date()

def check_file(lab, pack_ids):
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
    if CATS[f] not in ("urgent", "near_miss", "ordinary"): err("category")
    if e["urgent"] != (CATS[f] == "urgent"): err("urgent vs category")
    if not set(e["concerns"]) <= CONCERN_IDS or e["concerns"] != sorted(set(e["concerns"])): err("concerns")
    if e["missing"] != sorted(set(e["missing"])): err("missing not sorted/unique")
    for m in e["missing"]:
        if m not in pack_ids.get((a, e["kind"]), set()):
            err("requirement id %r is not in %s.yaml's %s requirements" % (m, a, e["kind"]))
    lvl = None
    if a == "knowsley" and e["kind"] == "step_down":
        lvl = e["level"] if e["level"] is not None else 3
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
    elif e["notice_ok"] is not None:
        err("notice_ok must be null")
    if meeting is not None and not (a == "knowsley" and e["kind"] in ("step_up", "step_down")):
        err("meeting date recorded for a label with no notice")
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
    # the legacy compat32 parser must read it too
    email.message_from_bytes(data)
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
    if e["kind"] == "auto_reply" and msg["Auto-Submitted"] is None: err("auto_reply without Auto-Submitted")
    if e["kind"] == "follow_up" and not re.search(r"\[SB-[a-z_]+-\d+\]", str(msg["Subject"])): err("follow_up without [SB-] ref")
    cals = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
    if (e["kind"] == "meeting_reply") != any("METHOD:REPLY" in p.get_payload(decode=True).decode() for p in cals):
        err("meeting_reply <=> an iTIP REPLY part")
    text = readable(msg)
    if e["urgent"]:
        hit = BANNED.search(text + " " + str(msg["Subject"]))
        if hit: err("urgent mail uses a banned word: %r" % hit.group(0))
    for y in YEAR.findall(text + " " + all_headers(msg)):
        if int(y) > MAX_YEAR: err("year after %d in the text or headers: %s" % (MAX_YEAR, y))
    metas = {c["name"]: c for c in META[f]["children"]}
    for c in e["children"]:
        mc = metas.get(c["name"])
        span = c["name"]
        if span not in text: err("child %s not in text" % c["name"])
        if c["dob"] or mc["_w"]:
            w = mc["_w"] or ""
            if w not in text: err("dob as written %r not in text" % w)
            if parse_dob(w) != c["dob"]: err("dob %r parses to %s, label %s" % (w, parse_dob(w), c["dob"]))
            if c["dob"] and not (date.fromisoformat(c["dob"]) < now.date()):
                err("dob %s of %s is not before now" % (c["dob"], c["name"]))
            if c["dob"] and age_years(date.fromisoformat(c["dob"]), now.date()) >= 18:
                err("%s is 18 or over, not a child" % c["name"])
    for name in META[f]["not_children"]:
        if name not in text: err("excluded person %s not in text" % name)
        if any(name == c["name"] for c in e["children"]):
            err("excluded person %s labelled as a child" % name)
    for cid in e["case_ids"]:
        if cid not in text: err("case id %s not in text" % cid)
    pos = [text.find(c["name"]) for c in e["children"]]
    if pos != sorted(pos): err("children not in order of first appearance")
    return errors

def check():
    errors = []
    pack_ids = pack_requirement_ids()
    for lab in LABELS:
        try:
            errors += check_file(lab, pack_ids)
        except Exception as ex:
            errors.append("%s: check raised %r" % (lab["file"], ex))
    per = {}
    for lab in LABELS:
        per.setdefault(lab["authority"], []).append(lab["file"])
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        if sorted(per.get(a, [])) != ["%s_%02d.eml" % (a, i) for i in range(1, 9)]:
            errors.append("%s: needs files _01 .. _08" % a)
    tot = {c: list(CATS.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}
    if tot != CAT_EXPECTED or tot["urgent"] < 11 or tot["near_miss"] < 11:
        errors.append("set: category totals %s, expected %s" % (tot, CAT_EXPECTED))
    kinds = {l["expect"]["kind"] for l in LABELS}
    if kinds != KINDS: errors.append("set: kinds present %s, need every kind" % sorted(kinds))
    # set-level checks: bank holidays, Easter, BST, window, Knowsley counts
    try:
        import holidays
    except ImportError:
        return errors + ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"], tot
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2040])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: the bank holidays in the window are %s, expected %s" % (inside, IN_WINDOW))
    easter = {d: pkg.get(d) for d in pkg if "Easter" in pkg.get(d) or "Good Friday" in pkg.get(d)}
    if easter != EASTER or not all(d < WINDOW[0].date() for d in easter):
        errors.append("set: Easter 2040 is %s, expected %s before the window" % (easter, EASTER))
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2040, 3) and BST_END.date() == last_sun(2040, 10)):
        errors.append("set: BST must start/end on the last Sundays of March/October 2040")
    if not (WINDOW[0].weekday() == 0 and WINDOW[1].weekday() == 4):
        errors.append("set: the window must run Monday to Friday")
    d = WINDOW[0].date()
    while d <= WINDOW[1].date():
        if datetime(d.year, d.month, d.day, 12, tzinfo=LON).utcoffset() != timedelta(hours=1):
            errors.append("set: %s is not BST" % d)
        d += timedelta(days=1)
    counts = {f: (working_days(_today(f), META[f]["meeting"]), plain_weekdays(_today(f), META[f]["meeting"]))
              for f in META if META[f]["meeting"]}
    if counts != COUNTS_EXPECTED:
        errors.append("set: Knowsley notice counts are %s, expected %s" % (counts, COUNTS_EXPECTED))
    decisive = sorted(f for f in counts if (counts[f][1] >= 5) != (counts[f][0] >= 5))
    if decisive != DECISIVE_EXPECTED:
        errors.append("set: counts decided by a bank holiday are %s, expected %s" % (decisive, DECISIVE_EXPECTED))
    crossed = {h for f in counts for h in BANK_HOLIDAYS if _today(f) < h <= META[f]["meeting"]}
    if crossed != set(IN_WINDOW):
        errors.append("set: the Knowsley counts must cross May Day and the Spring Bank Holiday (%s)" % crossed)
    return errors, tot

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
                                         sum(1 for e in ex for c in e["children"] if c["dob"]))]
    for f in sorted(META):
        if META[f]["meeting"]:
            m = META[f]["meeting"]
            out.append("  %s today %s meeting %s: %d WD, %d plain weekdays" % (f, _today(f), m,
                       working_days(_today(f), m), plain_weekdays(_today(f), m)))
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
    errors, tot = check()
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
