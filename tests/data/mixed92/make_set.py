#!/usr/bin/env python3
"""mixed92: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the spring term of 2039 (Tuesday 4 January - Friday 8 April 2039, Good Friday; no mail is dated on Good Friday,
so the last mail day is Thursday 7 April), in animals and children: dangerous and banned dogs, animal cruelty as a
warning sign, pets used as threats, exotic snakes, animal hoarding, a farm dog, a child hurting animals.

GMT (+0000) until Sunday 27 March 2039, BST (+0100) from Monday 28 March. Bank holidays from the `holidays` package:
New Year's Day (observed) Monday 3 January 2039 (before the window), Good Friday 8 April (last day of the window, no
mail), Easter Monday 11 April (after the window, but inside three Knowsley notice counts).

MIME, Word HTML, PDF, .docx, iCalendar, out-of-office, NDR, quote-chain and readable-text helpers are copied from
/work/main/tests/data/mixed27/make_set.py (the brief's model) and adapted. Every label was set by hand from the
specification; the self-checks only verify them and STOP before writing anything on any error. Deterministic.
Run: /work/main/.venv/bin/python make_set.py [--stats]
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
    """Local (Europe/London) wall-clock time: GMT (+0000) until 27 March 2039, BST (+0100) after. The self-check
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
            zi = zipfile.ZipInfo(name, date_time=(2039, 1, 2, 0, 0, 0))
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




# ============================================================================= mixed92 content
def wd_count(today, meeting, bh):
    n, d = 0, today
    while d < meeting:
        d += timedelta(days=1)
        if d.weekday() < 5 and d not in bh:
            n += 1
    return n

KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KDOM = "knowsley.gov.uk"
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HDOM = "herefordshire.gov.uk"


