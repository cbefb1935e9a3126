#!/usr/bin/env python3
"""mixed53: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the spring term of 2072 (Monday 4 January - Thursday 7 April 2072), in WHO HAS THE CHILD AND WHEN: fathers
coming home from prison or released on licence, new partners moving in, contact handovers this weekend, bail and
non-molestation conditions broken or kept, registered sex offenders seen with a family, grandparents and family
friends collecting from school, children staying over at someone's tonight - and, as near misses, the same people
whose access is supervised, ended, in the past, prevented by an order that is being kept, or only planned for months
ahead.

Urgent mail (12), in the words people really use: a father whose licence forbids contact waiting at the school gate
for home time (in a PS), a nursery told that a registered sex offender is collecting two little girls for an
overnight stay, a mother's texts forwarded at night as her ex breaks a non-molestation order, a meeting decline whose
comment says the stepdad on bail has told a girl he is taking her after school, a request whose urgent line is only
in the attached case summary, an ex-prisoner on licence collecting a toddler from nursery at noon, a grandmother whose
baby grandson was snatched by his father this afternoon, a 14-year-old staying tonight with a man served a Child
Abduction Warning Notice, a burn from a new partner's lighter with the same man collecting at 3, a father who grabbed
his daughter at a supervised contact and threatens to take the children from their nan's tomorrow, two children not
returned after a half-term contact week, and a friend's late-night message that the children are going to the man
who broke the little one's arm. Near misses (12): supervised contact that goes well, a probation pre-release note
about a release months ahead, bail conditions kept, a released father seeing his children only with their
grandmother, a Cafcass safeguarding letter about a hearing in May, a neighbour's sex-offender rumour that police
disproved, an order that has kept a father away since October, a partnership briefing's fictional examples, a
licence kept and then recalled, a court hearing only planned for late June, and a contact centre report.

Window: the spring term, Monday 4 January - Thursday 7 April 2072 (term ends on the Thursday before Good Friday).
England & Wales bank holidays from the `holidays` package: New Year's Day (Friday 1 January) falls before the window;
Easter falls just after it - Good Friday 8 April and Easter Monday 11 April 2072 - so no mail is dated on a bank
holiday, but notice counts from the last week of term run across Easter: two Knowsley counts are decided by it
(knowsley_01: 6 plain weekdays but 4 working days; knowsley_08: 'a week today', 5 plain weekdays but 3 working days).
The clock changes inside the window: GMT (+0000) until British Summer Time begins at 01:00 UTC on Sunday 27 March
2072, +0100 from Monday 28 March. 2072 is a leap year: Monday 29 February is a working day (richmond_wandsworth_03 is
sent on it, and one child was born on a 29 February).

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, Content-IDs and calendar UIDs
come from sha1 of the file name; zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py
(`--stats` prints the tallies; `--inject-faults` also breaks an in-memory copy in many ways and requires every break
to be caught). pypdf and python-docx are used only by the self-checks, to read the hand-built PDFs and .docx files
back; `holidays` is required and must agree with the script's bank-holiday list. The MIME, Word HTML, PDF, .docx,
iCalendar, out-of-office, quote-chain, working-day, readable-text and self-check helpers are copied from
/work/main/tests/data/mixed27/make_set.py (the model set) and adapted (window, clock change, Easter, the checks).
Every label was set by hand from the specification; the self-checks only verify them against its rules and STOP on
any error before anything is written.
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
    """Local (Europe/London) wall-clock time. The window (Monday 4 January - Thursday 7 April 2072) crosses the
    clock change: GMT (+0000) until British Summer Time begins at 01:00 UTC on Sunday 27 March 2072, then +0100. The self-check
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
            zi = zipfile.ZipInfo(name, date_time=(2071, 12, 14, 0, 0, 0))
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



# ============================================================================= helpers added for mixed53
S_RW = "000_ad98922a9b2c3c54.txt"      # Richmond & Wandsworth
S_TH = "001_7484577aab521096.txt"      # Tower Hamlets
S_TB = "002_682540a1ccf30a2a.txt"      # Torbay
S_HF = "003_d813ace460bad8eb.txt"      # Herefordshire
S_KN = "004_ba08e3b9f619f49f.txt"      # Knowsley

def txt_att(filename, text, crlf=True):
    """A plain-text attachment (text/plain with a filename), as Notepad / a phone's notes app saves it."""
    t = text.replace("\n", "\r\n") if crlf else text
    h = [("Content-Type", 'text/plain; charset="utf-8"; name="%s"' % filename),
         ("Content-Disposition", 'attachment; filename="%s"' % filename),
         ("Content-Transfer-Encoding", "base64")]
    return Part(h, b64lines(t.encode("utf-8")))

def gmail_alt(f, top, text, atts=()):
    """Gmail web: multipart/alternative (text/plain + a <div dir="ltr"> HTML twin), utf-8 quoted-printable."""
    paras = text.rstrip("\n").split("\n")
    h = '<div dir="ltr">' + "".join("<div>%s</div>" % (esc(p) if p else "<br>") for p in paras) + "</div>\n"
    alt = multipart("alternative", [text_part(text), text_part(h, "html")], gbnd(f, 2))
    root = multipart("mixed", [alt] + list(atts), gbnd(f, 1)) if atts else alt
    return build(top, root, False)

def gmail_top(fname, frm, to, subject, when, cc=None, extra=None):
    d = dt(when)
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject)), ("Date", email.utils.format_datetime(d)),
          ("Message-ID", "<CA%s@mail.gmail.com>" % sha(fname, "gm")[:40])]
    return h + (extra or [])

def ics_request(f, when, start, end, summary, location, description, organizer, attendees):
    """An Outlook / Teams meeting request (METHOD:REQUEST) with a VTIMEZONE."""
    return ics("REQUEST", f, dt(when), start, end, summary, location, description, organizer, attendees)



# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2072-04-05 10:12:36"
    body = T("""
Hi MASH and MASH business support,

Please see the Teams invite for the step up TAF for the Rimmer / Okonkwo / Hale children (EHM-62817) on Wednesday 13th April at 10am. That's over a week away so hopefully enough notice for everyone - I've invited school, the health visitor and the GP surgery myself as current TAF members.

Attached: the FF step up form, the minutes of our last TAF (29/03/2072) and the Graded Care Profile 2 I completed with mum on 24/03/2072.

The children:
Tommy-Lee Rimmer, DOB 11/06/2061 (Year 6, Kirkby Vale Primary)
Phoebe Okonkwo, DOB 30/09/2064 (Year 3, same school)
Rosie Hale, DOB 02/02/2069 (at home, due to start nursery after Easter)

Since mum's new partner, Shane Boyce, moved in at Christmas things have gone downhill quickly. The house is in a poor state (no working cooker since February, dog mess upstairs, the girls sharing a mattress on the floor), Shane smokes cannabis in the living room and mum has started to as well, Tommy-Lee's attendance has dropped to 81% and Rosie has missed two health reviews and her MMR. The GCP2 scores are 4 for safety and for the home. Phoebe's dad, Emeka Okonkwo, still has her every Sunday (he collects and drops off at the house) and is worried about what he sees there.

Mum doesn't agree with the step up - she says Shane is "the best thing that's happened to us" - but she knows I'm doing it and has said she will come to the TAF.

My team manager, Bernadette Quayle, discussed it with me in supervision on 31/03/2072 and agreed the step up (it's on the form).

Thanks,
Kelly

Kelly Ashurst
Family First Case Manager | Kirkby Team | Knowsley Council
0151 496 0381 | 07700 900 318

""") + KDISC
    cal = ics_request(f, when, "20720413T100000", "20720413T113000",
                      "Step up TAF - Rimmer / Okonkwo / Hale - EHM-62817", "Microsoft Teams Meeting",
                      "Step up TAF meeting for the Rimmer / Okonkwo / Hale children (EHM-62817). Chair: MASH social "
                      "worker. Minutes: MASH business support.\n\nJoin on your computer or mobile app\nClick here to "
                      "join the meeting",
                      ("Kelly Ashurst", "Kelly.Ashurst@" + KDOM),
                      [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                       ("MASH Business Support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    form = docx_att("FF Step Up request to CSC - Rimmer Okonkwo Hale.docx", appendix1([
        ("Case ID on EHM:", "EHM-62817"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Wednesday 13/04/2072, 10:00, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium - mum sees me but cancels about one visit in three since Shane moved in"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 29/03/2072"),
        ("What are we worried about?", "Home conditions have fallen to a poor level since January (no cooker, dog "
         "mess, the girls sleeping on one mattress). Cannabis is smoked in the house by Shane and now mum. Tommy-Lee's "
         "attendance 81%; Rosie has missed two health reviews and her MMR."),
        ("What is working well?", "Mum loves the children and they are close to her; Phoebe's dad has her every Sunday "
         "and tells us what he sees; school know the children well."),
        ("What next?", "Step up to CSC for a C&F assessment; Family First to stay involved until it is completed."),
        ("Graded Care profile (If neglect should be completed).", "Completed with mum 24/03/2072 - attached. Safety 4, "
         "home 4, health 3."),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Agreement by line manager:", "Agreed - Bernadette Quayle, Team Manager, 31/03/2072"),
        ("Contingency plan (Smart and timely).", "If not agreed: weekly visits, a TAF every three weeks, the HV to "
         "arrange Rosie's MMR, housing to repair the cooker by 30/04/2072."),
    ]))
    minutes = pdf_att("TAF minutes 29.03.2072 - Rimmer Okonkwo Hale.pdf", "Team Around the Family - minutes", [
        "Date: 29/03/2072, 13:30, Kirkby Family Hub. EHM-62817",
        "Present: mum (Chantelle Rimmer), Kelly Ashurst (Family First, chair), Tommy-Lee's class teacher,",
        "the health visitor, Phoebe's father (Emeka Okonkwo) for item 1 only.",
        "1. Home conditions: worse since the last TAF. HV saw dog mess on the landing and no food in the fridge.",
        "2. School: Tommy-Lee 81% attendance this term; tired, hungry at breakfast club.",
        "3. Health: Rosie's 2-year review missed twice; MMR outstanding.",
        "4. Mum says Shane will look for his own flat 'soon'.",
        "Agreed: Kelly to discuss a step up with her team manager; GCP2 completed 24/03/2072 to be attached."])
    gcp2 = pdf_att("GCP2 - Rimmer household - 24.03.2072.pdf", "Graded Care Profile 2 (GCP2) - summary", [
        "Family: Rimmer / Okonkwo / Hale. EHM-62817. Completed with mum on 24/03/2072 by Kelly Ashurst.",
        "Area 1 Physical care (nutrition, housing, clothing, hygiene): 4",
        "Area 2 Safety (in presence / in absence of carer): 4",
        "Area 3 Love and care: 2",
        "Area 4 Stimulation and education: 3",
        "Overall: the care of the younger children falls below an adequate level."])
    top = outlook_top(f, addr("Ashurst, Kelly", "Kelly.Ashurst@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up TAF - Rimmer / Okonkwo / Hale - EHM-62817", when, cc=addr("MASH Business Support", KBS),
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    add(f, itip_request_mail(f, top, body, cal, [form, minutes, gcp2]), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-62817"],
        [ch("Tommy-Lee Rimmer", "2061-06-11", "11/06/2061"), ch("Phoebe Okonkwo", "2064-09-30", "30/09/2064"),
         ch("Rosie Hale", "2069-02-02", "02/02/2069")],
        ["neglect", "school_attendance", "substance_misuse"], False, True, [], False, "request_info",
        "Knowsley step-up (" + S_KN + " section 4 'Cases Stepping-Up ...' and Appendix 1; REQUIREMENTS knowsley "
        "step_up) as a Teams meeting REQUEST (text/calendar METHOD:REQUEST, not an iTIP reply) with the form (.docx), "
        "the TAF minutes (.pdf) and the GCP2 (.pdf) attached: step_up_form, taf_minutes, case_id (EHM-62817), "
        "meeting_details and, because the concerns include neglect, gcp2 are all met ('If your concerns are relating "
        "to Neglect then the Graded Care profile must be reflected'). Manager: 'agreed the step up' -> true. Consent: "
        "'Mum doesn't agree with the step up' -> false (Knowsley's step-up matrix does not require consent, so it is "
        "not missing). Three children, three surnames. NOTICE ACROSS EASTER, DECISIVE: sent Tue 5 April, TAF Wed 13 "
        "April; the working days after today are Wed 6, Thu 7, Tue 12, Wed 13 = 4 (Good Friday 8 and Easter Monday 11 "
        "April are bank holidays) < 5 ('Please allow at least 5 working days' notice') -> notice not ok -> "
        "request_info, although 6 plain weekdays and the sender's 'over a week away' would pass. Concerns: home "
        "conditions, missed health care -> neglect; cannabis -> substance_misuse; 81% -> school_attendance. A new "
        "partner moved in, a father collecting on Sundays: no immediate risk (ordinary).",
        meeting=date(2072, 4, 13), not_children=["Kelly Ashurst", "Shane Boyce", "Emeka Okonkwo",
                                                  "Bernadette Quayle", "Chantelle Rimmer"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2072-01-18 13:41:09"
    body = T("""
Hi both,

Step up request for the Sweeney children, EHM-58104 - the step up form is attached.

Jayden Sweeney - 14/05/2062
Lacie-Mae Sweeney - 03/10/2065

Their dad, Carl Sweeney, was released from HMP Altcourse on licence on 22 December after serving half of a four-year sentence for assaulting their mum (Stacey Roberts) and for breaking Jayden's wrist. His licence says no contact with Stacey or the children and he must not enter Knowsley without his probation officer's agreement. Since the new year Stacey has been back in touch with him - her sister has seen her in his car twice - and the children have told school they "aren't allowed to say" where mum goes at night. Jayden's attendance has dropped to 84% and he wet himself in class last week.

My TM, Neil Ashworth, agreed the step up on Friday (15/01/2072).

I'll send the Teams invite for the step up TAF once school and the IDVA have given me dates - probably the first week of February. The minutes of the last TAF are with admin to type up and I'll send them as soon as they're done.

Thanks,
Aoife

Aoife Brannock
Family First Case Manager | Huyton Team | Knowsley Council
0151 496 0712

PS - St Columba's have just rung me (1.30pm). Carl is in the playground now, telling the staff he is collecting Jayden and Lacie-Mae at home time (3.15) and taking them to his mum's for their tea. School haven't got anything on file to stop him and Stacey's phone is switched off. He is not meant to have any contact with them at all. I've left a message for his offender manager, Gemma Lyle (0151 496 0733), and I'm driving to the school now.

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Sweeney.docx", appendix1([
        ("Case ID on EHM:", "EHM-58104"),
        ("Has this family recently closed to Children's Social Care?:", "Yes - CP plan ended March 2070 when dad was "
         "sentenced"),
        ("Date of step up TAF meeting:", "TBC"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium"),
        ("Recent TAF meeting minutes attached:", "To follow"),
        ("What are we worried about?", "Mum has resumed contact with Carl, who has convictions for assaulting her "
         "and for breaking Jayden's wrist. The children are being told to keep secrets. Jayden's attendance 84%."),
        ("What is working well?", "School are a strong support; maternal aunt Leanne is protective and tells us what "
         "she sees."),
        ("What next?", "Step up to CSC for a C&F assessment."),
        ("Agreement by line manager:", "Agreed - Neil Ashworth, Team Manager, 15/01/2072"),
    ]))
    top = outlook_top(f, addr("Brannock, Aoife", "Aoife.Brannock@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Sweeney - EHM-58104", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form], html_alt=True), "knowsley", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-58104"],
        [ch("Jayden Sweeney", "2062-05-14", "14/05/2062"), ch("Lacie-Mae Sweeney", "2065-10-03", "03/10/2065")],
        ["domestic_abuse", "physical_harm", "school_attendance"], None, True,
        ["meeting_details", "taf_minutes"], None, "alert_duty",
        "URGENT IN A PS UNDER AN ORDINARY STEP-UP: a father released on licence whose licence forbids any contact "
        "with the children (convicted of assaulting their mother and breaking the boy's wrist) is in the school "
        "playground now saying he will collect both children at 3.15; the school has nothing to stop him and mum's "
        "phone is off. A duty social worker acts on this today (DESIGN safety rule 1; " + S_KN + " section 4 N.B. "
        "'Any immediate safeguarding concerns should be communicated to the Duty Social Work Team in the MASH') -> "
        "alert_duty. The step-up itself (REQUIREMENTS knowsley step_up): form attached, EHM id, 'agreed the step up' "
        "-> manager true; no TAF date ('once school and the IDVA have given me dates', form 'TBC') -> "
        "meeting_details missing and notice null; TAF minutes 'with admin to type up' -> taf_minutes missing. "
        "Consent not mentioned -> null (not required for a Knowsley step-up). Concerns: his violence to mum and her "
        "renewed contact -> domestic_abuse; his harm to Jayden and the collection today -> physical_harm; 84% -> "
        "school_attendance.",
        not_children=["Carl Sweeney", "Stacey Roberts", "Aoife Brannock", "Neil Ashworth", "Gemma Lyle"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2072-03-24 14:20:52"
    blocks = [
        "Dear Family First duty team,",
        "",
        "I am stepping Ellis and Maisie-Rae down to Family First at Level 3. The joint home visit is booked for "
        "{{Thursday 31st March at 10am}} at the family home, 23 Elmdale Road, Huyton, L36 9ZQ - I'd be grateful if a "
        "case manager could come with me.",
        "",
        ("table", [
            ["Child", "DOB", "ICS"],
            ["Ellis Garvey", "17/07/2063", "ICS-2307741"],
            ["Maisie-Rae Donnelly", "09/12/2067", "ICS-2307742"],
        ]),
        "",
        "Mum, Danielle Garvey, signed the Family First consent form at the CIN review on 17/03/2072.",
        "",
        ("h", "What are we worried about?"),
        "Mum's anxiety is still high on bad days and she sometimes keeps Ellis off school to keep her company; his "
        "attendance is 88%. Maisie-Rae's speech is a little behind and she is waiting for a [[SaLT]] appointment.",
        ("h", "What is working well?"),
        "The children were on child protection plans in 2070 because of domestic abuse by Ellis's dad, Shaun Garvey. "
        "He was sent to prison that year and released on licence last August. There is a non-molestation order "
        "protecting mum until next February and he has kept to it completely - police confirmed at the CIN review "
        "that there have been no call-outs and no breaches since his release, and his probation officer says the "
        "same. His contact with Ellis is supervised at the Huyton contact centre on alternate Saturdays (the next "
        "one is this Saturday) and the reports are positive; he has never had Ellis on his own and does not know the "
        "address. Maisie-Rae's dad, Lewis Donnelly, has her every Sunday from 10 to 4 and collects and drops off at "
        "her nan's. Mum is on the waiting list for Talking Therapies and has kept every appointment with her GP.",
        ("h", "What needs to happen?"),
        "A Family First case manager to lead a TAF with school and the health visitor; a morning routine plan so "
        "Ellis is in school every day; the contact centre reports to keep coming to the lead practitioner until "
        "supervised contact ends.",
        "",
        "Kind regards,",
        "Olusegun Adebayo-Hart",
        "Social Worker | Child in Need Team (Huyton) | Knowsley Council",
        "0151 496 0564",
        "",
        KDISC.strip(),
    ]
    top = outlook_top(f, addr("Adebayo-Hart, Olusegun", "Olusegun.Adebayo-Hart@" + KDOM),
                      addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Level 3 - Garvey / Donnelly - joint visit Thurs 31st March", when)
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 6,
        "near_miss", "step_down", False, 3, ["ICS-2307741", "ICS-2307742"],
        [ch("Ellis Garvey", "2063-07-17", "17/07/2063"), ch("Maisie-Rae Donnelly", "2067-12-09", "09/12/2067")],
        ["parental_mental_health", "school_attendance"], True, None, [], True, "book_meeting",
        "NEAR MISS - A FATHER RELEASED ON LICENCE WHOSE CONTACT IS SUPERVISED AND WHO KEEPS TO HIS ORDER: prison, "
        "domestic abuse, child protection plans, a non-molestation order and a contact weekend are all here, but the "
        "plans ended, the order is kept (no breaches, confirmed by police and probation), contact is supervised at a "
        "contact centre and he does not know the address: no current risk. Complete Knowsley level 3 step-down "
        "(" + S_KN + " section 3 'Further support required from Family First at Level 3'; REQUIREMENTS knowsley "
        "step_down level 3): date, time and venue of the joint home visit, all three Signs of Safety headings, "
        "'signed the Family First consent form' -> consent true. Two ICS ids in a Word table (MsoTableGrid with a "
        "tab-separated twin), two surnames. Manager not mentioned -> null (not required). NOTICE ACROSS THE CLOCK "
        "CHANGE: from Thu 24 March (GMT) to Thu 31 March (BST) = Fri 25, Mon 28, Tue 29, Wed 30, Thu 31 = exactly 5 "
        "working days -> ok -> book_meeting. Concerns: mum's anxiety -> parental_mental_health; 88% -> "
        "school_attendance; the historic domestic abuse is not a current concern.",
        meeting=date(2072, 3, 31), not_children=["Shaun Garvey", "Danielle Garvey", "Lewis Donnelly",
                                                  "Olusegun Adebayo-Hart"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2072-02-10 09:31:47"
    ack = ack_text("step-up", "SB-knowsley-1731",
                   ["Family: Pryor", "Case: EHM-60552", "Children: Kaiden Pryor (DOB 21/04/2066)",
                    "Step-up TAF meeting: Wednesday 24 February 2072, 10:00 (Microsoft Teams) - 11 working days' notice"],
                   ["The Graded Care Profile 2 (GCP2) - your request names neglect."])
    body = T("""
Hi,

GCP2 attached - sorry, I thought it had gone with the form. It was completed with mum on 04/02/2072.

Also for the TAF: mum is at college Monday to Wednesday from this week, so Kaiden's paternal grandparents, Mr and Mrs Lunt, are collecting him from school on those days and giving him his tea. They've done this before, school have them on his collection list and mum is happy with it. It's written into the plan.

Thanks
Jodie

Jodie Marsh-Kaur
Family First Case Manager, Halewood Team
Knowsley Council

On 09/02/2072 16:02, Knowsley MASH wrote:
""") + quoted(ack)
    gcp2 = pdf_att("GCP2 Kaiden Pryor 04.02.2072.pdf", "Graded Care Profile 2 (GCP2)", [
        "Child: Kaiden Pryor, DOB 21/04/2066. EHM-60552.",
        "Completed with mum on 04/02/2072 by Jodie Marsh-Kaur, Family First.",
        "Physical care 3; Safety 3; Love and care 2; Stimulation and education 3.",
        "Main issues: meals irregular, Kaiden often in yesterday's clothes, bedroom cold (no heating upstairs)."])
    top = plain_top(f, addr("Jodie Marsh-Kaur", "Jodie.Marsh-Kaur@" + KDOM), addr("Knowsley MASH", KMASH),
                    "Re: [SB-knowsley-1731] Step up received - EHM-60552 - Pryor", when, KDOM,
                    "Mozilla Thunderbird 214.3.1",
                    extra=[("In-Reply-To", "<sb-knowsley-1731@stepbot.knowsley.gov.uk>"),
                           ("References", "<sb-knowsley-1731@stepbot.knowsley.gov.uk>")])
    add(f, mail(f, top, body, [gcp2], crlf=False, cte="7bit"), "knowsley", "mash_step_up", when, 2,
        "ordinary", "follow_up", False, None, ["EHM-60552"],
        [ch("Kaiden Pryor", "2066-04-21", "21/04/2066")],
        ["neglect"], None, None, [], None, "attach_to_request",
        "FOLLOW-UP (DESIGN kind follow_up: a reply adding to an existing request, reference [SB-knowsley-1731] in the "
        "subject) from Thunderbird with the acknowledgement quoted with '> ': it brings the GCP2 the ack asked for "
        "(" + S_KN + " section 4: neglect needs the Graded Care Profile) -> attach_to_request; missing [] and notice "
        "null for a follow-up. Case id and child (DOB) from the quoted ack. Grandparents collecting from school on "
        "the collection list, with mum's agreement: ordinary arrangements, no risk. Concern: neglect (the GCP2's "
        "meals, clothes, cold bedroom). Consent and manager not stated in this mail -> null.",
        not_children=["Jodie Marsh-Kaur"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2072-02-26 15:05:18"
    body = T("""
Hello,

I'm the manager and Designated Safeguarding Lead at Little Acorns Day Nursery in Kirkby. I'm sorry if this is the wrong email address - it's the one on the Family First leaflet in our foyer and I can't get through on the phone.

Two of our children are Ava-Rose Tierney (DOB 04/08/2068) and Lily Fagan (DOB 19/04/2070). Their mum, Shannon Tierney, told my deputy at drop-off this morning that she starts night shifts at a care home tonight, so her new boyfriend "Mick" will collect both girls at 5.30pm today and they'll stay over at his flat tonight and tomorrow night.

Mick came to the door with Shannon on Monday and my deputy recognised him. He is Michael Rourke. In 2070 the police came to see us with his photograph because he had been convicted of sexual offences against a young girl and is a registered sex offender; he is not allowed unsupervised contact with any child under 16, and at that time he was barred from collecting his niece from us. Shannon doesn't seem to know any of this.

We close at 6pm. I don't want to hand the girls to him, but I have no right to stop Shannon's choice of who collects unless someone tells me what to do. Shannon isn't answering her phone. Please can someone ring me on 0151 496 0902 before 5.30.

Thank you,
Bernice Oyelaran-Holt
Manager / DSL, Little Acorns Day Nursery (Kirkby)
""")
    top = plain_top(f, addr("Bernice Oyelaran-Holt", "manager@littleacorns-kirkby.example.co.uk"),
                    addr(None, KFF), "Ava-Rose Tierney and Lily Fagan - collection tonight", when,
                    "littleacorns-kirkby.example.co.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 2,
        "urgent", "other", True, None, [],
        [ch("Ava-Rose Tierney", "2068-08-04", "04/08/2068"), ch("Lily Fagan", "2070-04-19", "19/04/2070")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "A REGISTERED SEX OFFENDER COLLECTING TWO LITTLE GIRLS FOR AN OVERNIGHT STAY TONIGHT: mum's new boyfriend, "
        "recognised by nursery staff as a man convicted of sexual offences against a young girl who may not have "
        "unsupervised contact with under-16s, is to collect a 3-year-old and a 22-month-old at 5.30pm and keep them "
        "overnight; mum unreachable. Immediate risk today (DESIGN safety rule 1) -> alert_duty. Sent on purpose to the "
        "Family First duty mailbox (the address on a leaflet), so mailbox early_help_duty; a nursery is not the lead "
        "practitioner and asks for no step -> kind other. No case id. Concern: sexual_harm. Consent / manager not "
        "applicable -> null.",
        not_children=["Shannon Tierney", "Michael Rourke", "Bernice Oyelaran-Holt"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2072-02-08 11:05:03"
    body = T("""
Hi Family First,

I'd like to step the Connolly / Birch children down to a Level 2 service at their final CIN meeting:

Thursday 11th February, 2pm, Halewood Family Hub (Room 2).

Children (ICS-2290417):
- Tyler Connolly, 02/11/2060
- Jayda Connolly-Birch, 15/06/2064
- Oscar Birch, 28/01/2069

Lead practitioner: Halima Rashid, Family Support Worker at St Aidan's Catholic Primary School, has agreed to take on the lead practitioner role and will be at the meeting. Mum (Gemma Birch) consented to the step down to a Level 2 service when I saw her on 01/02/2072. My TM, Paula Kewley, agrees with the step down.

What are we worried about?
Tyler's attendance is 86% and he is often late on Mondays after weekends at his dad's. Mum's mood is low in the winter; she is on medication from her GP and says it helps.

What is working well?
Contact handovers with Tyler and Jayda's dad (Mark Connolly) used to end in shouting matches, which is why we got involved. Since mediation in the autumn they hand over at McDonald's in Prescot every other Saturday at 11, calmly, and neither child has seen an argument since October. Mum's dad collects Oscar from nursery on Tuesdays and Thursdays. Gemma has been open with us throughout.

What needs to happen?
Halima to complete an Early Help Assessment and hold a TAF within 6 weeks; a Monday morning plan with dad for Tyler; mum to keep her GP reviews.

Sorry for the short notice - the CIN date was moved by the school.

Priya Venkataraman
Social Worker | Child in Need Team (Halewood) | Knowsley Council
0151 496 0647

""") + KDISC
    top = outlook_top(f, addr("Venkataraman, Priya", "Priya.Venkataraman@" + KDOM),
                      addr("Family First 0-18 Duty Mailbox", KFF),
                      "Level 2 step down - Connolly / Birch - final CIN Thursday 11th Feb", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 2, ["ICS-2290417"],
        [ch("Tyler Connolly", "2060-11-02", "02/11/2060"), ch("Jayda Connolly-Birch", "2064-06-15", "15/06/2064"),
         ch("Oscar Birch", "2069-01-28", "28/01/2069")],
        ["parental_mental_health", "school_attendance"], True, True, [], False, "request_info",
        "Knowsley level 2 step-down (" + S_KN + " section 2 'Cases Stepping Down ... at Levels 2 and 3': 'at least "
        "5 working days prior to the potential final Child in Need (CIN) meeting'; REQUIREMENTS knowsley step_down "
        "level 2): date, time and venue of the final CIN, the three Signs of Safety headings and the lead "
        "practitioner's name and organisation (a school family support worker) are all given -> nothing missing. "
        "Three children, three surnames (Connolly, Connolly-Birch, Birch). 'consented to the step down' -> consent "
        "true; 'agrees with the step down' -> manager true. SHORT NOTICE: from Mon 8 February to Thu 11 February = "
        "3 working days < 5 -> notice not ok -> request_info. Contact handovers and a grandad collecting from nursery "
        "are described as working well (ordinary). Concerns: 86% -> school_attendance; mum's low mood -> "
        "parental_mental_health.",
        meeting=date(2072, 2, 11), not_children=["Halima Rashid", "Gemma Birch", "Paula Kewley", "Mark Connolly",
                                                  "Priya Venkataraman"])

def knowsley_07():
    f = "knowsley_07.eml"; when = "2072-01-15 12:10:27"
    body = T("""
OFFICIAL - SENSITIVE

To: Knowsley MASH
From: Probation Service, Merseyside (Liverpool North PDU)
Re: Pre-release information sharing - Kyle DORAN

Dear colleagues,

I am the Probation Practitioner for Mr Kyle Doran, currently serving six years at HMP Kirkham for wounding with intent. The victim was his former partner, Ms Jodie Kavanagh; the offence was committed in a domestic context. His OASys assessment puts him at high risk of serious harm to a known adult (Ms Kavanagh) and medium to children.

Mr Doran's automatic release date is in late June, at the halfway point. He has told me he intends to apply to the family court for contact with his son, Mason Doran (DOB 12/10/2065). Mason lives with his maternal grandmother, Mrs Irene Kavanagh, under a Special Guardianship Order made in 2070. Mr Doran has had no contact with Mason, direct or indirect, since his arrest in 2069, and he has none now. Ms Kavanagh lives in Scotland and is not in contact with the family.

The licence conditions I will propose are: no contact with Ms Kavanagh, Mrs Kavanagh or Mason except as directed by a family court; an exclusion zone covering Kirkby; residence at approved premises in Liverpool for at least 12 weeks.

Nothing is requested of the MASH now. I am writing so the local authority knows about the release in good time, and to invite a representative to the MAPPA level 2 meeting in May (date to follow). Please reply to this address or ring me on 0151 496 0745.

Yours sincerely,

Ruth Abernethy-Sowande
Probation Practitioner, Liverpool North PDU
The Probation Service
""")
    top = plain_top(f, addr("Abernethy-Sowande, Ruth", "ruth.abernethy-sowande@probation.example.gov.uk"),
                    addr("Knowsley MASH", KMASH), "OFFICIAL-SENSITIVE: pre-release information sharing - DORAN",
                    when, "probation.example.gov.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "knowsley", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [],
        [ch("Mason Doran", "2065-10-12", "12/10/2065")],
        [], None, None, [], None, "human_review",
        "NEAR MISS - A RELEASE ONLY PLANNED FOR MONTHS AHEAD: a probation pre-release note about a man serving six "
        "years for wounding his ex-partner ('high risk of serious harm to a known adult'), due out in late June, who "
        "wants to apply for contact with his son; the boy lives safely with his grandmother under an SGO, has had no "
        "contact since 2069 and has none now; 'Nothing is requested of the MASH now'. No immediate risk -> not "
        "urgent. Information sharing, not a step request under " + S_KN + " -> kind other -> human_review. Mason "
        "named with DOB -> labelled. Concerns []: the violence is historic and the contact only a future "
        "application (a reader could argue domestic_abuse as background).",
        not_children=["Kyle Doran", "Jodie Kavanagh", "Irene Kavanagh", "Ruth Abernethy-Sowande"])

def knowsley_08():
    f = "knowsley_08.eml"; when = "2072-04-06 14:30:11"
    text = T("""
Hi Family First

Step down for Harley Whitfield (DOB 25/03/2066) and Sienna Mahmood (DOB 07/01/2070), ICS ID 2315560. I'd like a Family First case manager to come on a joint home visit next Wednesday 13th April at 10.30am at home - 7 Coppice Walk, Kirkby, L32 9ZT. A week today so plenty of time!

What are we worried about?
In January Sienna's dad, Imran Mahmood, was arrested for assaulting mum (Kirsty Whitfield) at home. He is on police bail with conditions not to contact mum or come to the address. The charging decision is expected in May. Harley (6) still has nightmares about that night.

What is working well?
Imran has kept to his bail conditions completely - no calls, no messages, no sightings. Police confirmed to me on Monday that there have been no breaches and mum says the same. Imran's mum has Sienna one afternoon a week at her own house and Imran is never there - mum and nan agreed this and the police know about it. Mum has worked with the IDVA every week and changed the locks. Harley's school say he is settling.

What needs to happen?
A Family First case manager to lead a TAF with school, the IDVA and the HV; the Freedom Programme for mum; play therapy referral for Harley.

Mum has said she'll think about Family First over the Easter holidays and let me know after - she's not keen on "more people coming round" but hasn't said no.

Thanks
Callum

Callum Ng
Social Worker, Assessment Team (Kirkby), Knowsley Council
07700 900 471

Sent from my iPhone
""")
    top = plain_top(f, addr("Ng, Callum", "Callum.Ng@" + KDOM), addr(None, KFF),
                    "Step down - Whitfield / Mahmood", when, KDOM, "iPhone Mail (21H120)")
    add(f, iphone_mail(f, top, text), "knowsley", "early_help_duty", when, 7,
        "near_miss", "step_down", False, None, ["2315560"],
        [ch("Harley Whitfield", "2066-03-25", "25/03/2066"), ch("Sienna Mahmood", "2070-01-07", "07/01/2070")],
        ["domestic_abuse"], None, None, ["consent"], False, "request_info",
        "NEAR MISS - BAIL CONDITIONS BEING KEPT: an arrest for assault, police bail, a charging decision in May - but "
        "the bail conditions have been kept completely (police confirmed no breaches), the father does not come to "
        "the house and his mother's afternoons with Sienna happen without him, as agreed: no current immediate risk. "
        "Knowsley step-down with no level written -> level null, treated as level 3 (REQUIREMENTS: 'A Knowsley "
        "step_down with no level stated is treated as level 3'; " + S_KN + " section 3 level 3: consent 'to the case "
        "being referred to Family First' and 'a minimum of 5 days' notice'). Consent: 'she'll think about Family "
        "First over the Easter holidays' -> not given -> null -> consent missing. Visit date/time/venue and the three "
        "headings are there. 'ICS ID 2315560' -> the bare number. NOTICE ACROSS EASTER, DECISIVE: from Wed 6 April "
        "('a week today') to Wed 13 April = Thu 7, Tue 12, Wed 13 = 3 working days (Good Friday and Easter Monday "
        "excluded; 5 plain weekdays) < 5 -> notice not ok. iPhone mail (format=flowed). Concern: domestic_abuse "
        "(the current worry the plan addresses).",
        meeting=date(2072, 4, 13), not_children=["Imran Mahmood", "Kirsty Whitfield", "Callum Ng"])


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
REH = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2072-01-12 16:10:44"
    body = T("""
Dear MASH,

Please find attached the latest case summary for Mila Novak (DOB 08/08/2062) and her brother Theo Ashworth-Novak (DOB 21/02/2068), Mosaic ID 2741183. The rationale for stepping up is below. I have agreed this step up following supervision with their Early Help worker, Grace Okoye, this afternoon.

Rationale for step up
Mum, Katarina Novak, began a relationship with Dwayne Pratt in the autumn and he moved into the flat in November. In December the police made a disclosure to mum under the Domestic Violence Disclosure Scheme: Mr Pratt has two convictions for assaulting previous partners. Mum decided he should stay. Since then the police have been called once (19 December, neighbours reporting shouting; no arrest, no injuries seen), Mila has told Grace that she "puts her headphones on" when they argue at night, and her attendance has fallen to 85%. Theo's nursery describe him as more clingy. Mum has engaged with Early Help but will not discuss Mr Pratt and has cancelled the last two joint sessions with the IDVA. Early Help cannot assess what is happening in the home without a statutory assessment.

Mum does not agree with the step up. She says the disclosure was "old news" and that Dwayne has changed. I told her on Monday that we would be asking the MASH to consider it.

There is no suggestion of any incident since 19 December and we have no concern about the children's safety tonight; the step up is for an assessment.

Kind regards,

Hannah Sadiq-Lawrence
Early Help Team Manager | Wandsworth North | Richmond and Wandsworth
020 7946 0574

""") + RDISC
    summary = docx_att("Case summary - Novak - Jan 2072.docx", [
        "# Early Help case summary",
        "Family: Novak / Ashworth-Novak. Mosaic ID 2741183. Early Help worker: Grace Okoye.",
        "Children: Mila Novak (DOB 08/08/2062), Theo Ashworth-Novak (DOB 21/02/2068).",
        "Open to Early Help since: 14/09/2071 (school referral: Mila's lateness and tiredness).",
        "Household: mum Katarina Novak; mum's partner Dwayne Pratt (since November 2071). Theo's father, "
        "Liam Ashworth, lives in Kingston and has Theo alternate weekends, collecting from nursery on Fridays.",
        "Work done: 10 home visits, 3 TAF meetings, IDVA introduced in December, parenting course (mum attended 4 "
        "of 6 sessions).",
        "Latest TAF (05/01/2072): school report Mila's attendance 85%; nursery report Theo clingy and tearful at "
        "drop-off; mum declined to discuss her relationship.",
    ])
    top = outlook_top(f, addr("Sadiq-Lawrence, Hannah", "Hannah.Sadiq-Lawrence@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Novak / Ashworth-Novak - Mosaic 2741183", when)
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["2741183"],
        [ch("Mila Novak", "2062-08-08", "08/08/2062"), ch("Theo Ashworth-Novak", "2068-02-21", "21/02/2068")],
        ["domestic_abuse", "school_attendance"], False, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up from the Early Help Team Manager (" + S_RW + " 'Process to Step Up': "
        "'the Early Help Team Manager will email the MASH: Step Up email ... with the latest case summary and the "
        "rationale'; REQUIREMENTS richmond_wandsworth step_up): case summary attached (.docx), rationale under its "
        "heading -> nothing missing -> book_meeting (stepbot invites to the case discussion within 1 WD). 'I have "
        "agreed this step up' (the sender is the team manager) -> manager true. 'Mum does not agree with the step up' "
        "-> consent false (not required for this kind). A new partner with disclosed convictions moved in; one "
        "call-out in December, nothing since, 'no concern about the children's safety tonight' -> not urgent. Two "
        "surnames. 'Mosaic ID 2741183' -> bare number. Concerns: domestic_abuse; 85% -> school_attendance.",
        not_children=["Katarina Novak", "Dwayne Pratt", "Grace Okoye", "Hannah Sadiq-Lawrence", "Liam Ashworth"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2072-01-28 21:52:30"
    text = T("""
I'm really sorry to send this here, it's the only MASH address I've got on my phone and I can't find the out of hours number. I'm not at work.

Chantelle Achterberg (mum, open to me at Early Help) has just sent me these texts. Ruby Achterberg is 2 (DOB 30/06/2069). Ruby's dad is Jamie Ross. Chantelle got a non-molestation order against him in November - he isn't allowed within 100m of the flat (12 Caspian House, Battersea). I've texted her back to ring 999 again and keep the door locked.

Can someone please call her on 07700 900 236.

Tasha Mbeki
Early Help Practitioner, Battersea

----- texts from Chantelle, 21:31 - 21:44 -----
21:31 hes here
21:32 hes banging on the door tasha. hes been drinking
21:35 he says hes taking ruby to his mums tonight and i cant stop him
21:37 the non mol says he cant come here, i rang police they said theyll send someone
21:41 hes kicking the door. ruby is screaming
21:44 no one has come yet
""")
    top = plain_top(f, addr("Tasha Mbeki", "Tasha.Mbeki@" + RDOM), addr(None, RSU),
                    "Fwd: texts from Chantelle", when, RDOM, "iPhone Mail (21H120)")
    add(f, iphone_mail(f, top, text), "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Ruby Achterberg", "2069-06-30", "30/06/2069")],
        ["domestic_abuse"], None, None, [], None, "alert_duty",
        "A NON-MOLESTATION ORDER BEING BROKEN RIGHT NOW, FORWARDED AT NIGHT FROM A PHONE: a mother's texts "
        "(21:31-21:44) say the father, drunk, is kicking the door, says he is taking the 2-year-old tonight, and "
        "police have not come. Immediate risk out of hours (DESIGN safety rule 1: the Emergency Duty Team at night) "
        "-> alert_duty. An Early Help practitioner forwarding texts to the only MASH address she has is not the "
        "step-up " + S_RW + " describes (immediate child protection concerns are telephoned to the MASH, not stepped "
        "up) -> kind other. No alarm word. Concern: domestic_abuse. No case id.",
        not_children=["Chantelle Achterberg", "Jamie Ross", "Tasha Mbeki"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2072-02-29 10:02:15"
    body = T("""
Dear Early Help duty team,

Further to my call with Jasper Quint this morning, I'm confirming the step-down case discussion we agreed for Kofi Mensah-Byrne (DOB 29/02/2064 - it's his 8th birthday today!) and his sister Ama Byrne (DOB 13/05/2066), Mosaic 2650049:

Thursday 3rd March at 2pm, on Teams.

The latest case summary (PDF) and the draft plan for Early Help (Word) are attached.

The children were on child protection plans until November because of their father's drug dealing from the family home. Daniel Byrne was sent to prison in 2070 and released on licence in December. Since then he has seen the children every Saturday afternoon at his mother's house in Tooting, supervised by her, as agreed at the final child protection conference. He has never been alone with them, his licence has been kept and his probation officer reports no concerns. Ms Mensah does not want him back in the home and he has not asked to be.

What we are still worried about is Ms Mensah's anxiety, which is much better but not gone, and Kofi's communication: he is waiting for an autism assessment and his EHCP needs assessment has started.

Ms Mensah has consented to Early Help carrying on the plan, and Kofi and Ama are happy to keep seeing Ebony Clarke (Family Support Worker, Southfields Children's Centre), who has agreed to be lead professional. My team manager, Rachel Obi, agrees with the step down and will join the discussion.

Kind regards,
Tomasz Wieczorek
Social Worker | Child in Need Team (Wandsworth) | Richmond and Wandsworth
020 7946 0812

""") + RDISC
    summ = pdf_att("Case summary - Mensah-Byrne - 29.02.2072.pdf", "Case summary (Mosaic 2650049)", [
        "Children: Kofi Mensah-Byrne (29/02/2064), Ama Byrne (13/05/2066). Mother: Abena Mensah.",
        "History: CP plans (neglect / drug supply from the home) March 2070 - November 2071.",
        "Father: Daniel Byrne, released on licence December 2071; supervised contact at the paternal",
        "grandmother's home on Saturdays; no concerns reported by her or by probation.",
        "Current: CIN plan; mum's anxiety improving (Talking Therapies); Kofi on the autism pathway.",
        "Recommendation: step down to Early Help with Ebony Clarke as lead professional."])
    plan = docx_att("Draft Early Help plan - Mensah-Byrne.docx", [
        "# Draft plan for Early Help",
        "Lead professional: Ebony Clarke, Family Support Worker, Southfields Children's Centre",
        "1. Mum to continue Talking Therapies; EH worker to check in fortnightly.",
        "2. Nursery and school to support Kofi's communication; SENCo to chase the EHCP needs assessment.",
        "3. Saturday contact to stay at the paternal grandmother's, supervised by her; any change to go to a TAF.",
        "4. Review meeting within 4 weeks of handover."])
    top = outlook_top(f, addr("Wieczorek, Tomasz", "Tomasz.Wieczorek@" + RDOM), addr("Early Help Duty", REH),
                      "Step down case discussion Thurs 3rd March 2pm - Mensah-Byrne / Byrne", when,
                      cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    add(f, mail(f, top, body, [summ, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 3,
        "near_miss", "step_down", False, None, ["2650049"],
        [ch("Kofi Mensah-Byrne", "2064-02-29", "29/02/2064"), ch("Ama Byrne", "2066-05-13", "13/05/2066")],
        ["disability_send", "parental_mental_health"], True, True, [], None, "book_meeting",
        "NEAR MISS - A FATHER OUT OF PRISON ON LICENCE WHOSE CONTACT IS SUPERVISED BY HIS MOTHER: prison, child "
        "protection plans and drug dealing are here, but the plans ended in November, he has never been alone with "
        "the children, the licence is kept and he is not returning home: no current risk. Complete Richmond & "
        "Wandsworth step-down (" + S_RW + " 'Process to Step Down': 'agree a time for a case discussion within 5 "
        "days of this contact - confirming this by email with the latest case summary and the draft plan'; "
        "'The allocated social worker should gain consent'; REQUIREMENTS richmond_wandsworth step_down): summary "
        ".pdf + draft plan .docx, 'has consented to Early Help carrying on the plan' -> consent true -> nothing "
        "missing -> book_meeting ('Thursday 3rd March at 2pm' is within 5 days of Monday 29 February). 'agrees with "
        "the step down' -> manager true. LEAP DAY: sent Monday 29 February 2072, a child born 29/02/2064 (8 today). "
        "Concerns: autism pathway / EHCP -> disability_send; mum's anxiety -> parental_mental_health.",
        not_children=["Daniel Byrne", "Ebony Clarke", "Rachel Obi", "Tomasz Wieczorek", "Jasper Quint"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2072-03-09 12:56:40"
    comment = ("Sorry, I can't join at 2pm - I need to stay at Larkhall Primary. Leah Markham's stepdad, Craig "
               "Dunmore, who is on police bail not to contact Leah or her mum since he assaulted mum last month, "
               "walked into the playground at lunch and told Leah he is picking her up after school and she is "
               "going to live with him now. The head has Leah in her office, mum's phone is off and the police "
               "haven't come yet. School finishes at 3.15. Please can someone from MASH ring the head, Mrs Okafor, "
               "on 020 7946 0188. Niamh")
    add(f, itip_reply(f, when, "Niamh Farrelly", "Niamh.Farrelly@" + RDOM,
                      ("MASH Step Up", RSU), "DECLINED",
                      "Step-up case discussion - Markham (Mosaic 2803316) [SB-richmond_wandsworth-3352]",
                      "20720309T140000", "20720309T150000", "Microsoft Teams Meeting", comment=comment,
                      to_name="MASH Step Up"),
        "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "meeting_reply", True, None, ["2803316"],
        [ch("Leah Markham")],
        ["domestic_abuse"], None, None, [], None, "alert_duty",
        "URGENT IN A MEETING REPLY'S COMMENT: an Outlook iTIP REPLY (PARTSTAT=DECLINED) to stepbot's step-up case "
        "discussion invitation, whose comment (text body and COMMENT property) says the stepdad on police bail not to "
        "contact the girl or her mother came into the playground and told her he is taking her after school today; "
        "mum unreachable, police not yet there, school ends at 3.15. DESIGN safety rule 1 ('a meeting reply's "
        "comment' is read) -> urgent -> alert_duty, before record_reply. Child named in full in the comment, no "
        "DOB. Case id from the SUMMARY 'Mosaic 2803316' -> bare number. Concern: domestic_abuse (bail after an "
        "assault on mum). The invitation came from the MASH Step Up inbox (the organizer), so the reply goes there "
        "-> mailbox mash_step_up.",
        not_children=["Craig Dunmore", "Niamh Farrelly"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2072-02-15 08:02:19"
    body = T("""
Thank you for your email. I am on leave for the February half term and back on Monday 22nd February.

If your email is about a child at immediate risk please ring the MASH on 020 7946 0321 or, out of hours, the Emergency Duty Team on 020 7946 0999. In an emergency ring 999.

For step-down queries please contact the Early Help duty team on EarlyHelpDuty@richmondandwandsworth.gov.uk.

Yetunde Bamgbose
Social Worker | Child in Need Team (Richmond)
""")
    top_to = addr("Early Help Duty", REH)
    add(f, ooo(f, when, "Yetunde Bamgbose", "Yetunde.Bamgbose@" + RDOM, top_to,
               "[SB-richmond_wandsworth-3307] Step down received - Farah / Collins", body),
        "richmond_wandsworth", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Out-of-office auto-reply (Auto-Submitted: auto-replied, X-Auto-Response-Suppress, 'Automatic reply:' on "
        "stepbot's acknowledgement [SB-richmond_wandsworth-3307]) -> kind auto_reply -> ignore (DESIGN safety rule "
        "2, RFC 3834: never answered). Its 'immediate risk ... ring 999' is boilerplate about no child -> not "
        "urgent. Half-term leave over a weekday.")

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2072-03-17 11:31:05"
    body = T("""
Dear Sir or Madam,

Please find attached our request for safeguarding information in the private law case below. I apologise if this inbox is not the right one; our usual contact at the council has left.

Kind regards,

Odette Fairweather-Njoku
Family Court Adviser, Cafcass (South London)
""")
    letter = pdf_att("Cafcass safeguarding enquiry - STOKES - 17.03.2072.pdf", "Cafcass - request for local "
                     "authority safeguarding information", [
        "Court: Family Court sitting at Wandsworth. Case number: WD72P00318. Cafcass ref: CF-SL-44170.",
        "Applicant: Mr Ryan Stokes (father). Respondent: Ms Leanne Hughes (mother).",
        "Application: C100 for a child arrangements order (spending time with the children).",
        "Children: Poppy Stokes (DOB 05/09/2064) and Alfie Hughes-Stokes (DOB 22/01/2067).",
        "First Hearing Dispute Resolution Appointment: listed for 19 May (not yet heard).",
        "Police checks: two call-outs in 2069 (verbal arguments, no offences recorded); a non-molestation",
        "order against Mr Stokes, made in 2069, expired in 2070 with no breaches recorded.",
        "Mr Stokes has not seen the children since September 2071 by agreement between the parents.",
        "The children live with their mother; we are not aware of any current concerns.",
        "We ask the local authority to tell us within 17 working days whether the family is or has been known,",
        "and to share any information relevant to the risk of harm to the children.",
        "Nothing in this letter asks the local authority to take any action now."])
    top = outlook_top(f, addr("Fairweather-Njoku, Odette", "odette.fairweather-njoku@cafcass.example.gov.uk"),
                      addr("MASH Step Up", RSU), "Safeguarding enquiry - STOKES - WD72P00318", when,
                      mid_domain="AM9P191MB1177.EURP191.PROD.OUTLOOK.COM")
    add(f, mail(f, top, body, [letter]), "richmond_wandsworth", "mash_step_up", when, 4,
        "near_miss", "other", False, None, [],
        [ch("Poppy Stokes", "2064-09-05", "05/09/2064"), ch("Alfie Hughes-Stokes", "2067-01-22", "22/01/2067")],
        [], None, None, [], None, "human_review",
        "NEAR MISS - A PRIVATE LAW SAFEGUARDING LETTER ABOUT A HEARING IN MAY: 'risk of harm', 'non-molestation "
        "order', police call-outs - all from 2069-2070, the order expired with no breaches, the father has not seen "
        "the children since September, the children live with their mother, 'not aware of any current concerns', "
        "and the first hearing is two months away: no current risk. Sent to the step-up inbox by mistake: not a "
        "step-up under " + S_RW + " -> kind other -> human_review. The court number WD72P00318 and Cafcass ref are "
        "not case-system ids -> case_ids []. Children named with DOBs (only in the PDF letter) -> labelled. "
        "Concerns []: historic.",
        not_children=["Ryan Stokes", "Leanne Hughes", "Odette Fairweather-Njoku"],
        names_only_in_attachments=True)

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2072-03-22 11:12:58"
    body = T("""
Dear MASH colleagues,

Please find attached the latest case summary and the rationale for stepping the Fairbanks family up to Children's Services (Mosaic 2819934). I have agreed this step up following supervision with Noah's Early Help worker, Sophie Lund, this morning.

Sophie and I are both available for the case discussion tomorrow or Thursday.

Many thanks,

Funmilayo Adeyinka
Early Help Team Manager | Richmond | Richmond and Wandsworth
020 7946 0437

""") + RDISC
    summ = docx_att("Case summary - Fairbanks - 22.03.2072.docx", [
        "# Early Help case summary - Fairbanks",
        "Mosaic 2819934. Child: Noah Fairbanks-Oyelowo, DOB 14/12/2067 (4). Mother: Jess Fairbanks.",
        "Early Help worker: Sophie Lund. Open since 02/11/2071 (nursery referral: speech delay, missed sessions).",
        "Noah's father, Marcus Oyelowo, was convicted in 2070 of making indecent images of children. He is on the "
        "sex offenders register and subject to a Sexual Harm Prevention Order that forbids any unsupervised contact "
        "with a child under 18. Mum separated from him in 2070 and told us in November he was not in her life.",
        "January to March: nursery have seen a man matching Marcus's description at drop-off twice; mum denied it.",
        "Work done: 9 home visits, 2 TAF meetings, speech and language referral, nursery funding.",
        "Update added 22/03/2072 10.50 (Sophie Lund): Jess rang me at 10.40. Marcus stayed at the flat last night. "
        "At 9am he took Noah out on his own, saying they were going to the park. They are not back, Marcus's phone "
        "is off and Jess does not know where they are. She is at the flat.",
    ])
    rat = pdf_att("Rationale for step up - Fairbanks.pdf", "Rationale for step up - Fairbanks (Mosaic 2819934)", [
        "Mum has resumed a relationship with Noah's father, who is subject to a Sexual Harm Prevention Order,",
        "and has hidden it from Early Help and from nursery. Early Help cannot assess or manage this.",
        "We are asking for a statutory assessment under section 47 / section 17 as the MASH decides."])
    top = outlook_top(f, addr("Adeyinka, Funmilayo", "Funmilayo.Adeyinka@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Fairbanks - Mosaic 2819934", when)
    add(f, mail(f, top, body, [summ, rat], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["2819934"],
        [ch("Noah Fairbanks-Oyelowo", "2067-12-14", "14/12/2067")],
        ["sexual_harm"], None, True, [], None, "alert_duty",
        "URGENT ONLY IN THE ATTACHMENT: a short, routine covering mail ('Please find attached the latest case "
        "summary and the rationale'); the case summary's last entry, added at 10.50 today, says a father on the sex "
        "offenders register under a Sexual Harm Prevention Order forbidding unsupervised contact took the 4-year-old "
        "out alone at 9am and they have not come back, his phone off. DESIGN safety rule 1 ('Every part of every "
        "message is read ... attachments') -> urgent -> alert_duty. The step-up itself is complete (" + S_RW + " "
        "'Process to Step Up'; REQUIREMENTS: case summary .docx, rationale .pdf) and 'I have agreed this step up' "
        "from the team manager -> manager true; consent not mentioned -> null. 'Mosaic 2819934' -> bare number. "
        "Noah's full name and DOB only in the attachments. Concern: sexual_harm.",
        not_children=["Marcus Oyelowo", "Jess Fairbanks", "Sophie Lund", "Funmilayo Adeyinka"],
        names_only_in_attachments=True)

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2072-01-14 15:46:02"
    ack = ack_text("step-down", "SB-richmond_wandsworth-3291",
                   ["Family: Adebayo-Lindqvist / Lindqvist", "Case: 2755102",
                    "Children: Femi Adebayo-Lindqvist (DOB 03/06/2063), Astrid Lindqvist (DOB 27/11/2066)",
                    "Case discussion: not yet agreed - please agree a time with the Early Help duty team manager "
                    "within 5 days of your contact"],
                   ["The draft plan for Early Help", "Confirmation that the family consent to Early Help "
                    "continuing the plan"])
    body = T("""
Hi,

Draft Early Help plan attached. I saw Mr Adebayo and Ms Lindqvist together at school on Tuesday and they both consented to Early Help continuing the plan. I've agreed the case discussion with Jasper for Monday 18th at 10am.

For the plan: the children now split the week between their parents (Mon-Wed with mum, Thu-Sun with dad). Handovers are at school, so the parents don't need to meet, and that has stopped the arguments that brought the family to us.

Best wishes,
Maryam Haddad
Social Worker, Richmond
""")
    plan = docx_att("Draft EH plan - Adebayo-Lindqvist.docx", [
        "# Draft plan for Early Help - Adebayo-Lindqvist / Lindqvist",
        "1. Shared care timetable to continue; handovers at school on Mondays and Thursdays.",
        "2. Parenting Apart programme for both parents (referral made).",
        "3. School to monitor Femi's friendships and Astrid's reading.",
        "4. Review meeting within 4 weeks of handover, chaired by the Early Help manager."])
    top = outlook_top(f, addr("Haddad, Maryam", "Maryam.Haddad@" + RDOM), addr("Early Help Duty", REH),
                      "RE: [SB-richmond_wandsworth-3291] Step down received - Adebayo-Lindqvist", when)
    add(f, mail(f, top, body + quote("Early Help Duty <%s>" % REH, "14 January 2072 09:12",
                                    "Haddad, Maryam <Maryam.Haddad@%s>" % RDOM,
                                    "[SB-richmond_wandsworth-3291] Step down received - Adebayo-Lindqvist", ack),
                [plan], html_alt=True),
        "richmond_wandsworth", "early_help_duty", when, 5,
        "ordinary", "follow_up", False, None, ["2755102"],
        [ch("Femi Adebayo-Lindqvist", "2063-06-03", "03/06/2063"), ch("Astrid Lindqvist", "2066-11-27", "27/11/2066")],
        [], True, None, [], None, "attach_to_request",
        "FOLLOW-UP to [SB-richmond_wandsworth-3291] bringing what the acknowledgement listed as missing for a "
        "Richmond & Wandsworth step-down (" + S_RW + " 'Process to Step Down': the draft plan; 'gain consent'): the "
        "draft plan (.docx) and 'they both consented to Early Help continuing the plan' -> consent true -> "
        "attach_to_request (missing [] for a follow-up). Children and case id from the quoted acknowledgement. "
        "Shared care with handovers at school is an arrangement that works, not a worry -> concerns [].",
        not_children=["Maryam Haddad"])


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2072-01-20 10:31:26"
    blocks = [
        "Dear Early Help Hub,",
        "",
        "Following the Child and Family Assessment (concluded 13/01/2072) and the final CIN review on 14/01/2072, I am "
        "stepping the children below down to a Team Around the Family. The children have different surnames, as is "
        "usual in their family.",
        "",
        ("table", [
            ["Name", "Date of birth", "School"],
            ["Ayaan Miah", "03/03/2060", "Stepney Green Secondary (Year 7)"],
            ["Tasnim Begum", "18/10/2062", "Osmani Primary (Year 4)"],
            ["Rahim Uddin", "27/05/2069", "Osmani Primary nursery"],
        ]),
        "",
        "Mosaic ID: 1873390",
        "",
        "Both parents, Mr Abdul Miah and Mrs Rokeya Begum, consented to the step down at the final CIN review. "
        "Rubina Chowdhury, Family Support Worker at Osmani Primary School, has agreed to be the Lead Practitioner. "
        "My manager, Grace Whitcombe, has signed off the step down on Mosaic.",
        "",
        "I will chair the TAF meeting on {{Tuesday 26th January at 10am at Osmani Primary School}}.",
        "",
        ("h", "Summary"),
        "The family were referred in October when Mrs Begum's multiple sclerosis relapsed and Ayaan (11) was found to "
        "be doing most of the care for her and for Rahim. Mr Miah was in Bangladesh for 18 months caring for his own "
        "father; he came home on 2 January and has taken over the school runs. Mrs Begum's parents collect Tasnim and "
        "Rahim from school on Wednesdays and Fridays. Ayaan still helps his mother more than a boy of his age should "
        "and has been referred to the young carers' project.",
        "",
        "Attached: the Child and Family Assessment (PDF) and the TAF plan (Word).",
        "",
        "Shahana Akhtar",
        "Social Worker | Children's Social Care (Bow & Poplar) | London Borough of Tower Hamlets",
        "020 7946 0771",
        "",
        TDISC.strip(),
    ]
    cfa = pdf_att("C&F Assessment - Miah Begum Uddin - 13.01.2072.pdf", "Child and Family Assessment - summary", [
        "Mosaic ID 1873390. Children: Ayaan Miah (03/03/2060), Tasnim Begum (18/10/2062), Rahim Uddin (27/05/2069).",
        "Assessment concluded: 13/01/2072. Outcome: step down to a TAF with a Lead Practitioner.",
        "Analysis: the children are well cared for now that father is home; the remaining need is support for",
        "mother's illness and for Ayaan as a young carer."])
    plan = docx_att("TAF plan - Miah Begum Uddin.docx", [
        "# TAF plan", "Lead Practitioner: Rubina Chowdhury, Family Support Worker, Osmani Primary School",
        "1. Young carers' project assessment for Ayaan (referral made 10/01/2072).",
        "2. Adult social care review of Mrs Begum's care package.",
        "3. Grandparents' Wednesday and Friday collections to continue.",
        "4. TAF review in 6 weeks."])
    top = outlook_top(f, addr("Akhtar, Shahana", "Shahana.Akhtar@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to TAF - Miah / Begum / Uddin - Mosaic 1873390", when)
    add(f, word_mail(f, top, blocks, [cfa, plan]), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["1873390"],
        [ch("Ayaan Miah", "2060-03-03", "03/03/2060"), ch("Tasnim Begum", "2062-10-18", "18/10/2062"),
         ch("Rahim Uddin", "2069-05-27", "27/05/2069")],
        ["young_carer"], True, True, [], None, "book_meeting",
        "Complete Tower Hamlets step-down (" + S_TH + " 'Stepping Down - From Child Protection/Child in Need' and "
        "'Definitions': the C&F Assessment and TAF plan shared, consent sought, a Lead Practitioner identified; "
        "REQUIREMENTS tower_hamlets step_down): assessment (.pdf), TAF plan (.docx), 'consented to the step down' "
        "-> consent true, lead practitioner named with her agency -> nothing missing -> book_meeting. Three "
        "children, three surnames, in a Word table. 'signed off the step down' -> manager true. A father back from "
        "abroad and grandparents collecting from school: ordinary. Concern: Ayaan caring for his mother -> "
        "young_carer (mum's MS is a physical illness, not parental_mental_health).",
        not_children=["Abdul Miah", "Rokeya Begum", "Rubina Chowdhury", "Grace Whitcombe", "Shahana Akhtar"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2072-02-02 09:52:48"
    body = T("""
Dear MAST,

Please find attach the MARF for Zain Hassan (DOB 11/11/2068) and his sister Hodan Ali (DOB 02/04/2071). I am the Targeted Early Help practitioner for this family since September. My manager Kamal Uddin agree this step up yesterday in supervision.

Reason for step up: mum (Sahra Ali) is very low since Hodan was born, she is not eating, the flat is very cold because the meter is empty, and Zain is missing nursery two or three days every week.

But also today I must tell you this. At the home visit this morning (9am) mum told me her ex husband Tariq Hassan is staying in the flat since Saturday. He came out from prison on licence in December. The licence say he must not contact her or the children. He was in prison because he hurt mum very badly in 2069 when she was pregnant with Hodan. Mum say he is collecting Zain from nursery today at 12 o'clock and taking him to his brother flat in Stratford for the night. She is scared to say no to him. She ask me not to tell anybody, so I did not tell her I am writing to you.

I am back in the office now. My mobile 07700 900 655.

Ifrah Warsame
Targeted Early Help Practitioner
London Borough of Tower Hamlets

""") + TDISC
    marf = pdf_att("MARF - Hassan Ali - 01.02.2072.pdf", "Multi-Agency Request for Support (MARF)", [
        "Children: Zain Hassan (11/11/2068), Hodan Ali (02/04/2071). Address: Shadwell, E1.",
        "Referrer: Ifrah Warsame, Targeted Early Help. Manager: Kamal Uddin (agreed 01/02/2072).",
        "Reason: mother's low mood since the birth; no gas or electricity some days; Zain's nursery attendance",
        "below 60% this term. Father of both children is not in contact (in prison until December 2071).",
        "Parental consent: not discussed yet."])
    notes = txt_att("visit notes 02-02.txt", T("""
home visit 02/02 9am - mum very quiet, Hodan in same nappy as yesterday.
mens shoes and jacket by door. mum says T staying since sat. licence - no contact.
T collecting Zain from nursery 12pm today, taking to brother in Stratford overnight.
mum frightened, asked me not to tell. told manager 9.40.
"""))
    top = outlook_top(f, addr("Warsame, Ifrah", "Ifrah.Warsame@" + TDOM), addr("MAST", TMAST),
                      "Step up - Zain Hassan and Hodan Ali", when)
    add(f, mail(f, top, body, [marf, notes], html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, [],
        [ch("Zain Hassan", "2068-11-11", "11/11/2068"), ch("Hodan Ali", "2071-04-02", "02/04/2071")],
        ["domestic_abuse", "neglect", "parental_mental_health", "school_attendance"], None, True, [], None,
        "alert_duty",
        "A MAN ON LICENCE, BANNED FROM ANY CONTACT, COLLECTING A 3-YEAR-OLD FROM NURSERY AT NOON FOR AN OVERNIGHT "
        "STAY: the father, released in December after badly hurting the mother while she was pregnant, has been "
        "living in the flat since Saturday against his licence and is taking Zain from nursery at 12 today to stay "
        "the night elsewhere; mum too frightened to refuse. Written by a practitioner whose first language is not "
        "English. Immediate risk today -> alert_duty (" + S_TH + " 'If there is an immediate child protection "
        "concern, contact MAST (0207 364 5606/5601 ...)'). The Tower Hamlets step-up (REQUIREMENTS tower_hamlets "
        "step_up) has the MARF attached (.pdf) and 'My manager ... agree this step up' -> manager true -> nothing "
        "missing. Consent: 'I did not tell her I am writing to you' (the MARF: 'not discussed yet') -> null. Also a "
        ".txt of visit notes. Concerns: domestic_abuse; cold flat, dirty nappy -> neglect; mum's low mood -> "
        "parental_mental_health; nursery attendance -> school_attendance.",
        not_children=["Sahra Ali", "Tariq Hassan", "Kamal Uddin", "Ifrah Warsame"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2072-02-05 16:22:37"
    ack = ack_text("step-up", "SB-tower_hamlets-1140",
                   ["Family: Sutton", "Children: Lily-Mai Sutton (DOB 07/07/2064)",
                    "MAST discussion: Wednesday 10 February 2072, 14:00 (Microsoft Teams)"], [])
    body = T("""
Hello MAST,

An update on the Sutton referral I sent on Thursday, please add it to the request.

The neighbour's report that a registered sex offender was with mum and Lily-Mai at the school gate on Wednesday has been checked by the police. The man was mum's brother, Dean Sutton, who has no convictions at all. The registered offender the neighbour named, Dean Sutherland, lives in Kent, is managed by MAPPA there and has no link to this family. PC Oduya (Safer Schools) confirmed this to me and to the school today, and the school has told the neighbour's family the rumour is untrue. So there is no sex offender concern for Lily-Mai.

Mum is very upset about the rumour. I'd still like the MAST discussion on Wednesday to go ahead for the reasons in my referral - the state of the flat and Lily-Mai's attendance (83% this term).

Thanks,
Jack Pemberton-Ali
Targeted Early Help Practitioner, Tower Hamlets
""")
    top = outlook_top(f, addr("Pemberton-Ali, Jack", "Jack.Pemberton-Ali@" + TDOM), addr("MAST", TMAST),
                      "RE: [SB-tower_hamlets-1140] Step up received - Sutton", when)
    add(f, mail(f, top, body + quote("MAST <%s>" % TMAST, "04 February 2072 11:03",
                                    "Pemberton-Ali, Jack <Jack.Pemberton-Ali@%s>" % TDOM,
                                    "[SB-tower_hamlets-1140] Step up received - Sutton", ack), html_alt=True),
        "tower_hamlets", "mash_step_up", when, 3,
        "near_miss", "follow_up", False, None, [],
        [ch("Lily-Mai Sutton", "2064-07-07", "07/07/2064")],
        ["neglect", "school_attendance"], None, None, [], None, "attach_to_request",
        "NEAR MISS - A SEX OFFENDER 'SEEN WITH THE FAMILY' WHO WAS NOT: 'registered sex offender', 'MAPPA', 'no sex "
        "offender concern' - the police checked and the man was the child's uncle with no convictions; the named "
        "offender lives in Kent with no link. Ruled out, no current risk. FOLLOW-UP to [SB-tower_hamlets-1140] -> "
        "attach_to_request (missing [] for a follow-up; " + S_TH + " 'Step Up' via the MAST). Child and DOB from the "
        "quoted acknowledgement. Concerns: the flat -> neglect; 83% -> school_attendance; sexual_harm ruled out -> "
        "not labelled.",
        not_children=["Dean Sutton", "Dean Sutherland", "Jack Pemberton-Ali"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2072-03-01 19:41:55"
    body = T("""
Hello Early Help,

Please help me. I am grandmother of baby Imran Ahmed, he is 7 month old (born 26 July 2071). Since October the court say baby live with me, because my daughter Salma is in hospital (mental health). I have the paper from court.

Baby father Shafiq Ahmed come out from prison last week. Today at 4 o'clock he come to my house in Mile End, he push me on the floor and take the baby from my arms. He say he take him to his family in Birmingham and I will never see him. He drive away in a silver car.

Police came at 5.30, they say they will look for him but they say because he is the father maybe it is family matter for court. He was in prison for beating my daughter when she was pregnant. He does not know how to look after a baby. Baby has medicine for reflux and special milk, he has nothing with him.

Please somebody phone me tonight. 07700 900 418

Nasima Khatun
(my son Rafiq write this email for me)

Sent from Outlook for Android
""")
    top = plain_top(f, addr("Rafiq Rahman", "rafiq.rahman84@outlook.example.com"), addr(None, TEH),
                    "Please help baby taken", when, "outlook.example.com", None)
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "early_help_duty", when, 3,
        "urgent", "other", True, None, [],
        [ch("Imran Ahmed", "2071-07-26", "26 July 2071")],
        ["domestic_abuse", "missing"], None, None, [], None, "alert_duty",
        "A BABY SNATCHED THIS AFTERNOON BY A FATHER JUST OUT OF PRISON: a grandmother (English not her first "
        "language, her son typing) with a court order that the 7-month-old lives with her says the father, jailed "
        "for beating the mother while pregnant, pushed her over at 4pm, took the baby without his medicine or milk "
        "and said she would never see him again; police unsure it is their matter. Evening (19:41): the out-of-hours "
        "service is alerted (" + S_TH + ": 'out of hours in an emergency only 0207 364 4079'; DESIGN safety rule 1) "
        "-> urgent -> alert_duty. Sent to the Early Help Hub, the only address she found -> mailbox early_help_duty; "
        "a family member's plea, no step -> kind other. DOB written '26 July 2071'. Concerns: his violence (to mum "
        "and now to the grandmother) -> domestic_abuse; the baby's whereabouts unknown -> missing (physical_harm "
        "could be argued).",
        not_children=["Shafiq Ahmed", "Nasima Khatun"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2072-03-10 08:47:12"
    add(f, itip_reply(f, when, "Deborah Nwachukwu", "d.nwachukwu@osmani.example.sch.uk", ("MAST", TMAST),
                      "ACCEPTED", "MAST multi-agency discussion - Hassan / Ali [SB-tower_hamlets-1152]",
                      "20720311T100000", "20720311T110000", "Microsoft Teams Meeting", to_name="MAST"),
        "tower_hamlets", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY (text/calendar METHOD:REPLY, PARTSTAT=ACCEPTED) with an empty body, from a school DSL "
        "accepting stepbot's MAST discussion invitation [SB-tower_hamlets-1152] -> kind meeting_reply -> record_reply "
        "(DESIGN: attendees' replies are read back and recorded). The SUMMARY names the family only by surname -> "
        "no children, no case id.")

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2072-03-29 10:06:33"
    body = T("""
Hi,

I'm stepping Jamal and Keziah down to Early Help following the Child and Family Assessment. Please could you pass this to whoever takes step downs - I wasn't sure of the address.

Jamal Pierre - DOB 19/01/2061
Keziah Pierre-Lewis - DOB 08/08/2066
Mosaic: 2264158

I will chair the TAF meeting on Wednesday 6th April at 3.30pm at Bow Secondary School. The TAF plan is attached. Marcia Fontaine, Learning Mentor at Bow Secondary School, has agreed to be the Lead Practitioner. Mum (Simone Pierre) consents to the step down and to the TAF.

The assessment is with my manager for sign-off and I'll send it as soon as it's authorised.

Background: the family came to us in October after Jamal's dad, Winston Pierre, assaulted mum during a contact handover. In November the family court made a prohibited steps order and a no-contact order against him. He has kept to them - no contact of any kind since October, confirmed by mum, both schools and the police - and he is now serving a prison sentence for an unrelated offence until next year. Keziah's dad, Andre Lewis, has her every other weekend, collecting from school on Fridays; that is going well and is in the plan.

Worries now: Jamal (11) is angry and withdrawn at school and his attendance is 89%.

Olu Bankole
Social Worker, Children's Social Care (Bow), Tower Hamlets
020 7946 0652

""") + TDISC
    plan = docx_att("TAF plan - Pierre Pierre-Lewis.docx", [
        "# TAF plan", "Lead Practitioner: Marcia Fontaine, Learning Mentor, Bow Secondary School",
        "1. School counsellor for Jamal, weekly from 11/04/2072.",
        "2. Attendance plan with the attendance officer.",
        "3. Keziah's weekend contact with her father to continue as now.",
        "4. TAF review in 6 weeks."])
    top = outlook_top(f, addr("Bankole, Olu", "Olu.Bankole@" + TDOM), addr("MAST", TMAST),
                      "Step down - Pierre / Pierre-Lewis", when)
    add(f, mail(f, top, body, [plan], html_alt=True), "tower_hamlets", "mash_step_up", when, 5,
        "near_miss", "step_down", False, None, ["2264158"],
        [ch("Jamal Pierre", "2061-01-19", "19/01/2061"), ch("Keziah Pierre-Lewis", "2066-08-08", "08/08/2066")],
        ["school_attendance"], True, None, ["assessment"], None, "request_info",
        "NEAR MISS - AN ORDER THAT IS BEING KEPT: an assault at a contact handover, a prohibited steps order, a "
        "no-contact order, prison - but the father has kept to the orders since October (confirmed by mum, schools "
        "and police) and is in prison; the other father's weekend contact is going well: no current risk. A "
        "step-down sent ON PURPOSE TO THE WRONG INBOX (the MAST step-up address; 'I wasn't sure of the address') -> "
        "mailbox mash_step_up, kind step_down by its content. Tower Hamlets step-down (" + S_TH + " 'Definitions': "
        "'The Allocated social worker to arrange and chair the TAF meeting'; REQUIREMENTS tower_hamlets step_down): "
        "TAF plan attached, 'consents to the step down' -> consent true, lead practitioner named with her agency; "
        "the assessment 'is with my manager for sign-off and I'll send it' -> assessment missing -> request_info. "
        "Manager not stated as agreeing -> null. Concern: 89% -> school_attendance.",
        not_children=["Winston Pierre", "Andre Lewis", "Simone Pierre", "Marcia Fontaine", "Olu Bankole"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2072-04-01 14:16:08"
    h = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi Early Help,</p>
<p>I'm a youth worker at the Limehouse Youth Hub (we're commissioned by the council). Safa Chowdhury (DOB 23/09/2057) comes to our Friday drop-in. At lunchtime today she told me, quite happily, that she is <b>staying at Jay's tonight and tomorrow</b> because her mum has gone to Luton for the weekend, and that her brother Rayhan Chowdhury (11) is sleeping at a school friend's.</p>
<p>"Jay" is Jason Kirby. He is 31. In December the police served him with a <b>Child Abduction Warning Notice</b> in respect of Safa, and the Safer Neighbourhood Team told the school and us so we would know his name. Safa says he is picking her up from outside the hub at 5pm.</p>
<p>I have rung mum twice with no answer. Safa has gone home to pack a bag. I'm at the hub until 6.</p>
<p>Femi Oladapo-Grant<br>Senior Youth Worker, Limehouse Youth Hub<br>07700 900 529</p>
</body></html>
""")
    top = outlook_top(f, addr("Femi Oladapo-Grant", "femi.oladapo-grant@limehouseyouthhub.example.org.uk"),
                      addr("Early Help Hub", TEH), "Safa Chowdhury - staying at Jay's tonight", when,
                      mid_domain="DB9PR02MB7711.eurprd02.prod.outlook.com")
    add(f, html_only(f, top, h), "tower_hamlets", "early_help_duty", when, 3,
        "urgent", "other", True, None, [],
        [ch("Safa Chowdhury", "2057-09-23", "23/09/2057"), ch("Rayhan Chowdhury")],
        ["exploitation", "sexual_harm"], None, None, [], None, "alert_duty",
        "A 14-YEAR-OLD STAYING TONIGHT WITH A MAN SERVED A CHILD ABDUCTION WARNING NOTICE ABOUT HER: a 31-year-old "
        "the police warned off her in December is collecting her at 5pm to stay two nights while her mother is away; "
        "mum not answering; Friday afternoon. Immediate risk today -> alert_duty (DESIGN safety rule 1; " + S_TH + " "
        "MAST contact for an immediate child protection concern). HTML-only mail (no text/plain) from a youth worker, "
        "no step -> kind other. Two children named in full: Safa (DOB) and Rayhan (age only, no DOB) -> both "
        "labelled; Rayhan's stay at a friend's is no concern. Concerns: a grooming adult -> exploitation and "
        "sexual_harm.",
        not_children=["Jason Kirby", "Femi Oladapo-Grant"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2072-01-13 13:02:50"
    body = T("""
Dear MAST,

I attach a Multi-Agency Request for Support for Chidi Okafor (DOB 16/08/2064) and Adaeze Okafor (DOB 05/03/2066).

Dad (Emmanuel Okafor) has had sole care since mum left for Nigeria in the summer. In December his new partner, Tanya Reid, moved in with her two teenage sons. Since then Chidi and Adaeze have come to school hungry most days, Adaeze has had the same uniform on all week twice, and Chidi told his teacher that he and his sister "have to stay in our room" when Tanya's sons are home. Attendance has fallen to 87% (Chidi) and 84% (Adaeze). Dad has stopped coming to Early Help appointments since Christmas.

Dad refused consent for the referral when I saw him this morning. He says the children are fine and the school is "making things up". I am sending it anyway because of the worries above.

My manager is on leave until Monday so I have not been able to discuss it with her, but I did not want to wait.

Kind regards,
Oluwaseun Dada-Reid
Targeted Early Help Practitioner, London Borough of Tower Hamlets
""") + TDISC
    marf = docx_att("Multi-Agency Request for Support - Okafor.docx", [
        "# Multi-Agency Request for Support (MARF)",
        "Children: Chidi Okafor (16/08/2064), Adaeze Okafor (05/03/2066).",
        "Parent / carer: Emmanuel Okafor (father, sole care). Also in the household: Tanya Reid and her two sons.",
        "Consent to this request: refused by father on 13/01/2072.",
        "Manager's agreement: not yet (manager on leave).",
        "Concerns: hunger, unwashed uniform, children confined to their room, attendance 87% / 84%.",
    ])
    top = outlook_top(f, addr("Dada-Reid, Oluwaseun", "Oluwaseun.Dada-Reid@" + TDOM), addr("MAST", TMAST),
                      "MARF - Okafor children", when)
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, [],
        [ch("Chidi Okafor", "2064-08-16", "16/08/2064"), ch("Adaeze Okafor", "2066-03-05", "05/03/2066")],
        ["neglect", "non_engagement", "school_attendance"], False, None, ["manager_agreed"], None, "request_info",
        "Tower Hamlets step-up through the MAST (" + S_TH + " 'Step Up' / 'Key Aspects of Step Up'; REQUIREMENTS "
        "tower_hamlets step_up: request_for_support, manager_agreed): the MARF is attached (.docx) but the manager "
        "has not been consulted ('My manager is on leave ... I have not been able to discuss it with her') -> "
        "manager null -> manager_agreed missing -> request_info. 'Dad refused consent for the referral' -> consent "
        "false (not a requirement for this kind). A new partner and her sons moved in: worrying but no immediate "
        "risk -> ordinary. Concerns: hunger, unwashed uniform -> neglect; dad stopped attending -> non_engagement; "
        "87% / 84% -> school_attendance.",
        not_children=["Emmanuel Okafor", "Tanya Reid", "Oluwaseun Dada-Reid"])


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2072-01-26 09:16:21"
    body = T("""
Good morning,

Please could I have a triage slot to step the children below down to level 3 Early Help? As two of them are under 5 I understand they will go to the under-5s triage.

Jake Trebilcock - 05/05/2062
Summer Yeo - 17/03/2068
Freddie Yeo - 10/10/2069
LCS-448210

The Single Assessment is attached; it includes my analysis and the rationale for stepping down, and my team manager, Sarah Pascoe, has recorded her manager's analysis confirming that the threshold for level 3 is met.

Mum (Kayla Yeo) has given her consent for level 3 Early Help - I went through it with her on Friday.

A note for triage about who looks after the children: their nan, Mrs Pat Trebilcock, collects all three from school and nursery on Tuesdays and Thursdays and they stay over at hers on Thursday nights while mum works a late shift at the hospital. Summer and Freddie's dad, Kieran Yeo, has them every other Sunday. Both arrangements are in the safety plan and have worked well for six months.

Many thanks,
Morwenna Penhaligon
Social Worker | Single Assessment Team | Torbay Council
01632 960 473

""") + BDISC
    sa = pdf_att("Single Assessment - Trebilcock Yeo - LCS-448210.pdf", "Single Assessment - summary and analysis", [
        "LCS-448210. Children: Jake Trebilcock (05/05/2062), Summer Yeo (17/03/2068), Freddie Yeo (10/10/2069).",
        "Reason for assessment: police notification (argument between mum and a former partner, August 2071).",
        "The former partner has moved to Bristol and has no contact; no further incidents.",
        "Social worker's analysis: needs remain around mum's debts, Jake's attendance (88%) and Freddie's speech.",
        "Rationale for step down: no further role for level 4; a coordinated level 3 response will meet the needs.",
        "Manager's analysis (Sarah Pascoe, Team Manager, 22/01/2072): I agree. Threshold met for level 3 intervention."])
    top = outlook_top(f, addr("Penhaligon, Morwenna", "Morwenna.Penhaligon@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - step down - Trebilcock / Yeo - LCS-448210", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["LCS-448210"],
        [ch("Jake Trebilcock", "2062-05-05", "05/05/2062"), ch("Summer Yeo", "2068-03-17", "17/03/2068"),
         ch("Freddie Yeo", "2069-10-10", "10/10/2069")],
        ["school_attendance"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down (" + S_TB + " 'Step down process from Single Assessment Team' steps 1-4: analysis "
        "on the Single Assessment, the manager's analysis confirming the level 3 threshold, consent sought, 'email "
        "Early Help inbox to request triage slot'; REQUIREMENTS torbay step_down): Single Assessment attached (.pdf), "
        "'recorded her manager's analysis confirming that the threshold for level 3 is met' -> manager true, 'has "
        "given her consent for level 3 Early Help' -> consent true -> book_meeting. Two children under 5 -> the "
        "fortnightly under-5s triage. 'level 3' -> level 3. Nan collecting and overnight stays, a father's Sundays: "
        "safe arrangements in the plan. Three children, two surnames. Concern: Jake 88% -> school_attendance.",
        not_children=["Kayla Yeo", "Pat Trebilcock", "Kieran Yeo", "Sarah Pascoe", "Morwenna Penhaligon"])

def torbay_02():
    f = "torbay_02.eml"; when = "2072-03-07 10:41:30"
    body = T("""
MASH

Contact / step up from level 3 for Kacey Pengelly (DOB 12/09/2067) and Bailey Pengelly (DOB 30/01/2064), EHM-71203. I'm their lead professional (Early Help).

Mum's new partner, Dean Carne, moved in with them at the weekend. This morning Kacey arrived at Little Harbour nursery with a round burn on the back of her left hand, about the size of a 5p. She told her key worker "Dean did it with his lighter cos I was naughty". Nursery photographed it and rang me at 9.50.

Mum is at work until 6 and has told nursery that Dean will collect Kacey at 3pm today and pick Bailey up from Roselands Primary at 3.15.

I've talked it through with my ATM, Silas Penrose, and we agree this needs looking at for level 4 now. I haven't spoken to mum about the contact yet.

Lowenna Hext
Early Help Practitioner | Paignton Hub | Torbay Council
07700 900 644

""") + BDISC
    top = outlook_top(f, addr("Hext, Lowenna", "Lowenna.Hext@" + BDOM), addr("MASH", BMASH),
                      "Pengelly children - EHM-71203", when, cc=addr("Penrose, Silas", "silas.penrose@" + BDOM))
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["EHM-71203"],
        [ch("Kacey Pengelly", "2067-09-12", "12/09/2067"), ch("Bailey Pengelly", "2064-01-30", "30/01/2064")],
        ["physical_harm"], None, True, ["consent"], None, "alert_duty",
        "A BURN FROM THE NEW PARTNER'S LIGHTER, AND THE SAME MAN COLLECTING AT 3: a 4-year-old says 'Dean did it with "
        "his lighter'; he moved in at the weekend and is to collect her from nursery at 3pm and her brother at 3.15 "
        "today. Immediate risk -> alert_duty. Torbay step-up, a contact to MASH by the lead professional (" + S_TB +
        " 'Step up processes from level 3 to level 4' 1-2; REQUIREMENTS torbay step_up: consent, manager_agreed): "
        "'we agree this needs looking at for level 4' (the ATM, copied) -> manager true; 'I haven't spoken to mum "
        "about the contact yet' -> consent null -> consent missing (urgent still wins: alert_duty). No alarm word. "
        "Concern: physical_harm.",
        not_children=["Dean Carne", "Silas Penrose", "Lowenna Hext"])

def torbay_03():
    f = "torbay_03.eml"; when = "2072-02-04 07:31:02"
    text = T("""
TORBAY SAFEGUARDING CHILDREN PARTNERSHIP - 7-MINUTE BRIEFING, FEBRUARY

WHO IS PICKING UP TODAY? Contact, collections and people who should not be there

1. Why it matters
Reviews keep finding the same thing: on the day a child was harmed, someone collected them who professionals knew should not - a parent just out of prison whose licence banned contact, a new partner nobody had checked, a registered sex offender introduced as "a friend of the family".

2. Case examples (fictional, composites for training only)
- Child A, 6: father released on licence with a no-contact condition waits at the school gate at home time. School ring the police and the MASH straight away and do not hand the child over.
- Child B, 3: nursery are told mum's new boyfriend will collect; a staff member knows he is on the sex offenders register. Nursery keep the child, ring the MASH and the police.
- Child C, 9: a contact handover at a supermarket turns violent; dad breaks a non-molestation order.
None of these children is a real child in Torbay.

3. What to do
- Know who is on the child's collection list and who is not allowed.
- If someone with an order, bail or licence condition turns up, do not hand the child over; ring 999 if there is immediate danger, then the MASH.
- Record what you saw and what was said.

4. Training
Book "Safer Collections" (2 hours, online) on the TSCP learning portal. Next dates: 24 February and 16 March.

You are receiving this because you are on the TSCP practitioner mailing list.
Unsubscribe: https://tscp.example.org.uk/unsubscribe
""")
    h = html_of(text, "Arial")
    top = [("From", "Torbay Safeguarding Children Partnership <news@tscp.example.org.uk>"), ("To", addr("Early Help", BEH)),
           ("Subject", "7-minute briefing: Who is picking up today?"),
           ("Date", email.utils.format_datetime(dt(when))), ("Message-ID", msgid(f, "tscp.example.org.uk")),
           ("List-Id", "TSCP practitioners <practitioners.tscp.example.org.uk>"),
           ("List-Unsubscribe", "<https://tscp.example.org.uk/unsubscribe>"), ("Precedence", "bulk")]
    add(f, alt_mail(f, top, text, h), "torbay", "early_help_duty", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A BULLETIN THAT LISTS EXAMPLES: a partnership 7-minute briefing (List-Id, List-Unsubscribe, "
        "Precedence bulk, no Auto-Submitted) whose fictional 'Child A/B/C' mirror this set's urgent mails (a father "
        "on licence at the gate, a registered sex offender collecting, a broken non-molestation order). DESIGN "
        "safety rule 1: 'bulletins that list examples must not trigger it' -> not urgent. A newsletter -> kind "
        "other -> human_review (not an auto_reply: no Auto-Submitted). No real children, no concerns. Not a request "
        "under " + S_TB + ".")

def torbay_04():
    f = "torbay_04.eml"; when = "2072-03-16 15:02:44"
    body = T("""
Hello Early Help,

Could I please have a triage slot for Reilly Coombes (DOB 14/02/2061) and Darcy Coombes (DOB 06/06/2063), LCS-451877? I'm stepping them down to Early Help - the Single Assessment is attached.

Their dad, Jason Coombes, was released from prison on licence in February. He is managed by MAPPA at level 2. His contact with the children is by letter through his offender manager and once a month at the Torquay contact centre, supervised by two staff. He has kept to every condition of his licence; his offender manager, Andrea Lusty, confirmed this to me on Monday. The next supervised contact is on Saturday 2nd April. The children live with mum and want the contact to continue as it is.

The worry now is Reilly's anger at school and his attendance (83%).

Mum has declined Early Help for now - she says she's had enough of services and would like a break - but I'd still like triage to consider what we can offer her.

My team manager is on leave and will add her analysis when she's back on Monday.

Thanks,
Jory Tremain
Social Worker | Safeguarding and Supporting Families | Torbay Council

""") + BDISC
    sa = pdf_att("Single Assessment - Coombes - LCS-451877.pdf", "Single Assessment - Coombes", [
        "LCS-451877. Children: Reilly Coombes (14/02/2061), Darcy Coombes (06/06/2063).",
        "Father released on licence in February; MAPPA level 2; contact supervised monthly and by letter.",
        "No breaches of licence. No incidents at contact. Mother protective.",
        "Social worker's analysis: level 4 no longer needed; Reilly needs support with anger and attendance.",
        "Manager's analysis: to follow."])
    top = outlook_top(f, addr("Tremain, Jory", "Jory.Tremain@" + BDOM), addr("Early Help", BEH),
                      "Triage - Coombes - LCS-451877", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["LCS-451877"],
        [ch("Reilly Coombes", "2061-02-14", "14/02/2061"), ch("Darcy Coombes", "2063-06-06", "06/06/2063")],
        ["school_attendance"], False, None, ["consent", "manager_agreed"], None, "request_info",
        "NEAR MISS - A FATHER OUT ON LICENCE WHOSE CONTACT IS SUPERVISED AND WHO KEEPS HIS CONDITIONS: prison, MAPPA, "
        "licence conditions, a contact weekend - but contact is by letter and supervised by two staff monthly, every "
        "condition kept (confirmed by the offender manager), the children live with mum: no current risk. Torbay "
        "step-down asking for triage (" + S_TB + " 'Step down process from Safeguarding and Supporting Families Team "
        "and CWD team' steps 1-3; REQUIREMENTS torbay step_down): the Single Assessment is attached, but 'Mum has "
        "declined Early Help for now' -> consent false -> consent missing, and the team manager 'will add her "
        "analysis when she's back' -> manager null -> manager_agreed missing -> request_info. No level written -> "
        "null. Concern: 83% -> school_attendance (Reilly's anger has no contract id).",
        not_children=["Jason Coombes", "Andrea Lusty", "Jory Tremain"])

def torbay_05():
    f = "torbay_05.eml"; when = "2072-01-29 11:21:37"
    add(f, google_reply(f, when, "Morwenna Penhaligon", "morwenna.penhaligon@torbay.gov.uk",
                        ("Early Help", BEH), "ACCEPTED",
                        "Under-5s triage - Trebilcock / Yeo - LCS-448210 [SB-torbay-5520]",
                        "20720209T100000Z", "20720209T103000Z", "Microsoft Teams",
                        "Tue 9 Feb 2072 10am - 10:30am (GMT)", note="I'll be there - Sarah Pascoe may join too."),
        "torbay", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, ["LCS-448210"], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (text/calendar METHOD:REPLY plus invite.ics, PARTSTAT=ACCEPTED, with a note) from "
        "the social worker accepting stepbot's under-5s triage slot for torbay_01's family (" + S_TB + " step 4: "
        "'Triage slot to be confirmed to social worker'; under-5s heard fortnightly) -> meeting_reply -> "
        "record_reply. Case id LCS-448210 from the SUMMARY; no children named.")

def torbay_06():
    f = "torbay_06.eml"; when = "2072-03-04 17:26:19"
    body = T("""
To the MASH team,

I am the coordinator at Bay Family Contact Centre. I am writing after an incident at this afternoon's supervised contact. Our incident log is attached.

The children are Mason Hocking (DOB 02/12/2062) and Tia Hocking (DOB 21/07/2065). Their contact with their father, Lee Hocking, is supervised by order of the court because of his violence towards their mother, Kayleigh Hocking. Mum is in hospital having a baby, so the children are staying with their maternal nan, Mrs Carol Widdicombe, in Brixham this weekend.

At 3.40pm Mr Hocking picked Tia up and ran with her to the fire exit. Two staff stopped him at the door. He put Tia down, punched the wall and shouted that he would "have them from her mum's tomorrow" and that "none of you will ever see them again". He knows Mrs Widdicombe's address. He left before the police arrived; they have given us reference 0417 of today and said an officer will call us back. Nobody has yet.

We close at 6pm and I do not know who else to tell over the weekend. My number is 01632 960 781.

Janine Mudge
Coordinator, Bay Family Contact Centre
""")
    log = txt_att("Incident log 04-03.txt", T("""
BAY FAMILY CONTACT CENTRE - INCIDENT LOG
Date: Friday 04/03/2072    Session: 14:30-16:00 supervised (court ordered)
Family: HOCKING (Mason 9, Tia 6). Father: Lee Hocking. Supervisors: J. Mudge, D. Crocker.
15:40 Father lifted Tia and ran towards the fire exit. DC blocked the door. Father put Tia down.
15:41 Father punched the wall twice. Shouted "I'll have them from her mum's tomorrow. None of you will ever see them again."
15:43 Father left by the front door in a white van.
15:45 Police called (ref 0417). Children comforted; Tia crying, Mason shaking.
16:05 Children collected by maternal grandmother (Mrs Widdicombe), told what happened.
"""))
    top = plain_top(f, addr("Janine Mudge", "coordinator@bayfamilycontact.example.org.uk"), addr(None, BMASH),
                    "Incident at supervised contact today - Hocking children", when,
                    "bayfamilycontact.example.org.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, [log]), "torbay", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Mason Hocking", "2062-12-02", "02/12/2062"), ch("Tia Hocking", "2065-07-21", "21/07/2065")],
        ["domestic_abuse", "physical_harm"], None, None, [], None, "alert_duty",
        "A FATHER WHO GRABBED HIS DAUGHTER AT SUPERVISED CONTACT AND THREATENS TO TAKE THE CHILDREN TOMORROW: at "
        "3.40pm he ran with the 6-year-old to the fire exit, was stopped, punched a wall and said he would 'have them "
        "from her mum's tomorrow'; he knows the nan's address where they are this weekend; police not yet back. "
        "Friday 17:26 - after office hours: the Emergency Duty Team is alerted (DESIGN safety rule 1) -> urgent -> "
        "alert_duty. From a contact centre, not the lead professional, asking for no step -> kind other (" + S_TB +
        " 'If MASH receive information from another source ... the same approach will apply' covers MASH's triage, "
        "not the kind). Incident log as a .txt attachment. Concerns: contact supervised because of his violence to "
        "mum -> domestic_abuse; snatching and threats to the children -> physical_harm.",
        not_children=["Lee Hocking", "Kayleigh Hocking", "Carol Widdicombe", "Janine Mudge"])

def torbay_07():
    f = "torbay_07.eml"; when = "2072-01-11 14:03:55"
    body = T("""
Dear MASH,

I'm the lead professional (Early Help, level 3) for Ruby-Jo Tremayne (DOB 09/04/2061) and Alfie Tremayne (DOB 25/12/2063), EHM-70144, and I'm making a contact to ask you to consider the family for level 4.

Since Christmas the children have been staying Monday to Friday with their paternal grandparents, Mr and Mrs Tremayne, who collect them from school, because mum's new partner moved in and mum told me she "can't cope with all of them". The grandparents are in their late 70s and grandad had a stroke in November; nan told me on Friday she is exhausted and can't keep going past half term. At weekends the children go back to mum's, where there is heavy drinking: Ruby-Jo has told school she makes Alfie's tea and puts him to bed on Saturdays because "Mum and Gav are too drunk". Alfie's attendance has fallen to 82%.

Mum consents to the contact to MASH - I saw her this morning and she signed our consent form.

My team manager, Kerenza Dunn, does not agree that this needs considering for level 4 - she thinks we should hold it at level 3 and bring the TAF review forward. I disagree, and as the lead professional I am making the contact myself. Kerenza knows I'm sending this.

Regards,
Demelza Rowe
Early Help Practitioner | Torquay Hub | Torbay Council
01632 960 552

""") + BDISC
    top = outlook_top(f, addr("Rowe, Demelza", "Demelza.Rowe@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - Tremayne - EHM-70144", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["EHM-70144"],
        [ch("Ruby-Jo Tremayne", "2061-04-09", "09/04/2061"), ch("Alfie Tremayne", "2063-12-25", "25/12/2063")],
        ["neglect", "school_attendance", "substance_misuse", "young_carer"], True, False, ["manager_agreed"], None,
        "request_info",
        "Torbay step-up (a contact to MASH by the lead professional, " + S_TB + " 'Step up processes from level 3 to "
        "level 4' step 2: 'The worker and team manager should agree ... a contact should be made to MASH with "
        "parental consent'; REQUIREMENTS torbay step_up: consent, manager_agreed). 'Mum consents to the contact to "
        "MASH' -> consent true. MANAGER DISAGREES: 'My team manager ... does not agree that this needs considering "
        "for level 4' -> manager false -> manager_agreed missing -> request_info (the dispute is for the humans). "
        "Grandparents doing the school runs and a drinking weekend home: serious, no immediate risk -> ordinary. "
        "Concerns: drinking -> substance_misuse; a 10-year-old putting her brother to bed -> young_carer; care at "
        "weekends -> neglect; 82% -> school_attendance.",
        not_children=["Kerenza Dunn", "Demelza Rowe"])

def torbay_08():
    f = "torbay_08.eml"; when = "2072-03-31 09:06:48"
    ack = ack_text("step-down", "SB-torbay-5588",
                   ["Family: Coombes", "Case: LCS-451877",
                    "Children: Reilly Coombes (DOB 14/02/2061), Darcy Coombes (DOB 06/06/2063)"],
                   ["Confirmation that the family's consent for level 3 Early Help has been sought and given",
                    "Your team manager's analysis confirming the threshold for level 3 intervention is met"])
    body = T("""
Hi,

An update for the Coombes step-down.

Jason Coombes's licence was revoked yesterday and he was recalled to prison - he breached his curfew at the approved premises twice. Nothing to do with the children or their mum. His offender manager rang me at 4pm to tell me. So the supervised contact at the contact centre on Saturday 2nd April will not happen. The children are at home with mum and school say they are fine this morning.

Still waiting for mum to decide about Early Help, and my TM's analysis is due this week - I'll send both when I have them.

Jory
""")
    top = outlook_top(f, addr("Tremain, Jory", "Jory.Tremain@" + BDOM), addr("Early Help", BEH),
                      "RE: [SB-torbay-5588] Step down received - Coombes - LCS-451877", when)
    add(f, mail(f, top, body + quote("Early Help <%s>" % BEH, "16 March 2072 15:07",
                                    "Tremain, Jory <Jory.Tremain@%s>" % BDOM,
                                    "[SB-torbay-5588] Step down received - Coombes - LCS-451877", ack), html_alt=True),
        "torbay", "early_help_duty", when, 4,
        "near_miss", "follow_up", False, None, ["LCS-451877"],
        [ch("Reilly Coombes", "2061-02-14", "14/02/2061"), ch("Darcy Coombes", "2063-06-06", "06/06/2063")],
        [], None, None, [], None, "attach_to_request",
        "NEAR MISS - A FATHER'S LICENCE RECALLED, SO THIS WEEKEND'S CONTACT IS OFF: 'recalled to prison', 'breached "
        "his curfew', 'supervised contact' - the breach had nothing to do with the children, he is back in custody, "
        "the contact will not happen and the children are at home with mum: no current risk. FOLLOW-UP to "
        "[SB-torbay-5588] (torbay_04's request) -> attach_to_request (missing [] for a follow-up; " + S_TB + " "
        "step-down). Children and case id from the quoted acknowledgement and the subject. Consent 'still waiting "
        "for mum to decide' and the manager's analysis 'due this week' -> both null. No concern stated in this mail "
        "-> [].",
        not_children=["Jason Coombes"])


# ============================================================================= HEREFORDSHIRE
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2072-01-27 11:02:09"
    body = T("""
Dear Early Help Co-ordinators,

Following my discussion with Verity Lang at Tuesday's drop-in, please find attached the Early Help Assessment step-down plan for the Preece / Bevan / Price sibling group (Mosaic 1678231), and mum's signed consent form. The family's remaining needs are at the intensive level (level 3).

Ethan Preece - 04/04/2060
Holly Bevan - 15/08/2063
Lola Bevan-Price - 01/11/2068

Key person: Anwen Jones, Family Support Worker, Leominster Children's Centre, who has met the family with me and agreed to lead.

Mum's partner, Tom Price (Lola's father), moved in with the family in October. We completed all the checks at the time (police, health, previous authority) and there was nothing of concern; he now does the nursery run for Lola and is a real strength in the plan. Ethan and Holly see their fathers at weekends and holidays by arrangement between the parents.

Best wishes,
Gwen Prosser
Social Worker | Leominster Locality Team | Herefordshire Council

""") + HDISC
    plan = docx_att("EHA step-down plan - Preece Bevan Price.docx", [
        "# Early Help Assessment - step-down plan",
        "Sibling group: Ethan Preece (04/04/2060), Holly Bevan (15/08/2063), Lola Bevan-Price (01/11/2068).",
        "What are we worried about? Ethan's attendance (86%) and his low mood since moving school.",
        "What's working well? Mum and Tom work as a team; the children's fathers stay involved.",
        "Wellbeing plan - what needs to happen, by whom, outcome, timescale:",
        "1. School pastoral support for Ethan - Head of Year - attendance above 95% - by Easter.",
        "2. Family support sessions - Anwen Jones - routines and budgeting - 12 weeks.",
        "Key person: Anwen Jones, Family Support Worker, Leominster Children's Centre."])
    consent = pdf_att("Consent form signed - Bevan.pdf", "Early Help - consent to share information and receive "
                      "support", [
        "I, Carys Bevan, consent to my family receiving Early Help support and to information being shared",
        "with the agencies named in the plan.",
        "Children: Ethan Preece, Holly Bevan, Lola Bevan-Price.",
        "Signed: C. Bevan    Date: 21/01/2072"])
    top = outlook_top(f, addr("Prosser, Gwen", "Gwen.Prosser@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down plan - Preece / Bevan / Price sibling group", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["1678231"],
        [ch("Ethan Preece", "2060-04-04", "04/04/2060"), ch("Holly Bevan", "2063-08-15", "15/08/2063"),
         ch("Lola Bevan-Price", "2068-11-01", "01/11/2068")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "Complete Herefordshire step-down for a sibling group (" + S_HF + ": 'the social worker will obtain written "
        "consent, identify a key person with the family, complete an Early Help Assessment step-down plan, and "
        "following a discussion with an early help co-ordinator, send it'; 'The step can now be started via a "
        "sibling group'; REQUIREMENTS herefordshire step_down): plan (.docx), signed consent form (.pdf) -> "
        "consent true, key person named with her agency -> nothing missing -> book_meeting. 'level 3' -> level 3. "
        "Three surnames. A new partner who moved in, checked and found safe: ordinary. Manager not mentioned -> "
        "null. Concern: 86% -> school_attendance.",
        not_children=["Anwen Jones", "Tom Price", "Carys Bevan", "Gwen Prosser", "Verity Lang"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2072-02-22 07:55:40"
    body = T("""
MASH,

I know this should go through the proper step up process but my manager, Huw Bowen, said to send it straight to you as a step up this morning.

Jaxon Lloyd (DOB 20/06/2064) and Lacey Lloyd (DOB 03/03/2067) spent the half-term week with their dad, Aaron Lloyd, under the child arrangements order (they live with mum, Kirsty Morgan, and he has half of the school holidays). He was supposed to bring them back to mum's in Ross at 6pm yesterday. He didn't. At 8.15pm he texted her "you'll never see them again" and his phone has been off since 9pm.

Aaron has a conviction for assaulting Kirsty in 2069 and the non-molestation order ran out last summer. Kirsty reported the children missing to the police last night; this morning the police told her they are not at his flat and they have no other address for him. The children are due back at school today.

I'm their Early Help key worker. I'm on my mobile - 07700 900 386.

Sioned Parry
Early Help Family Support Worker | Ross & South Wye | Herefordshire Council
""") + HDISC
    top = outlook_top(f, addr("Parry, Sioned", "Sioned.Parry@" + HDOM), addr("MASH", HMASH),
                      "Step up - Lloyd children - not returned after contact", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, [],
        [ch("Jaxon Lloyd", "2064-06-20", "20/06/2064"), ch("Lacey Lloyd", "2067-03-03", "03/03/2067")],
        ["domestic_abuse", "missing"], None, True, [], None, "alert_duty",
        "TWO CHILDREN NOT RETURNED AFTER A HALF-TERM CONTACT WEEK: a father with a conviction for assaulting their "
        "mother kept a 7-year-old and a 4-year-old past the handover under a child arrangements order, texted 'you'll "
        "never see them again', phone off; police have no address. Sent at 07:55, before office hours -> the "
        "out-of-hours service is alerted (DESIGN safety rule 1) -> urgent -> alert_duty. Called a step-up, but "
        "Herefordshire's protocol (" + S_HF + ") defines only step-down: a step_up there is a kind the protocol does "
        "not cover (REQUIREMENTS: 'step_up is not defined by this seed') -> missing [] - and urgency overrides "
        "human_review. 'my manager ... said to send it straight to you as a step up' -> manager true. No alarm "
        "word. Concerns: domestic_abuse; children whose whereabouts are unknown -> missing.",
        not_children=["Aaron Lloyd", "Kirsty Morgan", "Huw Bowen", "Sioned Parry"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2072-03-08 13:31:16"
    blocks = [
        "Dear Early Help Co-ordinators,",
        "",
        "Please find attached the Early Help Assessment step-down plan and the signed consent form for Isla Jenkins "
        "(DOB 30/05/2062), Mosaic 1702288. I discussed the plan with Xavier Moss on 1 March. My team manager, Bethan "
        "Price, has agreed the step-down.",
        "",
        ("h", "Key person"),
        "Mrs Delyth Evans, Pastoral Lead, Kington Primary School - agreed with mum and with Mrs Evans on 4 March.",
        "",
        ("h", "Background"),
        "Isla's father, Gareth Jenkins, was released from prison in January after serving a sentence for domestic "
        "abuse offences against Isla's mum, Rhian. There is a non-molestation order and a prohibited steps order, "
        "and he has kept to both: there has been no contact of any kind since his release and he lives in Cardiff. "
        "He has applied to the family court for contact; the first hearing is listed for late June, and until the "
        "court decides there will be no contact. Nobody - including Gareth's solicitor - is suggesting any contact "
        "before then.",
        "",
        ("h", "What we are still worried about"),
        "Mum's PTSD symptoms (she is with the community mental health team) and Isla's worry about the court case.",
        "",
        "Diolch,",
        "Rhodri Vaughan",
        "Social Worker | Kington Locality Team | Herefordshire Council",
        "",
        HDISC.strip(),
    ]
    plan = docx_att("EHA step-down plan - Isla Jenkins.docx", [
        "# Early Help Assessment - step-down plan - Isla Jenkins",
        "Wellbeing plan - what needs to happen, by whom, outcome, timescale:",
        "1. Emotional support sessions for Isla - Delyth Evans - Isla can name her worries - 10 weeks.",
        "2. Mum to continue with the CMHT - mum / CMHT - ongoing.",
        "3. Key person to be told of the court's decision in June - mum - as soon as it is known.",
        "Key person: Delyth Evans, Pastoral Lead, Kington Primary School."])
    consent = pdf_att("Signed consent - Jenkins.pdf", "Consent to Early Help", [
        "I, Rhian Jenkins, consent to Early Help support for Isla Jenkins and to sharing information.",
        "Signed: R. Jenkins   Date: 04/03/2072"])
    top = outlook_top(f, addr("Vaughan, Rhodri", "Rhodri.Vaughan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down - Isla Jenkins - Mosaic 1702288", when)
    add(f, word_mail(f, top, blocks, [plan, consent]), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["1702288"],
        [ch("Isla Jenkins", "2062-05-30", "30/05/2062")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "NEAR MISS - CONTACT ONLY PLANNED FOR MONTHS AHEAD, AND PREVENTED BY ORDERS THAT ARE KEPT: a father released "
        "from prison after domestic abuse offences, a non-molestation order and a prohibited steps order (both kept, "
        "no contact at all), a court hearing 'listed for late June': no current risk. Complete Herefordshire "
        "step-down (" + S_HF + "; REQUIREMENTS herefordshire step_down): plan (.docx), signed consent form (.pdf) -> "
        "consent true, key person with her agency -> book_meeting. 'has agreed the step-down' -> manager true. No "
        "level written -> null. Concern: mum's PTSD -> parental_mental_health; the domestic abuse is past.",
        not_children=["Gareth Jenkins", "Rhian Jenkins", "Delyth Evans", "Bethan Price", "Rhodri Vaughan",
                      "Xavier Moss"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2072-02-12 10:21:33"
    ack = ack_text("step-down", "SB-herefordshire-1608",
                   ["Family: Watkins / Hughes", "Case: 1691450",
                    "Children: Kai Watkins (DOB 12/12/2063), Esme Hughes (DOB 08/09/2067)"],
                   ["The family's written consent (the signed consent form)"])
    text = T("""
Morning - signed consent form attached, mum signed it at my visit yesterday. Thanks, Lowri

Lowri Baskerville
Social Worker, Hereford City Team

""") + quoted(ack)
    consent = pdf_att("Consent form - Watkins Hughes - signed.pdf", "Early Help - consent", [
        "I, Natalie Watkins, consent to Early Help for Kai Watkins and Esme Hughes.",
        "Signed: N. Watkins   Date: 11/02/2072"])
    top = plain_top(f, addr("Lowri Baskerville", "Lowri.Baskerville@" + HDOM), addr(None, HEH),
                    "Re: [SB-herefordshire-1608] Step down received - Watkins / Hughes", when, HDOM,
                    "Apple Mail (2.3774.600.62)")
    add(f, iphone_mail(f, top, text, [consent]), "herefordshire", "early_help_duty", when, 2,
        "ordinary", "follow_up", False, None, ["1691450"],
        [ch("Kai Watkins", "2063-12-12", "12/12/2063"), ch("Esme Hughes", "2067-09-08", "08/09/2067")],
        [], True, None, [], None, "attach_to_request",
        "FOLLOW-UP to [SB-herefordshire-1608] (Apple Mail, '> ' quoted acknowledgement) bringing the signed consent "
        "form the ack listed (" + S_HF + ": 'the social worker will obtain written consent') -> attach_to_request, "
        "missing []. 'mum signed it at my visit yesterday' -> consent true. Children, DOBs and the case id from the "
        "quoted acknowledgement. No concern stated.",
        not_children=["Lowri Baskerville", "Natalie Watkins"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2072-01-21 09:01:26"
    add(f, ndr(f, when, HDOM, addr("Early Help Co-ordinators", HEH), "rhys.pugh@herefordshire.gov.uk",
               "[SB-herefordshire-1611] Step down received - Pugh-Morris", "Early Help Co-ordinators <%s>" % HEH,
               "2072-01-21 09:00:58", orig_extra=[("Auto-Submitted", "auto-replied")]),
        "herefordshire", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Exchange Online non-delivery report (multipart/report; report-type=delivery-status, Auto-Submitted, "
        "'Undeliverable:') for stepbot's own acknowledgement [SB-herefordshire-1611] to a mistyped address -> "
        "auto_reply -> ignore (DESIGN safety rule 2: bounces are never answered). No child, no risk.")

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2072-03-23 22:16:04"
    text = T("""
hi sorry to email so late i didnt know who else to tell, this email was on the leaflet from the childrens centre

my friend chelsea (chelsea ward) asked me to have her kids tonight cos shes going out in town, i said no cos im on an early at 6. shes just messaged me "fine theyll go to gaz's then"

gaz is the one who broke kayden's arm when he was a baby. he went to prison for it and when he came out social services said he cant be round the kids. hes been out since the summer

the kids are kayden ward (4) and mia ward (6). chelsea lives at flat 3, 19 widemarsh close, hereford. she's probably taking them round to his now, he lives on the holmer road somewhere i dont know the number

im so scared for them. please can somebody do something tonight

becky
07700 900 147
""")
    top = gmail_top(f, addr("Becky Lane", "beckylane1990@gmail.example.com"), addr(None, HEH),
                    "chelsea's kids tonight", when)
    add(f, gmail_alt(f, top, text), "herefordshire", "early_help_duty", when, 3,
        "urgent", "other", True, None, [],
        [ch("Kayden Ward", as_written="kayden ward"), ch("Mia Ward", as_written="mia ward")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A FRIEND'S LATE-NIGHT MESSAGE THAT THE CHILDREN ARE STAYING TONIGHT WITH THE MAN WHO BROKE THE LITTLE ONE'S "
        "ARM: written at 22:16 in lower case from a phone; the mother is leaving a 4-year-old and a 6-year-old "
        "overnight with a man imprisoned for breaking the boy's arm, whom social services barred from being around "
        "the children. Immediate risk tonight, out of hours -> the Emergency Duty Team (DESIGN safety rule 1) -> "
        "alert_duty. A member of the public, no step -> kind other. Names written in lower case -> labelled "
        "'Kayden Ward', 'Mia Ward' (ages only, no DOB). No alarm word. Concern: physical_harm.",
        not_children=[])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2072-03-14 16:01:50"
    body = T("""
Dear Early Help Co-ordinators,

As agreed when the family was stepped down in January, please find attached our report of Saturday's supervised contact for Oscar.

Kind regards,
Gemma Beddoes
Centre Coordinator, Wye Valley Family Contact Centre
""")
    rep = pdf_att("Supervised contact report - Bowen - 12.03.2072.pdf", "Supervised contact report", [
        "Date of contact: Saturday 12/03/2072, 10:00-12:00. Venue: Wye Valley Family Contact Centre, Hereford.",
        "Child: Oscar Bowen-Kaur, DOB 14/01/2066. Visiting parent: Mr Stuart Bowen (father).",
        "Level: supervised throughout by two staff, as ordered by the family court, because of Mr Bowen's",
        "conviction in 2068 for possessing indecent images of children and his history of domestic abuse",
        "towards Oscar's mother. Mr Bowen may not be alone with Oscar at any time; he never has been here.",
        "Arrival and departure: Mr Bowen arrived at 09:45 and left at 12:15, separately from Oscar.",
        "Oscar was brought and collected by his maternal grandmother, Mrs Harpreet Kaur.",
        "Observations: warm and appropriate; Lego and a board game; Oscar relaxed and chatty throughout.",
        "Concerns: none. No incidents.",
        "Next supervised contact: Saturday 26/03/2072, 10:00-12:00."])
    top = outlook_top(f, addr("Beddoes, Gemma", "coordinator@wyevalleycontact.example.org.uk"),
                      addr("Early Help Co-ordinators", HEH), "Supervised contact report - Bowen - 12.03.2072", when,
                      mid_domain="CWLP123MB5512.GBRP123.PROD.OUTLOOK.COM")
    add(f, mail(f, top, body, [rep]), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [],
        [ch("Oscar Bowen-Kaur", "2066-01-14", "14/01/2066")],
        [], None, None, [], None, "human_review",
        "NEAR MISS - SUPERVISED CONTACT THAT WENT WELL: 'indecent images of children', 'domestic abuse', 'may not be "
        "alone with Oscar' - but the contact was supervised by two staff as the court ordered, he arrived and left "
        "separately, 'Concerns: none. No incidents.' No current risk. A contact centre's report (the facts only in "
        "the PDF) -> kind other -> human_review (not a step request under " + S_HF + "). Child named with DOB in the "
        "PDF -> labelled. Concerns []: the risk is managed by the order.",
        not_children=["Stuart Bowen", "Harpreet Kaur", "Gemma Beddoes"], names_only_in_attachments=True)

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2072-04-07 11:41:22"
    body = T("""
Hi Co-ordinators,

I'd like to step Poppy and Noah down to Early Help - the Early Help Assessment step-down plan is attached and I talked it through with Verity on Tuesday.

Poppy Griffiths - 08/02/2065
Noah Griffiths-Khan - 19/11/2069
Mosaic 1715934

Key person: Sarah Lewis, Family Support Worker, Bromyard Children's Centre (agreed with mum and with Sarah).

Mum agreed to Early Help verbally on the phone on Tuesday, and she'll sign the consent form when I visit after the Easter weekend - I'll send it on then.

Who looks after the children: their maternal grandparents collect both from school every day and give them tea until mum finishes work at 6; Noah's dad, Imran Khan, has them alternate weekends and collects from the grandparents' on Fridays. All of this is agreed and working.

Thanks,
Marcus Oduya-Price
Social Worker | Bromyard & Ledbury Team | Herefordshire Council

""") + HDISC
    plan = docx_att("EHA step-down plan - Griffiths.docx", [
        "# Early Help Assessment - step-down plan",
        "Children: Poppy Griffiths (08/02/2065), Noah Griffiths-Khan (19/11/2069).",
        "What are we worried about? Poppy's anxiety about school and her attendance (85%).",
        "Wellbeing plan: 1. Anxiety support via the school nurse - 8 weeks. 2. Attendance plan - school - by May.",
        "Key person: Sarah Lewis, Family Support Worker, Bromyard Children's Centre."])
    top = outlook_top(f, addr("Oduya-Price, Marcus", "Marcus.Oduya-Price@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Griffiths / Griffiths-Khan", when)
    add(f, mail(f, top, body, [plan], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["1715934"],
        [ch("Poppy Griffiths", "2065-02-08", "08/02/2065"), ch("Noah Griffiths-Khan", "2069-11-19", "19/11/2069")],
        ["school_attendance"], True, None, ["consent_form"], None, "request_info",
        "Herefordshire step-down (" + S_HF + ": 'the social worker will obtain written consent'; REQUIREMENTS "
        "herefordshire step_down: consent_form, draft_plan, lead_practitioner): plan (.docx) and key person with "
        "agency are there; 'Mum agreed to Early Help verbally' -> consent true, but the written form is to follow "
        "after Easter -> consent_form missing -> request_info. Sent Thursday 7 April (BST, +0100), the last day "
        "before Good Friday. Grandparents collecting daily and a father's alternate weekends: ordinary. Two "
        "surnames. Concern: 85% -> school_attendance.",
        not_children=["Sarah Lewis", "Imran Khan", "Marcus Oduya-Price"])


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

# England & Wales bank holidays in 2072 that fall on a weekday (the `holidays` package's list, which set_checks()
# re-derives and compares): New Year's Day Friday 1 January; Good Friday 8 April; Easter Monday 11 April; May Day
# Monday 2 May; Spring Bank Holiday Monday 30 May; Late Summer Bank Holiday Monday 29 August; Boxing Day Monday
# 26 December; Christmas Day (observed) Tuesday 27 December (Christmas Day itself is a Sunday).
BANK_HOLIDAYS = {date(2072, 1, 1), date(2072, 4, 8), date(2072, 4, 11), date(2072, 5, 2), date(2072, 5, 30),
                 date(2072, 8, 29), date(2072, 12, 26), date(2072, 12, 27)}
IN_WINDOW = {}                                                   # none: New Year's Day is before, Easter after
EASTER = {date(2072, 4, 8): "Good Friday", date(2072, 4, 11): "Easter Monday"}     # both just after the window
# The spring term: Monday 4 January to Thursday 7 April 2072 (the Thursday before Good Friday).
WINDOW = (datetime(2072, 1, 4, tzinfo=LON), datetime(2072, 4, 7, 23, 59, 59, tzinfo=LON))
# BST begins at 01:00 UTC on Sunday 27 March 2072 and ends at 01:00 UTC on Sunday 30 October 2072.
BST_START = datetime(2072, 3, 27, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2072, 10, 30, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2072

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
    """'DUFFY, Tiana' -> 'Tiana Duffy'; 'LEXI ASHCROFT' -> 'Lexi Ashcroft'; 'kayden ward' -> 'Kayden Ward' (a name
    written all in capitals or all in lower case is title-cased)."""
    if "," in as_written:
        sur, fore = [x.strip() for x in as_written.split(",", 1)]
    else:
        fore, sur = as_written.rsplit(" ", 1)
    fix = lambda x: titled(x.upper()) if (x.isupper() or x.islower()) else x
    fore = " ".join(fix(x) for x in fore.split(" "))
    return "%s %s" % (fore, fix(sur))

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

CAT_EXPECTED = {"urgent": 12, "near_miss": 12, "ordinary": 16}

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

def _text(msg):
    return readable(msg)

def _local(msg):
    return _date(msg).astimezone(LON)

def _cal_method(msg):
    return [(p.get_param("method") or "").upper() for p in _cal(msg)]

def _k01(msg):
    cal = _cal(msg)[0].get_payload(decode=True).decode()
    return (_cal_method(msg) == ["REQUEST"] and "DTSTART;TZID=GMT Standard Time:20720413T100000" in cal
            and sorted(_exts(msg)) == ["docx", "pdf", "pdf"] and "over a week away" in _plain(msg)
            and (_wd("knowsley_01.eml"), _pw("knowsley_01.eml")) == (4, 6))

def _k02(msg):
    p = _plain(msg)
    return (p.find("PS - St Columba's") > p.find("Aoife Brannock") > 0 and "home time (3.15)" in p
            and _exts(msg) == ["docx"])

def _k03(msg):
    h = _html(msg)
    return ("ICS-2307741" in h and "MsoTableGrid" in h and _date(msg).utcoffset() == timedelta(0)
            and datetime(2072, 3, 31, 10, tzinfo=LON).utcoffset() == timedelta(hours=1)
            and (_wd("knowsley_03.eml"), _pw("knowsley_03.eml")) == (5, 5))

def _k04(msg):
    p = _plain(msg)
    return (not _html(msg) and "> Reference: SB-knowsley-1731" in p and _exts(msg) == ["pdf"]
            and "Children: Kaiden Pryor" in p.split("wrote:")[1])

def _k05(msg):
    return "5.30pm" in _plain(msg) and msg["To"].strip() == KFF and "registered sex offender" in _plain(msg)

def _k06(msg):
    return (_wd("knowsley_06.eml"), _pw("knowsley_06.eml")) == (3, 3) and "Thursday 11th February, 2pm" in _plain(msg)

def _k07(msg):
    t = _text(msg)
    return "late June" in t and "Nothing is requested of the MASH now" in t and not CASE_ID_FORM.search(
        re.sub(r"0151 496 0745|\d{2}/\d{2}/\d{4}", "", t))

def _k08(msg):
    return (msg.get_param("format") == "flowed" and "A week today" in _text(msg)
            and (_wd("knowsley_08.eml"), _pw("knowsley_08.eml")) == (3, 5))

def _r02(msg):
    return _local(msg).hour >= 21 and "21:44 no one has come yet" in _text(msg) and msg.get_param("format") == "flowed"

def _r03(msg):
    d = _local(msg).date()
    return d == date(2072, 2, 29) and d.weekday() == 0 and "DOB 29/02/2064" in _plain(msg)

def _r04(msg):
    cal = _cal(msg)[0].get_payload(decode=True).decode().replace("\r\n ", "")
    return (_cal_method(msg) == ["REPLY"] and "PARTSTAT=DECLINED" in cal and "COMMENT" in cal
            and "School finishes at 3.15" in _plain(msg) and "Leah Markham" in _plain(msg))

def _r06(msg):
    return _exts(msg) == ["pdf"] and "Poppy Stokes" not in body_text(msg) and "WD72P00318" in str(msg["Subject"])

def _r07(msg):
    return ("took Noah out on his own" in _text(msg) and "took Noah" not in body_text(msg)
            and sorted(_exts(msg)) == ["docx", "pdf"])

def _t02(msg):
    return sorted(_exts(msg)) == ["pdf", "txt"] and "collecting Zain from nursery today at 12" in _plain(msg)

def _t04(msg):
    return _local(msg).hour >= 19 and "26 July 2071" in _plain(msg)

def _t06(msg):
    return msg["To"].endswith("<%s>" % TMAST) and "I wasn't sure of the address" in _plain(msg)

def _t07(msg):
    return _no_plain(msg) and "Child Abduction Warning Notice" in _html(msg)

def _b03(msg):
    return msg["List-Id"] is not None and msg["Auto-Submitted"] is None and "fictional" in _plain(msg)

def _b06(msg):
    d = _local(msg)
    return d.weekday() == 4 and d.hour >= 17 and _exts(msg) == ["txt"]

def _b08(msg):
    return "recalled to prison" in _plain(msg) and "[SB-torbay-5588]" in str(msg["Subject"])

def _h02(msg):
    d = _local(msg)
    return d.weekday() == 0 and d.hour < 9

def _h06(msg):
    return _local(msg).hour >= 22 and "kayden ward (4) and mia ward (6)" in _plain(msg)

def _h07(msg):
    return _exts(msg) == ["pdf"] and "Oscar Bowen-Kaur" not in body_text(msg) and "Concerns: none" in _text(msg)

def _h08(msg):
    return _date(msg).utcoffset() == timedelta(hours=1) and _local(msg).date() == date(2072, 4, 7)

CUSTOM = [
    ("knowsley_01.eml", "Teams REQUEST with DTSTART 13 April; docx + 2 pdf; 'over a week away'; 4 WD / 6 plain over Easter", _k01),
    ("knowsley_02.eml", "the collection at 3.15 in a PS under the signature; form only", _k02),
    ("knowsley_03.eml", "ICS ids in a Word table; sent in GMT, visit in BST; 5 WD", _k03),
    ("knowsley_04.eml", "plain text '> ' quoted ack with the child; GCP2 pdf", _k04),
    ("knowsley_05.eml", "to the Family First duty mailbox; 5.30pm", _k05),
    ("knowsley_06.eml", "3 WD to the final CIN", _k06),
    ("knowsley_07.eml", "release in late June; nothing requested; no case id", _k07),
    ("knowsley_08.eml", "iPhone flowed; 'A week today'; 3 WD / 5 plain over Easter", _k08),
    ("richmond_wandsworth_02.eml", "iPhone at night; the texts", _r02),
    ("richmond_wandsworth_03.eml", "sent Monday 29 February 2072; a leap-day DOB", _r03),
    ("richmond_wandsworth_04.eml", "DECLINED with a COMMENT; 3.15", _r04),
    ("richmond_wandsworth_06.eml", "children only in the PDF; court number in the subject", _r06),
    ("richmond_wandsworth_07.eml", "the urgent line only in the .docx", _r07),
    ("tower_hamlets_02.eml", "MARF pdf + notes txt; noon collection", _t02),
    ("tower_hamlets_04.eml", "evening; DOB written in words", _t04),
    ("tower_hamlets_06.eml", "a step-down sent to the MAST inbox", _t06),
    ("tower_hamlets_07.eml", "HTML-only; CAWN", _t07),
    ("torbay_03.eml", "bulletin: List-Id, no Auto-Submitted, fictional examples", _b03),
    ("torbay_06.eml", "Friday after 17:00; .txt incident log", _b06),
    ("torbay_08.eml", "licence recalled; follow-up reference", _b08),
    ("herefordshire_02.eml", "Monday before 09:00", _h02),
    ("herefordshire_06.eml", "after 22:00; names in lower case", _h06),
    ("herefordshire_07.eml", "child only in the PDF; 'Concerns: none'", _h07),
    ("herefordshire_08.eml", "Thursday 7 April, +0100", _h08),
]

# Each consent / manager wording ties to its label (the phrase must be in the readable text or the Subject).
WORDING = [
    ("knowsley_01.eml", "Mum doesn't agree with the step up", "consent", False),
    ("knowsley_01.eml", "agreed the step up", "manager_agreed", True),
    ("knowsley_02.eml", "agreed the step up on Friday", "manager_agreed", True),
    ("knowsley_03.eml", "signed the Family First consent form", "consent", True),
    ("knowsley_06.eml", "consented to the step down to a Level 2 service", "consent", True),
    ("knowsley_06.eml", "agrees with the step down", "manager_agreed", True),
    ("knowsley_08.eml", "she'll think about Family First over the Easter holidays", "consent", None),
    ("richmond_wandsworth_01.eml", "Mum does not agree with the step up", "consent", False),
    ("richmond_wandsworth_01.eml", "I have agreed this step up", "manager_agreed", True),
    ("richmond_wandsworth_03.eml", "has consented to Early Help carrying on the plan", "consent", True),
    ("richmond_wandsworth_03.eml", "agrees with the step down", "manager_agreed", True),
    ("richmond_wandsworth_07.eml", "I have agreed this step up", "manager_agreed", True),
    ("richmond_wandsworth_08.eml", "both consented to Early Help continuing the plan", "consent", True),
    ("tower_hamlets_01.eml", "consented to the step down at the final CIN review", "consent", True),
    ("tower_hamlets_01.eml", "has signed off the step down", "manager_agreed", True),
    ("tower_hamlets_02.eml", "I did not tell her I am writing to you", "consent", None),
    ("tower_hamlets_02.eml", "agree this step up yesterday", "manager_agreed", True),
    ("tower_hamlets_06.eml", "consents to the step down", "consent", True),
    ("tower_hamlets_08.eml", "Dad refused consent for the referral", "consent", False),
    ("tower_hamlets_08.eml", "I have not been able to discuss it with her", "manager_agreed", None),
    ("torbay_01.eml", "has given her consent for level 3 Early Help", "consent", True),
    ("torbay_01.eml", "confirming that the threshold for level 3 is met", "manager_agreed", True),
    ("torbay_02.eml", "we agree this needs looking at for level 4", "manager_agreed", True),
    ("torbay_02.eml", "I haven't spoken to mum about the contact yet", "consent", None),
    ("torbay_04.eml", "Mum has declined Early Help for now", "consent", False),
    ("torbay_04.eml", "will add her analysis when she's back", "manager_agreed", None),
    ("torbay_07.eml", "Mum consents to the contact to MASH", "consent", True),
    ("torbay_07.eml", "does not agree that this needs considering for level 4", "manager_agreed", False),
    ("torbay_08.eml", "Still waiting for mum to decide about Early Help", "consent", None),
    ("herefordshire_01.eml", "consent to my family receiving Early Help", "consent", True),
    ("herefordshire_02.eml", "said to send it straight to you as a step up", "manager_agreed", True),
    ("herefordshire_03.eml", "has agreed the step-down", "manager_agreed", True),
    ("herefordshire_04.eml", "mum signed it at my visit yesterday", "consent", True),
    ("herefordshire_08.eml", "Mum agreed to Early Help verbally", "consent", True),
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
QUIET_EXPECTED = ["herefordshire_02.eml", "herefordshire_06.eml", "knowsley_02.eml", "richmond_wandsworth_02.eml",
                  "richmond_wandsworth_04.eml", "richmond_wandsworth_07.eml", "torbay_02.eml", "torbay_06.eml",
                  "tower_hamlets_02.eml", "tower_hamlets_04.eml", "tower_hamlets_07.eml"]
COUNTS_EXPECTED = {          # file: (working days, plain weekdays) from the London date of `now`
    "knowsley_01.eml": (4, 6), "knowsley_03.eml": (5, 5), "knowsley_06.eml": (3, 3), "knowsley_08.eml": (3, 5)}
CROSSING_BH_EXPECTED = ["knowsley_01.eml", "knowsley_08.eml"]
DECISIVE_EXPECTED = ["knowsley_01.eml", "knowsley_08.eml"]     # plain weekdays say ok, working days say not ok
QUIET, COUNTS = [], {}

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2072])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: the bank holidays in the window are %s, expected %s" % (inside, IN_WINDOW))
    easter = {d: pkg.get(d) for d in pkg if "Easter" in pkg.get(d) or "Good Friday" in pkg.get(d)}
    if easter != EASTER or not all(d > WINDOW[1].date() for d in easter):
        errors.append("set: Easter 2072 is %s, expected %s just after the window" % (easter, EASTER))
    if WINDOW[1].date() + timedelta(days=1) != min(EASTER):
        errors.append("set: the window must end on the day before Good Friday")
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2072, 3) == date(2072, 3, 27) and BST_END.date() == last_sun(2072, 10)):
        errors.append("set: BST must start on the last Sunday of March 2072 (27 March) and end on the last Sunday of October")
    if not (WINDOW[0].date() == date(2072, 1, 4) and WINDOW[0].weekday() == 0 and WINDOW[1].date() == date(2072, 4, 7)
            and WINDOW[1].weekday() == 3):
        errors.append("set: the window must run from Monday 4 January to Thursday 7 April 2072")
    if date(2072, 2, 29).weekday() != 0:
        errors.append("set: 29 February 2072 should be a Monday")
    quiet, counts, offsets = [], {}, {"+0000": 0, "+0100": 0}
    for lab in LABELS:
        f = lab["file"]
        try:
            msg = parse(f)
            text = readable(msg)
        except Exception as ex:
            errors.append("%s: unreadable (%r)" % (f, ex)); continue
        off = msg["Date"].strip()[-5:]
        offsets[off] = offsets.get(off, 0) + 1
        want = "+0100" if _date(msg) >= BST_START else "+0000"
        if off != want:
            errors.append("%s: Date offset %s, expected %s for its day" % (f, off, want))
        if lab["expect"]["urgent"] and not ALARM.search(text):
            quiet.append(f)
        m = META[f]["meeting"]
        if m is not None:
            counts[f] = (working_days(_today(f), m), plain_weekdays(_today(f), m))
        pos = []
        for c in lab["expect"]["children"]:
            mc = next((x for x in META[f]["children"] if x["name"] == c["name"]), None)
            if mc is not None:
                pos.append(text.find(re.sub(r"\s+", " ", mc["_as"] or c["name"])))
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
    if decisive != DECISIVE_EXPECTED or len(decisive) < 2:
        errors.append("set: counts a bank holiday decides are %s, expected %s" % (decisive, DECISIVE_EXPECTED))
    if {h for f in decisive for h in BANK_HOLIDAYS if _today(f) < h <= META[f]["meeting"]} != set(EASTER):
        errors.append("set: the decisive counts must cross Good Friday and Easter Monday")
    if offsets.get("+0000", 0) < 5 or offsets.get("+0100", 0) < 5 or set(offsets) != {"+0000", "+0100"}:
        errors.append("set: Date offsets %s (need both GMT and BST mail)" % offsets)
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
    ("knowsley_08's notice labelled ok", lambda: _relabel("knowsley_08.eml", notice_ok=True),
     "notice_ok True but 3 WD"),
    ("Good Friday dropped from the bank holidays", lambda: BANK_HOLIDAYS.discard(date(2072, 4, 8)),
     "bank holidays differ"),
    ("Easter Monday moved to the Tuesday", lambda: (BANK_HOLIDAYS.discard(date(2072, 4, 11)),
                                                   BANK_HOLIDAYS.add(date(2072, 4, 12))), "bank holidays differ"),
    ("the window run on to Good Friday", lambda: _set_window_end(date(2072, 4, 8)), "the window must"),
    ("knowsley_08's Date given +0000 in BST", lambda: _shift_date("knowsley_08.eml", "Wed, 06 Apr 2072 14:30:11 +0100",
                                                                 "Wed, 06 Apr 2072 14:30:11 +0000", 0, timedelta(0)),
     "Date offset should be +0100"),
    ("knowsley_03's Date given +0100 in GMT", lambda: _shift_date("knowsley_03.eml", "Thu, 24 Mar 2072 14:20:52 +0000",
                                                                 "Thu, 24 Mar 2072 14:20:52 +0100", 0,
                                                                 timedelta(hours=1)),
     "Date offset should be +0000"),
    ("torbay_08's now given +0000", lambda: _relabel("torbay_08.eml", now="2072-03-31T09:10:48+00:00"),
     "now offset differs from the Date header's"),
    ("herefordshire_08 sent on Good Friday", lambda: _shift_date("herefordshire_08.eml", "Thu, 07 Apr 2072",
                                                                 "Fri, 08 Apr 2072", 1), "Date outside the window"),
    ("knowsley_06 sent on a Saturday", lambda: _shift_date("knowsley_06.eml", "Mon, 08 Feb 2072", "Sat, 06 Feb 2072", -2),
     "Date on a weekend"),
    ("torbay_02 filed as a near miss", lambda: _relabel("torbay_02.eml", category="near_miss"), "urgent vs category"),
    ("herefordshire_02 sent to human review (undefined step-up)",
     lambda: _relabel("herefordshire_02.eml", next_action="human_review"), "next_action human_review != alert_duty"),
    ("Kayden labelled in lower case", lambda: _exp("herefordshire_06.eml")["children"][0].update(name="kayden ward"),
     "no source record"),
    ("a Mosaic id labelled with its label", lambda: _relabel("richmond_wandsworth_01.eml", case_ids=["Mosaic ID 2741183"]),
     "is not an EHM/ICS/LCS/Mosaic id"),
    ("the court number labelled as a case id", lambda: _relabel("richmond_wandsworth_06.eml", case_ids=["WD72P00318"]),
     "is not an EHM/ICS/LCS/Mosaic id"),
    ("mum's refusal labelled null", lambda: _relabel("torbay_04.eml", consent=None),
     "'Mum has declined Early Help for now' means consent False"),
    ("the manager's disagreement labelled null", lambda: _relabel("torbay_07.eml", manager_agreed=None),
     "means manager_agreed False"),
    ("consent to be decided over Easter labelled true", lambda: _relabel("knowsley_08.eml", consent=True, missing=[]),
     "means consent None, label True"),
    ("the urgent line copied into richmond_wandsworth_07's body", lambda: _sub("richmond_wandsworth_07.eml",
        b"Sophie and I are both available", b"He took Noah out on his own. Sophie and I are both available"),
     "the urgent line only in the .docx"),
    ("'urgent' added to herefordshire_06's subject", lambda: _sub("herefordshire_06.eml", b"Subject: chelsea's kids",
                                                                   b"Subject: urgent chelsea's kids"),
     "no alarm word are"),
    ("a date in the year after the window's", lambda: _sub("knowsley_07.eml", b"late June", b"June 2073"),
     "year after 2072"),
    ("an 18-year-old labelled as a child", lambda: (_exp("tower_hamlets_07.eml")["children"][0].update(dob="2053-09-23"),),
     "parses to 2057-09-23"),
    ("Auto-Submitted removed from the out-of-office", lambda: _sub("richmond_wandsworth_05.eml",
                                                                   b"Auto-Submitted: auto-replied\r\n", b""),
     "auto_reply marked Auto-Submitted"),
    ("richmond_wandsworth_04's calendar made a REQUEST", lambda: _sub("richmond_wandsworth_04.eml", b"method=REPLY",
                                                                     b"method=REQUEST"),
     "exactly one text/calendar method=REPLY part"),
    ("a level on a step-up", lambda: _relabel("torbay_07.eml", level=3), ": level"),
    ("a near miss relabelled ordinary", lambda: _relabel("torbay_03.eml", category="ordinary"), "category totals"),
    ("the children of tower_hamlets_01 swapped", lambda: _exp("tower_hamlets_01.eml")["children"].reverse(),
     "children not in order of first full-name appearance"),
    ("gcp2 missing without neglect", lambda: _relabel("knowsley_02.eml", missing=["gcp2", "meeting_details", "taf_minutes"]),
     "gcp2 missing but no neglect"),
    ("a meeting date given to the undated knowsley_02", lambda: META["knowsley_02.eml"].update(meeting=date(2072, 1, 27)),
     "notice_ok None but 7 WD"),
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
           "missing %s" % dict(Counter(m for e in ex for m in e["missing"])),
           "concerns %s" % dict(Counter(m for e in ex for m in e["concerns"])),
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
    out.append("offsets %s" % dict(Counter(datetime.fromisoformat(l["now"]).strftime("%z") for l in LABELS)))
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
