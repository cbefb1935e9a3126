#!/usr/bin/env python3
"""mixed104: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the autumn term of 2056 (Monday 4 September - Friday 15 December 2056), in the wider household: lodgers,
flatmates, parents' friends, new partners' own children, cousins staying, sofa-surfing adults, a house in multiple
occupation and strangers a parent met online staying over.

Clock: BST (+0100) until Sunday 29 October 2056 01:00 UTC, then GMT (+0000). No England & Wales bank holiday falls
inside the window (Late Summer Bank Holiday Monday 28 August is before it; Christmas Day Monday 25 and Boxing Day
Tuesday 26 December are after it); knowsley_06's final CIN meeting on Wednesday 27 December is counted across them.

Helpers (MIME, Word HTML, PDF, .docx, iCalendar, quote chains, readable text) are copied from
/work/main/tests/data/mixed27/make_set.py and adapted. Deterministic: no clock, no randomness. Run with
/work/main/.venv/bin/python make_set.py. Labels were set by hand; the self-checks STOP before writing on any error.
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
    """Local (Europe/London) wall-clock time; the offset (+0100 BST to 28 Oct 2056, +0000 GMT from 29 Oct) comes from
    zoneinfo and is checked against the window's clock."""
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
            zi = zipfile.ZipInfo(name, date_time=(2056, 9, 1, 0, 0, 0))
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

# ============================================================================ the set
def kid(name, dob=None):
    return {"name": name, "dob": dob}

def L(fname, authority, mailbox, when, delay, cat, kind, urgent, level, case_ids, children, concerns, consent,
      manager, missing, notice_ok, next_action, why, data, meeting=None):
    assert fname not in FILES, fname
    FILES[fname] = data
    now = dt(when) + timedelta(minutes=delay)
    LABELS.append({"file": fname, "authority": authority, "mailbox": mailbox, "now": now.isoformat(),
                   "expect": {"kind": kind, "urgent": urgent, "level": level, "case_ids": case_ids,
                              "children": children, "concerns": sorted(concerns), "consent": consent,
                              "manager_agreed": manager, "missing": sorted(missing), "notice_ok": notice_ok,
                              "next_action": next_action}, "why": why})
    CATS[fname] = cat
    META[fname] = {"meeting": meeting, "when": when}

MB = MAILBOXES
KM, KF = MB[("knowsley", "mash_step_up")], MB[("knowsley", "early_help_duty")]
RM, RE = MB[("richmond_wandsworth", "mash_step_up")], MB[("richmond_wandsworth", "early_help_duty")]
TM, TE = MB[("tower_hamlets", "mash_step_up")], MB[("tower_hamlets", "early_help_duty")]
BM, BE = MB[("torbay", "mash_step_up")], MB[("torbay", "early_help_duty")]
HM, HE = MB[("herefordshire", "mash_step_up")], MB[("herefordshire", "early_help_duty")]

# ---------------------------------------------------------------- KNOWSLEY
f = "knowsley_01.eml"; w = "2056-09-12 14:20:00"
body = T("""
Hello MASH,

I am the health visitor for the Roscoe family at 7 Lavender Walk, Huyton. I did a routine visit at 10 this
morning.

Mum (Kerry Roscoe) told me she has taken a lodger to help with the rent. He is Gavin Tolland, about 45, and he
moved in on Monday. Mum works nights at the parcel depot and said Gavin has offered to mind the girls tonight
from 6pm until she gets in at about 7am.

After the visit I spoke to our safeguarding lead. PC Hughes from the local policing team has confirmed to her by
phone that Mr Tolland is a registered sex offender, convicted in 2049 of sexual assault of a girl aged 7, and
that the police were not aware he had moved to this address.

Children in the house:
Tia Roscoe, DOB 04/03/2053
Lily-Mae Roscoe, DOB 19/11/2049

Mum does not know about the conviction. I have not told her yet as I was advised to speak to you first. She
leaves for work at 5.30.

Bernadette Quayle
Health Visitor, 0-19 Service (Knowsley)
Tel 0151 496 0733
""")
top = outlook_top(f, addr("Quayle Bernadette", "bernadette.quayle@nhs.example.net"), KM,
                  "Lodger at Roscoe household - Tia and Lily-Mae", w, mid_domain="nhs.example.net")
L(f, "knowsley", "mash_step_up", w, 3, "urgent", "other", True, None, [],
  [kid("Tia Roscoe", "2053-03-04"), kid("Lily-Mae Roscoe", "2049-11-19")], ["sexual_harm"], None, None, [], None,
  "alert_duty",
  "Safety rule 1: a lodger confirmed by police as a registered sex offender (sexual assault of a 7-year-old) moved in "
  "this week and is minding two girls alone from 6pm tonight; told plainly by a health visitor. Not a step request "
  "(kind other, no requirements, no notice).", mail(f, top, body))

f = "knowsley_02.eml"; w = "2056-10-03 12:05:00"
blocks = ["Hi all,", "",
          "Please find attached the Step Up request to CSC for Kayden Mercer (DOB 02/06/2054), EHM case ID EHM-77214, "
          "with the latest TAF minutes (TAF held 26/09/2056). My Team Manager Jo Kerrigan has discussed the step up with "
          "me and agreed it this morning.",
          "",
          "The step up TAF meeting is booked for {{Wednesday 11 October 2056 at 10:00}} on Teams; the invite has gone to "
          "knowsleymash and MASH business support.",
          "",
          "Main worry is substance misuse in the home: mum's friend Dale Parr has been stopping on the settee since the "
          "summer and there is a steady flow of visitors to the flat late at night.",
          "",
          "Thanks, Niamh",
          "",
          "Niamh Doolan | Family First Case Manager | Knowsley Council | 0151 496 0518",
          "",
          "PS - since writing the form the nursery rang me at 11.40. Dale dropped Kayden off this morning and staff found "
          "a small clear bag of blue tablets in his coat pocket and one in his mouth, which they got out. He seems OK "
          "and nursery are watching him. Dale is the one down to collect him at 3 and take him back to the flat, mum is "
          "at college till 5. I have not been able to reach mum."]
atts = [docx_att("FF Step Up request to CSC - K Mercer.docx",
                 ["# Family First Step Up request to CSC", "Child: Kayden Mercer  DOB 02/06/2054",
                  "Case ID on EHM: EHM-77214", "What are we worried about: drug use and dealing from the home by a "
                  "family friend staying there; visitors at all hours.", "What is working well: Kayden attends nursery "
                  "every day.", "What needs to happen: CSC assessment.", "Team Manager agreement: Jo Kerrigan, 03/10/2056"]),
        pdf_att("TAF minutes 26.09.2056 Mercer.pdf", "TAF meeting minutes - Kayden Mercer - 26/09/2056",
                ["Present: mum, nursery, HV, Family First.", "Actions: mum to ask friend to leave by end of month."])]
top = outlook_top(f, addr("Niamh Doolan", "niamh.doolan@knowsley.gov.uk"), KM,
                  "Step up request - Kayden Mercer EHM-77214", w, cc="Mash.Businesssupport@knowsley.gov.uk",
                  mid_domain="knowsley.gov.uk")
L(f, "knowsley", "mash_step_up", w, 4, "urgent", "step_up", True, None, ["EHM-77214"],
  [kid("Kayden Mercer", "2054-06-02")], ["substance_misuse"], None, True, [], True, "alert_duty",
  "Safety rule 1 in a PS: a 2-year-old found today with a bag of pills (one in his mouth) from the family friend "
  "dealing at the flat, who collects him at 3 today. Otherwise a complete Knowsley step-up (form, TAF minutes, "
  "case id, TM agreed); TAF Wed 11 Oct 10:00 from Tue 3 Oct = 6 WD, ok.",
  word_mail(f, top, blocks, atts), meeting=date(2056, 10, 11))

f = "knowsley_03.eml"; w = "2056-09-21 10:40:00"
body = T("""
Dear Sir/Madam,

RE: 22 Cherry Tree Court, Kirkby - notification of lodger (tenancy clause 4.7)

Our tenant Ms Donna Halliwell has told us that she intends to take in a lodger from 1 October 2056. Under
clause 4.7 of her tenancy agreement a tenant may take in a lodger with our written permission, and where there
are children in the household we ask the tenant to provide a basic DBS certificate for the lodger.

Ms Halliwell has provided a basic DBS certificate for the proposed lodger, dated 02/09/2056, showing no unspent
convictions. We have granted permission and are copying this letter to the Family First team only because Ms
Halliwell gave your service as a support contact on her housing application.

No action is needed from you. Please contact me if you have any questions about the tenancy.

Yours faithfully

Carl Mawdsley
Tenancy Enforcement Officer, Brookfield Homes
""")
top = plain_top(f, addr("Tenancy Services", "tenancy@brookfieldhomes.example.org"), KF,
                "Tenancy notification - lodger - 22 Cherry Tree Court", w, "brookfieldhomes.example.org",
                "Civica Housing Notify 9.2")
L(f, "knowsley", "early_help_duty", w, 6, "near_miss", "other", False, None, [], [], [], None, None, [], None,
  "human_review",
  "Near miss: a landlord's tenancy letter about a lodger with a clean basic DBS and permission granted; 'no action "
  "is needed'. No child described at harm; other -> human_review.", mail(f, top, body, html_alt=True))

