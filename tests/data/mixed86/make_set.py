#!/usr/bin/env python3
"""mixed86: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the summer term of 2033 (Monday 25 April - Friday 22 July 2033, BST throughout), in young carers: children
looking after ill, disabled or addicted parents and siblings.

Run with /work/main/.venv/bin/python make_set.py [--stats]. Deterministic (no clock, no randomness): boundaries,
Message-IDs and calendar UIDs come from sha1 of the file name. The MIME, Word HTML, PDF, .docx, iCalendar,
out-of-office, NDR, quote and readable-text helpers are copied from /work/main/tests/data/mixed27/make_set.py and
adapted. Every label was set by hand from the specification; the self-checks below only verify them against its
rules and STOP on any error before anything is written.
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
    """Local (Europe/London) wall-clock time. The whole window (25 April - 22 July 2033) is British Summer Time
    (+0100): BST began at 01:00 UTC on Sunday 27 March 2033 and ends on Sunday 30 October 2033. The self-check
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
            zi = zipfile.ZipInfo(name, date_time=(2033, 4, 4, 0, 0, 0))
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
    f = "knowsley_01.eml"; when = "2033-04-27 14:06:12"
    blocks = [
        "Hi all,", "",
        "Please find attached a step up request to CSC for the {{Fenlon}} family. The step up TAF meeting invite is attached "
        "and has gone from my calendar to the MASH inbox and MASH Business Support.", "",
        ("table", [["Item", "Detail"],
                   ["Case ID on EHM", "EHM-58214"],
                   ["Children", "Kayden Fenlon (DOB 11/08/2020)\nSkye Fenlon (DOB 03/02/2027)"],
                   ["Date of step up TAF meeting", "Wednesday 4 May 2033, 10:00-11:30, Microsoft Teams"],
                   ["Management oversight", "Discussed with my Team Manager, Lorraine Heaton, on 26/04/2033 - she agreed the step up"],
                   ["Attached", "FF Step Up request form; GCP2; TAF minutes 20.04.2033"]]), "",
        "In short: Kayden (12) is the main carer for mum, who has progressive MS and now needs help to transfer and to toilet. "
        "Kayden lifts her most nights. The GCP2 scores 4 for physical care and 4 for safety: the house is cold, there is little food "
        "in, and Skye (6) is often still in the clothes she slept in. Kayden has fallen asleep in class three times this month.", "",
        "Many thanks,", "Rachel", "",
        "{{Rachel Okwu}}", "Family First Case Manager | Family First 0-18 (Halewood) | Knowsley Council", "0151 496 0733", "",
        KDISC.strip()]
    cal = ics("REQUEST", f, dt(when), "20330504T100000", "20330504T113000", "Step up TAF meeting - Fenlon (EHM-58214)",
              "Microsoft Teams Meeting", "Step up TAF meeting. Chair: MASH social worker. Minutes: MASH Business Support.",
              ("Rachel Okwu", "Rachel.Okwu@" + KDOM),
              [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH Business Support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    inv = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST; name="invite.ics"'),
                ("Content-Disposition", 'attachment; filename="invite.ics"'),
                ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    atts = [docx_att("FF Step Up request to CSC - Fenlon.docx", appendix1([
                ("Case ID on EHM:", "EHM-58214"),
                ("Child(ren):", "Kayden Fenlon 11/08/2020; Skye Fenlon 03/02/2027"),
                ("What are we worried about?", "Kayden (12) is a young carer doing lifting and personal care for mum (MS). Neglect of both children's basic care - see GCP2."),
                ("What is working well?", "Mum is honest about what she cannot do. Kayden's school (Halewood Academy) has him on the young carers' register."),
                ("What needs to happen?", "C&F assessment including a carer's needs assessment for mum and a young carer's needs assessment for Kayden."),
                ("Team Manager agreement:", "Lorraine Heaton, 26/04/2033 - agreed.")])),
            pdf_att("GCP2 - Fenlon - April 2033.pdf", "Graded Care Profile 2 - Fenlon",
                    ["Completed 19/04/2033 by Rachel Okwu", "Area 1 Physical care: grade 4", "Area 2 Safety: grade 4",
                     "Area 3 Love and care: grade 2", "Area 4 Stimulation and education: grade 3"]),
            pdf_att("TAF minutes 20.04.2033 - Fenlon.pdf", "Team Around the Family meeting minutes - 20/04/2033",
                    ["Present: mum, Rachel Okwu (FF), Halewood Academy DSL, district nurse.",
                     "Agreed: the worker will request step up to CSC. Mum agrees that she needs more help than Early Help can give."]),
            inv]
    top = outlook_top(f, addr("Okwu, Rachel", "Rachel.Okwu@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Fenlon - EHM-58214", when, cc=addr("MASH Business Support", KBS))
    add(f, word_mail(f, top, blocks, atts), "knowsley", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["EHM-58214"],
        [ch("Kayden Fenlon", "2020-08-11", "11/08/2020"), ch("Skye Fenlon", "2027-02-03", "03/02/2027")],
        ["neglect", "young_carer"], None, True, [], False, "request_info",
        "Word HTML step-up with the form (.docx), GCP2 and TAF minutes (.pdf) and the Teams invite (.ics) attached: every "
        "Knowsley step-up document is there, neglect -> GCP2 present, manager 'agreed the step up' -> true. Mum 'agrees that "
        "she needs more help' is not consent to the step-up -> consent null (not a Knowsley step-up requirement). NOTICE ACROSS "
        "MAY DAY, DECISIVE: Wed 27 Apr -> Wed 4 May is 5 plain weekdays but Mon 2 May 2033 is the Early May bank holiday, so "
        "4 working days < 5 (REQUIREMENTS: Knowsley step-up at least 5 WD) -> notice not ok -> request_info.",
        meeting=date(2033, 5, 4), not_children=["Rachel Okwu", "Lorraine Heaton"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2033-05-27 11:42:30"
    body = T("""
Good morning,

Step down to Level 2 - Jasmine Toner (DOB 22/10/2019), ICS ID 1874402.

Final CIN meeting: Monday 6th June 2033 at 1.30pm, Prescot Family Hub, Room 2.

Lead Practitioner going forward: Jodie Prescott, Young Carers Worker, Barnardo's Knowsley Young Carers Service. Jodie has agreed to take on the Lead Practitioner role and will hold the TAF.

Mum (Claire) has agreed to the step down and signed consent at the last CIN.

What are we worried about?
Jasmine (13) still does most of the cooking and gets her mum up on bad days. Mum has recurrent depression and was in hospital for three weeks in February.

What is working well?
Mum is back under the community mental health team and takes her medication. Jasmine goes to the young carers' group every Thursday and loves it. Attendance is back up to 95%.

What needs to happen?
Jodie to hold a TAF within 6 weeks; mum to keep her CMHT appointments; a young carer's needs assessment review in September.

Thanks,
Michael Ashworth
Social Worker, Child in Need Team (Kirkby), Knowsley Council
0151 496 0482

""") + KDISC
    top = plain_top(f, addr("Ashworth, Michael", "Michael.Ashworth@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "Step down L2 - Toner - final CIN 06/06", when, KDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 2, ["1874402"], [ch("Jasmine Toner", "2019-10-22", "22/10/2019")],
        ["parental_mental_health", "young_carer"], True, None, [], True, "book_meeting",
        "Complete Knowsley level 2 step-down: final CIN date, time and venue; lead practitioner named with agency; all three "
        "Signs of Safety headings. 'ICS ID 1874402' -> '1874402'. Consent signed -> true. NOTICE ACROSS THE SPRING BANK HOLIDAY, "
        "NOT DECISIVE: Fri 27 May -> Mon 6 Jun skips Mon 30 May, exactly 5 working days (6 plain weekdays) -> ok -> book_meeting.",
        meeting=date(2033, 6, 6), not_children=["Jodie Prescott", "Michael Ashworth"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2033-06-09 08:24:51"
    fwd = T("""
---------- Forwarded message ---------
From: School Gateway Messages <noreply@schoolgateway.example.org>
Date: Thu, 9 Jun 2033 at 08:11
Subject: Reply from parent/pupil contact 07700 900318
To: office@stmarysprescot.example.org

Message received 08:09:
"is this school. its maisie in yr4. mum wont wake up and her lips are a funny colour. i did her medicine last night like always. the bottle is nearly empty. what do i do"

Message received 08:10:
"i shook her she is breething funny like snoring"
""")
    body = T("""
Hi MASH,

Forwarding this as soon as I saw it. It came through the school text system from mum's phone at 8.09. Maisie Quirk, Year 4, DOB 17/03/2024. Mum (Danielle) has cancer and is on liquid morphine; Maisie gives it to her at night. There is no other adult in the house - dad doesn't live with them. We have tried ringing mum's phone twice and it rings out. Maisie isn't answering either now.

The family has an open Family First case, EHM-61177.

I'm ringing you now as well.

Bernadette Hughes
Designated Safeguarding Lead, St Mary's Catholic Primary, Prescot
0151 496 0915

""") + fwd
    top = plain_top(f, addr("Bernadette Hughes", "dsl@stmarysprescot.example.org"), addr("Knowsley MASH", KMASH),
                    "Fwd: Reply from parent/pupil contact 07700 900318", when, "stmarysprescot.example.org", None)
    add(f, mail(f, top, body), "knowsley", "mash_step_up", when, 2,
        "urgent", "other", True, None, ["EHM-61177"], [ch("Maisie Quirk", "2024-03-17", "17/03/2024")],
        ["young_carer"], None, None, [], None, "alert_duty",
        "A 9-YEAR-OLD'S OWN TEXTS, FORWARDED BY THE SCHOOL: 'mum wont wake up and her lips are a funny colour', 'breething funny "
        "like snoring', the morphine 'bottle is nearly empty', no other adult, the child no longer answering. No alarm word anywhere. "
        "DESIGN safety rule 1 -> urgent -> alert_duty (office hours: MASH duty). A school forward, no step request -> other. "
        "Maisie gives mum her morphine -> young_carer.",
        not_children=["Bernadette Hughes"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2033-05-12 15:31:07"
    html_body = LAYOUT_HEAD + T("""
<h2 style="font-family:Arial;color:#6A1B9A">Knowsley Young Carers - Summer Newsletter</h2>
<p>Hello everyone! Here is what is coming up this summer for young carers aged 8-18 across Knowsley.</p>
<h3>Summer trips</h3>
<p>Formby beach day (Wednesday 3 August), Chester Zoo (Tuesday 16 August) and our end-of-summer pizza night. All free for registered young carers.</p>
<h3>New: "What if?" cards</h3>
<p>Our new pocket cards help young carers plan for a bad day. The examples on the cards include: <i>"What if mum won't wake up?"</i> - ring 999 and say your address; <i>"What if dad has a seizure and I'm on my own?"</i> - time it, keep him safe, ring 999 if it lasts more than 5 minutes. These are examples for planning and are not about any young carer we support.</p>
<h3>For professionals</h3>
<p>Worried about a young carer? Refer to us through the Family First duty team. If a child is in danger now, always ring 999. Our safeguarding lead is happy to talk through any risk you are unsure about.</p>
<p>Have a lovely summer!<br>The Young Carers Team, Barnardo's Knowsley</p>
</body></html>
""")
    top = plain_top(f, addr("Knowsley Young Carers", "news@knowsleyyoungcarers.example.org"), addr("Family First 0-18 Duty Mailbox", KFF),
                    "Knowsley Young Carers - Summer Newsletter", when, "knowsleyyoungcarers.example.org", "Mailchimp",
                    extra=[("List-Id", "Knowsley Young Carers news <news.knowsleyyoungcarers.example.org>"),
                           ("List-Unsubscribe", "<mailto:unsubscribe@knowsleyyoungcarers.example.org>")])
    add(f, html_only(f, top, html_body), "knowsley", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A YOUNG CARERS' GROUP NEWSLETTER (HTML only, a mailing list without Auto-Submitted, so not an auto_reply): "
        "'What if mum won't wake up?' and 'dad has a seizure' are planning-card examples, explicitly 'not about any young carer'. "
        "DESIGN safety rule 1: bulletins that list examples must not trigger it. No child, no request -> other -> human_review.")

def knowsley_05():
    f = "knowsley_05.eml"; when = "2033-06-14 13:12:40"
    comment = ("Sorry, I can't make Wednesday's TAF. Callum Kenny came to see me at lunch. He says mum has not been awake properly "
               "since Sunday night - she took her tablets with vodka and is being sick on the pillow and her breathing is funny. "
               "He has been feeding Lola and Reggie cereal for tea and has had no one to ring. He doesn't want to go home at 3.15 "
               "because of how she was this morning. I'm keeping him with me in the medical room until someone calls me back "
               "on 0151 496 0660. - Aoife Brennan, School Nurse, Kirkby High")
    data = itip_reply(f, when, "Aoife Brennan", "aoife.brennan@nhs.example.net", ("Carl Whitfield", "Carl.Whitfield@" + KDOM),
                      "DECLINED", "Step up TAF meeting - Kenny family EHM-60452", "20330615T100000", "20330615T113000",
                      "Microsoft Teams Meeting", comment=comment, to_name="Knowsley MASH")
    data = data.replace(("To: " + addr("Knowsley MASH", "Carl.Whitfield@" + KDOM)).encode(),
                        ("To: " + addr("Knowsley MASH", KMASH) + "\r\nCc: " + addr("Whitfield, Carl", "Carl.Whitfield@" + KDOM)).encode())
    add(f, data, "knowsley", "mash_step_up", when, 4,
        "urgent", "meeting_reply", True, None, ["EHM-60452"], [ch("Callum Kenny")],
        ["neglect", "substance_misuse", "young_carer"], None, None, [], None, "alert_duty",
        "A DECLINED INVITATION'S COMMENT (iTIP REPLY, PARTSTAT=DECLINED, the comment in the text part and in COMMENT): the school "
        "nurse reports mum 'not awake properly since Sunday night', tablets with vodka, sick on the pillow, breathing funny, the "
        "boy feeding his siblings cereal and due home at 3.15. No alarm word. DESIGN safety rule 1: a meeting reply's comment is "
        "read -> urgent -> alert_duty (before record_reply). Only Callum has a surname; Lola and Reggie are first names only "
        "and are not labelled. Case id from the summary.",
        not_children=["Aoife Brennan", "Carl Whitfield"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2033-06-16 17:38:02"
    body = T("""
Hi Family First,

Step down to Level 3 for the Carney children:
Jayden Carney - 05/01/2021
Ruby Carney - 28/09/2028
ICS ID 1880135

Mum has consented to the referral to Family First (signed today at my visit).

Joint home visit: Thursday 23rd June 2033, 10am, at home - 7 Larch Road, Huyton, L36 4ZQ.

What are we worried about: mum's epilepsy is poorly controlled and Jayden (12) does a lot of her care and most of Ruby's.
What's working well: mum's new neurologist; Nan helps at weekends; Jayden is doing well at school.
What needs to happen: a young carers' referral for Jayden, a carer's assessment for mum, a TAF with school and the epilepsy nurse.

Thanks
Sinead Morley
Social Worker, Assessment Team (Huyton), Knowsley Council

PS - Jayden just rang the office (5.15pm) while I was writing this. Mum has had two fits since he got in from school and "she's not talking right" after the second one. Dad is on nights until 7am. He is on his own with her and Ruby and said he didn't want to ring an ambulance "in case they take us". I'm trying mum's phone now - no answer. His number is 07700 900552.

""") + KDISC
    top = plain_top(f, addr("Morley, Sinead", "Sinead.Morley@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "Step down L3 - Carney - joint visit 23/06", when, KDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 3,
        "urgent", "step_down", True, 3, ["1880135"],
        [ch("Jayden Carney", "2021-01-05", "05/01/2021"), ch("Ruby Carney", "2028-09-28", "28/09/2028")],
        ["young_carer"], True, None, [], True, "alert_duty",
        "A COMPLETE LEVEL 3 STEP-DOWN WITH THE HARM IN A PS, at 17:38: a 12-year-old alone with his mum after two seizures this "
        "evening ('not talking right'), his 4-year-old sister there, dad on nights, he won't ring an ambulance. No alarm word. "
        "DESIGN safety rule 1 -> urgent -> alert_duty (out of hours). The request itself: consent signed, visit with date/time/venue, "
        "three headings -> missing []; Thu 16 Jun -> Thu 23 Jun = 5 WD -> notice ok.",
        meeting=date(2033, 6, 23), not_children=["Sinead Morley"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2033-05-24 10:17:55"
    body = T("""
Hi,

Step up request for the Dunne family - Case ID on EHM: EHM-59930.

Children: Tayla Dunne (15) DOB 14/12/2017 and Mason Dunne (9) DOB 30/06/2023.

Mason has complex needs (Duchenne muscular dystrophy, non-verbal, PEG fed overnight). Tayla is his main carer after school and through the night when mum works. Tayla's attendance is 71% and falling. Mum has missed the last three TAFs and two home visits and does not answer calls.

The step up TAF meeting is booked for Tuesday 31 May at 1.30pm on Teams (invite sent to MASH and MASH BS).

Step up form attached. I am still waiting for my Team Manager to sign it off - she is on leave until Thursday. I will send the TAF minutes when I have typed them up.

Mum has told me she does not agree with the step up.

Thanks,
Kelly-Ann Roberts
Family First Case Manager, Family First 0-18 (Kirkby)

""") + KDISC
    top = plain_top(f, addr("Roberts, Kelly-Ann", "KellyAnn.Roberts@" + KDOM), addr("Knowsley MASH", KMASH),
                    "Step up - Dunne - EHM-59930", when, KDOM, "Microsoft Outlook 16.0", cc=addr("MASH Business Support", KBS))
    atts = [docx_att("Step up SOS form - Dunne.docx", appendix1([
        ("Case ID on EHM:", "EHM-59930"), ("What are we worried about?", "Tayla's caring role for Mason; mum not engaging with the TAF."),
        ("What is working well?", "Mason's school nurse team; Tayla's form tutor."),
        ("What needs to happen?", "C&F assessment; short breaks for Mason; young carer's needs assessment for Tayla.")]))]
    add(f, mail(f, top, body, atts), "knowsley", "mash_step_up", when, 7,
        "ordinary", "step_up", False, None, ["EHM-59930"],
        [ch("Tayla Dunne", "2017-12-14", "14/12/2017"), ch("Mason Dunne", "2023-06-30", "30/06/2023")],
        ["disability_send", "non_engagement", "school_attendance", "young_carer"], False, None,
        ["engaging_families", "manager_agreed", "taf_minutes"], False, "request_info",
        "Incomplete Knowsley step-up: non-engagement (mum missed TAFs and visits) -> the Engaging Families toolkit is required and "
        "not referenced; TAF minutes 'when I have typed them up' -> missing; manager 'still waiting ... to sign it off' -> null -> "
        "manager_agreed missing. 'Mum ... does not agree with the step up' -> consent false (not a Knowsley step-up requirement). "
        "NOTICE ACROSS THE SPRING BANK HOLIDAY, DECISIVE: Tue 24 May -> Tue 31 May is 5 plain weekdays but Mon 30 May 2033 is a "
        "bank holiday -> 4 WD -> not ok.",
        meeting=date(2033, 5, 31), not_children=["Kelly-Ann Roberts"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2033-04-28 09:51:19"
    body = T("""
Morning,

Please see below step down to Level 3 for Liam Barrett, DOB 04/07/2020, ICS ID 1869920.

Final CIN meeting: Friday 6 May 2033, 11am, Huyton Family Hub (first floor meeting room).

Mum has consented to the case being referred to Family First - she signed the form at the CIN review on 21 April.

Background for the case manager: in 2031 Liam (then 11) found mum after an overdose and called the ambulance himself. That is history now. Mum has been in recovery for 18 months, every test since has been clean, and the CIN plan has been about Liam's caring role, not drugs.

What are we worried about? Liam still does too much for mum around the house (she has chronic back pain) and he has stopped going to football.
What is working well? Mum is open with us, tests are clean, Liam is at the young carers' group every week and says home is calm.
What needs to happen? A TAF with school and the young carers' service; mum to take up her physio referral; Liam back to football.

Kind regards
Nadia Farrell
Social Worker, CIN Team (Halewood), Knowsley Council

""") + KDISC
    top = plain_top(f, addr("Farrell, Nadia", "Nadia.Farrell@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "Step down to FF Level 3 - Barrett", when, KDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 8,
        "near_miss", "step_down", False, 3, ["1869920"], [ch("Liam Barrett", "2020-07-04", "04/07/2020")],
        ["young_carer"], True, None, [], True, "book_meeting",
        "NEAR MISS - A HISTORIC CRISIS IN A COMPLETE STEP-DOWN: Liam found mum after an overdose in 2031 ('That is history now', "
        "18 months' recovery, clean tests). DESIGN safety rule 1: historic risk must not trigger it; the drug use is expressly not "
        "current -> concerns young_carer only. Level 3, consent signed, CIN meeting date/time/venue, three headings -> complete. "
        "NOTICE ACROSS MAY DAY, NOT DECISIVE: Thu 28 Apr -> Fri 6 May skips Mon 2 May -> exactly 5 WD (6 plain) -> ok -> book_meeting.",
        meeting=date(2033, 5, 6), not_children=["Nadia Farrell"])

# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2033-05-18 12:41:09"
    body = T("""
Hello,

I'm the young carers' worker at Wandsworth Carers' Centre. Leo Barton (13) sent me the voice note below at 12.10 today. I've typed it out word for word. I don't know who else to send it to - the family had Early Help last year, I think it was closed.

--- Voice note from Leo, 12:10, 1 min 48 sec ---
"Hi Jess it's Leo. Um. I'm not at school today cos Finn's not well and mum can't take him. Mum's still not got up. She's not got up since like Sunday, she just stays in bed with the curtains shut and she won't talk to me. There's no food, I used the last bread on Monday. I've not eaten since Monday, like properly. Finn had the last yoghurt. The electric's run out as well so the fridge is off. I put the last top-up on already. [pause] I don't want her to get in trouble. Finn keeps crying. Can you not tell anyone, just, like, can you bring some food or something. Sorry."
--- end ---

Finn Barton is 6. Their address is Flat 9, Alder House, Roehampton SW15 4ZZ. Mum is Karen Barton. I can't get through to mum. I'm going round there now with some food but I can't stay.

Jess Adeyemi
Young Carers Worker, Wandsworth Carers' Centre
020 7946 0877
""")
    top = plain_top(f, addr("Jess Adeyemi", "jess.adeyemi@wandsworthcarers.example.org"), addr("MASH Step Up", RSU),
                    "Voice note from Leo Barton", when, "wandsworthcarers.example.org", None)
    add(f, mail(f, top, body), "richmond_wandsworth", "mash_step_up", when, 5,
        "urgent", "other", True, None, [], [ch("Leo Barton"), ch("Finn Barton")],
        ["neglect", "parental_mental_health", "young_carer"], None, None, [], None, "alert_duty",
        "A YOUNG CARER'S VOICE NOTE, TRANSCRIBED: a 13-year-old has not eaten properly since Monday, mum has not got out of bed since "
        "Sunday, no food, the electricity has run out, his 6-year-old brother crying; he asks the worker not to tell anyone. No alarm word. DESIGN safety rule 1 -> urgent -> "
        "alert_duty. A carers' centre worker writing to the only inbox she has -> other. Concerns: no food (neglect), mum in bed "
        "for days (parental_mental_health), young_carer.",
        not_children=["Jess Adeyemi", "Karen Barton"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2033-06-07 10:05:44"
    body = T("""
Dear MASH,

Following our reflective discussion on Friday, I have agreed that the Lambert family should step up to Children's Services. As Early Help Team Manager I am sending the latest case summary and the rationale (both attached).

Child: Tia Lambert, DOB 19/05/2019, Mosaic ID 3317720.

Tia (14) is the young carer for her dad, who is alcohol dependent and had a fall at home in May. Her attendance has dropped to 78%. Dad agrees to the referral and knows we are sending it today.

Please send the case discussion invitation to me and to Ben Sutherland (Early Help Worker).

Regards
Harriet Cole
Early Help Team Manager, Wandsworth Early Help (Tooting locality)
""") + RDISC
    top = outlook_top(f, addr("Cole, Harriet", "Harriet.Cole@" + RDOM), addr("MASH Step Up", RSU), "Step up - Lambert - Mosaic 3317720", when,
                      cc=addr("Sutherland, Ben", "Ben.Sutherland@" + RDOM))
    atts = [docx_att("Case summary - Lambert - June 2033.docx", ["# Case summary", "Tia Lambert, 14. Early Help since October 2032.",
                     "Dad alcohol dependent; Tia cooks, cleans and manages dad's money.", "Attendance 78%."]),
            pdf_att("Rationale for step up - Lambert.pdf", "Rationale for step up to Children's Services",
                    ["Dad's drinking has increased since his fall in May.", "Tia's caring role is now beyond what Early Help can support.",
                     "A Child and Family Assessment is needed."])]
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["3317720"], [ch("Tia Lambert", "2019-05-19", "19/05/2019")],
        ["school_attendance", "substance_misuse", "young_carer"], True, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up from the Early Help Team Manager (who says 'I have agreed') with the case summary "
        "(.docx) and rationale (.pdf) -> missing [] -> book_meeting (invitation within 1 WD). 'Dad agrees to the referral' -> consent "
        "true. 'Mosaic ID 3317720' -> '3317720'. Dad's alcohol dependence -> substance_misuse; 78% -> school_attendance.",
        not_children=["Harriet Cole", "Ben Sutherland"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2033-05-04 15:22:10"
    body = T("""
Hi Early Help duty,

For your records - Ava's young carer's needs assessment outcome letter is attached. Ava Nowak, DOB 08/11/2022, Mosaic ID 3301948 (case closed to Early Help in April).

Just so the history is clear: back in March Ava (then 10) found her dad collapsed after a hypo and rang 999 herself. That was the event that led to the assessment. Since then dad has a continuous glucose monitor with alarms to his sister's phone, a diabetes nurse visits fortnightly, and Ava only does "helping" tasks now. No current concerns.

Best wishes
Priya Nair
Young Carers Assessment Officer, Richmond Carers Hub
""")
    atts = [pdf_att("Young carer's needs assessment - outcome - Nowak.pdf", "Young Carer's Needs Assessment - Outcome Letter",
                    ["Dear Mr Nowak and Ava,", "Following Ava's assessment on 21 April 2033 we have agreed:",
                     "- Ava is a young carer and will be registered with Richmond Carers Hub.",
                     "- Ava's caring tasks are appropriate for her age now that the care package is in place.",
                     "- Ava will be offered a place at Tuesday young carers' club and a summer respite day.",
                     "Review: October 2033."])]
    top = plain_top(f, addr("Priya Nair", "priya.nair@richmondcarershub.example.org"), addr("Early Help Duty", RED),
                    "Young carer's needs assessment outcome - Ava Nowak", when, "richmondcarershub.example.org", None)
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "early_help_duty", when, 2,
        "near_miss", "other", False, None, ["3301948"], [ch("Ava Nowak", "2022-11-08", "08/11/2022")],
        ["young_carer"], None, None, [], None, "human_review",
        "NEAR MISS - A CARER'S ASSESSMENT LETTER WITH A RESOLVED CRISIS: a 10-year-old found her dad collapsed after a hypo 'back in "
        "March'; a monitor, nurse visits and a care package since, 'No current concerns'. DESIGN safety rule 1: historic and resolved "
        "risks must not trigger it. For the file, no request -> other -> human_review. Ava is a registered young carer -> young_carer.",
        not_children=["Priya Nair"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2033-06-21 11:08:33"
    body = T("""
Hi Tom,

Thanks for the call this morning. As agreed, confirming the step-down case discussion for Thursday 23rd June at 2pm on Teams.

Children:
Kofi Mensah-Boateng, 15, DOB 02/04/2018
Kwame Mensah-Boateng, 9, DOB 17/10/2023

Kwame has cerebral palsy and epilepsy; Kofi does a lot of his care (lifting, overnight checks) while dad works shifts. The CIN plan has got short breaks and a PA in place.

Latest case summary and the draft Early Help plan attached. I haven't yet asked dad about consent to Early Help - I will talk to him about it at Thursday's home visit before the discussion.

Thanks
Grace Whitmore
Social Worker, Children in Need (Richmond)
""") + RDISC
    atts = [docx_att("Case summary - Mensah-Boateng.docx", ["# Latest case summary", "CIN since January 2033.", "Short breaks and PA in place."]),
            docx_att("Draft Early Help plan - Mensah-Boateng.docx", ["# Draft plan for Early Help", "Young carers' group for Kofi.", "Sleep support for Kwame."])]
    top = outlook_top(f, addr("Whitmore, Grace", "Grace.Whitmore@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Mensah-Boateng - case discussion Thurs 23rd", when, cc=addr("Hale, Tom", "Tom.Hale@" + RDOM))
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "early_help_duty", when, 9,
        "ordinary", "step_down", False, None, [], [ch("Kofi Mensah-Boateng", "2018-04-02", "02/04/2018"),
                                                  ch("Kwame Mensah-Boateng", "2023-10-17", "17/10/2023")],
        ["disability_send", "young_carer"], None, None, ["consent"], None, "request_info",
        "Richmond & Wandsworth step-down with case summary and draft plan attached but consent still to be asked ('I haven't yet "
        "asked dad ... will talk to him ... at Thursday's home visit') -> consent null -> consent missing -> request_info. The case "
        "discussion agreed for Thu 23 Jun is within 5 days of the contact. No case number given.",
        not_children=["Grace Whitmore"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2033-07-05 09:14:26"
    body = T("""
Dear colleagues,

Places are still available on our next practitioner session:

HIDDEN IN PLAIN SIGHT: YOUNG CARERS AND RISK
Tuesday 19 July 2033, 9.30am-12.30pm, Wandsworth Town Hall, Committee Room 3

The morning uses three case studies (all fictional):
1. "Ellie", 9, who texts her teacher that her mum won't wake up;
2. "Marcus", 12, alone with a parent having repeated seizures at night;
3. "Jade", 14, who has been giving her dad his methadone.
We will discuss when a young carer's situation becomes an immediate safeguarding risk, who to ring, and how to use the MASH Step Up inbox for planned step-ups.

Book through the Learning Zone. Please share with your teams.

Richmond and Wandsworth Safeguarding Children Partnership - Training Team
""")
    top = plain_top(f, addr("RWSCP Training", "training@rwscp.example.org"), addr("MASH Step Up", RSU),
                    "Training: Hidden in plain sight - young carers and risk (19 July)", when, "rwscp.example.org", None,
                    cc=addr("Early Help Duty", RED))
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A TRAINING SESSION ON YOUNG CARERS: three case studies (a 9-year-old's mum won't wake, repeated seizures at "
        "night, methadone) are 'all fictional'. DESIGN safety rule 1: training and bulletins that list examples must not trigger it. "
        "No real child, no request -> other -> human_review.")

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2033-06-29 12:46:58"
    ack = ack_text("step-down", "[SB-richmond_wandsworth-1842]",
                   ["Children: Amara Osei (02/09/2017), Kobby Osei (14/01/2028)", "Case ID: 3324581"], ["the draft plan for Early Help"])
    body = T("""
Hi,

Draft plan attached for Amara and Kobby.

But I need someone to pick this up now please. Amara (15) rang me at 12.30 from home. She says mum took "a lot" of her tablets about an hour ago, the sertraline and the sleeping ones, and now she's really sleepy and being sick. Amara is on her own with her and Kobby (5). She begged me not to ring anyone. I'm in court until 2 and can't leave. Amara's mobile is 07700 900774.

Mark Oduya
Social Worker, Family Support and Protection (Wandsworth)
""") + quote("Early Help Duty <%s>" % RED, "27 June 2033 10:02", "Oduya, Mark <Mark.Oduya@%s>" % RDOM,
                "[SB-richmond_wandsworth-1842] Step down - Amara Osei", ack)
    top = outlook_top(f, addr("Oduya, Mark", "Mark.Oduya@" + RDOM), addr("Early Help Duty", RED),
                      "RE: [SB-richmond_wandsworth-1842] Step down - Amara Osei", when)
    atts = [docx_att("Draft Early Help plan - Osei.docx", ["# Draft plan for Early Help", "Young carer support for Amara.", "CMHT for mum."])]
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "early_help_duty", when, 2,
        "urgent", "follow_up", True, None, ["3324581"],
        [ch("Amara Osei", "2017-09-02", "02/09/2017"), ch("Kobby Osei", "2028-01-14", "14/01/2028")],
        ["parental_mental_health", "young_carer"], None, None, [], None, "alert_duty",
        "A FOLLOW-UP THAT ADDS THE MISSING DRAFT PLAN AND REPORTS AN OVERDOSE NOW: a 15-year-old alone with her mum, who took 'a lot' "
        "of sertraline and sleeping tablets an hour ago and is drowsy and vomiting, with a 5-year-old there; the social worker is in "
        "court. No alarm word. DESIGN safety rule 1 (whatever the kind) -> urgent -> alert_duty before attach_to_request. Children, "
        "DOBs and the case id from the quoted acknowledgement; missing [] for a follow_up.",
        not_children=["Mark Oduya"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2033-07-07 22:16:40"
    text = T("""
hello i got this email of the leaflet at school. im Kai Doherty im 11. my dad is in st georges hospital since sunday night with his heart. im looking after my baby sister rosie on my own. she wont stop crying and we have only got 1 bottle of milk left and 2 nappys. i dont know my aunties number. dad said dont open the door to anyone. its flat 14 Cedar Court SW17. can someone come

Sent from my iPhone
""")
    top = plain_top(f, addr(None, "kaidoherty2022@icloud.example.com"), addr(None, RED), "help", when, "icloud.example.com", None)
    add(f, iphone_mail(f, top, text), "richmond_wandsworth", "early_help_duty", when, 2,
        "urgent", "other", True, None, [], [ch("Kai Doherty")],
        ["neglect", "young_carer"], None, None, [], None, "alert_duty",
        "THE YOUNG CARER HIMSELF, ON A PHONE, at 22:16: an 11-year-old alone overnight with his baby sister since dad went into "
        "hospital on Sunday, one bottle of milk and two nappies left, no adult's number. No alarm word. DESIGN safety rule 1 -> "
        "urgent -> alert_duty (out of hours). The baby is named 'rosie' without a surname and is not labelled; Kai is. No request -> other.")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2033-07-12 08:47:03"
    comment = ("I'm on leave on Thursday, sorry. FYI the mum in this family was admitted overnight on Monday after an MS fall, but "
               "dad has taken two weeks' carer's leave and their nan has moved in for now. I checked in with dad and the children "
               "yesterday and everyone is fine. Our young carers worker Sam Pryor will attend in my place.")
    data = itip_reply(f, when, "Nicola Freeman", "Nicola.Freeman@" + RDOM, ("Early Help Duty", RED), "DECLINED",
                      "Step-down case discussion - Okafor (Mosaic 3319004)", "20330714T140000", "20330714T150000",
                      "Microsoft Teams Meeting", comment=comment)
    add(f, data, "richmond_wandsworth", "early_help_duty", when, 6,
        "near_miss", "meeting_reply", False, None, ["3319004"], [], [], None, None, [], None, "record_reply",
        "NEAR MISS - A DECLINED INVITATION'S COMMENT ABOUT A WORRY ALREADY DEALT WITH: mum admitted after an MS fall, but dad on "
        "carer's leave, nan moved in, 'everyone is fine'. DESIGN safety rule 1: a resolved worry must not trigger it. iTIP REPLY "
        "-> meeting_reply -> record_reply. 'Mosaic 3319004' in the summary -> '3319004'. No child named.",
        not_children=["Nicola Freeman", "Sam Pryor"])

# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2033-06-22 09:37:15"
    inner = T("""
From: Connor W <connorw.2023@schoolmail.example.org>
Sent: 22 June 2033 09:02
To: Miss Akhtar <s.akhtar@bowvale.example.org>
Subject: (no subject)

miss the bottle is empty. i gave mum her green medicine last night like the chemist said, 1 cup, but this morning the bottle is empty and shes on the kitchen floor. i cant wake her up properly she just makes a noise. im not coming in today sorry. please dont tell the chemist i did it wrong
""")
    body = T("""
MAST team,

Please see below - this came into my school email account from Connor Walsh (Year 5, DOB 12/02/2023) at 9.02. Connor has been collecting and giving his mum's methadone (she is on a supervised script, the "green medicine") - we found this out last week and I was about to make a referral. He is 10. Mum is Shannon Walsh, 22 Tarling Street E1 0ZZ. There is no other adult at home that we know of. The office has rung mum twice, no answer.

I'm ringing MAST now on 0207 364 5606 as well.

Sadia Akhtar
Year 5 Teacher & Deputy DSL, Bow Vale Primary School
""") + inner
    top = outlook_top(f, addr("Akhtar, Sadia", "s.akhtar@bowvale.example.org"), addr("MAST", TMAST),
                      "FW: (no subject) - Connor Walsh Y5", when, mid_domain="bowvale.example.org")
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "other", True, None, [], [ch("Connor Walsh", "2023-02-12", "12/02/2023")],
        ["substance_misuse", "young_carer"], None, None, [], None, "alert_duty",
        "A CHILD WHO HAS BEEN GIVING A PARENT'S METHADONE SAYS THE BOTTLE IS EMPTY, in a forwarded email: mum 'on the kitchen floor', "
        "'i cant wake her up properly', a 10-year-old alone with her. No alarm word. DESIGN safety rule 1 -> urgent -> alert_duty. "
        "A teacher's forward, no request -> other. Methadone script -> substance_misuse; giving it -> young_carer.",
        not_children=["Sadia Akhtar", "Shannon Walsh"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2033-05-10 14:20:36"
    blocks = [
        "Dear Early Help Hub,", "",
        "The Child and Family Assessment for the {{Hussain}} children concluded on 6 May 2033 with a recommendation to step down to a "
        "Team Around the Family. Details below; the assessment and the TAF plan are attached.", "",
        ("table", [["", ""],
                   ["Children", "Ibrahim Hussain, DOB 25/07/2019\nMaryam Hussain, DOB 09/12/2024"],
                   ["Mosaic", "Mosaic ID 2840016"],
                   ["Consent", "Mrs Hussain has consented to the step-down and to information being shared with the TAF (signed 06/05/2033)"],
                   ["Lead Practitioner", "Nazia Uddin, Young Carers Worker, Carers Centre Tower Hamlets"],
                   ["TAF meeting", "I will chair it on Tuesday 17 May 2033 at 10am at Stepney Green Family Hub"]]), "",
        "Mr Hussain has kidney failure and dialysis three times a week; Ibrahim (13) helps with his fluid charts and looks after "
        "Maryam on dialysis days. The assessment found no safeguarding concerns but a significant caring role.", "",
        "Kind regards,", "{{Farhana Begum}}", "Social Worker, Children's Social Work (Stepney)", "London Borough of Tower Hamlets", "",
        TDISC.strip()]
    atts = [pdf_att("Child and Family Assessment - Hussain - May 2033.pdf", "Child and Family Assessment - Hussain",
                    ["Concluded 06/05/2033.", "Outcome: step down to Early Help, TAF with Lead Practitioner.",
                     "Ibrahim is a young carer for his father (dialysis)."]),
            docx_att("TAF plan - Hussain.docx", ["# TAF plan", "Young carers' service for Ibrahim (Nazia Uddin).",
                                                  "Transport to dialysis via the renal unit.", "Review in 6 weeks."])]
    top = outlook_top(f, addr("Begum, Farhana", "Farhana.Begum@" + TDOM), addr("Early Help Hub", TEH),
                      "Step-down to TAF - Hussain - Mosaic 2840016", when)
    add(f, word_mail(f, top, blocks, atts), "tower_hamlets", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["2840016"],
        [ch("Ibrahim Hussain", "2019-07-25", "25/07/2019"), ch("Maryam Hussain", "2024-12-09", "09/12/2024")],
        ["young_carer"], True, None, [], None, "book_meeting",
        "Complete Tower Hamlets step-down in a Word table: C&F assessment (.pdf), TAF plan (.docx), consent signed, lead practitioner "
        "named with agency -> missing [] -> book_meeting. The TAF on 17 May is within 10 WD of the assessment concluding on 6 May. "
        "'Mosaic ID 2840016' -> '2840016'. A parent on dialysis, a 13-year-old's caring role -> young_carer.",
        not_children=["Farhana Begum", "Nazia Uddin"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2033-07-13 11:55:02"
    body = T("""
Hello MAST,

Please find attached a Multi-Agency Request for Support for Yusuf Ali (DOB 30/01/2019).

Yusuf (14) is the main carer for his dad, who has MS and is now mostly in bed. Mum left last year. Yusuf's attendance is 64% this year and he falls asleep in lessons. Dad has consented to this referral.

To be open with you: my manager, Rukhsana Miah, does not agree that this meets the threshold for Children's Social Care and would prefer we keep going at Early Help. I'm sending it because I'd like MAST's view.

Thanks,
Daniel Price
Early Help Practitioner, Tower Hamlets Early Help (Bethnal Green)
""") + TDISC
    atts = [docx_att("Multi-Agency Request for Support - Yusuf Ali.docx", ["# Multi-Agency Request for Support",
                     "Child: Yusuf Ali, 30/01/2019", "Parent consent: yes (father)", "Reason: young carer, attendance 64%."])]
    top = outlook_top(f, addr("Price, Daniel", "Daniel.Price@" + TDOM), addr("MAST", TMAST), "Request for support - Yusuf Ali", when)
    add(f, mail(f, top, body, atts), "tower_hamlets", "mash_step_up", when, 8,
        "ordinary", "step_up", False, None, [], [ch("Yusuf Ali", "2019-01-30", "30/01/2019")],
        ["school_attendance", "young_carer"], True, False, ["manager_agreed"], None, "request_info",
        "Tower Hamlets step-up (MAST) with the Request for Support form attached but the manager 'does not agree that this meets the "
        "threshold' -> manager_agreed false -> missing manager_agreed -> request_info. Dad 'has consented' -> true.",
        not_children=["Daniel Price", "Rukhsana Miah"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2033-05-19 16:02:47"
    body = T("""
Dear Early Help team,

Re: Sumaya Rahman, DOB 04/06/2020, and her mother Mrs Rehana Rahman

I am writing as Mrs Rahman's GP, with her permission, to update you following the events in February. At that time Mrs Rahman's condition (motor neurone disease) was deteriorating quickly and Sumaya, then 12, was lifting her on and off the toilet and sleeping on her floor. A neighbour found them both on the bathroom floor one evening and called an ambulance.

Since then things have changed a great deal. Mrs Rahman has a package of care with four calls a day, a ceiling hoist and a hospital bed, and her sister has moved in. Sumaya no longer does any lifting or personal care. She is registered with the Carers Centre young carers' service and her school tells me she is settled and attending well.

I have no current concerns about Sumaya's safety or wellbeing and am writing only so that your records are up to date.

Yours sincerely

Dr Anjali Mehta
GP Partner, Globe Town Medical Practice
""")
    top = plain_top(f, addr("Dr Anjali Mehta", "anjali.mehta@nhs.example.net"), addr("Early Help Hub", TEH),
                    "Sumaya Rahman - update from GP", when, "nhs.example.net", None)
    add(f, mail(f, top, body), "tower_hamlets", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [ch("Sumaya Rahman", "2020-06-04", "04/06/2020")],
        ["young_carer"], None, None, [], None, "human_review",
        "NEAR MISS - A HISTORIC CRISIS NOW RESOLVED WITH A CARE PACKAGE, from a GP: in February a 12-year-old was lifting her mum and "
        "they were found on the bathroom floor; now four calls a day, a hoist, an aunt living in, 'no current concerns'. DESIGN "
        "safety rule 1: historic, resolved -> not urgent. An update for the records -> other -> human_review.",
        not_children=["Anjali Mehta", "Rehana Rahman"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2033-06-28 18:41:25"
    body = T("""
Hello,

Please I need help for my sons. My name is Piotr Nowicki. My wife Agnieszka is in Royal London hospital for the dialysis, today they say she must stay tonight because something wrong with the blood. I am lorry driver, now I am in Germany, I cannot come back until Thursday.

My son Kacper Nowicki is 12 years. He is at home with his brother Oskar Nowicki, 8 years. Oskar has autism and epilepsy and he need the medicine at night (Epilim) and sometimes the rescue medicine in his mouth when he has fit. Kacper phone me now and cry, he say Oskar already had one small fit after school and he is scared he cannot do the medicine right and he cannot lift him. Nobody else is there. We have no family in London.

Address: 31 Bromley Street, E1 0ZX. Kacper phone 07700 900613.

Sorry for my English. Please somebody go to them.

Piotr Nowicki
""")
    top = plain_top(f, addr("Piotr Nowicki", "p.nowicki@mail.example.pl"), addr(None, TEH), "please help my sons tonight", when,
                    "mail.example.pl", None)
    add(f, mail(f, top, body, cte="8bit" if not body.isascii() else "quoted-printable"), "tower_hamlets", "early_help_duty", when, 3,
        "urgent", "other", True, None, [], [ch("Kacper Nowicki"), ch("Oskar Nowicki")],
        ["disability_send", "young_carer"], None, None, [], None, "alert_duty",
        "A PARENT IN BROKEN ENGLISH, at 18:41: a 12-year-old alone tonight with his 8-year-old brother who has autism and epilepsy, "
        "has already had a fit after school and needs night medicine and rescue medication; mum kept in hospital (dialysis), dad in "
        "Germany, no one else. No alarm word. DESIGN safety rule 1 -> urgent -> alert_duty (out of hours). No request -> other. "
        "Both boys named in full by their father.",
        not_children=["Piotr Nowicki"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2033-05-26 10:33:48"
    add(f, ndr(f, when, "towerhamlets.gov.uk", addr("MAST", TMAST), "j.okafor@oldschool.example.org",
               "Re: Request for support - young carer - Ali family", addr("MAST", TMAST), "2033-05-26 10:32:10"),
        "tower_hamlets", "mash_step_up", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "An Exchange non-delivery report (multipart/report, Auto-Submitted: auto-replied) for mail MAST sent. DESIGN safety rule 2 "
        "-> auto_reply -> ignore. No case number, no child.")

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2033-07-19 13:26:50"
    h = LAYOUT_HEAD + T("""
<p style="font-family:Arial">Dear Early Help colleagues,</p>
<p style="font-family:Arial">From September, <b>Mulberry Park Academy</b> is joining the borough's <b>Young Carer Card</b> scheme. Every student on our young carers' register will get a card that lets them:</p>
<ul style="font-family:Arial">
<li>keep their phone on in lessons in case home needs them;</li>
<li>leave a lesson quietly to make a call;</li>
<li>have a late pass without a sanction on days they have been caring;</li>
<li>use the library at lunch for homework.</li>
</ul>
<p style="font-family:Arial">We currently have 38 young carers on our register. If you are working with a family where a secondary-age child is caring for someone, please let us know (with the family's consent) so they can be offered a card.</p>
<p style="font-family:Arial">Many thanks,<br>Lena Hoque<br>Young Carers Lead, Mulberry Park Academy</p>
</body></html>
""")
    top = plain_top(f, addr("Lena Hoque", "l.hoque@mulberrypark.example.org"), addr("Early Help Hub", TEH),
                    "Young Carer Card scheme from September", when, "mulberrypark.example.org", None)
    add(f, html_only(f, top, h), "tower_hamlets", "early_help_duty", when, 7,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A SCHOOL'S YOUNG-CARER CARD SCHEME (HTML only): about young carers in general, no child named, no worry, no "
        "request. Not urgent. -> other -> human_review; concerns [] because it is about nobody in particular.")

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2033-06-02 15:47:11"
    body = T("""
Hi Early Help Hub,

Step-down request following the C&F Assessment (concluded 27/05/2033) for Jack Turner, DOB 21/03/2022, Mosaic ID 2846630.

Jack (11) cares for his mum, who has severe depression and spends most days in bed. The assessment and the draft TAF plan are attached. The proposed Lead Practitioner is Sophie Grant, Learning Mentor at Old Ford Primary, who has agreed to take the role.

Unfortunately Ms Turner has said she does not want Early Help involvement and has not given consent to the step-down. I will try again at my final visit next week but wanted you to have the paperwork now.

Best,
Olu Adebayo
Social Worker, Children's Social Work (Bow)
""") + TDISC
    atts = [pdf_att("C&F Assessment - Turner.pdf", "Child and Family Assessment - Jack Turner", ["Concluded 27/05/2033.",
                    "Recommendation: step down to TAF."]),
            docx_att("Draft TAF plan - Turner.docx", ["# TAF plan", "Young carers' group for Jack.", "GP review for mum."])]
    top = outlook_top(f, addr("Adebayo, Olu", "Olu.Adebayo@" + TDOM), addr("Early Help Hub", TEH), "Step-down - Jack Turner", when)
    add(f, mail(f, top, body, atts), "tower_hamlets", "early_help_duty", when, 10,
        "ordinary", "step_down", False, None, ["2846630"], [ch("Jack Turner", "2022-03-21", "21/03/2022")],
        ["parental_mental_health", "young_carer"], False, None, ["consent"], None, "request_info",
        "Tower Hamlets step-down with the assessment, plan and lead practitioner, but mum 'has not given consent' (refused) -> consent "
        "false -> missing consent -> request_info. 'I will try again' does not change what is stated now.",
        not_children=["Olu Adebayo", "Sophie Grant"])

# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2033-05-05 10:12:33"
    body = T("""
Hi Early Help,

Please can I have a triage slot for a level 3 step-down for the Luscombe children:

Evie Luscombe - DOB 15/06/2023
Alfie Luscombe - DOB 02/10/2029 (under 5, so I understand this will be the under-5s triage)
LCS-4410273

Dad has terminal bowel cancer and is now on end-of-life care at home with the hospice team. Evie (9) helps with his meals and sits with him after school; mum works part-time. The single assessment with my analysis and the rationale for stepping down is attached. My team manager, Sarah Coombe, has recorded her manager's analysis on LCS confirming the threshold for level 3 is met. Mum has consented to level 3 Early Help - she signed it on 3 May.

Many thanks
Hollie Bray
Social Worker, Single Assessment Team, Torbay Council
""") + BDISC
    atts = [pdf_att("Single Assessment - Luscombe.pdf", "Single Assessment - Luscombe", ["Analysis: needs are at level 3.",
                    "Rationale for step down: family well supported by hospice; Evie's caring role needs Early Help support."])]
    top = outlook_top(f, addr("Bray, Hollie", "Hollie.Bray@" + BDOM), addr("Early Help Torbay", BEH),
                      "Triage slot please - Luscombe - LCS-4410273", when)
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["LCS-4410273"],
        [ch("Evie Luscombe", "2023-06-15", "15/06/2023"), ch("Alfie Luscombe", "2029-10-02", "02/10/2029")],
        ["young_carer"], True, True, [], None, "book_meeting",
        "Complete Torbay level 3 step-down: single assessment attached, the team manager's analysis confirming level 3 -> manager "
        "true, mum consented -> missing [] -> book_meeting. Alfie is 3, so the fortnightly under-5s triage (AFC attending). A parent "
        "with terminal cancer, a 9-year-old's caring -> young_carer.",
        not_children=["Hollie Bray", "Sarah Coombe"])

def torbay_02():
    f = "torbay_02.eml"; when = "2033-06-10 20:43:17"
    body = T("""
Hi, sending to MASH because it's after 8 and I can't get anyone. These are WhatsApp messages from Maddie Stoneman (12) in the last half hour. I'm her young carers' worker (Torbay Young Carers). Mum has epilepsy. Dad works away on the rigs.

[20:09] Maddie: mums having fits again
[20:11] Maddie: thats 2
[20:18] Maddie: 3rd one now it was really long like ages
[20:19] Maddie: shes breathing weird and her lips went blue a bit
[20:19] Maddie: i put her on her side like you showed me
[20:24] Maddie: dads phone is off
[20:31] Maddie: shes not waking up properly between them
[20:33] Maddie: 👍 read your message. i dont know the number for the ambulance place on mums phone

I've messaged her to ring 999 but she's stopped replying. They live at 5 Cary Avenue, Babbacombe TQ1 3ZZ. I'm 40 minutes away and driving there now.

Becca Tozer
Torbay Young Carers
07700 900421
""")
    top = plain_top(f, addr("Becca Tozer", "becca.tozer@torbayyoungcarers.example.org"), addr(None, BMASH),
                    "Maddie Stoneman - mum fitting now", when, "torbayyoungcarers.example.org", None)
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [ch("Maddie Stoneman")], ["young_carer"], None, None, [], None, "alert_duty",
        "A 12-YEAR-OLD ALONE WITH A PARENT HAVING REPEATED SEIZURES TONIGHT, in WhatsApp messages copied with times and an emoji: "
        "three fits, 'not waking up properly between them', lips 'blue a bit', dad unreachable, the child has stopped replying. "
        "No alarm word. DESIGN safety rule 1 -> urgent -> alert_duty (out of hours, 20:43). A young carers' worker's message -> other.",
        not_children=["Becca Tozer"])

def torbay_03():
    f = "torbay_03.eml"; when = "2033-07-01 11:30:05"
    body = T("""
Hi all,

Just to let you know that Poppy Hext (11) has a confirmed place on our summer respite residential at Dartmoor (Monday 25 - Wednesday 27 July). Confirmation letter attached for your file.

Poppy has had a hard spring with mum's chemotherapy and was very tired in May, but mum finished chemo in June, Grandad has moved in to help and Poppy is back to her usual self at school and at club. She is really excited about the trip.

No concerns - just keeping you in the loop as you asked at the last TAF.

Jo Tregaskis
Torbay Young Carers
""")
    atts = [pdf_att("Respite confirmation - Poppy Hext.pdf", "Torbay Young Carers - Summer Respite Residential",
                    ["Dear Poppy and family,", "We are pleased to confirm Poppy's place at Dartmoor Outdoor Centre,",
                     "Monday 25 July to Wednesday 27 July 2033.", "Kit list and consent form enclosed."])]
    top = plain_top(f, addr("Jo Tregaskis", "jo.tregaskis@torbayyoungcarers.example.org"), addr("Early Help Torbay", BEH),
                    "Poppy Hext - respite place confirmed", when, "torbayyoungcarers.example.org", None)
    add(f, mail(f, top, body, atts), "torbay", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [], [ch("Poppy Hext")], ["young_carer"], None, None, [], None, "human_review",
        "NEAR MISS - A RESPITE BREAK CONFIRMED: mum's chemotherapy and a tired spring, now chemo finished, grandad living in, 'No "
        "concerns'. Not urgent. An FYI to the Early Help inbox -> other -> human_review. Poppy is a registered young carer.",
        not_children=["Jo Tregaskis"])

def torbay_04():
    f = "torbay_04.eml"; when = "2033-06-15 14:05:50"
    body = T("""
Dear MASH,

Contact for Lily Prowse (DOB 07/08/2018) and Noah Prowse (DOB 23/04/2026), EHM-784512.

New information: Lily (14) told school yesterday that dad has been drinking every day since he lost his job in May and she now does all the shopping, cooking and Noah's bedtime. She has missed 9 days this half-term. Dad was verbally aggressive to the TAF last week.

My team manager, Simon Hext, and I have discussed this and we agree it needs considering for a level 4 statutory response.

Dad does not consent to a contact to MASH - he said very clearly on Monday that he does not want "social services" involved.

Regards
Amy Luxton
Family Intervention Worker, Torbay Early Help (Paignton)
""") + BDISC
    top = outlook_top(f, addr("Luxton, Amy", "Amy.Luxton@" + BDOM), addr("MASH Torbay", BMASH), "Step up / contact - Prowse - EHM-784512", when,
                      cc=addr("Hext, Simon", "Simon.Hext@" + BDOM))
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["EHM-784512"],
        [ch("Lily Prowse", "2018-08-07", "07/08/2018"), ch("Noah Prowse", "2026-04-23", "23/04/2026")],
        ["school_attendance", "substance_misuse", "young_carer"], False, True, ["consent"], None, "request_info",
        "Torbay step-up (contact to MASH): manager and worker 'agree it needs considering for a level 4' -> manager true; dad 'does "
        "not consent' -> consent false -> missing consent -> request_info (the seed: a contact with parental consent). Dad's daily "
        "drinking -> substance_misuse; 9 days missed -> school_attendance; Lily's caring -> young_carer.",
        not_children=["Amy Luxton", "Simon Hext"])

def torbay_05():
    f = "torbay_05.eml"; when = "2033-07-06 15:48:36"
    body = T("""
To the MASH team,

I'm a district nurse and have just left the home of Mrs Tamsin Pengelly, 18 Hele Road, Torquay TQ2 7ZZ. She is an insulin-dependent diabetic with early dementia. Her daughter Grace Pengelly, who is 10, has been doing her insulin since Mrs Pengelly's husband left three weeks ago.

When I arrived at 2.30 Mrs Pengelly's blood sugar was 1.9 and she was confused and sweating. I treated it and it is now 6.1, but she is still drowsy and muddled. Grace told me she gave mum her long-acting insulin twice this morning "because I wasn't sure if I'd done it". Grace has been off school all week because she is scared to leave her.

There is no other adult in the house tonight and no one until Saturday. I can't come back until tomorrow's round and I have had to leave Grace in charge with a glucose gel and my number. Grace gets home from the shop at about 4.15.

Sian Couch
Community Staff Nurse, Torquay District Nursing Team
""")
    top = plain_top(f, addr("Sian Couch", "sian.couch@nhs.example.net"), addr(None, BMASH), "Grace Pengelly - mum's insulin", when,
                    "nhs.example.net", None)
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 4,
        "urgent", "other", True, None, [], [ch("Grace Pengelly")], ["school_attendance", "young_carer"], None, None, [], None,
        "alert_duty",
        "A 10-YEAR-OLD MANAGING MUM'S INSULIN, from a district nurse: mum's sugar was 1.9 after Grace gave the long-acting insulin "
        "twice this morning, mum still drowsy, no other adult tonight and none until Saturday. No alarm word. DESIGN safety rule 1 -> "
        "urgent -> alert_duty. A nurse's report, no request -> other. Off school all week -> school_attendance.",
        not_children=["Sian Couch", "Tamsin Pengelly"])

def torbay_06():
    f = "torbay_06.eml"; when = "2033-05-09 09:22:11"
    add(f, google_reply(f, when, "Ursula Kemp", "ursula.kemp.afc@gmail.example.com", ("Early Help Torbay", BEH), "TENTATIVE",
                        "Under-5s triage - Luscombe (LCS-4410273)", "20330517T090000Z", "20330517T093000Z", "Zoom",
                        "Tue 17 May 2033 10am - 10:30am (BST)", note="Should be fine, may be 5 mins late from another meeting."),
        "torbay", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, ["LCS-4410273"], [], [], None, None, [], None, "record_reply",
        "A Google Calendar iTIP REPLY (TENTATIVE) from the AFC representative to the under-5s triage for torbay_01's family -> "
        "meeting_reply -> record_reply. Case id from the summary; the note is ordinary.")

def torbay_07():
    f = "torbay_07.eml"; when = "2033-06-24 13:02:59"
    body = T("""
Hello,

I'm a second-year social work student on placement with the Paignton Early Help team and I'm writing an essay on young carers. My practice educator suggested I ask the duty inbox directly.

Hypothetically - if a young carer rang or emailed this inbox saying something like "mum won't wake up" or "dad's having a seizure and I'm on my own", what would the process be? Would it be treated as a step-up, or does it go somewhere else? And would it matter if it came in at night?

This isn't about any real child - it's for my essay. Thank you for any help!

Megan Parnell
Social Work Student (University of Plymouth), placement with Torbay Early Help
""")
    top = plain_top(f, addr("Megan Parnell", "megan.parnell@students.example.ac.uk"), addr("Early Help Torbay", BEH),
                    "Question for my essay - young carers", when, "students.example.ac.uk", None)
    add(f, mail(f, top, body), "torbay", "early_help_duty", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A HYPOTHETICAL: a student asks what would happen 'if a young carer ... said mum won't wake up'; 'This isn't about "
        "any real child'. DESIGN safety rule 1: hypothetical risk must not trigger it. An enquiry -> other -> human_review.",
        not_children=["Megan Parnell"])

def torbay_08():
    f = "torbay_08.eml"; when = "2033-07-14 10:40:22"
    ack = ack_text("step-down", "[SB-torbay-3390]", ["Child: Jamie Widger", "Case: LCS-4402918"],
                   ["your team manager's analysis confirming the threshold for level 3"])
    body = T("""
Hi,

Sarah has now recorded her manager's analysis on LCS - she agrees the threshold for level 3 is met. Can Jamie go to next Tuesday's triage?

Thanks
Callum Rowe
Social Worker, Safeguarding and Supporting Families, Torbay Council
""") + quote("Early Help Torbay <%s>" % BEH, "12 July 2033 16:10", "Rowe, Callum <Callum.Rowe@%s>" % BDOM,
                "[SB-torbay-3390] Step down - Jamie Widger", ack)
    top = outlook_top(f, addr("Rowe, Callum", "Callum.Rowe@" + BDOM), addr("Early Help Torbay", BEH),
                      "RE: [SB-torbay-3390] Step down - Jamie Widger", when, cc=addr("Coombe, Sarah", "Sarah.Coombe@" + BDOM))
    add(f, mail(f, top, body, html_alt=True), "torbay", "early_help_duty", when, 2,
        "ordinary", "follow_up", False, None, ["LCS-4402918"], [ch("Jamie Widger")], [], None, True, [], None,
        "attach_to_request",
        "A reply to [SB-torbay-3390] adding what the acknowledgement asked for: the manager's analysis 'agrees the threshold for "
        "level 3 is met' -> manager_agreed true. follow_up -> attach_to_request; missing [] for a follow_up. Child and case id "
        "from the subject and the quoted acknowledgement; no concern described.",
        not_children=["Callum Rowe"])

# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2033-05-17 13:15:40"
    body = T("""
Dear Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan (level 3) for the Powell sibling group, and mum's signed consent.

Ruby Powell - 09/09/2018 - Mosaic 1990211
Archie Powell - 26/01/2023 - Mosaic 1990212
Daisy Powell - 14/11/2026 - Mosaic 1990213

Mum has MS and has been a wheelchair user since January. Ruby (14) has been doing personal care and the school run. The CIN plan got an OT assessment, a care package and a wet room in place.

Key person agreed with the family: Hannah Beavan, Pastoral Lead, Whitecross Hereford High School.

I discussed this with Verity Lang at last Tuesday's drop-in.

Kind regards
Owen Pritchard
Social Worker, Children's Safeguarding and Family Support, Herefordshire Council
""") + HDISC
    atts = [docx_att("EHA step-down plan - Powell.docx", ["# Early Help Assessment step-down plan",
                     "What needs to happen: young carers' support for Ruby; Archie and Daisy's after-school club; review in 6 weeks.",
                     "Key person: Hannah Beavan, Whitecross Hereford High School."]),
            pdf_att("Signed consent - Powell.pdf", "Consent to Early Help", ["I agree to my family being supported by Early Help.",
                    "Signed: Lisa Powell, 12/05/2033"])]
    top = outlook_top(f, addr("Pritchard, Owen", "Owen.Pritchard@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down plan - Powell sibling group", when)
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["1990211", "1990212", "1990213"],
        [ch("Ruby Powell", "2018-09-09", "09/09/2018"), ch("Archie Powell", "2023-01-26", "26/01/2023"),
         ch("Daisy Powell", "2026-11-14", "14/11/2026")],
        ["young_carer"], True, None, [], None, "book_meeting",
        "Complete Herefordshire step-down for a sibling group (one request, three children): plan (.docx), signed consent form "
        "(.pdf), key person named with agency -> missing [] -> book_meeting. 'Mosaic 1990211' etc. -> bare numbers. Mum's MS, "
        "Ruby's personal care -> young_carer.",
        not_children=["Owen Pritchard", "Hannah Beavan", "Lisa Powell"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2033-07-08 10:26:14"
    body = T("""
Good morning,

I'm the Early Help Family Support Worker for the Morgan family and I need to step this family up to social care today.

Ellie Morgan (13) and Josh Morgan (7). Mum, Kerry, has severe depression and has stayed in bed most days since Easter; Ellie does everything for Josh and for mum.

This morning Ellie told her TA that mum has been "saving up" her tablets in a sock in her bedside drawer and last night said "tonight's the night, I've had enough, you'll be better off". Ellie counted them: about 40. Ellie and Josh are the only ones at home with mum after school and overnight - there is no other adult. Ellie didn't want to go home at lunchtime to check on her. I haven't been able to reach mum or her GP this morning.

My manager is copied. I can be reached on 01432 496 0871.

Beth Watkins
Early Help Family Support Worker, Herefordshire Council
""") + HDISC
    top = outlook_top(f, addr("Watkins, Beth", "Beth.Watkins@" + HDOM), addr("MASH Herefordshire", HMASH),
                      "Step up - Morgan family", when, cc=addr("Moss, Xavier", "Xavier.Moss@" + HDOM))
    add(f, mail(f, top, body), "herefordshire", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, [], [ch("Ellie Morgan"), ch("Josh Morgan")],
        ["parental_mental_health", "young_carer"], None, None, [], None, "alert_duty",
        "A PARENT WITH SEVERE DEPRESSION WHO STAYS IN BED HAS STOCKPILED TABLETS AND SAID 'tonight's the night'; a 13-year-old and a "
        "7-year-old are the only ones home with her tonight. No alarm word. DESIGN safety rule 1 -> urgent -> alert_duty. A step-up, "
        "which the Herefordshire seed does not define: alert_duty comes first; missing [] for an undefined kind. The manager is only "
        "'copied' and says nothing -> manager_agreed null.",
        not_children=["Beth Watkins", "Kerry"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2033-06-30 14:44:20"
    ack = ack_text("step-down", "[SB-herefordshire-5518]", ["Child: Mia Jenkins", "Mosaic: 1987264"], [])
    body = T("""
Hi Xavier,

Update for MAG review 2 of 4 for Mia, as requested.

Mia is tired some mornings and has been late twice this half-term, usually after mum's dialysis days, but she is well supported: she goes to the young carers' club every Tuesday, her form tutor checks in daily, and mum's dialysis has moved to the evening slot so Mia no longer gets her ready in the mornings. Mia says things are "loads better". Attendance 97%.

No concerns from school. Happy to keep going with the plan as it is.

Fiona Brace
Pastoral Manager, Bishop's Meadow Academy
""") + quote("Early Help Co-ordinators <%s>" % HEH, "2 May 2033 09:30", "f.brace@bishopsmeadow.example.org",
                "[SB-herefordshire-5518] Step down - Mia Jenkins", ack)
    top = plain_top(f, addr("Fiona Brace", "f.brace@bishopsmeadow.example.org"), addr("Early Help Co-ordinators", HEH),
                    "RE: [SB-herefordshire-5518] Step down - Mia Jenkins - MAG review 2", when, "bishopsmeadow.example.org", None,
                    cc=addr("Moss, Xavier", "Xavier.Moss@" + HDOM))
    add(f, mail(f, top, body), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "follow_up", False, None, ["1987264"], [ch("Mia Jenkins")], ["young_carer"], None, None, [], None,
        "attach_to_request",
        "NEAR MISS - A TIRED BUT WELL-SUPPORTED YOUNG CARER: late twice after mum's dialysis days but club, daily check-ins, dialysis "
        "moved, 97%, 'No concerns'. Not urgent, and two late marks with 97% are not a school_attendance concern. A reply to "
        "[SB-herefordshire-5518] for the MAG review -> follow_up -> attach_to_request. 'Mosaic: 1987264' -> '1987264'.",
        not_children=["Fiona Brace"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2033-06-06 09:58:31"
    body = T("""
Hello,

Step-down plan for Tyler Bowen (DOB 30/11/2017), Mosaic 1994450, attached.

Tyler (15) cares for his dad, who has terminal lung cancer and is now under the hospice at home team. The plan builds on the hospice's family support worker and Herefordshire Young Carers. Key person agreed with Tyler and dad: Gemma Hyde, Family Support Worker, St Michael's Hospice.

Dad agreed to the step-down verbally when I saw him on Friday; I'll get the consent form signed at my visit on Thursday and send it on.

Thanks
Rhys Jenkins
Social Worker, Herefordshire Council
""") + HDISC
    atts = [docx_att("Step-down plan - Bowen.docx", ["# Early Help Assessment step-down plan", "Young carers' support; hospice family support; school mentor."])]
    top = outlook_top(f, addr("Jenkins, Rhys", "Rhys.Jenkins@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Tyler Bowen", when)
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 6,
        "ordinary", "step_down", False, None, ["1994450"], [ch("Tyler Bowen", "2017-11-30", "30/11/2017")],
        ["young_carer"], True, None, ["consent_form"], None, "request_info",
        "Herefordshire step-down with the plan and the key person, but the written consent form is to follow ('I'll get the consent "
        "form signed ... and send it on') -> consent_form missing -> request_info. Dad 'agreed ... verbally' -> consent true (stated "
        "as given), yet the seed's written consent document is not there. No level stated -> null.",
        not_children=["Rhys Jenkins", "Gemma Hyde"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2033-06-23 19:22:48"
    text = T("""
Hi, I'm a young carers worker with Herefordshire Carers Support. Alfie Price (10) has just sent me these texts:

"dad fell in the bathroom again and he cant get up"
"hes been on the floor since 4 o clock"
"i tried to lift him like before but i cant and my back hurts"
"his phone is dead and mums still in hospital"
"he says hes cold and he keeps falling asleep"
"i havent had tea"

Dad (Gareth Price) has MS and Alfie is on his own with him. Mum had an operation on Tuesday and is in Hereford County Hospital till next week. They live at 3 Orchard Close, Leominster HR6 8ZZ. I'm in Ross and it's an hour away. I've told Alfie to ring 999 but I don't know if he has.

Cath Bevan
Young Carers Worker, Herefordshire Carers Support
Sent from my iPhone
""")
    top = plain_top(f, addr("Cath Bevan", "cath.bevan@hcs.example.org"), addr("Early Help Co-ordinators", HEH),
                    "Alfie Price", when, "hcs.example.org", None)
    add(f, iphone_mail(f, top, text), "herefordshire", "early_help_duty", when, 3,
        "urgent", "other", True, None, [], [ch("Alfie Price")], ["young_carer"], None, None, [], None, "alert_duty",
        "A CHILD LIFTING A PARENT WITH MS, IN HIS OWN TEXTS, at 19:22: a 10-year-old alone with his dad who has been on the bathroom "
        "floor since 4pm, cold and drowsy, the boy has hurt his back trying to lift him, no tea, mum in hospital, no adult coming. "
        "No alarm word. DESIGN safety rule 1 -> urgent -> alert_duty (out of hours). iPhone mail (format=flowed). No request -> other.",
        not_children=["Cath Bevan", "Gareth Price"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2033-05-25 12:10:03"
    body = T("""
Dear MASH,

Following up on my call to you yesterday morning about Sophie Davies (Year 4), when Sophie told her teacher that "mum wouldn't wake up" before school.

Thank you for arranging the police welfare check. The officers visited at 11am yesterday: mum works nights at the care home and had simply been fast asleep after a 12-hour shift - she had set an alarm for Sophie but it didn't go off. Mum came into school in the afternoon, was mortified, and has set up a breakfast club place and a neighbour to walk Sophie in on the mornings after a night shift.

Sophie was happy and chatty today. We have no concerns and no further action is needed from our side. Please close the contact.

Kind regards
Andrew Lewis
Headteacher and DSL, Kington Primary School
""")
    top = plain_top(f, addr("Andrew Lewis", "head@kingtonprimary.example.org"), addr("MASH Herefordshire", HMASH),
                    "Sophie Davies - update after yesterday's call", when, "kingtonprimary.example.org", None)
    add(f, mail(f, top, body), "herefordshire", "mash_step_up", when, 7,
        "near_miss", "other", False, None, [], [ch("Sophie Davies")], [], None, None, [], None, "human_review",
        "NEAR MISS - A WORRY ALREADY DEALT WITH: 'mum wouldn't wake up' yesterday was checked by the police the same morning - mum "
        "asleep after a night shift; breakfast club arranged; 'no concerns'. DESIGN safety rule 1: resolved -> not urgent. A school "
        "update to MASH -> other -> human_review. No concern remains -> concerns [].",
        not_children=["Andrew Lewis"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2033-07-20 20:05:37"
    body = T("""
Hi,

I got this email address from Isla's school. I'm a mum with MS and my daughter Isla Watkins is 13. She's brilliant and helps me a lot - she does my compression socks and gets the shopping. We're fine at the moment and my partner is home most evenings.

What I worry about is: what would happen if I fell one day when my partner is away and Isla was on her own with me? Is there some sort of plan we could make, or a card she could carry? Someone mentioned a young carers' assessment - could we have one?

Thanks,
Rachel Watkins
""")
    top = plain_top(f, addr("Rachel Watkins", "rachel.watkins@mail.example.com"), addr(None, HEH), "Young carers question", when,
                    "mail.example.com", None)
    add(f, mail(f, top, body), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [], [ch("Isla Watkins")], ["young_carer"], None, None, [], None, "human_review",
        "NEAR MISS - A PARENT'S HYPOTHETICAL, at 20:05: 'what would happen if I fell one day ... and Isla was on her own with me?' - "
        "'We're fine at the moment', partner home. DESIGN safety rule 1: hypothetical -> not urgent. A parent's enquiry about a "
        "young carer's assessment -> other -> human_review; Isla helps with her mum's care -> young_carer.",
        not_children=["Rachel Watkins"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2033-06-07 08:12:55"
    add(f, ooo(f, when, "Rhys Jenkins", "Rhys.Jenkins@" + HDOM, addr("Early Help Co-ordinators", HEH),
               "[SB-herefordshire-5602] Step down - Bowen",
               "Thank you for your email. I am out of the office on a training course until Thursday 9 June with limited access to "
               "email. For anything that cannot wait, please contact the duty desk on 01432 496 0200.\n\nRhys Jenkins\n"),
        "herefordshire", "early_help_duty", when, 3,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "An out-of-office (Auto-Submitted: auto-replied, 'Automatic reply:') to stepbot's acknowledgement of herefordshire_04. "
        "DESIGN safety rule 2 -> auto_reply -> ignore. No child is named in full.")

# ============================================================================= the rules and the self-checks
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
YAML_DIR = "/work/main/config/authorities"

# England & Wales bank holidays of 2033 that fall on a weekday (set_checks() compares this list with the `holidays`
# package): New Year's Day (substitute) Monday 3 January; Good Friday 15 April; Easter Monday 18 April; May Day Monday
# 2 May; Spring Bank Holiday Monday 30 May; Late Summer Bank Holiday Monday 29 August; Boxing Day Monday 26 December;
# Christmas Day (substitute) Tuesday 27 December. (1 January is a Saturday and 25 December a Sunday.)
BANK_HOLIDAYS = {date(2033, 1, 3), date(2033, 4, 15), date(2033, 4, 18), date(2033, 5, 2), date(2033, 5, 30),
                 date(2033, 8, 29), date(2033, 12, 26), date(2033, 12, 27)}
IN_WINDOW = {date(2033, 5, 2): "May Day", date(2033, 5, 30): "Spring Bank Holiday"}
EASTER = {date(2033, 4, 15): "Good Friday", date(2033, 4, 18): "Easter Monday"}   # both before the window
WINDOW = (datetime(2033, 4, 25, tzinfo=LON), datetime(2033, 7, 22, 23, 59, 59, tzinfo=LON))
BST_START = datetime(2033, 3, 27, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2033, 10, 30, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2033
CAT_MIN = {"urgent": 11, "near_miss": 11}
CAT_EXPECTED = {"urgent": 12, "near_miss": 12, "ordinary": 16}
# (working days, plain weekdays) from the Europe/London date of `now` to the meeting
COUNTS_EXPECTED = {"knowsley_01.eml": (4, 5), "knowsley_02.eml": (5, 6), "knowsley_06.eml": (5, 5),
                   "knowsley_07.eml": (4, 5), "knowsley_08.eml": (5, 6)}
DECISIVE_EXPECTED = ["knowsley_01.eml", "knowsley_07.eml"]
# the brief's words that an urgent mail must never contain (anywhere: body, quotes, attachments, signatures)
BANNED = re.compile(r"(?i)\b(urgent|urgently|immediate|immediately|emergency|emergencies|at risk|risk of harm|danger\w*|asap)\b")

def expected_offset(d):
    return "+0100" if BST_START <= d.astimezone(UTC) < BST_END else "+0000"

def parse_dob(w):
    m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", w.strip())
    return date(int(m[3]), int(m[2]), int(m[1])).isoformat() if m else None

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

_YAML = {}
def yaml_requirement_ids(auth, kind):
    """Requirement ids the authority's policy pack lists for this kind (None when the kind is not defined)."""
    import yaml
    if auth not in _YAML:
        with open(os.path.join(YAML_DIR, auth + ".yaml"), encoding="utf-8") as fh:
            _YAML[auth] = yaml.safe_load(fh)
    k = _YAML[auth]["kinds"].get(kind)
    if not k or k.get("defined") is False:
        return None
    return {r["id"] for r in k.get("requirements", [])}

YEAR = re.compile(r"\b(2\d{3})\b")
CASE_ID_FORM = re.compile(r"(EHM|ICS|LCS)-\d{5,7}|\d{7}")

def all_headers(msg):
    return " ".join(str(v) for part in msg.walk() for _k, v in part.items())

def check_file(lab):
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
    lvl = None
    if a == "knowsley" and e["kind"] == "step_down":
        lvl = e["level"] if e["level"] is not None else 3        # REQUIREMENTS: no level stated -> level 3
    key = (a, e["kind"], lvl)
    allowed = REQ.get(key, set())
    if not set(e["missing"]) <= allowed: err("missing ids not allowed for %s: %s" % (key, e["missing"]))
    if key not in REQ and e["missing"]: err("missing must be [] for this kind")
    yids = yaml_requirement_ids(a, e["kind"]) if e["kind"] in ("step_up", "step_down") else None
    for mid in e["missing"]:
        if yids is None or mid not in yids: err("requirement id %s not in %s.yaml's %s" % (mid, a, e["kind"]))
    if (a, e["kind"]) in DEFINED and yids is not None and not {x for (aa, kk, _l), v in REQ.items()
                                                                 if aa == a and kk == e["kind"] for x in v} <= yids:
        err("REQ table disagrees with %s.yaml" % a)
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
    if d.astimezone(LON).weekday() >= 5: err("Date on a weekend")
    if d.astimezone(LON).date() in BANK_HOLIDAYS: err("Date on a bank holiday")
    if not msg["Date"].strip().endswith(expected_offset(d)): err("Date offset should be %s" % expected_offset(d))
    if now.utcoffset() != d.utcoffset(): err("now offset differs from the Date header's")
    if not (timedelta(minutes=1) <= now - d <= timedelta(minutes=10)): err("now not 1-10 min after Date")
    if (e["kind"] == "auto_reply") != (msg["Auto-Submitted"] is not None): err("Auto-Submitted vs auto_reply")
    if e["kind"] == "meeting_reply" and not any(p.get_content_type() == "text/calendar" and "REPLY" in p.get_content().upper()
                                                for p in msg.walk()):
        err("meeting_reply without an iTIP REPLY")
    m = re.search(r"\[SB-([a-z_]+)-\d+\]", str(msg["Subject"]))
    if (e["kind"] == "follow_up") != bool(m and m[1] == a and not str(msg["Subject"]).startswith("Automatic reply")):
        err("follow_up vs stepbot reference in the subject")
    text = readable(msg)
    for y in YEAR.findall(text + " " + all_headers(msg)):
        if int(y) > MAX_YEAR: err("year after %d: %s" % (MAX_YEAR, y))
    if e["urgent"] and BANNED.search(text):
        err("urgent mail contains a banned word: %r" % BANNED.search(text)[0])
    metas = {c["name"]: c for c in META[f]["children"]}
    pos = []
    for c in e["children"]:
        mc = metas.get(c["name"])
        if mc is None:
            err("child %s has no source record" % c["name"]); continue
        if c["name"] not in text: err("child %s not in text" % c["name"])
        pos.append(text.find(c["name"]))
        if c["dob"]:
            if mc["_w"] not in text: err("dob as written %r not in text" % mc["_w"])
            if parse_dob(mc["_w"]) != c["dob"]: err("dob %r parses to %s" % (mc["_w"], parse_dob(mc["_w"])))
            if age_years(date.fromisoformat(c["dob"]), now.date()) >= 18 or date.fromisoformat(c["dob"]) >= now.date():
                err("%s is not a child at now" % c["name"])
    if pos != sorted(pos): err("children not in order of first appearance")
    for name in META[f]["not_children"]:
        if name not in text: err("excluded person %s not in text" % name)
        if any(name == c["name"] for c in e["children"]): err("excluded person %s labelled as a child" % name)
    for cid in e["case_ids"]:
        if cid not in text: err("case id %s not in text" % cid)
    return errors

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is required (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2033])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: bank holidays in the window are %s" % inside)
    easter = {d: pkg.get(d) for d in pkg if "Easter" in pkg.get(d) or "Good Friday" in pkg.get(d)}
    if easter != EASTER or not all(d < WINDOW[0].date() for d in easter):
        errors.append("set: Easter 2033 is %s" % easter)
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2033, 3) and BST_END.date() == last_sun(2033, 10)):
        errors.append("set: BST dates")
    if not (WINDOW[0].date() == date(2033, 4, 25) and WINDOW[0].weekday() == 0
            and WINDOW[1].date() == date(2033, 7, 22) and WINDOW[1].weekday() == 4):
        errors.append("set: the window must run from Monday 25 April to Friday 22 July 2033")
    d = WINDOW[0].date()
    while d <= WINDOW[1].date():
        if datetime(d.year, d.month, d.day, 12, tzinfo=LON).utcoffset() != timedelta(hours=1):
            errors.append("set: %s is not BST" % d)
        d += timedelta(days=1)
    counts = {}
    for lab in LABELS:
        f = lab["file"]
        m = META[f]["meeting"]
        if m is not None:
            t = datetime.fromisoformat(lab["now"]).astimezone(LON).date()
            counts[f] = (working_days(t, m), plain_weekdays(t, m))
    if counts != COUNTS_EXPECTED:
        errors.append("set: Knowsley notice counts are %s, expected %s" % (counts, COUNTS_EXPECTED))
    decisive = sorted(f for f in counts if (counts[f][1] >= 5) != (counts[f][0] >= 5))
    if decisive != DECISIVE_EXPECTED:
        errors.append("set: counts a bank holiday decides are %s" % decisive)
    per = {}
    for lab in LABELS:
        per.setdefault(lab["authority"], []).append(lab["file"])
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        if sorted(per.get(a, [])) != ["%s_%02d.eml" % (a, i) for i in range(1, 9)]:
            errors.append("set: %s needs files _01 to _08" % a)
    tot = {c: list(CATS.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}
    if tot != CAT_EXPECTED or any(tot[c] < n for c, n in CAT_MIN.items()):
        errors.append("set: category totals %s" % tot)
    kinds = {l["expect"]["kind"] for l in LABELS}
    if kinds != KINDS:
        errors.append("set: kinds present %s" % sorted(kinds))
    return errors, tot

def stats():
    from collections import Counter
    ex = [l["expect"] for l in LABELS]
    out = ["category %s" % dict(Counter(CATS.values())),
           "next_action %s" % dict(Counter(e["next_action"] for e in ex)),
           "kind %s" % dict(Counter(e["kind"] for e in ex)),
           "consent %s" % dict(Counter(str(e["consent"]) for e in ex)),
           "manager %s" % dict(Counter(str(e["manager_agreed"]) for e in ex)),
           "notice %s" % dict(Counter(str(e["notice_ok"]) for e in ex))]
    for l in LABELS:
        out.append("  %-28s %-9s %-13s %s" % (l["file"], CATS[l["file"]], l["expect"]["kind"], l["now"]))
    return "\n".join(out)

def main():
    for name, fn in sorted(globals().items()):
        if re.match(r"^(knowsley|richmond_wandsworth|tower_hamlets|torbay|herefordshire)_\d\d$", name):
            fn()
    errors = []
    for lab in LABELS:
        try:
            errors += check_file(lab)
        except Exception as ex:
            errors.append("%s: check raised %r" % (lab["file"], ex))
    serr, tot = set_checks()
    errors += serr
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
