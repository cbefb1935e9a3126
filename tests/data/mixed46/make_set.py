#!/usr/bin/env python3
"""mixed46: blind held-out set (40 invented mails) for stepbot's `parse` contract - urgency and every parse field -
over the autumn term of 2065 (Tuesday 1 September - Friday 18 December), in neglect and poverty: the cost of living,
food banks and Christmas hampers, key meters and prepayment electricity run dry, hoarding, home conditions, dogs and
animal mess, damp and mould and housing disrepair, children's weight and teeth, missed health appointments and chaotic
routines, told by health visitors, school family workers, housing officers, food-bank volunteers and practitioners,
alongside ordinary requests.

Urgent mail (12), mostly in plain words: a 7-year-old at breakfast club whose mother "won't wake up" with her
2-year-old brother still in the flat; a health visitor's note forwarded under a planned step-up (a 14-week-old cold
and mottled in a flat with no electricity, the gas oven open for heat); a housing officer who walked in on three
small children alone; a fire crew's visit to a hoarded flat where two boys will sleep tonight; a food bank's call
about a toddler's untreated scald; a 4-month-old whose parents refuse the hospital admission the GP arranged; an
11-year-old at a food bank with her 8-month-old brother, mother gone since Sunday; a Staffy's bite through a
2-year-old's cheek with the dog still loose; a Christmas-hamper driver at a dark, hoarded, freezing cottage; a
14-year-old in diabetic crisis at school after her insulin ran out; a petrol generator running in a caravan awning
with two children sick in bed; a Year 7 girl with a facial abscess whose mother refuses A&E. Near misses (12): a
hoarding history long resolved, a housing trust's note about the previous tenants, a family found alone in 2064 and
safe since, a food bank's bulletin listing examples, an unfounded neighbour's report, an out-of-office's emergency
boilerplate, children safe at their grandmother's while the flat is fumigated, a fire in 2063, a home-alone report
police checked on the night, a CP plan for dog faeces ended at conference, a neighbour's call about a different
house, and a partnership briefing whose scenarios are exercises.

Window: Tuesday 1 September - Friday 18 December 2065 (checked with Python: 31 August 2065 is the Late Summer Bank
Holiday, so term mail starts on Tuesday 1 September; 18 December is a Friday). BST ends at 01:00 UTC on Sunday
25 October 2065: mail up to Friday 23 October is +0100, mail from Monday 26 October is +0000. There is no bank
holiday inside the window (the `holidays` package agrees); Christmas Day (Friday 25 December) and Boxing Day
(observed Monday 28 December) fall after it and one Knowsley notice count crosses both. One Knowsley step-down is
sent at 00:14 BST, when the UTC date is still the day before: counted from the Europe/London date it has 4 working
days, from the UTC date 5 (decisive).

Deterministic: no clock, no randomness. Boundaries, Message-IDs, Thread-Index values, Content-IDs and calendar UIDs
come from sha1 of the file name; zips have fixed timestamps. Run with /work/main/.venv/bin/python make_set.py
(`--stats` prints the tallies). pypdf and python-docx are used only by the self-checks, to read the hand-built PDFs
and .docx files back; `holidays` is required and must agree with the script's bank-holiday list. The MIME, Word HTML,
PDF, .docx, iCalendar, out-of-office, quote-chain, working-day, readable-text and self-check helpers are copied from
/work/main/tests/data/mixed27/make_set.py and adapted. Every label was set by hand from the specification; the
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
    """Local (Europe/London) wall-clock time. The window (Tuesday 1 September - Friday 18 December 2065) starts in
    British Summer Time (+0100) and ends in GMT (+0000): BST ends at 01:00 UTC on Sunday 25 October 2065. The self-check
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
            zi = zipfile.ZipInfo(name, date_time=(2065, 8, 3, 0, 0, 0))
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
KFF = MAILBOXES[("knowsley", "early_help_duty")]
KMASH = MAILBOXES[("knowsley", "mash_step_up")]
KBS = "mash.businesssupport@knowsley.gov.uk"
KDOM = "knowsley.gov.uk"

