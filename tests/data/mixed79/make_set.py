#!/usr/bin/env python3
"""mixed79: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the spring term of 2098 (Monday 6 January - Thursday 17 April 2098, the Thursday before Easter), in private
fostering and informal care by people other than parents.

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values and calendar UIDs come from
sha1 of the file name; .docx zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py
(`--stats` prints the tallies and Knowsley notice counts). The MIME, Word HTML, PDF, .docx, iCalendar,
out-of-office and quote helpers are copied from /work/main/tests/data/mixed27/make_set.py and adapted (window,
clock). pypdf and python-docx are used by the self-checks to read the attachments back; `holidays` and PyYAML are
required. Every label was set by hand from the specification; the self-checks only verify them and STOP on any
error before anything is written.
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
    """Local (Europe/London) wall-clock time. The window (Monday 6 January - Thursday 17 April 2098) is GMT (+0000)
    until BST begins at 01:00 UTC on Sunday 30 March 2098, then BST (+0100). The self-check
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
            zi = zipfile.ZipInfo(name, date_time=(2098, 1, 2, 0, 0, 0))
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


# ============================================================================ mixed79 set
import yaml

SET = "mixed79"
WINDOW = (date(2098, 1, 6), date(2098, 4, 17))          # Monday 6 January - Thursday 17 April 2098
BST_START = datetime(2098, 3, 30, 1, 0, tzinfo=UTC)      # last Sunday of March 2098, 01:00 UTC
# England & Wales bank holidays 2097-2098, computed by hand and compared with the holidays package in the checks
BANK_HOLIDAYS = {date(2097, 1, 1), date(2097, 3, 29), date(2097, 4, 1), date(2097, 5, 6), date(2097, 5, 27),
                 date(2097, 8, 26), date(2097, 12, 25), date(2097, 12, 26),
                 date(2098, 1, 1), date(2098, 4, 18), date(2098, 4, 21), date(2098, 5, 5), date(2098, 5, 26),
                 date(2098, 8, 25), date(2098, 12, 25), date(2098, 12, 26)}
AUTH_DIR = "/work/main/config/authorities"
MBX = {
    "knowsley": {"mash_step_up": "knowsleymash@knowsley.gov.uk",
                 "early_help_duty": "FamilyFirst0-18DutyMailbox@knowsley.gov.uk"},
    "richmond_wandsworth": {"mash_step_up": "MASH-StepUP@richmondandwandsworth.gov.uk",
                            "early_help_duty": "EarlyHelpDuty@richmondandwandsworth.gov.uk"},
    "tower_hamlets": {"mash_step_up": "MAST@towerhamlets.gov.uk", "early_help_duty": "EarlyHelpHub@towerhamlets.gov.uk"},
    "torbay": {"mash_step_up": "mash@torbay.gov.uk", "early_help_duty": "earlyhelp@torbay.gov.uk"},
    "herefordshire": {"mash_step_up": "mash@herefordshire.gov.uk",
                      "early_help_duty": "earlyhelpcoordinators@herefordshire.gov.uk"},
}
FILES, LABELS, CATS, META = {}, [], {}, {}

def add(f, data, mailbox, when, mins, cat, kind, urgent, level, case_ids, children, concerns, consent, manager,
        missing, notice_ok, next_action, why, meeting=None):
    auth = f.rsplit("_", 1)[0]
    FILES[f] = data
    now = dt(when) + timedelta(minutes=mins)
    LABELS.append({"file": f, "authority": auth, "mailbox": mailbox, "now": now.isoformat(),
                   "expect": {"kind": kind, "urgent": urgent, "level": level, "case_ids": list(case_ids),
                              "children": [{"name": n, "dob": d} for n, d in children],
                              "concerns": sorted(concerns), "consent": consent, "manager_agreed": manager,
                              "missing": sorted(missing), "notice_ok": notice_ok, "next_action": next_action},
                   "why": why})
    CATS[f] = cat
    META[f] = {"when": when, "meeting": meeting}

def to_box(f, box):
    auth = f.rsplit("_", 1)[0]
    return MBX[auth][box]

def ack_quote(ref, subject, sent, lines):
    q = ["On %s, stepbot <stepbot@stepbot.invalid> wrote:" % sent, "> Your request has been received: %s" % ref,
         "> Subject: %s" % subject] + ["> " + l if l else ">" for l in lines]
    return "\n".join(q) + "\n"

def cal_request(f, when, organizer, attendees, summary, start, end, location, description):
    cal = ics("REQUEST", f, dt(when), start, end, summary, location, description, organizer,
              [(n, e, "REQ-PARTICIPANT", "NEEDS-ACTION") for n, e in attendees])
    return Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST'),
                 ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))

