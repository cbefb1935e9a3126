#!/usr/bin/env python3
"""mixed36: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the summer term of 2055 (Tuesday 13 April - Friday 16 July), on the theme of THE DUTY DESK'S OWN TRAFFIC:
practitioners replying to stepbot's own acknowledgements and "Still needed ..." chasers (subjects carrying
[SB-<authority>-<n>] references, DESIGN.md), one-line replies that only attach the missing document, replies that
withdraw a request, a request sent twice (a byte-identical duplicate; a resend the next morning), mail sent to both
inboxes, internal forwards between duty workers with a note on top, a manager replying "Agreed." to a thread, a
reply that adds a second child, an out-of-office and a bounce answering stepbot's chasers, meeting replies to
stepbot's invitations, and urgent developments told only in a reply to a routine chaser, a PS, a subject line, an
attachment, a forwarded part or a declined invitation's comment.

Window: the summer term of 2055, taken as Tuesday 13 April - Friday 16 July 2055 (17 July 2055 is a Saturday). The
whole window is British Summer Time (+0100: BST began Sunday 28 March and ends Sunday 31 October 2055). England &
Wales bank holidays inside it, from the `holidays` package: Good Friday 16 April, Easter Monday 19 April, the Early
May bank holiday Monday 3 May and the Spring Bank Holiday Monday 31 May. Knowsley notice counts cross all four.

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, Content-IDs and calendar UIDs
come from sha1 of the file name; zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py
(`--stats` prints the tallies). The MIME, Word HTML, PDF, .docx, iCalendar, quote-chain, working-day, readable-text
and self-check helpers are copied from /work/main/tests/data/mixed27/make_set.py and adapted. Every label was set by
hand from the specification; the self-checks verify them against its rules and STOP on any error before anything is
written.
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
    """Local (Europe/London) wall-clock time. The whole window (Tuesday 13 April - Friday 16 July 2055) is British
    Summer Time (+0100): BST began at 01:00 UTC on Sunday 28 March 2055 and ends on Sunday 31 October 2055. The
    self-check asserts every Date header's offset against Europe/London's."""
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
            zi = zipfile.ZipInfo(name, date_time=(2055, 4, 1, 0, 0, 0))
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

def readable(msg, true_charset=None):
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
            out.append(payload.decode(true_charset) if true_charset else part.get_content())
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
        meeting=None, not_children=(), names_only_in_attachments=False, id_spans=None, adults=(), true_charset=None):
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
                   "adults": list(adults), "true_charset": true_charset}


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




# ============================================================================= mixed36: the duty desk's own mail
# What stepbot itself sends (DESIGN.md "Who uses it and how"): an acknowledgement with the reference in the subject
# ("[SB-<authority>-<n>]", the first form, still recognised in replies), a precise list of anything missing, and
# "please send ..." chasers for what is still missing. Practitioners reply to these; the replies below quote them.
def sb_ack(kind_word, ref, lines, missing=(), footer=True):
    out = ["Thank you - your %s request has been received." % kind_word, "", "Reference: %s" % ref] + list(lines) + [""]
    if missing:
        out += ["Still needed:"] + ["- " + m for m in missing] + [""]
    out += ["Reply to this email, keeping [%s] in the subject, to add anything." % ref]
    if footer:
        out += ["", "This mailbox is not watched out of hours. If a child is in danger now, phone 999."]
    return "\n".join(out) + "\n"

def sb_chase(kind_word, ref, lines, missing, n=1, footer=True):
    out = ["Reminder %d: your %s request is still waiting for:" % (n, kind_word)] + ["- " + m for m in missing] + [
        "", "Reference: %s" % ref] + list(lines) + ["",
        "Please reply to this email with the document attached (or the answer written in), keeping [%s] in the "
        "subject." % ref]
    if footer:
        out += ["", "This mailbox is not watched out of hours. If a child is in danger now, phone 999."]
    return "\n".join(out) + "\n"

def daemon_subject(ref, what):
    return "[%s] %s" % (ref, what)


# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"
KMASH_N = "Knowsley MASH"
KFF_N = "Family First 0-18 Duty"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2055-04-13 10:22:14"
    body = T("""
Hi all,

Please find the Teams invite for the step up TAF meeting for the Hollis family (EHM-70418), with the step up form, the GCP2 and the last TAF minutes attached. Copying in the Family First duty mailbox as the family are still open to us at level 3 until the transfer.

Children:
Kacey-Jo Hollis, DOB 14.09.2046
Rhys Hollis, DOB 2049-02-27

Date of step up TAF meeting: Wednesday 21st April 2055, 10:00-11:00, Microsoft Teams (invite attached).

The concerns are neglect - the GCP2 completed on 8 April scores 4 for physical care and 4 for safety, the home conditions have gone back to how they were before the plan started, and Rhys's head lice and dental pain have gone untreated since February. My TM, Ruth Aspinall, discussed the step up with me in supervision on 9 April and agreed it. Mum is aware we are stepping up.

Form completed: 12/04/2055.

Thanks,
Bethan

Bethan Carrow
Family First Case Manager | Huyton Team | Knowsley Council
0151 496 0274
""") + "\n" + KDISC
    cal = ics("REQUEST", f, dt(when), "20550421T100000", "20550421T110000",
              "Step up TAF meeting - Hollis (EHM-70418)", "Microsoft Teams Meeting",
              "Step up TAF meeting for Kacey-Jo and Rhys Hollis. Please see the step up form, GCP2 and TAF minutes "
              "sent with this invitation.", ("Bethan Carrow", "Bethan.Carrow@" + KDOM),
              [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH business support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("Family First 0-18 Duty", KFF, "OPT-PARTICIPANT", "NEEDS-ACTION")])
    form = docx_att("FF Step Up request to CSC - Hollis.docx", appendix1([
        ("Case ID on EHM:", "EHM-70418"),
        ("Children:", "Kacey-Jo Hollis (14.09.2046), Rhys Hollis (2049-02-27)"),
        ("What are we worried about?", "Neglect of the children's physical care and home conditions; untreated "
         "dental pain (Rhys); GCP2 scores 4 in physical care and safety."),
        ("What is working well?", "Kacey-Jo attends school every day; mum engages with the case manager."),
        ("What needs to happen?", "A Child and Family assessment by Children's Social Care."),
        ("Management oversight:", "Discussed with Ruth Aspinall (Team Manager) 09/04/2055 - step up agreed."),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 07/04/2055."),
        ("Date of step up TAF meeting:", "Wednesday 21 April 2055 10:00 (Teams)")]))
    gcp = pdf_att("GCP2 Hollis 08.04.2055.pdf", "Graded Care Profile 2 - Hollis family", [
        "Completed by: Bethan Carrow, 08/04/2055.",
        "Area 1 Physical care: 4.  Area 2 Safety: 4.  Area 3 Love and care: 3.  Area 4 Stimulation: 3.",
        "Summary: care has deteriorated since February; the home is cluttered with rubbish bags in the kitchen."])
    taf = pdf_att("TAF minutes 07.04.2055 Hollis.pdf", "TAF meeting minutes - 07/04/2055", [
        "Present: mum, Bethan Carrow (Family First), class teacher, school nurse.",
        "Progress since last TAF: home conditions worse; dental appointment missed twice.",
        "Actions: case manager to discuss step up with TM."])
    top = outlook_top(f, addr("Carrow, Bethan", "Bethan.Carrow@" + KDOM),
                      "%s, %s" % (addr(KMASH_N, KMASH), addr("MASH business support", KBS)),
                      "Step up TAF meeting - Hollis (EHM-70418) - Weds 21st April", when,
                      cc=addr(KFF_N, KFF))
    add(f, itip_request_mail(f, top, body, cal, [form, gcp, taf]), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-70418"],
        [ch("Kacey-Jo Hollis", "2046-09-14", "14.09.2046"), ch("Rhys Hollis", "2049-02-27", "2049-02-27")],
        ["neglect"], None, True, [], False, "request_info",
        "A SINGLE MAIL SENT TO BOTH INBOXES (To the MASH inbox and MASH business support, Cc the Family First duty "
        "mailbox): a complete Knowsley step-up (Appendix 1 form .docx, GCP2 .pdf for neglect, TAF minutes .pdf, "
        "EHM-70418, the TM 'discussed the step up ... and agreed it', a Teams iTIP REQUEST). The TAF meeting is Wed "
        "21 April: from Tue 13 April that is 6 plain weekdays but only 4 working days (Good Friday 16 April and "
        "Easter Monday 19 April excluded) -> notice not ok -> request_info although nothing is missing. 'Mum is "
        "aware' is not consent (null). 'Form completed: 12/04/2055' is no DOB. Mailbox from the To address.",
        meeting=date(2055, 4, 21), not_children=["Bethan Carrow", "Ruth Aspinall"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2055-04-22 11:05:40"
    ref = "SB-knowsley-1317"
    chase = sb_chase("step-up", ref, ["Case: EHM-70655", "Children: Tayla McGuinness (03/03/2043)",
                                      "Step-up TAF meeting: Wednesday 5 May 2055, 10:00"],
                     ["the minutes of the most recent TAF meeting, attached"])
    body = T("""
Attached.

Lorna
""") + quote_chain([(addr(KMASH_N, KMASH), "22 April 2055 09:00", "Lorna Birchall <Lorna.Birchall@knowsley.gov.uk>",
                      daemon_subject(ref, "Still needed for your step-up request: TAF minutes"), chase, None)])
    mins = docx_att("TAF mins 15.04.55.docx", ["# TAF meeting minutes", "Date of meeting: 15/04/2055",
                                               "Family: McGuinness", "Present: mum, Lorna Birchall, Head of Year 8",
                                               "Review of plan: actions reviewed; next TAF to follow the step up."])
    top = outlook_top(f, addr("Birchall, Lorna", "Lorna.Birchall@" + KDOM), addr(KMASH_N, KMASH),
                      "RE: " + daemon_subject(ref, "Still needed for your step-up request: TAF minutes"), when)
    add(f, mail(f, top, body, [mins], html_alt=True), "knowsley", "mash_step_up", when, 3,
        "ordinary", "follow_up", False, None, ["EHM-70655"], [ch("Tayla McGuinness", "2043-03-03", "03/03/2043")],
        [], None, None, [], None, "attach_to_request",
        "A ONE-WORD REPLY THAT ONLY ATTACHES THE MISSING DOCUMENT: 'Attached.' with the TAF minutes (.docx) under "
        "stepbot's chaser for [SB-knowsley-1317] -> follow_up, attach_to_request, missing [] (a follow_up has no "
        "requirements). Child, DOB and case id from the quoted chaser; the chaser's 999 footer is boilerplate.",
        not_children=["Lorna Birchall"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2055-06-09 10:47:02"
    ref = "SB-knowsley-1398"
    chase = sb_chase("step-up", ref, ["Case: EHM-71102",
                                      "Children: Lily-Mae Corkhill (22/01/2053), Jenson Corkhill (30/08/2049)"],
                     ["the Graded Care Profile 2 (GCP2), because the concerns include neglect"], n=2, footer=False)
    body = T("""
Hi,

GCP2 attached - sorry it's late.

I've just come away from the house. I called at 9.30 for the planned visit and nobody answered. Through the front window I could see Sharon on the sofa and I couldn't wake her by banging on the glass. The back door was unlocked. She was breathing but wouldn't come round properly; there were two empty vodka bottles on the floor and her tablets spilled over the coffee table. Lily-Mae (2) was upstairs in her cot in last night's nappy, soaked through, and there is no milk or food in the house. Jenson is at school.

The paramedics have taken Sharon to Whiston. Lily-Mae is next door with Mrs Reddy, who has to leave for work at 1 o'clock and says she can't keep her. Dad isn't allowed unsupervised contact and nobody knows where he is. There is no one else in the family I can reach.

I'm sat outside the house - can someone from MASH ring me back on 07700 900 412 please?

Carly

Carly Ashworth
Family First Case Manager | Kirkby Team | Knowsley Council
""") + quote_chain([(addr(KMASH_N, KMASH), "08 June 2055 09:00", "Carly Ashworth <Carly.Ashworth@knowsley.gov.uk>",
                      daemon_subject(ref, "Still needed for your step-up request: GCP2"), chase, None)])
    gcp = pdf_att("GCP2 - Corkhill - June 2055.pdf", "Graded Care Profile 2 - Corkhill", [
        "Completed by Carly Ashworth, 04/06/2055.",
        "Area 1 Physical care: 4. Area 2 Safety: 4. Area 3 Love and care: 3. Area 4 Stimulation: 4."])
    top = outlook_top(f, addr("Ashworth, Carly", "Carly.Ashworth@" + KDOM), addr(KMASH_N, KMASH),
                      "RE: " + daemon_subject(ref, "Still needed for your step-up request: GCP2"), when)
    add(f, mail(f, top, body, [gcp], html_alt=True), "knowsley", "mash_step_up", when, 2,
        "urgent", "follow_up", True, None, ["EHM-71102"],
        [ch("Lily-Mae Corkhill", "2053-01-22", "22/01/2053"), ch("Jenson Corkhill", "2049-08-30", "30/08/2049")],
        ["neglect", "substance_misuse"], None, None, [], None, "alert_duty",
        "AN URGENT DEVELOPMENT TOLD ONLY IN A REPLY TO A ROUTINE CHASER: the GCP2 is attached as asked, then the "
        "case manager reports mum found unrousable after drink and tablets, taken to hospital, the 2-year-old left "
        "in a soaked nappy with no food, minded by a neighbour only until 1pm, nobody else to care for her. No alarm "
        "word anywhere (the quoted chaser has no 999 footer). DESIGN safety rule 1 -> urgent -> alert_duty whatever "
        "the kind (a follow_up to [SB-knowsley-1398]). neglect + substance_misuse.",
        not_children=["Carly Ashworth"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2055-04-27 14:05:33"
    body = T("""
