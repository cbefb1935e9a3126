#!/usr/bin/env python3
"""mixed85: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the autumn term of 2032 (Wednesday 1 September - Friday 17 December 2032), in children and transport: cars,
buses, trains, taxis and the roads.

Deterministic: no clock, no randomness. Run with /work/main/.venv/bin/python make_set.py (pypdf, python-docx, yaml
and holidays are used by the self-checks). The MIME, Word HTML, PDF, .docx, iCalendar and quote helpers are copied
from /work/main/tests/data/mixed27/make_set.py and adapted (window, clock, bank holidays). Every label was set by
hand from the specification; the self-checks only verify them and STOP on any error before anything is written.
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
    """Local (Europe/London) wall-clock time. The window (1 September - 17 December 2032) is BST until Sunday 31 October 2032, GMT after
    (+0100 before 1 November 2032, +0000 from it). The self-check
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
            zi = zipfile.ZipInfo(name, date_time=(2032, 8, 20, 0, 0, 0))
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

def knowsley_01():
    f = "knowsley_01.eml"
    body = T("""
Hi MASH,

I've just had Stacey Rimmer on the phone in tears. Her ex, Dean Halsall, has the two kids this afternoon for his
contact and he has taken them to the Eagle and Child on Huyton Lane. Stacey's sister is in there and has texted her
that Dean has had "six or seven pints and a couple of shots" since 2 o'clock and is telling everyone he is driving
the kids back to Stacey's for half five. He has the car outside, a black Astra.

Children: Tyler Halsall (7) and Macey Halsall (4). Both are in the pub with him now. Macey's car seat is in
Stacey's car, not his.

Stacey doesn't drive and can't get there. I am 20 minutes away at a home visit in Prescot. Family is open to me on
EHM-61207 (level 3, I'm the Family First case manager). Dean has a drink-driving ban from 2029 according to
Stacey, so I'm not even sure he should be driving at all.

Can someone ring me on 0151 496 0733. I'm going to try and get to the pub.

Jodie Ashworth
Family First Case Manager, Knowsley Council
""") + "\n" + KDISC
    top = outlook_top(f, addr("Jodie Ashworth", "jodie.ashworth@knowsley.gov.uk"), KMASH,
                      "Dean Halsall - kids in the pub - driving them home at 5.30", "2032-09-17 16:42:00")
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", "2032-09-17 16:42:00", 3, "urgent",
        "other", True, None, ["EHM-61207"], [ch("Tyler Halsall"), ch("Macey Halsall")], ["substance_misuse"],
        None, None, [], None, "alert_duty",
        "URGENT (DESIGN safety rule 1): a father who has drunk 'six or seven pints and a couple of shots' is about to "
        "drive Tyler (7) and Macey (4) home from the pub at 5.30 today, with no car seat; told plainly with none of the "
        "alarm words. Not a step request (an alert to MASH) -> kind other; alert_duty overrides human_review. "
        "'EHM-61207' is a joined-prefix case id. Concern substance_misuse (drink).",
        not_children=["Dean Halsall", "Stacey Rimmer"])

def knowsley_02():
    f = "knowsley_02.eml"
    text = T("""
4yr old Alfie-Jay Kenny found asleep on back seat of school minibus at Huyton depot 15:50 when driver cleaning it. Dropped off list says he went home 15:10 but he never got off. Tried mum and dad numbers on the school sheet 6 times no answer, school shut. He's in the depot office with me, he's wet himself and keeps asking for his mam. We lock up at 5.

Sent from my iPhone

> Thank you - your step-up request has been received.
>
> Reference: [SB-knowsley-4471]
> Child: Alfie-Jay Kenny
> Case ID: EHM-59930
""")
    top = plain_top(f, addr("Gary Molyneux", "g.molyneux@merseytravelcoaches.co.uk"), KMASH,
                    "RE: Step up request [SB-knowsley-4471]", "2032-10-11 16:05:00", "merseytravelcoaches.co.uk",
                    None, extra=[("In-Reply-To", "<SB-knowsley-4471@stepbot.knowsley.gov.uk>")])
    add(f, iphone_mail(f, top, text), "knowsley", "mash_step_up", "2032-10-11 16:05:00", 2, "urgent",
        "follow_up", True, None, ["EHM-59930"], [ch("Alfie-Jay Kenny")], ["neglect"], None, None, [], None,
        "alert_duty",
        "URGENT (safety rule 1): a depot supervisor's iPhone reply to an existing reference: a 4-year-old found "
        "asleep on the school minibus at the depot, no parent answering six calls, the depot locking up at 5 - a "
        "child with no carer tonight. A reply carrying [SB-knowsley-4471] -> follow_up; urgent -> alert_duty; "
        "follow_up has no requirements so missing []. Case id only in the quoted acknowledgement.")

def knowsley_03():
    f = "knowsley_03.eml"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:11pt">
<table width="620" cellpadding="8" style="border-collapse:collapse"><tr><td style="background:#003B71;color:#FFFFFF">
<b>Merseyside Road Safety Partnership - Autumn Bulletin</b></td></tr>
<tr><td>
<p><b>Back to school: the roads are busier.</b> Child pedestrian casualties across Merseyside rise every September.
Please share with the families you work with.</p>
<p><b>What practitioners told us they see</b> (anonymised examples from our workshops, not current cases):</p>
<ul>
<li>a toddler left in a locked car "just for five minutes" while a parent pops into a shop;</li>
<li>babies carried on a parent's knee in the front seat or in a taxi without a car seat;</li>
<li>a parent driving the school run after a night drinking, still over the limit in the morning;</li>
<li>teenagers getting into cars with people they have only met online.</li>
</ul>
<p>Any of these could put a child in danger. If you are worried about a child right now, call 999; for advice,
contact your local MASH.</p>
<p><b>Free resources:</b> "Morning After" drink-drive leaflets, car-seat fitting guides in 12 languages, and the
Year 6 Bikeability and Safer Journeys sessions for schools. Book at our website.</p>
<p>You are receiving this because your team signed up to the partnership mailing list.
<a href="https://example.org/unsubscribe">Unsubscribe</a></p>
</td></tr></table></body></html>
""")
    top = plain_top(f, addr("Merseyside Road Safety Partnership", "bulletin@merseyroadsafety.example.org"), KMASH,
                    "Autumn Bulletin: back to school, car seats and the morning after", "2032-10-06 09:30:00",
                    "merseyroadsafety.example.org", None, extra=[("Precedence", "bulk"),
                    ("List-Unsubscribe", "<https://example.org/unsubscribe>")])
    add(f, html_only(f, top, h), "knowsley", "mash_step_up", "2032-10-06 09:30:00", 4, "near_miss",
        "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A ROAD SAFETY CAMPAIGN BULLETIN (HTML only, bulk): lists a toddler in a locked car, babies without "
        "car seats, drink-driving and teenagers in strangers' cars as anonymised workshop examples, says 'danger' and "
        "'call 999' about nobody real (DESIGN: bulletins that list examples must not trigger). Not a request -> "
        "other -> human_review; no child, no concern labelled.")

def knowsley_04():
    f = "knowsley_04.eml"
    body = T("""
Hi Family First,

Please accept this step down to Level 3 for the Whitfield family. The final CIN meeting is on Wednesday 15th
September at 10:00 at Huyton Hub, Civic Way. Mum has given her consent to the step down to Family First and has
signed the consent section on ICS.

Children: Courtney Whitfield (DOB 03/02/2021) and Reggie Whitfield (DOB 19/07/2024)
ICS ID 2204716

What are we worried about?
Historic only: in March 2030 mum, Leanne, was convicted of drink-driving with both children in the car (nobody was
hurt). That is why the case came to CSC. There are no current concerns about her alcohol use - she has been
alcohol-free for over two years (Change Grow Live tests all negative), completed the drink-drive rehabilitation
course and got her licence back in June. The remaining worry is Courtney's attendance (88%) since the move.

What is working well?
Mum has kept every appointment, the children have car seats fitted and checked by the Road Safety team, and
Courtney is happier in her new school. Grandad does the school run twice a week.

What needs to happen?
Family First to support the attendance plan with school and help mum with a benefits review. First TAF review in
six weeks.

Thanks
Nathan Okoro
Social Worker, Children in Need Team
""") + "\n" + KDISC
    top = outlook_top(f, addr("Nathan Okoro", "nathan.okoro@knowsley.gov.uk"), KFF,
                      "Step down L3 - Whitfield - final CIN 15/09", "2032-09-07 10:12:00")
    add(f, mail(f, top, body), "knowsley", "early_help_duty", "2032-09-07 10:12:00", 5, "near_miss",
        "step_down", False, 3, ["2204716"],
        [ch("Courtney Whitfield", "2021-02-03", "03/02/2021"), ch("Reggie Whitfield", "2024-07-19", "19/07/2024")],
        ["school_attendance"], True, None, [], True, "book_meeting",
        "NEAR MISS - A HISTORIC DRINK-DRIVE CONVICTION (March 2030) with 'no current concerns about her alcohol use': "
        "historic, negated risk must not trigger urgency nor a substance_misuse concern; the current worry is "
        "attendance. Knowsley level 3 step-down with meeting date/time, all three Signs of Safety headings and consent "
        "-> missing []. 'ICS ID 2204716' -> '2204716' (label before it). Notice: Tue 7 Sep -> Wed 15 Sep = 6 WD >= 5 "
        "-> ok -> book_meeting.", meeting="2032-09-15", not_children=["Leanne"])

def knowsley_05():
    f = "knowsley_05.eml"
    body = T("""
Hi all,

Please find attached the step-up request to CSC for the Nolan children, with the GCP2 and the minutes of the TAF on
20 October. Calendar invite for the step-up TAF meeting is in this email: Wednesday 10 November 2032, 10:00-11:30,
Teams.

Case ID on EHM: EHM-62088
Children: Kayden Nolan (14.05.2022) and Lacey-Rae Nolan (30.01.2031)

Summary: neglect. Despite 6 months at level 3, Lacey-Rae (21 months) is still carried in the front of mum's car on
her knee - mum says the car seat "doesn't fit" and refused the fitted one we got from the Road Safety team; Kayden
walks himself to school along the East Lancs Road and has been late 31 times. Home conditions remain poor (GCP2
scores 4 in physical care and safety).

