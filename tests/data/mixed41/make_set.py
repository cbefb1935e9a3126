#!/usr/bin/env python3
"""mixed41: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the spring term of 2060 (Monday 5 January - Friday 2 April 2060), in professional disagreement and case
transitions: step-downs refused or contested and escalated under a resolution-of-professional-disagreement (RPD)
process, threshold disputes between Early Help and social care, cases transferred between teams or localities, case
reallocation when a worker leaves (with the out-of-office and the bounce that follow), closures and re-referrals, a
manager overruling a practitioner (both ways), and a worker correcting or retracting what a colleague sent, alongside
ordinary practitioners' requests.

Window: Monday 5 January - Friday 2 April 2060 (the last school day before the Easter holidays). New Year's Day
(Thursday 1 January) is before it; Easter 2060 is late (Good Friday 16 April, Easter Monday 19 April), after it; there
is no English bank holiday inside the window. The clocks go forward at 01:00 UTC on Sunday 28 March 2060: mail up to
Friday 26 March is +0000, mail from Monday 29 March is +0100. One Knowsley notice count is decided by the BST date
(knowsley_03, sent at 00:38 BST on Thursday 1 April = 23:38 UTC on Wednesday 31 March) and one by a correction
(knowsley_04: the colleague's draft gave a date 2 working days away, the correction one 5 away).

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, Content-IDs and calendar UIDs
come from sha1 of the file name; zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py
(`--stats` prints the tallies). pypdf and python-docx are used only by the self-checks, to read the hand-built PDFs
and .docx files back; `holidays` is required and must agree with the script's own bank-holiday list. The MIME, Word
HTML, PDF, .docx, iCalendar, out-of-office, bounce, quote-chain, working-day and readable-text helpers are copied from
/work/main/tests/data/mixed27/make_set.py and adapted. Every label was set by hand from the specification
(/work/shared/DESIGN.md, REQUIREMENTS.md, the seeds and config/authorities/*.yaml); the self-checks only verify them
against its rules and STOP on any error before anything is written.
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
    """Local (Europe/London) wall-clock time. The window (Monday 5 January - Friday 2 April 2060) is GMT (+0000) up to
    Saturday 27 March and British Summer Time (+0100) from 01:00 UTC on Sunday 28 March 2060. The self-check
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
            zi = zipfile.ZipInfo(name, date_time=(2060, 1, 2, 0, 0, 0))
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



# Disclaimers sit under the signature after a blank line, as the councils' mail gateways add them.
KDISC, RDISC, TDISC, BDISC, HDISC = ("\n" + x for x in (KDISC, RDISC, TDISC, BDISC, HDISC))

# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "Mash.Businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2060-03-24 14:12:37"
    body = T("""
Hi all,

Please find below the invitation to the step up TAF meeting for the Whitfield children (EHM-73318) on Wednesday 31 March at 10am on Teams. The clocks go forward on Sunday, so that is 10am BST.

Background: school made a contact to MASH in February and it was closed at screening on 9 February - the family stayed with us at level 3. Since then things have got worse, not better. The GCP2 I completed with mum on 12 March has physical care and safety both at level 4. I've talked it through in supervision and my team manager, Joanne Crilly, has agreed the step up. I know MASH's view in February was that the threshold wasn't met, so I'd ask that it is looked at again with the GCP2 in front of everyone.

Attached:
- FF Step Up request to CSC (Appendix 1)
- GCP2 summary (12/03/2060)
- TAF minutes (10/03/2060)

Children:
Ellis Whitfield - DOB 11/06/2053
Maisy-Rae Whitfield - DOB 27/01/2057

I've invited the current TAF members (school and the health visitor). Mum knows we are asking for a step up meeting.

Thanks,
Bernadette

Bernadette McAllister
Family First Case Manager | Kirkby Team | Knowsley Council
0151 496 0274
""") + KDISC
    cal = ics("REQUEST", f, dt(when), "20600331T100000", "20600331T113000",
              "Step up TAF meeting - Whitfield - EHM-73318", "Microsoft Teams Meeting", body,
              ("Bernadette McAllister", "Bernadette.McAllister@" + KDOM),
              [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH business support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("Claire Dunphy", "c.dunphy@westvaleprimary.example.sch.uk", "OPT-PARTICIPANT", "NEEDS-ACTION"),
               ("Yetunde Afolabi", "yetunde.afolabi@merseycommunity.example.nhs.uk", "OPT-PARTICIPANT", "NEEDS-ACTION")])
    form = appendix1([
        ("Case ID on EHM:", "EHM-73318"),
        ("Has this family recently closed to Children's Social Care?:",
         "No. A contact from school was closed at MASH screening on 09/02/2060; the family stayed with Family First at level 3."),
        ("Date of step up TAF meeting:", "Wednesday 31 March 2060, 10:00, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium. Mum comes to TAF meetings and is warm with the children, but agreed actions are not followed through."),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 10/03/2060"),
        "What are we worried about?",
        "Current concerns (impact on child): the home has had no working cooker since January and the children are living on "
        "crisps and takeaway; clothes are unwashed and Ellis has been sent home from school twice for smelling; Maisy-Rae has "
        "untreated head lice and a nappy rash the health visitor has asked mum to treat three times. Ellis's attendance is 81%.",
        "Past harm: none recorded. Complicating factors: mum is on her own since dad left in the autumn; debt.",
        "What is working well?",
        "Mum loves the children and they are close to her. Nan visits on Sundays. School breakfast club has Ellis three days a week.",
        "What next?",
        "Goals: the children fed, clean and in school every day. Next steps: a C&F assessment; the TAF to carry on meanwhile.",
        ("Graded Care profile (If neglect should be completed).",
         "Completed with mum 12/03/2060 - summary attached. Physical care 4, safety 4, love 2, esteem 3."),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Up to date police information if applicable:", "No police involvement."),
        ("Agreement by line manager:", "Joanne Crilly, Team Manager, Family First (Kirkby) - agreed 19/03/2060"),
        ("Contingency plan (Smart and timely).",
         "If the step up is not agreed: weekly home visits by the case manager and a GCP2 review in 6 weeks."),
    ])
    atts = [docx_att("FF Step Up request to CSC - Whitfield.docx", form),
            pdf_att("GCP2 summary - Whitfield - 12.03.60.pdf", "Graded Care Profile 2 - summary of scores",
                    ["Family: Whitfield (EHM-73318). Completed with mum by B. McAllister, 12/03/2060.",
                     "Children: Ellis Whitfield (11/06/2053), Maisy-Rae Whitfield (27/01/2057).",
                     "Area 1 Physical care: 4 (food, housing, clothing, hygiene)",
                     "Area 2 Care of safety: 4 (supervision of the toddler; the gas hob and cooker)",
                     "Area 3 Love: 2", "Area 4 Esteem: 3",
                     "Summary: care of the children's physical needs is poor and has got worse since the autumn."]),
            docx_att("TAF minutes - Whitfield - 10.03.60.docx",
                     ["# TAF meeting minutes - Whitfield - 10/03/2060",
                      "Present: mum, B. McAllister (Family First), C. Dunphy (DSL, Westvale Primary), Y. Afolabi (health visitor).",
                      "Review of actions: cooker not replaced; lice treatment not done; attendance down to 81%.",
                      "Agreed: the case manager to complete the GCP2 with mum and to discuss a step up with her team manager."])]
    top = outlook_top(f, addr("McAllister, Bernadette", "Bernadette.McAllister@" + KDOM),
                      "%s, %s" % (addr("Knowsley MASH", KMASH), addr("MASH business support", KBS)),
                      "Step up TAF meeting - Whitfield - EHM-73318", when,
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    add(f, itip_request_mail(f, top, body, cal, atts), "knowsley", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["EHM-73318"],
        [ch("Ellis Whitfield", "2053-06-11", "11/06/2053"), ch("Maisy-Rae Whitfield", "2057-01-27", "27/01/2057")],
        ["neglect", "school_attendance"], None, True, [], True, "book_meeting",
        "THRESHOLD DISPUTE THROUGH THE PROPER ROUTE, AS A TEAMS INVITATION (iTIP METHOD:REQUEST) with three attachments: a "
        "contact closed at MASH screening in February, and Family First now asks for a step-up TAF. Knowsley step-up "
        "(REQUIREMENTS, knowsley step_up): Appendix 1 form (.docx), case id EHM-73318, the team manager 'has agreed the "
        "step up', TAF minutes (.docx), the meeting date and time, and a GCP2 (.pdf) because the concerns include neglect "
        "-> nothing missing. Notice: Wed 24 March (GMT) -> Wed 31 March 10:00 BST = 5 working days, exactly enough "
        "(seed 004: 'at least 5 working days' notice'); the clocks change in between, which does not change a count of "
        "days. The 'Merseyside Exploitation Assessment ... N/A' template line is no concern; 'Mum knows' is not consent "
        "(null). Concerns: neglect, school_attendance (81%). book_meeting.",
        meeting=date(2060, 3, 31), not_children=["Bernadette McAllister", "Joanne Crilly", "Claire Dunphy"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2060-01-15 15:52:10"
    ack = ack_text("step-up", "SB-knowsley-1207", [
        "Case: EHM-72804", "Children: Jordan Prescott (04/05/2053)",
        "Step-up TAF meeting: Wednesday 21 January 2060, 10:00 (Microsoft Teams)"], [])
    body = T("""
Hi MASH,

Two things on this one, sorry.

1. I finish at Knowsley tomorrow (Friday) - I'm moving to Sefton. Jordan's case is being reallocated to Kirsty Molyneux in the Huyton team (kirsty.molyneux@knowsley.gov.uk, 0151 496 0733) and she will present at the step up TAF on Wednesday instead of me. Can the request and the invite be changed over to her please.

2. I've just come from my goodbye visit. Jordan pulled his sleeves up to show me his arms. There are four round blue marks on each upper arm, like fingertips, and they look new. He said Wayne grabbed him and shook him last night because he'd wet the bed, and that Wayne told him he'll "get it worse tonight" if he does it again. Wayne is at the house with him now - mum is on a late shift at the supermarket until 10. Jordan is 6.

I've rung the MASH duty number twice and been held in the queue both times. I'm sat in my car outside the house on Cherryfield Drive and I'm not leaving until someone rings me back on 07700 900 412.

Roisin

Roisin Hegarty
Family First Case Manager | Huyton Team | Knowsley Council

Sent from Outlook for iOS
""") + quote_chain([
        ("Knowsley MASH <knowsleymash@knowsley.gov.uk>", "07 January 2060 11:02", "Hegarty, Roisin <Roisin.Hegarty@knowsley.gov.uk>",
         "[SB-knowsley-1207] Step-up request received - EHM-72804", ack, None)])
    top = outlook_top(f, addr("Hegarty, Roisin", "Roisin.Hegarty@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: [SB-knowsley-1207] Step-up request received - EHM-72804", when)
    add(f, mail(f, top, body), "knowsley", "mash_step_up", when, 4,
        "urgent", "follow_up", True, None, ["EHM-72804"],
        [ch("Jordan Prescott", "2053-05-04", "04/05/2053")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "CASE REALLOCATION THAT CARRIES AN IMMEDIATE RISK: a departing case manager replies to the acknowledgement of "
        "[SB-knowsley-1207] to hand the case to a colleague (a follow_up), and in point 2 reports fresh fingertip bruises on "
        "a 6-year-old, 'shook him last night', 'get it worse tonight', the man at the house with him now and mum out "
        "until 10. No alarm word anywhere. DESIGN safety rule 1 whatever the kind -> urgent -> alert_duty (first in "
        "next_action's order). Child and DOB from the quoted acknowledgement; physical_harm. Wayne (first name, an "
        "adult) and the colleague are not children.",
        not_children=["Kirsty Molyneux", "Roisin Hegarty"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2060-04-01 00:38:44"
    body = T("""
Dear Family First Duty,

Apologies for the hour - I'm catching up after two days in court.

Following the Resolution of Professional Disagreement meeting on Monday 29 March, chaired by Gwen Holloway and Hamish Ibbot as our two Heads of Service (notes attached), it was agreed that the step down of Tia and Obi to Family First at Level 3 should go ahead. I know your duty team declined this step down in February because of the domestic abuse incident last October, and I understand why. The Heads of Service were satisfied that the position has changed:
- Mr Gallagher was sentenced to four years in December and is in prison. There is a restraining order; he has no contact with the children or with Ms Nkemelu.
- The child protection plan ended on 18 January. There have been no incidents and no police call-outs since October.
- Ms Nkemelu has completed the Freedom Programme.

Children:
Tia Gallagher-Nkemelu - 08/08/2050
Obi Gallagher-Nkemelu - 21/12/2054
ICS-1460213

Joint home visit: Wednesday 7 April at 10am, at home - 22 Larkhill Road, Kirkby, L33 9ZB (Ms Nkemelu asked for a time when the children are at school).

What are we worried about?
Ms Nkemelu's low mood - she is waiting for talking therapies and tells me some mornings she can't get up. Tia's attendance has dropped to 84% this term, mostly Mondays.

What is working well?
Ms Nkemelu has kept every CIN visit and meeting, finished the Freedom Programme and has her sister close by. Both children are settled and Obi is doing well in Reception.

What needs to happen?
A Family First case manager to lead a TAF with school and the GP; a Monday-morning plan with school; Ms Nkemelu to be supported to take up the talking therapies appointment.

Ms Nkemelu signed the Family First consent form at the CIN review on 23 March. My team manager, Declan Moss, agrees with the step down.

Kind regards,
Ciara

Ciara MacDermott
Social Worker | Child in Need Team (Kirkby) | Knowsley Council
0151 496 0862
""") + KDISC
    notes = make_pdf("Resolution of Professional Disagreement - meeting notes - 29/03/2060", [
        "Family: Gallagher-Nkemelu (ICS-1460213). Chairs: Gwen Holloway (HoS CIN/CP), Hamish Ibbot (HoS Early Help).",
        "Present: C. MacDermott (SW), D. Moss (TM, CIN Kirkby), E. Marsh (TM, Family First Duty).",
        "Disagreement: Family First duty declined the step down on 11/02/2060 because of the October incident (Mr "
        "Gallagher assaulted Ms Nkemelu, including an attempt to strangle her, with the children in the house).",
        "Information considered: Mr Gallagher sentenced to four years in December; restraining order; no contact since "
        "October; CP plan ended 18/01/2060; no police call-outs; Freedom Programme completed.",
        "Decision: the risk of significant harm from Mr Gallagher is no longer present. Step down to Family First at "
        "Level 3 agreed, with a joint home visit and a TAF review at 6 weeks.",
        "Actions: SW to email the Family First duty mailbox with the visit date and the Signs of Safety headings."])
    top = outlook_top(f, addr("MacDermott, Ciara", "Ciara.MacDermott@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Family First L3 - Gallagher-Nkemelu - ICS-1460213 - following RPD", when,
                      cc=addr("Marsh, Elinor", "Elinor.Marsh@" + KDOM))
    add(f, mail(f, top, body, atts=[binary_part("application/pdf", "RPD notes - Gallagher-Nkemelu - 29.03.60.pdf", notes)],
                html_alt=True), "knowsley", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 3, ["ICS-1460213"],
        [ch("Tia Gallagher-Nkemelu", "2050-08-08", "08/08/2050"), ch("Obi Gallagher-Nkemelu", "2054-12-21", "21/12/2054")],
        ["parental_mental_health", "school_attendance"], True, True, [], False, "request_info",
        "STEP-DOWN REFUSED, ESCALATED AND NOW AGREED AT A RESOLUTION OF PROFESSIONAL DISAGREEMENT: full of risk words "
        "(domestic abuse, an attempted strangulation, 'risk of significant harm', child protection plan) that are all "
        "historic - the perpetrator is in prison with a restraining order and no contact; the CP plan ended in January -> "
        "near miss, not urgent, and domestic_abuse is not a current concern (the three headings worry about mum's mood and "
        "Tia's 84%). Complete Level 3 step-down (seed 004 s.2/s.3: date, time and venue, the three headings; consent "
        "signed). NOTICE DECIDED BY THE LONDON DATE AFTER THE CLOCKS WENT FORWARD: sent 00:38 BST on Thursday 1 April "
        "(23:38 UTC on Wednesday 31 March); DESIGN counts working days after 'today' = the Europe/London date: Fri 2, "
        "Mon 5, Tue 6, Wed 7 April = 4 < 5 -> notice not ok -> request_info (a UTC-date count gives 5). Easter (16/19 "
        "April) is after the visit.",
        meeting=date(2060, 4, 7), not_children=["Declan Moss", "Gwen Holloway", "Hamish Ibbot"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2060-03-04 09:20:15"
    draft = T("""
Step down to Level 2 - Harvey Doyle (DOB 13/10/2052) - ICS-1471950

Final CIN meeting: Monday 8th March at 10am, Whiston Youth Centre
Lead Practitioner: Rachel Quayle, Youth Worker, Whiston Youth Centre

What are we worried about?
Harvey's attendance (88% this year) and his behaviour in class since his ADHD diagnosis in the autumn. Dad finds the evenings hard on his own.

What is working well?
Dad has come to every CIN meeting and finished the ADHD parenting course. Harvey's nan has him on Wednesdays. There have been no incidents at home since the autumn.

What needs to happen?
A Level 2 TAF led by school; school to apply for an EHC needs assessment; dad to carry on with the parents' group.

Sam
""")
    body = T("""
Hi Family First Duty,

My colleague Sam drafted the email below for me while I was on leave and sent it to me to check rather than to you - thank you Sam - but three things in it are wrong, so please use the details in this email:

- The final CIN meeting is NOT Monday 8th March at 10am at Whiston Youth Centre. It is Thursday 11th March at 2pm, at Prescot Family Hub (Room 2), Warrington Road, Prescot.
- The new Lead Practitioner is Mrs Adaeze Okafor, Learning Mentor at St Aidan's CE Primary School - not Rachel Quayle. Rachel is happy to stay on the TAF but not to lead it.
- Harvey's date of birth is 31/10/2052. Sam's draft has 13/10/2052, which is his cousin's.

Everything else in Sam's draft (what we're worried about, what's working well and what needs to happen) is right.

Dad has agreed to the step down and knows Mrs Okafor already.

Thanks,
Niamh

Niamh Ó Súilleabháin
Social Worker | Child in Need Team (Prescot) | Knowsley Council
0151 496 0915
""") + quote("Okoro-Lane, Sam <Sam.Okoro-Lane@knowsley.gov.uk>", "26 February 2060 16:41",
             "Ó Súilleabháin, Niamh <Niamh.OSuilleabhain@knowsley.gov.uk>",
             "Step down Level 2 - Harvey Doyle - ICS-1471950 (DRAFT for Niamh to check)", draft) + "\n" + KDISC
    top = outlook_top(f, addr("Ó Súilleabháin, Niamh", "Niamh.OSuilleabhain@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "FW: Step down Level 2 - Harvey Doyle - ICS-1471950 (corrected - please use this one)", when,
                      cc=addr("Okoro-Lane, Sam", "Sam.Okoro-Lane@" + KDOM))
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 2, ["ICS-1471950"],
        [ch("Harvey Doyle", "2052-10-31", "31/10/2052")],
        ["disability_send", "school_attendance"], True, None, [], True, "book_meeting",
        "A WORKER CORRECTING A COLLEAGUE'S DRAFT: the allocated social worker forwards the draft a colleague wrote (it "
        "never reached the duty mailbox) with three corrections. The latest statement wins: the final CIN is Thursday 11 "
        "March 14:00 at Prescot Family Hub (not Monday 8 March), the Lead Practitioner is Mrs Okafor of St Aidan's (named "
        "with her agency), Harvey's DOB is 31/10/2052 (not 13/10/2052). Level 2 (REQUIREMENTS, knowsley step_down level 2: "
        "meeting_details, worries_strengths_next - the three headings in the quoted draft, confirmed as right - and "
        "lead_practitioner) -> nothing missing. NOTICE DECIDED BY THE CORRECTION: Thu 4 March -> Thu 11 March = 5 working "
        "days, ok; the draft's Mon 8 March would be 2. Consent ('Dad has agreed to the step down') true though not needed "
        "at level 2. Concerns: ADHD/EHC needs assessment -> disability_send; 88% -> school_attendance.",
        meeting=date(2060, 3, 11), not_children=["Rachel Quayle", "Adaeze Okafor"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2060-02-12 11:47:02"
    body = T("""
Dear Corinne,

I'm writing at stage 2 of the Knowsley Safeguarding Partnership Multi Agency Escalation Policy about the Lowe children (EHM-71156). The step up TAF on 4 February decided that the family should remain at Level 3. Our case manager, Lewis Ashworth, talked it through with me afterwards as the protocol asks, and we remain worried about that decision. My letter is attached; in short:

- The GCP2 in January scored physical care and safety at level 4.
- In November Kaci (then 4) was found by a neighbour in the street at 2am in her pyjamas while mum was asleep after drinking.
- Mum's drinking has been the thread through every TAF since last spring.

To be clear, this is not an immediate safeguarding concern and I'm not asking for anything today. Since 6 February Kaci and Brody have been living with their nan, Mrs Pauline Lowe, in Prescot while mum is in a residential detox placement. They are safe and well looked after there, school have no concerns, and mum has agreed they stay with nan until she is discharged on 5 March. Our worry is what happens when she comes home.

Children: Kaci Lowe (03/04/2055) and Brody Lowe (19/09/2049).

I'd like us to talk before mum's discharge. If we can't agree I'll take it to the contact meeting, as the protocol says.

Kind regards,
Joanne

Joanne Crilly
Team Manager | Family First 0-18 (Kirkby) | Knowsley Council
0151 496 0288
""") + KDISC
    letter = make_pdf("Escalation - stage 2 - Lowe children - EHM-71156", [
        "To: Corinne Oduya, MASH Team Manager. From: Joanne Crilly, Team Manager, Family First (Kirkby). 12/02/2060.",
        "Decision escalated: step up TAF 04/02/2060 - remain at Level 3.",
        "Our concerns: chronic neglect linked to mum's alcohol use; GCP2 (January) physical care 4, safety 4; the November",
        "incident when Kaci was found alone in the street at night; two missed health appointments for Brody's asthma.",
        "Current position: the children are safe with their maternal grandmother while mum is in residential detox",
        "(discharge due 05/03/2060). There is no immediate risk to them while they are there.",
        "Request: a discussion with the MASH Team Manager before 05/03/2060 about a C&F assessment on mum's return; if we do",
        "not agree, the case goes to the contact meeting (Knowsley step-up protocol, section 4)."])
    top = outlook_top(f, addr("Crilly, Joanne", "Joanne.Crilly@" + KDOM), addr("Oduya, Corinne", "corinne.oduya@" + KDOM),
                      "Escalation - stage 2 - step up not agreed at TAF 4 February - Lowe children - EHM-71156", when,
                      cc="%s, %s" % (addr("Knowsley MASH", KMASH), addr("Faulk, Desmond", "desmond.faulk@" + KDOM)))
    add(f, mail(f, top, body, atts=[binary_part("application/pdf", "Escalation stage 2 - Lowe - EHM-71156.pdf", letter)],
                html_alt=True), "knowsley", "mash_step_up", when, 3,
        "near_miss", "other", False, None, ["EHM-71156"],
        [ch("Kaci Lowe", "2055-04-03", "03/04/2055"), ch("Brody Lowe", "2049-09-19", "19/09/2049")],
        ["neglect", "substance_misuse"], None, None, [], None, "human_review",
        "A THRESHOLD DISPUTE AFTER A STEP-UP TAF, ESCALATED (seed 004 s.4: 'escalated to the MASH Team Manager for "
        "discussion, if no agreement take to contact meeting'): a team manager's stage 2 letter, Cc the MASH inbox, with no "
        "stepbot reference and no new request -> other -> human_review (business support pass it to the MASH team "
        "manager). Full of risk words ('found ... in the street at 2am', level 4 neglect scores, 'immediate "
        "safeguarding concern') but the children are 'safe and well looked after' with their grandmother and the letter "
        "says 'not an immediate safeguarding concern' -> near miss. Concerns: the neglect and mum's drinking the dispute is "
        "about. No consent or manager agreement is stated.",
        not_children=["Pauline Lowe", "Lewis Ashworth", "Joanne Crilly"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2060-03-30 08:47:55"
    data = itip_reply(f, when, "Farid Quayle", "farid.quayle@" + KDOM,
                      ("Family First 0-18 Duty Mailbox", KFF), "DECLINED",
                      "Final CIN meeting - Level 3 step down - ICS-1468820 [SB-knowsley-1260]", "20600406T140000",
                      "20600406T150000", "Huyton Family Hub, Meeting Room 1",
                      comment="Sorry - I'm on leave from 2 April and my cases are being reallocated within the duty team. "
                              "Elinor will confirm which case manager goes instead.")
    add(f, data, "knowsley", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["ICS-1468820"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=DECLINED, from the Family First case manager the duty mailbox invited to a Level 3 "
        "final CIN meeting (Tuesday 6 April 14:00 BST); the COMMENT says his cases are being reallocated. Sent on the "
        "first Tuesday of BST (+0100). The SUMMARY carries ICS-1468820 -> case_ids. meeting_reply -> record_reply.")

def knowsley_07():
    f = "knowsley_07.eml"; when = "2060-02-24 10:05:31"
    data = ooo(f, when, "Hegarty, Roisin", "Roisin.Hegarty@" + KDOM, addr("Knowsley MASH", KMASH),
               "[SB-knowsley-1207] Reminder: step-up TAF minutes outstanding",
               T("""
Thank you for your email. I have now left Knowsley Council and this mailbox is no longer monitored.

For the Prescott family, and my other Huyton cases, please contact Kirsty Molyneux (kirsty.molyneux@knowsley.gov.uk). For anything else please contact the Family First duty team on 0151 496 0700.

If you have an immediate safeguarding concern about a child, please ring the MASH duty team on 0151 496 0417, or 999 in an emergency.
"""))
    add(f, data, "knowsley", "mash_step_up", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "OUT-OF-OFFICE FROM A WORKER WHO HAS LEFT (the case manager of knowsley_02): 'Automatic reply:', Auto-Submitted: "
        "auto-replied, X-Auto-Response-Suppress, answering stepbot's reminder on [SB-knowsley-1207]. The reference does "
        "not make it a follow-up; 'immediate safeguarding concern ... 999' is boilerplate, no child is named. auto_reply "
        "-> ignore (DESIGN rule 2).",
        not_children=["Kirsty Molyneux"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2060-03-15 10:31:20"
    school = T("""
Lewis,

Mum rang at 8.15 to say Callum hasn't been home since Saturday afternoon. He is type 1 diabetic and his insulin pens and his meter are still in his bedroom - he has nothing with him. His friend told our PCSO that Callum is "at Jay's flat with the Manchester lads" and was "being sick and shaky" on a video call last night. His phone has been off since midnight. Mum hasn't reported him missing to the police yet - she says he always turns up.

Sharon Pye
Designated Safeguarding Lead | Brookvale Academy
""")
    body = T("""
Hi,

Step up request for Callum Fairbrother (DOB 02/02/2046), EHM-74021. My TM, Joanne Crilly, agreed the step up in supervision on Friday.

Step up TAF: Friday 19th March, 1.30pm, on Teams - the invite will follow from my calendar. I know Wednesdays are preferred but school can only do the Friday.

Attached: the step up form, the TAF minutes from 26 February and the Merseyside Exploitation Assessment we completed on 4 March.

Callum has been going missing more since Christmas - six times, usually back within a day or two. He has been found in Kirkby town centre and once in Bootle with older lads. School's email below came in this morning; mum thinks he is at a flat in Kirkby again and that he'll turn up like before. I've asked her to ring the police.

Lewis

Lewis Ashworth
Family First Case Manager | Kirkby Team | Knowsley Council
0151 496 0251
""") + quote("Sharon Pye <s.pye@brookvaleacademy.example.sch.uk>", "15 March 2060 08:52",
             "Ashworth, Lewis <Lewis.Ashworth@knowsley.gov.uk>", "URGENT - Callum F - not seen since Saturday", school) \
        + "\n" + KDISC
    form = appendix1([
        ("Case ID on EHM:", "EHM-74021"),
        ("Has this family recently closed to Children's Social Care?:", "No."),
        ("Date of step up TAF meeting:", "Friday 19 March 2060, 13:30, Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium - mum engages; Callum will see the case manager at school only."),
        ("Recent TAF meeting minutes attached:", "Yes - 26/02/2060"),
        "What are we worried about?",
        "Callum (14) goes missing from home, six episodes since Christmas; found with older males in Kirkby and Bootle; new "
        "trainers and a second phone mum cannot explain. He is type 1 diabetic.",
        "What is working well?",
        "Callum is close to his mum and his nan; he likes his mechanics course at school.",
        "What next?",
        "A strategy discussion and a C&F assessment; the exploitation assessment reviewed with the police.",
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "Completed 04/03/2060 - attached (CE: significant)."),
        ("Agreement by line manager:", "Joanne Crilly, Team Manager - agreed 12/03/2060"),
    ])
    atts = [docx_att("FF Step Up request to CSC - C Fairbrother.docx", form),
            docx_att("TAF minutes 26.02.60 - Fairbrother.docx",
                     ["# TAF minutes - Fairbrother - 26/02/2060",
                      "Present: mum, L. Ashworth (Family First), S. Pye (DSL), PCSO Grant.",
                      "Callum missing three times since the last TAF; agreed to complete the Merseyside Exploitation Assessment."]),
            pdf_att("Merseyside Exploitation Assessment - C Fairbrother.pdf", "Merseyside Exploitation Assessment",
                    ["Young person: Callum Fairbrother, DOB 02/02/2046. EHM-74021. Completed 04/03/2060 by L. Ashworth.",
                     "Indicators: missing episodes (6); older associates; unexplained goods; second phone; drug-running suspected.",
                     "Outcome: criminal exploitation - significant. Share with police and MASH."])]
    top = outlook_top(f, addr("Ashworth, Lewis", "Lewis.Ashworth@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Callum Fairbrother - EHM-74021 - TAF Fri 19th March 1.30pm", when,
                      cc=addr("MASH business support", KBS))
    add(f, mail(f, top, body, atts=atts, html_alt=True), "knowsley", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["EHM-74021"],
        [ch("Callum Fairbrother", "2046-02-02", "02/02/2046")],
        ["exploitation", "missing"], None, True, [], False, "alert_duty",
        "A ROUTINE-SOUNDING STEP-UP WHOSE FORWARDED PART IS AN IMMEDIATE RISK: the case manager writes it as another "
        "missing episode, but the school's email below (the only place 'URGENT' appears) says a type 1 diabetic "
        "14-year-old has been gone since Saturday with no insulin, 'sick and shaky' at a flat with older men last night, "
        "phone off, not reported missing. DESIGN rule 1 reads quoted and forwarded parts -> urgent -> alert_duty. The "
        "request itself is complete (form, TAF minutes, Merseyside Exploitation Assessment for the exploitation concern, "
        "case id, TM agreed) but Mon 15 -> Fri 19 March is 4 working days (notice not ok; a Friday, not the preferred "
        "Wednesday - a preference, not a rule).",
        meeting=date(2060, 3, 19), not_children=["Sharon Pye", "Joanne Crilly", "Lewis Ashworth"])

# ============================================================================= RICHMOND & WANDSWORTH
RMASH = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
REH = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2060-01-20 14:26:09"
    body = T("""
Hi Early Help Duty,

I spoke to Jasper this morning about the Ramírez family and we agreed a step-down case discussion on Friday 23 January at 2pm on Teams. The latest case summary and the draft Early Help plan are attached.

Children:
Mateo Ramírez - DOB 14/03/2049
Lucía Ramírez - DOB 02/11/2052
Mosaic ID 2240917 (Mateo) / 2240918 (Lucía)

I need to be upfront about one thing. At the CIN review on 15 January Ms Ramírez said she does not want Early Help: she has declined consent to the step-down. She says she's "had enough of services" and wants the case closed. My team manager, Marcus Osei-Bonsu, agrees with the step down and neither of us thinks closing with no support is right - Mateo is a young carer for his mum, who has MS, and Lucía's attendance is 86% - so we'd like to use the case discussion to think about how Early Help could be offered in a way she might accept, or whether it needs to go to our service managers.

Thanks,
Zofia

Zofia Kowalczyk-Reid
Social Worker | Wandsworth CIN Team 2
020 7946 0455
""") + RDISC
    atts = [pdf_att("Case summary - Ramirez - Jan 2060.pdf", "Case summary - Ramírez family",
                    ["Children: Mateo Ramírez (14/03/2049), Lucía Ramírez (02/11/2052). Mosaic 2240917 / 2240918.",
                     "Open to CIN since June 2059 after a referral from school about Mateo's caring role and lateness.",
                     "Ms Ramírez has multiple sclerosis; Mateo helps with her medication, shopping and Lucía's mornings.",
                     "Progress: carers' assessment done; a personal assistant for mum three mornings a week; Lucía 86%.",
                     "Recommendation: step down to Early Help (young carers' support, school attendance plan)."]),
            docx_att("Draft Early Help plan - Ramirez.docx",
                     ["# Draft Early Help plan - Ramírez",
                      "Outcome 1: Mateo has time for himself - young carers' group on Thursdays.",
                      "Outcome 2: Lucía in school on time every day - breakfast club; school to monitor weekly.",
                      "Outcome 3: mum's care package reviewed by adult social care."])]
    top = outlook_top(f, addr("Kowalczyk-Reid, Zofia", "Zofia.Kowalczyk-Reid@" + RDOM), addr("Early Help Duty", REH),
                      "Step down discussion request - Mosaic 2240917 - Ramírez children", when,
                      cc=addr("Osei-Bonsu, Marcus", "Marcus.Osei-Bonsu@" + RDOM))
    add(f, mail(f, top, body, atts=atts, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["2240917", "2240918"],
        [ch("Mateo Ramírez", "2049-03-14", "14/03/2049"), ch("Lucía Ramírez", "2052-11-02", "02/11/2052")],
        ["school_attendance", "young_carer"], False, True, ["consent"], None, "request_info",
        "A CONTESTED STEP-DOWN: the parent has refused Early Help. Richmond & Wandsworth step_down (REQUIREMENTS; seed 000 "
        "'The allocated social worker should gain consent'): case summary (.pdf) and draft plan (.docx) attached, but "
        "'she has declined consent to the step-down' -> consent false (stated refusal, not null) -> consent missing -> "
        "request_info. 'Mosaic ID 2240917 (Mateo) / 2240918 (Lucía)' -> two bare ids. Accented names (Ramírez, "
        "Lucía) in an RFC 2047 subject and a QP body. Mum's MS is an adult's disability, not disability_send; Mateo's "
        "caring -> young_carer; 86% -> school_attendance. The TM 'agrees with the step down' -> true.",
        not_children=["Marcus Osei-Bonsu", "Zofia Kowalczyk-Reid"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2060-02-03 13:12:48"
    body = T("""
Dear MASH,

I am stepping Amélie up again. Our first request (8 January) went to a case discussion on 12 January and the MASH decision was that it did not meet threshold. We disagree. I've discussed it with Keziah Bloom, our service manager (copied), and she agrees we should come back to you with the new information before we take the formal route through the service managers. As Early Help Team Manager I agree this step up.

Amélie Durand-Pryce, DOB 21/07/2047, Mosaic 2231450. Updated case summary attached (2 February).

Rationale for step up
Since Christmas Amélie has told her Early Help worker twice that her father hits her when he has been drinking. Dad denies it and mum says Amélie "exaggerates". School have seen marks on her arms twice and have logged them. Our plan has not changed anything at home.

Today Amélie walked into the Roehampton hub at 12.30 instead of going back to school after lunch. She has red raised lines across the backs of both thighs, which she says are from her dad's phone charger cable last night because she came in late. She says that this morning he told her "wait till you get home tonight". She is sitting with her worker, Dami Ogunleye, in the hub now and says she will not go home. School finishes at 3.20 and dad expects her home by 4.

I've tried the MASH duty line and it's engaged. Please ring me or Dami on 020 7946 0587 as soon as you read this.

Harriet

Harriet Achterberg
Early Help Team Manager | Putney & Roehampton Locality
""") + RDISC
    atts = [docx_att("Case summary - Durand-Pryce - 02.02.60.docx",
                     ["# Early Help case summary - Amélie Durand-Pryce",
                      "DOB 21/07/2047. Mosaic 2231450. Open to Early Help since September 2059 (school referral: lateness, low mood).",
                      "Household: mum, dad, Amélie (12), a baby brother.",
                      "Disclosures: 18/12/2059 and 21/01/2060 - dad hits her when he has been drinking; marks seen by school twice.",
                      "Step-up requested 08/01/2060; case discussion 12/01/2060: did not meet threshold."])]
    top = outlook_top(f, addr("Achterberg, Harriet", "Harriet.Achterberg@" + RDOM), addr("MASH Step Up", RMASH),
                      "Step up - Amélie Durand-Pryce - Mosaic 2231450 - second request", when,
                      cc=addr("Bloom, Keziah", "keziah.bloom@" + RDOM))
    add(f, mail(f, top, body, atts=atts, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["2231450"],
        [ch("Amélie Durand-Pryce", "2047-07-21", "21/07/2047")],
        ["physical_harm", "substance_misuse"], None, True, [], None, "alert_duty",
        "A THRESHOLD DISPUTE THAT HAS BECOME AN IMMEDIATE RISK: the Early Help Team Manager re-submits a step-up MASH "
        "turned down in January (seed 000: 'the Early Help Team Manager will email the MASH: Step Up ... with the latest "
        "case summary and the rationale'). The rationale ends with today: fresh welts from a charger cable, 'wait till you "
        "get home tonight', the 12-year-old refusing to go home, home time at 4 -> urgent -> alert_duty. No alarm word. "
        "The request is complete (case summary .docx, rationale under its own heading, 'As Early Help Team Manager I "
        "agree this step up') -> missing []. Concerns: the beatings (physical_harm) when dad has been drinking "
        "(substance_misuse). Consent not stated -> null.",
        not_children=["Dami Ogunleye", "Keziah Bloom"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2060-03-10 10:02:33"
    body = T("""
Dear Early Help Duty,

Step-down request for the Mensah-Barker children. I rang Jasper Quint yesterday and we agreed the case discussion for Monday 15 March at 10am on Teams.

Some history, because the file is long. The family moved from Tooting to Whitton in December and the case transferred from the Wandsworth CIN team to the Richmond CIN team on 5 January. The transfer-in CIN meeting on 3 March agreed that statutory involvement can end and that Early Help is the right service.

- The child protection plan (category: neglect) ended on 14 August 2059.
- The section 47 enquiry in 2058 about a bruise on Kofi's cheek was unsubstantiated - it matched a fall at nursery that staff saw.
- Mr Mensah-Barker has a conviction for assault from 2051 against an adult man outside a pub; police checks show nothing since.
- There are no current child protection concerns and no safeguarding concerns from school, nursery or health.

Kofi Mensah-Barker - DOB 09/09/2055 - Mosaic 2258803
Abena Mensah-Barker - DOB 30/06/2058 - Mosaic 2258804

What we are still working on: the family's overcrowded one-bedroom flat and rent arrears, and Kofi's speech and language delay (waiting for SALT; school are starting an SEN support plan).

Both parents have given their consent for Early Help to continue the plan - they signed at the CIN meeting on 3 March. My team manager agrees with the step down.

Case summary and draft Early Help plan attached.

Priyanka Raghunathan
Social Worker | Richmond CIN Team
""") + RDISC
    atts = [pdf_att("Case summary - Mensah-Barker - March 2060.pdf", "Case summary - Mensah-Barker",
                    ["Kofi Mensah-Barker (09/09/2055), Abena Mensah-Barker (30/06/2058). Mosaic 2258803 / 2258804.",
                     "Transferred from Wandsworth CIN team to Richmond CIN team 05/01/2060 (house move).",
                     "History: CP plan (neglect) 2058-2059, ended 14/08/2059; s47 (2058) unsubstantiated.",
                     "Current: housing (overcrowding, arrears); Kofi's speech delay. No current safeguarding concerns.",
                     "Recommendation (CIN meeting 03/03/2060): step down to Early Help."]),
            docx_att("Draft Early Help plan - Mensah-Barker.docx",
                     ["# Draft Early Help plan - Mensah-Barker",
                      "1. Housing: support with the transfer application and a debt advice referral.",
                      "2. Kofi: SALT appointment; SEN support plan at school.",
                      "3. Parents: stay-and-play at the children's centre for Abena."])]
    top = outlook_top(f, addr("Raghunathan, Priyanka", "Priyanka.Raghunathan@" + RDOM), addr("Early Help Duty", REH),
                      "Step down - Mensah-Barker - Mosaic 2258803 / 2258804 - case discussion Mon 15 March", when)
    add(f, mail(f, top, body, atts=atts, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["2258803", "2258804"],
        [ch("Kofi Mensah-Barker", "2055-09-09", "09/09/2055"), ch("Abena Mensah-Barker", "2058-06-30", "30/06/2058")],
        ["disability_send"], True, True, [], None, "book_meeting",
        "A CASE TRANSFERRED BETWEEN TEAMS (Wandsworth CIN -> Richmond CIN) AND NOW STEPPED DOWN, full of history: a CP plan "
        "for neglect (ended 2059), an unsubstantiated s47 about a bruise, an adult's old assault conviction, 'no current "
        "child protection concerns' -> near miss; none of it is a current concern. Complete step-down (REQUIREMENTS, "
        "richmond_wandsworth step_down: case summary .pdf, draft plan .docx, consent 'signed at the CIN meeting') -> "
        "book_meeting; the case discussion agreed for Mon 15 March, within the seed's 5 days of the contact. Current "
        "worries: overcrowding and arrears (no contract id) and Kofi's speech delay with SEN support -> disability_send.",
        not_children=["Priyanka Raghunathan", "Jasper Quint"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2060-02-23 09:14:07"
    tom = T("""
Hi MASH,

Step up request for Nia and Zac Okafor-Laine, Mosaic 2219964.

School rang me at 4.30: Nia told her teacher today that her mum's boyfriend touches her private parts when mum is at work. Nia is 8. I haven't been able to speak to my manager as she has gone home, but I think this needs to be stepped up now. I'm not sure who the boyfriend is - mum hasn't mentioned one to me.

Tom Ferris
Early Help Practitioner | Battersea & Wandsworth Town
""")
    ack = ack_text("step-up", "SB-richmond_wandsworth-1288", [
        "Case: 2219964", "Children: Nia Okafor-Laine (12/05/2051), Zac Okafor-Laine (28/02/2054)"],
        ["case summary", "rationale"])
    body = T("""
Dear MASH business support,

Please withdraw this step-up request. Tom Ferris sent it on Friday evening before I had seen it. I had not agreed it, and I do not agree with it.

The school DSL rang me first thing this morning. The disclosure on Friday was made by a different girl in Nia's class, who is also called Nia - the teacher mixed up the two surnames when she rang Tom. The school referred the other child to MASH themselves on Friday evening and she spent the weekend with her grandparents. Ms Okafor-Laine has no partner and the family has nothing to do with it. Tom and I have talked it through and he agrees.

We will carry on with the TAF as planned (next meeting 4 March).

Apologies for the confusion,
Gideon

Gideon Abara
Early Help Team Manager | Battersea & Wandsworth Town
020 7946 0611
""") + quote_chain([
        ("MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk>", "20 February 2060 17:58",
         "Ferris, Tom <Tom.Ferris@richmondandwandsworth.gov.uk>",
         "[SB-richmond_wandsworth-1288] Step-up request received - Mosaic 2219964", ack,
         "Abara, Gideon <Gideon.Abara@richmondandwandsworth.gov.uk>"),
        ("Ferris, Tom <Tom.Ferris@richmondandwandsworth.gov.uk>", "20 February 2060 17:51",
         "MASH Step Up <MASH-StepUP@richmondandwandsworth.gov.uk>", "Step up - Okafor-Laine - Mosaic 2219964", tom, None)])
    top = outlook_top(f, addr("Abara, Gideon", "Gideon.Abara@" + RDOM), addr("MASH Step Up", RMASH),
                      "RE: [SB-richmond_wandsworth-1288] Step-up request received - Mosaic 2219964", when,
                      cc=addr("Ferris, Tom", "Tom.Ferris@" + RDOM))
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 2,
        "near_miss", "follow_up", False, None, ["2219964"],
        [ch("Nia Okafor-Laine", "2051-05-12", "12/05/2051"), ch("Zac Okafor-Laine", "2054-02-28", "28/02/2054")],
        [], None, False, [], None, "attach_to_request",
        "A MANAGER RETRACTING WHAT A PRACTITIONER SENT: the Early Help Team Manager replies to the acknowledgement of "
        "[SB-richmond_wandsworth-1288] to withdraw it -> follow_up -> attach_to_request. The quoted original reports a "
        "sexual-abuse disclosure, but the latest statement says it was made by a different girl of the same first name, "
        "already referred by the school and safe with her grandparents over the weekend, and this mother has no partner "
        "-> near miss (a different family), and no concern remains for these children (concerns []). 'I had not agreed "
        "it, and I do not agree with it' -> manager_agreed false. Children and DOBs from the quoted acknowledgement; the "
        "other Nia is never named in full.",
        not_children=["Tom Ferris", "Gideon Abara"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2060-03-23 11:41:26"
    body = T("""
Hi,

I've taken over Finn's case from Ellie Fisher, who left AfC on 12 March. Ellie spoke to Jasper on 11 March about stepping Finn down and they agreed a case discussion, but that date fell through when she left. I rang Jasper this morning and we've agreed Thursday 25 March at 2pm on Teams.

Finn O'Driscoll, DOB 17/05/2048, Mosaic 2262015.

- Case summary: attached (I updated it on Friday).
- Draft Early Help plan: Ellie started one but it isn't on Mosaic and I can't find it in her documents, so I'm redoing it with Finn and his dad this week. I'll send it before Thursday.
- Consent: Mr O'Driscoll gave his consent to Early Help continuing the plan when Ellie visited on 26 February - it's in her case note of that date - and Finn is happy with it too.

Worries: Finn's attendance (79%), and that he's been getting his little sister Orla up and to school every morning since his mum moved out.

Thanks,
Beatrix

Beatrix Onyango-Whyte
Social Worker | Richmond CIN Team
""") + RDISC
    atts = [pdf_att("Case summary - O'Driscoll - 19.03.60.pdf", "Case summary - Finn O'Driscoll",
                    ["Finn O'Driscoll, DOB 17/05/2048, Mosaic 2262015. Allocated SW: B. Onyango-Whyte (from 15/03/2060; previously E. Fisher).",
                     "Household: dad, Finn (11), his sister (6). Mum moved out in October 2059.",
                     "Needs: attendance 79%; Finn doing the morning routine for his sister.",
                     "Plan: step down to Early Help - young carers' support; a school attendance plan."])]
    top = outlook_top(f, addr("Onyango-Whyte, Beatrix", "Beatrix.Onyango-Whyte@" + RDOM), addr("Early Help Duty", REH),
                      "Step down - Finn O'Driscoll - Mosaic 2262015 - case discussion Thurs 25th 2pm", when,
                      cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    add(f, mail(f, top, body, atts=atts, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["2262015"],
        [ch("Finn O'Driscoll", "2048-05-17", "17/05/2048")],
        ["school_attendance", "young_carer"], True, None, ["draft_plan"], None, "request_info",
        "CASE REALLOCATION WHEN A WORKER LEAVES: the new social worker re-starts a step-down her predecessor began. "
        "Richmond & Wandsworth step_down: case summary attached; consent given to the previous worker on 26 February "
        "(recorded) -> true; the draft plan is being redone and 'will send it before Thursday' -> draft_plan missing -> "
        "request_info. Apostrophe in O'Driscoll. The sister Orla (first name only) is not labelled. Concerns: 79% "
        "(school_attendance), the morning caring for his sister (young_carer).",
        not_children=["Ellie Fisher", "Beatrix Onyango-Whyte"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2060-01-28 16:44:03"
    text = T("""
To the MASH team

I'm sending this as well as ringing - I am in the family's flat now.

Kerry Whitlock's case was closed to Early Help on 19 December (the closure letter gave this email address). I came for the baby's 6-8 week check at 3.45. Kerry is on the sofa and I can't wake her properly - she is breathing but only mumbling. There are empty vodka bottles and tablet packets on the floor.

Noah Whitlock (7 weeks) was in his bouncer in a soaked nappy, cold, and his sister says he hasn't been fed since the morning. His sister Isla Whitlock (4) let me in - she had been trying to give him water from a cup.

There is no other adult here. I have called an ambulance for Kerry. When they take her there will be nobody to look after the children - Kerry's mum lives in Spain and I have no other family contact.

Please ring me on 07700 900 264.

Fionnuala Breathnach-Shaw
Health Visitor | Roehampton 0-19 team

Sent from my iPhone
""")
    top = plain_top(f, addr("Fionnuala Breathnach-Shaw", "fionnuala.breathnach-shaw@swlcommunity.example.nhs.uk"),
                    RMASH, "Re-referral - Whitlock - closed to Early Help in December", when,
                    "swlcommunity.example.nhs.uk", "iPhone Mail (21E236)")
    add(f, iphone_mail(f, top, text), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Noah Whitlock"), ch("Isla Whitlock")],
        ["neglect", "substance_misuse"], None, None, [], None, "alert_duty",
        "A RE-REFERRAL OF A CLOSED CASE THAT IS AN EMERGENCY NOW, from an iPhone (format=flowed, QP): a health visitor in "
        "the flat - mother unrousable among vodka bottles and tablet packets, a 7-week-old cold, soaked and unfed, a "
        "4-year-old caring for him, an ambulance coming and no adult left for the children. No alarm word. Not a step "
        "request from an Early Help team manager (the case is closed) -> other; urgent -> alert_duty. Children by name "
        "with ages, no DOBs; concerns neglect and substance_misuse.",
        not_children=["Kerry Whitlock", "Fionnuala Breathnach-Shaw"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2060-02-17 15:30:40"
    h = (LAYOUT_HEAD +
         '<p>Dear colleagues,</p>\n'
         '<p><b>Outcome of professional disagreement &ndash; step down &ndash; Lily Fairweather-Cho (Mosaic 2247731)</b></p>\n'
         '<p>Keziah Bloom and I met on 16 February to resolve the disagreement between the Wandsworth CIN team and Early Help '
         'about whether Early Help is the right service for Lily Fairweather-Cho.</p>\n'
         '<p><b>Outcome:</b> Early Help will accept the step-down. The social worker, Adebayo Kuti, will contact the Early Help '
         'duty team manager this week to agree the case discussion and will send the case summary and draft plan in the usual way.</p>\n'
         '<p><b>What we considered.</b> Early Help&#8217;s concern was the 2057 allegation that Lily had been sexually abused by '
         'her uncle. That was investigated under section 47 in 2057; the police took no further action, the uncle has lived in '
         'Aberdeen since 2058 and has had no contact with Lily, and the child protection plan ended in 2058. There have been no '
         'concerns of any kind since. The current needs are Lily&#8217;s school refusal (attendance 62% this term) and her anxiety, '
         'which CAMHS have assessed. Neither needs statutory involvement.</p>\n'
         '<p>This decision and our rationale are recorded on Mosaic.</p>\n'
         '<p>Lorcan Pettigrew<br>Service Manager, Children&#8217;s Social Care (Wandsworth)<br>020 7946 0140</p>\n'
         '<p style="font-size:8pt;color:#777777">' + esc(RDISC) + '</p>\n</body></html>\n')
    top = outlook_top(f, addr("Pettigrew, Lorcan", "lorcan.pettigrew@" + RDOM), addr("Early Help Duty", REH),
                      "Outcome of professional disagreement - step down - Fairweather-Cho - Mosaic 2247731", when,
                      cc="%s, %s" % (addr("Bloom, Keziah", "keziah.bloom@" + RDOM), addr("Kuti, Adebayo", "Adebayo.Kuti@" + RDOM)))
    add(f, html_only(f, top, h), "richmond_wandsworth", "early_help_duty", when, 4,
        "near_miss", "other", False, None, ["2247731"],
        [ch("Lily Fairweather-Cho")],
        ["school_attendance"], None, None, [], None, "human_review",
        "THE RECORD OF A RESOLVED PROFESSIONAL DISAGREEMENT (seed 000: 'the Social Work Team Manager is responsible for "
        "speaking to their Service Managers to agree a way forward'), HTML-only, from the service manager: it decides, but "
        "is not, the step-down request (the social worker will send that with the documents) -> other -> human_review. "
        "Risk words (sexual abuse, section 47, child protection plan) are all historic: no further action in 2057, the "
        "uncle in Aberdeen with no contact, the plan ended in 2058 -> near miss. Current need: school refusal at 62% -> "
        "school_attendance (Lily's own anxiety has no contract id).",
        not_children=["Adebayo Kuti", "Keziah Bloom", "Lorcan Pettigrew"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2060-03-31 12:06:19"
    data = google_reply(f, when, "Inês Carvalho", "ines.carvalho@familylinks.example.org", ("MASH Step Up", RMASH),
                        "TENTATIVE", "Step-up case discussion - Mosaic 2271190 [SB-richmond_wandsworth-1342]",
                        "20600401T090000Z", "20600401T100000Z", "Microsoft Teams Meeting",
                        "Thu 1 Apr 2060 10am - 11am (BST)",
                        note="I've taken over from Jo Lindqvist, who has left Family Links - I'm new to the family, so "
                             "tentatively yes; my manager may come instead.")
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 3,
        "ordinary", "meeting_reply", False, None, ["2271190"], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY, PARTSTAT=TENTATIVE, from the Early Help worker who replaced a leaver; the times are "
        "in UTC ('20600401T090000Z' = 10:00 BST on Thursday 1 April, the first week after the clocks change). The SUMMARY "
        "carries Mosaic 2271190 -> the bare id. meeting_reply -> record_reply.")

# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2060-01-13 10:55:12"
    body = T("""
Hello,

Request to step down the Hossain children to a Team Around the Family with a Lead Practitioner.

Ayaan Hossain - 04/02/2051 - Mosaic 1520334
Maryam Hossain - 17/09/2056 - Mosaic 1520335

Consent: Mr and Mrs Hossain both agreed to the step down at the final CIN review on 8 January.

Lead Practitioner: this took some sorting out. Limehouse Fields Primary declined the Lead Practitioner role - the head felt they couldn't give it the time - so I raised it with my team manager and with Olwen Fairclough under the partnership escalation procedure. It's now resolved: Rukhsana Begum, Family Support Worker at the Poplar Family Hub, has agreed to be Lead Practitioner, and the school will stay on the TAF.

TAF plan: draft attached.

Child and Family Assessment: completed on 6 January, but it is still with my team manager for sign-off, so I can't send it yet. I'll forward it as soon as it's authorised.

I'll arrange and chair the TAF meeting - I'm looking at Tuesday 20 January.

Worries for the plan: Ayaan's attendance (83%) and Mrs Hossain's depression.

Thanks,
Shamima

Shamima Akhtar-Lowe
Social Worker | Children in Need (Poplar) | London Borough of Tower Hamlets
""") + TDISC
    atts = [docx_att("Draft TAF plan - Hossain - Jan 2060.docx",
                     ["# Draft TAF plan - Hossain family",
                      "Lead Practitioner: Rukhsana Begum, Family Support Worker, Poplar Family Hub.",
                      "1. Ayaan's attendance: school attendance officer weekly check-in; breakfast club.",
                      "2. Mrs Hossain: GP review of medication; referral to Talking Therapies.",
                      "3. Review at the TAF in six weeks."])]
    top = outlook_top(f, addr("Akhtar-Lowe, Shamima", "Shamima.Akhtar-Lowe@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to Early Help - Hossain children - Mosaic 1520334 / 1520335", when)
    add(f, mail(f, top, body, atts=atts, html_alt=True), "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["1520334", "1520335"],
        [ch("Ayaan Hossain", "2051-02-04", "04/02/2051"), ch("Maryam Hossain", "2056-09-17", "17/09/2056")],
        ["parental_mental_health", "school_attendance"], True, None, ["assessment"], None, "request_info",
        "A LEAD-PRACTITIONER DISPUTE ALREADY RESOLVED (seed 001: 'a professional is not willing to take a lead professional "
        "role ... the partnership dispute resolution/ escalation procedure should be followed'): the school declined, the "
        "Family Hub worker agreed -> lead_practitioner met (named, with agency). Tower Hamlets step_down (REQUIREMENTS): "
        "draft TAF plan attached, consent at the final CIN review, but the C&F assessment is 'still with my team manager "
        "for sign-off' -> assessment missing -> request_info. Concerns: 83% and mum's depression.",
        not_children=["Rukhsana Begum", "Olwen Fairclough"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2060-02-26 11:18:45"
    sadia = T("""
Hi Ruth,

Little Acorns nursery rang. Zara Choudhury came in this morning with a fresh burn on the back of her left hand - round, about the size of a 10p, blistered. Mum told staff she touched the oven. Zara told her key worker "Uncle Jay put the lighter on me because I was crying". Jay is mum's partner and he lives with them. Mum collects her at 3pm.

I think we should talk to mum and bring it to the TAF on Monday as planned - we've built a good relationship with her and I don't want to lose it. What do you think?

Sadia
""")
    body = T("""
MAST colleagues,

I'm overruling my practitioner's plan to wait for Monday's TAF. Sadia's note is below. I don't think this can wait: I have agreed the step up and the MARF is attached. Sadia is on her way to the nursery now and will stay there until she hears from you.

Ruth Abernethy-Khan
Early Help Team Manager | Bow & Mile End | London Borough of Tower Hamlets
020 7946 0377
""") + quote("Hussain, Sadia <Sadia.Hussain@towerhamlets.gov.uk>", "26 February 2060 10:51",
             "Abernethy-Khan, Ruth <Ruth.Abernethy-Khan@towerhamlets.gov.uk>", "Zara C - nursery call", sadia) \
        + "\n" + TDISC
    marf = make_pdf("Multi-Agency Request for Support (MARF)", [
        "Child: Zara Choudhury. DOB 14/08/2055. Mosaic 1533871 (open to Early Help).",
        "Address: Bow, E3. Household: mother, mother's partner (Jay), Zara.",
        "Referrer: Ruth Abernethy-Khan, Early Help Team Manager, for Sadia Hussain, Early Help Practitioner.",
        "Reason for request: burn to the back of the left hand seen at nursery 26/02/2060; Zara says her mother's partner",
        "did it with a lighter; the mother's account is that she touched the oven.",
        "Is the child at immediate risk of harm? Yes - she goes home with mum at 15:00 to the partner.",
        "Parent aware of this request: No - not told, so as not to alert the partner.",
        "Manager agreement: Ruth Abernethy-Khan, 26/02/2060."])
    top = outlook_top(f, addr("Abernethy-Khan, Ruth", "Ruth.Abernethy-Khan@" + TDOM), addr("MAST", TMAST),
                      "Step up to MAST - Zara Choudhury (4) - MARF attached", when,
                      cc=addr("Hussain, Sadia", "Sadia.Hussain@" + TDOM))
    add(f, mail(f, top, body, atts=[binary_part("application/pdf", "MARF - Zara Choudhury - 26.02.60.pdf", marf)],
                html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["1533871"],
        [ch("Zara Choudhury", "2055-08-14", "14/08/2055")],
        ["physical_harm"], None, True, [], None, "alert_duty",
        "A MANAGER OVERRULING A PRACTITIONER, TOWARDS ACTION: the practitioner (quoted) wanted to wait for Monday's TAF; the "
        "Early Help Team Manager overrules and steps up to MAST now. A 4-year-old's fresh round blistered burn, 'Uncle Jay "
        "put the lighter on me', the partner lives there and mum collects at 3pm -> urgent -> alert_duty. The alarm words "
        "('immediate risk of harm') are only in the attached MARF. Tower Hamlets step_up (REQUIREMENTS): MARF (.pdf) and "
        "manager agreement ('I have agreed the step up') -> missing []. The parent 'not told' is not a refusal -> consent "
        "null. DOB and Mosaic id only in the MARF.",
        not_children=["Sadia Hussain", "Ruth Abernethy-Khan"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2060-03-04 14:40:22"
    body = T("""
Dear Early Help Hub,

Step-down request for Leila Ahmadi, DOB 23/05/2051, Mosaic 1498760.

Leila's case transferred from the Children with Disabilities team to our CIN team on 12 January, after her EHCP was finalised. The Child and Family Assessment concluded on 24 February and recommends stepping down to a TAF with a Lead Practitioner. Assessment and draft TAF plan attached.

For whoever picks this up, as the file can look alarming: in 2057 Leila was subject to a section 47 enquiry after an unexplained fracture of her thigh bone. The skeletal survey and genetic tests found osteogenesis imperfecta (brittle bone disease), and the enquiry ended with no further action. There has never been a child protection plan and there are no safeguarding concerns now.

Lead Practitioner: Ms Hélène Marchand, SENCo, Harford Street Primary School - she has agreed.
Consent: mum signed the consent to step down on 24 February.
TAF meeting: Monday 8 March at 10am at Harford Street Primary (I'll chair).

The plan is about Leila's physical and learning needs at school and at home (OT, physio, accessible transport).

Kwabena Asante-Ward
Social Worker | CIN (Stepney & Wapping) | London Borough of Tower Hamlets
""") + TDISC
    atts = [pdf_att("Child and Family Assessment - L Ahmadi - 24.02.60.pdf", "Child and Family Assessment - summary",
                    ["Child: Leila Ahmadi, DOB 23/05/2051, Mosaic 1498760. Concluded 24/02/2060.",
                     "Needs: osteogenesis imperfecta (diagnosed 2057); EHCP; mobility and toileting support at school.",
                     "History: s47 2057 (fracture) - NFA on medical findings. No child protection plan.",
                     "Analysis: needs can be met by a TAF led by the school SENCo. Outcome: step down to Early Help."]),
            docx_att("Draft TAF plan - Ahmadi.docx",
                     ["# Draft TAF plan - Leila Ahmadi",
                      "Lead Practitioner: Hélène Marchand, SENCo, Harford Street Primary.",
                      "OT home visit; physio at school twice weekly; accessible transport application; short breaks."])]
    top = outlook_top(f, addr("Asante-Ward, Kwabena", "Kwabena.Asante-Ward@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Leila Ahmadi - Mosaic 1498760", when)
    add(f, mail(f, top, body, atts=atts, html_alt=True), "tower_hamlets", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["1498760"],
        [ch("Leila Ahmadi", "2051-05-23", "23/05/2051")],
        ["disability_send"], True, None, [], None, "book_meeting",
        "A CASE TRANSFERRED BETWEEN TEAMS (Children with Disabilities -> CIN) AND STEPPED DOWN: an 'unexplained fracture' "
        "and a 'section 47 enquiry' from 2057, explained by brittle bone disease, no further action, never a plan, 'no "
        "safeguarding concerns now' -> near miss. Complete Tower Hamlets step_down (assessment .pdf, TAF plan .docx, "
        "consent signed, Lead Practitioner named with her school) -> book_meeting. Accented 'Hélène'. Concern: "
        "disability_send (OI, EHCP).",
        not_children=["Hélène Marchand"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2060-03-29 09:33:08"
    ack = ack_text("step-down", "SB-tower_hamlets-3105", [
        "Case: 1527719", "Children: Rayan Chowdhury (05/06/2050), Sumaiya Chowdhury (11/01/2054)",
        "TAF meeting: Tuesday 30 March 2060, 14:00, Chrisp Street Family Hub"], [])
    body = T("""
Hello,

Nasrin Begum has left the service and I'm now the allocated social worker for Rayan and Sumaiya. Please take Nasrin off this request and put me on instead (grace.oyelowo-burke@towerhamlets.gov.uk, 020 7946 0832).

Because of the handover the TAF meeting has moved: it is now Thursday 1 April at 2pm, still at Chrisp Street Family Hub (not Tuesday 30 March). Everything else is the same - Kamala Dutta at the Family Hub is still the Lead Practitioner.

Thanks,
Grace

Grace Oyelowo-Burke
Social Worker | Children in Need (Poplar) | London Borough of Tower Hamlets
""") + quote_chain([
        ("Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>", "18 March 2060 10:12", "Begum, Nasrin <Nasrin.Begum@towerhamlets.gov.uk>",
         "[SB-tower_hamlets-3105] Step-down request received - Mosaic 1527719", ack, None)])
    top = outlook_top(f, addr("Oyelowo-Burke, Grace", "Grace.Oyelowo-Burke@" + TDOM), addr("Early Help Hub", TEH),
                      "RE: [SB-tower_hamlets-3105] Step-down request received - Mosaic 1527719", when)
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "early_help_duty", when, 2,
        "ordinary", "follow_up", False, None, ["1527719"],
        [ch("Rayan Chowdhury", "2050-06-05", "05/06/2050"), ch("Sumaiya Chowdhury", "2054-01-11", "11/01/2054")],
        [], None, None, [], None, "attach_to_request",
        "CASE REALLOCATION WHEN A WORKER LEAVES, as a reply to the acknowledgement of [SB-tower_hamlets-3105]: a new "
        "allocated social worker and a moved TAF meeting (Thursday 1 April 14:00 BST; sent on the Monday after the clocks "
        "went forward, +0100) -> follow_up -> attach_to_request. Children, DOBs and Mosaic id from the quoted "
        "acknowledgement. No consent or concern is stated in the new text.",
        not_children=["Nasrin Begum", "Kamala Dutta", "Grace Oyelowo-Burke"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2060-02-10 12:22:57"
    body = T("""
Hi,

I tried to email Sabrina Ali, who was the Early Help worker for this family last year, but it bounced - I gather she's left - so I'm sending this to the team address on her old letters.

I went to 14 Rowan House, Cable Street, at 11 this morning with the gas engineer for the annual safety check. Ms Haddad opened the door with her left eye swollen shut and blood on her lip and chin. Her partner was shouting at her from the kitchen to "get rid of them". Her two little girls, Amira Haddad (3) and Sofia Haddad (5), were standing in the bedroom doorway crying. He came to the door, told us there was no gas check today and shut the door on us. We could hear him still shouting and something being thrown as we went down the stairs.

I haven't phoned the police - I wasn't sure it was my place. I'm back at the office now. Please can someone call me on 020 7946 0719.

Declan O'Mahony
Tenancy Officer | Eastbank Homes
""")
    top = plain_top(f, addr("Declan O'Mahony", "declan.omahony@eastbankhomes.example.org.uk"), addr("Early Help Hub", TEH),
                    "Family at 14 Rowan House - need someone to call me", when, "eastbankhomes.example.org.uk",
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "tower_hamlets", "early_help_duty", when, 3,
        "urgent", "other", True, None, [],
        [ch("Amira Haddad"), ch("Sofia Haddad")],
        ["domestic_abuse"], None, None, [], None, "alert_duty",
        "A RE-REFERRAL AFTER A CLOSURE, WHERE THE WORKER HAS LEFT: a housing officer writes to the team address because "
        "the former Early Help worker's email bounced. This morning: mum's eye swollen shut and bleeding, the partner "
        "shouting and throwing things, two little girls crying in the doorway, police not called -> an assault happening "
        "around the children now -> urgent -> alert_duty. No alarm word. A partner agency's report, no step -> other. "
        "Children by name and age (no DOBs); concern domestic_abuse.",
        not_children=["Sabrina Ali", "Declan O'Mahony"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2060-01-22 16:15:38"
    body = T("""
Dear Ms Castellan,

I am writing under the partnership dispute resolution / escalation procedure because MAST did not accept the step-up for the Kowalski children on 14 January, and our DSL's conversation with the MAST manager on 19 January did not resolve it. My letter is attached.

In short, our concern is long-standing neglect: Bartek Kowalski (Year 4) and Zuzanna Kowalski (Year 1) regularly arrive hungry, without coats, and with untreated head lice; their attendance is 71%; and we believe Ms Kowalski's drinking has increased since the autumn. The Early Help plan has been in place since May and nothing has changed.

To be clear, this is not about immediate danger today. Since 16 January Bartek and Zuzanna have been living with their father in Bethnal Green, under an arrangement both parents agreed, and we have no concerns about their care there. Our worry is that they are due to go back to their mother at half term (16 February) with nothing different. We would ask for the decision to be reviewed before then.

Yours sincerely,

Oluwaseun Adebayo-Grant
Headteacher | Columbia Gardens Primary School
""")
    letter = ["# Escalation under the partnership dispute resolution procedure",
              "To: Priya Castellan, Head of Service MAST. From: O. Adebayo-Grant, Headteacher. 22/01/2060.",
              "Children: Bartek Kowalski (Year 4), Zuzanna Kowalski (Year 1).",
              "Decision disputed: MAST did not accept the step-up (14/01/2060); discussion with the MAST manager 19/01/2060.",
              "Evidence of neglect since May 2059: 31 logged concerns (hunger, clothing, head lice); attendance 71%; two "
              "missed dental appointments; mother's alcohol use reported by the father and by neighbours.",
              "We believe the threshold for a Child and Family Assessment is met; the likelihood of significant harm "
              "will return when the children go home to their mother.",
              "Current position: the children live with their father until half term; no concerns about their care there.",
              "Request: review of the MAST decision before 16/02/2060."]
    top = plain_top(f, addr("Oluwaseun Adebayo-Grant", "head@columbiagardens.example.sch.uk"),
                    addr("Castellan, Priya", "priya.castellan@" + TDOM),
                    "Escalation - MAST decision not to accept step up - Kowalski children", when,
                    "columbiagardens.example.sch.uk", "Microsoft Outlook 16.0",
                    cc="%s, %s" % (addr("MAST", TMAST), addr("Fairclough, Olwen", "olwen.fairclough@" + TDOM)))
    add(f, mail(f, top, body, atts=[docx_att("Escalation letter - Kowalski - 22.01.60.docx", letter)]),
        "tower_hamlets", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [],
        [ch("Bartek Kowalski"), ch("Zuzanna Kowalski")],
        ["neglect", "school_attendance", "substance_misuse"], None, None, [], None, "human_review",
        "A THRESHOLD DISPUTE ESCALATED BY A SCHOOL (seed 001: 'a step up is not accepted by MAST, the partnership dispute "
        "resolution/ escalation procedure should be followed'): a headteacher's letter to the Head of Service, Cc the MAST "
        "inbox, not a new request -> other -> human_review. Neglect, 'likelihood of significant harm', drinking - but "
        "'not about immediate danger today': the children live with their father, with no concerns about their care -> "
        "near miss (a child already safe). Concerns: the neglect, 71% and mum's drinking the dispute is about. Children by "
        "name and school year only.",
        not_children=["Oluwaseun Adebayo-Grant", "Priya Castellan"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2060-03-17 15:49:51"
    body = T("""
Hello MAST,

I'm sending a step-up request for Yusuf Abdi (DOB 30/10/2044), Mosaic 1509982. The MARF is attached.

I want to be open that my manager, Bethan Pryor (copied), does not agree with this step up. Her view is that we should give the new TAF plan another six weeks. We've talked it through twice and I still disagree: Yusuf has been excluded twice this term, his attendance is down to 68%, he has stopped going to his mentoring sessions, and mum hasn't come to the last three TAF meetings despite home visits, phone calls and letters. Bethan knows I'm sending this and has said I'm entitled to ask for MAST's view under the escalation procedure.

Mum agrees to the referral to MAST.

Ilhan Warsame
Early Help Practitioner | Whitechapel | London Borough of Tower Hamlets
""") + TDISC
    marf = make_pdf("Multi-Agency Request for Support (MARF)", [
        "Young person: Yusuf Abdi, DOB 30/10/2044, Mosaic 1509982.",
        "Referrer: Ilhan Warsame, Early Help Practitioner (Whitechapel).",
        "Reason: no progress on the Early Help plan since October; two fixed-term exclusions; attendance 68%;",
        "mentoring stopped; parent has not attended three TAF meetings (home visits x3, calls x5, letters x2).",
        "Parent aware and agrees: Yes (mother, 16/03/2060).",
        "Manager agreement: No - the team manager does not agree (see covering email)."])
    top = outlook_top(f, addr("Warsame, Ilhan", "Ilhan.Warsame@" + TDOM), addr("MAST", TMAST),
                      "Step up request - Yusuf Abdi - MARF attached", when,
                      cc=addr("Pryor, Bethan", "Bethan.Pryor@" + TDOM))
    add(f, mail(f, top, body, atts=[binary_part("application/pdf", "MARF - Yusuf Abdi.pdf", marf)], html_alt=True),
        "tower_hamlets", "mash_step_up", when, 2,
        "ordinary", "step_up", False, None, ["1509982"],
        [ch("Yusuf Abdi", "2044-10-30", "30/10/2044")],
        ["non_engagement", "school_attendance"], True, False, ["manager_agreed"], None, "request_info",
        "A PRACTITIONER GOING AGAINST HER MANAGER: the step-up is sent although 'my manager ... does not agree with this "
        "step up' (the MARF says the same) -> manager_agreed false (stated disagreement), and Tower Hamlets step_up needs "
        "management oversight (REQUIREMENTS: request_for_support, manager_agreed) -> manager_agreed missing -> "
        "request_info; the dispute itself belongs to the partnership escalation procedure. The MARF (.pdf) is attached; "
        "'Mum agrees to the referral to MAST' -> consent true. Concerns: mum's non-attendance at TAFs and Yusuf "
        "stopping his sessions (non_engagement), 68% (school_attendance).",
        not_children=["Bethan Pryor", "Ilhan Warsame"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2060-03-09 18:10:29"
    data = itip_reply(f, when, "Mehreen Qureshi", "Mehreen.Qureshi@" + TDOM, ("Early Help Hub", TEH), "DECLINED",
                      "TAF meeting - Mosaic 1541208 [SB-tower_hamlets-3122]", "20600310T140000", "20600310T153000",
                      "Chrisp Street Family Hub",
                      comment="Can't do tomorrow - I'm at the Haque family's flat now for the evening visit. Mr Haque has "
                              "come back drunk, he's pushed mum against the wall and smashed the TV, and the two kids (6 and "
                              "9) are hiding in the bathroom. I've rung 999 and I'm waiting on the landing. Please can someone "
                              "from the duty team ring me on 07700 900 871.")
    add(f, data, "tower_hamlets", "early_help_duty", when, 3,
        "urgent", "meeting_reply", True, None, ["1541208"], [], ["domestic_abuse", "substance_misuse"], None, None, [],
        None, "alert_duty",
        "AN IMMEDIATE RISK IN A MEETING REPLY'S COMMENT (DESIGN rule 1 names 'a meeting reply's comment'): an Outlook iTIP "
        "REPLY, PARTSTAT=DECLINED, from the Lead Practitioner at 18:10 (out of hours): a drunk father back in the flat, "
        "mum pushed against the wall, the TV smashed, children of 6 and 9 hiding in the bathroom, 999 rung, the worker on "
        "the landing. No alarm word. meeting_reply but urgent -> alert_duty. The children are not named -> children []; "
        "Mosaic 1541208 from the SUMMARY; concerns domestic_abuse and substance_misuse.")

# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2060-01-27 10:20:14"
    body = T("""
Hi Early Help,

Could I have a triage slot for Jenson Rowe (DOB 12/12/2049), LCS-3318820, please.

The Single Assessment concluded on 22 January with my analysis recommending step down to level 3 (attached - the rationale is in section 6).

I need to flag that my team manager, Gareth Polglase (copied), does not agree. He has not signed the manager's analysis because he wants Jenson to stay at level 4 for another month while his new school place settles. We've discussed it twice. I've raised it with our service manager under the practice disagreement route, and I'd like the triage to give an Early Help view as part of that.

Mum has given her consent for level 3 Early Help (signed 22 January).

Worries: Jenson's attendance since his move to Paignton Academy (74%) and mum's anxiety, which the GP is treating.

Thanks,
Morwenna

Morwenna Pascoe
Social Worker | Single Assessment Team | Torbay Council
01632 960 231
""") + BDISC
    sa = make_pdf("Single Assessment - Jenson Rowe (LCS-3318820)", [
        "Child: Jenson Rowe, DOB 12/12/2049. Assessment concluded 22/01/2060. Social worker: M. Pascoe.",
        "Section 6 - Analysis and rationale: the concerns that led to the assessment (mum's anxiety and Jenson's",
        "non-attendance after an exclusion) are being met by the new school place and GP treatment. Needs are at level 3.",
        "Recommendation: no further action at level 4; step down to a level 3 coordinated Early Help response.",
        "Manager's analysis: NOT COMPLETED - the team manager does not agree with step down at this time and asks",
        "for a further month at level 4 (G. Polglase, 23/01/2060).",
        "Consent for level 3 Early Help: signed by mother 22/01/2060."])
    top = outlook_top(f, addr("Pascoe, Morwenna", "Morwenna.Pascoe@" + BDOM), addr("Early Help", BEH),
                      "Triage slot request - step down - Jenson Rowe - LCS-3318820", when,
                      cc=addr("Polglase, Gareth", "Gareth.Polglase@" + BDOM))
    add(f, mail(f, top, body, atts=[binary_part("application/pdf", "Single Assessment - Jenson Rowe.pdf", sa)],
                html_alt=True), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["LCS-3318820"],
        [ch("Jenson Rowe", "2049-12-12", "12/12/2049")],
        ["parental_mental_health", "school_attendance"], True, False, ["manager_agreed"], None, "request_info",
        "A CONTESTED STEP-DOWN: the social worker asks for a triage slot although her team manager 'does not agree' and has "
        "not signed the manager's analysis. Torbay step_down (REQUIREMENTS; seed 002 step 1 'Team Manager records "
        "manager's analysis confirming threshold met for level 3'): Single Assessment .pdf attached, consent signed, but "
        "manager_agreed is a stated disagreement -> false -> missing -> request_info. 'step down to level 3' -> level 3. "
        "Concerns: 74% and mum's anxiety.",
        not_children=["Gareth Polglase", "Morwenna Pascoe"])

def torbay_02():
    f = "torbay_02.eml"; when = "2060-02-18 09:41:55"
    body = T("""
Hi Silas, Tamsin and Early Help,

At triage on 27 January the step-down plan for the Pengelly-Okafor children was not agreed and you gave us three actions. All three are done and my team manager, Lowenna Jago, has agreed the step down to level 3 with an updated manager's analysis (attached, with the triage minutes). Please can we come back to triage?

1. "Confirm the risk from Mr Dunn has ended." Mr Dunn, mum's ex-partner, was convicted in November of assaulting her and is serving 30 months in prison. There is a restraining order and he has made no contact. Police confirmed on 9 February that there have been no incidents at the address since his arrest.

2. "Clarify the 2058 allegation." The allegation of sexual harm against a family friend in 2058 was investigated under section 47; the police took no further action and he moved to Scotland that year. There have been no concerns since.

3. "Consent in writing." Mum signed consent for level 3 Early Help on 5 February.

Children:
Poppy Pengelly-Okafor - 03/03/2056
Rowan Pengelly-Okafor - 15/10/2058

Current worries: mum's postnatal depression (she's seeing the perinatal team) and Poppy's speech delay.

Rowan is under 5, so I think this goes to the fortnightly under-5s triage.

Kit

Kit Trewhella
Social Worker | Safeguarding and Supporting Families Team | Torbay Council
""") + BDISC
    atts = [docx_att("Single Assessment and manager's analysis - Pengelly-Okafor (updated).docx",
                     ["# Single Assessment - Pengelly-Okafor (LCS-3302145) - updated 16/02/2060",
                      "Children: Poppy Pengelly-Okafor (03/03/2056), Rowan Pengelly-Okafor (15/10/2058).",
                      "Analysis: the outcomes of the CP and CIN plans have been achieved; remaining needs at level 3.",
                      "Manager's analysis: I have reviewed the triage actions and agree the threshold for level 3 "
                      "intervention is met. Lowenna Jago, Team Manager, 16/02/2060."]),
            pdf_att("Triage minutes 27.01.60 - actions.pdf", "Early Help triage - 27/01/2060 - minutes and actions",
                    ["Pengelly-Okafor (LCS-3302145): step-down plan NOT AGREED.",
                     "Actions: 1. confirm the risk from Mr Dunn has ended; 2. clarify the 2058 sexual harm allegation;",
                     "3. written consent. Social worker to liaise with ATM and SM once complete."])]
    top = outlook_top(f, addr("Trewhella, Kit", "Kit.Trewhella@" + BDOM), addr("Early Help", BEH),
                      "Back to triage - Pengelly-Okafor children - LCS-3302145 - actions from 27 January completed", when,
                      cc="%s, %s" % (addr("Penrose, Silas", "silas.penrose@" + BDOM), addr("Verity, Tamsin", "tamsin.verity@" + BDOM)))
    add(f, mail(f, top, body, atts=atts, html_alt=True), "torbay", "early_help_duty", when, 3,
        "near_miss", "step_down", False, 3, ["LCS-3302145"],
        [ch("Poppy Pengelly-Okafor", "2056-03-03", "03/03/2056"), ch("Rowan Pengelly-Okafor", "2058-10-15", "15/10/2058")],
        ["disability_send", "parental_mental_health"], True, True, [], None, "book_meeting",
        "A STEP-DOWN NOT AGREED AT TRIAGE, BROUGHT BACK (seed 002 steps 13-17: actions to the social worker, then 'Further "
        "discussion regarding step down plan'): risk words throughout the three actions - an assault conviction, a "
        "restraining order, a 2058 sexual harm allegation - all answered as past (the man in prison, no contact; NFA, "
        "moved away) -> near miss. Complete Torbay step_down: the updated Single Assessment with the manager's analysis "
        "(.docx), the TM 'has agreed the step down', consent signed -> book_meeting at the under-5s triage (Rowan is 1). "
        "Level 3 stated. Concerns: mum's postnatal depression and Poppy's speech delay.",
        not_children=["Lowenna Jago", "Kit Trewhella"])

def torbay_03():
    f = "torbay_03.eml"; when = "2060-03-02 08:55:40"
    blocks = [
        "MASH colleagues,",
        "",
        "Last Tuesday (24 February) MASH's decision on our contact was that Kayden stays at level 3. We disagreed with that, "
        "and this morning's news means I'm sending a new contact rather than waiting for the disagreement meeting on Friday.",
        "",
        "Police rang me at 8.20. At 1am Kayden was stopped in a car on the Newton Road with two men from Bristol. He had "
        "£820 on him and 40 wraps. He was taken home at 3am and will be interviewed later. This morning he showed his mum "
        "messages from the older man: \"you owe us for what the feds took\", \"we know where you live\", \"we're coming "
        "tonight\". Mum is terrified and wants him out of Torquay, but she has nobody to take him.",
        "",
        "Mum consents to this contact to MASH. My ATM, Silas Penrose, agrees it needs considering for level 4.",
        "",
        ("table", [["Contact to MASH", ""],
                   ["Young person", "Kayden Luscombe-Brown"],
                   ["Date of birth", "07/01/2045"],
                   ["EHM number", "EHM-884120"],
                   ["Address", "Ellacombe, Torquay"],
                   ["Lead practitioner", "Jory Hext, Early Help Practitioner (level 3), Torbay Council - 01632 960 377"],
                   ["Parental consent", "Yes - mother, by phone, 02/03/2060 08:40"],
                   ["Manager agreement", "Silas Penrose, Assistant Team Manager, Early Help"]]),
        "",
        "Jory Hext",
        "Early Help Practitioner | Torbay Council",
    ]
    top = outlook_top(f, addr("Hext, Jory", "Jory.Hext@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Kayden Luscombe-Brown - EHM-884120 - please review again", when,
                      cc=addr("Penrose, Silas", "silas.penrose@" + BDOM))
    add(f, word_mail(f, top, blocks), "torbay", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-884120"],
        [ch("Kayden Luscombe-Brown", "2045-01-07", "07/01/2045")],
        ["exploitation"], True, True, [], None, "alert_duty",
        "A THRESHOLD DISPUTE OVERTAKEN BY EVENTS: MASH kept the case at level 3 last week; this morning a 15-year-old "
        "caught overnight with cash and wraps in a car with two men is told 'we know where you live, we're coming "
        "tonight' -> urgent -> alert_duty. No alarm word. Word HTML with an MsoTableGrid contact table and its "
        "tab-separated plain twin. Torbay step_up (REQUIREMENTS: consent, manager_agreed): 'Mum consents to this "
        "contact to MASH', the ATM 'agrees it needs considering for level 4' -> missing []. Concern: exploitation.",
        not_children=["Jory Hext", "Silas Penrose"])

def torbay_04():
    f = "torbay_04.eml"; when = "2060-01-08 14:03:27"
    ack = ack_text("step-down", "SB-torbay-1719", [
        "Case: LCS-3297004", "Children: Tegan Nance (09/04/2051)",
        "Your triage slot: Tuesday 13 January 2060, 10:30 (Microsoft Teams)"], [])
    body = T("""
Hi,

Jess Trebilcock has left Torbay and the Nance family has been reallocated to me. Please send anything about this triage to me from now on.

I can make the slot on Tuesday 13 January at 10:30 and I'll bring the updated Single Assessment.

Thanks,
Ashok

Ashok Varadarajan
Social Worker | Single Assessment Team | Torbay Council
""") + quote_chain([
        ("Early Help <earlyhelp@torbay.gov.uk>", "06 January 2060 15:40", "Trebilcock, Jess <Jess.Trebilcock@torbay.gov.uk>",
         "[SB-torbay-1719] Triage slot confirmed - LCS-3297004", ack, None)])
    top = outlook_top(f, addr("Varadarajan, Ashok", "Ashok.Varadarajan@" + BDOM), addr("Early Help", BEH),
                      "RE: [SB-torbay-1719] Triage slot confirmed - LCS-3297004", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "early_help_duty", when, 2,
        "ordinary", "follow_up", False, None, ["LCS-3297004"],
        [ch("Tegan Nance", "2051-04-09", "09/04/2051")],
        [], None, None, [], None, "attach_to_request",
        "CASE REALLOCATION WHEN A WORKER LEAVES: the new social worker replies to the triage confirmation of "
        "[SB-torbay-1719] to take over the request -> follow_up -> attach_to_request. Child, DOB and case id from the "
        "quoted confirmation. Nothing else stated.",
        not_children=["Jess Trebilcock", "Ashok Varadarajan"])

def torbay_05():
    f = "torbay_05.eml"; when = "2060-02-05 12:30:11"
    text = T("""
TORBAY SAFEGUARDING CHILDREN PARTNERSHIP - TRAINING

Resolving professional disagreements: escalation in practice
Thursday 11 March, 9.30am - 12.30pm, Microsoft Teams

Who it's for: social workers, Early Help practitioners, DSLs, health and police colleagues.

The morning works through three case studies. All names and details are fictional and for training only.

Case study A - "Ellie", 9: Ellie tells her teacher at 9am that her dad hit her with a belt last night and that she is scared to go home. School think it is a MASH matter; Early Help think it can wait for Thursday's TAF. Who decides, and how fast?

Case study B - "Jayden", 15: Jayden is found at 2am with cash and drugs in a car with adults from out of area. MASH say level 3; the Early Help practitioner disagrees. What does the escalation route look like at 9am the next morning?

Case study C - a step-down refused: the social worker wants to close; Early Help say the risk is still too high. How does the triage "not agreed" loop work, and when does it go to service managers?

Book through the partnership website. A calendar invitation is attached.
""")
    htmlb = (LAYOUT_HEAD + "<h2 style=\"font-family:Arial\">Resolving professional disagreements: escalation in practice</h2>\n"
             "<p><b>Thursday 11 March, 9.30am - 12.30pm, Microsoft Teams</b></p>\n"
             "<p>Who it&#8217;s for: social workers, Early Help practitioners, DSLs, health and police colleagues.</p>\n"
             "<p>The morning works through three case studies. <i>All names and details are fictional and for training only.</i></p>\n"
             "<ul><li><b>Case study A &ndash; &#8220;Ellie&#8221;, 9:</b> Ellie tells her teacher at 9am that her dad hit her with a belt "
             "last night and that she is scared to go home. School think it is a MASH matter; Early Help think it can wait for "
             "Thursday&#8217;s TAF. Who decides, and how fast?</li>\n"
             "<li><b>Case study B &ndash; &#8220;Jayden&#8221;, 15:</b> Jayden is found at 2am with cash and drugs in a car with adults "
             "from out of area. MASH say level 3; the Early Help practitioner disagrees. What does the escalation route look like "
             "at 9am the next morning?</li>\n"
             "<li><b>Case study C &ndash; a step-down refused:</b> the social worker wants to close; Early Help say the risk is still "
             "too high. How does the triage &#8220;not agreed&#8221; loop work, and when does it go to service managers?</li></ul>\n"
             "<p>Book through the partnership website. A calendar invitation is attached.</p>\n</body></html>\n")
    L = ["BEGIN:VCALENDAR", "METHOD:PUBLISH", "PRODID:-//Torbay SCP//Training//EN", "VERSION:2.0",
         "BEGIN:VEVENT", "UID:tscp-rpd-%s@torbay.gov.uk" % sha(f, "uid")[:16],
         "DTSTAMP:%s" % dt(when).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"),
         "DTSTART:20600311T093000Z", "DTEND:20600311T123000Z",
         "SUMMARY:" + ics_escape("TSCP training: Resolving professional disagreements"),
         "LOCATION:Microsoft Teams", "END:VEVENT", "END:VCALENDAR"]
    cal = "\r\n".join(ics_fold(l) for l in L) + "\r\n"
    ics_att = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=PUBLISH; name="TSCP training 11 March.ics"'),
                    ("Content-Disposition", 'attachment; filename="TSCP training 11 March.ics"'),
                    ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))
    top = plain_top(f, addr("Torbay Safeguarding Children Partnership", "tscp.training@" + BDOM), addr("Early Help", BEH),
                    "Training: Resolving professional disagreements - escalation in practice (Thursday 11 March)", when,
                    BDOM, None)
    add(f, alt_mail(f, top, text, htmlb, atts=[ics_att]), "torbay", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "A TRAINING BULLETIN ON ESCALATION WHOSE CASE STUDIES READ LIKE URGENT MAIL (a belt last night and 'scared to go "
        "home'; a 15-year-old with drugs at 2am) but are 'fictional and for training only' -> near miss, not urgent; "
        "kind other -> human_review. Hand-written HTML twin and an attached .ics (METHOD:PUBLISH, not a meeting reply). "
        "No real child (first names in quotes), no case id, no concern.")

def torbay_06():
    f = "torbay_06.eml"; when = "2060-03-11 11:36:02"
    ack = ack_text("step-down", "SB-torbay-1752", [
        "Case: LCS-3324471", "Children: Ivy Coombe (28/01/2060)"], ["manager's analysis"])
    demelza = T("""
Hi Early Help,

Tegen is on leave today so I'm replying for her. Just to update you: Chelsea and baby Ivy are staying with Chelsea's sister in Brixham for now, and there are no immediate concerns.

Demelza Hocking
Duty Social Worker | SASF Team | Torbay Council
""")
    body = T("""
Early Help duty - please read this before Demelza's email below, which is wrong on one important point. I need someone from MASH to pick this up today.

Demelza wrote yesterday that Chelsea and Ivy are staying at Chelsea's sister's in Brixham. I've just rung the sister: they left there on Tuesday night. Chelsea has gone back to Liam Stentiford's flat on Winner Street, Paignton - the health visitor saw them there at 10 this morning. Liam was bailed on Monday for assaulting Chelsea on Saturday (he kicked her while she was holding Ivy), with a condition not to contact her. The health visitor says Chelsea has a fresh cut on her forehead, and Liam was in the flat and wouldn't let her in past the hallway. Ivy is 6 weeks old.

Please take this off the triage list - it isn't a step-down any more - and can MASH ring me on 01632 960 448.

Tegen

Tegen Rowse
Social Worker | Safeguarding and Supporting Families Team | Torbay Council
""") + quote_chain([
        ("Hocking, Demelza <Demelza.Hocking@torbay.gov.uk>", "10 March 2060 15:12", "Early Help <earlyhelp@torbay.gov.uk>",
         "RE: [SB-torbay-1752] Triage slot request received - LCS-3324471", demelza, None),
        ("Early Help <earlyhelp@torbay.gov.uk>", "08 March 2060 09:30", "Rowse, Tegen <Tegen.Rowse@torbay.gov.uk>",
         "[SB-torbay-1752] Triage slot request received - LCS-3324471", ack, None)])
    top = outlook_top(f, addr("Rowse, Tegen", "Tegen.Rowse@" + BDOM), addr("Early Help", BEH),
                      "RE: [SB-torbay-1752] Triage slot request received - LCS-3324471 - CORRECTION", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "early_help_duty", when, 4,
        "urgent", "follow_up", True, None, ["LCS-3324471"],
        [ch("Ivy Coombe", "2060-01-28", "28/01/2060")],
        ["domestic_abuse"], None, None, [], None, "alert_duty",
        "A WORKER CORRECTING A COLLEAGUE, AND THE CORRECTION IS THE EMERGENCY: the quoted duty social worker's mail says "
        "the mother and baby are at her sister's with 'no immediate concerns' (the only alarm word, in the quoted part); "
        "the allocated worker corrects it - they are back with the man bailed on Monday for kicking the mother while she "
        "held the baby, in breach of his bail, with a fresh cut today, and he kept the health visitor out; the baby is 6 "
        "weeks old. The latest statement wins -> urgent -> alert_duty; a reply to [SB-torbay-1752] -> follow_up. "
        "Child and DOB from the quoted acknowledgement; domestic_abuse.",
        not_children=["Demelza Hocking", "Liam Stentiford", "Tegen Rowse"])

def torbay_07():
    f = "torbay_07.eml"; when = "2060-03-29 16:12:44"
    data = itip_reply(f, when, "Ashok Varadarajan", "Ashok.Varadarajan@" + BDOM, ("Early Help", BEH), "ACCEPTED",
                      "Early Help triage - LCS-3339012 [SB-torbay-1788]", "20600330T103000", "20600330T110000",
                      "Microsoft Teams Meeting")
    add(f, data, "torbay", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["LCS-3339012"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, no comment, for a Tuesday-morning triage slot (Tuesday 30 March 10:30 "
        "BST); sent on the Monday after the clocks went forward (+0100). LCS-3339012 from the SUMMARY. record_reply.")

def torbay_08():
    f = "torbay_08.eml"; when = "2060-03-08 07:02:15"
    text = T("""
*** This is an automatic notification from LCS. Please do not reply. ***

Case closed at Level 4

Case reference:      LCS-3302145
Children:            P. Pengelly-Okafor; R. Pengelly-Okafor
Closed on:           05/03/2060
Closed by:           Lowenna Jago (Team Manager, SASF)
Closure reason:      Stepped down to Early Help (level 3) - agreed at triage 24/02/2060; warm handover 04/03/2060
Previous plans:      Child Protection - category Physical abuse (ended 03/11/2059); Child in Need (ended 05/03/2060)
Alerts on record:    Domestic abuse (historic - perpetrator in custody); Sexual harm allegation 2058 (NFA)

Early Help: please confirm the lead practitioner on EHM within 2 working days.

LCS Notifications | Torbay Council
""")
    top = [("From", "LCS Notifications <lcs-notifications@torbay.gov.uk>"), ("To", addr("Early Help", BEH)),
           ("Subject", "LCS: Case closed at Level 4 - stepped down to Early Help - LCS-3302145"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "lcs.torbay.gov.uk")),
           ("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"), ("X-Auto-Response-Suppress", "All")]
    add(f, build(top, text_part(text, cte="7bit"), False), "torbay", "early_help_duty", when, 3,
        "near_miss", "auto_reply", False, None, ["LCS-3302145"], [], [], None, None, [], None, "ignore",
        "A CLOSURE NOTICE FROM THE CASE SYSTEM (Auto-Submitted: auto-generated, Precedence: bulk): the family of torbay_02 "
        "closed at level 4 after the step-down was agreed. 'Child Protection - Physical abuse', 'Domestic abuse', 'Sexual "
        "harm allegation' are alerts on record, marked historic/ended/NFA -> near miss. Machine mail -> auto_reply -> "
        "ignore (DESIGN rule 2). The case number is written -> case_ids; children only as initials -> none; no current "
        "concern.")

# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2060-01-21 13:15:49"
    body = T("""
Hi Verity,

Thanks for the chat at yesterday's drop-in. As we discussed, I've picked up the Price-Bevan family since Tom Vaughan left in December, and here is the step-down Tom started, now finished.

Children (sibling group):
Seren Price-Bevan - 02/09/2047 - Mosaic 618402
Dylan Price-Bevan - 16/04/2051 - Mosaic 618403
Macy Price-Bevan - 28/11/2056 - Mosaic 618404

Level 3 step-down following the Child and Family Assessment that concluded on 14 January.

Attached: the Early Help Assessment step-down plan, and Ms Price's signed consent form (Tom got it signed on 4 December; I went through it with her again last week and she is still happy).

Key person: Mrs Carys Lloyd, Family Support Worker, Leominster Children's Centre - she knows the family and has agreed to lead.

The plan is mainly about Seren's caring for her mum, who has MS, and Dylan's attendance (85%).

Thanks,
Rhys

Rhys ap Gwilym
Social Worker | Hereford City Team | Herefordshire Council
01432 960 118
""") + HDISC
    atts = [docx_att("EHA step-down plan - Price-Bevan.docx",
                     ["# Early Help Assessment - step-down plan - Price-Bevan sibling group",
                      "Children: Seren (02/09/2047), Dylan (16/04/2051), Macy (28/11/2056). Mosaic 618402-618404.",
                      "What are we worried about? Seren's caring role; Dylan's attendance 85%.",
                      "What's working well? Mum's care package has started; grandparents help at weekends.",
                      "Wellbeing plan - what needs to happen, by whom: young carers' service for Seren (key person, February); "
                      "school attendance plan for Dylan (school, 4 weeks); review at the MAG."],
                     tables=[[["Key person", "Carys Lloyd, Family Support Worker, Leominster Children's Centre"],
                              ["Agreed with family", "Yes"]]]),
            pdf_att("Consent form signed - Price.pdf", "Early Help - consent to share information and receive support",
                    ["I agree to my family receiving Early Help and to information being shared with the services named.",
                     "Children: Seren, Dylan and Macy Price-Bevan.",
                     "Signed: Angharad Price (mother). Date: 04/12/2059. Witnessed by: T. Vaughan, Social Worker."])]
    top = outlook_top(f, addr("ap Gwilym, Rhys", "Rhys.apGwilym@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down to Early Help - Price-Bevan sibling group - Mosaic 618402", when,
                      cc=addr("Lang, Verity", "verity.lang@" + HDOM))
    add(f, mail(f, top, body, atts=atts, html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["618402", "618403", "618404"],
        [ch("Seren Price-Bevan", "2047-09-02", "02/09/2047"), ch("Dylan Price-Bevan", "2051-04-16", "16/04/2051"),
         ch("Macy Price-Bevan", "2056-11-28", "28/11/2056")],
        ["school_attendance", "young_carer"], True, None, [], None, "book_meeting",
        "CASE REALLOCATION WHEN A WORKER LEAVES, DONE WELL: the new social worker finishes the step-down his predecessor "
        "started, for a sibling group (seed 003: 'The step can now be started via a sibling group'). Herefordshire "
        "step_down (REQUIREMENTS: consent_form, draft_plan, lead_practitioner): the EHA step-down plan (.docx), the "
        "signed consent form (.pdf, signed to the predecessor and re-confirmed) and the key person with her agency -> "
        "nothing missing -> book_meeting. Level 3 stated. Concerns: Seren's caring (young_carer), 85% "
        "(school_attendance).",
        not_children=["Carys Lloyd", "Tom Vaughan", "Angharad Price"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2060-02-25 10:48:03"
    body = T("""
Dear Early Help Co-ordinators,

On 20 January the co-ordinator team returned this step-down as "not suitable - too soon after the child protection plan". My team manager escalated it to Wilfred Oyelaran and to our Head of Service under the escalation protocol, and at the meeting on 19 February it was agreed that the step-down should go ahead, with a review at the second MAG.

For context: Jac was on a child protection plan (physical abuse) from March to November 2059 after his stepfather caused the bruising to his face and back. The stepfather left the household in April 2059, was convicted in October and is subject to a restraining order. He has had no contact since, and no injuries or concerns have been reported since April.

Jac Morgan-Hughes, DOB 05/05/2052, Mosaic 620117.

The step-down plan is attached. Key person: Mr Emyr Pugh, Learning Mentor, Arrow Valley Primary School, who has agreed.

Consent: mum agreed to the step-down over the phone on Monday. I'm visiting on Friday to get the consent form signed and will send it straight over.

What we're still working on: Jac's behaviour and emotional wellbeing (he's on the CAMHS waiting list) and mum's low mood.

Kind regards,
Agnieszka Wróbel
Social Worker | Kington & Leominster Team | Herefordshire Council
""") + HDISC
    atts = [docx_att("EHA step-down plan - J Morgan-Hughes.docx",
                     ["# Early Help Assessment - step-down plan - Jac Morgan-Hughes (Mosaic 620117)",
                      "What are we worried about? Jac's anger at school; mum's low mood.",
                      "What's working well? No incidents since April 2059; mum has kept every appointment.",
                      "What needs to happen: mentoring with Mr Pugh weekly (school); GP review for mum; CAMHS (waiting list).",
                      "Key person: Emyr Pugh, Learning Mentor, Arrow Valley Primary School."])]
    top = outlook_top(f, addr("Wróbel, Agnieszka", "Agnieszka.Wrobel@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down re-sent after escalation - Jac Morgan-Hughes - Mosaic 620117", when,
                      cc=addr("Oyelaran, Wilfred", "wilfred.oyelaran@" + HDOM))
    add(f, mail(f, top, body, atts=atts, html_alt=True), "herefordshire", "early_help_duty", when, 2,
        "near_miss", "step_down", False, None, ["620117"],
        [ch("Jac Morgan-Hughes", "2052-05-05", "05/05/2052")],
        ["parental_mental_health"], True, None, ["consent_form"], None, "request_info",
        "A STEP-DOWN REFUSED BY THE CO-ORDINATORS, ESCALATED AND AGREED (seed 003: the co-ordinator manager 'To liaise "
        "with social care workers or managers regarding any unresolved queries'): physical abuse, bruising, a child "
        "protection plan, a conviction - all past, the stepfather gone since April 2059 under a restraining order -> near "
        "miss. Herefordshire step_down: plan (.docx) and key person present; mum agreed by phone -> consent true, but the "
        "seed's 'written consent' (consent_form) is still to be signed -> missing -> request_info. No level written -> "
        "null. Concern now: mum's low mood (Jac's own emotional wellbeing has no contract id).",
        not_children=["Emyr Pugh", "Wilfred Oyelaran", "Agnieszka Wróbel"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2060-03-18 14:27:36"
    body = T("""
Dear MASH,

On Monday MASH screened the contact school made last week and the outcome was "Early Help to continue". We didn't agree with that and had asked for a discussion - but I need to send this now. My manager, Tegwen Lloyd, agrees this needs to come back to you as a step up to social care.

I saw Ruby Tranter (DOB 12/06/2048, Mosaic 619885) at school at lunchtime. She told me that last night her mum's boyfriend, Craig, gave her vodka and took photos of her in the bath on his phone, and told her it was their secret and that he'll do it again tonight when mum goes to bingo. Mum goes to bingo every Thursday. Craig lives with them. Ruby is 11.

School finishes at 3.15 and Ruby walks home. Mrs Hale, the DSL, knows and is keeping Ruby in the school office for now.

Please can a social worker ring me on 07700 900 553.

Lowri

Lowri Bowen-Achebe
Early Help Family Support Worker | Bromyard | Herefordshire Council
""") + HDISC
    top = outlook_top(f, addr("Bowen-Achebe, Lowri", "Lowri.Bowen-Achebe@" + HDOM), addr("MASH", HMASH),
                      "Step up to social care - Ruby Tranter - disagree with Monday's screening outcome", when,
                      cc=addr("Lloyd, Tegwen", "Tegwen.Lloyd@" + HDOM))
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["619885"],
        [ch("Ruby Tranter", "2048-06-12", "12/06/2048")],
        ["sexual_harm"], None, True, [], None, "alert_duty",
        "A THRESHOLD DISPUTE THAT CANNOT WAIT: MASH screened a contact as 'Early Help to continue'; today an 11-year-old "
        "says her mother's live-in boyfriend gave her vodka, photographed her in the bath and will 'do it again tonight' "
        "when mum is out -> urgent -> alert_duty. No alarm word. Herefordshire defines no step_up (REQUIREMENTS: "
        "'step_up is not defined by this seed') -> it would be human_review with missing [], but urgent comes first. "
        "Manager 'agrees this needs to come back to you as a step up' -> true. Concern: sexual_harm.",
        not_children=["Tegwen Lloyd", "Lowri Bowen-Achebe"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2060-02-02 09:26:19"
    body = T("""
Good morning,

Please note that the Okonkwo-Evans family moved from Leominster to Belmont, Hereford, on 24 January. Their Early Help case (open since the step-down in November) is transferring from the Leominster locality team to the Hereford City locality team from today.

Children:
Chidi Okonkwo-Evans - DOB 19/03/2053 - Mosaic 614773
Adaeze Okonkwo-Evans - DOB 07/07/2057 - Mosaic 614774

The key person stays the same (Mrs Sian Harris, Family Support Worker) until the MAG on 24 February, when the Hereford City team will allocate. There is no change to the plan.

Please update the co-ordinator allocation and the MAG list.

Many thanks,
Natasha

Natasha Preece
Business Support Officer | Leominster Locality | Herefordshire Council
""") + HDISC
    top = outlook_top(f, addr("Preece, Natasha", "Natasha.Preece@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Case transfer - Leominster to Hereford City locality - Okonkwo-Evans family", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "other", False, None, ["614773", "614774"],
        [ch("Chidi Okonkwo-Evans", "2053-03-19", "19/03/2053"), ch("Adaeze Okonkwo-Evans", "2057-07-07", "07/07/2057")],
        [], None, None, [], None, "human_review",
        "A CASE TRANSFERRED BETWEEN LOCALITY TEAMS after a house move: business support ask the co-ordinators to update the "
        "allocation and the MAG list. The family were stepped down in November; nothing new is asked for -> other -> "
        "human_review. Children, DOBs and Mosaic ids as written; no concern, consent or agreement stated.",
        not_children=["Sian Harris", "Natasha Preece"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2060-03-03 16:02:27"
    ack = ["Thank you - your step-down request has been received.", "", "Reference: SB-herefordshire-1520",
           "Case: 617250", "Children:", "- Lachlan McIntyre (24/10/2049)", "- Isla-Rose McIntyre (01/05/2053)", "",
           "What is missing:", "- the family's signed consent form", "",
           "Please reply to this email, keeping the reference in the", "subject, to add anything."]
    text = T("""
Hi,

Signed consent form attached - Mr McIntyre signed it at my visit today. I've also attached the closure summary, as the case closed to social care on Friday (27 February), so the co-ordinators have the history.

Ffion

Ffion Rees-Mackintosh
Social Worker | Hereford City Team

On 24 Feb 2060, at 11:03, Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:

""") + stepbot_ack("SB-herefordshire-1520", ack)
    atts = [pdf_att("Consent form signed - McIntyre.pdf", "Early Help - consent to share information and receive support",
                    ["I agree to my family receiving Early Help and to information being shared.",
                     "Children: Lachlan and Isla-Rose McIntyre.",
                     "Signed: Iain McIntyre (father). Date: 03/03/2060. Witnessed by: F. Rees-Mackintosh."]),
            pdf_att("Closure summary - McIntyre - 27.02.60.pdf", "Social care closure summary - McIntyre (Mosaic 617250)",
                    ["History: police protection in 2057 after the children were found home alone overnight.",
                     "2057: allegation of sexual abuse against the paternal grandfather - no further action; he died in 2058.",
                     "Child protection plan (neglect) 2057-2058; Child in Need plan 2058 - 27/02/2060.",
                     "Outcome: CIN plan outcomes achieved. There are no current child protection concerns.",
                     "Remaining needs for Early Help: budgeting support and help with routines; no concerns about the "
                     "children's care."])]
    top = plain_top(f, addr("Ffion Rees-Mackintosh", "Ffion.Rees-Mackintosh@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Re: [SB-herefordshire-1520] Step-down request received - Mosaic 617250", when, HDOM,
                    "Apple Mail (2.3826)")
    add(f, iphone_mail(f, top, text, atts=atts), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "follow_up", False, None, ["617250"],
        [ch("Lachlan McIntyre", "2049-10-24", "24/10/2049"), ch("Isla-Rose McIntyre", "2053-05-01", "01/05/2053")],
        [], True, None, [], None, "attach_to_request",
        "A CLOSURE AND ITS HISTORY, AS A FOLLOW-UP: an Apple Mail reply to [SB-herefordshire-1520] ('>'-quoted "
        "acknowledgement) adding the signed consent form and the social care closure summary. The summary is full of risk "
        "words (police protection, a sexual abuse allegation, a CP plan for neglect) - all historic, 'no current child "
        "protection concerns' -> near miss. follow_up -> attach_to_request; consent true (the form signed today); no "
        "current concern. Children, DOBs (Mc surname) and the Mosaic id from the quoted acknowledgement.",
        not_children=["Iain McIntyre", "Ffion Rees-Mackintosh"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2060-01-06 09:12:41"
    data = ndr(f, when, HDOM, addr("Early Help Co-ordinators", HEH), "Tom.Vaughan@herefordshire.gov.uk",
               "[SB-herefordshire-1491] Reminder: step-down plan still to come",
               addr("Early Help Co-ordinators", HEH), "2060-01-06 09:12:05")
    add(f, data, "herefordshire", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "THE BOUNCE THAT FOLLOWS A LEAVER: an Exchange non-delivery report (multipart/report; delivery-status; "
        "Auto-Submitted: auto-replied) for stepbot's reminder on [SB-herefordshire-1491] to the address of a social "
        "worker who has left ('RecipNotFound'). auto_reply -> ignore (DESIGN rule 2); business support see the reminder "
        "was not delivered.")

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2060-02-20 18:34:50"
    text = T("""
hi my name is Jade Hopkins im 19. I used to have laura from early help when i lived at home but she left and her email doesnt work anymore so im trying this one

my little brother Kai Hopkins is 8 and hes at mums house in ledbury with mums boyfriend gary. mum went to birmingham yesterday for the weekend with her mate and left kai there with him.

kai just rang me from garys phone crying. he said gary has locked him in his bedroom since dinner time and he hasnt had any tea, and gary hit him in the face when he asked for food. he said his nose was bleeding

i cant get there i live in worcester and i dont drive. please can someone go and get him. my number is 07700 900 726

jade
""")
    top = [("From", addr("Jade Hopkins", "jade.hopkins.x@example.com")), ("To", HEH),
           ("Subject", "my brother kai please help"), ("Date", email.utils.format_datetime(dt(when))),
           ("Message-ID", "<CAH%s@mail.gmail.com>" % sha(f, "mid")[:30].upper())]
    body = multipart("alternative", [text_part(text, cte="7bit"), text_part(html_of(text, "Roboto"), "html")], gbnd(f, 1))
    add(f, build(top, body, False), "herefordshire", "early_help_duty", when, 3,
        "urgent", "other", True, None, [],
        [ch("Kai Hopkins")],
        ["neglect", "physical_harm"], None, None, [], None, "alert_duty",
        "A CHILD'S ADULT SISTER WRITES BECAUSE THE OLD WORKER HAS LEFT (her email 'doesnt work anymore'): on a Friday at "
        "18:34 an 8-year-old is locked in his room by his mother's boyfriend, unfed, hit in the face with a bleeding nose "
        "when he asked for food, mum away for the weekend -> urgent -> alert_duty, out of hours. Lower-case phone "
        "writing, no alarm word. Not a request -> other. Jade is 19 (an adult) and not labelled; Kai Hopkins is, with no "
        "DOB. Concerns: locked in and unfed (neglect), hit (physical_harm).",
        not_children=["Jade Hopkins"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2060-03-31 10:41:07"
    data = itip_reply(f, when, "Agnieszka Wróbel", "Agnieszka.Wrobel@" + HDOM, ("Early Help Co-ordinators", HEH),
                      "ACCEPTED", "Step-down drop-in - Mosaic 621930 [SB-herefordshire-1564]", "20600406T100000",
                      "20600406T103000", "Microsoft Teams Meeting",
                      comment="Accepted. For the co-ordinator before we meet: dad was released from prison on 12 March. "
                              "Probation confirm he lives in Newport under licence with an exclusion zone covering "
                              "Hereford, and he has no contact with the children - so this doesn't change the plan. No "
                              "new concerns.")
    add(f, data, "herefordshire", "early_help_duty", when, 3,
        "near_miss", "meeting_reply", False, None, ["621930"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, for a Tuesday-morning step-down drop-in (Tuesday 6 April, after the "
        "clocks went forward), with a COMMENT about a father released from prison - under licence, an exclusion zone, no "
        "contact, 'No new concerns' -> near miss, not urgent. Mosaic 621930 from the SUMMARY -> the bare id. "
        "record_reply.")

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

# England & Wales bank holidays in 2060 that fall on a weekday (the `holidays` package's list, which set_checks()
# re-derives and compares): New Year's Day Thursday 1 January; Good Friday 16 April; Easter Monday 19 April; May Day
# Monday 3 May; Spring Bank Holiday Monday 31 May; Late Summer Bank Holiday Monday 30 August; Christmas Day and Boxing
# Day fall on Saturday 25 and Sunday 26 December, so the substitute days are Monday 27 and Tuesday 28 December.
BANK_HOLIDAYS = {date(2060, 1, 1), date(2060, 4, 16), date(2060, 4, 19), date(2060, 5, 3), date(2060, 5, 31),
                 date(2060, 8, 30), date(2060, 12, 27), date(2060, 12, 28)}
IN_WINDOW = {}                                                                  # none inside the window
EASTER = {date(2060, 4, 16): "Good Friday", date(2060, 4, 19): "Easter Monday"}  # both after the window
WINDOW = (datetime(2060, 1, 5, tzinfo=LON), datetime(2060, 4, 2, 23, 59, 59, tzinfo=LON))
# The clocks go forward at 01:00 UTC on Sunday 28 March 2060 and back at 01:00 UTC on Sunday 31 October 2060.
BST_START = datetime(2060, 3, 28, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2060, 10, 31, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2060

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
WEEKDAY_DATE = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Weds|Wed|Thurs|"
                          r"Thur|Thu|Fri)\.?,? \(?(\d{1,2})(?:st|nd|rd|th)? (January|February|March|April|Jan|Feb|Mar|Apr)\b")
WD_INDEX = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}

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
            if meeting <= now.astimezone(LON).date(): err("meeting not after now")
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
    rcpt = " ".join(str(msg[h] or "") for h in ("To", "Cc")).lower()
    if MAILBOXES[(a, mb)].lower() not in rcpt: err("mailbox address not in To/Cc")
    d = email.utils.parsedate_to_datetime(msg["Date"])
    local = d.astimezone(LON)
    if not (WINDOW[0] <= d <= WINDOW[1]): err("Date outside the window")
    if local.weekday() >= 5: err("Date on a weekend")
    if local.date() in BANK_HOLIDAYS: err("Date on a bank holiday")
    if not msg["Date"].strip().endswith(expected_offset(d)): err("Date offset should be %s" % expected_offset(d))
    if d.utcoffset() != local.utcoffset(): err("Date offset differs from Europe/London's")
    if now.utcoffset() != d.utcoffset(): err("now offset differs from the Date header's")
    if not (timedelta(minutes=2) <= now - d <= timedelta(minutes=6)): err("now not 2-6 min after Date")
    if e["kind"] != "auto_reply" and msg["Auto-Submitted"] is not None: err("Auto-Submitted on human mail")
    if e["kind"] == "auto_reply" and not (msg["Auto-Submitted"] or "").startswith("auto-"): err("auto_reply not marked")
    text = readable(msg)
    for y in YEAR.findall(text + " " + all_headers(msg)):
        if int(y) > MAX_YEAR: err("year after %d in the text or headers: %s" % (MAX_YEAR, y))
    for m in WEEKDAY_DATE.finditer(text):
        mon = MONTHS[m[3][:3].lower()]
        day = date(2060, mon, int(m[2]))
        if day.weekday() != WD_INDEX[m[1][:3].lower()]:
            err("%r: %s is a %s" % (m[0], day, day.strftime("%A")))
    metas = {c["name"]: c for c in META[f]["children"]}
    for c in e["children"]:
        mc = metas.get(c["name"])
        if mc is None:
            err("child %s has no source record" % c["name"]); continue
        span = re.sub(r"\s+", " ", mc["_as"]) if mc["_as"] else c["name"]
        if span not in text: err("child %s (%r) not in text" % (c["name"], span))
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
        if any(name == c["name"] or name.split()[0] in c["name"].split() for c in e["children"]):
            err("excluded person %s labelled as a child" % name)
    for cid in e["case_ids"]:
        if cid not in text: err("case id %s not in text" % cid)
    return errors

CAT_EXPECTED = {"urgent": 11, "near_miss": 13, "ordinary": 16}

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
        try:
            present = phrase in readable(parse(f))
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
    if tot != CAT_EXPECTED or sum(tot.values()) != 40 or tot["urgent"] < 11 or tot["near_miss"] < 11:
        errors.append("set: category totals %s, expected %s (at least 11 urgent and 11 near misses)" % (tot, CAT_EXPECTED))
    kinds = {l["expect"]["kind"] for l in LABELS}
    if kinds != KINDS: errors.append("set: kinds present %s, need every kind" % sorted(kinds))
    return errors, tot

# ----------------------------------------------------------------------------- structural checks
ALARM = re.compile(r"(?i)\b(urgent\w*|immediate\w*|risk\w*|safeguard\w*|danger\w*|child[\s-]+protection)\b")

def _plain(msg):
    for part in msg.walk():
        if not part.is_multipart() and part.get_content_type() == "text/plain" and not part.get_filename():
            return part.get_content().replace("\r\n", "\n")
    return ""

def _lab(f):
    return next(l for l in LABELS if l["file"] == f)

def _now(f):
    return datetime.fromisoformat(_lab(f)["now"])

def _today(f):
    return _now(f).astimezone(LON).date()

def _att(msg, pred=lambda p: True):
    return [p for p in msg.walk() if not p.is_multipart() and p.get_filename() and pred(p)]

def _exts(msg):
    return sorted(p.get_filename().rsplit(".", 1)[1] for p in _att(msg))

def _cal(msg, method):
    return [p for p in msg.walk() if p.get_content_type() == "text/calendar"
            and (p.get_param("method") or "").upper() == method]

def _top(msg, marker="________________________________"):
    return _plain(msg).split(marker)[0]

def _k01(msg):
    c = _cal(msg, "REQUEST")
    if len(c) != 1: return False
    ical = c[0].get_payload(decode=True).decode()
    return ("DTSTART;TZID=GMT Standard Time:20600331T100000" in ical and "TZOFFSETTO:+0100" in ical
            and _exts(msg) == ["docx", "docx", "pdf"] and _date(msg).utcoffset() == timedelta(0))

def _date(msg):
    return email.utils.parsedate_to_datetime(msg["Date"])

def _k02(msg):
    top = _top(msg)
    return "get it worse tonight" in top and "Jordan Prescott" not in top and not ALARM.search(readable(msg))

def _k03(msg):
    d = _date(msg)
    return (d.utcoffset() == timedelta(hours=1) and d.astimezone(UTC).date() == date(2060, 3, 31)
            and d.astimezone(LON).date() == date(2060, 4, 1)
            and working_days(date(2060, 3, 31), date(2060, 4, 7)) == 5 and _wd("knowsley_03.eml") == 4)

def _k04(msg):
    top = _top(msg)
    quote_part = _plain(msg).split("________________________________")[1]
    return ("Thursday 11th March at 2pm" in top and "Monday 8th March at 10am" in quote_part
            and "13/10/2052" in quote_part and "31/10/2052" in top
            and working_days(_today("knowsley_04.eml"), date(2060, 3, 8)) == 2)

def _k08(msg):
    top = _top(msg)
    return ("URGENT" not in top and "URGENT" in _plain(msg) and "insulin" not in top
            and _exts(msg) == ["docx", "docx", "pdf"])

def _r04(msg):
    top = _top(msg)
    return "different girl" in top and "touches her private parts" not in top and "[SB-richmond_wandsworth-1288]" in str(msg["Subject"])

def _r06(msg):
    p = [x for x in msg.walk() if x.get_content_type() == "text/plain"][0]
    return p.get_param("format") == "flowed" and p["Content-Transfer-Encoding"] == "quoted-printable"

def _r07(msg):
    return [x.get_content_type() for x in msg.walk()] == ["text/html"]

def _r08(msg):
    c = _cal(msg, "REPLY")
    return len(c) == 1 and "PARTSTAT=TENTATIVE" in c[0].get_payload(decode=True).decode() \
        and "DTSTART:20600401T090000Z" in c[0].get_payload(decode=True).decode()

def _t02(msg):
    top = _top(msg)
    return "overruling" in top and "lighter" not in top and ALARM.search(_plain(msg)) is None

def _t08(msg):
    c = _cal(msg, "REPLY")
    ical = c[0].get_payload(decode=True).decode().replace("\r\n ", "")
    return len(c) == 1 and "PARTSTAT=DECLINED" in ical and "COMMENT" in ical and "hiding in the bathroom" in ical

def _b03(msg):
    h = [x for x in msg.walk() if x.get_content_type() == "text/html"][0].get_content()
    return "MsoTableGrid" in h and "Kayden Luscombe-Brown" in h

def _b05(msg):
    return len(_cal(msg, "PUBLISH")) == 1 and "fictional and for training only" in _plain(msg)

def _b06(msg):
    top = _top(msg)
    return "immediate" not in top.lower() and "no immediate concerns" in _plain(msg)

def _b08(msg):
    return msg["Auto-Submitted"] == "auto-generated" and msg["Precedence"] == "bulk"

def _h05(msg):
    p = [x for x in msg.walk() if x.get_content_type() == "text/plain"][0].get_content()
    quoted_lines = [l for l in p.splitlines() if l.startswith(">")]
    return (len(quoted_lines) >= 8 and all(len(l) <= 76 for l in p.splitlines())
            and _exts(msg) == ["pdf", "pdf"])

def _h06(msg):
    return msg.get_content_type() == "multipart/report" and msg["Auto-Submitted"] == "auto-replied"

def _h07(msg):
    return when_local(msg).hour >= 17 and "Jade Hopkins" in _plain(msg)

def when_local(msg):
    return _date(msg).astimezone(LON)

def _wd(f):
    return working_days(_today(f), META[f]["meeting"])

CUSTOM = [
    ("knowsley_01.eml", "an iTIP REQUEST with a BST DTSTART, sent in GMT, with docx+docx+pdf", _k01),
    ("knowsley_02.eml", "the report in the new text, the child's name only in the quoted ack; no alarm words", _k02),
    ("knowsley_03.eml", "sent 00:38 BST = 23:38 UTC the day before; 4 WD by the London date, 5 by the UTC date", _k03),
    ("knowsley_04.eml", "the correction on top, the wrong date and DOB only in the quoted draft; the draft date = 2 WD", _k04),
    ("knowsley_08.eml", "'URGENT' and the insulin only in the forwarded school email", _k08),
    ("richmond_wandsworth_04.eml", "the retraction on top, the disclosure only in the quoted original", _r04),
    ("richmond_wandsworth_06.eml", "iPhone format=flowed, quoted-printable", _r06),
    ("richmond_wandsworth_07.eml", "HTML-only", _r07),
    ("richmond_wandsworth_08.eml", "Google TENTATIVE with UTC times (10:00 BST = 09:00Z)", _r08),
    ("tower_hamlets_02.eml", "the manager overrules on top; the injury only in the quote; alarm words only in the MARF", _t02),
    ("tower_hamlets_08.eml", "the risk in a DECLINED reply's COMMENT", _t08),
    ("torbay_03.eml", "Word HTML table carrying the young person", _b03),
    ("torbay_05.eml", "PUBLISH .ics; fictional scenarios", _b05),
    ("torbay_06.eml", "'no immediate concerns' only in the quoted colleague's mail", _b06),
    ("torbay_08.eml", "auto-generated bulk system notice", _b08),
    ("herefordshire_05.eml", "'>'-quoted ack with short lines; two PDFs", _h05),
    ("herefordshire_06.eml", "a multipart/report bounce", _h06),
    ("herefordshire_07.eml", "out of hours; the adult sister named", _h07),
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
        if k in ("step_up", "step_down", "other"):
            CUSTOM.append((f, "no [SB-] reference on a new request / other mail",
                           lambda m: "[SB-" not in str(m["Subject"])))
        if k != "meeting_reply":
            CUSTOM.append((f, "no iTIP REPLY outside meeting replies",
                           lambda m: "REPLY" not in [(p.get_param("method") or "").upper() for p in m.walk()
                                                     if p.get_content_type() == "text/calendar"]))

# Each consent / manager wording ties to its label (the phrase must be in the readable text).
WORDING = [
    ("knowsley_01.eml", "has agreed the step up", "manager_agreed", True),
    ("knowsley_01.eml", "Mum knows we are asking for a step up meeting", "consent", None),
    ("knowsley_03.eml", "signed the Family First consent form", "consent", True),
    ("knowsley_03.eml", "agrees with the step down", "manager_agreed", True),
    ("knowsley_04.eml", "Dad has agreed to the step down", "consent", True),
    ("knowsley_08.eml", "agreed the step up in supervision", "manager_agreed", True),
    ("richmond_wandsworth_01.eml", "she has declined consent to the step-down", "consent", False),
    ("richmond_wandsworth_01.eml", "agrees with the step down", "manager_agreed", True),
    ("richmond_wandsworth_02.eml", "As Early Help Team Manager I agree this step up", "manager_agreed", True),
    ("richmond_wandsworth_03.eml", "Both parents have given their consent", "consent", True),
    ("richmond_wandsworth_04.eml", "I had not agreed it, and I do not agree with it", "manager_agreed", False),
    ("richmond_wandsworth_05.eml", "gave his consent to Early Help continuing the plan", "consent", True),
    ("tower_hamlets_01.eml", "both agreed to the step down", "consent", True),
    ("tower_hamlets_02.eml", "I have agreed the step up", "manager_agreed", True),
    ("tower_hamlets_02.eml", "not told, so as not to alert the partner", "consent", None),
    ("tower_hamlets_03.eml", "mum signed the consent to step down", "consent", True),
    ("tower_hamlets_07.eml", "does not agree with this step up", "manager_agreed", False),
    ("tower_hamlets_07.eml", "Mum agrees to the referral to MAST", "consent", True),
    ("torbay_01.eml", "does not agree", "manager_agreed", False),
    ("torbay_01.eml", "Mum has given her consent for level 3 Early Help", "consent", True),
    ("torbay_02.eml", "has agreed the step down to level 3", "manager_agreed", True),
    ("torbay_02.eml", "Mum signed consent for level 3 Early Help", "consent", True),
    ("torbay_03.eml", "Mum consents to this contact to MASH", "consent", True),
    ("torbay_03.eml", "agrees it needs considering for level 4", "manager_agreed", True),
    ("herefordshire_01.eml", "signed consent form", "consent", True),
    ("herefordshire_02.eml", "mum agreed to the step-down over the phone", "consent", True),
    ("herefordshire_03.eml", "agrees this needs to come back to you as a step up", "manager_agreed", True),
    ("herefordshire_05.eml", "Mr McIntyre signed it at my visit today", "consent", True),
]

QUIET_EXPECTED = ["herefordshire_03.eml", "herefordshire_07.eml", "knowsley_02.eml", "richmond_wandsworth_02.eml",
                  "richmond_wandsworth_06.eml", "torbay_03.eml", "tower_hamlets_05.eml", "tower_hamlets_08.eml"]
COUNTS_EXPECTED = {"knowsley_01.eml": (5, 5), "knowsley_03.eml": (4, 4), "knowsley_04.eml": (5, 5),
                   "knowsley_08.eml": (4, 4)}
QUIET, COUNTS = [], {}

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2060])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: the bank holidays in the window are %s, expected none" % inside)
    easter = {d: pkg.get(d) for d in pkg if "Easter" in pkg.get(d) or "Good Friday" in pkg.get(d)}
    if easter != EASTER or not all(d > WINDOW[1].date() for d in easter):
        errors.append("set: Easter 2060 is %s, expected %s after the window" % (easter, EASTER))
    if max(d for d in pkg if d.year == 2060 and d.month == 1) != date(2060, 1, 1) or WINDOW[0].date() <= date(2060, 1, 1):
        errors.append("set: New Year's Day must fall before the window")
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2060, 3) == date(2060, 3, 28) and BST_END.date() == last_sun(2060, 10)):
        errors.append("set: BST must start on the last Sunday of March 2060 (28 March)")
    if datetime(2060, 3, 27, 12, tzinfo=LON).utcoffset() != timedelta(0) or \
       datetime(2060, 3, 29, 0, 30, tzinfo=LON).utcoffset() != timedelta(hours=1):
        errors.append("set: Europe/London offsets around 28 March 2060 are not as expected")
    if not (WINDOW[0].date() == date(2060, 1, 5) and WINDOW[0].weekday() == 0 and WINDOW[1].date() == date(2060, 4, 2)
            and WINDOW[1].weekday() == 4):
        errors.append("set: the window must run from Monday 5 January to Friday 2 April 2060")
    quiet, counts, gmt, bst = [], {}, 0, 0
    for lab in LABELS:
        f = lab["file"]
        try:
            msg = parse(f)
            text = readable(msg)
        except Exception as ex:
            errors.append("%s: unreadable (%r)" % (f, ex)); continue
        d = email.utils.parsedate_to_datetime(msg["Date"])
        if d.utcoffset() == timedelta(0):
            gmt += 1
        else:
            bst += 1
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
        errors.append("set: only %d urgent mails avoid every alarm word" % len(quiet))
    if counts != COUNTS_EXPECTED:
        errors.append("set: Knowsley notice counts are %s, expected %s" % (counts, COUNTS_EXPECTED))
    if bst < 6 or gmt < 30:
        errors.append("set: expected at least 6 BST (+0100) and 30 GMT (+0000) mails, got %d / %d" % (bst, gmt))
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
    out.append("offsets %s" % dict(Counter(l["now"][-6:] for l in LABELS)))
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