f = "knowsley_04.eml"; w = "2056-12-08 11:15:00"
body = T("""
Hi Family First duty,

Level 3 step down for the Keegan children. ICS ID 5517203.

Children: Archie Keegan (DOB 14/07/2043) and Rosie Keegan (DOB 30/01/2051).

Joint home visit: Friday 15 December 2056 at 10:00, 31 Beech Road, Prescot (family home).

Mum (Leanne Keegan) has given consent for the case to be referred to Family First - she signed the consent at
my visit on 5 December.

Background for the case manager: we became involved in 2054 after mum's then partner's son, who was 15 and living
with them at the time, assaulted Archie. He was convicted, has lived with his mother in Aberdeen since 2055 and
has had no contact with the family since. Mum ended the relationship in 2054. That is history and not part of
the current worries.

What are we worried about?
Rosie's school attendance (84%) and mum's low mood over the winter.

What is working well?
Mum has engaged with every CIN visit; Archie is settled at secondary school; maternal gran is round daily.

What needs to happen?
Family First support with morning routines and school, mum to keep her GP appointments, TAF in January.

Thanks
Yvonne Ashcroft
Social Worker, CIN Team 2, Knowsley Children's Social Care
""")
top = plain_top(f, addr("Yvonne Ashcroft", "yvonne.ashcroft@knowsley.gov.uk"), KF,
                "Step down L3 - Keegan - joint visit 15/12", w, "knowsley.gov.uk", None)
L(f, "knowsley", "early_help_duty", w, 2, "near_miss", "step_down", False, 3, ["5517203"],
  [kid("Archie Keegan", "2043-07-14"), kid("Rosie Keegan", "2051-01-30")],
  ["parental_mental_health", "school_attendance"], True, None, [], True, "book_meeting",
  "Near miss: an assault by a former partner's son in 2054, convicted, living in Aberdeen with no contact - historic, "
  "the person long gone. Complete level 3 step-down (visit date/time/venue, all three SoS headings, consent); "
  "Fri 8 Dec -> Fri 15 Dec = 5 WD, ok. 'ICS ID 5517203' -> '5517203'. Concerns are the current worries only.",
  mail(f, top, body), meeting=date(2056, 12, 15))

f = "knowsley_05.eml"; w = "2056-11-16 09:30:00"
body = T("""
Morning,

Step up for the Nowak-Farrell children please. Case ID on EHM: EHM-80311.

Jakub Nowak-Farrell (DOB 11/05/2048)
Maja Nowak-Farrell (DOB 23/08/2052)

They live with mum in a shared house on Stockbridge Lane (an HMO - six rooms, the family have two of them and
share the kitchen and bathroom with four adult tenants). Concerns are neglect: the rooms are bare, the children
are often hungry at school, Maja has had head lice since September, and mum is struggling to get them to school
(Jakub 71%). Mum is not engaging with the TAF plan.

My TM Paul Rimmer has agreed the step up (supervision 15/11). Step up form and last TAF minutes attached.

Step up TAF meeting: Wednesday 22/11/2056 at 13:30, Teams - invite to follow today.

I know we need a GCP2 for neglect - I haven't done one yet, will try to before the meeting.

Kind regards
Sam Whitfield
Family First Case Manager
""")
atts = [docx_att("Step up SOS form - Nowak-Farrell.docx", ["# FF Step Up request to CSC", "EHM-80311",
                 "Worries: neglect, school attendance, non-engagement with TAF plan."]),
        pdf_att("TAF minutes 02-11-2056.pdf", "TAF minutes 02/11/2056 Nowak-Farrell", ["Mum did not attend."])]
top = outlook_top(f, addr("Sam Whitfield", "sam.whitfield@knowsley.gov.uk"), KM,
                  "Step up - Nowak-Farrell - EHM-80311", w, mid_domain="knowsley.gov.uk")
L(f, "knowsley", "mash_step_up", w, 5, "ordinary", "step_up", False, None, ["EHM-80311"],
  [kid("Jakub Nowak-Farrell", "2048-05-11"), kid("Maja Nowak-Farrell", "2052-08-23")],
  ["neglect", "non_engagement", "school_attendance"], None, True, ["engaging_families", "gcp2"], False, "request_info",
  "Knowsley step-up for neglect and non-engagement in an HMO: form, TAF minutes, case id and TM agreement given; no "
  "GCP2 (neglect) and no Engaging Families toolkit (non-engagement). TAF Wed 22 Nov 13:30 from Thu 16 Nov = 4 WD "
  "(17, 20, 21, 22), not ok.", mail(f, top, body, atts), meeting=date(2056, 11, 22))

f = "knowsley_06.eml"; w = "2056-12-15 10:05:00"
blocks = ["Hello Family First,", "",
          "Level 2 step down for Cody Ellison (DOB 09/02/2050). ICS case number 5580419.", "",
          ("table", [["Final CIN meeting", ""], ["Date", "Wednesday 27 December 2056"], ["Time", "10:00"],
                     ["Venue", "Huyton Family Hub, Room 2"],
                     ["New Lead Practitioner", "Sarah Pownall, Family Support Worker, St Aidan's CE Primary School"]]),
          "",
          ("h", "What are we worried about?"),
          "Mum's cousin Dean stayed on the sofa from June to October and there were arguments; Dean has left and mum "
          "has a tenancy in her sole name. Cody's worries about home come out at school.",
          ("h", "What is working well?"),
          "Mum has kept every appointment, Cody's attendance is 97%, school nurture group is helping.",
          ("h", "What needs to happen?"),
          "School to lead an Early Help Assessment and TAF, nurture group to continue, review in six weeks.", "",
          "Mum has consented to the step down and to Sarah leading.", "",
          "Many thanks and have a good Christmas,", "Hollie Grant", "Social Worker, Knowsley CSC"]
top = outlook_top(f, addr("Hollie Grant", "hollie.grant@knowsley.gov.uk"), KF,
                  "L2 step down - Cody Ellison - final CIN 27/12", w, mid_domain="knowsley.gov.uk")
L(f, "knowsley", "early_help_duty", w, 7, "ordinary", "step_down", False, 2, ["5580419"],
  [kid("Cody Ellison", "2050-02-09")], [], True, None, [], True, "book_meeting",
  "Complete level 2 step-down (date, time, venue, lead practitioner with agency, three SoS headings; consent given "
  "though L2 does not require it). Notice across Christmas: Fri 15 Dec -> Wed 27 Dec = 6 WD (18-22, 27; Christmas "
  "Day and Boxing Day excluded; 8 plain weekdays), ok. The cousin has left: no concern labelled.",
  word_mail(f, top, blocks), meeting=date(2056, 12, 27))

f = "knowsley_07.eml"; w = "2056-11-20 15:45:00"
body = T("""
Hi,

GCP2 now done for the Nowak-Farrell children, attached. Still trying to get the Engaging Families toolkit
finished before Wednesday.

Sam
""") + quote("stepbot <knowsleymash@knowsley.gov.uk>", "16 November 2056 09:36", "Sam Whitfield",
             "[SB-knowsley-412] Step up - Nowak-Farrell - EHM-80311",
             "Thank you. Your step-up request is recorded as SB-knowsley-412.\nStill needed: Graded Care Profile 2 "
             "(GCP2); Engaging Families toolkit.\nNotice: 4 working days before the meeting; 5 are required.\n")
atts = [pdf_att("GCP2 Nowak-Farrell 20.11.2056.pdf", "Graded Care Profile 2 - Nowak-Farrell",
                ["Completed 20/11/2056 by Sam Whitfield.", "Overall grade: 4."])]
top = outlook_top(f, addr("Sam Whitfield", "sam.whitfield@knowsley.gov.uk"), KM,
                  "RE: [SB-knowsley-412] Step up - Nowak-Farrell - EHM-80311", w, mid_domain="knowsley.gov.uk")
L(f, "knowsley", "mash_step_up", w, 3, "ordinary", "follow_up", False, None, ["EHM-80311"],
  [], [], None, None, [], None, "attach_to_request",
  "Reply to stepbot's acknowledgement carrying the reference SB-knowsley-412 and adding the GCP2: follow_up -> "
  "attach_to_request; missing [] and notice null for a follow_up. Document names (GCP2, Engaging Families toolkit) "
  "are not concerns (as in the dev corpus's knowsley_10); no child is named, only the family surname.", mail(f, top, body, atts))

f = "knowsley_08.eml"; w = "2056-11-06 10:12:00"
body = T("""
Hi

I'm Kian Hesketh's learning mentor at Park Brow Primary (Family First have been working with mum, Shannon
Hesketh). Kian is 8, DOB 17/04/2048.

He came in this morning holding his side and wouldn't take his coat off. When I asked, he said:

"Jordan got me last night cos I was on his Xbox. He kicked me in my back loads and he held me on the floor by my
neck and I couldn't breathe. Mum was at work. Jordan is still at ours, he doesn't go to school."

Jordan is mum's new partner's son, he is 16 and moved in with his dad about three weeks ago. Our first aider has
seen red marks round Kian's neck and a large bruise on his lower back. Mum works a late shift today (2pm-10pm)
and her partner drives nights, so after school it will be Kian and Jordan in the house.

I've logged it on CPOMS and our DSL is out on a course, so I'm emailing you as well as ringing.

Beth Corrigan
Learning Mentor, Park Brow Primary
""")
top = plain_top(f, addr("Beth Corrigan", "b.corrigan@parkbrow.example.sch.uk"), KF,
                "Kian Hesketh", w, "parkbrow.example.sch.uk", "Microsoft Outlook 16.0")
