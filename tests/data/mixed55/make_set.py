#!/usr/bin/env python3
"""mixed55: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the autumn term of 2074 (Monday 3 September - Friday 14 December), in harm between children and by children:
sibling-on-sibling violence, an older child hurting a baby or toddler, harmful sexual behaviour (HSB) between
children at home, at school and online, a child harming pets, a teenager's violence to a parent, and children left in
charge of younger ones.

Urgent mail (11), in the words people really use: a 7-year-old's disclosure about the 15-year-old half-brother who
minds her after school today (mobile); a 13-year-old who drowned the kitten and held a pillow over his 14-month-old
brother (an HTML-only follow-up); a 16-year-old left in sole charge of a toddler and a baby with finger-mark bruises
(Android); a baby shaken by her 15-year-old sister, told in a Google Calendar "Declined" note; a 9-year-old who will
mind three younger siblings all weekend (in a P.S.); an 11-year-old strangled by her brother, to be home alone with
him this afternoon (clinical); a mother writing in her second language at 07:52 about her 15-year-old son's knife;
a 4-year-old burnt with hair straighteners by his 12-year-old brother (iPhone); a 10-year-old alone with a sick baby
on a Friday night (a follow-up sent to the wrong inbox out of hours); a 10-year-old coerced into sending images by
the 14-year-old cousin she lives with; and a 2-year-old hurt by his 13-year-old stepbrother who will mind him tonight,
told only in a health visitor's attached .txt note under a "for your records" covering mail.

Near misses (12): an old broken arm from a bunk-bed fight and ordinary sibling squabbles; a partnership 7-minute
briefing on HSB with an anonymised case and training dates (.ics); a 16-year-old's assault on his mother already
dealt with by charge, bail away from home and a safety plan; age-appropriate curiosity between two 4-year-olds
handled by school (Brook green); sibling sexual abuse from 2072, the brother gone and convicted; a school's
child-on-child abuse policy; a nude image shared online, closed by police (Outcome 21) with a school safety plan; a
vet asking for advice about a 9-year-old who hurt the family dog; an assault at a party already managed by police
bail and safety plans; a parent asking about her boys' everyday fights; HSB assessed and worked with in 2073; and a
police notification of a brothers' fight, NFA.

Window: autumn term 2074, Monday 3 September to Friday 14 December (both checked with Python). British Summer Time
ends at 01:00 UTC on Sunday 28 October 2074, so Dates before it carry +0100 and after it +0000. There is NO England &
Wales bank holiday inside the window (Late Summer Bank Holiday Monday 27 August 2074 is before it; Christmas Day
Tuesday 25 December and Boxing Day Wednesday 26 December are after it), so Knowsley notice counts turn on weekends,
on the clock change and - decisively in knowsley_04 - on reading "today" as the Europe/London date of a mail sent at
00:38 BST (the UTC date is the day before).

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values and calendar UIDs come from sha1
of the file name; zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py (`--stats` prints the
tallies; `--inject-faults` also breaks an in-memory copy in many ways and requires every break to be caught). pypdf
and python-docx are used only by the self-checks, to read the hand-built PDFs and .docx files back; `holidays` is
required and must agree with the script's bank-holiday list. The MIME, Word HTML, PDF, .docx, iCalendar,
out-of-office, NDR, quote-chain and readable-text helpers are copied from the model set
/work/main/tests/data/mixed27/make_set.py and adapted; every mail and label here is new. Every label was set by hand
from the specification (DESIGN.md, REQUIREMENTS.md, the seeds, the packs); the self-checks only verify them against
its rules and STOP on any error before anything is written.
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
    """Local (Europe/London) wall-clock time. The window (Monday 3 September - Friday 14 December 2074) starts in
    British Summer Time (+0100) and ends in GMT (+0000): BST ends at 01:00 UTC on Sunday 28 October 2074. The
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
            zi = zipfile.ZipInfo(name, date_time=(2074, 8, 30, 0, 0, 0))
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



# ----------------------------------------------------------------------------- helpers first written for earlier sets (kept)
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


# ----------------------------------------------------------------------------- more helpers from earlier sets (kept)
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



# ============================================================================= more helpers from earlier sets (kept)
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




# ============================================================================= the set's records
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

# the seed files the `why` texts cite (/work/shared/seeds/)
S_RW, S_TH, S_TB, S_HF, S_KN = ("000_ad98922a9b2c3c54.txt", "001_7484577aab521096.txt", "002_682540a1ccf30a2a.txt",
                                "003_d813ace460bad8eb.txt", "004_ba08e3b9f619f49f.txt")

def ch(name, dob=None, written=None, spans=None):
    """A labelled child. `written` is the DOB exactly as the mail writes it (the self-check finds it in the readable
    text and parses it back to `dob`). `spans` are the texts that carry the name when it is not written in one piece
    as labelled (CAPS surname-first, 'Amir and Aaliyah Haddad', 'Blake, Harper and Oakley Fenwick'); each must be in
    the readable text, and the first is used for the order check."""
    assert (dob is None) == (written is None), name
    return {"name": name, "dob": dob, "_w": written, "_spans": list(spans or [name])}

def add(fname, data, authority, mailbox, when, delay_min, category, kind, urgent, level, case_ids,
        children, concerns, consent, manager_agreed, missing, notice_ok, next_action, why,
        meeting=None, not_children=()):
    """Record one file. `meeting` is the date the notice is counted to (Knowsley step requests only);
    `not_children` are people who appear in the text and must never be labelled as children."""
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
    META[fname] = {"meeting": meeting, "children": children, "not_children": list(not_children)}


# ============================================================================= helpers written for this set
def gmail_mail(f, top, text, atts=()):
    """Gmail (web or Android): multipart/alternative with a <div dir="ltr"> HTML twin, Gmail-style boundaries."""
    paras = "".join('<div dir="ltr">%s</div><div><br></div>' % "<br>".join(esc(l) for l in p.split("\n"))
                    for p in text.rstrip("\n").split("\n\n"))
    h = '<div dir="ltr">%s</div>\n' % paras
    cte = "7bit" if text.isascii() else "quoted-printable"
    alt = multipart("alternative", [text_part(text, cte=cte, charset="UTF-8"),
                                    text_part(h, "html", cte="quoted-printable", charset="UTF-8")], gbnd(f, 2))
    root = multipart("mixed", [alt] + list(atts), gbnd(f, 1)) if atts else alt
    return build(top, root, True)

def tbird_mail(f, top, text, atts=()):
    """Thunderbird: text/plain; format=flowed, 8bit UTF-8 (raw), LF line ends."""
    t = Part([("Content-Type", 'text/plain; charset=UTF-8; format=flowed'),
              ("Content-Transfer-Encoding", "8bit")], flowed(text))
    root = multipart("mixed", [t] + list(atts), "------------%s" % sha(f, "tb")[:24]) if atts else t
    return build(top, root, False, allow_8bit=True)

def txt_att(filename, text):
    """A plain-text attachment (.txt), quoted-printable UTF-8."""
    return Part([("Content-Type", 'text/plain; charset="utf-8"; name="%s"' % filename),
                 ("Content-Disposition", 'attachment; filename="%s"' % filename),
                 ("Content-Transfer-Encoding", "quoted-printable")], qp(text, "utf-8"))

def ics_publish_att(f, filename, summary, start_utc, end_utc, location, description):
    """A calendar file (METHOD:PUBLISH) attached to a bulletin - not an invitation and not a reply."""
    L = ["BEGIN:VCALENDAR", "PRODID:-//Learning Portal//Events//EN", "VERSION:2.0", "METHOD:PUBLISH",
         "BEGIN:VEVENT", "UID:%s@learning.example" % sha(f, "pub")[:24], "DTSTAMP:%s" % start_utc,
         "DTSTART:%s" % start_utc, "DTEND:%s" % end_utc, "SUMMARY:" + ics_escape(summary),
         "LOCATION:" + ics_escape(location), "DESCRIPTION:" + ics_escape(description), "END:VEVENT",
         "END:VCALENDAR"]
    cal = "\r\n".join(ics_fold(l) for l in L) + "\r\n"
    return Part([("Content-Type", 'text/calendar; charset="utf-8"; method=PUBLISH; name="%s"' % filename),
                 ("Content-Disposition", 'attachment; filename="%s"' % filename),
                 ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode()))

def outlook_html_reply(new_html, quote_from, quote_sent, quote_to, quote_subject, quote_text):
    """An HTML-only Outlook reply: the new text, Outlook's divRplyFwdMsg header block, the quoted original."""
    q = "".join("<p class=MsoNormal>%s</p>\n" % (esc(l) if l else "&nbsp;") for l in quote_text.rstrip("\n").split("\n"))
    return (WORD_HEAD % {"font": "Aptos"} + new_html +
            "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n"
            "<div id=\"divRplyFwdMsg\"><p class=MsoNormal><b>From:</b> %s<br>\n<b>Sent:</b> %s<br>\n<b>To:</b> %s<br>\n"
            "<b>Subject:</b> %s</p></div>\n</div>\n%s</div>\n</body>\n</html>\n"
            % (esc(quote_from), esc(quote_sent), esc(quote_to), esc(quote_subject), q))

def apple_quote(intro, text):
    """Apple Mail's quoted original ('On ..., X wrote:' then '> ' lines)."""
    return "\n%s\n\n" % intro + quoted(text)


