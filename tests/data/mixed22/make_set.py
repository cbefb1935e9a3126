#!/usr/bin/env python3
"""mixed22: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the Christmas and New Year period into the spring term, in styles and situations earlier sets lack: terse
manager-to-manager mails with the practitioner's request buried deep in an Outlook chain where each reply changes one
fact (consent given, withdrawn and given again; a meeting date moved twice; a child added late); mail from shared team
mailboxes sent "on behalf of" someone else; a manager's agreement as a one-word reply ("Agreed.", "Fine by me – JT")
or only in a subject line ("RE: Step down – TM approved"); case ids written unusually (broken across a line, only in
table cells, only in an attachment's file name, one per sibling, an old closed id beside the live one); HTML-only
mail laid out with presentation tables, <br>-separated fields, &nbsp; padding and an inline logo; a text/plain part
that is only a stub; a windows-1252 mail with smart quotes and O’Neill / D’Arcy; children given as initials with the
full names later, a baby named only in an attachment, a brother who has just turned 18, a care-experienced
17-year-old mother who is herself a child; urgent mail in plain words (a teenager's "I'm not going home tonight, he
said he'll kill me", a bruised baby at nursery at 15:45, a carer who cannot be woken, a child missing from care since
yesterday, a sex offender moving in this weekend, a risk only on the last page of an attached Word form); near misses
(a closed 2037 frame, a template's example text, a paediatrician-explained bruise, an anonymised case study, a
Christmas rota listing "what counts as an immediate risk", a school's Christmas out-of-office, an adult brother missing,
"URGENT" about a deadline).

Window: Monday 3 December 2040 - Friday 8 February 2041 (the brief's "Monday 5 December - Friday 10 February": 5
December 2040 is a Wednesday and 10 February 2041 a Sunday, so the window runs from the Monday of the first week to
the Friday of the last). Greenwich Mean Time throughout (+0000). Bank holidays in the window, from the `holidays`
package: Christmas Day Tuesday 25 December 2040, Boxing Day Wednesday 26 December 2040 (no substitute days: both fall
on weekdays) and New Year's Day Tuesday 1 January 2041. The last working day before Christmas is Monday 24 December;
the first after New Year is Wednesday 2 January.

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, Content-IDs and calendar UIDs
come from sha1 of the file name; zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py
(`--stats` prints the tallies; `--inject-faults` also breaks an in-memory copy in 34 ways and requires every break to
be caught). pypdf and python-docx are used only by the self-checks, to read the hand-built PDFs and .docx files back;
`holidays` is required and must agree with the script's bank-holiday list. The MIME, Word HTML, PDF, .docx, iCalendar,
out-of-office, working-day, readable-text and self-check helpers are copied from
/work/main/tests/data/mixed19/make_set.py and adapted (window, bank holidays, the checks), with builders added for
windows-1252 mail, HTML-only multipart/related mail with presentation tables and inline images, a stub text/plain
part, Word documents with page breaks, and fault injection. Every label was set by hand from the specification; the
self-checks only verify them against its rules and STOP on any error before anything is written.
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
    """Local (Europe/London) wall-clock time. Every Date in the window (Monday 3 December 2040 - Friday 8 February
    2041) is Greenwich Mean Time (+0000): British Summer Time ended on Sunday 28 October 2040 and starts again on
    Sunday 31 March 2041. The self-check asserts it."""
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
    head.encode("ascii")                      # headers are always 7-bit (RFC 2047 where needed)
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
            zi = zipfile.ZipInfo(name, date_time=(2040, 11, 1, 0, 0, 0))
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


# ----------------------------------------------------------------------------- helpers added for mixed22
def hdr1252(s):
    """An RFC 2047 header word in windows-1252, as Outlook writes it for a windows-1252 message."""
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

# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2040-12-20 09:12:37"
    jt = "Tasker, Joanne <Joanne.Tasker@knowsley.gov.uk>"
    co = "Ormerod, Chelsea <Chelsea.Ormerod@knowsley.gov.uk>"
    m5 = T("""
Hi Jo,

Can I step Kayden up to CSC? EHM-62817.

Kayden Rimmer (DOB 25/06/2032) is 8 and lives with his mum, Lauren Rimmer. Since the TAF on 11/12 nothing has changed: there has been no gas since November (mum is using a fan heater in one room), there is very little food in the house, Kayden has the same clothes on all week and school say he is hungry and tired most mornings. His attendance is 81%. The GCP2 I did with mum on 12/12 scores 4 for nutrition, housing and hygiene.

I've pencilled the step up TAF for Wednesday 19 December at 10am at Stockbridge Village Family Hub and will send the invite to the MASH inbox and MASH business support.

Chelsea
""")
    m4 = "Yes, agreed. JT\n"
    m3 = T("""
Jo - the DSL can't do tomorrow. Moved to Wednesday 2nd January, 10am, same venue.
C
""")
    m2 = T("""
Jo - one more thing. Kayden's half-brother, Jaxon Rimmer (DOB 02/03/2036), moved back in with mum on Sunday from his dad's. Same worries for him, so I've added him to the form.
C
""")
    m1 = T("""
Jo - school are closed from tomorrow until the 7th, so Mrs Kenny can't do the 2nd after all. She can do Friday 28th December at 10am, same venue, so I've moved it again. The updated invite has gone to the MASH inbox and MASH business support. I'm on leave from tomorrow, back on the 27th.
Chelsea
""")
    thread = quote_chain([
        (co, "19 December 2040 16:20", jt, "RE: Step up - Kayden Rimmer", m1, None),
        (co, "19 December 2040 11:48", jt, "RE: Step up - Kayden Rimmer", m2, None),
        (co, "18 December 2040 15:02", jt, "RE: Step up - Kayden Rimmer", m3, None),
        (jt, "17 December 2040 12:30", co, "RE: Step up - Kayden Rimmer", m4, None),
        (co, "17 December 2040 10:14", jt, "Step up - Kayden Rimmer", m5, None),
    ])
    body = T("""
Des / MASH,

Chelsea's step up, forwarded before the break. Her request is at the bottom; each reply above it changes one thing, so read up. Form, GCP2 and TAF minutes attached.

JT

Joanne Tasker
Team Manager | Family First 0-18 (Stockbridge Village) | Knowsley Council
0151 496 0281

""") + KDISC + thread
    form = docx_att("FF Step Up request to CSC - Rimmer (updated 19.12.40).docx", appendix1([
        ("Case ID on EHM:", "EHM-62817"),
        ("Children:", "Kayden Rimmer, 25/06/2032; Jaxon Rimmer, 02/03/2036 (moved back to mum's 16/12/2040)"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Friday 28/12/2040, 10:00, Stockbridge Village Family Hub"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium - mum lets us in and attends TAFs"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 11/12/2040"),
        ("What are we worried about?", "No gas since November, little food, the same clothes all week, Kayden hungry "
         "and tired at school; GCP2 4s for nutrition, housing and hygiene. Attendance 81%."),
        ("What is working well?", "Mum is warm with the boys and lets workers in. School give Kayden breakfast."),
        ("What next?", "Step up to CSC for a C&F assessment; Family First to stay involved until it is done."),
        ("Graded Care profile (If neglect should be completed).", "Completed 12/12/2040 - attached"),
        ("Agreement by line manager:", "Joanne Tasker, Team Manager, 17/12/2040"),
    ]))
    gcp2 = pdf_att("GCP2 - Rimmer - 12.12.40.pdf", "Graded Care Profile 2 (GCP2) - summary of scores", [
        "Family: Rimmer. Completed with mum at home on 12/12/2040 by Chelsea Ormerod (Family First).", "",
        "Area 1 Physical care - nutrition 4, housing 4, clothing 3, hygiene 4, health 3",
        "Area 2 Care of safety: 3", "Area 3 Love and care: 2", "Area 4 Stimulation and education: 3"])
    minutes = docx_att("TAF minutes 11.12.40 - Rimmer.docx", [
        "# Team Around the Family - minutes", "Date: 11/12/2040, 13:30, Stockbridge Village Family Hub",
        "Present: Lauren (mum), Chelsea Ormerod (Family First, chair), Mrs Kenny (DSL), school nurse",
        "School: Kayden 81%; often hungry at breakfast club. Family First: no gas since November.",
        "Agreed: GCP2 to be completed this week; Chelsea to discuss a step up with her team manager."])
    top = outlook_top(f, addr("Tasker, Joanne", "Joanne.Tasker@" + KDOM), addr("Knowsley MASH", KMASH),
                      "FW: Step up - Kayden Rimmer - EHM-62817", when,
                      cc="%s, %s" % (addr("MASH Business Support", KBS), addr("Faulk, Desmond", "desmond.faulk@" + KDOM)))
    add(f, mail(f, top, body, [form, gcp2, minutes], html_alt=True), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-62817"],
        [ch("Kayden Rimmer", "2032-06-25", "25/06/2032"), ch("Jaxon Rimmer", "2036-03-02", "02/03/2036")],
        ["neglect", "school_attendance"], None, True, [], False, "request_info",
        "TERSE MANAGER-TO-MANAGER FORWARD with the practitioner's request five messages deep; each reply changes one "
        "fact: the TM's one-line 'Yes, agreed. JT' (manager true), the TAF moved from Wed 19 Dec to Wed 2 Jan, a "
        "half-brother added late (Jaxon Rimmer, labelled second: Kayden's full name is in the Subject), and the TAF "
        "moved again to Fri 28 Dec 10:00 (the newest block wins). From Thu 20 Dec: 21, 24, 27, 28 = 4 WD (Christmas "
        "Day and Boxing Day excluded; a plain weekday count gives 6) -> notice not ok. Form, GCP2 (neglect) and TAF "
        "minutes attached, EHM id present -> nothing missing; request_info only for the notice. neglect (no gas, "
        "food, clothes, GCP2 4s) + school_attendance (81%). No consent wording -> null.",
        meeting=date(2040, 12, 28),
        not_children=["Lauren Rimmer", "Chelsea Ormerod", "Joanne Tasker"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2040-12-10 14:06:12"
    body = T("""
Hi MASH,

Please find attached a step up request for Mia Fairclough (DOB 14/06/2027), EHM-63390, who is open to me at Level 3.

Step up TAF meeting: Wednesday 19 December 2040, 10:00, Kirkby Family Hub. The calendar invite has gone to the MASH inbox and MASH business support, and I have invited the current TAF members.

The step up is about non-engagement. Mum has cancelled six of the last nine visits, her partner won't meet me at all, and Mia's attendance is down to 72%. The Engaging Families toolkit summary is attached, along with the step up form and the minutes of the TAF on 04/12/40. My team manager, Carol Ince, agreed the step up in supervision on 07/12/40.

Any problems, give me a ring.

Rhys