My team manager, Rachel Byrne, discussed the step-up in supervision on 28/10 and agreed it.

Regards
Shauna Doyle
Family First Case Manager (Level 3)
""") + "\n" + KDISC
    cal = ics("REQUEST", f, dt("2032-11-02 11:20:00"), "20321110T100000", "20321110T113000",
              "Step up TAF meeting - Nolan - EHM-62088", "Microsoft Teams Meeting",
              "Step-up TAF meeting, chaired by the MASH social worker.", ("Shauna Doyle", "shauna.doyle@knowsley.gov.uk"),
              [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH business support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    atts = [docx_att("FF Step Up request to CSC - Nolan.docx", appendix1([
                ("Case ID on EHM:", "EHM-62088"), ("What are we worried about?", "Car safety, supervision, home conditions."),
                ("What is working well?", "Kayden engages with school mentor."),
                ("What needs to happen?", "C&F assessment by CSC."), ("Team Manager agreement:", "Rachel Byrne, 28/10")])),
            pdf_att("GCP2 Graded Care Profile - Nolan.pdf", "Graded Care Profile 2 (GCP2) - Nolan",
                    ["Physical care: 4", "Safety: 4", "Love and care: 3", "Stimulation: 3"]),
            docx_att("TAF minutes 20.10.32 - Nolan.docx", ["# TAF meeting minutes - 20 October", "Present: mum, school, HV, FF case manager."])]
    top = outlook_top(f, addr("Shauna Doyle", "shauna.doyle@knowsley.gov.uk"), KMASH,
                      "Step up TAF meeting - Nolan - EHM-62088", "2032-11-02 11:20:00", cc=KBS)
    add(f, itip_request_mail(f, top, body, cal, atts), "knowsley", "mash_step_up", "2032-11-02 11:20:00", 6,
        "ordinary", "step_up", False, None, ["EHM-62088"],
        [ch("Kayden Nolan", "2022-05-14", "14.05.2022"), ch("Lacey-Rae Nolan", "2031-01-30", "30.01.2031")],
        ["neglect"], None, True, [], True, "book_meeting",
        "Complete Knowsley step-up for neglect: step-up form (.docx), GCP2 (.pdf) and TAF minutes (.docx) attached, "
        "EHM case id, team manager 'agreed it', Teams invitation (iTIP REQUEST) for Wed 10 Nov 10:00. GMT now (clocks "
        "went back 31 Oct). Notice Tue 2 Nov -> Wed 10 Nov = 6 WD -> ok. No car seat for a 21-month-old is chronic "
        "neglect reported in a planned step-up, not a child facing harm tonight.", meeting="2032-11-10",
        not_children=["Rachel Byrne"])

def knowsley_06():
    f = "knowsley_06.eml"
    body = T("""
Afternoon,

Step up for the Gallagher family attached (form + TAF minutes). Case ID EHM-60415.

Children: Brandon Gallagher 12/09/2019, Skye Gallagher 27/04/2023

Main issue is non-engagement: dad has cancelled 5 of the last 7 TAFs and won't let us in. The school taxi escort
reports the children are often not ready and the driver has had to leave without them. I haven't done the Engaging
Families toolkit yet, will try to get it done before the meeting.

Step up TAF meeting booked for Thursday 16th December at 1.30pm, Kirkby Family Hub.

My TM Paul Hesketh is on leave until Monday - I've emailed him and he'll confirm his agreement when he's back.

Kelly Fairclough
Family First
""")
    atts = [docx_att("Step Up Request Form Gallagher.docx", appendix1([("Case ID on EHM:", "EHM-60415")])),
            docx_att("Gallagher TAF minutes Nov.docx", ["# TAF minutes", "Dad did not attend."])]
    top = outlook_top(f, addr("Kelly Fairclough", "kelly.fairclough@knowsley.gov.uk"), KMASH,
                      "Step up - Gallagher - EHM-60415", "2032-12-10 14:00:00")
    add(f, mail(f, top, body, atts), "knowsley", "mash_step_up", "2032-12-10 14:00:00", 1, "ordinary",
        "step_up", False, None, ["EHM-60415"],
        [ch("Brandon Gallagher", "2019-09-12", "12/09/2019"), ch("Skye Gallagher", "2023-04-27", "27/04/2023")],
        ["non_engagement"], None, None, ["engaging_families", "manager_agreed"], False, "request_info",
        "Knowsley step-up for non-engagement: Engaging Families toolkit not done (missing engaging_families); manager "
        "agreement still pending ('he'll confirm his agreement when he's back') -> manager_agreed null and missing. "
        "Form, TAF minutes, case id and meeting details present. Notice Fri 10 Dec 14:00 -> Thu 16 Dec = 4 WD "
        "(13,14,15,16) < 5 -> not ok.", meeting="2032-12-16", not_children=["Paul Hesketh"])

def knowsley_07():
    f = "knowsley_07.eml"
    blocks = [
        "Hello Family First duty,", "",
        "Step down to Level 2 for Harvey Lunt (DOB 21/11/2018), ICS ID 2190554. Harvey will be supported by his "
        "school's pastoral team, who have agreed to take on the lead practitioner role.", "",
        ("table", [["Item", "Details"],
                   ["Final CIN meeting", "Wednesday 29 December 2032, 10:00"],
                   ["Venue", "Halewood Centre, Roughwood Drive"],
                   ["Lead practitioner", "Ms Anita Rowe, Pastoral Lead, St Aidan's Primary School"]]), "",
        ("h", "What are we worried about?"),
        "Harvey missed school when mum's car broke down and there was no bus pass; his anxiety about travelling.", "",
        ("h", "What is working well?"),
        "Mum now has a bus pass for Harvey from Merseytravel and he goes on the school bus with a friend.", "",
        ("h", "What needs to happen?"),
        "School pastoral support to continue; review the travel plan at the first TAF.", "",
        "I know the meeting falls between Christmas and New Year - mum asked for it then as she is off work.", "",
        "Kind regards", "Priya Saini", "Social Worker, CIN Team", "Knowsley Council"]
    top = outlook_top(f, addr("Priya Saini", "priya.saini@knowsley.gov.uk"), KFF,
                      "Step down Level 2 - Harvey Lunt - final CIN 29/12", "2032-12-16 11:05:00")
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", "2032-12-16 11:05:00", 7, "ordinary",
        "step_down", False, 2, ["2190554"], [ch("Harvey Lunt", "2018-11-21", "21/11/2018")], ["school_attendance"],
        None, None, [], True, "book_meeting",
        "Knowsley level 2 step-down in Word HTML with a table: meeting date, time and venue, lead practitioner named "
        "with her agency (school), all three Signs of Safety headings -> missing []. Level 2 needs no consent "
        "(consent not mentioned -> null). Notice across Christmas: Thu 16 Dec -> Wed 29 Dec = 9 plain weekdays but "
        "7 WD (Mon 27 and Tue 28 Dec are the substitute Christmas and Boxing Day bank holidays) -> ok either way.",
        meeting="2032-12-29", not_children=["Anita Rowe"])

def knowsley_08():
    f = "knowsley_08.eml"
    body = T("""
Hi

Step down to Family First Level 3 for baby Mia Cunliffe (DOB 08/06/2032), ICS ID 2231870. Joint home visit with a
Family First case manager: Thursday 30th September at 2pm at mum's address in Kirkby. Mum (Gemma Cunliffe) signed
consent to the step down on 20/09.

What are we worried about? Mum's past heroin use; keeping on top of her methadone script.
What is working well? Mum has engaged with Change Grow Live and the health visitor.
What needs to happen? Family First to support routines and nursery place.

Thanks, Sian

PS I was about to send this when the nursery rang me. Gemma was found this morning slumped at the wheel of her car
outside the Asda in Kirkby with the engine running and Mia in the back - a shopper banged on the window and she came
round and drove off before anyone stopped her. The nursery have just seen her in the car park, she is nodding off
and her pupils are pinned and she's put Mia back in the car and says she's driving to her mum's in Skelmersdale.
She still has the keys. I'm on my way but I'm 40 minutes out. Her reg is on ICS.

Sian Whelan
Social Worker, Knowsley CIN Team
07700 900 418
""")
    top = plain_top(f, addr("Sian Whelan", "sian.whelan@knowsley.gov.uk"), KFF,
                    "Step down L3 Cunliffe", "2032-09-22 12:30:00", "knowsley.gov.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "knowsley", "early_help_duty", "2032-09-22 12:30:00", 4, "urgent",
        "step_down", True, 3, ["2231870"], [ch("Mia Cunliffe", "2032-06-08", "08/06/2032")], ["substance_misuse"],
        True, None, [], True, "alert_duty",
        "URGENT in a PS under a routine step-down (safety rule 1: every part is read): a mother who passed out at the "
        "wheel this morning with the baby in the back is nodding off with pinned pupils and about to drive the baby to "
        "Skelmersdale now. No alarm words. The step-down itself is complete (L3: joint home visit date/time, the "
        "three headings, consent signed) so missing []; notice Wed 22 Sep -> Thu 30 Sep = 6 WD -> ok; urgent -> "
        "alert_duty.", meeting="2032-09-30", not_children=["Gemma Cunliffe"])

# ============================================================================= RICHMOND & WANDSWORTH
RMASH = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
REH = MAILBOXES[("richmond_wandsworth", "early_help_duty")]

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"
    body = T("""
Good evening,

I am the Customer Service Manager on duty at Wimbledon station. At 19:35 our platform staff found a girl on her own
on the 19:12 service from London Waterloo when it terminated here. She says her name is Maisie Okafor, she is 9,
and that her dad put her on the train at Waterloo and told her mum would meet her at Twickenham. She missed the
stop because she fell asleep.

We have rung the mobile number she gave for mum (Chioma Okafor) eleven times - it goes straight to voicemail. We
sent a taxi marshal to the address she gave in Whitton: no one in, no lights on. She does not know dad's number or
where he lives. She has no coat, no money and no phone.

She is sitting in the ticket office with two of my female colleagues and has had a hot chocolate. The ticket office
closes at 22:30 and after that there are no staff on site. British Transport Police have been told but have no
officer free tonight.