def knowsley_01():
    f = "knowsley_01.eml"; when = "2065-10-20 14:32:10"
    body = T("""
Hi all,

Please accept this invitation for the step up TAF meeting for the O'Hare children (EHM-77214) on Wednesday 28th October at 10:00 on Teams. I've invited the current TAF members separately (school, the community dental service and the neighbourhood officer from the housing trust).

Attached are the step up form, the GCP2 (completed with mum on 14/10/2065) and the minutes of our last TAF on 06/10/2065.

My team manager, Alison Fairhurst, went through the step up with me in supervision on 15th October and agreed it - her agreement is on the form.

Brief summary: home conditions have gone backwards since the summer. The two dogs aren't being walked and there was dog mess on the kitchen floor and the landing on each of my last three visits. The washing machine broke in August so the kids are going to school in dirty uniform. Tiegan has had five teeth out under GA and Cody is now on the waiting list; mum missed two of his dental appointments and his orthodontic review. Tiegan's attendance is 81%. Mum's Universal Credit was sanctioned in August and she is at the food bank every week. She is warm with the kids and they're close to her, but nothing we have put in has stuck.

Mum knows I'm requesting the step up.

Gemma

Gemma Lunt
Family First Case Manager | Kirkby Team | Knowsley Council
0151 496 0381 | 07700 900145

""") + KDISC
    form = docx_att("FF Step Up request to CSC - O'Hare.docx", appendix1([
        ("Case ID on EHM:", "EHM-77214"),
        ("Children:", "Tiegan O'Hare 03/05/2058; Cody O'Hare 21/11/2061"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Wednesday 28/10/2065, 10:00, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "High - mum lets us in on every visit and has come to every TAF; the toolkit has not been needed"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 06/10/2065"),
        ("What are we worried about?", "Home conditions: dog faeces on the kitchen floor and landing, no working "
         "washing machine, the children in dirty uniform. Dental neglect: Tiegan five extractions under GA, Cody on "
         "the GA list, two dental appointments and the orthodontic review missed. Tiegan's attendance 81%."),
        ("What is working well?", "Mum is warm and affectionate; the children are close to her and to their nan; "
         "mum is honest about money and uses the food bank."),
        ("What next?", "Step up to CSC for a C&F assessment; Family First to stay involved until it is completed."),
        ("Graded Care profile (If neglect should be completed).", "Completed 14/10/2065 - attached. Physical care "
         "grade 4, safety grade 3."),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Up to date police information if applicable:", "None"),
        ("Agreement by line manager:", "Agreed - Alison Fairhurst, Team Manager, 15/10/2065"),
        ("Contingency plan (Smart and timely).", "If not agreed: fortnightly unannounced visits, a dog-walking and "
         "cleaning routine agreed with mum, dental appointments diarised with school reminding mum the day before."),
    ]))
    gcp2 = pdf_att("GCP2 - O'Hare - 14.10.2065.pdf", "Graded Care Profile 2 (GCP2) - summary", [
        "Family: O'Hare. Children: Tiegan O'Hare, Cody O'Hare. Completed with mum: 14/10/2065 (Gemma Lunt).",
        "Area 1 Physical care: grade 4 (nutrition 3, housing 4, clothing 4, hygiene 4, health 4).",
        "Area 2 Care of safety: grade 3.", "Area 3 Love and care: grade 2.", "Area 4 Stimulation and education: grade 3.",
        "Summary: the physical care of both children is consistently below what they need; mum recognises it when it",
        "is pointed out but cannot sustain change."])
    minutes = docx_att("TAF minutes 06.10.2065 - O'Hare.docx", [
        "# Team Around the Family - minutes", "Date: 06/10/2065, 14:00, Kirkby Family Hub",
        "Present: mum, Gemma Lunt (Family First, chair), Tiegan's class teacher, the community dental nurse",
        "Dental: Cody's GA appointment on 22/09 missed; rebooked.", "School: uniform unwashed most days; Tiegan 81%.",
        "Agreed: Gemma to discuss a step up with her team manager."])
    cal = ics("REQUEST", f, dt(when), "20651028T100000", "20651028T113000",
              "Step up TAF meeting - O'Hare (EHM-77214)", "Microsoft Teams Meeting", body.split("Gemma Lunt")[0],
              ("Gemma Lunt", "Gemma.Lunt@" + KDOM),
              [("Knowsley MASH", KMASH, "REQ-PARTICIPANT", "NEEDS-ACTION"),
               ("MASH Business Support", KBS, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    top = outlook_top(f, addr("Lunt, Gemma", "Gemma.Lunt@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up TAF - O'Hare - EHM-77214 - Wed 28/10 10:00", when,
                      cc=addr("MASH Business Support", KBS),
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    add(f, itip_request_mail(f, top, body, cal, [form, gcp2, minutes]), "knowsley", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["EHM-77214"],
        [ch("Tiegan O'Hare", "2058-05-03", "03/05/2058"), ch("Cody O'Hare", "2061-11-21", "21/11/2061")],
        ["neglect", "school_attendance"], None, True, [], True, "book_meeting",
        "Knowsley seed 004 s4 / REQUIREMENTS knowsley step_up: the case manager's own Outlook meeting REQUEST (the "
        "Teams invitation the protocol says goes to the MASH inbox and MASH business support) carries the step-up form, "
        "the GCP2 (required because the concern is neglect) and the TAF minutes; EHM id, TM agreement ('agreed it'), "
        "meeting date all present -> nothing missing. NOTICE ACROSS THE CLOCKS CHANGE: sent Tue 20 Oct (BST), meeting "
        "Wed 28 Oct 10:00 GMT -> 6 working days (21, 22, 23, 26, 27, 28) >= 5 -> ok -> book_meeting. Concerns: dog "
        "mess, dirty uniform, dental neglect and missed dental appointments -> neglect; 81% -> school_attendance; the "
        "form's engagement line is 'High', so no non_engagement (and no Engaging Families toolkit needed). 'Mum knows "
        "I'm requesting the step up' is awareness, not consent -> null. Step-up level null.",
        meeting=date(2065, 10, 28), not_children=["Gemma Lunt", "Alison Fairhurst"])

def knowsley_02():
    f = "knowsley_02.eml"; when = "2065-10-01 00:14:37"
    body = T("""
Hi,

Sorry for the late email - I'm finishing my recording before I go on leave.

I'm stepping the Mulhearn family down to Family First at Level 3. Mum signed the Family First consent form at the CIN review on 24/09/2065.

Children:
Jayden-Lee Mulhearn - DOB 14/02/2055
Niamh Mulhearn - DOB 30/08/2060
ICS-2208841

Joint home visit: Wednesday 7th October at 10am, at home (41 Sandpiper Close, Halewood, L26 9ZQ).

Some background so the case manager isn't alarmed when they open the file. In 2063 the house was so full (hoarding) that Merseyside Fire served a notice, there was no working toilet, and the children went to their nan's for a week under a safety plan. They were on a child protection plan for neglect from March 2063 to January 2064 and have been on a CIN plan since. The house was cleared with the hoarding support service and it has stayed clear - I've done six unannounced visits this year and every one was fine. There are no current concerns about the home or about the care of the children.

What are we worried about?
Mum's mood drops in the winter (she's on sertraline and sees her GP monthly) and when she's low she stops opening the post. Niamh's attendance has dipped to 88% this term.

What is working well?
The house has stayed clear for over 18 months. Nan visits every Sunday. Both children are healthy, their dental checks are up to date, and Jayden-Lee is doing really well at his football.

What needs to happen?
A Family First case manager to keep up monthly visits through the winter, help mum with a routine for the post and the bills, and work with school on Niamh's mornings.

Thanks,
Declan

Declan Formby
Social Worker | Child in Need Team (Halewood) | Knowsley Council
0151 496 0512

""") + KDISC
    top = plain_top(f, addr("Formby, Declan", "Declan.Formby@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                    "Step down to Family First (Level 3) - Mulhearn - joint home visit Wed 7th Oct", when, KDOM,
                    "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, html_alt=True), "knowsley", "early_help_duty", when, 3,
        "near_miss", "step_down", False, 3, ["ICS-2208841"],
        [ch("Jayden-Lee Mulhearn", "2055-02-14", "14/02/2055"), ch("Niamh Mulhearn", "2060-08-30", "30/08/2060")],
        ["parental_mental_health", "school_attendance"], True, None, [], False, "request_info",
        "NEAR MISS: hoarding, a fire service notice, no toilet, a safety plan and a CP plan for neglect are all 2063-64 "
        "history, and 'There are no current concerns about the home' - not urgent, and neglect is not a current "
        "concern. Knowsley level 3 step-down (seed 004 s3; REQUIREMENTS knowsley step_down L3): joint home visit with "
        "date, time and venue, all three Signs of Safety headings, consent ('Mum signed the Family First consent form') "
        "-> nothing missing. NOTICE, DECISIVE ON THE LONDON DATE: sent at 00:14 BST on Thu 1 Oct (23:14 UTC on Wed "
        "30 Sep). DESIGN counts working days after 'today' in Europe/London time: Thu 1 Oct -> Wed 7 Oct is 4 working "
        "days (2, 5, 6, 7) < 5 -> not ok -> request_info; a reader who takes the UTC date (30 Sep) counts 5. Concerns: "
        "mum's low mood, sertraline -> parental_mental_health; 88% -> school_attendance.",
        meeting=date(2065, 10, 7), not_children=["Declan Formby"])

def knowsley_03():
    f = "knowsley_03.eml"; when = "2065-11-16 09:22:05"
    body = T("""
Hello,

I'm the family support worker at Westvale Park Primary. I haven't used this email before so I'm sorry if it's the wrong one - it's the one on the poster in the staff room.

Kayla-Rose Fitzsimmons (Year 3, age 7) arrived at 9.05 on her own and went straight to the breakfast club hatch. She's eaten three rounds of toast. She told me she hasn't had anything since her dinner at school on Friday except dry cereal out of the box. She says the electric went off on Saturday and the flat has been dark and cold.

What worries me most: she says her mum has been "asleep on the settee since yesterday and won't wake up, even when I shouted". Her little brother Alfie Fitzsimmons (2) is still in the flat with mum. Kayla-Rose said he was crying in his cot when she left and she couldn't lift him out.

I've rung mum's mobile four times and it goes straight to voicemail. There's no other adult on our contacts list (nan's number is disconnected). The address we have is Flat 6, Bewley Court, Tower Hill, Kirkby.

Kayla-Rose is with me in the family room. Please can someone ring me on 0151 496 0733 - I don't know whether I should be going round there.

Lisa Tyrer
Family Support Worker | Westvale Park Primary School
0151 496 0733
""")
    top = outlook_top(f, addr("Lisa Tyrer", "l.tyrer@westvalepark.example.sch.uk"), addr(None, KMASH),
                      "Kayla-Rose Fitzsimmons Y3 - please can someone ring me", when, mid_domain="westvalepark.example.sch.uk")
    add(f, mail(f, top, body, html_alt=True), "knowsley", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Kayla-Rose Fitzsimmons"), ch("Alfie Fitzsimmons")],
        ["neglect"], None, None, [], None, "alert_duty",
        "URGENT (DESIGN safety rule 1; Knowsley seed 004 'Any immediate safeguarding concerns should be communicated "
        "to the Duty Social Work Team in the MASH'), in plain words with no alarm word: a 2-year-old is at this moment "
        "alone in a dark, cold flat with a mother who 'won't wake up', and his 7-year-old sister has had no food since "
        "Friday. A school family support worker, not a lead professional asking for a step -> kind other; urgent -> "
        "alert_duty. Children named in full, ages only -> dob null. Concerns: no food, no electricity, a toddler left "
        "-> neglect (the cause of mum's state is not known, so no substance_misuse).",
        not_children=["Lisa Tyrer"])

def knowsley_04():
    f = "knowsley_04.eml"; when = "2065-12-18 10:41:50"
    hv = T("""
Shauna,

Just left the Keegans' flat (10.05 visit). The electric has been off since Saturday - the key meter ran out and mum says there's no money until her UC goes in on Tuesday. It was 9 degrees in the living room on my thermometer.

Oliwia (14 weeks) was in the Moses basket in a damp sleepsuit under a coat. She was cold to touch, her hands and feet were mottled and she only took 2oz while I was there. Mum says she's had two feeds since last night. Mum has the gas rings on and the oven door open for heat with all the windows shut, and she's keeping Oliwia in the kitchen next to it. Harvey was off school with a cough.

I told mum to take Oliwia to the walk-in centre now. She said she would "after she's sorted the meter". I've got a clinic at 11 that I can't get out of.

Kath

Kath Eccleston
Health Visitor | Huyton 0-19 Team | Mersey Community Health (NHS)
""")
    body = T("""
Hi MASH,

Step up request for the Keegan children (EHM-80391) - the form, the GCP2 (10/12/2065) and the minutes of the TAF on 09/12/2065 are attached. The step up TAF is Tuesday 29th December at 10am on Teams; the invite has gone from my calendar to you and MASH business support, and I've invited school and the health visitor. Sorry it's over Christmas - it was the only date the HV could do. My TM, Joanne Birchall, agreed the step up on Wednesday; it's on the form.

PS - Kath's email below came in while I was typing this. I'm on my way round to the flat now. Please read it.

Shauna

Shauna Carberry
Family First Case Manager | Huyton Team | Knowsley Council
07700 900287
""") + quote("Eccleston Kath (Mersey Community Health) <kath.eccleston@nhs.example.net>", "18 December 2065 10:29",
             "Carberry, Shauna <Shauna.Carberry@knowsley.gov.uk>", "Keegan - urgent - no electric", hv) + "\n" + KDISC
    form = docx_att("FF Step Up request to CSC - Keegan.docx", appendix1([
        ("Case ID on EHM:", "EHM-80391"),
        ("Children:", "Harvey Keegan 14/02/2061; Oliwia Keegan 10/09/2065"),
        ("Has this family recently closed to Children's Social Care?:", "No"),
        ("Date of step up TAF meeting:", "Tuesday 29/12/2065, 10:00, Microsoft Teams"),
        ("Level of Engagement (low/medium/high, has the Engaging Families Toolkit policy been followed?):",
         "Medium - mum sees us but struggles to follow through"),
        ("Recent TAF meeting minutes attached:", "Yes - TAF 09/12/2065"),
        ("What are we worried about?", "Repeated self-disconnection from the key meter, no food in the flat at three "
         "visits, Harvey's school attendance and hygiene, the baby's weight gain slowing."),
        ("What is working well?", "Mum loves the children; maternal aunt helps at weekends."),
        ("What next?", "Step up to CSC for a C&F assessment."),
        ("Graded Care profile (If neglect should be completed).", "Completed 10/12/2065 - attached"),
        ("Merseyside Exploitation Assessment - CE/CSE concern.", "N/A"),
        ("Agreement by line manager:", "Agreed - Joanne Birchall, Team Manager, 16/12/2065"),
        ("Contingency plan (Smart and timely).", "If not agreed: twice-weekly visits, fuel vouchers, HV weekly weights."),
    ]))
    gcp2 = pdf_att("GCP2 Keegan 10-12-2065.pdf", "Graded Care Profile 2 (GCP2) - Keegan", [
        "Completed with mum 10/12/2065 by Shauna Carberry.", "Physical care: grade 4. Safety: grade 3.",
        "Love and care: grade 2. Stimulation and education: grade 3."])
    minutes = pdf_att("TAF minutes 09.12.2065 Keegan.pdf", "TAF meeting - Keegan - 09/12/2065", [
        "Present: mum, Shauna Carberry (chair), Harvey's teacher, Kath Eccleston (HV).",
        "HV: Oliwia's weight gain has slowed (9th to 2nd centile). School: Harvey hungry most mornings.",
        "Agreed: step up to be discussed with the team manager."])
    top = outlook_top(f, addr("Carberry, Shauna", "Shauna.Carberry@" + KDOM), addr("Knowsley MASH", KMASH),
                      "Step up - Keegan - EHM-80391 - TAF Tues 29th Dec", when, cc=addr("MASH Business Support", KBS))
    add(f, mail(f, top, body, [form, gcp2, minutes], html_alt=True), "knowsley", "mash_step_up", when, 5,
        "urgent", "step_up", True, None, ["EHM-80391"],
        [ch("Harvey Keegan", "2061-02-14", "14/02/2061"), ch("Oliwia Keegan", "2065-09-10", "10/09/2065")],
        ["neglect"], None, True, [], True, "alert_duty",
        "URGENT IN THE FORWARDED PART (DESIGN safety rule 1: quoted and forwarded history is read): the health "
        "visitor's note, forwarded under a planned step-up, describes a 14-week-old cold and mottled, barely feeding, in "
        "a 9-degree flat with no electricity and the gas oven open for heat with the windows shut - now, with mum "
        "putting it off. The only alarm word is the forwarded subject ('urgent'). The step-up itself is complete "
        "(seed 004 s4: form, GCP2 for neglect, TAF minutes, EHM id, TM agreed, meeting): missing []. NOTICE ACROSS "
        "CHRISTMAS: Fri 18 Dec -> Tue 29 Dec is 7 plain weekdays but Christmas Day (Fri 25) and Boxing Day observed "
        "(Mon 28) are bank holidays -> exactly 5 working days (21, 22, 23, 24, 29) -> ok. Urgent -> alert_duty.",
        meeting=date(2065, 12, 29), not_children=["Shauna Carberry", "Kath Eccleston", "Joanne Birchall"])

def knowsley_05():
    f = "knowsley_05.eml"; when = "2065-09-04 15:48:12"
    blocks = [
        "Good afternoon,",
        "",
        "I'm writing to let you know that Ruby will be stepping down to Level 2 at her final CIN meeting. The details are below.",
        "",
        ("table", [["Step down to Level 2", ""],
                   ["Child", "Ruby McAllister, DOB 12/06/2056"],
                   ["ICS ID", "ICS-2197730"],
                   ["Final CIN meeting", "Friday 11th September 2065, 2.00pm"],
                   ["Venue", "Kirkby Family Hub, Cherryfield Drive - Room 2"],
                   ["Lead Practitioner (Level 2)", "Bernadette Cairns, Family Support Worker, St Aidan's Catholic Primary School"]]),
        ("h", "What are we worried about?"),
        "Ruby's weight - she is above the 99th centile and gets out of breath in PE. Mum works nights and finds it hard to say no to takeaways and treats when money is tight and she's exhausted. Ruby still has two fillings outstanding with the community dental service.",
        "",
        ("h", "What is working well?"),
        "Mum has kept every dental and school nurse appointment since June (she missed four last year). Ruby has joined the school's Fit Families programme and goes swimming on Saturdays with her auntie. Her attendance is 96%.",
        "",
        ("h", "What needs to happen?"),
        "Bernadette to lead a Level 2 Early Help plan: Fit Families to run until December, the two fillings done, and mum linked to the holiday food programme and Healthy Start.",
        "",
        "Mum agreed to the step down, and to school taking the lead, when I visited on 1st September.",
        "",
        "Many thanks,",
        "Femi",
        "",
        "Femi Adeyinka",
        "Social Worker | Child in Need Team (Prescot) | Knowsley Council",
        "0151 496 0644",
    ]
    top = outlook_top(f, addr("Adeyinka, Femi", "Femi.Adeyinka@" + KDOM), addr("Family First 0-18 Duty Mailbox", KFF),
                      "Level 2 step down - Ruby McAllister - final CIN Fri 11th Sept 2pm", when)
    add(f, word_mail(f, top, blocks), "knowsley", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 2, ["ICS-2197730"],
        [ch("Ruby McAllister", "2056-06-12", "12/06/2056")],
        ["neglect"], True, None, [], True, "book_meeting",
        "Knowsley level 2 step-down (seed 004 s2; REQUIREMENTS knowsley step_down L2) in a Word table: final CIN "
        "meeting date, time and venue, a named Lead Practitioner with her agency (St Aidan's), all three Signs of "
        "Safety headings -> nothing missing. NOTICE EXACTLY 5: Fri 4 Sep -> Fri 11 Sep = 7, 8, 9, 10, 11 = 5 working "
        "days -> ok -> book_meeting. Level 2 stated. Consent 'Mum agreed to the step down' -> true (not required at "
        "L2). Concerns: weight above the 99th centile with mum unable to manage the diet, fillings outstanding -> "
        "neglect; attendance 96% is good, so no school_attendance; the missed appointments were last year.",
        meeting=date(2065, 9, 11), not_children=["Femi Adeyinka", "Bernadette Cairns"])

def knowsley_06():
    f = "knowsley_06.eml"; when = "2065-10-27 08:51:33"
    comment = ("I'll be there. For the chair, so there's no confusion on Wednesday: the report on our system for 14 "
               "Heathfield Road about children left alone, police forcing the door and dog mess through the house is "
               "from 2062 and was the previous tenants, not Ms O'Hare's family - they only moved in last year. Our "
               "current issues with Ms O'Hare are the repairs backlog and the rent arrears. Carl")
    add(f, itip_reply(f, when, "Carl Whitfield", "carl.whitfield@knowsleyhousing.example.org",
                      ("Knowsley MASH", KMASH), "ACCEPTED",
                      "Step-up TAF meeting - O'Hare [SB-knowsley-212]", "20651028T100000", "20651028T113000",
                      "Microsoft Teams Meeting", comment=comment),
        "knowsley", "mash_step_up", when, 2,
        "near_miss", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "NEAR MISS: an Outlook iTIP REPLY (PARTSTAT=ACCEPTED) whose comment mentions children left alone, police "
        "forcing the door and dog mess - but from 2062 and about a different family (the previous tenants). DESIGN: "
        "kind meeting_reply -> record_reply; no requirements; no child named in full; reference SB-knowsley-212.")

def knowsley_07():
    f = "knowsley_07.eml"; when = "2065-12-10 16:05:40"
    body = T("""
Thank you for your email.

I am on leave from Thursday 10 December and back in the office on Monday 4 January. I will not be checking my emails.

If your email is about a child on my caseload please contact the Child in Need Team duty line on 0151 496 0290.

If you have a safeguarding concern that needs an urgent response please contact MASH. In an emergency call 999.

Connor Halligan
Social Worker | Child in Need Team (Huyton)
""")
    add(f, ooo(f, when, "Halligan, Connor", "Connor.Halligan@" + KDOM, addr("Family First 0-18 Duty Mailbox", KFF),
               "Step down - Kirwan-Doyle [SB-knowsley-230]", body), "knowsley", "early_help_duty", when, 3,
        "ordinary", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "Outlook out-of-office ('Automatic reply:', Auto-Submitted: auto-replied, X-Auto-Response-Suppress: All) to a "
        "stepbot message about SB-knowsley-230. DESIGN safety rule 2: never answered -> ignore. 'safeguarding concern "
        "... urgent response ... 999' is boilerplate, not a risk.")

def knowsley_08():
    f = "knowsley_08.eml"; when = "2065-11-09 12:17:03"
    ack = ack_text("step up", "[SB-knowsley-198]",
                   ["Case: EHM-79922", "Child: Shay Kerrigan (07/07/2059)", "Step-up TAF meeting: Wednesday 18 November 2065, 13:30"],
                   ["the minutes of the most recent TAF meeting", "confirmation that your team manager has agreed the step-up"])
    body = T("""
Hi,

Sorry - the TAF minutes for Shay are attached now (TAF held 30/10/2065).

My TM, Sue Gerrard, has read the step up and agreed it this morning. I've copied her in.

Mandy

Mandy Roberts
Family First Case Manager | Halewood Team | Knowsley Council
""") + quote("Knowsley MASH <knowsleymash@knowsley.gov.uk>", "06 November 2065 15:02",
             "Roberts, Mandy <Mandy.Roberts@knowsley.gov.uk>", "Step up - Kerrigan [SB-knowsley-198]", ack) + "\n" + KDISC
    minutes = docx_att("TAF minutes 30.10.2065 - Kerrigan.docx", [
        "# Team Around the Family - minutes", "Date: 30/10/2065, 10:00, Halewood Family Hub",
        "Present: dad, Mandy Roberts (Family First, chair), school nurse, Shay's form tutor",
        "Discussed: Shay still sleeps on a mattress on the floor with no bedding; dog mess in the yard and the back "
        "kitchen; school nurse weighed Shay on 22/10 - below the 2nd centile; dad has missed two appointments with "
        "the paediatric dietitian.",
        "Agreed: Mandy to take the step up to her team manager."])
    top = outlook_top(f, addr("Roberts, Mandy", "Mandy.Roberts@" + KDOM), addr("Knowsley MASH", KMASH),
                      "RE: Step up - Kerrigan [SB-knowsley-198]", when, cc=addr("Gerrard, Sue", "Sue.Gerrard@" + KDOM))
    add(f, mail(f, top, body, [minutes], html_alt=True), "knowsley", "mash_step_up", when, 5,
        "ordinary", "follow_up", False, None, ["EHM-79922"],
        [ch("Shay Kerrigan", "2059-07-07", "07/07/2059")],
        ["neglect"], None, True, [], None, "attach_to_request",
        "Follow-up (DESIGN kind follow_up: a reply adding to an existing request, SB-knowsley-198 in the subject) "
        "bringing the TAF minutes and the TM's agreement ('agreed it this morning', the TM copied in) -> manager true; "
        "attach_to_request; follow-ups have no requirements -> missing [] and notice null. Case id and child with DOB "
        "from the quoted acknowledgement; the quoted 'What is missing' list is not a concern. Concerns from the "
        "attached minutes: no bed, dog mess, under the 2nd centile, missed dietitian appointments -> neglect.",
        not_children=["Mandy Roberts", "Sue Gerrard"])


# ============================================================================= RICHMOND & WANDSWORTH
RSU = MAILBOXES[("richmond_wandsworth", "mash_step_up")]
RED = MAILBOXES[("richmond_wandsworth", "early_help_duty")]
RDOM = "richmondandwandsworth.gov.uk"

def richmond_wandsworth_01():
    f = "richmond_wandsworth_01.eml"; when = "2065-09-09 11:12:44"
    body = T("""
Dear MASH colleagues,

Following a reflective discussion in supervision with our Early Help practitioner, Dami Akinola, on 7th September, I have agreed that the Bankole family should be stepped up to Children's Services. The latest case summary is attached.

Children:
Temitope Bankole - 19/01/2054
Folake Bankole - 02/08/2057
Daniel Bankole - 27/03/2062

Mosaic ID: 3318820

Rationale for step up
The family have had an Early Help plan since February for home conditions and the children's health. After seven months the plan has not made a difference:
- The flat (two bedrooms, five people) has black mould across the children's bedroom wall and ceiling. The repairs have been reported to the landlord four times. Mum has blocked the vents with towels to keep the heat in because she cannot afford to heat the flat.
- Daniel (3) has been admitted twice with asthma since June and has missed his last five asthma clinic appointments; his preventer inhaler has not been collected since July.
- Folake has untreated tooth decay and has been in pain at school.
- Mum has cancelled, or not been in for, six of our last eight visits and did not come to the last two TAF meetings.
We do not think the children's health needs can be met without a statutory assessment.

Mum knows we are making this request. She does not agree with it and has said she will not speak to a social worker.

Kind regards,

Niamh Callaghan
Early Help Team Manager | Roehampton & Putney Locality
Richmond and Wandsworth Children's Services
020 7946 0733

""") + RDISC
    summary = docx_att("Case summary - Bankole - Sept 2065.docx", [
        "# Case summary - Bankole family", "Prepared by Dami Akinola, Early Help Practitioner, 07/09/2065",
        "Household: mum (Adebisi Bankole), Temitope (11), Folake (8), Daniel (3), maternal grandmother.",
        "Early Help plan since 12/02/2065: home conditions, damp and mould, the children's health appointments.",
        "Progress: landlord repairs outstanding; Daniel two asthma admissions (June, August); five asthma clinic "
        "appointments missed; Folake dental pain reported by school; six of eight home visits missed."])
    top = outlook_top(f, addr("Callaghan, Niamh", "Niamh.Callaghan@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up request - Bankole family - Mosaic ID 3318820", when)
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["3318820"],
        [ch("Temitope Bankole", "2054-01-19", "19/01/2054"), ch("Folake Bankole", "2057-08-02", "02/08/2057"),
         ch("Daniel Bankole", "2062-03-27", "27/03/2062")],
        ["neglect", "non_engagement"], False, True, [], None, "book_meeting",
        "Richmond & Wandsworth step-up (seed 000 'Process to Step Up'; REQUIREMENTS richmond_wandsworth step_up): sent "
        "by the Early Help Team Manager with the latest case summary attached and the rationale pasted under its own "
        "heading -> nothing missing -> book_meeting (the invitation is MASH business support's, within 1 WD). "
        "'Mosaic ID: 3318820' -> '3318820'. Manager: the team manager writes 'I have agreed' -> true. Consent: mum 'does "
        "not agree with it' -> false (a stated refusal; consent is not a step-up requirement here). Concerns: black "
        "mould, untreated decay, missed asthma clinics and uncollected inhalers -> neglect; six of eight visits and two "
        "TAFs missed -> non_engagement.",
        not_children=["Niamh Callaghan", "Dami Akinola", "Adebisi Bankole"])

def richmond_wandsworth_02():
    f = "richmond_wandsworth_02.eml"; when = "2065-10-13 10:37:21"
    text = T("""
Hi, I got this address off the council website, I hope it's the right one.

I'm a housing officer. I came to Flat 23 Falcon House, Batts Lane SW18 at 10 for a booked damp inspection. The door was on the latch. There are three little children in the flat on their own, no adult. The neighbour at 24 says she heard the mum go out about 11 last night and nobody has come back.

From our tenancy record: tenant Chantelle Rowe; household Kaiden Rowe (6), Leo Rowe (4), Ariana Rowe (14 months).

The baby is in her cot, her nappy is soaked through and she has a red raw rash, there's a bottle in the cot with the milk gone lumpy. The two boys are in pyjamas, they'd been eating dry cereal off the floor. There's dog mess in the hall and the kitchen and the dog is shut in the bathroom barking. Nothing in the fridge, the meter is on emergency credit.

I'm staying here with them. My number is 07700 900418.

Marcus Quaye
Housing Officer, Wandsworth Council Housing Services

Sent from my iPhone
""")
    top = plain_top(f, addr("Marcus Quaye", "Marcus.Quaye@wandsworth-housing.example.org"), addr(None, RSU),
                    "children on their own at Flat 23 Falcon House", when, "wandsworth-housing.example.org", None)
    add(f, iphone_mail(f, top, text), "richmond_wandsworth", "mash_step_up", when, 3,
        "urgent", "other", True, None, [],
        [ch("Kaiden Rowe"), ch("Leo Rowe"), ch("Ariana Rowe")],
        ["neglect"], None, None, [], None, "alert_duty",
        "URGENT (DESIGN safety rule 1; seed 000 'immediate child protection concerns'), no alarm word: a housing "
        "officer at a damp inspection finds a 6-year-old, a 4-year-old and a 14-month-old alone since last night, the "
        "baby in a soaked nappy with a lumpy bottle, dog mess, no food. A housing officer is not asking for a step -> "
        "other; urgent -> alert_duty. Children from the tenancy list with ages only (dob null); the tenant Chantelle "
        "Rowe is an adult. Concerns: neglect.",
        not_children=["Chantelle Rowe", "Marcus Quaye"])

def richmond_wandsworth_03():
    f = "richmond_wandsworth_03.eml"; when = "2065-11-19 15:55:09"
    agata = T("""
Graham,

Joint home fire safety visit with the fire service (Watch Manager Deji Lawal, Battersea) at 2pm today at the Zieliński flat:

- The boys' bedroom (Wiktor 9, Tymon 5) can only be reached by climbing over bags stacked to chest height along the hall. The bedroom door only opens about a foot.
- An electric heater was on behind the bags in the bedroom, plugged into an extension lead from the hall, with clothes drying over it.
- The smoke alarm has been taken down - dad said it "kept going off".
- The boys' mattresses are on top of bags; Tymon's has a scorch mark.

Dad refused to move anything or to let the crew fit a new alarm. He said the boys will sleep where they always sleep. The Watch Manager told me he would not leave children in that room tonight and that he is reporting it to his own safeguarding lead.

Mum is in Poland until next Thursday.

Agata

Agata Wróbel
Early Help Practitioner | Wandsworth North
""")
    body = T("""
MASH,

Step up for the Zieliński brothers. I've agreed this with Agata (their Early Help worker) this afternoon. The case summary is attached and our rationale is below. I've also rung the duty desk and left a message.

Please read Agata's note from this afternoon first - the boys will be sleeping in that room tonight.

Children: Wiktor Zieliński (04/04/2056), Tymon Zieliński (17/12/2059)

Rationale for step up
Five months of Early Help have not changed the hoarding, which is now worse than at the start of the plan. Dad has declined the hoarding support service three times and would not let our worker into the bedrooms until today. School report the boys arrive hungry and in unwashed clothes. The fire service's findings today show the home is not safe for the children to sleep in. We think a statutory assessment is needed.

Graham

Graham Tuffnell
Early Help Team Manager | Wandsworth North Locality
Richmond and Wandsworth Children's Services
""") + quote("Wróbel, Agata <Agata.Wrobel@richmondandwandsworth.gov.uk>", "19 November 2065 15:20",
             "Tuffnell, Graham <Graham.Tuffnell@richmondandwandsworth.gov.uk>", "Zieliński - home fire safety visit today",
             agata) + "\n" + RDISC
    summary = pdf_att("Case summary - Zielinski - Nov 2065.pdf", "Case summary - Zielinski family", [
        "Children: Wiktor Zielinski (9), Tymon Zielinski (5). Early Help plan since 16/06/2065.",
        "Presenting needs: hoarding in a two-bedroom flat; the children's hygiene and clothing; meals at school only.",
        "Engagement: dad declined the hoarding support service on 02/07, 28/08 and 30/09/2065."])
    top = outlook_top(f, addr("Tuffnell, Graham", "Graham.Tuffnell@" + RDOM), addr("MASH Step Up", RSU),
                      "Step up - Zieliński - Mosaic 3402217 / 3402218", when)
    add(f, mail(f, top, body, [summary], html_alt=True), "richmond_wandsworth", "mash_step_up", when, 4,
        "urgent", "step_up", True, None, ["3402217", "3402218"],
        [ch("Wiktor Zieliński", "2056-04-04", "04/04/2056"), ch("Tymon Zieliński", "2059-12-17", "17/12/2059")],
        ["neglect", "non_engagement"], None, True, [], None, "alert_duty",
        "URGENT (DESIGN safety rule 1; seed 000: immediate concerns go to MASH at once, not through the step-up queue): "
        "two boys will sleep tonight in a hoarded room reached over chest-high bags, a heater on under drying clothes, "
        "no smoke alarm, dad refusing any change, the fire crew saying they would not leave children there tonight "
        "(the EH worker's note quoted under the manager's). Otherwise a complete R&W step-up from the Early Help Team "
        "Manager: case summary attached, rationale under its heading -> missing []. Mosaic ids from the subject "
        "('Mosaic 3402217 / 3402218') -> bare numbers. Manager: 'I've agreed this' -> true. Concerns: hoarding, "
        "hunger, unwashed clothes -> neglect; declined the hoarding service three times -> non_engagement.",
        not_children=["Graham Tuffnell", "Agata Wróbel", "Deji Lawal"])

def richmond_wandsworth_04():
    f = "richmond_wandsworth_04.eml"; when = "2065-12-07 11:48:30"
    ack = ack_text("step down", "[SB-richmond_wandsworth-63]",
                   ["Child: Lily-Mae Donoghue (22/09/2062)", "Mosaic ID: 2984410",
                    "Case discussion: Thursday 10 December 2065, 14:00 (Microsoft Teams)"],
                   ["the draft plan for Early Help"])
    body = T("""
Please put this step-down on hold.

The co-ordinator at Ham food bank rang me ten minutes ago. Mum is there now with Lily-Mae. Lily-Mae's right hand is wrapped in a tea towel; underneath, the back of her hand and her fingers are blistered and weeping. Mum says she pulled the kettle over on Saturday. Nobody has looked at it - mum says she had no money for the bus to Kingston and "didn't want the questions". The co-ordinator says Lily-Mae is very quiet, hot to touch and keeps holding her arm up. Mum has said she is leaving with her as soon as her parcel is packed.

I'm in court in Kingston until 1 and can't get there. The food bank's number is 020 7946 0577 (ask for Bernie).

Yvonne

Yvonne Okafor
Social Worker | Family Support and Protection (Richmond)
""") + quote("Early Help Duty <EarlyHelpDuty@richmondandwandsworth.gov.uk>", "03 December 2065 09:12",
             "Okafor, Yvonne <Yvonne.Okafor@richmondandwandsworth.gov.uk>", "Step down - Donoghue [SB-richmond_wandsworth-63]",
             ack)
    top = outlook_top(f, addr("Okafor, Yvonne", "Yvonne.Okafor@" + RDOM), addr("Early Help Duty", RED),
                      "RE: Step down - Donoghue [SB-richmond_wandsworth-63]", when)
    add(f, mail(f, top, body, html_alt=True), "richmond_wandsworth", "early_help_duty", when, 3,
        "urgent", "follow_up", True, None, ["2984410"],
        [ch("Lily-Mae Donoghue", "2062-09-22", "22/09/2062")],
        ["neglect", "physical_harm"], None, None, [], None, "alert_duty",
        "URGENT FOLLOW-UP (DESIGN: urgent whatever its kind; alert_duty comes before attach_to_request): a 3-year-old "
        "at a food bank now with a two-day-old scald, blistered and weeping, never treated ('didn't want the "
        "questions'), hot and quiet, and about to be taken away. No alarm word. A reply to SB-richmond_wandsworth-63 "
        "-> follow_up; missing [] (no requirements for a follow-up). Child, DOB and Mosaic id from the quoted "
        "acknowledgement. Concerns: an untreated burn -> neglect; an unexplained injury the parent hides -> "
        "physical_harm.",
        not_children=["Yvonne Okafor"])

def richmond_wandsworth_05():
    f = "richmond_wandsworth_05.eml"; when = "2065-10-05 14:20:15"
    body = T("""
Hi Jasper,

Thanks for the call this morning - confirming the case discussion we agreed for Thursday 8th October at 10am on Teams. The latest case summary and the draft Early Help plan are attached.

Children: Jordan Mensah-Whyte (11/05/2051) and Summer Mensah-Whyte (03/10/2056). Mosaic ID 3120456.

I know the history will jump out when you open the file, so in short: in February 2064 the police found Jordan and Summer alone in the flat at night with no gas or electricity, it was below freezing, and Summer (then 7) had been off school for two weeks. They stayed with their aunt under a section 20 agreement for three weeks and were on a child protection plan for neglect until July this year. That is all behind them now. Mum has been in work since April, the flat has a new boiler and is on a standard credit meter, and there are no current child protection concerns - the CIN review on 22/09/2065 agreed unanimously to step down.

What is left for Early Help: Jordan's attendance (84%) and his mood since his grandad died in the summer, and some help for mum with budgeting over the winter.

Mum and Jordan both agreed to Early Help at the CIN review, and mum signed the consent on the day. The school's pastoral lead, Mr Okonkwo, is happy to be the Lead Professional.

Thanks,
Priya

Priya Nandakumar
Social Worker | Child in Need Team (Wandsworth)
Richmond and Wandsworth Children's Services

""") + RDISC
    summary = pdf_att("Case summary - Mensah-Whyte.pdf", "Case summary - Mensah-Whyte (CIN)", [
        "Children: Jordan Mensah-Whyte (14), Summer Mensah-Whyte (9).",
        "History: CP plan (neglect) 03/2064 - 07/2065, ended; CIN plan since July 2065.",
        "Current: the home is warm and well kept; mum employed; Jordan's attendance 84%."])
    plan = docx_att("Draft Early Help plan - Mensah-Whyte.docx", [
        "# Draft Early Help plan", "1. Jordan's attendance: school attendance officer and pastoral lead, weekly check-in.",
        "2. Jordan's bereavement: referral to the school counsellor.", "3. Budgeting: Citizens Advice appointment before December."])
    top = outlook_top(f, addr("Nandakumar, Priya", "Priya.Nandakumar@" + RDOM), addr("Early Help Duty", RED),
                      "Step down to Early Help - Mensah-Whyte - case discussion Thurs 8th 10am", when,
                      cc=addr("Quint, Jasper", "jasper.quint@" + RDOM))
    add(f, mail(f, top, body, [summary, plan], html_alt=True), "richmond_wandsworth", "early_help_duty", when, 5,
        "near_miss", "step_down", False, None, ["3120456"],
        [ch("Jordan Mensah-Whyte", "2051-05-11", "11/05/2051"), ch("Summer Mensah-Whyte", "2056-10-03", "03/10/2056")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS: children alone at night in a freezing flat, section 20, a CP plan for neglect - all 2064 history, "
        "'That is all behind them now' and 'there are no current child protection concerns'. Complete R&W step-down "
        "(seed 000 'Process to Step Down'; REQUIREMENTS richmond_wandsworth step_down): the case discussion agreed by "
        "phone and confirmed by email for Thu 8 Oct (within 5 days of the contact), case summary .pdf and draft plan "
        ".docx, consent ('mum signed the consent') -> nothing missing -> book_meeting. No notice period for R&W -> "
        "notice null. Jordan is 14. Concerns: 84% -> school_attendance; neglect is historic.",
        not_children=["Priya Nandakumar"])

def richmond_wandsworth_06():
    f = "richmond_wandsworth_06.eml"; when = "2065-10-14 07:30:02"
    text = T("""
WANDLE VALLEY FOOD BANK - VOLUNTEER & PARTNER BULLETIN, OCTOBER

1. Fuel vouchers are back
From Monday 19 October we can again give fuel vouchers (£49) to households on prepayment meters who have self-disconnected or are on emergency credit. Vouchers need a referral from a partner agency - Early Help, health visitors, schools and housing officers can all refer.

2. Warm spaces
St Anne's hall and the Southfields library are open as warm spaces Monday to Friday, 10am-4pm, with hot drinks and soup.

3. If you are worried about a child who comes in
Most of the families we see are doing their very best on far too little. But please remember what we covered in September's training. For example: a child who arrives on their own and says there has been no electricity for days and their parent "won't wake up"; a baby who feels cold to the touch; a toddler with a burn that nobody has looked at. If a child is in danger right now, call 999. If you think a child may be at immediate risk, tell the session lead straight away and they will phone the MASH. Never try to investigate yourself, and never promise a child you will keep a secret.

Last winter one of our volunteers noticed a little boy who came in every week in the same summer clothes. She mentioned it to the session lead and the family now have an Early Help worker and a winter coat. Small things matter.

4. Christmas hampers
Referrals for Christmas hampers close on Friday 27 November.

Thank you all,
Ruth Adeyemi-Sinclair
Volunteer Co-ordinator, Wandle Valley Food Bank
Registered charity no. 1198765

You are receiving this because your organisation is a referral partner. Unsubscribe: https://wandlevalleyfoodbank.example.org/unsubscribe
""")
    html_body = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial,sans-serif\">\n"
                 + "".join("<p>%s</p>\n" % esc(p).replace("\n", "<br>\n") for p in text.split("\n\n"))
                 + "</body></html>\n")
    top = plain_top(f, addr("Wandle Valley Food Bank", "bulletin@wandlevalleyfoodbank.example.org"),
                    addr(None, RED), "Volunteer & partner bulletin - October: fuel vouchers, warm spaces and worries about a child",
                    when, "wandlevalleyfoodbank.example.org", "Mailchimp Mailer",
                    extra=[("List-Id", "Wandle Valley Food Bank partners <partners.wandlevalleyfoodbank.example.org>"),
                           ("List-Unsubscribe", "<https://wandlevalleyfoodbank.example.org/unsubscribe>"),
                           ("Precedence", "bulk")])
    add(f, alt_mail(f, top, text, html_body), "richmond_wandsworth", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a food bank's partner bulletin (List-Id, Precedence: bulk, no Auto-Submitted) whose safeguarding "
        "section lists EXAMPLES ('For example: a child who arrives on their own ... won't wake up'; 'a baby who feels "
        "cold'; 'a burn that nobody has looked at') and a resolved story from last winter. DESIGN safety rule 1: "
        "bulletins that list examples must not trigger. Not a request -> other -> human_review; no child named.")

def richmond_wandsworth_07():
    f = "richmond_wandsworth_07.eml"; when = "2065-11-24 09:03:48"
    add(f, google_reply(f, when, "Hannah Whitlock", "h.whitlock@roehamptonchurch.example.sch.uk",
                        ("MASH Step Up", RSU), "ACCEPTED", "Step-up case discussion - Bankole [SB-richmond_wandsworth-71]",
                        "20651126T100000Z", "20651126T110000Z", "Microsoft Teams Meeting",
                        "Thu 26 Nov 2065 10:00 - 11:00 (GMT)"),
        "richmond_wandsworth", "mash_step_up", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Google Calendar iTIP REPLY (text/calendar method=REPLY, PARTSTAT=ACCEPTED, plus invite.ics) from the school's "
        "DSL to the step-up case discussion (SB-richmond_wandsworth-71): meeting_reply -> record_reply. The meeting "
        "(26 Nov) is in GMT, times written in UTC.")

def richmond_wandsworth_08():
    f = "richmond_wandsworth_08.eml"; when = "2065-09-25 13:30:27"
    body = T("""
Hi,

I'd like to step the Haddad children down to Early Help following my C&F assessment. I spoke to Jasper (EH duty manager) on Wednesday and we pencilled in Tuesday 29th at 2pm for the case discussion. The case summary is attached; the draft plan will follow on Monday - I'm waiting for the school's part.

Amir Haddad 14/03/2057, Layla Haddad 30/06/2060. Mosaic ID 3356071.

Dad has been a single parent since mum went back to Lebanon and works nights on a zero-hours contract. The flat is on a prepayment meter and he self-disconnects most weeks before payday. Amir (8) had six teeth taken out under general anaesthetic in June and is still below the 2nd centile for weight; Layla often arrives at school hungry. Dad loves them and is doing his best, but he is exhausted.

Consent: dad says he'll think about Early Help over the weekend and let me know on Monday.

Callum

Callum Baptiste
Social Worker | Assessment Team (Richmond)
Richmond and Wandsworth Children's Services
""")
    summary = docx_att("Case summary - Haddad.docx", [
        "# Case summary - Haddad", "C&F assessment completed 23/09/2065 by Callum Baptiste.",
        "Outcome: needs can be met by Early Help; no statutory plan."])
    top = plain_top(f, addr("Baptiste, Callum", "Callum.Baptiste@" + RDOM), addr("Early Help Duty", RED),
                    "Step down - Haddad - case summary attached, plan to follow", when, RDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body, [summary]), "richmond_wandsworth", "early_help_duty", when, 6,
        "ordinary", "step_down", False, None, ["3356071"],
        [ch("Amir Haddad", "2057-03-14", "14/03/2057"), ch("Layla Haddad", "2060-06-30", "30/06/2060")],
        ["neglect"], None, None, ["consent", "draft_plan"], None, "request_info",
        "R&W step-down (seed 000; REQUIREMENTS richmond_wandsworth step_down: case_summary, draft_plan, consent): case "
        "summary attached; the draft plan 'will follow on Monday' -> draft_plan missing; dad 'will think about Early "
        "Help' -> consent not yet given -> null -> missing -> request_info. Concerns: six extractions, below the 2nd "
        "centile, a child arriving hungry -> neglect (poverty and the meter are the context).",
        not_children=["Callum Baptiste"])


# ============================================================================= TOWER HAMLETS
TMAST = MAILBOXES[("tower_hamlets", "mash_step_up")]
TEH = MAILBOXES[("tower_hamlets", "early_help_duty")]
TDOM = "towerhamlets.gov.uk"

def tower_hamlets_01():
    f = "tower_hamlets_01.eml"; when = "2065-09-15 10:20:36"
    body = T("""
Dear MAST,

Please find attached a Multi-Agency Request for Support for the children below, whom we have supported under an Early Help plan since January. My manager, Shirin Akhtar, has agreed this step up - she is copied in.

Arif Hossain - 09/09/2056
Sumaiya Begum - 23/04/2059
Ayesha Hossain - 01/12/2063
(The children are full siblings; the girls carry a different family name, as is usual in the family.)

Mosaic: 1620345

Summary: seven people in a one-bedroom flat in Poplar with severe damp and black mould. Ayesha has had three chest infections since July and has not had her one-year immunisations. Dad's gambling means the Universal Credit is gone within days and the family rely on the food bank every week. Dad has refused our visits since August and will not let the health visitor in.

Kind regards
Shamima

Shamima Khanom
Early Help Practitioner | Family Wellbeing Service (Poplar)
London Borough of Tower Hamlets

""") + TDISC
    marf = pdf_att("MARF - Hossain Begum family.pdf", "Multi-Agency Request for Support (MARF)", [
        "Referrer: Shamima Khanom, Early Help Practitioner, Family Wellbeing Service (Poplar).",
        "Children: Arif Hossain (09/09/2056), Sumaiya Begum (23/04/2059), Ayesha Hossain (01/12/2063).",
        "Reason for request: overcrowding, damp and mould, repeated chest infections, missed immunisations,",
        "family income lost to gambling, father refusing home visits since August 2065.",
        "Parents informed of the request: yes (father).", "Manager agreement: Shirin Akhtar, 14/09/2065."])
    top = outlook_top(f, addr("Khanom, Shamima", "Shamima.Khanom@" + TDOM), addr("MAST", TMAST),
                      "Step up to CSC - Hossain / Begum children - MARF attached", when,
                      cc=addr("Akhtar, Shirin", "Shirin.Akhtar@" + TDOM))
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 4,
        "ordinary", "step_up", False, None, ["1620345"],
        [ch("Arif Hossain", "2056-09-09", "09/09/2056"), ch("Sumaiya Begum", "2059-04-23", "23/04/2059"),
         ch("Ayesha Hossain", "2063-12-01", "01/12/2063")],
        ["neglect", "non_engagement"], None, True, [], None, "book_meeting",
        "Complete Tower Hamlets MAST step-up (seed 001 'Step Up'; REQUIREMENTS tower_hamlets step_up: MARF + manager): "
        "MARF attached as a PDF; 'My manager, Shirin Akhtar, has agreed this step up - she is copied in' -> true -> "
        "book_meeting. Siblings with different family names are all children of the request. 'Mosaic: 1620345' -> "
        "'1620345'. Concerns: damp, chest infections, missed immunisations -> neglect; dad refusing visits since "
        "August -> non_engagement. 'Parents informed' is not consent -> null.",
        not_children=["Shamima Khanom", "Shirin Akhtar"])

def tower_hamlets_02():
    f = "tower_hamlets_02.eml"; when = "2065-09-30 16:40:19"
    body = T("""
Hello Early Help Hub,

I concluded the Child and Family Assessment for the Ahmed children on 28/09/2065 and the outcome is a step down to a TAF with a Lead Practitioner. The assessment and the draft TAF plan are attached.

Rehan Ahmed 17/02/2058; Maryam Ahmed 05/11/2061. Mosaic 1598832.

The referral in August came from a neighbour, who reported the children "left alone for hours, screaming, the flat stinking, dog mess everywhere". On assessment none of this was found: mum was at home on every one of my four visits (two unannounced), the screaming was the children playing, there is no dog, and the flat was clean, if very cramped. Police found nothing of concern on their welfare check. No child protection concerns were identified and this is not a case for CIN.

What remains: overcrowding (four in a studio - the family are band 2 for rehousing), Rehan's attendance (86%), and mum would like some parenting support with Maryam's sleep.

Mum consents to Early Help and to the plan. Lead Practitioner: Farzana Uddin, Family Support Worker, Limehouse Fields Primary School - agreed on 29/09.

I'll arrange and chair the TAF meeting and get the minutes on Mosaic within 10 working days.

Oliver

Oliver Brandt
Social Worker | Assessment & Intervention Team
London Borough of Tower Hamlets
""")
    cfa = pdf_att("C&F Assessment - Ahmed - 28.09.2065.pdf", "Child and Family Assessment - Ahmed", [
        "Children: Rehan Ahmed (7), Maryam Ahmed (3). Assessment concluded 28/09/2065.",
        "Referral (neighbour, 18/08/2065): alleged children left alone - not substantiated on four visits.",
        "Outcome: no further statutory action; step down to a TAF with a Lead Practitioner."])
    plan = docx_att("TAF plan (draft) - Ahmed.docx", [
        "# Draft TAF plan - Ahmed", "1. Rehousing: housing options officer to review the banding.",
        "2. Rehan's attendance (86%): school attendance plan.", "3. Maryam's sleep: Family Wellbeing sleep workshop."])
    top = outlook_top(f, addr("Brandt, Oliver", "Oliver.Brandt@" + TDOM), addr("Early Help Hub", TEH),
                      "Step down to Early Help - Ahmed - C&F assessment concluded 28/09", when)
    add(f, mail(f, top, body, [cfa, plan], html_alt=True), "tower_hamlets", "early_help_duty", when, 4,
        "near_miss", "step_down", False, None, ["1598832"],
        [ch("Rehan Ahmed", "2058-02-17", "17/02/2058"), ch("Maryam Ahmed", "2061-11-05", "05/11/2061")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS: a neighbour's report of children 'left alone for hours, screaming ... dog mess everywhere', ruled "
        "out on assessment ('none of this was found', 'No child protection concerns were identified'). Complete Tower "
        "Hamlets step-down (seed 001 'Stepping Down'; REQUIREMENTS tower_hamlets step_down): C&F assessment PDF, draft "
        "TAF plan .docx, 'Mum consents', Lead Practitioner named with her agency -> book_meeting. Concerns: 86% -> "
        "school_attendance; the unfounded allegations and housing need are not concerns.",
        not_children=["Oliver Brandt", "Farzana Uddin"])

def tower_hamlets_03():
    f = "tower_hamlets_03.eml"; when = "2065-11-05 12:28:51"
    body = T("""
MAST team,

I have just left the home of Musa Rahman, DOB 14/06/2065, NHS no. 999 604 1836, 12 Garnet Walk, Stepney E1.

Musa weighed 4.12kg today. He was 4.60kg on 8 October - he has dropped from the 25th centile to below the 0.4th. The GP saw him at 9.30 this morning and arranged admission to the children's ward at the Royal London today.

Dad (Mr Jamil Rahman) has told me and the GP that they will not be taking him. He says Musa is "just small" and that the hospital "takes babies away". He asked me to leave.

When I saw him Musa was very sleepy and hard to rouse for a feed, his fontanelle was sunken, and mum said his last wet nappy was last night. Mum is 19 and did not speak while dad was in the room.

I am parked outside and will stay until I hear from someone: 07700 900731.

Nasreen Chaudhry
Health Visitor | Tower Hamlets 0-19 Service
""")
    top = outlook_top(f, addr("CHAUDHRY, Nasreen (TOWER HAMLETS 0-19 SERVICE)", "nasreen.chaudhry@nhs.example.net"),
                      addr("MAST", TMAST), "Musa Rahman DOB 14/06/2065 - parents declining admission", when,
                      mid_domain="nhs.example.net")
    add(f, mail(f, top, body, html_alt=True), "tower_hamlets", "mash_step_up", when, 2,
        "urgent", "other", True, None, [],
        [ch("Musa Rahman", "2065-06-14", "14/06/2065")],
        ["neglect"], None, None, [], None, "alert_duty",
        "URGENT (DESIGN safety rule 1; seed 001 'If there is an immediate child protection concern, contact MAST'), "
        "clinical words with no alarm word: a 4-month-old below the 0.4th centile, sleepy, sunken fontanelle, no wet "
        "nappy since last night, and a father refusing the admission the GP arranged today. A health visitor's report, "
        "not an Early Help step request -> other -> alert_duty. The NHS number (999 604 1836) is no case id. "
        "Concerns: faltering growth and refused medical care -> neglect.",
        not_children=["Nasreen Chaudhry", "Jamil Rahman"])

def tower_hamlets_04():
    f = "tower_hamlets_04.eml"; when = "2065-11-02 09:15:07"
    body = T("""
Thank you for your email. I am on annual leave until Monday 9 November.

If you think a child is at immediate risk of harm, call 999.
For urgent safeguarding concerns contact MAST on 0207 364 5606 / 5601 (out of hours 0207 364 4079).
For health visiting queries please call the duty health visitor on 020 7946 0815.

Rubina Akhter
Health Visitor | Tower Hamlets 0-19 Service
""")
    add(f, ooo(f, when, "AKHTER, Rubina (TOWER HAMLETS 0-19 SERVICE)", "rubina.akhter@nhs.example.net",
               addr("Early Help Hub", TEH), "Step down - Da Silva [SB-tower_hamlets-118]", body),
        "tower_hamlets", "early_help_duty", when, 2,
        "near_miss", "auto_reply", False, None, [], [], [], None, None, [], None, "ignore",
        "NEAR MISS: an out-of-office (Auto-Submitted: auto-replied, 'Automatic reply:') full of 'immediate risk of "
        "harm', 'urgent safeguarding concerns', 999 and the seed's MAST numbers - boilerplate about no child. DESIGN "
        "safety rule 2 and kind auto_reply -> ignore.")

def tower_hamlets_05():
    f = "tower_hamlets_05.eml"; when = "2065-10-22 11:05:42"
    blocks = [
        "Dear colleagues,",
        "",
        "Following the final CIN review on 20/10/2065 I would like to step Chloé and Mateus down to Early Help. The Child and Family Assessment is attached; the TAF plan isn't finished yet - I'll send it once school have added their actions.",
        "",
        "Chloé Da Silva - 28.02.2057",
        "Mateus Da Silva - 16.07.2062",
        "Mosaic: 1633019",
        "",
        ("h", "Current needs"),
        "Head lice that never clear; the children's clothes are too small and often unwashed; Mateus has six decayed teeth and is on the waiting list for extractions under GA. Mum works two cleaning jobs and mornings and evenings at home are chaotic - Mateus is often still in yesterday's clothes at nursery.",
        "",
        "Mum gave her consent to the step-down at the CIN review.",
        "",
        "Regards",
        "Hannah",
        "",
        "Hannah Greenidge",
        "Social Worker | Child in Need Team | London Borough of Tower Hamlets",
    ]
    cfa = pdf_att("Child and Family Assessment - Da Silva.pdf", "Child and Family Assessment - Da Silva", [
        "Children: Chloe Da Silva (8), Mateus Da Silva (3). Concluded 14/10/2065.",
        "Analysis: needs arise from poverty and mum's long working hours; step down to Early Help recommended."])
    top = outlook_top(f, addr("Greenidge, Hannah", "Hannah.Greenidge@" + TDOM), addr("Early Help Hub", TEH),
                      "Step-down: Chloé & Mateus - Da Silva children", when)
    add(f, word_mail(f, top, blocks, [cfa], plain_twin=False), "tower_hamlets", "early_help_duty", when, 3,
        "ordinary", "step_down", False, None, ["1633019"],
        [ch("Chloé Da Silva", "2057-02-28", "28.02.2057"), ch("Mateus Da Silva", "2062-07-16", "16.07.2062")],
        ["neglect"], True, None, ["draft_plan", "lead_practitioner"], None, "request_info",
        "HTML-only Outlook step-down (Word HTML, no text/plain part), UTF-8 'Chloé' in the subject and body. Tower "
        "Hamlets step-down (seed 001; REQUIREMENTS tower_hamlets step_down): C&F assessment attached, consent given; "
        "the TAF plan 'isn't finished yet' -> draft_plan missing; no Lead Practitioner is named at all -> "
        "lead_practitioner missing -> request_info. Concerns: lice, unwashed clothes, six decayed teeth, chaotic "
        "routines -> neglect.",
        not_children=["Hannah Greenidge"])

def tower_hamlets_06():
    f = "tower_hamlets_06.eml"; when = "2065-12-01 14:10:55"
    body = T("""
Dear MAST,

Step up request for Jamal Ali-Hassan (DOB 12/12/2058) and Hodan Ali-Hassan (DOB 08/03/2063) - the MARF is attached. Mosaic 1641207.

To be clear before you read the MARF: there is no immediate risk to the children tonight. Environmental Health closed the flat on Friday for a cockroach and rat infestation and the boiler has been condemned, so the children are staying with their grandmother in Stepney (Mrs Faduma Ali, 7 Redman House, E1) while the council fumigates and repairs the flat. They are warm, fed and at school, and mum is with them.

Why a step up: this is the third time this year the home has become unfit to live in. Mum has not been able to keep to the plan (the cleaning routine, the pest control appointments, the children's dental appointments - Hodan has missed four), and her depression is worse; she is under the primary care mental health team. We think the children need a statutory assessment before they move back.

My manager, Helen Kowalski, agreed the step up in supervision on 30/11/2065. Mum has agreed to the referral.

Abdirahman

Abdirahman Warsame
Early Help Practitioner | Family Wellbeing Service (Bow)
London Borough of Tower Hamlets
""") + TDISC
    marf = docx_att("Multi-Agency Request for Support - Ali-Hassan.docx", [
        "# Multi-Agency Request for Support", "Children: Jamal Ali-Hassan, Hodan Ali-Hassan",
        "Is there an immediate risk of harm to the child? No - the children are staying with their grandmother.",
        "Reason for request: recurrent unfit home conditions (infestation, condemned boiler), missed dental care, "
        "mother's depression.", "Parental consent: yes", "Manager: Helen Kowalski, 30/11/2065"])
    top = outlook_top(f, addr("Warsame, Abdirahman", "Abdirahman.Warsame@" + TDOM), addr("MAST", TMAST),
                      "Step up - Ali-Hassan - MARF", when)
    add(f, mail(f, top, body, [marf], html_alt=True), "tower_hamlets", "mash_step_up", when, 3,
        "near_miss", "step_up", False, None, ["1641207"],
        [ch("Jamal Ali-Hassan", "2058-12-12", "12/12/2058"), ch("Hodan Ali-Hassan", "2063-03-08", "08/03/2063")],
        ["neglect", "parental_mental_health"], True, True, [], None, "book_meeting",
        "NEAR MISS, PLANNED AND MANAGED: an unfit home (rats, cockroaches, a condemned boiler), but 'there is no "
        "immediate risk to the children tonight' - they are safe with their grandmother while the flat is repaired. "
        "Complete MAST step-up (seed 001; REQUIREMENTS tower_hamlets step_up): MARF .docx, 'My manager ... agreed the "
        "step up' -> true -> book_meeting. 'Mum has agreed to the referral' -> consent true. Concerns: recurrent unfit "
        "home, missed dental appointments -> neglect; mum's worsening depression -> parental_mental_health.",
        not_children=["Abdirahman Warsame", "Helen Kowalski", "Faduma Ali"])

def tower_hamlets_07():
    f = "tower_hamlets_07.eml"; when = "2065-12-08 17:46:12"
    text = T("""
Hello

I volunteer at the Tuesday food bank at St Matthias church hall in Poplar. I don't know who else to send this to, the office number just rings out.

A girl came in on her own at about half 4 with her baby brother in a buggy. She says she is 11, her name is Safiya Islam and her brother is Ibrahim Islam, he's 8 months. She says her mum went out on Sunday and hasn't come back, and there is no electric and no food in the flat. She has been giving the baby water with sugar in it from a bottle. His nappy was soaking and he was very quiet. She asked us for nappies and milk.

We've fed her and given her milk and nappies. We close at 6 and she keeps saying she needs to get home before it's dark. She says they live in Brabazon Street but won't tell us the number because she says mum will get in trouble.

I'm staying with her for now. My mobile is 07700 900266.

Joyce Amponsah (volunteer)
""")
    top = plain_top(f, addr("Joyce Amponsah", "joyce.amponsah@mailbox.example.com"), addr(None, TEH),
                    "girl at the food bank with her baby brother", when, "mailbox.example.com", None)
    add(f, build(top, text_part(text, cte="7bit"), False), "tower_hamlets", "early_help_duty", when, 3,
        "urgent", "other", True, None, [],
        [ch("Safiya Islam"), ch("Ibrahim Islam")],
        ["neglect"], None, None, [], None, "alert_duty",
        "URGENT, OUT OF HOURS (17:46 on a Tuesday; DESIGN safety rule 1: the out-of-hours service is alerted), no "
        "alarm word: an 11-year-old alone with her 8-month-old brother since Sunday, no food or electricity, the baby "
        "fed sugar water, very quiet, and the food bank closing at 6. A volunteer's plain 7-bit mail to the wrong inbox "
        "-> other -> alert_duty. Children named by the girl, ages only -> dob null. Concerns: neglect (the mother is "
        "the one gone, so no 'missing' concern for a child; young_carer not labelled - she is a child left in charge, "
        "not caring for an ill or disabled relative).",
        not_children=["Joyce Amponsah"])

def tower_hamlets_08():
    f = "tower_hamlets_08.eml"; when = "2065-10-16 12:00:33"
    ack = ack_text("step down", "[SB-tower_hamlets-109]",
                   ["Child: Kwame Asante-Boateng (DOB 24/05/2060)", "Mosaic 1611174"],
                   ["confirmation that the family consents to the step-down", "the name and agency of the identified Lead Practitioner"])
    body = T("""
Hi,

As requested: mum signed the consent form yesterday (attached).

Lead Practitioner will be Grace Mwangi, Family Support Worker, Stepney Green Children's Centre - she has agreed.

For your timescales, the C&F assessment concluded on 09/10/2065.

Thanks,
Rukhsana

Rukhsana Begum
Social Worker | Child in Need Team
London Borough of Tower Hamlets
""") + quote("Early Help Hub <EarlyHelpHub@towerhamlets.gov.uk>", "13 October 2065 10:41",
             "Begum, Rukhsana <Rukhsana.Begum@towerhamlets.gov.uk>", "Step-down - Asante-Boateng [SB-tower_hamlets-109]", ack)
    consent = pdf_att("Consent - Asante-Boateng - signed.pdf", "Consent to Early Help support", [
        "I agree to my family receiving support from Early Help and to information being shared with the Lead Practitioner.",
        "Child: Kwame Asante-Boateng.", "Signed: Akosua Asante (mother), 15/10/2065."])
    top = outlook_top(f, addr("Begum, Rukhsana", "Rukhsana.Begum@" + TDOM), addr("Early Help Hub", TEH),
                      "RE: Step-down - Asante-Boateng [SB-tower_hamlets-109]", when)
    add(f, mail(f, top, body, [consent], html_alt=True), "tower_hamlets", "early_help_duty", when, 4,
        "ordinary", "follow_up", False, None, ["1611174"],
        [ch("Kwame Asante-Boateng", "2060-05-24", "24/05/2060")],
        [], True, None, [], None, "attach_to_request",
        "Follow-up to SB-tower_hamlets-109 bringing what the acknowledgement asked for: the signed consent form "
        "('mum signed the consent form') -> consent true, the Lead Practitioner with agency, and the day the C&F "
        "assessment concluded (which starts the 10-working-day TAF timescale). follow_up -> attach_to_request; "
        "missing [] and notice null. Child, DOB and Mosaic id from the quoted acknowledgement. No concern is stated.",
        not_children=["Rukhsana Begum", "Grace Mwangi", "Akosua Asante"])


# ============================================================================= TORBAY
BMASH = MAILBOXES[("torbay", "mash_step_up")]
BEH = MAILBOXES[("torbay", "early_help_duty")]
BDOM = "torbay.gov.uk"

def torbay_01():
    f = "torbay_01.eml"; when = "2065-09-14 10:00:26"
    body = T("""
Hi Early Help,

Please can I have a triage slot for the Pengelly children. My Single Assessment is attached, with my analysis and the rationale for stepping down; my team manager, Rob Chenoweth, has recorded his manager's analysis confirming the threshold for level 3 is met (it's at the end of the assessment).

Tyler Pengelly - 21/07/2059
Esmé Pengelly - 06/01/2062 (so she'll need the under-5s triage)
LCS-3317204

Mum has given her consent for level 3 Early Help.

The needs: the house in Foxhole is cluttered and the litter trays for the five cats are rarely emptied - there are fleas and both children have bites; Esmé's speech is delayed and she has missed two hearing appointments; mum has anxiety and finds it very hard to leave the house. Nothing in the assessment needed a level 4 response.

Thanks
Morwenna

Morwenna Hicks
Social Worker | Single Assessment Team | Torbay Council
01632 960417

""") + BDISC
    sa = docx_att("Single Assessment - Pengelly - Sept 2065.docx", [
        "# Single Assessment - Pengelly", "Children: Tyler Pengelly (6), Esmé Pengelly (3)",
        "Social worker's analysis: home conditions (cats, fleas, clutter) and Esmé's missed health appointments "
        "affect both children; mum's anxiety limits her getting out. Mum engages well and wants help.",
        "Rationale for step down: no further action at level 4; a coordinated level 3 response can meet the needs.",
        "Manager's analysis (Rob Chenoweth, Team Manager, 11/09/2065): I agree with the analysis. The threshold for "
        "level 3 intervention is met and the case should step down to Early Help."])
    top = outlook_top(f, addr("Hicks, Morwenna", "Morwenna.Hicks@" + BDOM), addr("Early Help", BEH),
                      "Triage slot please - Pengelly - step down to level 3", when)
    add(f, mail(f, top, body, [sa], html_alt=True), "torbay", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["LCS-3317204"],
        [ch("Tyler Pengelly", "2059-07-21", "21/07/2059"), ch("Esmé Pengelly", "2062-01-06", "06/01/2062")],
        ["neglect", "parental_mental_health"], True, True, [], None, "book_meeting",
        "Complete Torbay SAT step-down (seed 002 steps 1-3; REQUIREMENTS torbay step_down): the Single Assessment "
        "with the social worker's analysis and the TM's analysis 'confirming the threshold for level 3 is met' -> "
        "manager true; 'Mum has given her consent for level 3 Early Help' -> true -> book_meeting (the daemon books the "
        "fortnightly under-5s triage: Esmé is 3). Level 3 stated. Concerns: fleas, clutter, missed hearing "
        "appointments -> neglect; mum's anxiety -> parental_mental_health.",
        not_children=["Morwenna Hicks", "Rob Chenoweth"])

def torbay_02():
    f = "torbay_02.eml"; when = "2065-11-11 13:52:08"
    text = T("""
Hi MASH,

Contact for Phoebe Tozer (2) and Ellis Tozer (6), EHM-902215. I'm their lead professional (level 3 since May - home conditions and the dog). I've spoken to my team manager, Gareth Pascoe, and he agrees this needs looking at for level 4. Mum agreed to me contacting you.

I'm sitting in my car outside the house now. The Staffy bit Phoebe on the face at about 12. There's a deep cut through her cheek below her eye, it's gaping, and she's very sleepy. Mum cleaned it with baby wipes and put a plaster on. She won't take her to A&E or ring 111 because she thinks they'll take the dog off her and "social will be on her". The dog is loose in the house with both kids - it went for me at the door. Ellis is off school.

I can't get mum to change her mind. Please ring me on 07700 900358.

Jade

Jade Widdicombe
Family Intervention Worker | Torbay Early Help

Sent from my iPhone
""")
    top = plain_top(f, addr("Widdicombe, Jade", "Jade.Widdicombe@" + BDOM), addr("MASH", BMASH),
                    "Tozer - contact to MASH", when, BDOM, None)
    add(f, iphone_mail(f, top, text), "torbay", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["EHM-902215"],
        [ch("Phoebe Tozer"), ch("Ellis Tozer")],
        ["neglect", "physical_harm"], True, True, [], None, "alert_duty",
        "URGENT (DESIGN safety rule 1), no alarm word: a 2-year-old bitten through the cheek an hour ago, gaping and "
        "very sleepy, mum refusing A&E or 111, the dog loose in the house with both children. Written as the lead "
        "professional's contact to MASH (seed 002 'Step up processes': the worker and TM agree it needs considering "
        "for level 4, parental consent) -> step_up: 'he agrees this needs looking at for level 4' -> manager true; "
        "'Mum agreed to me contacting you' -> consent true -> missing []; urgent -> alert_duty. Ages only -> dob null. "
        "Concerns: an untreated wound and an uncontrolled dog -> neglect; the bite injury -> physical_harm.",
        not_children=["Jade Widdicombe", "Gareth Pascoe"])

def torbay_03():
    f = "torbay_03.eml"; when = "2065-12-17 19:12:40"
    body = T("""
Good evening,

I deliver the Christmas hampers for the Paignton Community Larder. I called at 3 Hilltop Cottages, Collaton at about quarter past six tonight. Mr Dean Ashworth came to the door with his twins, Cassius Ashworth and Delilah Ashworth - I'd guess they are about 5.

The house was in darkness, lit with tea lights stood on the stacks of newspapers and boxes in the hall. You couldn't get into the front room for stuff piled to the ceiling. It was as cold inside as out. Both children were in coats and woolly hats indoors. Delilah's lips were blue and she was shivering and whimpering. Mr Ashworth said the electric went off on Monday and there's nothing on the meter until his money comes on the 23rd, and the oil tank is empty. He said they all sleep together in the back bedroom under coats.

The forecast is minus 4 tonight. I left the hamper and two blankets from the van. He didn't want me to call anyone, but I couldn't just drive off and say nothing.

Trevor Coombes
Volunteer driver, Paignton Community Larder
07700 900604
""")
    top = plain_top(f, addr("Trevor Coombes", "trevor.coombes@paigntonlarder.example.org"), addr(None, BMASH),
                    "family at 3 Hilltop Cottages - no heat or light tonight", when, "paigntonlarder.example.org",
                    "Thunderbird 128.4.0")
    add(f, mail(f, top, body, crlf=False), "torbay", "mash_step_up", when, 4,
        "urgent", "other", True, None, [],
        [ch("Cassius Ashworth"), ch("Delilah Ashworth")],
        ["neglect"], None, None, [], None, "alert_duty",
        "URGENT, OUT OF HOURS (19:12 on a Thursday), no alarm word: 5-year-old twins in a dark, unheated, hoarded "
        "cottage lit by tea lights on stacks of newspaper, a child blue-lipped and shivering, minus 4 tonight, no "
        "electricity or oil. A volunteer driver, not a lead professional -> other -> alert_duty (the out-of-hours "
        "service). Concerns: cold, hoarding, no heat or light -> neglect. The father is an adult.",
        not_children=["Trevor Coombes", "Dean Ashworth"])

def torbay_04():
    f = "torbay_04.eml"; when = "2065-10-02 10:18:55"
    ack = ack_text("step down", "[SB-torbay-77]",
                   ["Child: Kacey Penhaligon (DOB 19/03/2051)", "LCS-3320981",
                    "Triage: Tuesday 6 October 2065, 10:00 (Microsoft Teams)"], [])
    body = T("""
Please take Kacey off Tuesday's triage.

Her school nurse has just rung me. Kacey arrived at school at 9.40 vomiting, breathing very fast and deep, and confused about where she was; her blood glucose meter just reads HI. She says her insulin pens ran out on Tuesday and mum hasn't collected the new prescription because she had no money for the bus to the pharmacy and no credit on her phone. Mum's phone is off. The nurse has her in the medical room and says she needs to be in hospital now, but they can't get hold of anyone with parental responsibility.

I'm on my way to the school.

Ben Tregear
Social Worker | Safeguarding and Supporting Families Team | Torbay Council
""") + quote("Early Help <earlyhelp@torbay.gov.uk>", "29 September 2065 14:05",
             "Tregear, Ben <Ben.Tregear@torbay.gov.uk>", "Triage slot - Penhaligon [SB-torbay-77]", ack) + "\n" + BDISC
    top = outlook_top(f, addr("Tregear, Ben", "Ben.Tregear@" + BDOM), addr("Early Help", BEH),
                      "RE: Triage slot - Penhaligon [SB-torbay-77]", when)
    add(f, mail(f, top, body, html_alt=True), "torbay", "early_help_duty", when, 5,
        "urgent", "follow_up", True, None, ["LCS-3320981"],
        [ch("Kacey Penhaligon", "2051-03-19", "19/03/2051")],
        ["neglect"], None, None, [], None, "alert_duty",
        "URGENT FOLLOW-UP: a 14-year-old with diabetes at school now vomiting, breathing fast and confused, meter "
        "reading HI, her insulin run out since Tuesday because mum could not pay to collect it, and nobody with "
        "parental responsibility reachable. A reply to SB-torbay-77 -> follow_up; urgent -> alert_duty before "
        "attach_to_request. The only alarm word is the team's name in the signature ('Safeguarding and Supporting "
        "Families Team'). Child, DOB and LCS id from the quoted acknowledgement. Concerns: medication not obtained -> "
        "neglect.",
        not_children=["Ben Tregear"])

def torbay_05():
    f = "torbay_05.eml"; when = "2065-11-23 08:40:17"
    comment = ("Sorry, I'm in clinic on Tuesday morning. For the panel: the fire at the family's old address was in "
               "2063 and was started by a tea light in a hoarded room. Nobody was hurt and the children went to live "
               "with their dad straight afterwards. They have lived safely with dad in Brixham since then and I have "
               "no concerns about the home or the children's health - all their development checks are up to date. "
               "Carys")
    add(f, itip_reply(f, when, "Carys Bolitho", "carys.bolitho@nhs.example.net", ("Early Help", BEH), "DECLINED",
                      "Early Help triage (under-5s) - Vosper [SB-torbay-91]", "20651124T113000", "20651124T120000",
                      "Microsoft Teams Meeting", comment=comment),
        "torbay", "early_help_duty", when, 3,
        "near_miss", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "NEAR MISS: an Outlook iTIP REPLY (PARTSTAT=DECLINED) to the under-5s triage whose comment tells of a fire in a "
        "hoarded room - in 2063, nobody hurt, the children safe with their father since and 'no concerns'. DESIGN: "
        "meeting_reply -> record_reply (read for risk, none current); SB-torbay-91; no child named.")

def torbay_06():
    f = "torbay_06.eml"; when = "2065-12-03 15:25:31"
    blocks = [
        "Dear MASH,",
        "",
        "I am the lead professional for Rhys Trelawny-Cole (08/08/2055) and Poppy Trelawny-Cole (15/04/2060), EHM-903377, at level 3 since March. My ATM, Silas Penrose, and I agree that the information below needs to be considered for a level 4 statutory intervention. Mum (Kerry Trelawny-Cole) has given consent for this contact.",
        "",
        "I want to be clear that there is no immediate danger to either child. The neighbour's report last month that the children had been \"left home alone all weekend with the dog\" was checked by police on the night (15/11/2065): the children were upstairs with their nan, who lives with them, and police took no further action.",
        "",
        ("h", "Our worries are about long-term neglect"),
        "- The home smells strongly of dog urine and there is dog mess in the garden and on the kitchen floor on most visits.",
        "- Rhys (10) weighs 62kg, above the 99.6th centile. He has been referred twice to the children's weight management service and neither appointment was attended.",
        "- Poppy has nine decayed teeth and has had two courses of antibiotics for abscesses. Mum has cancelled her extractions under GA twice.",
        "- Nan now has dementia and can no longer supervise the children the way she used to.",
        "",
        "Nothing has changed after nine months of support and we think a single assessment is needed. The latest plan review is attached.",
        "",
        "Regards,",
        "Lowenna",
        "",
        "Lowenna Tonkin",
        "Early Help Practitioner | Torquay Early Help Team | Torbay Council",
    ]
    review = pdf_att("Early Help plan review - Trelawny-Cole.pdf", "Early Help plan review - Trelawny-Cole - 01/12/2065", [
        "Goals not met: home conditions; Rhys's weight management; Poppy's dental treatment.",
        "Police information: 15/11/2065 welfare check after a neighbour's call - children with grandmother, NFA.",
        "Recommendation: contact to MASH for consideration of a single assessment (ATM agreed)."])
    top = outlook_top(f, addr("Tonkin, Lowenna", "Lowenna.Tonkin@" + BDOM), addr("MASH", BMASH),
                      "Contact to MASH - step up from level 3 - Trelawny-Cole", when,
                      cc=addr("Penrose, Silas", "silas.penrose@" + BDOM))
    add(f, word_mail(f, top, blocks, [review]), "torbay", "mash_step_up", when, 4,
        "near_miss", "step_up", False, None, ["EHM-903377"],
        [ch("Rhys Trelawny-Cole", "2055-08-08", "08/08/2055"), ch("Poppy Trelawny-Cole", "2060-04-15", "15/04/2060")],
        ["neglect"], True, True, [], None, "book_meeting",
        "NEAR MISS: 'left home alone all weekend with the dog' was checked by police on the night and was untrue, and "
        "'there is no immediate danger to either child'. Complete Torbay step-up (seed 002 'Step up processes'; "
        "REQUIREMENTS torbay step_up): 'My ATM, Silas Penrose, and I agree that the information below needs to be "
        "considered for a level 4' -> manager true; 'Mum ... has given consent for this contact' -> true -> "
        "book_meeting. Concerns: dog mess and urine, obesity with missed weight-management appointments, nine decayed "
        "teeth with cancelled extractions -> neglect ('missed appointments' here is health neglect, not a family "
        "refusing Early Help).",
        not_children=["Lowenna Tonkin", "Silas Penrose", "Kerry Trelawny-Cole"])

def torbay_07():
    f = "torbay_07.eml"; when = "2065-10-21 09:55:03"
    body = T("""
Morning,

Can I have a triage slot please for Jacob MacLeod (DOB 02/02/2058) and Isla MacLeod (DOB 27/09/2060), LCS-3319045. Their CIN plan ended at the review on 19/10/2065 with the outcomes met, but they need a level 3 coordinated response - this is a level 3 step down.

Dad has given consent to level 3 Early Help. I'll attach the Single Assessment once I've finished updating it, and my team manager is due to add her analysis when she's back from leave next week.

Ongoing needs: Jacob's weight (dad gives him takeaways most nights and has missed three weight-management appointments) and Isla's attendance (89%).

Thanks,
Demelza

Demelza Hocking
Social Worker | Safeguarding and Supporting Families Team | Torbay Council
""")
    top = plain_top(f, addr("Hocking, Demelza", "Demelza.Hocking@" + BDOM), addr("Early Help", BEH),
                    "Request triage slot - MacLeod - level 3 step down", when, BDOM, "Microsoft Outlook 16.0")
    add(f, mail(f, top, body), "torbay", "early_help_duty", when, 2,
        "ordinary", "step_down", False, 3, ["LCS-3319045"],
        [ch("Jacob MacLeod", "2058-02-02", "02/02/2058"), ch("Isla MacLeod", "2060-09-27", "27/09/2060")],
        ["neglect", "school_attendance"], True, None, ["assessment", "manager_agreed"], None, "request_info",
        "Torbay SASF step-down (seed 002 second process; REQUIREMENTS torbay step_down): consent given ('Dad has given "
        "consent to level 3 Early Help'); the Single Assessment will be attached later -> assessment missing; the TM "
        "'is due to add her analysis' -> not yet agreed -> null -> manager_agreed missing -> request_info. Level 3 "
        "stated. Concerns: takeaways and missed weight-management appointments -> neglect; 89% -> school_attendance. "
        "'Safeguarding' appears only in the team's name.",
        not_children=["Demelza Hocking"])

def torbay_08():
    f = "torbay_08.eml"; when = "2065-10-30 11:30:45"
    body = T("""
Hello,

I'm the co-ordinator at Brixham Community Food Bank. Could you tell me how we refer a family to Early Help?

We have a mum who has been coming to us every week since the summer with her three children. She isn't in crisis and the children seem well looked after - always clean and happy - but she's struggling with the bills since her partner left and she asked us whether there's any help with the kids' behaviour at bedtime and with budgeting.

Does she need to refer herself, or can we do it with her permission? Is there a form? We'd like to get it right.

Many thanks,
Sue Hext
Co-ordinator, Brixham Community Food Bank
07700 900177
""")
    top = plain_top(f, addr("Sue Hext", "coordinator@brixhamfoodbank.example.org"), addr(None, BEH),
                    "How do we refer a family for Early Help?", when, "brixhamfoodbank.example.org", None)
    add(f, mail(f, top, body, html_alt=True), "torbay", "early_help_duty", when, 3,
        "ordinary", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "A food bank co-ordinator's general enquiry about how to refer (DESIGN kind other: a general enquiry): no step "
        "request, no child named, 'isn't in crisis and the children seem well looked after' -> other -> human_review. "
        "Money worries and bedtime behaviour are no concern ids.")


# ============================================================================= HEREFORDSHIRE
HEH = MAILBOXES[("herefordshire", "early_help_duty")]
HMASH = MAILBOXES[("herefordshire", "mash_step_up")]
HDOM = "herefordshire.gov.uk"

def herefordshire_01():
    f = "herefordshire_01.eml"; when = "2065-09-08 11:40:06"
    body = T("""
Dear Early Help Co-ordinators,

Please find attached the Early Help Assessment step-down plan for the Watkins-Price sibling group, and mum's signed consent form. I talked the plan through with Verity at the drop-in on 1st September. Following the C&F assessment decision on 27/08/2065 the children's needs are at intensive (level 3).

Bethan Watkins-Price - 13/10/2052 - Mosaic 701233
Owain Watkins-Price - 05/05/2056 - Mosaic 701234
Megan Watkins-Price - 22/12/2061 - Mosaic 701235

Key person: Kerry Bevan, Family Support Worker, Leominster Family Hub - she has met mum and agreed to lead.

The family rent a farm cottage near Kingsland with no central heating, damp throughout and rats in the outbuildings. Mum has been overwhelmed since dad left: the children are often in dirty clothes, Owain's eczema is infected, and Megan has missed her developmental review twice. The landlord has been reported to environmental health.

Kind regards
Rhiannon

Rhiannon Gwilliam
Social Worker | Children in Need Team (Leominster) | Herefordshire Council

""") + HDISC
    plan = docx_att("EHA step-down plan - Watkins-Price.docx", [
        "# Early Help Assessment - step-down plan", "Sibling group: Bethan, Owain and Megan Watkins-Price",
        "What are we worried about? Cold, damp home; hygiene; Owain's skin; Megan's missed health reviews.",
        "What's working well? Mum is open with workers; maternal grandparents nearby.",
        "Wellbeing plan - what needs to happen, by whom, outcome, timescale:",
        "1. Environmental health inspection - landlord - repairs done - by 30/10/2065",
        "2. GP review of Owain's eczema - mum with Kerry - infection cleared - by 30/09/2065",
        "3. Megan's developmental review rebooked - health visitor - seen - by 16/10/2065",
        "Key person: Kerry Bevan, Family Support Worker, Leominster Family Hub."])
    consent = pdf_att("Signed consent - Watkins-Price.pdf", "Consent to Early Help (Herefordshire Council)", [
        "I agree to my children Bethan, Owain and Megan receiving Early Help and to information being shared.",
        "Signed: Ceri Watkins (mother). Date: 04/09/2065."])
    top = outlook_top(f, addr("Gwilliam, Rhiannon", "Rhiannon.Gwilliam@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "EHA step-down plan - Watkins-Price sibling group", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "ordinary", "step_down", False, 3, ["701233", "701234", "701235"],
        [ch("Bethan Watkins-Price", "2052-10-13", "13/10/2052"), ch("Owain Watkins-Price", "2056-05-05", "05/05/2056"),
         ch("Megan Watkins-Price", "2061-12-22", "22/12/2061")],
        ["neglect"], True, None, [], None, "book_meeting",
        "Complete Herefordshire sibling-group step-down (seed 003; REQUIREMENTS herefordshire step_down: consent_form, "
        "draft_plan, lead_practitioner): the EHA step-down plan .docx, mum's signed consent PDF, the key person named "
        "with her agency -> nothing missing -> book_meeting. 'intensive (level 3)' -> level 3. One Mosaic id per "
        "child, bare numbers. Bethan is 12 (13 next month). Concerns: cold damp home, dirty clothes, infected eczema, "
        "missed developmental reviews -> neglect.",
        not_children=["Rhiannon Gwilliam", "Kerry Bevan", "Ceri Watkins"])

def herefordshire_02():
    f = "herefordshire_02.eml"; when = "2065-11-04 14:05:50"
    body = T("""
Hello,

Step-down plan and signed consent form attached for Dylan Preece (DOB 11/11/2053) and Macy Preece (DOB 29/01/2058), Mosaic 698412.

For context, as it is all over the file: in April this year school found Dylan and Macy in clothes soaked in urine, and the house had twelve dogs and dog faeces through every room. There was a section 47 and a child protection plan for neglect. The RSPCA rehomed ten of the dogs in May, the house was deep-cleaned, and the CP plan ended at conference on 20/10/2065 - the chair and every agency agreed the children are no longer at risk of significant harm. The home has been clean at all my visits since June.

Remaining needs: Macy's attendance (87%) and mum's confidence with routines now her partner has moved out.

Key person: Sian Morgan, Pastoral Lead, Castle Green Academy (agreed with mum and with Sian on 2/11).

Thanks
Tom

Tom Parry
Social Worker | Hereford City CIN Team | Herefordshire Council
""")
    plan = docx_att("Step-down plan - Preece.docx", [
        "# Early Help Assessment - step-down plan", "Children: Dylan Preece, Macy Preece",
        "Wellbeing plan: 1. Macy's attendance - school attendance officer - 95% - by February.",
        "2. Morning and bedtime routine - Sian Morgan with mum - agreed routine in place - by December.",
        "Key person: Sian Morgan, Pastoral Lead, Castle Green Academy."])
    consent = pdf_att("Consent form - Preece - signed.pdf", "Consent to Early Help", [
        "I consent to Early Help support for Dylan and Macy Preece.", "Signed: Leanne Preece, 03/11/2065."])
    top = outlook_top(f, addr("Parry, Tom", "Tom.Parry@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down - Preece - plan and consent attached", when)
    add(f, mail(f, top, body, [plan, consent], html_alt=True), "herefordshire", "early_help_duty", when, 3,
        "near_miss", "step_down", False, None, ["698412"],
        [ch("Dylan Preece", "2053-11-11", "11/11/2053"), ch("Macy Preece", "2058-01-29", "29/01/2058")],
        ["school_attendance"], True, None, [], None, "book_meeting",
        "NEAR MISS: urine-soaked clothes, twelve dogs and faeces in every room, a section 47 and a CP plan for neglect "
        "- ended at conference, 'no longer at risk of significant harm', home clean since June. Complete Herefordshire "
        "step-down (seed 003): plan .docx, signed consent form PDF, key person with agency -> book_meeting. No level "
        "written -> null. Concerns: 87% -> school_attendance; neglect is resolved history.",
        not_children=["Tom Parry", "Sian Morgan", "Leanne Preece"])

def herefordshire_03():
    f = "herefordshire_03.eml"; when = "2065-11-17 10:25:14"
    body = T("""
Hi,

I'm asking for the Lee children to be stepped up to social care: Kezia Lee (DOB 03/06/2058) and Tyson Lee (DOB 19/09/2061), Mosaic 705521. I have worked with the family for four months under an Early Help plan - home conditions, and the children aren't registered with a GP or a dentist.

I went out to the caravan at Brookside Farm, near Kington, at 9.30 this morning. Since their electric hook-up was cut off last week, dad has been running a petrol generator inside the awning, with the door zipped shut, for heat. The awning and the caravan smelt of fumes. Both children were still in bed at 9.30; they were pale, both said they had headaches, and Tyson had been sick twice in the night. Dad says it's a bug. He wouldn't turn the generator off or let me take the children outside - he said it's the only heat they've got and told me to leave.

My manager, Sarah Probert, agrees with the step up.

Carol

Carol Jenkins
Family Support Worker | Early Help (Kington & the West) | Herefordshire Council
07700 900912
""")
    top = outlook_top(f, addr("Jenkins, Carol", "Carol.Jenkins@" + HDOM), addr("MASH", HMASH),
                      "Step up - Lee children - caravan at Brookside Farm", when)
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "mash_step_up", when, 3,
        "urgent", "step_up", True, None, ["705521"],
        [ch("Kezia Lee", "2058-06-03", "03/06/2058"), ch("Tyson Lee", "2061-09-19", "19/09/2061")],
        ["neglect"], None, True, [], None, "alert_duty",
        "URGENT (DESIGN safety rule 1: whatever the kind), no alarm word: a petrol generator running inside a shut "
        "awning, both children pale with headaches and vomiting in bed (carbon monoxide), and dad refusing to turn it "
        "off or let them out - now. A step-up to Herefordshire, whose seed defines no step-up (REQUIREMENTS "
        "herefordshire: step_up not defined): no requirements -> missing [], notice null; urgent -> alert_duty rather "
        "than human_review. 'My manager ... agrees with the step up' -> manager true. Concerns: neglect.",
        not_children=["Carol Jenkins", "Sarah Probert"])

def herefordshire_04():
    f = "herefordshire_04.eml"; when = "2065-10-01 13:10:38"
    body = T("""
Hello,

I'm not sure this is the right inbox, but the school nurse asked me to email you as well as ringing.

Ellie-Mae Pritchard (Year 7, DOB 04/09/2053) has a dental abscess. Her left cheek is swollen right up to her eye - the eye is nearly closed - and her temperature is 39.4. She has had toothache for weeks; the family aren't registered with a dentist. The school nurse saw her at 12 and says she needs to be seen at hospital today, not tomorrow.

We rang mum. She says she has no money for the bus into Hereford and won't take her to A&E "for toothache". She says she's coming to collect Ellie-Mae at 2pm to take her home. Mum has told us before that she doesn't trust hospitals since Ellie-Mae's older brother went into care.

Ellie-Mae is with the nurse in the medical room. What should we do?

Joanne Lloyd
Pastoral Manager | Queenswood Academy, Bromyard
""")
    top = outlook_top(f, addr("Joanne Lloyd", "j.lloyd@queenswood.example.sch.uk"), addr(None, HEH),
                      "Year 7 pupil - facial swelling - mum won't take her to A&E", when,
                      mid_domain="queenswood.example.sch.uk")
    add(f, mail(f, top, body, html_alt=True), "herefordshire", "early_help_duty", when, 2,
        "urgent", "other", True, None, [],
        [ch("Ellie-Mae Pritchard", "2053-09-04", "04/09/2053")],
        ["neglect"], None, None, [], None, "alert_duty",
        "URGENT (DESIGN safety rule 1), no alarm word: a 12-year-old's facial abscess swelling her eye shut with a "
        "fever of 39.4, the nurse saying hospital today, and mum refusing and collecting her at 2pm. A pastoral "
        "manager's mail to the Early Help inbox -> other -> alert_duty. Concerns: untreated dental infection, no "
        "dentist, refused medical care -> neglect. The brother's past care is history.",
        not_children=["Joanne Lloyd"])

def herefordshire_05():
    f = "herefordshire_05.eml"; when = "2065-12-14 15:00:22"
    ack = ack_text("step down", "[SB-herefordshire-144]",
                   ["Children: Nia Bowen (11/07/2057), Osian Bowen (02/02/2061)", "Mosaic 700977"],
                   ["the family's written consent"])
    body = T("""
Hi,

The signed consent form for Nia Bowen and Osian Bowen is attached, as requested.

For the record, because the MASH log will show it: the neighbour's call on Saturday night about "children screaming and left alone, house freezing" was about number 7, not the Bowens at number 9. Police attended and dealt with it, and Nia and Osian were at their nan's in Ross all weekend. It has nothing to do with this family and doesn't change the step-down.

Gareth

Gareth Bowkett
Social Worker | Ross & South Wye CIN Team | Herefordshire Council
""") + quote("Early Help Co-ordinators <earlyhelpcoordinators@herefordshire.gov.uk>", "10 December 2065 11:20",
             "Bowkett, Gareth <Gareth.Bowkett@herefordshire.gov.uk>", "Step-down received - Bowen [SB-herefordshire-144]",
             ack) + "\n" + HDISC
    consent = pdf_att("Bowen consent form signed.pdf", "Consent to Early Help (Herefordshire Council)", [
        "I agree to Nia and Osian receiving Early Help support.", "Signed: Catrin Bowen (mother), 12/12/2065."])
    top = outlook_top(f, addr("Bowkett, Gareth", "Gareth.Bowkett@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "RE: Step-down received - Bowen [SB-herefordshire-144]", when)
    add(f, mail(f, top, body, [consent], html_alt=True), "herefordshire", "early_help_duty", when, 4,
        "near_miss", "follow_up", False, None, ["700977"],
        [ch("Nia Bowen", "2057-07-11", "11/07/2057"), ch("Osian Bowen", "2061-02-02", "02/02/2061")],
        [], True, None, [], None, "attach_to_request",
        "NEAR MISS, A DIFFERENT FAMILY: 'children screaming and left alone, house freezing' was a neighbour's call about "
        "number 7, dealt with by police; this family's children were at their nan's. A follow-up to "
        "SB-herefordshire-144 bringing the signed consent form -> consent true; attach_to_request; missing [] and "
        "notice null. Children (with DOBs) and Mosaic id from the body and the quoted acknowledgement. No concern for "
        "this family.",
        not_children=["Gareth Bowkett", "Catrin Bowen"])

def herefordshire_06():
    f = "herefordshire_06.eml"; when = "2065-09-11 09:00:12"
    desc = T("""
Neglect and poverty: learning from local cases - practitioner briefing (90 minutes, Teams)

Open to social workers, Early Help co-ordinators, health visitors, school staff and housing officers.

We will work through three fictional scenarios in breakout rooms:
Scenario A: a health visitor arrives to find a 10-week-old baby cold to the touch in a flat with no electricity; mum says the key meter ran out at the weekend.
Scenario B: a school notices that a 7-year-old has come in hungry every Monday this term and says her dad "sleeps all day".
Scenario C: a housing officer finds two toddlers alone in a flat with dog faeces on the floor during a repairs visit.
For each, groups will decide: is this an immediate risk, what would you do in the next hour, and what would the Graded Care Profile 2 add?

The scenarios are invented for training and are not about any real family.
""")
    cal = ics("REQUEST", f, dt(when), "20651013T133000", "20651013T150000",
              "Neglect and poverty: learning from local cases - practitioner briefing", "Microsoft Teams Meeting", desc,
              ("HSCP Training", "hscp.training@" + HDOM),
              [("Early Help Co-ordinators", HEH, "OPT-PARTICIPANT", "NEEDS-ACTION")])
    top = outlook_top(f, addr("HSCP Training", "hscp.training@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Neglect and poverty: learning from local cases - practitioner briefing, Tue 13 October", when,
                      extra=[("Content-Class", "urn:content-classes:calendarmessage")])
    add(f, itip_request_mail(f, top, desc, cal), "herefordshire", "early_help_duty", when, 3,
        "near_miss", "other", False, None, [], [], [], None, None, [], None, "human_review",
        "NEAR MISS: a safeguarding partnership's training invitation (an iTIP REQUEST, not a reply) whose DESCRIPTION "
        "sets out three fictional scenarios - a baby cold in a flat with no electricity, a hungry 7-year-old, toddlers "
        "alone with dog faeces - and asks 'is this an immediate risk'. DESIGN safety rule 1: training text and lists "
        "of examples must not trigger. Not a step request or a reply -> other -> human_review.")

def herefordshire_07():
    f = "herefordshire_07.eml"; when = "2065-10-23 16:30:59"
    body = T("""
Hi team,

Attached is the EHA step-down plan for Harvey D'Souza (DOB 30/10/2059) and Aaliyah D'Souza (DOB 17/05/2062), Mosaic 703388. The assessment decision was on 16/10/2065.

Mum agreed to the step-down on the phone this afternoon. I'm seeing her on Tuesday to get the consent form signed and will send it straight over. We haven't agreed a key person yet - mum wants to think about whether she'd rather it was school or the health visitor.

Needs: Harvey's weight (above the 99th centile; three weight clinic appointments missed), both children's teeth (Aaliyah has never seen a dentist), and the routine at home - bedtimes after midnight, so both children are exhausted at school and nursery.

Have a good half term,
Lucy

Lucy Hatton
Social Worker | Ross & South Wye CIN Team | Herefordshire Council
""")
    plan = docx_att("EHA step-down plan - D'Souza.docx", [
        "# Early Help Assessment - step-down plan", "Children: Harvey D'Souza, Aaliyah D'Souza",
        "Wellbeing plan: 1. Weight clinic - school nurse with mum - appointments kept - by January.",
        "2. Dental registration - health visitor - both children seen - by December.",
        "3. Bedtime routine - key person with mum - in bed by 8.30pm - by December.",
        "Key person: to be agreed with mum."])
    top = outlook_top(f, addr("Hatton, Lucy", "Lucy.Hatton@" + HDOM), addr("Early Help Co-ordinators", HEH),
                      "Step down plan - D'Souza", when)
    add(f, mail(f, top, body, [plan], html_alt=True), "herefordshire", "early_help_duty", when, 5,
        "ordinary", "step_down", False, None, ["703388"],
        [ch("Harvey D'Souza", "2059-10-30", "30/10/2059"), ch("Aaliyah D'Souza", "2062-05-17", "17/05/2062")],
        ["neglect"], True, None, ["consent_form", "lead_practitioner"], None, "request_info",
        "Herefordshire step-down (seed 003: 'obtain written consent, identify a key person ... complete an Early Help "
        "Assessment step-down plan'): the plan is attached; mum 'agreed to the step-down on the phone' -> consent true, "
        "but the signed form is still to come -> consent_form missing; no key person agreed -> lead_practitioner "
        "missing -> request_info. Concerns: obesity with missed weight clinics, no dentist, chaotic bedtimes -> "
        "neglect. Sent on the last BST working day (Fri 23 Oct, +0100).",
        not_children=["Lucy Hatton"])

def herefordshire_08():
    f = "herefordshire_08.eml"; when = "2065-10-13 08:20:31"
    add(f, itip_reply(f, when, "Rhiannon Gwilliam", "Rhiannon.Gwilliam@" + HDOM,
                      ("Early Help Co-ordinators", HEH), "ACCEPTED", "Step-down drop-in [SB-herefordshire-139]",
                      "20651013T100000", "20651013T103000", "Microsoft Teams Meeting"),
        "herefordshire", "early_help_duty", when, 2,
        "ordinary", "meeting_reply", False, None, [], [], [], None, None, [], None, "record_reply",
        "Outlook iTIP REPLY (PARTSTAT=ACCEPTED, no comment, blank body) to the Tuesday-morning step-down drop-in "
        "(seed 003) for SB-herefordshire-139 -> meeting_reply -> record_reply.")
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

# England & Wales bank holidays in 2065 that fall on a weekday (the `holidays` package's list, which set_checks()
# re-derives and compares): New Year's Day Thursday 1 January; Good Friday 27 March; Easter Monday 30 March; May Day
# Monday 4 May; Spring Bank Holiday Monday 25 May; Late Summer Bank Holiday Monday 31 August; Christmas Day Friday
# 25 December; Boxing Day falls on Saturday 26 December and is observed on Monday 28 December.
BANK_HOLIDAYS = {date(2065, 1, 1), date(2065, 3, 27), date(2065, 3, 30), date(2065, 5, 4), date(2065, 5, 25),
                 date(2065, 8, 31), date(2065, 12, 25), date(2065, 12, 28)}
IN_WINDOW = {}                       # no bank holiday between Tuesday 1 September and Friday 18 December 2065
LATE_SUMMER = date(2065, 8, 31)      # the day before the window opens
CHRISTMAS = {date(2065, 12, 25): "Christmas Day", date(2065, 12, 28): "Boxing Day (observed)"}   # after the window
# "early September to mid December 2065": Monday 31 August is the Late Summer Bank Holiday, so the window opens on
# Tuesday 1 September; it closes on Friday 18 December (the end of the autumn term week).
WINDOW = (datetime(2065, 9, 1, tzinfo=LON), datetime(2065, 12, 18, 23, 59, 59, tzinfo=LON))
# BST began at 01:00 UTC on Sunday 29 March 2065 and ends at 01:00 UTC on Sunday 25 October 2065.
BST_START = datetime(2065, 3, 29, 1, 0, 0, tzinfo=UTC)
BST_END = datetime(2065, 10, 25, 1, 0, 0, tzinfo=UTC)
MAX_YEAR = 2065

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
    if not (timedelta(minutes=2) <= now - d <= timedelta(minutes=6)): err("now not 2-6 min after Date")
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

def _utc_wd(f):
    """The count a reader would get by taking the UTC date of `now` as 'today' (wrong: DESIGN's calendar is
    Europe/London)."""
    return working_days(_now(f).astimezone(UTC).date(), META[f]["meeting"])

def _exts(msg):
    return [p.get_filename().rsplit(".", 1)[1] for p in _att(msg)]

def _blocks(msg):
    return _plain(msg).split(SEP)

def _k01(msg):
    c = _cal(msg)
    payload = c[0].get_payload(decode=True).decode() if c else ""
    return (len(c) == 1 and (c[0].get_param("method") or "").upper() == "REQUEST" and "METHOD:REQUEST" in payload
            and "DTSTART;TZID=GMT Standard Time:20651028T100000" in payload and _exts(msg) == ["docx", "pdf", "docx"]
            and _date(msg) < BST_END and datetime(2065, 10, 28, 10, tzinfo=LON).utcoffset() == timedelta(0)
            and _wd("knowsley_01.eml") == 6)

def _k02(msg):
    d = _date(msg)
    return (d.hour == 0 and d.utcoffset() == timedelta(hours=1) and d.astimezone(UTC).date() != d.date()
            and _wd("knowsley_02.eml") == 4 and _utc_wd("knowsley_02.eml") == 5
            and "Wednesday 7th October at 10am" in _plain(msg) and "There are no current concerns about the home" in _plain(msg))

def _k03(msg):
    return _no_alarm(msg) and "won't wake up" in _plain(msg) and _date(msg).weekday() == 0

def _k04(msg):
    b = _blocks(msg)
    return (len(b) == 2 and "urgent" not in b[0].lower() and "urgent" in b[1] and "PS - Kath's email below" in b[0]
            and "mottled" in b[1] and "mottled" not in b[0] and _wd("knowsley_04.eml") == 5
            and _pw("knowsley_04.eml") == 7
            and all(_today("knowsley_04.eml") < h <= META["knowsley_04.eml"]["meeting"] for h in CHRISTMAS)
            and _exts(msg) == ["docx", "pdf", "pdf"])

def _k05(msg):
    h = _html(msg)
    tbl = h[h.index("<table"):h.index("</table>")]
    return ("MsoTableGrid" in h and "Kirkby Family Hub, Cherryfield Drive - Room 2" in tbl
            and "Bernadette Cairns, Family Support Worker, St Aidan" in tbl and _wd("knowsley_05.eml") == 5
            and all(x in h for x in ("What are we worried about?", "What is working well?", "What needs to happen?")))

def _k06(msg):
    c = _cal(msg)[0].get_payload(decode=True).decode().replace("\r\n ", "")
    return "PARTSTAT=ACCEPTED" in c and "previous tenants" in c and "COMMENT" in c

def _r02(msg):
    return _no_alarm(msg) and "on their own" in readable(msg) and b"\r\n" not in FILES["richmond_wandsworth_02.eml"]

def _r03(msg):
    b = _blocks(msg)
    return (len(b) == 2 and "would not leave children in that room tonight" in b[1]
            and "Mosaic 3402217 / 3402218" in str(msg["Subject"]) and "Rationale for step up" in b[0])

def _r04(msg):
    b = _blocks(msg)
    return (len(b) == 2 and "Lily-Mae Donoghue" not in b[0] and "Lily-Mae Donoghue" in b[1]
            and "2984410" not in b[0] and _no_alarm(msg))

def _r06(msg):
    t = readable(msg)
    return (msg["List-Id"] is not None and msg["Auto-Submitted"] is None and "For example:" in t
            and ALARM.search(t) is not None and _exp("richmond_wandsworth_06.eml")["case_ids"] == [])

def _t03(msg):
    return _no_alarm(msg) and "999 604 1836" in readable(msg) and _exp("tower_hamlets_03.eml")["case_ids"] == []

def _t05(msg):
    return _no_plain(msg) and "Chloé" in _html(msg) and "Lead Practitioner" not in readable(msg)

def _t06(msg):
    t = readable(msg)
    return "there is no immediate risk to the children tonight" in t and "staying with their grandmother" in t

def _t07(msg):
    parts = [p for p in msg.walk() if not p.is_multipart()]
    return (len(parts) == 1 and parts[0]["Content-Transfer-Encoding"] == "7bit" and _date(msg).hour >= 17
            and _no_alarm(msg))

def _b02(msg):
    return _no_alarm(msg) and "went for me at the door" in readable(msg)

def _b03(msg):
    return _no_alarm(msg) and _date(msg).hour >= 17 and "minus 4 tonight" in readable(msg)

def _b04(msg):
    hits = {m.group(0) for m in ALARM.finditer(readable(msg))}
    return hits == {"Safeguarding"} and "Safeguarding and Supporting Families Team" in _plain(msg)

def _b06(msg):
    return "there is no immediate danger to either child" in readable(msg) and "\t" not in _plain(msg)

def _h03(msg):
    return _no_alarm(msg) and ("herefordshire", "step_up") not in DEFINED and HMASH in str(msg["To"])

def _h04(msg):
    return _no_alarm(msg) and HEH in str(msg["To"])

def _h06(msg):
    c = _cal(msg)
    payload = c[0].get_payload(decode=True).decode().replace("\r\n ", "") if c else ""
    return (len(c) == 1 and "METHOD:REQUEST" in payload and "invented for training" in readable(msg)
            and ALARM.search(readable(msg)) is not None)

def _h07(msg):
    d = _date(msg)
    return (d.utcoffset() == timedelta(hours=1) and d.date() == date(2065, 10, 23) and d.weekday() == 4
            and (BST_END.date() - d.date()).days == 2)

CUSTOM = [
    ("knowsley_01.eml", "an Outlook iTIP REQUEST for 28 Oct 10:00 GMT sent in BST, form + GCP2 + minutes, 6 WD", _k01),
    ("knowsley_02.eml", "sent at 00:14 BST (UTC still the day before): 4 WD from the London date, 5 from UTC", _k02),
    ("knowsley_03.eml", "a Monday-morning report with no alarm word", _k03),
    ("knowsley_04.eml", "the risk only in the forwarded HV note; 5 WD across Christmas and Boxing Day", _k04),
    ("knowsley_05.eml", "venue and lead practitioner in a Word table; three headings; exactly 5 WD", _k05),
    ("knowsley_06.eml", "an ACCEPTED REPLY whose comment is about the previous tenants", _k06),
    ("richmond_wandsworth_02.eml", "an iPhone mail with no alarm word", _r02),
    ("richmond_wandsworth_03.eml", "the fire crew's words only in the quoted worker's note", _r03),
    ("richmond_wandsworth_04.eml", "full name and Mosaic id only in the quoted acknowledgement", _r04),
    ("richmond_wandsworth_06.eml", "a list bulletin with examples, no Auto-Submitted", _r06),
    ("tower_hamlets_03.eml", "an NHS number and no case id; no alarm word", _t03),
    ("tower_hamlets_05.eml", "HTML only; no Lead Practitioner anywhere", _t05),
    ("tower_hamlets_06.eml", "children safe with their grandmother, stated", _t06),
    ("tower_hamlets_07.eml", "a single 7-bit part sent after 17:00", _t07),
    ("torbay_02.eml", "an iPhone contact to MASH with no alarm word", _b02),
    ("torbay_03.eml", "out of hours, no alarm word", _b03),
    ("torbay_04.eml", "the only alarm word is the team's name in the signature", _b04),
    ("torbay_06.eml", "no immediate danger stated", _b06),
    ("herefordshire_03.eml", "an undefined Herefordshire step-up to the MASH inbox", _h03),
    ("herefordshire_04.eml", "to the Early Help inbox, no alarm word", _h04),
    ("herefordshire_06.eml", "a partnership's iTIP REQUEST with fictional scenarios", _h06),
    ("herefordshire_07.eml", "sent on Friday 23 October, the last BST working day", _h07),
]

# Each consent / manager wording ties to its label (the phrase must be in the readable text or the Subject).
WORDING = [
    ("knowsley_01.eml", "Mum knows I'm requesting the step up", "consent", None),
    ("knowsley_01.eml", "went through the step up with me in supervision on 15th October and agreed it", "manager_agreed", True),
    ("knowsley_02.eml", "Mum signed the Family First consent form", "consent", True),
    ("knowsley_04.eml", "agreed the step up on Wednesday", "manager_agreed", True),
    ("knowsley_05.eml", "Mum agreed to the step down", "consent", True),
    ("knowsley_08.eml", "has read the step up and agreed it this morning", "manager_agreed", True),
    ("richmond_wandsworth_01.eml", "She does not agree with it", "consent", False),
    ("richmond_wandsworth_01.eml", "I have agreed that the Bankole family should be stepped up", "manager_agreed", True),
    ("richmond_wandsworth_03.eml", "I've agreed this with Agata", "manager_agreed", True),
    ("richmond_wandsworth_05.eml", "mum signed the consent on the day", "consent", True),
    ("richmond_wandsworth_08.eml", "dad says he'll think about Early Help", "consent", None),
    ("tower_hamlets_01.eml", "has agreed this step up - she is copied in", "manager_agreed", True),
    ("tower_hamlets_02.eml", "Mum consents to Early Help and to the plan", "consent", True),
    ("tower_hamlets_05.eml", "Mum gave her consent to the step-down", "consent", True),
    ("tower_hamlets_06.eml", "agreed the step up in supervision", "manager_agreed", True),
    ("tower_hamlets_06.eml", "Mum has agreed to the referral", "consent", True),
    ("tower_hamlets_08.eml", "mum signed the consent form yesterday", "consent", True),
    ("torbay_01.eml", "confirming the threshold for level 3 is met", "manager_agreed", True),
    ("torbay_01.eml", "Mum has given her consent for level 3 Early Help", "consent", True),
    ("torbay_02.eml", "he agrees this needs looking at for level 4", "manager_agreed", True),
    ("torbay_02.eml", "Mum agreed to me contacting you", "consent", True),
    ("torbay_06.eml", "and I agree that the information below needs to be considered for a level 4", "manager_agreed", True),
    ("torbay_06.eml", "has given consent for this contact", "consent", True),
    ("torbay_07.eml", "Dad has given consent to level 3 Early Help", "consent", True),
    ("torbay_07.eml", "is due to add her analysis", "manager_agreed", None),
    ("herefordshire_01.eml", "mum's signed consent form", "consent", True),
    ("herefordshire_02.eml", "signed consent form attached", "consent", True),
    ("herefordshire_03.eml", "agrees with the step up", "manager_agreed", True),
    ("herefordshire_05.eml", "The signed consent form for Nia Bowen and Osian Bowen is attached", "consent", True),
    ("herefordshire_07.eml", "Mum agreed to the step-down on the phone", "consent", True),
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
QUIET_EXPECTED = ["herefordshire_03.eml", "herefordshire_04.eml", "knowsley_03.eml", "richmond_wandsworth_02.eml",
                  "richmond_wandsworth_04.eml", "torbay_02.eml", "torbay_03.eml", "tower_hamlets_03.eml",
                  "tower_hamlets_07.eml"]
COUNTS_EXPECTED = {                   # file: (working days, plain weekdays) from the London date of `now`
    "knowsley_01.eml": (6, 6), "knowsley_02.eml": (4, 4), "knowsley_04.eml": (5, 7), "knowsley_05.eml": (5, 5)}
CROSSING_BH_EXPECTED = ["knowsley_04.eml"]             # Christmas Day and Boxing Day (observed)
UTC_DECISIVE_EXPECTED = ["knowsley_02.eml"]            # the UTC date of `now` would flip the answer
CLOCKS_EXPECTED = ["knowsley_01.eml"]                  # sent in BST, meeting in GMT
QUIET, COUNTS = [], {}

def set_checks():
    errors = []
    try:
        import holidays
    except ImportError:
        return ["set: the holidays package is needed (run with /work/main/.venv/bin/python)"]
    pkg = holidays.country_holidays("GB", subdiv="ENG", years=[2065])
    ref = {d for d in pkg if d.weekday() < 5}
    if ref != BANK_HOLIDAYS:
        errors.append("set: bank holidays differ from the holidays package: %s" % sorted(ref ^ BANK_HOLIDAYS))
    inside = {d: pkg.get(d) for d in pkg if WINDOW[0].date() <= d <= WINDOW[1].date()}
    if inside != IN_WINDOW:
        errors.append("set: the bank holidays in the window are %s, expected none" % inside)
    if pkg.get(LATE_SUMMER) != "Late Summer Bank Holiday" or LATE_SUMMER + timedelta(days=1) != WINDOW[0].date():
        errors.append("set: the window must open the day after the Late Summer Bank Holiday (31 August 2065)")
    if {d: pkg.get(d) for d in CHRISTMAS} != CHRISTMAS or not all(d > WINDOW[1].date() for d in CHRISTMAS):
        errors.append("set: Christmas 2065 bank holidays are not %s after the window" % CHRISTMAS)
    if pkg.get(date(2065, 12, 26)) != "Boxing Day" or date(2065, 12, 26).weekday() != 5:
        errors.append("set: Boxing Day 2065 should be a Saturday, observed on Monday 28 December")
    last_sun = lambda y, mth: max(date(y, mth, d) for d in range(25, 32) if date(y, mth, d).weekday() == 6)
    if not (BST_START.date() == last_sun(2065, 3) and BST_END.date() == last_sun(2065, 10) == date(2065, 10, 25)):
        errors.append("set: BST must start on the last Sunday of March 2065 and end on Sunday 25 October 2065")
    d = WINDOW[0].date()
    while d <= WINDOW[1].date():
        noon = datetime(d.year, d.month, d.day, 12, tzinfo=LON)
        want = timedelta(hours=1) if d < BST_END.date() else timedelta(0)
        if noon.utcoffset() != want:
            errors.append("set: %s has offset %s, expected %s" % (d, noon.utcoffset(), want))
        d += timedelta(days=1)
    if not (WINDOW[0].date() == date(2065, 9, 1) and WINDOW[0].weekday() == 1 and WINDOW[1].date() == date(2065, 12, 18)
            and WINDOW[1].weekday() == 4):
        errors.append("set: the window must run from Tuesday 1 September to Friday 18 December 2065")
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
                pos.append(text.find(mc["_as"] or c["name"]))
        if pos != sorted(pos):
            errors.append("%s: children not in order of first full-name appearance" % f)
    quiet.sort()
    if quiet != QUIET_EXPECTED:
        errors.append("set: the urgent mails with no alarm word are %s, expected %s" % (quiet, QUIET_EXPECTED))
    if len(quiet) < 7:
        errors.append("set: only %d urgent mails avoid every alarm word (need most of them)" % len(quiet))
    if counts != COUNTS_EXPECTED:
        errors.append("set: Knowsley notice counts are %s, expected %s" % (counts, COUNTS_EXPECTED))
    bh = sorted(f for f in counts if any(_today(f) < h <= META[f]["meeting"] for h in BANK_HOLIDAYS))
    if bh != CROSSING_BH_EXPECTED:
        errors.append("set: counts crossing a bank holiday are %s, expected %s" % (bh, CROSSING_BH_EXPECTED))
    utc_dec = sorted(f for f in counts if (_utc_wd(f) >= 5) != (counts[f][0] >= 5))
    if utc_dec != UTC_DECISIVE_EXPECTED:
        errors.append("set: counts the UTC date would flip are %s, expected %s" % (utc_dec, UTC_DECISIVE_EXPECTED))
    clocks = sorted(f for f in counts if _now(f) < BST_END <= datetime.combine(META[f]["meeting"], datetime.min.time(), LON))
    if clocks != CLOCKS_EXPECTED:
        errors.append("set: counts across the clocks change are %s, expected %s" % (clocks, CLOCKS_EXPECTED))
    if set(offsets) != {"+0100", "+0000"}:
        errors.append("set: Date offsets %s (the window has both BST and GMT mail)" % offsets)
    # every urgent label is alert_duty and every category has its share per authority
    per = {}
    for lab in LABELS:
        per.setdefault(lab["authority"], []).append(CATS[lab["file"]])
    for a, cats in per.items():
        if cats.count("urgent") < 2 or cats.count("near_miss") < 2:
            errors.append("set: %s needs at least 2 urgent and 2 near misses" % a)
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
           "Knowsley counts (WD, plain weekdays): %s" % COUNTS,
           "Date offsets %s" % dict(Counter(parse(l['file'])["Date"].strip()[-5:] for l in LABELS))]
    for f in sorted(META):
        if META[f]["meeting"]:
            out.append("  %s now %s meeting %s: %d WD, %d plain, %d from the UTC date" % (f, _now(f), META[f]["meeting"], _wd(f), _pw(f), _utc_wd(f)))
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