Rhys Garside
Family First Case Manager | Kirkby Team | Knowsley Council
0151 496 0612

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Fairclough - EHM-63390.docx", appendix1([
        ("Case ID on EHM:", "EHM-63390"),
        ("Child:", "Mia Fairclough, DOB 14/06/2027"),
        ("Household:", "Mum, Stacey Fairclough; her partner, Craig Dunne; Mia's brother Alfie (4)"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Wednesday 19/12/2040, 10:00, Kirkby Family Hub"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Low. Yes - the toolkit was completed on 03/12/2040; summary attached."),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 04/12/2040"),
        "\f",
        ("What are we worried about?", "Mum and Craig do not engage: six of nine visits cancelled since October, "
         "Craig has never met a worker. Mia's attendance is 72% and she is often late and tired."),
        ("What is working well?", "Mia is close to her nan and talks to her form tutor. Alfie's nursery place is "
         "going well."),
        ("What next?", "Step up to CSC for a C&F assessment. Family First to stay involved until it is done."),
        ("Graded Care profile (If neglect should be completed).", "N/A - not neglect"),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Up to date police information if applicable:", "None known"),
        ("Agreement by line manager:", "Carol Ince, Team Manager - agreed in supervision 07/12/2040"),
        ("Contingency plan (Smart and timely).", "If the step up is not agreed: weekly joint visits with school, "
         "reviewed at the next TAF on 08/01/2041."),
        "\f",
        "# Additional information",
        "Added 10/12/2040, 13:40, after the form above was finished:",
        "Mia came to find me at school at 12:30 today. She has red marks on both sides of her neck. She told me that "
        "last night Craig held her against the kitchen wall by her throat until she couldn't breathe, and said that "
        "if she tells anyone he will do the same to Alfie. She says she is too frightened to go home at 3.15 and asked "
        "if she can stay at school. School have not spoken to mum. I am sending this request as planned and ringing "
        "the MASH duty team now.",
    ]))
    minutes = docx_att("TAF minutes 04.12.40 - Fairclough.docx", [
        "# TAF minutes 04/12/2040", "Present: Rhys Garside (Family First, chair), form tutor, school nurse, nan.",
        "Mum and Craig did not attend and did not send apologies.",
        "School: attendance 72%, Mia often late and tired.",
        "Agreed: Rhys to complete the Engaging Families toolkit and discuss a step up with his team manager."])
    ef = pdf_att("Engaging Families toolkit - summary - Fairclough.pdf", "Engaging Families toolkit - summary", [
        "Completed 03/12/2040 by Rhys Garside (Family First).",
        "Engagement: low. Visits offered 9, visits held 3; the mother's partner has declined every contact.",
        "Tried: visits at different times, a female worker, meetings at nan's house and at school, text reminders.",
        "What it tells us: the family is not engaging with the plan and the worries are not reducing."])
    top = outlook_top(f, addr("Garside, Rhys", "Rhys.Garside@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Mia Fairclough - EHM-63390 - TAF Wed 19/12", when,
                      cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, minutes, ef], html_alt=True), "knowsley", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-63390"],
        [ch("Mia Fairclough", "2027-06-14", "14/06/2027")],
        ["non_engagement", "physical_harm", "school_attendance"], None, True, [], True, "alert_duty",
        "URGENT ONLY ON THE LAST PAGE OF THE ATTACHED WORD FORM: the covering mail is a calm, complete non-engagement "
        "step-up, but page 3 of the Appendix 1 .docx ('Additional information', added at 13:40) says Mia was held by "
        "the throat last night by mum's partner, who threatened her brother, and she is too frightened to go home at "
        "3.15 today. No alarm word anywhere. Safety rule 1 reads attachments -> alert_duty. Otherwise complete: form, "
        "TAF minutes, Engaging Families toolkit (non_engagement), EHM id, TM agreement; TAF Wed 19 Dec from Mon 10 Dec "
        "= 7 WD -> ok. Alfie (4) is named by first name only -> not labelled.",
        meeting=date(2040, 12, 19),
        not_children=["Stacey Fairclough", "Craig Dunne", "Carol Ince", "Rhys Garside"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2040-12-24 10:31:48"
    body = T("""
Good morning,

I know it’s Christmas Eve – sorry! I’d like to step Ruairí O’Neill (DOB 03/09/2029) and his half-sister Keeley D’Arcy (DOB 17/02/2034) down to Family First at Level 3. ICS IDs: ICS-1620451 (Ruairí) and ICS-1620452 (Keeley).

Mum, Nicola O’Neill, signed the Family First consent form at the CIN review on 20/12/2040 and is happy for a case manager to be involved. My TM, Gareth Lyle, has agreed the step down.

Joint home visit: Wednesday 2nd January 2041 at 10:30am, at the family home – 14 Brookfield Walk, Huyton, L36 9ZZ. I’m back in on the 27th if anything needs sorting before then.

“What are we worried about?”
Mum’s depression – she’s on medication and sees her GP every month, but when she’s low the routine at home falls apart. Ruairí’s attendance is 86% and he’s late most Mondays.

“What is working well?”
Mum asked for help herself. Keeley’s dad, Jordan D’Arcy, has both children every Saturday and now takes them to school on Mondays. Nan lives two streets away and pops in daily.

“What needs to happen?”
A Family First case manager to co-ordinate a TAF with school and the GP; a morning-routine plan; mum to restart the ‘Mood Matters’ group in January.

Happy Christmas,
Siobhán

Siobhán McArdle
Social Worker | Child in Need Team (Huyton) | Knowsley Council
0151 496 0874

""") + KDISC
    top = outlook_top(f, addr1252("McArdle, Siobhán", "Siobhan.McArdle@" + KDOM),
                      addr("Family First 0-18 Duty Mailbox", KFF),
                      "x", when)
    top = [(k, hdr1252("Step down to Family First (Level 3) – O’Neill / D’Arcy – joint visit 02/01/41")
            if k == "Subject" else (hdr1252("Step down to Family First (Level 3) – O’Neill / D’Arcy – joint visit 02/01/41")
                                    if k == "Thread-Topic" else v)) for k, v in top]
    add(f, mail(f, top, body, html_alt=True, charset="windows-1252"), "knowsley", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["ICS-1620451", "ICS-1620452"],
        [ch("Ruairí O’Neill", "2029-09-03", "03/09/2029"), ch("Keeley D’Arcy", "2034-02-17", "17/02/2034")],
        ["parental_mental_health", "school_attendance"], True, True, [], False, "request_info",
        "WINDOWS-1252 (quoted-printable text + HTML, RFC 2047 windows-1252 Subject and From) with smart quotes, en "
        "dashes and typographic apostrophes in the surnames (O’Neill, D’Arcy, kept as written) and an accent (Ruairí); "
        "TWO ICS IDS FOR TWO SIBLINGS. Sent on Christmas Eve, the last working day before Christmas: Level 3, consent "
        "signed, the three Signs of Safety headings in curly quotes, joint home visit Wed 2 Jan 10:30 at the family "
        "home (venue) -> from Mon 24 Dec: 27, 28, 31 Dec, 2 Jan = 4 WD (Christmas Day, Boxing Day and New Year's Day "
        "excluded; a plain weekday count gives 7) -> notice not ok -> request_info. Mum's depression -> "
        "parental_mental_health; attendance 86% -> school_attendance; TM agreed -> manager true.",
        meeting=date(2041, 1, 2),
        not_children=["Nicola O’Neill", "Jordan D’Arcy", "Gareth Lyle", "Siobhán McArdle"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2040-12-27 11:15:03"
    logo, cid = inline_png(f, "image001.png", 1, (0, 94, 120), 160, 48)
    intro = ("Good morning Family First duty,<br><br>\n"
             "As agreed at the CIN review on 19 December, I am stepping the child below down to a Level&nbsp;2 "
             "Early Help service. The details are in the table; the final CIN meeting is below.")
    rows = [
        ("Child", fields_html([("Name", "Harvey Quinn"), ("DOB", "09/05/2031"), ("ICS ID", "ICS-1598822"),
                               ("School", "St Aidan's Catholic Primary, Year 5")])),
        ("Step down to", "Level&nbsp;2 &ndash; school family support"),
        ("Lead Practitioner", "Sinead Brophy<br>\nFamily Support Worker<br>\nSt Aidan's Catholic Primary School, Kirkby"),
        ("Final CIN meeting", fields_html([("Date", "Friday 4 January 2041"), ("Time", "10:00 - 11:00"),
                                           ("Venue", "St Aidan's Catholic Primary School, meeting room 1")])),
        ("What are we worried about?", esc("Harvey's attendance (84% this term) and his speech and language delay - "
                                           "the EHC needs assessment is still with the local authority.")),
        ("What is working well?", esc("Dad has kept to the routines agreed at CIN, Harvey is settled and happy at "
                                      "home, and school know him well.")),
        ("What needs to happen?", esc("Sinead to lead an Early Help Assessment and TAF from January; school to chase "
                                      "the EHC needs assessment; attendance support meetings each half term.")),
        ("Family's view", esc("Dad (Martin Quinn) agrees with the step down and with Sinead as lead practitioner.")),
    ]
    outro = ("Kind regards<br><br>\n<b>Tess Brannigan</b><br>\nSocial Worker | Child in Need Team (Kirkby) | "
             "Knowsley Council<br>\n0151 496 0390<br><br>\n<span style=\"font-size:8pt;color:#777777\">%s</span>"
             % esc(KDISC.strip()))
    h = layout_html(intro, rows, outro, cid, "Knowsley Council")
    root = related_html(f, h, [logo])
    top = outlook_top(f, addr("Brannigan, Tess", "Tess.Brannigan@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Level 2 - Harvey Quinn - final CIN 04/01/2041", when)
    add(f, build(top, root, True), "knowsley", "early_help_duty", when, 2,
        "ordinary", "step_down", False, 2, ["ICS-1598822"],
        [ch("Harvey Quinn", "2031-05-09", "09/05/2031")],
        ["disability_send", "school_attendance"], True, None, [], True, "book_meeting",
        "HTML-ONLY (no text/plain part; multipart/related with an inline logo) LAID OUT WITH A PRESENTATION TABLE: "
        "label cells and value cells whose fields are <br>-separated and padded with &nbsp;. Level 2 stated; the lead "
        "practitioner's name and agency; the final CIN meeting's date, time and venue; all three Signs of Safety "
        "headings -> nothing missing. Sent Thu 27 Dec (between Boxing Day and New Year): 28, 31 Dec, 2, 3, 4 Jan = "
        "exactly 5 WD (New Year's Eve is a working day; New Year's Day is not) -> ok -> book_meeting. Dad 'agrees "
        "with the step down' -> consent true (not required at L2). Speech and language delay awaiting an EHC needs "
        "assessment -> disability_send; 84% -> school_attendance.",
        meeting=date(2041, 1, 4),
        not_children=["Martin Quinn", "Sinead Brophy", "Tess Brannigan"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2041-01-02 09:20:44"
    data = itip_reply(f, when, "Aled Pryce", "aled.pryce@" + KDOM, ("Knowsley MASH", KMASH), "DECLINED",
                      "Step-up TAF meeting - EHM-64102 [SB-knowsley-131]", "20410109T100000", "20410109T113000",
                      "Microsoft Teams",
                      comment="Declining - I'm on leave from 8 January until the 14th. Bryony Tate will chair in my "
                              "place; I've forwarded the invitation to her.")
    add(f, data, "knowsley", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, ["EHM-64102"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY (text/calendar method=REPLY, PARTSTAT=DECLINED) from the MASH social worker, sent on the "
        "first working day after New Year, with a COMMENT naming a stand-in chair; subject 'Declined: Step-up TAF "
        "meeting - EHM-64102 [SB-knowsley-131]'. Meeting replies carry the case id written in their SUMMARY; no "
        "child is named. record_reply.",
        not_children=["Bryony Tate"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2040-12-19 15:05:26"
    sj = "Tiernan, Sarah-Jane <Sarah-Jane.Tiernan@knowsley.gov.uk>"
    jt = "Thwaite, Jamie <Jamie.Thwaite@knowsley.gov.uk>"
    body = T("""
Hi MASH,

Sent on behalf of Sarah-Jane Tiernan, Family First Case Manager, who is out on visits all afternoon.

Sarah-Jane would like to request a step up to CSC for Lacey-Jo Ashcroft (DOB 21/08/2030) and Summer Ashcroft (DOB 02/11/2033). The step up form and the minutes of the last TAF (12/12/2040) are attached.

Step up TAF meeting: Thursday 27th December 2040 at 10am, Huyton Family Hub (the first working day after Boxing Day). Sarah-Jane has sent the calendar invite to the MASH inbox and MASH business support.

The worries in brief: mum's partner was arrested after an incident at the house on 8 December (mum had a black eye; the girls were upstairs). He is on bail not to go to the address until his court date in February, and mum says she hasn't seen him since. Mum is drinking most days and says it's the only way she copes.

Her team manager's agreement is below.

Many thanks,
Leanne Cowley
Business Support Officer, on behalf of Sarah-Jane Tiernan
Family First 0-18 | Huyton Team | Knowsley Council
0151 496 0455

""") + KDISC + quote_chain([
        (jt, "19 December 2040 13:52", sj, "RE: Ashcroft - step up?", "Fine by me – JT\n", None),
        (sj, "19 December 2040 13:30", jt, "Ashcroft - step up?", T("""
Jamie - after this morning's TAF-planning call I want to step the Ashcroft girls up before Christmas. OK with you? Leanne will send it for me, I'm out all afternoon.
SJ
"""), None),
    ])
    form = docx_att("EHM-64477 Step Up Form - Ashcroft.docx", appendix1([
        ("Case ID on EHM:", "(see file name)"),
        ("Children:", "Lacey-Jo Ashcroft 21/08/2030, Summer Ashcroft 02/11/2033"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Thursday 27/12/2040, 10:00, Huyton Family Hub"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium - mum engages when sober"),
        ("Recent TAF meeting minutes attached:", "Yes - 12/12/2040"),
        ("What are we worried about?", "Domestic abuse by mum's partner (incident 08/12/2040, arrest, bail); mum's "
         "drinking most days."),
        ("What is working well?", "The girls are doing well at school; nan has them after school."),
        ("What next?", "Step up to CSC for a C&F assessment."),
        ("Agreement by line manager:", "Yes - see email"),
    ]))
    minutes = docx_att("TAF minutes 12.12.40 - EHM-64477.docx", [
        "# TAF minutes 12/12/2040", "Present: mum, Sarah-Jane Tiernan (chair), school DSL, Knowsley DA service.",
        "DA service: partner arrested 08/12, bailed not to attend the address.",
        "Mum said she is drinking 'most days' to cope.", "Agreed: step up to be discussed with the team manager."])
    top = outlook_top(f, addr("FF Huyton Team", "FFHuytonTeam@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - Ashcroft girls - TAF 27/12", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, minutes], html_alt=True), "knowsley", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, ["EHM-64477"],
        [ch("Lacey-Jo Ashcroft", "2030-08-21", "21/08/2030"), ch("Summer Ashcroft", "2033-11-02", "02/11/2033")],
        ["domestic_abuse", "substance_misuse"], None, True, [], False, "request_info",
        "SHARED TEAM MAILBOX (FFHuytonTeam@) signed by business support 'on behalf of' the case manager; the TM's "
        "agreement is a quoted one-line reply 'Fine by me – JT' (manager true); THE CASE ID IS ONLY IN THE ATTACHMENTS' "
        "FILE NAMES ('EHM-64477 Step Up Form - Ashcroft.docx'; the form says '(see file name)'), and a file name is "
        "readable text -> case_ids [EHM-64477], case_id met. Form + TAF minutes attached; concerns domestic_abuse "
        "(this month's incident, partner bailed) + substance_misuse (mum drinking most days). TAF Thu 27 Dec from "
        "Wed 19 Dec: 20, 21, 24, 27 = 4 WD (Christmas Day and Boxing Day excluded; plain weekdays 6) -> not ok -> "
        "request_info.",
        meeting=date(2040, 12, 27),
        not_children=["Sarah-Jane Tiernan", "Leanne Cowley"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2040-12-27 10:02:10"
    body = T("""
Thank you for your email.

St Columba's Catholic Primary is closed for the Christmas holidays and reopens to staff and pupils on Monday 7 January 2041. This mailbox is not monitored during the holidays.

If you are worried that a child is at immediate risk of harm, contact Knowsley MASH on 0151 496 0417 or, out of hours, the Emergency Duty Team on 0151 496 0999. In an emergency call 999.

Our Designated Safeguarding Lead, Mrs Anne Kenny, will pick up messages on 7 January.

Wishing you a happy and peaceful Christmas.

St Columba's Catholic Primary School Office
""")
    data = ooo(f, when, "St Columba's School Office", "office@stcolumbas.example.sch.uk", addr("Knowsley MASH", KMASH),
               "Step-up TAF meeting - Friday 28 December 10:00 - Stockbridge Village Family Hub", body)
    add(f, data, "knowsley", "mash_step_up", when, 1,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "A school's Christmas-closure out-of-office (Auto-Submitted: auto-replied, X-Auto-Response-Suppress: All, "
        "'Automatic reply:') sent on Thursday 27 December, between Boxing Day and New Year, answering the MASH inbox's "
        "reminder of the Friday 28 December TAF; its 'immediate "
        "risk of harm ... call 999' and 'Designated Safeguarding Lead' are boilerplate -> auto_reply -> ignore, never "
        "urgent. No child or case id in it.",
        not_children=["Anne Kenny"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2041-01-08 16:52:31"
    ack = ack_text("step-up", "SB-knowsley-127", [
        "Case: EHM-63851", "Children: Kelsey Barton (04/04/2025)",
        "Step-up TAF meeting: Wednesday 16 January 2041, 10:00 (Microsoft Teams)"],
        ["the minutes of the most recent TAF meeting"])
    body = T("""
Kelsey has just messaged me on my work phone, 16:41:

"im not going home tonight. he said hell kill me. hes took my key and my charger. im at the bus station in huyton"

"He" is Lee Gerrard, mum's partner. I've rung the MASH duty line and I'm on hold. I'm driving to the bus station now to find her. Mum isn't answering her phone.

Kate

Get Outlook for iOS
""") + quote("stepbot (Knowsley MASH) <knowsleymash@knowsley.gov.uk>", "Monday, January 7, 2041 11:02:14 AM",
             "Donnelly, Kate <Kate.Donnelly@knowsley.gov.uk>",
             "[SB-knowsley-127] Step-up request received - EHM-63851", ack)
    top = outlook_top(f, addr("Donnelly, Kate", "Kate.Donnelly@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: [SB-knowsley-127] Step-up request received - EHM-63851", when,
                      mid_domain="LO2P265MB7741.GBRP265.PROD.OUTLOOK.COM")
    add(f, mail(f, top, body, html_alt=True, crlf=False, cte="base64"), "knowsley", "mash_step_up", when, 2,
        "urgent", "follow_up", True, None, ["EHM-63851"],
        [ch("Kelsey Barton", "2025-04-04", "04/04/2025")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT IN A TEENAGER'S OWN WORDS on a follow-up: an Outlook for iOS reply to [SB-knowsley-127] pasting the "
        "15-year-old's text message 'im not going home tonight. he said hell kill me' (mum's partner has her key; she is "
        "at the bus station at 16:41). No alarm word anywhere. follow_up (reference in the subject) but urgent -> "
        "alert_duty. Child, DOB and case id from the quoted acknowledgement; the threat to kill her -> physical_harm "
        "(she is not missing: her whereabouts are known).",
        not_children=["Lee Gerrard"])


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2040-12-24 12:05:19"
    lp = "Pettifer, Lucy <Lucy.Pettifer@richmondandwandsworth.gov.uk>"
    oa = "Adebayo, Ola <Ola.Adebayo@richmondandwandsworth.gov.uk>"
    m4 = T("""
Hi Lucy,

I'd like to step Ellis Marchant (DOB 11/07/2032, Mosaic 1847210) down to Early Help. Mum, Gemma Marchant, gave her consent at the final CIN review yesterday (17/12). What's left is Ellis's attendance (87%) and mum's anxiety, which Talking Therapies are helping with. The latest case summary and the draft plan for Early Help are attached.

Can you agree it and set up the case discussion with the Early Help duty TM?

Ola

Ola Adebayo
Social Worker | Assessment and Intervention (Wandsworth)
""")
    m3 = T("""
Lucy - Gemma rang this morning. She has withdrawn her consent - she says she doesn't want "another service in her life". Hold off for now?
Ola
""")
    m2 = T("""
OK, on hold. I've pencilled a case discussion with Jasper for Thursday 27th at 10 anyway, in case she comes round.
L
""")
    m1 = T("""
Lucy - Gemma has changed her mind again. She met Abi Fenn from Early Help at the school gate this afternoon, liked her, and has now signed the consent form for the step down.
Ola
""")
    thread = quote_chain([
        (oa, "21 December 2040 15:31", lp, "RE: Step down - Ellis Marchant", m1, None),
        (lp, "20 December 2040 17:05", oa, "RE: Step down - Ellis Marchant", m2, None),
        (oa, "20 December 2040 14:12", lp, "RE: Step down - Ellis Marchant", m3, None),
        (oa, "18 December 2040 10:40", lp, "Step down - Ellis Marchant", m4, None),
    ])
    body = T("""
Jasper,

As discussed on the phone just now: case discussion Thursday 27 December, 10:00, Teams - you, me, Ola, and Abi if she's back. Summary and draft plan attached. Consent: see Ola's note at the top of the thread. Agreed at my end.

Lucy

Lucy Pettifer
Team Manager | Assessment and Intervention (Wandsworth) | Richmond and Wandsworth Councils

""") + RDISC + thread
    summary = docx_att("Case summary - Ellis Marchant - 18.12.40.docx", [
        "# Case summary", "Child: Ellis Marchant, 11/07/2032. Mosaic 1847210.",
        "CIN since May 2040 after mum's anxiety left her unable to get Ellis to school.",
        "Now: attendance 87% (62% in May); mum in Talking Therapies, anxiety improving.",
        "Recommendation: step down to Early Help to continue the attendance plan and support for mum."])
    plan = docx_att("Draft Early Help plan - Ellis Marchant.docx", [
        "# Draft Early Help plan", "1. School attendance: weekly check-in with the attendance officer (school).",
        "2. Mum's anxiety: continue Talking Therapies; EH worker to support with the morning routine.",
        "Review: within 4 weeks of handover."])
    top = outlook_top(f, addr("Pettifer, Lucy", "Lucy.Pettifer@" + RDOM), addr("Early Help Duty", RED),
                      "FW: Step down - Ellis Marchant - Mosaic 1847210", when,
                      cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    add(f, mail(f, top, body, [summary, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["1847210"],
        [ch("Ellis Marchant", "2032-07-11", "11/07/2032")],
        ["parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
        "TERSE MANAGER-TO-MANAGER on Christmas Eve (the SW's team manager to the EH duty TM) with the social worker's "
        "request four messages deep; CONSENT GIVEN (17/12), THEN WITHDRAWN ('has withdrawn her consent'), THEN GIVEN "
        "AGAIN in the newest block ('has now signed the consent form') -> the latest statement wins: true. Case "
        "summary + draft plan attached -> complete -> book_meeting. The case discussion the SW's TM agreed (Thu 27 "
        "Dec) is within 5 calendar days of Monday's contact (Christmas Day and Boxing Day in between); no notice "
        "period applies. 'Mosaic 1847210' -> '1847210'. TM 'Agreed at my end' -> manager true.",
        not_children=["Gemma Marchant", "Ola Adebayo", "Abi Fenn", "Lucy Pettifer"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2041-01-03 11:47:55"
    body = T("""
MASH,

I'm stepping the Farrow family up now rather than waiting for a case discussion, and I'm phoning the MASH manager as I send this.

Maddie Okafor, our Early Help worker, arrived for her 11:00 visit and found Kerry Farrow on the living room floor. Maddie couldn't wake her. Riley Farrow (4) had opened the door to her; Lyla Farrow (19 months) was in her cot. Paramedics took Kerry to St George's at 11:30 - they think she has taken something. Maddie is still in the flat with both children. There is no other adult: the children's dad is in prison and their nan is in Spain until the 10th. Someone needs to decide today where the children go and who looks after them tonight.

Rationale for step up
Kerry was doing well on her script until the middle of December. Since then she has missed two pharmacy pick-ups and a drug service appointment, and nursery have twice found Riley unwashed and hungry. Today she was found collapsed with the children alone in her care. Early Help cannot meet the children's needs now: they need a social work assessment and a plan today.

The latest case summary is attached. I have agreed this step up.

Bea Hollis
Early Help Team Manager | Roehampton and Putney | Richmond and Wandsworth Councils
020 7946 0512

""") + RDISC
    summary = docx_att("Case summary - Farrow - 03.01.41.docx", [
        "# Case summary - Farrow family (Mosaic 1902233)",
        "Children: Riley Farrow, DOB 14/08/2036; Lyla Farrow, DOB 22/05/2039.",
        "Mother: Kerry Farrow. Father: in custody until 2042.",
        "Open to Early Help since June 2040 (parenting, nursery attendance, mum's recovery from opiate use).",
        "Kerry has been on a methadone script since 2039 and was stable until mid-December 2040.",
        "December 2040: two missed pharmacy pick-ups, one missed drug service appointment; nursery found Riley "
        "unwashed and hungry on 11/12 and 18/12."])
    top = outlook_top(f, addr("Hollis, Bea", "Bea.Hollis@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up today - Farrow children - Mosaic 1902233", when)
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["1902233"],
        [ch("Riley Farrow", "2036-08-14", "14/08/2036"), ch("Lyla Farrow", "2039-05-22", "22/05/2039")],
        ["neglect", "substance_misuse"], None, True, [], None, "alert_duty",
        "A PARENT FOUND UNCONSCIOUS WITH THE CHILDREN AT HOME, in plain words: the sole carer could not be woken at "
        "11:00, a 4-year-old opened the door, the toddler was in her cot, mum taken to hospital, no other adult, the "
        "EH worker still in the flat -> someone must decide where the children sleep tonight: urgent, alert_duty. No "
        "alarm word anywhere. Otherwise a complete EH TM step-up (rationale under its heading, case summary attached, "
        "TM 'I have agreed'). DOBs only in the summary. Suspected overdose after a relapse -> substance_misuse; "
        "children alone, unwashed and hungry -> neglect.",
        not_children=["Kerry Farrow", "Maddie Okafor", "Bea Hollis"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2041-01-02 10:12:08"
    stub = "This message is HTML only.\n"
    blocks = [
        "Dear colleagues,", "",
        "Happy New Year. Following reflective supervision with Sam Ridley (Early Help Practitioner) on 21/12/2040, I "
        "am stepping the family below up to Children's Services.", "",
        "{{Child:}} Theo Brightwell, DOB 30/03/2029, Mosaic 2251907", "",
        "The latest case summary is attached.", "",
        ("h", "Rationale for step up"),
        "Police were called to the home twice in December (the 8th and the 22nd) after arguments between mum, Hayley "
        "Brightwell, and her partner, Jon Price. On the 22nd Jon pushed Hayley down the stairs while Theo was in the "
        "house. Jon has been bailed to live elsewhere. Since then Hayley has stopped seeing the domestic abuse worker "
        "and has cancelled the last three Early Help visits, and Theo told his teacher he \"doesn't like Christmas at "
        "home\". Early Help has done what it can; Theo needs a social work assessment.", "",
        "Hayley has told Sam she does not agree with a referral to Children's Services.", "",
        "I have agreed this step up.", "",
        "Kind regards", "Grace", "",
        "Grace Nwachukwu", "Early Help Team Manager | Twickenham | Richmond and Wandsworth Councils", "020 7946 0587", "",
        RDISC.strip(),
    ]
    alt = multipart("alternative", [text_part(stub), text_part(word_html(blocks), "html")], bnd(f, 2))
    summary = pdf_att("Latest case summary - Brightwell - Dec 2040.pdf", "Early Help case summary - Theo Brightwell", [
        "Child: Theo Brightwell, 30/03/2029. Mosaic 2251907. Open to Early Help since April 2040.",
        "Household: mum (Hayley Brightwell); her partner (Jon Price) until 22/12/2040.",
        "08/12/2040 and 22/12/2040: police attended after domestic incidents; Theo present both times.",
        "Engagement: three visits cancelled since 22/12; DA worker sessions stopped."])
    root = multipart("mixed", [alt, summary], bnd(f, 1))
    top = outlook_top(f, addr("Nwachukwu, Grace", "Grace.Nwachukwu@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Theo Brightwell - Mosaic 2251907", when)
    add(f, build(top, root, True), "richmond_wandsworth", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["2251907"],
        [ch("Theo Brightwell", "2029-03-30", "30/03/2029")],
        ["domestic_abuse", "non_engagement"], False, True, [], None, "book_meeting",
        "A TEXT/PLAIN PART THAT IS ONLY A STUB ('This message is HTML only.') while the Word HTML twin holds the whole "
        "request, sent on the first working day after New Year. Complete EH TM step-up: rationale under its own "
        "heading (HTML only), case summary PDF -> book_meeting (the invitation falls due within 1 WD: Thu 3 Jan). DA "
        "this month (police twice, a push down the stairs) -> domestic_abuse; visits cancelled -> non_engagement. "
        "'does not agree with a referral' -> consent false (not a Richmond step-up requirement). Sender's 'I have "
        "agreed' -> manager true.",
        not_children=["Hayley Brightwell", "Jon Price", "Sam Ridley", "Grace Nwachukwu"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2040-12-11 14:20:40"
    body = T("""
Hi Early Help duty,

Following my call with your duty TM this morning, I'm confirming the case discussion for Friday 14 December at 2pm (Teams) to step Tamsin Holloway-Price (DOB 19/01/2028), Mosaic 1566032, down to Early Help.

Some background, because the file is long: in 2037 Tamsin told her teacher that her mum's then partner had hit her and "said he'll kill me if I tell". That led to a section 47 enquiry and a child protection plan. He was convicted in 2038, has a restraining order, and has had no contact with Tamsin or her mum since. The child protection plan ended in September 2038 and she has been on a CIN plan since then, mainly for school.

Now: Tamsin is in Year 8, her attendance is 89% and rising, and she still gets anxious in crowds. CAMHS closed her in the summer with a plan that is working. Mum (Claire Holloway) is well and keen for Early Help to carry on with school.

Mum and Tamsin both consented to the step down at the CIN review on 6 December. The latest case summary and the draft Early Help plan are attached.

Thanks,
Femi

Femi Oyelowo
Social Worker | Child in Need Team (Richmond) | Richmond and Wandsworth Councils

""") + RDISC
    summary = docx_att("Case summary - Holloway-Price.docx", [
        "# Case summary - Tamsin Holloway-Price (Mosaic 1566032)",
        "History (closed): 2037 disclosure of physical abuse by mother's former partner; s47; CP plan 2037-2038; "
        "the former partner convicted in 2038, restraining order, no contact since.",
        "CIN since September 2038: attendance (now 89%), anxiety (CAMHS closed July 2040, plan in place).",
        "Recommendation: step down to Early Help to keep the school plan going."])
    plan = docx_att("Draft EH plan - Holloway-Price.docx", [
        "# Draft Early Help plan", "Attendance: fortnightly meeting with the head of year; target 95%.",
        "Anxiety: keep the CAMHS plan (quiet space at lunch, a key adult).", "Review within 4 weeks of handover."])
    top = outlook_top(f, addr("Oyelowo, Femi", "Femi.Oyelowo@" + RDOM), addr("Early Help Duty", RED),
                      "Step down to Early Help - Tamsin Holloway-Price", when)
    add(f, mail(f, top, body, [summary, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["1566032"],
        [ch("Tamsin Holloway-Price", "2028-01-19", "19/01/2028")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS - THE SAME WORDS IN A CLOSED, PAST FRAME: 'in 2037 Tamsin told her teacher ... \"said he'll kill me "
        "if I tell\"', a section 47, a child protection plan, a 2038 conviction and a restraining order - all history, "
        "no contact since. Not urgent; the historic physical harm and its perpetrator add no concern. Current: "
        "attendance 89% and rising (the plan's focus) -> school_attendance; the child's own anxiety has no id. "
        "Consent given, summary and draft plan attached -> book_meeting.",
        not_children=["Claire Holloway", "Femi Oyelowo"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2041-02-05 10:02:33"
    body = T("""
Hi,

I was given this address by the switchboard for "step up" - apologies if it's the wrong one. I'm trying to step up an antisocial behaviour case to stage 2 of the ASB procedure.

Case: ASB 40/2231, Alton Court. The complainant, Mrs Irene Walsh (78), lives at Flat 14. The tenant of Flat 12, Mr Dean Carver (41), lives alone and has been playing loud music between midnight and 4am most nights since October; there have been 23 diary sheets and two warning letters. Mrs Walsh's GP has written in support.

Could you log this for the ASB case review panel in February, or tell me who does?

Many thanks,
Kwame Darko
Housing Officer (Tenancy Management) | Wandsworth Housing

""") + RDISC
    top = outlook_top(f, addr("Darko, Kwame", "Kwame.Darko@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up to stage 2 - ASB case 40/2231 - Alton Court", when)
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "ordinary", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "MISDIRECTED: a housing officer 'stepping up' an antisocial-behaviour case between two adults (a 78-year-old "
        "complainant, a 41-year-old tenant living alone) to stage 2, sent to the MASH Step Up inbox because of the "
        "words 'step up'. No child, no request under the protocol -> other -> human_review. The ASB reference is not a "
        "case-system id.",
        not_children=["Irene Walsh", "Dean Carver", "Kwame Darko"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2040-12-24 15:40:22"
    body = T("""
Dear MASH,

I'm sorry to send this on Christmas Eve afternoon. Following reflective supervision with our practitioner, Precious Mensah, today, I am stepping A.K. (9), B.K. (6) and L.K. (2) up to Children's Services.

Rationale for step up
Since the TAF on 3 December mum's depression has become much worse. She has stopped taking her medication, spends most of the day in bed and has told Precious she "can't do Christmas". A.K. has been getting B.K. to school and making L.K.'s meals. L.K. has missed her two-year check twice and nursery say she is often in the same nappy she arrived in when she is collected. Dad left in October and has no contact. This is more than Early Help can hold: the children need a social work assessment.

Nothing needs a same-day response: mum's sister is staying with them until 2 January and is doing the school and nursery runs.

The latest case summary is attached.

For business support (Mosaic):
Ayesha Khalid - 03/03/2031 - Mosaic 1833401
Bilal Khalid - 19/10/2034 - Mosaic 1833402
Laila Khalid - 28/06/2038 - Mosaic 1833403

I have agreed this step up.

Dominic Fairweather
Early Help Team Manager | Battersea | Richmond and Wandsworth Councils
020 7946 0644

""") + RDISC
    summary = docx_att("Case summary - K children - 24.12.40.docx", [
        "# Early Help case summary - A.K., B.K. and L.K.",
        "Open to Early Help since July 2040 (mum's low mood after dad left; school and nursery attendance).",
        "TAF 03/12/2040: mum struggling; GP review booked. Since then: medication stopped, mum in bed most of the day.",
        "A.K. (9) doing the school run for B.K. and making meals for L.K.",
        "L.K.: two-year check missed twice; nursery concerns about hygiene.",
        "Recommendation: step up to Children's Services."])
    top = outlook_top(f, addr("Fairweather, Dominic", "Dominic.Fairweather@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - A.K. (9), B.K. (6) and L.K. (2) - before Christmas", when)
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, ["1833401", "1833402", "1833403"],
        [ch("Ayesha Khalid", "2031-03-03", "03/03/2031"), ch("Bilal Khalid", "2034-10-19", "19/10/2034"),
         ch("Laila Khalid", "2038-06-28", "28/06/2038")],
        ["neglect", "parental_mental_health", "young_carer"], None, True, [], None, "book_meeting",
        "CHILDREN AS A LIST OF INITIALS (Subject, body and the attached summary: 'A.K. (9), B.K. (6) and L.K. (2)') WITH "
        "THE FULL NAMES ONLY LATER, in a 'For business support' block at the foot of the body with DOBs and one Mosaic "
        "id each -> three children in that order and three case ids. Sent at 15:40 on Christmas Eve: the 1-working-day "
        "invitation falls due on Thu 27 Dec, after Christmas Day and Boxing Day. Rationale heading + case summary -> "
        "book_meeting. Mum's worsening depression -> parental_mental_health; the 2-year-old's missed checks and "
        "hygiene -> neglect; the 9-year-old doing the school run and meals -> young_carer. 'Nothing needs a same-day "
        "response' (aunt staying) -> not urgent.",
        not_children=["Precious Mensah", "Dominic Fairweather"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2040-12-06 11:00:27"
    body = T("""
Hi,

Confirming what I agreed with your duty TM on the phone: case discussion Tuesday 11 December at 10am (Teams) for Ava Lindqvist (DOB 12/02/2037), Mosaic 2016775. The latest case summary and the draft Early Help plan are attached.

You'll see in the summary that nursery noticed a bruise on Ava's shin on 26 November. Dr Ruth Halvorsen, community paediatrician, examined her on 27 November: the bruise is consistent with Ava falling off her scooter outside nursery, which the nursery manager saw happen, and there are no other marks. No further action - it doesn't change the plan.

What remains is mum's low mood. She is seeing her GP and has started Talking Therapies.

I haven't asked mum about Early Help yet - I'll go through the step down with her at my visit on Monday.

Sana

Sana Chaudhry
Social Worker | Child in Need Team (Wandsworth) | Richmond and Wandsworth Councils

""") + RDISC
    summary = pdf_att("Case summary - Ava L.pdf", "Case summary - Ava Lindqvist (Mosaic 2016775)", [
        "CIN since March 2040: mum's low mood after a bereavement; Ava's routines at home.",
        "26/11/2040: bruise (2 cm) on Ava's left shin noticed at nursery; the nursery manager saw her fall off her "
        "scooter at drop-off that morning.",
        "27/11/2040: seen by Dr Ruth Halvorsen, community paediatrician - consistent with the fall, no other marks, "
        "no further action.",
        "Now: mum engaging with the GP and Talking Therapies; Ava happy and thriving at nursery."])
    plan = docx_att("Draft Early Help plan - Ava L.docx", [
        "# Draft Early Help plan", "Mum's wellbeing: Talking Therapies; a parenting group at the family hub.",
        "Ava: keep her nursery place (30 hours).", "Review within 4 weeks of handover."])
    top = outlook_top(f, addr("Chaudhry, Sana", "Sana.Chaudhry@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Ava Lindqvist - case discussion Tue 11/12", when)
    add(f, mail(f, top, body, [summary, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 6,
        "near_miss", "step_down", False, None, ["2016775"],
        [ch("Ava Lindqvist", "2037-02-12", "12/02/2037")],
        ["parental_mental_health"], None, None, ["consent"], None, "request_info",
        "NEAR MISS - A BRUISE EXPLAINED AND CHECKED BY A PAEDIATRICIAN: a 3-year-old's shin bruise, seen falling off her "
        "scooter by the nursery manager and examined the next day ('consistent with ... no further action') -> no "
        "physical_harm, not urgent. Current: mum's low mood -> parental_mental_health. Consent 'I'll go through the "
        "step down with her at my visit on Monday' -> still to be asked -> null -> missing. Summary + draft plan "
        "attached -> request_info.",
        not_children=["Ruth Halvorsen", "Sana Chaudhry"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2040-12-28 10:40:15"
    body = T("""
Hello,

Confirming the case discussion I agreed with your duty TM on the phone just now: Wednesday 2 January 2041 at 2pm on Teams.

This is a step down for two children in one household: Shanice Greenidge (DOB 14/03/2023), who is 17 and care-experienced (she left foster care in March and now lives with her nan, Maureen Greenidge, in Tooting), and Shanice's daughter, Nova Greenidge (DOB 30/09/2040). Mosaic: Shanice 1766120, Nova 2402291.

Shanice is still a child herself until March, so she needs Early Help in her own right as well as support as a young parent. The CIN plan for Nova has done its job: Shanice is a loving, attentive mum, Nova is gaining weight and the health visitor has no worries about her care. Shanice had low mood after the birth and is seeing the perinatal mental health team, which is going well.

Shanice has consented to the step down for herself and for Nova, and wants Early Help to help with college and budgeting. The latest case summary and draft plan are attached. Her personal adviser, Dean Mortlake, will stay involved.

Marcia

Marcia Baptiste
Social Worker | Children in Need Team (Tooting) | Richmond and Wandsworth Councils

""") + RDISC
    summary = docx_att("Case summary - Greenidge.docx", [
        "# Case summary - Shanice Greenidge (17) and Nova Greenidge",
        "Shanice: care-experienced (foster care 2035-2040), lives with her grandmother in Tooting; college from "
        "January. Personal adviser: Dean Mortlake.",
        "Nova: born 30/09/2040; CIN plan since October for support to Shanice as a young parent.",
        "Shanice's low mood after the birth: perinatal mental health team, improving."])
    plan = docx_att("Draft Early Help plan - Greenidge.docx", [
        "# Draft Early Help plan", "Shanice: college start, budgeting, young parents' group.",
        "Nova: health visitor reviews; nursery place when Shanice starts college.", "Review within 4 weeks."])
    top = outlook_top(f, addr("Baptiste, Marcia", "Marcia.Baptiste@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Greenidge (Shanice, 17, and baby Nova) - case discussion Wed 2 Jan", when)
    add(f, mail(f, top, body, [summary, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["1766120", "2402291"],
        [ch("Shanice Greenidge", "2023-03-14", "14/03/2023"), ch("Nova Greenidge", "2040-09-30", "30/09/2040")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "A CARE-EXPERIENCED PARENT AGED 17 WHO IS ALSO A CHILD IN THE HOUSEHOLD: Shanice (DOB 14/03/2023, 17 until "
        "March) is labelled as a child as well as her baby - a 17-year-old is a child until her 18th birthday, and the "
        "mail steps her down 'in her own right'; the great-grandmother and the personal adviser are adults. Sent Fri "
        "28 Dec; the case discussion on Wed 2 Jan is within 5 calendar days (New Year's Day in between). Consent from "
        "Shanice, summary + plan -> book_meeting. Her post-natal low mood (she is Nova's parent) -> "
        "parental_mental_health.",
        not_children=["Maureen Greenidge", "Dean Mortlake", "Marcia Baptiste"])

# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def marf_pdf(filename, lines):
    return pdf_att(filename, "Multi-Agency Request for Support (MARF) - Tower Hamlets", lines)

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2040-12-12 15:58:40"
    logo, cid = inline_png(f, "image001.png", 1, (128, 0, 96), 160, 48)
    intro = ("Hello MAST,<br><br>\n"
             "The MARF for the baby is attached. Jo started it this morning for his housing and feeding needs; I have "
             "added today's information at the end.")
    rows = [
        ("What we saw", esc("At 15:45, when Nadia changed the baby's nappy, she saw a bruise the size of a 50p on the "
                            "inside of his left upper arm and two small round marks on his tummy. He is 8 months old "
                            "and not yet crawling or pulling himself up.")),
        ("What mum said", esc("Mum brought him in at 8 this morning. On the phone at 15:50 she said she doesn't know "
                              "how it happened.")),
        ("Collection", esc("Mum's partner, who is not the baby's father, is due to collect him at 16:30.")),
        ("Agreed by", "Jo Whitfield (Early Help Lead Practitioner) and Farzana Begum (Nursery Manager)<br>\n"
                      "Ruth Akande, Children's Centre Manager, agrees this goes to MAST today"),
    ]
    outro = ("Farzana Begum<br>\nNursery Manager, for Jo Whitfield (Early Help Lead Practitioner)<br>\n"
             "Shadwell Children's Centre Nursery | 020 7946 0253<br><br>\n"
             "<span style=\"font-size:8pt;color:#777777\">%s</span>" % esc(TDISC.strip()))
    h = layout_html(intro, rows, outro, cid, "Shadwell Children's Centre")
    marf = marf_pdf("MARF - Robins room - 12.12.40.pdf", [
        "Child: Rumi Islam-Hart", "Date of birth: 04/04/2040", "Address: Shadwell, E1 9ZZ",
        "Parent / carer: Layla Islam (mother)",
        "Reason for request (J. Whitfield, 12/12/2040 09:30): one-bedroom flat with damp; feeding advice; mum isolated.",
        "Parental consent: not yet asked",
        "Update 12/12/2040 15:50 (F. Begum): at 15:45 nursery staff found a bruise (about 2.5 cm) on the inside of "
        "the left upper arm and two small round marks on the abdomen. Not mobile. Mother unable to explain. Mother's "
        "partner due to collect at 16:30.",
        "Manager: Ruth Akande, Children's Centre Manager - agreed 12/12/2040 15:55"])
    root = multipart("mixed", [related_html(f, h, [logo], 2), marf], bnd(f, 1))
    top = outlook_top(f, addr("Shadwell Children's Centre Nursery", "ShadwellCCNursery@" + TDOM), addr("MAST", TMAST),
                      "MAST request - the baby in Robins room - collection 16:30 today", when)
    add(f, build(top, root, True), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, [],
        [ch("Rumi Islam-Hart", "2040-04-04", "04/04/2040")],
        ["physical_harm"], None, True, [], None, "alert_duty",
        "A BABY WITH A BRUISE SEEN AT NURSERY AT 15:45, ABOUT TO BE COLLECTED: an 8-month-old who cannot crawl, a "
        "50p-sized bruise inside the upper arm and two round marks, unexplained, mum's partner collecting at 16:30. "
        "HTML-ONLY from a shared nursery mailbox (multipart/related, inline logo, presentation table), signed by the "
        "nursery manager 'for' the lead practitioner. THE CHILD IS 'THE BABY' IN THE MAIL and is named (with DOB) only "
        "in the attached MARF -> labelled from it. No alarm word anywhere -> urgent, alert_duty. MARF attached, the "
        "centre manager agrees -> nothing missing. Consent 'not yet asked' -> null.",
        not_children=["Layla Islam", "Farzana Begum", "Jo Whitfield", "Ruth Akande"], names_only_in_attachments=True)

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2040-12-18 11:25:09"
    blocks = [
        "Good morning,", "",
        "Following the Child and Family Assessments (concluded 14/12/2040), I am stepping the two children below down "
        "to a Team Around the Family with a lead practitioner.", "",
        ("table", [["Child", "Date of birth", "Mosaic ID"],
                   ["Sumaiya Akhtar", "01/06/2030", "2310458"],
                   ["Ibrahim Akhtar", "27/01/2035", "2310459"]]), "",
        "{{Lead practitioner:}} Mrs Joanne Pike, Family Support Worker, Malmesbury Primary School (she has agreed).", "",
        "{{Consent:}} Mr and Mrs Akhtar consented to the step down and to sharing the assessments with school "
        "(signed 14/12/2040).", "",
        "{{TAF meeting:}} Monday 7 January 2041, 10:00, Malmesbury Primary School. I will chair.", "",
        "Attached: both C&F assessments and the draft TAF plan.", "",
        "What remains: Sumaiya helps look after her dad, who has dialysis three times a week, and is often late to "
        "school; her attendance is 88%. Ibrahim is doing well in Reception.", "",
        "Kind regards", "Rashida", "", "Rashida Hoque", "Social Worker | Children's Social Work (Bow) | Tower Hamlets Council",
        "", TDISC.strip(),
    ]
    cfa1 = pdf_att("C&F assessment - Sumaiya Akhtar.pdf", "Child and Family Assessment - Sumaiya Akhtar", [
        "Concluded 14/12/2040. Outcome: step down to a TAF with a lead practitioner.",
        "Sumaiya (10) helps care for her father (dialysis); lateness; attendance 88%."])
    cfa2 = pdf_att("C&F assessment - Ibrahim Akhtar.pdf", "Child and Family Assessment - Ibrahim Akhtar", [
        "Concluded 14/12/2040. Outcome: step down to a TAF with a lead practitioner.", "Ibrahim (5) settled in Reception."])
    plan = docx_att("Draft TAF plan - Akhtar.docx", [
        "# Draft TAF plan", "Young carers' service referral for Sumaiya.", "Attendance: morning club place.",
        "Lead practitioner: Joanne Pike (Malmesbury Primary)."])
    top = outlook_top(f, addr("Hoque, Rashida", "Rashida.Hoque@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to TAF - Akhtar children", when)
    add(f, word_mail(f, top, blocks, [cfa1, cfa2, plan]), "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["2310458", "2310459"],
        [ch("Sumaiya Akhtar", "2030-06-01", "01/06/2030"), ch("Ibrahim Akhtar", "2035-01-27", "27/01/2035")],
        ["school_attendance", "young_carer"], True, None, [], None, "book_meeting",
        "CASE IDS INSIDE A TABLE: the two children's Mosaic ids are only cells of an MsoTableGrid table (tab-separated "
        "in the text/plain twin), one per child, under a 'Mosaic ID' column heading -> ['2310458', '2310459']. "
        "Complete Tower Hamlets step-down: both C&F assessments, draft TAF plan, consent, a named lead practitioner "
        "with her agency -> book_meeting. A 10-year-old helping care for her father -> young_carer; late, 88% -> "
        "school_attendance.",
        not_children=["Joanne Pike", "Rashida Hoque"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2040-12-14 12:30:51"
    body = T("""
Hi all,

For Thursday's reflective session, please read the case study below beforehand. It is a composite and anonymised - names, ages and details are changed and it is NOT a live case, so please don't look it up.

---
Child A (6) and Baby B (4 months) live with their mum and her partner. At 15:40 on a Friday, nursery staff notice a bruise on Baby B's ear. Mum says her partner "has a temper" and has told her he'll kill her if she ever leaves. Child A tells her teacher she is scared to go home. The partner is due to collect both children at 16:30.
---

Questions for the session:
1. What would you do in the next hour, and in what order?
2. Who do you phone, and what do you say?
3. When is it right to call 999?
4. What do you write down, and where?

See you Thursday - mince pies provided.

Harriet Lindsay
Practice Lead | Early Help | Tower Hamlets Council

""") + TDISC
    top = outlook_top(f, addr("Lindsay, Harriet", "Harriet.Lindsay@" + TDOM), addr("Early Help Hub", TEH),
                      "Case study for Thursday's reflective session (anonymised)", when)
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - AN ANONYMISED CASE STUDY FOR A TEAM MEETING: a practice lead's composite scenario ('NOT a live "
        "case') with a bruised baby at 15:40, a threat to kill and a collection at 16:30, and questions ('When is it "
        "right to call 999?'). Pseudonyms (Child A, Baby B) are no children; a training scenario is no report -> "
        "other, not urgent, human_review, no concerns.")

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2040-12-21 13:14:02"
    body = T("""
Dear MAST,

Please find attached the MARF for Musa Karim (DOB 11/11/2029), Mosaic ID 2298870, who has been open to me for Early Help since September.

In November Musa went missing overnight twice (5th and 19th) and came home the next morning with cash and a second phone he won't explain. The second time, police found him in Southend with two older boys. He is at home with mum over the holidays and I'm seeing him on the 27th.

Mum agrees to this request and has signed the consent section of the MARF.

My manager, Mrs Begum, is on leave until 2 January - I'll get her sign-off as soon as she's back, but I didn't want this to sit in my drafts over Christmas.

Kind regards,
Mahmuda Ali
Family Support Worker | Stepney Park Primary School
020 7946 0718
""")
    marf = marf_pdf("MARF - Musa Karim.pdf", [
        "Child: Musa Karim", "Date of birth: 11/11/2029", "Mosaic ID: 2298870", "Referrer: Mahmuda Ali, Stepney Park Primary",
        "Reason: two overnight missing episodes (05/11 and 19/11/2040); unexplained cash and phone; found in Southend "
        "with older boys.",
        "Parental consent: given - signed by mother 20/12/2040",
        "Manager authorisation:", "Name:", "Date:"])
    top = plain_top(f, addr("Mahmuda Ali", "m.ali@stepneyparkprimary.example.sch.uk"), addr("MAST", TMAST),
                    "MAST step up request - Musa Karim (Y6)", when, "stepneyparkprimary.example.sch.uk",
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 7,
        "ordinary", "step_up", False, None, ["2298870"],
        [ch("Musa Karim", "2029-11-11", "11/11/2029")],
        ["exploitation", "missing"], True, None, ["manager_agreed"], None, "request_info",
        "MANAGER PENDING: 'I'll get her sign-off as soon as she's back' and a blank 'Manager authorisation' in the MARF "
        "-> manager_agreed null -> missing (Tower Hamlets' step-up requires it). MARF attached -> request_for_support "
        "met. Two overnight missing episodes in November with unexplained cash and a second phone -> exploitation + "
        "missing; he is at home and seen on the 27th -> not urgent (the reason for the step-up, not an emergency). Mum "
        "signed the consent -> true. Sent from a school's own mail system (an external domain).",
        not_children=["Mahmuda Ali"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2041-02-04 10:05:37"
    bs = "Stone, Becky <Becky.Stone@towerhamlets.gov.uk>"
    rd = "Davies, Rhian <Rhian.Davies@towerhamlets.gov.uk>"
    body = T("""
Hi MAST,

Please see my manager's agreement below and the attached MARF.

Becky

Becky Stone
Early Help Practitioner | Tower Hamlets Early Help | 020 7946 0471

""") + TDISC + quote_chain([
        (rd, "04 February 2041 09:41", bs, "RE: Hussain MARF - OK to send?", "Agreed.\n", None),
        (bs, "04 February 2041 09:30", rd, "Hussain MARF - OK to send?", T("""
Rhian - can I send the Hussain MARF to MAST? It's for Yasmin Hussain (DOB 14/05/2027) and Adam Hussain (DOB 30/08/2031). Dad's violence towards mum has started again (two police call-outs in January) and Adam has missed 11 days since Christmas. Their brother, Kamal Hussain, turned 18 on 30 November 2040 (DOB 30/11/2022), so he isn't part of the referral, though he still lives at home. Mum consents.
Becky
"""), None),
    ])
    marf = marf_pdf("MARF - Hussain - 04.02.41.pdf", [
        "Children: Yasmin Hussain (14/05/2027), Adam Hussain (30/08/2031)",
        "Other household members: Rehana Hussain (mother), Faruk Hussain (father), Kamal Hussain (brother, 18)",
        "Reason: domestic abuse by the father towards the mother (police call-outs 09/01 and 26/01/2041); Adam's "
        "attendance (11 days missed since Christmas).",
        "Parental consent: given by mother, 01/02/2041", "Manager authorisation: Rhian Davies, 04/02/2041"])
    top = outlook_top(f, addr("Stone, Becky", "Becky.Stone@" + TDOM), addr("MAST", TMAST),
                      "FW: Hussain MARF - OK to send?", when)
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "ordinary", "step_up", False, None, [],
        [ch("Yasmin Hussain", "2027-05-14", "14/05/2027"), ch("Adam Hussain", "2031-08-30", "30/08/2031")],
        ["domestic_abuse", "school_attendance"], True, True, [], None, "book_meeting",
        "A CHILD WHO HAS TURNED 18 IS NOT A CHILD: Kamal Hussain (DOB 30/11/2022, 18 since 30 November) lives at home "
        "but is an adult and is not labelled; Yasmin (13) and Adam (9) are. The manager's agreement is the one-word "
        "quoted reply 'Agreed.' -> true. MARF attached, consent given -> complete -> book_meeting. Father's violence "
        "to mother this January -> domestic_abuse; 11 days missed -> school_attendance. No case id (none required).",
        not_children=["Kamal Hussain", "Rehana Hussain", "Faruk Hussain", "Rhian Davies", "Becky Stone"],
        adults=[("Kamal Hussain", "30/11/2022")])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2041-01-02 09:47:18"
    ack = ack_text("step-down", "SB-tower_hamlets-88", [
        "Case: 2187745", "Children: Ilyas Noor (17/03/2033)", "TAF meeting: Wednesday 9 January 2041, 14:00"],
        ["the name and agency of the identified Lead Practitioner"])
    body = T("""
Happy new year - the lead practitioner is now agreed: Ms Nasrin Ahmed, Family Support Worker, Stepney Green Children's Centre (020 7946 0392). She will come to the TAF on 9 January.

Simran

Simran Kaur
Social Worker | Children's Social Work (Stepney) | Tower Hamlets Council

""") + TDISC + quote("stepbot (Early Help Hub) <EarlyHelpHub@towerhamlets.gov.uk>", "19 December 2040 14:36",
                     "Kaur, Simran <Simran.Kaur@towerhamlets.gov.uk>",
                     "[SB-tower_hamlets-88] Step-down request received - Ilyas Noor", ack)
    top = outlook_top(f, addr("Kaur, Simran", "Simran.Kaur@" + TDOM), addr("Early Help Hub", TEH),
                      "RE: [SB-tower_hamlets-88] Step-down request received - Ilyas Noor", when)
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["2187745"],
        [ch("Ilyas Noor", "2033-03-17", "17/03/2033")],
        [], None, None, [], None, "attach_to_request",
        "Follow-up sent on the first working day after New Year, replying to [SB-tower_hamlets-88] to add the missing "
        "lead practitioner (name and agency); child, DOB and case id from the quoted acknowledgement; its 'What is "
        "missing:' heading is no concern -> attach_to_request.",
        not_children=["Nasrin Ahmed", "Simran Kaur"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2040-12-17 14:50:26"
    body = T("""
Hi,

Step down for Tahmina Begum (DOB 09/09/2032), Mosaic 2354190, following her C&F assessment, which concluded on 12/12/2040. Attached: the C&F assessment and the TAF plan (on the new combined TAF plan and risk assessment template).

Mum has consented to the step down. Lead practitioner: Ms Rekha Bose, Pastoral Lead, Marner Primary School, who has agreed to take it on. TAF meeting: Thursday 20 December, 14:00, at Marner Primary - I'll chair.

The main worry is Tahmina's attendance (79%), plus mum's isolation since the family moved to the borough.

Alex

Alex Pemberton
Social Worker | Children's Social Work (Poplar) | Tower Hamlets Council

""") + TDISC
    cfa = pdf_att("C&F assessment - Tahmina Begum.pdf", "Child and Family Assessment - Tahmina Begum", [
        "Concluded 12/12/2040. Outcome: step down to a TAF with a lead practitioner.",
        "Attendance 79%; mother isolated since moving from Luton in 2039; no other concerns."])
    plan = docx_att("TAF plan and risk assessment - Begum.docx", [
        "# TAF plan and risk assessment", "Family: Begum. Lead practitioner: Rekha Bose (Marner Primary).",
        "Section 3 - Risks and worries",
        "EXAMPLE - delete before sending: \"Dad has told mum he will kill her if she calls the police; the children "
        "were in the room when he threw a chair. The baby has a bruise nobody can explain.\" Write the worries in the "
        "family's own words, like the example above.",
        "Worries for this family: Tahmina's attendance is 79% and she is often late. Mum has no family in London and "
        "speaks little English.",
        "Section 4 - What is working well: Tahmina loves school and has good friends; mum wants help.",
        "Section 5 - Actions: attendance plan with school (Rekha Bose); ESOL class and the family hub coffee morning "
        "for mum; review at the TAF in six weeks."])
    top = outlook_top(f, addr("Pemberton, Alex", "Alex.Pemberton@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Tahmina Begum - TAF plan and C&F assessment", when)
    add(f, mail(f, top, body, [cfa, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["2354190"],
        [ch("Tahmina Begum", "2032-09-09", "09/09/2032")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS - A RISK ASSESSMENT TEMPLATE WITH ITS EXAMPLE TEXT LEFT IN: the attached TAF plan keeps the "
        "template's 'EXAMPLE - delete before sending' (a threat to kill, a thrown chair, an unexplained bruise on a "
        "baby). Example text is no report: not urgent, and it adds no concern. The family's own worries: attendance "
        "79% -> school_attendance (mum's isolation has no id). Complete: C&F assessment, TAF plan, consent, named lead "
        "practitioner with agency -> book_meeting.",
        not_children=["Rekha Bose", "Alex Pemberton"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2041-01-10 12:20:45"
    body = T("""
MAST,

Donna Mayhew told me at this morning's visit that her new partner, Gary Pocock, is moving in with her and the girls this Saturday (12 January). At 11:40 his probation officer, Ms Hannah Crowe, rang me: he was released on licence in October after a sentence for the sexual assault of a 13-year-old girl, he is assessed as a high risk of serious harm to children, and his licence does not allow him to live in a household with children. Donna says he has "changed" and that it's her house.

The children are Chloe Mayhew (DOB 06/06/2028), who is 12, and Ruby Mayhew (DOB 21/01/2031), who is 9. They are at school today and at home with mum all weekend.

The MARF is attached. My manager, Olu Bankole, agrees this must go to MAST today. I am also ringing the MAST duty line.

Kofi Asante
Early Help Lead Practitioner | Isle of Dogs Family Hub | Tower Hamlets Council
020 7946 0836

""") + TDISC
    marf = marf_pdf("MARF - Mayhew - 10.01.41.pdf", [
        "Children: Chloe Mayhew (06/06/2028), Ruby Mayhew (21/01/2031)", "Mother: Donna Mayhew",
        "Reason: mother's new partner (Gary Pocock), a convicted sex offender on licence, moving into the household "
        "on Saturday 12/01/2041 (probation officer Hannah Crowe, 10/01/2041 11:40).",
        "Parental consent: not sought - mother disputes the concern",
        "Manager authorisation: Olu Bankole, 10/01/2041"])
    top = outlook_top(f, addr("Asante, Kofi", "Kofi.Asante@" + TDOM), addr("MAST", TMAST),
                      "Urgent MAST request - Mayhew - partner moving in on Saturday", when,
                      extra=[("Importance", "high"), ("X-Priority", "1")])
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, [],
        [ch("Chloe Mayhew", "2028-06-06", "06/06/2028"), ch("Ruby Mayhew", "2031-01-21", "21/01/2031")],
        ["sexual_harm"], None, True, [], None, "alert_duty",
        "A NEW PARTNER WITH A SEXUAL OFFENCE CONVICTION MOVING IN THIS WEEKEND: probation confirm a licence forbidding "
        "him to live with children; he moves in on Saturday with a 12- and a 9-year-old, and mum disputes it -> "
        "protective action is needed before the weekend: urgent, alert_duty (this one uses 'Urgent' and 'risk'). MARF "
        "attached, the manager agrees -> nothing missing. Consent 'not sought' -> null. sexual_harm.",
        not_children=["Donna Mayhew", "Gary Pocock", "Hannah Crowe", "Olu Bankole", "Kofi Asante"])


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def sa_pdf(filename, title, lines):
    return pdf_att(filename, title, lines)

def torbay_01():
    f = "torbay_01.eml"; when = "2040-12-04 16:10:05"
    kw = "Widger, Kate <kate.widger@torbay.gov.uk>"
    np_ = "Pollard, Neil <neil.pollard@torbay.gov.uk>"
    body = T("""
Hi EH,

Triage slot please for Ollie Yeo (DOB 18/07/2037), LCS-2288510. Level 3. Single Assessment attached - analysis and rationale in section 6. Mum gave consent for level 3 Early Help at my visit yesterday.

Thanks
Kate

Kate Widger
Social Worker | Single Assessment Team | Torbay Council

""") + BDISC + quote_chain([
        (np_, "04 December 2040 15:52", kw, "RE: Step down – TM approved",
         "Neil Pollard | Team Manager | Single Assessment Team | Torbay Council\n", None),
        (kw, "04 December 2040 11:20", np_, "Step down", T("""
Neil - the SA for Ollie Yeo is on LCS with my analysis. Can you sign off the step down to L3 before I ask for a triage slot?
K
"""), None),
    ])
    sa = sa_pdf("Single Assessment - Ollie Yeo - LCS-2288510.pdf", "Single Assessment - Ollie Yeo (LCS-2288510)", [
        "Child: Ollie Yeo, 18/07/2037. Lives with mum.",
        "Section 6 - Analysis: mum's anxiety is managed with her GP and Talkworks; Ollie's development is on track and "
        "he is settled at nursery. Needs can be met by a level 3 Early Help response.",
        "Rationale for step-down: statutory involvement is no longer needed; mum wants help with routines and anxiety.",
        "Parental consent to level 3 Early Help: given 03/12/2040."])
    top = outlook_top(f, addr("Widger, Kate", "kate.widger@" + BDOM), addr("Torbay Early Help", BEH),
                      "RE: Step down – TM approved", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["LCS-2288510"],
        [ch("Ollie Yeo", "2037-07-18", "18/07/2037")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "THE MANAGER'S AGREEMENT IS ONLY IN A SUBJECT LINE: the team manager answered 'Can you sign off the step down?' "
        "by changing the subject to 'RE: Step down – TM approved' (his reply's body is just his signature), and the "
        "social worker's terse request keeps that subject -> manager_agreed true. Single Assessment attached, consent "
        "given, level 3 -> complete -> book_meeting; Ollie is 3, so the fortnightly under-5s triage applies. Mum's "
        "anxiety -> parental_mental_health.",
        not_children=["Kate Widger", "Neil Pollard"])

def torbay_02():
    f = "torbay_02.eml"; when = "2041-01-08 09:25:13"
    body = T("""
Good morning,

I'm the registered manager at Redcliffe House, a children's home in Paignton. Jayden Coombe (DOB 02/05/2026), who is 14 and placed with us by Plymouth City Council, left the house at 16:10 yesterday and has not come back.

Staff saw him get into a silver car with two men in their twenties at the end of the road. His phone has been off since 18:00. We reported him missing to Devon and Cornwall Police at 22:00 (log 0874 of 07/01/2041). Plymouth's out-of-hours team know, but his social worker is off until Thursday, and the police asked me to let Torbay MASH know because he is in your area.

The last two times he went missing (November and December) he was found in Exeter with older men, with cash and drugs on him.

Please can someone call me on 01632 960741.

Sharon Pengelly
Registered Manager | Redcliffe House | Paignton
""")
    top = plain_top(f, addr("Sharon Pengelly", "manager@redcliffehouse.example.co.uk"), addr("Torbay MASH", BMASH),
                    "Jayden Coombe - not back since yesterday afternoon", when, "redcliffehouse.example.co.uk",
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Jayden Coombe", "2026-05-02", "02/05/2026")],
        ["exploitation", "missing"], None, None, [], None, "alert_duty",
        "A CHILD MISSING FROM CARE SINCE YESTERDAY: a children's home manager reports a 14-year-old gone since 16:10 "
        "yesterday, driven off by two adult men, phone off, found twice before in another city with older men, cash "
        "and drugs -> urgent, alert_duty. No alarm word anywhere. A provider's report asks for no step and does not "
        "come from the Early Help lead professional -> other (DESIGN's misdirected mail). The police log number is not "
        "a case id. missing + exploitation.",
        not_children=["Sharon Pengelly"])

def torbay_03():
    f = "torbay_03.eml"; when = "2040-12-14 15:30:44"
    body = T("""
Hi all,

A reminder of the Christmas and New Year cover - please check your days.

Mon 24 Dec - office open until 4pm (Silas and Tamsin on duty)
Tue 25 and Wed 26 Dec - bank holidays, EDT only
Thu 27 and Fri 28 Dec - skeleton duty (Silas)
Mon 31 Dec - office open as normal
Tue 1 Jan - bank holiday, EDT only
Triage: there is no triage on Tue 25 Dec or Tue 1 Jan. The next triage is Tue 8 Jan, under-5s included.

What counts as an immediate risk - phone, don't email:
- a child with an injury nobody can explain
- a child who says they are scared to go home
- a parent or carer too drunk or drugged to look after a child
- a child missing overnight, or a baby left alone

If any of these comes up, phone MASH on 01632 960214 in office hours or the EDT on 01632 960999. In an emergency, 999. Don't send it to this inbox and wait.

Thanks all, and have a good break.

Tamsin

Tamsin Verity
Service Manager | Early Help | Torbay Council

""") + BDISC
    top = outlook_top(f, addr("Verity, Tamsin", "tamsin.verity@" + BDOM), addr("Torbay Early Help", BEH),
                      "Reminder - Christmas and New Year cover rota (please read)", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "early_help_duty", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A CHRISTMAS ROTA REMINDER LISTING 'WHAT COUNTS AS AN IMMEDIATE RISK': the service manager's cover "
        "rota (the three bank holidays, no triage on 25 Dec or 1 Jan) with a bulleted list of examples (an unexplained "
        "injury, a child scared to go home, a drunk carer, a baby left alone) and the numbers to ring. A list of "
        "examples is no report: not urgent, no children, no concerns -> other -> human_review.")

def torbay_04():
    f = "torbay_04.eml"; when = "2040-12-13 11:20:18"
    body = T("""
Hi MASH,

This is a contact to MASH for Leah Chudleigh (DOB 05/10/2029), EHM-
741203, who is open to me at level 3. My manager, Pete Hext, and I
agree that what has happened since the last TAF needs considering for
a level 4 response.

Mum's mental health has gone downhill since November: she has stopped
her medication and is not getting up. Leah (11) has been getting
herself to school without breakfast and missing PE because her kit
hasn't been washed for weeks. The fridge was empty at my visit on
Tuesday and the electric meter had run out; I topped the meter up and
made a food bank referral that day, and nan is now bringing a meal
round every evening.

Mum has given consent for this contact to MASH.

Jenny

Jenny Rowse
Family Support Worker | Early Help (Brixham) | Torbay Council
01632 960382
""")
    top = outlook_top(f, addr("Rowse, Jenny", "jenny.rowse@" + BDOM), addr("Torbay MASH", BMASH),
                      "Contact to MASH - Leah Chudleigh", when)
    add(f, mail(f, top, body, cte="7bit"), "torbay", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["EHM-741203"],
        [ch("Leah Chudleigh", "2029-10-05", "05/10/2029")],
        ["neglect", "parental_mental_health"], True, True, [], None, "book_meeting",
        "A CASE ID SPLIT ACROSS LINES: a hard-wrapped plain-text mail (7bit, lines under 72 characters) breaks the id "
        "after its hyphen ('EHM-' / '741203'); rejoined it is EHM-741203 (the prefix joined to the number). Complete "
        "Torbay step-up (a contact to MASH from the level 3 practitioner): consent given, the manager agrees it needs "
        "considering for level 4 -> book_meeting. Mum's mental health -> parental_mental_health; no breakfast, "
        "unwashed kit, empty fridge, no electricity -> neglect (met for now by a food bank referral and nan's meals: "
        "not urgent).",
        not_children=["Pete Hext", "Jenny Rowse"], id_spans={"EHM-741203": "EHM-\n741203"})

def torbay_05():
    f = "torbay_05.eml"; when = "2040-12-24 09:55:37"
    body = T("""
Hi,

Requesting a triage slot to step Ellie-Mae Pascoe (DOB 14/04/2030, LCS-2291002) and Tommy Pascoe (DOB 09/12/2032, LCS-2291003) down to Early Help.

The Single Assessment is attached, and my TM, Rob Tozer, has recorded his analysis confirming that the threshold for level 3 is met. The worries now are dad's drinking (he has cut down and is going to the drug and alcohol service every week) and Ellie-Mae's attendance (84%).

I haven't spoken to dad about consent yet - I'll ask him when I see him on Friday 28th, so please could the slot wait until then.

Happy Christmas,
Gemma

Gemma Hannaford
Social Worker | Single Assessment Team | Torbay Council

""") + BDISC
    sa = sa_pdf("Single Assessment - Pascoe.pdf", "Single Assessment - Pascoe children", [
        "Children: Ellie-Mae Pascoe (14/04/2030), Tommy Pascoe (09/12/2032). Lone father.",
        "Analysis: father's alcohol use reduced, weekly attendance at the drug and alcohol service; Ellie-Mae's "
        "attendance 84%.",
        "Team manager's analysis (R. Tozer, 20/12/2040): threshold for level 3 intervention met.",
        "Parental consent to level 3 Early Help: to be sought."])
    top = outlook_top(f, addr("Hannaford, Gemma", "gemma.hannaford@" + BDOM), addr("Torbay Early Help", BEH),
                      "Step down request - Pascoe children - triage slot please", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["LCS-2291002", "LCS-2291003"],
        [ch("Ellie-Mae Pascoe", "2030-04-14", "14/04/2030"), ch("Tommy Pascoe", "2032-12-09", "09/12/2032")],
        ["school_attendance", "substance_misuse"], None, True, ["consent"], None, "request_info",
        "Christmas Eve step-down for two siblings with an LCS id each; the TM's recorded analysis -> manager true; "
        "consent 'I'll ask him when I see him on Friday 28th' -> still to be asked -> null -> missing -> request_info. "
        "No level written -> null. Dad's drinking (reduced, in treatment) -> substance_misuse; 84% -> "
        "school_attendance. Timescale: the triage slot is due within 5 WD (by Thu 3 Jan), but the Tuesday triage falls "
        "on New Year's Day, so the next sitting is Tue 8 Jan.",
        not_children=["Rob Tozer", "Gemma Hannaford"])

def torbay_06():
    f = "torbay_06.eml"; when = "2040-12-17 13:05:50"
    body = T("""
MASH - URGENT. I am phoning as well.

Mum (Leanne Rowe) rang me at 12:40. Bethany Rowe (DOB 12/12/2031) and Charlie Rowe (DOB 03/03/2035) are at home with her today - Charlie is off sick and Bethany stayed home with him. EHM-739951.

Their dad, Aaron Rowe, who has a non-molestation order, has been texting her since 11 saying he is "coming round to finish it", and at 12:35 he sent her a photo of the front door taken from across the road. Mum has called the police.

I believe the children are at immediate risk. Mum consents to this contact and my ATM, Silas Penrose, agrees.

Nicky Stentiford
Family Intervention Worker | Paignton Family Intervention Team | Torbay Council
07700 900532
""")
    top = outlook_top(f, addr("Paignton Family Intervention Team", "PaigntonFIT@" + BDOM), addr("Torbay MASH", BMASH),
                      "URGENT contact to MASH - Rowe children - dad outside the house", when,
                      extra=[("Importance", "high"), ("X-Priority", "1")])
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["EHM-739951"],
        [ch("Bethany Rowe", "2031-12-12", "12/12/2031"), ch("Charlie Rowe", "2035-03-03", "03/03/2035")],
        ["domestic_abuse"], True, True, [], None, "alert_duty",
        "Urgent domestic abuse happening now, sent from a SHARED TEAM MAILBOX (PaigntonFIT@) signed by one worker: a "
        "father under a non-molestation order texting that he is 'coming round to finish it' and photographing the "
        "door from across the road while both children are at home -> alert_duty (this one uses 'URGENT' and "
        "'immediate risk'). A contact to MASH from the family's practitioner with consent and the ATM's agreement -> "
        "step_up, nothing missing.",
        not_children=["Leanne Rowe", "Aaron Rowe", "Nicky Stentiford", "Silas Penrose"])

def torbay_07():
    f = "torbay_07.eml"; when = "2041-01-09 10:30:21"
    body = T("""
Hi,

Requesting a triage slot to step Millie Gill (DOB 11/06/2029) and Finn Gill (DOB 25/01/2033), LCS-2279904, down to level 3 Early Help. The Single Assessment with my analysis is attached; my TM, Mark Heard, has signed off his analysis confirming the level 3 threshold. Mum (Jo Gill) has consented.

So that nobody is alarmed by the police log on LCS: their brother, Connor Gill (DOB 02/12/2022), turned 18 last month. He has been missing since yesterday afternoon and Devon and Cornwall Police have an open missing-person report; his girlfriend has had messages from him this morning. He is an adult and is not part of this step-down. Millie and Finn are at school and at home as normal.

What's left for Millie and Finn is Finn's attendance (85%), and the plan for that is with school.

Dawn

Dawn Tremlett
Social Worker | Single Assessment Team | Torbay Council

""") + BDISC
    sa = sa_pdf("Single Assessment - Gill - Jan 2041.pdf", "Single Assessment - Millie and Finn Gill (LCS-2279904)", [
        "Children: Millie Gill (11/06/2029), Finn Gill (25/01/2033). Adult sibling in the household: Connor (18).",
        "Analysis: the children's needs can be met at level 3; Finn's attendance 85%.",
        "Team manager's analysis (M. Heard, 07/01/2041): threshold for level 3 intervention met.",
        "Parental consent to level 3 Early Help: given 07/01/2041."])
    top = outlook_top(f, addr("Tremlett, Dawn", "dawn.tremlett@" + BDOM), addr("Torbay Early Help", BEH),
                      "Step down - Gill children - triage request (L3)", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 3, ["LCS-2279904"],
        [ch("Millie Gill", "2029-06-11", "11/06/2029"), ch("Finn Gill", "2033-01-25", "25/01/2033")],
        ["school_attendance"], True, True, [], None, "book_meeting",
        "NEAR MISS - THE ONE WHO IS 'MISSING SINCE YESTERDAY' TURNED 18 LAST MONTH: the adult brother (DOB 02/12/2022) "
        "is not a child, so his missing-person report is neither urgent under safety rule 1 nor the `missing` concern "
        "(a missing child), and he is not labelled. The children themselves are at school as normal. Complete level 3 "
        "step-down (SA, TM analysis, consent) -> book_meeting; Finn's 85% -> school_attendance.",
        not_children=["Connor Gill", "Jo Gill", "Mark Heard", "Dawn Tremlett"], adults=[("Connor Gill", "02/12/2022")])

def torbay_08():
    f = "torbay_08.eml"; when = "2041-01-31 14:15:09"
    ack = ack_text("step-down", "SB-torbay-57", [
        "Case: LCS-2301187", "Children: Poppy Yabsley (22/08/2036)"],
        ["your team manager's analysis confirming the threshold for level 3 is met"])
    body = T("""
Hi,

My TM, Neil Pollard, has now done his analysis - threshold for level 3 confirmed. The updated Single Assessment is attached.

Rosie

Rosie Kelland
Social Worker | Single Assessment Team | Torbay Council

""") + BDISC + quote("stepbot (Torbay Early Help) <earlyhelp@torbay.gov.uk>", "29 January 2041 10:12",
                     "Kelland, Rosie <rosie.kelland@torbay.gov.uk>",
                     "[SB-torbay-57] Step-down request received - Poppy Yabsley", ack)
    sa = sa_pdf("Single Assessment (updated) - Poppy Yabsley.pdf", "Single Assessment - Poppy Yabsley (LCS-2301187)", [
        "Child: Poppy Yabsley, 22/08/2036.",
        "Analysis: Poppy has a speech and language delay and is on the SALT waiting list; mum is managing well.",
        "Team manager's analysis (N. Pollard, 31/01/2041): threshold for level 3 intervention met.",
        "Parental consent to level 3 Early Help: given 24/01/2041."])
    top = outlook_top(f, addr("Kelland, Rosie", "rosie.kelland@" + BDOM), addr("Torbay Early Help", BEH),
                      "RE: [SB-torbay-57] Step-down request received - Poppy Yabsley", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["LCS-2301187"],
        [ch("Poppy Yabsley", "2036-08-22", "22/08/2036")],
        ["disability_send"], True, True, [], None, "attach_to_request",
        "Follow-up to [SB-torbay-57] adding the missing TM analysis in an updated Single Assessment; facts from the new "
        "text, the SA and the quoted ack: manager true, consent true (SA), speech and language delay -> "
        "disability_send -> attach_to_request.",
        not_children=["Neil Pollard", "Rosie Kelland"])

# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def consent_pdf(filename, family, signed_by, when_signed):
    return pdf_att(filename, "Early Help - consent to step-down and information sharing", [
        "Family: %s" % family,
        "I agree to my family receiving support from Early Help and to information being shared with the agencies "
        "named in the plan.", "", "Signed: %s" % signed_by, "Date: %s" % when_signed])

def eha_plan(filename, lines):
    return docx_att(filename, ["# Early Help Assessment - step-down plan"] + lines)

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2040-12-05 11:10:42"
    body = T("""
Dear Early Help co-ordinators,

Please find attached the Early Help Assessment step-down plan and the signed consent form for Isaac Probert (DOB 20/02/2030) and Rosie Probert (DOB 08/08/2034), Mosaic ID 2204519. The family had an earlier episode under Mosaic 1655203, which closed in March 2038 - please don't link the new plan to that one.

The C&F assessment concluded on 28/11/2040 with a decision to step down to level 3 ('Intensive') Early Help.

Key person: Bethan Price, Family Support Worker, Kington Primary School (01632 960433), who has agreed to lead.

The remaining worry is mum's depression. She is under the community mental health team, and the plan sets out the support for the children around that.

Gareth

Gareth Powell
Social Worker | Kington and Weobley Locality | Herefordshire Council

""") + HDISC
    plan = eha_plan("EHA step-down plan - Probert.docx", [
        "Children: Isaac Probert, Rosie Probert. Mosaic ID 2204519.",
        "Key person: Bethan Price (Kington Primary School).",
        "What needs to happen: breakfast club for both children (school, January); a carers' group for mum (CMHT); "
        "after-school club for Isaac; review at the MAG."])
    cons = consent_pdf("Signed consent form - Probert.pdf", "Probert", "S. Probert (mother)", "29/11/2040")
    top = outlook_top(f, addr("Powell, Gareth", "Gareth.Powell@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down plan - Probert children - Mosaic 2204519", when)
    add(f, mail(f, top, body, [plan, cons], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["2204519", "1655203"],
        [ch("Isaac Probert", "2030-02-20", "20/02/2030"), ch("Rosie Probert", "2034-08-08", "08/08/2034")],
        ["parental_mental_health"], True, None, [], None, "book_meeting",
        "AN OLD CLOSED CASE ID BESIDE THE LIVE ONE: 'Mosaic ID 2204519' and 'an earlier episode under Mosaic 1655203, "
        "which closed in March 2038' -> both are case numbers as written, in order of appearance (labels dropped). "
        "Complete Herefordshire sibling-group step-down: EHA step-down plan, signed consent form, a key person with "
        "her agency; level 3 ('Intensive') written -> book_meeting. Mum's depression -> parental_mental_health.",
        not_children=["Bethan Price", "Gareth Powell"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2040-12-17 09:40:11"
    ack = ack_text("step-down", "SB-herefordshire-212", [
        "Case: 2238860", "Children: Kacey Jenkins (29/10/2031), Mason Jenkins (12/03/2036)"],
        ["the family's written consent (the signed consent form)"])
    body = T("""
Morning,

Signed consent form attached - mum signed it at Friday's visit.

Ceri

Ceri Jones
Social Worker | Ross-on-Wye Locality | Herefordshire Council

""") + HDISC + quote("stepbot (Early Help Co-ordinators) <earlyhelpcoordinators@herefordshire.gov.uk>",
                     "13 December 2040 14:38", "Jones, Ceri <Ceri.Jones@herefordshire.gov.uk>",
                     "[SB-herefordshire-212] Step-down plan received - Jenkins", ack)
    cons = consent_pdf("Consent form - Jenkins - signed 14.12.40.pdf", "Jenkins", "Tanya Jenkins (mother)",
                       "14/12/2040")
    top = outlook_top(f, addr("Jones, Ceri", "Ceri.Jones@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-212] Step-down plan received - Jenkins", when)
    add(f, mail(f, top, body, [cons], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["2238860"],
        [ch("Kacey Jenkins", "2031-10-29", "29/10/2031"), ch("Mason Jenkins", "2036-03-12", "12/03/2036")],
        [], True, None, [], None, "attach_to_request",
        "FOLLOW-UP WITH AN [SB-...] REFERENCE THAT ADDS THE MISSING SIGNED CONSENT (for herefordshire_07): the signed "
        "form PDF and 'mum signed it at Friday's visit' -> consent true; children, DOBs and case id from the quoted "
        "acknowledgement -> attach_to_request.",
        not_children=["Tanya Jenkins", "Ceri Jones"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2041-01-09 08:36:27"
    body = T("""
Hello,

I don't know if this is the right place - this email address is on the poster in our depot canteen.

At 07:05 this morning my gritting crew found a little girl walking along the verge of the A4110 just north of Canon Pyon, in the dark, in pyjamas and wellies. She told us her name is Poppy Madley and that she is three. She showed us her house, a cottage about half a mile back up a track (Upper Ashgrove). The front door was wide open. There was no grown-up in the house, just a baby asleep in a cot upstairs, and no car outside.

My driver Dave is still at the cottage with both of them and has been there since 07:25. We knocked next door but nobody is in. We rang 101 at 07:30 and they said someone would come, but nobody has yet and nobody has come home.

Please can somebody ring me on 07700 900618.

Steve Hamer
Gritting Supervisor | Highways Maintenance (Herefordshire contract)
""")
    top = plain_top(f, addr("Steve Hamer", "steve.hamer@highways-contract.example.co.uk"),
                    addr("Early Help Co-ordinators", HEH), "Little girl found on the A4110 this morning", when,
                    "highways-contract.example.co.uk", None)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 2,
        "urgent", "other", True, None, [],
        [ch("Poppy Madley")],
        ["neglect"], None, None, [], None, "alert_duty",
        "A MISDIRECTED REPORT FROM A MEMBER OF THE PUBLIC, BEFORE OFFICE HOURS (08:36): a 3-year-old found walking on "
        "an A-road verge in the dark at 07:05, her house open with no adult in it and a baby alone upstairs, a road "
        "worker still minding them and nobody come -> urgent, alert_duty (the out-of-hours service at this hour). No "
        "alarm word anywhere. The wrong inbox and no step asked -> other. Poppy Madley has no DOB; the baby is unnamed "
        "and not labelled. Children left with no carer -> neglect.",
        not_children=["Steve Hamer"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2040-12-20 16:05:31"
    body = T("""
Hi both,

URGENT please - but only because of the deadline. The assessment decision was on 7 December, so the two weeks for sending the step-down plan run out tomorrow, and I'm on leave from tonight until 7 January. I don't want the family to drift over Christmas: there is a real risk they fall between services if nobody picks this up.

To be clear, there are no safeguarding concerns and nothing immediate - this is a routine step-down.

Child: Ffion Hollings (DOB 05/05/2031), Mosaic 2269013. Level 3.
Attached: the EHA step-down plan and the signed consent form.
Key person: to be confirmed in January - school and the family hub are still deciding who will lead.

Ffion helps her mum, who has MS and uses a wheelchair, with meals and medication, and her attendance is 83%.

Thanks,
Amy

Amy Daniels
Social Worker | Hereford City Locality | Herefordshire Council

""") + HDISC
    plan = eha_plan("EHA step-down plan - Hollings.docx", [
        "Child: Ffion Hollings (05/05/2031). Mosaic 2269013.",
        "What needs to happen: young carers' assessment; attendance plan with school; adult social care review of "
        "mum's care package.", "Key person: to be agreed."])
    cons = consent_pdf("Signed consent - Hollings.pdf", "Hollings", "R. Hollings (mother)", "18/12/2040")
    top = outlook_top(f, addr("Daniels, Amy", "Amy.Daniels@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "URGENT - step-down plan for Ffion Hollings - please process before Christmas", when,
                      extra=[("Importance", "high")])
    add(f, mail(f, top, body, [plan, cons], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "near_miss", "step_down", False, 3, ["2269013"],
        [ch("Ffion Hollings", "2031-05-05", "05/05/2031")],
        ["school_attendance", "young_carer"], True, None, ["lead_practitioner"], None, "request_info",
        "NEAR MISS - ALARM WORDS ABOUT A DEADLINE: 'URGENT' (Subject, body, Importance: high) and 'a real risk they fall "
        "between services' are about the two-week plan deadline before Christmas; the mail says 'no safeguarding "
        "concerns and nothing immediate' -> not urgent. Plan and signed consent attached; key person 'to be confirmed "
        "in January' -> lead_practitioner missing -> request_info. Ffion caring for her mum -> young_carer; 83% -> "
        "school_attendance (a parent's MS is not parental mental health).",
        not_children=["Amy Daniels"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2041-01-15 10:20:06"
    body = T("""
Good morning,

Sent on behalf of Dafydd Morgan, Social Worker, who is in court today.

Dafydd has asked me to send the attached step-down plan and signed consent form for Harri Evans (DOB 16/09/2028) and Lily-Rose Bayliss (DOB 03/01/2037), half-siblings who live with their mum, Sian Bayliss, in Leominster. Mosaic IDs: 2277410 (Harri) and 2277411 (Lily-Rose).

The key person is Mrs Lowri Hughes, Family Support Worker at Leominster Family Hub, who has agreed to lead. The decision to step down was made on 10/01/2041 after the C&F assessment.

The plan covers Harri's school attendance and mum's drinking, which she is tackling with the alcohol service.

Kind regards,
Kerry Pugh
Business Support Officer, on behalf of Dafydd Morgan
Leominster Locality Team | Herefordshire Council

""") + HDISC
    plan = eha_plan("EHA step-down plan - Evans Bayliss.docx", [
        "Children: Harri Evans (16/09/2028), Lily-Rose Bayliss (03/01/2037).",
        "Key person: Lowri Hughes, Leominster Family Hub.",
        "What needs to happen: attendance plan for Harri (school, weekly); mum to continue with the alcohol service; "
        "nursery place for Lily-Rose."])
    cons = consent_pdf("Consent form (signed) - Bayliss.pdf", "Evans / Bayliss", "Sian Bayliss (mother)", "10/01/2041")
    top = outlook_top(f, addr("Leominster Locality Team", "LeominsterLocality@" + HDOM),
                      addr("Early Help Co-ordinators", HEH),
                      "Step-down plan - Evans / Bayliss - on behalf of Dafydd Morgan", when)
    add(f, mail(f, top, body, [plan, cons], html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["2277410", "2277411"],
        [ch("Harri Evans", "2028-09-16", "16/09/2028"), ch("Lily-Rose Bayliss", "2037-01-03", "03/01/2037")],
        ["school_attendance", "substance_misuse"], True, None, [], None, "book_meeting",
        "SHARED LOCALITY MAILBOX (LeominsterLocality@) signed by business support 'on behalf of' the social worker; "
        "half-siblings with different surnames and a Mosaic id each. Plan, signed consent form and a key person with "
        "her agency -> complete -> book_meeting. No level written -> null. Harri's attendance -> school_attendance; "
        "mum's drinking -> substance_misuse.",
        not_children=["Sian Bayliss", "Lowri Hughes", "Kerry Pugh", "Dafydd Morgan"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2041-01-22 11:00:52"
    body = T("""
Hi MASH,

I'd like to step Harley Bevan (DOB 07/07/2034), Mosaic 2245817, up from Early Help to social care.

Home conditions have got worse since October: there is no working cooker, there is dog mess in the kitchen and Harley sleeps on a bare mattress. Mum has missed four health appointments for him since the summer. My manager, Lisa Prosser, agrees this needs to step up.

Owain

Owain Meredith
Early Help Practitioner | Hereford Family Hub | Herefordshire Council

""") + HDISC
    top = outlook_top(f, addr("Meredith, Owain", "Owain.Meredith@" + HDOM), addr("Herefordshire MASH", HMASH),
                      "Step up request - Harley Bevan (neglect)", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, ["2245817"],
        [ch("Harley Bevan", "2034-07-07", "07/07/2034")],
        ["neglect"], None, True, [], None, "human_review",
        "A STEP-UP SENT TO HEREFORDSHIRE, WHOSE PROTOCOL DEFINES NO STEP-UP: kind step_up, but the undefined kind goes "
        "to human_review with missing [] and notice null. Neglect (home conditions, missed health appointments); "
        "manager agrees -> true.",
        not_children=["Lisa Prosser", "Owain Meredith"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2040-12-13 14:30:19"
    body = T("""
Hi,

The EHA step-down plan is attached for Kacey Jenkins (DOB 29/10/2031) and Mason Jenkins (DOB 12/03/2036), Mosaic 2238860. The assessment decision was on 06/12/2040.

Key person: Mrs Nia Rees, Family Support Worker, Ashfield Park Primary School, who has agreed to lead.

Mum has agreed in principle but hasn't signed the consent form yet - I'll take it to my visit on Friday and send it straight on.

The main need is Mason's speech and language delay (his EHC needs assessment is under way); mum is also getting debt advice.

Ceri

Ceri Jones
Social Worker | Ross-on-Wye Locality | Herefordshire Council

""") + HDISC
    plan = eha_plan("EHA step-down plan - Jenkins.docx", [
        "Children: Kacey Jenkins (29/10/2031), Mason Jenkins (12/03/2036). Mosaic 2238860.",
        "Key person: Nia Rees (Ashfield Park Primary School).",
        "What needs to happen: speech and language support for Mason (nursery and SALT); EHC needs assessment to "
        "continue; debt advice for mum (Citizens Advice)."])
    top = outlook_top(f, addr("Jones, Ceri", "Ceri.Jones@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down plan - Jenkins children - Mosaic 2238860", when)
    add(f, mail(f, top, body, [plan], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["2238860"],
        [ch("Kacey Jenkins", "2031-10-29", "29/10/2031"), ch("Mason Jenkins", "2036-03-12", "12/03/2036")],
        ["disability_send"], None, None, ["consent_form"], None, "request_info",
        "Consent 'agreed in principle but hasn't signed the consent form yet' -> not yet given -> null, and the "
        "written consent_form is missing -> request_info (herefordshire_02 later adds it). Plan and a key person with "
        "agency attached / named. Mason's speech and language delay with an EHC needs assessment -> disability_send; "
        "debt advice has no id.",
        not_children=["Nia Rees", "Ceri Jones"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2041-01-02 08:05:44"
    text = T("""
Happy new year! Step-down plan and signed consent attached for Ivy Lewis (DOB 04/07/2033) and Noah Lewis (DOB 19/01/2036), Mosaic 2259930. The decision was on 19/12 so I'm inside the 2 weeks. Key person still to be agreed - school or the family hub, I'll confirm by Friday. The worries are mainly dad's drinking and Ivy's attendance.

Megan

Sent from my iPhone
""")
    plan = docx_att("Step down plan Lewis.docx", ["# EHA step-down plan - Lewis",
                                                  "Children: Ivy Lewis, Noah Lewis. Mosaic 2259930.",
                                                  "What needs to happen: alcohol service for dad; attendance plan for Ivy.",
                                                  "Key person: to be agreed."])
    cons = consent_pdf("Consent Lewis signed.pdf", "Lewis", "D. Lewis (father)", "19/12/2040")
    top = plain_top(f, addr("Harris, Megan", "Megan.Harris@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Step down - Lewis children", when, HDOM, "iPhone Mail (22F76)")
    add(f, iphone_mail(f, top, text, [plan, cons]), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["2259930"],
        [ch("Ivy Lewis", "2033-07-04", "04/07/2033"), ch("Noah Lewis", "2036-01-19", "19/01/2036")],
        ["school_attendance", "substance_misuse"], True, None, ["lead_practitioner"], None, "request_info",
        "Terse iPhone step-down (format=flowed) sent at 08:05 on the first working day after New Year: plan and signed "
        "consent attached, but 'Key person still to be agreed' -> lead_practitioner missing -> request_info. The plan "
        "arrives exactly two weeks after the 19 December decision (Christmas and New Year in between). Dad's drinking "
        "-> substance_misuse; Ivy's attendance -> school_attendance.")


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

# England & Wales bank holidays 2040-2041 that fall on a weekday (the `holidays` package's list, which set_checks()
# re-derives and compares): 2040 - New Year's Day is a Sunday, substituted on Monday 2 January; Good Friday 30 March,
# Easter Monday 2 April; early May 7 May; spring 28 May; summer 27 August; Christmas Day Tuesday 25 December and
# Boxing Day Wednesday 26 December (both weekdays, so NO substitute day). 2041 - New Year's Day Tuesday 1 January;
# Good Friday 19 April, Easter Monday 22 April; 6 May; 27 May; 26 August; Christmas Wednesday 25 and Boxing Day
# Thursday 26 December.
BANK_HOLIDAYS = {date(2040, 1, 2), date(2040, 3, 30), date(2040, 4, 2), date(2040, 5, 7), date(2040, 5, 28),
                 date(2040, 8, 27), date(2040, 12, 25), date(2040, 12, 26),
                 date(2041, 1, 1), date(2041, 4, 19), date(2041, 4, 22), date(2041, 5, 6), date(2041, 5, 27),
                 date(2041, 8, 26), date(2041, 12, 25), date(2041, 12, 26)}
# The three that fall inside the window, with the package's names.
IN_WINDOW = {date(2040, 12, 25): "Christmas Day", date(2040, 12, 26): "Boxing Day", date(2041, 1, 1): "New Year's Day"}
# The brief's window is "Monday 5 December 2040 - Friday 10 February 2041", but 5 December 2040 is a Wednesday and
# 10 February 2041 a Sunday: the window starts on the Monday of the first week and ends on the Friday of the last.
WINDOW = (datetime(2040, 12, 3, tzinfo=LON), datetime(2041, 2, 8, 23, 59, 59, tzinfo=LON))
LAST_WD_BEFORE_CHRISTMAS = date(2040, 12, 24)       # Christmas Eve is a working day (no closure days configured)
FIRST_WD_AFTER_NEW_YEAR = date(2041, 1, 2)
# BST ended at 01:00 UTC on the last Sunday of October 2040 and starts at 01:00 UTC on the last Sunday of March 2041.
BST_END = datetime(2040, 10, 28, 1, 0, 0, tzinfo=UTC)
BST_START = datetime(2041, 3, 31, 1, 0, 0, tzinfo=UTC)
def expected_offset(d):
    return "+0000" if BST_END <= d.astimezone(UTC) < BST_START else "+0100"

def parse_dob(w):
    """DOB as written -> ISO (this set writes dd/mm/yyyy only)."""
    m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", w)
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

def META_W(f, name):
    for c in META[f]["children"]:
        if c["name"] == name:
            return c["_w"] or ""
    return ""

def parse(f):
    return email.message_from_bytes(FILES[f], policy=email.policy.default)

def check_file(lab):
    errors = []
    def err(m):
        errors.append("%s: %s" % (lab["file"], m))
    f, a, mb, e = lab["file"], lab["authority"], lab["mailbox"], lab["expect"]
    if not re.fullmatch(r"%s_\d\d\.eml" % a, f): err("file name / authority")
    if set(e) != {"kind", "urgent", "level", "case_ids", "children", "concerns", "consent",
                  "manager_agreed", "missing", "notice_ok", "next_action"}:
        err("expect keys")
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
        if re.match(r"(?i)(mosaic|ics|ehm|lcs)\s*(id|no|ref)?[.:]?\s", cid): err("case id keeps its label: %s" % cid)
    now = datetime.fromisoformat(lab["now"])
    meeting = META[f]["meeting"]
    if a == "knowsley" and e["kind"] in ("step_up", "step_down"):
        if meeting is None:
            if e["notice_ok"] is not None: err("notice_ok must be null without a date")
            if "meeting_details" not in e["missing"]: err("meeting_details should be missing")
        else:
            wd = working_days(now.date(), meeting)
            if e["notice_ok"] != (wd >= 5): err("notice_ok %s but %d WD" % (e["notice_ok"], wd))
            if meeting <= now.date(): err("meeting not after now")
            if meeting.weekday() >= 5 or meeting in BANK_HOLIDAYS: err("meeting on a weekend or bank holiday")
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
    if d.weekday() >= 5: err("Date on a weekend")
    if d.date() in BANK_HOLIDAYS: err("Date on a bank holiday")
    if not msg["Date"].strip().endswith(expected_offset(d)): err("Date offset should be %s" % expected_offset(d))
    if d.utcoffset() != d.astimezone(LON).utcoffset(): err("Date offset differs from Europe/London's")
    if now.utcoffset() != d.utcoffset(): err("now offset differs from the Date header's")
    if not (timedelta(minutes=1) <= now - d <= timedelta(minutes=10)): err("now not 1-10 min after Date")
    if e["kind"] != "auto_reply" and msg["Auto-Submitted"] is not None: err("Auto-Submitted on human mail")
    text = readable(msg)
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
    for name, w in META[f]["adults"]:
        if "%s (DOB %s)" % (name, w) not in text and w not in text: err("adult %s's DOB %s not in text" % (name, w))
        if age_years(date.fromisoformat(parse_dob(w)), now.date()) < 18: err("%s is not 18 at now" % name)
        if name not in META[f]["not_children"]: err("adult %s must be listed as not a child" % name)
    for cid in e["case_ids"]:
        span = META[f]["id_spans"].get(cid)
        if span is None:
            if cid not in text: err("case id %s not in text" % cid)
        else:
            if span not in _plain(msg): err("case id %s: raw span %r not in the text part" % (cid, span))
            if cid in text: err("case id %s should only be written broken across lines" % cid)
    if META[f]["attachment_only"]:
        if not e["children"]: err("children named only in an attachment must still be labelled")
        body = body_text(msg)
        for c in e["children"]:
            if c["name"] in body: err("child %s should be named only in an attachment" % c["name"])
            if c["dob"] and META_W(f, c["name"]) in body: err("DOB of %s should be only in an attachment" % c["name"])
    return errors

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
    if not (tot["urgent"] == 8 and tot["near_miss"] == 8 and sum(tot.values()) == 40):
        errors.append("set: category totals %s" % tot)
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

def _now(f):
    return datetime.fromisoformat(_lab(f)["now"]).date()

def _date(msg):
    return email.utils.parsedate_to_datetime(msg["Date"])

def _att(msg, pred):
    return [p for p in msg.walk() if not p.is_multipart() and p.get_filename() and pred(p)]

def _blocks(msg):
    return _plain(msg).split(SEP)

def _block_body(block):
    """The text of a quoted Outlook block below its From/Sent/To/Subject lines."""
    return block.split("\n\n", 1)[1].strip() if "\n\n" in block.strip("\n") else ""

def _no_alarm(msg):
    return not ALARM.search(readable(msg))

def _no_plain(msg):
    return not any(p.get_content_type() == "text/plain" and not p.get_filename() for p in msg.walk()
                   if not p.is_multipart())

def _docx_pages(data):
    """The text of each page of a .docx, split at Word's explicit page breaks (<w:br w:type="page"/>)."""
    import xml.etree.ElementTree as ET
    W = "{%s}" % W_NS
    root = ET.fromstring(zipfile.ZipFile(_io.BytesIO(data)).read("word/document.xml"))
    pages = [[]]
    for p in root.iter(W + "p"):
        if any(br.get(W + "type") == "page" for br in p.iter(W + "br")):
            pages.append([])
        pages[-1].append("".join(t.text or "" for t in p.iter(W + "t")))
    return ["\n".join(x) for x in pages]

def _wd(f):
    return working_days(_now(f), META[f]["meeting"])

def _pw(f):
    return plain_weekdays(_now(f), META[f]["meeting"])

def _k01(msg):
    b = _blocks(msg)
    new = [l for l in b[0].split("Joanne Tasker")[0].splitlines() if l.strip()]
    return (len(b) == 6 and len(new) <= 4 and "Friday 28th December at 10am" in b[1]
            and "Jaxon Rimmer (DOB 02/03/2036)" in b[2] and "Jaxon" not in b[0] + b[1] + b[3] + b[4] + b[5]
            and "Wednesday 2nd January" in b[3] and _block_body(b[4]) == "Yes, agreed. JT"
            and "Wednesday 19 December" in b[5] and "25/06/2032" in b[5] and "25/06/2032" not in "".join(b[:5])
            and META["knowsley_01.eml"]["meeting"] == date(2040, 12, 28) and _wd("knowsley_01.eml") == 4
            and _pw("knowsley_01.eml") == 6)

def _k02(msg):
    form = _att(msg, lambda p: p.get_filename().startswith("FF Step Up request"))[0].get_payload(decode=True)
    pages = _docx_pages(form)
    key = "held her against the kitchen wall by her throat"
    return (len(pages) == 3 and key in pages[2] and key not in pages[0] + pages[1]
            and key not in body_text(msg) and "kitchen wall" not in body_text(msg) and _no_alarm(msg)
            and _wd("knowsley_02.eml") == 7)

def _k03(msg):
    parts = [p for p in msg.walk() if not p.is_multipart()]
    raw = parts[0].get_payload(decode=True)
    head = FILES["knowsley_03.eml"].split(b"\r\n\r\n", 1)[0].decode("ascii")
    return (all(p.get_content_charset() == "windows-1252" for p in parts) and "=?windows-1252?" in head
            and b"O\x92Neill" in raw and b"D\x92Arcy" in raw and b"\x93What are we worried about?\x94" in raw
            and "Ruair\u00ed O\u2019Neill" in parts[0].get_content()
            and _date(msg).date() == LAST_WD_BEFORE_CHRISTMAS and _wd("knowsley_03.eml") == 4
            and _pw("knowsley_03.eml") == 7)

def _k04(msg):
    h = _html(msg)
    img = _att(msg, lambda p: p.get_content_type() == "image/png")
    tds = re.findall(r"(?is)<td\b.*?</td>", h)
    return (_no_plain(msg) and msg.get_content_type() == "multipart/related" and len(img) == 1
            and ('src="cid:%s"' % img[0]["Content-ID"].strip("<>")) in h and 'role="presentation"' in h
            and "&nbsp;" in h and any("Harvey Quinn" in td and "<br>" in td and "&nbsp;" in td for td in tds)
            and _wd("knowsley_04.eml") == 5 and _pw("knowsley_04.eml") == 6
            and date(2040, 12, 31) not in BANK_HOLIDAYS and date(2041, 1, 1) in BANK_HOLIDAYS)

def _k05(msg):
    cal = [p for p in msg.walk() if p.get_content_type() == "text/calendar"][0].get_payload(decode=True).decode()
    cal = cal.replace("\r\n ", "")
    return ("PARTSTAT=DECLINED" in cal and "COMMENT" in cal and "Bryony Tate will chair" in cal
            and _date(msg).date() == FIRST_WD_AFTER_NEW_YEAR)

def _k06(msg):
    b = _blocks(msg)
    names = [p.get_filename() for p in _att(msg, lambda p: True)]
    contents = readable(msg)
    for n in names:
        contents = contents.replace(n, "")
    return (msg["From"].addresses[0].username == "FFHuytonTeam" and "on behalf of Sarah-Jane Tiernan" in b[0]
            and len(b) == 3 and _block_body(b[1]) == "Fine by me – JT" and all("EHM-64477" in n for n in names)
            and "EHM-64477" not in contents and _wd("knowsley_06.eml") == 4 and _pw("knowsley_06.eml") == 6)

def _k08(msg):
    p = _plain(msg)
    new = p.split("Get Outlook for iOS")[0]
    return ("im not going home tonight. he said hell kill me" in new and "Kelsey Barton" not in new
            and "04/04/2025" not in new and _no_alarm(msg) and "[SB-knowsley-127]" in str(msg["Subject"]))

def _r01(msg):
    b = _blocks(msg)
    d = _date(msg).date()
    return (len(b) == 5 and "has now signed the consent form" in b[1] and "pencilled a case discussion" in b[2]
            and "withdrawn her consent" in b[3] and "gave her consent" in b[4] and "consent" not in b[2]
            and d == LAST_WD_BEFORE_CHRISTMAS and (date(2040, 12, 27) - d).days <= 5
            and "Thursday 27 December, 10:00" in b[0])

def _r02(msg):
    p = _plain(msg)
    return ("Maddie couldn't wake her" in p and "14/08/2036" not in body_text(msg) and _no_alarm(msg)
            and "Rationale for step up" in p)

def _r03(msg):
    p = _plain(msg)
    return (p.strip() == "This message is HTML only." and "Theo Brightwell" in html_text(_html(msg))
            and "Rationale for step up" in html_text(_html(msg)) and _date(msg).date() == FIRST_WD_AFTER_NEW_YEAR)

def _r04(msg):
    p = _plain(msg)
    return "in 2037 Tamsin told her teacher" in p and "said he'll kill me if I tell" in p and "convicted in 2038" in p

def _r06(msg):
    p = _plain(msg)
    cut = p.index("For business support")
    summary = readable(msg).split("Case summary - K children")[-1]
    return ("A.K. (9), B.K. (6) and L.K. (2)" in str(msg["Subject"]) and "A.K. (9), B.K. (6) and L.K. (2)" in p[:cut]
            and all(n not in p[:cut] and n in p[cut:] for n in ("Ayesha Khalid", "Bilal Khalid", "Laila Khalid"))
            and "Khalid" not in summary and _date(msg).date() == LAST_WD_BEFORE_CHRISTMAS)

def _r07(msg):
    p = _plain(msg)
    return "Dr Ruth Halvorsen, community paediatrician" in p and "No further action" in p

def _r08(msg):
    lab = _lab("richmond_wandsworth_08.eml")
    names = [c["name"] for c in lab["expect"]["children"]]
    return ("Shanice Greenidge" in names and age_years(date(2023, 3, 14), _now("richmond_wandsworth_08.eml")) == 17
            and "care-experienced" in _plain(msg) and "Shanice's daughter, Nova Greenidge" in _plain(msg))

def _t01(msg):
    h = html_text(_html(msg))
    return (_no_plain(msg) and "the baby" in h and "Rumi" not in body_text(msg) and "15:45" in h and "16:30" in h
            and len(_att(msg, lambda p: p.get_content_type() == "image/png")) == 1 and _no_alarm(msg))

def _t02(msg):
    h = _html(msg)
    cells = [html_text(c).strip() for c in re.findall(r"(?is)<td\b.*?</td>", h)]
    outside = re.sub(r"(?is)<td\b.*?</td>", " ", h)
    return ("2310458" in cells and "2310459" in cells and "2310458" not in outside and "2310459" not in outside
            and "Ibrahim Akhtar\t27/01/2035\t2310459" in _plain(msg))

def _t03(msg):
    p = _plain(msg)
    return "NOT a live case" in p and "Child A (6)" in p

def _t04(msg):
    from pypdf import PdfReader
    import io
    marf = _att(msg, lambda p: p.get_filename().startswith("MARF"))[0].get_payload(decode=True)
    t = PdfReader(io.BytesIO(marf)).pages[0].extract_text().replace(" \n", "\n")
    return "Manager authorisation:\nName:\nDate:" in t and "I'll get her sign-off as soon as she's back" in _plain(msg)

def _t05(msg):
    b = _blocks(msg)
    return len(b) == 3 and _block_body(b[1]) == "Agreed." and "Kamal Hussain, turned 18 on 30 November 2040" in b[2]

def _t07(msg):
    form = _att(msg, lambda p: p.get_filename().startswith("TAF plan"))[0].get_payload(decode=True)
    t = docx_body_text(form)
    return "EXAMPLE - delete before sending" in t and "kill her" in t and "kill" not in _plain(msg)

def _t08(msg):
    return ("this Saturday (12 January)" in _plain(msg) and date(2041, 1, 12).weekday() == 5
            and _date(msg).date() == date(2041, 1, 10))

def _b01(msg):
    b = _blocks(msg)
    tm = _block_body(b[1]).lower()
    return (str(msg["Subject"]) == "RE: Step down – TM approved" and "Subject: RE: Step down – TM approved" in b[1]
            and not re.search(r"agree|approv|sign|happy|yes", tm) and age_years(date(2037, 7, 18), _now("torbay_01.eml")) < 5)

def _b02(msg):
    return "left the house at 16:10 yesterday" in _plain(msg) and _no_alarm(msg)

def _b03(msg):
    return "What counts as an immediate risk" in _plain(msg) and ALARM.search(readable(msg)) is not None

def _b04(msg):
    raw = FILES["torbay_04.eml"]
    p = _plain(msg)
    return (b"EHM-\r\n741203" in raw and "EHM-741203" not in readable(msg)
            and all(len(l) <= 72 for l in p.split("Jenny")[0].splitlines()))

def _b05(msg):
    d = _date(msg).date()
    tuesdays = [d + timedelta(days=i) for i in range(1, 15) if (d + timedelta(days=i)).weekday() == 1]
    return (d == LAST_WD_BEFORE_CHRISTMAS and "I'll ask him when I see him on Friday 28th" in _plain(msg)
            and tuesdays[0] == date(2040, 12, 25) and tuesdays[1] == date(2041, 1, 1)
            and tuesdays[0] in BANK_HOLIDAYS and tuesdays[1] in BANK_HOLIDAYS)

def _b06(msg):
    return msg["From"].addresses[0].username == "PaigntonFIT" and msg["Importance"] == "high" and not _no_alarm(msg)

def _b07(msg):
    return "He has been missing since yesterday afternoon" in _plain(msg)

def _h01(msg):
    t = readable(msg)
    return t.index("2204519") < t.index("1655203") and "which closed in March 2038" in t

def _h03(msg):
    return _date(msg).hour < 9 and _no_alarm(msg) and "She told us her name is Poppy Madley" in _plain(msg)

def _h04(msg):
    p = _plain(msg)
    return ALARM.search(p) is not None and "there are no safeguarding concerns and nothing immediate" in p

def _h05(msg):
    return (msg["From"].addresses[0].username == "LeominsterLocality"
            and "on behalf of Dafydd Morgan" in _plain(msg))

def _h07(msg):
    return "Mum has agreed in principle but hasn't signed the consent form yet" in _plain(msg)

def _h08(msg):
    b = msg.get_body(("plain",))
    return (b.get_param("format") == "flowed" and "Sent from my iPhone" in _plain(msg)
            and _date(msg).date() == FIRST_WD_AFTER_NEW_YEAR)

CUSTOM = [
    ("knowsley_01.eml", "six blocks: terse forward, date moved twice, child added late, one-line agreement; 4 WD (6 plain)", _k01),
    ("knowsley_02.eml", "the risk only on page 3 of the attached form; no alarm words; 7 WD", _k02),
    ("knowsley_03.eml", "windows-1252 with smart quotes and O\u2019Neill / D\u2019Arcy; Christmas Eve; 4 WD (7 plain)", _k03),
    ("knowsley_04.eml", "HTML only, multipart/related, inline logo, presentation table, <br> fields, &nbsp;; 5 WD (6 plain)", _k04),
    ("knowsley_05.eml", "DECLINED with a COMMENT on the first working day after New Year", _k05),
    ("knowsley_06.eml", "team mailbox on behalf of; 'Fine by me – JT'; case id only in file names; 4 WD (6 plain)", _k06),
    ("knowsley_08.eml", "the teenager's message; child only in the quoted ack; no alarm words", _k08),
    ("richmond_wandsworth_01.eml", "consent given -> withdrawn -> given again; Christmas Eve; within 5 days", _r01),
    ("richmond_wandsworth_02.eml", "carer could not be woken; DOBs only in the summary; no alarm words", _r02),
    ("richmond_wandsworth_03.eml", "text/plain is a stub; the request only in the HTML; 2 January", _r03),
    ("richmond_wandsworth_04.eml", "the words in a closed 2037 frame", _r04),
    ("richmond_wandsworth_06.eml", "initials first, full names only in the business-support block; Christmas Eve", _r06),
    ("richmond_wandsworth_07.eml", "bruise explained by a paediatrician", _r07),
    ("richmond_wandsworth_08.eml", "the 17-year-old care-experienced mother is labelled", _r08),
    ("tower_hamlets_01.eml", "HTML only; 'the baby'; name only in the MARF; 15:45 / 16:30; no alarm words", _t01),
    ("tower_hamlets_02.eml", "Mosaic ids only in table cells", _t02),
    ("tower_hamlets_03.eml", "anonymised case study", _t03),
    ("tower_hamlets_04.eml", "manager pending; blank MARF authorisation", _t04),
    ("tower_hamlets_05.eml", "one-word 'Agreed.'; the brother who turned 18", _t05),
    ("tower_hamlets_07.eml", "template example text only in the attachment", _t07),
    ("tower_hamlets_08.eml", "moving in this Saturday", _t08),
    ("torbay_01.eml", "manager agreement only in the subject line; under 5", _b01),
    ("torbay_02.eml", "missing from care since yesterday; no alarm words", _b02),
    ("torbay_03.eml", "rota listing what counts as an immediate risk", _b03),
    ("torbay_04.eml", "case id broken across a line; hard-wrapped text", _b04),
    ("torbay_05.eml", "Christmas Eve; both next Tuesdays are bank holidays; consent still to be asked", _b05),
    ("torbay_06.eml", "shared team mailbox; high importance; alarm words used", _b06),
    ("torbay_07.eml", "the adult brother missing since yesterday", _b07),
    ("herefordshire_01.eml", "live id before the old closed id", _h01),
    ("herefordshire_03.eml", "before 09:00; no alarm words; the child's name in the finder's words", _h03),
    ("herefordshire_04.eml", "alarm words about a deadline; 'no safeguarding concerns and nothing immediate'", _h04),
    ("herefordshire_05.eml", "locality mailbox on behalf of", _h05),
    ("herefordshire_07.eml", "consent agreed in principle, form not signed", _h07),
    ("herefordshire_08.eml", "iPhone format=flowed on 2 January", _h08),
]

# Each consent / manager wording ties to its label (the phrase must be in the readable text or the Subject).
WORDING = [
    ("knowsley_01.eml", "Yes, agreed. JT", "manager_agreed", True),
    ("knowsley_06.eml", "Fine by me – JT", "manager_agreed", True),
    ("tower_hamlets_05.eml", "Agreed.", "manager_agreed", True),
    ("torbay_01.eml", "RE: Step down – TM approved", "manager_agreed", True),
    ("tower_hamlets_04.eml", "I'll get her sign-off as soon as she's back", "manager_agreed", None),
    ("richmond_wandsworth_01.eml", "has now signed the consent form", "consent", True),
    ("richmond_wandsworth_03.eml", "does not agree with a referral", "consent", False),
    ("richmond_wandsworth_07.eml", "I'll go through the step down with her at my visit on Monday", "consent", None),
    ("torbay_05.eml", "I'll ask him when I see him on Friday 28th", "consent", None),
    ("herefordshire_07.eml", "agreed in principle but hasn't signed the consent form yet", "consent", None),
    ("tower_hamlets_01.eml", "Parental consent: not yet asked", "consent", None),
    ("tower_hamlets_08.eml", "Parental consent: not sought", "consent", None),
    ("knowsley_04.eml", "agrees with the step down", "consent", True),
    ("herefordshire_02.eml", "mum signed it at Friday's visit", "consent", True),
]

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

# The expected whole-set facts the README states (set_checks() recomputes and compares them).
QUIET_EXPECTED = ["herefordshire_03.eml", "knowsley_02.eml", "knowsley_08.eml", "richmond_wandsworth_02.eml",
                  "torbay_02.eml", "tower_hamlets_01.eml"]
CROSSING_EXPECTED = {"knowsley_01.eml": (4, 6), "knowsley_03.eml": (4, 7), "knowsley_04.eml": (5, 6),
                     "knowsley_06.eml": (4, 6)}
DECISIVE_EXPECTED = ["knowsley_01.eml", "knowsley_03.eml", "knowsley_06.eml"]
QUIET, CROSSING = [], {}

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2040, 2041])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: the bank holidays in the window are %s, expected %s" % (inside, IN_WINDOW))
    if any("observed" in str(n).lower() for n in inside.values()):
        errors.append("set: a substitute day falls in the window")
    if not (BST_END.date() == max(date(2040, 10, d) for d in range(25, 32) if date(2040, 10, d).weekday() == 6)
            and BST_START.date() == max(date(2041, 3, d) for d in range(25, 32) if date(2041, 3, d).weekday() == 6)):
        errors.append("set: BST must end on the last Sunday of October 2040 and start on the last Sunday of March 2041")
    d = WINDOW[0].date()
    while d <= WINDOW[1].date():
        if datetime(d.year, d.month, d.day, 12, tzinfo=LON).utcoffset() != timedelta(0):
            errors.append("set: %s is not GMT" % d)
        d += timedelta(days=1)
    if WINDOW[0].weekday() != 0 or WINDOW[1].weekday() != 4:
        errors.append("set: the window must run Monday to Friday")
    if not (WINDOW[0].date() <= date(2040, 12, 5) < WINDOW[0].date() + timedelta(days=7)
            and WINDOW[1].date() <= date(2041, 2, 10) < WINDOW[1].date() + timedelta(days=7)):
        errors.append("set: the window must be the weeks of 5 December 2040 and 10 February 2041")
    d = LAST_WD_BEFORE_CHRISTMAS + timedelta(days=1)
    if not (LAST_WD_BEFORE_CHRISTMAS.weekday() < 5 and LAST_WD_BEFORE_CHRISTMAS not in BANK_HOLIDAYS
            and all(x in BANK_HOLIDAYS or x.weekday() >= 5 for x in [d]) and d == date(2040, 12, 25)):
        errors.append("set: 24 December 2040 must be the last working day before Christmas")
    g = date(2041, 1, 1) + timedelta(days=1)
    while g.weekday() >= 5 or g in BANK_HOLIDAYS:
        g += timedelta(days=1)
    if g != FIRST_WD_AFTER_NEW_YEAR:
        errors.append("set: the first working day after New Year is %s" % g)
    quiet, crossing, sent_on = [], {}, {}
    for lab in LABELS:
        f = lab["file"]
        try:
            msg = parse(f)
            text = readable(msg)
        except Exception as ex:
            errors.append("%s: unreadable (%r)" % (f, ex)); continue
        sent_on.setdefault(_date(msg).date(), []).append(lab["authority"])
        if lab["expect"]["urgent"] and not ALARM.search(text):
            quiet.append(f)
        m = META[f]["meeting"]
        if m is not None:
            now = _now(f)
            if any(now < h <= m for h in BANK_HOLIDAYS):
                crossing[f] = (working_days(now, m), plain_weekdays(now, m))
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
    if len(quiet) < 5:
        errors.append("set: only %d urgent mails avoid every alarm word (need 5)" % len(quiet))
    if crossing != CROSSING_EXPECTED:
        errors.append("set: Knowsley counts crossing a bank holiday are %s, expected %s" % (crossing, CROSSING_EXPECTED))
    decisive = sorted(f for f, (wd, pw) in crossing.items() if (wd >= 5) != (pw >= 5))
    if decisive != DECISIVE_EXPECTED or len(decisive) < 3:
        errors.append("set: decisive holiday counts are %s, expected %s (at least 3)" % (decisive, DECISIVE_EXPECTED))
    for day, who in ((LAST_WD_BEFORE_CHRISTMAS, "Christmas Eve"), (FIRST_WD_AFTER_NEW_YEAR, "2 January")):
        auths = sent_on.get(day, [])
        if len(auths) < 3 or "knowsley" not in auths or "richmond_wandsworth" not in auths:
            errors.append("set: mails sent on %s: %s (need 3+, Knowsley and Richmond among them)" % (who, auths))
    QUIET[:] = quiet
    CROSSING.clear(); CROSSING.update(crossing)
    return errors

def run_checks():
    errors, tot = check()
    return errors + set_checks(), tot

# ----------------------------------------------------------------------------- fault injection (in memory only)
def _sub(f, old, new, count=1):
    data = FILES[f]
    assert old in data, (f, old)
    FILES[f] = data.replace(old, new, count)

def _sub_text(f, old, new):
    """Change the words of a message's own text parts (re-encoded by the email package)."""
    msg = parse(f)
    done = False
    for part in msg.walk():
        if not part.is_multipart() and part.get_content_type() in ("text/plain", "text/html") and not part.get_filename():
            t = part.get_content()
            if old in t:
                part.set_content(t.replace(old, new), subtype=part.get_content_subtype(),
                                 charset=part.get_content_charset() or "utf-8")
                done = True
    assert done, (f, old)
    FILES[f] = msg.as_bytes(policy=email.policy.default.clone(linesep="\r\n"))

def _relabel(f, **kw):
    lab = _lab(f)
    for k, v in kw.items():
        if k == "now":
            lab["now"] = v
        elif k == "category":
            CATS[f] = v
        else:
            lab["expect"][k] = v

def _shift_date(f, old, new, days=0, offset=None):
    _sub(f, ("Date: " + old).encode(), ("Date: " + new).encode())
    lab = _lab(f)
    n = datetime.fromisoformat(lab["now"]) + timedelta(days=days)
    if offset:
        n = n.replace(tzinfo=timezone(offset))
    lab["now"] = n.isoformat()

FAULTS = [
    ("knowsley_01's notice labelled ok", lambda: _relabel("knowsley_01.eml", notice_ok=True, next_action="book_meeting"),
     "notice_ok True but 4 WD"),
    ("Christmas Day dropped from the bank holidays", lambda: BANK_HOLIDAYS.discard(date(2040, 12, 25)),
     "bank holidays differ"),
    ("New Year's Day dated 2 January", lambda: (BANK_HOLIDAYS.discard(date(2041, 1, 1)), BANK_HOLIDAYS.add(date(2041, 1, 2))),
     "bank holidays differ"),
    ("knowsley_03 sent on Christmas Day", lambda: _shift_date("knowsley_03.eml", "Mon, 24 Dec 2040", "Tue, 25 Dec 2040", 1),
     "Date on a bank holiday"),
    ("knowsley_06 sent on a Saturday", lambda: _shift_date("knowsley_06.eml", "Wed, 19 Dec 2040", "Sat, 22 Dec 2040", 3),
     "Date on a weekend"),
    ("knowsley_04's meeting a day earlier", lambda: META["knowsley_04.eml"].update(meeting=date(2041, 1, 3)),
     "notice_ok True but 4 WD"),
    ("torbay_01's Date given +0100", lambda: _shift_date("torbay_01.eml", "Tue, 04 Dec 2040 16:10:05 +0000",
                                                          "Tue, 04 Dec 2040 16:10:05 +0100", 0, timedelta(hours=1)),
     "Date offset should be +0000"),
    ("Kamal Hussain (18) labelled a child", lambda: _lab("tower_hamlets_05.eml")["expect"]["children"].append(
        {"name": "Kamal Hussain", "dob": "2022-11-30"}), "labelled as a child"),
    ("Shanice Greenidge (17) dropped from the children", lambda: _lab("richmond_wandsworth_08.eml")["expect"]["children"].pop(0),
     "the 17-year-old care-experienced mother"),
    ("'urgently' added to richmond_wandsworth_02", lambda: _sub("richmond_wandsworth_02.eml", b"Subject: Step up today",
                                                                b"Subject: Step up urgently today"),
     "no alarm word are"),
    ("'Urgent' added to herefordshire_03", lambda: _sub("herefordshire_03.eml", b"Subject: Little girl",
                                                        b"Subject: Urgent - little girl"), "no alarm word are"),
    ("knowsley_02's page-3 words copied into the subject", lambda: _sub("knowsley_02.eml", b"Subject: Step up request",
        b"Subject: held her against the kitchen wall by her throat - Step up request"), "the risk only on page 3"),
    ("the baby's name put in tower_hamlets_01's subject", lambda: _sub("tower_hamlets_01.eml", b"Subject: MAST request - the baby",
        b"Subject: MAST request - Rumi Islam-Hart"), "should be named only in an attachment"),
    ("torbay_04's case id rejoined", lambda: _sub("torbay_04.eml", b"EHM-\r\n741203, who", b"EHM-741203, who"),
     "raw span"),
    ("herefordshire_01's now 30 minutes after Date", lambda: _relabel("herefordshire_01.eml",
                                                                     now="2040-12-05T11:40:42+00:00"),
     "now not 1-10 min after Date"),
    ("richmond_wandsworth_07 consent true", lambda: _relabel("richmond_wandsworth_07.eml", consent=True),
     "consent vs missing"),
    ("richmond_wandsworth_03 consent null", lambda: _relabel("richmond_wandsworth_03.eml", consent=None),
     "'does not agree with a referral' means consent False"),
    ("torbay_01 manager null", lambda: _relabel("torbay_01.eml", manager_agreed=None), "manager vs missing"),
    ("a level on tower_hamlets_05's step-up", lambda: _relabel("tower_hamlets_05.eml", level=3), ": level"),
    ("gcp2 missing on knowsley_06 without neglect", lambda: _relabel("knowsley_06.eml", missing=["gcp2"]),
     "gcp2 missing but no neglect concern"),
    ("richmond_wandsworth_06's children reversed", lambda: _lab("richmond_wandsworth_06.eml")["expect"]["children"].reverse(),
     "children not in order"),
    ("Ruairí's DOB day/month swapped", lambda: _lab("knowsley_03.eml")["expect"]["children"][0].update(dob="2029-03-09"),
     "parses to 2029-09-03"),
    ("knowsley_08 filed as a near miss", lambda: _relabel("knowsley_08.eml", category="near_miss"), "urgent vs category"),
    ("a case id keeping its Mosaic label", lambda: _relabel("richmond_wandsworth_03.eml", case_ids=["Mosaic 2251907"]),
     "keeps its label"),
    ("book_meeting for the Herefordshire step-up", lambda: _relabel("herefordshire_06.eml", next_action="book_meeting"),
     "next_action book_meeting != human_review"),
    ("Auto-Submitted removed from knowsley_07", lambda: _sub("knowsley_07.eml", b"Auto-Submitted: auto-replied\r\n", b""),
     "auto_reply marked Auto-Submitted"),
    ("knowsley_05's calendar made a REQUEST", lambda: _sub("knowsley_05.eml", b"method=REPLY", b"method=REQUEST"),
     "exactly one text/calendar method=REPLY part"),
    ("tower_hamlets_06's reference removed", lambda: _sub("tower_hamlets_06.eml", b"Subject: RE: [SB-tower_hamlets-88] ",
                                                          b"Subject: RE: "), "follow_up with an [SB-] reference"),
    ("knowsley_03 relabelled utf-8", lambda: _sub("knowsley_03.eml", b'charset="windows-1252"', b'charset="utf-8"', 5),
     "windows-1252 with smart quotes"),
    ("knowsley_04's HTML part made text/plain", lambda: _sub("knowsley_04.eml", b"Content-Type: text/html",
                                                             b"Content-Type: text/plain"), "HTML only, multipart/related"),
    ("knowsley_02's meeting recorded after Christmas", lambda: META["knowsley_02.eml"].update(meeting=date(2040, 12, 27)),
     "counts crossing a bank holiday"),
    ("the window started on Wednesday 5 December", lambda: globals().__setitem__(
        "WINDOW", (datetime(2040, 12, 5, tzinfo=LON), WINDOW[1])), "the window must run Monday to Friday"),
    ("richmond_wandsworth_01's consent flip removed", lambda: _sub_text("richmond_wandsworth_01.eml",
        "has withdrawn her consent", "has questions about it"), "consent given -> withdrawn -> given again"),
    ("tower_hamlets_05's 'Agreed.' labelled null", lambda: _relabel("tower_hamlets_05.eml", manager_agreed=None,
                                                                   missing=["manager_agreed"], next_action="request_info"),
     "'Agreed.' means manager_agreed True"),
]

def inject_faults():
    """Apply each fault to an in-memory copy, run every check, and require the named error; restore after each."""
    import copy
    saved = copy.deepcopy((FILES, LABELS, CATS, META, BANK_HOLIDAYS, WINDOW))
    missed = []
    for what, mutate, expect in FAULTS:
        mutate()
        errors, _tot = run_checks()
        if not any(expect in e for e in errors):
            missed.append("%s (expected %r; got %s)" % (what, expect, errors[:3]))
        f, l, c, m, b, w = copy.deepcopy(saved)
        FILES.clear(); FILES.update(f)
        LABELS[:] = l
        CATS.clear(); CATS.update(c)
        META.clear(); META.update(m)
        BANK_HOLIDAYS.clear(); BANK_HOLIDAYS.update(b)
        globals()["WINDOW"] = w
    return missed

def stats():
    from collections import Counter
    ex = [l["expect"] for l in LABELS]
    out = ["next_action %s" % dict(Counter(e["next_action"] for e in ex)),
           "kind %s" % dict(Counter(e["kind"] for e in ex)),
           "mailbox %s" % dict(Counter(l["mailbox"] for l in LABELS)),
           "consent %s" % dict(Counter(str(e["consent"]) for e in ex)),
           "manager %s" % dict(Counter(str(e["manager_agreed"]) for e in ex)),
           "level %s" % dict(Counter(str(e["level"]) for e in ex)),
           "notice %s" % dict(Counter(str(e["notice_ok"]) for e in ex)),
           "children %d, with dob %d" % (sum(len(e["children"]) for e in ex),
                                         sum(1 for e in ex for c in e["children"] if c["dob"])),
           "urgent with no alarm word anywhere: %s" % QUIET,
           "Knowsley counts crossing a bank holiday (WD, plain weekdays): %s" % CROSSING]
    for f in sorted(META):
        if META[f]["meeting"]:
            out.append("  %s now %s meeting %s: %d WD, %d plain" % (f, _now(f), META[f]["meeting"], _wd(f), _pw(f)))
    table = {}
    for l in LABELS:
        table.setdefault(l["authority"], Counter())[l["expect"]["kind"]] += 1
    for a, c in table.items():
        out.append("%s %s" % (a, dict(c)))
    cat = Counter((l["expect"]["kind"], CATS[l["file"]]) for l in LABELS)
    out.append("kind x category %s" % dict(sorted(cat.items())))
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
        sys.exit(1)
    if "--inject-faults" in sys.argv:
        missed = inject_faults()
        if missed:
            print("FAULT INJECTION: these faults were NOT caught:", *missed, sep="\n  ")
            sys.exit(1)
        errors, _tot = run_checks()                 # the restored set must pass again
        if errors:
            print("SELF-CHECK FAILED after restoring:", *errors, sep="\n  ")
            sys.exit(1)
        print("fault injection: all %d injected faults were caught (nothing written by the faults)" % len(FAULTS))
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