Please can someone call me on 020 7946 0562 (ticket office) or 07700 900 231.

Regards
Marcus Delaney
Customer Service Manager, Wimbledon
South Western Railway
""")
    top = plain_top(f, addr("Marcus Delaney", "marcus.delaney@swr.example.co.uk"), RMASH,
                    "Child found alone on train at Wimbledon - mum not answering", "2032-10-14 20:05:00",
                    "swr.example.co.uk", None)
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", "2032-10-14 20:05:00", 2,
        "urgent", "other", True, None, [], [ch("Maisie Okafor")], ["neglect"], None, None, [], None, "alert_duty",
        "URGENT (safety rule 1), out of hours (20:05 BST): railway staff have a 9-year-old found alone on a train, mum "
        "unreachable after eleven calls, nobody at the address, staff leaving at 22:30 - a child with no carer tonight. "
        "Told plainly with no alarm words. Not a step request -> other; urgent -> alert_duty.",
        not_children=["Chioma Okafor"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"
    body = T("""
Forwarding what Keeley's mum just sent me. I'm trying to ring Keeley. Please see below.

Beth

Beth Anand
Early Help Practitioner, Wandsworth Early Help
---------- Forwarded message ---------
From: Donna Price <donnaprice84@example.com>
Date: Tue, 9 Nov 2032 at 17:41
Subject: keeley
To: Beth Anand <beth.anand@richmondandwandsworth.gov.uk>

Beth this is what shes sent me 10 mins ago. She was meant to be at her friends in Tooting. I dont know who these
men are. Her location is on the M25 near Cobham going away from London

---- screenshot text ----
Keeley: mum
Keeley: im in a car with 2 men they said they were taking me to tooting but were on the motorway
Keeley: they wont stop and let me out
Keeley: one of them took my other phone
Keeley: pls dont ring il get in trouble
-------------------------
""")
    top = plain_top(f, addr("Beth Anand", "beth.anand@richmondandwandsworth.gov.uk"), RMASH,
                    "Fwd: keeley [SB-richmond_wandsworth-2208]", "2032-11-09 17:48:00",
                    "richmondandwandsworth.gov.uk", None)
    add(f, mail(f, top, body), "richmond_wandsworth", "mash_step_up", "2032-11-09 17:48:00", 3, "urgent",
        "follow_up", True, None, [], [], ["exploitation", "missing"], None, None, [], None, "alert_duty",
        "URGENT in a forwarded part (safety rule 1): a 13-year-old's own texts, forwarded by mum - in a car with two men "
        "on the M25 who won't let her out and took her phone. No alarm words. The subject carries an existing "
        "reference -> follow_up; urgent -> alert_duty; missing [] for a follow_up. Only the first name 'Keeley' is "
        "given (no surname), so no child is labelled. Concerns exploitation and missing.",
        not_children=["Donna Price"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"
    body = T("""
Dear MASH colleagues,

Please find attached the case summary and rationale for stepping up the Ferreira family (Mosaic ID 3318420) to
Children's Social Care.

Children: Tiago Ferreira (DOB 11/03/2025) and Ana Ferreira (DOB 02/08/2027).

For context only: in March this year Tiago was clipped by a car on the Upper Richmond Road while crossing alone; he
had a fractured wrist, has fully recovered, and the police and the hospital were satisfied it was an accident (dad
was parking the car). That episode is closed and is not the reason for this request.

The reason for the step-up is the persistent neglect of Ana's health needs (missed audiology and dental
appointments, untreated tooth decay) and home conditions, despite nine months of Early Help. I, as Early Help Team
Manager, agree this needs a statutory response.

Kind regards
Helen Marsh
Early Help Team Manager (Richmond)
""") + "\n" + RDISC
    atts = [docx_att("Case summary - Ferreira.docx", ["# Case summary", "Family known to Early Help since January."]),
            docx_att("Rationale for step up - Ferreira.docx", ["# Rationale for step up", "Neglect of health needs."])]
    top = outlook_top(f, addr("Helen Marsh", "helen.marsh@richmondandwandsworth.gov.uk"), RMASH,
                      "Step up request - Ferreira - Mosaic 3318420", "2032-09-20 10:15:00")
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "mash_step_up", "2032-09-20 10:15:00", 5,
        "near_miss", "step_up", False, None, ["3318420"],
        [ch("Tiago Ferreira", "2025-03-11", "11/03/2025"), ch("Ana Ferreira", "2027-08-02", "02/08/2027")],
        ["neglect"], None, True, [], None, "book_meeting",
        "NEAR MISS - A HISTORIC ROAD ACCIDENT, RESOLVED: a child clipped by a car in March, recovered, accepted as an "
        "accident, 'closed'. Richmond step-up from the Early Help team manager (manager_agreed true) with case summary "
        "and rationale attached -> missing []; stepbot invites within 1 WD -> book_meeting. 'Mosaic ID 3318420' -> "
        "'3318420'. No notice period for this kind -> notice_ok null.")

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"
    body = T("""
Dear colleagues,

Reminder: the multi-agency "Journeys" safeguarding workshop is on Thursday 9 December, 9:30-12:30, Wandsworth Civic
Suite. Please read the three scenarios before you come. They are fictional.

Scenario 1 - "Left on the bus": a 4-year-old is found asleep on the school minibus at the depot at 4pm. The driver
cannot reach either parent. What do you do in the first ten minutes? Who do you call?

Scenario 2 - "Contact handover": after supervised contact, a father straps his 6-year-old into his car and drives
off. Mother phones the contact centre in a panic. How does the risk assessment change?

Scenario 3 - "The free lifts": a 14-year-old girl tells a teaching assistant that a minicab driver keeps giving her
free lifts and has bought her a phone. Is this exploitation? What would make it an emergency?

There is no need to reply unless you can no longer attend.

Learning and Development Team
Richmond and Wandsworth Councils
""")
    top = outlook_top(f, addr("Learning and Development", "learning@richmondandwandsworth.gov.uk"), REH,
                      "Pre-reading: Journeys workshop scenarios (9 December)", "2032-12-01 12:00:00",
                      cc=RMASH)
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "early_help_duty", "2032-12-01 12:00:00", 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - TRAINING SCENARIOS, 'fictional': a child on a minibus at the depot, a father driving off after "
        "contact, a minicab driver's free lifts - risk words about nobody real (DESIGN: training/hypothetical must not "
        "trigger). Not a request -> other -> human_review. No child or concern labelled.")

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"
    body = T("""
Hi Duty,

Following my call with Jasper this morning, I'm confirming the step-down to Early Help for the Kowalczyk family.
Case discussion agreed for Monday 27th September at 2pm (Teams).

Children: Oliwia Kowalczyk (DOB 17/05/2020), Szymon Kowalczyk (DOB 04/12/2022)
Mosaic ID 3290117

Latest case summary and the draft Early Help plan are attached. The original concerns (parents' car repeatedly
parked on the pavement with the children unrestrained in the back) have been addressed - both now have proper
seats and the school travel plan is working.

Consent: I need to flag that Mr Kowalczyk has declined Early Help. He says the family "doesn't need any more
services". Mrs Kowalczyk was not at the visit. I will try again but at the moment the family have not consented.

Thanks
Aleksandra Nowak
Social Worker, Wandsworth Assessment Team
""")
    atts = [pdf_att("Case Summary Kowalczyk Sept.pdf", "Case summary - Kowalczyk", ["Child and Family Assessment concluded."]),
            docx_att("Draft Early Help plan - Kowalczyk.docx", ["# Draft Early Help plan", "School travel plan review."])]
    top = outlook_top(f, addr("Aleksandra Nowak", "aleksandra.nowak@richmondandwandsworth.gov.uk"), REH,
                      "Step down to EH - Kowalczyk", "2032-09-23 15:40:00")
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "early_help_duty", "2032-09-23 15:40:00", 8,
        "ordinary", "step_down", False, None, ["3290117"],
        [ch("Oliwia Kowalczyk", "2020-05-17", "17/05/2020"), ch("Szymon Kowalczyk", "2022-12-04", "04/12/2022")],
        ["neglect"], False, None, ["consent"], None, "request_info",
        "Richmond step-down with case summary (.pdf) and draft plan (.docx) but CONSENT REFUSED ('Mr Kowalczyk has "
        "declined Early Help ... the family have not consented') -> consent false, missing consent -> request_info. "
        "Level not stated -> null (Richmond sets no default). The old car-restraint concern is resolved background; "
        "labelled neglect as the case's concern.", not_children=["Jasper"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"
    text = T("""
Hi EH duty, step down for Jayden Pryce (DOB 2017-10-30), Mosaic 3301986. Dad and Jayden both happy for EH to carry on the plan - consent given at my visit on Friday. Case summary attached. Draft plan still with my TM, will send it over tomorrow. Discussion with Jasper agreed for Weds 17th at 11.

Jayden's issues were mainly about him getting into cars with older boys from the estate - that stopped after the police disruption work in the summer and he's now doing the youth club minibus trips instead.

Sent from Outlook for Android
Callum Reid, SW, Richmond CIN
""")
    atts = [docx_att("Jayden Pryce case summary.docx", ["# Case summary", "Jayden Pryce, closed CE concerns."])]
    top = plain_top(f, addr("Callum Reid", "callum.reid@richmondandwandsworth.gov.uk"), REH,
                    "step down Jayden P", "2032-11-15 09:25:00", "richmondandwandsworth.gov.uk", None)
    add(f, mail(f, top, text, atts), "richmond_wandsworth", "early_help_duty", "2032-11-15 09:25:00", 9,
        "ordinary", "step_down", False, None, ["3301986"], [ch("Jayden Pryce", "2017-10-30", "2017-10-30")],
        ["exploitation"], True, None, ["draft_plan"], None, "request_info",
        "Richmond step-down from a phone: consent given, case summary attached, draft plan 'will send it over "
        "tomorrow' -> missing draft_plan -> request_info. 'Mosaic 3301986': the label before the number is not "
        "part of it -> '3301986'. Exploitation is the case's (now stopped) concern. Level not stated -> null.")

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"
    data = itip_reply(f, "2032-11-26 08:50:00", "Imogen Varley", "imogen.varley@richmondandwandsworth.gov.uk",
                      ("MASH Step Up", RMASH), "ACCEPTED",
                      "Step-up case discussion [SB-richmond_wandsworth-2231]", "20321130T140000", "20321130T150000",
                      "Microsoft Teams Meeting")
    add(f, data, "richmond_wandsworth", "mash_step_up", "2032-11-26 08:50:00", 1, "ordinary",
        "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, no comment, from the MASH manager for a step-up case discussion -> "
        "meeting_reply -> record_reply; no requirements -> missing [].")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"
    body = T("""
