#!/usr/bin/env python3
"""mixed29: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the spring term of 2048 (Monday 6 January - Thursday 2 April 2048), in STRUCTURED FORMS AND TABLES: referral and
step-down forms pasted as text with tick boxes ([x] [ ], ☑ ☐ ☒, ✓ ✗, ✔ ✘) and Y/N columns, hand-built HTML tables and
Word (MsoTableGrid) tables, forms exported as plain text with "Field: value" lines (ICS, Mosaic e-forms, a police
PPN, a school's record of concern, a website contact form), RTF and .docx attachments carrying the facts, risk
checklists where "No" means the risk is absent, forms whose printed headings list every concern with only some
ticked, a bilingual Welsh-English police notice and a Welsh-English signature, and dates of birth in a table column
beside dates that are not DOBs (plan start, last visit, assessment completed, episode opened).

Urgent mail (11), told in forms' free-text boxes, attachments, a subject line, a PS, a declined meeting's comment,
a forwarded message/rfc822 part and plain covering notes. Near misses (11): checklists of negations, bulletins and
briefings with example scenarios, a fictional training form, a closed case audit, a hypothetical from a pre-school,
historic risk in a step-down, an adult with no child, a form whose printed headings name every harm.

Window: the spring term, Monday 6 January (New Year's Day 2048 is Wednesday 1 January, before it) to Thursday 2 April
2048, the day before Good Friday (3 April; Easter Monday 6 April). No bank holiday falls inside the window. The clock
is GMT (+0000) until British Summer Time begins at 01:00 UTC on Sunday 29 March 2048; three mails (30 March - 1 April)
carry +0100. Two Knowsley notice counts run across Easter and are decided by it (6 plain weekdays, 4 working days).

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, Content-IDs and calendar UIDs
come from sha1 of the file name; zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py
(`--stats` prints the tallies; `--inject-faults` also breaks an in-memory copy in many ways and requires every break
to be caught). pypdf and python-docx are used only by the self-checks, to read the hand-built PDFs and .docx files
back; `holidays` is required and must agree with the script's bank-holiday list. The MIME, Word HTML, PDF, .docx,
iCalendar, out-of-office, NDR, quote, working-day, readable-text and self-check helpers are copied from
/work/main/tests/data/mixed27/make_set.py and adapted; RTF, HTML-table and message/rfc822 builders are new. Every
label was set by hand from the specification; the self-checks only verify them against its rules and STOP on any
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
    """Local (Europe/London) wall-clock time. The window (Monday 6 January - Thursday 2 April 2048) is GMT (+0000)
    until British Summer Time begins at 01:00 UTC on Sunday 29 March 2048, then +0100. The self-check asserts every
    Date header's offset against Europe/London's."""
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
            zi = zipfile.ZipInfo(name, date_time=(2048, 1, 2, 0, 0, 0))
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
        elif ct == RTF:
            out.append(rtf_text(payload))
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




# ============================================================================= helpers added for mixed29
RTF = "application/rtf"

def make_rtf(paras):
    """A Word-style RTF document: paragraphs ('# ' = a bold heading); non-ASCII as \\'hh (cp1252) or \\uN?."""
    def enc(t):
        out = []
        for chr_ in t:
            o = ord(chr_)
            if chr_ in "\\{}":
                out.append("\\" + chr_)
            elif o < 128:
                out.append(chr_)
            else:
                try:
                    b = chr_.encode("cp1252")
                    out.append("\\'%02x" % b[0])
                except UnicodeEncodeError:
                    out.append("\\u%d?" % o)
        return "".join(out).replace("\t", "\\tab ")
    body = []
    for p in paras:
        if p.startswith("# "):
            body.append("\\pard\\sa120\\b\\fs26 %s\\b0\\fs22\\par" % enc(p[2:]))
        else:
            body.append("\\pard\\sa60 %s\\par" % enc(p))
    doc = ("{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang2057{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}"
           "{\\f1\\fnil\\fcharset2 Symbol;}}\n{\\colortbl ;\\red0\\green0\\blue255;}\n"
           "{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1\n\\f0\\fs22 " + "\n".join(body) + "\n}\n")
    return doc.encode("ascii")

def rtf_text(data):
    """Readable text of the RTF this script writes (used only by the self-checks)."""
    s = data.decode("ascii")
    s = re.sub(r"\{\\fonttbl.*?\}\}", "", s, flags=re.S)
    s = re.sub(r"\{\\colortbl[^}]*\}", "", s)
    s = re.sub(r"\{\\\*\\generator[^}]*\}", "", s)
    s = s.replace("\\par", "\n").replace("\\tab ", "\t")
    s = re.sub(r"\\'([0-9a-f]{2})", lambda m: bytes([int(m[1], 16)]).decode("cp1252"), s)
    s = re.sub(r"\\u(\d+)\?", lambda m: chr(int(m[1])), s)
    s = re.sub(r"\\([\\{}])", lambda m: "\x00%d\x00" % ord(m[1]), s)
    s = re.sub(r"\\[a-z]+-?\d* ?", "", s)
    s = s.replace("{", "").replace("}", "")
    s = re.sub(r"\x00(\d+)\x00", lambda m: chr(int(m[1])), s)
    return s

def rtf_att(filename, paras, ctype=RTF):
    return binary_part(ctype, filename, make_rtf(paras))

TH_STYLE = "border:1px solid #8EAADB;padding:4px 8px;font-family:Calibri,Arial,sans-serif;font-size:11pt;vertical-align:top"

def html_table(rows, header=True, widths=None):
    """A plain HTML <table> (as a case-management web form or a hand-built mail template writes it)."""
    out = ['<table cellspacing="0" cellpadding="0" style="border-collapse:collapse;margin:6px 0">\n']
    for i, r in enumerate(rows):
        out.append("<tr>")
        for j, c in enumerate(r):
            tag = "th" if (header and i == 0) else "td"
            bg = "background:#DEEAF6;" if (header and i == 0) else ("background:#F2F2F2;font-weight:bold;" if (not header and j == 0) else "")
            w = (' width="%d"' % widths[j]) if widths else ""
            out.append('<%s%s style="%s%s">%s</%s>' % (tag, w, bg, TH_STYLE, esc(c).replace("\n", "<br>"), tag))
        out.append("</tr>\n")
    out.append("</table>\n")
    return "".join(out)

def table_text(rows):
    """The text/plain twin of an HTML table: cells separated by ' | '."""
    return "\n".join(" | ".join(c.replace("\n", " ") for c in r) for r in rows) + "\n"

HTML_HEAD = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
             '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n')

def html_doc(pieces):
    """pieces: strings (paragraphs, '\\n' -> <br>) or ('table', rows[, header]) or ('raw', html)."""
    out = [HTML_HEAD]
    for p in pieces:
        if isinstance(p, tuple) and p[0] == "table":
            out.append(html_table(p[1], header=(p[2] if len(p) > 2 else True)))
        elif isinstance(p, tuple) and p[0] == "raw":
            out.append(p[1])
        else:
            out.append("<p style=\"margin:0 0 8px 0\">%s</p>\n" % esc(p).replace("\n", "<br>\n"))
    out.append("</body></html>\n")
    return "".join(out)

def doc_text(pieces):
    out = []
    for p in pieces:
        if isinstance(p, tuple) and p[0] == "table":
            out.append(table_text(p[1]))
        elif isinstance(p, tuple) and p[0] == "raw":
            continue
        else:
            out.append(p + "\n")
    return "\n".join(out)

def rfc822_part(inner_bytes, filename=None):
    """A forwarded message carried whole as message/rfc822 (Outlook's 'Forward as attachment')."""
    h = [("Content-Type", "message/rfc822" + ('; name="%s"' % filename if filename else ""))]
    if filename:
        h.append(("Content-Disposition", 'attachment; filename="%s"' % filename))
    return Part(h, inner_bytes.decode("ascii").replace("\r\n", "\n"))


# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2048-03-31 10:12:40"
    body = T("""
Hi MASH,

Step up for the Quigley family below - I've pasted the Appendix 1 form into the email as the Word version keeps losing its tick boxes when I attach it. GCP2, Engaging Families toolkit and the last TAF minutes are attached. The Teams invite for the step up TAF went to the MASH inbox and MASH business support this morning.

==================================================
FF STEP UP REQUEST TO CSC (APPENDIX 1)
==================================================
Case ID on EHM: EHM-71550
Family name: Quigley
Lead Practitioner: Ciaran Mulhearn, Family First Case Manager, Halewood

Children
Name               | DOB        | EHM episode opened | School / setting
Shay Quigley       | 14/02/2037 | 06/10/2047         | Halewood Academy (Y6)
Orla-Mae Quigley   | 30/09/2042 | 06/10/2047         | Higher Side Primary (Rec)

Has this family recently closed to Children's Social Care?   [ ] Yes  [x] No
Date of step up TAF meeting: Wednesday 8th April 2048, 10:00, Microsoft Teams

Concerns (tick all that apply)
[x] Neglect
[ ] Domestic abuse
[ ] Parental mental health
[ ] Parental substance misuse
[x] Non-engagement
[ ] Exploitation (CE/CSE)
[ ] Missing from home
[ ] School attendance

Level of engagement: Low - Engaging Families toolkit completed 20/03/2048 (attached)
Recent TAF meeting minutes attached:   [x] Yes  [ ] No   (TAF 24/03/2048)
Graded Care Profile (if neglect):      [x] Completed 17/03/2048 (attached)
Merseyside Exploitation Assessment:   [ ] N/A

What are we worried about?
The home has had no working cooker since January and the children are eating mostly crisps and cereal. Orla-Mae has come into school in the same unwashed clothes for a week at a time, three times this term. Shay has head lice that have not been treated since November. Dad cancels or is out for most visits (4 of the last 7); mum says she will do things and then does not.

What is working well?
Shay is attending (94%) and his teacher is a good support. Nan (dad's mum) takes the children for tea on Sundays.

What needs to happen?
Step up to CSC for a Child and Family assessment. Family First to stay involved until the assessment is allocated.

Parent informed of the step-up request:  [x] Yes  (mum told at the visit on 27/03/2048)
Team Manager has discussed and agreed:   [x] Yes  [ ] No   - Lorraine Heaton, Team Manager, 30/03/2048
Contingency plan: weekly TAF with both schools until the C&F assessment starts.
==================================================

Thanks
Ciaran

Ciaran Mulhearn
Family First Case Manager | Halewood Team | Knowsley Council
0151 496 0733 | 07700 900 418

""") + KDISC
    gcp = pdf_att("GCP2 - Quigley - March 2048.pdf", "Graded Care Profile 2 - summary", [
        "Family: Quigley   Case ID on EHM: EHM-71550   Completed: 17/03/2048 by Ciaran Mulhearn",
        "Area 1 Physical care: grade 4 (nutrition, hygiene)", "Area 2 Care of safety: grade 3",
        "Area 3 Love and care: grade 2", "Area 4 Stimulation and education: grade 3",
        "Overall: grade 4 in physical care; neglect of basic needs."])
    efk = docx_att("Engaging Families toolkit - Quigley.docx", [
        "# Engaging Families toolkit", "Family: Quigley (EHM-71550)   Date: 20/03/2048",
        "Engagement: low. Dad has cancelled or not been in for 4 of 7 planned visits since January.",
        "What it tells us: the parents agree to actions but do not carry them out; more of the same support will not "
        "change things for the children."])
    mins = docx_att("TAF minutes 24.03.2048 Quigley.docx", [
        "# Team Around the Family - minutes", "Date: 24/03/2048, 13:30, Halewood Family Hub",
        "Present: mum, Ciaran Mulhearn (chair), Shay's class teacher, Orla-Mae's teacher, school nurse. Dad did not attend.",
        "Agreed: Ciaran to discuss a step up with his team manager."])
    top = outlook_top(f, addr("Mulhearn, Ciaran", "Ciaran.Mulhearn@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Quigley - EHM-71550 - TAF Wed 8th April 10am", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [gcp, efk, mins], html_alt=True), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-71550"],
        [ch("Shay Quigley", "2037-02-14", "14/02/2037"), ch("Orla-Mae Quigley", "2042-09-30", "30/09/2042")],
        ["neglect", "non_engagement"], None, True, [], False, "request_info",
        "Knowsley step-up with the Appendix 1 form PASTED INTO THE BODY under its own heading (step_up_form met, "
        "REQUIREMENTS 'the same document pasted into the body'); tick boxes '[x] Neglect', '[x] Non-engagement', the "
        "other printed headings unticked -> concerns neglect + non_engagement; GCP2 .pdf (gcp2), Engaging Families "
        "toolkit .docx (engaging_families), TAF minutes .docx; EHM id; '[x] Yes - Lorraine Heaton, Team Manager' -> "
        "manager true; 'Parent informed' is not consent -> null. Table column 'EHM episode opened' 06/10/2047 is not a "
        "DOB. NOTICE ACROSS EASTER, DECISIVE: sent Tue 31 March (BST, +0100), TAF Wed 8 April: 6 plain weekdays but "
        "Good Friday 3 April and Easter Monday 6 April are bank holidays -> 4 working days < 5 -> not ok -> request_info.",
        meeting=date(2048, 4, 8), not_children=["Ciaran Mulhearn", "Lorraine Heaton"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2048-03-11 09:31:05"
    blocks = [
        "Good morning Family First duty,",
        "",
        "Please see below the Level 3 step-down notification for the [[McGettigan]] children. The final CIN meeting is "
        "next Wednesday and I'd be grateful if a Family First case manager could attend.",
        "",
        ("h", "Step down to Family First 0-18 - notification"),
        ("table", [["Child", "DOB", "CIN plan started", "ICS ID"],
                   ["Aoife [[McGettigan]]", "17.05.2039", "21.07.2047", "ICS-2219034"],
                   ["Darragh [[McGettigan]]", "03.11.2041", "21.07.2047", "ICS-2219035"]]),
        "",
        ("table", [["Question", "Y/N", "Details"],
                   ["Level requested", "-", "Level 3 (Family First case manager)"],
                   ["Parent consent to referral to Family First", "Y", "Mum (Sinead [[McGettigan]]) signed 09.03.2048"],
                   ["Final CIN meeting arranged", "Y", "Wednesday 18/03/2048 at 14:00"],
                   ["Venue", "-", "Huyton Hub, Meeting Room 2, Poplar Bank"],
                   ["Parental mental health", "Y", "Mum - depression, under the community mental health team"],
                   ["School attendance", "Y", "Darragh 81% this term"],
                   ["Domestic abuse", "N", ""],
                   ["Substance misuse", "N", ""],
                   ["Neglect", "N", ""]]),
        "",
        ("table", [["Signs of Safety", ""],
                   ["What are we worried about?", "Mum's low mood on bad days means Darragh stays home with her; "
                    "he has missed 19 sessions since January."],
                   ["What is working well?", "Mum has engaged with CMHT and the CIN plan; Aoife is settled at "
                    "secondary school; maternal grandad does the school run twice a week."],
                   ["What needs to happen?", "Family First case manager to pick up the plan, support mum with a "
                    "morning routine, and work with school on Darragh's attendance."]]),
        "",
        "Kind regards",
        "Jolene",
        "",
        "Jolene Tasker",
        "Social Worker | Child in Need Team 2 | Knowsley Council",
        "0151 496 0286",
        "",
        KDISC.strip(),
    ]
    top = outlook_top(f, addr("Tasker, Jolene", "Jolene.Tasker@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down L3 - McGettigan - final CIN Weds 18/03", when)
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["ICS-2219034", "ICS-2219035"],
        [ch("Aoife McGettigan", "2039-05-17", "17.05.2039"), ch("Darragh McGettigan", "2041-11-03", "03.11.2041")],
        ["parental_mental_health", "school_attendance"], True, None, [], True, "book_meeting",
        "Word HTML step-down with three MsoTableGrid tables: children with a DOB column beside 'CIN plan started' "
        "(21.07.2047, not a DOB); a Y/N column where only 'Parental mental health' and 'School attendance' are Y "
        "(domestic abuse, substance misuse, neglect N); 'Level 3'; consent Y (signed); final CIN Wed 18/03/2048 14:00 "
        "at Huyton Hub (date, time, venue); the three Signs of Safety headings answered. From Wed 11 March exactly 5 "
        "working days -> ok. Complete -> book_meeting. Manager not mentioned -> null.",
        meeting=date(2048, 3, 18), not_children=["Sinead McGettigan", "Jolene Tasker"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2048-04-01 11:20:44"
    body = T("""
Hello,

Below is the step down notification exported from ICS. I'm still waiting to hear back from the school about who will take on the Lead Practitioner role, so that part isn't filled in yet.

Thanks, Gareth

---------- ICS export: Step Down Notification (Level 2) ----------
Form ID: SDN-30914
Exported: 01/04/2048 11:14
Child name: Kalina Wiśniewska
Child date of birth: 2036-08-22
ICS ID: 2290417
Step down level: Level 2
Route: final CIN meeting
Final CIN meeting date: 09/04/2048
Final CIN meeting time: 10:00
Final CIN meeting venue: Kirkby Centre, Room 4, Cherryfield Drive
Lead Practitioner (name): [not completed]
Lead Practitioner (organisation): [not completed]
Parent consent to step down: Yes - mum, 25/03/2048
Presenting needs - young carer: Yes (mum has MS; Kalina helps with her care most evenings)
Presenting needs - school attendance: No (97%)
What are we worried about: Kalina does most of the cooking and shopping and is often too tired for homework; mum's MS has worsened this winter.
What is working well: Mum's care package starts next week; Kalina is attending the young carers' group on Tuesdays and says it helps.
What needs to happen: A Level 2 lead practitioner to keep the young carers' support going and check the care package is in place.
Completed by: Gareth Ollerenshaw, Social Worker, CIN Team 1
Manager sign-off: pending
---------- end of export ----------

Gareth Ollerenshaw
Social Worker | CIN Team 1 | Knowsley Council | 0151 496 0514

""") + KDISC
    top = outlook_top(f, addr("Ollerenshaw, Gareth", "Gareth.Ollerenshaw@" + KDOM),
                      addr("Family First 0-18 Duty Mailbox", KFF), "L2 step down - ICS 2290417 - final CIN 09/04", when)
    add(f, mail(f, top, body), "knowsley", "early_help_duty", when, 6,
        "ordinary", "step_down", False, 2, ["2290417"], [ch("Kalina Wiśniewska", "2036-08-22", "2036-08-22")],
        ["young_carer"], True, None, ["lead_practitioner"], False, "request_info",
        "A FORM EXPORTED AS PLAIN TEXT ('Field: value' lines, no HTML twin). Level 2: meeting details (09/04/2048 "
        "10:00, Kirkby Centre) and all three Signs of Safety answers given, but 'Lead Practitioner (name): [not "
        "completed]' -> lead_practitioner missing. 'ICS ID: 2290417' -> '2290417' (label not part of it). 'young carer: "
        "Yes' is a concern, 'school attendance: No (97%)' is not. 'Manager sign-off: pending' -> null. Consent Yes "
        "-> true. 'Exported: 01/04/2048' and '25/03/2048' are not DOBs; the DOB is ISO. NOTICE ACROSS EASTER, "
        "DECISIVE: sent Wed 1 April (+0100), CIN Thu 9 April: 6 plain weekdays, 4 working days (Good Friday 3 April, "
        "Easter Monday 6 April) -> not ok.",
        meeting=date(2048, 4, 9), not_children=["Gareth Ollerenshaw"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2048-03-12 08:47:10"
    data = itip_reply(f, when, "Farid Quayle", "farid.quayle@" + KDOM, ("Family First 0-18 Duty Mailbox", KFF),
                      "ACCEPTED", "Final CIN meeting (L3 step down) - McGettigan - ICS-2219034 [SB-knowsley-1207]",
                      "20480318T140000", "20480318T150000", "Huyton Hub, Meeting Room 2, Poplar Bank")
    add(f, data, "knowsley", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["ICS-2219034"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, no comment, from the Family First case manager for knowsley_02's final "
        "CIN meeting (Wed 18 March 14:00 GMT); the SUMMARY carries ICS-2219034 and [SB-knowsley-1207]; surname only, "
        "no child named -> record_reply.")

def knowsley_05():
    f = "knowsley_05.eml"; when = "2048-01-23 11:05:19"
    body = T("""
Hi,

Step up form and TAF minutes attached for the family we discussed at the Family First/MASH interface meeting. The TAF is booked for Wednesday 5th Feb at 10am (invite sent).

Thanks
Hollie

Hollie Brannan
Family First Case Manager | Huyton Team | Knowsley Council
0151 496 0952

""") + KDISC
    form = docx_att("Appendix 1 FF Step Up request - Roscoe-Kenny.docx", appendix1([
        ("Case ID on EHM:", "EHM-70318"),
        ("Child's name and DOB:", "Tyler Roscoe-Kenny, 12/06/2040"),
        ("Adults in the household:", "Mum - Leanne Roscoe; mum's partner - Wayne Halsall"),
        ("Concerns (tick):", "☒ Domestic abuse   ☒ Parental mental health   ☐ Neglect   ☐ Non-engagement   "
         "☐ Exploitation   ☐ Substance misuse"),
        ("Date of step up TAF meeting:", "Wednesday 05/02/2048, 10:00, Microsoft Teams"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 15/01/2048"),
        ("What are we worried about?", "Arguments between mum and Wayne most weekends (neighbours' reports, one police "
         "call-out on 27/12/2047). Mum's anxiety is worse and she has stopped her medication."),
        ("What is working well?", "Tyler's attendance is good and he likes his class teacher. Mum has re-engaged with "
         "her GP this week."),
        ("What next?", "Step up to CSC for a Child and Family assessment."),
        ("Agreement by line manager:", "Agreed - Sandra Mowbray, Team Manager, 21/01/2048"),
        ("Anything else MASH needs to know today:", "Tyler came into school this morning with a red mark right round "
         "the back of his neck and across the tops of both shoulders. At 10.30 he told his teacher, and then me, that "
         "Wayne 'held my head under the bath water till I couldn't breathe' last night because he had wet the bed. Mum "
         "was at work. Wayne collects Tyler from school at 3.15 on Thursdays."),
    ]))
    mins = docx_att("TAF minutes 15.01.2048.docx", [
        "# TAF meeting minutes", "Date: 15/01/2048, 10:00, Huyton Hub", "Family: Roscoe / Halsall (EHM-70318)",
        "Present: mum, Hollie Brannan (chair), class teacher, school nurse. Wayne did not attend.",
        "Actions: Hollie to discuss a step up with her team manager."])
    top = outlook_top(f, addr("Brannan, Hollie", "Hollie.Brannan@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up request - EHM-70318", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, mins], html_alt=True), "knowsley", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-70318"], [ch("Tyler Roscoe-Kenny", "2040-06-12", "12/06/2040")],
        ["domestic_abuse", "parental_mental_health", "physical_harm"], None, True, [], True, "alert_duty",
        "URGENT ONLY IN THE ATTACHED FORM'S FREE-TEXT BOX ('Anything else MASH needs to know today'): a 7-year-old with "
        "a red mark round his neck says mum's partner held his head under the bath water last night; the partner "
        "collects him at 3.15 today. Covering note bland; no alarm words anywhere. Safety rule 1 -> alert_duty. Other "
        "fields: ticked ☒ Domestic abuse, ☒ Parental mental health (+ physical_harm from the box); EHM id; TM agreed; "
        "form + TAF minutes -> missing []; TAF Wed 5 Feb from Thu 23 Jan = 9 WD -> ok.",
        meeting=date(2048, 2, 5), not_children=["Wayne Halsall", "Leanne Roscoe", "Hollie Brannan"],
        names_only_in_attachments=True)

def knowsley_06():
    f = "knowsley_06.eml"; when = "2048-03-06 15:32:48"
    body = T("""
Record of concern - sent from St Aidan's CE Primary, Stockbridge Village

Pupil name: Noah Gerrard-Lowe
Date of birth: 02/02/2043
Class: Reception (Willow)
Sibling in school: Mia Gerrard-Lowe, DOB 19/10/2040, Year 3
Date and time of concern: 06/03/2048 15:15
Recorded by: Mrs J. Ainscough, Deputy Headteacher
Reported to police: Y - 101 at 15:25, log 0412 of today
Shared with parents: N - mum not answering

Account:
Dad (Lee Gerrard) arrived to collect Noah and Mia at 3.15. He was slurring, unsteady on his feet, had to hold on to the railings and smelled strongly of drink. I asked him to wait in the office while we rang mum, but he put both children in the back of his car (silver Astra) and drove off towards Waterpark Drive before we could stop him. Mia was crying and said "Daddy's been asleep all day".
Mum (Kerry Lowe) works until 6pm and is not answering. We do not know where dad is taking them.

Action taken: police informed (as above); this record sent to Knowsley MASH.

Mrs Joanne Ainscough
Deputy Headteacher | St Aidan's CE Primary School
0151 496 0167
""")
    top = plain_top(f, addr("Joanne Ainscough", "j.ainscough@staidans.knowsley.example.sch.uk"), addr("Knowsley MASH", KMASH),
                    "Record of concern - Gerrard-Lowe - 06/03/2048", when, "staidans.knowsley.example.sch.uk",
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Noah Gerrard-Lowe", "2043-02-02", "02/02/2043"), ch("Mia Gerrard-Lowe", "2040-10-19", "19/10/2040")],
        ["substance_misuse"], None, None, [], None, "alert_duty",
        "URGENT, A SCHOOL'S RECORD-OF-CONCERN FORM ('Field: value' lines, Y/N answers): at 15:15 today a father too "
        "drunk to stand drove off with a 5-year-old and an 8-year-old; mum unreachable. Not a step request from a "
        "lead practitioner -> kind other; urgent -> alert_duty. No alarm words. concerns substance_misuse (carer's "
        "drinking). 'Date and time of concern: 06/03/2048' is not a DOB; police log 0412 is not a case id.",
        not_children=["Lee Gerrard", "Kerry Lowe", "Joanne Ainscough"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2048-01-27 10:02:31"
    body = T("""
Hi Family First,

Level 3 step down for the O'Hanlon children. A joint home visit is booked for Tuesday 4th February 2048 at 11:00 at the family home (14 Bracken Close, Whiston, L35) - could a Family First case manager come with me?

Children
- Lewis O'Hanlon, born 4th April 2038
- Ellie-Mai O'Hanlon, born 22 March 2044

ICS: ICS-2187706

RISK CHECKLIST (from the step-down template)
Is there domestic abuse in the household?            No
Any injuries or marks observed at the last visit?    No
Is any child missing from home or care?               No
Any concerns about child exploitation?               No
Drug or alcohol misuse by a parent or carer?          No
Parental mental health difficulties?                  Yes - mum, anxiety, managed by her GP
Is any child currently subject to a CP plan?          No - the CP plan (neglect) ended on 12/11/2047

Consent: Mum has signed the Family First consent form (20/01/2048).

What are we worried about: Mum's anxiety means she finds appointments hard; Ellie-Mai's dental treatment was missed twice last year.
What is working well: The home is now clean and well stocked; both children are attending well; mum has kept every appointment since November.
What needs to happen: Family First to support mum with appointments and keep the routines going; TAF review in 6 weeks.

Regards
Shona Merriman
Social Worker | Whiston CIN Team | Knowsley Council | 0151 496 0391

""") + KDISC
    top = outlook_top(f, addr("Merriman, Shona", "Shona.Merriman@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down Level 3 - O'Hanlon - joint visit 04/02", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["ICS-2187706"],
        [ch("Lewis O'Hanlon", "2038-04-04", "4th April 2038"), ch("Ellie-Mai O'Hanlon", "2044-03-22", "22 March 2044")],
        ["parental_mental_health"], True, None, [], True, "book_meeting",
        "NEAR MISS - A RISK CHECKLIST WHERE 'No' MEANS THE RISK IS ABSENT: domestic abuse, injuries, missing, "
        "exploitation, substance misuse all 'No'; the CP plan for neglect ended 12/11/2047 (historic). Only 'Parental "
        "mental health ... Yes' -> concerns [parental_mental_health]. Level 3, consent signed, joint home visit Tue "
        "4 Feb 11:00 at the family home (6 WD from Mon 27 Jan -> ok), three Signs of Safety headings -> complete -> "
        "book_meeting. Apostrophe and hyphen names; DOBs '4th April 2038' and '22 March 2044'.",
        meeting=date(2048, 2, 4), not_children=["Shona Merriman"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2048-02-19 07:30:02"
    rows = [["Scenario", "What happened", "What the audit found"],
            ["Child J (4)", "Bruising to both ears noticed at nursery; mum's partner said he fell off the sofa.",
             "Strategy discussion held the same day; the learning is about recording the child's own words."],
            ["Child K (14)", "Missing overnight three times in a month, found in another borough with older males.",
             "Return home interviews were late; an exploitation screening should have been started at the first episode."],
            ["Child L (9 months)", "Left with a 12-year-old sibling while mum worked nights.",
             "Neglect was visible for a year before the GCP2 was used."]]
    pieces = ["Knowsley Safeguarding Children Partnership - 7-minute briefing, February",
              "This month: learning from the multi-agency neglect audit. The scenarios below are anonymised composites "
              "drawn from cases closed in 2046 and 2047. They are for reflection in team meetings, not for action.",
              ("table", rows),
              "Three questions for your team: 1. Would you have recognised the risk sooner? 2. Whose voice is missing "
              "from the record? 3. When did you last use the Graded Care Profile 2?",
              "Book a place on the next Neglect and GCP2 briefing: https://kscp.knowsley.example/training",
              "You are receiving this because you subscribed to KSCP briefings. Unsubscribe: "
              "https://kscp.knowsley.example/unsubscribe"]
    top = plain_top(f, addr("KSCP Briefings", "kscp.briefings@lists.knowsley.example"),
                    addr("Family First 0-18 Duty Mailbox", KFF), "KSCP 7-minute briefing: learning from the neglect audit",
                    when, "lists.knowsley.example", None,
                    extra=[("List-Id", "KSCP briefings <briefings.kscp.knowsley.example>"),
                           ("List-Unsubscribe", "<https://kscp.knowsley.example/unsubscribe>"), ("Precedence", "bulk")])
    add(f, alt_mail(f, top, doc_text(pieces), html_doc(pieces)), "knowsley", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A PARTNERSHIP BULLETIN (List-Id, List-Unsubscribe, Precedence: bulk; no Auto-Submitted) whose HTML "
        "table lists anonymised scenarios from closed cases (bruising, missing with older males, a baby left with a "
        "sibling) 'for reflection ... not for action' -> not urgent; no real child -> other -> human_review.")


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2048-01-13 14:20:37"
    kids = [["Child", "Date of birth", "Start of EH plan", "Mosaic ID"],
            ["Maya Kowalczyk", "2036-11-02", "2047-09-15", "2344188"],
            ["Filip Kowalczyk", "2041-07-29", "2047-09-15", "2344189"]]
    concerns = [["Concern", "Current?"],
                ["Neglect", "✓"], ["Domestic abuse", "✗"], ["Parental substance misuse", "✓"],
                ["Parental mental health", "✗"], ["Exploitation", "✗"], ["School attendance", "✓"]]
    facts = [["Section", "Detail"],
             ["Latest case summary", "Early Help since 15/09/2047 after a school referral. Mum (Agnieszka) has drunk "
              "heavily since her mother died in the summer; her new partner drinks with her. Maya (11) and Filip (6) "
              "often arrive at school without breakfast. Attendance: Maya 82%, Filip 79%. Food in the house only on the days "
              "the worker visits with a parcel."],
             ["Rationale for step up", "Fourteen weeks of a TAF plan with no change: mum has not attended the alcohol "
              "service, the home conditions are worse, and Maya told school on 08/01/2048 that there is 'never any food'. "
              "We think the children now need a Child and Family Assessment."],
             ["Family consent to step up", "✓ mum agrees (09/01/2048)"],
             ["Early Help worker", "Dev Chaudhary, Family Support Worker, Wandsworth Early Help (07700 900 271)"],
             ["Team manager agreement", "✓ I have agreed this step up as the Early Help Team Manager"]]
    pieces = ["Dear MASH colleagues,",
              "Please find below our step-up request for the Kowalczyk children, following the reflective discussion "
              "in supervision on Friday.",
              ("table", kids), ("table", concerns), ("table", facts),
              "Dev and I are free for the case discussion any afternoon this week.",
              "Kind regards\nRosalind Achterberg\nEarly Help Team Manager (Wandsworth North)\n020 7946 0182"]
    top = outlook_top(f, addr("Achterberg, Rosalind", "Rosalind.Achterberg@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up request - Kowalczyk - Mosaic 2344188 / 2344189", when)
    add(f, alt_mail(f, top, doc_text(pieces) + "\n" + RDISC, html_doc(pieces)), "richmond_wandsworth",
        "mash_step_up", when, 5, "ordinary", "step_up", False, None, ["2344188", "2344189"],
        [ch("Maya Kowalczyk", "2036-11-02", "2036-11-02"), ch("Filip Kowalczyk", "2041-07-29", "2041-07-29")],
        ["neglect", "school_attendance", "substance_misuse"], True, True, [], None, "book_meeting",
        "HTML TABLES (with a ' | ' text twin): a children table whose ISO DOB column sits beside 'Start of EH plan' "
        "(2047-09-15, not a DOB) and the Mosaic IDs; a concerns table with ✓/✗ - ✓ Neglect, Parental substance "
        "misuse, School attendance (82%/79%); ✗ the rest. Case summary and rationale under their own headings -> "
        "missing []. Sent by the Early Help Team Manager ('I have agreed this step up') -> manager true; '✓ mum "
        "agrees' -> consent true. Complete -> book_meeting.",
        not_children=["Dev Chaudhary", "Rosalind Achterberg"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2048-02-03 10:45:12"
    body = T("""
Hi Early Help duty,

As agreed with Jasper on the phone just now, the step-down case discussion for the Adebayo-Laurent children is Thursday 6th February at 2pm on Teams.

Step down form and the latest case summary attached. The draft plan is still with my manager - I'll send it before Thursday.

Thanks
Naomi

Naomi Fairweather
Social Worker | Assessment and Intervention Team (Richmond)
020 7946 0447

""") + RDISC
    form = docx_att("Step down to Early Help - referral form - Adebayo-Laurent.docx", [
        "# Step Down to Early Help - referral form",
        "Mosaic ID: 2351907",
        "Children (name / date of birth / date of last visit):",
        "Tobi Adebayo-Laurent / 11/01/2035 / 29/01/2048",
        "Zoé Adebayo-Laurent / 06/06/2043 / 29/01/2048",
        "Needs identified: ☒ Parental mental health   ☒ Young carer   ☐ Domestic abuse   ☐ Neglect   ☐ Substance misuse",
        "Documents enclosed: ☒ Latest case summary   ☐ Draft Early Help plan (to follow)",
        "Family consent to Early Help: ☐ Given   ☐ Refused   ☒ Not yet discussed - I will ask mum at my visit on 04/02/2048",
        "Proposed Lead Professional: not yet agreed",
        "Case discussion: Thursday 06/02/2048, 14:00, agreed with the Early Help duty team manager",
    ])
    summ = pdf_att("Case summary - Adebayo-Laurent - Jan 2048.pdf", "Latest case summary - Adebayo-Laurent", [
        "Mosaic ID 2351907. Prepared 30/01/2048 by Naomi Fairweather.",
        "Referral (October 2047): mum admitted to hospital after a relapse of her bipolar disorder; Tobi (13) looked "
        "after Zoe for four days.",
        "Assessment: mum is now well, back under the community team, and taking her medication. Tobi still does much "
        "of the cooking and collects Zoe from school.",
        "Recommendation: step down to Early Help with a young carers' assessment."])
    top = outlook_top(f, addr("Fairweather, Naomi", "Naomi.Fairweather@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Adebayo-Laurent - case discussion Thurs 6th 2pm", when)
    add(f, mail(f, top, body, [form, summ], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["2351907"],
        [ch("Tobi Adebayo-Laurent", "2035-01-11", "11/01/2035"), ch("Zoé Adebayo-Laurent", "2043-06-06", "06/06/2043")],
        ["parental_mental_health", "young_carer"], None, None, ["consent", "draft_plan"], None, "request_info",
        "THE FACTS ARE IN THE .DOCX FORM with tick boxes: '☒ Latest case summary ☐ Draft Early Help plan (to follow)' "
        "(and the body says the plan will follow) -> draft_plan missing; 'Family consent ☐ Given ☐ Refused ☒ Not yet "
        "discussed - I will ask mum' -> null -> consent missing; case summary .pdf attached. Needs ticked ☒ Parental "
        "mental health ☒ Young carer. 'date of last visit' 29/01/2048 sits beside each DOB. Accented 'Zoé'. Case "
        "discussion Thursday 6th 2pm (within the seed's 5 days). -> request_info.",
        not_children=["Naomi Fairweather"], names_only_in_attachments=True)

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2048-02-05 09:10:26"
    body = T("""
Hi,

Further to my email on Monday - the draft Early Help plan is attached, and mum gave her consent to the step down at my visit yesterday (signed form attached).

Updated form section:
Family consent to Early Help: ☑ Given (04/02/2048)   ☐ Refused   ☐ Not yet discussed
Draft Early Help plan: ☑ attached

See you tomorrow at 2pm.
Naomi

Naomi Fairweather
Social Worker | Assessment and Intervention Team (Richmond)
020 7946 0447

""") + quote("Early Help Duty", "03 February 2048 10:52", "Naomi Fairweather",
             "[SB-richmond_wandsworth-318] Step down received - Mosaic 2351907",
             ack_text("step-down", "SB-richmond_wandsworth-318", ["Case discussion: Thursday 6 February 14:00 (as agreed)"],
                      ["the draft plan for Early Help", "the family's consent"])) + "\n" + RDISC
    plan = docx_att("Draft EH plan - Adebayo-Laurent.docx", [
        "# Draft Early Help plan", "Mosaic ID: 2351907",
        "Children: Tobi Adebayo-Laurent (11/01/2035), Zoé Adebayo-Laurent (06/06/2043)",
        "1. Young carers' assessment for Tobi - Carers' Hub - by 28/02/2048",
        "2. Mum's mental health: keep links with the community team; crisis plan shared with school - by 13/02/2048",
        "3. After-school club for Zoé twice a week so Tobi is not collecting her every day - by 09/03/2048"])
    cons = pdf_att("Consent form signed 04.02.2048.pdf", "Consent to Early Help support", [
        "I agree to my family receiving support from Early Help and to information being shared with the agencies in "
        "our plan.", "Signed: B. Adebayo (mother)   Date: 04/02/2048"])
    top = outlook_top(f, addr("Fairweather, Naomi", "Naomi.Fairweather@" + RDOM), addr("Early Help Duty", RED),
                      "RE: [SB-richmond_wandsworth-318] Step down received - Mosaic 2351907", when)
    add(f, mail(f, top, body, [plan, cons], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 4,
        "ordinary", "follow_up", False, None, ["2351907"],
        [ch("Tobi Adebayo-Laurent", "2035-01-11", "11/01/2035"), ch("Zoé Adebayo-Laurent", "2043-06-06", "06/06/2043")],
        ["parental_mental_health", "young_carer"], True, None, [], None, "attach_to_request",
        "FOLLOW-UP to richmond_wandsworth_02 ([SB-richmond_wandsworth-318] in the subject): the draft plan (.docx) "
        "and a signed consent form; the form's consent line re-sent with '☑ Given' -> consent true (latest statement "
        "wins over the quoted ack's 'What is missing'). 'Mosaic 2351907' -> '2351907'. Children named in full only in "
        "the plan .docx. follow_up -> missing [] -> attach_to_request.",
        not_children=["Naomi Fairweather"], names_only_in_attachments=True)

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2048-01-14 09:41:55"
    comment = ("Sorry, can't join at 10. I'm at the house now. Mum's partner came back at 9 very drunk and threw a "
               "bottle at her in front of both children - Filip has a cut above his eye that is still bleeding. He "
               "has gone to the shop and says he is coming back. Police have been called and I'm staying with them "
               "till they get here. Dev")
    data = itip_reply(f, when, "Dev Chaudhary", "Dev.Chaudhary@" + RDOM, ("MASH Step Up", RSU), "DECLINED",
                      "Step-up case discussion - Kowalczyk - Mosaic 2344188", "20480114T100000", "20480114T110000",
                      "Microsoft Teams Meeting", comment=comment)
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "meeting_reply", True, None, ["2344188"], [],
        ["domestic_abuse", "physical_harm", "substance_misuse"], None, None, [], None, "alert_duty",
        "URGENT ONLY IN THE COMMENT OF A DECLINED MEETING INVITATION (iTIP REPLY, PARTSTAT=DECLINED, COMMENT repeated "
        "as the body): the Early Help worker is in the house where the drunk partner has just thrown a bottle, a "
        "6-year-old is bleeding from a cut and the partner is coming back. Safety rule 1 ('a meeting reply's "
        "comment') -> alert_duty. Child by first name only -> children []; Mosaic id from the SUMMARY. No alarm words.")

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2048-02-11 12:48:09"
    body = T("""
Step up request - completed yesterday after supervision.

REQUEST FOR STEP UP TO CHILDREN'S SERVICES
Mosaic ID: 2360075
Child 1: Kemi Adeyemi | DOB: 19/04/2038 | School: Southfields Academy (Y4)
Child 2: Tolu Adeyemi | DOB: 01/12/2044 | Setting: Brightside Nursery
Date form completed: 10/02/2048
EH worker: Carys Whitlow, Family Support Worker, Wandsworth Early Help
Team manager agreement: Yes - Priya Nandakumar, 10/02/2048

Latest case summary:
Early Help since September 2047 for school attendance and home conditions. Kemi's attendance is 76%. The flat is cold and dirty and there is often no food at weekends; dad says money is tight since he lost his job. Dad has missed four of nine TAF meetings.

Rationale for step up:
No progress after five months and two TAF reviews; neglect is increasing and dad will not engage with the plan. We think an assessment by Children's Services is needed.

Consent: dad has been told of the step up and did not object.

Priya Nandakumar
Early Help Team Manager (Wandsworth South)
020 7946 0538

""") + RDISC
    top = outlook_top(f, addr("Nandakumar, Priya", "Priya.Nandakumar@" + RDOM), addr("MASH Step Up", RSU),
                      "STEP UP Adeyemi 2360075 - Kemi showed her teacher a burn on her arm this morning, says dad did "
                      "it with the iron - she goes home at 3.30", when)
    add(f, mail(f, top, body), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["2360075"],
        [ch("Kemi Adeyemi", "2038-04-19", "19/04/2038"), ch("Tolu Adeyemi", "2044-12-01", "01/12/2044")],
        ["neglect", "physical_harm", "school_attendance"], None, True, [], None, "alert_duty",
        "URGENT ONLY IN THE SUBJECT LINE: 'Kemi showed her teacher a burn on her arm this morning, says dad did it "
        "with the iron - she goes home at 3.30'; the body is yesterday's plain-text form (neglect, attendance 76%) "
        "with nothing of it. Safety rule 1 -> alert_duty. No alarm words. Case summary and rationale under their "
        "headings -> missing []. TM agreement Yes -> true. 'told ... did not object' is not consent -> null. "
        "'Date form completed: 10/02/2048' is not a DOB.",
        not_children=["Carys Whitlow", "Priya Nandakumar"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2048-03-04 16:05:40"
    ex = [["Field", "Example answer (FICTIONAL)"],
          ["Child", "Child A, aged 4 (fictional)"],
          ["Concerns", "☑ Physical harm   ☑ Domestic abuse   ☐ Neglect   ☐ Exploitation"],
          ["What happened", "Nursery saw bruising to Child A's face and ear on Monday; mum's partner, who lives in the "
           "house, said she fell off the climbing frame."],
          ["Questions for the group", "Is this a step-up, or an immediate child protection referral to MASH? Who do "
           "you phone, and when? What does 'immediate risk' look like at 3pm on a Friday?"]]
    pieces = ["Step-up and step-down refresher - Thursday 12 March, 09:30-12:30, Teams",
              "Ahead of the session, please look at the completed EXAMPLE step-up form below. It is a fictional "
              "training case written for the course: no real child or family is described.",
              ("table", ex),
              "Workforce Development team | Richmond and Wandsworth"]
    top = outlook_top(f, addr("Workforce Development", "workforce.development@" + RDOM), addr("MASH Step Up", RSU),
                      "Training: step-up refresher 12 March - completed example form (fictional)", when,
                      cc=addr("Early Help Duty", RED))
    add(f, alt_mail(f, top, doc_text(pieces), html_doc(pieces)), "richmond_wandsworth", "mash_step_up", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - TRAINING MATERIAL: a completed EXAMPLE step-up form marked FICTIONAL (Child A, bruising, ticked "
        "☑ Physical harm ☑ Domestic abuse) and questions about 'immediate risk' -> no real child, not urgent; other "
        "-> human_review.")

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2048-03-04 15:10:18"
    rows = [["Question", "Y/N", "Notes"],
            ["Domestic abuse currently in the household", "N", ""],
            ["Alleged perpetrator has contact with the child", "N", "Dad lives in Leeds; no contact since 2046"],
            ["Injuries or marks seen at the last visit (02/03/2048)", "N", "None seen; Jayden seen alone"],
            ["Missing episodes in the last 6 months", "N", "0"],
            ["Open s47 enquiry", "N", "s47 in October 2047 - no further action, concerns not substantiated"],
            ["School attendance below 90%", "Y", "84% this term"],
            ["Family consent to Early Help", "Y", "Mum, 27/02/2048"]]
    blocks = ["Hi Early Help duty,", "",
              "Step down for Jayden [[Sowerby]] (DOB 09/09/2036, Mosaic ID 2299381). I've agreed the case discussion "
              "with Jasper for Monday 9 March at 10:30. Case summary and draft plan attached; the checklist from our "
              "template is below.", "",
              ("table", rows), "",
              "Thanks,", "Tamsin", "", "Tamsin Okonkwo-Reid", "Social Worker | Family Support and Child Protection (Wandsworth)",
              "020 7946 0613", "", RDISC.strip()]
    summ = docx_att("Case summary - Sowerby.docx", [
        "# Case summary", "Jayden Sowerby, 09/09/2036, Mosaic ID 2299381",
        "Allocated after a police report in October 2047 (an allegation by a neighbour, not substantiated). Mum has "
        "engaged well; the home is safe and warm. The remaining need is school attendance."])
    plan = pdf_att("Draft Early Help plan - Sowerby.pdf", "Draft Early Help plan - Jayden Sowerby", [
        "1. Attendance plan with school - weekly check-in - Early Help worker",
        "2. Mum to attend the parenting teens course - from 16/03/2048"])
    top = outlook_top(f, addr("Okonkwo-Reid, Tamsin", "Tamsin.Okonkwo-Reid@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Sowerby - 2299381", when)
    add(f, word_mail(f, top, blocks, [summ, plan]), "richmond_wandsworth", "early_help_duty", when, 7,
        "near_miss", "step_down", False, None, ["2299381"], [ch("Jayden Sowerby", "2036-09-09", "09/09/2036")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS - A Y/N TABLE OF NEGATIONS: domestic abuse N, perpetrator contact N (no contact since 2046), "
        "injuries N ('None seen'), missing N, s47 Oct 2047 NFA 'not substantiated'. Only attendance Y (84%) -> "
        "concerns [school_attendance]. Consent Y. Case summary .docx + draft plan .pdf -> missing [] -> book_meeting. "
        "'last visit (02/03/2048)' is not a DOB.",
        not_children=["Tamsin Okonkwo-Reid"])

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2048-03-27 16:40:03"
    h = html_doc(["Thank you for your email. I am on leave from Friday 27 March and back on Tuesday 14 April.",
                  ("table", [["If your email is about", "Please contact"],
                             ["A new step-down or step-up", "Early Help Duty - EarlyHelpDuty@richmondandwandsworth.gov.uk"],
                             ["A case allocated to me", "My team manager, Lorcan Pettigrew"],
                             ["Anything urgent or a safeguarding concern", "MASH duty desk, 020 7946 0321 (out of hours 020 7946 0999)"]]),
                  "Naomi Fairweather | Social Worker"])
    data = ooo(f, when, "Naomi Fairweather", "Naomi.Fairweather@" + RDOM, addr("Early Help Duty", RED),
               "[SB-richmond_wandsworth-318] Case discussion recorded", "", html_only=h)
    add(f, data, "richmond_wandsworth", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "HTML-only out-of-office (Auto-Submitted: auto-replied) laid out as a table, replying to stepbot's own mail "
        "([SB-] subject); 'Anything urgent or a safeguarding concern' is boilerplate. Rule 2 -> auto_reply -> ignore. "
        "Sent Fri 27 March, the last GMT weekday before BST. No child, no case id.")


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2048-02-17 11:05:22"
    logo, cid = inline_png(f, "image001.png", 1, (0, 94, 184), 160, 48)
    kids = [["Name", "DOB", "Mosaic ID", "C&F Assessment completed"],
            ["Ayaan O'Connell-Rahman", "14/03/2037", "2412276", "13/02/2048"],
            ["Inaaya O'Connell-Rahman", "02/10/2042", "2412277", "13/02/2048"]]
    facts = [["Item", "Answer"],
             ["Outcome of the Child and Family Assessment", "Step down to a Team Around the Family"],
             ["Most recent C&F Assessment attached", "✔ Yes"],
             ["TAF plan attached", "✔ Yes (draft, coproduced with the family)"],
             ["Parents consent to step-down", "✔ Yes - both parents, 12/02/2048"],
             ["Lead Practitioner", "Shirin Begum, Learning Mentor, Bangabandhu Primary School (s.begum@bangabandhu.example.sch.uk)"],
             ["TAF meeting (arranged and chaired by me)", "Tuesday 25/02/2048, 10:00, Harford Street Children's Centre"],
             ["Needs", "✔ Parental mental health (dad)   ✔ School attendance (Inaaya 86%)   ✘ Domestic abuse   ✘ Neglect"]]
    pieces = [("raw", '<p><img src="cid:%s" width="160" height="48" alt="" border="0"></p>\n' % cid),
              "Dear Early Help Hub,",
              "The Child and Family Assessment for the O'Connell-Rahman children concluded on 13 February with a "
              "recommendation to step down. Details below; the assessment and draft TAF plan are attached.",
              ("table", kids), ("table", facts),
              "Best wishes,\nFarzana Chowdhury\nSocial Worker, Children's Social Care (Bow and Poplar)\n020 7946 0775"]
    html_body = html_doc(pieces)
    assess = pdf_att("C&F Assessment - O'Connell-Rahman.pdf", "Child and Family Assessment (concluded 13/02/2048)", [
        "Children: Ayaan O'Connell-Rahman 14/03/2037; Inaaya O'Connell-Rahman 02/10/2042. Mosaic 2412276/2412277.",
        "Dad's depression after redundancy led to missed school runs; he is now under his GP and the talking "
        "therapies service. Mum works nights. No concerns about the children's safety.",
        "Recommendation: step down to Early Help with a TAF; lead practitioner from the primary school."])
    plan = docx_att("TAF plan (draft) - O'Connell-Rahman.docx", [
        "# TAF plan (draft)", "Outcome 1: Inaaya's attendance above 95% - school / dad - review at 6 weeks",
        "Outcome 2: Dad continues talking therapies - GP / dad"])
    root = multipart("mixed", [related_html(f, html_body, [logo]), assess, plan], bnd(f, 1))
    top = outlook_top(f, addr("Chowdhury, Farzana", "Farzana.Chowdhury@" + TDOM), addr("Early Help Hub", TEH),
                      "Step-down to TAF - O'Connell-Rahman", when)
    add(f, build(top, root, True), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["2412276", "2412277"],
        [ch("Ayaan O'Connell-Rahman", "2037-03-14", "14/03/2037"), ch("Inaaya O'Connell-Rahman", "2042-10-02", "02/10/2042")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        "HTML-ONLY mail (multipart/related with a logo image that carries no text) whose facts are in two HTML tables: "
        "a DOB column beside 'C&F Assessment completed' (13/02/2048, not a DOB); ✔/✘ answers. Assessment .pdf, TAF "
        "plan .docx, both parents consent, lead practitioner with agency, TAF Tue 25/02 10:00 -> complete -> "
        "book_meeting. Needs ✔ parental mental health, ✔ attendance; ✘ domestic abuse, ✘ neglect.",
        not_children=["Shirin Begum", "Farzana Chowdhury"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2048-01-27 13:12:40"
    body = T("""
Hello MAST,

Please find attached a Multi-Agency Request for Support for the Miah family - we think they need a step up from Targeted Early Help. I'm still waiting for my manager to sign the authorisation section; she is back on Thursday and I'll forward it then.

Many thanks
Callum

Callum Fitzgerald
Early Help Practitioner | Targeted Early Help (Stepney)
020 7946 0824

""") + TDISC
    marf = rtf_att("MARF - Miah - Jan 2048.rtf", [
        "# Multi-Agency Request for Support (MARF)",
        "Mosaic ID: 2398840",
        "Child 1\tHafsa Miah\tDOB 5 January 2036\tYear 7",
        "Child 2\tIbrahim Miah\tDOB 27 August 2039\tYear 3",
        "Date of request\t27/01/2048",
        "Reason for request (tick)\t[X] Neglect  [X] Parental substance misuse  [ ] Domestic abuse  [ ] Exploitation  "
        "[ ] Missing  [ ] Mental health",
        "Summary\tDad has been using crack cocaine since the autumn; money for food and gas runs out mid-week. Both "
        "children are often hungry at school and in unwashed clothes. Eight weeks of Early "
        "Help with no change.",
        "Parent/carer consent to this request\t[X] Yes - dad, 26/01/2048",
        "Manager authorisation\t[ ] Agreed  [ ] Not agreed   Name: ________  Date: ________",
    ])
    top = outlook_top(f, addr("Fitzgerald, Callum", "Callum.Fitzgerald@" + TDOM), addr("MAST", TMAST),
                      "MARF - step up - Miah", when)
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["2398840"],
        [ch("Hafsa Miah", "2036-01-05", "5 January 2036"), ch("Ibrahim Miah", "2039-08-27", "27 August 2039")],
        ["neglect", "substance_misuse"], True, None, ["manager_agreed"], None, "request_info",
        "THE FACTS ARE IN AN .RTF ATTACHMENT (the MARF, so request_for_support is met): children, Mosaic ID, '[X] "
        "Neglect [X] Parental substance misuse' (the other printed headings unticked), consent '[X] Yes'. 'Manager "
        "authorisation [ ] Agreed [ ] Not agreed' blank and the body says the manager has not signed yet -> null -> "
        "manager_agreed missing -> request_info. 'Date of request 27/01/2048' is not a DOB.",
        not_children=["Callum Fitzgerald"], names_only_in_attachments=True)

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2048-03-09 11:40:15"
    body = T("""
Hi MAST team,

MARF attached for a step up, agreed with my manager this morning. I'm at the school this afternoon if you need me.

Thanks
Rhiannon

Rhiannon Akhtar
Early Help Practitioner | Targeted Early Help (Whitechapel)
020 7946 0859 | 07700 900 633

""") + TDISC
    marf = docx_att("MARF - Hussain-Ali.docx", [
        "# Multi-Agency Request for Support",
        "Child: Zain Hussain-Ali    DOB: 30/06/2035    School: Swanlea (Y7)",
        "Date of request: 09/03/2048",
        "Reason for request: ☒ Physical abuse  ☐ Neglect  ☐ Domestic abuse  ☐ Exploitation  ☐ Mental health",
        "Describe what has happened:",
        "At 9.15 this morning Zain showed his form tutor long red marks across the backs of both legs and a bruise "
        "round his left wrist. He said his dad hit him with a belt last night after his school report came home and told him he "
        "would 'get the rest tonight' when his mum is at work. He is begging not to go home. School finishes at 3.10 "
        "and dad usually collects him.",
        "Parent/carer consent: not sought (see above)",
        "Manager authorisation: ☒ Agreed - Rehana Uddin, Early Help Team Manager, 09/03/2048",
    ])
    top = outlook_top(f, addr("Akhtar, Rhiannon", "Rhiannon.Akhtar@" + TDOM), addr("MAST", TMAST),
                      "Step up MARF", when)
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, [], [ch("Zain Hussain-Ali", "2035-06-30", "30/06/2035")],
        ["physical_harm"], None, True, [], None, "alert_duty",
        "URGENT ONLY IN THE ATTACHED MARF's FREE-TEXT BOX ('Describe what has happened'): a 12-year-old with belt marks "
        "across both legs, told he would 'get the rest tonight', begging not to go home; school finishes at 3.10. The "
        "covering note is routine. No alarm words. Manager ☒ Agreed -> true; consent not sought -> null (not "
        "required for a Tower Hamlets step-up). MARF attached -> missing [] -> but urgent -> alert_duty.",
        not_children=["Rehana Uddin", "Rhiannon Akhtar"], names_only_in_attachments=True)

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2048-02-11 15:20:33"
    text = T("""
METROPOLITAN POLICE SERVICE - CENTRAL EAST BCU
MERLIN PPN (Child coming to notice) - EXPORT
--------------------------------------------------
PPN reference: 01CE/24771/48
Date/time of incident: 11/02/2048 14:05
Location: 27 Cayley House, Bancroft Road, E1
Reason for attendance: drugs warrant
Adult 1: Reece DUNLEAVY (father) - ARRESTED, possession with intent to supply; in custody at Bethnal Green
Adult 2: Shannon PIKE (mother) - not present; not traced (believed in Essex, phone switched off)
Child 1: Amelia DUNLEAVY | DOB 12/06/2047 | 8 months
Child 2: Jayden DUNLEAVY-PIKE | DOB 03/01/2046 | 2 years
Home conditions: crack cocaine and foil found on the living room table within reach of both children
Children's presentation: clean, fed, no injuries seen
Where are the children now: with a neighbour (Mrs Okoye, flat 9), who starts a night shift at 18:00 and cannot keep them
Other family traced: none
Officer's view: nobody to care for the children after 6pm tonight
Officer: PC 4471CE Daniel Marsh
Sent to: Tower Hamlets children's services
--------------------------------------------------
""")
    top = plain_top(f, addr("CE Public Protection Desk", "ce.ppn@met.police.example"), addr("Early Help Hub", TEH),
                    "PPN 01CE/24771/48 - Dunleavy children - Cayley House", when, "met.police.example", None)
    add(f, build(top, text_part(text, cte="base64", crlf=True), True), "tower_hamlets", "early_help_duty", when, 4,
        "urgent", "other", True, None, [],
        [ch("Amelia Dunleavy", "2047-06-12", "12/06/2047", as_written="Amelia DUNLEAVY"),
         ch("Jayden Dunleavy-Pike", "2046-01-03", "03/01/2046", as_written="Jayden DUNLEAVY-PIKE")],
        ["substance_misuse"], None, None, [], None, "alert_duty",
        "URGENT - A POLICE PPN EXPORTED AS 'Field: value' LINES (base64 text/plain) sent to the Early Help inbox "
        "(the wrong one): the father arrested this afternoon, the mother untraced, an 8-month-old and a 2-year-old "
        "with a neighbour who leaves at 18:00 -> nobody to care for them tonight. No alarm words. Kind other. Surnames "
        "in capitals normalised ('Amelia DUNLEAVY' -> 'Amelia Dunleavy'). concerns substance_misuse (crack within "
        "reach). The PPN reference is not a case id; '11/02/2048 14:05' is not a DOB.",
        not_children=["Reece DUNLEAVY", "Shannon PIKE", "Daniel Marsh"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2048-03-19 13:58:27"
    body = T("""
Hi Early Help Hub,

Step-down to TAF for Idris - the C&F Assessment concluded on 16/03/2048.

[x] Most recent C&F Assessment attached
[x] TAF plan attached
[x] Mum consents to the step-down (17/03/2048)
[x] Lead Practitioner agreed: Tayo Adebisi, Family Support Worker, St Saviour's Children's Centre
[ ] Lead Practitioner not identified

Child: Idris Khan-Morley, DOB 14-11-2040, Mosaic 2433109
Needs: [x] School attendance  [ ] Domestic abuse  [ ] Neglect  [ ] Substance misuse
TAF meeting: Thursday 26/03/2048 at 14:00, St Saviour's Children's Centre (I will chair)

Thanks
Anjali

Anjali Mistry
Social Worker | Children's Social Care (Isle of Dogs)
020 7946 0901

PS - school just rang (13:50): Idris has red burn marks on the back of his right hand and told his teacher mum's boyfriend held it against the oven door this morning because he was "being slow". He's in school until 3.30 and the boyfriend is collecting him today. I'm going over to the school now.

""") + TDISC
    assess = pdf_att("C&F Assessment - Khan-Morley (16.03.2048).pdf", "Child and Family Assessment - Idris Khan-Morley", [
        "DOB 14-11-2040. Mosaic 2433109. Concluded 16/03/2048.",
        "Referral for poor attendance (79%) after mum's separation. Mum has a new partner since January who is "
        "at the house most days.", "Recommendation: step down to Early Help with a TAF and an attendance plan."])
    plan = docx_att("TAF plan - Khan-Morley.docx", ["# TAF plan", "Attendance: morning routine support - Tayo Adebisi",
                                                      "Review: TAF every 6 weeks"])
    top = outlook_top(f, addr("Mistry, Anjali", "Anjali.Mistry@" + TDOM), addr("Early Help Hub", TEH),
                      "Step-down - Idris Khan-Morley - Mosaic 2433109", when)
    add(f, mail(f, top, body, [assess, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 2,
        "urgent", "step_down", True, None, ["2433109"], [ch("Idris Khan-Morley", "2040-11-14", "14-11-2040")],
        ["physical_harm", "school_attendance"], True, None, [], None, "alert_duty",
        "URGENT ONLY IN A PS UNDER THE SIGNATURE of an otherwise complete tick-box step-down ([x] assessment, [x] "
        "plan, [x] consent, [x] lead practitioner): a 7-year-old with burns on his hand says mum's boyfriend held it "
        "against the oven door this morning, and the boyfriend collects him at 3.30. No alarm words. Safety rule 1 -> "
        "alert_duty. DOB 14-11-2040 (dd-mm-yyyy); 'concluded on 16/03/2048' is not a DOB.",
        not_children=["Tayo Adebisi", "Anjali Mistry"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2048-01-20 08:00:00"
    rows = [["Review", "What happened", "Learning"],
            ["Child Q (2047)", "A 9-month-old with a fractured femur; the first bruise was seen by a childminder six "
             "weeks earlier and not shared.", "Bruising in a non-mobile baby always needs a child protection referral."],
            ["Child R (2046)", "A 15-year-old exploited into county lines after repeated missing episodes.",
             "Every missing episode needs a return home interview within 72 hours."],
            ["Child S (2047)", "Domestic abuse incidents logged by police but not shared with the school.",
             "Operation Encompass notifications must reach the school before 9am."]]
    pieces = ["THSCP Bulletin - January", "Learning from local child safeguarding practice reviews",
              ("table", rows),
              "Multi-agency training dates for the spring term are on the THSCP website.",
              "You are receiving this bulletin as a member of the THSCP mailing list. To unsubscribe, use the link "
              "in the List-Unsubscribe header or reply UNSUBSCRIBE."]
    top = plain_top(f, addr("THSCP Bulletin", "bulletin@thscp.example.org.uk"), addr("Early Help Hub", TEH),
                    "THSCP Bulletin: learning from local reviews", when, "thscp.example.org.uk", None,
                    extra=[("List-Id", "THSCP bulletin <bulletin.thscp.example.org.uk>"),
                           ("List-Unsubscribe", "<mailto:bulletin-unsubscribe@thscp.example.org.uk>"),
                           ("Precedence", "bulk")])
    add(f, alt_mail(f, top, doc_text(pieces), html_doc(pieces)), "tower_hamlets", "early_help_duty", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A BULK PARTNERSHIP BULLETIN (List-Id, List-Unsubscribe, Precedence: bulk) with an HTML table of "
        "anonymised reviews (a fractured femur, county lines, domestic abuse) from 2046-47 -> lessons, no current "
        "child -> not urgent; other -> human_review.")

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2048-02-25 10:25:51"
    body = T("""
Step-down to Early Help - form

Child 1 name: Kacper Nowicki
Child 1 DOB: 11.02.2039
Child 2 name: Lena Nowicka
Child 2 DOB: 25.07.2042
Mosaic ID: 2367702
C&F Assessment concluded: 20/02/2048 (attached)
Consent to step-down: Yes - mum, 23/02/2048
Lead Practitioner: Marta Zielinska, Family Support Worker, Collingwood Children's Centre
TAF plan: to be written at the first TAF meeting
Previous involvement: Child protection plan (physical abuse) from March 2047, ended 30/11/2047. Father was sentenced in January 2047 for GBH on mum and is in prison; restraining order in place; no contact with the children.
Current safety: No injuries or incidents since the plan ended; no missing episodes; no concerns about exploitation.
Current needs: Lena has a speech and language delay and her EHCP assessment is under way.

Sent from the Mosaic form by Ellen Pardew, Social Worker, Children's Social Care (Stepney)
""")
    assess = pdf_att("C&F Assessment - Nowicki-Nowicka.pdf", "Child and Family Assessment", [
        "Kacper Nowicki 11.02.2039; Lena Nowicka 25.07.2042. Mosaic ID 2367702. Concluded 20/02/2048.",
        "The CP plan ended in November 2047; mum has kept the children safe and engaged with every service.",
        "Recommendation: step down to Early Help; support Lena's EHCP process."])
    top = plain_top(f, addr("Ellen Pardew", "Ellen.Pardew@" + TDOM), addr("Early Help Hub", TEH),
                    "Step-down form - Mosaic 2367702", when, TDOM, "Mosaic Forms Mailer")
    add(f, mail(f, top, body, [assess]), "tower_hamlets", "early_help_duty", when, 3,
        "near_miss", "step_down", False, None, ["2367702"],
        [ch("Kacper Nowicki", "2039-02-11", "11.02.2039"), ch("Lena Nowicka", "2042-07-25", "25.07.2042")],
        ["disability_send"], True, None, ["draft_plan"], None, "request_info",
        "NEAR MISS - a 'Field: value' step-down full of historic risk: a CP plan for physical abuse that ended "
        "30/11/2047, a father in prison for GBH with no contact, 'No injuries ... no missing episodes; no concerns "
        "about exploitation' -> none of these are concerns; only Lena's speech delay / EHCP -> disability_send. "
        "Assessment .pdf, consent Yes, lead practitioner with agency; 'TAF plan: to be written at the first TAF "
        "meeting' -> draft_plan missing -> request_info.",
        not_children=["Marta Zielinska", "Ellen Pardew"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2048-03-30 08:05:40"
    data = ndr(f, when, TDOM, addr("Early Help Hub", TEH), "k.obi@lbth-schools.example.org",
               "[SB-tower_hamlets-512] Step-down received - lead practitioner invited",
               addr("Early Help Hub", TEH), "2048-03-30 08:04:12")
    add(f, data, "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Exchange non-delivery report (multipart/report, Auto-Submitted: auto-replied) for stepbot's own invitation "
        "to a mistyped lead practitioner address. Rule 2 -> auto_reply -> ignore. Sent Monday 30 March 08:05 BST "
        "(+0100), the first working day after the clocks changed.")


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2048-01-21 09:50:14"
    body = T("""
Morning Early Help,

Please could I have a triage slot for the McArdle children (Level 3 step down)? Ruby is 3, so I understand this will be the under-5s triage.

  Name                  DOB          LCS ID       Last seen
  Ruby McArdle          07/08/2044   LCS-448207   17/01/2048
  Ellis McArdle-Hext    19/04/2040   LCS-448208   17/01/2048

CHECKLIST
  ✓ Single Assessment with my analysis and rationale for step down (attached)
  ✓ Team Manager's analysis confirming the threshold for level 3 is met - Mark Trelawny, 20/01/2048
  ✓ Consent for level 3 Early Help sought and given - mum, 16/01/2048
  ✗ Under-5s: AFC not yet informed (please could triage do this)

PRESENTING NEEDS (from the SA)
  ✓ Parental substance misuse (mum, cannabis - now engaging with the drug service)
  ✓ Parental mental health (mum, anxiety)
  ✗ Domestic abuse
  ✗ Neglect
  ✗ Exploitation

Thanks,
Kerensa

Kerensa Polglase
Social Worker | Single Assessment Team | Torbay Council
01632 960 377

""") + BDISC
    sa = pdf_att("Single Assessment - McArdle.pdf", "Single Assessment - McArdle", [
        "Ruby McArdle 07/08/2044 (LCS-448207); Ellis McArdle-Hext 19/04/2040 (LCS-448208).",
        "Analysis: mum's cannabis use and anxiety affected routines; she is now engaging with the drug service and the "
        "children are well cared for. Rationale for step down: needs can be met at level 3.",
        "Team Manager's analysis (Mark Trelawny, 20/01/2048): threshold for level 3 intervention met."])
    top = outlook_top(f, addr("Polglase, Kerensa", "Kerensa.Polglase@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - step down L3 - McArdle", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["LCS-448207", "LCS-448208"],
        [ch("Ruby McArdle", "2044-08-07", "07/08/2044"), ch("Ellis McArdle-Hext", "2040-04-19", "19/04/2040")],
        ["parental_mental_health", "substance_misuse"], True, True, [], None, "book_meeting",
        "A PLAIN-TEXT TABLE AND ✓/✗ CHECKLIST: a DOB column beside 'Last seen' (17/01/2048, not a DOB); ✓ SA attached "
        "(.pdf), ✓ TM analysis ('confirming the threshold for level 3 is met') -> manager true, ✓ consent given -> "
        "true; presenting needs ✓ substance misuse, ✓ mental health, ✗ the rest. Level 3 stated. Ruby is 3 -> the "
        "fortnightly under-5s triage (not a labelled field). Complete -> book_meeting.",
        not_children=["Mark Trelawny", "Kerensa Polglase"])

def torbay_02():
    f = "torbay_02.eml"; when = "2048-03-04 14:30:26"
    body = T("""
CONTACT TO MASH - LEAD PROFESSIONAL (LEVEL 3 TO LEVEL 4)

Lead professional: Jenna Scoble, Family Intervention Worker, Torbay Early Help (01632 960 512)
EHM case number: EHM-63104
Children: Callum Widdicombe (DOB 15/09/2037) – Poppy Widdicombe (DOB 28/02/2041)
New information: Since Christmas the children have been coming to school hungry and in the same clothes; Callum's attendance has fallen to 71% and Poppy's to 80%. The house has had no electricity for a week (meter not topped up).
Line manager agreement (level 4 consideration): Yes – Demelza Hoskin, ATM, 03/03/2048 – "we agree this needs considering for level 4"
Parental consent to the contact: No – mum has declined consent (“I don’t want social services in my house”)
Date of form: 04/03/2048

Jenna Scoble
Family Intervention Worker | Torbay Early Help
""")
    top = outlook_top(f, addr("Scoble, Jenna", "Jenna.Scoble@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Widdicombe - EHM-63104", when)
    # windows-1252 bytes (en dashes, curly quotes) labelled iso-8859-1, as a misconfigured mail client sends them
    data = mail(f, top, body, charset="windows-1252")
    data = data.replace(b'charset="windows-1252"', b'charset="iso-8859-1"')
    add(f, data, "torbay", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-63104"],
        [ch("Callum Widdicombe", "2037-09-15", "15/09/2037"), ch("Poppy Widdicombe", "2041-02-28", "28/02/2041")],
        ["neglect", "school_attendance"], False, True, ["consent"], None, "request_info",
        "Torbay step-up (lead professional's contact to MASH) as 'Field: value' lines; BODY IN WINDOWS-1252 (en "
        "dashes, curly quotes) WRONGLY LABELLED iso-8859-1. 'Parental consent ... No - mum has declined consent' -> "
        "consent false -> consent missing; ATM 'we agree this needs considering for level 4' -> manager true. "
        "Hungry, same clothes, no electricity -> neglect; attendance 71%/80% -> school_attendance. -> request_info.",
        not_children=["Jenna Scoble", "Demelza Hoskin"])

def torbay_03():
    f = "torbay_03.eml"; when = "2048-02-13 11:15:08"
    body = T("""
Hi,

Attached is Lowenna's analysis as requested - she has recorded it on LCS and confirms the threshold for level 3 is met.

One correction to the form I sent on Tuesday: Jake Pengelly's date of birth is 02/09/2041. The form had 12/01/2048 in the DOB box by mistake - that is the date the Single Assessment was authorised.

Thanks
Morwenna

Morwenna Tregear
Social Worker | Safeguarding and Supporting Families | Torbay Council

""") + quote("Early Help (Torbay)", "11 February 2048 15:02", "Morwenna Tregear",
             "[SB-torbay-211] Triage request received - Pengelly - LCS-450618",
             ack_text("step-down", "SB-torbay-211", ["Triage: to be allocated once complete"],
                      ["your team manager's analysis confirming the threshold for level 3"])) + "\n" + BDISC
    tm = docx_att("TM analysis - Pengelly.docx", [
        "# Team Manager's analysis", "Child: Jake Pengelly   LCS-450618",
        "I have reviewed the Single Assessment. Jake's needs (school attendance, dad's alcohol use now reduced) can be "
        "met at level 3 with a lead practitioner from school. Threshold for level 3 intervention met.",
        "Lowenna Rowe, Team Manager, 12/02/2048"])
    top = outlook_top(f, addr("Tregear, Morwenna", "Morwenna.Tregear@" + BDOM), addr("Early Help", BEH),
                      "RE: [SB-torbay-211] Triage request received - Pengelly - LCS-450618", when)
    add(f, mail(f, top, body, [tm], html_alt=True), "torbay", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["LCS-450618"], [ch("Jake Pengelly", "2041-09-02", "02/09/2041")],
        ["school_attendance"], None, True, [], None, "attach_to_request",
        "FOLLOW-UP ([SB-torbay-211]) bringing the TM's analysis (.docx, 'Threshold for level 3 intervention met') "
        "-> manager true. A DOB CORRECTION: the form's DOB box held 12/01/2048, 'the date the Single Assessment was "
        "authorised' -> the DOB is 02/09/2041. Needs in the analysis: attendance; dad's alcohol 'now reduced' -> not "
        "labelled. follow_up -> attach_to_request.",
        not_children=["Lowenna Rowe", "Morwenna Tregear"])

def torbay_04():
    f = "torbay_04.eml"; when = "2048-01-23 22:05:47"
    text = T("""
Hello, I'm the night manager at the Harbourside Lodge in Torquay. I couldn't find a number for social services that anyone answers at this time so I'm emailing the address on your website.

At 21:15 two girls who look about 13 or 14 came in with two men in their 30s. One of the men paid cash for room 12 for one night and said they were his nieces. One of the girls was crying in the lift and the other one told my colleague her name was Tia and asked where they were. They had school bags with them. The men have been going in and out to a grey BMW in the car park.

I have rung 101 and am waiting on hold. Please can someone come or ring me on 07700 900 846.

Gary Penhaligon
Night Manager, Harbourside Lodge

Sent from my iPhone
""")
    top = plain_top(f, addr("Gary Penhaligon", "gary.penhaligon@harbourside-lodge.example.co.uk"),
                    addr(None, BEH), "Two young girls in room 12 with two men tonight", when,
                    "harbourside-lodge.example.co.uk", "iPhone Mail (21E236)")
    add(f, iphone_mail(f, top, text), "torbay", "early_help_duty", when, 3,
        "urgent", "other", True, None, [], [], ["exploitation"], None, None, [], None, "alert_duty",
        "URGENT - A MEMBER OF THE PUBLIC WRITING TO THE WRONG INBOX at 22:05 on a Thursday (iPhone, format=flowed): two "
        "girls of 13-14 checked into a hotel room tonight with two men who paid cash; one crying; 'Tia' does not "
        "know where she is. Exploitation happening tonight -> alert_duty (out of hours: EDT). No alarm words. "
        "First name only -> no child labelled.",
        not_children=["Gary Penhaligon"])

def torbay_05():
    f = "torbay_05.eml"; when = "2048-03-16 09:20:33"
    rows = [["", ""],
            ["Child", "Kai Luscombe"], ["DOB", "2035-12-03"], ["LCS ID", "LCS-451772"], ["Level", "Level 3"],
            ["Single Assessment (with rationale) attached", "Yes"],
            ["Team Manager's analysis - threshold for level 3 met", "Yes - Ian Coombe, 12/03/2048"],
            ["Consent for level 3 Early Help", "Yes - mum, 11/03/2048"],
            ["Presenting needs", "School attendance (68%); mum's depression"]]
    lead = ("Before the form: Kai didn't come back from his friend's yesterday afternoon and nobody has seen him "
            "since about 6pm last night. Mum reported him to police at 11pm. His phone is off and his inhaler is "
            "still at home. I've told mum I'd let you know as it affects the triage.")
    pieces = ["Hi Early Help,", lead, "Step down request for a triage slot:", ("table", rows, False),
              "Thanks\nLucy\n\nLucy Vosper\nSocial Worker | Single Assessment Team | Torbay Council\n01632 960 418"]
    sa = pdf_att("SA - Luscombe.pdf", "Single Assessment - Kai Luscombe", [
        "LCS-451772. Analysis: attendance 68% and mum's depression; rationale for step down to level 3 Early Help.",
        "Team Manager's analysis: threshold for level 3 met (Ian Coombe, 12/03/2048)."])
    top = outlook_top(f, addr("Vosper, Lucy", "Lucy.Vosper@" + BDOM), addr("Early Help", BEH),
                      "Triage request - Luscombe - LCS-451772", when)
    add(f, alt_mail(f, top, doc_text(pieces) + "\n" + BDISC, html_doc(pieces), [sa]), "torbay", "early_help_duty",
        when, 4, "urgent", "step_down", True, 3, ["LCS-451772"], [ch("Kai Luscombe", "2035-12-03", "2035-12-03")],
        ["missing", "parental_mental_health", "school_attendance"], True, True, [], None, "alert_duty",
        "URGENT IN THE PLAIN COVERING NOTE above an HTML-table step-down: a 12-year-old missing since 6pm yesterday, "
        "phone off, inhaler at home -> a child missing now -> alert_duty. No alarm words. The table (no header row) is "
        "complete: SA .pdf, TM analysis, consent, Level 3.",
        not_children=["Ian Coombe", "Lucy Vosper"])

def torbay_06():
    f = "torbay_06.eml"; when = "2048-02-10 10:40:19"
    rows = [["Question", "Y/N", "Comment"],
            ["Single Assessment with analysis attached", "Y", ""],
            ["Team Manager's analysis: threshold for level 3 met", "Y", "Ian Coombe, 06/02/2048"],
            ["Consent to level 3 Early Help", "N", "Mum has declined Early Help - she says she has 'had enough of services'"],
            ["Current concerns of physical harm", "N", "One incident in 2045 (dad), no repeat; dad left the home in 2045"],
            ["Domestic abuse", "N", "Dad's conviction (2044); no contact since"],
            ["CSE / CCE", "N", "Screening closed December 2047 - no exploitation concerns"],
            ["Missing episodes", "N", "None since 2046"]]
    blocks = ["Hello Early Help,", "",
              "I'd still like a triage slot for Tegen [[Rowse]] (DOB 30 October 2036, LCS-446930) so we can talk "
              "through what we offer if mum changes her mind.", "",
              ("table", rows), "",
              "Regards,", "Aaron Penrose-Skinner", "Social Worker | Safeguarding and Supporting Families | Torbay Council",
              "", BDISC.strip()]
    sa = docx_att("Single Assessment - Rowse.docx", [
        "# Single Assessment - analysis", "Tegen Rowse, 30 October 2036, LCS-446930",
        "The concerns that led to the assessment (dad's violence in 2044-45) are historic; Tegen is safe and well. "
        "Rationale for step down: level 3 support for her emotional wellbeing.",
        "Team Manager's analysis: threshold for level 3 met. Ian Coombe, 06/02/2048"])
    top = outlook_top(f, addr("Penrose-Skinner, Aaron", "Aaron.Penrose-Skinner@" + BDOM), addr("Early Help", BEH),
                      "Triage slot - Rowse - LCS-446930", when)
    add(f, word_mail(f, top, blocks, [sa]), "torbay", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["LCS-446930"], [ch("Tegen Rowse", "2036-10-30", "30 October 2036")],
        [], False, True, ["consent"], None, "request_info",
        "NEAR MISS - Y/N ROWS WHERE 'N' MEANS THE RISK IS ABSENT (physical harm 2045 no repeat, a 2044 conviction "
        "with no contact, exploitation screening closed, no missing since 2046) -> concerns []. 'Mum has declined "
        "Early Help' -> consent false -> missing consent -> request_info; TM analysis Y -> true.",
        not_children=["Aaron Penrose-Skinner"])

def torbay_07():
    f = "torbay_07.eml"; when = "2048-03-05 13:55:02"
    rows = [["Audit question", "Y/N", "Auditor's note"],
            ["Was the risk of significant harm identified at the first contact?", "Y", "Strategy discussion within 24 hours (2046)"],
            ["Were the child's own words recorded?", "N", "Child A's disclosure was paraphrased"],
            ["Was the step-down agreed at triage with consent?", "Y", ""],
            ["Were there further incidents after step-down?", "N", "Case closed to Early Help in 2047"],
            ["Overall grade", "-", "Requires improvement"]]
    pieces = ["Quality Assurance - closed case audit (anonymised)",
              "Early Help colleagues - here is the audit of the closed case we looked at in February's practice week, "
              "for discussion at next week's team meeting. The family moved out of the area in 2047 and the case is "
              "closed.", ("table", rows), "QA and Practice Improvement | Torbay Children's Services"]
    top = outlook_top(f, addr("QA and Practice Improvement", "qa.practice@" + BDOM), addr("Early Help", BEH),
                      "Closed case audit - for next week's team meeting", when)
    add(f, alt_mail(f, top, doc_text(pieces), html_doc(pieces)), "torbay", "early_help_duty", when, 2,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A CASE AUDIT in a Y/N table of a closed, anonymised case ('risk of significant harm identified "
        "... 2046', Child A's disclosure) -> no current child -> not urgent; other -> human_review.")

def torbay_08():
    f = "torbay_08.eml"; when = "2048-01-28 12:35:40"
    text = T("""
Hello,

I manage a small pre-school in Paignton. We haven't needed to refer a family before and I'd like to be ready. If a child were ever to tell us that someone at home hurts them, or came in with marks we couldn't explain, would we use the form below and send it to this address, or would we phone? Nothing like this has happened - we're updating our policy for Ofsted.

These are the headings on the form we found on your website:

  ☐ Physical abuse    ☐ Sexual abuse      ☐ Emotional abuse
  ☐ Neglect           ☐ Domestic abuse    ☐ Exploitation (CSE/CCE)
  ☐ Missing           ☐ Radicalisation    ☐ Parental substance misuse
  ☐ Parental mental health                ☐ Young carer
  Child's name: ________   DOB: ________   Immediate danger? Y / N

Many thanks,
Bryony Luxton
Manager, Little Acorns Pre-School, Paignton
""")
    top = plain_top(f, addr("Bryony Luxton", "manager@littleacorns-paignton.example.org.uk"), addr("Early Help", BEH),
                    "Question about your referral form", when, "littleacorns-paignton.example.org.uk",
                    "Mozilla Thunderbird")
    add(f, mail(f, top, text, crlf=False), "torbay", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A HYPOTHETICAL ('If a child were ever to tell us ... Nothing like this has happened') with a "
        "BLANK form's printed headings listing every concern, none ticked, and 'Immediate danger? Y / N' -> no child, "
        "no concern -> other -> human_review.",
        not_children=["Bryony Luxton"])


# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

WELSH_SIG = T("""
Ffion Rees-Jenkins
Nyrs Ysgol | School Nurse
Bwrdd Iechyd Addysgu Powys | Powys Teaching Health Board
Ffôn / Tel: 01632 960 641
Rwy'n croesawu gohebiaeth yn Gymraeg neu yn Saesneg. | I welcome correspondence in Welsh or English.
""")

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2048-01-29 11:30:52"
    body = T("""
Dear Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan (Level 3) for the Prosser-Vaughan sibling group, with mum's signed consent. I talked the plan through with Verity on Tuesday. Ffion (school nurse, Powys - the family live just over the border but the children are at school in Kington) has agreed to be the key person; her email is below.

Best wishes
Marcus

Marcus Tidball
Social Worker | Safeguarding and Family Support | Herefordshire Council
01432 260 000 (ext 4417)

""") + quote("Rees-Jenkins, Ffion (Powys THB)", "28 January 2048 16:12", "Marcus Tidball",
             "RE: Key person for Zoë and Rhys",
             "Hi Marcus, yes - happy to be the key person for the step-down and to chair the first review. Diolch!\n\n"
             + WELSH_SIG) + "\n" + HDISC
    plan = rtf_att("EHA step-down plan - Prosser-Vaughan.rtf", [
        "# Early Help Assessment - step-down plan (Level 3)",
        "Mosaic ID\t2471150",
        "Children\tZoë Prosser-Vaughan\tDOB 05/06/2041",
        "\tRhys Prosser-Vaughan\tDOB 13/12/2037",
        "Date of assessment decision\t22/01/2048",
        "Needs\t☒ Parental mental health   ☒ SEND (Rhys - autism, EHCP)   ☐ Neglect   ☐ Domestic abuse",
        "Key person (lead)\tFfion Rees-Jenkins, School Nurse, Powys Teaching Health Board",
        "What needs to happen\tWho\tBy when",
        "Mum's GP review and talking therapy\tMum / GP\t29/02/2048",
        "Rhys's EHCP annual review with the family's views\tSchool SENCo\t20/03/2048",
        "Family support sessions on routines\tKey person\tweekly from 09/02/2048",
    ])
    cons = pdf_att("Signed consent - Prosser-Vaughan.pdf", "Consent to Early Help", [
        "I give my consent to my family receiving Early Help and to the step-down plan being shared.",
        "Children: Zoe and Rhys.   Signed: C. Prosser (mother)   Date: 27/01/2048"])
    top = outlook_top(f, addr("Tidball, Marcus", "Marcus.Tidball@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down plan - Prosser-Vaughan sibling group - Mosaic 2471150", when)
    add(f, mail(f, top, body, [plan, cons], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["2471150"],
        [ch("Zoë Prosser-Vaughan", "2041-06-05", "05/06/2041"), ch("Rhys Prosser-Vaughan", "2037-12-13", "13/12/2037")],
        ["disability_send", "parental_mental_health"], True, None, [], None, "book_meeting",
        "THE PLAN IS AN .RTF ATTACHMENT (Word RTF, ☒/☐ written as \\u escapes) carrying the children, DOBs, Mosaic ID, "
        "needs ☒ parental mental health ☒ SEND, the key person and the plan table; a signed consent form .pdf; a "
        "quoted reply from the key person with a BILINGUAL WELSH-ENGLISH SIGNATURE. 'Level 3'. Discussed with a "
        "co-ordinator (changes only the panel). 'Date of assessment decision 22/01/2048' is not a DOB. consent_form, "
        "draft_plan, lead_practitioner all met -> book_meeting.",
        not_children=["Ffion Rees-Jenkins", "Marcus Tidball"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2048-03-04 10:05:37"
    body = T("""
Form: Step Down to Early Help (Level 3)
Submitted by: Hannah Blakemore, Social Worker, Leominster Locality Team
Submitted: 04/03/2048 10:01
---
Child full name: Harley-Jo Wilde
Child date of birth: 2039-01-27
Mosaic person ID: 2480099
Date of assessment decision: 26/02/2048
Presenting needs: Neglect (home conditions) = Yes; Domestic abuse = No; Substance misuse = No; Exploitation = No
Key person name: Sophie Baskerville
Key person agency: Leominster Children's Centre (Family Support Worker)
Step-down plan attached: Yes
Written consent form signed: No - verbal consent given by dad on 02/03/2048; signed form to follow after my visit next week
Discussed with an Early Help co-ordinator: No
---
This message was generated by the Mosaic e-forms service. Attachments: Step-down plan - Wilde.docx
""")
    plan = docx_att("Step-down plan - Wilde.docx", [
        "# Early Help Assessment step-down plan", "Harley-Jo Wilde (2039-01-27)",
        "1. Home conditions: weekly support visits - Sophie Baskerville - from 09/03/2048",
        "2. Bedroom: bed and bedding via the children's centre fund - by 20/03/2048",
        "3. Review at the MAG - April"])
    top = plain_top(f, addr("Mosaic e-forms", "mosaic.eforms@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Step Down to Early Help (Level 3) - 2480099", when, HDOM, None,
                    extra=[("Reply-To", addr("Hannah Blakemore", "Hannah.Blakemore@" + HDOM))])
    add(f, mail(f, top, body, [plan]), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["2480099"], [ch("Harley-Jo Wilde", "2039-01-27", "2039-01-27")],
        ["neglect"], True, None, ["consent_form"], None, "request_info",
        "A FORM EXPORTED AS PLAIN TEXT ('Field: value', from a forms service with Reply-To the social worker; a human "
        "submission, no Auto-Submitted). Needs 'Neglect = Yes', the others '= No'. 'verbal consent given by dad' -> "
        "consent true, but 'Written consent form signed: No' -> consent_form missing; plan .docx and key person with "
        "agency met -> request_info. 'Date of assessment decision: 26/02/2048' and 'Submitted: 04/03/2048' are not "
        "DOBs. 'Discussed with an Early Help co-ordinator: No' -> drop-in panel (not labelled).",
        not_children=["Hannah Blakemore", "Sophie Baskerville"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2048-02-13 19:20:11"
    body = T("""
HEDDLU DYFED-POWYS | DYFED-POWYS POLICE
Hysbysiad Diogelu / Public Protection Notification
Cyfeirnod / Reference: DP-PPN-48-01977

Person ifanc / Young person: Jade Morgan-Price
Dyddiad geni / Date of birth: 08/05/2033 (14)
Cyfeiriad / Home address: Hereford (Herefordshire Council area)
Statws / Status: MISSING from home since Monday 10/02/2048 (reported to West Mercia Police, ref WM-48-0211)

Manylion / Details:
At 18:40 tonight (Thursday) officers in Newtown saw Jade get into a grey Audi with two adult males in their thirties outside a flat on Commercial Street known to us for drug supply. The car left towards the A483 before officers could stop it. Jade was wearing a school hoodie and looked unsteady. She has not been located.

Gofyn / Request: Please pass to Herefordshire children's services tonight. West Mercia have been updated.

Swyddog / Officer: DC 1123 Elin Vaughan
Uned Amddiffyn y Cyhoedd | Public Protection Unit
Heddlu Dyfed-Powys | Dyfed-Powys Police
Ffôn / Tel: 01632 960 907
Mae croeso i chi gysylltu â ni yn Gymraeg neu yn Saesneg. | You are welcome to contact us in Welsh or English.
""")
    top = plain_top(f, addr("Uned Amddiffyn y Cyhoedd / Public Protection Unit", "ppu@dyfed-powys.police.example"),
                    addr(None, HEH), "Hysbysiad / Notification: Jade Morgan-Price (14) - missing, seen tonight in Newtown",
                    when, "dyfed-powys.police.example", None)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "urgent", "other", True, None, [], [ch("Jade Morgan-Price", "2033-05-08", "08/05/2033")],
        ["exploitation", "missing"], None, None, [], None, "alert_duty",
        "URGENT - A BILINGUAL (WELSH-ENGLISH) POLICE NOTIFICATION with a bilingual signature, sent at 19:20 on a Thursday "
        "to the Early Help co-ordinators' inbox (the wrong one): a 14-year-old missing since Monday was seen tonight "
        "getting into a car with two adult men outside a drug-supply address -> missing + exploitation now -> "
        "alert_duty (out of hours: EDT). Police references are not case ids. ('Diogelu' is Welsh for safeguarding; "
        "no English alarm word.)",
        not_children=["Elin Vaughan"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2048-02-24 16:52:18"
    inner_text = T("""
A message has been submitted through the Contact us form on www.herefordshire.example.

Enquiry type: Other
Name: Carol Bevan
Email: carol.bevan@example.net
Telephone: not given
Submitted: 24/02/2048 16:31
Your message: The girl in the flat below me (3 Bath Street) went out about half 2 with a big bag and said to her friend she was off to Birmingham till tomorrow. Her baby (about 5 months, she calls him Alfie) is still in there on his own. I can hear him crying on and off, the lights are off and nobody answers the door. I don't have her number. What should I do?
""")
    inner_top = [("From", "Herefordshire Council website <noreply@herefordshire.example>"),
                 ("To", "customer.services@" + HDOM), ("Subject", "Contact us form submission - Other"),
                 ("Date", email.utils.format_datetime(dt("2048-02-24 16:31:40"))),
                 ("Message-ID", msgid(f + "-inner", "herefordshire.example"))]
    inner = build(inner_top, text_part(inner_text), False)
    note = T("""
Hi both,

This came through the website form to the customer services inbox. I'm not sure whose it is - forwarding to you in case it's yours.

Kind regards
Jan Pritchard
Customer Services Advisor | Herefordshire Council

""") + HDISC
    root = multipart("mixed", [text_part(note, crlf=True), rfc822_part(inner, "Contact us form submission - Other.eml")],
                     bnd(f, 1))
    top = outlook_top(f, addr("Customer Services", "customer.services@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "FW: Contact us form submission - Other", when)
    add(f, build(top, root, True), "herefordshire", "early_help_duty", when, 3,
        "urgent", "other", True, None, [], [], ["neglect"], None, None, [], None, "alert_duty",
        "URGENT ONLY IN A FORWARDED message/rfc822 PART: customer services forward a website form ('Field: value') "
        "from a neighbour - a 5-month-old left alone in a flat since about 2.30pm, the mother gone to Birmingham "
        "until tomorrow. The covering note says nothing of it. A baby alone tonight -> alert_duty. No alarm words. "
        "Baby by first name only -> no child labelled; kind other.",
        not_children=["Carol Bevan", "Jan Pritchard"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2048-03-17 14:12:09"
    rows = [["Field", "Detail"],
            ["Adult at risk", "Mr Idris Davies, 81, lives alone in Ross-on-Wye"],
            ["Type of abuse", "☑ Financial   ☐ Physical   ☐ Neglect / self-neglect   ☐ Sexual"],
            ["Concern", "His nephew has taken over his bank card and has withdrawn about £4,000 since January; Mr "
             "Davies is frightened to refuse him."],
            ["Children in the household or visiting", "None - Mr Davies has no children or grandchildren; the nephew "
             "is 44 and has no children"],
            ["Section 42 enquiry", "Requested - high risk of further financial abuse"]]
    pieces = ["Adult Safeguarding Concern - referral form", ("table", rows),
              "Sent by: Rosie Gwatkin, Community Pharmacist, Ross-on-Wye"]
    top = outlook_top(f, addr("Rosie Gwatkin", "rosie.gwatkin@rosspharmacy.example.co.uk"),
                      addr("Early Help Co-ordinators", HEH), "Adult safeguarding concern - Mr I Davies", when)
    add(f, alt_mail(f, top, doc_text(pieces), html_doc(pieces)), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - AN ADULT SAFEGUARDING CONCERN with no child (an 81-year-old's money taken by his 44-year-old "
        "nephew; 'Children in the household: None'), 'high risk' to an adult, sent to the wrong inbox -> other -> "
        "human_review.",
        not_children=["Idris Davies", "Rosie Gwatkin"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2048-03-12 09:55:44"
    heads = ["Physical abuse", "Sexual abuse", "Emotional abuse", "Neglect", "Domestic abuse", "CSE / CCE",
             "Missing", "Radicalisation", "Parental substance misuse", "Parental mental health", "Young carer",
             "SEND", "School attendance"]
    rows = [["Presenting concern (tick all that apply)", "✔"]] + [[h, "☑" if h == "School attendance" else "☐"]
                                                                  for h in heads]
    blocks = ["Dear co-ordinators,", "",
              "Step-down plan for Oisín O'Dowd (DOB 17 September 2036, Mosaic 2476605), Level 3. Signed consent form "
              "and the plan are attached. Key person: Kate Lugg, Attendance and Pastoral Lead, Aylestone School. I "
              "talked it through with Xavier last week.", "",
              ("table", rows), "",
              "Kind regards,", "Owain Harries", "Social Worker | Hereford City Locality Team", "", HDISC.strip()]
    plan = docx_att("Step-down plan - O'Dowd.docx", [
        "# Early Help Assessment step-down plan", "Oisín O'Dowd - 17 September 2036 - Mosaic 2476605",
        "Assessment decision: 03/03/2048", "Need: school attendance (79%)",
        "Plan: daily check-in with Kate Lugg; attendance panel in April; review at the MAG."])
    cons = pdf_att("Consent form - O'Dowd (signed).pdf", "Consent to Early Help",
                   ["I consent to my family receiving Early Help support.", "Signed: S. O'Dowd (father)   10/03/2048"])
    top = outlook_top(f, addr("Harries, Owain", "Owain.Harries@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down - O'Dowd - Mosaic 2476605", when)
    add(f, word_mail(f, top, blocks, [plan, cons]), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "step_down", False, 3, ["2476605"], [ch("Oisín O'Dowd", "2036-09-17", "17 September 2036")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS - A FORM WHOSE PRINTED HEADINGS LIST EVERY CONCERN (physical abuse, sexual abuse, CSE/CCE, "
        "radicalisation ...) as a Word table with ☐, only '☑ School attendance' ticked -> concerns [school_attendance]. "
        "Signed consent .pdf, plan .docx, key person with agency -> complete -> book_meeting. Accented 'Oisín', "
        "apostrophe 'O'Dowd'. 'Assessment decision: 03/03/2048' is not a DOB.",
        not_children=["Kate Lugg", "Owain Harries"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2048-03-09 15:42:26"
    body = T("""
Hi,

Signed consent form for Harley-Jo attached - dad signed it at my visit this afternoon.

Hannah

Hannah Blakemore
Social Worker | Leominster Locality Team | Herefordshire Council

""") + HDISC
    cons = pdf_att("Consent form - Wilde - signed 09.03.2048.pdf", "Consent to Early Help - step down", [
        "Child: Harley-Jo Wilde   Date of birth: 2039-01-27   Mosaic ID: 2480099",
        "I agree to my family receiving support from Early Help and to the plan being shared with the agencies named.",
        "Signed: D. Wilde (father)   Date: 09/03/2048"])
    top = outlook_top(f, addr("Blakemore, Hannah", "Hannah.Blakemore@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-1462] Step down received - please send the signed consent form", when)
    add(f, mail(f, top, body, [cons], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["2480099"], [ch("Harley-Jo Wilde", "2039-01-27", "2039-01-27")],
        [], True, None, [], None, "attach_to_request",
        "FOLLOW-UP ([SB-herefordshire-1462]) bringing herefordshire_02's signed consent form (.pdf: child, DOB, "
        "Mosaic ID). 'dad signed it' -> consent true. follow_up -> attach_to_request.",
        not_children=["Hannah Blakemore"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2048-02-03 13:25:50"
    rows = [["Child", "Date of birth", "Date EH started"],
            ["Tiegan Bowkett", "1st December 2039", "14/10/2047"],
            ["Alfie-James Bowkett", "9th May 2043", "14/10/2047"]]
    facts = [["", ""],
             ["Concerns", "✓ Domestic abuse (mum's ex-partner has moved back to Hereford and has been sending "
              "threatening messages)   ✗ Neglect   ✗ Substance misuse"],
             ["Parent consent to step up", "✓ Mum agrees"],
             ["Manager agreement", "✓ Agreed by Yasmin Deverell, Early Help Team Manager, 31/01/2048"],
             ["EHM ref", "EHM-58821"]]
    pieces = ["Hello MASH,", "Request to step up the Bowkett children from Early Help.",
              ("table", rows), ("table", facts, False),
              "Many thanks,\nLiam Garside\nEarly Help Family Worker | Herefordshire Council\n01432 260 000 (ext 3321)"]
    top = outlook_top(f, addr("Garside, Liam", "Liam.Garside@" + HDOM), addr("MASH", HMASH),
                      "Step up request - Bowkett - EHM-58821", when)
    add(f, alt_mail(f, top, doc_text(pieces) + "\n" + HDISC, html_doc(pieces)), "herefordshire", "mash_step_up",
        when, 4, "ordinary", "step_up", False, None, ["EHM-58821"],
        [ch("Tiegan Bowkett", "2039-12-01", "1st December 2039"), ch("Alfie-James Bowkett", "2043-05-09", "9th May 2043")],
        ["domestic_abuse"], True, True, [], None, "human_review",
        "A HEREFORDSHIRE STEP-UP in HTML tables: the seed defines no step-up (REQUIREMENTS: 'step_up is not defined "
        "by this seed') -> human_review, missing []. DOB column ('1st December 2039', '9th May 2043') beside 'Date EH "
        "started' (14/10/2047). ✓ Domestic abuse, ✗ neglect, ✗ substance misuse; ✓ Mum agrees -> consent true; "
        "✓ Agreed by the TM -> manager true. Threatening messages from an ex-partner are a concern, not an immediate "
        "danger tonight -> ordinary.",
        not_children=["Yasmin Deverell", "Liam Garside"])
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

# England & Wales bank holidays in 2048 that fall on a weekday (the `holidays` package's list, which set_checks()
# re-derives and compares): New Year's Day Wednesday 1 January; Good Friday 3 April; Easter Monday 6 April; May Day
# Monday 4 May; Spring Bank Holiday Monday 25 May; Late Summer Bank Holiday Monday 31 August; Christmas Day Friday
# 25 December; Boxing Day (Saturday 26 December) observed on Monday 28 December.
BANK_HOLIDAYS = {date(2048, 1, 1), date(2048, 4, 3), date(2048, 4, 6), date(2048, 5, 4), date(2048, 5, 25),
                 date(2048, 8, 31), date(2048, 12, 25), date(2048, 12, 28)}
IN_WINDOW = {}                                                   # none: New Year's Day is before it, Easter after it
EASTER = {date(2048, 4, 3): "Good Friday", date(2048, 4, 6): "Easter Monday"}     # the day after the window ends
# The spring term of 2048: Monday 6 January (the first Monday after New Year's Day, Wednesday 1 January) to
# Thursday 2 April, the day before Good Friday.
WINDOW = (datetime(2048, 1, 6, tzinfo=LON), datetime(2048, 4, 2, 23, 59, 59, tzinfo=LON))
# BST begins at 01:00 UTC on Sunday 29 March 2048 and ends at 01:00 UTC on Sunday 25 October 2048.
BST_START = datetime(2048, 3, 29, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2048, 10, 25, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2048

def expected_offset(d):
    return "+0100" if BST_START <= d.astimezone(UTC) < BST_END else "+0000"

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"], 1)}

def parse_dob(w):
    """DOB as written -> ISO. Formats used in this set: dd/mm/yyyy, dd.mm.yyyy, dd-mm-yyyy, yyyy-mm-dd,
    '4th April 2038', '22 March 2044', '1st December 2039', '5 January 2036'."""
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
    if tot != CAT_EXPECTED or sum(tot.values()) != 40 or tot["urgent"] < 11 or tot["near_miss"] < 11:
        errors.append("set: category totals %s, expected %s (at least 11 urgent and 11 near misses)" % (tot, CAT_EXPECTED))
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
    return sorted(p.get_filename().rsplit(".", 1)[1] for p in _att(msg))

def _att_text(msg):
    """Readable text of the attachments only."""
    return re.sub(r"\s+", " ", " ".join(_one_att_text(p) for p in _att(msg)))

def _one_att_text(p):
    from pypdf import PdfReader
    import io
    data = p.get_payload(decode=True)
    ct = p.get_content_type()
    if ct == DOCX:
        return docx_parts(data)[0]
    if ct == RTF:
        return rtf_text(data)
    if ct == "application/pdf":
        return " ".join(pg.extract_text() for pg in PdfReader(io.BytesIO(data)).pages)
    return ""

def _only_in_attachment(msg, phrase):
    return phrase in _att_text(msg) and phrase not in re.sub(r"\s+", " ", body_text(msg))

def _k01(msg):
    p = _plain(msg)
    return ("FF STEP UP REQUEST TO CSC (APPENDIX 1)" in p and "[x] Neglect" in p and "[x] Non-engagement" in p
            and "[ ] Domestic abuse" in p and _exts(msg) == ["docx", "docx", "pdf"]
            and msg["Date"].endswith("+0100") and _wd("knowsley_01.eml") == 4 and _pw("knowsley_01.eml") == 6)

def _k02(msg):
    h = _html(msg)
    return h.count("MsoTableGrid") == 3 and "CIN plan started" in h and _wd("knowsley_02.eml") == 5

def _k03(msg):
    return (_html(msg) == "" and "Lead Practitioner (name): [not completed]" in _plain(msg)
            and msg["Date"].endswith("+0100") and _wd("knowsley_03.eml") == 4 and _pw("knowsley_03.eml") == 6)

def _k05(msg):
    return _only_in_attachment(msg, "held my head under the bath water") and _no_alarm(msg)

def _k06(msg):
    return "Date and time of concern: 06/03/2048 15:15" in _plain(msg) and _no_alarm(msg) and not _att(msg)

def _k07(msg):
    p = _plain(msg)
    return (re.search(r"Is there domestic abuse in the household\?\s+No\n", p) is not None
            and re.search(r"Parental mental health difficulties\?\s+Yes", p) is not None
            and _exp("knowsley_07.eml")["concerns"] == ["parental_mental_health"] and ALARM.search(readable(msg)))

def _k08(msg):
    return (msg["List-Id"] and msg["List-Unsubscribe"] and msg["Precedence"] == "bulk"
            and msg["Auto-Submitted"] is None and "<table" in _html(msg))

def _r01(msg):
    h = _html(msg)
    return h.count("<table") == 3 and "✓" in h and "✗" in h and "Start of EH plan" in h

def _r02(msg):
    return _only_in_attachment(msg, "☒ Not yet discussed") and _only_in_attachment(msg, "☐ Draft Early Help plan")

def _r04(msg):
    cal = _cal(msg)[0].get_payload(decode=True).decode().replace("\r\n ", "")
    return "PARTSTAT=DECLINED" in cal and "COMMENT" in cal and "still bleeding" in cal and _no_alarm(msg)

def _r05(msg):
    return ("burn on her arm" in str(msg["Subject"]) and "burn" not in _plain(msg) and _no_alarm(msg))

def _r06(msg):
    return "FICTIONAL" in readable(msg) and ALARM.search(readable(msg))

def _r08(msg):
    return _no_plain(msg) and msg["Auto-Submitted"] == "auto-replied" and msg["Date"].endswith("+0000")

def _t01(msg):
    return (_no_plain(msg) and any(p.get_content_type() == "multipart/related" for p in msg.walk())
            and any(p.get_content_type() == "image/png" for p in msg.walk()))

def _t02(msg):
    a = _att(msg)
    return (len(a) == 1 and a[0].get_content_type() == RTF and "Manager authorisation [ ] Agreed [ ] Not agreed"
            in re.sub(r"\s+", " ", _att_text(msg)))

def _t03(msg):
    return _only_in_attachment(msg, "hit him with a belt") and _no_alarm(msg)

def _t04(msg):
    parts = [p for p in msg.walk() if not p.is_multipart()]
    return (len(parts) == 1 and parts[0]["Content-Transfer-Encoding"] == "base64" and _no_alarm(msg)
            and "Jayden DUNLEAVY-PIKE" in _plain(msg))

def _t05(msg):
    p = _plain(msg)
    return p.index("PS - school just rang") > p.index("Anjali Mistry\nSocial Worker") and _no_alarm(msg)

def _t08(msg):
    return msg.get_content_type() == "multipart/report" and msg["Date"].endswith("+0100")

def _b01(msg):
    p = _plain(msg)
    return "✓ Team Manager's analysis" in p and "✗ Domestic abuse" in p and "Last seen" in p

def _b02(msg):
    raw = FILES["torbay_02.eml"]
    return b'charset="iso-8859-1"' in raw and b"=96" in raw and b"=93" in raw

def _b03(msg):
    return "12/01/2048" in _plain(msg) and _exp("torbay_03.eml")["children"][0]["dob"] == "2041-09-02"

def _b04(msg):
    return (_date(msg).hour >= 21 and msg.get_param("format") == "flowed" and _no_alarm(msg))

def _b05(msg):
    h = _html(msg)
    return h.index("nobody has seen him") < h.index("<table") and _no_alarm(msg)

def _b08(msg):
    return "☐ Radicalisation" in _plain(msg) and "☑" not in _plain(msg) and _exp("torbay_08.eml")["children"] == []

def _h01(msg):
    return (RTF in [p.get_content_type() for p in _att(msg)] and "Nyrs Ysgol | School Nurse" in _plain(msg)
            and _only_in_attachment(msg, "Rhys Prosser-Vaughan"))

def _h02(msg):
    return (_html(msg) == "" and "Written consent form signed: No" in _plain(msg) and _exts(msg) == ["docx"]
            and _exp("herefordshire_02.eml")["missing"] == ["consent_form"])

def _h03(msg):
    return "Hysbysiad" in _plain(msg) and "Ffôn / Tel" in _plain(msg) and _date(msg).hour >= 17

def _h04(msg):
    inner = [p for p in msg.walk() if p.get_content_type() == "message/rfc822"]
    outer = _plain(msg)
    return len(inner) == 1 and "on his own" in readable(msg) and "on his own" not in outer and _no_alarm(msg)

def _h06(msg):
    h = _html(msg)
    return h.count("☑") == 1 and h.count("☐") == 12 and _exp("herefordshire_06.eml")["concerns"] == ["school_attendance"]

CUSTOM = [
    ("knowsley_01.eml", "Appendix 1 pasted with [x]/[ ] boxes; three attachments; BST; 4 WD (6 plain) over Easter", _k01),
    ("knowsley_02.eml", "three Word tables; 'CIN plan started' column; exactly 5 WD", _k02),
    ("knowsley_03.eml", "plain-text export only; LP not completed; BST; 4 WD (6 plain) over Easter", _k03),
    ("knowsley_05.eml", "the bath-water account only in the .docx form; no alarm words", _k05),
    ("knowsley_06.eml", "school record-of-concern form; no alarm words", _k06),
    ("knowsley_07.eml", "risk checklist answered No except mental health", _k07),
    ("knowsley_08.eml", "list headers, no Auto-Submitted, an HTML table", _k08),
    ("richmond_wandsworth_01.eml", "three HTML tables with ✓/✗", _r01),
    ("richmond_wandsworth_02.eml", "consent and plan boxes only in the .docx", _r02),
    ("richmond_wandsworth_04.eml", "DECLINED with the account in COMMENT; no alarm words", _r04),
    ("richmond_wandsworth_05.eml", "the burn only in the subject; no alarm words", _r05),
    ("richmond_wandsworth_06.eml", "a fictional example", _r06),
    ("richmond_wandsworth_08.eml", "HTML-only out-of-office on the last GMT Friday", _r08),
    ("tower_hamlets_01.eml", "HTML-only, multipart/related with a PNG", _t01),
    ("tower_hamlets_02.eml", "one .rtf MARF with the blank authorisation", _t02),
    ("tower_hamlets_03.eml", "the belt only in the MARF; no alarm words", _t03),
    ("tower_hamlets_04.eml", "a single base64 text/plain PPN; capitals; no alarm words", _t04),
    ("tower_hamlets_05.eml", "the PS after the signature; no alarm words", _t05),
    ("tower_hamlets_08.eml", "NDR on the first BST Monday", _t08),
    ("torbay_01.eml", "✓/✗ checklist and a 'Last seen' column", _b01),
    ("torbay_02.eml", "windows-1252 bytes labelled iso-8859-1", _b02),
    ("torbay_03.eml", "the DOB correction", _b03),
    ("torbay_04.eml", "after 21:00, flowed, no alarm words", _b04),
    ("torbay_05.eml", "the missing child in the note above the table; no alarm words", _b05),
    ("torbay_08.eml", "a blank form's headings, none ticked", _b08),
    ("herefordshire_01.eml", ".rtf plan; Welsh-English signature; Rhys named in full only in the attachments", _h01),
    ("herefordshire_02.eml", "plain-text export; consent form not signed -> consent_form missing; one .docx", _h02),
    ("herefordshire_03.eml", "bilingual police notice in the evening", _h03),
    ("herefordshire_04.eml", "the baby only in the forwarded message/rfc822; no alarm words", _h04),
    ("herefordshire_06.eml", "13 printed headings, one ticked", _h06),
]

# Each consent / manager wording ties to its label (the phrase must be in the readable text or the Subject).
WORDING = [
    ("knowsley_01.eml", "Team Manager has discussed and agreed: [x] Yes", "manager_agreed", True),
    ("knowsley_01.eml", "Parent informed of the step-up request", "consent", None),
    ("knowsley_02.eml", "Mum (Sinead McGettigan) signed 09.03.2048", "consent", True),
    ("knowsley_03.eml", "Parent consent to step down: Yes", "consent", True),
    ("knowsley_03.eml", "Manager sign-off: pending", "manager_agreed", None),
    ("knowsley_05.eml", "Agreed - Sandra Mowbray, Team Manager", "manager_agreed", True),
    ("knowsley_07.eml", "Mum has signed the Family First consent form", "consent", True),
    ("richmond_wandsworth_01.eml", "I have agreed this step up as the Early Help Team Manager", "manager_agreed", True),
    ("richmond_wandsworth_01.eml", "✓ mum agrees", "consent", True),
    ("richmond_wandsworth_02.eml", "☒ Not yet discussed - I will ask mum", "consent", None),
    ("richmond_wandsworth_03.eml", "☑ Given (04/02/2048)", "consent", True),
    ("richmond_wandsworth_05.eml", "did not object", "consent", None),
    ("richmond_wandsworth_05.eml", "Team manager agreement: Yes", "manager_agreed", True),
    ("richmond_wandsworth_07.eml", "Family consent to Early Help Y Mum", "consent", True),
    ("tower_hamlets_01.eml", "✔ Yes - both parents", "consent", True),
    ("tower_hamlets_02.eml", "[X] Yes - dad", "consent", True),
    ("tower_hamlets_02.eml", "waiting for my manager to sign", "manager_agreed", None),
    ("tower_hamlets_03.eml", "☒ Agreed - Rehana Uddin", "manager_agreed", True),
    ("tower_hamlets_05.eml", "[x] Mum consents to the step-down", "consent", True),
    ("tower_hamlets_07.eml", "Consent to step-down: Yes", "consent", True),
    ("torbay_01.eml", "confirming the threshold for level 3 is met", "manager_agreed", True),
    ("torbay_01.eml", "Consent for level 3 Early Help sought and given", "consent", True),
    ("torbay_02.eml", "mum has declined consent", "consent", False),
    ("torbay_02.eml", "we agree this needs considering for level 4", "manager_agreed", True),
    ("torbay_03.eml", "Threshold for level 3 intervention met", "manager_agreed", True),
    ("torbay_05.eml", "Consent for level 3 Early Help Yes - mum", "consent", True),
    ("torbay_06.eml", "Mum has declined Early Help", "consent", False),
    ("herefordshire_01.eml", "with mum's signed consent", "consent", True),
    ("herefordshire_02.eml", "verbal consent given by dad", "consent", True),
    ("herefordshire_06.eml", "Signed consent form", "consent", True),
    ("herefordshire_07.eml", "dad signed it at my visit", "consent", True),
    ("herefordshire_08.eml", "✓ Mum agrees", "consent", True),
    ("herefordshire_08.eml", "✓ Agreed by Yasmin Deverell", "manager_agreed", True),
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
        if k != "meeting_reply":
            CUSTOM.append((f, "no iTIP REPLY outside meeting replies",
                           lambda m: "REPLY" not in [(p.get_param("method") or "").upper() for p in m.walk()
                                                     if p.get_content_type() == "text/calendar"]))

# The expected whole-set facts the README states (set_checks() recomputes and compares them).
QUIET_EXPECTED = ["herefordshire_03.eml", "herefordshire_04.eml", "knowsley_05.eml", "knowsley_06.eml",
                  "richmond_wandsworth_04.eml", "richmond_wandsworth_05.eml", "torbay_04.eml", "torbay_05.eml",
                  "tower_hamlets_03.eml", "tower_hamlets_04.eml", "tower_hamlets_05.eml"]
COUNTS_EXPECTED = {                   # file: (working days, plain weekdays) from the London date of `now`
    "knowsley_01.eml": (4, 6), "knowsley_02.eml": (5, 5), "knowsley_03.eml": (4, 6), "knowsley_05.eml": (9, 9),
    "knowsley_07.eml": (6, 6)}
CROSSING_BH_EXPECTED = ["knowsley_01.eml", "knowsley_03.eml"]
DECISIVE_EXPECTED = ["knowsley_01.eml", "knowsley_03.eml"]     # plain weekdays say ok, working days say not ok
BST_FILES_EXPECTED = ["knowsley_01.eml", "knowsley_03.eml", "tower_hamlets_08.eml"]
QUIET, COUNTS = [], {}

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2048])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: the bank holidays in the window are %s, expected none" % inside)
    easter = {d: pkg.get(d) for d in pkg if "Easter" in pkg.get(d) or "Good Friday" in pkg.get(d)}
    if easter != EASTER or min(easter) != WINDOW[1].date() + timedelta(days=1):
        errors.append("set: Easter 2048 is %s, expected %s starting the day after the window" % (easter, EASTER))
    if date(2048, 1, 1) not in pkg or date(2048, 1, 1) >= WINDOW[0].date():
        errors.append("set: New Year's Day 2048 must be a bank holiday before the window")
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2048, 3) == date(2048, 3, 29) and BST_END.date() == last_sun(2048, 10)):
        errors.append("set: BST must start on Sunday 29 March 2048 (the last Sunday of March)")
    d = WINDOW[0].date()
    while d <= WINDOW[1].date():
        noon = datetime(d.year, d.month, d.day, 12, tzinfo=LON)
        want = timedelta(hours=1) if d >= date(2048, 3, 29) else timedelta(0)
        if noon.utcoffset() != want:
            errors.append("set: %s has offset %s, expected %s" % (d, noon.utcoffset(), want))
        d += timedelta(days=1)
    if not (WINDOW[0].date() == date(2048, 1, 6) and WINDOW[0].weekday() == 0 and WINDOW[1].date() == date(2048, 4, 2)
            and WINDOW[1].weekday() == 3):
        errors.append("set: the window must run from Monday 6 January to Thursday 2 April 2048")
    quiet, counts, bst = [], {}, []
    for lab in LABELS:
        f = lab["file"]
        try:
            msg = parse(f)
            text = readable(msg)
        except Exception as ex:
            errors.append("%s: unreadable (%r)" % (f, ex)); continue
        if msg["Date"].strip().endswith("+0100"):
            bst.append(f)
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
    bh = sorted(f for f in counts if any(_today(f) < h <= META[f]["meeting"] for h in BANK_HOLIDAYS))
    if bh != CROSSING_BH_EXPECTED:
        errors.append("set: counts crossing a bank holiday are %s, expected %s" % (bh, CROSSING_BH_EXPECTED))
    decisive = sorted(f for f in counts if (counts[f][1] >= 5) != (counts[f][0] >= 5))
    if decisive != DECISIVE_EXPECTED:
        errors.append("set: counts a bank holiday decides are %s, expected %s" % (decisive, DECISIVE_EXPECTED))
    for f in decisive:
        if {h for h in BANK_HOLIDAYS if _today(f) < h <= META[f]["meeting"]} != set(EASTER):
            errors.append("set: %s must cross both Good Friday and Easter Monday" % f)
    if sorted(bst) != BST_FILES_EXPECTED:
        errors.append("set: the +0100 Dates are %s, expected %s" % (sorted(bst), BST_FILES_EXPECTED))
    QUIET[:] = quiet
    COUNTS.clear(); COUNTS.update(counts)
    return errors

def run_checks():
    errors, tot = check()
    return errors + set_checks(), tot

# ----------------------------------------------------------------------------- fault injection (in memory only)
def _sub(f, old, new, count=1):
    data = FILES[f]
    assert old in data, (f, old)
    FILES[f] = data.replace(old, new, count)

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
    if offset is not None:
        n = n.replace(tzinfo=timezone(offset))
    lab["now"] = n.isoformat()

def _set_window_end(d):
    globals()["WINDOW"] = (WINDOW[0], datetime(d.year, d.month, d.day, 23, 59, 59, tzinfo=LON))

FAULTS = [
    ("knowsley_01's notice labelled ok (plain weekdays counted)",
     lambda: _relabel("knowsley_01.eml", notice_ok=True, next_action="book_meeting"), "notice_ok True but 4 WD"),
    ("knowsley_03's notice labelled ok", lambda: _relabel("knowsley_03.eml", notice_ok=True), "notice_ok True but 4 WD"),
    ("Good Friday dropped from the bank holidays", lambda: BANK_HOLIDAYS.discard(date(2048, 4, 3)), "bank holidays differ"),
    ("Easter Monday moved to the Tuesday", lambda: (BANK_HOLIDAYS.discard(date(2048, 4, 6)),
                                                   BANK_HOLIDAYS.add(date(2048, 4, 7))), "bank holidays differ"),
    ("knowsley_01's Date given +0000 in BST", lambda: _shift_date("knowsley_01.eml", "Tue, 31 Mar 2048 10:12:40 +0100",
                                                                  "Tue, 31 Mar 2048 10:12:40 +0000", 0, timedelta(0)),
     "Date offset should be +0100"),
    ("richmond_wandsworth_08's Date given +0100 before BST",
     lambda: _shift_date("richmond_wandsworth_08.eml", "Fri, 27 Mar 2048 16:40:03 +0000",
                         "Fri, 27 Mar 2048 16:40:03 +0100", 0, timedelta(hours=1)), "Date offset should be +0000"),
    ("torbay_01's now given +0100", lambda: _relabel("torbay_01.eml", now="2048-01-21T09:55:14+01:00"),
     "now offset differs from the Date header's"),
    ("knowsley_07 sent on a Sunday", lambda: _shift_date("knowsley_07.eml", "Mon, 27 Jan 2048", "Sun, 26 Jan 2048", -1),
     "Date on a weekend"),
    ("the window stretched to Good Friday", lambda: _set_window_end(date(2048, 4, 3)), "the window must run"),
    ("'risk' added to knowsley_05's subject", lambda: _sub("knowsley_05.eml", b"Subject: Step up request",
                                                            b"Subject: Step up request - risk"), "no alarm word are"),
    ("tower_hamlets_04 filed as a near miss", lambda: _relabel("tower_hamlets_04.eml", category="near_miss"),
     "urgent vs category"),
    ("herefordshire_08 booked (undefined step-up)", lambda: _relabel("herefordshire_08.eml", next_action="book_meeting"),
     "next_action book_meeting != human_review"),
    ("Jake's DOB labelled as the SA date", lambda: _exp("torbay_03.eml")["children"][0].update(dob="2048-01-12"),
     "dob '02/09/2041' parses to 2041-09-02"),
    ("Amelia labelled in capitals", lambda: _exp("tower_hamlets_04.eml")["children"][0].update(name="Amelia DUNLEAVY"),
     "no source record"),
    ("the PPN reference labelled as a case id", lambda: _relabel("tower_hamlets_04.eml", case_ids=["01CE/24771/48"]),
     "is not an EHM/ICS/LCS/Mosaic id"),
    ("'ICS ID 2290417' labelled with its label", lambda: _relabel("knowsley_03.eml", case_ids=["ICS ID 2290417"]),
     "is not an EHM/ICS/LCS/Mosaic id"),
    ("consent not yet discussed labelled true", lambda: _relabel("richmond_wandsworth_02.eml", consent=True,
                                                                  missing=["draft_plan"]),
     "'☒ Not yet discussed - I will ask mum' means consent None"),
    ("mum's refusal labelled null", lambda: _relabel("torbay_02.eml", consent=None), "means consent False"),
    ("the checklist's 'No' rows labelled as concerns", lambda: _relabel("knowsley_07.eml",
        concerns=["domestic_abuse", "exploitation", "parental_mental_health"]), "risk checklist answered No"),
    ("every printed heading labelled", lambda: _relabel("herefordshire_06.eml",
        concerns=["neglect", "school_attendance", "sexual_harm"]), "13 printed headings, one ticked"),
    ("the bath-water account copied into the covering note", lambda: _sub("knowsley_05.eml",
        b"Step up form and TAF minutes attached", b"Step up form (held my head under the bath water) attached"),
     "only in the .docx form"),
    ("a year after the window's in a body", lambda: _sub("tower_hamlets_07.eml", b"concluded: 20/02/2048",
                                                         ("concluded: 20/02/%d" % (MAX_YEAR + 1)).encode()),
     "year after 2048"),
    ("knowsley_04's calendar made a REQUEST", lambda: _sub("knowsley_04.eml", b"method=REPLY", b"method=REQUEST"),
     "exactly one text/calendar method=REPLY part"),
    ("a level on a step-up", lambda: _relabel("richmond_wandsworth_01.eml", level=3), ": level"),
    ("a near miss relabelled ordinary", lambda: _relabel("torbay_07.eml", category="ordinary"), "category totals"),
    ("the children of torbay_01 swapped", lambda: _exp("torbay_01.eml")["children"].reverse(),
     "children not in order of first full-name appearance"),
    ("the consent form labelled met when only verbal", lambda: _relabel("herefordshire_02.eml", missing=[],
                                                                         next_action="book_meeting"),
     "consent form"),
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
    for f in sorted(META):
        if META[f]["meeting"]:
            out.append("  %s now %s meeting %s: %d WD, %d plain" % (f, _now(f), META[f]["meeting"], _wd(f), _pw(f)))
    table = {}
    for l in LABELS:
        table.setdefault(l["authority"], Counter())[CATS[l["file"]]] += 1
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
        if "--stats" in sys.argv:
            print(stats())
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