Hello Family First duty,

Level 3 step down - O'Hare family. ICS ID 3318420.

Children:
Archie O'Hare - born 5th March 2044
Evie-Rose O'Hare - born 05/11/2048

Joint home visit with a Family First case manager: Tuesday 4th May, 10am, at the family home (14 Pennywell Close, Huyton L36 9ZQ).

What are we worried about?
Mum's anxiety and low mood. She is on the waiting list for Talking Therapies and some days finds it hard to get the children to school.

What is working well?
Mum has ended the relationship with the children's father and the CIN plan goals are met. Archie's attendance is back up to 96%. Nan helps every morning.

What needs to happen?
Family First to support mum's routines and link her with the parents' group; a TAF review in 6 weeks.

Leanne (mum) has signed the Family First consent form.

Thanks
Marcus

Marcus Yeboah-Lunt
Social Worker | CIN Team 2 | Knowsley Council | 0151 496 0388
""")
    top = plain_top(f, addr("Marcus Yeboah-Lunt", "Marcus.Yeboah-Lunt@" + KDOM), addr(KFF_N, KFF),
                    "Level 3 step down - O'Hare - joint visit Tues 4th May", when, KDOM,
                    "Mozilla Thunderbird")
    add(f, mail(f, top, body, crlf=False, cte="7bit", charset="us-ascii"), "knowsley", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["3318420"],
        [ch("Archie O'Hare", "2044-03-05", "5th March 2044"), ch("Evie-Rose O'Hare", "2048-11-05", "05/11/2048")],
        ["parental_mental_health"], True, None, [], False, "request_info",
        "Knowsley level 3 step-down (Thunderbird, 7bit): the three Signs of Safety headings answered, consent "
        "('has signed the Family First consent form'), the joint home visit with date, time and venue. 'ICS ID "
        "3318420' -> the bare number. The visit is Tue 4 May: from Tue 27 April that is 5 plain weekdays but 4 "
        "working days (May Day, Mon 3 May) -> notice not ok -> request_info. Mum's anxiety is the current worry "
        "(parental_mental_health); the father's departure and 96% attendance are no concern.",
        meeting=date(2055, 5, 4), not_children=["Marcus Yeboah-Lunt"])

K05_BODY = T("""
Hi,

Level 2 step down - Nowak-Doyle family (ICS-3342197).

Children: Oliwia Nowak-Doyle (DOB 2047-08-19) and Kuba Nowak-Doyle (DOB 11/12/2050).

Final CIN meeting: Wednesday 2nd June 2055 at 2pm, Prescot Family Hub, Room 3.

New Lead Practitioner: Mrs Bernadette Kearns, Pastoral Lead, St Aidan's Catholic Primary School - she has agreed to take on the Lead Practitioner role and will be at the meeting.

What are we worried about? Oliwia's attendance (86% this year) and the family's rent arrears.
What is working well? Dad has kept the children's routines going since mum moved out; both children are doing well with the school's pastoral support.
What needs to happen? An Early Help Assessment led by school, with a referral to the debt advice service.

Dad has consented to the step down.

Thanks,
Gemma

Gemma Tyrer
Social Worker | Child in Need Team 1 | Knowsley Council
0151 496 0462
""")

def knowsley_05():
    f = "knowsley_05.eml"; when = "2055-05-25 16:50:07"
    top = outlook_top(f, addr("Tyrer, Gemma", "Gemma.Tyrer@" + KDOM), addr(KFF_N, KFF),
                      "Level 2 step down - Nowak-Doyle", when)
    add(f, mail(f, top, K05_BODY + "\n" + KDISC, html_alt=True), "knowsley", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 2, ["ICS-3342197"],
        [ch("Oliwia Nowak-Doyle", "2047-08-19", "2047-08-19"), ch("Kuba Nowak-Doyle", "2050-12-11", "11/12/2050")],
        ["school_attendance"], True, None, [], True, "book_meeting",
        "Complete Knowsley level 2 step-down (the FIRST of two sends: knowsley_06 is the same mail forwarded again "
        "next morning): final CIN meeting with date, time and venue, the new Lead Practitioner named with her "
        "organisation, all three headings. 'ICS-3342197' keeps its joined prefix. The CIN meeting is Wed 2 June: "
        "from Tue 25 May that is exactly 5 working days (Spring Bank Holiday, Mon 31 May, excluded; 6 plain "
        "weekdays) -> ok -> book_meeting. Attendance 86% -> school_attendance. 'Dad has consented' -> true.",
        meeting=date(2055, 6, 2), not_children=["Gemma Tyrer", "Bernadette Kearns"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2055-05-26 08:40:51"
    body = T("""
Sending this again - I haven't had the usual reference email back, so I'm not sure it reached you.

Gemma
""") + quote("Tyrer, Gemma <Gemma.Tyrer@knowsley.gov.uk>", "25 May 2055 16:50",
             "Family First 0-18 Duty <%s>" % KFF, "Level 2 step down - Nowak-Doyle", K05_BODY)
    top = outlook_top(f, addr("Tyrer, Gemma", "Gemma.Tyrer@" + KDOM), addr(KFF_N, KFF),
                      "FW: Level 2 step down - Nowak-Doyle", when)
    add(f, mail(f, top, body + "\n" + KDISC, html_alt=True), "knowsley", "early_help_duty", when, 2,
        "ordinary", "step_down", False, 2, ["ICS-3342197"],
        [ch("Oliwia Nowak-Doyle", "2047-08-19", "2047-08-19"), ch("Kuba Nowak-Doyle", "2050-12-11", "11/12/2050")],
        ["school_attendance"], True, None, [], False, "request_info",
        "THE SAME REQUEST SENT TWICE: the social worker forwards her own mail of the evening before because no "
        "acknowledgement came. No [SB-] reference, so it reads as the step-down request again, with every field as in "
        "knowsley_05 - but notice counts from THIS mail's today: Wed 26 May -> Wed 2 June is 4 working days (Spring "
        "Bank Holiday excluded; 5 plain weekdays) -> not ok -> request_info. (Intake dedupe is not the parser's "
        "job; the parse is of the file as given.)",
        meeting=date(2055, 6, 2), not_children=["Gemma Tyrer", "Bernadette Kearns"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2055-06-14 09:02:19"
    ref = "SB-knowsley-1440"
    body = T("""
Thank you for your email. I am on annual leave until Monday 21st June with no access to my emails.

If your email is about an immediate safeguarding concern, please contact the MASH Duty Social Work Team on 0151 496 0417. If a child is at risk of significant harm out of hours, contact the Emergency Duty Team on 0151 496 0999, or 999 in an emergency.

For the child protection conference reports due this week please contact my Team Manager, Paul Entwistle.

Kind regards
Niamh Rourke
Social Worker | CIN Team 3 | Knowsley Council
""")
    top = outlook_top(f, addr("Rourke, Niamh", "Niamh.Rourke@" + KDOM), addr(KFF_N, KFF),
                      "Automatic reply: " + daemon_subject(ref, "Still needed for your step-down request: the date, time and venue of the CIN meeting"),
                      when, extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    add(f, build(top, text_part(body, crlf=True), True), "knowsley", "early_help_duty", when, 2,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "An Outlook out-of-office answering stepbot's own chaser ([SB-knowsley-1440] in the subject, Auto-Submitted: "
        "auto-replied): RFC 3834 -> auto_reply -> ignore, never answered (safety rule 2). Full of alarm words "
        "('immediate safeguarding concern', 'risk of significant harm', 'child protection', 999) as boilerplate "
        "about no child -> not urgent.", not_children=["Niamh Rourke", "Paul Entwistle"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2055-07-02 15:38:26"
    ref = "SB-knowsley-1466"
    chase = sb_chase("step-up", ref, ["Case: EHM-71390", "Children: Kyle Fitzsimons (08/10/2040)"],
                     ["the Merseyside Exploitation Assessment, because the concerns include exploitation (CE/CSE)"],
                     footer=False)
    body = T("""
Merseyside assessment attached.

His sister Demi has just rung me. Kyle messaged her 20 minutes ago saying "T" is picking him up from the Tesco car park in Kirkby at 6 tonight to go "up Blackpool to graft" and he'll be back Sunday. He's had a new phone since last week that mum didn't buy him, and he came home on Saturday with £300 in cash and a deep cut across his palm he won't explain. Mum doesn't know yet - she's on a late shift until 10 and isn't picking up.

I'm driving to Kirkby now. 07700 900 529.

Shane

Shane Dwyer
Family First Case Manager | Kirkby Team
""") + quote_chain([(addr(KMASH_N, KMASH), "01 July 2055 09:00", "Shane Dwyer <Shane.Dwyer@knowsley.gov.uk>",
                      daemon_subject(ref, "Still needed for your step-up request: exploitation assessment"), chase,
                      None)])
    mea = pdf_att("Merseyside Exploitation Assessment - Kyle F.pdf", "Merseyside Exploitation Assessment", [
        "Young person: Kyle Fitzsimons, 14.  Completed by Shane Dwyer, 29/06/2055.",
        "Indicators: unexplained money and phone; older associates; going missing overnight at weekends (x2 in June); "
        "reduced attendance.",
        "Outcome: significant CE indicators - refer to the exploitation panel."])
    top = outlook_top(f, addr("Dwyer, Shane", "Shane.Dwyer@" + KDOM), addr(KMASH_N, KMASH),
                      "RE: " + daemon_subject(ref, "Still needed for your step-up request: exploitation assessment"),
                      when)
    add(f, mail(f, top, body, [mea], html_alt=True), "knowsley", "mash_step_up", when, 3,
        "urgent", "follow_up", True, None, ["EHM-71390"], [ch("Kyle Fitzsimons", "2040-10-08", "08/10/2040")],
        ["exploitation", "missing"], None, None, [], None, "alert_duty",
        "EXPLOITATION HAPPENING TONIGHT, told in the reply that sends the assessment stepbot chased: a 14-year-old "
        "is being collected at 6pm by an older man to 'graft' in Blackpool until Sunday (county lines), with "
        "unexplained cash, phone and a cut; mum unreachable. Plain words, no alarm word. urgent -> alert_duty over "
        "attach_to_request. exploitation; missing (the attached assessment records two overnight missing episodes "
        "in June and he is leaving tonight).", not_children=["Shane Dwyer", "Demi"])


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2055-04-26 09:12:45"
    data = itip_reply(f, when, "Jasper Quint", "jasper.quint@" + RDOM, ("MASH Step Up", RSU), "ACCEPTED",
                      "Step-up case discussion [SB-richmond_wandsworth-3012]", "20550429T140000",
                      "20550429T150000", "Microsoft Teams Meeting")
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "The Early Help manager accepts the step-up case discussion stepbot booked (Outlook iTIP REPLY, "
        "PARTSTAT=ACCEPTED, 'Accepted: Step-up case discussion [SB-richmond_wandsworth-3012]', empty body) -> "
        "meeting_reply -> record_reply. Nothing else to read.")

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2055-05-12 08:55:10"
    comment = ("Sorry, I can't make tomorrow. I'm on the children's ward at St George's with Leon Agyeman-Price "
               "(8 months). His mum's partner brought him in at 7 this morning with a swollen arm: the x-ray shows a "
               "break just above the elbow, and there are older finger-mark bruises on the backs of both his thighs. "
               "The partner says Leon rolled off the sofa. The registrar says they will send him home with mum and "
               "the partner after the lunchtime ward round unless they hear from Children's Services. Can someone "
               "from MASH ring me on 07700 900 733 this morning? - Abi")
    data = itip_reply(f, when, "Abigail Thorne", "abigail.thorne@" + RDOM, ("MASH Step Up", RSU), "DECLINED",
                      "Step-up case discussion [SB-richmond_wandsworth-3088]", "20550513T100000",
                      "20550513T110000", "Microsoft Teams Meeting", comment=comment)
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "meeting_reply", True, None, [], [ch("Leon Agyeman-Price")], ["physical_harm"], None, None, [],
        None, "alert_duty",
        "A RISK TOLD ONLY IN THE COMMENT OF A DECLINED INVITATION (to stepbot's own step-up case discussion): an "
        "8-month-old with a fractured arm and older finger-mark bruises, to be discharged at lunchtime to mum and the "
        "partner whose account does not fit. Plain words, no alarm word. DESIGN: 'a meeting reply's comment' is read "
        "for it -> urgent -> alert_duty (before record_reply). Child named in full, no DOB; physical_harm.",
        not_children=["Abigail Thorne"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2055-05-11 10:31:27"
    orig = T("""
Hello,

Step down to Early Help - Okafor-Lindqvist family, Mosaic ID 2310457.

Children: Chidera Okafor-Lindqvist (14.02.2043) and Ife Okafor-Lindqvist (2045-09-30).

I spoke to the Early Help duty team manager, Jasper Quint, this morning and we agreed the case discussion for Friday 14th May at 11am on Teams.

Latest case summary and the draft plan for Early Help are attached. Adaeze (mum) and Stefan (dad) have both given consent for Early Help to continue the plan. The school's family support worker, Joy Mensah-Hart (Southfields Academy), has agreed to be lead professional.