Thank you for your email. I am on annual leave until Monday 18 October with no access to email.

For school transport queries please contact the SEN Transport team on 020 7946 0880. If a child is in danger,
please call 999 or the MASH on 020 7946 0321.

Tom Beckett
Early Help Transport and Travel Co-ordinator
""")
    data = ooo(f, "2032-10-12 07:55:00", "Tom Beckett", "tom.beckett@richmondandwandsworth.gov.uk", REH,
               "Stepbot reminder: step-down review [SB-richmond_wandsworth-2190]", body)
    add(f, data, "richmond_wandsworth", "early_help_duty", "2032-10-12 07:55:00", 2, "ordinary",
        "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Out-of-office (Auto-Submitted: auto-replied, 'Automatic reply:') from a travel co-ordinator; its 'If a child "
        "is in danger, please call 999' is boilerplate about nobody -> auto_reply -> ignore (safety rule 2).")

# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"
    blocks = [
        "Dear MAST,", "",
        "Please find attached a Request for Support for Amira Begum (DOB 06/03/2018), Year 10. My line manager, "
        "Mr Shafiq Ali (Deputy Head), has read this and agrees it must come to you today.", "",
        ("h", "What Amira told me at 12:40 today"),
        "\"There's a taxi man, Rizwan, he picks me up from the bus stop on Commercial Road. He don't charge me. He "
        "bought me AirPods and he gives me vapes. He said tonight he's taking me to meet his friends in Luton, he's "
        "collecting me at 8 from outside Whitechapel station. Don't tell my mum, she'll kill me.\"", "",
        "She showed me his messages: he calls her \"wifey\" and asks her to delete the chats. She says she has been in "
        "his cab \"loads of times\", sometimes late at night. Her mum works nights at the hospital and does not know. "
        "The cab is a silver Toyota Prius with a Tower Hamlets private hire plate; she has a photo of it.", "",
        "Amira leaves school at 15:20. I have not told mum yet as Amira begged me not to.", "",
        "Fatima Chowdhury", "Designated Lead for Pastoral Care, Bow Secondary School", "020 7946 0174"]
    atts = [pdf_att("Request for Support - Amira Begum.pdf", "Tower Hamlets Request for Support (MAST)",
                    ["Child: Amira Begum, DOB 06/03/2018", "Concern: child exploitation - taxi driver, free lifts, gifts",
                     "Manager agreement: Shafiq Ali, Deputy Head"])]
    top = outlook_top(f, addr("Fatima Chowdhury", "f.chowdhury@bowsecondary.example.sch.uk"), TMAST,
                      "Request for Support - Amira Begum Y10", "2032-09-29 14:20:00", mid_domain="bowsecondary.example.sch.uk")
    add(f, word_mail(f, top, blocks, atts), "tower_hamlets", "mash_step_up", "2032-09-29 14:20:00", 3, "urgent",
        "step_up", True, None, [], [ch("Amira Begum", "2018-03-06", "06/03/2018")], ["exploitation"], None, True, [],
        None, "alert_duty",
        "URGENT in the child's own words (safety rule 1): a 14-year-old (DOB 06/03/2018) says a taxi driver who gives "
        "her free lifts and gifts is collecting her at 8 tonight to take her to Luton. No alarm words. Tower Hamlets "
        "step-up to MAST with the Request for Support (.pdf) and the deputy head's agreement -> missing []; urgent -> "
        "alert_duty. Mum not told -> consent null.", not_children=["Shafiq Ali", "Rizwan"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"
    text = T("""
Outside 14 Mossford St now - dad just put the twins Zain and Zara Hussain (2) in the front of his van no seats, he is slurring & stinks of weed, driving off towards Mile End Rd. Mum at work. Rang 999 and gave the reg. Case is Mosaic 4410263. Pls call me 07700 900 512

Ruksana
Family Support Worker
""")
    top = plain_top(f, addr("Ruksana Miah", "ruksana.miah@towerhamlets.gov.uk"), TEH,
                    "twins in van", "2032-11-04 08:37:00", "towerhamlets.gov.uk", None)
    add(f, iphone_mail(f, top, text), "tower_hamlets", "early_help_duty", "2032-11-04 08:37:00", 1, "urgent",
        "other", True, None, ["4410263"], [ch("Zain Hussain", as_written="twins Zain and Zara Hussain"),
                                          ch("Zara Hussain", as_written="twins Zain and Zara Hussain")],
        ["substance_misuse"], None, None, [], None, "alert_duty",
        "URGENT mobile one-liner (safety rule 1): a father slurring and smelling of cannabis drives off with 2-year-old "
        "twins in the front of his van with no seats, right now. No alarm words ('999' is a number, not a word on the "
        "list). Sent to the Early Help hub -> other; alert_duty. 'Zain and Zara Hussain' -> two children sharing the "
        "surname. 'Mosaic 4410263' -> '4410263'.")

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"
    blocks = [
        "Dear Early Help colleagues,", "",
        "Please find below our updated School Travel Plan, shared with all partners for information.", "",
        ("h", "Bigland Green Primary - School Travel Plan 2032-33"),
        ("table", [["Issue", "Action"],
                   ["Parents parking on the zig-zags at drop-off", "School Streets closure 8:30-9:15, enforcement cameras from October"],
                   ["Children crossing between parked cars are at risk of being hit", "Crossing patrol on Bigland St; Year 2 pedestrian training"],
                   ["Unrestrained children seen in cars at pick-up", "Car-seat awareness stall at the Harvest Fair"],
                   ["Late collection from the school minibus", "Minibus escort checks every seat before returning to depot"]]), "",
        "No individual children or families are identified in this plan. Questions to the school business manager.", "",
        "Kind regards", "Jenny Lam", "School Business Manager, Bigland Green Primary"]
    top = outlook_top(f, addr("Jenny Lam", "j.lam@biglandgreen.example.sch.uk"), TEH,
                      "School Travel Plan 2032-33 - for information", "2032-09-06 11:00:00",
                      mid_domain="biglandgreen.example.sch.uk")
    add(f, word_mail(f, top, blocks), "tower_hamlets", "early_help_duty", "2032-09-06 11:00:00", 2, "near_miss",
        "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A SCHOOL TRAVEL PLAN (Word HTML table): 'at risk of being hit', unrestrained children and late "
        "minibus collection are general issues, 'No individual children or families are identified'. Not a request "
        "-> other -> human_review.")

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"
    body = T("""
Hello Early Help Hub,

Step down for the Islam family. Child and Family Assessment completed on 8 October (attached), draft Early Help plan
attached. Mum, Mrs Nasima Islam, has consented to the step down and to the plan. Lead practitioner will be
Ms Halima Rahman, Family Support Worker, Ben Jonson Children and Family Centre. I will chair the TAF meeting on
Monday 25 October at 10am at the centre.

Children: Ishaan Islam (DOB 14/01/2022) and Safa Islam (DOB 22/09/2026). Mosaic ID 4398821.

You may see a police notification come through: last Tuesday mum reversed into a bollard in the school car park
with both children in the car. Nobody was hurt, the children were in their car seats, she was breathalysed (negative)
and the police took no further action. School have confirmed it was a low-speed bump. No concerns arise from it.

Regards
Daniel Price
Social Worker, Tower Hamlets CIN Team
""") + "\n" + TDISC
    atts = [pdf_att("CFA Islam 08.10.32.pdf", "Child and Family Assessment - Islam", ["Completed 8 October. Outcome: step down to Early Help."]),
            docx_att("Draft EH plan Islam.docx", ["# Draft Early Help plan", "Routines, nursery, housing."])]
    top = outlook_top(f, addr("Daniel Price", "daniel.price@towerhamlets.gov.uk"), TEH,
                      "Step down - Islam family", "2032-10-19 13:10:00")
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "early_help_duty", "2032-10-19 13:10:00", 4,
        "near_miss", "step_down", False, None, ["4398821"],
        [ch("Ishaan Islam", "2022-01-14", "14/01/2022"), ch("Safa Islam", "2026-09-22", "22/09/2026")],
        [], True, None, [], None, "book_meeting",
        "NEAR MISS - A MINOR BUMP ALREADY DEALT WITH: a low-speed reversing bump, nobody hurt, breath test negative, "
        "police NFA, 'No concerns arise from it'. Complete Tower Hamlets step-down: assessment (.pdf), draft plan "
        "(.docx), consent, lead practitioner named with agency -> missing [] -> book_meeting. No concern named.",
        not_children=["Nasima Islam", "Halima Rahman"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"
    body = T("""
Dear MAST,

I'm sending a Request for Support (attached) for Leo Tran, DOB 09/07/2016, EHM ref EH-77312.

Leo (16) has been arrested twice since August for taking cars - he and older boys drive them round the Isle of
Dogs at night and post the videos. Mum feels she can't stop him going out. We think older young people are using
him.

To be transparent: my manager, Sarah Collins, does not agree that this meets the threshold for MAST and has asked
me to keep it at Early Help with a YJS referral. I disagree and am sending it so it can be looked at, but she has not
agreed the request.

Thanks
Olu Adeyemi
Youth Worker, Early Help (Isle of Dogs)
""")
    atts = [docx_att("Request for Support Leo Tran.docx", ["# Request for Support", "Leo Tran, 09/07/2016"])]
    top = outlook_top(f, addr("Olu Adeyemi", "olu.adeyemi@towerhamlets.gov.uk"), TMAST,
                      "Request for Support - Leo Tran", "2032-10-01 10:30:00")
    add(f, mail(f, top, body, atts), "tower_hamlets", "mash_step_up", "2032-10-01 10:30:00", 5, "ordinary",
        "step_up", False, None, ["EH-77312"], [ch("Leo Tran", "2016-07-09", "09/07/2016")], ["exploitation"], None,
        False, ["manager_agreed"], None, "request_info",
        "Tower Hamlets step-up with the Request for Support (.docx) but the MANAGER DISAGREES ('does not agree that "
        "this meets the threshold ... has not agreed') -> manager_agreed false, missing manager_agreed -> "
        "request_info. Joyriding arrests are past events. 'EH-77312' is a joined-prefix id.",
        not_children=["Sarah Collins"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"
    body = T("""
