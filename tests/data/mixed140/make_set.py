#!/usr/bin/env python3
"""mixed140: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the spring term of 2053 (Monday 6 January - Thursday 3 April 2053), in primary and community health voices:
dentists and dental nurses, an optometrist and a dispensing optician, paediatric audiologists, community
pharmacists, children's physiotherapists, speech and language therapists, occupational therapists, a walk-in centre,
an NHS 111 clinical navigator, a GP receptionist and a school nurse's drop-in, with their clinical shorthand (PC, HPC,
O/E, ?NAI, WNB, EHC, GCS), appointment systems and "was not brought" letters, and what they noticed in a short
appointment; plus the social workers and Early Help workers whose step-ups and step-downs quote them.

Urgent mail (12): a 15-year-old at the pharmacy counter with a 31-year-old "boyfriend" waiting in his car; a school
nurse's drop-in record of fingertip bruises on a 13-year-old's neck (forwarded); a pharmacist's TENTATIVE calendar
reply whose comment describes a mother too intoxicated to dose, alone with a 9-month-old; a dentist's note of a torn
frenulum in a 7-month-old taken home by his father; an audiologist's forwarded email about a father under a
non-molestation order ("I'm having the kids today"), hedged by the team manager; a GP receptionist's admin question
whose PS is a trafficked "niece"; a walk-in centre's HTML note of 'sock' scalds, the child taken home before review;
a speech and language therapist's PDF session note ("Jay hurt my bottom ... Jay get me Tuesday"); an NHS 111 call at
night (a 10-year-old whose mother would not wake); an OT who found a disabled 11-year-old and her 13-year-old sister
alone; a physiotherapist's note of a non-mobile baby's swollen forearm; and a dispensing optician who watched a drunk
mother drive off with two small children. None uses any of the brief's banned words (nor "safeguard*" or "child
protection"). Near misses (12): a historic ear injury explained at a child protection medical, a primary care WNB
bulletin with training examples, a child's words from 2050, a walk-in centre's fictional training scenarios, dental
neglect resolved, an OT's night bolt explained, a physio's hypothetical, an adult with a learning disability, a
walk-in centre's "no concerns" note, a school nurse's out-of-office boilerplate, a drop-in statistics summary and an
audiology letter's negated template box.

Window: the spring term of 2053, checked with Python: New Year's Day is Wednesday 1 January; schools return Monday
6 January; Good Friday is 4 April and Easter Monday 7 April, so the term ends Thursday 3 April. No bank holiday falls
inside the window. British Summer Time begins at 01:00 UTC on Sunday 30 March 2053: mail up to Friday 28 March is
+0000, mail from Monday 31 March +0100. Two Knowsley notice counts cross Easter (Good Friday and Easter Monday), one
decisively (knowsley_03: 5 plain weekdays, 3 working days).

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values and calendar UIDs come from sha1
of the file name; zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py (`--stats` prints the
tallies; `--inject-faults` breaks an in-memory copy in several ways and requires every break to be caught). pypdf and
python-docx are used only by the self-checks, to read the hand-built PDFs and .docx files back; `holidays` must agree
with the script's bank-holiday list. The MIME, Word HTML, PDF, .docx, iCalendar, out-of-office, quote-chain,
working-day, readable-text and self-check helpers are copied from /work/main/tests/data/mixed27/make_set.py and
adapted. Every label was set by hand from the specification; the self-checks only verify them against its rules and
STOP on any error before anything is written.
"""

import base64, hashlib, html, json, os, quopri, re, struct, sys, zlib
import email, email.policy, email.utils
from email.header import Header
from datetime import datetime, date, timedelta, timezone
from zoneinfo import ZoneInfo

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
    """Local (Europe/London) wall-clock time. The window (Monday 6 January - Thursday 3 April 2053) is GMT (+0000)
    until British Summer Time begins at 01:00 UTC on Sunday 30 March 2053, then +0100. The self-check asserts every
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
            zi = zipfile.ZipInfo(name, date_time=(2053, 1, 2, 0, 0, 0))
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




# ============================================================================= helpers added for mixed140
NHSDISC = T("""
********************************************************************
This message may contain confidential information. If you are not the intended recipient please tell the sender you have received it in error and then delete it. NHSmail is the secure email and directory service for health and care organisations in England.
********************************************************************
""")

def apple_mail(f, top, text, atts=()):
    """Apple Mail (macOS): text/plain quoted-printable, LF, Apple-Mail boundary, attachments after the text."""
    t = text_part(text, cte="quoted-printable")
    root = multipart("mixed", [t] + list(atts), "Apple-Mail=_%s" % sha(f, "apple")[:24].upper()) if atts else t
    return build(top, root, False)

def base64_mail(f, top, text, atts=()):
    """One base64 text/plain part with LF line ends (a webmail client), attachments after it."""
    t = text_part(text, cte="base64", crlf=False)
    root = multipart("mixed", [t] + list(atts), bnd(f, 1)) if atts else t
    return build(top, root, False)

def html_mixed(f, top, html_body, atts=()):
    """HTML-only body (no text/plain twin) with attachments."""
    h = text_part(html_body, "html", crlf=True)
    root = multipart("mixed", [h] + list(atts), bnd(f, 1)) if atts else h
    return build(top, root, True)

def fwd_block(frm, sent, to, subject, text, cc=None):
    """Outlook's forwarded-message header block, as it sits under a forward."""
    return quote(frm, sent, to, subject, text, cc=cc)


# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2053-03-31 09:22:14"
    body = T("""
Hi all,

Please accept this Teams invitation for a step up TAF meeting for Tayla Brannigan and her brother Jaxon.

Case ID on EHM: EHM-72418
Date of step up TAF meeting: Wednesday 9th April 2053, 10:00-11:30 (Teams)
Children: Tayla Brannigan (DOB 14-Aug-2044) and Jaxon Brannigan (DOB 02-Mar-2048)
Mum: Sharon Brannigan

Why I am asking for a step up: neglect, mainly of the children's health, and non-engagement with health appointments over the last year, despite the TAF plan.

What health have told us:
- Community Dental Service: Tayla had 6 teeth taken out under general anaesthetic at Alder Hey in November. Jaxon has visible decay on his front teeth. Three "was not brought" letters since September (WNB 18/09, 23/10, 04/12). After the third they discharged Jaxon back to his GP.
- Huyton Village Opticians: Jaxon's glasses were broken in October and have not been replaced. The optometrist says his patching for his lazy eye has stopped, which matters at his age.
- Orthoptics at Whiston: WNB x2 (November, January).
- School nurse: Tayla's weight has dropped from the 25th to below the 9th centile since the summer; head lice all term.
- GP practice: both children WNB for their flu vaccinations.

Attached: the step up form, the Graded Care Profile 2 (completed with mum on 25/02), the Engaging Families Toolkit (completed 10/03 - engagement low to medium: mum is friendly and lets me in, but nothing changes for the children) and the minutes of the last TAF (12/03).

My team manager, Joanne Kaye, discussed the step up with me in supervision on 27/03/2053 and agreed it.

Mum knows I'm asking for this meeting and I've invited her and the current TAF members (school, community dental service, school nurse).

Thanks
Lauren

Lauren Tasker
Family First Case Manager | Halewood & Whiston Team | Knowsley Council
0151 496 0377
""")
    cal = ics("REQUEST", f, dt(when), "20530409T100000", "20530409T113000",
              "Step up TAF meeting - Brannigan - EHM-72418", "Microsoft Teams Meeting", body,
              ("Lauren Tasker", "Lauren.Tasker@" + KDOM),
              [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH business support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("Gemma Price", "gemma.price7@nhs.net", "OPT-PARTICIPANT", "NEEDS-ACTION"),
               ("Orla Finnegan", "o.finnegan@stcolumbas.example.sch.uk", "OPT-PARTICIPANT", "NEEDS-ACTION")])
    form = appendix1([
        ("Case ID on EHM:", "EHM-72418"),
        ("Has this family recently closed to Children's Social Care?:", "No - never open to CSC."),
        ("Date of step up TAF meeting:", "Wednesday 9th April 2053, 10:00 (Teams)"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Low to medium. Yes - toolkit completed 10/03/2053 and attached."),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 12/03/2053."),
        "# What are we worried about?",
        ("Current Concerns (Impact on child)",
         "Tayla (8): 6 teeth extracted under GA in November; weight below the 9th centile; head lice. Jaxon (5): "
         "untreated decay; broken glasses not replaced since October, patching stopped."),
        ("Past Harm", "Repeated 'was not brought' letters from the dental service, orthoptics and the GP since September."),
        ("Complicating Factors", "Mum works nights; the children's father is not involved; no car."),
        "# What is working well?",
        ("Existing Strengths", "Mum is warm with the children and lets the case manager in. School attendance 93% and 95%."),
        ("Existing Safety", "Maternal grandmother collects the children from school twice a week."),
        "# What next?",
        ("Goals", "Children's health needs met: dental treatment, glasses and patching, weight monitored."),
        ("Next Steps", "Step up TAF meeting to decide whether the case steps up to CSC for a C&F assessment."),
        ("Scaling Question:", "0 = the children's health needs are not being met at all; 10 = met without help. Case manager: 3."),
        ("Graded Care profile (If neglect should be completed).", "Completed 25/02/2053 - attached."),
        ("Engaging Families Toolkit - Signs of Well-being Family Engagement Risk Assessment Tool.", "Completed 10/03/2053 - attached."),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "Not applicable."),
        ("Agreement by line manager:", "Joanne Kaye, Team Manager - agreed 27/03/2053."),
        ("Contingency plan (Smart and timely).", "If step up is not agreed, the TAF continues with a dental and optician plan reviewed fortnightly."),
    ])
    atts = [docx_att("FF Step Up request to CSC - Brannigan.docx", form),
            pdf_att("GCP2 - Brannigan - 25.02.2053.pdf", "Graded Care Profile 2 (GCP2) - summary of scores", [
                "Family: Brannigan. Children: Tayla (8), Jaxon (5). Completed with mum on 25/02/2053 by L Tasker.",
                "Area 1 Physical care (nutrition, housing, clothing, hygiene): 4",
                "Area 2 Care of safety: 3",
                "Area 3 Love and care: 2",
                "Area 4 Stimulation and education: 3",
                "Health (appointments, dental, vision): 5 - health needs not met; repeated WNB.",
                "Overall: 4. Mum agreed the scores for health and hygiene."]),
            docx_att("Engaging Families Toolkit - Brannigan.docx", [
                "# Engaging Families Toolkit",
                "Family: Brannigan (EHM-72418). Completed 10/03/2053.",
                "What has been tried: 14 home visits since September; appointment reminders by text; lifts offered to the dental clinic twice; two TAFs held at the school.",
                "What it tells us: mum engages with the case manager but not with the children's health appointments. Engagement: low to medium."]),
            docx_att("TAF minutes 12.03.2053 - Brannigan.docx", [
                "# TAF meeting minutes - 12/03/2053",
                "Present: Sharon Brannigan (mum), Lauren Tasker (FF case manager, chair), Orla Finnegan (school), Gemma Price (community dental service).",
                "Dental: third WNB letter; Jaxon discharged to GP. Optician: glasses still not replaced.",
                "Agreed: case manager to discuss step up with her team manager."])]
    top = outlook_top(f, addr("Tasker, Lauren", "Lauren.Tasker@" + KDOM),
                      "%s, %s" % (addr("Knowsley MASH", KMASH), addr("MASH business support", KBS)),
                      "Step up TAF meeting - Brannigan - EHM-72418", when,
                      cc="%s, %s" % (addr("Gemma Price", "gemma.price7@nhs.net"),
                                     addr("Orla Finnegan", "o.finnegan@stcolumbas.example.sch.uk")),
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    add(f, itip_request_mail(f, top, body, cal, atts), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-72418"],
        [ch("Tayla Brannigan", "2044-08-14", "14-Aug-2044"), ch("Jaxon Brannigan", "2048-03-02", "02-Mar-2048")],
        ["neglect", "non_engagement"], None, True, [], True, "book_meeting",
        "Complete Knowsley step-up sent as the case manager's Teams invitation (iTIP REQUEST) to the MASH inbox and MASH "
        "business support, as the seed asks: form, GCP2 (neglect), Engaging Families Toolkit (non-engagement with health "
        "appointments), TAF minutes, EHM id, TM agreed. Health voices (dental WNB letters, optician, orthoptics, school "
        "nurse) give the concerns. Notice: Mon 31 Mar -> Wed 9 Apr 2053 is exactly 5 working days (1, 2, 3, 8, 9 April; "
        "Good Friday 4 Apr and Easter Monday 7 Apr excluded; 7 plain weekdays) -> ok -> book_meeting. 'Mum knows' is "
        "not consent (null). EMIS-style DOBs 14-Aug-2044 / 02-Mar-2048.",
        meeting=date(2053, 4, 9), not_children=["Sharon Brannigan", "Lauren Tasker", "Gemma Price"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2053-01-14 11:43:27"
    body = T("""
Hello,

I am the pharmacist at Prescot Road Pharmacy in Huyton. I was told this is the email address for children's services in Knowsley. I have also tried to ring but I'm in a queue and I can't leave the counter for long.

At 10.50 this morning a girl asked for the morning-after pill. In the consultation room she gave her name as Skye Rimmer, date of birth 09/06/2037, which makes her 15. She said she lives with her mum in Stockbridge Village but has been "stopping at" her boyfriend's flat most nights since Christmas.

The boyfriend came in with her. He looks to be in his thirties. He tried to come into the consultation room with her and told her, in front of me, to "just say you're 16". He paid in cash. When I asked Skye on her own how old he is she said "he's 31 but he's alright". She said he buys her things, and the phone she had was from him. She said they had sex on Sunday night. She would only give his first name, Jordan.

I supplied EHC (levonorgestrel 1.5 mg) as she was within 72 hours and able to consent to that, and gave her our card.

They are sitting in his car on our car park now (11.40) - a black Audi A3, registration starting PO71 - and he is on his phone. She said they are going back to his flat after this.

I don't have a phone number for her mum. Please could somebody ring me on the pharmacy line, 0151 496 0733. I am here until 6pm.

Farhana Qureshi MPharm
Pharmacist Manager
Prescot Road Pharmacy, 212 Prescot Road, Huyton
GPhC 2219043

""") + NHSDISC
    top = outlook_top(f, addr("QURESHI, Farhana (PRESCOT ROAD PHARMACY)", "farhana.qureshi4@nhs.net"),
                      addr("Knowsley MASH", KMASH),
                      "15 year old girl in the pharmacy this morning with a much older man - still outside", when,
                      mid_domain="AM0PR06MB1234.eurprd06.prod.outlook.com")
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Skye Rimmer", "2037-06-09", "09/06/2037")],
        ["exploitation", "sexual_harm"], None, None, [], None, "alert_duty",
        "A COMMUNITY PHARMACIST, IN PLAIN WORDS: a 15-year-old asking for the morning-after pill with a 31-year-old "
        "'boyfriend' who coached her to say she is 16, buys her things and gave her a phone; she stays at his flat; they "
        "are in his car on the car park now and going back to his flat. Sexual abuse / CSE happening now -> urgent -> "
        "alert_duty. Not a step request -> other. 'EHC' is written only as the abbreviation. The GPhC registration number "
        "(7 digits) is not a case id.",
        not_children=["Farhana Qureshi"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2053-04-02 14:26:51"
    body = T("""
Hi Family First duty,

I'm stepping Harper down to Family First at Level 3. The C&F assessment is nearly finished and I'd like a Family First case manager to come with me on a joint home visit:

Wednesday 9th April 2053 at 10am, at the family home, 14 Lowther Close, Halewood.

Child: Harper Gillespie, DOB 21/11/2045 (7)
ICS ID: 1731208
Mum: Leanne Gillespie

Mum gave her consent for Harper to be referred to Family First when I saw her on 28/03/2053.

What are we worried about?
Harper has a moderate hearing loss in her left ear and wears a hearing aid, which she often takes out at school. Mum's anxiety has been bad this winter and she finds appointments hard - Harper missed two audiology reviews in the autumn.

What is working well?
Mum started with Talking Therapies in January and has been to every session. Harper went to her last two audiology appointments with her nan. School say she is settled and her attendance is 96%.

What needs to happen?
A Family First case manager to pick up the TAF; help for mum with appointments (nan is willing); school to check Harper's aid every morning; audiology review in May.

A note on the history, because it will come up if you read the audiology letter (attached): Harper's hearing loss followed a perforated left eardrum in September 2051. Because she also had bruising behind that ear, it was looked at under child protection procedures at the time and she had a child protection medical. The paediatrician concluded the injury was accidental - she fell from a neighbour's trampoline, which the neighbour saw - and there was no further action. There have been no injuries or concerns of that kind since, and it is not why we have been involved this time.

Thanks,
Nathan

Nathan Ellery
Social Worker | Children in Need Team 2 | Knowsley Council
0151 496 0612

""") + KDISC
    atts = [pdf_att("Audiology letter 12.02.2053 - Harper Gillespie.pdf", "Paediatric Audiology - clinic letter", [
        "Re: Harper Gillespie  DOB 21/11/2045",
        "Seen: 12/02/2053 with maternal grandmother.",
        "Dx: mild-moderate conductive hearing loss L (post-traumatic TM perforation 09/2051, now healed).",
        "PMH: ?NAI query 09/2051 - CP medical: accidental (fall from trampoline, witnessed). NFA.",
        "Aided: L BTE. Data logging: 3.1 hrs/day (school days lower).",
        "Attendance: WNB x2 (10/2052, 11/2052). Attended today.",
        "Plan: encourage full-time use; school to check aid daily; review 3/12."])]
    top = outlook_top(f, addr("Ellery, Nathan", "Nathan.Ellery@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Family First L3 - Harper Gillespie - joint home visit Wed 9th April", when)
    add(f, mail(f, top, body, atts, html_alt=True), "knowsley", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["1731208"],
        [ch("Harper Gillespie", "2045-11-21", "21/11/2045")],
        ["disability_send", "parental_mental_health"], True, None, [], False, "request_info",
        "NEAR MISS - A HISTORIC INJURY ALREADY EXPLAINED: a perforated eardrum with bruising behind the ear in 2051, "
        "looked at under child protection procedures, child protection medical 'accidental', NFA; '?NAI query' in the "
        "audiologist's shorthand; 'no injuries or concerns of that kind since' -> not urgent, no physical_harm. Level 3 "
        "step-down complete (joint home visit with date, time and venue; three headings; consent). Notice DECIDED BY "
        "EASTER: Wed 2 Apr -> Wed 9 Apr 2053 is 5 plain weekdays but only 3 working days (3, 8, 9 April; Good Friday "
        "and Easter Monday excluded) -> notice not ok -> request_info. 'ICS ID: 1731208' -> bare number.",
        meeting=date(2053, 4, 9), not_children=["Leanne Gillespie", "Nathan Ellery"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2053-03-14 10:12:40"
    blocks = [
        "Good morning,", "",
        "Please note the intention to step Mia-Rose down from Child in Need to Level 2 Early Help, with the school nurse "
        "taking over as Lead Practitioner. The details of the final CIN meeting are below.", "",
        ("table", [["Item", "Details"],
                   ["Child", "Mia-Rose Cullen"],
                   ["DOB", "30/01/2042"],
                   ["ICS number", "ICS-1698420"],
                   ["Final CIN meeting", "Friday 21st March 2053, 2.00pm"],
                   ["Venue", "St Aidan's CE Primary School, Huyton - family room"],
                   ["New Lead Practitioner", "Bernadette O'Hare, School Nurse, Knowsley 0-19 Service (Mersey Community NHS Trust)"],
                   ["Consent", "Mum (Kerry Cullen) agreed to the step-down to the school nurse at the CIN review on 04/03/2053"]]),
        "",
        ("h", "What are we worried about?"),
        "Mia-Rose's daytime wetting and anxiety, which got worse while mum was unwell; she missed 31 sessions of school in the autumn term.",
        "",
        ("h", "What is working well?"),
        "Mum's depression is much better and she is back at work part time. Mia-Rose's attendance since January is 100%. "
        "The school nurse has been seeing her weekly for her continence plan and Mia-Rose likes her.",
        "",
        ("h", "What needs to happen?"),
        "School nurse to lead an Early Help Assessment and TAF; continence clinic review in April; mum to keep her GP "
        "reviews; first TAF review in 6 weeks.",
        "",
        "Bernadette is copied in and has agreed to take on the Lead Practitioner role.", "",
        "Kind regards", "Siobhan", "",
        "Siobhan Daly", "Social Worker | Huyton CIN Team | Knowsley Council", "0151 496 0588"]
    top = outlook_top(f, addr("Daly, Siobhan", "Siobhan.Daly@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Level 2 (school nurse) - Mia-Rose Cullen - final CIN Fri 21/03", when,
                      cc=addr("O'HARE, Bernadette (MERSEY COMMUNITY NHS TRUST)", "bernadette.ohare@nhs.net"))
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 2, ["ICS-1698420"],
        [ch("Mia-Rose Cullen", "2042-01-30", "30/01/2042")],
        ["parental_mental_health", "school_attendance"], True, None, [], True, "book_meeting",
        "Complete Knowsley Level 2 step-down in a Word table (Outlook HTML with plain twin): final CIN date, time and "
        "venue; all three Signs of Safety headings; the new Lead Practitioner is the school nurse, named with her "
        "agency. Consent stated (not required at L2, labelled true). Notice: Fri 14 Mar -> Fri 21 Mar 2053 = 5 working "
        "days -> ok -> book_meeting.",
        meeting=date(2053, 3, 21), not_children=["Kerry Cullen", "Siobhan Daly", "Bernadette O'Hare"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2053-02-06 13:31:08"
    ack = ack_text("step-up", "SB-knowsley-3318", [
        "Case: EHM-70551", "Children: Chantelle Moss (17/10/2039)",
        "Step-up TAF meeting: Wednesday 12 February 2053, 10:00 (Microsoft Teams)"], [])
    note = T("""
Dean - Chantelle came to my drop-in at lunch. My record is below. She said I could tell you. She doesn't want to go home.
Kelly

DROP-IN RECORD - Halewood Academy - 06/02/2053 12:40
Name: Chantelle Moss   Y9   DOB 17.10.2039
Seen by: K Farrar, School Nurse (SCPHN)
PC: "sore throat", asked for paracetamol
O/E: hoarse voice. 4 x ovoid bruises approx 1-1.5 cm L side of neck in a line, 1 x R side below angle of jaw. ?fingertip pattern. Faint red marks around neck.
Hx (C's own words): "Lee had me up against the wall by my neck last night cos I got in between him and mum." "He said he'd finish me if I told anyone." "Mum said don't say anything or they'll take us off her."
Lee = mum's partner (not C's dad). Lives at the house.
C says mum had a "fat lip" this morning.
C: "I'm not going back there tonight."
Leaves school 15:20, walks home. Mum at work until 6. Lee at home (not working).
Plan: told DSL (Mr Harland) 12:50. Emailed FF case manager (family open to Early Help, step up already requested). C staying in the medical room for now.
Kelly Farrar, School Nurse, Knowsley 0-19 Service
""")
    body = T("""
Please see the school nurse's drop-in note below - she sent it to me at 12.55. I'm driving to Halewood Academy now.

Chantelle finishes at 3.20 and walks home. Lee is at the house and mum is at work until 6.

Can someone from MASH ring me on 07700 900 562, or the school nurse on 0151 496 0845.

Dean

Dean Whitty
Family First Case Manager | Halewood & Whiston Team | Knowsley Council
""") + fwd_block("Farrar, Kelly (MERSEY COMMUNITY NHS TRUST) <kelly.farrar@nhs.net>", "06 February 2053 12:55",
                 "Whitty, Dean <Dean.Whitty@knowsley.gov.uk>", "Chantelle Moss - drop-in today", note) + quote_chain([
        ("Knowsley MASH <knowsleymash@knowsley.gov.uk>", "03 February 2053 09:12", "Whitty, Dean <Dean.Whitty@knowsley.gov.uk>",
         "[SB-knowsley-3318] Step-up request received - EHM-70551", ack, None)])
    top = outlook_top(f, addr("Whitty, Dean", "Dean.Whitty@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: [SB-knowsley-3318] Step-up request received - EHM-70551", when)
    add(f, mail(f, top, body), "knowsley", "mash_step_up", when, 2,
        "urgent", "follow_up", True, None, ["EHM-70551"],
        [ch("Chantelle Moss", "2039-10-17", "17.10.2039")],
        ["domestic_abuse", "physical_harm"], None, None, [], None, "alert_duty",
        "THE RISK IS IN A FORWARDED SCHOOL NURSE'S DROP-IN RECORD, IN CLINICAL SHORTHAND AND THE CHILD'S OWN WORDS: "
        "fingertip-pattern bruises on a 13-year-old's neck, 'Lee had me up against the wall by my neck last night cos I "
        "got in between him and mum', a threat if she tells, mum's 'fat lip'; she walks home at 15:20 to the man, mum at "
        "work. No alarm word anywhere. A reply to [SB-knowsley-3318] -> follow_up; urgent -> alert_duty. "
        "domestic_abuse + physical_harm.",
        not_children=["Dean Whitty", "Kelly Farrar"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2053-04-01 10:04:33"
    data = itip_reply(f, when, "Gemma Price", "gemma.price7@nhs.net", ("Knowsley MASH", KMASH), "ACCEPTED",
                      "Step up TAF meeting - Brannigan - EHM-72418 [SB-knowsley-3391]", "20530409T100000",
                      "20530409T113000", "Microsoft Teams Meeting",
                      comment="I'll bring our WNB log and the GA discharge letter from Alder Hey. "
                              "Gemma Price, Dental Nurse, Community Dental Service")
    add(f, data, "knowsley", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, ["EHM-72418"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, from the community dental service's dental nurse for knowsley_01's step up "
        "TAF meeting (Wed 9 Apr 2053, BST), sent back to the MASH inbox that forwarded the invitation with "
        "[SB-knowsley-3391]; a COMMENT with nothing of concern -> record_reply. EHM-72418 from the SUMMARY.")

def knowsley_07():
    f = "knowsley_07.eml"; when = "2053-01-13 08:02:10"
    text = T("""
PRIMARY CARE SAFEGUARDING BULLETIN - January 2053
For Knowsley GP practices, community pharmacies, dental and optometry practices, and partners

1. "Was Not Brought", not "Did Not Attend"
From 1 February every Knowsley practice will code a child's missed appointment as "Was Not Brought" (WNB). A child cannot bring themselves. Three WNBs in a year should prompt a conversation at your practice safeguarding meeting.

2. What to look for - examples for your next practice meeting
These are made-up examples for training. They do not describe any real child or family.
- Example A: a 2-year-old has missed three immunisation appointments. At a nurse appointment a bruise is seen on her ear. What do you do before she leaves, and who do you tell?
- Example B: a 14-year-old has been to the walk-in centre four times in a month with injuries, each time with a different adult.
- Example C: a pharmacist is asked for the morning-after pill by a 14-year-old whose much older "boyfriend" is waiting outside.
In each case: if a child is at immediate risk of harm, call 999. If you are worried about a child, ring the MASH - don't just send a letter.

3. Training
Level 3 safeguarding children: 12 March and 7 May, Huyton Suite, 9.30-12.30. Book through the training hub.

4. New WNB letter template
The new template is on the practice intranet under Safeguarding > Templates.

You are receiving this bulletin because you are on the Knowsley primary care partners list. To unsubscribe, reply with UNSUBSCRIBE in the subject.
""")
    h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
         "<body style=\"font-family:Arial,sans-serif;font-size:10pt\">\n"
         "<div style=\"background:#005EB8;color:#FFFFFF;padding:10px\"><b>PRIMARY CARE SAFEGUARDING BULLETIN</b> - January 2053<br>"
         "For Knowsley GP practices, community pharmacies, dental and optometry practices, and partners</div>\n"
         "<h3>1. &quot;Was Not Brought&quot;, not &quot;Did Not Attend&quot;</h3>\n"
         "<p>From 1 February every Knowsley practice will code a child's missed appointment as &quot;Was Not Brought&quot; (WNB). "
         "A child cannot bring themselves. Three WNBs in a year should prompt a conversation at your practice safeguarding meeting.</p>\n"
         "<h3>2. What to look for - examples for your next practice meeting</h3>\n"
         "<p><i>These are made-up examples for training. They do not describe any real child or family.</i></p>\n<ul>\n"
         "<li>Example A: a 2-year-old has missed three immunisation appointments. At a nurse appointment a bruise is seen on her ear. "
         "What do you do before she leaves, and who do you tell?</li>\n"
         "<li>Example B: a 14-year-old has been to the walk-in centre four times in a month with injuries, each time with a different adult.</li>\n"
         "<li>Example C: a pharmacist is asked for the morning-after pill by a 14-year-old whose much older &quot;boyfriend&quot; is waiting outside.</li>\n"
         "</ul>\n<p>In each case: if a child is at immediate risk of harm, call 999. If you are worried about a child, ring the MASH - "
         "don't just send a letter.</p>\n"
         "<h3>3. Training</h3>\n<p>Level 3 safeguarding children: 12 March and 7 May, Huyton Suite, 9.30-12.30. Book through the training hub.</p>\n"
         "<h3>4. New WNB letter template</h3>\n<p>The new template is on the practice intranet under Safeguarding &gt; Templates.</p>\n"
         "<p style=\"color:#666666;font-size:8pt\">You are receiving this bulletin because you are on the Knowsley primary care "
         "partners list. To unsubscribe, reply with UNSUBSCRIBE in the subject.</p>\n</body></html>\n")
    top = plain_top(f, addr("Knowsley Primary Care Safeguarding Team", "primarycare.safeguarding@knowsley-pcn.example.org"),
                    addr("Knowsley MASH", KMASH), "Primary Care Safeguarding Bulletin - January 2053 - Was Not Brought",
                    when, "knowsley-pcn.example.org", None,
                    extra=[("List-Id", "Knowsley primary care partners <partners.knowsley-pcn.example.org>"),
                           ("List-Unsubscribe", "<mailto:primarycare.safeguarding@knowsley-pcn.example.org?subject=UNSUBSCRIBE>")])
    add(f, alt_mail(f, top, text, h), "knowsley", "mash_step_up", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A BULLETIN THAT LISTS EXAMPLES: a primary care bulletin about 'Was Not Brought' coding with three "
        "made-up training examples (a bruised 2-year-old, a teenager with repeated injuries, a 14-year-old with an older "
        "'boyfriend') and 'immediate risk of harm, call 999'; 'They do not describe any real child or family'. DESIGN "
        "rule 1: bulletins listing examples must not trigger -> not urgent; no request -> other -> human_review. List-Id, "
        "no Auto-Submitted.")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2053-02-19 12:14:45"
    comment = ("Tentative for the 26th - I may not get cover. But please can someone ring me today. Kirsty came in at "
               "11.30 for her supervised methadone with Ollie-James Kerr (9 months) in the pram. She was nodding off at "
               "the counter, pupils pinned, slurring, and nearly dropped the cup - I didn't dose her. Ollie-James's nappy "
               "was soaked through to his clothes and he had no coat or blanket on. She left at 11.50 saying she was going "
               "to Dean's on Tithebarn Road, Prescot. As far as I know she is on her own with him - his dad is in prison. "
               "I've tried her key worker at the drug service twice, no answer. "
               "Matt Doran, Pharmacist, Whiston Road Pharmacy, 0151 496 0718")
    data = itip_reply(f, when, "Matthew Doran", "matthew.doran2@nhs.net",
                      ("Family First 0-18 Duty Mailbox", KFF), "TENTATIVE",
                      "TAF review - Kerr - EHM-71196", "20530226T140000", "20530226T150000",
                      "Whiston Family Hub, meeting room 2", comment=comment)
    add(f, data, "knowsley", "early_help_duty", when, 4,
        "urgent", "meeting_reply", True, None, ["EHM-71196"],
        [ch("Ollie-James Kerr")],
        ["neglect", "substance_misuse"], None, None, [], None, "alert_duty",
        "THE RISK IS IN A CALENDAR REPLY'S COMMENT: a community pharmacist's TENTATIVE iTIP REPLY to a TAF review invitation "
        "whose COMMENT says a mother on supervised methadone was too intoxicated to dose, with her 9-month-old soaked and "
        "without a coat, and has gone to a named address; she is the only carer. Immediate, today -> urgent -> alert_duty "
        "(rule 1: 'a meeting reply's comment'). Child named without DOB; neglect + substance_misuse.",
        not_children=["Matthew Doran"])


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2053-01-15 10:06:22"
    body = T("""
Dear MASH colleagues,

Following reflective supervision with Femi Adeyemi (Early Help Practitioner) on 13/01/2053, I am requesting a step up to Children's Services for:

Rosie Delaney, DOB 04/04/2047 - Mosaic ID 3305127
Alfie Delaney, DOB 19/09/2049 - Mosaic ID 3305128

The latest case summary is attached. The rationale is below.

RATIONALE FOR STEP UP
The family have had an Early Help plan since June 2052 for neglect of the children's health and of the home. Health partners have each told us the same thing:
- School nurse (Rosie's Reception height and weight check, 10/12/2052): weight below the 2nd centile, down from the 25th at her 2-year review; "clothes too small, hungry at breakfast club".
- Community Dental Service: three "was not brought" letters for Rosie (September, October, November). She was in pain with a dental abscess at school in December and mum did not collect the antibiotics from the pharmacy.
- Health visitor and speech and language therapy: Alfie's speech is about 18 months behind. He was not brought to two of his three SALT appointments; the third was by video and he was not on screen.
- Mum has cancelled, or not been in for, 4 of the last 6 Early Help visits and has told Femi she "doesn't see the point".
The plan has not changed things for the children in six months and mum is not engaging with Early Help. In my view the children's needs now call for an assessment by Children's Services. I have agreed the plan to step up.

Mum has not been told yet; Femi will explain the step-up discussion to her at the next visit.

Femi will join the case discussion with me.

Kind regards

Bronwen Hale
Early Help Team Manager | Tooting Locality | Wandsworth Early Help
020 7946 0214

""") + RDISC
    atts = [docx_att("Case summary - Delaney - Jan 2053.docx", [
        "# Case summary - Delaney family",
        "Children: Rosie Delaney (5), Alfie Delaney (3). Mum: Chloe Delaney. Father not involved.",
        "Early Help since 06/2052 (referral from the health visitor: home conditions, missed health appointments).",
        "Progress: two TAFs held; dental, school nurse and SALT plans agreed but not followed through.",
        "Current position: weight faltering (Rosie), speech delay (Alfie), 3 dental WNB letters, 4 of 6 visits missed."])]
    top = outlook_top(f, addr("Hale, Bronwen", "Bronwen.Hale@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up request - Delaney children - Mosaic 3305127 / 3305128", when,
                      cc=addr("Adeyemi, Femi", "Femi.Adeyemi@" + RDOM))
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["3305127", "3305128"],
        [ch("Rosie Delaney", "2047-04-04", "04/04/2047"), ch("Alfie Delaney", "2049-09-19", "19/09/2049")],
        ["neglect", "non_engagement"], None, True, [], None, "book_meeting",
        "Complete Richmond & Wandsworth step-up from the Early Help Team Manager (seed 000): case summary attached, "
        "rationale pasted under its own heading; the TM agrees ('I have agreed the plan to step up'). Health voices "
        "(school nurse weight, dental WNB letters, SALT WNB) -> neglect; mum not engaging with Early Help -> "
        "non_engagement. 'Mum has not been told yet' -> consent null (not required). 'Mosaic ID 3305127' -> bare.",
        not_children=["Bronwen Hale", "Femi Adeyemi"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2053-02-11 10:24:03"
    text = T("""
To Richmond and Wandsworth MASH,

I am a dentist at the Balham Community Dental Access Centre (community dental service). I have tried the MASH number twice and been left on hold, and I want this in writing as well.

Patient: Nova Brennan-Achebe   DOB 02/07/2052 (7 months)   NHS No. 943 476 5919
Address given: Flat 6, Marlowe House, Ravenslea Road, London SW12
Attended 09:40 with father (Kieran Brennan). Mother at work, per father.

PC: bleeding from upper lip since yesterday evening.
HPC (per father): "rolled off the sofa onto the laminate" yesterday at about 6pm. Later in the appointment: "she pulled herself up on the coffee table and fell". Red book: HV review 03/02 records "not yet rolling".
O/E: fresh tear of the maxillary labial frenum, bleeding on gentle lip retraction. 2 x approx 5 mm blue bruises L cheek. Small bruise R pinna. No teeth erupted. Baby very quiet; flinched and cried when the upper lip was lifted.
Impression: frenal tear and bruising in a non-mobile infant; history inconsistent and changed during the appointment.
Action: I advised father that Nova needs to be seen by the paediatric team at St George's today and offered to phone ahead. He declined, said she was "fine" and that he was taking her home. He left with Nova at 10:10. I could not persuade him to wait.

I can speak at any time today on 020 7946 0563 (clinic) or 07700 900 781.

Dr Ananya Bose BDS MFDS
Specialty Dentist, Community Dental Service

""") + NHSDISC
    h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
         "<body style=\"font-family:Calibri,sans-serif;font-size:11pt\">\n"
         "<p>To Richmond and Wandsworth MASH,</p>\n"
         "<p>I am a dentist at the Balham Community Dental Access Centre (community dental service). I have tried the MASH number "
         "twice and been left on hold, and I want this in writing as well.</p>\n"
         "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\" style=\"border-collapse:collapse\">\n"
         "<tr><td><b>Patient</b></td><td>Nova Brennan-Achebe</td></tr>\n"
         "<tr><td><b>DOB</b></td><td>02/07/2052 (7 months)</td></tr>\n"
         "<tr><td><b>NHS No.</b></td><td>943 476 5919</td></tr>\n"
         "<tr><td><b>Address given</b></td><td>Flat 6, Marlowe House, Ravenslea Road, London SW12</td></tr>\n"
         "<tr><td><b>Attended</b></td><td>09:40 with father (Kieran Brennan). Mother at work, per father.</td></tr>\n"
         "</table>\n"
         "<p><b>PC:</b> bleeding from upper lip since yesterday evening.<br>\n"
         "<b>HPC (per father):</b> &quot;rolled off the sofa onto the laminate&quot; yesterday at about 6pm. Later in the appointment: "
         "&quot;she pulled herself up on the coffee table and fell&quot;. Red book: HV review 03/02 records &quot;not yet rolling&quot;.<br>\n"
         "<b>O/E:</b> fresh tear of the maxillary labial frenum, bleeding on gentle lip retraction. 2 x approx 5 mm blue bruises "
         "L cheek. Small bruise R pinna. No teeth erupted. Baby very quiet; flinched and cried when the upper lip was lifted.<br>\n"
         "<b>Impression:</b> frenal tear and bruising in a non-mobile infant; history inconsistent and changed during the appointment.<br>\n"
         "<b>Action:</b> I advised father that Nova needs to be seen by the paediatric team at St George's today and offered to "
         "phone ahead. He declined, said she was &quot;fine&quot; and that he was taking her home. He left with Nova at 10:10. "
         "I could not persuade him to wait.</p>\n"
         "<p>I can speak at any time today on 020 7946 0563 (clinic) or 07700 900 781.</p>\n"
         "<p>Dr Ananya Bose BDS MFDS<br>Specialty Dentist, Community Dental Service</p>\n"
         "<p style=\"font-size:8pt;color:#666666\">" + esc(NHSDISC).replace("\n", "<br>\n") + "</p>\n</body></html>\n")
    top = outlook_top(f, addr("BOSE, Ananya (COMMUNITY DENTAL SERVICE)", "ananya.bose@nhs.net"), addr("MASH Step Up", RSU),
                      "7 month old seen at the Dental Access Centre this morning - torn frenulum - gone home with father",
                      when, mid_domain="DB7PR06MB5541.eurprd06.prod.outlook.com")
    add(f, alt_mail(f, top, text, h), "richmond_wandsworth", "mash_step_up", when, 5,
        "urgent", "other", True, None, [],
        [ch("Nova Brennan-Achebe", "2052-07-02", "02/07/2052")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A DENTIST'S CLINICAL NOTE (PC / HPC / O/E / Impression): a torn labial frenum and facial and ear bruising in a "
        "7-month-old who is not yet rolling, a history that changed during the appointment, and a father who refused the "
        "paediatric review and took her home at 10:10. No alarm word anywhere. Immediate -> urgent -> alert_duty; other "
        "(not a step request). The NHS number is not a case id.",
        not_children=["Kieran Brennan", "Ananya Bose"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2053-01-23 14:41:17"
    body = T("""
Dear Early Help duty,

Further to my call with Jasper Quint this morning, I'm confirming the step-down case discussion for Kai on Tuesday 28th January at 10am (Teams). My team manager, Owen Pryor, will join us.

Kai Moreno-Whitfield, DOB 12/12/2040, Mosaic 3219884
Mum: Carla Moreno

Attached are the latest case summary and the draft Early Help plan. Mum and Kai have both agreed to Early Help continuing the plan - mum signed the consent on 21/01/2053 and Kai said he'd "give it a go". Kai's speech and language therapist, Imogen Teller, is willing to be the lead professional.

Kai has a developmental language disorder and an EHCP. His needs now are mainly about school and his language, and mum has asked for help with his anger at home and the move to secondary.

One thing you'll see in the SALT reports and the chronology: in 2050, when Kai was 9, he told his SALT in a session that "daddy hit mummy with the hoover pipe". That was referred at the time; there was a strategy discussion and a section 47 enquiry, and dad left the family home in 2050. There has been no contact with dad since then and there are no current concerns about domestic abuse. His SALT's latest report (January) says he now talks about it as "before" and it isn't a worry for him now.

Many thanks,
Tasha

Tasha Lindqvist
Social Worker | Richmond Children in Need Team
020 7946 0377

""") + RDISC
    atts = [pdf_att("Case summary - Kai M-W - Jan 2053.pdf", "Case summary - Kai Moreno-Whitfield", [
                "Mosaic 3219884. Lives with mum (Carla Moreno). Father: no contact since 2050.",
                "CIN plan since 09/2052: Kai's behaviour at home and school; mum's request for support.",
                "Progress: school exclusions stopped since November; SALT programme in place; EHCP reviewed 12/2052.",
                "History: 2050 disclosure of domestic abuse by father - s47, father left; no current concerns."]),
            docx_att("Draft Early Help plan - Kai M-W.docx", [
                "# Draft Early Help plan - Kai Moreno-Whitfield",
                "Lead professional (proposed): Imogen Teller, Speech and Language Therapist.",
                "1. Transition support for the move to secondary school (SENCo, summer term).",
                "2. Parenting support for mum around Kai's anger (Early Help worker, weekly for 8 weeks).",
                "3. SALT programme continued at school and at home."])]
    top = outlook_top(f, addr("Lindqvist, Tasha", "Tasha.Lindqvist@" + RDOM), addr("Early Help Duty", RED),
                      "Step down to Early Help - Kai Moreno-Whitfield - case discussion Tues 28th 10am", when,
                      cc=addr("Pryor, Owen", "Owen.Pryor@" + RDOM))
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 3,
        "near_miss", "step_down", False, None, ["3219884"],
        [ch("Kai Moreno-Whitfield", "2040-12-12", "12/12/2040")],
        ["disability_send"], True, None, [], None, "book_meeting",
        "NEAR MISS - A CHILD'S WORDS FROM 2050, HISTORIC AND RESOLVED: the SALT reports quote 'daddy hit mummy with the "
        "hoover pipe' (2050, s47 then, father left, no contact since, 'no current concerns about domestic abuse') -> not "
        "urgent, no domestic_abuse. Complete Richmond & Wandsworth step-down: case summary, draft plan, consent (mum "
        "signed, Kai agreed); discussion agreed with the duty manager for Tue 28 Jan (within 5 days). "
        "disability_send (DLD, EHCP). 'Mosaic 3219884' -> bare.",
        not_children=["Carla Moreno", "Tasha Lindqvist", "Imogen Teller"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2053-03-03 13:15:36"
    h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
         "<body style=\"font-family:Arial,sans-serif;font-size:10.5pt;color:#212B32\">\n"
         "<p>Dear MASH colleagues,</p>\n"
         "<p>I lead education and training at the <b>Tooting Walk-in Centre</b>. On the afternoon of <b>Thursday 24 April</b> we are "
         "running a session for our nurses and receptionists called <i>&quot;Bruising in babies, and what we notice in a "
         "ten-minute appointment&quot;</i>, and we would love someone from the MASH to co-present the last half hour.</p>\n"
         "<p>The three case scenarios we plan to use are attached. <b>All the scenarios are fictional</b> - they are composites "
         "written for teaching and do not describe any real child or family, and nothing in them needs any action.</p>\n"
         "<p>If you can help, or suggest a colleague, please reply to me here. We can offer refreshments and a certificate "
         "for CPD.</p>\n"
         "<p>With thanks,<br>\nJoanna Whitcombe<br>\nClinical Educator, Tooting Walk-in Centre<br>\n020 7946 0602</p>\n"
         "</body></html>\n")
    atts = [pdf_att("Scenarios - bruising in babies - walk-in centre training.pdf",
                    "Walk-in centre training - case scenarios (FICTIONAL)", [
        "These scenarios are fictional composites for teaching. They do not describe real patients.",
        "Scenario 1: Baby R, 4 months, is brought in at 19:00 by her father with a bruise on her cheek. He says her",
        "2-year-old brother 'hit her with a toy'. She is not rolling yet. What do you do before she leaves?",
        "Scenario 2: A 15-year-old asks the nurse for the morning-after pill. A man in his thirties is waiting in the car",
        "park and keeps ringing her. What questions do you ask, and who do you tell, and when?",
        "Scenario 3: A 3-year-old has scalds to both feet in a 'sock' pattern with no splash marks. The adult with her",
        "wants to leave before the doctor sees her. What do you say, and who do you ring?",
        "Discussion: the immediate risk, what 'non-mobile' means, and why we never just write a letter."])]
    top = outlook_top(f, addr("Whitcombe, Joanna (TOOTING WALK-IN CENTRE)", "joanna.whitcombe@nhs.net"), addr("MASH Step Up", RSU),
                      "Invitation: walk-in centre training 24 April - 'Bruising in babies' - could MASH co-present?", when,
                      mid_domain="PAXPR06MB7711.eurprd06.prod.outlook.com")
    add(f, html_mixed(f, top, h, atts), "richmond_wandsworth", "mash_step_up", when, 7,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - TRAINING SCENARIOS: an HTML-only invitation to co-present a walk-in centre training session, with a "
        "PDF of three fictional scenarios (a bruised non-mobile baby, a 15-year-old with an older man, a 'sock' pattern "
        "scald) and the words 'immediate risk'; 'All the scenarios are fictional ... nothing in them needs any action'. "
        "Not urgent; no request -> other -> human_review.")

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2053-02-27 16:48:02"
    text = T("""
Hi EH duty,

Just spoke to your duty manager, Jasper, and we agreed a step-down case discussion for Theo on Monday 3rd March at 2pm on Teams.

Theo Adebayo-Ross, DOB 2044-06-03, Mosaic 3340017. Lives with dad (Samuel Ross).

Theo has cerebral palsy (GMFCS level III). He uses a walker at school and a wheelchair for longer distances, and is seen by the children's physio (Hannah at Queen Mary's) and the OT. Since the CIN plan started dad has had the stairlift fitted, respite is in place, and the physio says Theo's home exercise programme is now being done. What's left is dad managing on his own and Theo's equipment reviews.

Draft EH plan attached. I'll send the case summary when I'm back at my desk tomorrow - it's on my laptop.

I haven't asked dad yet about Early Help taking over - I'll talk it through with him at tomorrow's visit and let you know.

Thanks
Marcus

Sent from my iPhone
""")
    atts = [pdf_att("Draft EH plan - Theo AR.pdf", "Draft Early Help plan - Theo Adebayo-Ross", [
        "1. Equipment: OT review of the bathroom and walker (OT, April).",
        "2. Physio home exercise programme continues; physio to review at school each half term.",
        "3. Carer's assessment for dad; respite reviewed in June.",
        "4. Early Help worker to support dad with benefits and transport to appointments."])]
    top = plain_top(f, addr("Marcus Oyelowo", "Marcus.Oyelowo@" + RDOM), addr("Early Help Duty", RED),
                    "Step down - Theo Adebayo-Ross", when, RDOM, "iPhone Mail (22E240)")
    add(f, iphone_mail(f, top, text, atts), "richmond_wandsworth", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["3340017"],
        [ch("Theo Adebayo-Ross", "2044-06-03", "2044-06-03")],
        ["disability_send"], None, None, ["case_summary", "consent"], None, "request_info",
        "iPhone (format=flowed, quoted-printable) Richmond & Wandsworth step-down: draft plan attached, but the case "
        "summary will follow ('on my laptop') and consent is still to be asked ('I haven't asked dad yet ... I'll talk it "
        "through with him') -> consent null -> missing case_summary and consent -> request_info. Physio and OT voices; "
        "disability_send. ISO DOB.",
        not_children=["Samuel Ross"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2053-03-05 11:52:19"
    aud = T("""
Hi Priya,

Lacey came for her hearing aid review at 9 with mum. While Lacey was in the booth with my assistant, mum showed me a text on her phone from Dale (Lacey's dad - she says there is a non-molestation order against him): "I know where you are. I'm having the kids today, try and stop me." She said his white van was parked across the road from the clinic when they arrived, and that he was outside the school gates yesterday afternoon. She was shaking and kept looking out of the window.

Lacey's aids were fine today - new moulds fitted.

They left at 9.50. Mum said she was taking Lacey back to school (St Mary's, Twickenham) and would pick up both children at 3 as usual - Max is at the nursery on the same site. She didn't want me to ring anyone. I didn't know who else to tell, so I'm telling you.

Sarah

Sarah Whitlock
Paediatric Audiologist | Children's Hearing Service | Queen Mary's Hospital, Roehampton
""")
    body = T("""
Dear MASH,

Please find attached the latest case summary and our rationale for stepping up the Fenwick children to Children's Services. Priya Nair (Early Help Practitioner) and I discussed it in supervision on Monday 3rd March and I agreed the step up.

Lacey Fenwick - DOB 08/08/2046 - Mosaic 3287710
Max Fenwick - DOB 15/01/2049 - Mosaic 3287711

In short: mum's drinking has increased since Christmas, Lacey's hearing aids are often flat or not in, and two audiology appointments were missed in January (details in the rationale).

Priya has also had the email below from audiology this morning. I'm not sure what to make of it and Priya is trying to reach mum - I'm forwarding it so that you have it with the request.

Ruth

Ruth Adair
Early Help Team Manager | Twickenham Locality | Richmond Early Help
020 7946 0228
""") + fwd_block("Whitlock, Sarah (QUEEN MARY'S HOSPITAL) <sarah.whitlock@nhs.net>", "05 March 2053 10:41",
                 "Nair, Priya <Priya.Nair@richmondandwandsworth.gov.uk>", "Lacey Fenwick - today's appointment", aud)
    atts = [docx_att("Case summary - Fenwick - March 2053.docx", [
                "# Case summary - Fenwick family",
                "Children: Lacey Fenwick (6, permanent moderate hearing loss, bilateral aids), Max Fenwick (4).",
                "Mum: Gemma Fenwick. Father: Dale Fenwick - no contact; non-molestation order made June 2052 for two years.",
                "Early Help since 04/2052 after domestic abuse by father; mum and children moved to Twickenham.",
                "Since Christmas: mum drinking most evenings (her own account); children late to school; aids often flat."]),
            docx_att("Rationale for step up - Fenwick.docx", [
                "# Rationale for step up",
                "Mum's alcohol use has increased and she has not taken up the referral to the alcohol service.",
                "Lacey's hearing aids: often not charged or not worn; WNB to audiology 09/01 and 23/01.",
                "Max: nursery report him hungry on Mondays.",
                "Early Help has not been able to change this in three months; the plan needs a statutory assessment."])]
    top = outlook_top(f, addr("Adair, Ruth", "Ruth.Adair@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Fenwick children - Mosaic 3287710 / 3287711", when,
                      cc=addr("Nair, Priya", "Priya.Nair@" + RDOM))
    add(f, mail(f, top, body, atts, html_alt=True), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["3287710", "3287711"],
        [ch("Lacey Fenwick", "2046-08-08", "08/08/2046"), ch("Max Fenwick", "2049-01-15", "15/01/2049")],
        ["disability_send", "domestic_abuse", "substance_misuse"], None, True, [], None, "alert_duty",
        "HEDGED, AND THE RISK IS IN A FORWARDED AUDIOLOGIST'S EMAIL: a complete planned step-up (case summary and rationale "
        "attached, TM sender agrees) whose TM is 'not sure what to make of' the forward: the father, under a "
        "non-molestation order, texted 'I'm having the kids today, try and stop me', his van was outside the clinic and "
        "the school, and the children are collected at 3 today. No alarm word anywhere. Urgent -> alert_duty; nothing "
        "missing. disability_send (hearing loss), domestic_abuse, substance_misuse (mum's drinking).",
        not_children=["Ruth Adair", "Priya Nair", "Sarah Whitlock", "Gemma Fenwick", "Dale Fenwick"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2053-04-03 09:07:44"
    body = T("""
Thank you for your email.

I am on annual leave until Tuesday 8th April (back after the Easter bank holiday weekend) and will not be reading my emails.

For clinical queries about children seen by the Children's Physiotherapy Service please contact the admin team on 020 7946 0577 or reply to the team mailbox.

Hannah Ferris
Children's Physiotherapist | Queen Mary's Hospital, Roehampton
""")
    data = ooo(f, when, "FERRIS, Hannah (QUEEN MARY'S HOSPITAL)", "hannah.ferris@nhs.net", addr("Early Help Duty", RED),
               "[SB-richmond_wandsworth-4471] Step-down case discussion - Adebayo-Ross", body)
    add(f, data, "richmond_wandsworth", "early_help_duty", when, 1,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Outlook out-of-office (Auto-Submitted: auto-replied, X-Auto-Response-Suppress) from the children's physiotherapist "
        "copied on richmond_wandsworth_05's case discussion, on Thu 3 Apr 2053 (BST, +0100), away over Easter -> "
        "auto_reply -> ignore (rule 2).")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2053-03-17 11:36:50"
    ack = ["Thank you - your step-down request has been received.", "",
           "Reference: SB-richmond_wandsworth-4452", "Case: Mosaic 3298012", "Children: Ruby Okafor", "",
           "What is missing:", "- confirmation that the family consent to Early Help continuing the plan", "",
           "Please reply to this email, keeping the reference in the subject, to add anything."]
    text = T("""
Hi,

Attached are mum's signed consent for Ruby's step-down to Early Help, and the dental discharge letter I mentioned.

The letter reads worse than it is. Ruby had eight baby teeth taken out under a general anaesthetic last spring, and there were three "was not brought" letters before that - it was part of why we were involved. Since October mum has taken her to every appointment (four of them), her teeth and her brushing are much better, and the dental service have discharged her back to her own dentist. There are no dental concerns now.

Joel

Joel Fairbairn
Social Worker | Wandsworth Family Support Team

On 14 Mar 2053, at 09:02, Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk> wrote:

""") + stepbot_ack("SB-richmond_wandsworth-4452", ack)
    atts = [pdf_att("Consent - Okafor - signed 14.03.2053.pdf", "Consent to Early Help", [
                "I, Blessing Okafor, consent to Early Help continuing the plan for my daughter Ruby Okafor.",
                "I understand information will be shared with the Early Help team and the professionals in the plan.",
                "Signed: B. Okafor   Date: 14/03/2053"]),
            pdf_att("Dental discharge letter - Ruby Okafor.pdf", "Community Dental Service - discharge letter", [
                "Re: Ruby Okafor   DOB 05/05/2046",
                "Treatment: comprehensive care under GA 04/2052 - extraction of 8 primary teeth (caries).",
                "Attendance: WNB x3 (01/2052, 02/2052, 03/2052) - health visitor informed at the time.",
                "Since 10/2052: attended 4/4 appointments with mum. Oral hygiene good. Fluoride varnish applied.",
                "Outcome: discharged to general dental practitioner. No ongoing concerns."])]
    top = plain_top(f, addr("Joel Fairbairn", "Joel.Fairbairn@" + RDOM), addr("Early Help Duty", RED),
                    "Re: [SB-richmond_wandsworth-4452] Step-down request received - Mosaic 3298012", when, RDOM,
                    "Apple Mail (2.3826.400.131)",
                    extra=[("In-Reply-To", msgid(f + "-ack", "stepbot.invalid")),
                           ("References", msgid(f + "-ack", "stepbot.invalid"))])
    add(f, apple_mail(f, top, text, atts), "richmond_wandsworth", "early_help_duty", when, 4,
        "near_miss", "follow_up", False, None, ["3298012"],
        [ch("Ruby Okafor", "2046-05-05", "05/05/2046")],
        [], True, None, [], None, "attach_to_request",
        "NEAR MISS - DENTAL NEGLECT THAT IS RESOLVED: an Apple Mail reply to [SB-richmond_wandsworth-4452] bringing the "
        "signed consent and a dental discharge letter (8 extractions under GA, WNB x3 in 2052) that 'reads worse than it "
        "is': every appointment kept since October, discharged, 'No ongoing concerns' -> not urgent, no concern "
        "labelled. follow_up -> attach_to_request; consent true (signed form). DOB only in the letter.",
        not_children=["Blessing Okafor", "Joel Fairbairn"])


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2053-01-21 10:33:05"
    body = T("""
Dear MAST,

Please find attached a Multi-Agency Request for Support for Yusuf Ali (DOB 10/03/2043) and Maryam Ali (DOB 21/07/2050), Mosaic 3411205 and 3411206.

We have worked with the family under a TAF since September. Dad has been signed off work with depression since the autumn and things at home have got worse:
- Maryam (2): the health visitor and the community dental service report 10 decayed teeth; she has a bottle of juice at night; she was not brought to the dental clinic twice; her speech and language therapist has closed her case after three missed sessions.
- Yusuf (9): the school nurse's drop-in has seen him four times this term hungry and in the same uniform; his glasses have been broken since November.
- Home conditions have gone down - bin bags in the hallway and mould in the children's room (photos in the MARF).

Dad is open about struggling and has agreed to the MARF being sent.

My manager, Shanaz Begum, has agreed the step up (she is copied in).

Kind regards
Halima

Halima Khatun
Family Support Practitioner | Early Help Hub (Bow) | London Borough of Tower Hamlets

""") + TDISC
    atts = [docx_att("MARF - Ali - Jan 2053.docx", [
        "# Multi-Agency Request for Support (MARF)",
        "Children: Yusuf Ali (10/03/2043), Maryam Ali (21/07/2050). Parent: Imran Ali.",
        "Agency: Early Help Hub (Bow). Referrer: Halima Khatun. Manager: Shanaz Begum.",
        "Reason: neglect of the children's health and home conditions; father's depression.",
        "Health information: 10 carious teeth (Maryam); WNB dental x2; SALT closed after 3 WNB; Yusuf's glasses broken.",
        "Parent aware of and agrees to this request: Yes.",
        "Manager's agreement: Shanaz Begum, Team Manager, 20/01/2053."])]
    top = outlook_top(f, addr("Khatun, Halima", "Halima.Khatun@" + TDOM), addr("MAST", TMAST),
                      "Step up to MAST - Ali family - MARF attached", when,
                      cc=addr("Begum, Shanaz", "Shanaz.Begum@" + TDOM))
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "mash_step_up", when, 6,
        "ordinary", "step_up", False, None, ["3411205", "3411206"],
        [ch("Yusuf Ali", "2043-03-10", "10/03/2043"), ch("Maryam Ali", "2050-07-21", "21/07/2050")],
        ["neglect", "parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Tower Hamlets MAST step-up: MARF attached (request_for_support) and the manager's agreement stated "
        "(manager copied). Health voices (HV, dental WNB, SALT, school nurse drop-in) -> neglect; dad's depression -> "
        "parental_mental_health. Dad agrees to the MARF -> consent true (not required).",
        not_children=["Halima Khatun", "Shanaz Begum", "Imran Ali"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2053-01-22 11:18:39"
    text = T("""
Hello,

I'm one of the receptionists at Jubilee Street Surgery, E1. Our practice manager said to email you.

Could you tell me how we should register a child who has no documents at all - no passport, no NHS number, no letter from a school? The adult with her said he has nothing with her name on it. Our policy says we register anyway, but I wanted to check whether there is anything else we should do, or anyone we should tell.

Thank you,
Sadia Parvin
Reception, Jubilee Street Surgery

PS - I should say why I'm asking. The man came in this morning at 10.20 to register a girl he said is his niece, Grace Mensah, date of birth 12/09/2038. She looks younger than 14. He answered every question for her, even when I asked her directly. When he went out to move his car she said to me, very quietly, "please, I am not his family" and "I clean his house, no school". Her hands were very rough and cracked. He said she came from Ghana "a few months ago" and will be "helping in the house". They are coming back at 4pm today for the new patient check with our practice nurse. I didn't say anything to him.
""")
    top = plain_top(f, addr("PARVIN, Sadia (JUBILEE STREET SURGERY)", "sadia.parvin@nhs.net"), addr("MAST", TMAST),
                    "Registering a child with no documents", when, "nhs.net", None)
    add(f, mail(f, top, text, cte="7bit", crlf=False), "tower_hamlets", "mash_step_up", when, 4,
        "urgent", "other", True, None, [],
        [ch("Grace Mensah", "2038-09-12", "12/09/2038")],
        ["exploitation"], None, None, [], None, "alert_duty",
        "THE RISK IS IN A PS, FROM A GP RECEPTIONIST: the mail asks an admin question (registering a child with no "
        "documents); the PS says the 'niece' told her 'please, I am not his family' and 'I clean his house, no school', "
        "the man answered for her, and they come back at 4pm today. Child trafficking / domestic servitude now -> urgent "
        "-> alert_duty; other. One 7bit text/plain part. No alarm word anywhere.",
        not_children=["Sadia Parvin"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2053-03-10 16:21:56"
    rows = [("Patient", "Aisha Khanom"), ("DOB", "05/11/2049 (3 yrs)"),
            ("Address", "Flat 22, Dunstan Houses, Stepney Green, E1"),
            ("Brought by", "Mum's partner, gave his name as Reece. Mum not present."),
            ("Arrived / left", "14:35 / 15:55 - left before the doctor's review, with the partner"),
            ("PC", "\"stepped into the bath when it was too hot\" yesterday evening"),
            ("O/E", "Scalds to both feet and ankles in a 'sock' distribution; sharp upper margins at the same height on both "
                    "legs; no splash marks; soles relatively spared. Blistering. Child very withdrawn - did not speak, did "
                    "not cry when the dressings were put on."),
            ("Hx", "Partner's account changed: first \"she climbed in by herself\", then \"her cousin ran the bath\". No "
                   "first aid given; not brought in until today."),
            ("Plan", "Dressings applied. Advised she needs review by the paediatric burns team at the Royal London today. "
                     "Partner refused, said he would \"take her to the GP tomorrow\", and left.")]
    h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
         "<body style=\"font-family:Arial,sans-serif;font-size:10pt\">\n<p>Hello,</p>\n"
         "<p>I found this address on an Early Help leaflet in our waiting room. I have also left a message on the MAST "
         "line. I don't know whether this family is known to you.</p>\n"
         "<table border=\"1\" cellpadding=\"5\" cellspacing=\"0\" style=\"border-collapse:collapse;width:640px\">\n"
         + "".join("<tr><td style=\"background:#E8EDEE;width:120px\"><b>%s</b></td><td>%s</td></tr>\n" % (esc(a), esc(b))
                   for a, b in rows) +
         "</table>\n"
         "<p>The partner said they were going back to the flat; mum is &quot;at her sister's&quot;. I have no phone number "
         "for mum. Please can someone call me back on 020 7946 0491 - I am here until 8pm.</p>\n"
         "<p>Olamide Adesanya<br>Advanced Nurse Practitioner<br>Mile End Walk-in Centre</p>\n</body></html>\n")
    top = outlook_top(f, addr("ADESANYA, Olamide (MILE END WALK-IN CENTRE)", "olamide.adesanya@nhs.net"), addr("Early Help Hub", TEH),
                      "3 year old seen today with scalds to both feet - left before review", when,
                      mid_domain="LO2PR06MB4410.eurprd06.prod.outlook.com")
    add(f, html_only(f, top, h), "tower_hamlets", "early_help_duty", when, 4,
        "urgent", "other", True, None, [],
        [ch("Aisha Khanom", "2049-11-05", "05/11/2049")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "HTML-ONLY WALK-IN CENTRE NOTE IN A TABLE (clinical): symmetrical 'sock' scalds with sharp margins and no splash "
        "marks on a 3-year-old, a changing account, no first aid, and the partner took her home before the doctor's "
        "review, refusing the burns team; mum absent. Sent to the Early Help inbox from a leaflet. No alarm word. "
        "Immediate -> urgent -> alert_duty; other.",
        not_children=["Olamide Adesanya"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2053-02-04 15:02:27"
    body = T("""
Hello Early Help Hub,

The Child and Family Assessment for Zayan Rahman (DOB 2045-08-14), Mosaic 3376641, concluded on 30/01/2053 with a recommendation of step-down to a Team Around the Family. I will chair the TAF meeting on Thursday 13th February at 10am at Bow Lane Primary School.

Attached: the C&F assessment and the draft TAF plan.
Parents (Mr and Mrs Rahman) have consented to the step-down and to Early Help - they signed at the final CIN review.
Lead Practitioner: Ms Nasreen Chowdhury, SENCo, Bow Lane Primary School - she has agreed to take this on.

Zayan is autistic, has very little speech, and is under the children's OT and SALT.

So that nobody is alarmed by the assessment: it records "a bolt on the outside of Zayan's bedroom door". This was fitted by the council's adaptations team on the OT's recommendation after Zayan twice left the flat at about 3am last summer and was found on the stairwell. It is a half-height stable-door bolt used only at night, with a door sensor and a monitor; it was agreed at the CIN review with the OT, and the OT reviewed it on 20/01/2053 and was happy with it. It is part of his sensory and night-time plan, not a punishment, and there are no concerns about how his parents care for him. He has not left the flat at night since August.

Thanks,
Ben

Ben Costa
Social Worker | Assessment and Intervention Team | Tower Hamlets Children's Social Care

""") + TDISC
    atts = [pdf_att("C&F Assessment - Zayan Rahman - concluded 30.01.2053.pdf", "Child and Family Assessment - summary", [
                "Child: Zayan Rahman, DOB 14/08/2045. Mosaic 3376641. Assessment concluded 30/01/2053.",
                "Needs: autism, limited verbal communication, sleep; parents' need for respite.",
                "Home: a bolt on the outside of Zayan's bedroom door (half-height, night only) - OT recommendation",
                "after two night-time exits in 2052; reviewed by OT 20/01/2053; with door sensor and monitor.",
                "Analysis: parents meet Zayan's needs well with support; no statutory role needed.",
                "Recommendation: step-down to a TAF with the school SENCo as Lead Practitioner."]),
            docx_att("Draft TAF plan - Zayan Rahman.docx", [
                "# Draft TAF plan - Zayan Rahman",
                "Lead Practitioner: Nasreen Chowdhury (SENCo, Bow Lane Primary).",
                "1. Sleep: OT night-time plan continues; review in 3 months.",
                "2. Communication: SALT programme at school and home (PECS).",
                "3. Respite: short breaks application (family support, March)."])]
    top = outlook_top(f, addr("Costa, Ben", "Ben.Costa@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to Early Help - Zayan Rahman - Mosaic 3376641 - TAF 13/02", when)
    add(f, mail(f, top, body, atts, html_alt=True), "tower_hamlets", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["3376641"],
        [ch("Zayan Rahman", "2045-08-14", "2045-08-14")],
        ["disability_send"], True, None, [], None, "book_meeting",
        "NEAR MISS - A LOCK ON A CHILD'S DOOR THAT IS AN OT'S SAFETY MEASURE: 'a bolt on the outside of Zayan's bedroom "
        "door' is explained (OT recommendation after night-time exits last summer, agreed at CIN, reviewed 20/01, 'not a "
        "punishment', 'no concerns about how his parents care for him', no exits since August) -> not urgent, no "
        "missing. Complete Tower Hamlets step-down: C&F assessment, draft TAF plan, consent, lead practitioner with agency "
        "-> book_meeting. disability_send.",
        not_children=["Ben Costa", "Nasreen Chowdhury"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2053-03-13 12:05:44"
    text = T("""
Dear colleagues,

I am stepping Inaya Begum (DOB 23/02/2052) down to Early Help following her Child and Family Assessment, which concluded on 07/03/2053. Mosaic 3402287.

Mum (Shirin Begum) had postnatal depression after Inaya's birth and was under the perinatal mental health team. She has been discharged to her GP and is doing well. Inaya is thriving: the health visitor's 12-month review found her weight on the 50th centile and her development on track.

Lead Practitioner: Roxanne Ellis, Health Visitor, Tower Hamlets 0-19 Health Service (Stepney) - she has agreed to lead the TAF.
Mum has given her consent to the step-down and to the TAF.
The draft TAF plan is attached. The C&F assessment will follow once my manager has signed it off.

I will arrange and chair the TAF meeting within the 10 working days.

Kind regards
Ruksana Ahmed
Social Worker | Children's Social Care Assessment Team | Tower Hamlets
""")
    atts = [docx_att("Draft TAF plan - Inaya Begum.docx", [
        "# Draft TAF plan - Inaya Begum",
        "Lead Practitioner: Roxanne Ellis, Health Visitor.",
        "1. Mum's wellbeing: GP reviews; mum and baby group at the children's centre.",
        "2. Inaya: health visitor contacts at 15 and 18 months; immunisations up to date.",
        "3. Housing: support with the transfer application (family support worker)."])]
    top = plain_top(f, addr("Ruksana Ahmed", "Ruksana.Ahmed@" + TDOM), addr("Early Help Hub", TEH),
                    "Step down - Inaya Begum (1) - Mosaic 3402287", when, TDOM, None,
                    extra=[("User-Agent", "Roundcube Webmail/1.6.9")])
    add(f, base64_mail(f, top, text, atts), "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["3402287"],
        [ch("Inaya Begum", "2052-02-23", "23/02/2052")],
        ["parental_mental_health"], True, None, ["assessment"], None, "request_info",
        "Base64 text/plain (LF) Tower Hamlets step-down: draft TAF plan attached, consent, and the health visitor named "
        "with her agency as Lead Practitioner, but the C&F assessment 'will follow once my manager has signed it off' -> "
        "missing assessment -> request_info. Mum's postnatal depression (now well) -> parental_mental_health.",
        not_children=["Shirin Begum", "Roxanne Ellis", "Ruksana Ahmed"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2053-02-25 11:04:13"
    ack = ack_text("step-up", "SB-tower_hamlets-5216", [
        "Case: Mosaic 3399120", "Children: Sofia Akhtar (14/06/2046)",
        "MAST discussion: Thursday 27 February 2053, 10:00 (Microsoft Teams)"], [])
    body = T("""
Hi,

Adding to our step up for Sofia. Our speech and language therapist, Hannah Greaves, saw Sofia at school this morning and asked me to pass on her session note (attached). I said I'd send it straight on. I'm not sure if it changes anything for Thursday's MAST discussion.

Sofia is in school until 3.15 today.

Thanks
Jannat

Jannat Hussain
Early Help Practitioner | Early Help Hub (Poplar) | Tower Hamlets
""") + quote_chain([
        ("MAST <MAST@towerhamlets.gov.uk>", "20 February 2053 14:02", "Hussain, Jannat <Jannat.Hussain@towerhamlets.gov.uk>",
         "[SB-tower_hamlets-5216] Step-up request received - Mosaic 3399120", ack, None)])
    atts = [pdf_att("SALT session note 25.02.2053 - S Akhtar.pdf", "Children's Speech and Language Therapy - session note", [
        "Child: Sofia Akhtar   DOB 14/06/2046   NHS No. 612 884 3390",
        "Setting: Bigland Green Primary, Year 1 - 1:1, 09:15-09:45. Therapist: Hannah Greaves, SLT.",
        "Aim: narrative - who / doing / what (Colourful Semantics).",
        "Notes: engaged well with the 'who' and 'doing' cards; 3-word sentences with a visual prompt.",
        "Spontaneous utterances (verbatim): picking up the 'man' card - 'Jay hurt my bottom.'",
        "Then: 'Mummy's friend. He do it when mummy at work.' Then: 'Jay get me Tuesday.'",
        "Sofia then stopped talking and hid the card under the table. No leading questions asked; I said",
        "'thank you for telling me'.",
        "Class teacher (Ms Peters) confirms: a family friend called Jay collects Sofia from school on Tuesdays",
        "when mum works late; he is on the collection list.",
        "Actions: told the school DSL (Mrs Ali) 09:55; told the EH practitioner (Jannat Hussain) 10:30.",
        "Next session: 04/03/2053."])]
    top = outlook_top(f, addr("Hussain, Jannat", "Jannat.Hussain@" + TDOM), addr("MAST", TMAST),
                      "RE: [SB-tower_hamlets-5216] Step-up request received - Mosaic 3399120", when)
    add(f, mail(f, top, body, atts), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "follow_up", True, None, ["3399120"],
        [ch("Sofia Akhtar", "2046-06-14", "14/06/2046")],
        ["sexual_harm"], None, None, [], None, "alert_duty",
        "HEDGED BODY, THE RISK ONLY IN THE ATTACHMENT AND A CHILD'S OWN WORDS: the practitioner is 'not sure if it "
        "changes anything'; the SALT's PDF session note records a 6-year-old saying 'Jay hurt my bottom. Mummy's "
        "friend. He do it when mummy at work ... Jay get me Tuesday' - and today is Tuesday, when he collects her at "
        "3.15. No alarm word anywhere. A reply to [SB-tower_hamlets-5216] -> follow_up; urgent -> alert_duty; "
        "sexual_harm. Child and DOB from the quoted acknowledgement and the note.",
        not_children=["Jannat Hussain", "Hannah Greaves"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2053-02-17 14:10:31"
    text = T("""
Dear MAST team,

A question that came up at our physio team meeting. It is not about any child - we'd like to get our process right and put it in our team guidance.

Suppose a 10-year-old told one of our physios during a session that her dad hits her with a belt when she doesn't do her exercises, showed marks on her legs, and was going home with dad in an hour. Would you want us to ring MAST straight away, or email, or both? And would you want us to tell dad we were contacting you?

Also, if it was after 5pm, is the out-of-hours number the right one (0207 364 4079), or should we ring 999?

Again - this is a hypothetical for our guidance, not a real child.

Many thanks,
Ciaran Molloy
Physiotherapy Team Lead | Children's Physiotherapy | Mile End Hospital
""")
    h = html_of(text, "Calibri")
    top = outlook_top(f, addr("MOLLOY, Ciaran (CHILDREN'S PHYSIOTHERAPY)", "ciaran.molloy@nhs.net"), addr("MAST", TMAST),
                      "Question from our team meeting - what would MAST want us to do?", when,
                      mid_domain="CWLPR06MB2290.eurprd06.prod.outlook.com")
    add(f, alt_mail(f, top, text, h), "tower_hamlets", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A HYPOTHETICAL: a physio team lead asks what MAST would want if a child disclosed being hit with a "
        "belt and was going home in an hour - 'It is not about any child ... a hypothetical for our guidance, not a real "
        "child'. Not urgent; process question -> other -> human_review.")

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2053-02-06 09:40:12"
    data = google_reply(f, when, "Lucy Harrington", "lucy.harrington@nhs.net", ("Early Help Hub", TEH), "DECLINED",
                        "TAF meeting - Zayan R - Mosaic 3376641 [SB-tower_hamlets-5172]", "20530213T100000Z",
                        "20530213T113000Z", "Bow Lane Primary School",
                        "Thu 13 Feb 2053 10am - 11:30am (GMT)",
                        note="Sorry - I have an immunisation clinic at another school that morning. I'll send the school "
                             "nursing report to Ms Chowdhury before the meeting.")
    add(f, data, "tower_hamlets", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["3376641"], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY, PARTSTAT=DECLINED, from the school nurse for tower_hamlets_04's TAF meeting, with a "
        "note about an immunisation clinic -> record_reply. 'Mosaic 3376641' in the SUMMARY -> bare; 'Zayan R' is not a "
        "full name, so no child.")


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2053-01-20 14:17:03"
    body = T("""
Hi Early Help,

Please could I have a triage slot for a step down to level 3 for the Widdicombe children. The Single Assessment (attached) recommends no further action at level 4 and a level 3 coordinated response. My team manager, Lisa Trant, has recorded her analysis on the assessment confirming the threshold for level 3 is met.

Jacob Widdicombe, DOB 09/09/2043
Ella Widdicombe, DOB 28/12/2049 (3 - so I think this will be the under-5s triage?)
LCS-3318207

Mum (Kirsty Widdicombe) gave her consent for level 3 Early Help on 16/01/2053.

Background: the referral came from the health visitor after mum spoke about low mood at Ella's review. Mum is now on medication and seeing Talking Therapies. Jacob's attendance dropped to 84% in the autumn when mum was at her lowest and is now improving. Ella had speech therapy last year; her SALT discharged her in December because her speech has caught up. The dentist and the GP have no concerns.

Thanks,
Gemma

Gemma Stoneman
Social Worker | Single Assessment Team | Torbay Council

""") + BDISC
    atts = [pdf_att("Single Assessment - Widdicombe - Jan 2053.pdf", "Single Assessment - Widdicombe", [
        "Children: Jacob Widdicombe (09/09/2043), Ella Widdicombe (28/12/2049). LCS-3318207.",
        "Analysis (social worker): needs arise from mum's low mood; no evidence of significant harm; level 3 needs remain -",
        "school attendance and support for mum. Rationale for step down: mum engaging with treatment; family want help.",
        "Manager's analysis (Lisa Trant, Team Manager, 17/01/2053): I agree with the analysis. The threshold for level 3",
        "intervention is met and I support step down to a level 3 coordinated Early Help response.",
        "Outcome: NFA at level 4; step down to level 3 Early Help."])]
    top = outlook_top(f, addr("Stoneman, Gemma", "Gemma.Stoneman@" + BDOM), addr("Early Help", BEH),
                      "Triage slot request - step down L3 - Widdicombe - LCS-3318207", when,
                      cc=addr("Trant, Lisa", "Lisa.Trant@" + BDOM))
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["LCS-3318207"],
        [ch("Jacob Widdicombe", "2043-09-09", "09/09/2043"), ch("Ella Widdicombe", "2049-12-28", "28/12/2049")],
        ["parental_mental_health", "school_attendance"], True, True, [], None, "book_meeting",
        "Complete Torbay step-down (Single Assessment with the TM's analysis confirming the level 3 threshold, consent "
        "given) asking for a triage slot; Ella is 3 -> the fortnightly under-5s triage. Level 3 stated. The health "
        "visitor's referral; Ella's SALT discharged ('speech has caught up') -> no disability_send.",
        not_children=["Kirsty Widdicombe", "Gemma Stoneman", "Lisa Trant"])

def torbay_02():
    f = "torbay_02.eml"; when = "2053-01-23 22:14:37"
    text = T("""
To Torbay children's services / MASH,

I'm the clinical navigator on shift at NHS 111 (South West) tonight. One of our call handlers took the call below. The ambulance crew asked us to make sure children's services hear about it tonight. I have tried your out-of-hours number twice and it rang out, so I am emailing as well.

CALL SUMMARY (copied from the call record)
Call received: 23/01/2053 21:36
Caller: child, gave her name as Kacey Pascoe, age 10
Address: 9 Hilltop Close, Foxhole, Paignton
Reason for call: "my mum won't wake up"
Pathway: unconscious / not responding - adult
Caller reports: mum on the sofa, "she took her tablets and drank the vodka", "there's empty packets on the floor". Sibling Rio Pascoe, 14 months, in his cot, crying.
No other adult in the house. Dad "doesn't live with us".
Disposition: ambulance, category 1, dispatched 21:39. Call handler stayed on the line with Kacey and talked her through the recovery position until the crew arrived at 21:52.
Update 22:05 from the crew via the clinical hub: mother taken to Torbay Hospital, GCS 8. Children left with the neighbour at no. 7 (Mrs Pat Soper), who says she can only have them "for an hour or two" - she goes in for her own operation at 7am and has no room. The neighbour does not know any family. The crew asked for children's services to be told tonight.

Kacey was very calm on the phone but said "it happened before at Christmas".

Dawn Hartnoll
Clinical Navigator | NHS 111 South West
Direct line for tonight: 01632 960 441
""")
    top = plain_top(f, addr("HARTNOLL, Dawn (NHS 111 SOUTH WEST)", "dawn.hartnoll@nhs.net"), addr("Torbay MASH", BMASH),
                    "NHS 111 call tonight - two children, mother taken to hospital - Foxhole, Paignton", when, "nhs.net", None)
    add(f, mail(f, top, text, cte="7bit", crlf=True), "torbay", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Kacey Pascoe"), ch("Rio Pascoe")],
        ["parental_mental_health", "substance_misuse"], None, None, [], None, "alert_duty",
        "OUT OF HOURS (Thursday 22:14 GMT), AN NHS 111 CALL RECORD: a 10-year-old caller whose mother was unrousable after "
        "tablets and vodka; the mother is in hospital and the 10-year-old and a 14-month-old are with a neighbour who can "
        "keep them only an hour or two; no family known. A duty worker must act tonight -> urgent -> alert_duty (EDT). "
        "Ages only, no DOBs. 'ambulance, category 1' - no alarm word anywhere.",
        not_children=["Dawn Hartnoll", "Pat Soper"])

def torbay_03():
    f = "torbay_03.eml"; when = "2053-03-04 15:33:12"
    text = T("""
Hello,

I'm an optometrist at Harbourside Opticians in Brixham. I'm not sure whether this should go to you or to adult social care, so please pass it on if it isn't for you.

This afternoon I saw Chloe Tuckett, date of birth 14/02/2034, for an eye test. She has a learning disability - she told me she went to a special school and has a support worker "sometimes". She came with a man of about 50 who said he is her boyfriend. He answered every question for her, took her bank card out of her purse to pay for £240 of designer frames for himself, and kept the card. When he went to the toilet Chloe said she lives with him and "he looks after my money". She seemed frightened of getting things wrong.

She is 19, so I understand this is an adult matter, and there are no children involved as far as I know - she told me she has no children and no children live with them. I just didn't want to do nothing.

Tom Rendle
Optometrist | Harbourside Opticians, Brixham
""")
    h = html_of(text, "Arial")
    top = plain_top(f, addr("Tom Rendle", "tom@harbourside-opticians.example.co.uk"), addr("MASH", BMASH),
                    "Not sure if this is for you - young woman with a learning disability", when,
                    "mail.gmail.com", None)
    add(f, alt_mail(f, top, text, h), "torbay", "mash_step_up", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - AN ADULT ONLY: an optometrist's worry about financial control of a 19-year-old woman with a learning "
        "disability ('no children involved ... no children live with them') -> not a child-protection matter, not "
        "urgent; misdirected adult concern -> other -> human_review, no children, no concerns.",
        not_children=["Chloe Tuckett", "Tom Rendle"], adults=[("Chloe Tuckett", "14/02/2034")])

def torbay_04():
    f = "torbay_04.eml"; when = "2053-02-12 10:41:58"
    body = T("""
Dear MASH,

I am the lead professional for Kian Rowe (DOB 11/05/2041), EHM-884213, at level 3 since September. I discussed this with my ATM, Sharon Bickley, on 10/02/2053 and she agrees this new information needs to be considered for a level 4 statutory intervention.

New information from health this month:
- Children's physiotherapy: Kian has a right-sided hemiplegia and wears an ankle-foot orthosis. He was not brought to five physio appointments since November. When the physio saw him at school on 04/02 his orthosis no longer fitted and had rubbed his ankle raw; he said he hasn't worn it "since Christmas".
- School nurse: his weight has dropped from the 50th to the 9th centile since September; he told her there's "not much for tea".
- The dentist wrote on 06/02 that Kian has an untreated abscess and was not brought to the follow-up.
- Mum has stopped answering my calls and has cancelled the last three home visits.

I haven't been able to speak to mum about this contact to MASH yet - I'm going round on Friday and will ask for her consent then.

Jenna Hext
Family Intervention Worker | Torbay Early Help
07700 900 316

""") + BDISC
    top = outlook_top(f, addr("Hext, Jenna", "Jenna.Hext@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - step up from level 3 - Kian Rowe - EHM-884213", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["EHM-884213"],
        [ch("Kian Rowe", "2041-05-11", "11/05/2041")],
        ["disability_send", "neglect", "non_engagement"], None, True, ["consent"], None, "request_info",
        "Torbay step-up (contact to MASH) with the ATM's agreement, built from health voices (physio WNB x5 and an "
        "ill-fitting orthosis, school nurse weight, dentist's untreated abscess); mum not engaging. Parental consent not "
        "yet asked ('will ask for her consent then') -> consent null -> missing consent -> request_info. Not urgent: "
        "serious but not immediate.",
        not_children=["Jenna Hext", "Sharon Bickley"])

def torbay_05():
    f = "torbay_05.eml"; when = "2053-03-18 11:02:25"
    body = T("""
Hello,

I'd like to request a triage slot to step Lola down from CIN to Early Help. I've agreed with my manager, Anna Pengelly, that there is no further need for statutory intervention; her analysis is on the Single Assessment update attached. Mum, Sophie Harris, has given her consent for level 3 Early Help.

Lola Ching-Harris - DOB 03/03/2046 - LCS-3325519

The CIN plan was about mum's mental health after Lola's grandmother died; mum has been well since the autumn and is back at work part time.

You may see a health alert on LCS from 02/02/2053 - Lola was taken to the walk-in centre with a cut lip. I've copied the walk-in centre's note below. It was looked at properly and there is nothing in it:

"Paignton Walk-in Centre - 02/02/2053 16:10. PC: laceration lower lip. Mechanism: struck by a swing at Victoria Park, witnessed by 2 other parents (names in notes). O/E: 1 cm laceration inner lower lip, no other injuries, teeth intact. Child seen alone - account consistent with mum's. Safeguarding checklist completed: no concerns identified. Advice given; GP informed. Discharged."

Thanks,
Mark

Mark Petherick
Social Worker | Safeguarding and Supporting Families Team | Torbay Council

""") + BDISC
    atts = [pdf_att("Single Assessment update - Lola Ching-Harris.pdf", "Single Assessment update - Lola Ching-Harris", [
        "LCS-3325519. CIN plan since 06/2052 (mother's mental health following bereavement).",
        "Outcomes: mother well since autumn, back at work; Lola settled at school, attendance 97%.",
        "Manager's analysis (Anna Pengelly, Team Manager, 14/03/2053): outcomes achieved; level 4 no longer required;",
        "level 3 needs remain (bereavement support for Lola; mum's return to work). Threshold for level 3 met."])]
    top = outlook_top(f, addr("Petherick, Mark", "Mark.Petherick@" + BDOM), addr("Early Help", BEH),
                      "Triage request - step down - Lola Ching-Harris - LCS-3325519", when)
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["LCS-3325519"],
        [ch("Lola Ching-Harris", "2046-03-03", "03/03/2046")],
        ["parental_mental_health"], True, True, [], None, "book_meeting",
        "NEAR MISS - AN INJURY LOOKED AT AND EXPLAINED: a quoted walk-in centre note (a cut lip from a swing, witnessed, "
        "child seen alone, 'Safeguarding checklist completed: no concerns identified') and 'there is nothing in it' -> "
        "not urgent, no physical_harm. Complete Torbay step-down: assessment update with the TM's analysis, consent -> "
        "book_meeting. No level stated -> null.",
        not_children=["Sophie Harris", "Mark Petherick", "Anna Pengelly"])

def torbay_06():
    f = "torbay_06.eml"; when = "2053-03-24 12:53:40"
    text = T("""
MASH,

Contact about the Luscombe girls, level 3, EHM-886130. I've talked it through with my ATM, Paul Ashworth, on the phone just now and he agrees it needs to come to you.

Evie Luscombe, DOB 17/06/2041 (11) - cerebral palsy, wheelchair user, fed by gastrostomy
Jade Luscombe, DOB 02/11/2039 (13)

Rachel Vosper from Children's OT went to the house at 11 this morning to fit Evie's bath hoist. Jade opened the door. Mum (Dawn Luscombe) went out yesterday afternoon and hasn't come back. Jade has been doing everything for Evie on her own since then - her feeds through the tube, her medicines, lifting her in and out of the chair. Evie's pad hadn't been changed since early this morning and she has a sore on her bottom. The electric has run out so there's no heating, and there's no food in apart from cereal. Jade missed school today to look after her. Mum's phone goes straight to voicemail.

Rachel is staying with the girls until I get there. I'm leaving now, about 20 minutes.

I haven't been able to speak to mum, so I haven't got her consent for this contact.

Nicola Brimble
Lead Professional | Torbay Early Help
07700 900 274

Sent from my iPhone
""")
    top = plain_top(f, addr("Nicola Brimble", "Nicola.Brimble@" + BDOM), addr("MASH", BMASH),
                    "Luscombe girls - EHM-886130 - OT at the house now", when, BDOM, "iPhone Mail (22E240)")
    add(f, iphone_mail(f, top, text), "torbay", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["EHM-886130"],
        [ch("Evie Luscombe", "2041-06-17", "17/06/2041"), ch("Jade Luscombe", "2039-11-02", "02/11/2039")],
        ["disability_send", "neglect", "young_carer"], None, True, ["consent"], None, "alert_duty",
        "TOLD PLAINLY ON A PHONE (format=flowed): a Torbay contact to MASH from the lead professional with the ATM's "
        "agreement: the OT found a disabled, tube-fed 11-year-old and her 13-year-old sister alone since yesterday "
        "afternoon, mother unreachable, no power, no food, the 13-year-old doing all the care; the OT is staying only "
        "until the worker arrives. No carer tonight -> urgent -> alert_duty. Consent not obtained -> null -> missing "
        "consent. disability_send, neglect, young_carer.",
        not_children=["Dawn Luscombe", "Rachel Vosper", "Nicola Brimble", "Paul Ashworth"])

def torbay_07():
    f = "torbay_07.eml"; when = "2053-01-24 09:45:18"
    ack = ack_text("step-down", "SB-torbay-5502", [
        "Case: LCS-3319950", "Children: Noah Harvey"],
        ["the team manager's analysis confirming the threshold for level 3 is met"])
    body = T("""
Hello,

Your acknowledgement asked for my manager's analysis for Noah Harvey's step-down - it's attached. I agree that the threshold for level 3 is met and I support the step down.

Lisa Trant
Team Manager | Single Assessment Team | Torbay Council
""") + quote_chain([
        ("Early Help <earlyhelp@torbay.gov.uk>", "22 January 2053 15:40", "Kingdon, Ross <Ross.Kingdon@torbay.gov.uk>",
         "[SB-torbay-5502] Step-down request received - LCS-3319950", ack, "Trant, Lisa <Lisa.Trant@torbay.gov.uk>")])
    atts = [docx_att("TM analysis - Noah Harvey.docx", [
        "# Team Manager's analysis - Noah Harvey (LCS-3319950)",
        "I have read the Single Assessment and the social worker's analysis. Noah's needs are now at level 3.",
        "The threshold for level 3 intervention is met. I agree the step down. Lisa Trant, Team Manager, 24/01/2053."])]
    top = outlook_top(f, addr("Trant, Lisa", "Lisa.Trant@" + BDOM), addr("Early Help", BEH),
                      "RE: [SB-torbay-5502] Step-down request received - LCS-3319950", when,
                      cc=addr("Kingdon, Ross", "Ross.Kingdon@" + BDOM))
    add(f, mail(f, top, body, atts, html_alt=True), "torbay", "early_help_duty", when, 2,
        "ordinary", "follow_up", False, None, ["LCS-3319950"],
        [ch("Noah Harvey")], [], None, True, [], None, "attach_to_request",
        "The team manager's reply to [SB-torbay-5502] bringing her analysis (the missing manager agreement) -> follow_up "
        "-> attach_to_request; manager_agreed true as stated; child named without DOB.",
        not_children=["Lisa Trant"])

def torbay_08():
    f = "torbay_08.eml"; when = "2053-02-14 16:31:09"
    body = T("""
Thank you for your email. I am away for the half-term holiday and back on Monday 24th February.

If you have an urgent safeguarding concern about a child, please contact Torbay MASH on 01632 960214, or if a child is at risk of immediate harm, call 999.

For other school nursing queries please contact the 0-19 duty line on 01632 960380.

Claire Yeo
School Nurse | Torbay 0-19 Public Health Nursing
""")
    data = ooo(f, when, "YEO, Claire (TORBAY 0-19 SERVICE)", "claire.yeo@nhs.net", addr("Early Help", BEH),
               "[SB-torbay-5498] Triage slot confirmed", body, html_only=True)
    add(f, data, "torbay", "early_help_duty", when, 1,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "NEAR MISS - ALARM WORDS AS BOILERPLATE: a school nurse's half-term out-of-office (HTML only, Auto-Submitted: "
        "auto-replied) saying 'urgent safeguarding concern', 'at risk of immediate harm, call 999' -> no child, nothing "
        "happening -> not urgent; auto_reply -> ignore.")


# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2053-01-09 11:27:46"
    body = T("""
Dear Early Help Co-ordinators,

Following the Child & Family Assessment (decision 02/01/2053) and my discussion with Verity Lang at the Tuesday drop-in on 7th January, please find attached the Early Help Assessment step-down plan for the Probert children, and mum's signed consent form.

Poppy Probert - DOB 22.02.2042 - Mosaic 1180442
Archie Probert - DOB 30.09.2045 - Mosaic 1180443
Level: 3 (Intensive)

Key person: Helen Watkins, School Nurse, Herefordshire 0-19 Public Health Nursing Service - agreed with mum and with Helen on 06/01/2053.

Mum (Sian Probert) has multiple sclerosis and Poppy does a lot of her care. The plan centres on young carers support for Poppy, the OT's equipment review for mum and Archie's settling in at his new school. Any outstanding work by social care family support is finished.

Thanks
Rhian

Rhian Jenkins
Social Worker | Hereford City Locality Team | Herefordshire Council

""") + HDISC
    atts = [docx_att("EHA step-down plan - Probert.docx", [
                "# Early Help Assessment step-down plan - Probert",
                "What are we worried about? Poppy (10) does much of mum's personal care and misses clubs and friends.",
                "What's working well? Mum and both children are close; Archie has settled well at his new school.",
                "Wellbeing plan - what needs to happen, by whom, outcome, timescale:",
                "1. Young carers assessment and group for Poppy - Young Carers service - by February half term.",
                "2. OT equipment review for mum - adult OT - March.",
                "3. School nurse to see Poppy fortnightly - Helen Watkins (key person) - ongoing.",
                "Key person: Helen Watkins, School Nurse, Herefordshire 0-19 Public Health Nursing Service."]),
            pdf_att("Consent form - Probert - signed.pdf", "Consent to Early Help", [
                "I, Sian Probert, consent to an Early Help step-down for my children Poppy Probert and Archie Probert,",
                "and to information being shared with the Early Help co-ordinator team and the key person.",
                "Signed: S. Probert   Date: 06/01/2053"])]
    top = outlook_top(f, addr("Jenkins, Rhian", "Rhian.Jenkins@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down plan - Probert siblings - Mosaic 1180442 / 1180443", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["1180442", "1180443"],
        [ch("Poppy Probert", "2042-02-22", "22.02.2042"), ch("Archie Probert", "2045-09-30", "30.09.2045")],
        ["young_carer"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down: EHA step-down plan (.docx), signed consent form (.pdf), key person "
        "(a school nurse) with her agency; level 3 stated; already discussed at the Tuesday drop-in (changes only the "
        "panel). Poppy cares for mum -> young_carer. dd.mm.yyyy DOBs.",
        not_children=["Sian Probert", "Rhian Jenkins", "Helen Watkins", "Verity Lang"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2053-01-27 08:52:30"
    text = T("""
To Herefordshire MASH,

I'm a paediatric physiotherapist in the children's outpatient physio department at the County Hospital. I have left a message on the MASH line and I'm emailing so that you have the details in writing.

Name: Teddy Morgan-Price   DOB 19/09/2052   NHS No. 702 551 8846
Address: 3 Orchard Rise, Bromyard
Seen: 08:00-08:30 today, review for positional plagiocephaly / L torticollis. With mum (Jodie Morgan); mum's partner waited in the car.

O/E: marked swelling L forearm, mid-shaft. Screamed on passive movement of the L elbow and wrist; not moving the L arm at all (was moving it well at his last review on 13/01). 1 cm bruise L pinna. 3 x small round bruises L upper arm, fingertip size. Non-mobile - not rolling.
Mum's account: "he must have caught his arm in the cot bars" overnight. No explanation for the ear.
Plan: I advised that Teddy needs an X-ray and to be seen by the paediatric team at the County Hospital this morning, and offered to walk them over. Mum said her partner "won't have it", that she would "see how he is tonight", and left at 08:35 with Teddy.

I am in clinic all day and can be reached on 01632 960602.

Laura Bright
Paediatric Physiotherapist | Children's Therapy Services

""") + NHSDISC
    top = outlook_top(f, addr("BRIGHT, Laura (CHILDREN'S THERAPY SERVICES)", "laura.bright@nhs.net"), addr("Herefordshire MASH", HMASH),
                      "4 month old seen in physio clinic 08:00 - swollen forearm - mum declined hospital", when,
                      mid_domain="LO0PR06MB8812.eurprd06.prod.outlook.com")
    add(f, mail(f, top, text), "herefordshire", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Teddy Morgan-Price", "2052-09-19", "19/09/2052")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "A PHYSIOTHERAPIST'S CLINICAL NOTE, EARLY MORNING: a non-mobile 4-month-old with a swollen forearm he will not "
        "move, an ear bruise and fingertip bruises, an account that does not fit, and a mother who refused the X-ray and "
        "the paediatric team and left with him at 08:35. No alarm word anywhere. Immediate -> urgent -> alert_duty; "
        "other (Herefordshire defines no step-up, but rule 1 applies to any mail).",
        not_children=["Jodie Morgan", "Laura Bright"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2053-03-07 17:46:05"
    text = T("""
To the children's team,

Hannah Preece, dispensing optician at Bridge Street Opticians in Leominster. I've rung 999 about the car and the police said to tell you as well, so here are the details.

At about 17:25 Kerry Bevan came in to collect glasses for her daughter, with both her children: Lily Bevan (DOB 12/05/2046, on our records) and Finn Bevan (DOB 30/08/2050). Kerry smelt strongly of alcohol, was slurring and unsteady, dropped her car keys twice and knocked over a display. Finn was crying in the pushchair and Lily was trying to hold on to him.

I offered to ring someone to fetch them and told her she shouldn't drive. She swore at me, paid the £39 balance, put both children in the car - a silver Vauxhall Corsa, part of the registration KX08 - and drove off towards the A49 at 17:35. Finn's car seat wasn't strapped in properly.

The address on our records is 27 Ryelands Road, Leominster.

I'm here until 6 on 01632 960715.

Hannah Preece
Dispensing Optician | Bridge Street Opticians, Leominster
""")
    top = plain_top(f, addr("Bridge Street Opticians", "enquiries@bridgestreetopticians.example.co.uk"),
                    addr("Herefordshire MASH", HMASH), "Mum drunk, driving off with her 2 small children - silver Corsa",
                    when, "bridgestreetopticians.example.co.uk", "Microsoft Outlook 16.0")
    add(f, mail(f, top, text, html_alt=True, charset="windows-1252"), "herefordshire", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Lily Bevan", "2046-05-12", "12/05/2046"), ch("Finn Bevan", "2050-08-30", "30/08/2050")],
        ["substance_misuse"], None, None, [], None, "alert_duty",
        "AN OPTICIAN, PLAINLY, ON A FRIDAY AT 17:46: a visibly drunk mother drove off with a 6-year-old and a 2-year-old "
        "(car seat not strapped in) ten minutes ago; police called, and told her to tell children's services. Immediate "
        "-> urgent -> alert_duty; other. windows-1252 quoted-printable (the pound sign). No alarm word anywhere.",
        not_children=["Kerry Bevan", "Hannah Preece"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2053-03-28 15:20:44"
    rows = [("Attendances", "412"), ("Emotional health and wellbeing", "133"),
            ("Self-harm disclosures", "9 - all followed up the same day with the school's DSL, and CAMHS where needed; no child is waiting"),
            ("Disclosures of domestic abuse at home", "4 - all referred to MASH at the time and followed up"),
            ("Sexual health and contraception", "58"), ("Smoking and vaping", "40"), ("Other", "168")]
    text = ("School nurse drop-ins - spring term summary for partners\n"
            "Herefordshire secondary schools, 6 January - 28 March\n\n"
            + "".join("%s: %s\n" % r for r in rows) +
            "\nNo individual children are named in this summary.\n\n"
            "Reminder: if a child is at immediate risk of harm call 999; for any safeguarding concern contact the MASH.\n\n"
            "Herefordshire School Nursing - Secondary Drop-in Service\n")
    h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
         "<body style=\"font-family:Arial,sans-serif;font-size:10pt\">\n"
         "<p><b>School nurse drop-ins - spring term summary for partners</b><br>Herefordshire secondary schools, 6 January - 28 March</p>\n"
         "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\" style=\"border-collapse:collapse\">\n"
         + "".join("<tr><td>%s</td><td>%s</td></tr>\n" % (esc(a), esc(b)) for a, b in rows) +
         "</table>\n<p>No individual children are named in this summary.</p>\n"
         "<p>Reminder: if a child is at immediate risk of harm call 999; for any safeguarding concern contact the MASH.</p>\n"
         "<p>Herefordshire School Nursing - Secondary Drop-in Service</p>\n</body></html>\n")
    top = outlook_top(f, addr("Herefordshire School Nursing", "schoolnursing.hereford@nhs.net"), addr("Early Help Co-ordinators", HEH),
                      "School nurse drop-ins - spring term summary for partners", when,
                      mid_domain="AS8PR06MB7702.eurprd06.prod.outlook.com")
    add(f, alt_mail(f, top, text, h), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A STATISTICS SUMMARY: the school nurse drop-ins' termly counts (self-harm disclosures, domestic abuse "
        "disclosures - 'all referred ... at the time and followed up', 'no child is waiting', 'No individual children are "
        "named') and a 999 reminder; sent Fri 28 Mar, the last GMT working day before BST -> not urgent; other -> "
        "human_review.")

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2053-02-12 15:14:21"
    body = T("""
Hi both,

Please find attached the Early Help Assessment step-down plan for Dylan Pugh (DOB 2043-04-01), Mosaic 1192078.

Dylan has dyspraxia and a speech sound disorder and is seen by the children's OT and the speech and language therapist; the plan picks up their programmes at home and at school. Dad (Rhys Pugh) agreed to the step-down on the phone on Monday and is happy with the plan. I've posted the consent form to him to sign and he's sending it back.

Key person: Gareth Lewis, Children's Occupational Therapist, Herefordshire Children's Therapy Service - he has agreed to lead.

Thanks
Owain

Owain Price
Social Worker | Leominster Locality Team | Herefordshire Council

""") + HDISC
    atts = [docx_att("EHA step-down plan - Dylan Pugh.docx", [
        "# Early Help Assessment step-down plan - Dylan Pugh",
        "What are we worried about? Dylan's motor and speech difficulties affect his confidence and friendships.",
        "What's working well? Dad follows the OT and SALT programmes at home; Dylan loves football.",
        "Wellbeing plan - what needs to happen, by whom, outcome, timescale:",
        "1. OT fine-motor programme at school - Gareth Lewis (key person) - review at half term.",
        "2. SALT speech sound programme - school TA with SALT - weekly.",
        "3. Short breaks information for dad - Early Help co-ordinator - March."])]
    top = outlook_top(f, addr("Price, Owain", "Owain.Price@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "EHA step-down plan - Dylan Pugh - Mosaic 1192078", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["1192078"],
        [ch("Dylan Pugh", "2043-04-01", "2043-04-01")],
        ["disability_send"], True, None, ["consent_form"], None, "request_info",
        "Herefordshire step-down with the plan and a key person (a children's OT, with agency), but only verbal consent: "
        "dad agreed on the phone, the signed form is in the post -> consent true but consent_form missing -> "
        "request_info. Level not stated -> null. disability_send.",
        not_children=["Rhys Pugh", "Owain Price", "Gareth Lewis"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2053-03-20 10:03:52"
    ack = ack_text("step-down", "SB-herefordshire-6130", [
        "Case: Mosaic 1201553", "Children: Megan Powell (08/08/2044)"],
        ["the family's written consent (consent form)"])
    body = T("""
Hello,

Here is the signed consent form for Megan's step-down, which your acknowledgement asked for. I've also attached Megan's latest audiology letter, which the plan refers to.

Please don't be thrown by the "Safeguarding" box at the top of the audiology letter - it is on the trust's standard template for every child, and every answer in it is "No".

Sophie Lowe
Social Worker | Hereford South Locality Team
""") + quote_chain([
        ("Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>", "18 March 2053 11:20",
         "Lowe, Sophie <Sophie.Lowe@herefordshire.gov.uk>",
         "[SB-herefordshire-6130] Step-down request received - Mosaic 1201553", ack, None)])
    atts = [pdf_att("Consent form - Megan Powell - signed.pdf", "Consent to Early Help", [
                "I, Natalie Powell, consent to an Early Help step-down for my daughter Megan Powell and to information",
                "being shared with the Early Help co-ordinator team and the key person.",
                "Signed: N. Powell   Date: 19/03/2053"]),
            pdf_att("Audiology letter - Megan Powell - 11.03.2053.pdf", "Children's Hearing Services - clinic letter", [
                "Re: Megan Powell   DOB 08/08/2044",
                "SAFEGUARDING (complete for every child): Suspected NAI: No. Neglect concerns: No.",
                "Was Not Brought episodes in the last 12 months: 0. Child protection plan: No. Concerns raised today: None.",
                "Seen: 11/03/2053 with mum. History: recurrent glue ear 2051-52, grommets 06/2052.",
                "Today: grommets extruded, ears healthy; hearing within normal limits both ears.",
                "Outcome: discharged from audiology."])]
    top = outlook_top(f, addr("Lowe, Sophie", "Sophie.Lowe@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: [SB-herefordshire-6130] Step-down request received - Mosaic 1201553", when)
    add(f, mail(f, top, body, atts, html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "near_miss", "follow_up", False, None, ["1201553"],
        [ch("Megan Powell", "2044-08-08", "08/08/2044")],
        [], True, None, [], None, "attach_to_request",
        "NEAR MISS - NEGATED TEMPLATE HEADINGS: an audiology letter whose standard box reads 'Suspected NAI: No. Neglect "
        "concerns: No ... Child protection plan: No' (hearing now normal, discharged) -> not urgent, no concerns. A reply "
        "to [SB-herefordshire-6130] bringing the signed consent form -> follow_up -> attach_to_request; consent true.",
        not_children=["Sophie Lowe", "Natalie Powell"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2053-02-13 09:12:36"
    data = itip_reply(f, when, "Owain Price", "Owain.Price@" + HDOM, ("Early Help Co-ordinators", HEH), "ACCEPTED",
                      "Step-down drop-in [SB-herefordshire-6135] - Pugh", "20530218T100000", "20530218T103000",
                      "Microsoft Teams Meeting")
    add(f, data, "herefordshire", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=ACCEPTED, no comment: herefordshire_05's social worker accepts the Tuesday "
        "step-down drop-in (Tue 18 Feb 2053 10:00) offered under [SB-herefordshire-6135] -> record_reply.")

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2053-01-06 10:05:11"
    text = T("""
Dear Early Help Co-ordinators,

I'm the clinical lead for the community dental service in Herefordshire. We send a "was not brought" letter to the parent and the GP whenever a child misses a dental appointment, and after a second WNB we let the health visitor or school nurse know.

We would like to do better for families who are open to Early Help. Could you tell us:

1. Whether you would like a copy of our WNB letters for children with an open Early Help plan, and if so which address to send them to;
2. Whether a dental nurse could be invited to the MAG meetings when a child's teeth are part of the plan;
3. Who we should speak to about joint training.

This isn't about any particular child - it's about setting up the process for the new year.

Kind regards
Mairead Connolly
Clinical Lead | Herefordshire Community Dental Service
""")
    top = plain_top(f, addr("Mairead Connolly", "mairead.connolly@nhs.net"), addr("Early Help Co-ordinators", HEH),
                    "Where should our 'was not brought' letters go for families open to Early Help?", when, "nhs.net",
                    None, extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0")])
    data = build(top, flowed_part(text, cte="7bit"), False)
    add(f, data, "herefordshire", "early_help_duty", when, 6,
        "ordinary", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "A community dental service's process question (Thunderbird, format=flowed, 7bit) on the first day of term: where "
        "'was not brought' letters should go and whether a dental nurse can join the MAGs; 'This isn't about any "
        "particular child' -> other -> human_review.")
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

# England & Wales bank holidays in 2053 that fall on a weekday (the `holidays` package's list, which set_checks()
# re-derives and compares): New Year's Day Wednesday 1 January; Good Friday 4 April; Easter Monday 7 April; May Day
# (the Early May bank holiday) Monday 5 May; Spring Bank Holiday Monday 26 May; Late Summer Bank Holiday Monday
# 25 August; Christmas Day Thursday 25 December; Boxing Day Friday 26 December.
BANK_HOLIDAYS = {date(2053, 1, 1), date(2053, 4, 4), date(2053, 4, 7), date(2053, 5, 5), date(2053, 5, 26),
                 date(2053, 8, 25), date(2053, 12, 25), date(2053, 12, 26)}
IN_WINDOW = {}                                                                      # none falls inside the window
EASTER = {date(2053, 4, 4): "Good Friday", date(2053, 4, 7): "Easter Monday"}      # the two days after the window
# The spring term of 2053: New Year's Day is Wednesday 1 January, schools go back on Monday 6 January, and the term
# ends on Thursday 3 April, the day before Good Friday (4 April). No mail is dated on a weekend or a bank holiday.
WINDOW = (datetime(2053, 1, 6, tzinfo=LON), datetime(2053, 4, 3, 23, 59, 59, tzinfo=LON))
# BST begins at 01:00 UTC on Sunday 30 March 2053 and ends at 01:00 UTC on Sunday 26 October 2053: mail up to
# Friday 28 March is +0000, mail from Monday 31 March is +0100.
BST_START = datetime(2053, 3, 30, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2053, 10, 26, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2053

def expected_offset(d):
    return "+0100" if BST_START <= d.astimezone(UTC) < BST_END else "+0000"

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"], 1)}

def parse_dob(w):
    """DOB as written -> ISO. Formats used in this set: dd/mm/yyyy, dd.mm.yyyy, dd-mm-yyyy, yyyy-mm-dd,
    '4th April 2037', '22 March 2037', and EMIS's dd-Mon-yyyy."""
    w = w.strip()
    m = re.fullmatch(r"(\d{2})[/.-](\d{2})[/.-](\d{4})", w)
    if m:
        return date(int(m[3]), int(m[2]), int(m[1])).isoformat()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", w)
    if m:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    m = re.fullmatch(r"(\d{2})-([A-Za-z]{3})-(\d{4})", w)          # EMIS style: 14-Aug-2044
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
    if e["urgent"]:
        hit = BANNED.findall(text + " " + all_headers(msg) + " " + raw_text(msg))
        if hit: err("banned word(s) in an urgent mail: %s" % sorted(set(h.lower() for h in hit)))
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

# ----------------------------------------------------------------------------- the brief's banned words
# In urgent mails the brief forbids: "urgent", "immediate", "immediately", "risk", "emergency", "danger",
# "safeguarding concern", "unsafe", "ASAP", "at risk" (checked with their inflections, case-insensitively).
BANNED = re.compile(r"(?i)\b(urgent\w*|immediate\w*|risk\w*|emergenc\w*|danger\w*|safeguarding concern\w*|unsafe|"
                    r"asap|at risk)\b")
# A stricter list the set also keeps out of every urgent mail (reported and checked in set_checks()).
ALARM = re.compile(r"(?i)\b(urgent\w*|immediate\w*|risk\w*|emergenc\w*|danger\w*|unsafe|asap|safeguard\w*|"
                   r"child[\s-]+protection)\b")

def raw_text(msg):
    """Every inline text part as decoded (HTML with its markup and attributes), and the raw iCalendar text."""
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        if part.get_content_type().startswith("text/"):
            out.append(part.get_content())
    return "\n".join(out)

SEP = "________________________________"

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

def _pdf_text(part):
    from pypdf import PdfReader
    import io
    return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(part.get_payload(decode=True))).pages)

def _flowed(msg):
    return any(p.get_param("format") == "flowed" for p in msg.walk() if p.get_content_type() == "text/plain")

# ----------------------------------------------------------------------------- structural checks
def _k01(msg):
    c = _cal(msg)
    cal = c[0].get_payload(decode=True).decode() if c else ""
    return (len(c) == 1 and (c[0].get_param("method") or "").upper() == "REQUEST" and "METHOD:REQUEST" in cal
            and "DTSTART;TZID=GMT Standard Time:20530409T100000" in cal and _exts(msg) == ["docx", "pdf", "docx", "docx"]
            and KMASH in str(msg["To"]) and KBS in str(msg["To"])
            and _wd("knowsley_01.eml") == 5 and _pw("knowsley_01.eml") == 7 and date(2053, 4, 4) in BANK_HOLIDAYS)

def _k03(msg):
    return (_wd("knowsley_03.eml") == 3 and _pw("knowsley_03.eml") == 5
            and all(_today("knowsley_03.eml") < h <= META["knowsley_03.eml"]["meeting"] for h in EASTER)
            and "?NAI query 09/2051" in readable(msg) and "physical_harm" not in _exp("knowsley_03.eml")["concerns"])

def _k04(msg):
    h = _html(msg)
    tbl = h[h.index("<table"):h.index("</table>")]
    return ("MsoTableGrid" in h and "Knowsley 0-19 Service" in tbl and "St Aidan" in tbl and "21st March 2053" in tbl
            and _wd("knowsley_04.eml") == 5 and _pw("knowsley_04.eml") == 5)

def _k05(msg):
    p = _plain(msg)
    top, rest = p.split(SEP, 1)
    return ("by my neck" not in top and "by my neck" in rest and "3.20" in top and "DROP-IN RECORD" in rest
            and "Chantelle Moss" not in top and "[SB-knowsley-3318]" in str(msg["Subject"]))

def _k08(msg):
    cal = _cal(msg)[0].get_payload(decode=True).decode().replace("\r\n ", "")
    return "PARTSTAT=TENTATIVE" in cal and "COMMENT" in cal and "methadone" in cal and "Tithebarn Road" in cal

def _r02(msg):
    return "943 476 5919" in readable(msg) and _exp("richmond_wandsworth_02.eml")["case_ids"] == []

def _r04(msg):
    t = readable(msg)
    return _no_plain(msg) and _exts(msg) == ["pdf"] and "fictional" in t and ALARM.search(t) is not None

def _r05(msg):
    return _flowed(msg) and "Sent from my iPhone" in _plain(msg)

def _r06(msg):
    p = _plain(msg)
    top, rest = p.split(SEP, 1)
    return ("try and stop me" not in top and "try and stop me" in rest and "not sure what to make of it" in top
            and _exts(msg) == ["docx", "docx"])

def _r07(msg):
    return msg["Date"].strip().endswith("+0100") and (msg["Auto-Submitted"] or "") == "auto-replied"

def _t02(msg):
    p = _plain(msg)
    head, ps = p.split("\nPS - ", 1)
    return "Grace Mensah" not in head and "I am not his family" in ps and "4pm today" in ps

def _t03(msg):
    return _no_plain(msg) and "<table" in _html(msg)

def _t05(msg):
    parts = [p for p in msg.walk() if not p.is_multipart() and not p.get_filename()]
    return (len(parts) == 1 and parts[0]["Content-Transfer-Encoding"] == "base64"
            and b"\r\n" not in FILES["tower_hamlets_05.eml"])

def _t06(msg):
    pdfs = _att(msg, lambda p: p.get_content_type() == "application/pdf")
    return (len(pdfs) == 1 and "Jay hurt my bottom" in _pdf_text(pdfs[0])
            and "Jay hurt" not in body_text(msg) and "Tuesday" not in body_text(msg)
            and _date(msg).weekday() == 1)

def _b02(msg):
    d = _date(msg).astimezone(LON)
    return d.hour >= 18 and d.weekday() == 3 and _exp("torbay_02.eml")["children"][0]["dob"] is None

def _b06(msg):
    return _flowed(msg)

def _h03(msg):
    return any(p.get_content_charset() == "windows-1252" for p in msg.walk() if not p.is_multipart())

def _h04(msg):
    d = _date(msg)
    return msg["Date"].strip().endswith("+0000") and d.date() == date(2053, 3, 28) and d < BST_START

def _h08(msg):
    return _flowed(msg) and _exts(msg) == []

CUSTOM = [
    ("knowsley_01.eml", "an iTIP REQUEST for Wed 9 Apr 10:00 to MASH and MASH business support, 4 attachments, 5 WD / 7 plain", _k01),
    ("knowsley_03.eml", "3 WD / 5 plain across Good Friday and Easter Monday; the ?NAI history not labelled", _k03),
    ("knowsley_04.eml", "lead practitioner, venue and date inside the Word table; 5 WD", _k04),
    ("knowsley_05.eml", "the child's words only in the forwarded drop-in record", _k05),
    ("knowsley_08.eml", "the risk in a TENTATIVE reply's COMMENT", _k08),
    ("richmond_wandsworth_02.eml", "the NHS number present and not labelled", _r02),
    ("richmond_wandsworth_04.eml", "HTML-only with a PDF of fictional scenarios", _r04),
    ("richmond_wandsworth_05.eml", "iPhone format=flowed", _r05),
    ("richmond_wandsworth_06.eml", "the threat only in the forwarded audiology email", _r06),
    ("richmond_wandsworth_07.eml", "an out-of-office in BST (+0100)", _r07),
    ("tower_hamlets_02.eml", "the disclosure only in the PS", _t02),
    ("tower_hamlets_03.eml", "HTML-only with a table", _t03),
    ("tower_hamlets_05.eml", "one base64 text part with LF line ends", _t05),
    ("tower_hamlets_06.eml", "the child's words only in the PDF attachment; sent on a Tuesday", _t06),
    ("torbay_02.eml", "out of hours on a Thursday night; ages only", _b02),
    ("torbay_06.eml", "iPhone format=flowed", _b06),
    ("herefordshire_03.eml", "windows-1252 charset", _h03),
    ("herefordshire_04.eml", "+0000 on Friday 28 March, before BST", _h04),
    ("herefordshire_08.eml", "format=flowed, no attachments", _h08),
]

WORDING = [
    ("knowsley_01.eml", "Mum knows I'm asking for this meeting", "consent", None),
    ("knowsley_01.eml", "discussed the step up with me in supervision on 27/03/2053 and agreed it", "manager_agreed", True),
    ("knowsley_03.eml", "Mum gave her consent for Harper to be referred to Family First", "consent", True),
    ("knowsley_04.eml", "agreed to the step-down to the school nurse", "consent", True),
    ("richmond_wandsworth_01.eml", "Mum has not been told yet", "consent", None),
    ("richmond_wandsworth_01.eml", "I have agreed the plan to step up", "manager_agreed", True),
    ("richmond_wandsworth_03.eml", "mum signed the consent on 21/01/2053", "consent", True),
    ("richmond_wandsworth_05.eml", "I haven't asked dad yet", "consent", None),
    ("richmond_wandsworth_06.eml", "I agreed the step up", "manager_agreed", True),
    ("richmond_wandsworth_08.eml", "mum's signed consent", "consent", True),
    ("tower_hamlets_01.eml", "has agreed the step up", "manager_agreed", True),
    ("tower_hamlets_01.eml", "has agreed to the MARF being sent", "consent", True),
    ("tower_hamlets_04.eml", "have consented to the step-down", "consent", True),
    ("tower_hamlets_05.eml", "Mum has given her consent", "consent", True),
    ("torbay_01.eml", "gave her consent for level 3 Early Help", "consent", True),
    ("torbay_01.eml", "confirming the threshold for level 3 is met", "manager_agreed", True),
    ("torbay_04.eml", "will ask for her consent then", "consent", None),
    ("torbay_04.eml", "she agrees this new information needs to be considered", "manager_agreed", True),
    ("torbay_05.eml", "has given her consent for level 3 Early Help", "consent", True),
    ("torbay_06.eml", "I haven't got her consent", "consent", None),
    ("torbay_06.eml", "he agrees it needs to come to you", "manager_agreed", True),
    ("torbay_07.eml", "I agree that the threshold for level 3 is met", "manager_agreed", True),
    ("herefordshire_01.eml", "mum's signed consent form", "consent", True),
    ("herefordshire_05.eml", "agreed to the step-down on the phone", "consent", True),
    ("herefordshire_06.eml", "Here is the signed consent form", "consent", True),
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
COUNTS_EXPECTED = {                   # file: (working days, plain weekdays) from the London date of `now`
    "knowsley_01.eml": (5, 7), "knowsley_03.eml": (3, 5), "knowsley_04.eml": (5, 5)}
CROSSING_BH_EXPECTED = ["knowsley_01.eml", "knowsley_03.eml"]     # both cross Good Friday and Easter Monday
DECISIVE_EXPECTED = ["knowsley_03.eml"]                           # plain weekdays say ok, working days say not ok
OFFSETS_EXPECTED = {"+0000": 36, "+0100": 4}
QUIET, COUNTS = [], {}

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2053])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: the bank holidays in the window are %s, expected none" % inside)
    easter = {d: pkg.get(d) for d in pkg if "Easter" in pkg.get(d) or "Good Friday" in pkg.get(d)}
    if easter != EASTER or not all(d > WINDOW[1].date() for d in easter):
        errors.append("set: Easter 2053 is %s, expected %s after the window" % (easter, EASTER))
    if not (WINDOW[0].date() == date(2053, 1, 6) and WINDOW[0].weekday() == 0
            and WINDOW[1].date() == date(2053, 4, 3) and WINDOW[1].weekday() == 3
            and WINDOW[1].date() + timedelta(days=1) == min(EASTER)
            and date(2053, 1, 1) in BANK_HOLIDAYS and date(2053, 1, 1).weekday() == 2):
        errors.append("set: the window must run from Monday 6 January to Thursday 3 April 2053 (the day before Good Friday)")
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2053, 3) == date(2053, 3, 30) and BST_END.date() == last_sun(2053, 10)):
        errors.append("set: BST must start on the last Sunday of March 2053 (30 March) and end on the last Sunday of October")
    for d, off in ((date(2053, 3, 28), 0), (date(2053, 3, 31), 1)):
        if datetime(d.year, d.month, d.day, 12, tzinfo=LON).utcoffset() != timedelta(hours=off):
            errors.append("set: %s should be +0%d00 in Europe/London" % (d, off))
    quiet, counts, offsets = [], {}, {}
    for lab in LABELS:
        f = lab["file"]
        try:
            msg = parse(f)
            text = readable(msg)
        except Exception as ex:
            errors.append("%s: unreadable (%r)" % (f, ex)); continue
        off = msg["Date"].strip()[-5:]
        offsets[off] = offsets.get(off, 0) + 1
        if lab["expect"]["urgent"] and not ALARM.search(text + " " + all_headers(msg) + " " + raw_text(msg)):
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
    urgent = sorted(l["file"] for l in LABELS if l["expect"]["urgent"])
    if quiet != urgent:
        errors.append("set: urgent mails with an alarm word (the stricter list): %s" % sorted(set(urgent) - set(quiet)))
    if counts != COUNTS_EXPECTED:
        errors.append("set: Knowsley notice counts are %s, expected %s" % (counts, COUNTS_EXPECTED))
    bh = sorted(f for f in counts if any(_today(f) < h <= META[f]["meeting"] for h in BANK_HOLIDAYS))
    if bh != CROSSING_BH_EXPECTED:
        errors.append("set: counts crossing a bank holiday are %s, expected %s" % (bh, CROSSING_BH_EXPECTED))
    decisive = sorted(f for f in counts if (counts[f][1] >= 5) != (counts[f][0] >= 5))
    if decisive != DECISIVE_EXPECTED:
        errors.append("set: counts a bank holiday decides are %s, expected %s" % (decisive, DECISIVE_EXPECTED))
    if offsets != OFFSETS_EXPECTED:
        errors.append("set: Date offsets %s, expected %s" % (offsets, OFFSETS_EXPECTED))
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

def _shift_date(f, old, new, days=0):
    _sub(f, ("Date: " + old).encode(), ("Date: " + new).encode())
    lab = _lab(f)
    lab["now"] = (datetime.fromisoformat(lab["now"]) + timedelta(days=days)).isoformat()

FAULTS = [
    ("knowsley_03's notice labelled ok (plain weekdays counted)",
     lambda: _relabel("knowsley_03.eml", notice_ok=True, next_action="book_meeting"), "notice_ok True but 3 WD"),
    ("Good Friday dropped from the bank holidays", lambda: BANK_HOLIDAYS.discard(date(2053, 4, 4)), "bank holidays differ"),
    ("Easter Monday dropped", lambda: BANK_HOLIDAYS.discard(date(2053, 4, 7)), "Knowsley notice counts are"),
    ("'urgently' added to an urgent subject", lambda: _sub("herefordshire_02.eml", b"Subject: 4 month old",
                                                           b"Subject: urgently - 4 month old"), "banned word"),
    ("'safeguarding' added to an urgent body", lambda: _sub("tower_hamlets_02.eml", b"Our practice manager said",
                                                            b"Our safeguarding lead said"), "the stricter list"),
    ("knowsley_01 given +0000 in BST", lambda: _sub("knowsley_01.eml", b"31 Mar 2053 09:22:14 +0100",
                                                    b"31 Mar 2053 09:22:14 +0000"), "Date offset should be +0100"),
    ("herefordshire_04 moved to Saturday 29 March", lambda: _shift_date("herefordshire_04.eml", "Fri, 28 Mar 2053",
                                                                        "Sat, 29 Mar 2053", 1), "Date on a weekend"),
    ("richmond_wandsworth_07 moved to Good Friday", lambda: _shift_date("richmond_wandsworth_07.eml", "Thu, 03 Apr 2053",
                                                                        "Fri, 04 Apr 2053", 1), "Date outside the window"),
    ("the NHS number labelled as a case id", lambda: _relabel("richmond_wandsworth_02.eml", case_ids=["943 476 5919"]),
     "is not an EHM/ICS/LCS/Mosaic id"),
    ("the GPhC number labelled as a case id", lambda: _relabel("knowsley_02.eml", case_ids=["2219043"]),
     "structural check failed"),
    ("an urgent mail filed as a near miss", lambda: _relabel("torbay_02.eml", category="near_miss"), "urgent vs category"),
    ("consent still to be asked labelled true", lambda: _relabel("richmond_wandsworth_05.eml", consent=True,
                                                                  missing=["case_summary"]), "wording check"),
    ("a year after 2053 in a body", lambda: _sub("herefordshire_08.eml", b"for the new year", b"for 2054"),
     "year after 2053"),
    ("the adult optician's patient labelled as a child", lambda: (_exp("torbay_03.eml")["children"].append(
        {"name": "Chloe Tuckett", "dob": "2034-02-14"}), META["torbay_03.eml"]["children"].append(
        ch("Chloe Tuckett", "2034-02-14", "14/02/2034"))), "18 or over"),
    ("now before the Date", lambda: _relabel("knowsley_05.eml", now="2053-02-06T13:29:00+00:00"), "now not 1-10 min"),
    ("a level on a step-up", lambda: _relabel("tower_hamlets_01.eml", level=3), ": level"),
    ("the children of richmond_wandsworth_01 swapped", lambda: _exp("richmond_wandsworth_01.eml")["children"].reverse(),
     "children not in order"),
]

def _gphc_not_case_id(m):
    return "GPhC 2219043" in readable(m) and _exp("knowsley_02.eml")["case_ids"] == []
CUSTOM.append(("knowsley_02.eml", "the GPhC number present and not labelled", _gphc_not_case_id))

def inject_faults():
    """Apply each fault to an in-memory copy, run every check, and require the named error; restore after each."""
    import copy
    saved = copy.deepcopy((FILES, LABELS, CATS, META, BANK_HOLIDAYS))
    missed = []
    for what, mutate, expect in FAULTS:
        mutate()
        errors, _tot = run_checks()
        if not any(expect in e for e in errors):
            missed.append("%s (expected %r; got %s)" % (what, expect, errors[:3]))
        f, l, c, m, b = copy.deepcopy(saved)
        FILES.clear(); FILES.update(f)
        LABELS[:] = l
        CATS.clear(); CATS.update(c)
        META.clear(); META.update(m)
        BANK_HOLIDAYS.clear(); BANK_HOLIDAYS.update(b)
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
           "urgent with no alarm word anywhere: %d" % len(QUIET),
           "Knowsley counts (WD, plain weekdays): %s" % COUNTS]
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
        errors, _tot = run_checks()
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