L(f, "knowsley", "early_help_duty", w, 4, "urgent", "other", True, None, [],
  [kid("Kian Hesketh", "2048-04-17")], ["physical_harm"], None, None, [], None, "alert_duty",
  "Safety rule 1, in the child's words: the new partner's 16-year-old son kicked the 8-year-old and held him by the "
  "neck last night; he is still in the house and they are alone together after school today.", mail(f, top, body))

# ---------------------------------------------------------------- RICHMOND & WANDSWORTH
f = "richmond_wandsworth_01.eml"; w = "2056-09-20 09:05:00"
text = T("""
hello i got this email off the council website, not sure its the right one

im the neighbour at 16 Lawn Close. The man thats been stopping at number 14 since saturday, Sasha told me she met
him on one of them dating apps, had her little boy Ollie Fenwick out on the balcony at about 8 this morning and hit
him three times round the head with his open hand. Ollie is 4. He was screaming then the door shut. Sasha went to
work at half 7, she does the breakfast shift at the hotel, so its just him and Ollie in there today. I dont know
the mans name.

I didnt know who to tell. My number is 07700 900417

Marion
""")
top = plain_top(f, addr("marion lacey", "marionlacey56@example.com"), RM, "neighbour worried about little boy",
                w, "mail.example.com", None)
L(f, "richmond_wandsworth", "mash_step_up", w, 2, "urgent", "other", True, None, [], [kid("Ollie Fenwick")],
  ["physical_harm"], None, None, [], None, "alert_duty",
  "Safety rule 1: a neighbour saw a man the mother met online, staying since Saturday, hit the 4-year-old three "
  "times round the head this morning; the child is alone with him today. Not a step request.",
  iphone_mail(f, top, text))

f = "richmond_wandsworth_02.eml"; w = "2056-10-19 18:42:00"
text = T("""
hi this is Amira Said im 12. Lorna from early help gave mum a card with this email on it.

mums at work till 10 every night this week. Dean who lives with us (hes mums flat mate) locks me and my brother
Yusuf in our bedroom when she goes out. he put a bolt on the outside of the door. we have a bucket for the toilet.
Yusuf is 5 he cries and Dean came in and grabbed his arm really hard and it has gone purple. he has locked us in
now. I have mums old phone thats how im emailing. please dont tell Dean i sent this
""")
top = plain_top(f, addr(None, "amira.s2044@example.com"), RE, "help", w, "example.com", "Android Mail")
L(f, "richmond_wandsworth", "early_help_duty", w, 1, "urgent", "other", True, None, [],
  [kid("Amira Said"), kid("Yusuf Said")], ["neglect", "physical_harm"], None, None, [], None, "alert_duty",
  "Safety rule 1 in a child's own words at 18:42 (out of hours): the mother's flatmate has bolted a 12- and a "
  "5-year-old in their bedroom while she works till 10pm and bruised the 5-year-old's arm; they are locked in now. "
  "Yusuf's surname is inferred from 'my brother'.", mail(f, top, text, crlf=False))

f = "richmond_wandsworth_03.eml"; w = "2056-09-26 11:30:00"
blocks = ["Dear colleagues,", "",
          "I am writing following a housing needs assessment at 3 Marsh Terrace, SW18, on 22 September 2056. The "
          "household is statutorily overcrowded: Ms Grace Adeyemi and her two children, Leo Adeyemi and Maisie "
          "Adeyemi, share a two-bedroom flat with Ms Adeyemi's sister and her two children, who have been staying since "
          "their own tenancy ended in July.", "",
          "I have placed the household in Band B on the housing register on overcrowding grounds. During the visit I "
          "saw nothing to suggest the children are unsafe; the flat was clean, the children were at school, and both "
          "mothers were cooperative. I have no safeguarding concerns and I am not making a referral.", "",
          "I am copying you because Ms Adeyemi asked me to let her Early Help worker know about the banding, and I "
          "could not find a direct address. Please forward if this inbox is not the right place.", "",
          "Kind regards,", "Femi Oduwole", "Housing Options Officer, Wandsworth Council"]
top = outlook_top(f, addr("Femi Oduwole", "femi.oduwole@wandsworth.example.gov.uk"), RM,
                  "Overcrowding assessment - 3 Marsh Terrace - for information", w)
L(f, "richmond_wandsworth", "mash_step_up", w, 8, "near_miss", "other", False, None, [],
  [kid("Leo Adeyemi"), kid("Maisie Adeyemi")], [], None, None, [], None, "human_review",
  "Near miss: a housing officer's overcrowding note (cousins staying) stating no safeguarding concerns and no "
  "referral; misdirected to the step-up inbox -> other, human_review.", word_mail(f, top, blocks, plain_twin=False))

f = "richmond_wandsworth_04.eml"; w = "2056-10-02 08:15:00"
h = T("""
<html><body style="font-family:Arial">
<h2 style="color:#6a1b9a">Early Help Lunch &amp; Learn: "Who else lives here?"</h2>
<p>Thursday 12 October 2056, 12:30-13:30, Teams. Open to all Early Help and MASH staff.</p>
<p>Households change fast. This session looks at how to ask about everyone in the home and what to do with the
answer. We will work through four made-up scenarios:</p>
<ul>
<li>A lodger with a conviction for sexual offences against children who moved in this week and is babysitting
tonight.</li>
<li>A parent's friend dealing from the flat, and a toddler found with a bag of pills.</li>
<li>A new partner's teenage son who assaulted a younger child last night and is still in the house.</li>
<li>A flatmate who locks the children in a room while mum is at work.</li>
</ul>
<p>For each we will ask: is this an immediate child-protection risk, who do you phone, and what goes in the
step-up email? The families in the scenarios are fictional.</p>
<p>Book through the Learning Hub. Workforce Development, Achieving for Children</p>
</body></html>
""")
top = plain_top(f, addr("Workforce Development", "learning@richmondandwandsworth.gov.uk"), RE,
                "Lunch & Learn 12 Oct: Who else lives here?", w, "richmondandwandsworth.gov.uk", None,
                extra=[("Precedence", "bulk")])
L(f, "richmond_wandsworth", "early_help_duty", w, 5, "near_miss", "other", False, None, [], [], [], None, None, [],
  None, "human_review",
  "Near miss: a training invitation whose fictional scenarios are this set's own urgent situations (lodger with a "
  "conviction babysitting tonight, pills, assault, locked room): risk words about nobody real; HTML only.",
  build(top, text_part(h, "html", crlf=True), True))

f = "richmond_wandsworth_05.eml"; w = "2056-11-01 14:10:00"
blocks = ["Dear MASH,", "",
          "Following our reflective discussion this morning, I am stepping up the Brannigan-Osei family to Children's "
          "Services. Mosaic ID 2287641.", "",
          ("table", [["Child", "Date of birth"], ["Tyler Brannigan", "03/03/2045"], ["Esme Osei", "12/12/2050"],
                     ["Reuben Osei", "28/06/2054"]]), "",
          "Mum's new partner, Kwame Osei, moved in with his two children (Esme and Reuben) in the summer. Police have "
          "attended the address twice since August for arguments between mum and Mr Osei; the second time Tyler "
          "phoned them himself. The latest case summary and the rationale for step-up are attached.", "",
          "Regards,", "Philippa Sturge", "Early Help Team Manager, Wandsworth"]
atts = [docx_att("Case summary - Brannigan-Osei Nov 2056.docx", ["# Latest case summary", "Mosaic ID 2287641",
                 "Two police call-outs (14/08, 20/10) for domestic abuse."]),
        docx_att("Rationale for step up - Brannigan-Osei.docx", ["# Rationale for step up to Children's Services",
                 "Escalating domestic abuse in a newly blended household; Early Help plan not reducing risk."])]
top = outlook_top(f, addr("Philippa Sturge", "philippa.sturge@richmondandwandsworth.gov.uk"), RM,
                  "Step up - Brannigan-Osei - Mosaic 2287641", w)
L(f, "richmond_wandsworth", "mash_step_up", w, 6, "ordinary", "step_up", False, None, ["2287641"],
  [kid("Tyler Brannigan", "2045-03-03"), kid("Esme Osei", "2050-12-12"), kid("Reuben Osei", "2054-06-28")],
  ["domestic_abuse"], None, None, [], None, "book_meeting",
  "Complete R&W step-up from the EH team manager: case summary and rationale attached, children with DOBs in a Word "
  "table (a new partner's own children included). 'Mosaic ID 2287641' -> '2287641'. No notice rule -> null.",
  word_mail(f, top, blocks, atts))

f = "richmond_wandsworth_06.eml"; w = "2056-11-24 16:20:00"
body = T("""
Hi EH duty,

Step down for Priya Lal (DOB 07/09/2046), Mosaic 2301176. Case summary attached.

I have to be honest that mum has told me today she does not want Early Help involved - she says the household is
settled now that her lodger has moved out and she does not want "another worker in the house". I'm sending the
summary so you have it, and I'll try again at my closing visit, but as things stand she has declined.

No draft plan yet as there is nothing agreed to put in it.

Ravi
Ravi Menon, Social Worker, Richmond CIN Team
""")
atts = [pdf_att("Case summary P Lal.pdf", "Case summary - Priya Lal", ["Mosaic 2301176", "Lodger moved out 10/11/2056."])]
top = outlook_top(f, addr("Ravi Menon", "ravi.menon@richmondandwandsworth.gov.uk"), RE,
                  "Step down - Priya Lal", w)
L(f, "richmond_wandsworth", "early_help_duty", w, 9, "ordinary", "step_down", False, None, ["2301176"],
  [kid("Priya Lal", "2046-09-07")], [], False, None, ["consent", "draft_plan"], None, "request_info",
  "R&W step-down: case summary attached; mother has declined Early Help (consent false -> missing); no draft plan. "
  "'Mosaic 2301176' -> '2301176'.", mail(f, top, body, atts))