Hi,

Step down referral for Ruby Okoye (DOB 25/12/2019), Mosaic ID 4402297. The assessment is attached and the draft plan
is attached. Main issues were Ruby's school attendance and mum's anxiety about using public transport since the
bus crash she was in last year.

I haven't spoken to mum about Early Help yet - I'll ask her at the home visit on Friday. I also don't know yet who
the lead practitioner will be; possibly the school.

TAF to be arranged once mum agrees.

Thanks
Grace Mensah
Social Worker
""")
    atts = [pdf_att("Assessment Ruby Okoye.pdf", "Child and Family Assessment - Ruby Okoye", ["Outcome: step down."]),
            docx_att("Draft plan - Ruby Okoye.docx", ["# Draft Early Help plan", "Attendance, travel confidence."])]
    top = outlook_top(f, addr("Grace Mensah", "grace.mensah@towerhamlets.gov.uk"), TEH,
                      "Step down - Ruby Okoye", "2032-11-17 16:15:00")
    add(f, mail(f, top, body, atts), "tower_hamlets", "early_help_duty", "2032-11-17 16:15:00", 6, "ordinary",
        "step_down", False, None, ["4402297"], [ch("Ruby Okoye", "2019-12-25", "25/12/2019")],
        ["parental_mental_health", "school_attendance"], None, None, ["consent", "lead_practitioner"], None,
        "request_info",
        "Tower Hamlets step-down with assessment and draft plan, but consent still to be asked ('I'll ask her at the "
        "home visit') -> null and missing; no lead practitioner named ('possibly the school') -> missing "
        "lead_practitioner -> request_info.")

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"
    body = T("""
Hi, please find the updated draft plan attached for Ruby. Mum agreed to Early Help at the visit today.

Grace
""") + quote("Tower Hamlets Early Help Hub", "17 November 2032 16:22", "Grace Mensah",
             "Step down received [SB-tower_hamlets-3390]",
             "Thank you - your step down request has been received.\n\nReference: [SB-tower_hamlets-3390]\nWhat is missing:\n- consent\n- lead_practitioner\n")
    atts = [docx_att("Draft plan v2 - Ruby Okoye.docx", ["# Draft Early Help plan v2"])]
    top = outlook_top(f, addr("Grace Mensah", "grace.mensah@towerhamlets.gov.uk"), TEH,
                      "RE: Step down received [SB-tower_hamlets-3390]", "2032-11-22 09:05:00")
    add(f, mail(f, top, body, atts), "tower_hamlets", "early_help_duty", "2032-11-22 09:05:00", 3, "ordinary",
        "follow_up", False, None, [], [], [], True, None, [], None, "attach_to_request",
        "Reply to [SB-tower_hamlets-3390] adding a plan and mum's agreement -> follow_up -> attach_to_request; "
        "follow_up has no requirements -> missing []. Consent stated as given ('Mum agreed to Early Help') -> true. "
        "Only the first name 'Ruby' -> no child labelled.")

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"
    data = google_reply(f, "2032-12-07 15:30:00", "Kemi Balogun", "kemi.balogun@example.com",
                        ("Tower Hamlets Early Help Hub", TEH), "DECLINED",
                        "TAF meeting - Islam family", "20321210T100000Z", "20321210T110000Z",
                        "Ben Jonson Children and Family Centre", "Fri 10 Dec 2032 10am - 11am (GMT)",
                        note="Sorry, I'm sitting on the school transport appeals panel that morning. Will send a report.")
    add(f, data, "tower_hamlets", "early_help_duty", "2032-12-07 15:30:00", 4, "ordinary", "meeting_reply", False,
        None, [], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY, PARTSTAT=DECLINED, with a routine comment about a transport appeals panel -> "
        "meeting_reply -> record_reply.")

# ============================================================================= TORBAY
OMASH = MAILBOXES[("torbay", "mash_step_up")]
OEH = MAILBOXES[("torbay", "early_help_duty")]

def torbay_01():
    f = "torbay_01.eml"
    text = T("""
I'm in the Tesco car park on Hele Road Torquay (picking up my lunch). Ruby-Mae Tucker (the toddler on my caseload, 20 months, LCS 880214) is strapped in her car seat in the back of mum's silver Corsa, engine off, windows shut, doors locked. It's 24 degrees and the car is in full sun. She's been there since at least 13:10 - the store has tannoyed the reg twice and nobody has come. She was crying, now she's gone very red and quiet and floppy. I can't see mum Jade anywhere. Security are here with me. Please ring me 07700 900 377.

Lowenna Pascoe
Family Support Worker, Torbay Early Help
Sent from my Galaxy
""")
    top = plain_top(f, addr("Lowenna Pascoe", "lowenna.pascoe@torbay.gov.uk"), OMASH,
                    "Ruby-Mae in car Tesco Hele Rd", "2032-09-09 13:32:00", "torbay.gov.uk", None)
    add(f, mail(f, top, text), "torbay", "mash_step_up", "2032-09-09 13:32:00", 1, "urgent", "other", True, None,
        ["880214"], [ch("Ruby-Mae Tucker")], ["neglect"], None, None, [], None, "alert_duty",
        "URGENT from a phone (safety rule 1): a 20-month-old locked in a hot car in full sun for over 20 minutes, now "
        "'very red and quiet and floppy', mother nowhere to be found. No alarm words. Not a step request -> other -> "
        "alert_duty. 'LCS 880214' -> '880214'.", not_children=["Jade"])

def torbay_02():
    f = "torbay_02.eml"
    data = itip_reply(f, "2032-10-25 08:12:00", "Ellie Harding", "ellie.harding@torbay.gov.uk",
                      ("Torbay Early Help", OEH), "DECLINED",
                      "Under-5s triage - Kai Bennett [SB-torbay-1187]", "20321026T100000", "20321026T103000",
                      "Tor Hill House, Torquay",
                      comment="Sorry I can't come to triage. Dad (Lee Bennett) did not bring Kai Bennett (4) back "
                              "after contact yesterday. At 23:50 he messaged mum that he is driving Kai to Scotland "
                              "and she is not to look for them. Kai has epilepsy and his Epilim is at mum's - he has "
                              "had no evening or morning dose. Police have his car details. Mum is with me now.")
    add(f, data, "torbay", "early_help_duty", "2032-10-25 08:12:00", 2, "urgent", "meeting_reply", True, None, [],
        [ch("Kai Bennett")], ["missing"], None, None, [], None, "alert_duty",
        "URGENT in a declined invitation's comment (safety rule 1: a meeting reply's comment is read): a 4-year-old "
        "with epilepsy driven off by his father after contact, 'driving Kai to Scotland', no medication since "
        "yesterday. No alarm words. iTIP REPLY DECLINED -> meeting_reply; urgent -> alert_duty (before record_reply). "
        "Concern: missing (child taken and whereabouts unknown).", not_children=["Lee Bennett"])

def torbay_03():
    f = "torbay_03.eml"
    body = T("""
hello,

i got this letter from the police today, it says my car was doing 38 in a 30 on Shiphay Lane on 2nd October at
08:41. i was driving the kids to school and i was late. I will pay the fine and take the points.

my question is will this affect our step down or the early help plan? the social worker said the step down is
about the kids routines and i dont want them to think im a bad mum. the kids were in there seats, nobody was hurt.
its the first time ive ever had a ticket.

Notice of Intended Prosecution ref DC/32/NIP/448190 (scan attached)

thanks
Kerry Evans
""")
    atts = [pdf_att("NIP letter scan.pdf", "Devon and Cornwall Police - Notice of Intended Prosecution",
                    ["Ref DC/32/NIP/448190", "Speed 38 mph in a 30 mph limit, Shiphay Lane, 2 October 2032, 08:41",
                     "Fixed penalty offer: GBP 100 and 3 points."])]
    top = plain_top(f, addr("Kerry Evans", "kerryevans1990@example.com"), OEH, "speeding letter",
                    "2032-11-10 19:20:00", "mail.example.com", None)
    add(f, mail(f, top, body, atts), "torbay", "early_help_duty", "2032-11-10 19:20:00", 9, "near_miss", "other",
        False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A SPEEDING FINE LETTER from a parent: 38 in a 30 on the school run a month ago, children in their "
        "seats, nobody hurt - a past minor offence, no child facing harm. A parent's question, not a step request -> "
        "other -> human_review. The NIP reference is not a case id. Children not named.")

def torbay_04():
    f = "torbay_04.eml"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana,sans-serif;font-size:10pt">
<h2 style="color:#00703C">FREE car seat checks - Saturday 16 October, Paignton</h2>
<p>Torbay Road Safety and Devon &amp; Cornwall Police are holding a <b>free car seat checking event</b> at the
Paignton Library car park, 10am-2pm. No appointment needed.</p>
<p>At our last event <b>7 out of 10 seats</b> were fitted wrongly. Officers regularly stop cars with babies carried
without a car seat or toddlers in adult belts - in a crash at 30mph an unrestrained child is thrown forward with
the force of an elephant. Don't take the risk.</p>
<p>Please share this with families on your caseload, especially those with new babies. Our team can also fit
donated seats for families who cannot afford one.</p>
<p>PC Dan Roscoe, Roads Policing Unit, Devon &amp; Cornwall Police<br>Torbay Road Safety Partnership</p>
</body></html>
""")
    text = "FREE car seat checks - Saturday 16 October, Paignton. Torbay Road Safety and Devon & Cornwall Police. Please share with families."
    top = plain_top(f, addr("Torbay Road Safety", "roadsafety@torbay.gov.uk"), OEH,
                    "Please share: free car seat checking event, Sat 16 Oct", "2032-10-08 12:45:00", "torbay.gov.uk",
                    None, cc=OMASH)
    add(f, alt_mail(f, top, text, h), "torbay", "early_help_duty", "2032-10-08 12:45:00", 3, "near_miss", "other",
        False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A CAR-SEAT CHECKING EVENT flyer from the road safety team and a roads policing officer: babies "
        "without car seats and unrestrained toddlers as general statements, 'Don't take the risk' - nobody real. "
        "-> other -> human_review.")