The remaining worries are Chidera's attendance (84%) and mum's low mood, which her GP is treating.

Many thanks,
Daniel

Daniel Ferreira
Social Worker | Assessment Team (Wandsworth)
""")
    body = T("""
Hi both,

This came into the Step Up box this morning - it's a step down, so over to you. Nothing logged on our side.

Hana

Hana Kowalczyk
MASH Duty Social Worker
""") + quote("Ferreira, Daniel <Daniel.Ferreira@%s>" % RDOM, "11 May 2055 09:12", "MASH Step Up <%s>" % RSU,
             "Step down to Early Help - Okafor-Lindqvist", orig)
    summ = pdf_att("Case summary - Okafor-Lindqvist May 2055.pdf", "Latest case summary - Okafor-Lindqvist", [
        "Child in Need plan since October 2054. Goals met: stable housing, dad back in the home, school attendance "
        "improving from 72% to 84%.",
        "Mum's low mood is treated by her GP. No other current concerns."])
    plan = docx_att("Draft Early Help plan - Okafor-Lindqvist.docx", [
        "# Draft plan for Early Help", "Lead professional: Joy Mensah-Hart, Southfields Academy",
        "1. Attendance support for Chidera - weekly check-in.", "2. Mum to continue GP support; parenting group."])
    top = outlook_top(f, addr("Kowalczyk, Hana", "Hana.Kowalczyk@" + RDOM), addr("Early Help Duty", RED),
                      "FW: Step down to Early Help - Okafor-Lindqvist", when)
    add(f, mail(f, top, body + "\n" + RDISC, [summ, plan], html_alt=True), "richmond_wandsworth", "early_help_duty",
        when, 3, "ordinary", "step_down", False, None, ["2310457"],
        [ch("Chidera Okafor-Lindqvist", "2043-02-14", "14.02.2043"),
         ch("Ife Okafor-Lindqvist", "2045-09-30", "2045-09-30")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        "AN INTERNAL FORWARD BETWEEN DUTY DESKS WITH A NOTE ON TOP: the MASH duty social worker forwards a step-down "
        "that came to the Step Up inbox by mistake to the Early Help duty inbox ('it's a step down, so over to "
        "you'). The request is in the forwarded part: case summary (.pdf) and draft plan (.docx) forwarded with it, "
        "both parents 'have both given consent', 'Mosaic ID 2310457' -> bare number, case discussion agreed with the "
        "Early Help duty manager. Complete -> book_meeting. Concerns: attendance 84% and mum's low mood.",
        not_children=["Hana Kowalczyk", "Daniel Ferreira", "Joy Mensah-Hart", "Jasper Quint"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2055-06-10 15:20:03"
    ref = "SB-richmond_wandsworth-3150"
    chase = sb_chase("step-up", ref, ["Case: Mosaic ID 2367702", "Children: Theo Hargreaves-Banda (29/04/2045)"],
                     ["the rationale for the plan to step up to Children's Services"])
    body = T("""
Hi,

Rationale for the step up:

Theo's attendance has fallen to 71% this term and mum has missed the last four TAF meetings and cancelled three home visits. The Early Help plan has stalled and we think a Child and Family assessment is now needed to understand what is happening at home.

To correct one thing in the case summary: the "injury" logged on 3 June was a carpet burn on his knee from PE, seen by the school first aider and recorded in their accident book. Theo said nobody had hurt him and there were no other marks. Nobody at home has ever hit him. Mum's ex-partner has had no contact since 2052 and lives in Glasgow. There are no child protection concerns - this is about the plan not moving.

Siobhan

Siobhan MacAskill
Early Help Team Manager (Richmond)
""") + quote_chain([(addr("MASH Step Up", RSU), "09 June 2055 09:00",
                      "Siobhan MacAskill <Siobhan.MacAskill@%s>" % RDOM,
                      daemon_subject(ref, "Still needed for your step-up request: rationale"), chase, None)])
    top = outlook_top(f, addr("MacAskill, Siobhan", "Siobhan.MacAskill@" + RDOM), addr("MASH Step Up", RSU),
                      "RE: " + daemon_subject(ref, "Still needed for your step-up request: rationale"), when)
    add(f, mail(f, top, body + "\n" + RDISC, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "near_miss", "follow_up", False, None, ["2367702"],
        [ch("Theo Hargreaves-Banda", "2045-04-29", "29/04/2045")],
        ["non_engagement", "school_attendance"], None, None, [], None, "attach_to_request",
        "The Early Help team manager answers stepbot's chaser with the rationale (follow_up -> attach_to_request) "
        "and CORRECTS an 'injury' in the summary: a carpet burn from PE, 'nobody had hurt him', 'no other marks', "
        "'nobody at home has ever hit him', an ex-partner with no contact since 2052, 'no child protection "
        "concerns'. Negated and historic -> not urgent, no physical_harm / domestic_abuse. The current concerns are "
        "missed TAFs and visits (non_engagement) and 71% attendance.",
        not_children=["Siobhan MacAskill"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2055-06-21 12:14:38"
    ref = "SB-richmond_wandsworth-3221"
    ack = sb_ack("step-down", ref, ["Case: Mosaic ID 2389014", "Children: Mariana Ó Briain (04/06/2044)",
                                    "Case discussion: Thursday 24 June 2055, 14:00 (as you agreed)"])
    text = T("""
Hi,

As well as Mariana Ó Briain, please add her half-brother Tomás Ó Briain-Reyes, DOB 17th January 2050, to this step down. He lives at the same address and the draft plan covers him too - I missed him off the email, sorry.

Róisín

Róisín Keane
Social Worker, Family Support and Child Protection (Richmond)
07700 900 264

On 21 Jun 2055, at 09:03, Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk> wrote:

""") + quoted(ack)
    top = plain_top(f, addr("Róisín Keane", "Roisin.Keane@" + RDOM), addr("Early Help Duty", RED),
                    "Re: " + daemon_subject(ref, "Step-down request received - Mosaic ID 2389014"), when, RDOM,
                    None, extra=[("In-Reply-To", msgid(f + "ack", "stepbot.invalid"))])
    add(f, build(top, text_part(text, crlf=False), False), "richmond_wandsworth", "early_help_duty", when, 6,
        "ordinary", "follow_up", False, None, ["2389014"],
        [ch("Mariana Ó Briain", "2044-06-04", "04/06/2044"), ch("Tomás Ó Briain-Reyes", "2050-01-17", "17th January 2050")],
        [], None, None, [], None, "attach_to_request",
        "A REPLY THAT ADDS A SECOND CHILD to stepbot's acknowledgement ('> '-quoted, utf-8 quoted-printable, "
        "RFC 2047 sender name): Mariana from the quoted acknowledgement, her half-brother Tomás (fada, hyphen, "
        "'17th January 2050') from the reply -> both, in order of first full-name appearance. follow_up "
        "[SB-richmond_wandsworth-3221] -> attach_to_request; 'Mosaic ID 2389014' -> bare number.",
        not_children=["Róisín Keane"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2055-07-07 09:00:12"
    text = T("""
RICHMOND AND WANDSWORTH SAFEGUARDING PARTNERSHIP - PRACTICE BULLETIN, JULY 2055

Replying to the duty desk's reference emails

Since April the MASH Step Up and Early Help duty inboxes answer every request with a reference such as [SB-richmond_wandsworth-1234] and send a reminder when something is missing. Reply to those emails, keeping the reference, to send what was asked for.

A reply is not the way to report a child in danger. Three fictional scenarios for your next team meeting:

Scenario 1. A lead practitioner replies to a reminder with the missing case summary and adds at the bottom that a three-year-old has a burn on her hand and is being collected by the adult who caused it. What should she have done instead?

Scenario 2. A social worker declines a case discussion invitation and, in the comment, says a baby with a fracture is about to be discharged home. Who needs to know, and how quickly?

Scenario 3. An out-of-office reply lists "immediate risk" contact numbers. Is it a referral?

Answers: ring the MASH duty desk (or the Emergency Duty Team out of hours, 999 in an emergency) first, then write. The scenarios are invented for training and describe no real family.

You are receiving this because you are subscribed to the Partnership's practice bulletin.
Unsubscribe: https://rwscp.example.org/unsubscribe
""")
    hb = html_of(text, "Arial")
    top = [("From", addr("RWSCP Practice Bulletin", "bulletin@rwscp.example.org")),
           ("To", addr("Early Help Duty", RED)), ("Subject", "Practice bulletin July 2055: replying to the duty desk's reference emails"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "rwscp.example.org")),
           ("List-Id", "RWSCP practice bulletin <bulletin.rwscp.example.org>"),
           ("List-Unsubscribe", "<https://rwscp.example.org/unsubscribe>, <mailto:unsubscribe@rwscp.example.org>"),
           ("Precedence", "bulk")]
    add(f, alt_mail(f, top, text, hb), "richmond_wandsworth", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "A partnership bulletin (List-Id, List-Unsubscribe, Precedence: bulk; no Auto-Submitted) about the duty "
        "desk's own reference emails, whose three FICTIONAL training scenarios (a burn and the adult collecting; a "
        "baby with a fracture about to be discharged; an out-of-office with 'immediate risk') echo this set's urgent "
        "mails. Bulletins that list examples must not trigger safety rule 1 -> other -> human_review. The example "
        "reference [SB-richmond_wandsworth-1234] is in the body only, not the subject.")

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2055-06-18 21:43:55"
    hb = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
          '<div dir="ltr"><div>Hello,</div><div><br></div>'
          '<div>I didn\'t know who else to email, your two addresses were on the council website.</div><div><br></div>'
          '<div>The lady in the flat below me (Flat 2, 41 Sandycombe Terrace, Kew) went out at about 6 o\'clock all '
          'dressed up with a bag and hasn\'t come back. Her little boy, he\'s about 18 months, has been crying on and '
          'off ever since, I can hear him through the floor. For the last half an hour it\'s gone quiet. Her lights are '
          'all off. I\'ve knocked and knocked and there\'s no answer and I don\'t have her number.</div><div><br></div>'
          '<div>I don\'t want to get her into trouble but he\'s only a baby. What should I do?</div><div><br></div>'
          '<div>Margaret Oyelowo</div><div>Flat 4, 41 Sandycombe Terrace</div><div>07700 900 186</div></div>'
          '</body></html>\n')
    top = [("From", addr("Margaret Oyelowo", "margaret.oyelowo@mailbox.example.com")),
           ("To", addr(None, RSU)), ("Cc", addr(None, RED)),
           ("Subject", "baby on his own downstairs"), ("Date", email.utils.format_datetime(dt(when))),
           ("Message-ID", msgid(f, "mail.mailbox.example.com"))]
    add(f, html_only(f, top, hb), "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "other", True, None, [], [], ["neglect"], None, None, [], None, "alert_duty",
        "A MEMBER OF THE PUBLIC WRITING TO BOTH INBOXES at 21:43 on a Friday (To Step Up, Cc Early Help duty; "
        "HTML-only Gmail-style): an 18-month-old alone in the flat below since 6pm, crying and now quiet, mother "
        "out. A baby left alone tonight -> urgent -> alert_duty (out of hours: EDT). No step, not a practitioner -> "
        "other. The child is unnamed -> no children. neglect. No alarm word.",
        not_children=["Margaret Oyelowo"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2055-07-13 11:48:20"
    ref = "SB-richmond_wandsworth-3302"
    ack = sb_ack("step-up", ref, ["Case: Mosaic ID 2401166",
                                  "Children: Amara Fofanah (12/12/2051), Musa Fofanah (07/03/2049)",
                                  "Step-up case discussion: Thursday 15 July 2055, 10:00 (invitation sent)"])
    body = T("""
Hi,

Please withdraw this step up and cancel Thursday's discussion.

The strategy discussion on Monday ended with no further action under section 47. The nursery's own accident book shows Amara's bruise came from a fall in their garden on 7 July, seen by two members of staff, and the child protection medical found no other marks. Musa told the social worker that nobody at home hurts them. Mum is happy to carry on with the Early Help plan, so we will keep working with the family at level 3.

Thanks,
Priti

Priti Varma-Holt
Early Help Team Manager (Wandsworth)
""") + quote_chain([(addr("MASH Step Up", RSU), "08 July 2055 14:12", "Priti Varma-Holt <Priti.Varma-Holt@%s>" % RDOM,
                      daemon_subject(ref, "Step-up request received - Mosaic ID 2401166"), ack, None)])
    top = outlook_top(f, addr("Varma-Holt, Priti", "Priti.Varma-Holt@" + RDOM), addr("MASH Step Up", RSU),
                      "RE: " + daemon_subject(ref, "Step-up request received - Mosaic ID 2401166"), when)
    add(f, mail(f, top, body + "\n" + RDISC, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "near_miss", "follow_up", False, None, ["2401166"],
        [ch("Amara Fofanah", "2051-12-12", "12/12/2051"), ch("Musa Fofanah", "2049-03-07", "07/03/2049")],
        [], None, None, [], None, "attach_to_request",
        "A REPLY THAT WITHDRAWS A REQUEST, in risk words that are all resolved: a strategy discussion ended with 'no "
        "further action under section 47', the bruise explained by the nursery's accident book, 'no other marks', "
        "'nobody at home hurts them'. Not urgent; no concerns. A reply to [SB-richmond_wandsworth-3302] is a "
        "follow_up -> attach_to_request (the withdrawal is recorded on the request). 'Mum is happy to carry on with "
        "the Early Help plan' is no consent to anything asked here (null).",
        not_children=["Priti Varma-Holt"])


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2055-04-21 16:02:48"
    ref = "SB-tower_hamlets-3290"
    chase = sb_chase("step-up", ref, ["Case: Mosaic 2412209", "Children: Sami Rahman-Okoye (21-02-2047)"],
                     ["evidence of management oversight - your manager has agreed the step-up"])
    body = T("""