f = "richmond_wandsworth_07.eml"; w = "2056-10-09 09:50:00"
body = T("""
Good morning Jasper,

Confirming what we agreed on the phone just now: step-down case discussion for the Mahoney children on
Thursday 12 October 2056 at 14:00 on Teams.

Children: Ciara Mahoney (DOB 21/02/2049) and Fionn Mahoney (DOB 15/10/2053). Mosaic 2264099.

Dad has consented to Early Help continuing the plan, and to the school family worker (Aoife Brady, Sacred Heart
RC Primary) taking the Lead Professional role. The latest case summary and the draft Early Help plan are
attached. For context, dad's adult nephew stayed with them over the summer while between jobs; he has now moved
to his own flat.

My team manager Tess Harland will join.

Many thanks,
Dominic Achebe
Social Worker, Wandsworth Assessment Team
""")
atts = [docx_att("Mahoney case summary.docx", ["# Case summary", "Mosaic 2264099"]),
        docx_att("Draft Early Help plan - Mahoney.docx", ["# Draft plan for Early Help", "Outcome 1: routines."])]
top = outlook_top(f, addr("Dominic Achebe", "dominic.achebe@richmondandwandsworth.gov.uk"), RE,
                  "Step down case discussion - Mahoney - Thu 12/10 2pm", w,
                  cc="tess.harland@richmondandwandsworth.gov.uk")
L(f, "richmond_wandsworth", "early_help_duty", w, 4, "ordinary", "step_down", False, None, ["2264099"],
  [kid("Ciara Mahoney", "2049-02-21"), kid("Fionn Mahoney", "2053-10-15")], [], True, None, [], None,
  "book_meeting",
  "Complete R&W step-down: time agreed with the EH duty manager (within 5 days), case summary and draft plan "
  "attached, father's consent given. Step-down has no notice rule -> null.", mail(f, top, body, atts, html_alt=True))

f = "richmond_wandsworth_08.eml"; w = "2056-12-05 13:00:00"
body = T("""
Hi MASH,

Sending on behalf of my manager (she's in panel all afternoon and asked me to send it): we want to step up
Harvey Dunn (DOB 30/05/2043).

Rationale for step up
Harvey's adult cousin Lewis (19) has been staying since October and Harvey has started going missing overnight
with him - three nights in November, found by police in Kingston twice. He is 13, has lost
weight and police found cannabis on him on 28 November. We think there is exploitation and the Early Help plan
cannot hold it.

I'll send the case summary once I've updated it on Mosaic - probably Thursday.

Thanks
Keeley Marsh, Early Help Practitioner
""")
top = outlook_top(f, addr("Keeley Marsh", "keeley.marsh@richmondandwandsworth.gov.uk"), RM,
                  "Step up - Harvey Dunn", w)
L(f, "richmond_wandsworth", "mash_step_up", w, 3, "ordinary", "step_up", False, None, [],
  [kid("Harvey Dunn", "2043-05-30")], ["exploitation", "missing", "substance_misuse"], None, None,
  ["case_summary"], None, "request_info",
  "R&W step-up with the rationale pasted under its own heading but the case summary still to come -> missing "
  "case_summary. The missing episodes were in November and police found him; nothing happening now.",
  mail(f, top, body))

# ---------------------------------------------------------------- TOWER HAMLETS
f = "tower_hamlets_01.eml"; w = "2056-09-29 11:20:00"
blocks = ["MAST,", "",
          "I am a Private Sector Housing officer carrying out an HMO licence inspection at 41 Cable Street Chambers, E1 "
          "(nine bedsits, shared kitchen). I am still at the property.", "",
          "In room 6 I found a little girl of about 2 on her own. Other tenants (all adult men) tell me she is Ruby "
          "Mensah and her mother went out yesterday evening and has not come back; one of them gave her some bread "
          "this morning. The room has no heating, a mattress on the floor, and an open window onto a second-floor "
          "ledge. There is no one responsible for her here.", "",
          "I have stayed with her and I have called 999 as well. My mobile is 07700 900233.", "",
          "Chidi Okafor", "Environmental Health Officer (Private Sector Housing), LBTH"]
top = outlook_top(f, addr("Chidi Okafor", "chidi.okafor@towerhamlets.gov.uk"), TM,
                  "Child alone in HMO - 41 Cable Street Chambers", w, mid_domain="towerhamlets.gov.uk")
L(f, "tower_hamlets", "mash_step_up", w, 2, "urgent", "other", True, None, [], [kid("Ruby Mensah")], ["neglect"],
  None, None, [], None, "alert_duty",
  "Safety rule 1 (999 already called does not remove it): a 2-year-old alone overnight in an HMO bedsit among adult "
  "tenants, open window, mother gone since yesterday; the officer is still there. Word HTML only.",
  word_mail(f, top, blocks, plain_twin=False))

f = "tower_hamlets_02.eml"; w = "2056-11-29 12:48:00"
body = T("""
Dear MAST,

I supervise Mr Lee Harker on licence (released 04/11/2056; index offences: sexual activity with a child, 2051).
His licence conditions prohibit unsupervised contact with anyone under 18 and require him to live at approved
premises.

At his appointment this morning Mr Harker admitted he has not been sleeping at the approved premises for a week.
He has been sleeping on the sofa of a woman he knows from school days, Ms Nasreen Chowdhury, 12 Bow Quarter
Walk, E3, who has three children: Rahim Chowdhury (9), Sadia Chowdhury (7) and Nabil Chowdhury (3). He said Ms
Chowdhury does not know about his conviction and that he is collecting the two older children from school at
3.15 today and minding all three this evening while she is at the hospital with her mother.

Police have been informed and recall is being considered, but it will not be processed today.

Fatima Rahman
Probation Officer, Tower Hamlets Probation Delivery Unit
""")
top = outlook_top(f, addr("Fatima Rahman", "fatima.rahman@justice.example.gov.uk"), TM,
                  "Licence breach - Lee Harker - children at 12 Bow Quarter Walk", w, mid_domain="justice.example.gov.uk")
L(f, "tower_hamlets", "mash_step_up", w, 5, "urgent", "other", True, None, [],
  [kid("Rahim Chowdhury"), kid("Sadia Chowdhury"), kid("Nabil Chowdhury")], ["sexual_harm"], None, None, [],
  None, "alert_duty",
  "Safety rule 1 from probation: a man convicted of sexual activity with a child is sofa-surfing in a family home "
  "without the mother's knowledge and collects and minds three children this afternoon and evening; ages given, "
  "no DOBs.", mail(f, top, body))

f = "tower_hamlets_03.eml"; w = "2056-10-23 09:35:00"
body = T("""
Hi MAST,

Request for support attached for the Begum-Hart family (Aisha Hart, DOB 05/05/2051; Zayn Hart, DOB 14/01/2054).
My manager Rekha Das has agreed the step up - she's copied. Mosaic 3340912.

Worries are domestic abuse and mum's drinking. Please see mum's text below, which came in to my work phone at
08:52 - I forwarded it to my email so you have it word for word. I am trying to ring her back, no answer.

Liz Ferreira
Lead Practitioner, Tower Hamlets Early Help

---------- Forwarded message ---------
From: Liz Ferreira <liz.ferreira@towerhamlets.gov.uk>
Date: Mon, 23 Oct 2056 at 08:58
Subject: text from Shireen Hart 08:52

"liz its shireen on my sisters phone. the guy from the app is still here, 4th night, he wont go. he slapped aisha
across the face last nite when she told him to get out of mums room and he took my phone. hes asleep now. hes
said if i call anyone he'll take it out on the kids. im meant to go to work at 11, he says hell mind them"
""")
atts = [docx_att("Request for support - Begum-Hart.docx", ["# MAST Request for Support",
                 "Aisha Hart 05/05/2051, Zayn Hart 14/01/2054", "Manager agreement: Rekha Das 20/10/2056"])]
top = outlook_top(f, addr("Liz Ferreira", "liz.ferreira@towerhamlets.gov.uk"), TM,
                  "Step up - Begum-Hart - request for support", w, cc="rekha.das@towerhamlets.gov.uk",
                  mid_domain="towerhamlets.gov.uk")
L(f, "tower_hamlets", "mash_step_up", w, 6, "urgent", "step_up", True, None, ["3340912"],
  [kid("Aisha Hart", "2051-05-05"), kid("Zayn Hart", "2054-01-14")],
  ["domestic_abuse", "physical_harm", "substance_misuse"], None, True, [], None, "alert_duty",
  "Safety rule 1 in a forwarded text: a man the mother met on an app, staying four nights and refusing to leave, "
  "slapped the 5-year-old last night, took her phone and threatens the children; he is to mind them from 11 today. "
  "Otherwise a complete TH step-up (request for support attached, manager agreed).", mail(f, top, body, atts))

f = "tower_hamlets_04.eml"; w = "2056-09-07 15:00:00"
body = T("""
Hello,

Just for your records - the Miah family (Early Help, lead practitioner me) have taken a lodger from this week,
Mr Tomasz Wrobel, a nurse at the Royal London. I asked about it at my visit because of the children. Mum showed
me his enhanced DBS certificate (issued August 2056, nothing recorded) and a reference from his previous
landlord. The lodger has his own room with a lock and has no caring role for the children. Mum is happy, the
children (Ibrahim and Maryam) are fine, and I have no concerns.

I've recorded it on EHM. No action needed from the hub unless you want anything else from me.

Best
Rosa Quintero
Family Support Worker, Stepney Children and Family Centre
""")
top = plain_top(f, addr("Rosa Quintero", "rosa.quintero@towerhamlets.gov.uk"), TE, "Miah family - lodger (FYI)", w,
                "towerhamlets.gov.uk", None)