def torbay_05():
    f = "torbay_05.eml"
    body = T("""
Dear Early Help,

Please can I have a triage slot for the Pengelly family to step down to level 3 Early Help.

Children: Jacob Pengelly (DOB 12/04/2021) and Poppy Pengelly (DOB 03/11/2028)
LCS ID 881407

The Single Assessment with my analysis and the rationale for step down is attached. My Team Manager, Claire Hocking,
has recorded her management analysis confirming the threshold for level 3 is met and agrees the step down. Mum and
dad have given consent for level 3 Early Help.

Background: the family came to us after Jacob (then 8) was found walking alone on the Torbay Road dual carriageway
after school last winter; the school transport issue has been sorted (he now has a place on the council bus with an
escort) and parents' supervision has improved.

Kind regards
Morwenna Tregear
Social Worker, Single Assessment Team, Torbay Children's Services
""") + "\n" + BDISC
    atts = [pdf_att("Single Assessment - Pengelly.pdf", "Single Assessment - Pengelly",
                    ["Analysis and rationale for step down to level 3.", "Team Manager analysis: threshold for level 3 met."])]
    top = outlook_top(f, addr("Morwenna Tregear", "morwenna.tregear@torbay.gov.uk"), OEH,
                      "Triage slot request - step down - Pengelly - LCS 881407", "2032-09-14 11:50:00")
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", "2032-09-14 11:50:00", 5,
        "ordinary", "step_down", False, 3, ["881407"],
        [ch("Jacob Pengelly", "2021-04-12", "12/04/2021"), ch("Poppy Pengelly", "2028-11-03", "03/11/2028")],
        ["neglect"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down to level 3: Single Assessment attached, team manager's analysis and agreement, "
        "consent given -> missing [] -> book_meeting. Poppy is 3, so the fortnightly under-5s triage applies. "
        "'LCS ID 881407' -> '881407'. Level 3 stated. The child on the dual carriageway was last winter and is resolved.",
        not_children=["Claire Hocking"])

def torbay_06():
    f = "torbay_06.eml"
    body = T("""
Hi team

Requesting a triage slot - step down to level 3 for Tyler-James Luscombe (DOB 29/06/2017), LCS 879922.

Single Assessment attached, my ATM/TM (Mark Jewell) agreed the step down at panel on Monday.

Consent - mum seemed positive about Early Help when I mentioned it, but I haven't formally asked her yet or got it
signed. I'll do that before triage.

Case came in after Tyler-James was found in the back of a stolen car with his older cousin in August; police
dealt with it and he's had no further episodes.

Thanks
Josh Widdicombe
Social Worker
""")
    atts = [docx_att("SA Luscombe.docx", ["# Single Assessment", "Rationale for step down."])]
    top = outlook_top(f, addr("Josh Widdicombe", "josh.widdicombe@torbay.gov.uk"), OEH,
                      "Step down triage request - Luscombe", "2032-12-02 10:10:00")
    add(f, mail(f, top, body, atts), "torbay", "early_help_duty", "2032-12-02 10:10:00", 6, "ordinary",
        "step_down", False, 3, ["879922"], [ch("Tyler-James Luscombe", "2017-06-29", "29/06/2017")],
        ["exploitation"], None, True, ["consent"], None, "request_info",
        "Torbay step-down: assessment attached, manager agreed, but consent UNCLEAR ('seemed positive ... haven't "
        "formally asked her yet') -> consent null, missing consent -> request_info. Level 3 (stated). 'LCS 879922' "
        "-> '879922'. The stolen-car episode is past and dealt with.", not_children=["Mark Jewell"])

def torbay_07():
    f = "torbay_07.eml"
    body = T("""
Hi MASH,

Contact / step-up for Connor Stentiford (DOB 17/02/2018), EHM-30921, currently level 3 with me.

Since September Connor (14) has been taken joyriding by a group of older lads from Paignton: he has been in three
stolen cars, was in one that crashed into a wall on 4 October (he ran off) and was arrested on Saturday. He is now
home on a police curfew and mum is managing it, but he is being picked up from school by the same lads and has
cash and a new phone he can't explain. I think this needs considering for level 4.

Mum (Sharon Stentiford) has given consent for this contact to MASH and knows I am sending it.

I've discussed it with my ATM Silas this morning - he's going to read the file and let me know this afternoon
whether he agrees it goes to level 4.

Thanks
Demelza Rowe
Early Help Practitioner, Torbay
""")
    top = outlook_top(f, addr("Demelza Rowe", "demelza.rowe@torbay.gov.uk"), OMASH,
                      "Step up - Connor Stentiford - EHM-30921", "2032-10-13 14:35:00")
    add(f, mail(f, top, body), "torbay", "mash_step_up", "2032-10-13 14:35:00", 4, "ordinary", "step_up", False,
        None, ["EHM-30921"], [ch("Connor Stentiford", "2018-02-17", "17/02/2018")], ["exploitation"], True, None,
        ["manager_agreed"], None, "request_info",
        "Torbay step-up (contact to MASH): consent given; manager agreement PENDING ('let me know this afternoon "
        "whether he agrees') -> null and missing -> request_info. Joyriding and a crash in the past, child home on "
        "curfew with mum managing: a planned step-up, not a child facing harm tonight.",
        not_children=["Sharon Stentiford"])

def torbay_08():
    f = "torbay_08.eml"
    body = T("""
Hi, signed consent from mum attached for Tyler-James. She's happy for Early Help level 3.

Josh
""") + quote("Torbay Early Help", "02 December 2032 10:16", "Josh Widdicombe",
             "Triage request received [SB-torbay-1302]",
             "Thank you - your step down request has been received.\n\nReference: [SB-torbay-1302]\nWhat is missing:\n- consent\n")
    atts = [pdf_att("Consent EH L3 signed.pdf", "Consent to Early Help (level 3)", ["Signed by parent, 13/12/2032."])]
    top = outlook_top(f, addr("Josh Widdicombe", "josh.widdicombe@torbay.gov.uk"), OEH,
                      "RE: Triage request received [SB-torbay-1302]", "2032-12-14 09:40:00")
    add(f, mail(f, top, body, atts), "torbay", "early_help_duty", "2032-12-14 09:40:00", 2, "ordinary",
        "follow_up", False, None, [], [], [], True, None, [], None, "attach_to_request",
        "Reply to [SB-torbay-1302] (torbay_06's request) adding the signed consent -> follow_up -> attach_to_request; "
        "consent stated -> true; only the first name -> no child labelled.")

# ============================================================================= HEREFORDSHIRE
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HEH = MAILBOXES[("herefordshire", "early_help_duty")]

def herefordshire_01():
    f = "herefordshire_01.eml"
    body = T("""
MASH,

I am the ward sister on the Children's Ward at Hereford County Hospital.

At 07:40 this morning Oscar Pritchard, 6, was hit by a car on the A49 at Callow while walking on his own to the bus
stop. He has a broken leg and is in theatre. The driver stopped and called for an ambulance. Our staff and the
police have not been able to reach his mother, Nicola Pritchard: her phone is off and she was not at the house.

His brother Alfie Pritchard, 3, was found by a neighbour standing at the roadside in his pyjamas after the crash. The
neighbour, who is 78, has him at her house but says she cannot keep him beyond lunchtime and does not know the
family well. No other relatives are known. Oscar told the paramedic "mummy was asleep, she's always asleep".

Oscar will need an adult with him when he comes round this afternoon. Please call the ward on 01632 960 441.

Sister Rhian Jenkins
Children's Ward, Hereford County Hospital
""")
    top = outlook_top(f, addr("Jenkins Rhian (Wye Valley NHS Trust)", "rhian.jenkins@wvt.example.nhs.uk"), HMASH,
                      "Oscar Pritchard (6) and Alfie Pritchard (3) - no parent found", "2032-11-16 09:05:00",
                      mid_domain="wvt.example.nhs.uk")
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", "2032-11-16 09:05:00", 3, "urgent",
        "other", True, None, [], [ch("Oscar Pritchard"), ch("Alfie Pritchard")], ["neglect"], None, None, [], None,
        "alert_duty",
        "URGENT (safety rule 1): a 6-year-old hit by a car walking alone this morning, mother unreachable, his 3-year-old "
        "brother found at the roadside and with an elderly neighbour who cannot keep him past lunchtime - children "
        "with no carer today. Clinical, no alarm words. Not a step request -> other -> alert_duty.",
        not_children=["Nicola Pritchard", "Rhian Jenkins"])

def herefordshire_02():
    f = "herefordshire_02.eml"
    body = T("""
Hi MASH

I'd like to step up Lily Morgan (DOB 14/08/2017) from Early Help to social care. Mosaic ID 5512093.

Lily has been getting into cars with men she meets on Snapchat - she tells her sister they're "just lifts". She has
come home twice this month at 3am smelling of alcohol. Mum has agreed to this referral.

Her sister Grace screenshotted this from Lily's Snapchat an hour ago and sent it to me:

  "guy with the bmw getting me at 11 from the tesco garage belmont rd, dont tell mum, staying at his tonight x"

Mum is at work until midnight (care home shift) and doesn't know. Lily isn't answering me.

Thanks
Bethan Price
Early Help Practitioner, Herefordshire Council
01432 960 228
""") + "\n" + HDISC
    top = outlook_top(f, addr("Bethan Price", "bethan.price@herefordshire.gov.uk"), HMASH,
                      "Step up - Lily Morgan", "2032-10-22 17:25:00")
    add(f, mail(f, top, body), "herefordshire", "mash_step_up", "2032-10-22 17:25:00", 2, "urgent", "step_up", True,
        None, ["5512093"], [ch("Lily Morgan", "2017-08-14", "14/08/2017")], ["exploitation"], True, None, [], None,
        "alert_duty",
        "URGENT in a screenshot quoted in a step-up (safety rule 1): a 15-year-old arranging to be collected at 11 "
        "tonight by a man from Snapchat and 'staying at his tonight', mum at work and unaware. No alarm words. "
        "Herefordshire defines no step-up (missing [], would be human_review) but urgent -> alert_duty. Consent "
        "('Mum has agreed to this referral') -> true. The sister Grace is named by first name only.")