Agreed.

Shabana Chowdhury-Miah
Team Manager | Targeted Early Help (Bow) | Tower Hamlets Council
""") + quote_chain([(addr("MAST", TMAST), "21 April 2055 09:00",
                      "Rubina Akter <Rubina.Akter@%s>" % TDOM,
                      daemon_subject(ref, "Still needed for your step-up request: manager's agreement"), chase,
                      "Shabana Chowdhury-Miah <Shabana.Chowdhury-Miah@%s>" % TDOM)])
    top = outlook_top(f, addr("Chowdhury-Miah, Shabana", "Shabana.Chowdhury-Miah@" + TDOM), addr("MAST", TMAST),
                      "RE: " + daemon_subject(ref, "Still needed for your step-up request: manager's agreement"), when,
                      cc=addr("Akter, Rubina", "Rubina.Akter@" + TDOM))
    add(f, mail(f, top, body + "\n" + TDISC, html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "ordinary", "follow_up", False, None, ["2412209"], [ch("Sami Rahman-Okoye", "2047-02-21", "21-02-2047")],
        [], None, True, [], None, "attach_to_request",
        "A MANAGER REPLYING 'AGREED' TO THE THREAD: the practitioner's team manager answers stepbot's chaser for "
        "management oversight with one word, copying the practitioner -> manager_agreed true; follow_up "
        "[SB-tower_hamlets-3290] -> attach_to_request. Child (DOB '21-02-2047') and 'Mosaic 2412209' (bare number) "
        "from the quoted chaser.", not_children=["Shabana Chowdhury-Miah", "Rubina Akter"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2055-05-06 13:12:31"
    ref = "SB-tower_hamlets-3307"
    chase = sb_chase("step-up", ref, ["Case: Mosaic 2419950", "Children: Ayaan Hossain (12/10/2048)"],
                     ["the completed Multi-Agency Request for Support form"], footer=False)
    prac = T("""
MARF attached.

Also - Ayaan told his class teacher this morning that mum's boyfriend held a lighter to his arm last night because he wet the bed. There is a round blister on the inside of his left forearm about the size of a 5p. He finishes at 3.15 and on Thursdays the boyfriend collects him.

Lucy
Lucy Abernethy | Family Practitioner | Stepney Family Hub
""")
    note = T("""
Nadim - the MARF for the Hossain step up has come in, one for your list. Going to lunch, back at 2.

Conor

Conor Whitlock
MAST Duty Worker | Tower Hamlets Council
""")
    body = note + quote_chain([
        ("Abernethy, Lucy <Lucy.Abernethy@%s>" % TDOM, "06 May 2055 12:51", "MAST <%s>" % TMAST,
         "RE: " + daemon_subject(ref, "Still needed for your step-up request: MARF"), prac, None),
        ("MAST <%s>" % TMAST, "05 May 2055 09:00", "Lucy Abernethy <Lucy.Abernethy@%s>" % TDOM,
         daemon_subject(ref, "Still needed for your step-up request: MARF"), chase, None)])
    marf = pdf_att("MARF - Hossain.pdf", "Multi-Agency Request for Support", [
        "Child: Ayaan Hossain, DOB 12/10/2048. Mosaic 2419950.",
        "Reason for request: mum's new partner moved in in March; Ayaan has been wetting the bed and is withdrawn at "
        "school. Team manager agreed the request on 28/04/2055."])
    top = outlook_top(f, addr("Whitlock, Conor", "Conor.Whitlock@" + TDOM), addr("Rahman, Nadim", "nadim.rahman@" + TDOM),
                      "FW: RE: " + daemon_subject(ref, "Still needed for your step-up request: MARF"), when,
                      cc=addr("MAST", TMAST))
    add(f, mail(f, top, body + "\n" + TDISC, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "follow_up", True, None, ["2419950"], [ch("Ayaan Hossain", "2048-10-12", "12/10/2048")],
        ["physical_harm"], None, True, [], None, "alert_duty",
        "AN INTERNAL FORWARD BETWEEN DUTY WORKERS WITH A ROUTINE NOTE ON TOP ('the MARF ... has come in, one for "
        "your list. Going to lunch'), Cc the MAST inbox; the risk is ONLY in the forwarded practitioner's reply: a "
        "7-year-old says mum's boyfriend held a lighter to his arm, a round blister, and the boyfriend collects him "
        "at 3.15 today (Thursday). No alarm word. urgent -> alert_duty. [SB-tower_hamlets-3307] -> follow_up. The "
        "forwarded MARF records the team manager's agreement -> manager_agreed true. physical_harm.",
        not_children=["Conor Whitlock", "Lucy Abernethy"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2055-05-20 10:40:09"
    hb = (LAYOUT_HEAD +
          '<p>Dear Early Help Hub,</p>'
          '<p>Please see below and attached the step-down for the <b>Miah</b> family (Mosaic ID 2377410) following the '
          'Child and Family Assessment, which concluded on 12/05/2055.</p>'
          '<table border="1" cellpadding="4" style="border-collapse:collapse">'
          '<tr><td><b>Child</b></td><td><b>Date of birth</b></td></tr>'
          '<tr><td>Zayan Miah</td><td>2050-03-14</td></tr>'
          '<tr><td>Inaaya Miah</td><td>9th September 2052</td></tr></table>'
          '<p><b>Lead Practitioner:</b> Jannatul Ferdous, Family Support Worker, Limehouse Children and Family Centre '
          '(she has met the family and agreed).</p>'
          '<p><b>Consent:</b> Mrs Begum consented to the step-down at the CIN review on 18 May.</p>'
          '<p><b>Needs:</b> Zayan is autistic and has an EHCP; mum needs help with his transition to Year 1 and with '
          'sleep routines.</p>'
          '<p>I will arrange and chair the TAF meeting on Wednesday 26 May at 10am at the Centre.</p>'
          '<p>Attached: the C&amp;F Assessment and the TAF plan.</p>'
          '<p>Kind regards,<br>Tendai Moyo<br>Social Worker, Children\'s Social Work Team 3<br>Tower Hamlets Council</p>'
          '</body></html>\n')
    cfa = pdf_att("CF Assessment - Miah - concluded 12.05.2055.pdf", "Child and Family Assessment - Miah", [
        "Children: Zayan Miah (2050-03-14), Inaaya Miah (9th September 2052).",
        "Analysis: needs relate to Zayan's autism and sleep; no concerns about the care of either child.",
        "Outcome: step down to a Team Around the Family with a Lead Practitioner."])
    plan = docx_att("TAF plan - Miah.docx", ["# TAF plan", "Lead Practitioner: Jannatul Ferdous",
                                             "1. Transition support to Year 1 (SENCo).", "2. Sleep clinic referral."])
    top = outlook_top(f, addr("Moyo, Tendai", "Tendai.Moyo@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Miah family - Mosaic ID 2377410", when)
    root = multipart("mixed", [text_part(hb, "html", crlf=True), cfa, plan], bnd(f, 1))
    add(f, build(top, root, True), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["2377410"],
        [ch("Zayan Miah", "2050-03-14", "2050-03-14"), ch("Inaaya Miah", "2052-09-09", "9th September 2052")],
        ["disability_send"], True, None, [], None, "book_meeting",
        "Complete Tower Hamlets step-down, HTML-only with an HTML table of children (ISO and '9th September 2052' "
        "DOBs), the C&F Assessment (.pdf) and TAF plan (.docx) attached, consent at the CIN review, the Lead "
        "Practitioner named with her agency. 'concluded on 12/05/2055' is the assessment's end, not a DOB. "
        "Autism/EHCP -> disability_send. Nothing missing -> book_meeting.",
        not_children=["Tendai Moyo", "Jannatul Ferdous"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2055-06-08 09:33:44"
    ref = "SB-tower_hamlets-3355"
    chase = sb_chase("step-down", ref, ["Case: Mosaic 2398160", "Children: Rania El-Amin (30/06/2046)"],
                     ["the name and agency of the identified Lead Practitioner"])
    body = T("""
Morning,

The Lead Practitioner will be Idris Kanu, Youth Worker at Poplar Youth Hub - he met Rania on Friday and has agreed.

On the question raised at the TAF about her father: he is serving a long sentence and has had no contact with Rania or her mum. If he were released on licence and tried to contact them, the plan says mum would call the police and his licence conditions would be enforced - but that is a what-if, not something happening. There are no current concerns about him and Rania says she feels safe at home.

Thanks
Kwame

Kwame Asante-Reid
Social Worker | Children's Social Work Team 1
""") + quote_chain([(addr("Early Help Hub", TEH), "07 June 2055 09:00",
                      "Kwame Asante-Reid <Kwame.Asante-Reid@%s>" % TDOM,
                      daemon_subject(ref, "Still needed for your step-down request: Lead Practitioner"), chase, None)])
    top = outlook_top(f, addr("Asante-Reid, Kwame", "Kwame.Asante-Reid@" + TDOM), addr("Early Help Hub", TEH),
                      "RE: " + daemon_subject(ref, "Still needed for your step-down request: Lead Practitioner"), when)
    add(f, mail(f, top, body + "\n" + TDISC, html_alt=True), "tower_hamlets", "early_help_duty", when, 3,
        "near_miss", "follow_up", False, None, ["2398160"], [ch("Rania El-Amin", "2046-06-30", "30/06/2046")],
        [], None, None, [], None, "attach_to_request",
        "A reply to stepbot's chaser naming the Lead Practitioner, with a HYPOTHETICAL ('If he were released on "
        "licence and tried to contact them ... that is a what-if'), a father in prison with no contact, 'no current "
        "concerns'. Not urgent, no concerns. follow_up [SB-tower_hamlets-3355] -> attach_to_request.",
        not_children=["Kwame Asante-Reid", "Idris Kanu"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2055-06-25 11:20:16"
    body = T("""
Dear MAST,

I would like to step up the Yıldız family from Targeted Early Help (copying the Early Help Hub, who hold the TAF).

Leyla Yıldız - DOB 02/11/2041
Emre Yıldız - DOB 17/05/2045

Mum's partner has been violent to her twice since April (police attended on 30 May and 19 June; DASH medium) and she has let him move back in. Emre has missed 9 days since half term and Leyla has told her tutor she stays up to "keep watch". The MARF is attached.

My manager, Tahmina Akhtar, has agreed the step up (she signed the MARF on 24/06/2055). Mum agrees to the referral.

Best wishes,
Dilnoza Karimova
Family Practitioner | Targeted Early Help (Poplar) | Tower Hamlets Council
""")
    marf = docx_att("MARF - Yildiz family.docx", [
        "# Multi-Agency Request for Support",
        "Children: Leyla Yıldız (02/11/2041); Emre Yıldız (17/05/2045)",
        "Reason: domestic abuse by mum's partner; Emre's attendance.",
        "Parental consent: mum agrees to the referral.",
        "Manager: Tahmina Akhtar - agreed 24/06/2055."])
    top = outlook_top(f, addr("Karimova, Dilnoza", "Dilnoza.Karimova@" + TDOM), addr("MAST", TMAST),
                      "Step up to MAST - Yildiz family", when, cc=addr("Early Help Hub", TEH))
    add(f, mail(f, top, body + "\n" + TDISC, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, [],
        [ch("Leyla Yıldız", "2041-11-02", "02/11/2041"), ch("Emre Yıldız", "2045-05-17", "17/05/2045")],
        ["domestic_abuse", "school_attendance"], True, True, [], None, "book_meeting",
        "A STEP-UP SENT TO BOTH INBOXES (To MAST, Cc the Early Help Hub): complete for Tower Hamlets (the MARF .docx "
        "and 'My manager ... has agreed the step up'). Names with a dotless i (Yıldız) in a utf-8 body; the subject "
        "spells it 'Yildiz'. No case id given (none is required). Domestic abuse now (partner back in) and 9 days "
        "missed -> domestic_abuse, school_attendance. 'Mum agrees to the referral' -> consent true. Not urgent: "
        "past incidents with police involvement, no harm happening now.",
        not_children=["Dilnoza Karimova", "Tahmina Akhtar"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2055-07-05 16:41:57"
    ref = "SB-tower_hamlets-3401"
    chase = sb_chase("step-down", ref, ["Case: Mosaic 2405531",
                                        "Children: Maisha Uddin (02/02/2048), Rumi Uddin (19/08/2050)"],
                     ["the TAF plan"], footer=False)
    body = T("""
Hi - I'll send the plan tomorrow, sorry.

Mr Uddin rang me at 4.20 from the flat. He hasn't taken his olanzapine for about two weeks. He says the girls have "something in them" that he has to get out before morning, he's been praying over them since lunchtime and he won't let them out of the bedroom. I could hear Rumi crying. Mum is staying at her sister's in Luton and isn't answering. He has put the phone down and won't pick up again.