# ----------------------------------------------------------------------------- KNOWSLEY
def knowsley_01():
    f = "knowsley_01.eml"; when = "2039-01-18 14:32:10"
    body = T("""
Hi MASH,

Step up request for baby Ellie-Mae Quirk (DOB 02/08/2038), EHM-53317. Form and GCP2 attached.

I did a joint visit with the health visitor this morning. Mum's ex-partner left his dog at the flat in
December - a big XL bully type, no collar, no exemption paperwork that mum has ever seen. On Tuesday last
week (11th) it bit Ellie-Mae on the cheek and hand while she was on her play mat. Mum didn't take her to
the GP; the HV saw the marks today, they are scabbed over.

When we knocked this morning nobody answered for several minutes. Mum had gone to the shop over the road
and Ellie-Mae was on her own in the living room with the dog lying next to the bouncer chair. Mum says the
dog "is fine with her now" and she has nowhere else to put it. She won't give it up and the ex won't take
it back. The flat is on the 4th floor, one bedroom, and the dog sleeps in the same room as the cot.
Ellie-Mae will be in that flat with the dog tonight and every night until something changes.

Concerns: neglect (supervision, home conditions - see GCP2) and physical harm (the bite).

My team manager Lorna Baxendale has read this and agreed the step up. I haven't had a TAF since
November so I've no recent minutes, and I haven't set a date for the step-up TAF yet - I wanted this
with you today first.

Thanks
Jodie Farrell
Family First Case Manager (Level 3) | Knowsley Council | 0151 496 0733
""") + KDISC
    top = outlook_top(f, addr("Farrell, Jodie", "Jodie.Farrell@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Ellie-Mae Quirk - EHM-53317", when, cc=addr("Baxendale, Lorna", "Lorna.Baxendale@" + KDOM))
    atts = [docx_att("FF Step Up Request to CSC - Quirk.docx", appendix1([
                ("Child's name and DOB:", "Ellie-Mae Quirk 02/08/2038"), ("Case ID on EHM:", "EHM-53317"),
                ("What are we worried about?", "Bite to baby's face and hand on 11/01; baby left alone with the dog; dog sleeps by the cot."),
                ("What is working well?", "Mum attends baby clinic; maternal grandmother in Prescot offers to help."),
                ("What needs to happen?", "CSC assessment of supervision and the dog in the home."),
                ("Team Manager agreement:", "Lorna Baxendale, agreed 18/01/2039")])),
            pdf_att("GCP2 - Quirk.pdf", "Graded Care Profile 2 - Ellie-Mae Quirk",
                    ["Area 1 Physical care: grade 3", "Area 2 Safety: grade 4 - supervision, dog in the home",
                     "Area 3 Love and care: grade 2", "Area 4 Stimulation: grade 3", "Completed 18/01/2039 J. Farrell"])]
    add(f, mail(f, top, body, atts), "knowsley", "mash_step_up", when, 3, "urgent", "step_up", True, None,
        ["EHM-53317"], [ch("Ellie-Mae Quirk", "2038-08-02", "02/08/2038")], ["neglect", "physical_harm"], None, True,
        ["meeting_details", "taf_minutes"], None, "alert_duty",
        "SAFETY RULE 1: a 5-month-old bitten by an unregistered XL-bully-type dog last week was found alone with it "
        "this morning and sleeps by it tonight - told plainly, no alarm word. Knowsley step_up: form (docx) and GCP2 "
        "(neglect) attached, EHM id, team manager 'agreed'; no TAF minutes and no step-up TAF date -> taf_minutes and "
        "meeting_details missing, notice null-given so notice_ok null; urgent -> alert_duty.",
        not_children=["Jodie Farrell", "Lorna Baxendale"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2039-02-09 08:12:44"
    comment = ("Declining - I won't make Weds. I'm sat outside the Dempsey house now. Mum rang me at 7: Craig "
               "strangled the cat in the kitchen last night in front of Kayden Dempsey and Ruby Dempsey and then "
               "told her \"the kids are next\" if she goes to her sister's. He's still in the house, he's off work "
               "today, and the kids are not going to school. Mum is too scared to leave. Please can someone from "
               "MASH ring me on 07700 900614.")
    data = itip_reply(f, when, "Gemma Tarbuck", "Gemma.Tarbuck@" + KDOM, ("Knowsley MASH", KMASH), "DECLINED",
                      "Step-up TAF meeting - Dempsey (EHM-52817)", "20390216T100000", "20390216T113000",
                      "Microsoft Teams Meeting", comment=comment)
    add(f, data, "knowsley", "mash_step_up", when, 2, "urgent", "meeting_reply", True, None, ["EHM-52817"],
        [ch("Kayden Dempsey"), ch("Ruby Dempsey")], ["domestic_abuse"], None, None, [], None, "alert_duty",
        "SAFETY RULE 1 in a declined invitation's comment (DESIGN: 'a meeting reply's comment'): the partner killed "
        "the cat in front of the children last night, said 'the kids are next', and is in the house with them today. "
        "Kind meeting_reply (iTIP REPLY DECLINED), so missing [] and notice null; the EHM id is in the summary.",
        not_children=["Gemma Tarbuck", "Craig"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2039-04-05 10:14:05"
    blocks = ["Hello Family First,", "",
              "Please see below the level 2 step-down for Mason Rimmer (DOB 11/08/2036), ICS ID 2207815.", "",
              ("table", [["Final CIN meeting", "Details"],
                         ["Date and time", "Wednesday 13 April 2039, 2.00pm"],
                         ["Venue", "Kirkby Family Hub, Room 3"],
                         ["Lead Practitioner (Level 2)", "Shona Birtles, Health Visitor, Knowsley 0-19 Service"]]), "",
              ("h", "What are we worried about?"),
              "Mum's low mood since the winter; Mason's nursery attendance dropped to 78% in February.", "",
              ("h", "What is working well?"),
              "Background, for completeness: in November Mason was bitten on the arm by the family's Staffie cross. "
              "He was treated at Alder Hey the same day, the s47 found it was an accident while mum was in the room, "
              "and the dog was signed over to Dogs Trust on 29 November and rehomed. There has been no dog in the home "
              "since. Mum has started talking therapy and Mason is back at nursery four days a week.", "",
              ("h", "What needs to happen?"),
              "Health visitor to lead a TAF; nursery to keep attendance under review; mum to continue with Talking Therapies.", "",
              "Mum has agreed to the step-down.", "",
              "Kind regards,", "Ruth Okeke", "Social Worker, CIN Team (Kirkby) | Knowsley Council"]
    top = outlook_top(f, addr("Okeke, Ruth", "Ruth.Okeke@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Level 2 step down - Mason Rimmer - final CIN 13/04", when)
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 6, "near_miss", "step_down", False, 2,
        ["2207815"], [ch("Mason Rimmer", "2036-08-11", "11/08/2036")], ["parental_mental_health", "school_attendance"],
        True, None, [], False, "request_info",
        "NEAR MISS: a dog bite to a toddler, but in November, treated, found accidental and the dog rehomed - nothing "
        "now. Knowsley level 2 step-down (Word table): date, time and venue, named Lead Practitioner with agency, all "
        "three Signs of Safety headings -> nothing missing. NOTICE ACROSS EASTER, DECISIVE: Tue 5 Apr -> Wed 13 Apr is 6 "
        "plain weekdays but Good Friday 8 Apr and Easter Monday 11 Apr are bank holidays: 4 WD < 5 -> request_info.",
        meeting=date(2039, 4, 13), not_children=["Ruth Okeke", "Shona Birtles"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2039-04-01 11:05:33"
    body = T("""
Hi all,

Please find the invitation for the step-up TAF meeting for the Halsall children on Wednesday 13 April at
10:00 (Teams), along with the step up form, GCP2 and the minutes of our last TAF (15/03/2039).

Kyle Halsall (DOB 19/06/2029) and Tia Halsall (DOB 03/12/2033). EHM-53190.

In short: dad is keeping 14 cats and 3 dogs in a two-bed terrace. Faeces on the stairs and in the
children's bedroom, the smell is on the children's clothes at school, and Tia has had ringworm twice. Dad
is attached to the animals and every plan to reduce numbers has slipped. GCP2 scores 4 on physical care.
Nobody is hurt and the children are fed and at school every day - it's the long grind of neglect and
dad not doing what was agreed.

My TM, Lorna Baxendale, has discussed the step up with me and agreed it. Dad is aware of the step-up.

Thanks
Jodie Farrell
Family First Case Manager | Knowsley Council
""")
    cal = ics("REQUEST", f, dt(when), "20390413T100000", "20390413T113000", "Step-up TAF meeting - Halsall (EHM-53190)",
              "Microsoft Teams Meeting", "Step-up TAF meeting for Kyle and Tia Halsall.",
              ("Jodie Farrell", "Jodie.Farrell@" + KDOM),
              [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH business support", "mash.businesssupport@" + KDOM, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    top = outlook_top(f, addr("Farrell, Jodie", "Jodie.Farrell@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step-up TAF meeting - Halsall (EHM-53190)", when,
                      cc=addr("MASH Business Support", "mash.businesssupport@" + KDOM))
    atts = [docx_att("FF Step Up Request to CSC - Halsall.docx", appendix1([
                ("Case ID on EHM:", "EHM-53190"), ("What are we worried about?", "Animal hoarding; home conditions; ringworm."),
                ("What is working well?", "School attendance 97%; children close to dad."),
                ("What needs to happen?", "C&F assessment; environmental health and RSPCA joint visit.")])),
            pdf_att("GCP2 Halsall.pdf", "Graded Care Profile 2 - Halsall", ["Physical care: 4", "Safety: 3", "Completed 10/03/2039"]),
            pdf_att("TAF minutes 15.03.2039 Halsall.pdf", "TAF meeting minutes - Halsall - 15/03/2039",
                    ["Present: dad, school, school nurse, Family First", "Actions: rehome 8 cats by 31/03 - not met"])]
    add(f, itip_request_mail(f, top, body, cal, atts), "knowsley", "mash_step_up", when, 5, "ordinary", "step_up",
        False, None, ["EHM-53190"], [ch("Kyle Halsall", "2029-06-19", "19/06/2029"), ch("Tia Halsall", "2033-12-03", "03/12/2033")],
        ["neglect"], None, True, [], True, "book_meeting",
        "Complete Knowsley step-up (animal hoarding, neglect): form, GCP2, TAF minutes attached; EHM id; TM 'agreed'; "
        "Teams invitation for Wed 13 Apr 10:00. Notice from Fri 1 Apr: Mon 4 - Thu 7 and Tue 12 - Wed 13 = 6 WD "
        "(Good Friday and Easter Monday excluded) >= 5 -> ok, not decisive. 'Dad is aware' is not consent -> null.",
        meeting=date(2039, 4, 13), not_children=["Jodie Farrell", "Lorna Baxendale"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2039-04-06 15:40:12"
    text = T("""
Hi, level 3 step down for Brooke Keegan (DOB 27/05/2031), ICS ID 2198004.

Joint home visit: Wednesday 13th April at 10am, at home - 9 Ravenscroft Road, Halewood. A week today.

What are we worried about - the DA history. Dad kicked the family dog in front of Brooke last summer and that
is what brought us in. He moved out in October, non-mol in place till September, no contact since.
What is working well - mum got the dog back from her sister, Brooke is settled, mum goes to Freedom
Programme on Thursdays.
What needs to happen - FF case manager to pick up the safety plan and Freedom work, school to keep an eye.

Consent - I mentioned Family First to mum on Monday and she said she'll think about it and let me know.

Sent from my iPhone
Leah Sumner, SW, Knowsley CIN
""")
    top = plain_top(f, addr("Leah Sumner", "Leah.Sumner@" + KDOM), addr(None, KFF), "L3 step down Keegan", when,
                    KDOM, "iPhone Mail (22A3354)")
    add(f, iphone_mail(f, top, text), "knowsley", "early_help_duty", when, 4, "ordinary", "step_down", False, 3,
        ["2198004"], [ch("Brooke Keegan", "2031-05-27", "27/05/2031")], ["domestic_abuse"], None, None, ["consent"],
        False, "request_info",
        "Level 3 step-down from an iPhone: visit with date, time and address; three Signs of Safety answers. Consent "
        "'she'll think about it' -> null -> consent missing. NOTICE DECISIVE: Wed 6 Apr -> Wed 13 Apr is 'a week "
        "today' (5 plain weekdays) but Good Friday and Easter Monday fall between: 3 WD < 5. Historic DA (dad kicked "
        "the dog last summer, out since October) is the concern, not a current risk.",
        meeting=date(2039, 4, 13), not_children=["Leah Sumner"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2039-03-10 12:00:00"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Arial">
<h2 style="color:#005596">RSPCA Merseyside Branch - Partner Bulletin, March</h2>
<p>Dear colleagues,</p>
<p>Thank you to everyone who came to our joint session with Knowsley Safeguarding Partnership. As promised, here are the
signs our inspectors are trained to pass on to children's services. These are <b>examples only</b>; none of them is
about a family you are working with:</p>
<ul><li>a partner who threatens to kill or give away the dog if the mother leaves;</li>
<li>children made to watch an animal being hurt;</li>
<li>a child who repeatedly hurts animals;</li>
<li>many animals in a home where the children are also neglected.</li></ul>
<p>If you are ever worried a child is in danger right now, call 999. Our leaflet "Animals, children and safety at home"
can be ordered free from the branch.</p>
<p>Best wishes,<br>Dawn Pritchard<br>Community Engagement Officer, RSPCA Merseyside Branch</p>
<p style="font-size:9pt">You are receiving this bulletin as a partner agency. Reply STOP to unsubscribe.</p>
</body></html>
""")
    top = plain_top(f, addr("RSPCA Merseyside Branch", "bulletin@rspca-merseyside.org.uk"), addr(None, KFF),
                    "Partner bulletin - March: animals and safeguarding", when, "rspca-merseyside.org.uk", "Mailchimp",
                    extra=[("List-Unsubscribe", "<mailto:bulletin@rspca-merseyside.org.uk?subject=STOP>")])
    add(f, html_only(f, top, h), "knowsley", "early_help_duty", when, 7, "near_miss", "other", False, None, [], [],
        [], None, None, [], None, "human_review",
        "NEAR MISS: an RSPCA partner bulletin (HTML only) listing warning signs as 'examples only' about no real "
        "child; DESIGN: bulletins that list examples must not trigger. Kind other -> human_review.",
        not_children=["Dawn Pritchard"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2039-02-21 09:47:31"
    body = T("""
Morning,

As asked, the TAF minutes from 14/02 for the Whitfield family (EHM-52904) are attached.

Manager agreement: I've sent the step up to Lorna but she's on leave until Monday, so that's still pending
- I'll forward her reply as soon as I have it.

Jodie
""") + quote("Knowsley MASH <knowsleymash@knowsley.gov.uk>", "18 February 2039 11:02",
             "Farrell, Jodie <Jodie.Farrell@knowsley.gov.uk>",
             "[SB-knowsley-118] Step-up request received - information needed",
             ack_text("step-up", "SB-knowsley-118", ["Children: Harvey Whitfield"],
                      ["the minutes of the most recent TAF meeting", "confirmation that your team manager agreed"]))
    top = outlook_top(f, addr("Farrell, Jodie", "Jodie.Farrell@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: [SB-knowsley-118] Step-up request received - information needed", when)
    atts = [pdf_att("TAF minutes 14.02.2039 Whitfield.pdf", "TAF meeting minutes - Whitfield - 14/02/2039",
                    ["Present: mum, school, Family First", "Harvey's dog-walking job with the neighbour discussed"])]
    add(f, mail(f, top, body, atts), "knowsley", "mash_step_up", when, 2, "ordinary", "follow_up", False, None,
        ["EHM-52904"], [ch("Harvey Whitfield")], [], None, None, [], None, "attach_to_request",
        "Follow-up to [SB-knowsley-118] adding TAF minutes; manager agreement 'still pending' -> null; follow_up has no "
        "requirements -> missing [], notice null -> attach_to_request. The quoted acknowledgement's 'What is missing' "
        "list must not become labels.", not_children=["Jodie", "Lorna"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2039-03-15 07:58:02"
    body = T("""
Thank you for your email. I am on a course until Monday 21 March with limited access to email.

For dog legislation enquiries (seizures, exemption certificates, XL bully registrations) please contact
the Merseyside Police Dog Legislation Unit on 0151 496 0650. For any other matter please call 101, or 999
in an emergency.

PC 4471 Steve Kinnear
Dog Legislation Officer, Merseyside Police
""")
    add(f, ooo(f, when, "Steve Kinnear", "steve.kinnear@merseyside.police.example", addr("Knowsley MASH", KMASH),
               "Dog bite referral - query", body), "knowsley", "mash_step_up", when, 1, "ordinary", "auto_reply",
        False, None, [], [], [], None, None, [], None, "ignore",
        "Out-of-office (Auto-Submitted: auto-replied) from a police Dog Legislation Officer; its '999 in an "
        "emergency' is boilerplate. DESIGN rule 2 -> auto_reply, ignore; no child, no case id.",
        not_children=["Steve Kinnear"])


# ----------------------------------------------------------------------------- RICHMOND & WANDSWORTH
def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2039-02-24 18:47:20"
    body = T("""
Imogen / MASH,

Step up for the Lindqvist-Okafor family, Mosaic ID 1477302. Case summary attached.

Rationale for step up
This afternoon at about 3.30 the family's dog (an American bulldog, "Duke") went for Nova Lindqvist-Okafor
(2, DOB 14/06/2036) in the kitchen. She has deep bites to her face, neck and left arm and was stitched at
St George's; she was discharged home at 6pm with her brother Elias Lindqvist-Okafor (6, DOB 30/10/2032).
I have just spoken to mum on the phone. Dad will not let the dog go - the police officer who attended said
they had no power to take it tonight without a warrant - and Duke is in the house now, shut in the utility
room next to the kitchen the children walk through. Mum sounded exhausted and said "he'll be fine once he
calms down". Nova and Elias are sleeping in that house tonight.

We have been working with the family at Early Help since October on routines and dad's drinking. This is
beyond what Early Help can hold.

Beth Amaechi
Early Help Team Manager (Wandsworth South) | 020 7946 0552
""") + RDISC
    top = outlook_top(f, addr("Amaechi, Beth", "Beth.Amaechi@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Lindqvist-Okafor - Mosaic 1477302", when)
    atts = [docx_att("Case summary - Lindqvist-Okafor Feb 2039.docx",
                     ["# Latest case summary", "Early Help since 12/10/2038: routines, dad's alcohol use.",
                      "Children: Nova (2), Elias (6). Dog in the home: American bulldog.",
                      "Last TAF 10/02/2039: dad engaging with CGL, mum coping."])]
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4, "urgent", "step_up",
        True, None, ["1477302"],
        [ch("Nova Lindqvist-Okafor", "2036-06-14", "14/06/2036"), ch("Elias Lindqvist-Okafor", "2032-10-30", "30/10/2032")],
        ["physical_harm", "substance_misuse"], None, None, [], None, "alert_duty",
        "SAFETY RULE 1 at 18:47 (out of hours -> EDT): a 2-year-old mauled this afternoon and the dog is still in the "
        "house with both children tonight. Otherwise a complete Richmond step-up from the EH team manager (case "
        "summary attached, rationale under its own heading) -> missing []; 'Mosaic ID 1477302' -> bare number. "
        "Dad's drinking -> substance_misuse.", not_children=["Beth Amaechi", "Imogen", "Duke"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2039-03-15 13:05:48"
    inner = T("""
From: Priya Sandhu (TA, Year 3)
Sent: 15 March 2039 12:41
To: Colm Fitzgerald (DSL)
Subject: Theo B - what he said at lunch

Colm, Theo Brannigan (3S, DOB 21/09/2030) came and sat with me at lunch, shaking. His words, as near as I
can get them:

"Dad put the puppies in the bucket in the bath and held them down till they stopped. Mum was crying. He
said if I tell anyone he'll do me the same in the bath. I don't want to go home."

I asked when. He said "on Sunday". Dad is picking him up at 3.15 today - it's on the sheet.
Priya
""")
    body = T("""
Good afternoon,

I think this should have gone to MASH but I have had no answer on the phone line for twenty minutes, so
I'm sending it here as well. Please see my TA's note below. Theo's dad collects him at 3.15 today and
Theo has said he doesn't want to go home. I have kept Theo with me in the office.

Colm Fitzgerald
Designated Safeguarding Lead, St Anselm's CE Primary, Wandsworth
020 7946 0871

""") + inner
    top = outlook_top(f, addr("Colm Fitzgerald", "c.fitzgerald@stanselms.wandsworth.sch.uk"), addr("Early Help Duty", RED),
                      "FW: Theo B - what he said at lunch", when, mid_domain="stanselms.wandsworth.sch.uk")
    add(f, mail(f, top, body), "richmond_wandsworth", "early_help_duty", when, 5, "urgent", "other", True, None, [],
        [ch("Theo Brannigan", "2030-09-21", "21/09/2030")], ["domestic_abuse", "physical_harm"], None, None, [], None,
        "alert_duty",
        "SAFETY RULE 1 in a forwarded TA's note, in the child's own words: dad drowned the puppies on Sunday and said "
        "he would do the same to Theo if he told; dad collects him at 3.15 today. Misdirected school mail -> other; "
        "urgent -> alert_duty. Mum crying while dad hurt the puppies -> domestic_abuse with physical_harm.",
        not_children=["Priya Sandhu", "Colm Fitzgerald"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2039-01-19 21:14:06"
    text = T("""
sorry dont know who else to email, found this address on the council site. the little boy from no 4
Cranmer Terrace has been out the back in the yard with their 2 dogs since before i got in from work at 6.
back door is shut, no lights on, mums car isnt there. hes crying at the side gate in just a t shirt,
its minus 2. ive shouted over and he says mum said he has to stay out there with the dogs till morning.
one of the dogs went for him when i passed a coat over. hes about 5
""")
    top = plain_top(f, addr("Sharon", "sharon.e1967@gmail.example"), addr(None, RSU), "boy next door", when,
                    "mail.gmail.example", None)
    add(f, mail(f, top, text, crlf=False), "richmond_wandsworth", "mash_step_up", when, 2, "urgent", "other", True,
        None, [], [], ["neglect", "physical_harm"], None, None, [], None, "alert_duty",
        "SAFETY RULE 1 from a neighbour at 21:14 (EDT): a boy of about 5, unnamed, shut in the yard with two dogs "
        "overnight at minus 2, no adult home, a dog 'went for him'. No child named -> children []; kind other.")

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2039-01-31 11:20:15"
    body = T("""
Dear Jasper,

Following our call this morning, confirming the step-down case discussion for Freya Doherty (DOB 05/02/2028)
and Alfie Doherty (DOB 17/07/2031), Mosaic ID 1462290, on Thursday 3 February at 2pm (Teams).

Case summary and draft Early Help plan attached. Mum and both children have consented to Early Help
continuing the plan.

For the record, because it will be in the chronology: in 2037 there was an allegation that the children's
father hurt the family rabbit in front of them. That was investigated under s47 at the time, no further
action, and he has not lived with the family since 2037. No current concerns about him; he has no contact.

Current worries are Freya's school attendance (82%) and mum managing the children's routines on her own.

Kind regards
Tomasz Wrobel
Social Worker, Assessment Team (Richmond)
""") + RDISC
    top = outlook_top(f, addr("Wrobel, Tomasz", "Tomasz.Wrobel@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Doherty - case discussion Thurs 3/2", when, cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    atts = [docx_att("Case summary Doherty.docx", ["# Latest case summary", "Referral: attendance and routines.",
                                                    "2037: s47, NFA. Father left the household 2037."]),
            docx_att("Draft Early Help plan - Doherty.docx", ["# Draft plan for Early Help",
                     "Attendance support with school; parenting routines; review in 4 weeks."])]
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "early_help_duty", when, 3, "near_miss", "step_down",
        False, None, ["1462290"], [ch("Freya Doherty", "2028-02-05", "05/02/2028"), ch("Alfie Doherty", "2031-07-17", "17/07/2031")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS: a parent hurting the family rabbit in front of the children - in 2037, investigated, NFA, father "
        "gone. Complete Richmond step-down: case summary, draft plan, consent stated -> missing []; no notice rule "
        "(notice null) -> book_meeting.", not_children=["Tomasz Wrobel", "Jasper"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2039-03-02 09:30:00"
    body = T("""
Dear colleagues,

You are invited to a lunchtime briefing: "The Link - animal abuse, domestic abuse and children".
Tuesday 22 March, 12.30-13.30, Teams.

The session uses three invented case studies: a partner who threatens to kill the dog if mum leaves; a
child made to watch the family cat being hurt; and a teenager who has been hurting animals. Speakers from
the RSPCA and Wandsworth Domestic Abuse Service. Please forward to your teams.

Workforce Development, Richmond and Wandsworth
""")
    cal = ics("REQUEST", f, dt(when), "20390322T123000", "20390322T133000",
              "Lunchtime briefing: The Link - animal abuse, domestic abuse and children", "Microsoft Teams Meeting",
              body, ("Workforce Development", "workforce.development@" + RDOM),
              [("Early Help Duty", RED, "OPT-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH Step Up", RSU, "OPT-PARTICIPANT", "NEEDS-ACTION")])
    top = outlook_top(f, addr("Workforce Development", "workforce.development@" + RDOM), addr("Early Help Duty", RED),
                      "Lunchtime briefing: The Link - animal abuse, domestic abuse and children", when,
                      cc=addr("MASH Step Up", RSU))
    add(f, itip_request_mail(f, top, body, cal), "richmond_wandsworth", "early_help_duty", when, 8, "near_miss",
        "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a training invitation (iTIP REQUEST, not a reply) whose case studies are invented. Not a "
        "meeting_reply, not a request -> other -> human_review.")

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2039-03-17 16:02:37"
    body = T("""
Hi MASH,

I'd like to step up the Penhaligon children - Rosie Penhaligon (DOB 09/04/2030), Archie Penhaligon
(DOB 22/11/2033) and Bea Penhaligon (DOB 01/03/2037). Mosaic ID 1490017.

Latest case summary attached. Headlines: mum now has 11 dogs and around 20 rabbits in a three-bed house;
environmental health served a notice in January; the children's bedrooms have been taken over by crates and
the three of them sleep in mum's room. School report Rosie is teased about the smell.

I'll send the rationale separately once I've written it up properly after supervision on Monday.

Thanks,
Nkem Adebayo
Early Help Team Manager (Richmond North)
""") + RDISC
    top = outlook_top(f, addr("Adebayo, Nkem", "Nkem.Adebayo@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up request - Penhaligon", when)
    atts = [pdf_att("Case summary - Penhaligon - March 2039.pdf", "Latest case summary - Penhaligon family",
                    ["Early Help since 03/2038.", "Animal numbers increasing; EH notice 01/2039.", "Children share mum's room."])]
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "mash_step_up", when, 3, "ordinary", "step_up", False,
        None, ["1490017"], [ch("Rosie Penhaligon", "2030-04-09", "09/04/2030"), ch("Archie Penhaligon", "2033-11-22", "22/11/2033"),
                            ch("Bea Penhaligon", "2037-03-01", "01/03/2037")],
        ["neglect"], None, None, ["rationale"], None, "request_info",
        "Richmond step-up from the EH team manager (animal hoarding, neglect): case summary attached, rationale 'to "
        "follow' -> missing ['rationale'] -> request_info.", not_children=["Nkem Adebayo"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2039-03-25 10:41:09"
    text = T("""
Hello,

Step-down to Early Help for Callum Rooney (DOB 13/01/2028), Mosaic ID 1455871.

Case summary: Callum (11) was referred in December after his school found he had been hurting the class
guinea pigs and later a neighbour's cat. CAMHS have assessed him; he is on the ADHD and autism pathway and
has a named worker. The C&F assessment concluded no significant harm at home; mum and stepdad are warm
and cooperative and have taken the family's own rabbits to a rescue while Callum gets support.

Draft plan attached.

Mum has declined Early Help for now - she feels CAMHS and school are enough and doesn't want "another
service". I have explained the offer stays open.

Ayesha Karim
Social Worker, Richmond CIN Team
""")
    top = plain_top(f, addr("Ayesha Karim", "Ayesha.Karim@" + RDOM), addr(None, RED), "Step down - Callum Rooney",
                    when, RDOM, "Microsoft Outlook 16.0")
    atts = [docx_att("Draft EH plan Callum Rooney.docx", ["# Draft plan for Early Help",
                     "School SENCo support; CAMHS named worker; parenting support for mum and stepdad."])]
    add(f, mail(f, top, text, atts), "richmond_wandsworth", "early_help_duty", when, 5, "ordinary", "step_down",
        False, None, ["1455871"], [ch("Callum Rooney", "2028-01-13", "13/01/2028")], ["disability_send"], False, None,
        ["consent"], None, "request_info",
        "Richmond step-down (a child who hurt animals, now on the ADHD/autism pathway): case summary in the body under "
        "its heading, draft plan attached; 'Mum has declined Early Help' -> consent false -> missing ['consent'].",
        not_children=["Ayesha Karim"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2039-03-28 09:03:55"
    data = itip_reply(f, when, "Jasper Quint", "jasper.quint@" + RDOM, ("MASH Step Up", RSU),
                      "ACCEPTED", "Step-up case discussion [SB-richmond_wandsworth-64]", "20390329T100000",
                      "20390329T110000", "Microsoft Teams Meeting")
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 2, "ordinary", "meeting_reply", False, None, [], [], [],
        None, None, [], None, "record_reply",
        "Outlook iTIP REPLY ACCEPTED to a step-up case discussion, sent on the first morning of BST (Monday 28 March "
        "2039, +0100) -> meeting_reply -> record_reply.")


# ----------------------------------------------------------------------------- TOWER HAMLETS
def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2039-01-27 16:20:42"
    blocks = ["Dear MAST,", "",
              "Please find attached a Multi-Agency Request for Support for baby Zayn Chowdhury (DOB 06/12/2038), "
              "7 weeks old, and his sister Inaya Chowdhury (DOB 19/02/2036).", "",
              "I visited at 2pm for the new-birth review. Dad's friend has been staying with two XL bully dogs for "
              "three weeks; mum says neither has an exemption certificate. On Sunday one of them knocked over Zayn's "
              "Moses basket with him in it and had its mouth round the blanket before dad pulled it off. During my "
              "visit both dogs were loose in the one-bedroom flat and jumped at the cot twice. Mum cried and said she "
              "can't make the friend leave; when she asked him on Sunday he told her \"call anyone and I'll set them "
              "on you\". He and the dogs are staying there tonight.", "",
              "I discussed this with my lead, Parveen Ali, before sending and she agrees with this request.", "",
              "Kind regards,", "Hannah Lowe", "Health Visitor, Tower Hamlets 0-19 Service", "020 7946 0388"]
    top = outlook_top(f, addr("Lowe, Hannah", "hannah.lowe@nhs.example"), addr("MAST", TMAST),
                      "Request for support - Chowdhury - new baby and dogs", when, mid_domain="nhs.example")
    atts = [pdf_att("Multi-Agency Request for Support - Chowdhury.pdf", "Multi-Agency Request for Support Form",
                    ["Child: Zayn Chowdhury, 06/12/2038", "Sibling: Inaya Chowdhury, 19/02/2036",
                     "Referrer: Hannah Lowe, Health Visitor", "Parental consent: not sought (see email)",
                     "Reason: two XL bully dogs loose in a one-bedroom flat with a 7-week-old baby."])]
    add(f, word_mail(f, top, blocks, atts), "tower_hamlets", "mash_step_up", when, 4, "urgent", "step_up", True, None,
        [], [ch("Zayn Chowdhury", "2038-12-06", "06/12/2038"), ch("Inaya Chowdhury", "2036-02-19", "19/02/2036")],
        ["domestic_abuse", "physical_harm"], None, True, [], None, "alert_duty",
        "SAFETY RULE 1: two unregistered XL bullies loose with a 7-week-old who was nearly taken from his Moses "
        "basket on Sunday, the owner threatening to 'set them on' mum, staying tonight. Tower Hamlets step-up: Request "
        "for Support form attached, lead 'agrees' -> missing [] -> alert_duty. Threat to mum -> domestic_abuse.",
        not_children=["Hannah Lowe", "Parveen Ali"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2039-03-07 21:40:19"
    text = T("""
hello please help me. my name Rupa Begum. my husband Jamal he take my children Arif Miah (7) and Sadia Miah
(4) and our dog Biscuit to his brother house in Bethnal Green, 31 Teesdale street, tonight at 7 oclock
because I tell him I want go to my mother. he send me video now, he hold the knife on Biscuit neck and he
say "you leave me, you never see any of them again, dog first then them". he drink whisky all evening.
children not have school bag, not medicine for Sadia inhaler. I not know what to do, I am scare to call
police he say he will know. my key worker is Nadia at Early Help.
""")
    top = plain_top(f, addr("rupa begum", "rupa.begum88@mail.example"), addr(None, TEH), "please help children",
                    when, "mail.example", "Android Mail")
    add(f, mail(f, top, text, crlf=False), "tower_hamlets", "early_help_duty", when, 3, "urgent", "other", True, None,
        [], [ch("Arif Miah"), ch("Sadia Miah")], ["domestic_abuse", "substance_misuse"], None, None, [], None, "alert_duty",
        "SAFETY RULE 1 in a mother's broken English at 21:40 (out of hours): her drinking partner took the children "
        "and the dog tonight and sent a video of a knife to the dog's neck saying 'dog first then them'. Kind other "
        "(a parent's plea to the Early Help Hub) -> alert_duty.", not_children=["Rupa Begum", "Jamal", "Nadia", "Biscuit"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2039-02-08 10:10:27"
    body = T("""
Dear MAST,

Please see the attached letter for information only; no action is requested.

Regards
Carol Vine
Inspector, RSPCA (London East)
""")
    top = outlook_top(f, addr("Carol Vine", "carol.vine@rspca.example"), addr("MAST", TMAST),
                      "RSPCA visit - Cable Street - for information", when, mid_domain="rspca.example")
    atts = [pdf_att("RSPCA letter Cable Street 07-02-2039.pdf", "RSPCA - notification to partner agency",
                    ["On 7 February 2039 I visited Flat 12, Brunton House, Cable Street, E1, after an anonymous",
                     "complaint that a dog was kept on the balcony in the cold.",
                     "The dog, a 4-year-old Labrador, was found in good body condition, indoors, with bedding,",
                     "water and food. Advice was given about shelter on the balcony. No offence is suspected.",
                     "Two children were at home with their mother; both appeared well cared for and the",
                     "home was clean. No concerns for the children were identified.",
                     "We are sharing this under our partner agreement for information only. Case closed."])]
    add(f, mail(f, top, body, atts), "tower_hamlets", "mash_step_up", when, 6, "near_miss", "other", False, None, [],
        [], [], None, None, [], None, "human_review",
        "NEAR MISS: an RSPCA inspector's routine closing letter (PDF): the complaint was unfounded and the children "
        "well cared for; 'no concerns', 'case closed'. Kind other -> human_review.", not_children=["Carol Vine"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2039-01-14 14:45:03"
    body = T("""
Hi, not sure this is for you but Housing said to copy Early Help in as there are families with young
children in the block. See below.

Kofi Mensah
Neighbourhood Officer, Tower Hamlets Homes
""") + quote("Dog Warden Service <dogwarden@towerhamlets.gov.uk>", "14 January 2039 11:20",
             "Mensah, Kofi", "Dog fouling - Lansbury Court stairwells",
             T("""
Kofi,

Further to the residents' complaints, I inspected Lansbury Court this morning. There is dog mess on
stairwells B and C and in the children's play area. Dog faeces are a health risk to young children
(toxocara) and the area must be cleaned. I have left fixed penalty warning letters with two flats and will
return on 28 January. Can your team arrange a deep clean?

Tariq Hussain
Dog Warden, Tower Hamlets Council
"""))
    top = outlook_top(f, addr("Mensah, Kofi", "kofi.mensah@thh.example"), addr("Early Help Hub", TEH),
                      "FW: Dog fouling - Lansbury Court stairwells", when, mid_domain="thh.example")
    add(f, mail(f, top, body), "tower_hamlets", "early_help_duty", when, 9, "near_miss", "other", False, None, [], [],
        [], None, None, [], None, "human_review",
        "NEAR MISS: a dog warden's complaint about dog mess in a block's stairwells, 'a health risk to young "
        "children' about nobody named - an environmental matter. Kind other -> human_review.",
        not_children=["Kofi Mensah", "Tariq Hussain"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2039-03-23 15:30:44"
    body = T("""
Dear Early Help Hub,

I'm the class teacher of Year 4 at Globe Primary. In our "My Pets" project one of my pupils, Leo Marchetti,
wrote this (I've copied it exactly):

"My pets are Bob the corn snake and two bearded dragons. Once Bob escaped and got in my little sister's bed
but it was OK because corn snakes are not poisonous and he just wanted to be warm."

I wasn't sure whether to pass it on, so I rang mum, who explained it happened last summer; since then the
vivarium has a lock and the reptile room is kept shut, and she sent a photo. Our DSL has seen it and is
satisfied, and the family support worker who already knows them agrees there is nothing more to do. I'm
only letting you know because our DSL asked me to keep a record with you. No action needed.

Many thanks,
Esther Adjei
Year 4 Teacher, Globe Primary School
""")
    top = plain_top(f, addr("Esther Adjei", "e.adjei@globe.towerhamlets.sch.uk"), addr(None, TEH),
                    "Year 4 pets project - for your records", when, "globe.towerhamlets.sch.uk", None)
    add(f, mail(f, top, body, cte="base64", crlf=False), "tower_hamlets", "early_help_duty", when, 4, "near_miss",
        "other", False, None, [], [ch("Leo Marchetti")], [], None, None, [], None, "human_review",
        "NEAR MISS: a child's school project on pets describes a snake getting into a sibling's bed last summer; "
        "checked with mum, locked vivarium, DSL satisfied, 'no action needed'. Kind other -> human_review; the "
        "named pupil is labelled.", not_children=["Esther Adjei", "Bob"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2039-02-01 11:11:50"
    blocks = ["Hello Early Help Hub,", "",
              "Step-down to a TAF for Mia Kowalczyk (DOB 04/04/2034), Mosaic ID 1501236. The Child and Family "
              "Assessment concluded on 26/01/2039 and recommends step-down.", "",
              ("table", [["Item", ""], ["Child and Family Assessment", "attached (C&F Assessment - Kowalczyk.pdf)"],
                         ["TAF plan", "attached (TAF plan - Kowalczyk.docx)"],
                         ["Consent", "Mum consented to the step-down on 27/01/2039"],
                         ["Lead Practitioner", "Rokeya Begum, Family Support Worker, Attlee Children & Family Centre"]]), "",
              "Background: environmental health removed the family's unlicensed venomous snakes in December under a "
              "licensing order; the reptile room is now empty and mum's new partner has moved out. The assessment "
              "found no ongoing harm.", "",
              "I will chair the TAF meeting on 8 February.", "",
              "Thanks,", "Marek Nowicki", "Social Worker, Children's Social Care, Tower Hamlets"]
    top = outlook_top(f, addr("Nowicki, Marek", "marek.nowicki@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Kowalczyk - TAF 8 Feb", when)
    atts = [pdf_att("C&F Assessment - Kowalczyk.pdf", "Child and Family Assessment - Mia Kowalczyk",
                    ["Concluded 26/01/2039.", "Recommendation: step-down to TAF with a Lead Practitioner."]),
            docx_att("TAF plan - Kowalczyk.docx", ["# TAF plan", "School support; housing; family support worker visits fortnightly."])]
    add(f, word_mail(f, top, blocks, atts), "tower_hamlets", "early_help_duty", when, 5, "ordinary", "step_down",
        False, None, ["1501236"], [ch("Mia Kowalczyk", "2034-04-04", "04/04/2034")], [], True, None, [], None,
        "book_meeting",
        "Complete Tower Hamlets step-down (Word table): C&F assessment and TAF plan attached, consent stated, Lead "
        "Practitioner named with agency -> missing []. No notice rule -> book_meeting. The venomous snakes were "
        "removed in December (history).", not_children=["Marek Nowicki", "Rokeya Begum"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2039-03-31 13:25:16"
    body = T("""
Dear MAST,

Request for Support form attached for Daniel Osei-Bonsu (DOB 12/10/2028), Year 5 at Bigland Green.

Daniel has been seen twice this term hurting animals at the school's city-farm visits (squeezing a chick,
kicking a goat kid). Mum is struggling since her depression came back in January and says she can't
manage his behaviour; the GP has increased her medication. Early Help has been involved since September.

I've sent the request to my manager for sign-off but haven't heard back yet - she's on a course today.

Best wishes,
Grace Fairweather
Family Support Practitioner, Tower Hamlets Early Help
""")
    top = plain_top(f, addr("Grace Fairweather", "grace.fairweather@" + TDOM), addr(None, TMAST),
                    "Request for support - Daniel Osei-Bonsu", when, TDOM, "Microsoft Outlook 16.0")
    atts = [docx_att("MARF Request for Support - Daniel Osei-Bonsu.docx", ["# Multi-Agency Request for Support",
                     "Child: Daniel Osei-Bonsu 12/10/2028", "Parental consent: given by mum 30/03/2039"])]
    add(f, mail(f, top, body, atts), "tower_hamlets", "mash_step_up", when, 7, "ordinary", "step_up", False, None,
        [], [ch("Daniel Osei-Bonsu", "2028-10-12", "12/10/2028")], ["parental_mental_health"], True, None,
        ["manager_agreed"], None, "request_info",
        "Tower Hamlets step-up (a child hurting animals, mum's depression): Request for Support form attached, its "
        "'Parental consent: given' -> consent true; manager sign-off sent but not heard back -> pending -> null -> "
        "missing ['manager_agreed'] -> request_info. Dated in BST (+0100).", not_children=["Grace Fairweather"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2039-04-07 16:50:33"
    add(f, ndr(f, when, TDOM, addr("Early Help Hub", TEH), "reception@bowvets.example",
               "Request for information - vet records", addr("Early Help Hub", TEH), "2039-04-07 16:49:58"),
        "tower_hamlets", "early_help_duty", when, 1, "ordinary", "auto_reply", False, None, [], [], [], None, None,
        [], None, "ignore",
        "Exchange non-delivery report (multipart/report, Auto-Submitted) for mail the Hub sent to a vet practice "
        "-> auto_reply -> ignore (DESIGN rule 2). Thursday 7 April, the last working day before Good Friday.")


# ----------------------------------------------------------------------------- TORBAY
def torbay_01():
    f = "torbay_01.eml"; when = "2039-01-10 15:05:21"
    body = T("""
Hi MASH,

Contact / step up to level 4 for Jayden Coombes (DOB 28/02/2030) and Millie Coombes (DOB 15/09/2032),
LCS-2291460.

Jayden came to me at after-school club at 2.30 today and told me, in these words: "On Saturday Dad made us
stand in the garden and watch him hit Bramble with the spade till she stopped moving. He said next time
it's Mum, and then us." Millie nodded and said "he buried her by the shed". Mum confirmed on the phone
that the dog is dead and said she couldn't talk because he was in the room.

Club finishes at 5.30 and dad is the one collecting tonight. Mum is at home with him.

Mum consented to this contact on the phone (before he came in). I have discussed with my team manager,
Kerensa Dart, and we agree this needs considering for level 4.

Sam Pengelly
Early Help Lead Practitioner, Torbay Council | 01632 960471
""") + BDISC
    top = outlook_top(f, addr("Pengelly, Sam", "sam.pengelly@" + BDOM), addr("MASH", BMASH),
                      "Contact - Coombes - LCS-2291460", when, cc=addr("Dart, Kerensa", "kerensa.dart@" + BDOM))
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 3, "urgent", "step_up", True, None, ["LCS-2291460"],
        [ch("Jayden Coombes", "2030-02-28", "28/02/2030"), ch("Millie Coombes", "2032-09-15", "15/09/2032")],
        ["domestic_abuse", "physical_harm"], True, True, [], None, "alert_duty",
        "SAFETY RULE 1 in the child's words: made to watch dad kill the dog with a spade, 'next time it's Mum, and "
        "then us', dad collecting at 5.30 tonight. Torbay step-up: consent and manager agreement both stated -> "
        "missing [] -> alert_duty.", not_children=["Sam Pengelly", "Kerensa Dart", "Bramble"])

def torbay_02():
    f = "torbay_02.eml"; when = "2039-02-03 17:35:48"
    body = T("""
Hello,

I'm a housing officer with Sanctuary Torbay. I've just come out of 6 Harbour View Flats, Paignton, after a
gas-safety access visit. The tenant, Jade Keast, keeps around 25 snakes in plastic tubs in the lounge and
bedroom. Her largest, a reticulated python about 3 metres long, got out of its vivarium on Tuesday and she
doesn't know where it is in the flat - she thinks it's behind the bath panel. Her baby Summer-Rose Keast
(10 months) is sleeping in a cot in the same bedroom tonight. Ms Keast won't go to her mum's and told me
"he's never hurt anyone". I rang 101 and the police wildlife officer can't come until
tomorrow afternoon.

I'm not sure who else to tell at this time of day.

Martin Tozer
Housing Officer, Sanctuary Torbay | 01632 960120
""")
    top = outlook_top(f, addr("Tozer, Martin", "martin.tozer@sanctuary.example"), addr("MASH", BMASH),
                      "Baby and loose python - Harbour View Flats", when, mid_domain="sanctuary.example")
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 4, "urgent", "other", True, None, [],
        [ch("Summer-Rose Keast")], ["neglect"], None, None, [], None, "alert_duty",
        "SAFETY RULE 1 from a housing officer at 17:35 (after office hours -> EDT): a 3-metre python loose in a flat "
        "where a 10-month-old sleeps tonight, mother refusing to leave, no attendance until tomorrow. Kind other.",
        not_children=["Jade Keast", "Martin Tozer"])

def torbay_03():
    f = "torbay_03.eml"; when = "2039-03-16 16:10:05"
    text = "FYI - see attached from the DLO. Sent from my iPad\n\nDS Amy Rowe, Torquay CID\n"
    top = plain_top(f, addr("Amy Rowe", "amy.rowe@devon-cornwall.police.example"), addr(None, BMASH),
                    "FW: Warrant - Hele Road", when, "devon-cornwall.police.example", "iPad Mail (22A3354)")
    atts = [pdf_att("DLO note 16-03-2039 Hele Road.pdf", "Dog Legislation Officer - note of warrant",
                    ["16/03/2039 12:30 warrant executed at 41 Hele Road, Torquay.",
                     "Unregistered XL bully 'Tyson' seized. A second XL bully, 'Diesel', not found.",
                     "Owner's brother Liam Hannaford has taken Diesel to 22 Warren Road, Torquay,",
                     "the flat of the owner's partner, where her children Lily-Jo Sercombe (2) and",
                     "Mason Sercombe (5) live. Mason's mother disclosed today that Diesel bit",
                     "Mason on the leg in December (not reported). Diesel and Liam Hannaford are",
                     "staying at Warren Road tonight. Seizure of Diesel planned for tomorrow."])]
    add(f, iphone_mail(f, top, text, atts), "torbay", "mash_step_up", when, 5, "urgent", "other", True, None, [],
        [ch("Lily-Jo Sercombe"), ch("Mason Sercombe")], ["physical_harm"], None, None, [], None, "alert_duty",
        "SAFETY RULE 1 only in an attachment (DESIGN: every part is read): the dog that already bit a 5-year-old is "
        "staying tonight in the flat with him and a 2-year-old; the body is a one-line 'FYI'. Kind other.",
        not_children=["Amy Rowe", "Liam Hannaford", "Tyson", "Diesel"])

def torbay_04():
    f = "torbay_04.eml"; when = "2039-03-04 09:15:40"
    body = T("""
Dear Early Help team,

Further to our email of 25 February about a Jack Russell with injuries belonging to a family you support,
I am writing to withdraw that concern. The owner has since provided the out-of-hours vet record and the
police road-traffic log: the injuries were from a car in the lane on 23 February, witnessed by a
neighbour. I have spoken with the family's worker, Rachel, who confirmed there are no worries about the
children and nothing further is needed.

Kind regards,
Dr Felicity Moyle MRCVS
Safeguarding Lead, Churston Veterinary Practice
""")
    top = outlook_top(f, addr("Felicity Moyle", "f.moyle@churstonvets.example"), addr("Early Help", BEH),
                      "Withdrawn concern - dog injuries 23 Feb", when, mid_domain="churstonvets.example")
    add(f, mail(f, top, body, html_alt=True), "torbay", "early_help_duty", when, 3, "near_miss", "other", False, None,
        [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a vet withdraws an earlier concern - a road accident, witnessed, checked with the worker, "
        "'no worries about the children'. Resolved -> not urgent; kind other.", not_children=["Felicity Moyle", "Rachel"])

def torbay_05():
    f = "torbay_05.eml"; when = "2039-02-22 10:30:12"
    body = T("""
Hi Early Help,

Please can I have a triage slot for the Westlake family to step down to level 3.

Children: Ava Westlake (DOB 04/05/2035) and Leo Westlake (DOB 19/11/2037), LCS-2288814.

Background: on 9 January Leo (then 14 months) was bitten on the hand by the family's spaniel. He was
treated at Torbay Hospital and discharged the same day; the s47 found it was an accident with mum
present, and the spaniel was rehomed through the Dogs Trust on 12 January. There are no pets now.

Single Assessment with my analysis attached. My team manager, Kerensa Dart, has recorded her analysis
confirming the level 3 threshold is met. Mum has given consent to level 3 Early Help.

Thanks
Lowenna Hicks
Social Worker, Single Assessment Team
""") + BDISC
    top = outlook_top(f, addr("Hicks, Lowenna", "lowenna.hicks@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - Westlake - level 3", when)
    atts = [pdf_att("Single Assessment - Westlake.pdf", "Single Assessment - Westlake",
                    ["Analysis: accidental bite, dog rehomed; mum protective.", "Rationale: step down to level 3."])]
    add(f, mail(f, top, body, atts), "torbay", "early_help_duty", when, 6, "near_miss", "step_down", False, 3,
        ["LCS-2288814"], [ch("Ava Westlake", "2035-05-04", "04/05/2035"), ch("Leo Westlake", "2037-11-19", "19/11/2037")],
        [], True, True, [], None, "book_meeting",
        "NEAR MISS: a dog bite to a toddler, already treated, found accidental, the dog rehomed. Complete Torbay "
        "step-down: assessment attached, TM analysis recorded, consent given -> missing []; level 3; Leo is under 5 "
        "(fortnightly under-5s triage).", not_children=["Lowenna Hicks", "Kerensa Dart"])

def torbay_06():
    f = "torbay_06.eml"; when = "2039-02-14 12:05:57"
    body = T("""
Hello,

Requesting a triage slot: step-down to level 3 for Poppy Yeo (DOB 30/08/2031), LCS-2290032.

The Single Assessment is attached. Mum signed consent for level 3 Early Help at my visit on Friday.

Manager's analysis: I discussed it with Gail (my TM) this morning and she does not agree - she wants
the case held at level 4 until the housing move is done. I'm asking for the slot so triage can look at it.

Context: the family were referred after the dog warden seized an unregistered XL bully from the garden in
November; the dog is gone, dad has an exemption for their other dog, and the assessment found no harm.

Ben Luscombe
Social Worker, Safeguarding and Supporting Families
""")
    top = plain_top(f, addr("Ben Luscombe", "ben.luscombe@" + BDOM), addr(None, BEH), "Step down triage - Poppy Yeo",
                    when, BDOM, "Microsoft Outlook 16.0")
    atts = [docx_att("Single Assessment Poppy Yeo.docx", ["# Single Assessment", "Analysis and rationale for step-down."])]
    add(f, mail(f, top, body, atts), "torbay", "early_help_duty", when, 2, "ordinary", "step_down", False, 3,
        ["LCS-2290032"], [ch("Poppy Yeo", "2031-08-30", "30/08/2031")], [], True, False, ["manager_agreed"], None,
        "request_info",
        "Torbay step-down: assessment attached, consent signed; the team manager 'does not agree' -> "
        "manager_agreed false -> missing ['manager_agreed'] -> request_info. Level 3 stated.", not_children=["Ben Luscombe", "Gail"])

def torbay_07():
    f = "torbay_07.eml"; when = "2039-03-30 14:20:31"
    body = T("""
Dear MASH,

Contact for Ethan Chudleigh (DOB 07/07/2029) and Grace Chudleigh (DOB 21/01/2034), LCS-2279915.

Mum now has over 30 cats in a two-bed flat; the RSPCA removed 12 in February but numbers are back up. The
children's beds are soiled with urine, Grace has flea bites on her legs and Ethan has stopped inviting
friends. We have had a level 3 plan since last May and it is not making a difference.

My team manager, Kerensa Dart, and I agree this needs considering for level 4. Mum does not consent to
the contact - she says "the cats are my family" and has asked me not to go to social services.

Jenna Prowse
Early Help Lead Practitioner, Torbay Council
""") + BDISC
    top = outlook_top(f, addr("Prowse, Jenna", "jenna.prowse@" + BDOM), addr("MASH", BMASH),
                      "Contact - Chudleigh - LCS-2279915", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 4, "ordinary", "step_up", False, None,
        ["LCS-2279915"], [ch("Ethan Chudleigh", "2029-07-07", "07/07/2029"), ch("Grace Chudleigh", "2034-01-21", "21/01/2034")],
        ["neglect"], False, True, ["consent"], None, "request_info",
        "Torbay step-up (animal hoarding, neglect over months, not tonight): manager agrees; 'Mum does not "
        "consent' -> consent false -> missing ['consent'] -> request_info. Dated in BST.",
        not_children=["Jenna Prowse", "Kerensa Dart"])

def torbay_08():
    f = "torbay_08.eml"; when = "2039-03-29 08:40:14"
    data = itip_reply(f, when, "Ursula Kemp", "ursula.kemp@" + BDOM, ("Early Help", BEH), "DECLINED",
                      "Under-5s triage [SB-torbay-212]", "20390405T093000", "20390405T103000", "Paignton Library, Room 2",
                      comment="Sorry, on leave on the 5th - Tamsin has agreed to cover the AFC slot.")
    add(f, data, "torbay", "early_help_duty", when, 3, "ordinary", "meeting_reply", False, None, [], [], [], None, None,
        [], None, "record_reply",
        "Outlook iTIP REPLY DECLINED with an ordinary comment (leave, cover arranged) -> meeting_reply -> "
        "record_reply; BST.", not_children=["Ursula Kemp", "Tamsin"])


# ----------------------------------------------------------------------------- HEREFORDSHIRE
def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2039-02-11 08:05:26"
    body = T("""
Good morning,

Owen Price (Year 8, DOB 14/03/2026) messaged his form tutor on Teams at 7.02 this morning. Screenshot text:

"sir dads got the gun out again hes been drinking since last night. me and Carys are in the barn. he shot
Fly in the yard yesterday in front of us and said thats what happens to useless things. mum isnt here.
dont ring the house"

Carys Price is his sister, 9. The farm is Upper Lydiatt, near Kington. The school bus has gone without
them. The form tutor has not replied to Owen yet so as not to alert dad.

Rhys Bowen
Designated Safeguarding Lead, Kington High School | 01632 960733
""") + HDISC
    top = outlook_top(f, addr("Rhys Bowen", "r.bowen@kingtonhigh.example"), addr("MASH", HMASH),
                      "Owen Price - message this morning", when, mid_domain="kingtonhigh.example")
    add(f, mail(f, top, body), "herefordshire", "mash_step_up", when, 2, "urgent", "other", True, None, [],
        [ch("Owen Price", "2026-03-14", "14/03/2026"), ch("Carys Price")], ["domestic_abuse", "physical_harm", "substance_misuse"],
        None, None, [], None, "alert_duty",
        "SAFETY RULE 1 in a child's message: a drunk father with a gun, who shot the farm dog in front of the children "
        "yesterday, and two children hiding in the barn now. From a school DSL -> other -> alert_duty. Owen is 12.",
        not_children=["Rhys Bowen", "Fly"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2039-01-20 16:55:12"
    body = T("""
Hi Verity,

Step-down plan for Evie Morgan (DOB 10/10/2033) and Jack Morgan (DOB 02/06/2035), Mosaic 1833406, as
discussed at Tuesday's drop-in. Signed consent form and the Early Help Assessment step-down plan attached.
Key person agreed with the family: Sian Llewellyn, Family Support Worker, Leominster Children's Centre.

Thanks,
Hannah

PS - separate family, but I'm going on leave tomorrow and need to pass this on: Mrs Price next door to
the Lewis family at Bridge Cottage, Eardisland rang me at 4.40. She can hear Alfie Lewis (5) screaming in
the kennel run behind the house. His dad put him in there with the two lurchers "to teach him" and has
driven off to the pub; it's dark, and she can't get the padlock open. Mum is on nights at the hospital.

Hannah Greaves
Social Worker, Children's Social Care, Herefordshire Council
""") + HDISC
    top = outlook_top(f, addr("Greaves, Hannah", "hannah.greaves@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down plan - Morgan", when, cc=addr("Lang, Verity", "verity.lang@" + HDOM))
    atts = [pdf_att("Consent form - Morgan - signed.pdf", "Consent to Early Help - Morgan", ["Signed by mum 18/01/2039."]),
            docx_att("EHA step-down plan - Morgan.docx", ["# Early Help Assessment step-down plan",
                     "What needs to happen - by whom - outcome - timescale", "Key person: Sian Llewellyn"])]
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 3, "urgent", "step_down", True, None,
        ["1833406"], [ch("Evie Morgan", "2033-10-10", "10/10/2033"), ch("Jack Morgan", "2035-06-02", "02/06/2035"),
                      ch("Alfie Lewis")], ["neglect", "physical_harm"], True, None, [], None, "alert_duty",
        "SAFETY RULE 1 in a PS under a complete step-down: a 5-year-old padlocked in a kennel run with two dogs at "
        "dusk, no adult there, told at 16:55. Step-down itself complete (consent form, plan, key person with agency) -> "
        "missing []; no level written -> level null (DESIGN: when stated). 'Mosaic 1833406' -> bare number.",
        not_children=["Hannah Greaves", "Sian Llewellyn", "Verity", "Mrs Price"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2039-03-01 12:30:09"
    body = T("""
Hi both,

Quick practice question for my ASYE portfolio - not about any family I'm working with.

If a parent threatened to kill the family dog in front of the children, but there had been no violence to
anyone, would you expect that to come to you as a step-down concern, or would it always have to go back to
MASH? And what if the child then started hurting the dog themselves? I'm writing a reflective piece on the
link between animal cruelty and domestic abuse and want to get the thresholds right.

Thanks!
Freddie Walsh
ASYE Social Worker, Herefordshire Council
""")
    top = outlook_top(f, addr("Walsh, Freddie", "freddie.walsh@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Practice question - threshold (hypothetical)", when)
    add(f, mail(f, top, body), "herefordshire", "early_help_duty", when, 4, "near_miss", "other", False, None, [], [],
        [], None, None, [], None, "human_review",
        "NEAR MISS: a hypothetical for a portfolio, 'not about any family' -> other -> human_review.",
        not_children=["Freddie Walsh"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2039-02-07 10:00:41"
    body = T("""
Hi Xavier,

For the file on the Bevan step-down: the police Dog Legislation Officer has confirmed in writing (attached)
that the dog which bit Harley Bevan on 2 November was destroyed by court order on 20 January, the family
have no other dogs, and no further police action is being taken. This was fully investigated at the time.

Kind regards
Megan Pritchard
Social Worker, Herefordshire Council
""") + quote("Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>", "1 February 2039 09:12",
             "Pritchard, Megan", "[SB-herefordshire-77] Step-down request received",
             ack_text("step-down", "SB-herefordshire-77", ["Children: Harley Bevan, Kai Bevan"], []))
    top = outlook_top(f, addr("Pritchard, Megan", "megan.pritchard@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-77] Step-down request received", when)
    atts = [pdf_att("DLO letter - Bevan.pdf", "West Mercia Police - Dog Legislation",
                    ["Dog destroyed by order of Hereford Magistrates 20/01/2039.", "No further police action."])]
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 5, "near_miss", "follow_up", False, None,
        [], [ch("Harley Bevan"), ch("Kai Bevan")], [], None, None, [], None, "attach_to_request",
        "NEAR MISS on a follow-up to [SB-herefordshire-77]: a historic dog bite already investigated, dog destroyed, "
        "no other dogs -> not urgent; follow_up -> attach_to_request.", not_children=["Megan Pritchard", "Xavier"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2039-01-26 09:50:30"
    blocks = ["Dear Early Help Co-ordinators,", "",
              "Step-down to Early Help (level 3) for the Davies sibling group, Mosaic ID 1829977:", "",
              ("table", [["Child", "DOB"], ["Megan Davies", "12/12/2027"], ["Tomos Davies", "03/03/2031"],
                         ["Elin Davies", "25/08/2034"]]), "",
              "The family farm near Bromyard. The assessment followed the collie biting Tomos at lambing last spring; "
              "the dog now lives at the uncle's farm and the children are not on the working yard without an adult.", "",
              "Attached: signed consent form and the Early Help Assessment step-down plan. Key person: Gareth Probert, "
              "Pastoral Lead, Queen Elizabeth High School.", "",
              "I discussed the plan with Xavier Moss on 19 January.", "",
              "Many thanks,", "Lowri Jenkins", "Social Worker, Herefordshire Council"]
    top = outlook_top(f, addr("Jenkins, Lowri", "lowri.jenkins@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Davies sibling group", when)
    atts = [pdf_att("Signed consent - Davies.pdf", "Consent to Early Help", ["Signed 21/01/2039 by both parents."]),
            docx_att("Early Help Assessment step-down plan - Davies.docx", ["# Step-down plan", "Wellbeing plan."])]
    add(f, word_mail(f, top, blocks, atts), "herefordshire", "early_help_duty", when, 4, "ordinary", "step_down",
        False, 3, ["1829977"], [ch("Megan Davies", "2027-12-12", "12/12/2027"), ch("Tomos Davies", "2031-03-03", "03/03/2031"),
                                ch("Elin Davies", "2034-08-25", "25/08/2034")], [], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down (Word table): consent form, plan, key person with agency -> "
        "missing []; 'level 3' stated. The farm dog bite is last spring's history.",
        not_children=["Lowri Jenkins", "Gareth Probert", "Xavier Moss"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2039-03-09 14:15:27"
    body = T("""
Hi,

Step-down plan attached for Kacey Bright (DOB 17/04/2036), Mosaic ID 1840551. Lead person agreed with mum:
Jo Hendry, Family Support Worker, Ross Family Hub.

Mum will sign the consent form at my visit next Tuesday - I'll send it straight over. The concerns were
around her ex-partner's threats to hurt the family dog; he is in prison until 2040.

Carl Evans
Social Worker, Herefordshire Council
""")
    top = plain_top(f, addr("Carl Evans", "carl.evans@" + HDOM), addr(None, HEH), "Step down plan - Kacey Bright",
                    when, HDOM, "Microsoft Outlook 16.0")
    atts = [docx_att("EHA step-down plan Kacey Bright.docx", ["# Early Help Assessment step-down plan", "Wellbeing plan."])]
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 3, "ordinary", "step_down", False, None,
        ["1840551"], [ch("Kacey Bright", "2036-04-17", "17/04/2036")], ["domestic_abuse"], None, None, ["consent_form"],
        None, "request_info",
        "Herefordshire step-down: plan and key person given; consent form 'will sign at my visit' -> consent null, "
        "consent_form missing -> request_info. No level written -> null.", not_children=["Carl Evans", "Jo Hendry"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2039-04-04 11:30:52"
    body = T("""
Dear MASH,

I'd like to request a step-up to social care for Noah Preece (DOB 08/08/2029).

Over six months Noah has hurt the family's rabbits several times (one died in February) and last week he
was found holding a kitten under the water butt at his nan's. He is on the CAMHS waiting list. Mum has
consented to this referral and my manager, Sara Boyce, has agreed it.

Bethan Rowlands
Early Help Family Worker, Herefordshire Council
""")
    top = outlook_top(f, addr("Rowlands, Bethan", "bethan.rowlands@" + HDOM), addr("MASH", HMASH),
                      "Step up request - Noah Preece", when)
    add(f, mail(f, top, body), "herefordshire", "mash_step_up", when, 6, "ordinary", "step_up", False, None, [],
        [ch("Noah Preece", "2029-08-08", "08/08/2029")], [], True, True, [], None, "human_review",
        "Herefordshire step-up: the seed defines no step-up (REQUIREMENTS) -> human_review, missing []. A child "
        "hurting animals over months, CAMHS waiting: a warning sign, not an immediate risk. Consent and manager "
        "stated -> true, true.", not_children=["Bethan Rowlands", "Sara Boyce"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2039-04-05 19:22:18"
    text = "Hi, signed consent form for the Bevan boys attached - sorry, forgot it last time. Megan\n\nSent from my iPhone\n"
    top = plain_top(f, addr("Megan Pritchard", "megan.pritchard@" + HDOM), addr(None, HEH),
                    "Re: [SB-herefordshire-77] Step-down request received", when, HDOM, "iPhone Mail (22A3354)")
    atts = [pdf_att("Consent Bevan.pdf", "Consent to Early Help - Bevan", ["Signed by mum 05/04/2039."])]
    add(f, iphone_mail(f, top, text, atts), "herefordshire", "early_help_duty", when, 2, "ordinary", "follow_up",
        False, None, [], [], [], True, None, [], None, "attach_to_request",
        "Mobile one-liner follow-up to [SB-herefordshire-77] bringing the signed consent form -> consent true (as the "
        "dev corpus labels such a follow-up) -> attach_to_request (BST). "
        "'the Bevan boys' names no child in full.", not_children=["Megan"])


# ============================================================================= self-checks and output
WIN_START, WIN_END = date(2039, 1, 4), date(2039, 4, 8)     # Tue 4 Jan (after New Year observed) .. Good Friday
BH = {date(2039, 1, 3), date(2039, 4, 8), date(2039, 4, 11), date(2039, 5, 2), date(2039, 5, 30),
      date(2039, 8, 29), date(2039, 12, 26), date(2039, 12, 27)}
BANNED = re.compile(r"urgent|immediate|emergenc|at risk|risk of harm|danger|\basap\b|\brisk\b", re.I)
CONCERNS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
            "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation", "school_attendance",
            "young_carer", "disability_send"}
KEYS = ["kind", "urgent", "level", "case_ids", "children", "concerns", "consent", "manager_agreed", "missing",
        "notice_ok", "next_action"]
NOTICE_TABLE = {"knowsley_03.eml": (4, 6), "knowsley_04.eml": (6, 8), "knowsley_05.eml": (3, 5)}

def pack_requirements():
    import yaml
    out = {}
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        y = yaml.safe_load(open("/work/main/config/authorities/%s.yaml" % a))
        for k, v in y["kinds"].items():
            out[(a, k)] = {r["id"] for r in (v.get("requirements") or [])}
    return out

def checks():
    import holidays
    errs = []
    E = errs.append
    pk = set(d for d in holidays.country_holidays("GB", subdiv="ENG", years=[2039]) if d.weekday() < 5)
    if pk != BH:
        E("bank holidays differ from the holidays package: %s" % sorted(pk ^ BH))
    if WIN_START.weekday() != 1 or WIN_END.weekday() != 4 or WIN_END not in BH:
        E("window ends wrong")
    from dateutil.easter import easter
    if easter(2039) != date(2039, 4, 10):
        E("Easter")
    if datetime(2039, 3, 27, 0, 59, tzinfo=UTC).astimezone(LON).utcoffset() != timedelta(0) or \
       datetime(2039, 3, 27, 1, 0, tzinfo=UTC).astimezone(LON).utcoffset() != timedelta(hours=1):
        E("BST start is not 27 March 2039 01:00 UTC")
    reqs = pack_requirements()
    cats = {}
    for L in LABELS:
        f, a, x = L["file"], L["authority"], L["expect"]
        cats[CATS[f]] = cats.get(CATS[f], 0) + 1
        msg = email.message_from_bytes(FILES[f], policy=email.policy.default)
        if msg.defects:
            E("%s defects %s" % (f, msg.defects))
        for part in msg.walk():
            if part.defects:
                E("%s part defects" % f)
        for h in ("Message-ID", "Date", "From", "To", "Subject"):
            if not msg[h]:
                E("%s lacks %s" % (f, h))
        if MAILBOXES[(a, L["mailbox"])].lower() not in (str(msg["To"]) + str(msg["Cc"] or "")).lower():
            E("%s mailbox address not in To/Cc" % f)
        d = email.utils.parsedate_to_datetime(str(msg["Date"]))
        ld = d.date()
        if not (WIN_START <= ld < WIN_END) or ld.weekday() > 4 or ld in BH:
            E("%s date %s outside window / weekend / bank holiday" % (f, ld))
        if d.utcoffset() != d.astimezone(LON).utcoffset():
            E("%s Date offset wrong for Europe/London" % f)
        now = datetime.fromisoformat(L["now"])
        delta = (now - d).total_seconds() / 60
        if not (1 <= delta <= 10) or now.utcoffset() != d.utcoffset():
            E("%s now not 1-10 min after Date with same offset" % f)
        if list(x) != KEYS:
            E("%s keys" % f)
        if x["concerns"] != sorted(set(x["concerns"])) or not set(x["concerns"]) <= CONCERNS:
            E("%s concerns" % f)
        if x["missing"] != sorted(set(x["missing"])):
            E("%s missing unsorted" % f)
        kind = x["kind"]
        if kind in ("step_up", "step_down") and (a, kind) in reqs and reqs[(a, kind)]:
            bad = set(x["missing"]) - reqs[(a, kind)]
            if bad:
                E("%s missing ids not in the %s pack: %s" % (f, a, bad))
        elif x["missing"]:
            E("%s has missing for a kind without requirements" % f)
        # next_action order
        undefined = (a == "herefordshire" and kind == "step_up")
        exp = ("alert_duty" if x["urgent"] else "ignore" if kind == "auto_reply" else "record_reply"
               if kind == "meeting_reply" else "attach_to_request" if kind == "follow_up" else "human_review"
               if kind == "other" or undefined else "request_info" if (x["missing"] or x["notice_ok"] is False)
               else "book_meeting")
        if x["next_action"] != exp:
            E("%s next_action %s != %s" % (f, x["next_action"], exp))
        if x["urgent"] != (CATS[f] == "urgent"):
            E("%s urgent vs category" % f)
        if x["level"] is not None and kind != "step_down":
            E("%s level on non step_down" % f)
        # fact ids agree with consent / manager fields
        if kind in ("step_up", "step_down") and not undefined:
            r = reqs[(a, kind)]
            lvl = x["level"] or 3
            if a == "knowsley" and kind == "step_down":
                r = {"children", "meeting_details", "worries_strengths_next"} | ({"lead_practitioner"} if lvl == 2 else {"consent"})
            if "consent" in r and (("consent" in x["missing"]) != (x["consent"] is not True)):
                E("%s consent vs missing" % f)
            if "manager_agreed" in r and (("manager_agreed" in x["missing"]) != (x["manager_agreed"] is not True)):
                E("%s manager vs missing" % f)
            if "case_id" in r and (("case_id" in x["missing"]) != (not x["case_ids"])):
                E("%s case_id vs missing" % f)
            if ("children" in x["missing"]) != (not x["children"]):
                E("%s children vs missing" % f)
        # notice
        if a == "knowsley" and kind in ("step_up", "step_down"):
            m = META[f]["meeting"]
            if m is None:
                if x["notice_ok"] is not None or "meeting_details" not in x["missing"]:
                    E("%s no meeting but notice/meeting_details wrong" % f)
            else:
                today = now.astimezone(LON).date()
                n = wd_count(today, m, BH)
                plain = wd_count(today, m, set())
                if (n >= 5) != x["notice_ok"]:
                    E("%s notice_ok vs %d WD" % (f, n))
                if NOTICE_TABLE.get(f) != (n, plain):
                    E("%s notice table %s != %s" % (f, NOTICE_TABLE.get(f), (n, plain)))
                if m.weekday() > 4 or m in BH or m <= today:
                    E("%s meeting day bad" % f)
        elif x["notice_ok"] is not None:
            E("%s notice_ok set outside Knowsley steps" % f)
        # readable text checks
        txt = readable(msg)
        for c in META[f]["children"]:
            nm = c["_as"] or c["name"]
            if nm.lower() not in txt.lower():
                E("%s child %s not in text" % (f, nm))
            if c["_w"] and c["_w"] not in txt:
                E("%s DOB %s not in text" % (f, c["_w"]))
            if c["dob"]:
                dob = date.fromisoformat(c["dob"])
                if datetime.strptime(c["_w"], "%d/%m/%Y").date() != dob:
                    E("%s DOB parse" % f)
                age = (ld - dob).days / 365.25
                if not (0 < age < 18):
                    E("%s child %s not under 18" % (f, c["name"]))
        for nc in META[f]["not_children"]:
            if nc.lower() not in txt.lower():
                E("%s not_child %s absent" % (f, nc))
            if nc in [k["name"] for k in x["children"]]:
                E("%s adult labelled as child" % f)
        for cid in x["case_ids"]:
            if cid not in txt:
                E("%s case id %s not in text" % (f, cid))
        if CATS[f] == "urgent":
            mm = BANNED.search(txt)
            if mm:
                E("%s urgent mail contains banned word %r" % (f, mm.group(0)))
        has_reply = any(p.get_content_type() == "text/calendar" and "METHOD:REPLY" in p.get_payload(decode=True).decode()
                        for p in msg.walk() if not p.is_multipart())
        if (kind == "meeting_reply") != has_reply:
            E("%s meeting_reply vs iTIP REPLY" % f)
        if (kind == "auto_reply") != bool(msg["Auto-Submitted"]):
            E("%s auto_reply vs Auto-Submitted" % f)
        sb = "[SB-" in str(msg["Subject"])
        if kind == "follow_up" and not sb:
            E("%s follow_up without reference" % f)
        if kind in ("step_up", "step_down", "other") and sb:
            E("%s step/other with reference" % f)
    if cats.get("urgent", 0) < 11 or cats.get("near_miss", 0) < 11 or sum(cats.values()) != 40:
        E("category counts %s" % cats)
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        names = sorted(L["file"] for L in LABELS if L["authority"] == a)
        if names != ["%s_%02d.eml" % (a, i) for i in range(1, 9)]:
            E("%s files %s" % (a, names))
    return errs, cats

def stats(cats):
    from collections import Counter
    print("categories", cats)
    print("kinds", Counter(L["expect"]["kind"] for L in LABELS))
    print("next_action", Counter(L["expect"]["next_action"] for L in LABELS))
    print("mailbox", Counter(L["mailbox"] for L in LABELS))
    for f, (n, p) in NOTICE_TABLE.items():
        print("notice", f, n, "WD", p, "plain")

def main():
    g = globals()
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        for i in range(1, 9):
            g["%s_%02d" % (a, i)]()
    errs, cats = checks()
    if errs:
        print("\n".join(errs))
        sys.exit("%d self-check errors; nothing written" % len(errs))
    for f, data in FILES.items():
        with open(os.path.join(HERE, f), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "labels.json"), "w") as fh:
        json.dump(LABELS, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(HERE, "categories.json"), "w") as fh:
        json.dump({L["file"]: CATS[L["file"]] for L in LABELS}, fh, indent=2)
        fh.write("\n")
    print("wrote %d mails; all self-checks passed" % len(FILES))
    if "--stats" in sys.argv:
        stats(cats)

if __name__ == "__main__":
    main()