def itip_reply_cc(f, when, frm_name, frm_email, organizer, cc, partstat, summary, start, end, location,
                  comment=None, google=False):
    word = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentative"}[partstat]
    extra = ["COMMENT;LANGUAGE=en-GB:" + ics_escape(comment)] if comment else []
    cal = ics("REPLY", f, dt(when), start, end, summary, location, None, organizer,
              [(frm_name, frm_email, "REQ-PARTICIPANT", partstat)], extra=extra)
    if google:
        cal = cal.replace("PRODID:Microsoft Exchange Server 2010", "PRODID:-//Google Inc//Google Calendar 70.9054//EN")
        body = "%s has accepted this invitation.\n\n%s\n" % (frm_name, summary)
        top = plain_top(f, addr(frm_name, frm_email), addr(organizer[0], organizer[1]),
                        "%s: %s" % (word, summary), when, "google.com", None, cc=cc)
    else:
        body = (comment + "\n") if comment else " "
        top = outlook_top(f, addr(frm_name, frm_email), addr(organizer[0], organizer[1]),
                          "%s: %s" % (word, summary), when, cc=cc,
                          extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    cal_part = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REPLY'),
                     ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    root = multipart("alternative", [text_part(body, crlf=True), cal_part], bnd(f, 1))
    return build(top, root, True)

KN_SIG = "\n\n%s\n%s\nKnowsley Council\n"

# ------------------------------------------------------------------------------------------------ KNOWSLEY
def knowsley_01():
    f = "knowsley_01.eml"; when = "2098-04-14 10:12:31"
    blocks = ["Hi MASH,", "",
              "Please find attached the Step Up Request Form (Appendix 1), the GCP2 and the last two TAF minutes for "
              "{{Precious Adeyemi}} (DOB 12/05/2088), EHM-90412. I have sent the Teams invite for the step-up TAF to "
              "the MASH inbox and MASH business support: {{Wednesday 23rd April 2098 at 10:00}}, Teams, with a room at "
              "Huyton Family Hub for anyone coming in person.", "",
              "Background: Precious has lived since last August with Mrs Funmi Lawal, a family friend from church, "
              "while her mum works in Lagos. Nobody notified this as private fostering; we told the Private Fostering "
              "team in February and their assessment is still open. At Level 3 we have seen a steady decline: "
              "Precious is in the same uniform all week, her head lice have not been treated since January and she "
              "says there is \u2018no food after Sunday\u2019 until Mrs Lawal is paid. The GCP2 (completed 2 April) "
              "scores 4 on nutrition, hygiene and health.", "",
              "My team manager, Elinor Marsh, has read the GCP2 and agreed the step up on 11 April.", "",
              "Precious was at breakfast club this morning and is going home to Mrs Lawal as usual after school.", "",
              "Thanks,", "Bethany Rimmer", "Family First Case Manager (Level 3)", "Knowsley Council"]
    top = outlook_top(f, addr("Bethany Rimmer", "bethany.rimmer@knowsley.gov.uk"), to_box(f, "mash_step_up"),
                      "Step up request - Precious Adeyemi - EHM-90412 - TAF Wed 23/04", when,
                      cc=addr("MASH business support", "mash.businesssupport@knowsley.gov.uk"))
    atts = [docx_att("Step Up Request Form Appendix 1 - P Adeyemi.docx",
                     ["# Knowsley Step Up Request Form (Appendix 1)", "Child: Precious Adeyemi", "DOB: 12/05/2088",
                      "EHM number: EHM-90412", "Current level: Level 3 Family First",
                      "Reason for step up: neglect in an unassessed private fostering arrangement (see GCP2).",
                      "Team manager agreement: Elinor Marsh, 11/04/2098",
                      "Step-up TAF meeting: Wednesday 23/04/2098 10:00, Teams / Huyton Family Hub"]),
            pdf_att("GCP2 Precious Adeyemi 02.04.98.pdf", "Graded Care Profile 2 (GCP2) - Precious Adeyemi",
                    ["Completed 02/04/2098 by Bethany Rimmer with Mrs F Lawal (private foster carer).",
                     "Area 1 Physical care - nutrition: 4. Hygiene: 4. Health: 4. Housing: 2. Clothing: 3.",
                     "Area 2 Safety: 3. Area 3 Love and care: 3. Area 4 Stimulation and education: 3."]),
            pdf_att("TAF minutes Feb and Mar 2098 - Adeyemi.pdf", "TAF meeting minutes - Precious Adeyemi (EHM-90412)",
                    ["TAF 12/02/2098: school, school nurse, Family First, Mrs Lawal. Actions: lice treatment, uniform.",
                     "TAF 19/03/2098: no progress on actions; Mrs Lawal did not attend; school report hunger on Mondays."])]
    data = word_mail(f, top, blocks, atts)
    add(f, data, "mash_step_up", when, 6, "ordinary", "step_up", False, None, ["EHM-90412"],
        [("Precious Adeyemi", "2088-05-12")], ["neglect"], None, True, [], True, "book_meeting",
        "Complete Knowsley step-up for neglect (REQUIREMENTS knowsley step_up: step_up_form, case_id, manager_agreed, "
        "taf_minutes, meeting_details + gcp2 for neglect): form .docx, GCP2 .pdf, TAF minutes .pdf, EHM id, TM agreed. "
        "Unnotified private fostering, but the child is at school and going home as usual: not urgent. Consent not "
        "mentioned -> null. Notice: Mon 14 Apr -> Wed 23 Apr crosses Good Friday 18 and Easter Monday 21 April: "
        "15,16,17,22,23 = exactly 5 WD -> ok (7 plain weekdays) -> book_meeting.",
        meeting=date(2098, 4, 23))

def knowsley_02():
    f = "knowsley_02.eml"; when = "2098-04-16 14:05:10"
    body = T("""
Hi all,

Invite for the step-up TAF for Kieran Doherty (DOB 30/10/2085), EHM-90877: Wednesday 23rd April at 1.30pm,
Teams. Sorry it's short notice over Easter - it's the first date school could do.

Kieran is 12 and since December has been living with his dad's lodger, Mr Wayne Tickle, while dad works offshore
on three-week rotations. This is a private fostering arrangement and it has now been notified. Neither Mr Tickle
nor dad will engage: five missed TAF meetings, no answer to nine calls and three letters, and the door not opened
on four home visits. The Engaging Families toolkit is attached with the Appendix 1 step up form and the TAF
minutes.

My manager, Elinor Marsh, agreed the step up in supervision this morning.

Connor Whitfield
Family First Case Manager
Knowsley Council
""")
    cal = cal_request(f, when, ("Connor Whitfield", "connor.whitfield@knowsley.gov.uk"),
                      [("Knowsley MASH", "knowsleymash@knowsley.gov.uk"),
                       ("MASH business support", "mash.businesssupport@knowsley.gov.uk")],
                      "Step-up TAF - Kieran Doherty - EHM-90877", "20980423T133000", "20980423T150000",
                      "Microsoft Teams Meeting", "Step-up TAF meeting for Kieran Doherty (EHM-90877).")
    alt = multipart("alternative", [text_part(body, crlf=True), cal], bnd(f, 2))
    atts = [docx_att("Appendix 1 Step Up Form - K Doherty.docx",
                     ["# Step Up Request Form (Appendix 1)", "Child: Kieran Doherty, DOB 30/10/2085",
                      "EHM: EHM-90877", "Concern: non-engagement of carer and father",
                      "Manager agreement: Elinor Marsh, 16/04/2098"]),
            pdf_att("Engaging Families toolkit - Doherty.pdf", "Engaging Families Toolkit - Kieran Doherty",
                    ["Contacts attempted: 9 calls, 3 letters, 4 unannounced home visits (no answer).",
                     "TAF meetings missed: 5. Barriers considered: father offshore; carer not a relative."]),
            pdf_att("TAF minutes - Doherty - Mar 2098.pdf", "TAF minutes - Kieran Doherty",
                    ["TAF 26/03/2098: carer and father did not attend. School attendance 94%."])]
    root = multipart("mixed", [alt] + atts, bnd(f, 1))
    top = outlook_top(f, addr("Connor Whitfield", "connor.whitfield@knowsley.gov.uk"), to_box(f, "mash_step_up"),
                      "Step-up TAF - Kieran Doherty - EHM-90877", when,
                      cc=addr("MASH business support", "mash.businesssupport@knowsley.gov.uk"),
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    add(f, build(top, root, True), "mash_step_up", when, 4, "ordinary", "step_up", False, None, ["EHM-90877"],
        [("Kieran Doherty", "2085-10-30")], ["non_engagement"], None, True, [], False, "request_info",
        "Knowsley step-up sent as a Teams meeting REQUEST (seed 004: invites to the MASH inbox) with form, Engaging "
        "Families toolkit (non_engagement -> engaging_families met) and TAF minutes: nothing missing. NOTICE DECIDED BY "
        "EASTER: Wed 16 Apr -> Wed 23 Apr counts 17, 22, 23 = 3 WD (Good Friday 18 and Easter Monday 21 excluded; 5 "
        "plain weekdays) < 5 -> notice_ok false -> request_info.",
        meeting=date(2098, 4, 23))

def knowsley_03():
    f = "knowsley_03.eml"; when = "2098-01-16 14:48:05"
    blocks = ["Dear MASH,", "",
              "I am the Designated Safeguarding Lead at St Aidan\u2019s Primary. Zuzanna Nowak, Year 5 "
              "(DOB 03/09/2088), came to me at lunch. Since before Christmas she has been staying with her mum\u2019s "
              "friend, Kasia, and Kasia\u2019s partner, Lee, in Prescot, while her mum works in Poland. Mum\u2019s mobile "
              "goes to a Polish voicemail and the number we have for dad is disconnected.", "",
              "Her words, written down as she said them:", "",
              "\u2018Lee got mad because I spilled the juice. He pushed my head into the wall and then he got his belt "
              "and hit my legs. Kasia was at work. He said if I tell my teacher I will sleep in the car.\u2019", "",
              "I have seen three red raised marks across the backs of both thighs and a bump above her left ear. She "
              "flinched when I reached past her for a tissue.", "",
              "Lee collects her at 3.15 on Thursdays. It is 2.45 now and she is sitting in my office asking me whether "
              "she has to go back there tonight. I have not said anything to Lee. Please ring me on 0151 496 0772.", "",
              "Joanna Kerrigan", "Designated Safeguarding Lead", "St Aidan\u2019s Catholic Primary School"]
    top = outlook_top(f, addr("Joanna Kerrigan", "j.kerrigan@staidans.knowsley.sch.uk"), to_box(f, "mash_step_up"),
                      "Zuzanna Nowak Y5 - what she told me this afternoon", when,
                      mid_domain="DB9PR01MB7744.eurprd01.prod.exchangelabs.com")
    add(f, word_mail(f, top, blocks), "mash_step_up", when, 3, "urgent", "other", True, None, [],
        [("Zuzanna Nowak", "2088-09-03")], ["physical_harm"], None, None, [], None, "alert_duty",
        "A CHILD'S OWN ACCOUNT, written down by the DSL: a 9-year-old in an informal private-fostering arrangement says "
        "the carer's partner pushed her head into a wall and beat her legs with a belt; marks seen; he collects her at "
        "3.15 today (mail 14:48) and mum abroad is unreachable. No alarm word. DESIGN safety rule 1 -> urgent -> "
        "alert_duty. A school's contact, not a step request -> other; missing [].")

def knowsley_04():
    f = "knowsley_04.eml"; when = "2098-01-24 11:26:40"
    blocks = ["Hello Family First,", "",
              "I am stepping Leah down to Level 2 with school as lead practitioner. Details below.", "",
              ("table", [["Field", "Detail"],
                         ["Child", "Leah Sutcliffe, DOB 21/07/2082"],
                         ["ICS", "ICS-2210945"],
                         ["Level", "Level 2"],
                         ["Final CIN meeting", "Tuesday 4th February 2098 at 10.00am, Kirkby Family Hub, Room 2"],
                         ["Lead practitioner", "Mr Daniel Ashcroft, Head of Year 10, All Saints Catholic High School"]]),
              "",
              ("h", "What are we worried about?"),
              "Leah\u2019s attendance was 81% in the autumn term and she is behind in maths. She misses her mum.", "",
              ("h", "What is working well?"),
              "Leah has lived with her best friend\u2019s family, Mr and Mrs Graham, since October. We were notified and "
              "assessed it as a private fostering arrangement: their DBS checks and references are clear, the "
              "arrangement was approved on 9 January and the regulation visits are up to date. Leah says she feels "
              "safe and happy there.", "",
              ("h", "What needs to happen?"),
              "School to lead a Level 2 TAF with attendance support and a fortnightly check-in with Leah; the Private "
              "Fostering social worker continues the statutory visits.", "",
              "History, for completeness: when Leah arrived in October she told school her stepdad had hit her. That was "
              "investigated under section 47 at the time; he left the family home, has had no contact with Leah since "
              "and the police took no further action. There is no current concern about him.", "",
              "Leah and her mum (by video call) have both agreed to the step down. My team manager, Sandra Pike, agreed "
              "it in supervision on 22 January.", "",
              "Ruth Okonedo", "Social Worker, Children in Need Team", "Knowsley Council"]
    top = outlook_top(f, addr("Ruth Okonedo", "ruth.okonedo@knowsley.gov.uk"), to_box(f, "early_help_duty"),
                      "Level 2 step down - Leah Sutcliffe - ICS-2210945 - final CIN 04/02", when)
    add(f, word_mail(f, top, blocks), "early_help_duty", when, 5, "near_miss", "step_down", False, 2, ["ICS-2210945"],
        [("Leah Sutcliffe", "2082-07-21")], ["school_attendance"], True, True, [], True, "book_meeting",
        "NEAR MISS - A PRIVATE FOSTERING ARRANGEMENT ALREADY NOTIFIED, ASSESSED AND APPROVED, and a historic allegation "
        "against a stepdad investigated in October with 'no current concern' -> not urgent, no physical_harm. Complete "
        "Knowsley LEVEL 2 step-down (REQUIREMENTS knowsley step_down L2: meeting_details, worries_strengths_next, "
        "lead_practitioner) in a Word table + three Signs of Safety headings. Notice Fri 24 Jan -> Tue 4 Feb = 7 WD -> ok.",
        meeting=date(2098, 2, 4))

def knowsley_05():
    f = "knowsley_05.eml"; when = "2098-03-04 17:41:12"
    body = T("""
Hiya is anyone still on? Im at Nan's on Bewley Drive. Pauline (nan - has had Tommy since mum went to Tenerife in Jan) collapsed in the kitchen about 4, paramedics have taken her to Whiston, they think a stroke.

Tommy is 2. Next door (Mrs Ince) has got him but she's on nights and has to leave at half 6 and cant take him. Mums phone is off, whatsapp one tick since Sunday. No other family we know of. The house is freezing, nothing in the fridge but milk and Tommy's been in the same nappy all day by the look of him.

Ive got nobody to hand him to tonight. Ring me 07700 900418

Shannon
EHM-88731

Sent from my iPhone
""")
    top = plain_top(f, addr("Shannon Gaskell", "shannon.gaskell@knowsley.gov.uk"), to_box(f, "early_help_duty"),
                    "Tommy Ditchfield", when, "knowsley.gov.uk", "iPhone Mail (22B91)")
    add(f, mail(f, top, body, crlf=False, cte="7bit", charset="us-ascii"), "early_help_duty", when, 2, "urgent",
        "other", True, None, ["EHM-88731"], [("Tommy Ditchfield", None)], ["neglect"], None, None, [], None,
        "alert_duty",
        "A GRANDPARENT COLLAPSED AND A TODDLER WITH NOBODY TONIGHT, from a phone at 17:41: the informal carer (nan) taken "
        "to hospital, the neighbour minding the 2-year-old must leave at 6.30, mum abroad and unreachable, a cold "
        "house with no food and an unchanged nappy (neglect). No alarm word. DESIGN safety rule 1 -> urgent -> alert_duty "
        "(out of hours). Not a step request -> other; missing [].")

def knowsley_06():
    f = "knowsley_06.eml"; when = "2098-02-10 08:15:00"
    h = T("""
<html><head><meta charset="utf-8"><title>KSCP Bulletin</title></head>
<body style="font-family:Arial,sans-serif;max-width:640px">
<table width="100%" style="background:#00558c;color:#fff"><tr><td><h1>KSCP Bulletin &ndash; February 2098</h1>
<p>Private fostering: know the signs</p></td></tr></table>
<h2>What is private fostering?</h2>
<p>A child under 16 (under 18 if disabled) who is cared for, for 28 days or more, by someone who is not a parent,
a person with parental responsibility or a close relative (grandparent, brother, sister, uncle, aunt or
step-parent) is privately fostered. Parents and carers must tell the council. Most arrangements are loving and
safe; many are never notified.</p>
<h2>Examples you might come across</h2>
<p><em>These examples are invented for training. They are not real children.</em></p>
<ul>
<li>A ten-year-old left for the summer with a neighbour whose partner has started drinking and shouting.</li>
<li>A teenager sent from overseas &ldquo;to study&rdquo; who is doing all the housework for a &ldquo;cousin&rdquo;.</li>
<li>A carer who says she will &ldquo;put the child out tonight&rdquo; because the money has stopped.</li>
</ul>
<h2>What to do</h2>
<p>If you think a child may be privately fostered, tell Family First or the Private Fostering team. If a child is
in danger, call 999.</p>
<p style="font-size:11px;color:#666">You are receiving this because you subscribed to KSCP updates.
Unsubscribe: kscp-bulletin-leave@ksc-partnership.org.uk</p>
</body></html>
""")
    top = plain_top(f, addr("Knowsley Safeguarding Children Partnership", "news@ksc-partnership.org.uk"),
                    to_box(f, "early_help_duty"), "KSCP Bulletin - Private Fostering: know the signs (February 2098)",
                    when, "ksc-partnership.org.uk", None,
                    extra=[("List-Id", "KSCP bulletin <bulletin.ksc-partnership.org.uk>"),
                           ("List-Unsubscribe", "<mailto:kscp-bulletin-leave@ksc-partnership.org.uk>")])
    add(f, build(top, text_part(h, "html", crlf=True), True), "early_help_duty", when, 9, "near_miss", "other", False,
        None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A PARTNERSHIP NEWSLETTER about private fostering whose examples (a drinking partner, a 'cousin', "
        "'put the child out tonight', 'in danger, call 999') are marked invented. DESIGN safety rule 1: bulletins that "
        "list examples must not trigger it. List-Id but no Auto-Submitted -> other -> human_review.")

def knowsley_07():
    f = "knowsley_07.eml"; when = "2098-04-15 09:12:44"
    data = itip_reply_cc(f, when, "Gillian Foy", "g.foy@stmarys.knowsley.sch.uk",
                         ("Bethany Rimmer", "bethany.rimmer@knowsley.gov.uk"), to_box(f, "mash_step_up"), "DECLINED",
                         "Step-up TAF - EHM-90412", "20980423T100000", "20980423T113000", "Microsoft Teams Meeting",
                         comment="Sorry, the 23rd is our staff training day. The class teacher will email a school "
                                 "report to MASH business support by Tuesday.")
    add(f, data, "mash_step_up", when, 3, "ordinary", "meeting_reply", False, None, ["EHM-90412"], [], [], None,
        None, [], None, "record_reply",
        "Outlook iTIP REPLY PARTSTAT=DECLINED (to the organiser, MASH copied) for knowsley_01's step-up TAF (Wed 23 Apr); "
        "SUMMARY carries EHM-90412; an ordinary comment. DESIGN: meeting_reply -> record_reply; missing [].")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2098-03-28 11:03:52"
    body = T("""
Hi Family First,

Step down to Level 3 for Harvey Lunt (11/02/2090) and Ruby Lunt (30/10/2092), ICS-2207781.

The children have lived with their maternal grandmother, Mrs Carol Lunt, since mum's relapse in October. Mum
(Kelly) is now ten weeks clean, testing negative and visiting every day. Joint home visit with a Family First
case manager: Thursday 3rd April at 2pm at Nan's, 16 Pinfold Road, Halewood.

What are we worried about?
Mum's heroin use and the chance of relapse; Nan is 71 and finds two young children tiring.

What is working well?
Nan's home is warm and organised; both children are at school every day; mum is engaging with Change Grow Live.

What needs to happen?
A Family First case manager to support a plan for the children to go home to mum gradually, respite for Nan,
and school to keep a close eye.

Consent: Nan is happy to have Family First. Kelly, who holds PR, has said no - "I don't want anyone else poking
around my mum's house". I explained it is voluntary. As it stands she has declined.

Gareth Nolan
Social Worker, Children in Need Team
Knowsley Council
""")
    top = outlook_top(f, addr("Gareth Nolan", "gareth.nolan@knowsley.gov.uk"), to_box(f, "early_help_duty"),
                      "Step down L3 - Harvey and Ruby Lunt - joint home visit Thurs 3rd April", when)
    add(f, mail(f, top, body), "early_help_duty", when, 7, "ordinary", "step_down", False, 3, ["ICS-2207781"],
        [("Harvey Lunt", "2090-02-11"), ("Ruby Lunt", "2092-10-30")], ["substance_misuse"], False, None,
        ["consent"], False, "request_info",
        "Knowsley LEVEL 3 step-down (REQUIREMENTS: meeting_details, worries_strengths_next, consent): all three headings "
        "and the joint home visit given; CONSENT REFUSED by mum who holds PR ('As it stands she has declined') -> false -> "
        "'consent' missing. Notice Fri 28 Mar (GMT) -> Thu 3 Apr (BST) = 31, 1, 2, 3 = 4 WD < 5 -> not ok -> request_info.",
        meeting=date(2098, 4, 3))

# ------------------------------------------------------------------------------------------------ RICHMOND & WANDSWORTH
RW_SIG = "\n%s\n%s\nAchieving for Children / Richmond and Wandsworth Councils\n"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2098-01-22 15:20:18"
    body = T("""
Dear MASH,

As Early Help Team Manager I agree this case should step up to Children's Services. Attached are the latest
case summary and the rationale.

Kwame Asante, DOB 19/11/2083, Mosaic ID 4410293.

Kwame came from Ghana in September to live with a man he calls his cousin, Mr Yaw Boateng, in Tooting. They are
not related and the arrangement has never been notified as private fostering. School noticed him falling asleep
in class; he told his Early Help worker that he serves in Mr Boateng's phone shop every evening until 11 and all
day at weekends, and that Mr Boateng keeps his passport "so it doesn't get lost". The rationale sets out the rest.

PS - added at 15:10. Kwame's Early Help worker, Femi Adewale, has just forwarded me this text from Kwame, sent at
14:52 from a friend's phone:
"femi he saw the letter from school. he says i am going back to ghana tonight, my bag is by the door and he has
my passport. he locked me in the back room of the shop. please dont call him"
Kwame was not in school this afternoon. Femi is driving to the shop on Mitcham Road now.

Delphine Achterberg
Early Help Team Manager (Wandsworth)
""")
    top = outlook_top(f, addr("Delphine Achterberg", "delphine.achterberg@richmondandwandsworth.gov.uk"),
                      to_box(f, "mash_step_up"), "Step Up - Kwame Asante - Mosaic 4410293", when)
    atts = [pdf_att("Case Summary - Kwame Asante.pdf", "Early Help case summary - Kwame Asante (Mosaic 4410293)",
                    ["Arrived from Ghana 09/2097. Lives with Mr Y Boateng (not a relative). Year 9.",
                     "Early Help since 11/2097: tiredness, attendance 88%, no GP registration."]),
            pdf_att("Rationale for step up - K Asante.pdf", "Rationale for step up to Children's Services",
                    ["Kwame works long hours in the carer's shop and his passport is held by the carer.",
                     "The arrangement is an unnotified private fostering arrangement with signs of exploitation.",
                     "Early Help cannot assess the carer or the arrangement; a statutory response is needed."])]
    add(f, mail(f, top, body, atts, html_alt=True), "mash_step_up", when, 4, "urgent", "step_up", True, None,
        ["4410293"], [("Kwame Asante", "2083-11-19")], ["exploitation"], None, True, [], None, "alert_duty",
        "A CHILD SENT FROM ABROAD TO A 'COUSIN', NOW WORKING AND HELD: an otherwise complete R&W step-up (case summary + "
        "rationale, TM sending) whose PS quotes the 14-year-old's text 40 minutes ago: locked in the shop's back room, "
        "passport held, to be sent to Ghana tonight. No alarm word. DESIGN safety rule 1 -> urgent -> alert_duty. "
        "'Mosaic ID 4410293' -> '4410293'.")

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2098-02-06 10:40:27"
    body = T("""
Hi Jasper,

Further to our call this morning, confirming the step-down case discussion for Amara Bello (DOB 02/06/2086),
Mosaic 4402218, on Tuesday 11th February at 2pm on Teams. Attached are the latest case summary and the draft
Early Help plan.

Amara has lived with her mother's close friend, Mrs Grace Okafor, since her mother was sentenced in November.
We were notified and the private fostering assessment is complete: Mrs Okafor's home, DBS and references were
all satisfactory and the arrangement was approved on 28 January. Amara is settled, attending well and says
"Auntie Grace is strict but kind".

The assessment did consider Mrs Okafor's ex-husband, who has a 2087 conviction for assault. He has lived in
Glasgow since 2089, has no contact with the household and Amara has never met him. There is no current concern.

Mum consented to Early Help at the prison visit on 3 February, Mrs Okafor agrees, and Amara is happy with it.
Proposed lead professional: Tara Quinn, Early Help practitioner.

Ifeoma Nwachukwu
Social Worker, Assessment Team
""")
    top = outlook_top(f, addr("Ifeoma Nwachukwu", "ifeoma.nwachukwu@richmondandwandsworth.gov.uk"),
                      to_box(f, "early_help_duty"), "Step down confirmation - Amara Bello - case discussion Tues 11 Feb",
                      when)
    atts = [docx_att("Case Summary - A Bello.docx", ["# Case summary - Amara Bello (Mosaic 4402218)",
                                                     "Private fostering arrangement with Mrs G Okafor approved 28/01/2098.",
                                                     "No safeguarding concerns; school attendance 97%."]),
            docx_att("Draft Early Help Plan - A Bello.docx", ["# Draft Early Help plan - Amara Bello",
                                                              "1. Support prison contact with mum (monthly).",
                                                              "2. Homework club; 3. Carer support group for Mrs Okafor."])]
    add(f, mail(f, top, body, atts, html_alt=True), "early_help_duty", when, 5, "near_miss", "step_down", False, None,
        ["4402218"], [("Amara Bello", "2086-06-02")], [], True, None, [], None, "book_meeting",
        "NEAR MISS - A PRIVATE FOSTERING NOTIFICATION ALREADY ASSESSED AND APPROVED; a carer's ex-husband with a 2087 "
        "assault conviction considered, in Glasgow since 2089, no contact, 'no current concern' -> not urgent, no "
        "domestic_abuse/physical_harm. Complete R&W step-down (case_summary, draft_plan, consent: 'Mum consented') -> "
        "book_meeting; the case discussion time is the social worker's (5 days of the contact).")

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2098-03-03 12:15:09"
    body = T("""
Hi Early Help duty,

I spoke to your duty manager this morning and we agreed a step-down case discussion for Friday 7th March at 11am.

Children: Tobi Fashola (DOB 14/01/2083), Kemi Fashola (DOB 09/08/2089) and Dayo Fashola (DOB 22/03/2093),
Mosaic 4398861.

Draft Early Help plan attached. The case summary is waiting for my TM's sign-off and will follow.

Background: dad works in Dubai for six-week stretches, and for two years Tobi, who is 15, has looked after his
sisters for days at a time with a neighbour "looking in". Dad has now arranged for his sister to move in
whenever he is away, and the assessment found the children well cared for. Tobi is still doing too much at
home, so young carer support is part of the plan.

Consent: dad is back from Dubai on Sunday and I'll ask him then whether he's happy for Early Help to continue the
plan. The children are keen.

Marcus Ellery
Social Worker, Family Support and Protection
""")
    top = outlook_top(f, addr("Marcus Ellery", "marcus.ellery@richmondandwandsworth.gov.uk"),
                      to_box(f, "early_help_duty"), "Step down - Fashola children - Mosaic 4398861", when)
    atts = [docx_att("Draft EH plan - Fashola.docx", ["# Draft Early Help plan - Fashola children",
                                                      "Young carer assessment for Tobi; after-school club for Kemi;",
                                                      "aunt's contact details for school; review in 4 weeks."])]
    add(f, mail(f, top, body, atts), "early_help_duty", when, 8, "ordinary", "step_down", False, None, ["4398861"],
        [("Tobi Fashola", "2083-01-14"), ("Kemi Fashola", "2089-08-09"), ("Dayo Fashola", "2093-03-22")],
        ["young_carer"], None, None, ["case_summary", "consent"], None, "request_info",
        "R&W step-down (REQUIREMENTS: case_summary, draft_plan, consent): plan attached, case summary 'will follow' -> "
        "missing; CONSENT STILL TO BE ASKED ('I'll ask him then') -> null -> missing. A teenager who minded his sisters "
        "for days, now resolved by an aunt moving in -> young_carer, not urgent -> request_info.")

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2098-02-07 19:52:33"
    body = T("""
To whoever reads this,

I have had Mia Carvalho (she is 10) living with me since November as a favour to her mum Juliana who went back to
Brazil to sort out her mum's house. It was meant to be three weeks. I have never been paid a penny and I've got
my own health to think about.

Mia has been going out after school and not coming back until gone midnight. Last Saturday the police brought her
back at 2am from Clapham Junction. Tonight she swore at me and kicked my door.

I've had enough. I have packed her things into two bags. If nobody comes for her by 9 o'clock tonight I am putting
her in a taxi to her mum's old flat on Battersea Park Road. There's nobody living there now and I don't have a key
but that's not my problem any more. Juliana's WhatsApp hasn't been read since Tuesday.

I'm not a bad person but I can't do this.

Sandra Kettley
07700 900562
""")
    top = plain_top(f, addr("Sandra Kettley", "sandra.kettley62@yahoo.co.uk"), to_box(f, "mash_step_up"),
                    "Mia Carvalho - I cant keep her anymore", when, "mail.yahoo.com", "YahooMailAndroidMobile/6.92")
    add(f, mail(f, top, body, crlf=False), "mash_step_up", when, 3, "urgent", "other", True, None, [],
        [("Mia Carvalho", None)], ["missing"], None, None, [], None, "alert_duty",
        "A PRIVATE CARER WHO WILL PUT THE CHILD OUT TONIGHT (19:52, a Friday): a 10-year-old to be sent by taxi at 9pm to "
        "an empty flat with no key, mum in Brazil unreachable; recent missing episodes (police returned her at 2am). No "
        "alarm word. DESIGN safety rule 1 -> urgent -> alert_duty (out of hours). A carer's own mail -> other.")

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2098-02-18 09:30:00"
    blocks = [("h", "Practice note 14: private fostering \u2013 the law in one page"), "",
              "For all Early Help and social work staff. Please read before Thursday\u2019s team meeting.", "",
              ("table", [["Rule", "Where it comes from"],
                         ["A child under 16 (under 18 if disabled) cared for 28 days or more by someone who is not a "
                          "parent, a person with parental responsibility or a close relative is privately fostered.",
                          "Children Act 1989, s66"],
                         ["Parents and carers must notify the council at least 6 weeks before, or within 48 hours if "
                          "the arrangement has already started.",
                          "Children (Private Arrangements for Fostering) Regulations 2005"],
                         ["The council visits within 7 working days of notification, then every 6 weeks in the first "
                          "year and every 12 weeks after.", "2005 Regulations, regs 7-8"]]),
              "",
              ("h", "Scenarios for discussion (invented)"),
              "Child A, 9, has stayed at a friend\u2019s house for five weeks. Tonight the friend\u2019s father is "
              "drunk and shouting. What do you do, and who do you call?", "",
              "Child B, 14, arrived from abroad to live with a \u201ccousin\u201d and is doing all the cooking and "
              "cleaning. Is this private fostering, trafficking, or both?", "",
              "These are teaching scenarios. They do not describe any child known to us.", "",
              "Workforce Development Team"]
    top = outlook_top(f, addr("Workforce Development", "workforce.development@richmondandwandsworth.gov.uk"),
                      to_box(f, "early_help_duty"), "Practice note 14: private fostering - the law in one page", when)
    add(f, word_mail(f, top, blocks), "early_help_duty", when, 2, "near_miss", "other", False, None, [], [], [],
        None, None, [], None, "human_review",
        "NEAR MISS - A TRAINING NOTE ON PRIVATE FOSTERING LAW (s66, the 2005 Regulations) with invented scenarios "
        "('tonight the friend's father is drunk') marked as not describing any real child. DESIGN safety rule 1 -> not "
        "urgent. No request -> other -> human_review.")

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2098-03-05 09:05:51"
    body = T("""
Hi - answers below.

Marcus

""") + ack_quote("[SB-richmond_wandsworth-5120]", "Step down - Fashola children - Mosaic 4398861",
                 "Mon 3 Mar 2098 at 12:24",
                 ["We have your step-down request and will hold the case discussion you agreed.",
                  "What is missing:",
                  "- the latest case summary"]) + T("""

Case summary attached - signed off by Rosa yesterday.

>- confirmation that the family consents to Early Help continuing the plan

Dad rang me last night from Heathrow. He consents to Early Help continuing the plan, and his sister is happy to be
part of it.
""")
    top = plain_top(f, addr("Marcus Ellery", "marcus.ellery@richmondandwandsworth.gov.uk"), to_box(f, "early_help_duty"),
                    "RE: [SB-richmond_wandsworth-5120] Step down - Fashola children - Mosaic 4398861", when,
                    "richmondandwandsworth.gov.uk", None,
                    extra=[("In-Reply-To", "<sb-richmond_wandsworth-5120@stepbot.invalid>"),
                           ("References", "<sb-richmond_wandsworth-5120@stepbot.invalid>")])
    atts = [docx_att("Case Summary - Fashola - signed.docx",
                     ["# Case summary - Fashola children (Mosaic 4398861)",
                      "Tobi Fashola, DOB 14/01/2083; Kemi Fashola, DOB 09/08/2089; Dayo Fashola, DOB 22/03/2093.",
                      "Tobi has been a young carer for his sisters during father's work trips; aunt now moves in.",
                      "Signed off: R. Delaney, Team Manager, 04/03/2098."])]
    add(f, mail(f, top, body, atts, crlf=False), "early_help_duty", when, 2, "ordinary", "follow_up", False, None,
        ["4398861"], [("Tobi Fashola", "2083-01-14"), ("Kemi Fashola", "2089-08-09"), ("Dayo Fashola", "2093-03-22")],
        ["young_carer"], True, None, [], None, "attach_to_request",
        "Inline reply to [SB-richmond_wandsworth-5120] (richmond_wandsworth_03's request) answering between '>' quoted "
        "lines: the signed case summary .docx (children and young-carer role named there) and 'He consents' -> consent "
        "true. DESIGN: follow_up -> attach_to_request; missing [] for a follow_up.")

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2098-02-13 07:02:10"
    data = ooo(f, when, "Tara Quinn", "tara.quinn@richmondandwandsworth.gov.uk", to_box(f, "early_help_duty"),
               "[SB-richmond_wandsworth-5093] Step-down case discussion booked",
               T("""
Thank you for your email. I am on annual leave until Monday 17 February with no access to email.
For Early Help duty please email EarlyHelpDuty@richmondandwandsworth.gov.uk.
If you are worried that a child is in danger, call 999.
Tara
"""))
    add(f, data, "early_help_duty", when, 1, "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None,
        "ignore",
        "Outlook out-of-office (Auto-Submitted: auto-replied) to a stepbot booking; its 'in danger, call 999' is "
        "boilerplate. DESIGN safety rule 2 -> auto_reply -> ignore; not urgent.")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2098-04-01 11:50:03"
    blocks = ["Dear MASH colleagues,", "",
              "I am the Early Help Team Manager and I agree that Lily and Noah should step up to Children\u2019s "
              "Services. The latest case summary is attached; the rationale is below.", "",
              ("h", "Children"),
              "Lily Barclay, DOB 17/05/2091, Mosaic 4417730", "Noah Barclay, DOB 02/12/2094, Mosaic 4417731", "",
              ("h", "Rationale for step up"),
              "Lily (6) and Noah (3) have lived with their paternal grandmother, Mrs Maureen Barclay, since their "
              "mother left in 2096. There is no order; dad lives in Spain. Mrs Barclay (79) was diagnosed with early "
              "dementia in January. Lily arrives at school unwashed, Noah\u2019s nursery report he has lost weight and "
              "his two-year review was missed twice, and on 24 March Mrs Barclay forgot to collect Noah until 6pm. She "
              "says herself, \u2018I can\u2019t do this any more, love.\u2019", "",
              "The Early Help plan cannot give the children a carer who can manage; they need a Child and Family "
              "Assessment and a decision about who will care for them. Their aunt, Mrs Jenna Ross, moved in on Sunday "
              "for two weeks, so the children are looked after in the meantime.", "",
              "Dad consented to this referral by WhatsApp on Friday and Mrs Barclay agrees with it.", "",
              "Delphine Achterberg", "Early Help Team Manager (Wandsworth)"]
    top = outlook_top(f, addr("Delphine Achterberg", "delphine.achterberg@richmondandwandsworth.gov.uk"),
                      to_box(f, "mash_step_up"), "MASH step up - Lily and Noah Barclay (Mosaic 4417730 / 4417731)", when)
    atts = [pdf_att("Latest case summary - Barclay.pdf", "Early Help case summary - Barclay children",
                    ["Lily Barclay (Mosaic 4417730), Noah Barclay (Mosaic 4417731).",
                     "Kinship care by paternal grandmother since 2096; dementia diagnosis 01/2098."])]
    add(f, word_mail(f, top, blocks, atts), "mash_step_up", when, 5, "ordinary", "step_up", False, None,
        ["4417730", "4417731"], [("Lily Barclay", "2091-05-17"), ("Noah Barclay", "2094-12-02")], ["neglect"], True,
        True, [], None, "book_meeting",
        "Complete R&W step-up from the EH Team Manager (REQUIREMENTS: case_summary attached, rationale under its own "
        "heading): A GRANDPARENT WHO CAN NO LONGER COPE (dementia, a missed collection, weight loss) -> neglect; an aunt "
        "has moved in so the children are cared for now -> not urgent. Dad 'consented' -> true -> book_meeting.")

# ------------------------------------------------------------------------------------------------ TOWER HAMLETS
def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2098-02-11 21:15:42"
    body = T("""
Salam. Sorry my english is not good.

My niece Sumaiya Begum, she is 8 year, is staying with my husband cousin Mr Abdul Karim in Shadwell (flat 22
Martineau House) since 3 week because her mother is in Sylhet, the mother is in hospital there.

Tonight at 8.40 Sumaiya call me from the bathroom, she is whispering and crying. She say Abdul bhai is drinking
the bottle and he hit her on her face two times because she not finish washing the dishes, and now he is kicking
the bathroom door and shouting he will break it. I hear the banging on the phone. Then the phone go off.

I call her mother many times, no answer. I am in Birmingham with my baby, I cannot come tonight. I don't know
the police number for London. Please send somebody to see her.

Rokeya Khatun (auntie)
07700 900317
""")
    top = plain_top(f, addr("Rokeya Khatun", "rokeya.khatun88@gmail.com"), to_box(f, "mash_step_up"),
                    "please help my niece Sumaiya", when, "mail.gmail.com", None)
    add(f, mail(f, top, body, crlf=False), "mash_step_up", when, 4, "urgent", "other", True, None, [],
        [("Sumaiya Begum", None)], ["physical_harm", "substance_misuse"], None, None, [], None, "alert_duty",
        "A RELATIVE WRITING IN A SECOND LANGUAGE at 21:15: an 8-year-old left with a family friend while mum is in "
        "hospital abroad; he is drunk, has hit her twice and is kicking the bathroom door she is hiding behind; the call "
        "cut off. No alarm word. DESIGN safety rule 1 -> urgent -> alert_duty (out of hours). Not a request -> other.")

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2098-01-13 10:05:37"
    body = T("""
Hi MAST,

Please find attached the Multi-Agency Request for Support form for Demi Osei, DOB 08/04/2084, Mosaic 5120044.

Demi is 13. Since September she has lived Monday to Friday with her football coach, Mr Ryan Mullen, and his wife
in Poplar so she can train with the academy; mum lives in Harlow. Nobody has notified this as private fostering.
School report her attendance has fallen to 72% and she is exhausted - she says she trains twice a day. Mum says
the arrangement suits everyone. We'd like MAST to consider a private fostering assessment and a Child and Family
Assessment.

Mum consented to this request on the phone on Friday.

My manager, Aisha Malik, is on leave until Wednesday - I'll get her agreement when she's back and reply to this
thread.

Joe Whitlock
Early Help Practitioner, Tower Hamlets Early Help
""")
    top = outlook_top(f, addr("Joe Whitlock", "joe.whitlock@towerhamlets.gov.uk"), to_box(f, "mash_step_up"),
                      "Request for support - Demi Osei (Mosaic 5120044)", when)
    atts = [docx_att("Multi-Agency Request for Support form - D Osei.docx",
                     ["# Multi-Agency Request for Support form", "Child: Demi Osei  DOB: 08/04/2084",
                      "Mosaic: 5120044", "Reason: unnotified private fostering with sports coach; attendance 72%.",
                      "Parental consent: yes (mother, by phone, 10/01/2098)", "Manager: to follow"])]
    add(f, mail(f, top, body, atts, html_alt=True), "mash_step_up", when, 6, "ordinary", "step_up", False, None,
        ["5120044"], [("Demi Osei", "2084-04-08")], ["school_attendance"], True, None, ["manager_agreed"], None,
        "request_info",
        "Tower Hamlets MAST step-up (REQUIREMENTS: request_for_support, manager_agreed): the Request for Support form "
        "attached; MANAGER AGREEMENT PENDING ('I'll get her agreement when she's back') -> null -> missing; mum "
        "'consented' -> true. A coach the child lodges with (unnotified private fostering) -> request_info.")

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2098-03-26 14:30:15"
    blocks = ["Hi Early Help Hub,", "",
              "Step-down to a TAF for {{Yusuf Haque}} (DOB 14/06/2090) and {{Maryam Haque}} (DOB 09/01/2093), "
              "Mosaic 5108872. The Child and Family Assessment concluded on 20 March; it is attached with the draft "
              "TAF plan.", "",
              "I will chair the TAF on Wednesday 2 April at 10am at Chrisp Street Family Hub. Mum has consented to "
              "the step down.", "",
              "Lead Practitioner: Rehana Akhtar, Family Support Worker, Chrisp Street Family Hub.", "",
              "Background: the referral in January came from a neighbour who said the children were being left for "
              "days with a 12-year-old cousin while mum was in Bangladesh. This was looked into the same day: mum was "
              "at home recovering from surgery, the cousin was visiting with his parents, and there was no evidence "
              "the children had ever been left. The assessment found no safeguarding concerns. Mum needs practical "
              "help while she recovers, and Maryam has speech and language needs (an EHC needs assessment is being "
              "considered).", "",
              "Hannah Ferreira", "Social Worker, Children and Families Assessment Team"]
    top = outlook_top(f, addr("Hannah Ferreira", "hannah.ferreira@towerhamlets.gov.uk"), to_box(f, "early_help_duty"),
                      "Step down to TAF - Yusuf and Maryam Haque - Mosaic 5108872", when)
    atts = [pdf_att("Child and Family Assessment - Haque.pdf", "Child and Family Assessment - Haque children",
                    ["Completed 20/03/2098. Outcome: step down to Early Help (TAF).",
                     "Neighbour's report (01/2098) not substantiated. Speech and language needs (Maryam)."]),
            docx_att("Draft TAF plan - Haque.docx", ["# Draft TAF plan - Haque", "1. Practical help for mum after "
                                                     "surgery; 2. SALT referral for Maryam; 3. Review in 6 weeks."])]
    add(f, word_mail(f, top, blocks, atts), "early_help_duty", when, 3, "near_miss", "step_down", False, None,
        ["5108872"], [("Yusuf Haque", "2090-06-14"), ("Maryam Haque", "2093-01-09")], ["disability_send"], True, None,
        [], None, "book_meeting",
        "NEAR MISS - A HISTORIC WORRY ALREADY DEALT WITH: a neighbour's report of children left with a 12-year-old, "
        "checked the same day and unfounded -> not urgent, no neglect. Complete Tower Hamlets step-down (assessment "
        ".pdf, draft TAF plan .docx, 'Mum has consented', lead practitioner named with agency) -> book_meeting.")

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2098-04-03 12:58:20"
    fwd = T("""
From: Samira Uddin <s.uddin@stepneygreen.towerhamlets.sch.uk>
Sent: 03 April 2098 12:41
To: Lorraine Pike <lorraine.pike@towerhamlets.gov.uk>
Subject: in-year application - Blessing - Stepney Green

Lorraine,

This morning a woman who gave her name as Mrs Bisi Adebayo came in with a girl to complete an in-year
application. She says she is the girl's aunt and that the girl arrived from Lagos two weeks ago. On the form the
girl is Blessing Okon, DOB 15/08/2083.

While Mrs Adebayo was on the phone in reception the girl asked for the toilet and I showed her the way. She told
me the woman is not her family. She said: "I do the cleaning and the babies from 5 in the morning. She has my
passport. Tonight she is taking me to another house in Ilford, a man there paid her for me to work for him."
She begged me not to say anything.

They left at 12.30 in a black cab. The address on the form is 41 Ben Jonson Road, E1. I have the form and a copy
of the woman's driving licence.

Samira Uddin
Admissions Officer, Stepney Green School
""")
    body = "Forwarding from the admissions officer at Stepney Green - not sure if this is yours or MAST's, please pass it on.\n\nLorraine Pike\nSchool Admissions (In-Year), Tower Hamlets\n\n________________________________\n" + fwd
    top = outlook_top(f, addr("Lorraine Pike", "lorraine.pike@towerhamlets.gov.uk"), to_box(f, "early_help_duty"),
                      "FW: in-year application - Blessing - Stepney Green", when)
    add(f, mail(f, top, body, html_alt=True), "early_help_duty", when, 5, "urgent", "other", True, None, [],
        [("Blessing Okon", "2083-08-15")], ["exploitation"], None, None, [], None, "alert_duty",
        "SCHOOL ADMISSIONS, A FORWARDED CHAIN: a 14-year-old brought from Lagos by a woman who is not family, working "
        "from 5am, passport held, to be taken 'tonight' to a man in Ilford who 'paid her for me'. The risk is only in "
        "the forwarded part. No alarm word. DESIGN safety rule 1 -> urgent -> alert_duty. Not a request -> other.")

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2098-01-31 16:10:44"
    body = T("""
Hello,

Sorry if this is the wrong inbox. A grandmother, Mrs Shahana Ali, came in today to register her granddaughter,
aged 6, who is staying with her for four months while the mum is in Pakistan looking after her own father.
Dr Rahman saw the little girl today for a cough and has no concerns about her at all - she is clean, well fed,
happy and clearly well looked after. The grandmother has a letter from mum.

Our practice manager asked whether we need to notify anyone because it might be private fostering, and whether
we should be treating this as a safeguarding concern. We don't think anything is wrong - we just want to get the
process right.

Many thanks,
Kelly
Reception, Jubilee Street Practice
""")
    top = plain_top(f, addr("Reception - Jubilee Street Practice", "reception.jubileest@nhs.net"),
                    to_box(f, "early_help_duty"),
                    "Query - registering a child living with grandmother - is this private fostering?", when,
                    "nhs.net", None)
    add(f, mail(f, top, body, html_alt=True), "early_help_duty", when, 6, "near_miss", "other", False, None, [], [],
        [], None, None, [], None, "human_review",
        "NEAR MISS - A GP RECEPTIONIST'S PROCESS QUERY ('safeguarding concern?', 'private fostering?'): a grandmother is "
        "a close relative, so this is not private fostering; the GP has no concerns. No child named, no request -> "
        "other -> human_review; not urgent.")

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2098-03-27 08:55:02"
    data = itip_reply_cc(f, when, "Rehana Akhtar", "rehana.akhtar@chrispstreetfamilyhub.org.uk",
                         ("Hannah Ferreira", "hannah.ferreira@towerhamlets.gov.uk"), to_box(f, "early_help_duty"),
                         "ACCEPTED", "TAF - Haque - Mosaic 5108872", "20980402T100000", "20980402T113000",
                         "Chrisp Street Family Hub", google=True)
    add(f, data, "early_help_duty", when, 2, "ordinary", "meeting_reply", False, None, ["5108872"], [], [], None, None,
        [], None, "record_reply",
        "Google Calendar iTIP REPLY PARTSTAT=ACCEPTED from the Lead Practitioner for tower_hamlets_03's TAF (Wed 2 Apr, "
        "after the clocks change); SUMMARY 'Mosaic 5108872' -> the bare number. meeting_reply -> record_reply.")

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2098-02-24 15:45:29"
    body = T("""
Hi Early Help Hub,

Step-down for Ellis Turner, DOB 30/09/2088, Mosaic 5099120, following the Child and Family Assessment completed
on 19 February.

The assessment was about mum's lodger, Mr Dave Kerr, looking after Ellis overnight while mum worked nights;
Mr Kerr had never been checked and Ellis was often alone until midnight. Mr Kerr moved out at the end of January,
mum has changed to day shifts, and Ellis now goes to his grandad's after school.

Draft TAF plan attached. I'll send the assessment once it has been authorised on Mosaic.

Mum has consented to Early Help. We haven't identified a lead practitioner yet - I'll raise it at the TAF on
Thursday 6 March at 4pm at Bygrove Primary.

Callum Rhodes
Social Worker, Children and Families Assessment Team
""")
    top = outlook_top(f, addr("Callum Rhodes", "callum.rhodes@towerhamlets.gov.uk"), to_box(f, "early_help_duty"),
                      "Step down - Ellis Turner - Mosaic 5099120", when)
    atts = [docx_att("TAF plan draft - Ellis Turner.docx", ["# Draft TAF plan - Ellis Turner",
                                                            "After-school care with grandfather; homework club; "
                                                            "mum to attend parenting group."])]
    add(f, mail(f, top, body, atts), "early_help_duty", when, 7, "ordinary", "step_down", False, None, ["5099120"],
        [("Ellis Turner", "2088-09-30")], ["neglect"], True, None, ["assessment", "lead_practitioner"], None,
        "request_info",
        "Tower Hamlets step-down (REQUIREMENTS: assessment, draft_plan, consent, lead_practitioner): the plan attached, "
        "the assessment 'I'll send ... once authorised' -> missing, 'haven't identified a lead practitioner' -> missing; "
        "'Mum has consented' -> true. A lodger minding a child, now moved out -> neglect (past), not urgent.")

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2098-03-14 16:22:08"
    body = T("""
hi its nadia chowdhury, miss begum gave me this email before when she came to our house. can someone tell her

mum went to bangladesh last saturday for my nanis funeral, she said she'd be back wednesday but she never came and her phone is off since tuesday. its just me and rayan and inaya. im 15, rayan is 4 and inaya is 18 months.

the electric went last night cause theres no money on the key and i spent the last \u00a35 on nappies. inaya has a really high temperature and shes been sick like 6 times today and shes all floppy and wont drink anything. i dont know what to do, i cant leave them to go to the shop

please can miss begum ring me 07700 900655

nadia
""")
    top = plain_top(f, addr(None, "nadia.c2082@gmail.com"), to_box(f, "early_help_duty"),
                    "can u tell miss begum", when, "mail.gmail.com", None)
    add(f, mail(f, top, body, crlf=False), "early_help_duty", when, 3, "urgent", "other", True, None, [],
        [("Nadia Chowdhury", None), ("Rayan", None), ("Inaya", None)], ["neglect", "young_carer"], None, None, [], None,
        "alert_duty",
        "A CHILD'S OWN EMAIL - A TEENAGER MINDING YOUNGER SIBLINGS FOR DAYS: a 15-year-old alone since Saturday with a "
        "4-year-old and an 18-month-old who is feverish, vomiting, 'floppy' and not drinking; no electricity, no money, "
        "mum abroad and unreachable. No alarm word. DESIGN safety rule 1 -> urgent -> alert_duty. The siblings are named "
        "by first name only -> 'Rayan', 'Inaya'.")

# ------------------------------------------------------------------------------------------------ TORBAY
def torbay_01():
    f = "torbay_01.eml"; when = "2098-01-14 10:30:11"
    body = T("""
Hi Early Help,

Please could I have a triage slot for Maisie Tregear, DOB 18/07/2094, LCS-4410021, stepping down to level 3 Early
Help.

Maisie (3) lived with a family friend, Mrs Angie Coombe, from August to December while mum was in residential
rehab. We assessed it as private fostering and it worked well. Maisie went home to mum on 20 December. Mum has
completed detox and is in the community recovery programme, with negative tests since October.

The Single Assessment is attached. My team manager, Dan Pollard, has recorded his analysis on it confirming the
threshold for level 3 intervention is met. Mum has given consent for level 3 Early Help, and Mrs Coombe will stay
involved as a support.

Lowenna Trewin
Social Worker, Single Assessment Team, Torbay Council
""")
    top = outlook_top(f, addr("Lowenna Trewin", "lowenna.trewin@torbay.gov.uk"), to_box(f, "early_help_duty"),
                      "Triage slot please - Maisie Tregear LCS-4410021", when)
    atts = [pdf_att("Single Assessment - M Tregear.pdf", "Single Assessment - Maisie Tregear (LCS-4410021)",
                    ["Social worker's analysis: needs now met at level 3; mother in recovery; good support network.",
                     "Team Manager's analysis (D Pollard, 13/01/2098): threshold met for level 3 intervention; agree "
                     "step down to Early Help."])]
    add(f, mail(f, top, body, atts, html_alt=True), "early_help_duty", when, 4, "ordinary", "step_down", False, 3,
        ["LCS-4410021"], [("Maisie Tregear", "2094-07-18")], ["substance_misuse"], True, True, [], None,
        "book_meeting",
        "Complete Torbay step-down (REQUIREMENTS: assessment, manager_agreed, consent): Single Assessment .pdf with the TM's "
        "analysis 'confirming the threshold for level 3' -> manager true; 'Mum has given consent' -> true; level 3 written. "
        "Maisie is 3 -> the fortnightly under-5s triage. A private fostering arrangement that ended well -> book_meeting.")

def torbay_02():
    f = "torbay_02.eml"; when = "2098-01-23 15:34:50"
    blocks = ["Hello MASH,", "",
              "I am the Early Help practitioner for Kayla Rowe (DOB 02/04/2089) and Jaxon Rowe (DOB 15/09/2092), "
              "EHM-77120. My ATM, Silas Penrose (copied), and I agree this needs considering for a level 4 statutory "
              "response today.", "",
              "At my home visit this afternoon mum, Stacey Rowe, told me she is going to Newcastle tomorrow (Friday) "
              "on the 16:05 train for a weekend away, and that her new friend Gary Pengelly is having the children from "
              "after school on Friday until Monday morning. She has known him about five weeks, from an online group.", "",
              "I recognised the name. Our police colleague in the Early Help hub has confirmed that Gary Pengelly, who "
              "lives in Brixham, is a registered sex offender, convicted in 2091 of sexual offences against a "
              "9-year-old girl. Mum says \u2018he\u2019s told me all about that, he\u2019s changed, the kids love him\u2019. "
              "He has already been at the house twice this week while mum was at work, and Kayla (8) told me "
              "\u2018Gary lets us stay up and he does our baths\u2019.", "",
              "I have not sought mum\u2019s consent for this contact because I think she would bring the plan forward.", "",
              "Kerensa Bolt", "Early Help Practitioner, Torbay Council"]
    top = outlook_top(f, addr("Kerensa Bolt", "kerensa.bolt@torbay.gov.uk"), to_box(f, "mash_step_up"),
                      "Contact to MASH - Rowe children - EHM-77120", when,
                      cc=addr("Silas Penrose", "silas.penrose@torbay.gov.uk"))
    add(f, word_mail(f, top, blocks), "mash_step_up", when, 5, "urgent", "step_up", True, None, ["EHM-77120"],
        [("Kayla Rowe", "2089-04-02"), ("Jaxon Rowe", "2092-09-15")], ["sexual_harm"], None, True, ["consent"], None,
        "alert_duty",
        "A KNOWN SEX OFFENDER MINDING THE CHILDREN THIS WEEKEND (from tomorrow after school) and already bathing them this "
        "week; mum dismissive. Plain words, no alarm word. DESIGN safety rule 1 -> urgent -> alert_duty. Torbay step-up "
        "(REQUIREMENTS: consent, manager_agreed): ATM agrees -> true; consent 'not sought' -> null -> missing.")

def torbay_03():
    f = "torbay_03.eml"; when = "2098-02-12 11:05:36"
    body = T("""
Hi Early Help,

Please may I have a triage slot for Callum Hext, DOB 03/03/2087, LCS-4398220, stepping down to level 3.

Callum has lived with his grandmother, Mrs Jean Hext, under an informal family arrangement since his dad died in
2095; mum lives in Spain. The Single Assessment is attached with my team manager Rachel Soper's analysis
confirming the threshold for level 3 is met.

The assessment looked hard at whether Mrs Hext can keep going. She was honest with me: "Some nights I'm so tired
I feel like packing his bag and driving him to the station - but I'd never do it, he's my boy." She is 68 and in
good health, her daughter lives two streets away and Callum has a respite weekend every fortnight through the
Family Hub. Callum (10) is doing well at school and says he feels safe and loved. No safeguarding concerns were
found; what Mrs Hext needs is support, which is what the level 3 plan is for.

Mrs Hext has consented to level 3 Early Help, and so has mum by email.

Peter Yeo
Social Worker, Safeguarding and Supporting Families, Torbay Council
""")
    top = outlook_top(f, addr("Peter Yeo", "peter.yeo@torbay.gov.uk"), to_box(f, "early_help_duty"),
                      "Step down request - Callum Hext LCS-4398220 - triage", when)
    atts = [pdf_att("Single Assessment - C Hext.pdf", "Single Assessment - Callum Hext (LCS-4398220)",
                    ["Kinship care by paternal grandmother since 2095. Carer tired but coping; respite in place.",
                     "Team Manager's analysis (R Soper, 10/02/2098): threshold met for level 3 intervention."])]
    add(f, mail(f, top, body, atts), "early_help_duty", when, 6, "near_miss", "step_down", False, 3, ["LCS-4398220"],
        [("Callum Hext", "2087-03-03")], [], True, True, [], None, "book_meeting",
        "NEAR MISS - A CARER WHO IS TIRED BUT COPING: a grandmother's 'I feel like packing his bag ... but I'd never do "
        "it', with respite and family support, no safeguarding concerns -> not urgent. Complete Torbay step-down "
        "(assessment with the TM's analysis, consent from grandmother and mum, level 3) -> book_meeting.")

def torbay_04():
    f = "torbay_04.eml"; when = "2098-03-17 13:20:05"
    blocks = ["Hello MASH,", "",
              "Step up for {{Eva Lakeman}}, DOB 19/11/2083 (14), EHM-76542.", "",
              "Since January Eva has lived with her school friend\u2019s family, the Bowdens, after a row with dad. It "
              "has been nine weeks, so this is a private fostering arrangement; I have notified it. Dad is refusing to "
              "have her home and will not engage with the plan: he has not come to either TAF and does not answer my "
              "calls. Eva has gone missing from the Bowdens\u2019 overnight twice this month (found the next morning "
              "at her boyfriend\u2019s both times) and her attendance has dropped to 64%.", "",
              "My team manager, Bryony Luscombe, agrees this information needs considering for a level 4 statutory "
              "intervention.", "",
              "Dad has declined consent to the referral (\u2018she made her bed\u2019). The Bowdens and Eva both want it.", "",
              "Morwenna Gill", "Early Help Practitioner, Torbay Council"]
    top = outlook_top(f, addr("Morwenna Gill", "morwenna.gill@torbay.gov.uk"), to_box(f, "mash_step_up"),
                      "Step up - Eva Lakeman - EHM-76542", when)
    add(f, word_mail(f, top, blocks), "mash_step_up", when, 8, "ordinary", "step_up", False, None, ["EHM-76542"],
        [("Eva Lakeman", "2083-11-19")], ["missing", "non_engagement", "school_attendance"], False, True, ["consent"],
        None, "request_info",
        "Torbay step-up (REQUIREMENTS: consent, manager_agreed): TM agrees -> true; CONSENT REFUSED by dad ('declined "
        "consent') -> false -> missing. Private fostering with a friend's family, two past overnight missing episodes "
        "(found next morning), dad not engaging, attendance 64% -> request_info; not urgent.")

def torbay_05():
    f = "torbay_05.eml"; when = "2098-03-05 22:07:19"
    body = T("""
Good night, I write from Lisbon.

My son Tiago Ferreira, born 02/06/2083, he is 14 years. He live since September with his football coach
Mr Dean Slee in Paignton (house in Colley End Road) for the academy programme.

Tonight at 21h40 Tiago call me from the garden of the house, he is hiding behind the shed, it is raining. He say
Mr Slee come home very drunk and throw a glass to him and say he will beat him "like a dog", and lock the door.
Tiago have a cut on the hand, he send me photo, much blood.

The academy phone don't answer at night. I cannot arrive to England before tomorrow afternoon, the first plane
is 11h. Tiago phone have 9% battery.

Please, somebody must go to him.

Obrigado,
Rui Ferreira (father)
+351 912 000 417
""")
    top = plain_top(f, addr("Rui Ferreira", "rui.ferreira.lx@sapo.pt"), to_box(f, "mash_step_up"),
                    "My son Tiago - the coach", when, "sapo.pt", None)
    add(f, mail(f, top, body, crlf=False, charset="iso-8859-1"), "mash_step_up", when, 3, "urgent", "other", True,
        None, [], [("Tiago Ferreira", "2083-06-02")], ["physical_harm", "substance_misuse"], None, None, [], None,
        "alert_duty",
        "A COACH THE CHILD STAYS WITH, DRUNK AND VIOLENT TONIGHT, told by the father abroad in second-language English "
        "(22:07): a glass thrown, a bleeding hand, locked out in the rain, phone at 9%. No alarm word. DESIGN safety "
        "rule 1 -> urgent -> alert_duty (out of hours). Not a request -> other. iso-8859-1 body.")

def torbay_06():
    f = "torbay_06.eml"; when = "2098-04-08 10:02:47"
    body = T("""
For information only - no action needed from MASH. Closing the loop on the notification you passed to us on
10 March.

Private Fostering Team
Torbay Council

-----Original Message-----
From: Nicola Hosking <nicola.hosking@torbay.gov.uk>
Sent: 07 April 2098 16:20
To: Private Fostering Team <privatefostering@torbay.gov.uk>
Subject: Private fostering notification - outcome (LCS-4421907)

Child: Sofia Ionescu, DOB 11/10/2086
Carers: Mr and Mrs Dart (family friends), Preston, Paignton
Parents: working in Romania until the summer; weekly video calls; consent letter on file

Assessment completed 4 April 2098. Home suitable; DBS checks clear for both carers. The only record found was a
2090 police caution for common assault against Mr Dart's adult son, Liam, who moved out in 2093, lives in
Plymouth and has no contact with the household. Sofia is thriving, attending every day and says she loves living
there.

Outcome: arrangement suitable. Statutory visits every 6 weeks for the first year.

Nicola Hosking
Social Worker (Private Fostering)
""")
    top = outlook_top(f, addr("Private Fostering Team", "privatefostering@torbay.gov.uk"), to_box(f, "mash_step_up"),
                      "FW: Private fostering notification - outcome - for information (LCS-4421907)", when)
    add(f, mail(f, top, body), "mash_step_up", when, 4, "near_miss", "other", False, None, ["LCS-4421907"],
        [("Sofia Ionescu", "2086-10-11")], [], None, None, [], None, "human_review",
        "NEAR MISS - A PRIVATE FOSTERING NOTIFICATION ALREADY ASSESSED, forwarded 'for information only': a 2090 caution "
        "for an adult son who moved out in 2093 with no contact; the child thriving -> not urgent, no physical_harm. "
        "Not a step request -> other -> human_review.")

def torbay_07():
    f = "torbay_07.eml"; when = "2098-01-16 09:48:30"
    data = itip_reply_cc(f, when, "Lowenna Trewin", "lowenna.trewin@torbay.gov.uk",
                         ("Torbay Early Help", "earlyhelp@torbay.gov.uk"), None, "ACCEPTED",
                         "Under-5s triage - LCS-4410021", "20980128T093000", "20980128T100000",
                         "Early Help Hub, Union Street, Torquay / Teams")
    add(f, data, "early_help_duty", when, 2, "ordinary", "meeting_reply", False, None, ["LCS-4410021"], [], [], None,
        None, [], None, "record_reply",
        "Outlook iTIP REPLY PARTSTAT=ACCEPTED, no comment, for torbay_01's under-5s triage slot (Tue 28 Jan); SUMMARY "
        "carries LCS-4410021. meeting_reply -> record_reply.")

def torbay_08():
    f = "torbay_08.eml"; when = "2098-04-11 14:40:58"
    body = T("""
Hi Early Help,

Requesting a triage slot for Riley Baxter, DOB 25/05/2086, LCS-4417350, level 3.

Riley lived for six weeks with his neighbour, Mrs Pam Luscombe, in February and March while mum was in hospital
after a mental health crisis. It was notified and assessed as private fostering, and Riley went home on 28 March.
Mum is well, seeing the community mental health team weekly, and Riley is settled.

The Single Assessment is attached. Mum has consented to level 3 Early Help.

However, my team manager, Lucy Hext, does not agree that the threshold for level 3 is met - she thinks a level 2
offer through school is enough and has not signed off the analysis. I'd still like it heard at triage.

Jasmine Harvey
Social Worker, Single Assessment Team, Torbay Council
""")
    top = outlook_top(f, addr("Jasmine Harvey", "jasmine.harvey@torbay.gov.uk"), to_box(f, "early_help_duty"),
                      "Triage request - Riley Baxter LCS-4417350", when)
    atts = [pdf_att("Single Assessment - R Baxter.pdf", "Single Assessment - Riley Baxter (LCS-4417350)",
                    ["Social worker's analysis: level 3 Early Help recommended for mum's recovery and Riley's return.",
                     "Team Manager's analysis: not completed."])]
    add(f, mail(f, top, body, atts), "early_help_duty", when, 5, "ordinary", "step_down", False, 3, ["LCS-4417350"],
        [("Riley Baxter", "2086-05-25")], ["parental_mental_health"], True, False, ["manager_agreed"], None,
        "request_info",
        "Torbay step-down (REQUIREMENTS: assessment, manager_agreed, consent): assessment attached, 'Mum has consented' "
        "-> true; MANAGER REFUSED ('does not agree that the threshold for level 3 is met') -> false -> missing -> "
        "request_info. A neighbour's private fostering that ended well.")

# ------------------------------------------------------------------------------------------------ HEREFORDSHIRE
def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2098-02-19 22:31:14"
    body = T("""
Sorry to email this late, got this address off the council website.

The kids at 14 Bartonsham Road, Ellie (about 4) and Finley (about 7). Their mum's gone to Ibiza for a week and left them with her new fella, he's only been around two weeks, I don't even know his name.

He's been screaming at the little one since about 8, I could hear it through the wall, then a massive thud and Ellie screaming, then nothing. It's gone quiet now. I knocked and he wouldn't open the door. Police said they'd pass it on but no one's come.

Donna (no. 12)

Sent from my iPhone
""")
    top = plain_top(f, addr("Donna Price", "donnap1975@icloud.com"), to_box(f, "mash_step_up"), "kids at number 14",
                    when, "icloud.com", "iPhone Mail (22B91)")
    add(f, mail(f, top, body, crlf=False), "mash_step_up", when, 2, "urgent", "other", True, None, [],
        [("Ellie", None), ("Finley", None)], ["physical_harm"], None, None, [], None, "alert_duty",
        "A PARENT'S NEW FRIEND MINDING THE CHILDREN, from a neighbour's phone at 22:31: screaming, 'a massive thud', the "
        "4-year-old screaming, then silence; mum abroad for a week; he will not open the door. No alarm word. DESIGN "
        "safety rule 1 -> urgent -> alert_duty (out of hours). Children named by first name only.")

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2098-01-07 11:15:40"
    blocks = ["Dear Early Help co-ordinators,", "",
              "Following my discussion with Verity before Christmas, please find attached the Early Help Assessment "
              "step-down plan and the signed consent form for {{Isla Morgan}} (DOB 05/05/2088, Mosaic 880412) and "
              "{{Rhys Morgan}} (DOB 19/01/2091, Mosaic 880413), stepping down to Level 3.", "",
              "The children spent October and November with their aunt in Leominster, an informal family arrangement, "
              "while mum recovered from an operation. The assessment found that home conditions had slipped before "
              "then and that mum needs help with routines, meals and school mornings.", "",
              ("table", [["Key person", "Agency", "Phone"],
                         ["Gemma Hollings, Family Support Worker", "Hereford Family Hub", "07700 900128"]]),
              "",
              "Mum signed the consent form at my visit on 3 January.", "",
              "Catrin Powell", "Social Worker, Hereford Locality Team"]
    top = outlook_top(f, addr("Catrin Powell", "catrin.powell@herefordshire.gov.uk"), to_box(f, "early_help_duty"),
                      "Step-down plan - Morgan siblings - Mosaic 880412 / 880413", when)
    atts = [docx_att("EHA step-down plan - Morgan.docx",
                     ["# Early Help Assessment step-down plan - Isla and Rhys Morgan",
                      "What needs to happen: morning routine support; meal planning; school attendance checks.",
                      "Key person: Gemma Hollings, Hereford Family Hub."]),
            pdf_att("Signed consent form - Morgan.pdf", "Early Help consent form",
                    ["I agree to Early Help support for Isla and Rhys Morgan.", "Signed: K. Morgan (mother)  03/01/2098"])]
    add(f, word_mail(f, top, blocks, atts), "early_help_duty", when, 5, "ordinary", "step_down", False, 3,
        ["880412", "880413"], [("Isla Morgan", "2088-05-05"), ("Rhys Morgan", "2091-01-19")], ["neglect"], True, None,
        [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down (REQUIREMENTS: consent_form, draft_plan, lead_practitioner): plan "
        ".docx, signed consent .pdf ('Mum signed') -> consent true, key person with agency in a Word table; Level 3 "
        "written; discussed with a co-ordinator already (panel only) -> book_meeting.")

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2098-01-30 13:40:22"
    body = T("""
Hi co-ordinators,

Step-down plan attached for Jade Whitlow, DOB 12/12/2084, Mosaic 882207.

In early January Jade, 13, stayed for three weeks at her maths tutor's family home in Ross-on-Wye without her
mum knowing where she was; the police found her there on 14 January. This was fully looked into under section
47: Jade had not been harmed, the tutor's family believed mum had agreed, their DBS checks are clear, and Jade has
been home since 14 January with no further episodes. There is no ongoing concern about the tutor.

What's left is that Jade's attendance has dipped to 85% and she and mum are arguing a lot - that's what the plan
is for.

Key person: Mr Huw Price, Pastoral Lead, John Kyrle High School.

Mum agreed to Early Help on the phone; I'll bring the consent form for her to sign when I see her next week.

Owen Bevan
Social Worker, Ross and South Wye Locality Team
""")
    top = outlook_top(f, addr("Owen Bevan", "owen.bevan@herefordshire.gov.uk"), to_box(f, "early_help_duty"),
                      "Step down plan - Jade Whitlow (Mosaic 882207)", when)
    atts = [docx_att("Step-down plan - J Whitlow.docx", ["# Early Help Assessment step-down plan - Jade Whitlow",
                                                          "Attendance support; family mediation; key person Mr H Price."])]
    add(f, mail(f, top, body, atts, html_alt=True), "early_help_duty", when, 4, "near_miss", "step_down", False, None,
        ["882207"], [("Jade Whitlow", "2084-12-12")], ["school_attendance"], True, None, ["consent_form"], None,
        "request_info",
        "NEAR MISS - A RESOLVED ARRANGEMENT: a 13-year-old who stayed three weeks at her tutor's home unknown to mum, found "
        "on 14 January, s47 found no harm, home since, 'no ongoing concern' -> not urgent, no missing. Herefordshire "
        "step-down: plan and key person given; VERBAL consent -> consent true but the written consent_form missing -> "
        "request_info.")

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2098-03-24 07:52:03"
    body = T("""
Hello

I got this email from the paper in the school office about early help. My name is Oskar Wi\u015bniewski, I am 12 and in Year 7 at Whitecross.

I live with my uncles friend Steve in Hereford since the summer because my dad is working in Poland and my mum is in Poland too. My uncle went back to Poland at Christmas.

Steve said last night if I'm not gone by tonight he will throw my things out the window and I can sleep in the shed. He hit me in the ear with the TV remote and it still hurts and sounds funny. He said Poland can have me back.

I don't have dads new number, the old one doesn't work. I'm going to school now, I finish at 3.15 and then I have to go back there because I don't have anywhere else.

Please don't tell Steve I wrote this.

Oskar
""")
    top = plain_top(f, addr("Oskar W", "oskarw2085@outlook.com"), to_box(f, "early_help_duty"), "help please from Oskar",
                    when, "outlook.com", None)
    add(f, mail(f, top, body, crlf=True), "early_help_duty", when, 6, "urgent", "other", True, None, [],
        [("Oskar Wi\u015bniewski", None)], ["physical_harm"], None, None, [], None, "alert_duty",
        "A CHILD'S OWN EMAIL at 07:52: a 12-year-old in an unassessed private arrangement with his uncle's friend, hit on "
        "the ear with a remote, told to be gone 'by tonight' or sleep in the shed; he must go back there after school at "
        "3.15; parents in Poland unreachable. No alarm word. DESIGN safety rule 1 -> urgent -> alert_duty. -> other.")

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2098-04-09 15:05:27"
    body = T("""
Hello MASH,

I'm asking for Esi Mensah, DOB 14/07/2097 (9 months), Mosaic 884510, to step up from Early Help to social care.

Esi has lived for six weeks with her mum's friend from church, Mrs Abena Owusu, while mum is in Ghana. This has
never been assessed as private fostering.

I saw Esi at 1.30 today. She has lost weight since her 8-month check (red book 8.1kg then; 7.3kg on the clinic
scales today), her nappy rash is open and bleeding, and the bottle in her cot was formula so watery it was nearly
clear. Mrs Owusu told me she starts a night shift at the care home at 7pm tonight and that Esi will be looked after
by her son Kojo, who is 11 - "he's very sensible". There is no other adult in the house. Mum's phone rings out.

My manager, Sian Lloyd, agrees with the step up.

Nia Griffiths
Early Help Practitioner, Herefordshire Council
""")
    top = outlook_top(f, addr("Nia Griffiths", "nia.griffiths@herefordshire.gov.uk"), to_box(f, "mash_step_up"),
                      "Step up to MASH - baby Esi Mensah (Mosaic 884510)", when)
    add(f, mail(f, top, body), "mash_step_up", when, 3, "urgent", "step_up", True, None, ["884510"],
        [("Esi Mensah", "2097-07-14")], ["neglect"], None, True, [], None, "alert_duty",
        "A 9-MONTH-OLD IN AN UNASSESSED PRIVATE FOSTERING ARRANGEMENT: weight loss, bleeding nappy rash, watered-down "
        "formula, and tonight from 7pm she is to be left with an 11-year-old, no adult, mum unreachable. No alarm word. "
        "DESIGN safety rule 1 -> urgent -> alert_duty (even though Herefordshire defines no step-up; missing [] for the "
        "undefined kind).")

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2098-02-25 16:30:19"
    body = T("""
Hello,

A quick question for a staff training session I'm running on Thursday - not about any real pupil.

If a family asked a teacher to have their 10-year-old to stay for two months while they went abroad, would the
teacher have to notify the council as private fostering? And if the child later said the teacher's partner had
hit them, who would we call?

None of this has happened - it's a scenario I've made up so I get the answers right before I present it.

Thanks,
Tom Leather
Deputy DSL, Bishop of Hereford's Bluecoat School
""")
    top = plain_top(f, addr("Tom Leather", "t.leather@bluecoat.hereford.sch.uk"), to_box(f, "early_help_duty"),
                    "Question - would this be private fostering?", when, "bluecoat.hereford.sch.uk",
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "early_help_duty", when, 10, "near_miss", "other", False, None, [], [], [], None, None,
        [], None, "human_review",
        "NEAR MISS - A HYPOTHETICAL for a training session: 'not about any real pupil', 'None of this has happened'. "
        "DESIGN safety rule 1 -> not urgent. No request -> other -> human_review.")

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2098-03-21 10:20:33"
    body = T("""
Hi co-ordinators,

Attached is the step-down plan for Kai Lewis, DOB 08/08/2089, Mosaic 883019.

Kai has lived with his mum's sister in Bromyard since October, an informal family arrangement, while mum gets
treatment for depression.

Mum refused to sign the consent form at my visit on Wednesday - she says the arrangement with her sister is
"family business" and she doesn't want Early Help involved. I've left her the leaflet. We haven't identified a
key person yet either. I'm sending the plan now so you have it within the two weeks.

Rhian Meredith
Social Worker, Leominster and Bromyard Locality Team
""")
    top = outlook_top(f, addr("Rhian Meredith", "rhian.meredith@herefordshire.gov.uk"), to_box(f, "early_help_duty"),
                      "Step-down - Kai Lewis - Mosaic 883019", when)
    atts = [docx_att("Step-down plan - Kai Lewis.docx", ["# Early Help Assessment step-down plan - Kai Lewis",
                                                          "Support for kinship arrangement; school nurse; review."])]
    add(f, mail(f, top, body, atts), "early_help_duty", when, 7, "ordinary", "step_down", False, None, ["883019"],
        [("Kai Lewis", "2089-08-08")], ["parental_mental_health"], False, None, ["consent_form", "lead_practitioner"],
        None, "request_info",
        "Herefordshire step-down: plan attached; CONSENT REFUSED ('Mum refused to sign') -> consent false, consent_form "
        "missing; 'haven't identified a key person' -> lead_practitioner missing -> request_info.")

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2098-01-09 14:00:46"
    body = T("""
Hi,

One more thing for the file, as the aunt raised it with the key person yesterday. In the autumn the aunt was
worried that mum's ex-partner, Jason Reece, might turn up at her house in Leominster looking for the children -
he had threatened mum in 2096. That worry has passed: he was remanded in November and sentenced on 6 January to
four years, and there is a restraining order covering mum and both children. Nothing current; no change to the
plan.

Catrin

""") + ack_quote("[SB-herefordshire-2214]", "Step-down plan - Morgan siblings - Mosaic 880412 / 880413",
                 "Tue 7 Jan 2098 at 11:22",
                 ["Thank you. Your step-down plan has been received by the Early Help Co-ordinator team.",
                  "Nothing is missing."])
    top = plain_top(f, addr("Catrin Powell", "catrin.powell@herefordshire.gov.uk"), to_box(f, "early_help_duty"),
                    "RE: [SB-herefordshire-2214] Step-down plan - Morgan siblings - Mosaic 880412 / 880413", when,
                    "herefordshire.gov.uk", "Microsoft Outlook 16.0",
                    extra=[("In-Reply-To", "<sb-herefordshire-2214@stepbot.invalid>"),
                           ("References", "<sb-herefordshire-2214@stepbot.invalid>")])
    add(f, mail(f, top, body), "early_help_duty", when, 3, "near_miss", "follow_up", False, None, ["880412", "880413"],
        [], [], None, None, [], None, "attach_to_request",
        "NEAR MISS - A WORRY ALREADY DEALT WITH in a reply to [SB-herefordshire-2214] (herefordshire_02): an ex-partner's "
        "2096 threat, now sentenced to four years with a restraining order, 'Nothing current' -> not urgent, no "
        "domestic_abuse. follow_up -> attach_to_request; missing []; no child named in this mail.")

# ============================================================================ self-checks
ALARM = re.compile(r"(?i)\b(urgent|urgently|immediate|immediately|emergency|at\s+risk|risk\s+of\s+harm|danger\w*|asap)\b")
CONCERNS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
            "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation", "school_attendance",
            "young_carer", "disability_send"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
KEYS = ["kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed", "missing",
        "notice_ok", "next_action"]

def html_text(h):
    h = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", " ", h)
    h = re.sub(r"(?s)<!--.*?-->", " ", h)
    return html.unescape(re.sub(r"<[^>]+>", " ", h))

def parse(f):
    return email.message_from_bytes(FILES[f], policy=email.policy.default)

def readable(msg):
    from pypdf import PdfReader
    import io, docx
    out = [str(msg["Subject"] or "")]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        payload = part.get_payload(decode=True)
        if ct == "text/html":
            out.append(html_text(part.get_content()))
        elif ct == "text/calendar":
            c = payload.decode("utf-8").replace("\r\n ", "")
            out.append(c.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";"))
        elif ct.startswith("text/"):
            out.append(part.get_content())
        elif ct == DOCX:
            d = docx.Document(io.BytesIO(payload))
            out += [p.text for p in d.paragraphs]
            out += [c.text for t in d.tables for r in t.rows for c in r.cells]
        elif ct == "application/pdf":
            out += [p.extract_text() for p in PdfReader(io.BytesIO(payload)).pages]
    return re.sub(r"\s+", " ", "\n".join(out))

def working_days(today, meeting):
    n, d = 0, today + timedelta(days=1)
    while d <= meeting:
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n += 1
        d += timedelta(days=1)
    return n

def plain_weekdays(today, meeting):
    return sum(1 for i in range(1, (meeting - today).days + 1) if (today + timedelta(days=i)).weekday() < 5)

def pack_requirements():
    req = {}
    for a in MBX:
        y = yaml.safe_load(open(os.path.join(AUTH_DIR, a + ".yaml"), encoding="utf-8"))
        for kind, k in y["kinds"].items():
            req[(a, kind)] = {r["id"] for r in (k.get("requirements") or []) if "id" in r}
    return req

def expected_next(e, auth):
    if e["urgent"]:
        return "alert_duty"
    if e["kind"] == "auto_reply":
        return "ignore"
    if e["kind"] == "meeting_reply":
        return "record_reply"
    if e["kind"] == "follow_up":
        return "attach_to_request"
    if e["kind"] == "other" or (auth == "herefordshire" and e["kind"] == "step_up"):
        return "human_review"
    if e["missing"] or e["notice_ok"] is False:
        return "request_info"
    return "book_meeting"

def check():
    import holidays
    errors = []
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2097, 2098])
    if set(pkg) != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(set(pkg) ^ BANK_HOLIDAYS))
    if any(WINDOW[0] <= d <= WINDOW[1] for d in BANK_HOLIDAYS):
        errors.append("set: a bank holiday falls inside the window")
    easter = [d for d in pkg if pkg.get(d) == "Good Friday" and d.year == 2098]
    if easter != [date(2098, 4, 18)] or WINDOW[1] != easter[0] - timedelta(days=1) or WINDOW[1].weekday() != 3:
        errors.append("set: the window must end on the Thursday before Good Friday 2098")
    if WINDOW[0].weekday() != 0:
        errors.append("set: the window must start on a Monday")
    last_sun = max(date(2098, 3, d) for d in range(25, 32) if date(2098, 3, d).weekday() == 6)
    if BST_START.date() != last_sun or datetime(2098, 3, 30, 0, 59, tzinfo=UTC).astimezone(LON).utcoffset() \
            or datetime(2098, 3, 30, 1, 0, tzinfo=UTC).astimezone(LON).utcoffset() != timedelta(hours=1):
        errors.append("set: BST must begin at 01:00 UTC on Sunday 30 March 2098")
    req = pack_requirements()
    all_ids = set().union(*req.values())
    if len(LABELS) != 40 or set(FILES) != {l["file"] for l in LABELS}:
        errors.append("set: need 40 files with labels")
    from collections import Counter
    per_auth = Counter(l["authority"] for l in LABELS)
    if any(per_auth[a] != 8 for a in MBX):
        errors.append("set: 8 per authority: %s" % per_auth)
    cats = Counter(CATS.values())
    if cats["urgent"] < 11 or cats["near_miss"] < 11 or cats["urgent"] + cats["near_miss"] + cats["ordinary"] != 40:
        errors.append("set: category totals %s" % cats)
    for lab in LABELS:
        f, e, a = lab["file"], lab["expect"], lab["authority"]
        if not re.fullmatch(r"%s_0[1-8]\.eml" % a, f):
            errors.append("%s: bad name" % f)
        if list(e) != KEYS or list(lab) != ["file", "authority", "mailbox", "now", "expect", "why"]:
            errors.append("%s: label keys" % f)
        try:
            msg = parse(f)
            text = readable(msg)
            for part in msg.walk():
                if not part.is_multipart():
                    part.get_payload(decode=True)
        except Exception as ex:
            errors.append("%s: unreadable (%r)" % (f, ex)); continue
        if msg.defects:
            errors.append("%s: defects %s" % (f, msg.defects))
        d = email.utils.parsedate_to_datetime(msg["Date"])
        local = d.astimezone(LON)
        if d.utcoffset() != local.utcoffset():
            errors.append("%s: Date offset should be %s" % (f, local.utcoffset()))
        if not (WINDOW[0] <= local.date() <= WINDOW[1]):
            errors.append("%s: Date outside the window" % f)
        if local.weekday() >= 5:
            errors.append("%s: Date on a weekend" % f)
        if local.date() in BANK_HOLIDAYS:
            errors.append("%s: Date on a bank holiday" % f)
        now = datetime.fromisoformat(lab["now"])
        if now.utcoffset() != d.utcoffset():
            errors.append("%s: now offset differs from the Date header's" % f)
        if not timedelta(minutes=1) <= now - d <= timedelta(minutes=10):
            errors.append("%s: now not 1-10 minutes after Date" % f)
        to_cc = (str(msg["To"] or "") + " " + str(msg["Cc"] or "")).lower()
        if MBX[a][lab["mailbox"]].lower() not in to_cc:
            errors.append("%s: mailbox address not in To/Cc" % f)
        if e["kind"] not in KINDS or not set(e["concerns"]) <= CONCERNS:
            errors.append("%s: kind/concerns ids" % f)
        if e["concerns"] != sorted(set(e["concerns"])) or e["missing"] != sorted(set(e["missing"])):
            errors.append("%s: concerns/missing not sorted/unique" % f)
        if e["next_action"] != expected_next(e, a):
            errors.append("%s: next_action %s != %s" % (f, e["next_action"], expected_next(e, a)))
        if e["urgent"] != (CATS[f] == "urgent"):
            errors.append("%s: urgent vs category" % f)
        if e["urgent"] and ALARM.search(text):
            errors.append("%s: urgent mail contains an alarm word: %r" % (f, ALARM.search(text).group(0)))
        if e["level"] is not None and e["kind"] != "step_down":
            errors.append("%s: level on a %s" % (f, e["kind"]))
        if e["level"] is not None and not re.search(r"(?i)level\s*%d" % e["level"], text):
            errors.append("%s: level %s not written" % (f, e["level"]))
        defined = (a, e["kind"]) in req and not (a == "herefordshire" and e["kind"] == "step_up")
        if e["kind"] in ("step_up", "step_down") and defined:
            ids = set(req[(a, e["kind"])])
            if a == "knowsley" and e["kind"] == "step_up":
                ids = {"children", "step_up_form", "case_id", "manager_agreed", "taf_minutes", "meeting_details"}
                ids |= {x for c, x in (("neglect", "gcp2"), ("non_engagement", "engaging_families"),
                                       ("exploitation", "exploitation_assessment")) if c in e["concerns"]}
            if a == "knowsley" and e["kind"] == "step_down":
                ids = {"children", "meeting_details", "worries_strengths_next"} | (
                    {"lead_practitioner"} if e["level"] == 2 else {"consent"})
            if not set(e["missing"]) <= ids or not set(e["missing"]) <= all_ids:
                errors.append("%s: missing %s not in the pack's requirements %s" % (f, e["missing"], sorted(ids)))
            for fact, key in (("consent", "consent"), ("manager_agreed", "manager_agreed")):
                if fact in ids and ((e[key] is not True) != (fact in e["missing"])):
                    errors.append("%s: %s vs missing" % (f, key))
        elif e["missing"]:
            errors.append("%s: missing must be [] for %s" % (f, e["kind"]))
        notice_kind = a == "knowsley" and e["kind"] in ("step_up", "step_down")
        m = META[f]["meeting"]
        if notice_kind:
            if m is None:
                errors.append("%s: Knowsley request without a meeting" % f)
            else:
                wd = working_days(now.astimezone(LON).date(), m)
                if e["notice_ok"] != (wd >= 5):
                    errors.append("%s: notice_ok %s but %d WD" % (f, e["notice_ok"], wd))
                if m.weekday() >= 5 or m in BANK_HOLIDAYS:
                    errors.append("%s: meeting on a weekend or bank holiday" % f)
        elif e["notice_ok"] is not None:
            errors.append("%s: notice_ok must be null" % f)
        for c in e["children"]:
            if c["name"].lower() not in text.lower():
                errors.append("%s: child %s not in the text" % (f, c["name"]))
            if c["dob"]:
                dd = date.fromisoformat(c["dob"])
                if dd.strftime("%d/%m/%Y") not in text:
                    errors.append("%s: dob %s not written" % (f, c["dob"]))
                if not (now.date() - timedelta(days=18 * 365) < dd < now.date()):
                    errors.append("%s: %s is not a child" % (f, c["name"]))
        for cid in e["case_ids"]:
            if cid not in text or not re.fullmatch(r"(EHM-|ICS-|LCS-)?\d{5,7}", cid):
                errors.append("%s: case id %s" % (f, cid))
    return errors

def stats():
    from collections import Counter
    ex = [l["expect"] for l in LABELS]
    out = ["category %s" % dict(Counter(CATS.values())),
           "kind %s" % dict(Counter(e["kind"] for e in ex)),
           "next_action %s" % dict(Counter(e["next_action"] for e in ex)),
           "consent %s" % dict(Counter(str(e["consent"]) for e in ex)),
           "manager %s" % dict(Counter(str(e["manager_agreed"]) for e in ex))]
    for l in LABELS:
        m = META[l["file"]]["meeting"]
        if m:
            t = datetime.fromisoformat(l["now"]).date()
            out.append("  %s now %s meeting %s: %d WD, %d plain weekdays" % (l["file"], l["now"], m,
                                                                            working_days(t, m), plain_weekdays(t, m)))
    return "\n".join(out)

def main():
    for name, fn in sorted(globals().items()):
        if re.match(r"^(knowsley|richmond_wandsworth|tower_hamlets|torbay|herefordshire)_\d\d$", name):
            fn()
    errors = check()
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
    print("wrote %d messages; all self-checks passed" % len(FILES))

if __name__ == "__main__":
    main()