def herefordshire_03():
    f = "herefordshire_03.eml"
    body = T("""
Hello,

I am driver on school bus route 462 (Yeomans). Today 15:25 the girl Zuzanna Wojcik, she is 7, get off my bus at
Kingsland stop but nobody is there to meet her, normally mother is there. I not leave her alone so she stay on bus.

On the bus she tell me: yesterday mama drink a lot of vodka and drive the car with baby brother Antek and the car go
in the ditch, mama is crying and sleeping now. She say mama still is drinking when she go to school this morning and
baby is with mama in the house.

Now is 16:10, I am at depot in Leominster with Zuzanna. I call the mother number from school list 5 times, nobody
answer. School office close. My manager say to write to this email. Please somebody call me 07700 900 644.

Piotr Zielinski
Driver, Yeomans Travel Leominster depot
""")
    top = plain_top(f, addr("Piotr Zielinski", "piotr.z@yeomans.example.co.uk"), HEH,
                    "girl from bus 462 nobody meet her", "2032-09-30 16:20:00", "yeomans.example.co.uk", None)
    add(f, mail(f, top, body), "herefordshire", "early_help_duty", "2032-09-30 16:20:00", 3, "urgent", "other", True,
        None, [], [ch("Zuzanna Wojcik")], ["neglect", "substance_misuse"], None, None, [], None, "alert_duty",
        "URGENT in non-native English from a bus driver (safety rule 1): a 7-year-old at the depot with nobody answering, "
        "who says mum crashed the car into a ditch drunk with the baby yesterday and is still drinking, with the baby "
        "at home now. No alarm words. Sent to the Early Help co-ordinators' mailbox -> other -> alert_duty. Only the "
        "7-year-old has a full name ('baby brother Antek' has none).")

def herefordshire_04():
    f = "herefordshire_04.eml"
    body = T("""
Dear Early Help Co-ordinators,

Please find attached the step-down plan and signed consent form for the Jones children:
Ellie Jones (DOB 05/05/2019) and Mason Jones (DOB 30/10/2021), Mosaic ID 5498810.

Lead practitioner: Mrs Carys Lewis, Family Support Worker, Ross-on-Wye Family Hub.

For your information, the family's history includes a car crash in 2029 when their father, who was over the drink
drive limit, crashed with both children in the car. He was imprisoned and has had no contact with the children since;
there is a non-molestation order. This is historic and is not a current concern. The current plan is about school
attendance and mum's low mood.

Assessment decision to step down was made on 8 September.

Many thanks
Tom Hughes
Social Worker, Herefordshire Children's Services
""") + "\n" + HDISC
    atts = [docx_att("Step down plan - Jones.docx", ["# Early Help step-down plan", "Attendance; mum's wellbeing."]),
            pdf_att("Consent form signed - Jones.pdf", "Early Help consent form", ["Signed by Ms Jones, 10/09/2032."])]
    top = outlook_top(f, addr("Tom Hughes", "tom.hughes@herefordshire.gov.uk"), HEH,
                      "Step down plan - Jones", "2032-09-15 10:40:00")
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", "2032-09-15 10:40:00", 4, "near_miss",
        "step_down", False, 3, ["5498810"],
        [ch("Ellie Jones", "2019-05-05", "05/05/2019"), ch("Mason Jones", "2021-10-30", "30/10/2021")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS - A HISTORIC ACCIDENT (2029 drink-drive crash, father imprisoned, no contact, 'not a current "
        "concern'). Complete Herefordshire step-down: plan (.docx), signed consent form (.pdf) -> consent true, lead "
        "practitioner named with agency -> missing []. Level: Herefordshire's default 3.",
        not_children=["Carys Lewis"])

def herefordshire_05():
    f = "herefordshire_05.eml"
    body = T("""
To whom it may concern,

I am writing AGAIN about the parents who park on the zig-zag lines and across my drive outside St Mary's Primary on
Kings Acre Road every morning and afternoon. Children are having to walk out between parked cars and into the road.
One of these days a child is going to be killed and it will be the council's fault for doing nothing.

I have sent photographs to parking enforcement three times. I am copying this to your child protection people
because nobody else listens. I don't know any of the families by name.

Yours faithfully
R. Bevan (Mr)
Kings Acre Road
""")
    top = plain_top(f, addr("R Bevan", "rbevan.hereford@example.net"), HMASH,
                    "Parking outside St Mary's - children in danger", "2032-11-29 08:15:00", "example.net", None,
                    cc="parking@herefordshire.gov.uk")
    add(f, mail(f, top, body), "herefordshire", "mash_step_up", "2032-11-29 08:15:00", 7, "near_miss", "other",
        False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A PARKING COMPLAINT: 'children in danger', 'a child is going to be killed' about parking in general; "
        "no child or family known ('I don't know any of the families by name'). -> other -> human_review.")

def herefordshire_06():
    f = "herefordshire_06.eml"
    body = T("""
Hi Verity,

Quick question before my first step-down, not about a live case. Hypothetically - if at a supervised contact a dad
turned up smelling of drink and said he was taking the child home in his car, what would we expect of the contact
worker, and would that stop a step-down going ahead? I ask because my last authority had a scenario like that in
their contact policy and I want to know how Herefordshire does it.

Also is the Tuesday drop-in still 9.30-12?

Thanks
Amelia Stone
Newly qualified social worker, Leominster
""")
    top = outlook_top(f, addr("Amelia Stone", "amelia.stone@herefordshire.gov.uk"), HEH,
                      "Question - contact and step down (hypothetical)", "2032-10-28 15:05:00")
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", "2032-10-28 15:05:00", 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A HYPOTHETICAL ('Hypothetically', 'not about a live case'): a drunk father at contact taking the "
        "child in his car. No real child. A question -> other -> human_review.")

def herefordshire_07():
    f = "herefordshire_07.eml"
    body = T("""
Good morning,

Step-down plan attached for Noah Baxter (DOB 11/01/2020), Mosaic ID 5520471, following the assessment decision on
1 December. Noah's needs were around his SEN transport - his taxi was withdrawn and he missed six weeks of school;
that's now resolved with a new taxi and passenger assistant.

Lead practitioner: Ms Ffion Watkins, SENCo, Kington Primary School.

Mum has agreed to the step down verbally on the phone yesterday; I'm visiting on Monday to get the consent form
signed and will send it straight over.

Kind regards
Lewis Carter
Social Worker
""")
    atts = [docx_att("Noah Baxter step down plan.docx", ["# Step-down plan", "SEN transport review; attendance."])]
    top = outlook_top(f, addr("Lewis Carter", "lewis.carter@herefordshire.gov.uk"), HEH,
                      "Step down - Noah Baxter", "2032-12-08 11:30:00")
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", "2032-12-08 11:30:00", 5, "ordinary",
        "step_down", False, 3, ["5520471"], [ch("Noah Baxter", "2020-01-11", "11/01/2020")],
        ["disability_send", "school_attendance"], True, None, ["consent_form"], None, "request_info",
        "Herefordshire step-down: plan attached, lead practitioner named with agency, consent given verbally (true) "
        "but the signed consent FORM is still to come -> missing consent_form -> request_info. Default level 3.",
        not_children=["Ffion Watkins"])

def herefordshire_08():
    f = "herefordshire_08.eml"
    blocks = [
        "Dear Co-ordinators,", "",
        "Please find attached the step-down plan and the signed consent form for the Davies sibling group:", "",
        ("table", [["Name", "DOB", "Mosaic ID"],
                   ["Seren Davies", "02/02/2016", "5507762"],
                   ["Rhys Davies", "19/09/2018", "5507763"],
                   ["Efa Davies", "27/03/2022", "5507764"]]), "",
        "Decision to step down was made at the assessment review on 31 August. The family moved to Bromyard and the "
        "children now travel to school on the council bus; dad has a new job and the children's school attendance is "
        "back above 95%.", "",
        "We have not yet agreed who will be lead practitioner - the school and the family hub are both possible. Could "
        "we discuss at Tuesday's drop-in?", "",
        "Kind regards", "Hannah Powell", "Senior Social Worker, Herefordshire Children's Services"]
    atts = [pdf_att("Davies step down plan.pdf", "Step-down plan - Davies sibling group", ["Plan for Seren, Rhys and Efa."]),
            pdf_att("Davies consent form signed.pdf", "Early Help consent form", ["Signed by Mr and Mrs Davies."])]
    top = outlook_top(f, addr("Hannah Powell", "hannah.powell@herefordshire.gov.uk"), HEH,
                      "Step down - Davies sibling group", "2032-09-03 14:10:00")
    add(f, word_mail(f, top, blocks, atts), "herefordshire", "early_help_duty", "2032-09-03 14:10:00", 8, "ordinary",
        "step_down", False, 3, ["5507762", "5507763", "5507764"],
        [ch("Seren Davies", "2016-02-02", "02/02/2016"), ch("Rhys Davies", "2018-09-19", "19/09/2018"),
         ch("Efa Davies", "2022-03-27", "27/03/2022")], [], True, None, ["lead_practitioner"], None,
        "request_info",
        "Herefordshire sibling-group step-down (Word HTML table, three Mosaic ids in order): plan and signed consent "
        "form attached (consent true), but no lead practitioner agreed -> missing lead_practitioner -> request_info. "
        "Asking to discuss at the drop-in after sending the plan is not the drop-in-before-plan route. Attendance "
        "'back above 95%' is a strength, so no concern is labelled.")

# ============================================================================= SELF-CHECKS
WIN_START, WIN_END = date(2032, 9, 1), date(2032, 12, 17)
BANK_HOLIDAYS_2032_33 = {date(2032, 1, 1), date(2032, 3, 26), date(2032, 3, 29), date(2032, 5, 3), date(2032, 5, 31),
                         date(2032, 8, 30), date(2032, 12, 27), date(2032, 12, 28), date(2033, 1, 3)}