L(f, "tower_hamlets", "early_help_duty", w, 3, "near_miss", "other", False, None, [],
  [kid("Ibrahim Miah"), kid("Maryam Miah")], [], None, None, [], None, "human_review",
  "Near miss: a lodger with a clean enhanced DBS and no caring role, recorded for information with no concerns; "
  "children's surname from 'the Miah family'.", mail(f, top, body))

f = "tower_hamlets_05.eml"; w = "2056-10-11 16:30:00"
body = T("""
Hi,

I'm a second-year social work student on placement with the Early Help hub and I'm writing up a reflective
piece. Could someone tell me how this would be handled?

Hypothetically: a mum's new partner moves in with his 16-year-old son. One night the son hits the mum's 8-year-old
and is still living in the house the next morning. Would that be a MAST step-up, a call to 999, or a strategy
discussion? And would it matter if the son was himself known to YOT?

This isn't about a real family - it's a scenario from my university seminar.

Thanks so much,
Georgia Pike
""")
top = plain_top(f, addr("Georgia Pike", "georgia.pike@student.example.ac.uk"), TE,
                "Question for a placement assignment", w, "student.example.ac.uk", None)
L(f, "tower_hamlets", "early_help_duty", w, 2, "near_miss", "other", False, None, [], [], [], None, None, [], None,
  "human_review",
  "Near miss: a student's hypothetical scenario ('isn't about a real family'); no real child.",
  mail(f, top, body))

f = "tower_hamlets_06.eml"; w = "2056-11-14 10:20:00"
blocks = ["Dear Early Help Hub,", "",
          "Please accept this step-down from the Children's Social Work team for the Uddin children, following the "
          "Child and Family Assessment completed on 10 November 2056 (Mosaic 3318870).", "",
          ("table", [["Name", "DOB"], ["Tahmid Uddin", "19/09/2047"], ["Safa Uddin", "02/04/2052"]]), "",
          "Two of mum's cousins have been staying since the family's flat was extended; this is a cultural and practical "
          "arrangement and is not a concern. Mum has consented to the step-down and to Shanaz Begum (Family Support "
          "Worker, Bigland Green Primary School) as Lead Practitioner.", "",
          "Attached: the C&F Assessment and the TAF plan. I will arrange and chair the TAF meeting.", "",
          "Kind regards,", "Owen Pritchard", "Social Worker, Children's Social Work Team 3"]
atts = [pdf_att("CFA Uddin 10.11.2056.pdf", "Child and Family Assessment - Uddin", ["Completed 10/11/2056."]),
        docx_att("TAF plan - Uddin.docx", ["# TAF plan", "Lead Practitioner: Shanaz Begum"])]
top = outlook_top(f, addr("Owen Pritchard", "owen.pritchard@towerhamlets.gov.uk"), TE,
                  "Step down - Uddin - Mosaic 3318870", w, mid_domain="towerhamlets.gov.uk")
L(f, "tower_hamlets", "early_help_duty", w, 7, "ordinary", "step_down", False, None, ["3318870"],
  [kid("Tahmid Uddin", "2047-09-19"), kid("Safa Uddin", "2052-04-02")], [], True, None, [], None, "book_meeting",
  "Complete TH step-down: assessment and TAF plan attached, consent given, lead practitioner named with agency. "
  "Cousins staying, explicitly no concern.", word_mail(f, top, blocks, atts))

f = "tower_hamlets_07.eml"; w = "2056-12-14 15:10:00"
body = T("""
Hi MAST

Step up request for support attached for Leon Baptiste (DOB 11/11/2049). Mosaic 3352205.

Leon's mum has a new partner whose two adult sons (20 and 22) now live in the flat, and Leon (7) has started
saying he doesn't want to go home; school have seen him with no coat or lunch most days. Mum consents to the
referral.

I've sent the request to my team manager for sign-off but she's on leave until Monday, so I don't have her
agreement yet - I'll forward it as soon as she replies.

Thanks
Marcus Odell, Early Help Lead Practitioner
""")
atts = [docx_att("Request for support - L Baptiste.docx", ["# Request for Support", "Leon Baptiste 11/11/2049"])]
top = outlook_top(f, addr("Marcus Odell", "marcus.odell@towerhamlets.gov.uk"), TM, "Step up - Leon Baptiste", w,
                  mid_domain="towerhamlets.gov.uk")
L(f, "tower_hamlets", "mash_step_up", w, 4, "ordinary", "step_up", False, None, ["3352205"],
  [kid("Leon Baptiste", "2049-11-11")], ["neglect"], True, None, ["manager_agreed"], None, "request_info",
  "TH step-up with the request for support attached and consent given, but the manager's sign-off is pending -> "
  "manager_agreed null and missing.", mail(f, top, body, atts))

f = "tower_hamlets_08.eml"; w = "2056-10-27 17:05:00"
L(f, "tower_hamlets", "early_help_duty", w, 3, "ordinary", "meeting_reply", False, None, [], [], [], None, None, [],
  None, "record_reply",
  "Outlook iTIP REPLY (DECLINED) to a TAF meeting with a diary-clash comment; nothing about any child. Sent on the "
  "last BST Friday (+0100).",
  itip_reply(f, w, "Anjali Kapoor", "anjali.kapoor@towerhamlets.gov.uk",
             ("Early Help Hub", TE), "DECLINED",
             "TAF meeting - Uddin [SB-tower_hamlets-203]", "20561101T100000", "20561101T113000",
             "Microsoft Teams", comment="Sorry Owen, I'm at court that morning. Shanaz will update me afterwards."))

# ---------------------------------------------------------------- TORBAY
f = "torbay_01.eml"; w = "2056-10-30 08:20:00"
text = T("""
At the Crockers now (Flat 2, 9 Hele Rd). Mum not here, neighbour says she went out last night. Her bf's mate
Shane who kips on the sofa is the only adult, he's slumped and can't keep his eyes open. Needle and a burnt spoon
on the carpet next to Alfie's play mat. Alfie is 7 months. I'm staying with him till someone comes, pls ring me
07700 900561

Sent from my iPhone
Jade Penhaligon, EH Family Practitioner
""")
top = plain_top(f, addr("Jade Penhaligon", "jade.penhaligon@torbay.gov.uk"), BM, "Alfie Crocker", w,
                "torbay.gov.uk", "iPhone Mail (22A3354)")
L(f, "torbay", "mash_step_up", w, 1, "urgent", "other", True, None, [], [kid("Alfie Crocker")],
  ["neglect", "substance_misuse"], None, None, [], None, "alert_duty",
  "Safety rule 1 on a phone: a 7-month-old whose only adult is a sofa-surfing friend under the influence, a needle "
  "by the baby's mat, mother out since last night. First GMT working day (+0000).", iphone_mail(f, top, text))

f = "torbay_02.eml"; w = "2056-09-18 13:25:00"
L(f, "torbay", "early_help_duty", w, 2, "urgent", "meeting_reply", True, None, [], [kid("Ellie-Mae Vosper")],
  ["physical_harm"], None, None, [], None, "alert_duty",
  "Safety rule 1 in a declined invitation's comment: a 6-year-old with a lighter-shaped burn she says the mother's "
  "cousin (staying since last week) gave her; she goes home to him at 3.15 today. meeting_reply, but urgent first.",
  itip_reply(f, w, "Ross Trewin", "ross.trewin@torbay.gov.uk", ("Early Help triage", "earlyhelp@torbay.gov.uk"),
             "DECLINED", "Step-down triage - Vosper [SB-torbay-140]", "20560919T093000", "20560919T100000",
             "Torquay Town Hall, Room 4",
             comment="Can't do tomorrow's triage, sorry - the step-down is off. School rang at 12.50: Ellie-Mae Vosper (6) has "
                     "a burn on the back of her hand the shape of a lighter top and told her teacher 'cousin Ryan did it "
                     "cos I told on him'. Ryan is mum's cousin, moved in last week. She goes home to him at 3.15, mum is "
                     "at work till 6. Going to see my TM now."))

f = "torbay_03.eml"; w = "2056-09-08 07:00:00"
h = T("""
<html><body style="font-family:Verdana;font-size:10pt">
<table width="600" cellpadding="8"><tr><td style="background:#004b87;color:#fff">
<b>Torbay Safeguarding Children Partnership - Practice Bulletin, September 2056</b></td></tr>
<tr><td>
<h3>Think Family: who is in the house?</h3>
<p>Our latest learning review found that practitioners often knew the parent and the child but not the other adults
in the home. Examples from national reviews include a lodger with convictions for offences against children who was
left to babysit; a parent's friend dealing drugs from the flat where a toddler swallowed a tablet; a new partner's
teenage son who assaulted a younger child; and a man a mother had met online days before who was left in charge of
her children.</p>
<p>Ask who lives there, who stays over and who looks after the children. If a child is in danger now, phone 999.</p>
<h3>Also this month</h3>
<p>New multi-agency neglect toolkit training dates; changes to the MASH contact form.</p>
</td></tr></table>
<p style="font-size:8pt">You receive this bulletin because you work with children in Torbay. Unsubscribe.</p>
</body></html>
""")
top = plain_top(f, addr("TSCP Bulletin", "tscp.bulletin@torbay.gov.uk"), BE, "TSCP Practice Bulletin - September 2056",
                w, "torbay.gov.uk", "Mailchimp", extra=[("List-Unsubscribe", "<mailto:unsubscribe@torbay.gov.uk>"),
                                                        ("Precedence", "bulk")])