I'm going round now with my manager. Hamida Sultana, 07700 900 377.
""") + quote_chain([(addr("Early Help Hub", TEH), "05 July 2055 09:00", "Hamida Sultana <Hamida.Sultana@%s>" % TDOM,
                      daemon_subject(ref, "Still needed for your step-down request: TAF plan"), chase, None)])
    top = outlook_top(f, addr("Sultana, Hamida", "Hamida.Sultana@" + TDOM), addr("Early Help Hub", TEH),
                      "RE: " + daemon_subject(ref, "Still needed for your step-down request: TAF plan"), when)
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "early_help_duty", when, 2,
        "urgent", "follow_up", True, None, ["2405531"],
        [ch("Maisha Uddin", "2048-02-02", "02/02/2048"), ch("Rumi Uddin", "2050-08-19", "19/08/2050")],
        ["parental_mental_health"], None, None, [], None, "alert_duty",
        "A CARER IN A PSYCHOTIC STATE WITH YOUNG CHILDREN, told in the reply to a routine chaser for the TAF plan: "
        "dad off his antipsychotic for two weeks says the girls (7 and 4) have 'something in them' he must get out "
        "before morning and keeps them in the bedroom; mum away. Plain words, no alarm word. urgent -> alert_duty "
        "(16:41: still office hours). parental_mental_health.",
        not_children=["Hamida Sultana"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2055-07-14 14:10:38"
    body = T("""
Dear colleagues,

Quarterly audit of closed step-downs (cases closed January - March 2055). Anonymised: please do not reply with names.

Case 1 (Child A, 9): stepped down from a child protection plan made in 2053 after a fractured wrist and bruising to the face caused by mum's then partner; he was convicted and has had no contact since. Closed to Early Help in February 2055 with all TAF outcomes met. Learning: the TAF minutes reached Mosaic on day 12, outside the 10 working days.

Case 2 (Children B and C, 4 and 6): neglect and domestic abuse in 2054; the step-down plan worked, case closed in March 2055. Learning: the lead practitioner was not told the outcome of the final CIN review in writing.

Case 3 (Child D, 15): missing episodes and exploitation concerns in 2054; NRM referral concluded; closed in January 2055. Learning: the exploitation screening was not attached to the step-down.

No action is needed on these cases; the learning will go to the August practice forum.

Practice Quality Team
Tower Hamlets Children's Services
""")
    top = outlook_top(f, addr("Practice Quality Team", "practice.quality@" + TDOM), addr("Early Help Hub", TEH),
                      "Audit of closed step-downs - Q1 2055 - learning", when)
    add(f, mail(f, top, body + "\n" + TDISC, html_alt=True), "tower_hamlets", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "A CASE AUDIT of closed step-downs: old fractures, bruising, neglect, domestic abuse, missing and "
        "exploitation, all historic (2053-54), perpetrators gone, cases closed, children anonymised ('Child A'). "
        "Not urgent; no request -> other -> human_review; no children, no concerns.")

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2055-04-23 10:06:12"
    data = ndr(f, when, TDOM, addr("Early Help Hub", TEH), "Jodie.Sweeney@towerhamlets.gov.uk",
               daemon_subject("SB-tower_hamlets-3298", "Still needed for your step-down request: Child and Family Assessment"),
               "Early Help Hub <%s>" % TEH, "2055-04-23 10:05:30",
               orig_extra=[("Auto-Submitted", "auto-generated")])
    add(f, data, "tower_hamlets", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "An Exchange Online non-delivery report for stepbot's own chaser [SB-tower_hamlets-3298] (the social worker "
        "has left: 550 5.1.1 RecipNotFound); multipart/report with Auto-Submitted -> auto_reply -> ignore (safety "
        "rule 2: never answered).")


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

B01_BODY = T("""
Hi Early Help,

Please can I have a triage slot for the Prideaux family - step down to a level 3 Early Help response. LCS-2290841.

Ruby-Jo Prideaux, DOB 03/11/2052
Kit Prideaux, DOB 09.07.2047

Single Assessment attached, with my analysis and the rationale for stepping down. Gemma Hoskin (my TM) has recorded her manager's analysis on it confirming the threshold for level 3 is met. Both parents gave consent for level 3 Early Help when I visited on 6th May.