ALARM = re.compile(r"\b(urgent|urgently|immediate|immediately|emergency|at risk|risk of harm|danger\w*|asap)\b", re.I)
KEYS = ["kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed", "missing",
        "notice_ok", "next_action"]
CONCERNS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
            "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation", "school_attendance",
            "young_carer", "disability_send"}

def wd_between(today, meeting):
    n, d = 0, today
    while d < meeting:
        d += timedelta(days=1)
        if d.weekday() < 5 and d not in BANK_HOLIDAYS_2032_33:
            n += 1
    return n

def pack_ids(authority):
    import yaml
    y = yaml.safe_load(open("/work/main/config/authorities/%s.yaml" % authority))
    out = {}
    for kind, spec in (y.get("kinds") or {}).items():
        ids = set()
        for r in (spec.get("requirements") or []):
            ids.add(r["id"])
        out[kind] = ids
    return out

def check():
    import holidays
    errs = []
    hol = holidays.country_holidays("GB", subdiv="ENG", years=[2032, 2033])
    pk = {d for d in hol if d.weekday() < 5 and d <= date(2033, 1, 31)}
    if pk != BANK_HOLIDAYS_2032_33:
        errs.append("bank holidays differ from the holidays package: %s" % sorted(pk ^ BANK_HOLIDAYS_2032_33))
    if WIN_START.weekday() != 2 or WIN_END.weekday() != 4:
        errs.append("window ends are not Wed/Fri")
    if any(WIN_START <= d <= WIN_END for d in BANK_HOLIDAYS_2032_33):
        errs.append("a bank holiday inside the window (none expected)")
    cats = {"urgent": 0, "near_miss": 0, "ordinary": 0}
    per_auth = {}
    for lab in LABELS:
        fn, a, e = lab["file"], lab["authority"], lab["expect"]
        per_auth[a] = per_auth.get(a, 0) + 1
        cats[CATS[fn]] += 1
        data = FILES[fn]
        msg = email.message_from_bytes(data, policy=email.policy.default)
        if any(p.defects for p in msg.walk()) or msg.defects:
            errs.append("%s: MIME defects %s" % (fn, msg.defects))
        for h in ("Message-ID", "Date", "From", "To", "Subject"):
            if not msg[h]:
                errs.append("%s: no %s" % (fn, h))
        d = email.utils.parsedate_to_datetime(str(msg["Date"]))
        loc = d.astimezone(LON)
        if not (WIN_START <= loc.date() <= WIN_END) or loc.weekday() > 4 or loc.date() in BANK_HOLIDAYS_2032_33:
            errs.append("%s: Date %s outside window / weekend / bank holiday" % (fn, d))
        if d.utcoffset() != loc.utcoffset():
            errs.append("%s: Date offset %s, Europe/London has %s" % (fn, d.utcoffset(), loc.utcoffset()))
        want = timedelta(hours=1) if loc.date() < date(2032, 10, 31) else timedelta(0)
        if d.utcoffset() != want:
            errs.append("%s: wrong BST/GMT offset" % fn)
        now = datetime.fromisoformat(lab["now"])
        if now.utcoffset() != d.utcoffset() or not (timedelta(minutes=1) <= now - d <= timedelta(minutes=10)):
            errs.append("%s: now %s not 1-10 min after Date %s with the same offset" % (fn, now, d))
        addrs = " ".join(str(msg[h] or "") for h in ("To", "Cc")).lower()
        if MAILBOXES[(a, lab["mailbox"])].lower() not in addrs:
            errs.append("%s: mailbox address not in To/Cc" % fn)
        if list(e) != KEYS:
            errs.append("%s: label keys" % fn)
        text = readable(msg)
        # urgency and category
        if e["urgent"] != (CATS[fn] == "urgent"):
            errs.append("%s: urgent label vs category" % fn)
        if e["urgent"] and ALARM.search(text):
            errs.append("%s: urgent mail contains an alarm word: %r" % (fn, ALARM.search(text).group(0)))
        # next_action order
        k = e["kind"]
        undefined = (a == "herefordshire" and k == "step_up")
        na = ("alert_duty" if e["urgent"] else "ignore" if k == "auto_reply" else "record_reply" if k == "meeting_reply"
              else "attach_to_request" if k == "follow_up" else "human_review" if (k == "other" or undefined)
              else "request_info" if (e["missing"] or e["notice_ok"] is False) else "book_meeting")
        if na != e["next_action"]:
            errs.append("%s: next_action %s, rule gives %s" % (fn, e["next_action"], na))
        # requirement ids exist in the pack
        ids = pack_ids(a)
        if k in ("step_up", "step_down") and not undefined:
            bad = set(e["missing"]) - ids.get(k, set())
            if bad:
                errs.append("%s: missing ids not in %s.yaml %s: %s" % (fn, a, k, bad))
        elif e["missing"]:
            errs.append("%s: missing must be [] for %s" % (fn, k))
        if e["missing"] != sorted(set(e["missing"])) or e["concerns"] != sorted(set(e["concerns"])):
            errs.append("%s: unsorted lists" % fn)
        if set(e["concerns"]) - CONCERNS:
            errs.append("%s: unknown concern" % fn)
        if e["level"] is not None and k != "step_down":
            errs.append("%s: level on a non-step-down" % fn)
        # consistency of fact ids with consent/manager labels
        if k in ("step_up", "step_down") and not undefined:
            lvl = e["level"] or 3
            need_consent = {"richmond_wandsworth": k == "step_down", "tower_hamlets": k == "step_down",
                            "torbay": True, "herefordshire": False, "knowsley": k == "step_down" and lvl == 3}[a]
            if need_consent and ((e["consent"] is not True) != ("consent" in e["missing"])):
                errs.append("%s: consent label vs missing" % fn)
            need_mgr = {"richmond_wandsworth": False, "tower_hamlets": k == "step_up", "torbay": True,
                        "herefordshire": False, "knowsley": k == "step_up"}[a]
            if need_mgr and ((e["manager_agreed"] is not True) != ("manager_agreed" in e["missing"])):
                errs.append("%s: manager label vs missing" % fn)
        # notice
        m = META[fn]["meeting"]
        if a == "knowsley" and k in ("step_up", "step_down"):
            if m:
                given = wd_between(now.astimezone(LON).date(), date.fromisoformat(m))
                if (given >= 5) != e["notice_ok"]:
                    errs.append("%s: notice %d WD vs label %s" % (fn, given, e["notice_ok"]))
                md = date.fromisoformat(m)
                if md.weekday() > 4 or md in BANK_HOLIDAYS_2032_33:
                    errs.append("%s: meeting on a non-working day" % fn)
            elif e["notice_ok"] is not None:
                errs.append("%s: notice_ok without a meeting" % fn)
        elif e["notice_ok"] is not None:
            errs.append("%s: notice_ok where no notice applies" % fn)
        # children, case ids, people who must not be labelled
        for c in META[fn]["children"]:
            span = c["_as"] or c["name"]
            if span.lower() not in text.lower():
                errs.append("%s: child %s not in text" % (fn, span))
            if c["dob"]:
                if c["_w"] not in text:
                    errs.append("%s: DOB %s not in text" % (fn, c["_w"]))
                dd = re.split(r"[/.\-]", c["_w"])
                iso = c["_w"] if len(dd[0]) == 4 else "%s-%s-%s" % (dd[2], dd[1], dd[0])
                if iso != c["dob"]:
                    errs.append("%s: DOB parse %s" % (fn, c["dob"]))
                b = date.fromisoformat(c["dob"])
                nd = now.date()
                age = nd.year - b.year - ((nd.month, nd.day) < (b.month, b.day))
                if not (0 <= age < 18) or b >= nd:
                    errs.append("%s: %s not a child at now" % (fn, c["name"]))
        for p in META[fn]["not_children"]:
            if p.lower() not in text.lower():
                errs.append("%s: not_child %s absent" % (fn, p))
            if any(p.lower() == c["name"].lower() for c in e["children"]):
                errs.append("%s: adult labelled as child" % fn)
        for cid in e["case_ids"]:
            if cid not in text:
                errs.append("%s: case id %s not in text" % (fn, cid))
        sb = "[SB-" in str(msg["Subject"])
        if k == "follow_up" and not sb:
            errs.append("%s: follow_up without reference" % fn)
        if k == "auto_reply" and not msg["Auto-Submitted"]:
            errs.append("%s: auto_reply without Auto-Submitted" % fn)
        if k != "auto_reply" and msg["Auto-Submitted"]:
            errs.append("%s: Auto-Submitted on human mail" % fn)
        if k == "meeting_reply" and "METHOD:REPLY" not in text:
            errs.append("%s: meeting_reply without iTIP REPLY" % fn)
        if re.search(r"\b20(3[3-9]|[4-9]\d)\b", text):
            errs.append("%s: a year after 2032/33 in text" % fn)
    if per_auth != {a: 8 for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire")}:
        errs.append("per authority counts %s" % per_auth)
    if cats["urgent"] < 11 or cats["near_miss"] < 11:
        errs.append("category counts %s" % cats)
    return errs, cats

def main():
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        for i in range(1, 9):
            globals()["%s_%02d" % (a, i)]()
    errs, cats = check()
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    for fn, data in FILES.items():
        open(os.path.join(HERE, fn), "wb").write(data)
    with open(os.path.join(HERE, "labels.json"), "w") as fh:
        json.dump(LABELS, fh, indent=2, ensure_ascii=False); fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w") as fh:
        json.dump(CATS, fh, indent=2); fh.write("\n")
    print("ok: %d files, %s" % (len(FILES), cats))
    if "--stats" in sys.argv:
        from collections import Counter
        for key in ("kind", "next_action", "consent", "manager_agreed", "level", "notice_ok", "urgent"):
            print(key, dict(Counter(str(l["expect"][key]) for l in LABELS)))
        for l in LABELS:
            m = META[l["file"]]["meeting"]
            if m:
                n = datetime.fromisoformat(l["now"]).date()
                print(l["file"], n, m, wd_between(n, date.fromisoformat(m)), "WD")

if __name__ == "__main__":
    main()