L(f, "torbay", "early_help_duty", w, 6, "near_miss", "other", False, None, [], [], [], None, None, [], None,
  "human_review",
  "Near miss: a partnership newsletter listing examples from national reviews (lodger babysitting, drugs, assault, "
  "a man met online) and 'If a child is in danger now, phone 999': no real child.",
  build(top, text_part(h, "html", crlf=True), True))

f = "torbay_04.eml"; w = "2056-11-08 11:00:00"
body = T("""
Hi Early Help,

Please could the Pengelly family have a triage slot for step-down to level 3. LCS ref LCS-6620148.

Harper Pengelly, DOB 02/02/2049
Mason Pengelly, DOB 16/07/2055

The Single Assessment is attached. My team manager Debbie Coles has recorded her analysis confirming the
threshold is met for level 3 (attached with the assessment). Mum has consented to level 3 Early Help.

You'll see in the assessment that mum's 17-year-old cousin, Kyle, is staying with the family while at college.
He had a youth caution for assault in 2055, which is spent; YOS closed his case in March, police and school have
no current concerns, and mum and the children are comfortable with him there. I've looked at this carefully and it
is not a worry for the step-down.

Thanks
Becky Rowe, Social Worker, Single Assessment Team
""")
atts = [pdf_att("Single Assessment - Pengelly.pdf", "Single Assessment - Pengelly",
                ["LCS-6620148", "Manager's analysis (D Coles): threshold met for level 3 intervention."])]
top = outlook_top(f, addr("Becky Rowe", "becky.rowe@torbay.gov.uk"), BE, "Step down triage - Pengelly", w,
                  mid_domain="torbay.gov.uk")
L(f, "torbay", "early_help_duty", w, 5, "near_miss", "step_down", False, 3, ["LCS-6620148"],
  [kid("Harper Pengelly", "2049-02-02"), kid("Mason Pengelly", "2055-07-16")], [], True, True, [], None,
  "book_meeting",
  "Near miss: a cousin staying with a spent 2055 caution, YOS closed, no current concerns. Complete Torbay step-down "
  "(assessment, manager's analysis, consent); Mason is 1, so the under-5s triage; level 3 is Torbay's step-down "
  "level and stated as 'level 3'.", mail(f, top, body, atts))

f = "torbay_05.eml"; w = "2056-10-17 10:05:00"
body = T("""
Hi Sophie (EH worker) - mum here, Chloe Tozer. Can you pass this on to whoever needs it, the landlord sent it
yesterday and I'm worried we'll lose the flat.

---------- Forwarded message ---------
From: Bayview Lettings <lettings@bayview.example.co.uk>
Date: Mon, 16 Oct 2056
Subject: Formal warning - noise - Flat 3, 18 Abbey Road

Dear Ms Tozer,

We have received complaints from the flat below about loud music, shouting and banging after midnight on 7, 8 and
14 October. Torbay Environmental Health visited on 14 October and confirmed the noise was amplified music from
your lodger Mr Jason Lee's room during his birthday gathering. This letter is a formal warning under clause 12 of
your tenancy (nuisance). Mr Lee's sublet must end by 30 November or we will consider further action.

Bayview Lettings
""")
top = plain_top(f, addr("Chloe Tozer", "chloetozer@example.com"), BE, "Fwd: Formal warning - noise - Flat 3, 18 Abbey Road",
                w, "example.com", None)
L(f, "torbay", "early_help_duty", w, 4, "near_miss", "other", False, None, [], [], [], None, None, [], None,
  "human_review",
  "Near miss: a parent forwards a landlord's noise complaint ('shouting and banging after midnight') explained by "
  "Environmental Health as a lodger's party music; no child is described at harm; no child named.",
  mail(f, top, body, crlf=False))

f = "torbay_06.eml"; w = "2056-11-30 14:40:00"
body = T("""
Hello,

Triage slot request please - step down to level 3 Early Help for the Yeo children:
Isla Yeo (DOB 08/08/2051)
Teddy Yeo (DOB 25/03/2055)
LCS-6651730

Single Assessment attached. My TM (Gareth Lamb) has recorded his analysis - threshold for level 3 met.

Consent: mum seemed keen when we spoke about it on the doorstep but her partner's mother lives with them now and
was there, so I want to go through it properly with mum on her own at my visit on Tuesday. I'll confirm after.

Kind regards
Natalie Ford, Social Worker, Safeguarding and Supporting Families
""")
atts = [docx_att("Single Assessment Yeo.docx", ["# Single Assessment", "LCS-6651730", "Manager's analysis: G Lamb"])]
top = outlook_top(f, addr("Natalie Ford", "natalie.ford@torbay.gov.uk"), BE, "Triage request - Yeo - LCS-6651730", w,
                  mid_domain="torbay.gov.uk")
L(f, "torbay", "early_help_duty", w, 3, "ordinary", "step_down", False, 3, ["LCS-6651730"],
  [kid("Isla Yeo", "2051-08-08"), kid("Teddy Yeo", "2055-03-25")], [], None, True, ["consent"], None, "request_info",
  "Torbay step-down: assessment attached, TM analysis recorded; consent only 'seemed keen' and still to be asked at "
  "Tuesday's visit -> null, missing consent. Teddy is 1 (under-5s triage).", mail(f, top, body, atts))

f = "torbay_07.eml"; w = "2056-09-27 15:55:00"
body = T("""
Dear MASH,

I am contacting you about Jayden Hext (DOB 13/12/2046), open to Early Help at level 3, LCS-6598021.

Jayden's dad's new partner and her two adult children moved in during August. Since then Jayden (9) has been
sleeping at his nan's most nights, school report he is withdrawn, and dad says the house is "too full". Dad has
consented to a contact to MASH.

I should say my assistant team manager, Karen Hoskin, does not agree this meets level 4 - she thinks we should
try a family network meeting first. I disagree and am sending it for your view.

Regards
Tom Ashworth, Early Help Family Practitioner
""")
top = outlook_top(f, addr("Tom Ashworth", "tom.ashworth@torbay.gov.uk"), BM, "Contact to MASH - Jayden Hext", w,
                  mid_domain="torbay.gov.uk")
L(f, "torbay", "mash_step_up", w, 8, "ordinary", "step_up", False, None, ["LCS-6598021"],
  [kid("Jayden Hext", "2046-12-13")], [], True, False, ["manager_agreed"], None, "request_info",
  "Torbay step-up (contact to MASH): consent given; the ATM does not agree it meets level 4 -> manager_agreed false, "
  "missing. 'Jayden (9)': DOB 13/12/2046 makes him 9.", mail(f, top, body))

f = "torbay_08.eml"; w = "2056-12-12 09:10:00"
text = T("""
Morning, mum signed the consent form at yesterday's visit - scan attached.

Natalie

On 30 Nov 2056, at 14:46, stepbot <earlyhelp@torbay.gov.uk> wrote:
""") + stepbot_ack("SB-torbay-171", ["Thank you. Your step-down request for the Yeo children is recorded as SB-torbay-171.",
                                     "Still needed: confirmation that the family's consent for level 3 Early Help has been given."])
atts = [pdf_att("Consent form Yeo signed.pdf", "Consent to Early Help (level 3)", ["Signed 11/12/2056."])]
top = plain_top(f, addr("Natalie Ford", "natalie.ford@torbay.gov.uk"), BE, "Re: [SB-torbay-171] Triage request - Yeo - LCS-6651730",
                w, "torbay.gov.uk", "iPhone Mail (22B91)")
L(f, "torbay", "early_help_duty", w, 2, "ordinary", "follow_up", False, None, ["LCS-6651730"], [], [], True, None, [],
  None, "attach_to_request",
  "iPhone reply to SB-torbay-171 adding the signed consent form: follow_up -> attach_to_request; consent true; "
  "no child named in full (only 'the Yeo children').", iphone_mail(f, top, text, atts))

# ---------------------------------------------------------------- HEREFORDSHIRE
f = "herefordshire_01.eml"; w = "2056-10-05 10:50:00"
blocks = ["Good morning,", "",
          "I am the Designated Safeguarding Lead at Wyebridge High School. At 9.40 this morning Jade Lucas (Year 9, DOB "
          "22/02/2042) came to my office and told me the following, which I wrote down as she said it:", "",
          "\"My uncle Craig got out of prison last week and he's sleeping on our sofa. On Tuesday night and last night "
          "he came in my room when everyone was asleep and got in my bed and touched me. I told mum this morning and she "
          "said I was making it up. He's going to be there tonight.\"", "",
          "Craig is mum's brother. Jade has a sister, Poppy Lucas (aged 10), who shares her room. Jade says she will not "
          "go home. She is with me in the pastoral office.", "",
          "Please advise what happens next.", "",
          "Helen Ravenscroft", "Designated Safeguarding Lead, Wyebridge High School"]
top = outlook_top(f, addr("Helen Ravenscroft", "h.ravenscroft@wyebridge.example.sch.uk"), HM,
                  "Disclosure - Jade Lucas", w, mid_domain="wyebridge.example.sch.uk")
L(f, "herefordshire", "mash_step_up", w, 3, "urgent", "other", True, None, [],
  [kid("Jade Lucas", "2042-02-22"), kid("Poppy Lucas")], ["sexual_harm"], None, None, [], None, "alert_duty",
  "Safety rule 1 in the child's words: a sofa-surfing uncle just out of prison got into a 14-year-old's bed two "
  "nights running; mother disbelieves; he will be there tonight with her and her 10-year-old sister. Word HTML.",
  word_mail(f, top, blocks))