# ============================================================================= KNOWSLEY
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "Mash.Businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2074-09-11 15:12:40"
    body = T("""
Hi MASH,

This is the invite for the step up TAF for Kyle Brophy (14) and Macey Brophy (9), EHM-73120, on Wednesday 19th September at 10am on Teams. The FF step up request form and the minutes of our last TAF (05/09/2074) are attached. I've invited the current TAF members (school, the school nurse and Kyle's youth worker) separately.

Kyle has been hurting his sister more and more since the start of the summer holidays - hair pulling, punching her arms and legs, and on 31/08 he held her down on the sofa and sat on her until she was sobbing and couldn't get up. Macey told school she is "scared of Kyle when he goes red". Mum, Donna, is doing everything on the safety plan we wrote at the TAF: the two of them are never left alone together, Kyle goes to his nan's after school until mum finishes work at 5, and they have separate bedrooms now. There has been nothing since 31/08, but mum says she is "walking on eggshells", and Kyle has only just started seeing the youth worker about his anger.

My TM, Sharon Pike, agreed the step up in supervision on 10/09/2074. Donna knows about the step up and has agreed to it - she wants help for Kyle as much as for Macey.

Thanks,
Bernadette

Bernadette Okoye-Walsh
Family First Case Manager | Huyton Team | Knowsley Council
0151 496 0233

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: 381 552 907 114
Passcode: Bk7pQ2
________________________________________________________________________________
""") + KDISC
    org = ("Okoye-Walsh, Bernadette", "Bernadette.Okoye-Walsh@" + KDOM)
    cal = ics("REQUEST", f, dt(when), "20740919T100000", "20740919T113000",
              "Step up TAF meeting - Brophy - EHM-73120", "Microsoft Teams Meeting", body,
              ("Bernadette Okoye-Walsh", org[1]),
              [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH Business Support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    form = docx_att("FF Step Up request to CSC - Brophy.docx", appendix1([
        ("Case ID on EHM:", "EHM-73120"),
        ("Children:", "Kyle Brophy, DOB 22/01/2060; Macey Brophy, DOB 09/06/2065"),
        ("Has this family recently closed to Children's Social Care?:", "No - never open to CSC"),
        ("Date of step up TAF meeting:", "Wednesday 19/09/2074, 10:00, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "High - mum attends every TAF and has kept to the safety plan; the toolkit has not been needed"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 05/09/2074"),
        ("What are we worried about?", "Kyle (14) hurts Macey (9) when he is angry: hair pulling, punches to her arms "
         "and legs, and on 31/08/2074 he held her down and sat on her. Incidents are more frequent and more serious "
         "since July. Macey is frightened of him. Kyle struggles to manage his anger and has not been assessed."),
        ("What is working well?", "Mum is protective and honest; the safety plan (no time alone together, nan's "
         "after school, separate bedrooms) has been kept since 01/09; Macey talks to her teacher; Kyle has agreed to "
         "see the youth worker."),
        ("What next?", "Step up to CSC for a C&F assessment of both children; Family First to stay involved until it "
         "is completed."),
        ("Graded Care profile (If neglect should be completed).", "N/A - no concerns about the basic care of either "
         "child."),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Up to date police information if applicable:", "None - police have not been involved."),
        ("Agreement by line manager:", "Agreed - Sharon Pike, Team Manager, 10/09/2074"),
        ("Contingency plan (Smart and timely).", "If not agreed: the safety plan continues, weekly visits, a TAF every "
         "three weeks and a referral to the CAMHS anger service for Kyle."),
    ]))
    minutes = pdf_att("TAF minutes 05.09.2074 - Brophy.pdf", "Team Around the Family - minutes", [
        "Family: Brophy (EHM-73120). Date: 05/09/2074, 13:30, Huyton Family Hub.",
        "Present: Donna Brophy (mum), Bernadette Okoye-Walsh (Family First, chair), Macey's class teacher,",
        "the school nurse, Kyle's head of year.",
        "1. Mum described Kyle's anger at home since July and the incident on 31/08.",
        "2. School: Macey anxious on Mondays, told her teacher she is scared of her brother.",
        "3. Safety plan agreed: Kyle and Macey never left alone together; Kyle to nan's after school;",
        "   separate bedrooms from this weekend.",
        "4. Agreed: Bernadette to discuss a step up to CSC with her team manager.",
        "Next TAF: to be confirmed after the step up meeting."])
    top = outlook_top(f, addr(*org), "%s, %s" % (addr("Knowsley MASH", KMASH), addr("MASH Business Support", KBS)),
                      "Step up TAF meeting - Brophy - EHM-73120", when,
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    add(f, itip_request_mail(f, top, body, cal, [form, minutes]), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-73120"],
        [ch("Kyle Brophy", "2060-01-22", "22/01/2060"), ch("Macey Brophy", "2065-06-09", "09/06/2065")],
        ["physical_harm"], True, True, [], True, "book_meeting",
        "Knowsley (%s, s4 'Cases Stepping-Up ... on a Planned Basis' and Appendix 1/2): the step-up arrives as the "
        "Teams invitation itself (an iTIP METHOD:REQUEST, multipart/alternative with text/calendar) sent to the MASH "
        "inbox and MASH business support, with the Appendix 1 form (.docx) and TAF minutes (.pdf) attached - kind "
        "step_up, not meeting_reply. EHM id, TM agreement ('agreed the step up'), TAF minutes, meeting date and time "
        "all present; no neglect/non-engagement/exploitation so no GCP2 / toolkit / exploitation assessment -> "
        "missing []. Notice: Tue 11 Sep -> Wed 19 Sep 2074 = 6 working days >= 5 -> ok -> book_meeting. Sibling "
        "violence (Kyle 14 hurting Macey 9) -> physical_harm; not urgent: nothing since 31/08 and a kept safety plan "
        "(never alone together), a planned step-up (DESIGN rule 1 needs an immediate risk). 'has agreed to it' -> "
        "consent true (not a Knowsley step-up requirement)." % S_KN,
        meeting=date(2074, 9, 19), not_children=["Donna Brophy", "Sharon Pike", "Bernadette Okoye-Walsh"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2074-10-04 12:47:05"
    text = T("""
Hi MASH

I'm the Family First case manager for Lily-Rose Cassidy (7), DOB 17/03/2067, EHM-74402. Please can a MASH social worker ring me as soon as you read this.

Her class teacher rang me at 12.15. This morning Lily-Rose told her that her brother Jordan "does rude things" to her in the bath and in her bed "when mummy's at work", and that it hurts her front bottom when he does it. She said it has happened "loads of times" and that Jordan told her it's their secret game. Jordan Tierney is her half-brother, he's 15 (DOB 28/11/2058).

Mum (Stacey Cassidy) works the late shift at the big Asda in Huyton today, 2pm till 10pm. Jordan has been minding Lily-Rose after school on mum's late shifts since September - he picks her up at 3.15. He's off school today. I haven't spoken to mum yet, she isn't picking up.

School are keeping Lily-Rose with the head until I get there - I'm leaving now, about 25 mins away. Lorraine (my TM, Lorraine Ashworth) agrees it has to come straight to you today rather than wait for a step up TAF. I haven't done the step up form or anything else yet.

Niamh
07700 900 514

Niamh Corrigan
Family First Case Manager | Kirkby Team | Knowsley Council

Sent from my iPhone
""")
    top = plain_top(f, addr("Niamh Corrigan", "Niamh.Corrigan@" + KDOM), addr("Knowsley MASH", KMASH),
                    "Lily-Rose Cassidy - need MASH today please", when, KDOM, "iPhone Mail (22C161)")
    add(f, iphone_mail(f, top, text), "knowsley", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-74402"],
        [ch("Lily-Rose Cassidy", "2067-03-17", "17/03/2067"), ch("Jordan Tierney", "2058-11-28", "28/11/2058")],
        ["sexual_harm"], None, True, ["meeting_details", "step_up_form", "taf_minutes"], None, "alert_duty",
        "URGENT, MOBILE, NO ALARM WORDS (DESIGN safety rule 1; Knowsley %s: 'Safeguarding procedures would always "
        "override ... Any immediate safeguarding concerns should be communicated to the Duty Social Work Team in "
        "MASH'): a 7-year-old's disclosure this morning of repeated sexual harm by her 15-year-old half-brother, who "
        "collects and minds her alone after school TODAY (mum on a 2-10pm shift). The Family First case manager asks "
        "MASH to take the family now -> a step_up to the MASH inbox, urgent -> alert_duty. Missing is still computed "
        "from the Knowsley step-up matrix: EHM id and TM agreement ('agrees it has to come straight to you') present; "
        "no form, no TAF minutes, no meeting -> meeting_details, step_up_form, taf_minutes; no date -> notice null. "
        "Mum not yet spoken to -> consent null. Both children labelled (the harming child is a child of the "
        "household, named in full with DOB)." % S_KN,
        not_children=["Stacey Cassidy", "Lorraine Ashworth", "Niamh Corrigan"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2074-11-05 11:04:22"
    body = T("""
Good morning Family First,

I'm writing to let you know about the final CIN meeting for the Gaskell brothers, where we will be recommending step down to Family First at Level 3.

Final CIN meeting: Monday 12th November 2074, 10.00am, Kirkby Family Hub, Cherryfield Drive - Room 2.

Children:
Tyler Gaskell - DOB 14/02/2064 - ICS-2208815
Reece Gaskell - DOB 30/07/2066 - ICS-2208816

Background, for the case manager: the boys became known to us in March 2073 when Reece (then 6) broke his arm after Tyler pushed him off the top bunk during a fight. A&E referred, and the s47 enquiry found that the injury came from a fight between the brothers and not from anything mum or dad did or failed to do. A safety plan followed (the bunk beds went, the boys have separate rooms, and mum and dad agreed house rules about play-fighting), and the case moved from a child protection response to a CIN plan. There has been no injury of any kind since May 2073. The boys still squabble and wrestle over the PlayStation like most brothers of 10 and 8 - school and both parents describe ordinary sibling arguments that an adult can break up.

What are we worried about?
Tyler has ADHD and his medication review at the paediatric clinic is overdue; mornings are chaotic and he struggles to settle in class. Mum finds it hard to manage both boys on her own on the days dad works away.

What is working well?
Both parents have kept to the house rules and the safety plan for over 18 months. Reece is happy and doing well at school (attendance 97%). Dad has changed his shifts so that he is home three nights a week. Tyler has a good relationship with his learning mentor.

What needs to happen?
A Family First case manager to lead a TAF with school and the paediatric team; the ADHD medication review to be chased; a parenting group for mum and dad on managing Tyler's anger.

Mum (Kerry Gaskell) gave consent to the referral to Family First at the CIN review on 29/10/2074.

Kind regards,
Hassan

Hassan Idowu
Social Worker | Children in Need Team (Kirkby) | Knowsley Council
0151 496 0670

""") + KDISC
    top = outlook_top(f, addr("Idowu, Hassan", "Hassan.Idowu@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Step down to Family First L3 - Gaskell brothers - final CIN Mon 12th Nov", when,
                      cc=addr("Ashton, Claire", "Claire.Ashton@" + KDOM))
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 5,
        "near_miss", "step_down", False, 3, ["ICS-2208815", "ICS-2208816"],
        [ch("Tyler Gaskell", "2064-02-14", "14/02/2064"), ch("Reece Gaskell", "2066-07-30", "30/07/2066")],
        ["disability_send"], True, None, [], True, "book_meeting",
        "NEAR MISS - AN OLD INJURY FROM A BROTHERS' FIGHT AND ORDINARY SIBLING SQUABBLES: 'broke his arm', 's47', "
        "'child protection response', 'safety plan' all describe March-May 2073, and today's fights are 'ordinary "
        "sibling arguments that an adult can break up' -> not urgent, no physical_harm. Knowsley %s s2 (Level 3): "
        "date, time and venue of the final CIN meeting, all three Signs of Safety headings, and consent ('gave "
        "consent to the referral to Family First') -> missing []. Notice: Mon 5 Nov -> Mon 12 Nov 2074 = exactly 5 "
        "working days -> ok -> book_meeting. Level 3 stated. ADHD -> disability_send. The team manager is only "
        "copied and says nothing -> manager_agreed null (not a Knowsley step-down requirement). Two ICS ids with "
        "their joined prefix." % S_KN,
        meeting=date(2074, 11, 12), not_children=["Kerry Gaskell", "Hassan Idowu"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2074-10-16 00:38:12"
    body = T("""
Hi,

Sorry for the late email - I wanted to get this to you tonight so you have the week's notice.

I'm stepping the Rowe children down to a Level 2 service at their final CIN meeting:
Monday 22nd October, 2pm, Halewood Academy (meeting room 3, main reception).

ICS ID 2231907 (family episode)
Tayla Mbeki-Rowe - 03/05/2062
Jaxon Rowe - 11/09/2067
Ruby Rowe - 20/12/2069
Archie Rowe - 08/08/2072

Lead practitioner: Joanne Metcalfe, Pastoral Lead at Halewood Academy, has agreed to take over the Lead Practitioner role (Tayla is at the academy, and Jaxon and Ruby are at the primary on the same campus).

What are we worried about? Tayla (12) was looking after her three younger brothers and sister overnight while mum worked nights at the care home - that's why we got involved in March. That has stopped, but Tayla still does a lot of the caring before and after school (nappies, bottles, the school run) and she has dropped out of netball.

What's working well? Mum's own mum (the children's nan) moved in with them in June and mum moved to day shifts in July. Mum has kept to the plan all summer: nan or mum is always in the house with the younger ones. All four children are well cared for, the home is warm and there is food in.

What needs to happen? Joanne to lead an EHA and TAF; a young carers' assessment for Tayla through Knowsley Young Carers; a nursery place for Archie from January.

Mum is in agreement with the step down and signed the consent on Friday.

Thanks
Chiamaka

Chiamaka Eze | Social Worker | CIN Team (Halewood) | Knowsley Council | 0151 496 0728

Get Outlook for iOS
""")
    top = outlook_top(f, addr("Eze, Chiamaka", "Chiamaka.Eze@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "L2 step down - Rowe children - final CIN 22/10", when)
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 2, ["2231907"],
        [ch("Tayla Mbeki-Rowe", "2062-05-03", "03/05/2062"), ch("Jaxon Rowe", "2067-09-11", "11/09/2067"),
         ch("Ruby Rowe", "2069-12-20", "20/12/2069"), ch("Archie Rowe", "2072-08-08", "08/08/2072")],
        ["young_carer"], True, None, [], False, "request_info",
        "Knowsley %s s2, Level 2 step-down: date, time and venue, the three Signs of Safety questions and the lead "
        "practitioner's name and organisation (Halewood Academy) all given -> missing []. NOTICE DECIDED BY THE "
        "LONDON DATE OF A MAIL SENT AT 00:38 BST: `now` is Tue 16 Oct 2074 00:42+01:00 (the UTC date is Mon 15 Oct). "
        "DESIGN: working days d with today < d <= meeting, today the Europe/London date -> Wed 17, Thu 18, Fri 19, "
        "Mon 22 = 4 < 5 -> not ok -> request_info (a parser that takes today from UTC counts 5). The writer's 'so you "
        "have the week's notice' is wrong. Level 2 stated. 'ICS ID 2231907' -> the bare number (DESIGN: a label "
        "before the number is not part of it). Children left in charge, now resolved; what remains is Tayla's caring "
        "-> young_carer. 'signed the consent' -> true (not required at level 2)." % S_KN,
        meeting=date(2074, 10, 22), not_children=["Joanne Metcalfe", "Chiamaka Eze"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2074-11-22 14:26:33"
    ack = ack_text("step-up", "SB-knowsley-1210", [
        "Case: EHM-75518", "Children: Callum Rimmer (13/06/2061), Ellis Rimmer (19/09/2073)",
        "Step-up TAF meeting: Wednesday 28 November 2074, 10:00 (Microsoft Teams)"], [])
    new = "".join("<p class=MsoNormal>%s</p>\n" % (esc(l) if l else "&nbsp;") for l in T("""
Hi,

I need to add to our step up for the Rimmer boys after my home visit this lunchtime.

Mum showed me a video on Callum's phone that he filmed last night: he is holding the kitten under the water in the bath until it stops moving. The kitten is dead - mum found it in the bin this morning.

At 6 this morning mum heard Ellis (14 months) coughing and found Callum standing over the cot pressing a pillow down on Ellis's face. She pulled him off. Ellis seems OK now. When mum asked Callum what he was doing he said "he's next, then you".

Dad is working away in Aberdeen until Sunday, so mum is on her own with both boys tonight. Callum refused to go to his nan's and mum says she can't make him - he's bigger than her now. He has been off school all week.

Our step up TAF isn't until next Wednesday. I'm still at the house with mum and the boys and I'll stay until I hear from someone - 07700 900 386.

Grace

Grace Nwosu-Hughes | Family First Case Manager | Prescot Team | Knowsley Council | 0151 496 0352
""").rstrip("\n").split("\n")) + "<p class=MsoNormal>&nbsp;</p>\n"
    h = outlook_html_reply(new, "Knowsley MASH <knowsleymash@knowsley.gov.uk>", "20 November 2074 09:41",
                           "Nwosu-Hughes, Grace <Grace.Nwosu-Hughes@knowsley.gov.uk>",
                           "[SB-knowsley-1210] Step-up request received - EHM-75518", ack)
    top = outlook_top(f, addr("Nwosu-Hughes, Grace", "Grace.Nwosu-Hughes@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: [SB-knowsley-1210] Step-up request received - EHM-75518", when)
    add(f, html_only(f, top, h), "knowsley", "mash_step_up", when, 2,
        "urgent", "follow_up", True, None, ["EHM-75518"],
        [ch("Callum Rimmer", "2061-06-13", "13/06/2061"), ch("Ellis Rimmer", "2073-09-19", "19/09/2073")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT FOLLOW-UP, HTML-ONLY OUTLOOK REPLY, NO ALARM WORDS: a 13-year-old filmed himself drowning the family "
        "kitten, was found this morning pressing a pillow on his 14-month-old brother's face ('he's next, then "
        "you'), and mum is alone with both boys tonight; the case manager stays at the house until MASH calls. A "
        "child harming a pet alongside a direct attempt on a baby -> physical_harm. DESIGN: a reply to "
        "[SB-knowsley-1210] adding to a request is follow_up; urgent comes first in next_action -> alert_duty "
        "(rule 1: every kind is read for risk). Children and DOBs from the quoted acknowledgement; missing [] and "
        "notice null for a follow_up. Knowsley %s 'Safeguarding procedures would always override anything'." % S_KN,
        not_children=["Grace Nwosu-Hughes"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2074-11-12 08:15:02"
    text = T("""
Knowsley Safeguarding Children Partnership
7-MINUTE BRIEFING - Harmful sexual behaviour (HSB) between children
November 2074

1. Why it matters
A significant share of child sexual abuse is carried out by other children and young people. Most children who display harmful sexual behaviour have themselves experienced abuse, neglect or trauma, and most respond well to early, proportionate help.

2. A continuum, not a label
Hackett's continuum runs from normal and developmentally expected, through inappropriate and problematic, to abusive and violent. Use the Brook Sexual Behaviours Traffic Light Tool to place what you have seen: green behaviours (for example two four-year-olds "playing doctors") need reassurance and teaching, not a referral.

3. Learning from a local review (anonymised)
Child A (11) and his half-sister Child B (6). School saw sexualised drawings and play over several months and recorded each one as a separate low-level incident. Nobody put them together until Child B disclosed. Lesson: look at the pattern, not the single incident; keep one chronology; talk to the Family First case manager.

4. Siblings
Sibling sexual abuse is thought to be the most common form of intrafamilial child sexual abuse and the least reported. Parents may minimise it ("they were just playing"). Ask about sleeping arrangements, bath times and who babysits.

5. Online
Sharing nudes and semi-nudes between under-18s is an offence, but the UKCIS guidance sets out when a school can handle it without the police. Coercion, an age gap or any adult involvement always means a referral.

6. What to do
If you think a child is at immediate risk of harm, ring MASH straight away (or 999 in an emergency). For concerns that are not immediate, talk to your DSL or team manager and use the step up process.

7. Training
AIM Project - "Understanding HSB" (half day, Microsoft Teams): Tuesday 20 November 2074, 9.30am-12.30pm. Book through the KSCP learning portal. A calendar file is attached.

You are receiving this because you subscribed to KSCP bulletins. Unsubscribe: https://www.knowsleyscp.example/unsubscribe
""")
    secs = text.split("\n\n")
    h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
         "<body style=\"font-family:Arial,sans-serif;font-size:10pt;color:#222222\">\n"
         "<table width=\"620\" cellpadding=\"8\" cellspacing=\"0\" border=\"0\">\n"
         "<tr><td style=\"background:#5B2C6F;color:#FFFFFF\"><b>%s</b></td></tr>\n" % "<br>".join(esc(l) for l in secs[0].split("\n")))
    for s in secs[1:-1]:
        head, _, rest = s.partition("\n")
        h += ("<tr><td><h3 style=\"color:#5B2C6F;margin:0 0 4px 0\">%s</h3>%s</td></tr>\n"
              % (esc(head), "<br>".join(esc(l) for l in rest.split("\n"))))
    h += ("<tr><td style=\"font-size:8pt;color:#777777\">%s</td></tr>\n</table>\n</body></html>\n" % esc(secs[-1]))
    att = ics_publish_att(f, "AIM HSB training 20-11-2074.ics", "AIM Project - Understanding HSB (KSCP)",
                          "20741120T093000Z", "20741120T123000Z", "Microsoft Teams",
                          "Half-day multi-agency course on harmful sexual behaviour between children.")
    top = plain_top(f, addr("Knowsley Safeguarding Children Partnership", "bulletin@knowsleyscp.example"),
                    addr("Family First 0-18 Duty Mailbox", KFF),
                    "7-minute briefing: harmful sexual behaviour between children + AIM training dates", when,
                    "knowsleyscp.example", None,
                    extra=[("List-Id", "KSCP bulletins <bulletins.knowsleyscp.example>"),
                           ("List-Unsubscribe", "<https://www.knowsleyscp.example/unsubscribe>")])
    add(f, alt_mail(f, top, text, h, [att]), "knowsley", "early_help_duty", when, 6,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - TRAINING ABOUT HARMFUL SEXUAL BEHAVIOUR: a partnership bulletin (List-Id, no Auto-Submitted) "
        "full of risk words ('sexual abuse', 'abusive and violent', 'immediate risk', 'Child A ... disclosed') that "
        "are teaching, an anonymised review and a 'what to do' box - DESIGN rule 1: bulletins that list examples "
        "must not trigger the alert. Not a request -> other -> human_review. The attached .ics is METHOD:PUBLISH "
        "(a course date), neither an invitation to a panel nor a meeting reply. No child named.")

def knowsley_07():
    f = "knowsley_07.eml"; when = "2074-11-06 09:05:40"
    data = itip_reply(f, when, "Farid Quayle", "farid.quayle@knowsley.gov.uk",
                      ("Family First 0-18 Duty Mailbox", KFF), "DECLINED",
                      "Final CIN meeting (Level 3 step down) - Gaskell - ICS-2208815 [SB-knowsley-1187]",
                      "20741112T100000", "20741112T110000", "Kirkby Family Hub, Cherryfield Drive - Room 2",
                      comment="I'm on leave from the 9th to the 16th - Elinor, please can you give this one to "
                              "another case manager? Sorry.")
    add(f, data, "knowsley", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, ["ICS-2208815"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY (text/calendar method=REPLY, PARTSTAT=DECLINED) from the Family First case manager "
        "invited to knowsley_03's final CIN meeting (Knowsley %s s2: 'A Family First Case Manager will attend the "
        "CIN meeting'); the COMMENT asks for reallocation - nothing of concern. DESIGN: meeting_reply -> "
        "record_reply. Case id from the SUMMARY." % S_KN)

def knowsley_08():
    f = "knowsley_08.eml"; when = "2074-10-25 16:05:51"
    body = T("""
Good afternoon,

Please find attached the step up request and the minutes of last week's TAF for the Doherty family (EHM-74981). The step up TAF is on Thursday 1st November at 1.30pm on Teams - I have sent the invitation to Knowsley MASH and MASH business support and invited the TAF members. I know Wednesdays are preferred but the school's DSL can only do the Thursday.

What happened: on Saturday 20/10/2074 Kieran Doherty (16) assaulted his mum during an argument about his phone - he pushed her into the fridge and punched her arm and face. Mum rang 999. Police arrested Kieran at the house; he was charged on the Sunday and bailed to his grandad's address in Prescot with conditions not to contact mum or go to the family home until his court date in December. Police tell me he has kept to the conditions all week, and grandad is supervising him well.

Mum and the girls, Amelia (11) and Poppy (6), are at home. A safety plan is in place: police have put a marker on the address, a panic alarm has been fitted, both schools know the bail conditions, and mum has a named officer. The girls were at a friend's house on the Saturday and did not see the assault.

Why step up now: this is the fourth time in 18 months that Kieran has been violent to his mum, each time worse than the last, and the bail conditions end at his court date. Kieran also needs an assessment in his own right. The TAF agreed on 18/10 that Family First has gone as far as it can.

Nicola Grayson (TM) agreed the step up on 24/10/2074 - see the form. Mum agrees to the step up.

Many thanks,
Marek

Marek Zieliński
Family First Case Manager | Prescot & Whiston Team | Knowsley Council
0151 496 0811 | 07700 900 297

""") + KDISC
    form = docx_att("FF Step Up request to CSC - Doherty.docx", appendix1([
        ("Case ID on EHM:", "EHM-74981"),
        ("Children:", "Kieran Doherty 02/02/2058; Amelia Doherty 15/04/2063; Poppy Doherty 01/12/2067"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Thursday 01/11/2074, 13:30, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "High (mum); Kieran medium - the toolkit has not been needed"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 18/10/2074"),
        ("What are we worried about?", "Kieran's violence to his mum: four incidents in 18 months, the latest "
         "(20/10/2074) an assault for which he has been charged. The girls have heard earlier incidents. Bail "
         "conditions end at his court date in December."),
        ("What is working well?", "Mum is protective and works with us; grandad is supervising Kieran; the bail "
         "conditions have been kept; the girls are settled at school."),
        ("What next?", "C&F assessment of all three children, including Kieran's own needs; Family First to stay "
         "involved until it is completed."),
        ("Graded Care profile (If neglect should be completed).", "N/A"),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Up to date police information if applicable:", "Arrested 20/10/2074, charged 21/10/2074, bailed to "
         "grandfather's address with conditions; marker on the family address."),
        ("Agreement by line manager:", "Agreed - Nicola Grayson, Team Manager, 24/10/2074"),
        ("Contingency plan (Smart and timely).", "If not agreed: TAF every 3 weeks, Break4Change referral for "
         "Kieran and mum, review before the bail conditions end."),
    ]))
    minutes = docx_att("TAF minutes 18.10.2074 - Doherty.docx", [
        "# Team Around the Family - minutes", "Date: 18/10/2074, 10:00, Prescot Family Hub",
        "Present: mum, Marek Zielinski (Family First, chair), Amelia's head of year, Poppy's class teacher, the "
        "school nurse",
        "Mum: Kieran's temper is worse since the summer; he has broken a door and twice pushed her.",
        "School: both girls doing well; Amelia quieter than usual.",
        "Agreed: Family First has gone as far as it can; Marek to discuss a step up with his team manager."])
    top = outlook_top(f, addr("Zieliński, Marek", "Marek.Zielinski@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up TAF Thursday 1st November 1.30pm - EHM-74981 - Doherty", when,
                      cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, minutes], html_alt=True), "knowsley", "mash_step_up", when, 7,
        "near_miss", "step_up", False, None, ["EHM-74981"],
        [ch("Kieran Doherty", "2058-02-02", "02/02/2058"), ch("Amelia Doherty", "2063-04-15", "15/04/2063"),
         ch("Poppy Doherty", "2067-12-01", "01/12/2067")],
        ["domestic_abuse"], True, True, [], True, "book_meeting",
        "NEAR MISS - A TEENAGER'S VIOLENCE TO A PARENT ALREADY DEALT WITH BY POLICE AND A SAFETY PLAN: last "
        "Saturday's assault ended in arrest, charge and bail to grandad's with conditions that have been kept all "
        "week; marker, panic alarm, schools told; the girls safe at home -> no immediate risk today. Child-to-parent "
        "violence by a 16-year-old -> domestic_abuse (the current worry the step-up is about). Complete Knowsley "
        "step-up (%s s4/Appendix 1): form and TAF minutes (.docx), EHM id, TM agreement, meeting -> missing []. "
        "Notice ACROSS THE CLOCK CHANGE: Thu 25 Oct (BST) -> Thu 1 Nov 2074 (GMT) = Fri 26, Mon 29, Tue 30, Wed 31, "
        "Thu 1 = 5 working days -> ok -> book_meeting (a Thursday, not the preferred Wednesday: a preference, not a "
        "rule). The sisters are named in full only in the form; all three children labelled." % S_KN,
        meeting=date(2074, 11, 1), not_children=["Nicola Grayson", "Marek Zielinski"])


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2074-09-10 10:42:15"
    blocks = [
        "Dear MASH colleagues,",
        "",
        "Following reflective supervision with Callum Ferreira (Early Help Practitioner) on Friday, I am stepping up "
        "the Mwangi-Hale family to Children's Services. The latest case summary is attached and the rationale is "
        "below.",
        "",
        ("table", [
            ["Child", "Date of birth", "Mosaic ID"],
            ["Ethan Mwangi-Hale", "07/07/2063", "3318742"],
            ["Zuri Mwangi-Hale", "25/02/2068", "3318743"],
        ]),
        "",
        ("h", "Rationale for step up"),
        "In July Ethan (11) was found by his mum in Zuri's (6) bed, touching her under her pyjamas. Our Early Help "
        "HSB practitioner completed an AIM3 assessment in August: Ethan's behaviour sits in the red range of the "
        "Brook Traffic Light Tool, and he has said things that suggest he may himself have been harmed by an older "
        "relative before he came to the UK.",
        "",
        "Mum, Ms Grace Hale, acted protectively. Since July there has been a written safety plan - Ethan and Zuri are "
        "never unsupervised together, they have separate bedrooms, there is a door alarm on Zuri's room and mum's "
        "partner has moved off night shifts - and it has held for seven weeks. Both children are seen every week, "
        "Zuri at school and at home, and there have been no further incidents. This is not an immediate child "
        "protection concern today.",
        "",
        "We are stepping up because (1) Ethan needs a specialist assessment and therapeutic help beyond what Early "
        "Help can provide; (2) Zuri needs an assessment of her own needs and may need therapeutic support; and "
        "(3) the possible harm to Ethan needs to be explored with the police, which needs statutory involvement.",
        "",
        "Ms Hale has agreed to the step up and understands why. As Early Help Team Manager I agree with the step up.",
        "",
        "Kind regards,",
        "",
        "Delphine Achterberg",
        "Early Help Team Manager | Wandsworth North Locality",
        "Richmond and Wandsworth Councils",
        "020 7946 0377",
        "",
        RDISC.strip(),
    ]
    summary = pdf_att("Case summary - Mwangi-Hale - Sept 2074.pdf", "Early Help case summary - Mwangi-Hale", [
        "Children: Ethan Mwangi-Hale (07/07/2063), Zuri Mwangi-Hale (25/02/2068). Mosaic 3318742 / 3318743.",
        "Parent: Grace Hale (mother). Mum's partner lives in the home.",
        "Early Help involvement: since March 2074, first for Ethan's behaviour at school.",
        "July 2074: sexualised behaviour by Ethan towards Zuri discovered by mum; safety plan put in place.",
        "August 2074: AIM3 assessment by the Early Help HSB practitioner - red on the Brook tool.",
        "Safety plan reviewed weekly; no further incidents. Zuri seen alone at school weekly.",
        "Ethan has hinted at harm by an older relative before arriving in the UK; not yet explored.",
        "Strengths: mum's protective response and openness; good school support for both children.",
        "Lead practitioner: Callum Ferreira, Early Help Practitioner."])
    top = outlook_top(f, addr("Achterberg, Delphine", "Delphine.Achterberg@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Mwangi-Hale - Mosaic ID 3318742", when,
                      cc=addr("Ferreira, Callum", "Callum.Ferreira@" + RDOM))
    add(f, word_mail(f, top, blocks, [summary]), "richmond_wandsworth", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["3318742", "3318743"],
        [ch("Ethan Mwangi-Hale", "2063-07-07", "07/07/2063"), ch("Zuri Mwangi-Hale", "2068-02-25", "25/02/2068")],
        ["sexual_harm"], True, True, [], None, "book_meeting",
        "Richmond & Wandsworth (%s, 'Process to Step Up'): the Early Help Team Manager emails the MASH Step Up inbox "
        "'with the latest case summary and the rationale' - summary attached (.pdf), rationale pasted under its own "
        "heading in a Word HTML body with a table -> missing []; no notice period -> notice null -> book_meeting "
        "(invitation within 1 working day). HSB within the home (an 11-year-old towards his 6-year-old sister) -> "
        "sexual_harm; not urgent: a written safety plan has held for seven weeks with weekly sightings and the "
        "manager says 'not an immediate child protection concern today' - the seed's own route for concerns 'enough "
        "to step up ... but not immediate'. 'As Early Help Team Manager I agree with the step up' -> manager true; "
        "'Ms Hale has agreed to the step up' -> consent true. Mosaic ids from the table, bare numbers." % S_RW,
        not_children=["Grace Hale", "Callum Ferreira", "Delphine Achterberg"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2074-09-21 11:18:30"
    text = T("""
Hi MASH team,

I'm the Early Help practitioner for the Asante family (Mosaic no. 3320591). I did a home visit at 10 this morning and I need social care to take this family on today.

Mum went to Accra last Saturday (15th) for a funeral and left Precious Asante, who is 16, looking after Ama Asante (3, DOB 30/05/2071) and baby Kofi Asante (5 months, DOB 14/04/2074) until "the end of next week". There is no other adult. Precious's DOB is 12/08/2058.

Kofi has a purple mark on his left cheek the shape of fingers and a yellow one on his upper arm. Ama has a split lip that is scabbing over. Precious said Ama fell off the sofa and that Kofi "bumped himself on the cot". When Precious went to make a bottle Ama told me "Precious smacks when Kofi cries and smacks me when I'm naughty".

There was one tin of formula left and some rice, the electric is on emergency credit, and Precious hasn't been to college since mum left. She cried and said she is so tired she "can't think". The neighbour downstairs told me she hears the baby screaming most nights and Precious shouting.

I'm sitting in my car outside the block (Ashburton Court, flat 14, SW18). Precious knows I've contacted you. I haven't written a case summary - all of this was this morning. My manager Tomasz is on leave today and I can't get hold of the duty manager.

Please can a social worker ring me on 07700 900 725.

Abena

Abena Owusu
Early Help Practitioner | Wandsworth Early Help (South West Locality)

Sent from my Galaxy
""")
    top = plain_top(f, addr("Abena Owusu", "Abena.Owusu@" + RDOM), addr("MASH Step Up", RSU),
                    "Asante children - step up today please", when, RDOM, None)
    add(f, gmail_mail(f, top, text), "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["3320591"],
        [ch("Precious Asante", "2058-08-12", "12/08/2058"), ch("Ama Asante", "2071-05-30", "30/05/2071"),
         ch("Kofi Asante", "2074-04-14", "14/04/2074")],
        ["neglect", "physical_harm"], None, None, ["case_summary", "rationale"], None, "alert_duty",
        "URGENT, ANDROID, NO ALARM WORDS: a 16-year-old left in sole charge of a 3-year-old and a 5-month-old for two "
        "weeks, the baby with a finger-shaped bruise on his cheek and the toddler with a split lip saying 'Precious "
        "smacks when Kofi cries', one tin of formula left - the children are in that flat today. DESIGN rule 1 -> "
        "alert_duty. An Early Help practitioner asking the MASH Step Up inbox to take the family -> step_up; R&W "
        "(%s 'Process to Step Up') requires the case summary and the rationale: no summary ('I haven't written a "
        "case summary') and no rationale under its own heading (REQUIREMENTS 'How a requirement is met') -> both "
        "missing. Manager on leave, not consulted -> manager_agreed null; consent not mentioned -> null. "
        "'Mosaic no. 3320591' -> the bare number. A 16-year-old is still a child: three children labelled." % S_RW,
        not_children=["Abena Owusu"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2074-10-03 16:20:44"
    text = T("""
Dear Early Help / MASH,

I'm not sure this is the right inbox - I couldn't find a general Early Help address on the website, so apologies if this should go elsewhere.

I'm the DSL at St Aldhelm's Primary in Putney. Yesterday a teaching assistant found two of our Reception children (a boy and a girl, both 4) in the toilets showing each other their bottoms and giggling. We have looked at it with the Brook Sexual Behaviours Traffic Light Tool and it is a green behaviour - ordinary, age-appropriate curiosity for children of that age. There was no coercion, no age or power difference and neither child was upset. Staff talked to both children about private parts and the NSPCC PANTS rule, and I spoke to both sets of parents at pick-up; both were relaxed about it and will use the PANTS materials at home. Neither child has any safeguarding history and there are no concerns about either home. I've recorded it on CPOMS. We are NOT making a referral.

My question is a general one: does Early Help want to be told about green behaviours like this, or only amber and red ones? Our new staff are anxious that anything sexual has to be reported to you as harmful sexual behaviour, and I'd like to give them a clear answer at Monday's INSET.

Many thanks,
Harriet

Harriet Osei-Mensah
Deputy Headteacher and Designated Safeguarding Lead
St Aldhelm's CE Primary School, Putney
020 7946 0588
""")
    top = plain_top(f, addr("Harriet Osei-Mensah", "h.osei-mensah@staldhelms.example.sch.uk"), addr("MASH Step Up", RSU),
                    "Advice please - two Reception children (no referral)", when, "mail.gmail.com", None)
    add(f, gmail_mail(f, top, text), "richmond_wandsworth", "mash_step_up", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - AGE-APPROPRIATE CURIOSITY HANDLED BY SCHOOL: two 4-year-olds 'showing each other their bottoms', "
        "rated green on the Brook tool, parents told, 'no concerns about either home', 'We are NOT making a "
        "referral'; the mail is full of 'sexual', 'harmful sexual behaviour', 'safeguarding' but describes no risk "
        "to any child (DESIGN rule 1: negated/resolved). A school's general question sent, by its own admission, to "
        "the wrong inbox -> other -> human_review. No child is named.")

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2074-11-14 15:35:09"
    body = T("""
Hi Keziah,

Thanks for the call earlier. As agreed, I'm confirming the step-down case discussion for the Duarte family tomorrow, Thursday 15th November at 11am on Teams. The latest case summary and the draft plan for Early Help are attached.

Leon Duarte (15) - DOB 09/03/2059
Beatriz ("Bia") Duarte (9) - DOB 22/10/2065
Mosaic 3309127 (family)

Summary: the family have been open to us on a CIN plan since January, after Leon's violence towards his mum (Ms Marta Duarte) - pushing, throwing things and one assault last December that police attended. Leon and mum completed the Break4Change programme in the spring and there has been no violence towards mum since June; the police marker has been taken off. Leon is back in full-time education at a new school. Bia has been seen alone at every visit and is happy and settled.

What we're still worried about is Bia's attendance (86% this term - lots of Mondays) and Leon's temper at home (shouting, slamming doors), which mum says she can now manage.

Consent: at the final CIN review on 12/11 Ms Duarte declined Early Help. She feels the family are managing now and doesn't want "another worker", and Leon also said no. I would still like to talk it through at the case discussion in case there's a lighter offer she might accept (e.g. the school's family worker).

Aoife (my TM, copied) agrees with the step down.

Best wishes,
Inês

Inês Carvalho
Social Worker | Family Support and Child Protection Team (Richmond) | Richmond and Wandsworth Councils
020 7946 0614

""") + RDISC
    summary = pdf_att("Case summary - Duarte - 14.11.2074.pdf", "Case summary - Duarte family (Mosaic 3309127)", [
        "Children: Leon Duarte (09/03/2059), Beatriz Duarte (22/10/2065). Mother: Marta Duarte.",
        "Open on a CIN plan since January 2074 following Leon's violence towards his mother.",
        "Break4Change completed (March-May 2074). No violence towards mother since June 2074.",
        "Police marker removed. Leon in full-time education since September.",
        "Remaining needs: Bia's attendance (86% this term); Leon's anger at home (verbal only).",
        "Final CIN review 12/11/2074: mother declined Early Help."])
    plan = docx_att("Draft Early Help plan - Duarte.docx", [
        "# Draft Early Help plan - Duarte",
        "1. Bia's attendance: school family worker to meet mum fortnightly; target 95% by February.",
        "2. Leon: youth worker sessions on managing anger (if Leon agrees).",
        "3. Mum: carers' and parents' support group at the family hub.",
        "Review: 4 weeks after handover."])
    top = outlook_top(f, addr("Carvalho, Inês", "Ines.Carvalho@" + RDOM), addr("Early Help Duty", RED),
                      "Step down - Duarte family (Mosaic 3309127) - case discussion Thurs 15th 11am", when,
                      cc=addr("Brennan-Clarke, Aoife", "Aoife.Brennan-Clarke@" + RDOM))
    add(f, mail(f, top, body, [summary, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 6,
        "ordinary", "step_down", False, None, ["3309127"],
        [ch("Leon Duarte", "2059-03-09", "09/03/2059"),
         ch("Beatriz Duarte", "2065-10-22", "22/10/2065", spans=['Beatriz ("Bia") Duarte', "Beatriz Duarte"])],
        ["school_attendance"], False, True, ["consent"], None, "request_info",
        "Richmond & Wandsworth step-down (%s, 'Process to Step Down'): the social worker confirms by email the case "
        "discussion agreed by phone (tomorrow, within 5 days of the contact) with the latest case summary (.pdf) and "
        "the draft plan (.docx). CONSENT REFUSED: 'Ms Duarte declined Early Help ... Leon also said no' -> consent "
        "false (DESIGN: false when stated as refused) -> consent missing (the seed: 'The allocated social worker "
        "should gain consent ... for Early Help Services to continue the plan') -> request_info. The teenager's "
        "violence to his mother is past (none since June, marker removed) -> not a current concern; Bia's 86%% -> "
        "school_attendance. 'Aoife (my TM, copied) agrees with the step down' -> manager true. Child with a nickname "
        "in the middle of her name labelled 'Beatriz Duarte' (the full name is also in the attached summary)." % S_RW,
        not_children=["Marta Duarte", "Inês Carvalho"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2074-11-26 13:12:48"
    note = ("Can't do 2pm, sorry - I'm at the Reyes flat now. Shanice Reyes (15) says she shook her baby sister "
            "Mila Reyes (10 months) 'to make her stop crying' about an hour ago. Mila is floppy and very sleepy, won't "
            "feed, and one of her pupils looks bigger than the other. Mum is at work at Heathrow until 10pm. I've "
            "called an ambulance and I'm staying with them. Please can MASH ring me now on 07700 900 819.")
    data = google_reply(f, when, "Yetunde Bakare", "y.bakare@familyworks-sw.example.org", ("MASH Step Up", RSU),
                        "DECLINED", "Step-up case discussion - Reyes - Mosaic 3324480 [SB-richmond_wandsworth-3391]",
                        "20741126T140000Z", "20741126T150000Z", "Microsoft Teams",
                        "Mon 26 Nov 2074 14:00 - 15:00 (GMT)", note=note)
    add(f, data, "richmond_wandsworth", "mash_step_up", when, 2,
        "urgent", "meeting_reply", True, None, ["3324480"],
        [ch("Shanice Reyes"), ch("Mila Reyes")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT IN A MEETING REPLY'S NOTE: a Google Calendar iTIP REPLY (PARTSTAT=DECLINED, the note in the COMMENT "
        "and in the text part) for the step-up case discussion, whose note says a 15-year-old shook her 10-month-old "
        "sister an hour ago and the baby is floppy, not feeding, with unequal pupils; mum at work until 10pm. DESIGN "
        "rule 1 names 'a meeting reply's comment': urgent -> alert_duty even on a meeting_reply (and an ambulance "
        "called does not end the need for social care today). Both girls named in full in the note; no DOBs. Case "
        "id from the SUMMARY ('Mosaic 3324480' -> bare number). R&W %s: immediate concerns go straight to MASH." % S_RW,
        not_children=["Yetunde Bakare"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2074-11-27 10:05:31"
    orig = T("""
Hi Gareth,

As discussed - I think we're at the point of stepping up the Whitlocks.

Sienna Whitlock (12, 18/10/2062) and Max Whitlock (8, 05/01/2066).

Since mum's depression got worse in September things have slid: the flat is dirty and cold, there's often no food in, Max came to school three times last week in the same wet clothes and had headlice again, and his attendance is down to 81%. Mum has missed her last two GP appointments and isn't taking her medication. She's always pleasant when I visit but nothing changes.

I've asked mum what she thinks about social care being involved - she said she'd think about it.

Bukola
""")
    body = T("""
Dear MASH,

Please see below from Bukola, which I'm forwarding as a step up for the Whitlock children (Mosaic: 3297710). Bukola and I discussed it in supervision yesterday and I agree this should step up. The latest case summary is attached. Bukola is finishing the written rationale today and will send it tomorrow.

To be clear about the history, because the file is long: the sexual abuse of Sienna by her older brother in 2072 was fully investigated by the police and children's services at the time. He was convicted in the youth court, has lived with his father in Aberdeen under a court order ever since, and has had no contact with Sienna. Sienna had two years of therapy through CAMHS and has been discharged. That is not why we are stepping up and there is no current concern about it.

Regards,
Gareth

Gareth Pryce-Jones
Early Help Team Manager | Richmond Locality | Richmond and Wandsworth Councils
020 7946 0455
""") + quote("Adewale, Bukola <Bukola.Adewale@richmondandwandsworth.gov.uk>", "26 November 2074 16:48",
             "Pryce-Jones, Gareth <Gareth.Pryce-Jones@richmondandwandsworth.gov.uk>", "Whitlock - step up?", orig) \
        + "\n" + RDISC
    summary = docx_att("Case summary - Whitlock - Nov 2074.docx", [
        "# Early Help case summary - Whitlock",
        "Children: Sienna Whitlock (18/10/2062), Max Whitlock (05/01/2066). Mosaic: 3297710.",
        "Mother: Jodie Whitlock. Early Help since May 2074 (mum's request, low mood and debt).",
        "September-November 2074: mum's depression worse; home conditions, food and the children's hygiene have "
        "declined; Max's attendance 81%.",
        "History: sibling sexual abuse in 2072 (older brother, convicted; living in Scotland; no contact). Closed "
        "to CSC in 2073. No current concern.",
        "Strengths: mum is warm and open; Sienna doing well at school; maternal aunt visits weekly."])
    top = outlook_top(f, addr("Pryce-Jones, Gareth", "Gareth.Pryce-Jones@" + RDOM), addr("MASH Step Up", RSU),
                      "FW: Whitlock - step up?", when, cc=addr("Adewale, Bukola", "Bukola.Adewale@" + RDOM))
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "near_miss", "step_up", False, None, ["3297710"],
        [ch("Sienna Whitlock", "2062-10-18", "18/10/2062"), ch("Max Whitlock", "2066-01-05", "05/01/2066")],
        ["neglect", "parental_mental_health", "school_attendance"], None, True, ["rationale"], None, "request_info",
        "NEAR MISS - SIBLING SEXUAL ABUSE THAT IS HISTORY: 'sexual abuse of Sienna by her older brother in 2072' was "
        "investigated, he was convicted and lives in Scotland with no contact, therapy finished, 'no current "
        "concern about it' -> not urgent, no sexual_harm. The step-up itself is for neglect linked to mum's "
        "depression (Max 81%% attendance). R&W (%s 'Process to Step Up'): the Early Help Team Manager forwards it "
        "with the case summary (.docx) - met; the rationale is promised for tomorrow -> missing ['rationale'] -> "
        "request_info. 'I agree this should step up' -> manager true; mum 'said she'd think about it' -> consent "
        "null. The older brother (a 17-year-old) is never named and is not labelled." % S_RW,
        not_children=["Jodie Whitlock"])

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2074-12-06 09:02:10"
    body = T("""
Thank you for your email.

I am on annual leave until Monday 10 December 2074 and will not be checking email. For step-down case discussions please contact the Early Help duty team manager on 020 7946 0311.

If you are worried that a child is at immediate risk of harm, please call the MASH on 020 7946 0321, or 999 in an emergency.

Keziah Bloom
Early Help Manager
""")
    data = ooo(f, when, "Keziah Bloom", "keziah.bloom@" + RDOM, addr("Early Help Duty", RED),
               "[SB-richmond_wandsworth-3402] Step-down case discussion confirmed", body)
    add(f, data, "richmond_wandsworth", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Outlook out-of-office ('Automatic reply:', Auto-Submitted: auto-replied, X-Auto-Response-Suppress: All) to "
        "stepbot's own mail; its 'immediate risk of harm' and 999 are boilerplate. DESIGN: auto_reply -> ignore "
        "(rule 2: never answered); rule 1 reads it and finds no child.")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2074-12-07 12:55:20"
    text = T("""
Dear Early Help team,

I'm the pastoral manager at Brathway Primary School in Southfields. I'd like some advice about the Fenwick family, who I think could do with some Early Help: Daisy Fenwick (Year 5, DOB 02/06/2065) and her brother Blake Fenwick (Year 1). They have two younger siblings at home. Mum is on her own with the four of them and struggles - uniform, lateness, dinner money. Is there a family support worker we could refer to, and do you need a particular form from us?

Kind regards,

Nkechi Obi
Pastoral Manager
Brathway Primary School
020 7946 0643

P.S. I've just come out of the dinner hall. Daisy told our lunchtime supervisor that mum is "going to her boyfriend's in Croydon again tonight till Sunday" and that Daisy will "do the bottles for Oakley and put Harper and Blake to bed" like she did the last two weekends. Daisy is 9. Oakley is 4 months old, Harper is 3 and Blake is 6. So that would be Blake, Harper and Oakley Fenwick at home with Daisy from tonight until Sunday with no adult. I've tried mum's mobile twice and it goes to voicemail. We close at 3.15 and mum usually collects at 3.15.
""")
    top = plain_top(f, addr("Nkechi Obi", "n.obi@brathway.example.sch.uk"), addr("Early Help Duty", RED),
                    "Query about Early Help for the Fenwick family", when, "brathway.example.sch.uk", None,
                    extra=[("User-Agent", "Mozilla Thunderbird")])
    add(f, tbird_mail(f, top, text), "richmond_wandsworth", "early_help_duty", when, 3,
        "urgent", "other", True, None, [],
        [ch("Daisy Fenwick", "2065-06-02", "02/06/2065"), ch("Blake Fenwick"),
         ch("Harper Fenwick", spans=["Blake, Harper and Oakley Fenwick"]),
         ch("Oakley Fenwick", spans=["Blake, Harper and Oakley Fenwick"])],
        ["neglect"], None, None, [], None, "alert_duty",
        "URGENT IN A P.S., NO ALARM WORDS: a polite enquiry about Early Help whose postscript says a 9-year-old will be "
        "left in sole charge of a 6-year-old, a 3-year-old and a 4-month-old baby from tonight until Sunday (it is "
        "Friday), as on the last two weekends; mum unreachable. DESIGN rule 1 (every part of a message is read) -> "
        "urgent -> alert_duty. A school's mail to the Early Help duty inbox, not a step request -> other. Children "
        "left in charge of younger ones -> neglect. Children: Daisy and Blake named in full; Harper and Oakley by the "
        "list 'Blake, Harper and Oakley Fenwick', labelled with the shared surname. R&W %s: immediate concerns go "
        "to MASH, not the Early Help queue." % S_RW,
        not_children=["Nkechi Obi"])


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2074-09-12 14:20:05"
    blocks = [
        "Dear Early Help Hub,",
        "",
        "The Child and Family Assessment for the Miah children concluded on 07/09/2074 with a recommendation of step "
        "down to a Team Around the Family. The assessment and the draft TAF plan are attached. I will chair the TAF "
        "meeting on Monday 17 September at 10:00 at Limehouse Youth Hub.",
        "",
        ("table", [
            ["Name", "DOB", "Mosaic ID", "School"],
            ["MIAH, Rahim", "04/04/2061", "4410231", "Stepney Green Academy, Year 9"],
            ["MIAH, Sumaiya", "19/11/2065", "4410232", "Cable Street Primary, Year 4"],
        ]),
        "",
        ("h", "Summary"),
        "Referred by school in May after Sumaiya told her teacher that Rahim hits her when their parents are working "
        "at the restaurant in the evenings. The assessment found a pattern of sibling conflict: Rahim (13) was often "
        "left in charge of Sumaiya (8) until 11pm and took his frustration out on her. Since June the parents have "
        "changed their working pattern so that one of them is always home in the evening, Rahim has had eight "
        "sessions with the school counsellor, and there have been no further incidents. Both children say home is "
        "calmer.",
        ("h", "Remaining needs"),
        "Rahim's attendance is 85% and he is falling behind in Year 9; the parents would like the Family Wellbeing "
        "parenting programme.",
        ("h", "Consent and Lead Practitioner"),
        "Both parents have given written consent to the step down (the signed form is appendix B of the "
        "assessment). Shahid Ali, Youth Worker at Limehouse Youth Hub (a youth charity), has agreed to be the Lead "
        "Practitioner. My team manager, Simon Eke, has signed off the step down.",
        "",
        "Kind regards,",
        "",
        "Farzana Chowdhury",
        "Social Worker | Assessment and Intervention Service | Children's Social Care",
        "London Borough of Tower Hamlets | 020 7946 0502",
        "",
        TDISC.strip(),
    ]
    cfa = pdf_att("C&F Assessment - Miah - concluded 07.09.2074.pdf", "Child and Family Assessment - Miah", [
        "Children: Rahim Miah (04/04/2061), Sumaiya Miah (19/11/2065). Mosaic 4410231 / 4410232.",
        "Started 15/07/2074. Concluded 07/09/2074. Social worker: Farzana Chowdhury.",
        "Reason: sibling conflict - Sumaiya reported being hit by Rahim when left in his care in the evenings.",
        "Findings: parents unaware of the extent; changed working pattern in June; no incidents since June.",
        "Rahim: school counselling (8 sessions); attendance 85%.",
        "Outcome: needs can be met by a Team Around the Family with a Lead Practitioner. No further CSC role.",
        "Manager's decision: step down agreed - Simon Eke, Team Manager, 07/09/2074.",
        "Appendix B: consent to step down signed by both parents, 06/09/2074."])
    plan = docx_att("Draft TAF plan - Miah.docx", [
        "# Draft TAF plan - Miah",
        "Lead Practitioner: Shahid Ali, Limehouse Youth Hub.",
        "1. Rahim's attendance - school attendance officer and Shahid, weekly check-ins.",
        "2. Evening supervision - one parent home every evening (parents).",
        "3. Family Wellbeing parenting programme - referral by the Lead Practitioner.",
        "Review: TAF every 6 weeks."])
    top = outlook_top(f, addr("Chowdhury, Farzana", "Farzana.Chowdhury@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to Early Help - MIAH - Mosaic 4410231 / 4410232", when)
    add(f, word_mail(f, top, blocks, [cfa, plan]), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "step_down", False, None, ["4410231", "4410232"],
        [ch("Rahim Miah", "2061-04-04", "04/04/2061", spans=["MIAH, Rahim"]),
         ch("Sumaiya Miah", "2065-11-19", "19/11/2065", spans=["MIAH, Sumaiya"])],
        ["school_attendance"], True, True, [], None, "book_meeting",
        "Tower Hamlets step-down (%s, 'Definitions' and 'Stepping Down - From Child Protection/Child in Need'): C&F "
        "assessment (.pdf) and draft TAF plan (.docx) attached, written consent from both parents, Lead Practitioner "
        "named with agency -> missing []; TAF chaired by the social worker within 10 working days of the assessment "
        "ending 07/09 (Mon 17 Sep) -> book_meeting. CHILDREN IN CAPS, SURNAME FIRST in a Word table ('MIAH, Rahim') "
        "-> 'Rahim Miah', 'Sumaiya Miah'. A 13-year-old left in charge who hit his sister, resolved since June; what "
        "remains is attendance 85%% -> school_attendance. 'has signed off the step down' -> manager true. Two Mosaic "
        "ids, bare numbers." % S_TH,
        not_children=["Shahid Ali", "Simon Eke", "Farzana Chowdhury"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2074-10-09 10:48:27"
    body = T("""
Dear MAST,

Please find attached a Multi-Agency Request for Support for Zofia Kowalczyk (DOB 13/01/2063) and her brother Dawid Kowalczyk (DOB 21/06/2060), Mosaic 4427716. Our service has worked with the family since March.

At breakfast club this morning the club lead noticed red marks around the front and sides of Zofia's neck and tiny red dots on her face and in the whites of both eyes. Zofia told her that Dawid "squeezed my neck till I saw stars" last night because she told their mum he had been vaping, that she "went to sleep for a bit" on the bedroom floor, and that he does it "when he's really mad". The school nurse has seen her and recorded the marks on a body map.

I spoke to Mrs Kowalczyk by phone at 9.40. She said they were "just messing about" and that Zofia exaggerates.

Dawid is on a reduced timetable and is at home from 12 today. Zofia finishes at 3.15 and walks home alone; mum works at the hospital until 8pm, so the two of them will be in the flat together, on their own, from about 3.30.

My manager, Nadim Rahman, has agreed this goes to you now as a step up. Mum knows I am contacting MAST. Zofia is in school until 3.15 and the DSL, Ms Achebe, is with her.

Oluwaseun Adeyemi
Early Help Practitioner | Bow & Poplar Locality | Tower Hamlets Council
020 7946 0473 | 07700 900 261

""") + TDISC
    marf = pdf_att("MARF - Kowalczyk - 09.10.2074.pdf", "Multi-Agency Request for Support (MARF)", [
        "Children: Zofia Kowalczyk, DOB 13/01/2063 (11); Dawid Kowalczyk, DOB 21/06/2060 (14). Mosaic 4427716.",
        "Parent: Ewa Kowalczyk (mother). Address: Bow E3.",
        "Referrer: Oluwaseun Adeyemi, Early Help Practitioner, Tower Hamlets Early Help.",
        "Reason for request: Zofia reports her brother squeezed her neck last night until she passed out;",
        "marks to neck, petechiae to face and eyes seen by the school nurse 09/10/2074 (body map).",
        "Mother's view: 'just messing about'.",
        "Today: Dawid home from 12:00; Zofia home from 15:30; mother at work until 20:00.",
        "Is the child at immediate risk of significant harm? Yes - see above (home alone with Dawid today).",
        "Manager agreement: Nadim Rahman, Early Help Team Manager, 09/10/2074.",
        "Parent informed of this request: yes (by phone, 09:40)."])
    top = outlook_top(f, addr("Adeyemi, Oluwaseun", "Oluwaseun.Adeyemi@" + TDOM), addr("MAST", TMAST),
                      "Step up - KOWALCZYK - Zofia (11) & Dawid (14) - MARF attached", when,
                      cc=addr("Rahman, Nadim", "nadim.rahman@" + TDOM))
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["4427716"],
        [ch("Zofia Kowalczyk", "2063-01-13", "13/01/2063"), ch("Dawid Kowalczyk", "2060-06-21", "21/06/2060")],
        ["physical_harm"], None, True, [], None, "alert_duty",
        "URGENT, CLINICAL WORDING, NO ALARM WORDS: an 11-year-old with neck marks and petechiae after her 14-year-old "
        "brother 'squeezed my neck till I saw stars' and she 'went to sleep for a bit' (non-fatal strangulation), "
        "mother minimising, and the two alone together in the flat from 3.30 today. DESIGN rule 1 -> alert_duty; "
        "Tower Hamlets %s: 'If there is an immediate child protection concern, contact MAST (0207 364 5606/5601 ...)'. "
        "A MAST step-up with the MARF (.pdf) and the manager's agreement ('has agreed this goes to you now') -> "
        "missing []. 'Mum knows I am contacting MAST' is not consent -> null (not a TH step-up requirement)." % S_TH,
        not_children=["Nadim Rahman", "Oluwaseun Adeyemi", "Ewa Kowalczyk"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2074-09-27 09:30:14"
    body = T("""
Dear MAST,

As requested in the local authority's annual section 175 safeguarding audit, please find attached our updated Child-on-Child Abuse Policy, approved by governors on 24 September 2074.

The main changes this year are:
- a new section on sexual harassment and online sexual abuse, including the sharing of nudes and semi-nudes;
- upskirting, and initiation or "hazing" violence in sports teams;
- abuse in intimate relationships between pupils;
- an updated flowchart: staff ring MAST on 0207 364 5606 (or 999) if a child is at immediate risk, and otherwise speak to the DSL the same day.

No action is needed from you - this is for your records.

Kind regards,

Daniel Okonkwo-Reid
School Business Manager
Mulberry Gate Academy, Shadwell
020 7946 0881
""")
    policy = pdf_att("Child-on-Child Abuse Policy - Mulberry Gate Academy - Sept 2074.pdf",
                     "Mulberry Gate Academy - Child-on-Child Abuse Policy (September 2074)", [
        "1. Purpose: all staff recognise that children can abuse other children, at school, at home and online.",
        "2. Forms of child-on-child abuse include: bullying; physical abuse such as hitting, kicking or biting;",
        "   sexual violence and sexual harassment; upskirting; consensual and non-consensual sharing of nudes",
        "   and semi-nudes; initiation or hazing violence; abuse in intimate relationships between pupils.",
        "3. Example scenarios for staff training (fictional): a Year 8 pupil is sent an image and pressured to",
        "   send one back; a Year 10 pupil is repeatedly grabbed in the corridor; a Year 7 pupil is hurt in a",
        "   team 'initiation'.",
        "4. Response: listen, do not promise secrecy, record, tell the DSL the same day.",
        "5. If a child is at immediate risk of harm: ring MAST (0207 364 5606) or the police on 999.",
        "6. Approved by the governing body, 24/09/2074. Review: September of next year."])
    top = outlook_top(f, addr("Okonkwo-Reid, Daniel", "d.okonkwo-reid@mulberrygate.example.sch.uk"), addr("MAST", TMAST),
                      "Updated Child-on-Child Abuse Policy - Mulberry Gate Academy (for your records)", when,
                      mid_domain="PR3P265MB4471.GBRP265.PROD.OUTLOOK.COM")
    add(f, mail(f, top, body, [policy], html_alt=True), "tower_hamlets", "mash_step_up", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - POLICY: a school's child-on-child abuse policy sent 'for your records', listing forms of abuse "
        "(sexual violence, nudes, upskirting, hazing) and fictional training scenarios, with the MAST number for an "
        "'immediate risk' - no child, no incident. DESIGN rule 1: policy text and bulletins that list examples must "
        "not trigger the alert. Not a request -> other -> human_review.")

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2074-10-22 11:15:48"
    ack = ack_text("step-down", "SB-tower_hamlets-3120", [
        "Case: 4398820", "Children: Idris Osman (03/03/2069), Safiya Osman (27/08/2071)",
        "TAF meeting: Thursday 1 November 2074, 14:00, Stepney Children's Centre"],
        ["confirmation that the family consents to the step-down",
         "the name and agency of the identified Lead Practitioner"])
    body = T("""
Hello,

Replying to add the two things that were missing:

1. Consent - mum signed the step-down consent form at my visit on Friday (19/10). A scanned copy is attached.
2. Lead Practitioner - Hafsa Begum, Family Support Worker, Stepney Children's Centre (Tower Hamlets Early Help), hafsa.begum@towerhamlets.gov.uk, 020 7946 0596. She has met mum and is happy to take it on.

The TAF is still Thursday 1 November at 2pm at the children's centre.

Thanks,
Ruth

Ruth Mensah-Bonsu
Social Worker | Children and Families Service (Stepney) | Tower Hamlets Council
""") + quote("Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>", "17 October 2074 15:02",
             "Mensah-Bonsu, Ruth <Ruth.Mensah-Bonsu@towerhamlets.gov.uk>",
             "[SB-tower_hamlets-3120] Step-down request received - Mosaic 4398820", ack)
    form = pdf_att("Consent form - Osman - signed 19.10.2074.pdf", "Consent to step down to Early Help", [
        "I agree to my family's case being stepped down from Children's Social Care to Early Help, and to",
        "information being shared with the Lead Practitioner and the Team Around the Family.",
        "Children: Idris Osman, Safiya Osman.",
        "Signed: Hodan Osman (mother)      Date: 19/10/2074",
        "Witnessed: Ruth Mensah-Bonsu, Social Worker"])
    top = outlook_top(f, addr("Mensah-Bonsu, Ruth", "Ruth.Mensah-Bonsu@" + TDOM), addr("Early Help Hub", TEH),
                      "RE: [SB-tower_hamlets-3120] Step-down request received - Mosaic 4398820", when)
    add(f, mail(f, top, body, [form], html_alt=True), "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["4398820"],
        [ch("Idris Osman", "2069-03-03", "03/03/2069"), ch("Safiya Osman", "2071-08-27", "27/08/2071")],
        [], True, None, [], None, "attach_to_request",
        "Follow-up to [SB-tower_hamlets-3120] adding what the acknowledgement listed as missing (Tower Hamlets %s: "
        "'Consent should be sought from the family and a lead professional identified'): 'mum signed the step-down "
        "consent form' (scan attached) -> consent true; the Lead Practitioner with agency. DESIGN: follow_up -> "
        "attach_to_request, missing [] for a follow_up; the quoted 'What is missing:' list is stepbot's own text. "
        "Children and DOBs from the quoted acknowledgement; 'Mosaic 4398820' -> bare number." % S_TH,
        not_children=["Hafsa Begum", "Hodan Osman"])

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2074-10-31 07:52:37"
    text = T("""
Hello MAST

My name Rokeya Begum, I live in Poplar, Brunswick House flat 31. I find this email on the council website. Please help me.

My son Arif Hossain he is 15 year. Last night he hit me many time on my head and my back because I take his phone. After he take the kitchen knife and put near my neck and he say if I call police he will hurt the baby and I will never see her again. My baby is Nusrat Hossain, 2 year.

Now he is sleeping in his room. I am in bathroom with baby, I lock the door. My husband is in Bangladesh until January. I am very scared for my baby. He is bigger than me now, I cannot stop him.

Please do not phone me, he will hear. Send message to 07700 900 148.

Rokeya
""")
    top = plain_top(f, addr("Rokeya Begum", "rokeya.begum1986@mail.example.com"), addr("MAST", TMAST),
                    "help please my son", when, "mail.example.com", None)
    add(f, gmail_mail(f, top, text), "tower_hamlets", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Arif Hossain"), ch("Nusrat Hossain")],
        ["domestic_abuse", "physical_harm"], None, None, [], None, "alert_duty",
        "URGENT, A PARENT WRITING IN HER SECOND LANGUAGE, OUT OF HOURS (07:52): a 15-year-old beat his mother last "
        "night, held a kitchen knife to her neck and threatened to hurt the 2-year-old if she calls the police; he "
        "is asleep in the flat and she is locked in the bathroom with the toddler now. DESIGN rule 1 -> alert_duty "
        "(out of hours: the out-of-hours service; Tower Hamlets %s gives 0207 364 4079 'out of hours in an "
        "emergency only' and 999). A parent's plea, not a step request -> other. Child-to-parent violence -> "
        "domestic_abuse; the threat to the baby and the knife -> physical_harm. Both children named in full, ages "
        "only." % S_TH,
        not_children=["Rokeya Begum"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2074-11-15 16:40:19"
    body = T("""
Dear colleagues,

I am stepping Oscar Lindqvist (13, DOB 06/06/2061) down from the Children's Social Work team to a Team Around the Family. The Child and Family Assessment concluded on 09/11/2074 and is attached, with the draft TAF plan.

Background: in September Oscar shared a nude image of a girl in his year group (also 13), which she had sent to him, in a Snapchat group of six boys. Her school reported it and the police investigated. Oscar admitted it straight away, the image was deleted from every phone, and the police closed the investigation with Outcome 21 (further investigation not in the public interest) after Oscar completed the Safer Schools officer's education sessions. His school completed a risk assessment and a safety plan (he is in no lessons with the girl, has a named mentor, and his dad checks his phone weekly), which has been in place since 20 September with no further concerns. The assessment found no wider concerns about Oscar's behaviour and none about his care at home. There is no ongoing role for social care.

What we would like Early Help to support: Oscar's school attendance (84% since September - he has been anxious about going in) and some healthy-relationships work with him and his dad.

Consent: Oscar and his dad, Mr Henrik Lindqvist, both consent to the step down and to Early Help.
Lead Practitioner: Priya Nandakumar, Assistant SENCo, Bow Creek Academy, has agreed to be the Lead Practitioner.
TAF meeting: Thursday 22 November, 10:00, Bow Creek Academy (I will chair).

Kind regards,
Jonah

Jonah Ellery-Baptiste
Social Worker | Children's Social Work (Bow) | Tower Hamlets Council
020 7946 0534

""") + TDISC
    cfa = pdf_att("CFA - Oscar Lindqvist - 09.11.2074.pdf", "Child and Family Assessment - Oscar Lindqvist", [
        "Child: Oscar Lindqvist, DOB 06/06/2061. Mosaic 4431905. Father: Henrik Lindqvist.",
        "Concluded: 09/11/2074.",
        "Incident (September 2074): image-sharing on Snapchat; police Outcome 21 after education sessions.",
        "School risk assessment and safety plan since 20/09/2074; no further concerns.",
        "Assessment: no wider concerns about Oscar's behaviour; good care at home.",
        "Outcome: step down to a Team Around the Family. Needs: attendance (84%), healthy relationships."])
    plan = docx_att("Draft TAF plan - Oscar Lindqvist.docx", [
        "# Draft TAF plan - Oscar Lindqvist (Mosaic 4431905)",
        "Lead Practitioner: Priya Nandakumar, Bow Creek Academy.",
        "1. Attendance: anxiety support through the school's wellbeing team; target 95%.",
        "2. Healthy relationships: six sessions with the school's PSHE lead, dad invited to two.",
        "3. Review at the TAF every 6 weeks."])
    top = outlook_top(f, addr("Ellery-Baptiste, Jonah", "Jonah.Ellery-Baptiste@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down - Oscar Lindqvist (Mosaic 4431905) - TAF Thurs 22 Nov", when)
    add(f, mail(f, top, body, [cfa, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["4431905"],
        [ch("Oscar Lindqvist", "2061-06-06", "06/06/2061")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS - ONLINE HSB ALREADY DEALT WITH BY POLICE AND A SAFETY PLAN: a nude image shared in September, "
        "police Outcome 21, a school safety plan kept since 20 September, 'no wider concerns' -> not urgent; the "
        "resolved incident is no current concern; what Early Help picks up is attendance 84%% -> school_attendance. "
        "Complete Tower Hamlets step-down (%s): C&F assessment (.pdf), draft TAF plan (.docx), consent from the "
        "young person and his father, Lead Practitioner with agency -> missing [] -> book_meeting (TAF within 10 "
        "working days of 09/11). The girl is unnamed." % S_TH,
        not_children=["Henrik Lindqvist", "Priya Nandakumar"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2074-09-13 08:44:50"
    data = google_reply(f, when, "Shahid Ali", "shahid.ali@limehouseyouthhub.example.org", ("Early Help Hub", TEH),
                        "ACCEPTED", "TAF meeting - Miah - Mosaic 4410231 [SB-tower_hamlets-3054]",
                        "20740917T090000Z", "20740917T103000Z", "Limehouse Youth Hub",
                        "Mon 17 Sep 2074 10:00 - 11:30 (BST)")
    add(f, data, "tower_hamlets", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, ["4410231"], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (PARTSTAT=ACCEPTED, invite.ics attached) from the Lead Practitioner for "
        "tower_hamlets_01's TAF meeting (Tower Hamlets %s: the allocated social worker arranges and chairs the TAF; "
        "stepbot invites the Lead Practitioner). No note. DESIGN: meeting_reply -> record_reply; case id from the "
        "SUMMARY ('Mosaic 4410231')." % S_TH)

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2074-12-03 12:10:33"
    text = T("""
Dear MAST team,

Please find attached a MARF for the Yılmaz children:

Elif Yılmaz, 15, DOB 11/02/2059
Emre Yılmaz, 11, DOB 30/09/2063 (cerebral palsy, uses a wheelchair)
Can Yılmaz, 6, DOB 14/07/2068 (autistic, non-verbal)
Mosaic ID: 4440118

I have been the Early Help lead for this family since April. Dad left in the summer and mum now works two jobs (cleaning 5-9am and a care job 4-10pm). Since September Elif has been getting her brothers up and ready for school, and every evening she bathes, feeds and puts them both to bed on her own. She has missed 30 days of school this term. She told me last week that she "loses it" with Emre when he won't settle and has hit him - school saw a bruise on his upper arm on 26/11 and Emre said "Elif did it". Elif is exhausted, tearful and ashamed, and says she can't keep doing it.

Nobody is in danger tonight: mum is on annual leave this week and at home with them.

I discussed this with my manager, Duncan Whitford, on Monday. He does not agree that it meets the threshold for MAST and wants us to keep it at Early Help with a young carers' assessment. I don't agree - Emre's and Can's care depends on a 15-year-old and Emre has now been hurt - so I am sending the MARF myself, as the partnership escalation procedure allows, and I have told Duncan.

Mum doesn't want a referral to MAST - she is worried the boys will be taken into care - and I have explained to her that I am making it anyway, and why.

Kemal Aydın
Family Support Worker | Early Help - Isle of Dogs Locality | Tower Hamlets Council
020 7946 0512
""")
    marf = docx_att("MARF - Yilmaz - 03.12.2074.docx", [
        "# Multi-Agency Request for Support (MARF)",
        "Children: Elif Yılmaz (11/02/2059), Emre Yılmaz (30/09/2063), Can Yılmaz (14/07/2068). Mosaic 4440118.",
        "Parent: Ayşe Yılmaz (mother). Father left the household, summer 2074.",
        "Referrer: Kemal Aydın, Family Support Worker, Tower Hamlets Early Help.",
        "Reason: a 15-year-old young carer providing most evening and morning care for two disabled brothers; "
        "physical harm to Emre by Elif (bruise 26/11/2074); Elif's attendance (30 days missed this term).",
        "Parent's view: does not want a referral to MAST.",
        "Manager's view: not agreed (team manager considers it should stay at Early Help).",
        "Request: assessment of the children's needs and of Elif as a young carer; support with care."])
    top = plain_top(f, addr("Kemal Aydın", "kemal.aydin@" + TDOM), addr("MAST", TMAST),
                    "Step up to MAST - Yılmaz family - MARF attached", when, TDOM, None,
                    extra=[("User-Agent", "Mozilla Thunderbird")])
    add(f, tbird_mail(f, top, text, [marf]), "tower_hamlets", "mash_step_up", when, 5,
        "ordinary", "step_up", False, None, ["4440118"],
        [ch("Elif Yılmaz", "2059-02-11", "11/02/2059"), ch("Emre Yılmaz", "2063-09-30", "30/09/2063"),
         ch("Can Yılmaz", "2068-07-14", "14/07/2068")],
        ["disability_send", "physical_harm", "school_attendance", "young_carer"], False, False,
        ["manager_agreed"], None, "request_info",
        "Tower Hamlets MAST step-up (%s, 'Step Up' and 'Dispute resolution / Escalation'): MARF attached (.docx) -> "
        "request_for_support met. MANAGER DISAGREED: 'He does not agree that it meets the threshold for MAST' -> "
        "manager_agreed false (DESIGN: false when stated as disagreed) -> missing ['manager_agreed'] -> request_info "
        "(the worker escalating on his own is the dispute route, not agreement). CONSENT REFUSED: 'Mum doesn't want a "
        "referral to MAST' -> false (not a TH step-up requirement). A 15-year-old left in charge of two disabled "
        "brothers who has hit one of them: young_carer, physical_harm, disability_send, and 30 days missed -> "
        "school_attendance. Not urgent: 'mum is on annual leave this week and at home with them'. UTF-8 names "
        "(Yılmaz, dotless i) in an 8bit Thunderbird body." % S_TH,
        not_children=["Duncan Whitford", "Ayşe Yılmaz", "Kemal Aydın"])


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2074-09-04 13:55:10"
    body = T("""
Hello Early Help,

Please can I have a triage slot for the Hext family - step down from the Single Assessment Team to level 3 Early Help.

Kacey Hext - DOB 19/05/2063 (11)
Bodhi Hext - DOB 03/02/2072 (2) - so I think this will need the under-5s triage
LCS-5520918

We became involved in June after a neighbour found Kacey, then 10, looking after Bodhi on her own overnight while mum worked nights at a care home in Paignton. The Single Assessment (attached) found that mum had no childcare and no family nearby, and that both children were otherwise well cared for. Since July mum has moved to day shifts, Bodhi has a funded childminder place, and maternal nan has moved down from Bristol to help in the evenings. Kacey has not been left in charge of Bodhi since.

What remains: Kacey still takes on a lot of Bodhi's care and is tired at school, and mum has money worries since losing the night-shift pay. A young carers' assessment and some budgeting support would help.

Ruth Penhaligon (my TM) has added her manager's analysis to the Single Assessment confirming that the threshold for level 3 is met. Mum has consented to level 3 Early Help - she signed on 30/08.

Thanks,
Lowenna

Lowenna Trebilcock
Social Worker | Single Assessment Team | Torbay Council
01632 960 118

""") + BDISC
    sa = pdf_att("Single Assessment - Hext - LCS-5520918.pdf", "Single Assessment - Hext", [
        "Children: Kacey Hext (19/05/2063), Bodhi Hext (03/02/2072). LCS-5520918.",
        "Referral: June 2074 - Kacey (10) found caring for Bodhi (2) alone overnight.",
        "Analysis (social worker): no childcare or family support when mum worked nights; children otherwise well",
        "cared for; mum acted at once - day shifts since July, childminder, nan moved to Torquay.",
        "Rationale for step down: no further need for statutory intervention; level 3 needs remain (young carer,",
        "family finances).",
        "Manager's analysis: I have read the assessment and agree that the threshold for level 3 intervention is",
        "met and that step down is appropriate. Ruth Penhaligon, Team Manager, 03/09/2074.",
        "Consent: mother consented to level 3 Early Help, 30/08/2074."])
    top = outlook_top(f, addr("Trebilcock, Lowenna", "Lowenna.Trebilcock@" + BDOM), addr("Early Help Torbay", BEH),
                      "Triage slot request - step down to level 3 - Hext - LCS-5520918", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 3,
        "ordinary", "step_down", False, 3, ["LCS-5520918"],
        [ch("Kacey Hext", "2063-05-19", "19/05/2063"), ch("Bodhi Hext", "2072-02-03", "03/02/2072")],
        ["young_carer"], True, True, [], None, "book_meeting",
        "Torbay step-down from the Single Assessment Team (%s, 'Step down process from Single Assessment Team', "
        "steps 1-4): Single Assessment attached (.pdf) with the team manager's analysis 'confirming that the "
        "threshold for level 3 is met' -> manager true; 'Mum has consented to level 3 Early Help' -> consent true -> "
        "missing [] -> book_meeting. Bodhi is 2, so the fortnightly under-5s triage (AFC attending) applies. An "
        "11-year-old left in charge of a toddler overnight - resolved since July; what remains is her caring -> "
        "young_carer. Level 3 stated." % S_TB,
        not_children=["Ruth Penhaligon", "Lowenna Trebilcock"])

def torbay_02():
    f = "torbay_02.eml"; when = "2074-11-13 15:02:44"
    text = T("""
Hi MASH

Contact for Riley Cornish (4, DOB 22/06/2070) and his brother Tyler-James Cornish (12, DOB 05/03/2062). I'm their Early Help lead practitioner, EHM-861274.

Riley's nursery rang me at 1.30. He has an oval burn on the inside of his right forearm, about the size of a 50p, blistered, and a smaller older mark next to it. Riley told nursery "TJ done it with mummy's hair thing". I rang Tyler-James at school and he told me he held the straighteners on Riley's arm last night "as a joke" because Riley wouldn't give him the remote. He laughed when he said it. In September Riley had a small burn mark on his hand which mum said was an accident with the oven.

Mum works at the hospital until 9pm on Tuesdays. The boys are at home together with no adult from 3.45 every weekday - Tyler-James collects Riley from nursery at 3.30 (nursery shuts at 5.30). I've rung mum three times and it goes to voicemail, so I haven't been able to ask her about this contact.

My ATM, Jenna Yelland, agrees this needs a MASH contact now. I'm heading to the nursery. 07700 900 933

Sophie

Sent from my iPhone
""")
    top = plain_top(f, addr("Sophie Kitto", "Sophie.Kitto@" + BDOM), addr("MASH Torbay", BMASH),
                    "Contact to MASH - Riley Cornish (4) - burn", when, BDOM, "iPhone Mail (22C161)")
    add(f, iphone_mail(f, top, text), "torbay", "mash_step_up", when, 2,
        "urgent", "step_up", True, None, ["EHM-861274"],
        [ch("Riley Cornish", "2070-06-22", "22/06/2070"), ch("Tyler-James Cornish", "2062-03-05", "05/03/2062")],
        ["neglect", "physical_harm"], None, True, ["consent"], None, "alert_duty",
        "URGENT, iPHONE, NO ALARM WORDS: a 4-year-old burnt with hair straighteners by his 12-year-old brother "
        "('as a joke'), an earlier burn in September, and the two boys alone together from 3.45 today until mum "
        "finishes at 9pm, as every weekday -> alert_duty (DESIGN rule 1). The lead practitioner's contact to MASH "
        "-> a Torbay step_up (%s, 'Step up processes from level 3 to level 4', step 2: 'a contact should be made to "
        "MASH with parental consent'); mum not reached -> consent null -> missing ['consent']; 'My ATM ... agrees "
        "this needs a MASH contact now' -> manager true. Older child hurting a toddler -> physical_harm; a 12- and a "
        "4-year-old routinely unsupervised -> neglect." % S_TB,
        not_children=["Jenna Yelland"])

def torbay_03():
    f = "torbay_03.eml"; when = "2074-10-10 17:05:30"
    text = T("""
Dear MASH team,

I'm a vet in Paignton and I'd like some advice rather than to make a referral - I hope this is the right address.

On Monday a family brought in their Jack Russell, Biscuit, with a fractured front leg and bruising along his ribs. Mum told us straight away that her son Jacob, who is 9, had kicked and then stamped on the dog during a tantrum over a tablet. She was very upset, and so was Jacob, who said sorry to the dog in the consulting room. The leg has been set and Biscuit is staying with the grandparents while he recovers.

The RCVS guidance asks us to think about "the Link" between harm to animals and harm to people, which is why I'm writing. I should say that nothing else worried us: mum told us Jacob has been waiting for an ADHD assessment for a year, she has already booked him in with the GP and spoken to his school's ELSA, there is no violence at home, and Jacob and his little sister were clean, well dressed and affectionate with mum. Mum asked us for help and was open about everything.

Do you want us to pass on details in cases like this, or should we point the family to their GP and school? I haven't shared the family's details with you because I'm not sure I should without mum's permission.

Kind regards,

Elowen Rosewarne BVSc MRCVS
Bayview Veterinary Centre, Paignton
01632 960 433
""")
    top = plain_top(f, addr("Elowen Rosewarne", "clinical@bayviewvets.example.co.uk"), addr("MASH Torbay", BMASH),
                    "Advice - a child hurting the family dog (not a referral)", when, "bayviewvets.example.co.uk",
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, text), "torbay", "mash_step_up", when, 4,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - A CHILD HARMING A PET, NO RISK TO A CHILD: a vet asks for advice (explicitly 'not a referral') "
        "about a 9-year-old who kicked and stamped on the family dog in a tantrum; 'nothing else worried us', mum "
        "open and already seeking help, 'no violence at home', the children well cared for. Words like 'fractured', "
        "'kicked', 'harm', 'violence' describe an animal's injury and negations -> not urgent (DESIGN rule 1). A "
        "professional's general question, no family identified -> other -> human_review; no child named in full "
        "(Jacob by first name only), no concern id for the household.")

def torbay_04():
    f = "torbay_04.eml"; when = "2074-11-29 10:30:05"
    blocks = [
        "Dear Early Help,",
        "",
        "Please can I request a triage slot for the Haddad family. The CIN plan ended at the final CIN meeting on "
        "27/11/2074: outcomes have been achieved and statutory intervention is no longer needed, but the family would "
        "benefit from a level 3 coordinated response.",
        "",
        ("table", [
            ["Children", "DOB", "LCS"],
            ["Amir and Aaliyah Haddad (twins)", "04/05/2066", "LCS-5529307"],
        ]),
        "",
        ("h", "Background"),
        "The family were referred in March by the twins' school after Amir came in with a black eye. The Single "
        "Assessment found it came from a fight with his sister over a bike - the twins fight a lot, as plenty of "
        "8-year-old twins do, and neither parent had noticed how rough it had become because dad was very unwell. A "
        "CIN plan followed because of dad's depression and the parents' difficulty setting boundaries. Dad is now "
        "under the community mental health team and much better; the twins still argue and scrap, but the parents "
        "step in and there have been no injuries since March.",
        ("h", "What we'd like Early Help to pick up"),
        "Dad's mental health (he is still on the waiting list for talking therapy), a parenting course, and "
        "after-school activities so the twins have some time apart.",
        ("h", "Consent and management oversight"),
        "Mr and Mrs Haddad consented to level 3 Early Help at the final CIN meeting on 27/11. I've asked my team "
        "manager to add her analysis to the assessment, but she is on leave until Monday, so she hasn't seen it yet. "
        "The updated Single Assessment is attached.",
        "",
        "Many thanks,",
        "Mehmet",
        "",
        "Mehmet Demir",
        "Social Worker | Safeguarding and Supporting Families Team | Torbay Council",
        "01632 960 275",
        "",
        BDISC.strip(),
    ]
    sa = pdf_att("Single Assessment (updated) - Haddad - LCS-5529307.pdf", "Single Assessment (updated) - Haddad", [
        "Children: Amir Haddad and Aaliyah Haddad (twins), DOB 04/05/2066. LCS-5529307.",
        "Referral: March 2074, school - Amir's black eye after a fight with his twin sister.",
        "CIN plan: April-November 2074 (father's depression; boundaries).",
        "Progress: father under the community mental health team; no injuries since March; parents supervising.",
        "Recommendation: step down to level 3 Early Help.",
        "Manager's analysis: [to be completed]"])
    top = outlook_top(f, addr("Demir, Mehmet", "Mehmet.Demir@" + BDOM), addr("Early Help Torbay", BEH),
                      "Step down to Early Help - Haddad twins - LCS-5529307 - triage slot please", when)
    add(f, word_mail(f, top, blocks, [sa]), "torbay", "early_help_duty", when, 5,
        "ordinary", "step_down", False, 3, ["LCS-5529307"],
        [ch("Amir Haddad", "2066-05-04", "04/05/2066", spans=["Amir and Aaliyah Haddad"]),
         ch("Aaliyah Haddad", "2066-05-04", "04/05/2066", spans=["Amir and Aaliyah Haddad"])],
        ["parental_mental_health"], True, None, ["manager_agreed"], None, "request_info",
        "Torbay step-down from the SASF team (%s, 'Step down process from Safeguarding and Supporting Families Team "
        "and CWD team'): updated Single Assessment attached; consent to level 3 given at the final CIN -> true; the "
        "manager's analysis is 'to be completed' and the manager 'hasn't seen it yet' -> manager_agreed null (not "
        "yet given) -> missing ['manager_agreed'] -> request_info. TWINS NAMED TOGETHER in one table cell ('Amir and "
        "Aaliyah Haddad (twins)', one DOB) -> two children with the same DOB. Ordinary twin fights, no injury since "
        "March -> no physical_harm; dad's depression -> parental_mental_health. Level 3 stated." % S_TB)

def torbay_05():
    f = "torbay_05.eml"; when = "2074-12-07 19:12:26"
    ack = ack_text("step-down", "SB-torbay-4471", [
        "Case: LCS-5531740",
        "Children: Kayleigh Bray (21/02/2064), Mason Bray (15/09/2071), Lacey Bray (09/05/2074)",
        "Triage: Tuesday 11 December 2074, 11:30 (under-5s triage, Microsoft Teams)"], [])
    body = T("""
Sorry to send this here, I don't have EDT's email on my phone and their line is engaged.

Kayleigh Bray has just rung me from her mum's mobile. Mum went out at lunchtime "to get some bits" and hasn't come back. Kayleigh (10) is on her own in the house with Mason (3) and Lacey (7 months). She says Lacey has been sick twice and won't take her bottle, there's no more formula, and the electric has run out so the house is dark and cold. She tried mum's friend next door but nobody answered. Mum left her phone behind.

I'm 40 minutes away in Newton Abbot with my own kids and I'm not on call. The address is 7 Ellacombe Terrace, Torquay. Please can someone get someone out there. 07700 900 651

Demelza

Get Outlook for Android
""") + quote("Early Help Torbay <earlyhelp@torbay.gov.uk>", "05 December 2074 11:20",
             "Hocking, Demelza <Demelza.Hocking@torbay.gov.uk>",
             "[SB-torbay-4471] Step-down request received - LCS-5531740", ack)
    top = outlook_top(f, addr("Hocking, Demelza", "Demelza.Hocking@" + BDOM), addr("Early Help Torbay", BEH),
                      "RE: [SB-torbay-4471] Step-down request received - LCS-5531740", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "early_help_duty", when, 2,
        "urgent", "follow_up", True, None, ["LCS-5531740"],
        [ch("Kayleigh Bray", "2064-02-21", "21/02/2064"), ch("Mason Bray", "2071-09-15", "15/09/2071"),
         ch("Lacey Bray", "2074-05-09", "09/05/2074")],
        ["neglect"], None, None, [], None, "alert_duty",
        "URGENT FOLLOW-UP ON A FRIDAY EVENING (19:12 GMT), NO ALARM WORDS: a 10-year-old alone since lunchtime with a "
        "3-year-old and a vomiting 7-month-old who won't feed, no formula, no electricity, mum gone. Sent by the "
        "social worker to the Early Help inbox as a reply to stepbot's acknowledgement because she has no other "
        "address on her phone -> kind follow_up (a reply to [SB-torbay-4471]), urgent -> alert_duty, out of hours -> "
        "the Emergency Duty Team (DESIGN rule 1). Children left alone in charge of younger ones -> neglect. Children "
        "and DOBs from the quoted acknowledgement (Kayleigh also in the new text). Torbay %s." % S_TB,
        not_children=[])

def torbay_06():
    f = "torbay_06.eml"; when = "2074-11-19 11:25:40"
    body = T("""
Dear MASH,

I'm the Early Help lead practitioner for the Rowse family (EHM-858093) and I'm making a contact to MASH, with parental consent, to ask that Jago Rowse (DOB 08/08/2059) is considered for a level 4 assessment.

On Saturday 3 November, at a party in Brixham, Jago sexually assaulted a 14-year-old girl from another school - he touched her under her clothes when she was drunk and had said no. She told her mum the next day and the police arrested Jago on 5 November. He is on police bail with conditions not to contact her or go near her school or home, and the police have told me he has kept to them. His school has completed a risk assessment and safety plan with the police schools officer (attached as a text file - the school sent it in the body of an email): supervised breaks, a separate entrance, no mobile phone in school.

Jago's sister, Morwenna Rowse (10, DOB 12/12/2063), lives at home. The police child abuse investigation team and I have looked at this together: there have been no concerns about Jago's behaviour towards Morwenna, and the parents have put their own safety plan in place at home (no babysitting, bedrooms on separate floors, doors open). Morwenna's school has no concerns.

Why a contact now: Jago needs a specialist assessment of his harmful sexual behaviour (AIM) and his parents need support to supervise him through what will be a long investigation; that is beyond what Early Help can offer at level 3.

Mum and dad consent to this contact to MASH. My ATM, Ollie Rendle, and I agree this needs considering for level 4.

Kind regards,
Sasha

Sasha Pengelly-Okafor
Early Help Lead Practitioner | Brixham & Paignton | Torbay Council
01632 960 362

""") + BDISC
    plan = txt_att("School safety plan - J Rowse.txt", T("""
From: DSL, Brixham Cove Community College
Re: Jago Rowse, Year 11 - risk assessment and safety plan (agreed with the police schools officer, 07/11/2074)

1. Jago arrives by the sports hall entrance at 8.40 and leaves at 3.20 with a member of staff.
2. Breaks and lunch in the learning support base with staff present.
3. No mobile phone in school - handed in at reception.
4. No contact with the young person concerned (she attends another school); staff told to report any sighting.
5. Weekly check-in with his head of year; review on 05/12/2074 or on any change in bail.
"""))
    top = outlook_top(f, addr("Pengelly-Okafor, Sasha", "Sasha.Pengelly-Okafor@" + BDOM), addr("MASH Torbay", BMASH),
                      "Contact to MASH (with consent) - Jago Rowse (15) - EHM-858093", when,
                      cc=addr("Rendle, Ollie", "Ollie.Rendle@" + BDOM))
    add(f, mail(f, top, body, [plan]), "torbay", "mash_step_up", when, 6,
        "near_miss", "step_up", False, None, ["EHM-858093"],
        [ch("Jago Rowse", "2059-08-08", "08/08/2059"), ch("Morwenna Rowse", "2063-12-12", "12/12/2063")],
        ["sexual_harm"], True, True, [], None, "book_meeting",
        "NEAR MISS - HSB ALREADY DEALT WITH BY POLICE AND SAFETY PLANS: a 15-year-old's sexual assault of a girl at a "
        "party two weeks ago -> arrest, bail conditions kept, a school safety plan (attached .txt) and a home safety "
        "plan; 'no concerns about Jago's behaviour towards Morwenna' -> no immediate risk. The contact asks for an "
        "assessment of his harmful sexual behaviour -> sexual_harm. Complete Torbay step-up (%s, 'Step up processes "
        "from level 3 to level 4', step 2): 'Mum and dad consent to this contact to MASH' -> consent true; 'My ATM "
        "... and I agree this needs considering for level 4' -> manager true -> missing [] -> book_meeting (MASH "
        "threshold discussion). The girl is unnamed." % S_TB,
        not_children=["Ollie Rendle", "Sasha Pengelly-Okafor"])

def torbay_07():
    f = "torbay_07.eml"; when = "2074-09-07 10:10:55"
    data = itip_reply(f, when, "Ruth Penhaligon", "Ruth.Penhaligon@" + BDOM, ("Early Help Torbay", BEH), "TENTATIVE",
                      "Under-5s triage - Hext - LCS-5520918 [SB-torbay-4388]", "20740918T113000", "20740918T120000",
                      "Microsoft Teams Meeting",
                      comment="Lowenna may be in court that morning - if so I'll attend in her place.")
    add(f, data, "torbay", "early_help_duty", when, 3,
        "ordinary", "meeting_reply", False, None, ["LCS-5520918"], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY, PARTSTAT=TENTATIVE, from the team manager for torbay_01's under-5s triage slot (Tuesday "
        "18 September 11:30); the COMMENT is the seed's own arrangement (%s step 6: 'Team Manager to attend in "
        "Social Worker absence'). DESIGN: meeting_reply -> record_reply; case id from the SUMMARY." % S_TB)

def torbay_08():
    f = "torbay_08.eml"; when = "2074-10-16 10:03:12"
    data = ndr(f, when, BDOM, addr("Early Help Torbay", BEH), "jodie.mutton@torbya.example",
               "[SB-torbay-4402] Triage slot confirmed", "Early Help Torbay <earlyhelp@torbay.gov.uk>",
               "2074-10-16 10:02:40")
    add(f, data, "torbay", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Exchange Online non-delivery report (multipart/report; report-type=delivery-status, Auto-Submitted: "
        "auto-replied) for stepbot's own confirmation to a mistyped address; the returned headers carry "
        "[SB-torbay-4402]. DESIGN: a bounce is auto_reply -> ignore (rule 2: never answered).")


# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2074-09-19 11:40:08"
    body = T("""
Dear Early Help Co-ordinators,

Following my discussion with Janet at Tuesday's drop-in, please find attached the Early Help Assessment step-down plan for the Bevan sibling group, and mum's signed consent form.

Ffion Bevan - DOB 25th December 2059 - Mosaic 702331
Osian Bevan - DOB 17th March 2064 - Mosaic 702332

The family came to us in June after police were called when Ffion (14) threw a mug at her mum and pushed her down the stairs during an argument about going out. The C&F assessment (concluded 11/09/2074) found that this was the most serious of several incidents of Ffion's violence towards her mum over the past year, linked to Ffion's anxiety and very low school attendance (79%) and to mum's own anxiety and depression. Since July, Ffion and mum have done the Who's in Charge? programme together and there have been no further incidents. Osian (10) is doing well.

The plan covers Ffion's return to full-time school, a CAMHS referral for her anxiety, counselling for mum through Talking Therapies, and a young people's worker for Ffion.

Key person: Catrin Morris, Family Support Worker, Leominster Family Hub (Herefordshire Early Help), has been consulted and agreed with mum to lead on this step down - catrin.morris@herefordshire.gov.uk, 01632 960 712.

Level 3 - Intensive.

Many thanks,
Bethan

Bethan Price-Hughes
Social Worker | Children in Need Team (Leominster) | Herefordshire Council
01632 960 745

""") + HDISC
    plan = docx_att("EHA step-down plan - Bevan sibling group.docx", [
        "# Early Help Assessment - Step Down plan",
        "Sibling group: Ffion Bevan (25/12/2059), Osian Bevan (17/03/2064). Mosaic 702331, 702332.",
        "What are we worried about? Ffion's anxiety and attendance (79%); mum's anxiety and low mood; the risk "
        "that arguments at home escalate again.",
        "What's working well? No incidents since July; Who's in Charge? completed; Osian settled and doing well.",
        "Wellbeing plan - what needs to happen, by whom, outcome, timescale:",
        "1. Ffion back to full-time school - school and key person - 90% attendance - by February half term.",
        "2. CAMHS referral for Ffion - GP - assessment offered - by December.",
        "3. Counselling for mum - Talking Therapies - first session - by November.",
        "Key person: Catrin Morris, Family Support Worker, Leominster Family Hub."])
    consent = pdf_att("Consent form - Bevan - signed.pdf", "Early Help - consent", [
        "I consent to my family receiving Early Help support and to information being shared with the",
        "Early Help key person and the agencies named in our plan.",
        "Children: Ffion Bevan, Osian Bevan.",
        "Signed: Rhian Bevan (mother)          Date: 17/09/2074"])
    top = outlook_top(f, addr("Price-Hughes, Bethan", "Bethan.Price-Hughes@" + HDOM),
                      addr("Early Help Co-ordinators", HEH), "Step down to Early Help (level 3) - Bevan sibling group",
                      when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["702331", "702332"],
        [ch("Ffion Bevan", "2059-12-25", "25th December 2059"), ch("Osian Bevan", "2064-03-17", "17th March 2064")],
        ["parental_mental_health", "school_attendance"], True, None, [], None, "book_meeting",
        "Herefordshire step-down (%s, 'Children/ young people who need help at intensive level (level 3)'): written "
        "consent (signed form, .pdf), the EHA step-down plan (.docx) and the key person with agency -> missing []; "
        "discussed at the Tuesday drop-in already -> book_meeting (stepbot tracks completion). A sibling group in "
        "one request. A teenager's violence to her mother is history (none since July) -> not labelled; current: "
        "Ffion's 79%% attendance and mum's anxiety/depression. DOBs written '25th December 2059'. Level 3 stated." % S_HF,
        not_children=["Catrin Morris", "Rhian Bevan", "Bethan Price-Hughes"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2074-11-08 14:05:50"
    body = T("""
MASH,

I'm the Early Help family support worker for the Dhillon family, Mosaic 715509, and I'm asking for a step up to social care today.

Amrit Sandhu (10, DOB 02/02/2064) has lived with her aunt and uncle, Mr and Mrs Dhillon, since her mum died last year. Their son Jaskaran Dhillon is 14 (DOB 19/05/2060).

At 1pm Amrit told her class teacher that Jaskaran has been making her send him photos of herself with no clothes on from his old phone, which he gave her, and that last night he came into her room after everyone was asleep and touched her "where my swimming costume goes". She said he told her that if she tells, she'll be sent away because "nobody else wants you". The school has the phone.

Amrit is frightened to go home. Mrs Dhillon collects both children at 3.20 - Jaskaran's school is next door. Amrit's room is next to Jaskaran's and her door has no lock. I haven't spoken to Mr or Mrs Dhillon.

My manager, Sue Mattock, agrees this needs to come to you now. I'm on 07700 900 471 and I'm on my way to the school.

Gurpreet Bains
Early Help Family Support Worker | Hereford City Locality | Herefordshire Council

""") + HDISC
    top = outlook_top(f, addr("Bains, Gurpreet", "Gurpreet.Bains@" + HDOM), addr("MASH Herefordshire", HMASH),
                      "Step up please - Dhillon household (Mosaic 715509)", when)
    add(f, mail(f, top, body), "herefordshire", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["715509"],
        [ch("Amrit Sandhu", "2064-02-02", "02/02/2064"), ch("Jaskaran Dhillon", "2060-05-19", "19/05/2060")],
        ["sexual_harm"], None, True, [], None, "alert_duty",
        "URGENT, NO ALARM WORDS: a 10-year-old's disclosure today that the 14-year-old cousin she lives with coerces "
        "her into sending naked images (online HSB) and came into her room last night and touched her; she goes "
        "home with him at 3.20 to a room with no lock. DESIGN rule 1 -> alert_duty, whatever the protocol says. A "
        "step-up to Herefordshire's MASH inbox: the Herefordshire seed (%s) defines no step-up (REQUIREMENTS: 'a "
        "kind an authority does not define gets human_review'), so missing [] and notice null - but urgent comes "
        "first in next_action. 'agrees this needs to come to you now' -> manager true; carers not told -> consent "
        "null. Both children labelled (a cousin in the same household)." % S_HF,
        not_children=["Sue Mattock", "Gurpreet Bains"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2074-10-15 09:12:30"
    text = T("""
Hi,

Forwarding this from the website contact form as it looks like one for you.

Thanks,
Paula
Customer Services Advisor | Herefordshire Council

---------- Forwarded message ----------
From: Herefordshire Council website <noreply@herefordshire.gov.uk>
Date: Sun, 14 Oct 2074 at 21:47
Subject: Website enquiry - Early Help / parenting (ref WEB-55102)
To: <customer.services@herefordshire.gov.uk>

Enquiry type: Children and families - Early Help
Your name: Kelly Jarvis
Your postcode: HR2 9ZQ
Contact preference: Email (kelly.jarvis@mail.example.com)
Your enquiry:
Hi, I'm not sure who to ask. My two boys (Alfie is 9 and Noah is 7) fight ALL the time - wrestling, punching, name calling, and yesterday Noah bit Alfie's arm hard enough to draw blood because Alfie wouldn't let him have a go on the Xbox. Nobody is in any danger and they're best mates again five minutes later, and I know brothers fight, but I feel like a referee from morning till night and I've started shouting at them a lot. Is there a parenting course or anything in Hereford that could help? We've never had social services or anything. Thanks, Kelly
""")
    top = outlook_top(f, addr("Customer Services", "customer.services@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "FW: Website enquiry - Early Help / parenting (ref WEB-55102)", when)
    add(f, mail(f, top, text, html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS - ORDINARY SIBLING FIGHTS: a parent's website enquiry, forwarded by Customer Services (a human "
        "forward, no Auto-Submitted), about two boys who 'fight ALL the time' - 'punching', 'bit ... hard enough to "
        "draw blood', 'danger' (negated: 'Nobody is in any danger') - asking for a parenting course. No current risk "
        "to a child -> not urgent (DESIGN rule 1). Not a step request -> other -> human_review. The boys are named by "
        "first name only -> no child labelled; no concern id (ordinary sibling rivalry). Herefordshire %s covers "
        "step-down only." % S_HF,
        not_children=["Kelly Jarvis"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2074-12-04 16:45:22"
    ack = ack_text("step-down", "SB-herefordshire-866", [
        "Case: 709884", "Children: Bartosz Wróbel (08/08/2063), Lena Wróbel (30/01/2068)",
        "Plan: received"], ["the family's written consent (consent form)"])
    text = T("""
Hi both,

The Wróbels' signed consent form is attached - mum signed it at my visit this afternoon.

Thanks
Rhodri

Sent from my iPad
""") + apple_quote("On 3 Dec 2074, at 10:14, Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk> wrote:", ack)
    form = pdf_att("Consent form - Wrobel - signed 04.12.2074.pdf", "Early Help - consent", [
        "I consent to my family receiving Early Help support and to information being shared with the",
        "Early Help key person and the agencies named in our plan.",
        "Children: Bartosz Wróbel, Lena Wróbel.",
        "Signed: Agnieszka Wróbel (mother)          Date: 04/12/2074"])
    top = plain_top(f, addr("Rhodri Vaughan", "Rhodri.Vaughan@" + HDOM), addr("Early Help Co-ordinators", HEH),
                    "Re: [SB-herefordshire-866] Step-down plan received - Mosaic 709884", when, HDOM,
                    "iPad Mail (22C161)",
                    extra=[("In-Reply-To", "<SB-herefordshire-866-ack@stepbot.invalid>"),
                           ("References", "<SB-herefordshire-866-ack@stepbot.invalid>")])
    add(f, iphone_mail(f, top, text, [form]), "herefordshire", "early_help_duty", when, 3,
        "ordinary", "follow_up", False, None, ["709884"],
        [ch("Bartosz Wróbel", "2063-08-08", "08/08/2063"), ch("Lena Wróbel", "2068-01-30", "30/01/2068")],
        [], True, None, [], None, "attach_to_request",
        "Apple Mail (iPad) reply to [SB-herefordshire-866] with the signed consent form (.pdf) the acknowledgement "
        "asked for (Herefordshire %s: 'the social worker will obtain written consent') -> consent true; follow_up -> "
        "attach_to_request, missing []. The acknowledgement is quoted with '>' (its 'What is missing:' list is "
        "stepbot's text). Children and DOBs from the quote; 'Mosaic 709884' in the subject -> bare number; "
        "non-ASCII 'Wróbel'." % S_HF,
        not_children=["Agnieszka Wróbel"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2074-11-27 13:50:41"
    body = T("""
Hi Early Help,

Please see my contact note from this morning's visit, attached - I was told the family has an Early Help key worker, so I'm sending it to you for your records.

Marta

Marta Sobczak
Health Visitor | Hereford City 0-19 Team
01632 960 771
""") + original("Sobczak, Marta", "27 November 2074 12:58", "HV Admin Hereford City",
                "Contact note - Kian Price (2)", "Please upload to SystmOne. Thanks.\n")
    note = T("""
HEALTH VISITING CONTACT NOTE
Child: Kian Price        DOB: 11/10/2072        NHS no: 999 401 1276
Address: 22 Widemarsh Court, Hereford HR4 9ZT
Contact: home visit, 10:15-11:20, 27/11/2074 - 2 year review (rescheduled)
Present: Kian; mother Leanne Price; stepbrother Brandon Hughes (13, not in school - "suspended")

Observations:
Kian quiet and watchful; flinched when Brandon walked past. Fresh bruise to the top of the left ear, purple, approx 2 cm, and a healing round burn to the back of the right hand, approx 8 mm. Mother said "Brandon does things to him when he's cross, he thinks it's funny" and "I can't stop him, he's bigger than me". Mother said the ear happened last night when Brandon "flicked him into the radiator". Brandon laughed and said Kian "is soft".

Plan discussed with mother: mother works at the Co-op 4pm-10pm today and says she has no one else to leave Kian with, so Brandon will be looking after him this evening "as usual". Mother declined my suggestion of asking a friend.

Weight 12.4 kg (50th centile). Language: approx 10 words.

Actions: discussed with the Named Nurse for Safeguarding Children by phone - advised to refer to children's social care today. Body map completed.

M. Sobczak, HV
""")
    top = outlook_top(f, addr("Sobczak, Marta", "marta.sobczak@wyevalley0-19.example.net"),
                      addr("Early Help Co-ordinators", HEH), "FW: Contact note - Kian Price (2) - FYI", when,
                      mid_domain="AM9P195MB1184.EURP195.PROD.OUTLOOK.COM")
    add(f, mail(f, top, body, [txt_att("Contact note 27.11.2074 - K Price.txt", note)], html_alt=True),
        "herefordshire", "early_help_duty", when, 4,
        "urgent", "other", True, None, [],
        [ch("Kian Price", "2072-10-11", "11/10/2072"), ch("Brandon Hughes")],
        ["physical_harm"], None, None, [], None, "alert_duty",
        "URGENT ONLY IN AN ATTACHMENT: the covering mail says 'for your records'; the attached .txt contact note "
        "says a 2-year-old has a fresh bruise to the ear and a healing burn from his 13-year-old stepbrother ('does "
        "things to him when he's cross'), and that the stepbrother will be minding him alone this evening while mum "
        "works 4-10pm. DESIGN rule 1: 'Every part of every message is read ... attachments' -> alert_duty. A health "
        "visitor's note sent to the Early Help co-ordinators' inbox (the wrong one), not a step request -> other. "
        "Older child hurting a toddler -> physical_harm. The NHS number is not a case id. Both children labelled "
        "(the stepbrother named in full, no DOB). Herefordshire %s has no step-up route: the risk still goes to the "
        "duty team at once." % S_HF,
        not_children=["Leanne Price", "Marta Sobczak"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2074-10-12 14:30:19"
    body = T("""
Dear co-ordinators,

Please find attached the Early Help Assessment step-down plan for Lewis Thomas-Ward (DOB 2062-04-23), Mosaic 711236, following our chat at Tuesday's drop-in.

Some history, because the file uses some alarming words: in spring 2073, when Lewis was 11, he was found to have touched his younger cousin (then 7) inappropriately during a sleepover. It was assessed by the Harmful Sexual Behaviour service under AIM3 as inappropriate rather than abusive - exploratory, no coercion - and Lewis completed their 12-week programme that autumn. There have been no concerns of any kind since, at home, at school or online; his cousin's family moved to Cardiff and there is no contact. The C&F assessment concluded on 05/10/2074 that there is no role for social care.

What Lewis needs now is help with friendships and self-esteem, and with his dyslexia and speech and language needs (he has an EHCP) as he settles into secondary school.

Key person: Nia Evans, Pastoral Manager, Arrow Valley High School, has agreed to take this on with dad.

Consent: dad agreed to the step down verbally on the phone on Wednesday; I'll get the consent form signed at my closing visit next week and send it on.

Thanks,
Owain

Owain Pritchard
Social Worker | Assessment Team (Kington and Leominster) | Herefordshire Council
01632 960 758

""") + HDISC
    plan = docx_att("EHA step-down plan - Lewis Thomas-Ward.docx", [
        "# Early Help Assessment - Step Down plan",
        "Child: Lewis Thomas-Ward, DOB 23/04/2062, Mosaic 711236.",
        "What are we worried about? Friendships and self-esteem; dyslexia and speech and language needs (EHCP).",
        "What's working well? Completed the HSB programme in 2073; no concerns since; close to dad and grandparents.",
        "Wellbeing plan - what needs to happen, by whom, outcome, timescale:",
        "1. Friendship group at school - Nia Evans - Lewis has a settled group - by Easter.",
        "2. EHCP annual review - SENCo - provision updated - by January.",
        "Key person: Nia Evans, Pastoral Manager, Arrow Valley High School."])
    top = outlook_top(f, addr("Pritchard, Owain", "Owain.Pritchard@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step-down plan - Lewis Thomas-Ward (12) - Mosaic 711236", when)
    add(f, mail(f, top, body, [plan], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "near_miss", "step_down", False, None, ["711236"],
        [ch("Lewis Thomas-Ward", "2062-04-23", "2062-04-23")],
        ["disability_send"], True, None, ["consent_form"], None, "request_info",
        "NEAR MISS - HSB ASSESSED AND WORKED WITH IN 2073: 'touched his younger cousin', 'Harmful Sexual Behaviour "
        "service', 'AIM3' - all history, programme completed, 'no concerns of any kind since', no contact -> not "
        "urgent, no sexual_harm. Herefordshire step-down (%s): plan (.docx) and key person with agency present; "
        "consent given verbally ('dad agreed to the step down verbally') -> consent true, but the seed asks for "
        "'written consent' -> consent_form missing -> request_info. Dyslexia, SLCN, EHCP -> disability_send. ISO "
        "DOB. No level stated -> level null." % S_HF,
        not_children=["Nia Evans", "Owain Pritchard"])

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2074-12-10 09:00:31"
    text = T("""
Thank you for your email. I'm away on the Year 7 residential until Friday 14 December with very little signal.

For anything about a child's safety please contact our DSL, Mr Hopkins, on 01632 960 790. For everything else I'll reply when I'm back.

Nia Evans
Pastoral Manager, Arrow Valley High School
""")
    top = [("From", addr("Nia Evans", "n.evans@arrowvalley.example.sch.uk")), ("To", addr("Early Help Co-ordinators", HEH)),
           ("Subject", "Away on the Year 7 residential"), ("Date", email.utils.format_datetime(dt(when))),
           ("Message-ID", msgid(f, "mail.gmail.com")), ("Auto-Submitted", "auto-replied")]
    add(f, build(top, text_part(text, cte="7bit", charset="UTF-8"), False), "herefordshire", "early_help_duty", when, 2,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Gmail vacation responder: only 'Auto-Submitted: auto-replied' marks it (a custom subject, no 'Automatic "
        "reply:', no X-Auto-Response-Suppress). DESIGN: auto_reply -> ignore (rule 2).")

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2074-11-22 07:45:18"
    text = T("""
OFFICIAL - SENSITIVE

PUBLIC PROTECTION NOTIFICATION - CHILD CONCERN
For information only - no request for action

Occurrence: 22/115208/74      Date/time: 21/11/2074 21:40
Location: home address, Bobblestock, Hereford
Submitting officer: PC 1291 Hollis

Children:
1. ROBERTS, Dylan      DOB 03/03/2058 (16)
2. ROBERTS, Rhys       DOB 19/07/2060 (14)
Parent present: ROBERTS, Sian (mother)

Circumstances: Mother called police because her two sons were fighting in the kitchen after an argument over an online game and she could not separate them. On arrival both boys were calm and apologetic. Minor grazes to Rhys's knuckles and a red mark on Dylan's cheek; no injuries needing treatment. No weapons. No previous police attendance at this address. Mother present and in control; she said they "fight like cat and dog but they're close" and that this was the first time it had gone this far. Both boys were spoken to separately: both said they feel safe at home and were embarrassed. Father works away; no concerns about him.

Risk assessment (police): STANDARD. Voice of the child recorded. Words of advice given to both boys. No further police action.
Officer's view: a sibling fight, ordinary for their ages; no safeguarding concerns identified for either child. Shared with MASH for information in line with the notification policy.

This notification is sent from an unmonitored mailbox. Please reply to the Hereford Public Protection Unit.
""")
    top = plain_top(f, addr("West Mercia Police - PPN", "ppn.hereford@westmercia.police.example"),
                    addr("MASH Herefordshire", HMASH), "PPN Child Concern - ROBERTS - 22/115208/74 - for information",
                    when, "westmercia.police.example", None)
    add(f, mail(f, top, text), "herefordshire", "mash_step_up", when, 6,
        "near_miss", "other", False, None, [],
        [ch("Dylan Roberts", "2058-03-03", "03/03/2058", spans=["ROBERTS, Dylan"]),
         ch("Rhys Roberts", "2060-07-19", "19/07/2060", spans=["ROBERTS, Rhys"])],
        [], None, None, [], None, "human_review",
        "NEAR MISS - A POLICE NOTIFICATION OF A BROTHERS' FIGHT, NFA: 'fighting', 'police', 'grazes', 'Risk "
        "assessment', 'safeguarding' - but officers found both boys calm, no injury needing treatment, mother in "
        "control, 'ordinary for their ages', no further action, 'for information only' -> not urgent (DESIGN rule 1: "
        "an incident already dealt with). Not a request -> other -> human_review. Children in police format "
        "('ROBERTS, Dylan') -> 'Dylan Roberts', 'Rhys Roberts' with DOBs; the occurrence number is not a case id; no "
        "concern id for an ordinary sibling fight. Sent by a person-less notification system but with no "
        "Auto-Submitted header, so not an auto_reply.",
        not_children=["ROBERTS, Sian"])


# ============================================================================= SELF-CHECKS
CONCERN_IDS = {"neglect", "non_engagement", "exploitation", "domestic_abuse", "parental_mental_health",
               "substance_misuse", "missing", "physical_harm", "sexual_harm", "radicalisation",
               "school_attendance", "young_carer", "disability_send"}
KINDS = {"step_up", "step_down", "follow_up", "meeting_reply", "auto_reply", "other"}
NEXT_ACTIONS = {"alert_duty", "ignore", "record_reply", "attach_to_request", "human_review", "request_info",
                "book_meeting"}
DOC_IDS = {"case_summary", "rationale", "draft_plan", "step_up_form", "taf_minutes", "gcp2", "engaging_families",
           "exploitation_assessment", "assessment", "cin_minutes", "consent_form", "request_for_support"}
FACT_IDS = {"case_id", "children", "consent", "manager_agreed", "lead_practitioner", "meeting_details",
            "worries_strengths_next"}
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

# England & Wales bank holidays in 2074 that fall on a weekday (set_checks() compares this with the `holidays`
# package): New Year's Day Mon 1 Jan; Good Friday 13 Apr; Easter Monday 16 Apr; May Day Mon 7 May; Spring Bank
# Holiday Mon 28 May; Late Summer Bank Holiday Mon 27 Aug; Christmas Day Tue 25 Dec; Boxing Day Wed 26 Dec.
BANK_HOLIDAYS = {date(2074, 1, 1), date(2074, 4, 13), date(2074, 4, 16), date(2074, 5, 7), date(2074, 5, 28),
                 date(2074, 8, 27), date(2074, 12, 25), date(2074, 12, 26)}
# The window: the autumn term, Monday 3 September - Friday 14 December 2074. No bank holiday falls inside it.
WINDOW_START, WINDOW_END = date(2074, 9, 3), date(2074, 12, 14)
WINDOW = (datetime(2074, 9, 3, tzinfo=LON), datetime(2074, 12, 14, 23, 59, 59, tzinfo=LON))
NEAREST_BH = {date(2074, 8, 27): "Late Summer Bank Holiday", date(2074, 12, 25): "Christmas Day",
              date(2074, 12, 26): "Boxing Day"}
# BST ends at 01:00 UTC on the last Sunday of October: Sunday 28 October 2074.
BST_END = datetime(2074, 10, 28, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2074

def expected_offset(d):
    return "+0100" if d.astimezone(UTC) < BST_END else "+0000"

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"], 1)}

def parse_dob(w):
    """DOB as written -> ISO. Formats used in this set: dd/mm/yyyy, yyyy-mm-dd, '25th December 2059'."""
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

YEAR = re.compile(r"\b(2\d{3})\b")      # a standalone 4-digit number starting with 2 (hex ids are not standalone)
CASE_ID_FORM = re.compile(r"(EHM|ICS|LCS)-\d{5,7}|\d{6,7}")
SEED_OR_DESIGN = re.compile(r"\d{3}_[0-9a-f]{16}\.txt|DESIGN")

def parse(f):
    return email.message_from_bytes(FILES[f], policy=email.policy.default)

def all_headers(msg):
    """Every header value of every part (the top headers and each MIME part's)."""
    return " ".join(str(v) for part in msg.walk() for _k, v in part.items())

def _today_of(now):
    return now.astimezone(LON).date()

def check_file(lab):
    errors = []
    def err(m):
        errors.append("%s: %s" % (lab["file"], m))
    f, a, mb, e = lab["file"], lab["authority"], lab["mailbox"], lab["expect"]
    if not re.fullmatch(r"%s_0[1-8]\.eml" % a, f): err("file name / authority")
    if set(lab) != {"file", "authority", "mailbox", "now", "expect", "why"}: err("label keys")
    if set(e) != {"kind", "urgent", "level", "case_ids", "children", "concerns", "consent",
                  "manager_agreed", "missing", "notice_ok", "next_action"}:
        err("expect keys")
    if mb not in ("mash_step_up", "early_help_duty"): err("mailbox")
    if e["kind"] not in KINDS: err("kind")
    if e["next_action"] not in NEXT_ACTIONS: err("next_action value")
    if e["next_action"] != expected_next(a, e): err("next_action %s != %s" % (e["next_action"], expected_next(a, e)))
    if CATS[f] not in ("urgent", "near_miss", "ordinary"): err("category")
    if e["urgent"] is not (CATS[f] == "urgent"): err("urgent vs category")
    if e["urgent"] and e["next_action"] != "alert_duty": err("urgent without alert_duty")
    if not set(e["concerns"]) <= CONCERN_IDS or e["concerns"] != sorted(set(e["concerns"])): err("concerns")
    if e["missing"] != sorted(set(e["missing"])): err("missing not sorted/unique")
    if not set(e["missing"]) <= DOC_IDS | FACT_IDS: err("missing id not in the contract")
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
    for v in ("consent", "manager_agreed", "urgent"):
        if e[v] not in (True, False, None): err(v)
    if e["notice_ok"] not in (True, False, None): err("notice_ok value")
    if "consent" in allowed and (e["consent"] is not True) != ("consent" in e["missing"]): err("consent vs missing")
    if "manager_agreed" in allowed and (e["manager_agreed"] is not True) != ("manager_agreed" in e["missing"]):
        err("manager vs missing")
    if "case_id" in allowed and (not e["case_ids"]) != ("case_id" in e["missing"]): err("case_id vs missing")
    if "children" in allowed and (not e["children"]) != ("children" in e["missing"]): err("children vs missing")
    if "consent_form" in e["missing"] and e["consent"] is False: err("a refused consent is not a missing form")
    if len({c["name"] for c in e["children"]}) != len(e["children"]) or len(set(e["case_ids"])) != len(e["case_ids"]):
        err("duplicates")
    for cid in e["case_ids"]:
        if not CASE_ID_FORM.fullmatch(cid): err("case id %r is not an EHM/ICS/LCS/Mosaic id as labelled" % cid)
    if not SEED_OR_DESIGN.search(lab["why"]): err("why names no seed file or DESIGN rule")
    now = datetime.fromisoformat(lab["now"])
    meeting = META[f]["meeting"]
    if a == "knowsley" and e["kind"] in ("step_up", "step_down"):
        if meeting is None:
            if e["notice_ok"] is not None: err("notice_ok must be null without a date")
            if "meeting_details" not in e["missing"]: err("meeting_details should be missing")
        else:
            wd = working_days(_today_of(now), meeting)
            if e["notice_ok"] != (wd >= 5): err("notice_ok %s but %d WD" % (e["notice_ok"], wd))
            if meeting <= _today_of(now): err("meeting not after now")
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
    if _today_of(now) != d.astimezone(LON).date(): err("now on another London day than the Date")
    if e["kind"] != "auto_reply" and msg["Auto-Submitted"] is not None: err("Auto-Submitted on human mail")
    text = readable(msg)
    for y in YEAR.findall(text + " " + all_headers(msg)):
        if int(y) > MAX_YEAR: err("year after %d in the text or headers: %s" % (MAX_YEAR, y))
    metas = {c["name"]: c for c in META[f]["children"]}
    for c in e["children"]:
        mc = metas.get(c["name"])
        if mc is None:
            err("child %s has no source record" % c["name"]); continue
        for span in mc["_spans"]:
            if re.sub(r"\s+", " ", span) not in text: err("child %s (%r) not in text" % (c["name"], span))
        first, sur = c["name"].split(" ")[0], c["name"].split(" ")[-1]
        if not all(any(p.lower() in s.lower() for s in mc["_spans"]) for p in (first, sur)):
            err("child %s: spans do not carry both first name and surname" % c["name"])
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
    for cid in e["case_ids"]:
        if cid not in text: err("case id %s not in text" % cid)
    return errors

CAT_EXPECTED = {"urgent": 11, "near_miss": 12, "ordinary": 17}

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
        if a in per and not {"urgent", "near_miss"} <= set(per[a]):
            errors.append("%s: needs at least one urgent and one near miss" % a)
    tot = {c: list(CATS.values()).count(c) for c in ("urgent", "near_miss", "ordinary")}
    if tot != CAT_EXPECTED or sum(tot.values()) != 40 or tot["urgent"] < 11 or tot["near_miss"] < 11:
        errors.append("set: category totals %s, expected %s (at least 11 urgent and 11 near misses)" % (tot, CAT_EXPECTED))
    kinds = {l["expect"]["kind"] for l in LABELS}
    if kinds != KINDS: errors.append("set: kinds present %s, need every kind" % sorted(kinds))
    for v in (True, False, None):
        for field in ("consent", "manager_agreed"):
            if not any(l["expect"][field] is v for l in LABELS):
                errors.append("set: no label with %s %s" % (field, v))
    return errors, tot

# ----------------------------------------------------------------------------- structural checks
SEP = "________________________________"
ALARM = re.compile(r"(?i)\b(urgent\w*|immediate\w*|risk\w*|safeguard\w*|danger\w*|child[\s-]+protection)\b")
RISKY = re.compile(r"(?i)\b(assault\w*|abus\w*|harm\w*|police|injur\w*|sexual\w*|violen\w*|danger\w*|risk\w*|"
                   r"safeguard\w*|broke|fractur\w*|punch\w*|bit|blood|nude\w*|kick\w*|fight\w*)\b")

def _plain(msg):
    for part in msg.walk():
        if not part.is_multipart() and part.get_content_type() == "text/plain" and not part.get_filename():
            return part.get_content().replace("\r\n", "\n")
    return ""

def _lab(f):
    return next(l for l in LABELS if l["file"] == f)

def _exp(f):
    return _lab(f)["expect"]

def _now(f):
    return datetime.fromisoformat(_lab(f)["now"])

def _today(f):
    return _today_of(_now(f))

def _date(msg):
    return email.utils.parsedate_to_datetime(msg["Date"])

def _att(msg, pred=lambda p: True):
    return [p for p in msg.walk() if not p.is_multipart() and p.get_filename() and pred(p)]

def _exts(msg):
    return sorted(p.get_filename().rsplit(".", 1)[1] for p in _att(msg))

def _no_plain(msg):
    return not any(p.get_content_type() == "text/plain" and not p.get_filename() for p in msg.walk()
                   if not p.is_multipart())

def _cal_methods(msg):
    return [(p.get_param("method") or "").upper() for p in msg.walk() if p.get_content_type() == "text/calendar"]

def _london_hour(msg):
    return _date(msg).astimezone(LON).hour + _date(msg).astimezone(LON).minute / 60

def _att_text(msg):
    return " ".join(p.get_content() for p in _att(msg, lambda p: p.get_content_type() == "text/plain"))

def _k01(msg):
    cal = [p for p in msg.walk() if p.get_content_type() == "text/calendar"][0].get_content()
    return (_cal_methods(msg) == ["REQUEST"] and "DTSTART;TZID=GMT Standard Time:20740919T100000" in cal
            and _exts(msg) == ["docx", "pdf"] and KBS.lower() in str(msg["To"]).lower())

def _k02(msg):
    return msg.get_param("format") == "flowed" and not ALARM.search(readable(msg))

def _k04(msg):
    d = _date(msg)
    return (d.astimezone(LON).hour == 0 and d.astimezone(UTC).date() == d.astimezone(LON).date() - timedelta(days=1)
            and working_days(d.astimezone(UTC).date(), META["knowsley_04.eml"]["meeting"]) == 5
            and working_days(d.astimezone(LON).date(), META["knowsley_04.eml"]["meeting"]) == 4
            and "the week's notice" in _plain(msg))

def _k05(msg):
    h = [p for p in msg.walk() if p.get_content_type() == "text/html"][0].get_content()
    new, _, quoted_part = h.partition('id="divRplyFwdMsg"')
    return (_no_plain(msg) and "pillow" in new and "Callum Rimmer" not in html_text(new)
            and "Callum Rimmer" in quoted_part and not ALARM.search(readable(msg)))

def _k06(msg):
    return (msg["List-Id"] is not None and _cal_methods(msg) == ["PUBLISH"] and "Child A" in readable(msg)
            and ALARM.search(readable(msg)) is not None)

def _k08(msg):
    d = _date(msg)
    m = META["knowsley_08.eml"]["meeting"]
    return expected_offset(d) == "+0100" and m > BST_END.date() and m.weekday() == 3 and _exts(msg) == ["docx", "docx"]

def _r01(msg):
    return "Rationale for step up" in readable(msg) and _exts(msg) == ["pdf"] and "MsoTableGrid" in FILES["richmond_wandsworth_01.eml"].decode()

def _r02(msg):
    t = readable(msg)
    return not ALARM.search(t) and "Rationale" not in t and not _att(msg)

def _r05(msg):
    cal = [p for p in msg.walk() if p.get_content_type() == "text/calendar"][0].get_content()
    return "PARTSTAT=DECLINED" in cal and "COMMENT:" in cal and "Mila Reyes" in cal.replace("\r\n ", "")

def _r06(msg):
    p = _plain(msg)
    top, _, rest = p.partition(SEP)
    return (str(msg["Subject"]).startswith("FW:") and "2072" in top and "Sienna Whitlock" not in top
            and "Sienna Whitlock" in rest and "Rationale" not in readable(msg))

def _r08(msg):
    p = _plain(msg)
    before, _, after = p.partition("P.S.")
    return (after and "tonight" in after and "tonight" not in before and not ALARM.search(readable(msg))
            and _date(msg).astimezone(LON).weekday() == 4)

def _t01(msg):
    return "MIAH, Rahim" in readable(msg) and "Rahim Miah" not in body_text(msg)

def _t05(msg):
    return _london_hour(msg) < 9 and not ALARM.search(readable(msg))

def _t08(msg):
    return "8bit" in str(msg["Content-Transfer-Encoding"] or "") + "".join(
        str(p["Content-Transfer-Encoding"] or "") for p in msg.walk()) and "Yılmaz" in _plain(msg)

def _b02(msg):
    return not ALARM.search(readable(msg)) and msg.get_param("format") == "flowed"

def _b04(msg):
    return "Amir and Aaliyah Haddad" in readable(msg) and "Amir Haddad" not in body_text(msg)

def _b05(msg):
    d = _date(msg).astimezone(LON)
    return d.weekday() == 4 and d.hour >= 17 and not ALARM.search(readable(msg)) and expected_offset(_date(msg)) == "+0000"

def _b06(msg):
    return _exts(msg) == ["txt"] and "bail" in _att_text(msg) + _plain(msg)

def _h01(msg):
    return "25th December 2059" in _plain(msg) and _exts(msg) == ["docx", "pdf"]

def _h02(msg):
    return not ALARM.search(readable(msg)) and HMASH in str(msg["To"])

def _h03(msg):
    p = _plain(msg)
    return "Forwarded message" in p and "Alfie" in p and not re.search(r"(Alfie|Noah) Jarvis", p)

def _h05(msg):
    body = body_text(msg)
    att = _att_text(msg)
    return ("Brandon" not in body and "this evening" in att and "for your records" in body
            and _exts(msg) == ["txt"])

def _h08(msg):
    return "ROBERTS, Dylan" in _plain(msg) and "No further police action" in _plain(msg)

CUSTOM = [
    ("knowsley_01.eml", "the step-up is an iTIP REQUEST to MASH and MASH BS with form + minutes", _k01),
    ("knowsley_02.eml", "iPhone flowed; no alarm words", _k02),
    ("knowsley_04.eml", "00:38 BST: UTC date the day before; 5 WD from the UTC date, 4 from London's", _k04),
    ("knowsley_05.eml", "HTML-only; the report in the new text, the names only in the quoted ack; no alarm words", _k05),
    ("knowsley_06.eml", "bulletin with List-Id, a PUBLISH .ics, alarm words", _k06),
    ("knowsley_08.eml", "sent in BST, meeting after the clock change, on a Thursday; two .docx", _k08),
    ("richmond_wandsworth_01.eml", "rationale heading in Word HTML; summary .pdf", _r01),
    ("richmond_wandsworth_02.eml", "no alarm words, no rationale, nothing attached", _r02),
    ("richmond_wandsworth_05.eml", "DECLINED with the note in the COMMENT", _r05),
    ("richmond_wandsworth_06.eml", "FW: the 2072 history in the top block, the children in full only below", _r06),
    ("richmond_wandsworth_08.eml", "the risk only after the P.S.; a Friday; no alarm words", _r08),
    ("tower_hamlets_01.eml", "CAPS surname-first names in the table only", _t01),
    ("tower_hamlets_05.eml", "before 09:00; no alarm words", _t05),
    ("tower_hamlets_08.eml", "8bit UTF-8 body with Yılmaz", _t08),
    ("torbay_02.eml", "iPhone; no alarm words", _b02),
    ("torbay_04.eml", "twins named together only", _b04),
    ("torbay_05.eml", "Friday after 17:00 GMT; no alarm words", _b05),
    ("torbay_06.eml", ".txt school safety plan; bail", _b06),
    ("herefordshire_01.eml", "'25th December 2059'; .docx plan + .pdf consent", _h01),
    ("herefordshire_02.eml", "no alarm words; to the MASH inbox", _h02),
    ("herefordshire_03.eml", "forwarded web form; boys by first name only", _h03),
    ("herefordshire_05.eml", "the risk only in the attached .txt; body 'for your records'", _h05),
    ("herefordshire_08.eml", "police format names; NFA", _h08),
]

# Each consent / manager wording ties to its label (the phrase must be in the readable text).
WORDING = [
    ("knowsley_01.eml", "agreed the step up in supervision", "manager_agreed", True),
    ("knowsley_01.eml", "has agreed to it", "consent", True),
    ("knowsley_02.eml", "agrees it has to come straight to you today", "manager_agreed", True),
    ("knowsley_02.eml", "I haven't spoken to mum yet", "consent", None),
    ("knowsley_03.eml", "gave consent to the referral to Family First", "consent", True),
    ("knowsley_04.eml", "Mum is in agreement with the step down and signed the consent", "consent", True),
    ("knowsley_08.eml", "Mum agrees to the step up", "consent", True),
    ("knowsley_08.eml", "agreed the step up on 24/10/2074", "manager_agreed", True),
    ("richmond_wandsworth_01.eml", "As Early Help Team Manager I agree with the step up", "manager_agreed", True),
    ("richmond_wandsworth_01.eml", "Ms Hale has agreed to the step up", "consent", True),
    ("richmond_wandsworth_02.eml", "My manager Tomasz is on leave today", "manager_agreed", None),
    ("richmond_wandsworth_04.eml", "Ms Duarte declined Early Help", "consent", False),
    ("richmond_wandsworth_04.eml", "agrees with the step down", "manager_agreed", True),
    ("richmond_wandsworth_06.eml", "she said she'd think about it", "consent", None),
    ("richmond_wandsworth_06.eml", "I agree this should step up", "manager_agreed", True),
    ("tower_hamlets_01.eml", "Both parents have given written consent", "consent", True),
    ("tower_hamlets_01.eml", "has signed off the step down", "manager_agreed", True),
    ("tower_hamlets_02.eml", "has agreed this goes to you now as a step up", "manager_agreed", True),
    ("tower_hamlets_02.eml", "Mum knows I am contacting MAST", "consent", None),
    ("tower_hamlets_04.eml", "mum signed the step-down consent form", "consent", True),
    ("tower_hamlets_06.eml", "both consent to the step down", "consent", True),
    ("tower_hamlets_08.eml", "He does not agree that it meets the threshold", "manager_agreed", False),
    ("tower_hamlets_08.eml", "Mum doesn't want a referral to MAST", "consent", False),
    ("torbay_01.eml", "Mum has consented to level 3 Early Help", "consent", True),
    ("torbay_01.eml", "confirming that the threshold for level 3 is met", "manager_agreed", True),
    ("torbay_02.eml", "I haven't been able to ask her about this contact", "consent", None),
    ("torbay_02.eml", "agrees this needs a MASH contact now", "manager_agreed", True),
    ("torbay_04.eml", "consented to level 3 Early Help", "consent", True),
    ("torbay_04.eml", "she hasn't seen it yet", "manager_agreed", None),
    ("torbay_06.eml", "Mum and dad consent to this contact to MASH", "consent", True),
    ("torbay_06.eml", "and I agree this needs considering for level 4", "manager_agreed", True),
    ("herefordshire_01.eml", "I consent to my family receiving Early Help support", "consent", True),
    ("herefordshire_02.eml", "agrees this needs to come to you now", "manager_agreed", True),
    ("herefordshire_04.eml", "mum signed it at my visit this afternoon", "consent", True),
    ("herefordshire_06.eml", "dad agreed to the step down verbally", "consent", True),
]

# Each phrase that says a document or fact is still to come ties to its `missing` id (and vice versa, below).
MISSING_WORDING = [
    ("knowsley_02.eml", "I haven't done the step up form", "step_up_form"),
    ("richmond_wandsworth_02.eml", "I haven't written a case summary", "case_summary"),
    ("richmond_wandsworth_06.eml", "Bukola is finishing the written rationale today", "rationale"),
    ("torbay_04.eml", "she hasn't seen it yet", "manager_agreed"),
    ("herefordshire_06.eml", "I'll get the consent form signed", "consent_form"),
    ("tower_hamlets_08.eml", "He does not agree", "manager_agreed"),
    ("richmond_wandsworth_04.eml", "declined Early Help", "consent"),
    ("torbay_02.eml", "I haven't been able to ask her", "consent"),
]

def missing_wording_errors():
    errors = []
    for f, phrase, mid in MISSING_WORDING:
        if phrase not in readable(parse(f)):
            errors.append("%s: missing wording: %r not in the text" % (f, phrase))
        if mid not in _exp(f)["missing"]:
            errors.append("%s: missing wording: %r means %s is missing" % (f, phrase, mid))
    return errors

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
                           lambda m: _cal_methods(m) == ["REPLY"]))
        elif k == "auto_reply":
            CUSTOM.append((f, "auto_reply marked Auto-Submitted",
                           lambda m: (m["Auto-Submitted"] or "").startswith("auto-")))
        if k in ("step_up", "step_down", "other"):
            CUSTOM.append((f, "no [SB-] reference on a new request / other mail",
                           lambda m: "[SB-" not in str(m["Subject"])))
        if k != "meeting_reply":
            CUSTOM.append((f, "no iTIP REPLY outside meeting replies", lambda m: "REPLY" not in _cal_methods(m)))
        if CATS[f] == "near_miss":
            CUSTOM.append((f, "a near miss carries risk words", lambda m: RISKY.search(readable(m)) is not None))

# The expected whole-set facts the README states (set_checks() recomputes and compares them).
QUIET_EXPECTED = ["herefordshire_02.eml", "knowsley_02.eml", "knowsley_05.eml", "richmond_wandsworth_02.eml",
                  "richmond_wandsworth_05.eml", "richmond_wandsworth_08.eml", "torbay_02.eml", "torbay_05.eml",
                  "tower_hamlets_05.eml"]     # urgent mails with none of the alarm words anywhere (see README)
COUNTS_EXPECTED = {          # file: (working days from the London date of now, plain weekdays)
    "knowsley_01.eml": (6, 6), "knowsley_03.eml": (5, 5), "knowsley_04.eml": (4, 4), "knowsley_08.eml": (5, 5)}
QUIET, COUNTS = [], {}

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2074])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW_START <= d <= WINDOW_END}
    if inside:
        errors.append("set: bank holidays inside the window: %s (expected none)" % inside)
    for d, name in NEAREST_BH.items():
        if name not in (pkg.get(d) or ""):
            errors.append("set: %s is not %s" % (d, name))
    if not (max(d for d in BANK_HOLIDAYS if d < WINDOW_START) == date(2074, 8, 27)
            and min(d for d in BANK_HOLIDAYS if d > WINDOW_END) == date(2074, 12, 25)):
        errors.append("set: the nearest bank holidays should be 27 August and 25 December 2074")
    # the window's ends, checked
    if not (WINDOW_START.weekday() == 0 and WINDOW_END.weekday() == 4 and WINDOW[0].date() == WINDOW_START
            and WINDOW[1].date() == WINDOW_END):
        errors.append("set: the window must run from Monday 3 September to Friday 14 December 2074")
    # BST ends on the last Sunday of October, and zoneinfo agrees
    last_sun = max(date(2074, 10, d) for d in range(25, 32) if date(2074, 10, d).weekday() == 6)
    if BST_END.date() != last_sun or last_sun != date(2074, 10, 28):
        errors.append("set: BST must end on Sunday 28 October 2074 (the last Sunday of October)")
    if (datetime(2074, 10, 27, 12, tzinfo=LON).utcoffset() != timedelta(hours=1)
            or datetime(2074, 10, 29, 12, tzinfo=LON).utcoffset() != timedelta(0)):
        errors.append("set: zoneinfo disagrees about the end of BST 2074")
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
        if lab["expect"]["urgent"] and not ALARM.search(text):
            quiet.append(f)
        m = META[f]["meeting"]
        if m is not None:
            counts[f] = (working_days(_today(f), m), plain_weekdays(_today(f), m))
        pos = []
        for c in lab["expect"]["children"]:
            mc = next((x for x in META[f]["children"] if x["name"] == c["name"]), None)
            if mc is not None:
                pos.append(text.find(re.sub(r"\s+", " ", mc["_spans"][0])))
        if pos != sorted(pos):
            errors.append("%s: children not in order of first full-name appearance" % f)
    quiet.sort()
    if quiet != QUIET_EXPECTED:
        errors.append("set: the urgent mails with no alarm word are %s, expected %s" % (quiet, QUIET_EXPECTED))
    if len(quiet) < 6:
        errors.append("set: only %d urgent mails avoid every alarm word (need 6)" % len(quiet))
    if counts != COUNTS_EXPECTED:
        errors.append("set: Knowsley notice counts are %s, expected %s" % (counts, COUNTS_EXPECTED))
    # the decisive trap: knowsley_04 is ok by the UTC date and not ok by the London date
    n04 = _now("knowsley_04.eml")
    utc_today = n04.astimezone(UTC).date()
    if not (utc_today < _today("knowsley_04.eml")
            and working_days(utc_today, META["knowsley_04.eml"]["meeting"]) >= 5 > counts.get("knowsley_04.eml", (9,))[0]):
        errors.append("set: knowsley_04 must be decided by taking today as the London date")
    # the clock change: Dates before it +0100, after it +0000, both present
    if set(offsets) != {"+0100", "+0000"}:
        errors.append("set: Date offsets %s (need both +0100 before 28 October and +0000 after)" % offsets)
    QUIET[:] = quiet
    COUNTS.clear(); COUNTS.update(counts)
    return errors

def run_checks():
    errors, tot = check()
    return errors + missing_wording_errors() + set_checks(), tot

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

FAULTS = [
    ("knowsley_04's notice counted from the UTC date (labelled ok)",
     lambda: _relabel("knowsley_04.eml", notice_ok=True, next_action="book_meeting"), "notice_ok True but 4 WD"),
    ("knowsley_04's now given in UTC (the day before)",
     lambda: _relabel("knowsley_04.eml", now="2074-10-15T23:42:12+00:00"), "now offset differs from the Date header's"),
    ("knowsley_08 labelled not ok", lambda: _relabel("knowsley_08.eml", notice_ok=False, next_action="request_info"),
     "notice_ok False but 5 WD"),
    ("Christmas Day moved into the window", lambda: BANK_HOLIDAYS.add(date(2074, 11, 12)),
     "bank holidays differ"),
    ("a +0100 Date after the clock change", lambda: _sub("torbay_05.eml", b"Fri, 07 Dec 2074 19:12:26 +0000",
                                                         b"Fri, 07 Dec 2074 19:12:26 +0100"), "Date offset should be +0000"),
    ("a mail dated on a Saturday", lambda: _sub("torbay_04.eml", b"Thu, 29 Nov 2074", b"Sat, 01 Dec 2074"),
     "Date on a weekend"),
    ("an alarm word added to a quiet urgent mail", lambda: _sub("torbay_02.eml", b"Subject: Contact to MASH",
                                                                 b"Subject: URGENT Contact to MASH"),
     "no alarm word are"),
    ("the attachment-only risk copied into the body", lambda: _sub("herefordshire_05.eml", b"for your records",
                                                                   b"for your records (Brandon minds him tonight)"),
     "the risk only in the attached .txt"),
    ("an urgent mail filed as a near miss", lambda: _relabel("richmond_wandsworth_05.eml", category="near_miss"),
     "urgent vs category"),
    ("the Herefordshire urgent step-up sent to human review",
     lambda: _relabel("herefordshire_02.eml", next_action="human_review"), "next_action human_review != alert_duty"),
    ("the refused consent labelled null", lambda: _relabel("richmond_wandsworth_04.eml", consent=None),
     "'Ms Duarte declined Early Help' means consent False"),
    ("the manager's disagreement labelled null", lambda: _relabel("tower_hamlets_08.eml", manager_agreed=None),
     "means manager_agreed False"),
    ("verbal consent treated as the written form", lambda: _relabel("herefordshire_06.eml", missing=[],
                                                                     next_action="book_meeting"),
     "means consent_form is missing"),
    ("a CAPS name labelled as written", lambda: _exp("tower_hamlets_01.eml")["children"][0].update(name="MIAH, Rahim"),
     "no source record"),
    ("an 18-year-old labelled as a child", lambda: (_exp("knowsley_08.eml")["children"][0].update(dob="2056-02-02"),),
     "dob '02/02/2058' parses to 2058-02-02"),
    ("a year after the window's in a body", lambda: _sub("herefordshire_03.eml", b"Sun, 14 Oct 2074 at 21:47",
                                                         b"Sun, 14 Oct 2075 at 21:47"), "year after 2074"),
    ("Auto-Submitted removed from the Gmail responder", lambda: _sub("herefordshire_07.eml",
                                                                    b"Auto-Submitted: auto-replied\n", b""),
     "auto_reply marked Auto-Submitted"),
    ("a meeting reply made a REQUEST", lambda: _sub("knowsley_07.eml", b"method=REPLY", b"method=REQUEST"),
     "exactly one text/calendar method=REPLY part"),
    ("a level on a step-up", lambda: _relabel("torbay_06.eml", level=3), ": level"),
    ("the police occurrence number as a case id", lambda: _relabel("herefordshire_08.eml", case_ids=["22/115208/74"]),
     "is not an EHM/ICS/LCS/Mosaic id"),
    ("children of knowsley_02 swapped", lambda: _exp("knowsley_02.eml")["children"].reverse(),
     "children not in order of first full-name appearance"),
    ("a near miss relabelled ordinary", lambda: _relabel("herefordshire_03.eml", category="ordinary"),
     "category totals"),
]

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
           "concerns %s" % dict(Counter(c for e in ex for c in e["concerns"])),
           "missing %s" % dict(Counter(c for e in ex for c in e["missing"])),
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
    out.append("kind x category %s" % dict(sorted(Counter((l["expect"]["kind"], CATS[l["file"]]) for l in LABELS).items())))
    out.append("out of office hours: %s" % [l["file"] for l in LABELS if not (
        9 <= datetime.fromisoformat(l["now"]).astimezone(LON).hour < 17)])
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
