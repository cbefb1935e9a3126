#!/usr/bin/env python3
"""mixed34: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the autumn term of 2053 (Wednesday 3 September - Friday 19 December), in health partners' clinical words: an
Emergency Department attendance notification, a paediatric registrar's note, a midwife's newborn referral, a
liaison psychiatry note, a CAMHS letter and a CAMHS discharge letter, a school nurse, a community pharmacist, a GP
(letters quoted in requests, a forwarded GP email as message/rfc822, a letter about an adult), a sexual health
adviser and a sexual health nurse, health visitors (record extracts, an out-of-office, a tentative and a declined
meeting reply), a health bulletin and a partnership case audit; shorthand such as O/E, ?NAI, #, c/o, FTT, DNA,
PMH, UPT, 8/12, bilat., L/R, and risks told in clinical understatement ("inconsistent hx", "delayed
presentation", "father keen to take home").

British Summer Time ends at 01:00 UTC on Sunday 26 October 2053: mail before it is +0100, after it +0000. The window
has no bank holiday; Christmas Day (Thu 25 Dec) and Boxing Day (Fri 26 Dec) fall just after it, and two Knowsley
notice counts run across them (one decisive: 4 working days against 6 plain weekdays).

Deterministic: no clock, no randomness; boundaries, Message-IDs, Thread-Index values and calendar UIDs from sha1 of
the file name; zips with fixed timestamps. Run with /work/main/.venv/bin/python make_set.py [--stats]. The MIME,
Word HTML, PDF, .docx, iCalendar, out-of-office, NDR, quote-chain, working-day, readable-text and self-check helpers
are copied from /work/main/tests/data/mixed27/make_set.py and adapted. Every label was set by hand from the
specification; the self-checks verify them against its rules and STOP on any error before anything is written.
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
    """Local (Europe/London) wall-clock time. British Summer Time ends at 01:00 UTC on Sunday 26 October 2053:
    mail before it carries +0100, mail after it +0000. The self-check
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
            zi = zipfile.ZipInfo(name, date_time=(2053, 8, 29, 0, 0, 0))
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

# ============================================================================= mixed34 extra helpers
def rfc822_part(inner_bytes, filename):
    """A forwarded message attached as message/rfc822 (Outlook 'Forward as attachment')."""
    return Part([("Content-Type", 'message/rfc822; name="%s"' % filename),
                 ("Content-Disposition", 'attachment; filename="%s"' % filename)],
                inner_bytes.decode("ascii").replace("\r\n", "\n"))

def inner_mail(f, frm, to, subject, when, text, domain):
    top = [("From", frm), ("To", to), ("Subject", hdr(subject)), ("Date", email.utils.format_datetime(dt(when))),
           ("Message-ID", msgid(f + "-inner", domain))]
    return build(top, text_part(text, cte="quoted-printable"), False)

def mislabelled_1252(text):
    """A text/plain part whose bytes are windows-1252 but whose label says iso-8859-1 (as some NHS mail gateways
    send it): curly quotes and dashes become C1 control characters if the label is believed."""
    return Part([("Content-Type", 'text/plain; charset="iso-8859-1"'), ("Content-Transfer-Encoding", "base64")],
                b64lines(text.replace("\n", "\r\n").encode("cp1252")))

def ics_att(f, cal, filename="invite.ics"):
    return Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST; name="%s"' % filename),
                 ("Content-Disposition", 'attachment; filename="%s"' % filename),
                 ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))

def png_att(name, data):
    return binary_part("image/png", name, data)

NHSDISC = T("""
********************************************************************************************************************
This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it. Please do not disclose, copy or distribute
information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may
be unlawful. Thank you for your co-operation.
NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for
exchanging patient data and other sensitive information with NHSmail and other accredited email services.
********************************************************************************************************************
""")


# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2053-10-14 10:12:30"
    body = T("""
Good morning MASH,

Please find attached a step up request for the O'Hare children, Case ID on EHM: EHM-73318.

Kayla-Mae O'Hare  DOB 03/02/2052
Tommy O'Hare      DOB 19/08/2049

The step up TAF meeting is Wednesday 22 October 2053 at 10:00 on Teams - the invite is attached and has gone to the MASH inbox and MASH business support. I have invited the current TAF members (HV, nursery, GP practice nurse).

Attached: FF Step Up request (Appendix 1), GCP2 completed with mum on 06/10/2053, and the minutes of the last TAF meeting (30/09/2053).

Summary of the health visitor's record extract (Sarah Quayle, HV, seen 07/10/53):
"Kayla-Mae 20/12. Wt 7.62kg, dropped from 50th to below 9th centile since 9/12 check. FTT under review by paeds. Nappy rash ++ with excoriation. Home conditions: no food in fridge, dog faeces on kitchen floor. Mum tearful, states 'I'm coping'. Weigh clinic attended weekly since 09/09. Tommy (4) not registered with a dentist, visible caries."

My team manager, Jo Birchall, has discussed the step up with me in supervision and agreed it on 10/10/2053.

Mum is aware of the step up but she has told me she does not agree with it and does not consent to social care involvement.

Many thanks,
Leanne Gorst
Family First Case Manager | Halewood Team | Knowsley Council
0151 496 0374

""") + KDISC
    cal = ics("REQUEST", f, dt(when), "20531022T100000", "20531022T113000",
              "Step up TAF meeting - O'Hare - EHM-73318", "Microsoft Teams Meeting",
              "Step up TAF for Kayla-Mae and Tommy O'Hare. Join on Teams.",
              ("Leanne Gorst", "Leanne.Gorst@" + KDOM),
              [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH business support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    atts = [docx_att("FF Step Up request to CSC - O'Hare.docx", appendix1([
                ("Case ID on EHM:", "EHM-73318"),
                ("Children:", "Kayla-Mae O'Hare 03/02/2052; Tommy O'Hare 19/08/2049"),
                ("Date of step up TAF meeting:", "Wednesday 22 October 2053, 10:00, Teams"),
                ("What are we worried about?", "Kayla-Mae's weight faltering (FTT under paediatric review), poor home conditions, Tommy's untreated dental caries. GCP2 scored 4 in physical care and 4 in safety."),
                ("What is working well?", "Mum attends TAF meetings; maternal grandmother visits weekly."),
                ("What needs to happen?", "Step up to CSC for a Child and Family Assessment."),
                ("Graded Care Profile:", "GCP2 completed 06/10/2053 - attached."),
                ("Management oversight:", "Discussed with Jo Birchall, Team Manager, agreed 10/10/2053.")])),
            docx_att("GCP2 - O'Hare - 06.10.2053.docx", ["# Graded Care Profile 2 (GCP2)",
                "Family: O'Hare. Completed with mum 06/10/2053.", "Area 1 Physical care: grade 4",
                "Area 2 Safety: grade 4", "Area 3 Love and care: grade 2", "Area 4 Stimulation: grade 3"]),
            pdf_att("TAF minutes 30.09.2053 - O'Hare.pdf", "TAF meeting minutes - 30/09/2053",
                ["Family: O'Hare (EHM-73318)", "Present: mum, HV, nursery, Family First case manager",
                 "HV reported weight faltering; paediatric referral made.", "Actions: weigh clinic weekly; dentist registration for Tommy."]),
            ics_att(f, cal)]
    top = outlook_top(f, addr("Gorst, Leanne", "Leanne.Gorst@" + KDOM),
                      "%s, %s" % (addr("Knowsley MASH", KMASH), addr("MASH Business Support", KBS)),
                      "Step up request - O'Hare - EHM-73318", when)
    add(f, mail(f, top, body, atts, html_alt=True), "knowsley", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["EHM-73318"],
        [ch("Kayla-Mae O'Hare", "2052-02-03", "03/02/2052"), ch("Tommy O'Hare", "2049-08-19", "19/08/2049")],
        ["neglect"], False, True, [], True, "book_meeting",
        "Complete Knowsley step-up for neglect (REQUIREMENTS knowsley step_up: step_up_form, case_id, manager_agreed, "
        "taf_minutes, meeting_details; gcp2 because neglect): Appendix 1 .docx, GCP2 .docx, TAF minutes .pdf, Teams "
        ".ics, 'Jo Birchall ... agreed it' -> manager true. The HV's clinical extract (FTT, centile drop, nappy rash, "
        "home conditions) is neglect, not urgent. 'does not consent to social care involvement' -> consent false (a stated "
        "refusal; consent is not a Knowsley step-up requirement, so nothing missing). Dates 06/10/2053, 30/09/2053, "
        "07/10/53 are not DOBs. Notice: Tue 14 Oct -> Wed 22 Oct = 6 WD >= 5 -> ok -> book_meeting.",
        meeting=date(2053, 10, 22), not_children=["Leanne Gorst", "Jo Birchall", "Sarah Quayle"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2053-12-02 06:41:07"
    body = T("""
EMERGENCY DEPARTMENT ATTENDANCE NOTIFICATION - PAEDIATRIC
Whiston Hospital ED, Mersey and West Lancashire Teaching Hospitals NHS Trust

Patient: Reggie LUNT    DOB: 12.06.2052 (17/12)    NHS No: 943 476 5919
Address: 27 Cherryfield Drive, Kirkby, L32
GP: Dr A. Venables, Tower Hill Medical Centre
Arrived: 01/12/2053 23:52   Brought by: father (Mr Dean Lunt)

PC: c/o not using L arm. Hx per father: "fell off the settee" Sat evening (approx 48h ago). No hx given for bruising.
PMH: nil. Not known to paeds. HV: 12/12 review done 10/06/2053.

O/E: Alert, distressed on handling. L arm held adducted, pain on passive movement.
  - XR L humerus: spiral # mid-shaft L humerus.
  - 3 x oval bruises 1-1.5cm R upper arm (grip pattern), bruise R pinna and post-auricular.
  - Bilat. petechiae upper chest. Frenulum intact.
Imp: ?NAI. Mechanism inconsistent with injury; delayed presentation.

Plan: Paeds reg (Dr N. Achterberg) reviewed 04:30 - admit under paeds for skeletal survey + CT head, CP medical in the morning, ward SW on arrival.
Update 06:20: father declined admission. Father keen to take home, states mother is "waiting at home" and he will "bring him back for the scan". Child in father's car seat in the department now. Nurse in charge has asked him to wait for the consultant (due 07:00).

Mother (Ms Kirsty Lunt) not yet spoken to - no answer on mobile.
ED contact: Sister M. Dwyer, Paeds ED, 0151 496 0722 (ext 4410)

This notification is generated from the ED record and sent to the local authority for information.
""") + NHSDISC
    top = plain_top(f, addr("Whiston ED Paediatric Notifications", "merseywestlancs.edpaeds@nhs.net"),
                    addr("Knowsley MASH", KMASH), "ED attendance notification - LUNT Reggie - 01/12/2053", when,
                    "nhs.net", None)
    add(f, mail(f, top, body), "knowsley", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Reggie Lunt", "2052-06-12", "12.06.2052", as_written="Reggie LUNT")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "ED ATTENDANCE NOTIFICATION IN CLINICAL SHORTHAND, 06:41 (out of hours): a 17-month-old with a spiral # of "
        "the L humerus, grip-pattern bruising, a bruised ear, 'mechanism inconsistent', 'delayed presentation'; the "
        "father has declined admission and is 'keen to take home' with the child in the department now. No alarm "
        "word. DESIGN safety rule 1 -> urgent -> alert_duty. A notification, not a step request -> other. "
        "'Reggie LUNT' -> 'Reggie Lunt'; DOB 12.06.2052; the NHS number is not a case id -> []; physical_harm.",
        not_children=["Dean Lunt", "Kirsty Lunt"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2053-10-24 15:20:44"
    body = T("""
Hi Family First duty,

Step down to Family First at Level 3 for Frankie Dunleavy-Pryce (DOB 2047-05-26), ICS ID 1978402.

Joint home visit: Friday 31st October 2053 at 10.00am, at the family home - 9 Larch Close, Stockbridge Village, L28 4QB. Please could a Family First case manager attend with me.

Consent: Mum (Gemma Pryce) has consented to the referral to Family First - signed at the CIN review on 21/10/2053.

What are we worried about?
Mum's low mood; she is still under the perinatal mental health team following her youngest's birth and some days struggles with the morning routine.

What is working well?
Frankie is thriving - school report no concerns. Mum engages well, attends every appointment, and has a good support network.

What needs to happen?
FF case manager to support mum with routines; TAF with school and the perinatal team; review in six weeks.

Background, for your information: Frankie was on a CP plan from March to August this year after he presented at Alder Hey with a # L clavicle and a query of NAI. The Alder Hey paediatric letter (Dr Okwuosa, 12/08/2053) concluded: "Skeletal survey NAD. Bone profile consistent with a mild metabolic bone disorder now under endocrine follow-up. On the balance of probabilities the fracture was accidental (witnessed fall from climbing frame, corroborated by two adults). No concerns about NAI." The CP plan ended at the review conference on 14/08/2053 and police closed their enquiry with NFA. There are no current safeguarding concerns and no risk of significant harm identified in the C&F assessment.

Thanks,
Rhodri Venn
Social Worker | CIN Team (Kirkby) | Knowsley Council
0151 496 0266

""") + KDISC
    top = outlook_top(f, addr("Venn, Rhodri", "Rhodri.Venn@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down L3 - Frankie Dunleavy-Pryce - ICS 1978402 - joint visit 31/10", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 6,
        "near_miss", "step_down", False, 3, ["1978402"],
        [ch("Frankie Dunleavy-Pryce", "2047-05-26", "2047-05-26")],
        ["parental_mental_health"], True, None, [], True, "book_meeting",
        "NEAR MISS: a complete Level 3 step-down whose background quotes a past # clavicle and '?NAI' now resolved "
        "(skeletal survey NAD, accidental, CP plan ended 14/08/2053, police NFA, 'no current safeguarding concerns'): "
        "historic and resolved, so not urgent and not physical_harm. Mum's low mood, still under the perinatal team "
        "-> parental_mental_health. Knowsley L3: meeting_details (date, time, venue), the three Signs of Safety "
        "headings, consent ('has consented ... signed') -> nothing missing. NOTICE ACROSS THE END OF BST: Fri 24 Oct "
        "(+0100) -> Fri 31 Oct = 5 WD -> ok -> book_meeting.",
        meeting=date(2053, 10, 31), not_children=["Gemma Pryce", "Rhodri Venn"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2053-12-19 11:05:12"
    body = T("""
Hello Family First,

Level 2 step down for Oisín McCardle (ICS-2011356), DOB 14-03-2042.

The final CIN meeting is on Monday 29/12/2053 at 2pm at Huyton Hub, Civic Way, Huyton (Meeting Room 3). I know it's tight with Christmas - the family asked for it before school goes back.

Lead Practitioner from step down: Bernadette Ní Fhloinn, School Nurse, Mersey Care 5-19 Public Health Nursing Service (based at Prescot High). She has agreed to take on the Early Help Assessment.

Dad has consented to the step down and is happy for the school nurse to lead.

What are we worried about?
Oisín has secondary nocturnal enuresis (on desmopressin via the continence clinic) and is anxious about PE changing; attendance 86% this term.

What is working well?
Dad has been consistent with the continence plan; no wet nights for three weeks; Oisín has a trusted adult at school.

What needs to happen?
School nurse to lead the EHA; continence clinic review 14/01; school to put in a changing plan; attendance support meeting in January.

Thanks and merry Christmas,
Saoirse Brannagh
Social Worker | Children in Need (Prescot) | Knowsley Council

""") + KDISC
    top = outlook_top(f, addr("Brannagh, Saoirse", "Saoirse.Brannagh@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "L2 step down - McCardle - final CIN 29/12/2053", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 2, ["ICS-2011356"],
        [ch("Oisín McCardle", "2042-03-14", "14-03-2042")],
        ["school_attendance"], True, None, [], False, "request_info",
        "Complete Knowsley level 2 step-down (REQUIREMENTS knowsley step_down L2: meeting_details with venue, "
        "worries_strengths_next, lead_practitioner named with agency - a school nurse); 'Dad has consented' -> true. "
        "Enuresis on a continence plan is a health need, not disability_send; attendance 86% -> school_attendance. "
        "NOTICE ACROSS CHRISTMAS, DECISIVE: Fri 19 Dec -> Mon 29 Dec counts 22, 23, 24, 29 Dec = 4 WD (Christmas Day "
        "and Boxing Day excluded; a plain weekday count gives 6) < 5 -> notice not ok -> request_info. '14/01' is an "
        "appointment, not a DOB.",
        meeting=date(2053, 12, 29), not_children=["Bernadette Ní Fhloinn", "Saoirse Brannagh"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2053-11-12 14:55:02"
    ack = ack_text("step-up", "SB-knowsley-1882", [
        "Case: EHM-71150", "Children: Jade Kerrigan (30/04/2039)",
        "Step-up TAF meeting: Wednesday 19 November 2053, 13:30 (Microsoft Teams)"], ["taf_minutes"])
    body = T("""
Hi MASH,

Minutes of the last TAF (04/11/2053) attached as requested.

Kind regards,
Carys Melling
Family First Case Manager | Kirkby Team | Knowsley Council
0151 496 0388

PS - forwarding below what the school nurse sent me twenty minutes ago, I'm trying to reach her now.

-----Original Message-----
From: Noon, Philippa <philippa.noon1@nhs.net>
Sent: 12 November 2053 14:31
To: Melling, Carys <Carys.Melling@knowsley.gov.uk>
Subject: Jade

Carys - Jade came to my drop-in at 12.40 c/o lower abdo pain. UPT +ve. Says the father is "Kai", 24, she's been staying at his flat in Bootle "most nights", he gives her vodka and lifts and "his mates come round". Bruising to inner L upper arm and neck (she says "love bites"). She left school at 13.30 without signing out, not answering her phone. Told me before she left she's "going back to his tonight, he's picking me up from the Shell garage at 4". Mum at work till 8, not answering. I've no address for him.
Philippa
Philippa Noon, School Nurse, 5-19 Team

""") + quote_chain([
        ("Knowsley MASH <knowsleymash@knowsley.gov.uk>", "10 November 2053 09:02", "Melling, Carys <Carys.Melling@knowsley.gov.uk>",
         "[SB-knowsley-1882] Step-up request received - EHM-71150", ack, None)])
    top = outlook_top(f, addr("Melling, Carys", "Carys.Melling@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: [SB-knowsley-1882] Step-up request received - EHM-71150", when)
    atts = [pdf_att("TAF minutes 04.11.2053 - Kerrigan.pdf", "TAF meeting minutes - 04/11/2053",
                    ["Family: Kerrigan (EHM-71150)", "Present: mum, school, school nurse, Family First",
                     "Attendance 71%; missing from home twice in October (returned next morning).",
                     "Actions: Merseyside Exploitation Assessment completed; step up agreed by TM."])]
    add(f, mail(f, top, body, atts), "knowsley", "mash_step_up", when, 3,
        "urgent", "follow_up", True, None, ["EHM-71150"],
        [ch("Jade Kerrigan", "2039-04-30", "30/04/2039")],
        ["exploitation", "missing", "school_attendance", "sexual_harm"], None, None, [], None, "alert_duty",
        "RISK ONLY IN THE PS: the top of this reply to [SB-knowsley-1882] just adds TAF minutes, but the forwarded "
        "school nurse note (UPT +ve, staying at a 24-year-old's flat, vodka and lifts, 'his mates come round', left "
        "school without signing out, 'going back to his tonight, he's picking me up ... at 4') is a 14-year-old being "
        "sexually exploited and missing now. No alarm word. Safety rule 1 reads every part -> urgent -> alert_duty "
        "(over attach_to_request). Child and DOB from the quoted ack; exploitation, missing, sexual_harm, attendance "
        "71% -> school_attendance.",
        not_children=["Carys Melling", "Philippa Noon"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2053-10-09 08:00:00"
    body = T("""
MERSEY SAFEGUARDING CHILDREN - HEALTH BULLETIN - Issue 41, October 2053
From the Designated Nurses, Cheshire and Merseyside ICB

1. Learning from a Child Safeguarding Practice Review: "Baby T"
Baby T (11/52) was brought to an urgent treatment centre with a torn upper labial frenulum. History: "caught it on the bottle". Delayed presentation (2 days). Discharged with advice. Presented 9 days later with a # skull. Learning: a torn frenulum in a non-mobile infant is ?NAI until proven otherwise; always consider the risk to siblings; "father keen to take home" should prompt a senior review, never a discharge.
(All identifying details have been changed. Baby T's case concluded in 2051.)

2. Bruising in non-mobile infants - refreshed protocol
"If it doesn't cruise it shouldn't bruise." Any bruise in a child under 6 months: refer to the on-call paediatrician AND children's social care the same day.

3. Was Not Brought (WNB) not "DNA"
From January we record children who miss appointments as Was Not Brought.

4. Training dates
Level 3 safeguarding children: 4 November, 2 December (Teams, 09:30-12:30).

You are receiving this because you subscribed to the Mersey Safeguarding Children Health Bulletin.
Unsubscribe: https://lists.merseysafeguarding.example.org/unsubscribe
""")
    top = plain_top(f, addr("Mersey Safeguarding Health Bulletin", "bulletin@lists.merseysafeguarding.example.org"),
                    addr("Family First 0-18 Duty Mailbox", KFF), "Health Bulletin 41: Baby T; bruising protocol; WNB",
                    when, "lists.merseysafeguarding.example.org", None,
                    extra=[("List-Id", "Mersey Safeguarding Health Bulletin <bulletin.lists.merseysafeguarding.example.org>"),
                           ("List-Unsubscribe", "<https://lists.merseysafeguarding.example.org/unsubscribe>"),
                           ("Precedence", "bulk")])
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a health bulletin (List-Id, List-Unsubscribe, Precedence: bulk, no Auto-Submitted) whose "
        "learning case is an anonymised, concluded review ('Baby T', 2051) told in clinical words (torn frenulum, "
        "?NAI, # skull, 'father keen to take home'). Example text, not a current child -> not urgent, no children, no "
        "concerns; not a request -> other -> human_review.")

def knowsley_07():
    f = "knowsley_07.eml"; when = "2053-10-16 09:30:21"
    data = itip_reply(f, when, "Sarah Quayle", "sarah.quayle@nhs.net", ("Leanne Gorst", "Leanne.Gorst@" + KDOM),
                      "TENTATIVE", "Step up TAF meeting - O'Hare - EHM-73318", "20531022T100000", "20531022T113000",
                      "Microsoft Teams Meeting",
                      comment="Tentative - I have a new birth visit booked at 09:30; I will send my HV report by Tuesday either way.")
    add(f, data, "knowsley", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, ["EHM-73318"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY (text/calendar method=REPLY, PARTSTAT=TENTATIVE) from the health visitor to knowsley_01's "
        "step-up TAF, with a COMMENT. meeting_reply -> record_reply; the case id of its SUMMARY; no children named "
        "in full (the SUMMARY carries the surname only).")
    FILES[f] = FILES[f].replace(("To: " + addr("Leanne Gorst", "Leanne.Gorst@" + KDOM)).encode(),
                                ("To: " + addr("Leanne Gorst", "Leanne.Gorst@" + KDOM) + ", " + addr("Knowsley MASH", KMASH)).encode())

def knowsley_08():
    f = "knowsley_08.eml"; when = "2053-12-18 15:40:33"
    fw = T("""
From: Birchall, Jo <Jo.Birchall@knowsley.gov.uk>
Sent: 18 December 2053 14:58
To: Ashurst, Niamh <Niamh.Ashurst@knowsley.gov.uk>
Subject: RE: Ellis - step up?

Niamh, yes - agreed, go ahead and send it to MASH today. Put the clinic letters in. Jo
""")
    body = T("""
Hi MASH and MASH business support,

Step up for Ellis McGrath (2nd June 2049), EHM-74021. Step up TAF meeting: Monday 29 December 2053, 10:00, Teams (I know it's not a Wednesday - it's the first date the paediatrician could do). Teams invite attached.

Ellis has global developmental delay and is on the ASD pathway (Community Paediatrics, Dr Farooqui). The letters from the child development centre record DNA (Was Not Brought) x3 - 17/06, 09/09 and 11/11 - and the audiology and OT referrals have lapsed. Mum has not answered the door to me on my last four visits and has not come to the last two TAFs.

Attached: step up form, last TAF minutes, and the two clinic letters. My team manager's agreement is below.

Niamh Ashurst
Family First Case Manager | Huyton Team | Knowsley Council
0151 496 0351

""") + quote("Ashurst, Niamh", "18 December 2053 15:36", "Knowsley MASH", "FW: Ellis - step up?", fw)
    cal = ics("REQUEST", f, dt(when), "20531229T100000", "20531229T113000",
              "Step up TAF - McGrath - EHM-74021", "Microsoft Teams Meeting", "Step up TAF for Ellis McGrath.",
              ("Niamh Ashurst", "Niamh.Ashurst@" + KDOM),
              [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH business support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    atts = [docx_att("FF Step Up request - McGrath.docx", appendix1([
                ("Case ID on EHM:", "EHM-74021"), ("Child:", "Ellis McGrath, 2nd June 2049"),
                ("What are we worried about?", "Missed health appointments (Was Not Brought x3), lapsed referrals, no access on visits, mum not attending TAF."),
                ("What is working well?", "Ellis attends nursery class every day and is well cared for there."),
                ("What needs to happen?", "Step up to CSC."),
                ("Date of step up TAF meeting:", "29/12/2053 10:00")])),
            pdf_att("TAF minutes 02.12.2053 - McGrath.pdf", "TAF minutes 02/12/2053",
                    ["Ellis McGrath - EHM-74021", "Mum did not attend. Nursery, CDC nurse and FF present."]),
            pdf_att("CDC letters - McGrath.pdf", "Child Development Centre - clinic letters",
                    ["Re: Ellis McGrath, DOB 02/06/2049", "Was not brought to appointment 11/11/2053 (third).",
                     "Diagnosis: global developmental delay; ASD assessment pending."]),
            ics_att(f, cal)]
    top = outlook_top(f, addr("Ashurst, Niamh", "Niamh.Ashurst@" + KDOM),
                      "%s, %s" % (addr("Knowsley MASH", KMASH), addr("MASH Business Support", KBS)),
                      "Step up - Ellis McGrath - EHM-74021 - TAF 29/12", when)
    add(f, mail(f, top, body, atts), "knowsley", "mash_step_up", when, 7,
        "ordinary", "step_up", False, None, ["EHM-74021"],
        [ch("Ellis McGrath", "2049-06-02", "2nd June 2049")],
        ["disability_send", "non_engagement"], None, True, ["engaging_families"], True, "request_info",
        "Knowsley step-up for non-engagement (DNA / Was Not Brought x3, no access, not attending TAFs) with form, TAF "
        "minutes and clinic letters but no Engaging Families toolkit -> engaging_families missing (REQUIREMENTS: "
        "knowsley step_up + non_engagement). Manager agreement ONLY in the forwarded reply ('yes - agreed, go ahead') "
        "-> true. GDD / ASD pathway -> disability_send. Not neglect. NOTICE ACROSS CHRISTMAS: Thu 18 Dec -> Mon "
        "29 Dec = 19, 22, 23, 24, 29 = exactly 5 WD (7 plain weekdays) -> ok. Missing -> request_info.",
        meeting=date(2053, 12, 29), not_children=["Niamh Ashurst"])

# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2053-09-09 10:25:10"
    body = T("""
To the Early Help team,

PRE-BIRTH / NEWBORN REFERRAL - St George's Maternity, Gwynne Holford Ward

Mother: Danielle ASHWORTH-REID, 27, G3 P2 (now P3). NHS No 487 221 0936.
Baby: female, born 02:14 today by SVD, 3.1kg, well, on the ward with mother. Not yet named.
Partner (father of baby): Mr Jordan Reid, 31.

Booked late at 31/40 (01/07/2053). Hx: two older children (now 6 and 4) removed under care orders in 2049 and living with paternal aunt. DV hx: MARAC x2 (2048, 2049), partner convicted ABH against Ms Ashworth-Reid 2049. Non-molestation order expired. Midwifery documented at booking that the couple had separated; the couple arrived together at 23:40 and Mr Reid has been on the ward since.

Current (09:50): Mr Reid raised voice at staff, security called once. Ms Ashworth-Reid tearful, bruise to L cheekbone (states "walked into the cupboard"). Couple requesting discharge "this morning"; Mr Reid states they will "go home and nobody is taking her". Paeds NIPE done, baby fit for discharge from a medical view. No pre-birth plan or PLO on file that we can see; no social worker allocated that we know of.

We have asked them to wait for the obstetric registrar. Please call the ward: 020 7946 0510 (ask for the midwife in charge).

I am sending this to the address on the leaflet on the ward; please pass to the right team if this is not it.

Hannah Okonkwo-Blythe
Midwife, Gwynne Holford Ward, St George's University Hospitals NHS Foundation Trust

""") + NHSDISC
    top = plain_top(f, addr("Okonkwo-Blythe Hannah (ST GEORGE'S UNIVERSITY HOSPITALS NHS FOUNDATION TRUST)", "h.okonkwo-blythe@nhs.net"),
                    addr("Early Help Duty", RED), "Newborn - discharge requested this morning - ASHWORTH-REID", when,
                    "nhs.net", None)
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 4,
        "urgent", "other", True, None, [], [], ["domestic_abuse"], None, None, [], None, "alert_duty",
        "A MIDWIFE WRITES TO THE WRONG INBOX: a newborn born at 02:14 today; parents (older children removed 2049, "
        "partner convicted of ABH against mother, MARAC x2) asking to go home 'this morning', a fresh bruise on the "
        "mother's cheek, 'nobody is taking her', no plan or social worker. Clinical understatement, no alarm word. "
        "Safety rule 1 -> urgent -> alert_duty; a referral sent to Early Help duty, not a step request -> other. "
        "The baby is not named (not labelled); the adults are not children; domestic_abuse.",
        not_children=["Danielle", "Jordan Reid", "Hannah Okonkwo-Blythe"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2053-09-17 14:10:55"
    body = T("""
Dear MASH Step Up,

I am the Early Help Team Manager for Wandsworth South. Following our reflective discussion on Monday I have agreed the step up of the Durand-Okafor children to Children's Services; the case summary is attached and the rationale is below.

Children
- Amélie Durand-Okafor, DOB 07/11/2043
- Noé Durand-Okafor, DOB 30/01/2046
Mosaic ID 3381240

Rationale for step up
Mum (PMH: emotionally unstable personality disorder, on sertraline and quetiapine) has had two crisis team admissions since July. The GP letter of 11/09/2053 (attached) records: "Mum reports not taking quetiapine for 3/52; TATT; poor sleep; no thoughts of harm to self or others; children's father not involved." Amélie (9) is doing most of the cooking and is putting Noé to bed on weekday nights, and has been late to school 14 times this half-term. Eight months of Early Help have not changed this.

Mum agrees to the step up and has signed the consent form.

Regards,
Marguerite Ansah
Early Help Team Manager (Wandsworth South)
Richmond and Wandsworth Councils

""") + RDISC
    atts = [pdf_att("Case summary - Durand-Okafor - Sept 2053.pdf", "Early Help case summary",
                    ["Family: Durand-Okafor. Mosaic ID 3381240.", "Worker: Tomasz Lewandowski, Family Support Worker.",
                     "Young carer assessment completed 02/09/2053."]),
            pdf_att("GP letter 11.09.2053.pdf", "Balham Park Surgery - letter to Early Help",
                    ["Re: Ms Celine Durand, DOB 14/02/2019", "PMH: EUPD; PND 2046. Meds: sertraline 100mg od, quetiapine 50mg nocte.",
                     "Mum reports not taking quetiapine for 3/52; TATT; poor sleep.",
                     "No thoughts of harm to self or others."])]
    top = outlook_top(f, addr("Ansah, Marguerite", "Marguerite.Ansah@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Durand-Okafor - Mosaic 3381240", when)
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["3381240"],
        [ch("Amélie Durand-Okafor", "2043-11-07", "07/11/2043"), ch("Noé Durand-Okafor", "2046-01-30", "30/01/2046")],
        ["parental_mental_health", "school_attendance", "young_carer"], True, True, [], None, "book_meeting",
        "Complete R&W step-up from the Early Help Team Manager (REQUIREMENTS richmond_wandsworth step_up: case_summary "
        "attached, rationale pasted under its own heading) -> book_meeting. 'I have agreed the step up' (the sender is "
        "the TM) -> manager true; 'Mum agrees to the step up' -> consent true. 'Mosaic ID 3381240' -> '3381240'. The "
        "GP letter's 'no thoughts of harm' is negated; the mother's DOB (2019) is an adult's. Accented names.",
        not_children=["Marguerite Ansah", "Celine Durand", "Tomasz Lewandowski"], adults=[("Celine Durand", "14/02/2019")])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2053-10-06 11:40:02"
    body = T("""
Hi EH duty,

Confirming the step down case discussion for Theo Vance-Harding, agreed with Jasper on the phone this morning: Thursday 9 October, 10:00 on Teams. Mosaic 2950117.

Theo (DOB 23 March 2048) - latest case summary and the draft Early Help plan attached. Mum and Dad have both consented to Early Help continuing the plan, and the school family worker, Ms Olamide Chukwu (Sheen Mount Primary), has agreed to be Lead Professional.

For context - the s47 was opened after Theo's admission on 03/09/2053. The discharge summary from Kingston Hospital reads:
"Dx: minor head injury + bruising L flank. ?NAI considered. CP medical (Dr Sandhu, consultant paediatrician, 04/09/53): injuries consistent with the witnessed fall from a trampoline (video footage from neighbour). No other injuries. Skeletal survey not indicated. Discharged home with parents 05/09/53, no safeguarding concerns identified."
The strategy discussion concluded NFA for s47 on 10/09/2053; no risk of significant harm. What remains is Theo's attendance (82%) and Dad's request for parenting support with his behaviour at home.

Thanks,
Kwame Asante-Lind
Social Worker, Assessment Team (Richmond)

""") + RDISC
    atts = [pdf_att("Case summary - Vance-Harding.pdf", "Case summary - Theo Vance-Harding",
                    ["Mosaic 2950117", "s47 concluded NFA 10/09/2053. C&F assessment recommends Early Help."]),
            docx_att("Draft EH plan - Vance-Harding.docx", ["# Draft Early Help plan", "Child: Theo Vance-Harding",
                     "Outcome 1: attendance above 95% by February.", "Outcome 2: parenting programme for Dad (Triple P)."])]
    top = outlook_top(f, addr("Asante-Lind, Kwame", "Kwame.Asante-Lind@" + RDOM), addr("Early Help Duty", RED),
                      "Step down case discussion Thu 9/10 - Vance-Harding", when)
    add(f, mail(f, top, body, atts), "richmond_wandsworth", "early_help_duty", when, 3,
        "near_miss", "step_down", False, None, ["2950117"],
        [ch("Theo Vance-Harding", "2048-03-23", "23 March 2048")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS: a quoted hospital discharge summary with '?NAI considered' and bruising, RESOLVED (CP medical: "
        "consistent with a witnessed fall, 'no safeguarding concerns identified', s47 NFA, 'no risk of significant "
        "harm') -> not urgent, not physical_harm. Complete R&W step-down (case summary .pdf, draft plan .docx, 'both "
        "consented') -> book_meeting. 'Mosaic 2950117' -> '2950117'. 03/09/2053, 04/09/53 are admission/medical "
        "dates, not DOBs; attendance 82% -> school_attendance.",
        not_children=["Olamide Chukwu", "Kwame Asante-Lind"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2053-11-20 16:05:40"
    body = T("""
Dzień dobry / Hello,

Step down to Early Help for Zuzanna Kowalczyk (ur. / DOB 11.05.2045) and Wiktor Kowalczyk (DOB 28.02.2050), Mosaic 3120984.

Case summary attached. The draft plan will follow once I have met the family worker next week.

Consent: I visited yesterday with the interpreter. Mum has declined Early Help - she says she does not want "another service in the house" now the CIN plan is ending. I will try again at the closing visit but I wanted you to have the referral now.

Worries are mum's anxiety (GP has started sertraline) and Wiktor's speech delay (SALT assessment booked 02/12/2053).

Pozdrawiam,
Agnieszka Wróbel
Social Worker, Family Support and Protection (Wandsworth)
""")
    atts = [pdf_att("Case summary - Kowalczyk.pdf", "Case summary - Kowalczyk", ["Mosaic 3120984",
                    "CIN plan ending 28/11/2053."])]
    t = text_part(body, charset="iso-8859-2", cte="quoted-printable")
    root = multipart("mixed", [t] + atts, bnd(f, 1))
    top = plain_top(f, addr("Wróbel, Agnieszka", "Agnieszka.Wrobel@" + RDOM), addr("Early Help Duty", RED),
                    "Step down - Kowalczyk - Mosaic 3120984", when, RDOM, "Mozilla Thunderbird")
    add(f, build(top, root, False), "richmond_wandsworth", "early_help_duty", when, 2,
        "ordinary", "step_down", False, None, ["3120984"],
        [ch("Zuzanna Kowalczyk", "2045-05-11", "11.05.2045"), ch("Wiktor Kowalczyk", "2050-02-28", "28.02.2050")],
        ["disability_send", "parental_mental_health"], False, None, ["consent", "draft_plan"], None, "request_info",
        "Thunderbird plain text in iso-8859-2 (quoted-printable; Polish diacritics in the sender's name). R&W "
        "step-down (REQUIREMENTS: case_summary, draft_plan, consent): summary attached, plan 'will follow' -> "
        "draft_plan missing; 'Mum has declined Early Help' -> consent false -> consent missing -> request_info. "
        "SALT 02/12/2053 is an appointment, not a DOB. Mum's anxiety -> parental_mental_health; speech delay -> "
        "disability_send.", not_children=["Agnieszka Wróbel"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2053-12-05 15:50:19"
    body = T("""
MASH Step Up,

Step up for Jayden Marsh-Adebayo (DOB 16/08/2041), Mosaic 3266075, following our reflective discussion this week. I have agreed the step up as team manager.

Case summary and rationale attached. In short: Jayden (12) has been open to Early Help since March for school refusal and low mood; mum's partner moved in in August and Jayden has since stopped attending the youth club and his CAMHS sessions. Mum says he is "just being a teenager".

The CAMHS letter that came in this afternoon is attached for the file.

Thanks,
Priyanka Dhillon
Early Help Team Manager (Richmond)

""") + RDISC
    camhs = ["Richmond CAMHS, Tolworth - clinic letter", "Re: Jayden MARSH-ADEBAYO, DOB 16/08/2041",
             "Seen today 05/12/2053, 14:00, with mum's permission alone.",
             "c/o: low mood; poor sleep. On review Jayden lifted his shirt to show me linear bruises (3 x 8-10cm) across",
             "the L flank and lower back, red/purple, tender. He said: \"Craig did it with his belt last night because I",
             "didn't do the dishes. He said next time I tell anyone he'll do my mum as well.\"",
             "Craig = mum's partner, lives at the home. Jayden asked to not go home tonight. Mum collected him at 14:50",
             "before the duty clinician could speak with her; they have gone home together.",
             "Plan: letter to GP and Early Help; to discuss with CAMHS supervisor.",
             "Dr E. Falconer-Hughes, Specialty Doctor, CAMHS"]
    atts = [pdf_att("Case summary and rationale - Marsh-Adebayo.pdf", "Case summary and rationale for step up",
                    ["Case summary: open to Early Help since March 2053.", "Rationale for step up: no progress; new adult in the household."]),
            pdf_att("CAMHS letter 05.12.2053.pdf", "CAMHS clinic letter", camhs)]
    top = outlook_top(f, addr("Dhillon, Priyanka", "Priyanka.Dhillon@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Marsh-Adebayo - Mosaic 3266075", when)
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["3266075"],
        [ch("Jayden Marsh-Adebayo", "2041-08-16", "16/08/2041")],
        ["physical_harm", "school_attendance"], None, True, [], None, "alert_duty",
        "RISK ONLY IN AN ATTACHMENT: the body is a routine complete step-up (TM agreed; case summary and rationale "
        "in the PDF); the CAMHS letter attached 'for the file', dated today, records belt bruises to the flank and "
        "back, the child's own words ('Craig did it with his belt last night ... he'll do my mum as well'), the "
        "partner at home, and the child gone home with mum this afternoon. No alarm word. Safety rule 1 reads "
        "attachments -> urgent -> alert_duty. Concerns: physical_harm; school refusal -> school_attendance (the "
        "child's own low mood is no contract id). Complete otherwise (case summary and rationale in the PDF).",
        not_children=["Priyanka Dhillon"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2053-09-30 12:15:48"
    body = T("""
Dear colleagues,

Referral from the Wandsworth Integrated Sexual Health service (Falcon Road clinic).

Client: Ms Kezia Lowndes, DOB 09/04/2034 (19 years). Attended 29/09/2053 for STI screen and EC.
Routine enquiry: disclosed partner (Mr L. Harte, 26) "checks my phone", controls finances, pushed her against a wall on 27/09. DASH completed: 11 - medium risk. Not pregnant (UPT -ve). No children; no contact with children in her household or her partner's; she lives in shared housing with two adult friends.
Client consented to referral to IDVA (Refuge, made 29/09) and to this information being shared with "the council's safeguarding team".

I think this may be the wrong mailbox - I was given it by the switchboard. There are no children involved, so please forward to adult social care / the community safety DA team if appropriate.

Regards,
Fenella Rooke
Health Adviser, Wandsworth Integrated Sexual Health
""") + NHSDISC
    top = plain_top(f, addr("Rooke Fenella", "fenella.rooke@nhs.net"), addr("MASH Step Up", RSU),
                    "Referral - DA disclosure - adult client", when, "nhs.net", None)
    add(f, mail(f, top, body), "richmond_wandsworth", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a sexual health adviser's referral of domestic abuse against a 19-year-old adult ('DASH ... "
        "medium risk', 'safeguarding team') with 'No children; no contact with children' -> risk to an adult only -> "
        "not urgent; no children, so no child concerns; misdirected -> other -> human_review.",
        not_children=["Kezia Lowndes"], adults=[("Kezia Lowndes", "09/04/2034")])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2053-09-15 08:02:11"
    data = ooo(f, when, "Clementine Ashby-Noor", "clementine.ashby-noor@nhs.net", addr("Early Help Duty", RED),
               "Health visiting report for EH plan - Baby Ravi", T("""
Thank you for your email. I am on annual leave until Monday 22/09/53 with no access to email.

For urgent safeguarding matters please contact the 0-19 Health Visiting duty line on 020 7946 0588 (Mon-Fri 09:00-17:00). If a child is at immediate risk of harm call 999.

Clementine Ashby-Noor, Health Visitor, Wandsworth 0-19 Service
"""))
    add(f, data, "richmond_wandsworth", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Outlook out-of-office from a health visitor (Auto-Submitted: auto-replied, X-Auto-Response-Suppress, "
        "'Automatic reply:') whose boilerplate says 'urgent safeguarding' and 'immediate risk of harm call 999': "
        "auto_reply -> ignore; DESIGN safety rule 2, never answered; not urgent.")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2053-11-26 10:30:27"
    ack = ack_text("step-down", "SB-richmond_wandsworth-3310", [
        "Case: 3188452", "Children: Kit Ó Dálaigh (04/10/2046), Rosa Ó Dálaigh (17/01/2051)",
        "Case discussion: to be confirmed"], ["draft_plan"])
    body = T("""
Hi,

Draft plan attached now. The Lead Professional will be Mr Declan Fenwick, family practitioner at Eastwood Children's Centre - agreed with mum at the visit yesterday.

Thanks
Róisín

""") + quote_chain([
        ("Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>", "24 November 2053 09:41",
         "Ní Bhraonáin, Róisín <Roisin.NiBhraonain@richmondandwandsworth.gov.uk>",
         "[SB-richmond_wandsworth-3310] Step-down request received", ack, None)])
    atts = [docx_att("Draft Early Help plan - O Dalaigh.docx", ["# Draft Early Help plan",
                     "Lead Professional: Declan Fenwick, Eastwood Children's Centre", "Outcome: routines and nursery place for Rosa."])]
    top = outlook_top(f, addr("Ní Bhraonáin, Róisín", "Roisin.NiBhraonain@" + RDOM), addr("Early Help Duty", RED),
                      "RE: [SB-richmond_wandsworth-3310] Step-down request received", when)
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["3188452"],
        [ch("Kit Ó Dálaigh", "2046-10-04", "04/10/2046"), ch("Rosa Ó Dálaigh", "2051-01-17", "17/01/2051")],
        [], None, None, [], None, "attach_to_request",
        "Follow-up to [SB-richmond_wandsworth-3310] adding the missing draft plan and naming the Lead Professional "
        "-> follow_up -> attach_to_request; missing [] for a follow_up. Children (Irish names with fadas) and the "
        "bare Mosaic number from the quoted acknowledgement; no consent or manager statement in it -> null.",
        not_children=["Declan Fenwick"])

# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2053-09-26 22:35:14"
    body = T("""
Paediatric registrar note - Royal London Hospital Paediatric ED - for MAST (copied from EPR)

Pt: Ibrahim MIAH   DOB 21/01/2053 (8/12)   Hosp No K0483391
Seen 21:40 26/09/53 with mother (Ms Rupa Begum) and father (Mr Shahid Miah). Interpreter not required.

PC: "fell off the bed" this afternoon per father. Mother says it happened "yesterday". Not yet crawling/cruising.
O/E: Alert, irritable. 2 x 1cm bruises L pinna, 1 bruise R cheek, torn upper labial frenulum (fresh), petechiae R side of neck. Fontanelle soft. No other injuries seen. Body map attached.
Imp: ?NAI. Injuries not consistent with the hx given; inconsistent hx between parents; delayed presentation.
Plan: admit under paeds for skeletal survey, CT head, ophthalmology, clotting screen; CP medical with consultant in morning.

22:20 - father keen to take home. Declined admission. Father carrying baby in car seat towards exit, states "we'll go to our own GP on Monday". Mother following. Hospital security asked to stay with the family at the main entrance; we cannot hold them.

Please ring Dr Tobias Engelhart, Paeds SpR, bleep 4471 via switch 020 7946 0700.
Address: Flat 12, Harford House, Stepney Way, E1.
""")
    atts = [png_att("body map 26-09.png", make_png(160, 220, (245, 245, 240)))]
    top = plain_top(f, addr("Engelhart Tobias (BARTS HEALTH NHS TRUST)", "tobias.engelhart@nhs.net"),
                    addr("MAST", TMAST), "8/12 infant - facial bruising + torn frenulum - father taking home", when,
                    "nhs.net", None)
    add(f, mail(f, top, body, atts), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Ibrahim Miah", "2053-01-21", "21/01/2053", as_written="Ibrahim MIAH")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "PAEDIATRIC REGISTRAR'S NOTE AT 22:35 (out of hours, +0100): an 8-month-old, not mobile, with bruised ear "
        "and cheek, a fresh torn frenulum, '?NAI', 'inconsistent hx', 'delayed presentation'; the father has declined "
        "admission and is carrying the baby out now. Attached body map is an image with no text. No alarm word. "
        "Safety rule 1 -> urgent -> alert_duty; a clinical note, not a step request -> other. The hospital number "
        "K0483391 is not a case id.", not_children=["Rupa Begum", "Shahid Miah", "Tobias Engelhart"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2053-10-09 13:20:06"
    body = T("""
Dear MAST,

Step up request for the Uddin-Chowdhury family - the Multi-Agency Request for Support form is attached, with the GP's letter.

Safiya Uddin-Chowdhury   12.05.2047
Zayn Uddin-Chowdhury     30.09.2050
Mosaic ID: 4410283

Since the summer mum has told me about her husband's controlling behaviour (taking her bank card, stopping her seeing her sister) and last week he threw a plate at the wall while Zayn was in the room. The GP letter (Dr R. Haque, 06/10/2053) says: "PMH: PND 2050; now low mood, PHQ-9 19; no suicidal ideation; started mirtazapine." Mum consents to the referral to MAST and knows I am sending this today.

My manager Shahana Rashid agreed the step-up, provided the GP letter goes with it - it is attached.

Form completed: 09/10/2053

Kind regards,
Anwar Hossain
Family Support Practitioner, Early Help (Bow and Mile End locality)
020 7946 0632
""") + TDISC
    atts = [pdf_att("MARF - Uddin-Chowdhury.pdf", "Multi-Agency Request for Support form",
                    ["Children: Safiya Uddin-Chowdhury (12.05.2047), Zayn Uddin-Chowdhury (30.09.2050)",
                     "Mosaic ID: 4410283", "Concerns: domestic abuse (coercive control), maternal low mood.",
                     "Parental consent: yes.", "Manager: Shahana Rashid - agreed.", "Form completed: 09/10/2053"]),
            pdf_att("GP letter 06.10.2053.pdf", "Letter from Dr R. Haque",
                    ["PMH: PND 2050; now low mood, PHQ-9 19; no suicidal ideation; started mirtazapine."])]
    top = outlook_top(f, addr("Hossain, Anwar", "Anwar.Hossain@" + TDOM), addr("MAST", TMAST),
                      "Step up - Uddin-Chowdhury - MARF attached", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["4410283"],
        [ch("Safiya Uddin-Chowdhury", "2047-05-12", "12.05.2047"), ch("Zayn Uddin-Chowdhury", "2050-09-30", "30.09.2050")],
        ["domestic_abuse", "parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Tower Hamlets MAST step-up (REQUIREMENTS: request_for_support = MARF .pdf, manager_agreed). "
        "CONDITIONAL MANAGER AGREEMENT met in the same mail ('agreed the step-up, provided the GP letter goes with it "
        "- it is attached') -> true. 'Mum consents to the referral to MAST' -> true. 'Form completed: 09/10/2053' "
        "and the GP letter date are not DOBs. Coercive control and a plate thrown -> domestic_abuse (past week, not "
        "immediate); PND / PHQ-9 -> parental_mental_health; 'no suicidal ideation' negated.",
        not_children=["Shahana Rashid", "Anwar Hossain"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2053-11-04 10:05:37"
    body = T("""
Good morning Early Help Hub,

Step down from the Children's Social Work team (CSW Team 3) for Maryam Khatun (DOB 19/07/2044), Mosaic 3907716.

The Child and Family Assessment concluded on 31/10/2053 and recommends a step down to a TAF. Attached: the C&F assessment and the draft TAF plan. I will chair the TAF on Thursday 13 November at 14:00 at Marion Richardson Primary.

Consent: Maryam's father, Mr Abdul Khatun, consents to the step down (signed 31/10/2053).
Lead Practitioner: Mrs Nasreen Akhtar, Learning Mentor, Marion Richardson Primary School - agreed.

For the avoidance of doubt about the history in the assessment: the s47 in July followed a bruise reported by school. The CP medical (Dr Kwarteng, Royal London, 18/07/2053) found "a slate-grey congenital dermal melanocytosis (Mongolian blue spot), recorded at 6/52 check. No injury. No concerns re NAI." The strategy discussion closed with NFA. Maryam denies any physical chastisement and there are no marks. Dad's historic heroin use (2048) - the community pharmacist confirms supervised methadone daily with no missed doses since March; he is stable.

The remaining need is Maryam's attendance (84%) and her friendships.

Thanks,
Ioana Petrescu
Social Worker, CSW Team 3, Tower Hamlets
""") + TDISC
    atts = [pdf_att("C&F assessment - Khatun - concluded 31.10.2053.pdf", "Child and Family Assessment",
                    ["Child: Maryam Khatun. Mosaic 3907716.", "Outcome: step down to Early Help (TAF)."]),
            docx_att("Draft TAF plan - Khatun.docx", ["# TAF plan (draft)", "Outcome 1: attendance to 95%.",
                     "Lead Practitioner: Nasreen Akhtar, Learning Mentor."])]
    top = outlook_top(f, addr("Petrescu, Ioana", "Ioana.Petrescu@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Khatun - TAF 13/11", when)
    add(f, mail(f, top, body, atts), "tower_hamlets", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["3907716"],
        [ch("Maryam Khatun", "2044-07-19", "19/07/2044")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS in a complete TH step-down: a July s47 closed after the CP medical found a Mongolian blue spot "
        "('No injury. No concerns re NAI.'), the child 'denies any physical chastisement', 'no marks', the father's "
        "historic heroin use now stable on supervised methadone -> none urgent, none a current concern except "
        "attendance 84%. REQUIREMENTS tower_hamlets step_down: assessment (.pdf), draft_plan (.docx), consent "
        "('consents'), lead_practitioner (named with agency) -> book_meeting. 31/10/2053 and 18/07/2053 are not DOBs.",
        not_children=["Abdul Khatun", "Nasreen Akhtar", "Ioana Petrescu"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2053-11-17 09:50:20"
    html_body = LAYOUT_HEAD + T("""
<p>Hello Early Help,</p>
<p>Please accept this step down from CSW Team 1.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><td><b>Child</b></td><td>Dáire O&#39;Callaghan-Rahman</td></tr>
<tr><td><b>DOB</b></td><td>2049-12-01</td></tr>
<tr><td><b>Mosaic</b></td><td>3955021</td></tr>
<tr><td><b>C&amp;F assessment</b></td><td>attached (concluded 12/11/2053)</td></tr>
<tr><td><b>TAF plan</b></td><td>to follow after the TAF meeting</td></tr>
<tr><td><b>Consent</b></td><td>Mum consents to Early Help. Dad (separated, has PR) has not been asked yet.</td></tr>
<tr><td><b>Lead Practitioner</b></td><td>tbc - health visitor or nursery, to be agreed at the TAF</td></tr>
</table>
<p>Worries: Dáire&#39;s asthma (two admissions this year, inhaler technique) and mum&#39;s anxiety.</p>
<p>Best wishes,<br>Ruth Abernethy-Shah<br>Social Worker, CSW Team 1</p>
</body></html>
""")
    atts = [pdf_att("C&F assessment - O'Callaghan-Rahman.pdf", "Child and Family Assessment",
                    ["Child: Daire O'Callaghan-Rahman", "Mosaic 3955021", "Concluded 12/11/2053."])]
    root = multipart("mixed", [text_part(html_body, "html", crlf=True)] + atts, bnd(f, 1))
    top = outlook_top(f, addr("Abernethy-Shah, Ruth", "Ruth.Abernethy-Shah@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - O'Callaghan-Rahman", when)
    add(f, build(top, root, True), "tower_hamlets", "early_help_duty", when, 6,
        "ordinary", "step_down", False, None, ["3955021"],
        [ch("Dáire O'Callaghan-Rahman", "2049-12-01", "2049-12-01")],
        ["parental_mental_health"], True, None, ["draft_plan", "lead_practitioner"], None, "request_info",
        "HTML-only step-down with the facts in a table (apostrophe in the name as &#39;). PARTIAL CONSENT: 'Mum "
        "consents to Early Help. Dad ... has not been asked yet' -> consent true (a parent's consent stated as given). "
        "TAF plan 'to follow' -> draft_plan missing; Lead Practitioner 'tbc' -> lead_practitioner missing; "
        "assessment attached -> request_info. Mum's anxiety -> parental_mental_health; asthma is health, not SEND.", not_children=["Ruth Abernethy-Shah"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2053-11-13 14:20:45"
    body = T("""
Hi,

I'm the school nurse at Bishop Challoner. I'm not sure this is the right inbox but it's the one I have for Early Help.

Nusrat Akter, Year 8 (DOB 02/03/2041), came to my room at lunch c/o headache. O/E faint bilat. periorbital bruising, older yellow bruise R jaw, and when she took her blazer off linear marks x4 to the backs of both upper arms, ~10cm, fresh.

She said: "Uncle Jamal does it when I'm bad. He said if I tell he'll send me back to Bangladesh and I'll never see my mum." Uncle is mum's brother-in-law and lives with them; mum works nights.

He collects her from the gate at 3.10 every day. She asked me if she has to go home.

I'm keeping her with me. Please can someone call me on 020 7946 0481.

Nadia Lorenzo-Reyes RN SCPHN
School Nurse, Tower Hamlets 5-19 Service
""")
    top = plain_top(f, addr("Lorenzo-Reyes Nadia", "nadia.lorenzo-reyes@nhs.net"), addr("Early Help Hub", TEH),
                    "Year 8 pupil - seen today", when, "nhs.net", None)
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "early_help_duty", when, 2,
        "urgent", "other", True, None, [],
        [ch("Nusrat Akter", "2041-03-02", "02/03/2041")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A SCHOOL NURSE WRITES TO THE EARLY HELP INBOX: fresh linear marks and periorbital bruising, the child's own "
        "words ('Uncle Jamal does it when I'm bad ... he'll send me back'), the uncle lives with her and collects "
        "her at 3.10 today. No alarm word. Safety rule 1 -> urgent -> alert_duty; not a step request -> other; "
        "physical_harm.", not_children=["Nadia Lorenzo-Reyes"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2053-10-22 11:00:52"
    body = T("""
Dear MAST,

CAMHS DISCHARGE LETTER - for information

Re: Tanvir Ahmed-Lacey, DOB 08/08/2038 (15)
Diagnosis: adjustment disorder with low mood (resolved). Hx: self-harm (superficial cuts to L forearm) in 2051, and an overdose of 16 x paracetamol in January 2052 - medically treated, no lasting harm.

Tanvir has been discharged from Tower Hamlets CAMHS today after 10 sessions of CBT. No self-harm for over 18 months. Current risk assessment: low; no suicidal ideation, plans or intent; protective factors good (family, school, football). He denies any thoughts of harm to himself or others. Parents aware of the crisis line.

The Early Help case (closed in July) does not need to be reopened; no action is asked of MAST. We copy MAST on all CAMHS discharges for children known to Early Help in the last year.

Dr Leonie Fairbrother
Clinical Psychologist, Tower Hamlets CAMHS
""") + NHSDISC
    top = plain_top(f, addr("Fairbrother Leonie", "leonie.fairbrother@nhs.net"), addr("MAST", TMAST),
                    "CAMHS discharge - Ahmed-Lacey - for information", when, "nhs.net", None)
    add(f, mail(f, top, body), "tower_hamlets", "mash_step_up", when, 3,
        "near_miss", "other", False, None, [],
        [ch("Tanvir Ahmed-Lacey", "2038-08-08", "08/08/2038")],
        [], None, None, [], None, "human_review",
        "NEAR MISS: a CAMHS discharge letter for information: self-harm and an overdose in 2051-52, 'no self-harm "
        "for over 18 months', 'risk ... low', 'no suicidal ideation', 'denies', the Early Help case closed -> "
        "historic and negated, not urgent, no current concern; 'no action is asked' -> other -> human_review.")

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2053-12-01 09:12:08"
    data = google_reply(f, when, "Gulshan Ara", "gulshan.ara.hv@gmail.com", ("Early Help Hub", TEH), "DECLINED",
                        "TAF meeting - Miah - Mosaic 3907745", "20531204T100000Z", "20531204T113000Z",
                        "Mulberry Children's Centre", "Thu 4 Dec 2053 10:00 - 11:30 (GMT)",
                        note="Clinic clash, sorry. HV report (8/12 review: growth on 50th centile, no concerns) will come by email.")
    add(f, data, "tower_hamlets", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["3907745"], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY, PARTSTAT=DECLINED, with a health visitor's note (a routine clinic clash; the "
        "'8/12 review' is a child's age, 'no concerns'). meeting_reply -> record_reply; the Mosaic number in the "
        "SUMMARY -> case id.")

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2053-12-09 12:30:33"
    body = T("""
To MAST,

Step up: Liam O'Sullivan-Mensah, born 5th March 2049, Mosaic 4102286.

Liam (4) has been open to Early Help since May. The community paediatric letter (Dr Varghese, 28/11/2053) says: "Wt 13.1kg (<0.4th centile), ht 2nd centile; FTT, organic causes excluded; dental caries x8 untreated; DNA dental GA x2; DNA'd paediatric reviews 09/2053 and 10/2053." Home visits: no food seen on two occasions; Liam in the same clothes all week at nursery.

Mum does not consent to a referral to MAST - she says she'll "sort it herself". I haven't done the MARF yet and haven't been able to discuss this with my manager, who is on leave until Monday; I wanted it on record today.

Kind regards,
Bartholomew Ayodele
Early Help Practitioner, Family Hub (Poplar)
""") + TDISC
    top = outlook_top(f, addr("Ayodele, Bartholomew", "Bartholomew.Ayodele@" + TDOM), addr("MAST", TMAST),
                      "Step up - O'Sullivan-Mensah", when)
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["4102286"],
        [ch("Liam O'Sullivan-Mensah", "2049-03-05", "5th March 2049")],
        ["neglect", "non_engagement"], False, None, ["manager_agreed", "request_for_support"], None, "request_info",
        "TH MAST step-up in clinical words (FTT, <0.4th centile, untreated caries, DNA dental GA x2): neglect and "
        "non_engagement, chronic not immediate. No MARF ('haven't done the MARF yet') -> request_for_support "
        "missing; manager not yet asked -> null -> manager_agreed missing. 'Mum does not consent' -> consent false "
        "(not a TH step-up requirement, so not missing) -> request_info.", not_children=["Bartholomew Ayodele"])

# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2053-09-10 12:44:09"
    body = T("""
Hello,

I'm the pharmacist at Hollacombe Pharmacy, Paignton. I don't know who else to send this to - the GP surgery is closed for lunch.

Kerry Pascoe (one of our supervised methadone patients) came in at 12.25 for her daily dose. She was slurring, unsteady, pinpoint pupils, and fell against the counter. I did not give the dose. She had her two children with her in a double buggy - her daughter Lily-Rose Pascoe (2) and the baby (about 6 months, I don't know his name). The baby was crying and soaked through.

She refused an ambulance and left on foot about ten minutes ago towards Paignton harbour, pushing the buggy into the road at one point. I don't know where she lives now - we have an old address on Totnes Road.

Please can someone call me: 01632 960377.

Adeyemi Oduwole MRPharmS
Responsible Pharmacist, Hollacombe Pharmacy
""")
    top = plain_top(f, addr("Hollacombe Pharmacy", "hollacombe.pharmacy@nhs.net"), addr("MASH", BMASH),
                    "Patient with 2 small children - left pharmacy", when, "nhs.net", None)
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Lily-Rose Pascoe")],
        ["neglect", "substance_misuse"], None, None, [], None, "alert_duty",
        "A COMMUNITY PHARMACIST: a supervised-methadone patient intoxicated (slurring, pinpoint pupils, fell) has "
        "just left on foot with a 2-year-old and a 6-month-old in a buggy, pushing it into the road. A carer "
        "incapacitated with young children, now; no alarm word -> urgent -> alert_duty; not a step request -> "
        "other. Lily-Rose Pascoe named in full, age only (dob null); the baby unnamed (not labelled); "
        "substance_misuse, neglect (soaked, unattended).", not_children=["Kerry Pascoe", "Adeyemi Oduwole"])

def torbay_02():
    f = "torbay_02.eml"; when = "2053-10-20 09:05:40"
    data = itip_reply(f, when, "Morwenna Treloar-Hicks", "morwenna.treloar-hicks@nhs.net",
                      ("Early Help business support", "earlyhelp.businesssupport@" + BDOM), "DECLINED",
                      "Triage - Treloar - LCS-2488301", "20531021T100000", "20531021T103000", "Microsoft Teams Meeting",
                      comment="Sorry, cannot attend tomorrow. I am at the house now for Harvey Treloar's 12 month review: his L forearm is swollen and he will not use the arm at all. Mum says he rolled off the sofa on Friday; not seen by anyone since. Her partner is telling me to leave and says nobody is taking him to the MIU. Please ring me on 07700 900 212 - I am sitting in my car outside.")
    add(f, data, "torbay", "early_help_duty", when, 2,
        "urgent", "meeting_reply", True, None, ["LCS-2488301"],
        [ch("Harvey Treloar")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "RISK ONLY IN THE COMMENT OF A DECLINED MEETING INVITATION (iTIP REPLY, PARTSTAT=DECLINED): the health "
        "visitor is at the house now - a 12-month-old's swollen forearm, not using the arm, 3 days' delay, the "
        "partner refusing to let him be seen and telling her to leave. No alarm word. Safety rule 1 reads a meeting "
        "reply's comment -> urgent -> alert_duty (over record_reply). Harvey named in full in the comment; the "
        "SUMMARY's LCS id; physical_harm.", not_children=["Morwenna Treloar-Hicks"])
    eb = addr("Early Help business support", "earlyhelp.businesssupport@" + BDOM)
    FILES[f] = FILES[f].replace(("To: " + eb).encode(), ("To: " + eb + ", " + addr("Early Help", BEH)).encode())

def torbay_03():
    f = "torbay_03.eml"; when = "2053-11-27 15:10:27"
    inner = inner_mail(f, "Dr Imogen Tregear <imogen.tregear@nhs.net>", "Kathryn Hext <Kathryn.Hext@torbay.gov.uk>",
                       "Kieran - seen in surgery today", "2053-11-27 14:38:00", T("""
Kathryn,

As you're his Early Help worker - I saw Kieran this afternoon (mum brought him for a cough).

O/E: 3 x circular partial-thickness burns ~8mm, dorsum L hand and L forearm, different ages (one crusted, two fresh, blistered). Chest clear.
Hx per mum: "from the fireguard". Kieran said to me, unprompted: "Steve did it with his smoke 'cause I was crying."
Steve = mum's partner, who lives there. Mum declined referral to the paediatric assessment unit and has taken Kieran home; she said Steve is picking them up from the surgery.

I am writing this up now.

Dr I. Tregear, GP, Compass House Medical Centre
"""), "nhs.net")
    body = T("""
Hi MASH,

Contact from Early Help for Kieran Hext-Lowe (DOB 2048-03-11), EHM-742250.

Kieran (5) has been open to us at level 3 since June for routines and mum's anxiety. Please see the attached from the GP for your information.

Mum consents to the contact to MASH (she agreed on the phone at 14.55). My ATM, Silas Penrose, and I agree this needs to be considered for level 4.

Kathryn Hext
Early Help Family Practitioner | Torbay Council
01632 960455

""") + BDISC
    atts = [rfc822_part(inner, "Kieran - seen in surgery today.eml")]
    top = outlook_top(f, addr("Hext, Kathryn", "Kathryn.Hext@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Hext-Lowe - EHM-742250", when, cc=addr("Penrose, Silas", "silas.penrose@" + BDOM))
    add(f, mail(f, top, body, atts), "torbay", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-742250"],
        [ch("Kieran Hext-Lowe", "2048-03-11", "2048-03-11")],
        ["parental_mental_health", "physical_harm"], True, True, [], None, "alert_duty",
        "RISK ONLY IN A FORWARDED message/rfc822: the body is a mild Torbay contact to MASH (consent, ATM agrees level "
        "4 -> nothing missing); the attached GP email from this afternoon records cigarette-type burns of different "
        "ages, the 5-year-old's own words ('Steve did it with his smoke'), Steve living there and collecting them "
        "from the surgery now. No alarm word. Safety rule 1 -> urgent -> alert_duty. physical_harm; mum's anxiety "
        "-> parental_mental_health.", not_children=["Kathryn Hext", "Silas Penrose"])

def torbay_04():
    f = "torbay_04.eml"; when = "2053-09-23 10:45:31"
    body = T("""
Hi Early Help,

Requesting a triage slot for the step down of Poppy Rowe-Jennings (DOB 04/04/2052) and Alfie Rowe-Jennings (DOB 17/10/2045), LCS-2471196, to level 3 Early Help.

The Single Assessment with my analysis and the rationale is attached; my team manager's analysis at the end confirms the threshold for level 3 is met. Mum consented to level 3 Early Help at the visit on 19/09/2053.

History, as it will come up: Poppy attended Torbay Hospital ED on 14/08/2053 with a # R clavicle. ?NAI was raised at triage because of a delayed presentation (next day). The CP medical (Dr Penhaligon) concluded the injury was consistent with the described fall down two stairs while held by grandad, "no other injuries, no bruising, no concerns"; the s47 was closed with no further action. Alfie denies any rough handling at home and nursery/school report no marks or injuries at any time.

The remaining work is mum's housing and routines and Alfie's attendance (88%).

Thanks,
Loveday Kitto
Social Worker, Single Assessment Team, Torbay
""") + BDISC
    atts = [docx_att("Single Assessment - Rowe-Jennings.docx", ["# Single Assessment",
                     "Children: Poppy Rowe-Jennings (04/04/2052), Alfie Rowe-Jennings (17/10/2045). LCS-2471196.",
                     "Analysis and rationale for step down: s47 NFA; needs met at level 3.",
                     "Team Manager's analysis: I confirm the threshold for level 3 intervention is met. M. Polglase."])]
    top = outlook_top(f, addr("Kitto, Loveday", "Loveday.Kitto@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - step down - Rowe-Jennings", when)
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 3, ["LCS-2471196"],
        [ch("Poppy Rowe-Jennings", "2052-04-04", "04/04/2052"), ch("Alfie Rowe-Jennings", "2045-10-17", "17/10/2045")],
        ["school_attendance"], True, True, [], None, "book_meeting",
        "NEAR MISS: a Torbay step-down that retells a resolved ED attendance ('# R clavicle', '?NAI', 'delayed "
        "presentation') closed by the CP medical and the s47 NFA, with negations ('denies', 'no marks'). Not urgent, "
        "not physical_harm. REQUIREMENTS torbay step_down: assessment (.docx), manager_agreed (TM's analysis "
        "'confirms the threshold for level 3 is met'), consent -> book_meeting. Poppy is 1 -> the under-5s triage. "
        "Poppy is listed first, as written. Attendance 88% -> school_attendance. 'step down ... to level 3 Early "
        "Help' states the level -> 3.",
        not_children=["Loveday Kitto"])

def torbay_05():
    f = "torbay_05.eml"; when = "2053-11-14 13:00:18"
    body = T("""
Dear MASH team,

RE: Mr Gareth Shilstone, DOB 22/01/1988, 14 Hele Road, Torquay

I saw Mr Shilstone today in surgery. He has a hx of recurrent depressive disorder and alcohol dependence (AUDIT 28). He disclosed passive suicidal ideation with no active plan; risk assessed as moderate; crisis team referral made today and he has agreed to a follow-up tomorrow.

I am writing because his notes carry an old "safeguarding" flag. I have checked: the flag relates to his niece, who lived with him briefly in 2040 and is now an adult. He lives alone, has no children, no dependants and no contact with children in a caring role. There is no child in his household.

I would be grateful if you could confirm whether the flag can be removed from his record, or tell me who to ask.

Dr Petroc Lanyon
GP Partner, Hele Road Surgery, Torquay
""") + NHSDISC
    top = plain_top(f, addr("Lanyon Petroc (HELE ROAD SURGERY)", "petroc.lanyon@nhs.net"), addr("MASH", BMASH),
                    "Patient query - safeguarding flag - adult", when, "nhs.net", None)
    add(f, mail(f, top, body), "torbay", "mash_step_up", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a GP's letter about an adult with suicidal ideation, alcohol dependence and an old 'safeguarding' "
        "flag; 'no children, no dependants and no contact with children' -> risk to an adult only, no child -> not "
        "urgent, no children, no concerns; a records query -> other -> human_review.",
        not_children=["Gareth Shilstone"], adults=[("Gareth Shilstone", "22/01/1988")])

def torbay_06():
    f = "torbay_06.eml"; when = "2053-12-03 11:15:02"
    text = T("""
Morning Early Help,

Can I have a triage slot please for Jacob D'Souza (DOB 19/06/2044), LCS-2501187 – step down to level 3 from SASF.

Single Assessment attached. Mum has given her consent to level 3 Early Help.

I need to be straight with you though: my team manager hasn’t agreed this. She doesn’t agree the threshold for level 3 is met – she thinks it should close to universal services with the school’s SENCO leading – and she’s asked me to bring it to triage for discussion anyway.

Jacob is autistic, has an EHCP, and has been on a part-time timetable since half term (attendance 61%). Paediatric letter says “no medical cause for the abdo pain, likely anxiety-related”.

Cost of the taxi to school is £14 a day, which mum can’t keep paying.

Thanks – Bethan
Bethan Carew-Pollard, Social Worker, SASF Team
""")
    atts = [pdf_att("Single Assessment - D'Souza.pdf", "Single Assessment", ["Child: Jacob D'Souza", "LCS-2501187"])]
    root = multipart("mixed", [mislabelled_1252(text)] + atts, bnd(f, 1))
    top = outlook_top(f, addr("Carew-Pollard, Bethan", "Bethan.Carew-Pollard@" + BDOM), addr("Early Help", BEH),
                      "Triage slot - D'Souza - LCS-2501187", when)
    add(f, build(top, root, True), "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["LCS-2501187"],
        [ch("Jacob D'Souza", "2044-06-19", "19/06/2044")],
        ["disability_send", "school_attendance"], True, False, ["manager_agreed"], None, "request_info",
        "DELIBERATELY MISLABELLED CHARSET: the text part is labelled iso-8859-1 but its bytes are windows-1252 "
        "(en dashes, curly apostrophes, £); names are ASCII. Torbay step-down level 3 (stated). MANAGER REFUSED: 'my "
        "team manager hasn't agreed this. She doesn't agree the threshold for level 3 is met' -> manager false -> "
        "manager_agreed missing; Single Assessment attached; 'Mum has given her consent' -> true -> request_info. "
        "Autism + EHCP -> disability_send; 61% -> school_attendance.", not_children=["Bethan Carew-Pollard"])

def torbay_07():
    f = "torbay_07.eml"; when = "2053-10-28 14:30:55"
    body = T("""
Dear MASH,

Contact from Early Help (level 3) for consideration for a level 4 response.

Skye MacLeod    DOB 12/02/2042
Finlay MacLeod  DOB 05/09/2047
EHM-739918

Mum's ex-partner (the children's father, Mr Ross MacLeod) was released from prison on licence in September. Since then mum has had 14 calls from withheld numbers, he was seen outside Skye's school on 21/10/2053, and Finlay told his teacher "Daddy said he's coming to get us for Christmas". The DASH with mum on 24/10/2053 scored 13. Mum has moved the children to her sister's in Brixham for now and police have a marker on the address.

Dad has not given consent to the contact to MASH (he has PR and rang me on 27/10 demanding to know where the children are). Mum did not want to be asked either - she said "I don't want social services, just keep him away". I have discussed with my ATM, Silas Penrose, and we agree this needs to be considered for level 4 without consent.

Contact form completed 28/10/2053.

Hannah Vosper-Quick
Early Help Family Practitioner, Torbay
""") + BDISC
    top = outlook_top(f, addr("Vosper-Quick, Hannah", "Hannah.Vosper-Quick@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - MacLeod - EHM-739918", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-739918"],
        [ch("Skye MacLeod", "2042-02-12", "12/02/2042"), ch("Finlay MacLeod", "2047-09-05", "05/09/2047")],
        ["domestic_abuse"], False, True, ["consent"], None, "request_info",
        "Torbay step-up (contact to MASH) in the first week of GMT (+0000). 'Dad has not given consent' and mum 'did "
        "not want to be asked' -> consent false (stated refusal / no consent) -> consent missing (REQUIREMENTS torbay "
        "step_up: consent, manager_agreed). ATM 'we agree this needs to be considered for level 4' -> manager true. "
        "Not immediate: the children are at their aunt's with a police marker. Mac names; 'Contact form completed "
        "28/10/2053' and the DASH date are not DOBs -> request_info.",
        not_children=["Ross MacLeod", "Silas Penrose", "Hannah Vosper-Quick"])

def torbay_08():
    f = "torbay_08.eml"; when = "2053-12-11 17:40:03"
    data = ndr(f, when, "torbay.gov.uk", "Early Help <earlyhelp@torbay.gov.uk>", "brixham.hv.team@nhs.net",
               "[SB-torbay-5120] Triage slot confirmed - Rowe-Jennings", "Early Help <earlyhelp@torbay.gov.uk>",
               "2053-12-11 17:38:00")
    add(f, data, "torbay", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Exchange non-delivery report (multipart/report; delivery-status; Auto-Submitted: auto-replied) for stepbot's "
        "own confirmation to a health visiting team address: auto_reply -> ignore (DESIGN safety rule 2). The "
        "returned headers carry [SB-torbay-5120].")

# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2053-11-03 10:20:36"
    body = T("""
Liaison Psychiatry - Wye Valley NHS Trust - Hereford County Hospital ED

To the Early Help Co-ordinators (address given to us by the health visiting team - please pass on)

Patient: Ms Tamsin Pritchard, 29. Brought to ED 08:45 today by a neighbour.
Baby: Oliver Pritchard, DOB 22-Sep-2053 (6/52), with her throughout.

MSE: Dishevelled, perplexed, thought disorder, fixed belief that Oliver "has something living in him" and that she "has to get it out before tonight". Not slept for 4 nights. No PMH of psychosis; 1st baby. Partner working offshore (returns 14/11). Imp: ?postpartum psychosis.
Plan: admission to the mother and baby unit (Bristol) - bed being sought; she agreed to wait for the psychiatrist.

09:55 - Ms Pritchard left the department with Oliver before assessment, on foot, towards Widemarsh Street. Police informed of a missing patient. Not answering her mobile. Home address: 3 Canal Cottages, Holmer, HR1.

Please call the liaison team on 01632 960455.

Dr Ellen Marchbanks, ST5 Psychiatry, Liaison Psychiatry, Hereford County Hospital
""") + NHSDISC
    top = plain_top(f, addr("Liaison Psychiatry Hereford", "wvt.liaisonpsych@nhs.net"), addr("Early Help Co-ordinators", HEH),
                    "Mother and 6/52 baby left ED before assessment", when, "nhs.net", None)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "urgent", "other", True, None, [],
        [ch("Oliver Pritchard", "2053-09-22", "22-Sep-2053")],
        ["parental_mental_health"], None, None, [], None, "alert_duty",
        "LIAISON PSYCHIATRY NOTE TO THE WRONG INBOX: a mother with ?postpartum psychosis who believes her 6-week-old "
        "'has something living in him' and she 'has to get it out before tonight' has left ED with the baby. A carer "
        "psychotic with a baby, now; no alarm word -> urgent -> alert_duty; other. DOB written '22-Sep-2053' -> "
        "2053-09-22; '14/11' is a return date; parental_mental_health.",
        not_children=["Tamsin Pritchard", "Ellen Marchbanks"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2053-10-17 18:10:25"
    ack = ack_text("step-down", "SB-herefordshire-4412", [
        "Case: 2660193", "Children: Tegan Ellis-Jones (01/06/2043), Jac Ellis-Jones (15/01/2048)"],
        ["consent_form"])
    body = T("""
Signed consent form attached.

Gwenllian

Gwenllian Parry-Vaughan
Social Worker, Children's Services (Leominster Locality Team)

""") + quote_chain([
        ("Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>", "15 October 2053 11:20",
         "Parry-Vaughan, Gwenllian <Gwenllian.Parry-Vaughan@herefordshire.gov.uk>",
         "[SB-herefordshire-4412] Step-down request received", ack, None)])
    atts = [pdf_att("Consent form - Ellis-Jones - signed.pdf", "Early Help consent form",
                    ["I give my consent to my family receiving Early Help.", "Signed: L. Ellis (mother) 16/10/2053"])]
    top = outlook_top(f, addr("Parry-Vaughan, Gwenllian", "Gwenllian.Parry-Vaughan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-4412] Ellis-Jones step down on hold: Dean back at the house tonight, drunk, bail conditions broken, mum hiding upstairs with the kids",
                      when)
    add(f, mail(f, top, body, atts), "herefordshire", "early_help_duty", when, 2,
        "urgent", "follow_up", True, None, ["2660193"],
        [ch("Tegan Ellis-Jones", "2043-06-01", "01/06/2043"), ch("Jac Ellis-Jones", "2048-01-15", "15/01/2048")],
        ["domestic_abuse", "substance_misuse"], True, None, [], None, "alert_duty",
        "RISK ONLY IN THE SUBJECT LINE, AT 18:10 ON A FRIDAY (out of hours): the body says only 'Signed consent form "
        "attached'; the subject says the man on bail is back at the house tonight, drunk, with mum hiding upstairs "
        "with the children. No alarm word. Safety rule 1 -> urgent -> alert_duty over attach_to_request. Children "
        "and Mosaic number from the quoted ack; consent true from the signed form; domestic_abuse, substance_misuse "
        "(drunk).", not_children=["Gwenllian Parry-Vaughan"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2053-10-01 09:00:47"
    body = T("""
Herefordshire Safeguarding Children Partnership - Multi-agency case audit: findings (for information)

Audit theme: health presentations of injury in under-2s. Cases: 6, all closed (latest closure 2051). Family names removed; children referred to as C1-C6.

Key findings
1. C3 (4/12 at the time) presented with bruising to the L pinna; the ED record said "?NAI - father keen to take home"; the child was discharged before senior review. Subsequent # ribs x3 identified on skeletal survey 9 days later. Child now adopted; case closed 2050.
2. Delayed presentation was documented in 4 of 6 cases but only led to a referral in 1.
3. "Inconsistent history" was recorded in free text without escalation in 3 cases.
4. Health visiting notes showed DNA for 3 of 6 families before the injury.

Recommendations: ED paediatric checklist for non-mobile infants; risk-indicator prompts in the HV record; a single point of contact for partner concerns.

No action is asked of the Early Help Co-ordinator team other than to read and share with your teams. Please do not reply to this mailbox.

HSCP Business Unit
""")
    top = plain_top(f, addr("HSCP Business Unit", "hscp@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Multi-agency case audit findings - injuries in under-2s", when, HDOM, None,
                    extra=[("List-Id", "HSCP partner updates <partners.hscp.herefordshire.gov.uk>"), ("Precedence", "bulk")])
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a multi-agency case audit of closed cases (latest closure 2051), children anonymised C1-C6, an "
        "adopted child; every clinical risk phrase ('?NAI', 'father keen to take home', 'delayed presentation', "
        "'inconsistent history') is audit finding -> not urgent, no children, no concerns; other -> human_review.")

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2053-10-08 14:00:12"
    body = T("""
Dear Early Help Co-ordinators,

Step down at level 3 for Evie-Rose Bufton (DOB 30/11/2046), Mosaic 2645870. I talked this through with Verity at Tuesday's drop-in.

Attached: the EHA step-down plan, the signed consent form, and the psychiatrist's letter.
Key person: Mrs Delyth Watkins, Family Support Worker, Kington Primary School - agreed with mum and with Delyth.

On the letter from mum's psychiatrist (Dr Ambrose, 29/09/2053): mum's bipolar disorder is stable on lithium; the letter says "if she were to stop her lithium there would be a significant risk of relapse, and a relapse in the past (2047) involved a brief admission". That is a contingency, not what is happening - levels are therapeutic and she attends every clinic. The plan includes what school and the key person do if mum becomes unwell.

Evie-Rose was asked about home by the school nurse on 02/10/2053: she denies any physical chastisement, no marks were seen, and she says she feels safe.

Thanks,
Owain Probert
Social Worker, Hereford City Team
""") + HDISC
    atts = [docx_att("EHA step-down plan - Bufton.docx", ["# Early Help Assessment step-down plan",
                     "Child: Evie-Rose Bufton (30/11/2046). Mosaic 2645870.",
                     "Key person: Delyth Watkins, Family Support Worker, Kington Primary School.",
                     "What needs to happen: contingency plan if mum becomes unwell; weekly school check-ins."]),
            pdf_att("Consent form - Bufton - signed.pdf", "Early Help consent form",
                    ["I give my consent to my family receiving Early Help.", "Signed: N. Bufton 03/10/2053"]),
            pdf_att("Psychiatry letter 29.09.2053.pdf", "Letter from Dr Ambrose",
                    ["Diagnosis: bipolar affective disorder, stable on lithium.",
                     "If she were to stop her lithium there would be a significant risk of relapse."])]
    top = outlook_top(f, addr("Probert, Owain", "Owain.Probert@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down L3 - Bufton - Mosaic 2645870", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["2645870"],
        [ch("Evie-Rose Bufton", "2046-11-30", "30/11/2046")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "NEAR MISS: a complete Herefordshire step-down (plan .docx, signed consent form .pdf, key person with agency "
        "-> nothing missing) carrying a HYPOTHETICAL ('if she were to stop her lithium there would be a significant "
        "risk of relapse'), a 2047 admission, and NEGATIONS ('denies any physical chastisement, no marks', 'feels "
        "safe') -> not urgent. Mum's bipolar disorder, stable -> parental_mental_health (a current need the plan "
        "addresses). Level 3 stated -> book_meeting. The drop-in was already held (coordinator discussion).",
        not_children=["Delyth Watkins", "Owain Probert"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2053-12-02 16:30:50"
    body = T("""
Dear MASH,

For information only - Hollie asked us to let her Early Help worker know, and this is the only council address we hold.

Young person: Hollie Prosser, DOB 17.03.2036 (17)
Attended: Herefordshire Sexual Health (Station Approach) 01/12/2053 for contraception (LARC fitted).

Spotting the Signs proforma (CSE screening for under-18s) completed: no concerns identified. Partner is 18, at the same college, relationship consensual and age-appropriate; no gifts, no older associates, no missing episodes, no substance misuse. She denies any coercion. Not pregnant (UPT -ve).

Hollie has moved to live with her nan in Ross-on-Wye and wants her EH worker to have the new address (on file with us; she will tell the worker herself).

No action needed from MASH.

Kind regards,
Sister Rhian Powell-Jukes
Nurse Specialist, Herefordshire Sexual Health Service
""") + NHSDISC
    top = plain_top(f, addr("Powell-Jukes Rhian", "rhian.powell-jukes@nhs.net"), addr("MASH", HMASH),
                    "For info - young person seen in clinic", when, "nhs.net", None)
    add(f, mail(f, top, body), "herefordshire", "mash_step_up", when, 2,
        "near_miss", "other", False, None, [],
        [ch("Hollie Prosser", "2036-03-17", "17.03.2036")],
        [], None, None, [], None, "human_review",
        "NEAR MISS: a sexual health clinic's note about a 17-year-old whose CSE screening found 'no concerns "
        "identified' (consensual relationship with an 18-year-old, 'no missing episodes, no substance misuse', "
        "'denies any coercion') -> negated, not urgent, no concerns; for information -> other -> human_review. "
        "Hollie is 17 -> a child, labelled with her DOB.", not_children=["Rhian Powell-Jukes"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2053-09-08 11:00:30"
    body = T("""
Hello Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan for the O'Driscoll sibling group (Mosaic 2601184), level 3.

Siân O'Driscoll - DOB 3rd September 2040
Rhys O'Driscoll - DOB 27/02/2044
Cerys-Anne O'Driscoll - DOB 2049-08-09

Consent: Mum has agreed to Early Help verbally on the phone this morning; I am visiting on Thursday to get the form signed.
Key person: Mr Tomos Bevan, Pastoral Lead, Whitecross Hereford High School - agreed with mum.

Worries are dad's drinking since he lost his job (he is now with Turning Point) and Siân missing school to look after Cerys-Anne (attendance 79%).

I had my drop-in discussion with Xavier last Tuesday.

Diolch,
Llinos Price-Morgan
Social Worker, Children's Safeguarding and Family Support (Hereford)
""") + HDISC
    atts = [docx_att("EHA step-down plan - O'Driscoll.docx", ["# Early Help Assessment step-down plan",
                     "Sibling group: Siân, Rhys and Cerys-Anne O'Driscoll. Mosaic 2601184.",
                     "Key person: Tomos Bevan, Pastoral Lead.", "Outcome 1: Siân's attendance above 90%."])]
    top = outlook_top(f, addr("Price-Morgan, Llinos", "Llinos.Price-Morgan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down plan - O'Driscoll sibling group", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["2601184"],
        [ch("Siân O'Driscoll", "2040-09-03", "3rd September 2040"), ch("Rhys O'Driscoll", "2044-02-27", "27/02/2044"),
         ch("Cerys-Anne O'Driscoll", "2049-08-09", "2049-08-09")],
        ["school_attendance", "substance_misuse", "young_carer"], True, None, ["consent_form"], None, "request_info",
        "Herefordshire sibling-group step-down (level 3 stated) with the plan .docx and a key person with agency; "
        "VERBAL consent only ('Mum has agreed to Early Help verbally ... to get the form signed') -> consent true but "
        "consent_form (the written form) missing -> request_info. Three DOB formats; accent, apostrophes, a hyphen. "
        "The drop-in was already held. Dad's drinking -> substance_misuse; Siân caring for her sister, 79% -> "
        "young_carer, school_attendance.", not_children=["Tomos Bevan", "Llinos Price-Morgan"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2053-12-04 10:10:14"
    body = T("""
Dear MASH,

I'd like to step the Hargest family up to social care. Rosie Hargest (DOB 14/07/2050) has been on an Early Help plan since February for neglect; the HV record extract from 25/11/2053 reads: "Rosie 3y4m. Wt 9th->0.4th centile over 6/12. Head lice ++, impetigo untreated. Home: strong smell of urine, dog faeces. Mum states 'I'll sort it'. 3 x DNA to HV clinic." No improvement over three reviews.

Mosaic 2689023. Mum agrees to the step up. My manager, Ffion Lloyd, agreed it in supervision on 02/12/2053.

Thanks,
Cerys Bowen-Hughes
Early Help Family Support Worker, Herefordshire Council
""") + HDISC
    top = outlook_top(f, addr("Bowen-Hughes, Cerys", "Cerys.Bowen-Hughes@" + HDOM), addr("MASH", HMASH),
                      "Step up request - Hargest - Mosaic 2689023", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["2689023"],
        [ch("Rosie Hargest", "2050-07-14", "14/07/2050")],
        ["neglect", "non_engagement"], True, True, [], None, "human_review",
        "A step-up sent to Herefordshire, whose protocol defines no step_up (REQUIREMENTS herefordshire: 'step_up is "
        "not defined by this seed') -> human_review, missing [] and notice null. Consent 'Mum agrees to the step up' "
        "-> true; 'agreed it in supervision' -> manager true. HV extract: faltering weight, untreated impetigo, home "
        "conditions -> neglect; 3 x DNA -> non_engagement. Chronic, not immediate.",
        not_children=["Ffion Lloyd", "Cerys Bowen-Hughes"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2053-12-12 12:00:09"
    html_body = LAYOUT_HEAD + T("""
<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi team,</p>
<p>Step-down for <b>Noah Whitlock-Baines</b> (Mosaic 2677310) &mdash; the EHA step-down plan and mum&#39;s signed consent form are attached.</p>
<p>Noah is 13 (DOB 21/05/2040) and cares for his mum, who has MS (relapsing-remitting; EDSS 6.0; neuro review 15/01). The young carers service have assessed him.</p>
<p>Key person: <i>still to be agreed &ndash; we&#39;ll sort this out at the next MAG</i>.</p>
<p>Thanks,<br>Imran Sheikh-Thomas<br>Social Worker, Hereford City Team</p>
</div>
</body></html>
""")
    atts = [pdf_att("EHA step-down plan - Whitlock-Baines.pdf", "Early Help Assessment step-down plan",
                    ["Child: Noah Whitlock-Baines, 21/05/2040. Mosaic 2677310.",
                     "What needs to happen: young carers group weekly; respite via adult social care.",
                     "Key person: to be agreed at the MAG."]),
            pdf_att("Consent form - Whitlock-Baines - signed.pdf", "Early Help consent form",
                    ["I give my consent to my family receiving Early Help.", "Signed: K. Whitlock 10/12/2053"])]
    root = multipart("mixed", [text_part(html_body, "html", crlf=True)] + atts, bnd(f, 1))
    top = outlook_top(f, addr("Sheikh-Thomas, Imran", "Imran.Sheikh-Thomas@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down - Whitlock-Baines", when)
    add(f, build(top, root, True), "herefordshire", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["2677310"],
        [ch("Noah Whitlock-Baines", "2040-05-21", "21/05/2040")],
        ["young_carer"], True, None, ["lead_practitioner"], None, "request_info",
        "HTML-only Herefordshire step-down, no level written (level null). Plan and signed consent form attached "
        "(consent true, consent_form met); key person 'still to be agreed' -> lead_practitioner missing -> "
        "request_info. Caring for mum with MS -> young_carer (mum's MS is physical health, no contract id). "
        "'15/01' is an appointment.", not_children=["Imran Sheikh-Thomas"])

# ============================================================================= labels: rules and self-checks
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
# the packs' `when: {concern: ...}` conditions (config/authorities/knowsley.yaml)
KNOWSLEY_WHEN = {"gcp2": "neglect", "engaging_families": "non_engagement", "exploitation_assessment": "exploitation"}
DEFINED = {(a, k) for (a, k, _l) in REQ}

# England & Wales bank holidays in 2053 that fall on a weekday (set_checks() compares with the `holidays` package):
# New Year's Day Wed 1 Jan; Good Friday 4 Apr; Easter Monday 7 Apr; May Day Mon 5 May; Spring Bank Holiday Mon 26 May;
# Late Summer Bank Holiday Mon 25 Aug; Christmas Day Thu 25 Dec; Boxing Day Fri 26 Dec. New Year's Day 2054 is a
# Thursday (the 2054 list is checked too, for counts that might run past 31 December).
BANK_HOLIDAYS = {date(2053, 1, 1), date(2053, 4, 4), date(2053, 4, 7), date(2053, 5, 5), date(2053, 5, 26),
                 date(2053, 8, 25), date(2053, 12, 25), date(2053, 12, 26), date(2054, 1, 1)}
IN_WINDOW = {}                                    # none: the autumn term has no bank holiday
AFTER_WINDOW = {date(2053, 12, 25): "Christmas Day", date(2053, 12, 26): "Boxing Day"}
# The window: the autumn term, Wednesday 3 September - Friday 19 December 2053 (the brief: "early September to
# mid-December"; Friday 19 December is the last school day before Christmas).
WINDOW = (datetime(2053, 9, 3, tzinfo=LON), datetime(2053, 12, 19, 23, 59, 59, tzinfo=LON))
# BST ends at 01:00 UTC on Sunday 26 October 2053 (the last Sunday in October).
BST_END = datetime(2053, 10, 26, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2053

def expected_offset(d):
    return "+0100" if d.astimezone(UTC) < BST_END else "+0000"

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"], 1)}

def parse_dob(w):
    """DOB as written -> ISO. Formats used: dd/mm/yyyy, dd.mm.yyyy, dd-mm-yyyy, yyyy-mm-dd, '2nd June 2049',
    '22-Sep-2053'."""
    w = w.strip()
    m = re.fullmatch(r"(\d{2})[/.-](\d{2})[/.-](\d{4})", w)
    if m:
        return date(int(m[3]), int(m[2]), int(m[1])).isoformat()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", w)
    if m:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    m = re.fullmatch(r"(\d{1,2})-([A-Za-z]{3})-(\d{4})", w)
    if m:
        return date(int(m[3]), MONTHS[m[2].lower()], int(m[1])).isoformat()
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

def titled(word):
    out = []
    for p in word.split("-"):
        if p[:2].upper() == "MC" and len(p) > 2:
            out.append("Mc" + p[2:].capitalize())
        else:
            out.append(p.capitalize())
    return "-".join(out)

def normalised(as_written):
    """'Reggie LUNT' -> 'Reggie Lunt'."""
    fore, sur = as_written.rsplit(" ", 1)
    fore = " ".join(titled(x) if x.isupper() else x for x in fore.split(" "))
    return "%s %s" % (fore, titled(sur))

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

def check_file(lab):
    errors = []
    def err(m):
        errors.append("%s: %s" % (lab["file"], m))
    f, a, mb, e = lab["file"], lab["authority"], lab["mailbox"], lab["expect"]
    if not re.fullmatch(r"%s_\d\d\.eml" % a, f): err("file name / authority")
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
            if meeting.year > MAX_YEAR: err("meeting after %d" % MAX_YEAR)
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
    text = readable(msg)
    for y in YEAR.findall(text + " " + all_headers(msg)):
        if int(y) > MAX_YEAR: err("year after %d in the text or headers: %s" % (MAX_YEAR, y))
    metas = {c["name"]: c for c in META[f]["children"]}
    for c in e["children"]:
        mc = metas.get(c["name"])
        if mc is None:
            err("child %s has no source record" % c["name"]); continue
        span = re.sub(r"\s+", " ", mc["_as"]) if mc["_as"] else c["name"]
        if span not in text: err("child %s (%r) not in text" % (c["name"], span))
        if mc["_as"] and normalised(mc["_as"]) != c["name"]:
            err("child %r is not the normalised name of %r" % (c["name"], mc["_as"]))
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
    for name, w in META[f]["adults"]:
        if w not in text: err("adult %s's DOB %s not in text" % (name, w))
        if age_years(date.fromisoformat(parse_dob(w)), now.date()) < 18: err("%s is not 18 at now" % name)
        if name not in META[f]["not_children"]: err("adult %s must be listed as not a child" % name)
    for cid in e["case_ids"]:
        if cid not in text: err("case id %s not in text" % cid)
    return errors

CAT_EXPECTED = {"urgent": 11, "near_miss": 11, "ordinary": 18}
ALARM = re.compile(r"(?i)\b(urgent\w*|immediate\w*|risk\w*|safeguard\w*|danger\w*|child[\s-]+protection)\b")

def _plain(msg):
    for part in msg.walk():
        if not part.is_multipart() and part.get_content_type() == "text/plain" and not part.get_filename():
            return part.get_content().replace("\r\n", "\n")
    return ""

def _html(msg):
    for part in msg.walk():
        if not part.is_multipart() and part.get_content_type() == "text/html" and not part.get_filename():
            return part.get_content()
    return ""

def _lab(f):
    return next(l for l in LABELS if l["file"] == f)

def _exp(f):
    return _lab(f)["expect"]

def _today(f):
    return datetime.fromisoformat(_lab(f)["now"]).astimezone(LON).date()

def _date(msg):
    return email.utils.parsedate_to_datetime(msg["Date"])

def _att(msg):
    return [p for p in msg.walk() if not p.is_multipart() and p.get_filename()]

def _exts(msg):
    return [p.get_filename().rsplit(".", 1)[1] for p in _att(msg)]

def _no_alarm(msg):
    return not ALARM.search(readable(msg))

def _no_plain(msg):
    return not any(p.get_content_type() == "text/plain" and not p.get_filename() for p in msg.walk()
                   if not p.is_multipart())

def _main_text(msg):
    """The top-level body text only (not attachments, not an attached message/rfc822)."""
    p = msg.get_body(preferencelist=("plain", "html"))
    return p.get_content() if p is not None else ""

def _cal_comment(msg):
    for p in msg.walk():
        if p.get_content_type() == "text/calendar":
            return p.get_payload(decode=True).decode()
    return ""

CUSTOM = [
    ("knowsley_01.eml", "neglect step-up: Appendix 1 + GCP2 .docx, TAF minutes .pdf, .ics; consent refused",
     lambda m: _exts(m) == ["docx", "docx", "pdf", "ics"] and "does not consent" in readable(m)),
    ("knowsley_02.eml", "ED notification out of hours, NHS number, no alarm words",
     lambda m: _date(m).hour < 9 and "943 476 5919" in readable(m) and _no_alarm(m) and "keen to take home" in readable(m)),
    ("knowsley_03.eml", "resolved ?NAI; Date +0100 and the visit after the clocks change",
     lambda m: "No concerns about NAI" in readable(m) and m["Date"].endswith("+0100")
     and ALARM.search(readable(m)) is not None),
    ("knowsley_04.eml", "4 WD across Christmas, 6 plain weekdays",
     lambda m: working_days(_today("knowsley_04.eml"), date(2053, 12, 29)) == 4
     and plain_weekdays(_today("knowsley_04.eml"), date(2053, 12, 29)) == 6),
    ("knowsley_05.eml", "the risk only in the PS (after the sign-off), the top asks nothing",
     lambda m: _plain(m).index("PS - forwarding") > _plain(m).index("Carys Melling")
     and "tonight" not in _plain(m)[:_plain(m).index("PS - forwarding")] and _no_alarm(m)),
    ("knowsley_06.eml", "bulletin headers", lambda m: m["Precedence"] == "bulk" and m["List-Id"] is not None
     and m["List-Unsubscribe"] is not None and m["Auto-Submitted"] is None),
    ("knowsley_08.eml", "manager agreement only in the forwarded block",
     lambda m: "agreed, go ahead" in _plain(m).split("________________________________")[1]
     and "agreed" not in _plain(m).split("________________________________")[0]),
    ("richmond_wandsworth_04.eml", "iso-8859-2 text part",
     lambda m: m.get_content_charset() is None and "iso-8859-2" in str(m.get_body(("plain",))["Content-Type"])),
    ("richmond_wandsworth_05.eml", "the risk only in the attached CAMHS letter",
     lambda m: "belt" not in _plain(m) and "belt" in readable(m) and _no_alarm(m)),
    ("tower_hamlets_01.eml", "out of hours; an image attachment with no text",
     lambda m: _date(m).hour >= 22 and _exts(m) == ["png"] and _no_alarm(m)),
    ("tower_hamlets_04.eml", "HTML-only with the facts in a table", lambda m: _no_plain(m) and "<table" in _html(m)),
    ("torbay_02.eml", "the risk only in the COMMENT of a DECLINED reply",
     lambda m: "PARTSTAT=DECLINED" in _cal_comment(m) and "COMMENT" in _cal_comment(m) and _no_alarm(m)),
    ("torbay_03.eml", "the risk only in the message/rfc822 attachment",
     lambda m: "smoke" not in _main_text(m) and "smoke" in readable(m) and _no_alarm(m)
     and any(p.get_content_type() == "message/rfc822" for p in m.walk())),
    ("torbay_06.eml", "labelled iso-8859-1 with windows-1252 bytes",
     lambda m: b"\x92" in base64.b64decode("".join(m.get_body(("plain",)).get_payload().split()))
     and m.get_body(("plain",)).get_content_charset() == "iso-8859-1"),
    ("herefordshire_02.eml", "the risk only in the subject; out of hours on a Friday",
     lambda m: "tonight" in str(m["Subject"]) and "tonight" not in _plain(m) and _date(m).weekday() == 4
     and _date(m).hour >= 17 and _no_alarm(m)),
    ("herefordshire_07.eml", "a Herefordshire step-up (undefined)", lambda m: ("herefordshire", "step_up") not in DEFINED),
    ("herefordshire_08.eml", "HTML-only", lambda m: _no_plain(m)),
]

WORDING = [
    ("knowsley_01.eml", "does not consent to social care involvement", "consent", False),
    ("knowsley_01.eml", "has discussed the step up with me in supervision and agreed it", "manager_agreed", True),
    ("knowsley_03.eml", "has consented to the referral to Family First", "consent", True),
    ("knowsley_04.eml", "Dad has consented to the step down", "consent", True),
    ("knowsley_08.eml", "yes - agreed, go ahead", "manager_agreed", True),
    ("richmond_wandsworth_02.eml", "Mum agrees to the step up", "consent", True),
    ("richmond_wandsworth_02.eml", "I have agreed the step up", "manager_agreed", True),
    ("richmond_wandsworth_03.eml", "Mum and Dad have both consented", "consent", True),
    ("richmond_wandsworth_04.eml", "Mum has declined Early Help", "consent", False),
    ("richmond_wandsworth_05.eml", "I have agreed the step up as team manager", "manager_agreed", True),
    ("tower_hamlets_02.eml", "agreed the step-up, provided the GP letter goes with it", "manager_agreed", True),
    ("tower_hamlets_02.eml", "Mum consents to the referral to MAST", "consent", True),
    ("tower_hamlets_03.eml", "consents to the step down", "consent", True),
    ("tower_hamlets_04.eml", "Mum consents to Early Help. Dad (separated, has PR) has not been asked yet", "consent", True),
    ("tower_hamlets_08.eml", "Mum does not consent to a referral to MAST", "consent", False),
    ("tower_hamlets_08.eml", "haven't been able to discuss this with my manager", "manager_agreed", None),
    ("torbay_03.eml", "Mum consents to the contact to MASH", "consent", True),
    ("torbay_03.eml", "agree this needs to be considered for level 4", "manager_agreed", True),
    ("torbay_04.eml", "confirms the threshold for level 3 is met", "manager_agreed", True),
    ("torbay_04.eml", "Mum consented to level 3 Early Help", "consent", True),
    ("torbay_06.eml", "Mum has given her consent to level 3 Early Help", "consent", True),
    ("torbay_07.eml", "Dad has not given consent to the contact to MASH", "consent", False),
    ("torbay_07.eml", "we agree this needs to be considered for level 4", "manager_agreed", True),
    ("herefordshire_02.eml", "I give my consent to my family receiving Early Help", "consent", True),
    ("herefordshire_04.eml", "I give my consent to my family receiving Early Help", "consent", True),
    ("herefordshire_06.eml", "Mum has agreed to Early Help verbally", "consent", True),
    ("herefordshire_07.eml", "Mum agrees to the step up", "consent", True),
    ("herefordshire_07.eml", "agreed it in supervision", "manager_agreed", True),
    ("herefordshire_08.eml", "I give my consent to my family receiving Early Help", "consent", True),
]

def add_kind_checks():
    for lab in LABELS:
        f, k = lab["file"], lab["expect"]["kind"]
        if k == "follow_up":
            CUSTOM.append((f, "follow_up with an [SB-] reference in the subject",
                           lambda m: re.search(r"\[SB-[a-z_]+-\d+\]", str(m["Subject"])) is not None))
        elif k == "meeting_reply":
            CUSTOM.append((f, "meeting_reply with exactly one text/calendar method=REPLY part",
                           lambda m: [(p.get_param("method") or "").upper() for p in m.walk()
                                      if p.get_content_type() == "text/calendar"] == ["REPLY"]))
        elif k == "auto_reply":
            CUSTOM.append((f, "auto_reply marked Auto-Submitted",
                           lambda m: (m["Auto-Submitted"] or "").startswith("auto-")))
        if k in ("step_up", "step_down", "other"):
            CUSTOM.append((f, "no [SB-] reference on a new request / other mail",
                           lambda m: "[SB-" not in str(m["Subject"])))
        if k != "meeting_reply":
            CUSTOM.append((f, "no iTIP REPLY outside meeting replies",
                           lambda m: "REPLY" not in [(p.get_param("method") or "").upper() for p in m.walk()
                                                     if p.get_content_type() == "text/calendar"]))

def check():
    errors = []
    seen = set()
    for lab in LABELS:
        if lab["file"] in seen: errors.append("%s: duplicate file" % lab["file"])
        seen.add(lab["file"])
        try:
            errors += check_file(lab)
        except Exception as ex:
            errors.append("%s: check raised %r" % (lab["file"], ex))
    for f, what, fn in CUSTOM:
        try:
            ok = fn(parse(f))
        except Exception as ex:
            ok = False; what += " (%r)" % ex
        if not ok: errors.append("%s: structural check failed: %s" % (f, what))
    for f, phrase, field, value in WORDING:
        lab = _lab(f)
        if phrase not in readable(parse(f)): errors.append("%s: wording check: %r not in the text" % (f, phrase))
        if lab["expect"][field] is not value:
            errors.append("%s: wording check: %r means %s %s, label %s" % (f, phrase, field, value, lab["expect"][field]))
    per = {}
    for lab in LABELS:
        per.setdefault(lab["authority"], []).append(CATS[lab["file"]])
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        if len(per.get(a, [])) != 8: errors.append("%s: needs 8 files, has %d" % (a, len(per.get(a, []))))
    tot = {c: list(CATS.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}
    if tot != CAT_EXPECTED or tot["urgent"] < 11 or tot["near_miss"] < 11:
        errors.append("set: category totals %s, expected %s" % (tot, CAT_EXPECTED))
    kinds = {l["expect"]["kind"] for l in LABELS}
    if kinds != KINDS: errors.append("set: kinds present %s, need every kind" % sorted(kinds))
    return errors, tot

QUIET_EXPECTED = ["herefordshire_01.eml", "herefordshire_02.eml", "knowsley_02.eml", "knowsley_05.eml",
                  "richmond_wandsworth_01.eml", "richmond_wandsworth_05.eml", "torbay_01.eml", "torbay_02.eml",
                  "torbay_03.eml", "tower_hamlets_01.eml", "tower_hamlets_05.eml"]
COUNTS_EXPECTED = {"knowsley_01.eml": (6, 6), "knowsley_03.eml": (5, 5), "knowsley_04.eml": (4, 6),
                   "knowsley_08.eml": (5, 7)}
CROSSING_BH_EXPECTED = ["knowsley_04.eml", "knowsley_08.eml"]
DECISIVE_EXPECTED = ["knowsley_04.eml"]
QUIET, COUNTS = [], {}

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2053, 2054])
    ref = {d for d in pkg if d.weekday() < 5 and (d.year == 2053 or d == date(2054, 1, 1))}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: the bank holidays in the window are %s, expected none" % inside)
    if {d: pkg.get(d) for d in AFTER_WINDOW} != AFTER_WINDOW:
        errors.append("set: Christmas Day / Boxing Day 2053 are not as expected")
    last_sun = max(date(2053, 10, d) for d in range(25, 32) if date(2053, 10, d).weekday() == 6)
    if BST_END.date() != last_sun or last_sun != date(2053, 10, 26):
        errors.append("set: BST must end on Sunday 26 October 2053")
    if not (WINDOW[0].weekday() == 2 and WINDOW[1].weekday() == 4):
        errors.append("set: the window must run from a Wednesday (3 September) to a Friday (19 December)")
    quiet, counts, offsets = [], {}, {}
    for lab in LABELS:
        f = lab["file"]
        msg = parse(f)
        text = readable(msg)
        off = msg["Date"].strip()[-5:]
        offsets[off] = offsets.get(off, 0) + 1
        if lab["expect"]["urgent"] and not ALARM.search(text):
            quiet.append(f)
        m = META[f]["meeting"]
        if m is not None:
            counts[f] = (working_days(_today(f), m), plain_weekdays(_today(f), m))
        pos = []
        for c in lab["expect"]["children"]:
            mc = next((x for x in META[f]["children"] if x["name"] == c["name"]), None)
            if mc is not None:
                pos.append(text.find(mc["_as"] or c["name"]))
        if pos != sorted(pos):
            errors.append("%s: children not in order of first full-name appearance" % f)
    quiet.sort()
    if quiet != QUIET_EXPECTED:
        errors.append("set: the urgent mails with no alarm word are %s, expected %s" % (quiet, QUIET_EXPECTED))
    if len(quiet) < 8:
        errors.append("set: only %d urgent mails avoid every alarm word (want 8)" % len(quiet))
    if counts != COUNTS_EXPECTED:
        errors.append("set: Knowsley notice counts are %s, expected %s" % (counts, COUNTS_EXPECTED))
    bh = sorted(f for f in counts if any(_today(f) < h <= META[f]["meeting"] for h in BANK_HOLIDAYS))
    if bh != CROSSING_BH_EXPECTED:
        errors.append("set: counts crossing a bank holiday are %s, expected %s" % (bh, CROSSING_BH_EXPECTED))
    decisive = sorted(f for f in counts if (counts[f][1] >= 5) != (counts[f][0] >= 5))
    if decisive != DECISIVE_EXPECTED:
        errors.append("set: counts a bank holiday decides are %s, expected %s" % (decisive, DECISIVE_EXPECTED))
    if not (offsets.get("+0100", 0) >= 10 and offsets.get("+0000", 0) >= 10):
        errors.append("set: Date offsets %s (want both +0100 and +0000)" % offsets)
    QUIET[:] = quiet
    COUNTS.clear(); COUNTS.update(counts)
    return errors

def run_checks():
    errors, tot = check()
    return errors + set_checks(), tot

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
                                         sum(1 for e in ex for c in e["children"] if c["dob"])),
           "offsets %s" % dict(Counter(l["now"][-6:] for l in LABELS)),
           "urgent with no alarm word anywhere: %s" % QUIET,
           "Knowsley counts (WD, plain weekdays): %s" % COUNTS]
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
    add_kind_checks()
    errors, tot = run_checks()
    if errors:
        print("SELF-CHECK FAILED:", *errors, sep="\n  ")
        if "--stats" in sys.argv:
            print(stats())
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