f = "herefordshire_02.eml"; w = "2056-11-21 15:30:00"
body = T("""
Hello,

Please see the attached record from today's visit. I have also tried to ring the MASH number twice.

Rachel Amos
Health Visitor, Wye Valley 0-19 team
""")
atts = [pdf_att("HV contact record 21.11.2056 Price.pdf", "Health Visiting contact record - 21/11/2056",
                ["Child: Isla Price  DOB 02/08/2056 (15 weeks)", "Visit: 13:00, home, mother present.",
                 "Mother's new partner moved in with his son Callum Webb (17) in October.",
                 "Observed: two oval bruises on each upper arm of Isla, consistent with gripping. Mother said Callum",
                 "was 'a bit rough with her' when she would not settle last night.",
                 "Callum remains at the home. Mother works 6pm-11pm tonight and said Callum will look after Isla.",
                 "Mother declined to take Isla to the GP or hospital today.",
                 "Action: discussed with named nurse; referral to MASH by email and phone."])]
top = outlook_top(f, addr("Amos Rachel", "rachel.amos@nhs.example.net"), HE, "Visit record - Price", w,
                  mid_domain="nhs.example.net")
L(f, "herefordshire", "early_help_duty", w, 6, "urgent", "other", True, None, [], [kid("Isla Price", "2056-08-02")],
  ["physical_harm"], None, None, [], None, "alert_duty",
  "Safety rule 1 only in the PDF attachment: a 15-week-old with grip bruises from the new partner's 17-year-old son, "
  "who looks after her tonight; mother declined medical care. Sent to the wrong inbox (co-ordinators).",
  mail(f, top, body, atts))

f = "herefordshire_03.eml"; w = "2056-09-11 12:00:00"
body = T("""
Dear colleagues,

I'd like to step up the Morgan family (Evan Morgan, DOB 03/06/2050) to social care.

Over the summer, dad's friend Neil stayed with them for about six weeks and we were worried he was using and
selling cannabis from the house. Neil left at the end of August and is now living in Cardiff; dad has a written
safety plan agreed with the TAF that Neil will not stay again, and there has been no sign of him since.

The reason I'm asking now is dad's ongoing non-engagement with the plan and Evan's attendance (79%).

My manager Lucy Powell agrees.

Thanks
Ffion Bevan, Early Help Family Support Worker
""")
top = outlook_top(f, addr("Ffion Bevan", "ffion.bevan@herefordshire.gov.uk"), HM, "Step up request - Morgan", w,
                  mid_domain="herefordshire.gov.uk")
L(f, "herefordshire", "mash_step_up", w, 4, "near_miss", "step_up", False, None, [],
  [kid("Evan Morgan", "2050-06-03")], ["non_engagement", "school_attendance"], None, True, [], None, "human_review",
  "Near miss: a father's friend who dealt cannabis from the house left in August and lives in Cardiff, safety plan "
  "in place - resolved, person gone. Herefordshire defines no step-up -> missing [], human_review. Concerns are the "
  "current reasons only.", mail(f, top, body))

f = "herefordshire_04.eml"; w = "2056-10-25 17:32:00"
L(f, "herefordshire", "early_help_duty", w, 1, "near_miss", "auto_reply", False, None, [], [], [], None, None, [],
  None, "ignore",
  "Near miss: an out-of-office whose standard text says 'if you believe a child is at risk of immediate harm, "
  "phone 999' - risk words about nobody; auto_reply -> ignore.",
  ooo(f, w, "Verity Lang", "verity.lang@herefordshire.gov.uk", HE, "Step down plan - Watkins",
      T("""
Thank you for your email. I am on annual leave until Monday 30 October 2056 with no access to email.

Step-down plans will be processed by the Early Help Co-ordinator team in my absence.

If you believe a child is at risk of immediate harm, please do not wait for a reply: phone the police on 999 or the
MASH during office hours; out of hours, contact the Emergency Duty Team.

Verity Lang, Early Help Co-ordinator Manager
""")))

f = "herefordshire_05.eml"; w = "2056-10-13 14:00:00"
blocks = ["Hi Early Help Co-ordinators,", "",
          "Please find attached the Early Help Assessment step-down plan for the Hughes-Baker sibling group, following "
          "my discussion with Xavier on Tuesday, and mum's signed consent form.", "",
          ("table", [["Child", "DOB"], ["Connor Hughes-Baker", "11/01/2045"], ["Lacey Hughes-Baker", "06/06/2048"],
                     ["Mia Hughes-Baker", "27/09/2053"]]), "",
          "Key person (lead practitioner): Megan Pryce, Family Support Worker, Ledbury Primary School - agreed with "
          "mum and Megan.", "",
          "Mosaic number 4419026. Mum's lodger moved out in the summer and the household is now mum and the children.", "",
          "Thanks,", "Ioan Prosser", "Social Worker, Herefordshire Children's Services"]
atts = [docx_att("EHA step-down plan - Hughes-Baker.docx", ["# Early Help Assessment step-down plan",
                 "What needs to happen / by whom / outcome / timescale"]),
        pdf_att("Consent form signed - Hughes-Baker.pdf", "Early Help consent form", ["Signed by mother 09/10/2056."])]
top = outlook_top(f, addr("Ioan Prosser", "ioan.prosser@herefordshire.gov.uk"), HE,
                  "Step down - Hughes-Baker sibling group", w, mid_domain="herefordshire.gov.uk")
L(f, "herefordshire", "early_help_duty", w, 5, "ordinary", "step_down", False, None, ["4419026"],
  [kid("Connor Hughes-Baker", "2045-01-11"), kid("Lacey Hughes-Baker", "2048-06-06"),
   kid("Mia Hughes-Baker", "2053-09-27")], [], True, None, [], None, "book_meeting",
  "Complete Herefordshire sibling-group step-down: plan and signed consent form attached, key person with agency. "
  "'Mosaic number 4419026' -> '4419026'. Consent true from the signed form. Level not stated -> null (the pack's "
  "default level 3 is not written in the mail).", word_mail(f, top, blocks, atts))

f = "herefordshire_06.eml"; w = "2056-11-27 11:45:00"
body = T("""
Hi,

Step-down plan attached for Ruby Walsh (DOB 18/03/2052). Mosaic 4430551.

Mum gave verbal consent on the phone on Friday; I'm posting the consent form to her to sign as she has no printer.
We haven't yet identified a key person - school aren't keen as Ruby is moving schools in January, and mum's new
partner's sister (who lives with them) has offered but isn't a professional. Can we talk about it at the drop-in?

Thanks,
Sian Hollis, Social Worker
""")
atts = [docx_att("EHA step down plan R Walsh.docx", ["# Early Help Assessment step-down plan", "Ruby Walsh"])]
top = outlook_top(f, addr("Sian Hollis", "sian.hollis@herefordshire.gov.uk"), HE, "Step down plan - Ruby Walsh", w,
                  mid_domain="herefordshire.gov.uk")
L(f, "herefordshire", "early_help_duty", w, 4, "ordinary", "step_down", False, None, ["4430551"],
  [kid("Ruby Walsh", "2052-03-18")], [], True, None, ["consent_form", "lead_practitioner"], None, "request_info",
  "Herefordshire step-down: plan attached; verbal consent (consent true) but no written consent form; no key "
  "person identified -> missing consent_form, lead_practitioner.", mail(f, top, body, atts))

f = "herefordshire_07.eml"; w = "2056-12-07 16:05:00"
body = T("""
Hello team,

Step down for Dylan Price-Evans (DOB 09/09/2047). Attached: signed consent form and the step down plan.
Lead practitioner: Owain Jenkins, Youth Worker, Hereford YMCA.

Dylan's older cousin stayed for a few weeks in November while his own mum was in hospital - that's finished and
there were no concerns.

Thanks
Carys Lloyd, Social Worker
""")
atts = [pdf_att("Consent form - Price-Evans.pdf", "Early Help consent form", ["Signed 05/12/2056."]),
        binary_part("application/vnd.ms-word.document.macroEnabled.12", "Step down plan - Price-Evans.docm",
                    make_docx(["# Early Help Assessment step-down plan", "Dylan Price-Evans"]))]
top = outlook_top(f, addr("Carys Lloyd", "carys.lloyd@herefordshire.gov.uk"), HE, "Step down - Dylan Price-Evans", w,
                  mid_domain="herefordshire.gov.uk")
L(f, "herefordshire", "early_help_duty", w, 9, "ordinary", "step_down", False, None, [],
  [kid("Dylan Price-Evans", "2047-09-09")], [], True, None, ["draft_plan"], None, "request_info",
  "Herefordshire step-down: consent form (PDF) and lead practitioner given, but the plan is a macro-enabled .docm, "
  "which REQUIREMENTS.md says is refused and meets nothing -> missing draft_plan. Consent true from the signed form.",
  mail(f, top, body, atts))