What's left is dad's cannabis use (he's cut down and is working with Torbay Recovery) and Kit's attendance, 88% this year.

Ruby-Jo is 2, so I think this is one for the under-5s triage.

Thanks
Jess

Jess Couch
Social Worker | Single Assessment Team | Torbay Council

Sent from Outlook for iOS
""")

def _b01_b02(f, when, delay):
    sa = pdf_att("Single Assessment - Prideaux - May 2055.pdf", "Single Assessment - Prideaux", [
        "Children: Ruby-Jo Prideaux (03/11/2052), Kit Prideaux (09.07.2047). LCS-2290841.",
        "Social worker's analysis: parenting is good enough; dad's cannabis use reduced; attendance 88%.",
        "Rationale for step down: CIN goals met; the family need support that Early Help can give at level 3.",
        "Manager's analysis (Gemma Hoskin, Team Manager, 07/05/2055): threshold for level 3 intervention met; "
        "step down agreed."])
    top = [("From", addr("Jess Couch", "Jess.Couch@" + BDOM)), ("To", addr("Early Help", BEH)),
           ("Subject", "Step down - triage slot please - Prideaux LCS-2290841"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "PAXP251MB0412.EURP251.PROD.OUTLOOK.COM")),
           ("X-Mailer", "Microsoft Outlook for iOS")]
    root = multipart("mixed", [text_part(B01_BODY, crlf=True), sa], bnd("torbay_01.eml", 1))
    data = build(top, root, True)
    why_common = ("Complete Torbay step-down for a triage slot (phone Outlook): Single Assessment .pdf with the TM's "
                  "analysis 'confirming the threshold for level 3 is met' -> manager true; 'Both parents gave consent "
                  "for level 3 Early Help' -> consent true; 'level 3' stated -> level 3; DOBs '03/11/2052' and "
                  "'09.07.2047'; a 2-year-old -> the under-5s triage. Dad's cannabis use and 88% attendance -> "
                  "substance_misuse, school_attendance. book_meeting.")
    return data, why_common

def torbay_01():
    f = "torbay_01.eml"; when = "2055-05-10 15:31:04"
    data, why = _b01_b02(f, when, 3)
    add(f, data, "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["LCS-2290841"],
        [ch("Ruby-Jo Prideaux", "2052-11-03", "03/11/2052"), ch("Kit Prideaux", "2047-07-09", "09.07.2047")],
        ["school_attendance", "substance_misuse"], True, True, [], None, "book_meeting",
        why + " The first of two identical copies (torbay_02).", not_children=["Jess Couch", "Gemma Hoskin"])

def torbay_02():
    f = "torbay_02.eml"; when = "2055-05-10 15:33:19"
    data, why = _b01_b02(f, when, 3)
    add(f, data, "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["LCS-2290841"],
        [ch("Ruby-Jo Prideaux", "2052-11-03", "03/11/2052"), ch("Kit Prideaux", "2047-07-09", "09.07.2047")],
        ["school_attendance", "substance_misuse"], True, True, [], None, "book_meeting",
        "A DUPLICATE SENT TWICE: the phone sent torbay_01 again two minutes later, byte for byte the same body and "
        "attachment but a new Message-ID and Date. The parse is the same as torbay_01's (dedupe of content is intake's "
        "concern, not the parser's). " + why, not_children=["Jess Couch", "Gemma Hoskin"])

def torbay_03():
    f = "torbay_03.eml"; when = "2055-05-18 15:27:50"
    ref = "SB-torbay-1377"
    chase = sb_chase("step-down", ref, ["Case: LCS-2301177", "Children: Freya Tozer (25/03/2051)"],
                     ["the Single Assessment with your analysis and the rationale for the step down"], footer=False)
    body = T("""
SA attached.

Thanks, Nicola

PS Preston Primary have just rung. Freya's dad came to collect her at 3.10 smelling strongly of drink and unsteady on his feet, and drove off with her before staff could stop him - no car seat. He isn't supposed to have her on his own. Mum doesn't know where they've gone and he isn't answering his phone. Silver Astra.

Nicola Bawden
Social Worker | Single Assessment Team | Torbay Council
""") + quote_chain([(addr("Early Help", BEH), "18 May 2055 09:00", "Nicola Bawden <Nicola.Bawden@%s>" % BDOM,
                      daemon_subject(ref, "Still needed for your step-down request: Single Assessment"), chase, None)])
    sa = pdf_att("SA - Tozer.pdf", "Single Assessment - Tozer", [
        "Child: Freya Tozer (25/03/2051). Analysis: mum's parenting has improved; dad's contact is supervised.",
        "Rationale: CIN goals met."])
    top = outlook_top(f, addr("Bawden, Nicola", "Nicola.Bawden@" + BDOM), addr("Early Help", BEH),
                      "RE: " + daemon_subject(ref, "Still needed for your step-down request: Single Assessment"), when)
    add(f, mail(f, top, body + "\n" + BDISC, [sa], html_alt=True), "torbay", "early_help_duty", when, 2,
        "urgent", "follow_up", True, None, ["LCS-2301177"], [ch("Freya Tozer", "2051-03-25", "25/03/2051")],
        ["substance_misuse"], None, None, [], None, "alert_duty",
        "A RISK TOLD ONLY IN A PS under a one-line 'SA attached.' reply to stepbot's chaser: a drunk father, not "
        "allowed unsupervised contact, has just driven off with a 4-year-old with no car seat; whereabouts unknown. "
        "No alarm word. urgent -> alert_duty. substance_misuse (the contract has no id for a parent's abduction; "
        "'missing' could be argued).", not_children=["Nicola Bawden"])

def torbay_04():
    f = "torbay_04.eml"; when = "2055-06-17 08:22:36"
    ref = "SB-torbay-1418"
    chase = sb_chase("step-down", ref, ["Case: LCS-2312650",
                                        "Children: Alfie Stentiford (14/01/2052), Daisy Stentiford (28/05/2054)"],
                     ["confirmation that the family's consent for level 3 Early Help has been sought and given"],
                     footer=False)
    text = T("""
Consent form attached.

Sent from my iPhone

> On 16 Jun 2055, at 09:00, Early Help <earlyhelp@torbay.gov.uk> wrote:
>
""") + quoted(chase)
    form = pdf_att("Consent - Stentiford.pdf", "Consent to level 3 Early Help", [
        "Children: Alfie Stentiford, Daisy Stentiford.",
        "I give my consent for my family to receive level 3 Early Help support.",
        "Signed: C. Stentiford (mother)   Date: 15/06/2055"])
    top = plain_top(f, addr("Hollie Pascoe", "Hollie.Pascoe@" + BDOM), addr("Early Help", BEH),
                    "Re: [%s] consent - mum has taken tablets, Alfie 3 and Daisy 1 alone with her, ambulance called, going now" % ref,
                    when, BDOM, None)
    root = multipart("mixed", [text_part(text, crlf=False), form], "Apple-Mail=_%s" % sha(f, "apple")[:24].upper())
    add(f, build(top, root, False), "torbay", "early_help_duty", when, 2,
        "urgent", "follow_up", True, None, ["LCS-2312650"],
        [ch("Alfie Stentiford", "2052-01-14", "14/01/2052"), ch("Daisy Stentiford", "2054-05-28", "28/05/2054")],
        ["parental_mental_health"], True, None, [], None, "alert_duty",
        "A RISK TOLD ONLY IN THE SUBJECT LINE: the social worker rewrote the subject of her reply to stepbot's "
        "consent chaser ('mum has taken tablets, Alfie 3 and Daisy 1 alone with her, ambulance called, going now'); "
        "the body is just 'Consent form attached.' (iPhone Mail, '> '-quoted chaser). A mother who has overdosed alone with a "
        "3-year-old and a 1-year-old -> urgent -> alert_duty (08:22: before office hours, out-of-hours service). "
        "The signed form states consent -> true. parental_mental_health.")

def torbay_05():
    f = "torbay_05.eml"; when = "2055-06-22 13:05:27"
    ref = "SB-torbay-1449"
    chase = sb_chase("step-down", ref, ["Case: LCS-2320984",
                                        "Children: Jago Penhaligon (06/06/2043), Morwenna Penhaligon (16/10/2046)"],
                     ["your team manager's analysis confirming the threshold for level 3 intervention is met"])
    body = T("""
Hello,

I'm Lowenna's team manager. My analysis is now on the Single Assessment (attached): the threshold for level 3 is met and I agree the step down.

You asked on the form about the assault. That was in January 2054; Mr Penhaligon was convicted, he is serving his sentence at HMP Channings Wood and there is a restraining order. There has been no contact since, and the children are not at home with him. There are no current concerns about domestic abuse - Ms Penhaligon has done the Freedom Programme and the children are settled.

Regards
Kerensa Trewhella
Team Manager | Safeguarding and Supporting Families | Torbay Council
""") + quote_chain([(addr("Early Help", BEH), "21 June 2055 09:00", "Lowenna Hext <Lowenna.Hext@%s>" % BDOM,
                      daemon_subject(ref, "Still needed for your step-down request: manager's analysis"), chase,
                      "Kerensa Trewhella <Kerensa.Trewhella@%s>" % BDOM)])
    sa = pdf_att("Single Assessment - Penhaligon (TM analysis).pdf", "Single Assessment - Penhaligon", [
        "Manager's analysis (Kerensa Trewhella, 22/06/2055): threshold for level 3 intervention met. Step down "
        "agreed."])
    top = outlook_top(f, addr("Trewhella, Kerensa", "Kerensa.Trewhella@" + BDOM), addr("Early Help", BEH),
                      "RE: " + daemon_subject(ref, "Still needed for your step-down request: manager's analysis"), when,
                      cc=addr("Hext, Lowenna", "Lowenna.Hext@" + BDOM))
    add(f, mail(f, top, body + "\n" + BDISC, [sa], html_alt=True), "torbay", "early_help_duty", when, 3,
        "near_miss", "follow_up", False, None, ["LCS-2320984"],
        [ch("Jago Penhaligon", "2043-06-06", "06/06/2043"), ch("Morwenna Penhaligon", "2046-10-16", "16/10/2046")],
        [], None, True, [], None, "attach_to_request",
        "The team manager answers stepbot's chaser: 'I agree the step down' with the analysis attached -> "
        "manager_agreed true; and puts a past assault to rest: January 2054, the father convicted and in prison, a "
        "restraining order, no contact, 'the children are not at home with him', 'no current concerns about domestic "
        "abuse'. Historic / negated -> not urgent, no concerns. follow_up -> attach_to_request.",
        not_children=["Kerensa Trewhella", "Lowenna Hext"])

def torbay_06():
    f = "torbay_06.eml"; when = "2055-06-30 10:15:02"
    ref = "SB-torbay-1470"
    ack = sb_ack("step-down", ref, ["Case: LCS-2331562", "Children: Kayden Vosper (11/04/2049)"])
    body = T("""
Hi,

Please withdraw this one. At the CIN review yesterday mum has declined Early Help - she doesn't want any more services once the CIN plan closes. We'll close with a signposting letter.

Thanks
Sam

Sam Rowse
Social Worker | Safeguarding and Supporting Families
""") + quote_chain([(addr("Early Help", BEH), "24 June 2055 11:02", "Sam Rowse <Sam.Rowse@%s>" % BDOM,
                      daemon_subject(ref, "Step-down request received - LCS-2331562"), ack, None)])
    top = outlook_top(f, addr("Rowse, Sam", "Sam.Rowse@" + BDOM), addr("Early Help", BEH),
                      "RE: " + daemon_subject(ref, "Step-down request received - LCS-2331562"), when)
    add(f, mail(f, top, body + "\n" + BDISC, html_alt=True), "torbay", "early_help_duty", when, 4,
        "ordinary", "follow_up", False, None, ["LCS-2331562"], [ch("Kayden Vosper", "2049-04-11", "11/04/2049")],
        [], False, None, [], None, "attach_to_request",
        "A REPLY THAT WITHDRAWS A REQUEST because 'mum has declined Early Help' -> consent false (stated as "
        "refused). A reply to [SB-torbay-1470] -> follow_up -> attach_to_request. Child and case id from the quoted "
        "acknowledgement.", not_children=["Sam Rowse"])

def torbay_07():
    f = "torbay_07.eml"; when = "2055-07-09 12:00:44"
    body = T("""
All,

As promised at Tuesday's team meeting, here is the crib sheet for whoever is on the Early Help duty desk. Please read before your next duty day.

DUTY DESK CRIB SHEET - REPLIES TO THE REFERENCE EMAILS

1. Replies with [SB-torbay-...] in the subject go to the request they belong to. Check the attachment is the thing we asked for.

2. Read every reply to the end, including PSs, the subject line and anything attached. Examples from training (all made up):
   - "SA attached. PS dad has just driven off drunk with the 4-year-old" - this is a child at risk now: ring MASH / EDT straight away, then log it.
   - A subject line rewritten to "mum has taken an overdose, kids alone" under a one-line reply - same.
   - An out-of-office that lists safeguarding numbers is not a referral.

3. A withdrawal ("please withdraw") - record it and tell the ATM.

4. If a practitioner sends the same request twice, link the second to the first; don't book two triage slots.

Thanks
Demelza

Demelza Nance
Early Help Business Support Team Leader | Torbay Council
""")
    top = outlook_top(f, addr("Nance, Demelza", "Demelza.Nance@" + BDOM), addr("Early Help", BEH),
                      "FW: Duty desk crib sheet - replies to the reference emails", when,
                      cc=addr("Penrose, Silas", "silas.penrose@" + BDOM))
    add(f, mail(f, top, body + "\n" + BDISC, html_alt=True), "torbay", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "INTERNAL TRAINING MATERIAL for the duty desk about stepbot's own reference emails, whose made-up examples "
        "('dad has just driven off drunk with the 4-year-old', 'mum has taken an overdose, kids alone', 'a child at "
        "risk now') echo this set's urgent mails. Examples in guidance must not trigger safety rule 1 -> other -> "
        "human_review. The '[SB-torbay-...]' pattern is in the body only.", not_children=["Demelza Nance"])

def torbay_08():
    f = "torbay_08.eml"; when = "2055-07-12 13:52:18"
    body = T("""
Hello,

I am sending this to the Early Help inbox because it's the only Torbay address I have. I have tried the MASH number twice and been on hold.

Kayla Rowe (Year 8, DOB 19/01/2042) got into a grey car with two older men outside the school gates at 12.40 today and did not come back for afternoon registration. Mum says Kayla wasn't home last night either and she doesn't know who the men are. Kayla has been turning up with new trainers and a second phone over the last fortnight. Her phone is now going straight to voicemail.

Please can someone call me on 01632 960 733.

Rachel Tremayne
Designated Safeguarding Lead
Paignton Community College
""")
    top = outlook_top(f, addr("Tremayne, Rachel", "r.tremayne@paigntoncc.example.sch.uk"), addr("Early Help", BEH),
                      "Kayla Rowe Yr 8 - left with two men at lunchtime", when,
                      mid_domain="paigntoncc.example.sch.uk")
    add(f, mail(f, top, body, html_alt=True), "torbay", "early_help_duty", when, 2,
        "urgent", "other", True, None, [], [ch("Kayla Rowe", "2042-01-19", "19/01/2042")],
        ["exploitation", "missing"], None, None, [], None, "alert_duty",
        "A PARTNER WRITING TO THE WRONG INBOX: a school DSL tells the Early Help inbox a 13-year-old left with two "
        "older men at 12.40 and is missing now, after a night away, new trainers and a second phone. Immediate -> "
        "urgent -> alert_duty. No step asked -> other. missing + exploitation. (The signature's 'Designated "
        "Safeguarding Lead' is an alarm word.)", not_children=["Rachel Tremayne"])


# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"
HEH_N = "Early Help Co-ordinators"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2055-04-28 17:36:22"
    ref = "SB-herefordshire-1105"
    ack = sb_ack("step-down", ref, ["Case: Mosaic 2356681", "Children: Eliza Powell-Jones (13/09/2044)"],
                 ["the family's written consent (the signed consent form)"])
    text = T("""
Signed consent form attached.

Rhodri

On 27 Apr 2055, at 10:14, Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:

""") + quoted(ack)
    form = pdf_att("Consent form Powell-Jones signed.pdf", "Consent to Early Help support", [
        "Child: Eliza Powell-Jones (13/09/2044).",
        "I consent to my family receiving Early Help support and to information being shared between the professionals "
        "in the plan.", "Signed: D. Powell-Jones (father)   Date: 28/04/2055"])
    top = plain_top(f, addr("Rhodri Vaughan", "Rhodri.Vaughan@" + HDOM), addr(HEH_N, HEH),
                    "Re: " + daemon_subject(ref, "Step-down plan received - Mosaic 2356681"), when, HDOM,
                    "Apple Mail (2.3826)")
    root = multipart("mixed", [text_part(text, crlf=False, cte="7bit", charset="us-ascii"), form],
                     "Apple-Mail=_%s" % sha(f, "apple")[:24].upper())
    add(f, build(top, root, False), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "follow_up", False, None, ["2356681"], [ch("Eliza Powell-Jones", "2044-09-13", "13/09/2044")],
        [], True, None, [], None, "attach_to_request",
        "A ONE-LINE REPLY THAT ONLY ATTACHES THE MISSING DOCUMENT (Apple Mail, '> '-quoted acknowledgement): "
        "'Signed consent form attached.' with the signed form (.pdf: 'I consent ...') -> consent true. follow_up "
        "[SB-herefordshire-1105] -> attach_to_request. 'Mosaic 2356681' -> bare number.",
        not_children=[])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2055-05-14 12:19:45"
    ref = "SB-herefordshire-1188"
    ack = sb_ack("step-down", ref, ["Case: Mosaic 2371190",
                                    "Children: Poppy Bufton (27/02/2055), Alfie Bufton (03/08/2050)"], footer=False)
    body = T("""
Please withdraw this step-down - we won't be stepping down now.

At 10.40 this morning dad brought Poppy into A&E at Hereford County with a swollen left thigh. The x-ray shows a broken thigh bone. He says she rolled off the changing mat onto the carpet; she is 11 weeks old and not rolling yet. She is on the children's ward and he is telling the nurses he is taking her home once she has had her pain relief. Alfie (4) is at home with a friend of mum's.

I am on my way to the hospital. Tom Griffiths, 07700 900 858.
""") + quote_chain([(addr(HEH_N, HEH), "12 May 2055 15:30", "Tom Griffiths <Tom.Griffiths@%s>" % HDOM,
                      daemon_subject(ref, "Step-down plan received - Mosaic 2371190"), ack, None)])
    top = outlook_top(f, addr("Griffiths, Tom", "Tom.Griffiths@" + HDOM), addr(HEH_N, HEH),
                      "RE: " + daemon_subject(ref, "Step-down plan received - Mosaic 2371190"), when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "urgent", "follow_up", True, None, ["2371190"],
        [ch("Poppy Bufton", "2055-02-27", "27/02/2055"), ch("Alfie Bufton", "2050-08-03", "03/08/2050")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A WITHDRAWAL THAT IS ITSELF AN IMMEDIATE RISK: the social worker withdraws the step-down because an "
        "11-week-old has a fractured thigh with an account that does not fit ('not rolling yet'), and the father "
        "means to take her home from the ward today. No alarm word. urgent -> alert_duty (over attach_to_request). "
        "Children and DOBs from the quoted acknowledgement; physical_harm.", not_children=["Tom Griffiths"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2055-06-02 09:50:31"
    ref = "SB-herefordshire-1240"
    chase = sb_chase("step-down", ref, ["Case: Mosaic 2380057",
                                        "Children: Callum Price (21/07/2041), Skye Price (02/12/2045)"],
                     ["the Early Help Assessment step-down plan"])
    body = T("""
Morning,

Step-down plan attached.

For the co-ordinator's information, since the plan mentions it: the children's child protection plan ended in September 2054. There has been no bruising or any other injury seen since, both children say they feel safe, and their father has had no contact since the non-molestation order. Mum's drinking was a concern in 2053; she has been alcohol-free for eighteen months and tests confirm it.

Thanks,
Ffion

Ffion Morgan
Social Worker | Children in Need (South) | Herefordshire Council
""") + quote_chain([(addr(HEH_N, HEH), "01 June 2055 09:00", "Ffion Morgan <Ffion.Morgan@%s>" % HDOM,
                      daemon_subject(ref, "Still needed for your step-down request: step-down plan"), chase, None)])
    plan = docx_att("EHA step-down plan - Price.docx", [
        "# Early Help Assessment step-down plan",
        "Children: Callum Price, Skye Price",
        "What needs to happen: Callum - mentoring at school; Skye - speech and language referral.",
        "Key person: Mrs Annette Lloyd, Family Support Worker, Ross-on-Wye Family Hub.",
        "Background: CP plan ended 09/2054; no incidents since."])
    top = outlook_top(f, addr("Morgan, Ffion", "Ffion.Morgan@" + HDOM), addr(HEH_N, HEH),
                      "RE: " + daemon_subject(ref, "Still needed for your step-down request: step-down plan"), when)
    add(f, mail(f, top, body + "\n" + HDISC, [plan], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "near_miss", "follow_up", False, None, ["2380057"],
        [ch("Callum Price", "2041-07-21", "21/07/2041"), ch("Skye Price", "2045-12-02", "02/12/2045")],
        [], None, None, [], None, "attach_to_request",
        "A reply sending the plan stepbot chased, with a resolved history: a child protection plan ended in 2054, "
        "'no bruising or any other injury seen since', 'no contact' under a non-molestation order, mum's drinking "
        "'a concern in 2053', alcohol-free for eighteen months. Historic / negated -> not urgent, no concerns. "
        "follow_up -> attach_to_request.", not_children=["Ffion Morgan", "Annette Lloyd"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2055-06-04 14:44:10"
    body = T("""
Dear Early Help Co-ordinators,

Step-down to Early Help (level 3) for the Lévesque sibling group, Mosaic 2384416, following the Child and Family Assessment decision on 25 May.

Zoë Lévesque - 07/04/2043
Noé Lévesque - 30 October 2046
Máire-Ann Lévesque - 2049-01-15

I talked the plan through with Verity Lang at the Tuesday drop-in on 1 June. The key person is Gareth Bowen-Pugh, Family Support Worker at Leominster Family Hub, who has met the family.

Mum signed the consent form on 1 June - it is attached with the step-down plan (plan completed 03/06/2055).

Kind regards
Anwen Lloyd-Hughes
Social Worker | Children in Need (North) | Herefordshire Council
""")
    plan = docx_att("EHA step-down plan - Levesque.docx", [
        "# Early Help Assessment step-down plan", "Children: Zoë, Noé and Máire-Ann Lévesque",
        "Plan completed: 03/06/2055",
        "What needs to happen: Zoë - young carers group; Noé - after-school club; mum - parenting course.",
        "Key person: Gareth Bowen-Pugh, Leominster Family Hub."])
    form = pdf_att("Consent form - Levesque - signed.pdf", "Consent to Early Help support", [
        "I consent to my family receiving Early Help support.", "Signed: S. Levesque (mother)   Date: 01/06/2055"])
    # The body is UTF-8 but Outlook's header says windows-1252 (a wrong charset label).
    tp = text_part(body + "\n" + HDISC, charset="utf-8", cte="quoted-printable", crlf=True)
    tp.headers[0] = ("Content-Type", 'text/plain; charset="windows-1252"')
    root = multipart("mixed", [tp, plan, form], bnd(f, 1))
    top = outlook_top(f, addr("Lloyd-Hughes, Anwen", "Anwen.Lloyd-Hughes@" + HDOM), addr(HEH_N, HEH),
                      "Step-down - Levesque siblings - Mosaic 2384416", when)
    add(f, build(top, root, True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["2384416"],
        [ch("Zoë Lévesque", "2043-04-07", "07/04/2043"), ch("Noé Lévesque", "2046-10-30", "30 October 2046"),
         ch("Máire-Ann Lévesque", "2049-01-15", "2049-01-15")],
        ["young_carer"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down with A WRONG CHARSET LABEL (UTF-8 bytes declared "
        "windows-1252): the accented names (Zoë, Noé, Máire-Ann Lévesque) are labelled as meant. Three DOB formats; "
        "'plan completed 03/06/2055' and 'decision on 25 May' are not DOBs. Signed consent form (.pdf) + plan "
        "(.docx) + key person with agency -> nothing missing -> book_meeting. 'level 3' stated. Zoë's young carers "
        "group -> young_carer. Discussed at the drop-in already (changes only the panel).",
        not_children=["Anwen Lloyd-Hughes", "Gareth Bowen-Pugh", "Verity Lang"], true_charset="utf-8")

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2055-07-08 18:05:49"
    ref = "SB-herefordshire-1301"
    chase = sb_chase("step-down", ref, ["Case: Mosaic 2390342", "Children: Ruby-Mae Gittins (19/06/2050)"],
                     ["the Early Help Assessment step-down plan"], footer=False)
    body = T("""
Plan attached as requested.

Owen
""") + quote_chain([(addr(HEH_N, HEH), "08 July 2055 09:00", "Owen Prosser <Owen.Prosser@%s>" % HDOM,
                      daemon_subject(ref, "Still needed for your step-down request: step-down plan"), chase, None)])
    plan = docx_att("Step-down plan Gittins v2.docx", [
        "# Early Help Assessment step-down plan",
        "Child: Ruby-Mae Gittins (19/06/2050)",
        "What needs to happen: parenting support for mum; Ruby-Mae to start the nurture group in September.",
        "Key person: to be confirmed.",
        "# Update 8 July (home visit 4pm)",
        "Ruby-Mae had four round bruises in a row on the top of her left arm, each the size of a fingertip, and a "
        "split lower lip. She told me \"Gary squeezed me cos I spilt the juice\". Gary (mum's partner) lives at the "
        "house. Mum starts a night shift at the care home at 8 tonight and Ruby-Mae will be at home with Gary until "
        "the morning. I told mum I am passing this on."])
    top = outlook_top(f, addr("Prosser, Owen", "Owen.Prosser@" + HDOM), addr(HEH_N, HEH),
                      "RE: " + daemon_subject(ref, "Still needed for your step-down request: step-down plan"), when)
    add(f, mail(f, top, body, [plan], html_alt=True), "herefordshire", "early_help_duty", when, 2,
        "urgent", "follow_up", True, None, ["2390342"], [ch("Ruby-Mae Gittins", "2050-06-19", "19/06/2050")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A RISK TOLD ONLY IN AN ATTACHMENT: the reply is 'Plan attached as requested.' (18:05, out of hours); the "
        "attached plan's 'Update 8 July' records fingertip bruises and a split lip on a 5-year-old who says mum's "
        "partner did it, and she is alone with him tonight. No alarm word. urgent -> alert_duty (EDT). "
        "physical_harm.", not_children=["Owen Prosser"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2055-06-28 08:30:05"
    text = T("""
HEREFORDSHIRE SAFEGUARDING CHILDREN PARTNERSHIP - E-BULLETIN 14, JUNE 2055

1. Bruising in babies who are not yet mobile
Our updated protocol applies to any bruise on a baby who is not yet crawling or rolling. Case example (fictional): a 10-week-old brought to A&E with a swollen thigh and an explanation that she "rolled off the changing mat". What would you do next?

2. FGM awareness before the summer holidays
Schools should be alert to girls who talk about a "special ceremony" abroad over the holidays.

3. Child exploitation week
Signs include new phones, unexplained money and older "friends" with cars.

4. Training dates: Level 3 multi-agency safeguarding, 13 and 20 July.

The examples in this bulletin are fictional and for learning only.

You are receiving this because you subscribed to the HSCP e-bulletin.
Unsubscribe: https://hscp.example.org/unsubscribe
""")
    top = [("From", addr("HSCP e-bulletin", "ebulletin@hscp.example.org")), ("To", addr(HEH_N, HEH)),
           ("Subject", "HSCP e-bulletin 14 - June 2055"), ("Date", email.utils.format_datetime(dt(when))),
           ("Message-ID", msgid(f, "hscp.example.org")), ("List-Id", "HSCP e-bulletin <ebulletin.hscp.example.org>"),
           ("List-Unsubscribe", "<https://hscp.example.org/unsubscribe>"), ("Precedence", "bulk")]
    add(f, alt_mail(f, top, text, html_of(text, "Verdana")), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "A NEWSLETTER (List-Id, List-Unsubscribe, Precedence: bulk) whose fictional case example (a 10-week-old with a "
        "swollen thigh who 'rolled off the changing mat') mirrors herefordshire_02, with FGM and exploitation "
        "signs. Bulletin examples -> not urgent -> other -> human_review.")

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2055-06-15 11:11:27"
    body = T("""
Hello,

Sending this here as the MASH address bounced back to me this morning.

We are the Home Treatment Team. Mr Darren Hales (44) is under our care with a relapse of psychosis and stopped his medication last week. He has made threats towards his neighbour, an older man, and police are aware. He lives alone in a one-bedroom flat in Bromyard, has no children, and has no contact with any children - his only family is a brother in Worcester.

We are not asking for anything from children's services; we were asked to check whether any children are known at the address, and we believe there are none. Adult safeguarding have the referral about the neighbour.

Regards
Mental Health Home Treatment Team (Herefordshire)
""")
    top = outlook_top(f, addr("Home Treatment Team", "hometreatment@hmht.example.nhs.uk"), addr(HEH_N, HEH),
                      "Mr D Hales - no children at address - FYI", when, mid_domain="hmht.example.nhs.uk")
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "RISK TO AN ADULT ONLY, FROM AN ADULT WITH NO CHILD: a mental-health team tells the Early Help inbox about a "
        "44-year-old in a psychotic relapse threatening an older neighbour; he 'has no children, and has no contact "
        "with any children'. Not a child-protection risk -> not urgent; no request -> other -> human_review.",
        not_children=["Darren Hales"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2055-06-10 19:02:50"
    data = google_reply(f, when, "Nia Castle", "nia.castle@" + HDOM, (HEH_N, HEH), "ACCEPTED",
                        "Step-down drop-in [SB-herefordshire-1266]", "20550615T093000Z", "20550615T100000Z",
                        "Microsoft Teams", "Tue 15 Jun 2055 10:30 - 11:00 (BST)")
    add(f, data, "herefordshire", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "A Google Calendar iTIP REPLY (PARTSTAT=ACCEPTED, invite.ics attached, UTC times) to the Tuesday drop-in "
        "stepbot offered, [SB-herefordshire-1266] in the summary -> meeting_reply -> record_reply.")
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

# England & Wales bank holidays in 2055 that fall on a weekday (the `holidays` package's list, which set_checks()
# re-derives and compares): New Year's Day Friday 1 January; Good Friday 16 April; Easter Monday 19 April; the Early
# May bank holiday ("May Day") Monday 3 May; Spring Bank Holiday Monday 31 May; Late Summer Bank Holiday Monday
# 30 August; Christmas Day and Boxing Day fall on a Saturday and Sunday, so the substitute days are Monday 27 and
# Tuesday 28 December.
BANK_HOLIDAYS = {date(2055, 1, 1), date(2055, 4, 16), date(2055, 4, 19), date(2055, 5, 3), date(2055, 5, 31),
                 date(2055, 8, 30), date(2055, 12, 27), date(2055, 12, 28)}
IN_WINDOW = {date(2055, 4, 16): "Good Friday", date(2055, 4, 19): "Easter Monday", date(2055, 5, 3): "May Day",
             date(2055, 5, 31): "Spring Bank Holiday"}
# The brief's window is "mid-April to mid-July 2055" (the summer term). It is taken as Tuesday 13 April - Friday
# 16 July 2055: the week before Easter (so a notice count can cross Good Friday and Easter Monday) to the last Friday
# of mid-July (17 July 2055 is a Saturday).
WINDOW = (datetime(2055, 4, 13, tzinfo=LON), datetime(2055, 7, 16, 23, 59, 59, tzinfo=LON))
# BST began at 01:00 UTC on Sunday 28 March 2055 and ends at 01:00 UTC on Sunday 31 October 2055.
BST_START = datetime(2055, 3, 28, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2055, 10, 31, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2055

def expected_offset(d):
    return "+0100" if BST_START <= d.astimezone(UTC) < BST_END else "+0000"

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"], 1)}

def parse_dob(w):
    """DOB as written -> ISO. Formats used in this set: dd/mm/yyyy, dd.mm.yyyy, dd-mm-yyyy, yyyy-mm-dd,
    '4th April 2037', '22 March 2037'."""
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

def titled(word):
    """An ALL-CAPS name part as it is labelled: ASHCROFT -> Ashcroft, McGUIRE -> McGuire, FARRELL-OKORO ->
    Farrell-Okoro."""
    out = []
    for p in word.split("-"):
        if p[:2].upper() == "MC" and len(p) > 2:
            out.append("Mc" + p[2:].capitalize())
        else:
            out.append(p.capitalize())
    return "-".join(out)

def normalised(as_written):
    """'DUFFY, Tiana' -> 'Tiana Duffy'; 'LEXI ASHCROFT' -> 'Lexi Ashcroft' (a forename in capitals is title-cased
    too)."""
    if "," in as_written:
        sur, fore = [x.strip() for x in as_written.split(",", 1)]
    else:
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

YEAR = re.compile(r"\b(2\d{3})\b")      # a standalone 4-digit number starting with 2 (hex ids are not standalone)
CASE_ID_FORM = re.compile(r"(EHM|ICS|LCS)-\d{5,7}|\d{6,7}")

def parse(f):
    return email.message_from_bytes(FILES[f], policy=email.policy.default)

def all_headers(msg):
    """Every header value of every part (the top headers and each MIME part's)."""
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
    if e["urgent"] and e["next_action"] != "alert_duty": err("urgent without alert_duty")
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
    # the message itself
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
    text = readable(msg, META[f]["true_charset"])
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
    if META[f]["attachment_only"]:
        bt = body_text(msg)
        for c in e["children"]:
            if c["name"] in bt: err("child %s should be named in full only in an attachment" % c["name"])
    for name in META[f]["not_children"]:
        if name not in text: err("excluded person %s not in text" % name)
        if any(name == c["name"] or name.split()[0] in c["name"].split() for c in e["children"]):
            err("excluded person %s labelled as a child" % name)
    for name, w in META[f]["adults"]:
        if w not in text: err("adult %s's DOB %s not in text" % (name, w))
        if age_years(date.fromisoformat(parse_dob(w)), now.date()) < 18: err("%s is not 18 at now" % name)
        if name not in META[f]["not_children"]: err("adult %s must be listed as not a child" % name)
    for cid in e["case_ids"]:
        if cid not in text: err("case id %s not in text" % cid)
    return errors

CAT_EXPECTED = {"urgent": 11, "near_miss": 11, "ordinary": 18}

def check():
    errors = []
    seen = set()
    for lab in LABELS:
        if lab["file"] in seen: errors.append("%s: duplicate file" % lab["file"])
        seen.add(lab["file"])
        try:
            errors += check_file(lab)
        except Exception as ex:                      # a check that cannot run is a failed check
            errors.append("%s: check raised %r" % (lab["file"], ex))
    for f, what, fn in CUSTOM:
        try:
            ok = fn(parse(f))
        except Exception as ex:
            ok = False; what += " (%r)" % ex
        if not ok: errors.append("%s: structural check failed: %s" % (f, what))
    for f, phrase, field, value in WORDING:
        lab = _lab(f)
        try:
            present = phrase in readable(parse(f)) or phrase in str(parse(f)["Subject"])
        except Exception:
            present = False
        if not present: errors.append("%s: wording check: %r not in the text" % (f, phrase))
        if lab["expect"][field] is not value:
            errors.append("%s: wording check: %r means %s %s, label %s" % (f, phrase, field, value, lab["expect"][field]))
    per = {}
    for lab in LABELS:
        per.setdefault(lab["authority"], []).append(CATS[lab["file"]])
    for a in ("knowsley", "richmond_wandsworth", "tower_hamlets", "torbay", "herefordshire"):
        if len(per.get(a, [])) != 8: errors.append("%s: needs 8 files, has %d" % (a, len(per.get(a, []))))
    tot = {c: list(CATS.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}
    if tot != CAT_EXPECTED or sum(tot.values()) != 40 or tot["urgent"] < 10 or tot["near_miss"] < 10:
        errors.append("set: category totals %s, expected %s (at least 10 urgent and 10 near misses)" % (tot, CAT_EXPECTED))
    kinds = {l["expect"]["kind"] for l in LABELS}
    if kinds != KINDS: errors.append("set: kinds present %s, need every kind" % sorted(kinds))
    return errors, tot

# ----------------------------------------------------------------------------- structural checks
SEP = "________________________________"
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

def _now(f):
    return datetime.fromisoformat(_lab(f)["now"])

def _today(f):
    return _now(f).astimezone(LON).date()

def _date(msg):
    return email.utils.parsedate_to_datetime(msg["Date"])

def _att(msg, pred=lambda p: True):
    return [p for p in msg.walk() if not p.is_multipart() and p.get_filename() and pred(p)]

def _blocks(msg):
    return _plain(msg).split(SEP)

def _no_alarm(msg):
    return not ALARM.search(readable(msg))

def _no_plain(msg):
    return not any(p.get_content_type() == "text/plain" and not p.get_filename() for p in msg.walk()
                   if not p.is_multipart())

def _cal(msg):
    return [p for p in msg.walk() if p.get_content_type() == "text/calendar"]

def _wd(f):
    return working_days(_today(f), META[f]["meeting"])

def _pw(f):
    return plain_weekdays(_today(f), META[f]["meeting"])

def _exts(msg):
    return [p.get_filename().rsplit(".", 1)[1] for p in _att(msg)]

def add_kind_checks():
    """Per kind: follow-ups carry an [SB-...] reference in the subject, meeting replies exactly one text/calendar
    METHOD:REPLY part, auto-replies an Auto-Submitted header; new requests and other mail carry no [SB-...]."""
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

# The expected whole-set facts the README states (set_checks() recomputes and compares them).


# ----------------------------------------------------------------------------- structural and wording checks
def _subj(m):
    return str(m["Subject"])

def _quoted_only(f, phrase):
    """`phrase` appears only below the first quoted / forwarded header (never in the new text)."""
    p = _plain(parse(f))
    cut = min(i for i in (p.find(SEP), p.find("\nOn ")) if i >= 0)
    return phrase not in p[:cut] and phrase in p[cut:]

CUSTOM = [
    ("knowsley_01.eml", "sent to both inboxes (MASH in To, Family First duty in Cc) with an iTIP REQUEST",
     lambda m: KMASH in str(m["To"]) and KFF in str(m["Cc"]) and [(p.get_param("method") or "") for p in _cal(m)] == ["REQUEST"]),
    ("knowsley_02.eml", "the new text is one word and the only attachment is the TAF minutes",
     lambda m: _plain(m).split(SEP)[0].strip() == "Attached.\n\nLorna".strip() and _exts(m) == ["docx"]),
    ("knowsley_03.eml", "children named only in the quoted chaser", lambda m: _quoted_only("knowsley_03.eml", "Lily-Mae Corkhill")),
    ("knowsley_06.eml", "the resend is a forward of knowsley_05's body with no [SB-] reference",
     lambda m: K05_BODY.strip() in _plain(m).replace("\r\n", "\n") and _subj(m).startswith("FW: ")),
    ("knowsley_07.eml", "out-of-office to stepbot's own chaser", lambda m: "[SB-knowsley-1440]" in _subj(m) and _subj(m).startswith("Automatic reply:")),
    ("richmond_wandsworth_02.eml", "the risk is only in the COMMENT of a DECLINED reply",
     lambda m: "PARTSTAT=DECLINED" in readable(m) and "COMMENT" in readable(m) and "x-ray" in readable(m)),
    ("richmond_wandsworth_03.eml", "the forward's note on top has no child's name; the request is below the rule",
     lambda m: "Okafor-Lindqvist (" not in _plain(m).split(SEP)[0] and RSU in _plain(m).split(SEP)[1] and RSU not in str(m["To"]) + str(m["Cc"] or "")),
    ("richmond_wandsworth_05.eml", "the second child is added in the reply, the first is in the quoted ack",
     lambda m: "Tomás Ó Briain-Reyes" in _plain(m).split("\nOn ")[0] and "> Children: Mariana Ó Briain" in _plain(m)),
    ("richmond_wandsworth_06.eml", "bulletin headers", lambda m: m["List-Id"] and m["List-Unsubscribe"] and m["Precedence"] == "bulk"),
    ("richmond_wandsworth_07.eml", "sent to both inboxes, HTML-only, out of hours",
     lambda m: RSU in str(m["To"]) and RED in str(m["Cc"]) and _no_plain(m) and _date(m).hour >= 19),
    ("tower_hamlets_02.eml", "the note on top is routine; the risk is only in the forwarded reply",
     lambda m: "lighter" not in _plain(m).split(SEP)[0] and "lighter" in _plain(m).split(SEP)[1] and TMAST in str(m["Cc"])),
    ("tower_hamlets_03.eml", "HTML-only body with an HTML table of children", lambda m: _no_plain(m) and "<table" in _html(m)),
    ("tower_hamlets_05.eml", "sent to both inboxes", lambda m: TMAST in str(m["To"]) and TEH in str(m["Cc"])),
    ("tower_hamlets_08.eml", "a multipart/report NDR for stepbot's chaser", lambda m: m.get_content_type() == "multipart/report" and "[SB-tower_hamlets-3298]" in _subj(m)),
    ("torbay_02.eml", "byte-identical body and attachment to torbay_01, new Message-ID and Date",
     lambda m: FILES["torbay_02.eml"].split(b"MIME-Version")[1] == FILES["torbay_01.eml"].split(b"MIME-Version")[1]
     and m["Message-ID"] != parse("torbay_01.eml")["Message-ID"] and m["Date"] != parse("torbay_01.eml")["Date"]),
    ("torbay_03.eml", "the risk is only after 'PS'", lambda m: "drink" not in _plain(m).split("PS ")[0] and "drink" in _plain(m).split("PS ")[1]),
    ("torbay_04.eml", "the risk is only in the subject; the new text is one line",
     lambda m: "tablets" in _subj(m) and "tablets" not in _plain(m) and _plain(m).strip().startswith("Consent form attached.")),
    ("herefordshire_01.eml", "a one-line reply whose only attachment is the signed consent form",
     lambda m: _plain(m).strip().startswith("Signed consent form attached.\n\nRhodri") and _exts(m) == ["pdf"]),
    ("herefordshire_04.eml", "UTF-8 bytes under a windows-1252 label",
     lambda m: _att(m) and [p for p in m.walk() if p.get_content_type() == "text/plain"][0].get_content_charset() == "windows-1252"
     and "Zoë".encode("utf-8") in [p for p in m.walk() if p.get_content_type() == "text/plain"][0].get_payload(decode=True)),
    ("herefordshire_05.eml", "the risk is only in the attached plan",
     lambda m: "Gary" not in body_text(m) and "Gary" in readable(m)),
    ("herefordshire_06.eml", "bulletin headers", lambda m: m["List-Id"] and m["Precedence"] == "bulk"),
]

WORDING = [
    ("knowsley_01.eml", "discussed the step up with me in supervision on 9 April and agreed it", "manager_agreed", True),
    ("knowsley_01.eml", "Mum is aware we are stepping up", "consent", None),
    ("knowsley_04.eml", "has signed the Family First consent form", "consent", True),
    ("knowsley_05.eml", "Dad has consented to the step down", "consent", True),
    ("richmond_wandsworth_03.eml", "have both given consent for Early Help to continue the plan", "consent", True),
    ("richmond_wandsworth_08.eml", "Mum is happy to carry on with the Early Help plan", "consent", None),
    ("tower_hamlets_01.eml", "Agreed.", "manager_agreed", True),
    ("tower_hamlets_02.eml", "Team manager agreed the request on 28/04/2055", "manager_agreed", True),
    ("tower_hamlets_03.eml", "consented to the step-down at the CIN review", "consent", True),
    ("tower_hamlets_05.eml", "has agreed the step up", "manager_agreed", True),
    ("tower_hamlets_05.eml", "Mum agrees to the referral", "consent", True),
    ("torbay_01.eml", "confirming the threshold for level 3 is met", "manager_agreed", True),
    ("torbay_01.eml", "Both parents gave consent for level 3 Early Help", "consent", True),
    ("torbay_04.eml", "I give my consent for my family to receive level 3 Early Help support", "consent", True),
    ("torbay_05.eml", "I agree the step down", "manager_agreed", True),
    ("torbay_06.eml", "mum has declined Early Help", "consent", False),
    ("herefordshire_01.eml", "I consent to my family receiving Early Help support", "consent", True),
    ("herefordshire_04.eml", "Mum signed the consent form on 1 June", "consent", True),
]

# The expected whole-set facts the README states (set_checks() recomputes and compares them).
QUIET_EXPECTED = ["herefordshire_02.eml", "herefordshire_05.eml", "knowsley_03.eml", "knowsley_08.eml",
                  "richmond_wandsworth_02.eml", "richmond_wandsworth_07.eml", "torbay_03.eml", "torbay_04.eml",
                  "tower_hamlets_02.eml", "tower_hamlets_06.eml"]
COUNTS_EXPECTED = {                   # file: (working days, plain weekdays) from the London date of `now`
    "knowsley_01.eml": (4, 6), "knowsley_04.eml": (4, 5), "knowsley_05.eml": (5, 6), "knowsley_06.eml": (4, 5)}
DECISIVE_EXPECTED = ["knowsley_01.eml", "knowsley_04.eml", "knowsley_06.eml"]
QUIET, COUNTS = [], {}

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2055])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: the bank holidays in the window are %s, expected %s" % (inside, IN_WINDOW))
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2055, 3) and BST_END.date() == last_sun(2055, 10)):
        errors.append("set: BST must start on the last Sunday of March 2055 and end on the last Sunday of October")
    d = WINDOW[0].date()
    while d <= WINDOW[1].date():
        noon = datetime(d.year, d.month, d.day, 12, tzinfo=LON)
        if noon.utcoffset() != timedelta(hours=1):
            errors.append("set: %s has offset %s, the window must be BST throughout" % (d, noon.utcoffset()))
        d += timedelta(days=1)
    if not (WINDOW[0].date() == date(2055, 4, 13) and WINDOW[0].weekday() == 1 and WINDOW[1].date() == date(2055, 7, 16)
            and WINDOW[1].weekday() == 4 and date(2055, 7, 17).weekday() == 5):
        errors.append("set: the window must run from Tuesday 13 April to Friday 16 July 2055")
    quiet, counts, offsets = [], {}, {}
    for lab in LABELS:
        f = lab["file"]
        try:
            msg = parse(f)
            text = readable(msg, META[f]["true_charset"])
        except Exception as ex:
            errors.append("%s: unreadable (%r)" % (f, ex)); continue
        offsets[msg["Date"].strip()[-5:]] = offsets.get(msg["Date"].strip()[-5:], 0) + 1
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
    if len(quiet) < 6:
        errors.append("set: only %d urgent mails avoid every alarm word (need 6)" % len(quiet))
    if counts != COUNTS_EXPECTED:
        errors.append("set: Knowsley notice counts are %s, expected %s" % (counts, COUNTS_EXPECTED))
    if not all(any(_today(f) < h <= META[f]["meeting"] for h in BANK_HOLIDAYS) for f in counts):
        errors.append("set: every Knowsley count must cross a bank holiday")
    decisive = sorted(f for f in counts if (counts[f][1] >= 5) != (counts[f][0] >= 5))
    if decisive != DECISIVE_EXPECTED:
        errors.append("set: counts a bank holiday decides are %s, expected %s" % (decisive, DECISIVE_EXPECTED))
    crossed = {h for f in counts for h in BANK_HOLIDAYS if _today(f) < h <= META[f]["meeting"]}
    if crossed != set(IN_WINDOW):
        errors.append("set: the counts must cross Easter, May Day and the Spring Bank Holiday between them: %s" % crossed)
    if set(offsets) != {"+0100"}:
        errors.append("set: Date offsets %s (the window is BST throughout: all +0100)" % offsets)
    # the theme: follow-ups dominate; every follow_up and reply names a reference of its own authority
    for lab in LABELS:
        s = str(parse(lab["file"])["Subject"])
        for r in re.findall(r"\[SB-([a-z_]+)-\d+\]", s):
            if r != lab["authority"]:
                errors.append("%s: reference for %s in a %s mail" % (lab["file"], r, lab["authority"]))
    nfu = sum(1 for l in LABELS if l["expect"]["kind"] == "follow_up")
    if nfu < 15:
        errors.append("set: only %d follow-ups (the theme asks for replies to stepbot's own mail)" % nfu)
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
           "urgent with no alarm word anywhere: %s" % QUIET,
           "Knowsley counts (WD, plain weekdays): %s" % COUNTS]
    table = {}
    for l in LABELS:
        table.setdefault(l["authority"], Counter())[CATS[l["file"]]] += 1
    for a, c in table.items():
        out.append("%s %s" % (a, dict(c)))
    out.append("dates %s" % sorted(Counter(str(datetime.fromisoformat(l["now"]).date()) for l in LABELS).items()))
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