f = "herefordshire_08.eml"; w = "2056-09-13 09:20:00"
body = T("""
Good morning,

Sorry for my English. I am the new family support worker at Kington Family Centre, I start last month. For the
step down of the Nowicki children, the social worker ask me to be key person, I agree yesterday with mum Agnieszka.
So please put me: Kasia Zielinska, Family Support Worker, Kington Family Centre, tel 01432 496 118.

Thank you very much,
Kasia

-----Original Message-----
From: stepbot <earlyhelpcoordinators@herefordshire.gov.uk>
Sent: 12 September 2056 10:02
Subject: [SB-herefordshire-57] Step down - Nowicki

Your step-down request is recorded as SB-herefordshire-57.
Still needed: the details of the key person (key professional) agreed with the family to lead on this step-down.
""")
top = outlook_top(f, addr("Kasia Zielinska", "kasia.zielinska@kingtonfc.example.org.uk"), HE,
                  "RE: [SB-herefordshire-57] Step down - Nowicki", w, mid_domain="kingtonfc.example.org.uk")
L(f, "herefordshire", "early_help_duty", w, 7, "ordinary", "follow_up", False, None, [], [], [], None, None, [], None,
  "attach_to_request",
  "Follow-up in non-native English to SB-herefordshire-57 adding the key person: follow_up -> attach_to_request; "
  "no child named (only 'the Nowicki children'); mum's agreement to the key person is not consent to the step-down.",
  mail(f, top, body))

# ============================================================================ self-checks
import holidays, yaml
WIN_START, WIN_END = date(2056, 9, 4), date(2056, 12, 15)
BST_END = datetime(2056, 10, 29, 1, 0, tzinfo=UTC)      # last Sunday of October, 01:00 UTC
BH = {d for d in holidays.country_holidays("GB", subdiv="ENG", years=[2056, 2057])}
OWN_BH = {date(2056, 1, 1), date(2056, 1, 3), date(2056, 3, 31), date(2056, 4, 3), date(2056, 5, 1),
          date(2056, 5, 29), date(2056, 8, 28), date(2056, 12, 25), date(2056, 12, 26)}
CONCERNS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
            "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation", "school_attendance",
            "young_carer", "disability_send"}
FORBIDDEN = re.compile(r"urgent|immediate|emergency|at risk|risk of harm|danger|\basap\b", re.I)
ERR = []

def wd_between(today, meeting):
    n, d = 0, today
    while d < meeting:
        d += timedelta(days=1)
        if d.weekday() < 5 and d not in BH:
            n += 1
    return n

def plain_weekdays(today, meeting):
    return sum(1 for i in range(1, (meeting - today).days + 1) if (today + timedelta(days=i)).weekday() < 5)

def req_ids(authority, kind, level, concerns):
    pack = yaml.safe_load(open("/work/main/config/authorities/%s.yaml" % authority))
    k = pack["kinds"].get(kind)
    if not k or k.get("defined") is False:
        return None
    ids = set()
    for r in k.get("requirements", []):
        w = r.get("when") or {}
        if "level" in w and w["level"] != (level or k.get("default_level")):
            continue
        if "concern" in w and w["concern"] not in concerns:
            continue
        if w.get("stated"):          # exceptions this set never relies on
            continue
        ids.add(r["id"])
    return ids

def check():
    for y in [2056]:
        own = {d for d in OWN_BH if d.year == y}
        pk = {d for d in BH if d.year == y}
        if own != pk:
            ERR.append("bank holidays differ: %s" % (own ^ pk))
    assert not [d for d in BH if WIN_START <= d <= WIN_END], "a bank holiday inside the window"
    cats = {}
    for lab in LABELS:
        f, e = lab["file"], lab["expect"]
        cats[CATS[f]] = cats.get(CATS[f], 0) + 1
        raw = FILES[f]
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if msg.defects:
            ERR.append("%s defects %s" % (f, msg.defects))
        d = email.utils.parsedate_to_datetime(msg["Date"])
        local = d.astimezone(LON)
        if not (WIN_START <= local.date() <= WIN_END) or local.weekday() >= 5 or local.date() in BH:
            ERR.append("%s date %s" % (f, d))
        want = timedelta(hours=1) if d.astimezone(UTC) < BST_END else timedelta(0)
        if d.utcoffset() != want:
            ERR.append("%s offset %s" % (f, d.utcoffset()))
        now = datetime.fromisoformat(lab["now"])
        if now.utcoffset() != d.utcoffset() or not (60 <= (now - d).total_seconds() <= 600):
            ERR.append("%s now %s vs %s" % (f, now, d))
        text = readable(msg)
        # urgency, categories, next_action
        if e["urgent"] != (CATS[f] == "urgent"):
            ERR.append("%s urgent/category" % f)
        if e["urgent"] and FORBIDDEN.search(text):
            ERR.append("%s urgent mail uses a forbidden word: %s" % (f, FORBIDDEN.search(text)[0]))
        kind = e["kind"]
        req = req_ids(lab["authority"], kind, e["level"], e["concerns"]) if kind in ("step_up", "step_down") else set()
        if req is None:
            req = set()
            undefined = True
        else:
            undefined = False
        if not set(e["missing"]) <= req:
            ERR.append("%s missing %s not in pack %s" % (f, e["missing"], req))
        if e["missing"] != sorted(set(e["missing"])) or e["concerns"] != sorted(set(e["concerns"])):
            ERR.append("%s not sorted" % f)
        if not set(e["concerns"]) <= CONCERNS:
            ERR.append("%s bad concern" % f)
        for fact, val in (("consent", e["consent"]), ("manager_agreed", e["manager_agreed"])):
            if fact in req and (val is not True) != (fact in e["missing"]):
                ERR.append("%s %s vs missing" % (f, fact))
        if "children" in req and (not e["children"]) != ("children" in e["missing"]):
            ERR.append("%s children vs missing" % f)
        if "case_id" in req and (not e["case_ids"]) != ("case_id" in e["missing"]):
            ERR.append("%s case_id vs missing" % f)
        if e["level"] is not None and (kind != "step_down" or e["level"] not in (2, 3)):
            ERR.append("%s level" % f)
        notice_kind = lab["authority"] == "knowsley" and kind in ("step_up", "step_down")
        mt = META[f]["meeting"]
        if notice_kind:
            if mt is None:
                if e["notice_ok"] is not None or "meeting_details" not in e["missing"]:
                    ERR.append("%s notice without a date" % f)
            else:
                ok = wd_between(now.astimezone(LON).date(), mt) >= 5
                if e["notice_ok"] != ok:
                    ERR.append("%s notice %s vs %s" % (f, e["notice_ok"], ok))
        elif e["notice_ok"] is not None or mt is not None:
            ERR.append("%s notice where none applies" % f)
        if e["urgent"]:
            na = "alert_duty"
        elif kind == "auto_reply":
            na = "ignore"
        elif kind == "meeting_reply":
            na = "record_reply"
        elif kind == "follow_up":
            na = "attach_to_request"
        elif kind == "other" or undefined:
            na = "human_review"
        elif e["missing"] or e["notice_ok"] is False:
            na = "request_info"
        else:
            na = "book_meeting"
        if e["next_action"] != na:
            ERR.append("%s next_action %s, rules say %s" % (f, e["next_action"], na))
        if kind in ("other", "follow_up", "meeting_reply", "auto_reply") and e["missing"]:
            ERR.append("%s missing on a kind without requirements" % f)
        # the labelled facts are in the mail
        for cid in e["case_ids"]:
            if cid not in text:
                ERR.append("%s case id %s not in text" % (f, cid))
        for c in e["children"]:
            first = c["name"].split()[0]
            if first not in text:
                ERR.append("%s child %s not in text" % (f, c["name"]))
            if c["dob"]:
                y, m, dd = c["dob"].split("-")
                if "%s/%s/%s" % (dd, m, y) not in text:
                    ERR.append("%s dob %s not in text" % (f, c["dob"]))
                age = (now.date() - date(int(y), int(m), int(dd))).days / 365.25
                if not 0 <= age < 18:
                    ERR.append("%s child %s age %.1f" % (f, c["name"], age))
        mb = MAILBOXES[(lab["authority"], lab["mailbox"])]
        if mb.lower() not in (str(msg["To"]) + str(msg["Cc"] or "")).lower():
            ERR.append("%s not addressed to %s" % (f, mb))
    per = {}
    for lab in LABELS:
        per[lab["authority"]] = per.get(lab["authority"], 0) + 1
    if set(per.values()) != {8} or len(per) != 5:
        ERR.append("per authority %s" % per)
    if cats.get("urgent", 0) < 11 or cats.get("near_miss", 0) < 11 or len(LABELS) != 40:
        ERR.append("categories %s" % cats)
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        names = sorted(l["file"] for l in LABELS if l["authority"] == a)
        if names != ["%s_%02d.eml" % (a, i) for i in range(1, 9)]:
            ERR.append("names %s" % names)
    return cats

def stats():
    print("Knowsley notice:")
    for lab in LABELS:
        mt = META[lab["file"]]["meeting"]
        if lab["authority"] == "knowsley" and mt:
            t = datetime.fromisoformat(lab["now"]).astimezone(LON).date()
            print("  %s %s -> %s: %d WD, %d weekdays" % (lab["file"], t, mt, wd_between(t, mt), plain_weekdays(t, mt)))
    print("bank holidays 2056:", sorted(d for d in BH if d.year == 2056))

if __name__ == "__main__":
    cats = check()
    if ERR:
        print("\n".join(ERR)); sys.exit(1)
    for f, data in FILES.items():
        with open(os.path.join(HERE, f), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "labels.json"), "w") as fh:
        json.dump(sorted(LABELS, key=lambda l: l["file"]), fh, indent=1, ensure_ascii=False); fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w") as fh:
        json.dump(dict(sorted(CATS.items())), fh, indent=1); fh.write("\n")
    print("wrote %d files; %s" % (len(FILES), cats))
    if "--stats" in sys.argv:
        stats()
